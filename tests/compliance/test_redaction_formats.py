"""The fast tier across the ways each identifier is written: date and phone grammars, keyed
ids with their fillers, shapes with a check digit, ages in words, HL7/X12 fields, CSV rows,
and the clinical and log look-alikes that must survive all of it."""

from __future__ import annotations

import pytest

from compliance.redaction import redact, redact_text

# (label, text, the identifier in it)
FORMATS = [
    # Dates: month names, ordinals, numeric orders, compact forms after a cue, timestamps.
    ("DATE", "dob 03/04/1950 per chart", "03/04/1950"),
    ("DATE", "seen 3-4-50 for cough", "3-4-50"),
    ("DATE", "born March 4th 1950 in clinic", "March 4th 1950"),
    ("DATE", "admitted 4 Mar 1950", "4 Mar 1950"),
    ("DATE", "dob 04.03.1950", "04.03.1950"),
    ("DATE", "i was seen on the 4th of march", "the 4th of march"),
    ("DATE", "born on the fourth of July", "fourth of July"),
    ("DATE", "appt mar 4 at 10", "mar 4"),
    ("DATE", "birthDate 04-MAR-1950 rejected", "04-MAR-1950"),
    ("DATE", "dob 03041950", "03041950"),
    ("DATE", "last seen Sept 4 '50", "Sept 4 '50"),
    ("DATE", "last seen Jan '22", "Jan '22"),
    ("DATE", "dx 01/2020 with DM2", "01/2020"),
    ("DATE", "appointment march the 4th ok", "march the 4th"),
    ("DATE", "arrived 2023-04-02T21:21:37.515Z", "2023-04-02T21:21:37.515Z"),
    ("DATE", "i was at the er on 2026-06-06t06:15:27+00:00", "2026-06-06t06:15:27+00:00"),
    # Phones and faxes: separators, country codes, extensions, local numbers after a cue.
    ("PHONE", "call +1 (555) 010-2233 after 5", "+1 (555) 010-2233"),
    ("PHONE", "cell 555.010.2233 ext 12", "555.010.2233 ext 12"),
    ("PHONE", "callback number 5550102233", "5550102233"),
    ("PHONE", "questions to (555)0102233", "(555)0102233"),
    ("PHONE", "call back # is 695-7523325", "695-7523325"),
    ("PHONE", "EC: bro, cell 860-3864", "860-3864"),
    ("PHONE", "uk number +44 20 7946 0958", "+44 20 7946 0958"),
    ("PHONE", "call +55 11 93323-4993 today", "+55 11 93323-4993"),
    ("PHONE", "cell 555\u2013010\u20132233 after 5", "555\u2013010\u20132233"),
    ("FAX", "Hospice intake line is +44 7700 900093 (fax only)", "+44 7700 900093"),
    ("FAX", "adjuster_fax=830-3320", "830-3320"),
    # SSNs: three separators, nine digits after a key, FHIR's SSN system.
    ("SSN", "SSN 123 45 6789 on file", "123 45 6789"),
    ("SSN", "ssn: 123.45.6789", "123.45.6789"),
    ("SSN", "social is 123456789", "123456789"),
    ("SSN", '{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "302-402188"}', "302-402188"),
    # Ids after a key word, with the filler people put between.
    ("MRN", "pharmacy keeps asking for my mrn, is it 13-32-13?", "13-32-13"),
    ("MRN", "DOB: 2/28   MRN-9506954518   Acct#: 692007602", "9506954518"),
    ("MRN", "ERROR clinic.fhir: Patient/00377457 rejected", "00377457"),
    ("MRN", "MR: 889900 admitted", "889900"),
    ("MRN", "visitor pass for patient 8722-1707-4034", "8722-1707-4034"),
    ("HEALTH_PLAN_ID", "Subscriber is pt's husband; mbr FGL327313790, grp 05307423-04.", "FGL327313790"),
    ("HEALTH_PLAN_ID", "WARN eligibility 271: member FFZ 110639980 not found", "FFZ 110639980"),
    ("HEALTH_PLAN_ID", "medicare # is 1EG4-TE5-MK72", "1EG4-TE5-MK72"),
    ("ACCOUNT_NUMBER", "while checking eligibility (acct 08 9667 6499 03)", "08 9667 6499 03"),
    ("LICENSE_NUMBER", "Identity verified with photo ID (DL N 065 031 444 374).", "N 065 031 444 374"),
    ("LICENSE_NUMBER", "prescriber.lookup ordering_npi=1350023861 status=active", "1350023861"),
    ("LICENSE_NUMBER", "Prescriber: Dr. Roe, MD  DEA MC4654794", "MC4654794"),
    ("VEHICLE_ID", "the other car was TXD 9530", "TXD 9530"),
    ("VEHICLE_ID", "lpr cam3 read JXI 473 conf=0.91", "JXI 473"),
    ("VEHICLE_ID", "your ride (G2N3HKPZ2TAGLN6KC) arrives", "G2N3HKPZ2TAGLN6KC"),
    ("DEVICE_ID", "R TKA; implant UDI (01)00736684841320(11)280909(10)J4124C recorded", "(01)00736684841320(11)280909(10)J4124C"),
    ("DEVICE_ID", "ble.pair mac=69e0.abf9.9e1a result=ok", "69e0.abf9.9e1a"),
    ("DEVICE_ID", "location sharing via watch XQL002108J", "XQL002108J"),
    ("DEVICE_ID", "Unhandled exception in /api/v1/devices/SN4471AB/readings", "SN4471AB"),
    # Web and network.
    ("URL", "my gofundme is gofundme.com/f/help-ana-recover", "gofundme.com/f/help-ana-recover"),
    ("IP_ADDRESS", "src=::ffff:10.2.3.4 denied", "::ffff:10.2.3.4"),
    ("IP_ADDRESS", "from 7356:d0c2:821a::3c63 failed", "7356:d0c2:821a::3c63"),
    # Usernames in their styles.
    ("USERNAME", "ble.pair owner=CLINIC\\iabusaleh result=ok", "CLINIC\\iabusaleh"),
    ("USERNAME", "posted by u/jdoe_77 on reddit", "u/jdoe_77"),
    ("USERNAME", "diff Patient.address by xXrodelXx: -", "xXrodelXx"),
    ("USERNAME", "my son made his account w/ rr_admin as the login", "rr_admin"),
    ("USERNAME", "cant remember if i signed up as queenbee or with my email", "queenbee"),
    ("USERNAME", '{"msg": "share link created", "created_by": "nurse.ebube"}', "nurse.ebube"),
    # Ages over 89 in digits and words.
    ("AGE_OVER_89", "grandma is 96yo, sleeping a lot", "96"),
    ("AGE_OVER_89", "HPI: Ana (95M) c/o worsening DOE", "95"),
    ("AGE_OVER_89", "aged ninety-two and still gardening", "ninety-two"),
    ("AGE_OVER_89", "hi im one hundred and one years young", "one hundred and one"),
    ("AGE_OVER_89", "Retired machinist, 107, brought in by his son", "107"),
    ("AGE_OVER_89", "Admitted for urosepsis; Abdi is 94 and was living alone", "94"),
    ("AGE_OVER_89", "a frail nonagenarian with falls", "nonagenarian"),
    ("AGE_OVER_89", "she is in her 90s", "90s"),
    ("AGE_OVER_89", 'POST /api 422 {"errors": {"age": ["92 exceeds 120"]}}', "92"),
    # Places.
    ("ADDRESS", "mail goes to 844-41 n 137th dr, apt 3r san luis obispo 26554", "844-41 n 137th dr, apt 3r"),
    ("ADDRESS", "pt located at 26156 FM 1225, Española, SC", "26156 FM 1225"),
    ("ADDRESS", "mailed_to=N2845 County Rd D, Wheeling", "N2845 County Rd D"),
    ("ADDRESS", "home=1250 W 2200 N url=x", "1250 W 2200 N"),
    ("ADDRESS", 'from="Rural Route 4 Box 503"', "Rural Route 4 Box 503"),
    ("CITY", "mail goes to 844-41 n 137th dr, apt 3r san luis obispo 26554", "san luis obispo"),
    ("CITY", "Seen at Lansing Urgent Care on Monday", "Lansing"),
    ("ZIP", "lives at 9 Elm St, Las Cruces, Ga 870280309 with spouse", "870280309"),
    ("ZIP", "zip code is 07018 if that helps", "07018"),
    # Names: suffixes, initials, capitals after a cue, surname first, a contact in brackets.
    ("NAME", "this is Nasra Nasser Jr.'s husband", "Nasra Nasser Jr"),
    ("NAME", "Pharmacist F. Tadesse called re: simvastatin", "F. Tadesse"),
    ("NAME", "Allergic reaction to PCN per mother IDIL NASSER-BLEVINS.", "IDIL NASSER-BLEVINS"),
    ("NAME", "Zhukov, Lucimar -- MRN H8629753 -- seen today", "Zhukov, Lucimar"),
    ("NAME", "Palmdale Home Health (Tabrizi) needs signed orders", "Tabrizi"),
    ("NAME", "Patient: Smith, John A.", "Smith, John A"),
    ("NAME", 'fax.inbound from=892.913.2389 ocr_patient="Sonny Frost III"', "Sonny Frost III"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "text", "secret"), FORMATS)
