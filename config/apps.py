from django.apps import AppConfig, apps
from django.contrib.admin.apps import AdminConfig

from config.lib import casefold, text


class EditorsAdminConfig(AdminConfig):
    """django.contrib.admin, with the editors' admin site (config.admin) as the default site."""

    default_site = "config.admin.EditorsAdminSite"


#: The apps whose rows are the content: sessions ("meetings"), agendas and documents.
CONTENT_APPS = ("meetings", "agendas", "documents")


class ProjectConfig(AppConfig):
    """The project itself as an app: the management commands that span the apps (export and
    import of everything, reports, the demo, the editor's account)."""

    name = "config"
    verbose_name = "wgsessions"

    def ready(self):
        # icontains folds case beyond ASCII on SQLite too (the search, the admin's search).
        casefold.install()
        # Text columns of the content keep "\n" line breaks, from the admin's textareas too.
        text.install(apps.get_app_config(label) for label in CONTENT_APPS)
