"""Booking, cancelling and rescheduling through a conversation, with the model down (the
deterministic floor) or replaced by a fake: offers concrete slots, acts only after yes."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from assistant.conversations.models import Conversation
from clinic.models import Appointment, AppointmentStatus
from compliance.models import AuditEvent
from tests.assistant.conversation_fixtures import *  # noqa: F403
from tests.assistant.conversation_fixtures import Chat
from tests.clinic import factories as f
from tests.clinic.helpers import local_slot

pytestmark = pytest.mark.usefixtures("no_triage_hits", "model_down")


def _state(chat: Chat) -> dict:
    return Conversation.objects.get(pk=chat.conversation.pk).state


def test_booking_asks_which_kind_of_appointment_then_offers_concrete_free_slots(chat_a, clinic_a):
    first = chat_a.say("I would like to book an appointment")
    assert "Which kind of appointment" in first.text
    assert not Appointment.objects.filter(patient=clinic_a.patient).exists()

    offer = chat_a.say("family medicine please")
    assert "1. " in offer.text
    assert "Testdoc" in offer.text
    options = _state(chat_a)["pending"]["options"]
    assert 1 <= len(options) <= 5
    assert all(o["practitioner_id"] == clinic_a.practitioner.pk for o in options.values())
    assert not Appointment.objects.filter(patient=clinic_a.patient).exists()


def test_booking_happens_only_after_an_explicit_yes_and_books_the_offered_slot(chat_a, clinic_a):
    chat_a.say("book an appointment with family medicine")
    option = _state(chat_a)["pending"]["options"]["2"]

    confirm = chat_a.say("2")
    assert "Shall I book" in confirm.text
    assert not Appointment.objects.filter(patient=clinic_a.patient).exists()

    done = chat_a.say("yes please")
    booked = Appointment.objects.get(patient=clinic_a.patient)
    assert booked.status == AppointmentStatus.BOOKED
    assert booked.practitioner_id == clinic_a.practitioner.pk
    assert booked.start == datetime.datetime.fromisoformat(option["start"])
    assert done.text.startswith("Done: you are booked")
    assert done.actions == [
        {"tool": "appointment_book", "outcome": "success", "appointment_id": booked.pk}
    ]
    assert "pending" not in _state(chat_a)
    audited = AuditEvent.objects.filter(action="chat-tool-call", detail__tool="appointment_book")
    assert audited.count() == 1
    assert audited.get().patient_id == clinic_a.patient.pk


def test_saying_no_at_the_confirmation_books_nothing(chat_a, clinic_a):
    chat_a.say("book an appointment with family medicine")
    chat_a.say("1")
    reply = chat_a.say("no")
    assert "not changed anything" in reply.text
    assert not Appointment.objects.filter(patient=clinic_a.patient).exists()


def test_an_unclear_answer_to_the_confirmation_asks_again_and_books_nothing(chat_a, clinic_a):
    chat_a.say("book an appointment with family medicine")
    chat_a.say("1")
    reply = chat_a.say("hmm maybe")
    assert reply.text.startswith("Please answer yes or no")
    assert not Appointment.objects.filter(patient=clinic_a.patient).exists()


def test_a_day_and_time_of_day_narrow_the_offered_slots(chat_a, clinic_a):
    day = (
        (timezone.now() + datetime.timedelta(days=3))
        .astimezone(datetime.timezone(datetime.timedelta(hours=-5)))
        .date()
    )
    chat_a.say(f"book family medicine on {day.isoformat()} afternoon")
    options = _state(chat_a)["pending"]["options"]
    assert options
    for option in options.values():
        start = datetime.datetime.fromisoformat(option["start"])
        local = start.astimezone(__import__("zoneinfo").ZoneInfo("America/New_York"))
        assert local.date() == day
        assert local.hour >= 12


def test_a_slot_taken_before_the_yes_is_not_double_booked_and_new_slots_are_offered(
    chat_a, clinic_a
):
    chat_a.say("book an appointment with family medicine")
    chat_a.say("1")
    option = _state(chat_a)["pending"]["options"]["1"]
    start = datetime.datetime.fromisoformat(option["start"])
    f.AppointmentFactory(
        patient=clinic_a.other_patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=start,
        end=start + datetime.timedelta(minutes=30),
    )
    reply = chat_a.say("yes")
    assert "no longer available" in reply.text
    assert not Appointment.objects.filter(patient=clinic_a.patient).exists()
    assert _state(chat_a)["pending"]["step"] == "choose"


def test_cancelling_lists_own_appointment_and_cancels_after_yes(chat_a, clinic_a):
    mine = f.AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=local_slot(clinic_a.location, days_ahead=5, hour=10),
        end=local_slot(clinic_a.location, days_ahead=5, hour=10, minute=30),
    )
    ask = chat_a.say("I need to cancel my appointment")
    assert "Shall I cancel" in ask.text
    mine.refresh_from_db()
    assert mine.status == AppointmentStatus.BOOKED
    done = chat_a.say("yes")
    mine.refresh_from_db()
    assert mine.status == AppointmentStatus.CANCELLED
    assert "is cancelled" in done.text


def test_rescheduling_moves_the_appointment_to_the_chosen_slot_after_yes(chat_a, clinic_a):
    old = f.AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=local_slot(clinic_a.location, days_ahead=5, hour=10),
        end=local_slot(clinic_a.location, days_ahead=5, hour=10, minute=30),
    )
    offer = chat_a.say("Can I reschedule my appointment?")
    assert "Moving your appointment" in offer.text
    option = _state(chat_a)["pending"]["options"]["1"]
    chat_a.say("1")
    chat_a.say("yes")
    old.refresh_from_db()
    assert old.status == AppointmentStatus.CANCELLED
    new = Appointment.objects.get(patient=clinic_a.patient, status=AppointmentStatus.BOOKED)
    assert new.start == datetime.datetime.fromisoformat(option["start"])
    assert new.rescheduled_from_id == old.pk


def test_listing_appointments_works_with_the_model_down(chat_a, clinic_a):
    f.AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=local_slot(clinic_a.location, days_ahead=4, hour=9),
        end=local_slot(clinic_a.location, days_ahead=4, hour=9, minute=30),
    )
    reply = chat_a.say("when is my next appointment?")
    assert "Your upcoming appointments" in reply.text
    assert "Testdoc" in reply.text
    assert "09:00" in reply.text
