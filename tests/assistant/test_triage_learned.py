"""The learned second opinion of the emergency check (assistant/triage/learned.py).

What is pinned here: the weights file is plain arrays trained on the current tuning sets and
never on the judge; features and scores are deterministic; the classifier is asked only when
no rule fired and reads only the clauses context left live (history, topic questions and
hypotheticals stay quiet); its decisions carry a ``learned.<category>`` id, never text.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.triage import check, learned
from assistant.triage.engine import live_text, matching_rules
from assistant.triage.rules import CATEGORIES
from tests.assistant.triage_checks import stays_quiet

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
import triage as triage_bench  # noqa: E402  (bench/triage.py: the sets and the judge)
import triage_train  # noqa: E402  (bench/triage_train.py: what the weights are trained on)


def test_weights_are_plain_arrays_without_pickle():
    with np.load(learned.MODEL_PATH, allow_pickle=False) as data:
        assert {"vocabulary", "idf", "weights", "intercepts", "classes"} <= set(data.files)
        assert data["weights"].shape == (len(data["vocabulary"]), len(data["classes"]))
    assert sorted(learned.model().classes) == sorted([*CATEGORIES, "none"])


def test_weights_were_trained_on_the_current_tuning_sets_and_never_on_the_judge():
    with np.load(learned.MODEL_PATH, allow_pickle=False) as data:
        trained = dict(
            zip(data["training_sets"].tolist(), data["training_sha256"].tolist(), strict=True)
        )
    assert triage_bench.JUDGE not in trained
    assert sorted(trained) == sorted(triage_train.tuning_sets()), (
        "run bench/triage_train.py after adding a set"
    )
    for name, digest in trained.items():
        current = hashlib.sha256((triage_bench.DATA / triage_train.FILES[name]).read_bytes())
        assert current.hexdigest() == digest, f"{name} changed: run bench/triage_train.py"


def test_features_are_character_ngrams_of_each_word_and_word_pairs():
    grams = learned.features("chest hurts")
    # Keys are "c" + a character n-gram of " chest " or " hurts ", or "w" + words.
    assert grams["c ch"] == 1
    assert grams["chest "] == 1
    assert grams["cts "] == 1
    assert grams["c chest"] == 0  # six characters: longer than the longest n-gram
    assert grams["wchest hurts"] == 1
    assert grams["whurts"] == 1
    assert learned.features("") == {}


def test_scores_are_deterministic_and_probabilities():
    text = live_text("my husband is grey and sweaty and holding his chest")
    first = learned.model().probabilities(text)
    assert first == learned.model().probabilities(text)
    assert sum(first.values()) == pytest.approx(1.0)
    assert learned.opinion("") == ("none", 0.0)


def test_unknown_words_alone_score_as_the_prior_not_an_alarm():
    _category, p = learned.opinion("zzqx vvkw")
    assert p < learned.THRESHOLD


# Emergencies in wordings no rule matches (checked below), which the classifier catches.
CLASSIFIER_ONLY = [
    ("suicide_self_harm", "i gave away my guitar and wrote letters to everyone, tonight i'm done"),
    (
        "suicide_self_harm",
        "j'ai donné mes affaires et écrit une lettre à chacun, ce soir c'est fini",
    ),
    ("suicide_self_harm", "regalé mis cosas y les dejé cartas a todos, esta noche se acaba"),
    ("overdose_poisoning", "my son got into the blue stuff under the sink and drank some"),
    ("overdose_poisoning", "ma fille a avalé le liquide bleu du lave-vaisselle"),
    ("overdose_poisoning", "el niño se tomó un trago del líquido azul de limpiar"),
    ("bleeding", "i can't stop the blood from my leg, it's soaking everything"),
]


@pytest.mark.parametrize(("category", "message"), CLASSIFIER_ONLY)
def test_the_classifier_catches_what_no_rule_matches(category, message):
    assert matching_rules(message) == []
    result = check(message)
    assert result.emergency, message
    assert result.category == category
    assert result.matched_rule == f"learned.{category}"


@pytest.mark.parametrize(
    "message",
    [
        # Context drops these clauses before the classifier reads anything.
        "what are the warning signs of a stroke, like a drooping face or slurred speech?",
        "if someone's lips swell after peanuts, should they use the epipen?",
        "had a heart attack in 2015 with crushing chest pain, need my statin refilled",
        "qué hago si a mi hijo le da una convulsión? pregunta para saber",
        "mon chien a mangé du chocolat et il vomit",
        # Routine talk.
        "can i move my appointment with the cardiologist to next tuesday",
        "necesito una receta nueva para la presión",
        "est-ce que la clinique est ouverte samedi matin",
    ],
)
def test_context_and_routine_talk_stay_quiet(message):
    stays_quiet(message)


def test_a_rule_hit_keeps_its_rule_id():
    result = check("I think I'm having a heart attack, crushing chest pain down my left arm")
    assert result.emergency
    assert not result.matched_rule.startswith("learned.")
