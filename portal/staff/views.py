"""The staff console: pages inside the Django admin (its login, its look, its ``is_staff``
gate). What each role may see is decided by the selectors and services called here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

from django.contrib import admin, messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from assistant.conversations import selectors as conversation_selectors
from assistant.conversations import services as conversation_services
from clinic import selectors as clinic_selectors
from clinic.roles import Role, actor_for
from compliance.audit import AuditAction
from config.errors import DomainError, Forbidden, InvalidInput
from portal.staff import selectors, services


def staff_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Admin login and ``is_staff`` first; a ``DomainError`` becomes an admin-styled page."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except DomainError as exc:
            return _render(
                request,
                "portal/staff/error.html",
                {"title": "Not available", "message": exc.message},
                status=exc.status_code,
            )

    return admin.site.admin_view(wrapped)


def _render(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    full = {**admin.site.each_context(request), "role": actor_for(request.user).role, **context}
    return render(request, template, full, status=status)


@staff_page
def index(request: HttpRequest) -> HttpResponse:
    return _render(request, "portal/staff/index.html", {"title": "Staff console"})


@staff_page
def handoff_list(request: HttpRequest) -> HttpResponse:
    queue = conversation_selectors.handoff_queue(actor=request.user)
    return _render(
        request, "portal/staff/handoffs.html", {"title": "Hand-off queue", "queue": queue}
    )


@staff_page
@require_http_methods(["GET", "POST"])
def handoff_detail(request: HttpRequest, handoff_id: int) -> HttpResponse:
    handoff = conversation_selectors.handoff_for_staff(actor=request.user, handoff_id=handoff_id)
    if request.method == "POST":
        try:
            conversation_services.handoff_reply(
                actor=request.user, handoff_id=handoff.pk, text=request.POST.get("text", "")
            )
        except InvalidInput as exc:
            messages.error(request, exc.message)
            return redirect("portal-staff:handoff", handoff_id=handoff.pk)
        messages.success(request, f"Your reply was sent (hand-off #{handoff.pk}).")
        return redirect("portal-staff:handoffs")
    transcript = conversation_selectors.conversation_messages(
        actor=request.user, conversation_id=handoff.conversation_id
    )
    context = {"title": f"Hand-off #{handoff.pk}", "handoff": handoff, "transcript": transcript}
    return _render(request, "portal/staff/handoff_detail.html", context)


@staff_page
def schedule(request: HttpRequest) -> HttpResponse:
    day = None
    if request.GET.get("day"):
        try:
            day = date.fromisoformat(request.GET["day"])
        except ValueError:
            raise InvalidInput("The day must be a date (YYYY-MM-DD).") from None
    days = selectors.schedule_for_day(actor=request.user, day=day)
    return _render(
        request, "portal/staff/schedule.html", {"title": "Today's schedule", "practitioners": days}
    )


@staff_page
def conversation_list(request: HttpRequest) -> HttpResponse:
    rows = selectors.conversations_for_review(actor=request.user)
    return _render(
        request, "portal/staff/conversations.html", {"title": "Conversation review", "rows": rows}
    )


@staff_page
@require_http_methods(["GET", "POST"])
def conversation_detail(request: HttpRequest, conversation_id: int) -> HttpResponse:
    conversation, masked = selectors.conversation_masked(
        actor=request.user, conversation_id=conversation_id
    )
    revealed = None
    if request.method == "POST":
        revealed = services.conversation_reveal(
            actor=request.user,
            conversation_id=conversation.pk,
            reason=request.POST.get("reason", ""),
        )
    context = {
        "title": f"Conversation #{conversation.pk}",
        "conversation": conversation,
        "masked": masked,
        "revealed": revealed,
        "reasons": services.RevealReason.choices,
    }
    return _render(request, "portal/staff/conversation_detail.html", context)


@staff_page
def audit_trail(request: HttpRequest) -> HttpResponse:
    fields = selectors.AuditFilters.__dataclass_fields__
    filters = selectors.AuditFilters(**{k: request.GET.get(k, "")[:64] for k in fields})
    events = selectors.audit_search(actor=request.user, filters=filters)
    page = Paginator(events, selectors.AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "title": "Audit trail",
        "filters": filters,
        "page": page,
        "query": query.urlencode(),
        "actions": AuditAction.choices,
        "outcomes": ["success", "failure", "denied"],
    }
    return _render(request, "portal/staff/audit_trail.html", context)


@staff_page
@require_http_methods(["GET", "POST"])
def break_glass(request: HttpRequest) -> HttpResponse:
    if actor_for(request.user).role != Role.CLINICIAN:
        raise Forbidden("Only clinicians can request emergency access.")
    if request.method == "POST":
        patient_id = request.POST.get("patient_id", "")
        try:
            grant = services.break_glass_by_id(
                actor=request.user, patient_id=patient_id, reason=request.POST.get("reason", "")
            )
        except InvalidInput as exc:
            messages.error(request, exc.message)
        else:
            messages.warning(
                request,
                f"Emergency access is open until {grant.expires_at:%H:%M} UTC. "
                "It has been recorded and the patient's clinic has been told.",
            )
            return redirect("portal-staff:patient-records", patient_id=grant.patient_id)
    return _render(request, "portal/staff/break_glass.html", {"title": "Emergency access"})


@staff_page
def patient_records(request: HttpRequest, patient_id: int) -> HttpResponse:
    """A clinician's read of one patient's clinical record (own organization, or under an
    active break-glass grant; the selectors decide and audit which)."""
    kwargs = {"actor": request.user, "patient_id": patient_id}
    context = {
        "title": f"Record of patient #{patient_id}",
        "patient_id": patient_id,
        "observations": clinic_selectors.observations_for_patient(**kwargs),
        "medications": clinic_selectors.medications_for_patient(**kwargs),
        "allergies": clinic_selectors.allergies_for_patient(**kwargs),
        "conditions": clinic_selectors.conditions_for_patient(**kwargs),
        "immunizations": clinic_selectors.immunizations_for_patient(**kwargs),
    }
    return _render(request, "portal/staff/patient_records.html", context)
