"""Round 11: what the engine masked and must not, and what it missed, in the tuning splits
written this round (tune12-tune14, read before the tagger trained on them) and in two
over-masks noticed in round 10 ("entered by ENT" taken for a login, "member=Gold, Plus" for
"Surname, Given").

Masked and must not be: a people or a language ("Tibetan-speaking", "Karen interpreter",
"Haitian Creole"), a holy day ("during Ramadan", "yom tov"), a country after a place word
("in Cabo Verde"), a credential that is also a state's code ("Flann Mannion, MD"), a service
after "by", a category after its key. Missed: the people of a care team in a log line
("attending=JOIYA"), a device named for its owner ("hostname=tilla-ipad"), a rural address by
its mile marker ("BIA Route 23, mile 4.6"), the Indian Health Service's record number (HRN), a
record number with a qualifier ("mrn_a="), a note signed with initials after a dash ("-WRD"),
initials after "merged by", and a doctor named in Spanish, Haitian Creole or Portuguese
("la doctora ...", "doktè ..."). New examples, none of them a line of a split; and the
identifiers beside them that must still go."""

from __future__ import annotations

import pytest

from compliance.redaction import lexicon, redact_text

SURVIVES = [
    "Order entered by ENT at 10:00",
    "reviewed by ICU team overnight",
    "INFO eligibility member=Gold, Plus tier=2",
    "trend=Stable, Improving",
    "Pt is Teochew-speaking and prefers written instructions.",
    "Interpreted in Haitian Creole at the family's request.",
    "Used a Karen interpreter by phone for the whole visit.",
    "Jamaican-born; lives alone.",
    "metformin 1000 mg BID; during Ramadan take both doses with iftar and suhoor",
    "we cant use the phone on yom tov, call after",
    "Her brother lives in Cabo Verde and calls weekly.",
    "attending=hospitalist unit=4N",
    "hostname=lobby-ipad status=online",
    "walked 2 miles on route 66 last week",
    "Plan: continue meds. -PRN",
    "- OOR",
    "Check labs -CBC, BMP",
    "status=502 caller=rcm-batch",
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize("text", SURVIVES)
def test_round11_look_alikes_survive(text: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == text


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("order entered by jkosz21 at 10:00", "order entered by [USERNAME] at 10:00"),
        ("guarantor=Eagle, Bob", "guarantor=[NAME]"),
        ("nok=Keen, Ridge rel=son", "nok=[NAME] rel=son"),
        ("Tibetan interpreter Pemba Dolkar present", "Tibetan interpreter [NAME] present"),
        ("census unit=4W bed=12 attending=QUARTEY", "census unit=4W bed=12 attending=[NAME]"),
        ('{"attending":"ohanzee redhorse","unit":"4N"}', '{"attending":"[NAME]","unit":"4N"}'),
        ("dhcp lease ok hostname=zuleika-ipad", "dhcp lease ok hostname=[NAME]-ipad"),
        (
            "lives with her son on BIA Route 14, mile 22.3, no running water",
            "lives with her son on [ADDRESS], no running water",
        ),
        ("rollover on 412 CR 17.5 at dusk", "rollover on [ADDRESS] at dusk"),
        ("eligibility.ihs hrn=00917 result=eligible", "eligibility.ihs hrn=[MRN] result=eligible"),
        (
            "npo after mn for tee with dr. yom at 0800",
            "npo after mn for tee with dr. [NAME] at 0800",
        ),
        ("Insurance: IHS eligible (HRN 31877)", "Insurance: IHS eligible (HRN [MRN])"),
        ("merge.conflict mrn_a=441-082 mrn_b=E55012974", "merge.conflict mrn_a=[MRN] mrn_b=[MRN]"),
        (
            "Explained the statement to the guarantor. -WJQ",
            "Explained the statement to the guarantor. -[NAME]",
        ),
        (
            "Counseled on inhaler technique. -TB, RPh",
            "Counseled on inhaler technique. -[NAME], RPh",
        ),
        ("Duplicate chart merged by qx.", "Duplicate chart merged by [NAME]."),
        ("Attending: Wenonah Tsosie, MD", "Attending: [NAME], MD"),
        ("lives in Towson, MD 21204", "lives in [CITY], MD [ZIP]"),
        ("la doctora ixchel dijo que volviera", "la doctora [NAME] dijo que volviera"),
    ],
)
def test_round11_identifiers_still_go(text: str, expected: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Teochew-speaking", True),
        ("Haitian Creole", True),
        ("during Ramadan", True),
        ("Yoruba", True),
        ("Karen", False),  # a given name too: only "Karen interpreter" says the language
        ("Sherpa", False),  # a family name too
        ("Ben", False),
        ("Amina Yoruba", False),
    ],
)
def test_round11_peoples_and_holy_days(value: str, expected: bool) -> None:
    assert lexicon.names_no_one(value) is expected
