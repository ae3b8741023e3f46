"""Bearer tokens from django-oauth-toolkit's client-credentials flow -> a ``FhirContext``.

The token endpoint is django-oauth-toolkit's (``/fhir/auth/token``). Here a request's token
is looked up by its SHA-256 checksum (how DOT stores it), must be unexpired and belong to an
active ``FhirClient``; the context then carries the client, its service account (the actor
of every clinic service and selector call) and the token's scopes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.http import HttpRequest
from oauth2_provider.models import get_access_token_model

from clinic.fhir import scopes as smart
from clinic.fhir.errors import FhirError, Unauthorized
from clinic.fhir.models import FhirClient
from clinic.roles import Actor, actor_for


@dataclass(frozen=True)
class FhirContext:
    client: FhirClient
    user: object
    actor: Actor
    scopes: frozenset[str]
    base_url: str

    @property
    def audit_client(self) -> str:
        return f"fhir:{self.client.application.client_id}"[:64]

    def require(self, resource_type: str, access: str) -> None:
        """Refuse unless the token's scopes allow ``access`` on ``resource_type``."""
        if not smart.allows(self.scopes, resource_type, access):
            raise FhirError(
                f"The access token lacks the scope system/{resource_type}.{access}.",
                status=403,
                issue_code="forbidden",
            )


def base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/fhir").rstrip("/")


def authenticate(request: HttpRequest) -> FhirContext:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("A bearer access token is required (OAuth2 client credentials).")
    checksum = hashlib.sha256(token.strip().encode("utf-8")).hexdigest()
    access = (
        get_access_token_model()
        .objects.select_related("application__fhir_client", "application__user")
        .filter(token_checksum=checksum)
        .first()
    )
    if access is None or access.is_expired():
        raise Unauthorized("The access token is invalid or has expired.")
    client = getattr(access.application, "fhir_client", None) if access.application else None
    # Client-credentials tokens carry no user; the client's service account is the actor.
    user = access.application.user if client is not None else None
    if client is None or not client.active or user is None or not user.is_active:
        raise Unauthorized("The access token does not belong to an active FHIR client.")
    actor = actor_for(user)
    if actor.organization_id != client.organization_id:
        # The service account must act inside the client's organization, nowhere else.
        raise Unauthorized("The FHIR client's service account is not set up for its organization.")
    granted = frozenset(access.scope.split()) & frozenset(smart.expand(client.scope_set))
    return FhirContext(
        client=client, user=user, actor=actor, scopes=granted, base_url=base_url(request)
    )
