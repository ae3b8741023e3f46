from __future__ import annotations

import io
import json
import logging
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command

from assistant.triage import CATEGORIES, check, detect_language, emergency_reply

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"

RED_FLAGS = [
    ("cardiac", "I have crushing chest pain going down my left arm"),
    ("cardiac", "j'ai une douleur dans la poitrine qui serre"),
    ("cardiac", "tengo un dolor muy fuerte en el pecho"),
    ("stroke", "my dad's face is drooping and his speech is slurred"),
    ("stroke", "je pense que ma mère fait un AVC"),
    ("stroke", "creo que mi abuela esta teniendo un derrame cerebral"),
    ("breathing", "I can't breathe and my lips are blue"),
    ("breathing", "je n'arrive plus à respirer"),
    ("breathing", "no puedo respirar"),
    ("anaphylaxis", "stung by a bee and my throat is closing"),
    ("anaphylaxis", "ma langue gonfle après avoir mangé des arachides"),
    ("anaphylaxis", "se me esta cerrando la garganta"),
    ("bleeding", "the cut won't stop bleeding, blood everywhere"),
    ("bleeding", "je saigne beaucoup et ça ne s'arrête pas"),
    ("bleeding", "estoy vomitando sangre"),
    ("suicide_self_harm", "I want to kill myself"),
    ("suicide_self_harm", "everyone would be better off without me"),
    ("suicide_self_harm", "I don't want to wake up tomorrow"),
    ("suicide_self_harm", "j'ai envie d'en finir"),
    ("suicide_self_harm", "ya no quiero vivir"),
    ("overdose_poisoning", "I took a whole bottle of tylenol"),
    ("overdose_poisoning", "mon fils a avalé de l'eau de javel"),
    ("overdose_poisoning", "creo que tuve una sobredosis"),
    ("seizure_unconscious", "she is having a seizure right now"),
    ("seizure_unconscious", "il a perdu connaissance"),
    ("seizure_unconscious", "mi papa se desmayo y no despierta"),
    ("pregnancy", "I'm 30 weeks pregnant and bleeding heavily"),
    ("pregnancy", "je suis enceinte et le bébé ne bouge plus"),
    ("pregnancy", "estoy embarazada y se me rompio la fuente"),
    ("infant_fever", "my 6 week old has a fever of 38.4"),
    ("infant_fever", "mon bébé de 1 mois a 38,5 de fièvre"),
    ("infant_fever", "mi recien nacido tiene fiebre"),
    ("headache", "worst headache of my life, came on suddenly"),
    ("headache", "le pire mal de tête de ma vie"),
    ("headache", "el peor dolor de cabeza de mi vida"),
    ("burn", "I spilled boiling water on my arm and it's blistering"),
    ("burn", "je me suis brûlé gravement"),
    ("burn", "quemadura grave en la pierna"),
    ("choking", "my son is choking on a grape"),
    ("choking", "mon enfant s'étouffe avec un bonbon"),
    ("choking", "mi bebe se esta atragantando"),
]

LOOK_ALIKES = [
    # history, and a third party in the past
    "I had a heart attack in 2015, need a refill",
    "my father had a stroke two years ago, can he see Dr Patel?",
    "my grandmother died of a heart attack last year",
    "j'ai fait un infarctus en 2018, j'ai besoin d'une ordonnance",
    "mi madre tuvo un derrame hace cinco años",
    "I used to self harm as a teen, now doing well",
    # hyperbole
    "this wait is killing me",
    "I'm dying to know my results",
    "the bill nearly gave me a heart attack",
    "cette attente me tue",
    "esta espera me esta matando",
    "me muero de hambre",
    # questions about a topic, hypotheticals
    "what are the signs of a stroke?",
    "what should I do if someone is choking?",
    "quels sont les signes d'une crise cardiaque ?",
    "cuales son los sintomas de un infarto?",
    # booking talk that names a specialty
    "I'd like to book an appointment with cardiology",
    "can I get a neurology referral for my migraines?",
    "quiero una cita con el cardiologo",
    "I need my seizure medication refilled",
    # the same idioms in French and Spanish
    "j'ai failli faire une crise cardiaque en voyant la facture",
    "casi me da un ataque al corazón con el precio",
    # a red-flag word naming a service or a treatment
    "book me in with the stroke rehab physio please",
    "j'ai besoin de mon traitement contre les convulsions",
    # history in Spanish without a year
    "de pequeño me atraganté con una moneda",
    "el verano pasado me quemé con aceite hirviendo",
    # negation and mild complaints
    "no chest pain, just a dry cough",
    "je n'ai pas du tout envie de me faire du mal",
    "no tengo ganas de hacerme daño, solo estoy triste",
    "I'm not suicidal, just stressed",
    "my 4 year old has a fever of 38.5",
    "I cut myself cooking, it's a tiny cut",
    "I burned my finger on the stove, it's a little red",
]


