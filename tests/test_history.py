"""The history of the translated models keeps every language's column."""

import pytest
from simple_history.utils import get_history_model_for_model

from agendas.models import AgendaItem
from documents.models import Document, Mandate, Resolution
from sessions.models import Session

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
