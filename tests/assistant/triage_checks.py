"""Assertions shared by the triage test files: a message fires as a category, or stays quiet."""

from __future__ import annotations

from assistant.triage import check


def fires_as(category: str, message: str) -> None:
    result = check(message)
    assert result.emergency, message
    assert result.category == category, (message, result.matched_rule)


def stays_quiet(message: str) -> None:
    result = check(message)
    assert not result.emergency, (message, result.matched_rule)
