"""Organizations, their locations, practitioners and staff roles.

Workforce data (practitioner names, NPI, locations) is not PHI and stays plain.
"""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError("Unknown time zone.")


class Organization(models.Model):
    """FHIR Organization: the clinic. Patients and staff belong to exactly one."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    # Organization admins receive break-glass notifications at their staff e-mail address.
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Location(models.Model):
    """FHIR Location. Availability hours are local to ``timezone``."""

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="locations"
    )
    name = models.CharField(max_length=200)
    address = models.CharField(max_length=300, blank=True)
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="location_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Specialty(models.TextChoices):
    """A small value set for PractitionerRole.specialty (SNOMED CT codes in ``snomed``)."""

    FAMILY_MEDICINE = "family_medicine", "Family medicine"
    INTERNAL_MEDICINE = "internal_medicine", "Internal medicine"
    PEDIATRICS = "pediatrics", "Pediatrics"
    CARDIOLOGY = "cardiology", "Cardiology"
    DERMATOLOGY = "dermatology", "Dermatology"
    ENDOCRINOLOGY = "endocrinology", "Endocrinology"
    OBSTETRICS_GYNECOLOGY = "obgyn", "Obstetrics and gynecology"
    PSYCHIATRY = "psychiatry", "Psychiatry"


SPECIALTY_SNOMED = {
    Specialty.FAMILY_MEDICINE: "419772000",
    Specialty.INTERNAL_MEDICINE: "419192003",
    Specialty.PEDIATRICS: "394537008",
    Specialty.CARDIOLOGY: "394579002",
    Specialty.DERMATOLOGY: "394582007",
    Specialty.ENDOCRINOLOGY: "394583002",
    Specialty.OBSTETRICS_GYNECOLOGY: "394586005",
    Specialty.PSYCHIATRY: "394587001",
}


class Practitioner(models.Model):
    """FHIR Practitioner with its one PractitionerRole folded in (organization, specialty).

    The row doubles as the booking lock: ``appointment_book`` takes ``SELECT FOR UPDATE`` on
    it so overlap checks for one practitioner run one at a time.
    """

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="practitioners"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="practitioner",
    )
    given_name = models.CharField(max_length=100)
    family_name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=20, blank=True, default="Dr.")
    npi = models.CharField("NPI", max_length=10, blank=True)
    specialty = models.CharField(max_length=40, choices=Specialty.choices)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["npi"], condition=~models.Q(npi=""), name="practitioner_unique_npi"
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return f"{self.prefix} {self.given_name} {self.family_name}".strip()


class StaffRole(models.TextChoices):
    CLINICIAN = "clinician", "Clinician"
    FRONT_DESK = "front_desk", "Front desk"
    ORG_ADMIN = "org_admin", "Organization admin"
    AUDITOR = "auditor", "Auditor"


class StaffMember(models.Model):
    """A workforce member's single role in a single organization (see clinic/roles.py)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_member"
    )
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="staff")
    role = models.CharField(max_length=20, choices=StaffRole.choices)
    active = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"
