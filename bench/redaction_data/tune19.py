"""The "tune19" split: a nineteenth tuning set, written without looking at the engine, its tests,
its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune15.py and
pyproject.toml (tune4.py and tune5.py were allowed but not needed), for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read.

It models a Florida health system: a safety-net hospital in Miami-Dade (Hialeah, Little Haiti,
Little Havana, Doral, and the farmworker clinics of Homestead and the Redland), Broward and Palm
Beach, Orlando and Kissimmee with their Puerto Rican families, Tampa and St. Petersburg,
Jacksonville and the Panhandle, a large cardiology practice whose patients are mostly retirees
(golf-cart communities with village names, mobile home parks and RV resorts with lot numbers,
snowbirds from Ontario, Quebec and the Midwest with a northern and a Florida address), a free
clinic, a home-health agency and a retail pharmacy chain, with hurricane shelters, motels and
the rural Seminole and Miccosukee country of the Everglades. CHAT is patients and family typing
on phones: lowercase, emoji, typos, no punctuation, Spanish, Haitian Creole, Portuguese,
Jamaican patois, Quebec French, Yiddish, Russian and Tagalog words, kin words as address, names
after greetings, before verbs, alone on a line, in sign-offs, as nicknames, joined by "and" or
"&", as possessives and as objects ("can you call X"), several identifiers in one message, and
addresses typed loosely (no commas, unit first, intersections, "by the" landmarks, a street named
without a number where someone lives, shelters, motels, RV lots, golf-cart villages, HC boxes).
LOGS is HL7 v2 (MSH, PID, NK1, IN1, GT1, PV1), FHIR JSON, key=value and JSON app events, nginx
and Apache lines with query strings, Python and Java traces, SQL errors, X12 837 and 270/271,
fax server and IVR logs, CSV rows, file names and Kafka messages. NOTES is HPI, A/P, SOAP, SBAR,
handoffs, phone notes, referral letters, social work, pharmacy, home health and discharge
summaries, with signatures, cc lines, "Dictated by" and interpreter lines.

Names come from 38 origins, weighted to the region: Cuban, Puerto Rican, Haitian, Dominican,
Colombian, Venezuelan, Nicaraguan, Honduran, Guatemalan Maya (Q'anjob'al and K'iche'), Mexican
Nahua, Salvadoran, Brazilian, Peruvian, Argentine, Jamaican, Bahamian, Trinidadian,
Indo-Guyanese, Ashkenazi Jewish retirees, Sicilian and Neapolitan New Yorkers, Irish, Quebecois
and Ontario snowbirds, Midwestern German, Norwegian-Minnesotan, African American Southern,
Filipino, Greek (Tarpon Springs sponge divers), Lebanese, Russian, Polish, Minorcan (St.
Augustine), Key West Conch, Panhandle Anglo, Chinese, Korean, Gujarati and Bosnian. Hispanic
families carry double surnames at times, Chinese and Korean names come family name first at
times. They appear as "First Last", "Last, First", "LAST,FIRST M", lowercase in query strings
and file names, with initials and quoted nicknames, and as one span per HL7, X12 or FHIR name
component. About one name in six is an ordinary English word (WORD_GIVEN, WORD_FAMILY), and
PHI_FREE uses the same words in their ordinary sense.

No given name, family name, nickname, street name, park, city or e-mail domain here (folded to
ASCII and lower case, word by word) is among the words of values.py's pools (with the Faker
names it draws for both its splits), Faker's en_US first and last names, the templates of
templates.py, or the pools, templates and docstrings of blind.py to blind15.py and tune2.py to
tune18.py. A script collected every word of those (about 74,000) and checked this module's
pools against them; every colliding entry was dropped or replaced and the final run reported
zero collisions. Generic address and place words (Street, Road, Ave, Route, Box, Lot, Park,
Village, Estates, Creek, Point, compass directions and the like), particles (de, la, van, al,
bin) and top-level domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Pastor, Sister)
or a credential (MD, RN, NP, PharmD, LCSW) and a possessive "'s" stay outside NAME; each HL7, X12
and FHIR name component is its own NAME span; initials standing for a person are NAME; a weekday
or clock time beside a date stays outside DATE, while a whole ISO, HL7 or log timestamp is one
DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89; kin terms
used as address (mami, abuela, abuelo, tío, primo, padrino, madrina, tita, lola, manman, grann,
bubbe, zaide, nonna, yiayia, mémère, vovó) are not names; a street address, PO box, HC or rural route box, RV or mobile-home lot, golf-cart
village address, intersection, or a street named without a number where someone lives is
ADDRESS; a city is CITY and a ZIP or postal code ZIP. Organisations, languages, countries,
drugs, eponyms, device models, shelters named as facilities and facility names are literal
text. Filler slots (request ids, latencies, status codes, clock times, weekdays, queue offsets)
carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "cuban": (10, [
        "Usnavy", "Yuriorkis", "Yoandris", "Yadisleidy", "Yoslaidis", "Osdany", "Leosdany",
        "Maidelys", "Yunisleidy", "Yurisán", "Aidelis", "Yoslen", "Dayesi", "Yaniuska", "Ismaray",
        "Yoexis", "Darianis",
    ], [
        "Alvariño", "Carmenate", "Marichal", "Echezarreta", "Ibargollín", "Iturralde",
        "Cantalapiedra", "Sigarreta", "Puñales", "Garcerán", "Boffill", "Barrizonte", "Canosa",
        "Llerandi", "Gondar", "Manduley", "Quiala", "Bequer", "Abislaimán", "Loynaz", "Morúa",
        "Guitart", "Cárabe", "Mulkay",
    ]),
    "puerto_rican": (7, [
        "Jeliel", "Joelis", "Edwinson", "Yamaliz", "Keyshmarie", "Yaneiry", "Jeishlie", "Kenneliz",
        "Yaliz", "Adnaris", "Neishka", "Sheilymar", "Jorvis", "Luisangel", "Zorimar", "Yanitzel",
        "Jeanmarie", "Jahdiel",
    ], [
        "Cordovés", "Cabassa", "Cátala", "Bracetti", "Carrucini",
    ]),
    "haitian": (7, [
        "Frantzcia", "Wisnel", "Edrice", "Tifaine", "Bendjy", "Roodmy", "Lourdia", "Clerfé",
        "Jimmyson", "Loudie", "Sherlie",
    ], [
        "Jeudi", "Occilien", "Bellabe", "Clermont", "Brévil", "Ostin", "Dumervil", "Fleuristin",
        "Dorvilier",
    ]),
    "dominican": (3, [
        "Dioselina", "Freddys", "Yumeiri", "Wanderson", "Yesenny", "Juanchy", "Arismendy",
    ], [
        "Bonetti", "Minyety", "Vicini", "Ozoria", "Marizán",
    ]),
    "colombian": (3, [
        "Dayhana", "Jairsinho", "Ubaldina", "Wilfer", "Neyla", "Yurledy", "Erminda", "Heiler",
        "Dumar", "Faiber",
    ], [
        "Quitián", "Sinisterra", "Ibargüen", "Hinestroza", "Asprilla", "Valoyes", "Lloreda",
        "Chaverra", "Palomeque", "Quejada", "Guáqueta", "Chitiva", "Gualteros",
    ]),
    "venezuelan": (3, [
        "Yohander", "Marianyelis", "Yonathan", "Yuleidys", "Maikelyn", "Grecia", "Adrianny",
        "Yeniree", "Yormaris", "Dexy",
    ], [
        "Carrasquero", "Perozo", "Mendible", "Arráiz", "Croce", "Pirona",
    ]),
    "nicaraguan": (3, [
        "Yader", "Jarvin", "Yahoska", "Yubelka", "Fanor",
    ], [
        "Baltodano", "Pallais", "Somarriba", "Aráuz", "Tellería", "Zeledón", "Espinales",
        "Pasquier", "Largaespada", "Cuadra",
    ]),
    "honduran": (2, [
        "Denia", "Seidy", "Wilfredy", "Mayela", "Danery", "Ledin", "Cesia", "Jeydi",
    ], [
        "Barnica", "Zacapa", "Borjas", "Andonie",
    ]),
    "guatemalan_maya": (2, [
        "Xuncax", "Kaxin", "Lotaxh", "Anatalia", "Xhunik",
    ], [
        "Juracán", "Tax",
    ]),
    "mexican_nahua": (2, [
        "Gerardina", "Ezequiela",
    ], [
        "Tepole", "Tecuapacho", "Tlapa", "Tzompa", "Matlalcuatzi",
    ]),
    "salvadoran": (1, ["Walmer", "Dinorah"], ["Safie"]),
    "brazilian": (2, [
        "Thaisa", "Josinaldo", "Ozéias", "Geovane", "Adriely", "Kauane", "Jeovana", "Lucilene",
        "Luzinete",
    ], [
        "Bessa", "Castilho",
    ]),
    "peruvian": (1, ["Maruja", "Giovana", "Gianella"], ["Chuquimango", "Quicaño", "Ninahuamán"]),
    "argentine": (1, [
        "Maitén",
    ], [
        "Bianchetti", "Scarpatti", "Lacroze", "Anchorena", "Etchegoyen", "Iraola", "Larreta",
        "Oyhanarte", "Zuberbühler", "Mihanovich",
    ]),
    "jamaican": (3, [
        "Kerice", "Rushawn", "Juleen", "Kayon", "Shantol", "Javaughn",
    ], [
        "McKenley",
    ]),
    "bahamian": (1, ["Dellareese", "Kendria", "Tavarrio"], ["Bootle", "Missick", "Glinton"]),
    "trinidadian": (1, ["Keshorn", "Renaldo", "Shivanie", "Kezia", "Deveron"], ["Gopeesingh"]),
    "guyanese": (1, ["Nazeema", "Sewnauth", "Nankumarie"], ["Sukhram", "Ramdehol", "Seeraj"]),
    "ashkenazi": (5, [
        "Mordie", "Shlomit", "Feigel", "Faygie", "Selig",
    ], [
        "Feldshuh", "Grossinger", "Zabarsky", "Shapsky", "Rosensweig", "Kupferberg", "Gutfreund",
        "Weisfogel", "Liebowitz", "Dershowitz", "Hirschhorn", "Schnitzer", "Gottesfeld",
        "Zuckerbrot", "Kreindler", "Spielvogel",
    ]),
    "italian_ny": (2, [
        "Vitina",
    ], [
        "Cacioppo", "Scarpinato", "LaSpina", "Pipitone", "Maggiacomo", "Caccamo", "Cappadona",
    ]),
    "irish": (1, ["Bláithín"], ["Donnellan"]),
    "quebecois": (2, ["Yvan", "Clermont", "Coralie"], ["Beauchesne", "Provencher", "Brisebois", "Tétreault"]),
    "ontario": (2, [
        "Gord", "Stu",
    ], [
        "MacTavish", "McCaig", "Dunsmore", "Beattie", "Ballantyne", "Gowanlock", "Stirrat",
    ]),
    "german_midwest": (2, [
        "Dwaine", "Marlys", "Vernetta", "Gerhardt",
    ], [
        "Niemeyer", "Kottkamp", "Tiemeyer", "Buschkoetter", "Dieckmann", "Brinkhaus", "Wesselmann",
        "Pohlmann", "Steinkamp", "Heitkamp", "Huckstorf",
    ]),
    "norwegian_mn": (1, ["Gunnvor", "Inge"], ["Halverson", "Nyhus"]),
    "african_american": (5, ["Shaquandra", "Deandrea", "Latrelle"], ["Hagins", "Brinson"]),
    "filipino": (1, ["Rodante"], ["Cabanatuan"]),
    "greek": (1, [
        "Anastasoula", "Kalliope",
    ], [
        "Kouskouris", "Kalogerakis", "Papamichalopoulos", "Karavokiros", "Tsardoulias", "Gonatos",
        "Hatzistavrou", "Papavasiliou", "Manikas", "Sarantakis",
    ]),
    "lebanese": (1, ["Wadiha"], ["Harfouche", "Shehadi"]),
    "russian": (2, [
        "Gennadiy", "Anzhelika", "Kira",
    ], [
        "Zhukovskaya", "Pokrovskaya", "Dobrynin", "Lebedinskaya", "Troyepolsky", "Yablonskaya",
        "Shuvalova", "Golovanov",
    ]),
    "polish": (1, ["Wszebora", "Ludomira"], ["Wójcikiewicz", "Bieńkowski"]),
    "minorcan": (1, [
        "Mateu", "Llorenç", "Margalida", "Bernat",
    ], [
        "Llambias", "Usina", "Triay", "Pomar", "Segui", "Manucy", "Andreu", "Canova", "Mickler",
        "Genovar", "Solana", "Ortagus", "Pacetti", "Leonardy", "Baya",
    ]),
    "conch": (1, ["Norberta"], ["Weech"]),
    "panhandle": (3, ["Burlon", "Verbie"], ["Tillis", "Cumbie", "Stokley"]),
    "chinese": (1, ["Shuyu", "Suqin"], ["Sitou"]),
    "korean": (1, ["Yeonsoo", "Jiyeong", "Hanbyeol"], ["Tokgo", "Eomun"]),
    "gujarati": (1, ["Lalitaben"], ["Bhaktawala", "Kharadi"]),
    "bosnian": (1, ["Adis", "Aldin"], ["Ferhatbegović"]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = ["Sundew", "Bromeliad", "Seabreeze", "Passionflower", "Firebush"]
WORD_FAMILY = [
    "Hammock", "Sandspur", "Shutter", "Sunshade", "Spatula", "Cobia", "Hogfish", "Stonecrab",
    "Louver", "Jalousie", "Terrazzo", "Stucco", "Cabana", "Tackle", "Sinker", "Bobber",
    "Oarlock", "Gunwale", "Outrigger", "Cleat", "Rookery", "Hummock", "Sinkhole", "Limerock", "Muck",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = ["Cholo", "Bubbie", "Fofi", "Tatica", "Mayito", "Tica", "Yayita", "Pocho", "Toti",
             "Boopie"]  # fmt: skip

FAMILY_FIRST = {"chinese", "korean"}
DOUBLE_SURNAME = {"cuban", "puerto_rican", "dominican", "colombian", "venezuelan", "nicaraguan",
                  "honduran", "peruvian", "mexican_nahua"}  # fmt: skip
GEN_SUFFIX = ["Jr", "Sr", "II", "III"]


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Bayshore", "Hypoluxo", "Semoran", "Kirkman", "Hiawassee", "Boggy Creek", "Ulmerton",
    "Normandy", "Philips", "Moncrief", "Soutel", "Apalachee", "Ludlam", "Mowry", "Redland",
    "Mamey", "Caloosa", "Cocoplum", "Mahogany", "Torchwood", "Paurotis", "Allamanda", "Carissa",
    "Calusa", "Tequesta", "Mayaimi", "Timucua", "Hontoon", "Kissengen", "Manasota", "Alafia",
    "Sapodilla", "Soursop", "Chayote", "Yuca", "Malanga", "Boniato",
]  # fmt: skip
# Mobile home parks and RV resorts ("Lot 14, Sandspur Estates") and golf-cart villages.
PARKS = ["Sandspur Estates", "Sunshade MHP", "Seabreeze RV Resort", "Firebush Village",
         "Holopaw Manor", "Cocoplum Isles"]  # fmt: skip
VILLAGES = ["Village of Calusa", "Village of Tequesta", "Village of Mayaimi", "Village of Timucua",
            "Village of Alafia"]  # fmt: skip
CITIES = [
    "Loxahatchee", "Hallandale", "Naranja", "Goulds", "Aventura", "Auburndale", "Ocoee",
    "Homosassa", "Brooksville", "Zephyrhills", "Gibsonton", "Ellenton", "Ochopee", "Islamorada",
    "Tavernier", "Yulee", "Macclenny", "Micanopy", "Altha", "Cantonment", "Molino", "Caryville",
    "Ebro", "Eastpoint", "Lanark", "Medart", "Pinetta", "Cottondale", "Esto", "Noma", "Westbay",
    "Munson", "Barberville", "Bostwick", "Welaka", "Korona", "Scottsmoor", "Chuluota", "Bithlo",
    "Wedgefield", "Holopaw", "Basinger", "Lorida", "Lakeport", "Montura", "Felda", "Chokoloskee",
]  # fmt: skip
# Home towns of snowbirds, for the second, northern address.
NORTH_CITIES = ["Drummondville", "Chicoutimi", "Sudbury", "Kitchener", "Peterborough", "Orillia",
                "Sarnia", "Brantford", "Oshawa"]  # fmt: skip
DOMAINS = [
    "gatorlink.net", "sunshinemail.net", "cayonet.com", "keyswave.net", "coquinamail.com",
    "palmettobb.net", "evergladesisp.net", "panhandlewire.net", "nauticom.net", "lakelandtel.net",
    "tropibb.net", "calleochonet.com", "haitimailbox.net", "ritabb.net", "biscaynewave.com",
    "fdn.com", "mpinet.net",
]  # fmt: skip
STAFF_DOMAINS = ["palmcoastheart.org", "libretclinic.org", "manateehomehealth.org"]

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
    if roll < 0.12:  # about one name in six is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.17:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.45:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune19") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune19") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune19") -> str:
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
    if form < 0.46:
        return f"{last}, {first}"
    if form < 0.5:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.54:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.58:
        return f"{first} {last}".upper()
    if form < 0.62:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.77:
        return first
    if form < 0.8:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.84:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.88:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.91:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.94:
        return f"{last} {first}"
    return f"{_given_part(first)} {last}"


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
    return _fold(_given_part(rng.choice(ORIGINS[_origin(rng)][1]))).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "yoslen"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "canosa"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
                       f"{last}%2C+{first}".replace(" ", "+"),
                       f"{last.lower()}%2c{first.lower()}".replace(" ", "+")])  # fmt: skip


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
    """A staff name as signatures carry it: "Y. Canosa", "Yoslen Canosa", "Canosa, Yoslen"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Addresses ---------------------------------------------------------------------------------

