"""Staff console pages, mounted at /admin/console/ (config/urls.py), inside the admin."""

from __future__ import annotations

from django.urls import path

from portal.staff import views

app_name = "portal-staff"

urlpatterns = [
    path("", views.index, name="index"),
    path("handoffs/", views.handoff_list, name="handoffs"),
    path("handoffs/<int:handoff_id>/", views.handoff_detail, name="handoff"),
    path("schedule/", views.schedule, name="schedule"),
    path("conversations/", views.conversation_list, name="conversations"),
    path("conversations/<int:conversation_id>/", views.conversation_detail, name="conversation"),
    path("audit/", views.audit_trail, name="audit"),
    path("break-glass/", views.break_glass, name="break-glass"),
    path("patients/<int:patient_id>/records/", views.patient_records, name="patient-records"),
]
