"""Word lists for the name detector, loaded once (see data/README.md for where they come from)."""

from __future__ import annotations

import gzip
import hashlib
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import numpy as np

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


@cache
def frequent_first_names() -> frozenset[str]:
    """Given names common enough to stand alone in lower-case chat: the 1990 Census list, and
    the names of four letters or more the SSA counted 1,000 times or more since 1880 that are
    no ordinary or English word ("jayden", "aaliyah", "nevaeh", "braxtyn"; not "journey")."""
    common = common_words()
    ssa = (
        w
        for w in _load("us_frequent_first_names.txt")
        # Four letters or more: "geo.lookup", "sim.swap", "Tex." are no one's names.
        if len(w) > 3 and w not in common and w not in CLINICAL_WORDS and not is_english(w)
    )
    return census_first_names() | frozenset(ssa)


class PackedWords:
    """A large word list held for membership tests only, as its words' sorted 64-bit hashes:
    8 bytes a word, where a frozenset of str costs about 80 (the US name lists hold 520,000
    words: 4 MB rather than 45 MB in every process that redacts). Two words sharing a hash
    would make one of them a false member; at 64 bits that is about one chance in 10^8."""

    def __init__(self, words: Iterable[str]) -> None:
        # Sorted in numpy, not as a list of 520,000 Python ints: the process keeps 4 MB, not
        # the 20 MB of freed int objects that the allocator would hold on to.
        hashes = np.unique(np.fromiter((_hash64(w) for w in words), dtype=np.uint64))
        self._hashes = array("Q", hashes.astype("<u8").tobytes())

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        h = _hash64(word)
        i = bisect_left(self._hashes, h)
        return i < len(self._hashes) and self._hashes[i] == h

    def __len__(self) -> int:
        return len(self._hashes)


