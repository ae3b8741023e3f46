"""Word lists for the name detector, loaded once (see data/README.md for where they come from)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


def _load(name: str) -> frozenset[str]:
    return frozenset((_DATA / name).read_text(encoding="utf-8").split())


@cache
def first_names() -> frozenset[str]:
    """Census given names, and the world lists' given names that are not English words."""
    return _load("first_names.txt") | _world("world_first_names.txt")


@cache
def last_names() -> frozenset[str]:
    """Census surnames, and the world lists' surnames that are not English words."""
    return _load("last_names.txt") | _world("world_last_names.txt")


@cache
def census_first_names() -> frozenset[str]:
    return _load("first_names.txt")


def _world(name: str) -> frozenset[str]:
    """Names of many origins (data/README.md). The census lists' names that are also common
    words ("will", "rose", "wolf") are handled with care by the detector; from the world lists
    such words ("long", "fox", "tan"), inflected English words ("valves") and two-letter names
    ("li", "ng") are left out, so a world name is rarely the only evidence for masking an
    ordinary word. They are still found with context ("my name is", "dr", "my son ...").
    WordNet's lemmas are not left out: they include "gabor", "laban" and "chen"."""
    common = common_words()
    return frozenset(
        w for w in _load(name) if len(w) > 2 and w not in common and not _inflected_english(w)
    )


@cache
def common_words() -> frozenset[str]:
    return _load("common_words.txt") | CLINICAL_WORDS | EVERYDAY_NAMES


# Census given names that are words a patient uses about their health ("poison ivy", "migraine
# with aura"): names only with context or a capital, like the other ordinary words.
EVERYDAY_NAMES = frozenset(
    [
        "ivy", "aura", "iris", "son", "numbers", "crystal", "candy", "ginger", "sage", "pepper",
        "coral", "ruby", "pearl", "jade", "hazel", "olive", "basil", "clove", "cherry",
        "berry", "honey", "sugar", "dusty", "rusty", "sandy", "stormy", "misty", "sunny"
    ]
)  # fmt: skip


@cache
def function_words() -> frozenset[str]:
    return _load("function_words.txt") | CLINICAL_WORDS


