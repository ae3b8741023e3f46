"""Portal fixtures on top of the shared two-clinic world (tests/conftest.py)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from tests.clinic import factories as f


@pytest.fixture
def patient_client(client: Any, clinic_a: Any) -> Any:
    client.force_login(clinic_a.patient.user)
    return client


@pytest.fixture
def a1c_history(clinic_a: Any) -> list[Any]:
    """Three HbA1c results for patient A, oldest high, latest in range."""
    now = timezone.now()
    return [
        f.ObservationFactory(
            patient=clinic_a.patient,
            value=value,
            interpretation=flag,
            effective_at=now - datetime.timedelta(days=days),
        )
        for value, flag, days in (("7.2", "H", 300), ("6.4", "H", 150), ("5.4", "N", 10))
    ]
