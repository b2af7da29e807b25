"""Every admin page an editor uses answers, and user management stays out of reach."""

import datetime
import io

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from agendas.models import AgendaItem
from documents.models import Document, DocumentSymbol
from sessions.models import Session, Venue

pytestmark = pytest.mark.django_db


CONTENT_APPS = ("meetings", "agendas", "documents")
#: What the editors maintain: the content, and the project's search synonyms.
EDITED_APPS = (*CONTENT_APPS, "config")
#: What the editors see and add but never change: the published revisions.
PUBLISHED_RECORDS = {("publishing", "add_revision"), ("publishing", "view_revision")}


def admin_urls():
    """Every registered model's changelist and add page, but auth's (users and groups) and
    axes' (the sign-in attempts, for superusers)."""
    for model in admin.site._registry:
        opts = model._meta
        if opts.app_label == "publishing":
            yield f"/admin/{opts.app_label}/{opts.model_name}/"
            continue
        if opts.app_label not in EDITED_APPS:
            assert opts.app_label in ("auth", "axes")
            continue
        yield f"/admin/{opts.app_label}/{opts.model_name}/"
        yield f"/admin/{opts.app_label}/{opts.model_name}/add/"


def test_every_model_of_the_three_apps_is_in_the_admin():
    registered = {model._meta.label for model in admin.site._registry}
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            if model.__name__.startswith("Historical"):
                continue
            assert model._meta.label in registered


def test_editor_opens_every_changelist_and_add_page(editor_client, demo):
    """The demo loaded once, every page visited: a list of the pages that did not answer 200."""
    failures = []
    for url in admin_urls():
        for params in ({}, {"q": "2024"}) if not url.endswith("/add/") else ({},):
            status = editor_client.get(url, params).status_code
            if status != 200:
                failures.append((url, params, status))
    assert failures == []
    # 15 models of the content, the synonyms; the revisions' list (never added by hand)
    assert len(list(admin_urls())) == 2 * 16 + 1


def test_editor_has_import_and_export_on_every_changelist(editor_client):
    failures = []
    for model in admin.site._registry:
        opts = model._meta
        if opts.app_label not in CONTENT_APPS:
            continue
        base = f"/admin/{opts.app_label}/{opts.model_name}/"
        changelist = editor_client.get(base).text
        for view in ("import", "export"):
            if f"{base}{view}/" not in changelist:
                failures.append((base, view, "no button"))
            elif editor_client.get(f"{base}{view}/").status_code != 200:
                failures.append((base, view, "no page"))
    assert failures == []


def test_export_of_sessions_as_csv(editor_client, session):
    page = editor_client.get("/admin/meetings/session/export/")
    form = page.context["form"]
    data = {"format": "0", "resource": "0"} | {
        name: "on" for name in form.fields if name.startswith("sessionresource_")
    }
    response = editor_client.post("/admin/meetings/session/export/", data)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "first meeting of the Working Group on Testing" in response.content.decode()


def test_editor_opens_every_change_form_of_the_demo(editor_client, demo):
    # The demo has no jointly issued paper: one of its documents gets a second symbol.
    DocumentSymbol(
        document=Document.objects.get(symbol="CAC/COSP/2023/14"), symbol="CAC/COSP/WG.2/2023/CRP.9"
    ).save()
    for model in admin.site._registry:
        if model._meta.app_label not in CONTENT_APPS:
            continue
        obj = model.objects.order_by("pk").last()
        opts = model._meta
        for view in ("change", "history"):
            response = editor_client.get(
                f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/{view}/"
            )
            assert response.status_code == 200, (model, view)


def test_changelist_filters_by_year_body_status_and_kind(editor_client, demo):
    sessions = editor_client.get("/admin/meetings/session/", {"start_date_year": "2024"})
    assert {s.start_date.year for s in sessions.context["cl"].result_list} == {2024}
    drafts = editor_client.get("/admin/meetings/session/", {"status__exact": "draft"})
    assert drafts.status_code == 200
    nonsense = editor_client.get("/admin/meetings/session/", {"start_date_year": "soon"})
    assert nonsense.status_code == 200
    documents = editor_client.get("/admin/documents/document/", {"kind__exact": "thematic_report"})
    assert all(d.kind == "thematic_report" for d in documents.context["cl"].result_list)


