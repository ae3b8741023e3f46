"""Bulk Data ``$export``: kick-off, status polling, download of encrypted NDJSON files.

Levels: system (everything of the client's organization), Patient (every patient-linked
type) and ``Group/<organization id>`` (the organization's whole patient panel; there is no
other Group). The client needs the read scope of every type it asks for; without ``_type``
it gets the types its scopes allow.

At rest each file is one value of ``compliance.crypto.encrypt`` (AES-256-GCM under the
current data key, the AAD binding it to its job and type), so a copied file cannot be read
without the master key, and cannot be swapped for another job's file. Files expire after
``FHIR_EXPORT_TTL_HOURS`` (default 24); ``expire`` (beat, hourly) deletes them. Whole files
are built in memory: fine for a clinic's data, to be streamed in chunks before exporting
hundreds of thousands of records.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from clinic.fhir import scopes as smart
from clinic.fhir import versions
from clinic.fhir.auth import FhirContext
from clinic.fhir.errors import FhirError
from clinic.fhir.models import BulkExportFile, BulkExportJob, ResourceVersion, export_dir
from clinic.fhir.registry import PATIENT_COMPARTMENT, SPECS
from compliance import crypto
from compliance.audit import AuditAction, audit_context, record_event
from config.errors import InvalidInput, NotFound

OUTPUT_FORMATS = {"application/fhir+ndjson", "application/ndjson", "ndjson"}
SYSTEM_TYPES = [t for t, spec in SPECS.items() if spec.model is not None]


def ttl() -> timedelta:
    return timedelta(hours=getattr(settings, "FHIR_EXPORT_TTL_HOURS", 24))


def _label(job_id: int, resource_type: str) -> str:
    return f"fhir.bulkexportfile.{job_id}.{resource_type}"


@transaction.atomic
def kick_off(
    ctx: FhirContext,
    *,
    level: str,
    group_id: str = "",
    params: dict[str, list[str]],
    request_url: str,
) -> BulkExportJob:
    allowed = {"_type", "_since", "_outputFormat"}
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise InvalidInput(f"$export does not support the parameter '{unknown[0][:40]}'.")
    fmt = (params.get("_outputFormat") or ["application/fhir+ndjson"])[-1]
    if fmt not in OUTPUT_FORMATS:
        raise InvalidInput("_outputFormat must be application/fhir+ndjson.")
    if level == BulkExportJob.Level.GROUP and group_id != str(ctx.client.organization_id):
        raise NotFound("Group is not known.")
    available = SYSTEM_TYPES if level == BulkExportJob.Level.SYSTEM else PATIENT_COMPARTMENT
    requested = [t for v in params.get("_type", []) for t in v.split(",") if t]
    for resource_type in requested:
        if resource_type not in available:
            raise InvalidInput(f"$export at this level cannot include '{resource_type[:40]}'.")
        ctx.require(resource_type, smart.READ)
    types = requested or [t for t in available if smart.allows(ctx.scopes, t, smart.READ)]
    if not types:
        raise FhirError("The access token allows reading none of the exported types.", status=403)
    since = None
    if params.get("_since"):
        try:
            since = datetime.fromisoformat(params["_since"][-1].replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput("_since must be a FHIR instant.") from None
        if timezone.is_naive(since):
            raise InvalidInput("_since must include a time zone.")
    job = BulkExportJob.objects.create(
        client=ctx.client,
        organization_id=ctx.client.organization_id,
        level=level,
        group_id=group_id,
        types=types,
        since=since,
        request_url=request_url[:500],
    )
    record_event(
        actor=ctx.user,
        action=AuditAction.EXPORT,
        entity_type="BulkExportJob",
        entity_id=job.pk,
        detail={"level": level, "types": types, "phase": "kick-off"},
    )
    transaction.on_commit(lambda: _queue(job.pk))
    return job


def _queue(job_id: int) -> None:
    from clinic.fhir.tasks import bulk_export_run

    bulk_export_run.delay(job_id)


def job_for(ctx: FhirContext, job_id: str) -> BulkExportJob:
    job = (
        BulkExportJob.objects.filter(pk=int(job_id), client=ctx.client).first()
        if job_id.isdigit() and len(job_id) < 19
        else None
    )
    if job is None or job.status == BulkExportJob.Status.EXPIRED:
        raise NotFound("Export job is not known or has expired.")
    return job


def run(job_id: int) -> str:
    """Write the job's files. Claimed with a conditional UPDATE: a second run does nothing."""
    claimed = BulkExportJob.objects.filter(pk=job_id, status=BulkExportJob.Status.ACCEPTED).update(
        status=BulkExportJob.Status.RUNNING
    )
    if not claimed:
        return "skipped"
    job = BulkExportJob.objects.select_related("client__application__user").get(pk=job_id)
    user = job.client.application.user
    try:
        with audit_context(source="celery", client_app=f"fhir:{job.client.application.client_id}"):
            counts = _write_files(job, user)
            with transaction.atomic():
                record_event(
                    actor=user,
                    action=AuditAction.EXPORT,
                    entity_type="BulkExportJob",
                    entity_id=job.pk,
                    detail={"phase": "completed", "counts": counts},
                )
                now = timezone.now()
                BulkExportJob.objects.filter(pk=job.pk).update(
                    status=BulkExportJob.Status.COMPLETED, completed_at=now, expires_at=now + ttl()
                )
    except Exception as exc:  # the job must end in a state the poller can report
        BulkExportJob.objects.filter(pk=job.pk).update(
            status=BulkExportJob.Status.FAILED, error=type(exc).__name__[:200]
        )
        _remove_files(job)
        raise
    return "completed"


