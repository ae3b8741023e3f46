"""The CapabilityStatement, generated from the registry so it says exactly what is served."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from clinic.fhir.mappers import build
from clinic.fhir.registry import SPECS

FHIR_VERSION = "4.3.0"  # R4B: validated with fhir.resources' R4B models; R4-compatible here


def _resource(spec: Any) -> dict[str, Any]:
    interactions = [{"code": code} for code in spec.interactions]
    entry: dict[str, Any] = {
        "type": spec.type,
        "interaction": interactions,
        "versioning": "versioned-update" if "update" in spec.interactions else "no-version",
        "readHistory": False,
        "updateCreate": False,
        "conditionalCreate": "create" in spec.interactions,
        "conditionalUpdate": False,
        "conditionalDelete": "not-supported",
        "searchParam": [
            {"name": p.name, "type": p.type}
            for p in sorted(spec.params.values(), key=lambda p: p.name)
        ],
    }
    if spec.sorts:
        entry["documentation"] = "_sort: " + ", ".join(sorted(spec.sorts))
    if spec.type == "Patient":
        entry["operation"] = [
            {
                "name": "export",
                "definition": "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export",
            }
        ]
    return entry


def capability_statement(base_url: str) -> Any:
    resources = [_resource(spec) for spec in SPECS.values()]
    resources.append(
        {
            "type": "AuditEvent",
            "interaction": [{"code": "read"}, {"code": "search-type"}],
            "documentation": "Only with the scope system/AuditEvent.read.",
            "searchParam": [
                {"name": "_id", "type": "token"},
                {"name": "action", "type": "token"},
                {"name": "date", "type": "date"},
                {"name": "patient", "type": "reference"},
            ],
        }
    )
    resources.append(
        {
            "type": "Subscription",
            "interaction": [{"code": "create"}, {"code": "read"}, {"code": "delete"}],
            "documentation": "rest-hook on Appointment or Observation; id-only notifications "
            "signed with X-Clinic-Signature: sha256=<HMAC of body>.",
        }
    )
    resources.append(
        {
            "type": "Group",
            "operation": [
                {
                    "name": "export",
                    "definition": "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export",
                }
            ],
            "documentation": "Group/<organization id> is the organization's patient panel; only $export.",
        }
    )
    return build(
        "CapabilityStatement",
        {
            "status": "active",
            "date": timezone.now().date().isoformat(),
            "publisher": "Clinic assistant",
            "kind": "instance",
            "implementation": {"description": "Clinic assistant FHIR API", "url": base_url},
            "fhirVersion": FHIR_VERSION,
            "format": ["application/fhir+json"],
            "rest": [
                {
                    "mode": "server",
                    "security": {
                        "cors": False,
                        "service": [
                            {
                                "coding": [
                                    {
                                        "system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                                        "code": "SMART-on-FHIR",
                                    }
                                ]
                            }
                        ],
                        "description": "OAuth2 client credentials (SMART Backend Services scopes "
                        "system/<Type|*>.<read|write|*>) at " + base_url + "/auth/token",
                        "extension": [
                            {
                                "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                                "extension": [
                                    {"url": "token", "valueUri": base_url + "/auth/token"}
                                ],
                            }
                        ],
                    },
                    "resource": resources,
                    "interaction": [{"code": "transaction"}, {"code": "batch"}],
                    "operation": [
                        {
                            "name": "export",
                            "definition": "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export",
                        }
                    ],
                }
            ],
        },
    )


def smart_configuration(base_url: str) -> dict[str, Any]:
    return {
        "token_endpoint": base_url + "/auth/token",
        "grant_types_supported": ["client_credentials"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "scopes_supported": ["system/*.read", "system/*.write", "system/AuditEvent.read"],
        "capabilities": ["client-confidential-symmetric"],
    }
