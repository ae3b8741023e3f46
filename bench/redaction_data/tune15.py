"""The "tune15" split: a fifteenth tuning set, written without looking at the engine, its tests,
its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py
and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value functions
with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The other data
modules were imported only by a throwaway script that collected their words for the overlap
check below; their templates were never printed or read.

It models an Appalachian, Ohio Valley and Mid-Atlantic health system: an academic medical centre,
coal-country clinics in eastern Kentucky and West Virginia (black lung exams and DOL claims, an
FQHC, mobile units that park in church lots), a safety-net hospital, Amish and Mennonite
households (home births with a midwife, no telephone, buggies, cash pay, a bishop or deacon
settling the bill, "Amos's Katie" by-names), refugee families resettled from Bhutan, Congo,
Burundi, Somalia, Ethiopia and Eritrea, Ukrainian and Russian-speaking, Dominican, Puerto Rican,
Korean and Vietnamese families, a VA medical centre, a PACE program for elders, an opioid
treatment programme (methadone, buprenorphine, take-homes, PDMP lookups), a dialysis chain, a
mail-order pharmacy, the call centre and revenue cycle. CHAT is patients and family typing on
phones (lowercase, emoji, words of Spanish, Nepali, Swahili, Lingala, Ukrainian, Russian,
Amharic, Korean, Somali and Pennsylvania Dutch, relatives named in passing, sign-offs, loose
directions such as "the yellow house past the church on <road>"). LOGS is HL7 v2, FHIR JSON,
key=value and JSON events, nginx and Apache lines, Python and Java traces, SQL errors, LDAP, SSO
and audit lines, fax and IVR, pharmacy, NCPDP and X12, PDMP, device telemetry and CSV rows. NOTES
is HPI, A/P, SBAR, handoffs, home and PACE visits, OTP notes, pharmacy, billing, portal admin,
interpreter and interface fields pasted into notes, with signatures and cc lines.

Names come from 55 origins, weighted: Appalachian and Scots-Irish, Amish, Mennonite, Polish,
Slovak, Rusyn, Hungarian (family name first at times), Abruzzese and Calabrese, Lebanese,
Syrian, Greek, Irish, Welsh, African American Southern and Northern, Lhotshampa, Kinyarwanda,
Swahili and Lingala-speaking Congolese, Burundian, Somali, Amhara, Oromo, Tigrayan, Eritrean,
Ukrainian, Russian (with patronymics), Moldovan, Georgian, Armenian, Dominican and Puerto Rican
(double surnames), Guatemalan Maya, Korean, Vietnamese and Fuzhounese (family name first at
times), Telugu, Tamil, Gujarati, Pakistani, Afghan, Iraqi, Kurdish, Yemeni, Igbo, Yoruba,
Ghanaian, Liberian, Sierra Leonean, Haitian, Filipino, Burmese, Karen and Chin. They come as
"First Last", "Last, First", "LAST,FIRST M", lowercase in query strings and file names, with
initials, generational suffixes and quoted nicknames, and as one span per HL7, X12, DICOM or
FHIR name part. About one name in seven is an ordinary English word (WORD_GIVEN, WORD_FAMILY),
and PHI_FREE uses the same words, and town names that are words, in their ordinary sense.

No given name, family name, nickname, patronymic, street name, road, trailer park, city or
e-mail domain here (folded to ASCII and lower case, word by word) is in values.py's pools (with
the Faker names it draws for both its splits), Faker's en_US first and last names, the
templates of templates.py, or the pools and templates of blind.py, blind2.py to blind12.py or
tune2.py to tune14.py. A script collected every word of those (about 64,000) and checked this
module's pools against them; every colliding entry was dropped or replaced and the final run
reported zero collisions. Generic address and place words (Street, Road, Route, Box, Lot, Apt,
Hollow, Branch, Creek, Hill, City, Rocks and the like), particles (al, de, los, o) and top-level
domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Father) or a
credential (MD, RN, NP, CADC) and a possessive "'s" stay outside NAME, so "Amos's Katie" is two
NAME spans; each HL7, X12, DICOM and FHIR name component is its own NAME span; initials that
stand for a person are NAME; a weekday or clock time beside a date stays outside the DATE, while
a whole ISO, HL7 or log timestamp is one DATE; a year, a month or a weekday alone is not PHI;
only ages over 89 are AGE_OVER_89; kin terms used as address (mamaw, nonc, tante, ba, ma, lola,
mammi, dawdi, aama, hooyo, babcia, halmeoni) are not names; a street address, PO box, rural or
township route, trailer-park lot, or a road or hollow named as where someone lives is ADDRESS, a
city CITY and a ZIP code ZIP. Organisations, languages, drugs, eponyms, device models and
facility names are literal text. Filler slots (request ids, latencies, status codes, clock
times, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "appalachian": (8, [
        "Arville", "Ruble", "Wetzel", "Holbert", "Zelpha", "Vadie", "Jaxson", "Cratis", "Eskel",
        "Hurshel", "Irvil", "Kelsie", "Radford", "Thelmer", "Wylodean", "Burchel", "Acie", "Adrina",
        "Berthie", "Bige", "Dellie", "Elzy", "Emmer", "Lelia", "Malvery", "Talitha", "Ulyss",
    ], [
        "Mollette", "Clevinger", "Asher", "Callihan", "Pauley", "Chaffins", "Cudd", "Fyffe",
        "Gunnells", "Hurd", "Layne", "Litteral", "Mounce", "Nunnery", "Reffitt", "Stumbo",
        "Sergent", "Stepp", "Stratton", "Minix", "Napper", "Mutters", "Hensler",
    ]),
    "amish": (4, [
        "Christ", "Abner", "Suvilla",
    ], [
        "Swarey", "Blank", "Peachey", "Kanagy", "Borntreger", "Guengerich", "Kuepfer", "Schlabaugh",
    ]),
    "mennonite": (2, [
        "Nevin", "Lois", "Linford", "Janelle",
    ], [
        "Zeiset", "Eby", "Groff", "Newswanger", "Shertzer", "Rissler", "Hollinger", "Showalter",
        "Heatwole", "Brubacher", "Kulp", "Ranck", "Mellinger", "Snader", "Landes", "Derstine",
        "Clemmer", "Alderfer", "Rittenhouse", "Souder", "Bergey", "Histand", "Godshall",
    ]),
    "polish": (4, [
        "Bogumira", "Jarosława", "Radomira", "Konstancja", "Michalina",
    ], [
        "Mazurkiewicz", "Kostrzewa", "Skowron", "Żurawski", "Kozłowska", "Sobieraj", "Tomaszewska",
        "Kubacki", "Szafrański", "Gwiazda", "Przybyłowicz", "Przybyński", "Wierzbicka",
        "Wierzbiński", "Grzybowska", "Klucznicka", "Kluczniewski", "Brzezicka", "Trzebicka",
        "Trzebiński", "Wilczewski", "Drozdowska", "Gawłowicz", "Szczygłowicz",
    ]),
    "slovak": (3, [
        "Metod", "Želmíra", "Viliam",
    ], [
        "Mravec", "Beňo", "Krajčovič", "Pekár", "Dobšinský", "Strapec", "Vrabel", "Tokárová",
        "Kubinec", "Durkáč", "Hrabovský", "Plavčan", "Matejka", "Kňazovický", "Šuhajda", "Palovič",
        "Hrnčiar", "Zubaj", "Ďuriš", "Mlynár", "Hanušovský", "Liptovský", "Sklenár", "Sedliak",
    ]),
    "rusyn": (2, [
        "Vasil", "Mykhal", "Hafija", "Andrij", "Havrylo", "Ilko", "Anastazia", "Yevka", "Mihal",
        "Yurij", "Paranka", "Petr", "Yulianna",
    ], [
        "Warhola", "Turok", "Dudash", "Kapishon", "Zubal", "Hrabar", "Sopko", "Dzurko", "Kopcha",
        "Yurchak", "Rusinko", "Harhai", "Fedorchak", "Mikita", "Sviatko", "Halaburda", "Sekerak",
        "Hutnyan", "Petrisko", "Fenchak", "Hanchin", "Ilchak", "Pisarcik", "Zhelezniak", "Beskid",
        "Ratica", "Vanchisin",
    ]),
    "hungarian": (2, [
        "Ildi", "Barnabás", "Jolánka",
    ], [
        "Ács", "Ökrös", "Csordás", "Szörényi", "Bozsó", "Gödöllei", "Ferencz", "Tóthfalusi",
        "Kálmánczhey", "Csikós", "Szeles", "Kovách", "Szarka", "Bencze", "Ágoston", "Dancsó",
    ]),
    "abruzzese": (2, [
        "Cesidio", "Berardino", "Eustachio",
    ], [
        "DiCenzo", "DiFrancesco", "Marcantonio", "Tabassi", "DiPietrantonio", "Colaizzo",
        "Petrella", "Iannetta", "Cipollone", "Di Marzio", "Ranalli", "Pantaleo", "Fracassi",
        "Di Giandomenico", "Ciarrocchi", "Iezzi", "Di Battista", "Ricciuti", "Mascitelli",
        "Tiberio", "Santilli", "Di Biase", "Rapino", "Colasante", "Di Cicco",
    ]),
    "calabrese": (2, [
        "Nunziato",
    ], [
        "Scarfò", "Gangemi", "Pelaggi", "Sculli", "Polimeni", "Foti", "Ruffo", "Barillà",
        "Modafferi", "Cosentino", "Manglaviti", "Calabrò", "Musolino", "Laganà",
    ]),
    "lebanese": (2, [
        "Assaad", "Jihane", "Hyam", "Michline",
    ], [
        "Khattar", "Moubarak", "Torbey", "Achkar", "Fayad",
    ]),
    "syrian": (1, [
        "Rouba", "Oubai",
    ], [
        "Antaki", "Hamsho",
    ]),
    "greek": (2, [
        "Euphrosyne", "Iakovos", "Filothei", "Kallirroi", "Ermioni",
    ], [
        "Kontogiannis", "Stamatopoulos", "Stamatidis", "Karamanlidis", "Papadimitropoulos",
        "Papadimitrakis", "Zafeiropoulos", "Zafeirakis", "Zafeiridis", "Christodoulopoulos",
        "Christodoulakis", "Christodoulidis", "Kalamarakis", "Triantafyllopoulos",
        "Triantafyllidis", "Tsoukalakis", "Makrygiannakis",
    ]),
    "irish": (3, [
        "Finbar", "Eilish", "Concepta",
    ], [
        "Kilbane", "Corrigan", "Breslin", "Gilligan", "McGinley", "Kirwan", "Crotty", "Scullion",
        "Heneghan",
    ]),
    "welsh": (1, [
        "Meirion", "Emlyn", "Ifor", "Blodwen", "Gwenith", "Elfed",
    ], [
        "Prothero", "Llewelyn", "Bebb", "Gronow", "Trehearne", "Pughe", "Morgans", "Bevans",
        "Walbeoff", "Apreece",
    ]),
    "aa_southern": (3, [
        "Tollie", "Othel", "Zilphia", "Mozella", "Luetta", "Arthella", "Ludie", "Corine", "Verlean",
        "Izetta",
    ], [
        "Settles", "Mckiver",
    ]),
    "aa_northern": (3, [
        "Jamar", "Davon", "Shakira", "Raynard", "Takeya", "Tyrik", "Damontae",
    ], [
        "Gwynn", "Goldsborough", "Peaker", "Wormley", "Ewell", "Fauntroy", "Thornhill", "Cotman",
        "Waddy", "Spriggs", "Tildon", "Custis", "Diggs",
    ]),
    "lhotshampa": (3, [
        "Khina", "Hemanta", "Purnima", "Bishal", "Sudeep",
    ], [
        "Khaling", "Pulami", "Dangal", "Lamitarey", "Guragai", "Kaflay",
    ]),
    "kinyarwanda": (2, [
        "Consolée", "Immaculée", "Gisubizo", "Uwitonze", "Niyigena", "Izabayo", "Nsabimana",
        "Ishema", "Uwiduhaye", "Ntwari",
    ], [
        "Nyiraneza", "Ntawukuriryayo", "Sebazungu", "Ndagijimana", "Sebagabo", "Rwabuhihi",
        "Nsengimana", "Uwamariya", "Habiyaremye", "Nzabonimana", "Ntirenganya", "Ruhumuriza",
        "Niyitegeka", "Gatabazi", "Kabalisa", "Nyiransabimana",
    ]),
    "swahili_congo": (2, [
        "Kasoki", "Asifiwe", "Lumumba", "Matabaro", "Shukrani",
    ], [
        "Kyalondawa", "Mastaki", "Bashengezi", "Lwaboshi", "Mulonda", "Kavusa", "Kakule",
        "Mbafumoja",
    ]),
    "lingala": (2, [
        "Elikia", "Mbuta", "Ndona", "Nsona", "Mfumu",
    ], [
        "Nkanga", "Bokamba", "Mayala", "Ndombasi", "Kinkela", "Nzita", "Bafuidi", "Lukombo",
        "Bakambu", "Bolamba", "Ekila", "Lokombe", "Bokungu", "Ilonga",
    ]),
    "burundian": (1, [
        "Spès", "Gaudence", "Irambona", "Akimana", "Ninette", "Cassien", "Rénovat",
    ], [
        "Bukuru", "Nibitanga", "Ntakarutimana", "Nsabiyumva",
    ]),
    "somali": (3, [
        "Sahardiid", "Cabdisalaan", "Deeqo", "Hani", "Caaqil", "Mahamed", "Hamda", "Shaacir",
        "Gaboose",
    ], [
        "Shirdoon", "Caynte", "Qoorcade", "Dubbe", "Faqi", "Gabays", "Xoosh",
    ]),
    "amhara": (2, [
        "Woinshet", "Meselech", "Azmera", "Yalemzerf", "Tadelech", "Ezana",
    ], [
        "Gebregiorgis", "Gebremichael", "Gebretsadik", "Gebrekristos", "Woldeselassie",
        "Woldemedhin", "Woldeyesus", "Habteselassie", "Habtegiorgis", "Habtemichael",
        "Teklegiorgis", "Teklemichael", "Tekleyesus", "Kidanemariam", "Kidaneselassie", "Ambaw",
        "Gobeze", "Atnafu", "Chane", "Fenta",
    ]),
    "oromo": (1, [
        "Gemechis", "Ibsa", "Tolasa", "Dhugaa", "Lalisaa", "Bikiltu", "Dirribe", "Chaaltuu",
        "Galaane", "Ifaa", "Jaalannee", "Magarsaa", "Tuujii", "Urgeessaa", "Waaqayyoo", "Darartu",
    ], [
        "Gurmessa", "Tasisa", "Dinssa", "Jarra", "Keneni", "Dabalaa", "Gamtessa", "Xilahun",
        "Waaqjira", "Tuffaa", "Ulfata",
    ]),
    "tigrayan": (1, [
        "Letemariam", "Haftom", "Letay", "Tsgehana", "Gebrehans", "Tsegazeab", "Brikti", "Gidey",
        "Niguse", "Kidu", "Ataklti",
    ], [
        "Hadgu", "Redda", "Gebrehans", "Tsadik", "Weldegebriel", "Asgedom", "Abay", "Gebreslassie",
        "Mebrahtom", "Wolday",
    ]),
    "eritrean": (1, [
        "Fessahaye", "Berakhi", "Samsom",
    ], [
        "Fessahaye", "Berakhi", "Okbagabir", "Tesfagiorgis", "Habtezion", "Sengal", "Ghebrezgi",
    ]),
    "ukrainian": (3, [
        "Lubomyr", "Denys", "Artem", "Hlib", "Taisiia", "Liliia",
    ], [
        "Zakharchuk", "Shapoval", "Panasenko", "Panasuk", "Doroshenko", "Doroshuk", "Kyrylenko",
        "Kyryluk", "Tymoshuk", "Savenko", "Savych", "Matviyenko", "Matviyuk", "Kostiv",
        "Bilousenko", "Tsymbaluk", "Tsymbalenko", "Yavoriv", "Hutsaliv", "Petrykiv",
    ]),
    "russian": (2, [
        "Yerofey", "Evlampiya",
    ], [
        "Titova", "Nikitina", "Kaplun", "Kotova", "Pryanishnikov", "Sukhorukov", "Sukhorukova",
        "Kolokoltsov", "Pestrova", "Gorshkova", "Syrovatkin", "Kalashnikova", "Zheltukhin",
        "Belousova", "Prokhorova", "Kantorovich", "Zalmanov", "Gitelman", "Kagan",
    ]),
    "moldovan": (1, [
        "Corneliu", "Nadejda", "Anatolie",
    ], [
        "Cucu", "Postolachi", "Cibotaru", "Pîrțac", "Bejan", "Ganea", "Pleșca", "Cotorobai",
        "Doroftei", "Bîrcă", "Cojocari",
    ]),
    "georgian": (1, [
        "Ketino", "Tsiuri", "Eter", "Shorena", "Elguja", "Sopiko",
    ], [
        "Jashi", "Meskhi", "Kvirikashvili", "Kvirikadze", "Papunashvili", "Jorbenadze",
        "Zedginidze",
    ]),
    "armenian": (1, [
        "Melkon", "Mesrop", "Galust", "Srbuhi", "Yeranuhi",
    ], [
        "Toumanian", "Mesropyan", "Mesropian", "Parseghyan", "Arshakyan", "Arshakian", "Galstian",
        "Vardazaryan", "Hovakimyan", "Hovakimian", "Boghosyan", "Boghosian", "Yeghishyan",
        "Khachikyan", "Khachikian", "Garabedyan",
    ]),
    "dominican": (3, [
        "Rosanny", "Yovanny", "Cristino", "Yuderka", "Anyolina", "Yerlin", "Ysmaelis", "Edilio",
        "Darlenny", "Nieve",
    ], [
        "Brache", "Cambero", "Germosén",
    ]),
    "puerto_rican": (3, [
        "Gladimar", "Janitza", "Xaymara", "Chayanne", "Wildaliz",
    ], [
        "Padua", "Verdejo",
    ]),
    "guatemalan": (1, [
        "Sucely", "Everilda",
    ], [
        "Simaj",
    ]),
    "korean": (2, [
        "Seunghwan", "Seunggyu", "Seungmi", "Seungja", "Hyorim", "Hyobin", "Hyosun", "Gyubin",
        "Jeonghwan", "Jeongsun", "Jeongja", "Jeongok", "Jeongmi", "Yeongsun", "Yeongok", "Yeongmi",
        "Chaerim", "Chaebin", "Daehwan", "Daegyu", "Yerim", "Yebin", "Seongja", "Seonggyu",
        "Seongmi", "Kyeongja", "Kyeongsun", "Kyeongmi", "Byeongchul", "Byeongok", "Munja",
    ], [
        "Youm", "Maing", "Lym", "Kihm", "Tark", "Yum",
    ]),
    "vietnamese": (2, [
        "Vân",
    ], [
        "Lã", "Văn", "Lê",
    ]),
    "fuzhounese": (1, [
        "Xiuqin", "Yuhua", "Mingfu", "Bingwen", "Liangliang", "Rongjie", "Meixiang", "Yixuan",
        "Qiuxia", "Yuqin", "Jianping", "Xiuzhu", "Yunfei", "Hailing", "Xiaofang",
    ], [
        "Chiong", "Ngui", "Tiew", "Sii", "Hiong",
    ]),
    "telugu": (1, [
        "Sireesha", "Prudhvi", "Saikiran", "Sravya", "Bhanu", "Jyothirmayi", "Suryakumari",
        "Ushasri", "Ramanjaneyulu", "Durgaprasad", "Manikanta",
    ], [
        "Kotamraju", "Talluri", "Musunuri", "Bollapragada", "Kolluru", "Boppana", "Suryadevara",
        "Kanumuri", "Chalasani",
    ]),
    "tamil": (1, [
        "Thamizhselvi", "Kathiravan", "Mugilan", "Kayalvizhi", "Anbarasi", "Elamaran",
        "Sundaravalli", "Nila", "Malarvizhi", "Ezhilarasi", "Kanimozhi", "Sembiyan",
        "Thiruvalluvan", "Valarmathi", "Paari", "Nedumaran", "Thendral",
    ], [
        "Subbiah", "Thangaraj", "Sengottuvelu", "Muthukumarasamy", "Nachimuthu", "Pandurangan",
        "Sundaramoorthy", "Kuppusamy", "Alagappan", "Chellappan", "Meenakshisundaram", "Ganapathy",
        "Sivasubramanian",
    ]),
    "gujarati": (1, [
        "Dhruvi", "Hemlata", "Daksha", "Manisha", "Ashvin",
    ], [
        "Bhuptani", "Jariwala",
    ]),
    "pakistani": (1, [
        "Shagufta", "Naheed", "Riffat", "Javaid", "Muneeb",
    ], [
        "Khoso",
    ]),
    "afghan": (1, [
        "Sharifullah",
    ], [
        "Nasiri", "Baghlani",
    ]),
    "iraqi": (1, [
        "Sajad", "Reda", "Taiseer", "Riyadh",
    ], [
        "Al-Karbalai", "Al-Mosuli", "Al-Anbari", "Al-Gharawi", "Al-Ugaili",
    ]),
    "kurdish": (1, [
        "Hevin", "Zozan", "Dilshad", "Ciwan", "Helin", "Sherko", "Avesta", "Xezal", "Roj", "Serhat",
        "Zagros", "Hejar", "Shivan", "Bawar",
    ], [
        "Kobani", "Afrini", "Bedirxan", "Xelil", "Ehmed", "Qamishlo", "Hesen", "Silêman", "Cizîrî",
        "Hakkari", "Mahabadi",
    ]),
    "yemeni": (1, [
        "Fadhl", "Haifa", "Gamila", "Nadhira", "Khadeeja", "Saddam", "Muhsin",
    ], [
        "Al-Awlaki", "Al-Ariqi", "Al-Mekhlafi", "Al-Qadhi", "Al-Kibsi", "Al-Saqqaf", "Bahakim",
        "Al-Dhamari", "Al-Sharjabi", "Al-Mufleh", "Al-Adeni",
    ]),
    "igbo": (1, [
        "Chinaza", "Akachukwu", "Oluebube",
    ], [
        "Ezeala", "Nwaokoro", "Onwuegbuzie", "Obiefuna", "Onyemelukwe",
    ]),
    "yoruba": (1, [
        "Tunmise", "Adeife",
    ], [
        "Oyetunji", "Adelabu",
    ]),
    "ghanaian": (1, [
        "Mensima", "Kwadjo", "Ashitey", "Kwei",
    ], [
        "Nketiah", "Larbi", "Quarshie", "Odoi", "Tagoe", "Amartey", "Kotey",
    ]),
    "liberian": (1, [
        "Korpo", "Momolu", "Siatta", "Boima", "Korlu", "Tarloh", "Miatta",
    ], [
        "Fahnbulleh", "Nyan",
    ]),
    "sierra_leonean": (1, [
        "Yabom", "Fodei", "Abdulai",
    ], [
        "Tarawallie",
    ]),
    "haitian": (1, [
        "Wesline", "Loudmila",
    ], [
        "Fleurissaint", "Dorcé",
    ]),
    "filipino": (1, [
        "Raymart", "Jomarie",
    ], [
        "Sumague", "Bagsic", "Bulaong",
    ]),
    "burmese": (1, [
        "Shwezin", "Myatnoe", "Pyaesone", "Thurein", "Khinezin", "Sandi", "Theingi", "Ngwe",
        "Eaindra",
    ], [
        "Shwezin", "Myatnoe", "Pyaesone", "Thurein", "Khinezin", "Sandi", "Theingi", "Ngwe",
        "Eaindra",
    ]),
    "karen": (1, [
        "Hserpaw", "Ehmoo", "Lahtoo", "Nawhser", "Sawblut", "Kapaw", "Hsaywah", "Klopaw", "Tablay",
        "Mugay",
    ], [
        "Mehn", "Kapaw", "Htoomoo", "Blutoo", "Wahdoh", "Naypaw", "Hserpaw", "Ehmoo", "Lahtoo",
        "Nawhser", "Sawblut", "Hsaywah", "Klopaw", "Tablay", "Mugay",
    ]),
    "chin": (1, [
        "Ruat", "Tinhlei", "Ramhlun", "Thlahei", "Hniangpar", "Zingtlem", "Dawtsung", "Sianghnin",
        "Parlian", "Hniangsui", "Ngunhlei", "Thangbawi",
    ], [
        "Thawm", "Lianzaw", "Hrangbik", "Tlemhmung", "Bawihnin", "Sianthang", "Hmungsang",
        "Thangcer",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = [
    "Thrift", "Lenity", "Bryony",
]  # fmt: skip
WORD_FAMILY = [
    "Mitten", "Hinge", "Bramblett", "Sweetbread", "Broadhead", "Cutlip", "Tinkler", "Oldcastle",
    "Ploughman", "Trumpeter", "Peddler", "Crate", "Pillar", "Joist", "Screw", "Gasket", "Valve",
    "Piston", "Axle", "Sleigh", "Plough", "Flail", "Quart", "Pint", "Ounce", "Guinea", "Groat",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Bub", "Stasiu", "Vaska", "Dumpy", "Bumpy", "Bibo", "Kuku", "Tati", "Styopa", "Kostik",
    "Yurchik", "Stasio", "Zbysio", "Nubby", "Buzzy", "Cheeks", "Sluggo",
]  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Colliery", "Beefhide", "Pigeonroost", "Stumptown", "Groffdale", "Zeltenreich", "Bigelow",
    "Dithridge", "Greentree", "Greenmount", "Harford", "Belair", "Druid Hill", "Aliceanna",
    "Sullivant", "Colesville", "Backlick", "Ravensworth", "Leesburg", "Elkhorn", "Guyandotte",
    "Coalburg", "Powellton", "Puncheon", "Ivyton", "Blackey", "Lotts Creek", "Defeated Creek",
    "Dunkard", "Glebe", "Wicomico", "Patapsco", "Perring", "Frankstown", "Homewood",
    "Hoosier Hollow", "Mousie", "Wolfpen", "Rockcastle", "Tanyard", "Lattimer", "Eckley",
    "Coaldale", "Lansford", "Nesquehoning", "Weatherly", "Piney Branch", "Gwynns Falls",
    "Stinking Creek", "Gobbler",
]  # fmt: skip
# Trailer parks ("Lot 14, Wildwood") and hollows and roads for loose, rural addresses.
PARKS = [
    "Hillcrest Court", "Mountaineer Village", "Breezewood Court", "Wildwood",
]  # fmt: skip
ROADS = [
    "Beefhide holler", "Pigeonroost", "Puncheon Branch", "Defeated Creek", "Coalburg Hollow",
    "Ivyton Rd", "Blackey Rd", "Powellton Hollow", "Guyandotte Rd", "Lotts Creek Rd",
    "Dunkard Ridge", "Zeltenreich Rd", "Groffdale Rd", "Stumptown Rd", "Colliery Row",
    "Hoosier Hollow Rd", "Mousie Rd", "Wolfpen Branch", "Rockcastle Rd",
]  # fmt: skip
CITIES = [
    "Ambridge", "Monessen", "Charleroi", "Canonsburg", "Connellsville", "Kutztown", "Christiana",
    "Elverson", "Birdsboro", "Boyertown", "Fleetwood", "Emmaus", "Loudonville", "Killbuck",
    "Winesburg", "Gahanna", "Reynoldsburg", "Obetz", "Pickerington", "Groveport", "Benham",
    "Elkhorn City", "McRoberts", "Vicco", "Buckhorn", "Viper", "Sissonville", "Nitro", "Ravenswood",
    "Dundalk", "Catonsville", "Lansdowne", "Halethorpe", "Kenhorst", "Laureldale", "Shillington",
    "Feasterville", "Trevose", "Jenkintown", "Millvale", "Etna", "Sharpsburg", "Swissvale",
    "Wilkinsburg", "Coraopolis", "Crafton", "Carrick", "Beechview", "McKees Rocks", "Adelphi",
    "Merrifield", "Centreville", "Chantilly", "Appalachia", "Neon", "Mousie", "Dwarf", "Ary",
    "Cornettsville", "Premium", "Blackey", "Mayking", "Kona", "Jackhorn", "Carcassonne", "Cawood",
    "Evarts", "Loyall", "Wallins Creek", "Coxton", "Kopperston", "Itmann", "Wyco", "Whitesville",
    "Sundial", "Quinwood", "Clendenin", "Jolo", "Berwind", "Wilcoe",
]  # fmt: skip
DOMAINS = [
    "atlanticbbn.net", "armstrongmywire.com", "ekrtel.net", "tusco.net", "wcoil.com", "aoeweb.net",
    "pennswoods.net", "kiski.net", "tctc.net", "kywimax.net", "inetba.net", "mikrotec.com",
    "ptsi.net", "zoomtown.com", "lcec.net", "bbtel.com", "ncnet.us", "aeroinc.net", "freechal.com",
    "ngs.ru", "e1.ru", "telesur.sr",
]  # fmt: skip
STAFF_DOMAINS = [
    "patapsco-safetynet.org", "hollerhealth.org", "dutchcountry-midwife.org",
]  # fmt: skip

# Patronymics and father's names as middle names (East Slavic forms from the given names above).
PATRONYMICS = ["Lubomyrovych", "Denysovych", "Artemovych", "Hlibovych", "Lubomyrivna", "Denysivna",
               "Artemivna", "Hlibivna", "Yerofeyevich", "Yerofeyevna", "Melkonovich", "Elgujaevna"]  # fmt: skip

FAMILY_FIRST = {"korean", "vietnamese", "fuzhounese", "hungarian"}
DOUBLE_SURNAME = {"dominican", "puerto_rican", "guatemalan"}
PLAIN_DUTCH = ("amish", "mennonite")
GEN_SUFFIX = ["Jr", "Sr", "II", "III"]

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
    if roll < 0.1:  # about one name in seven is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.14:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.45:
        other = rng.choice(lasts)
        if other != last and " " not in last + other:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune15") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune15") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune15") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin in ("russian", "ukrainian") and form < 0.2:
        return f"{first} {rng.choice(PATRONYMICS)} {last}"
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.36:
        return f"{first} {mid}. {last}"
    if form < 0.45:
        return f"{last}, {first}"
    if form < 0.5:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.54:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.58:
        return f"{first} {last}".upper()
    if form < 0.61:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.77:
        return first
    if form < 0.8:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.83:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.87:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.9:
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
    return _handle(_given_part(person(rng)[0])) or "zelpha"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "mollette"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
                       f"{last}%2C+{first}".replace(" ", "+"),
                       f"{last.lower()}%2c{first.lower()}".replace(" ", "+")])  # fmt: skip


def plain_first(rng: random.Random) -> str:
    """A given name of the Amish and Mennonite families, for by-names such as "Amos's Katie"."""
    return rng.choice(ORIGINS[rng.choice(PLAIN_DUTCH)][1])


def plain_last(rng: random.Random) -> str:
    return rng.choice(ORIGINS[rng.choice(PLAIN_DUTCH)][2])


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
    """A staff name as signatures carry it: "H. Mollette", "Zelpha Cudd", "Cudd, Zelpha"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("St", 9), ("Ave", 6), ("Rd", 8), ("Dr", 3), ("Ln", 3), ("Way", 1), ("Ct", 1),
            ("Pike", 2), ("Hollow Rd", 2), ("Street", 3), ("Road", 3), ("Avenue", 2), ("Run", 1),
            ("Alley", 1), ("Ter", 1), ("Pl", 1), ("Branch Rd", 1), ("Fork Rd", 1), ("Blvd", 1)]  # fmt: skip
