"""Context that turns a red-flag phrase into a harmless mention.

The issue lists the look-alikes that must not raise an alarm: history ("I had a heart attack
in 2015, need a refill"), a third party in the past, hyperbole ("this wait is killing me"),
topic questions ("what are the signs of a stroke?") and booking talk. Each is recognised
here by explicit markers, in en/fr/es, and applied to the clause where the red flag was
found, so that "I had a stroke in 2019. Now my face is drooping" still fires on the second
sentence. A topic question covers only the flag it asks about: in a run-on clause such as
"what are your hours my dad collapsed", someone named between the two starts a report.
Everything not recognised as harmless counts: the check fails towards an alarm. Idioms and
names of services, removed before any rule runs, live in ``idioms.py``.
"""

from __future__ import annotations

from assistant.triage.idioms import HYPERBOLE, SERVICE_OR_TREATMENT, strip_hyperbole
from assistant.triage.rules import rx

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

# Someone other than the writer, and a few days back (not "since yesterday": that is ongoing).
_SOMEONE_ELSE_EN = (
    r"(?:my|our|a) (?:best |little |older |younger |elderly |old |baby |step )?(?:colleague|coworker|co worker|workmate|friend|neighbour|neighbor|cousin|"
    r"uncle|aunt|boss|classmate|roommate|flatmate|housemate|brother|sister|dad|father|mum|mom|"
    r"mother|husband|wife|partner|son|daughter|grandma|grandpa|grandmother|grandfather|niece|"
    r"nephew|teacher|student|kid|child|baby)"
)
_SOMEONE_ELSE_FR = (
    r"(?:mon|ma|notre) (?:collegue|ami|amie|copain|copine|voisin|voisine|cousin|cousine|oncle|"
    r"tante|patron|patronne|frere|soeur|pere|mere|mari|femme|fils|fille|grand pere|grand mere|"
    r"neveu|niece|conjoint|conjointe|compagnon|compagne|enfant|bebe)"
)
_SOMEONE_ELSE_ES = (
    r"(?:mi|nuestro|nuestra) (?:companero|companera|colega|amigo|amiga|vecino|vecina|primo|prima|"
    r"tio|tia|jefe|jefa|hermano|hermana|papa|mama|padre|madre|esposo|esposa|marido|mujer|pareja|"
    r"hijo|hija|abuelo|abuela|sobrino|sobrina|nino|nina|bebe)"
)
_DAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_RECENTLY_EN = (
    rf"(?<!since )(?<!since about )(?:yesterday|last night|the other day|last week|over the weekend|"
    rf"at the weekend|last weekend|on {_DAYS_EN}|last {_DAYS_EN}|(?:two|three|four|few|couple of|\d+) days ago)"
)
_RECENTLY_FR = (
    r"(?<!depuis )(?:hier|avant hier|l autre jour|la semaine derniere|le week end dernier|ce week end|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|il y a (?:deux|trois|quatre|quelques|\d+) jours)"
)
_RECENTLY_ES = (
    r"(?<!desde )(?:ayer|anoche|anteayer|antier|antes de ayer|el otro dia|la semana pasada|"
    r"el fin de semana(?: pasado)?|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|"
    r"hace (?:dos|tres|cuatro|unos|pocos|\d+) dias)"
)