def _hash64(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _load_packed(name: str) -> PackedWords:
    with gzip.open(_DATA / name, "rt", encoding="ascii") as f:
        return PackedWords(line.strip() for line in f)


@cache
def us_first_names() -> PackedWords:
    """Given names of US public records (data/README.md): the SSA's baby names since 1880, the
    2020 Census, six states' voter files; 168,000 names. Ordinary words are among them ("will",
    "may", "rose"): the tagger weighs this list beside the common-word list, and no rule masks a
    word for being here alone."""
    return _load_packed("us_first_names.txt.gz")


@cache
def us_surnames() -> PackedWords:
    """Surnames of US public records: the 2010 and 2020 Census (100 holders or more) and six
    states' voter files; 354,000 names, ordinary words among them ("house", "long")."""
    return _load_packed("us_surnames.txt.gz")


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
def foreign_words() -> frozenset[str]:
    """Function words and commonest words of 57 other languages ("necesito", "tambem", "roi",
    "waxaan"), folded, none an English word (data/README.md): a lower-case word that patients'
    other languages use every day is rarely a name, and a word no list knows more often is."""
    return _load("foreign_words.txt") | FOODS


@cache
def everyday_words() -> frozenset[str]:
    """The commonest words of Spanish, Portuguese and French ("anoche", "telefono", "placas"),
    folded, none an English word nor a word of a name list (data/README.md): a lower-case
    run of them in chat is what a patient wrote, not whom."""
    return _load("everyday_words.txt")


# Dishes patients ask about ("is injera and shiro ok for diabetes", "kimbap and banchan"): words
# of other languages that no list of their commonest words holds, and no one's name.
FOODS = frozenset(
    [
        "roti", "chapati", "chapatti", "naan", "paratha", "dal", "daal", "dhal", "sabzi",
        "biryani", "samosa", "samosas", "dosa", "idli", "sambar", "poha", "khichdi", "pakora",
        "pakoras", "halwa", "ladoo", "laddu", "jalebi", "raita", "paneer", "injera",
        "kitfo", "tibs", "teff", "genfo", "firfir", "tsuivan", "buuz", "khuushuur", "kimbap",
        "gimbap", "banchan", "kimchi", "jjigae", "bibimbap", "bulgogi", "tteok", "tteokbokki",
        "japchae", "pho", "congee", "jook", "baozi", "jiaozi", "wonton", "wontons", "dumplings",
        "onigiri", "ramen", "udon", "lumpia", "pancit", "adobo", "sinigang", "fufu",
        "banku", "kenkey", "jollof", "egusi", "ugali", "sukuma", "mandazi", "pilau",
        "nshima", "pupusa", "pupusas", "tamales", "arepa", "arepas", "empanada", "empanadas",
        "tortilla", "tortillas", "pozole", "menudo", "birria", "elote", "mofongo", "tostones",
        "pasteles", "sancocho", "mangu", "griot", "diri", "bannann", "plantain", "plantains",
        "ackee", "callaloo", "oxtail", "plov", "pilaf", "borscht", "borsch", "pierogi",
        "pierogies", "pelmeni", "blini", "halva", "baklava", "falafel", "hummus", "tabbouleh",
        "kibbeh", "mansaf", "maqluba", "shawarma", "dolmas", "koshari", "molokhia", "injerra",
        "anjero", "canjeero", "sambusa", "sambusas", "bariis", "laxoox", "mandu", "kimbab", "larb",
        "laab", "khao", "challah", "cholent", "latkes", "matzo", "gefilte", "bagel", "bagels",
    ]
)  # fmt: skip


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
        # The same in Spanish and Portuguese notes ("Paciente Ana Souza").
        "paciente",
        "pacientes",
        # "s/p lap chole": a procedure, and a given name the SSA counted.
        "chole",
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
        # Brand names patients type ("jardiance helped my sugars"), no one's name.
        "jardiance",
        "farxiga",
        "trulicity",
        "januvia",
        "xarelto",
        "entresto",
        "lantus",
        "humalog",
        "novolog",
        "victoza",
        "mounjaro",
        "wegovy",
        "rybelsus",
        "invokana",
        "steglatro",
        "tradjenta",
        "glipizide",
        "spironolactone",
        "coumadin",
        "brilinta",
        "humira",
        "dupixent",
        "keytruda",
        "prozac",
        "wellbutrin",
        "seroquel",
        "abilify",
        "symbicort",
        "advair",
        "spiriva",
        "ventolin",
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
        # Well-child check, date of injury, immunoglobulins: "WCC 4 y/o", "DOI Oct 17", "IgG pos".
        "wcc",
        "doi",
        "igg",
        "igm",
        "iga",
        "ige",
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


# "a year in France", "flew back from Haiti": a country is no person and, above a state, no
# identifier at all.
COUNTRIES = frozenset(
    [
        "america",
        "canada",
        "mexico",
        "england",
        "britain",
        "scotland",
        "wales",
        "ireland",
        "france",
        "germany",
        "italy",
        "spain",
        "portugal",
        "brazil",
        "russia",
        "ukraine",
        "poland",
        "china",
        "india",
        "japan",
        "korea",
        "vietnam",
        "philippines",
        "cuba",
        "haiti",
        "jamaica",
        "nigeria",
        "ghana",
        "kenya",
        "ethiopia",
        "somalia",
        "egypt",
        "morocco",
        "israel",
        "lebanon",
        "syria",
        "iraq",
        "iran",
        "turkey",
        "greece",
        "pakistan",
        "bangladesh",
        "thailand",
        "cambodia",
        "laos",
        "colombia",
        "venezuela",
        "peru",
        "chile",
        "argentina",
        "ecuador",
        "guatemala",
        "honduras",
        "salvador",
        "nicaragua",
        "dominica",
        "australia",
        "afghanistan",
        "albania",
        "algeria",
        "angola",
        "armenia",
        "austria",
        "azerbaijan",
        "bahamas",
        "barbados",
        "belarus",
        "belgium",
        "belize",
        "benin",
        "bhutan",
        "bolivia",
        "bosnia",
        "botswana",
        "bulgaria",
        "burkina faso",
        "burma",
        "burundi",
        "cabo verde",
        "cameroon",
        "cape verde",
        "chad",
        "congo",
        "costa rica",
        "croatia",
        "czechia",
        "denmark",
        "djibouti",
        "dominican republic",
        "el salvador",
        "eritrea",
        "estonia",
        "eswatini",
        "fiji",
        "finland",
        "gabon",
        "gambia",
        "grenada",
        "guinea",
        "guyana",
        "hungary",
        "iceland",
        "indonesia",
        "ivory coast",
        "jordan",
        "kazakhstan",
        "kosovo",
        "kuwait",
        "kyrgyzstan",
        "latvia",
        "liberia",
        "libya",
        "lithuania",
        "macedonia",
        "madagascar",
        "malawi",
        "malaysia",
        "mali",
        "malta",
        "mauritania",
        "micronesia",
        "moldova",
        "mongolia",
        "montenegro",
        "mozambique",
        "myanmar",
        "namibia",
        "nepal",
        "netherlands",
        "new zealand",
        "niger",
        "norway",
        "oman",
        "palestine",
        "panama",
        "paraguay",
        "qatar",
        "romania",
        "rwanda",
        "samoa",
        "saudi arabia",
        "senegal",
        "serbia",
        "sierra leone",
        "singapore",
        "slovakia",
        "slovenia",
        "south africa",
        "south sudan",
        "sri lanka",
        "sudan",
        "suriname",
        "sweden",
        "switzerland",
        "taiwan",
        "tajikistan",
        "tanzania",
        "tibet",
        "togo",
        "tonga",
        "trinidad",
        "tobago",
        "tunisia",
        "turkmenistan",
        "uganda",
        "uruguay",
        "uzbekistan",
        "yemen",
        "zambia",
        "zimbabwe",
        "marshall islands",
        "puerto rico",
        "dominican rep",
        "the philippines",
        "united kingdom",
        "united states",
        "usa",
    ]
)


# Peoples and languages: "Tibetan-speaking", "interpreted Yoruba", "Haitian Creole",
# "Jamaican-born" name no person and no place. Words that are also frequent surnames or given
# names ("English", "French", "Scott", "Sherpa", "Karen", "Thai", "Chin") are left out.
PEOPLES = frozenset(
    [
        "afghan", "african", "akan", "albanian", "algerian", "american", "amharic", "amish",
        "anishinaabe", "apache", "arabic", "aramaic", "armenian", "ashkenazi", "assyrian",
        "azerbaijani", "bahamian", "bajan", "bambara", "bangladeshi", "bantu", "barbadian",
        "belarusian", "bengali", "bhojpuri", "bhutanese", "bolivian", "bosnian", "brazilian",
        "bulgarian", "burmese", "burundian", "cajun", "cambodian", "cameroonian", "canadian",
        "cantonese", "caribbean", "chaldean", "chamorro", "cherokee", "chilean", "chinese",
        "choctaw", "chuukese", "okinawan", "kosraean", "pohnpeian", "yapese", "carolinian",
        "cebuano", "colombian", "congolese", "coptic", "creole", "creolese",
        "croatian", "cuban", "cypriot", "dari", "dine", "dinka", "dominican", "ecuadorian",
        "egyptian", "emirati", "eritrean", "estonian", "ethiopian", "ewe", "farsi", "fijian",
        "filipino", "finnish", "flemish", "fula", "fulani", "fuzhounese", "gaelic", "garifuna",
        "ghanaian", "guatemalan", "gujarati", "gullah", "guyanese", "haitian", "hakka", "hasidic",
        "hausa", "hawaiian", "hazara", "hebrew", "hindi", "hispanic", "hmong", "hokkien",
        "honduran", "hopi", "hungarian", "icelandic", "igbo", "ilocano", "ilokano", "indian",
        "indonesian", "inupiat", "iranian", "iraqi", "israeli", "italian", "ivorian", "jamaican",
        "japanese", "javanese", "jewish", "jordanian", "kachin", "kannada", "kazakh", "kenyan",
        "khmer", "kiche", "kichwa", "kikuyu", "kinyarwanda", "kirundi", "korean", "kosovar",
        "krio", "kurdish", "kyrgyz", "lakota", "laotian", "latina", "latino", "latinx", "latvian",
        "lebanese", "lhotshampa", "liberian", "libyan", "lingala", "lithuanian", "macedonian",
        "maithili", "malagasy", "malay", "malayalam", "malayali", "malian", "maltese", "mandarin",
        "mandinka", "marathi", "maronite", "marshallese", "mayan", "mennonite", "mexican",
        "micronesian", "mien", "mixtec", "mizo", "moldovan", "mongolian", "montagnard", "moroccan",
        "mozambican", "navajo", "nepalese", "nepali", "nicaraguan", "nigerian", "norwegian",
        "nuer", "nuyorican", "ojibwe", "oromo", "pakistani", "palauan", "palestinian",
        "panamanian", "pashto", "pashtun", "persian", "peruvian", "polish", "portuguese",
        "punjabi", "purepecha", "quechua", "rohingya", "romani", "romanian", "russian", "rusyn",
        "rwandan", "salvadoran", "samoan", "saudi", "senegalese", "serbian", "sicilian", "sindhi",
        "sinhala", "sinhalese", "slovak", "slovenian", "somali", "spanish", "sudanese", "swahili",
        "swedish", "sylheti", "syriac", "syrian", "tagalog", "taishanese", "taiwanese", "tajik",
        "tamil", "telugu", "teochew", "tibetan", "tigray", "tigrinya", "tlingit", "toishanese",
        "tongan", "trinidadian", "tunisian", "turkish", "twi", "ugandan", "uighur", "ukrainian",
        "urdu", "uyghur", "uzbek", "venezuelan", "vietnamese", "visayan", "wolof", "yemeni",
        "yiddish", "yoruba", "yupik", "zapotec", "zomi", "zulu", "triqui", "trique", "zapoteco",
        "azorean", "sikh", "basque", "shoshone", "paiute", "washoe", "mixteco",
    ]
)  # fmt: skip
# Holy days, feasts and fasts: "during Ramadan", "yom tov", "after Losar" name no one.
HOLIDAYS = frozenset(
    [
        "ramadan", "ramzan", "iftar", "suhoor", "sehri", "eid", "shabbos", "shabbat", "sabbath",
        "kippur", "hashanah", "pesach", "passover", "sukkot", "purim",
        "hanukkah", "chanukah", "diwali", "deepavali", "holi", "navratri", "losar", "tet",
        "nowruz", "vesak", "lent", "christmas", "kwanzaa", "juneteenth", "thanksgiving",
        "posadas", "quinceanera", "dashain", "tihar", "songkran", "chuseok",
    ]
)  # fmt: skip
# Greetings and courtesies in the patients' languages, which the tagger takes for names at the
# start of a message ("namaste", "ameseginalehu", "asante sana"). Words that are also given
# names ("Sana", "Salam", "Ese") are only taken in a phrase.
GREETINGS = frozenset(
    [
        "namaste", "namaskar", "asante", "mbote", "ameseginalehu", "ninaongea", "kiswahili",
        "gracias", "merci", "danke", "shukran", "spasibo", "dyakuyu", "kamsahamnida",
        "gamsahamnida", "obrigado", "obrigada", "dhanyabad", "dhanyavad", "dhanyawad", "medaase",
        "salamat", "xiexie", "habla", "espanol", "español", "alguien", "bonjour", "hola",
        "shalom", "bonjou", "gwaan", "delek", "hashem", "ysalmak", "mashay", "mahadsanid",
        "tashakor", "faleminderit", "hvala", "efharisto", "olá", "inshallah", "mashallah",
        "alhamdulillah", "salaam", "eskerrik", "kaixo", "barev", "dhonnobad", "jerejef",
        "svidaniya", "zdravstvuyte", "spasiba", "mèsi", "wepa",
        # The Pacific and the Philippines (names/cues.py's thanks and greetings).
        "mahalo", "aloha", "talofa", "kommol", "kinisou", "yokwe", "iakwe", "agyamanak",
        "kaselehlie", "mogethin", "faafetai", "fa'afetai", "kalahngan",
    ]
)  # fmt: skip
# Health plans and payers that the tagger takes for a town or a person ("Medicaid MCO: Aetna
# Better Health"). Plans named for a surname ("Kaiser", "Humana" is not one) are left out.
PAYERS = frozenset(
    [
        "aetna", "cigna", "humana", "anthem", "ambetter", "caresource", "centene", "molina",
        "wellcare", "highmark", "optum", "tricare", "amerigroup", "unitedhealthcare",
        "medicaid", "medicare", "masshealth", "champva", "hmsa", "alohacare",
    ]
)  # fmt: skip
# What patients call their relatives in their other languages ("nonno says", "hooyo said"):
# a relation, not a name.
KIN_WORDS_ELSEWHERE = frozenset(
    [
        "nonno", "nonna", "nona", "babushka", "babcia", "dziadek", "dziadzia", "bubbe", "bubby",
        "zayde", "zaidy", "abuela", "abuelo", "abuelita", "abuelito", "vovo", "vova", "avo",
        "tata", "yaya", "lola", "lolo", "mamaw", "papaw", "meemaw", "peepaw", "hooyo", "aabo",
        "ayeeyo", "awoowe", "halmeoni", "harabeoji", "halmoni", "oma", "opa", "nani", "nanu",
        "dadi", "dada", "baba", "bibi", "tia", "tio", "titi", "tita", "tito", "mamie", "papi",
        "mami", "teta", "jiddo", "sitti", "khala", "ammu", "abba", "amma", "appa", "amala",
        "ahjumma", "dede", "nene", "tatay", "nanay", "manang", "manong", "kuya", "ate", "ba",
        "ma", "mamita", "papito", "mija", "mijo", "tante", "tonton", "manman", "granmanman",
        "nagyi", "deda", "dedushka", "didus", "babusya", "mummy", "pops", "ajji", "thatha",
        "paati", "nainai", "yeye", "laolao", "popo", "gunggung", "ong", "anh", "chi", "em",
        "gjyshi", "gjyshja", "bibiji", "babaji", "dadaji", "naniji", "mataji", "pitaji", "bhai",
        "bhaiya", "didi", "behen", "chacha", "chachi", "mausi", "yiayia", "pappou", "grann",
        "granpapa", "matant", "madanm", "mãe", "avó", "avô", "vovó", "vovô", "tía", "tío",
        "mamá", "papá", "aba", "ima", "imma", "saba", "savta", "zaidy", "babička", "babicka",
        "bunica", "bunicul", "eomma", "emaye", "abaye", "niam", "txiv", "sitto", "dedo", "jadda",
        "papik", "tatik", "mayrik", "hayrik", "amatxi", "amona", "aitona", "bapu", "biji", "yawg",
        "bachan", "baachan", "obaachan", "jiichan", "ojiichan", "comadre", "compadre", "comai",
        "compai", "shicheii", "shimasani", "maurluq", "tutu", "abbu", "ammi", "maame",
        "madda", "tatya", "buwa", "suegra", "suegro",
        # American English, in one word: "grandmom wants to know ...", "mommom", "poppop".
        "grandmom", "grandpop", "granddad", "granddaddy", "grandmama", "gramma", "grammy",
        "mommom", "poppop",
    ]
)  # fmt: skip


def kin_word_elsewhere(token: str) -> bool:
    """``token`` (as written) is what patients call a relative in another language ("nonna",
    "mãe", "jiddo"); "mãe" is checked before folding, as "mae" is a given name."""
    return token.lower() in KIN_WORDS_ELSEWHERE


# Peoples of two words whose first word alone is a place ("Puerto", "Costa").
_PEOPLE_PHRASES = frozenset(
    [
        "puerto rican", "costa rican", "sri lankan", "south african", "pennsylvania dutch",
        "native american", "alaska native", "pacific islander", "first nations", "cape verdean",
    ]
)  # fmt: skip
# Everyday words of Hawai'i and the Pacific, Pidgin's among them, that the models take for a
# person in chat and notes ("pouring up mauka", "discussed with patient and ohana", "Kupuna
# prefers ...", "Vog exposure"); none is in a name list. Written folded: no 'okina, no macron.
PACIFIC_WORDS = frozenset(
    [
        "mauka", "ohana", "kupuna", "kupunas", "keiki", "keikis", "vog", "kava", "bumbai",
        "brah", "bruddah", "pleez", "howzit", "hooponopono", "laau", "lapaau", "lomilomi",
        "pupus", "pupu", "saimin", "musubi", "poke", "limu", "kalo", "taro", "poi",
    ]
)  # fmt: skip


def pacific_words_only(value: str) -> bool:
    """``value`` is words of ``PACIFIC_WORDS`` only: for the models' results (a rule's cue,
    "prefers to be called Keiki", says a person)."""
    words = _phrase_words(value)
    return bool(words) and all(w in PACIFIC_WORDS for w in words)


# Organisations of Hawai'i by their Hawaiian names (the Native Hawaiian Health Care Systems, the
# paratransit service) and a disease named for its island words, as folded phrases.
_ORGANISATION_PHRASES = frozenset(
    [
        "ke ola mamo", "hui no ke ola pono", "na puuwai", "hui malama ola na oiwi",
        "hui malama", "papa ola lokahi", "ke ola hou", "handi van", "lytico bodig",
    ]
)  # fmt: skip
_GREETING_PHRASES = frozenset(
    [
        "asante sana", "salam alaikum", "as salaam alaikum", "por favor", "eskerrik asko",
        "sat sri akal", "ua tsaug", "nyob zoo", "khop jai", "khop chai", "ni hao", "nei hou",
        "xie xie", "alli puncha", "wah gwaan", "nanga def", "do svidaniya", "mesi anpil",
        "wie bischt", "hafa adai", "malo e lelei", "ran annim", "maayong buntag", "ofa atu",
        "mahalo nui loa", "talofa lava", "kommol tata", "kinisou chapur", "aloha kakahiaka",
        "kalahngan en komwi", "si yuos maase", "hafa", "malo aupito",
    ]
)  # fmt: skip
# Every word of those phrases: a name with another word is part of none.
_IN_SOME_PHRASE = frozenset(
    w for phrase in _GREETING_PHRASES | _ORGANISATION_PHRASES for w in phrase.split()
)
# Holy days of two words whose first word is also a name ("Dr. Yom"): only together.
_HOLIDAY_PHRASES = frozenset(["yom kippur", "yom tov", "rosh hashanah", "pchum ben"])
# Words a people's name is joined to: "Tibetan-speaking", "Jamaican-born", "Haitian Creole".
_PEOPLE_SUFFIXES = frozenset(["speaking", "speaker", "speakers", "born", "american", "descent"])
# After a word, what says it is a language or a people: "Karen interpreter", "Hmong people".
LANGUAGE_AFTER_RE = re.compile(
    r"\s*-?\s*(?:interpreters?|interpretation|interpreting|translators?|translation|speakers?|"
    r"speaking|people|language|dialect|-?speaking)\b",
    re.IGNORECASE,
)
# Languages that are names or words too, and so are in no list of peoples ("Karen", "Chin").
_LANGUAGES_ALSO_WORDS = frozenset(
    ["karen", "chin", "mam", "mixteco", "mixtec", "kachin", "ewe", "twi", "fula", "bassa", "krio"]
)


def language_after(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one word before "interpreter", "-speaking" or "people": a language
    or a people ("Karen interpreter", "Teochew-speaking") when capitalised, joined by a hyphen
    or known as one; in lower-case chat "shamira speaking" is someone answering the phone."""
    value = text[start:end].strip()
    if " " in value or not LANGUAGE_AFTER_RE.match(text, end):
        return False
    word = value.lower()
    return (
        not value[:1].islower()
        or text[end : end + 1] == "-"
        or word in PEOPLES
        or word in _LANGUAGES_ALSO_WORDS
    )


def language_word(word: str) -> bool:
    """``word`` is a language or a people by name ("karen", "hmong"), whatever its case."""
    word = word.lower()
    return word in PEOPLES or word in _LANGUAGES_ALSO_WORDS


_OKINA_RE = re.compile("[\u02bb\u2018]")
_MACRONS = str.maketrans("āēīōūåĀĒĪŌŪÅ", "aeiouaAEIOUA")


def _fold_okina(text: str) -> str:
    """Hawaiian and Chamorro written without 'okina, macrons and rings ("Nā Pu'uwai" -> "Na
    Puuwai", "håfa" -> "hafa")."""
    return _OKINA_RE.sub("", text.translate(_MACRONS))


def names_no_one(value: str) -> bool:
    """``value`` names a people, a language, a holy day, a greeting or a health plan and
    nothing else ("Teochew-speaking", "Haitian Creole", "Jamaican-", "during Ramadan", "asante
    sana", "Aetna"): no person and no place."""
    words = re.findall(r"[^\W\d_]+", _fold_okina(value.lower()))
    # "Ukrainian" is in the function-word list too: a people's word is never dropped as one.
    known = PEOPLES | HOLIDAYS | GREETINGS | PAYERS
    named = [
        w for w in words if w not in _PEOPLE_SUFFIXES and (w in known or w not in function_words())
    ]
    phrase = " ".join(named)
    return bool(named) and (
        all(w in known for w in named)
        or phrase in _HOLIDAY_PHRASES
        or phrase in _GREETING_PHRASES
        or phrase in _PEOPLE_PHRASES
    )


_PHRASE_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2018\u2019][^\W\d_]+)?")


