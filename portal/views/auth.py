"""Sign in, sign out and the landing redirect.

Django's own views do the work (CSRF, session key rotation on login, the ``user_logged_in``
signals that ``compliance.signals`` audits); these subclasses only choose templates and where
each role lands.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from clinic.roles import Role, actor_for
from compliance.mfa import mfa_required, user_requires_mfa

LOGOUT_REASONS = frozenset({"user", "idle"})


def landing_url(user: object) -> str:
    if actor_for(user).role == Role.PATIENT:
        return reverse("portal:chat")
    if getattr(user, "is_staff", False):
        return reverse("portal-staff:index")
    return reverse("portal:login")


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("portal:login")
    return redirect(landing_url(request.user))


class LoginView(auth_views.LoginView):
    template_name = "portal/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form: Any) -> HttpResponse:
        """Staff need their second factor, which this form does not ask for: they are sent
        to the admin's sign-in (password and TOTP code) instead of being signed in here."""
        if mfa_required() and user_requires_mfa(form.get_user()):
            context = self.get_context_data(form=form, staff_mfa=True)
            return self.render_to_response(context)
        return super().form_valid(form)

    def get_default_redirect_url(self) -> str:
        return landing_url(self.request.user)

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["signed_out_reason"] = self.request.GET.get("signed_out", "")
        return context


class LogoutView(auth_views.LogoutView):
    """POST only (Django's rule): a link or an image tag cannot sign anyone out.

    The warning script posts ``reason=idle`` when the idle timeout runs out, so the audit
    event and the sign-in page both say why the session ended.
    """

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        reason = request.POST.get("reason", "user")
        self.reason = reason if reason in LOGOUT_REASONS else "user"
        request._compliance_logout_reason = self.reason  # type: ignore[attr-defined]
        return super().post(request, *args, **kwargs)

    def get_success_url(self) -> str:
        return f"{reverse('portal:login')}?signed_out={getattr(self, 'reason', 'user')}"
