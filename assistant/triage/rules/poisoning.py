"""Overdose and poisoning rules: too many pills, swallowed chemicals, toxic gas."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx

DRUG_EN = (
    r"(?:pills|tablets|capsules|meds|medication|medications|medicine|medicines|tylenol|advil|"
    r"ibuprofen|acetaminophen|paracetamol|aspirin|insulin|bottle|box|pack|packet|doses?|"
    r"sleeping pills|painkillers|opioids|oxy\w*|xanax|ativan|valium|benadryl|tramadol|morphine|codeine|"
    r"syrup|cough syrup|iron pills|iron tablets)"
)

# Drinking, eating or swallowing something that is not food: cleaning products, fuels, garden
# and pest chemicals, button batteries. Said of a child as often as of oneself.
SWALLOWED = (
    r"(?:swallow\w*|ate|eaten|eating|drank|drunk|drinking|ingest\w*|got into|chewed|chewing|"
    r"licked|sucked on|sipped|gulped|(?:had|took) a (?:sip|swig|mouthful|gulp) of|"
    r"bit into|bitten into|biting into|chomped|mordu\w*|mordill\w*|mordio|mordid[oa]|"
    r"aval\w+|bu|bue|bus|bois|boit|mange|mangee|ingere\w*|ingurgit\w*|lech\w*|croqu\w*|"
    r"trag\w+|bebi\w*|bebe|bebio|comi\w*|tom[oe]|tomado|tomando|ingiri\w*|inger\w+|chup\w+|lami\w*)"
)
HOUSEHOLD_PRODUCT = (
    r"(?:bleach|detergent|pods?|laundry \S+|dishwasher \S+|antifreeze|anti freeze|chemicals?|"
    r"cleaners?|cleaning (?:products?|stuff|liquid|fluid|spray|solution)|drain \S+|"
    r"windex|lysol|clorox|pine ?sol|mr clean|drano|comet|borax|oven cleaner|toilet (?:bowl )?cleaner|"
    r"mothballs?|moth balls?|naphtal\w+|boules? (?:a|antimites) \S+|naftalina|bolitas? de naftalina|"
    r"fabuloso|pinol|maestro limpio|suavitel|harpic|"
    r"button batter(?:y|ies)|batter(?:y|ies)|rat poison|weed ?killer|pesticide|insecticide|lye|ammonia|"
    # Poison or bait for pests, by what it kills: "ant poison", "mort aux rats", "veneno para
    # hormigas", "gel anti-cafards".
    r"(?:ant|ants|roach|roaches|cockroach|bug|slug|snail|mouse|mice|rat|rats|insect|wasp|fly|flea) (?:poison|bait|killer|gel|powder|spray|traps?|granules|pellets)|"
    r"veneno (?:para|de|contra) (?:las |los )?\S+|matahormigas|hormiguicida|cucarachicida|"
    r"(?:poison|appat|granules?|gel) (?:a|aux|pour|contre|anti) (?:les )?(?:fourmis|rats|souris|cafards|blattes|limaces|insectes)|(?:gel )?anti (?:fourmis|cafards|limaces)|"
    r"windshield (?:washer )?fluid|washer fluid|coolant|brake fluid|lave glace|lave vitre|"
    r"liquide de (?:refroidissement|frein)|limpiaparabrisas|liquido de frenos|refrigerante|"
    r"paint thinner|white spirit|turpentine|lighter fluid|lamp oil|kerosene|paraffin|petrol|"
    r"gasoline|methanol|nail polish remover|acetone|hand saniti[sz]er|essential oils?|"
    r"vape (?:juice|liquid)|e liquid|wild mushrooms?|poisonous \S+|toxic \S+|"
    r"washing up liquid|dish soap|dishwashing liquid|fabric softener|"
    r"(?:liquide|pastille|tablette|capsule|gel|poudre)s? (?:vaisselle|lave \S+|de lessive|pour (?:le|la|les|l) \S+|d entretien|menager\w*)|"
    r"(?:liquido|jabon|pastilla|capsula)s? (?:para|de) (?:lavar|limpiar|platos|trastes|lavavajillas|ropa|frenos)|"
    r"javel|eau de javel|produits? (?:menager\w*|d entretien|vaisselle|de nettoyage|chimique\w*|toxique\w*|pour (?:le|les|la|l) \S+)|"
    r"detergent\w*|lessive|capsules? de lessive|dosettes?|deboucheur\w*|destop|antigel|"
    r"desherbant\w*|mort aux rats|raticide|insecticide\w*|pesticide\w*|essence|petrole|"
    r"alcool a bruler|dissolvant|solvant\w*|ammoniaque|soude|piles? bouton|pile(?! de)|"
    r"huiles? essentielles?|gel hydroalcoolique|champignons? (?:sauvages?|veneneux|toxiques?)|"
    r"cloro|lejia|lavandina|detergente\w*|capsulas? de detergente|suavizante|"
    r"productos? (?:de limpieza|quimicos?|toxicos?|para limpiar|del hogar)|limpiador\w*|limpiavidrios|"
    r"desatascador\w*|destapa\w*|anticongelante|veneno|raticida|mata ?rr?atas|insecticida|"
    r"herbicida|pesticida|gasolina|queroseno|aguarras|thinner|diluyente|quitaesmalte|acetona|"
    r"amoniaco|(?:sosa|soda) caustica|pila de boton|pilas? de reloj|una pila(?! de)|"
    r"aceites? esenciales?|alcohol en gel|gel antibacterial|(?:hongos|setas) (?:silvestres|venenos[oa]s))"
)
# More than a dose: "a whole bottle", "a bunch of", "toute ma boîte", "un montón de", 20 or more.
_TOO_MANY_EN = (
    r"(?:too many|too much|way too many|a whole|the whole|an entire|entire|all (?:of )?(?:my|the|his|her|their)|"
    r"a handful|a bunch|a lot|lots|loads|a load|heaps|several|a bottle|a box|a pack|a packet|a strip|"
    r"double|triple|\d\d+|twenty|thirty|forty|fifty)"
)
_TOO_MANY_FR = (
    r"(?:trop de|toute la|toute une|toute ma|toute sa|tout le|tout mon|tous mes|toutes mes|tous les|"
    r"toutes les|beaucoup de|plein de|une boite|une plaquette|la boite|la plaquette|le flacon|un flacon|"
    r"une dizaine|une vingtaine|un paquet de|une poignee de|une gang de|\d\d+)"
)
_TOO_MANY_ES = (
    r"(?:demasiadas|demasiados|demasiado|todas|todos|todo el|toda la|toda mi|todas mis|todos mis|"
    r"una caja|un frasco|la caja|el frasco|un monton de|muchas|muchos|varias|varios|un punado de|"
    r"un chingo de|un buen de|bastantes|\d\d+)"
)

# A week's or a month's worth at once: "all his heart pills for the week", "tout son pilulier
# de la semaine", "las pastillas de todo el mes".
_SUPPLY = (
    r"(?:a|the|whole|entire|all|his|her|my|their|a full) (?:week|weeks|month|months)(?: worth)?(?: of)? ~3 (?:pills|meds|medication|medicine|tablets|doses)|"
    r"(?:pills|meds|medication|tablets|doses|pill organi[sz]er|pillbox) ~3 (?:for|of) the (?:whole |entire )?(?:week|month)|"
    r"(?:cachets|comprimes|medicaments|pilules|pilulier|doses) ~4 (?:de|pour) (?:la|toute la) (?:semaine|mois)|(?:pilulier|semainier) (?:entier|complet)|"
    r"(?:pastillas|medicamentos|pildoras|tabletas|pastillero|dosis) ~4 (?:de|para) (?:la|toda la|todo el) (?:semana|mes)"
)
_SWALLOWED_AT_ONCE = (
    r"(?:took|taken|swallowed|downed|popped|ate|aval\w+|pris|trag\w+|tomo|tome|tomado|se tomo) ~4"
)
_AT_ONCE = r"(?:at once|all at once|in one go|d un coup|d un seul coup|en une fois|de un jalon|de una vez|de golpe|todas juntas|tous ensemble)"

# Any medicine, its container, in the three languages.
# Medicines by name that people keep at home, and that harm a child or an adult at a few doses.
_DRUG_NAMES = (
    r"ritalin|adderall|concerta|vyvanse|melatonin\w*|zoloft|prozac|sertraline|lexapro|clonidine|"
    r"metformin\w*|lithium|seroquel|ambien|warfarin\w*|coumadin|digoxin\w*|methadone|suboxone|"
    r"percs?|percocet|vicodin|oxycodone|hydrocodone|gabapentin\w*|antidepress\w+|antihistamin\w*|"
    r"insulin[ae]?|dosis|beta blockers?|blood pressure (?:pills|meds|medication)|birth control pills|"
    r"fentanyl|fentanilo|buprenorphine|buprenorfina|morphine|morfina|tramadol"
)
# A skin patch that holds days of a drug: chewed or stuck on by a child, it is an overdose.
_PATCH = (
    r"(?:fentanyl|fentanilo|nicotine|nicotina|pain|morphine|morfina|buprenorphine|opioid) (?:patch|patches|patchs|parche|parches)|"
    r"(?:patch|patchs|timbre) (?:de |a la |au )?(?:fentanyl|nicotine|morphine)|parches? de (?:fentanilo|nicotina|morfina)"
)
_MEDICINE = (
    rf"(?:{DRUG_EN[3:-1]}|{_DRUG_NAMES}|{_PATCH}|pill organizer|pill organiser|pill ?box|pillbox|medicine cabinet|heart pills|"
    r"medicaments?|comprimes?|cachets?|pilules?|gelules?|somniferes?|pilulier|"
    r"pastillas?|medicamentos?|medicinas?|pildoras?|tabletas?|pastillero|botiquin)"
)
# A small child, by name or by age.
_CHILD = rx(
    r"toddler|baby|kid|kids|child|son|daughter|little (?:one|boy|girl)|\d+ ?(?:year|yr|month|yo|y o)s? old|\d+ ?(?:yo|yr|yrs)",
    r"bebe|enfant|petit|petite|fils|fille|gamin\w*|garcon|bambin\w*|\d+ (?:ans|mois)",
    r"nino|nina|ninito|ninita|hijo|hija|chiquit\w*|nene|nena|bebito|bebita|chamac\w*|escuincl\w*|\d+ (?:anos|meses)",
)
# Not "took" or "tomó": a child taking their own medicine is a dose.
_GOT_INTO = (
    r"(?:swallow\w*|ate|eaten|chewed|chewing|drank|drunk|got into|into|bit into|sucked on|licked|"
    r"found and|opened|got (?:a )?hold of|gobbled|aval\w+|mange|mangee|bu|croque\w*|ouvert|trouve|machouill\w*|mordill\w*|suce|sucait|mordi\w*|chupo|chupaba|"
    r"trag\w+|comi\w*|bebi\w*|mastic\w*|agarro|abrio|se metio)"
)
_VITAMINS = r"(?:gummies|gummy vitamins|vitamins|vitamines|vitaminas|gomitas)"
# Vitamins named as such (iron in them is what harms a child), not sweets.
_VITAMINS_BY_NAME = r"(?:vitamins|vitamines|vitaminas|gummy vitamins|iron (?:pills|tablets|supplements?)|pastillas de hierro|comprimes de fer)"
# Half or all of a jar, not one gummy: "se comió medio frasco", "a mangé la moitié du pot".
_A_LOT_OF = (
    r"(?:half|the whole|a whole|all|a bottle|a jar|a handful|medio|media|la mitad|todo|toda|todas|todos|"
    r"un frasco|un bote|un punado|la moitie|tout|toute|toutes|tous|un flacon|un pot|une poignee)"
)
# What a child finds at home that is poison at a child's size: cannabis edibles, nicotine, drink.
_CHILD_TOXIC = (
    r"(?:edibles?|weed|cannabis|marijuana|thc|pot brownies?|nicotine \S+|nicotine|cigarettes?|"
    r"cigarette butts|vape \S+|alcohol|vodka|liquor|mothballs?|megots?|alcool|"
    r"marihuana|mota|cigarros?|colillas?|vodka|tequila)"
)
# Drugs taken for effect, and the drink they are mixed with.
# Not pills alone ("took my pills and I'm throwing up" is a side effect) nor a drink alone; a
# coke or a glass of wine is not a drug.
_SUBSTANCE = (
    r"(?:mushrooms|shrooms|lsd|molly|mdma|ecstasy|cocaine|crack|meth|heroin|fentanyl|fent|"
    r"opioids?|oxy\w*|percs?|percocets?|xanax|benzos?|ketamine|ghb|edibles?|"
    r"laced|spiked|tainted|something (?:laced|weird|off)|coupee?|drogue\w*|adulterad[oa]|"
    r"champignons|champis|buvard|heroine|"
    r"hongos|honguitos|tachas?|heroina|fentanilo|chochos)"
)
_PILLS = r"(?:pills|tablets|sleeping pills|painkillers|pilules|cachets|comprimes|somniferes|pastillas|pildoras|calmantes)"
_DRINK = r"(?:alcohol|booze|vodka|drinks|drinking|drunk|wine|beer|liquor|alcool|vin|biere|boisson|cerveza|tragos|chupe|vino|tequila)"
_USED = (
    r"(?:took|taken|taking|did|done|doing|popped|snorted|smoked|injected|shot up|using|used|mixed|mixing|"
    r"dropped|ate|had|drank|pris|prend|consomme|fume|sniffe|injecte|melang\w*|pris|"
    r"tomo|tomaron|se metio|se metieron|consumio|fumo|inhalo|mezcl\w*|se echo)"
)
# What too much of a drug looks like: confused, drowsy, limp, pinpoint pupils, slow breathing,
# a racing heart, burning hot.
_INTOXICATED = rx(
    r"(?:very|so|really|super) sleepy|barely breathing|hardly breathing|"
    r"confused|confusion|drowsy|groggy|out of it|(?:wont|cant|cannot|hard to) (?:wake|stay awake|keep (?:her|him) awake)|nodding (?:off|out)|barely (?:conscious|awake)",
    r"(?:turning|going|gone|turned) (?:blue|grey|gray|purple)|devient (?:bleu|mauve)|(?:is|was|looks|looked|lips|face|skin|hes|shes|he s|she s) blue|found(?: \S+){1,2} blue|(?:est|etait|levres|visage) bleu\w*|(?:esta|estaba|labios|cara) (?:azul\w*|morad[oa]s?)|se (?:puso|esta poniendo) (?:morad[oa]|azul)|"
    r"floppy|limp|(?:tiny|pinpoint|pin point|pinned|small) pupils|breathing ~3 (?:slow|shallow|weird|funny)|slow breathing|lips ~3 blue|blue lips",
    r"bleed\w*|saign\w*|sangr\w*|sweating|sudando|transpir\w*|heart ~3 (?:racing|pounding)|burning (?:hot|up)|seizing|hallucinat\w*|not making sense|slurring|passed out|unresponsive",
    r"respire a peine|(?:tres|super|vraiment) endormi\w*|confus\w*|somnolent\w*|(?:tout|toute) (?:mou|molle)|dans les vapes|pupilles ~3 (?:petites|minuscules|tete d epingle)|respire ~3 (?:lentement|mal|pas bien|bizarre)",
    r"levres ~3 bleu\w*|coeur ~3 (?:bat vite|s emballe|debat)|delir\w*|hallucin\w*|(?:reveille|repond) (?:pas|plus|pu)",
    r"(?:muy|bien|super) dormid[oa]|no despierta|respira apenas|apenas respira|confundid[oa]|adormilad[oa]|somnolient[oa]|atontad[oa]|bien id[oa]|no (?:reacciona|se despierta|responde)|pupilas ~3 (?:chiquitas|pequenas|diminutas|puntitos)",
    # Hard to rouse, eyes that will not stay open, a snore that is not sleep, sight gone
    # yellow (digoxin), vomiting after a wrong dose.
    r"(?:barely|cant|cannot|hardly|hard to|can barely|can hardly) (?:rouse|keep (?:his|her|their|my) eyes open|keep \S+ eyes open)|(?:wont|doesnt) rouse|mumbl\w*|incoheren\w*|snor\w* ~2 (?:weird\w*|strange\w*|funny|loud\w*|oddly)|gurgl\w*",
    r"(?:sees|seeing|see|voit|vois|ve|veo) ~2 (?:yellow|jaune|amarillo)|(?:garde|peut garder) (?:pas|plus) les yeux ouverts|marmonn\w*",
    r"respira ~3 (?:lento|despacio|raro|poco)|labios ~3 (?:morados|azules)|corazon ~3 (?:acelerado|a mil)|alucin\w*|desvari\w*|blandit[oa]|aguadit[oa]",
)
# After a wrong dose, vomiting is a sign of too much too (digoxin, iron, lithium).
_INTOXICATED_OR_SICK = rx(_INTOXICATED.pattern, r"vomit\w*|throwing up|threw up|vomi\w*")
# A dose doubled or taken by mistake, which matters once the person is drowsy or confused.
_DOSE_ERROR = (
    r"(?:twice|double|doubled|extra|by mistake|by accident|wrong (?:pills|meds|medicine)|mixed up|"
    r"(?:3|4|5|three|four|five|several) times|(?:3|4|trois|quatre|tres|cuatro) (?:fois|veces)|se equivoc\w*|"
    r"deux fois|en double|par erreur|de trop|(?:s est|se sont|me suis|s etait) (?:trompe\w*|melange\w*)|"
    r"dos veces|doble|por error|de mas|(?:se|me) confundi\w*)"
)

# Months sober after an overdose is recovery, not an overdose: "been sober 14 months after
# his overdose", "clean depuis deux ans", "lleva un año limpio".
_RECOVERED = rx(
    r"(?:sober|clean|in recovery|recovering|abstinent)(?: for| now| since)? ~2 (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|few) (?:days|weeks|months|years|yrs|year|month)",
    r"(?:sobre|clean|abstinent\w*|en (?:reta|reha)bilitation) depuis|(?:sobri[oa]|limpi[oa]|en recuperacion) (?:desde hace|hace|por|ya)|(?:lleva|llevo) ~3 (?:sobri[oa]|limpi[oa])",
)

_STREET_DRUG = (
    r"(?:drugs?|heroin|coke|cocaine|fentanyl|fent|meth|ketamine|mdma|molly|ghb|lsd|"
    r"drogue\w*|heroine|cocaine|droga|drogas|heroina|cocaina|fentanilo|perico|tachas?)"
)
# Bleach mixed with another product gives off a gas that burns the lungs.
_MIXED_BLEACH = (
    r"mix\w* ~4 (?:bleach|ammonia|clorox) ~5 (?:ammonia|vinegar|acid|another|other|cleaner|toilet|product|bleach)",
    r"melang\w* ~4 (?:javel|ammoniaque) ~6 (?:ammoniaque|vinaigre|acide|autre|produit|javel)",
    r"mezcl\w* ~4 (?:cloro|lejia|amoniaco) ~5 (?:amoniaco|vinagre|acido|otro|producto|cloro|lejia)",
)
_FUMES_HARM = rx(
    r"cough\w*|breath\w*|wheez\w*|chok\w*|eyes (?:burn|sting)|dizzy|fumes?|smoke",
    r"touss\w*|toux|respir\w*|fumee|vapeurs?|etourdi\w*|yeux ~2 (?:brulent|piquent)",
    r"tos\w*|respir\w*|humo|vapores?|gas|mare\w*|ojos ~2 (?:arden|pican)",
)
# Food poisoning is a stomach bug, not a poison: "had food poisoning from bad sushi".
_NOT_FOOD = r"(?<!food )"
# A tasted product spat out, or a poison line that said all is well: a message for the
# record, not an emergency ("licked a pod but spat it out, poison control said he's fine").
_ALL_CLEAR = rx(
    r"(?:spit|spat) (?:it )?(?:out|right out)|(?:poison control|poison centre|poison center|doctor|nurse|pharmacist|they) (?:said|says|told us) ~4 (?:fine|ok|okay|nothing|no harm|safe)",
    r"(?:a|l a) recrache|(?:centre antipoison|medecin|pharmacien\w*|infirmi\w*) (?:a dit|dit|nous a dit) ~4 (?:rien|ok|bien|pas grave|sans danger)",
    r"lo (?:escupio|escupe)|(?:toxicologia|el medico|la doctora|el doctor|la enfermera) (?:dijo|dice|nos dijo) ~4 (?:bien|nada|no pasa nada|sin peligro)",
)
_CONTAINER = r"(?:bottle|cup|glass|container|jar|can|mug|bouteille|verre|flacon|pot|gourde|tasse|botella|vaso|frasco|envase|lata|taza)"
# Gas smelled in the house, with people unwell: a leak, or a burner giving off fumes.
_GAS_LEAK = (
    r"(?:smell|smelled|smelt|smelling|smells) (?:of |like )?gas|gas leak|leaking gas",
    r"(?:odeur|sent|sentait|senti) (?:de |le |du )?gaz|fuite de gaz",
    r"(?:huele|olia|olor|oliamos) a gas|fuga de gas|se sale el gas",
)
# A carbon monoxide alarm sounding, and people in the house unwell.
_CO_ALARM = (
    r"(?:carbon monoxide|co|monoxide|monoxyde|monoxido) ~2 (?:alarm|alarms|detector|detectors|detecteur|alarme|alarma|detector) ~4 (?:beep\w*|going off|went off|goes off|sound\w*|ring\w*|chirp\w*|sonne\w*|a sonne|suena|sono|pita\w*)",
    r"(?:alarm|detector|detecteur|alarme|alarma) ~3 (?:carbon monoxide|monoxide|monoxyde|monoxido) ~4 (?:beep\w*|going off|went off|sound\w*|sonne\w*|a sonne|suena|sono|pita\w*)",
)
# Something that burns fuel, run indoors: a generator in the garage, a charcoal grill in the
# tent, a gas heater in a closed room. With people unwell, that is carbon monoxide.
_FUEL_BURNER = (
    r"(?:generator|charcoal|barbecue|bbq|grill|hibachi|kerosene heater|gas heater|propane heater|camping stove|"
    r"groupe electrogene|generatrice|generateur|brasero|charbon|chauffage d appoint|chauffage au gaz|poele a petrole|"
    r"generador|planta de luz|anafre|carbon|asador|calentador de gas|estufa de gas)"
)
_ENGINE = r"(?:car|engine|motor|truck|moteur|voiture|char|auto|carro|coche|camioneta)"
_CLOSED_ROOM = (
    r"(?:in|inside) (?:the |our |a |my )?(?:garage|basement|tent|shed|closed room|caravan|camper|cabin)|indoors|"
    r"dans (?:le |la |notre |un |une )?(?:garage|sous sol|cave|tente|piece fermee|cabane|roulotte)|a l interieur|"
    r"(?:en|dentro de|dentro del|en el) (?:el |la |nuestra |nuestro |un |una )?(?:garaje|garage|cochera|sotano|tienda de campana|casa de campana|cuarto cerrado|cabana)"
)
_GARAGE = r"(?:garage|garaje|cochera)"
_UNWELL = rx(
    r"headaches?|dizzy|sick|nause\w*|vomit\w*|throwing up|drowsy|sleepy|confused|faint\w*",
    r"mal (?:a|de) (?:la )?tete|etourdi\w*|nausee\w*|vomi\w*|somnolent\w*|confus\w*",
    r"dolor de cabeza|(?:duele|dolia|duelen) ~2 (?:la )?cabeza|mare\w*|nausea\w*|vomit\w*|somnolient\w*|confundid\w*",
    r"head\w* (?:hurt|hurts|pound\w*)|light ?headed|mal au crane|la tete qui tourne",
)
# Berries, leaves or mushrooms from a plant eaten, and the plant is poisonous or the child
# is now unwell.
_PLANT = (
    r"(?:ate|eaten|eating|swallowed|chewed|chewing) ~4 (?:berries|berry|mushrooms?|leaves|leaf|seeds|plant|plants|flowers?|bulbs?)",
    r"(?:mange|mangee|avale|avalee|croque) ~4 (?:baies|baie|champignons?|feuilles?|graines|plante|plantes|fleurs?)",
    r"(?:comio|comido|trago|mastico) ~4 (?:bayas|moras|frutos|hongos|setas|hojas|semillas|planta|plantas|flores)",
)
_PLANT_HARM = rx(
    r"poison\w*|toxic|vomit\w*|throwing up|drool\w*|drowsy|sleepy|seiz\w*|convuls\w*",
    r"toxique\w*|vene\w*|vomi\w*|bave|somnolent\w*",
    r"venenos\w*|toxic[oa]s?|vomit\w*|babe\w*|somnolient\w*",
)

RULES: tuple[Rule, ...] = (
    # --- overdose and poisoning ---------------------------------------------------------
    rule(
        "overdose_poisoning.overdose",
        rf"overdos\w*|od d|carbon monoxide(?! (?:detector|alarm)s?)|poisoned|{_NOT_FOOD}poisoning|poison(?! ivy| oak| control| cent\w*| help ?line)",
        rf"(?:took|taken|take|taking|swallowed|popped|downed) ~2 {_TOO_MANY_EN} ~3 {DRUG_EN}",
        # Too much of a street drug: "took way too much heroin", "se metió demasiada droga".
        rf"(?:too much|way too much|too many) ~2 {_STREET_DRUG}|trop (?:de |d )?{_STREET_DRUG}|(?:demasiad[oa]s?|much[oa]s?) {_STREET_DRUG}",
        rf"{DRUG_EN} ~4 (?:on purpose|deliberately|intentionally)|(?:on purpose|deliberately|intentionally) ~3 (?:took|swallowed|overdosed)",
        r"(?:swallowed|ate|eaten|drank|drunk|got into|chewed) ~4 (?:pills|tablets|capsules|medicine|medication|meds|bleach|detergent|pod|pods|antifreeze|chemical|chemicals|cleaner|battery|rat poison|weed killer|lye)",
        unless_clause=_RECOVERED,
    ),
    rule(
        "overdose_poisoning.household",
        rf"{SWALLOWED} ~4 {HOUSEHOLD_PRODUCT}",
        # From a bottle that held it: "drank from a water bottle that had weed killer in it".
        rf"{SWALLOWED} ~4 {_CONTAINER} (?:that |which |qui |que )?(?:had|has|held|contained|containing|with|full of|avait|contenait|avec|plein de|tenia|contenia|con|llena de|lleno de) ~2 {HOUSEHOLD_PRODUCT}",
        unless=_ALL_CLEAR,
    ),
    rule(
        "overdose_poisoning.mixed_bleach",
        *_MIXED_BLEACH,
        needs=(_FUMES_HARM,),
        needs_scope="message",
    ),
    rule("overdose_poisoning.co_alarm", *_CO_ALARM, needs=(_UNWELL,), needs_scope="message"),
    rule(
        "overdose_poisoning.fuel_burned_indoors",
        rf"{_FUEL_BURNER} ~8 {_CLOSED_ROOM}|{_CLOSED_ROOM} ~6 {_FUEL_BURNER}",
        rf"{_ENGINE} ~3 (?:running|on|idling|tourne|qui tourne|en marche|prendido|encendido) ~6 {_GARAGE}|{_GARAGE} ~6 {_ENGINE} ~3 (?:running|on|idling|qui tourne|en marche|prendido|encendido)",
        needs=(_UNWELL,),
        needs_scope="message",
    ),
    rule("overdose_poisoning.gas_leak", *_GAS_LEAK, needs=(_UNWELL,), needs_scope="message"),
    # A household poison swallowed, and now the signs: "se tomó un poco del líquido que era
    # veneno para hormigas, está vomitando".
    rule(
        "overdose_poisoning.swallowed_and_sick",
        rf"{SWALLOWED} ~8 {HOUSEHOLD_PRODUCT}",
        needs=(_INTOXICATED_OR_SICK,),
        needs_scope="message",
        unless=_ALL_CLEAR,
    ),
    rule(
        "overdose_poisoning.plant",
        *_PLANT,
        needs=(_PLANT_HARM,),
        needs_scope="message",
        # "Are they poisonous? No symptoms" is a question for the clinic.
        unless=rx(
            _ALL_CLEAR.pattern,
            r"no symptoms?|sans (?:aucun )?symptomes?|aucun symptome|sin (?:ningun )?sintomas?|ningun sintoma",
        ),
    ),
    # A week's supply swallowed at once, by mistake or not: no signs needed yet.
    rule(
        "overdose_poisoning.supply_at_once",
        rf"{_SWALLOWED_AT_ONCE} {_SUPPLY}",
        rf"{_SWALLOWED_AT_ONCE} {_AT_ONCE} ~3 (?:all|tous|toutes|todas|todos) ~4 {_MEDICINE}",
        rf"{_SWALLOWED_AT_ONCE} (?:all|tous|toutes|todas|todos) ~4 {_MEDICINE} ~3 {_AT_ONCE}",
    ),
    # A child who got into someone's medicines: any amount is an emergency.
    rule(
        "overdose_poisoning.child_into_medicines",
        rf"{_GOT_INTO} ~5 (?:{_MEDICINE}|{_CHILD_TOXIC})|{_GOT_INTO} (?:some|a few|a couple|several|one|two|three|\d+|all|a bunch|a handful) of ~4 (?:{_MEDICINE}|{_VITAMINS})|{_MEDICINE} ~3 (?:are|were|is) missing|missing ~3 {_MEDICINE}",
        r"(?:manque|manquent) ~3 (?:comprimes|pilules|cachets)|faltan ~3 (?:pastillas|pildoras|tabletas)",
        # An open or empty container, and no one knows how much went down.
        rf"(?:open|opened|empty) (?:bottle|box|pack|packet|container|jar) of ~2 (?:{_MEDICINE}|{_VITAMINS})",
        rf"(?:{_MEDICINE}|{_VITAMINS}) ~8 (?:(?:dont|do not|no idea|not sure) ~2 how (?:many|much)|(?:bottle|box|pack|jar) (?:is|was) empty)",
        rf"(?:flacon|boite|tube|pot) (?:ouvert|vide) (?:de|d) ~2 {_MEDICINE}|{_MEDICINE} ~8 (?:sais|sait|savons) pas combien",
        rf"{_GOT_INTO} ~3 {_A_LOT_OF} ~4 {_VITAMINS_BY_NAME}",
        # The medicine in the mouth: "found my fentanyl patch and was chewing on it".
        rf"{_MEDICINE} ~4 (?:chew\w*|suck\w*|lick\w*|in (?:his|her|their) mouth|mordill\w*|machouill\w*|dans (?:sa|la) bouche|mastic\w*|chup\w*|en (?:la|su) boca)",
        rf"(?:frasco|caja|bote) (?:abierto|vacio) de ~2 {_MEDICINE}|{_MEDICINE} ~8 no (?:se|sabemos|sabe) cuant[oa]s",
        needs=(_CHILD,),
        # "Can I give him ibuprofen?", a pill swallowed whole: a dose, not a poisoning.
        unless_clause=rx(
            r"(?:pill|tablet|capsule|comprime|gelule|pastilla|capsula|pildora) ~2 (?:whole|entier\w*|enter[oa]|sin masticar)",
            r"(?:can|should|may|could) (?:i|we) give",
            r"(?:peux|puis|dois|peut) (?:je|on) (?:lui )?donner|(?:puedo|podemos|debo) dar\w*",
        ),
    ),
    # Drugs or drink taken, and the signs of too much: a concrete overdose without the word.
    rule(
        "overdose_poisoning.substance_and_signs",
        rf"{_USED} ~4 {_SUBSTANCE}|needle|syringe|seringue|aguja|jeringa",
        rf"{_PILLS} ~5 {_DRINK}|{_DRINK} ~5 {_PILLS}",
        # Cocaine by its street name, said the way no one says it of a soft drink.
        r"(?:snort\w*|did|doing|done|lines? of|bumps? of|sniff\w*|pris de la|prend de la|lignes? de) (?:some )?coke",
        r"(?:se metio|metiendo|jalo|jalando|esnif\w*|inhalo) ~2 (?:coca|perico|cocaina)",
        # A drink spiked: "someone put something in her drink", "le metieron algo en la
        # bebida", "on a mis quelque chose dans son verre".
        r"(?:put|slipped|spiked) (?:something|anything|\S+) (?:in|into) (?:my|his|her|their) drink|(?:drink|drinks) (?:was|were|got) (?:spiked|drugged)",
        r"mis (?:quelque chose|un truc|\S+) dans (?:mon|son|sa|leur) (?:verre|boisson|cocktail)|(?:verre|boisson) drogue\w*",
        r"(?:metieron|echaron|pusieron) (?:algo|\S+) en (?:la|su|mi) (?:bebida|copa|trago|vaso)",
        # Found next to an empty bottle of pills: "next to an empty pill bottle", "à côté d'une
        # boîte vide", "junto a un frasco vacío".
        r"empty (?:pill |medicine |meds )?(?:bottle|bottles|box|boxes|pack|packet|blister|container)|(?:boite|flacon|plaquette|tube)s? (?:de \S+ )?vides?|(?:frasco|caja|blister|bote)s? (?:de \S+ )?vaci[oa]s?",
        r"shot up|shooting up|se (?:pique|piquait|shoote|shootait)|se (?:inyecto|inyecta|pico|pica)",
        needs=(_INTOXICATED,),
        needs_scope="message",
    ),
    rule(
        "overdose_poisoning.wrong_dose_and_signs",
        rf"{_MEDICINE} ~6 {_DOSE_ERROR}|{_DOSE_ERROR} ~4 {_MEDICINE}",
        needs=(_INTOXICATED_OR_SICK,),
        needs_scope="message",
    ),
    rule(
        "overdose_poisoning.fr",
        r"surdos\w*|intoxi\w+(?![a-z])(?! aliment\w*)|empoisonn\w+",
        rf"(?:pris|avale|avalee|bu|mange|ingere) ~4 {_TOO_MANY_FR} ~3 (?:medicaments|comprimes|cachets|pilules|gelules|somniferes|anxiolytiques|antidepresseurs|doliprane|paracetamol|boite|plaquette|insuline|doses?|flacon|sirop|xanax|ativan|valium|tylenol|advil|ibuprofene|morphine|codeine|opioides?|fentanyl|benzos?)",
        r"(?:medicaments|comprimes|cachets|pilules|somniferes) ~4 (?:expres|volontairement)|(?:expres|volontairement) ~3 (?:pris|avale)",
        r"(?:avale|bu|mange) ~4 (?:medicaments|comprimes|cachets|pilules|javel|produit|detergent|somniferes|poison|doliprane)",
        unless_clause=_RECOVERED,
    ),
    rule(
        "overdose_poisoning.es",
        r"sobredosis|intoxica\w+(?![a-z])(?! (?:aliment\w*|por alimentos|por comida|estomacal))|envenen\w+",
        rf"(?:tome|tomo|tomado|trague|trago|tragado|bebi|bebio|comio) ~2 {_TOO_MANY_ES} ~3 (?:pastillas|medicamentos|pildoras|tabletas|capsulas|caja|frasco|paracetamol|ibuprofeno|insulina|dosis|calmantes|somniferos|antidepresivos|jarabe|xanax|clonazepam|rivotril|tafil|tramadol|morfina|fentanilo|tylenol|advil)",
        r"(?:tome|tomo|trago|trague|bebio|bebi|se tomo|se bebio) ~3 (?:jarabe|frasco|caja|pastillas|medicamento|botella|blister) ~4 (?:entero|entera|completo|completa)",
        r"(?:pastillas|medicamentos|pildoras|tabletas) ~4 (?:a proposito|adrede|queriendo|intencionalmente)|(?:a proposito|adrede) ~3 (?:tome|tomo|trague|trago)",
        r"(?:trago|trague|bebio|bebi|comio|tomo) ~4 (?:pastillas|medicamentos|cloro|lejia|veneno|detergente|anticongelante)",
        unless_clause=_RECOVERED,
    ),
)
