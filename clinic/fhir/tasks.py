"""Celery entry points of the FHIR API. Arguments are row ids only; each is safe to re-run."""

from __future__ import annotations

from celery import shared_task


@shared_task(ignore_result=True, time_limit=60, soft_time_limit=45)
def deliver_webhook(delivery_id: int) -> str:
    from clinic.fhir import webhooks

    return webhooks.deliver(delivery_id)


@shared_task(ignore_result=True, time_limit=120)
def sweep_webhooks() -> int:
    from clinic.fhir import webhooks

    return webhooks.sweep()


@shared_task(ignore_result=True, time_limit=1800, soft_time_limit=1700)
def bulk_export_run(job_id: int) -> str:
    from clinic.fhir import bulk

    return bulk.run(job_id)


@shared_task(ignore_result=True, time_limit=300)
def expire_bulk_exports() -> int:
    from clinic.fhir import bulk

    return bulk.expire()
