"""Cardiac and stroke rules: chest pressure, heart attack, face, arm and speech signs."""

from __future__ import annotations

import re

from assistant.triage.rules.dsl import Rule, rule, rx
from assistant.triage.rules.words import CANT, SELF_OR_OTHER

# How people describe cardiac chest pressure: the word order varies ("my chest is tight",
# "a tight band around my chest"), the words do not.
CHEST_SQUEEZE_EN = (
    r"(?:tight|tighter|tightness|tighten\w*|heavy|heaviness|pressure|crush\w*|squeez\w*|"
    r"compress\w*|vice|vise|weight|band|elephant)"
)
CHEST_SQUEEZE_FR = (
    r"(?:serre\w*|serrement|ecras\w*|compress\w*|comprim\w*|pression|poids|oppress\w*|"
    r"etau|lourd\w*|barre|broie|broient|broyer|broyait|broyee|etreint\w*|etreinte)"
)
CHEST_SQUEEZE_ES = (
    r"(?:apret\w*|aplast\w*|oprim\w*|opresion|presion|peso|pesad\w*|comprim\w*|"
    r"estruj\w*)"
)
# The chest and the spot in it: "in the middle of my chest", "behind the breastbone", "au
# milieu de la poitrine", "en el centro del pecho". The spot words can push the pressure word
# beyond the usual window, so they are spelled out instead of widening the window.
CHEST = r"(?:chest|breastbone|breast bone|sternum|poitrine|thorax|pecho|torax|esternon)"
_SPOT_EN = (
    r"(?:in|on|across|at|behind|around|inside|over|under|through) (?:the )?"
    r"(?:(?:middle|centre|center|front|left side|right side|left|right|top|whole|upper part) of )?"
    rf"(?:my |his |her |their |the |your )?{CHEST}"
)
_SPOT_FR = (
    r"(?:dans|sur|a|au|en|derriere|sous|au niveau) (?:de |du |de la |le |la )?"
    r"(?:(?:plein milieu|plein centre|milieu|centre|haut|cote gauche|cote|gauche|niveau|creux) (?:de |du |de la )?)?"
    rf"(?:ma |sa |la |le |mon |son )?{CHEST}"
)
_SPOT_ES = (
    r"(?:en|sobre|encima|detras|dentro|debajo|a la altura) (?:de )?(?:el |la |del )?"
    r"(?:(?:medio|mitad|centro|lado izquierdo|parte|parte de arriba) (?:de )?(?:el |la |del )?)?"
    rf"(?:mi |su )?{CHEST}"
)
CHEST_MENTIONED = rx(CHEST, r"thoracique|toracico")
# A mild chest ache with an ordinary cause in the same clause ("mild chest pain when I cough,
# probably a cold", "un peu mal à la poitrine quand je tousse") is chest-wall or chest-cold
# pain, a reason to book. Both halves must be there: any chest pain without them still fires.
_MILD = (
    r"mild|slight|slightly|a bit|a little|a twinge|twinges|niggle|niggling|un peu|legere|leger|"
    r"legerement|petite|un poco|leve|ligero|ligera|ligeramente"
)
_ORDINARY_CAUSE = (
    r"(?:when|if) i (?:cough|sneeze|press|push on it|twist|turn|lift)|coughing|sneezing|"
    r"(?:a|my|the) (?:cold|flu|cough)(?! sweat)|pulled a muscle|(?:after|from) (?:the gym|lifting|working out)|"
    r"quand je (?:tousse|respire fort|appuie|bouge)|(?:un|mon) rhume|la toux|"
    r"(?:al|cuando) (?:toser|toso|estornudar|apretar|aprieto|moverme)|(?:un|el|mi) resfriado|la tos"
)
MILD_WITH_AN_ORDINARY_CAUSE = re.compile(
    rf"^(?=.*(?<![a-z])(?:{_MILD})(?![a-z]))(?=.*(?<![a-z])(?:{_ORDINARY_CAUSE})(?![a-z]))"
)
# A numb or lopsided face is expected for a few hours after a dental anaesthetic.
_AT_THE_DENTIST = rx(r"dentist\w*|anaesthe\w*|anesthe\w*|novocaine|dentiste|dentista|anestesi\w*")

