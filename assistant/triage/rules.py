"""The red-flag rules: what an emergency looks like, per category, in en/fr/es.

Patterns run on folded clauses (see ``text.py``): lowercase, no accents, apostrophes
resolved ("can't" -> "cant", "j'ai" -> "j ai"), one space between tokens. In a pattern,
``~`` stands for "up to three other words" and ``~N`` for "up to N other words".

Each rule has a stable id (``category.name``) that is logged and returned instead of the
message text. ``needs`` are extra patterns that must also match in the same sentence or the
whole message (a danger sign counts as a pregnancy emergency only if the message says the
writer is pregnant); ``unless`` vetoes a rule on message-level context.

Wording of the rules leans towards recall: a false alarm costs a patient a minute of reading,
a missed emergency can cost a life. Context that makes a mention harmless (history, topic
questions, hyperbole, negation) is handled once for all rules in ``context.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CATEGORIES = (
    "cardiac",
    "stroke",
    "breathing",
    "anaphylaxis",
    "bleeding",
    "suicide_self_harm",
    "overdose_poisoning",
    "seizure_unconscious",
    "pregnancy",
    "infant_fever",
    "headache",
    "burn",
    "choking",
)
# When one message matches several categories, the most specific guidance wins: a pregnant
# patient who bleeds needs the pregnancy advice, a choking child the choking advice, etc.
PRIORITY = (
    "suicide_self_harm",
    "overdose_poisoning",
    "infant_fever",
    "pregnancy",
    "anaphylaxis",
    "choking",
    "cardiac",
    "stroke",
    "seizure_unconscious",
    "headache",
    "bleeding",
    "burn",
    "breathing",
)


def _expand(pattern: str) -> str:
    pattern = re.sub(r" ~(\d) ", lambda m: rf"(?: \S+){{0,{m.group(1)}}} ", pattern)
    return pattern.replace(" ~ ", r"(?: \S+){0,3} ")


def _rx(*alternatives: str) -> re.Pattern[str]:
    body = "|".join(f"(?:{_expand(a)})" for a in alternatives)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    pattern: re.Pattern[str]
    needs: tuple[re.Pattern[str], ...] = ()
    needs_scope: str = "sentence"  # or "message"
    unless: re.Pattern[str] | None = None  # checked against the whole message
    vocabulary: frozenset[str] = field(default=frozenset(), compare=False)


def _rule(
    rule_id: str,
    *alternatives: str,
    needs: tuple[re.Pattern[str], ...] = (),
    needs_scope: str = "sentence",
    unless: re.Pattern[str] | None = None,
) -> Rule:
    return Rule(
        id=rule_id,
        category=rule_id.split(".")[0],
        pattern=_rx(*alternatives),
        needs=needs,
        needs_scope=needs_scope,
        unless=unless,
        vocabulary=frozenset(pattern_words(*alternatives)),
    )


_ENDINGS = re.compile(r"(?<![a-z\\])([a-z]+)\(\?:([a-z|]+)\)(\?)?")
_LAST_LETTERS = re.compile(r"(?<![a-z\\])([a-z]+)\[([a-z]+)\](?![a-z\\*+?{])")


def _spelled_out(sources: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each run of five letters or more in the patterns, with the character after it."""
    runs = []
    for source in sources:
        for match in re.finditer(r"[a-z]{5,}", source):
            before = source[match.start() - 1] if match.start() else " "
            after = source[match.end()] if match.end() < len(source) else " "
            if before != "\\":
                runs.append((match.group(), after))
    return runs


# A group of alternatives that a pattern extends: "(?:atorad|atascad|trabad)\\w*".
_GROUP_OF_STEMS = re.compile(r"\(\?:([a-z| ]+)\)\\w[*+]")


def _group_stems(sources: tuple[str, ...]) -> set[str]:
    return {
        alternative
        for source in sources
        for match in _GROUP_OF_STEMS.finditer(source)
        for alternative in match.group(1).split("|")
        if re.fullmatch(r"[a-z]{5,}", alternative)
    }


