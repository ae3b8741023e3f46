"""Wordings the tuning splits do not use: names in Spanish and French chat and after "from",
"pt" or a number to reach them by; plan, user and case ids after more key words; weekday,
range and day-alone dates; numbers spelt with letters. And the Spanish and French words that
the world name lists also hold, which must survive."""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text

# (text, what the fast tier must make of it)
FOUND = [
    ("soy ye-jin y necesito cambiar mi cita", "soy [NAME] y necesito cambiar mi cita"),
    ("buenos dias, de parte de Mercedes Ortiz", "buenos dias, de parte de [NAME]"),
    ("bonjour c'est thibault pour ma fille", "bonjour c'est [NAME] pour ma fille"),
    ("message from oluwaseun wolf about refills", "message from [NAME] about refills"),
    ("pt oluwaseun wolf called re: meds", "pt [NAME] called re: meds"),
    ("call mercy at 617 555 0199", "call [NAME] at [PHONE]"),
    ("referral to Ginger Dollar at the pain clinic", "referral to [NAME] at the pain clinic"),
    ("ID# W123456789 01", "ID# [OTHER_ID]"),
    ("my insurance card says MCD-774-3321-09", "my insurance card says [HEALTH_PLAN_ID]"),
    ("medi-cal 91234567A", "medi-cal [HEALTH_PLAN_ID]"),
    ("account name: bluebird77", "account name: [USERNAME]"),
    ("confirmation code K7XQ2P", "confirmation code [OTHER_ID]"),
    ("prescription number 4417723-02", "prescription number [OTHER_ID]"),
    ("on Tuesday 3/12 at 2pm", "on [DATE] at 2pm"),
    ("out of office 3/4-3/7", "out of office [DATE]-[DATE]"),
    ("move my appt from the 12th to the 19th", "move my appt from the [DATE] to the [DATE]"),
    ("from Mar-03 until Mar-09", "from [DATE] until [DATE]"),
    ("call 1-800-FLOWERS", "call [PHONE]"),
    ("mi hija sofia tiene fiebre", "mi hija [NAME] tiene fiebre"),
    ("mon fils lucas a de la fièvre", "mon fils [NAME] a de la fièvre"),
    ("soy la mamá de valentina, tiene tos", "soy la mamá de [NAME], tiene tos"),
    ("gracias, lucia", "gracias, [NAME]"),
    ("me llamo rosa y tengo dolor", "me llamo [NAME] y tengo dolor"),
    ("ph: 617-555-CARE", "ph: [PHONE]"),
]

KEPT = [
    "hola, necesito una cita para la próxima semana",
    "no pasa nada, gracias",
    "todo bien, nada nuevo",
    "la doctora dijo que todo está bien",
    "quiero saber si hay una cita disponible por la mañana",
    "je t'appelle pour une question, merci",
    "c'est juste une question sur mes médicaments",
    "mi papá tuvo un derrame hace dos años y necesita terapia física",
    "ya les escribí una carta a mis hijos",
    "ma mère s'est effondrée, elle ne bouge plus",
    "merci beaucoup, à bientôt",
    "oigan tengo un dolor en el pecho, ya van como 30 minutos",
    "take 1/2-3/4 tab at night",
    "on the 2nd floor near the lab",
    "the 1-800 number on the card does not work",
    "grant application for the diabetes program",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_new_wordings_of_each_identifier_are_masked(text: str, expected: str) -> None:
    assert redact_text(text, tier="fast") == expected


@pytest.mark.parametrize("text", KEPT)
def test_spanish_french_and_clinical_words_survive(text: str) -> None:
    assert redact_text(text, tier="fast") == text
