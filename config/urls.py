from __future__ import annotations

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from config import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # The staff console lives inside the admin; it must come before the admin's catch-all.
    path("admin/console/", include("portal.staff.urls")),
    path("admin/", admin.site.urls),
    # EHR integration (clinic/fhir): FHIR R4 with OAuth2 client credentials.
    path("fhir/", include("clinic.fhir.urls")),
    # OpenAPI document of the non-FHIR REST API.
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/", include("compliance.urls")),
    path("api/assistant/", include("assistant.conversations.api.urls")),
    # The patient portal, at the site root: keep it last.
    path("", include("portal.urls")),
]
