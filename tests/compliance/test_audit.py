from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse
from django.test import RequestFactory

from compliance.audit import (
    AuditAction,
    audit_context,
    compute_hash,
    record_event,
    verify_chain,
)
from compliance.middleware import AuditContextMiddleware
from compliance.models import AuditEvent, AuditTrailImmutable
from tests.compliance.helpers import raw_execute, raw_fetch

pytestmark = pytest.mark.django_db


def _three_events(actor) -> list[AuditEvent]:
    return [
        record_event(
            actor=actor, action=AuditAction.READ, entity_type="Patient", entity_id=1, patient_id=1
        ),
        record_event(
            actor=actor, action=AuditAction.SEARCH, entity_type="Patient", detail={"hits": 2}
        ),
        record_event(actor=None, action=AuditAction.EXPORT, entity_type="AuditEvent"),
    ]


def test_events_form_a_keyed_chain_that_verifies(staff_user):
    first, second, third = _three_events(staff_user)

    assert [first.seq, second.seq, third.seq] == [1, 2, 3]
    assert first.prev_hash == "0" * 64
    assert second.prev_hash == first.hash
    assert third.prev_hash == second.hash
    assert compute_hash(first.hash, AuditEvent.objects.get(seq=2)) == second.hash
    report = verify_chain()
    assert report.ok
    assert report.checked == 3


def test_event_records_who_what_and_role_without_values(staff_user):
    event = record_event(
        actor=staff_user,
        action=AuditAction.UPDATE,
        entity_type="Observation",
        entity_id=55,
        patient_id=9,
        detail={"fields": ["value"]},
    )
    stored = AuditEvent.objects.get(pk=event.pk)

    assert stored.actor_id == staff_user.pk
    assert stored.actor_role == "staff"
    assert (stored.action, stored.entity_type, stored.entity_id) == ("update", "Observation", "55")
    assert stored.patient_id == 9
    assert stored.purpose == "TREAT"
    assert stored.outcome == "success"
    assert stored.detail == {"fields": ["value"]}


def test_system_events_take_their_context_from_audit_context():
    with audit_context(source="celery", client_app="reminders", request_id="task-123456"):
        event = record_event(actor=None, action=AuditAction.READ, entity_type="Appointment")

    assert (event.actor_id, event.actor_role) == (None, "system")
    assert (event.source, event.client_app, event.request_id) == (
        "celery",
        "reminders",
        "task-123456",
    )


def test_middleware_puts_source_request_id_and_user_agent_on_events():
    captured: list[AuditEvent] = []

    def view(request):
        captured.append(
            record_event(actor=None, action=AuditAction.READ, entity_type="Patient", entity_id=3)
        )
        return HttpResponse("ok")

    request = RequestFactory().get(
        "/api/patients/3", REMOTE_ADDR="10.1.2.3", HTTP_USER_AGENT="pytest-agent"
    )
    request.request_id = "req-abcdef12"
    AuditContextMiddleware(view)(request)

    (event,) = captured
    assert (event.source, event.request_id, event.user_agent, event.client_app) == (
        "10.1.2.3",
        "req-abcdef12",
        "pytest-agent",
        "api",
    )
    outside = record_event(actor=None, action=AuditAction.READ, entity_type="Patient")
    assert outside.source == ""


def test_unknown_actions_and_outcomes_are_refused():
    with pytest.raises(ValueError, match="unknown audit action"):
        record_event(actor=None, action="peek", entity_type="Patient")
    with pytest.raises(ValueError, match="outcome"):
        record_event(actor=None, action=AuditAction.READ, entity_type="Patient", outcome="meh")
    assert AuditEvent.objects.count() == 0


def test_the_application_refuses_to_update_or_delete_events(staff_user):
    event, *_ = _three_events(staff_user)

    event.outcome = "failure"
    with pytest.raises(AuditTrailImmutable):
        event.save()
    with pytest.raises(AuditTrailImmutable):
        event.delete()
    with pytest.raises(AuditTrailImmutable):
        AuditEvent.objects.filter(pk=event.pk).update(outcome="failure")
    with pytest.raises(AuditTrailImmutable):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).outcome == "success"


