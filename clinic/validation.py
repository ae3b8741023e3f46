"""Small input checks shared by services. Messages name the field, never echo the value."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone

from config.errors import InvalidInput

_PHONE_CHARS = re.compile(r"^[0-9+().\-\s]{7,25}$")
_MRN = re.compile(r"^[A-Za-z0-9\-]{1,40}$")


def text(value: Any, *, field: str, max_length: int, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text.")
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{field} is required.")
    if len(value) > max_length:
        raise InvalidInput(f"{field} is longer than {max_length} characters.")
    return value


def choice(value: Any, *, field: str, choices: Any, required: bool = True) -> str:
    allowed = {c.value for c in choices} if hasattr(choices, "__members__") else set(choices)
    if (value in (None, "")) and not required:
        return ""
    if value not in allowed:
        raise InvalidInput(f"{field} must be one of: {', '.join(sorted(allowed))}.")
    return value


def aware_datetime(value: Any, *, field: str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise InvalidInput(f"{field} is not a valid date and time.") from None
    if not isinstance(value, datetime):
        raise InvalidInput(f"{field} must be a date and time.")
    if timezone.is_naive(value):
        raise InvalidInput(f"{field} must include a time zone.")
    return value


def a_date(value: Any, *, field: str, required: bool = True) -> date | None:
    if value in (None, "") and not required:
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise InvalidInput(f"{field} is not a valid date (YYYY-MM-DD).") from None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(f"{field} must be a date.")
    return value


def past_date(value: Any, *, field: str, required: bool = True) -> date | None:
    day = a_date(value, field=field, required=required)
    if day is not None and day > timezone.localdate():
        raise InvalidInput(f"{field} cannot be in the future.")
    return day


def birth_date(value: Any) -> date:
    day = past_date(value, field="Birth date")
    assert day is not None
    if day.year < timezone.localdate().year - 130:
        raise InvalidInput("Birth date is too far in the past.")
    return day


def email(value: Any) -> str:
    value = text(value, field="E-mail", max_length=254, required=False)
    if value:
        try:
            validate_email(value)
        except ValidationError:
            raise InvalidInput("E-mail is not a valid address.") from None
    return value


def phone(value: Any) -> str:
    value = text(value, field="Phone", max_length=25, required=False)
    if value and (not _PHONE_CHARS.match(value) or sum(c.isdigit() for c in value) < 7):
        raise InvalidInput("Phone is not a valid phone number.")
    return value


def mrn(value: Any) -> str:
    value = text(value, field="MRN", max_length=40)
    if not _MRN.match(value):
        raise InvalidInput("MRN may contain only letters, digits and hyphens.")
    return value


def object_id(value: Any, *, field: str) -> int:
    if isinstance(value, bool):
        raise InvalidInput(f"{field} must be an id.")
    try:
        pk = int(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{field} must be an id.") from None
    if pk <= 0:
        raise InvalidInput(f"{field} must be an id.")
    return pk