def test_each_format_is_masked(label: str, text: str, secret: str) -> None:
    result = redact(text, tier="fast")
    start = text.index(secret)
    needed = [i for i in range(start, start + len(secret)) if text[i].isalnum()]
    assert all(any(s.start <= i < s.end for s in result.spans) for i in needed), result.text
    labels = {s.label for s in result.spans if s.start < start + len(secret) and start < s.end}
    assert label in labels, (labels, result.text)


# Structured lines: every field that holds PHI, and none of the codes around them.
SEGMENTS = [
    (
        "PID|1||536840^^^MRN^MR||JUNG^ARACELIS^^^||19500304|F|||37 N Malcolm X Rd^^Escondido^SD"
        "^88741^USA||781-230-6822|||||6073356|086251842",
        ["536840", "JUNG", "ARACELIS", "19500304", "37 N Malcolm X Rd", "Escondido", "88741",
         "781-230-6822", "6073356", "086251842"],
        ["MRN^MR", "|F|", "^SD^", "USA"],
    ),
    (
        "NK1|1|MORADI^SHANIQUA|SPO^Spouse|387-23 72nd Ave Spc 42^^Butte^Montana^92162|(921)8031435",
        ["MORADI", "SHANIQUA", "387-23 72nd Ave Spc 42", "Butte", "92162", "(921)8031435"],
        ["SPO^Spouse"],
    ),
    (
        "CLM*1203812*125.00***11:B:1*Y~NM1*IL*1*FASHOLA*ETHELENE****MI*W464220733~DMG*D8*19500304*F~",
        ["1203812", "FASHOLA", "ETHELENE", "W464220733", "19500304"],
        ["125.00", "NM1*IL*1", "DMG*D8"],
    ),
    (
        "<patient><familyName>Okafor</familyName><dob>1950-03-04</dob><mrn>A1234567</mrn>"
        "<line>212</line></patient>",
        ["Okafor", "1950-03-04", "A1234567"],
        ["<line>212</line>", "familyName"],
    ),
    (
        "PT-0712220,Okeke,Nasra,2019-05-12,+82 10-1124-8213,xiaomei.j@zoho.com,13966",
        ["PT-0712220", "Okeke", "Nasra", "2019-05-12", "+82 10-1124-8213", "xiaomei.j@zoho.com",
         "13966"],
        [],
    ),
    (
        'dl_scan.parsed {"DAQ": "C428-398-57-671-9", "DCS": "UMEH", "DAC": "MARICEL", '
        '"DBB": "the 18th of december", "DAK": "45632"}',
        ["C428-398-57-671-9", "UMEH", "MARICEL", "the 18th of december", "45632"],
        ["DAQ", "DCS", "dl_scan.parsed"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("line", "secrets", "kept"), SEGMENTS)
def test_structured_lines_lose_every_field_that_is_phi(
    line: str, secrets: list[str], kept: list[str]
) -> None:
    out = redact_text(line, tier="fast")
    for secret in secrets:
        assert secret not in out, (secret, out)
    for code in kept:
        assert code in out, (code, out)


LOOK_ALIKES = [
    "Django 5.0.6, Python 3.11.9, psycopg 3.1.19",
    "INFO gunicorn booting worker pid=412 version=21.2.0",
    "Worker timeout (pid:418) after 120s, restarting",
    "POST /api/v1/chat 201 took 231ms bytes=1832",
    "HTTP/2 200, content-length 5120, cache-control max-age=3600",
    "worker pid=2231 started, listening on 0.0.0.0:8000",
    "cron schedule 0 3 * * * timezone America/New_York locale en_US.UTF-8",
    "INFO [portal.auth] cache warm; pdf.render template=records_release eta_min=14",
    "order placed: LOINC 4548-4, 2093-3, 2571-8 (A1c, cholesterol, triglycerides)",
    "NDC 0002-8215-01 insulin lispro 100 units/mL; RxNorm 197361, SNOMED 44054006",
    "ICD-10 Z79.01 long term anticoagulant use, R26.81 unsteady gait; HCPCS J1885",
    "positive Tinel's and Phalen's at the right wrist",
    "Epley maneuver performed for BPPV, Dix-Hallpike positive on the left",
    "Murphy's sign negative, McBurney point nontender, Rovsing negative",
    "called pt back, no answer, left generic VM per HIPAA",
    "Lantus 92 units qhs + Humalog sliding scale; SpO2 is 94% and HR is 96",
    "pt is an 89 y/o M; my husband is 81 and my mom is 88",
    "pain is like a 7/10 today, was 4/10 last week; A1c 6.8% in March, 7.1% in June",
    "Transport: wheelchair van arranged for pickup after dialysis on tuesday",
    "how far is it, my ride only goes 20 miles; Holter monitor x48 hours",
    "Patient, Practitioner, Organization and Location resources",
    "seen in 2024 and 2025 for the same thing, since 2019 on shots",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_clinical_and_log_look_alikes_survive_the_new_grammars(text: str) -> None:
    result = redact(text, tier="fast")
    assert result.spans == [], [text[s.start : s.end] for s in result.spans]
