"""The chat page. The page is rendered here; the conversation itself runs through the
assistant's REST API (``/api/assistant/``), which the page's script calls and whose SSE
stream it reads, so the portal and any other client share one code path."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from assistant.conversations import selectors as conversation_selectors
from assistant.conversations.models import ConversationStatus
from portal.access import patient_required


def _api_urls() -> dict[str, str]:
    """The API endpoints the script calls; ``0`` stands for the conversation id."""
    return {
        "create": reverse("assistant_api:conversations"),
        "messages": reverse("assistant_api:messages", args=[0]),
    }


@patient_required
def chat(request: HttpRequest) -> HttpResponse:
    conversations = conversation_selectors.conversations_for_patient(actor=request.user)
    current = next((c for c in conversations if c.status != ConversationStatus.CLOSED), None)
    messages = (
        conversation_selectors.conversation_messages(actor=request.user, conversation_id=current.pk)
        if current is not None
        else []
    )
    context = {
        "conversation": current,
        "chat_messages": messages,
        "emergency": any(m.emergency for m in messages),
        "api": _api_urls(),
    }
    return render(request, "portal/chat.html", context)
