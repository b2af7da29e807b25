"""Published pages served from Django's cache framework.

Delegates open the same few pages in the same days, and those pages change only when an
editor changes the content. A public page is therefore rendered once per URL (the language
is its prefix) and *content version*, then served from the cache:

- the content version is one cache key, replaced by :func:`bump_content_version` whenever a
  row of the content is saved, deleted or relinked (``config.apps.ProjectConfig`` connects
  the signals); every cached page names the version it was rendered at, so a change makes
  every older page unreachable at once, whichever page showed it;
- only anonymous GETs (and HEADs) answered 200 that set no cookie are stored: an editor
  (signed in) sees drafts and is never served from the cache nor stored in it;
- each answer carries an ``ETag`` (a digest of its content) and a ``Last-Modified`` (when the
  content last changed), and a conditional request that names them is answered ``304``;
- the headers the middleware adds (Content-Security-Policy, the security headers) are added
  after the cache, to the cached answers as to the fresh ones.

A streamed answer (a download) is sent as it is read, and stored whole once sent: a
session's agenda is small.
"""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language

VERSION_KEY = "wgsessions:content-version"
PAGE_PREFIX = "wgsessions:page"
#: The prefix of the lists' counts (``config.lib.views.CountedOncePaginator``).
COUNT_PREFIX = "wgsessions:count"
#: How long a page stays stored at most (seconds): a new content version makes it
#: unreachable long before.
TIMEOUT = 24 * 60 * 60


def content_version():
    """The current content version: when the content last changed, in nanoseconds since
    the epoch (set to now when the cache has none yet, after a restart or a cull)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY, version)
    return version


def bump_content_version(**_signal_arguments):
    """A new content version now, and again when the transaction that changed the content
    commits (a page rendered in between from the old rows is stored under a version that
    is already gone)."""
    set_new_version()
    transaction.on_commit(set_new_version)


def set_new_version():
    cache.set(VERSION_KEY, max(time.time_ns(), content_version() + 1), None)


def page_key(request, version):
    """The page's key: its URL and language at ``version``, and today's date (what is
    upcoming and what is past changes at midnight)."""
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    today = timezone.localdate().isoformat()
    return f"{PAGE_PREFIX}:{version}:{today}:{get_language()}:{digest}"


def cacheable_request(request):
    return request.method in ("GET", "HEAD") and not request.user.is_authenticated


def storable(request, response):
    """A complete 200 answer that sets no cookie and is not private to its reader."""
    return (
        response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(getattr(request, "session", None), "modified", False)
        and "private" not in response.get("Cache-Control", "")
    )


def stored_when_sent(response, streaming_content, key, version):
    """The chunks of a streamed answer, passed on as they come; once they are all sent, the
    whole answer is stored under ``key`` as an ordinary one with the same headers."""
    chunks = []
    for chunk in streaming_content:
        chunks.append(chunk)
        yield chunk
    complete = HttpResponse(b"".join(chunks), status=response.status_code)
    for header, value in response.items():
        complete[header] = value
    cache.set(key, with_validators(complete, version), TIMEOUT)


def with_validators(response, version):
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    response["Last-Modified"] = http_date(version / 1_000_000_000)
    # Reused only once checked with the server (a change is seen at once).
    patch_cache_control(response, no_cache=True, public=True)
    return response


def serve(request, render, store=True):
    """The page of ``request``: from the cache for a reader who is not signed in, else
    ``render()`` (a view's answer, rendered here) stored for the next one. Without
    ``store``, rendered and neither looked up nor stored (a URL too rare to keep)."""
    if not store:
        return render()
    if not cacheable_request(request):
        response = render()
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        return response
    version = content_version()
    key = page_key(request, version)
    response = cache.get(key)
    if response is None:
        response = render()
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if not storable(request, response):
            return response
        if response.streaming:
            # Sent as it is read; stored once its last chunk has been sent.
            response.streaming_content = stored_when_sent(
                response, response.streaming_content, key, version
            )
            response["Last-Modified"] = http_date(version / 1_000_000_000)
            return response
        response = with_validators(response, version)
        cache.set(key, response, TIMEOUT)
    return get_conditional_response(
        request, etag=response["ETag"], last_modified=version // 1_000_000_000, response=response
    )


class CachedPageMixin:
    """A public page served from the cache to readers who are not signed in."""

    def dispatch(self, request, *args, **kwargs):
        def render():
            return super(CachedPageMixin, self).dispatch(request, *args, **kwargs)

        return serve(request, render, store=self.stored(request))

    def stored(self, request):
        """Whether the page of ``request`` is kept in the cache (every URL by default)."""
        return True
