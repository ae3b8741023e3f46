"""The "blind6" split: a held-out judge for PHI redaction, written blind.

Its writer never read the redaction engine, its tests, its training or benchmark code, or any of
its output, and never ran the engine on this data. Only the data-generation files were read
(generate.py, templates.py, values.py, tune4.py and tune5.py) for the module interface and the
annotation conventions; the pools of the other splits were compared against this one's by a
script only, never studied.

The split is meant to look like what a US outpatient clinic really sees:

* CHAT: patient-portal messages typed on phones by patients and their relatives, in lower case,
  with typos and little punctuation, names in passing ("tell dr X thanks", "this is X's
  daughter", a given name alone signing off at the end, nicknames, given names that are ordinary
  words or places), dates in every casual form ("the 14th", "3/14", "next tues the 9th", "march
  14th", "14 march", "on 3-14", "feb 2nd at 10"), addresses typed casually, phone numbers in many
  shapes, e-mail addresses and insurance numbers. About half of the identifiers are names and
  dates.
* LOGS: application log lines: key=value, JSON, query strings, HL7 v2 segments (each name
  component its own NAME), CSV rows, Python and Java stack-trace fragments, nginx access lines,
  Celery task lines, carrying every kind of identifier.
* NOTES: clinical notes of many kinds: HPI, assessment and plan, discharge summaries, referral
  letters, phone encounters, nursing, social work, medication reconciliation, operative notes,
  signature blocks, family and social history naming relatives, with dates of service, birth and
  admission in many formats.
* PHI_FREE: lines with no identifier at all that look as if they might hold one: vitals, doses,
  lab values with units, ICD-10, LOINC, CPT and NDC codes, eponyms (Parkinson's disease, Bell's
  palsy, Hodgkin lymphoma, Cushing's, Murphy's sign), ages under 90, weekdays, years alone,
  durations, drug names, version strings, HTTP status codes, room and bed numbers, generic log
  lines, scores and times of day.

Names come from many origins (US Anglo and Appalachian, African American, Mexican, Central
American, Puerto Rican and Dominican, Nigerian, Ghanaian and Sahelian, Somali, Ethiopian and
Eritrean, Chinese and Cantonese, Korean, Japanese, Vietnamese, Filipino, Punjabi, Tamil,
Bengali and Nepali, Hmong, Lao, Khmer, Burmese and Karen, Arab, Persian and Afghan, Ukrainian,
Romanian, Czech, Hungarian and Albanian, Navajo, Lakota and Muscogee, Hawaiian, Samoan, Tongan and
Marshallese, Irish), including given and family names that are common English words, hyphenated
and double surnames, family-first order, initials, generational suffixes and quoted nicknames.

No given name, family name, street name, city or e-mail domain here (particles such as "de",
"van" or "al", generic address words and top-level domains aside) appears, after folding accents
and case, in the pools of values.py (with the Faker names it draws), templates.py, blind.py,
blind2.py, blind3.py, blind4.py, blind5.py, tune2.py, tune3.py, tune4.py or tune5.py; this was
checked word by word with a throwaway script.

Annotation follows tune4.py: a state is not scored; a weekday next to a date ("next tues the
9th") and a clock time after it ("feb 2nd at 10", "03/14/2024 14:22") stay outside the DATE,
while a whole ISO or logging timestamp is one DATE (in an nginx access line the clock after
"14/Mar/2024:" stays outside); "the" in "the 14th" is outside the DATE; a title (Dr., Mrs.), a
credential (MD, RN) and a possessive "'s" stay outside the NAME; only ages over 89 are
AGE_OVER_89; a year alone, a month alone or a weekday alone is not PHI. A street name without a
house number ("lives off Teasel Rd") and a unit line on its own ("Apt 4B") are ADDRESS. A slot's
text is the whole labelled span, so a slot's value holds only what must be masked. Slots whose
label is None are filler that is not PHI (request ids, latencies, clock times).
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "us_anglo": (6, [
        "Kenna", "Merrill", "Kip", "Marva", "Doreen", "Roxie", "Tiffani", "Ila", "Retha", "Novella",
        "Treva", "Arlis", "Wilburn", "Murl", "Verlin", "Gaylon", "Alvis", "Coleman", "Elvis",
        "Ferris", "Irvin", "Lester", "Oren", "Sherrill", "Talmadge", "Alta", "Cordie", "Dovie",
        "Gussie", "Hettie", "Icie", "Jettie", "Sudie", "Tressie", "Una", "Wilda", "Arizona",
        "Missouri", "Texie", "Delphia", "Lutie", "Mossie", "Arvilla", "Burnice", "Dencil",
        "Glendon", "Lenard", "Mearl", "Purvis", "Shelva", "Wayland", "Zeb", "Rylee", "Brinley",
        "Raylan", "Huxley", "Zayden", "Brycen", "Makenzie",
    ], [
        "Throckmorton", "Whitlow", "Tackett", "Vanhoose", "Fannin", "Haddix", "Whisenant",
        "Shackelford", "Gambrell", "Hammontree", "Killebrew", "Pigman", "Ritchie", "Turnbow",
        "Vanover", "Yeary", "Brashear", "Begley", "Justus", "Stamper", "Kiser", "Dingess", "Bevins",
        "Salyer", "Triplett", "Wireman", "Helton", "Cornett", "Eversole", "Coots", "Halcomb",
        "Neace", "Sparkman", "Duff", "Gayheart", "Hacker", "Ison", "Jent", "Kilburn", "Lovins",
        "Marcum", "Pelfrey", "Shoupe", "Yonts", "Akers", "Damron", "Elswick", "Frasure",
        "Gearheart", "Hatmaker", "Keathley", "Lykins", "Mayhorn", "Newsome", "Oaks", "Prater",
        "Stacy", "Trimble", "Wooton", "Absher", "Bolen", "Fraley", "Goble", "Isom", "Jessee",
        "Lyttle", "Meade", "Nickles", "Ousley", "Ramey", "Skeens", "Thacker", "Wolford", "Yost",
    ]),
    "african_american": (5, [
        "Trevon", "Deja", "Tyreek", "Eartha", "Hosea", "Isiah", "Jaquavious", "Orlandus",
        "Prentiss", "Quintavious", "Shavonne", "Travonte", "Ulanda", "Xavion", "Dazhane", "Nakisha",
        "Raynell", "Tamesha", "Whitnee", "Zykeria", "Earvin", "Fredrick", "Jarell", "Marquavious",
        "Rodarius", "Savion", "Tyquan", "Kentrell", "Jakobe", "Denzel",
    ], [
        "Massenburg", "Yarborough", "Cokley", "Scurlock", "Blakeney", "Etheridge", "Fripp",
        "Hagans", "Izzard", "Nimmons", "Pendarvis", "Tarver", "Umstead", "Whack", "Zeigler",
        "Farrow", "Jiles", "Keys", "Lyde", "Mccaskill", "Nunnally", "Overton", "Tabron", "Fobbs",
        "Jefferies", "Nero", "Ozenne", "Ponder", "Rideau", "Stovall", "Walden",
    ]),
    "hispanic": (6, [
        "Altagracia", "Yunior", "Apolonio", "Nicasio", "Deysi", "Silverio", "Librado", "Nazario",
        "Pascasio", "Rosalio", "Sotero", "Giselle", "Belisario", "Ildefonso", "Reveriano",
        "Telésforo", "Florinda", "Gertrudis", "Inocencia", "Macrina", "Yesica", "Jennyfer",
        "Josselyn", "Nahomi",
    ], [
        "Malacara", "Paniagua", "Iturbide", "Noriega", "Vela", "Duenas", "Magallanes", "Reyna",
        "Aldaco", "Bojorquez", "Dorantes", "Elenes", "Favela", "Galaviz", "Isiordia", "Mancera",
        "Olague", "Quijas", "Rubalcava", "Uzeta", "Balcazar", "Degollado", "Huizar", "Ituarte",
        "Jacquez", "Sifuentes", "Zermeño", "Chavira", "Gurrola", "Islas", "Rivero", "Solano",
        "Valtierra", "Zubia",
    ]),
    "west_african": (4, [
        "Amara", "Selorm", "Senyo", "Yayra", "Eyram", "Makafui", "Kekeli", "Delali", "Onyinye",
        "Somadina", "Chibueze", "Ayomide", "Feyisayo", "Ibukun", "Mofeoluwa", "Ademola", "Astou",
        "Rokia",
    ], [
        "Annan", "Ouedraogo", "Sawadogo", "Poku", "Sekyere", "Baffour", "Dankwa", "Agbodeka",
        "Dzidzienyo", "Ahiable", "Gbeho", "Chinwe", "Ogunbanjo", "Kaba", "Abara", "Dike", "Mbanefo",
        "Nwokolo", "Obidike", "Okolie", "Sowunmi", "Tiamiyu", "Ayittey", "Darkwa", "Ohene",
        "Baidoo", "Eshun", "Kwofie", "Mbeah", "Quansah", "Sackey", "Tandoh",
    ]),
    "horn_of_africa": (3, [
        "Liban", "Luwam", "Habtom", "Caasha", "Faadumo", "Ilhaan", "Kaltuun", "Maryan", "Qamar",
        "Warsan", "Xamdi", "Yasmiin", "Zamzam", "Cabdi", "Dahir", "Geedi", "Hassan", "Ismaaciil",
        "Mukhtar", "Nuur", "Chaltu", "Fikru", "Negussie", "Rediet", "Wubet", "Zerihun", "Adhanom",
        "Eyob", "Feven", "Goitom", "Natnael", "Saba",
    ], [
        "Ghebreyesus", "Berhe", "Gurey", "Kahin", "Mahamud", "Nuh", "Raage", "Shire", "Waberi",
        "Yare", "Chala", "Degefa", "Fekadu", "Hundesa", "Jirata", "Megersa", "Negasa", "Olana",
        "Regassa", "Wakjira", "Zewde", "Araya", "Hagos", "Mehari",
    ]),
    "chinese": (3, [
        "Wenjing", "Shumei", "Suying", "Guihua", "Yufen", "Cuihua", "Aiguo", "Weidong", "Lijuan",
        "Yuqing", "Zhihao", "Ruixue", "Shengli", "Changming", "Baoshan", "Guangming", "Huaiyu",
        "Kangning", "Minghui", "Shaoqing", "Tianhua", "Xinyue", "Yaping", "Zhaoyang",
    ], [
        "Shangguan", "Dai", "Yung", "Sham", "Ge", "Bi", "Mu", "Sha", "Zhen", "Sit", "Yam", "Kan",
        "Quon", "Gei",
    ]),
    "korean": (2, [
        "Sumin", "Seunghyun", "Myungsook", "Sangchul", "Byungho", "Jieun", "Bokhee", "Chunja",
        "Duri", "Geumja", "Hwaja", "Jeomsun", "Kkotnim", "Mija", "Nami", "Ongnyeo", "Pilsun",
        "Sangok", "Soonhee", "Taesik", "Ungyong", "Yeongho", "Beomsu", "Deoksu", "Gilsu",
        "Heungmin", "Jinho", "Kwangho", "Manseok", "Namsu", "Pyeongho", "Seongcheol", "Wonsik",
        "Yonghwan", "Seohyun", "Hayoon", "Siyun", "Dain", "Harin", "Nuri", "Sarang", "Yewon",
        "Eunseo",
    ], [
        "Wi", "Sagong", "Namgoong", "Eo", "Gyeong", "Ga", "Yeop", "Gook", "Seon",
    ]),
    "japanese": (2, [
        "Akari", "Emi", "Etsuko", "Ikuko", "Natsuko", "Ritsuko", "Shinobu", "Tamiko", "Umeko",
        "Eiji", "Fumio", "Goro", "Ichiro", "Jiro", "Mamoru", "Saburo", "Tetsuya", "Yukio",
        "Akihiro", "Genki", "Toru", "Himari", "Tsumugi",
    ], [
        "Toguchi", "Nakama", "Kakazu", "Wakabayashi", "Shirakawa", "Hanzawa", "Kagawa", "Tokunaga",
        "Utsunomiya", "Nakatani", "Sakaguchi", "Oyama", "Shinohara", "Inouye", "Nishiyama",
    ]),
    "filipino": (3, [
        "Jhong", "Leonisa", "Aiza", "Cherrylyn", "Gerlie", "Hermogenes", "Lilibeth", "Tessie",
        "Melchor", "Pacifico", "Zosimo",
    ], [
        "Cabangon", "Fabella", "Hizon", "Labrador", "Obando", "Pacquiao", "Rañola", "Sabado",
        "Hernaez", "Ilustre", "Mapa", "Palma", "Villaroman",
    ]),
    "south_asian": (4, [
        "Rajinder", "Anand", "Aravind", "Nisha", "Sangita", "Charanjit", "Daljit", "Gurbachan",
        "Harbhajan", "Jagdeep", "Lakhvir", "Mandeep", "Narinder", "Ravinder", "Balamurugan",
        "Dhanalakshmi", "Ganesan", "Malathi", "Ravichandran", "Indrani", "Joydeep", "Mousumi",
        "Dipendra", "Kalpana", "Manju", "Nabin", "Pratima", "Suman",
    ], [
        "Raghunathan", "Akter", "Gosal", "Hundal", "Nijjar", "Chidambaram", "Duraisamy", "Elango",
        "Gopalan", "Lakshmanan", "Vaidyanathan", "Ghoshal", "Neupane", "Regmi", "Timilsina",
    ]),
    "southeast_asian": (3, [
        "Blia", "Khamphou", "Chanthy", "Thida", "Dewi", "Ler", "Zoua", "Mee", "Houa", "Lue",
        "Txawj", "Nplooj", "Ntxhi", "Noy", "Phet", "Souk", "Vilay", "Bounthanh", "Chansamone",
        "Dalavanh", "Kongkeo", "Thongchanh", "Vanhsy", "Chamroeun", "Kimsan", "Leakhena", "Mony",
        "Narith", "Ratha", "Sambath", "Sophal", "Thearith", "Myo", "Thiri", "Zarni", "Hnin",
        "Sandar", "Thuzar", "Yadanar", "Blu", "Pha", "Loc", "Que", "Thoai", "Ut", "Khuyen",
    ], [
        "Sisouvong", "Pich", "Oum", "Suryadi", "Yaj", "Tsab", "Khounborine", "Rattanavong",
        "Sayavong", "Thammavong", "Vongsakda", "Douangdara", "Bounnam", "Keophilavong", "Huot",
        "Tep", "Phi", "Than", "Nghe",
    ]),
    "arab": (3, [
        "Marwa", "Suhail", "Diyar", "Emad", "Thamer", "Usama", "Zuhair", "Enas", "Fatin", "Jumana",
        "Khawla", "Thuraya", "Yusra", "Aseel",
    ], [
        "Shalabi", "Tawfiq", "Berri", "Fawaz", "Jarrah", "Badawi", "Chehab", "Lahoud", "Alwan",
        "Dabbas", "Hallak", "Jundi", "Qutub", "Tuma", "Younis",
    ]),
    "persian_afghan": (3, [
        "Afshin", "Bahram", "Cyrus", "Davoud", "Esmaeil", "Ghasem", "Hooshang", "Iraj",
        "Manouchehr", "Touraj", "Vahid", "Yousof", "Delaram", "Elnaz", "Gelareh", "Jaleh",
        "Katayoun", "Mahsa", "Nasim", "Tahmineh", "Hamidullah", "Khalilullah", "Nasratullah",
        "Rahmatullah", "Samiullah", "Wahidullah", "Zabiullah", "Malalai", "Pashtana", "Storai",
        "Wazhma",
    ], [
        "Qaderi", "Dehghan", "Fallahi", "Golzari", "Izadi", "Javadi", "Lotfi", "Pakravan", "Qasemi",
        "Rafiei", "Tabatabai", "Vaziri", "Davoudi", "Foroughi", "Habibi", "Jalali", "Achakzai",
        "Alokozai", "Habibzai", "Tokhi", "Yousafzai", "Zadran",
    ]),
    "eastern_european": (4, [
        "Vasile", "Ilie", "Gabor", "Blerim", "Drita", "Fedir", "Ihor", "Kostiantyn", "Maksym",
        "Orest", "Roman", "Tetiana", "Yulia", "Gigel", "Iulian", "Nicu", "Traian", "Viorel", "Anca",
        "Daciana", "Raluca", "Bence", "Csaba", "Dezso", "Gyorgy", "Janos", "Levente", "Miklos",
        "Piroska", "Szilvia", "Agim", "Bujar", "Ermal", "Gezim", "Kujtim", "Lindita", "Vjosa",
    ], [
        "Kravchenko", "Novotny", "Kharchenko", "Koval", "Shvets", "Polishchuk", "Yakovenko",
        "Honchar", "Ponomarenko", "Klymenko", "Dumitru", "Gheorghiu", "Oprea", "Radulescu", "Tudor",
        "Vasilescu", "Zamfir", "Cernat", "Dragomir", "Enache", "Florea", "Meszaros", "Oravecz",
        "Pinter", "Racz", "Vass", "Zsiga", "Blazek", "Cerny", "Bajrami", "Cela", "Dushi", "Hasani",
        "Lleshi", "Osmani", "Sadiku", "Xhafa",
    ]),
    "native_american": (2, [
        "Shilah", "Hinto", "Dezba", "Bidzii", "Hastiin", "Lapu", "Nascha", "Shiyé", "Yanaba",
        "Achak", "Enapay", "Hehaka", "Kimimila", "Mahkah", "Ojinjintka", "Tatanka", "Wahchinksapa",
        "Chitsa", "Istu", "Sokanon",
    ], [
        "Chitto", "Bowlegs", "Wahpepah", "Walks", "Bedonie", "Claw", "Dedman", "Peshlakai",
        "Wauneka", "Blackbear", "Fast", "Runs", "Above", "Whirlwind", "Deere", "Emarthla", "Fixico",
        "Larney", "Micco", "Yahola",
    ]),
    "pacific_islander": (2, [
        "Lisiate", "Jeban", "Tarkey", "Akoni", "Haunani", "Laka", "Maile", "Nalani", "Palila",
        "Wailani", "Alapati", "Malakai", "Penitoa", "Vaea", "Heilala", "Kalisi", "Kuli", "Lesieli",
        "Alden", "Hemos", "Jinna", "Kinoshi", "Lijohn", "Neiko", "Rokko",
    ], [
        "Kauhane", "Makaiwi", "Vaifale", "Jetnil", "Langidrik", "Lokeijak", "Anjain", "Sigrah",
        "Kapaona", "Kekumu", "Kuahiwi", "Mahoe", "Naone", "Pahia", "Puahi", "Aiono", "Lauina",
        "Masoe", "Paepae", "Tafuna", "Vaitai", "Heimuli", "Kupu", "Tapueluelu", "Alik", "Bejang",
        "Capelle", "Kaminaga", "Laelang", "Riklon", "Zackhras",
    ]),
    "irish": (3, [
        "Brendan", "Ailbhe", "Fiadh", "Laoise", "Riona", "Sadhbh", "Treasa", "Bairbre", "Mairtin",
        "Proinsias", "Turlough", "Aodh", "Fionn", "Iarla", "Líadan", "Mór", "Tiernan", "Blánaid",
        "Cillian", "Ruadhán",
    ], [
        "Cinneide", "Dochartaigh", "Fhlaithearta", "Laoire", "Murchu", "Suilleabhain", "Tuathail",
        "Drennan", "Enright", "Fennessy", "Quinlivan", "Sheehy", "Brosnan", "Daly", "Egan",
        "Galvin", "Horgan", "Keane", "Madden", "Naughton", "Prendergast", "Rooney",
    ]),
}  # fmt: skip

FAMILY_FIRST = {"chinese", "korean", "southeast_asian"}
DOUBLE_SURNAME = {"hispanic"}

# Given and family names that are also everyday words or places.
WORD_GIVEN = [
    "Tinsel", "Lace", "Honeybee", "Sparkle", "Hallelujah", "Covenant", "Tennessee", "Kentucky",
    "Nevada", "Wyoming", "Kansas", "Alabama", "Venice", "Nazareth", "Sinai", "Diesel", "Trooper",
    "Banjo", "Fiddle", "Rowdy", "Bandit", "Dime", "Jazz", "Blues", "Sonata", "Flame", "Spark",
    "Lightning", "Midnight", "Fawn", "Filly", "Pony", "Bee", "Butterfly", "Toffee", "Fudge",
    "Cocoa", "Mocha", "Nutmeg", "Parsley", "Mint", "Whiskey", "Tequila", "Chablis", "Merlot",
    "Chardonnay", "Chevy", "Gucci", "Cartier", "Dior", "Prada", "Barbie", "Blondie", "Blue",
    "Chaplain", "General", "Colonel", "Captain", "Pilot", "Puddin", "Biscuit", "Cupid", "Cheer",
    "Tranquility", "Innocence", "Bounty", "Abundance",
]  # fmt: skip
WORD_FAMILY = [
    "Shufflebotham", "Toothaker", "Onions", "Vinegar", "Cream", "Milk", "Spice", "Pea", "Peas",
    "Turnip", "Parsnip", "Radish", "Beet", "Carrot", "Squash", "Melon", "Grape", "Raisin",
    "Currant", "Fig", "Hedge", "Shrub", "Thorne", "Evening", "Weekes", "Sunday", "Shine", "Dark",
    "Pink", "Lead", "Tinn", "Chimes", "Horn", "Drum", "Harp", "Trumpet", "Bugle", "Whistle",
    "Jester", "Fool", "Poor", "Sad", "Glad", "Godly", "Devil", "Littlechild", "Babb", "Bairn",
    "Boyes", "Wifey", "Widdows", "Orphan", "Cousins", "Nephew", "Neighbors", "Friendly", "Stranger",
    "Guest", "Host", "Greet", "Dolittle", "Shakespeare", "Longfellow", "Goodfellow", "Puddle",
    "Streams", "Wellspring", "Tide", "Wave", "Dewdrop", "Frostick", "Snowball", "Icicle",
    "Hotchkiss", "Warmington", "Heater", "Fireman", "Smoke", "Coalman", "Sootman", "Chimney",
    "Hearth", "Skillet", "Fryer", "Broiler", "Roaster", "Toaster", "Bakewell", "Oven", "Dough",
    "Flour", "Grinder", "Millstone", "Stack", "Bale",
]  # fmt: skip

NICKNAMES = [
    "Tater", "Lil", "Bit", "Flaca", "Sugarfoot", "Cooter", "Dumplin", "Goober", "Hambone",
    "Ironhead", "Jellybean", "Moochie", "Nutsy", "Rascal", "Wimpy", "Yoyo", "Zoom", "Cheeto",
    "Fofo", "Huevo", "Rigo", "Negrito", "Morena", "Bombon", "Dookie", "Fatback", "Greasy", "Hootie",
    "Jughead", "Pokey", "Tweety", "Uno",
]  # fmt: skip

SUFFIX = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O"})


def _fold(text: str) -> str:
    """Drop accents; keep ASCII only."""
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


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _family(rng: random.Random, origin: str) -> str:
    last = rng.choice(ORIGINS[origin][2])
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.3:
        other = rng.choice(ORIGINS[origin][2])
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.6 else f"{last}-{other}"
    elif roll < 0.08 and " " not in last:  # hyphenated by marriage, across origins
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and other != last:
            last = f"{last}-{other}"
    return last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.6 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.7 else _family(rng, _origin(rng))
    return first, last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(ORIGINS[origin][1]), _family(rng, origin)
    if rng.random() < 0.2:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "blind6") -> tuple[str, str]:
    if rng.random() < 0.15:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind6") -> str:
    return person(rng)[1]


def full_name(rng: random.Random, _split: str = "blind6") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < 0.14 else _person_from(rng, origin)
    given = first.replace("-", " ").split(" ")[0]
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return f"{last} {first}"
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.37:
        return f"{last}, {first}"
    if form < 0.43:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.47:
        mid = rng.choice(ORIGINS[origin][1])
        return f"{first} {mid} {last}" if mid != first else f"{first} {last}"
    if form < 0.51:
        return f"{given[0]}. {last}"
    if form < 0.54:
        return f"{given[0]}.{_initial(rng)}. {last}"
    if form < 0.59:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.63:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.69:
        return first
    if form < 0.73:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.77:
        return f"{_fold(last)}, {_fold(first)}".upper()
    if form < 0.81:
        return f"{last}, {first} {_initial(rng)}."
    if form < 0.85:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.88:
        return f"{first} {_initial(rng)}. {last}, {rng.choice(SUFFIX)}"
    if form < 0.91:
        return f"{_initial(rng)}. {given} {last}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{first[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice(
        [f"{last}, {first}"] * 4 + [f"{last},{first}", f"{last}, {first} {_initial(rng)}"]
    )


def caps_name(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{last}, {first} {_initial(rng)}",
                       f"{first} {last}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    """A clinician's name as written before a credential."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{first[0]}. {last}",
                       f"{first} {last}"])  # fmt: skip


