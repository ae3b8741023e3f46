"""Train the emergency check's learned second opinion (assistant/triage/learned.py).

    .venv/bin/python bench/triage_train.py                      # train, write learned.npz
    .venv/bin/python bench/triage_train.py --leave-out heldout5 # train without one set, score it
    .venv/bin/python bench/triage_train.py --check              # is learned.npz up to date?
    .venv/bin/python bench/triage_train.py --record-spec        # rewrite triage_spec.tsv

Training data: every tuning set of bench/triage.py (never its judge) and the spec set
``triage_spec.tsv``, each message once as
written and once "noisy" (lowercased, punctuation removed, one seeded typo, buried after a
line of routine talk, as the benchmark does), read through the engine's own preparation
(``engine.live_text``). Features: ``learned.features``; tf-idf with n-grams seen in at least
two messages; a multinomial logistic regression (scikit-learn, lbfgs: deterministic) over
the 13 categories and "none", classes weighted by their frequency.

The spec set holds every message the triage tests send to the check (their look-alikes:
negation, topic questions, ages, stories; and their emergencies), labelled with the rules'
decision, which is what the tests assert: ``--record-spec`` runs those tests with a recorder
and rewrites it. Without it the classifier had no notion of "not", "I read about" or "4
months old" and broke 29 of the tests' look-alikes. Because the weights are fitted on those
messages, the tests check that the trained weights respect them, not that the classifier
generalises; held-out 6, never trained on, measures that.

``--leave-out NAME`` trains without one set and prints, on that set, plain and noisy, the
recall and false-alarm rate of the classifier alone and of the rules or the classifier, at
several thresholds: how the threshold in learned.py was chosen. The rules themselves were
tuned on every tuning set, so "rules" on a left-out set is optimistic except for a set the
rules had not yet seen.

Needs scikit-learn (requirements-dev.txt); the app itself only needs numpy to use the result.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
import triage as triage_bench  # noqa: E402  (bench/triage.py: sets, loading, noise)
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from assistant.triage import detect_language, learned  # noqa: E402
from assistant.triage.engine import live_text, matching_rules  # noqa: E402
from assistant.triage.rules import PRIORITY  # noqa: E402

C = 128.0
MIN_DF = 2


SPEC = "spec"
FILES = {**triage_bench.SETS, SPEC: "triage_spec.tsv"}
SPEC_TESTS = ["tests/assistant", "-k", "triage and not learned and not evaluation_sets"]


def tuning_sets() -> list[str]:
    return [name for name in FILES if name != triage_bench.JUDGE]


def file_digest(name: str) -> str:
    return hashlib.sha256((triage_bench.DATA / FILES[name]).read_bytes()).hexdigest()


def rules_decision(text: str) -> str:
    fired = matching_rules(text)
    return min(fired, key=lambda r: PRIORITY.index(r.category)).category if fired else "none"


class _Recorder:
    """A pytest plugin: every message the tests send to ``check``, in order, once."""

    def __init__(self) -> None:
        self.messages: dict[str, None] = {}

    def pytest_configure(self, config) -> None:
        import assistant.triage as package
        from assistant.triage import engine

        real = engine.check

        def recording(text: str):
            self.messages[text] = None
            return real(text)

        package.check = engine.check = recording


def record_spec() -> None:
    import pytest

    recorder = _Recorder()
    pytest.main([*SPEC_TESTS, "-q", "-p", "no:cacheprovider"], plugins=[recorder])
    rows = []
    for text in recorder.messages:
        flat = " ".join(text.split())
        if flat and "\t" not in flat:
            rows.append(f"{rules_decision(flat)}\t{detect_language(flat)}\t{flat}")
    header = (
        "# The spec set: every message the triage tests send to the check, labelled with the\n"
        "# rules' decision (what the tests assert). Written by bench/triage_train.py\n"
        "# --record-spec; training data for the learned classifier, never a benchmark.\n"
        "# label\tlang\tmessage\n"
    )
    path = triage_bench.DATA / FILES[SPEC]
    path.write_text(header + "\n".join(dict.fromkeys(rows)) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(rows)} messages)")


def examples(names: list[str]) -> tuple[list[str], list[str]]:
    """(live text, label) for every message of the sets, as written and noisy."""
    texts, labels = [], []
    for n, name in enumerate(names, 1):
        rows = triage_bench.load(FILES[name])
        for variant in (rows, triage_bench.noisy(rows)):
            for label, _lang, text in variant:
                texts.append(live_text(text))
                labels.append(label)
        print(f"  prepared {name} ({n}/{len(names)}): {len(rows)} messages", file=sys.stderr)
    return texts, labels


def train(texts: list[str], labels: list[str], strength: float = C) -> learned.Model:
    counts = [learned.features(text) for text in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    vocabulary = sorted(gram for gram, n in df.items() if n >= MIN_DF)
    idf = np.array(
        [math.log((1 + len(texts)) / (1 + df[g])) + 1 for g in vocabulary], dtype=np.float32
    )
    # The weighting of learned.Model itself, so training and inference cannot drift apart.
    weigh = learned.Model(
        vocabulary=vocabulary, idf=idf, weights=np.zeros((len(vocabulary), 1)),
        intercepts=np.zeros(1), classes=["none"],
    ).weigh  # fmt: skip
    rows, cols, values = [], [], []
    for r, c in enumerate(counts):
        columns, tfidf = weigh(c)
        rows.extend([r] * len(columns))
        cols.extend(columns.tolist())
        values.extend(tfidf.tolist())
    x = csr_matrix((values, (rows, cols)), shape=(len(texts), len(vocabulary)))
    started = time.perf_counter()
    clf = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000).fit(x, labels)
    print(
        f"  fitted {len(vocabulary)} n-grams x {len(clf.classes_)} classes on {len(texts)} "
        f"examples in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return learned.Model(
        vocabulary=vocabulary,
        idf=idf,
        weights=clf.coef_.T.astype(np.float32),
        intercepts=clf.intercept_.astype(np.float32),
        classes=list(clf.classes_),
    )


def save(model: learned.Model, names: list[str], path: Path) -> None:
    vocabulary = sorted(model.index, key=model.index.__getitem__)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        np.savez_compressed(
            f,
            vocabulary=np.array(vocabulary),
            idf=model.idf.astype(np.float32),
            weights=model.weights.astype(np.float32),
            intercepts=model.intercepts.astype(np.float32),
            classes=np.array(model.classes),
            training_sets=np.array(names),
            training_sha256=np.array([file_digest(name) for name in names]),
        )


def leave_out(name: str, c: float) -> None:
    names = [n for n in tuning_sets() if n != name]
    model = train(*examples(names), strength=c)
    rows = triage_bench.load(FILES[name])
    for title, variant in (("plain", rows), ("noisy", triage_bench.noisy(rows))):
        positive = np.array([label != "none" for label, _, _ in variant])
        rules = np.array([rules_decision(text) != "none" for _, _, text in variant])
        p = np.array([1 - model.probabilities(live_text(text))["none"] for _, _, text in variant])
        print(f"\n{name}, {title}: rules recall {rules[positive].mean():.3f}, "
              f"false alarms {rules[~positive].mean():.3f}")  # fmt: skip
        print(f"{'threshold':>10} {'classifier recall / FA':>24} {'rules or classifier':>22}")
        for threshold in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9):
            hit = p >= threshold
            both = hit | rules
            print(f"{threshold:10.2f} {hit[positive].mean():14.3f} / {hit[~positive].mean():.3f}"
                  f" {both[positive].mean():14.3f} / {both[~positive].mean():.3f}")  # fmt: skip


def up_to_date(path: Path) -> bool:
    with np.load(path, allow_pickle=False) as data:
        trained = dict(
            zip(data["training_sets"].tolist(), data["training_sha256"].tolist(), strict=True)
        )
    return trained == {name: file_digest(name) for name in tuning_sets()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", choices=tuning_sets())
    parser.add_argument("--check", action="store_true", help="exit 1 if learned.npz is stale")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--record-spec", action="store_true", help="rewrite triage_spec.tsv")
    parser.add_argument("--output", type=Path, default=learned.MODEL_PATH)
    args = parser.parse_args()
    logging.disable(logging.INFO)
    if args.check:
        fresh = up_to_date(args.output)
        print("learned.npz was trained on the current tuning sets" if fresh else
              "learned.npz is stale: run bench/triage_train.py")  # fmt: skip
        sys.exit(0 if fresh else 1)
    if args.record_spec:
        record_spec()
        return
    if args.leave_out:
        leave_out(args.leave_out, args.c)
        return
    names = tuning_sets()
    model = train(*examples(names), strength=args.c)
    save(model, names, args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB), "
          f"trained on {', '.join(names)}")  # fmt: skip


if __name__ == "__main__":
    main()