def _phrase_words(text: str) -> list[str]:
    """The words of ``text`` folded as the phrases above are written: no 'okina, apostrophe,
    macron or hyphen ("si yu'os ma'åse" -> si, yuos, maase)."""
    folded = _fold_okina(text.lower()).replace("-", " ").replace("'", "").replace("\u2019", "")
    return _PHRASE_WORD_RE.findall(folded)


def part_of_a_phrase(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` with up to four words before or after it is a greeting, a thanks
    or an organisation of several words ("hafa [adai]", "talofa [lava]", "Nā [Pu'uwai]"): a
    model's run cut from one."""
    value = _phrase_words(text[start:end])
    if not value or not _IN_SOME_PHRASE.issuperset(value):
        return False  # most names: a word no phrase has
    before = _phrase_words(text[max(0, start - 40) : start])[-4:]
    after = _phrase_words(text[end : end + 40])[:4]
    for i in range(len(before) + 1):
        for j in range(len(after) + 1):
            phrase = " ".join(before[len(before) - i :] + value + after[:j])
            if phrase in _GREETING_PHRASES or phrase in _ORGANISATION_PHRASES:
                return True
    return False


# The word before a country that says a place is meant: "flew back from Haiti", "in France".
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|to|from|back|visiting|visit|of|near|outside|around)\s+$", re.IGNORECASE
)


def country_after_place_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a country after a place word ("returned from Guatemala"): no
    person and, above a state, no identifier; "abuelita Chile" may be someone's name."""
    return text[start:end].lower() in COUNTRIES and bool(
        _PLACE_BEFORE_RE.search(text[max(0, start - 20) : start])
    )


# "Consult note by GI", "entered by ENT": a service or a role, not a person's initials nor
# anyone's login.
SERVICES = frozenset(
    [
        "gi", "ent", "ed", "er", "icu", "ob", "gyn", "pt", "ot", "st", "slp", "md", "do", "np",
        "pa", "rn", "lpn", "cna", "ma", "pcp", "ir", "id", "hem", "onc", "gu", "cv", "ct", "mri",
        "us", "xr", "lab", "rt", "sw", "cm", "uro", "ems", "em", "im", "fm", "rph", "crna",
    ]
)  # fmt: skip


# A log's level and a form's or a table's field names, never a person's name, whatever the
# words around them: "WARN dob mismatch pt=...", "Cosigned: J. Farrier", "Key (last, first)".
FIELD_WORDS = frozenset(
    [
        "warn", "warning", "info", "error", "debug", "trace", "fatal", "critical", "notice",
        "severe", "last", "first", "middle", "given", "family", "name", "names", "dob", "signed",
        "cosigned", "cosign", "attested", "dictated", "transcribed", "traceback", "exception",
        "stacktrace",
    ]
)  # fmt: skip


def field_words_only(value: str) -> bool:
    """Every word of ``value`` is a log level or a field's name (FIELD_WORDS)."""
    words = re.findall(r"[^\W\d_]+", value.lower())
    return bool(words) and all(w in FIELD_WORDS for w in words)
