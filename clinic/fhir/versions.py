"""``meta.versionId`` and ETags from ``ResourceVersion`` (see its docstring)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from clinic.fhir.models import ResourceVersion


def bump(resource_type: str, pk: int, *, created: bool) -> None:
    """Record a change of ``resource_type/pk``; runs inside the writer's transaction."""
    now = timezone.now()
    updated = ResourceVersion.objects.filter(resource_type=resource_type, resource_id=pk).update(
        version=F("version") + 1, last_updated=now
    )
    if updated:
        return
    try:
        with transaction.atomic():
            ResourceVersion.objects.create(
                resource_type=resource_type,
                resource_id=pk,
                version=1 if created else 2,
                last_updated=now,
            )
    except IntegrityError:  # a concurrent first change created it: count ours on top
        ResourceVersion.objects.filter(resource_type=resource_type, resource_id=pk).update(
            version=F("version") + 1, last_updated=now
        )


def versions_for(
    resource_type: str, rows: Iterable[Any], *, fallback_attr: str | None = None
) -> dict[int, tuple[int, datetime | None]]:
    """``{pk: (version, last_updated)}`` for ``rows`` in one query."""
    rows = list(rows)
    found = {
        rv.resource_id: (rv.version, rv.last_updated)
        for rv in ResourceVersion.objects.filter(
            resource_type=resource_type, resource_id__in=[r.pk for r in rows]
        )
    }
    result = {}
    for row in rows:
        fallback = getattr(row, fallback_attr, None) if fallback_attr else None
        result[row.pk] = found.get(row.pk, (1, fallback))
    return result


def current_version(resource_type: str, pk: int, *, lock: bool = False) -> int:
    queryset = ResourceVersion.objects.filter(resource_type=resource_type, resource_id=pk)
    if lock:
        queryset = queryset.select_for_update()
    row = queryset.values_list("version", flat=True).first()
    return row or 1


def etag(version: int) -> str:
    return f'W/"{version}"'


def parse_if_match(header: str) -> int | None:
    """The version an ``If-Match: W/"3"`` header names; None if it names none we issue."""
    value = header.strip()
    if value.startswith("W/"):
        value = value[2:]
    value = value.strip('"')
    return int(value) if value.isdigit() else None
