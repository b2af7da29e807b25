"""Content-Security-Policy allowances for the inline attributes that a library's page carries.

The site's policy (``SECURE_CSP``) allows no inline script or style at all. Two pages of the
admin's libraries have a few inline attributes in their templates: a page's view says which,
and only that page's policy allows exactly those texts, by their SHA-256 hashes. A nonce
cannot do it (nonces apply to <script> and <style> elements, never to attributes); CSP level 3
allows an attribute by its hash with 'unsafe-hashes', in the ``script-src-attr`` and
``style-src-attr`` directives, which cover attributes only: <script> and <style> elements stay
under ``default-src 'self'``. Any other inline attribute, or a changed one, is still blocked.
"""

import base64
import hashlib
from functools import wraps

from django.conf import settings
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override


def source_hash(text):
    """The CSP source that allows exactly ``text`` (an attribute's value): 'sha256-...'."""
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def policy_allowing_attributes(*, scripts=(), styles=()):
    """The site's policy, plus these event handler (``scripts``) and ``style`` attribute
    values."""
    policy = dict(settings.SECURE_CSP)
    for directive, texts in (("script-src-attr", scripts), ("style-src-attr", styles)):
        if texts:
            policy[directive] = [CSP.UNSAFE_HASHES, *(source_hash(text) for text in texts)]
    return policy


def allow_inline_attributes(view, *, scripts=(), styles=()):
    """``view``, whose responses carry the site's policy with these attribute values
    allowed (read when the page is served, so that the settings of the moment apply)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not settings.SECURE_CSP:
            return view(request, *args, **kwargs)
        policy = policy_allowing_attributes(scripts=scripts, styles=styles)
        return csp_override(policy)(view)(request, *args, **kwargs)

    return wrapped
