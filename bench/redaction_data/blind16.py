"""The "blind16" split: a sixteenth blind evaluation set, written without looking at the engine,
its tests, its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read.

It models a Pacific Northwest and Alaska health system: an academic medical centre in the Puget
Sound region with suburban clinics in King, Pierce and Snohomish counties, the Portland area and
the Willamette Valley, Spokane, FQHCs serving the Yakima and Wenatchee valleys (orchard crews,
H-2A workers in farmworker housing, pesticide exposure and L&I claims, Mixteco, Triqui and Mam
speakers), the Olympic Peninsula and a tribal health clinic (Coast Salish, Makah, Quileute and
Yakama families), a ferry-served island clinic, Anchorage and rural Alaska villages reached by
plane (community health aides, telemedicine, no street numbers: "House 12", lot and block, PO
boxes, General Delivery), a telehealth service and a mail-order pharmacy (cold-chain insulin left
on porches and at village post offices). Boise is left out. CHAT is patients and family typing on
phones: lowercase, emoji, typos, no punctuation, and words of Spanish, Vietnamese, Cantonese,
Khmer, Tagalog and Ilocano, Russian, Ukrainian, Romanian, Somali, Amharic, Oromo, Tigrinya,
Punjabi, Telugu, Dari, Marshallese, Chuukese, Samoan, Tongan, Yup'ik, Inupiaq, Tlingit and
Lushootseed; relatives named with and without kin words, names after greetings, alone on a line,
in sign-offs, as nicknames, joined by "and" and "&", in possessives and as objects of verbs; and
addresses typed loosely (no comma, unit first, intersections, "by the" landmarks, a street named
without a number, shelters, motels, RV parks, orchard housing, rural routes, BIA and tribal
routes, village houses). LOGS is HL7 v2 (MSH, PID, NK1, IN1, GT1, PV1, ORC, OBX, MRG), FHIR
JSON, key=value and JSON events, nginx and Apache lines with query strings, Python and Java
traces, SQL errors, X12 837/270/271, fax server and IVR logs, CSV rows, file names and Kafka,
RabbitMQ and SQS messages. NOTES is HPI, A/P, SOAP, SBAR, handoffs, phone notes, referral letters,
social work, CHW, pharmacy and discharge summaries, with signatures, cc lines, "Dictated by" and
interpreter lines.

Names come from 40 origins, weighted to the region's communities: Mexican, Mixtec, Guatemalan
Maya, Vietnamese (compound given names as US records fuse them), Cantonese, Mandarin, Ilocano,
Korean adoptees in Norwegian-American families, Japanese American, Somali, Amhara, Oromo, Tigrinya,
Ukrainian, Russian Old Believer, Moldovan, Punjabi, Telugu, Samoan, Tongan, Marshallese,
Chuukese, Khmer, Iu Mien, Afghan, Iraqi, Coast Salish, Makah, Quileute, Yakama, Yup'ik, Inupiaq,
Unangan, Tlingit, Norwegian, Finnish, Croatian (the fishing families), African American, rural
settler families and Congolese. They come as "First Last", "Last, First", "LAST,FIRST M",
family name first, lowercase in query strings and file names, with initials, generational
suffixes and quoted nicknames, and as one span per HL7, X12 or FHIR name part. About one name in
six is an ordinary English word (WORD_GIVEN, WORD_FAMILY: fishing gear, shellfish, weather and
orchard tools), and PHI_FREE uses the same words in their ordinary sense.

No given name, family name, nickname, street name, village lane, RV park or motel name, city or
e-mail domain here (folded to ASCII and lower case, word by word) is among the words of
values.py's pools (with the Faker names it draws for both its splits), Faker's en_US first and
last names, templates.py, or the pools, templates and docstrings of every other blind and tune
module (tune19 excepted, which was neither read nor imported). A script collected every word of
those (about 75,000) and checked this module's pools against them; every colliding entry was
dropped or replaced and the final run reported zero collisions. Generic address and place words
(Street, Road, Ave, Route, Box, Lot, Lake, Bay, Point, Creek, Hill, Park, compass directions and
the like), particles (de, la, al) and top-level domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Pastor, Father)
or a credential (MD, RN, NP, PA-C, LICSW) and a possessive "'s" stay outside NAME; each HL7, X12
and FHIR name component is its own NAME span; initials that stand for a person are NAME; a
weekday or clock time beside a date stays outside the DATE, while a whole ISO, HL7 or log
timestamp is one DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are
AGE_OVER_89; kin terms used as address (mom, abuela, tita, lola, ayeeyo, maurluq, apa, aaka,
papa ji) are not names; a street address, PO box, General Delivery, rural or tribal route, village
house or lot, RV space, motel room, shelter, orchard housing, an intersection, or a street named
without a number where someone lives is ADDRESS, a city or village CITY and a ZIP code ZIP.
Organisations, languages, countries, drugs, eponyms, device models and facility names are literal
text. Filler slots (request ids, latencies, status codes, clock times, weekdays, queue names)
carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Origins short of one list borrow a neighbour's
# (Korean adoptees raised by Norwegian-American families, tribal members with settler given names).

_ELDER_GIVEN = [
    "Loveda",
    "Arletta",
    "Fernell",
    "Lavaughn",
    "Noralee",
    "Orvell",
    "Raelene",
    "Marlys",
]
_YOUNG_GIVEN = ["Shaylee", "Kinzley", "Treyson", "Kolter", "Railynn", "Kashtyn", "Aubrielle",
                "Khaleesi", "Rayden", "Ezekial"]  # fmt: skip
_NORSE_FAMILY = ["Skjervheim", "Stavig", "Myrvang", "Kvinsland", "Lygre", "Nordvik", "Rosvold",
                 "Tysse", "Austad"]  # fmt: skip
_CHINESE_FAMILY = ["Tjio", "Sie", "Neoh", "Yoong", "Chooi"]

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "mexican": (9, [
        "Leovigildo", "Anatolio", "Lucrecio", "Homobono", "Lazara", "Hermelando", "Jovany", "Josefat",
        "Maximiano", "Pedrina", "Rodolfa",
    ], [
        "Segoviano", "Malagón", "Zubiate", "Alcocer", "Barocio", "Chavarin", "Bucio", "Chavolla",
        "Cobian", "Contla",
    ]),
    "mixtec": (4, [
        "Lazara", "Homobono", "Anatolio",
    ], [
        "Torralba", "Regules", "Mecott", "Velasquillo", "Cruzaley", "Gopar",
    ]),
    "guatemalan": (3, [
        "Senaida", "Saqil", "Batzi", "Oxlajuj", "Xumakat",
    ], [
        "Sicajá", "Sapalú", "Suy", "Quel", "Yojcom", "Apén", "Sacbajá",
    ]),
    "vietnamese": (5, [
        "Minhtam", "Ngoctuyet", "Baolong", "Kimngan", "Phuonglan", "Tuyetmai", "Thanhnga", "Ngocmai",
        "Kimphuong", "Thienphuc",
    ], [
        "La", "Nguen",
    ]),
    "cantonese": (3, [
        "Shuk", "Wingkee", "Sukling", "Kaming", "Choisan", "Szeman", "Yukmui", "Lanfong", "Wingchun",
        "Pokman",
    ], _CHINESE_FAMILY),
    "mandarin": (2, [
        "Shuxian", "Zhenmei", "Huizhen",
    ], _CHINESE_FAMILY),
    "ilocano": (4, [
        "Bernardita", "Gaudiosa",
    ], [
        "Gamiao", "Ilaban", "Lagundino", "Umayam", "Obaldo", "Raqueño", "Sagucio", "Tabag",
        "Abadilla", "Bagasol", "Dalupang", "Hermosilla", "Ingking", "Mamaclay", "Padaca", "Ramelb",
        "Tacderan", "Castillejo", "Estoque", "Ilano", "Madayag", "Oliquino", "Pinero", "Sadorra",
        "Usita",
    ]),
    "korean_adoptee": (2, [
        "Kyungsik", "Gilsoo", "Sukja", "Jeomsoon", "Yangsoon", "Daesung", "Kangmin", "Minjae",
        "Bokrye", "Haesook", "Kyungok", "Myungok", "Younghwa", "Chanho", "Hojun", "Kyuhwan", "Youngjae",
    ], _NORSE_FAMILY),
    "japanese": (2, [
        "Kinuko", "Tomio", "Masuyo", "Kazuye", "Misaye", "Takako",
    ], [
        "Tsutakawa", "Maekawa", "Morishita", "Hanada", "Kawabata", "Mizuki", "Ogasawara", "Toyoda",
        "Shigaya", "Katagiri", "Kanazawa", "Yanagimachi",
    ]),
    "somali": (3, [
        "Faaduma", "Naciimo", "Xawo", "Ifrax",
    ], [
        "Cabdulle", "Waceys", "Bulaale", "Calas", "Dhuule", "Gurhan", "Odawaa", "Tukaale",
    ]),
    "amhara": (2, [
        "Mintesnot", "Addisu", "Jember", "Tenaye", "Yetnayet", "Abiy",
    ], [
        "Kassaye", "Bayeh", "Dagnew", "Gashu",
    ]),
    "oromo": (1, [
        "Gadisa", "Obse", "Haweeni", "Namee", "Galaana",
    ], [
        "Bulti", "Guyo", "Bekana", "Kenea", "Raga",
    ]),
    "tigrinya": (1, [
        "Tsighe", "Hdat", "Kidisti", "Letebrhan", "Medhin", "Mihretab", "Naod",
    ], [
        "Gebrezgi", "Fsahaye", "Gebreab", "Mengsteab",
    ]),
    "ukrainian": (4, [
        "Liubomyra", "Vitaliia", "Anzhelika", "Hennadii",
    ], [
        "Zadorozhna", "Hordiyenko", "Pidhirna", "Holovatyuk", "Hrynchyshyn", "Nazarchuk", "Pyrih",
    ]),
    "old_believer": (2, [
        "Efrosinia", "Evlampiy", "Agapit", "Lampiy", "Serapion", "Mamant", "Evdokim", "Antip",
        "Flegont", "Kharlampiy", "Afanasiy",
    ], [
        "Chupakhin", "Berestov", "Dubinin", "Koneff", "Jarnagin", "Martyshev", "Zhivotov", "Shatrov",
        "Yarkov",
    ]),
    "moldovan": (2, [
        "Efimia", "Chiril", "Axenia",
    ], [
        "Gorcea", "Botezatu", "Dodon", "Negura", "Racovita", "Pirlog",
    ]),
    "punjabi": (3, [
        "Kashmira", "Parkash", "Darbara", "Paramjeet", "Bakhshish",
    ], [
        "Ratol", "Sihota", "Sidhoo", "Rehill",
    ]),
    "telugu": (2, [
        "Ramya", "Anvitha", "Naveena",
    ], [
        "Vemula", "Chitturi", "Gogineni", "Nannapaneni", "Tadepalli",
    ]),
    "samoan": (3, [
        "Faamalu", "Aitofele", "Laumei", "Penitito",
    ], [
        "Togiai", "Malaetasi", "Solaita", "Tauanuu", "Uperesa", "Taetuna",
    ]),
    "tongan": (2, [
        "Kisione", "Penitito",
    ], [
        "Tapa", "Moengangongo", "Fusitua", "Fotofili", "Ngaue",
    ]),
    "marshallese": (3, [
        "Jobi", "Tarines", "Roneal", "Menua", "Taiwel", "Jemina", "Lejlan", "Tarjikit", "Benji",
        "Emlain",
    ], [
        "Netwon", "Aikne", "Jorelik", "Jibbwa", "Lamae", "Ladrik", "Lejman", "Jemwa", "Jolet", "Konou",
        "Kotton",
    ]),
    "chuukese": (2, [
        "Meriko", "Mersina", "Intin", "Kesa", "Ritisin", "Sinaten", "Efot",
    ], [
        "Sairus", "Kom", "Aten", "Sos", "Kasian", "Osiena", "Emwalu", "Sapwen", "Weinor", "Olap",
        "Bossie", "Mefy",
    ]),
    "khmer": (2, [
        "Rith", "Monorom", "Bophal", "Chantou", "Chamnan", "Kiry", "Rasmey",
    ], [
        "Kroch", "Samrith", "Meach", "Yoeum",
    ]),
    "mien": (1, [
        "Fouchoy", "Kaochoy", "Meuang",
    ], [
        "Saechan", "Saekao", "Saelaow", "Saesio", "Saewang", "Saefinh", "Saechiam", "Saetiew",
        "Saelin",
    ]),
    "afghan": (2, [
        "Bibigul", "Muzhgan",
    ], [
        "Baktash", "Hemat", "Kamawi", "Mushfiq", "Zaland",
    ]),
    "iraqi": (1, [
        "Maytham", "Montadhar",
    ], [
        "Aljuboori", "Alzubaidi", "Alrikabi",
    ]),
    "coast_salish": (3, [
        "Tsilixw", "Qwelqelus", "Xwulqw", "Shelah", *_ELDER_GIVEN, *_YOUNG_GIVEN,
    ], [
        "Kanim", "Jimicum", "Balch", "Yellowash", "Siddle", "Leclair",
    ]),
    "makah": (1, [*_ELDER_GIVEN, *_YOUNG_GIVEN], [
        "Claplanhoo", "Ides", "Markishtum", "Wachendorf", "Bowechop", "Ahdunko",
    ]),
    "quileute": (1, [*_ELDER_GIVEN, *_YOUNG_GIVEN], [
        "Hobucket", "Sotomish", "Coberly",
    ]),
    "yakama": (2, [
        "Wenix", "Tumalt", "Wapshela", "Pasxapa", "Tiinawit", "Wishxam", *_YOUNG_GIVEN,
    ], [
        "Shike", "Wahpat",
    ]),
    "yupik": (4, [
        "Nuqarrluk", "Uyuruciar", "Negeq", "Piurtuq", "Anguyaluk", "Cuyanguq", "Iinguq",
        "Nengqerralria", "Ungungsiq", "Qemirtalek", "Tumaqcaq",
    ], [
        "Lomack", "Fitka", "Kassel", "Kritz", "Nicholai", "Kalila", "Hoelscher", "Kiunya", "Tulim",
        "Changsak", "Oulton", "Okitkun", "Atseriak", "Mochin",
    ]),
    "inupiaq": (3, [
        "Ahnik", "Ikayuq", "Sikriaq", "Tagiak", "Uqaluk", "Ayalik", "Aqargiuq", "Suuqaaq", "Tuuyuq",
        "Avrauq", "Naluaq", "Nayuk",
    ], [
        "Tuzroyluke", "Nashookpuk", "Ashlock", "Omnik", "Kunaknana", "Ahkiviana", "Kingeekuk",
        "Oxereok", "Aguvluk", "Attungana", "Qaqsauraq",
    ]),
    "unangan": (2, [
        "Okalena", "Nadesta", "Feodora", "Iakov", "Ignati", "Platonida",
    ], [
        "Kushin", "Dyakanoff", "Lukanin", "Makarin", "Popoff", "Bezezekoff", "Kochergin", "Kriukoff",
        "Ladygo",
    ]),
    "tlingit": (2, [
        "Kaaxkwei", "Seiltin", "Naakil", "Kaasei", "Lakwaan", "Daanaawaak", "Shaagunastaa",
        "Kingeestí", "Yeilnaawu", "Tsalxaan",
    ], [
        "Kito", "Ukas", "Edenshaw", "Nore", "Nuska", "Didrickson", "Kadake", "Brouillette",
    ]),
    "norwegian": (2, [
        "Haldor", "Jorun", "Leiv", "Sveinung", "Aasta", "Borgny",
    ], _NORSE_FAMILY),
    "finnish": (1, [
        "Urpo", "Aatami", "Anelma", "Katri", "Oili",
    ], [
        "Kaukola", "Riippa", "Keskitalo", "Lehtola", "Nissila", "Ruotsala", "Sorvisto", "Tuomala",
        "Vuorela",
    ]),
    "croatian": (1, [
        "Zorka", "Nikica", "Vinka", "Zvonko", "Srecko",
    ], [
        "Babich", "Dorotich", "Ancich", "Ruzich", "Bogdanovich", "Jerkovich", "Marinkovich",
        "Puratich", "Tarabochia", "Vlahovich", "Baretich", "Franetovich", "Skansie", "Cosulich",
        "Mladinich", "Stanich", "Sorich", "Pavletich",
    ]),
    "african_american": (2, [
        "Dajanae", *_YOUNG_GIVEN,
    ], [
        "Maxie", "Gayton", "Hundley", "Pennick", "Cayton",
    ]),
    "rural_settler": (3, [*_ELDER_GIVEN, *_YOUNG_GIVEN], [
        "Clinkenbeard", "Isenhour", "Kinkade", "Niswonger", "Stoneking", "Wickersham", "Yarbro",
        "Dimmick", "Eckstein", "Fruehauf", "Gorsuch", "Jerabek", "Lindeman", "Winegar", "Yeakel",
        "Pettygrove", "Lownsdale", "Boren", "Chirouse", "Applegarth", "Shangle", "Tichenor",
    ]),
    "congolese": (1, [
        "Mapendano", "Bugugu", "Mwavita",
    ], [
        "Mukanire", "Ntakobajira", "Cibangu", "Bishweka",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = ["Huckle", "Sprig", "Bonny", "Tassel", "Catkin", "Murrelet"]
WORD_FAMILY = [
    "Kelp", "Steelhead", "Smelt", "Mussel", "Drizzle", "Mildew", "Gillnet", "Hawser", "Ratchet",
    "Cleat", "Pruner", "Picker", "Dredge", "Adze", "Seaweed", "Oarlock", "Crabpot", "Tideland",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Chikoy", "Kiddo", "Gumby", "Loopy", "Moxie", "Inengs", "Bunbun", "Pogi", "Bantot", "Taba",
    "Payat", "Chavo", "Chepito",
]  # fmt: skip

FAMILY_FIRST = {"vietnamese", "cantonese", "mandarin", "khmer"}

# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Elmgrove", "Seola", "Petrovitsky", "Hilltop", "Nob Hill", "Terrace Heights", "Mieras",
    "Gromore", "Wenas", "Cowiche Mill", "Squilchuck", "Sunnyslope", "Yesler", "Alki", "Delridge",
    "Ambaum", "Chemawa", "Cordon", "Macleay", "Kuebler", "Sunnyview", "Kinney", "Duniway",
    "Steilacoom", "Gravelly Lake", "Lake City", "Sammamish", "Novelty Hill", "Totem Lake",
    "Northup", "Crossroads", "Factoria", "Lakemont", "DeArmoun", "Kangley", "Ohme", "Stemilt",
    "Lidgerwood", "Sauvie", "Boones", "Mahonia", "Chemeketa", "Aumsville", "Coburg", "Malabon",
    "Seavey", "Barger", "Artillery", "Kuskokwim", "Dockton", "Quartermaster", "Ellisport",
    "Hummel Lake", "Skokomish", "Easy",
]  # fmt: skip
# Yup'ik words that village lanes are named for; village houses have no street numbers.
VILLAGE_LANES = ["Qasgiq", "Agayun", "Qanirtuuq", "Pingaaq", "Umiaq", "Nunaka", "Kanektok",
                 "Napaimute"]  # fmt: skip
# RV parks, motels, shelters and orchard camps ("Space 14, Wenas RV Park").
STAYS = ["Wenas", "Squilchuck", "Stemilt", "Sauvie", "Ohme", "Seola", "Gromore", "Mieras"]
CITIES = [
    "Parkland", "Bothell", "Sammamish", "Milwaukie", "Wilsonville", "Newberg", "Cheney",
    "Millwood", "Cowiche", "Orondo", "Chimacum", "Taholah", "Queets", "Moclips", "Hansville",
    "Belfair", "Mountlake Terrace", "Neah Bay", "Clallam Bay", "Gig Harbor", "Mertarvik",
    "Pitkas Point", "Takotna", "Anvik", "Shageluk", "Holikachuk", "Alatna", "Ugashik", "Port Heiden",
    "Perryville", "Ivanof Bay", "Karluk", "Port Lions", "Chenega", "Tatitlek", "Tyonek", "Nikiski",
    "Cantwell", "Skwentna", "Kalaloch", "Neilton", "Allyn", "Grapeview", "Tahuya", "Seabeck",
    "Olalla", "Purdy", "Wauna", "Lakebay", "Longbranch", "Bucoda", "Satsop", "Cosmopolis",
    "Bay Center", "Svensen", "Knappa", "Mulino", "Marquam", "Idanha", "Crawfordsville",
    "Adair Village", "Blachly", "Neotsu", "Depoe Bay", "Hebo", "Oso", "Alger", "Freeland", "Camano",
    "Baring", "Ravensdale", "Greenwater", "Napavine", "Doty", "Adna", "Salkum", "Tampico", "Satus",
    "Dallesport", "Sunnyslope", "Ardenvoir", "Azwell", "Methow", "Conconully", "Inchelium",
    "Wellpinit", "Tumtum", "Chattaroy", "Metaline Falls", "Spangle", "Latah", "Vantage",
]  # fmt: skip
VILLAGES = ["Mertarvik", "Pitkas Point", "Takotna", "Anvik", "Shageluk", "Holikachuk", "Alatna",
            "Ugashik", "Port Heiden", "Perryville", "Ivanof Bay", "Karluk", "Port Lions", "Chenega",
            "Tatitlek", "Tyonek"]  # fmt: skip
DOMAINS = [
    "pocketinet.com", "ykhc.org", "yk.net", "ptpd.net", "interisland.net", "ncidata.net",
    "nwinfo.net", "yvn.com", "wwics.com", "wvi.com", "pcez.com", "gcimail.net", "ketch.net",
    "sitkamail.net", "kuskokwim.net", "akwisp.net",
]  # fmt: skip
STAFF_DOMAINS = ["bbahc.org", "nsbsd.org"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "\u0131": "i", "æ": "ae"})  # fmt: skip


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    roll = rng.random()
    if roll < 0.11:  # about one name in six is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.17:
        first = rng.choice(WORD_GIVEN)
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "blind16") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind16") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWZ")


def full_name(rng: random.Random, _split: str = "blind16") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if form < 0.32:
        return f"{first} {last}"
    if form < 0.38:
        return f"{first} {mid}. {last}"
    if form < 0.47:
        return f"{last}, {first}"
    if form < 0.52:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.56:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.6:
        return f"{first} {last}".upper()
    if form < 0.64:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.7:
        return f"{first[0]}. {last}"
    if form < 0.8:
        return first
    if form < 0.84:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.88:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.91:
        return f"{first[0]}{mid} {last}"
    if form < 0.94:
        return f"{first} {last} {rng.choice(['Jr', 'Sr', 'II', 'III'])}"
    return f"{first}-{rng.choice(ORIGINS[origin][1])} {last}"


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
                       f"{_fold(last).upper()},{_fold(first).upper()}",
                       f"{_fold(last).upper()}, {_fold(first).upper()} {mid}"])  # fmt: skip


def name_upper(rng: random.Random) -> str:
    first, last = person(rng)
    return f"{_fold(first)} {_fold(last)}".upper()


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle_upper(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _initial(rng)
    return _fold(rng.choice(ORIGINS[_origin(rng)][1])).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(person(rng)[0]) or "tsighe"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "kaukola"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}", f"{first}%20{last}", f"{last}%2C+{first}",
                       f"{last.lower()}%2c{first.lower()}", f"{last.lower()}"])  # fmt: skip


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.3 else person(rng)[0]
    return rng.choice([f"{first} {word_last(rng)}", f"{word_last(rng)}, {first}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice(
        [f"{a}{b}", f"{a}.{b}.", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a.lower()}{b.lower()}"]
    )


def clinician(rng: random.Random) -> str:
    """A staff name as signatures carry it: initial and surname, full name, or last-first."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


