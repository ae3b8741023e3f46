"""The portal and the staff console in a real browser: Debian's Chromium driven by Playwright
against pytest-django's live server (a threaded WSGI server; the chat's SSE stream goes
through it as it would through uvicorn).

Each test leaves screenshots of the pages it visits at phone and desktop width in
artifacts/screenshots/ (kept by CI as artefacts, never committed). With ``LLM_ENDPOINTS``
set (bin/test starts a model server) the chat answer is written by the model; without it the
assistant quotes the best passage. Either way it arrives as server-sent events and cites the
knowledge-base passage, which is what these tests check.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from assistant.conversations.models import HandoffRequest, HandoffStatus, Message
from assistant.knowledge import kb_import
from clinic.conf import cancel_cutoff
from clinic.models import Appointment, AppointmentStatus
from compliance.models import AuditEvent
from tests.clinic import factories as f

from .browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PAGE_TIMEOUT_MS,
    PASSWORD,
    missing_browser_reason,
    send_chat,
    shoot,
    sign_in,
    wait_until_answered,
)

_missing = missing_browser_reason()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(_missing is not None, reason=_missing or ""),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # still synchronous, so Django's async-safety check must not refuse them.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.console_errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.fixture
def patient(clinic_a: Any) -> Any:
    user = clinic_a.patient.user
    user.set_password(PASSWORD)
    user.save()
    return clinic_a.patient


@pytest.fixture
def knowledge_base() -> None:
    kb_import(path=settings.KB_DIR)


def _parse_sse(body: str) -> list[tuple[str, Any]]:
    events = []
    for block in body.strip().split("\n\n"):
        lines = block.split("\n")
        name = next((line[6:].strip() for line in lines if line.startswith("event:")), "message")
        data = "\n".join(line[5:].strip() for line in lines if line.startswith("data:"))
        events.append((name, json.loads(data)))
    return events


def _no_csp_violations(page: Any) -> None:
    violations = [e for e in page.console_errors if "Content Security Policy" in e]
    assert violations == []


def test_a_patient_signs_in_asks_a_clinic_question_and_sees_a_streamed_cited_answer(
    page, live_server, patient, knowledge_base
):
    page.goto(f"{live_server.url}/login/")
    shoot(page, "login")
    sign_in(page, live_server.url, patient.user.username)
    assert page.get_by_role("button", name="Talk to a person").is_visible()
    assert page.get_by_text("This is an automated assistant, not a doctor or nurse.").is_visible()
    shoot(page, "chat-empty")

    with page.expect_response(lambda r: "/messages" in r.url) as sse:
        reply = send_chat(page, "What are the clinic's opening hours on Saturday?")
    assert sse.value.headers["content-type"].startswith("text/event-stream")
    wait_until_answered(page)

    # The answer came as server-sent events: text pieces first, then the stored reply.
    events = _parse_sse(sse.value.text())
    names = [name for name, _ in events]
    assert names[-1] == "done"
    assert names.count("delta") >= 1
    assert set(names[:-1]) == {"delta"}
    done = events[-1][1]
    assert "".join(data["text"] for name, data in events if name == "delta").strip()
    assert reply.locator(".bubble__text").inner_text().strip() == done["text"].strip()
    answer = reply.locator(".bubble__text").inner_text()
    assert len(answer) > 20
    citation = reply.locator("a.citation").first
    href = citation.get_attribute("href")
    assert href.startswith("/kb/")
    assert "#" in href
    shoot(page, "chat-cited-answer")

    stored = Message.objects.filter(role="assistant").latest("pk")
    assert stored.citations
    assert stored.citations[0]["source"] == href

    citation.click()
    page.wait_for_url(f"{live_server.url}{href}")
    anchor = href.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").is_visible()
    shoot(page, "kb-passage")
    _no_csp_violations(page)


def test_a_patient_books_a_slot_offered_in_the_chat_and_sees_it_on_the_appointments_page(
    page, live_server, patient
):
    sign_in(page, live_server.url, patient.user.username)
    send_chat(page, "I would like to book an appointment with family medicine")
    wait_until_answered(page)
    slots = page.locator("button.slot-choice")
    assert slots.count() >= 1
    shoot(page, "chat-slots")
    first_label = slots.first.inner_text()

    slots.first.click()
    wait_until_answered(page)
    confirm = page.get_by_role("button", name="Yes, confirm")
    assert "Shall I book" in page.locator(".bubble--assistant").last.inner_text()
    assert not Appointment.objects.filter(patient=patient).exists()
    shoot(page, "chat-confirm")

    confirm.click()
    wait_until_answered(page)
    assert "Done: you are booked" in page.locator(".bubble--assistant").last.inner_text()
    booked = Appointment.objects.get(patient=patient)
    assert booked.status == AppointmentStatus.BOOKED

    page.get_by_role("link", name="Appointments").click()
    page.wait_for_url(f"{live_server.url}/appointments/")
    card = page.locator(f"#appointment-{booked.pk}")
    assert card.is_visible()
    assert "PracA Testdoc" in card.inner_text()
    assert first_label.split(" with ")[0].strip()[:3] in card.inner_text()  # same weekday
    shoot(page, "appointments")

    card.get_by_role("link", name="Cancel").click()
    shoot(page, "appointment-cancel-confirm")
    page.get_by_role("button", name="Yes, cancel it").click()
    page.wait_for_url(f"{live_server.url}/appointments/")
    booked.refresh_from_db()
    if booked.start - timezone.now() > cancel_cutoff():
        assert page.get_by_text("Your appointment has been cancelled.").is_visible()
        assert booked.status == AppointmentStatus.CANCELLED
    else:  # the earliest slot can be inside the online cancellation cut-off
        assert page.get_by_text("please call the clinic").is_visible()
        assert booked.status == AppointmentStatus.BOOKED
    _no_csp_violations(page)


def test_a_patient_opens_a_lab_result_with_its_range_and_trend(page, live_server, patient):
    now = timezone.now()
    for value, flag, days in (("7.2", "H", 300), ("6.4", "H", 150), ("5.4", "N", 10)):
        f.ObservationFactory(
            patient=patient,
            value=value,
            interpretation=flag,
            effective_at=now - timezone.timedelta(days=days),
        )
    f.MedicationStatementFactory(patient=patient)
    f.AllergyIntoleranceFactory(patient=patient)
    f.ImmunizationFactory(patient=patient)
    sign_in(page, live_server.url, patient.user.username)

    page.get_by_role("link", name="My records").click()
    page.wait_for_url(f"{live_server.url}/records/")
    shoot(page, "records")
    page.get_by_role("link", name="Hemoglobin A1c/Hemoglobin.total in Blood").click()
    page.wait_for_url(f"{live_server.url}/records/labs/4548-4/")
    assert page.locator(".result__value").inner_text() == "5.4"
    assert "4.0-5.6" in page.get_by_text("Reference range:").inner_text()
    chart = page.get_by_role("img", name="Hemoglobin A1c/Hemoglobin.total in Blood over time")
    assert chart.is_visible()
    assert chart.locator("circle").count() == 3
    shoot(page, "lab-result")

    page.get_by_role("link", name="Who viewed my record").click()
    shoot(page, "access-log")
    _no_csp_violations(page)


def test_an_emergency_message_gets_a_reply_that_cannot_be_dismissed_by_accident(
    page, live_server, patient
):
    sign_in(page, live_server.url, patient.user.username)
    send_chat(page, "I have crushing chest pain and my left arm is numb")
    emergency = page.locator("#emergency")
    emergency.wait_for()
    wait_until_answered(page)
    assert emergency.get_attribute("role") == "alert"
    assert "911" in emergency.inner_text()
    acknowledge = emergency.get_by_role("button", name="I understand")
    assert acknowledge.is_disabled()
    page.keyboard.press("Escape")
    assert emergency.is_visible()
    shoot(page, "chat-emergency")

    emergency.get_by_label("I have read this message").check()
    acknowledge.click()
    assert emergency.is_visible()
    assert "911" in emergency.inner_text()
    assert HandoffRequest.objects.filter(reason="emergency").exists()

    page.reload()  # the warning comes back with the conversation
    assert page.locator("#emergency").is_visible()


def test_a_patient_is_warned_then_signed_out_after_the_idle_timeout(
    page, live_server, patient, settings
):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 8
    sign_in(page, live_server.url, patient.user.username)
    page.get_by_role("link", name="My records").click()
    warning = page.get_by_role("alertdialog", name="Are you still there?")
    warning.wait_for(timeout=10_000)
    assert page.get_by_role("button", name="Stay signed in").evaluate(
        "node => node === document.activeElement"
    )
    shoot(page, "idle-warning")

    page.wait_for_url(f"{live_server.url}/login/?signed_out=idle", timeout=20_000)
    assert page.get_by_text("You were signed out because the page was idle.").is_visible()
    shoot(page, "signed-out-idle")
    page.goto(f"{live_server.url}/records/")
    assert page.url.startswith(f"{live_server.url}/login/")
    logout = AuditEvent.objects.filter(action="logout", actor_id=patient.user.pk).get()
    assert logout.detail["reason"] in {"idle", "idle-timeout"}


def test_staying_signed_in_from_the_warning_keeps_the_session(page, live_server, patient, settings):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 12
    sign_in(page, live_server.url, patient.user.username)
    page.get_by_role("link", name="Appointments").click()
    page.get_by_role("alertdialog").wait_for(timeout=12_000)
    page.get_by_role("button", name="Stay signed in").click()
    page.get_by_role("alertdialog").wait_for(state="hidden")
    page.wait_for_timeout(4_000)  # past the first deadline
    page.reload()
    assert page.url == f"{live_server.url}/appointments/"


def _staff_sign_in(page: Any, base_url: str, user: Any) -> None:
    """The admin's sign-in with password and a current TOTP code (MFA is on)."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user.set_password(PASSWORD)
    user.save()
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    page.goto(f"{base_url}/admin/login/?next=/admin/console/")
    for _ in range(2):  # django-otp's form asks for the device once it knows the user
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        if page.locator("select[name=otp_device]").count():
            page.locator("select[name=otp_device]").select_option(device.persistent_id)
        page.fill("#id_otp_token", f"{code:0{device.digits}d}")
        page.locator("input[type=submit][value='Log in']").click()
        page.wait_for_load_state()
        if page.url == f"{base_url}/admin/console/":
            return
    raise AssertionError("the staff sign-in with a TOTP code did not succeed")


