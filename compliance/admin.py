"""Read-only audit trail in the admin, for users with ``compliance.view_auditevent``
(the "Auditors" group). Nothing here can add, change or delete an event."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from compliance.models import AuditEvent, DataKey, KeyRotation


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = (
        "seq",
        "recorded_at",
        "action",
        "outcome",
        "actor_id",
        "actor_role",
        "entity_type",
        "entity_id",
        "patient_id",
        "purpose",
        "source",
    )
    list_filter = ("action", "outcome", "purpose", "client_app", "recorded_at")
    search_fields = ("=entity_id", "=patient_id", "=actor__id", "=request_id", "=source")
    date_hierarchy = "recorded_at"
    ordering = ("-seq",)
    show_full_result_count = False


@admin.register(DataKey)
class DataKeyAdmin(ReadOnlyAdmin):
    list_display = ("key_id", "master_key_id", "state", "created_at", "retired_at")
    exclude = ("wrapped_key",)


@admin.register(KeyRotation)
class KeyRotationAdmin(ReadOnlyAdmin):
    list_display = ("pk", "target_key", "state", "values_rewritten", "started_at", "finished_at")
