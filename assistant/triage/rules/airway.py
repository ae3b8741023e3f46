"""Airway rules: cannot breathe, anaphylaxis, choking."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx
from assistant.triage.rules.words import CANT

CHILD = rx(
    r"baby|babies|infant|toddler|newborn|son|daughter|child|kid|boy|girl|\d+ (?:month|months|year|years|mo|yr|yo) old",
    r"bebe|nourrisson|enfant|fils|fille|petit|petite",
    r"nino|nina|hijo|hija|nene|nena|bebito|bebita",
)

# Breathlessness that is mild, occasional or brought on by effort ("a bit short of breath on the
# stairs lately", "un peu essoufflé quand je monte", "me falta un poco el aire al subir") is a
# reason to book, not an emergency. Only the word "breathless" and its kin yield to this;
# "can't breathe", gasping and blue lips never do.
MILD_OR_ON_EFFORT = rx(
    r"a (?:bit|little|tad)|slightly|mildly|mild|somewhat|kind of|kinda|sometimes|occasionally|now and then|lately|recently",
    r"(?:when|while|after) (?:i |he |she |we |they )?(?:climb\w*|walk\w*|run\w*|jog\w*|exercis\w*|go up|going up|work out|working out|hike|hiking|cycl\w*|do sport|play sport)",
    r"climbing|on the stairs|up the stairs|up stairs|upstairs|on exertion|at the gym|after (?:my|a|the) (?:run|workout|jog|game|practice|match|training)",
    r"un peu|legerement|parfois|de temps en temps|ces derniers temps|dernierement|depuis quelque temps",
    r"(?:quand|lorsque) (?:je|j|il|elle|on) (?:monte|marche|cours|court|fais du sport|fait du sport)|en montant|les escaliers|a l effort",
    r"un poco|un poquito|ligeramente|a veces|de vez en cuando|ultimamente|con el esfuerzo|las escaleras",
    r"(?:al|cuando) (?:subir|subo|sube|caminar|camino|camina|correr|corro|corre|hacer ejercicio|hago ejercicio|hace ejercicio)",
)
# Something swallowed or breathed in: with "can't breathe" in the same sentence, it is choking.
SWALLOWED_SOMETHING = rx(
    r"swallow\w*|inhaled|inhaling|breathed in|sucked in|went down the wrong (?:way|pipe|hole)|stuck|lodged",
    r"(?:was|were|while|after|when|been|started) eating|(?:was|while|when) (?:feeding|drinking)|(?:en mangeant|en buvant|mangeait)|(?:comiendo|comia|al comer|mientras come)",
    r"put ~4 in (?:his|her|their|my|the) mouth|mis ~4 (?:dans sa|dans la|a la) bouche|se (?:metio|puso|mete) ~4 (?:en|a) la boca",
    r"aval\w+|inhale\w*|coince\w*|bloque\w* dans",
    r"trag\w+|aspir\w+|se (?:le|me) fue ~2 por (?:el otro lado|mal camino|el otro camino)|ator\w*|atasc\w*|atragant\w*",
    r"etouffe\w* avec|(?:piece|bit|chunk) of (?:food|meat|candy|apple|hot dog|grape)|(?:pedazo|trozo) de|(?:morceau|bout) de",
    # Something small taken into the mouth, named: "se metió una uva entera", "s'est mis une
    # bille dans la bouche", "popped a grape in", "avalé une pièce".
    r"se (?:metio|mete|trago) ~2 (?:un|una|unos|unas|algo|el|la)|(?:popped|shoved) ~3 (?:in|into|up)|s est mis\w* ~3 dans (?:la|sa) bouche",
    r"avale|avalee|avaler|tragado|tragada|trago|tragar",
    # A bite just taken: "took a bite of chicken", "une bouchée de viande", "un bocado".
    r"(?:took|taking|had|after) a (?:big )?bite|bite of|(?:une|sa|la) bouchee|(?:un|el|su) (?:bocado|mordisco)",
    # A small thing in a child's hands just before: "playing with a marble".
    r"(?:playing|played) with ~2 (?:a |some )?(?:marble|marbles|coin|coins|bead|beads|lego|button|battery|balloon|bottle cap|magnet)",
    r"(?:jouait|joue) (?:avec|a) ~2 (?:bille|billes|piece|pieces|perle|perles|lego|pile|ballon|aimant)|(?:jugaba|jugando) con ~2 (?:canica|canicas|moneda|monedas|cuenta|cuentas|lego|pila|globo|iman)",
)
# Something people react to: a sting, a food, a new drug, or the word allergy itself.
ALLERGY_TRIGGER = rx(
    r"sting|stung|bee|wasp|hornet|peanuts?|nuts?|shellfish|shrimps?|prawns?|allerg\w*|after eating|"
    # Tree nuts, seeds and the other foods people react to, by name.
    r"almonds?|cashews?|pistachios?|hazelnuts?|walnuts?|pecans?|macadamias?|brazil nuts?|lobster|crab|"
    r"after (?:the|an?|my|his|her) (?:injection|shot|jab|antibiotic\w*|penicillin|contrast)",
    # A scan with contrast: "got home from my CT with the contrast", "produit de contraste".
    r"(?:the|with|iv|ct|mri|scan|injected) contrast|contrast (?:dye|agent|medium|injection|scan)|produit de contraste|(?:medio de )?contraste",
    # Something new taken or eaten just before: "took the new antibiotic", "had kiwi for the
    # first time", "a croqué dans une barre", "le pusieron una inyección".
    r"antibiotic\w*|penicillin|amoxicillin|new (?:medication|medicine|meds|pill|pills|drug)|for the first time|first time (?:eating|trying|having|taking|tasting|ever)|kiwi|sesame|latex|contrast dye",
    r"antibiotique\w*|penicilline|nouveau (?:medicament|medoc)|pour la premiere fois|premiere fois qu (?:il|elle|je|on) (?:mange|prend|goute|boit)|croque\w*|injection|vaccin",
    r"antibiotic[oa]s?|penicilina|amoxicilina|por primera vez|primera vez que (?:come|prueba|toma|bebe)|inyeccion|vacuna|medicina nueva|medicamento nuevo",
    r"piqure|pique|piquee|guepe|abeille|frelon|arachides?|cacahuetes?|noix|crevettes?|fruits de mer|"
    r"amandes?|noix de cajou|pistaches?|noisettes?|homard|crabe|"
    r"allergi\w*|apres avoir mange|apres (?:la|une|l) (?:piqure|injection|antibiotique)",
    r"picadura|pico|pic[oa]|abeja|avispa|mani|cacahuates?|cacahuetes?|nueces|mariscos|camarones|gambas|"
    r"almendras?|anacardos?|maranon\w*|pistachos?|avellanas?|langosta|cangrejo|"
    r"alergi\w*|despues de (?:comer|tomar|la inyeccion|la vacuna)",
)
# Swelling of the face or lips with an expected cause: dental work, surgery, a knock.
EXPECTED_SWELLING = rx(
    r"wisdom (?:tooth|teeth)|dentist\w*|dental|extraction|root canal|surgery|operation|filler|botox|"
    r"(?:hit|punched|knocked|fell|bumped|banged)|(?:dentist|surgeon|doctor) said ~3 (?:normal|expected|fine)",
    r"dents? de sagesse|dentiste|dentaire|extraction|chirurgie|operation|injection d acide|botox|(?:coup|cogne|tombe)",
    r"muelas? del juicio|dentista|dental|extraccion|cirugia|operacion|botox|(?:golpe|golpeo|cayo)",
    # A little, from the cold or the sun: "lèvres un peu gonflées à cause du froid".
    r"a (?:bit|little)|slightly|un peu|legerement|un poco|ligeramente|(?:from|because of) the (?:cold|sun|wind)|chapped|cold sore|du froid|gerce\w*|bouton de fievre|del frio|por el frio|partid[oa]s|fuego labial|herpes",
)
# A choking episode that is over ("he coughed it up and he's fine now", "pero luego está
# bien") or that happens now and then ("my baby sometimes chokes on her milk") is a question
# for the clinic, not an emergency.
CHOKING_OVER = rx(
    r"(?:is|s|was|all|im|feels|seems|seemed|seem) (?:fine|ok|okay|alright|all right|better|good) now|all (?:fine|good|ok|okay) now|but (?:fine|ok|okay|better|good) now",
    r"but (?:then |now )?(?:he|she|i|they|it|hes|shes|im|theyre|its)(?: is| was| s| seems| seemed)? (?:fine|ok|okay|alright|better)",
    r"(?:coughed|spat|spit|brought|got|pulled|fished) it (?:up|out)|it came (?:back )?out|(?:nearly|almost) chok\w*|(?:failli|presque) (?:s|m) etouffer|casi (?:se|me) (?:ahog|atragant)\w*",
    r"c est correct|(?:pis|et|mais) (?:ca va|ca passe)|(?:ca va|il va bien|elle va bien|va mieux) (?:maintenant|ensuite|apres)|mais (?:ensuite|apres|maintenant) (?:ca va|il va bien|elle va bien)|(?:a|l a) (?:recrache|tousse|rejete)",
    r"(?:luego|despues|ya|ahora) (?:esta|estoy|se pone|queda|se puso|me siento) bien|ya (?:paso|se le paso|se me paso)|lo (?:escupio|tosio|saque|saco|sacamos|vomito)|tosi y ya",
    # Coughed it out and fine: "but I coughed and I'm fine", "ya tosí y estoy bien".
    r"(?:and|but) (?:now )?(?:im|i am|hes|shes|he is|she is|were|we are|theyre) (?:totally |completely |perfectly )?(?:fine|ok|okay|alright|all right)$",
    r"(?:et|mais) (?:maintenant )?(?:je vais|il va|elle va|ca va) (?:tres )?bien$|(?:l a|a|j ai) (?:sorti|retire|enleve|recrache)",
    r"(?:y|pero) (?:ya )?(?:estoy|esta|estamos|me siento|se siente) (?:muy )?bien$|ya (?:tosi|tosio|lo tosi|lo tosio|respiro|respira bien)",
)
HABITUAL = rx(
    r"sometimes|often|always|usually|every time|everytime|now and then|tends to",
    r"parfois|souvent|toujours|de temps en temps|chaque fois|a chaque fois",
    r"a veces|siempre|seguido|a menudo|cada vez|de vez en cuando",
)

# A blocked nose is not a blocked airway: "can't breathe through my nose", "par le nez".
_NOT_THROUGH_THE_NOSE = (
    r"(?! (?:through|out of|thru|from) (?:my|his|her|the|their|your|one) (?:nose|nostril))"
    r"(?! par (?:le|mon|son|ton) nez)(?! por (?:la|mi|su|tu) nariz)"
)

# "Respire mal" or "me cuesta respirar" with a blocked nose is a cold.
_BLOCKED_NOSE = rx(
    r"(?:blocked|stuffy|stuffed|congested|runny) (?:up )?nose|nose (?:is )?(?:blocked|stuffed|congested)|stuffed up",
    r"nez (?:bouche|pris|qui coule|congestionne)|(?:enrhume|enrhumee)",
    r"nariz (?:tapada|congestionada|tapad[ao])|(?:congestion|mocos) nasal",
)
# Breathing that stops and starts, gasps, a body too sleepy to wake: "long pauses then big
# gasps", "respire par à-coups", "se le va la respiración".
_BREATHING_ODD = (
    r"(?:breathing|breaths?|breathes) ~3 (?:weird|weirdly|strange\w*|funny|odd\w*|irregular\w*|pauses?|stops and starts)|(?:long |big )?pauses ~4 (?:gasp\w*|breath\w*)|(?:big|deep|huge) gasps",
    r"respir\w* ~3 (?:bizarre\w*|etrange\w*|par a coups|irregulier\w*|pauses?)|(?:pauses|arrets) ~3 respir\w*",
    r"respir\w* ~3 (?:rar[oa]|extran[oa]|irregular|con pausas|entrecortad\w*)|(?:pausas|boqueadas|bocanadas) ~3 (?:respir\w*|aire)",
)
_HARD_TO_WAKE = rx(
    r"(?:hard|difficult|impossible) to (?:wake|rouse)|(?:wont|cant|cannot|barely) (?:wake|rouse)|very (?:drowsy|sleepy)|confused|blue|grey|gray",
    r"(?:dur|difficile) a reveiller|se reveille (?:pas|plus|pu|mal)|bleu\w*|gris\w*|confus\w*",
    r"(?:no|casi no) (?:se )?despierta|cuesta despertar\w*|morad[oa]|azul|confundid[oa]",
)

RULES: tuple[Rule, ...] = (
    # --- breathing ----------------------------------------------------------------------
    rule(
        "breathing.cannot_breathe",
        rf"(?:{CANT}|struggling to|struggle to|hard to|barely|trouble|difficulty|hard time) ~2 (?:breathe|breath|breathing){_NOT_THROUGH_THE_NOSE}",
        r"gasping|suffocating|(?:not|isnt|wasnt|arent) breathing|stopped breathing",
        # Air that will not go in: "can't get air in", "every breath is a fight".
        rf"{CANT} (?:get|pull|draw|take) (?:any |enough )?(?:air|a breath|a full breath)|every breath (?:is|feels like) (?:a |an )?(?:fight|struggle|battle|effort)",
        r"(?:mouth|lips|face) ~2 (?:blue|purple|grey|gray)",
        r"(?:struggling|fighting|battling|straining|labouring|laboring) (?:for|to get|to catch) (?:breath|air|a breath)",
        r"(?:lips|face|skin) ~2 (?:blue|grey|gray)|blue lips|(?:blue|grey|gray|purple) (?:around|round) (?:the|his|her|my) (?:mouth|lips)",
        r"asthma attack|(?:inhaler|puffer) ~4 (?:not|isnt|doesnt|nt|wont) ~2 (?:help\w*|work\w*)",
        unless_clause=_BLOCKED_NOSE,
    ),
    rule("breathing.odd_and_drowsy", *_BREATHING_ODD, needs=(_HARD_TO_WAKE,)),
    rule(
        "breathing.fr",
        rf"(?:n arrive|narrive|arrive) (?:pas|plus) a respirer{_NOT_THROUGH_THE_NOSE}|(?:mal|difficulte|difficultes|misere) ~2 a respirer{_NOT_THROUGH_THE_NOSE}",
        rf"respire ~2 mal{_NOT_THROUGH_THE_NOSE}|j etouffe|suffoqu\w+|levres ~2 bleues|(?:bleu|bleue|bleus|bleues|violet\w*|mauve) (?:autour de la bouche|aux levres|autour des levres)",
        r"ne respire (?:pas|plus)(?! (?:bien|par le nez|tres bien))",
        r"crise d asthme|(?:ventoline|inhalateur) ~4 (?:ne marche|ne fait|ne fonctionne|n agit)",
        r"(?:bouche|levres|visage) ~2 (?:bleue?s?|violette?s?|mauves?|grise?s?)",
        unless_clause=_BLOCKED_NOSE,
    ),
    rule(
        "breathing.es",
        rf"no (?:puedo|puede|podia) respirar{_NOT_THROUGH_THE_NOSE}|(?:dificultad|problemas) ~2 para respirar{_NOT_THROUGH_THE_NOSE}",
        rf"(?:me|le) cuesta ~2 respirar{_NOT_THROUGH_THE_NOSE}",
        # Working hard for each breath, too breathless to speak, a purple mouth.
        r"respir\w* con (?:mucho |muchisimo |gran )?(?:esfuerzo|dificultad)|no (?:puede|puedo) ni hablar|(?:boca|labios|cara) ~2 (?:morad[oa]s?|azul\w*|gris\w*)",
        r"me ahogo|no (?:me|le) entra ~2 aire|jadeando|labios ~2 (?:morados|azules)",
        r"no (?:respira|esta respirando|respiraba)(?! (?:bien|por la nariz|con la nariz))",
        r"(?:ataque|crisis) de asma|inhalador ~4 no ~3 (?:funciona|efecto|sirve|ayuda)",
        unless_clause=_BLOCKED_NOSE,
    ),
    # What a nurse sees in someone fighting for air, named or not: the ribs or the neck
    # sucked in, flaring nostrils, grunting, too breathless to finish a sentence, a reliever
    # that does nothing, an oxygen reading of 90 or under.
    rule(
        "breathing.distress_signs",
        r"(?:sucking|sucks|pulling|pulls|sinking|sinks|caving|caves) in ~4 (?:ribs|chest|neck|throat|tummy|belly)|(?:ribs|chest|neck|throat|tummy|belly) ~4 (?:sucking|sucks|pulling|pulls|sinking|sinks|caving|caves) in",
        r"nostrils (?:flaring|flare)|grunting|(?:only|barely|hardly) (?:get|say|gets|says|manage|managing) ~2 (?:\d+|one|two|three|four|a few|a couple of) words|(?:cant|cannot|unable to|struggling to) (?:finish|complete|get through) ~2 sentences?",
        r"(?:wheez\w*|breathing) (?:so|really|very|super) (?:bad|badly|hard|loud|fast)",
        r"(?:inhaler|puffer|ventolin|albuterol|salbutamol|nebuli[sz]er) ~6 (?:no change|nothing|no difference|no help|no effect|isnt doing|not doing|doesnt do|not working)",
        r"using (?:his|her|their|my|the) (?:tummy|belly|stomach|neck) (?:muscles )?to breathe|breathing (?:with|from) (?:his|her|their|the) (?:tummy|belly|stomach)",
        r"(?:cotes|cou|ventre) ~3 (?:se creus\w*|creus\w*|se tir\w*|rentr\w*)|respire (?:avec|du) (?:le |son )?ventre|respira con (?:la |su )?(?:panza|barriga)|costillas ~3 (?:se (?:le )?hunden|se (?:le )?marcan|hundidas)",
        r"narines (?:qui )?(?:battent|bat|se pincent)|(?:creuse|tire) ~3 (?:cotes|cou|ventre)|tirage|(?:peux|peut|pouvait|arrive) (?:plus|pas) (?:a )?(?:finir|terminer) ~2 phrases?",
        r"(?:reprendre|retrouver) ~2 (?:mon|son|le) souffle|cherche (?:son|mon) (?:air|souffle)|(?:pompe|ventolin\w*|inhalateur|puffer) ~4 (?:fait rien|aide pas|change rien|marche pas)",
        r"(?:se le hunden|se hunden|se le marcan|se marcan) ~3 (?:costillas|pecho|cuello)|aleteo nasal|(?:no (?:puede|puedo)|ya casi no puede) (?:terminar|acabar) ~2 (?:frase|frases)|(?:ya )?casi no puede hablar",
        r"(?:inhalador|bomba|salbutamol) ~4 no (?:le |me )?(?:hace nada|sirve|ayuda)",
    ),
    rule(
        "breathing.low_oxygen_reading",
        r"(?:sat|sats|saturation|saturating|oxygen|oxygenation|oxigenacion|o2|oximeter|saturometre|oxymetre|saturacion|oxigeno|oximetro) ~4 (?:[5-8]\d|90)(?![\d.])",
        unless=CHOKING_OVER,
    ),
    # Fast or noisy breathing is a concern; with a colour change or no breath to talk, it is
    # an emergency.
    rule(
        "breathing.fast_with_a_danger_sign",
        r"(?:breathing|breathes|breath\w*) ~3 (?:fast|quick\w*|rapid\w*|hard)|panting|wheez\w*",
        r"respir\w* ~3 (?:vite|rapide\w*|fort)|siffl\w*",
        r"respir\w* ~3 (?:rapid\w*|agitad\w*|muy fuerte)|silb\w*",
        # A noise with every breath (stridor): "a loud whistling noise every breath", "un
        # bruit aigu à chaque inspiration", "un ruido como silbido cada vez que respira".
        r"stridor|(?:whistl\w*|squeak\w*|crowing|rasp\w*|noisy|loud|harsh|high pitched|seal) ~4 (?:every|each|with (?:every|each)|when (?:he|she|they) breathes?) ~2 (?:breath|breaths|time)",
        r"(?:bruit|sifflement|son) ~4 (?:a chaque|chaque) (?:respiration|inspiration|souffle)|cornage",
        r"(?:ruido|silbido|chillido|sonido) ~4 (?:cada|en cada|al) (?:respir\w*|respiracion|vez que respira)|estridor",
        needs=(
            rx(
                # At rest, or worn out: a child with croup who whistles sitting still.
                r"at rest|sitting still|(?:even|just) (?:resting|sitting|lying)|(?:worn|tired) out|exhausted|lethargic|au repos|sans bouger|epuise\w*|a bout de force|en reposo|sin moverse|quiet[oa]|agotad[oa]|sin fuerzas",
                r"dusky|grey|gray|blue|bluish|purple|floppy|(?:going|turning|gone|went|getting|looks) (?:very |really |so )?pale|(?:cant|cannot|barely|hardly) (?:talk|speak|cry|feed)|retract\w*|grunt\w*|ribs",
                r"(?:devient|devenu\w*|tout|toute) pale|bleu\w*|gris\w*|mou|molle|(?:peut|peux|arrive) (?:plus|pas) (?:a )?(?:parler|pleurer|boire)|narines|cotes",
                r"(?:pone|puso|poniendo) (?:muy |bien |toda |todo )?palid[oa]|morad[oa]|azul|gris|no (?:puede|puedo) (?:hablar|llorar|comer)|casi no puede|costillas",
            ),
        ),
        unless_clause=MILD_OR_ON_EFFORT,
    ),
    rule(
        "breathing.breathless",
        r"short(?:ness)? of breath|breathless|out of breath|winded",
        r"essouffl\w+|(?:a|ai) le souffle court|manque d air",
        r"(?:me|le|te|nos) falta ~2 (?:el )?aire|falta de aire|sin aliento",
        unless_clause=MILD_OR_ON_EFFORT,
    ),
    # --- anaphylaxis --------------------------------------------------------------------
    rule(
        "anaphylaxis.signs",
        r"anaphyla\w+|anaphylactic",
        r"throat ~4 (?:closing|swelling|swollen|swell|tight|tightening)",
        r"(?:tongue|throat) ~3 (?:swelling|swollen|swell|swells|huge|enormous|massive|twice (?:the|its) size|puff(?:ing|ed|s|y) up)",
        r"(?:severe|serious|bad|major|strong) allergic reaction",
        r"(?:used|using|gave|give|given) ~2 epi ?pen",
    ),
    # A swollen face or lips, unless the swelling has an expected cause: "still swollen from
    # wisdom tooth surgery", "la joue gonflée après l'extraction", "hinchada por la cirugía".
    rule(
        "anaphylaxis.face_swelling",
        r"(?:lips|face|mouth) ~3 (?:swelling|swollen|swell|swells)",
        unless_clause=EXPECTED_SWELLING,
    ),
    rule(
        "anaphylaxis.fr",
        r"anaphyla\w+|oedeme de quincke|quincke",
        r"gorge ~3 (?:gonfle|se ferme|serre|enfle|ferme)",
        r"(?:langue|gorge) ~3 (?:gonfle\w*|enfle\w*)",
        r"reaction allergique (?:grave|severe|forte|importante|serieuse)",
    ),
    rule(
        "anaphylaxis.es",
        r"anafila\w+|(?:cierra|cerrando|cerro|cerrado) ~2 la garganta",
        r"hinch\w+ ~3 (?:garganta|lengua)",
        r"(?:garganta|lengua) ~3 hinch\w+",
        r"reaccion alergica (?:grave|fuerte|severa|seria)",
    ),
    rule(
        "anaphylaxis.face_swelling_fr_es",
        r"(?:levres|visage|bouche) ~3 (?:gonfle\w*|enfle\w*)",
        r"hinch\w+ ~3 (?:labios|cara|boca)|(?:labios|cara|boca) ~3 hinch\w+",
        unless_clause=EXPECTED_SWELLING,
    ),
    # Swelling all over, hives everywhere, trouble swallowing or breathing, right after a
    # sting, a food or a drug that people are allergic to.
    rule(
        "anaphylaxis.after_a_trigger",
        r"(?:hives|welts|swelling|swollen|swell\w*) ~2 all over|(?:trouble|difficulty|hard|cant|cannot|struggling) (?:to )?swallow\w*|wheez\w*",
        r"(?:cant|cannot|struggling to|hard to) breathe|trouble breathing|n arrive (?:pas|plus) a respirer|no (?:puede|puedo) respirar",
        r"(?:gonfle|enfle)\w* ~2 (?:de partout|partout)|(?:plaques|urticaire|boutons) ~2 partout|(?:mal|du mal|difficulte\w*) a (?:avaler|deglutir)|siffl\w*",
        r"hinch\w* ~2 (?:todo|todas partes|entero|entera)|ronchas ~2 (?:todo|todas partes)|(?:no puede|no puedo|le cuesta|me cuesta|dificultad para) tragar|silb\w*",
        r"(?:hives|welts|rash|blotch\w*) ~2 everywhere|covered (?:in|with) (?:\S+ )?(?:hives|welts|bumps|blotches)|(?:face|lips|tongue|eyes|throat) ~3 (?:puff(?:ing|ed|s|y)|blow\w* up|ballooning)",
        r"(?:sounds|sound|is|est|esta) (?:hoarse|rauque|ronc[oa])|tongue ~3 (?:thick|big|heavy|fat)|langue ~3 (?:epaisse|grosse|lourde)|lengua ~3 (?:gruesa|grande|pesada|dormida)",
        r"(?:voice|voix|voz) ~3 (?:hoarse|weird|funny|strange|different|chang\w*|rauque|bizarre|ronca|rara|cambi\w*)",
        r"couvert\w* (?:d urticaire|de plaques|de boutons)|misere a (?:avaler|respirer)|(?:lleno|llena) de ronchas",
        r"(?:cuesta|cuestan) ~2 respirar|(?:mal|du mal) a respirer|(?:hard|harder|trouble|difficulty) ~2 (?:breathing|breathe)",
        # A lump or a tightness in the throat, the mouth swelling: "a lump in my throat",
        # "ma bouche gonfle", "siento un nudo en la garganta".
        r"lump in (?:my|his|her|the) throat|(?:mouth|lips) ~4 (?:puff(?:ing|ed|s|y)|swell\w*)|(?:itchy|tingly) (?:mouth|throat)",
        # The throat felt from inside: "scratching at his throat, says it feels funny", "il se
        # gratte la gorge", "dice que le pica la garganta". Feeling faint after the trigger.
        r"(?:scratch\w*|clawing|rubbing|pulling) (?:at )?(?:his|her|my|their|the) (?:throat|neck|tongue)|(?:throat|tongue) ~3 (?:feels|feel|felt|feeling) ~2 (?:funny|weird|strange|odd|tight|itchy|scratchy|thick|closed)",
        r"(?:se gratte|gratte|grattait) (?:la |sa )?(?:gorge|langue)|(?:gorge|langue) ~3 (?:gratte|pique|picote|bizarre|serree)",
        r"(?:se rasca|rascandose|se jala) (?:la )?(?:garganta|lengua|cuello)|(?:le|me) (?:pica|raspa|arde) (?:la )?(?:garganta|lengua)|(?:garganta|lengua) ~3 (?:rara|extrana|cerrada|apretada)",
        r"(?:feel|feels|feeling|going|about to) ~2 (?:faint|pass out)|(?:me|se) (?:siento|siente|voy a|va a) ~2 desmay\w*|(?:vais|va) (?:m |s )?evanouir",
        # Not sure whether to use the adrenaline pen: the reaction is under way.
        r"(?:dont know|not sure|idk|unsure|wondering) (?:if|whether) (?:we |i )?(?:should )?(?:use|give|do) ~3 (?:it|epi ?pen|the pen|adrenaline|epinephrine)",
        r"(?:sais pas|pas sur\w*|hesite\w*) ~4 (?:utiliser|donner|faire|piquer) ~3 (?:epi ?pen|stylo|adrenaline|auto injecteur)",
        r"no (?:se|sabemos) si (?:usar|ponerle|darle|aplicar\w*) ~3 (?:epi ?pen|pluma|adrenalina|inyector)",
        r"(?:boule|noeud) (?:dans|a) la gorge|nudo en la garganta|(?:bouche|boca) ~4 (?:gonfl\w*|enfl\w*|hinch\w*)",
        r"(?:whole|entire) body ~3 (?:itchy|itching|hives)|(?:itchy|itching) all over|(?:demange|gratte) (?:partout|de partout)|(?:pica|comezon) (?:todo|por todo)",
        # The same signs in the other word order: "a swollen face and a hoarse voice",
        # "les yeux gonflés", "los ojos hinchados y le silba el pecho".
        r"(?:swollen|swelling|puffy|puffed up) (?:up )?(?:face|lips|tongue|eyes|eyelids|throat)|(?:eyes|eyelids) ~3 (?:swelling|swollen|puff\w*|shut)",
        r"hoarse (?:voice|cough)|voix (?:rauque|cassee|bizarre)|voz (?:ronca|rara|cambiada)",
        r"(?:yeux|paupieres) ~3 (?:gonfle\w*|enfle\w*|fermes)|(?:ojos|parpados) ~3 (?:hinchad\w*|cerrad\w*)",
        r"silba|silbando|silbidos?|sibilancias|chifla|chiflando|wheezy",
        needs=(ALLERGY_TRIGGER,),
    ),
    # --- choking ------------------------------------------------------------------------
    rule(
        "choking.signs",
        r"chok\w*",
        r"stuck in ~2 (?:throat|windpipe|airway)",
        r"swallowed ~3 (?:coin|toy|marble|lego|button|battery) ~4 (?:gagging|cant breathe|choking)",
        unless=CHOKING_OVER,
        unless_clause=HABITUAL,
    ),
    rule(
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
        unless=CHOKING_OVER,
        unless_clause=HABITUAL,
    ),
    rule(
        "choking.swallowed_then_cant_breathe",
        rf"(?:{CANT}|struggling to|not|isnt|stopped) ~2 (?:breathe|breathing|breath|cough|coughing|talk|speak|cry|crying|make a sound|get (?:any )?air)",
        # Silent all of a sudden: "now he's silent", "il est devenu silencieux", "se quedó callado".
        r"(?:is|s|hes|shes|he s|she s|went|gone|goes|going|gone all|totally|completely|suddenly) (?:silent|quiet)|(?:devenu|devenue|tout|toute) silencieu\w*|(?:se quedo|se puso|esta) (?:callad[oa]|en silencio)",
        r"(?:turning|going|turned|gone|went) (?:blue|purple|grey|gray)",
        r"(?:ne peut|ne peux|n arrive|narrive|arrive|peut|ne pouvait) (?:plus|pas) (?:a )?(?:respirer|tousser|parler|pleurer)|ne respire (?:plus|pas)",
        r"(?:devient|devenu|devenue|tourne) (?:tout |toute )?(?:bleu|bleue|violet|violette)",
        r"no (?:puede|pudo|podia|puedo) (?:respirar|toser|hablar|llorar)|no respira|(?:se (?:esta poniendo|puso|pone) )(?:morad[oa]|azul)",
        needs=(SWALLOWED_SOMETHING,),
        unless=CHOKING_OVER,
        unless_clause=HABITUAL,
    ),
    # The signs of an airway blocked by something just put in the mouth: a squeak or a
    # whistle, hands at the throat, no sound at all.
    rule(
        "choking.blocked_airway",
        r"squeak\w*|high (?:pitched )?(?:squeak\w*|whistl\w*|noise|sound)|(?:cant|cannot) get a (?:word|sound) out|pointing (?:at|to) (?:his|her|their|my) (?:throat|neck|mouth)|high pitched (?:noise|noises|sound|sounds|breathing)|whistl\w* (?:noise|sound)|strange noises|struggling(?! (?:to|with) )",
        r"(?:clutch\w*|grab\w*|holding|hands? (?:are |were |is )?(?:at|on|to|around)) ~2 (?:his|her|my|their|the) (?:throat|neck)|(?:no|not a|cant make a|cant make any) sound",
        r"(?:se tient|se teint|se tenait|se prend|agrippe|porte les mains a) ~2 (?:la |sa )?gorge|aucun son|(?:ne|n) (?:peut|sort) ~2 (?:aucun|pas de) son",
        r"(?:se agarra|se agarraba|se toca|se lleva las manos a) ~2 (?:la )?garganta|no (?:le )?sale ~2 (?:la voz|ningun sonido|sonido|nada)",
        # A cough or a cry with no sound: "elle tousse sans bruit", "no hace ruido", "he's
        # coughing but no noise comes out".
        r"(?:silent|soundless) (?:cough\w*|cry\w*|gag\w*)|(?:no|not a|not any|without a|without any) (?:noise|sound)|(?:makes|making|made) no (?:noise|sound)",
        r"(?:tousse|toussait|pleure|pleurait|respire) sans (?:aucun |un )?(?:bruit|son)|(?:fait|faisait|fais) (?:aucun|pas de|pas un|plus de|plus aucun) (?:bruit|son)",
        r"no (?:hace|hacia|emite|emitia) (?:ningun |nada de )?(?:ruido|sonido)|(?:tose|tosia|llora|lloraba|respira) sin (?:hacer )?(?:ningun )?(?:ruido|sonido)",
        needs=(SWALLOWED_SOMETHING,),
        unless=CHOKING_OVER,
        unless_clause=HABITUAL,
    ),
    rule(
        "choking.fr",
        r"s etouffe\w*|(?:s est|se sont|me suis|s etait) etouffe\w*|etouffement|s etrangle\w*|(?:coince\w*|pris|prise|pogne\w*|bloque\w*) ~2 (?:dans la|dans sa|la) gorge",
        unless=CHOKING_OVER,
        unless_clause=HABITUAL,
    ),
    rule(
        "choking.es",
        r"atragant\w+|(?:atorad|atascad|trabad)\w* ~2 en la garganta|(?:ahogando|ahoga|ahogo) con",
        r"se (?:le |me )?(?:esta )?(?:(?:ator|atasc)\w+|trabo) ~2 (?:con|algo|en)",
        unless=CHOKING_OVER,
        unless_clause=HABITUAL,
    ),
)
