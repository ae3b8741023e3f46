"""Round 18: what tune21 (Puerto Rico, the US Virgin Islands and New York City, read before the
tagger trained on it) showed. Puerto Rico's mountain addresses by road and kilometre ("Carr. 152
Km 3.4", "PR-155 km 26.2", "Carretera 803 kilómetro 3.1") and by barrio and sector, a public
housing block ("Res. X, Edif. 4 Apt 983"), a calle without a number ("C/ X"), the urbanización
after a calle; the Virgin Islands' estates and plots ("Plot 161 Estate X", "Estate X, plot 14")
and Danish "Gade" streets with their "No."; New York's housing developments ("the X Houses,
building 2", "x houses 8e"), a walk-up's floor ("top floor", "2nd floor front"), a corner of a
named street and a numbered one ("Plimpton & 171st", "farmacia de 184th and X"); ages in Haitian
Creole ("katreven-dizuit an"); Creole months ("29 desanm") and a Spanish month and year
("diciembre del 1937"); a name after a relation's whole word ("my auntie X": the cue ended inside
it, at "aunt"), misspelt ("my wfie X", "mi hermaon X") or in another language ("my comadre X",
"my shicheii X", "my abbu X"). Not identifiers: "la" after a street in Spanish ("y le tomaron la
presión"), greetings ("ni hao", "xie xie", "alli puncha"), the NER model's lower-case words in
Spanish that no marker gives away, a year alone the tagger took for a date, "the private sector",
"two houses down", "real estate", "2 estate sales", a month and a year in English ("the Mars
2020 rover"). New examples, none of them a line of a split.
"""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text, tagger
from compliance.redaction.full import keep_tagger_result
from compliance.redaction.spans import Candidate