SUFFIXES = [("St", 8), ("Ave", 7), ("Rd", 6), ("Dr", 5), ("Ln", 3), ("Way", 2), ("Ct", 3),
            ("Blvd", 3), ("Ter", 2), ("Pl", 2), ("Cir", 2), ("Trl", 1), ("Street", 2), ("Road", 2),
            ("Avenue", 2), ("Drive", 2), ("Loop", 1), ("Run", 1), ("Pkwy", 1), ("Trail", 1)]  # fmt: skip
UNITS = ["Apt 2", "Apt. 104", "Apt 3B", "Unit 7", "#12", "Apt 1", "Unit C", "Ste 210", "Apt 415",
         "Bldg 4 Apt 2", "#B", "Efficiency", "Apt 12-F", "Unit 1203", "PH 2"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NW ", "SW ", "NE ", "SE ", "North ", "South "]
_ORD = ["1st", "2nd", "3rd"] + [f"{n}th" for n in range(4, 20)]


def _grid_number(rng: random.Random) -> str:
    n = rng.randint(2, 187)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 29999)), f"{rng.randint(100, 999)}{rng.choice('AB')}",
                       f"{rng.randint(1000, 9999)} 1/2"])  # fmt: skip


def grid_street(rng: random.Random) -> str:
    """A Miami-Dade or Broward grid address: "2370 SW 27th Ave", "14520 NW 7 Ct"."""
    quad = rng.choice(["NW", "SW", "NE", "SE", "W", "E"])
    kind = rng.choice(["St", "Ave", "Ct", "Pl", "Ter", "Way", "Street", "Avenue", "Rd", "Dr"])
    n = _grid_number(rng) if rng.random() < 0.7 else str(rng.randint(2, 187))
    return f"{rng.randint(100, 29999)} {quad} {n} {kind}"


def street_line(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return grid_street(rng)
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O BOX {n}",
                       f"HC {rng.randint(60, 99)} Box {rng.randint(1, 999)}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(100, 99999)} CR {rng.randint(1, 899)}", f"{rng.randint(100, 9999)} County Road {rng.randint(1, 899)}",
        f"{rng.randint(100, 99999)} SR {rng.randint(7, 997)}", f"{rng.randint(100, 9999)} State Road {rng.randint(7, 997)}",
        f"{rng.randint(100, 9999)} US Hwy {rng.choice([1, 17, 27, 41, 90, 98, 231, 301, 441])}",
        f"{rng.randint(100, 9999)} Hwy {rng.choice([71, 77, 79, 20, 65, 267])}",
        f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}", f"HC {rng.randint(61, 69)} Box {rng.randint(1, 299)}",
        f"{rng.randint(10, 999)} {rng.choice(STREETS)} Grade", f"Mile Marker {rng.randint(1, 110)}",
    ])  # fmt: skip


def park_lot(rng: random.Random) -> str:
    """A lot in a mobile home park or RV resort."""
    lot = rng.randint(1, 480)
    park = rng.choice(PARKS)
    return rng.choice([f"Lot {lot}, {park}", f"Lot {lot} {park}", f"{park} Lot {lot}",
                       f"{park} Site {rng.choice('ABCDEFG')}{rng.randint(1, 60)}",
                       f"{street_line(rng)} Lot {lot}", f"Space {lot}, {park}"])  # fmt: skip


def village_address(rng: random.Random) -> str:
    """A golf-cart community address: a house on a named street in a named village."""
    line = f"{rng.randint(100, 3999)} {rng.choice(STREETS)} {rng.choice(['Way', 'Run', 'Loop', 'Ct', 'Trl', 'Cir', 'Path'])}"
    return rng.choice([line, f"{line}, {rng.choice(VILLAGES)}", f"{rng.choice(VILLAGES)}, {line}"])