def last_upper(rng: random.Random) -> str:
    return _fold(surname(rng)).upper()


def first_upper(rng: random.Random) -> str:
    return _fold(given_name(rng)).upper()


def middle_upper(rng: random.Random) -> str:
    return _initial(rng) if rng.random() < 0.6 else first_upper(rng)


def initials(rng: random.Random) -> str:
    a, b = _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}. {b}."])


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Wolfberry", "Thimbleberry", "Salmonberry", "Teasel", "Purslane", "Pennyroyal", "Horehound",
    "Goshawk", "Grackle", "Ticonderoga", "Quarrystone", "Sluiceway", "Bellfounder", "Flatboat",
    "Keelboat", "Towpath", "Lockkeeper", "Aspenglow", "Copperhead", "Cottonmouth", "Kingsnake",
    "Mudpuppy", "Hellbender", "Salamander", "Bullfrog", "Firefly", "Katydid", "Cicada", "Dragonfly",
    "Damselfly", "Mayfly", "Caddis", "Hickorynut", "Ponderosa", "Lodgepole", "Knob", "Fir",
    "Peeper", "Sweetfern", "Bunchberry", "Twinflower", "Pipsissewa", "Snakeroot", "Sneezeweed",
    "Tickseed", "Coreopsis", "Gaillardia", "Phacelia", "Paintbrush", "Pussytoes", "Camas",
    "Balsamroot", "Arrowleaf", "Saltbush", "Greasebush", "Smoketree", "Desertwillow", "Catclaw",
    "Fishhook", "Barrelcactus", "Pincushion", "Hedgehog", "Prickly", "Coati", "Weasel", "Pika",
    "Marmot", "Chipmunk", "Woodchuck", "Groundhog", "Pocket", "Gopher", "Vole", "Shrew", "Mole",
    "Owl", "Screech", "Barred", "Snowy", "Sawwhet", "Kittiwake", "Murre", "Auk", "Guillemot",
    "Razorbill", "Fulmar", "Skua", "Gull", "Pelican", "Rail", "Coot", "Crake", "Tinamou",
    "Chachalaca", "Pauraque", "Poorwill", "Trogon", "Woodpecker", "Pewee", "Vermilion", "Bushtit",
    "Creeper", "Dipper", "Solitaire", "Longspur", "Redstart", "Yellowthroat", "Ovenbird",
    "Waterthrush", "Pyrrhuloxia", "Blackbird", "Cowbird", "Redpoll",
]  # fmt: skip
NUMBERED = ["36th", "76th", "93rd", "104th", "129th", "143rd", "158th", "176th", "Thirteenth",
            "Sixteenth"]  # fmt: skip
