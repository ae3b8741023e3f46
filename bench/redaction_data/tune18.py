"""The "tune18" split: an eighteenth tuning set, written without looking at the engine, its tests,
its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read. blind15.py, written at the
same time by another hand, was neither read nor imported.

It models a Mid-Atlantic metro health system: Philadelphia row houses and its river wards, Camden
and South Jersey, Newark, Jersey City and Paterson, Baltimore, Washington DC with its quadrants and
its Maryland and Northern Virginia suburbs, and Delaware; row houses, garden apartments,
high-rises, shelters and group homes; an FQHC network, a safety-net hospital, a children's
hospital, a dialysis unit, a mail-order and a community pharmacy, a call centre and the revenue
cycle. Its weight is on where engines are weakest: patient CHAT naming people (about 60% of the
templates), and ADDRESSES in every shape ("2417 N 29th St Rear", "1131 Tasker St Apt 3R", "4420
14th St NW #512", "615 1/2 E Ritner St", "Bldg 7 Apt 2C", "Rte 73 & Kresson Rd", "RR 1 Box 12",
county routes, PO boxes, a shelter or group-home address, an intersection, a street named with no
number where someone lives, DC quadrants, NJ county routes). CHAT is patients and family typing on
phones: lowercase, emoji, typos, no punctuation, Spanglish and words of Kreyol, Amharic, Tigrinya,
Korean, Vietnamese, Gujarati, Malayalam, Urdu, Bangla, Arabic, Turkish, Russian, Yiddish, Tagalog,
Twi, Yoruba, Igbo, Khmer, Patois and Mongolian; people named with and without kin words or titles,
right after a greeting or before a verb, alone on a line, in sign-offs ("- X", "thx X", "X here"),
as nicknames, two names joined by "and" or "&", possessives ("X's meds"), names as objects ("can
you call X", "tell X", "picked up X"), and several identifiers in one message. LOGS is HL7 v2, FHIR
JSON, key=value and JSON events, nginx lines with query strings, Python and Java traces, SQL
errors, X12, fax and IVR logs, CSV rows and file names. NOTES is HPI, A/P, SOAP, SBAR, handoffs,
phone notes, letters, social work and pharmacy notes, with signatures and cc lines.

Names come from 44 origins, weighted: Puerto Rican, Dominican, Salvadoran, Guatemalan, Honduran,
Ecuadorian and Peruvian (double surnames at times), Haitian, Jamaican, Trinidadian, Liberian,
Sierra Leonean, Yoruba, Igbo, Ghanaian, Ethiopian, Eritrean, Cameroonian, Korean, Vietnamese,
Fujianese and Cambodian (family name first at times), Gujarati, Malayali, Punjabi, Telugu,
Pakistani, Bangladeshi, Palestinian, Syrian, Yemeni, Egyptian Coptic, Turkish, Russian Jewish,
Ukrainian, Orthodox Jewish, Italian and Irish Philadelphian, Polish, African American families of
Philadelphia and of Baltimore and DC, Afghan SIV families, Filipino and Mongolian. They come as
"First Last", "Last, First", "LAST,FIRST M", lowercase in query strings and file names, with
initials and quoted nicknames, and as one span per HL7, X12, DICOM or FHIR name part. About one
name in six is an ordinary English word (WORD_GIVEN, WORD_FAMILY), and PHI_FREE uses those words in
their ordinary sense.

No given name, family name, nickname, street name, city or e-mail domain here (folded to ASCII and
lower case, word by word) is among the words of values.py's pools (with the Faker names it draws
for both its splits), Faker's en_US first and last names, templates.py, or the pools, templates and
docstrings of blind.py, blind2.py to blind14.py and tune2.py to tune17.py. A script collected every
word of those (74,196 words) and checked this module's pools (1,097 distinct words) against them;
every colliding entry was dropped or replaced and the final run reported zero collisions. Generic
address and place words (Street, Road, Ave, Route, Box, Lot, Mill, Point, Glen, Grove, compass
directions and the like), particles (de, la, van, al, bin) and top-level domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Pastor, Rabbi) or a
credential (MD, RN, NP, LCSW) and a possessive "'s" stay outside NAME; each HL7, X12, DICOM and
FHIR name component is its own NAME span; initials that stand for a person are NAME; a weekday or
clock time beside a date stays outside the DATE, while a whole ISO, HL7 or log timestamp is one
DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89; kin terms
used as address (mami, abuela, titi, grandmom, mom mom, pop pop, halmeoni, ba ngoai, nani, dadi,
bubbe, zaidy, babushka, lola, tia, nana, ammachi, baba, aabo, teta, tante, nonna, kuya, ate, unnie,
bhai, apa) are not names, and neither are the titles ustaz, imam, pastor and coach; a street
address, PO box, rural route, county route, intersection, or a street named without a house number
where someone lives is ADDRESS, a city CITY and a ZIP code ZIP. Organisations, languages,
countries, drugs, eponyms, device models and facility names (the Eden Center, a rec center) are
literal text, while a garden-apartment complex, shelter or group home named as where someone lives,
with its building and unit, is ADDRESS. Filler slots (request ids, latencies, status codes, clock
times, weekdays, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "puerto_rican": (5, [
        "Nitzaliz", "Edwinel", "Nildalis", "Millito", "Maribelis", "Keyshla", "Nashaly", "Yalitza",
        "Jaelys", "Yesenis", "Marilú", "Joangely", "Kiaraliz", "Deliris", "Yaminelly", "Edwardo",
        "Ismaelito", "Mariangely",
    ], [
        "Mercucci", "Viruet", "Colondres", "Fradera",
    ]),
    "dominican": (5, [
        "Yeribel", "Ambiorix", "Yaniry", "Wilaury", "Yanserys", "Wandel", "Yohendry", "Leidiana",
        "Anyely", "Carolay", "Maireni", "Yarisa", "Nairoby", "Yasmeli", "Francheska", "Keuri",
        "Robinel",
    ], [
        "Gervacio", "Cornielle", "Popoteur",
    ]),
    "salvadoran": (3, [
        "Jenniffer", "Estefany", "Neftaly", "Nelvin",
    ], [
        "Mónchez", "Viscarra", "Dheming", "Mira", "Renderos", "Torrento", "Villacorta",
    ]),
    "guatemalan": (2, [
        "Lesvia", "Justa", "Santiaga",
    ], [
        "Sicaj", "Poroj", "Macz", "Boc", "Otzoy",
    ]),
    "honduran": (2, [
        "Glenis", "Eder", "Keylin",
    ], [
        "Baquedano", "Argeñal", "Bobadilla", "Zerón",
    ]),
    "ecuadorian": (2, [
        "Jhoselyn", "Arcesio", "Jhomira", "Maholy", "Mariuxi", "Jhofre",
    ], [
        "Quizhpe", "Ayavaca", "Guillcatanda", "Sagbay", "Faican", "Japa", "Nivicela", "Zaruma",
        "Mogrovejo",
    ]),
    "peruvian": (1, [
        "Ydelfonso", "Rusbel",
    ], [
        "Coaquira", "Jallo", "Quisocala", "Suaña", "Tacca", "Turpo", "Ccama",
    ]),
    "haitian": (3, [
        "Anoude", "Lovenson", "Jephté", "Nickson", "Gueshlande", "Jetro", "Wilnise", "Kensly",
        "Fritznelle", "Ilfrène", "Jocelin", "Ritza", "Dieumercie", "Wilfranc",
    ], [
        "Almonord", "Févry", "Vixama", "Laurore", "Bellot", "Deronvil",
    ]),
    "jamaican": (3, [
        "Kerece", "Sandrica", "Jhanielle", "Renae", "Novia", "Icylin", "Tishawna", "Richardo",
        "Tajae", "Rojae", "Kimoya", "Shadae",
    ], [
        "Peynado", "Wolliston", "Ashman", "Nattoo", "Uylett", "Coote", "Hurlock", "Rickards",
    ]),
    "trinidadian": (1, [
        "Nadira", "Ravindra", "Roshni", "Devanand", "Satyanand", "Ramdaye", "Keron",
    ], [
        "Balkissoon", "Sookhoo", "Seereeram", "Maraj", "Hackshaw",
    ]),
    "liberian": (2, [
        "Siafa", "Deddeh", "Nyemah", "Quita", "Lorpu", "Konah",
    ], [
        "Karngbeaye", "Suah", "Kollah", "Tarweh", "Gborie", "Gbakoyah", "Vah", "Karpeh", "Sumah",
        "Kpolleh", "Quiah", "Kolleh", "Sayeh", "Yekeh",
    ]),
    "sierra_leonean": (1, [
        "Memuna", "Yema", "Gbassay", "Jattu",
    ], [
        "Renner", "Lebbie", "Kemokai", "Massally", "Saffa", "Vonjo",
    ]),
    "yoruba": (2, [
        "Mofoluwake", "Oluwabukola", "Folakemi", "Oluwaferanmi", "Toyosi",
    ], [
        "Adewole", "Awoniyi", "Olajide", "Fasina", "Ibitoye", "Ojelade",
    ]),
    "igbo": (1, [
        "Chinemerem", "Chinyelu", "Ogbonnaya",
    ], [
        "Nwagbara", "Nwokocha", "Okereke", "Ugwuanyi", "Nwoko", "Onuora", "Ozoigbo", "Agwu",
        "Chinwuba", "Nwigwe", "Obinwa", "Ozor", "Ukeje", "Umezurike", "Nwabuzor",
    ]),
    "ghanaian": (1, [
        "Bempomaa", "Kwasiba", "Darkoa", "Nketiaa", "Twumasiwaa",
    ], [
        "Avorgbedor", "Addai", "Abrokwa",
    ]),
    "ethiopian": (3, [
        "Alemitu", "Sosina", "Fikir", "Woubet", "Zemenay", "Mentewab", "Kibru",
    ], [
        "Gezahegn", "Anteneh", "Tegegne", "Sebsibe", "Tamiru", "Bezuneh", "Mamuye", "Nurhussen",
        "Yesuf",
    ]),
    "eritrean": (2, [
        "Letemichael", "Mikiele", "Zerisenay", "Mahta", "Awate",
    ], [
        "Fesseha", "Tesfazghi", "Ghebreslasie", "Tesfaldet", "Embaye", "Woldegabriel", "Zeru",
    ]),
    "cameroonian": (1, [
        "Brice", "Armelle", "Carine", "Cyrille", "Francine", "Gaelle", "Murielle",
    ], [
        "Tchakounte", "Atangana", "Ndzana", "Fongang", "Djoumessi", "Nganou", "Tchoumi", "Mbakop",
        "Foka", "Wandji", "Kamga", "Tchuente", "Ngoumou", "Mvondo", "Owona", "Ebode", "Mballa",
        "Nkodo", "Mbida", "Ondoa", "Nkoulou", "Etoundi", "Fouda", "Ebogo", "Ngah", "Mendouga",
        "Belinga", "Elanga", "Tchana", "Fotie", "Kenfack", "Sonkeng", "Tchatchoua",
    ]),
    "korean": (3, [
        "Dongmin", "Hyeseon", "Miyoung", "Jeongsook", "Jaeseok", "Doyoung", "Kyunghwan", "Hyunmi",
        "Seungyeon", "Soonyi", "Geumsoon", "Youngbae", "Gwangho", "Chulho", "Kisoo", "Sungjae",
        "Jaehee", "Seunghee",
    ], [
        "Leem", "Kwahk", "Yuhn", "Ryeo",
    ]),
    "vietnamese": (3, [
        "Hoangvu", "Tuananh", "Myduyen", "Ngochan",
    ], [
        "Ngyuen", "Phamm", "Huynn", "Tranh",
    ]),
    "fujianese": (2, [
        "Yongming", "Ailing", "Liqin", "Xiuxian", "Lixia", "Xiufang", "Baoyu", "Mingli",
        "Jiandong", "Haibin", "Yuxi", "Shuhan", "Meijiao", "Lianzhu", "Biyun", "Qingyu",
        "Chunying", "Jinyun", "Zhenxing", "Jinsong", "Mingsheng", "Yihui", "Haiqing", "Yangyang",
    ], [
        "Yeoh", "Ngii", "Tiing", "Kiong", "Hieng", "Chii", "Tieh", "Yiong",
    ]),
    "gujarati": (2, [
        "Mihir", "Avani", "Hemali", "Vasant", "Ramanbhai", "Kantibhai", "Dhwani", "Hetvi",
        "Jinesh", "Krutika", "Priyal", "Vrunda", "Jigisha", "Manharlal", "Naranbhai", "Vinubhai",
        "Kanchanben",
    ], [
        "Kanabar", "Mevada", "Lathia", "Thakar", "Maniya", "Dobariya",
    ]),
    "malayali": (1, [
        "Anish", "Bijoy", "Laly", "Moncy", "Renji", "Susheela", "Chandy", "Lukose", "Kochu",
    ], [
        "Vadakkel", "Palackal", "Kizhakkedathu", "Mundackal", "Nellikunnel", "Parambil",
        "Karikkattu", "Mappilassery", "Pallathu", "Puthenveettil", "Thekkumkattil", "Ittycheria",
        "Vaidyan",
    ]),
    "punjabi": (1, [
        "Gurjit", "Jatinder", "Sukhjit", "Harminder", "Parmeet", "Gurbani",
    ], [
        "Nannar", "Dhingra", "Dua", "Makkar", "Manchanda", "Sawhney", "Kochhar",
    ]),
    "telugu": (1, [
        "Nagaraju", "Sainath", "Satyavathi",
    ], [
        "Jasti", "Maddipatla",
    ]),
    "pakistani": (2, [
        "Aamir", "Afshan", "Munawar",
    ], [
        "Bokhari", "Goraya", "Sherazi",
    ]),
    "bangladeshi": (2, [
        "Farida", "Razia", "Hosne", "Ferdousi", "Runa", "Motiur", "Towhid", "Moshiur", "Delowar",
        "Belal",
    ], [
        "Faruqui", "Sobhan", "Bepary", "Khalifa", "Tapadar", "Khandoker",
    ]),
    "palestinian": (2, [
        "Areej", "Nasri", "Ruwaida", "Nidaa", "Rawia", "Hamzeh", "Moath", "Odai",
    ], [
        "Zoughbi", "Khader", "Shtayyeh", "Sweiss", "Zahran",
    ]),
    "syrian": (1, [
        "Mouhamad", "Joudi", "Rabee",
    ], [
        "Aswad", "Ladkani", "Marrash", "Abazeed", "Jabban", "Moussalli", "Saouli", "Yazigi",
        "Bakkour", "Debs", "Jaroudi",
    ]),
    "yemeni": (1, [
        "Wadah", "Fahd",
    ], [
        "Moqbel", "Alamoudi", "Almansoob", "Alkhulaqi", "Alammari", "Alariqi", "Alashwal",
        "Aldhabi", "Alhadi", "Alkhawlani", "Almikhlafi", "Alqubati", "Alsalahi", "Alsubai",
        "Alyafei", "Alzubairi", "Bazara", "Thabit", "Aljabri",
    ]),
    "egyptian_copt": (1, [
        "Nagwa", "Sherine", "Bishoi", "Raouf", "Safwat",
    ], [
        "Bishay", "Bassily", "Guindy", "Salib", "Yanni",
    ]),
    "turkish": (1, [
        "Şule", "Çağla", "Songül", "Emirhan", "Halil",
    ], [
        "Bulut", "Eren", "Türkmen",
    ]),
    "russian_jewish": (2, [
        "Fira", "Genrikh", "Evsey", "Mira", "Sarra", "Sofya", "Tsilya", "Marat",
    ], [
        "Levitan", "Blyumkin", "Shneider", "Roitman", "Faynberg", "Sheinfeld", "Lifshits",
        "Yanovsky", "Liberman", "Averbukh", "Belenky", "Bograd", "Efros", "Flaksman", "Gofman",
        "Itskovich", "Kotlyar", "Krasnopolsky", "Leytman", "Margolin", "Nisenbaum", "Orlovsky",
        "Plotkin", "Rapoport", "Shusterman", "Slutsky", "Tsypin", "Vainshtein", "Yampolsky",
        "Zlotnik", "Bronshtein", "Bernshtein",
    ]),
    "ukrainian": (1, [
        "Mariya", "Matvii",
    ], [
        "Vasylenko", "Vinnytsky", "Odessky", "Antonyuk", "Fedorenko", "Ivanchuk", "Martynyuk",
        "Romanyuk", "Stepanenko", "Symonenko", "Yakymenko", "Khomenko", "Lutsyshyn", "Stetsiv",
        "Hladun", "Makhno", "Popovych", "Tsap",
    ]),
    "orthodox_jewish": (2, [
        "Faigel", "Zlaty", "Yeshaya", "Raisy", "Tobby", "Nussi", "Pesha", "Temima", "Rochy",
        "Reizy", "Blimie",
    ], [
        "Rothman", "Goldfinger", "Brachfeld", "Weinreb", "Fischel", "Bergman", "Loeffler",
        "Stefansky", "Zeldman", "Dym", "Feuerwerger", "Hamburger", "Spira", "Sternbach",
        "Zauderer",
    ]),
    "italian_philly": (3, [
        "Domenic", "Antonetta", "Fiorenza", "Nella", "Rinaldo",
    ], [
        "DiNardo", "Marinucci", "Scarpone", "Tartaglia", "Capozzoli", "Scioli", "Vespe",
        "Spadaccini", "Cappelletti", "Rizzuto", "Mazzella", "Bonavita", "Ciarlante", "DiBartolo",
        "DiMarco", "Fanelli", "Iannacone", "LaRosa", "Nardini", "Pasquarella", "Pizzica", "Scotese",
        "Valentini", "Zampino", "Acchione", "Bucci", "DiDonato", "Nocella", "Pileggi", "Tropea",
        "Volpe",
    ]),
    "irish_philly": (3, [
        "Conor", "Bernie", "Macdara", "Rian",
    ], [
        "Hannigan", "McShane", "McGonigal", "Toohey", "McGarvey", "Friel", "Mulhern", "Carberry",
        "Kealey", "McAleer", "McAteer", "McCusker", "McDevitt", "McGeehan", "McGlinchey", "Shovlin",
        "Curran", "Diver", "Gildea", "Harkin", "Timoney", "McBrearty", "Gillen",
    ]),
    "polish": (1, [
        "Krzesimir", "Jadwisia", "Tosia", "Zdzich", "Lucek",
    ], [
        "Grzegorczyk", "Rzepecki", "Kołakowski",
    ]),
    "aa_philly": (4, [
        "Rahsaan", "Amir", "Saleemah", "Quameer", "Naseer", "Shamira", "Nafisah", "Nadirah",
        "Sakinah", "Shakirah", "Tahirah", "Aminah", "Latifah", "Salimah", "Dashay", "Jazmyn",
        "Nykeem", "Quadree", "Shyheim", "Tymir", "Zyair", "Naasir", "Jahkeem", "Qiana", "Taquisha",
        "Kymir", "Nasier", "Rahmir", "Saiyah", "Tymeer", "Zahmir", "Jakhi", "Saniyah", "Ameerah",
        "Jameelah", "Hassanah",
    ], [
        "Coppin", "Clayborne", "Hinnant", "Uzzell", "Hickson", "Duckett", "Hollomon", "Kellam",
        "Toppin", "Winborne", "Hardison",
    ]),
    "aa_baltimore_dc": (3, [
        "Delonte", "Devonte", "Kiesha", "Brittani", "Tavonne", "Shanae", "Dionna", "Davonta",
        "Breon", "Jamarr", "Keyaira", "Mykia", "Shardae",
    ], [
        "Savoy", "Brice", "Kess", "Nickens", "Plater", "Contee", "Wedlock", "Dyson", "Datcher",
        "Briscoe", "Harrod", "Mackall", "Moten", "Onley", "Parran", "Whittington", "Pindell",
        "Ridgley",
    ]),
    "afghan": (2, [
        "Waheeda", "Hafizullah", "Rafiullah", "Zikrullah", "Enayatullah", "Farida", "Zainullah",
        "Zabiha", "Mohammadullah", "Shir", "Khaliq",
    ], [
        "Alkozai", "Sherzai", "Faqiri", "Kargar", "Qaumi", "Rezai", "Sakhi", "Ahadi", "Ghafari",
        "Jamshidi", "Malikzada", "Nazimi", "Rasekh", "Sahibzada", "Walizada", "Yousufi",
    ]),
    "filipino": (2, [
        "Maribeth", "Jeorgie", "Marijoy", "Rechelle",
    ], [
        "Bacungan", "Cabaltera", "Macalalad", "Tablante", "Yuson", "Capulong", "Manlapaz", "Sibug",
        "Tiangco", "Valdellon", "Dayrit",
    ]),
    "cambodian": (1, [
        "Sreymao", "Sokhim", "Sovath", "Sreyna", "Sakhon", "Soriya",
    ], [
        "Chhor", "Pok", "Prom", "Thou",
    ]),
    "mongolian": (1, [
        "Tsetsegmaa", "Tuvshin", "Anar", "Ankhbayar", "Battsetseg", "Bolortuya", "Delgermaa",
        "Mandakh", "Nandin", "Solongo", "Tsolmon", "Uyanga", "Naranbaatar", "Sukhbat", "Temuujin",
    ], [
        "Tsogt", "Enkhbayar", "Ochirbat", "Baatar", "Chuluun", "Damdin", "Lkhagva", "Davaajav",
        "Gombojav", "Jamsran", "Luvsan", "Namjil", "Ochir", "Purev", "Sambuu", "Tseveen", "Tumur",
        "Zorig", "Batsukh", "Byambaa", "Dagva", "Galsan", "Khishig", "Nyamdorj", "Oyun", "Tsedev",
        "Ulziibayar", "Vanchig", "Dugarjav", "Jigjid", "Munkh", "Shagdar",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = [
    "Clary", "Eglantine", "Cherub", "Adore",
]  # fmt: skip
WORD_FAMILY = [
    "Hutch", "Punt", "Pointer", "Angler", "Stalker", "Bearer", "Billet", "Pellet", "Spinney",
    "Quay", "Chanter", "Locker", "Tingling", "Drone", "Quiver", "Tether", "Spar", "Copse", "Soot",
    "Bullion", "Poker", "Coffer", "Scuttle", "Lifter", "Loader", "Recorder", "Hogshead", "Plaid",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Meechie", "Bookie", "Zazu", "Shmuli", "Dudi", "Motti", "Lyova", "Senya", "Nyoma", "Bolo",
    "Enkhee", "Bayaraa", "Tseegii", "Oyuka", "Nomi", "Boldoo", "Jinny", "Nening", "Pining", "Yeyi",
    "Papote", "Kuki", "Chucky", "Gordi", "Chele", "Cipote", "Tinchi", "Bigman", "Nitty", "Hoppy",
    "Jumpy",
]  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

# Street names of the row-house grid, the avenues and the suburban roads.
STREETS = [
    "Moyamensing", "Wingohocking", "Tulpehocken", "Kingsessing", "Umbria", "Hermit", "Moravia",
    "Erdman", "Kresson", "Hillen", "Benning", "Sligo", "Suitland", "Elden", "Communipaw", "Kaighn",
    "Naamans", "Printz", "Tasker", "Ritner", "Shunk", "Catharine", "Fitzwater", "Venango",
    "Haverford", "Callowhill", "Lindbergh", "Manayunk", "Calvert", "Guilford", "McCarter", "Getty",
    "Tacony", "Wissinoming", "Mayfair", "Bridesburg", "Feltonville", "Holmesburg", "Chickies",
    "Pocono", "Mifflin", "McKean", "Hartranft", "Gerritt", "Earp", "Gratz", "Bouvier", "Croskey",
    "Taney", "Etting", "Bambrey", "Myrtlewood", "Bucknell", "Hemberger", "Hagert", "Dauphin",
    "Sepviva", "Tusculum", "Rorer", "Warnock", "Iseminger", "Pastorius", "Baynton", "Ardleigh",
    "Gowen", "Hortter", "Upsal", "Glenloch", "Tinicum", "Buist", "Essington", "Ranstead",
    "Naudain", "Kater", "Annin", "Fernon", "Nicetown", "Haddington", "Overbrook", "Wynnewood",
    "Reisterstown", "Veirs Mill", "Marlton",
]  # fmt: skip
NUMBERED = ["2nd", "3rd", "5th", "7th", "8th", "11th", "13th", "14th", "16th", "17th", "19th",
            "22nd", "23rd", "27th", "29th", "31st", "33rd", "38th", "52nd", "56th", "60th", "63rd"]  # fmt: skip
# Shelters, group homes and garden-apartment complexes, named with their street.
COMPLEXES = [
    "Tulpehocken Gardens", "Kresson Court", "Benning Terrace", "Sligo Manor", "Kaighn Village",
    "Communipaw Gardens", "Upsal Gardens", "Elden Court",
]  # fmt: skip
CITIES = [
    "Moorestown", "Willingboro", "Collingswood", "Haddonfield", "Lindenwold", "Voorhees",
    "Bellmawr", "Runnemede", "Glassboro", "Parkville", "Randallstown", "Pikesville",
    "Reisterstown", "Woodlawn", "Rockville", "Bethesda", "Bladensburg", "Landover", "Glenarden",
    "Dumfries", "Lorton", "Claymont", "Elsmere", "Collingdale", "Bensalem", "Glenside", "Lansdale",
    "Somerdale", "Clementon", "Sicklerville", "Paulsboro", "Deptford", "Pitman", "Pennsville",
    "Penns Grove", "Swedesboro", "Turnersville", "Lawnside", "Brooklawn", "Cinnaminson", "Delran",
    "Bordentown", "Hainesport", "Evesham", "Marlton", "Atco", "Hammonton", "Absecon",
    "Hightstown", "Fords", "Keasbey", "Avenel", "Sewaren", "Hopelawn", "Elizabethport",
    "Vailsburg", "Weequahic", "Leonia", "Linthicum", "Severn", "Odenton", "Millersville",
    "Overlea", "Lauraville", "Lochearn", "Cockeysville", "Lutherville", "Timonium", "Elkridge",
    "Glen Burnie", "Sparrows Point", "Fallston", "Sykesville", "Damascus", "Poolesville",
    "Burtonsville", "Hillandale", "Chillum", "Colmar Manor", "Cheverly", "Morningside",
    "Mitchellville", "Accokeek", "Waldorf", "Occoquan", "Quantico", "Haymarket", "Nokesville",
    "Kingstowne", "Franconia", "Lincolnia", "Idylwood", "Pimmit Hills", "Oakton", "Purcellville",
    "Hockessin", "Minquadale", "Edgemoor", "Talleyville", "Yorklyn", "Cheswold", "Frederica",
    "Bridgeville", "Millsboro", "Dagsboro", "Selbyville",
]  # fmt: skip
DOMAINS = [
    "starpower.net", "163.com", "126.com", "tutopia.com", "liberianmail.com", "ncs.com.gh",
    "eol.com.er", "camnet.cm", "magicnet.mn", "mongol.net", "camintel.com", "accesstel.net",
    "012.net.il", "chesapeakebay.net", "delmarva.com", "jerseymail.net", "hanafos.com",
    "netian.com", "btcl.net.bd", "jeeran.com", "naseej.com", "onebox.jm", "agni.com",
]  # fmt: skip
STAFF_DOMAINS = [
    "delvalhealth.org", "riverwardshealth.org", "kaighnclinic.org", "benningwellness.org",
]  # fmt: skip

FAMILY_FIRST = {"korean", "vietnamese", "fujianese", "cambodian"}
DOUBLE_SURNAME = {"puerto_rican", "dominican", "salvadoran", "guatemalan", "honduran",
                  "ecuadorian", "peruvian"}  # fmt: skip
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


def person(rng: random.Random, _split: str = "tune18") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune18") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune18") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if form < 0.34:
        return f"{first} {last}"
    if form < 0.4:
        return f"{first} {mid}. {last}"
    if form < 0.48:
        return f"{last}, {first}"
    if form < 0.52:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.55:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.58:
        return f"{first} {last}".upper()
    if form < 0.62:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.79:
        return first
    if form < 0.82:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.85:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.89:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.92:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.95:
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
    return _handle(_given_part(person(rng)[0])) or "keyshla"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "viruet"


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
    """A staff name as signatures carry it: "K. Viruet", "Keyshla Viruet", "Viruet, Keyshla"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Addresses ---------------------------------------------------------------------------------

