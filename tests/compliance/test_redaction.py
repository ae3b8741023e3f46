"""The fast tier: every label, the clinical look-alikes that must survive, and its contract."""

from __future__ import annotations

import pytest

from compliance.redaction import LABELS, RedactionEngine, redact, redact_log, redact_text

FAST_CASES = [
    ("NAME", "hi this is maria gonzalez, can i move my appointment", "maria gonzalez"),
    ("NAME", "Seen today with Dr. Okafor for follow-up.", "Okafor"),
    ("NAME", '{"event": "reminder_sent", "last_name": "Nguyen"}', "Nguyen"),
    ("ADDRESS", "i moved to 4417 w fullerton ave apt 2b last week", "4417 w fullerton ave apt 2b"),
    ("CITY", "Address on file: 12 Elm Street, Worcester, MA 01609", "Worcester"),
    ("CITY", "we just moved to kalamazoo last month", "kalamazoo"),
    ("ZIP", "billing zip 60614 on the card", "60614"),
    ("DATE", "my dob is 04/12/1958", "04/12/1958"),
    ("DATE", "Admitted March 3rd, 2021 for CHF exacerbation.", "March 3rd, 2021"),
    ("DATE", "appointment_date=2024-07-19 status=confirmed", "2024-07-19"),
    ("AGE_OVER_89", "Pt is a 94 yo woman with a fall at home.", "94"),
    ("PHONE", "call me back at (312) 555-0188 after 5", "(312) 555-0188"),
    ("FAX", "Please fax the records to 312-555-0199.", "312-555-0199"),
    ("EMAIL", "my email is j.rivera77@example.com", "j.rivera77@example.com"),
    ("SSN", "ssn 078-05-1120 on the intake form", "078-05-1120"),
    ("MRN", "MRN: 00482913, bed 4", "00482913"),
    ("HEALTH_PLAN_ID", "member id XJH448812901 for the claim", "XJH448812901"),
    ("ACCOUNT_NUMBER", "billing account 7730021945 is past due", "7730021945"),
    ("LICENSE_NUMBER", "driver's license D1234567 on file", "D1234567"),
    ("VEHICLE_ID", "her car vin 1HGCM82633A004352 was towed", "1HGCM82633A004352"),
    ("VEHICLE_ID", "parking: license plate 7ABC123", "7ABC123"),
    ("DEVICE_ID", "pacemaker serial PM-88213-X checked", "PM-88213-X"),
    ("URL", "see https://portal.example.org/patients/8812 for results", "https://portal.example.org/patients/8812"),
    ("IP_ADDRESS", "login failed from 203.0.113.54", "203.0.113.54"),
    ("IP_ADDRESS", "client=2001:db8:85a3::8a2e:370:7334 ok", "2001:db8:85a3::8a2e:370:7334"),
    ("USERNAME", "portal username mgonzalez82 locked", "mgonzalez82"),
    ("OTHER_ID", "encounter_id=ENC-5512093 closed", "ENC-5512093"),
]  # fmt: skip


def test_every_label_has_a_case() -> None:
    assert {label for label, _, _ in FAST_CASES} == set(LABELS)


@pytest.mark.parametrize(("label", "text", "secret"), FAST_CASES)
@pytest.mark.parametrize("tier", ["fast", "full"])
def test_each_identifier_is_masked_with_its_label(
    label: str, text: str, secret: str, tier: str
) -> None:
    result = redact(text, tier=tier)
    assert secret not in result.text
    start = text.index(secret)
    covering = [s for s in result.spans if s.start <= start and start + len(secret) <= s.end]
    assert covering, result.spans
    assert covering[0].label == label
    assert f"[{label}]" in result.text