def test_an_event_rolls_back_with_its_transaction_without_leaving_a_hole(staff_user):
    record_event(actor=staff_user, action=AuditAction.READ, entity_type="Patient")

    class Boom(Exception):
        pass

    def write_then_fail() -> None:
        with transaction.atomic():
            record_event(actor=staff_user, action=AuditAction.UPDATE, entity_type="Patient")
            raise Boom

    with pytest.raises(Boom):
        write_then_fail()
    record_event(actor=staff_user, action=AuditAction.READ, entity_type="Patient")

    assert list(AuditEvent.objects.values_list("seq", "action")) == [(1, "read"), (2, "read")]
    assert verify_chain().ok


def test_verify_names_a_modified_event(staff_user):
    _, second, _ = _three_events(staff_user)
    raw_execute("UPDATE compliance_auditevent SET patient_id = 99 WHERE id = %s", [second.pk])

    report = verify_chain()

    assert not report.ok
    assert report.bad_seq == 2
    assert report.bad_id == second.pk
    assert "modified" in report.problem


def test_verify_names_the_event_after_a_deleted_one(staff_user):
    _, second, _ = _three_events(staff_user)
    raw_execute("DELETE FROM compliance_auditevent WHERE id = %s", [second.pk])

    report = verify_chain()

    assert not report.ok
    assert report.bad_seq == 3
    assert "expected #2" in report.problem


def test_verify_notices_events_deleted_from_the_end(staff_user):
    *_, third = _three_events(staff_user)
    raw_execute("DELETE FROM compliance_auditevent WHERE id = %s", [third.pk])

    report = verify_chain()

    assert not report.ok
    assert "deleted" in report.problem
    assert report.checked == 2


def test_verify_catches_a_forged_event_inserted_out_of_order(staff_user):
    first, *_ = _three_events(staff_user)
    (columns,) = raw_fetch(
        "SELECT recorded_at, action, entity_type, prev_hash, hash FROM compliance_auditevent "
        "WHERE id = %s",
        [first.pk],
    )
    # A row squeezed in before the first event, reusing a real hash: the attacker has no key.
    raw_execute(
        "INSERT INTO compliance_auditevent (seq, recorded_at, actor_role, client_app, action, "
        "entity_type, entity_id, outcome, purpose, source, request_id, user_agent, detail, "
        "prev_hash, hash) VALUES (0, %s, 'staff', '', %s, %s, '', 'success', 'TREAT', '', '', "
        "'', '{}', %s, %s)",
        list(columns),
    )

    report = verify_chain()

    assert not report.ok
    assert report.bad_seq == 0
    assert "expected #1 but found #0" in report.problem


def test_verify_catches_a_forged_event_appended_at_the_end(staff_user):
    *_, third = _three_events(staff_user)
    raw_execute(
        "INSERT INTO compliance_auditevent (seq, recorded_at, actor_role, client_app, action, "
        "entity_type, entity_id, outcome, purpose, source, request_id, user_agent, detail, "
        "prev_hash, hash) VALUES (4, %s, 'staff', '', 'read', 'Patient', '1', 'success', "
        "'TREAT', '', '', '', '{}', %s, %s)",
        [third.recorded_at, third.hash, "f" * 64],
    )

    report = verify_chain()

    assert not report.ok
    assert report.bad_seq == 4
    assert "forged" in report.problem