def test_session_changelist_searches_chinese_titles_and_symbols(editor_client, demo):
    by_symbol = editor_client.get("/admin/meetings/session/", {"q": "CAC/COSP/WG.2/2024/1"})
    assert [s.ordinal for s in by_symbol.context["cl"].result_list] == [18]
    by_chinese = editor_client.get("/admin/agendas/agendaitem/", {"q": "组织事项"})
    assert by_chinese.context["cl"].result_count >= 2


def test_session_changelist_queries_do_not_grow_with_sessions(
    editor_client, body, django_assert_max_num_queries
):
    venue = Venue.objects.create(name_en="Vienna International Centre", city_en="Vienna")
    for ordinal in range(1, 41):
        session = Session.objects.create(
            body=body,
            ordinal=ordinal,
            start_date=datetime.date(1990 + ordinal // 2, 6, 2),
            end_date=datetime.date(1990 + ordinal // 2, 6, 4),
            venue=venue,
        )
        AgendaItem.objects.create(session=session, number=1, title_en="Organizational matters")
    with django_assert_max_num_queries(12):
        response = editor_client.get("/admin/meetings/session/")
    assert response.status_code == 200
    assert response.context["cl"].result_count == 40


def test_agenda_item_and_joint_meeting_changelists_do_not_query_per_row(
    editor_client, demo, django_assert_max_num_queries
):
    with django_assert_max_num_queries(11):
        items = editor_client.get("/admin/agendas/agendaitem/")
    assert items.context["cl"].result_count == AgendaItem.objects.count() > 20
    with django_assert_max_num_queries(10):
        joint = editor_client.get("/admin/agendas/jointmeeting/")
    assert joint.context["cl"].result_count == 3


# --- The Editors group ----------------------------------------------------------------------


def test_editors_group_has_every_content_permission_and_nothing_on_users():
    group = Group.objects.get(name="Editors")
    granted = set(group.permissions.values_list("content_type__app_label", "codename"))
    expected = set(
        Permission.objects.filter(content_type__app_label__in=EDITED_APPS).values_list(
            "content_type__app_label", "codename"
        )
    )
    assert granted == expected | PUBLISHED_RECORDS
    assert ("meetings", "change_historicalsession") in granted
    assert ("agendas", "change_agendaitem") in granted
    assert not group.permissions.filter(content_type__app_label="auth").exists()


@pytest.mark.parametrize(
    "url",
    ["/admin/auth/user/", "/admin/auth/group/", "/admin/auth/user/add/", "/admin/auth/group/add/"],
)
def test_editor_cannot_manage_users_or_groups(editor_client, url):
    response = editor_client.get(url)
    assert response.status_code == 403


def test_admin_index_lists_content_not_users(editor_client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    apps = {app["app_label"] for app in response.context["app_list"]}
    assert apps == {"meetings", "agendas", "documents", "config", "publishing"}
    assert "/admin/auth/user/" not in response.text


def test_create_editor_uses_the_migrated_group(monkeypatch):
    group = Group.objects.get(name="Editors")
    permissions = set(group.permissions.all())
    monkeypatch.setenv("EDITOR_USERNAME", "clerk")
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-test-password")
    call_command("create_editor", stdout=io.StringIO())

    clerk = get_user_model().objects.get(username="clerk")
    assert list(clerk.groups.all()) == [group]
    assert clerk.is_staff
    assert not clerk.is_superuser
    assert set(group.permissions.all()) == permissions
    assert clerk.has_perm("meetings.change_session")
    assert not clerk.has_perm("auth.view_user")


def test_create_editor_prints_where_to_sign_in(monkeypatch):
    monkeypatch.setenv("EDITOR_USERNAME", "clerk")
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("create_editor", "--site", "http://127.0.0.1:8811/", stdout=out)
    printed = out.getvalue()
    assert "Sign in at http://127.0.0.1:8811/admin/ as user 'clerk' with password '" in printed
    password = printed.rsplit("password '", 1)[1].split("'")[0]

    assert get_user_model().objects.get(username="clerk").check_password(password)
