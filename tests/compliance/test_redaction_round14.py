"""Round 14: what tune17 (a Great Lakes chat-heavy tuning split, read before the tagger trained
on it) and Texas road names showed. A verb after a name is no eponym ("can dr X sign the
form"); a surname after a title that is also a time word ("Dr. Day"); relations of more
languages before a name and its verb ("sitto X needs", "papa X takes"), and as words alone
("babička has a cold", "eomma said"); "very much" after thanks in Polish, Arabic and Greek
("dziekuje bardzo!", "shukran kteer", "efharisto poli"); a person taken to an appointment
("taking X to her appt"), two names signing off ("thank you! X & Y"), the person to be told
("let X know", "tell X her ..."), a name alone on the first line of a form-like message, "its
me X", a clinician in a log by the care-team key ("nurse": "X"); Texas numbered roads (Ranch
Road, RM, Private Road, Loop, Spur, Business, SH, US), "Rt 2 Box 45" and a house number before a
Spanish street ("807 Calle X"). New examples, none of them a line of a split."""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text

FOUND = [
    ("can dr wenceslao sign the disability form", ["wenceslao"]),
    ("Please have Dr. Okereke test her sugar again.", ["Okereke"]),
    ("Seen by Dr. Day in clinic; follow up 6 weeks.", ["Day"]),
    ("sitto najwa needs her eye drops refilled", ["najwa"]),
    ("papa hitendra takes the pink pill at night", ["hitendra"]),
    ("dedo milivoj lives with us since march", ["milivoj"]),
    ("dziekuje bardzo! wiesia feels better", ["wiesia"]),
    ("taking bozhena to her appt tomorrow", ["bozhena"]),
    ("picking up dzemal from school then coming", ["dzemal"]),
    ("thank you! rabab & suhair", ["rabab", "suhair"]),
    ("thanks, mirela and zoran", ["mirela", "zoran"]),
    ("thanks, kornelija n dusan", ["kornelija", "dusan"]),
    ("please let summer know i called", ["summer"]),
    ("tell grace her labs are in", ["grace"]),
    ("can you let wojciech know the results", ["wojciech"]),
    ("hey its me dragana, need a refill", ["dragana"]),
    ("yuliyana\n07/14/1983\nneed my inhaler", ["yuliyana"]),
    ("zdzislaw kowalik\nmrn 55120934\nrefill please", ["zdzislaw kowalik"]),
    ('{"event": "chat.end", "nurse": "Nkemdirim", "duration_s": 41}', ["Nkemdirim"]),
    ("lives at 1600 Ranch Road 620 N, Lakeway TX", ["1600 Ranch Road 620 N", "Lakeway"]),
    ("address 712 Spur 326, Lufkin", ["712 Spur 326"]),
    ("mail to 211 E Loop 289 apt 5", ["211 E Loop 289 apt 5"]),
    ("19 Private Road 5832, Lubbock", ["19 Private Road 5832"]),
    ("2205 Bus 83, Harlingen", ["2205 Bus 83"]),
    ("1600 RM 1431, Cedar Park TX", ["1600 RM 1431"]),
    ("4100 SH 6 S, College Station", ["4100 SH 6 S"]),
    ("Rt 2 Box 45, Hugo OK", ["Rt 2 Box 45"]),
    ("mi direccion es 807 calle guadalupe, laredo", ["807 calle guadalupe"]),
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round14_identifiers_are_masked(text: str, values: list[str], tier: str) -> None:
    redacted = redact_text(text, tier=tier)
    for value in values:
        assert value not in redacted


SURVIVES = [
    "positive Babinski sign",
    "babička has a cold",
    "eomma said the soup is fine",
    "emaye is sleeping now",
    "bunica wants to go home",
    "dziekuje bardzo za pomoc",
    "shukran kteer",
    "taking metformin to the clinic",
    "let us know",
    "let the nurse know",
    "let mom know",
    "tell him to call",
    "tell pharmacy that",
    "rash\nit itches since 3 days",
    "Jardiance\n10 mg daily",
    "HR 72 PR 160 QRS 98",
    "bed 2 rm 14",
    "fax line 2 busy, 3 jobs queued",
    "INFO interp.scheduled language=Rohingya",
    "ERROR Traceback (most recent call last):",
    "its me again, the rash is back",
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize("text", SURVIVES)
def test_round14_look_alikes_survive(text: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == text


@pytest.mark.parametrize("tier", ["fast", "full"])
def test_two_signers_are_two_whole_words(tier: str) -> None:
    # "jordan smith" is one name: the "n" inside "jordan" is no "and" between two.
    assert redact_text("thanks, jordan smith", tier=tier) == "thanks, [NAME]"
    redacted = redact_text("thank you! saed&nahed", tier=tier)
    assert "saed" not in redacted
    assert "nahed" not in redacted
