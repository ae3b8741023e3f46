"""Admin for FHIR clients, allowed webhook origins, subscriptions and the dead letter queue."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages

from clinic.fhir import webhooks
from clinic.fhir.models import (
    BulkExportJob,
    FhirClient,
    Subscription,
    WebhookDelivery,
    WebhookOrigin,
)


@admin.register(FhirClient)
class FhirClientAdmin(admin.ModelAdmin):
    list_display = ("name", "organization", "allowed_scopes", "active", "created_at")
    list_filter = ("active", "organization")
    readonly_fields = ("application", "created_at")


@admin.register(WebhookOrigin)
class WebhookOriginAdmin(admin.ModelAdmin):
    list_display = ("origin", "organization")


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("id", "client", "resource_type", "endpoint", "status", "created_at")
    list_filter = ("status", "resource_type")
    exclude = ("secret",)


@admin.action(description="Replay selected dead-lettered deliveries")
def replay_deliveries(modeladmin: Any, request: Any, queryset: Any) -> None:
    count = webhooks.replay(
        actor=request.user, delivery_ids=list(queryset.values_list("pk", flat=True))
    )
    modeladmin.message_user(request, f"{count} deliveries queued again.", messages.SUCCESS)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "subscription",
        "resource_type",
        "resource_id",
        "event",
        "status",
        "attempts",
        "last_error",
        "next_attempt_at",
    )
    list_filter = ("status", "resource_type")
    actions = [replay_deliveries]
    readonly_fields = [f.name for f in WebhookDelivery._meta.fields]


@admin.register(BulkExportJob)
class BulkExportJobAdmin(admin.ModelAdmin):
    list_display = ("id", "client", "level", "status", "created_at", "expires_at")
    list_filter = ("status", "level")
    readonly_fields = [f.name for f in BulkExportJob._meta.fields]