SUFFIXES = [("St", 12), ("Ave", 8), ("Rd", 5), ("Street", 3), ("Avenue", 2), ("Pike", 2),
            ("Blvd", 2), ("Dr", 2), ("Ln", 1), ("Pl", 1), ("Ter", 1), ("Ct", 1), ("Way", 1),
            ("Sq", 1), ("Road", 1)]  # fmt: skip
UNITS = ["Apt 3R", "Apt 2C", "Rear", "#512", "Unit B", "2nd Fl", "Apt 1F", "Apt B-4", "Fl 2",
         "Apt 1207", "#3", "Apt 4", "Bsmt", "Unit 2", "Apt 611", "Ste 3", "1st fl", "Apt A",
         "Bldg 7 Apt 2C", "Bldg 12, Apt 304", "Apt T-2", "Rm 14"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South "]
QUADRANTS = ["NW", "NE", "SE", "SW"]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 7999)),
                       str(rng.randint(1000, 7999)), f"{rng.randint(100, 999)} 1/2",
                       f"{rng.randint(10, 999)}{rng.choice('AB')}", f"{rng.randint(1000, 3999)}-{rng.randint(2, 9)}"])  # fmt: skip


def _street_name(rng: random.Random) -> str:
    return rng.choice(NUMBERED) if rng.random() < 0.3 else rng.choice(STREETS)


