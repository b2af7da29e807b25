from django.contrib.admin.apps import AdminConfig


class EditorsAdminConfig(AdminConfig):
    """django.contrib.admin, with the editors' admin site (config.admin) as the default site."""

    default_site = "config.admin.EditorsAdminSite"
