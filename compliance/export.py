"""Audit trail export: JSON lines for a SIEM, or a FHIR R4 AuditEvent bundle.

Both carry references only (ids, codes, addresses), exactly what the events hold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from compliance.audit import CHAINED_FIELDS
from compliance.models import AuditEvent

_FHIR_ACTION = {
    "create": "C",
    "read": "R",
    "reveal": "R",
    "break-glass": "R",
    "update": "U",
    "delete": "D",
}
_FHIR_OUTCOME = {"success": "0", "failure": "4", "denied": "4"}
_DCM = "http://dicom.nema.org/resources/ontology/DCM"
_EVENT_TYPE = {
    "login": (_DCM, "110114", "User Authentication"),
    "logout": (_DCM, "110114", "User Authentication"),
    "login-failure": (_DCM, "110114", "User Authentication"),
    "export": (_DCM, "110106", "Export"),
    "break-glass": (_DCM, "110113", "Security Alert"),
}
_REST = ("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation")


def event_as_dict(event: AuditEvent) -> dict[str, Any]:
    data = {name: getattr(event, name) for name in CHAINED_FIELDS}
    data["recorded_at"] = event.recorded_at.isoformat()
    return data | {"hash": event.hash, "prev_hash": event.prev_hash}


def jsonl_lines(events: Iterable[AuditEvent]) -> Iterator[str]:
    for event in events:
        yield json.dumps(event_as_dict(event), sort_keys=True, ensure_ascii=False) + "\n"


def event_as_fhir(event: AuditEvent) -> dict[str, Any]:
    system, code, display = _EVENT_TYPE.get(event.action, _REST)
    agent: dict[str, Any] = {
        "type": {"text": event.actor_role or "system"},
        "requestor": event.actor_id is not None,
    }
    if event.actor_id is not None:
        agent["who"] = {
            "identifier": {"system": "urn:clinic-assistant:user", "value": str(event.actor_id)}
        }
    else:
        agent["who"] = {"display": "system"}
    if event.source:
        agent["network"] = {"address": event.source, "type": "2"}
    if event.client_app:
        agent["altId"] = event.client_app
    entities: list[dict[str, Any]] = []
    if event.entity_type:
        what = f"{event.entity_type}/{event.entity_id}" if event.entity_id else event.entity_type
        entities.append({"what": {"reference": what} if event.entity_id else {"display": what}})
    if event.patient_id is not None:
        entities.append(
            {
                "what": {"reference": f"Patient/{event.patient_id}"},
                "role": {
                    "system": "http://terminology.hl7.org/CodeSystem/object-role",
                    "code": "1",
                    "display": "Patient",
                },
            }
        )
    resource: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "id": str(event.seq),
        "type": {"system": system, "code": code, "display": display},
        "subtype": [{"system": "urn:clinic-assistant:audit-action", "code": event.action}],
        "action": _FHIR_ACTION.get(event.action, "E"),
        "recorded": event.recorded_at.isoformat(),
        "outcome": _FHIR_OUTCOME.get(event.outcome, "4"),
        "purposeOfEvent": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                        "code": event.purpose,
                    }
                ]
            }
        ],
        "agent": [agent],
        "source": {
            "observer": {"display": "clinic-assistant"},
            "type": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/security-source-type",
                    "code": "4",
                    "display": "Application Server",
                }
            ],
        },
    }
    if entities:
        resource["entity"] = entities
    if event.request_id:
        resource["extension"] = [
            {"url": "urn:clinic-assistant:request-id", "valueString": event.request_id}
        ]
    return resource


def fhir_bundle(events: Iterable[AuditEvent]) -> dict[str, Any]:
    entries = [{"resource": event_as_fhir(e)} for e in events]
    return {"resourceType": "Bundle", "type": "collection", "total": len(entries), "entry": entries}
