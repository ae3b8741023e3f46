"""Injury rules: severe bleeding and serious burns."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx

# Blood taken on purpose: "they took a lot of blood for the tests" is not a haemorrhage.
_BLOOD_TAKEN = rx(
    r"blood (?:test|tests|work|draw|sample|samples|donation|bank)|(?:took|take|taken|drew|draw|drawn|donat\w*|give|gave|giving) ~3 blood",
    r"prise de sang|prises de sang|(?:analyse|analyses|bilan|don|dons|test|tests) (?:de|du) sang|(?:pris|preleve|donne|donner) ~3 (?:de )?sang",
    r"(?:analisis|examen|examenes|prueba|pruebas|donacion|donar|done|dono) de sangre|(?:sacar\w*|sacaron|saco|extra\w+|don\w+) ~3 sangre",
)

RULES: tuple[Rule, ...] = (
    # --- bleeding -----------------------------------------------------------------------
    rule(
        "bleeding.severe",
        r"(?:wont|will not|doesnt|does not|cant|cannot|not|isnt|is not|never) ~ stop(?:ping)? ~2 bleeding",
        r"bleed\w* ~5 (?:wont|will not|doesnt|does not|isnt|is not|cant|not) ~2 stop",
        r"bleeding (?:heavily|badly|a lot|profusely|uncontrollably|so much)|(?:heavy|massive|severe|major|serious|uncontrolled|uncontrollable|profuse) bleeding",
        r"(?:vomiting|throwing up|coughing up|coughing|spitting up|puking|vomited|threw up) ~2 blood",
        r"blood ~2 (?:spurting|gushing|pouring|everywhere)",
        r"soaked (?:through|thru)|losing ~3 blood",
    ),
    # How much blood, in the words people use: "so much blood", "blood everywhere", "ça pisse
    # le sang", "sale mucha sangre", "sangra a chorros".
    rule(
        "bleeding.a_lot_of_blood",
        r"(?:lots of|lot of|so much|too much|loads of|tons of|heaps of|a ton of|pool of|pools of|puddle of|puddles of) blood",
        r"blood ~3 (?:spurting|gushing|pouring|pumping|squirting|streaming|everywhere|all over|keeps coming|wont stop|not stopping|soaking)",
        r"(?:gushing|pouring|spurting|squirting|pumping|pissing|streaming) ~2 blood",
        r"(?:soaked|soaking|drenched|covered|dripping) (?:in|with) blood|blood ?soaked",
        r"(?:trempe\w*|couvert\w*|imbibe\w*|inonde\w*) de sang|(?:empapad\w*|cubiert\w*|bañad\w*|banad\w*) (?:de|en) sangre",
        r"bleeding ~2 (?:like crazy|really bad|really badly|so bad|very badly|everywhere|nonstop|non stop|through)",
        r"(?:beaucoup|plein|enormement|tellement|trop|une mare|une flaque|des flots|flots) (?:de|d) sang",
        r"sang ~3 (?:gicle|giclait|jaillit|pisse|partout|coule (?:beaucoup|a flots?|partout|sans arret)|ne s arrete|n arrete|s arrete pas)",
        r"pisse\w* le sang|saign\w* ~2 (?:comme|a flots|partout|enormement)",
        r"(?:mucha|muchisima|demasiada|tanta|bastante|un charco de|charcos de|chorros de) sangre",
        r"sangre ~3 (?:por todos lados|por todas partes|por todo|a chorros|chorrea\w*|brota\w*|no para|sin parar|no deja|no se detiene|no se para|no se corta)",
        r"sangr\w* (?:a chorros|sin parar|muchisimo)|no (?:para|deja|paraba) de (?:salir|salirle|salirme|brotar) ~2 sangre",
        unless=_BLOOD_TAKEN,
    ),
    rule(
        "bleeding.fr",
        r"saign\w* ~2 (?:beaucoup|abondamment|enormement|fort|tellement|sans arret)",
        r"saign\w* ~5 (?:ne s arrete|n arrete|s arrete pas|ne s arretent)",
        r"hemorragie|(?:vomi\w*|crach\w*|tousse\w*) ~2 du sang",
        r"perd\w* ~2 beaucoup de sang|sang ~2 (?:gicle|coule a flot|partout)",
        r"saignement ~2 (?:abondant|important|massif|grave|qui ne s arrete)",
    ),
    rule(
        "bleeding.es",
        r"no (?:para|deja|paro|dejo) de sangrar|sangr\w+ ~2 (?:mucho|bastante|muchisimo|sin parar)",
        r"hemorragia|(?:vomit\w*|tos\w*|escup\w*) ~2 sangre",
        r"perd\w+ ~2 mucha sangre|sangrado ~2 (?:abundante|fuerte|masivo|grave|que no para)",
    ),
    # --- burns --------------------------------------------------------------------------
    rule(
        "burn.severe",
        r"(?:severe|serious|bad|badly|major|large|big|deep|huge|extensive|third degree|second degree|chemical|electrical|electric|acid) ~2 burns?",
        r"burn(?:ed|t|s)? (?:myself |himself |herself )?(?:badly|severely)|burns? from ~2 fire",
        r"(?:boiling|scalding) (?:water|oil)|hot (?:oil|grease)|grease fire|scald\w*",
        r"blister\w* (?:badly|all over)|charred|skin ~2 (?:peeling off|white and|black)",
    ),
    rule(
        "burn.fr",
        r"brul\w* ~2 (?:grave|graves|gravement|severe|etendue|importante|profonde|chimique|electrique)",
        r"(?:gravement|serieusement) brul\w*|(?:eau|huile) bouillante",
        r"(?:grosse|grande|large|enorme|profonde|vilaine|grave|serieuse) brulure",
    ),
    rule(
        "burn.es",
        r"quemadura ~2 (?:grave|seria|grande|quimica|electrica|profunda|extensa|de tercer|de segundo)",
        r"(?:agua|aceite) hirviendo|me queme (?:grave|gravemente|mucho)|ampollas grandes",
        r"(?:gran|grande|enorme|fea|profunda|grave|seria) quemadura|se quemo (?:grave|gravemente|mucho|feo)",
    ),
)
