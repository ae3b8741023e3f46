"""Clinic settings with their defaults (override in config/settings.py or the environment)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings


def cancel_cutoff() -> timedelta:
    """How long before the start a patient may still cancel or reschedule online."""
    return timedelta(hours=getattr(settings, "CLINIC_CANCEL_CUTOFF_HOURS", 24))


def reminder_lead() -> timedelta:
    """How long before the start the reminder e-mail goes out."""
    return timedelta(hours=getattr(settings, "CLINIC_REMINDER_LEAD_HOURS", 24))


def max_slot_search_window() -> timedelta:
    """The longest date range one free-slot search may cover (keeps the computation bounded)."""
    return timedelta(days=getattr(settings, "CLINIC_MAX_SLOT_SEARCH_DAYS", 62))