STREET_TYPES = [("St", 9), ("Street", 4), ("Ave", 7), ("Avenue", 2), ("Rd", 7), ("Road", 3),
                ("Dr", 5), ("Drive", 2), ("Ln", 4), ("Lane", 2), ("Blvd", 2), ("Ct", 3),
                ("Way", 3), ("Pl", 2), ("Ter", 1), ("Cir", 2), ("Pkwy", 1), ("Trl", 2),
                ("Loop", 1), ("Cv", 1), ("Run", 1), ("Hollow", 1), ("Pike", 1), ("Xing", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "N. ", "S. ", "NE ", "SW ", "North ", "West "]
POSTDIR = [" NE", " NW", " SE", " SW", " N", " E"]
UNITS = ["Apt 7C", "Apt. 14", "Apt #2", "Apt 305", "Apt D", "Unit 9", "Unit 11-B", "#118",
         "# 6", "#A", "Ste 210", "Suite 4400", "Lot 19", "Lot #31", "Trlr 12", "Bldg D",
         "Bldg 2 Apt 9", "Rear Unit", "Upper", "Lower Level", "Fl 3", "3rd Fl", "Apt 2F",
         "Unit H", "Space 44", "Apt 1210", "Rm 6"]  # fmt: skip


def _street_name(rng: random.Random) -> str:
    return rng.choice(STREETS) if rng.random() < 0.88 else rng.choice(NUMBERED)


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:
        return f"{rng.randint(2, 3999)} 1/2"
    if roll < 0.09:
        return f"{rng.randint(10, 999)}{rng.choice('ABC')}"
    if roll < 0.11:
        return f"N{rng.randint(1000, 9999)}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 59999)]))  # fmt: skip


def street_name(rng: random.Random) -> str:
    """A street without a house number: 'Teasel Rd', 'N Goshawk St', 'Grackle Ave SW'."""
    pre = rng.choice([""] * 7 + PREDIR)
    post = rng.choice([""] * 8 + POSTDIR) if not pre else ""
    return f"{pre}{_street_name(rng)} {_street_type(rng)}{post}"


def street_line(rng: random.Random) -> str:
    return f"{_house_number(rng)} {street_name(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["PO Box", "P.O. Box", "po box", "Box", "POB", "P O Box"])
    return f"{kind} {rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 99999)])}"


def rural_route(rng: random.Random) -> str:
    n, box = rng.randint(1, 9), rng.randint(1, 899)
    return rng.choice([
        f"RR {n} Box {box}", f"Rural Route {n}, Box {box}", f"HC {rng.randint(61, 88)} Box {box}",
        f"{rng.randint(100, 29999)} County Road {rng.randint(1, 899)}",
        f"{rng.randint(100, 29999)} State Hwy {rng.randint(2, 199)}",
        f"{rng.randint(100, 9999)} US Hwy {rng.randint(2, 99)} {rng.choice(['N', 'S', 'E', 'W'])}",
        f"{rng.randint(100, 9999)} FM {rng.randint(100, 3000)}", f"Navajo Route {rng.randint(2, 99)}",
        f"{rng.randint(100, 9999)} BIA Route {rng.randint(2, 99)}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind6") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.15:
        return rural_route(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


CITIES = [
    "Negaunee", "Calumet", "Nelsonville", "Paintsville", "Prestonsburg", "Hindman", "Whitesburg",
    "Buckhannon", "Philippi", "Keyser", "Moorefield", "Lewisburg", "Wytheville", "Grundy",
    "Farmville", "Kenbridge", "Williamston", "Laurinburg", "Wadesboro", "Albemarle", "Kingstree",
    "Walterboro", "Allendale", "Barnwell", "Bamberg", "Estill", "Ridgeland", "Ganado", "Crownpoint",
    "Brawley", "Coachella", "Wasco", "Kolonia", "Saipan", "Garapan", "Wanblee", "Wewoka",
    "Stilwell", "Louisa", "Grayson", "Vanceburg", "Maysville", "Cynthiana", "Flemingsburg",
    "Owingsville", "Frenchburg", "Campton", "Hyden", "Barbourville", "Harrogate", "Tazewell",
    "Sneedville", "Rogersville", "Jonesborough", "Erwin", "Elizabethton", "Wilkesboro", "Elkin",
    "Airy", "Hillsville", "Chilhowie", "Saltville", "Honaker", "Clintwood", "Haysi", "Coeburn",
    "Ewing", "Gate", "Duffield", "Dungannon", "Nickelsville", "Castlewood", "Richlands",
    "Pocahontas", "Bramwell", "Princeton", "Alderson", "Ronceverte", "Marlinton", "Harman",
    "Belington", "Grantsville", "Romney", "Berkeley", "Wardensville", "Kasson", "Zumbrota",
    "Wabasha", "Ivanhoe", "Canby", "Ortonville", "Wheaton", "Breckenridge", "Fosston", "Warroad",
    "Roseau", "Baudette", "Marais", "Hinckley", "Sandstone", "Milaca", "Lakes", "Blackduck",
    "Kelliher", "Northome", "Nashwauk", "Keewatin", "Buhl", "Eveleth", "Babbitt",
]  # fmt: skip

STATES = ["WI", "Wis", "MI", "Mich.", "OH", "Ohio", "KY", "Ky.", "WV", "W.Va.", "VA", "NC", "N.C.",
          "SC", "GA", "Ga.", "NM", "New Mexico", "AZ", "Ariz.", "CA", "Calif.", "HI", "Hawaii",
          "ND", "SD", "MT", "Mont.", "OK", "Okla.", "MH", "FM", "MP", "ky", "oh", "nc"]  # fmt: skip


def city(rng: random.Random, _split: str = "blind6") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.05:
        return name.upper()
    if roll < 0.1:
        return name.lower()
    return name


def city_upper(rng: random.Random) -> str:
    return rng.choice(CITIES).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(601, 99929):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.randint(601, 99929):05d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                 "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                 "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
                 "thirty-first"]  # fmt: skip
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2017, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1922, 1934), (1935, 1970), (1971, 2025)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)


