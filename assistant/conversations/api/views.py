"""The assistant's REST API: thin views over services.py and selectors.py.

``POST .../messages`` answers JSON, or server-sent events when the client's ``Accept`` names
``text/event-stream``: ``event: delta`` with ``{"text": ...}`` pieces, then one ``event: done``
with the same reply object the JSON answer has. Errors before the stream starts are ordinary
4xx JSON bodies (as an ``event: error`` when the client asked for events only).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIRequest
from django.http import StreamingHttpResponse
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from config.errors import error_body

from .. import selectors, services
from .serializers import (
    ConversationSerializer,
    HandoffSerializer,
    MessageInSerializer,
    MessageSerializer,
    ReplySerializer,
)

logger = logging.getLogger(__name__)


def sse(event: str, data: Any) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


class EventStreamRenderer(BaseRenderer):
    """Lets content negotiation accept ``text/event-stream``; renders errors as one event."""

    media_type = "text/event-stream"
    format = "sse"
    charset = "utf-8"

    def render(
        self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None
    ) -> bytes:
        return sse("error", data)


class ConversationListView(APIView):
    @extend_schema(responses=ConversationSerializer(many=True))
    def get(self, request: Request) -> Response:
        rows = selectors.conversations_for_patient(actor=request.user)
        return Response(ConversationSerializer(rows, many=True).data)

    @extend_schema(request=None, responses={201: ConversationSerializer})
    def post(self, request: Request) -> Response:
        conversation = services.conversation_create(patient_user=request.user)
        return Response(ConversationSerializer(conversation).data, status=status.HTTP_201_CREATED)


class MessageListView(APIView):
    renderer_classes = [JSONRenderer, EventStreamRenderer]

    @extend_schema(responses=MessageSerializer(many=True))
    def get(self, request: Request, conversation_id: int) -> Response:
        rows = selectors.conversation_messages(actor=request.user, conversation_id=conversation_id)
        return Response(MessageSerializer(rows, many=True).data)

    @extend_schema(request=MessageInSerializer, responses=ReplySerializer)
    def post(self, request: Request, conversation_id: int) -> Any:
        body = MessageInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        text = body.validated_data["text"]
        if "text/event-stream" in request.headers.get("Accept", ""):
            events = services.conversation_stream_message(
                actor=request.user, conversation_id=conversation_id, text=text
            )
            return _stream(request, events)
        reply = services.conversation_post_message(
            actor=request.user, conversation_id=conversation_id, text=text
        )
        return Response(ReplySerializer(reply.as_dict()).data)


def _encoded(events: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    try:
        for event in events:
            yield sse(event["event"], event["data"])
    except Exception:
        # The status line is already sent: say so in the stream, never leak the exception.
        logger.exception("assistant stream failed")
        yield sse("error", error_body("server_error", "Something went wrong; please try again."))


async def _async_encoded(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    """Under ASGI a sync iterator would be read to the end before sending: pull it one piece
    at a time in the request's thread instead, so events leave as they are produced."""
    sentinel = object()
    while True:
        chunk = await sync_to_async(next, thread_sensitive=True)(chunks, sentinel)
        if chunk is sentinel:
            return
        yield chunk


def _stream(request: Request, events: Iterator[dict[str, Any]]) -> StreamingHttpResponse:
    chunks = _encoded(events)
    content: Any = _async_encoded(chunks) if isinstance(request._request, ASGIRequest) else chunks
    response = StreamingHttpResponse(content, content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


class HandoffQueueView(APIView):
    @extend_schema(responses=HandoffSerializer(many=True))
    def get(self, request: Request) -> Response:
        rows = selectors.handoff_queue(actor=request.user)
        return Response(HandoffSerializer(rows, many=True).data)


class HandoffReplyView(APIView):
    @extend_schema(request=MessageInSerializer, responses={201: MessageSerializer})
    def post(self, request: Request, handoff_id: int) -> Response:
        body = MessageInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        message = services.handoff_reply(
            actor=request.user, handoff_id=handoff_id, text=body.validated_data["text"]
        )
        return Response(MessageSerializer(message).data, status=status.HTTP_201_CREATED)
