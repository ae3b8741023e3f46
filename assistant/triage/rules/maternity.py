"""Pregnancy danger signs and fever in a baby under three months."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx
from assistant.triage.rules.words import FEVER_WORDS

PREGNANT = rx(
    r"pregnant|pregnancy|expecting a baby",
    r"enceinte|grossesse",
    r"embarazada|embarazo",
)
_SMALL = (
    r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|"
    r"uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
)
_DAYS = rf"(?:[1-9]|[1-8]\d|{_SMALL}|fifteen|twenty|quinze|vingt|quince|veinte)"
# "For two weeks", "depuis un mois", "hace un mes" say how long something has lasted, not how
# old the baby is: a four-year-old with a fever "for two weeks" is not a newborn.
_NOT_A_DURATION = (
    r"(?<!for )(?<!since )(?<!over )(?<!past )(?<!last )(?<!these )(?<!in )(?<!within )"
    r"(?<!depuis )(?<!pendant )(?<!dans )(?<!en )(?<!il y a )"
    r"(?<!desde )(?<!durante )(?<!hace )"
)
_NOT_AGO = r"(?! ago)"
INFANT_UNDER_3_MONTHS = rx(
    r"newborn|new born|neonate|nouveau ne|nouveau nee|nouvelle nee|nourrisson|recien nacid[oa]",
    rf"{_NOT_A_DURATION}{_SMALL} (?:week|weeks|wk|wks|semaine|semaines|semana|semanas|semanitas?){_NOT_AGO}(?: old| de vida)?",
    rf"{_NOT_A_DURATION}{_DAYS} (?:day|days|jour|jours|dia|dias|diitas){_NOT_AGO}(?: old| de vida| de nacid[oa])?",
    rf"{_NOT_A_DURATION}(?:1|2|one|two|a|un|deux|uno|dos) (?:month|months|mois|mes|meses|mesecito|mesecitos){_NOT_AGO}(?: old)?",
    rf"{_NOT_A_DURATION}(?:a|un|1|uno) (?:month|mois|mes) (?:and a half|et demi|y medio)|de mes y medio",
    # Born a few weeks ago: an age, even though it reads like history.
    rf"(?:born|ne|nee|nacio|nacido|nacida) ~2 (?:{_SMALL}|{_DAYS}|a|a few|quelques|unos) (?:day|days|week|weeks|jour|jours|semaine|semaines|dia|dias|semana|semanas) ago",
    rf"(?:born|ne|nee|nacio|nacido|nacida) ~2 (?:il y a|hace) (?:{_SMALL}|{_DAYS}|quelques|unos|unas) (?:jours|semaines|dias|semanas)",
)

RULES: tuple[Rule, ...] = (
    # --- pregnancy (a danger sign in a message that says the writer is pregnant) ---------
    rule(
        "pregnancy.danger_sign",
        r"bleed\w*|spotting heavily|saign\w*|sangr\w*|(?:losing|lose|lost|perds|perd|perdiendo|pierdo) ~2 (?:blood|sang|sangre)",
        r"(?:severe|bad|strong|terrible|intense) ~3 (?:abdominal|stomach|belly|tummy|pelvic) ~2 (?:pain|cramps)|(?:abdominal|stomach|belly|tummy) (?:pain|cramps)",
        r"(?:pain|pains|cramps|cramping) ~3 (?:in|on) ~2 (?:belly|stomach|tummy|abdomen|pelvis)",
        r"douleur\w* ~4 (?:ventre|abdominale\w*)|(?:dolor|dolores) ~2 (?:abdominal|vientre|barriga)",
        r"(?:tres|super|trop|terriblement|tellement|vraiment|horriblement) mal au ventre|(?:gros|violent|terrible|fort|intense) mal au ventre",
        r"mal au ventre ~3 (?:violent|terrible|fort|intense|insupportable|atroce)|crampes ~3 (?:ventre|abdominales)",
        r"(?:me|le) duele (?:mucho|muchisimo|demasiado) (?:la barriga|el vientre|la panza|el estomago)",
        r"water\w* (?:broke|broken|has broken)|perdu les eaux|rompi\w* ~2 (?:aguas|fuente)|rompio la fuente",
        r"(?:baby|bebe) ~5 (?:not moving|hasnt moved|stopped moving|doesnt move|isnt moving|ne bouge plus|ne bouge pas|no se mueve|dejo de moverse)",
        r"seizure|convuls\w+|blurr\w+ vision|vision (?:problems|changes|trouble)|swollen face",
        r"(?:severe|terrible|bad) headache|vision (?:floue|trouble)|vision borrosa",
        r"(?:severe|bad|strong|terrible|intense|pounding|splitting|awful|worst|horrible) ~3 headache",
        r"head ~2 (?:pounding|splitting|exploding)|(?:seeing|see|saw) ~2 (?:spots|stars|flashing|flashes|lights|double)",
        r"(?:vision|eyesight|sight) ~3 (?:blurry|blurred|fuzzy|dim|spotty|double|went|going)|flashing lights",
        r"(?:face|hands) ~4 (?:swollen|puffy|swelling|swell)|(?:swollen|puffy) (?:face|hands)",
        r"(?:tres|super|trop|terriblement|tellement) mal (?:a la|de) tete|(?:gros|violent|terrible|fort|intense|enorme) mal de tete",
        r"mal (?:a la|de) tete ~3 (?:violent|terrible|fort|intense|insupportable|atroce)",
        r"(?:vois|voit|voyais) ~2 (?:flou|trouble|des taches|des etoiles|des points|des eclairs|double|des mouches)|taches lumineuses",
        r"(?:visage|mains) ~4 (?:gonfle\w*|enfle\w*|boursoufle\w*)",
        r"(?:dolor|dolores) de cabeza ~3 (?:muy fuerte|fuerte|intens\w+|terrible|horrible|insoportable)",
        r"(?:fuerte|intenso|terrible|horrible|mucho) dolor de cabeza|(?:me|le) duele (?:mucho|muchisimo|demasiado) la cabeza",
        r"(?:veo|ve|vista|vision) ~3 (?:borros\w*|nublad\w*|doble|lucecitas|luces|manchas|puntitos|estrellitas|destellos)",
        r"lucecitas|(?:cara|manos) ~5 hinchad\w*",
        needs=(PREGNANT,),
        needs_scope="message",
    ),
    rule(
        "pregnancy.waters_or_movement",
        r"water\w* (?:broke|broken|has broken)|perdu les eaux|rompi\w* ~2 (?:aguas|fuente)|rompio la fuente",
        r"(?:baby|bebe) ~5 (?:not moving|hasnt moved|stopped moving|isnt moving|ne bouge plus|no se mueve|dejo de moverse)",
    ),
    # --- fever in an infant under three months ------------------------------------------
    rule(
        "infant_fever.under_3_months",
        *FEVER_WORDS,
        needs=(INFANT_UNDER_3_MONTHS,),
        needs_scope="message",
        unless=PREGNANT,
    ),
)
