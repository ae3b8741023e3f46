"""The staff console's clinic pages: role-aware, masked, read-only for health data.

* Every queryset is cut to the staff member's organization (``clinic.roles``); front desk and
  org admins get no clinical models; auditors and users without a role get no clinic model
  at all. A superuser without a ``StaffMember`` row manages configuration (organizations,
  locations, practitioners, availability, staff) but sees no patient data.
* List pages show masked PHI ("A*** A***", birth year only) and have no search box for
  patients (admin search is a GET: the terms would land in URLs and logs). Patient demographics and
  clinical values are never form fields: writes go through ``clinic.services``.
* "Reveal" is the one way to see a full record: the staff member picks a reason, a REVEAL
  audit event is written, then the page shows the record (clinical sections for clinicians
  only, through the audited selectors).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from clinic import models, selectors
from clinic.roles import CLINICAL_READ_ROLES, SCHEDULING_ROLES, Role, actor_for
from compliance.audit import AuditAction, record_event
from config.errors import DomainError

MASK = "•••"


def mask_name(given: str, family: str) -> str:
    return " ".join(f"{part[:1]}***" for part in (given, family) if part)


def mask_tail(value: str, visible: int = 2) -> str:
    return f"{'*' * max(len(value) - visible, 3)}{value[-visible:]}" if value else ""


class RoleScopedAdmin(admin.ModelAdmin):
    """View-only admin for the given roles, scoped to the staff member's organization."""

    roles: frozenset[Role] = frozenset()
    organization_path = "organization"
    # Configuration models that a platform superuser (no clinic role) may fully manage.
    superuser_manages = False

    def _role(self, request: HttpRequest) -> Role:
        return actor_for(request.user).role

    def _superuser_config(self, request: HttpRequest) -> bool:
        return (
            self.superuser_manages
            and request.user.is_superuser
            and self._role(request) == Role.NONE
        )

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._role(request) in self.roles or self._superuser_config(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._superuser_config(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._superuser_config(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if self._superuser_config(request):
            return queryset
        who = actor_for(request.user)
        if who.role not in self.roles:
            return queryset.none()
        return queryset.filter(**{self.organization_path: who.organization_id})


STAFF = SCHEDULING_ROLES
CLINICIANS = frozenset({Role.CLINICIAN})


@admin.register(models.Organization)
class OrganizationAdmin(RoleScopedAdmin):
    roles = STAFF
    organization_path = "pk"
    superuser_manages = True
    list_display = ("name", "slug", "active")


@admin.register(models.Location)
class LocationAdmin(RoleScopedAdmin):
    roles = STAFF
    superuser_manages = True
    list_display = ("name", "organization", "timezone")


@admin.register(models.Practitioner)
class PractitionerAdmin(RoleScopedAdmin):
    roles = STAFF
    superuser_manages = True
    list_display = ("display_name", "specialty", "organization", "active")
    list_filter = ("specialty",)
    search_fields = ("family_name", "given_name")


@admin.register(models.StaffMember)
class StaffMemberAdmin(RoleScopedAdmin):
    roles = frozenset({Role.ORG_ADMIN})
    superuser_manages = True
    list_display = ("user", "role", "organization", "active")


@admin.register(models.AvailabilityRule)
class AvailabilityRuleAdmin(RoleScopedAdmin):
    roles = STAFF
    organization_path = "practitioner__organization"
    superuser_manages = True
    list_display = (
        "practitioner",
        "weekday",
        "start_time",
        "end_time",
        "slot_minutes",
        "location",
        "valid_from",
        "valid_until",
    )


@admin.register(models.AvailabilityException)
class AvailabilityExceptionAdmin(RoleScopedAdmin):
    roles = STAFF
    superuser_manages = True
    list_display = ("date", "practitioner", "start_time", "end_time", "reason")


class RevealForm(forms.Form):
    """Why the full record is needed: a code from a fixed list, so the audit trail holds no
    free text (which could hold PHI)."""

    REASONS = [
        ("identity_verification", "Verify the patient's identity"),
        ("treatment", "Treatment or care coordination"),
        ("scheduling", "Scheduling or contacting the patient"),
        ("patient_request", "The patient asked for their record"),
        ("billing", "Billing or insurance question"),
    ]
    reason = forms.ChoiceField(choices=REASONS)


@admin.register(models.Patient)
class PatientAdmin(RoleScopedAdmin):
    roles = STAFF
    list_display = ("id", "masked_name", "birth_year", "masked_mrn", "gender", "active", "reveal")
    list_filter = ("active", "gender")
    # No search box: the admin searches with GET, which would put names and MRNs in URLs,
    # access logs and browser history. Look patients up through the API/console (POST).
    search_fields = ()
    fields = ("organization", "gender", "active", "created_at", "updated_at")
    readonly_fields = fields
    ordering = ("-id",)

    @admin.display(description="Name")
    def masked_name(self, patient: models.Patient) -> str:
        return mask_name(patient.given_name, patient.family_name)

    @admin.display(description="Born")
    def birth_year(self, patient: models.Patient) -> int:
        return patient.birth_date.year

    @admin.display(description="MRN")
    def masked_mrn(self, patient: models.Patient) -> str:
        return mask_tail(patient.mrn)

    @admin.display(description="")
    def reveal(self, patient: models.Patient) -> str:
        url = reverse("admin:clinic_patient_reveal", args=[patient.pk])
        return format_html('<a href="{}">Reveal…</a>', url)

    def get_urls(self) -> list[Any]:
        reveal = self.admin_site.admin_view(self.reveal_view)
        return [
            path("<int:patient_id>/reveal/", reveal, name="clinic_patient_reveal"),
            *super().get_urls(),
        ]

    def reveal_view(self, request: HttpRequest, patient_id: int) -> HttpResponse:
        if not self.has_view_permission(request):
            raise Http404
        patient = self.get_queryset(request).filter(pk=patient_id).first()
        if patient is None:
            raise Http404
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "patient_ref": f"Patient #{patient.pk}",
            "title": f"Reveal patient #{patient.pk}",
        }
        form = RevealForm(request.POST or None)
        if request.method != "POST" or not form.is_valid():
            context["form"] = form
            return TemplateResponse(request, "admin/clinic/patient/reveal_form.html", context)
        context.update(self._revealed(request, patient, form.cleaned_data["reason"]))
        return TemplateResponse(request, "admin/clinic/patient/reveal.html", context)

    def _revealed(self, request: HttpRequest, patient: models.Patient, reason: str) -> dict:
        with transaction.atomic():
            record_event(
                actor=request.user,
                action=AuditAction.REVEAL,
                entity_type="Patient",
                entity_id=patient.pk,
                patient_id=patient.pk,
                client_app="admin",
                detail={"reason": reason},
            )
        sections: dict[str, Any] = {"patient": patient, "clinical": None}
        if actor_for(request.user).role in CLINICAL_READ_ROLES:
            try:
                sections["clinical"] = {
                    "Lab results": selectors.observations_for_patient(
                        actor=request.user, patient_id=patient.pk
                    ),
                    "Medications": selectors.medications_for_patient(
                        actor=request.user, patient_id=patient.pk
                    ),
                    "Allergies": selectors.allergies_for_patient(
                        actor=request.user, patient_id=patient.pk
                    ),
                    "Conditions": selectors.conditions_for_patient(
                        actor=request.user, patient_id=patient.pk
                    ),
                    "Immunizations": selectors.immunizations_for_patient(
                        actor=request.user, patient_id=patient.pk
                    ),
                }
            except DomainError:
                sections["clinical"] = None
        return sections


@admin.register(models.Appointment)
class AppointmentAdmin(RoleScopedAdmin):
    roles = STAFF
    list_display = ("id", "patient_masked", "practitioner", "start", "end", "status", "location")
    list_filter = ("status", "practitioner")
    date_hierarchy = "start"
    fields = ("patient", "practitioner", "location", "start", "end", "status", "reminder_sent_at")
    readonly_fields = fields
    list_select_related = ("patient", "practitioner", "location")

    @admin.display(description="Patient")
    def patient_masked(self, appointment: models.Appointment) -> str:
        patient = appointment.patient
        return f"#{patient.pk} {mask_name(patient.given_name, patient.family_name)}"


class ClinicalAdmin(RoleScopedAdmin):
    """Clinical lists for clinicians of the patient's organization; values masked."""

    roles = CLINICIANS
    organization_path = "patient__organization"
    list_select_related = ("patient",)
    readonly_fields = ("patient", "code_system", "code", "display", "recorded_by", "recorded_at")
    fields = readonly_fields

    @admin.display(description="Patient")
    def patient_ref(self, record: Any) -> str:
        return f"Patient #{record.patient_id}"

    @admin.display(description="Value")
    def masked_value(self, record: Any) -> str:
        return MASK


@admin.register(models.Observation)
class ObservationAdmin(ClinicalAdmin):
    list_display = ("id", "patient_ref", "code", "display", "masked_value", "unit", "effective_at")
    list_filter = ("code",)


@admin.register(models.MedicationStatement)
class MedicationStatementAdmin(ClinicalAdmin):
    list_display = ("id", "patient_ref", "code", "display", "status", "masked_value")


@admin.register(models.AllergyIntolerance)
class AllergyIntoleranceAdmin(ClinicalAdmin):
    list_display = ("id", "patient_ref", "code", "display", "criticality", "clinical_status")


@admin.register(models.Condition)
class ConditionAdmin(ClinicalAdmin):
    list_display = ("id", "patient_ref", "code", "display", "clinical_status")


@admin.register(models.Immunization)
class ImmunizationAdmin(ClinicalAdmin):
    list_display = ("id", "patient_ref", "code", "display", "occurrence_date")
