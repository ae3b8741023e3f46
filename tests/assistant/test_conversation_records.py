"""Record look-ups state values with their dates and reference ranges, from the record."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from compliance.models import AuditEvent
from tests.assistant.conversation_fixtures import *  # noqa: F403
from tests.clinic import factories as f

pytestmark = pytest.mark.usefixtures("no_triage_hits", "model_down")


def test_latest_lab_result_is_stated_with_value_unit_date_and_reference_range(chat_a, clinic_a):
    older = timezone.now() - datetime.timedelta(days=200)
    newer = timezone.now() - datetime.timedelta(days=20)
    f.ObservationFactory(patient=clinic_a.patient, value="7.2", effective_at=older)
    f.ObservationFactory(patient=clinic_a.patient, value="6.1", effective_at=newer)
    reply = chat_a.say("What was my latest A1c?")
    assert reply.text.startswith(
        f"Your latest Hemoglobin A1c/Hemoglobin.total in Blood: 6.1 % on {newer.date().isoformat()} "
        "(reference range 4.0-5.6), marked high."
    )
    assert "7.2 %" in reply.text  # the earlier value, as history
    assert reply.intent == "labs"
    assert reply.actions == [{"tool": "lab_results", "outcome": "success", "count": 2}]


def test_lab_results_without_a_test_name_list_the_latest_of_each_test(chat_a, clinic_a):
    f.ObservationFactory(patient=clinic_a.patient, value="6.1")
    f.ObservationFactory(
        patient=clinic_a.patient,
        code="2093-3",
        display="Cholesterol",
        value="190",
        unit="mg/dL",
        reference_range="<200",
        interpretation="N",
    )
    reply = chat_a.say("show me my lab results")
    assert "Cholesterol: 190 mg/dL" in reply.text
    assert "(reference range <200), marked normal" in reply.text
    assert "6.1 %" in reply.text


def test_medications_allergies_conditions_and_immunizations_come_from_the_record(chat_a, clinic_a):
    f.MedicationStatementFactory(
        patient=clinic_a.patient, effective_start=datetime.date(2023, 1, 5)
    )
    f.AllergyIntoleranceFactory(patient=clinic_a.patient)
    f.ConditionFactory(patient=clinic_a.patient, onset_date=datetime.date(2019, 3, 1))
    f.ImmunizationFactory(patient=clinic_a.patient)
    assert (
        "metformin hydrochloride 500 MG Oral Tablet, 500 mg twice daily with meals (active, since 2023-01-05)"
        in chat_a.say("what medications am I on?").text
    )
    assert "Allergy to penicillin: Hives" in chat_a.say("do I have any allergies").text
    assert (
        "Diabetes mellitus type 2 (active, since 2019-03-01)"
        in chat_a.say("list my conditions").text
    )
    assert "on 2024-10-01" in chat_a.say("which vaccines have I had?").text


def test_every_record_look_up_is_audited_as_a_chat_tool_call_of_the_patient(chat_a, clinic_a):
    chat_a.say("show me my lab results")
    event = AuditEvent.objects.get(action="chat-tool-call")
    assert event.detail["tool"] == "lab_results"
    assert event.patient_id == clinic_a.patient.pk
    assert event.actor_id == clinic_a.patient.user.pk
    assert event.entity_id == str(chat_a.conversation.pk)
    assert event.outcome == "success"


def test_a_patient_with_no_results_is_told_so_rather_than_given_an_invented_value(chat_a):
    reply = chat_a.say("what is my cholesterol level?")
    assert reply.text == "I found no cholesterol results in your record."
