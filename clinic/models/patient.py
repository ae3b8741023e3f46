"""FHIR Patient: demographics encrypted at rest, looked up through blind indexes.

Every identifying field is an encrypted column that SQL cannot filter or sort. Lookups use
keyed hashes (``compliance.blind_index``) computed by ``clinic.services.patients`` whenever
the plaintext changes: exact match on MRN, e-mail, phone and name+birth date, and
``PatientNameToken`` rows (one hash per name-token prefix) for "starts with" name search.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from compliance.fields import EncryptedDateField, EncryptedTextField

from .organization import Organization


class AdministrativeGender(models.TextChoices):
    MALE = "male", "Male"
    FEMALE = "female", "Female"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Unknown"


class Patient(models.Model):
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="patients"
    )
    # The portal account of the patient, if they have one (role "patient": own data only).
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="patient",
    )
    given_name = EncryptedTextField()
    family_name = EncryptedTextField()
    birth_date = EncryptedDateField()
    mrn = EncryptedTextField()
    phone = EncryptedTextField(blank=True, default="")
    email = EncryptedTextField(blank=True, default="")
    address = EncryptedTextField(blank=True, default="")
    insurance_member_id = EncryptedTextField(blank=True, default="")
    gender = models.CharField(
        max_length=10, choices=AdministrativeGender.choices, default=AdministrativeGender.UNKNOWN
    )
    active = models.BooleanField(default=True)

    mrn_index = models.CharField(max_length=64, editable=False)
    email_index = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    phone_index = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    name_dob_index = models.CharField(max_length=64, editable=False, db_index=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "mrn_index"], name="patient_unique_mrn_per_org"
            )
        ]

    def __str__(self) -> str:
        # Never the name: __str__ ends up in logs, admin messages and error pages.
        return f"Patient #{self.pk}"


class PatientNameToken(models.Model):
    """One keyed hash of one prefix of one name token, for partial-name search."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="name_tokens")
    token = models.CharField(max_length=64, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["patient", "token"], name="patient_name_token_unique")
        ]

    def __str__(self) -> str:
        return f"Name token #{self.pk}"


class PatientIdentifier(models.Model):
    """FHIR Patient.identifier beyond the MRN: ids of the patient in external EHRs.

    ``system`` is the issuing system's URI (not PHI); the value is encrypted and found
    through ``value_index``.
    """

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="identifiers")
    system = models.CharField(max_length=200)
    value = EncryptedTextField()
    value_index = models.CharField(max_length=64, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["system", "value_index"], name="patient_identifier_unique_per_system"
            )
        ]

    def __str__(self) -> str:
        return f"Identifier #{self.pk} ({self.system})"
