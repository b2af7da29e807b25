"""The admin's sign-in refuses further attempts after five failed ones, for the user name and
from the address, until the cool-off time passes or an administrator unlocks it (django-axes)."""

import datetime
import io
import logging
import sys

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "a-long-test-password"  # noqa: S105 (the editor fixture's)


def sign_in(client, username, password, address="192.0.2.10", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def fail(client, username, times, address="192.0.2.10"):
    return [sign_in(client, username, "wrong password", address) for _ in range(times)]


def is_signed_in(client):
    return client.get("/admin/").status_code == 200


def test_a_wrong_password_shows_the_sign_in_form_again(client, editor):
    response = sign_in(client, "secretariat", "wrong password")
    assert response.status_code == 200
    assert "Please enter the correct username and password" in response.text


def test_six_failed_sign_ins_lock_the_right_password_out(client, editor):
    responses = fail(client, "secretariat", 6)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429, 429]

    response = sign_in(client, "secretariat", PASSWORD)

    assert response.status_code == 429
    assert "Sign-in locked" in response.text
    assert (
        "Sign-in refused: 5 or more failed sign-ins for this user name or from this address."
        in response.text
    )
    assert "Try again in 15 minutes, or ask an administrator to unlock it sooner." in response.text
    assert "Working group sessions: editors" in response.text  # the admin's look
    assert not is_signed_in(client)


def test_the_lockout_page_is_in_the_readers_language(client, editor):
    fail(client, "secretariat", 5)

    response = sign_in(client, "secretariat", PASSWORD, HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 429
    assert '<html lang="fr"' in response.text
    assert "Connexion bloquée" in response.text
    assert "Réessayez dans 15 minutes" in response.text


def test_the_right_password_signs_in_after_four_failures(client, editor):
    fail(client, "secretariat", 4)

    response = sign_in(client, "secretariat", PASSWORD)

    assert response.status_code == 302
    assert is_signed_in(client)


def test_the_lockout_ends_after_the_cool_off_time(client, editor):
    fail(client, "secretariat", 5)
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )

    assert sign_in(client, "secretariat", PASSWORD).status_code == 302


def test_a_lockout_by_address_refuses_other_user_names_from_it(client, editor):
    get_user_model().objects.create_user("clerk", password=PASSWORD, is_staff=True)
    fail(client, "secretariat", 5, address="192.0.2.10")

    assert sign_in(client, "clerk", PASSWORD, address="192.0.2.10").status_code == 429
    assert sign_in(client, "clerk", PASSWORD, address="198.51.100.7").status_code == 302


def test_a_lockout_by_user_name_refuses_it_from_other_addresses(client, editor):
    fail(client, "secretariat", 5, address="192.0.2.10")

    assert sign_in(client, "secretariat", PASSWORD, address="198.51.100.7").status_code == 429


def test_the_lockout_is_logged_as_a_warning(client, editor, caplog):
    with caplog.at_level(logging.INFO):
        fail(client, "secretariat", 5)

    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(
        r.name.startswith("axes")
        and "Locking out" in r.getMessage()
        and "secretariat" in r.getMessage()
        for r in warnings
    ), [r.getMessage() for r in warnings]
    # The settings send the "axes" logger's warnings to standard error (the root logger's
    # handler, which it propagates to), and no INFO line.
    axes_logger = logging.getLogger("axes")
    assert axes_logger.level == logging.WARNING
    assert axes_logger.propagate
    assert any(
        isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr
        for handler in logging.getLogger().handlers
    )


def test_axes_reset_username_unlocks_the_user_name(client, editor):
    fail(client, "secretariat", 5)

    call_command("axes_reset_username", "secretariat", stdout=io.StringIO())

    assert sign_in(client, "secretariat", PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_a_superuser_unlocks_in_the_admin(client, editor, admin_client):
    fail(client, "secretariat", 5)
    attempt = AccessAttempt.objects.get(username="secretariat")
    changelist = admin_client.get(reverse("admin:axes_accessattempt_changelist"))
    assert "secretariat" in changelist.text

    response = admin_client.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert sign_in(client, "secretariat", PASSWORD).status_code == 302


def test_editors_cannot_see_or_clear_the_access_attempts(editor_client):
    assert editor_client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_behind_a_proxy_the_clients_address_comes_from_its_header(client, editor, settings):
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_REAL_IP", "REMOTE_ADDR"]
    proxy = "10.0.0.1"
    for _ in range(5):
        sign_in(client, "intruder", "wrong", address=proxy, HTTP_X_REAL_IP="203.0.113.9")

    # Another client behind the same proxy signs in; the intruder's address stays locked.
    other = sign_in(client, "secretariat", PASSWORD, address=proxy, HTTP_X_REAL_IP="198.51.100.4")
    intruder = sign_in(client, "clerk", "x", address=proxy, HTTP_X_REAL_IP="203.0.113.9")

    assert other.status_code == 302
    assert intruder.status_code == 429
    assert AccessAttempt.objects.get(username="intruder").ip_address == "203.0.113.9"


def test_without_proxy_settings_the_header_is_not_believed(client, editor):
    for number in range(5):
        sign_in(client, f"intruder{number}", "wrong", HTTP_X_REAL_IP=f"203.0.113.{number}")

    # The five attempts came from one address, whatever the header said.
    assert sign_in(client, "secretariat", PASSWORD).status_code == 429
