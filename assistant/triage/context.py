"""Context that turns a red-flag phrase into a harmless mention.

The issue lists the look-alikes that must not raise an alarm: history ("I had a heart attack
in 2015, need a refill"), a third party in the past, hyperbole ("this wait is killing me"),
topic questions ("what are the signs of a stroke?") and booking talk. Each is recognised
here by explicit markers, in en/fr/es, and applied to the clause where the red flag was
found, so that "I had a stroke in 2019. Now my face is drooping" still fires on the second
sentence. Everything not recognised as harmless counts: the check fails towards an alarm.
"""

from __future__ import annotations

from assistant.triage.rules import _rx

# Conditions people invoke as a figure of speech ("you'll give me a stroke").
_CONDITION_EN = (
    r"(?:heart attack|stroke|seizure|aneurysm|coronary|cardiac arrest|panic attack|fit|hernia)"
)
_CONDITION_FR = r"(?:une crise cardiaque|un infarctus|un avc|une attaque|une crise|un arret cardiaque|une syncope)"
_CONDITION_ES = r"(?:infarto|ataque (?:al|del|de) corazon|paro cardiaco|derrame|ictus|ataque|convulsion|patatus|soponcio)"
# Number words one to twenty (and a few round numbers), for "hace seis años" and the like.
_NUMBER_FR = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|dix sept|dix huit|dix neuf|vingt|trente|quarante|cinquante|plusieurs|quelques)"
)
_NUMBER_ES = (
    r"(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
    r"catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta|"
    r"cincuenta|muchos|muchas|varios|varias|algunos|pocos)"
)

# Idioms removed before any rule runs.
HYPERBOLE = _rx(
    # A condition someone else or something will give me: "this traffic is going to give me
    # a stroke", "mes enfants vont me donner un AVC", "me van a provocar un infarto".
    rf"(?:give|gives|giving|going to give|gonna give|will give|ll give|almost gave|nearly gave|practically gave) (?:me|us|him|her|you) ~2 {_CONDITION_EN}",
    rf"(?:donner|donne|donnent|donnera|file|filer|fiche|flanquer|provoquer|causer) ~2 {_CONDITION_FR}",
    rf"(?:va|vas|vont|allez|allait) me faire (?:faire|avoir) ~2 {_CONDITION_FR}",
    rf"(?:me|te|le|nos|les) (?:va|vas|van|iba|iban) a (?:dar|provocar|causar) ~2 {_CONDITION_ES}",
    rf"(?:casi|por poco) me (?:da|dio|daba|provoca|provoco) ~2 {_CONDITION_ES}",
    # Someone else will "kill me" for being late: not self-harm. "Je vais me tuer" and
    # "me voy a matar" (first person) are left alone.
    r"(?:va|vas|vont|allez|allait|allaient) me tuer|(?:va|van|vas|iba|iban) a matarme",
    r"(?:is|are|was|s|re|its|it s|thats|this|that) ~2 killing (?:me|us)|killing me|killing time",
    r"dying (?:to|for) \S+|dying of (?:boredom|laughter|hunger|thirst|curiosity|embarrassment|heat|cold)",
    r"(?:died|die|dying|nearly died|almost died) (?:of |from )?(?:laughing|laughter|embarrassment|boredom)",
    r"(?:almost|nearly) (?:had|have|having|gave me|give me|giving me|gave) ~2 heart attack",
    r"(?:gave|give|giving|gives) (?:me|us|him|her) (?:a )?(?:mini )?heart attack",
    r"choked up|choking on (?:these|the|those|my) (?:fees|bills|prices|costs|paperwork|words)",
    r"drowning in|bleeding (?:me|us) dry|bored to death|scared to death|sick to death",
    r"(?:me|nous|m) tue(?![a-z])|(?:je )?meurs (?:de|d) (?:faim|soif|rire|envie|froid|chaud|fatigue|impatience|ennui)",
    r"mourir de (?:rire|faim|soif|ennui)|morte? de (?:rire|faim|fatigue|peur)",
    r"(?:failli|presque|manque de) (?:faire|avoir|eu|fait) ~2 (?:crise cardiaque|infarctus|arret cardiaque|avc)",
    r"(?:donner|donne|donnent|file|filer) ~2 (?:une crise cardiaque|un infarctus|un avc)",
    r"me (?:mata|matan|esta matando|estan matando)(?![a-z])",
    r"(?:casi|por poco) me (?:da|dio|daba) ~2 (?:infarto|ataque (?:al|del|de) corazon|paro cardiaco|derrame)",
    r"me (?:va|vas|van|iba) a dar ~2 (?:infarto|ataque (?:al|del|de) corazon|derrame)",
    r"(?:me )?(?:muero|mori|moria) de (?:hambre|sed|risa|ganas|frio|calor|sueno|aburrimiento|curiosidad|verguenza)",
    r"muert[oa] de (?:risa|hambre|cansancio|sueno|miedo|frio)",
)

