"""Names and usernames in the fast tier: the cues around them, names of many origins, and the
everyday words, eponyms and log tokens that look like them and must survive."""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text, typos

# (text, what the fast tier must make of it)
NAMES = [
    # Misspelt context words.
    ("dob january 15, 1957 naem zayyan chowdhury", "dob [DATE] naem [NAME]"),
    ("my nmae is oluwaseun adeyemi and i need a refill", "my nmae is [NAME] and i need a refill"),
    ("my dauhgter priya needs her inhaler", "my dauhgter [NAME] needs her inhaler"),
    # Relations, introductions, sign-offs, honorifics.
    ("my son kwabena mensah has a rash", "my son [NAME] has a rash"),
    ("my wife hope white has a fever", "my wife [NAME] has a fever"),
    ("my name is hope white", "my name is [NAME]"),
    ("thanks, chidinma", "thanks, [NAME]"),
    ("thank you! - temitope", "thank you! - [NAME]"),
    ("regards, Siobhan O'Sullivan", "regards, [NAME]"),
    ("Mrs. O'Neil called about her results", "Mrs. [NAME] called about her results"),
    ("dr. grant will see you at 3", "dr. [NAME] will see you at 3"),
    ("i saw ms. nguyen last week", "i saw ms. [NAME] last week"),
    ("pt nguyen thi hoa asking about labs", "pt [NAME] asking about labs"),
    ("patient: Xochitl Hernández-López", "patient: [NAME]"),
    ("hi its fatima al-farsi, my bp is 150/90", "hi its [NAME], my bp is 150/90"),
    # Cues after the name.
    ("maksymilian here, is the clinic open on saturday", "[NAME] here, is the clinic open on saturday"),
    ("Signed: Wojciech Kowalczyk, RN", "Signed: [NAME], RN"),
    ("notify: sending reminder to Ati A. Manda <mitali81@aol.com>", "notify: sending reminder to [NAME] <[EMAIL]>"),
    ("i'm decebal's wife", "i'm [NAME]'s wife"),
    ("yug nagar, dob 3/4/1950, needs a refill", "[NAME], dob [DATE], needs a refill"),
    # Particles, initials, "Surname, First".
    ("Contact: Vincent N. Mac an Airchinnigh, tel 5732460537", "Contact: [NAME], tel [PHONE]"),
    ("Seen with Okafor, Chukwuemeka in clinic", "Seen with [NAME] in clinic"),
    ("sms failed; recipient Seojun H. Nair", "sms failed; recipient [NAME]"),
    ("INFO visit.checked_in patient=Vikram E. Menon room=4", "INFO visit.checked_in patient=[NAME] room=4"),
]  # fmt: skip

USERNAMES = [
    ("login k_smith_1990 doesnt work", "login [USERNAME] doesnt work"),
    ("user maria.g locked out", "user [USERNAME] locked out"),
    ("my handle is jdoe42", "my handle is [USERNAME]"),
    ("encounter_id=99055545 closed by mark1986", "encounter_id=[OTHER_ID] closed by [USERNAME]"),
    ("INFO password reset requested by jkosz21", "INFO password reset requested by [USERNAME]"),
    ("logged in as dupont.hadassa from 10.2.3.4", "logged in as [USERNAME] from [IP_ADDRESS]"),
]

# Ordinary words that are also names, eponyms, drugs and log tokens, after the same cues.
LOOK_ALIKES = [
    "I hope the rash goes away soon",
    "my bp rose to 140/90 this morning",
    "i need the grant form for the clinic",
    "young child with fever of 101",
    "my son will call you back",
    "my son's asthma is stable",
    "found my mom on the bathroom floor",
    "the poison ivy rash on my arm itches",
    "migraine with aura again",
    "I had a TIA back in 2016",
    "its humira day, injection site is sore",
    "tell jardiance pharmacy i need a refill",
    "Tanner stage 3, Holter monitor for 48 hours",
    "Wolff-Parkinson-White pattern on ECG",
    "Kernig and Brudzinski signs negative",
    "Murphy's sign positive",
    "thanks again, that helps",
    "thanks doctor",
    "please ask the nurse to call me back",
    "Hope this helps, call us anytime",
    "Will call back after lunch",
    "Mark the date on my calendar",
    "May I take ibuprofen?",
    "INFO cache.hit key=formulary sha256=abc user_agent=curl md5 utf8 base64 covid19",
    "user clicked cancel on the booking page",
    "handle timeout in scheduler after 30s",
    "INFO login page rendered in 35ms",
    "e.coli in the urine culture",
    "closed by system after 30 days",
    "i cut my finger chopping onions",
    "i think im having a heart atack",
    # Cased technical text: list bullets, "name" as a noun, hyphenated words, log keys.
    "- Deterministic; idempotent; fails closed",
    "the name detector reads the name tokens of patients",
    "on its held-out set, no PHI-free line is touched",
    "docker compose --env-file docker/.env up",
    "Measured here on two cores",
    "WARN geo: lookup failed for the service area",
    "Patient, Practitioner, Organization and Location resources",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_are_found_by_the_words_around_them(text: str, expected: str) -> None:
    assert redact_text(text, tier="fast") == expected


@pytest.mark.parametrize(("text", "expected"), USERNAMES)
def test_usernames_are_found_by_their_shape_or_a_login_word(text: str, expected: str) -> None:
    assert redact_text(text, tier="fast") == expected


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_words_that_look_like_names_survive(text: str) -> None:
    assert redact_text(text, tier="fast") == text


def test_a_misspelt_context_word_is_read_right_and_offsets_map_back() -> None:
    fixed = typos.correct("my husbnd joe and my nmae")
    assert fixed is not None
    assert fixed.text == "my husband joe and my name"
    # "joe" starts at 10 in the original and 11 in the corrected text.
    assert fixed.original(11) == 10
    assert fixed.original(fixed.text.index("name")) == len("my husbnd joe and my ")


def test_words_that_are_real_words_are_not_corrected() -> None:
    assert typos.correct("fill out the form from the front desk") is None