FOUND = [
    ("la dirección es PR-152 km 11.4, Orocovis, al lado del colmado", ["PR-152 km 11.4"]),
    ("la casa está en carr. 149 km 20.3, bo. pesas", ["carr. 149 km 20.3", "bo. pesas"]),
    ("Lives on Carretera 812 kilómetro 6.2 with his wife.", ["Carretera 812 kilómetro 6.2"]),
    ("Road access by Carr 10 K17.8, Barrio Saltillo.", ["Carr 10 K17.8", "Barrio Saltillo"]),
    ("vivimos en sector la loma, bo guaonico, utuado", ["sector la loma", "bo guaonico"]),
    ("CHW visit, Sector Los Pellot, Adjuntas.", ["Sector Los Pellot"]),
    ('{"new":"Res. Llorens Torres, Edif. 12 Apt 231"}', ["Res. Llorens Torres, Edif. 12 Apt 231"]),
    ("vivo en residencial lirios edif 9 apto 40, caguas", ["residencial lirios edif 9 apto 40"]),
    ("mi vecina de la C/ Ucar me dijo que ustedes vienen", ["C/ Ucar"]),
    ("ship Calle Ucar #12, Urb. Monte Claro Bayamón 00961", ["Calle Ucar #12, Urb. Monte Claro"]),
    ("we live plot 88 estate grove place, near the school", ["plot 88 estate grove"]),
    ('{"new":"Estate Tutu, plot 19","by":"rk"}', ["Estate Tutu, plot 19"]),
    ("Failing row contains (12-7 Estate Bovoni, St Thomas, VI).", ["12-7 Estate Bovoni"]),
    ("Pharmacy in town (No. 14 Kongens Gade) called.", ["No. 14 Kongens Gade"]),
    ("lives alone at the Grant Houses, building 7; no elevator", ["the Grant Houses, building 7"]),
    ("the heat is off again in mitchel houses 9c", ["mitchel houses 9c"]),
    ("Pt lives at 412 Dawson St, 2nd floor front, with her son.", ["412 Dawson St, 2nd floor"]),
    ("Lives at 88 Kelly St, top floor. Plan: home O2.", ["88 Kelly St, top floor"]),
    ("Location stated by pt: Plimpton & 171st. Visit done.", ["Plimpton & 171st"]),
    ("la farmacia de 181st and audubon me llamó", ["181st and audubon"]),
    ("Pt Ti Jo, katreven-katòz an, Creole only.", ["katreven-katòz"]),
    ("manman m gen katreven-sèz an kounye a", ["katreven-sèz"]),
    ("No lifting until 12 desanm.", ["12 desanm"]),
    ("se cayó 3 veces desde diciembre del 1940", ["diciembre del 1940"]),
    # A relation's whole word before a name, misspelt or in another language.
    ("my auntie carol is in the hospital", ["carol"]),
    ("my wfie naomi has the appt", ["naomi"]),
    ("por favor llamen a mi hermaon yesenia", ["yesenia"]),
    ("my comadre yareli can take me", ["yareli"]),
    ("my shicheii tsosie is ninety", ["tsosie"]),
    ("my abbu rafiqul cant read english", ["rafiqul"]),
    ("papou Stavros Kalogeris needs a greek speaking nurse", ["Stavros Kalogeris"]),
    # A cue ends at a word's end: "pitit m" (Creole "my child") was read inside "pitit mwen".
    ("pitit mwen nadège gen lafyèv depi yè", ["nadège"]),
    # A relation, a given name and a surname, then the age: "turn" as chat writes it.
    ("morning auntie noelani kahale turn 93 on sunday", ["noelani kahale"]),
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round18_identifiers_are_masked(text: str, values: list[str], tier: str) -> None:
    redacted = redact_text(text, tier=tier)
    for value in values:
        assert value not in redacted


SURVIVES = [
    "the private sector pays more than the barrio clinic",
    "she lives two houses down from the church",
    "she sold real estate for years",
    "we went to 2 estate sales this weekend",
    "sector scan showed no wall motion abnormality",
    "ni hao",
    "xie xie",
    "alli puncha",
    "cuánto cuesta la consulta sin seguro",
    "since 2017 i have had this cough",
    "Pfizer and 2nd dose given",
    "my tutu is sick",
    "the comadre came too",
]


@pytest.mark.parametrize("tier", ["fast", "full"])
@pytest.mark.parametrize("text", SURVIVES)
def test_round18_look_alikes_survive(text: str, tier: str) -> None:
    assert redact_text(text, tier=tier) == text


@pytest.mark.parametrize("tier", ["fast", "full"])
def test_la_after_a_street_in_spanish_is_no_state(tier: str) -> None:
    text = "subieron a bo. toíta y le tomaron la presión"
    assert "y le tomaron la presión" in redact_text(text, tier=tier)


def test_a_year_alone_from_the_tagger_is_dropped() -> None:
    text = "since 2017 i have had this cough"
    assert not keep_tagger_result(text, Candidate(6, 10, "DATE", 0.05))
    text = "seen on 3/4/2017"
    assert keep_tagger_result(text, Candidate(8, 16, "DATE", 0.05))


def test_a_month_and_year_without_de_is_a_date_only_in_spanish_or_french() -> None:
    assert redact_text("the Mars 2020 rover landed", tier="fast") == "the Mars 2020 rover landed"
    assert redact_text("il est venu en mai 2019 avec sa femme", tier="fast") == (
        "il est venu en [DATE] avec sa femme"
    )


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("RXO|^^^202003141117|00002-8215-01^INSULIN LISPRO 100U/ML|||", "00002-8215-01", "MRN"),
        (
            '{"system":"https://clinic.example/mrn","value":"71840"}',
            "https://clinic.example/mrn",
            "URL",
        ),
        ('"GET /join HTTP/1.1" 302 0 "-" "WhatsApp/2.24"', "2.24", "DATE"),
        ('File "/app/intake/geo.py", line 102, in normalize', "102", "AGE_OVER_89"),
    ],
)
def test_the_taggers_code_shapes_are_stop_listed(text: str, value: str, label: str) -> None:
    """A drug's NDC before its name, a code system's URL, a program's version and a line of
    source code are no identifiers, whatever the tagger reads in them."""
    start = text.index(value)
    assert tagger.stop_listed(text, start, start + len(value), label)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("mrn 00002-8215-01 on file", "00002-8215-01", "MRN"),
        ("see https://clinic.example/mrn for your chart", "https://clinic.example/mrn", "URL"),
        ("she is 102 now", "102", "AGE_OVER_89"),
    ],
)
def test_the_same_values_elsewhere_are_not_stop_listed(text: str, value: str, label: str) -> None:
    start = text.index(value)
    assert not tagger.stop_listed(text, start, start + len(value), label)
