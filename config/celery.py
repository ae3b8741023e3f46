"""The Celery app. Configuration lives in settings (``CELERY_*``); see config/beat.py for the
periodic jobs. Tasks take ids, never PHI: their arguments sit in the broker and result store."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("clinic_assistant")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