# The red flag is in the past, far enough back not to be the reason for writing now.
HISTORY = rx(
    r"in (?:19|20)\d\d|(?:19|20)\d\d|(?<!born )\S+ (?:years?|months?|weeks?|yrs?) ago|years? back|(?<!how )long ago",
    r"last (?:year|month|summer|winter|spring|fall|autumn|christmas)|a long time ago|a while ago",
    r"(?:back )?in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \d)",
    r"en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)",
    r"when (?:i|he|she|they|we) (?:was|were) (?:a|\d+|young|little|younger|small)|as a (?:child|kid|teen|teenager|baby)",
    r"history of|used to|in recovery|recovered from|years ago|previous|previously|past medical",
    r"passed away|(?:died|death|dropped dead|dead) (?:of|from)|(?:died|dropped dead) at \d+",
    # A lasting effect of an old event, unchanged: "his weak side from his old stroke hasn't
    # changed", "depuis son AVC il parle mal", "desde su derrame camina así".
    r"(?:old|previous|prior|past|earlier|last) (?:stroke|strokes|heart attack|seizure|burn|overdose|mini stroke)|(?:since|after|from) (?:his|her|my|their) (?:stroke|heart attack)",
    r"(?:hasnt|has not|havent|have not|hadnt|hasn t) changed|unchanged|no change since|(?:ancien|precedent|dernier) avc|depuis (?:son|mon|leur) (?:avc|infarctus)|(?:n a|a) pas change",
    r"desde (?:su|mi) (?:derrame|ictus|infarto)|(?:derrame|ictus|infarto) (?:anterior|previo|pasado)|sin cambios|no ha cambiado",
    # Spoken French drops the "il": "y'a deux ans".
    rf"en (?:19|20)\d\d|(?<!ne )(?<!nee )(?<!ne il )(?<!nee il )(?:(?<!il )(?<!ne )(?<!nee )y a|il y a) (?:\d+|{_NUMBER_FR}) (?:ans?|annees?|mois|semaines)|(?:il )?y a (?:longtemps|des annees)",
    r"l an (?:dernier|passe)|l annee (?:derniere|passee)|antecedents?|autrefois|quand j etais|(?:est|etait) (?:mort|morte|decede|decedee)|decede\w*",
    rf"(?<!nacio )(?<!nacido )(?<!nacida )hace (?:\d+|{_NUMBER_ES}) (?:anos?|mes|meses|semanas)|hace (?:mucho|tiempo|anos)",
    r"el ano pasado|antecedentes?|cuando era|murio|fallecio|muri[oa] de",
    r"de (?:pequen[oa]|nin[oa]|chic[oa]|joven|adolescente)",
    # An age in the past: "cuando tenía 2 años", "quand il avait 3 ans", "at age 2".
    rf"cuando (?:tenia|tenias|teniamos|tenian) (?:\d+|{_NUMBER_ES}) (?:anos?|meses)",
    rf"quand (?:il|elle|j|on|tu) (?:avait|avais|avaient) (?:\d+|{_NUMBER_FR}) (?:ans?|mois)",
    r"at (?:the )?age (?:of )?\d+|when (?:i|he|she|they|we) (?:was|were) (?:about |around )?\d+",
    # Sober or clean for a while: the overdose is behind them.
    r"(?:sober|clean) (?:for )?(?:\d+|a|an|one|two|three|four|five|six|several|many|a few) (?:days?|weeks?|months?|years?)",
    rf"(?:sobre|abstinent\w*|clean) depuis (?:\d+|{_NUMBER_FR}) (?:jours|semaines|mois|ans)",
    rf"(?:sobri[oa]|limpi[oa]|sin consumir) (?:desde hace|hace|por) (?:\d+|{_NUMBER_ES}) (?:dias|semanas|meses|anos)",
    rf"lleva (?:\d+|{_NUMBER_ES}) (?:dias|semanas|meses|anos) (?:sobri[oa]|limpi[oa]|sin consumir)",
    r"(?:el|la) (?:verano|invierno|otono|primavera|mes) pasad[oa]",
    r"(?:l ete|l hiver|l automne|le printemps|le mois) (?:dernier|passe)",
    # Someone else, a few days ago, and over: "my colleague had a severe allergic reaction
    # yesterday", "mon voisin a fait un malaise la semaine dernière", "mi tía tuvo un
    # desmayo el otro día". An ongoing problem says "since yesterday" and stays a report.
    rf"{_SOMEONE_ELSE_EN} (?:had|got|suffered|was|went|nearly|almost|fainted|collapsed|passed out|choked|fell|overdosed|od d|bled|died) ~8 {_RECENTLY_EN}",
    rf"{_RECENTLY_EN} ~2 {_SOMEONE_ELSE_EN} (?:had|got|suffered|was|went|nearly|almost|fainted|collapsed|passed out|choked|fell|overdosed|od d|bled|died)",
    rf"{_SOMEONE_ELSE_FR} (?:a eu|a fait|avait|a ete|etait|s est \S+) ~8 {_RECENTLY_FR}",
    rf"{_RECENTLY_FR} ~2 {_SOMEONE_ELSE_FR} (?:a eu|a fait|avait|a ete|etait|s est)",
    rf"{_SOMEONE_ELSE_ES} (?:tuvo|sufrio|hizo|estuvo|fue|le dio|se \S+o) ~8 {_RECENTLY_ES}",
    rf"{_RECENTLY_ES} ~2 {_SOMEONE_ELSE_ES} (?:tuvo|sufrio|hizo|estuvo|fue|le dio|se \S+o)",
)

