"""Idioms and names removed from a clause before any rule runs.

A red-flag word used as a figure of speech ("this traffic is going to give me a stroke",
"I'm dying to see it", "he choked in the final", "this heat is suffocating") or naming a
service, a treatment or a plan ("the stroke rehab physio", "the school anaphylaxis plan",
"seizure free for a year", "to prevent a heart attack") says nothing about the writer's
state. Both are cut out of the clause, so that whatever else it says is still checked.
"""

from __future__ import annotations

from assistant.triage.rules import rx

# Conditions people invoke as a figure of speech ("you'll give me a stroke").
_CONDITION_EN = (
    r"(?:heart attack|stroke|seizure|aneurysm|coronary|cardiac arrest|panic attack|fit|hernia)"
)
_CONDITION_FR = r"(?:une crise cardiaque|un infarctus|un avc|une attaque|une crise|un arret cardiaque|une syncope)"
_CONDITION_ES = r"(?:infarto|ataque (?:al|del|de) corazon|paro cardiaco|derrame|ictus|ataque|convulsion|patatus|soponcio)"
# What a person suffers from, as opposed to a thing that annoys them.
_SUFFERING = (
    r"(?:pain|depression|anxiety|loneliness|grief|sadness|thoughts?|voices?|illness|life|"
    r"douleur|depression|angoisse|solitude|tristesse|vie|dolor|depresion|ansiedad|soledad|tristeza|vida)"
)

# Things people call a headache when they mean a nuisance.
_NUISANCE = (
    r"(?:divorce|ex|ex wife|ex husband|boss|paperwork|insurance|taxes|tax return|bills?|move|moving|wedding|landlord|"
    r"in laws?|mother in law|job|commute|renovation|audit|traffic|project|homework|bureaucracy|kids|teenagers?|"
    r"patron|paperasse|impots|demenagement|mariage|proprio|belle mere|travail|dossier|factures?|"
    r"divorcio|jefe|papeleo|impuestos|mudanza|boda|casero|suegra|trabajo|tramites|facturas?)"
)

# Idioms removed before any rule runs.
HYPERBOLE = rx(
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
    r"choked up|chok\w* on (?:all )?(?:(?:these|the|those|my|this|that|so much|your) )?(?:\S+ )?(?:fees|bills|prices|costs|paperwork|words|forms?|admin|bureaucracy|red tape|emails?|homework|work|deadlines|debt)",
    # Stifling heat or a stuffy room: "j'étouffe dans ce bureau", "me ahogo de calor en esta
    # oficina", "I'm suffocating in this office". Someone who cannot breathe says so otherwise.
    r"(?:suffocating|dying) (?:in|from) (?:this|that) (?:heat|office|room|building|bus|train|class\w*|place)",
    r"(?:heat|weather|humidity|room|office|air|atmosphere|traffic|crowd|place|it|this|that) (?:is|s|was|feels) (?:so |really |absolutely |just )?(?:suffocating|stifling)|(?:suffocating|stifling) (?:heat|weather|humidity|atmosphere|room)",
    r"chaleur (?:etouffante|suffocante)|(?:calor|ambiente|clima) (?:sofocante|asfixiante)",
    # An idiom for too much of a good thing: "overdosing on coffee", "une overdose de séries".
    r"overdos\w* (?:on|of|de) (?:coffee|caffeine|sugar|chocolate|netflix|tv|series|work|screens?|sweets|candy|carbs|junk food|love|cafe|chocolat|series|sucre|azucar)",
    # Where to die, as a care preference: "she wants to die at home rather than in hospital".
    r"(?:die|dying|mourir|morir) (?:at home|a la maison|chez (?:elle|lui|soi|moi)|en casa|en su casa) (?:rather|instead|plutot|en vez|en lugar|not in)",
    r"(?:j|on) etouffe (?:dans (?:ce|cette|le|la|mon) (?:bureau|chaleur|appart\w*|maison|piece|salle|classe|metro|bus|job|travail)|de chaleur)",
    r"(?:me|nos) ahog\w* (?:de calor|en (?:esta|este|la|el|mi) (?:oficina|calor|trabajo|salon|camion|metro|clase))",
    r"chok\w* (?:laughing|with laughter|on (?:my )?laughter|from laughing)|etouffe\w* de rire|ahog\w* de (?:la )?risa",
    # Breathless from laughing or from a film's fright, told afterwards: "the horror movie
    # was so scary i couldnt breathe lol", "j'ai tellement ri que je pouvais plus respirer",
    # "me reí tanto que no podía respirar". "I can't breathe" in the present stays.
    r"(?:laugh\w*|so (?:scary|funny|hilarious)|scared|crying laughing) ~5 (?:couldnt|could not|could barely|could hardly) (?:breathe|breath)",
    r"(?:couldnt|could not) (?:breathe|breath) ~2 (?:laughing|from laughing|lol|lmao|haha\w*)",
    r"(?:ri|rire|drole|peur) ~5 (?:pouvais|pouvait|arrivais|arrivait) (?:plus|pas) (?:a )?respirer",
    r"(?:rei|risa|chistos[oa]|miedo) ~5 no (?:podia|podiamos|pude) (?:ni )?respirar",
    # A coughing fit is not a seizure; a team that chokes in the final is not choking; a snore
    # that sounds like choking is a question about sleep.
    r"(?:coughing|sneezing|laughing|giggling|crying|hissy|temper) fits?|quinte de toux|ataque de tos",
    r"chok\w* (?:in|at|during) the (?:final|finals|game|match|exam|interview|test|audition|playoffs?|penalt\w*|shootout|last \S+|big moment)|choked under pressure",
    r"(?:sounds|sounded|sound|looks|looked) like (?:hes|shes|he is|she is|im|i am|theyre|someone is|he|she) ~2 chok\w*|comme s il s etouffait|on dirait (?:qu il|qu elle|que) ~2 s etouff\w*|como si se (?:ahogara|atragantara)",
    r"stroke of (?:luck|genius|midnight|the pen|fortune|bad luck|good luck)|coup de chance",
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
    r"(?:cae|caia|cayo|caer|caiga) ~2 la cara de verguenza",
    # A headache that was a divorce, a boss or the paperwork: "the worst headache of my life
    # was my divorce", "ce dossier est un vrai casse-tête", "mi jefe es un dolor de cabeza".
    rf"(?:headache|migraine|mal de tete|casse tete|dolor de cabeza|jaqueca) ~5 (?:was|is|has been|will be|etait|c etait|c est|est|fue|es|ha sido) (?:my |his |her |our |the |a |mon |ma |mes |le |la |un |une |mi |el |un |una )?{_NUISANCE}",
    rf"{_NUISANCE} ~4 (?:is|was|are|were|has been|est|etait|c est|c etait|es|fue|son|ha sido) ~4 (?:headache|casse tete|mal de tete|dolor de cabeza)",
    # A thing that "makes me want to die" is a figure of speech; pain, sadness or loneliness
    # that does is not, and stays.
    rf"(?:this|that|these|those|the) (?!{_SUFFERING})\S+ (?:makes|made|is making|are making|make) (?:me|us) (?:want to|wanna) die",
    rf"(?:ce|cette|ces|le|la|les) (?!{_SUFFERING})\S+ (?:me|nous) (?:donne|donnent|donnait) envie de mourir",
    rf"(?:este|esta|estos|estas|el|la|los|las) (?!{_SUFFERING})\S+ me (?:da|dan|daba|daban) ganas de morir\w*",
)

