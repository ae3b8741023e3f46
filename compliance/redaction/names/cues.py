"""The words around a name: titles, introductions, kinship and roles, greetings and
sign-offs before it; "here", "again", a credential or an e-mail address after it.

Each kind of cue is one regular expression. ``cue_ends`` scans a text once per kind and
returns the offsets where a cue ends, so the detector asks "does a cue end where this word
starts?" with a set look-up instead of one search per word.
"""

from __future__ import annotations

import re

from compliance.redaction.lowercase import lower_case_form, lower_text

_I = re.IGNORECASE
# After a cue: not inside a word ("pt" is no cue in "ptosis", "aunt" none in "auntie").
_TAIL = r"(?!(?<=\w)\w)\s*[:,-]?\s*"
# "hey its me haso": "it's me", tried before "it's" so that the name follows the longer cue.
_ITS_ME = r"(?:this is|it's|it\u2019s|its|it is)\s+me\b"

# Relations in Spanish, French and Portuguese ("mi esposo", "mon fils", "la hija de", "meu
# marido"), as one alternation.
ROMANCE_KIN = (
    r"hij[oa]|espos[oa]|mam[a\u00e1]|pap[a\u00e1]|madre|padre|herman[oa]|abuel(?:it)?[oa]|niet[oa]|"
    r"t[i\u00ed][oa]|sobrin[oa]|prim[oa]|fille|fils|mari|femme|m[e\u00e8]re|p[e\u00e8]re|"
    r"fr[e\u00e8]re|s(?:oe|\u0153)ur|suegr[oa]|cu[n\u00f1]ad[oa]|compadre|comadre|nene|nena|"
    r"ni[n\u00f1][oa]|nuera|yerno|bisabuel[oa]|ahijad[oa]|madrina|padrino|mami|papi|"
    # "mi compañero yoslen", "mi patrón bhaktawala": a workmate or the boss.
    r"compa[n\u00f1]er[oa]|patr[o\u00f3]n|patrona|jef[ea]|novi[oa]|"
    # "el mayordomo X dijo", "el contratista X": who runs the crew in the fields.
    r"mayordom[oa]|capataz|contratista|"
    # Portuguese: "meu marido X precisa", "minha mãe X está".
    r"marido|mulher|m[a\u00e3]e|pai|filh[oa]|irm[a\u00e3]o?|av[o\u00f3\u00f4]|vov[o\u00f3\u00f4]|net[oa]"
)
# After these, the next word is a name unless it is an ordinary word ("dr ó broic", "Dr. Hale").
_TITLE_WORDS = (
    r"\b(?i:dr|doctor|mr|mrs|mx|prof|professor|nurse|rev|sgt|officer|attending|sr|sra|srta|"
    r"mme|mlle|herr|frau|sheikh|shri|smt|pastor|rabbi|imam|fr|"
    # "madame babikian", "la señora Quispe", "dona Fátima": titles of French, Spanish and
    # Portuguese speakers.
    r"madame|monsieur|se\u00f1ora|se\u00f1or|senora|senhora|senhor|do\u00f1a|"
    # "la doctora bencosme", "doktè nabiev", "doutora Inês": a doctor in Spanish, Haitian
    # Creole and Portuguese.
    r"doctora|dra|dokt[e\u00e8]|doutora|doutor)\b\.?,?\s+"
)
# "Ms" and "Miss" with their capital ("ms" is also multiple sclerosis).
_TITLE_CAPITALISED = r"\b(?:Ms|Miss|MS|MISS)\.?\s+"
TITLE_RE = re.compile(f"{_TITLE_WORDS}|{_TITLE_CAPITALISED}")
# "dr", "Mrs.": after these, a listed surname even when it is also a word ("dr long").
HONORIFIC_RE = re.compile(r"\b(?:dr|mr|mrs|ms|mx|prof|sr|sra|srta|mme|mlle)\.?\s+", _I)
# "my name is": after these, any word that grammar does not put there ("my name is hope").
NAME_IS_RE = re.compile(
    r"\b(?:my name is|my name's|name is|name's|named|me llamo|mi nombre es|je m'appelle|"
    r"mein name ist|meu nome [e\u00e9]|kuv\s+lub\s+npe\s+(?:yog|hu\s+ua)|mera\s+naam|"
    # A name the person goes by, or was born with: "goes by Moose", "(née Velusamy)".
    r"goes by|go by|going by|known as|aka|a\.k\.a\.|nicknamed|uses the name|prefers to be called|"
    r"n[e\u00e9]e|me dicen|on m'appelle)\s*[:,-]?\s*",
    _I,
)
# After these, any word that is not an ordinary one is a name.
STRONG_RE = re.compile(
    r"\b(?:my name is|my name's|name is|names|name's|named|called|call me|calls me|"
    r"patient name|pt name|"
    r"name|signed|signature|signed by|sincerely|regards|attn|attention|on behalf of|"
    # "everybody says tica", "everyone calls me bubba", "she goes by nené": what people call
    # someone.
    r"(?:everybody|everyone|every\s+one|people|they|family)\s+(?:says|say|calls?)"
    r"(?:\s+(?:me|her|him|them))?|goes\s+by|go\s+by|prefers\s+to\s+be\s+called|"
    # Spanish and French introductions: "soy ye-jin", "de parte de", "c'est thibault".
    r"soy|de parte de|care of|c/o|provider|prescriber|pcp|"
    # "soy la hija de keshav dungana", "c'est la fille de ...": whose relation the writer is.
    rf"(?:la|el|le)\s+(?:{ROMANCE_KIN})\s+(?:de|du)|"
    # "mi doctor es Dorvil", "my doctor is Kimaro", "mon médecin est ..."
    r"(?:my|mi|mon|ma)\s+(?:doctor|doctora|dr|m[e\u00e9]dic[oa]|m[e\u00e9]decin|pcp|provider|"
    r"nurse|enfermera|infirmi[e\u00e8]re|therapist)\s+(?:is|es|est)|"
    # A greeting, then "c'est" or "soy": the writer's name ("salut c'est boubacar").
    r"(?:bonjour|salut|allo|all\u00f4|coucou|bonsoir|hola|buenas|buenos\s+d[i\u00ed]as)[\s,!]+"
    r"(?:c['\u2019]est|soy|ici)|"
    r"(?:emergency )?contact(?: person)?|next of kin|nok|interpreter|translator|dear|"
    r"(?:from|to|cc|bcc|author|caller|guardian|poa|proxy|requester|recipient|ec)\s*:)" + _TAIL,
    _I,
)
# After these, a listed name, or a capitalised word that is not an ordinary one.
WEAK_RE = re.compile(
    rf"\b(?:{_ITS_ME}|this is|i am|i'm|im|it's|its|cc|per|spoke with|spoke to|talked to|"
    r"talked with|mwen\s+se|"
    r"seen by|seen with|referred by|referred to|message from|message for|tell|ask|chart of|"
    r"chart for|records? of|records? for|patient|pt|message from|from|spoke w/|me and|"
    # "who is maitén zuberbühler", "my name is spelled deveron gopeesingh"
    r"who\s+is|who's|whos|(?:name\s+is\s+)?spell?(?:ed|t))" + _TAIL,
    _I,
)
# Weaker still: after these, only a listed name or a capitalised word that is not an ordinary
# one (never an unknown lower-case word: "send xarelto" is a drug, not a person).
NEAR_RE = re.compile(
    r"\b(?:hi|hello|hey|good morning|good afternoon|discussed with|accompanied by|"
    r"left (?:a )?message (?:for|with)|message left for|voicemail for|reminder (?:to|for)|"
    r"remind|sent to|send|forward to|ask for|asking for|call|page|paged|notify|notified|"
    r"match|matched|for patient|for pt|appointment for|appt for|booked for|visit for|"
    r"results for|refill for|ok|okay|recipient|paciente|"
    r"(?:visit|appt|appointment|meeting|mtg|conf) (?:with|w/)|"
    r"c'est|"
    r"c\u2019est|le habla|les habla|habla con|gracias|je suis|yo soy|"
    # "lives w/ Rosalind": "w/" alone is "with" before anything ("w/ cane", "w/ RW").
    r"(?:lives|living|stays|staying|lived)\s+(?:w/|with)|saludos|atentamente|merci|cordialement|bisous|"
    # Spanish and French relations: "mi hija sofia", "mon fils lucas", "la mamá de valentina".
    rf"(?:mi|tu|su|mon|ma|sa|son|la|el|le)\s+(?:{ROMANCE_KIN}|grand-m[e\u00e8]re|grand-p[e\u00e8]re)"
    r"(?:\s+de)?|"
    # Portuguese and Haitian Creole relations: "a minha mãe adélia", "manman m mirielle",
    # "granmè lucknie".
    r"(?:minha|meu)\s+(?:m[a\u00e3]e|pai|filh[oa]|irm[a\u00e3]o?|av[o\u00f3\u00f4]|espos[oa]|marido|"
    r"mulher|ti[oa]|net[oa]|sobrinh[oa])|"
    r"(?:manman|papa|fr[e\u00e8]|s[e\u00e8]|pitit|madanm|tonton|matant|kouzen|kouzin)\s+(?:m|mwen)|"
    r"granm[e\u00e8]|granp[e\u00e8]|"
    r"(?:confirm\w*|schedul\w*|resched\w*|book\w*|eligibility|paperwork|forms?|proxy|"
    r"care\s*giver|checking|verif\w*|calling|rides?|transport|pick\s*up)\s+for)" + _TAIL,
    _I,
)
# After these, in lower-case chat too, a word that no list knows is a name ("it's zorana
# again"); typos of ordinary words are not.
I_AM_RE = re.compile(r"\b(?:i am|i'm|i\u2019m|im)" + _TAIL, _I)
SELF_RE = re.compile(
    # "это Michline", "це Оксана": "this is" in Russian and Ukrainian.
    rf"\b(?:{_ITS_ME}(?:\s+again)?|this is|it's|it\u2019s|its|it is|"
    r"moi c['\u2019]est|aqu[i\u00ed] (?:es|habla)|"
    r"(?:\u044d\u0442\u043e|\u0446\u0435)(?=\s+[A-Za-z])|"
    # "përshëndetje jam ducminh", "suosdie, knhom rogaciana", "mbote, ezali freidy", "mwen se
    # X", "eu sou X", "ich bin X": "I am" / "it is" in Albanian, Khmer, Lingala, Haitian
    # Creole, Portuguese and German.
    r"jam|knhom|kh\u00f1om|ezali|mwen\s+se|eu\s+sou|ich\s+bin|"
    # "nyob zoo kuv yog X": "I am" in Hmong.
    r"kuv\s+yog|"
    # "privet, eto zemenay": "this is" in Russian in Latin letters; "le escribe tranh": "X is
    # writing to you" in Spanish.
    r"eto|(?:le|les|te)\s+(?:escribe|saluda|habla))" + _TAIL,
    _I,
)
# A sign-off before a name ("thanks, kemi"): like an introduction.
# Thanks in patients' other languages too ("gracias ylionne", "quyana inabelle!"): the word
# after it must then be no word of those languages either ("gracias por todo").
SIGN_OFF_RE = re.compile(
    r"\b(?:thanks|thank you|thankyou|thx|tks|ty|cheers|regards|best|love|xoxo|bye|"
    r"sincerely|yours|warmly|gracias|merci|obrigad[oa]|shukran|spasibo|danke|grazie|mahalo|"
    r"asante|salamat|quyana|ah[e\u00e9]hee'?|thuk je che|dhanyavaa?d|mesi|m[e\u00e8]si|"
    r"kamsahamnida|xie xie|dziekuje|dzi\u0119kuj\u0119|dyakuyu|cam on|c\u1ea3m \u01a1n|"
    r"\u0441\u043f\u0430\u0441\u0438\u0431\u043e|\u0434\u044f\u043a\u0443\u044e|hvala|"
    r"faleminderit(?:\s+shum[e\u00eb])?|te[s\u015f]ekk[u\u00fc]rler|k[o\u00f6]sz[o\u00f6]n[o\u00f6]m|"
    r"d[e\u011b]kuji|multumesc|mul\u021bumesc|efharisto|efcharisto|arigato|terima\s+kasih|"
    r"shukriya|dhanyabad|ngiyabonga|medaase|na\s+gode|daalu|appreciate\s+(?:it|you|u)|"
    r"mahadsanid|dhonnobaa?d|bendiciones|blessings|love\s+(?:u|you|ya)|luv\s+(?:u|you|ya)|"
    # Thanks and greetings of the Pacific and the Philippines: Marshallese, Chuukese,
    # Pohnpeian, Kosraean, Ilocano, Samoan, Tongan, Chamorro, Hawaiian, Visayan, Yapese
    # ("kommol tata X", "hafa adai, X", "malo e lelei, X").
    r"kommol|kinisou|kalahngan(?:\s+en\s+komwi)?|kulo|agyamanak|fa['\u2018\u2019]?afetai|"
    r"m\u0101l\u014d|malo\s+(?:['\u2018\u2019]?aupito|e\s+lelei)|si\s+yu['\u2019\u02bb]?os\s+ma['\u2019\u02bb]?[a\u00e5]se['\u2019\u02bb]?|"
    r"ofa\s+atu|aloha|talofa|h[a\u00e5]fa\s+adai|iakwe|yokwe|ran\s+annim|kaselehlie|mogethin|"
    r"maayong\s+(?:buntag|hapon|gabii)|naimbag\s+nga\s+(?:bigat|aldaw|malem|rabii))"
    # "grazie mille efuwa", "merci ben dvoiry": "very much" between the thanks and the name.
    r"(?:\s+(?:mille|beaucoup|anpil|ben|lijepa|puno|mnogo|vielmals|nhi\u1ec1u|nhieu|banyak|sana|"
    r"mucho|muchas|muito|shum[e\u00eb]|bolshoe|infiniment|bardzo|kteer|ktir|poli|"
    # "mahalo nui loa", "talofa lava", "kommol tata", "kinisou chapur", "salamat po", "iakwe
    # yuk", "aloha kakahiaka": the rest of the thanks or greeting.
    r"nui(?:\s+loa)?|lava|tata|chapur|po|yuk|eok|kakahiaka|auinal\u0101|auinala|ahiahi)(?=[\s,!.?\x22')\]]|$))?"
    r"\s*[,!.:;-]*\s*",
    _I,
)
# A dash before the last words of a message ("thx - tunde"): a signature. Not a dash that
# starts a line: that is a list.
# "thanks!! -fariba", "see u then ~jo": a dash glued to the one word that ends the message.
DASH_RE = re.compile(
    r"(?<=\S)\s+[-\u2013\u2014~]+\s+|\bsent from my \w+\s*[,!.:;-]*\s*|"
    r"(?<=\S)\s+[-\u2013\u2014~]+(?=[^\W\d_]{2,}\s*(?:$|[\"'](?:\s*[,}\]]|\s*$)))",
    _I,
)
_KIN = (
    r"mom|mum|mother|dad|father|wife|husband|son|daughter|sister|brother|spouse|partner|"
    r"caregiver|grandma|grandmother|grandpa|grandfather|granny|nana|aunt|auntie|aunty|uncle|friend|"
    r"neighbor|neighbour|niece|nephew|cousin|boyfriend|girlfriend|fiance|fiancee|guardian|"
    r"stepson|stepdaughter|stepmother|stepfather|stepmom|stepdad|granddaughter|grandson|"
    r"roommate|child|kid|baby|twin|godmother|godfather|in-law|mother-in-law|father-in-law|"
    r"sister-in-law|brother-in-law|interpreter|translator|aide|therapist|caseworker|"
    r"case manager|social worker|chaplain|pharmacist|landlord|boss|coworker|colleague|bro|sis|"
    r"hubby|wifey|bf|gf|grandbaby|grandkid|grandmom|grandpop|granddad|granddaddy|grandmama|"
    r"health worker|chw|promotora|doula|navigator|sitter|"
    r"gramma|grammy|mom-mom|pop-pop|"
    # "my ex bikiltu", not "my ex husband"
    r"ex(?![\s-]+(?:husband|wife|boyfriend|girlfriend|partner|spouse|fianc[e\u00e9]e?)\b)|"
    r"(?:mother|father|sister|brother|son|daughter)[\s-]in[\s-]law|"
    r"policy\s*holder|subscriber|guarantor|insured|beneficiary|prescriber|lawyer|attorney|"
    r"advocate|proxy|hcpoa|poa|representative|dtr|dau|sis|neighbour|ride|driver|"
    r"staff\s+member|staff|surrogate(?:\s+decision[\s-]maker)?|decision[\s-]maker|"
    r"health\s*care\s+agent|witness|chaperone|companion|escort|counsel+or|sitter|navigator|doula|"
    r"midwife|new\s+hire|coach|"
    # What patients call a relative in their other languages ("my nonna manjinder", "my appa
    # X", "my bhai X"): not those that are English words too ("ma", "ate", "pops"), nor those
    # that are common given names too ("lola", "tito", "bibi").
    r"nonn[ao]|babcia|dziadek|bubb(?:e|y)|zayde|zaidy|abuel(?:it)?[ao]|vov[o\u00f3\u00f4]|"
    r"av[\u00f3\u00f4]|yaya|yiayia|papp?ou|mamaw|papaw|meemaw|peepaw|hooyo|aabo|ayeeyo|awoowe|"
    r"halm(?:e)?oni|harabeoji|oma|opa|nani|nanu|dadi|bibiji|t[i\u00ed][ao]|titi|"
    r"teta|jiddo|sitti|khala|ammu|amma|appa|amala|tatay|nanay|manang|manong|kuya|bhai(?:ya)?|"
    r"didi|behen|chach[ai]|mausi|dedushka|babushka|deda|nainai|yeye|laolao|ajji|thatha|paati|"
    r"gjysh[ia]|savta|tante|tonton|matant|grann|sitto|dedo|eomma|emaye|"
    r"bab[i\u00ed](?:\u010d|c)ka|bunica|bunicul|"
    # Haitian Creole, French and Yiddish: "my manman X", "my pitit X", "mémère X", "zaide X".
    r"manman|pitit|granm[e\u00e8]|granp[e\u00e8]|m[e\u00e9]m[e\u00e8]re|p[e\u00e9]p[e\u00e8]re|zaide|"
    r"mami|papi|"
    # Armenian, Basque, Punjabi and Hmong: "papik X", "amatxi X", "bapu ji X", "my yawg X".
    r"papik|tatik|mayrik|hayrik|amatxi|amona|aitona|bapu|bebe|biji|yawg|"
    # Japanese American families: "my bachan X", "jiichan X".
    r"o?baachan|bachan|o?jiichan|"
    # Godparents and close friends in Spanish; Navajo, Yup'ik, Hawaiian, Bengali, Akan,
    # Tibetan, Marathi and Nepali relations: "my comadre X", "my shicheii X", "my tutu X",
    # "my abbu X", "my maame X", "my ama-la X", "my buwa X".
    r"comadre|compadre|comai|compai|shicheii|shimasani|shima|maurluq|tutu|abbu|ammi|"
    r"maame|ama-la|madda|tatya|buwa|suegr[ao]|sponsor|"
    # Who someone is at work in the fields: "el mayordomo X", "the herder X".
    r"mayordom[oa]|capataz|contratista|herder|foreman|crew\s+boss|crew\s+leader"
)
# The kinship and role words, as one alternation (``names.pairs`` names groups by them).
KIN_WORDS = f"(?:{_KIN})"
# A kinship or role word alone, as it stands before a name in a note: "neighbor Royal".
KIN_WORD_BEFORE_RE = re.compile(rf"\b(?:{_KIN})\s*[:,(]?\s*$", _I)
# "my wife wolf has a fever": after a possessive and a kinship or role word, a listed name
# even when it is also an ordinary word, unless grammar puts that word there ("my wife has").
KIN_RE = re.compile(
    # The kinship word whole: "my auntie carol", not a cue ending inside it at "aunt".
    rf"\b(?:my|our|his|her|their|your|pt's|patient's|the patient's)\s+(?:{_KIN})\b"
    r"\s*[:,(]?\s*",
    _I,
)
# "visiting RN Chaiyaporn Ruoxi", "intake RN L.A. Qalo": a credential before a name, in
# capitals (lower-case "rn" is "right now" in chat).
CREDENTIAL_BEFORE_RE = re.compile(
    r"\b(?:RN|LPN|LVN|NP|CNA|APRN|FNP|PA-C|MSW|LCSW|PharmD|CRNA|CNM|RD|SLP)\s+(?=[A-Z])"
)
# "mon fils rutendo au +91 ...", "mi hija xochitl al 55 ...": a Spanish or French relation, a
# word, then the number to reach that person by.
ROMANCE_KIN_NUMBER_RE = re.compile(
    r"\b(?:mon|ma|mi|su|sa|son|tu)\s+(?:fils|fille|mari|femme|fr[e\u00e8]re|s(?:oe|\u0153)ur|"
    r"m[e\u00e8]re|p[e\u00e8]re|hij[oa]|espos[oa]|herman[oa]|abuel[oa]|madre|padre|niet[oa])\s+"
    r"(?P<name>[^\W\d_]+)(?=\s+(?:au|al|a|at|on|en\s+el)\s*[+(]?\d)",
    _I,
)
# "tanpri rele arismendy nan 448 ...", "call bubba at 555 ...", "llame a yesenia al 305 ...": a
# word after a call, then the number to call at, in English, Haitian Creole and Spanish.
CALL_NAME_NUMBER_RE = re.compile(
    r"\b(?:call|text|rele|voye|llama|llame|llamen|ll[a\u00e1]mele|appelle[zr]?|ligue)\s+(?:a\s+)?"
    r"(?P<name>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+(?:at|on|nan|al|au|no|@)\s*[+(]?\d",
    _I,
)
# "mi esposo ilango tiene cita", "mon fils rutendo veut ...", "mi esposo bikiltu s. dabalaa
# tiene ...": a Spanish or French relation, a name of up to three words, then a verb that has
# that person for its subject.
ROMANCE_KIN_VERB_RE = re.compile(
    rf"\b(?:mi|su|tu|mon|ma|sa|son|meu|minha|nha|el|la)\s+(?:{ROMANCE_KIN})\s+"
    r"(?P<name>[^\W\d_]{3,}(?:\s+(?:[^\W\d_]\.|[^\W\d_]{3,})){0,2}?)"
    r"(?=\s+(?:tiene|est[a\u00e1]|quiere|necesita|dice|habla|vive|trabaja|veut|doit|vient|parle|"
    r"habite|travaille|a\s+(?:de|la|le|un|une|mal|besoin)|est|se\s+[^\W\d_]{3,}|"
    r"llega|lleg[o\u00f3]|viene|me\s+(?:va|lleva|llev[o\u00f3]|ayuda)|va\s+a|no\s+puede|"
    r"dijo|llam[o\u00f3]|ayuda|sabe|fue|anda|manda|pregunta|recoge|cumple|tuvo|sali[o\u00f3]|"
    r"toma|no\s+[^\W\d_]{3,}|"
    r"precisa|t[a\u00e1]|tem|quer|vai|mora|trabalha|chegou|chega|n[a\u00e3]o\s+pode|sta|sa)\b)",
    _I,
)
# "je suis yacouba, la fille de ...", "soy lupe, la hija de ...": a name, then who they are.
ROMANCE_SELF_RELATION_RE = re.compile(
    r"\b(?:je\s+suis|soy|yo\s+soy)\s+(?P<name>[^\W\d_]{3,})\s*,\s*(?:la|le|el|sa|son|su)\s+"
    rf"(?:{ROMANCE_KIN}|voisine?|vecin[oa]|ami|amie|amig[oa])\b",
    _I,
)
# "bonjou, se lumane origène, manman m ...", "..., se fifi": "it's X" in Haitian Creole, where a
# message or a clause starts, and the name ends the clause (or an English "I'm" follows).
CREOLE_SE_RE = re.compile(
    r"(?:^|[,.!?;:]\s*|\n\s*)se\s+(?P<name>[^\W\d_]{3,}(?:[ -][^\W\d_]{3,})?)"
    r"(?=\s*(?:[,.!?;:\n]|$)|\s+(?:i['\u2019]?m|i\s+am)\b)",
    _I,
)
# "uncle scooter is 94", "grandma lolo (95yo)": a kinship word, a word, then that person's age.
KIN_NAME_AGE_RE = re.compile(
    r"\b(?:uncle|aunt|auntie|grandma|grandpa|granny|gramps|nana|cousin|abuela|abuelo|abuelita|"
    r"abuelito|t[i\u00ed]a|t[i\u00ed]o|tata|mamie|papy|tonton|tatie)\s+"
    # "auntie nurbu willocks turn 93": a given name and a surname, and chat's "turn".
    r"(?P<name>[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?)"
    r"(?=\s+(?:is|was|es|est|tiene|a|turns?|turned|will\s+be)\s+(?:now\s+)?(?:9\d|1[01]\d|ninety|"
    r"a\s+hundred|one\s+hundred|"
    r"noventa|cien|quatre-vingt)|\s*\(\s*(?:9\d|1[01]\d)\s*(?:y/?o|yo|[mf])?\s*\))",
    _I,
)
# A relation or a title without a possessive ("Daughter Aoife at bedside", "Mother (X)").
RELATION_RE = re.compile(
    rf"\b(?:patient|pt|{_KIN}|family|(?:mrs|mr|ms|dr)\.?"
    # "the doctor was n. weech": who a carer was.
    r"|(?:doctor|surgeon|nurse|dentist|midwife|provider)(?=\s+(?:is|was)\b))"
    r"(?:\s+(?:is|was))?\s*[:,(]?\s*",
    _I,
)