# A question about the topic: harmless unless the same clause also reports something now
# ("how do I know if I'm having a heart attack" is answered with the alarm).
TOPIC_QUESTION = rx(
    r"what (?:are|is) (?:the )?(?:signs?|symptoms?|warning signs?|causes?|difference|risks?|treatments?)",
    # "What's the point of living" is despair, not a question about a topic.
    r"what is(?! the (?:point|use|reason|sense))|what are|what causes|is it normal|what temperature|quelle temperature|que temperatura",
    r"(?:whats|what s|hows|how s|how is|how are) (?:a|an|the)(?! (?:matter|hell|heck|point|use|reason|sense))",
    r"how (?:do|can|would|should|does) (?:i|you|we|one|someone|people|they|doctors) (?:know|tell|recognize|recognise|spot|use|treat|prevent|help|support|give|do|avoid)",
    # Telling two conditions apart, whether a claim is true, how to lower a risk or prevent
    # an event: "how do they tell a stroke apart from a migraine", "is it true that ...",
    # "is aspirin worth it to prevent a heart attack", "comment on reconnaît une méningite".
    r"tell ~3 apart|(?:distinguish|differentiate)|is it true|est ce (?:vrai|que c est vrai)|c est vrai que|es (?:verdad|cierto) que",
    r"(?:to|help|helps|for|of) prevent\w*|prevent (?:a|an|another)|prevention|(?:lower|reduce|reducing|lowering|cut) (?:my|the|his|her|our|your) risk",
    r"pour (?:prevenir|eviter)|prevention|(?:reduire|baisser|diminuer) (?:mon|le|son|leur|notre) risque|para (?:prevenir|evitar)|prevencion|(?:reducir|bajar|disminuir) (?:mi|el|su|nuestro) riesgo",
    r"comment (?:on |est ce qu on |peut on |je peux |savoir si |faire pour )?(?:reconnait|reconnaitre|sait|voit|differencie|distingue)",
    # A book, a film or a report about it: "watched a documentary about strokes", "j'ai vu
    # un reportage sur les AVC", "vi en las noticias lo de las intoxicaciones".
    r"(?:book|novel|film|movie|show|series|documentary|podcast|episode|news report|story) (?:about|on)|documentary|on the news",
    r"(?:livre|roman|film|serie|documentaire|reportage|emission|podcast) (?:sur|a propos)|reportage|documentaire|aux nouvelles|au journal",
    r"(?:libro|novela|pelicula|serie|documental|reportaje|programa|podcast) (?:sobre|de|acerca)|documental|reportaje|(?:vi|lei|escuche) en (?:las noticias|la tele|el noticiero|internet)|en las noticias",
    # A story in which a character has it: "a novel where the main character attempts
    # suicide", "un film où le héros fait un AVC", "una serie donde a uno le da un infarto".
    r"(?:book|novel|film|movie|show|series|story|play|episode|game) (?:where|in which|that has|with a)|(?:main |lead )?character|protagonist|book club",
    r"(?:livre|roman|film|serie|histoire|piece|episode|jeu) (?:ou|dans lequel|dans laquelle|avec un|avec une)|personnage",
    r"(?:libro|novela|pelicula|serie|historia|obra|episodio|capitulo|juego) (?:donde|en (?:el|la) que|con un|con una)|personaje|protagonista",
    # Asked out of curiosity: "just curious", "me dio curiosidad", "par curiosité".
    r"curious (?:about|what|how|why|if|whether)|what (?:a|an) (?:\S+ )?\S+ (?:is|are|means|looks like|feels like)$|(?:just|only|purely|simply) curious|(?:out of|par|por|me dio|me da|pura|simple) (?:curiosity|curiosite|curiosidad)",
    # Whether anyone can get it, in general: "can you get anaphylaxis from shellfish if you've
    # eaten it before", "peut-on faire un AVC à 30 ans", "¿se puede tener un infarto joven?".
    r"^ ?(?:can|could) (?:you|one|people|someone|a person|anyone|adults|kids|children|babies) (?:get|have|develop|catch|go into|suddenly get|become) (?:a |an )?\S+ ~3 (?:from|after|if|when|with|without|at|by|even)",
    r"^ ?(?:est ce qu )?(?:on peut|peut on|peut on) (?:faire|avoir|developper|attraper) (?:un |une |des )?\S+ ~3 (?:a cause|avec|si|apres|sans|a \d+|quand|en)",
    r"^ ?(?:se puede|uno puede|puede uno|pueden los \S+) (?:tener|dar|desarrollar|hacer|sufrir) (?:un |una )?\S+ ~3 (?:por|con|si|despues|sin|a los|cuando|de)",
    r"how to|signs of|symptoms of|warning signs|difference between|tell me about|information (?:about|on)|learn about",
    r"class|classes|course|training|project|article|leaflet|pamphlet|brochure|webinar|workshop",
    r"quels? (?:sont|est) (?:les )?(?:signes|symptomes|causes|risques)|quelles? (?:sont|est)",
    r"(?:signes|symptomes) d|qu est ce que|qu est ce qu (?:un|une|on)|c est quoi|comment (?:utiliser|reconnaitre|savoir|traiter|soigner|prevenir|faire|aider|eviter)",
    r"difference entre|cours de|formation",
    r"cual(?:es)? (?:son|es) (?:los )?(?:sintomas|signos|senales|causas|riesgos)|(?:sintomas|signos|senales) de",
    r"cual(?:es)? (?:son|es) (?:el|la|los|las)|como se (?:sabe|reconoce|trata|diagnostica|previene|detecta)",
    r"^ ?(?:que|qu) es|como (?:se usa|usar|reconocer|saber|tratar|prevenir|ayudar|evitar)",
    r"diferencia entre|curso de",
    # What a name means, how long healing takes, a school project, a screening: "what does
    # FAST stand for", "¿qué significa lo de FAST?", "un projet sur l'AVC", "how long does a
    # second degree burn take to heal", "is there a screening for stroke risk".
    r"what (?:does|do|is) ~3 (?:stand for|mean|means)|what (?:does|do) (?:it|that|this|the \S+) (?:stand for|mean)",
    r"que (?:veut|veulent) dire|(?:ca|cela) veut dire quoi|que (?:significa|significan|quiere decir)",
    r"how long (?:does|do|will|would|should|can) ~4 (?:take|last|heal|stay|go away)|how long (?:until|before|to) ~3 (?:heal\w*|recover\w*|go\w* away)",
    r"combien de temps (?:pour|met|mettent|prend|faut il|dure|ca prend)|cuanto (?:tiempo )?(?:tarda|tardan|dura|duran|demora|se tarda)",
    r"homework|assignment|essay|school project|poster|posters|projet (?:sur|d ecole|scolaire|pour l ecole)|expose sur|devoirs? sur|(?:une|des|les|l) affiches?",
    r"tarea (?:sobre|de la escuela|de biologia|de salud)|proyecto (?:sobre|escolar|de la escuela)|cartel|carteles",
    r"screening|screened|risk factors?|(?:genetic|hereditary|family) (?:risk|history|test\w*)|depistage|facteurs? de risque|cribado|factores? de riesgo",
    # Something read or heard about, or what a thing can cause: "I read that a bee sting can
    # cause anaphylaxis", "j'ai lu qu'une piqûre peut provoquer", "leí que puede causar".
    r"(?:read|heard|saw|seen|told|learned|learnt|reading) (?:that|about|online|somewhere|an article|on the news)",
    r"(?:can|could|may|might) (?:cause|lead to|trigger|result in|bring on|give you)|risk of|should i (?:carry|keep|get|buy|have)",
    r"j ai (?:lu|entendu|vu|appris) (?:que|qu|dire|parler|un article|sur)|(?:peut|peuvent|pourrait) (?:provoquer|causer|entrainer|donner|declencher)",
    r"risque (?:de|d)|(?:dois je|faut il|devrais je) (?:avoir|porter|garder|acheter)|quels? (?:sont|est)",
    r"(?:lei|he leido|escuche|he escuchado|oi|he oido) (?:que|sobre|en internet|un articulo)|(?:puede|pueden|podria) (?:causar|provocar|producir|dar|desencadenar)",
    r"riesgo de|(?:debo|deberia|tengo que) (?:llevar|tener|cargar|comprar)",
    # A yes/no question about a thing in general, not about the writer: "is chest pain always
    # a heart attack?", "can anxiety cause chest tightness?". "Is this a heart attack?" is
    # about now and stays a report.
    r"^ ?(?:is|are|can|could|does|do|would|will|should) (?!this|that|it|i|im|my|he|she|his|her|we|our|they|their|you|your|me)\S+ ~3 (?:always|ever|usually|normally|cause|causes|mean|means|a sign|be a sign|feel like|look like|lead to|turn into|trigger|happen)",
    r"(?:can|could) (?:feel|look|seem) like|be (?:mistaken|confused) (?:for|with)",
    r"est ce qu (?:un|une|le|la|les|l) ~4 (?:peut|peuvent|est toujours|sont toujours|ressembl\w*|provoqu\w*|caus\w*)",
    r"(?:peut|peuvent|pourrait) (?:ressembler|etre confondu\w*|passer pour)|(?:puede|pueden|podria) (?:parecer\w*|confundirse)",
    r"^ ?(?:puede|pueden|es|son|se puede) (?:la|el|los|las|un|una) \S+ ~3 (?:causar|provocar|parecer|ser siempre|siempre)",
)