def street_line(rng: random.Random) -> str:
    name = _street_name(rng)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    line = f"{_house_number(rng)} {direction}{name} {suffix}"
    if rng.random() < 0.15:
        line += f" {rng.choice(QUADRANTS)}"
    return line


def dc_line(rng: random.Random) -> str:
    """A Washington address with its quadrant: "4420 14th St NW #512"."""
    line = f"{_house_number(rng)} {_street_name(rng)} {rng.choice(['St', 'St', 'Ave', 'Rd', 'Pl', 'Ter'])} {rng.choice(QUADRANTS)}"
    return line + rng.choice(["", "", f" {unit(rng)}", f", {unit(rng)}"])


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def street_unit(rng: random.Random) -> str:
    """A street line with its unit, one span: "1131 Tasker St Apt 3R", "2417 N 29th St Rear"."""
    return f"{street_line(rng)}{rng.choice([' ', ' ', ', '])}{unit(rng)}"


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 39999)
    return rng.choice(
        [f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O Box {n}", f"po box {n}"]
    )


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}", f"{rng.randint(10, 2999)} County Rd {rng.randint(500, 699)}",
        f"{rng.randint(10, 2999)} CR {rng.randint(500, 699)}", f"{rng.randint(10, 2999)} County Route {rng.randint(500, 699)}",
        f"{rng.randint(100, 9999)} Rte {rng.choice([30, 38, 40, 47, 70, 73, 130, 168, 295])}",
        f"{rng.randint(100, 9999)} Route {rng.choice([1, 9, 27, 29, 50, 202, 301])}",
        f"{rng.randint(100, 9999)} US Hwy {rng.choice([1, 13, 40, 130, 301])}",
        f"{rng.randint(100, 9999)} {rng.choice(STREETS)} Pike", f"{rng.randint(100, 9999)} Old {rng.choice(STREETS)} Rd",
    ])  # fmt: skip


