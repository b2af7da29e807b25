"""Atom feeds (Django's syndication framework): new and updated sessions, for all bodies and
per body, and new and updated documents. Published sessions only; in the reader's language."""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from config.lib.i18n import translated
from documents.models import Document
from sessions.models import Body, Session

from .models import Revision
from .revisions import changes
from .texts import designation, short_name

ENTRIES = 50


def session_title(session):
    return f"{short_name(session)}: {designation(session)}"


class SessionsFeed(Feed):
    """The sessions of every body, the last saved first."""

    feed_type = Atom1Feed
    description_template = "publishing/feed_session.html"

    def title(self):
        return _("Sessions: new and updated")

    def subtitle(self):
        return _("Sessions of the Conference of the States Parties and its subsidiary bodies.")

    def author_name(self):
        return _("Working group sessions")

    def link(self):
        return reverse("meetings:session-list")

    def sessions(self):
        revisions = Revision.objects.order_by("-number").only(
            "session_id", "number", "symbol_suffix", "published_at", "snapshot"
        )
        return (
            Session.objects.published()
            .with_header()
            .prefetch_related(Prefetch("revisions", queryset=revisions))
            .order_by("-modified", "-pk")
        )

    def get_context_data(self, **kwargs):
        """The entry of a session says its current revision and what that revision changed."""
        context = super().get_context_data(**kwargs)
        revisions = list(kwargs["item"].revisions.all())
        if revisions:
            current = revisions[0]
            context["revision"] = current
            if len(revisions) > 1:
                context["changes"] = changes(revisions[1].snapshot, current.snapshot)
        return context

    def items(self):
        return self.sessions()[:ENTRIES]

    def item_title(self, session):
        return session_title(session)

    def item_link(self, session):
        return session.get_absolute_url()

    def item_updateddate(self, session):
        return session.modified

    def item_categories(self, session):
        return [session.body.slug]


class BodySessionsFeed(SessionsFeed):
    """The sessions of one body."""

    def get_object(self, request, slug):
        return get_object_or_404(Body, slug=slug)

    def title(self, body):
        return _("%(body)s: new and updated sessions") % {"body": translated(body, "name").text}

    def link(self, body):
        return body.get_absolute_url()

    def items(self, body):
        return self.sessions().filter(body=body)[:ENTRIES]


class DocumentsFeed(Feed):
    """Documents by symbol, the last saved first."""

    feed_type = Atom1Feed
    description_template = "publishing/feed_document.html"

    def title(self):
        return _("Documents: new and updated")

    def author_name(self):
        return _("Working group sessions")

    def link(self):
        return reverse("documents:document-list")

    def items(self):
        return Document.objects.select_related("body").order_by("-modified", "-pk")[:ENTRIES]

    def item_title(self, document):
        return f"{document.symbol}: {translated(document, 'title').text}"

    def item_link(self, document):
        return document.get_absolute_url()

    def item_updateddate(self, document):
        return document.modified