UNITS = ["Apt 2", "Apt. 3R", "Apt 1F", "Unit 5", "#2", "2nd Fl", "Rear", "Apt B", "Ste 110",
         "Apt 304", "Fl 3", "Apt 12C", "Unit 1-A", "Bsmt", "Apt 7", "#B"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South ", "East ", "West "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 99999)), f"{rng.randint(100, 999)}½",
                       f"{rng.randint(10, 999)}{rng.choice('AB')}", f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 2999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O Box {n}"])


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1000, 9999)} TR {rng.randint(100, 699)}", f"{rng.randint(1000, 9999)} Township Road {rng.randint(100, 699)}",
        f"{rng.randint(1000, 9999)} CR {rng.randint(1, 250)}", f"{rng.randint(100, 9999)} SR {rng.randint(3, 899)}",
        f"HC {rng.randint(60, 89)} Box {rng.randint(1, 499)}", f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}",
        f"{rng.randint(100, 9999)} State Route {rng.randint(2, 899)}", f"{rng.randint(10, 9999)} Route {rng.randint(2, 460)}",
        f"{rng.randint(100, 9999)} KY-{rng.randint(7, 1500)}", f"{rng.randint(100, 9999)} US-{rng.choice([19, 23, 25, 52, 119, 421, 460])}",
        f"{rng.randint(10, 999)} {rng.choice(ROADS)}",
    ])  # fmt: skip