def _rows(job: BulkExportJob, user: Any, resource_type: str) -> Any:
    from clinic.roles import actor_for

    spec = SPECS[resource_type]
    actor = actor_for(user)
    if actor.organization_id != job.organization_id:
        raise PermissionError("service account is not in the job's organization")
    queryset = spec.scoped(actor)
    if job.since is not None:
        changed = ResourceVersion.objects.filter(
            resource_type=resource_type, last_updated__gte=job.since
        ).values("resource_id")
        condition = Q(pk__in=changed)
        if spec.last_updated_attr:
            condition |= Q(**{f"{spec.last_updated_attr}__gte": job.since})
        queryset = queryset.filter(condition)
    if spec.related:
        queryset = queryset.select_related(*spec.related)
    if spec.prefetch:
        queryset = queryset.prefetch_related(*spec.prefetch)
    return queryset.order_by("pk")


def _write_files(job: BulkExportJob, user: Any) -> dict[str, int]:
    folder = export_dir() / str(job.pk)
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for resource_type in job.types:
        spec = SPECS[resource_type]
        rows = list(_rows(job, user, resource_type))
        if not rows:
            counts[resource_type] = 0
            continue
        meta = versions.versions_for(resource_type, rows, fallback_attr=spec.last_updated_attr)
        lines = [spec.to_fhir(row, meta[row.pk]).model_dump_json(exclude_none=True) for row in rows]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path = folder / f"{resource_type}-{secrets.token_hex(8)}.ndjson.enc"
        with transaction.atomic():
            path.write_text(crypto.encrypt(data, label=_label(job.pk, resource_type)))
            BulkExportFile.objects.create(
                job=job,
                resource_type=resource_type,
                count=len(rows),
                path=str(path.relative_to(export_dir())),
            )
        counts[resource_type] = len(rows)
    return counts


def manifest(ctx: FhirContext, job: BulkExportJob) -> dict[str, Any]:
    from clinic.fhir.mappers import instant

    return {
        "transactionTime": instant(job.created_at),
        "request": job.request_url,
        "requiresAccessToken": True,
        "output": [
            {
                "type": f.resource_type,
                "url": f"{ctx.base_url}/$export-file/{f.pk}",
                "count": f.count,
            }
            for f in job.files.order_by("pk")
        ],
        "error": [],
    }


def file_content(ctx: FhirContext, file_id: str) -> bytes:
    row = (
        BulkExportFile.objects.select_related("job")
        .filter(pk=int(file_id), job__client=ctx.client)
        .first()
        if file_id.isdigit() and len(file_id) < 19
        else None
    )
    if row is None or row.job.expires_at is None or row.job.expires_at <= timezone.now():
        raise NotFound("Export file is not known or has expired.")
    ctx.require(row.resource_type, smart.READ)
    token = (export_dir() / row.path).read_text()
    data = crypto.decrypt(token, label=_label(row.job_id, row.resource_type))
    record_event(
        actor=ctx.user,
        action=AuditAction.EXPORT,
        entity_type="BulkExportFile",
        entity_id=row.pk,
        detail={"phase": "download", "type": row.resource_type, "count": row.count},
    )
    return data


def _remove_files(job: BulkExportJob) -> None:
    for f in BulkExportFile.objects.filter(job=job):
        (export_dir() / f.path).unlink(missing_ok=True)
    BulkExportFile.objects.filter(job=job).delete()
    folder = export_dir() / str(job.pk)
    if folder.exists():
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


def cancel(ctx: FhirContext, job: BulkExportJob) -> None:
    BulkExportJob.objects.filter(pk=job.pk).update(status=BulkExportJob.Status.CANCELLED)
    _remove_files(job)


def expire() -> int:
    """Delete the files of jobs past their expiry (and of cancelled or failed jobs)."""
    now = timezone.now()
    jobs = list(
        BulkExportJob.objects.filter(
            Q(status=BulkExportJob.Status.COMPLETED, expires_at__lte=now)
            | Q(
                status__in=[BulkExportJob.Status.CANCELLED, BulkExportJob.Status.FAILED],
                files__isnull=False,
            )
        ).distinct()
    )
    for job in jobs:
        _remove_files(job)
        if job.status == BulkExportJob.Status.COMPLETED:
            BulkExportJob.objects.filter(pk=job.pk).update(status=BulkExportJob.Status.EXPIRED)
    return len(jobs)
