"""The idle warning's "Stay signed in" button.

The idle clock itself is kept on the server (``SESSION_IDLE_TIMEOUT_SECONDS``, enforced by
the compliance session middleware): any signed-in request resets it, this one included. The
answer tells the page how long it now has, so the script's countdown follows the server.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from portal.access import LOGIN_URL
from portal.templatetags.portal_tags import idle_timeout_seconds


@never_cache
@require_POST
@login_required(login_url=LOGIN_URL)
def keepalive(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"remaining_seconds": idle_timeout_seconds()})