def elder(rng: random.Random) -> str:
    """An Alaska Native or tribal elder's name, given name in the language."""
    origin = rng.choice(["yupik", "inupiaq", "tlingit", "unangan", "yakama", "coast_salish"])
    first, last = _person_from(rng, origin)
    return rng.choice([f"{first} {last}", first, f"{last}, {first}"])


# --- Addresses ---------------------------------------------------------------------------------

SUFFIXES = [("St", 9), ("Ave", 7), ("Rd", 7), ("Dr", 3), ("Ln", 3), ("Way", 3), ("Ct", 1),
            ("Pl", 2), ("Street", 3), ("Road", 3), ("Avenue", 2), ("Loop", 1), ("Blvd", 1),
            ("Hwy", 1), ("Terrace", 1), ("Cir", 1)]  # fmt: skip
UNITS = ["Apt 2", "Apt. 3R", "Apt 104", "Unit 5", "#2", "Unit B", "Rear", "Apt B", "Ste 110",
         "Apt 304", "Apt 12C", "Unit 1-A", "Bsmt", "#B-12", "Space 41", "Trlr 7"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NE ", "NW ", "SE ", "SW "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 39999)), f"{rng.randint(10, 999)}{rng.choice('AB')}",
                       f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def grid_street(rng: random.Random) -> str:
    """Seattle, Portland and Anchorage grid lines: "14520 SE 272nd St", "3021 NE 82nd Ave"."""
    n = rng.choice([rng.randint(1, 40), rng.randint(41, 200), rng.randint(201, 380)])
    return f"{_house_number(rng)} {rng.choice(DIRECTIONS)}{_ord(n)} {rng.choice(['St', 'Ave', 'Pl', 'Way', 'Ct'])}"


def street_line(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return grid_street(rng)
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    tail = "" if direction else rng.choice(["", "", "", " NE", " SW", " S", " E"])
    return f"{_house_number(rng)} {direction}{name} {suffix}{tail}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def unit_first(rng: random.Random) -> str:
    """The unit typed first: "apt 4 1423 Seola Ln", "#12-3021 NE 82nd Ave"."""
    line = street_line(rng)
    return rng.choice(
        [f"{unit(rng)} {line}", f"{unit(rng)}, {line}", f"#{rng.randint(1, 40)}-{line}"]
    )


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 2999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O Box {n}",
                       "General Delivery"])  # fmt: skip


