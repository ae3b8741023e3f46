"""HTTP for the FHIR API: authenticate, check scope, call one selector or service, answer.

Every request runs inside ``audit_context(client_app="fhir:<client_id>")`` so each audit
event names the EHR client that caused it. Every error is an OperationOutcome.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt

from clinic.fhir import bulk, capability, selectors, services
from clinic.fhir.auth import FhirContext, authenticate, base_url
from clinic.fhir.errors import FhirError, for_domain_error, outcome
from clinic.fhir.mappers import audit_event_to_fhir, build, slot_to_fhir
from clinic.fhir.models import BulkExportJob
from clinic.fhir.registry import spec_for
from clinic.fhir.versions import etag
from compliance.audit import AuditAction, audit_context, record_event
from config.errors import DomainError, InvalidInput, NotFound

logger = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"
ACCEPTABLE = (
    "application/fhir+json",
    "application/json",
    "application/*",
    "*/*",
    "application/json+fhir",
)
PAGE_TTL = 900


def respond(
    data: Any,
    status: int = 200,
    headers: dict[str, str] | None = None,
    content_type: str = FHIR_JSON,
) -> HttpResponse:
    body = data if isinstance(data, bytes) else json.dumps(data, separators=(",", ":")).encode()
    response = HttpResponse(body, status=status, content_type=f"{content_type}; charset=utf-8")
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def resource_response(
    resource: Any, status: int = 200, headers: dict[str, str] | None = None
) -> HttpResponse:
    return respond(resource.model_dump_json(exclude_none=True).encode(), status, headers)


def _query(request: HttpRequest) -> dict[str, list[str]]:
    source = request.POST if request.method == "POST" else request.GET
    return {k: source.getlist(k) for k in source}


def _check_accept(request: HttpRequest) -> None:
    fmt = request.GET.get("_format")
    if fmt and fmt not in ("json", *ACCEPTABLE):
        raise FhirError("Only JSON is supported (_format=json).", status=406)
    accept = request.headers.get("Accept", "")
    if accept and not any(a in accept for a in (*ACCEPTABLE, "ndjson")):
        raise FhirError("Only application/fhir+json is supported.", status=406)


def _read_body(request: HttpRequest) -> bytes:
    ctype = request.content_type or ""
    if ctype not in ("application/fhir+json", "application/json", "application/json+fhir"):
        raise FhirError("Send the resource as application/fhir+json.", status=415)
    return request.body


def fhir_view(
    handler: Callable[..., HttpResponse], *, methods: tuple[str, ...], public: bool = False
) -> Callable[..., HttpResponse]:
    @csrf_exempt
    def view(request: HttpRequest, **kwargs: Any) -> HttpResponse:
        ctx: FhirContext | None = None
        try:
            if request.method not in methods:
                raise FhirError(f"{request.method} is not supported here.", status=405)
            _check_accept(request)
            if public:
                return handler(request, **kwargs)
            ctx = authenticate(request)
            with audit_context(
                source=request.META.get("REMOTE_ADDR", ""),
                client_app=ctx.audit_client,
                request_id=getattr(request, "request_id", "") or "",
                user_agent=request.headers.get("User-Agent", ""),
            ):
                try:
                    return handler(request, ctx, **kwargs)
                except FhirError as exc:
                    if exc.status_code == 403:
                        _audit_denied(ctx, request, kwargs)
                    raise
        except DomainError as exc:
            status, body = for_domain_error(exc)
            headers = {"WWW-Authenticate": 'Bearer realm="fhir"'} if status == 401 else None
            return respond(body, status, headers)
        except Exception:
            logger.exception("unhandled error in FHIR view")
            return respond(
                outcome(500, "Something went wrong on our side; it has been logged."), 500
            )

    return view


def _audit_denied(ctx: FhirContext, request: HttpRequest, kwargs: dict[str, Any]) -> None:
    action = {"GET": AuditAction.READ, "POST": AuditAction.CREATE, "PUT": AuditAction.UPDATE}
    record_event(
        actor=ctx.user,
        action=action.get(request.method or "", AuditAction.READ),
        entity_type=str(kwargs.get("resource_type", "FHIR"))[:64],
        outcome="denied",
        detail={"reason": "scope"},
    )


def _spec(resource_type: str) -> Any:
    spec = spec_for(resource_type)
    if spec is None:
        raise NotFound(f"Resource type '{resource_type[:40]}' is not supported.")
    return spec


# --- metadata ----------------------------------------------------------------------------


def metadata(request: HttpRequest) -> HttpResponse:
    return resource_response(capability.capability_statement(base_url(request)))


def smart_configuration(request: HttpRequest) -> HttpResponse:
    return respond(
        capability.smart_configuration(base_url(request)), content_type="application/json"
    )


# --- search and read ---------------------------------------------------------------------


def _page_links(
    ctx: FhirContext,
    request: HttpRequest,
    resource_type: str,
    query: dict[str, list[str]],
    total: int,
    offset: int,
    count: int,
) -> list[dict[str, str]]:
    """Paging links carry an opaque token, never the search values (names, birth dates):
    URLs end up in access logs and browser histories; query values here are PHI."""
    token = request.GET.get("_page") or secrets.token_urlsafe(16)
    criteria = {k: v for k, v in query.items() if k not in ("_offset", "_page")}
    cache.set(
        f"fhir:page:{token}",
        {"client": ctx.client.pk, "type": resource_type, "query": criteria},
        PAGE_TTL,
    )
    base = f"{ctx.base_url}/{resource_type}"

    def link(relation: str, at: int) -> dict[str, str]:
        return {
            "relation": relation,
            "url": f"{base}?{urlencode({'_page': token, '_offset': at, '_count': count})}",
        }

    links = [link("self", offset), link("first", 0)]
    if count and offset + count < total:
        links.append(link("next", offset + count))
    if count and offset > 0:
        links.append(link("previous", max(offset - count, 0)))
    if count and total:
        links.append(link("last", ((total - 1) // count) * count))
    return links


def _resolve_page(
    ctx: FhirContext, request: HttpRequest, resource_type: str, query: dict[str, list[str]]
) -> dict[str, list[str]]:
    token = request.GET.get("_page")
    if not token:
        return query
    saved = cache.get(f"fhir:page:{token}")
    if not saved or saved["client"] != ctx.client.pk or saved["type"] != resource_type:
        raise FhirError("This paging link has expired; run the search again.", status=410)
    extra = {k: v for k, v in query.items() if k in ("_offset", "_count")}
    return {**saved["query"], **extra}


def _bundle(
    ctx: FhirContext,
    request: HttpRequest,
    resource_type: str,
    query: dict[str, list[str]],
    resources: list[Any],
    total: int,
    offset: int,
    count: int,
) -> HttpResponse:
    entries = [
        {
            "fullUrl": f"{ctx.base_url}/{resource_type}/{r.id}",
            "resource": r,
            "search": {"mode": "match"},
        }
        for r in resources
    ]
    bundle = build(
        "Bundle",
        {
            "type": "searchset",
            "total": total,
            "link": _page_links(ctx, request, resource_type, query, total, offset, count),
            "entry": entries,
        },
    )
    return resource_response(bundle)


def type_endpoint(request: HttpRequest, ctx: FhirContext, resource_type: str) -> HttpResponse:
    if request.method == "POST":
        return create(request, ctx, resource_type)
    return search(request, ctx, resource_type)


def search(request: HttpRequest, ctx: FhirContext, resource_type: str) -> HttpResponse:
    query = {k: v for k, v in _query(request).items() if k != "_page"}
    query = _resolve_page(ctx, request, resource_type, query)
    if resource_type == "AuditEvent":
        page = selectors.audit_search(ctx, query)
        resources = [audit_event_to_fhir(e) for e in page.rows]
        return _bundle(
            ctx, request, resource_type, query, resources, page.total, page.offset, page.count
        )
    if resource_type == "Slot":
        slots, total, offset, count, schedules = selectors.slot_search(ctx, query)
        resources = [slot_to_fhir(s, schedules.get(id(s))) for s in slots]
        return _bundle(ctx, request, resource_type, query, resources, total, offset, count)
    spec = _spec(resource_type)
    page = selectors.search(ctx, spec, query)
    resources = [spec.to_fhir(row, page.versions[row.pk]) for row in page.rows]
    return _bundle(
        ctx, request, resource_type, query, resources, page.total, page.offset, page.count
    )


def search_post(request: HttpRequest, ctx: FhirContext, resource_type: str) -> HttpResponse:
    """``POST /Type/_search`` (form body): search values stay out of the URL."""
    return search(request, ctx, resource_type)


def _versioned_headers(ctx: FhirContext, resource: Any) -> dict[str, str]:
    headers = {}
    if resource.meta is not None and resource.meta.versionId:
        headers["ETag"] = etag(int(resource.meta.versionId))
        headers["Location"] = (
            f"{ctx.base_url}/{resource.get_resource_type()}/{resource.id}/_history/{resource.meta.versionId}"
        )
    return headers


def instance_endpoint(
    request: HttpRequest, ctx: FhirContext, resource_type: str, resource_id: str
) -> HttpResponse:
    if request.method == "PUT":
        return update(request, ctx, resource_type, resource_id)
    if request.method == "DELETE":
        if resource_type != "Subscription":
            raise FhirError(f"delete is not supported for {resource_type[:40]}.", status=405)
        services.subscription_off(ctx, resource_id)
        return respond(outcome(200, "Subscription turned off.", issue_code="informational"), 200)
    return read(request, ctx, resource_type, resource_id)


def read(
    request: HttpRequest,
    ctx: FhirContext,
    resource_type: str,
    resource_id: str,
    version_id: str | None = None,
) -> HttpResponse:
    if resource_type == "AuditEvent":
        return resource_response(audit_event_to_fhir(selectors.audit_read(ctx, resource_id)))
    if resource_type == "Slot":
        slot, schedule = selectors.slot_read(ctx, resource_id)
        return resource_response(slot_to_fhir(slot, schedule))
    if resource_type == "Subscription":
        ctx.require("Subscription", "read")
        return resource_response(
            services.subscription_to_fhir(services.subscription_get(ctx, resource_id))
        )
    spec = _spec(resource_type)
    row, version = selectors.read(ctx, spec, resource_id)
    if version_id is not None and version_id != str(version[0]):
        raise NotFound("Only the current version of a resource is kept.")
    resource = spec.to_fhir(row, version)
    headers = {"ETag": etag(version[0])}
    if version[1] is not None:
        from django.utils.http import http_date

        headers["Last-Modified"] = http_date(version[1].timestamp())
    return resource_response(resource, headers=headers)


def history_read(
    request: HttpRequest, ctx: FhirContext, resource_type: str, resource_id: str, version_id: str
) -> HttpResponse:
    return read(request, ctx, resource_type, resource_id, version_id)


def _written(ctx: FhirContext, resource_type: str, result: Any, status: int) -> HttpResponse:
    from clinic.fhir import versions

    spec = _spec(resource_type)
    version = versions.versions_for(spec.type, [result.row], fallback_attr=spec.last_updated_attr)
    resource = spec.to_fhir(result.row, version[result.row.pk])
    return resource_response(resource, status, _versioned_headers(ctx, resource))


def create(request: HttpRequest, ctx: FhirContext, resource_type: str) -> HttpResponse:
    body = _read_body(request)
    if resource_type == "Subscription":
        subscription, secret = services.subscription_create(ctx, body)
        return resource_response(
            services.subscription_to_fhir(subscription, secret),
            201,
            {"Location": f"{ctx.base_url}/Subscription/{subscription.pk}"},
        )
    result = services.create(
        ctx, resource_type, body, if_none_exist=request.headers.get("If-None-Exist", "")
    )
    return _written(ctx, resource_type, result, 201 if result.created else 200)


def update(
    request: HttpRequest, ctx: FhirContext, resource_type: str, resource_id: str
) -> HttpResponse:
    body = _read_body(request)
    result = services.update(
        ctx, resource_type, resource_id, body, if_match=request.headers.get("If-Match", "")
    )
    return _written(ctx, resource_type, result, 200)


# --- transaction / batch -----------------------------------------------------------------


def root(request: HttpRequest, ctx: FhirContext) -> HttpResponse:
    from clinic.fhir import transactions

    bundle = transactions.process(ctx, _read_body(request))
    return resource_response(bundle)


# --- bulk export -------------------------------------------------------------------------


def _export(request: HttpRequest, ctx: FhirContext, level: str, group_id: str = "") -> HttpResponse:
    if request.headers.get("Prefer", "").replace(" ", "") != "respond-async":
        raise InvalidInput("$export needs the header 'Prefer: respond-async'.")
    params = _query(request) if request.method == "GET" else _parameters(request)
    job = bulk.kick_off(
        ctx,
        level=level,
        group_id=group_id,
        params=params,
        request_url=request.build_absolute_uri()[:500],
    )
    return respond(
        outcome(202, "Export accepted.", issue_code="informational"),
        202,
        {"Content-Location": f"{ctx.base_url}/$export-poll-status/{job.pk}"},
    )


def _parameters(request: HttpRequest) -> dict[str, list[str]]:
    resource = services.parse_resource(_read_body(request), "Parameters")
    params: dict[str, list[str]] = {}
    for p in resource.parameter or []:
        value = p.valueString or p.valueCode or p.valueInstant
        if value is None:
            raise InvalidInput(f"Parameter '{p.name[:40]}' needs a value.")
        params.setdefault(p.name, []).append(
            str(value) if not hasattr(value, "isoformat") else value.isoformat()
        )
    return params


def export_system(request: HttpRequest, ctx: FhirContext) -> HttpResponse:
    return _export(request, ctx, BulkExportJob.Level.SYSTEM)


def export_patient(request: HttpRequest, ctx: FhirContext) -> HttpResponse:
    return _export(request, ctx, BulkExportJob.Level.PATIENT)


def export_group(request: HttpRequest, ctx: FhirContext, group_id: str) -> HttpResponse:
    return _export(request, ctx, BulkExportJob.Level.GROUP, group_id)


def export_status(request: HttpRequest, ctx: FhirContext, job_id: str) -> HttpResponse:
    job = bulk.job_for(ctx, job_id)
    if request.method == "DELETE":
        bulk.cancel(ctx, job)
        return respond(outcome(202, "Export cancelled.", issue_code="informational"), 202)
    if job.status in (BulkExportJob.Status.ACCEPTED, BulkExportJob.Status.RUNNING):
        return HttpResponse(status=202, headers={"X-Progress": job.status, "Retry-After": "2"})
    if job.status == BulkExportJob.Status.COMPLETED:
        return respond(bulk.manifest(ctx, job), 200, content_type="application/json")
    if job.status == BulkExportJob.Status.CANCELLED:
        raise NotFound("Export job was cancelled.")
    return respond(outcome(500, "The export failed; start a new one."), 500)


def export_file(request: HttpRequest, ctx: FhirContext, file_id: str) -> HttpResponse:
    return respond(bulk.file_content(ctx, file_id), 200, content_type="application/fhir+ndjson")
