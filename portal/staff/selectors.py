"""Reads for the staff console that the owning apps do not offer: conversations for review
(de-identified copies only), the audit trail search, and today's schedule per practitioner.
Each is scoped to the staff member's organization and role."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from assistant.conversations.models import Conversation
from clinic import selectors as clinic_selectors
from clinic.models import Appointment, Practitioner
from clinic.roles import SCHEDULING_ROLES, Role, actor_for, require_role
from compliance.audit import AuditAction, record_event
from compliance.models import AuditEvent
from config.errors import InvalidInput, NotFound

REVIEW_LIMIT = 100
AUDIT_PAGE_SIZE = 50
MASKED = "[masked]"


def conversations_for_review(*, actor: Any) -> list[Conversation]:
    """Recent conversations of the actor's organization (ids, flags and dates: no PHI)."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "assistant conversations")
    return list(
        Conversation.objects.filter(organization_id=who.organization_id).order_by(
            "-updated_at", "-pk"
        )[:REVIEW_LIMIT]
    )


@dataclass(frozen=True)
class MaskedMessage:
    pk: int
    role: str
    text: str
    created_at: datetime
    emergency: bool
    handoff: bool


def conversation_masked(
    *, actor: Any, conversation_id: Any
) -> tuple[Conversation, list[MaskedMessage]]:
    """A conversation as its de-identified analytics copy; nothing decrypted, so not audited
    as a PHI read. A message not yet de-identified shows as masked, never as plain text."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "assistant conversations")
    try:
        pk = int(conversation_id)
    except (TypeError, ValueError):
        raise NotFound("Conversation not found.") from None
    conversation = Conversation.objects.filter(pk=pk, organization_id=who.organization_id).first()
    if conversation is None:
        raise NotFound("Conversation not found.")
    rows = conversation.messages.order_by("created_at", "pk").values(
        "pk", "role", "redacted_text", "created_at", "emergency", "handoff"
    )
    return conversation, [
        MaskedMessage(
            pk=row["pk"],
            role=row["role"],
            text=row["redacted_text"] or MASKED,
            created_at=row["created_at"],
            emergency=row["emergency"],
            handoff=row["handoff"],
        )
        for row in rows
    ]


@dataclass(frozen=True)
class PractitionerDay:
    practitioner: Practitioner
    appointments: list[Appointment]


def schedule_for_day(*, actor: Any, day: date | None = None) -> list[PractitionerDay]:
    """Every practitioner of the organization with their active appointments on ``day``
    (the clinic's local day, ``settings.TIME_ZONE``). Each practitioner's read is audited by
    ``clinic.selectors.practitioner_schedule``."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "practitioner schedules")
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    day = day or datetime.now(tz).date()
    start = datetime.combine(day, time.min, tzinfo=tz)
    end = start + timedelta(days=1)
    return [
        PractitionerDay(
            practitioner=practitioner,
            appointments=[
                a
                for a in clinic_selectors.practitioner_schedule(
                    actor=actor, practitioner_id=practitioner.pk, start=start, end=end
                )
            ],
        )
        for practitioner in clinic_selectors.practitioners_list(actor=actor)
    ]


@dataclass(frozen=True)
class AuditFilters:
    actor: str = ""
    patient_id: str = ""
    action: str = ""
    outcome: str = ""
    entity_type: str = ""
    date_from: str = ""
    date_to: str = ""

    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


def _parse_day(value: str, field: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{field} must be a date (YYYY-MM-DD).") from None


def audit_search(*, actor: Any, filters: AuditFilters) -> QuerySet[AuditEvent]:
    """The audit trail for the auditor role, newest first. The search itself is audited
    (with the filter names, not their values: a patient id typed here is a reference, but the
    trail of who looked for whom is what the SEARCH event's patient_id column is for)."""
    who = actor_for(actor)
    require_role(who, {Role.AUDITOR}, "the audit trail")
    queryset = AuditEvent.objects.all()
    if filters.actor:
        users = get_user_model().objects.filter(username__iexact=filters.actor.strip())
        queryset = queryset.filter(actor_id__in=users.values("pk"))
    patient_id = None
    if filters.patient_id:
        try:
            patient_id = int(filters.patient_id)
        except ValueError:
            raise InvalidInput("The patient id must be a whole number.") from None
        queryset = queryset.filter(patient_id=patient_id)
    if filters.action:
        if filters.action not in AuditAction.values:
            raise InvalidInput("Choose an action from the list.")
        queryset = queryset.filter(action=filters.action)
    if filters.outcome:
        queryset = queryset.filter(outcome=filters.outcome)
    if filters.entity_type:
        queryset = queryset.filter(entity_type=filters.entity_type.strip())
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    if filters.date_from:
        start = datetime.combine(_parse_day(filters.date_from, "From"), time.min, tzinfo=tz)
        queryset = queryset.filter(recorded_at__gte=start)
    if filters.date_to:
        end = datetime.combine(_parse_day(filters.date_to, "To"), time.min, tzinfo=tz)
        queryset = queryset.filter(recorded_at__lt=end + timedelta(days=1))
    record_event(
        actor=actor,
        action=AuditAction.SEARCH,
        entity_type="AuditEvent",
        patient_id=patient_id,
        purpose="HOPERAT",
        detail={"filters": sorted(filters.active())},
    )
    return queryset.order_by("-seq")
