"""The audit trail: ``record_event`` appends to a keyed hash chain; ``verify_chain`` checks it.

Hash chain. Each event carries ``seq`` (1, 2, 3, ... with no gaps), ``prev_hash`` (the hash of
event ``seq - 1``, or 64 zeros for the first) and

    hash = HMAC-SHA256(AUDIT_HMAC_KEY, prev_hash || "\\n" || canonical_json(event))

where ``canonical_json`` is the key-sorted, compact JSON of every stored column except ``id``,
``prev_hash`` and ``hash`` (times as UTC ISO-8601 with microseconds). Editing an event breaks
its hash; deleting one leaves a gap in ``seq`` and a broken link; inserting one needs a hash
that only the key holder can compute. The key is not in the database, so someone with write
access to the database alone cannot re-forge the chain after a change.

Serialising appends. Two concurrent appends must not both read the same head. The single
``AuditChainHead`` row (pk=1) is the lock: on PostgreSQL ``SELECT ... FOR UPDATE`` holds it
until the *caller's* transaction commits; on SQLite the settings open every transaction with
``BEGIN IMMEDIATE``, which already serialises writers. Because the event is written inside
the caller's transaction, the record and the change it describes commit or roll back
together, and a rolled-back event never leaves a hole in the chain. The price is that audited
transactions run one at a time at the moment they append; keep them short.

Context. Source address, request id, user agent and client app come from a contextvar set by
``compliance.middleware.AuditContextMiddleware`` for requests, or by ``audit_context(...)`` in
Celery tasks and management commands.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.utils import timezone

from compliance.models import AuditChainHead, AuditEvent
from config.logging import request_id_var

GENESIS_HASH = "0" * 64
HEAD_PK = 1
MAX_DETAIL_BYTES = 4096
OUTCOMES = frozenset({"success", "failure", "denied"})


class AuditAction(models.TextChoices):
    CREATE = "create", "Create"
    READ = "read", "Read"
    UPDATE = "update", "Update"
    DELETE = "delete", "Delete"
    SEARCH = "search", "Search"
    LOGIN = "login", "Login"
    LOGOUT = "logout", "Logout"
    LOGIN_FAILURE = "login-failure", "Login failure"
    EXPORT = "export", "Export"
    REVEAL = "reveal", "Reveal"
    BREAK_GLASS = "break-glass", "Break glass"
    CHAT_TOOL_CALL = "chat-tool-call", "Chat tool call"


@dataclass(frozen=True)
class AuditContext:
    source: str = ""
    request_id: str = ""
    user_agent: str = ""
    client_app: str = ""


_EMPTY_CONTEXT = AuditContext()
_context_var: ContextVar[AuditContext | None] = ContextVar("audit_context", default=None)


def current_context() -> AuditContext:
    return _context_var.get() or _EMPTY_CONTEXT


@contextmanager
def audit_context(
    *, source: str, client_app: str = "", request_id: str = "", user_agent: str = ""
) -> Iterator[AuditContext]:
    """Set who/where for events recorded in a task or command, e.g.
    ``with audit_context(source="celery", client_app="reminders"): ...``."""
    ctx = AuditContext(
        source=source[:64],
        request_id=request_id[:64],
        user_agent=user_agent[:256],
        client_app=client_app[:64],
    )
    token = _context_var.set(ctx)
    try:
        yield ctx
    finally:
        _context_var.reset(token)


def set_request_context(ctx: AuditContext) -> Any:
    """Used by the middleware; returns the token to reset with ``reset_context``."""
    return _context_var.set(ctx)


def reset_context(token: Any) -> None:
    _context_var.reset(token)


@lru_cache(maxsize=4)
def _hmac_key(raw: str) -> bytes:
    try:
        key = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) < 16:
        raise ImproperlyConfigured("AUDIT_HMAC_KEY must be base64 of at least 16 random bytes.")
    return key


# The event's own fields, in the hash chain and in exports (recorded_at is formatted apart).
CHAINED_FIELDS = (
    "seq",
    "actor_id",
    "actor_role",
    "client_app",
    "action",
    "entity_type",
    "entity_id",
    "patient_id",
    "outcome",
    "purpose",
    "source",
    "request_id",
    "user_agent",
    "detail",
)


def canonical_payload(event: AuditEvent) -> bytes:
    data = {name: getattr(event, name) for name in CHAINED_FIELDS}
    data["recorded_at"] = event.recorded_at.astimezone(UTC).isoformat(timespec="microseconds")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def compute_hash(prev_hash: str, event: AuditEvent) -> str:
    message = prev_hash.encode("ascii") + b"\n" + canonical_payload(event)
    return hmac.new(_hmac_key(settings.AUDIT_HMAC_KEY), message, hashlib.sha256).hexdigest()


def actor_role(actor: Any) -> str:
    """The actor's role at the time: the clinic role if the request resolved one, else flags."""
    if actor is None:
        return "system"
    clinic_actor = getattr(actor, "_clinic_actor", None)
    role = getattr(clinic_actor, "role", None)
    if role:
        return str(role)
    if getattr(actor, "is_superuser", False):
        return "superuser"
    if getattr(actor, "is_staff", False):
        return "staff"
    return "user"