def road(rng: random.Random) -> str:
    """A street named without a house number, as people say where they live."""
    return rng.choice([f"{rng.choice(STREETS)} {rng.choice(['Rd', 'St', 'Ave', 'Dr', 'Blvd', 'Trail'])}",
                       f"{rng.choice(['NW', 'SW', 'NE', 'SE'])} {_grid_number(rng)} {rng.choice(['St', 'Ave', 'Ct'])}",
                       f"{rng.choice(STREETS)}", f"CR {rng.randint(1, 899)}", f"SR {rng.randint(7, 997)}",
                       f"{_grid_number(rng)} ave", f"{rng.choice(STREETS).lower()} rd"])  # fmt: skip


def intersection(rng: random.Random) -> str:
    a, b = rng.sample(STREETS, 2)
    s1, s2 = (
        rng.choice(["Rd", "Ave", "St", "Blvd", ""]),
        rng.choice(["Rd", "Ave", "Dr", "Trail", ""]),
    )
    left = f"{a} {s1}".strip()
    right = f"{b} {s2}".strip()
    g1 = f"{rng.choice(['NW', 'SW'])} {_grid_number(rng)} {rng.choice(['St', 'Ave'])}"
    return rng.choice([f"{left} and {right}", f"{left} & {right}", f"{left}/{right}",
                       f"corner of {left} and {g1}", f"{g1} & {_grid_number(rng)} Ave"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune19") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.14:
        return rural_route(rng)
    if kind < 0.2:
        return park_lot(rng)
    if kind < 0.25:
        return village_address(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "tune19") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def north_city(rng: random.Random) -> str:
    return rng.choice(NORTH_CITIES)


STATES = ["FL", "FL", "FL", "Fla.", "Florida", "fl", "GA", "AL", "NY", "NJ", "OH", "MI", "PR"]
_ZIP3 = ["330", "331", "332", "333", "334", "335", "336", "337", "338", "339", "341", "342", "344",
         "346", "347", "320", "321", "322", "323", "324", "325", "326", "327", "328", "329"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def zip_plus4(rng: random.Random) -> str:
    return f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def postal_code(rng: random.Random) -> str:
    """A Canadian postal code, for snowbirds' northern addresses."""
    let, dig = "ABCEGHJKLMNPRSTVXY", string.digits
    first = f"{rng.choice('GHJKLMNP')}{rng.choice(dig)}{rng.choice(let)}"
    return f"{first} {rng.choice(dig)}{rng.choice(let)}{rng.choice(dig)}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    if pick < 0.25:
        y = rng.randint(1921, 1940)
    elif pick < 0.5:
        y = rng.randint(1941, 2012)
    else:
        y = rng.randint(2019, 2026)
    m = rng.randint(1, 12)
    d = rng.randint(1, _MONTH_DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _hms(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d}, {y}", f"{mo} {d}", f"{ab} {d}", f"{m}/{d}", f"{mo} {d}{o}", f"{d} {mo} {y}", f"{m}-{d}-{yy:02d}",
        f"{d:02d}-{ab.upper()}-{y}", f"{m}.{d}.{yy:02d}", f"{ab.lower()} {d}{o}", f"{d}/{m}/{y}",
        f"{d} de {SPANISH_MONTHS[m - 1]}", f"{d} de {SPANISH_MONTHS[m - 1]} de {y}", f"{d}{o} of {mo}",
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def compact_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('45')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-04:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} -0400"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}",
                       f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}", f"el {d} de {SPANISH_MONTHS[m - 1]}"])  # fmt: skip


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]}. {d}, {y}", f"{d} {MONTHS[m - 1]} {y}"]
    )


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice(
        [f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}"]
    )


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Contact, network and identifiers ----------------------------------------------------------

_AREA = [305, 786, 954, 754, 561, 407, 689, 321, 813, 656, 727, 904, 850, 448, 352, 863, 239, 941,
         772, 386]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
                       f"+1 ({a}) {b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def foreign_phone(rng: random.Random) -> str:
    """Relatives abroad: Haiti, Cuba, the Dominican Republic, Colombia, Venezuela, Brazil."""
    return rng.choice([f"+509 {rng.randint(28, 49)} {rng.randint(10, 99)} {rng.randint(1000, 9999)}",
                       f"+53 5{rng.randint(1000000, 9999999)}", f"+1 809 {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
                       f"+57 3{rng.randint(10, 29)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"+58 414 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"+55 11 9{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"])  # fmt: skip


def email(rng: random.Random, _split: str = "tune19") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "yoslen", _handle(last) or "canosa"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2010)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family", f"abuela.{f}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "yoslen", _handle(last) or "canosa"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune19") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "yoslen", _handle(last) or "canosa"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2010)}", f"{f}305"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune19") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "yoslen", _handle(last) or "canosa"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/{f}-{ln}-hurricane-recovery",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.instagram.com/{f}_{ln}",
        f"https://www.tiktok.com/@{ln}{f}", f"https://mychart.bayshorehealth.example/visit/{_digits(rng, 8)}",
        f"https://fhir.sofla-safetynet.example/r4/Patient/{_digits(rng, 7)}", f"https://{ln}-{f}.wordpress.com",
        f"https://wa.me/1305{_digits(rng, 7)}", f"https://drive.google.com/file/d/{_letters(rng, 28, string.ascii_letters + string.digits)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2601:{_hex(rng, 3)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [rng.randint(261, 267), rng.randint(589, 595), rng.randint(766, 772), rng.randint(1, 899)]
    )
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
                       [7, 2, 1])[0]  # fmt: skip


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"JM{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                       f"E{_digits(rng, 8)}", f"{_digits(rng, 7)}", f"00{_digits(rng, 7)}", f"MRN{_digits(rng, 6)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 10), f"{_digits(rng, 9)}", f"FL{_digits(rng, 8)}"])


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", mbi(rng), medicaid_id(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 2)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"G{_digits(rng, 7)}", f"PB{_digits(rng, 9)}"])  # fmt: skip


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


def fl_license(rng: random.Random) -> str:
    """A Florida driver licence: a letter and twelve digits, often written with dashes."""
    a, d = _letters(rng, 1), _digits(rng, 12)
    return rng.choice([f"{a}{d}", f"{a}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"])


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), f"RN{_digits(rng, 7)}", f"ME{_digits(rng, 6)}", fl_license(rng),
                       f"PS{_digits(rng, 5)}", f"ARNP{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 8)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)} {_letters(rng, 1)}{_digits(rng, 2)}", f"{_digits(rng, 3)} {_letters(rng, 3)}",
                       f"{_letters(rng, 4)}{_digits(rng, 2)}", f"{_letters(rng, 2)}{_digits(rng, 1)}{_letters(rng, 2)}",
                       f"GC{_digits(rng, 4)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"(21){_digits(rng, 9)}",
                       f"PJN{_digits(rng, 6)}S", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"A{_digits(rng, 8)}",
                       f"FAX{_digits(rng, 9)}", f"TKT-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                       f"HH{_digits(rng, 7)}", f"PA{_digits(rng, 9)}", f"FEMA-{_digits(rng, 9)}"])  # fmt: skip


def alien_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"A{_digits(rng, 9)}",
            f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"A{_digits(rng, 8)}",
        ]
    )


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "500", "502", "503"]
    )


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice(
        [
            f"{hh:02d}:{mi:02d}:{ss:02d}",
            f"{hh:02d}{mi:02d}",
            f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
            f"{hh % 12 or 12}{'am' if hh < 12 else 'pm'}",
        ]
    )


def weekday(rng: random.Random) -> str:
    day = rng.choice(WEEKDAYS)
    return rng.choice([day, day[:3], day.lower()])


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def offset(rng: random.Random) -> str:
    return str(rng.randint(1000, 99999999))


