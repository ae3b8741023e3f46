"""What typo repair aims at: the words and stems the rules are written with, and a few more."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.triage.rules.dsl import Rule, pattern_stems, pattern_words


def rule_stems(rules: Iterable[Rule]) -> set[str]:
    """Stems the rules extend with ``\\w*``, ``\\w+`` or a group; typos are repaired towards these too."""
    found: set[str] = set()
    for rule in rules:
        found |= pattern_stems(rule.pattern.pattern)
        for need in (*rule.needs, rule.unless, rule.unless_clause):
            if need is not None:
                found |= pattern_stems(need.pattern)
    return found


def rule_vocabulary(rules: Iterable[Rule]) -> set[str]:
    """Words the rules are written with; typos are repaired towards these."""
    words: set[str] = set()
    for rule in rules:
        words |= rule.vocabulary
        for need in (*rule.needs, rule.unless, rule.unless_clause):
            if need is not None:
                words |= pattern_words(need.pattern)
    for extra in [
        "breathe",
        "breathing",
        "breath",
        "chest",
        "pain",
        "pressure",
        "heart",
        "attack",
        "stroke",
        "seizure",
        "unconscious",
        "unresponsive",
        "bleeding",
        "suicide",
        "suicidal",
        "overdose",
        "poisoning",
        "pregnant",
        "headache",
        "burned",
        "choking",
        "swelling",
        "throat",
        "tongue",
        "allergic",
        "reaction",
        "anaphylaxis",
        "convulsing",
        "worst",
        "respirer",
        "poitrine",
        "douleur",
        "enceinte",
        "saigne",
        "etouffe",
        "fievre",
        "embarazada",
        "respirar",
        "pecho",
        "sangrando",
        "fiebre",
        "atragantando",
        "convulsionando",
        "hinchando",
        "garganta",
        "brulure",
        "brulures",
        "brule",
        "brulee",
        "soudain",
        "soudaine",
        "brutal",
        "crache",
        "suffoque",
        "etouffement",
        "atraganto",
        "atragantado",
        "atragantada",
        "atragantamiento",
        "hincharon",
        "hinchada",
        "hinchado",
        "hinchazon",
        "anaphylactique",
        "anaphylaxie",
        "anafilaxia",
        "anafilactico",
        "intoxicacion",
        "intoxication",
        "intoxique",
        "epileptico",
        "epileptica",
        "epileptique",
        "convulsion",
        "convulsiones",
        "convulse",
        "seizing",
        "suicidarme",
        "suicider",
        "suicidaire",
        "suicidal",
        "morirme",
        "mourir",
        "inconsciente",
        "inconscient",
        "evanoui",
        "evanouie",
        "desmayo",
        "desmayado",
        "quemadura",
        "quemaduras",
        "sangrado",
        "saignement",
        "saigne",
        "hemorragia",
        "hemorragie",
        "sobredosis",
        "surdosage",
        "empoisonnement",
        "envenenamiento",
        "scarifie",
        "scarifiee",
        "symptomes",
        "sintomas",
        "repentino",
        "subito",
        "soudainement",
        "intenso",
        "nacido",
        "nacida",
        "semanas",
        "semaines",
        "weeks",
        "months",
        "child",
        "overdosed",
        "poisoned",
    ]:
        words.add(extra)
    return {w for w in words if w.isalpha()}