def _check_detail(detail: dict[str, Any] | None) -> dict[str, Any]:
    if detail is None:
        return {}
    if not isinstance(detail, dict):
        raise TypeError("audit detail must be a dict of references and codes")
    try:
        encoded = json.dumps(detail, sort_keys=True)
    except (TypeError, ValueError):
        raise TypeError("audit detail must be JSON-serialisable") from None
    if len(encoded) > MAX_DETAIL_BYTES:
        raise ValueError("audit detail is too large; it holds references and codes only")
    # Round-trip so the hash covers exactly what the database will return.
    return json.loads(encoded)


def _lock_head() -> AuditChainHead:
    head = AuditChainHead.objects.select_for_update().filter(pk=HEAD_PK).first()
    if head is None:
        # The seed row is created by migration 0002; a flushed test database lacks it.
        AuditChainHead.objects.get_or_create(
            pk=HEAD_PK, defaults={"last_seq": 0, "last_hash": GENESIS_HASH}
        )
        head = AuditChainHead.objects.select_for_update().get(pk=HEAD_PK)
    return head


def record_event(
    *,
    actor: Any,
    action: str,
    entity_type: str,
    entity_id: str | int | None = None,
    patient_id: int | None = None,
    outcome: str = "success",
    purpose: str = "TREAT",
    client_app: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain, inside the caller's transaction (see module docstring).

    ``detail`` holds references and codes only, never PHI values.
    """
    if action not in AuditAction.values:
        raise ValueError(f"unknown audit action {action!r}")
    if outcome not in OUTCOMES:
        raise ValueError(f"audit outcome must be one of {sorted(OUTCOMES)}")
    if not entity_type:
        raise ValueError("audit events need an entity_type")
    clean_detail = _check_detail(detail)
    ctx = current_context()
    if not ctx.request_id:
        request_id = request_id_var.get()
        ctx = replace(ctx, request_id="" if request_id == "-" else request_id)
    actor_id = getattr(actor, "pk", None) if actor is not None else None
    with transaction.atomic(savepoint=False):
        head = _lock_head()
        event = AuditEvent(
            seq=head.last_seq + 1,
            recorded_at=timezone.now(),
            actor_id=actor_id,
            actor_role=actor_role(actor)[:128],
            client_app=(client_app or ctx.client_app)[:64],
            action=str(action),
            entity_type=entity_type[:64],
            entity_id="" if entity_id is None else str(entity_id)[:64],
            patient_id=patient_id,
            outcome=outcome,
            purpose=purpose[:16],
            source=ctx.source[:64],
            request_id=ctx.request_id[:64],
            user_agent=ctx.user_agent[:256],
            detail=clean_detail,
            prev_hash=head.last_hash,
        )
        event.hash = compute_hash(head.last_hash, event)
        event.save(force_insert=True)
        AuditChainHead.objects.filter(pk=HEAD_PK).update(last_seq=event.seq, last_hash=event.hash)
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    bad_seq: int | None = None
    bad_id: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"audit chain intact: {self.checked} events verified"
        where = f"event #{self.bad_seq} (id {self.bad_id})" if self.bad_seq is not None else "end"
        return f"audit chain BROKEN at {where}: {self.problem} ({self.checked} verified before)"


def verify_chain(*, chunk_size: int = 2000) -> ChainReport:
    """Walk the whole chain in ``seq`` order and report the first event that does not fit."""
    prev_hash = GENESIS_HASH
    expected = 1
    checked = 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=chunk_size):
        problem = ""
        if event.seq != expected:
            problem = (
                f"sequence expected #{expected} but found #{event.seq}: "
                "events were deleted or inserted"
            )
        elif not hmac.compare_digest(event.prev_hash, prev_hash):
            problem = "does not link to the previous event (inserted or reordered)"
        elif not hmac.compare_digest(event.hash, compute_hash(prev_hash, event)):
            problem = "hash does not match its content (modified or forged)"
        if problem:
            return ChainReport(False, checked, event.seq, event.pk, problem)
        prev_hash = event.hash
        expected += 1
        checked += 1
    head = AuditChainHead.objects.filter(pk=HEAD_PK).first()
    if head is not None and (head.last_seq != checked or head.last_hash != prev_hash):
        return ChainReport(
            False,
            checked,
            None,
            None,
            f"the chain ends at #{checked} but its head records #{head.last_seq}: "
            "events at the end were deleted",
        )
    return ChainReport(True, checked)
