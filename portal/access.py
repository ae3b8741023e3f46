"""Who may open portal pages, and how refusals from the clinic layer become pages.

Views never decide what data a user may see: the clinic selectors and services do, from
``clinic.roles.actor_for``. This module only sends anonymous users to the sign-in page,
keeps staff out of the patient pages (they have the console) and renders a
``DomainError`` as a short page that names the problem, never the data.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from clinic.roles import Actor, Role, actor_for
from config.errors import DomainError

LOGIN_URL = "portal:login"


def error_page(request: HttpRequest, exc: DomainError) -> HttpResponse:
    return render(
        request,
        "portal/error.html",
        {"message": exc.message, "status": exc.status_code},
        status=exc.status_code,
    )


def patient_actor(request: HttpRequest) -> Actor:
    return actor_for(request.user)


def patient_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed-in patients only; any ``DomainError`` raised by the view becomes a page."""

    @login_required(login_url=LOGIN_URL)
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        actor = actor_for(request.user)
        if actor.role != Role.PATIENT:
            return render(
                request,
                "portal/error.html",
                {
                    "message": "These pages are for patients. Staff use the staff console.",
                    "status": 403,
                    "staff_console": bool(request.user.is_staff),
                },
                status=403,
            )
        try:
            return view(request, *args, **kwargs)
        except DomainError as exc:
            return error_page(request, exc)

    return wrapped
