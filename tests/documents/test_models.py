import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from documents.keys import parse_resolution_key
from documents.models import Document, Mandate, Resolution
from sessions.models import Body
from tests.factories import BodyFactory, SessionFactory

pytestmark = pytest.mark.django_db


def test_database_rejects_duplicate_symbol():
    Document.objects.create(symbol="CAC/COSP/WG.2/2024/2", title_en="Reference document")
    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.create(symbol="CAC/COSP/WG.2/2024/2", title_en="Same symbol again")
    assert Document.objects.count() == 1


def test_symbol_validation_message():
    document = Document(symbol="not a symbol", title_en="Bad")
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert error.value.message_dict["symbol"] == [
        "Enter a UN document symbol such as CAC/COSP/WG.2/2024/2."
    ]


def test_official_link_is_derived_from_symbol_and_language():
    document = Document(symbol="CAC/COSP/IRG/2024/6", title_en="Thematic report")
    with translation.override("zh-hans"):
        assert document.official_url == "https://undocs.org/zh/CAC/COSP/IRG/2024/6"
    with translation.override("en"):
        assert document.official_url == "https://undocs.org/en/CAC/COSP/IRG/2024/6"


@pytest.fixture
def cosp():
    return BodyFactory(
        name_en="Conference of the States Parties",
        short_name_en="COSP",
        kind=Body.Kind.CONFERENCE,
        symbol_prefix="CAC/COSP",
        slug="cosp",
    )


def test_database_rejects_duplicate_resolution_number(cosp):
    Resolution.objects.create(session_number=10, sequence=6, title_en="Beneficial ownership")
    with pytest.raises(IntegrityError), transaction.atomic():
        Resolution.objects.create(session_number=10, sequence=6, title_en="Duplicate")


def test_resolution_number_and_lookup(cosp):
    resolution = Resolution.objects.create(session_number=10, sequence=6, title_en="BO")
    assert resolution.number == "10/6"
    assert Resolution.objects.get(**parse_resolution_key(" 10 / 6 ").lookup()) == resolution
    assert resolution.get_absolute_url() == "/en/resolutions/10/6/"


def test_resolution_must_be_adopted_at_the_session_of_its_number(cosp):
    tenth = SessionFactory(
        body=cosp,
        ordinal=10,
        start_date=datetime.date(2023, 12, 11),
        end_date=datetime.date(2023, 12, 15),
    )
    resolution = Resolution(session_number=9, sequence=2, title_en="Follow-up", adopted_at=tenth)
    with pytest.raises(ValidationError) as error:
        resolution.full_clean()
    assert "was adopted at session 9" in error.value.message_dict["adopted_at"][0]


def test_database_rejects_duplicate_mandate_letter(cosp, body):
    resolution = Resolution.objects.create(session_number=1, sequence=4, title_en="Asset recovery")
    Mandate.objects.create(resolution=resolution, body=body, letter="a", text_en="Knowledge")
    with pytest.raises(IntegrityError), transaction.atomic():
        Mandate.objects.create(resolution=resolution, body=body, letter="a", text_en="Again")
    # Unlettered requests may be several.
    Mandate.objects.create(resolution=resolution, body=body, text_en="One request")
    Mandate.objects.create(resolution=resolution, body=body, text_en="Another request")
    assert resolution.mandates.count() == 3
