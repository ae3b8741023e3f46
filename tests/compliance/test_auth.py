from __future__ import annotations

import hashlib
import io
import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from compliance.middleware import LAST_ACTIVITY_KEY, STARTED_KEY
from compliance.models import ApiToken, AuditEvent

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def patient_user():
    return get_user_model().objects.create_user(username="pat.ient", password=PASSWORD)


@pytest.fixture
def admin_user():
    return get_user_model().objects.create_user(
        username="ad.min", password=PASSWORD, is_staff=True, is_superuser=True
    )


def _totp_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def _token(client, username: str, password: str = PASSWORD, **extra):
    return client.post(
        "/api/auth/token",
        {"username": username, "password": password, **extra},
        content_type="application/json",
    )


def test_a_user_gets_an_expiring_token_that_is_stored_only_as_a_hash(client, patient_user):
    response = _token(client, "pat.ient")

    assert response.status_code == 201
    body = response.json()
    row = ApiToken.objects.get(user=patient_user)
    assert row.token_hash == hashlib.sha256(body["token"].encode()).hexdigest()
    assert body["token"] not in row.token_hash
    assert abs((row.expires_at - timezone.now()).total_seconds() - 3600) < 60
    login = AuditEvent.objects.get(action="login")
    assert (login.actor_id, login.detail) == (patient_user.pk, {"method": "api-token"})


def test_a_bearer_token_authenticates_until_it_is_revoked(client, patient_user):
    token = _token(client, "pat.ient").json()["token"]

    revoked = client.delete("/api/auth/token", HTTP_AUTHORIZATION=f"Bearer {token}")
    again = client.delete("/api/auth/token", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert revoked.status_code == 204
    assert again.status_code == 401
    assert again.json()["error"]["message"] == "Invalid or expired token."
    logout = AuditEvent.objects.get(action="logout")
    assert logout.detail == {"reason": "token-revoked"}


def test_an_expired_token_is_refused(client, patient_user):
    token = _token(client, "pat.ient").json()["token"]
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    response = client.delete("/api/auth/token", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_malformed_token_requests_get_clear_errors_not_500(client, patient_user):
    assert client.delete("/api/auth/token", HTTP_AUTHORIZATION="Bearer a b").status_code == 401
    bad = client.post("/api/auth/token", {"username": "x"}, content_type="application/json")
    assert bad.status_code == 400
    assert "password" in bad.json()["error"]["detail"]


def test_a_wrong_password_is_refused_and_audited_without_the_username(client, patient_user):
    response = _token(client, "pat.ient", "wrong wrong wrong")

    assert response.status_code == 401
    event = AuditEvent.objects.get(action="login-failure")
    assert "pat.ient" not in str(event.detail)
    assert ApiToken.objects.count() == 0


@override_settings(AXES_FAILURE_LIMIT=3)
def test_repeated_failures_lock_the_account_even_for_the_right_password(client, patient_user):
    for _ in range(2):
        assert _token(client, "pat.ient", "wrong wrong wrong").status_code == 401
    third = _token(client, "pat.ient", "wrong wrong wrong")

    response = _token(client, "pat.ient")

    assert third.status_code == 429
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "locked"
    assert ApiToken.objects.count() == 0
    reasons = [e.detail.get("reason") for e in AuditEvent.objects.filter(action="login-failure")]
    assert "locked-out" in reasons


def test_staff_need_a_totp_code_for_an_api_token(client, admin_user):
    device = TOTPDevice.objects.create(user=admin_user, name="phone", confirmed=True)

    without = _token(client, "ad.min")
    right = _token(client, "ad.min", otp_token=_totp_code(device))
    wrong = _token(client, "ad.min", otp_token="000000")

    assert without.status_code == 401
    assert "one-time code" in without.json()["error"]["message"]
    assert wrong.status_code == 401
    assert right.status_code == 201
    mfa_failures = AuditEvent.objects.filter(action="login-failure", detail__reason="mfa")
    assert mfa_failures.count() == 2


def test_the_admin_requires_an_otp_verified_session_for_staff(client, admin_user):
    device = TOTPDevice.objects.create(user=admin_user, name="phone", confirmed=True)
    client.force_login(admin_user)

    unverified = client.get("/admin/")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    verified = client.get("/admin/")

    assert unverified.status_code == 302
    assert "/admin/login/" in unverified["Location"]
    assert verified.status_code == 200


def test_the_admin_login_form_asks_for_the_otp_code(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert 'name="otp_token"' in response.content.decode()


@override_settings(REQUIRE_STAFF_MFA=False)
def test_mfa_enforcement_can_be_switched_off_for_a_local_demo(client, admin_user):
    client.force_login(admin_user)

    assert client.get("/admin/").status_code == 200


def test_mfa_enroll_prints_an_otpauth_uri_for_a_new_device(admin_user):
    out = io.StringIO()
    call_command("mfa_enroll", "ad.min", stdout=out)

    device = TOTPDevice.objects.get(user=admin_user)
    assert out.getvalue().startswith("otpauth://totp/")
    assert device.confirmed
    assert AuditEvent.objects.filter(entity_type="TOTPDevice", entity_id=str(device.pk)).exists()


def _age_session(client, *, idle: float = 0, since_start: float = 0) -> None:
    session = client.session
    now = time.time()
    session[LAST_ACTIVITY_KEY] = now - idle
    session[STARTED_KEY] = now - since_start
    session.save()


def test_session_status_reports_time_left_without_counting_as_activity(client, patient_user):
    client.force_login(patient_user)
    client.get("/api/session")
    _age_session(client, idle=100)
    before = client.session[LAST_ACTIVITY_KEY]

    response = client.get("/api/session")

    assert response.status_code == 200
    assert response.json()["authenticated"] is True
    assert 795 <= response.json()["expires_in"] <= 800
    assert 795 <= int(response["X-Session-Expires-In"]) <= 800
    assert client.session[LAST_ACTIVITY_KEY] == before


def test_an_idle_session_is_logged_out_and_the_logout_audited(client, patient_user):
    client.force_login(patient_user)
    client.get("/api/session")
    _age_session(client, idle=15 * 60 + 1)

    api = client.get("/api/session")

    assert api.status_code == 401
    assert api.json()["error"]["code"] == "session_expired"
    assert client.get("/api/session").json() == {
        "authenticated": False,
        "expires_in": None,
        "idle_timeout": 900,
    }
    event = AuditEvent.objects.get(action="logout")
    assert (event.actor_id, event.detail) == (patient_user.pk, {"reason": "idle-timeout"})


def test_an_idle_html_request_is_redirected_to_sign_in(client, admin_user):
    client.force_login(admin_user)
    client.get("/api/session")
    _age_session(client, idle=3600)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert AuditEvent.objects.get(action="logout").detail == {"reason": "idle-timeout"}


def test_an_active_session_still_ends_at_the_absolute_lifetime(client, patient_user):
    client.force_login(patient_user)
    client.get("/api/session")
    _age_session(client, idle=1, since_start=8 * 3600 + 1)

    assert client.get("/api/session").status_code == 401
    assert AuditEvent.objects.get(action="logout").detail == {"reason": "absolute-timeout"}


@override_settings(SESSION_IDLE_TIMEOUT_SECONDS=60)
def test_the_idle_timeout_is_configurable(client, patient_user):
    client.force_login(patient_user)
    client.get("/api/session")
    _age_session(client, idle=61)

    assert client.get("/api/session").status_code == 401


@pytest.mark.parametrize("password", ["short1", "password1234", "qwertyuiop123"])
def test_weak_or_common_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_passphrase_is_accepted():
    validate_password("plum orbit lantern meadow")
