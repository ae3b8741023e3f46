"""Celery entry points of compliance. No arguments carry PHI (most take none)."""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from django.conf import settings
from django.core.mail import mail_admins, send_mail

from compliance.audit import audit_context, verify_chain

logger = logging.getLogger(__name__)


@shared_task(name="compliance.tasks.audit_verify_daily", time_limit=3600, soft_time_limit=3500)
def audit_verify_daily() -> dict[str, Any]:
    """Verify the audit chain (beat, daily) and alert on a break.

    The alert names the event's sequence number and id and the kind of break; the event holds
    references only, so neither alert nor log carries PHI. Safe to run twice.
    """
    with audit_context(source="celery", client_app="audit_verify_daily"):
        report = verify_chain()
    if report.ok:
        logger.info("audit chain verified", extra={"events": report.checked})
    else:
        logger.error(
            "audit chain broken",
            extra={"bad_seq": report.bad_seq, "bad_id": report.bad_id, "problem": report.problem},
        )
        subject = "Audit trail integrity check FAILED"
        recipients = list(getattr(settings, "AUDIT_ALERT_EMAILS", []))
        if recipients:
            send_mail(subject, report.describe(), None, recipients)
        else:
            mail_admins(subject, report.describe())
    return {"ok": report.ok, "checked": report.checked, "bad_seq": report.bad_seq}
