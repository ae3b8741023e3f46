"""Pregnancy danger signs and fever in a baby under three months."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx
from assistant.triage.rules.words import FEVER_WORDS

# Pregnant, by name or by a gestational age ("34 wks", "à 30 semaines", "tiene 34 semanas"):
# thirteen weeks and up, which is not how old a baby is said to be, nor a duration.
_GESTATION = (
    r"(?<!for )(?<!since )(?<!over )(?<!past )(?<!last )(?<!in )(?<!depuis )(?<!pendant )(?<!dans )"
    r"(?<!desde )(?<!durante )(?<!hace )(?<!en )"
    r"(?:1[3-9]|[23]\d|4[0-2]) ?(?:weeks|week|wks|wk|semaines|semaine|semanas|semana|sem|sa|sg)"
    r"(?! (?:old|ago|de vida|de nacid\w*|after|apres|despues|post))"
)
# Early weeks said in the first person: "i'm 7 weeks", "je suis à 8 semaines", "tengo 9
# semanas", "estoy de 6 semanas". Said of a baby ("tiene 6 semanas") it is an age, so only
# the writer, or a partner, counts.
_EARLY_WEEKS = (
    r"(?:im|i am|shes|she is|(?:wife|girlfriend|partner) is|(?:wifes|girlfriends|partners)) (?:only |just |about )?(?:[4-9]|1[0-2]) ?(?:weeks|wks|wk)(?! (?:old|ago|post|after|into|since|of|in|out|late|behind|away|off|from))",
    r"(?:je suis|elle est|ma (?:femme|blonde|conjointe) est) (?:a |rendue a )?(?:[4-9]|1[0-2]) ?(?:semaines|sa|sg)(?! (?:de vie|apres|post))",
    r"(?:tengo|estoy de|esta de|ando de|voy en|va en) (?:[4-9]|1[0-2]) (?:semanas|semanitas)(?! de (?:vida|nacid\w*|vacaciones|incapacidad|permiso|baja))",
)
PREGNANT = rx(
    r"pregnant|pregnancy|expecting a baby|preggo|preggers",
    # A due date close: "due in 3 weeks", "accouchement prévu dans 2 semaines", "salgo de
    # cuentas en 10 días".
    r"(?:im|i am|shes|she is|were|baby is|(?:wife|girlfriend|partner) is) due (?:in|any day|next|this)|due date",
    r"(?:terme|accouchement) (?:prevu|est prevu|dans)|(?:je|elle) (?:dois|doit) accoucher|salgo de cuentas|(?:fecha|dia) (?:de|del) parto|(?:me|le) toca (?:dar a luz|parir)",
    r"enceinte|grossesse|attend un bebe",
    r"embarazada|embarazo|encinta|en cinta",
    _GESTATION,
    # Weeks spelled out: "thirty four weeks", "trente-deux semaines", "treinta y dos semanas".
    r"(?:twenty|thirty)(?: (?:one|two|three|four|five|six|seven|eight|nine))? (?:weeks|wks)|(?:vingt|trente)(?: et un| (?:deux|trois|quatre|cinq|six|sept|huit|neuf))? semaines|(?:veinti\w+|treinta(?: y \w+)?) semanas",
    *_EARLY_WEEKS,
)
_NOT_A_BLOOD_TEST = (
    r"(?<!prise de )(?<!analyse de )(?<!analyses de )(?<!bilan de )(?<!test de )(?<!examen de )(?<!dosage de )"
    r"(?<!analisis de )(?<!prueba de )(?<!pruebas de )(?<!examen de )(?<!examenes de )(?<!estudio de )"
    r"(?<!estudios de )(?<!muestra de )(?<!toma de )(?<!donar )(?<!don de )(?<!donacion de )(?<!groupe de )"
    r"(?<!azucar en )(?<!sucre dans le )(?<!presion de la )"
)
# Days or weeks after a birth, when heavy bleeding or a fever is as urgent as before it.
POSTPARTUM = rx(
    r"gave birth|given birth|just delivered|post ?partum|(?:since|after) (?:the|my|her) (?:delivery|birth|c section|caesarean|cesarean)",
    r"(?:had|delivered) (?:my|the|our|her) baby ~3 (?:ago|days|week|yesterday|last)",
    r"accouch\w*|post ?partum|depuis (?:la|ma|sa) cesarienne",
    r"di a luz|dio a luz|(?:despues|tras) (?:del|de mi|de su) (?:parto|cesarea)|posparto|postparto|recien parida|cuarentena",
)
_PRETERM = rx(
    r"(?:2\d|3[0-6]) ?(?:weeks|wks|wk|semaines|semanas|sem)|too (?:early|soon)|premature|preterm|early labou?r",
    r"trop tot|prematur\w*|muy pronto|antes de tiempo|demasiado pronto",
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
    # A few weeks old, or "three" with two letters swapped ("there weeks old"): never a
    # duration, since "old" follows.
    r"(?:a few|few|several|a couple of|couple of|there) weeks old|(?:quelques|plusieurs) semaines de vie|(?:unas|pocas|algunas) semanas de (?:vida|nacid[oa])",
    rf"{_NOT_A_DURATION}{_DAYS} (?:day|days|jour|jours|dia|dias|diitas){_NOT_AGO}(?: old| de vida| de nacid[oa])?",
    rf"{_NOT_A_DURATION}(?:1|2|one|two|a|un|deux|uno|dos) (?:month|months|mois|mes|meses|mesecito|mesecitos){_NOT_AGO}(?: old)?",
    rf"{_NOT_A_DURATION}(?:a|un|1|uno) (?:month|mois|mes) (?:and a half|et demi|y medio)|de mes y medio",
    # Born a few weeks ago: an age, even though it reads like history.
    rf"(?:born|ne|nee|nacio|nacido|nacida) ~2 (?:{_SMALL}|{_DAYS}|a|a few|quelques|unos) (?:day|days|week|weeks|jour|jours|semaine|semaines|dia|dias|semana|semanas) ago",
    rf"(?:born|ne|nee|nacio|nacido|nacida) ~2 (?:il y a|hace) (?:{_SMALL}|{_DAYS}|quelques|unos|unas) (?:jours|semaines|dias|semanas)",
)

# The baby's movements, then none or far fewer: "she usually feels kicks all day but nothing
# since yesterday", "il bouge beaucoup moins", "casi no se mueve desde ayer". Juice, cold
# water or lying on the side are what people try first.
_FEWER_MOVEMENTS = (
    r"(?:kicks?|kicking|movements?|moving|moves|flutters?) ~8 (?:nothing|none|not a thing|not one|no more|not anymore)(?: at all)? ~2 (?:since|all day|today|this morning|for (?:\S+ )?hours|in (?:\S+ )?hours)",
    r"(?:much |way |a lot |far )?(?:fewer|less) (?:kicks|kicking|movements?|moving)|(?:moving|kicking|moves|kicks) (?:much |way |a lot |far )?less",
    r"(?:not|hasnt|havent|no) ~3 (?:moved|kicked|felt (?:a|any) (?:kick|movement)) (?:even )?(?:after|with) (?:juice|cold water|sugar|eating|lying|a snack|drinking)",
    r"(?:bouge|remue|mouvements|coups de pied) ~8 (?:plus rien|rien du tout|rien depuis|aucun\w* depuis)|(?:bouge|remue) (?:beaucoup |bien |vraiment )?moins|(?:moins|presque plus) de (?:mouvements|coups)",
    r"(?:se mueve|patea|patadas|movimientos) ~8 (?:nada|ya no|ninguna|ningun) ~2 (?:desde|en todo el dia|hoy|en horas)|(?:se mueve|patea) (?:mucho |muy )?menos|casi no (?:se mueve|patea|lo siento)|menos (?:movimientos|patadas)",
)

_MOVEMENT_WORD = rx(
    r"kicks?|kicking|movements?|moving|moves|flutters?|wiggl\w*",
    r"bouge\w*|remue\w*|mouvements?|coups de pied",
    r"patadas?|patea\w*|se mueve|moverse|movimientos?",
)

# A reading taken and found normal ("temp was 37.1", "36,9 de temperatura"), with no
# feverish reading beside it: a question, not a fever.
_NORMAL_READING_ONLY = rx(
    r"^(?!.*(?<![\d.])(?:3[89]|4[01]|10[0-6])(?!\d))(?=.*(?<![\d.])(?:3[4-7]|9[5-9])(?:[. ]\d)?(?!\d)).*(?:temp|temperature|temperatura)"
)
# Once punctuation is lost, "100.8" is typed "100 8".
_FAHRENHEIT_WITHOUT_POINT = r"100 [4-9](?!\d)"

# Not labour: practice contractions (in the clause), or a few mild ones now and then (in the
# message).
# Contractions at a rhythm ("every 5 minutes") are labour, whatever word comes with them.
_PRACTICE_CONTRACTIONS = rx(r"braxton|practice contractions")
_NOT_LABOUR = rx(
    r"^(?!.*(?<![a-z])(?:(?:every|aux|toutes les|cada) (?:\d+|few|couple|cinq|dix|quinze|cinco|diez|quince)|regular\w*|reguli\w*)(?![a-z])).*(?:"
    r"(?:now and then|once in a while|after walking|occasional\w*|irregular\w*|irregulier\w*|de temps en temps|de vez en cuando|(?:small|little|mild|petites|legeres|pequenas|leves) contra\w*)"
    r")",
)

RULES: tuple[Rule, ...] = (
    # --- pregnancy (a danger sign in a message that says the writer is pregnant) ---------
    rule(
        "pregnancy.danger_sign",
        r"bleed\w*|spotting heavily|saign\w*|blood(?! (?:test|tests|pressure|sugar|work|type|group|count|draw|results?))(?:losing|lose|lost|perds|perd|perdiendo|pierdo) ~2 (?:blood|sang|sangre)",
        # Blood, but not a blood test: "du sang rouge vif qui coule", not "une prise de sang".
        rf"{_NOT_A_BLOOD_TEST}(?:sang|sangr\w*)(?! (?:test|froid|frio|type|group\w*))",
        r"(?:filled|soaked|gone through|went through|changing|changed) ~3 (?:pads?|towels?|underwear)|(?:rempli\w*|remplit|traverse\w*|change\w*) ~3 (?:serviettes?|protections?|couches?)|(?:llen\w*|cambi\w*) ~3 (?:toallas?|compresas?)",
        # A blow to the belly: a crash, a fall, a kick.
        r"car (?:accident|crash)|accident (?:de|d) (?:voiture|char|auto)|accidente (?:de carro|de coche|de auto|automovilistico|vial)",
        r"(?:fell|fall|fallen|tripped) ~3 (?:stairs|belly|stomach|down|hard)|(?:hit|punched|kicked) ~3 (?:belly|stomach|abdomen)",
        r"tombe\w* ~3 (?:escaliers|ventre|marches)|(?:coup|coups) ~3 ventre|(?:me cai|se cayo|caida) ~3 (?:escaleras?|panza|barriga|estomago)|golpe ~3 (?:panza|barriga|vientre)",
        # Severe-range blood pressure (160 and over), and a high fever.
        r"(?:1[6-9]\d|2[0-4]\d)(?: ?/ ?| over | sur | sobre | )(?:9\d|1[0-4]\d)(?!\d)",
        # The writer's own: "I'm pregnant and my toddler has a fever" is about the toddler.
        r"(?:i have|i ve got|ive got|i got|im running|i am running|j ai|je fais|tengo|traigo|(?:pregnant|weeks|wks|enceinte|semaines|embarazada|semanas) (?:with|avec|con)) ~2 (?:fever|fievre|fiebre|temperature|temperatura|temp|calentura) ~3 (?:3[89]|4[01]|10[1-6])(?:[., ]\d)?(?!\d)",
        r"(?:i have|i ve got|ive got|i got|im running|j ai|je fais|tengo) ~2 (?:high|very high|forte|une forte) (?:fever|fievre)|tengo ~2 fiebre (?:alta|muy alta)",
        r"soak\w* ~3 (?:pad|pads|towel|towels)|clots|caillots|(?:tremp\w*|imbib\w*) ~3 (?:serviette|serviettes)|coagulos|cuajos|(?:empap\w*|llen\w*) ~3 (?:toalla|toallas|compresa\w*)",
        # An ectopic pregnancy: sharp pain low on one side, pain in the tip of the shoulder,
        # fainting.
        r"(?:sharp|stabbing|severe|intense|knife like) ~3 pain|pain ~4 (?:one side|on the (?:left|right))|shoulder tip|tip of (?:my|her) shoulder",
        r"faint\w*|pass(?:ed|ing)? out|black(?:ed|ing) out",
        r"douleur\w* (?:vive|aigue|intense|atroce|en coup de couteau)|douleur ~4 (?:d un (?:seul )?cote|a gauche|a droite)|bout de l epaule|evanoui\w*|tomber dans les pommes",
        r"dolor (?:fuerte|fortisimo|fuertisimo|muy fuerte|agudo|punzante|intenso|horrible|insoportable|terrible) ~4 (?:panza|barriga|vientre|abdomen|estomago|pelvis|lado|costado|hombro)|dolor ~4 (?:de un (?:solo )?lado|del lado (?:izquierdo|derecho))|punta del hombro|desmay\w*",
        r"greenish|green (?:fluid|water)|meconium|verdatre|verdos[oa]|liquide vert|liquido verde",
        r"(?:severe|bad|strong|terrible|intense) ~3 (?:abdominal|stomach|belly|tummy|pelvic) ~2 (?:pain|cramps)|(?:abdominal|stomach|belly|tummy) (?:pain|cramps)",
        r"(?:pain|pains|cramps|cramping) ~3 (?:in|on) ~2 (?:belly|stomach|tummy|abdomen|pelvis)",
        # Pre-eclampsia: pain under the right ribs, a headache that will not go, sudden
        # swelling of the hands, feet or face; a belly hard as a rock that will not relax.
        r"(?:bad|severe|strong|terrible|intense|really bad|sharp) (?:cramp\w*|pain)|pain ~3 (?:under|below) ~3 ribs|douleur ~3 sous ~3 cotes|dolor ~3 (?:debajo|bajo) ~3 costillas",
        r"headache ~3 (?:wont|will not|doesnt|not) (?:go away|stop|ease)|mal de tete ~3 (?:passe pas|part pas)|dolor de cabeza ~3 no se (?:quita|va)",
        r"(?:hands|feet|face|ankles|legs) ~4 (?:blew up|blown up|ballooned|puffed up|swelled up)|(?:mains|pieds|visage) ~4 (?:ont|a) (?:double|explose)|(?:manos|pies|cara) ~4 se (?:inflaron|hincharon de golpe)",
        r"(?:belly|bump|stomach|tummy|uterus) ~4 (?:hard as a rock|rock hard|wont relax|doesnt relax|not relaxing)|(?:ventre|bedaine) ~4 (?:dur comme|se relache (?:pas|plus))|(?:panza|barriga|vientre) ~4 (?:dura como|no se (?:relaja|afloja))",
        r"manchando|manchado|mancho",
        r"douleur\w* ~4 (?:ventre|abdominale\w*)|(?:dolor|dolores) ~2 (?:abdominal|vientre|barriga)",
        r"(?:tres|super|trop|terriblement|tellement|vraiment|horriblement) mal au ventre|(?:gros|violent|terrible|fort|intense) mal au ventre",
        r"mal au ventre ~3 (?:violent|terrible|fort|intense|insupportable|atroce)|crampes ~3 (?:ventre|abdominales)",
        r"(?:me|le) duele (?:mucho|muchisimo|demasiado) (?:la barriga|el vientre|la panza|el estomago)",
        r"water\w* (?:just |has |have |already )?(?:broke|broken|burst)|(?:gush|gushing|leak\w*|trickl\w*) ~3 (?:fluid|water)",
        r"(?:perdu|perd|perds|perte) (?:les|ses|mes) eaux|(?:poche des eaux|membranes) ~3 (?:perce\w*|rompu\w*|fissure\w*)",
        r"(?:rompi\w*|reviento|revento|rompio|rompieron|reventaron) ~3 (?:aguas|fuente|bolsa)|(?:fuente|bolsa) ~3 (?:rompio|reviento|revento)",
        # Fluid running, in plain words: "du liquide qui coule", "me sale agua", "clear fluid
        # running down my legs".
        r"(?:fluid|liquid) ~3 (?:leaking|trickling|running|coming out|dripping|pouring)|water ~2 (?:leaking|trickling|dripping|running) (?:down|from|out)",
        r"liquide ~3 (?:coule|qui coule|s ecoule|sort|qui sort)|(?:de l )?eau qui (?:coule|sort) (?:entre|le long|de moi)",
        r"liquido ~3 (?:sale|escurre|chorrea|baja)|agua ~2 (?:me|le) (?:sale|escurre|baja|chorrea)|(?:me|le) (?:sale|salio|esta saliendo|escurre|baja) ~2 (?:liquido|agua)",
        r"leaking (?:fluid|liquid|water)|(?:perte|pertes|perdu|perds) (?:de |d )?(?:liquide|eau)",
        r"(?:baby|bebe) ~5 (?:not moving|hasnt moved|stopped moving|isnt moving|ne bouge plus|ne bouge pas|bouge (?:plus|pu)|no se mueve|dejo de moverse|ya no (?:se mueve|patea))",
        r"(?:havent|hasnt|not|no longer|stopped|cant) ~3 (?:felt|feel|feeling) ~4 (?:baby|him|her|kicks?|movements?) ~2 (?:move|moving|kick\w*)|no (?:kicks|movements?) (?:since|today|all day)",
        r"(?:sens|sent|senti) (?:plus|pas|pu) (?:mon |le |son )?(?:bebe|le bebe) ~2 (?:bouger|bouge|remuer)|(?:le|la) sens (?:plus|pas|pu) (?:bouger|remuer)",
        r"no (?:siento|sentimos|he sentido|ha sentido|siente) ~3 (?:bebe|moverse|mover|mueva|mueve|movimientos?|patadas|patear)",
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
        needs=(rx(PREGNANT.pattern, POSTPARTUM.pattern),),
        needs_scope="message",
        unless_clause=rx(r"braxton|practice contractions"),
    ),
    rule(
        "pregnancy.waters_or_movement",
        r"water\w* (?:just |has |have |already )?(?:broke|broken|burst)|(?:gush|gushing|leak\w*|trickl\w*) ~3 (?:fluid|water)",
        r"(?:perdu|perd|perds|perte) (?:les|ses|mes) eaux|(?:poche des eaux|membranes) ~3 (?:perce\w*|rompu\w*|fissure\w*)",
        r"(?:rompi\w*|reviento|revento|rompio|rompieron|reventaron) ~3 (?:aguas|fuente|bolsa)|(?:fuente|bolsa) ~3 (?:rompio|reviento|revento)",
        r"(?:baby|bebe) ~5 (?:not moving|hasnt moved|stopped moving|isnt moving|ne bouge plus|ne bouge pas|bouge (?:plus|pu)|no se mueve|dejo de moverse|ya no (?:se mueve|patea))",
        r"(?:havent|hasnt|not|no longer|stopped|cant) ~3 (?:felt|feel|feeling) ~4 (?:baby|him|her|kicks?|movements?) ~2 (?:move|moving|kick\w*)|no (?:kicks|movements?) (?:since|today|all day)",
        r"(?:sens|sent|senti) (?:plus|pas|pu) (?:mon |le |son )?(?:bebe|le bebe) ~2 (?:bouger|bouge|remuer)|(?:le|la) sens (?:plus|pas|pu) (?:bouger|remuer)",
        r"no (?:siento|sentimos|he sentido|ha sentido|siente) ~3 (?:bebe|moverse|mover|mueva|mueve|movimientos?|patadas|patear)",
    ),
    # A birth under way, or the cord out first: "I can see the baby's head", "le cordon
    # pend", "se ve la cabeza del bebé". An ultrasound picture is not that.
    rule(
        "pregnancy.birth_under_way",
        r"crowning|(?:see|seeing|can see|feel|can feel) ~3 (?:the )?(?:baby s|babys|baby) head|(?:baby s|babys) head ~3 (?:coming out|is out|out)|(?:cord|umbilical cord) ~4 (?:hanging|coming|came|sticking|poking) ~2 out",
        r"(?:vois|voit|on voit|sens) (?:la )?tete du bebe|tete du bebe ~3 (?:sort|sortie|dehors)|cordon ~4 (?:sort|pend|depasse|dehors)",
        r"(?:se ve|veo|ya sale|se asoma|siento) (?:la )?cabeza del bebe|cordon ~4 (?:sale|salio|colgando|afuera)",
        unless=rx(r"ultrasound|scan|sonogram|echo\w*|ecograf\w*|photo|picture|video|foto"),
    ),
    rule(
        "pregnancy.fewer_movements",
        *_FEWER_MOVEMENTS,
        needs=(PREGNANT,),
        needs_scope="message",
    ),
    # "...kicks all day, but nothing since yesterday": the absence in a clause of its own.
    rule(
        "pregnancy.movements_stopped",
        r"nothing (?:at all |whatsoever )?(?:since|all day|today|for (?:\S+ )?hours|this morning)|not (?:a|one) (?:single )?(?:kick|movement|flutter)",
        r"(?:plus )?rien (?:du tout )?depuis|plus rien (?:aujourd hui|de la journee|ce matin)|pas un (?:seul )?(?:coup|mouvement)",
        r"nada (?:de nada )?desde|nada en todo el dia|ni una (?:sola )?patada|ni un (?:solo )?movimiento",
        needs=(PREGNANT, _MOVEMENT_WORD),
        needs_scope="message",
    ),
    # Contractions before 37 weeks: labour too early.
    rule(
        "pregnancy.early_labour",
        r"contractions?|contracciones|contraccion|(?:tightenings?|cramps) (?:every|coming)",
        # Pains that come back at a rhythm: "des crampes aux 5 minutes", "dolores cada 10
        # minutos", "cramps every few minutes".
        r"(?:cramps?|cramping|pains?|tightenings?|crampes|douleurs|serrements|colicos|dolores|calambres|comprimidos) ~3 (?:every|aux|toutes les|chaque|cada) (?:\d+|few|couple of|cinq|dix|quinze|cinco|diez|quince|pocos) (?:minutes?|mins?|minutos)",
        needs=(_PRETERM,),
        needs_scope="message",
        unless=_NOT_LABOUR,
        unless_clause=_PRACTICE_CONTRACTIONS,
    ),
    # --- fever in an infant under three months ------------------------------------------
    rule(
        "infant_fever.under_3_months",
        *FEVER_WORDS,
        _FAHRENHEIT_WITHOUT_POINT,
        r"(?:feels|felt|is|seems|feel) ~2 (?:warm|hot)|warm to the touch|(?:se siente|esta|lo siento|la siento) ~2 (?:calientit[oa]|tibi[oa])",
        needs=(INFANT_UNDER_3_MONTHS,),
        needs_scope="message",
        unless=PREGNANT,
        unless_clause=_NORMAL_READING_ONLY,
    ),
)
