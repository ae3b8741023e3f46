"""Round 17: what tune20 (the Central Valley, the Inland Empire and the Great Basin, read before
the tagger trained on it) showed. Farmworker housing by its cabin or unit ("X camp cabin 5",
"X Migrant Center #45", "Unit 79, X Farm Labor Center"), a road named without a number where
someone is ("near the X canal road"), a county grid's numbered avenues and roads ("8397 Ave 197",
"X and Avenue 352"), a lane with a type of its own ("X Lane Ct"), a cabin as a unit, a video
visit's "display=" name, a key ending in NAME after a person's word, a transcriber's initials
before "on <date>", dotted initials after a dash ("-V.L.K."), "placas" before a plate, Hmong and
Punjabi introductions ("kuv lub npe yog X", "mera naam X"), crew bosses and Armenian, Basque,
Punjabi, Hmong and Japanese American relations before a name. Not identifiers: a relation alone in lower case,
an HL7 code's own text ("SON^Son"), a relationship code where a name field is, greetings and
peoples, WCC, DOI and IgG, a state or a country named as a town, "the mobile clinic", a region
after "the", a code system's URL, an X12 segment's name after its "~", a JSON key shaped like
a login, "admin" as a login, a particle in a file name, and everyday words of Spanish, Portuguese
or French in a message in that language. New examples, none of them a line of a split.
"""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text, tagger
from compliance.redaction.full import keep_tagger_result
from compliance.redaction.spans import Candidate

FOUND = [
    ("we are at Los Nogales camp cabin 14 no water", ["Los Nogales camp cabin 14"]),
    ("Referred from Unit 12, Las Brisas Farm Labor Center.", ["Unit 12, Las Brisas Farm Labor"]),
    ("he stays at the San Ysidro Migrant Center #17", ["San Ysidro Migrant Center #17"]),
    ("the van will be at the kearney canal road at 9", ["kearney canal road"]),
    ("Lives with wife at 4410 Ave 216 near the dairy.", ["4410 Ave 216"]),
    ("Spray drift exposure near Mooney and Avenue 280.", ["Mooney", "Avenue 280"]),
    ('{"pickup":"915 Sycamore Lane Ct Rm 2"}', ["915 Sycamore Lane Ct Rm 2"]),
    ("Lives at 22 E Ochoa Rd Cabin 4, Dos Palos.", ["22 E Ochoa Rd Cabin 4"]),
    ('"GET /v/join?room=9f2c&display=Vuepao%2C+Chue HTTP/1.1" 302', ["Vuepao", "Chue"]),
    ('pod crash: env PT_DEBUG_NAME="Sengdara" in dump', ["Sengdara"]),
    ("Transcribed by MLT on 3-14-22. Not reviewed.", ["MLT"]),
    ("la troca de mi esposo placas 7XYZ123 esta afuera", ["7XYZ123"]),
    ("el mayordomo keovilay dijo que mañana no hay trabajo", ["keovilay"]),
    ("my bachan tsuruko needs her flu shot", ["tsuruko"]),
    ("the herder iriondo got kicked by a horse", ["iriondo"]),
    ("kuv lub npe yog Paj Ntxhi, i need a refill", ["Paj Ntxhi"]),
    ("Claim resubmitted. -R.T.W.", ["R.T.W"]),
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round17_identifiers_are_masked(text: str, values: list[str], tier: str) -> None:
    redacted = redact_text(text, tier=tier)
    for value in values:
        assert value not in redacted


SURVIVES = [
    "where is the mobile clinic this week",
    "we drove back from wyoming last week",
    "Social hx: 20 yrs in the Valley, retired milker.",
    "Member of the Church of the East.",
    "inshallah we come tomorrow",
    "Interpreter: Triqui via relay",
    "Interpreter: Mixteco via phone line",
    "Seen today. - ER visit next week",
    "WCC 4 y/o, shots due",
    "IgG pos, IgM neg",
    "Portal admin: proxy access granted",
    "my portal aint working",
    "no pude dormir anoche",
    "mi esposo siempre se queja de la rodilla",
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize("text", SURVIVES)
def test_round17_look_alikes_survive(text: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == text


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("IN1|1|MCD|CAMCD|MEDI-CAL|||||||||||OKOYE^ADAEZE|SEL|19500101", ["|SEL|"]),
        ("NK1|1|OKOYE^ADAEZE|SON^Son|||5551234567", ["SON^Son"]),
        ("Lives with son at 8397 Ave 197.", ["with son at"]),
        ('{"system":"https://clinic.example/mrn","value":"39858122"}', ["clinic.example/mrn"]),
        ('{"driver":"kdoe","van_plate":"7ABC123"}', ['"van_plate"']),
        (
            "ISA*00*          *00*          *ZZ*CLINIC         *ZZ*PAYER          *240101*1122*^"
            "*00501*000004411*0*P*:~NM1*IL*1*OKOYE*ADAEZE~",
            ["~NM1*"],
        ),
        ("Shipped to 12 Elm St, Lockeford Nevada 95358.", ["Nevada"]),
        ("wrote mobile_clinic_roster_19220106.csv", ["mobile_clinic_roster_"]),
    ],
)
def test_round17_words_beside_an_identifier_survive(text: str, kept: list[str], tier: str) -> None:
    redacted = redact_text(text, tier=tier)
    for value in kept:
        assert value in redacted


def test_a_particle_in_a_file_name_is_no_name() -> None:
    assert redact_text("wrote mobile_van_roster_19220106.csv", tier="fast") == (
        "wrote mobile_van_roster_[DATE].csv"
    )


def test_a_date_the_tagger_reads_in_a_file_name_is_cut_to_the_date_beside_words_only() -> None:
    """The tagger's run over a token glued by "_" is the date alone when the rest is ordinary
    words; with a number or a name beside the date, the whole run stays masked."""
    text = "wrote mobile_clinic_roster_19220106.csv"
    run = Candidate(6, 35, "DATE", 0.05)
    assert text[tagger._date_in_token(text, run).start :].startswith("19220106")
    text = "saved scan_457392848_19400101.pdf"
    run = Candidate(6, 29, "DATE", 0.05)
    assert tagger._date_in_token(text, run) == run


def test_a_town_named_for_a_state_keeps_its_state() -> None:
    assert redact_text("moved here from Nevada, MO last year", tier="fast") == (
        "moved here from [CITY], MO last year"
    )


def test_the_taggers_lower_case_names_stand_in_spanish_chat() -> None:
    """The filter that drops the NER model's lower-case names in Spanish chat drops only the
    tagger's everyday words there, not its names."""
    text = "delmira y yo vamos mañana"
    assert keep_tagger_result(text, Candidate(0, 7, "NAME", 0.05))
    text = "mi esposo siempre se queja de la rodilla"
    assert not keep_tagger_result(text, Candidate(10, 17, "NAME", 0.05))
