"""Helpers for the browser tests: Debian's Chromium driven by Playwright, screenshots.

Chromium runs headless with no sandbox (CI runs as root in a container) and with background
networking off, so a test run never reaches outside the machine. Playwright's own browser
download is not used: ``executable_path`` points at the system Chromium.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
# Generous: two cores shared with other work, and a CPU-only model writing the answer.
ANSWER_TIMEOUT_MS = 180_000
PAGE_TIMEOUT_MS = 30_000
PASSWORD = "correct horse battery staple 42"


def missing_browser_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -r requirements-dev.txt)"
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        return (
            f"{CHROMIUM} is missing: install Debian's chromium (bin/_browser_setup does it as root)"
        )
    return None


def shoot(page: Any, name: str) -> list[Path]:
    """Full-page screenshots of the current page at phone and desktop width."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    paths = []
    for label, size in VIEWPORTS.items():
        page.set_viewport_size(size)
        path = SCREENSHOT_DIR / f"{name}-{label}.png"
        page.screenshot(path=str(path), full_page=True)
        paths.append(path)
    if original:
        page.set_viewport_size(original)
    return paths


def sign_in(page: Any, base_url: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{base_url}/login/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}/chat/")


def send_chat(page: Any, text: str) -> Any:
    """Type ``text`` into the chat and send it with Enter; returns the new reply bubble."""
    before = page.locator(".bubble--assistant").count()
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")
    reply = page.locator(".bubble--assistant").nth(before)
    reply.wait_for()
    return reply


def wait_until_answered(page: Any) -> None:
    page.wait_for_function(
        "() => !document.querySelector('.bubble--streaming')"
        " && document.getElementById('chat-send') && !document.getElementById('chat-send').disabled",
        timeout=ANSWER_TIMEOUT_MS,
    )
