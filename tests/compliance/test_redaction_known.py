"""The clinic's own patients as a deny-list, through blind-index hashes only."""

from __future__ import annotations

import datetime
import hashlib
import hmac

import pytest

from clinic.models import PatientNameToken
from clinic.services.patients import patient_create
from compliance.blind_index import blind_index
from compliance.redaction import RedactionEngine, get_engine, set_engine
from compliance.redaction.known import (
    KnownIdentifiers,
    NotReady,
    clinic_identifiers,
    name_token_hashes,
)

KEY = b"test-only-blind-index-key"


def hasher(value: str, *, purpose: str) -> str:
    normalised = value.strip().lower()
    return hmac.new(KEY, f"{purpose}:{normalised}".encode(), hashlib.sha256).hexdigest()


def loader_for(names: list[str], mrns: list[str]):
    calls = []

    def load() -> dict[str, set[str]]:
        calls.append(1)
        return {
            "name_token": {h for n in names for h in name_token_hashes(n, hasher=hasher)},
            "mrn": {hasher(m, purpose="mrn") for m in mrns},
        }

    return load, calls


def test_a_known_patient_is_caught_in_lowercase_chat_where_no_rule_would_see_a_name() -> None:
    text = "can you let zbigniewa qxalotl know her results are in, file zq-8812"
    assert "zbigniewa" in RedactionEngine().redact(text, tier="fast").text  # control
    load, _ = loader_for(["Zbigniewa Qxalotl"], ["ZQ-8812"])
    engine = RedactionEngine(known=KnownIdentifiers(loader=load, hasher=hasher))
    result = engine.redact(text, tier="fast")
    assert result.text == "can you let [NAME] know her results are in, file [MRN]"


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


def test_a_loader_that_logs_while_loading_does_not_call_itself_again() -> None:
    calls = []

    def load() -> dict[str, set[str]]:
        calls.append(1)
        # What the log filter does when the loader's own query is logged.
        engine.redact("select from clinic_patient", tier="fast")
        return {"name_token": set(name_token_hashes("Zbigniewa", hasher=hasher))}

    engine = RedactionEngine(known=KnownIdentifiers(loader=load, hasher=hasher))
    assert engine.redact("zbigniewa called", tier="fast").text == "[NAME] called"
    assert len(calls) == 1


@pytest.fixture
def process_engine():
    """The process's engine, rebuilt from settings for this test and dropped after it."""
    set_engine(None)
    yield get_engine()
    set_engine(None)


def test_a_registered_patient_and_a_practitioner_are_masked_by_the_default_loader(
    clinic_a, process_engine: RedactionEngine
) -> None:
    patient = patient_create(
        actor=clinic_a.front_desk,
        given_name="Wilhelmina",
        family_name="Zagórskaya",
        birth_date=datetime.date(1958, 2, 3),
        mrn="ZK-4091",
    )
    line = "can you check whether zagorskaya has her labs back, file zk-4091"
    assert RedactionEngine().redact(line, tier="fast").text == line  # no rule sees either

    assert process_engine.redact(line, tier="fast").text == (
        "can you check whether [NAME] has her labs back, file [MRN]"
    )
    unknown = "can you check whether qorvendal has her labs back, file zk-4098"
    assert process_engine.redact(unknown, tier="fast").text == unknown
    # Practitioner PracA Testdoc (tests/conftest.py): workforce names are on the list too.
    assert process_engine.redact("ask testdoc about it", tier="fast").text == "ask [NAME] about it"

    # The engine's hash of a whole token is the clinic's own stored hash of that token.
    stored = set(PatientNameToken.objects.filter(patient=patient).values_list("token", flat=True))
    loaded = set(name_token_hashes("Wilhelmina Zagórskaya", hasher=blind_index))
    assert len(loaded) == 2
    assert loaded <= stored
    assert loaded <= set(clinic_identifiers()["name_token"])
    # The prefixes the clinic also stores ("za", "zag", ...) are not on the deny-list.
    assert len(stored - set(clinic_identifiers()["name_token"])) > 10


def test_a_loader_that_is_not_ready_is_asked_again_on_the_next_call() -> None:
    answers: list = [NotReady(), NotReady(), {"mrn": {hasher("ZQ-8812", purpose="mrn")}}]

    def load() -> dict:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    known = KnownIdentifiers(loader=load, hasher=hasher)
    engine = RedactionEngine(known=known)
    assert engine.redact("file zq-8812", tier="fast").text == "file zq-8812"
    assert engine.redact("file zq-8812", tier="fast").text == "file zq-8812"
    assert engine.redact("file zq-8812", tier="fast").text == "file [MRN]"
    assert known.load_failures == 0
