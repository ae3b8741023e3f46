"""Shared fixtures: two clinics, each with one user per role and two patients with accounts.

Every role boundary is tested against these: "clinic A's front desk cannot see clinic B's
patient", "patient A cannot read patient A2's labs". Use ``clinic_a``/``clinic_b`` (a
``ClinicWorld``) or the shortcuts below. Users have unusable passwords: log them in with
``client.force_login(user)``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from django.db import connection

if TYPE_CHECKING:
    from clinic import models as clinic_models


@pytest.fixture(autouse=True)
def _fresh_data_key_cache() -> None:
    # Tests that run on_commit callbacks inside a rolled-back test transaction
    # (django_capture_on_commit_callbacks(execute=True)) can leave this process pointing at a
    # data key whose row was rolled back; production only runs those callbacks after COMMIT.
    from compliance.crypto import clear_key_cache

    clear_key_cache()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:
    # PBKDF2's production cost makes every login test take a second on a shared machine.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``postgres`` need real row locks and partial indexes: skip them on SQLite."""
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(skip)


@dataclass
class ClinicWorld:
    organization: clinic_models.Organization
    location: clinic_models.Location
    practitioner: clinic_models.Practitioner
    clinician: Any
    front_desk: Any
    org_admin: Any
    auditor: Any
    patient: clinic_models.Patient
    other_patient: clinic_models.Patient


def _build_clinic(
    key: str, name: str, tz: str, patients: tuple[tuple[str, str], tuple[str, str]]
) -> ClinicWorld:
    from clinic import models as clinic_models
    from tests.clinic import factories as f

    org = f.OrganizationFactory(slug=f"clinic-{key}", name=name)
    location = f.LocationFactory(organization=org, name=f"{name} main", timezone=tz)

    def staff(role: str) -> Any:
        member = f.StaffMemberFactory(user__username=f"{role}.{key}", organization=org, role=role)
        return member.user

    clinician = staff(clinic_models.StaffRole.CLINICIAN)
    practitioner = f.PractitionerFactory(
        organization=org,
        user=clinician,
        given_name=f"Prac{key.upper()}",
        family_name="Testdoc",
        specialty=clinic_models.Specialty.FAMILY_MEDICINE,
    )
    for weekday in range(7):
        f.AvailabilityRuleFactory(practitioner=practitioner, location=location, weekday=weekday)
    made = []
    for index, (given, family) in enumerate(patients, start=1):
        user = f.UserFactory(username=f"patient{index}.{key}", is_staff=False)
        made.append(
            f.PatientFactory(
                organization=org,
                user=user,
                given_name=given,
                family_name=family,
                mrn=f"{key.upper()}-{index:04d}",
                email=f"patient{index}.{key}@example.test",
                birth_date=datetime.date(1970 + index, index, 10 + index),
            )
        )
    return ClinicWorld(
        organization=org,
        location=location,
        practitioner=practitioner,
        clinician=clinician,
        front_desk=staff(clinic_models.StaffRole.FRONT_DESK),
        org_admin=staff(clinic_models.StaffRole.ORG_ADMIN),
        auditor=staff(clinic_models.StaffRole.AUDITOR),
        patient=made[0],
        other_patient=made[1],
    )


@pytest.fixture
def clinic_a(db: None) -> ClinicWorld:
    """Riverside Test Clinic (New York time): patients Alice Anderson and Aaron Abbott."""
    return _build_clinic(
        "a",
        "Riverside Test Clinic",
        "America/New_York",
        (("Alice", "Anderson"), ("Aaron", "Abbott")),
    )


@pytest.fixture
def clinic_b(db: None) -> ClinicWorld:
    """Lakeside Test Clinic (London time): patients Bella Brown and Boris Baker."""
    return _build_clinic(
        "b", "Lakeside Test Clinic", "Europe/London", (("Bella", "Brown"), ("Boris", "Baker"))
    )


@pytest.fixture
def patient_a(clinic_a: ClinicWorld) -> clinic_models.Patient:
    return clinic_a.patient


@pytest.fixture
def patient_a2(clinic_a: ClinicWorld) -> clinic_models.Patient:
    return clinic_a.other_patient


@pytest.fixture
def patient_b(clinic_b: ClinicWorld) -> clinic_models.Patient:
    return clinic_b.patient


@pytest.fixture
def clinician_a(clinic_a: ClinicWorld) -> Any:
    return clinic_a.clinician


@pytest.fixture
def clinician_b(clinic_b: ClinicWorld) -> Any:
    return clinic_b.clinician


@pytest.fixture
def front_desk_a(clinic_a: ClinicWorld) -> Any:
    return clinic_a.front_desk


@pytest.fixture
def org_admin_a(clinic_a: ClinicWorld) -> Any:
    return clinic_a.org_admin


@pytest.fixture
def auditor_a(clinic_a: ClinicWorld) -> Any:
    return clinic_a.auditor
