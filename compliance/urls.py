from __future__ import annotations

from django.urls import path

from compliance.api import TokenView
from compliance.middleware import session_status

app_name = "compliance"

urlpatterns = [
    path("auth/token", TokenView.as_view(), name="api-token"),
    path("session", session_status, name="session-status"),
]
