"""Upcoming appointments, with cancel and reschedule behind a confirmation step. (Booking
happens in the chat: the assistant's dialogue offers the slots and asks for confirmation.)

Each write is one ``clinic.services`` call (which checks scope and the cut-off and writes the
audit event); the view only turns its answer into a page or a redirect with a message.
"""

from __future__ import annotations

import zoneinfo
from collections import OrderedDict
from datetime import datetime, timedelta

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_http_methods

from clinic import selectors, services
from clinic.models import Location
from clinic.roles import actor_for
from config.errors import DomainError, InvalidInput
from portal.access import patient_required

RESCHEDULE_WINDOW = timedelta(days=21)
MAX_SLOTS_SHOWN = 40


def _parse_start(value: str) -> datetime:
    start = parse_datetime(value or "")
    if start is None or timezone.is_naive(start):
        raise InvalidInput("Choose a time from the list.")
    return start


@patient_required
def appointment_list(request: HttpRequest) -> HttpResponse:
    rows = selectors.appointments_for_patient(
        actor=request.user, patient_id=actor_for(request.user).patient_id, upcoming_only=True
    )
    return render(request, "portal/appointments.html", {"appointments": rows})


@patient_required
@require_http_methods(["GET", "POST"])
def appointment_cancel(request: HttpRequest, appointment_id: int) -> HttpResponse:
    appointment = selectors.appointment_get(actor=request.user, appointment_id=appointment_id)
    if request.method == "POST":
        try:
            services.appointment_cancel(actor=request.user, appointment_id=appointment.pk)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, "Your appointment has been cancelled.")
        return redirect("portal:appointments")
    return render(request, "portal/appointment_cancel.html", {"appointment": appointment})


def _slots_by_day(slots: list) -> OrderedDict[str, list[dict]]:
    locations = Location.objects.in_bulk({slot.location_id for slot in slots})
    days: OrderedDict[str, list[dict]] = OrderedDict()
    for slot in slots[:MAX_SLOTS_SHOWN]:
        tz = zoneinfo.ZoneInfo(locations[slot.location_id].timezone)
        local = slot.start.astimezone(tz)
        days.setdefault(f"{local:%A %d %B}", []).append(
            {"start": slot.start.isoformat(), "label": f"{local:%H:%M}"}
        )
    return days


@patient_required
@require_http_methods(["GET", "POST"])
def appointment_reschedule(request: HttpRequest, appointment_id: int) -> HttpResponse:
    appointment = selectors.appointment_get(actor=request.user, appointment_id=appointment_id)
    if request.method == "POST":
        try:
            new = services.appointment_reschedule(
                actor=request.user,
                appointment_id=appointment.pk,
                new_start=_parse_start(request.POST.get("new_start", "")),
            )
        except DomainError as exc:
            messages.error(request, exc.message)
            return redirect("portal:appointment-reschedule", appointment_id=appointment.pk)
        messages.success(request, "Your appointment has been moved.")
        return redirect(f"{_appointments_url()}#appointment-{new.pk}")
    chosen = request.GET.get("start")
    if chosen:
        new_start = _parse_start(chosen)
        return render(
            request,
            "portal/appointment_reschedule_confirm.html",
            {"appointment": appointment, "new_start": new_start, "new_start_iso": chosen},
        )
    now = timezone.now()
    slots = selectors.free_slots(
        actor=request.user,
        start=now,
        end=now + RESCHEDULE_WINDOW,
        practitioner_id=appointment.practitioner_id,
    )
    return render(
        request,
        "portal/appointment_reschedule.html",
        {"appointment": appointment, "days": _slots_by_day(slots)},
    )


def _appointments_url() -> str:
    return reverse("portal:appointments")