def village_house(rng: random.Random) -> str:
    """Rural Alaska: no street numbers; a house number, lot and block, or a lane by name."""
    return rng.choice([f"House {rng.randint(1, 220)}", f"house {rng.randint(1, 220)}", f"Hse #{rng.randint(1, 220)}",
                       f"Lot {rng.randint(1, 40)} Block {rng.randint(1, 12)}", f"HC {rng.randint(60, 89)} Box {rng.randint(1, 499)}",
                       f"{rng.choice(VILLAGE_LANES)} Rd House {rng.randint(1, 90)}", f"Tract {rng.choice('ABCD')} Lot {rng.randint(1, 60)}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(100, 99999)} Hwy {rng.choice([2, 12, 20, 97, 101, 112, 410, 522])}",
        f"{rng.randint(100, 9999)} State Route {rng.randint(4, 542)}", f"{rng.randint(10, 9999)} SR {rng.randint(4, 542)}",
        f"MP {rng.randint(1, 190)} Hwy 101", f"{rng.randint(100, 9999)} BIA Rd {rng.randint(1, 60)}",
        f"{rng.randint(10, 999)} Tribal Route {rng.randint(1, 30)}", f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}",
        f"{rng.randint(1000, 99999)} {rng.choice(STREETS)} Rd", f"{rng.randint(100, 9999)} Lateral {rng.choice('ABCD')} Rd",
    ])  # fmt: skip


