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
)
COLLAPSED = rx(
    r"collaps\w*|faint\w*|passed out|blacked out|fell|fallen|keeled over|out cold",
    r"(?:on|in) the (?:floor|ground|bathroom|kitchen)",
    r"evanoui\w*|effondre\w*|tombe\w*|malaise|par terre|au sol",
    r"desmay\w*|desplom\w*|se cayo|caid[oa]|tirad[oa]|en el suelo|en el piso",
)
HEADACHE_TERM = rx(
    r"headache|head ache|migraine|head (?:pain|hurts)|pain in my head",
    r"mal (?:de|a la) (?:tete|crane)|cephalee|douleur ~2 (?:a la|de) tete",
    r"dolor de cabeza|cefalea|me duele ~2 la cabeza|jaqueca",
)
SUDDEN = rx(
    r"sudden|suddenly|all at once|out of nowhere|came on (?:fast|quickly)|in seconds|abrupt\w*",
    r"a minute ago|explosive|like a hammer|hit with a hammer",
    r"soudain\w*|brutal\w*|d un coup|subit\w*|tout d un coup",
    r"de repente|de golpe|repentin\w*|subit\w*|sin aviso",
)
SEVERE = rx(
    r"severe|extreme\w*|excruciating|terrible|intense|violent|unbearable|horrible|agoni\w+",
    r"worst|hammer|like never before",
    r"violent\w*|insupportable|terrible|atroce|jamais eu",
    r"muy fuerte|fuerte|intens\w+|insoportable|terrible|horrible|como nunca|brutal",
)

# Meningitis signs. A stiff neck with a fever, or a rash that does not fade under a pressed
# glass, is an emergency whatever else is said; a stiff neck after a bad night is not.
STIFF_NECK = (
    r"stiff neck|neck ~3 (?:stiff|rigid)|neck (?:stiffness|rigidity)|stiffness (?:in|of) ~2 neck|(?:cant|cannot|unable to) (?:bend|move|touch|put|bring|lower|tilt) ~4 (?:neck|chin|head forward)",
    r"(?:nuque|cou) ~2 (?:raide|rigide|bloque\w*)|raideur ~3 (?:nuque|cou)",
    r"(?:ne peut|ne peux|n arrive) (?:pas|plus) (?:a )?(?:plier|bouger|baisser|pencher|tourner) ~2 (?:le cou|la tete|la nuque)",
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

RULES: tuple[Rule, ...] = (
    # --- seizure, unconscious -----------------------------------------------------------
    rule(
        "seizure_unconscious.signs",
        r"(?:having|had|has|have) ~2 (?:seizure|seizures|fit|convulsion|convulsions)",
        r"seizure (?:right now|lasting|that|wont|for|and)|seizing|convuls\w+",
        r"unconscious|unresponsive|(?<!im )(?<!i am )not (?:responding|responsive|waking)(?! to)|(?:wont|doesnt|does not) respond(?! to)",
        rf"{CANT} (?:wake|rouse) (?:him|her|them|my|our|the|\S+ up)|passed out and|blacked out and",
        rf"(?:not|isnt|is not|wont|will not|doesnt|does not) (?:responding|responsive|respond|answering|coming round|come round|come to|coming to){_NOT_TREATMENT_OR_MAIL}",
        r"(?:he|she|they|baby|hes|shes|theyre) ~3 (?:not|isnt|wont|doesnt|cant) (?:waking|wake)",
        r"out cold",
    ),
    rule(
        "seizure_unconscious.collapsed",
        r"(?:not|isnt|is not|wont|will not|doesnt|does not|cant|cannot|didnt) ~2 (?:moving|move|answer\w*|respond\w*|wak\w*|awake|conscious|talking|talk|speaking|get up|getting up|open \S+ eyes)",
        r"(?:ne|n) (?:repond|reagit|bouge|se reveille|parle|ouvre) (?:pas|plus)",
        # Collapsed and not breathing: the collapse guidance comes first.
        r"(?:not|isnt|wasnt|stopped) breathing|ne respire (?:plus|pas)|no respira|dejo de respirar",
        r"no (?:responde|reacciona|despierta|se despierta|contesta|se mueve|habla|abre los ojos)",
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
    ),
    rule(
        "seizure_unconscious.fr",
        r"crise (?:d epilepsie|convulsive|epileptique)|convuls\w+|inconscient\w*",
        r"ne (?:repond|reagit|respire) plus|ne se reveille (?:pas|plus)|perdu connaissance",
        rf"ne (?:repond|reagit) pas(?! (?:bien|tres|vraiment|trop)){_NOT_TREATMENT_OR_MAIL}",
    ),
    rule(
        "seizure_unconscious.es",
        r"convulsi\w+|(?:ataque|crisis) epileptic[oa]|inconsciente",
        r"no (?:responde|reacciona|despierta|se despierta)(?! (?:a|mis|los|el|la|al) )",
        r"perdio (?:el conocimiento|la conciencia)|desmay\w+ y no",
    ),
    # --- headache: sudden and worst, or with meningitis signs ----------------------------
    rule(
        "headache.worst",
        r"worst headache|worst ~3 headache|thunderclap|like a thunderclap",
        r"pire mal de (?:tete|crane)|pire ~3 mal de tete|coup de tonnerre",
        r"peor dolor de cabeza|cefalea en trueno|en trueno",
        # "Of my life" and "ever" say "worst" even when the word is mistyped or left out.
        r"(?<!first )(?:headache|migraine) ~2 (?:ever|of (?:my|his|her) life|i (?:ve|have) ever had|ive ever had)",
        r"(?:mal de (?:tete|crane)|migraine|cephalee) ~3 de (?:ma|sa) vie",
        r"(?:dolor de cabeza|migrana|cefalea) ~3 de (?:mi|su) vida",
    ),
    rule(
        "headache.meningitis",
        r"meningit\w*|meningoco\w*",
        *RASH_THAT_DOES_NOT_FADE,
    ),
    rule(
        "headache.stiff_neck_with_fever",
        *STIFF_NECK,
        needs=(rx(*FEVER_WORDS, *LIGHT_HURTS),),
        needs_scope="message",
    ),
    # "..., the worst I've ever had", "le pire de ma vie", "el peor que he tenido": the
    # superlative follows the headache, in the same sentence.
    rule(
        "headache.worst_said_after",
        r"worst (?:pain |one |ever |)(?:i ve|ive|i have|i d|id) ever (?:had|felt)|the worst of my life|worst ever",
        r"(?:le|la) pire (?:de ma vie|que j ai (?:jamais )?(?:eu|connu|ressenti))",
        r"(?:el|la) peor (?:que (?:he|ha) (?:tenido|sentido)|de (?:mi|su) vida)",
        needs=(HEADACHE_TERM,),
    ),
    rule(
        "headache.sudden_severe",
        HEADACHE_TERM.pattern,
        needs=(SUDDEN, SEVERE),
    ),
)
