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
    r"(?:apret\w*|apriet\w*|aplast\w*|oprim\w*|opresion|presion|peso|pesad\w*|comprim\w*|"
    r"estruj\w*|elefante)"
)
# The chest and the spot in it: "in the middle of my chest", "behind the breastbone", "au
# milieu de la poitrine", "en el centro del pecho". The spot words can push the pressure word
# beyond the usual window, so they are spelled out instead of widening the window.
CHEST = r"(?:chest|breastbone|breast bone|sternum|poitrine|poitrail|cage thoracique|thorax|pecho|torax|esternon)"
# The heart as people locate chest pain: "like a fist squeezing my heart".
_HEART = r"(?:heart|coeur|corazon)"
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
CHEST_MENTIONED = rx(CHEST, _HEART, r"thoracique|toracico")
# What the body does around a heart attack, besides the pain: cold sweat, a grey or pale
# colour, nausea, a feeling of passing out. With the chest named as the trouble in the same
# message, that is cardiac, whatever the words for the pain.
CARDIAC_COMPANION = rx(
    r"sweat\w*|clammy|grey|gray|ashen|pale|nause\w*|throwing up|threw up|vomit\w*|"
    r"(?:pass|passing|passed|nearly passed|almost passed) out|faint\w*|(?:left )?arm (?:is )?(?:numb|tingl\w*|heavy|hurts|aching)|jaw|"
    r"white as a sheet|(?:is|looks|went|gone|turned|going|turning) (?:all |really |very |so )?white",
    r"sueurs?|suant|en nage|transpir\w*|gris|grise|blanc comme|pale|livide|nause\w*|vomi\w*|envie de vomir|"
    r"(?:va|vais) (?:tomber dans les pommes|s evanouir|m evanouir)|(?:failli|presque) (?:m |s )?evanoui\w*|bras gauche|machoire|"
    r"(?:est|etait|devient|devenu\w*) (?:tout |toute |tres |vraiment )?(?:blanc|blanche|blanme|bleme)",
    r"sud\w*|sudor\w*|palid[oa]|gris|nause\w*|vomit\w*|(?:me|se) (?:voy|va) a desmayar|casi (?:me|se) desmay\w*|brazo izquierdo|mandibula|quijada|"
    r"(?:esta|se puso|se pone|se esta poniendo) (?:toda |todo |muy )?(?:blanc[oa]|amarill[oa])",
)
# A cold sweat or a grey colour: with jaw or left-arm pain, a heart attack without chest pain.
_COLD_SWEAT = rx(
    r"clammy|cold sweats?|sweating|sweaty|drenched in sweat|grey|gray|ashen",
    r"sueurs? froides?|moite|en sueur|en nage|transpire\w*|gris|grise",
    r"sudor frio|suda frio|sudando|sudoros[oa]|empapad[oa] en sudor|pegajos[oa]",
)
# A jaw or an arm that aches for an ordinary reason: teeth, a workout.
_ORDINARY_ACHE = rx(
    r"tooth|teeth|dentist\w*|dental|molar|grinding|tmj|wisdom|braces|gym|workout|work out|lifting|weights|tennis",
    r"dent|dents|dentiste|molaire|sport|muscu\w*|muela|muelas|dientes|dentista|gimnasio|pesas",
    # A jab in the arm, a fever or the heat: a sore arm and sweat with a reason of their own.
    r"jab|shot|vaccin\w*|vacuna\w*|injection|inyeccion|fever|fievre|fiebre|heat|chaleur|calor|hot",
)
# The chest named as the trouble, in plain words: it hurts, it is tight or heavy, someone
# holds it. Paired with a companion sign above.
_CHEST_TROUBLE = (
    rf"{CHEST} ~4 (?:hurt\w*|pain\w*|ache\w*|tight\w*|heavy|pressure|weird|funny|strange|odd|burning)",
    rf"(?:pain|pains|ache|tight\w*|pressure|heavy|heaviness|band|weight|hurts) ~4 {CHEST}",
    rf"(?:clutch\w*|grab\w*|holding|gripping|rubbing) ~2 {CHEST}",
    rf"(?:tient|teint|tenait|agrippe|serre|frotte) ~2 (?:la |sa |ma )?{CHEST}|{CHEST} ~4 (?:fait mal|mal|bizarre|serre\w*|brul\w*)",
    rf"(?:agarra|agarro|agarrando|sostiene|tocando|aprieta|apretando|quema|arde|duele|oprime) ~2 (?:el )?{CHEST}|{CHEST} ~4 (?:duele|dolor|raro|arde|apret\w*|apriet\w*)",
    rf"(?:mal|douleur|dolor|duele) ~4 {CHEST}",
)
# A mild chest ache with an ordinary cause in the same clause ("mild chest pain when I cough,
# probably a cold", "un peu mal à la poitrine quand je tousse") is chest-wall or chest-cold
# pain, a reason to book. Both halves must be there: any chest pain without them still fires.
_MILD = (
    r"mild|slight|slightly|a bit|a little|a twinge|twinges|niggle|niggling|un peu|legere|leger|"
    r"legerement|petite|un poco|leve|ligero|ligera|ligeramente"
)
_ORDINARY_CAUSE = (
    r"(?:when|if) i (?:cough|sneeze|press|push on it|twist|turn|lift)|coughing|sneezing|"
    r"(?:a|my|the) (?:cold|flu|cough)(?! sweat)|pulled a muscle|(?:after|from|since)(?: \S+){0,4} (?:the gym|lifting|working out|workout)|"
    r"quand je (?:tousse|respire fort|appuie|bouge)|en toussant|(?:un|mon) rhume|la toux|"
    r"(?:al|cuando) (?:toser|toso|estornudar|apretar|aprieto|moverme)|(?:un|el|mi) resfriado|la tos"
)
MILD_WITH_AN_ORDINARY_CAUSE = re.compile(
    rf"^(?=.*(?<![a-z])(?:{_MILD})(?![a-z]))(?=.*(?<![a-z])(?:{_ORDINARY_CAUSE})(?![a-z]))"
)
# A limb that went to sleep under the body, or a known nerve problem.
_SLEPT_ON_IT = rx(
    r"(?:slept|sleeping|sleep|lying|lay|laying) on (?:it|them|my|his|her)|carpal tunnel|pinched nerve|dentist\w*",
    r"dormi dessus|couche dessus|canal carpien|nerf coince|durmiendo encima|dormi encima|tunel carpiano|nervio pinzado",
)