def trailer_lot(rng: random.Random) -> str:
    return rng.choice([f"Lot {rng.randint(1, 80)} {rng.choice(PARKS)}", f"Lot {rng.randint(1, 80)}, {rng.choice(PARKS)}",
                       f"{rng.choice(PARKS)} Lot {rng.randint(1, 80)}", f"Trlr {rng.randint(1, 40)}, {street_line(rng)}"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road or hollow named without a house number, as people give directions."""
    return rng.choice([rng.choice(ROADS), f"Route {rng.randint(2, 460)}", f"{rng.choice(STREETS)} {rng.choice(['Rd', 'St', 'Pike', 'Hollow'])}",
                       f"TR {rng.randint(100, 699)}", f"old {rng.randint(2, 119)}", f"SR {rng.randint(3, 899)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune15") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.16:
        return rural_route(rng)
    if kind < 0.2:
        return trailer_lot(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "tune15") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["PA", "OH", "WV", "KY", "MD", "VA", "DC", "Pa.", "W.Va.", "Ky.", "Md.", "Va.", "Ohio",
          "Pennsylvania", "West Virginia", "Kentucky", "pa", "wv", "ky"]  # fmt: skip
_ZIP3 = ["150", "151", "152", "153", "156", "157", "175", "176", "181", "191", "196", "433", "430",
         "432", "446", "447", "456", "256", "247", "248", "254", "415", "416", "418", "212", "209",
         "220", "222", "242", "246"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1920, 1935)
        if pick < 0.2
        else rng.randint(1936, 2015)
        if pick < 0.5
        else rng.randint(2018, 2026)
    )
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
        f"{d:02d}-{ab.upper()}-{y}", f"{m}.{d}.{yy:02d}", f"{mo.lower()} {d}", f"{ab.lower()} {d}{o}",
        f"{d:02d}.{m:02d}.{y}", f"{d}{o} of {mo}",
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
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-05:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{ABBR[m - 1]} {d}",
            f"{MONTHS[m - 1]} {d}",
            f"{m}/{d}",
            f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}",
        ]
    )


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
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [412, 724, 878, 606, 304, 681, 410, 443, 667, 614, 380, 740, 215, 267, 445, 484, 610, 717,
         223, 330, 234, 301, 240, 703, 571, 276, 859, 502]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
                       f"{b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def email(rng: random.Random, _split: str = "tune15") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "zelpha", _handle(last) or "mollette"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2010)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "zelpha", _handle(last) or "mollette"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune15") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "zelpha", _handle(last) or "mollette"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2010)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune15") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "zelpha", _handle(last) or "mollette"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/{f}-{ln}-medical-bills",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://vk.com/{f}{ln}", f"https://ok.ru/profile/{_digits(rng, 12)}",
        f"https://www.tiktok.com/@{ln}{f}", f"https://mychart.alleghenyridge.example/visit/{_digits(rng, 8)}",
        f"https://fhir.tugvalley.example/r4/Patient/{_digits(rng, 7)}", f"https://{ln}-{f}.wordpress.com",
        f"https://www.youtube.com/@{f}{ln}", f"https://docs.google.com/document/d/{_letters(rng, 24, string.ascii_letters + string.digits)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2600:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [
            rng.randint(159, 211),
            rng.randint(232, 236),
            rng.randint(268, 302),
            rng.randint(400, 407),
            rng.randint(1, 899),
        ]
    )
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                       f"AR{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"00{_digits(rng, 6)}", f"MR{_digits(rng, 7)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 10),
            f"{_letters(rng, 2)}{_digits(rng, 8)}",
            _digits(rng, 11),
            f"{_digits(rng, 9)}{_letters(rng, 1)}",
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
    return rng.choice([npi(rng), dea(rng), f"RN{_digits(rng, 6)}", f"MD{_digits(rng, 6)}L", f"{_digits(rng, 8)}",
                       f"PA DL {_digits(rng, 8)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", f"WV{_digits(rng, 6)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 3)}",
                       f"{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 2)}{_digits(rng, 5)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}",
                       f"CONC-{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"PDMP-{_digits(rng, 8)}",
                       f"FAX{_digits(rng, 9)}", f"TKT-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                       f"EPS{_digits(rng, 8)}", f"PA{_digits(rng, 9)}", f"CASE{_digits(rng, 7)}"])  # fmt: skip


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
        ]
    )


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


def queue(rng: random.Random) -> str:
    return rng.choice(["Q_ADT_IN", "rx-refill", "ivr-main", "fax-inbound", "claims-837", "pdmp-lookup",
                       "portal-msg", "renal-tx", "pace-transport", "elig-270"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, queue names).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "PDFIRST": ("NAME", plain_first),  # Amish and Mennonite given names, for "Amos's Katie"
    "PDLAST": ("NAME", plain_last),
    "WFIRST": ("NAME", word_first),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "LOT": ("ADDRESS", trailer_lot),
    "ROAD": ("ADDRESS", road),
    "CITYUP": ("CITY", city_upper),
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
    "DAYTH": ("DATE", day_th),
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
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "QUEUE": (None, queue),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    "hey its {FIRST} again, the mobile unit was supposed to come up {ROAD} on {MD} but nobody showed",
    "my papaw {NAME} is {AGE} and his breathing is worse, the black lung doctor said call if it got worse",
    "we live in the yellow house past the church on {ROAD}, the nurse cant miss it",
    "second trailer on the left up {ROAD}, tell the driver the dog dont bite",
    "im at {LOT} now, moved out of my sisters place in {CITY}",
    "this is {PDFIRST}'s {PDFIRST} from the farm, we dont have a phone, use the neighbor {PHONE}",
    "mammi {PDFIRST} {PDLAST} had the baby at home {MD}, the midwife said to call about the newborn screen",
    "we pay cash, no insurance. name is {PDFIRST} {PDLAST}, box is {POBOX} {CITY} {STATE}",
    "ask for {NICK} at the sawmill, thats where i work days, number there is {PHONE}",
    "namaste, my aama {NAME} need ausadhi refill, her dob is {DATE}",
    "hajur this is {FIRST} for my buwa {LASTFIRST}, he cant read english, call me {PHONE}",
    "didi {FIRST} will bring dad to appt on {MD}, she drives from {CITY}",
    "habari, mimi ni {NAME}, my son {FIRST} has fever since sunday",
    "asante sana nurse, mama {FIRST} is better now. new number {PHONE}",
    "mbote, nkisi ya bébé esili. its {NAME}, baby born {DATE}",
    "malamu, im {FIRST} {SURNAME} and my english small, my cousin {FIRST} help me text",
    "mi mamá {NAME} tiene cita el {MD} pero no tiene ride, vivimos en {STREET} {CITY}",
    "hola soy {FIRST}, mi numero nuevo es {PHONE}, gracias",
    "por favor send the papers to {EMAIL}, soy la hija de {NAME}",
    "ya le mandé la foto del carnet, member id {PLAN}",
    "дякую лікарю! this is {NAME}, my mother {FIRST} is {AGE} and she fell",
    "будь ласка call my daughter {FIRST} at {PHONE}, she speak english",
    "спасибо, это {FIRST}. the address for the visiting nurse is {STREET}, {UNIT}",
    "privet, its {LASTFIRST}, i need refill of my pressure pills, dob {USDATE}",
    "selam, its {FIRST}. my wife {FIRST} {SURNAME} had baby at the hospital on {MD}",
    "ameseginalehu for helping my father {NAME}, he is {AGE} years old",
    "감사합니다. 할머니 {NAME} is {AGEN}, she needs the ride to the clinic {MD}",
    "네 this is {FIRST}'s son, please call {PHONE} not the house",
    "wie bischt, this is {PDFIRST} {PDLAST}, the englischer neighbor lets us use her phone {PHONE}",
    "denki for coming out to the farm, {PDFIRST} is nursing good now",
    "the dawdi haus is behind the big barn at {RURAL}, {CITY}",
    "need a ride to dialysis mon wed fri, im at {STREETLINE} {UNIT}, {CITY} {ZIP}",
    "my mamaw {FIRST} {SURNAME} passed {DATE}, please stop sending her bills to {POBOX}",
    "can u tell dr {SURNAME} my sugars been 300s since {MD}",
    "its {INITS}, the one from the methadone clinic, i missed dosing {MD} cause my car broke",
    "my counselor is {FIRST} at the clinic, can i get a take home for {MD} my kid has surgery",
    "i moved from {CITY} to {CITY}, need to transfer my dose, my id is {MRN}",
    "pharmacy says prior auth needed on my suboxone, pa number {OTHER}",
    "my husband {NAME} is a vet, his va number is {MRN}, he needs his oxygen refilled",
    "the pace bus didnt pick up mom {FIRST} at {STREET} today",
    "daddy {FIRST} {SURNAME} turns {AGEN} on {MD}, can the pace center do a little party",
    "is the mail order pharmacy sending my insulin to {STREETLINE} or the old address in {CITY}",
    "tracking says delivered but nothing at {STREET}, {CITY} {STATE} {ZIP}",
    "billing called about account {ACCOUNT}, i already paid on {DATE}",
    "call me at {PHONE} after 5 i work second shift",
    "this is {FIRST}. nonc {NAME} needs his meds changed, he lives with us now on {ROAD}",
    "sorry for typos, its {NAME} on my sons phone",
    "can u fax the records to the black lung clinic at {FAX}",
    "my miners benefit paperwork needs my dob {USDATE} and ssn {SSN}, is that safe to send here",
    "my license {LICENSE} expired and the pharmacy wont let me pick up",
    "lost my card, new medicaid number is {MEDICAID}",
    "medicare number {MBI}, my wife {FIRST} has the same plan",
    "portal username is {USER} and it says locked",
    "i tried logging in from the library, ip {IP}, still wont work",
    "its me {FIRST} lol the one with the twins",
    "tell nurse {WFIRST} thank u!!! 🙏",
    "got a letter addressed to {NAMEUP} but thats my dad not me",
    "pls update email to {EMAIL}",
    "{FIRST} here, the oxygen concentrator serial {DEVICE} keeps beeping",
    "my car plate {PLATE} got a ticket in the hospital garage on {MD}",
    "vin is {VIN} for the handicap placard form",
    "hey this is {NICK}, {FIRST} {SURNAME}'s grandson, papaw is {AGE}",
    "ma {FIRST} {SURNAME} wont take her pills unless i'm there, can the nurse come {MD}",
    "we are {PDLAST} family near {CITY}, no phone, write to {RURAL}",
    "the midwife {FIRST} said to text here about the baby weight",
    "baby {FIRST} was born {DATE} at home, we need the birth certificate form",
    "i dont have a street address, its the last house up {ROAD} past the tipple",
    "our road is {ROAD}, gps takes you wrong, turn at the dollar general",
    "my sister {NAME} is in {CITY} rehab since {MD}, can i sign her paperwork",
    "ba {FIRST} is {AGEN} and wont eat",
    "lola {FIRST} needs her flu shot, she is {AGE}",
    "i got my daughters name wrong on the form it's {NAME} not {FIRST}",
    "my husband {FIRST} works at the mine, can his appt be after 4",
    "the kidney doctor {SURNAME} wants labs on {MD} but i dialyze that day",
    "dialysis center moved my chair time, im {NAME}, chair 12",
    "is {STREETLINE} the new clinic address or is that the old one",
    "i live at {STREET} and the mail lady keeps putting my stuff at {STREETLINE}",
    "who is dr {SURNAME}? i never saw him but i got a bill {OTHER}",
    "im {FIRST}, mrn {MRN}, the fqhc said my sliding fee ran out",
    "my stepdad {NAME} dob {DATE} needs his records sent to the va",
    "hi {FIRST} here from room 4 at the pace center 😊",
    "tante {FIRST} says thanks for the blood pressure check",
    "texting for {FIRST} {SURNAME}, she is deaf, use this number {PHONE}",
    "my son {FIRST} {SURNAME} goes to school in {CITY}, the nurse there is {NAME}",
    "i cant drive to {CITY} for the mri, anything closer to {CITY}",
    "it's {FIRST}! the refill went to my old place at {LOT}",
    "babcia {FIRST} is {AGE} and confused since {MD}",
    "dedushka {FIRST} needs interpreter russian, appointment {LONGDATE}",
    "halmeoni {NAME} speaks only korean, her daughter in law is {FIRST} {PHONE}",
    "my nephew {FIRST} translates for me, he lives at {STREET}",
    "we stay with my uncle in {CITY} now, address {STREETLINE}",
    "plz call {FIRST} {SURNAME} at {PHONE} she is my emergency contact",
    "gofundme for my dads transplant {URL}",
    "my daughter posted about it {URL} can the hospital share it",
    "my moms name is {LASTFIRST} and her pcp is {DOC}",
    "i was seen {DATE} by a nurse named {FIRST}, shes awesome",
    "this is {FIRST} from {CITY}, can the mobile unit stop by the church lot",
    "my ssn ends different on the bill, it should be {SSN}",
    "imei {IMEI} for the tablet the program gave us, its locked",
    "the glucose thing serial {DEVICE} stopped syncing",
    "dr {SURNAME} told me to text {STAFFEMAIL} but it bounced",
    "its {FIRST} 😭 i missed my appt {MD} cause of the snow",
    "granny {FIRST} {SURNAME} wants to know if her pills came, she is {AGEN} and sharp as a tack",
    "my dad {NAME} died at home {DATE}, hospice nurse was {FIRST}",
    "call my brother {FIRST} {PHONE} he has power of attorney",
    "address is {RURAL}, {CITY} {STATE} {ZIP} but we get mail at the post office",
    "ok so {DAYTH} is better for me, morning",
    "the {DAYTH} wont work, i have court",
    "sent pics to {EMAIL} from my cousins account",
    "its {WNAME}. my daughter {FIRST} set up my portal",
    "im {FIRST}, your new patient from the refugee office, my caseworker is {NAME}",
    "resettlement lady {FIRST} said to text here, our address {STREET} {UNIT}",
    "my kids are {FIRST}, {FIRST} and {FIRST}, all need school shots",
    "this is {FIRST}, we came from the camp in {MONYEAR}, need tb test result paper",
    "wife name {NAME}, dob {DATE}, alien number on the card {OTHER}",
    "interpreter said call {PHONE} for nepali line, i am {FIRST}",
    "we live with {FIRST} {SURNAME} family on {STREETLINE}",
    "my son's school in {CITY} need the form, his name {FIRST} {SURNAME} dob {USDATE}",
    "bonjour, {NAME} ici, mon fils {FIRST} a de la fièvre",
    "{FIRST} {SURNAME} na ngai, nazali malade, call me {PHONE}",
    "salaam, its {NAME}. my husband {FIRST} needs a female doctor for me",
    "walaal, this is {FIRST} from the east side, my hooyo {NAME} is {AGE}",
    "hooyo {FIRST} has appointment {MD} with dr {SURNAME}",
    "mahadsanid! the address is {STREETLINE}, {UNIT}, {CITY}",
    "aabo {FIRST} {SURNAME} blood sugar 280 this morning",
    "its {FIRST} the dominicana, mi esposo {NAME} tiene dolor de pecho",
    "mi abuela {FIRST} {SURNAME} tiene {AGEN} años y se cayó",
    "manda los papeles a {STREET}, {CITY} {STATE}",
    "estoy en {CITY} con mi tía, el número es {PHONE}",
    "oye, {FIRST} here, is the spanish nurse {FIRST} working {MD}",
    "{FIRST} from the south side, my kid {FIRST} has asthma attack again",
    "mom {FIRST} is at {STREETLINE} in {CITY}, not the {CITY} address anymore",
    "yo soy {NAME}, el papá de {FIRST}, cual es el portal",
    "my husband {FIRST} {SURNAME} is {AGE}, korean war vet, needs new walker",
    "vietnam vet {NAME} here, my service number is {OTHER}",
    "its {FIRST} from the va clinic group, my wife {FIRST} says hi",
    "im {FIRST}, the recovery coach, patient {NAME} needs a ride {MD}",
    "my sponsor {FIRST} can bring me, he lives on {ROAD}",
    "probation officer {SURNAME} needs proof i came on {DATE}",
    "drug screen from {MD} came back wrong can somebody call {PHONE}",
    "this is {FIRST}, i been clean since {MONYEAR} 💪",
    "my baby's daddy {FIRST} is not allowed to pick up info",
    "dont call {PHONE} anymore thats his number",
    "new phone who dis lol jk its {FIRST}, save this {PHONE}",
    "grandbaby {FIRST} is staying with me on {STREET} till the court date {MD}",
    "the pharmacy by the kroger in {CITY} says the rx isnt there",
    "mail order sent 3 boxes to {STREETLINE} but my name is {NAME} not {NAME}",
    "my insurance {PLAN} changed {MONYEAR}, please update",
    "the pace social worker {FIRST} {SURNAME} said you could help",
    "im {AGE} years old honey i dont text good. {FIRST}",
    "{FIRST} {SURNAME} here, retired coal miner, 38 yrs underground",
    "my husband {FIRST} is at the dialysis chair now, his fistula bleeding again",
    "text back to {E164} thats google voice",
    "pls dont send mail to the farm, send to {POBOX}",
    "the bishop {PDFIRST} {PDLAST} said we can use church money for the bill",
    "we dont do photos, cant do the picture id. name {PDFIRST} {PDLAST}, born {DATE}",
    "{PDFIRST} {PDLAST} ({PDFIRST}'s boy) cut his hand at the sawmill, coming in the buggy",
    "the driver {FIRST} brings us, his van number is {PHONE}",
    "home birth on {DATE}, baby girl {PDFIRST}, mother {PDFIRST} {PDLAST}",
    "i am {NAME}, out by the {CITY} auction barn, appt {MD} for the goiter",
    "my stepmom {FIRST} said to call about the clinic on {ROAD}",
    "ok thx {FIRST}",
    "thank you so much!! - {FIRST}",
    "love you guys 💕 {FIRST} & {FIRST}",
    "sincerely {NAME}",
    "-{NICK}",
    "ty, {INITS}",
    "{FIRST} ❤️",
    "sent from my iphone. {FIRST} {SURNAME}",
    "god bless, {NAME}",
    "my dads caregiver is {NAME}, she comes tues thurs",
    "can my neighbor {FIRST} pick up my meds, her plate is {PLATE}",
    "my grandson {FIRST} said the bill was {ACCOUNT}",
    "the dr {SURNAME} at the va in {CITY} told me to come here",
    "i did the covid test on {MD} at {STREETLINE}",
    "i work at the plant in {CITY}, my boss {FIRST} needs a note",
    "the school nurse {NAME} called me about {FIRST}'s rash",
    "{FIRST} {SURNAME} from the food bank said you do free bp checks",
    "my wife {FIRST} got the letter at {STREET}, but we live {STREETLINE} now",
    "sorry wrong number, looking for {NAME}",
    "hi is this still dr {SURNAME}'s office? i'm {FIRST}, born {DATE}",
    "emergency contact: {FIRST} {PHONE} (sister)",
    "send reminder texts to {PHONE} not {PHONE}",
    "my mom {NAME} lives at {STREET} and my brother {FIRST} lives with her",
    "its {FIRST} {SURNAME}, date of birth {DATE}, calling about my colonoscopy prep",
    "can {FIRST} come to my appointment as my interpreter, he is my brother in law",
    "amharic interpreter please, my name {NAME} appointment {LONGDATE}",
    "my uncle {FIRST} {SURNAME} has tb treatment, the health department lady is {FIRST}",
    "mom's mrn {MRN}, she's {AGE} and at {STREETLINE}",
    "we came from {CITY} to be near my son {FIRST}",
    "gmay is helping with the hospital bill, the deacon is {PDFIRST} {PDLAST}",
    "my father in law {NAME} has the red and white card, {MBI}",
    "need paperwork for the black lung claim, mine number and ssn {SSN}",
    "this is {FIRST}, the mobile mammogram truck, is it at the {CITY} fire hall {MD}",
    "my pap {FIRST} {SURNAME} is {AGEN} and still splits his own wood",
    "the home health girl {FIRST} comes {MD}, gate code is the last 4 of {PHONE}",
    "we are at the motel on {ROAD} till the apartment at {STREETLINE} is ready",
    "my daughter {FIRST} goes by {NICK}, put that on her chart pls",
    "my ex {NAME} is not allowed to see my records",
    "brother {FIRST} from church will drive me, his cell {PHONE}",
    "i had the baby at {CITY} hospital {MD}, the pediatrician is dr {SURNAME}",
    "send the dialysis schedule to my daughter {EMAIL}",
    "hi, my name is {FIRST}, my dad is {NAME}, he is {AGE} and lives alone on {ROAD}",
    "cuz {FIRST} said u guys do the narcan training, im at {STREET}",
    "the va wont talk to me, im his wife {NAME}, his dob {USDATE}",
    "pls change my pharmacy to the one at {STREETLINE}, {CITY}",
    "where do i send the fmla form, my boss is {NAME}, fax {FAX}",
]

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|ARMC|RHAP|TUGV|{HLTS}||ADT^A04|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^ARMC^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^TVCHC^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|DAU^Daughter|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|SPO|||{PHONE}||EC",
    "PV1|1|O|DIAL^CHAIR12^01||||{NPI}^{LNUP}^{FNUP}^^^DR|||NEP||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MCD|PAMA|PA MEDICAL ASSISTANCE|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|M",
    "OBX|3|TX|COMMENT||Specimen collected at home by {LNUP}^{FNUP} RN on {HLDATE}||||||F",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "MSH|^~\\&|LAB|MONV|||{HLTS}||ORU^R01|{REQID}|P|2.3\rPID|||{MRN}||{LNUP}^{FNUP}^{MIDUP}^^MRS||{HLDATE}|F",
    "RXE|^^^{HLTS}^^R|00054-0176-25^METHADONE 10MG/ML ORAL CONC|||||||||||||{OTHER}||||{DEA}^{LNUP}^{FNUP}",
    "AL1|1|DA|70618^PENICILLIN|SV|HIVES||{HLDATE}",
    "MRG|{MRN}^^^ARMC^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-listener[{PIDN}]: ACK AE for MSH-10={OTHER} err='PID-11 zip {ZIP} not valid for {CITYUP}'",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}],"relationship":"MTH"}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","subject":{{"reference":"Patient/{MRN}","display":"{LASTFIRST}"}},"period":{{"start":"{TS}"}},"serviceProvider":{{"display":"Tug Valley Mobile Unit 2"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "fhir-proxy WARN search returned 3 matches for name={NAMEQ}&address-postalcode={ZIP}",
    '{{"resourceType":"Observation","subject":{{"display":"{NAME}"}},"device":{{"display":"home BP cuff {DEVICE}"}},"effectiveDateTime":"{TS}"}}',
    '{{"resourceType":"MedicationDispense","subject":{{"reference":"Patient/{PTUUID}"}},"whenHandedOver":"{ISODATE}","receiver":[{{"display":"{NAME}"}}],"destination":{{"display":"{STREET}"}}}}',
    # key=value and JSON app events
    "level=info ts={TS} svc=portal event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=portal event=login_fail user={USER} ip={IP} reason=bad_password attempts=5",
    'level=error ts={TS} svc=scheduler msg="no chair available" patient="{NAME}" unit=renal-7 req={REQID}',
    'ts={TS} app=ivr call_from={PHONE} dnis=8005550143 menu=2 caller_id_name="{NAMEUP}" dur={MS}',
    "ts={TS} app=ivr event=callback_requested phone={E164} lang=nep queue={QUEUE}",
    "ts={TS} app=sms dir=out to={E164} template=appt_reminder pt_first={FIRST} appt={ISODATE}",
    'ts={TS} app=sms dir=in from={E164} body="this is {FIRST} cant come {MD}"',
    '{{"ts":"{TS}","level":"INFO","event":"address_change","mrn":"{MRN}","old":"{STREET}","new":"{STREET}","by":"{USER}"}}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}"}}',
    '{{"ts":"{TS}","event":"proxy_access_granted","proxy":"{NAME}","patient":"{NAME}","relationship":"daughter"}}',
    '{{"level":"error","msg":"geocode failed","addr":"{RURAL}","city":"{CITY}","zip":"{ZIP}","ms":{MS},"retry":false}}',
    '{{"level":"warn","msg":"undeliverable","to":"{STREETLINE}, {CITY} {STATE} {ZIP}","carrier":"USPS","pkg":"{OTHER}"}}',
    '{{"event":"pace_transport","rider":"{LASTFIRST}","pickup":"{STREET}","driver":"{USER}","van_plate":"{PLATE}"}}',
    '{{"event":"mobile_unit_checkin","site":"church lot","patient":"{NAME}","dob":"{USDATE}","insurance":"{PLAN}"}}',
    'event=dose_dispensed clinic=otp-3 pt={MRN} name="{LASTFIRST}" dose_mg=85 nurse={USER} ts={TS}',
    "event=take_home_approved pt={MRN} count=6 approver={USER} start={ISODATE}",
    'event=guest_dose_request from_clinic=otp-9 pt_name="{NAME}" dob={ISODATE} phone={PHONE}',
    'otp-dispense WARN missed_doses=3 pt="{NAMEUP}" last_dose={ISODATE} counselor={USER}',
    "pdmp_lookup ts={TS} user={USER} query_last={LNUP} query_first={FNUP} dob={HLDATE} state=PA results=4 ref={OTHER}",
    'pdmp_lookup ts={TS} user={USER} patient="{LASTFIRST}" dob={USDATE} states=KY,WV,VA,OH ref={OTHER}',
    "PDMP KASPER report {OTHER} requested by {DEA} for {NAMEUP} dob {USDATE}",
    # nginx / apache
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/messages?to={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Linux; Android 13)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}_discharge.pdf HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "POST /api/intake?name={NAMEQ}&dob={ISODATE}&zip={ZIP} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /scheduling/find?last={LNLOW}&first={FNLOW} HTTP/1.1" 200 {BYTES} "https://portal.example/"',
    '{IP} - - [{CLFDATE}:{CLOCK} +0000] "GET /rx/track?email={EMAIL} HTTP/1.1" 200 {BYTES}',
    "[{CLFDATE}:{CLOCK}] [php7:error] [pid {PIDN}] [client {IP}] PHP Warning: undefined index patient_name in /var/www/forms/intake.php, referer: https://forms.example/?pt={NAMEQ}",
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /fax/outbound/{LNLOW}-{HLDATE}.tif HTTP/1.1" 404 {BYTES}',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "PUT /api/patients/{MRN}/address HTTP/1.1" 204 0 "-" "okhttp/4.12.0"',
    # Python / Java traces and SQL
    'Traceback (most recent call last):\n  File "/srv/renal/sched.py", line 212, in assign_chair\n    raise ChairConflict(f"{{pt}} double-booked")\nChairConflict: {NAME} double-booked on {ISODATE}',
    "ValueError: invalid literal for int() with base 10: '{PHONE}' (field=phone, patient={MRN})",
    'KeyError: \'zip\' while normalizing address {{"line1": "{STREETLINE}", "city": "{CITY}"}}',
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "portal_user_email" DETAIL: Key (email)=({EMAIL}) already exists.',
    'ERROR:  null value in column "dob" violates not-null constraint DETAIL:  Failing row contains ({MRN}, {SURNAME}, {FIRST}, null, {ZIP}).',
    "LOG:  duration: {MS}.2 ms  statement: SELECT * FROM patients WHERE lower(last_name)='{LNLOW}' AND dob='{ISODATE}'",
    'ERROR: insert or update on table "claims" violates foreign key constraint DETAIL: Key (member_id)=({PLAN}) is not present',
    "ORA-00001: unique constraint (RCM.PK_GUAR) violated -- guarantor {LASTFIRST} acct {ACCOUNT}",
    'java.lang.NullPointerException: Cannot invoke "String.trim()" because "patient.middleName" is null (mrn={MRN}, last={SURNAME})',
    '\tat org.tugvalley.fax.FaxRouter.route(FaxRouter.java:88) -- to={FAX} cover="ATTN {NAMEUP}"',
    "com.mailorder.rx.ShipmentException: address validation failed for {STREET}, {CITY} {STATE} {ZIP} (order {OTHER})",
    "WARN  [rx-ship-{PIDN}] c.m.r.Shipper - carrier rejected zip {ZIPNINE} for member {PLAN}",
    "sqlalchemy.exc.DataError: value too long for type character varying(20): '{NAME}'",
    "psycopg2.errors.UniqueViolation: Key (ssn)=({SSN}) already exists.",
    "pandas merge dropped row: mrn={MRN} name={LASTFIRST} reason=dob_mismatch ({USDATE} vs {USDATE})",
    # CSV
    "mrn,last,first,dob,phone,zip\n{MRN},{SURNAME},{FIRST},{USDATE},{PHONE},{ZIP}",
    "{MRN},{LNUP},{FNUP},{HLDATE},{STREETUP},{CITYUP},{STATE},{ZIP}",
    '"{LASTFIRST}",{USDATE},{PLAN},dialysis,MWF 2nd shift,chair 9',
    "{ISODATE},{NAME},{PHONE},no-show,mobile unit 1,{CITY}",
    "pace_roster.csv:{MRN};{SURNAME};{FIRST};{AGE};{STREETLINE};{CITY};{ZIP}",
    "export_row={{'pt': '{NAME}', 'addr': '{STREET}', 'city': '{CITY}', 'ins': '{PLAN}'}}",
    "{ACCOUNT}|{LNUP}|{FNUP}|{HLDATE}|SELF PAY|CASH|$0.00",
    # SSO / LDAP / audit
    "sshd[{PIDN}]: Accepted publickey for {USER} from {IP} port 52144 ssh2",
    'slapd[{PIDN}]: conn=1042 op=2 BIND dn="uid={USER},ou=staff,dc=armc,dc=org" mech=SIMPLE err=49',
    "ldap: user {USER} (cn={NAME}) added to group cn=otp-nurses",
    "okta: user.session.start actor={STAFFEMAIL} client_ip={IP} outcome=SUCCESS",
    "okta: user.account.lock actor={STAFFEMAIL} reason=too_many_failures ip={IP}",
    "ADFS 411: token validation failed for {USER}@armc.local from {IP}",
    'audit: user={USER} action=VIEW chart={MRN} patient="{LASTFIRST}" reason=treatment ts={TS}',
    "audit: user={USER} action=PRINT doc=AVS patient={MRN} printer=PACE-DAY-2 ts={TS}",
    'audit: BREAK_GLASS user={USER} patient="{NAMEUP}" mrn={MRN} justification="ER transfer"',
    "audit: user={USER} exported 42 rows including {NAME} ({MRN}) to {FNLOW}_{LNLOW}_list.xlsx",
    "EHR access review flagged: {USER} opened chart of {NAME} (same surname, employee relative)",
    "vpn: session start user={USER} assigned_ip={IP} device={MAC}",
    "mdm: enrolled {IMEI} to {USER} (home health tablet)",
    # Fax and IVR
    'fax-in {TS} from {FAX} pages=6 cover="Re: {NAME} DOB {USDATE}" routed=black-lung',
    "fax-out {TS} to={FAX} job={OTHER} status=busy retry=2 patient={MRN}",
    'RightFax: received {OTHER} CSID={FAX} subject="records {LASTFIRST}"',
    "ivr: caller {PHONE} entered dob {HLDATE} and last4 ssn, matched {MRN}",
    'ivr: caller {E164} said "{NAME}" at name prompt, confidence 0.41',
    "ivr: transfer to {QUEUE} from {PHONE} wait={MS}s",
    'callcenter: agent {USER} wrapped call from {PHONE} disposition=refill caller="{NAME}"',
    'callcenter: voicemail from {PHONE} transcript="hi this is {FIRST} calling about my mom"',
    "five9: outbound {E164} campaign=pace_wellness result=no_answer pt={MRN}",
    # Pharmacy / claims / X12
    "NCPDP B1 claim {OTHER} BIN 610014 PCN ADV cardholder={PLAN} patient={LNUP},{FNUP} dob={HLDATE} rejected 75",
    'rx_fill rx={OTHER} ndc=00093-5124-01 qty=60 pt="{LASTFIRST}" ship_to="{STREET}" eta={ISODATE}',
    "refill_request via app user={USER} rx={OTHER} pharmacy=mail-order ship={STREETLINE}",
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~REF*SY*{SSN}~DTP*472*D8*{HLDATE}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207RN0300X~",
    "CLP*{OTHER}*4*1825*0**MC*{ACCOUNT}~NM1*QC*1*{LNUP}*{FNUP}****MI*{MBI}~",
    "271 EB*6**30 inactive for {NAME} member {PLAN} as of {ISODATE}",
    'era_posting: payer=KY MEDICAID check=EFT{OTHER} pt="{NAME}" acct={ACCOUNT} paid=212.40',
    "denial CO-16 claim {OTHER} pt {LASTFIRST} dos {USDATE} missing subscriber dob",
    'rcm-worklist: acct {ACCOUNT} guarantor "{NAME}" phone {PHONE} balance 1840.22 status=payment_plan',
    "statement_run returned mail for {NAME} at {STREET}, {CITY} {STATE} {ZIP}",
    "collections_export {ACCOUNT},{LNUP},{FNUP},{STREETUP},{CITYUP},{STATE},{ZIP},{PHONE}",
    'charity_care app {OTHER} household=6 applicant="{NAME}" income_verified=true',
    # Device telemetry and dialysis
    "dialysis-machine {DEVICE} pt_id={MRN} ts={TS} alarm=venous_pressure_high value=240",
    'dialysis-machine {DEVICE} session_start ts={TS} pt="{LNUP}, {FNUP}" chair=14',
    "cgm-sync device={DEVICE} user={USER} readings=288 last={TS}",
    'o2-concentrator {DEVICE} hours=18211 fault=low_purity patient_addr="{RURAL}"',
    "bp-cuff {MAC} uploaded 14 readings for {MRN} ts={TS}",
    "pace-tablet {IMEI} checkin user={USER} geo={ZIP}",
    "telemetry: bed 4 monitor {DEVICE} paired to {NAME} at {TS}",
    "ventilator {DEVICE} home vent alarm for pt {MRN}, caregiver {NAME} called {PHONE}",
    "mobile-unit-2 gps={IP} stop=church lot arrival={TS} patients=11",
    # Email, misc
    "From: {NAME} <{EMAIL}>\nTo: {STAFFEMAIL}\nSubject: records for my dad {LASTFIRST}",
    "postfix/smtp[{PIDN}]: to=<{EMAIL}>, relay=mx.example[{IP}]:25, status=bounced (user unknown)",
    'postfix/smtp[{PIDN}]: to=<{STAFFEMAIL}>, status=sent (250 2.0.0 OK) subject="Handoff {NAME}"',
    "mailer: sent AVS to {EMAIL} for encounter {OTHER} at {TS}",
    "s3 put s3://armc-scans/{HLDATE}/{LNLOW}_{FNLOW}_insurance_card.jpg size={BYTES}",
    "scanner: saved C:\\Scans\\{LNUP}_{FNUP}_{HLDATE}.pdf",
    "docs: uploaded '{FNLOW}.{LNLOW}.consent.pdf' by {USER}",
    "file=/mnt/hl7/archive/{HLDATE}/ADT_{MRN}_{LNUP}.hl7 moved",
    "kiosk-3 check-in: {NAME} dob {USDATE} appt {CLOCK} provider {DOC}",
    'interpreter_request lang=Nepali pt="{NAME}" appt={ISODATE} requester={USER}',
    'interpreter_request lang=Kinyarwanda pt={MRN} family_contact="{NAME}" phone={PHONE}',
    'interpreter_request lang=Amharic pt="{LASTFIRST}" appt={TS} vendor=LanguageLine',
    'interpreter_request lang=Pennsylvania Dutch pt="{PDFIRST} {PDLAST}" notes="no phone, contact via {NAME}"',
    'refugee_intake case={OTHER} arrival={ISODATE} head_of_household="{NAME}" size=7 address="{STREET}"',
    'va_cc_referral seoc="Cardiology" veteran="{LASTFIRST}" ssn={SSN} auth={OTHER} expires={ISODATE}',
    "vista: PATIENT LOOKUP {LNUP},{FNUP} SSN {SSN} DOB {USDATE} -- 1 match",
    "vista: CPRS note signed by {DOC} for {LNUP},{FNUP} ({MRN})",
    'cerner: person_id={MRN} name_full_formatted="{LNUP}, {FNUP}" birth_dt_tm={TS}',
    "epic: Chronicles EPT {MRN} .2 {LASTFIRST} .110 {USDATE} .50 {STREETLINE}",
    "portal-admin: merged duplicate accounts {USER} and {USER} for {NAME}",
    "portal-admin: proxy revoked, requester={NAME} reason=custody order {OTHER}",
    "idp: password reset sent to {EMAIL} user={USER} ip={IP}",
    "idp: mfa sms to {E164} user={USER}",
    "webhook twilio status=delivered To={E164} Body=Reminder+for+{FNLOW}",
    "query: /api/v2/search?q={NAMEQ}&facility=pace-day took {MS}ms",
    "GET /api/members/{PLAN}/eligibility?dob={ISODATE}&last={LNLOW} {STATUS}",
    "POST /api/v1/address/validate body=street={STREETLINE}&city={CITY}&zip={ZIP} -> {STATUS}",
    "GET /referrals?patient_email={EMAIL}&status=open 200 {MS}ms",
    'redis SET session:{REQID} \'{{"user": "{USER}", "mrn": "{MRN}"}}\' EX 900',
    "celery task notify_caregiver[{REQID}] args=('{NAME}', '{PHONE}') retry in 60s",
    "cron pace_birthdays: {NAME} turns {AGEN} on {ISODATE}, card queued",
    "report pace_census: {LASTFIRST} age={AGE} day_center=Tu/Th diet=mech soft",
    "eligibility: {NAME} age {AGE} qualifies PACE nursing-home-level, county code 071",
    "dup_check: possible duplicate {LNUP},{FNUP} {HLDATE} vs {LNUP},{FNUP} {HLDATE} score=0.93",
    "empi: linked {MRN} to {MRN} (name {NAME}, dob {ISODATE}, ssn4 match)",
    'print-queue PACE-TX-1 job {PIDN} owner={USER} doc="{LNLOW}_rx_label.pdf"',
    "label: {NAMEUP} | DOB {USDATE} | RX {OTHER} | Dr {SURNAME} | Take 1 tab daily",
    "courier manifest stop 7 {NAME} {STREET} {CITY} signature required",
    "ups: exception for {OTHER} addressee {NAMEUP} {STREETUP} {CITYUP} {STATE} {ZIP}",
    "naloxone_kit dispensed to {NAME} by peer {USER} at {CITY} library",
    "harm_reduction visit anon_code={INITS}-{HLDATE} kits=3 site=mobile",
    "syringe_svc: participant code {INITS}{HLDATE} returned 40 issued 40",
    "black_lung_exam scheduled for {NAME} dob {USDATE} miner_id {OTHER} at {TS}",
    "dol_form CM-988 prepared for {LASTFIRST} ssn {SSN} employer mine id {OTHER}",
    "spirometry device {DEVICE} result uploaded for {MRN} tech={USER}",
    "xray: B-reader ILO read for {LASTFIRST} ({MRN}) 1/0 q/t",
    'home_birth_registry: mother "{PDFIRST} {PDLAST}" infant "{PDFIRST} {PDLAST}" dob={ISODATE} attendant={NAME} CPM',
    "newborn_screen sample from {RURAL}, {CITY} received {ISODATE}, mother {PDLAST}",
    "self_pay_estimate for {NAME} cash price 1450 paid_by=church fund receipt={OTHER}",
    "wic_referral {NAME} infant {FIRST} address {STREET} phone {PHONE}",
    "dental_van roster {ISODATE}: {NAME}, {NAME}, {NAME}",
    'transport_request pt={MRN} pickup="{ROAD}" notes="gravel road, 4wd" driver={USER}',
    "ambulance run {OTHER} pickup {RURAL} pt {NAME} age {AGE} dest=ARMC ED",
    'ems: 911 call from {PHONE} address "{STREETLINE}" callback name {FIRST}',
    "helipad log {TS} flight {OTHER} pt={NAME} from {CITY}",
    "wander-guard {DEVICE} alarm exit door 3 resident {NAME}",
    "dietary: tray ticket {NAMEUP} rm 214 renal 2g Na",
    "lab-courier pickup {ISODATE} mobile unit 1 specimens=18 tech={USER} site={CITY}",
    "lis: specimen {OTHER} label name mismatch '{LNUP},{FNUP}' vs order '{LNUP},{FNUP}'",
    "lis: critical K 6.8 for {MRN} called to {DOC} at {CLOCK}",
    "pacs: study {OTHER} patient {LNUP}^{FNUP} dob {HLDATE} modality CR",
    "dicom: (0010,0010) PatientName={LNUP}^{FNUP}^{MIDUP} (0010,0030) BirthDate={HLDATE}",
    "sftp upload 837P_{HLDATE}.txt to clearinghouse by {USER} from {IP}",
    "edi: 999 rejected ISA13={OTHER} NM109={PLAN} name={LNUP}*{FNUP}",
    "medicaid_mco_roster row: {MEDICAID}|{LNUP}|{FNUP}|{HLDATE}|{ZIP}|{PHONE}",
    "mbi_lookup {NAME} dob {ISODATE} -> {MBI}",
    "wv_medicaid elig check {MEDICAID} {LNUP} {FNUP} active",
    "ky_medicaid: member {MEDICAID} {NAME} redetermination due {ISODATE}",
    'call_recording {OTHER}.wav caller={PHONE} agent={USER} pt="{NAME}"',
    'speech2text: "my name is {NAME} and my birthday is {DATE}"',
    'chatbot: intent=address_change slots={{"street": "{STREETLINE}", "city": "{CITY}", "zip": "{ZIP}"}}',
    'chatbot: intent=refill user_said="its for my mom {FIRST}" user={USER}',
    "translation-svc src=am text_len=220 pt={MRN} requester={STAFFEMAIL}",
    "vehicle registry check plate {PLATE} for parking permit holder {NAME}",
    "parking: permit issued to {NAME} plate {PLATE} vin {VIN}",
    "facilities: badge {OTHER} issued to {NAME} dept=Renal ext 4471",
    "hr-feed: new hire {NAME} npi {NPI} email {STAFFEMAIL} start {ISODATE}",
    "credentialing: {DOC} DEA {DEA} expires {ISODATE}",
    "credentialing: RN license {LICENSE} verified for {NAME}",
    "timeclock: {USER} punched in {TS} site=pace-day",
]

NOTES = [
    "HPI: {NAME} is a retired underground miner ({AGE} y/o) seen at the mobile unit on {DATE} for worsening dyspnea on exertion.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, presents with productive cough x3 wks. Worked 31 yrs roof bolter. Lives alone up {ROAD}.",
    "A/P: Complicated CWP, PMF on CT. Refer to pulmonary rehab. F/u {MD} at the black lung clinic. -- {DOC}, MD",
    "Black lung exam for DOL claim. Claimant {NAME}, SSN {SSN}, miner ID {OTHER}. Spirometry device {DEVICE}.",
    "B-reader: ILO 2/1 p/q, upper zones. Film dated {DATE}. Reader {DOC}, MD, NIOSH cert {LICENSE}.",
    "SBAR. S: {NAME} in chair 9 with cramping. B: ESRD on HD MWF. A: BP 84/50. R: stop UF, call {DOC}.",
    "Handoff to {FIRST} RN: pt {SURNAME} rm 412, NPO after midnight, wife {FIRST} at bedside, call {PHONE} with updates.",
    "Home visit {DATE}: drove to {RURAL}. Pt's daughter {NAME} present. Gravel lane, creek crossing; 4wd needed in winter.",
    "Home visit: yellow farmhouse on {ROAD}, no phone. Amish household; father {PDFIRST} {PDLAST} gave history in Pennsylvania Dutch, son {PDFIRST} translated.",
    "Home birth attended {DATE} by {NAME}, CPM. Mother {PDFIRST} {PDLAST}, G6P6. Infant {PDFIRST} {PDLAST}, 3.6 kg, Apgars 8/9.",
    "Newborn screen collected at home on {MD} at {RURAL}; family has no phone, results to be mailed to {POBOX}.",
    "Self-pay. Family pays cash; church aid coordinated through deacon {PDFIRST} {PDLAST}. Estimate given.",
    "PACE day center note {DATE}: {NAME} ({AGEN} yo) attended exercise group, ate 75% of lunch, no falls. {INITS}, CNA",
    "PACE IDT: participant {LASTFIRST} age {AGE}. Daughter {FIRST} requests increased home care hours. Transport from {STREETLINE}.",
    "PACE: birthday celebrated today for {NAME}, who turned {AGEN}. Family {FIRST} and {FIRST} attended.",
    "OTP progress note. Pt {NAME} (MRN {MRN}) dosed 90 mg methadone. UDS {MD} positive for fentanyl. Counselor {FIRST} {SURNAME}, CADC.",
    "OUD clinic: buprenorphine 16 mg SL daily. PDMP (KASPER) checked {DATE}, no other prescribers. {DOC}, DO, DEA {DEA}.",
    "Take-home eligibility reviewed; pt {LASTFIRST} 18 mo continuous, approved 6 take-homes. Start {MD}.",
    "Guest dosing arranged with OTP in {CITY} for {NAME} during family funeral {MD}-{MD}.",
    "Peer recovery specialist {NAME} met pt at {STREET}; delivered naloxone x2.",
    "Pharmacy: mail-order fill of insulin glargine shipped to {STREETLINE}, {CITY} {STATE} {ZIP}; signature waived per pt.",
    "Pharmacy note: called {NAME} at {PHONE} re: duplicate therapy. Pt confirms she stopped lisinopril {MD}.",
    "Rx transfer from {CITY} pharmacy; RPh {NAME} gave verbal, NABP {LICENSE}.",
    "Billing: guarantor {NAME}, acct {ACCOUNT}. Payment plan $25/mo set up. Mail to {POBOX}, {CITY} {STATE} {ZIP}.",
    "Billing note: claim {OTHER} denied CO-197 (no auth). Auth obtained retro, ref {OTHER}. Resubmitted {DATE}. -{INITS}",
    "Charity care approved 100% for {NAME}, household of 8, effective {DATE}.",
    "Portal admin: proxy access granted to {NAME} (daughter) for {NAME}; verified ID via {LICENSE}.",
    "Portal admin: locked account {USER} after 6 failed logins from {IP}; reset link to {EMAIL}.",
    "Interface field pasted: PID-5 {LNUP}^{FNUP}^{MIDUP} PID-7 {HLDATE} PID-11 {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    "cc: {DOC}, MD; {DOC}, NP; {NAME}, LCSW",
    "cc: {NAME}, RN (dialysis); {DOC}, MD (nephrology)",
    "Signed: {DOC}, MD {DATE}",
    "Electronically signed by {DOC}, CRNP on {DATE} at {CLOCK}",
    "Dictated by {DOC}, MD. Transcribed by {INITS} {DATE}.",
    "-- {INITS} RN",
    "Scribe: {NAME}. Attestation: I, {DOC}, personally performed the services described.",
    "Refugee health screening: {NAME}, arrived {DATE} from a camp; family of 6. Caseworker {NAME}, phone {PHONE}.",
    "Refugee intake: Nepali-speaking, interpreter {NAME} (in person). Address {STREET}, {CITY}.",
    "Pt {NAME} (Lhotshampa, Nepali-speaking) with HbA1c 10.2. Son {FIRST} helps with insulin. Lives at {STREETLINE} {UNIT}.",
    "Kinyarwanda interpreter via phone (ID {OTHER}). Mother {NAME} reports child {FIRST} with fever x2 days.",
    "Swahili interpreter used. Pt {NAME}, DOB {USDATE}, arrived {MONYEAR}. Hep B sAg positive; household contacts {FIRST}, {FIRST}, {FIRST}.",
    "Lingala-speaking family; father {NAME} declines interpreter, daughter {FIRST} ({FIRST} age 14) interpreting - advised against.",
    "Somali interpreter {NAME}. Pt {NAME} prefers female provider. Husband {FIRST} present.",
    "Pt is a Somali elder, {AGEN} y/o by family report (exact DOB unknown, registered as {USDATE}).",
    "Amharic interpreter. Pt {LASTFIRST} (father's name {FIRST}) with HTN. Fasting for Lent; adjust meds.",
    "Tigrinya interpreter on video, {NAME}. Pt {NAME} from Eritrea via Ethiopia, arrived {MONYEAR}.",
    "Ukrainian-speaking pt {NAME} with daughter-in-law {FIRST} translating. Arrived under U4U {MONYEAR}.",
    "Russian interpreter {NAME}. Pt {NAME} {AGE} y/o with CHF, lives with son at {STREET}.",
    "Spanish. Pt {NAME} (Dominican) with asthma; mother {FIRST} {SURNAME} at bedside; new phone {PHONE}.",
    "Pt {NAME} (Puerto Rican, moved from the island {MONYEAR}) establishing care. Records from {CITY} requested.",
    "Korean-speaking pt {NAME}, daughter {FIRST} on phone {PHONE}. Halmeoni lives in an apartment at {STREETLINE} {UNIT}.",
    "Vietnamese interpreter. Pt {NAME}, 68, Hep B; wife {FIRST} accompanies.",
    "Amish pt {PDFIRST} {PDLAST}, 52, goiter. Lives at {RURAL}, {CITY}. No phone; contact via neighbor {NAME} {PHONE}.",
    "Mennonite pt {NAME}; husband {FIRST} drives. Pays cash, declined lab send-out.",
    "Veteran {NAME}, SC 70%, VA ID {MRN}. Community care auth {OTHER} expires {DATE}. PCP {DOC} at the VAMC.",
    "VA: Agent Orange exposure; DM2, IHD. Wife {NAME} is caregiver, Caregiver Support Program contact {NAME}.",
    "Safety-net ED note: {NAME} ({AGE} y/o) brought by EMS from {STREET}. Son {FIRST} to bring meds.",
    "ED: pt {LASTFIRST}, uninsured, unhoused, staying at shelter on {STREETLINE}. SW {NAME} consulted.",
    "SW note: met with {NAME} re: housing; applied for unit at {STREETLINE}; landlord {NAME} ph {PHONE}.",
    "CM note: transport arranged for {MD} dialysis from {LOT}.",
    "Dialysis: new start {NAME}, access R AVF placed {DATE} by {DOC}, MD. Chair time 2nd shift MWF.",
    "Dialysis: pt {SURNAME} missed tx {MD} - snow, road closed at {ROAD}. Called daughter {FIRST} {PHONE}.",
    "Transplant referral for {NAME}; living donor candidate brother {NAME} dob {DATE}.",
    "Nephrology: {NAME}, CKD 4, moved from {CITY}. Prior nephrologist {DOC}, fax {FAX}.",
    "Phone note: {FIRST} {SURNAME} called from {PHONE} asking about biopsy. Informed results pending.",
    "Phone encounter {DATE}: wife {NAME} reports pt {FIRST} confused since {MD}. Advised ED.",
    "Call center note: caller {NAME} states she is the POA for {NAME}; POA doc on file {DATE}.",
    "Call center: caller identified by DOB {USDATE} and address {STREET}. Refill sent.",
    "Left VM for {NAME} at {PHONE} re: appt on {MD}. {INITS}",
    "Msg to pt via portal ({USER}): labs reviewed, normal. -{DOC}",
    "Letter mailed to {NAME}, {STREETLINE}, {CITY}, {STATE} {ZIP} re: missed appts.",
    "Records request from {NAME}, Esq., fax {FAX}, for client {NAME} dob {DATE}.",
    "Release of info signed by {NAME} on {DATE} to {NAME} (sister) at {EMAIL}.",
    "Employer note for {NAME}: may return {MD}, no lifting >20 lb. Supervisor {NAME}.",
    "School note: {FIRST} {SURNAME} seen {DATE}, may return to {CITY} Elementary tomorrow.",
    "Peds WCC: {NAME}, DOB {USDATE}. Mother {NAME}; father {FIRST}. Lives at {STREET}.",
    "Peds: {FIRST} ({NICK}) here with granny {NAME} who has custody since {MONYEAR}.",
    "OB intake: {NAME}, G3P2, EDD {DATE}. FOB {NAME}. Plans home birth with midwife {NAME}.",
    "Postpartum home visit {DATE} at {RURAL}; mother {PDFIRST} {PDLAST} breastfeeding well.",
    "Social hx: lives with husband {FIRST} in a trailer at {LOT}. Works at dollar store in {CITY}.",
    "Social hx: former coal miner, now drives school bus for {CITY} district. Wife {FIRST}.",
    "FHx: father {FIRST} d. black lung age 61; mother {FIRST} alive at {AGE}.",
    "FHx: brother {NAME} with ESRD on dialysis in {CITY}.",
    "Contacts: daughter {NAME} {PHONE}; son {NAME} {PHONE}.",
    "Emergency contact updated to {NAME}, {PHONE}, {EMAIL}.",
    "Advance directive: MPOA {NAME} (niece), {STREET}, {CITY}. POLST on file {DATE}.",
    "Hospice referral for {NAME}, {AGEN} y/o. Hospice RN {NAME}, ph {PHONE}.",
    "Death note: {NAME} pronounced {DATE} at {CLOCK} at home. Family {FIRST} and {FIRST} present.",
    "Med rec with pt {NAME} and pill bottles from {CITY} pharmacy; prescriber {DOC}.",
    "Med rec: pt brought bag of meds incl. some belonging to husband {FIRST}; removed.",
    "Fall: {NAME} found on floor by aide {NAME} at {CLOCK}; neuro checks q1h.",
    "Wound care: {NAME}, sacral stage 3; home health agency RN {NAME} ph {PHONE}.",
    "DME: O2 concentrator {DEVICE} delivered to {RURAL} on {DATE}. Backup tanks x4.",
    "DME: hospital bed to {STREETLINE}; contact grandson {FIRST}.",
    "CGM serial {DEVICE} linked; pt {NAME} uses phone IMEI {IMEI}.",
    "Transport: PACE van plate {PLATE} picked up {NAME} at {STREET} 0730.",
    "Vehicle: pt involved in MVC, car VIN {VIN}, police report {OTHER}.",
    "Occupational: {NAME} injured at mine {DATE}; WC claim {OTHER}, adjuster {NAME} {PHONE}.",
    "DOL black lung: claim {OTHER} for {NAME}, widow {NAME}; autopsy slides requested from {CITY}.",
    "Interpreter used: {NAME} (ID {OTHER}), Nepali.",
    "Consent obtained from {NAME} via interpreter {NAME}.",
    "Tele-interpreter {FIRST} #{OTHER} used for entire visit.",
    "Pt prefers to be called {NICK}.",
    "Pt goes by {FIRST}; legal name {NAME}.",
    "Name on insurance card {NAMEUP} differs from chart ({NAME}); updated after marriage {DATE}.",
    "Alias: {NAME} (prior married name).",
    "Duplicate chart: merged {MRN} into {MRN}; same pt {LASTFIRST}, DOB {USDATE}.",
    "Registration corrected DOB from {USDATE} to {USDATE} per birth certificate.",
    "Address verified: {STREETLINE}, {UNIT}, {CITY}, {STATE} {ZIP}.",
    "New address: {RURAL}, {CITY} {STATE} {ZIP} (mail to {POBOX}).",
    "Pt lives on {ROAD}, no house number; directions in chart.",
    "Insurance: Medicaid {MEDICAID}; Medicare {MBI}; secondary {PLAN}.",
    "Insurance verified {DATE}: {PLAN}, subscriber {NAME}.",
    "SSN on file {SSN} confirmed with pt.",
    "Pt {NAME} asked to remove SSN from chart; ticket {OTHER}.",
    "Audit: chart of {NAME} accessed by {USER} (not on care team); referred to privacy officer {NAME}.",
    "Privacy: pt reports ex-husband {NAME} works in registration; chart restricted.",
    "IT ticket {OTHER}: {NAME} unable to print from PACE-DAY-2; workstation IP {IP}.",
    "Portal: pt's son {NAME} created account {USER} using pt email {EMAIL}; unlinked.",
    "HPI: {FIRST} is a 34 y/o from {CITY} with OUD in sustained remission on buprenorphine. Wants to taper.",
    "HPI: {NAME}, 58, presents with chest pain starting {MD} while hunting on {ROAD}.",
    "HPI: 7 y/o {FIRST} brought by mother {NAME} for rash after visit to cousins in {CITY}.",
    "HPI: {AGEN} y/o woman ({NAME}) from the PACE program with decreased PO intake x3 days.",
    "HPI: Pt {LASTFIRST} is a {AGE} y/o veteran with COPD, 60 pack-years.",
    "Assessment: {NAME} with uncontrolled DM2, A1c 11.4. Plan insulin start; teach with daughter {FIRST}.",
    "Plan: f/u {DATE} with {DOC}. Labs before. Call {PHONE} with results.",
    "A/P: 1. CKD 3b - nephro referral to {DOC}. 2. HTN - amlodipine. RTC {MD}.",
    "Discharge: to home at {STREET} with daughter {NAME}. HH agency to call {PHONE}.",
    "Discharge summary: {NAME}, adm {DATE}, d/c {DATE}. Attending {DOC}, MD.",
    "Admit: {NAME} from {CITY} transferred from outside hospital; accepting {DOC}.",
    "Transfer: {NAME} flown from {CITY}; flight RN {NAME}.",
    "Consult: thanks {DOC} for referring {NAME}.",
    "Referral to {DOC} (cardiology) fax {FAX}; pt {NAME} dob {DATE}.",
    "Referral letter: Dear Dr. {SURNAME}, I am writing regarding our mutual patient {NAME}.",
    "Sincerely, {DOC}, MD, Tug Valley Community Health",
    "Nursing: pt {SURNAME} ambulated 150 ft with walker; wife {FIRST} present.",
    "Nursing: Mr. {SURNAME} refused evening meds; son {FIRST} called.",
    "Nursing: Mrs. {SURNAME}'s daughter {FIRST} requested update; pt consent on file.",
    "Nursing handoff: Bed 4 {LASTFIRST}, fall risk, sitter {NAME}.",
    "Chaplain: visited {NAME}; requested Father {SURNAME} from parish.",
    "Chaplain: Amish family, bishop {PDFIRST} {PDLAST} visited; hymn singing in room.",
    "Nutrition: renal diet teaching with {NAME} and spouse {FIRST}.",
    "PT: {NAME} with walker; home has 6 steps at {STREET}.",
    "OT: home safety eval at {RURAL}; recommend grab bars.",
    "Speech: swallow eval for {NAME}, {AGE} y/o.",
    "Pharmacy consult: {NAME} on warfarin; INR 3.8. Notified {DOC}.",
    "Pharmacy: PA for Eliquis submitted for {NAME}, plan {PLAN}, ref {OTHER}.",
    "Pharmacy: pt {NAME} picked up via proxy {NAME}, ID {LICENSE}.",
    "Pharmacy: controlled rx for {NAME}, DEA {DEA}, prescriber {DOC}.",
    "Mail-order: shipment to {STREETLINE} returned; new address {STREET}.",
    "Mail-order call: {NAME} from {PHONE} requests expedited shipping.",
    "RCM: self-pay discount 40% for {NAME}; paid cash {DATE}.",
    "RCM: acct {ACCOUNT} sent to collections; guarantor {NAME} disputes.",
    "RCM: Medicaid retro eligibility for {NAME} from {DATE}.",
    "RCM: claim {OTHER} for {NAME} dos {DATE} rebilled to {PLAN}.",
    "Coding: CPT 99214 for {NAME} on {DATE}, provider NPI {NPI}.",
    "Scheduling: {NAME} moved to {MD} at pt request; text to {PHONE}.",
    "Scheduling: mobile unit stop at {CITY} fire hall {MD}; 12 pts incl. {NAME}.",
    "Outreach: CHW {NAME} visited {LOT}; family needs utility assistance.",
    "Outreach: CHW {NAME} met refugee family {SURNAME} at {STREETLINE}; enrolled in Medicaid.",
    "CHW: delivered food box to {NAME} at {ROAD}.",
    "Lab: specimen for {NAME} hemolyzed; recollect {MD}.",
    "Lab: critical value called to {DOC} by {INITS} at {CLOCK}.",
    "Radiology: CXR for {NAME}, dob {DATE}. Read by {DOC}.",
    "Pathology: specimen {OTHER} from {NAME}; attending {DOC}.",
    "Telehealth: pt {NAME} connected from {CITY} library; IP {IP}.",
    "Telehealth: video from pt's car in parking lot at {STREETLINE}.",
    "Behavioral health: {NAME} with PTSD; wife {FIRST} attends.",
    "BH crisis: pt {NAME} texted {PHONE} crisis line; mobile crisis to {STREET}.",
    "Court: pt {NAME} under guardianship of {NAME} per order {OTHER}.",
    "CPS: report made re {FIRST}, age 4, at {STREET}; worker {NAME}.",
    "APS referral for {NAME}, {AGEN} y/o, concerns re nephew {NAME}.",
    "Police: officer {NAME} badge {OTHER} at bedside.",
    "Sign-out: {FIRST} -> {FIRST}: bed 12 {SURNAME} needs am labs.",
    "Resident note: seen with attending {DOC}. {INITS}, PGY-2",
    "Student note reviewed. {INITS}, MS3",
    "Addendum {DATE}: spoke with {NAME}.",
    "Late entry for {DATE}: pt's sister {NAME} called.",
    "Correction: wrong patient. Note belongs to {NAME} {MRN}.",
    "Interface error pasted: 'Patient {LASTFIRST} ({MRN}) not found in EMPI' -- resolved.",
    "FHIR import: name.family='{SURNAME}' given='{FIRST}' birthDate={ISODATE}",
    "CSV row pasted: {MRN},{SURNAME},{FIRST},{USDATE},{ZIP}",
    "IVR message: 'this is {NAME} at {PHONE}, please call me back'.",
    "Voicemail: 'hi its {FIRST} from {CITY}'.",
    "Fax cover: To: {DOC} Fax: {FAX} Re: {NAME} DOB {USDATE}",
    "Fax received from {CITY} hospital re: {NAME}, pages 12.",
    "Email from {EMAIL}: pt requests records.",
    "Staff email {STAFFEMAIL} cc'd on referral for {NAME}.",
    "PDMP: {NAME} dob {USDATE}, 3 prescribers in 6 mo. Report {OTHER}.",
    "UDS chain of custody form {OTHER} signed by {NAME}.",
    "OTP intake: {NAME}, {AGE} y/o, from {CITY}; IV use since {MONYEAR}.",
    "OTP: dose hold for sedation; pt {NAME} sent home with {FIRST}.",
    "OTP: pt {SURNAME} transferred to OTP in {CITY}; records faxed {FAX}.",
    "Handoff: Bed 7 {FIRST} {SURNAME} COWS 14; gave 4 mg bupe at {CLOCK}.",
    "Renal social work: {NAME} transport via Medicaid van from {RURAL}; driver {NAME}.",
    "Dialysis: pt {NAME} to travel to {CITY}; guest tx arranged {MD}-{MD}.",
    "Dialysis: machine {DEVICE} swapped after alarm during {NAME}'s tx.",
    "VA: pt {NAME} reports service {MONYEAR} to {MONYEAR}; DD-214 on file.",
    "VA: MyHealtheVet user {USER}; secure message re refill.",
    "Safety-net ED: pt {NAME} from {STREET}; brought by friend {FIRST}.",
    "ED triage: {NAME}, {AGE} y/o, from home at {STREET}, accompanied by {FIRST}.",
    "ED: pt states name is {NAME}; no ID; dob given as {DATE}.",
    "ED: unidentified female identified as {NAME} by family {FIRST} at {CLOCK}.",
    "Labor & delivery: {NAME} arrived by buggy with husband {PDFIRST}; no prenatal care.",
    "Birth cert worksheet: mother {NAME}, father {NAME}, infant {FIRST}, born {DATE} at home {RURAL}.",
]

_PHI_FREE_CHAT = [
    "my sugar was 212 this morning and 140 after lunch",
    "took 2 tylenol at 3pm, still hurts",
    "is it ok to take ibuprofen with the eliquis",
    "the van comes monday wednesday friday right",
    "i got the flu shot last year, do i need the new one",
    "we dont have a phone at the farm, we use the phone shanty",
    "the baby nursed every 2 hours last night",
    "my inhaler is the orange one, advair 250/50",
    "how long do i fast before labs, 8 or 12 hours",
    "my bp was 168/94 on the machine at the pharmacy",
    "is the clinic open on saturdays",
    "my fistula arm is itchy, is that normal",
    "i need a quart of the renal shake not the pint size",
    "the oxygen hose is 50 feet, can i get a longer one",
    "my walker wheel came off, the axle is bent",
    "my mitten got caught in the wood splitter, just a scratch",
    "i been on suboxone 2 years, want to try sublocade",
    "can i take my methadone dose early on thanksgiving",
    "the premium on my plan went up again",
    "the neon sign at the pharmacy says closed but its 2pm",
    "i got stung by a wasp, not a viper lol",
    "its 87 degrees in the trailer, no ac",
    "i weigh 212 pounds now, down 15",
    "ok thank you",
    "sounds good see you tuesday",
    "asante sana",
    "dhanyabad",
    "gracias por todo",
    "спасибо",
    "감사합니다",
    "denki",
    "ameseginalehu",
    "mahadsanid",
    "matondo mingi",
    "what time does the mobile unit leave the church lot",
    "is the black lung clinic still on thursdays",
    "my husband worked 30 years underground, mostly continuous miner",
    "the pace center lunch today was good",
    "i need help with the medicaid renewal form",
    "my son is 7 and has a fever of 101.5",
    "i'm 62 and never had a colonoscopy",
    "my mom is 88 and still gardens",
    "is narcan free at the health department",
    "the sleigh ride at church was fun but my back hurts now",
    "my blood pressure pill is amlodipine 10 mg",
    "metformin gives me the runs",
    "can i get the shingles shot at the pharmacy",
    "i have bells palsy again on the left side",
    "grandpa has parkinsons and shakes bad in the morning",
    "we are a family of 9, all need dental",
    "the interpreter line was busy for 20 minutes",
    "i speak nepali, little english",
    "ninaongea kiswahili",
    "habla espanol alguien",
    "my pump says occlusion alarm",
    "the tablet from the program wont charge",
    "dialysis was 4 hours today, felt washed out",
    "is it normal to pee only a little on dialysis",
    "the valve on the oxygen tank is stuck",
    "the gasket on my pressure cooker blew, burned my hand a little",
    "i stepped on a screw in the barn",
    "the hinge on my knee brace broke",
    "need a new flail mower part, oh wrong chat lol",
    "i ate a whole pint of ice cream, sugar 300",
    "a guinea hen pecked my hand, do i need a shot",
    "the plough horse kicked my shin",
    "i have a sweetbread recipe that is low salt",
    "thrift store had a shower chair for 5 dollars",
    "my hands shake like a piston engine",
    "the pillar of the porch fell on my foot",
    "is 2 ounces of juice ok for a low",
    "the crate fell off the truck onto my toe",
    "my joist cracked, kitchen floor sagging, cant use walker there",
    "the trumpeter at the funeral was my grandson",
    "the peddler came by selling herbs, is comfrey safe",
    "thanks yall",
    "❤️🙏",
    "👍",
    "ok",
    "k thx",
    "will do",
    "yes",
    "no not yet",
    "maybe next week",
    "2 pills or 1",
    "it was 10 mg before now its 20",
]
_PHI_FREE_NOTE = [
    "BP 142/88, HR 76, RR 18, SpO2 91% RA, T 98.4 F.",
    "Wt 84.2 kg, BMI 31.4. A1c 8.9%.",
    "FEV1 1.42 L (48% predicted), FVC 2.91 L, FEV1/FVC 0.49.",
    "ILO classification 2/1 q/r, upper zones, consistent with simple CWP.",
    "Dx: J60 Coalworker's pneumoconiosis. J44.1 COPD with exacerbation.",
    "ICD-10 E11.65, I12.0, N18.6, Z99.2.",
    "CPT 90937, 90960. LOINC 4548-4 (HbA1c).",
    "NDC 0054-0176-25 methadone HCl oral concentrate 10 mg/mL.",
    "Buprenorphine/naloxone 8 mg/2 mg SL film, 2 films daily.",
    "COWS 11 at 0800; 4 at 1000 after dose.",
    "UDS: positive buprenorphine, negative fentanyl, negative methamphetamine.",
    "Dialysis: EDW 72.0 kg, UF goal 3.2 L, Qb 400, Qd 600, 4 hr.",
    "Kt/V 1.42, URR 72%. K 5.1, Phos 6.2, Hgb 10.4.",
    "Access: L brachiocephalic AVF, good thrill and bruit.",
    "PACE day center: 14 participants, 2 wheelchairs, chair yoga at 1030.",
    "Bell's palsy, right, onset 3 days ago. Prednisone 60 mg x 7 days.",
    "Parkinson's disease, Hoehn and Yahr stage 2.",
    "Crohn's disease in remission on infliximab.",
    "Hashimoto's thyroiditis; TSH 6.2.",
    "Sjogren's syndrome, dry eyes, Schirmer 4 mm.",
    "Graves' disease s/p RAI in 2011.",
    "Addison's disease on hydrocortisone 15/5.",
    "Alzheimer's dementia, MoCA 14/30.",
    "Raynaud's phenomenon worse in winter.",
    "Guillain-Barre syndrome ruled out; LP normal.",
    "Down syndrome, age 34, lives in group home.",
    "Ages 0-17: 22 pts; 18-64: 141 pts; 65-89: 38 pts.",
    "Pt is 67 years old.",
    "Pt is 89 and independent in ADLs.",
    "Follow up in 2 weeks. RTC 3 months.",
    "Seen Tuesday and Thursday in clinic.",
    "Mobile unit runs Monday through Friday, 0800-1600.",
    "Since 2019 on hemodialysis.",
    "Quit smoking in 1998; 40 pack-years.",
    "Worked 31 years underground; 6 years surface.",
    "Lisinopril 20 mg daily; amlodipine 10 mg daily; atorvastatin 40 mg qHS.",
    "Insulin glargine 28 units qHS; lispro per sliding scale.",
    "Warfarin 5 mg; INR goal 2-3; INR today 2.6.",
    "Apixaban 5 mg BID. CHA2DS2-VASc 4.",
    "Naloxone 4 mg nasal spray x2 dispensed.",
    "Tdap given. Hep B series #2 given. PPD placed, read in 48-72 h.",
    "QuantiFERON positive; CXR negative; start rifampin x4 mo.",
    "Hep B sAg positive, e Ag negative, DNA 2,300 IU/mL.",
    "Strongyloides serology positive; ivermectin 200 mcg/kg x2 days.",
    "Ova and parasites negative x3.",
    "Lead level 6 mcg/dL in child, recheck 3 mo.",
    "Vitamin D 11 ng/mL; start 50,000 IU weekly.",
    "Goiter, multinodular, TSH 0.9.",
    "Home birth, term, uncomplicated; Apgars 8 and 9.",
    "Newborn wt 3.6 kg; bilirubin 9.2 at 48 h.",
    "G6P6, EBL 300 mL, no tears.",
    "Maple syrup urine disease screen negative.",
    "Glutaric acidemia type 1 carrier testing discussed.",
    "Pennsylvania Dutch interpreter not required; pt bilingual.",
    "Nepali interpreter used for entire visit.",
    "Kinyarwanda and Swahili interpreters via phone line.",
    "Amharic video interpreter, 40 minutes.",
    "Somali interpreter in person.",
    "Pt prefers Spanish; interpreter declined.",
    "Korean interpreter requested for next visit.",
    "Ukrainian and Russian both acceptable to pt.",
    "Tigrinya interpreter unavailable; used Amharic.",
    "Lingala interpreter via vendor.",
    "Dialysis chain policy: no food in chairs.",
    "Mail-order pharmacy: 90-day supply; 2-day shipping.",
    "Revenue cycle: 837P batch 112 claims, 4 rejects.",
    "Prior auth approved for 12 months.",
    "Self-pay discount applied per policy FIN-22.",
    "Sliding fee scale level C.",
    "Medicaid MCO: Aetna Better Health of Kentucky.",
    "Medicare Part D plan; coverage gap reached.",
    "VA community care, SEOC cardiology.",
    "PACE IDT met; 11 participants reviewed.",
    "Call center: 218 calls, ASA 94 sec, abandonment 6%.",
    "IVR menu option 3 now routes to refills.",
    "Fax server down 0200-0400 for patching.",
    "Portal outage, 45 min.",
    "PDMP query performed; no concerning findings.",
    "KASPER, WVCSMP and PA PDMP all checked.",
    "Continuous miner, roof bolter, shuttle car operator.",
    "Longwall, 12 years.",
    "Retired 2015.",
    "Grade 2 pitting edema bilateral.",
    "Lungs: dry crackles at bases.",
    "Heart: RRR, no MRG.",
    "Abd: soft, NT, ND.",
    "Neuro: CN II-XII intact.",
    "Skin: stage 2 sacral ulcer 2 x 3 cm.",
    "Assessment unchanged from prior.",
    "Plan discussed with pt and family, who agree.",
    "No acute distress.",
    "Pain 6/10, aching.",
    "Falls: 0 in last 30 days.",
    "PHQ-9 14, GAD-7 11.",
    "AUDIT-C 2.",
    "C-SSRS negative.",
    "Ambulates with rollator; uses wheelchair for distances.",
    "Home has 4 steps, no railing.",
    "Wood stove heat; well water.",
    "No phone in home; neighbor relays messages.",
    "Buggy transport; 6 miles to clinic.",
    "Pt declined photo ID for religious reasons; verified by bishop letter.",
    "Sweetbread and organ meats limited for gout.",
    "Diet: 2 g Na, 2 g K, 1.2 L fluid.",
    "Limit fluids to 1 quart per day.",
    "Drink 8 ounces water with each dose.",
    "Drop 1 pint of blood donation deferred.",
    "Valve: TAVR 26 mm Sapien 3.",
    "Mitral valve prolapse, mild MR.",
    "Hinge joint stiffness, elbow.",
    "Broadhead arrow injury to thigh, hunting season.",
    "Mitten splint applied for hand burns.",
    "Axle of wheelchair replaced by DME vendor.",
    "Gasket leak on concentrator; vendor notified.",
    "Joist collapse at home per pt; no injury.",
    "Premium plan covers dental.",
    "Neon green sputum x3 days.",
    "Viper bite ruled out; copperhead likely.",
    "Dwarf tapeworm (H. nana) on O&P.",
    "Sundial burn? No, sunburn to back.",
    "Nitro 0.4 mg SL x1 with relief.",
    "Thrift: pt buys meds at discount pharmacy.",
    "Ploughman's lunch; high sodium.",
    "Guinea worm history denied.",
    "Bryony root ingestion (folk remedy) discussed; toxic.",
    "Lenity in scheduling requested due to transport.",
    "Trumpeter with embouchure pain.",
    "Peddler of herbal remedies at flea market.",
    "Crate lifting injury, lumbar strain.",
    "Pillar of care: CHW outreach.",
    "Screw fixation of ankle fracture 2020.",
    "Piston-like thrust, spine manipulation declined.",
    "Flail chest ruled out; rib fractures x2.",
    "Ounce of prevention: vaccines up to date.",
    "Groat and oat cereal diet.",
    "Sleigh accident, wrist sprain.",
    "Plough injury, foot laceration 4 cm.",
    "Tinkerer, retired mechanic.",
    "St. Francis feast day at the PACE center.",
    "St. Nicholas visit to pediatrics ward.",
    "Saints Cyril and Methodius Church bingo fundraiser.",
    "Lent, Ramadan and Orthodox fasts discussed with pts.",
    "Mennonite Central Committee donated blankets.",
    "Amish pts often decline insurance; cash pay.",
    "Black Lung Clinic, Community Health Center, Renal Center.",
    "VAMC, PACE, OTP, FQHC, CAH, RHC.",
    "Academic medical center referral for ECMO evaluation.",
    "Heart of the Valley Dialysis.",
    "Dialysis Clinic Inc and Fresenius mentioned by pt.",
]
_PHI_FREE_LOG = [
    "level=info svc=portal event=health_check status=ok ms=12",
    "level=warn svc=fax event=queue_depth value=41",
    "GET /healthz 200 3ms",
    "POST /api/v1/vitals 201 88ms",
    "nginx: worker process 4 exited on signal 9",
    "celery: 12 tasks in queue renal-tx",
    "pg: autovacuum of table claims_837 completed",
    "ERROR: deadlock detected on relation rx_fill",
    "java.lang.OutOfMemoryError: Java heap space",
    "Traceback: TimeoutError in fhir_client.search",
    "HL7 ACK AA MSA|AA|",
    "MSH|^~\\&|LAB|MONV|||||ORU^R01||P|2.5.1",
    "OBX|1|NM|4548-4^HbA1c^LN||8.9|%|4.0-5.6|H|||F",
    "OBX|2|NM|2160-0^Creatinine^LN||4.2|mg/dL|0.6-1.2|H|||F",
    "OBX|3|NM|2823-3^Potassium^LN||5.6|mmol/L|3.5-5.1|H|||F",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":142,"unit":"mm[Hg]"}}',
    '{"resourceType":"Medication","code":{"text":"buprenorphine 8 mg"}}',
    '{"level":"info","msg":"batch complete","claims":112,"rejects":4}',
    "X12 ISA*00*          *00*          *ZZ*SUBMITTER*ZZ*RECEIVER*",
    "GS*HC*SENDER*RECEIVER",
    "ST*837*0001*005010X222A1~",
    "SV1*HC:90937*312.00*UN*1~",
    "HI*ABK:N186*ABF:E1165~",
    "CAS*CO*45*212.40~",
    "EB*1**30**MEDICAID~",
    "NCPDP D.0 B1 response A accepted",
    "ivr: menu option 2 selected (refills)",
    "ivr: queue rx-refill wait 94s",
    "fax-in pages=12 status=ok",
    "fax-out status=busy retry=3",
    "dialysis-machine alarm=arterial_pressure_low value=-260",
    "dialysis-machine session_end uf=3.1L duration=240",
    "cgm-sync readings=288 low=2 high=40",
    "o2-concentrator purity=93% hours=18211",
    "pump alarm=occlusion basal=0.8u/h",
    "bp-cuff readings=14 avg=138/84",
    "audit: role change otp-nurse -> otp-charge",
    "okta: policy updated mfa=required",
    "ldap: group cn=pace-day members=41",
    "vpn: 212 active sessions",
    "backup: nightly snapshot 2.1 TB ok",
    "cron pace_census finished in 44s",
    "report: no-show rate 18% mobile unit",
    "report: 2024 Q3 dialysis census 412",
    "pdmp_lookup results=0",
    "courier manifest stops=22",
    "lis: analyzer Cobas 8000 qc pass",
    "pacs: modality CR study count 88",
    "dicom: StudyDescription=CHEST PA LAT",
    "edi: 999 accepted",
    "export rows=0",
    "csv header: mrn,last,first,dob,phone,zip",
    "kiosk-3 idle",
    "print-queue PACE-TX-1 paused",
    "translation-svc lang=am chars=220",
    "parking: garage level 3 full",
    "timeclock: 47 punches",
    "wander-guard door 3 test ok",
    "mobile-unit-2 generator fuel 40%",
    "ups: 3 packages delivered",
    "Premium tier enabled for fax service",
    "neon-build pipeline succeeded",
    "viper lib v2.3 loaded",
    "valve: pressure relief triggered at 60 psi",
    "gasket replaced on autoclave 2",
    "axle sensor ok",
    "piston pump cycle count 120000",
    "sundial-scheduler started",
    "nitro-cache warm",
    "dwarf-fortress? no: dwarf.sys loaded",
    "hinge-api 404 on /v2/feature",
    "crate version 0.4.1 published",
    "pillar check passed 12/12",
    "screw conveyor motor amps 7.2",
]
_PHI_FREE_CHAT2 = [
    "dawdi says the horse threw a shoe so we are late",
    "mammi is better, the tea helped",
    "my maw maw always said vicks fixes everything",
    "nonc brought a mess of fish, can i eat it on my renal diet",
    "lola wants to know if the pharmacy has the tagalog labels",
    "halmeoni wants korean food at the pace center",
    "aama needs the nepali speaking nurse",
    "hooyo is fasting for ramadan, what about her insulin",
    "babcia makes pierogi every friday, too much salt?",
    "tante says the soup is good for colds",
    "ba is sleeping a lot",
    "ma wont use the walker",
    "pap pap has the black lung",
    "mamaw is tired today",
    "the gmay had a benefit auction for our hospital bill",
    "we came by buggy, the horse is tied at the post",
    "the englischer driver charges 1.50 a mile",
    "ukrainian easter is later this year so can we move appt",
    "ethiopian christmas comes later than ours so no clinic that day for us",
    "ramadan starts soon, can i take my pills at night",
    "lent fasting means no meat wed and fri",
    "my kids speak english, me no",
    "the refugee office closed early",
    "the church van can bring 6 people",
    "the snow closed the holler road again",
    "the creek is up, cant get out",
    "power is out, my oxygen is on the tank now",
    "its 12 degrees, the pipes froze",
    "the mine closed in 2015",
    "my union card is from 1979",
]
PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG + _PHI_FREE_CHAT2
