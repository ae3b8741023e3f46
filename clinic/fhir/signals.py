"""Keep FHIR versions and subscriptions in step with every write to clinic rows.

``post_save`` fires for every write path that saves a model (services, admin, the
assistant), so versions cannot drift from the data and no change escapes a subscription.
Deliveries are written in the same transaction as the change (an outbox) and queued only
after it commits: a rolled-back change notifies no one, a committed one is never lost.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save

from clinic import models as m

VERSIONED = {
    m.Patient: "Patient",
    m.Practitioner: "Practitioner",
    m.Organization: "Organization",
    m.Location: "Location",
    m.AvailabilityRule: "Schedule",
    m.Appointment: "Appointment",
    m.Observation: "Observation",
    m.MedicationStatement: "MedicationStatement",
    m.AllergyIntolerance: "AllergyIntolerance",
    m.Condition: "Condition",
    m.Immunization: "Immunization",
}
SUBSCRIBABLE = {"Appointment", "Observation"}


def _on_save(sender: type, instance: Any, created: bool, raw: bool = False, **_: Any) -> None:
    if raw:  # loaddata
        return
    from clinic.fhir import versions, webhooks

    resource_type = VERSIONED[sender]
    versions.bump(resource_type, instance.pk, created=created)
    if resource_type in SUBSCRIBABLE:
        webhooks.enqueue_for_change(
            resource_type=resource_type, instance=instance, event="create" if created else "update"
        )


def connect() -> None:
    for model in VERSIONED:
        post_save.connect(_on_save, sender=model, dispatch_uid=f"fhir.version.{model.__name__}")
