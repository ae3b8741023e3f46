from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def staff_user(db):
    return get_user_model().objects.create_user(
        username="nurse.jackie", password="a long enough passphrase 42", is_staff=True
    )


@pytest.fixture
def other_user(db):
    return get_user_model().objects.create_user(
        username="dr.house", password="another long passphrase 42"
    )


@pytest.fixture
def disclosure_values() -> dict:
    return {
        "recipient": "Springfield County Health Department",
        "disclosed_on": datetime.date(1961, 3, 14),
        "description": "Reported positive tuberculosis culture for Zelda Quartermaine",
        "items": [{"type": "Observation", "id": 4711, "note": "Quartermaine sputum"}],
    }
