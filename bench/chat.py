"""Time to first token and full turn time of the assistant, next to direct model calls.

For 1, 4 and 8 concurrent conversations, each asks one general question through the whole
pipeline (``conversation_stream_message``: storage, audit, triage, intent rules, retrieval,
then the model's streamed answer) and, in the same run, the same prompt is sent straight to
the model server (``get_client().stream_chat`` with the messages the pipeline builds). Rounds
alternate pipeline/direct so load drift hits both. Target: the pipeline adds at most 10% to
time to first token.

    LLM_ENDPOINTS=http://127.0.0.1:8011/v1 LLM_API_KEY=... .venv/bin/python bench/chat.py [--rounds 2]

Runs on a throwaway SQLite database under var/bench/ with the test fixtures' clinic.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_tmp = Path(tempfile.mkdtemp(prefix="chatbench-", dir=ROOT / "var"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "true")
os.environ["SQLITE_PATH"] = str(_tmp / "bench.sqlite3")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
os.environ.setdefault(
    "FIELD_ENCRYPTION_MASTER_KEYS", "bench:YmVuY2gtb25seS1tYXN0ZXIta2V5LW5vdC1zZWNyZXQ="
)
os.environ.setdefault("BLIND_INDEX_KEY", "YmVuY2gtb25seS1ibGluZC1pbmRleC1ub3Qtc2VjcmV0")
os.environ.setdefault("AUDIT_HMAC_KEY", "YmVuY2gtb25seS1hdWRpdC1jaGFpbi1ub3Qtc2VjcmV0")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

QUESTIONS = [
    "How should I prepare for a blood test?",
    "What can I do about a mild cold at home?",
    "How often should adults get a flu shot?",
    "What helps with trouble sleeping?",
    "Is it fine to exercise with a sore throat?",
    "How much water should I drink each day?",
    "What should I bring to my first visit?",
    "How can I lower my blood pressure with diet?",
]
MAX_TOKENS = 64


def _setup() -> list:
    from tests.clinic import factories as f

    call_command("migrate", verbosity=0)
    # The clinic's knowledge base: without sources the pipeline answers without the model,
    # which would compare a quote against a model call.
    call_command("kb_import", str(ROOT / "kb"), verbosity=0)
    org = f.OrganizationFactory(slug="bench", name="Bench clinic")
    users = []
    for i in range(8):
        user = f.UserFactory(username=f"bench{i}", is_staff=False)
        f.PatientFactory(organization=org, user=user, mrn=f"B-{i:04d}")
        users.append(user)
    return users


def _pipeline_turn(user, question: str) -> tuple[float, float]:
    from assistant.conversations import services

    conversation = services.conversation_create(patient_user=user)
    started = time.perf_counter()
    first = None
    deltas = 0
    for event in services.conversation_stream_message(
        actor=user, conversation_id=conversation.pk, text=question
    ):
        if event["event"] == "delta" and event["data"]["text"]:
            deltas += 1
            if first is None:
                first = time.perf_counter() - started
        if event["event"] == "done":
            data = event["data"]
            if data["degraded"]:
                raise SystemExit("the model answered nothing (degraded): is LLM_ENDPOINTS up?")
            if data["intent"] != "general_question" or data["handoff"]:
                raise SystemExit(f"not an answered question: intent {data['intent']}")
            if deltas < 2:
                raise SystemExit(f"the pipeline made no model call for {question!r}")
    return first or float("nan"), time.perf_counter() - started


def _direct_turn(question: str) -> tuple[float, float]:
    from assistant.conversations import ports
    from assistant.llm import get_client

    messages = ports.answer_messages(question, ports.search(question, 3))
    started = time.perf_counter()
    first = None
    for piece in get_client().stream_chat(messages, max_tokens=MAX_TOKENS, temperature=0.2):
        if first is None and piece:
            first = time.perf_counter() - started
    return first or float("nan"), time.perf_counter() - started


def _run(kind: str, users: list, concurrency: int) -> list[tuple[float, float]]:
    results: list[tuple[float, float]] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        question = QUESTIONS[i % len(QUESTIONS)]
        try:
            out = (
                _pipeline_turn(users[i], question) if kind == "pipeline" else _direct_turn(question)
            )
        except BaseException as exc:  # report, do not let a thread die silently
            print(f"  {kind} turn failed for {question!r}: {exc}", file=sys.stderr)
            raise
        with lock:
            results.append(out)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--levels", default="1,4,8")
    parser.add_argument("--verbose", action="store_true", help="print every sample")
    args = parser.parse_args()
    if not settings.LLM_ENDPOINTS:
        raise SystemExit("set LLM_ENDPOINTS (and LLM_API_KEY) to a running model server")
    from assistant.conversations import pipeline

    pipeline.ANSWER_MAX_TOKENS = MAX_TOKENS
    users = _setup()
    _direct_turn("warm up")  # connection, prefix cache
    _pipeline_turn(users[0], "How do I warm up?")  # spaCy/redaction and triage word lists
    print(
        f"model {settings.LLM_MODEL} at {settings.LLM_ENDPOINTS[0]}, max_tokens={MAX_TOKENS}, "
        f"{args.rounds} rounds per level, medians in seconds"
    )
    print(
        f"{'conc':>4} | {'direct TTFT':>11} {'pipeline TTFT':>13} {'overhead':>8} | "
        f"{'direct turn':>11} {'pipeline turn':>13}"
    )
    for level in [int(x) for x in args.levels.split(",")]:
        direct: list[tuple[float, float]] = []
        piped: list[tuple[float, float]] = []
        for r in range(args.rounds):
            order = ("direct", "pipeline") if r % 2 == 0 else ("pipeline", "direct")
            for kind in order:
                (direct if kind == "direct" else piped).extend(_run(kind, users, level))
        d_ttft = statistics.median(x[0] for x in direct)
        p_ttft = statistics.median(x[0] for x in piped)
        d_full = statistics.median(x[1] for x in direct)
        p_full = statistics.median(x[1] for x in piped)
        print(
            f"{level:>4} | {d_ttft:>11.3f} {p_ttft:>13.3f} {100 * (p_ttft / d_ttft - 1):>7.1f}% | "
            f"{d_full:>11.3f} {p_full:>13.3f}"
        )
        if args.verbose:
            print(f"     direct   (ttft, turn): {[(round(a, 2), round(b, 2)) for a, b in direct]}")
            print(f"     pipeline (ttft, turn): {[(round(a, 2), round(b, 2)) for a, b in piped]}")


if __name__ == "__main__":
    main()
