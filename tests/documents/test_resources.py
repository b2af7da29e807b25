"""The documents app's resources: documents by symbol, resolutions by number, mandates
by resolution, body and letter."""

import tablib

from documents.models import Mandate, Resolution
from documents.resources import DocumentResource, MandateResource, ResolutionResource
from sessions.models import Body
from tests.factories import SessionFactory


def test_a_resolution_is_keyed_by_its_number(demo):
    exported = ResolutionResource().export().dict
    row = next(r for r in exported if r["number"] == "resolution 10/6")
    assert row["adopted_at"] == "cosp/10"

    dataset = tablib.Dataset(headers=["number", "adopted_at", "title_en"])
    dataset.append(["10 / 6", "cosp/10", "Atlanta resolution"])
    dataset.append(["ten/six", "", "Bad"])
    result = ResolutionResource().import_data(dataset, dry_run=True)

    assert result.totals["update"] == 1
    [invalid] = result.invalid_rows
    assert invalid.error_dict == {
        "number": [
            "“ten/six” names no resolution: write resolution 10/6, decision 7/1 or a symbol "
            "such as A/RES/58/4."
        ]
    }
    assert Resolution.objects.get(session_number=10, sequence=6).title_en != "Atlanta resolution"


def test_a_resolution_adopted_by_another_session_is_refused(db):
    SessionFactory(body__slug="cosp", body__kind=Body.Kind.CONFERENCE, ordinal=9)
    dataset = tablib.Dataset(headers=["number", "adopted_at", "title_en"])
    dataset.append(["10/6", "cosp/9", "x"])

    result = ResolutionResource().import_data(dataset, dry_run=True)

    [invalid] = result.invalid_rows
    assert "was adopted at session 10" in invalid.error_dict["adopted_at"][0]


def test_mandates_without_a_letter_are_told_apart_by_position(demo):
    dataset = MandateResource().export()
    count = Mandate.objects.count()

    result = MandateResource().import_data(dataset, dry_run=False)

    assert result.totals["skip"] == count
    assert Mandate.objects.count() == count


def test_a_document_names_its_body_and_session(demo):
    row = next(r for r in DocumentResource().export().dict if r["symbol"] == "CAC/COSP/WG.2/2024/2")
    assert (row["body"], row["session"]) == ("wg-asset-recovery", "wg-asset-recovery/18")
