"""Registering an EHR system as a FHIR client (admin and management command use this)."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from oauth2_provider.models import get_application_model

from clinic.fhir import scopes as smart
from clinic.fhir.models import FhirClient
from clinic.models import StaffMember, StaffRole
from compliance.audit import AuditAction, record_event
from config.errors import InvalidInput


@transaction.atomic
def fhir_client_create(
    *, actor: Any, organization_id: int, name: str, scopes: list[str] | str
) -> tuple[FhirClient, str]:
    """Create the OAuth2 client, its service account and the FhirClient row.

    Returns the client and its secret, which is shown once: django-oauth-toolkit stores only
    a hash. The service account is a clinician of the organization (the role the clinic
    allows to read and record clinical data); the scopes narrow it per resource type. It has
    no usable password, so nobody can sign in as it.
    """
    scope_list = scopes.split() if isinstance(scopes, str) else list(scopes)
    bad = [s for s in scope_list if smart.parse(s) is None]
    if bad or not scope_list:
        raise InvalidInput("Scopes must look like system/Patient.read or system/*.read.")
    name = name.strip()[:200]
    if not name:
        raise InvalidInput("Give the client a name.")
    suffix = secrets.token_hex(6)
    user = get_user_model().objects.create_user(username=f"fhir-client-{suffix}", password=None)
    StaffMember.objects.create(user=user, organization_id=organization_id, role=StaffRole.CLINICIAN)
    secret = secrets.token_urlsafe(32)
    application = get_application_model().objects.create(
        name=name,
        user=user,
        client_type="confidential",
        authorization_grant_type="client-credentials",
        client_secret=secret,
    )
    client = FhirClient.objects.create(
        application=application,
        organization_id=organization_id,
        name=name,
        allowed_scopes=" ".join(sorted(set(scope_list))),
    )
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="FhirClient",
        entity_id=client.pk,
        detail={"scopes": sorted(set(scope_list))},
    )
    return client, secret
