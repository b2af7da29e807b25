"""The export read from plain values (``config.lib.export_rows``) writes the same cells as
the resources' export of each instance through its fields, and keeps ``export_all``'s files
importable."""

import hashlib
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from config.lib.export_rows import plan_of
from config.lib.resources import KeyedResource, version_digest
from config.transfer import FILES, export_all, import_all
from documents.models import Document, DocumentSymbol
from documents.resources import DocumentSymbolResource
from sessions.models import Session

RESOURCES = {**FILES, "document_symbols": DocumentSymbolResource}


def by_instance(resource, queryset, selected_fields=None, **kwargs):
    """The rows as the resource makes them from model instances, one by one."""
    return [
        resource.export_resource(obj, selected_fields, **kwargs)
        for obj in resource.iter_queryset(queryset)
    ]


def queryset_of(resource):
    return resource.filter_export(resource.get_queryset())


@pytest.fixture
def other_symbols(demo):
    """Other symbols of two documents of the demo (which has none), given out of order."""
    first, second = Document.objects.order_by("symbol")[:2]
    for document, number in ((first, 9), (second, 3), (first, 8)):
        DocumentSymbol(document=document, symbol=f"CAC/COSP/WG.2/2012/CRP.{number}").save()


@pytest.mark.parametrize("name", [name for name in RESOURCES if name != "bodies"])
def test_every_file_of_the_demo_is_read_from_plain_values(demo, name):
    resource = RESOURCES[name]()

    assert plan_of(resource, queryset_of(resource)) is not None


@pytest.mark.parametrize("name", list(RESOURCES))
def test_the_rows_are_those_of_each_instance_through_its_fields(other_symbols, name, settings):
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 7  # keys and lists of several chunks
    resource = RESOURCES[name]()
    expected = by_instance(resource, queryset_of(resource))

    assert list(resource.export_rows()) == expected
    assert len(expected) > 1


@pytest.mark.parametrize("name", list(RESOURCES))
def test_the_admins_export_of_chosen_columns_in_native_types_is_that_of_each_instance(
    other_symbols, name
):
    resource = RESOURCES[name]()
    chosen = [*resource.get_export_order()[1::2], "version"]
    kwargs = {"export_fields": chosen, "force_native_type": True}
    expected = by_instance(resource, queryset_of(resource), chosen, **kwargs)

    dataset = resource.export(**kwargs)

    assert [list(row) for row in dataset] == expected
    assert dataset.headers == resource.get_export_headers(selected_fields=chosen)


def test_a_resource_with_a_column_of_its_own_is_exported_instance_by_instance(demo):
    class Sessions(FILES["sessions"]):
        def dehydrate_ordinal(self, session):
            return f"#{session.ordinal}"

    resource = Sessions()

    assert plan_of(resource, queryset_of(resource)) is None
    assert {row[1] for row in resource.export_rows()} == {
        f"#{ordinal}" for ordinal in Session.objects.values_list("ordinal", flat=True)
    }


def test_the_export_asks_one_query_per_chunk_of_each_list_whatever_the_keys(demo, settings):
    settings.WGSESSIONS_REPORT_CHUNK_SIZE = 10
    resource = FILES["sessions"]()
    sessions = Session.objects.count()

    with CaptureQueriesContext(connection) as queries:
        rows = list(resource.export_rows())

    # the sessions with their bodies' and venues' keys; their resolutions, per chunk
    assert len(queries) == 1 + -(-sessions // 10)
    assert len(rows) == sessions


def test_a_key_widget_declares_the_fields_its_key_reads():
    for resource_class in RESOURCES.values():
        for _column, widget, _is_list in resource_class().key_widgets():
            assert widget.key_fields is not None or hasattr(widget, "export_keys"), widget


def test_the_exported_files_import_unchanged(other_symbols, tmp_path):
    export_all(tmp_path)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    report = import_all(tmp_path)
    export_all(tmp_path)

    assert all(totals["new"] == totals["update"] == 0 for totals in report.totals.values())
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_keyed_resource_is_the_base_of_every_file():
    assert all(issubclass(resource, KeyedResource) for resource in RESOURCES.values())


@pytest.mark.parametrize(
    "cells",
    [[], ["", "a"], ['say "hi"', "back\\slash", "two\nlines\t\x01"], ["资产追回", "é", 7, None]],
)
def test_a_rows_version_is_the_digest_of_its_cells_as_json(cells):
    texts = ["" if cell is None else str(cell) for cell in cells]
    text = json.dumps(texts, ensure_ascii=False)

    assert version_digest(cells) == hashlib.blake2b(text.encode(), digest_size=5).hexdigest()