# A hypothetical or a fear: harmless whatever else the clause says.
HYPOTHETICAL = rx(
    # What a known, recurring panic attack feels like: "I get panic attacks where it feels
    # like I can't breathe", "j'ai des crises d'angoisse où j'ai l'impression d'étouffer".
    r"(?:get|gets|getting|have|had|has) (?:\S+ )?(?:panic|anxiety) attacks? (?:where|when|that|in which)|(?:crises?|attaques?) (?:d angoisse|de panique) (?:ou|quand)|(?:ataques?|crisis) de (?:panico|ansiedad) (?:donde|en (?:las|los) que|cuando)",
    r"what (?:should|do|would|can|must|could) (?:i|you|we|one) (?:do|say|tell (?:him|her|them|my \S+|someone)|answer|reply|respond) (?:if|when|in case)|what to (?:do|say) (?:if|when|in case)|what happens if",
    r"que (?:dois je|devrais je|faut il|dire|repondre) (?:dire|repondre )?(?:si|quand)|que (?:le |la |les |lui )?(?:dire|digo|debo decir|deberia decir|le digo|respondo) (?:si|cuando)",
    r"in case of|^ ?(?:and |so )?if (?:someone|somebody|a person|anyone|someones|somebodys|anyones|a persons|i|my|he|she|they|you|your|a|the)",
    r"(?:scared|afraid|worried|fear|frightened|terrified|nervous|anxious) (?:of|about) (?:having|getting|a|another)",
    r"que faire (?:si|en cas|quand)|(?:qu est ce qu il faut|qu est ce que je dois|qu est ce qu on doit|que faut il|que dois je) faire (?:si|quand|en cas)|en cas de|^ ?si (?:quelqu|on|je|mon|ma|il|elle)|peur (?:de|d) (?:faire|avoir)",
    r"que (?:pasa|sucede|ocurre) si|que se passe t il si|qu est ce qui se passe si|qu est ce qu il se passe si",
    r"if ever|si jamais|si (?:alguna vez|algun dia)|que (?:debo|debemos|deberia|tengo que|tenemos que) hacer (?:si|en caso|cuando)",
    r"que (?:hacer|hago|hacemos) (?:si|en caso|cuando)|en caso de|^ ?si (?:alguien|mi|yo|el|ella)|miedo (?:de|a) (?:tener|sufrir)",
    # How to tell whether someone in general is having it, or whether it is that "or just"
    # something milder: a question, not a report ("how can I tell if my child is choking or
    # just coughing?", "¿cómo saber si un niño se está atragantando?"). "How do I know if I'm
    # having a heart attack" stays a report.
    r"how (?:can|do|would|will|should|could) (?:i|we|you|one|people|parents) (?:tell|know|recognise|recognize|spot|check) (?:if|whether|when|that) (?:a|an|someone|somebody|anyone|a person|people|kids|children|babies|toddlers)",
    r"how (?:can|do|would|will|should|could) (?:i|we|you|one) (?:tell|know) (?:if|whether) (?:my|his|her|our|the|a|an) .* or (?:just|only|simply|merely)",
    r"comment (?:savoir|reconnaitre|voir|on sait|on reconnait|distinguer|faire la difference) (?:si|quand|qu|que) (?:un|une|quelqu|on|les|quelqu un)",
    r"comment (?:savoir|reconnaitre|voir|distinguer) (?:si|quand) (?:mon|ma|son|sa|le|la|un|une) .* ou (?:juste|simplement|seulement|si c est juste)",
    r"como (?:saber|se sabe|reconocer|distinguir|darse cuenta|se|puedo saber|sabes) (?:si|cuando) (?:un|una|alguien|una persona|los|las)",
    r"como (?:saber|se sabe|reconocer|distinguir|puedo saber) (?:si|cuando) (?:mi|su|el|la|un|una) .* o (?:solo|solamente|simplemente|nada mas|si es solo)",
)

