"""API bearer tokens that expire (45 CFR 164.312(a)(2)(iii) automatic logoff, (d) authentication).

A token is 32 random bytes (URL-safe base64) shown once; the database keeps only its SHA-256,
so a copy of the database cannot be replayed against the API. Tokens expire after
``API_TOKEN_TTL_SECONDS`` and can be revoked (``DELETE /api/auth/token``).
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.utils import timezone
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ExpiringTokenAuthentication(BaseAuthentication):
    """``Authorization: Bearer <token>``; invalid, revoked or expired tokens get 401."""

    keyword = b"bearer"

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword:
            return None
        if len(parts) != 2:
            raise AuthenticationFailed("Malformed Authorization header: use `Bearer <token>`.")
        try:
            token = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise AuthenticationFailed("Invalid or expired token.") from None
        from compliance.models import ApiToken

        row = (
            ApiToken.objects.select_related("user")
            .filter(token_hash=hash_token(token), revoked_at__isnull=True)
            .first()
        )
        if row is None or row.expires_at <= timezone.now() or not row.user.is_active:
            raise AuthenticationFailed("Invalid or expired token.")
        return row.user, row

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


def __getattr__(name: str) -> Any:
    # The token view lives in compliance/api.py: DRF loads authentication classes while
    # rest_framework.views is still importing, so this module must not import views.
    if name == "TokenView":
        from compliance.api import TokenView

        return TokenView
    raise AttributeError(name)