def queue(rng: random.Random) -> str:
    return rng.choice(["adt.inbound", "rx-refill", "ivr-main", "fax-inbound", "claims-837", "elig-270",
                       "portal-msg", "hh-visits", "shelter-census", "cardio-remote"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, weekdays, offsets).
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
    "STREETLINE": ("ADDRESS", street_line),
    "GRID": ("ADDRESS", grid_street),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "LOT": ("ADDRESS", park_lot),
    "VILLA": ("ADDRESS", village_address),
    "ROAD": ("ADDRESS", road),
    "CROSS": ("ADDRESS", intersection),
    "CITYUP": ("CITY", city_upper),
    "NCITY": ("CITY", north_city),
    "ZIPNINE": ("ZIP", zip9),
    "ZIP4": ("ZIP", zip_plus4),
    "POSTAL": ("ZIP", postal_code),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),
    "MD": ("DATE", month_day),
    "LONGDATE": ("DATE", long_date),
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "INTLPHONE": ("PHONE", foreign_phone),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "DL": ("LICENSE_NUMBER", fl_license),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "ANUM": ("OTHER_ID", alien_number),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "WKDAY": (None, weekday),
    "PIDN": (None, pid),
    "OFFSET": (None, offset),
    "QUEUE": (None, queue),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    # Miami-Dade: Hialeah, Little Havana, Doral
    "hola buenas, soy {NAME}, necesito cambiar la cita del {MD} porfa",
    "mi mami {FIRST} tiene {AGE} años y se cayó en el baño anoche, que hago",
    "oye the pharmacy on {CROSS} says my refill isnt ready 😤",
    "we live on {ROAD} in {CITY} by the sedano's, the yellow house with the mango tree",
    "my abuela {NAME} only speaks spanish, please call my cell {PHONE} not hers",
    "buenas tardes, le escribe {FIRST} {SURNAME}, la hija de {NAME}",
    "can you call {FIRST} at {PHONE}? she's my sister and she has the car",
    "tell {FIRST} i'm running 15 min late, traffic on the palmetto is horrible",
    "my tío {NAME} needs a ride to dialysis, he's at {GRID} {UNIT}",
    "apt 3 {GRID} {CITY} {ZIP} thats the new address ok",
    "{FIRST}\nDOB {USDATE}\ncan i get my lab results",
    "dale gracias {FIRST}!! 🙏🙏",
    "my husband {FIRST} & i both need the flu shot, can we come together {WKDAY}",
    "{FIRST} and {FIRST} are my twins, both have fever since yesterday",
    "el seguro de mi papá es {PLAN}, se llama {NAME}",
    "mi número nuevo es {PHONE}, el viejo ya no sirve",
    "mándame los papeles a {EMAIL} por favor",
    "its {NICK}, {FIRST}'s grandson, abuelo is {AGEN} and wont eat",
    "i mean my mom {LASTFIRST} has the appointment {MD} at 10",
    "born {DATE}, soy {FIRST} {SURNAME}, no puedo entrar al portal",
    "my son {FIRST} {SURNAME} was in the ER at the safety net hospital on {DATE}",
    "we moved from {CITY} to {CITY} after the lease ended, update my address to {STREET}",
    "mi esposo {FIRST} esta en el hospital desde el {MD}, nadie me llama",
    "somebody named {DOC} called from cardiology, who is that",
    "my ssn is {SSN} the girl at the front said to send it here",
    "i got a bill for account {ACCOUNT} but i have medicaid {MEDICAID}",
    # Little Haiti, Haitian Creole
    "bonjou, mwen se {NAME}, manman m {FIRST} malad depi {WKDAY}",
    "mèsi anpil {FIRST} 🙏 grann mwen santi l pi byen",
    "my manman {NAME} is {AGE} she needs the creole interpreter please",
    "tanpri rele {FIRST} nan {PHONE}, li pale angle",
    "ti {FIRST} gen lafyèv, li fèt {DATE}",
    "we stay by the church on {ROAD}, the blue gate",
    "my cousin {FIRST} {SURNAME} in haiti needs his records, his number there is {INTLPHONE}",
    "can u call my pitit {FIRST}, she translate for me",
    "my grann {FIRST} {SURNAME} live with us now at {STREETLINE} {CITY}",
    "mwen se {FIRST}, mwen gen randevou {MD} men mwen pa gen machin",
    # Orlando and Kissimmee, Puerto Rican families
    "wepa finally got my new card, plan id {PLAN} 🎉",
    "mi hija {NAME} needs her asthma meds refilled, we moved from the island to {CITY}",
    "bendición, this is {FIRST} from the clinic group, my mom {FIRST} is {AGE}",
    "we in the motel on {ROAD} room 118 since the hurricane, please send to {STREETLINE}",
    "ay bendito my abuelo {FIRST} {SURNAME} fell again, he is {AGEN}",
    "the house is on {ROAD} off {ROAD}, the one with the flags",
    "{FIRST} {SURNAME}\n{STREETLINE}\n{CITY} {STATE} {ZIP}",
    "mi nena {FIRST} tiene cita el {MD} con la doctora {SURNAME}",
    "plz text my brother {FIRST} at {PHONE} he drives me to cardiology",
    "can i use my puerto rico license {LICENSE} at the pharmacy or do i need florida",
    "my florida license is {DL}, the pharmacy said it doesnt match",
    # Homestead farmworkers, Redland
    "buenos dias, soy {FIRST} trabajo en los viveros, me corte la mano",
    "vivimos en el trailer {LOT}, {CITY}",
    "mi compañero {FIRST} {SURNAME} se desmayo en el campo, tiene calor",
    "mi esposa {FIRST} esta embarazada, la fecha es {MD}, no tenemos seguro",
    "mi patrón {SURNAME} no quiere dar el permiso para la cita",
    "hablo q'anjob'al y un poco español, me llamo {FIRST} {SURNAME}",
    "we live at the camp on {ROAD} past the packing house, cabin 6",
    "my kid {FIRST} was born {DATE} in {CITY}, need vaccines for school",
    # Broward and Palm Beach retirees, snowbirds
    "hi this is {NAME}, my husband {FIRST} is {AGE} and his legs are swollen again",
    "oy the cardiologist dr {SURNAME} wants an echo but we go back north {MD}",
    "we're at {VILLA} until april, then {STREETLINE}, {NCITY}, Ontario {POSTAL}",
    "my bubbe {FIRST} is {AGEN}, she's at {STREET} {CITY} with an aide",
    "zaide {FIRST} {SURNAME} has the pacemaker check {MD}, can it be virtual",
    "my wife {FIRST} and me are snowbirds from {NCITY}, our florida place is {LOT}",
    "please send mail to the winter address {VILLA} {CITY} {ZIP} until may",
    "bonjour, c'est {FIRST} {SURNAME}, we are at {LOT} in {CITY} until avril",
    "mémère {FIRST} needs her coumadin checked, we stay at {LOT}",
    "this is {FIRST} from lot 212, my wife {FIRST} fell getting off the golf cart",
    "we go by golf cart to the clinic from {VILLA}, is there parking for carts",
    "my neighbor {FIRST} {SURNAME} drives me, her number is {PHONE}",
    "my late husband {NAME} passed {DATE}, please stop the calls to {PHONE}",
    "i'm {AGEN} and still drive, my plate is {PLATE}",
    "the cart has a tag {PLATE}, they ticketed it at the clinic",
    "medicare number {MBI}, my wife {FIRST} has the same plan",
    "my daughter {FIRST} up in {NCITY} wants the records faxed to {FAX}",
    "nonna {FIRST} won't take the water pill, she is {AGE}",
    # Tampa and St. Petersburg
    "yo its {FIRST} from {CITY}, the home health nurse didnt come today",
    "my yiayia {FIRST} {SURNAME} in {CITY} needs a greek interpreter",
    "we're on {ROAD} in {CITY}, near the sponge docks",
    "hey can you tell nurse {WFIRST} thank you from room 4",
    "my dad {WNAME} got discharged {MD} but no one called about home health",
    "{LASTFIRST} is my mom, her dob is {DATE} and mrn {MRN}",
    "the pharmacy on {CROSS} in {CITY} closed, where do i pick up now",
    "i stay at my girl {FIRST}'s place on {STREETLINE} now",
    # Jacksonville and the Panhandle
    "hey yall this is {NAME}, mama {FIRST} is {AGE} and been short of breath",
    "we live out {RURAL} past the fire tower, {CITY}",
    "our place is on {ROAD} near the bait shop, second trailer on the right",
    "my granny {FIRST} {SURNAME} stays at {RURAL} {CITY} {STATE} {ZIP}",
    "after the storm we at the shelter at the high school in {CITY}, my meds are gone",
    "tell dr {SURNAME} my sugar been 300 since {MD}",
    "its {FIRST} from the navy base, my wife {FIRST} is due {MD}",
    "can somebody call my pastor's wife {FIRST} {SURNAME} at {PHONE}, she is my emergency contact",
    "mailing address is {POBOX}, {CITY} {STATE} {ZIP4} because nobody delivers on our road",
    "we got a box at the post office {POBOX} {CITY}",
    # Everglades, tribal and rural
    "we stay out {RURAL} near {CITY}, no cell signal past mile marker 40",
    "my uncle {FIRST} lives on the reservation off {ROAD}, can the van go there",
    "address for the nurse is {RURAL}, {CITY} {ZIP}, its a chickee behind the house",
    # Hurricane shelters and motels
    "we lost the roof, staying at the red cross shelter, my daughter {FIRST} has my meds list",
    "after the storm we're at {STREETLINE} room 22, a motel, until fema calls",
    "fema number {OTHER}, they need a letter from dr {SURNAME}",
    "the oxygen concentrator {DEVICE} needs power, we're at the special needs shelter",
    "my mom {NAME} {AGEN} was evacuated to the shelter in {CITY}, where do i find her",
    "hurricane took out the trailer at {LOT}, new address is my son's, {STREET} {CITY}",
    # Free clinic and home health
    "the free clinic said to text here, im {FIRST} no insurance",
    "hi its {NAME} the home health nurse {FIRST} came today and said my wound looks better",
    "can the home health aide come at 8 instead, my wife {FIRST} works",
    "my husband {FIRST} {SURNAME} needs the hospital bed delivered to {STREETLINE} {UNIT}",
    "the visiting nurse {DOC} left her card, number {PHONE}",
    "we are at {STREET}, gate code 4411, tell the nurse {FIRST} to text when outside",
    # Pharmacy chain
    "the pharmacy says my rx {OTHER} needs prior auth",
    "can you transfer my prescriptions to the pharmacy on {CROSS}",
    "is my insulin going to {STREETLINE} or to the winter address {VILLA}",
    "pharmacy texted {E164} but thats not my number",
    "my pharmacist {FIRST} said call dr {SURNAME} for the refill",
    # Loose and mixed messages
    "unit 12 {STREETLINE} {CITY}",
    "{UNIT} {STREETLINE} {CITY} fl {ZIP}",
    "new addy {STREET} {CITY} {ZIP}",
    "{STREETLINE} {CITY} {ZIPNINE}",
    "corner of {CROSS}, the gas station, we live behind it",
    "we live on {ROAD}, the house next to the laundromat",
    "by the publix on {ROAD}, apt above the barber",
    "its {FIRST}. dob {DATE}. mrn {MRN}. phone {PHONE}. thats everything",
    "name {NAME} dob {USDATE} ssn {SSN} address {STREET} {CITY}",
    "me {FIRST} {SURNAME} {PHONE}",
    "thx - {FIRST}",
    "bendiciones, {FIRST} y {FIRST}",
    "love u {FIRST} 😘 see u at the clinic",
    "— {NAME}",
    "sent from {FIRST}'s iphone",
    "{FIRST} here",
    "{NICK} says hi lol",
    "oh and my nickname is {NICK}, nobody calls me {FIRST}",
    "my real name is {NAME} but everybody says {NICK}",
    "its {INITS}, the one with the afib",
    "{INITS} here again, still dizzy",
    "mi prima {FIRST} {WLAST} needs the same appointment",
    "ms {WLAST} from the front desk was so nice to my dad",
    "tell {WFIRST} {SURNAME} i got the papers",
    "my grandma {WFIRST} is {AGE} and she's in room 6",
    "the nurse {WLAST} said the bandage can get wet",
    "ask {FIRST} {WLAST} about my chart, she knows",
    "{FIRST}'s mom & {FIRST}'s mom both need rides on {WKDAY}",
    "i'm {FIRST} and {FIRST} is my caregiver",
    "can you call {NAME} please",
    "call {FIRST} {SURNAME} at {PHONE} or {PHONE}",
    "please text {FIRST} the code, not me",
    "let {FIRST} know the ride is at {CLOCK}",
    "pls email {FIRST} at {EMAIL}",
    "ask dr. {SURNAME} if i can take the aspirin",
    "dr {LASTFIRST} is my pcp now",
    "my daughter {NAME} signed the hipaa form on {DATE}",
    "grandpa {FIRST} turns {AGEN} on {MD}!! 🎂",
    "abuela is {AGE} 😭 she wont eat anything",
    "tita {FIRST} works at the hospital so she'll bring the forms",
    "lola {FIRST} {SURNAME} needs the tagalog interpreter, she is {AGEN}",
    "salamat po, this is {FIRST}, my lola is better",
    "my vovó {FIRST} speaks portuguese only, can you call my cell {PHONE}",
    "obrigada, {FIRST}! the visit was good",
    "wah gwaan, its {FIRST}, mi granny {FIRST} {SURNAME} need her pressure pills",
    "mi deh {STREETLINE} {CITY}, tell di nurse",
    "zdravstvuyte, eto {FIRST} {SURNAME}, my mother is {AGEN}, need russian speaker",
    "спасибо {FIRST}, the interpreter was very good",
    "shalom, this is {NAME}, my husband {FIRST} needs his coumadin level",
    "sí, es {FIRST}, llame al {PHONE} despues de las 5",
    "mi correo es {EMAIL}, gracias mi amor",
    "my login is {USER} and it says locked",
    "tried from my work wifi {IP} and still locked",
    "my old username was {USER}, now im {USER}",
    "imei of the cardiac monitor phone {IMEI}, it wont pair",
    "the heart monitor serial {DEVICE} fell in the pool 🤦",
    "loop recorder {DEVICE} app says no connection since {MD}",
    "gofundme for my dad after the storm {URL}",
    "my daughter posted the link {URL} can the hospital share",
    "here is my facebook {URL} if easier",
    "my a number is {ANUM} for the free clinic form",
    "green card a# {ANUM}, they asked at registration",
    "my car vin {VIN} for the handicap placard",
    "i paid {MD} with card ending 4411, account {ACCOUNT}",
    "the case number you gave me was {OTHER}",
    "i want my records from {LONGDATE} to now",
    "my last visit was {DATE} i think",
    "appt is {WKDAY} {MD} at {CLOCK} right",
    "is it ok if {FIRST} comes with me {DAYTH}",
    "i can do the {DAYTH} in the morning",
    "surgery was {MONYEAR}, the doctor was {DOC}",
    "{FIRST} {SURNAME} and {FIRST} {SURNAME} are my parents, both {AGEN}",
    "we are {SURNAME} family in {CITY}, three of us need the covid shot",
    "the {SURNAME}s next door took me to the ER",
    "{SURNAME} is my last name, {FIRST} first name",
    "my name is spelled {NAMEUP}",
    "last name {LNUP} first {FNUP}",
    "its {LNLOW} {FNLOW}, all lowercase in the system",
    "you have my mom as {NAMEUP} but its {NAME}",
    "my step dad {NAME} has power of attorney, his cell {PHONE}",
    "who is {NAME}? i got their bill in my mail at {STREETLINE}",
    "i think you sent my results to {NAME} by mistake",
    "the ambulance took my brother {FIRST} to the hospital on {ROAD}",
    "pick me up at {CROSS} by the bus stop",
    "i'm at the rv park, {LOT}, {CITY}, site has power",
    "{LOT} {CITY} {STATE} {ZIP}",
    "our winter place: {VILLA}, {CITY} {ZIP}. summer: {STREETLINE}, {NCITY}",
    "we drive down from {NCITY} in november, the florida address is {STREET}",
    "my son {FIRST} will be in {CITY} at {STREET} if you need somebody",
    "my ex {FIRST} is not allowed to get info about me or my kids",
    "my caseworker {FIRST} {SURNAME} from dcf said call here",
    "social worker {NAME} gave me this number",
    "i need a letter for my landlord {NAME} about my disability",
    "landlord at {STREETLINE} is {FIRST} {SURNAME}, he wont fix the ac and my asthma is bad",
    "my employer {SURNAME} nursery needs a note for {MD}",
    "this is {FIRST} at the church food pantry, one of ours {NAME} needs a ride",
    "pastor {FIRST} {SURNAME} is bringing my mom on {WKDAY}",
    "sister {FIRST} from the parish visits her, you can talk to her",
    "coach {SURNAME} says my son needs a physical by {MD}",
    "uncle {FIRST}'s wife {FIRST} is the one who drives",
    "i'm {FIRST}'s daughter, {FIRST} is in the icu",
    "my padrino {FIRST} {SURNAME} paid the bill, receipt {OTHER}",
    "this is for my madrina {NAME}, dob {DATE}",
    "primo {FIRST} has my insurance card, member {PLAN}",
    "my mother in law {LASTFIRST} lives with us at {STREETLINE}",
    "send it to {STREETLINE} {UNIT}, not the po box",
    "my address is {POBOX} but i live at {ROAD}",
    "change address pls: {STREETUP} {CITYUP} {STATE} {ZIP}",
    "ZIP is {ZIP} not the old one",
    "we at {STREETLINE}\n{CITY} {ZIP}",
    "the efficiency behind {STREETLINE} thats us",
    "{FIRST} again lol sorry for all the texts",
    "ok thank u {FIRST} have a blessed day",
    "gracias {FIRST}! saludos a la doctora {SURNAME}",
    "nurse {FIRST} you the best 💯",
    "take care {FIRST}, see you {WKDAY}",
    "this is {NAME}\nmy number changed\n{PHONE}",
    "hi {FIRST} {SURNAME} here, i have a question about my bill",
    "hey {FIRST} it's {FIRST} from the clinic group chat",
    # Messages with identifiers but nobody named
    "new address: {STREET}, {CITY} {ZIP}",
    "we moved, its {GRID} {UNIT} now",
    "can the van pick me up at {CROSS} instead of home",
    "im at the shelter now, the old address {STREETLINE} has no power",
    "my dob is {DATE} and i cant log in to the portal",
    "born {USDATE}, mrn {MRN}, need my echo results",
    "mi fecha de nacimiento es {DATE}",
    "mi dirección es {STREETLINE} apto 4, {CITY}",
    "adrès mwen se {STREETLINE}, {CITY} {ZIP}",
    "meu endereço é {STREET}, {CITY}",
    "text me at {PHONE} not the house phone",
    "whatsapp {E164} please, no minutes on my phone",
    "call back {PHONE} after 6",
    "fax it to {FAX} the doctor up north",
    "send the bill to {POBOX} {CITY} {STATE} {ZIP}",
    "we are at {LOT} until the end of march",
    "winter address {VILLA}, {CITY} {ZIP4}",
    "summer address {STREETLINE}, {NCITY} {POSTAL}",
    "medicare {MBI} and medicaid {MEDICAID}, which one do i use",
    "my ssn {SSN}, my a number {ANUM}",
    "account {ACCOUNT} says i owe 250 but i paid {MD}",
    "rx {OTHER} still says pending since {WKDAY}",
    "monitor serial {DEVICE} blinking red since {MD}",
    "tag {PLATE} got towed from the clinic lot",
    "the portal says user {USER} doesnt exist",
    "i'm {AGEN} years old, do i still need the colonoscopy",
    "appointment was {LONGDATE}, i never got the results",
    "can i come {WKDAY} the {DAYTH} at {CLOCK}",
    "we stay off {ROAD} in {CITY}, no number on the house",
    "the trailer is the 3rd one on {ROAD}, gate is open",
]

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|SFSN|CLOVERLEAF|HH|{HLTS}||ADT^A04|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^SFSN^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^SFSN^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}||{PHONE}|||S||{ACCOUNT}",
    "PID|1||{MRN}^^^CARDIO^MR||{SURNAME}^{FIRST}^^^^^L~{NICK}^^^^^^N||{HLDATE}|F|||{VILLA}^^{CITY}^{STATE}^{ZIP}^^H~{STREETLINE}^^{NCITY}^ON^{POSTAL}^CAN^C",
    "PID|1||{MRN}||{LNUP}^{FNUP}^^^^^L||{HLDATE}|M|||{LOT}^^{CITY}^{STATE}^{ZIP}||{PHONE}^PRN^PH~{EMAIL}^NET^Internet",
    "PID|1||{MRN}^^^FREECL^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{POBOX}^^{CITYUP}^{STATE}^{ZIP4}",
    "NK1|1|{LNUP}^{FNUP}|DAU^Daughter|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|SPO^Spouse|||{PHONE}||EC",
    "NK1|1|{LNUP}^{FNUP}^{MIDUP}|SON|{GRID}^{UNIT}^{CITY}^{STATE}^{ZIP}|{E164}|||||||||||||||||||||||||||{INTLPHONE}",
    "IN1|1|MCR|MEDICARE|MEDICARE PART B|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MBI}",
    "IN1|1|FLMCD|SMMC|SUNSHINE MMA|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}||||||||||||||||||||{MEDICAID}",
    "IN1|2|COMM|BCBSFL|FLORIDA BLUE||||GRP{OTHER}|||||||{LNUP}^{FNUP}^{MIDUP}|SPO|{HLDATE}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{PLAN}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|F||SEL|{SSN}",
    "GT1|1||{SURNAME}^{FIRST}||{RURAL}^^{CITY}^{STATE}^{ZIP}|{PHONE}|||||FTH",
    "PV1|1|I|4W^412^B^SFSN||||{NPI}^{LNUP}^{FNUP}^^^DR|{NPI}^{SURNAME}^{FIRST}|||CAR||||7|||{NPI}^{LNUP}^{FNUP}|IN|{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "PV1|1|O|HH^^^HOMEHEALTH||||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^RN||||||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}|{HLTS}",
    "OBX|4|TX|NOTE||Shelter census: pt relocated to {STREETLINE} per daughter {LNUP}^{FNUP}||||||F|||{HLTS}",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "MRG|{MRN}^^^SFSN^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-listener[{PIDN}]: ACK AE MSH-10={OTHER} err='PID-11 zip {ZIP} not valid for {CITYUP}'",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","name":[{{"use":"official","family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}},{{"use":"nickname","given":["{NICK}"]}}],"gender":"female"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{E164}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"use":"home","line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"Patient","address":[{{"use":"temp","line":["{VILLA}"],"city":"{CITY}","postalCode":"{ZIP}","period":{{"start":"{ISODATE}"}}}},{{"use":"home","line":["{STREETLINE}"],"city":"{NCITY}","state":"ON","postalCode":"{POSTAL}","country":"CA"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"relationship":[{{"text":"granddaughter"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{MBI}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","subject":{{"reference":"Patient/{MRN}","display":"{LASTFIRST}"}},"period":{{"start":"{TS}"}},"location":[{{"location":{{"display":"Special Needs Shelter B"}}}}]}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"display":"{NAME}"}},"deviceName":[{{"name":"implantable loop recorder"}}]}}',
    '{{"resourceType":"MedicationDispense","subject":{{"reference":"Patient/{PTUUID}"}},"whenHandedOver":"{TS}","receiver":[{{"display":"{NAME}"}}],"destination":{{"display":"{STREET}"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "fhir-proxy WARN search returned 4 matches for name={NAMEQ}&address-postalcode={ZIP}",
    # Web servers
    '{IP} - - [{CLFDATE}] "GET /portal/appointments?patient={FNLOW}.{LNLOW}&dob={ISODATE} HTTP/1.1" {STATUS} 1832 "-" "Mozilla/5.0 (iPhone)"',
    '{IP} - {USER} [{CLFDATE}] "POST /api/v2/address?line1={STREETLINE}&city={CITY}&zip={ZIP} HTTP/2.0" {STATUS} 211',
    '{IP} - - [{CLFDATE}] "GET /refill/status?rx={OTHER}&phone={E164} HTTP/1.1" {STATUS} 96 "-" "okhttp/4.9.3"',
    'nginx: {IP} "GET /search?q={NAMEQ}&loc={CITY} HTTP/1.1" {STATUS} rt={MS}ms uid={USER}',
    "[{CLFDATE}] apache2: client {IP} AH01630: client denied by server configuration: /var/www/uploads/{LNLOW}_{FNLOW}_{HLDATE}.pdf",
    'httpd access {IP} "GET /shelter/checkin?name={NAMEQ}&dob={USDATE} HTTP/1.1" {STATUS} {MS}',
    # key=value and JSON app events
    'ts={TS} level=info event=appt.booked patient="{NAME}" dob={ISODATE} clinic=cardiology-boca req={REQID}',
    "ts={TS} level=warn event=sms.failed to={E164} patient_id={MRN} reason=carrier_blocked",
    'ts={TS} level=info svc=homehealth event=visit.completed nurse="{DOC}" patient="{LASTFIRST}" addr="{STREET}" city={CITY} zip={ZIP}',
    'ts={TS} level=error svc=geocoder msg="no match" input="{CROSS}, {CITY}" req={REQID}',
    'ts={TS} svc=geocoder event=geocode.low_confidence address="{LOT}" city="{CITY}" score=0.41',
    'ts={TS} level=info svc=pharmacy event=rx.ready rx={OTHER} patient="{NAME}" store=1142 notify={PHONE}',
    "level=debug svc=portal event=login.failed username={USER} ip={IP} attempts=5 latency_ms={MS}",
    "level=info svc=portal event=email.changed old={EMAIL} new={EMAIL} by={USER}",
    '{{"ts":"{TS}","event":"intake.submitted","name":"{NAME}","dob":"{ISODATE}","ssn":"{SSN}","a_number":"{ANUM}","clinic":"free-clinic-westside"}}',
    '{{"ts":"{TS}","event":"address.changed","patient":"{MRN}","from":"{STREET}","to":"{STREETLINE}","city":"{CITY}","zip":"{ZIP4}"}}',
    '{{"ts":"{TS}","event":"shelter.checkin","name":"{NAMEUP}","age":"{AGEN}","needs":["oxygen","power"],"device":"{DEVICE}"}}',
    '{{"ts":"{TS}","level":"warn","event":"dup_patient","a":{{"name":"{LASTFIRST}","dob":"{USDATE}"}},"b":{{"name":"{LASTFIRST}","dob":"{USDATE}"}}}}',
    '{{"ts":"{TS}","event":"snowbird.address_switch","patient":"{MRN}","winter":"{VILLA}","summer":"{STREETLINE}, {NCITY}"}}',
    '{{"ts":"{TS}","event":"remote_monitor.alert","device_serial":"{DEVICE}","patient":"{NAME}","hr":38,"callback":"{PHONE}"}}',
    '{{"ts":"{TS}","event":"plate.scan","plate":"{PLATE}","vin":"{VIN}","lot":"garage-b"}}',
    '{{"ts":"{TS}","event":"consent.signed","signer":"{NAME}","relationship":"daughter","ip":"{IP}"}}',
    '{{"ts":"{TS}","event":"gofundme.link_attached","patient":"{MRN}","url":"{URL}"}}',
    # Stack traces
    'Traceback (most recent call last):\n  File "/srv/intake/normalize.py", line 88, in parse_address\n    raise AddressError(f"unparseable: {{raw!r}}")\nAddressError: unparseable: \'{ROAD} by the church, {CITY}\'',
    'Traceback (most recent call last):\n  File "/srv/portal/views.py", line 214, in match_patient\nValueError: dob {USDATE} does not match {MRN} for {NAME}',
    "KeyError: 'postal_code' while processing patient {LASTFIRST} ({MRN}) at {STREETLINE}",
    'java.lang.IllegalArgumentException: Invalid phone "{PHONE}" for contact {NAME}\n\tat org.sfsn.contact.PhoneValidator.check(PhoneValidator.java:57)',
    "com.sfsn.hh.SchedulingException: nurse {DOC} has overlapping visits at {STREETLINE} and {LOT}\n\tat com.sfsn.hh.Router.plan(Router.java:212)",
    "org.hibernate.exception.ConstraintViolationException: duplicate key (ssn)=({SSN}) for {LNUP}, {FNUP}",
    # SQL
    'ERROR:  duplicate key value violates unique constraint "patient_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    'ERROR:  null value in column "zip" violates not-null constraint\nDETAIL:  Failing row contains ({MRN}, {FIRST}, {SURNAME}, {STREETLINE}, {CITY}, null).',
    "SELECT * FROM patients WHERE last_name = '{SURNAME}' AND first_name = '{FIRST}' AND dob = '{ISODATE}'; -- slow {MS}ms",
    "UPDATE addresses SET line1='{STREETLINE}', city='{CITY}', zip='{ZIP}' WHERE mrn='{MRN}';",
    "INSERT INTO shelter_roster (name, age, phone) VALUES ('{NAME}', {AGEN}, '{PHONE}');",
    "psycopg2.errors.UniqueViolation: Key (medicaid_id)=({MEDICAID}) already exists for {LNUP},{FNUP}",
    # X12
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{MBI}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETLINE}*{UNIT}~N4*{CITY}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*M~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207RC0000X~",
    "NM1*85*2*SOUTH FLORIDA SAFETY NET HOSPITAL*****XX*{NPI}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~",
    "CLM*{ACCOUNT}*1840***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~HI*ABK:I480*ABF:I110~",
    "270 out: NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~DMG*D8*{HLDATE}~DTP*291*D8*{HLDATE}~",
    "271 in: EB*1*IND*30**MEDICARE PART A~NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{MBI}~",
    "SBR*P*18*******MB~NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~N3*{POBOX}~N4*{CITYUP}*{STATE}*{ZIP}~",
    # Fax server and IVR
    'faxd[{PIDN}]: RECV from {FAX} pages=6 csid="CARDIO OF BOCA" file=/var/spool/fax/in/{HLTS}_{LNLOW}.tif',
    'faxd[{PIDN}]: SEND to {FAX} job={OTHER} status=busy retry=3 subject="records {LASTFIRST}"',
    "hylafax: job {PIDN} to {FAX} completed; cover sheet attn {NAME}",
    "ivr[{PIDN}] call from {E164} menu=refill lang=es dob_entered={HLDATE} match={MRN}",
    'ivr[{PIDN}] call from {PHONE} lang=ht caller said name="{NAME}" transcript_conf=0.62',
    "ivr: outbound reminder to {E164} for {NAME} appt {TS} result=voicemail",
    'asterisk: CALLERID(name)="{NAMEUP}" CALLERID(num)={E164} queue={QUEUE} wait={MS}s',
    # CSV rows
    "{MRN},{LNUP},{FNUP},{USDATE},{STREETLINE},{CITY},{STATE},{ZIP},{PHONE}",
    '"{LASTFIRST}",{USDATE},{AGEN},"{LOT}",{CITY},{ZIP},{MBI}',
    "{ISODATE},{NAME},{E164},{EMAIL},cardiology,no-show",
    'shelter,{NAMEUP},{AGEN},{PHONE},"{STREET}",oxygen,{DEVICE}',
    "rx_id,patient,phone\n{OTHER},{LASTFIRST},{PHONE}",
    # File names
    "uploaded /scans/2024/{LNLOW}_{FNLOW}_{HLDATE}_id.jpg size=412883",
    "s3 put s3://sfsn-referrals/incoming/{LNUP}_{FNUP}_{MRN}.pdf ok",
    "watcher: new file /mnt/fax/inbound/{HLDATE}-{LNLOW}-holter.pdf",
    "export written: /reports/hh/visits_{ISODATE}_{USER}.csv rows=88",
    # Kafka and queues
    'kafka consumer topic={QUEUE} partition=3 offset={OFFSET} key={MRN} value={{"name":"{NAME}","phone":"{PHONE}"}}',
    'kafka producer topic=adt.inbound key={MRN} payload={{"pid5":"{LNUP}^{FNUP}","pid7":"{HLDATE}","pid11":"{STREETLINE}^^{CITY}^{STATE}^{ZIP}"}}',
    "rabbitmq: nack queue={QUEUE} msg_id={REQID} body='refill for {NAME} to {STREETLINE}'",
    'sqs receive queue={QUEUE} body={{"patient":"{LASTFIRST}","dob":"{ISODATE}","shelter":"Shelter 14"}}',
    'celery[{PIDN}]: Task hh.route_day[{REQID}] failed: no geocode for "{ROAD}, {CITY}"',
    "worker: sent push to device {IMEI} for user {USER}",
    "mdm: device {MAC} assigned to nurse {DOC} last_seen={TS}",
    'audit user={USER} action=view_chart mrn={MRN} patient="{NAME}" ip={IP} at={TS}',
    'audit user={USER} action=print_label patient="{NAMEUP}" address="{STREETUP}"',
    "ldap bind ok uid={USER} mail={STAFFEMAIL} from {IP}",
    "sso: assertion for {STAFFEMAIL} nameid={USER} at {TS}",
    'dl-scan: license={DL} name="{LNUP},{FNUP}" dob={HLDATE} addr="{STREETUP}"',
    'uscis-verify: a_number={ANUM} result=pending name="{LASTFIRST}"',
]