# A statement about now: after a topic question, a clause with one of these is a report.
PRESENT_REPORT = rx(
    r"(?:i have|i ve|ive)(?! never| not)|im|i am|i feel|i think|right now|now|currently|hurts",
    r"(?:my|his|her|our) \S+ (?:is|has|cant|wont|just)(?! there)|(?:he|she) (?:is|has|cant|wont|just)|hes|shes|theyre",
    r"j ai(?! (?:lu|entendu|vu|appris|regarde|ecoute|suivi))|je suis|je sens|maintenant|en ce moment|il a|elle a",
    r"tengo|estoy|siento|ahora|ahorita|tiene|esta",
)

# Someone named, or now: the start of a statement of its own inside a run-on clause.
SOMEONE_NOW = rx(
    r"i|im|ive|id|my|me|he|hes|she|shes|we|were|they|theyre|his|her|our|their|now|today",
    r"je|j|il|elle|ils|elles|mon|ma|mes|son|sa|ses|notre|nos|maintenant|aujourd hui",
    r"yo|mi|mis|tengo|tiene|tienen|estoy|esta|estan|me|nos|su|sus|ahora|hoy",
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
# Words a negation does not reach across: in "ya no puedo más quiero morir" and "I don't have
# a fever and my chest hurts" the "no" belongs to what comes before them.
_NEGATION_BARRIER = frozenset(["mas", "anymore", "and", "et", "y", "but", "mais", "pero"])


# "Like never before", "comme jamais", "como nunca" intensify, they do not deny: "un dolor
# como nunca, de golpe" is worse, not absent.
_COMPARISON = frozenset(["like", "comme", "como", "than", "que"])
_COMPARED = frozenset(["never", "jamais", "nunca"])


def _denies(words: list[str], index: int) -> bool:
    """Is ``words[index]`` a negation, and not the second half of "como nunca"?"""
    word = words[index]
    if word not in NEGATIONS:
        return False
    return not (word in _COMPARED and index > 0 and words[index - 1] in _COMPARISON)


def is_negated(clause: str, start: int) -> bool:
    """A negation word in the three words before the match ("no chest pain", "pas de ...")."""
    words = [word for word in clause[:start].split() if word not in _NEGATION_FILLER]
    # "no" in Spanish also opens most verbs ("no puedo respirar"); rules that need it
    # include it, so a "no" before the match still negates ("no tengo dolor de pecho").
    for index in range(len(words) - 1, max(len(words) - 4, -1), -1):
        if words[index] in _NEGATION_BARRIER:
            return False
        if _denies(words, index):
            return True
    return False


# Small words between a negation and what it denies: "no fever", "pas de fièvre", "sin
# ninguna fiebre", "without a fever".
_DENIAL_FILLER = _NEGATION_FILLER | {
    "a",
    "an",
    "any",
    "le",
    "la",
    "les",
    "un",
    "une",
    "el",
    "los",
    "las",
}


def is_denied(text: str, start: int) -> bool:
    """A negation right before ``text[start:]`` ("no fever"): narrower than ``is_negated``.

    For signs looked up across a whole sentence or message, where a negation three words
    back may belong to another clause ("como nunca, empezó de golpe").
    """
    words = text[:start].split()
    while words and words[-1] in _DENIAL_FILLER:
        words.pop()
    return bool(words) and _denies(words, len(words) - 1)


def is_history(clause: str) -> bool:
    return bool(HISTORY.search(clause))


# A present-tense statement between a history marker and a red flag: in a run-on clause such
# as "clutching his chest grey in the face he cant get his breath he had a stent put in 2
# yrs ago", the stent is history and the chest pain is not.
_NOW_BETWEEN = rx(
    r"im|i am|hes|shes|he is|she is|theyre|is|are|cant|cannot|wont|says|keeps|now|currently|right now",
    r"je suis|il est|elle est|j ai mal|ne peut|ne peux|n arrive|maintenant|en ce moment",
    r"estoy|esta|estan|tiene|tengo|no puede|no puedo|ahora|ahorita",
)


def history_covers(clause: str, start: int, end: int) -> bool:
    """Is the red flag at ``clause[start:end]`` what a history marker in the clause dates?

    It is when nothing said in the present lies between the two: "a heart attack in 2015"
    and "in 2019 she had a stroke" are history; "chest pain, says it's tight, he had a stent
    in 2019" reports the chest pain now.
    """
    for marker in HISTORY.finditer(clause):
        if marker.start() < end and start < marker.end():
            return True
        gap = (
            clause[marker.end() : start] if marker.end() <= start else clause[end : marker.start()]
        )
        if not _NOW_BETWEEN.search(f" {gap} "):
            return True
    return False


def is_topic_question(clause: str) -> bool:
    return bool(TOPIC_QUESTION.search(clause))


def topic_covers(clause: str, start: int, end: int) -> bool:
    """Is the red flag at ``clause[start:end]`` what a topic question in the clause asks about?

    It is when no one is named between the question and the flag: "what are the signs of a
    stroke" asks about strokes, "what is the parking fee i cant breathe" and "quels sont vos
    horaires ma fille s'étouffe" ask one thing and report another.
    """
    for marker in TOPIC_QUESTION.finditer(clause):
        if marker.start() < end and start < marker.end():
            return True
        gap = (
            clause[marker.end() : start] if marker.end() <= start else clause[end : marker.start()]
        )
        if not SOMEONE_NOW.search(f" {gap} "):
            return True
    return False


def is_hypothetical(clause: str) -> bool:
    return bool(HYPOTHETICAL.search(clause))


def is_present_report(clause: str) -> bool:
    return bool(PRESENT_REPORT.search(clause))


__all__ = [
    "HISTORY",
    "HYPERBOLE",
    "HYPOTHETICAL",
    "NEGATIONS",
    "PRESENT_REPORT",
    "SERVICE_OR_TREATMENT",
    "SOMEONE_NOW",
    "TOPIC_QUESTION",
    "history_covers",
    "is_denied",
    "is_history",
    "is_hypothetical",
    "is_negated",
    "is_present_report",
    "is_topic_question",
    "strip_hyperbole",
    "topic_covers",
]
