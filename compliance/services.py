"""Writes owned by compliance. Each writes its audit event in the same transaction."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction

from compliance.audit import AuditAction, record_event
from compliance.models import Disclosure
from config.errors import InvalidInput

DISCLOSURE_PURPOSES = frozenset({"PUBHLTH", "HLEGAL", "HRESCH", "LAW", "TREAT", "HPAYMT", "PATRQT"})


@transaction.atomic
def disclosure_record(
    *,
    actor: Any,
    patient_id: int,
    recipient: str,
    disclosed_on: datetime.date,
    purpose: str,
    description: str = "",
    items: list[dict[str, Any]] | None = None,
) -> Disclosure:
    """Record a disclosure to a third party, for the patient's accounting of disclosures."""
    recipient = (recipient or "").strip()
    if not recipient:
        raise InvalidInput("Name the recipient of the disclosure.")
    if purpose not in DISCLOSURE_PURPOSES:
        raise InvalidInput(f"The purpose must be one of {', '.join(sorted(DISCLOSURE_PURPOSES))}.")
    if not isinstance(disclosed_on, datetime.date):
        raise InvalidInput("The disclosure date must be a date.")
    disclosure = Disclosure.objects.create(
        patient_id=patient_id,
        recorded_by=actor,
        recipient=recipient,
        disclosed_on=disclosed_on,
        purpose=purpose,
        description=description,
        items=items or [],
    )
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="Disclosure",
        entity_id=disclosure.pk,
        patient_id=patient_id,
        purpose=purpose,
    )
    return disclosure