# What is left of an old stroke, told as such: "he had a stroke in 2020, he's still weak on
# the left", "depuis son AVC il parle encore mal", "desde el derrame todavía arrastra la
# pierna". A sign that came back, got worse or started today is a new stroke.
_RESIDUAL_OF_AN_OLD_STROKE = (
    r"^(?!.*(?<![a-z])(?:again|worse|sudden\w*|new|today|this morning|just now|de nouveau|pire|soudain\w*|aujourd hui|ce matin|otra vez|de nuevo|peor|de repente|hoy|esta manana|(?:and|but|mais|et|pero|y) (?:now|maintenant|la|ahora))(?![a-z]))"
    r"(?=.*(?<![a-z])(?:(?:had|has had|a eu|a fait|tuvo|le dio|since|after|from|depuis|desde|apres|despues de) (?:a |an |his |her |my |un |une |son |sa |su |el )?(?:stroke|mini stroke|avc|derrame|ictus)|(?:old|previous|past|ancien|precedent|anterior) (?:stroke|avc|derrame|ictus))(?![a-z]))"
    r"(?=.*(?<![a-z])(?:still|since then|ever since|encore|toujours|depuis|todavia|aun|sigue|desde entonces)(?![a-z]))"
)
# Speech changed by a brace, a numb or lopsided face for a few hours after a dental
# anaesthetic: "habla raro desde que tiene brackets".
_MOUTH_WORK = r"(?<![a-z])(?:braces|brackets|retainer|frenillos|ortodoncia|appareil dentaire|bagues|tongue piercing|piercing|dentist\w*|dentiste|dentista|anaesthe\w*|anesthe\w*|anestesi\w*)(?![a-z])"
# A face that has always looked that way, told as such: "my face looks droopy in every photo,
# that's just how I smile", "c'est comme ça depuis toujours", "así sonrío desde siempre".
# Anything new, sudden or today keeps the alarm.
_LIFELONG_LOOK = (
    r"^(?!.*(?<![a-z])(?:sudden\w*|today|this morning|now|just now|soudain\w*|aujourd hui|ce matin|maintenant|de repente|hoy|esta manana|ahora)(?![a-z]))"
    r"(?=.*(?<![a-z])(?:in (?:every|all|all my|all his|all her|most|each) (?:photos?|pictures?|pics|selfies?)|(?:thats|that s|its|it s|just|always been|always) (?:just )?how (?:i|my|he|she|his|her) (?:smile|smiles|look|looks|face)|born (?:like that|with it)|since birth|(?:my|his|her) whole life"
    r"|(?:dans|sur) (?:toutes|chaque) (?:les |mes |ses )?photos?|depuis (?:toujours|la naissance|sa naissance|ma naissance)|de naissance|c est (?:juste )?comme ca que (?:je|il|elle) sourit"
    r"|en todas (?:las|mis|sus) fotos|de nacimiento|desde (?:siempre|que naci|que nacio)|(?:asi|siempre) (?:sonrio|sonrie|ha sido))(?![a-z]))"
)
_NOT_A_NEW_STROKE = re.compile(rf"{_RESIDUAL_OF_AN_OLD_STROKE}|{_MOUTH_WORK}|{_LIFELONG_LOOK}")