# The red flag is in the past, far enough back not to be the reason for writing now.
HISTORY = _rx(
    r"in (?:19|20)\d\d|(?:19|20)\d\d|\S+ (?:years?|months?|weeks?|yrs?) ago|years? back|long ago",
    r"last (?:year|month|summer|winter|spring|fall|autumn|christmas)|a long time ago|a while ago",
    r"when (?:i|he|she|they|we) (?:was|were) (?:a|\d+|young|little|younger|small)|as a (?:child|kid|teen|teenager|baby)",
    r"history of|used to|in recovery|recovered from|years ago|previous|previously|past medical",
    r"passed away|(?:died|death) (?:of|from)",
    rf"en (?:19|20)\d\d|il y a (?:\d+|{_NUMBER_FR}) (?:ans?|annees?|mois|semaines)|il y a (?:longtemps|des annees)",
    r"l an (?:dernier|passe)|l annee (?:derniere|passee)|antecedents?|autrefois|quand j etais|(?:est|etait) (?:mort|morte|decede|decedee)|decede\w*",
    rf"hace (?:\d+|{_NUMBER_ES}) (?:anos?|mes|meses|semanas)|hace (?:mucho|tiempo|anos)",
    r"el ano pasado|antecedentes?|cuando era|murio|fallecio|muri[oa] de",
    r"de (?:pequen[oa]|nin[oa]|chic[oa]|joven|adolescente)",
    r"(?:el|la) (?:verano|invierno|otono|primavera|mes) pasad[oa]",
    r"(?:l ete|l hiver|l automne|le printemps|le mois) (?:dernier|passe)",
)

# A red-flag word naming a service or a treatment, not a symptom: "the stroke rehab physio",
# "mon traitement contre les convulsions". Removed like hyperbole.
SERVICE_OR_TREATMENT = _rx(
    r"(?:stroke|seizure|epilepsy|burns?|cardiac|heart|asthma|allergy) (?:rehab\w*|clinic|unit|centre|center|team|nurse|ward|specialist|follow up|support group|survivors?)",
    r"(?:treatment|medication|medicine|meds|pills|tablets|traitement|medicaments?|medicamento|medicina|pastillas|receta) (?:for|against|contre|pour|para|de) (?:my |the |les |mes |ses |la |las |los |mis |sus |el )?(?:seizures?|convulsions?|convulsiones|epilepsy|epilepsie|epilepsia)",
)

