"""FHIR API throughput and latency, with the compliance layer on, beside a plain DRF baseline.

    .venv/bin/python bench/api.py [--patients 300] [--seconds 3] [--concurrency 1,4,16]

What it measures, in one run against one in-process threaded HTTP server on 127.0.0.1:

* ``fhir Patient search``: ``GET /fhir/Patient?name=<prefix>&_count=20`` with a bearer token:
  token lookup, scope check, blind-index name search, decryption of every returned field,
  fhir.resources validation and one audit event (hash chain append) per request.
* ``fhir Observation read``: ``GET /fhir/Observation/<id>``: same layers, one row.
* ``plain Patient search`` / ``plain Observation read``: the same queries through plain DRF
  endpoints over unencrypted copies of the same rows (``istartswith`` on a plain name column),
  no authentication, no audit, no FHIR validation. That is the baseline the compliance and
  FHIR layers are paid against.

Numbers are requests per second and p50/p95 latency per concurrency level, measured with
httpx from a thread pool in the same process (so the client competes with the server for the
GIL: compare rows with each other, not with other machines). SQLite unless DATABASE_URL is
set; SQLite serialises the audit appends, PostgreSQL serialises them on the chain-head row.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from throwaway import setup  # bench/ is on sys.path when a bench runs

setup("fhir-bench-")

from django.conf import settings  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.urls import include, path  # noqa: E402
from rest_framework import generics, serializers  # noqa: E402
from rest_framework.permissions import AllowAny  # noqa: E402


class PlainPatient(models.Model):  # noqa: DJ008 - bench-only table
    given_name = models.CharField(max_length=100)
    family_name = models.CharField(max_length=100, db_index=True)
    birth_date = models.DateField()
    mrn = models.CharField(max_length=40)

    class Meta:
        app_label = "fhir"
        db_table = "bench_plain_patient"
        managed = False


class PlainObservation(models.Model):  # noqa: DJ008 - bench-only table
    patient = models.ForeignKey(PlainPatient, on_delete=models.CASCADE, db_constraint=False)
    code = models.CharField(max_length=40)
    display = models.CharField(max_length=200)
    value = models.CharField(max_length=200)
    unit = models.CharField(max_length=40)
    effective_at = models.DateTimeField()

    class Meta:
        app_label = "fhir"
        db_table = "bench_plain_observation"
        managed = False


class PlainPatientSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlainPatient
        fields = ["id", "given_name", "family_name", "birth_date", "mrn"]


class PlainObservationSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlainObservation
        fields = ["id", "patient", "code", "display", "value", "unit", "effective_at"]


class PlainPatientSearch(generics.ListAPIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    serializer_class = PlainPatientSerializer

    def get_queryset(self):  # type: ignore[override]
        name = self.request.query_params.get("name", "")
        return PlainPatient.objects.filter(family_name__istartswith=name).order_by("pk")[:20]


class PlainObservationRead(generics.RetrieveAPIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    serializer_class = PlainObservationSerializer
    queryset = PlainObservation.objects.all()


urlpatterns = [
    path("plain/patients", PlainPatientSearch.as_view()),
    path("plain/observations/<int:pk>", PlainObservationRead.as_view()),
    path("", include("config.urls")),
]


def setup_data(n_patients: int) -> tuple[str, list[int], list[int]]:
    """Migrate, seed ``n_patients`` (3 labs each) in clinic A, and return a token and ids."""
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from clinic.fhir.clients import fhir_client_create
    from clinic.models import Observation, Organization, Patient
    from clinic.services.patients import refresh_lookup_indexes, replace_name_tokens

    call_command("migrate", verbosity=0)
    with connection.schema_editor() as editor:
        editor.create_model(PlainPatient)
        editor.create_model(PlainObservation)
    org = Organization.objects.create(slug="bench", name="Bench Clinic")
    families = ["Smith", "Jones", "Garcia", "Nguyen", "Okafor", "Kowalski", "Haddad", "Tanaka"]
    obs_ids, plain_obs_ids = [], []
    now = timezone.now()
    for i in range(n_patients):
        family = families[i % len(families)] + ("" if i < len(families) else str(i))
        p = Patient(
            organization=org,
            given_name=f"Bench{i}",
            family_name=family,
            birth_date=datetime.date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
            mrn=f"B-{i:06d}",
        )
        refresh_lookup_indexes(p)
        p.save()
        replace_name_tokens(p)
        pp = PlainPatient.objects.create(
            given_name=p.given_name, family_name=family, birth_date=p.birth_date, mrn=p.mrn
        )
        for k in range(3):
            o = Observation.objects.create(
                patient=p,
                code_system="http://loinc.org",
                code="4548-4",
                display="HbA1c",
                value=f"{5 + k / 10:.1f}",
                unit="%",
                effective_at=now - datetime.timedelta(days=30 * k),
            )
            po = PlainObservation.objects.create(
                patient=pp,
                code="4548-4",
                display="HbA1c",
                value=o.value,
                unit="%",
                effective_at=o.effective_at,
            )
            obs_ids.append(o.pk)
            plain_obs_ids.append(po.pk)
    client, secret = fhir_client_create(
        actor=None, organization_id=org.pk, name="Bench EHR", scopes="system/*.read"
    )
    return f"{client.application.client_id}:{secret}", obs_ids, plain_obs_ids


def start_server() -> str:
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadedWSGIServer(("127.0.0.1", 0), Quiet, allow_reuse_address=False)
    server.set_app(WSGIHandler())
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


def measure(
    label: str,
    make_url: Callable[[int], str],
    headers: dict[str, str],
    concurrency: int,
    seconds: float,
) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(w: int) -> None:
        nonlocal errors
        with httpx.Client(headers=headers, timeout=30) as http:
            i = w
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                response = http.get(make_url(i))
                elapsed = time.perf_counter() - t0
                with lock:
                    if response.status_code == 200:
                        latencies.append(elapsed)
                    else:
                        errors += 1
                i += concurrency

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(worker, range(concurrency)))
    wall = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else float("nan")
    return {
        "label": label,
        "c": concurrency,
        "n": len(latencies),
        "errors": errors,
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p95": p95 * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--patients", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--concurrency", default="1,4,16")
    args = parser.parse_args()
    settings.ROOT_URLCONF = __name__
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

    import httpx

    credentials, obs_ids, plain_obs_ids = setup_data(args.patients)
    base = start_server()
    client_id, secret = credentials.split(":", 1)
    token = httpx.post(
        f"{base}/fhir/auth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
    ).json()["access_token"]
    fhir_headers = {"Authorization": f"Bearer {token}", "Accept": "application/fhir+json"}
    prefixes = ["smi", "jon", "gar", "ngu", "oka", "kow", "had", "tan"]
    cases = [
        (
            "fhir Patient search",
            lambda i: f"{base}/fhir/Patient?name={prefixes[i % 8]}&_count=20",
            fhir_headers,
        ),
        ("plain Patient search", lambda i: f"{base}/plain/patients?name={prefixes[i % 8]}", {}),
        (
            "fhir Observation read",
            lambda i: f"{base}/fhir/Observation/{obs_ids[i % len(obs_ids)]}",
            fhir_headers,
        ),
        (
            "plain Observation read",
            lambda i: f"{base}/plain/observations/{plain_obs_ids[i % len(plain_obs_ids)]}",
            {},
        ),
    ]
    db = connection.vendor
    print(
        f"# {args.patients} patients, {len(obs_ids)} observations, {db}, "
        f"{args.seconds:.0f}s per cell, python {sys.version.split()[0]}, {os.cpu_count()} cpus"
    )
    print(f"{'case':<24}{'conc':>5}{'reqs':>7}{'err':>5}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for c in [int(x) for x in args.concurrency.split(",")]:
        for label, make_url, headers in cases:
            r = measure(label, make_url, headers, c, args.seconds)
            print(
                f"{r['label']:<24}{r['c']:>5}{r['n']:>7}{r['errors']:>5}{r['rps']:>9.1f}"
                f"{r['p50']:>9.1f}{r['p95']:>9.1f}"
            )


if __name__ == "__main__":
    main()
