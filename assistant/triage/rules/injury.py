"""Injury rules: severe bleeding and serious burns."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx

# Blood taken on purpose: "they took a lot of blood for the tests" is not a haemorrhage.
_BLOOD_TAKEN = rx(
    r"blood (?:test|tests|work|draw|sample|samples|donation|bank)|(?:took|take|taken|drew|draw|drawn|donat\w*|give|gave|giving) ~3 blood",
    r"prise de sang|prises de sang|(?:analyse|analyses|bilan|don|dons|test|tests) (?:de|du) sang|(?:pris|preleve|donne|donner) ~3 (?:de )?sang",
    r"(?:analisis|examen|examenes|prueba|pruebas|donacion|donar|done|dono) de sangre|(?:sacar\w*|sacaron|saco|extra\w+|don\w+) ~3 sangre",
)

# "Blood" in a name that is not bleeding: blood pressure, blood thinners, blood sugar.
_BLOOD = r"blood(?! (?:pressure|sugar|thinner\w*|test\w*|work|type|count|donation|draw|results?|glucose))"
# A body part or a wound, for "her nose has been gushing for 45 minutes".
_WOUND = r"(?:nose|cut|wound|gash|arm|leg|hand|finger|head|scalp|foot|thigh|neck|stump|mouth)"
# Signs of losing too much blood: pale, dizzy, about to faint.
_SHOCK = rx(
    r"(?:going|gone|feel\w*|feeling|getting|is|so|very|really|im|i am|hes|shes|looking|looks|turning) (?:dizzy|faint|lightheaded|light headed|pale|white|grey|gray|weak|woozy)|(?:almost|nearly|about to) (?:faint\w*|pass out|passed out)|fainted|passed out",
    r"(?:etourdi\w*|pale|blanc comme|(?:est|devient|devenu\w*) (?:tout |toute )?(?:blanc|blanche|gris|grise)|va (?:s|m) evanouir|(?:presque|failli) (?:s|m) evanouir|tourne de l oeil|faible)",
    r"(?:mareado|mareada|palid[oa]|me (?:voy|va) a desmayar|casi se desmaya|casi me desmayo|se desmayo|debil)",
)
# Lasting an hour or more, or kept going by a blood thinner.
_LONG_OR_THINNED = rx(
    r"(?:over|more than|for|almost|nearly) (?:an|one|1|two|2|\d+) (?:hour|hours|hr|hrs|h)|blood thinners?|anticoagula\w*|warfarin|coumadin|eliquis|xarelto|apixaban|rivaroxaban",
    r"depuis (?:plus d )?(?:une|1|deux|2|\d+) ?(?:heure|heures|h)|anticoagul\w*|(?:pinching|pressure) (?:does|did|isnt|is not) ~2 (?:nothing|work\w*|help\w*)",
    r"(?:desde hace|hace|por|mas de) (?:una|1|dos|2|\d+) (?:hora|horas|h)|anticoagul\w*|sintrom",
)
# How a burn was got, and what the skin looks like after a deep or wide one.
_BURN_CAUSE = rx(
    r"burn\w*|fire|flames?|steam|boiling|scald\w*|melted|electrocut\w*|explo\w*|gas|petrol|gasoline|chemical|caustic|acid|bleach|lye|drain cleaner|fireplace|stove|oven|grill|barbecue|bbq|iron|kettle|fryer|pressure cooker|bonfire",
    r"hot (?:water|tea|coffee|soup|oil|pan|pot|bath)|too hot|(?:trop|tres) chaud\w*|demasiado caliente|muy caliente|(?:pot|pan|cup|mug) of (?:hot|boiling)|teapot|saucepan|curling iron|straightener",
    r"brul\w*|feu|flamme\w*|vapeur|bouillant\w*|ebouillant\w*|essence|caustique|acide|javel|explos\w*|friteuse|poele|four|foyer|electrocut\w*",
    r"bouilloire|casserole|theiere|cocotte|marmite|fer a (?:repasser|friser|lisser)|(?:eau|the|cafe|soupe|huile|lait) (?:tres )?chaud\w*",
    r"quem\w*|fuego|llamas?|vapor|hirviendo|gasolina|caustic[oa]|acido|cloro|explot\w*|estufa|horno|sarten|freidora|electrocut\w*",
    r"tetera|olla|cazo|caldero|plancha|pava|(?:agua|te|cafe|sopa|aceite|leche) (?:muy )?caliente",
)
_DEEP_OR_WIDE_BURN = (
    r"skin ~3 (?:black|white|charred|raw|weeping|peeling|leathery|hard|melted|falling off|coming off|hanging)",
    r"burns? ~2 (?:black|charred|white|leathery)|(?:black|charred|white|leathery) burns?|brulures? ~2 (?:noires?|blanches?|profondes?|carbonis\w*)|quemaduras? ~2 (?:negras|blancas|profundas)",
    r"(?:huge|big|large|massive|giant|lots of) blisters|(?:full of|covered (?:in|with)) blisters|skin (?:peeled|peeling|came|coming|slid|sliding) (?:right )?off|(?:covered|all over) ~2 blisters|blister\w* (?:everywhere|all over)|blistering",
    r"(?:arms?|legs?|face|back|chest|hands?|feet|palms?|body) ~3 (?:black|charred|raw|white and|weeping|melted)|black and white|melted (?:onto|into|to) (?:his|her|my|the) (?:skin|leg|arm|hand|body)",
    r"peau ~3 (?:noire|blanche|arrachee|decollee|a vif|fondu\w*|carbonis\w*|part)|(?:grosses|grandes|enormes) cloques|(?:tout|toute|tous|toutes)? ?(?:noir|noire|noirs|noires) ~2 cloqu\w*|cloqu\w* ~3 partout|couvert\w* de cloques",
    r"(?:lleno|llena|llenos|llenas|cubierto|cubierta|cubiertos|cubiertas) de ampollas|(?:plein|pleine|couvert\w*) de cloques|(?:pelo|pela|pelaba|despego|levanto|cayo|arranco) ~3 (?:la )?piel|(?:la )?peau ~2 (?:est )?(?:partie|arrachee|decollee|enlevee)",
    r"piel ~3 (?:negra|blanca|despegad\w*|en \w+ viva|se cae|cayendo|quemad\w*|colgando)|(?:ampollas) ~2 (?:grandes|enormes|por tod\w+|en tod\w+)|(?:brazos|piernas|manos|cara) ~2 (?:negr[oa]s|en \w+ viva)",
)
_CHEMICAL = rx(
    r"chemical\w*|bleach|drain cleaner|oven cleaner|acid|lye|caustic|ammonia|cleaning (?:product|spray|fluid)|pool chlorine|battery acid",
    r"chimique\w*|javel|debouche\w*|acide|caustique|ammoniaque|produit (?:menager|nettoyant|d entretien)|chlore",
    r"quimic[oa]s?|cloro|lejia|destapa\w*|acido|caustic[oa]|soda caustica|amoniaco|limpiador|producto de limpieza",
)
# Where a splashed chemical lands: skin, face, a limb.
_BODY_PART = (
    r"(?:skin|face|cheek|cheeks|eye|eyes|neck|chest|arm|arms|leg|legs|hand|hands|foot|feet|back|belly|scalp|lips|mouth|"
    r"peau|visage|figure|joue|yeux|oeil|cou|poitrine|bras|jambe|jambes|main|mains|pied|pieds|dos|ventre|"
    r"piel|cara|mejilla|ojo|ojos|cuello|pecho|brazo|brazos|pierna|piernas|mano|manos|pie|pies|espalda|panza)"
)
# A little bleach on the hand, rinsed off, is first aid at home.
_RINSED_OFF = rx(
    r"a (?:bit|little|drop|splash)|rinsed|washed (?:it )?off|(?:fine|ok|okay) now|un peu|quelques gouttes|rince\w*|une goutte|un poco|unas gotas|enjuag\w*|ya (?:esta|estoy) bien"
)
# A sunburn, however blistered, is a reason to book.
_SUN = rx(r"sun|sunburn\w*|sunbath\w*|soleil|coup de soleil|al sol|del sol|playa|beach|plage")
# A burn on the face or the airway, or on a wide part of the body, needs care now.
_BURNED_WHERE_IT_MATTERS = (
    r"(?:burn\w*|scald\w*|blister\w*) ~4 (?:face|eyes|neck|genitals|groin|whole (?:arm|leg|back|chest))",
    r"(?:face|eyes|genitals) ~4 (?:burn\w*|scald\w*|blister\w*)|(?:both hands|both feet) ~4 (?:burn\w*|blister\w*)",
    r"(?:visage|yeux|figure) ~4 brul\w*|brul\w* ~4 (?:le visage|au visage|les yeux|la figure)",
    r"(?:quemaron|quemado|quemada|quemo|quem\w*) ~4 (?:la cara|los ojos|el cuello|la boca)|(?:cara|ojos) ~4 quemad\w*",
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
        r"nosebleed ~5 (?:wont|will not|doesnt|does not|isnt|is not|cant|not) ~2 stop",
    ),
    # A nosebleed that has lasted an hour or more, or that a blood thinner keeps going.
    rule(
        "bleeding.long_nosebleed",
        r"nosebleed|nose ~3 bleed\w*|bleed\w* ~3 nose|saign\w* du nez|(?:sangr\w*|sangrado) (?:de|por) la nariz|hemorragia nasal|epistaxis",
        needs=(_LONG_OR_THINNED,),
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
        r"sang ~3 (?:gicle|giclait|jaillit|pisse|partout|coule (?:beaucoup|a flots?|partout|sans arret)|ne s arrete|n arrete|s arrete pas|arrete pas)",
        r"pisse\w* le sang|saign\w* ~2 (?:comme|a flots|partout|enormement)",
        r"(?:mucha|muchisima|demasiada|tanta|bastante|un charco de|charcos de|chorros de) sangre",
        r"sangre ~3 (?:por todos lados|por todas partes|por todo|a chorros|chorrea\w*|brota\w*|no para|sin parar|no deja|no se detiene|no se para|no se corta)",
        r"sangr\w* (?:a chorros|sin parar|muchisimo)|no (?:para|deja|paraba) de (?:salir|salirle|salirme|brotar) ~2 sangre",
        # An artery: blood that comes in squirts, in time with the heart; blood measured in
        # mouthfuls or cups. "Sale a chorritos", "le sang sort par saccades", "spitting out
        # mouthfuls of blood, the cup is half full".
        rf"(?:{_BLOOD}|bleed\w*) ~4 (?:in (?:squirts|spurts|jets|pulses|waves|gushes)|puls\w*|throb\w*|with (?:each|every) (?:heartbeat|heart beat|beat|pulse)|in time with)",
        r"(?:mouthfuls?|cups?|cupfuls?|handfuls?|glass|bowl|bucket) of blood|(?:spit\w*|cough\w*|vomit\w*|throw\w* up|puk\w*) ~3 (?:mouthfuls?|clots|cups?)",
        r"(?:sang|saign\w*) ~4 (?:par (?:jets|saccades|a coups|giclees)|au rythme (?:du coeur|des battements)|pulse)|(?:bouchees|gorgees|tasses?|verres?|bols?) de sang|crach\w* ~3 (?:caillots|plein de sang)",
        r"sangre ~4 (?:a (?:chorritos|pulsos|borbotones)|con cada latido|al ritmo del corazon)|(?:bocanadas|bocados|tazas?|vasos?) de sangre|escup\w* ~3 (?:coagulos|bocanadas|mucha)",
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
    # A wound or the nose pouring blood, blood with signs of losing too much, blood from
    # the bowel in quantity.
    rule(
        "bleeding.described",
        rf"{_WOUND} ~4 (?:gushing|pouring|spurting|squirting|pumping|pissing|wont stop bleeding|hasnt stopped)",
        r"(?:its|it s|is|s|keeps|kept|still|blood|wound|cut) (?:spurting|squirting|pumping out|gushing|pouring|streaming)",
        r"(?:gushing|pouring|bleeding|seeping|soaking) (?:right )?through ~2 (?:the |a |his |her |my )?(?:towel|towels|bandage|bandages|gauze|dressing|shirt|cloth|tea towel)",
        rf"(?:stream|streams|river|jet|jets|steady stream) of {_BLOOD}|(?:passing|pooping|peeing|pissing|shitting) ~3 (?:pure|only|just|lots of|a lot of|so much) {_BLOOD}",
        r"(?:sleeve|shirt|towel|towels|bandage|clothes|pants|sheets|bed|gauze|dressing) ~3 (?:soaked|drenched)",
        r"(?:sang|saign\w*) ~3 (?:traverse|transperce|imbibe|trempe)\w* ~3 (?:serviette|pansement|linge|torchon|compresse|bandage)|(?:sangre|sangr\w*) ~3 (?:traspasa|atraviesa|empap\w*) ~3 (?:toalla|trapo|venda|gasa|vendaje)",
        r"a borbotones|(?:sale|salia|brota) ~2 a chorros|(?:charco|charcos) ~3 (?:en el|sangre)|(?:pisse|gicle|coule) ~3 (?:du nez|de la plaie)",
        needs=(
            rx(
                rf"{_BLOOD}|bleed\w*|bled|nose|nez|nariz|nosebleed|sang|saign\w*|sangr\w*|herida|plaie|coupure|corte|cut|wound|gash|slic\w*|slit|lacerat\w*|entaille\w*|tajo|cortada"
            ),
        ),
        needs_scope="message",
        unless=_BLOOD_TAKEN,
    ),
    # Bleeding from the throat after the tonsils were taken out: always seen the same day.
    rule(
        "bleeding.after_tonsils_out",
        rf"{_BLOOD}|bleed\w*|bled|(?:du )?sang(?! froid)|saign\w*|sangr\w*|hemorrag\w*",
        needs=(
            rx(
                r"tonsils? ~2 (?:out|removed|taken out)|tonsillectomy|(?:removed|took out|taken out) ~3 tonsils",
                r"amygdalectomie|(?:opere\w*|operation) (?:des|aux) amygdales|(?:enleve|retire|ote)\w* ~2 amygdales",
                r"amigdalectomia|(?:operaron|operado|operada|quitaron|sacaron|extirparon) ~3 amigdalas",
            ),
        ),
        needs_scope="message",
        unless=_BLOOD_TAKEN,
    ),
    # Bleeding from the gut: vomit like coffee grounds, black tarry stools.
    rule(
        "bleeding.from_the_gut",
        r"coffee grounds|black (?:tarry|sticky) (?:stool|stools|poop|poo)|tarry (?:stool|stools|poop|poo)",
        r"marc de cafe|selles ~2 (?:goudron\w*|noires et collantes)",
        r"(?:posos|asientos|cuncho) de cafe|heces ~2 (?:alquitran\w*|negras y pegajosas)|popo negra como (?:chapopote|alquitran)",
    ),
    rule(
        "bleeding.with_signs_of_shock",
        rf"{_BLOOD}|bleed\w*|bled|nosebleed|(?:du )?sang(?! froid)|saign\w*|sangr\w*|hemorrag\w*",
        needs=(_SHOCK,),
        unless=_BLOOD_TAKEN,
    ),
    # --- burns --------------------------------------------------------------------------
    rule(
        "burn.electrical",
        r"electrocut\w*|electric shock|choc electrique|struck by lightning|foudroye\w*|le dio la corriente|descarga electrica",
        # Current through the body from the mains or a line, in plain words: "got zapped by
        # a live wire", "a pris un coup de jus de 220 volts", "le dio un toque el cable".
        r"(?:zapped|shocked|jolted|electrified|thrown) ~4 (?:live wire|wire|wires|power line|powerline|mains|outlet|socket|cable|fence|\d+ ?volts?|high voltage)",
        r"(?:touched|grabbed|hit|contact with|shock from|shocked by) ~3 (?:a |the )?(?:live wire|power line|powerline|high voltage|exposed wire|mains)",
        r"(?:pris|recu|prend|pogne|a eu) ~3 (?:le |du |un )?(?:courant|decharge|coup de jus|jus de \d+)|electrise\w*|(?:touche|attrape) ~3 (?:un |le )?(?:fil (?:denude|sous tension)|ligne electrique|haute tension)",
        r"(?:le|me|les) (?:dio|paso|agarro) ~2 (?:la )?(?:corriente|descarga|toque)|(?:toco|agarro) ~3 (?:un |el )?cable ~3 (?:pelado|vivo|de luz|de alta)|(?:toco|agarro) ~3 (?:un |el )?cable pelado",
    ),
    # A chemical splashed in the eye burns it in minutes.
    rule(
        "burn.chemical_in_the_eye",
        r"(?:splash\w*|got|went|sprayed|squirted|spilled|spilt) ~4 (?:in|into) ~2 (?:eye|eyes)",
        r"(?:eclabouss\w*|recu|rentre\w*|gicle\w*|tombe\w*|renverse\w*) ~4 dans (?:l oeil|les yeux|son oeil|ses yeux|mon oeil|mes yeux)",
        r"(?:salpic\w*|cayo|entro|echo|le cayo|me cayo) ~4 (?:en|a) (?:el ojo|los ojos|su ojo|sus ojos|mi ojo|mis ojos)",
        needs=(_CHEMICAL,),
        needs_scope="message",
    ),
    # A caustic product on the skin: "spilled drain cleaner on my leg", "de l'acide sur le
    # visage", "me cayó ácido en la cara".
    rule(
        "burn.chemical_on_skin",
        rf"(?:spill\w*|splash\w*|spray\w*|got|poured|dropped|squirted|spilt|eating) ~5 (?:on|onto|over|into|in|through) ~2 (?:my |his |her |their |the )?{_BODY_PART}",
        rf"(?:renvers\w*|eclabouss\w*|vers\w*|tombe\w*|recu|gicle\w*|mis) ~5 (?:sur|dans) ~2 (?:le |la |les |l |mon |ma |mes |son |sa |ses )?{_BODY_PART}",
        rf"(?:cayo|cae|salpic\w*|derram\w*|echo|tiro|entro) ~5 (?:en|sobre|a) ~2 (?:el |la |los |las |mi |mis |su |sus )?{_BODY_PART}",
        needs=(_CHEMICAL,),
        unless_clause=_RINSED_OFF,
    ),
    rule(
        "burn.deep_or_wide",
        *_DEEP_OR_WIDE_BURN,
        needs=(_BURN_CAUSE,),
        needs_scope="message",
        unless=_SUN,
    ),
    # Smoke breathed in a fire: soot in the mouth, black phlegm, a hoarse voice.
    rule(
        "burn.smoke_inhalation",
        r"(?:inhaled|breathed in|breathing in|swallowed) ~3 (?:smoke|fumes)|smoke inhalation|(?:cough\w*|spit\w*) (?:up )?(?:black|soot\w*)|soot ~3 (?:nose|mouth|face|throat)",
        r"(?:inhale|respire|aspire|avale)\w* ~3 (?:fumee|fumees)|(?:tousse|crache)\w* (?:du |des )?(?:noir|suie|glaires noires)|suie ~3 (?:nez|bouche|visage|gorge)",
        r"(?:inhalo|respiro|trago|aspiro) ~3 humo|(?:tose|tosia|escupe|escupia) ~2 (?:negro|hollin|flemas negras)|hollin ~3 (?:nariz|boca|cara|garganta)",
        needs=(
            rx(
                r"fire|flames?|blaze|burning (?:house|building|car|room)|incendie|feu|flammes|incendio|fuego|llamas|se quemaba"
            ),
        ),
        needs_scope="message",
    ),
    rule(
        "burn.where_it_matters",
        *_BURNED_WHERE_IT_MATTERS,
        unless=_SUN,
    ),
    rule(
        "burn.severe",
        r"(?:severe|serious|bad|badly|major|large|big|deep|huge|extensive|third degree|second degree|chemical|electrical|electric|acid) ~2 burns?",
        r"burn(?:ed|t|s)? (?:myself |himself |herself )?(?:badly|severely)|burns? from ~2 fire",
        r"(?:boiling|scalding) (?:water|oil|kettle|pot|pan|soup|milk|coffee|tea)|hot (?:oil|grease)|grease fire|scald\w*",
        r"charred|skin ~2 (?:peeling off|white and|black)",
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
