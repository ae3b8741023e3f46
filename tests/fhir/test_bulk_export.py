from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from fhir.resources.R4B.patient import Patient

from clinic.fhir import bulk
from clinic.fhir.models import BulkExportFile, BulkExportJob, export_dir


def kick_off(ehr, url="/fhir/$export?_type=Patient,Observation"):
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):  # run the (eager) export task
        return ehr.get(url, HTTP_PREFER="respond-async")


def test_system_export_kick_off_poll_and_download_encrypted_ndjson(
    ehr_a, clinic_a, clinic_b, settings, tmp_path
):
    settings.FHIR_EXPORT_DIR = tmp_path
    response = kick_off(ehr_a)
    assert response.status_code == 202, response.content
    status_url = response["Content-Location"].replace("http://testserver", "")
    manifest = ehr_a.get(status_url)  # the job ran eagerly on commit
    assert manifest.status_code == 200, manifest.content
    outputs = {o["type"]: o for o in manifest.json()["output"]}
    assert outputs["Patient"]["count"] == 2
    stored = (tmp_path / BulkExportFile.objects.get(resource_type="Patient").path).read_text()
    assert "Anderson" not in stored
    assert stored.startswith("v1:")
    ndjson = ehr_a.get(
        outputs["Patient"]["url"].replace("http://testserver", ""),
        HTTP_ACCEPT="application/fhir+ndjson",
    )
    assert ndjson.status_code == 200
    patients = [Patient.model_validate_json(line) for line in ndjson.content.decode().splitlines()]
    assert {p.name[0].family for p in patients} == {"Anderson", "Abbott"}


def test_export_needs_respond_async_and_the_read_scope(ehr_a_readonly, ehr_a, clinic_a):
    assert ehr_a.get("/fhir/$export").status_code == 400
    refused = kick_off(ehr_a_readonly, "/fhir/$export?_type=Observation")
    assert refused.status_code == 403
    assert not BulkExportJob.objects.exists()


def test_another_client_cannot_poll_or_download_the_export(
    ehr_a, ehr_b, clinic_a, settings, tmp_path
):
    settings.FHIR_EXPORT_DIR = tmp_path
    status_url = kick_off(ehr_a)["Content-Location"].replace("http://testserver", "")
    assert ehr_b.get(status_url).status_code == 404
    file_id = BulkExportFile.objects.first().pk
    assert ehr_b.get(f"/fhir/$export-file/{file_id}").status_code == 404


def test_group_export_only_for_the_clients_own_organization(
    ehr_a, clinic_a, clinic_b, settings, tmp_path
):
    settings.FHIR_EXPORT_DIR = tmp_path
    own = kick_off(ehr_a, f"/fhir/Group/{clinic_a.organization.pk}/$export?_type=Patient")
    assert own.status_code == 202
    other = kick_off(ehr_a, f"/fhir/Group/{clinic_b.organization.pk}/$export")
    assert other.status_code == 404


def test_expired_export_files_are_deleted(ehr_a, clinic_a, settings, tmp_path):
    settings.FHIR_EXPORT_DIR = tmp_path
    status_url = kick_off(ehr_a)["Content-Location"].replace("http://testserver", "")
    files = [tmp_path / f.path for f in BulkExportFile.objects.all()]
    assert all(f.exists() for f in files)
    BulkExportJob.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert bulk.expire() == 1
    assert not any(f.exists() for f in files)
    assert ehr_a.get(status_url).status_code == 404
    assert export_dir() == tmp_path


def test_running_the_export_task_twice_writes_files_once(ehr_a, clinic_a, settings, tmp_path):
    settings.FHIR_EXPORT_DIR = tmp_path
    kick_off(ehr_a)
    job = BulkExportJob.objects.get()
    files_before = list(BulkExportFile.objects.values_list("pk", flat=True))
    assert bulk.run(job.pk) == "skipped"
    assert list(BulkExportFile.objects.values_list("pk", flat=True)) == files_before
    # No observations exist: an empty type gets no file rather than an empty one.
    assert [f.resource_type for f in BulkExportFile.objects.all()] == ["Patient"]
    assert job.types == ["Patient", "Observation"]
