"""The history of the translated models keeps every language's column."""

import pytest
from simple_history.utils import get_history_model_for_model

from agendas.models import AgendaItem
from config.lib.bulk import write_rows
from documents.models import Document, Mandate, Resolution
from sessions.models import Session
from tests.factories import BodyFactory

LANGUAGES = ("ar", "zh_hans", "en", "fr", "ru", "es")


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Session, "title"),
        (Session, "resources_note"),
        (AgendaItem, "title"),
        (AgendaItem, "annotation"),
        (Document, "title"),
        (Resolution, "title"),
        (Mandate, "text"),
    ],
)
def test_history_has_a_column_per_language(model, field):
    columns = {f.name for f in get_history_model_for_model(model)._meta.fields}
    assert {f"{field}_{code}" for code in LANGUAGES} <= columns
    # The untranslated column only mirrors the language active at save time: left out.
    assert field not in columns


@pytest.mark.django_db
def test_a_session_title_change_in_chinese_is_recorded(session):
    session.title_zh_hans = "测试工作组第一次会议"
    session.save()
    latest, earlier = session.history.all()[:2]
    assert [(c.field, c.new) for c in latest.diff_against(earlier).changes] == [
        ("title_zh_hans", "测试工作组第一次会议")
    ]


@pytest.mark.django_db
def test_rows_written_in_bulk_have_one_record_each_with_their_user_and_reason(
    django_user_model,
):
    editor = django_user_model.objects.create_user("editor")
    body = BodyFactory()
    sessions = [
        Session(body=body, ordinal=ordinal, title_en=f"meeting {ordinal}") for ordinal in (1, 2)
    ]
    for session in sessions:
        session._history_user = editor
    sessions[1]._change_reason = "imported"

    write_rows(Session, sessions, [])

    first, second = (session.history.get() for session in sessions)
    assert (first.history_type, first.history_user, first.history_change_reason) == (
        "+",
        editor,
        None,
    )
    assert (second.history_user, second.history_change_reason) == (editor, "imported")
    assert (second.ordinal, second.body, second.title_en, second.title_fr) == (
        2,
        body,
        "meeting 2",
        "",
    )
