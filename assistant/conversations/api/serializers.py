from __future__ import annotations

from rest_framework import serializers

from ..models import Conversation, HandoffRequest, Message


class ConversationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Conversation
        fields = ["id", "status", "emergency", "handoff", "created_at", "updated_at"]


class MessageInSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=2000, trim_whitespace=True)


class MessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Message
        fields = [
            "id",
            "role",
            "text",
            "intent",
            "citations",
            "actions",
            "emergency",
            "handoff",
            "degraded",
            "created_at",
        ]


class ReplySerializer(serializers.Serializer):
    message_id = serializers.IntegerField()
    conversation_id = serializers.IntegerField()
    text = serializers.CharField()
    intent = serializers.CharField()
    citations = serializers.ListField(child=serializers.DictField())
    actions = serializers.ListField(child=serializers.DictField())
    emergency = serializers.BooleanField()
    handoff = serializers.BooleanField()
    degraded = serializers.BooleanField()
    replaced = serializers.BooleanField()


class HandoffSerializer(serializers.ModelSerializer):
    conversation_id = serializers.IntegerField(read_only=True)

    class Meta:
        model = HandoffRequest
        fields = ["id", "conversation_id", "reason", "status", "summary", "created_at"]
