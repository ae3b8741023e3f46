"""Compliance API views: bearer tokens (``/api/auth/token``)."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate, user_logged_in, user_logged_out, user_login_failed
from django.db import transaction
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from compliance.authentication import ExpiringTokenAuthentication, hash_token
from compliance.backends import LOCKED_MESSAGE
from compliance.mfa import mfa_required, user_requires_mfa, verify_code
from compliance.models import ApiToken
from config.errors import DomainError, Forbidden

TOKEN_BYTES = 32


class Locked(DomainError):
    status_code = 429
    code = "locked"


class TokenRequestSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)
    otp_token = serializers.CharField(max_length=16, required=False, allow_blank=True)


@transaction.atomic
def api_token_issue(*, user: Any, request: Any) -> tuple[ApiToken, str]:
    """Create a token for a user who has just authenticated; audited as LOGIN (signal)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    now = timezone.now()
    row = ApiToken.objects.create(
        user=user,
        token_hash=hash_token(token),
        created_at=now,
        expires_at=now + timedelta(seconds=settings.API_TOKEN_TTL_SECONDS),
    )
    request._compliance_login_method = "api-token"
    user_logged_in.send(sender=user.__class__, request=request, user=user)
    return row, token


@transaction.atomic
def api_token_revoke(*, token: ApiToken, request: Any) -> None:
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    request._compliance_logout_reason = "token-revoked"
    user_logged_out.send(sender=token.user.__class__, request=request, user=token.user)


class TokenResponseSerializer(serializers.Serializer):
    token = serializers.CharField()
    token_type = serializers.CharField()
    expires_at = serializers.DateTimeField()


class TokenView(APIView):
    """POST: username + password (+ otp_token for staff) -> bearer token. DELETE: revoke."""

    authentication_classes = [ExpiringTokenAuthentication]

    def get_permissions(self) -> list[Any]:
        return [AllowAny()] if self.request.method == "POST" else [IsAuthenticated()]

    @extend_schema(request=TokenRequestSerializer, responses={201: TokenResponseSerializer})
    def post(self, request: Request) -> Response:
        data = TokenRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        http_request = request._request
        username = data.validated_data["username"]
        user = authenticate(
            request=http_request, username=username, password=data.validated_data["password"]
        )
        if getattr(http_request, "axes_locked_out", False):
            raise Locked(LOCKED_MESSAGE)
        if user is None:
            raise AuthenticationFailed("Invalid username or password.")
        needs_code = mfa_required() and user_requires_mfa(user)
        if needs_code and not verify_code(user, data.validated_data.get("otp_token", "")):
            user_login_failed.send(
                sender=__name__,
                credentials={"username": username},
                request=http_request,
                reason="mfa",
            )
            raise AuthenticationFailed("A valid one-time code (otp_token) is required.")
        row, token = api_token_issue(user=user, request=http_request)
        return Response(
            {"token": token, "token_type": "Bearer", "expires_at": row.expires_at.isoformat()},
            status=201,
        )

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request) -> Response:
        if not isinstance(request.auth, ApiToken):
            raise Forbidden("Only a bearer token can be revoked here.")
        api_token_revoke(token=request.auth, request=request._request)
        return Response(status=204)
