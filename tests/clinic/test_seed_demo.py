"""``manage.py seed_demo``: realistic, idempotent, demo logins for every role."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from clinic.models import (
    Appointment,
    AvailabilityRule,
    Observation,
    Organization,
    Patient,
    Practitioner,
    StaffMember,
)
from clinic.roles import Role, actor_for
from clinic.selectors import free_slots, patient_search

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_hashing_and_debug(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.DEBUG = True


def seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", "--max-patients=6", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Organization,
            Practitioner,
            StaffMember,
            Patient,
            Observation,
            Appointment,
            AvailabilityRule,
        )
    } | {"users": get_user_model().objects.count()}


def test_seed_creates_a_clinic_with_practitioners_patients_records_and_bookings() -> None:
    output = seed()
    riverside = Organization.objects.get(slug="riverside")
    assert riverside.name == "Riverside Family Clinic"
    assert (
        Practitioner.objects.filter(organization=riverside).values("specialty").distinct().count()
        >= 4
    )
    assert Patient.objects.filter(organization=riverside).count() == 6
    assert Observation.objects.exists()
    assert Appointment.objects.filter(status="booked").exists()
    for username in (
        "demo.clinician",
        "demo.frontdesk",
        "demo.admin",
        "demo.auditor",
        "demo.patient",
    ):
        assert username in output
    admin = get_user_model().objects.get(username="demo.admin")
    now = timezone.now()
    assert free_slots(actor=admin, start=now, end=now + timedelta(days=14))


def test_demo_logins_have_the_roles_they_claim() -> None:
    seed()
    users = get_user_model().objects
    assert actor_for(users.get(username="demo.clinician")).role == Role.CLINICIAN
    assert actor_for(users.get(username="demo.frontdesk")).role == Role.FRONT_DESK
    assert actor_for(users.get(username="demo.admin")).role == Role.ORG_ADMIN
    assert actor_for(users.get(username="demo.auditor")).role == Role.AUDITOR
    patient_user = users.get(username="demo.patient")
    assert actor_for(patient_user).role == Role.PATIENT
    assert patient_user.check_password("demo-patient-river-2024")
    assert not patient_user.is_staff


def test_running_seed_twice_duplicates_nothing() -> None:
    seed()
    first = counts()
    output = seed()
    assert counts() == first
    assert "(0 new this run)" in output


def test_seeded_patients_are_findable_through_the_blind_indexes() -> None:
    seed()
    desk = get_user_model().objects.get(username="demo.frontdesk")
    assert len(patient_search(actor=desk, mrn="RFC-000001")) == 1


def test_seed_refuses_to_run_with_debug_off(settings) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="published demo passwords"):
        seed()
    assert not Organization.objects.exists()