LOOK_ALIKES = [
    "BP 128/82, HR 74 bpm, SpO2 97%, temp 98.6 F, weight 182 lbs",
    "metformin 500 mg po bid, lisinopril 10 mg daily, take 1/2 tablet at night",
    "A1c 7.2%, LDL 131 mg/dL, WBC 11.2, Hgb 12.9, eGFR 58, TSH 2.31",
    "Dx E11.9 and I10; LOINC 4548-4; CPT 99213 and 93000; NDC 0093-7214-01",
    "History of Parkinson's disease, Bell's palsy in 2015 and Crohn's disease",
    "Hashimoto thyroiditis; Addison's disease; Down syndrome",
    "pt is a 67 yo male, age 45 sister, her dad was 88 years old",
    "seen on monday, follow up next tuesday, symptoms for 3 weeks since 2019",
    "took ibuprofen 400mg every 6 hours for 2 days, walked 2 blocks to the park",
    "i have had a headache for three days and my fever was 101.4",
    "room 12, bed 4, floor 3; 2 of 3 doses given; scored 24 on the MoCA",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
@pytest.mark.parametrize("tier", ["fast", "full"])
def test_clinical_look_alikes_survive(text: str, tier: str) -> None:
    result = redact(text, tier=tier)
    assert result.spans == []
    assert result.text == text


def test_years_weekdays_and_ages_under_90_are_kept_but_ages_over_89_are_not() -> None:
    assert (
        redact_text("in 2019 on a friday she was 89", tier="fast")
        == "in 2019 on a friday she was 89"
    )
    assert redact_text("she is 91 years old", tier="fast") == "she is [AGE_OVER_89] years old"


@pytest.mark.parametrize("tier", ["fast", "full"])
def test_redacting_twice_changes_nothing_more(tier: str) -> None:
    texts = [text for _, text, _ in FAST_CASES] + [
        "Jane Doe (MRN 1234567) called from 617-555-0143 about her 3/14/2022 visit",
        "name=Jane+Doe&dob=1961-04-02&zip=02139",
    ]
    for text in texts:
        once = redact_text(text, tier=tier)
        assert redact_text(once, tier=tier) == once


def test_same_input_gives_the_same_output() -> None:
    text = "Maria Gonzalez, 4417 W Fullerton Ave, Chicago, IL 60639, (312) 555-0188"
    assert {redact_text(text, tier="fast") for _ in range(5)} == {redact_text(text, tier="fast")}


def test_unicode_names_and_offsets_are_in_characters() -> None:
    text = "Paciente José Núñez — llamó al 555-201-7788 😀 desde Zoë's phone"
    result = redact(text, tier="fast")
    assert "José Núñez" not in result.text
    assert "555-201-7788" not in result.text
    for span in result.spans:
        assert text[span.start : span.end].strip() == text[span.start : span.end]
    phone = next(s for s in result.spans if s.label == "PHONE")
    assert text[phone.start : phone.end] == "555-201-7788"


def test_a_failing_detector_masks_the_whole_text() -> None:
    engine = RedactionEngine()

    def broken(text: str):
        raise RuntimeError("detector bug")

    engine._detectors.append(("broken", broken))
    result = engine.redact("Maria Gonzalez 617-555-0143", tier="fast")
    assert result.failed
    assert result.text == "[REDACTED]"
    assert "Maria" not in result.text
    assert result.spans[0][:2] == (0, len("Maria Gonzalez 617-555-0143"))
    assert engine.failures == 1


def test_a_failing_full_tier_masks_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = RedactionEngine()

    def no_model():
        raise OSError("model files missing")

    monkeypatch.setattr(engine, "full_tier", no_model)
    assert engine.redact("call me at 617-555-0143", tier="full").text == "[REDACTED]"


def test_an_unknown_tier_is_an_error_not_a_silent_pass() -> None:
    with pytest.raises(ValueError, match="tier"):
        redact("text", tier="none")


def test_log_lines_in_key_value_json_and_query_string_form() -> None:
    line = (
        "GET /api/v1/lookup?first_name=Jane&lastName=Doe&dob=1961-04-02 200 "
        'user=jdoe42 ip=10.1.2.3 {"patientMrn": "A7719203", "email": "jane.doe@example.com", '
        '"hostname": "web-1", "queue_name": "default", "age": 93, "age_band": 40}'
    )
    out = redact_log(line)
    for secret in (
        "Jane",
        "Doe",
        "1961-04-02",
        "jdoe42",
        "10.1.2.3",
        "A7719203",
        "jane.doe@",
        '"age": 93',
    ):
        assert secret not in out, secret
    assert "web-1" in out
    assert '"queue_name": "default"' in out
    assert '"age_band": 40' in out


# Lower-case chat and note shapes the fast tier finds without a model: unlisted surnames after
# an introduction, kinship words, "surname, first", note openings, cities with no comma before
# the state, and usernames with no context word.
CHAT_SHAPES = [
    ("hi this is timothy mangat, i need to reschedule", "hi this is [NAME], i need to reschedule"),
    ("my wife wolf has a fever since tuesday", "my wife [NAME] has a fever since tuesday"),
    ("tell turner, edgar i will be 10 minutes late", "tell [NAME] i will be 10 minutes late"),
    ("it's zorana again, the refill isnt ready", "it's [NAME] again, the refill isnt ready"),
    ("dr ó broic told me to take it twice a day", "dr [NAME] told me to take it twice a day"),
    ("Kalpit Sharma is a 71 yo F presenting with cough.", "[NAME] is a 71 yo F presenting with cough."),
    ("for patient Ullmann, Ilias", "for patient [NAME]"),
    ("i live in oklahoma city now", "i live in [CITY] now"),
    ("i moved to 58 elm st #7 billings ga 02156", "i moved to [ADDRESS] [CITY] ga [ZIP]"),
    ("ping lgriffith29 about the refill", "ping [USERNAME] about the refill"),
    # A context word and a name as the last words of the text.
    ("this is caroline", "this is caroline"),
    ("please see dr o", "please see dr o"),
    ("message for maria", "message for [NAME]"),
]  # fmt: skip

CHAT_LOOK_ALIKES = [
    "my wife has a fever since tuesday",
    "my son will call you back",
    "its itchy and it's swollen",
    "this is ridiculous, tell pharmacy i said thanks",
    "its recshedule time again",
    "i am prediabetic per my last labs",
    "The patient is a 67 yo M with COPD.",
    "so do i",
    "INFO cache.hit key=formulary user_agent=curl sms.failed reminders.send",
]


@pytest.mark.parametrize(("text", "expected"), CHAT_SHAPES)
def test_chat_and_note_shapes_are_masked_by_the_fast_tier(text: str, expected: str) -> None:
    result = redact(text, tier="fast")
    assert not result.failed
    assert result.text == expected


@pytest.mark.parametrize("text", CHAT_LOOK_ALIKES)
def test_everyday_chat_after_the_same_context_words_survives(text: str) -> None:
    assert redact_text(text, tier="fast") == text