NOTES = [
    # HPI
    "HPI: {NAME} is a {AGE} y/o snowbird from {NCITY} with HFrEF (EF 30%) seen {DATE} for 3 kg weight gain since arriving in Florida.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, presents with palpitations x2 days. Lives at {VILLA} with wife {FIRST}; drives a golf cart.",
    "HPI: {FIRST} {SURNAME} is a farmworker from {CITY} brought by his crew leader {NAME} after syncope in a tomato field on {MD}.",
    "HPI: Mrs. {SURNAME} is a pleasant {AGE}-year-old woman, Creole-speaking, accompanied by her son {FIRST}, who interprets.",
    "HPI: {NAME}, {AGEN} yo M, evacuated from {LOT} to the special needs shelter on {DATE}; ran out of furosemide.",
    "HPI: 34F G3P2 at 31 weeks, {NAME}, uninsured, seen at the free clinic on {DATE}; works at a plant nursery near {CITY}.",
    "HPI: Pt is a {AGE} y/o retired teacher ({LASTFIRST}) with AF on apixaban, here for a fall on the lanai on {MD}.",
    "HPI: {NAME} presents with chest pain that began {WKDAY} {MD} at {CLOCK} while fishing off the pier.",
    # A/P
    "A/P: NYHA III HFrEF. Increase furosemide to 40 mg bid. Daily weights. F/u {MD} with {DOC}, MD.",
    "A/P: Paroxysmal AF, CHA2DS2-VASc 5. Continue apixaban 5 mg bid. Loop recorder {DEVICE} interrogated, no pauses.",
    "A/P: Heat exhaustion, resolved with IV fluids. Note for employer {SURNAME} Farms: no field work until {MD}.",
    "A/P: Uncontrolled DM2, A1c 11.2%. Start basal insulin. Patient's daughter {FIRST} will help with injections at {STREET}.",
    "Assessment and plan discussed with patient and her husband {FIRST} {SURNAME}, who agree. -- {DOC}, NP",
    # SOAP
    "S: 'mi corazón se acelera' per pt {NAME}. O: HR 132 irregular, BP 128/76. A: AF with RVR. P: diltiazem, ED precautions.",
    "S: Pt {FIRST} reports swelling x1 wk. O: 2+ pitting edema. A: CHF exacerbation. P: see plan. Seen at home, {STREETLINE}, {CITY}.",
    "SOAP {DATE}. S: {LASTFIRST} c/o dizziness. O: orthostatic. A: over-diuresis. P: hold HCTZ. Signed {DOC}, PA-C.",
    "S: Daughter {NAME} reports mother ({AGEN} y/o) confused since {MD}. O: afebrile. A: r/o UTI. P: UA, CBC.",
    # SBAR and handoffs
    "SBAR. S: {NAME} in 4W-12 with new AF. B: CABG {MONYEAR}. A: HR 140s. R: call {DOC} for rate control.",
    "SBAR to on-call: S: {LASTFIRST}, {AGEN} y/o, fell at {LOT}. B: on warfarin. A: INR 4.1. R: CT head, hold warfarin.",
    "Handoff to {FIRST} RN: pt {SURNAME} rm 508, NPO after midnight, wife {FIRST} at bedside, call {PHONE} with updates.",
    "Handoff: {INITS} bed 3, post-cath right radial, TR band off at {CLOCK}. Son {FIRST} is POA.",
    "I-PASS: {NAME}, illness severity watcher; Haitian Creole interpreter needed; contingency: call {DOC}.",
    # Phone notes
    "Phone note {DATE}: Spoke with {NAME} at {PHONE} re: Holter results. Pt verified DOB {USDATE}.",
    "Phone note: Daughter {FIRST} {SURNAME} ({PHONE}) called; patient moved to {STREET}, {CITY} {ZIP} after the storm.",
    "Returned call to {E164}; left VM for {FIRST} per HIPAA form on file dated {DATE}.",
    "TC from pt's neighbor {NAME} reporting pt not answering door at {STREETLINE}; wellness check requested via sheriff.",
    "Phone call with Mr. {SURNAME} ({AGEN} yo), hard of hearing; spoke through his granddaughter {FIRST}.",
    "Pt called from shelter landline {PHONE}; states her medications were left at {LOT}.",
    # Referral letters
    "Dear Dr. {SURNAME},\nThank you for seeing {NAME} (DOB {DATE}) for evaluation of severe aortic stenosis.",
    "Re: {LASTFIRST}, MRN {MRN}. I am referring this {AGE}-year-old man to electrophysiology for ablation.",
    "Referral to {DOC}, MD, Cardiothoracic Surgery, {STREETLINE}, {CITY}, {STATE} {ZIP}. Fax {FAX}.",
    "Sincerely,\n{DOC}, MD, FACC\ncc: {DOC}, MD (PCP); patient",
    "cc: {NAME}, ARNP; {DOC}, MD",
    "Please send records to the patient's northern cardiologist, Dr. {SURNAME}, fax {FAX}, in {NCITY}, Ontario {POSTAL}.",
    # Social work
    "SW: Met with pt {NAME} and partner {FIRST}. Housing unstable since hurricane; currently at motel, {STREETLINE} Rm 14.",
    "SW: Pt undocumented; A# {ANUM} per pt. Referred to free clinic and to legal aid. Contact: sister {FIRST}, {PHONE}.",
    "SW note: FEMA registration {OTHER}; temporary address {STREET}, {CITY} {ZIP}. Landlord {NAME} not returning calls.",
    "SW: Caregiver strain. Wife {FIRST} ({AGE} y/o) caring for pt alone at {VILLA}. Adult children in {NCITY}.",
    "SW: Pt lives in a camper on {ROAD}, no running water. Eligible for farmworker housing; case {OTHER}.",
    "Social history: Lives with daughter {NAME} at {STREETLINE}. Former sponge diver. Quit smoking 1998.",
    "Social hx: Retired from the post office in {NCITY}; winters at {LOT}, {CITY}. Widower since {MONYEAR}.",
    "Emergency contact: {NAME} (son) {PHONE}; alternate {NAME} (niece) {INTLPHONE}.",
    # Pharmacy
    "Pharmacy: Apixaban dose reviewed for {NAME}, age {AGEN}, wt 58 kg, Cr 1.6 -> reduce to 2.5 mg bid. {DOC}, PharmD",
    "Rx transfer from store 2231 to store 4410 for {LASTFIRST}, DOB {USDATE}, rx {OTHER}.",
    "Prior auth submitted for sacubitril/valsartan, member {PLAN}, prescriber NPI {NPI}.",
    "Pharmacist counselled {FIRST} {SURNAME} in Spanish on warfarin diet; daughter {FIRST} present.",
    "Controlled substance dispensed to {NAME}, ID {DL}, prescriber DEA {DEA}.",
    "Med rec: patient brought bag from shelter; pill bottles labelled for {NAME} at {STREETLINE}.",
    # Home health
    "HH visit {DATE} at {STREET}, {CITY}. Pt {NAME} ambulating with walker. Wound 2x1 cm, clean. Next visit {WKDAY}.",
    "Home health SOC: {LASTFIRST}, {AGEN} y/o. Address {LOT}, {CITY} {ZIP}. Gate code given by daughter {FIRST}.",
    "OASIS: pt lives alone at {VILLA}; neighbor {NAME} checks daily. Homebound: yes.",
    "HH aide {FIRST} reports pt's oxygen concentrator {DEVICE} alarming; vendor notified.",
    "Nurse {DOC} unable to complete visit; road flooded at {CROSS}.",
    "Visit moved to the daughter's home at {GRID}, {CITY}, per family request.",
    # Discharge
    "Discharge summary: {NAME}, MRN {MRN}. Admitted {DATE}, discharged {DATE}. Dx: NSTEMI s/p PCI to LAD.",
    "Discharged to home at {STREETLINE} {UNIT}, {CITY}, {STATE} {ZIP} with home health; wife {FIRST} to assist.",
    "Discharged to {LOT}, {CITY}. Follow-up with {DOC}, MD on {MD}. Remote monitor {DEVICE} activated.",
    "D/C instructions reviewed with pt and granddaughter {FIRST} {SURNAME} in Spanish via interpreter.",
    "Disposition: SNF. Pt {AGEN} y/o; HCS {NAME} ({PHONE}) agrees.",
    # Signatures, dictation, interpreters
    "Dictated by: {DOC}, MD\nTranscribed by: {INITS}\nD: {DATE} T: {DATE}",
    "Electronically signed by {DOC}, MD on {TS}",
    "Signed: {DOC}, RN, BSN {LICENSE}",
    "{DOC}, LCSW\nPager 4412",
    "Interpreter: {NAME}, Haitian Creole, ID {OTHER}, present for entire visit.",
    "Interpreter {FIRST} (Spanish, badge {OTHER}) via video.",
    "Portuguese interpreter {NAME} by phone; call started {CLOCK}.",
    "Q'anjob'al interpreter {FIRST} {SURNAME} via relay from Spanish.",
    "Attending: {DOC}. Fellow: {DOC}. Resident: {DOC}.",
    "Note co-signed by {DOC}, MD; scribe {INITS}.",
    # Registration, billing and misc
    "Registration: {NAMEUP}, DOB {USDATE}, SSN {SSN}, address {STREETUP}, {CITYUP}, {STATE} {ZIP}.",
    "Patient name corrected from {NAMEUP} to {NAME} per Social Security card.",
    "Alias: {NICK}. Preferred name {FIRST}. Legal name {LASTFIRST}.",
    "Guarantor: {NAME}, relationship spouse, {PHONE}, account {ACCOUNT}.",
    "Medicare {MBI}; secondary Medicaid {MEDICAID}.",
    "Self-pay; free clinic sliding scale A. Address {POBOX}, {CITY} {ZIP}.",
    "Two addresses on file: winter {VILLA}, {CITY} {ZIP}; summer {STREETLINE}, {NCITY} {POSTAL}.",
    "Mailing {POBOX}, {CITY} {STATE} {ZIP4}; physical {RURAL}.",
    "Patient stays with cousin on {ROAD} in {CITY}; no house number known.",
    "Pt lives at the corner of {CROSS}, apartment above the bakery.",
    "Vehicle: plate {PLATE}, VIN {VIN}, for disability placard application.",
    "Portal: username {USER}, email {EMAIL}; reset link sent {TS}.",
    "Device: ICD serial {DEVICE}, implanted {DATE} by {DOC}.",
    "Pacemaker check {DATE}: battery 7.2 yrs; pt {NAME} {AGEN} y/o.",
    "Holter returned by {FIRST} {WLAST} on {MD}; data uploaded.",
    "Pt is {WNAME}; verified with two identifiers.",
    "{WFIRST} {SURNAME} seen with her aunt; aunt asked that results go to {EMAIL}.",
    "Spoke with Mr. {WLAST}'s daughter about code status; full code.",
    "Pt's wife ({FIRST}) and daughter ({FIRST}) present; son {FIRST} on speakerphone from {NCITY}.",
    "Pt known to staff as '{NICK}'; legal name {NAME}.",
    "Family: husband {FIRST} & daughter {FIRST} {SURNAME}.",
    "Chaplain {NAME} visited at family's request.",
    "Pastor {SURNAME} from the family's church called at {CLOCK} asking for update; no info given.",
    "Hurricane plan reviewed: will evacuate to son's home at {STREET}, {CITY}.",
    "Shelter medical team note: {NAME}, cot 44, {AGEN} y/o, on home O2, concentrator {DEVICE}.",
    "Left AMA on {DATE} at {CLOCK}; risks explained to pt and to his brother {FIRST}.",
    "Death pronounced {TS} by {DOC}, MD; family ({NAME}) notified.",
    "Autopsy declined by next of kin {NAME}.",
    "Coroner case {OTHER}; decedent {LASTFIRST}, last known address {STREET}.",
    "Advance directive on file dated {DATE}; HCS {NAME}, alternate {NAME}.",
    "POLST signed {LONGDATE}; witnessed by {DOC}.",
    "Research consent: {NAME} enrolled {DATE}, study ID {OTHER}.",
    "Transport: Pt picked up at {STREETLINE} by wheelchair van {PLATE} at {CLOCK}.",
    "Telehealth visit; pt at {STREET}, {CITY} {STATE}; IP {IP}.",
    "Left message at {PHONE} for {NAME} re: missed appointment {MD}.",
    "Letter mailed to {NAME}, {STREETLINE}, {CITY}, {STATE} {ZIPNINE}.",
    "Records released to {NAME}, attorney, {STAFFEMAIL}, per signed request dated {DATE}.",
    "Pt requests that no information be given to ex-husband {NAME}.",
    "Newborn: Baby Girl {SURNAME}, born {TS}, mother {NAME}, MRN {MRN}.",
    "Twins {FIRST} and {FIRST} {SURNAME}, DOB {DATE}, seen for WCC.",
    "School form for {FIRST} {SURNAME}, DOB {USDATE}, faxed to school nurse at {FAX}.",
]

