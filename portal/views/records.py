"""The patient's records: labs (with a trend chart per repeated test), medications,
allergies, immunizations and conditions. Every read goes through ``clinic.selectors``, which
scopes it to the signed-in patient and writes the audit event."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from clinic import selectors
from clinic.models import Interpretation
from clinic.roles import actor_for
from config.errors import NotFound
from portal.access import patient_required
from portal.charts import trend_chart

INTERPRETATION_LABELS = dict(Interpretation.choices)


def _lab_rows(observations: list) -> list[dict]:
    return [
        {
            "observation": obs,
            "interpretation": INTERPRETATION_LABELS.get(obs.interpretation, obs.interpretation),
            "flagged": obs.interpretation not in ("", Interpretation.NORMAL),
        }
        for obs in observations
    ]


@patient_required
def records(request: HttpRequest) -> HttpResponse:
    patient_id = actor_for(request.user).patient_id
    observations = selectors.observations_for_patient(actor=request.user, patient_id=patient_id)
    latest: dict[str, dict] = {}
    for row in _lab_rows(observations):  # newest first, so the first per code is the latest
        entry = latest.setdefault(row["observation"].code, {**row, "count": 0})
        entry["count"] += 1
    context = {
        "labs": list(latest.values()),
        "medications": selectors.medications_for_patient(actor=request.user, patient_id=patient_id),
        "allergies": selectors.allergies_for_patient(actor=request.user, patient_id=patient_id),
        "immunizations": selectors.immunizations_for_patient(
            actor=request.user, patient_id=patient_id
        ),
        "conditions": selectors.conditions_for_patient(actor=request.user, patient_id=patient_id),
    }
    return render(request, "portal/records.html", context)


@patient_required
def lab_detail(request: HttpRequest, code: str) -> HttpResponse:
    observations = selectors.observations_for_patient(
        actor=request.user, patient_id=actor_for(request.user).patient_id, code=code
    )
    if not observations:
        raise NotFound("There is no result for this test in your record.")
    latest = observations[0]
    chart = trend_chart(
        [(obs.effective_at, obs.value) for obs in observations], latest.reference_range
    )
    context = {"latest": latest, "rows": _lab_rows(observations), "chart": chart}
    return render(request, "portal/lab_detail.html", context)