# "call mercy at 617 ...", "text jo on +44 ...": a number to reach the person by.
NUMBER_AFTER_RE = re.compile(r"\s+(?:at|on|@)\s*[+(]?\d", _I)

CUES = {
    "title": TITLE_RE,
    "honorific": HONORIFIC_RE,
    "name_is": NAME_IS_RE,
    "strong": STRONG_RE,
    "weak": WEAK_RE,
    "near": NEAR_RE,
    "relation": RELATION_RE,
    "kin": KIN_RE,
    "self": SELF_RE,
    "i_am": I_AM_RE,
    "sign_off": SIGN_OFF_RE,
    "dash": DASH_RE,
}

# After a name: "maria here", "kemi again", "Smith family" (``talk``); "Jane Roe, RN", "Jane
# Roe <jane@x.org>", "jane roe, dob ...", "decebal's wife" (``firm``: a credential, an address
# or an identifier of the person follows, so an unknown lower-case word is taken too).
AFTER_RE = re.compile(
    # Every cue after a name starts with a space, a comma, a bracket or an apostrophe: the
    # look-ahead spares the alternatives at every other offset.
    r"(?=[\s,(<'\u2019])(?:"
    # "eglantine this side": "this is X" in Indian English.
    r"(?P<talk>\s+(?:here|again|speaking|calling|writing|checking in|this\s+side|"
    r"next\s+door|across\s+the\s+street)\b"
    # "is noel hodgkin still working there", "pls have Bunny Porter call me at ..."
    r"|\s+(?:still\s+)?work(?:ing|s)\s+(?:there|here|at|today|tonight|tomorrow)\b|\s+(?:call|text|email|phone)\s+me\b"
    r"|\s+from\s+(?:yesterday|earlier|today|this\s+morning|last\s+(?:week|night|time|visit))\b"
    # "referral to Ginger Dollar at the pain clinic": a person at a place of care.
    r"|\s+(?:at|from|with)\s+the\s+(?:\w+\s+)?(?:clinic|practice|office|hospital|pharmacy|"
    r"front\s+desk|desk|lab|agency|nursing\s+home|home\s+health)\b"
    r"|\s+(?-i:family|household)\b(?!\s+(?:clinic|practice|medicine|health|cent(?:er|re)|"
    r"physician|doctor|planning|history|member|members|medical|room|leave)))"
    r"|(?P<firm>,?\s+(?-i:RN|MD|NP|PA-C|LPN|CNA|DO|PhD|DDS|PharmD|MSW|LCSW|FNP|APRN)\b(?![-/])"
    # "bubba okafor is my ride", "serenity is with her now", "Peg (pt's daughter-in-law)":
    # a person's role or company.
    rf"|\s+(?:is|was)\s+(?:my|our|her|his)\s+(?:{_KIN})\b|\s+(?:is|was)\s+with\s+(?:her|him|them)\b"
    # "can corliss sit in for her": standing in for the patient.
    r"|\s+(?:sit|sits|sat)\s+in\s+(?:for|on|with)\b"
    rf"|\s*\((?:(?:pt|patient|his|her|their)['\u2019]?s?\s+)?(?:{_KIN})\)"
    r"|,?\s+(?:dob|d\.o\.b|date of birth|birth\s*date|birthday|bday|born|mrn)\b"
    r"|\s+(?:--|\u2014|\u2013)\s*(?:dob|d\.o\.b|mrn|ssn)\b"
    r"|\s*<[^<>\s@]+@[^<>\s]+>"
    # An age and sex after a name: "Lacey-Mae (95M)", "Okwu, 95 yo", "yirga (91)".
    r"|\s*\(\s*[1-9]\d{0,2}\s*(?:(?-i:[MF])|y/?o|yo)?\s*\)"
    r"|,?\s+\d{1,3}\s*(?:y/?o|yo|y\.o\.|yrs?|years?\s+old|-year-old)\b"
    rf"|['\u2019]s\s+(?:{_KIN})\b"
    # "sent from anyely's phone": whose phone or account the message came from.
    r"|['\u2019]s\s+(?:phone|iphone|cell|cellphone|tablet|ipad|mychart|account)\b)"
    # "Osagie is 97 and ...": a person's age, after a capitalised or listed word.
    r"|(?P<age>\s+(?:is|was)\s+(?:now\s+)?\d{2,3}(?=\s*(?:[,;.]|and\b|but\b|y/?o\b|yo\b|years?\b))"
    # "NELVIN DHEMING turns 103 on ...": a birthday.
    r"|\s+(?:turns|turning|turned)\s+\d{2,3}\b)"
    # "S: Tenzin reports ...", "is aneesh the nurse working", "dilys pidgeon passed away": what
    # a note or a message says a person did or is.
    r"|(?P<report>\s+(?:reports|reported|states|stated|denies|denied|endorses|endorsed|"
    r"ambulated|ambulates|tolerated|passed\s+away|the\s+(?:nurse|doctor|dr|therapist|"
    r"pharmacist|receptionist|np|aide|caseworker|social\s+worker|interpreter|translator|driver|"
    r"promotora|doula|midwife|chw)\b)\b"
    # "Feliciana (circulator) and Alourdes (scrub)": a role in brackets after a name.
    r"|\s*\((?:scrub|circulator|charge(?:\s+rn)?|first\s+assist|anesthesia|crna|preceptor|"
    r"scribe|chaperone|sitter|proxy|hcpoa|poa|surrogate|translator|interpreter)\)"
    # "HPI: Seungmin is a 67 y/o woman": a person's age, whatever it is.
    r"|\s+is\s+an?\s+\d{1,3}[\s-]*(?:y/?o|yo|year[\s-]*old|-year-old)\b))",
    _I,
)