def pattern_words(*sources: str) -> set[str]:
    """Whole words spelled out in patterns (not stems like ``suicid\\w*``), five letters up.

    A word with an optional last letter ("attacks?") counts with and without it.
    """
    words = set()
    for word, after in _spelled_out(sources):
        if after == "?":
            words.update(w for w in (word, word[:-1]) if len(w) >= 5)
        elif after not in "\\([*+{":
            words.add(word)
    # A stem with a group of endings: "short(?:ness)?" spells "shortness" (and "short"),
    # "pequen[oa]" spells "pequeno" and "pequena".
    for source in sources:
        for match in _ENDINGS.finditer(source):
            stem, endings, optional = match.groups()
            forms = [stem + ending for ending in endings.split("|")] + [stem] * bool(optional)
            words.update(form for form in forms if len(form) >= 5)
        for match in _LAST_LETTERS.finditer(source):
            stem, letters = match.groups()
            words.update(stem + letter for letter in letters if len(stem) >= 4)
    return words - _group_stems(sources)


def pattern_stems(*sources: str) -> set[str]:
    """Stems that patterns extend ("saign" in ``saign\\w*``, "short" in ``short(?:ness)?``)."""
    spelled = {word for word, after in _spelled_out(sources) if after in "\\("}
    return spelled | _group_stems(sources)


SELF_OR_OTHER = r"(?:my|his|her|their|the|your)"
DRUG_EN = (
    r"(?:pills|tablets|capsules|meds|medication|medications|medicine|medicines|tylenol|advil|"
    r"ibuprofen|acetaminophen|paracetamol|aspirin|insulin|bottle|box|pack|packet|doses?|"
    r"sleeping pills|painkillers|opioids|oxy\w*)"
)
CANT = r"(?:cant|cannot|can not|couldnt|could not|unable to|wont|will not)"
# How people describe cardiac chest pressure: the word order varies ("my chest is tight",
# "a tight band around my chest"), the words do not.
CHEST_SQUEEZE_EN = (
    r"(?:tight|tighter|tightness|tighten\w*|heavy|heaviness|pressure|crush\w*|squeez\w*|"
    r"compress\w*|vice|vise|weight|band|elephant)"
)
CHEST_SQUEEZE_FR = (
    r"(?:serre\w*|serrement|ecras\w*|compress\w*|comprim\w*|pression|poids|oppress\w*|"
    r"etau|lourd\w*|barre)"
)
CHEST_SQUEEZE_ES = (
    r"(?:apret\w*|aplast\w*|oprim\w*|opresion|presion|peso|pesad\w*|comprim\w*|"
    r"estruj\w*)"
)
# Someone who has collapsed and cannot be roused; "not responding to the antibiotics" or
# "ne répond pas à mes mails" is not that.
_NOT_TREATMENT_OR_MAIL = (
    r"(?! (?:to|a|au|aux|al|a los|a las) (?:\S+ )?(?:antibio|treatment|traitement|tratamiento|"
    r"medic|meds|drug|pill|steroid|chemo|therap|terap|physio|inhaler|email|mail|message|mensaje|"
    r"text|call|appel|llamad|letter|lettre|phone|telephone|telefono|request|question|pregunta|mails?|emails?|"
    r"referral|form|courriel|correo))"
)
COLLAPSED = _rx(
    r"collaps\w*|faint\w*|passed out|blacked out|fell|fallen|keeled over|out cold",
    r"(?:on|in) the (?:floor|ground|bathroom|kitchen)",
    r"evanoui\w*|effondre\w*|tombe\w*|malaise|par terre|au sol",
    r"desmay\w*|desplom\w*|se cayo|caid[oa]|tirad[oa]|en el suelo|en el piso",
)
CHILD = _rx(
    r"baby|babies|infant|toddler|newborn|son|daughter|child|kid|boy|girl|\d+ (?:month|months|year|years|mo|yr|yo) old",
    r"bebe|nourrisson|enfant|fils|fille|petit|petite",
    r"nino|nina|hijo|hija|nene|nena|bebito|bebita",
)

