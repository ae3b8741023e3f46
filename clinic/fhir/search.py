"""FHIR search parameter parsing: dates with prefixes, tokens, references, strings.

Each parser returns a function ``QuerySet -> QuerySet`` (a SQL filter) or, for values that
live only in encrypted columns (Patient.birthdate), a Python predicate run on decrypted rows.
Bad values raise ``InvalidInput`` naming the parameter, never echoing the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.db.models import Q, QuerySet

from config.errors import InvalidInput

DATE_PREFIXES = ("eq", "ne", "gt", "lt", "ge", "le", "sa", "eb")
_DATE_RE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$"
)

SqlFilter = Callable[[QuerySet, str], QuerySet]
RowPredicate = Callable[[Any, str], bool]


@dataclass(frozen=True)
class Param:
    """One search parameter: its FHIR type and how to apply it."""

    name: str
    type: str  # token | string | date | reference
    sql: SqlFilter | None = None
    row: RowPredicate | None = None  # post-filter on decrypted rows (costly: scans)
    doc: str = ""


def split_prefix(value: str) -> tuple[str, str]:
    if len(value) > 2 and value[:2] in DATE_PREFIXES and value[2].isdigit():
        return value[:2], value[2:]
    if len(value) > 2 and value[:2].isalpha() and value[2:3].isdigit():
        raise InvalidInput(
            f"Date prefix '{value[:2]}' is not supported; use one of {', '.join(DATE_PREFIXES)}."
        )
    return "eq", value


def date_range(text: str, *, name: str) -> tuple[datetime, datetime]:
    """The half-open UTC interval a FHIR date value of any precision stands for."""
    match = _DATE_RE.match(text)
    if not match:
        raise InvalidInput(
            f"Search parameter '{name}' needs a FHIR date (YYYY[-MM[-DD[Thh:mm[:ss][Z]]]])."
        )
    year, month, dd, hh, mi, ss, tz = match.groups()
    try:
        if hh is not None:
            if tz is None:
                tz = "Z"
            start = datetime.fromisoformat(
                f"{year}-{month}-{dd}T{hh}:{mi}:{ss or '00'}{'+00:00' if tz == 'Z' else tz}"
            ).astimezone(UTC)
            end = start + (timedelta(seconds=1) if ss else timedelta(minutes=1))
        elif dd is not None:
            start = datetime(int(year), int(month), int(dd), tzinfo=UTC)
            end = start + timedelta(days=1)
        elif month is not None:
            start = datetime(int(year), int(month), 1, tzinfo=UTC)
            end = datetime(int(year) + (month == "12"), int(month) % 12 + 1, 1, tzinfo=UTC)
        else:
            start = datetime(int(year), 1, 1, tzinfo=UTC)
            end = datetime(int(year) + 1, 1, 1, tzinfo=UTC)
    except ValueError:
        raise InvalidInput(f"Search parameter '{name}' is not a valid date.") from None
    return start, end


def _bounds_q(field: str, prefix: str, start: Any, end: Any) -> Q:
    if prefix == "eq":
        return Q(**{f"{field}__gte": start, f"{field}__lt": end})
    if prefix == "ne":
        return ~Q(**{f"{field}__gte": start, f"{field}__lt": end})
    if prefix in ("gt", "sa"):
        return Q(**{f"{field}__gte": end})
    if prefix == "ge":
        return Q(**{f"{field}__gte": start})
    if prefix in ("lt", "eb"):
        return Q(**{f"{field}__lt": start})
    return Q(**{f"{field}__lt": end})  # le


def date_param(name: str, field: str, *, date_only: bool = False) -> Param:
    def apply(qs: QuerySet, value: str) -> QuerySet:
        prefix, text = split_prefix(value)
        start, end = date_range(text, name=name)
        if date_only:
            # A date column: [start, end) in whole days.
            s, e = start.date(), (end - timedelta(microseconds=1)).date() + timedelta(days=1)
            return qs.filter(_bounds_q(field, prefix, s, e))
        return qs.filter(_bounds_q(field, prefix, start, end))

    return Param(name, "date", sql=apply)


def date_predicate(name: str, attr: str) -> Param:
    """A date compared after decryption (encrypted columns cannot be filtered in SQL)."""

    def matches(row: Any, value: str) -> bool:
        prefix, text = split_prefix(value)
        start, end = date_range(text, name=name)
        s, e = start.date(), (end - timedelta(microseconds=1)).date() + timedelta(days=1)
        actual: date | None = getattr(row, attr)
        if actual is None:
            return False
        return {
            "eq": s <= actual < e,
            "ne": not (s <= actual < e),
            "gt": actual >= e,
            "sa": actual >= e,
            "ge": actual >= s,
            "lt": actual < s,
            "eb": actual < s,
            "le": actual < e,
        }[prefix]

    return Param(name, "date", row=matches)


def token_param(name: str, field: str, *, system_field: str | None = None) -> Param:
    """``code``, ``system|code``, ``|code``; commas mean OR."""

    def apply(qs: QuerySet, value: str) -> QuerySet:
        condition = Q()
        for part in value.split(","):
            if "|" in part and system_field:
                system, _, code = part.partition("|")
                q = Q(**{field: code}) if code else Q()
                if system:
                    q &= Q(**{system_field: system})
                condition |= q
            else:
                condition |= Q(**{field: part.rpartition("|")[2]})
        return qs.filter(condition)

    return Param(name, "token", sql=apply)


def reference_ids(value: str, *, name: str, target: str) -> list[int]:
    ids = []
    for part in value.split(","):
        text = part.rsplit("/", 1)[-1] if part.startswith(f"{target}/") or "/" not in part else ""
        if not text.isdigit():
            raise InvalidInput(f"Search parameter '{name}' must reference a {target} by id.")
        ids.append(int(text))
    return ids


def reference_param(name: str, field: str, target: str) -> Param:
    def apply(qs: QuerySet, value: str) -> QuerySet:
        return qs.filter(**{f"{field}__in": reference_ids(value, name=name, target=target)})

    return Param(name, "reference", sql=apply)


def id_param() -> Param:
    def apply(qs: QuerySet, value: str) -> QuerySet:
        ids = [v for v in value.split(",") if v]
        if not all(v.isdigit() and len(v) < 19 for v in ids):
            return qs.none()  # ids here are integers; any other id exists nowhere
        return qs.filter(pk__in=[int(v) for v in ids])

    return Param("_id", "token", sql=apply)


def contains_param(name: str, *fields: str) -> Param:
    """FHIR string search: case-insensitive "starts with" on any of ``fields`` (plain columns)."""

    def apply(qs: QuerySet, value: str) -> QuerySet:
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__istartswith": value})
        return qs.filter(condition)

    return Param(name, "string", sql=apply)


def patient_name_param() -> Param:
    """Name search on blind-index tokens: each word matches the start of a name part."""

    def apply(qs: QuerySet, value: str) -> QuerySet:
        from clinic.selectors.patients import patient_ids_with_name_tokens
        from compliance.blind_index import name_query_tokens

        hashes = name_query_tokens(value)
        if not hashes:
            raise InvalidInput("Search parameter 'name' needs at least two letters.")
        return qs.filter(pk__in=patient_ids_with_name_tokens(hashes))

    return Param("name", "string", sql=apply)


def patient_identifier_param() -> Param:
    """``system|value``: the MRN under the MRN system (or no system), else external ids."""

    def apply(qs: QuerySet, value: str) -> QuerySet:
        from clinic.fhir.mappers import mrn_system
        from clinic.models import PatientIdentifier
        from compliance.blind_index import blind_index

        system, _, ident = value.rpartition("|")
        if not ident:
            raise InvalidInput("Search parameter 'identifier' needs a value.")
        if not system or system == mrn_system():
            # Without a system only the MRN can be matched: external ids are indexed per system.
            return qs.filter(mrn_index=blind_index(ident, purpose="mrn"))
        owners = PatientIdentifier.objects.filter(
            system=system, value_index=blind_index(f"{system}|{ident}", purpose="external_id")
        ).values("patient_id")
        return qs.filter(pk__in=owners)

    return Param("identifier", "token", sql=apply)