@pytest.mark.postgres
def test_postgres_trigger_refuses_update_and_delete_even_in_raw_sql(staff_user):
    event, *_ = _three_events(staff_user)

    for sql in (
        "UPDATE compliance_auditevent SET outcome = 'failure' WHERE id = %s",
        "DELETE FROM compliance_auditevent WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [event.pk])
    assert AuditEvent.objects.get(pk=event.pk).outcome == "success"


def test_failed_login_is_audited_with_a_hashed_username_only(staff_user):
    assert authenticate(username="nurse.jackie", password="wrong password entirely") is None

    event = AuditEvent.objects.get(action=AuditAction.LOGIN_FAILURE)
    assert event.outcome == "failure"
    assert event.actor_id is None
    assert set(event.detail) == {"username_hash", "reason"}
    assert event.detail["reason"] == "credentials"
    assert "nurse" not in str(event.detail)
    assert len(event.detail["username_hash"]) == 64


def test_an_auditor_can_search_events_in_the_admin_but_not_change_them(client, staff_user):
    from django.contrib.auth.models import Permission
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    event, *_ = _three_events(staff_user)
    staff_user.user_permissions.add(Permission.objects.get(codename="view_auditevent"))
    device = TOTPDevice.objects.create(user=staff_user, name="phone", confirmed=True)
    client.force_login(staff_user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()

    listing = client.get("/admin/compliance/auditevent/", {"action__exact": "search"})
    change = client.post(f"/admin/compliance/auditevent/{event.pk}/change/", {"outcome": "x"})
    delete = client.post(f"/admin/compliance/auditevent/{event.pk}/delete/", {"post": "yes"})

    assert listing.status_code == 200
    assert list(listing.context["cl"].queryset.values_list("action", flat=True)) == ["search"]
    assert change.status_code == 403
    assert delete.status_code == 403
    assert verify_chain().ok


def test_a_patient_sees_who_accessed_their_record_but_not_others_records(
    patient_a, patient_a2, clinician_a
):
    from compliance.selectors import patient_access_report
    from config.errors import Forbidden

    record_event(
        actor=clinician_a,
        action=AuditAction.READ,
        entity_type="Observation",
        entity_id=1,
        patient_id=patient_a.pk,
    )
    record_event(
        actor=clinician_a, action=AuditAction.READ, entity_type="Patient", patient_id=patient_a2.pk
    )

    report = patient_access_report(requester=patient_a.user, patient_id=patient_a.pk)

    assert [(a["who"], a["what"]) for a in report["accesses"]] == [(clinician_a.pk, "Observation")]
    with pytest.raises(Forbidden):
        patient_access_report(requester=patient_a.user, patient_id=patient_a2.pk)
    assert AuditEvent.objects.filter(entity_type="AccessReport", purpose="PATRQT").count() == 1


def test_audit_verify_command_exits_non_zero_naming_the_bad_event(staff_user):
    import io

    from django.core.management import CommandError, call_command

    _, second, _ = _three_events(staff_user)
    out = io.StringIO()
    call_command("audit_verify", stdout=out)
    assert "3 events verified" in out.getvalue()

    raw_execute("UPDATE compliance_auditevent SET entity_id = '666' WHERE id = %s", [second.pk])
    with pytest.raises(CommandError, match=r"BROKEN at event #2 \(id \d+\): hash does not match"):
        call_command("audit_verify")


def test_daily_verify_task_alerts_on_a_broken_chain(staff_user, settings):
    from django.core import mail

    from compliance.tasks import audit_verify_daily

    settings.AUDIT_ALERT_EMAILS = ["security@clinic.test"]
    _, second, _ = _three_events(staff_user)
    assert audit_verify_daily.delay().get() == {"ok": True, "checked": 3, "bad_seq": None}
    assert mail.outbox == []

    raw_execute("DELETE FROM compliance_auditevent WHERE id = %s", [second.pk])
    result = audit_verify_daily.delay().get()

    assert result == {"ok": False, "checked": 1, "bad_seq": 3}
    (alert,) = mail.outbox
    assert alert.to == ["security@clinic.test"]
    assert "event #3" in alert.body


def test_audit_export_writes_json_lines_and_a_valid_fhir_bundle(staff_user, tmp_path):
    import json

    from django.core.management import call_command
    from django.utils import timezone
    from fhir.resources.R4B.bundle import Bundle

    _three_events(staff_user)
    today = timezone.now().date().isoformat()
    jsonl = tmp_path / "audit.jsonl"
    fhir = tmp_path / "audit.json"

    call_command("audit_export", since=today, until=today, output=str(jsonl))
    call_command("audit_export", since=today, until=today, format="fhir", output=str(fhir))

    lines = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert [line["action"] for line in lines] == ["read", "search", "export"]
    bundle = Bundle.model_validate_json(fhir.read_text())
    assert bundle.total == 4  # the first export is itself an event
    first = bundle.entry[0].resource
    assert (first.action, first.entity[1].what.reference) == ("R", "Patient/1")
    exports = AuditEvent.objects.filter(action="export", client_app="audit_export")
    assert exports.count() == 2
    assert verify_chain().ok


def test_audit_export_rejects_bad_dates_clearly():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="not a date"):
        call_command("audit_export", since="yesterday", until="2026-01-01")