@pytest.mark.parametrize(("category", "message"), RED_FLAGS)
def test_red_flags_are_detected_in_three_languages(category: str, message: str) -> None:
    result = check(message)
    assert result.emergency
    assert result.category == category
    assert result.matched_rule.startswith(f"{category}.")


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alikes_do_not_raise_an_alarm(message: str) -> None:
    result = check(message)
    assert not result.emergency, result.matched_rule
    assert result.category == "none"


@pytest.mark.parametrize(
    ("category", "message"),
    [
        ("cardiac", "chest pian and sweating"),
        ("seizure_unconscious", "siezure that lasted more than 5 minutes"),
        ("anaphylaxis", "anafalaxis i think lips swollen"),
        ("suicide_self_harm", "sucidal thoughts all day"),
        ("cardiac", "I HAVE CHEST PAIN"),
        ("breathing", "cant breath"),
    ],
)
def test_typos_capitals_and_missing_punctuation_still_fire(category: str, message: str) -> None:
    assert check(message).category == category


@pytest.mark.parametrize(
    ("category", "message"),
    [
        # one swap inside a word the rules only know as a stem (convuls..., essouffl...)
        ("seizure_unconscious", "my husband is convlusing on the floor"),
        ("breathing", "je suis tres esosufflee depuis ce matin"),
        ("bleeding", "estoy vomiatndo sangre"),
        # a word that is an optional ending in a rule: short(?:ness)?
        ("breathing", "severe shorntess of breath"),
        # two rule words one edit away: a swap of neighbours wins (vivre, not sirve)
        ("suicide_self_harm", "je n'ai plus envie de virve"),
        # a rival misspelt stem (sucid...) does not make "suicdie" ambiguous
        ("suicide_self_harm", "thinking about suicdie"),
        # "carne" is common in Spanish, but this message is French: "crâne" mistyped
        ("headache", "j'ai un mal de carne terrible qui est arrivé d'un coup"),
    ],
)
def test_one_typo_inside_any_rule_word_or_stem_still_fires(category: str, message: str) -> None:
    assert check(message).category == category


def _every_neighbour_swap(message: str) -> list[str]:
    words = message.split()
    variants = []
    for i, word in enumerate(words):
        for j in range(len(word) - 1):
            typo = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            if len(word) >= 5 and word.isalpha() and typo != word:
                variants.append(" ".join([*words[:i], typo, *words[i + 1 :]]))
    return variants


@pytest.mark.parametrize(
    ("category", "message"),
    [
        ("cardiac", "crushing chest pressure and sweating"),
        ("anaphylaxis", "my throat is swelling shut"),
        ("seizure_unconscious", "she is unresponsive"),
        ("bleeding", "je saigne beaucoup"),
        ("choking", "mi hijo se esta atragantando"),
    ],
)
def test_every_single_neighbour_swap_still_fires(category: str, message: str) -> None:
    variants = _every_neighbour_swap(message)
    assert variants
    missed = [v for v in variants if check(v).category != category]
    assert missed == []


def test_a_common_word_of_the_messages_language_is_never_repaired() -> None:
    # "carne" stays meat in Spanish; "cooking" stays cooking in any language.
    assert not check("comi carne asada y ahora me duele un poco la cabeza").emergency
    assert not check("je faisais du cooking quand j'ai eu mal au dos").emergency


def test_an_emergency_buried_after_routine_talk_fires() -> None:
    message = (
        "Hi, I wanted to ask whether you validate parking and if my insurance card on file is "
        "still current. Also my husband is slurring his words and his face looks crooked"
    )
    assert check(message).category == "stroke"


def test_a_service_name_or_negation_does_not_hide_a_current_emergency() -> None:
    assert check("he is having a seizure in the stroke clinic waiting room").emergency
    assert check("j'ai envie de me faire du mal").category == "suicide_self_harm"
    assert check("tengo ganas de hacerme daño").category == "suicide_self_harm"


def test_history_in_one_sentence_does_not_hide_a_current_emergency() -> None:
    assert check("I had a heart attack in 2015. Now I have crushing chest pain").emergency
    assert check("I had a heart attack in 2015 and now I have chest pain").emergency


def test_a_real_word_is_never_corrected_into_a_red_flag() -> None:
    # "cooking" is one edit from "choking"; "strike" one from "stroke".
    assert not check("I was cooking dinner when my back started hurting").emergency
    assert not check("the nurses are on strike, is the clinic open?").emergency


def test_empty_and_whitespace_messages_are_not_emergencies() -> None:
    assert not check("").emergency
    assert not check("   \n ").emergency


def test_matched_rule_never_contains_message_text() -> None:
    result = check("my neighbour Jane Doe is having a seizure")
    assert result.emergency
    assert "jane" not in result.matched_rule.lower()


def test_the_check_logs_the_rule_not_the_message(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="assistant.triage"):
        check("Maria Lopez here, I took 40 pills of my sertraline")
    assert caplog.records, "an emergency should be logged for the audit trail"
    for record in caplog.records:
        text = record.getMessage() + " " + json.dumps(record.__dict__, default=str)
        assert "Maria" not in text
        assert "sertraline" not in text


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("I have a question about my bill", "en"),
        ("je voudrais prendre rendez-vous avec le médecin", "fr"),
        ("quiero pedir una cita con el doctor para mi hija", "es"),
        ("", "en"),
    ],
)
def test_detect_language(message: str, language: str) -> None:
    assert detect_language(message) == language


