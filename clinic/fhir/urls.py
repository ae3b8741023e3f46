"""Mounted at /fhir/ by config/urls.py."""

from __future__ import annotations

from django.urls import path, re_path
from oauth2_provider.views import TokenView

from clinic.fhir import views as v

ANY = ("GET", "POST", "PUT", "DELETE")
TYPE = r"(?P<resource_type>[A-Z][A-Za-z]{1,40})"
ID = r"(?P<resource_id>[A-Za-z0-9\-.]{1,64})"

app_name = "fhir"
urlpatterns = [
    path("metadata", v.fhir_view(v.metadata, methods=("GET",), public=True), name="metadata"),
    path(
        ".well-known/smart-configuration",
        v.fhir_view(v.smart_configuration, methods=("GET",), public=True),
        name="smart-configuration",
    ),
    path("auth/token", TokenView.as_view(), name="token"),
    path("", v.fhir_view(v.root, methods=("POST",)), name="root"),
    path("$export", v.fhir_view(v.export_system, methods=("GET", "POST")), name="export"),
    path(
        "Patient/$export",
        v.fhir_view(v.export_patient, methods=("GET", "POST")),
        name="export-patient",
    ),
    re_path(
        r"^Group/(?P<group_id>[0-9]{1,18})/\$export$",
        v.fhir_view(v.export_group, methods=("GET", "POST")),
        name="export-group",
    ),
    re_path(
        r"^\$export-poll-status/(?P<job_id>[0-9]{1,18})$",
        v.fhir_view(v.export_status, methods=("GET", "DELETE")),
        name="export-status",
    ),
    re_path(
        r"^\$export-file/(?P<file_id>[0-9]{1,18})$",
        v.fhir_view(v.export_file, methods=("GET",)),
        name="export-file",
    ),
    re_path(
        rf"^{TYPE}/_search$", v.fhir_view(v.search_post, methods=("POST",)), name="search-post"
    ),
    re_path(
        rf"^{TYPE}/{ID}/_history/(?P<version_id>[0-9]{{1,9}})$",
        v.fhir_view(v.history_read, methods=("GET",)),
        name="vread",
    ),
    re_path(rf"^{TYPE}/{ID}$", v.fhir_view(v.instance_endpoint, methods=ANY), name="instance"),
    re_path(rf"^{TYPE}$", v.fhir_view(v.type_endpoint, methods=("GET", "POST")), name="type"),
]
