"""FHIR reads: search and read over the registry, scoped and audited.

The clinic's own selectors answer per-patient questions; FHIR search needs arbitrary
combinations and paging across an organization, so these build on the same scoping helpers
(``ResourceSpec.scoped`` -> ``clinic.roles``) and write the same audit events (one READ per
read, one SEARCH per page naming the ids returned, never the search values).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from clinic.fhir import versions
from clinic.fhir.auth import FhirContext
from clinic.fhir.errors import FhirError
from clinic.fhir.registry import CONTROL_PARAMS, ResourceSpec
from clinic.fhir.search import date_range, reference_ids, split_prefix
from compliance.audit import AuditAction, record_event
from config.errors import InvalidInput, NotFound

DEFAULT_COUNT = 20
MAX_COUNT = 200


@dataclass
class Page:
    rows: list[Any]
    total: int
    offset: int
    count: int
    versions: dict[int, Any]


def scan_limit() -> int:
    return getattr(settings, "FHIR_SEARCH_SCAN_LIMIT", 5000)


def _int_param(query: dict[str, list[str]], name: str, default: int, maximum: int) -> int:
    values = query.get(name)
    if not values:
        return default
    text = values[-1]
    if not text.isdigit():
        raise InvalidInput(f"'{name}' must be a non-negative whole number.")
    return min(int(text), maximum)


def _order(spec: ResourceSpec, query: dict[str, list[str]]) -> list[str]:
    values = query.get("_sort")
    if not values:
        return list(spec.default_order)
    order = []
    for item in ",".join(values).split(","):
        descending = item.startswith("-")
        name = item.lstrip("-")
        column = spec.sorts.get(name)
        if column is None:
            supported = ", ".join(sorted(spec.sorts))
            raise InvalidInput(f"Cannot sort {spec.type} by '{name}'; supported: {supported}.")
        order.append(f"-{column}" if descending else column)
    return [*order, "pk"]


def _check_params(spec: ResourceSpec, query: dict[str, list[str]]) -> None:
    for name, values in query.items():
        if name in CONTROL_PARAMS:
            continue
        if name not in spec.params:
            supported = ", ".join(spec.param_names())
            raise InvalidInput(
                f"Unknown search parameter '{name}' for {spec.type}; supported: {supported}."
            )
        if any(v == "" for v in values):
            raise InvalidInput(f"Search parameter '{name}' has no value.")


def _patient_of(spec: ResourceSpec, row: Any) -> int | None:
    return getattr(row, spec.patient_attr) if spec.patient_attr else None


def search(ctx: FhirContext, spec: ResourceSpec, query: dict[str, list[str]]) -> Page:
    ctx.require(spec.type, "read")
    _check_params(spec, query)
    count = _int_param(query, "_count", DEFAULT_COUNT, MAX_COUNT)
    offset = _int_param(query, "_offset", 0, 10**9)
    queryset = spec.scoped(ctx.actor)
    predicates = []
    for name, values in query.items():
        param = spec.params.get(name)
        if param is None:
            continue
        for value in values:
            if param.sql is not None:
                queryset = param.sql(queryset, value)
            else:
                predicates.append((param.row, value))
    queryset = queryset.order_by(*_order(spec, query))
    if spec.related:
        queryset = queryset.select_related(*spec.related)
    if predicates:
        candidates = list(queryset[: scan_limit() + 1])
        if len(candidates) > scan_limit():
            raise FhirError(
                "This search would decrypt too many records; add name or identifier.",
                status=422,
                issue_code="too-costly",
            )
        matched = [r for r in candidates if all(p(r, v) for p, v in predicates)]
        total, rows = len(matched), matched[offset : offset + count]
        if spec.prefetch and rows:
            from django.db.models import prefetch_related_objects

            prefetch_related_objects(rows, *spec.prefetch)
    else:
        total = queryset.count()
        page_qs = queryset.prefetch_related(*spec.prefetch) if spec.prefetch else queryset
        rows = list(page_qs[offset : offset + count]) if count else []
    patient_ids = sorted({p for p in (_patient_of(spec, r) for r in rows) if p is not None})
    record_event(
        actor=ctx.user,
        action=AuditAction.SEARCH,
        entity_type=spec.type,
        patient_id=patient_ids[0] if len(patient_ids) == 1 else None,
        detail={
            "params": sorted(query),
            "total": total,
            "ids": [r.pk for r in rows][:100],
            "patient_ids": patient_ids[:100],
        },
    )
    return Page(
        rows,
        total,
        offset,
        count,
        versions.versions_for(spec.type, rows, fallback_attr=spec.last_updated_attr),
    )


def read(ctx: FhirContext, spec: ResourceSpec, resource_id: str) -> tuple[Any, Any]:
    """The row and its ``(version, last_updated)``; ``NotFound`` when out of scope."""
    ctx.require(spec.type, "read")
    row = scoped_row(ctx, spec, resource_id)
    record_event(
        actor=ctx.user,
        action=AuditAction.READ,
        entity_type=spec.type,
        entity_id=row.pk,
        patient_id=_patient_of(spec, row),
    )
    return row, versions.versions_for(spec.type, [row], fallback_attr=spec.last_updated_attr)[
        row.pk
    ]


def scoped_row(ctx: FhirContext, spec: ResourceSpec, resource_id: str) -> Any:
    if not resource_id.isdigit() or len(resource_id) > 18:
        raise NotFound(f"{spec.type}/{resource_id[:40]} is not known.")
    queryset = spec.scoped(ctx.actor).filter(pk=int(resource_id))
    if spec.related:
        queryset = queryset.select_related(*spec.related)
    if spec.prefetch:
        queryset = queryset.prefetch_related(*spec.prefetch)
    row = queryset.first()
    if row is None:
        raise NotFound(f"{spec.type}/{resource_id} is not known.")
    return row


# --- Slot: computed from availability rules, never stored -------------------------------


def _schedule_index(organization_id: int) -> list[Any]:
    from clinic.models import AvailabilityRule

    return list(
        AvailabilityRule.objects.filter(practitioner__organization_id=organization_id)
        .select_related("location")
        .order_by("pk")
    )


def schedule_for(slot: Any, rules: list[Any]) -> int | None:
    import zoneinfo

    for rule in rules:
        if rule.practitioner_id != slot.practitioner_id or rule.location_id != slot.location_id:
            continue
        local = slot.start.astimezone(zoneinfo.ZoneInfo(rule.location.timezone))
        if local.weekday() == rule.weekday and rule.start_time <= local.time() < rule.end_time:
            return rule.pk
    return None


def slot_search(
    ctx: FhirContext, query: dict[str, list[str]]
) -> tuple[list[Any], int, int, int, dict]:
    """Free slots. ``start`` bounds the window (default: the next 14 days)."""
    from clinic.selectors import free_slots

    ctx.require("Slot", "read")
    allowed = {"schedule", "start", "status", *CONTROL_PARAMS}
    unknown = sorted(set(query) - allowed)
    if unknown:
        raise InvalidInput(
            f"Unknown search parameter '{unknown[0]}' for Slot; supported: schedule, start, status."
        )
    if any(v != "free" for v in query.get("status", [])):
        return [], 0, 0, 0, {}
    start: datetime | None = None
    end: datetime | None = None
    for value in query.get("start", []):
        prefix, text = split_prefix(value)
        lo, hi = date_range(text, name="start")
        if prefix in ("ge", "gt", "sa", "eq"):
            bound = hi if prefix in ("gt", "sa") else lo
            start = bound if start is None else max(start, bound)
        if prefix in ("lt", "le", "eb", "eq"):
            bound = lo if prefix in ("lt", "eb") else hi
            end = bound if end is None else min(end, bound)
        if prefix == "ne":
            raise InvalidInput("Slot search does not support the 'ne' prefix on start.")
    start = max(start or timezone.now(), timezone.now())
    end = end or start + timedelta(days=14)
    rules = _schedule_index(ctx.actor.organization_id)
    practitioner_id = location_id = None
    for value in query.get("schedule", []):
        (rule_id,) = reference_ids(value, name="schedule", target="Schedule")[:1]
        rule = next((r for r in rules if r.pk == rule_id), None)
        if rule is None:
            return [], 0, 0, 0, {}
        practitioner_id, location_id = rule.practitioner_id, rule.location_id
    if end <= start:
        slots = []
    else:
        slots = free_slots(actor=ctx.user, start=start, end=end, practitioner_id=practitioner_id)
    if location_id is not None:
        slots = [s for s in slots if s.location_id == location_id]
    count = _int_param(query, "_count", DEFAULT_COUNT, MAX_COUNT)
    offset = _int_param(query, "_offset", 0, 10**9)
    schedules = {id(s): schedule_for(s, rules) for s in slots[offset : offset + count]}
    return slots[offset : offset + count], len(slots), offset, count, schedules


def slot_read(ctx: FhirContext, slot_id: str) -> tuple[Any, int | None]:
    from clinic.selectors import free_slots

    ctx.require("Slot", "read")
    practitioner, _, stamp = slot_id.partition("-")
    if not (practitioner.isdigit() and stamp.isdigit()) or len(stamp) > 12:
        raise NotFound("Slot is not known.")
    start = datetime.fromtimestamp(int(stamp), tz=UTC)
    try:
        slots = free_slots(
            actor=ctx.user,
            start=start,
            end=start + timedelta(minutes=1),
            practitioner_id=practitioner,
        )
    except NotFound:
        raise NotFound("Slot is not known.") from None
    for slot in slots:
        if slot.start == start:
            return slot, schedule_for(slot, _schedule_index(ctx.actor.organization_id))
    raise NotFound("Slot is not known or no longer free.")


# --- AuditEvent: auditor scope only -----------------------------------------------------


def _audit_scope(ctx: FhirContext) -> Any:
    """Events about this organization's patients or by its workforce and FHIR clients."""
    from clinic.fhir.models import FhirClient
    from clinic.models import Patient, StaffMember
    from compliance.models import AuditEvent

    org = ctx.client.organization_id
    patients = Patient.objects.filter(organization_id=org).values("pk")
    staff = StaffMember.objects.filter(organization_id=org).values("user_id")
    clients = FhirClient.objects.filter(organization_id=org).values("application__user_id")
    return AuditEvent.objects.filter(
        Q(patient_id__in=patients) | Q(actor_id__in=staff) | Q(actor_id__in=clients)
    )