# A red-flag word naming a service or a treatment, not a symptom: "the stroke rehab physio",
# "mon traitement contre les convulsions". Removed like hyperbole.
SERVICE_OR_TREATMENT = rx(
    r"(?:stroke|seizure|epilepsy|burns?|cardiac|heart|asthma|allergy) (?:rehab\w*|clinic|unit|centre|center|team|nurse|ward|specialist|follow up|support group|survivors?)",
    r"(?:treatment|medication|medicine|meds|pills|tablets|traitement|medicaments?|medicamento|medicina|pastillas|receta) (?:for|against|contre|pour|para|de) (?:my |the |les |mes |ses |la |las |los |mis |sus |el )?(?:seizures?|convulsions?|convulsiones|epilepsy|epilepsie|epilepsia)",
    # A vaccine against a disease that is itself a red flag: "the meningitis jab", "le vaccin
    # contre la méningite", "la vacuna de la meningitis".
    # The subject of school work: "my daughter has a project on strokes", "un exposé sur
    # l'infarctus", "mi hijo tiene una tarea sobre el infarto".
    r"(?:project|homework|assignment|essay|presentation|poster|lesson|talk|projet|expose|devoir|devoirs|affiche|tarea|proyecto|exposicion|cartel|folleto) "
    r"(?:on|about|sur|sobre|acerca de) (?:the |a |an |el |la |los |las |un |una |l |le |les |des |lo )?\S+(?: \S+)?",
    # A care plan, a period free of seizures, a controlled condition: "the school
    # anaphylaxis plan", "seizure free for a year", "ses crises sont bien contrôlées".
    r"(?:anaphylaxis|allergy|asthma|seizure|epilepsy|diabetes|action|care|emergency) (?:action |care |emergency |school )?plan|plan (?:d action|d urgence|de accion|de emergencia)",
    r"(?:seizure|seizures|fit|fits)(?: )?free|sans (?:crise|crises|convulsions)|libre de (?:crisis|convulsiones)|sin (?:crisis|convulsiones) (?:desde|por|durante)",
    r"(?:seizures?|epilepsy|asthma|crises|epilepsie|asthme|convulsiones|crisis|epilepsia|asma) (?:are |is |sont |est |estan |esta )?(?:well |under |bien )?(?:controlled|control|controlees?|controlad[oa]s?)",
    # What a treatment is meant to prevent: "is aspirin worth it to prevent a heart attack",
    # "pour éviter un AVC", "para prevenir un infarto". Only the prevented thing is removed.
    r"prevent\w* (?:a |an |another |future |any )?\S+(?: attacks?| arrest)?|(?:pour|de) (?:prevenir|eviter) (?:un |une |les |la |le |l |d autres )?\S+",
    r"(?:para|de) (?:prevenir|evitar) (?:un |una |los |las |el |la |otro |otra )?\S+",
    r"(?:meningitis|meningococcal|meningite|meningocoque) (?:vaccine|vaccines|vaccination|jab|shot|booster|vaccin|vaccins)",
    r"(?:vaccine|vaccines|vaccination|jab|shot|booster|vaccin|vaccins|vacuna|vacunas|vacunacion) (?:for|against|contre|contra|de|para|pour) (?:the |la |le |les |el )?(?:meningit\w*|meningocoq\w*|meningococ\w*)",
)


def strip_hyperbole(clause: str) -> str:
    return SERVICE_OR_TREATMENT.sub(" ", HYPERBOLE.sub(" ", clause))