def test_a_staff_member_answers_a_handoff_and_the_patient_sees_the_reply(
    browser, page, live_server, patient, clinic_a
):
    sign_in(page, live_server.url, patient.user.username)
    page.get_by_role("button", name="Talk to a person").click()
    wait_until_answered(page)
    handoff = HandoffRequest.objects.get(conversation__patient=patient)

    staff_context = browser.new_context(viewport={"width": 1280, "height": 900})
    staff = staff_context.new_page()
    try:
        _staff_sign_in(staff, live_server.url, clinic_a.front_desk)
        shoot(staff, "staff-console")
        staff.get_by_role("link", name="Hand-off queue").click()
        shoot(staff, "staff-handoff-queue")
        staff.get_by_role("link", name=f"Hand-off #{handoff.pk}").click()
        staff.get_by_label("Your reply to the patient").fill(
            "Hello, this is the front desk. How can we help?"
        )
        shoot(staff, "staff-handoff-reply")
        staff.get_by_role("button", name="Send reply").click()
        staff.wait_for_url(f"{live_server.url}/admin/console/handoffs/")
        assert staff.get_by_text("Your reply was sent").is_visible()

        staff.goto(f"{live_server.url}/admin/console/schedule/")
        shoot(staff, "staff-schedule")
        staff.goto(f"{live_server.url}/admin/console/conversations/{handoff.conversation_id}/")
        shoot(staff, "staff-conversation-masked")
    finally:
        staff_context.close()

    handoff.refresh_from_db()
    assert handoff.status == HandoffStatus.ANSWERED
    assert handoff.answered_by == clinic_a.front_desk
    page.reload()
    staff_bubble = page.locator(".bubble--staff").last
    assert "Hello, this is the front desk. How can we help?" in staff_bubble.inner_text()
    shoot(page, "chat-staff-reply")
