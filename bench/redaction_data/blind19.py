"""The "blind19" split: a nineteenth held-out judge set, written without looking at the engine,
its tests, its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read. tune22.py was not imported.

It models a Texas and Oklahoma health system: the Houston Medical Center and clinics in Gulfton,
Alief, the Fifth Ward and Pasadena, Dallas-Fort Worth, San Antonio, Austin, the Rio Grande Valley
colonias (McAllen, Brownsville, Harlingen), El Paso and the border, West Texas oil towns, Oklahoma
City, Tulsa and tribal clinics of the Cherokee, Choctaw, Chickasaw, Muscogee and other nations.
CHAT is patients and family typing on phones (lowercase, emoji, Spanish, Vietnamese, K'iche',
Igbo, Yoruba, Cajun French, Cherokee, Choctaw and Mvskoke greetings, kin words, sign-offs,
addresses as colonia lots, corners, farm roads and landmarks). LOGS is HL7 v2, FHIR JSON,
key=value and JSON events, web-server lines, tracebacks, SQL errors, X12, CSV rows, file paths,
queue payloads and audit lines. NOTES is HPI, A/P, SOAP, nursing, social work, case management,
pharmacy, dictation, tribal-clinic and refugee-screening notes with signatures and cc lines.

Names come from 19 origins, weighted: Tejano and Mexican (double surnames at times, Nahuatl
given names), Salvadoran and Honduran, Guatemalan K'iche', Vietnamese (family name first at
times), Igbo, Yoruba, Pakistani, Gujarati, Telugu, Afghan, Congolese, Black Houston families,
Cajun and Creole, West Texas oil-field families, Cherokee, Choctaw and Chickasaw, Muscogee,
Kiowa and Comanche, and German and Czech Texans of the Hill Country (tribal and Hill Country
origins borrow given names from the rural pool half the time). They come as "First Last",
"Last, First", "LAST,FIRST M", lowercase in query strings and file names, with initials,
generational suffixes and quoted nicknames, and one span per HL7, X12 and FHIR name part. About
one name in six has a family name that is an ordinary English word (WORD_FAMILY), and PHI_FREE
uses those words in their ordinary sense.

Overlap: no given name, family name, nickname, street name, colonia name or e-mail domain here
(folded to ASCII and lower case, word by word) is in values.py's pools (with the Faker names it
draws for both its splits), Faker's en_US first and last names, the text of templates.py, or the
words of every other module in templates.SPLIT_MODULES except blind19 and tune22 (collected by a
script, about 81,000 words). Every colliding entry was dropped; the final run reported zero
collisions. Exempt: generic address words (St, Rd, Blvd, FM, CR, Lot, Box, Colonia ...),
particles (de, la, el, los, las) and top-level domains, and the mailing-town pool CITIES, whose
real Texas and Oklahoma towns could not be kept apart from the other splits' words.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Father, pastor)
or credential (MD, RN, LCSW) and a possessive "'s" stay outside NAME; each HL7, X12 and FHIR name
component is its own NAME span; initials standing for a person are NAME; a weekday or clock time
beside a date stays outside DATE, while a whole ISO, HL7 or log timestamp is one DATE; a year,
month or weekday alone is not PHI; only ages over 89 are AGE_OVER_89 (digits, "ninety-two",
"noventa y dos", "93yo"); kin words (abuela, apa, tia, mamere, nonc, bà ngoại, anh, ammi, nani,
dadi, oma, opa, auntie, granny) are not names. New forms: a colonia address with no street
("Lot 12 Blk 3 <colonia>", "Colonia <colonia>") is one ADDRESS span; a rural route, HCR box, FM
or county road, PO box, a farm road named as where someone lives and a corner given as two
streets ("<street> and <street>") are each one ADDRESS span, while a landmark business (a
Stripes, a dollar store, a cotton gin) is literal; tribal citizenship, enrollment and CDIB
numbers, A-numbers, matricula consular numbers, TWIC card numbers and claim or case numbers are
OTHER_ID, while the nation's name is literal; Texas Medicaid, CHIP and SoonerCare ids are
HEALTH_PLAN_ID; Texas and Oklahoma driver and CDL licence numbers and NPIs are LICENSE_NUMBER;
Texas, Oklahoma and tribal plates and VINs are VEHICLE_ID; Mexican and Central American phone
numbers are PHONE. Organisations, nations, languages, drugs, eponyms, device models and facility
names are literal text. Filler slots (request ids, latencies, status codes, clock times, pids,
sizes, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "tejano": (10, [
        "Jaciel", "Maurilia", "Rumualda", "Adauto", "Yrene", "Yldefonso", "Ylario", "Yginio",
        "Ypolito", "Armandina", "Coatzin", "Nahui", "Yohali",
    ], [
        "Peralez", "Ynostroza", "Iruegas", "Nañez", "Arizpe", "Berlanga", "Espronceda", "Fuentez",
        "Uvalle", "Ximenez", "Fraustro", "Inda", "Ysassi", "Yturria", "Villafranca", "Ancira",
        "Chapoy", "Elguézabal", "Llanas", "Maltos", "Manchaca", "Navaira", "Ollervides", "Peñaflor",
        "Silguero", "Treviso", "Zuazua", "Ysaguirre", "Cervera", "Xochicale", "Tlaxcalteca",
    ]),
    "central_american": (4, [
        "Yovany", "Jolanny", "Eyda", "Keyli",
    ], [
        "Baide", "Tamacas", "Macu", "Canahuati", "Cantarero",
    ]),
    "kiche": (2, [
        "Tixik", "Kotz", "Ixbalanke", "Tzikin", "Junajpu", "Aqabal", "Ixq",
    ], [
        "Ixcaraguá", "Tzirin", "Ixtamer", "Cúmez",
    ]),
    "vietnamese": (3, [
        "Vân", "Yêu", "Sươi", "Uẩn",
    ], [
        "Lã", "Dư", "Ngưu", "Vạn", "Cổ", "Nhạc",
    ]),
    "igbo": (2, [
        "Chimdindu", "Chizitere", "Chigozirim", "Chukwubuike", "Chukwudalu", "Ifeanyibuike",
        "Uchedalu", "Ebereoma", "Chinaetu",
    ], [
        "Obiechina", "Enwerem", "Nwakolo", "Nwaezeigbo", "Nwaobodo", "Nwaugwumba", "Ezeanyika",
        "Ezeilo", "Ezeobodo", "Ezenwanne", "Okeibe", "Okenwa", "Ikwuakor", "Nwokedi", "Agwuncha",
        "Umeadi", "Onyejekwe", "Mbadiwe", "Ilechukwu",
    ]),
    "yoruba": (2, [
        "Oluyinka", "Olutosin", "Olufisayo", "Oluwumi", "Adetosin", "Aderinola", "Ayotomiwa",
        "Ayodunni", "Folarinola", "Bolawale", "Oyepelumi", "Temidara",
    ], [
        "Oyekunle", "Akinlade", "Adekunbi", "Ademosun", "Adejobi", "Adewunmi", "Adekanbi",
        "Ogunbowale", "Ogunsina", "Oguntayo", "Ogunranti", "Olajobi", "Olagbemi", "Oyesina",
        "Oyetayo", "Oyedipe", "Oyekanbi", "Akinbowale", "Akinranti", "Odumosu", "Ajibosoye",
        "Ilorijobi",
    ]),
    "pakistani": (2, [
        "Muneeba", "Shehroz", "Kinza", "Aleena", "Aiman", "Laiba", "Tooba", "Zartasha", "Moiz",
        "Taimoor", "Shahmir", "Hassaan", "Raffay", "Daniyal",
    ], [
        "Langrial", "Mela", "Qaimkhani",
    ]),
    "gujarati": (2, [
        "Dipak", "Ravikant", "Nishith", "Dhruvil", "Hiten",
    ], [
        "Jivani", "Kakadia", "Ponkia", "Talati", "Vaishnav", "Kalaria", "Padaliya", "Rupareliya",
    ]),
    "telugu": (2, [
        "Praveen", "Sunitha", "Rajyalakshmi", "Tirupati", "Appalaraju", "Eswaramma", "Himabindu",
        "Kotaiah",
    ], [
        "Kamma", "Kancharla", "Daggubati", "Ghattamaneni", "Jampala", "Chadalavada", "Edara",
        "Vellanki", "Challa", "Dondapati",
    ]),
    "afghan": (2, [
        "Ghezal", "Ismatullah", "Kefayatullah", "Lailoma", "Sitara", "Tabasum",
    ], [
        "Babakarkhail", "Habibzada", "Luddin", "Uzbekzada", "Zarabi", "Haqiqi", "Paikan", "Aimaq",
    ]),
    "congolese": (2, [
        "Mwenze", "Tumba", "Chikuru", "Idrissa", "Lwamba", "Tuombe", "Umoja",
    ], [
        "Kamanda", "Chirimwami", "Bisengimana", "Cirimwami", "Kanyamanza", "Maroyi", "Mwarabu",
        "Nyamugabo", "Rugamika", "Sikuli", "Tabaro", "Wabwire",
    ]),
    "black_houston": (7, [
        "Deondre", "Rodrick", "Jaquavis", "Nekeisha", "Quaneisha", "Undrea", "Vontrell", "Ymani",
        "Dawanna", "Jakeem", "Kewanna", "Nykia", "Breion",
    ], [
        "Declouet", "Dupas", "Lemons", "Muckelroy", "Seals", "Truvillion", "Alridge", "Kimbell",
        "Sweatt", "Hollimon", "Wortham", "Daughtry", "Freelon", "Hamberlin", "Reliford", "Sauls",
        "Uzzle", "Vallier", "Wafer",
    ]),
    "creole": (3, [
        "Ozema", "Maximilien", "Odelia", "Valmont", "Dosite",
    ], [
        "Arsement", "Ourso", "Mouhot", "Bellon", "Bihm", "Boullion", "Gallien", "Jagneaux",
        "Mestayer", "Rabalais", "Sagrera", "Vizinat", "Clostio", "Doré", "Gotreaux", "Ortis",
        "Racca",
    ]),
    "oilfield": (4, [
        "Jeb", "Kasey", "Lyndell", "Doyce", "Harlis", "Moyne", "Claudis", "Jimbo", "Gilmer",
        "Izzie", "Lige",
    ], [
        "McNabb", "Spraberry", "Cogburn", "Cotten", "Cearley", "Yocum", "Harkey", "Kuykendall",
        "Rhyne", "Timmons", "Altom", "Boatright", "Dollins", "Fambrough", "Lemond", "Moudy",
        "Stallcup", "Vinyard", "Wyse",
    ]),
    "cherokee": (2, [
        "Awentia", "Gvli", "Sagonige",
    ], [
        "Rattlingourd", "Ragsdale", "Sourjohn", "Whitekiller", "Hitcher", "Alberty", "Fishinghawk",
        "Girty", "Hogner", "Loudermilk",
    ]),
    "choctaw_chickasaw": (2, [
        "Okchamali", "Ishtaboli", "Issi", "Hatchett", "Illi", "Luksi", "Shukha", "Itti", "Hattak",
        "Chipota", "Tashka",
    ], [
        "Kanimpa", "Leflore", "McCurtain", "Nahwooksy", "Okchiah", "Pitchlynn", "Noatubby",
        "Ishtanubbee", "Impichchaachaaha", "Shecoby", "Stick", "Tims", "Loman",
    ]),
    "muscogee": (2, [
        "Hotvlkv", "Rvfo", "Hoktvke", "Kvnokv", "Cvto", "Lowak",
    ], [
        "Bruner", "Kernell", "Harjochee", "Istvlke", "Nuyaka", "Opothle",
    ]),
    "kiowa_comanche": (1, [
        "Asah", "Kaulaity", "Kaule",
    ], [
        "Tahdooahnippah", "Pewewardy", "Tieyah", "Monetathchi", "Niedo", "Yeahquo", "Pewo",
        "Atchavit",
    ]),
    "german_czech": (3, [
        "Annaliese",
    ], [
        "Blumberg", "Gellhausen", "Kneupper", "Marschall", "Nuernberg", "Pehl", "Treibs", "Uecker",
        "Machac", "Rozacky", "Wolesky", "Bohac", "Kallus", "Pokluda", "Stasny", "Kolacny", "Mican",
        "Sralla", "Trojcak", "Zdansky", "Baletka", "Dornak", "Gerik", "Holik", "Jurena", "Koenning",
        "Kunkel", "Matula", "Nerada", "Siptak", "Strmiska", "Hillje", "Fritsche", "Gloyna",
        "Haberle", "Lehne", "Oestreich", "Penshorn", "Zuberbueler", "Ahrens", "Eckhardt", "Fiedler",
        "Jordt", "Kusenberger", "Meckel", "Neffendorf",
    ]),
}  # fmt: skip

# Family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_FAMILY = [
        "Swingle", "Dibble", "Brayer", "Poulter", "Warrener", "Landman", "Gauger", "Thole", "Froe",
        "Oxman", "Cottar", "Tapster", "Puddler", "Switcher", "Grader", "Pardoner", "Winnower",
        "Motorman",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
        "Nachita", "Tacha", "Fatboy", "Chank", "Chooch",
]  # fmt: skip

# --- Places ---

STREETS = [
        "Bintliff", "Jutland", "Lyerly", "Tuam", "Reveille", "Edgebrook", "Gulfbank", "Bammel",
        "Culberson", "Yandell", "Tannehill", "Keetoowah", "Okfuskee", "Comal", "Gruene", "Hauck",
        "Fuqua", "Cupples", "Oltorf", "Manchaca", "Bicentennial", "Sunnylane", "Brays", "Fairdale",
        "Pinemont", "Lauder", "Westview", "Brittmoore", "Kempwood", "Dacoma", "Bauman",
        "Collingsworth", "Bringhurst", "Wileyvale", "Hershe", "Bretshire", "Delz", "Tilgham",
        "Tasfield", "Abana", "Turrentine", "Valkeith", "Clarewood", "Dunvale", "Rookin",
        "Sharpcrest", "Evella", "Kirkdale", "Turtlewood",
]  # fmt: skip

# Colonias and rural subdivisions of the Valley and the border, named without a street.
COLONIAS = [
        "Owassa", "Capisallo", "La Piñata", "Chihuahuita", "El Charco", "Los Indios", "El Ranchito",
        "Las Norias", "El Calaboz", "Rangerville", "Bluetown", "Encantada", "Delmita", "Barreda",
        "La Reforma",
]  # fmt: skip

# Mailing towns of the region. This pool is exempt from the overlap rule (see above).
CITIES = [
        "Pharr", "Edinburg", "Weslaco", "Mercedes", "Donna", "Alamo", "San Juan", "Elsa", "Edcouch",
        "Raymondville", "Socorro", "Canutillo", "Fabens", "Tornillo", "Presidio", "Odessa",
        "Midland", "Monahans", "Kermit", "Pecos", "Big Spring", "Tahlequah", "Muskogee", "Okmulgee",
        "Ada", "Durant", "Idabel", "Atoka", "Stilwell", "Sallisaw", "Broken Arrow", "Sapulpa",
        "Okemah", "Wewoka", "Anadarko", "Lawton", "Pauls Valley", "Tishomingo", "Ardmore",
        "Baytown", "Galena Park", "Channelview", "Sugar Land", "Katy", "Rosenberg", "Beaumont",
        "Port Arthur", "Seguin", "New Braunfels", "Fredericksburg", "Boerne", "Schulenburg",
        "Praha", "Hallettsville", "Shiner", "Flatonia", "Pflugerville", "Eagle Pass",
        "Hebbronville", "Rio Grande City", "La Feria", "San Benito", "Los Fresnos", "Port Isabel",
        "Sperry", "Collinsville", "Glenpool", "Sabinal", "Brackettville", "Stigler", "Vinita",
        "Pawhuska", "Talihina", "Fort Stockton",
]  # fmt: skip

DOMAINS = [
        "rgv.rr.com", "fivearea.com", "cotcom.net", "vtci.net", "stx.rr.com", "satx.rr.com",
        "centex.net", "cvctx.com", "brazosport.net", "sulphurwell.net", "tstar.net", "valorbb.com",
        "txun.net", "wfmcc.net", "cimtel.net", "pottcounty.net", "okplus.com", "telmexmail.com",
]  # fmt: skip

STAFF_DOMAINS = [
        "choctawwell.org", "permianbasinhealth.org", "gulftonfqhc.org", "fifthwardclinic.org",
        "coloniasalud.org", "bayoubendcare.org", "stringtownhealth.org", "keetoowahclinic.org",
        "rgvpromotoras.org", "hillcountrydoc.org",
]  # fmt: skip

FAMILY_FIRST = {"vietnamese"}
DOUBLE_SURNAME = {"tejano", "central_american"}
# Tribal members and Hill Country families often carry given names from the rural pool.
BORROW_GIVEN = {"cherokee": "oilfield", "choctaw_chickasaw": "oilfield", "muscogee": "oilfield",
                "kiowa_comanche": "oilfield", "german_czech": "oilfield"}  # fmt: skip
GEN_SUFFIX = ["Jr", "Sr", "II", "III", "Jr."]

_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "æ": "ae"})


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
    if origin in BORROW_GIVEN and rng.random() < 0.5:
        firsts = ORIGINS[BORROW_GIVEN[origin]][1]
    first, last = rng.choice(firsts), rng.choice(lasts)
    roll = rng.random()
    if roll < 0.17:  # about one name in six is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif origin in DOUBLE_SURNAME and roll < 0.45:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.2:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "blind19") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind19") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNOPRSTVWYZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "blind19") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
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
    if form < 0.63:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.69:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.79:
        return first
    if form < 0.83:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.86:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.9:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.93:
        return f"{_given_part(first)[0]}{mid} {last}"
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


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "yrene"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "spraberry"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
                       f"{last}%2C+{first}".replace(" ", "+"),
                       f"{last.lower()}%2c{first.lower()}".replace(" ", "+")])  # fmt: skip


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first = person(rng)[0]
    return rng.choice([f"{first} {word_last(rng)}", f"{word_last(rng)}, {first}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice(
        [f"{a}{b}", f"{a}.{b}.", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a.lower()}{b.lower()}"]
    )


def clinician(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Addresses ---------------------------------------------------------------------------------

SUFFIXES = [("St", 9), ("Ave", 5), ("Rd", 7), ("Dr", 5), ("Ln", 3), ("Blvd", 3), ("Ct", 1),
            ("Street", 3), ("Road", 2), ("Pkwy", 1), ("Cir", 1), ("Trl", 1), ("Loop", 1)]  # fmt: skip
UNITS = ["Apt 214", "Apt. 3B", "#108", "Apt 1207", "Unit 4", "Bldg 6 Apt 22", "Apt C", "Ste 300",
         "#4", "Apt 51", "Trlr 9", "Space 17"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NW ", "SE ", "North ", "West "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 29999)), f"{rng.randint(100, 999)}{rng.choice('AB')}",
                       f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def colonia(rng: random.Random) -> str:
    """A colonia address with no street name: lot and block, or the colonia alone."""
    name = rng.choice(COLONIAS)
    lot, blk = rng.randint(1, 140), rng.randint(1, 30)
    return rng.choice([f"Lot {lot} Blk {blk} {name}", f"Lote {lot}, Colonia {name}", f"{name} lot {lot}",
                       f"Colonia {name}", f"Lot {lot}, Block {blk}, {name} Subdivision",
                       f"Mz {blk} Lt {lot} {name}", f"colonia {name}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}", f"HCR {rng.randint(1, 80)} Box {rng.randint(1, 999)}",
        f"{rng.randint(100, 29999)} FM {rng.randint(20, 3500)}", f"{rng.randint(100, 9999)} County Road {rng.randint(100, 1999)}",
        f"{rng.randint(100, 9999)} CR {rng.randint(100, 1999)}", f"{rng.randint(1000, 99999)} Ranch Road {rng.randint(1, 3400)}",
        f"{rng.randint(10000, 49999)} S {rng.randint(4000, 4700)} Rd", f"Rt {rng.randint(1, 5)} Box {rng.randint(10, 900)}",
        f"{rng.randint(100, 9999)} State Hwy {rng.randint(1, 349)}", f"{rng.randint(100, 9999)} E {rng.randint(800, 1200)} Rd",
        f"PO Box {rng.randint(1, 4999)}", f"P.O. Box {rng.randint(1, 999)}",
    ])  # fmt: skip


def corner(rng: random.Random) -> str:
    """Two streets given as a corner, one ADDRESS span."""
    a, b = rng.sample(STREETS, 2)
    return rng.choice([f"{a} and {b}", f"{a} & {b}", f"{a} y {b}", f"{a} at {b}", f"{a}/{b}"])


def road(rng: random.Random) -> str:
    return rng.choice([f"FM {rng.randint(20, 3500)}", f"CR {rng.randint(100, 1999)}", f"{rng.choice(STREETS)} Rd",
                       f"Mile {rng.randint(2, 20)} N", f"{rng.choice(STREETS)}", f"county road {rng.randint(100, 1999)}",
                       f"Hwy {rng.randint(1, 349)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind19") -> str:
    kind = rng.random()
    if kind < 0.1:
        return colonia(rng)
    if kind < 0.22:
        return rural_route(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "blind19") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["TX", "OK", "LA", "NM", "Tex.", "Okla.", "Texas", "Oklahoma", "tx", "ok"]


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = rng.choice([rng.randint(75001, 79999), rng.randint(77001, 77599), rng.randint(78501, 78599),
                    rng.randint(73001, 74966), rng.randint(79901, 79938)])  # fmt: skip
    return f"{z}" + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.12 else "")


def zip9(rng: random.Random) -> str:
    return f"{rng.randint(73001, 79999)}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1926, 2025), rng.randint(1, 12), rng.randint(1, 28)


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}", f"{d} de {MESES[m - 1]} de {y}",
        f"{d}/{m}/{y}", f"{m}-{d}-{y}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}", f"{ABBR[m - 1]}. {d}, {y}",
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"])


def compact_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}" + rng.choice(
        ["", f"{rng.randint(0, 59):02d}"]
    )


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z",
                       f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
                       f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-05:00",
                       f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} -0600"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1].lower()} {d}",
                       f"el {d} de {MESES[m - 1]}", f"the {d}{_ordinal(d)}"])  # fmt: skip


_WORDS_TENS = {90: "ninety", 100: "a hundred"}
_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
_NOVENTA = ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro",
            "noventa y cinco", "noventa y seis", "noventa y siete", "noventa y ocho", "noventa y nueve"]  # fmt: skip


def age_over_89(rng: random.Random) -> str:
    return str(rng.randint(90, 104))


def age_words(rng: random.Random) -> str:
    n = rng.randint(90, 99)
    return rng.choice([f"ninety{_ONES[n - 90]}", _NOVENTA[n - 90], f"{n}yo", f"{n} y/o"])


# --- Contact and identifiers -------------------------------------------------------------------

AREA = [713, 281, 832, 346, 214, 469, 972, 817, 682, 210, 726, 512, 737, 956, 915, 432, 325, 405,
        918, 539, 580, 409, 361]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(AREA), rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a}{b}{c:04d}",
                       f"+1 {a} {b} {c:04d}", f"1-{a}-{b}-{c:04d}", f"{a} {b} {c:04d}",
                       f"({a}){b}-{c:04d}", f"{a}-{b}-{c:04d} ext {rng.randint(10, 999)}"])  # fmt: skip


def mx_phone(rng: random.Random) -> str:
    lada = rng.choice([899, 868, 656, 81, 55, 951, 33, 503, 504, 502])
    if lada in (503, 504, 502):
        return f"+{lada} {rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"
    return rng.choice([f"+52 {lada} {_digits(rng, 3)} {_digits(rng, 4)}", f"044 {lada} {_digits(rng, 7)}",
                       f"52{lada}{_digits(rng, 7)}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(AREA)}{rng.randint(200, 989)}{_digits(rng, 4)}"


def email(rng: random.Random, _split: str = "blind19") -> str:
    first, last = person(rng)
    f, la = _handle(_given_part(first)) or "yrene", _handle(last) or "ysassi"
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{rng.randint(1, 99)}", f"{la}_{f}",
                        f"{f}{la}{rng.randint(60, 2012)}", f"{la}.{f[0]}", f"mama{f}", f"{f}_{la}{rng.randint(1, 9)}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, la = _handle(_given_part(first)) or "yrene", _handle(last) or "ysassi"
    return f"{rng.choice([f'{f}.{la}', f'{f[0]}{la}', f'{la}{f[0]}'])}@{rng.choice(STAFF_DOMAINS)}"


def ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"]
    )


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), f"H{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
                       f"E{_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"IHS{_digits(rng, 6)}",
                       _digits(rng, 10)])  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    """Texas Medicaid and CHIP ids are nine digits; SoonerCare ids a letter and ten digits."""
    return rng.choice([_digits(rng, 9), f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"{_letters(rng, 1)}{_digits(rng, 10)}", f"CHIP{_digits(rng, 9)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", medicaid_id(rng), f"{_letters(rng, 1)}{_digits(rng, 8)}",
                       f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 2)}",
                       f"{_letters(rng, 2)}{_digits(rng, 10)}", _digits(rng, 11)])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 9), f"HAR{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 7)}",
                       f"G{_digits(rng, 8)}", f"PB{_digits(rng, 8)}", _digits(rng, 12)])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def dl_number(rng: random.Random) -> str:
    """Texas licence: eight digits; Oklahoma: a letter and nine digits."""
    return rng.choice(
        [_digits(rng, 8), f"{_letters(rng, 1)}{_digits(rng, 9)}", f"0{_digits(rng, 7)}"]
    )


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dl_number(rng), f"RN{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 4)}",
                       f"{_letters(rng, 2)}{_digits(rng, 7)}", f"TX{_digits(rng, 7)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    """Texas plates (ABC-1234, ABC1234, 1AB-2345) and Oklahoma ones (ABC-123, tribal tags)."""
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 4)}",
                       f"{_digits(rng, 1)}{_letters(rng, 2)}-{_digits(rng, 4)}", f"{_letters(rng, 3)}-{_digits(rng, 3)}",
                       f"{_letters(rng, 2)}{_digits(rng, 4)}", f"{_digits(rng, 4)}{_letters(rng, 2)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN{_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 10)}",
                       f"G7{_letters(rng, 1)}{_digits(rng, 5)}{_letters(rng, 1)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "blind19") -> str:
    first, last = person(rng)
    handle = (_handle(_given_part(first)) + _handle(last)) or "yrene"
    return rng.choice([f"https://www.facebook.com/{handle}", f"https://gofund.me/{_hex(rng, 8)}",
                       f"https://www.tiktok.com/@{handle}{rng.randint(1, 99)}", f"https://instagram.com/{handle}",
                       f"https://mychart.example-tx.org/patient/{_digits(rng, 7)}",
                       f"http://{handle}.wordpress.com", f"https://www.youtube.com/@{handle}",
                       f"https://www.legacy.com/obituaries/{handle}-{_digits(rng, 6)}"])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
    return rng.choice([".".join(str(rng.randint(1, 254)) for _ in range(4)),
                       f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])  # fmt: skip


def username(rng: random.Random, _split: str = "blind19") -> str:
    first, last = person(rng)
    f, la = _handle(_given_part(first)) or "yrene", _handle(last) or "ysassi"
    return rng.choice([f"{f[0]}{la}{rng.randint(1, 99)}", f"{f}_{la}", f"{f}.{la}", f"{la}{f[0]}",
                       f"{f}{rng.randint(1955, 2012)}", f"{la.upper()}{f[0].upper()}"])  # fmt: skip


def tribal_id(rng: random.Random) -> str:
    """Tribal citizenship and enrollment numbers and CDIB card numbers (OTHER_ID)."""
    return rng.choice([f"C{_digits(rng, 6)}", f"{_digits(rng, 6)}", f"CN-{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}",
                       f"MCN{_digits(rng, 5)}", f"{_letters(rng, 1)}{_digits(rng, 5)}", f"CDIB {_digits(rng, 6)}"])  # fmt: skip


def a_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"A{_digits(rng, 9)}",
            f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"A{_digits(rng, 8)}",
        ]
    )


def matricula(rng: random.Random) -> str:
    return rng.choice(
        [_digits(rng, 9), f"MC{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}"]
    )


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 10)}", f"RX{_digits(rng, 7)}", tribal_id(rng), a_number(rng),
                       f"TKT-{_digits(rng, 6)}", f"PA{_digits(rng, 8)}", f"{_digits(rng, 2)}-{_digits(rng, 7)}",
                       f"CASE-{_digits(rng, 7)}", f"TWIC{_digits(rng, 8)}"])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 15000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "422", "500", "503"]
    )


def clock(rng: random.Random) -> str:
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice(
        [
            f"{hh:02d}:{mi:02d}:{ss:02d}",
            f"{hh:02d}{mi:02d}",
            f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
        ]
    )


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


def queue(rng: random.Random) -> str:
    return rng.choice(["adt-in", "rx-refill", "colonia-outreach", "fax-inbound", "claims-837", "elig-270",
                       "portal-msg", "ihs-prc", "sms-es", "mobile-unit"])  # fmt: skip


EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "COLONIA": ("ADDRESS", colonia),
    "RURAL": ("ADDRESS", rural_route),
    "CORNER": ("ADDRESS", corner),
    "ROAD": ("ADDRESS", road),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "MD": ("DATE", month_day),
    "AGEW": ("AGE_OVER_89", age_words),
    "MXPHONE": ("PHONE", mx_phone),
    "E164": ("PHONE", e164),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DL": ("LICENSE_NUMBER", dl_number),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "TRIBAL": ("OTHER_ID", tribal_id),
    "ANUM": ("OTHER_ID", a_number),
    "MATRICULA": ("OTHER_ID", matricula),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "QUEUE": (None, queue),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    "hola buenas, soy {FIRST}, mi mama {NAME} tiene cita el {MD} en la clinica de Pharr pero no tiene ride",
    "we live in {COLONIA} no street name, the van driver can call me at {PHONE} when he gets to the stripes",
    "my abuela {FIRST} {SURNAME} is {AGE} and she fell again last night 😢",
    "its {FIRST} again lol the refill still not ready",
    "mi esposo {NAME} trabaja en el campo, can his appt be after 5",
    "texting for my apa {FIRST}, he only speaks spanish, dob {DATE}",
    "we moved to {STREET}, {CITY} {STATE} {ZIP} please update",
    "the house is by the water tower on {ROAD}, blue trailer with the dogs",
    "im at {CORNER} by the taqueria, can the mobile unit stop there",
    "my medicaid # {MEDICAID} and my kids chip ids are on the card",
    "this is {NAME} from alief, my son {FIRST} has fever since sunday",
    "chao, its {FIRST}. my daughter {FIRST} {SURNAME} needs her shots for school",
    "bà ngoại {NAME} is {AGEW}, she need interpreter vietnamese",
    "con {FIRST} here, texting for my mom {LASTFIRST}, she has sugar problem",
    "call my anh {FIRST} at {PHONE} he drive her",
    "my uncle {NAME} works the rig near {CITY}, 14 on 14 off, can we do telehealth",
    "sorry typing from the man camp, its {FIRST} {SURNAME}, need my bp pills sent to {CITY}",
    "my wife {FIRST} is {AGE} and the home health nurse didnt come",
    "daalu, its {NAME}, my baby born {DATE} at memorial hermann",
    "mummy {FIRST} say thank you for the help",
    "e kaaro nurse, this is {FIRST} {SURNAME}, i need letter for my employer",
    "my mother in law {NAME} came from lagos, visa ends {MD}",
    "salam, im {FIRST}, my husband {NAME} has the appointment, he no speak english",
    "we are from kabul, came with the sponsors, address is {STREETLINE} {UNIT} {CITY}",
    "my case worker is {FIRST} at the resettlement office, her number {PHONE}",
    "A number is {ANUM} for the refugee health screening",
    "mbote, its {FIRST}, my baby {FIRST} cough all night",
    "jambo nurse, mama {NAME} has malaria before, now fever again",
    "hey this is {NICK}, {FIRST}'s cousin from fifth ward",
    "can yall send the papers to {EMAIL}",
    "my grandmama {NAME} turned {AGE} on {MD} and she still sharp",
    "its {FIRST} {SURNAME} from lyons ave, the pharmacy on {CORNER} closed",
    "tell dr {SURNAME} my sugar been 280 all week",
    "ok so my address is {STREET} but mail goes to {RURAL}",
    "nonc {FIRST} gonna bring me to the clinic in {CITY}",
    "mais yeah this is {NAME}, my mamere is {AGE} and wont eat",
    "chère can you call {PHONE} after 3, im at the plant till then",
    "my tribal citizenship number is {TRIBAL} if yall need it for prc",
    "osiyo, this is {FIRST} {SURNAME}, i need a refill at the tahlequah clinic",
    "halito, its {FIRST}, my grandpa {NAME} is {AGE}, can he get a ride to talihina",
    "hensci, this is {NAME}, okmulgee clinic told me to text here",
    "my cdib is {TRIBAL} and my chart at the indian hospital is {MRN}",
    "we live out on {RURAL} past the church, gps dont work",
    "the dog bit my son {FIRST} at grandmas on {ROAD}",
    "grüß gott, its {FIRST} {SURNAME} from out by {CITY}, oma {FIRST} is {AGE}",
    "opa {NAME} needs his coumadin checked, can the nurse come out to {RURAL}",
    "my plate is {PLATE} for the parking validation",
    "truck got towed from the garage, tx plate {PLATE}",
    "vin {VIN} for the disability placard form",
    "my drivers license {DL} expired, can i still pick up my meds",
    "my ssn {SSN} is wrong on the bill",
    "matricula consular {MATRICULA}, is that ok for id",
    "portal username {USER} locked out again",
    "i tried from my work computer ip {IP} and it still wont let me in",
    "my moms gofundme {URL} can u share it",
    "email me at {EMAIL} not my husbands",
    "{FIRST} here 🙏 thank u nurse {FIRST}",
    "{NAME}",
    "dob {DATE}",
    "{FIRST}???",
    "pls call {PHONE}",
    "mi numero de mexico es {MXPHONE} por si no contesto el otro",
    "mi hermana {FIRST} vive en reynosa, su cel {MXPHONE}",
    "my brother in law {NAME} is in el salvador, his number {MXPHONE}",
    "we at {COLONIA} by the canal, 2nd house after the yellow gate",
    "acct {ACCOUNT} says i owe 400 but medicaid should pay",
    "my insurance member id {PLAN} for the er visit {DATE}",
    "the glucose monitor serial {DEVICE} keeps losing signal",
    "phone imei {IMEI} for the tablet yall lent us",
    "the concentrator mac is {MAC} the tech asked for it",
    "case # {OTHER} never got a call back",
    "mrn {MRN} thats my son not me",
    "born {DATE}, name is {FIRST} {SURNAME}, need my shot records",
    "my twins {FIRST} and {FIRST} both have pink eye",
    "my ex {NAME} is not allowed to pick up my kids, please note",
    "can my neighbor {FIRST} pick up my rx, she lives at {STREETLINE}",
    "i stay with my tia in {CITY} now, send stuff to {STREET}",
    "my husband {NAME} works pipeline in {CITY}, his twic card is {OTHER}",
    "dr {SURNAME} at the valley clinic said text here",
    "nurse {FIRST} said she would call me back {MD}",
    "hi my name is {NAME} im a new patient from {CITY}",
    "good morning this is {NAME} calling about my mammogram {MD}",
    "my mom {FIRST} {SURNAME} passed {DATE}, stop the bills please",
    "abuelito {FIRST} is {AGEW} y no quiere comer",
    "mi suegra {NAME} tiene {AGEW} años, necesita silla de ruedas",
    "mi niño {FIRST} nació el {DATE} y no tiene seguro todavia",
    "soy {FIRST} {SURNAME}, mi dirección es {STREET}, {CITY}",
    "nos mudamos a {COLONIA}, no hay numero de casa",
    "mi correo es {EMAIL} gracias",
    "la trabajadora social {FIRST} me dijo que mandara mensaje",
    "mi cuñado {NAME} me va a llevar, el tiene el numero {PHONE}",
    "ya le mande foto de la tarjeta, el numero es {MEDICAID}",
    "mi licencia es {DL} de texas",
    "ay no, la cita era el {MD}? se me olvido 😭",
    "k'aslemal, nutz'ib'aj {FIRST}, my son {FIRST} {SURNAME} no speak spanish only kiche",
    "we need kiche interpreter for my wife {NAME}, appointment {MD}",
    "its {FIRST} from the chicken plant, can i come on saturday",
    "my cousin {FIRST} translate for me, his phone {PHONE}",
    "the baby {FIRST} was born {DATE} at home in {COLONIA}",
    "hey {FIRST} here, i cant make it {MD}, the truck broke down on {ROAD}",
    "i live behind the dollar general on {ROAD} in {CITY}",
    "turn left at the cattle guard after {ROAD}, our house the white one",
    "yall the mobile clinic park at {CORNER} on thursdays right",
    "heyyy its {FIRST} 😊 baby {FIRST} gained 2 lbs!!",
    "{FIRST} {SURNAME} from gulfton, my kids need tb test for school",
    "my daughter {NAME} is at the school nurse, she can call {PHONE}",
    "lmk if dr {SURNAME} can see me {MD} i got off",
    "got a letter addressed to {NAMEUP} but thats my dad",
    "his name is spelled {LASTFIRST} on the insurance card",
    "wrong name on my chart, its {FIRST} not {FIRST}",
    "this is {INITS}, from group on tuesday",
    "mama {FIRST} says the new pills make her dizzy",
    "auntie {FIRST} will bring the baby, she has the car seat",
    "granny {NAME} is {AGE} and the dialysis moved her chair time",
    "my pawpaw {FIRST} {SURNAME} is {AGEW} and he still drives lol",
    "my son {FIRST} {SURNAME} {NICK} got hurt at football",
    "we call him {NICK} but his real name {FIRST}",
    "{NICK} is my nickname my real name is {NAME}",
    "tell {NICK} his mom is here",
    "please fax the records to {FAX}",
    "the school fax is {FAX} for the vaccine form",
    "my lawyer {NAME} needs the records, fax {FAX}",
    "im on the 8th floor of {STREETLINE}, the elevator broke, can someone bring the wheelchair",
    "my address in houston is {STREETLINE} {UNIT} {ZIP}",
    "zip is {ZIP} not {ZIP}",
    "new address {STREET} {CITY} {STATE} {ZIP}",
    "we moved from {CITY} to {CITY} last month",
    "i work in {CITY} but live in {CITY}, which clinic is closer",
    "my sister {FIRST} lives in {CITY} and can bring me",
    "the food bank lady {NAME} said yall have diapers",
    "my niece {FIRST} {SURNAME} is pregnant, 16 weeks, no insurance",
    "my nephew {NAME} got bit by a snake on the lease near {CITY}",
    "roughneck here, {NAME}, hurt my back on the rig {MD}",
    "company man said go to urgent care, im {FIRST} {SURNAME}, dob {USDATE}",
    "workers comp claim {OTHER}, adjuster is {NAME}",
    "my boss {FIRST} can drive me, he got the company truck {PLATE}",
    "my husband {FIRST} was in the refinery fire, he at {CITY} hospital",
    "can u send the covid results to {EMAIL}",
    "my dad {NAME} has dementia, im his poa, my name {FIRST}",
    "the hospice nurse {FIRST} said call here after hours",
    "stepmom {NAME} is not on the hipaa form, dont tell her nothing",
    "my baby daddy {FIRST} keeps calling the clinic, he not on my list",
    "i need a note for work, my manager is {NAME}",
    "this is pastor {SURNAME}, visiting sister {NAME} in room 412",
    "deacon {NAME} brought her here from {CITY}",
    "my mom in law {FIRST} only speaks gujarati, i am {FIRST} {SURNAME}",
    "papa {NAME} is {AGE}, he needs the telugu interpreter",
    "beta {FIRST} will bring dadi to the appt {MD}",
    "assalamualaikum, this is {FIRST}, my father {NAME} needs refill",
    "ammi {FIRST} {SURNAME} is {AGEW} and cannot walk now",
    "my brother {FIRST} from karachi visiting, he got chest pain, can he be seen",
    "we came from pakistan {MD}, still no insurance, my husband {NAME}",
    "nani {FIRST} needs her diabetes pills, she stays with us at {STREETLINE}",
    "gm, {FIRST} here. my wife {FIRST} had baby at ben taub {MD}",
    "the nurse {FIRST} {SURNAME} was so nice tell her thanks",
    "omg it's {FIRST}!!! the test came back negative 🎉",
    "my kids are {FIRST}, {FIRST} and {FIRST} {SURNAME}, all need physicals",
    "{FIRST} and {FIRST} {SURNAME} both have appointments {MD} can we come together",
    "we rent a room at {STREETLINE}, landlord is {NAME}",
    "the apartment manager {FIRST} says mold is not his problem, we at {STREET}",
    "i sleep in my car near {CORNER}, can yall still see me",
    "shelter on {CORNER} said come here, im {FIRST}",
    "no tengo casa ahorita, me quedo en la iglesia en {ROAD}",
    "my mail goes to the po box, {RURAL}, {CITY} {STATE}",
    "send it to {RURAL} {CITY} {ZIP}",
    "kids school is in {CITY}, their nurse {NAME} can fax {FAX}",
    "my granddaughter {FIRST} texting for me, im {AGE}",
    "i am {AGEW} years young lol, need my flu shot",
    "great grandma {NAME} turns {AGE} on {MD} 🎂",
    "the ambulance took my dad {NAME} to {CITY}",
    "we at the er in {CITY}, can dr {SURNAME} call them",
    "can you call my husband {FIRST} {PHONE} he forgot his phone at home",
    "send text to {E164} not this one",
    "my daughter {FIRST} is deaf, please text {PHONE}",
    "call me back at {PHONE} or my sister {FIRST} at {PHONE}",
    "my landline is {PHONE}, no cell service out here",
    "signal bad on {ROAD}, leave a voicemail at {PHONE}",
    "hi its {FIRST} from the chickasaw clinic, my mom {NAME} moved to {CITY}",
    "my grandson {FIRST} {SURNAME} enrolled with muscogee, number {TRIBAL}",
    "choctaw nation id {TRIBAL}, my name {NAME}",
    "my cherokee card says {TRIBAL} and my dob {USDATE}",
    "the tribal tag on my truck is {PLATE}",
    "i live at the housing addition, {STREETLINE}, {CITY} OK {ZIP}",
    "my auntie {FIRST} {SURNAME} is {AGE} she at the nursing home in {CITY}",
    "yakoke, {FIRST} got her glasses",
    "mvto for the ride, {FIRST} made it home",
    "wado, tell {FIRST} thanks",
    "my son in the navy {NAME}, his email {EMAIL}",
    "my daughter at ut {FIRST}, she use {EMAIL}",
    "my username is {USER} and password reset goes to {EMAIL}",
    "how do i link my kids account, mine is {USER}",
    "the link {URL} is our church page for the health fair",
    "i posted the pics at {URL}",
    "the dispatcher {FIRST} said the ambulance went to {STREETLINE} instead of {STREETLINE}",
    "the paramedic {FIRST} {SURNAME} was great",
    "my tio {NAME} crossed at el paso {MD}, he is sick, can he be seen without papers",
    "mi tia {FIRST} vive en {CITY} y no tiene carro",
    "mi primo {FIRST} {SURNAME} trabaja en la construcción en {CITY}",
    "soy de honduras, me llamo {NAME}, llegue el {MD}",
    "mi hijo {FIRST} tiene asma, vivimos en {STREETLINE} {UNIT}",
    "el numero de mi esposo es {PHONE} y el mio {PHONE}",
    "cual es la clinica mas cerca de {COLONIA}",
    "no tengo seguro, mi nombre es {NAME}, fecha de nacimiento {DATE}",
    "el doctor {SURNAME} me dijo que viniera el {MD}",
    "la niña {FIRST} {SURNAME} tiene calentura desde ayer",
    "ayúdeme por favor, mi mamá {FIRST} tiene {AGEW} años y se cayó",
    "my son {FIRST} {WLAST} has a rash",
    "this is {WNAME}, my kid has asthma",
    "{FIRST} {WLAST} here, need refill",
    "mrs {WLAST} said to call the clinic",
    "my boss {WNAME} at the yard signed the form",
    "my teacher mr {WLAST} says my son needs glasses",
    "the coach {WLAST} wants the sports physical by {MD}",
    "my neighbor {FIRST} {WLAST} found mama on the floor",
    "ms {SURNAME} from the school called me",
    "mr {SURNAME} the principal wants a note",
    "ok thx {FIRST}",
    "bye {FIRST} 👋",
    "love u {FIRST} ❤️ see u at the clinic",
    "- {FIRST}",
    "from {FIRST} {SURNAME} ❤️",
    "thanks, {NAME}",
    "tyvm - {INITS}",
    "its {FIRST}",
    "yo its {NICK}",
    "this {FIRST}, {SURNAME}'s girlfriend",
    "my mom is {SURNAME} {FIRST}, family name first on her papers",
    "her vietnamese name is {NAME} but she goes by {FIRST}",
    "my grandfather {NAMEUP} on the passport",
    "the pharmacy has her as {LASTFIRST}, thats wrong",
    "i got a bill for {NAME} who is that",
    "i got my sisters results by mistake, {NAME}, dob {DATE}",
    "the appointment card says {DATE} at 2:30",
    "next visit is {MD} right",
    "is it ok to come {DATE} instead",
    "my last period was {MD}",
    "baby due {DATE}",
    "surgery scheduled {DATE} with dr {SURNAME}",
    "i was discharged {DATE} from {CITY} hospital",
    "my husband had covid {MD}, should i test",
    "we got back from monterrey {MD}",
    "i was in nigeria from {MD} to {MD}, now fever",
    "since we came from kinshasa {MD} my son cough",
    "my appt at the tulsa clinic {MD} got canceled",
    "wildfire smoke near {CITY}, my dad {NAME} on oxygen",
    "hurricane knocked out power at {STREETLINE}, need insulin fridge",
    "flood got into our house at {COLONIA}, lost all the meds",
    "we evacuated to my cousin in {CITY}, address {STREET}",
    "freeze burst the pipes, staying at {STREETLINE} now",
    "power out since {MD}, moms concentrator serial {DEVICE}",
    "ok i sent it, {FIRST} {SURNAME} dob {USDATE} mrn {MRN}",
    "hello? {FIRST} here still waiting on the callback from {MD}",
    "my son {FIRST} needs his adhd meds, pharmacy on {CORNER} is out",
    "can the promotora {FIRST} come by {COLONIA} on saturday",
    "i have the wic appt {MD} and the doctor {MD}, same day?",
    "the interpreter {FIRST} was late again, we waited 2 hrs",
    "my husband {NAME} got deported {MD}, i need to change the emergency contact",
    "new emergency contact is my sister {NAME} {PHONE}",
    "remove {NAME} from my contacts please",
    "put {FIRST} {SURNAME} on my hipaa list, she is my daughter",
    "the home visit nurse can park at {CORNER}, the gate code changes",
    "our trailer is lot 9 behind {STREETLINE}, {CITY}",
    "we by the cotton gin on {ROAD} outside {CITY}",
    "send the bill to {STREETUP} {CITYUP} TX {ZIPNINE}",
    "dad {FIRST} on the kidney list, his coordinator {NAME} at {PHONE}",
]

LOGS = [
    "MSH|^~\\&|EPIC|TXMC|RHAPSODY|HOU|{HLTS}||ADT^A04|{REQID}|P|2.5.1",
    "PID|1||{MRN}^^^TXMC^MR||{LNUP}^{FNUP}^{INITS}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^TX^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^IHS^MR~{TRIBAL}^^^CNHS^TN||{LNUP}^{FNUP}||{HLDATE}|M|||{RURAL}^^{CITYUP}^OK^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETUP}^^{CITYUP}^TX|{PHONE}",
    "PV1|1|O|GULFTON^FAM^03||||{NPI}^{LNUP}^{FNUP}^^^^MD|||||||||||{ACCOUNT}",
    "IN1|1|TXMCD|TX MEDICAID||||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|||||||||||||||||{MEDICAID}",
    "OBX|1|TX|NOTE^Comment||pt {FNLOW} called from {PHONE} re: results||||||F|||{HLTS}",
    "GT1|1||{LNUP}^{FNUP}||{STREETUP}^^{CITYUP}^TX^{ZIP}|{PHONE}||{HLDATE}",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}",
    '{{"resourceType": "Patient", "id": "{PTUUID}", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"]}}], "birthDate": "{ISODATE}"}}',
    '{{"resourceType": "Patient", "identifier": [{{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{SSN}"}}], "telecom": [{{"system": "phone", "value": "{PHONE}"}}]}}',
    '{{"resourceType": "Patient", "address": [{{"line": ["{STREET}"], "city": "{CITY}", "state": "TX", "postalCode": "{ZIP}"}}]}}',
    '{{"resourceType": "Coverage", "subscriberId": "{MEDICAID}", "beneficiary": {{"display": "{NAME}"}}, "period": {{"start": "{ISODATE}"}}}}',
    '{{"resourceType": "RelatedPerson", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}", "{FIRST}"]}}], "relationship": "GRANDMOTHER"}}',
    '{{"resourceType": "Practitioner", "identifier": [{{"system": "http://hl7.org/fhir/sid/us-npi", "value": "{NPI}"}}], "name": [{{"text": "{DOC}"}}]}}',
    '{{"resourceType": "Device", "serialNumber": "{DEVICE}", "patient": {{"display": "{NAME}"}}}}',
    '{{"resourceType": "Patient", "extension": [{{"url": "tribal-affiliation", "valueString": "Cherokee Nation"}}], "identifier": [{{"value": "{TRIBAL}"}}]}}',
    '{TS} INFO appointment.booked patient="{NAME}" clinic=gulfton-fqhc slot={CLOCK} req={REQID}',
    "{TS} WARN sms.failed to={PHONE} lang=es attempt=3 queue={QUEUE}",
    "{TS} ERROR sms.failed to={MXPHONE} reason=intl_blocked",
    "{TS} INFO ivr.callback number={E164} menu=spanish duration_ms={MS}",
    "{TS} DEBUG intake.parsed ssn={SSN} zip={ZIP} dob={USDATE} pid={PIDN}",
    '{TS} INFO address.geocode input="{COLONIA}" result=none fallback=zip:{ZIP}',
    '{TS} WARN address.unverified line1="{RURAL}" city="{CITY}" usps=NO_MATCH',
    '{TS} INFO mobile_unit.stop location="{CORNER}" patients=14 driver={USER}',
    "{TS} INFO portal.login user={USER} ip={IP} status={STATUS} ms={MS}",
    "{TS} WARN portal.lockout user={USER} ip={IP} attempts=5",
    "{TS} INFO email.sent to={EMAIL} template=appt_reminder_es",
    "{TS} ERROR email.bounce rcpt={EMAIL} code=550 mx=mail.{QUEUE}",
    "{TS} INFO fax.sent to={FAX} pages=4 job={REQID}",
    '{TS} INFO fax.received from={FAX} pages=2 patient_hint="{LASTFIRST}"',
    "{TS} INFO eligibility.270 member={MEDICAID} dob={HLDATE} result=active",
    '{TS} WARN eligibility.271 member={PLAN} subscriber="{NAMEUP}" result=inactive',
    "{TS} INFO prc.referral tribal_id={TRIBAL} mrn={MRN} facility=claremore status=approved",
    "{TS} INFO device.paired serial={DEVICE} patient_mrn={MRN}",
    "{TS} WARN cgm.signal_lost device={IMEI} last_seen={CLOCK}",
    "{TS} INFO concentrator.telemetry mac={MAC} flow=2.0 spo2=91",
    "{TS} INFO parking.validated plate={PLATE} garage=smith-street duration_min=212",
    '{TS} INFO transport.booked rider="{NAME}" pickup="{STREET}" dropoff=clinic vehicle={VIN}',
    '{TS} INFO rx.filled rx={OTHER} patient="{LASTFIRST}" prescriber_npi={NPI}',
    '{TS} WARN pdmp.lookup patient="{NAME}" dob={USDATE} dl={DL}',
    "{TS} INFO chart.merge kept={MRN} merged={MRN} by={USER}",
    "{TS} AUDIT user={USER} action=view patient_mrn={MRN} reason=treatment ip={IP}",
    '{TS} AUDIT user={USER} action=print name="{NAME}" ssn_last4=****',
    '{TS} AUDIT break_the_glass user={USER} patient="{NAMEUP}" dob={ISODATE}',
    "{TS} INFO webhook.sent url={URL} status={STATUS} ms={MS}",
    '{TS} INFO interpreter.requested lang=kiche patient="{NAME}" appt={ISODATE}',
    '{TS} INFO interpreter.requested lang=vietnamese patient="{LASTFIRST}" phone={PHONE}',
    '{TS} INFO refugee.screening a_number={ANUM} name="{NAME}" arrival={ISODATE}',
    '{TS} INFO consular_id.scanned matricula={MATRICULA} name="{NAMEUP}"',
    '{TS} INFO workers_comp.claim claim={OTHER} employee="{NAME}" employer=permian-well-svc',
    '{{"level": "error", "msg": "fhir sync failed", "mrn": "{MRN}", "patient": "{NAME}", "retry": true}}',
    '{{"event": "appt_reminder", "to": "{PHONE}", "name": "{FIRST}", "lang": "es", "ts": "{TS}"}}',
    '{{"event": "address_changed", "old": "{STREET}", "new": "{COLONIA}", "city": "{CITY}", "zip": "{ZIP}"}}',
    '{{"event": "login", "user": "{USER}", "ip": "{IP}", "ok": false, "ms": {MS}}}',
    '{{"event": "portal_message", "from": "{EMAIL}", "subject": "refill", "patient_id": "{PTUUID}"}}',
    '{{"event": "guarantor_update", "account": "{ACCOUNT}", "guarantor": "{LASTFIRST}", "phone": "{PHONE}"}}',
    '{{"event": "tribal_enrollment_verified", "nation": "Muscogee (Creek) Nation", "citizen_no": "{TRIBAL}", "dob": "{ISODATE}"}}',
    '{{"event": "vehicle_registered", "plate": "{PLATE}", "vin": "{VIN}", "owner": "{NAME}"}}',
    '{{"event": "license_scan", "dl": "{DL}", "state": "TX", "name": "{NAMEUP}", "exp": "{ISODATE}"}}',
    '{{"queue": "{QUEUE}", "payload": {{"mrn": "{MRN}", "first": "{FIRST}", "last": "{SURNAME}", "dob": "{HLDATE}"}}}}',
    '{IP} - - [{TS}] "GET /api/patients/search?name={NAMEQ} HTTP/1.1" {STATUS} {BYTES} "-" "okhttp/4.9"',
    '{IP} - {USER} [{TS}] "GET /chart/{MRN}/summary HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{TS}] "POST /portal/login?u={USER} HTTP/2" {STATUS} {BYTES} rt={MS}',
    '{IP} - - [{TS}] "GET /scheduling?last={LNLOW}&first={FNLOW}&dob={ISODATE} HTTP/1.1" {STATUS} {BYTES}',
    "GET /api/v2/eligibility?medicaid_id={MEDICAID}&dob={HLDATE} {STATUS} {MS}ms",
    "GET /api/v2/tribal/verify?cdib={TRIBAL}&last={LNLOW} {STATUS} {MS}ms",
    "POST /api/v2/sms/send to={E164} body_len=140 {STATUS}",
    "Traceback (most recent call last):\n  File \"/srv/app/intake/parse.py\", line 88, in parse_dob\nValueError: bad dob '{USDATE}' for patient '{NAME}'",
    "Traceback (most recent call last):\n  File \"/srv/app/geo/colonia.py\", line 41, in geocode\nLookupError: no parcel for '{COLONIA}' zip {ZIP}",
    "java.lang.IllegalStateException: duplicate MRN {MRN} for {LASTFIRST}\n\tat org.txmc.mpi.Merge.run(Merge.java:212)",
    "KeyError: 'guarantor' while processing account {ACCOUNT} ({NAME})",
    'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patient_ssn_key" DETAIL: Key (ssn)=({SSN}) already exists.',
    "ERROR:  invalid input syntax for type date: \"{MD}\" at character 88 STATEMENT: UPDATE patient SET dob='{MD}' WHERE mrn='{MRN}'",
    "sqlite3.IntegrityError: NOT NULL constraint failed: contact.phone (name='{NAME}')",
    "ORA-00001: unique constraint (MPI.PT_NAME_DOB) violated for {LNUP},{FNUP} {HLDATE}",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~",
    "NM1*QC*1*{LNUP}*{FNUP}*{INITS}~N3*{STREETUP}~N4*{CITYUP}*TX*{ZIPNINE}~",
    "DMG*D8*{HLDATE}*F~REF*SY*{SSN}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~",
    "CLM*{ACCOUNT}*245.00***11:B:1*Y*A*Y*Y~REF*EA*{MRN}~",
    "TRN*1*{OTHER}*1742019234~NM1*IL*1*{LNUP}*{FNUP}~DTP*472*D8*{HLDATE}~",
    "mrn,last,first,dob,phone\n{MRN},{SURNAME},{FIRST},{USDATE},{PHONE}",
    '"{LASTFIRST}",{USDATE},{MEDICAID},{CITY},{ZIP}',
    "{MRN};{NAMEUP};{ISODATE};{COLONIA};{PHONE}",
    "tribal_id,name,clinic,dob\n{TRIBAL},{NAME},tahlequah,{ISODATE}",
    "/var/spool/fax/in/{HLDATE}_{LNLOW}_{FNLOW}_referral.pdf",
    "/mnt/scans/{LNLOW}_{FNLOW}_{MRN}_consent.tif",
    "s3://txmc-imaging/{MRN}/{HLDATE}/{LNLOW}-ct-abd.dcm",
    "/home/{USER}/exports/patients_{ISODATE}.csv",
    "C:\\Users\\{USER}\\Desktop\\{LNLOW}_{FNLOW}_labs.xlsx",
    '[{TS}] kafka topic={QUEUE} key={MRN} value={{"name":"{NAME}","phone":"{PHONE}"}}',
    "[{TS}] celery task=send_reminder args=('{PHONE}', '{FIRST}') retries=2",
    "[{TS}] cron[{PIDN}]: exported {BYTES} rows for {USER} to /srv/out/{LNLOW}.csv",
    '[{TS}] nginx upstream timed out while reading response, request="GET /p/{MRN}" client={IP}',
    '[{TS}] ldap bind ok dn="uid={USER},ou=staff,dc=txmc,dc=org" from {IP}',
    "[{TS}] sso saml assertion subject={STAFFEMAIL} ip={IP} status={STATUS}",
    "[{TS}] audit export by {USER}: {NAME} dob {USDATE} mrn {MRN}",
    '[{TS}] dispatch unit=MU-3 address="{CORNER}" caller={PHONE}',
    '[{TS}] ems.run pickup="{RURAL}" patient="{NAMEUP}" age={AGE}',
    "[{TS}] census bed=4W-12 pt={LASTFIRST} age={AGE} attending={DOC}",
    "[{TS}] labs.result mrn={MRN} name={NAMEUP} test=HbA1c value=9.4 collected={ISODATE}",
    '[{TS}] scheduler.no_show pt="{NAME}" appt={ISODATE} reason=transport',
    '[{TS}] outreach.visit promotora={USER} household="{COLONIA}" members=7',
    '[{TS}] payments.posted account={ACCOUNT} amount=35.00 payer="{NAME}"',
    "[{TS}] id_verify dl={DL} plate={PLATE} result=match",
    "[{TS}] ERROR ocr failed on card for {NAMEUP}, member id {PLAN}",
]

NOTES = [
    "HPI: {NAME} is a {AGE}-year-old Spanish-speaking woman from {COLONIA} brought by her daughter {FIRST} for dizziness since {MD}.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, oilfield worker from {CITY}, presents after a fall from a catwalk on {DATE}.",
    "HPI: {FIRST} {SURNAME} is a 34 yo Kiche-speaking man seen with interpreter; works at a poultry plant, lives at {STREET}, {CITY}.",
    "HPI: Mr. {SURNAME} is {AGE} years old, lives alone on {RURAL}, found by neighbor {NAME} on the floor.",
    "HPI: Patient {NAME} arrived from Kinshasa on {DATE}; A-number {ANUM}; fever and cough for 2 weeks.",
    "HPI: Mrs. {SURNAME}, a Vietnamese-speaking woman ({LASTFIRST} on ID), accompanied by son {FIRST}, reports chest tightness.",
    "HPI: {NAME} is a Cherokee Nation citizen ({TRIBAL}) seen at the clinic for diabetic foot wound.",
    "HPI: {FIRST} is a 6 yo brought by mother {NAME} for asthma exacerbation after the refinery flaring on {MD}.",
    "A/P: 1. Type 2 DM, poorly controlled. Refer to promotora {FIRST} for home visit at {COLONIA}. 2. RTC {MD}.",
    "A/P: HTN. Continue lisinopril. Pt prefers calls to daughter {NAME} at {PHONE}.",
    "A/P: Back strain, work-related. Work note faxed to employer at {FAX}, attn {NAME}. Claim {OTHER}.",
    "A/P: Latent TB. INH x 9 mo. Health dept contact {NAME} {PHONE}. Next visit {DATE}.",
    "Assessment: {AGEW} year old with failure to thrive; family ({FIRST}, {FIRST}) requests hospice info.",
    "Plan: home health referral to {STREET}, {CITY} {STATE} {ZIP}; gate code with son {FIRST}.",
    'S: pt {FIRST} states "my sugar been high since the storm". O: BG 312. A: hyperglycemia. P: see Dr. {SURNAME} {MD}.',
    "S: Mother {NAME} reports fever. O: T 38.9 C. A: AOM. P: amoxicillin. Callback {PHONE}.",
    "SOAP - {LASTFIRST} - DOB {DATE} - MRN {MRN}",
    "Subjective: {NAME} reports 3 days of dysuria. Lives with partner {FIRST} at {STREETLINE} {UNIT}.",
    "Nursing: Pt {NAME} ambulated in hall x2. Daughter-in-law {FIRST} at bedside, speaks Gujarati.",
    "Nursing: Called pt at {PHONE}, no answer, LVM in Spanish. Alt contact {NAME} {MXPHONE}.",
    "Nursing: Wound care done. Next home visit {MD} at {RURAL}. Directions: past the cattle guard on {ROAD}.",
    "Nursing note {ISODATE}: {FIRST} {SURNAME} tolerated dialysis, 3.1 kg removed.",
    "RN note: Interpreter {NAME} (Vietnamese) present for teaching. Pt verbalized understanding.",
    "Social work: Pt {NAME} and 4 children living in car near {CORNER}; referred to shelter; case {OTHER}.",
    "Social work: Family lives in {COLONIA} with no running water. Contact aunt {NAME} at {PHONE}.",
    "Social work: Refugee family resettled {DATE}; sponsor {NAME}; address {STREETLINE} {UNIT}, {CITY} {ZIP}.",
    "SW: Applied for CHIP for {FIRST} (DOB {USDATE}); Medicaid # for mother {MEDICAID}.",
    "SW: Pt's husband {NAME} detained {MD}; pt requests all calls to sister {FIRST} {PHONE}.",
    "Case management: PRC referral for {NAME}, tribal ID {TRIBAL}, to OU Medical for cath {DATE}.",
    "CM: Transportation arranged via tribal van for {FIRST} {SURNAME} from {RURAL} on {MD}.",
    "Pharmacy: Rx {OTHER} for {LASTFIRST} transferred from H-E-B {CITY}; prescriber {DOC}, NPI {NPI}.",
    "Pharmacy: Called {NAME} re insulin coverage; Medicaid ID {MEDICAID} inactive since {DATE}.",
    "Pharmacy note: Pt {FIRST} uses pill organizer filled by granddaughter {FIRST}.",
    "Pharmacist: PDMP reviewed for {NAME} DOB {USDATE}; TX DL {DL} verified.",
    "Dictation: This is Dr. {SURNAME} dictating on {NAME}, medical record number {MRN}, date of service {DATE}.",
    "Dictation: Patient is a {AGE}-year-old gentleman, {NAME}, referred by {DOC} of {CITY}.",
    "Dictated by {DOC}, MD. Transcribed {ISODATE} by {INITS}.",
    "Electronically signed by {DOC}, RN on {TS}",
    "Signed: {DOC}, LCSW {MD}",
    "cc: {DOC}, MD; {DOC}, NP; patient {NAME}",
    "Attending: {DOC}. Resident: {DOC}. Student: {INITS}.",
    "Emergency contact: {NAME} (son) {PHONE}; {NAME} (neighbor) {PHONE}.",
    "Guarantor: {LASTFIRST}, {STREET}, {CITY}, TX {ZIP}. Acct {ACCOUNT}.",
    "Insurance: Texas Medicaid STAR {MEDICAID}; secondary {PLAN}.",
    "Insurance: SoonerCare {MEDICAID}; IHS eligible; CDIB {TRIBAL}.",
    "Demographics: {NAME}, DOB {DATE}, SSN {SSN}, phone {PHONE}, email {EMAIL}.",
    "Demographics updated: address {COLONIA}, {CITY} TX {ZIP}; no street name per pt.",
    "Demographics: preferred language K'iche'; husband {NAME} speaks Spanish; phone {PHONE}.",
    "Portal: account {USER} created for {NAME}; proxy access to daughter {FIRST}.",
    "Portal: pt emailed from {EMAIL} asking for records; verified DOB {USDATE}.",
    "IT ticket {OTHER}: {USER} cannot access chart of {NAME} from {IP}.",
    "Device: CGM serial {DEVICE} issued to {NAME} {DATE}.",
    "Device: home concentrator MAC {MAC}; patient {LASTFIRST}.",
    "Vehicle: pt's truck plate {PLATE} left in ED lot; family {FIRST} to retrieve.",
    "Security: vehicle VIN {VIN} belonging to {NAME} towed {MD}.",
    "ED triage: {NAME}, {AGE} y/o, BIBA from {STREETLINE}, {CITY}. CC: SOB.",
    "ED course: pt's nephew {NAME} reports she is {AGEW}. Trop neg x2.",
    "Trauma: {NAMEUP}, 41M, pinned under pipe at a lease off {ROAD} near {CITY}, arrived {TS}.",
    "Burn unit: {NAME}, refinery worker, employer contact {NAME} {PHONE}; workers comp {OTHER}.",
    "OB: G3P2 {NAME} EDD {DATE}. FOB {FIRST} {SURNAME}. Prenatal care in Reynosa until {MD}.",
    "OB: Pt delivered at home in {COLONIA} on {DATE}; midwife {NAME}.",
    "Peds: {FIRST} {SURNAME}, 4 mo, WCC. Mom {FIRST}, dad {FIRST}. Lives at {STREETLINE}.",
    "Peds: Lead level elevated. Home built 1950 at {STREET}; referral to city health.",
    "Geri: {NAME} ({AGE}), lives with daughter {FIRST} in {CITY}; MMSE 18/30.",
    "Geri: Pt is {AGEW}, widow of {NAME}, wants DNR; witness {NAME}.",
    "Palliative: family meeting with {FIRST}, {FIRST} and {NAME}; Father {SURNAME} (Catholic chaplain) present.",
    "Behavioral health: {NAME} endorses stress after flood at {COLONIA} on {MD}.",
    "BH: Pt {FIRST} lives with grandmother {NAME}; safety plan given; crisis line shared.",
    "Dental: {NAME} referred from school nurse {NAME}; Medicaid {MEDICAID}.",
    "Optometry: {FIRST} {SURNAME} fitted for glasses; dispensed {DATE}.",
    "Refugee screen: {NAME}, A# {ANUM}, arrival {DATE}, from Kabul via Doha; Pashto interpreter {NAME}.",
    "Refugee screen: {LASTFIRST}, arrival {ISODATE}, Lingala; caseworker {NAME} {PHONE}.",
    "Tribal clinic intake: {NAME}, citizen of the Choctaw Nation #{TRIBAL}, DOB {USDATE}, {RURAL}, {CITY} OK {ZIP}.",
    "Tribal clinic: Muscogee citizen {NAME}, {TRIBAL}; chart {MRN}; diabetic eye exam today.",
    "IHS: PRC denial for {NAME} appealed {DATE}; case {OTHER}.",
    "Occupational: {NAME}, TWIC {OTHER}, pre-employment physical for a midstream company; DL {DL}.",
    "Occupational: DOT exam for {NAME}, CDL {DL}, expires {DATE}.",
    "Addendum {ISODATE}: spoke with {NAME} ({PHONE}); results reviewed.",
    "Addendum: corrected DOB from {DATE} to {DATE} per birth certificate.",
    "Addendum: pt's name is spelled {NAME}, not {NAME}; chart merged {MRN} into {MRN}.",
    "Telephone encounter: {FIRST} called from {PHONE} at 14:20 asking for refill.",
    "Telephone: mother {NAME} called re son {FIRST}; advised ED.",
    "Telephone: left message for {LASTFIRST} at {E164} Tuesday 09:15.",
    'Message from pt ({EMAIL}): "my granddaughter {FIRST} needs her papers".',
    "Referral: to {DOC}, cardiology, {STREETLINE}, {CITY}, fax {FAX}.",
    "Referral faxed to {FAX} on {DATE}; confirmation {OTHER}.",
    "Records request from attorney {NAME}, {STREETLINE}, {CITY}; patient {NAME}.",
    "Consent signed by {NAME} (mother) for {FIRST}; witness {DOC}.",
    "Advance directive: MPOA {NAME}, {PHONE}; alternate {NAME}.",
    "Discharge: to home at {STREET}, {CITY}, with son {NAME}; f/u {DOC} {MD}.",
    "Discharge: to nursing facility in {CITY}; report called to {FIRST}, RN.",
    "Transfer: accepted by {DOC} at {CITY} Regional; pt {NAMEUP}; acct {ACCOUNT}.",
    "Death note: {NAME} pronounced {TS}; family {NAME} notified; organ bank ref {OTHER}.",
    "Home visit: drove out {ROAD}, 3rd mailbox after the low-water crossing; pt {NAME} present.",
    "Home visit: colonia address {COLONIA}; no house number; met pt {FIRST} and abuela.",
    "Mobile unit log: seen at {CORNER}: {NAME}, {NAME}, {NAME}.",
    "Hill Country clinic: {NAME}, German speaker, lives {RURAL} near {CITY}; son {FIRST} farms.",
    "Interpreter: {NAME} (Telugu) by phone for {NAME}; ID 3318.",
    "Chaplain: visited {NAME}; family asked for imam; contact {FIRST} {PHONE}.",
    "Nutrition: {FIRST} {SURNAME}, WIC, 2 children; address {STREETLINE}.",
    "Billing: {NAME} self-pay, acct {ACCOUNT}, sliding fee 25%, letter to {STREET}.",
    "Billing: returned mail for {LASTFIRST} from {RURAL}; updated to {STREET}.",
    "Patient education: taught {FIRST} insulin; return demo by husband {FIRST}.",
    "Immunizations: {FIRST} {SURNAME} DOB {USDATE} received MMR; VFC eligible; Medicaid {MEDICAID}.",
    "Lab: specimen for {NAMEUP} MRN {MRN} hemolyzed, recollect {MD}.",
    "Radiology: CT for {LASTFIRST} ({MRN}) read by {DOC}.",
    "Wound clinic: {NAME} photo uploaded from device {DEVICE}.",
    "Hospitalist H&P: {NAME}, {AGE}M, from {CITY}, Cajun French speaker; wife {FIRST} at bedside.",
]

# Clinical look-alikes and this split's word-names in their ordinary sense: nothing here is PHI.
PHI_FREE = [
    "BP 148/92, HR 88, RR 18, SpO2 95% on room air.",
    "A1c 9.8% today, was 10.4% three months ago.",
    "Metformin 1000 mg PO BID with meals.",
    "Glipizide 5 mg daily; hold if BG < 70.",
    "Insulin glargine 22 units at bedtime.",
    "Lisinopril 20 mg daily, amlodipine 5 mg daily.",
    "E11.65 type 2 diabetes with hyperglycemia.",
    "I10 essential hypertension.",
    "J45.41 moderate persistent asthma with exacerbation.",
    "R50.9 fever, unspecified.",
    "Z59.01 sheltered homelessness.",
    "Z59.41 food insecurity.",
    "Z60.3 acculturation difficulty.",
    "A15.0 tuberculosis of lung.",
    "B54 unspecified malaria.",
    "LOINC 4548-4 hemoglobin A1c.",
    "LOINC 2345-7 glucose, serum.",
    "CPT 99214 established patient visit.",
    "CPT 96372 therapeutic injection.",
    "CPT 99406 smoking cessation counseling, 3-10 minutes.",
    "Parkinson's disease, stable on carbidopa-levodopa.",
    "Chagas disease screening recommended for patients from Central America.",
    "Hansen's disease clinic referral in Houston.",
    "Cushing's syndrome ruled out.",
    "Graves' disease on methimazole.",
    "Bell's palsy, improving.",
    "Valley fever (coccidioidomycosis) considered given West Texas exposure.",
    "Dengue IgM negative.",
    "Hepatitis B surface antigen negative.",
    "QuantiFERON positive; chest x-ray clear.",
    "Patient is 67 years old.",
    "Patient is 84 years old and lives with family.",
    "Grandfather is 88 and still drives to church.",
    "The baby is 9 months old.",
    "Follow up in 2 weeks.",
    "Return on Tuesday morning.",
    "Clinic closed Thursday afternoon for staff training.",
    "Symptoms started in 2019.",
    "Diagnosed with diabetes in 2004.",
    "Hurricane season runs June through November.",
    "Heat index 108 F; hydrate every 15 minutes on the rig.",
    "H2S exposure training required for all lease workers.",
    "The landman came by about the mineral rights lease.",
    "The gauger reads the tanks every morning.",
    "Use a dibble to plant the onion sets.",
    "Roll the ink with a brayer before pressing.",
    "The swingle on the old plow broke.",
    "The poulter sold eggs at the farmers market.",
    "The warrener kept rabbits on the estate.",
    "Row with the oar against the thole pin.",
    "Split the shingles with a froe and a mallet.",
    "The oxman led the team to the field.",
    "A cottar rented a small cottage on the farm.",
    "The tapster poured beer at the old inn.",
    "The puddler worked the iron in the furnace.",
    "The railroad switcher moved cars in the yard.",
    "The road grader smoothed the caliche road.",
    "The pardoner appears in Chaucer's tales.",
    "The winnower separated chaff from the grain.",
    "The motorman drove the streetcar downtown.",
    "Squeeze lemons into water for taste.",
    "Seals were seen off the coast near the jetty.",
    "Use a stick to stir the paint.",
    "Hatchet injuries need a tetanus booster.",
    "Tdap given today, lot number on the VIS.",
    "MMR dose 2 given; next vaccines at 11 years.",
    "Flu vaccine offered and declined.",
    "COVID-19 booster given, left deltoid.",
    "Amoxicillin 90 mg/kg/day divided BID for 10 days.",
    "Albuterol 2 puffs every 4 hours as needed.",
    "Fluticasone 110 mcg 2 puffs BID.",
    "Prednisolone 1 mg/kg/day for 5 days.",
    "Isoniazid 300 mg daily with vitamin B6 25 mg.",
    "Artemether-lumefantrine per weight band.",
    "Ivermectin 200 mcg/kg once for strongyloides.",
    "Albendazole 400 mg once.",
    "Praziquantel for schistosomiasis.",
    "Ferrous sulfate 325 mg daily.",
    "Potassium 3.2 mmol/L, replaced.",
    "Sodium 131 mmol/L.",
    "Creatinine 1.8 mg/dL, eGFR 38.",
    "Hemoglobin 9.1 g/dL.",
    "Platelets 98 K/uL.",
    "TSH 6.2 mIU/L.",
    "LDL 162 mg/dL.",
    "Urine microalbumin 120 mg/g.",
    "Temp 38.7 C, HR 124 in the 4 year old.",
    "Weight 82.4 kg, BMI 31.",
    "Pain 7/10, sharp, left lower back.",
    "Blood sugar 312 before lunch.",
    "Needs Spanish interpreter.",
    "Needs Vietnamese interpreter.",
    "Needs K'iche' interpreter; Spanish is a second language.",
    "Needs Pashto interpreter.",
    "Needs Lingala or Swahili interpreter.",
    "Needs Gujarati interpreter.",
    "Needs Telugu interpreter.",
    "Cajun French spoken at home.",
    "Speaks Cherokee and English.",
    "Prefers Mvskoke language materials.",
    "Refugee health screening per CDC guidelines.",
    "Medicaid renewal packet mailed.",
    "CHIP enrollment pending.",
    "Prior authorization required for the CGM.",
    "Sliding fee scale applied at 25%.",
    "No insurance; charity care application started.",
    "Purchased/Referred Care eligibility confirmed.",
    "Indian Health Service facility.",
    "Federally qualified health center.",
    "Promotora visited the colonia on Saturday.",
    "Mobile clinic parked at the church on Wednesday.",
    "The flea market clinic runs on Sundays.",
    "Water boil notice in effect for the county.",
    "No running water in the home; uses a cistern.",
    "Septic tank overflow after the flood.",
    "Mold in the apartment after Hurricane Beryl.",
    "Power outage lasted 6 days after the freeze.",
    "Works 14 days on, 7 days off in the oil field.",
    "Works at a meatpacking plant, night shift.",
    "Works in construction, roofing.",
    "Drives a truck for a frac sand company.",
    "Refinery worker exposed to benzene.",
    "Smokes 1 pack per day for 20 years.",
    "Drinks 6 beers on weekends.",
    "Uses no tobacco; chews betel nut occasionally.",
    "Fasting during Ramadan; adjust insulin timing.",
    "Observes Tet; family visiting from Vietnam.",
    "Stomp dance weekend; traveling to the ceremonial grounds.",
    "Pow wow season; plans to travel.",
    "Attends Catholic mass on Sunday.",
    "The 2-year-old has 12 teeth.",
    "Growth at the 40th percentile.",
    "Head circumference normal for age.",
    "Developmental milestones met for 18 months.",
    "Edinburgh Postnatal Depression Scale score 14.",
    "PHQ-9 score 16, moderately severe.",
    "GAD-7 score 11.",
    "AUDIT-C score 6.",
    "MMSE 24/30.",
    "Fall risk high; walker at all times.",
    "Braden score 14.",
    "Glasgow Coma Scale 15.",
    "ECG: normal sinus rhythm, rate 78.",
    "Echo: EF 35%.",
    "Chest x-ray: no infiltrate.",
    "CT head negative for bleed.",
    "Ultrasound at 20 weeks: normal anatomy.",
    "Gestational diabetes, diet controlled.",
    "G2P1 at 32 weeks.",
    "Breastfeeding well.",
    "Wound 3 cm x 2 cm, clean, granulating.",
    "Sutures removed day 10.",
    "Cast on left forearm for 6 weeks.",
    "Referred to podiatry for diabetic foot care.",
    "Retinal photos sent for reading.",
    "The clinic is on the second floor.",
    "Parking in the garage is free with validation.",
    "Bring all pill bottles to the next visit.",
    "Do not drive after the eye drops.",
]
