"""Who accessed my record: the audit trail, as the patient may see it."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from portal.access import patient_required
from portal.selectors import record_access_for_patient


@patient_required
def access_log(request: HttpRequest) -> HttpResponse:
    log = record_access_for_patient(actor=request.user)
    return render(
        request, "portal/access_log.html", {"rows": log.rows, "disclosures": log.disclosures}
    )