def test_emergency_reply_uses_the_clinic_numbers_and_language() -> None:
    numbers = {"emergency": "112", "crisis": "3114", "poison": "01 40 05 48 48"}
    reply = emergency_reply("suicide_self_harm", language="fr", numbers=numbers)
    assert "3114" in reply
    assert "112" in reply
    assert "Appelez" in reply
    poison = emergency_reply("overdose_poisoning", language="en", numbers=numbers)
    assert "01 40 05 48 48" in poison


def test_emergency_reply_falls_back_to_configured_defaults(settings) -> None:
    settings.EMERGENCY_NUMBERS = {"emergency": "911", "crisis": "988", "poison": "1-800-222-1222"}
    reply = emergency_reply("suicide_self_harm", language="es", numbers={})
    assert "988" in reply
    assert "911" in reply
    assert "Llame" in reply


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_category_has_guidance_in_every_language(category: str, language: str) -> None:
    reply = emergency_reply(category, language=language, numbers={"emergency": "999"})
    assert "999" in reply
    assert "{" not in reply


def test_triage_command_writes_one_json_object_per_input_line(monkeypatch) -> None:
    lines = "I had a heart attack in 2015, need a refill\nmy baby is choking\nquiero matarme\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    out = io.StringIO()
    call_command("triage", stdout=out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert results == [
        {"emergency": False, "category": "none"},
        {"emergency": True, "category": "choking"},
        {"emergency": True, "category": "suicide_self_harm"},
    ]


def _load(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, _lang, text = line.split("\t", 2)
            rows.append((label, text))
    return rows


# The sets the rules were tuned on. A blind set is never read here: a failing test would
# invite tuning on it.
@pytest.mark.parametrize(
    "dataset",
    ["triage_dev.tsv", "triage_heldout.tsv", "triage_heldout2.tsv", "triage_heldout3.tsv"],
)
def test_evaluation_sets_meet_the_recall_and_false_alarm_targets(dataset: str) -> None:
    rows = _load(dataset)
    positives: Counter[str] = Counter()
    found: Counter[str] = Counter()
    false_alarms = negatives = 0
    for label, text in rows:
        emergency = check(text).emergency
        if label == "none":
            negatives += 1
            false_alarms += emergency
        else:
            positives[label] += 1
            found[label] += emergency
    assert set(positives) == set(CATEGORIES)
    for category, n in positives.items():
        assert found[category] / n >= 0.99, category
    assert false_alarms / negatives <= 0.05


@pytest.mark.parametrize(
    ("category", "message"),
    [
        ("cardiac", "my chest feels like it's being squeezed in a vice"),
        ("cardiac", "j'ai comme un poids qui m'écrase la poitrine"),
        ("cardiac", "siento que me aprietan el pecho"),
        ("seizure_unconscious", "my uncle collapsed and isn't responding"),
        ("seizure_unconscious", "il est tombé par terre, il ne bouge plus"),
        ("seizure_unconscious", "se desplomó en el piso y no contesta"),
        ("pregnancy", "estoy embarazada y veo borroso con dolor de cabeza muy fuerte"),
        ("pregnancy", "enceinte de 8 mois, je vois des étoiles"),
        ("choking", "my baby is gagging and can't cough"),
        ("suicide_self_harm", "je vais me tuer ce soir"),
        ("suicide_self_harm", "me voy a matar"),
    ],
)
def test_new_wordings_of_each_gap_class_fire(category: str, message: str) -> None:
    assert check(message).category == category


@pytest.mark.parametrize(
    "message",
    [
        "the new rota is going to give me a stroke",
        "ce dossier va me donner une crise cardiaque",
        "esta cola me va a dar un derrame",
        "what's the treatment for a stroke?",
        "qu'est-ce qu'une convulsion ?",
        "¿cuál es el tratamiento del infarto?",
        "ma sœur va me tuer si j'oublie son anniversaire",
        "mi hermano va a matarme, rompí su móvil",
        "hace diecisiete años tuve un infarto",
        "il y a treize ans j'ai fait un AVC",
        "my cough isn't responding to the antibiotics",
        "le cabinet ne répond pas à mes mails",
    ],
)
def test_figures_of_speech_topic_questions_and_old_history_stay_quiet(message: str) -> None:
    assert not check(message).emergency


def test_alternatives_in_a_group_before_a_wildcard_are_stems_not_words() -> None:
    from assistant.triage.rules import pattern_stems, pattern_words

    source = r"(?:atorad|atascad)\w* en la garganta"
    assert pattern_stems(source) == {"atorad", "atascad"}
    assert pattern_words(source) == {"garganta"}


def test_a_typo_reaches_a_rule_word_that_shares_its_sound_key_with_another() -> None:
    # "pression" (fr) and "presion" (es) fold to one key; the French typo must still fire.
    assert check("j'ai une grosse perssion sur la poitrine").category == "cardiac"
