"""Round 19: what tune22 (Hawai'i and the US-affiliated Pacific, read before the tagger trained on
it) and the Haitian Creole lines of earlier splits showed. Haitian Creole's ordinary words are not
names ("mesi anpil pou tout bagay", "rele m nan 917-...", "bondye bon", "mwen pa gen machin"),
and its "se X" ("it's X") introduces one; thanks and greetings of the Pacific and the Philippines
come before a name ("kommol X", "hafa adai, X", "malo e lelei, X") and are no name themselves
("mahalo", "si yu'os ma'ase", the tagger's "hafa [adai]"); "aunty X"; a territory as a mailing
address's state ("Masefau, MP 96799", "Alofau, Guam 96732"); a Hawaii tax map key; Hawaiian
everyday words, organisations and a health plan ("pouring up mauka", "Ke Ola Mamo", "Nā
Pu'uwai", "payer=HMSA"). New examples, none of them a line of a split.
"""

from __future__ import annotations

import pytest

from compliance.redaction import lexicon, redact_text
from compliance.redaction.full import keep_tagger_result
from compliance.redaction.names import romance
from compliance.redaction.spans import Candidate

FOUND = [
    # Haitian Creole: "it's X" where a clause starts, the name ending it.
    ("bonjou, se wideline jérôme, mwen gen randevou demen", ["wideline jérôme"]),
    ("mesi pou tout bagay, se fednor", ["fednor"]),
    ("rele m nan 305-555-0142 apre 5è, se klodi i'm at work", ["klodi"]),
    # A given name alone is still a name in a Creole message.
    ("mwen se ginette, pitit mwen malad", ["ginette"]),
    # Thanks and greetings of the Pacific and the Philippines before a name.
    ("kommol tata kaniwa", ["kaniwa"]),
    ("iakwe lijimwe, my appt is tomorrow", ["lijimwe"]),
    ("hafa adai, fidelina! can u call me", ["fidelina"]),
    ("håfa adai teresita", ["teresita"]),
    ("malo e lelei, ko siosaia eni", ["siosaia"]),
    ("kinisou chapur merisina", ["merisina"]),
    ("agyamanak, rolando", ["rolando"]),
    ("my aunty kealamakia said to call", ["kealamakia"]),
    # A territory as a mailing address's state: the town before it and the ZIP after it.
    ("mail to PO Box 77, Talofofo, GU 96915", ["Talofofo", "96915"]),
    ("address 12 Beach Rd, Susupe, MP 96950.", ["Susupe", "96950"]),
    ('"addr":"PO Box 4410, Leone, American Samoa 96799"', ["Leone", "96799"]),
    # Hawaiian street names with their okina, Guam's "chalan", the islands' box addresses.
    ("we live 45-112 ho\u02bbolei st in kaneohe", ["45-112 ho\u02bbolei st"]),
    ("seen at 88B Ka\u02bbahumanu Avenue on Monday", ["88B Ka\u02bbahumanu Avenue"]),
    ("we moved to Lot 318 Chalan Kareta, Dededo", ["Lot 318 Chalan Kareta"]),
    ("send it to 91 chalan san antonio please", ["91 chalan san antonio"]),
    ("no mailbox, use Caller Box 20931", ["Caller Box 20931"]),
    ("mail: PMB 12 Box 10001, Saipan", ["PMB 12 Box 10001"]),
    # The age of a person found by name, and after a relation in another language.
    ("lolo Bienvenido is 96 na po he cannot walk", ["96"]),
    ("my grandma kealoha kapaona is 91 and she lives alone", ["91"]),
    ("jiichan is 102 and still gardens", ["102"]),
    # A relation in Ilocano, Visayan or Pidgin, a name, then what the person did.
    ("tatang ambrosio fell in the garden", ["ambrosio"]),
    ("inday marivic said to call", ["marivic"]),
    ("sistah keolani makanui wen give birth", ["keolani makanui"]),
    # A Hawaii tax map key by its shape or after its name.
    ("parcel=(1) 2-3-045:067 status=verified", ["(1) 2-3-045:067"]),
    ("TMK 3-1-5-002-044 on the ramp permit", ["3-1-5-002-044"]),
    ("owner_tmk='tmk=4-4-6-011-003'", ["4-4-6-011-003"]),
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round19_identifiers_are_masked(text: str, values: list[str], tier: str) -> None:
    redacted = redact_text(text, tier=tier)
    for value in values:
        assert value not in redacted


SURVIVES = [
    # Haitian Creole's ordinary words.
    "mesi anpil pou tout bagay",
    "mwen pa gen machin pou m vini",
    "bondye bon",
    "bondye beni w",
    "mwen gen tèt fè mal depi 3 jou",
    "li te tonbe nan eskalye a",
    "se pa vre, se yon bagay",
    # Thanks and greetings.
    "mahalo",
    "mahalo nui loa",
    "kommol tata",
    "si yu\u02bbos ma\u02bbåse",
    "håfa adai, what time you close",
    "talofa lava, the pharmacy closed",
    "aloha kakahiaka",
    # Hawai'i's everyday words, organisations and a health plan.
    "bring a raincoat, pouring up mauka",
    "Plan discussed with patient and ohana.",
    "Kupuna prefers to sleep on the floor mat.",
    "Vog exposure worsens asthma.",
    "Referred to Ke Ola Mamo for care coordination.",
    "Referred to Nā Pu\u02bbuwai for nutrition.",
    "Handi-Van pickup at 10:30.",
    "claim.submitted amount=125.00 payer=HMSA",
    "Preferred language: Kosraean.",
    # A relation alone before a verb.
    "tutu stay sick",
    "uncle will come",
    # A number in brackets and a time are no tax map key.
    "BP 120/80 at 10:30, (2) tabs",
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize("text", SURVIVES)
def test_round19_look_alikes_survive(text: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == text


def test_a_creole_message_is_not_read_as_spanish_or_french() -> None:
    # One marker makes a message Creole; Creole does not switch on the Spanish and French rules
    # (a given name alone in lower case stays a name).
    assert romance.reads_creole("mwen se ginette")
    assert not romance.reads_romance("mwen se ginette")
    assert not romance.reads_creole("my mom is sick")


@pytest.mark.parametrize(
    ("text", "value"),
    [("hafa adai, what time", "adai"), ("Referred to Nā Pu\u02bbuwai today", "Pu\u02bbuwai")],
)
def test_a_run_cut_from_a_greeting_or_an_organisation_is_part_of_it(text: str, value: str) -> None:
    start = text.index(value)
    assert lexicon.part_of_a_phrase(text, start, start + len(value))


def test_a_name_beside_a_greeting_is_not_part_of_it() -> None:
    text = "hafa adai, fidelina"
    start = text.index("fidelina")
    assert not lexicon.part_of_a_phrase(text, start, start + len("fidelina"))


@pytest.mark.parametrize("tier", ["fast", "full"])
def test_as_and_mp_in_lower_case_are_no_territory(tier: str) -> None:
    # The territories' postal codes count in capitals only: "as" and "mp" are words.
    text = "i went there, as 90210 people did"
    assert redact_text(text, tier=tier) == text


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize(
    "text", ["my sugar is 103 and i feel dizzy", "glucose is 95 next check tomorrow"]
)
def test_a_vital_after_is_is_no_age(text: str, tier: str) -> None:
    # The tagger took both for ages before round 19: its ages after a measurement are dropped.
    assert redact_text(text, tier=tier) == text


def test_the_taggers_age_after_a_person_is_kept() -> None:
    text = "my grandpa is 97 and lives alone"
    start = text.index("97")
    assert keep_tagger_result(text, Candidate(start, start + 2, "AGE_OVER_89", 0.9))
    text = "my sugar is 103 and i feel dizzy"
    start = text.index("103")
    assert not keep_tagger_result(text, Candidate(start, start + 3, "AGE_OVER_89", 0.9))
