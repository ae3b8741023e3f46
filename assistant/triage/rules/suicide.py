"""Suicide and self-harm rules: intent, plans and the euphemisms people use for them."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule, rx

# Dying of shame or laughter is a figure of speech: "I could kill myself laughing", "me quiero
# morir de la vergüenza", "je veux mourir de honte".
_FIGURE_OF_SPEECH = rx(
    r"(?:kill|killing) (?:myself|me|himself|herself) (?:laughing|with laughter)|so embarrass\w*",
    r"(?:die|dying|died|dead|mourir|meurs|morir|morirme|muero) (?:of|from|de|d) (?:la |l )?(?:laughing|laughter|embarrassment|shame|boredom|rire|honte|ennui|verguenza|pena|risa|aburrimiento)",
    # How to answer someone else's words is a question, not a report.
    r"what (?:should|do|can|would) (?:i|we) (?:say|tell|answer) (?:if|when)|que (?:dire|repondre) (?:si|quand)|que (?:le )?(?:digo|decir|contesto) (?:si|cuando)",
    # A laugh after a death wish ("i want to die lol", "exam killed me, i want to die lol")
    # does not make it a joke: people often hide what they mean that way, and a false alarm
    # costs a minute, a miss a life. So it fires; dying *of* laughter above does not.
)
# The means, at hand: a gun held, a rope bought, pills counted out.
_MEANS = (
    r"(?:gun|pistol|rifle|firearm|shotgun|rope|noose|razor|blade|knife|pills|"
    r"arme|fusil|pistolet|gun|corde|lame|rasoir|couteau|pilules|cachets|"
    r"pistola|arma|escopeta|cuerda|soga|navaja|cuchillo|pastillas)"
)
_AT_HAND = (
    r"(?:holding|hold|have|got|bought|loaded|ready|lined up|counted|sitting with|staring at|"
    r"tiens|tenir|j ai|achete|prepare\w*|charge\w*|tengo|compre|agarre|prepare|cargu\w*)"
)
# Not being there any more: "i won't be around anymore", "je serai plus là demain", "ya no
# voy a estar aquí". Alone it is also someone moving house; with a decision taken, a means
# at hand or despair, it is a farewell.
_NOT_BE_AROUND = (
    r"(?:wont|will not|not going to|gonna not|dont think (?:ill|i ll|i will|im going to)|might not|may not) "
    r"be (?:here|around|alive) ~2 (?:anymore|any more|much longer|for much longer|tomorrow|after (?:today|tonight)|by then|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|the weekend))",
    r"(?:ne serai|serai|ne vais|vais) (?:plus|pas|pu) (?:etre )?(?:la|ici|vivant\w*) ~2 (?:demain|longtemps|bientot)|(?:ne serai|serai) (?:plus|pu) la",
    r"(?:ya no|no) (?:voy a estar|estare) (?:aqui|aca|viv[oa]|mas)|(?:manana|pronto) ya no (?:voy a estar|estare)",
    # No further use for what the future holds: "cancel my appointments, I won't be needing
    # them", "je n'en aurai plus besoin", "ya no los voy a necesitar".
    r"(?:wont|will not|not going to|dont think ill) (?:be )?need(?:ing)? (?:them|it|these|those|any|anything|my \S+)(?: (?:anymore|any more|again|after (?:today|tonight|this)))?",
    r"(?:n en|en) (?:aurai|aura) (?:plus|pu|pas) besoin|(?:ya no|no) (?:los|las|lo|la|me) (?:voy a necesitar|necesitare|van a hacer falta)",
)
_DECIDED = (
    r"(?:made|make) up (?:my|his|her) mind(?! (?:about|on|to|whether|which))|"
    r"(?:made|taken|reached) (?:my|the|a|this|our) (?:decision|choice)(?! (?:to|about) (?!die|end|go|leave this))|(?:my )?mind is made up|at peace (?:with it|now|with my decision)",
    r"(?:ma|mon) (?:decision|choix) est (?:prise?|fait)|j ai pris ma decision|(?:ya )?tome (?:mi|la) decision|ya lo decidi|estoy en paz",
)
# Despair: no point, no way out, cannot go on, goodbye.
_DESPAIR_WORDS = (
    r"no point|pointless|(?:cant|cannot) (?:do this|take (?:it|this)|go on|keep going)|done with (?:everything|life|it all)",
    r"(?:nobody|no one|noone) (?:would|will|d|ll) ~2 miss me|personne (?:ne )?(?:va|vas) ~2 (?:manquer|ennuyer)|nadie ~3 extra\w*|"
    r"hopeless|nothing (?:left|matters)|no (?:reason|future|way out)|(?:any|a) way out|goodbye|tonight (?:is|feels like) the night|end (?:it|this)|die|dead|suicid\w*",
    r"(?:plus|pas) la force|a bout|sert a rien|a quoi bon|(?:plus|aucun) (?:d )?(?:espoir|issue)|adieu|(?:j en peux|je peux) (?:plus|pu)|en finir|mourir|crever",
    # A burden, no strength left: "tired of being a burden", "je suis pus capable", "je sers
    # à rien", "soy una carga".
    r"(?:a|such a|just a) burden|(?:suis|est) (?:pus|plus) capable|(?:sers|sert) a rien|(?:soy|es) una carga|ya no (?:puedo|aguanto)",
    r"(?:ya no|no) (?:puedo|aguanto) mas|no (?:tiene|le veo) sentido|sin salida|despedida|adios|acabar con|morir\w*|matar\w*|para que seguir|de que sirve",
    # "What's the point anymore", but not "what's the point of the second appointment".
    r"(?:whats|what s|what is) the point(?! (?:of|in) (?!(?:anything|it|living|life|trying|going on|being)(?![a-z])))",
)
_DESPAIR = rx(*_DESPAIR_WORDS, *_NOT_BE_AROUND, *_DECIDED)
# What makes "i won't be around anymore" a farewell rather than a move.
_FINAL = rx(
    *_DECIDED,
    _MEANS,
    r"(?:whats|what s|what is) the point|no point|hopeless|goodbye|farewell|sorry for everything|(?:tell|telling) ~3 (?:i love|that i love)|love you all",
    r"goodbyes|(?:said|say|saying) (?:my|our|all my) goodbyes|(?:fait|faire) (?:mes|ses) adieux|(?:ya )?me despedi|(?:letters?|notes?) (?:to|for) (?:my|the) (?:kids|children|family|wife|husband|parents|son|daughter)|lettres? (?:a|pour) (?:mes|mon|ma) (?:enfants|famille|fils|fille|femme|mari)|cartas? (?:a|para) (?:mis|mi) (?:hijos|familia|hijo|hija|esposa|esposo)",
    r"a quoi bon|sans issue|adieu|pardon pour tout|dites ~3 que je (?:les|l) aime",
    r"(?:no|ya no) (?:tiene|le veo) sentido|de que sirve|adios|perdon(?:en)? por todo|diganle ~3 que (?:la|lo|los) quiero",
)

_DEATH_OR_SILENCE = rx(
    r"die|dead|kill\w*|suicid\w*|end (?:it|my life|his life|her life)|pills|gun|rope|jump\w*|phone (?:is )?(?:off|dead)|missing",
    r"(?:not|isnt|wont|doesnt|stopped) (?:answer|answering|pick up|picking up|respond\w*)",
    # Shut in and silent: "she won't open the bathroom door", "il s'est enfermé", "no abre".
    r"(?:wont|doesnt|isnt|not|will not) (?:open|opening|unlock\w*) ~3 door|locked (?:herself|himself|themselves|themself) in",
    r"(?:im|i am) ready(?: now)?$|je suis pret\w*$|estoy list[oa]$",
    r"(?:enferme\w*|barricade\w*) (?:dans|a cle)|(?:ouvre|ouvrira|veut pas ouvrir) (?:pas|plus|pu)? ?la porte",
    r"(?:se )?encerr\w*|no (?:abre|quiere abrir|me abre) la puerta",
    r"mourir|tuer|en finir|(?:repond|decroche) (?:pas|plus|pu)|telephone (?:ferme|eteint)",
    r"morir\w*|matar\w*|no (?:me )?(?:contesta|responde)|(?:celular|telefono) apagado",
)

_REUNION_OR_GOODBYE = rx(
    r"at peace (?:now|with it|at last)|(?:suis|est) en paix|(?:estoy|esta) en paz|(?:be|being) with (?:my|his|her) (?:late|dead|departed) \S+|(?:join|see) (?:my|his|her) (?:late|dead) \S+ soon|thank you for (?:everything|all|looking after)|goodbye|farewell|wont be (?:here|around)",
    r"(?:rejoindre|retrouver) (?:ma|mon|mes) (?:defunt\w*|feu \S+|\S+ decede\w*)|bientot avec (?:ma|mon)|merci pour tout|adieu",
    r"(?:reunirme|estar) con (?:mi|mis) (?:difunt\w*|\S+ que en paz descanse)|pronto (?:estare|voy a estar) con|gracias por todo|adios|despedirme",
)

# Self-injury named, for "deeper than usual" said in a clause of its own.
_SELF_INJURY = rx(
    r"(?:cut|cutting|burned|burnt|burning|hurt|hurting|harm\w*) (?:myself|himself|herself|again)|self ?harm\w*|cutting",
    r"(?:me|se) (?:suis|est) (?:re)?(?:coupe\w*|scarifie\w*|brule\w*|taillade\w*)|recoupe\w*|scarifi\w*|(?:me|se) couper",
    r"(?:me|se) (?:corte|corto|cortaba|lastime|queme)|cortarme|cortandome|autolesi\w*",
)

_HEIGHT = rx(
    r"bridge|roof|rooftop|ledge|balcony|window|cliff|overpass|building|tower|parking garage|tracks",
    r"pont|toit|balcon|fenetre|falaise|immeuble|viaduc|tour|rails|voie ferree",
    r"puente|azotea|techo|balcon|ventana|barranco|precipicio|edificio|paso elevado|vias",
)

RULES: tuple[Rule, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------
    rule(
        "suicide_self_harm.intent",
        r"suicid\w*|sucid\w*|kill\w* (?:myself|himself|herself|themselves|themself|me self)",
        r"(?:want|wants|wanted|going|gonna|urge|urges|thinking|thoughts|thought|plan|planning|feel like|tempted) ~2 (?:hurt|harm|hurting|harming|cut|cutting|kill|killing|end|ending) (?:myself|himself|herself|themselves|my life|his life|her life)",
        r"(?:cutting|harming|hurting|burning) (?:myself|himself|herself)|self ?harm\w*|self injur\w*",
        r"(?:want|wants|wanna|wish|going|ready) to die|wish (?:i|he|she) (?:was|were) dead",
        r"better off (?:dead|without me)|(?:dont|do not|no longer|not|never) want to (?:live|be alive|be here|exist|wake up)",
        r"(?:no|dont see|cant see|not any|dont have (?:a|any)) ~2 (?:reason|point|purpose) ~4 (?:live|living|alive|go on|going on)",
        r"end (?:my|his|her) life|end it all|(?:take|taking|swallow) ~2 all ~2 (?:pills|meds|medication|tablets)",
        r"never wake up|not wake up|so (?:that )?i (?:wont|will not|never|dont) wake up|(?:hope|want) (?:i|to) (?:dont|never|not) wake up|want (?:it all|everything) to (?:stop|end|be over)|goodbye forever",
        r"(?:cutting|burning|scratching|slashing) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin)",
        r"(?:goodbye|farewell|suicide) (?:note|letter|message)|(?:wrote|writing|written|left) ~3 (?:goodbye|farewell) (?:note|letter|message)",
        # Self-harm that escalates: "i keep cutting deeper", "je me coupe de plus en plus
        # profond", "cada vez me corto más hondo".
        r"(?:keep|kept|been|started|still|am|im) (?:cutting|slicing|burning) (?:myself |himself |herself )?(?:deeper|too deep)|(?:cutting|cut) (?:myself|himself|herself) (?:more|worse|deeper)|cut\w* (?:deeper|too deep) (?:each|every) time|(?:dont|do not|cant) ~2 (?:want to )?stop cutting",
        unless_clause=_FIGURE_OF_SPEECH,
    ),
    # Deeper than usual, or than meant, said apart from the cut itself: "je me suis recoupée
    # ce soir, plus profond que d'habitude", "me corté otra vez, más hondo que nunca".
    rule(
        "suicide_self_harm.deeper_than_meant",
        r"deeper than (?:usual|ever|before|last time|i (?:meant|wanted|intended|planned)|i d (?:meant|planned))|(?:too|really) deep this time",
        r"plus profond\w* (?:que (?:prevu|d habitude|la derniere fois|jamais|je (?:voulais|pensais))|cette fois)",
        r"mas (?:profundo|hondo|profunda|honda) (?:que (?:nunca|de costumbre|la ultima vez|otras veces)|de lo (?:normal|que queria|que pensaba))",
        needs=(_SELF_INJURY,),
        needs_scope="message",
    ),
    rule(
        "suicide_self_harm.escalating",
        r"(?:me|se) (?:coupe|coupais|scarifie|taillade|brule) ~3 (?:de plus en plus|plus) profond\w*|(?:coupures|entailles) ~3 (?:de plus en plus|plus) profond\w*",
        r"(?:cut|cutting|burned|burnt|burning|hurt) (?:myself|himself|herself) ~10 (?:deeper|too deep|(?:didnt|dont|did not|do not) (?:really )?want to stop|couldnt stop)",
        r"(?:me|se) (?:suis|est) (?:coupe\w*|scarifie\w*) ~10 (?:plus profond\w*|voulais pas arreter)|(?:me|se) (?:corte|corto) ~10 (?:mas (?:profundo|hondo)|no quer\w* parar)",
        r"(?:me|se) (?:corto|cortaba|lastimo|quemo) ~3 (?:cada vez )?mas (?:profundo|hondo)|(?:cortes|cortadas) ~3 (?:cada vez )?mas (?:profundos|hondos|profundas|hondas)",
        # Cutting again, deeper than meant, not wanting to stop: "been cutting again and it
        # went deeper than I meant", "j'ai recommencé à me couper", "volví a cortarme".
        r"(?:been|started|start|keep|kept|am|im|was) cutting again(?! (?:the|my|some|back|down|on|out|costs?|carbs|sugar|hair|wood|grass|paper|fabric|class\w*|school|work))",
        r"(?:cut|cutting|went|go|goes|gone|was|is) ~3 deeper than (?:i|i d|id|i had|she|he) (?:meant|wanted|intended|planned|expected)|part of me ~2 (?:wants|wanted) to (?:keep going|keep cutting|not stop|die|go deeper)",
        r"recommence\w* a (?:me|se) (?:couper|scarifier|taillader|bruler)(?! (?:les|des) (?:cheveux|ongles|frange|pointes))|(?:me|se) (?:suis|est) (?:re)?coupe\w* ~4 plus profond\w* que (?:prevu|voulu|je voulais)",
        r"(?:volvi|volvio|empece|empezo) (?:otra vez )?a (?:cortarme|cortarse|lastimarme|quemarme)(?! (?:el|los|las|la) (?:pelo|cabello|unas|fleco|puntas|flequillo))|mas (?:profundo|hondo) de lo que (?:queria|quise|pensaba)",
        unless_clause=_FIGURE_OF_SPEECH,
    ),
    # The euphemisms: ending it all, taking one's own life, a method, being tired of living,
    # wanting to disappear, the others being better off. "Tired of living with this pain" and
    # "ending my contract" are not among them.
    rule(
        "suicide_self_harm.euphemism",
        r"(?:going to|gonna|want to|wanna|ready to|plan to|planning to|about to|decided to|need to) end it(?! (?:with|off|here|there|early|now with))",
        r"(?:thinking|think|thought|thoughts) (?:about|of) ending (?:it|things|everything|my life)(?! (?:with|off))",
        # Something done in order to die: "took a whole bottle of pills to end it".
        r"(?:took|taken|swallowed|drank|cut|jumped|taking|swallowing) ~8 (?:to|so i can|so i could|so i would) (?:end it|end (?:my|his|her) life|die|kill (?:myself|himself|herself)|not wake up)",
        r"(?:pris|avale|bu) ~8 pour (?:en finir|mourir|me tuer|ne plus me reveiller)|(?:tome|trague|tomo|trago) ~8 para (?:morir|matarme|acabar con todo|no despertar)",
        r"noose|(?:rope|gun|razor|blade) ~2 (?:ready|tied|prepared|loaded)",
        r"end\w* (?:it all|everything|things for good|it for good)|(?:take|taking|took|end|ending) (?:my|his|her|their) own life",
        r"(?:kill|killing|off|offing|top|topping|unalive|unaliving|hang|hanging|drown|drowning|shoot|shooting) (?:myself|himself|herself|themselves|themself|meself)|kms",
        r"(?:tired|sick) of (?:living|being alive|life|existing)(?! (?:with|in|here|at|on|like that))",
        r"(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of|under) ~3 (?:bridge|building|roof|train|balcony|cliff|car|bus|truck|lorry|window)",
        r"(?:want|wanna|going) to (?:just )?(?:disappear|vanish) (?:forever|for good|permanently)|disappear forever",
        r"(?:cant|cannot) (?:go on|carry on|keep going) (?:living|anymore|any more)|(?:no|dont see|cant see) ~2 (?:reason|point) ~3 (?:alive|existing|exist)",
        r"(?:would|d|will) (?:be )?(?:better|easier|happier) (?:off )?without me",
        r"better off (?:if|when) (?:i|im) ~2 (?:gone|dead|not here|wasnt here|werent here|died|not around|wasnt around|werent around|didnt exist|disappeared)",
        r"(?:saved|saving|stockpil\w*|hoard\w*|collect\w*|enough) ~3 (?:pills|tablets|meds|medication) ~4 (?:to end it|end it|to die|to do it|for when (?:im|i am|i m) ready|for when the time comes|for the end)",
        r"(?:garde|accumul\w*|ramass\w*|mis de cote) ~3 (?:cachets|comprimes|pilules|medicaments) ~4 (?:pour (?:le jour|quand je serai|en finir|mourir))|(?:guardando|juntando|acumulando) ~3 (?:pastillas|medicamentos) ~4 (?:para (?:cuando|el dia|morir|acabar))",
        r"(?:pills|tablets|meds|medication) ~3 (?:saved|saving|stockpil\w*|hoard\w*|collect\w*|ready) ~3 (?:to end it|end it|to die|to do it)",
        r"mettre fin a (?:ma vie|sa vie|mon existence|tout)|(?:mettre|mis) un terme a (?:ma|sa) vie",
        r"(?:me|se) (?:foutre|fout|fous) en l air|(?:me|se) (?:pendre|flinguer|supprimer|tirer une balle)",
        r"(?:me|se) jeter (?:sous|du|d un|d une|par|dans le vide|de la|du haut|en bas)",
        r"(?:marre|assez|fatigue\w*) de (?:vivre|la vie|exister)(?! (?:avec|dans|ici|a|chez|comme))",
        r"(?:veux|voudrais|envie de) (?:juste |seulement |simplement )?disparaitre|(?:vie|vivre) ne vaut (?:plus|pas) la peine|(?:serait|seraient|serais) mieux sans moi",
        r"dormir pour toujours|ne (?:plus|jamais) (?:me )?reveiller|ne (?:veux|veut) plus (?:etre la|exister)",
        r"(?:plus|pas|aucune|aucun) (?:de |d )?(?:raison|raisons|but|sens) (?:de |d )?(?:vivre|exister|continuer|etre la|rester)|(?:vie|existence) ~3 (?:plus|pas|aucun) (?:de )?sens",
        r"(?:veux|voudrais) que tout (?:s arrete|se termine|finisse|cesse)|lettres? d adieu|mot d adieu|(?:ecrit|laisse) ~3 adieu",
        r"(?:sauter|me jeter|me lancer) (?:du|d un|d une|de la|par la|sous) ~2 (?:pont|fenetre|immeuble|balcon|toit|train|falaise|metro)",
        r"(?:avaler|prendre) (?:tous|toutes) (?:mes|les) (?:cachets|comprimes|medicaments|pilules)",
        r"(?:n en peux|n en peut|ne supporte) plus (?:de )?(?:vivre|la vie|exister)|(?:veux|voudrais|envie de) partir (?:pour toujours|a jamais|definitivement)",
        r"(?:me|se) (?:couper|coupe|coupais|taillade\w*|entaille\w*|scarifie\w*) (?:les bras|les poignets|les cuisses|la peau)",
        r"me (?:corto|cortaba|estoy cortando|he cortado|he estado cortando) (?:los brazos|las munecas|las piernas|la piel)",
        r"(?:terminar|acabar|ponerle fin|poner fin|termino|acabo) (?:con )?(?:a )?(?:mi vida|su vida|todo(?! (?:el|la|los|las|lo|mi|este|esta|estos|estas|eso) ))",
        r"no (?:quiero|quiere) (?:seguir|estar) (?:viviendo|vivo|viva|aqui|en este mundo)|no (?:quiero|quiere) (?:existir|despertar\w*)",
        r"(?:quiero|quisiera|ganas de) (?:solo |nada mas )?desaparecer",
        r"colgarme|ahorcarme|dispararme|pegarme un tiro|envenenarme|aventarme",
        r"(?:me|se) (?:quiero|quiere|voy a|va a|vo a) (?:colgar|ahorcar|disparar|envenenar|aventar|tirar (?:de|por|desde|a|bajo))",
        r"tirarme (?:de|por|desde|a|bajo) ~3 (?:puente|ventana|edificio|balcon|tren|metro|vias|azotea|techo|auto|coche|carro|camion)",
        r"(?:cansad[oa]|harto|harta) de (?:vivir|la vida|existir)(?! (?:con|en|aqui|asi de))",
        r"(?:estarian|estaria|estarias|vivirian|seria) mejor sin mi|no vale la pena (?:vivir|seguir)|(?:no le (?:veo|encuentro|hallo)|sin) sentido a (?:la vida|vivir|seguir|nada)",
        r"(?:no tengo|ya no tengo|sin|no hay|ya no hay|ninguna|ningun) (?:\S+ )?(?:razon|razones|motivo|motivos|sentido) (?:para|de) (?:vivir|seguir|existir)",
        r"(?:quiero|quisiera) que todo (?:se acabe|acabe|termine|se termine|pare)|carta de despedida|nota de suicidio|(?:escribi|deje|escribiendo) ~3 despedida",
        r"(?:tomarme|tragarme|tomar|tragar) (?:todas|todos) (?:mis|las|los) (?:pastillas|medicamentos|pildoras)",
        r"dormir y no despertar|no despertar(?:me)? (?:nunca|jamas|mas)",
        unless_clause=_FIGURE_OF_SPEECH,
    ),
    rule(
        "suicide_self_harm.fr",
        r"suicid\w*|me (?:tuer|suicider)|se (?:tuer|suicider)",
        r"(?:envie|veux|voudrais|veut) ~2 mourir|mettre fin a (?:mes|ses) jours",
        # "En finir" alone is suicidal; "en finir avec ces papiers" is not.
        r"en finir(?! avec (?!la vie|tout|moi|ma vie|mes jours|l existence|cette vie))",
        r"(?:me|se) (?:faire|fais|fait) du mal|scarifi\w*|(?:plus|pus|pu) (?:envie|le gout|la force) (?:de|d) (?:vivre|exister|etre la|continuer)",
        r"(?:ne veux|ne veut|veux|veut) plus vivre|(?:me|se) couper les veines",
        unless_clause=_FIGURE_OF_SPEECH,
    ),
    rule(
        "suicide_self_harm.es",
        r"suicid\w*|matarme|quitarme la vida|quitar\w* la vida|me quiero (?:matar|morir)",
        r"me (?:voy|vo) a (?:matar|suicidar|quitar la vida)",
        r"(?:quiero|deseo|ganas de) morir\w*|no (?:quiero|tengo ganas de|deseo) vivir",
        r"acabar con (?:mi vida|todo(?! (?:el|la|los|las|lo|mi|este|esta|estos|estas|eso) ))|hacerme (?:dano|danio)|me hago (?:dano|danio)",
        r"cortarme(?! (?:el|los|las|la) (?:pelo|cabello|unas|fleco|flequillo|puntas|barba|fleco))|me estoy cortando(?! (?:el|los|las|la) (?:pelo|cabello|unas|fleco|flequillo|puntas|barba))|me corto (?:las venas|a proposito)",
        unless_clause=_FIGURE_OF_SPEECH,
    ),
    # Said of someone else ("se quiere morir", "dice que se va a matar", "elle veut se tuer"),
    # the veins or wrists cut, a method pictured, a death wish without the word "die".
    rule(
        "suicide_self_harm.concepts",
        r"(?:me|se|te) (?:quiero|quiere|quieres|queria|quisiera) (?:matar|morir|suicidar)|(?:quiere|quieres|queria) (?:matarse|morirse|suicidarse)",
        r"me (?:voy|vo|iba) a (?:suicidar|colgar|ahorcar|aventar)|se (?:va|iba|van) a (?:matar|suicidar|quitar la vida|colgar|ahorcar|aventar)",
        r"(?:se|me) (?:esta|estoy|estaba|estan) (?:cortando|rajando|lastimando|haciendo dano)",
        r"(?:veut|voulait|veux|voudrait|menace de|menace\w* de|parle de) (?:se|me) (?:tuer|suicider|pendre|jeter|foutre en l air|flinguer)",
        r"(?:cut|slit|slashed|sliced|opened) (?:my|his|her|their) (?:wrists?|veins?)",
        r"(?:ouvert|ouvre|tranche\w*|taillade\w*|coupe\w*) (?:les|mes|ses) (?:veines|poignets)",
        r"(?:corte|abri|raje|corto|abrio|rajo) las (?:venas|munecas)",
        r"(?:no|whats the|what s the|isnt any|not any) point (?:in |of )?(?:waking up|being alive|being here|living|going on|existing|to (?:live|living|wake up))",
        r"(?:sert a rien|a quoi bon) (?:de )?(?:vivre|continuer|me reveiller|exister)|(?:veux|veut|voudrais) (?:plus|pu) (?:vivre|exister|me reveiller|etre la)",
        r"(?:para que|de que sirve|no tiene (?:caso|sentido)) (?:seguir )?(?:vivir|viviendo|despertar|existir)",
        r"(?:thinking|think|thought|thoughts|fantasi\w*|picturing|imagining|urge|tempted|want|wanna|going|gonna|plan\w*) ~4 (?:driving|drive|crash\w*|swerv\w*|steer\w*) ~3 (?:into|off) ~3 (?:wall|tree|traffic|bridge|truck|pole|cliff|oncoming|river|lake)",
        r"(?:step|stepping|walk|walking|jump|jumping|throw|throwing) ~3 in front of ~2 (?:train|bus|truck|lorry|car|traffic|metro|subway)",
        r"(?:envie|pense|penser|pensais|tente\w*) ~4 (?:foncer|rentrer|me lancer|me jeter|me precipiter) ~3 (?:dans|contre|sous) ~3 (?:mur|arbre|camion|train|metro|pont|voiture|char|trafic)",
        r"(?:pienso|pensando|ganas|quiero|tentad[oa]) ~4 (?:estrellarme|estrellar|chocar|aventarme|tirarme|echarme) ~4 (?:contra|a|al|bajo|debajo|frente) ~3 (?:pared|muro|arbol|camion|trafico|tren|metro|puente|carro|coche)",
        r"(?:go to |going to )?sleep forever|dormir para siempre|dormirme para siempre",
        r"(?:took|take|taking|used|using) (?:a|the|my|his|her) (?:razor|blade|knife) to (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|skin)",
        r"(?:cut|burned|burnt|hurt|hurting|cutting) (?:myself|himself|herself) (?:on purpose|deliberately)",
        r"(?:cut|burned|burnt|scratched|scraped|hit|punched|carved) (?:my|his|her) (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|hand|hands|stomach|belly) ~5 (?:on purpose|deliberately)",
        r"(?:brule|coupe|taillade|griffe)\w* (?:le|la|les|mon|ma|mes|son|sa|ses) (?:bras|poignets?|cuisses?|peau|mains?|ventre) ~5 (?:expres|volontairement)",
        r"(?:me|se) (?:queme|quemo|corte|corto|rasgue|rasguno) (?:el|la|los|las) (?:brazos?|munecas?|piernas?|muslos?|piel|manos?|panza) ~5 (?:a proposito|adrede|queriendo)",
        r"me (?:corte|cortaba|lastime|queme|hice dano) a proposito|(?:me|se) (?:suis|est) (?:coupe\w*|brule\w*|fait mal) (?:expres|volontairement)",
        # Car exhaust in a closed garage.
        r"garage ~5 (?:car|engine|motor) (?:running|on)|garage ~5 (?:moteur|char|voiture|auto) (?:qui tourne|allume\w*|en marche)",
        r"(?:cochera|garage|garaje) ~5 (?:carro|coche|motor|auto) (?:prendido|encendido|andando)",
        r"(?:want|wanna|going|ready|plan\w*|decided) to end things|ending (?:my|his|her|their) life",
        r"(?:how many|how much|combien|cuantas|cuantos) ~5 (?:to die|takes to (?:die|kill)|would (?:it )?take to (?:die|kill)|pour mourir|pour (?:me )?tuer|para morir|para matarme)",
        r"(?:research\w*|look\w* up|googl\w*|search\w*) ~3 (?:ways|how) to (?:die|kill myself|end it)|(?:cherche\w*|google\w*) ~3 (?:comment|facons de|moyens de) (?:mourir|me tuer|en finir)",
        r"(?:busque|buscando|investigando|googlee) ~3 (?:como|formas de|maneras de) (?:morir|matarme|suicidarme)",
        r"no (?:quiere|quieres|queria) (?:vivir|seguir viviendo)",
        r"ctb|sewer ?slide",
        r"(?:quiero|quiere|quisiera|voy a|va a|ganas de) (?:irme|ir|irse) de este mundo|(?:me|se) (?:quiero|quiere) ir de este mundo",
        r"(?:want|wanna|going|ready) to leave this (?:world|earth)|(?:veux|veut|voudrais|vais|va) quitter ce monde",
        r"(?:thinking|think|thoughts|thought) (?:about|of) (?:dying|death|being dead|not being here|not existing)",
        r"pense\w* (?:a|au) (?:mourir|la mort|me tuer|en finir|disparaitre)|(?:pienso|piensa|pensando|pensamientos) (?:en|de) (?:morir\w*|la muerte|matarme|quitarme la vida)",
        unless_clause=_FIGURE_OF_SPEECH,
    ),
    # At the edge of a height, or about to jump from one.
    rule(
        "suicide_self_harm.at_a_height",
        r"(?:sitting|standing|sat|stood|climbed|climbing) (?:on|over) (?:the )?(?:edge|ledge|railing|rail|parapet)",
        r"(?:sur|par dessus) (?:le bord|le rebord|la rambarde|le parapet|la balustrade)",
        r"(?:en|sobre) (?:la orilla|el borde|el barandal|la barda|la cornisa)",
        r"(?:going|gonna|about|threaten\w*|wants?|trying|ready|thinking about) to jump|(?:thinking about|think about) jumping",
        r"(?:va|veut|vais|menace de|menace\w* de|pense a|pense|envie de) sauter",
        r"(?:va a|quiere|amenaza con|intenta|pienso|piensa en) (?:saltar|aventarse|tirarse|aventarme|tirarme)",
        needs=(_HEIGHT,),
    ),
    # A farewell (goodbye texts, things given away) with death or silence in the message; a
    # colleague's retirement goodbye is not one.
    rule(
        "suicide_self_harm.farewell",
        r"(?:goodbye|farewell) (?:text|texts|message|messages|letter|letters|video|email)|said (?:goodbye|bye) to (?:everyone|everybody)|giving away (?:all )?(?:my|his|her) (?:stuff|things|belongings)",
        r"(?:left|wrote|found) (?:a|his|her|their) (?:note|letter)|(?:texted|messaged|said|wrote|posted|sent|put up) (?:me |us )?(?:a )?(?:goodbye|bye forever)",
        r"(?:publie|poste|envoye|ecrit) ~2 (?:adieu|au revoir pour toujours)|(?:publico|posteo|subio|mando) ~3 (?:despedida|adios)",
        # Things given away, thanks for everything: "gave away his guitar and his dog",
        # "texted me thanks for everything goodbye", "a donné son chat", "regaló su perro".
        r"(?:gave|giving|given|gives) away ~2 (?:his|her|my|their|all) \S+|(?:gave|giving|given) (?:my|his|her) (?:dog|cat|pet|guitar|stuff|things|belongings) to|(?:thanks|thank you) for everything|merci pour tout|gracias por todo",
        r"(?:donne|donnait|a donne) (?:tous |toutes )?(?:son|sa|ses|mon|ma|mes) (?:chat|chien|guitare|affaires|choses|biens)|(?:regalo|regalando|regala) (?:su|sus|mi|mis) (?:perro|gato|guitarra|cosas)",
        r"(?:laisse|ecrit|trouve) (?:un|une|son|sa) (?:mot|lettre)|(?:texte|ecrit|dit|envoye) ~2 adieu",
        r"(?:dejo|deje|encontre|escribio) (?:una|su) (?:nota|carta)|(?:me dijo|me escribio|me mando|nos dijo) ~2 adios",
        r"sorry for everything|(?:wrote|written|writing|left) ~3 (?:letters?|notes?) (?:to|for) (?:my|his|her|the) (?:kids|children|family|wife|husband|parents|mom|dad)",
        r"(?:everyone|everybody|you|we|they|you all|the kids|my family) (?:ll |will |would |d )?be better off",
        r"pardon pour tout|(?:ecrit|laisse) ~3 (?:lettres?|mots?) (?:a|pour) (?:mes|ses) (?:enfants|parents)|perdon por todo|(?:escribi|escribio|dejo|deje) ~3 cartas? (?:a|para) (?:mis|sus) hijos",
        r"(?:message|lettre|texto|video) d adieu|fait (?:ses|mes) adieux|donne (?:toutes )?(?:mes|ses) affaires",
        r"(?:mensaje|carta|nota|texto|audio|video) de despedida|se (?:despidio|esta despidiendo) de todos|(?:regalando|regalo) (?:todas )?(?:sus|mis) cosas",
        needs=(_DEATH_OR_SILENCE,),
        needs_scope="message",
    ),
    # A sorry or a goodbye sent from a height, and then silence: "sent me a photo from the
    # top of the parking garage saying sorry mom, she won't pick up".
    rule(
        "suicide_self_harm.farewell_from_a_height",
        r"(?:saying|said|says|to say|that said|that says|captioned) ~2 (?:sorry|goodbye|bye|forgive me|i love you|love you)",
        r"(?:disant|pour dire|qui dit|en disant|avec ecrit) ~2 (?:pardon|desole\w*|adieu|je t aime|je vous aime)",
        r"(?:diciendo|dijo|para decir|que dice|que decia) ~2 (?:perdon|perdoname|lo siento|adios|te quiero|te amo|los quiero)",
        needs=(_HEIGHT, _DEATH_OR_SILENCE),
        needs_scope="message",
    ),
    # Affairs put in order, with a goodbye or a reunion with the dead: "I have put my affairs
    # in order, I will be with my late wife soon", "j'ai mis mes affaires en ordre".
    rule(
        "suicide_self_harm.affairs_in_order",
        r"(?:wrote|written|writing|made|finished|updated) (?:my|his|her) (?:will|last will)|(?:fait|ecrit|redige|termine) (?:mon|son) testament|(?:hice|hizo|escribi|escribio|termine) (?:mi|su) testamento",
        r"(?:put|putting|got|getting|have|set) (?:all )?(?:my|his|her) affairs in order|made (?:my )?peace(?! with (?:it|the|that|this|my diagnosis))",
        r"(?:mis|mettre|mets|range) (?:de l ordre dans )?(?:mes|ses) affaires(?: en ordre)?|(?:fait|faire) la paix avec (?:moi|tout)",
        r"(?:puse|poner|arregle|ordene) (?:en orden )?(?:mis|sus) (?:asuntos|cosas|papeles)(?: en orden)?|(?:hice|hacer) las paces con (?:todo|dios)",
        needs=(_REUNION_OR_GOODBYE,),
        needs_scope="message",
    ),
    # "I won't be around anymore" with a decision taken or a means at hand.
    rule(
        "suicide_self_harm.leaving_for_good",
        *_NOT_BE_AROUND,
        needs=(_FINAL,),
        needs_scope="message",
    ),
    # The means at hand in a message of despair: "I have my dad's gun and there's no point".
    rule(
        "suicide_self_harm.means_at_hand",
        rf"{_AT_HAND} ~4 {_MEANS}|{_MEANS} ~4 (?:in my (?:hand|mouth|room|lap)|to my head|loaded|ready|lined up|counted out|next to me)",
        rf"{_MEANS} ~4 (?:dans ma main|dans ma chambre|charge\w*|pret\w*|devant moi|a cote de moi|sur la tempe)",
        rf"{_MEANS} ~4 (?:en la mano|en mi cuarto|cargad[oa]|list[oa]s?|junto a mi|en la cabeza)",
        # A place or a time picked: "i already picked the beam", "j'ai choisi le pont".
        r"(?:picked|chose|chosen|found|scouted|checked out) (?:out )?(?:the|a|my) (?:beam|spot|place|bridge|tree|date|day|method|way)",
        r"(?:choisi|trouve|repere) (?:la|le|ma|mon) (?:poutre|endroit|pont|arbre|date|jour|methode)|(?:escogi|elegi|encontre|ya tengo) (?:la|el|mi) (?:viga|lugar|puente|arbol|fecha|dia|metodo)",
        r"(?:i have|ive got|i ve got|i got|i made|ive made|i ve made) (?:a|my) plan|(?:j ai|j ai fait) (?:un|mon) plan|(?:tengo|hice) (?:un|mi) plan",
        rf"(?:know|knows) where ~4 (?:keeps?|kept|hides?|is|are) ~3 {_MEANS}|(?:sais|sait) (?:ou|o) ~4 {_MEANS}|(?:se|sabe) donde ~4 {_MEANS}",
        r"(?:vais|va|veux|voudrais) tout (?:arreter|lacher)(?! (?:de|le|la|les|mon|ma|mes))|(?:voy a|quiero) (?:dejarlo todo|terminar(?:lo)? todo)",
        # A plan with a time: "I'm going to do it tonight".
        r"(?:going to|gonna|ready to|decided to) do it(?: (?:tonight|today|now|this time))?$|tonight (?:is|feels like) the night",
        r"(?:vais|va) le faire (?:ce soir|aujourd hui|cette nuit)|(?:lo voy a|lo va a|voy a) hacer(?:lo)? (?:hoy|esta noche|ya)",
        needs=(_DESPAIR,),
        needs_scope="message",
    ),
)
