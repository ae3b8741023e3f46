"""Round 6 of the redaction grammars: days written in Spanish and Portuguese words, ISO
weeks, a dialer pause after a phone number, SIM card ids, a qualifier after a log key
("phone_new"). New examples, none of them a line of a split; and the look-alikes each must
leave alone."""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text
from compliance.redaction.keyvalue import key_label

FOUND = [
    ("mi papá no ha comido desde el cinco de diciembre", "mi papá no ha comido desde el [DATE]"),
    ("la cita era el treinta y uno de marzo de 2024, verdad", "la cita era el [DATE], verdad"),
    ("internada em 7 de outubro de 1987, volta em vinte e dois de maio", "internada em [DATE], volta em [DATE]"),
    ("census.snapshot week=2021-W42 unit=4W bed=12", "census.snapshot week=[DATE] unit=4W bed=12"),
    ("seen in 2024w09 per the clinic block", "seen in [DATE] per the clinic block"),
    ("his new number is 863-871-7403,,4915 for the front desk", "his new number is [PHONE] for the front desk"),
    ("sim.swap iccid_old=8963622156987174645 iccid_new=8944517103642524267 ok", "sim.swap iccid_old=[DEVICE_ID] iccid_new=[DEVICE_ID] ok"),
    ("contact.update phone_new=617-555-0143 email_2=ana.k@example.org", "contact.update phone_new=[PHONE] email_2=[EMAIL]"),
    # Records: a bracketed or parenthesised list with a date, where a name list knows one of
    # the names; a CSV row with a street address, quoted fields that keep their commas, the
    # city after the address and the ZIP after it.
    ("insert failed: values ('QUASHIE', 'ABENA', '31-MAY-2024', 'F')", "insert failed: values ('[NAME]', '[NAME]', '[DATE]', 'F')"),
    ('"Okafor,Chidi",92,"40 Elm St, Apt 2","Ely",55731', '"[NAME]",[AGE_OVER_89],"[ADDRESS]","[CITY]",[ZIP]'),
    # Which door of the house, in brackets after the unit.
    ("she lives at 12 SW Beech Street, Apt 1 (back), her childhood home", "she lives at [ADDRESS], her childhood home"),
    # PO boxes however written; a floor after the street; an old highway.
    ("mom lives at po bx 31962 now, can hospice go there", "mom lives at [ADDRESS] now, can hospice go there"),
    ("staying with my aunt at pob 76 till the repairs are done", "staying with my aunt at [ADDRESS] till the repairs are done"),
    ("bed to be delivered to 47659 OYSTER PL, Upstairs on Friday", "bed to be delivered to [ADDRESS] on Friday"),
    ("Physical: 595 Old Hwy 60.", "Physical: [ADDRESS]."),
    ("mail to PO Drawer 259; physical address HCR 11 Box 112.", "mail to [ADDRESS]; physical address [ADDRESS]."),
    ("deliver to Star Route Box 448 on Friday", "deliver to [ADDRESS] on Friday"),
    # HL7: "family, given" in one component; a name and an address one field off.
    # (The full tier's tagger reads "family, given" as one name: tests/compliance/
    # test_redaction_round7.py.)
    # A day of the month alone, after a cue and before a word that is no noun.
    ("is the clinic open sat the 3rd its the only day i have a ride", "is the clinic open [DATE] its the only day i have a ride"),
    ("discharged on the 6th after 7 days of IV antibiotics", "discharged on the [DATE] after 7 days of IV antibiotics"),
    ("stopped taking the lithium around the ninth.", "stopped taking the lithium around the [DATE]."),
    # Names beside names in chat, and an initial before a surname.
    ("my twins kuan-ting and mehul have appts on friday", "my twins [NAME] and [NAME] have appts on friday"),
    ("i saw o. okwuosa on the ward, she was kind", "i saw [NAME] on the ward, she was kind"),
    ("t. nakashima here, wanted to say thank you", "[NAME] here, wanted to say thank you"),
    ("dob 11-29-1933, name QUEK, BOON KENG, thats everything", "dob [DATE], name [NAME], thats everything"),
    ("Advance directive on file, signed 12-5; agent is her son", "Advance directive on file, signed [DATE]; agent is her son"),
    ('notify.email template=appt_reminder when="7/5"', 'notify.email template=appt_reminder when="[DATE]"'),
    # A patient by initials before age and sex.
    ("Pt QX, 67F, seen at bedside with an interpreter", "Pt [NAME], 67F, seen at bedside with an interpreter"),
    ("patient T. W. 71 yo M with cough", "patient [NAME]. 71 yo M with cough"),
]  # fmt: skip