_NOT_A_NEW_STROKE_OR_SLEPT_ON_IT = re.compile(
    rf"{_NOT_A_NEW_STROKE.pattern}|{_SLEPT_ON_IT.pattern}"
)

# Stroke signs by kind, for the "two signs, or one sign that came on suddenly" rule below.
# A weak arm after a night on it, or blurred eyes after screens, is not one of them alone.
_LIMB = r"(?:arm|leg|hand|side|bras|jambe|main|cote|brazo|pierna|mano|lado)"
LIMB_WEAK = (
    rf"(?:se le|se me) (?:cae|cayo|caia|duerme|durmio) ~2 (?:el |la )?{_LIMB}",
    rf"(?:left|right|one|whole) {_LIMB} ~4 (?:weak\w*|heavy|numb|limp|dead|useless|floppy|gave out|gave way|wont move|(?:isnt|not|stopped|wont|doesnt) work\w*|went \w+)",
    rf"{_LIMB}s? (?:went|gone|go|going|is going|has gone) (?:limp|dead|floppy|numb|weak)",
    rf"(?:my|his|her|their) {_LIMB} (?:is|went|feels|has gone|gone|felt) (?:so |really |very |all )?(?:weak|limp|dead|numb|heavy|floppy|useless)",
    rf"(?:son|sa|mon|ma) {_LIMB} (?:lache|est (?:tout )?(?:mou|molle|faible|mort|morte|engourdi\w*))|(?:su|mi) {_LIMB} (?:no (?:le |me )?responde|esta (?:muy )?(?:debil|dormid[oa]|muert[oa]))",
    r"(?:moitie|un cote) (?:du|de son|de sa|de mon|de ma) (?:corps|visage) ~3 (?:engourdi\w*|paralys\w*|faible|mort\w*|ne bouge|bouge plus)",
    rf"(?:peut|peux|pouvait|arrive) (?:plus|pas) (?:a )?(?:lever|bouger|tenir) ~3 {_LIMB}",
    rf"{_LIMB} (?:gauche|droit|droite) ~4 (?:faible|lourd\w*|engourdi\w*|mort\w*|ne repond|repond plus|bouge plus|lache)",
    rf"{_LIMB} (?:izquierd[oa]|derech[oa]) ~4 (?:debil|pesad[oa]|dormid[oa]|muert[oa]|no (?:se )?mueve|no responde|no le responde|no (?:lo|la) puede)",
    rf"no (?:puede|puedo|podia) (?:levantar|mover|sostener) ~3 {_LIMB}",
    # A grip that has gone: "can't squeeze my hand with her left".
    r"(?:cant|cannot|couldnt|unable to) (?:squeeze|grip|hold) ~4 (?:hand|hands|fingers|cup)",
    r"(?:peut|peux|arrive) (?:plus|pas|pu) (?:a )?serrer ~3 main|no (?:puede|puedo) (?:apretar|agarrar) ~3 mano",
    # A limb that no longer obeys, feels like someone else's, or fumbles: "my left arm and
    # leg won't do what I tell them", "sa main droite ne lui obéit plus", "la mano derecha no
    # le hace caso".
    rf"{_LIMB}s? ~4 (?:wont|doesnt|dont|wouldnt|cant|isnt|arent|will not|does not) (?:do what|obey|listen|cooperate|respond)",
    rf"{_LIMB}s? ~6 (?:like (?:someone|somebody) elses|(?:isnt|arent|not) (?:mine|my own|his own|her own)|belong\w* to (?:someone|somebody) else)",
    rf"(?:left|right|one) {_LIMB} ~4 (?:fumbl\w*|clumsy)|(?:hand|hands|arm|main|mano) ~2 (?:keeps dropping|kept dropping|drops? (?:things|everything|stuff))",
    rf"{_LIMB} ~4 (?:m |me |lui |leur )?obei\w* (?:plus|pas|pu)|{_LIMB} ~6 comme si (?:il|elle|ils|elles) (?:n )?etai\w* (?:pas )?(?:a moi|a lui|a elle|a quelqu un d autre)",
    rf"{_LIMB} (?:gauche|droit|droite) ~4 (?:maladroit\w*|echappe tout|laisse tout tomber)",
    rf"{_LIMB} ~4 no (?:me |le )?(?:obedece\w*|hace\w* caso)|{_LIMB} ~6 como si (?:no )?fuera (?:mi[oa] |suy[oa] )?(?:de otra persona|ajen[oa]|de alguien mas)",
    rf"{_LIMB} (?:izquierd[oa]|derech[oa]) ~4 (?:torpe|se le cae todo|se le caen las cosas)",
)
SPEECH_WRONG = (
    r"(?:talk\w*|speech|speak\w*|words|saying) ~5 (?:(?:make|makes|making|made) (?:no|any) sense|nothing makes sense)|(?:talk\w*|speech|words) ~3 (?:gibberish|nonsense|jumbled|garbled|mixed up|weird|funny|strange|wrong)",
    r"(?:parle|parlait) (?:pas|plus) (?:clair|comme du monde|normalement)|(?:parle|parlait|mots|phrases) ~3 (?:tout )?(?:mele\w*|melang\w*|croche\w*|bizarre\w*|incoherent\w*|n importe comment|pateux)",
    r"no (?:puede|puedo|podia) hablar bien|(?:habla|hablaba|palabras) ~3 (?:raro|rara|enredad[oa]|trabad[oa]|incoherente|sin sentido|no se entiende|chistoso)",
    # The wrong words come out: "it's all the wrong words", "il se trompe de mots", "dice
    # palabras equivocadas".
    # Trouble getting words out or understanding them: "de la misère à parler", "suddenly he
    # can't understand what we say", "no entiende nada de lo que le decimos".
    r"(?:trouble|hard time|struggling|difficulty) (?:talking|speaking|getting (?:\S+ )?words out|finding (?:\S+ )?words)|(?:cant|cannot|doesnt|does not) (?:understand|follow) ~3 (?:we say|i say|anything|a word|what (?:we|i|you|people) (?:say|said|are saying))",
    r"(?:misere|mal|difficulte\w*|du mal|peine) a (?:parler|articuler|trouver ses mots)|(?:comprend|comprenait) (?:plus|pas|pu) ~3 (?:ce qu on|rien|ce que (?:je|on))",
    r"(?:dificultad|le cuesta|me cuesta|batalla) (?:para )?(?:hablar|articular)|no (?:entiende|comprende) (?:nada|lo que (?:le |se le )?(?:decimos|digo|dicen))",
    r"(?:wrong|random|made up|mixed up) words|words ~3 (?:dont|do not|that dont) (?:fit|belong|go together|make sense)|(?:says|said|saying) ~3 (?:nonsense|weird things|things that make no sense)",
    r"(?:mauvais|faux) mots|(?:se trompe|melange|inverse|confond) (?:de |les |ses )?mots|mots ~3 (?:pas les bons|sans (?:aucun )?sens)|(?:dit|disait) (?:des )?(?:choses|phrases) (?:sans (?:aucun )?sens|incoherentes|bizarres)",
    r"palabras (?:equivocadas|incorrectas|revueltas|al reves|sin sentido)|(?:cambia|confunde|revuelve|mezcla) (?:las )?palabras|dice (?:cosas|frases) (?:sin sentido|raras|incoherentes)",
)
SEEING_OR_WALKING_WRONG = (
    r"(?:vision|sight|eye) ~4 (?:went|gone|going|is) ~2 (?:dark|black|blurry|double|dim)|(?:lost|losing) ~2 (?:vision|sight)|double vision|(?:seeing|sees|see|saw) double|cant see ~3 (?:one|left|right) (?:side|eye)",
    r"(?:stumbl\w*|staggering|veering|leaning|falling|drifting) ~3 (?:to one side|to the (?:left|right)|sideways|like (?:hes|shes|he s|she s|he is|she is|a) drunk)|(?:walking|walks|moving) like (?:hes|shes|he s|she s|a) drunk|(?:cant|cannot) walk straight|lost (?:his|her|my) balance",
    r"(?:vois|voit) (?:double|plus rien|trouble) ~3 (?:oeil|cote)|perd\w* ~2 (?:la vue|l equilibre)|(?:tombe|penche) ~2 (?:sur le|d un) cote",
    r"(?:ve|veo) (?:doble|borroso|negro)|perd\w* ~2 (?:la vista|el equilibrio)|(?:se va|se cae|se ladea) (?:de|hacia) (?:un|el) lado",
)
_FACE_OFF = r"(?:face|mouth|smile|bouche|visage|cara|boca) ~3 (?:droop\w*|crooked|croche|de travers|torcid[oa]|chuec[oa]|sag\w*)"
_ONSET = (
    r"sudden\w*|all of a sudden|out of nowhere|out of the blue|just now|minutes? ago|mins? ago|came on",
    r"soudain\w*|d un coup|tout d un coup|subit\w*|depuis \d+ minutes|il y a \d+ minutes",
    r"de repente|de golpe|de la nada|repentin\w*|subit\w*|hace \d+ minutos",
    # Fine a moment ago: "he was fine at lunch, now ...", "elle allait bien ce matin",
    # "estaba bien hace una hora".
    r"(?:was|were|seemed) (?:totally |completely |perfectly |absolutely )?(?:fine|normal|ok|okay) ~3 (?:at (?:lunch|breakfast|dinner|noon)|this morning|an hour ago|(?:\d+|a few|ten|twenty|thirty) minutes? ago|earlier|until|before)",
    r"(?:allait|etait) (?:tres |tout a fait |parfaitement )?(?:bien|normal|normale) ~3 (?:ce matin|a midi|au dejeuner|au diner|il y a|tantot|avant)",
    r"estaba (?:bien|normal|perfectamente) ~3 (?:en la manana|al mediodia|en la comida|hace|hasta|antes)",
)


