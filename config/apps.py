from django.apps import AppConfig, apps
from django.contrib.admin.apps import AdminConfig
from django.db.models.signals import m2m_changed, post_delete, post_save

from config.lib import casefold, pagecache, text


class EditorsAdminConfig(AdminConfig):
    """django.contrib.admin, with the editors' admin site (config.sites) as the default site."""

    default_site = "config.sites.EditorsAdminSite"


#: The apps whose rows are the content: sessions ("meetings"), agendas and documents.
CONTENT_APPS = ("meetings", "agendas", "documents")
#: Besides them, what the public pages show: the synonyms the search finds too.
CONTENT_MODELS = ("config.searchsynonym",)


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
        # A public page cached from the content is out of date as soon as a row of the
        # content (a many-to-many link included) or a search synonym is saved or deleted:
        # publishing too.
        for name, signal in (
            ("saved", post_save),
            ("deleted", post_delete),
            ("relinked", m2m_changed),
        ):
            signal.connect(content_changed, dispatch_uid=f"content-version-{name}")


def content_changed(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS or sender._meta.label_lower in CONTENT_MODELS:
        pagecache.bump_content_version()