# --- shared context patterns -------------------------------------------------------------
PREGNANT = _rx(
    r"pregnant|pregnancy|expecting a baby",
    r"enceinte|grossesse",
    r"embarazada|embarazo",
)
_SMALL = (
    r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|"
    r"uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
)
INFANT_UNDER_3_MONTHS = _rx(
    r"newborn|new born|neonate|nouveau ne|nouveau nee|nourrisson|recien nacid[oa]",
    rf"{_SMALL} (?:week|weeks|wk|wks|semaine|semaines|semana|semanas)(?: old| de vida)?",
    r"(?:[1-9]|[1-8]\d) (?:day|days|jour|jours|dia|dias)(?: old| de vida)?",
    r"(?:1|2|one|two|a|un|deux|uno|dos) (?:month|months|mois|mes|meses)(?: old)?",
)
FEVER = _rx(
    r"fever|feverish|febrile|temperature|temp|feels ~2 hot|hot to the touch",
    r"fievre|fiebre|calentura|temperatura|brulant|brulante",
    r"3[89](?:\.\d)?|4[01](?:\.\d)?",
    r"100\.[4-9]|10[1-6](?:\.\d)?",
)
HEADACHE_TERM = _rx(
    r"headache|head ache|migraine|head (?:pain|hurts)|pain in my head",
    r"mal (?:de|a la) (?:tete|crane)|cephalee|douleur ~2 (?:a la|de) tete",
    r"dolor de cabeza|cefalea|me duele ~2 la cabeza|jaqueca",
)
SUDDEN = _rx(
    r"sudden|suddenly|all at once|out of nowhere|came on (?:fast|quickly)|in seconds|abrupt\w*",
    r"a minute ago|explosive|like a hammer|hit with a hammer",
    r"soudain\w*|brutal\w*|d un coup|subit\w*|tout d un coup",
    r"de repente|de golpe|repentin\w*|subit\w*|sin aviso",
)
SEVERE = _rx(
    r"severe|extreme\w*|excruciating|terrible|intense|violent|unbearable|horrible|agoni\w+",
    r"worst|hammer|like never before",
    r"violent\w*|insupportable|terrible|atroce|jamais eu",
    r"muy fuerte|fuerte|intens\w+|insoportable|terrible|horrible|como nunca|brutal",
)