def audit_search(ctx: FhirContext, query: dict[str, list[str]]) -> Page:
    ctx.require("AuditEvent", "read")
    allowed = {"patient", "date", "action", "_id", *CONTROL_PARAMS}
    unknown = sorted(set(query) - allowed)
    if unknown:
        raise InvalidInput(
            f"Unknown search parameter '{unknown[0]}' for AuditEvent; supported: _id, action, date, patient."
        )
    queryset = _audit_scope(ctx)
    for value in query.get("patient", []):
        queryset = queryset.filter(
            patient_id__in=reference_ids(value, name="patient", target="Patient")
        )
    for value in query.get("action", []):
        queryset = queryset.filter(action__in=value.split(","))
    for value in query.get("_id", []):
        ids = [int(v) for v in value.split(",") if v.isdigit()]
        queryset = queryset.filter(seq__in=ids)
    for value in query.get("date", []):
        from clinic.fhir.search import _bounds_q

        prefix, text = split_prefix(value)
        lo, hi = date_range(text, name="date")
        queryset = queryset.filter(_bounds_q("recorded_at", prefix, lo, hi))
    count = _int_param(query, "_count", DEFAULT_COUNT, MAX_COUNT)
    offset = _int_param(query, "_offset", 0, 10**9)
    queryset = queryset.order_by("-seq")
    total = queryset.count()
    rows = list(queryset[offset : offset + count]) if count else []
    record_event(
        actor=ctx.user,
        action=AuditAction.SEARCH,
        entity_type="AuditEvent",
        purpose="HOPERAT",
        detail={"params": sorted(query), "total": total},
    )
    return Page(rows, total, offset, count, {})


def audit_read(ctx: FhirContext, seq: str) -> Any:
    ctx.require("AuditEvent", "read")
    row = (
        _audit_scope(ctx).filter(seq=int(seq)).first() if seq.isdigit() and len(seq) < 19 else None
    )
    if row is None:
        raise NotFound("AuditEvent is not known.")
    record_event(
        actor=ctx.user,
        action=AuditAction.READ,
        entity_type="AuditEvent",
        entity_id=row.seq,
        purpose="HOPERAT",
    )
    return row