def complex_address(rng: random.Random) -> str:
    """A garden-apartment complex, shelter or group home by its building and unit."""
    name = rng.choice(COMPLEXES)
    return rng.choice([f"{name} Bldg {rng.randint(1, 14)} Apt {rng.randint(1, 4)}{rng.choice('ABCD')}",
                       f"Bldg {rng.randint(1, 14)} Apt {rng.randint(1, 4)}{rng.choice('ABCD')}, {name}",
                       f"{rng.randint(1, 40)} {name} Apt {rng.randint(101, 420)}", f"{name} #{rng.randint(1, 240)}"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A street named without a house number, as people say where they live."""
    name = _street_name(rng)
    return rng.choice([f"{name} St", f"{name} Ave", f"{name} st", f"{name}", f"{name} Rd",
                       f"{rng.choice(DIRECTIONS)}{name} St", f"{name} St {rng.choice(QUADRANTS)}",
                       f"{name} street", f"Rte {rng.choice([30, 38, 70, 73, 130])}"])  # fmt: skip


def corner(rng: random.Random) -> str:
    """Two streets that meet: "Tasker and 29th", "Rte 73 & Kresson Rd"."""
    a, b = rng.choice(STREETS), _street_name(rng)
    return rng.choice([f"{a} and {b}", f"{a} & {b}", f"{a} St & {b} St", f"{a} Ave and {b}",
                       f"Rte {rng.choice([30, 38, 70, 73, 130])} & {a} Rd", f"{b} & {a} {rng.choice(QUADRANTS)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune18") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.14:
        return rural_route(rng)
    if kind < 0.19:
        return complex_address(rng)
    if kind < 0.27:
        return dc_line(rng)
    line = street_line(rng)
    if rng.random() < 0.35:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "tune18") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["PA", "NJ", "MD", "DC", "VA", "DE", "Pa.", "N.J.", "Md.", "Va.", "Del.", "Pennsylvania",
          "New Jersey", "Maryland", "Virginia", "Delaware", "nj", "pa", "md"]  # fmt: skip
_ZIP3 = ["190", "191", "193", "194", "080", "081", "083", "085", "070", "071", "072", "073", "074",
         "088", "087", "200", "203", "207", "208", "210", "211", "212", "220", "221", "222", "223",
         "197", "198", "199"]  # fmt: skip


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

_AREA = [215, 267, 445, 856, 609, 973, 862, 201, 551, 410, 443, 667, 202, 301, 240, 703, 571,
         302, 484, 610, 732, 848]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
                       f"{b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def email(rng: random.Random, _split: str = "tune18") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "keyshla", _handle(last) or "viruet"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2010)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "keyshla", _handle(last) or "viruet"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune18") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "keyshla", _handle(last) or "viruet"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2010)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune18") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "keyshla", _handle(last) or "viruet"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/{f}-{ln}-medical-bills",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.instagram.com/{f}.{ln}{rng.randint(1, 99)}", f"https://linktr.ee/{f}{ln}",
        f"https://www.tiktok.com/@{ln}{f}", f"https://mychart.delvalhealth.example/visit/{_digits(rng, 8)}",
        f"https://fhir.kaighnclinic.example/r4/Patient/{_digits(rng, 7)}", f"https://{ln}-{f}.wordpress.com",
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
                       f"NJ DL {_letters(rng, 1)}{_digits(rng, 14)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", f"MD {_letters(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}"])  # fmt: skip


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
                       f"NEB-{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"SNAP-{_digits(rng, 8)}",
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
    return rng.choice(["Q_ADT_IN", "rx-refill", "ivr-main", "fax-inbound", "claims-837", "portal-msg",
                       "mailorder-ship", "interp-req", "elig-270", "callback-es"])  # fmt: skip


def weekday(rng: random.Random) -> str:
    return rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Monday", "Tuesday", "Wednesday",
                       "Thursday", "Friday", "Saturday", "Sunday"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, weekdays, queues).
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
    "STREETUP": ("ADDRESS", street_upper),
    "DCADDR": ("ADDRESS", dc_line),
    "UNIT": ("ADDRESS", unit),
    "ADDRUNIT": ("ADDRESS", street_unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CPLX": ("ADDRESS", complex_address),
    "ROAD": ("ADDRESS", road),
    "CORNER": ("ADDRESS", corner),
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
    "WDAY": (None, weekday),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    # Greeting, then a name; addresses in the loose shapes people type.
    "hi this is {FIRST} from {STREET}, the water is coming thru the ceiling and my asthma is bad",
    "hey its {FIRST} again, i moved to {ADDRUNIT} last week can u update it",
    "{FIRST} here. new address {STREET}, {CITY} {STATE} {ZIP}",
    "good morning {FIRST} speaking, mom {NAME} needs her pressure pills refilled",
    "hello my name is {NAME} and i live at {DCADDR}, the ambulance could not find the door",
    "hola soy {FIRST}, vivo en {ADDRUNIT} con mi abuela",
    "buenas, le escribe {NAME}, mi niña {FIRST} tiene fiebre desde {WDAY}",
    "bonjou se {FIRST} k ap ekri, manman m {NAME} malad, nou rete {STREET}",
    "salam, {FIRST} here, my husband {FIRST} {SURNAME} has appointment {MD}",
    "annyeong haseyo this is {FIRST}, my halmeoni {NAME} lives at {CPLX}",
    "xin chao, con la {FIRST}, ba ngoai {FIRST} {SURNAME} needs ride to clinic from {ROAD}",
    "selam, it is {FIRST}. my father {NAME} is {AGE} and he stays with us on {ROAD}",
    "kem cho, {FIRST} here. my dadi {FIRST} is {AGEN} and cannot walk to the bus",
    "assalamualaikum this is {NAME}, we are at {CPLX} now not the old apt",
    "sain baina uu, {FIRST} here, my son {FIRST} needs his shots record",
    "shalom, {FIRST} {SURNAME} here, my bubbe {FIRST} fell in the kitchen",
    "privet, eto {FIRST}. babushka {NAME} is {AGEN}, new address {ADDRUNIT}",
    "yo its {NICK}, {FIRST} {SURNAME} grandson, pop pop is {AGE} now",
    "wassup this {FIRST}, i stay on {ROAD} now by the chinese store",
    "kumusta, {FIRST} po ito. my lola {NAME} needs refill of her insulin",
    "akwaaba, this is {FIRST} {SURNAME}, the nurse {FIRST} said to text here",
    "bawo ni, its {FIRST}. my mummy {NAME} is in {CITY} for the week",
    "ndewo, {FIRST} here, my brother {FIRST} {SURNAME} was discharged {MD}",
    "merhaba, ben {FIRST}. annem {NAME} needs turkish interpreter {MD}",
    "namaste {FIRST} this side, my nani {FIRST} stays at {STREETLINE} {CITY}",
    "hi {FIRST} {SURNAME} here dob {DATE}, calling about my colonoscopy prep",
    "morning! its {NAME}, i live on {ROAD} across from the rec center",
    "this is {NAME}. we live at the corner of {CORNER}, the house with the green awning",
    "its {FIRST} i stay at {CORNER} above the laundromat",
    "{FIRST} {SURNAME} here, mailing address is {POBOX}, {CITY} {STATE} {ZIP}",
    # Names before a verb, names as objects.
    "{FIRST} said the pharmacy on {ROAD} never got the script",
    "{FIRST} and {FIRST} both have the pink eye now 😩",
    "{FIRST} & {FIRST} need school physicals before {MD}",
    "{NAME} wants to know if she can eat before the blood work",
    "{FIRST} cant come {MD} she got work at the warehouse",
    "{FIRST} picked up the meds but they gave him {FIRST}'s bag by mistake",
    "can you call {FIRST} at {PHONE} she is my daughter",
    "pls tell {FIRST} the ride is at 9 not 10",
    "tell dr {SURNAME} that the cream is not working",
    "can u send the letter to {NAME} at {STREET}",
    "i picked up {FIRST} from the er last night, they said follow up here",
    "please call {NAME} not me, she handles my appointments. {PHONE}",
    "ask {FIRST} if the walker came, it was supposed to go to {STREETLINE}",
    "need to reach {FIRST} {SURNAME} the social worker, is she in today",
    "text {FIRST} at {PHONE} when the forms are ready",
    "did {FIRST} drop off the urine sample this morning",
    "nurse {FIRST} was so nice to my mom, please tell her thank u",
    "{FIRST}'s meds ran out {WDAY}, the bottle says {OTHER}",
    "{FIRST}'s school needs the asthma plan, fax {FAX}",
    "my son {FIRST}'s inhaler got lost at the shelter on {ROAD}",
    "is {FIRST}'s appointment still {MD} or did it change",
    "{SURNAME} family here, all 5 of us need flu shots",
    # Names alone on a line; sign-offs.
    "{FIRST}",
    "{NAME}\n{STREET}\n{CITY} {STATE} {ZIP}",
    "{FIRST}\n{PHONE}",
    "{NICK}",
    "- {FIRST}",
    "thx {FIRST}",
    "thank u {FIRST} 🙏",
    "ok gracias {FIRST}",
    "love u guys - {FIRST} & {FIRST}",
    "{FIRST} here lol",
    "— {NAME}",
    "sent from {FIRST}'s phone",
    "merci anpil, {FIRST}",
    "god bless u all. {NAME}",
    "ty!! {INITS}",
    "shukran, {FIRST} {SURNAME}",
    "kamsahamnida - {FIRST}",
    "cam on nhieu, {FIRST}",
    "dhanyavaad, {NAME}",
    "ameseginalehu, {FIRST}",
    "thanks doc, {NAME} (room 4)",
    "xoxo {NICK}",
    # Kin words (not names) with and without names.
    "mami {FIRST} is at {STREETLINE}, she doesnt have a phone",
    "my abuela is {AGEN}, her name is {NAME}, she lives with my titi on {ROAD}",
    "titi {FIRST} is picking up the baby, is that ok",
    "grandmom {FIRST} {SURNAME} needs her pills in the blister pack",
    "mom mom {FIRST} says hi to nurse {FIRST}",
    "pop pop {FIRST} is {AGEN}!! he still walks to the corner store on {ROAD}",
    "halmeoni wont eat, her name is {NAME}, dob {DATE}",
    "my bubbe {FIRST} and zaidy {FIRST} both need the rsv shot",
    "ba ngoai {NAME} is {AGE}, she only speak vietnamese",
    "ammachi {FIRST} {SURNAME} came from kerala {MONYEAR}, needs a pcp",
    "my nana {FIRST} lives at {CPLX} and the elevator is broke",
    "tia {FIRST} has the papers, she lives in {CITY}",
    "baba {FIRST} had the eye surgery {MD}",
    "aabo {FIRST} needs a tigrinya interpreter",
    "dadi and nani both at my house now, {STREETLINE} {CITY}",
    "my mother in law {NAME} is {AGEN} and her insurance is {PLAN}",
    "auntie {FIRST} from church drove me, her plate is {PLATE}",
    "uncle {FIRST} stays with us now on {ROAD}, he needs a new doctor",
    "cousin {FIRST} {SURNAME} says you guys take walk ins",
    "my baby father {FIRST} is not allowed to get info about {FIRST}",
    # Several identifiers per message.
    "its {NAME} dob {DATE} mrn {MRN}, i need my records sent to {FAX}",
    "name {NAME} birthday {DATE} phone {PHONE} address {STREET} {CITY} {ZIP}",
    "{FIRST} {SURNAME}, {STREETLINE}, {CITY}, {STATE} {ZIP}, cell {PHONE}",
    "my info: {NAME} / {DATE} / {PHONE} / {EMAIL}",
    "member id {PLAN} for {NAME}, dob {USDATE}",
    "medicaid number {MEDICAID}, its for my son {FIRST} {SURNAME}",
    "medicare card {MBI} name {NAMEUP}",
    "ssn {SSN} dob {USDATE} name {NAME}, they said you need it for the charity care",
    "acct {ACCOUNT} is for my mom {NAME} not me",
    "my mrn is {MRN} and my daughter {FIRST} is {MRN}",
    "new phone {PHONE} and new address {STREET} {CITY}, old one was {STREETLINE}",
    "email me at {EMAIL} not the old one, this is {FIRST}",
    "username {USER} wont log in, this is {NAME}",
    "portal says locked, user {USER}, ip {IP}, dob {USDATE}",
    "the caseworker {NAME} said send my i-94 number {OTHER} here",
    "siv case {OTHER}, family of 6, we live at {CPLX} {CITY}",
    "resettlement agency gave us {ADDRUNIT} {CITY} {STATE} {ZIP}",
    "my car plate {PLATE}, got a ticket in the garage on {MD}",
    "vin {VIN} for the disability placard form, name {NAME}",
    "nebulizer serial {DEVICE} makes noise, its {FIRST}'s",
    "cpap sn {DEVICE} for {NAME}, the company wants the rx",
    "pump serial {DEVICE} alarm again, {FIRST} is {AGE} and i'm scared",
    "my gofundme {URL} for mom {FIRST}'s funeral",
    "{URL} is the video of {FIRST}'s seizure",
    "license {LICENSE} for {NAME}, they need it at pickup",
    "the pharmacy wants dr {SURNAME}'s npi {NPI}",
    # Addresses in every loose shape.
    "i live at {STREET} but mail goes to {POBOX}",
    "were at {RURAL} now, out by the farm stand",
    "house is {STREETLINE}, rear entrance, ring twice",
    "its {STREETLINE} rear, the door in the alley",
    "{ADDRUNIT} buzzer broke so text me {PHONE}",
    "we moved to {DCADDR}, the building by the metro",
    "dc address {DCADDR} for the home nurse",
    "she lives on {ROAD}, i dont know the number, the house with the ramp",
    "he lives on {ROAD} near the church with the blue doors",
    "we stay on {ROAD}",
    "{ROAD} by the laundromat",
    "its the corner of {CORNER}, 2nd floor",
    "meet the van at {CORNER} by the bus stop",
    "im at the shelter on {ROAD} for now",
    "the shelter address is {STREETLINE}, {CITY}",
    "group home address {STREET}, staff {FIRST} works nights",
    "my son is at the group home {CPLX}, the manager is {NAME}",
    "we are in {CPLX} {CITY} {ZIP}",
    "apt is {UNIT}, building in the back",
    "{UNIT} not {UNIT}, the mail keeps going wrong",
    "rr address is {RURAL}, {CITY} {STATE}",
    "county rd address {RURAL} {CITY} {ZIP}",
    "po box {POBOX} is the only mail we get",
    "across from the rec center on {ROAD}, yellow door",
    "2 doors down from the chinese store on {ROAD}",
    "behind the wawa on {ROAD}, the garden apts",
    "the high rise on {ROAD}, floor 14",
    "by the eden center, {STREETLINE} {CITY}",
    "delivery to {STREET}, leave with the neighbor {FIRST}",
    "send the wheelchair to {STREET} {CITY} {STATE}, not {CITY}",
    "my zip is {ZIP} now",
    "zip code {ZIPNINE} is the full one",
    "i moved from {CITY} to {CITY} in {MONYEAR}",
    "we live in {CITY} now near my sister",
    "ride pickup at {STREETLINE} {CITY} at 7",
    "is the clinic on {ROAD} open saturday? i live on {ROAD}",
    "the mobile van at {CORNER} on {WDAY}? my kid {FIRST} needs shots",
    "UPS left my insulin at {STREETLINE} but i live {STREETLINE}",
    # Spanglish and families' languages.
    "mi esposo {FIRST} {SURNAME} tiene cita el {MD} pero no tenemos ride",
    "la dirección nueva es {STREET}, {CITY} {STATE} {ZIP}",
    "mi hija {FIRST} tiene asma, la otra {FIRST} no",
    "oye {FIRST} dijo que llamaran a {PHONE}",
    "mi mamá {NAME} se cayó en {ROAD}, está en el hospital",
    "mándame los papeles a {EMAIL} porfa",
    "el seguro de {FIRST} es {PLAN}",
    "mi suegro {NAME} tiene {AGEN} años y vive en {CPLX}",
    "soy la vecina de {FIRST}, ella no tiene teléfono, vive en {STREETLINE}",
    "yo vivo en la esquina de {CORNER}",
    "mi sobrino {FIRST} me ayuda con el ingles",
    "manman mwen {FIRST} {SURNAME} bezwen medikaman, adrès li se {STREET}",
    "pitit mwen {FIRST} gen lafyèv, se {NAME} k ap ekri",
    "se {FIRST}, nimewo m se {PHONE}",
    "mwen rete {ADDRUNIT} {CITY}",
    "kuya {FIRST} will bring lola to the appt po",
    "ate {FIRST} has the insurance card {PLAN}",
    "abba {FIRST} needs urdu speaking doctor",
    "bhai {FIRST} {SURNAME} ko report chahiye, fax {FAX}",
    "amma {NAME} is {AGEN}, she is bangla only",
    "apa {FIRST} needs her sugar strips, address {STREETLINE}",
    "ustaz {FIRST} from the masjid will drive us",
    "our imam {SURNAME} visits mom {FIRST} on {WDAY}",
    "rabbi {SURNAME} said to call about {FIRST}'s bris",
    "yes its {FIRST} {SURNAME} from {ROAD} no wait from {ROAD} sorry",
    "oppa {FIRST} is the one who set up my portal",
    "unnie {FIRST} {SURNAME} works at the h mart, she can pick up",
    "anh {FIRST} drove me from {CITY}",
    "chi {FIRST} will translate, her number {PHONE}",
    "ama {FIRST} needs her blood pressure check",
    "ahjumma {SURNAME} from church has the same pills",
    "bhabhi {FIRST} is pregnant, needs ob appt",
    "chacha {FIRST} {SURNAME} has the kidney problem",
    "mamá {FIRST} llamó desde {CITY}",
    "ena {FIRST} will call you, she speaks amharic",
    "abaye {FIRST} is my grandfather, he is {AGEN}",
    "teta {FIRST} is staying at my place on {ROAD}",
    "anne {FIRST} gets dizzy every morning",
    "dyadya {FIRST} {SURNAME} needs russian speaking doctor",
    "tante {FIRST} is visiting from haiti, can she be seen",
    "ma {FIRST} wont take the water pill",
    "nonna {FIRST} {SURNAME} is {AGEN} and still cooks sunday gravy",
    "my nan {FIRST} says the nurse {FIRST} is an angel",
    "eej {FIRST} does not speak english, only mongolian",
    "bong {FIRST} is my older brother he drives me",
    # Loose, lowercase, typos.
    "omg {FIRST} threw up again 🤢 what do i do",
    "ummm is {FIRST} supposed to take 2 or 1",
    "idk the zip its like {ZIP}",
    "my name {NAME} plz call back {PHONE} thank",
    "wrong number?? lookin for {NAME}",
    "nvm {FIRST} found the pills lol",
    "ok so {FIRST} said its fine",
    "{FIRST} n {FIRST} r coming too",
    "can i bring {FIRST} w me",
    "lmk if {FIRST} can get seen today",
    "bruh the pharmacy on {ROAD} closed again",
    "u got my new addy? {STREET}",
    "new addy {ADDRUNIT}",
    "addy is {CPLX}",
    "its {FIRST} 😭😭 i missed my appt on {MD}",
    "{FIRST} is here at the front desk 🙋",
    "👋 {FIRST} here",
    "🙏🙏 thank you dr {SURNAME}",
    "💊 for {FIRST} ready?",
    "my bf {FIRST} is driving me",
    "my gf {FIRST} {SURNAME} has the same insurance",
    "my roommate {FIRST} can sign for the package",
    "the neighbor {FIRST} at {STREETLINE} has my key",
    "landlord {NAME} wont fix the heat, can u write a letter, address is {STREET}",
    "property manager {FIRST} {SURNAME} said need doctors note for the mold",
    "the super {FIRST} says the mold is not his problem",
    "my caseworker {FIRST} at the county said call {PHONE}",
    "my probation officer {SURNAME} needs the note",
    "my boss {FIRST} needs proof i was here {MD}",
    "coach {SURNAME} needs the sports physical for {FIRST}",
    "the school nurse {NAME} called about {FIRST}'s lice",
    "the daycare lady {FIRST} says {FIRST} cant come back without a note",
    "pastor {SURNAME} will bring me to the appt",
    "deacon {FIRST} {SURNAME} from church passed, can u tell his wife {FIRST}",
    "sister {FIRST} from the parish is {AGEN}, she fell",
    "my sponsor {FIRST} has my meds list",
    # Appointments, refills, mixed.
    "appt for {NAME} on {LONGDATE}?",
    "can {FIRST} get seen {WDAY} after school",
    "rescheduling {FIRST} from {MD} to {MD}",
    "{FIRST} {SURNAME} checked in at {CLOCK} still waiting",
    "refill for {NAME}, rx {OTHER}",
    "mail order sent {FIRST}'s insulin to {STREETLINE} but we moved to {STREET}",
    "tracking says delivered at {STREET} but nothing here",
    "pharmacy at {CORNER} says they dont have it",
    "dialysis ride for {NAME} from {CPLX} at 5am",
    "my husband {NAME} is on dialysis mwf, pick up at {STREETLINE}",
    "the ambulance took {FIRST} to the hospital on {ROAD}",
    "visiting nurse {FIRST} comes {WDAY}, gate code is 4 digits of {PHONE}",
    "home health aide {NAME} didnt show today",
    "meals on wheels for {NAME} at {STREET}",
    "wheelchair van for mom {FIRST}, {CPLX}, {CITY}",
    "the bus drops her at {CORNER}",
    "she takes the 47 bus from {ROAD}",
    "we take septa from {ROAD}, takes an hour",
    "metro from {CITY} takes forever, can i do video",
    "video visit link {URL}",
    "its {FIRST}, on the video now, cant hear u",
    "telehealth didnt work, {FIRST} {SURNAME} ip {IP}",
    # Afghan SIV families, resettlement.
    "salaam, this is {FIRST} {SURNAME}, siv family, we arrived {MONYEAR}",
    "my wife {FIRST} needs a female doctor, she is pregnant",
    "our case manager {NAME} said call {PHONE}",
    "we live at {CPLX}, {CITY}, apartment from the agency",
    "my children {FIRST}, {FIRST} and {FIRST} need vaccine for school",
    "dari interpreter please, patient {NAME} dob {DATE}",
    "pashto please, my father {FIRST} is {AGEN}",
    "the agency moved us from {CITY} to {STREETLINE} {CITY}",
    # Eritrean and Ethiopian DC community.
    "its {FIRST}, amharic please, appointment for my mother {NAME}",
    "we live {DCADDR}, near the ethiopian market",
    "tigrinya speaking nurse? my father {FIRST} {SURNAME} is {AGE}",
    "my aunt {FIRST} fasting for lent, can she take pills at night",
    # Korean, Vietnamese, Chinese.
    "my mom {NAME} speaks korean only, daughter {FIRST} {PHONE}",
    "halmoni lives at {STREETLINE} in {CITY}, near the korean church",
    "{LASTFIRST} is my dad, he is {AGEN}",
    "mandarin or fuzhou dialect please, for {NAME}",
    "我妈妈 {NAME} needs appointment {MD}",
    "con trai {FIRST} bi sot, address {STREETLINE}",
    "my dad {FIRST} {SURNAME} works at the restaurant til 11, call after",
    # Orthodox Jewish, Russian, Ukrainian.
    "{FIRST} {SURNAME} here, my wife {FIRST} had the baby {MD}, need pediatrician",
    "please dont call on shabbos, this is {NAME}",
    "our address {STREETLINE} {CITY}, the house with the sukkah",
    "my zaidy {FIRST} {SURNAME} is {AGEN}, yiddish only",
    "its {FIRST}, ukrainian, we came in {MONYEAR}, need doctor for my son {FIRST}",
    "mama {FIRST} has the pressure 180, she lives {ADDRUNIT}",
    # Italian, Irish, African American Philly and Baltimore.
    "its {FIRST} {SURNAME} from down the block on {ROAD}, hon",
    "my pop {FIRST} {SURNAME} is {AGEN}, still sits on the step every day",
    "we live in the rowhome at {STREETLINE}, 3 steps no rail",
    "aunt {FIRST} is at {STREETLINE} rear, go round the back",
    "my nephew {FIRST} {SURNAME} got jumped on {ROAD}, he ok now",
    "{FIRST} {SURNAME} from the rec league got hurt, need a note",
    "miss {FIRST} next door can watch the kids, she at {STREETLINE}",
    "yo {FIRST} tell ur mom {FIRST} the appt is {MD}",
    "my grandmom {FIRST} {SURNAME} been in that house on {ROAD} 50 years",
    "we in {CITY} now, moved from {ROAD}",
    # Caribbean and West African.
    "wah gwaan, {FIRST} here, mi granny {FIRST} {SURNAME} sick",
    "my auntie {FIRST} come from trinidad, can she see a doctor here",
    "its {FIRST} {SURNAME}, liberian, my ma {FIRST} is {AGEN}",
    "sierra leone lady {FIRST} at church said you help with medicaid",
    "my sister {FIRST} the nurse at the hospital told me to text",
    "{FIRST} {SURNAME} the ghana one, appt on {MD}",
    "wife {FIRST} from cameroon speaks french, need interpreter",
    "this is {NAME}, haitian, mwen pa pale angle",
    # Mongolian, Cambodian, Filipino, South Asian.
    "{FIRST} {SURNAME} here, mongolian, i need tb paper for work",
    "my mother {FIRST} {SURNAME} is khmer speaker, she is {AGE}",
    "tita {FIRST} has the appointment card",
    "my husband {FIRST} drives uber, he has the car {PLATE}",
    "gujarati interpreter for {FIRST}bhai please",
    "malayalam speaking nurse? ammachi {FIRST} {SURNAME}",
    "its {FIRST}, punjabi, my bapu {FIRST} {SURNAME} fell",
    "bangla interpreter for my mother {NAME}, {AGEN} years",
    "urdu please, {NAME}, appointment {LONGDATE}",
    "arabic please, {FIRST} {SURNAME}, my son {FIRST} has asthma",
    "my teta {NAME} moved in with us at {STREETLINE}",
    "coptic church lady {FIRST} said to call you",
    # Word names (ordinary words used as names).
    "tell {WFIRST} i said thanks",
    "{WNAME} is my mom, she needs a refill",
    "mr {WLAST} from the building has my key",
    "{FIRST} {WLAST} here, my son {FIRST} has an ear ache",
    "my cousin {WFIRST} {WLAST} will bring me",
    "ms {WLAST} the teacher needs a note",
    "its {WFIRST}! the one with twins",
    "please call {FIRST} {WLAST} at {PHONE}",
    "{WLAST} family, {STREETLINE}, need dental",
    # Dates and ages.
    "born {DATE}, my name {FIRST} {SURNAME}",
    "dob {USDATE}",
    "my birthday is {MD}",
    "he turned {AGEN} on {DAYTH}",
    "she was born {LONGDATE} in the dominican republic",
    "my mother is {AGEN} yrs old",
    "grandpa {FIRST} is {AGE}, sharp as a tack",
    "the {DAYTH} works better",
    "discharged {MD} from the hospital, {FIRST} still weak",
    "last period was {MD}",
    "last dose {MD} at {CLOCK}",
    # Multi-line messages.
    "Hi\nits {FIRST}\nmy address changed\n{ADDRUNIT}\n{CITY} {STATE} {ZIP}",
    "name: {NAME}\ndob: {USDATE}\nphone: {PHONE}",
    "To: Dr {SURNAME}\nFrom: {NAME}\nRe: my sugar",
    "{FIRST}\n{STREETLINE}\n{CITY}",
    "my kids:\n{FIRST} {DATE}\n{FIRST} {DATE}\n{FIRST} {DATE}",
    "emergency contact\n{NAME}\n{PHONE}\n(sister)",
    "pickup: {CORNER}\ndropoff: {STREETLINE}\nrider: {NAME}",
    "pls update:\nold {STREET}\nnew {STREET}",
    # Remaining mixes.
    "i signed for {FIRST} at the front desk",
    "my husband {FIRST} and i both need covid shots",
    "i am the guardian of {NAME}, court paper {OTHER}",
    "my sister {NAME} is my health care proxy",
    "my ex {FIRST} is not allowed to pick up {FIRST}",
    "poa is {NAME}, number {PHONE}",
    "hospice nurse {FIRST} said dad {FIRST} has days left",
    "{FIRST} passed {MD} 💔 please cancel her appts",
    "funeral home needs the death certificate for {NAME}",
    "my daughter {FIRST} goes by {NICK}, please put that",
    "call me {NICK}, everyone does",
    "{NICK} is {FIRST}'s nickname, same kid",
    "is {FIRST} {SURNAME} my pcp or dr {SURNAME}",
    "my old doctor was dr {NAME} in {CITY}",
    "interpreter {FIRST} was great, can we get her again",
    "driver {FIRST} from the van company was late again",
    "the front desk girl {FIRST} was rude to my mother",
    "{FIRST} at the pharmacy counter said come back {WDAY}",
    "i'm {FIRST}, {FIRST}'s mom, she is 14",
    "this is {FIRST} {SURNAME}'s wife, he cant type",
    "it's me {FIRST}, the lady with the cane",
    "me and {FIRST} are coming together",
    "{FIRST} {SURNAME} and {FIRST} {SURNAME}, both at {STREETLINE}",
    "{FIRST}, {FIRST}, {FIRST} all sick 🤒🤒🤒",
]

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|DVHS|RHAP|KCLN|{HLTS}||ADT^A04|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^DVHS^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^KCLN^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^^{CITY}^{STATE}^{ZIP}^^H~{POBOX}^^{CITY}^{STATE}^{ZIP}^^M",
    "PID|1||{MRN}||{LNUP}^{FNUP}^^^^^L~{LNUP}^{FNUP}^^^^^A||{HLDATE}|F|||{DCADDR}^^{CITYUP}^DC^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|GRD^Guardian|{CPLX}^^{CITY}^{STATE}^{ZIP}|{PHONE}||EC",
    "PV1|1|E|ED^HALL3^01||||{NPI}^{LNUP}^{FNUP}^^^DR|||MED||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|NJFC|NJMCD|NJ FAMILYCARE|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{RURAL}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|F",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "OBX|4|TX|SDOH^Housing||Pt staying at shelter {STREETLINE}, {CITY}; case mgr {LNUP}^{FNUP}||||||F",
    "ADT A08 rejected: PID-11 '{STREETUP}^^{CITYUP}' failed USPS CASS; patient {LNUP}^{FNUP} ({MRN})",
    "hl7-listener[{PIDN}]: ACK AE MSH-10={OTHER} err='PID-11.5 zip {ZIP} not valid for {CITYUP}'",
    "MRG|{MRN}^^^DVHS^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "dicom: (0010,0010) PatientName={LNUP}^{FNUP}^{MIDUP} (0010,0030) PatientBirthDate={HLDATE} (0010,1040) PatientAddress={STREETUP}^{CITYUP}",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}","address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"use":"temp","text":"{CPLX}, {CITY} {STATE} {ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}],"relationship":"GRMTH","address":[{{"line":["{DCADDR}"]}}]}}',
    '{{"resourceType":"Patient","address":[{{"use":"home","line":["{POBOX}"],"city":"{CITY}","postalCode":"{ZIPNINE}"}}],"name":[{{"text":"{NAME}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","subject":{{"reference":"Patient/{MRN}","display":"{LASTFIRST}"}},"period":{{"start":"{TS}"}},"location":[{{"location":{{"display":"Mobile unit at {CORNER}"}}}}]}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE}&address-postalcode={ZIP} {STATUS} {MS}ms",
    "fhir-proxy WARN 4 matches for name={NAMEQ}&address={STREETLINE}",
    # key=value and JSON events
    "level=info ts={TS} svc=portal event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=portal event=login_fail user={USER} ip={IP} attempts=6",
    'level=info ts={TS} svc=addr event=address_change mrn={MRN} old="{STREET}" new="{STREET}" by={USER}',
    'level=error ts={TS} svc=geocode msg="no match" addr="{RURAL}" city="{CITY}" zip={ZIP} ms={MS}',
    'level=warn ts={TS} svc=geocode msg="intersection, not a house" input="{CORNER}" city="{CITY}"',
    'level=info ts={TS} svc=transport event=pickup rider="{NAME}" pickup="{STREET}" dropoff="{STREETLINE}" driver={USER}',
    'ts={TS} app=sms dir=in from={E164} body="this is {FIRST} i moved to {STREETLINE}"',
    'ts={TS} app=sms dir=in from={E164} body="{FIRST} and {FIRST} cant come {MD}"',
    "ts={TS} app=sms dir=out to={E164} template=appt_reminder pt_first={FIRST} appt={ISODATE}",
    'ts={TS} app=ivr call_from={PHONE} menu=3 lang=es caller_name="{NAMEUP}" dur={MS}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}","zip":"{ZIP}"}}',
    '{{"ts":"{TS}","event":"proxy_access_granted","proxy":"{NAME}","patient":"{NAME}","relationship":"grandmother"}}',
    '{{"level":"warn","msg":"undeliverable","to":"{ADDRUNIT}, {CITY} {STATE} {ZIP}","carrier":"USPS","pkg":"{OTHER}"}}',
    '{{"event":"shelter_address_flag","mrn":"{MRN}","addr":"{STREETLINE}","note":"congregate shelter","user":"{USER}"}}',
    '{{"event":"sdoh_screen","pt":"{NAME}","housing":"doubled up","addr":"{CPLX}","ts":"{TS}"}}',
    '{{"event":"mobile_unit_checkin","site":"{CORNER}","patient":"{NAME}","dob":"{USDATE}","insurance":"{PLAN}"}}',
    '{{"event":"interpreter_request","lang":"Haitian Creole","pt":"{LASTFIRST}","appt":"{ISODATE}","requester":"{USER}"}}',
    '{{"event":"interpreter_request","lang":"Dari","pt_mrn":"{MRN}","family_contact":"{NAME}","phone":"{PHONE}"}}',
    '{{"event":"refill_request","patient":"{NAME}","rx":"{OTHER}","ship_to":"{STREET}","city":"{CITY}"}}',
    # nginx / apache
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/address?street={STREETLINE}&zip={ZIP} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /scheduling/find?last={LNLOW}&first={FNLOW}&dob={ISODATE} HTTP/1.1" 200 {BYTES}',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0400] "POST /api/intake?name={NAMEQ}&zip={ZIP} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /rx/track?email={EMAIL} HTTP/1.1" 200 {BYTES}',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}_avs.pdf HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "PUT /api/patients/{MRN}/address HTTP/1.1" 204 0 "-" "okhttp/4.12.0"',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /maps/geocode?q={CORNER}&city={CITY} HTTP/1.1" {STATUS} {BYTES}',
    # traces, SQL
    'Traceback (most recent call last):\n  File "/srv/addr/normalize.py", line 88, in parse_unit\n    raise UnitParseError(raw)\nUnitParseError: could not split unit from "{ADDRUNIT}" (mrn={MRN})',
    "ValueError: invalid literal for int() with base 10: '{PHONE}' (field=phone, patient={MRN})",
    'KeyError: \'zip\' while normalizing address {{"line1": "{STREETLINE}", "city": "{CITY}"}}',
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "portal_user_email" DETAIL: Key (email)=({EMAIL}) already exists.',
    'ERROR:  null value in column "dob" violates not-null constraint DETAIL:  Failing row contains ({MRN}, {SURNAME}, {FIRST}, null, {ZIP}).',
    "LOG:  duration: {MS}.4 ms  statement: SELECT * FROM patients WHERE lower(last_name)='{LNLOW}' AND addr1 ILIKE '%{STREETLINE}%'",
    'java.lang.IllegalArgumentException: PO box not allowed for home address: "{POBOX}" (pt {LASTFIRST})',
    '\tat org.delval.fax.FaxRouter.route(FaxRouter.java:88) -- to={FAX} cover="ATTN {NAMEUP}"',
    "com.mailorder.rx.ShipmentException: address validation failed for {STREET}, {CITY} {STATE} {ZIP} (order {OTHER})",
    "sqlalchemy.exc.DataError: value too long for type character varying(40): '{CPLX}'",
    "psycopg2.errors.UniqueViolation: Key (ssn)=({SSN}) already exists.",
    "ORA-00001: unique constraint (RCM.PK_GUAR) violated -- guarantor {LASTFIRST} acct {ACCOUNT}",
    # CSV, files
    "mrn,last,first,dob,address,city,zip\n{MRN},{SURNAME},{FIRST},{USDATE},{STREETLINE},{CITY},{ZIP}",
    '{MRN},"{LASTFIRST}",{USDATE},"{STREET}",{CITY},{STATE},{ZIP},{PHONE}',
    "{ISODATE},{NAME},{PHONE},no-show,mobile unit,{CORNER}",
    '"{NAME}","{DCADDR}","{ZIP}","{PLAN}"',
    "shelter_roster.csv:{MRN};{SURNAME};{FIRST};{AGE};{STREETLINE};bed 14",
    "s3 put s3://dvhs-scans/{HLDATE}/{LNLOW}_{FNLOW}_lease.jpg size={BYTES}",
    "scanner: saved C:\\Scans\\{LNUP}_{FNUP}_{HLDATE}_proof_of_address.pdf",
    "file=/mnt/hl7/archive/{HLDATE}/ADT_{MRN}_{LNUP}.hl7 moved",
    # audit, sso
    'audit: user={USER} action=VIEW chart={MRN} patient="{LASTFIRST}" reason=treatment ts={TS}',
    'audit: BREAK_GLASS user={USER} patient="{NAMEUP}" mrn={MRN} justification="ED trauma"',
    "audit: user={USER} exported 38 rows incl {NAME} ({MRN}) to {FNLOW}_{LNLOW}_list.xlsx",
    "okta: user.session.start actor={STAFFEMAIL} client_ip={IP} outcome=SUCCESS",
    "sshd[{PIDN}]: Accepted publickey for {USER} from {IP} port 50122 ssh2",
    # fax, IVR, call center
    'fax-in {TS} from {FAX} pages=4 cover="Re: {NAME} DOB {USDATE}" routed=care-mgmt',
    'RightFax: received {OTHER} CSID={FAX} subject="proof of residence {LASTFIRST}"',
    "ivr: caller {PHONE} entered dob {HLDATE}, matched {MRN}",
    'ivr: caller {E164} said "{NAME}" at name prompt, confidence 0.38',
    'ivr: address capture "{STREETLINE}" confidence 0.52 caller={PHONE}',
    'callcenter: agent {USER} call from {PHONE} caller="{NAME}" reason=address_change new="{STREET}"',
    'callcenter: voicemail from {PHONE} transcript="its {FIRST} i live on {ROAD} now call me"',
    "five9: outbound {E164} campaign=flu_clinic result=no_answer pt={MRN}",
    # pharmacy, claims, X12
    "NCPDP B1 claim {OTHER} BIN 610014 cardholder={PLAN} patient={LNUP},{FNUP} dob={HLDATE} rejected 76",
    'rx_fill rx={OTHER} ndc=00093-7180-56 qty=30 pt="{LASTFIRST}" ship_to="{STREET}" eta={ISODATE}',
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}*{UNIT}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{POBOX}~N4*{CITYUP}*{STATE}*{ZIP}~DTP*472*D8*{HLDATE}~",
    "NM1*85*2*DELVAL HEALTH*****XX*{NPI}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~",
    "271 EB*6**30 inactive for {NAME} member {PLAN} as of {ISODATE}",
    'rcm-worklist: acct {ACCOUNT} guarantor "{NAME}" phone {PHONE} returned mail from {STREET}',
    "statement_run returned mail for {NAME} at {STREET}, {CITY} {STATE} {ZIP}",
    "collections_export {ACCOUNT},{LNUP},{FNUP},{STREETUP},{CITYUP},{STATE},{ZIP},{PHONE}",
    # devices, misc
    "cpap-cloud device={DEVICE} user={USER} usage=4.2h ship_to={ZIP}",
    "neb-vendor order {OTHER} for {NAME} deliver to {CPLX}",
    "telemetry: bed 9 monitor {DEVICE} paired to {NAME} at {TS}",
    "mdm: enrolled {IMEI} to {USER} (community health worker phone)",
    "vpn: session start user={USER} assigned_ip={IP} device={MAC}",
    "From: {NAME} <{EMAIL}>\nTo: {STAFFEMAIL}\nSubject: new address {STREETLINE}",
    "postfix/smtp[{PIDN}]: to=<{EMAIL}>, relay=mx.example[{IP}]:25, status=bounced (user unknown)",
    'chatbot: intent=address_change slots={{"street": "{STREETLINE}", "unit": "{UNIT}", "city": "{CITY}", "zip": "{ZIP}"}}',
    'chatbot: intent=refill user_said="its for my abuela {FIRST}" user={USER}',
    'speech2text: "my name is {NAME} i live at {STREETLINE} in {CITY}"',
    'ems: 911 call from {PHONE} location "{CORNER}" callback name {FIRST}',
    "ambulance run {OTHER} pickup {STREET} pt {NAME} age {AGE} dest=ED",
    "courier manifest stop 7 {NAME} {STREET} {CITY} signature required",
    "ups: exception for {OTHER} addressee {NAMEUP} {STREETUP} {CITYUP} {STATE} {ZIP}",
    "parking: permit issued to {NAME} plate {PLATE} vin {VIN}",
    "credentialing: {DOC} DEA {DEA} expires {ISODATE}",
    "label: {NAMEUP} | DOB {USDATE} | RX {OTHER} | Dr {SURNAME} | 1 tab daily",
    "kiosk-2 check-in: {NAME} dob {USDATE} appt {CLOCK} provider {DOC}",
    "wic_referral {NAME} infant {FIRST} address {STREET} phone {PHONE}",
    "eligibility: {NAME} age {AGE} pace-eligible, home {STREETLINE}",
    "cron birthday_cards: {NAME} turns {AGEN} on {ISODATE}, mail to {STREET}",
]

NOTES = [
    "HPI: {NAME} is a 34 y/o F who lives at {STREET} with 3 children; presents with wheeze x3 days after heat went out in the unit.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, brought by daughter {FIRST} from {CPLX} for confusion since {MD}.",
    "HPI: {FIRST} is a 7 y/o brought by mother {NAME} for asthma exacerbation; mold reported in the row house at {STREETLINE}.",
    "HPI: {AGEN} y/o woman ({NAME}) from the senior high-rise on {ROAD}, found on floor by neighbor {FIRST}.",
    "HPI: {NAME}, 58, Dari-speaking, SIV arrival {MONYEAR}, presents for establishing care. Lives at {CPLX}, {CITY}.",
    "A/P: 1. Asthma, moderate persistent - step up to ICS/LABA. 2. Housing - letter to landlord {NAME} re mold at {STREET}. RTC {MD}.",
    "A/P: HTN uncontrolled. Increase amlodipine. Pt to check BP at the pharmacy on {ROAD}. F/u {DATE} with {DOC}.",
    "A/P: DM2, A1c 10.8. Start basal insulin; teaching with son {FIRST}. Supplies shipped to {STREET}.",
    "S: Pt {NAME} reports cough x2 wks. O: T 99.1, SpO2 95%. A: viral URI. P: supportive care. -- {DOC}, NP",
    "S: Mom {FIRST} reports {FIRST} pulling at ear. O: R TM bulging. A: AOM. P: amoxicillin. {INITS}, PA-C",
    "SOAP. S: {NAME} ({AGE} y/o) reports dizziness. O: orthostatic. A: dehydration. P: fluids, recheck {MD}.",
    "SBAR. S: {NAME} in bed 12 with new O2 need. B: COPD, lives alone at {DCADDR}. A: RR 26. R: ABG, call {DOC}.",
    "SBAR to night team: {FIRST} {SURNAME}, rm 418, NPO after MN; husband {FIRST} at bedside, cell {PHONE}.",
    "Handoff: Bed 7 {LASTFIRST} - awaiting shelter bed; SW {NAME} following; address on file {STREETLINE} is old.",
    "Handoff {FIRST} -> {FIRST}: bed 3 {SURNAME} needs AM labs; daughter {FIRST} is HCP.",
    "Phone note {DATE}: spoke with {NAME} at {PHONE}; pt moved to {STREET}, {CITY} {STATE} {ZIP}. Updated demographics.",
    "Phone note: {FIRST} (granddaughter) called re: {NAME}'s refill; verified DOB {USDATE}. Sent to pharmacy at {CORNER}.",
    "Phone note: left VM for {NAME} at {PHONE} re: abnormal Pap; letter mailed to {POBOX}.",
    "Telephone encounter: caller {NAME} states pt {FIRST} {SURNAME} is now at {CPLX}; transportation arranged.",
    "Letter: To whom it may concern, {NAME} (DOB {DATE}) is under my care and requires mold remediation at {ADDRUNIT}. Sincerely, {DOC}, MD",
    "Letter to landlord: Re: tenant {NAME}, {STREET}, {CITY} {STATE} {ZIP}. The heat must be restored for medical reasons.",
    "Dear Dr. {SURNAME}, thank you for referring {NAME}, a pleasant {AGE} y/o gentleman from {CITY}.",
    "School note: {FIRST} {SURNAME} was seen {MD} and may return to school {MD}. -- {DOC}",
    "Work note: {NAME} seen today; may return to work {LONGDATE}.",
    "Social work: pt {NAME} staying at the family shelter on {ROAD}; prior address {STREETLINE}. Applied for rental assistance.",
    "SW: pt {NAME} doubled up with cousin {FIRST} at {STREET}; eviction from {STREETLINE} on {DATE}.",
    "SW: group home {CPLX}; house manager {NAME} ph {PHONE}; guardian {NAME}.",
    "SW note: refugee family {SURNAME} (6) resettled to {CPLX}, {CITY}; caseworker {NAME} at the agency, {PHONE}.",
    "SW: pt reports living in car; car parked at {CORNER} nightly; plate {PLATE}.",
    "CHW visit: {NAME} at {STREETLINE} rear; 3rd floor walk-up, no smoke detector; referred to fire dept program.",
    "CHW: delivered food box to {NAME} at {RURAL}, {CITY}.",
    "CHW outreach at {CORNER}: enrolled {NAME} and {NAME} in Medicaid.",
    "Pharmacy: mail-order insulin shipped to {STREETLINE}, {CITY} {STATE} {ZIP}; pt {NAME} now lives at {STREET}. Reshipped.",
    "Pharmacy: called {NAME} at {PHONE} re: duplicate therapy. Pt confirms she stopped lisinopril {MD}.",
    "Pharmacy: PA for albuterol HFA submitted for {NAME}, plan {PLAN}, ref {OTHER}.",
    "Pharmacy: pt {NAME} picked up via proxy {NAME}, ID {LICENSE}.",
    "Pharmacy: controlled rx for {NAME}, DEA {DEA}, prescriber {DOC}.",
    "Billing: guarantor {NAME}, acct {ACCOUNT}; statement returned from {STREET}. New address {POBOX}, {CITY} {STATE} {ZIP}.",
    "Billing: claim {OTHER} for {NAME} dos {DATE} rebilled to {PLAN}.",
    "RCM: charity care approved for {NAME}, household of 7, effective {DATE}.",
    "Registration: address verified {ADDRUNIT}, {CITY}, {STATE} {ZIP} via utility bill.",
    "Registration: pt gives address as intersection ({CORNER}); no fixed address. Mail to {POBOX}.",
    "Registration: DC address {DCADDR}, {ZIP}. Emergency contact {NAME} {PHONE}.",
    "Registration: pt lives on {ROAD}, no house number given; directions in chart.",
    "Registration: rural route address {RURAL}, {CITY} {STATE} {ZIP}.",
    "Registration corrected DOB from {USDATE} to {USDATE} per passport; name order corrected to {LASTFIRST}.",
    "Name on card {NAMEUP} differs from chart ({NAME}); both retained as alias.",
    "Pt prefers to be called {NICK}; legal name {NAME}.",
    "Pt goes by {FIRST}; legal name {NAME}.",
    "Duplicate chart: merged {MRN} into {MRN}; same pt {LASTFIRST}, DOB {USDATE}.",
    "Interpreter: Haitian Creole, {NAME} (ID {OTHER}). Pt {NAME} with HTN; daughter {FIRST} present.",
    "Interpreter: Amharic via video, {FIRST}. Pt {NAME} from the DC community; lives at {DCADDR}.",
    "Interpreter: Tigrinya unavailable; pt's nephew {FIRST} {SURNAME} interpreted after declining professional.",
    "Interpreter: Korean, in person ({NAME}). Pt {NAME} {AGE} y/o, lives with daughter at {STREETLINE}.",
    "Interpreter: Vietnamese phone line #{OTHER}. Pt {NAME}; son {FIRST} works at the Eden Center.",
    "Interpreter: Gujarati, {NAME}. Pt {NAME} ({AGEN} y/o) lives with son {FIRST} in {CITY}.",
    "Interpreter: Malayalam, pt's daughter-in-law {FIRST} declined; vendor interpreter {NAME} used.",
    "Interpreter: Urdu, {NAME}; Bangla, {NAME}. Family of {NAME}.",
    "Interpreter: Arabic (Levantine), {NAME}. Pt {NAME}, wife {FIRST}.",
    "Interpreter: Turkish, {FIRST}. Pt {NAME} with new diagnosis of DM2.",
    "Interpreter: Russian, {NAME}. Pt {NAME} {AGEN} y/o; Holocaust survivor program contact {NAME}.",
    "Interpreter: Yiddish requested for {NAME}; grandson {FIRST} interpreted.",
    "Interpreter: Spanish, {NAME}. Pt {NAME} (Dominican) with asthma; abuela {FIRST} {SURNAME} at bedside.",
    "Interpreter: K'iche' via relay (Spanish -> K'iche'), pt {NAME}, arrived {MONYEAR}.",
    "Interpreter: Dari, {NAME}. SIV family {SURNAME}; children {FIRST}, {FIRST}, {FIRST}.",
    "Interpreter: Mongolian via phone. Pt {NAME}; husband {FIRST} drives.",
    "Interpreter: Khmer, {NAME}. Pt {NAME} {AGE} y/o with DM2.",
    "Interpreter: Tagalog not needed; pt {NAME} bilingual. Sister {FIRST} present.",
    "Interpreter: French for pt {NAME} from Cameroon; husband {FIRST} {SURNAME}.",
    "Interpreter: Mandarin/Fuzhounese, {NAME}. Pt {NAME} works night shift at restaurant.",
    "Home visit {DATE}: {ADDRUNIT}; pt {NAME} alone; elevator broken, 6 flights.",
    "Home visit: row house at {STREET}; 14 steps to bedroom; grab bars recommended. Daughter {FIRST} present.",
    "Home visit to {CPLX}; unit cluttered; pt {NAME} ({AGEN} y/o) declines placement.",
    "Home health: RN {NAME} visited {NAME} at {STREET}; next visit {MD}.",
    "DME: nebulizer {DEVICE} delivered to {STREETLINE}, signed by {FIRST}.",
    "DME: hospital bed to {DCADDR}; contact grandson {FIRST} {PHONE}.",
    "Transport: van picked up {NAME} at {CORNER} 0640 for dialysis.",
    "Dialysis: pt {NAME} chair 11 MWF; ride from {CPLX}; driver {FIRST}.",
    "ED triage: {NAME}, {AGE} y/o, from home at {STREET}, accompanied by {FIRST}.",
    "ED: pt states name is {NAME}; no ID; dob given as {DATE}; staying at {CORNER}.",
    "ED: unidentified male identified as {NAME} by sister {FIRST} at {CLOCK}.",
    "ED: pt brought by police officer {SURNAME} from {ROAD}.",
    "Discharge: to home at {STREET} with daughter {NAME}. HH agency to call {PHONE}.",
    "Discharge to shelter at {STREETLINE}, {CITY}; meds delivered bedside. SW {NAME}.",
    "Discharge summary: {NAME}, adm {DATE}, d/c {DATE}. Attending {DOC}, MD.",
    "Peds: {FIRST} {SURNAME}, 4 y/o, lead level 14; home at {STREETLINE} built pre-1978; referred to health dept.",
    "Peds: WCC for {FIRST}, 2 y/o; mother {NAME}; address {STREET}; WIC referral.",
    "OB: {NAME} G3P2 at 28 wks; husband {FIRST}; lives {CPLX}; declines male provider.",
    "Newborn: baby boy {SURNAME}, born {DATE}; mother {NAME}; bris planned, rabbi {SURNAME}.",
    "BH: pt {NAME} with PTSD after evacuation; wife {FIRST} attends; lives {CPLX}.",
    "BH crisis: pt {NAME} texted crisis line; mobile crisis to {STREET}.",
    "APS referral for {NAME}, {AGEN} y/o, concerns re nephew {NAME} at {STREETLINE}.",
    "CPS: report re {FIRST}, age 3, at {STREET}; worker {NAME}.",
    "Court: pt {NAME} under guardianship of {NAME} per order {OTHER}.",
    "Chaplain: visited {NAME}; requested Father {SURNAME} from parish.",
    "Chaplain: family of {NAME} asked for imam {SURNAME}; prayer room provided.",
    "Nursing: Mrs. {SURNAME}'s daughter {FIRST} requested update; pt consent on file.",
    "Nursing: Mr. {SURNAME} refused evening meds; son {FIRST} called {PHONE}.",
    "Nutrition: renal diet teaching with {NAME} and spouse {FIRST}.",
    "PT: {NAME} ambulates with rollator; home at {STREETLINE} has 3 steps, no rail.",
    "Telehealth: pt {NAME} connected from library in {CITY}; IP {IP}.",
    "Portal: pt's son {NAME} created account {USER} using pt email {EMAIL}; unlinked.",
    "Audit: chart of {NAME} accessed by {USER} (not on care team); referred to privacy officer {NAME}.",
    "Vehicle: pt in MVC at {CORNER}; car VIN {VIN}; police report {OTHER}.",
    "Insurance: Medicaid {MEDICAID}; Medicare {MBI}; secondary {PLAN}.",
    "SSN {SSN} confirmed with pt {NAME} for charity care application.",
    "Referral to {DOC} (pulm) fax {FAX}; pt {NAME} dob {DATE}.",
    "cc: {DOC}, MD; {DOC}, NP; {NAME}, LCSW",
    "cc: {NAME}, RN (care mgmt); {DOC}, MD (PCP)",
    "Signed: {DOC}, MD {DATE}",
    "Electronically signed by {DOC}, CRNP on {DATE} at {CLOCK}",
    "Dictated by {DOC}, MD. Transcribed by {INITS} {DATE}.",
    "-- {INITS} RN",
    "Scribe: {NAME}. Attestation: I, {DOC}, personally performed the services described.",
    "Addendum {DATE}: spoke with {NAME}; pt moved to {STREET}.",
    "Late entry for {DATE}: pt's sister {NAME} called from {PHONE}.",
    "Interface field pasted: PID-5 {LNUP}^{FNUP}^{MIDUP} PID-7 {HLDATE} PID-11 {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    "FHIR import: name.family='{SURNAME}' given='{FIRST}' address.line='{STREETLINE}' birthDate={ISODATE}",
    "Fax cover: To: {DOC} Fax: {FAX} Re: {NAME} DOB {USDATE}",
    "Voicemail: 'hi its {FIRST} from {ROAD}, call me back {PHONE}'.",
]

# Lines with no PHI at all; kinds are interleaved (chat, note, log), most of them chat. Many hold
# words that look like names or streets and are not, and the WORD_GIVEN / WORD_FAMILY words in
# their ordinary sense.
PHI_FREE = [
    "my son left his inhaler in his gym locker again",
    "BP 148/92, HR 84, RR 18, SpO2 97% RA, T 98.6 F.",
    "level=info svc=portal event=health_check status=ok ms=11",
    "the rabbit hutch is on the back porch, is that why my allergies are bad",
    "we burn pellets in the stove, the soot gets everywhere, is that bad for his asthma",
    "my fingers keep tingling at night, like pins and needles",
    "the kids were playing with a drone and it hit my eye, its red now",
    "my hands quiver when i hold a cup, worse in the morning",
    "Tremor: fine postural quiver of both hands, no rest tremor.",
    "GET /healthz 200 2ms",
    "my husband plays poker every friday and doesnt sleep, can that raise bp",
    "i use a laser pointer at work, can it hurt my eyes",
    "he is an angler, got a fish hook in his thumb",
    "is clary sage oil safe in pregnancy",
    "the eglantine rose in my yard gave me a rash",
    "she looks like a little cherub in the hospital gown 😍",
    "we adore dr, tell her thank u",
    "Soot exposure from kerosene heater; CO level normal.",
    "the school wants her to play the recorder but her asthma",
    "i tether the dog to the porch when the nurse comes",
    "my punt returner son got a concussion at practice",
    "the loader at the warehouse crushed my toe, steel toe boots saved it",
    "Occupational: forklift and loader operator at distribution center.",
    "he wears plaid pajamas to every visit lol",
    "the coal scuttle in grandpa house is full of old pills, how do we throw them away",
    "my uncle is a pallbearer at the funeral saturday, can he lift with his back",
    "level=warn svc=fax event=queue_depth value=37",
    "we keep the money in a little coffer, cant afford the copay this week",
    "gold bullion ad on tv said it helps arthritis?? lol",
    "the copse of trees behind the playground has ticks",
    "Tick bite, right popliteal fossa; no erythema migrans.",
    "the bagpipe chanter my dad plays makes his asthma worse?",
    "they found a wooden spar in his hand from the fence, splinter",
    "we cut through the spinney behind the school and he got scratched up",
    "the ship docked at the quay and my son the sailor is home",
    "weight lifter, 28, wants to know about creatine",
    "heavy lifter at the port, back pain 3 weeks",
    "NDC 0173-0682-20 albuterol HFA 90 mcg, 2 puffs q4h prn.",
    "the billet doux my husband sent made me cry lol",
    "A1c 9.2%, fasting glucose 188 mg/dL, LDL 131 mg/dL.",
    "POST /api/v1/vitals 201 74ms",
    "ok thank you",
    "gracias doctora",
    "merci anpil",
    "kamsahamnida",
    "cam on bac si",
    "shukran",
    "spasibo",
    "ameseginalehu",
    "salamat po",
    "medaase",
    "thank u so much ❤️",
    "👍",
    "ok",
    "k",
    "yes",
    "no",
    "maybe tuesday",
    "sounds good see u monday",
    "what time do yall close on saturday",
    "the rec center has free bp checks on wednesday",
    "is the clinic across from the library still open",
    "the pharmacy on the corner closed, where do i go now",
    "the row house has 3 floors and the bathroom is on the top",
    "our building has no elevator, 4th floor walk up",
    "the heat has been out since thursday, radiators cold",
    "mold in the bathroom and the kids keep coughing",
    "roaches and mice, can that cause asthma",
    "the landlord says he will fix it next month",
    "we are in the shelter now, they dont let us keep food",
    "the shelter closes at 7am, can i come after",
    "i take the bus, it takes an hour and 2 transfers",
    "the el was down today so i missed my appt",
    "the trolley stops right in front, perfect",
    "the metro elevator was broken, cant do stairs with my knee",
    "i got a flat tire on the highway, will be late",
    "can i park in the lot or is it only staff",
    "the garage is 20 dollars, is there validation",
    "my abuela says vicks and a sock fixes everything",
    "titi made sopa de pollo, can he eat it",
    "mom mom makes scrapple every sunday, too much salt?",
    "grandmom wants to know if the water ice is ok with diabetes",
    "pop pop still sits on the step every day",
    "halmeoni made kimchi jjigae, too spicy for her stomach?",
    "ba ngoai only eats pho and rice",
    "nani wants her chai with sugar, how much is ok",
    "dadi fasts on ekadashi, what about her metformin",
    "bubbe makes chicken soup for every cold",
    "babushka puts mustard plasters on his chest",
    "lola says the hilot can fix his back",
    "nana is fasting for lent",
    "ammachi wants coconut oil on the rash",
    "abuela took the té de manzanilla, she sleeping now",
    "aabo is fasting, ethiopian orthodox fast till easter",
    "yaya wants to try the cupping",
    "ramadan starts soon, can i take my pills at night",
    "yom kippur fast, can my husband skip his insulin",
    "navratri fasting, only fruit for 9 days",
    "tet is next week, clinic closed?",
    "lunar new year we travel, need 3 months of meds",
    "diwali we go to temple, no appt that day",
    "eid is friday, can we move the appt",
    "christmas eve, are you open",
    "thanksgiving week, my son comes home",
    "shabbos we dont use the phone, please call sunday",
    "lent started wednesday, no meat on fridays",
    "Dx: J45.41 moderate persistent asthma with exacerbation.",
    "ICD-10 E11.65, I10, E78.5; CPT 99214, 94640.",
    "HL7 ACK AA MSA|AA|",
    "OBX|1|NM|4548-4^HbA1c^LN||9.2|%|4.0-5.6|H|||F",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":148,"unit":"mm[Hg]"}}',
    "X12 ST*270*0001*005010X279A1~",
    "EB*1**30**MEDICAID~",
    "nginx: worker process 3 exited on signal 9",
    "celery: 8 tasks in queue rx-refill",
    "ERROR: deadlock detected on relation appt_slot",
    "java.lang.OutOfMemoryError: Java heap space",
    "fax-in pages=6 status=ok",
    "ivr: menu option 2 selected (refills)",
    "cpap-cloud sync ok devices=412",
    "backup: nightly snapshot ok",
    "Lead level 4 mcg/dL, below reference.",
    "Hgb 10.9, MCV 74; iron studies pending.",
    "QuantiFERON negative. CXR clear.",
    "Hep B immune; MMR x2 documented.",
    "Vitamin D 14 ng/mL; start 50,000 IU weekly x8.",
    "PHQ-9 11, GAD-7 9.",
    "Peak flow 280 L/min (62% personal best).",
    "Spacer technique reviewed; teach-back successful.",
    "Asthma action plan given in Spanish.",
    "Interpreter used for entire visit.",
    "Pt prefers Haitian Creole; interpreter via phone.",
    "Amharic interpreter via video, 35 minutes.",
    "Korean interpreter requested for next visit.",
    "Dari interpreter in person.",
    "Pt bilingual; declined interpreter.",
    "Home has 14 steps to bedroom; no grab bars.",
    "Lives in 3rd floor walk-up; elevator out of service.",
    "Congregate shelter; no refrigerator for insulin.",
    "Insulin storage: cooler bag provided.",
    "No fixed address; mail held at clinic.",
    "Pt declines home visit.",
    "Follow up in 2 weeks. RTC 3 months.",
    "Seen Monday and Thursday.",
    "Since 2019 on hemodialysis.",
    "Quit smoking in 2008; 20 pack-years.",
    "Pt is 67 years old.",
    "Pt is 89 and independent in ADLs.",
    "my son is 7 and has a fever of 102",
    "im 45 and never had a mammogram",
    "my mom is 88 and still works in the garden",
    "he is 19, plays football, hurt his knee",
    "my sugar was 310 this morning 😬",
    "bp 160 over 100 on the machine at the pharmacy",
    "took 2 tylenol at 3 still hurts",
    "can i take ibuprofen with lisinopril",
    "is the flu shot free",
    "do i need to fast before labs",
    "the inhaler is the red one or the orange one",
    "my nebulizer tubing is cracked",
    "the cpap mask leaks all night",
    "my pump says occlusion",
    "the spacer broke, can i get another",
    "how long does the covid test take",
    "where do i drop the urine sample",
    "the kid swallowed a penny i think",
    "my daughter got stung by a bee at the park, face swelling a little",
    "got bit by a dog on the block, skin broken",
    "i fell on the ice on the steps, wrist swollen",
    "burned my hand on the radiator",
    "the water ice made her throat feel better",
    "cheesesteak every day, my cholesterol 260 lol",
    "crab feast saturday, gout flared",
    "half smoke and fries, too much salt?",
    "injera and shiro only, is that ok for diabetes",
    "jollof rice every sunday, sugar high after",
    "griot and diri ak pwa, how much rice is ok",
    "ackee and saltfish, is the salt fish bad for bp",
    "pupusas for breakfast, too many carbs?",
    "pho broth has a lot of salt right",
    "kimbap and banchan, my sugar is 200",
    "dal and roti, how many roti",
    "biryani at the wedding, sugar 280",
    "khachapuri and pelmeni every day",
    "fufu and light soup, good for me?",
    "adobo and rice, my bp went up",
    "buuz and tsuivan, mongolian food very salty",
    "the market had cheap mangoes",
    "broad daylight and he still fell off the bike",
    "market price for insulin is crazy",
    "spring break we travel, need refill early",
    "walnut allergy, carries epipen",
    "chestnut allergy? is that a thing",
    "pine nuts made my mouth itch",
    "locust swarm? no just cicadas lol",
    "arch support inserts help my feet",
    "cherry flavored medicine he spits out",
    "spruce tree pollen season is killing me",
    "liberty bell field trip, she had an asthma attack",
    "race for the cure saturday, can i walk with my knee",
    "the vine on the fence gave him poison ivy",
    "summit of the stairs and im out of breath",
    "the church choir sings at 11, appt at 2 ok",
    "the mosque has a health fair on sunday",
    "the temple kitchen needs food handler cards",
    "the synagogue gives flu shots in october",
    "bible study tuesday nights, no appt then",
    "the bodega sells the test strips cheaper",
    "the chinese store has the herbal tea",
    "the halal market by the bus stop",
    "the korean supermarket pharmacy",
    "the dollar store reading glasses ok?",
    "wawa coffee every morning, 3 cups",
    "the phillies game gave me a sunburn",
    "ravens game sunday, no calls pls",
    "orioles won 😃",
    "eagles parade day, clinic open?",
    "commanders game traffic, running late",
    "go birds",
    "snow day, schools closed",
    "heat advisory today, stay inside",
    "code blue shelter open tonight",
    "the heat index is 104",
    "its 12 degrees, pipes froze",
    "power out since 3, oxygen on the tank",
    "january bills are killing us",
    "in august we go to the shore",
    "since 2021 i have this cough",
    "back in 1998 i had my gallbladder out",
    "wednesday works",
    "friday morning",
    "after 3 pm",
    "the 2nd floor bathroom flooded",
    "the 3 bedroom apt is too small for 9",
    "building 4 has the mold problem",
    "unit in the back has no heat",
    "the corner store sells loosies",
    "the block party is saturday",
    "my block captain says the city will fix the streetlight",
    "the alley behind us floods every rain",
    "the basement smells like mold",
    "our front steps are crumbling",
    "the stoop is where grandpa sits",
    "the porch light is out",
    "the rowhome next door caught fire, smoke came in",
    "smoke detector beeping all night",
    "CO detector went off, fire dept came, all clear",
    "lead paint chips on the windowsill",
    "window ac unit makes my asthma better",
    "fan on all night, still 90 in the apt",
    "the super fixed the leak finally",
    "section 8 inspection is next week",
    "the waitlist for housing is 5 years",
    "we need a letter for the housing authority",
    "the school nurse needs the asthma form",
    "the daycare needs shot records",
    "work needs a doctors note",
    "court date next week, need a note",
    "the interpreter line was busy",
    "habla español alguien",
    "kreyol svp",
    "amharic please",
    "dari or pashto please",
    "korean speaking staff?",
    "vietnamese please",
    "gujarati or hindi ok",
    "urdu please",
    "bangla please",
    "arabic please",
    "russian please",
    "yiddish if possible",
    "tagalog ok",
    "french ok",
    "mandarin ok",
    "mongolian, little english",
    "twi or english fine",
]
