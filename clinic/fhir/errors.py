"""Every FHIR error is an OperationOutcome with the right status (and never PHI).

Services raise the project's ``DomainError`` subclasses; this module adds the FHIR-only
statuses (401, 406, 412, 415, 422) and turns any of them into an OperationOutcome.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from config.errors import DomainError

ISSUE_CODES = {
    400: "invalid",
    401: "login",
    403: "forbidden",
    404: "not-found",
    405: "not-supported",
    406: "not-supported",
    409: "conflict",
    410: "deleted",
    412: "conflict",
    413: "too-costly",
    415: "not-supported",
    422: "processing",
    429: "throttled",
    500: "exception",
    503: "transient",
}

_QUOTED = re.compile(r"('[^']*'|\"[^\"]*\")")


class FhirError(DomainError):
    """A FHIR-specific refusal with an explicit HTTP status and issue code."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        issue_code: str | None = None,
        issues: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status
        self.issue_code = issue_code or ISSUE_CODES.get(status, "processing")
        self.issues = issues


class Unauthorized(FhirError):
    def __init__(self, message: str) -> None:
        super().__init__(message, status=401, issue_code="login")


def outcome(
    status: int,
    diagnostics: str,
    *,
    issue_code: str | None = None,
    issues: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    from clinic.fhir.mappers import build

    code = issue_code or ISSUE_CODES.get(status, "processing")
    all_issues = issues or [{"severity": "error", "code": code, "diagnostics": diagnostics}]
    return build("OperationOutcome", {"issue": all_issues}).model_dump(
        mode="json", exclude_none=True
    )


def for_domain_error(exc: DomainError) -> tuple[int, dict[str, Any]]:
    status = exc.status_code
    code = getattr(exc, "issue_code", None)
    return status, outcome(
        status, exc.message, issue_code=code, issues=getattr(exc, "issues", None)
    )


def validation_issues(exc: ValidationError, *, prefix: str = "") -> list[dict[str, Any]]:
    """One issue per pydantic error: where (FHIRPath-like) and why, never the value given.

    Quoted fragments of messages are masked, since some validators quote the input.
    """
    issues = []
    for error in exc.errors()[:20]:
        location = ".".join(str(part) for part in error.get("loc", ()))
        message = _QUOTED.sub("'...'", str(error.get("msg", "invalid value")))
        issues.append(
            {
                "severity": "error",
                "code": "structure" if error.get("type") == "extra_forbidden" else "value",
                "diagnostics": f"{prefix}{location}: {message}" if location else message,
                "expression": [f"{prefix}{location}"] if location else None,
            }
        )
    return issues
