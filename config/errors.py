"""One domain error type for the whole app, and the DRF handler that turns it into a 4xx.

Services raise ``DomainError`` subclasses with messages written for the user. Messages must
never contain PHI: they name what went wrong ("slot is no longer free"), not whose data it was.
Anything unexpected becomes a generic 500 body with the request id, never the exception text.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions as drf_exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

from config.logging import request_id_var

logger = logging.getLogger(__name__)


class DomainError(Exception):
    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class InvalidInput(DomainError):
    status_code = 400
    code = "invalid"


class NotFound(DomainError):
    status_code = 404
    code = "not_found"


class Forbidden(DomainError):
    status_code = 403
    code = "forbidden"


class Conflict(DomainError):
    status_code = 409
    code = "conflict"


class Unavailable(DomainError):
    status_code = 503
    code = "unavailable"


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"error": {"code": code, "message": message}}
    if detail is not None:
        body["error"]["detail"] = detail
    body["error"]["request_id"] = request_id_var.get()
    return body


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DomainError):
        return Response(error_body(exc.code, exc.message), status=exc.status_code)
    if isinstance(exc, Http404):
        return Response(error_body("not_found", "Not found."), status=404)
    if isinstance(exc, DjangoPermissionDenied):
        return Response(error_body("forbidden", "You do not have access to this."), status=403)
    response = exception_handler(exc, context)
    if response is not None:
        if isinstance(exc, drf_exceptions.ValidationError):
            response.data = error_body("invalid", "The request is not valid.", response.data)
        else:
            code = getattr(exc, "default_code", "error")
            detail = getattr(exc, "detail", "")
            response.data = error_body(str(code), str(detail))
        return response
    logger.exception("unhandled error in API view")
    return Response(
        error_body("server_error", "Something went wrong on our side; it has been logged."),
        status=500,
    )