def _month_day(rng: random.Random, m: int, d: int) -> str:
    month, ab, chat, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([
        f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{month} {d}", f"{month} {d}{o}",
        f"{month.lower()} {d}{o}", f"{d} {month}", f"{d} {month.lower()}", f"{d}{o} {month}",
        f"{ab} {d}", f"{ab}. {d}", f"{chat} {d}", f"{chat} {d}{o}", f"{d}{o} of {month.lower()}",
        f"{m}.{d}", f"{month.lower()} {ORDINAL_WORDS[d - 1]}", f"{d}-{ab}",
    ])  # fmt: skip


def _full_date(rng: random.Random, y: int, m: int, d: int) -> str:
    month, ab, chat, o, yy = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d), y % 100
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}", f"{m}-{d}-{yy:02d}", f"{m}.{d}.{y}",
        f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}", f"{month} {d} {y}", f"{ab} {d}, {y}",
        f"{ab}. {d}, {y}", f"{chat} {d} {y}", f"{d} {month} {y}", f"{d} {ab} {y}", f"{d}-{ab}-{y}",
        f"{d:02d}-{ab.upper()}-{y}", f"{d:02d}{ab.upper()}{y}", f"{month} {d}{o}, {y}",
        f"{d}{o} {month} {y}", f"{month} {d}{o} {y}", f"{y}/{m}/{d}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return _month_day(rng, m, d) if rng.random() < 0.25 else _full_date(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    """A date without a year, as typed: 3/14, march 14th, 14 march, 3-14, feb 2nd."""
    _, m, d = _ymd(rng)
    return _month_day(rng, m, d)


def day_ordinal(rng: random.Random) -> str:
    """The day alone after 'the': 'the 14th', 'tues the 9th'."""
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}" if rng.random() < 0.85 else ORDINAL_WORDS[d - 1]


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    month, ab = MONTHS[m - 1], ABBR[m - 1]
    return rng.choice([
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{ab}-{y}", f"{month} {d}, {y}", f"{ab} {d} {y}", f"{m:02d}-{d:02d}-{y}",
        f"{d:02d}{ab.upper()}{y}", f"{m}.{d}.{y}",
    ])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2008, 2026)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{MONTHS[m - 1].lower()} of {y}", f"{ABBR[m - 1]} '{y % 100:02d}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"])


def long_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice(
        [f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}"]
    )


def compact_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2020, 2026)
    hh, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [
            f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}",
            f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}{rng.randint(0, 59):02d}",
        ]
    )


def timestamp(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2021, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}{ms:03d}+00:00",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    """nginx access-line date: 14/Mar/2024 (the clock after it stays outside)."""
    y, m, d = _ymd(rng, 2022, 2026)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


_NINETY = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
           "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 105)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return age_number(rng)
    n = rng.randint(90, 103)
    if n < 100:
        return rng.choice([_NINETY[n - 90], _NINETY[n - 90].replace("-", " ")])
    return ["one hundred", "a hundred and one", "one hundred two", "a hundred and three"][n - 100]


# --- Phones, e-mail, usernames, URLs, IP addresses ---------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(205, 989), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"{a} {b} {c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}",
        f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(10, 999)}", f"{a}-{b}-{c} x{rng.randint(1, 99)}",
        f"{a} {b}-{c}", f"+1{a}{b}{c}", f"{a}/{b}-{c}", f"1 ({a}) {b} {c}", f"{a}.{b}{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.randint(205, 989)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


DOMAINS = [
    "yadtel.net", "pticomm.com", "ruralwaves.net", "hbci.net", "ktc.com", "srtc.us", "dtc.net",
    "wctc.com", "scrtc.net", "bvu.net", "swva.com", "bendbroadband.us", "ccountry.net", "htc.com",
    "pbtcomm.net", "chibardun.net", "hotwire.com", "wtc.us", "hometel.net",
]  # fmt: skip
_HANDLE_WORDS = ["nanaof5", "bassboat", "deerhunter", "praisegod", "coffeequeen", "momof3",
                 "gamerdad", "tacotuesday", "quiltergran", "mudrunner", "yogamama", "dialysiswarrior",
                 "truckinpapa", "cowgirlup", "fishon", "sweettea"]  # fmt: skip


def email(rng: random.Random, _split: str = "blind6") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "pt", _handle(last) or "user"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2010)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}",
        f"{f}{yy}", f"{ln}{f[0]}{n}", f"{rng.choice(_HANDLE_WORDS)}{n}", f"{f}-{ln}",
        f"the{ln}s", f"{f[:3]}{ln[:3]}{yy % 100:02d}", f"{rng.choice(_HANDLE_WORDS)}.{f}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "blind6") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "pt", _handle(last) or "user"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2010)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}",
        f"{ln.upper()}{f[0].upper()}", f"{rng.choice(_HANDLE_WORDS)}_{n}", f"{f}{ln}", f"{ln}_{f}",
        f"{f}{yy}", f"{f[:4]}{ln[:4]}", f"{f}.{ln[0]}{n}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "blind6") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "pt", _handle(last) or "user"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.gofundme.com/f/help-{f}-{ln}", f"https://www.caringbridge.org/visit/{f}{ln}",
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.instagram.com/{f}_{ln}",
        f"https://www.tiktok.com/@{f}{ln}", f"https://www.linkedin.com/in/{f}-{ln}-{_hex(rng, 6)}",
        f"https://mealtrain.com/trains/{_letters(rng, 6, string.ascii_lowercase + string.digits)}",
        f"https://photos.app.goo.gl/{_letters(rng, 16, an)}", f"https://drive.google.com/file/d/{_letters(rng, 28, an)}/view",
        f"https://www.venmo.com/u/{f}-{ln}-{rng.randint(1, 9)}", f"https://{ln}{f}.blogspot.com",
        f"https://portal.clinic.example/p/{_digits(rng, 9)}", f"www.{ln}family.net",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.32:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2601:{g[1]}:{g[2]}::{g[7]}", f"2607:fb90:{g[3]}:{g[4]}::{g[6]}"]
        )
    return (
        f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"], [7, 2, 2, 1]
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), f"0{_digits(rng, 6)}", f"MR{_digits(rng, 7)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"Z{_digits(rng, 8)}",
        f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"{_digits(rng, 9)}", f"K{_digits(rng, 6)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    a = _MBI_ALPHA
    return (f"{rng.randint(1, 9)}{rng.choice(a)}{rng.choice(a + string.digits)}{rng.randint(0, 9)}"
            f"{rng.choice(a)}{rng.choice(a + string.digits)}{rng.randint(0, 9)}{rng.choice(a)}"
            f"{rng.choice(a)}{_digits(rng, 2)}")  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    m = mbi(rng)
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 8)}01",
        f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}A", m, f"{m[:4]}-{m[4:7]}-{m[7:]}",
        f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_digits(rng, 11)}", f"U{_digits(rng, 8)} 01",
        f"{_letters(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"MC{_digits(rng, 8)}", f"{_digits(rng, 8)}-{_digits(rng, 2)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8), _digits(rng, 10), f"HB{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        f"G{_digits(rng, 7)}", f"PFS-{_digits(rng, 7)}", f"{_digits(rng, 6)}.{_digits(rng, 2)}",
        f"ACCT{_digits(rng, 6)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
    ])  # fmt: skip


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_digit("80840" + base)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 7)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"{_digits(rng, 8)}", f"{a}{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}", f"RN{_digits(rng, 7)}", f"MD.{_digits(rng, 5)}",
        f"DL {_digits(rng, 9)}", f"{a}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("HJKLMNPRST")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 4)}", f"{_letters(rng, 3)} {_digits(rng, 4)}",
        f"{_digits(rng, 3)}-{_letters(rng, 3)}", f"{rng.randint(1, 9)}{_letters(rng, 2)}{_digits(rng, 4)}",
        f"{_letters(rng, 2)}-{_digits(rng, 5)}", f"{_letters(rng, 1)}{_digits(rng, 2)}-{_letters(rng, 3)}",
        rng.choice(["GRANMA1", "NDN PRD", "HOKIE7", "MOMTAXI", "BIGRED5", "CATDOC"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return payload + _luhn_digit(payload)


def mac_address(rng: random.Random) -> str:
    parts = [_hex(rng, 2) for _ in range(6)]
    return ":".join(parts).upper() if rng.random() < 0.5 else "-".join(parts)


def device_id(rng: random.Random) -> str:
    return rng.choice([
        imei(rng), mac_address(rng), f"SN{_digits(rng, 10)}", f"{_letters(rng, 2)}{_digits(rng, 8)}",
        f"{_letters(rng, 3)}-{_digits(rng, 6)}", f"(01){_digits(rng, 14)}(21){_letters(rng, 2)}{_digits(rng, 6)}",
        f"{_letters(rng, 1)}{_digits(rng, 6)}{_letters(rng, 1)}", f"{_hex(rng, 8)}-{_hex(rng, 4)}",
        f"G{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 4)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([
        f"CLM{_digits(rng, 9)}", f"PA{_digits(rng, 7)}", f"REF-{_digits(rng, 6)}", f"Rx {_digits(rng, 7)}",
        f"{rng.randint(20, 26)}-{_digits(rng, 6)}", f"ACC{_digits(rng, 8)}", f"ENC-{_digits(rng, 8)}",
        f"{_letters(rng, 2)}{_digits(rng, 8)}", f"TK-{_digits(rng, 5)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
        f"AUTH{_digits(rng, 6)}", f"W{_digits(rng, 2)}-{_digits(rng, 5)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler ----------------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return _hex(rng, rng.choice([8, 12, 16]))


def latency(rng: random.Random) -> str:
    return str(rng.randint(2, 2400))


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "GIVEN": ("NAME", given_name),
    "WGIVEN": ("NAME", word_given),  # given names that are words or places
    "WFAM": ("NAME", word_family),  # family names that are words
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential
    "LNUP": ("NAME", last_upper),  # HL7 components
    "FNUP": ("NAME", first_upper),
    "MIDUP": ("NAME", middle_upper),
    "INITS": ("NAME", initials),
    "STREETNAME": ("ADDRESS", street_name),
    "STREETLINE": ("ADDRESS", street_line),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "MD": ("DATE", month_day),
    "DAYTH": ("DATE", day_ordinal),
    "DOB": ("DATE", dob),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "LONGDATE": ("DATE", long_date),
    "YMD": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),
    "AGENUM": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "CLOCK": (None, clock),
}

# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format; a slot is
# never written directly before a doubled closing brace.

CHAT = [
    # Relatives and names in passing.
    "hi this is {GIVEN}'s daughter, mom cant work the app so im messaging for her",
    "tell dr {SURNAME} thanks, the new inhaler is way better",
    "this is {NAME}, {GIVEN}'s husband. she has a fever again since last night",
    "my son {GIVEN} has a cough that wont quit, can he be seen {MD}",
    "can my sister {WGIVEN} pick up my meds? she has my id",
    "{NICK} is gonna drive me, hes my nephew",
    "my grandson {GIVEN} set this up for me so im not sure it works",
    "pls let dr {WFAM} know i stopped the metformin, it made me sick",
    "nurse {GIVEN} said to message here if the swelling came back and it did",
    "ask {WGIVEN} at the front desk, she knows about my paperwork",
    "im {GIVEN} {SURNAME}'s caregiver, can i get on her portal",
    "is dr {SURNAME} in on fridays or only dr {SURNAME}",
    "my mom {NAME} passed on {MD}, please cancel her appts",
    "my daughter {WGIVEN} is 6 and has a rash on her belly",
    "my husband {NICK} ({GIVEN} on his chart) hurt his back at work",
    "the pharmacist {GIVEN} said u need to send a new script",
    "aunt {GIVEN} lives with us now and she needs a new doctor",
    "{WGIVEN} {WFAM} is my emergency contact, not my ex",
    "our foster daughter {GIVEN} needs a physical for daycare",
    "my wife {NAME} and i both need flu shots, can we come together",
    "tell {GIVEN} in billing i sent the payment",
    "is {SURNAME} the PA? she was really nice",
    "grandpa {GIVEN} is {AGE} and keeps forgetting his pills",
    "my dad is {AGE} this year and still drives, is that ok with his eyes",
    "great grandma turned {AGE} on {MD}! she wants a checkup",
    "mom is {AGE} and the home nurse {GIVEN} says her legs are swelling",
    "my brother in law {NAME} wants to switch to ur clinic",
    "my boyfriend {GIVEN} tested positive, should i get tested too",
    # Signatures at the end.
    "ok sounds good thank u\n{GIVEN}",
    "thank you!! - {GIVEN}",
    "see you then\n-{NICK}",
    "sorry to bother, {NAME}",
    "appreciate yall\n\n{GIVEN} {SURNAME}",
    "thanks so much {GIVEN}",
    "will call tomorrow. {WGIVEN}",
    "ty\n{LASTFIRST}",
    # Dates every which way.
    "can i move my appt from the {DAYTH} to the {DAYTH}",
    "is my appt {MD} or {MD}? the text and the letter dont match",
    "next tues the {DAYTH} works for me",
    "can i come in {MD} at 10",
    "my last period was {MD} and i took a test today",
    "i got my shots on {DATE} i think",
    "on {MD} i fell in the kitchen and my wrist still hurts",
    "can we do thurs {MD} after 3",
    "my colonoscopy is {MD}, when do i start the prep",
    "started the antibiotic the {DAYTH}, still no better",
    "she was born {DOB} and needs her 4 yr shots",
    "havent seen anyone since {MONYEAR}",
    "my surgery is scheduled for {DATE}, do i stop the aspirin",
    "he got stitches {MD} at urgent care, can u take them out",
    "i'll be out of town from {MD} to {MD}",
    "the lab said to come back {MD} fasting",
    "i was in the er {DATE} for chest pain",
    "my dob is {DOB}, the portal has it wrong",
    "{GIVEN} dob {DOB} needs a refill",
    "due date is {DATE} and the baby is kicking less",
    "last tetanus was {MONYEAR} i think",
    "the letter dated {LONGDATE} says i owe money",
    "i can do the {DAYTH} or the {DAYTH}, mornings only",
    "reschedule to {MD} at 2:30 if u can",
    "my mammogram was {MD} and nobody called with results",
    # Addresses typed casually.
    "new address is {STREET} {CITY} {ZIP}",
    "we moved to {STREETLINE} in {CITY}, pls update",
    "send the bill to {POBOX} {CITY} {STATE} {ZIP}",
    "im out on {RURAL}, the nurse got lost last time",
    "the house on {STREETNAME} with the red truck out front",
    "my apt is {STREETLINE} {UNIT}, buzzer is broken",
    "we live off {STREETNAME} past the gas station",
    "mail goes to {POBOX} but we live at {STREET}",
    "mom lives at {STREET} now, can home health go there",
    "im staying at my cousins in {CITY} till {MD}",
    "is there a clinic closer to {CITY}",
    "we moved from {CITY} to {CITY} last month",
    "can u send records to the er in {CITY}",
    "dropped the sample off at the lab on {STREETNAME}",
    "address is\n{STREETLINE}\n{UNIT}\n{CITY} {STATE} {ZIP}",
    # Phones, e-mail.
    "call me at {PHONE} i cant check this much",
    "my new cell is {PHONE}",
    "home {PHONE} work {PHONE}",
    "text my daughter {GIVEN} at {PHONE} if u cant reach me",
    "dont use {PHONE} anymore",
    "fax it to my lawyer {FAX} pls",
    "email me at {EMAIL}",
    "my email changed to {EMAIL}",
    "send the work note to {EMAIL} by {MD}",
    # Numbers.
    "member id {PLAN}, group is on the back",
    "my new insurance id is {PLAN}",
    "medicare number {MBI}",
    "my ssn is {SSN} for the form",
    "mrn {MRN} i think",
    "acct {ACCOUNT} shows a balance but i paid {MD}",
    "reference # {OTHER} from the insurance",
    "auth number is {OTHER}",
    "my cpap serial is {DEVICE}",
    "glucose monitor id {DEVICE} wont pair",
    "plate {PLATE} got a ticket in ur lot",
    "vin {VIN} for the accident forms",
    "my license # {LICENSE} for the handicap tag",
    "username {USER} is locked",
    "someone logged in from {IP}?? wasnt me",
    "here is the link {URL}",
    # Run-ons.
    "hi its {NAME} my mom {GIVEN} is {AGE} and fell {MD} can someone call {PHONE}",
    "ok so i called on the {DAYTH} and nobody called back its {GIVEN} btw",
    "this is {GIVEN} from {CITY}, my husband {GIVEN} needs his bp meds refilled",
    "my neighbor {WGIVEN} found my dad on the floor at {STREET}",
    "we got back from {CITY} on {MD} and the baby has a fever",
    "dr {SURNAME} said to come back {MD} but i work, can i do {MD}",
    "hola soy {GIVEN}, mi esposo {NAME} tiene cita el {MD}",
    "mi direccion es {STREET}, {CITY}",
    "my mom only speaks arabic, her name is {NAME}, dob {DOB}",
    "{GIVEN} here, still waiting on the mri results from {MD}",
    "kids are {GIVEN} and {GIVEN}, both need shots before the {DAYTH}",
    "grandma {GIVEN} {SURNAME} in {CITY} is {AGE}, can she get a home visit",
]

NOTES = [
    # Headers.
    "Patient: {CAPSNAME}    DOB: {DOB}    MRN: {MRN}\nDOS: {USDATE}",
    "PATIENT: {CAPSNAME}\nDATE OF BIRTH: {DOB}\nACCT: {ACCOUNT}\nADMIT DATE: {DATE}",
    "Name: {NAME} | DOB: {DOB} | MRN: {MRN} | Visit: {DATE}",
    "{LASTFIRST} ({AGENUM} y.o. F) MRN {MRN}, seen {MD}",
    "RE: {NAME}\nDOB: {DOB}\nDate of service: {LONGDATE}",
    "ENCOUNTER: {DATE}  PROVIDER: {DOC}, MD  CLINIC: {CITY} Family Medicine",
    "Patient label: {CAPSNAME} / {DOB} / {MRN} / {PLAN}",
    # HPI.
    "HPI: {NAME} is a 58 y/o man who presents on {DATE} with 2 days of fever.",
    "HPI: Mrs. {SURNAME} is a {AGE}-year-old woman brought by her son {GIVEN} for confusion since {MD}.",
    "HPI: Mr. {WFAM} reports the cough began on the {DAYTH}; denies hemoptysis.",
    "History obtained from pt's granddaughter, {NAME}, who lives with him in {CITY}.",
    "{AGENUM}M with CHF and CKD 3 here with daughter {GIVEN} for dyspnea x 3 days.",
    "Last seen in clinic {DATE} by Dr. {SURNAME}; A1c then 8.4%.",
    "Pt states symptoms began around {MD} after a trip to {CITY}.",
    "Presented to {CITY} Memorial ED on {DATE}; transferred here on {DATE}.",
    "Per wife {WGIVEN}, pt has been sleeping 14 hours a day since {MONYEAR}.",
    "LMP {MD}; urine hCG positive today.",
    # A&P.
    "A/P: {AGE} y/o with advanced dementia; goals of care discussed with HCPOA {NAME}.",
    "Plan: RTC {MD} for INR; son {GIVEN} will transport.",
    "Plan: refer to Dr. {SURNAME}, GI; repeat labs {MONYEAR}.",
    "Follow-up with {DOC}, MD at {STREET}, {CITY}, {STATE} {ZIP}; tel {PHONE}.",
    "Next visit {DATE} at 09:40 with {DOC}, NP.",
    "Discussed with pt and her partner {NAME}; both agree with plan.",
    # Discharge.
    "DISCHARGE SUMMARY\nAdmitted: {DATE}\nDischarged: {DATE}\nAttending: {DOC}, MD\nPCP: {DOC}, DO",
    "Admitted {ISODATE}; discharged {ISODATE} home with husband {GIVEN}.",
    "Disposition: SNF ({CITY} Health and Rehab) on {DATE}.",
    "Discharged to {STREET}, {CITY} {STATE} {ZIP}; caregiver {NAME} instructed in wound care.",
    "Admitted on the {DAYTH} for pyelonephritis, discharged on the {DAYTH}.",
    "Hospital course: admitted {MD}; ICU {MD}-{MD}; floor until discharge {MD}.",
    "D/C instructions reviewed with pt and daughter {WGIVEN} via interpreter.",
    # Referral letters.
    "Dear Dr. {SURNAME},\nThank you for referring {NAME} (DOB {DOB}), whom I saw on {DATE}.",
    "Dear {GIVEN},\nI saw your patient Ms. {SURNAME} today in the {CITY} clinic.",
    "Re: {NAME}, DOB {DOB}\nReferred for evaluation of a right breast mass noted {MD}.",
    "Referral to {DOC}, MD, Nephrology, {STREET}, {CITY} {ZIP}; fax {FAX}.",
    "Sincerely,\n{DOC}, MD\n{CITY} Pulmonary Associates\n{STREET}\n{CITY}, {STATE} {ZIP}\nPh {PHONE}  Fax {FAX}",
    "Consult requested by {DOC}, MD on {DATE} for new-onset atrial fibrillation.",
    "To whom it may concern: {NAME} was seen in our office on {LONGDATE} and may return to work {MD}.",
    # Signature blocks.
    "Electronically signed by {DOC}, MD on {DATE} at 17:05",
    "Signed: {DOC}, PA-C {USDATE} 11:32",
    "Dictated by {DOC}, MD. D: {DATE} T: {DATE} by {INITS}",
    "cc: {DOC}, MD; {DOC}, NP; {DOC}, RD",
    "Attestation: I saw the patient with Dr. {SURNAME} (PGY-2) and agree with the plan. {DOC}, MD",
    "Scribed by {NAME} for {DOC}, MD on {DATE}.",
    "Note reviewed and cosigned, {DOC}, DO, {MD}",
    # Phone encounters.
    "Phone note {DATE}: spoke with pt's wife {GIVEN} at {PHONE}; BP 168/94 at home.",
    "TC from {NAME} (daughter) at 14:10 re: pt not eating since {MD}. Advised ED.",
    "LVM at {PHONE} for pt to call back re: labs. 2nd attempt {MD}.",
    "Returned call to {LASTFIRST}; swelling improved; keep appt on the {DAYTH}.",
    "Pharmacy ({PHONE}) called; spoke with {GIVEN}, RPh, re: dose clarification.",
    "Call from {CITY} Home Health nurse {GIVEN}: pt missed visits this week.",
    "Pt's son {NAME} called from {CITY}; records faxed to {FAX}.",
    # Nursing.
    "Nursing: pt resting, husband {GIVEN} at bedside, call light in reach.",
    "0400: pt pulled PIV; replaced R hand. Daughter {GIVEN} updated ({PHONE}).",
    "Two identifiers verified: {NAME}, DOB {DOB}.",
    "Belongings (dentures, glasses, phone) sent home with son {NAME}.",
    "Handoff to {GIVEN}, RN at 1900; no acute events.",
    "Pt asking for sister {GIVEN}, who lives in {CITY}; chaplain {NAME} visited.",
    "Wound care per {DOC}, RN, CWOCN; next change {MD}.",
    # Social work / case management.
    "SW: pt lives with partner {GIVEN} in a 3rd-floor walk-up at {STREET}, {CITY}.",
    "SW: pt homeless; mail to {POBOX}, {CITY}; shelter on {STREETNAME}.",
    "CM: home is {RURAL}, 50 min from nearest pharmacy; niece {NAME} drives.",
    "APS worker {NAME} ({PHONE}) notified re: concerns at the home on {STREETNAME}.",
    "DME delivery to {STREETLINE}, {UNIT} scheduled {MD}.",
    "Medicaid application filed {DATE}; case # {OTHER}.",
    "Guardian {NAME} appointed {DATE}; papers scanned to chart.",
    "Pt moved from {CITY} to {CITY} in {MONYEAR} to be near son {GIVEN}.",
    "Ride arranged; driver {GIVEN}, vehicle plate {PLATE}.",
    # Family / social history.
    "FH: mother {GIVEN} d. at 71 of breast ca; brother {GIVEN} in {CITY} with T1DM.",
    "SH: lives with wife {NAME} on a farm off {STREETNAME}; former coal miner.",
    "SH: widowed; daughter {NAME} ({PHONE}) is primary contact.",
    "FH: father {NAME} died {MONYEAR} of MI at 62; sister {WGIVEN} with lupus.",
    "Pt's mother, {NAME}, is {AGE} and lives in a nursing home in {CITY}.",
    "Emergency contact: {NAME}, spouse, {PHONE}.",
    "Lives alone in {CITY}; neighbor {WNAME} checks in daily.",
    # Med rec.
    "Med rec completed with pt and daughter {GIVEN} on {DATE}; list from {CITY} Drug.",
    "Home meds verified by pharmacist {DOC}, PharmD, {MD}.",
    "Rx {OTHER} sent to pharmacy, fax {FAX}; prescriber NPI {NPI}.",
    "Controlled substance agreement signed {DATE}; DEA {DEA}.",
    # Op notes.
    "OPERATIVE NOTE\nDate of surgery: {DATE}\nSurgeon: {DOC}, MD\nAssistant: {DOC}, PA-C\nAnesthesia: {DOC}, CRNA",
    "Procedure performed on {ISODATE} by {DOC}, MD; implant serial {DEVICE}.",
    "Pacemaker implanted {MONYEAR}, device {DEVICE}, checked remotely {MD}.",
    "Insulin pump S/N {DEVICE}; CGM transmitter {DEVICE}.",
    # Identifiers in the chart.
    "Insurance: member {PLAN}; secondary Medicare {MBI}.",
    "SSN {SSN} verified at registration on {DATE}.",
    "Portal username {USER}; email {EMAIL} confirmed.",
    "Driver's license {LICENSE} scanned for ID.",
    "MVC: pt driver, vehicle VIN {VIN}, police report {OTHER}.",
    "Pt accessed records from IP {IP} on {DATE}; flagged by privacy.",
    "Pt maintains a care blog at {URL}.",
    "Billing account {ACCOUNT}; guarantor {NAME}, {STREET}, {CITY} {ZIP}.",
    "Patient is a {AGE}-year-old female, widowed, lives at {STREET}.",
    "Daughter {NAME} reports pt turned {AGE} on {MD}.",
    "Home address confirmed: {STREETLINE}, {CITY}, {STATE} {ZIPNINE}.",
    "Interpreter {NAME} (Hmong) used for entire visit on {DATE}.",
    "Tele-visit {DATE}; pt at home in {CITY}; husband {GIVEN} present.",
    "Next of kin: {LASTFIRST} (son), {PHONE}, {EMAIL}.",
    "Pt brought in by EMS from {STREET}; wife {WGIVEN} following by car.",
    "Born {DOB} at 32 weeks at {CITY} General; NICU x 3 weeks.",
    "Immunizations: Tdap {USDATE}, flu {MD}, PCV20 {MONYEAR}.",
    "Mammogram {MONYEAR} at {CITY} Imaging: BI-RADS 1.",
    "Colonoscopy {DATE} by Dr. {SURNAME}: 2 tubular adenomas.",
]

LOGS = [
    # key=value
    "INFO appt.booked patient={LASTFIRST} slot={TS} provider_npi={NPI}",
    "WARNING sms.undeliverable to={E164} patient_mrn={MRN} attempt=3",
    "INFO portal.login user={USER} ip={IP} ok=true",
    "ERROR portal.login_failed user={USER} ip={IP} reason=bad_password",
    "DEBUG intake.parsed first={GIVEN} last={SURNAME} dob={ISODATE} zip={ZIP}",
    "INFO fax.sent to={FAX} pages=4 mrn={MRN}",
    "INFO email.sent to={EMAIL} template=appt_reminder",
    "WARN email.bounce rcpt={EMAIL} code=550",
    "audit action=VIEW_CHART user={USER} patient={MRN} ip={IP} ts={TS}",
    'audit action=PRINT user={USER} patient_name="{NAME}" ts={TS}',
    "eligibility member_id={PLAN} dob={ISODATE} result=active payer=BCBS",
    "claim.submitted claim={OTHER} acct={ACCOUNT} dos={ISODATE} amount=245.00",
    "claim.denied claim={OTHER} member={PLAN} reason=CO-97",
    "device.registered serial={DEVICE} mrn={MRN} fw=3.1.2",
    "ble.paired mac={MAC} user={USER}",
    "mdm.enroll imei={IMEI} owner={USER} ip={IP}",
    "parking.validated plate={PLATE} lot=C minutes=55",
    'transport.booked rider="{NAME}" pickup="{STREET}, {CITY}" at={TS}',
    'geo.lookup zip={ZIP} city="{CITY}" state={STATE}',
    'addr.normalize in="{STREET}" city={CITY} zip={ZIPNINE} dpv=Y',
    'addr.rejected line1="{POBOX}" reason=po_box',
    "flag.age_gt_89 mrn={MRN} age={AGENUM}",
    "provider.verify npi={NPI} dea={DEA} license={LICENSE}",
    "ssn.verify ssn={SSN} result=mismatch mrn={MRN}",
    "webhook.callback url={URL} status=200",
    'kiosk.checkin name="{NAME}" dob={DOB} mismatch=true',
    'export file="{LASTFIRST} {YMD}.pdf" to={EMAIL}',
    'upload scan="{LASTFIRST} card.jpg" member={PLAN} by={USER}',
    "vpn.connect user={USER} from={IP} assigned={IP}",
    'rx.sent rx={OTHER} patient="{LASTFIRST}" pharmacy_fax={FAX}',
    "lab.result accession={OTHER} mrn={MRN} collected={TS} loinc=2345-7 value=188",
    'census unit=4W bed=7 pt="{CAPSNAME}" age={AGENUM} adm={ISODATE}',
    'guarantor.update name="{NAME}" addr="{STREET}" city={CITY} phone={PHONE}',
    'vehicle.record vin={VIN} plate={PLATE} owner="{NAME}"',
    # JSON
    '{{"event": "login", "user": "{USER}", "ip": "{IP}", "ts": "{TS}", "ok": false}}',
    '{{"level": "error", "msg": "fhir sync failed", "mrn": "{MRN}", "dob": "{ISODATE}", "retry": 2}}',
    '{{"patient": {{"first": "{GIVEN}", "last": "{SURNAME}", "dob": "{ISODATE}"}}, "status": "active"}}',
    '{{"event": "address_changed", "line1": "{STREETLINE}", "line2": "{UNIT}", "city": "{CITY}", "zip": "{ZIP}", "by": "{USER}"}}',
    '{{"type": "sms", "to": "{E164}", "body": "Hi {GIVEN}, reminder for {MD} at 9:00", "status": "queued"}}',
    '{{"resourceType": "Patient", "id": "{PTUUID}", "name": [{{"family": "{SURNAME}", "given": ["{GIVEN}"]}}], "birthDate": "{ISODATE}"}}',
    '{{"resourceType": "RelatedPerson", "name": [{{"text": "{NAME}"}}], "telecom": [{{"value": "{PHONE}"}}], "relationship": "son"}}',
    '{{"resourceType": "Coverage", "subscriberId": "{PLAN}", "subscriber": {{"display": "{NAME}"}}, "status": "active"}}',
    '{{"msg": "device offline", "serial": "{DEVICE}", "patient": "{MRN}", "last_seen": "{TS}"}}',
    '{{"event": "payment", "account": "{ACCOUNT}", "payer_email": "{EMAIL}", "amount": 80.0}}',
    '{{"audit": "export", "user": "{USER}", "rows": 1, "patient_name": "{NAME}", "age": {AGENUM}, "ok": true}}',
    '{{"intake": {{"emergency_contact": "{NAME}", "phone": "{PHONE}", "city": "{CITY}"}}, "step": 3}}',
    '{{"event": "portal_message", "from": "{USER}", "subject": "refill", "received": "{TS}"}}',
    '{{"claim_id": "{OTHER}", "dos": "{ISODATE}", "member": "{PLAN}", "npi": "{NPI}", "status": "paid"}}',
    # Query strings and URL paths
    "GET /api/v1/patients?last={SURNAME}&first={GIVEN}&dob={ISODATE} 200 38ms",
    "GET /api/v1/patients/{MRN}/appointments?from={ISODATE} 200 12ms",
    "POST /portal/signup?email={EMAIL}&phone={E164} 201",
    "GET /search?q={SURNAME}+{GIVEN}&type=patient 200",
    "PUT /api/v2/contacts/{PTUUID}?mobile={PHONE} 204",
    "GET /verify?ssn={SSN}&dob={ISODATE} 403",
    "GET /api/claims/{OTHER}?acct={ACCOUNT} 200 55ms",
    "POST /api/devices?serial={DEVICE}&mrn={MRN} 201",
    # HL7 v2
    "PID|1||{MRN}^^^MAIN^MR||{LNUP}^{FNUP}^{MIDUP}||{YMD}|F|||{STREETLINE}^^{CITY}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|{SSN}",
    "NK1|1|{LNUP}^{FNUP}|DAU|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "PV1|1|O|CLINIC^^^MAIN||||{NPI}^{LNUP}^{FNUP}|||||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MCR|{OTHER}|MEDICARE||||||||||||{LNUP}^{FNUP}|01|{YMD}|||||||||||||||||||{MBI}",
    "GT1|1||{LNUP}^{FNUP}^{MIDUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{YMD}",
    "MSH|^~\\&|EHR|CLINIC|LAB|REF|{HLTS}||ORU^R01|{OTHER}|P|2.5.1",
    "OBR|1|{OTHER}||80053^CMP^CPT|||{HLTS}|||||||||{NPI}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^MAIN^MR||{ACCOUNT}",
    # CSV rows
    "{MRN},{SURNAME},{GIVEN},{DOB},{STREET},{CITY},{STATE},{ZIP},{PHONE}",
    '"{LASTFIRST}","{DOB}","{EMAIL}","{PHONE}"',
    "{ISODATE},{MRN},{NAME},{PLAN},no_show",
    "{ACCOUNT};{NAME};{STREETLINE};{CITY};{ZIP};125.40",
    "{USER},{EMAIL},{IP},{TS},locked",
    # Stack traces
    'Traceback (most recent call last):\n  File "/srv/app/intake/forms.py", line 88, in clean_dob\n    raise ValidationError(f"bad dob {{value}}")\nValidationError: bad dob {DATE} for {LASTFIRST}',
    "  File \"/srv/app/billing/tasks.py\", line 142, in post_claim\n    resp = client.submit(member_id='{PLAN}', dob='{ISODATE}')",
    "KeyError: 'zip' while geocoding '{STREET}, {CITY}' (patient {MRN})",
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "patient_email_key" DETAIL: Key (email)=({EMAIL}) already exists.',
    'psycopg2.errors.NotNullViolation: null value in column "dob" DETAIL: Failing row contains ({MRN}, {SURNAME}, {GIVEN}, null, {CITY}).',
    "java.lang.IllegalArgumentException: invalid SSN {SSN} for {CAPSNAME}\n\tat org.ehr.reg.Validate.ssn(Validate.java:61)",
    "ValueError: could not parse phone '{PHONE}' for user {USER}",
    "locals: {{'patient_name': '{NAME}', 'mrn': '{MRN}', 'age': {AGENUM}, 'attempt': 2}}",
    # nginx access lines
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/messages HTTP/1.1" 200 5120 "-" "Mozilla/5.0"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0600] "POST /api/login HTTP/2.0" 401 88',
    '{IP} - - [{CLFDATE}:{CLOCK} +0000] "GET /api/patients/{MRN}/documents HTTP/1.1" 200 14022',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /verify?email={EMAIL} HTTP/1.1" 302 0',
    # Celery
    "[{TS}: INFO/ForkPoolWorker-{PIDN}] Task reminders.send_sms[{REQID}] succeeded in 0.41s: {{'to': '{E164}', 'name': '{GIVEN}'}}",
    "[{TS}: ERROR/MainProcess] Task billing.post_statement[{REQID}] raised: SMTPRecipientsRefused('{EMAIL}')",
    "[{TS}: WARNING/ForkPoolWorker-{PIDN}] fax.retry to={FAX} mrn={MRN} countdown=60",
    "[{TS}: INFO/ForkPoolWorker-{PIDN}] Task hie.match[{REQID}] received args=('{CAPSNAME}', '{YMD}', '{ZIP}')",
    "celery.task export_chart patient={MRN} requested_by={USER} took={MS}ms",
    # Misc app lines
    '{TS} INFO notify to="{NAME} <{EMAIL}>" type=lab_ready',
    "{TS} WARN duplicate patient suspected: {LASTFIRST} vs {LASTFIRST}, dob {ISODATE}",
    "{TS} sshd[{PIDN}]: Failed password for {USER} from {IP} port 52211 ssh2",
    '{TS} ERROR pdf.render letter_to="{NAME}" addr="{STREET}, {CITY}"',
    '{TS} DEBUG sms.inbound from={PHONE} text="this is {GIVEN} cant make it {MD}"',
    "{TS} INFO chart.merge source={MRN} target={MRN} by={USER}",
    "req={REQID} user={USER} path=/api/patients/{MRN} status=200 ms={MS}",
    "req={REQID} ip={IP} path=/portal/reset email={EMAIL} status=202",
    "mailer: Subject: Appointment for {NAME} on {LONGDATE}",
    "To: {NAME} <{EMAIL}>",
    'sftp upload eligibility_{YMD}.csv rows=1 first_row="{SURNAME},{GIVEN},{PLAN}"',
    "scheduler.move appt={OTHER} from={TS} to={TS} patient={MRN}",
    "deceased.flag mrn={MRN} date={ISODATE} source=ssa",
    "birthday.greeting user={USER} dob={MD} sent=true",
    'consent.signed patient="{NAME}" witness="{NAME}" at={TS}',
]

# Lines with no PHI at all, full of what looks like it. Interleaved by group below.
_PHI_FREE_CHAT = [
    "ok thank u see you thursday",
    "my sugar was 184 this morning",
    "bp 152/96 at the pharmacy machine",
    "is it ok to take tylenol with my eliquis",
    "can i eat before the fasting labs",
    "had a headache for 3 days now",
    "im 45 and never had a colonoscopy",
    "my dad is 81 and still mows",
    "she turned 89 last year",
    "eighty-six and sharp as ever",
    "started in 2019 and got worse in 2021",
    "knee surgery back in march, still swollen",
    "pain is like 7 out of 10",
    "took half a tab last night",
    "is 2 weeks too long to wait",
    "room 318 or 381? i forgot",
    "parked on level 3 of the garage",
    "the ozempic pen clicked twice",
    "can i crush the metoprolol",
    "flu and covid shot same day ok?",
    "cough for like 10 days",
    "woke up at 4am with my heart pounding",
    "will bring all my pill bottles",
    "running 10 min late sorry",
    "is the clinic closed monday for the holiday",
    "my kid weighs 42 lbs how much motrin",
    "rash on both arms no fever",
    "i work nights so afternoons are better",
    "what does a1c 7.2 mean",
    "allergies are awful this spring",
    "every other tuesday works for the shots",
    "is it normal to be hungry on prednisone",
    "the hail storm knocked out power and my insulin got warm",
    "fever 101.4 after tylenol",
    "lost 12 lbs since christmas",
    "my oxygen was 91 on the finger thing",
    "the mounjaro makes me nauseous for a day",
    "zero cigarettes for 60 days!!",
    "slept maybe 4 hours",
    "my hands go white then blue in the cold",
    "how long do i keep the boot on",
    "the pharmacy closes at 9 right",
    "can i go swimming with the stitches",
    "threw up twice since noon",
    "is 120 over 80 good",
    "my pulse is 48 is that too low",
    "the clinic on the 2nd floor or the 4th",
    "my grandma had parkinsons so im worried",
    "bells palsy again? my face is drooping",
    "is crohns genetic",
    "does the shingles shot hurt",
    "i drink like 3 cups of coffee a day",
    "sorry for all the messages lol",
    "ok will try the saline spray",
    "can i take benadryl with zoloft 50mg",
    "the inhaler says 200 puffs",
    "last one was 6 years ago",
    "my blood sugar dropped to 62 at lunch",
    "i'll be there at 8:15",
    "friday afternoon is best",
    "its been 3 weeks since the fall",
    "my 4 year old has pink eye",
    "the 6 month checkup or the 12 month",
    "can i double up if i missed a dose",
    "the copay was 40 last time",
    "are yall open saturdays",
    "still coughing after 14 days of antibiotics",
    "took 2 puffs at 10pm",
    "i weigh 212 now",
    "thank u so much yall are great",
    "my 15 year old needs a sports physical",
    "headache behind my left eye since sunday",
    "appointment next week is fine",
    "pain went from 8 to 4 after the shot",
    "i use 2 pillows to sleep now",
]
_PHI_FREE_NOTE = [
    "BP 142/88, HR 76, RR 18, T 98.9 F, SpO2 95% RA",
    "Wt 92.3 kg, Ht 175 cm, BMI 30.1",
    "Lungs clear bilaterally; no wheezes or crackles",
    "RRR, no murmurs, rubs or gallops",
    "Abdomen soft, nontender; Murphy's sign negative",
    "Neuro: A&O x3, CN II-XII intact, 5/5 strength",
    "GCS 15; pupils equal and reactive",
    "APGAR 8/9",
    "Parkinson's disease, on carbidopa-levodopa 25/100 TID",
    "Bell's palsy, right, onset 10 days ago; prednisone started",
    "Hodgkin lymphoma in remission since 2014",
    "Cushing's syndrome workup: 24-hour urine cortisol pending",
    "Addison's disease on hydrocortisone 15 mg AM, 5 mg PM",
    "Hashimoto's thyroiditis; TSH 5.8, free T4 0.9",
    "Graves' disease s/p thyroidectomy 2009",
    "Crohn's disease on infliximab 5 mg/kg q8 weeks",
    "Alzheimer's disease, MoCA 16/30",
    "Raynaud's phenomenon, mild",
    "Sjogren's syndrome; dry eyes and mouth",
    "Guillain-Barre syndrome in 2012, full recovery",
    "Kawasaki disease as a child, normal echo",
    "Tourette syndrome, well controlled",
    "Meniere's disease; low-salt diet",
    "Dupuytren's contracture, left ring finger",
    "Osgood-Schlatter, resolved",
    "Baker's cyst, right knee, on ultrasound",
    "Colles fracture, left wrist, 2018",
    "Wernicke's encephalopathy ruled out; thiamine given",
    "Kussmaul respirations noted on arrival",
    "McBurney's point tenderness absent",
    "Homans sign negative; calves soft",
    "Trendelenburg gait on the right",
    "Tinel's sign positive at the wrist",
    "Finkelstein test positive",
    "Spurling test negative",
    "Allen test normal bilaterally",
    "Na 136, K 4.2, Cl 100, CO2 25, BUN 18, Cr 0.9, Glu 104",
    "WBC 7.8, Hgb 12.9, Plt 256",
    "A1c 6.9%; LDL 88 mg/dL; HDL 41 mg/dL",
    "INR 2.4 on warfarin 5 mg daily",
    "TSH 1.9 mIU/L",
    "Troponin < 0.01 x2",
    "BNP 412 pg/mL",
    "eGFR 52 mL/min/1.73m2",
    "Vitamin D 22 ng/mL; start D3 2000 IU daily",
    "Urine culture > 100,000 CFU E. coli",
    "ICD-10 E11.9, I10, E78.5",
    "ICD-10 J44.1, J96.01",
    "CPT 99213-25, 17110",
    "CPT 93306 echo; CPT 93000 ECG",
    "LOINC 4548-4 hemoglobin A1c",
    "LOINC 33914-3 eGFR",
    "NDC 0093-7146-56 atorvastatin 20 mg",
    "HCPCS J1885 ketorolac 15 mg",
    "lisinopril 10 mg daily; amlodipine 5 mg daily",
    "metformin 1000 mg BID with meals",
    "apixaban 5 mg BID",
    "sertraline 100 mg daily",
    "levothyroxine 75 mcg daily on an empty stomach",
    "gabapentin 300 mg TID",
    "albuterol HFA 2 puffs q4-6h prn",
    "ceftriaxone 1 g IV q24h x 3 days",
    "insulin lispro sliding scale AC and HS",
    "tamsulosin 0.4 mg qHS",
    "72-year-old man with COPD exacerbation",
    "34 yo G2P1 at 28 weeks",
    "8-year-old with otitis media",
    "pt is 88 and lives with her daughter",
    "eighty-nine-year-old woman, ambulates with walker",
    "Former smoker, 20 pack-years, quit 2015",
    "Drinks 2 beers on weekends",
    "Follow up in 6 weeks",
    "Seen every Wednesday for dressing changes",
    "Return Monday or Tuesday morning",
    "Room 4112, bed B",
    "Transferred to 6 West",
    "ICU bed 12 to step-down bed 3",
    "Clinic B, 2nd floor",
    "NPO after midnight",
    "Pain 3/10 at rest, 6/10 with ambulation",
    "Morse fall score 45; Braden 16",
    "PHQ-9 score 14; GAD-7 score 9",
    "Wells score 1.5, low risk",
    "CHA2DS2-VASc 4; HAS-BLED 2",
    "Mallampati II",
    "NYHA class II",
    "EF 40-45% on echo",
    "Wound 3.0 x 2.1 x 0.4 cm, clean granulation",
    "Foley removed at 06:00; voided 350 mL",
    "EBL 150 mL; no complications",
    "Code status: DNR/DNI",
    "Allergies: sulfa (rash), latex (hives)",
    "Diet: cardiac, 2 g sodium",
    "Smoking cessation counseling > 3 minutes",
    "Advance directive on file",
    "Spanish interpreter used throughout",
    "Vaccines up to date per state registry",
    "Pt tolerated procedure well",
    "Next A1c in 3 months",
    "Time spent: 35 minutes, > 50% counseling",
    "Glasgow 14 (E4 V4 M6)",
    "Temp max 101.8 F overnight",
    "Tanner stage 4",
    "Down syndrome with repaired AV canal",
    "Lyme disease treated with doxycycline x 21 days",
    "Legionnaires' disease ruled out; urine antigen negative",
]
_PHI_FREE_LOG = [
    "INFO scheduler tick jobs=18 queued=2 took_ms=140",
    "GET /healthz 200 2ms",
    "GET /api/v1/formulary?drug=metformin&strength=500mg 200 18ms",
    "POST /api/v1/vitals 201",
    "HTTP 503 Service Unavailable on /api/chat",
    "HTTP 429 Too Many Requests, retry-after=30",
    "HTTP 404 /favicon.ico",
    '{"level": "info", "msg": "batch complete", "rows": 5120, "failed": 0}',
    '{"event": "model_loaded", "version": "2.4.1", "took_ms": 1288}',
    '{"code": "E11.9", "system": "ICD-10-CM", "display": "Type 2 diabetes mellitus without complications"}',
    '{"loinc": "2093-3", "display": "Cholesterol", "unit": "mg/dL", "value": 201}',
    '{"bp": "124/78", "hr": 71, "spo2": 98, "temp_c": 36.9}',
    '{"unit": "4 West", "beds": 28, "occupied": 25}',
    '{"age_band": "65-74", "count": 312, "weekday": "Tuesday"}',
    "WARN slow query took_ms=1204 table=encounters",
    "ERROR upstream timeout service=lab after 30s attempt=3/3",
    "OBX|1|NM|2345-7^Glucose^LN||142|mg/dL|70-99|H|||F",
    "OBX|3|NM|2160-0^Creatinine^LN||1.3|mg/dL|0.6-1.2|H|||F",
    "OBX|4|NM|718-7^Hemoglobin^LN||11.8|g/dL|12.0-15.5|L|||F",
    "cpt=99214 modifier=25 units=1",
    "ndc=0378-0208-01 qty=90 days_supply=90",
    "icd10=I48.91 rank=2",
    "worker=celery@worker-2 task=cleanup processed=412 failed=0",
    "[INFO/MainProcess] celery@worker-1 ready.",
    "[WARNING/ForkPoolWorker-3] Task retry in 10s",
    "migration 0042_add_encounter_index applied in 0.8s",
    "python 3.12.3 django 5.1.2 celery 5.4.0",
    "app_version=4.7.2 build=1031 platform=android",
    "nginx/1.25.4 started, worker_processes=4",
    "gunicorn booted 8 workers pid=2231",
    "redis connected db=0 latency_ms=1",
    "postgres 16.2 max_connections=200",
    "cache hit ratio 0.94 over 15 min",
    "queue depth=12 oldest_s=3",
    "rate_limit 120/min exceeded for /api/chat",
    "session timeout 15 min, max age 12 h",
    "cron 30 6 * * 1-5 send_daily_digest",
    "backup done size=62GB duration=00:31:07",
    "disk /var at 83%",
    "TLS cert renews in 21 days",
    "feature_flag telehealth_v2=true rollout=25%",
    "weekly report week=14 visits=1480 no_shows=96",
    "triage.score esi=2 age_band=70-79",
    "alert hr>140 for 5m fired=false",
    "firmware 5.0.3 on infusion pumps",
    "vitals.batch count=288 dropped=1",
    "SELECT count(*) FROM appointments WHERE weekday = 'Monday'",
    "export done rows=1024 format=parquet took=4.2s",
    "room=2214 bed=A telemetry=off",
    "dept=oncology floor=5 pod=C",
    "locale=en_US tz=America/Denver",
    "INFO retention purge older_than=2190d removed=0",
    "model=triage-v5 tokens=812 latency_ms=740",
    "INFO healthcheck db=ok cache=ok queue=ok",
    "ERROR 500 Internal Server Error after 12ms",
    "DEBUG token refreshed expires_in=3600",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