# A question about the topic: harmless unless the same clause also reports something now
# ("how do I know if I'm having a heart attack" is answered with the alarm).
TOPIC_QUESTION = _rx(
    r"what (?:are|is) (?:the )?(?:signs?|symptoms?|warning signs?|causes?|difference|risks?|treatments?)",
    r"what is|what are|what causes|is it normal|what temperature|quelle temperature|que temperatura",
    r"(?:whats|what s|hows|how s|how is|how are) (?:a|an|the)(?! (?:matter|hell|heck))",
    r"how (?:do|can|would|should|does) (?:i|you|we|one|someone|people) (?:know|tell|recognize|recognise|spot|use|treat|prevent|help|support|give|do|avoid)",
    r"how to|signs of|symptoms of|warning signs|difference between|tell me about|information (?:about|on)|learn about",
    r"class|classes|course|training|project|article|leaflet|pamphlet|brochure|webinar|workshop",
    r"quels? (?:sont|est) (?:les )?(?:signes|symptomes|causes|risques)|quelles? (?:sont|est)",
    r"(?:signes|symptomes) d|qu est ce que|qu est ce qu (?:un|une|on)|c est quoi|comment (?:utiliser|reconnaitre|savoir|traiter|soigner|prevenir|faire|aider|eviter)",
    r"difference entre|cours de|formation",
    r"cual(?:es)? (?:son|es) (?:los )?(?:sintomas|signos|senales|causas|riesgos)|(?:sintomas|signos|senales) de",
    r"cual(?:es)? (?:son|es) (?:el|la|los|las)|como se (?:sabe|reconoce|trata|diagnostica|previene|detecta)",
    r"^ ?(?:que|qu) es|como (?:se usa|usar|reconocer|saber|tratar|prevenir|ayudar|evitar)",
    r"diferencia entre|curso de",
)

# A hypothetical or a fear: harmless whatever else the clause says.
HYPOTHETICAL = _rx(
    r"what (?:should|do|would|can|must) (?:i|you|we|one) do (?:if|when|in case)|what to do (?:if|when|in case)|what happens if",
    r"in case of|^ ?(?:and |so )?if (?:someone|somebody|a person|anyone|i|my|he|she|they|you|your|a|the)",
    r"(?:scared|afraid|worried|fear|frightened|terrified|nervous|anxious) (?:of|about) (?:having|getting|a|another)",
    r"que faire (?:si|en cas|quand)|en cas de|^ ?si (?:quelqu|on|je|mon|ma|il|elle)|peur (?:de|d) (?:faire|avoir)",
    r"que (?:hacer|hago|hacemos) (?:si|en caso|cuando)|en caso de|^ ?si (?:alguien|mi|yo|el|ella)|miedo (?:de|a) (?:tener|sufrir)",
)

# A statement about now: after a topic question, a clause with one of these is a report.
PRESENT_REPORT = _rx(
    r"i have|i ve|ive|im|i am|i feel|i think|right now|now|currently|hurts",
    r"(?:my|his|her|our) \S+ (?:is|has|cant|wont|just)|(?:he|she) (?:is|has|cant|wont|just)|hes|shes|theyre",
    r"j ai|je suis|je sens|maintenant|en ce moment|il a|elle a",
    r"tengo|estoy|siento|ahora|ahorita|tiene|esta",
)

NEGATIONS = frozenset(
    [
        "no",
        "not",
        "dont",
        "doesnt",
        "didnt",
        "never",
        "without",
        "denies",
        "deny",
        "nor",
        "isnt",
        "arent",
        "wasnt",
        "havent",
        "hasnt",
        "pas",
        "sans",
        "ni",
        "jamais",
        "aucun",
        "aucune",
        "sin",
        "nunca",
        "ningun",
        "ninguna",
        "tampoco",
    ]
)


# Small words a negation reaches over: "pas du tout envie de", "no tengo ganas de".
_NEGATION_FILLER = frozenset(["de", "d", "du", "tout", "at", "all", "para", "nada"])


def strip_hyperbole(clause: str) -> str:
    return SERVICE_OR_TREATMENT.sub(" ", HYPERBOLE.sub(" ", clause))


def is_negated(clause: str, start: int) -> bool:
    """A negation word in the three words before the match ("no chest pain", "pas de ...")."""
    before = [word for word in clause[:start].split() if word not in _NEGATION_FILLER][-3:]
    # "no" in Spanish also opens most verbs ("no puedo respirar"); rules that need it
    # include it, so a "no" before the match still negates ("no tengo dolor de pecho").
    return any(word in NEGATIONS for word in before)


def is_history(clause: str) -> bool:
    return bool(HISTORY.search(clause))


def is_topic_question(clause: str) -> bool:
    return bool(TOPIC_QUESTION.search(clause))


def is_hypothetical(clause: str) -> bool:
    return bool(HYPOTHETICAL.search(clause))


def is_present_report(clause: str) -> bool:
    return bool(PRESENT_REPORT.search(clause))
