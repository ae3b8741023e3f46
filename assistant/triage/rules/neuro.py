"""Neurological rules: seizures, unresponsiveness, the sudden worst headache, meningitis signs."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx
from assistant.triage.rules.words import CANT, FEVER_WORDS

# Someone who has collapsed and cannot be roused; "not responding to the antibiotics" or
# "ne répond pas à mes mails" is not that.
_NOT_TREATMENT_OR_MAIL = (
    r"(?! (?:to|a|au|aux|al|a los|a las) (?:\S+ )?(?:antibio|treatment|traitement|tratamiento|"
    r"medic|meds|drug|pill|steroid|chemo|therap|terap|physio|inhaler|email|mail|message|mensaje|"
    r"text|call|appel|llamad|letter|lettre|phone|telephone|telefono|request|question|pregunta|mails?|emails?|"
    r"referral|form|courriel|correo))"
    # Nor "not answering his phone": that is silence, a worry of its own.
    r"(?! (?:his|her|my|their|the|your|our|su|sus|son|sa|ses) (?:phone|cell|mobile|calls?|texts?|messages?|door|emails?|texto|telefono|celular|llamadas|mensajes|telephone|cellulaire|appels?))"
)
COLLAPSED = rx(
    r"collaps\w*|faint\w*|passed out|blacked out|fell|fallen|keeled over|out cold|slump\w*|(?:went|gone|goes) limp",
    r"(?:on|in) the (?:floor|ground|bathroom|kitchen)",
    r"evanoui\w*|effondre\w*|tombe\w*|malaise|par terre|au sol|(?:etendu|etendue|allonge|allongee|couche|couchee) ~2 (?:par terre|au sol|sur le plancher)|inerte",
    r"desmay\w*|desplom\w*|se cayo|caid[oa]|tirad[oa]|en el suelo|en el piso",
    r"affaiss\w*|affale\w*|s est (?:ecroule|ecroulee|effondre\w*)|se (?:desvanecio|fue de lado|derrumbo|quedo (?:tirad[oa]|desguanzad[oa]))",
)
# Head pain named, or described: "the back of my head exploded", "she grabbed her head",
# "une douleur atroce à l'arrière de la tête", "sentía que le iba a estallar la cabeza".
HEADACHE_TERM = rx(
    r"headache|head ache|migraine|head (?:pain|hurts)|pain in my head",
    r"(?:pain|ache|pressure|pounding|throbbing) ~5 (?:head|skull)",
    r"head ~3 (?:exploded|exploding|explode|split|splitting|pounding|throbbing|bursting|burst)|head ~4 (?:0|zero) to (?:10|ten)",
    r"(?:exploded|exploding|explode|burst|bursting) ~2 in (?:my|her|his|their) head",
    r"(?:grabbed|grabbing|clutched|clutching|holding|held) (?:the (?:back|side|top) of )?(?:her|his|my|their) head",
    # A blow that did not happen: "like I got hit in the back of the head with a bat", "comme
    # un coup de poignard dans la tête", "como un martillazo en la cabeza".
    r"(?:like|as if|as though) ~4 (?:hit|struck|smacked|whacked|shot|stabbed|kicked) ~5 head|(?:like|as if) ~3 (?:knife|gunshot|bomb|lightning|bat|hammer) ~4 head",
    r"(?:coup|coups) (?:de poignard|de couteau|de marteau|de massue|de batte|de tonnerre) ~4 (?:tete|crane)|mal de bloc",
    r"(?:punalada|martillazo|golpe|golpazo|balazo|rayo|chingadazo|chingazo|madrazo|putazo|trancazo|fregadazo|catorrazo|vergazo|cabronazo) ~4 (?:cabeza|craneo|nuca)",
    r"mal (?:de|a la) (?:tete|crane)|cephalee|douleur ~6 (?:tete|crane)",
    r"(?:tete|crane) ~3 (?:explose|eclate|exploser|eclater|fendre)|(?:se tient|se tenait|agrippe\w*) (?:la|sa) tete",
    r"dolor de cabeza|cefalea|me duele ~2 la cabeza|jaqueca|dolor ~6 (?:cabeza|craneo|nuca)|le duele ~2 la cabeza",
    r"(?:estall\w*|explot\w*|revent\w*|reviant\w*) ~2 (?:la|mi|su) cabeza",
    r"(?:cabeza|craneo) ~3 (?:explota|exploto|estalla|estallar|revienta|reventar)|(?:se agarro|se agarra|se agarraba|agarrandose) la cabeza",
)
SUDDEN = rx(
    r"sudden|suddenly|all at once|out of nowhere|came on (?:fast|quickly)|in seconds|abrupt\w*",
    r"a minute ago|explosive|like a hammer|hit with a hammer",
    r"in (?:like |about |maybe |just |less than )?(?:a|one) (?:second|split second|instant|heartbeat)|out of the blue|all of a sudden|instantly|came on (?:in|like)",
    # From nothing to the worst in a moment, or during effort or sex (a thunderclap's triggers).
    r"(?:from )?(?:0|zero) to (?:10|ten|100)|during (?:sex|intercourse|orgasm)|(?:while|when) (?:straining|lifting|having sex)|pendant (?:l amour|les rapports|un rapport)|de 0 a 10|de cero a (?:diez|10)|durante (?:el sexo|las relaciones|la relacion)",
    # "Como nunca, empezó de golpe": "nunca" there is a comparison, not a denial of the onset.
    r"(?:like|comme|como) (?:never|jamais|nunca) ~4 (?:suddenly|d un coup|soudain\w*|de golpe|de repente)",
    r"soudain\w*|brutal\w*|d un coup|subit\w*|tout d un coup|en une seconde|sans prevenir",
    r"de repente|de golpe|repentin\w*|subit\w*|sin aviso|de pronto|de la nada|en un segundo|de un momento a otro",
)
SEVERE = rx(
    r"severe|extreme\w*|excruciating|terrible|intense|violent|unbearable|horrible|agoni\w+",
    r"worst|hammer|like never before|10 (?:out of |over |sur |de |en )?10|ten out of ten|blinding|splitting|crushing|cegador\w*|aveuglant\w*|explod\w*|explosive|screaming|screamed|(?:hit|struck) (?:with|by) a (?:bat|brick|hammer)",
    r"(?:never|not) (?:had|felt) (?:anything|something|pain) like (?:it|this|that)|like nothing (?:before|ever|else)|nothing like (?:it|this|that) before",
    # Not like the usual ones: "nothing like my migraines", "rien à voir avec mes migraines",
    # "nada que ver con mis jaquecas"; "insane", "the most awful".
    r"nothing like (?:them|it|my (?:usual|normal|other|regular) \S+|my \S+)|(?:different|not like) (?:from )?my (?:usual|normal|other|regular)|insane|crazy bad|unreal|(?:the )?most (?:painful|intense|insane|awful|horrible|severe)|(?:0|zero) to (?:10|ten)|split (?:open|in two)",
    r"rien a voir avec (?:mes|d habitude|les autres)|pas comme (?:mes|d habitude|les autres)|jamais eu (?:aussi|si) mal|(?:0|zero) a 10",
    r"nada que ver con (?:mis|las de siempre|las otras)|(?:no|nunca) (?:me|le) (?:habia|ha|habian) dolido (?:asi|tanto)|diferente (?:a|de) (?:mis|las de siempre)",
    r"violent\w*|insupportable|terrible|atroce|jamais eu|epouvantable|hurl\w*|crie\w*|jamais (?:senti|ressenti) (?:ca|rien)",
    r"muy fuerte|fuerte|intens\w+|insoportable|terrible|horrible|como nunca|brutal|explosi\w*|explot\w*|estall\w*|revent\w*|punalada|grit\w*|nunca (?:habia|he|ha) (?:sentido|tenido)",
)

# Meningitis signs. A stiff neck with a fever, or a rash that does not fade under a pressed
# glass, is an emergency whatever else is said; a stiff neck after a bad night is not.
STIFF_NECK = (
    r"(?:hurts|painful|pain|cant|cannot) (?:to|when|if) ~3 (?:bend|put|touch|bring|move|tilt|lower) ~4 (?:neck|chin|head)|chin (?:to|on|onto|against) (?:his|her|my|their|the) chest",
    r"stiff neck|neck ~3 (?:stiff|rigid)|neck (?:stiffness|rigidity)|stiffness (?:in|of) ~2 neck|(?:cant|cannot|unable to) (?:bend|move|touch|put|bring|lower|tilt) ~4 (?:neck|chin|head forward)",
    r"(?:nuque|cou) ~2 (?:raide|rigide|bloque\w*)|raideur ~3 (?:nuque|cou)",
    r"(?:peut|peux|arrive) (?:pas|plus|pu) (?:a )?(?:plier|bouger|baisser|pencher|tourner) ~2 (?:le cou|la tete|la nuque)",
    r"(?:nuca|cuello) ~2 (?:rigid\w*|ties[oa]|dur[oa])|rigidez ~3 (?:nuca|cuello)",
    r"no (?:puede|puedo) (?:doblar|mover|bajar|agachar) ~3 (?:el cuello|la cabeza)",
)
LIGHT_HURTS = (
    r"light ~3 (?:hurts|hurting|painful|bothers)|(?:cant|cannot) (?:stand|bear|look at) (?:the )?light",
    r"lumiere ~3 (?:fait mal|gene|insupportable)|(?:supporte|supporter) (?:pas|plus) la lumiere",
    r"(?:luz|claridad) ~3 (?:molesta|duele|lastima)|no (?:soporta|soporto|aguanta|aguanto) la luz",
)
RASH_THAT_DOES_NOT_FADE = (
    r"(?:rash|spots|marks|blotches) ~6 (?:doesnt|does not|dont|do not|didnt|wont|not) (?:fade|go away|disappear|blanch|go white)|glass test|tumbler test|non blanching",
    r"(?:purple|dark red) (?:rash|spots|blotches)|purpura",
    r"(?:taches|boutons|plaques|eruption) ~6 (?:ne s effacent|ne disparaissent|ne partent|ne blanchissent|s effacent pas|disparaissent pas)|(?:taches|plaques) (?:violettes|violacees|pourpres)",
    r"(?:manch\w*|puntos|puntitos|ronch\w*|sarpullido|erupcion) ~6 no (?:desaparecen|se borran|se quitan|se van|palidecen|se aclaran)|(?:manchas|puntos|puntitos|ronchas) (?:moradas|morados|purpuras|violetas|violaceas)",
)

# A fever that is there: "no fever", "pas de fièvre", "sin fiebre" is not one.
_FEVER_PRESENT = rx(
    *(
        rf"(?<!no )(?<!not )(?<!without )(?<!pas de )(?<!sans )(?<!sin )(?<!ni )(?<!aucune )(?:{words})"
        for words in FEVER_WORDS
    )
)
# Movements named the way a witness names them: "jerky movements", "des mouvements
# saccadés", "movimientos bruscos". Shaking words with no qualifier ("shaking") stay out.
_JERKY_MOVEMENTS = (
    r"(?:jerky|jerking|twitchy|twitching|rhythmic|spasmodic) (?:movements?|motions?)|(?:arms?|legs?|limbs?|body) ~2 (?:jerk\w*|twitch\w*|flail\w*)",
    r"mouvements? ~2 (?:saccade\w*|brusques|involontaires|rythmiques)|(?:bras|jambes|membres|corps) ~3 (?:saccade\w*|secoue\w*|sursaut\w*)",
    r"movimientos? ~2 (?:brusco\w*|involuntario\w*|ritmico\w*|espasmodico\w*)|(?:brazos|piernas|cuerpo) ~3 (?:se sacud\w*|brinc\w*|se mueven solos)",
)
# What a convulsion looks like to someone watching. Shaking alone is also a fever's rigors or
# fright; with a second sign (eyes turned, foam, stiff, not responding) it is a seizure.
_SHAKING = (
    r"(?:shaking|shakes|shook|jerking|jerks|twitching|trembling|thrashing|spasming) ~3 (?:all over|uncontrollabl\w*|whole body|arms and legs|everywhere|nonstop|non stop|wont stop|violently)",
    r"(?:tremble|tremblait|tremblement\w*|secoue|secousses|gigote|spasmes) ~3 (?:de partout|partout|tout le corps|sans arret|violemment|incontrolable\w*)",
    r"(?:tiembla|temblaba|temblando|temblor\w*|se sacude|sacudiendo|se sacudia|brinca|brincaba|zangolote\w*) ~3 (?:todo|todito|todo el cuerpo|sin parar|sin control|feo|bien feo)",
    *_JERKY_MOVEMENTS,
    r"shaking ~2 (?:for )?(?:\d+|five|six|seven|eight|ten|several) (?:minutes|mins)",
    r"(?:tremble|convulse|secousses|saccades) ~4 depuis (?:\d+|cinq|six|dix|plusieurs) minutes|(?:temblando|tiembla|convulsionando|sacudiendose) ~4 (?:hace|desde hace|por|ya) (?:\d+|cinco|seis|diez|varios) minutos",
)
_EYES_TURNED = (
    r"eyes ~3 (?:rolled|rolling|rolled back|back in (?:his|her|their) head|went up|turned up|fixed|glazed)|staring (?:blankly|into space)",
    r"yeux ~3 (?:revulses|vires|tournes|a l envers|dans la tete|fixes|dans le beurre|dans la graisse de bines)|regard fixe",
    r"ojos ~3 (?:en blanco|volteados|virados|para atras|pa tras|fijos|perdidos)|se le (?:voltearon|fueron|viraron) los ojos|mirada perdida",
)
_SECOND_SIGN = rx(
    *_EYES_TURNED,
    r"foam\w* ~3 mouth|bit (?:his|her|their) tongue|(?:went|gone|going|is|was|body) ~2 (?:stiff|rigid)|stiff as a board|lips ~3 blue|wet (?:himself|herself)",
    r"not (?:responding|responsive|answering)|unresponsive|(?:wont|doesnt|didnt|cant) (?:respond|answer|wake)|passed out|on the (?:floor|ground)",
    r"(?:bave|ecume|mousse) ~3 bouche|mordu la langue|(?:tout|toute|devenu\w*|corps) ~2 (?:raide|rigide|crispe\w*)|(?:repond|reagit|se reveille) (?:pas|plus|pu)|par terre|au sol",
    # Drooling or frothing, said without the mouth: "elle bave", "he's drooling".
    r"drool\w*|bave|bavait|babea\w*|echando baba\w*",
    r"(?:espuma|baba\w*) ~3 boca|se mordio la lengua|(?:se puso|se quedo|cuerpo|esta) ~2 (?:rigid[oa]|ties[oa]|tiesecit[oa]|dur[oa])|no (?:responde|reacciona|contesta|despierta)|(?:en el|al) (?:suelo|piso)",
)
# A body gone stiff, then a second sign: "went stiff and started jerking", "se puso tieso y
# empezó a temblar". A stiff back or neck is not a body gone stiff.
_BODY_STIFF = (
    r"(?:went|gone|goes|going|turned|became|body|whole body|all) ~2 (?:stiff|rigid)|stiff as a board",
    r"(?:twitch|jerk|shak|trembl)\w* and (?:stiff|rigid)|(?:stiff|rigid) and (?:twitch|jerk|shak|trembl)\w*",
    r"(?:devenu\w*|tout|toute|corps|raidi\w*) ~2 (?:raide|rigide|crispe\w*)",
    r"(?:se puso|se quedo|se pone|cuerpo|todo|toda|todito|todita) ~2 (?:rigid[oa]|ties[oa]|tiesecit[oa]|dur[oa])",
)
_JERKING = rx(
    r"shak\w+|jerk\w*|twitch\w*|trembl\w*|thrash\w*|spasm\w*|convuls\w*|foam\w*|eyes ~3 (?:rolled|rolling|back)|lips ~3 blue",
    r"trembl\w*|secou\w*|spasme\w*|convuls\w*|bave|yeux ~3 (?:revulses|vires|a l envers)|levres ~3 bleu\w*",
    r"tembl\w*|tiembla\w*|sacud\w*|brinc\w*|convuls\w*|espuma|ojos ~3 (?:en blanco|volteados)|labios ~3 (?:morados|azules)",
)
# Down, and not there: drooling, not recognising anyone, a blank stare.
_DOWN = rx(
    r"on the (?:floor|ground)|par terre|au sol|(?:en el|al) (?:suelo|piso)|collaps\w*|effondre\w*|desplom\w*"
)
_NOT_THERE = rx(
    r"drool\w*|foam\w*|(?:doesnt|didnt|cant|wont|not) (?:recogni[sz]e|respond\w*|answer\w*)|blank\w*",
    r"bave|(?:reconnait|repond|reagit) (?:pas|plus|pu)|regard (?:vide|fixe)",
    r"babe\w*|no (?:me |nos |la |lo )?(?:reconoce|responde|reacciona|contesta)|mirada (?:perdida|fija)",
)
# Events after which not waking up is an emergency, not a lie-in.
_FIT_OR_FALL = rx(
    r"seizures?|fits?|convuls\w+|epilep\w+|collaps\w*|fainted|passed out|fell|hit (?:his|her|their) head|overdos\w*",
    r"crises?|convuls\w+|evanoui\w*|tombe\w*|cogne ~2 tete|ataques?|desmay\w*|se cayo|se pego ~2 cabeza",
)
# Someone who always sleeps deeply, asked about as such: "he sleeps like the dead, can't wake
# him for anything, could it be sleep apnoea?". Tonight, now, or with breathing signs, it
# is not that.
_HEAVY_SLEEPER = rx(
    r"^(?!.*(?<![a-z])(?:tonight|right now|now|suddenly|this morning|breath\w*|blue|pale|fell|pills|drunk|took|ce soir|maintenant|soudain\w*|respir\w*|bleu\w*|ahora|esta noche|de repente|morad[oa]|azul)(?![a-z])).*(?:"
    r"(?:sleeps|sleep|sleeping|slept) like (?:the dead|a log|a rock|a stone)|heavy sleeper|deep sleeper"
    r"|dort comme (?:un loir|une souche|une buche|un mort|une roche)|gros dormeur|sommeil (?:tres )?(?:lourd|profond)"
    r"|duerme como (?:un tronco|una piedra|piedra|un lirón|un liron|muert[oa])|sueno (?:muy )?pesado)"
)
# "What counts as sudden? I'm fine, just curious" asks about the topic.
_JUST_CURIOUS = rx(
    r"just curious|(?:im|i am) (?:fine|ok|okay) just|par curiosite|(?:juste|simple) curiosite|por curiosidad|pura curiosidad"
)

_NEURO_ALARM = rx(
    r"confus\w*|disoriented|(?:feel|feels|feeling|about to|going to) ~2 (?:faint|pass out)|passing out|(?:cant|cannot) (?:see|think straight)",
    r"(?:vais|va) (?:m |s )?evanouir|tomber dans les pommes|(?:vois|voit) (?:plus|pu) (?:rien|clair)|desoriente\w*",
    r"confundid[oa]|desorientad[oa]|(?:me|se) (?:desmayo|desmaya|voy a desmayar|va a desmayar)|siento que me desmay\w*",
)

# After a blow to the head: a blood thinner, vomiting, confusion, drowsiness, a fit.
_AFTER_A_BLOW = rx(
    r"warfarin|coumadin|eliquis|xarelto|apixaban|rivaroxaban|blood thinners?|anticoagul\w*|sintrom|vomit\w*|throwing up|threw up|thrown up|vomi\w*",
    r"confus\w*|drowsy|(?:very|so|really) sleepy|(?:hard|cant) to wake|seiz\w*|passed out|knocked out|unequal pupils|somnolent\w*|perdu connaissance|somnolient\w*|confundid[oa]|perdio el conocimiento|convuls\w*",
)

_NEVER_HAD_ONE = rx(
    r"(?:ive|i ve|i have|hes|shes|he has|she has) never (?:had|felt|experienced) (?:one|it|that|this|them|such)",
    r"(?:j ai|il a|elle a) jamais eu (?:ca|cela|un|une|ce)|n (?:ai|a) jamais eu (?:ca|cela|un|une|ce)",
    r"nunca (?:he|ha|hemos) tenido (?:uno|una|eso|algo asi)",
)

RULES: tuple[Rule, ...] = (
    # --- seizure, unconscious -----------------------------------------------------------
    rule(
        "seizure_unconscious.signs",
        r"(?:having|had|has|have) ~3 (?:seizure|seizures|fit|fits|convulsion|convulsions)",
        r"seizure (?:right now|lasting|that|wont|for|and)|seizing|convuls\w+",
        # "He's fitting": a seizure, in British English; a dress fitting well is not.
        r"(?:hes|shes|is|keeps|started|been|still) fitting(?! (?:in|into|well|nicely|room|the|a|me|him|her|us|fine|ok)(?![a-z]))",
        r"unconscious|unresponsive|(?<!im )(?<!i am )not (?:responding|responsive|waking)(?! to)|(?:wont|doesnt|does not) respond(?! to)",
        rf"{CANT} (?:wake|rouse) (?:him|her|them|my|our|the|\S+ up)|passed out and|blacked out and",
        rf"(?:not|isnt|is not|wont|will not|doesnt|does not) (?:responding|responsive|respond|answering|coming round|come round|come to|coming to){_NOT_TREATMENT_OR_MAIL}",
        r"(?:he|she|they|baby|hes|shes|theyre) ~3 (?:not|isnt|wont|doesnt|cant) (?:waking|wake)",
        r"out cold",
        unless=_HEAVY_SLEEPER,
    ),
    rule(
        "seizure_unconscious.collapsed",
        r"(?:not|isnt|is not|wont|will not|doesnt|does not|cant|cannot|didnt) ~2 (?:moving|move|answer\w*|respond\w*|wak\w*|awake|conscious|talking|talk|speaking|get up|getting up|open \S+ eyes)",
        r"(?:ne|n) (?:repond|reagit|bouge|se reveille|parle|ouvre) (?:pas|plus)",
        rf"{CANT} (?:get|make) (?:him|her|them) (?:to )?(?:open|wake|respond|answer|talk)",
        r"(?:il|elle|qui|pis|et|mais) (?:repond|reagit|bouge|se reveille|parle|ouvre) (?:pas|plus|pu)",
        r"no (?:me |nos |le |les |te )?(?:responde|reacciona|despierta|contesta|habla)|se quedo (?:como )?(?:id[oa]|pasmad[oa]|inconsciente|sin responder)",
        # Collapsed and not breathing: the collapse guidance comes first.
        r"(?:not|isnt|wasnt|stopped) breathing|ne respire (?:plus|pas)|no respira|dejo de respirar",
        r"no (?:responde|reacciona|despierta|se despierta|contesta|se mueve|habla|abre los ojos)",
        # Eyes open, nobody there: "doesn't blink when I wave my hand", "il cligne même pas
        # des yeux", "no parpadea aunque le hable".
        r"(?:doesnt|didnt|wont|not|isnt|does not) ~2 (?:blink\w*|react\w*|follow\w*|track\w*|focus\w*|recogni\w*)|(?:hes|shes|he s|she s|he is|she is|theyre) (?:just )?not there|(?:nobody|no one|no ones|noone) (?:is )?(?:home|there)",
        r"(?:cligne|reagit|suit) (?:pas|plus|meme pas|pu)|(?:il|elle) est (?:pas|plus|pu) la|(?:regard|yeux) (?:vide|vides|dans le vide)",
        r"no (?:parpadea|sigue|enfoca|reconoce)|no (?:esta|estaba) ahi|(?:mirada|ojos) (?:perdid[oa]s?|en el vacio)",
        needs=(COLLAPSED,),
    ),
    # What a seizure looks like to someone watching it.
    rule(
        "seizure_unconscious.what_it_looks_like",
        r"foaming at the mouth|eyes (?:rolled|rolling) back",
        # Shaking alone is also a fever's rigors; on the floor, or jerking, it is not.
        r"(?:jerking|twitching|thrashing) ~3 (?:all over|uncontrollabl\w*|whole body|arms and legs|on the (?:floor|ground))|(?:whole body|arms and legs) ~2 (?:jerking|twitching)",
        r"shaking ~3 on the (?:floor|ground)",
        r"(?:bave|ecume) ~2 (?:aux levres|a la bouche|de la bouche)|yeux revulses|(?:secousses|spasmes) ~2 (?:de partout|tout le corps|incontrolables|par terre)",
        r"espuma (?:por|en) la boca|ojos en blanco|(?:sacudidas|sacude) ~3 (?:todo el cuerpo|sin control|en el suelo|en el piso)",
        r"(?:temblando|tiembla) ~3 en el (?:suelo|piso)",
        # Jerking that has gone on for minutes: "she's been jerking for five minutes".
        r"(?:jerking|twitching|seizing|convulsing|fitting) ~2 (?:for )?(?:\d+|five|six|seven|eight|ten|several) (?:minutes|mins)",
    ),
    # Eyes open and nobody there: "her eyes are open but nobody's home", "les yeux ouverts
    # mais il réagit pas", "tiene los ojos abiertos pero no parpadea".
    rule(
        "seizure_unconscious.eyes_open_nobody_there",
        r"(?:not|nobody\w*|no ones?|noone) (?:is )?(?:there|home)|(?:doesnt|didnt|wont|not|isnt) ~2 (?:blink\w*|react\w*|respond\w*|answer\w*|track\w*|focus\w*)",
        r"(?:est|etait) (?:pas|plus|pu) la|(?:cligne|reagit|repond) (?:pas|plus|meme pas|pu)|regard (?:vide|dans le vide)",
        r"no (?:esta|estaba) ahi|no (?:parpadea|reacciona|responde|contesta|enfoca)|mirada (?:perdida|en el vacio)",
        needs=(rx(r"eyes (?:are |were |wide |still )?open|yeux ~2 ouverts|ojos ~2 abiertos"),),
        unless=_HEAVY_SLEEPER,
    ),
    rule(
        "seizure_unconscious.signs_together",
        *_SHAKING,
        *_EYES_TURNED,
        needs=(_SECOND_SIGN,),
        needs_scope="message",
        # "She sometimes stares into space, she has dementia": a pattern to book for.
        unless_clause=rx(
            r"sometimes|at times|often|now and then|parfois|souvent|de temps en temps|a veces|a menudo|de vez en cuando"
        ),
    ),
    rule("seizure_unconscious.stiff_then_jerking", *_BODY_STIFF, needs=(_JERKING,)),
    rule(
        "seizure_unconscious.shaking_on_the_floor",
        r"shak\w+|jerk\w*|twitch\w*|trembl\w*|secou\w*|tembl\w*|tiembla\w*|sacud\w*",
        *_JERKY_MOVEMENTS,
        needs=(_DOWN, _NOT_THERE),
    ),
    rule(
        "seizure_unconscious.not_waking_after",
        r"(?:hasnt|has not|hadnt|still not|still hasnt|didnt|did not|never) ~2 (?:woken|woke|wake|waken|come round|come to|regained|opened (?:his|her|their) eyes)",
        r"(?:se reveille|reprend connaissance|ouvre les yeux) (?:pas|plus|pu)|no (?:ha )?(?:despertado|despierta|recupera|abre los ojos)",
        needs=(_FIT_OR_FALL,),
        needs_scope="message",
    ),
    rule(
        "seizure_unconscious.fr",
        r"crise (?:d epilepsie|convulsive|epileptique)|convuls\w+|inconscient\w*",
        r"ne (?:repond|reagit|respire) plus|ne se reveille (?:pas|plus)|perdu connaissance",
        rf"ne (?:repond|reagit) pas(?! (?:bien|tres|vraiment|trop)){_NOT_TREATMENT_OR_MAIL}",
        # Spoken French drops the "ne": "il répond pas", "elle réagit pu".
        rf"(?:il|elle|qui|pis|et|mais) (?:repond|reagit) (?:pas|plus|pu)(?! (?:bien|tres|vraiment|trop)){_NOT_TREATMENT_OR_MAIL}",
        unless=_HEAVY_SLEEPER,
    ),
    rule(
        "seizure_unconscious.es",
        r"convulsi\w+|(?:ataque|crisis) epileptic[oa]|inconsciente",
        r"no (?:responde|reacciona|despierta|se despierta)(?! (?:a|mis|los|el|la|al) )",
        r"perdio (?:el conocimiento|la conciencia)|desmay\w+ y no",
        unless=_HEAVY_SLEEPER,
    ),
    # --- headache: sudden and worst, or with meningitis signs ----------------------------
    rule(
        "headache.worst",
        r"worst headache|worst ~3 headache|thunderclap|like a thunderclap",
        r"pire mal de (?:tete|crane|bloc)|pire ~3 mal de (?:tete|bloc)|coup de tonnerre",
        r"peor dolor de cabeza|cefalea en trueno|en trueno",
        r"worst ~3 (?:head pain|pain in (?:my|her|his|their) head)|pire douleur ~3 tete|peor dolor ~3 cabeza",
        # "Of my life" and "ever" say "worst" even when the word is mistyped or left out.
        r"(?<!first )(?:headache|migraine) ~2 (?:ever|of (?:my|his|her) life|i (?:ve|have) ever had|ive ever had)",
        r"(?:mal de (?:tete|crane)|migraine|cephalee) ~3 de (?:ma|sa) vie",
        r"(?:dolor de cabeza|migrana|cefalea) ~3 de (?:mi|su) vida",
        # Read about, never had: "i read about thunderclap headaches, i've never had one".
        unless_clause=_NEVER_HAD_ONE,
    ),
    rule(
        "headache.meningitis",
        r"meningit\w*|meningoco\w*",
        *RASH_THAT_DOES_NOT_FADE,
    ),
    rule(
        "headache.stiff_neck_with_fever",
        *STIFF_NECK,
        needs=(rx(_FEVER_PRESENT.pattern, *LIGHT_HURTS),),
        needs_scope="message",
    ),
    # "..., the worst I've ever had", "le pire de ma vie", "el peor que he tenido": the
    # superlative follows the headache, in the same sentence.
    rule(
        "headache.worst_said_after",
        r"worst (?:pain |one |ever |)(?:i ve|ive|i have|i d|id|hes|shes|he s|she s|he has|she has|theyve|they have) ever (?:had|felt)|the worst of (?:my|his|her) life|worst ever",
        r"(?:le|la) pire (?:douleur |mal )?(?:de (?:ma|sa) vie|que (?:j ai|il a|elle a) (?:jamais )?(?:eu|eue|connu|connue|ressenti|ressentie))",
        r"(?:el|la) peor (?:que (?:he|ha) (?:tenido|sentido)|de (?:mi|su) vida)",
        needs=(HEADACHE_TERM,),
    ),
    # A sudden headache with confusion or a faint coming on: a bleed until shown otherwise.
    rule(
        "headache.sudden_with_confusion_or_faint",
        HEADACHE_TERM.pattern,
        needs=(SUDDEN, _NEURO_ALARM),
        needs_scope="message",
        unless=_JUST_CURIOUS,
    ),
    # A blow to the head, then vomiting, confusion or drowsiness, or on a blood thinner.
    rule(
        "headache.head_injury_with_alarm",
        r"(?:hit|banged|bumped|knocked|smacked|whacked|struck|cracked) (?:my|his|her|their|the back of (?:my|his|her|their)) head|head injury|(?:fell|fall|fallen) ~4 (?:on|onto|hit\w*) ~2 head",
        r"(?:cogne|tape|frappe)\w* ~3 (?:la |sa |ma )?tete|(?:tombe\w*|chute) ~4 sur la tete|traumatisme cranien",
        r"(?:se golpeo|me golpee|se pego|me pegue|se dio|me di) ~3 (?:en )?(?:la )?cabeza|traumatismo craneal|golpe en la cabeza|(?:cayo|cai) ~4 de cabeza",
        needs=(_AFTER_A_BLOW,),
        needs_scope="message",
    ),
    rule(
        "headache.sudden_severe",
        HEADACHE_TERM.pattern,
        needs=(SUDDEN, SEVERE),
        unless=_JUST_CURIOUS,
    ),
)
