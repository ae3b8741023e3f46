"""Patient portal pages, mounted at the site root (config/urls.py)."""

from __future__ import annotations

from django.urls import path

from portal.views import access_log, appointments, auth, chat, knowledge, records, session

app_name = "portal"

urlpatterns = [
    path("", auth.home, name="home"),
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("session/keepalive/", session.keepalive, name="keepalive"),
    path("chat/", chat.chat, name="chat"),
    path("appointments/", appointments.appointment_list, name="appointments"),
    path(
        "appointments/<int:appointment_id>/cancel/",
        appointments.appointment_cancel,
        name="appointment-cancel",
    ),
    path(
        "appointments/<int:appointment_id>/reschedule/",
        appointments.appointment_reschedule,
        name="appointment-reschedule",
    ),
    path("records/", records.records, name="records"),
    path("records/labs/<str:code>/", records.lab_detail, name="lab-detail"),
    path("access-log/", access_log.access_log, name="access-log"),
    # No trailing slash: this is the form of the passages' citation urls (/kb/<slug>#anchor).
    path("kb/<slug:slug>", knowledge.kb_document, name="kb-document"),
]
