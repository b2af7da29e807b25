"""Template tags of the public site: translated fields with their fallback, a session's
designation and URLs, the language switcher."""

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from config.lib.i18n import Translated, language_links, translated

register = template.Library()


@register.simple_tag
def tr(obj, field, original_language=None):
    """``{% tr item "title" session.original_language %}``: the field in the reader's language,
    or its fallback (English, then the original language) inside ``<span lang="..">``.

    ``{% tr item "annotation" as text %}`` gives the value itself: ``text.text``,
    ``text.lang``, ``text.fallback``.
    """
    if obj is None:
        return ""
    return translated(obj, field, original_language)


@register.simple_tag
def designation(session, capfirst=False):
    """``{% designation session capfirst=True %}``: the session's title in the reader's language
    or its fallback, else the designation derived from its body and ordinal ("session 3 of
    the ..."), capitalized for a heading."""
    value = translated(session, "title", session.original_language)
    if value:
        # The part in the title's own language, so that a fallback reads as one phrase.
        with translation.override(value.lang):
            value = Translated(session.with_part(value.text), value.lang, value.fallback)
    else:
        value = Translated(session.designation, get_language(), False)
    return value.capfirst if capfirst else value


@register.simple_tag
def session_url(session, name, **kwargs):
    """``{% session_url session "meetings:session-agenda-report" file_format="csv" %}``: a
    URL of the session's own, with its part when it is a resumed part."""
    return reverse(name, kwargs={**session.url_kwargs(), **kwargs})


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    path = request.get_full_path() if request is not None else "/"
    return {"languages": language_links(path, get_language())}
