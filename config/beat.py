"""The periodic jobs Celery beat runs. Task arguments are ids or nothing, never PHI."""

from __future__ import annotations

from typing import Any

BEAT_SCHEDULE: dict[str, dict[str, Any]] = {}

# Appointment reminders; safe to overlap (each reminder is claimed once, clinic/reminders.py).
BEAT_SCHEDULE["clinic-send-due-reminders"] = {
    "task": "clinic.send_due_reminders",
    "schedule": 300.0,
    "options": {"expires": 240},
}

# Audit trail integrity: verify the whole hash chain daily, alert on a break (compliance/tasks.py).
BEAT_SCHEDULE["compliance-audit-verify-daily"] = {
    "task": "compliance.tasks.audit_verify_daily",
    "schedule": 24 * 3600.0,
    "options": {"expires": 3600},
}

# FHIR webhooks: re-queue due retries and stuck claims (clinic/fhir/webhooks.py); expired
# bulk-export files are deleted hourly (clinic/fhir/bulk.py).
BEAT_SCHEDULE["fhir-sweep-webhooks"] = {
    "task": "clinic.fhir.tasks.sweep_webhooks",
    "schedule": 60.0,
    "options": {"expires": 55},
}
BEAT_SCHEDULE["fhir-expire-bulk-exports"] = {
    "task": "clinic.fhir.tasks.expire_bulk_exports",
    "schedule": 3600.0,
    "options": {"expires": 3000},
}
