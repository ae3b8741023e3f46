"""The full tier's learned token tagger (compliance/redaction/tagger.py): its model is verified
before use, it is deterministic, it finds identifiers in wordings the rules have no grammar
for, it leaves eponyms and clinical look-alikes alone, and the fast tier never uses it."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from compliance.redaction import tagger
from compliance.redaction.engine import RedactionEngine

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def engine() -> RedactionEngine:
    return RedactionEngine()


@pytest.fixture
def fresh_tagger():
    """get_tagger() is cached per process: clear it around a test that changes the model."""
    clear = tagger.get_tagger.cache_clear
    clear()
    yield
    clear()


def test_the_shipped_model_matches_its_pinned_digest():
    assert hashlib.sha256(tagger.MODEL_PATH.read_bytes()).hexdigest() == tagger.MODEL_SHA256
    # The model grows with its training data, about 0.13 MB a split (5.4 MB on 40 splits); a
    # file far past that is a mistake (features or parameters changed), not more data.
    assert tagger.MODEL_PATH.stat().st_size < 6_000_000


def test_a_tampered_model_file_is_refused(tmp_path):
    tampered = tmp_path / "tagger.crfsuite"
    data = bytearray(tagger.MODEL_PATH.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    with pytest.raises(tagger.TaggerIntegrityError, match="does not match"):
        tagger.Tagger(tampered)


def test_a_missing_model_file_is_refused(tmp_path):
    with pytest.raises(tagger.TaggerIntegrityError, match="missing"):
        tagger.Tagger(tmp_path / "absent.crfsuite")


def test_the_full_tier_fails_closed_on_a_tampered_model(tmp_path, monkeypatch, fresh_tagger):
    tampered = tmp_path / "tagger.crfsuite"
    shutil.copy(tagger.MODEL_PATH, tampered)
    with tampered.open("ab") as f:
        f.write(b"\0")
    monkeypatch.setattr(tagger, "MODEL_PATH", tampered)
    engine = RedactionEngine()
    result = engine.redact("call maria gonzalez at 617-555-0143", tier="full")
    assert result.failed
    assert result.text == "[REDACTED]"
    assert "maria" not in result.text


def test_the_fast_tier_does_not_use_the_tagger(monkeypatch, fresh_tagger):
    def broken():
        raise tagger.TaggerIntegrityError("no model")

    monkeypatch.setattr(tagger, "get_tagger", broken)
    engine = RedactionEngine()
    fast = engine.redact("call maria gonzalez at 617-555-0143", tier="fast")
    assert not fast.failed
    assert fast.text == "call [NAME] at [PHONE]"
    assert engine.redact("call maria gonzalez at 617-555-0143", tier="full").failed


def test_tagging_is_deterministic(engine):
    text = "Escort for Philippa Ardmore-Kessel arriving 4/18, reach her on 774 20 13 9955"
    first = tagger.get_tagger().find(text)
    assert first == tagger.get_tagger().find(text)
    assert engine.redact(text, tier="full") == engine.redact(text, tier="full")


def test_training_is_deterministic(tmp_path):
    spec = importlib.util.spec_from_file_location("redaction_train", BENCH / "redaction_train.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(BENCH))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    small = {"seeds": (1,), "per_kind": 8, "phi_free": 8, "params": {"max_iterations": 15}}
    first = module.train(("tune",), tmp_path / "a.crfsuite", **small)
    second = module.train(("tune",), tmp_path / "b.crfsuite", **small)
    assert first == second


def test_decoding_keeps_runs_that_reach_the_high_threshold():
    tokens = tagger.tokenize("seen by Ann Lee today")
    o = {"O": 1.0, "NAME": 0.0}
    weak = {"O": 0.6, "NAME": 0.4}
    strong = {"O": 0.02, "NAME": 0.98}
    found = tagger.decode(tokens, [o, o, weak, strong, o], low=0.3, high=0.95)
    assert [(c.start, c.end, c.label) for c in found] == [(8, 15, "NAME")]
    assert tagger.decode(tokens, [o, o, weak, weak, o], low=0.3, high=0.95) == []
    assert all(c.score <= tagger.MAX_SCORE for c in found)


# New wordings (none a line of any split): phone numbers in groupings that neither the phone
# grammar nor Presidio reads.
FOUND_BY_THE_TAGGER = [
    ("ring the daughter back on 415 88 20 1174", "415 88 20 1174"),
    ("best number is 212 7 55 0148 after six", "212 7 55 0148"),
    ("emergency contact Henrike Dahlgren 508 77 41 2290", "508 77 41 2290"),
]


@pytest.mark.parametrize(("text", "identifier"), FOUND_BY_THE_TAGGER)
def test_the_full_tier_finds_what_the_rules_alone_miss(engine, monkeypatch, text, identifier):
    full = engine.redact(text, tier="full")
    assert identifier not in full.text
    assert not full.failed
    assert identifier in engine.redact(text, tier="fast").text
    monkeypatch.setattr(engine.full_tier(), "tagger", None)
    assert identifier in engine.redact(text, tier="full").text


# Eponyms and clinical look-alikes the experiment's tagger masked; the stop-list keeps them.
LOOK_ALIKES = [
    "Austin Flint murmur heard at the apex",
    "Bence Jones proteins negative",
    "Mallory-Weiss tear suspected after emesis",
    "Child-Pugh B cirrhosis, MELD 14",
    "CPT 71046 chest x-ray two views",
    "hx Guillain-Barre, positive Tinel's on the left",
    "Salter-Harris II fracture of the distal radius",
    "NYHA class III, on Eliquis and Lasix",
    "Bence Jones proteinuria on the UPEP",
    # Shapes the tagger got wrong on left-out data: codes after their code system, source
    # code in a stack trace or a field path, version numbers, a field's code in capitals.
    "codes: CPT 99214, 36415, 80053",
    "at renderChart (charts.js:88:3)",
    "\tat org.demo.sched.Slot.book(Slot.java:42)",
    '{"path":"patient.homePhone","error":"required"}',
    "Firefox 118.0.2 on Windows 10.0.22631.3007",
    "OBX|2|ST|NOKNAME||refused||||||F",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_eponyms_and_clinical_look_alikes_survive_the_full_tier(engine, text):
    assert engine.redact(text, tier="full").text == text


def test_stop_list_drops_eponym_names_but_not_people():
    text = "Mallory-Weiss tear; seen by Ann Weiss"
    assert tagger.stop_listed(text, 0, 13, "NAME")
    assert not tagger.stop_listed(text, 28, 36, "NAME")
    assert not tagger.stop_listed("call 71046", 5, 10, "PHONE")


def test_the_tagger_sees_which_word_lists_know_a_word() -> None:
    assert "ln" in tagger.word_lists("Okafor")  # a surname the training data need not hold
    assert "fn" in tagger.word_lists("renee")
    assert "cl" in tagger.word_lists("metformin")
    assert "ln" not in tagger.word_lists("metformin")
    assert tagger.word_lists("Zzyqxw") == ("none",)
    assert tagger.word_lists("4412") == ()
    tokens = tagger.tokenize("tell okafor hi")
    features = tagger.token_features(tokens)
    assert features[1]["gz=ln"] == 1.0
    assert features[0]["gz1=ln"] == 1.0
    assert features[2]["gz-1=ln"] == 1.0
