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
