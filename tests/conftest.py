import datetime

import pytest

from sessions.models import Body, Session


@pytest.fixture
def demo(db):
    """The demo sessions, as `make run` loads them."""
    from sessions.demo.load import load_demo

    load_demo()


@pytest.fixture
def body(db):
    return Body.objects.create(
        name_en="Working Group on Testing",
        short_name_en="Testing WG",
        kind=Body.Kind.WORKING_GROUP,
        symbol_prefix="CAC/COSP/WG.9",
        slug="wg-testing",
    )


@pytest.fixture
def other_body(db):
    return Body.objects.create(
        name_en="Review Group on Testing",
        short_name_en="Testing RG",
        kind=Body.Kind.REVIEW_GROUP,
        symbol_prefix="CAC/COSP/RG.9",
        slug="rg-testing",
    )


@pytest.fixture
def session(body):
    return Session.objects.create(
        body=body,
        ordinal=1,
        title_en="first meeting of the Working Group on Testing",
        start_date=datetime.date(2025, 6, 2),
        end_date=datetime.date(2025, 6, 4),
        status=Session.Status.PUBLISHED,
    )


@pytest.fixture
def editor(db):
    """A staff member of the Editors group (made by a migration), not a superuser."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        "secretariat", "secretariat@example.org", "a-long-test-password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    """The test client, signed in as the editor."""
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Pages render without `collectstatic`: the manifest storage needs its manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