RULES: tuple[Rule, ...] = (
    # --- cardiac ------------------------------------------------------------------------
    rule(
        "cardiac.chest_pain",
        r"chest (?:pain|pains|pressure|tightness|tight|hurts|hurting|discomfort|heaviness)",
        r"(?:pain|pressure|tightness|heaviness|discomfort|squeezing) ~ (?:in|on|across) ~2 chest",
        r"chest (?:is )?(?:hurting|feels (?:tight|heavy|like))",
        rf"clutching {SELF_OR_OTHER} chest|elephant ~ on ~2 chest",
        r"heart ~3 (?:being squeezed|squeezing|being crushed|crushing|in a vice|gripped|clenched)",
        r"pain ~4 (?:into|down|to|in) ~2 (?:left arm|jaw)",
        rf"chests? ~3 {CHEST_SQUEEZE_EN}|chests? ~5 (?:crush\w*|squeez\w*|compress\w*)",
        rf"{CHEST_SQUEEZE_EN} ~4 chest",
        unless_clause=MILD_WITH_AN_ORDINARY_CAUSE,
    ),
    rule(
        "cardiac.where_it_sits",
        rf"(?:pain|pains|ache|aching|hurts|hurting|discomfort|{CHEST_SQUEEZE_EN}) ~2 {_SPOT_EN}",
        rf"(?:douleur|douleurs|mal|gene|{CHEST_SQUEEZE_FR}) ~2 {_SPOT_FR}",
        rf"(?:dolor|dolores|molestia|me duele|le duele|{CHEST_SQUEEZE_ES}) ~2 {_SPOT_ES}",
        # Someone or something sitting on the chest: "like someone is standing on my chest",
        # "comme si quelqu'un était assis sur ma poitrine", "como si me pisaran el pecho".
        rf"(?:sitting|standing|pressing|pushing|weighing|kneeling) (?:down )?on ~2 {CHEST}",
        rf"(?:assis|assise|debout|appuie\w*|pese|pesait|ecras\w*) ~2 sur ~2 {CHEST}",
        rf"(?:sentad[oa]|parad[oa]|pisa\w*|pisando|aplasta\w*|elefante) ~3 {CHEST}",
        rf"{CHEST} ~4 (?:cav\w* in|about to (?:burst|explode)|going to (?:burst|explode)|va (?:exploser|eclater)|va a (?:explotar|reventar))",
        unless_clause=MILD_WITH_AN_ORDINARY_CAUSE,
    ),
    # Pain that spreads from the chest to the arm, jaw, neck or back; the chest may be named
    # anywhere in the sentence ("pressure in my chest, now it's going into my jaw").
    rule(
        "cardiac.spreading",
        r"(?:spread\w*|radiat\w*|going|goes|went|moving|moves|shooting|shoots|travel\w*|running|runs|extend\w*) ~2 (?:to|into|down|up|through|along) ~2 (?:arm|arms|jaw|neck|shoulder|shoulders|back)",
        r"(?:irradi\w*|descend\w*|remont\w*|part|partent|s etend\w*|file|va|diffus\w*) ~2 (?:dans|vers|jusqu|a|au|aux|le long) ~2 (?:bras|machoire|cou|epaule|epaules|dos)",
        r"(?:irradi\w*|baja|bajando|sube|subiendo|corre|extiende|pasa|va|iba|recorre) ~2 (?:a|al|hacia|por|hasta) ~2 (?:brazo|brazos|mandibula|quijada|cuello|hombro|hombros|espalda)",
        needs=(CHEST_MENTIONED,),
    ),
    rule("cardiac.heart_attack", r"heart attacks?|cardiac arrest|myocardial infarction"),
    rule(
        "cardiac.fr",
        r"(?:douleur|douleurs|mal) ~ (?:a|dans) la poitrine|douleur thoracique",
        r"oppression ~2 (?:poitrine|thoracique)|serre ~2 (?:dans|a) la poitrine",
        r"poitrine qui serre|crise cardiaque|infarctus|arret cardiaque",
        rf"poitrine ~4 {CHEST_SQUEEZE_FR}|{CHEST_SQUEEZE_FR} ~4 poitrine",
        unless_clause=MILD_WITH_AN_ORDINARY_CAUSE,
    ),
    rule(
        "cardiac.es",
        r"dolor ~ (?:en el|de|del) pecho|(?:me|le) duele ~2 (?:el )?pecho",
        r"(?:presion|opresion) ~2 (?:en el|del) pecho",
        r"infarto|ataque (?:al|del|de) corazon|ataque cardiaco|paro cardiaco",
        rf"pecho ~4 {CHEST_SQUEEZE_ES}|{CHEST_SQUEEZE_ES} ~4 pecho",
        unless_clause=MILD_WITH_AN_ORDINARY_CAUSE,
    ),
    # --- stroke -------------------------------------------------------------------------
    rule(
        "stroke.face_arm_speech",
        r"(?:face|mouth|smile) ~2 (?:drooping|droopy|droops|crooked|uneven|lopsided)",
        r"drooping (?:face|mouth|on one side)|face droop\w*",
        r"slurr\w+|(?:speech|words) ~2 (?:garbled|jumbled|muddled|coming out wrong|all wrong|not making sense)",
        rf"{CANT} (?:get|find|say) ~2 (?:words|the words|my words|his words|her words)|talking (?:gibberish|nonsense)|speaking gibberish",
        rf"{CANT} (?:lift|move|raise|feel) ~2 (?:arm|leg|side)",
        r"(?:suddenly|sudden) ~3 (?:cant|cannot|can not|unable to) (?:talk|speak)",
        r"(?:left|right|one) side ~4 (?:weak|paralyzed|paralysed|limp|dead)",
        r"(?:weakness|numbness|paralysis) (?:on|of) ~2 (?:one|left|right) side",
    ),
    # One side of the face drops, in the words people use for it ("his face is sagging on one
    # side", "se le torció la boca", "sa bouche est tombée d'un côté"). A numb face after the
    # dentist is not that.
    rule(
        "stroke.face_one_side",
        r"(?:face|mouth|smile|lip|lips) ~3 (?:sag\w*|slump\w*|pulled|twisted|dropped|dropping|slid|sliding|fallen|fell|numb|paraly\w*|frozen|gone funny|looks funny|looks weird|looks strange) ~3 (?:one side|to the side|to one side|on the left|on the right|left side|right side)",
        r"(?:one|left|right) side of ~2 (?:face|mouth|smile) ~3 (?:droop\w*|dropped|dropping|sag\w*|fallen|fell|slump\w*|numb|paraly\w*|frozen|not moving|isnt moving|stopped moving|wont move|doesnt move|cant move|dead)",
        r"(?:one|left|right) side ~2 (?:droop\w*|dropp\w*|sag\w*)",
        # The "can't" is part of the sign, so it is part of the pattern (no negation before it).
        r"(?:cant |cannot |no puede |no puedo |ne peut plus |ne peut pas |ne peux plus )?(?:smile|sourire|sonreir) ~3 (?:one side|on one side|d un cote|un cote|de un lado|un lado)",
        r"(?:face|mouth|smile) ~2 (?:sagging|twisted|slumped|paralysed|paralyzed|frozen on one side)",
        r"corner of ~2 mouth ~3 (?:droop\w*|dropp\w*|sag\w*|fall\w*|fell|down|pulled)",
        r"coin (?:de la|de sa|de ma|de son|des) (?:bouche|levres) ~3 (?:tomb\w*|pend\w*|affaiss\w*|descend\w*)",
        r"comisura ~3 (?:caid[oa]|cae|cayo|baja|bajo|torci\w*|ladead\w*)",
        r"(?:bouche|visage|levre|levres|sourire|figure|joue) ~3 (?:de travers|paralys\w*|tordu\w*|tord|affaiss\w*|deform\w*|devi\w*|asymetrique|engourdi\w*|tomb\w*|pend\w*|part|partie|tire\w*) ~3 (?:d un cote|d un seul cote|sur le cote|a gauche|a droite|un cote)",
        r"(?:bouche|visage|sourire) ~2 (?:de travers|paralys\w*|tordu\w*|tord|affaiss\w*|deform\w*|devie\w*|asymetrique)",
        r"(?:un cote|la moitie|moitie) ~2 (?:du|de son|de sa|de mon|de ma|de la) (?:visage|bouche|figure) ~3 (?:tomb\w*|paralys\w*|affaiss\w*|engourdi\w*|ne bouge|bouge plus|fig\w*|pend\w*)",
        r"(?:cara|boca|labio|labios|sonrisa|rostro) ~3 (?:torci\w*|tuerc\w*|chuec\w*|ladead\w*|ladeo|ladea|desviad\w*|desvio|desvia|paraliz\w*|caid[oa]|de lado|hacia un lado|deform\w*)",
        r"(?:torcio|tuerce|torcido|torcida|ladeo|ladea|desvio|desvia|paralizo|paraliza) ~3 (?:la |el |un lado de la |la mitad de la |media )?(?:cara|boca|labio|rostro)",
        r"(?:cayo|cae|caido|caida|durmio|duerme|dormid[oa]) ~4 (?:un lado|de un lado|la mitad|media cara|medio lado|de lado)",
        r"(?:un lado|la mitad|media) ~3 (?:de la |de su )?(?:cara|boca) ~3 (?:cayo|cae|caid[oa]|dormid[oa]|paraliz\w*|no (?:se )?mueve)",
        unless=_AT_THE_DENTIST,
    ),
    rule("stroke.numb_one_side", r"(?:left|right|one) side ~4 numb", unless=_AT_THE_DENTIST),
    rule("stroke.named", r"stroke|strokes|mini stroke"),
    rule(
        "stroke.fr",
        r"avc|accident vasculaire|attaque cerebrale",
        r"(?:bouche|visage) ~2 (?:de travers|paralyse|tordu|affaisse)",
        r"(?:faiblesse|paralysie) ~ (?:cote|moitie)",
        r"(?:ne peut|ne peux|n arrive) ~2 (?:plus|pas) (?:a )?(?:bouger|parler|lever)",
        r"(?:bras|jambe) ~3 ne bouge plus|parle ~2 bizarrement|perdu la vue",
        r"bafouill\w*|(?:articule|parle) (?:mal|difficilement)|ne trouve (?:plus|pas) ses mots|mots ~2 (?:melanges|incomprehensibles)",
    ),
    rule(
        "stroke.es",
        r"derrame|ictus|accidente cerebrovascular|ataque cerebral",
        r"(?:cara|boca) ~2 (?:caida|torcida|chueca|paralizada|ladeada)",
        r"no (?:puede|puedo) mover ~2 (?:brazo|pierna|lado)",
        r"(?:traba|arrastra) la lengua|habla raro|medio cuerpo|se le durmio ~3 lado",
        r"arrastra ~2 (?:las palabras|al hablar)|habla (?:arrastrando|enredado|trabado)|no se le entiende|balbucea",
    ),
)