def _another_sign_or_onset(*others: tuple[str, ...]) -> re.Pattern[str]:
    return rx(*(p for group in others for p in group), _FACE_OFF, *_ONSET)


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
        rf"{CHEST}s? ~3 {CHEST_SQUEEZE_EN}|{CHEST}s? ~5 (?:crush\w*|squeez\w*|compress\w*)",
        rf"{CHEST_SQUEEZE_EN} ~4 {CHEST}|(?:squeez\w*|crush\w*|gripp\w*) ~2 {_HEART}",
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
        r"(?:irradi\w*|descend\w*|remont\w*|monte|montait|montent|part|partent|s etend\w*|file|va|diffus\w*) ~2 (?:dans|vers|jusqu|a|au|aux|le long) ~2 (?:bras|machoire|cou|epaule|epaules|dos)",
        # Up to the jaw or the arm, whatever the verb: "ça lui serre jusqu'à la mâchoire",
        # "up into my jaw", "me aprieta hasta la mandíbula".
        r"(?:all the way|right) (?:up|down) (?:to|into) ~2 (?:arm|jaw|neck|shoulder)|jusqu (?:a|au|aux|dans) ~2 (?:bras|machoire|cou|epaule|epaules)|hasta ~2 (?:brazo|mandibula|quijada|cuello|hombro)",
        r"(?:irradi\w*|baja|bajando|sube|subiendo|corre|extiende|pasa|va|iba|recorre) ~2 (?:a|al|hacia|por|hasta) ~2 (?:brazo|brazos|mandibula|quijada|cuello|hombro|hombros|espalda)",
        needs=(CHEST_MENTIONED,),
    ),
    rule(
        "cardiac.chest_with_companion_signs",
        *_CHEST_TROUBLE,
        needs=(CARDIAC_COMPANION,),
        needs_scope="message",
        unless_clause=MILD_WITH_AN_ORDINARY_CAUSE,
    ),
    # "Just indigestion" that comes with a cold sweat or a grey colour is not indigestion.
    rule(
        "cardiac.indigestion_with_alarm_signs",
        r"indigestion|heartburn|brulures? d estomac|agruras|acidez|indigestion",
        needs=(
            rx(
                r"sweating|sweaty|cold sweat|clammy|grey|gray|ashen|sueurs? froides?|transpire\w*|gris|grise|sudando|sudor frio"
            ),
        ),
        needs_scope="message",
        unless=rx(
            r"hot flash\w*|hot flush\w*|menopaus\w*|perimenopaus\w*|bouffees? de chaleur|bochornos?|sofocos?|(?:from|with) the heat"
        ),
    ),
    # No chest pain at all, as often in older women: the jaw or the left arm aches with a
    # cold sweat ("her jaw aches, she's clammy and nauseous", "mal à la mâchoire et des
    # sueurs froides", "le duele la quijada y suda frío").
    rule(
        "cardiac.jaw_or_arm_with_cold_sweat",
        r"jaw ~3 (?:aches?|aching|hurts|hurting|pain|pains|sore)|(?:ache|aches|aching|pain|pains|hurts|hurting|sore) ~3 (?:jaw|left arm|between (?:the|my|her|his) shoulder blades)|left arm ~3 (?:aches?|aching|hurts|hurting|pain|heavy|numb|tingl\w*)",
        r"(?:mal|douleur\w*) ~3 (?:machoire|bras gauche|entre les omoplates)|(?:machoire|bras gauche) ~3 (?:fait mal|douloureu\w*|engourdi\w*|lourd)",
        r"(?:dolor|duele|molestia) ~4 (?:mandibula|quijada|brazo izquierdo|entre los omoplatos)|(?:mandibula|quijada|brazo izquierdo) ~3 (?:duele|adolorid\w*|dormid\w*|pesad\w*)",
        needs=(_COLD_SWEAT,),
        needs_scope="message",
        unless=_ORDINARY_ACHE,
    ),
    rule("cardiac.heart_attack", r"heart attacks?|cardiac arrest|myocardial infarction"),
    rule(
        "cardiac.fr",
        r"(?:douleur|douleurs|mal) ~ (?:a|dans) la poitrine|douleur thoracique",
        r"oppression ~2 (?:poitrine|thoracique)|serre ~2 (?:dans|a) la poitrine",
        r"poitrine qui serre|crise cardiaque|infarctus|arret cardiaque",
        rf"{CHEST} ~4 {CHEST_SQUEEZE_FR}|{CHEST_SQUEEZE_FR} ~4 {CHEST}|{CHEST_SQUEEZE_FR} ~3 (?:le |mon |son )?coeur",
        unless_clause=MILD_WITH_AN_ORDINARY_CAUSE,
    ),
    rule(
        "cardiac.es",
        r"dolor ~ (?:en el|de|del) pecho|(?:me|le) duele ~2 (?:el )?pecho",
        r"(?:presion|opresion) ~2 (?:en el|del) pecho",
        r"infarto|ataque (?:al|del|de) corazon|ataque cardiaco|paro cardiaco",
        rf"{CHEST} ~4 {CHEST_SQUEEZE_ES}|{CHEST_SQUEEZE_ES} ~4 {CHEST}|{CHEST_SQUEEZE_ES} ~3 (?:el )?corazon",
        unless_clause=MILD_WITH_AN_ORDINARY_CAUSE,
    ),
    # --- stroke -------------------------------------------------------------------------
    rule(
        "stroke.face_arm_speech",
        r"(?:face|mouth|smile) ~2 (?:drooping|droopy|droops|crooked|uneven|lopsided)",
        r"drooping (?:face|mouth|on one side)|face droop\w*",
        r"slurr\w+|(?:speech|words) ~4 (?:garbled|jumbled|muddled|scrambled|coming out wrong|all wrong|not making sense|backwards)",
        rf"{CANT} (?:get|find|say) ~2 (?:words|the words|my words|his words|her words)|talking (?:gibberish|nonsense)|speaking gibberish",
        rf"{CANT} (?:lift|move|raise|feel) ~2 (?:arm|leg|side)",
        r"(?:suddenly|sudden) ~3 (?:cant|cannot|can not|unable to) (?:talk|speak)",
        r"(?:left|right|one) side ~4 (?:weak|paralyzed|paralysed|limp|dead|floppy|useless|gave out)",
        r"(?:weakness|numbness|paralysis) (?:on|of) ~2 (?:one|left|right) side",
        unless=_NOT_A_NEW_STROKE,
    ),
    # One side of the face drops, in the words people use for it ("his face is sagging on one
    # side", "se le torció la boca", "sa bouche est tombée d'un côté"). A numb face after the
    # dentist is not that.
    rule(
        "stroke.face_one_side",
        r"(?:face|mouth|smile|lip|lips) ~3 (?:sag\w*|slump\w*|pulled|twisted|dropped|dropping|slid|sliding|fallen|fell|numb|paraly\w*|frozen|gone funny|looks funny|looks weird|looks strange) ~3 (?:one side|to the side|to one side|on the left|on the right|left side|right side)",
        r"(?:one|left|right) side of ~2 (?:face|mouth|smile) ~3 (?:droop\w*|dropped|dropping|sag\w*|fallen|fell|slump\w*|numb|paraly\w*|frozen|not moving|isnt moving|stopped moving|wont move|doesnt move|cant move|dead)",
        r"(?:one|left|right) side ~2 (?:droop\w*|dropp\w*|sag\w*)",
        # Half of a smile or a face that moves: "only half her smile moves", "la moitié de son
        # sourire bouge", "solo se le mueve media sonrisa".
        r"half (?:of )?(?:her|his|my|their|the) (?:face|smile|mouth) ~3 (?:moves|moving|works|droop\w*|drop\w*|sag\w*|numb|dead|frozen)",
        r"(?:moitie|un cote) (?:de son|de sa|du|de la) (?:sourire|visage|bouche) ~3 (?:bouge|tombe|pend)|(?:media|la mitad de la) (?:sonrisa|cara|boca) ~3 (?:se mueve|mueve|caid[oa]|cae)",
        # The "can't" is part of the sign, so it is part of the pattern (no negation before it).
        r"(?:cant |cannot |no puede |no puedo |ne peut plus |ne peut pas |ne peux plus )?(?:smile|sourire|sonreir) ~3 (?:one side|on one side|d un cote|un cote|de un lado|un lado)",
        r"(?:face|mouth|smile) ~2 (?:sagging|twisted|slumped|paralysed|paralyzed|frozen on one side)",
        r"corner of ~2 mouth ~3 (?:droop\w*|dropp\w*|sag\w*|fall\w*|fell|down|pulled)",
        r"coin (?:de la|de sa|de ma|de son|des) (?:bouche|levres) ~3 (?:tomb\w*|pend\w*|affaiss\w*|descend\w*)",
        r"comisura ~3 (?:caid[oa]|cae|cayo|baja|bajo|torci\w*|ladead\w*)",
        r"(?:bouche|visage|levre|levres|sourire|figure|joue) ~4 (?:de travers|croche|paralys\w*|tordu\w*|tord|affaiss\w*|deform\w*|devi\w*|asymetrique|engourdi\w*|tomb\w*|pend\w*|part|partie|tire\w*) ~3 (?:d un cote|d un seul cote|sur le cote|a gauche|a droite|un cote|d un bord|d un bord)",
        r"(?:bouche|visage|sourire) ~2 (?:de travers|croche|paralys\w*|tordu\w*|tord|affaiss\w*|deform\w*|devie\w*|asymetrique)",
        r"(?:un cote|la moitie|moitie) ~2 (?:du|de son|de sa|de mon|de ma|de la) (?:visage|bouche|figure) ~3 (?:tomb\w*|paralys\w*|affaiss\w*|engourdi\w*|ne bouge|bouge plus|fig\w*|pend\w*)",
        r"(?:cara|boca|labio|labios|sonrisa|rostro) ~3 (?:torci\w*|tuerc\w*|chuec\w*|ladead\w*|ladeo|ladea|desviad\w*|desvio|desvia|paraliz\w*|caid[oa]|de lado|hacia un lado|deform\w*)",
        r"(?:torcio|tuerce|torcido|torcida|ladeo|ladea|desvio|desvia|paralizo|paraliza) ~3 (?:la |el |un lado de la |la mitad de la |media )?(?:cara|boca|labio|rostro)",
        r"(?:cayo|cae|caido|caida|durmio|duerme|dormid[oa]) ~4 (?:un lado|de un lado|la mitad|media cara|medio lado|de lado)",
        r"(?:un lado|la mitad|media) ~3 (?:de la |de su )?(?:cara|boca) ~3 (?:cayo|cae|caid[oa]|dormid[oa]|paraliz\w*|no (?:se )?mueve)",
        unless=_NOT_A_NEW_STROKE,
    ),
    # Two signs of the face-arm-speech-eyes-balance kind, or one with a sudden onset.
    rule(
        "stroke.weak_limb",
        *LIMB_WEAK,
        needs=(_another_sign_or_onset(SPEECH_WRONG, SEEING_OR_WALKING_WRONG),),
        needs_scope="message",
        unless=_NOT_A_NEW_STROKE_OR_SLEPT_ON_IT,
    ),
    rule(
        "stroke.speech",
        *SPEECH_WRONG,
        needs=(_another_sign_or_onset(LIMB_WEAK, SEEING_OR_WALKING_WRONG),),
        needs_scope="message",
        unless=_NOT_A_NEW_STROKE,
    ),
    rule(
        "stroke.sight_or_balance",
        *SEEING_OR_WALKING_WRONG,
        needs=(_another_sign_or_onset(LIMB_WEAK, SPEECH_WRONG),),
        needs_scope="message",
        unless=_NOT_A_NEW_STROKE,
    ),
    rule("stroke.numb_one_side", r"(?:left|right|one) side ~4 numb", unless=_NOT_A_NEW_STROKE),
    # A curtain or shade coming down over one eye: a warning stroke, even if it lifts.
    rule(
        "stroke.curtain_over_one_eye",
        r"(?:like )?a (?:\S+ )?(?:curtain|shade|blind|veil) ~4 (?:over|down|across|coming down|came down|fell)|comme un (?:rideau|voile noir)|como (?:una )?(?:cortina|persiana|telon)",
        needs=(rx(r"eye|eyes|vision|sight|oeil|yeux|vue|ojo|ojos|vista"),),
        unless=_NOT_A_NEW_STROKE,
    ),
    rule("stroke.named", r"stroke|strokes|mini stroke"),
    rule(
        "stroke.fr",
        r"avc|accident vasculaire|attaque cerebrale",
        r"(?:bouche|visage) ~2 (?:de travers|paralyse|tordu|affaisse)",
        r"(?:faiblesse|paralysie) ~ (?:cote|moitie)",
        r"(?:ne peut|ne peux|n arrive) ~2 (?:plus|pas) (?:a )?(?:bouger|parler|lever)",
        r"(?:bras|jambe) ~3 ne bouge plus|parle ~2 bizarrement|perdu la vue",
        r"bafouill\w*|(?:articule|parle) (?:mal|difficilement)|ne trouve (?:plus|pas) ses mots|mots ~2 (?:melanges|incomprehensibles)",
        unless=_NOT_A_NEW_STROKE,
    ),
    rule(
        "stroke.es",
        r"derrame|ictus|accidente cerebrovascular|ataque cerebral",
        r"(?:cara|boca) ~2 (?:caida|torcida|chueca|paralizada|ladeada)",
        r"no (?:puede|puedo) mover ~2 (?:brazo|pierna|lado)",
        r"(?:traba|arrastra) la lengua|habla raro|medio cuerpo|se le durmio ~3 lado",
        r"arrastra ~2 (?:las palabras|al hablar)|habla (?:arrastrando|enredado|trabado)|no se le entiende|balbucea",
        unless=_NOT_A_NEW_STROKE,
    ),
)
