"""SMART Backend Services scopes (v1 syntax): ``system/<Type|*>.<read|write|*>``.

``read`` allows read, search and ``$export`` of the type; ``write`` allows create and update.
The wildcard type ``*`` covers every served resource type except ``AuditEvent``: the audit
trail is for auditors, so only an explicit ``system/AuditEvent.read`` opens it (minimum
necessary: a scheduling integration asking for ``system/*.read`` must not see who looked at
which record).

``SmartScopes`` is django-oauth-toolkit's scopes backend: a client may ask for any scope its
``FhirClient.allowed_scopes`` implies (``system/Patient.read`` under ``system/*.read``) and
gets all of them when it asks for none.
"""

from __future__ import annotations

from typing import Any

from oauth2_provider.scopes import BaseScopes

READ = "read"
WRITE = "write"
AUDIT_TYPE = "AuditEvent"


def _types() -> list[str]:
    from clinic.fhir.registry import SCOPED_TYPES

    return SCOPED_TYPES


def parse(scope: str) -> tuple[str, str] | None:
    """``("Patient", "read")`` for ``system/Patient.read``; None for anything else."""
    if not scope.startswith("system/") or "." not in scope:
        return None
    resource, _, access = scope[len("system/") :].rpartition(".")
    if access not in (READ, WRITE, "*") or not resource:
        return None
    if resource != "*" and resource not in _types():
        return None
    return resource, access


def allows(scopes: set[str] | frozenset[str], resource_type: str, access: str) -> bool:
    """Whether a token's scopes allow ``access`` (read|write) on ``resource_type``."""
    candidates = {f"system/{resource_type}.{access}", f"system/{resource_type}.*"}
    if resource_type != AUDIT_TYPE:
        candidates |= {f"system/*.{access}", "system/*.*"}
    return bool(candidates & scopes)


def expand(scopes: set[str]) -> set[str]:
    """Every scope implied by ``scopes`` (itself included), for the token endpoint."""
    result: set[str] = set()
    for scope in scopes:
        parsed = parse(scope)
        if parsed is None:
            continue
        result.add(scope)
        resource, access = parsed
        types = [t for t in _types() if t != AUDIT_TYPE] if resource == "*" else [resource]
        accesses = [READ, WRITE] if access == "*" else [access]
        for t in types:
            for a in accesses:
                result.add(f"system/{t}.{a}")
            if access == "*":
                result.add(f"system/{t}.*")
        if resource == "*":
            result.update(f"system/*.{a}" for a in accesses)
    return result


class SmartScopes(BaseScopes):
    def get_all_scopes(self) -> dict[str, str]:
        names = [*_types(), "*"]
        return {f"system/{t}.{a}": f"{a} access to {t}" for t in names for a in (READ, WRITE, "*")}

    def get_available_scopes(
        self, application: Any = None, request: Any = None, *args: Any, **kwargs: Any
    ) -> list[str]:
        client = _client_of(application)
        if client is None or not client.active:
            return []
        return sorted(expand(client.scope_set))

    def get_default_scopes(
        self, application: Any = None, request: Any = None, *args: Any, **kwargs: Any
    ) -> list[str]:
        client = _client_of(application)
        if client is None or not client.active:
            return []
        return sorted(s for s in client.scope_set if parse(s) is not None)


def _client_of(application: Any) -> Any:
    if application is None:
        return None
    from clinic.fhir.models import FhirClient

    return FhirClient.objects.filter(application=application).first()