KEPT = [
    "tres de ellos tienen fiebre desde ayer",
    "dos de los pacientes toman metformina 850 mg",
    "build v2024w1 deployed in 41 s",
    "cache.stats version_new=3 count_1=12 max_age_raw=600",
    "take 2 tablets, then 1 tablet daily for 5 days",
    "log.levels [INFO, DEBUG, WARNING] unchanged",
    "retry in (3, 5, 10) s after 2024",
    "dx list (Parkinson, Alzheimer, Bell) reviewed",
    "Pt ED 45 min wait, pt is 67 yo M",
    "the pob was 12 mmHg on the last check",
    "the hc box 3 was full again",
    "my kids are fever and chills all week",
    "called in 2/3 of the meds, fell 3/4 of the way down",
    "positive for s. aureus, on vanc; c. diff negative; for a. fib, on eliquis",
    "OBX|1|CE|SPO^Spouse^HL70063||Y",
    "ORA-01400: cannot insert NULL into the column",
    # Eponyms by their own name, days, a country, versions.
    "Parkinson's disease, Hoehn and Yahr stage 2, carbidopa-levodopa 25/100 tid",
    "Guillain-Barré suspected, LP shows albuminocytologic dissociation",
    "appointment moved to Thursday afternoon, second floor",
    "IV 20g L AC, NS at 75 mL/h",
    "pt spends six months a year in France.",
    "build 2024.3.1 deployed, firmware 2.4.1.7 on the pumps",
    "short of breath, Cheyne-Stokes respirations noted overnight",
    "Phalen's and Tinel's positive on the right; Hickman line flushed",
    "Braxton Hicks contractions, irregular; Rinne AC > BC",
    "Transferred from Room 5112 to Room 5120",
    "moved to the 3rd floor after surgery, on the 2nd dose after lunch",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
@pytest.mark.parametrize("tier", ["fast", "full"])
def test_round6_mechanisms_find_the_identifier(text: str, expected: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == expected


def test_round6_a_bracketed_record_masks_both_names() -> None:
    text = "hie.MatchException: no unique match for [OKONJO, ADEYEMI, 2014-11-05]"
    fast = "hie.MatchException: no unique match for [[NAME], [NAME], [DATE]]"
    assert redact_text(text, tier="fast") == fast
    # The full tier may mask "OKONJO, ADEYEMI" as one name.
    assert "OKONJO" not in redact_text(text, tier="full")
    assert "ADEYEMI" not in redact_text(text, tier="full")


@pytest.mark.parametrize("text", KEPT)
@pytest.mark.parametrize("tier", ["fast", "full"])
def test_round6_look_alikes_survive(text: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == text


@pytest.mark.parametrize("tier", ["fast", "full"])
def test_a_state_in_a_record_row_is_kept_and_the_city_before_it_masked(tier: str) -> None:
    row = "3253618,Okafor,Chidi,11/19/84,8548 S Penobscot Ave,Leesville,LA,82535"
    out = redact_text(row, tier=tier)
    assert out.endswith(",[ADDRESS],[CITY],LA,[ZIP]")
    assert "Okafor" not in out
    assert "Chidi" not in out


def test_a_title_makes_an_eponym_a_person() -> None:
    assert redact_text("Dr. Austin Flint saw her today", tier="full") == "Dr. [NAME] saw her today"
    assert (
        redact_text("seen by Dr Hoehn on the ward", tier="fast") == "seen by Dr [NAME] on the ward"
    )


def test_round6_redaction_is_idempotent() -> None:
    for text, _ in FOUND:
        once = redact_text(text, tier="full")
        assert redact_text(once, tier="full") == once


@pytest.mark.parametrize(
    ("key", "label"),
    [("iccid_old", "DEVICE_ID"), ("phone_new", "PHONE"), ("email_2", "EMAIL"),
     ("patient_name_old", "NAME"), ("version_new", None), ("max_age_raw", None)],
)  # fmt: skip
def test_a_qualifier_after_a_key_keeps_its_label(key: str, label: str | None) -> None:
    assert key_label(key) == label