# Clinical words that must never be taken for a name, even after "dr" or "patient".
CLINICAL_WORDS = frozenset(
    [
        "patient",
        "pt",
        "pts",
        "doctor",
        "dr",
        "nurse",
        # Note abbreviations and vaccines the model takes for people and places.
        "dispo",
        "addr",
        "cont",
        "dtr",
        "hx",
        "tdap",
        "dtap",
        "mmr",
        # Note abbreviations that lists take for names: rooms, walkers, limbs, assist levels.
        "rm",
        "rw",
        "ble",
        "bue",
        "rle",
        "lle",
        "lue",
        "cga",
        "sba",
        "addendum",
        # Devices that are also names and places ("Foley in place", "rollator").
        "rollator",
        "crutches",
        "foley",
        "np",
        "pa",
        "md",
        "rn",
        "provider",
        "clinic",
        "hospital",
        "er",
        "ed",
        "icu",
        "pcp",
        "office",
        "pain",
        "fever",
        "cough",
        "nausea",
        "vomiting",
        "diarrhea",
        "rash",
        "headache",
        "dizziness",
        "fatigue",
        "bleeding",
        "swelling",
        "bp",
        "hr",
        "rr",
        "spo2",
        "temp",
        "weight",
        "height",
        "bmi",
        "a1c",
        "ldl",
        "hdl",
        "wbc",
        "rbc",
        "hgb",
        "hct",
        "plt",
        "inr",
        "tsh",
        "egfr",
        "bun",
        "mg",
        "mcg",
        "ml",
        "kg",
        "lb",
        "lbs",
        "bpm",
        "mmhg",
        "tab",
        "tabs",
        "tablet",
        "tablets",
        "cap",
        "caps",
        "capsule",
        "capsules",
        "dose",
        "daily",
        "bid",
        "tid",
        "qid",
        "prn",
        "qhs",
        "po",
        "iv",
        "im",
        "sc",
        "metformin",
        "lisinopril",
        "atorvastatin",
        "amlodipine",
        "metoprolol",
        "omeprazole",
        "losartan",
        "albuterol",
        "gabapentin",
        "hydrochlorothiazide",
        "sertraline",
        "simvastatin",
        "montelukast",
        "escitalopram",
        "rosuvastatin",
        "bupropion",
        "furosemide",
        "pantoprazole",
        "trazodone",
        "fluticasone",
        "insulin",
        "prednisone",
        "amoxicillin",
        "ibuprofen",
        "acetaminophen",
        "tylenol",
        "advil",
        "aspirin",
        "warfarin",
        "apixaban",
        "eliquis",
        "levothyroxine",
        "synthroid",
        "ozempic",
        "semaglutide",
        "tramadol",
        "oxycodone",
        "meloxicam",
        "duloxetine",
        "citalopram",
        "clopidogrel",
        "plavix",
        "carvedilol",
        "zoloft",
        "lexapro",
        "xanax",
        "lipitor",
        "norvasc",
        "parkinson",
        "parkinson's",
        "alzheimer",
        "alzheimer's",
        "crohn",
        "crohn's",
        "hodgkin",
        "hodgkin's",
        "addison",
        "addison's",
        "cushing",
        "cushing's",
        "graves",
        "hashimoto",
        "hashimoto's",
        "bell's",
        "down's",
        "tourette",
        "tourette's",
        "raynaud",
        "raynaud's",
        "sjogren",
        "sjogren's",
        "huntington",
        "huntington's",
        "asperger",
        "diabetes",
        "hypertension",
        "asthma",
        "copd",
        "chf",
        "cad",
        "afib",
        "ckd",
        "gerd",
        "uti",
        "mi",
        "cva",
        "dvt",
        "pe",
        "mrn",
        "dob",
        "ssn",
        "npi",
        "dx",
        "hx",
        "rx",
        "sx",
        "tx",
        "apgar",
        "mallampati",
        "gleason",
        "karnofsky",
        "framingham",
        "breslow",
        "korotkoff",
        "snellen",
        "romberg",
        "babinski",
        "brudzinski",
        "kernig",
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "hi",
        "hello",
        "hey",
        "thanks",
        "thank",
        "please",
        "yes",
        "no",
        "ok",
        "okay",
        "sorry",
    ]
)


# Given names that are also ordinary words ("will", "may", "grace"): names only with context.
@cache
def ambiguous_first_names() -> frozenset[str]:
    return first_names() & common_words()


@cache
def english_words() -> frozenset[str]:
    """WordNet's ~90,000 English lemmas, from the lemmatizer tables of the pinned spaCy model
    package (no download, no spaCy import). The name detector takes a word after "this is" or
    "tell" for a name only when no list knows it; 8,000 common words are too few for that
    ("its itchy", "tell pharmacy"). Empty if the package is missing: that rule then never
    fires."""
    try:
        import srsly

        from compliance.redaction.full import model_path

        tables = srsly.msgpack_loads((model_path() / "lemmatizer/lookups/lookups.bin").read_bytes())
        return frozenset(word.lower() for words in tables["lemma_index"].values() for word in words)
    except Exception:
        return frozenset()


_INFLECTIONS = ("ing", "ed", "es", "s", "ly", "er", "est", "d")


def is_english(word: str) -> bool:
    """The word or its stem ("swollen", "itching", "frustrated") is an English lemma."""
    return word in english_words() or _inflected_english(word)


def _inflected_english(word: str) -> bool:
    words = english_words()
    for end in _INFLECTIONS:
        if not word.endswith(end) or len(word) <= len(end) + 2:
            continue
        stem = word[: -len(end)]
        if end == "d" and not stem.endswith("e"):
            continue  # "used" is use + d; "powerd" is not power + d
        if (
            stem in words
            or stem + "e" in words
            or (stem[-1] == stem[-2] and stem[:-1] in words)  # chopping, chopped
            or (stem[-1] == "i" and stem[:-1] + "y" in words)  # carries, carried
        ):
            return True
    return False
