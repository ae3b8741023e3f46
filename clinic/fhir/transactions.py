"""``POST /fhir`` with a transaction or batch Bundle.

transaction: every entry in one database transaction; the first failure rolls all back and
the answer is that entry's OperationOutcome (with its index). batch: each entry on its own.
Entries may reference each other by ``urn:uuid:`` fullUrl (an Appointment for a Patient
created in the same Bundle); those references are rewritten to the ids assigned as entries
are processed (POSTs before PUTs, as FHIR orders them).
"""

from __future__ import annotations

import json
from typing import Any

from django.db import transaction

from clinic.fhir import services, versions
from clinic.fhir.auth import FhirContext
from clinic.fhir.errors import FhirError, for_domain_error
from clinic.fhir.mappers import build
from clinic.fhir.registry import spec_for
from config.errors import DomainError, InvalidInput

MAX_ENTRIES = 500


def _rewrite(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {
            k: (ids.get(v, v) if k == "reference" and isinstance(v, str) else _rewrite(v, ids))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_rewrite(v, ids) for v in value]
    return value


def _entries(body: bytes) -> tuple[str, list[dict[str, Any]]]:
    try:
        data = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("The body is not valid JSON.") from None
    services.parse_resource(data, "Bundle")  # validates the envelope and every resource
    kind = data.get("type")
    if kind not in ("transaction", "batch"):
        raise InvalidInput("POST to the base URL takes a Bundle of type transaction or batch.")
    entries = data.get("entry") or []
    if len(entries) > MAX_ENTRIES:
        raise FhirError(f"A Bundle may hold at most {MAX_ENTRIES} entries.", status=413)
    return kind, entries


def _one(ctx: FhirContext, entry: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    request = entry.get("request") or {}
    method, url = request.get("method"), (request.get("url") or "").strip("/")
    resource = _rewrite(entry.get("resource"), ids)
    resource_type, _, resource_id = url.partition("/")
    if method == "POST" and not resource_id:
        result = services.create(
            ctx, resource_type, resource, if_none_exist=request.get("ifNoneExist") or ""
        )
        status = "201 Created" if result.created else "200 OK"
    elif method == "PUT" and resource_id:
        result = services.update(
            ctx, resource_type, resource_id, resource, if_match=request.get("ifMatch") or ""
        )
        status = "200 OK"
    else:
        raise InvalidInput("Bundle entries may POST to a type or PUT to Type/id.")
    spec = spec_for(resource_type)
    version = versions.versions_for(
        resource_type, [result.row], fallback_attr=spec.last_updated_attr
    )[result.row.pk]
    location = f"{resource_type}/{result.row.pk}"
    if entry.get("fullUrl"):
        ids[entry["fullUrl"]] = location
    return {
        "response": {
            "status": status,
            "location": f"{location}/_history/{version[0]}",
            "etag": versions.etag(version[0]),
        }
    }


def _ordered(entries: list[dict[str, Any]]) -> list[int]:
    rank = {"POST": 0, "PUT": 1}
    return sorted(
        range(len(entries)),
        key=lambda i: rank.get((entries[i].get("request") or {}).get("method"), 2),
    )


def process(ctx: FhirContext, body: bytes) -> Any:
    kind, entries = _entries(body)
    ids: dict[str, str] = {}
    responses: list[dict[str, Any]] = [{} for _ in entries]
    if kind == "transaction":
        with transaction.atomic():
            for index in _ordered(entries):
                try:
                    responses[index] = _one(ctx, entries[index], ids)
                except DomainError as exc:
                    exc.message = f"Bundle.entry[{index}]: {exc.message}"
                    raise
        return build("Bundle", {"type": "transaction-response", "entry": responses})
    for index in _ordered(entries):
        try:
            with transaction.atomic():
                responses[index] = _one(ctx, entries[index], ids)
        except DomainError as exc:
            status, outcome = for_domain_error(exc)
            responses[index] = {"response": {"status": str(status), "outcome": outcome}}
    return build("Bundle", {"type": "batch-response", "entry": responses})
