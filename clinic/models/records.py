"""Health records: FHIR Observation, MedicationStatement, AllergyIntolerance, Condition,
Immunization.

Codes, their display text, units, reference ranges, statuses and dates stay plain so they can
be filtered and sorted; measured values, dosage, reactions and every free-text note are
encrypted (reasoning in clinic/README.md "What is encrypted").
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from compliance.fields import EncryptedTextField

from .patient import Patient


class ClinicalRecord(models.Model):
    """What every record shares: whose it is and who recorded it, when."""

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="+")
    code_system = models.CharField(max_length=100)
    code = models.CharField(max_length=40)
    display = models.CharField(max_length=200)
    note = EncryptedTextField(blank=True, default="")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{type(self).__name__} #{self.pk}"


class CodeSystem:
    LOINC = "http://loinc.org"
    SNOMED = "http://snomed.info/sct"
    RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
    CVX = "http://hl7.org/fhir/sid/cvx"
    ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"


class Interpretation(models.TextChoices):
    """HL7 v3 ObservationInterpretation, the common subset."""

    NORMAL = "N", "Normal"
    HIGH = "H", "High"
    LOW = "L", "Low"
    CRITICAL_HIGH = "HH", "Critically high"
    CRITICAL_LOW = "LL", "Critically low"
    ABNORMAL = "A", "Abnormal"


class Observation(ClinicalRecord):
    """A lab result. ``value`` is text so it holds numbers ("6.1") and results ("positive")."""

    value = EncryptedTextField()
    unit = models.CharField(max_length=40, blank=True)
    reference_range = models.CharField(max_length=80, blank=True)
    interpretation = EncryptedTextField(blank=True, default="")
    effective_at = models.DateTimeField()
    status = models.CharField(max_length=20, default="final")

    class Meta:
        indexes = [models.Index(fields=["patient", "code", "effective_at"])]


class MedicationStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    COMPLETED = "completed", "Completed"
    STOPPED = "stopped", "Stopped"
    ON_HOLD = "on-hold", "On hold"


class MedicationStatement(ClinicalRecord):
    dosage = EncryptedTextField(blank=True, default="")
    status = models.CharField(
        max_length=12, choices=MedicationStatus.choices, default=MedicationStatus.ACTIVE
    )
    effective_start = models.DateField(null=True, blank=True)
    effective_end = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["patient", "status"])]


class Criticality(models.TextChoices):
    LOW = "low", "Low"
    HIGH = "high", "High"
    UNABLE = "unable-to-assess", "Unable to assess"


class AllergyIntolerance(ClinicalRecord):
    category = models.CharField(max_length=20, blank=True)  # food | medication | environment
    criticality = models.CharField(max_length=20, choices=Criticality.choices, blank=True)
    reaction = EncryptedTextField(blank=True, default="")
    clinical_status = models.CharField(max_length=20, default="active")
    onset_date = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["patient", "clinical_status"])]


class Condition(ClinicalRecord):
    clinical_status = models.CharField(max_length=20, default="active")
    onset_date = models.DateField(null=True, blank=True)
    abatement_date = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["patient", "clinical_status"])]


class Immunization(ClinicalRecord):
    occurrence_date = models.DateField()
    lot_number = EncryptedTextField(blank=True, default="")
    status = models.CharField(max_length=20, default="completed")

    class Meta:
        indexes = [models.Index(fields=["patient", "occurrence_date"])]
