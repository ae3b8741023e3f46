from __future__ import annotations

from django.urls import path

from . import views

app_name = "assistant_api"

urlpatterns = [
    path("conversations", views.ConversationListView.as_view(), name="conversations"),
    path(
        "conversations/<int:conversation_id>/messages",
        views.MessageListView.as_view(),
        name="messages",
    ),
    path("handoffs", views.HandoffQueueView.as_view(), name="handoffs"),
    path("handoffs/<int:handoff_id>/reply", views.HandoffReplyView.as_view(), name="handoff-reply"),
]
