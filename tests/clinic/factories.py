"""factory_boy factories for clinic models. Names are obviously synthetic.

``PatientFactory`` computes the blind indexes and name tokens the same way the service does,
so factory-made patients are findable by search; it writes no audit event (fixtures are not
actions anyone took).
"""

from __future__ import annotations

import datetime
from typing import Any

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from clinic import models
from clinic.services.patients import refresh_lookup_indexes, replace_name_tokens


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.test")
    password = factory.django.Password(None)  # unusable: tests use force_login


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organization
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"org-{n}")
    name = factory.Sequence(lambda n: f"Test Clinic {n}")


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Location

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Main building {n}")
    address = "1 Example Street, Testville"
    timezone = "America/New_York"


class PractitionerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Practitioner

    organization = factory.SubFactory(OrganizationFactory)
    given_name = factory.Sequence(lambda n: f"Prac{n}")
    family_name = "Testdoc"
    npi = factory.Sequence(lambda n: f"{1000000000 + n}")
    specialty = models.Specialty.FAMILY_MEDICINE


class StaffMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.StaffMember

    user = factory.SubFactory(UserFactory, is_staff=True)
    organization = factory.SubFactory(OrganizationFactory)
    role = models.StaffRole.FRONT_DESK


class PatientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Patient

    organization = factory.SubFactory(OrganizationFactory)
    given_name = factory.Sequence(lambda n: f"Testgiven{n}")
    family_name = "Testfamily"
    birth_date = datetime.date(1980, 5, 17)
    mrn = factory.Sequence(lambda n: f"MRN-{n:06d}")
    phone = factory.Sequence(lambda n: f"555-01{n % 100:02d}")
    email = factory.Sequence(lambda n: f"patient{n}@example.test")
    gender = models.AdministrativeGender.UNKNOWN

    @classmethod
    def _create(cls, model_class: type[models.Patient], *args: Any, **kwargs: Any) -> Any:
        patient = model_class(*args, **kwargs)
        refresh_lookup_indexes(patient)
        patient.save()
        replace_name_tokens(patient)
        return patient


class AvailabilityRuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AvailabilityRule

    practitioner = factory.SubFactory(PractitionerFactory)
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..practitioner.organization")
    )
    weekday = models.Weekday.MONDAY
    start_time = datetime.time(9, 0)
    end_time = datetime.time(17, 0)
    slot_minutes = 30
    break_start = datetime.time(12, 0)
    break_end = datetime.time(13, 0)


class AppointmentFactory(factory.django.DjangoModelFactory):
    """A row written directly, bypassing the booking checks (for setting up state)."""

    class Meta:
        model = models.Appointment

    patient = factory.SubFactory(PatientFactory)
    organization = factory.SelfAttribute("patient.organization")
    practitioner = factory.SubFactory(
        PractitionerFactory, organization=factory.SelfAttribute("..patient.organization")
    )
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..patient.organization")
    )
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    end = factory.LazyAttribute(lambda a: a.start + datetime.timedelta(minutes=30))
    status = models.AppointmentStatus.BOOKED


class ObservationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Observation

    patient = factory.SubFactory(PatientFactory)
    code_system = models.CodeSystem.LOINC
    code = "4548-4"
    display = "Hemoglobin A1c/Hemoglobin.total in Blood"
    value = "6.1"
    unit = "%"
    reference_range = "4.0-5.6"
    interpretation = models.Interpretation.HIGH
    effective_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=10))


class MedicationStatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MedicationStatement

    patient = factory.SubFactory(PatientFactory)
    code_system = models.CodeSystem.RXNORM
    code = "860975"
    display = "metformin hydrochloride 500 MG Oral Tablet"
    dosage = "500 mg twice daily with meals"


class AllergyIntoleranceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AllergyIntolerance

    patient = factory.SubFactory(PatientFactory)
    code_system = models.CodeSystem.SNOMED
    code = "91936005"
    display = "Allergy to penicillin"
    category = "medication"
    criticality = models.Criticality.HIGH
    reaction = "Hives"


class ConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Condition

    patient = factory.SubFactory(PatientFactory)
    code_system = models.CodeSystem.SNOMED
    code = "44054006"
    display = "Diabetes mellitus type 2"


class ImmunizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Immunization

    patient = factory.SubFactory(PatientFactory)
    code_system = models.CodeSystem.CVX
    code = "140"
    display = "Influenza, seasonal, injectable, preservative free"
    occurrence_date = datetime.date(2024, 10, 1)
