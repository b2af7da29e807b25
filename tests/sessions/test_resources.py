"""The sessions app's resources: human-readable keys, one column per language, lists of
keys, and re-imports that update rather than duplicate."""

import tablib

from sessions.models import Body, Session, Venue
from sessions.resources import BodyResource, ProgrammeEntryResource, SessionResource, VenueResource
from tests.factories import ResolutionFactory, SessionFactory


def rows(resource):
    return resource.export().dict


def test_sessions_are_keyed_by_body_and_ordinal_without_ids(demo):
    exported = rows(SessionResource())
    headers = list(exported[0])

    assert "id" not in headers
    assert "body_id" not in headers
    for language in ("ar", "zh_hans", "en", "fr", "ru", "es"):
        assert f"title_{language}" in headers
    assert "title" not in headers  # modeltranslation's mirror of the active language
    row = next(r for r in exported if (r["body"], r["ordinal"]) == ("wg-asset-recovery", "18"))
    assert row["resolutions"] == "resolution 9/2, resolution 10/6"
    assert (row["venue"], row["venue_city"]) == ("Vienna International Centre", "Vienna")
    assert row["start_date"] == "2024-06-12"
    assert row["opening_time"] == "10:00"
    assert row["title_zh_hans"] == "资产追回问题不限成员名额政府间工作组第十八次会议"


def test_reimporting_a_changed_file_updates_instead_of_duplicating(demo):
    dataset = SessionResource().export()
    row = dataset.dict
    index = next(
        i for i, r in enumerate(row) if (r["body"], r["ordinal"]) == ("wg-asset-recovery", "3")
    )
    edited = tablib.Dataset(headers=dataset.headers)
    for i, values in enumerate(dataset):
        values = list(values)
        if i == index:
            values[dataset.headers.index("title_fr")] = "troisième réunion"
            values[dataset.headers.index("resolutions")] = "2/3, 1/4"
        edited.append(values)
    count = Session.objects.count()

    result = SessionResource().import_data(edited, dry_run=False)

    assert (result.totals["update"], result.totals["skip"]) == (1, count - 1)
    assert Session.objects.count() == count
    session = Session.objects.get(body__slug="wg-asset-recovery", ordinal=3)
    assert session.title_fr == "troisième réunion"
    assert sorted(r.number for r in session.resolutions.all()) == ["1/4", "2/3"]


def test_unknown_resolutions_in_a_list_are_named(db):
    SessionFactory(body__slug="wg-asset-recovery", ordinal=18)
    ResolutionFactory(session_number=1, sequence=4)
    dataset = tablib.Dataset(headers=["body", "ordinal", "resolutions"])
    dataset.append(["wg-asset-recovery", 18, "1/4, 99/1, 10/x"])

    result = SessionResource().import_data(dataset, dry_run=True)

    [invalid] = result.invalid_rows
    assert invalid.error_dict["resolutions"] == ["Unknown resolution: 99/1, 10/x."]


def test_a_status_that_is_neither_draft_nor_published_is_refused(db):
    SessionFactory(body__slug="wg-asset-recovery", ordinal=18)
    dataset = tablib.Dataset(headers=["body", "ordinal", "status"])
    dataset.append(["wg-asset-recovery", 18, "secret"])

    result = SessionResource().import_data(dataset, dry_run=False)

    [invalid] = result.invalid_rows
    assert invalid.error_dict["status"] == [
        "“secret” is not one of the allowed values: draft (Draft), published (Published)."
    ]
    assert Session.objects.get(body__slug="wg-asset-recovery", ordinal=18).is_published


def test_publishing_by_import_needs_dates_a_place_and_agenda_items(body):
    dataset = tablib.Dataset(headers=["body", "ordinal", "start_date", "end_date", "status"])
    dataset.append([body.slug, 4, "2025-06-02", "2025-06-04", "published"])

    result = SessionResource().import_data(dataset, dry_run=True)

    [invalid] = result.invalid_rows
    assert invalid.error_dict["status"] == [
        "Testing WG 4 (2025) cannot be published: it still needs a city, a country, "
        "at least one agenda item."
    ]
    assert not Session.objects.filter(body=body, ordinal=4).exists()


def test_bodies_come_parents_first_and_by_slug(demo):
    exported = rows(BodyResource())

    assert exported[0]["slug"] == "cosp"
    assert exported[0]["parent"] == ""
    assert {r["parent"] for r in exported[1:]} == {"cosp"}
    assert len(exported) == Body.objects.count()


def test_a_venue_is_keyed_by_its_english_name_and_city(demo):
    dataset = VenueResource().export()
    vienna = 1 + [r["city_en"] for r in dataset.dict].index("Vienna")
    count = Venue.objects.count()
    dataset.append(["Vienna International Centre", "Vienna", "AT"] + [""] * (dataset.width - 3))

    result = VenueResource().import_data(dataset, dry_run=True)

    [invalid] = result.invalid_rows
    assert invalid.number == len(dataset)
    assert invalid.error_dict["city_en"] == [
        f"Row {vienna} already has Vienna International Centre Vienna: "
        "each row of a file names a different venue."
    ]
    assert Venue.objects.count() == count


def test_a_programme_entry_names_its_slot_and_item_by_session(demo):
    row = next(r for r in rows(ProgrammeEntryResource()) if r["session"] == "wg-asset-recovery/18")
    assert row["date"] == "2024-06-12"
    assert row["start_time"] == "10:00"
    assert row["item"] == "1(a)"

    dataset = tablib.Dataset(headers=list(row))
    dataset.append([row[k] if k != "start_time" else "09:00" for k in row])
    result = ProgrammeEntryResource().import_data(dataset, dry_run=True)

    [invalid] = result.invalid_rows
    assert invalid.error_dict["session"] == [
        "Session wg-asset-recovery/18 has no programme slot on 2024-06-12 at 09:00."
    ]
