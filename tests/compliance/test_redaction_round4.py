"""Round 4 of the redaction grammars: structure in logs and exports (quoted values, delimited
rows, error messages that quote a field), more date and age shapes, login names by where a
log puts them, "Surname, Given" between two cues, ordinary words as names where a role and a
verb say so; and the look-alikes each mechanism must leave alone."""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text

# (text, what the fast tier must make of it)
FOUND = [
    # Structure: a quoted person's name under any key; keys that name a reference or an age.
    ('dispatch.ok driver=7 passenger="Odalys Fenwick" eta=12', 'dispatch.ok driver=7 passenger="[NAME]" eta=12'),
    ('notify to="Brannagh Q. Oyelaran" channel=sms', 'notify to="[NAME]" channel=sms'),
    ('sign by="Mbeki, Thandiwe R." kind=consent', 'sign by="[NAME]." kind=consent'),
    ('{"person": {"first": "Ysolde", "last": "Kowalik"}}', '{"person": {"first": "[NAME]", "last": "[NAME]"}}'),
    ('check stated_age=104 flag=1', 'check stated_age=[AGE_OVER_89] flag=1'),
    ("upload lab_ref=QX-77120-B size=3", "upload lab_ref=[OTHER_ID] size=3"),
    ("TypeError: bad value 'ZK-440918' (column=order_ref)", "TypeError: bad value '[OTHER_ID]' (column=order_ref)"),
    ('DETAIL: Key (mrn)=(55-102-771) already exists.', "DETAIL: Key (mrn)=([MRN]) already exists."),
    # Delimited rows: quoted fields in a message, pipe-separated exports.
    ('bad row: "Okonkwo","Ifeyinwa","19480217","612/555-0188" -> skipped', 'bad row: "[NAME]","[NAME]","[DATE]","[PHONE]" -> skipped'),
    ('dump line="7730125|VANTERPOOL|MAISIE|19300514|95"', 'dump line="[OTHER_ID]|[NAME]|[NAME]|[DATE]|[AGE_OVER_89]"'),
    # Phones with a slash after the area code; spelt-out e-mail; SSN with mixed separators.
    ("call me on 617/555-0199 after lunch", "call me on [PHONE] after lunch"),
    ("email me: hollis77 at fastmail dot com thanks", "email me: [EMAIL] thanks"),
    ("social security 412-58 7730 on the form", "social security [SSN] on the form"),
    # Dates.
    ("dob Apr-19-1944 per pt", "dob [DATE] per pt"),
    ("seen 2 Feb 51 for follow up", "seen [DATE] for follow up"),
    ("Pt returns on 14-Feb for suture removal", "Pt returns on [DATE] for suture removal"),
    ("s/p hip pinning 2019-11", "s/p hip pinning [DATE]"),
    ("hx appendectomy 3/1961", "hx appendectomy [DATE]"),
    ("admitted to ward 19440623 per old chart", "admitted to ward [DATE] per old chart"),
    ("la cita es el 9 de octubre de 2025", "la cita es [DATE]"),  # the article with it
    ("rdv le 3 juillet svp", "rdv le [DATE] svp"),
    ("Seen Monday the twenty-first, doing well.", "Seen [DATE], doing well."),
    ("could not read date '7.11.48' in import", "could not read date '[DATE]' in import"),
    ("login 03-aug-2025 14:02:11 from home", "login [DATE] from home"),
    # Ages over 89.
    ("mi papá tiene noventa y cuatro años", "mi papá tiene [AGE_OVER_89] años"),
    ("ma grand-mère a quatre-vingt-quinze ans", "ma grand-mère a [AGE_OVER_89] ans"),
    ("Hx per son: pt 97, lives with family.", "Hx per son: pt [AGE_OVER_89], lives with family."),
    ("grandpa (Walt Ostby 93) fell today", "grandpa ([NAME] [AGE_OVER_89]) fell today"),
    # Login names by where a log line puts them.
    ("sshd[88]: Failed password for invalid user qorbanzade from 10.2.3.4", "sshd[88]: Failed password for invalid user [USERNAME] from [IP_ADDRESS]"),
    ("pam_unix: session opened for yolandeb by (uid=0)", "pam_unix: session opened for [USERNAME] by (uid=0)"),
    ("GET /u/mirela-t/settings 200", "GET /u/[USERNAME]/settings 200"),
    # Identifiers: card-printed MBI, prefixed plan numbers, IMEI check digit, OBX serials.
    ("medicare card number 3QF7 KT2 MX41", "medicare card number [HEALTH_PLAN_ID]"),
    ("Ins: primary ZQA551230987 02", "Ins: primary [HEALTH_PLAN_ID]"),
    ("imei 35 209900 176148 1 on the tablet", "imei [DEVICE_ID] on the tablet"),
    ("OBX|2|ST|SN^Serial number^L||Q77XK2||||||F", "OBX|2|ST|SN^Serial number^L||[DEVICE_ID]||||||F"),
    ("GET /api/plates/8KQM221/status 200", "GET /api/plates/[VEHICLE_ID]/status 200"),
    # Addresses: lettered and half numbers, numbers in words, a floor after the street.
    ("pickup at 212-B Larkspur Ct, Floor 3 please", "pickup at [ADDRESS] please"),
    ("mail goes to 77 1/2 Quarry Rd", "mail goes to [ADDRESS]"),
    ("moved to Four Elmwood Pl last month", "moved to [ADDRESS] last month"),
    # Names: "Surname, Given" between cues; ordinary words by role and verb; initials.
    ("lark, maple here, running late", "[NAME] here, running late"),
    ("who is ostrowski, brin and why did they call", "who is [NAME] and why did they call"),
    ("Left VM for Winters, Cole on 4/2", "Left VM for [NAME] on [DATE]"),
    ("my sister honey said to call", "my sister [NAME] said to call"),
    ("Found by neighbor Sterling, who called us.", "Found by neighbor [NAME], who called us."),
    ("hi its b. oyelaran again", "hi its [NAME] again"),
    ("appelle ma fille zuleika au +33 6 12 34 56 78", "appelle ma fille [NAME] au [PHONE]"),
    ("Spoke with dtr Blessing at bedside", "Spoke with dtr [NAME] at bedside"),
    ('Hx per niece Abimbola "Bimpe" Adeyemi-Cole today', "Hx per niece [NAME] today"),
    ("Subject initials K.O.J.; visit 2", "Subject initials [NAME].; visit 2"),
    ("Provider Teodora Vukovic | POS 22", "Provider [NAME] | POS 22"),
    ("Called Wren (pt's stepdaughter) back", "Called [NAME] (pt's stepdaughter) back"),
    ("tobenna ezeh is my ride today", "[NAME] is my ride today"),
    ("c'est v. tremblay, je voudrais un rdv", "c'est [NAME], je voudrais un rdv"),
    ("PID|1||4471^^^H^MR||Quist^Odile||3/9|F", "PID|1||[MRN]^^^H^MR||[NAME]^[NAME]||[DATE]|F"),
    ("Refer to Grand Forks Cardiology for echo", "Refer to [CITY] Cardiology for echo"),
    ("d/c to 12 Elm St, Grand Rapids 49503 today", "d/c to [ADDRESS], [CITY] [ZIP] today"),
    ("tried signing in as mkowal and as mkowal77 no luck", "tried signing in as [USERNAME] and as [USERNAME] no luck"),
    ("hi this is autumn from 4c, about my dad", "hi this is [NAME] from 4c, about my dad"),
    ("Spoke with Rue at the front desk", "Spoke with [NAME] at the front desk"),
    ("grandpa's 101st birthday is sunday", "grandpa's [AGE_OVER_89] birthday is sunday"),
    ("mac on the scale is 3c71bf09a2d4", "mac on the scale is [DEVICE_ID]"),
    ("ssn 912-74-3310 on file", "ssn [SSN] on file"),
    ("call 0033 1 42 68 53 00 tonight", "call [PHONE] tonight"),
]  # fmt: skip

# Look-alikes: must come out as they went in.
KEPT = [
    'dept="Family Medicine" status="Active Duty" title="Discharge Summary"',
    'ble.scan name="BP-Cuff" rssi=-60',
    "build_number=20240101 job_no=12 page_no=4",
    "cache max_age=120 ok",
    "clinic hours mon wed fri 9-5",
    "pain 7/10 in the lower back, 1/2000 dilution",
    "years 2010-12 in the registry",
    "BP 120/80 (HR 95), (sat 92), pulse now 96",
    "we meet at noon dot com",
    "my wife always said it and my son really wants to know",
    "its bad again today",
    "Swelling, redness on exam",
    "apples, pears and plums",
    "hx Guillain-Barre after the flu",
    "Wolff-Parkinson-White s/p ablation",
    "chat.msg sid=a81f role=user",
    "POST /auth/reset 202 src=gateway",
    "Foley in place, draining well",
    "O: SpO2 95% RA. Wt 61 kg.",
    "E. coli in urine, vit. D low",
    "GET /users/me/settings 200",
    "she is my ride home",
    'Click "Save" Button to continue',
    "Provider Portal login, the provider network is down",
    "QTc 452 ms, PR 180 ms",
    "Allegra 180 mg daily",
    "ma mère s'est effondrée, elle ne bouge plus",
    "tired, dizzy",
    "Tommy John surgery 2011",
    "barrett's esophagus, surveillance egd",
    "LOINC 4548-4 hemoglobin A1c 6.9% (ref 4.0-5.6)",
    "tried logging in as [USERNAME] and then gave up",
    "it's summer from now on",
    "the 90th percentile for weight",
    "NDC 0093-7214-01",
    "mi hijo comió cacahuate y se le hincha la cara",
    "ma mère cherche son air",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_round4_mechanisms_find_the_identifier(text: str, expected: str) -> None:
    assert redact_text(text, tier="fast") == expected


@pytest.mark.parametrize("text", KEPT)
def test_round4_look_alikes_survive(text: str) -> None:
    assert redact_text(text, tier="fast") == text


def test_round4_redaction_is_idempotent() -> None:
    for text, _ in FOUND:
        once = redact_text(text, tier="fast")
        assert redact_text(once, tier="fast") == once
