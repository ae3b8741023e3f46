"""Finding and reading patients. Searches run on blind indexes only: the encrypted columns
are never compared in SQL (they cannot be)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Count, QuerySet

from clinic import validation
from clinic.models import Patient, PatientIdentifier, PatientNameToken
from clinic.roles import actor_for, patient_for_demographics, patients_visible_to
from compliance.audit import AuditAction, record_event
from compliance.blind_index import blind_index, name_query_tokens
from config.errors import InvalidInput

SEARCH_LIMIT = 50


def patient_get(*, actor: Any, patient_id: Any) -> Patient:
    """Demographics of one patient; ``NotFound`` outside the actor's scope."""
    patient = patient_for_demographics(actor_for(actor), patient_id)
    record_event(
        actor=actor,
        action=AuditAction.READ,
        entity_type="Patient",
        entity_id=patient.pk,
        patient_id=patient.pk,
    )
    return patient


def patient_ids_with_name_tokens(hashes: list[str]) -> QuerySet:
    """Ids of the patients whose name has a blind-index token for every one of ``hashes``
    (a subquery: callers still scope the patients it is applied to)."""
    return (
        PatientNameToken.objects.filter(token__in=hashes)
        .values("patient_id")
        .annotate(hits=Count("token", distinct=True))
        .filter(hits=len(hashes))
        .values("patient_id")
    )


def patient_search(
    *,
    actor: Any,
    query: str = "",
    mrn: str = "",
    birth_date: date | str | None = None,
    email: str = "",
    phone: str = "",
    identifier_system: str = "",
    identifier_value: str = "",
) -> list[Patient]:
    """Patients in scope matching every criterion given (at most ``SEARCH_LIMIT``).

    ``query`` matches name prefixes ("mar gar" finds "María García"). ``birth_date`` is
    compared on the decrypted values of the other matches, because a name *prefix* cannot use
    the exact name+birth-date index; given alone it scans the organization's patients.
    """
    who = actor_for(actor)
    queryset = patients_visible_to(who)
    criteria: list[str] = []
    query = validation.text(query, field="Query", max_length=100, required=False)
    if query:
        hashes = name_query_tokens(query)
        if not hashes:
            raise InvalidInput("Type at least two letters of a name.")
        queryset = queryset.filter(pk__in=patient_ids_with_name_tokens(hashes))
        criteria.append("name")
    if mrn:
        queryset = queryset.filter(mrn_index=blind_index(validation.mrn(mrn), purpose="mrn"))
        criteria.append("mrn")
    if email:
        queryset = queryset.filter(
            email_index=blind_index(validation.email(email), purpose="email")
        )
        criteria.append("email")
    if phone:
        queryset = queryset.filter(
            phone_index=blind_index(validation.phone(phone), purpose="phone")
        )
        criteria.append("phone")
    if identifier_system or identifier_value:
        system = validation.text(identifier_system, field="System", max_length=200)
        value = validation.text(identifier_value, field="Identifier", max_length=100)
        owners = PatientIdentifier.objects.filter(
            system=system, value_index=blind_index(f"{system}|{value}", purpose="external_id")
        ).values("patient_id")
        queryset = queryset.filter(pk__in=owners)
        criteria.append("identifier")
    day = validation.a_date(birth_date, field="Birth date", required=False)
    if not criteria and day is None:
        raise InvalidInput("Give a name, MRN, birth date, e-mail, phone or identifier to search.")
    if day is not None:
        criteria.append("birth_date")
    results: list[Patient] = []
    for patient in queryset.select_related("organization").order_by("pk"):
        if day is not None and patient.birth_date != day:
            continue
        results.append(patient)
        if len(results) >= SEARCH_LIMIT:
            break
    record_event(
        actor=actor,
        action=AuditAction.SEARCH,
        entity_type="Patient",
        detail={
            "criteria": criteria,
            "result_count": len(results),
            "patient_ids": [p.pk for p in results],
        },
    )
    return results
