"""A session's names as the calendars, feeds and Akoma Ntoso files print them, in the reader's
language with the public site's fallback (config.lib.i18n)."""

from django.utils import translation

from config.lib.i18n import translated


def designation(session):
    """“Eighteenth meeting of the ... Working Group”, with the part of a resumed session
    (in the title's own language), capitalized: the plain text."""
    value = translated(session, "title", session.original_language)
    if value:
        with translation.override(value.lang):
            text = session.with_part(value.text)
    else:
        text = session.designation
    return text[:1].upper() + text[1:]


def short_name(session):
    """“Asset Recovery Working Group 18”, “IRG 6 (resumed)”."""
    return f"{translated(session.body, 'short_name').text} {session.numbered}"


def city(session):
    return translated(session, "city", session.original_language).text