RULES: tuple[Rule, ...] = (
    # --- cardiac ------------------------------------------------------------------------
    _rule(
        "cardiac.chest_pain",
        r"chest (?:pain|pains|pressure|tightness|tight|hurts|hurting|discomfort|heaviness)",
        r"(?:pain|pressure|tightness|heaviness|discomfort|squeezing) ~ (?:in|on|across) ~2 chest",
        r"chest (?:is )?(?:hurting|feels (?:tight|heavy|like))",
        rf"clutching {SELF_OR_OTHER} chest|elephant ~ on ~2 chest",
        r"pain ~4 (?:into|down|to|in) ~2 (?:left arm|jaw)",
        rf"chests? ~3 {CHEST_SQUEEZE_EN}|chests? ~5 (?:crush\w*|squeez\w*|compress\w*)",
        rf"{CHEST_SQUEEZE_EN} ~4 chest",
    ),
    _rule("cardiac.heart_attack", r"heart attacks?|cardiac arrest|myocardial infarction"),
    _rule(
        "cardiac.fr",
        r"(?:douleur|douleurs|mal) ~ (?:a|dans) la poitrine|douleur thoracique",
        r"oppression ~2 (?:poitrine|thoracique)|serre ~2 (?:dans|a) la poitrine",
        r"poitrine qui serre|crise cardiaque|infarctus|arret cardiaque",
        rf"poitrine ~3 {CHEST_SQUEEZE_FR}|{CHEST_SQUEEZE_FR} ~4 poitrine",
    ),
    _rule(
        "cardiac.es",
        r"dolor ~ (?:en el|de|del) pecho|(?:me|le) duele ~2 (?:el )?pecho",
        r"(?:presion|opresion) ~2 (?:en el|del) pecho",
        r"infarto|ataque (?:al|del|de) corazon|ataque cardiaco|paro cardiaco",
        rf"pecho ~3 {CHEST_SQUEEZE_ES}|{CHEST_SQUEEZE_ES} ~4 pecho",
    ),
    # --- stroke -------------------------------------------------------------------------
    _rule(
        "stroke.face_arm_speech",
        r"(?:face|mouth|smile) ~2 (?:drooping|droopy|droops|crooked|uneven|lopsided)",
        r"drooping (?:face|mouth|on one side)|face droop\w*",
        r"slurr\w+|(?:speech|words) ~2 (?:garbled|jumbled)",
        rf"{CANT} (?:lift|move|raise|feel) ~2 (?:arm|leg|side)",
        r"(?:suddenly|sudden) ~3 (?:cant|cannot|can not|unable to) (?:talk|speak)",
        r"(?:left|right|one) side ~4 (?:weak|numb|paralyzed|paralysed|limp|dead)",
        r"(?:weakness|numbness|paralysis) (?:on|of) ~2 (?:one|left|right) side",
    ),
    _rule("stroke.named", r"stroke|strokes|mini stroke"),
    _rule(
        "stroke.fr",
        r"avc|accident vasculaire|attaque cerebrale",
        r"(?:bouche|visage) ~2 (?:de travers|paralyse|tordu|affaisse)",
        r"(?:faiblesse|paralysie) ~ (?:cote|moitie)",
        r"(?:ne peut|ne peux|n arrive) ~2 (?:plus|pas) (?:bouger|parler|lever)",
        r"(?:bras|jambe) ~3 ne bouge plus|parle ~2 bizarrement|perdu la vue",
    ),
    _rule(
        "stroke.es",
        r"derrame|ictus|accidente cerebrovascular|ataque cerebral",
        r"(?:cara|boca) ~2 (?:caida|torcida|chueca|paralizada|ladeada)",
        r"no (?:puede|puedo) mover ~2 (?:brazo|pierna|lado)",
        r"(?:traba|arrastra) la lengua|habla raro|medio cuerpo|se le durmio ~3 lado",
    ),
    # --- breathing ----------------------------------------------------------------------
    _rule(
        "breathing.cannot_breathe",
        rf"(?:{CANT}|struggling to|struggle to|hard to|barely|trouble|difficulty|hard time) ~2 (?:breathe|breath|breathing)",
        r"short(?:ness)? of breath|breathless|gasping|suffocating|(?:not|isnt|wasnt|arent) breathing|stopped breathing",
        r"(?:lips|face|skin) ~2 (?:blue|grey|gray)|blue lips",
        r"asthma attack|(?:inhaler|puffer) ~4 (?:not|isnt|doesnt|nt) ~2 (?:help|work)",
    ),
    _rule(
        "breathing.fr",
        r"(?:n arrive|narrive|arrive) (?:pas|plus) a respirer|(?:mal|difficulte|difficultes) ~2 a respirer",
        r"respire ~2 mal|j etouffe|suffoqu\w+|essouffl\w+|levres ~2 bleues",
        r"crise d asthme|(?:ventoline|inhalateur) ~4 (?:ne marche|ne fait|ne fonctionne|n agit)",
    ),
    _rule(
        "breathing.es",
        r"no (?:puedo|puede|podia) respirar|(?:dificultad|problemas) ~2 para respirar",
        r"(?:me|le) cuesta ~2 respirar|(?:me|le) falta ~2 (?:el )?aire|falta de aire",
        r"me ahogo|no (?:me|le) entra ~2 aire|jadeando|labios ~2 (?:morados|azules)",
        r"(?:ataque|crisis) de asma|inhalador ~4 no ~3 (?:funciona|efecto|sirve|ayuda)",
    ),
    # --- anaphylaxis --------------------------------------------------------------------
    _rule(
        "anaphylaxis.signs",
        r"anaphyla\w+|anaphylactic",
        r"throat ~4 (?:closing|swelling|swollen|swell|tight|tightening)",
        r"(?:tongue|lips|throat|face|mouth) ~3 (?:swelling|swollen|swell|swells)",
        r"(?:severe|serious|bad|major|strong) allergic reaction",
        r"(?:used|using|gave|give|given) ~2 epi ?pen",
    ),
    _rule(
        "anaphylaxis.fr",
        r"anaphyla\w+|oedeme de quincke|quincke",
        r"gorge ~3 (?:gonfle|se ferme|serre|enfle|ferme)",
        r"(?:langue|levres|visage|gorge) ~3 (?:gonfle\w*|enfle\w*)",
        r"reaction allergique (?:grave|severe|forte|importante|serieuse)",
    ),
    _rule(
        "anaphylaxis.es",
        r"anafila\w+|(?:cierra|cerrando|cerro|cerrado) ~2 la garganta",
        r"hinch\w+ ~3 (?:garganta|lengua|labios|cara|boca)",
        r"(?:garganta|lengua|labios|cara) ~3 hinch\w+",
        r"reaccion alergica (?:grave|fuerte|severa|seria)",
    ),
    # --- bleeding -----------------------------------------------------------------------
    _rule(
        "bleeding.severe",
        r"(?:wont|will not|doesnt|does not|cant|cannot|not|isnt|is not|never) ~ stop(?:ping)? ~2 bleeding",
        r"bleed\w* ~5 (?:wont|will not|doesnt|does not|isnt|is not|cant|not) ~2 stop",
        r"bleeding (?:heavily|badly|a lot|profusely|uncontrollably|so much)|heavy bleeding",
        r"(?:vomiting|throwing up|coughing up|coughing|spitting up|puking|vomited|threw up) ~2 blood",
        r"blood ~2 (?:spurting|gushing|pouring|everywhere)|(?:lot|lots|so much) of blood",
        r"soaked (?:through|thru)|losing ~3 blood",
    ),
    _rule(
        "bleeding.fr",
        r"saign\w* ~2 (?:beaucoup|abondamment|enormement|fort|tellement|sans arret)",
        r"saign\w* ~5 (?:ne s arrete|n arrete|s arrete pas|ne s arretent)",
        r"hemorragie|(?:vomi\w*|crach\w*|tousse\w*) ~2 du sang",
        r"perd\w* ~2 beaucoup de sang|sang ~2 (?:gicle|coule a flot|partout)",
        r"saignement ~2 (?:abondant|important|qui ne s arrete)",
    ),
    _rule(
        "bleeding.es",
        r"no (?:para|deja|paro|dejo) de sangrar|sangr\w+ ~2 (?:mucho|bastante|muchisimo|sin parar)",
        r"hemorragia|(?:vomit\w*|tos\w*|escup\w*) ~2 sangre",
        r"perd\w+ ~2 mucha sangre|sangrado ~2 (?:abundante|fuerte|que no para)",
    ),
    # --- suicide and self-harm ----------------------------------------------------------
    _rule(
        "suicide_self_harm.intent",
        r"suicid\w*|sucid\w*|kill\w* (?:myself|himself|herself|themselves|themself|me self)",
        r"(?:want|wants|wanted|going|gonna|urge|urges|thinking|thoughts|thought|plan|planning|feel like|tempted) ~2 (?:hurt|harm|hurting|harming|cut|cutting|kill|killing|end|ending) (?:myself|himself|herself|themselves|my life|his life|her life)",
        r"(?:cutting|harming|hurting|burning) (?:myself|himself|herself)|self ?harm\w*|self injur\w*",
        r"(?:want|wants|wanna|wish|going|ready) to die|wish (?:i|he|she) (?:was|were) dead",
        r"better off (?:dead|without me)|(?:dont|do not|no longer|not|never) want to (?:live|be alive|be here|exist|wake up)",
        r"(?:no|dont see|cant see) ~2 (?:reason|point) ~2 (?:live|living|go on|going on)",
        r"end (?:my|his|her) life|end it all|(?:take|taking|swallow) ~2 all ~2 (?:pills|meds|medication|tablets)",
        r"never wake up|not wake up|want it all to (?:stop|end)|goodbye forever",
    ),
    _rule(
        "suicide_self_harm.fr",
        r"suicid\w*|me (?:tuer|suicider)|se (?:tuer|suicider)",
        r"(?:envie|veux|voudrais|veut) ~2 mourir|mettre fin a (?:mes|ses) jours|en finir",
        r"(?:me|se) (?:faire|fais|fait) du mal|scarifi\w*|plus envie de vivre",
        r"(?:ne veux|ne veut|veux|veut) plus vivre|(?:me|se) couper les veines",
    ),
    _rule(
        "suicide_self_harm.es",
        r"suicid\w*|matarme|quitarme la vida|quitar\w* la vida|me quiero (?:matar|morir)",
        r"me (?:voy|vo) a (?:matar|suicidar|quitar la vida)",
        r"(?:quiero|deseo|ganas de) morir\w*|no (?:quiero|tengo ganas de|deseo) vivir",
        r"acabar con (?:todo|mi vida)|hacerme (?:dano|danio)|me hago (?:dano|danio)",
        r"cortarme|me estoy cortando|me corto (?:las venas|a proposito)",
    ),
    # --- overdose and poisoning ---------------------------------------------------------
    _rule(
        "overdose_poisoning.overdose",
        r"overdos\w*|od d|carbon monoxide|poisoned|poisoning|poison(?! ivy| oak)",
        rf"(?:took|taken|take|swallowed) ~2 (?:too many|too much|a whole|the whole|an entire|entire|all (?:of )?(?:my|the|his|her|their)|a handful|a bottle|a box|\d\d+|twenty|thirty|forty|fifty) ~3 {DRUG_EN}",
        r"(?:swallowed|ate|eaten|drank|drunk|got into|chewed) ~4 (?:pills|tablets|capsules|medicine|medication|meds|bleach|detergent|pod|pods|antifreeze|chemical|chemicals|cleaner|battery|rat poison|weed killer|lye)",
    ),
    _rule(
        "overdose_poisoning.fr",
        r"surdos\w*|intoxi\w+|empoisonn\w+",
        r"(?:pris|avale|bu|mange) ~2 (?:trop de|toute la|toute une|tous mes|toutes mes|une boite|une plaquette|\d\d+) ~3 (?:medicaments|comprimes|cachets|pilules|gelules|somniferes|doliprane|paracetamol|boite|plaquette|insuline|doses?|flacon)",
        r"(?:avale|bu|mange) ~4 (?:medicaments|comprimes|cachets|pilules|javel|produit|detergent|somniferes|poison|pile|doliprane)",
    ),
    _rule(
        "overdose_poisoning.es",
        r"sobredosis|intoxica\w+|envenen\w+",
        r"(?:tome|tomo|tomado|trague|trago|bebi|bebio|comio) ~2 (?:demasiadas|demasiados|demasiado|todas|todos|todo el|toda la|una caja|un frasco|\d\d+) ~3 (?:pastillas|medicamentos|pildoras|tabletas|capsulas|caja|frasco|paracetamol|ibuprofeno|insulina|dosis)",
        r"(?:trago|trague|bebio|bebi|comio|tomo) ~4 (?:pastillas|medicamentos|cloro|lejia|veneno|detergente|pilas?|anticongelante)",
    ),
    # --- seizure, unconscious -----------------------------------------------------------
    _rule(
        "seizure_unconscious.signs",
        r"(?:having|had|has|have) ~2 (?:seizure|seizures|fit|convulsion|convulsions)",
        r"seizure (?:right now|lasting|that|wont|for|and)|seizing|convuls\w+",
        r"unconscious|unresponsive|(?<!im )(?<!i am )not (?:responding|responsive|waking)(?! to)|(?:wont|doesnt|does not) respond(?! to)",
        rf"{CANT} (?:wake|rouse) (?:him|her|them|my|our|the|\S+ up)|passed out and|blacked out and",
        rf"(?:not|isnt|is not|wont|will not|doesnt|does not) (?:responding|responsive|respond|answering|coming round|come round|come to|coming to){_NOT_TREATMENT_OR_MAIL}",
        r"(?:he|she|they|baby|hes|shes|theyre) ~3 (?:not|isnt|wont|doesnt|cant) (?:waking|wake)",
        r"out cold",
    ),
    _rule(
        "seizure_unconscious.collapsed",
        r"(?:not|isnt|is not|wont|will not|doesnt|does not|cant|cannot|didnt) ~2 (?:moving|move|answer\w*|respond\w*|wak\w*|awake|conscious|talking|talk|speaking|get up|getting up|open \S+ eyes)",
        r"(?:ne|n) (?:repond|reagit|bouge|se reveille|parle|ouvre) (?:pas|plus)",
        r"no (?:responde|reacciona|despierta|se despierta|contesta|se mueve|habla|abre los ojos)",
        needs=(COLLAPSED,),
    ),
    _rule(
        "seizure_unconscious.fr",
        r"crise (?:d epilepsie|convulsive|epileptique)|convuls\w+|inconscient\w*",
        r"ne (?:repond|reagit|respire) plus|ne se reveille (?:pas|plus)|perdu connaissance",
        rf"ne (?:repond|reagit) pas(?! (?:bien|tres|vraiment|trop)){_NOT_TREATMENT_OR_MAIL}",
    ),
    _rule(
        "seizure_unconscious.es",
        r"convulsi\w+|(?:ataque|crisis) epileptic[oa]|inconsciente",
        r"no (?:responde|reacciona|despierta|se despierta)(?! (?:a|mis|los|el|la|al) )",
        r"perdio (?:el conocimiento|la conciencia)|desmay\w+ y no",
    ),
    # --- pregnancy (a danger sign in a message that says the writer is pregnant) ---------
    _rule(
        "pregnancy.danger_sign",
        r"bleed\w*|spotting heavily|saign\w*|sangr\w*|(?:losing|lose|lost|perds|perd|perdiendo|pierdo) ~2 (?:blood|sang|sangre)",
        r"(?:severe|bad|strong|terrible|intense) ~3 (?:abdominal|stomach|belly|pelvic) ~2 pain|(?:abdominal|stomach|belly) pain",
        r"douleur\w* ~4 (?:ventre|abdominale\w*)|(?:dolor|dolores) ~2 (?:abdominal|vientre|barriga)",
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
    _rule(
        "pregnancy.waters_or_movement",
        r"water\w* (?:broke|broken|has broken)|perdu les eaux|rompi\w* ~2 (?:aguas|fuente)|rompio la fuente",
        r"(?:baby|bebe) ~5 (?:not moving|hasnt moved|stopped moving|isnt moving|ne bouge plus|no se mueve|dejo de moverse)",
    ),
    # --- fever in an infant under three months ------------------------------------------
    _rule(
        "infant_fever.under_3_months",
        FEVER.pattern,
        needs=(INFANT_UNDER_3_MONTHS,),
        needs_scope="message",
        unless=PREGNANT,
    ),
    # --- sudden worst headache ----------------------------------------------------------
    _rule(
        "headache.worst",
        r"worst headache|worst ~3 headache|thunderclap|like a thunderclap",
        r"pire mal de (?:tete|crane)|pire ~3 mal de tete|coup de tonnerre",
        r"peor dolor de cabeza|cefalea en trueno|en trueno",
    ),
    _rule(
        "headache.sudden_severe",
        HEADACHE_TERM.pattern,
        needs=(SUDDEN, SEVERE),
    ),
    # --- burns --------------------------------------------------------------------------
    _rule(
        "burn.severe",
        r"(?:severe|serious|bad|badly|major|large|big|deep|huge|extensive|third degree|second degree|chemical|electrical|electric|acid) ~2 burns?",
        r"burn(?:ed|t|s)? (?:myself |himself |herself )?(?:badly|severely)|burns? from ~2 fire",
        r"(?:boiling|scalding) (?:water|oil)|hot (?:oil|grease)|grease fire|scald\w*",
        r"blister\w* (?:badly|all over)|charred|skin ~2 (?:peeling off|white and|black)",
    ),
    _rule(
        "burn.fr",
        r"brul\w* ~2 (?:grave|graves|gravement|severe|etendue|importante|profonde|chimique|electrique)",
        r"(?:gravement|serieusement) brul\w*|(?:eau|huile) bouillante",
    ),
    _rule(
        "burn.es",
        r"quemadura ~2 (?:grave|seria|grande|quimica|electrica|profunda|extensa|de tercer|de segundo)",
        r"(?:agua|aceite) hirviendo|me queme (?:grave|gravemente|mucho)|ampollas grandes",
    ),
    # --- choking ------------------------------------------------------------------------
    _rule(
        "choking.signs",
        r"chok\w*",
        r"stuck in ~2 (?:throat|windpipe|airway)",
        r"swallowed ~3 (?:coin|toy|marble|lego|button|battery) ~4 (?:gagging|cant breathe|choking)",
    ),
    _rule(
        "choking.child",
        rf"{CANT} ~2 (?:cry|cough|make a sound|make any sound)(?! up)",
        r"(?:cant|cannot|unable to|not|stopped) (?:breathe|breathing) ~3 (?:while|after|when) ~2 (?:eating|feeding|eat|drinking)",
        r"(?:is|s|keeps|kept|started|been|now) gagging|gagging (?:and|on)",
        r"(?:ne peut|ne peux|n arrive|ne pouvait) (?:plus|pas) (?:a )?(?:pleurer|tousser)",
        r"(?:ne peut|ne peux|n arrive) (?:plus|pas) (?:a )?respirer en (?:mangeant|buvant)|haut le coeur ~4 (?:ne|n|bleu|respir\w*)",
        r"no (?:puede|pudo|podia) (?:llorar|toser)|se le (?:atoro|atasco|trabo|atoraron)",
        r"no (?:puede|podia|pudo) respirar (?:mientras|cuando|despues de|al) (?:come|comia|comer|comiendo|toma|tomaba|tomando)",
        r"arcadas ~4 no (?:puede|respira|llora)",
        needs=(CHILD,),
    ),
    _rule(
        "choking.fr",
        r"s etouffe\w*|etouffement|s etrangle\w*|coince\w* ~2 (?:dans la|la) gorge",
    ),
    _rule(
        "choking.es",
        r"atragant\w+|(?:atorad|atascad|trabad)\w* ~2 en la garganta|(?:ahogando|ahoga|ahogo) con",
    ),
)


def stems() -> set[str]:
    """Stems the rules extend with ``\\w*``, ``\\w+`` or a group; typos are repaired towards these too."""
    found: set[str] = set()
    for rule in RULES:
        found |= pattern_stems(rule.pattern.pattern)
        for need in (*rule.needs, rule.unless):
            if need is not None:
                found |= pattern_stems(need.pattern)
    return found


def vocabulary() -> set[str]:
    """Words the rules are written with; typos are repaired towards these."""
    words: set[str] = set()
    for rule in RULES:
        words |= rule.vocabulary
        for need in (*rule.needs, rule.unless):
            if need is not None:
                words |= pattern_words(need.pattern)
    for extra in [
        "breathe",
        "breathing",
        "breath",
        "chest",
        "pain",
        "pressure",
        "heart",
        "attack",
        "stroke",
        "seizure",
        "unconscious",
        "unresponsive",
        "bleeding",
        "suicide",
        "suicidal",
        "overdose",
        "poisoning",
        "pregnant",
        "headache",
        "burned",
        "choking",
        "swelling",
        "throat",
        "tongue",
        "allergic",
        "reaction",
        "anaphylaxis",
        "convulsing",
        "worst",
        "respirer",
        "poitrine",
        "douleur",
        "enceinte",
        "saigne",
        "etouffe",
        "fievre",
        "embarazada",
        "respirar",
        "pecho",
        "sangrando",
        "fiebre",
        "atragantando",
        "convulsionando",
        "hinchando",
        "garganta",
        "brulure",
        "brulures",
        "brule",
        "brulee",
        "soudain",
        "soudaine",
        "brutal",
        "crache",
        "suffoque",
        "etouffement",
        "atraganto",
        "atragantado",
        "atragantada",
        "atragantamiento",
        "hincharon",
        "hinchada",
        "hinchado",
        "hinchazon",
        "anaphylactique",
        "anaphylaxie",
        "anafilaxia",
        "anafilactico",
        "intoxicacion",
        "intoxication",
        "intoxique",
        "epileptico",
        "epileptica",
        "epileptique",
        "convulsion",
        "convulsiones",
        "convulse",
        "seizing",
        "suicidarme",
        "suicider",
        "suicidaire",
        "suicidal",
        "morirme",
        "mourir",
        "inconsciente",
        "inconscient",
        "evanoui",
        "evanouie",
        "desmayo",
        "desmayado",
        "quemadura",
        "quemaduras",
        "sangrado",
        "saignement",
        "saigne",
        "hemorragia",
        "hemorragie",
        "sobredosis",
        "surdosage",
        "empoisonnement",
        "envenenamiento",
        "scarifie",
        "scarifiee",
        "symptomes",
        "sintomas",
        "repentino",
        "subito",
        "soudainement",
        "intenso",
        "nacido",
        "nacida",
        "semanas",
        "semaines",
        "weeks",
        "months",
        "child",
        "overdosed",
        "poisoned",
    ]:
        words.add(extra)
    return {w for w in words if w.isalpha()}
