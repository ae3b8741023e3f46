"""The clinic's own patients as a deny-list, through blind-index hashes only."""

from __future__ import annotations

import hashlib
import hmac

from compliance.redaction import RedactionEngine
from compliance.redaction.known import KnownIdentifiers

KEY = b"test-only-blind-index-key"


def hasher(value: str, *, purpose: str) -> str:
    normalised = value.strip().lower()
    return hmac.new(KEY, f"{purpose}:{normalised}".encode(), hashlib.sha256).hexdigest()


def loader_for(names: list[str], mrns: list[str]):
    calls = []

    def load() -> dict[str, set[str]]:
        calls.append(1)
        tokens = {t for n in names for t in n.lower().split()}
        return {
            "name_token": {hasher(t, purpose="name_token") for t in tokens},
            "mrn": {hasher(m, purpose="mrn") for m in mrns},
        }

    return load, calls


def test_a_known_patient_is_caught_in_lowercase_chat_where_no_rule_would_see_a_name() -> None:
    text = "can you tell zbigniewa qxalotl her results are in, file zq-88123"
    assert "zbigniewa" in RedactionEngine().redact(text, tier="fast").text  # control
    load, _ = loader_for(["Zbigniewa Qxalotl"], ["ZQ-88123"])
    engine = RedactionEngine(known=KnownIdentifiers(loader=load, hasher=hasher))
    result = engine.redact(text, tier="fast")
    assert result.text == "can you tell [NAME] her results are in, file [MRN]"


def test_a_known_name_that_is_an_everyday_word_is_masked_only_beside_another_known_token() -> None:
    load, _ = loader_for(["Hope Qxalotl"], [])
    engine = RedactionEngine(known=KnownIdentifiers(loader=load, hasher=hasher))
    assert (
        engine.redact("i hope the rash goes away", tier="fast").text == "i hope the rash goes away"
    )
    assert engine.redact("message for hope qxalotl", tier="fast").text == "message for [NAME]"


def test_the_loader_is_called_again_after_the_refresh_interval_and_failures_keep_the_old_sets() -> (
    None
):
    now = [0.0]
    names = ["Zbigniewa Qxalotl"]
    load, calls = loader_for(names, [])
    known = KnownIdentifiers(loader=load, hasher=hasher, refresh_seconds=60, clock=lambda: now[0])
    engine = RedactionEngine(known=known)
    assert engine.redact("zbigniewa qxalotl", tier="fast").text == "[NAME]"
    now[0] = 30
    engine.redact("x", tier="fast")
    assert len(calls) == 1
    names.append("Wendeline Prx")
    now[0] = 61
    assert engine.redact("wendeline prx", tier="fast").text == "[NAME]"
    assert len(calls) == 2

    def broken() -> dict:
        raise ConnectionError("database down")

    known._loader = broken
    now[0] = 200
    assert engine.redact("zbigniewa qxalotl", tier="fast").text == "[NAME]"
    assert known.load_failures == 1