def stay(rng: random.Random) -> str:
    """RV parks, motels, shelters and orchard housing, where people get their mail."""
    name = rng.choice(STAYS)
    return rng.choice([f"Space {rng.randint(1, 80)}, {name} RV Park", f"{name} RV Park #{rng.randint(1, 80)}",
                       f"Rm {rng.randint(1, 60)} {name} Motel", f"{name} Motel room {rng.randint(1, 60)}",
                       f"Cabin {rng.randint(1, 40)}, {name} Orchards", f"{name} Ranch housing Unit {rng.randint(1, 30)}",
                       f"{name} Shelter bed {rng.randint(1, 90)}", f"{name} Inn #{rng.randint(100, 240)}"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road or street named without a house number, as people say where they live."""
    return rng.choice([f"{rng.choice(STREETS)} {rng.choice(['Rd', 'St', 'Ave', 'Loop', 'Way'])}",
                       f"{rng.choice(DIRECTIONS)}{_ord(rng.randint(2, 300))} {rng.choice(['St', 'Ave'])}",
                       f"Hwy {rng.choice([2, 12, 97, 101, 410])}", f"{rng.choice(VILLAGE_LANES)} Rd",
                       f"{rng.choice(STREETS)}"])  # fmt: skip


def intersection(rng: random.Random) -> str:
    a, b = rng.sample(STREETS, 2)
    sa, sb = rng.choice(["St", "Ave", "Rd", "Way"]), rng.choice(["St", "Ave", "Rd", "Way"])
    return rng.choice([f"{a} {sa} and {b} {sb}", f"{a} & {b}", f"{a} {sa} & {_ord(rng.randint(2, 200))} {sb}",
                       f"{a}/{b}", f"{_ord(rng.randint(2, 200))} and {a}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind16") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.13:
        return rural_route(rng)
    if kind < 0.18:
        return village_house(rng)
    if kind < 0.22:
        return stay(rng)
    if kind < 0.26:
        return unit_first(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "blind16") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def village(rng: random.Random) -> str:
    return rng.choice(VILLAGES)


STATES = ["WA", "OR", "AK", "Wash.", "Ore.", "Alaska", "Washington", "Oregon", "wa", "or", "ak"]
_ZIP3 = ["980", "981", "983", "984", "985", "988", "989", "990", "992", "970", "971", "972", "973",
         "974", "995", "996", "997", "998"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    z = f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}"
    return rng.choice([f"{z}-{rng.randint(1, 9999):04d}", f"{z}{rng.randint(1, 9999):04d}"])


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "mon", "tues", "wed", "thurs", "fri"]  # fmt: skip


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    y = rng.choice([rng.randint(1922, 2006), rng.randint(2018, 2026), rng.randint(2023, 2026)])
    return y, rng.randint(1, 12), rng.randint(1, 28)


def _hms(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    month = MONTHS[m - 1]
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{month} {d}, {y}", f"{d} {month} {y}", f"{ABBR[m - 1]} {d}, {y}", f"{m}-{d}-{y}",
        f"{ABBR[m - 1]}. {d}, {y}", f"{d}-{ABBR[m - 1]}-{y}", f"{m}.{d}.{y % 100:02d}", f"{month} {_ord(d)}",
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}"])


def compact_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    hh, mi, ss = _hms(rng)
    return rng.choice([f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}", f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}{ss:02d}",
                       f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}{ss:02d}-0800"])  # fmt: skip


def timestamp(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    hh, mi, ss = _hms(rng)
    return rng.choice([f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
                       f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-08:00",
                       f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-07:00"])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    hh, mi, ss = _hms(rng)
    return f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} -0800"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{MONTHS[m - 1].lower()} {d}",
                       f"{ABBR[m - 1].lower()} {_ord(d)}", f"the {_ord(d)}", f"{m}-{d}"])  # fmt: skip


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {_ord(d)}, {y}"]
    )


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{m}/{y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}"])


def age_number(rng: random.Random) -> str:
    return str(rng.randint(90, 104))


def age_over_89(rng: random.Random) -> str:
    return str(rng.randint(90, 106))


# --- Contact and account numbers ---------------------------------------------------------------

_AREA = [206, 253, 425, 360, 564, 509, 503, 971, 541, 458, 907]


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(200, 999), rng.randint(0, 9999)
    return rng.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}",
                       f"{a}{b}{c:04d}", f"1-{a}-{b}-{c:04d}", f"+1 {a}-{b}-{c:04d}", f"{b}-{c:04d}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def email(rng: random.Random, _split: str = "blind16") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "obse", _handle(last) or "kaukola"
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{rng.randint(1, 99)}", f"{ln}_{f}",
                        f"{f}.{ln}{rng.randint(50, 2006)}", f"{f}{ln[0]}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "obse", _handle(last) or "kaukola"
    return f"{f[0]}{ln}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "blind16") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "obse", _handle(last) or "kaukola"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{f}{rng.randint(1950, 2010)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "blind16") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "obse", _handle(last) or "kaukola"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/help-{f}-{ln}",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.instagram.com/{ln}{f}",
        f"https://mychart.salishsea.example/visit/{_digits(rng, 8)}", f"https://fhir.kuskoclinic.example/r4/Patient/{_digits(rng, 7)}",
        f"https://{ln}-{f}.blogspot.com", f"https://www.tiktok.com/@{f}{ln}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.35:
        return f"2601:{_hex(rng, 3)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 2)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [rng.randint(531, 539), rng.randint(540, 544), rng.randint(574, 574), rng.randint(1, 899)]
    )
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"U{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                       f"YK{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"H{_digits(rng, 7)}", f"MR{_digits(rng, 7)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    """Washington ProviderOne ids end in WA; Oregon and Alaska Medicaid ids are digits or letters."""
    return rng.choice(
        [
            f"{_digits(rng, 9)}WA",
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
            _digits(rng, 10),
            f"{_digits(rng, 9)}",
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", mbi(rng), medicaid_id(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 2)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"G{_digits(rng, 7)}", f"SP{_digits(rng, 9)}"])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), f"RN{_digits(rng, 8)}", f"MD{_digits(rng, 8)}", f"WDL{_letters(rng, 6)}{_digits(rng, 3)}",
                       f"{_letters(rng, 5)}{_letters(rng, 2)}{_digits(rng, 3)}{_letters(rng, 2)}", f"{_digits(rng, 7)}",
                       f"AK {_digits(rng, 7)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 4)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                       f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 3)} {_digits(rng, 3)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}",
                       f"CGM{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"PA-{_digits(rng, 8)}",
                       f"FAX{_digits(rng, 9)}", f"TKT-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                       f"ENC{_digits(rng, 8)}", f"REF{_digits(rng, 7)}", f"CASE{_digits(rng, 7)}"])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "500", "503"]
    )


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice([f"{hh:02d}:{mi:02d}:{ss:02d}", f"{hh:02d}{mi:02d}", f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
                       f"{hh % 12 or 12}{'am' if hh < 12 else 'pm'}"])  # fmt: skip


def weekday(rng: random.Random) -> str:
    return rng.choice(WEEKDAYS)


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


def queue(rng: random.Random) -> str:
    return rng.choice(["adt-inbound", "rx-mailorder", "ivr-main", "fax-inbound", "claims-837", "elig-270",
                       "portal-msg", "tele-queue", "ferry-sched", "village-clinic-sync"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, weekdays, queue names).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "WFIRST": ("NAME", word_first),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "ELDER": ("NAME", elder),
    "STREETLINE": ("ADDRESS", street_line),
    "GRID": ("ADDRESS", grid_street),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "UNITFIRST": ("ADDRESS", unit_first),
    "POBOX": ("ADDRESS", po_box),
    "HOUSE": ("ADDRESS", village_house),
    "RURAL": ("ADDRESS", rural_route),
    "STAY": ("ADDRESS", stay),
    "ROAD": ("ADDRESS", road),
    "XSTREET": ("ADDRESS", intersection),
    "CITYUP": ("CITY", city_upper),
    "VILLAGE": ("CITY", village),
    "ZIPNINE": ("ZIP", zip9),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),
    "MD": ("DATE", month_day),
    "LONGDATE": ("DATE", long_date),
    "MONYEAR": ("DATE", month_year),
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "WEEKDAY": (None, weekday),
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "QUEUE": (None, queue),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    # greetings, then a name
    "hi its {FIRST}, the ferry was late and i missed my 10:40 at the island clinic",
    "hello this is {NAME}, can i move my appt from {MD} to {WEEKDAY}",
    "hey {FIRST} here 👋 did my labs come back",
    "good morning, {NAME} calling about my moms refill",
    "hi, {LASTFIRST} is my name on the chart, dob {USDATE}",
    "yo its {NICK} lol the one w the broken wrist from the orchard",
    "hiya nurse its {FIRST} {SURNAME} again 😅",
    "hey this is {FIRST}, my number changed to {PHONE}",
    "{FIRST} here. still coughing. should i come in",
    "{NAME} here, is the tribal clinic open {WEEKDAY}",
    "its {FIRST} from {CITY}, the road is washed out can we do video",
    "morning! {FIRST} {WLAST} checking on the prior auth",
    # Spanish, Mixteco and Guatemalan Spanish
    "hola buenas, soy {NAME}, trabajo en la fruta en {CITY} y me corté la mano",
    "buenas tardes, mi esposo {FIRST} tiene fiebre desde el {WEEKDAY}, vivimos en {STAY}",
    "hola soy {FIRST} de la cuadrilla, mi patrón no me deja salir, puede ser cita el {MD}",
    "mi mamá {NAME} tiene {AGE} años y ya no quiere comer, qué hacemos",
    "le hablo de parte de {FIRST} {SURNAME}, ella no habla inglés, solo mixteco",
    "la trabajadora social dijo que mande mi dirección: {STREETLINE} {UNIT} {CITY} {ZIP}",
    "gracias doctora!! 🙏 att. {FIRST}",
    "mi numero es {PHONE} por favor llamen después de las 6 que salgo del campo",
    "ya me mudé a {UNITFIRST}, {CITY} {STATE}",
    "soy {FIRST}, la hija de don {SURNAME}, él ya tiene {AGEN} y se cayó",
    "estamos en el campo de la pera, {STAY}, no hay dirección de calle",
    "ke tal, mi nombre es {NAME}, me dieron el numero de caso {OTHER}",
    "mande por favor la receta a la farmacia, soy {LASTFIRST}, nací {DATE}",
    "hola, la abuela {FIRST} necesita intérprete de mam para el {MD}",
    "buenas, mi cuñado {FIRST} {SURNAME} y yo trabajamos juntos, los dos tenemos tos",
    # Vietnamese, Cantonese, Khmer, Mien
    "chào bác sĩ, con là {FIRST}, mẹ con {NAME} bị té hôm qua",
    "cảm ơn nhiều! {FIRST} đây. số mới {PHONE}",
    "em {FIRST} hỏi giúp ba em {SURNAME}, ông {AGEN} tuổi rồi",
    "m goi, this is {FIRST}'s daughter, she only speaks toisan, please get interpreter",
    "doh je nurse, my grandma {NAME} is {AGE}, she wants the chinese speaking doctor",
    "awkun ch'ran, its {FIRST}. my husband {FIRST} {SURNAME} need ride to dialysis",
    "im calling for {NAME}, she is mien and speaks only mien, can interpreter call {PHONE}",
    # Tagalog and Ilocano
    "hi po, {FIRST} po ito, anak ni {NAME}. nahilo po si nanay kanina",
    "salamat po doc! from {FIRST} and {FIRST} 🙏🙏",
    "agyamanak, apo. its {FIRST} {SURNAME}, lola is better now",
    "hello po, pls call tita {FIRST} at {PHONE}, she is the one who drives lolo",
    "ading {NICK} is the one who usually texts for me, his phone is {PHONE}",
    "this is {FIRST} {SURNAME}, caregiver in the adult family home on {ROAD}",
    # Russian, Ukrainian, Moldovan, Old Believer
    "здравствуйте, это {FIRST}, моя бабушка {NAME} не может дышать",
    "спасибо доктор 🙏 {FIRST}",
    "dobryi den, its {NAME}, i need the refill for my blood pressure",
    "my father {FIRST} {SURNAME} is old believer, he wants a male nurse only please",
    "we live out past the church on {ROAD}, ask for the {SURNAME} house",
    "buna ziua, sunt {FIRST}, my son {FIRST} has rash since {MD}",
    "дякую! this is {LASTFIRST}, the address for the letter is {POBOX} {CITY} {STATE} {ZIP}",
    # Somali, Amharic, Oromo, Tigrinya
    "salaan, waa {FIRST}. ayeeyo {NAME} has appointment {MD}, she need somali interpreter",
    "mahadsanid nurse, its {FIRST} {SURNAME}, i am at {STREETLINE} now",
    "selam, im {FIRST}. my wife {FIRST} is pregnant 7 months, she has headache",
    "ameseginalehu! from {NAME}",
    "akkam, {FIRST} jedhama. my brother {FIRST} {SURNAME} need the oromo interpreter",
    "yekenyeley, this is {FIRST}, my mother {NAME} is {AGEN} and she is confused today",
    # Punjabi, Telugu, Afghan, Iraqi
    "sat sri akal ji, {FIRST} here, papa ji {NAME} blood sugar 310 this morning",
    "namaskaram andi, this is {FIRST} {SURNAME}, h1b insurance card number {PLAN}",
    "salam, i am {FIRST}, i came on siv visa, my case worker is {FIRST} at {PHONE}",
    "assalamu alaikum, its {FIRST}. my mother {FIRST} needs female doctor please",
    "this is {FIRST}, my uncle {NAME} came from afghanistan {MONYEAR}, he has no insurance yet",
    # Pacific Islander: Marshallese, Chuukese, Samoan, Tongan
    "iakwe, its {FIRST}. my aunty {NAME} dialysis ride didnt come",
    "kommol tata nurse, {FIRST} {SURNAME} here",
    "kinisou chapur, my name {FIRST}, cofa card number {MEDICAID}",
    "ran allim, its {FIRST} from chuuk, my son {FIRST} has the fever",
    "talofa, this is {NAME}. my grandpa {FIRST} {SURNAME} is {AGEN}, he needs the ride on {MD}",
    "faafetai lava! love from {FIRST} & {FIRST}",
    "malo e lelei, its {FIRST}. we moved to {STREETLINE}, {CITY}",
    "malo aupito nurse, tell {FIRST} thank you from the family",
    # Alaska: Yup'ik, Inupiaq, Unangan, Tlingit
    "waqaa, {FIRST} una. my maurluq {ELDER} needs her oxygen sent out on the mail plane",
    "quyana! its {FIRST} from {VILLAGE}, we live in {HOUSE}",
    "cama-i nurse, this is {NAME}, the CHA said to message you about my ear",
    "my apa {ELDER} is {AGEN} and doesnt want to fly to town for the scan",
    "we dont have street address in the village, just {HOUSE}, {VILLAGE} AK {ZIP}",
    "mail it to {POBOX}, {VILLAGE}, AK {ZIP}, thats the post office",
    "quyanaq, {FIRST} here. aaka {ELDER} says thank you for the phone visit",
    "can u call the clinic in {VILLAGE}? ask for {FIRST} the health aide",
    "gunalchéesh, its {FIRST} {SURNAME}. i moved to {STREETLINE} in {CITY}",
    "my grandson {NICK} is the one who brings me to the clinic, he has my card",
    "the plane didnt come {WEEKDAY} because of weather, its {FIRST} in {VILLAGE}",
    "{ELDER} passed on {DATE}, please stop the mail order to {POBOX}",
    # Coast Salish, Makah, Quileute, Yakama
    "huy, this is {FIRST}, can the tribal clinic refill my inhaler",
    "my grandma {FIRST} {SURNAME} lives down by the marina in {CITY}, no number on the house",
    "tell {FIRST} at the front desk i will be late, bridge is up",
    "its {NAME}, we live on {ROAD} in {CITY}, the blue house by the smokehouse",
    "my cousin {FIRST} and me both need the covid shot, we live in {CITY} on the rez",
    "we are at {RURAL}, {CITY} {STATE} {ZIP}",
    "this is {FIRST} {SURNAME} from the longhouse, uncle {FIRST} needs his sugar strips",
    "canoe journey leaves {MD}, can {FIRST} get her meds early",
    # family, kin words, names as objects
    "can you call my daughter {FIRST} at {PHONE} she handles my stuff",
    "pls tell {FIRST} the results, i said its ok",
    "text {NAME} instead, im at work all day",
    "can someone call {FIRST} {SURNAME} back, she left a msg at {CLOCK}",
    "ask {FIRST} if the mri is covered",
    "my mom {NAME} and my dad {NAME} both need flu shots",
    "mom wants to know if {FIRST} can do her feet again",
    "abuela says thank you to {FIRST} for the tamales recipe lol",
    "grandpa {FIRST} turns {AGEN} on {MD}!! 🎂",
    "my husband {FIRST} {SURNAME} is {AGE} and still drives, is that ok",
    "{FIRST} and {FIRST} {SURNAME} are coming together, twins, {MD}",
    "{FIRST} & {FIRST} both have lice again 😩",
    "{FIRST}'s inhaler ran out, can you send to the mail order",
    "{SURNAME}'s pharmacy never got the fax",
    "my son {FIRST}'s school nurse is {FIRST} {SURNAME}, she can sign the form",
    "{FIRST}\ncan you call me\n{PHONE}",
    "it's me\n{NAME}\ndob {DATE}",
    "thanks so much!!\n- {FIRST}",
    "thx, {FIRST} {SURNAME}",
    "sent from my iphone\n{NAME}",
    "love, {FIRST} 💕",
    "ok sounds good -{INITS}",
    "ty {FIRST}!",
    "{LASTFIRST}\n{USDATE}\nrefill metformin",
    "patient: {FIRST} {SURNAME} / dob {DATE} / need copy of shot records",
    # nicknames and ordinary-word names
    "its {WFIRST}, yes thats really my name lol, need refill",
    "this is {FIRST} {WLAST}, my appt was {MD}",
    "{WNAME} here, i got the bill for account {ACCOUNT}",
    "mr {WLAST} is my neighbor, he can pick up my meds",
    "please give the paper to {WFIRST} {WLAST}, she is my sister",
    "everyone calls me {NICK} but my chart says {NAME}",
    "ask for {NICK} at the packing shed",
    "{NICK} is my little brother, he is 9, he fell off the bunk bed",
    # addresses typed loosely
    "i live at {STREETLINE} {CITY} {ZIP}",
    "new addy {STREET} {CITY}",
    "{UNITFIRST} {CITY} {STATE}",
    "we moved to the apts on {ROAD} by the safeway",
    "im staying at {STAY} for now",
    "i stay at the shelter on {ROAD}, no mail there",
    "corner of {XSTREET}, the green house",
    "by the {XSTREET} light, 2nd house on the left",
    "send it to my sisters, {STREETLINE}, {CITY}, {STATE} {ZIP}",
    "our rv is at {STAY} in {CITY}",
    "we are at the motel, {STAY}, until the housing comes thru",
    "my address is {GRID} {CITY} {ZIP}",
    "new address {STREETUP} {CITYUP} {STATE} {ZIPNINE}",
    "its {STREETLINE} not {STREETLINE}, they put the wrong one",
    "orchard housing, {STAY}, {CITY} {STATE}",
    "the cabin on {ROAD} past mile marker 12, just drive up",
    "just say {ROAD}, everybody knows our place",
    "i'm on {ROAD} in {CITY} now with my daughter",
    "mail goes to {POBOX} {CITY} {ZIP} not the house",
    "{RURAL} {CITY}",
    # the ferry island clinic and telehealth
    "on the 7:10 boat, will be late, its {FIRST}",
    "can my tele visit be on my sons phone {PHONE}",
    "video link didnt work, my email is {EMAIL}",
    "i cant get to the island clinic til {MD}, can dr {SURNAME} do phone",
    "the zoom kept saying waiting for host, this is {NAME}",
    "send the link to {EMAIL} not my work email",
    # mail order pharmacy
    "my insulin got left on the porch at {STREETLINE} and it froze",
    "mail order sent to old address {STREET} {CITY}, im at {STREETLINE} now",
    "tracking for rx {OTHER} says delivered to {CITY} but i live in {CITY}",
    "pls ship to {POBOX}, {CITY} {STATE} {ZIPNINE}, ups cant find the house",
    "auto refill for {FIRST} {SURNAME}, member {PLAN}",
    # several identifiers in one message
    "{NAME} dob {DATE} mrn {MRN} phone {PHONE}",
    "name {FIRST} {SURNAME}, ssn {SSN}, provider one {MEDICAID}",
    "medicare {MBI}, dob {USDATE}, address {STREET} {CITY} {STATE} {ZIP}",
    "its {FIRST}, acct {ACCOUNT}, i paid {MD} by phone",
    "my chart # is {MRN} and my email {EMAIL}",
    "plan id {PLAN} group 7700, subscriber is my husband {NAME}",
    "drivers lic {LICENSE}, plate {PLATE}, for the handicap permit",
    "vin {VIN} for the accident claim, it was {DATE}",
    "portal user {USER} locked out again, i'm at {IP}",
    "my pump serial is {DEVICE}, it alarms every night",
    "cgm {DEVICE} fell off, need a new one sent to {STREET}",
    "the link is {URL}, thats our fundraiser for {FIRST}",
    "fax it to {FAX} attn {FIRST}",
    "my ssn {SSN} is on the form already",
    "case number {OTHER} from the ivr",
    "callback {E164}",
    # titles, staff, clinicians
    "dr {SURNAME} said to message her about the rash",
    "is nurse {FIRST} working {WEEKDAY}",
    "tell dr. {SURNAME} thank you from {FIRST}",
    "can i see {FIRST} {SURNAME} np instead",
    "the interpreter {FIRST} was so kind, pls tell her",
    "pastor {SURNAME} will bring me to the appt",
    "my counselor {FIRST} {SURNAME} said to ask for the letter",
    "the chw {FIRST} helped us with the food box",
    # ages
    "grandma is {AGE} and has a fever, do we bring her in",
    "my dad is {AGEN} and fell in the bathroom",
    "great grandpa {FIRST} is {AGE}, still fishing every summer",
    "she is {AGEN} years old and lives alone in {CITY}",
    # portal and account
    "i forgot my login, username {USER}",
    "i want to give my son {FIRST} proxy access, his email is {EMAIL}",
    "change my phone to {PHONE} and email to {EMAIL}",
    "bill for {FIRST} {SURNAME} acct {ACCOUNT} is wrong, we have apple health {MEDICAID}",
    "ivr said call back, ref {OTHER}",
    # dates
    "my last period was {MD}",
    "surgery was {LONGDATE} at the big hospital",
    "i got the shot {DATE} and arm still sore",
    "born {DATE}, my name is {NAME}",
    "we came to the us {MONYEAR}",
    "appt on {WEEKDAY} {MD} at {CLOCK} still ok?",
    "he was discharged {ISODATE} but no one called",
    # misc
    "lost my card, new member id {PLAN}",
    "sorry for typos its {NAME} on my nephews phone",
    "my neighbor {FIRST} {SURNAME} drove me, can she come in the room",
    "i stay with {FIRST} on {ROAD} when i come down for dialysis",
    "did you get the picture of the rash? from {FIRST}",
    "its {INITS}, from the suboxone group on {WEEKDAY}s",
    "my case manager {FIRST} says i need a letter for housing at {STAY}",
    "please update emergency contact to {NAME} {PHONE}",
    "emergency contact is my brother {FIRST}, {PHONE}",
    "i work nights at the cannery, call after {CLOCK}",
    "we fish in bristol bay june to july, can i get 3 month supply",
    "the boat {PLATE} is registered to my dad {NAME}",
    "{FIRST} says she is out of her pills since {WEEKDAY}",
    "my girlfriend {FIRST} can pick up for me right",
    "i'm the guardian for {NAME}, dob {DATE}",
    "foster parent here, child is {FIRST} {SURNAME}, placed {MD}",
    "{FIRST} {SURNAME} from the school, parent gave permission",
    "the boys {FIRST} and {FIRST} have the same rash",
    "call me {FIRST}, not my legal name pls",
    "my new name is {FIRST} {SURNAME}, court order {DATE}",
]  # fmt: skip
CHAT += [
    # identifiers and places without a person's name
    "new address is {STREETLINE}, {CITY}, {STATE} {ZIP}",
    "we moved!! {UNITFIRST} {CITY} 🏠",
    "pls send my refill to {POBOX} {CITY} {STATE} {ZIP}",
    "is there a clinic closer to {CITY}, i cant drive to the big hospital",
    "we are out in {CITY} now, closest pharmacy is 40 min",
    "my dob is {DATE} if you need it",
    "dob {USDATE}",
    "born on {LONGDATE}",
    "call back {PHONE} pls",
    "my new cell is {PHONE}, old one got stolen",
    "text this number {E164} not the landline",
    "fax # for the school is {FAX}",
    "email me at {EMAIL} thx",
    "my apple health number is {MEDICAID}",
    "member id {PLAN}, is the ambulance covered",
    "medicare card says {MBI}",
    "acct# {ACCOUNT} i set up a payment plan",
    "mrn {MRN}, can i get my records",
    "my ssn is {SSN} for the sliding fee form",
    "confirmation number {OTHER}",
    "login {USER} keeps timing out",
    "the portal blocked ip {IP} after i typed my password wrong",
    "the zoom link {URL} doesnt open",
    "license # {LICENSE} for the id check",
    "plate is {PLATE}, its the white van in the handicap spot",
    "cgm serial {DEVICE} ran out early again",
    "concentrator s/n {DEVICE} making a grinding noise",
    "im at {STAY} till friday then idk",
    "we sleep at {STAY} now, can the van pick up there",
    "the house is on {ROAD} right after the fruit stand",
    "meet the mobile clinic at {XSTREET}?",
    "it's {GRID}, the back unit",
    "ship to {RURAL} {CITY} {STATE} {ZIPNINE}",
    "our village address is {HOUSE}, {VILLAGE}",
    "i'm in {VILLAGE} for moose hunting til {MD}",
    "ferry got cancelled {MD}, can we reschedule",
    "appt {WEEKDAY} {MD} {CLOCK}, can i come late",
    "last tetanus shot was {MONYEAR}",
    "my baby was born {DATE} at 34 weeks",
    "the accident was {DATE}, L&I claim {OTHER}",
    "dad is {AGEN}, can he still get the rsv shot",
    "she's {AGE} now and wants to stop dialysis, who do we talk to",
    "the address on the bottle says {STREET} but i live at {STREETLINE}",
    "i get my mail at {POBOX}, the house is on {ROAD}",
    "the pharmacy in {CITY} says my rx was sent to {CITY}",
    "no street number, its the yellow trailer on {ROAD} across from the grange",
    "we are at {STREETLINE} {UNIT}, buzzer doesnt work",
    "tribal enrollment # {OTHER}, for the ihs referral",
    "vin {VIN}, the car seat inspection form asked for it",
    "my phone is {PHONE} and my wife's is {PHONE}",
]  # fmt: skip

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|SSMC|RHAPSODY|HIE|{HLTS}||ADT^A04|{REQID}|P|2.5.1\rPID|1||{MRN}^^^SSMC^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^WA^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^YKHC^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{HOUSE}^^{VILLAGE}^AK^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETUP}^^{CITYUP}^OR^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|GRD^Guardian||{PHONE}||EC",
    "IN1|1|MCD01|WAHCA|APPLE HEALTH|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|||||||||||||||||{MEDICAID}",
    "IN1|1|MCR|CMS|MEDICARE PART B||||||||{HLDATE}||||{LNUP}^{FNUP}^{MIDUP}|01|{HLDATE}|{STREETUP}^^{CITYUP}^WA^{ZIP}|||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETUP}^^{CITYUP}^WA^{ZIPNINE}|{PHONE}|||||SE",
    "PV1|1|O|ISLAND^EXAM2^01||||{NPI}^{LNUP}^{FNUP}^^^^MD|||FAM||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "PV1|1|I|4NE^412^A|E|||{NPI}^{SURNAME}^{FIRST}|||MED||||7|||{NPI}^{SURNAME}^{FIRST}|IN||MCD|||||||||||||||||||SSMC||ADM|||{HLTS}",
    "ORC|NW|{OTHER}||||||||{NPI}^{LNUP}^{FNUP}|||{HLTS}\rOBR|1|{OTHER}||80053^CMP|||{HLTS}",
    "OBX|1|TX|NOTE^Comment||Pt {NAME} called {PHONE} re results||||||F",
    "MRG|{MRN}^^^SSMC^MR||{MRN}|{LNUP}^{FNUP}",
    "ACK|AE|Unknown PID-3 {MRN} for {LNUP}^{FNUP} received {HLTS}",
    # FHIR JSON
    '{{"resourceType": "Patient", "id": "{PTUUID}", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"]}}], "birthDate": "{ISODATE}"}}',
    '{{"resourceType": "Patient", "identifier": [{{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{SSN}"}}], "address": [{{"line": ["{STREET}"], "city": "{CITY}", "state": "{STATE}", "postalCode": "{ZIP}"}}]}}',
    '{{"resourceType": "RelatedPerson", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}", "{MIDUP}"]}}], "telecom": [{{"system": "phone", "value": "{E164}"}}]}}',
    '{{"resourceType": "Coverage", "subscriberId": "{PLAN}", "beneficiary": {{"display": "{NAME}"}}, "period": {{"start": "{ISODATE}"}}}}',
    '{{"resourceType": "Practitioner", "identifier": [{{"system": "http://hl7.org/fhir/sid/us-npi", "value": "{NPI}"}}], "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"], "suffix": ["MD"]}}]}}',
    '{{"resourceType": "Device", "serialNumber": "{DEVICE}", "patient": {{"reference": "Patient/{PTUUID}", "display": "{LASTFIRST}"}}}}',
    '{{"resourceType": "Encounter", "period": {{"start": "{TS}"}}, "subject": {{"display": "{NAME}"}}, "serviceProvider": {{"display": "Ferry Island Clinic"}}}}',
    '{{"resourceType": "Patient", "address": [{{"text": "{HOUSE}, {VILLAGE}, AK {ZIP}", "use": "home"}}], "telecom": [{{"value": "{PHONE}"}}]}}',
    # key=value and JSON app events
    "{TS} INFO appt.booked patient={NAME} dob={ISODATE} clinic=island-fam slot={CLOCK}",
    "{TS} WARN sms.undeliverable to={E164} patient_id={MRN} carrier=gci",
    "{TS} INFO tele.join user={USER} ip={IP} room={REQID} latency_ms={MS}",
    "{TS} ERROR address.validate failed line1=\"{STREET}\" city=\"{CITY}\" zip={ZIP} reason=NO_STREET_NUMBER",
    "{TS} INFO address.override line1=\"{HOUSE}\" city={VILLAGE} state=AK by={USER}",
    "{TS} DEBUG intake.parsed name=\"{LASTFIRST}\" ssn={SSN} age={AGE}",
    "{TS} INFO portal.proxy_granted grantor={NAME} proxy={NAME} email={EMAIL}",
    "{TS} WARN portal.login_failed username={USER} src={IP} attempts=5",
    "{TS} INFO mailorder.shipped rx={OTHER} to=\"{STREET}, {CITY} {STATE} {ZIPNINE}\" carrier=usps",
    "{TS} WARN mailorder.cold_chain_breach rx={OTHER} ship_to={POBOX} city={CITY} temp_c=31",
    "{TS} INFO mailorder.address_changed mrn={MRN} old=\"{STREET}\" new=\"{STREET}\"",
    "{TS} INFO ferry.delay notice sent to {PHONE} patient={FIRST} {SURNAME}",
    "{TS} INFO chw.visit_logged client=\"{NAME}\" location=\"{STAY}\" worker={USER}",
    "{TS} WARN eligibility.mismatch member={PLAN} name_on_file={NAMEUP} dob={HLDATE}",
    '{{"ts": "{TS}", "level": "info", "event": "message_received", "from": "{E164}", "body_len": 212, "patient": "{NAME}"}}',
    '{{"ts": "{TS}", "event": "consent_signed", "signer": "{NAME}", "relationship": "daughter", "ip": "{IP}"}}',
    '{{"ts": "{TS}", "event": "village_sync", "clinic": "{VILLAGE}", "patients": 14, "last": "{LASTFIRST}"}}',
    '{{"ts": "{TS}", "svc": "rx-mailorder", "member": "{PLAN}", "ship_to": {{"line1": "{STREET}", "city": "{CITY}", "zip": "{ZIP}"}}}}',
    '{{"ts": "{TS}", "event": "interpreter_booked", "language": "mixteco", "patient": "{FIRST} {SURNAME}", "appt": "{ISODATE}"}}',
    '{{"ts": "{TS}", "event": "device_paired", "serial": "{DEVICE}", "mac": "{MAC}", "user": "{USER}"}}',
    '{{"ts": "{TS}", "level": "warn", "msg": "duplicate patient", "mrn_a": "{MRN}", "mrn_b": "{MRN}", "name": "{NAMEUP}"}}',
    '{{"ts": "{TS}", "event": "guarantor_updated", "account": "{ACCOUNT}", "guarantor": "{LASTFIRST}", "phone": "{PHONE}"}}',
    # nginx / apache
    '{IP} - - [{CLFDATE}] "GET /api/v2/patients?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} HTTP/1.1" {STATUS} {BYTES} "-" "okhttp/4.12"',
    '{IP} - {USER} [{CLFDATE}] "GET /portal/search?q={NAMEQ} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "POST /tele/join?room={REQID}&name={NAMEQ} HTTP/1.1" {STATUS} {BYTES} {MS}ms',
    '{IP} - - [{CLFDATE}] "GET /rx/track?zip={ZIP}&phone={PHONE} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /reset?email={EMAIL} HTTP/1.1" 302 0',
    '[{CLFDATE}] [proxy:error] [client {IP}] AH01114: HTTP: failed to make connection, referer: https://portal.example/chart?mrn={MRN}',
    '{IP} - - [{CLFDATE}] "GET /api/address/verify?line1={GRID}&city={CITY} HTTP/1.1" {STATUS} {BYTES}',
    # Python and Java traces
    "Traceback (most recent call last):\n  File \"/srv/intake/parse.py\", line 88, in parse_dob\n    raise ValueError(f\"bad dob {DATE} for {NAME}\")\nValueError: bad dob {DATE} for {NAME}",
    "Traceback (most recent call last):\n  File \"/srv/rx/ship.py\", line 41, in label\nKeyError: 'street' (patient={LASTFIRST}, city={CITY})",
    "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"patient_mrn_key\" DETAIL: Key (mrn)=({MRN}) already exists.",
    "java.lang.IllegalArgumentException: Invalid phone '{PHONE}' for contact {NAME}\n\tat org.ssmc.contact.PhoneValidator.check(PhoneValidator.java:57)",
    "org.hibernate.exception.ConstraintViolationException: could not insert [Guarantor] ssn={SSN} name={NAMEUP}",
    "Exception in thread \"fax-worker-3\" java.io.IOException: transmit failed to {FAX} for job {OTHER}",
    "WARN  c.s.elig.X12Parser - NM1 segment rejected: {LNUP}*{FNUP} member {PLAN}",
    # SQL errors
    "ERROR:  null value in column \"zip\" violates not-null constraint DETAIL: Failing row contains ({MRN}, {NAMEUP}, {HOUSE}, {VILLAGE}, AK, null).",
    "psql: ERROR: invalid input syntax for type date: \"{MD}\" LINE 1: ... WHERE last_name = '{SURNAME}' AND dob = ...",
    "ORA-00001: unique constraint (PAT.UK_SSN) violated -- insert values ('{SSN}', '{LNUP}', '{FNUP}')",
    "slow query 4.2s: SELECT * FROM patients WHERE lower(last_name) LIKE '{LNLOW}%' AND city = '{CITY}'",
    "sqlite3.OperationalError: database is locked (while saving {LASTFIRST}, {MRN})",
    # X12
    "ISA*00*          *00*          *ZZ*SSMC           *ZZ*WAHCA          *{HLDATE}*{CLOCK}*^*00501*{OTHER}*0*P*:~NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~",
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}~N4*{CITYUP}*WA*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*OR*{ZIP}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "CLM*{ACCOUNT}*245***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*G1*{OTHER}~",
    "EB*1*IND*30*MC*MEDICARE~NM1*IL*1*{LNUP}*{FNUP}****MI*{MBI}~DTP*291*D8*{HLDATE}~",
    "270 request for {NAMEUP} dob {HLDATE} member {PLAN} returned AAA*N**75 (subscriber not found)",
    # fax and IVR
    "{TS} faxd[{PIDN}]: RECV from {FAX} pages=6 csid=\"YK DELTA REGIONAL\" subject=\"records {LASTFIRST}\"",
    "{TS} faxd[{PIDN}]: SEND job={OTHER} to={FAX} attn=\"{NAME}\" status=BUSY retry=2",
    "{TS} faxd: cover sheet rendered for {NAME}, re: referral, callback {PHONE}",
    "{TS} ivr[{PIDN}]: caller={PHONE} dob_entered={HLDATE} match=MRN:{MRN} lang=es",
    "{TS} ivr: callback scheduled for {E164} name_spoken=\"{NAME}\" queue={QUEUE}",
    "{TS} ivr: voicemail transcribed \"hi this is {FIRST} {SURNAME} calling about my refill\" from {PHONE}",
    "{TS} ivr: caller {PHONE} pressed 3 (pharmacy) member={PLAN} dur_s=212",
    # CSV rows and file names
    "{MRN},{LNUP},{FNUP},{HLDATE},{PHONE},{STREET},{CITY},{STATE},{ZIP}",
    "\"{LASTFIRST}\",{ISODATE},{PLAN},{ACCOUNT},island-fam,no-show",
    "row 112 rejected: \"{NAME}\",\"{STREET}\",\"{CITY}\",\"\",{PHONE} -- missing state",
    "{USDATE},{NAME},{AGE},{VILLAGE},flu,yes",
    "uploaded /scans/{LNLOW}_{FNLOW}_{HLDATE}_consent.pdf size={BYTES}",
    "s3://ssmc-fax-inbound/{HLDATE}/{LNLOW}-{FNLOW}-referral.tif put ok",
    "rename: ~/Downloads/{LNLOW}.{FNLOW}.dob{HLDATE}.pdf -> /chart/import/{MRN}.pdf",
    "export wrote /tmp/outreach_{CITY}_{ISODATE}.csv rows=412",
    # Kafka / queue messages
    "{TS} kafka topic=adt.events partition=3 offset={PIDN} key={MRN} value={{\"type\":\"A08\",\"name\":\"{NAMEUP}\",\"zip\":\"{ZIP}\"}}",
    "{TS} consumer {QUEUE} msg={REQID} patient={LASTFIRST} phone={PHONE} retry=1",
    "{TS} rabbitmq: publish {QUEUE} {{\"to\": \"{EMAIL}\", \"template\": \"appt_reminder\", \"first\": \"{FIRST}\"}}",
    "{TS} sqs receive {QUEUE} body={{\"member\":\"{PLAN}\",\"ship_to\":\"{STAY}\"}}",
    "{TS} dead-letter {QUEUE}: unable to geocode \"{XSTREET}\" for {NAME}",
    # audit and misc
    "{TS} AUDIT user={USER} action=VIEW patient={MRN} ({NAMEUP}) reason=treatment ip={IP}",
    "{TS} AUDIT break-the-glass by {DOC} on {LASTFIRST} at {CLOCK}",
    "{TS} ldap: bind ok uid={USER} mail={STAFFEMAIL}",
    "{TS} INFO transport.booked rider={NAME} pickup=\"{STREET}\" dropoff=\"Salish Sea Medical Center\" van={PLATE}",
    "{TS} INFO pdmp.query prescriber={NPI} dea={DEA} patient=\"{LASTFIRST}\" dob={ISODATE}",
    "{TS} INFO vehicle.checked vin={VIN} driver={NAME} mileage=81220",
    "{TS} DEBUG cgm.upload device={IMEI} owner={USER} readings=288",
    "{TS} INFO referral.sent to=\"{DOC}\" fax={FAX} patient={NAME} ref={OTHER}",
    "{TS} INFO lab.result_released mrn={MRN} to_portal={USER} by={DOC}",
    "{TS} WARN age.over_89 flag mrn={MRN} age={AGEN}",
    "{TS} INFO url.shortened target={URL} owner={USER}",
    "{TS} INFO license.scan dl={LICENSE} name={NAMEUP} dob={HLDATE}",
]  # fmt: skip

NOTES = [
    # HPI
    "HPI: {NAME} is a 54 yo orchard worker from {CITY} seen for a laceration to the L hand sustained while pruning on {MD}.",
    "HPI: Pt is a {AGE} yo Yup'ik elder from {VILLAGE} medevaced on {DATE} with hypoxia; history per granddaughter {FIRST}.",
    "HPI: Ms. {SURNAME} is a 31 yo G3P2 at 28 wks, Mixteco-speaking, seen with interpreter {FIRST} {SURNAME}.",
    "HPI: Mr. {SURNAME}, a {AGEN}-year-old retired gillnetter, presents with 3 days of dysuria. Lives with son {FIRST} on {ROAD}.",
    "HPI: {FIRST} {SURNAME} is a 7 yo brought by mother {FIRST} for ear pain x2 days. Family lives at {STAY}.",
    "HPI: {LASTFIRST} (DOB {USDATE}) reports worsening dyspnea since {WEEKDAY}; walked off the 6:20 ferry with difficulty.",
    "HPI: Patient {NAME} is a Marshallese man on HD TTS who missed 2 sessions after ride fell through; address {STREETLINE}, {CITY}.",
    "HPI obtained from daughter {NAME} by phone ({PHONE}); patient is {AGE} and hard of hearing.",
    # A/P
    "A/P: 1. DM2 uncontrolled, A1c 10.2 — start basal insulin, mail order to {POBOX}, {CITY} {STATE} {ZIP}. f/u with {DOC} in 2 wks.",
    "A/P: HTN, CKD3a. Discussed with pt and wife {FIRST}. Labs {MD}. RTC {WEEKDAY}.",
    "Assessment/Plan: pesticide exposure, low suspicion for organophosphate toxicity. L&I claim {OTHER} opened for {NAME}.",
    "Plan: telehealth f/u {MD}; link to be sent to {EMAIL}. Pt prefers text to {PHONE}.",
    "Plan: CHA in {VILLAGE} to recheck BP weekly; results to be faxed to {FAX} attn {DOC}.",
    "Plan discussed with patient and her lola; daughter {FIRST} {SURNAME} will manage meds.",
    # SOAP
    "S: {FIRST} reports cough x 10 days, night sweats. O: T 100.4, SpO2 94%. A: r/o TB (born in Chuuk). P: CXR, QuantiFERON, DOH notified re {NAME}.",
    "S: Pt ({LASTFIRST}) c/o back pain after lifting bins. O: paraspinal tenderness. A: strain. P: light duty note for crew boss {FIRST} {SURNAME}.",
    "SOAP — S: mother {NAME} reports infant feeding poorly since {MD}. O: wt 4.1 kg. A/P: admit, notify PCP {DOC}.",
    "S: \"{NICK}\" per pt's preferred name; reports anxiety. O: PHQ-9 16. A: MDD moderate. P: BH referral, {DOC}.",
    # SBAR
    "SBAR — S: {NAME}, MRN {MRN}, desaturating to 86%. B: COPD, home O2 via concentrator {DEVICE}. A: likely exacerbation. R: ABG, page {DOC}.",
    "SBAR: S: {AGEN} yo F from {CITY} with fall. B: lives alone at {STREETLINE}. A: hip fx. R: ortho consult; notify son {FIRST} at {PHONE}.",
    "SBAR to hospitalist {DOC}: pt {LASTFIRST} ({MRN}) K 6.1 after missed dialysis, EKG peaked T waves.",
    # handoffs
    "Handoff: Bed 12 — {NAME}, {AGE} yo, DNR/DNI, daughter {FIRST} at bedside. Overnight: watch UOP.",
    "I-PASS: {LASTFIRST}, 44M, alcohol withdrawal, CIWA 14; sister {NAME} is contact ({PHONE}).",
    "Night handoff: {FIRST} {SURNAME} in 4NE-12 awaiting transfer to ANMC; village clinic in {VILLAGE} notified.",
    "Handoff from {DOC} to {DOC} at {CLOCK}: pt {NAME} stable, pending CT read.",
    # phone notes
    "Phone note {USDATE} {CLOCK}: Spoke with {NAME} re: INR 3.8; hold warfarin tonight. Callback {PHONE}.",
    "Telephone encounter: {FIRST} {SURNAME} called from the island, ferry cancelled; rescheduled to {MD}. — {DOC}, RN",
    "Call from pt's son {NAME} ({PHONE}): pt out of oxygen, mail order delivered to old address {STREET}.",
    "LVM for {FIRST} at {PHONE} re: abnormal pap, asked to call back. {INITS}",
    "Phone call with CHA {FIRST} {SURNAME} in {VILLAGE}: child with 3 days fever, weight 14 kg, will send on next flight.",
    "Returned call to {LASTFIRST} at {E164}, no answer, mailbox full.",
    # referral letters
    "Dear Dr. {SURNAME},\nThank you for seeing {NAME} (DOB {DATE}) for evaluation of a thyroid nodule.\nSincerely,\n{DOC}, MD",
    "Referral to cardiology: {LASTFIRST}, MRN {MRN}, insurance {PLAN}. Reason: new AF. Referring: {DOC} NPI {NPI}. Fax {FAX}.",
    "Re: {NAME}, DOB {LONGDATE}\nAddress: {STREETLINE}, {UNIT}\n{CITY}, {STATE} {ZIPNINE}\nPlease schedule with GI at earliest opening.",
    "To the regional specialty clinic: please see {NAME} from {VILLAGE} ({HOUSE}); travel authorized via Medicaid {MEDICAID}.",
    "cc: {DOC}; {DOC}; patient {NAME}",
    "Referral letter for {FIRST} {SURNAME} to pediatric dental; mother requests Somali interpreter. Phone {PHONE}.",
    # social work
    "SW note: {NAME} is currently living at {STAY}. Discussed housing options; application to county housing submitted {MD}.",
    "Social work: pt and partner {FIRST} living in vehicle (plate {PLATE}) near {XSTREET}. Provided shelter list.",
    "SW: met with farmworker {NAME} and his crew lead {FIRST} {SURNAME}; H-2A employer contact provided. No mailing address; uses {POBOX}.",
    "SW: APS report filed {DATE} regarding {AGEN} yo {NAME}; caregiver is nephew {FIRST}.",
    "Social work: family of 6 moved from {CITY} to {UNITFIRST}, {CITY}; Apple Health renewal pending ({MEDICAID}).",
    "SW: pt is Old Believer; husband {FIRST} {SURNAME} requests female provider. Lives on {ROAD}, {CITY}.",
    "CHW visit {MD}: {NAME} at {RURAL}, {CITY}. Food box delivered. Next visit {WEEKDAY}.",
    # pharmacy
    "Pharmacy: mail-order Rx {OTHER} for {NAME} returned as undeliverable from {STREET}; new address {STREETLINE}, {CITY} {ZIP}.",
    "Pharmacist note: {LASTFIRST} on apixaban 5 mg bid; interaction with fluconazole reviewed. Prescriber {DOC}, DEA {DEA}.",
    "Rx transfer from the grocery store pharmacy for {NAME}, DOB {USDATE}, phone {PHONE}.",
    "Insulin shipped cold-pack to {POBOX} {VILLAGE} AK {ZIP}; pt {FIRST} {SURNAME} to pick up at post office.",
    "Pharmacy clarification faxed to {FAX} for {NAME}: sig unclear on prednisone taper.",
    "PA approved for {NAME}, member {PLAN}, ref {OTHER}, through {DATE}.",
    # discharge summaries
    "DISCHARGE SUMMARY\nPatient: {NAMEUP}  MRN: {MRN}  DOB: {USDATE}\nAdmit: {DATE}  Discharge: {DATE}\nAttending: {DOC}, MD",
    "Discharge: {NAME} discharged to home ({STREET}, {CITY}) with daughter {FIRST}. Follow up with PCP {DOC} in 1 week.",
    "Discharged to {STAY}; pt declined SNF. Home health referral to agency serving {CITY}.",
    "Discharge disposition: return to {VILLAGE} via Ravn on {MD}; escort {NAME}; village clinic notified by fax {FAX}.",
    "Discharge meds reviewed with pt and interpreter {FIRST} {SURNAME} (Marshallese).",
    # signatures, dictation, interpreter lines, cc
    "Electronically signed by {DOC}, MD on {TS}",
    "Dictated by: {DOC}, PA-C\nTranscribed by: {INITS}\nDate: {USDATE}",
    "Interpreter: {FIRST} {SURNAME}, Vietnamese, ID {OTHER}, in person.",
    "Interpreter used: {FIRST} (Chuukese), via phone, #{OTHER}.",
    "Seen with Yup'ik interpreter {ELDER}; patient prefers to be called {NICK}.",
    "Cosigned: {DOC}, MD. Scribe: {NAME}.",
    "cc: {DOC}, NP; Tribal Health Director; patient",
    "Note written by {DOC}, RN, {USDATE} {CLOCK}.",
    "— {FIRST} {SURNAME}, LICSW",
    "Signed: {DOC}, DO / NPI {NPI}",
    # demographics and registration
    "Patient: {NAME}. DOB: {DATE}. MRN: {MRN}. Preferred language: Mam.",
    "Registration: {LASTFIRST}; SSN {SSN}; address {STREET}, {CITY}, {STATE} {ZIP}; phone {PHONE}; email {EMAIL}.",
    "Demographics updated: new address {UNITFIRST}, {CITY} {ZIP}. Old: {STREET}.",
    "Emergency contact: {NAME} (brother) {PHONE}.",
    "Guarantor: {NAME}, account {ACCOUNT}, employer: orchard co-op.",
    "Insurance: Medicare {MBI}; secondary Apple Health {MEDICAID}.",
    "Pt's vehicle VIN {VIN} noted for L&I claim; MVA on {DATE}.",
    "Driver's license {LICENSE} scanned to chart.",
    "Portal: username {USER}; proxy access granted to {NAME}.",
    "Device: CGM serial {DEVICE}; pump MAC {MAC}.",
    # village, tribal, island, tele
    "Village clinic note ({VILLAGE}): {NAME}, {AGE} yo, seen by CHA {FIRST} {SURNAME}. Consulted {DOC} by telemedicine.",
    "Tribal clinic: {FIRST} {SURNAME} (enrolled member) presents for diabetic foot check. Lives in {CITY} near the marina.",
    "Island clinic: pt arrived via 8:05 ferry; next boat 12:40. {NAME} accompanied by husband {FIRST}.",
    "Telehealth visit conducted via video; pt located at home ({STREETLINE}, {CITY}); provider at SSMC. Consent by {NAME}.",
    "Tele-visit could not connect; switched to phone {PHONE}. Pt {LASTFIRST} agreeable.",
    "Pt lives in {HOUSE}, {VILLAGE}; no running water; honey bucket; discussed hand hygiene.",
    "Home visit: {RURAL}, {CITY}. Pt {NAME}, {AGEN} yo, bedbound; caregiver {FIRST}.",
    "Farmworker clinic: {NAME}, H-2A worker from Michoacán, housing at {STAY}; crew lead {NICK}.",
    # misc clinical with PHI
    "Mr. {SURNAME}'s wife {FIRST} states he has been more confused since {MD}.",
    "Mrs. {SURNAME} and Mr. {SURNAME} both seen today for flu vaccine.",
    "Pt {INITS} declined HIV testing.",
    "{NAME} is a {AGEN} y/o M with CHF, seen {DATE}.",
    "Per Dr. {SURNAME}'s note from {MONYEAR}, EF 35%.",
    "Pastor {SURNAME} visited; pt requests chaplain on {WEEKDAY}.",
    "Father {FIRST} {SURNAME} (priest) present for anointing.",
    "Results released to patient {NAME} via portal on {ISODATE}.",
    "Wound photo sent by pt's daughter {FIRST} from {E164}.",
    "School form completed for {FIRST} {SURNAME}, grade 3, allergy to peanuts.",
    "Work note: {NAME} may return to picking on {MD} with no ladder work x2 wks.",
    "Pt states she goes by {NICK}; legal name {NAME}.",
    "Sister {WFIRST} {WLAST} present at bedside.",
    "{WNAME} seen today for follow-up of gout.",
    "Contact {FIRST} {WLAST} at {PHONE} for transport.",
    "Lives with grandson {NICK} in {CITY}; uses walker.",
    "Consent obtained from legal guardian {NAME} ({PHONE}).",
    "Visit {USDATE}: {FIRST} {SURNAME} brought her mother's pill bottles; reconciled.",
]  # fmt: skip

# Lines with no PHI at all, full of what looks like it.
PHI_FREE = [
    # vitals, doses, labs
    "BP 148/92, HR 88, RR 18, SpO2 93% on RA, T 37.9 C",
    "BP 104/66 sitting, 88/54 standing, HR 112 standing",
    "Wt 71.4 kg (down 3.2 kg since last visit), BMI 24.9",
    "A1c 9.4%, fasting glucose 212 mg/dL, eGFR 52",
    "Na 131, K 5.6, Cl 99, CO2 19, BUN 48, Cr 3.9",
    "Hgb 8.7, MCV 71, ferritin 6 — iron deficiency",
    "INR 3.8 on warfarin 5 mg daily, hold x1 dose",
    "TSH 0.02, free T4 3.1 — consistent with Graves disease",
    "troponin 0.04 then 0.03, no delta",
    "lactate 4.1, WBC 18.2, bands 12%",
    "UA: LE 2+, nitrite +, WBC 50-100",
    "QuantiFERON positive, CXR without cavitation",
    "PHQ-9 16, GAD-7 12, AUDIT-C 7",
    "peak flow 220 L/min, 55% predicted",
    "metformin 1000 mg bid, glipizide 5 mg daily",
    "insulin glargine 18 units qhs, lispro 4 units with meals",
    "buprenorphine-naloxone 8-2 mg SL daily, 7-day supply",
    "apixaban 5 mg bid; stop 48 hours before procedure",
    "amoxicillin 90 mg/kg/day divided bid x 10 days",
    "prednisone 40 mg x 5 days then stop",
    "albuterol HFA 2 puffs q4h prn wheeze",
    "ondansetron 4 mg ODT q8h prn nausea",
    "atorvastatin 40 mg qhs, lisinopril 20 mg daily",
    "nirsevimab given to infant per RSV season protocol",
    "Tdap given, lot number on the vaccine record",
    # codes
    "ICD-10 E11.65, I10, N18.31; CPT 99214-25",
    "Dx T59.891A, W57.XXXA — insect bite while picking",
    "LOINC 4548-4 hemoglobin A1c; LOINC 2160-0 creatinine",
    "NDC 0002-8215-01 insulin lispro, qty 15 mL",
    "CPT 99442 telephone E/M 11-20 minutes",
    "HCPCS G2012 virtual check-in",
    "ICD-10 A15.0 pulmonary TB, reported to the health department",
    "Z59.02 unsheltered homelessness; Z60.3 acculturation difficulty",
    "ICD-10 Z77.098 contact with hazardous chemicals (pesticide drift)",
    "POS 02 telehealth provided other than in patient's home",
    "HTTP 503 from the eligibility service after 30 s",
    "ADT^A08 with no PID-3 dropped by the interface engine",
    # eponyms
    "history of Parkinson's disease on carbidopa-levodopa",
    "Graves disease s/p radioactive iodine in the past",
    "Hashimoto's thyroiditis on levothyroxine 88 mcg",
    "Bell's palsy on the left, improving",
    "Kawasaki disease as a toddler, normal echo since",
    "Guillain-Barré after a flu-like illness",
    "Cushing's syndrome ruled out with dexamethasone suppression test",
    "Raynaud's phenomenon worse in the winter on the boat",
    "Osgood-Schlatter in a 13 year old soccer player",
    "Wilson's disease screening: ceruloplasmin normal",
    "Crohn's disease in remission on infliximab",
    "Down syndrome with atlantoaxial instability screen negative",
    "Addison's disease on hydrocortisone 15 mg am, 5 mg pm",
    "Tourette syndrome, tics worse with stress",
    "Sjögren's syndrome with dry eyes and dry mouth",
    "Alzheimer's disease, MMSE 19/30",
    "Meniere's disease with vertigo spells lasting hours",
    "Hodgkin lymphoma treated as a teenager",
    # ages under 90, durations, weekdays, years alone
    "she is 84 and still cuts her own firewood",
    "he is 67 and has smoked since he was 15",
    "the baby is 6 weeks old and feeding every 3 hours",
    "symptoms for 3 weeks, worse at night",
    "follow up in 2 weeks, sooner if worse",
    "clinic closed on Monday for the holiday",
    "dialysis is Tuesday Thursday Saturday",
    "the boat comes Wednesday and Friday in the summer",
    "diagnosed in 2011, insulin since 2019",
    "moved here in 2004 for the apple harvest",
    "last colonoscopy in 2016, normal",
    "the 72 year old with COPD did well on the walk test",
    "pain 7/10 for 4 days",
    "off work for 10 days per L&I",
    "she is 89 and lives with her daughter",
    "2 puffs twice a day for 3 months then recheck",
    "in December the plane only comes twice a week",
    "fishing season runs June through August",
    "every other Thursday the mobile van comes",
    # ordinary-word names in their ordinary sense
    "the kelp beds were thick this year",
    "smelt run was early, everyone out with dip nets",
    "mussel harvest closed for paralytic shellfish poisoning",
    "a steelhead hook in the thumb, removed with string technique",
    "drizzle all week, roads slick",
    "mildew in the bathroom and the kids keep wheezing",
    "caught the hand in a gillnet, laceration over the palm",
    "hawser snapped and hit his shin",
    "ratchet strap broke while loading bins",
    "slipped on a cleat on the dock",
    "cut with a pruner, 2 cm laceration",
    "a fruit picker on a ladder fell 6 feet",
    "the dredge was working near the harbor",
    "adze injury to the foot while carving",
    "ate seaweed and dried fish, no reaction",
    "oarlock hit his mouth, chipped tooth",
    "crabpot line wrapped around the wrist",
    "tideland leases and shellfish beds closed after the rain",
    "a sprig of mint in the tea",
    "bonny wee baby, doing well",
    "a tassel fell off the graduation cap into his eye",
    "alder catkin pollen is high this week",
    "marbled murrelet nesting season on the peninsula",
    "huckleberry picking in August, came back with scratches",
    # drugs, devices, departments, facilities
    "Dexcom G7 sensor expired, restart needed",
    "Tandem t:slim X2 pump occlusion alarm",
    "Omnipod 5 pod failure alarm overnight",
    "oxygen concentrator at 2 L/min continuous",
    "CPAP at 10 cm H2O, AHI 3 on download",
    "Emergency Department, Behavioral Health, and Family Medicine",
    "the tribal health clinic dental program opens at 8",
    "the island clinic on the ferry route has an X-ray machine",
    "mail-order pharmacy refill window is 7 days before due",
    "the village clinic has a health aide and no doctor",
    "telehealth visits use the video platform, not phone",
    "FQHC sliding fee scale applies after the second visit",
    "Salish Sea Medical Center cardiology",
    "Ravn flights cancelled for fog",
    "the medevac Learjet from the regional hub",
    "Apple Health covers the interpreter",
    "Medicare Part D donut hole",
    "Indian Health Service referral required",
    # place words in non-address sense
    "ferry to the island runs every 90 minutes",
    "the sound was rough so the boat turned back",
    "upriver villages are iced in this week",
    "the valley smoke is bad, AQI 240",
    "the pass is closed for snow",
    "he works upriver at the fish camp in summer",
    "the peninsula clinic is open until 5",
    "spring breakup, no travel on the river",
    "the tribe's canoe journey is in July",
    "wildfire smoke season in the valley",
    # languages, countries
    "needs Mixteco interpreter, not Spanish",
    "Marshallese and English spoken at home",
    "Yup'ik is her first language",
    "Chuukese interpreter via video",
    "interpreter for Tigrinya requested",
    "speaks Russian and Romanian",
    "born in Guatemala, speaks Mam",
    "came from Ukraine in 2022",
    "family from the Marshall Islands",
    # operational
    "GET /healthz 200 3ms",
    "INFO cache.warm formulary entries=18422",
    "worker=3 queue=claims-837 task=batch_submit duration_s=41.2",
    '{"event": "retrieval", "k": 8, "index": "hybrid", "hits": 5}',
    "WARNING slow query took_ms=922 table=appointment_slot",
    "cron: village-clinic-sync completed in 84s",
    "kafka consumer lag 1200 on adt.events partition 3",
    "fax line 2 busy, 4 jobs queued",
    "ivr: menu option 3 selected 412 times today",
    "nginx reload ok, 4 workers",
    "x12 277CA accepted 118 claims, rejected 3",
    "HL7 ACK AA for message batch 44",
    "tele-queue average wait 6 minutes",
    # patient-style phi-free lines
    "my sugar was 289 this morning is that bad",
    "can i take tylenol with my blood thinner",
    "the ferry was cancelled can we do video",
    "is the clinic open on saturday",
    "do i need to fast for the labs",
    "my inhaler is almost empty",
    "how long do i keep the boot on",
    "can kids get the flu shot at the tribal clinic",
    "is the mail order pharmacy closed on sunday",
    "i think my insulin froze in the mailbox",
    "the smoke is making my asthma worse",
    "we got back from fish camp, can i get a tb test",
    "is it ok to work in the orchard with this cast",
]  # fmt: skip
