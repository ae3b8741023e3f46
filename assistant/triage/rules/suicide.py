"""Suicide and self-harm rules: intent, plans and the euphemisms people use for them."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule

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
        r"never wake up|not wake up|want (?:it all|everything) to (?:stop|end|be over)|goodbye forever",
        r"(?:cutting|burning|scratching|slashing) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin)",
        r"(?:goodbye|farewell|suicide) (?:note|letter|message)|(?:wrote|writing|written|left) ~3 (?:goodbye|farewell) (?:note|letter|message)",
    ),
    # The euphemisms: ending it all, taking one's own life, a method, being tired of living,
    # wanting to disappear, the others being better off. "Tired of living with this pain" and
    # "ending my contract" are not among them.
    rule(
        "suicide_self_harm.euphemism",
        r"(?:going to|gonna|want to|wanna|ready to|plan to|planning to|about to|decided to|need to) end it(?! (?:with|off|here|there|early|now with))",
        r"noose|(?:rope|gun|razor|blade) ~2 (?:ready|tied|prepared|loaded)",
        r"end\w* (?:it all|everything|things for good|it for good)|(?:take|taking|took|end|ending) (?:my|his|her|their) own life",
        r"(?:kill|killing|off|offing|top|topping|unalive|unaliving|hang|hanging|drown|drowning|shoot|shooting) (?:myself|himself|herself|themselves|themself|meself)|kms",
        r"(?:tired|sick) of (?:living|being alive|life|existing)(?! (?:with|in|here|at|on|like that))",
        r"(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of|under) ~3 (?:bridge|building|roof|train|balcony|cliff|car|bus|truck|lorry|window)",
        r"(?:want|wanna|going) to (?:disappear|vanish) (?:forever|for good|permanently)|disappear forever",
        r"(?:cant|cannot) (?:go on|carry on|keep going) (?:living|anymore|any more)|(?:no|dont see|cant see) ~2 (?:reason|point) ~3 (?:alive|existing|exist)",
        r"(?:would|d|will) (?:be )?(?:better|easier|happier) (?:off )?without me",
        r"better off (?:if|when) (?:i|im) ~2 (?:gone|dead|not here|wasnt here|werent here|died|not around|disappeared)",
        r"(?:saved|saving|stockpil\w*|hoard\w*|collect\w*|enough) ~3 (?:pills|tablets|meds|medication) ~4 (?:to end it|end it|to die|to do it)",
        r"(?:pills|tablets|meds|medication) ~3 (?:saved|saving|stockpil\w*|hoard\w*|collect\w*|ready) ~3 (?:to end it|end it|to die|to do it)",
        r"mettre fin a (?:ma vie|sa vie|mon existence|tout)|(?:mettre|mis) un terme a (?:ma|sa) vie",
        r"(?:me|se) (?:foutre|fout|fous) en l air|(?:me|se) (?:pendre|flinguer|supprimer|tirer une balle)",
        r"(?:me|se) jeter (?:sous|du|d un|d une|par|dans le vide|de la|du haut)",
        r"(?:marre|assez|fatigue\w*) de (?:vivre|la vie|exister)(?! (?:avec|dans|ici|a|chez|comme))",
        r"(?:veux|voudrais|envie de) disparaitre|(?:vie|vivre) ne vaut (?:plus|pas) la peine|(?:serait|seraient|serais) mieux sans moi",
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
        r"(?:quiero|quisiera|ganas de) desaparecer",
        r"colgarme|ahorcarme|dispararme|pegarme un tiro|envenenarme|aventarme",
        r"(?:me|se) (?:quiero|quiere|voy a|va a|vo a) (?:colgar|ahorcar|disparar|envenenar|aventar|tirar (?:de|por|desde|a|bajo))",
        r"tirarme (?:de|por|desde|a|bajo) ~3 (?:puente|ventana|edificio|balcon|tren|metro|vias|azotea|techo|auto|coche|carro|camion)",
        r"(?:cansad[oa]|harto|harta) de (?:vivir|la vida|existir)(?! (?:con|en|aqui|asi de))",
        r"(?:estarian|estaria|estarias|vivirian|seria) mejor sin mi|no vale la pena (?:vivir|seguir)|(?:no le (?:veo|encuentro|hallo)|sin) sentido a (?:la vida|vivir|seguir|nada)",
        r"(?:no tengo|ya no tengo|sin|no hay|ya no hay|ninguna|ningun) (?:\S+ )?(?:razon|razones|motivo|motivos|sentido) (?:para|de) (?:vivir|seguir|existir)",
        r"(?:quiero|quisiera) que todo (?:se acabe|acabe|termine|se termine|pare)|carta de despedida|nota de suicidio|(?:escribi|deje|escribiendo) ~3 despedida",
        r"(?:tomarme|tragarme|tomar|tragar) (?:todas|todos) (?:mis|las|los) (?:pastillas|medicamentos|pildoras)",
        r"dormir y no despertar|no despertar(?:me)? (?:nunca|jamas|mas)",
    ),
    rule(
        "suicide_self_harm.fr",
        r"suicid\w*|me (?:tuer|suicider)|se (?:tuer|suicider)",
        r"(?:envie|veux|voudrais|veut) ~2 mourir|mettre fin a (?:mes|ses) jours",
        # "En finir" alone is suicidal; "en finir avec ces papiers" is not.
        r"en finir(?! avec (?!la vie|tout|moi|ma vie|mes jours|l existence|cette vie))",
        r"(?:me|se) (?:faire|fais|fait) du mal|scarifi\w*|plus (?:envie|le gout|la force) (?:de|d) (?:vivre|exister|etre la|continuer)",
        r"(?:ne veux|ne veut|veux|veut) plus vivre|(?:me|se) couper les veines",
    ),
    rule(
        "suicide_self_harm.es",
        r"suicid\w*|matarme|quitarme la vida|quitar\w* la vida|me quiero (?:matar|morir)",
        r"me (?:voy|vo) a (?:matar|suicidar|quitar la vida)",
        r"(?:quiero|deseo|ganas de) morir\w*|no (?:quiero|tengo ganas de|deseo) vivir",
        r"acabar con (?:mi vida|todo(?! (?:el|la|los|las|lo|mi|este|esta|estos|estas|eso) ))|hacerme (?:dano|danio)|me hago (?:dano|danio)",
        r"cortarme|me estoy cortando|me corto (?:las venas|a proposito)",
    ),
)
