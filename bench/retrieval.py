"""Knowledge-base retrieval benchmark: hit@1 and hit@3, and the groundedness pass share.

    .venv/bin/python bench/retrieval.py

Imports the demo knowledge base (kb/) into a throw-away SQLite database, then runs every
question of bench/data/retrieval.tsv through ``assistant.knowledge.search``. A hit is the
expected section (document#anchor) among the first k passages; the document-level rate is
printed too. With LLM_ENDPOINTS set, each question is also answered through the model and
``compose_answer``; the share of drafts that pass the groundedness check is printed
(without a model that figure is reported as not measured).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_tmp = tempfile.mkdtemp(prefix="kb-bench-")
os.environ["SQLITE_PATH"] = str(Path(_tmp) / "bench.sqlite3")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

from assistant.answers import build_messages, compose_answer, model_generate  # noqa: E402
from assistant.grounding import check_grounded  # noqa: E402
from assistant.knowledge import kb_import, search  # noqa: E402


def load() -> list[tuple[str, str]]:
    rows = []
    for line in (ROOT / "bench/data/retrieval.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            question, target = line.split("\t")
            rows.append((question, target))
    return rows


def main() -> None:
    call_command("migrate", verbosity=0)
    report = kb_import(path=settings.KB_DIR)
    print(f"knowledge base: {len(report.created)} documents imported")
    rows = load()
    hit1 = hit3 = doc1 = doc3 = 0
    misses = []
    started = time.perf_counter()
    for question, target in rows:
        slug = target.split("#")[0]
        found = [p.url.removeprefix("/kb/") for p in search(question, k=3)]
        docs = [u.split("#")[0] for u in found]
        hit1 += found[:1] == [target]
        hit3 += target in found
        doc1 += docs[:1] == [slug]
        doc3 += slug in docs
        if target not in found:
            misses.append(f"  {question!r}: expected {target}, got {found}")
    elapsed = time.perf_counter() - started
    n = len(rows)
    print(f"questions: {n}")
    print(f"section hit@1: {hit1 / n:.3f}   section hit@3: {hit3 / n:.3f}")
    print(f"document hit@1: {doc1 / n:.3f}  document hit@3: {doc3 / n:.3f}")
    print(f"search time: {1000 * elapsed / n:.2f} ms per question")
    if misses:
        print("section misses:\n" + "\n".join(misses))

    generate = model_generate()
    if generate is None:
        print("groundedness pass share: not measured (LLM_ENDPOINTS is not set)")
        return
    passed = fallback = deferred = failed_calls = 0
    started = time.perf_counter()
    english = [(q, t) for q, t in rows if q.isascii()]
    for question, _target in english:
        passages = search(question, k=3)
        try:
            draft = generate(build_messages(question, passages))
        except Exception:
            failed_calls += 1
            continue
        passed += check_grounded(draft, passages).grounded
        answer = compose_answer(question, passages, generate=lambda m, d=draft: d)
        fallback += answer.fallback
        deferred += answer.deferred
    done = len(english) - failed_calls
    print(
        f"groundedness pass share (model drafts, English questions): "
        f"{passed / max(done, 1):.3f} ({passed}/{done}); fell back to quoting: {fallback}; "
        f"deferred: {deferred}; failed model calls: {failed_calls}; "
        f"{(time.perf_counter() - started) / max(len(english), 1):.1f} s per answer"
    )


if __name__ == "__main__":
    main()