# Lines with no PHI at all, full of what looks like it: vitals, doses, lab values, codes,
# eponyms, ages under 90, weekdays, years alone, durations, drug names, clinic names, and the
# words of WORD_GIVEN, WORD_FAMILY and the street pool in their ordinary sense.
_PHI_FREE_CHAT = [
    "my sugar was 212 this morning and 140 after lunch",
    "took 2 tylenol at 3pm, still hurts",
    "is it ok to take ibuprofen with the eliquis",
    "the home health nurse comes monday wednesday friday right",
    "i fell asleep in the hammock and woke up with my ankle swollen",
    "got bit by sandspur stickers in the yard, can they get infected",
    "the hurricane shutter fell on my foot on saturday",
    "we put up the sunshade but i still got dizzy in the heat",
    "cut my hand on a spatula, bleeding stopped after 10 min",
    "ate cobia and hogfish at the fish fry, now my stomach hurts",
    "is stone crab ok with my gout",
    "the louver on the window is broken and the ac leaks",
    "the jalousie windows let the mold in, my asthma is worse",
    "slipped on the wet terrazzo floor, hip hurts",
    "the stucco dust makes me cough",
    "went to the cabana by the pool, got a sunburn",
    "my fishing tackle hook went into my thumb",
    "swallowed a sinker? no its my grandson, he is 3, he is fine now",
    "the bobber hit my eye while casting",
    "hit my shin on the oarlock getting in the boat",
    "fell over the gunwale, bruised ribs",
    "cleat on the dock cut my foot",
    "we saw the rookery of egrets on the walk, i walked 2 miles",
    "there is a sinkhole on the road, can the van still come",
    "the limerock driveway kicks up dust and i sneeze",
    "my shoes got stuck in the muck at the farm",
    "a sundew plant in my garden, is it poisonous to dogs",
    "the bromeliad water had mosquitoes, worried about dengue",
    "sea breeze is nice but my breathing is still bad",
    "is passionflower tea ok with my blood pressure pills",
    "i planted firebush for the butterflies, got stung by a wasp",
    "the hummock trail was 3 miles, my knees hurt after",
    "ate mamey and boniato for dinner, is that ok for diabetes",
    "yuca and malanga have a lot of carbs right",
    "chayote soup for my kidney diet is ok?",
    "sapodilla and soursop juice, too much sugar?",
    "mahogany furniture polish smell gives me headache",
    "the outrigger canoe club does exercise on tuesday",
    "my grandma is 88 and still walks every day",
    "he is 67 and started dialysis in 2021",
    "i am 54 and had a heart attack last year",
    "we go back north in april and come down in november",
    "the ac was out for 3 days after the storm",
    "power been out since thursday, my insulin is in a cooler",
    "how long can insulin stay out of the fridge, it's 95 degrees",
    "the mosquitos are bad this year, got 30 bites",
    "is it normal my pressure is 150/95 after coffee",
    "my heart rate was 48 on the watch while sleeping",
    "i walked 18 holes of golf, is that too much after the stent",
    "can i drive the golf cart 2 weeks after the pacemaker",
    "need a refill of metoprolol 25 mg twice a day",
    "i missed 2 doses of my eliquis",
    "my inr was 3.8 at the pharmacy check",
    "the free clinic is open tuesday evenings right",
    "is the pharmacy open on sunday",
    "how long do i fast for the cholesterol test, 8 or 12 hours",
    "tengo dolor de pecho desde ayer en la noche",
    "la presión me salió 160/100",
    "mwen gen tèt fè mal depi 3 jou",
    "tansyon mwen wo, 170 sou 100",
    "estou com falta de ar quando subo escada",
    "mi pie está hinchado desde el lunes",
    "my stent was in 2019, the second one in 2022",
    "the cardiology office in the medical plaza moved to the 3rd floor",
    "do i need the rsv shot if i am 72",
    "the red tide makes me cough every october",
    "the keys are beautiful but the drive wore me out",
    "we had the whole family over for noche buena, 25 people",
    "i used the sauna at the gym for 20 minutes, felt faint",
]  # fmt: skip
_PHI_FREE_NOTE = [
    "BP 146/88, HR 62, RR 18, SpO2 94% on 2 L NC, temp 98.4 F",
    "Weight 91.3 kg (up 2.8 kg from last visit), BMI 33.1",
    "EF 30-35% by TTE; moderate MR; RVSP 48 mmHg",
    "NT-proBNP 4,820 pg/mL; troponin I 0.03 ng/mL",
    "INR 2.6 on warfarin 5 mg daily except 2.5 mg Mon/Fri",
    "Na 131, K 5.3, Cr 1.8, eGFR 36, BUN 41",
    "A1c 9.4%, LDL 118 mg/dL, HDL 38 mg/dL, TG 260 mg/dL",
    "ECG: AF with RVR at 128, LBBB, QTc 486 ms",
    "Holter 48 h: 14% AF burden, longest pause 3.2 s",
    "Dx: I50.22, I48.91, E11.65, N18.32",
    "CPT 93306 echo; 93000 ECG; 99215",
    "LOINC 33762-6 NT-proBNP; LOINC 6301-6 INR",
    "NDC 0003-0894-21 apixaban 5 mg tablets",
    "Start sacubitril/valsartan 24/26 mg bid",
    "Furosemide 40 mg po bid; spironolactone 25 mg daily",
    "Metoprolol succinate 50 mg daily; atorvastatin 80 mg qhs",
    "Empagliflozin 10 mg daily; hold if poor oral intake",
    "Amiodarone 200 mg daily after 400 mg bid x 2 weeks",
    "Heat exhaustion: 2 L NS given, Cr 1.9 -> 1.2",
    "Graves disease on methimazole 10 mg daily",
    "Parkinson's disease with orthostatic hypotension on midodrine",
    "History of Chagas cardiomyopathy; Wolff-Parkinson-White ablated 2008",
    "Hansen's disease treated in childhood; no active lesions",
    "Cushing's syndrome ruled out; dexamethasone suppression normal",
    "Raynaud's phenomenon; Sjogren's syndrome on hydroxychloroquine",
    "Bell's palsy 2016, resolved",
    "Dengue fever 2019, no sequelae",
    "Vibrio vulnificus wound infection risk counselled; avoid brackish water with open wounds",
    "Ciguatera symptoms after reef fish; supportive care",
    "Pt is 84, ambulates with rollator, lives in a one-story home",
    "62 yo M, former roofer, 40 pack-years",
    "79 yo F with severe AS, TAVR candidate",
    "Follow up in 2 weeks; labs on Monday",
    "Return in 3 months or sooner if symptoms worsen",
    "Symptoms began in 2020 and worsened over the summer",
    "Admitted for 4 days; discharged on hospital day 5",
    "NPO after midnight; hold metformin 48 h post contrast",
    "Cath lab: 90% proximal LAD, DES x1, TIMI 3 flow",
    "TR band removed at 2 h; radial pulse 2+",
    "Pacemaker: DDD 60-130, RA 18%, RV 3%, battery 9 years",
    "ICD shock x1 for VF; no further events",
    "Loop recorder: no AF detected in 30 days",
    "Wound 3.0 x 1.5 x 0.4 cm, granulating, no odor",
    "Braden 14, Morse fall 55, PHQ-9 score 11",
    "MMSE 22/30; CAM negative",
    "Hurricane preparedness: 30-day medication supply, generator, cooler for insulin",
    "Special needs shelter criteria reviewed: oxygen, dialysis, ventilator",
    "Interpreter used: Haitian Creole, Spanish, Portuguese",
    "Q'anjob'al speaker; relay interpretation through Spanish",
    "Free clinic sliding scale category B",
    "Home health: skilled nursing 2w4, PT 1w4",
    "Hospice discussed; family wishes to continue treatment",
    "Code status: DNR/DNI; POLST on file",
    "Patient declines flu vaccine this season",
    "Education on low-sodium diet, 2 g sodium, 1.5 L fluid restriction",
    "Counselled on sun protection and hydration for field work",
    "Diet: avoid grapefruit with amiodarone",
    "Allergies: penicillin (hives), sulfa (rash), shellfish (anaphylaxis)",
    "Cardiac rehab phase II, 36 sessions",
    "Fall precautions; hip protectors; night light",
    "Sponge diving history; decompression illness 1985",
    "Lanai screen repair, no heat exposure on weekdays",
    "The hammock position helps his orthopnea, per family",
    "Stucco and terrazzo dust exposure at work; spirometry normal",
    "Cleat laceration repaired with 4-0 nylon, 5 sutures",
    "Fish hook removed from thumb with advance-and-cut technique",
    "Tackle box contained expired nitroglycerin, discarded",
    "Sinkhole damage to home; patient temporarily relocated, address unchanged per patient",
    "Muck fires in the Glades worsen COPD in the dry season",
    "Jalousie windows, mold exposure, recommend dehumidifier",
    "Shutters up; patient has generator for CPAP",
]  # fmt: skip
_PHI_FREE_LOG = [
    "INFO cache.hit key=formulary ttl=3600",
    "GET /healthz 200 2ms",
    '{"event": "model_loaded", "model": "clinic-slm", "took_ms": 1532}',
    "WARN slow query took_ms=812 table=appointment_slot",
    "worker=3 queue=default task=kb_reindex duration_s=14.2",
    'MSH|^~\\&|EPIC|SFSN|LAB|SFSN|||ACK^A01|1|P|2.5.1',
    "OBX|1|NM|33762-6^NT-proBNP^LN||4820|pg/mL|0-125|H|||F",
    "OBX|2|NM|6301-6^INR^LN||2.6||0.8-1.2|H|||F",
    "RXE|^^^^^R|00003-0894-21^APIXABAN 5MG TAB|||||||||||",
    '{"resourceType":"Observation","code":{"text":"heart rate"},"valueQuantity":{"value":62}}',
    '{"resourceType":"Medication","code":{"text":"furosemide 40 mg"}}',
    "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *",
    "GS*HC*SENDER*RECEIVER*1*1*X*005010X222A1~",
    "HI*ABK:I5022*ABF:I4891~",
    "SV1*HC:93306*450*UN*1***1~",
    "faxd: modem ttyS1 ready; 14400 bps",
    "ivr: menu=main option=2 lang=es duration_s=41",
    "kafka consumer lag topic=adt.inbound partition=2 lag=0",
    "celery beat: sending due task hh.nightly_route",
    "nginx: upstream timed out (110) while reading response header",
    "psycopg2.OperationalError: could not connect to server: Connection refused",
    "java.lang.OutOfMemoryError: Java heap space",
    "shelter.census total=212 oxygen=31 dialysis=4 generator=ok",
    "remote_monitor.batch processed=1840 alerts=12",
    "pharmacy.sync stores=118 duration_ms=9230",
    "weather.alert type=hurricane_watch region=south_florida",
    "GET /api/v1/clinics?specialty=cardiology 200 34ms",
    "ruff check: All checks passed!",
    "deploy: release 2024.11.3 rolled out to 4 pods",
    "cron: 02:00 nightly backup completed in 431s",
    "hl7: 1,204 messages processed, 3 NAKs",
    "x12: 837P batch 88 claims accepted",
    "csv import: 0 rows rejected",
    "s3 lifecycle: 1,992 objects transitioned to glacier",
    "Monday maintenance window 01:00-03:00",
    "disk usage 71% on /var/spool/fax",
]  # fmt: skip

PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG
