"""Celery entry points. Arguments are ids or nothing, never PHI; the work is in
``clinic.reminders`` (safe to run twice, see its docstring)."""

from __future__ import annotations

from celery import shared_task

from clinic import reminders


@shared_task(name="clinic.send_due_reminders", time_limit=240, soft_time_limit=200)
def send_due_reminders() -> int:
    return reminders.send_due_reminders()


@shared_task(
    name="clinic.send_appointment_reminder",
    autoretry_for=(ConnectionError,),
    retry_backoff=True,
    max_retries=5,
    time_limit=60,
)
def send_appointment_reminder(appointment_id: int) -> bool:
    return reminders.send_reminder(int(appointment_id))
