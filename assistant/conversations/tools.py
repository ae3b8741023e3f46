"""The assistant's tools: thin, audited wrappers over clinic selectors and services.

The one rule of this module: **whose data a tool touches comes from the authenticated user,
never from the conversation.** ``ToolContext`` is built by the service from ``request.user``;
every tool passes ``actor=ctx.user`` and ``patient_id=ctx.patient_id`` to the clinic layer,
which checks the role and scope again. Arguments (from the dialogue state or the model) are
validated against a closed JSON schema first; a ``patient_id`` argument, or any unknown key, is
refused before anything runs. An appointment id that is not the patient's answers
``NotFound`` from the clinic layer, exactly like a missing one.

Every call, allowed or refused, writes one ``CHAT_TOOL_CALL`` audit event: on success in the
same transaction as the tool's own reads/writes, on failure after that transaction rolled
back. Details hold the tool name, argument names and ids, never values from the record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import jsonschema
from django.db import transaction
from django.utils import timezone

from clinic import selectors, services
from clinic.models import Specialty
from clinic.roles import Role, actor_for
from compliance.audit import AuditAction, record_event
from config.errors import DomainError, Forbidden, InvalidInput

logger = logging.getLogger(__name__)

MAX_SLOTS_OFFERED = 5
SLOT_SEARCH_DAYS = 14

# Common names of lab tests -> LOINC codes the clinic records them under.
LAB_CODES: dict[str, tuple[str, ...]] = {
    "a1c": ("4548-4", "17856-6"),
    "hba1c": ("4548-4", "17856-6"),
    "cholesterol": ("2093-3",),
    "ldl": ("13457-7", "2089-1", "18262-6"),
    "hdl": ("2085-9",),
    "triglyceride": ("2571-8",),
    "triglycerides": ("2571-8",),
    "glucose": ("2345-7", "1558-6"),
    "tsh": ("3016-3", "11580-8"),
    "creatinine": ("2160-0",),
    "potassium": ("2823-3", "6298-4"),
    "sodium": ("2951-2", "2947-0"),
    "hemoglobin": ("718-7",),
    "haemoglobin": ("718-7",),
    "vitamin d": ("1989-3", "62292-8"),
    "egfr": ("33914-3", "62238-1", "98979-8"),
    "psa": ("2857-1",),
    "inr": ("6301-6", "34714-6"),
    "platelet": ("777-3",),
    "platelets": ("777-3",),
    "wbc": ("6690-2", "26464-8"),
}


@dataclass(frozen=True)
class ToolContext:
    """Who is asking, from the authenticated request; the only identity tools use."""

    user: Any
    conversation_id: int

    @property
    def patient_id(self) -> int:
        who = actor_for(self.user)
        if who.role != Role.PATIENT or who.patient_id is None:
            raise Forbidden("The assistant acts for patients only.")
        return who.patient_id


@dataclass
class ToolResult:
    data: list[dict[str, Any]] = field(default_factory=list)
    # A reference-only record of what was done, for Message.actions (never PHI values).
    action: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Tool:
    name: str
    schema: dict[str, Any]
    run: Callable[..., ToolResult]
    # Argument names whose values are ids (safe to audit); others are audited by name only.
    id_args: tuple[str, ...] = ()


def _schema(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


_ID = {"type": "integer", "minimum": 1}
_START = {"type": "string", "format": "date-time", "maxLength": 40}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- scheduling -----------------------------------------------------------------------------


def _practitioner_names(ctx: ToolContext, specialty: str | None = None) -> dict[int, Any]:
    return {p.pk: p for p in selectors.practitioners_list(actor=ctx.user, specialty=specialty)}


def _run_practitioners(ctx: ToolContext, *, specialty: str | None = None) -> ToolResult:
    people = _practitioner_names(ctx, specialty)
    return ToolResult(
        data=[
            {
                "practitioner_id": p.pk,
                "name": p.display_name,
                "specialty": p.specialty,
                "specialty_display": p.get_specialty_display(),
            }
            for p in people.values()
        ]
    )


def _run_free_slots(
    ctx: ToolContext,
    *,
    specialty: str | None = None,
    practitioner_id: int | None = None,
    date: str | None = None,
    part_of_day: str | None = None,
) -> ToolResult:
    now = timezone.now()
    if date:
        day = datetime.fromisoformat(date).date()
        start = max(datetime.combine(day, time.min, tzinfo=UTC) - timedelta(hours=14), now)
        end = datetime.combine(day, time.max, tzinfo=UTC) + timedelta(hours=14)
    else:
        start, end = now, now + timedelta(days=SLOT_SEARCH_DAYS)
    if end <= start:
        return ToolResult(data=[], action={"found": 0})
    slots = selectors.free_slots(
        actor=ctx.user,
        start=start,
        end=end,
        practitioner_id=practitioner_id,
        specialty=specialty,
        part_of_day=part_of_day,
    )
    if date:
        # The window has margins for time zones; keep the slots on that local day.
        slots = [s for s in slots if _local_day(s) == day] or slots
    people = _practitioner_names(ctx)
    offered = []
    seen_starts: set[tuple[int, datetime]] = set()
    for slot in slots:
        if (slot.practitioner_id, slot.start) in seen_starts:
            continue
        seen_starts.add((slot.practitioner_id, slot.start))
        who = people.get(slot.practitioner_id)
        offered.append(
            {
                "practitioner_id": slot.practitioner_id,
                "practitioner": who.display_name if who else "",
                "specialty": who.get_specialty_display() if who else "",
                "start": slot.start.isoformat(),
                "end": slot.end.isoformat(),
                "location_id": slot.location_id,
            }
        )
        if len(offered) >= MAX_SLOTS_OFFERED:
            break
    return ToolResult(data=offered, action={"found": len(offered)})


def _local_day(slot: Any) -> date:
    from clinic.models import Location

    tz_name = (
        Location.objects.filter(pk=slot.location_id).values_list("timezone", flat=True).first()
    )
    return slot.start.astimezone(_zone(tz_name)).date()


def _zone(name: str | None) -> Any:
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def appointment_view(appointment: Any) -> dict[str, Any]:
    tz = _zone(getattr(appointment.location, "timezone", "UTC"))
    return {
        "appointment_id": appointment.pk,
        "practitioner": appointment.practitioner.display_name,
        "specialty": appointment.practitioner.get_specialty_display(),
        "location": appointment.location.name,
        "start": appointment.start.isoformat(),
        "local_start": appointment.start.astimezone(tz).strftime("%A %d %B %Y at %H:%M"),
        "status": appointment.status,
    }


def _run_list_appointments(ctx: ToolContext) -> ToolResult:
    rows = selectors.appointments_for_patient(
        actor=ctx.user, patient_id=ctx.patient_id, upcoming_only=True
    )
    data = [appointment_view(a) for a in rows if a.status == "booked"]
    return ToolResult(data=data, action={"count": len(data)})


def _run_book(ctx: ToolContext, *, practitioner_id: int, start: str) -> ToolResult:
    appointment = services.appointment_book(
        actor=ctx.user, patient_id=ctx.patient_id, practitioner_id=practitioner_id, start=start
    )
    appointment = selectors.appointment_get(actor=ctx.user, appointment_id=appointment.pk)
    return ToolResult(
        data=[appointment_view(appointment)], action={"appointment_id": appointment.pk}
    )


def _run_cancel(ctx: ToolContext, *, appointment_id: int) -> ToolResult:
    appointment = services.appointment_cancel(actor=ctx.user, appointment_id=appointment_id)
    return ToolResult(
        data=[appointment_view(appointment)], action={"appointment_id": appointment.pk}
    )


def _run_reschedule(
    ctx: ToolContext, *, appointment_id: int, start: str, practitioner_id: int | None = None
) -> ToolResult:
    appointment = services.appointment_reschedule(
        actor=ctx.user,
        appointment_id=appointment_id,
        new_start=start,
        practitioner_id=practitioner_id,
    )
    appointment = selectors.appointment_get(actor=ctx.user, appointment_id=appointment.pk)
    return ToolResult(
        data=[appointment_view(appointment)],
        action={"appointment_id": appointment.pk, "rescheduled_from": appointment_id},
    )


# --- records ---------------------------------------------------------------------------------


def _run_labs(ctx: ToolContext, *, test: str | None = None) -> ToolResult:
    rows = selectors.observations_for_patient(actor=ctx.user, patient_id=ctx.patient_id)
    if test:
        codes = set(LAB_CODES.get(test.lower(), ()))
        wanted = test.lower()
        rows = [r for r in rows if r.code in codes or wanted in r.display.lower()]
    data = [
        {
            "test": r.display,
            "code": r.code,
            "value": r.value,
            "unit": r.unit,
            "reference_range": r.reference_range,
            "interpretation": r.interpretation,
            "date": r.effective_at.date().isoformat(),
        }
        for r in rows
    ]
    return ToolResult(data=data, action={"count": len(data)})


def _run_medications(ctx: ToolContext) -> ToolResult:
    rows = selectors.medications_for_patient(actor=ctx.user, patient_id=ctx.patient_id)
    data = [
        {
            "medication": r.display,
            "dosage": r.dosage,
            "status": r.status,
            "since": _iso(r.effective_start),
            "until": _iso(r.effective_end),
        }
        for r in rows
    ]
    return ToolResult(data=data, action={"count": len(data)})


def _run_allergies(ctx: ToolContext) -> ToolResult:
    rows = selectors.allergies_for_patient(actor=ctx.user, patient_id=ctx.patient_id)
    data = [
        {
            "allergy": r.display,
            "reaction": r.reaction,
            "criticality": r.criticality,
            "status": r.clinical_status,
            "since": _iso(r.onset_date),
            "recorded": _iso(r.recorded_at.date()),
        }
        for r in rows
    ]
    return ToolResult(data=data, action={"count": len(data)})


def _run_conditions(ctx: ToolContext) -> ToolResult:
    rows = selectors.conditions_for_patient(actor=ctx.user, patient_id=ctx.patient_id)
    data = [
        {
            "condition": r.display,
            "status": r.clinical_status,
            "since": _iso(r.onset_date),
            "until": _iso(r.abatement_date),
        }
        for r in rows
    ]
    return ToolResult(data=data, action={"count": len(data)})


def _run_immunizations(ctx: ToolContext) -> ToolResult:
    rows = selectors.immunizations_for_patient(actor=ctx.user, patient_id=ctx.patient_id)
    data = [
        {"vaccine": r.display, "date": _iso(r.occurrence_date), "status": r.status} for r in rows
    ]
    return ToolResult(data=data, action={"count": len(data)})


TOOLS: dict[str, Tool] = {
    t.name: t
    for t in [
        Tool(
            "practitioners",
            _schema({"specialty": {"type": "string", "enum": Specialty.values}}),
            _run_practitioners,
        ),
        Tool(
            "free_slots",
            _schema(
                {
                    "specialty": {"type": "string", "enum": Specialty.values},
                    "practitioner_id": _ID,
                    "date": _DATE,
                    "part_of_day": {"type": "string", "enum": ["morning", "afternoon", "evening"]},
                }
            ),
            _run_free_slots,
            id_args=("practitioner_id",),
        ),
        Tool("list_appointments", _schema({}), _run_list_appointments),
        Tool(
            "appointment_book",
            _schema({"practitioner_id": _ID, "start": _START}, ("practitioner_id", "start")),
            _run_book,
            id_args=("practitioner_id",),
        ),
        Tool(
            "appointment_cancel",
            _schema({"appointment_id": _ID}, ("appointment_id",)),
            _run_cancel,
            id_args=("appointment_id",),
        ),
        Tool(
            "appointment_reschedule",
            _schema(
                {"appointment_id": _ID, "start": _START, "practitioner_id": _ID},
                ("appointment_id", "start"),
            ),
            _run_reschedule,
            id_args=("appointment_id", "practitioner_id"),
        ),
        Tool(
            "lab_results",
            _schema({"test": {"type": "string", "maxLength": 40, "pattern": r"^[A-Za-z0-9 .-]+$"}}),
            _run_labs,
        ),
        Tool("medications", _schema({}), _run_medications),
        Tool("allergies", _schema({}), _run_allergies),
        Tool("conditions", _schema({}), _run_conditions),
        Tool("immunizations", _schema({}), _run_immunizations),
    ]
}


def _audit(ctx: ToolContext, tool: str, args: dict[str, Any], outcome: str, extra: dict) -> None:
    tool_spec = TOOLS.get(tool)
    id_args = tool_spec.id_args if tool_spec else ()
    detail: dict[str, Any] = {
        "tool": tool if tool_spec else "unknown",
        "args": sorted(str(k)[:40] for k in args)[:10],
    }
    for key in id_args:
        if isinstance(args.get(key), int):
            detail[key] = args[key]
    detail.update(extra)
    patient_id = actor_for(ctx.user).patient_id
    record_event(
        actor=ctx.user,
        action=AuditAction.CHAT_TOOL_CALL,
        entity_type="Conversation",
        entity_id=ctx.conversation_id,
        patient_id=patient_id,
        outcome=outcome,
        client_app="assistant",
        detail=detail,
    )


def call_tool(ctx: ToolContext, name: str, args: dict[str, Any] | None = None) -> ToolResult:
    """Validate ``args``, run the tool as the authenticated patient, audit the call.

    Raises ``DomainError`` (``InvalidInput`` for bad arguments, ``NotFound`` for data out of
    scope, ``Conflict`` for a taken slot...) after auditing the refusal.
    """
    args = dict(args or {})
    tool = TOOLS.get(name)
    try:
        if tool is None:
            raise InvalidInput("Unknown tool.")
        try:
            jsonschema.validate(args, tool.schema)
        except jsonschema.ValidationError:
            raise InvalidInput("The tool arguments are not valid.") from None
        ctx.patient_id  # noqa: B018 - refuses non-patients before any read
        with transaction.atomic():
            result = tool.run(ctx, **args)
            _audit(ctx, name, args, "success", result.action)
    except DomainError as exc:
        outcome = "denied" if exc.status_code in (403, 404) else "failure"
        with transaction.atomic():
            _audit(ctx, name, args, outcome, {"error": exc.code})
        raise
    result.action = {"tool": name, "outcome": "success", **result.action}
    return result