# Without IGNORECASE on ASCII text in lower case (``lowercase``): a third of the time. The
# title cue's two parts are read apart: no title word starts with "Ms" or "Miss", so no match
# of one part starts inside a match of the other, and the ends are the same.
_LOWER_CASE_CUES = {
    name: lower_case_form(pattern) for name, pattern in CUES.items() if name != "title"
}
_TITLE_WORDS_LOWER = lower_case_form(re.compile(_TITLE_WORDS.replace("(?i:", "(?:"), _I))
_TITLE_CAPITALISED_RE = re.compile(_TITLE_CAPITALISED)


def cue_ends(text: str) -> dict[str, frozenset[int]]:
    """Per kind of cue, the offsets where one ends: a word starting there follows it."""
    lowered = lower_text(text)
    ends = {}
    for name, pattern in CUES.items():
        fast = _LOWER_CASE_CUES.get(name)
        if fast is not None and lowered is not None:
            ends[name] = frozenset(m.end() for m in fast.finditer(lowered))
        elif name == "title" and lowered is not None:
            ends[name] = frozenset(
                [m.end() for m in _TITLE_WORDS_LOWER.finditer(lowered)]
                + [m.end() for m in _TITLE_CAPITALISED_RE.finditer(text)]
            )
        else:
            ends[name] = frozenset(m.end() for m in pattern.finditer(text))
    if not text.islower():
        ends["relation"] |= frozenset(m.end() for m in CREDENTIAL_BEFORE_RE.finditer(text))
    return ends


def after_starts(text: str) -> dict[int, str]:
    """Offsets where a cue that follows a name starts, and its kind: "talk", "firm", "age"."""
    return {m.start(): m.lastgroup or "talk" for m in AFTER_RE.finditer(text)}
