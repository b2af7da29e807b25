from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig

from config.lib import casefold


class EditorsAdminConfig(AdminConfig):
    """django.contrib.admin, with the editors' admin site (config.admin) as the default site."""

    default_site = "config.admin.EditorsAdminSite"


class ProjectConfig(AppConfig):
    """The project itself as an app: the management commands that span the apps (export and
    import of everything, reports, the demo, the editor's account)."""

    name = "config"
    verbose_name = "wgsessions"

    def ready(self):
        # icontains folds case beyond ASCII on SQLite too (the search, the admin's search).
        casefold.install()
