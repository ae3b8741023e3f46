"""The "blind12" split: a blind evaluation set for a Gulf South and Southeast health system,
written without looking at the engine, its tests, its benchmark code, its training code or its
output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py and
tune5.py (for the module interface and the conventions) and pyproject.toml. The other data
modules were imported in a throwaway script only to collect their words for the overlap check
below; none of their templates was read.

It models one system's traffic: a New Orleans academic medical centre, Acadiana and Mississippi
Delta rural hospitals, a Florida Panhandle and Miami network (Haitian, Cuban, Venezuelan,
Brazilian, Jamaican and Bahamian patients), Gullah Geechee Sea Islands clinics, Lumbee and
Coharie communities in North Carolina, Mississippi Choctaw and Seminole/Miccosukee clinics,
Vietnamese and Filipino Gulf fishing families, Hmong and Montagnard (Degar) families in the
Carolinas, Marshallese families in Arkansas, a dialysis chain, home health, hurricane-evacuation
shelters, a mail-order pharmacy, the call centre and the revenue cycle. CHAT is patients and
family typing on phones (lowercase, typos, emoji, French, Kreyòl, Spanish, Portuguese,
Vietnamese, Hmong and Marshallese words, relatives named in passing, bare given names and
nicknames, sign-offs, loose addresses such as a lot in a trailer park or "past the church").
LOGS is key=value and JSON events, query strings, HL7 v2 segments, FHIR fragments, CSV rows,
access lines, Python and Java traces, SQL errors, SSO and LDAP events, fax and IVR lines,
pharmacy (NCPDP) and claims (X12) lines, device telemetry and audit trails, with names in
usernames, file names, e-mails and host names. NOTES is staff writing: HPI, A/P, SBAR, handoffs,
sign-offs with initials and credentials, cc lines, shelter and evacuation notes, home-health
visits, dialysis, pharmacy, billing, portal admin, social history and interface fields pasted
into notes. PHI_FREE is lines of all three kinds with no identifier but full of look-alikes:
vitals, doses, lab values, ICD-10, LOINC, CPT, HCPCS and NDC codes, eponyms, ages under 90,
weekdays, years alone, durations, drugs, device models, organisations, tribes and facilities,
hurricanes' names, saints, place words as common nouns, and the ordinary words that are also
names in the pools (a pipe wrench, a laundry hamper, a door sill, a weir, a satsuma, a shiner,
a panacea, the seafood industry).

Names come from 48 weighted origins, each written as its custom has it: Cajun (with "dit"
names) and Louisiana Creole French, Gullah Geechee, Lumbee, Coharie, Mississippi Choctaw,
Seminole and Miccosukee, Haitian, Cuban, Venezuelan, Colombian, Brazilian (with da/dos/de),
Jamaican, Bahamian, Trinidadian, Vietnamese, Filipino, Hmong (RPA spellings), Montagnard (Rhade
and Jarai, with Y and H'), Marshallese, Chuukese, Lebanese, Greek (Tarpon Springs), Croatian
(Plaquemines), Isleño, Sicilian, German-Texan, Czech-Texan, Appalachian, Scots-Irish, African
American Southern, Igbo, Yoruba, Akan, Somali Bantu and Egyptian Coptic (own, father's and
grandfather's names), Burmese and Karen, Chin, Lhotshampa Nepali, Ukrainian (with patronymics),
Garifuna, Guatemalan Mam, Mexican, Puerto Rican, Korean, Gujarati, Punjabi and Pakistani. Hispanic
origins carry double surnames (space, hyphen or "y"); Vietnamese, Hmong and Korean names come
family name first now and then; names also come as "Last, First", "LAST,FIRST M", ALL CAPS,
lowercase in query strings, file names and host names, with initials, generational suffixes and
quoted nicknames, and as one span per HL7, X12 or FHIR component. About one name in seven
carries an ordinary English word as a given or family name.

No overlap: every given name, family name, nickname, street name, trailer-park name, city and
e-mail domain here was folded (accents dropped, lowercased) and split into words, and each word
was checked against the words of the pools and templates of values.py (with the Faker names it
draws for both of its splits), templates.py, every other module in this directory (blind,
blind2 to blind11, tune2 to tune14) and Faker's en_US first and last names. Particles (de, la,
dit, da, dos, y), generic address words (St, Rd, Box, Lot, MHP, Route), generic place words in
town names (City, Springs, Island) and top-level domains were exempt. Every colliding word was
dropped or replaced (rarer spellings, less-represented communities); the final run of the check
reported zero collisions. Cities are small real places of the region.

Annotation: a state is not scored ({STATE}, label None); a title (Dr., Mrs., Father, Rev.) or a
credential (MD, RN, NP, LPN, APRN) and a possessive 's stay outside NAME; each HL7, X12 or FHIR
name component is its own NAME span; initials standing for a person are NAME; a weekday or a
clock time beside a date stays outside the DATE, while a whole ISO, HL7 or log timestamp is one
DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89 (in
digits, in English words or in French); kin terms used as address (maw maw, nonc, tante,
parrain, ba, lola, tita, niam, yaya, manman) are literal text, not names; a street address
(number and street, unit, PO box, rural route, highway address, lot in a trailer park) is
ADDRESS, and so is a street named without a number ("on Euterpe St past the church"); a city is
CITY and a ZIP code ZIP. Organisations, tribes, languages, drugs, eponyms, device models and
facility names are literal text. Filler slots (request ids, latencies, status codes, clock
times, queues, host names) are labelled None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Somali Bantu and Egyptian Coptic "family" names
# are fathers' and grandfathers' given names, as those records carry them; Burmese, Karen and Chin
# people have no inherited surname and the second part is simply the last word of the name.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "cajun": (5, [
        "Elphège", "Duclize", "Odéa", "Émérante", "Lézin", "Elmire", "Ophé", "Ézora", "Ozéa",
        "Arvilien", "Lovinsky", "Oréline", "Aladin", "Ulyse", "Druzilla", "Nézida", "Azélia",
        "Dolsia", "Lézime", "Onézia", "Alzina", "Lucina",
    ], [
        "Derouen", "Dugat", "Stutes", "Huval", "Lagneaux", "Lognion", "Thevis", "Wiltz", "Bonin",
        "Borel", "Bourg", "Curole", "Dardar", "Eymard", "Folse", "Gisclair", "Lapeyrouse",
        "Loupe", "Ordoyne", "Orgeron", "Percle", "Plaisance", "Rebstock", "Sevin", "Triche",
        "Uzee", "Bascle", "Duplantis", "Dronet", "Leleux",
    ]),
    "louisiana_creole": (3, [
        "Rodolphe", "Armantine", "Homère", "Octavine", "Athénaïse", "Zénobie", "Aglaé",
        "Césaire", "Euphrosine", "Osithe", "Victorine",
    ], [
        "Tervalon", "Rillieux", "Trévigne", "Roudanez", "Plessy", "Llopis", "Dupart", "Mondy",
        "Coiscou", "Laveau", "Snaer", "Bechet", "Bigard", "Picou", "Barthé", "Guesnon", "Soulé",
        "Casenave", "Delille", "Bazanac", "Cassimere", "Glaudin", "Fauchet", "Rocques", "Anty",
    ]),
    "gullah_geechee": (3, [
        "Dembo", "Bina", "Sabe", "Quashee", "Phibba", "Cudjo", "Phillis", "Laffayette", "Jaspine",
    ], [
        "Pyatt", "Blufort", "Orage", "Brisbon", "Ganaway", "Oree", "Vanderhorst", "Dunmeyer",
        "Irick", "Bonaparte",
    ]),
    "lumbee": (3, [
        "Harbert", "Orlander", "Hazeline", "Lovedy", "Thurnell", "Ancie", "Malvina", "Rasco",
        "Mertie", "Wixie", "Verdie",
    ], [
        "Lockamy", "Oxendyne", "Chavious", "Woodell", "Lowrie", "Swett", "Lockee",
    ]),
    "coharie": (2, [
        "Doshia", "Lummie", "Ruebell", "Leamon", "Ruthelle",
    ], [
        "Tew", "Hairr", "Fann", "Williford", "Wrench",
    ]),
    "mississippi_choctaw": (2, [
        "Hoyopa", "Issuba", "Imala", "Onnie", "Estelline", "Lonah", "Ishtaya",
    ], [
        "Tullos", "Tubbee", "Sockey", "Shoemake",
    ]),
    "seminole_miccosukee": (2, [
        "Ossie", "Onnie", "Lonah",
    ], [
        "Holata", "Emathla", "Tustenuggee", "Bemo", "Bert",
    ]),
    "haitian": (5, [
        "Dieunor", "Fedna", "Steevens", "Wadson", "Edner", "Wilnick", "Ermite", "Kerlande",
        "Nesly", "Loubens", "Naïka", "Soifette", "Wisner", "Bertide", "Dieunise", "Emmanuela",
        "Fernide", "Ilfrance", "Loveline", "Fanès", "Manès", "Micheline", "Roselor", "Vladimyr",
    ], [
        "Victorin", "Méhu", "Nérette", "Chérilus", "Duverseau", "Paraison", "Philistin",
        "Dorival", "Francœur", "Maurisseau", "Saintvil",
    ]),
    "cuban": (4, [
        "Alexei", "Yoanis", "Yoslaidy", "Yuslier", "Yoenis", "Maykel", "Roiber", "Yaremis",
        "Odeiny", "Leandys", "Yunet", "Adairis", "Ilianys", "Arlenis",
    ], [
        "Cabrales", "Piñeiro", "Villavicencio", "Cruzata", "Fonticiella", "Labañino", "Bringas",
        "Dorta", "Lastre", "Yera", "Ginarte", "Toirac",
    ]),
    "venezuelan": (3, [
        "Mileidy", "Yusbelis", "Oriangel", "Yorkelis", "Mairelis", "Rosmary", "Wilmary",
        "Yoneiry", "Johandry", "Norkys", "Yuraima", "Xiomary", "Mariannys",
    ], [
        "Bohórquez", "Cegarra", "Istúriz", "Vielma", "Arcaya", "Camacaro", "Estaba", "Isea",
        "Mosquera", "Oberto", "Valecillos",
    ]),
    "colombian": (3, [
        "Yineth", "Heiner", "Yeiner", "Arnubio", "Floralba", "Idaly", "Nohora", "Dary",
        "Yorladis", "Bairon", "Aldemar",
    ], [
        "Betancourth", "Tangarife", "Saldarriaga", "Usme", "Atehortúa",
    ]),
    "brazilian": (3, [
        "Rosineide", "Cleusa", "Edinalva", "Josivaldo", "Claudinéia", "Maricélia", "Ednaldo",
        "Jucimara", "Weslei",
    ], [
        "Dorneles", "Quintanilha", "Feitosa", "Rebouças", "Saldanha", "Ribamar", "Gusmão",
        "Abrantes", "Frota",
    ]),
    "jamaican": (3, [
        "Odeisha", "Kavian", "Jodian", "Tashane", "Shamoya", "Javian", "Kerone", "Tamoya",
        "Sheneil", "Kevoy", "Shacka",
    ], [
        "Bonitto", "Goffe", "Uter", "Lalor", "McAnuff", "Eccleston", "Thame", "Ziadie",
    ]),
    "bahamian": (2, [
        "Perrie", "Sherelle", "Deangelo", "Shavado", "Anthonique", "Ethelyn", "Cleomi",
    ], [
        "Albury", "Culmer", "Dames", "Newbold", "Lightbourne", "Bowe", "Cleare", "Demeritte",
        "Pennerman", "Rahming", "Symonette", "Treco",
    ]),
    "trinidadian": (2, [
        "Jevon", "Akeem", "Shivani", "Videsh", "Rampaul", "Chandrawatee", "Yohance", "Nalini",
        "Rajindra",
    ], [
        "Balroop", "Dookhan", "Jaglal", "Lakhan", "Mootoo", "Partap", "Ramnath", "Sirju",
    ]),
    # Rural southern Vietnamese given names of the older generation, and rare family names.
    "vietnamese": (3, [
        "Hoạch", "Ngởi", "Rớt", "Gởi", "Nhụy", "Vải", "Dạ", "Lẹ", "Đủ",
    ], [
        "Xung", "Dư",
    ]),
    "filipino": (3, [
        "Kidlat", "Magiting", "Malaya", "Tagumpay", "Norlyn",
    ], [
        "Bañez", "Ongsiako", "Rivamonte", "Atienza", "Estrellado", "Famularcano", "Agoncillo",
        "Bantug", "Quintos", "Tinio", "Dumalagan", "Nabong",
    ]),
    # Hmong given names in RPA spelling, as many families write them.
    "hmong": (3, [
        "Xab", "Ntaub", "Lwm", "Phiaj", "Vws", "Ntxoo", "Nchiam", "Hlub", "Tsom", "Nraug",
        "Mainou",
    ], [
        "Phang", "Kouavang",
    ]),
    # Rhade and Jarai: Y before a man's name, H' before a woman's.
    "montagnard": (2, [
        "Y Kuh", "Y Djhang", "Y Ktuôt", "Y Wiơn", "Y Kro", "Y Phen", "Y Thik", "Y Djan",
        "Y Bhiêr", "H'Blang", "H'Rit", "H'Luin", "H'Ngơm", "H'Dlang", "Y Mnuih",
    ], [
        "Hlong", "Kpuih", "Êya", "Rcăm", "Bkrông", "Buôn Krông",
    ]),
    "marshallese": (2, [
        "Kitlang", "Amatlain", "Biliet", "Limen", "Jitok", "Kejbwe", "Mattlan", "Jiba", "Casten",
        "Atbi", "Kejjo", "Amenta", "Rino", "Kunio", "Bremity", "Lomade", "Jejwa", "Lajikit",
        "Lokwot", "Limajon", "Ijuan", "Likapto", "Lomtak",
    ], [
        "Kedi", "Laijen", "Zackios", "Nemra", "Konelios", "Jetton", "Kaious", "Kamram",
        "Kabinmeto", "Lokboj",
    ]),
    "chuukese": (1, [
        "Kimeuo", "Tiper", "Ketsin", "Redley", "Kasio", "Innocente", "Ansito", "Sasao", "Ermino",
        "Silbester",
    ], [
        "Mateak", "Rapun", "Simina", "Asor", "Oneisom", "Gouland", "Doone", "Mida", "Raimon",
        "Penno",
    ]),
    "lebanese": (3, [
        "Nabih", "Rawad", "Hiyam", "Nisrine", "Chakib", "Nazih", "Oussama", "Sassine", "Tanos",
        "Wajdi", "Afif", "Wadad", "Zouheir", "Nazira", "Sobhi", "Fayrouz",
    ], [
        "Rahbani", "Jreissati", "Najem", "Moussallem", "Nehme", "Azzi", "Fattal",
    ]),
    "greek_tarpon": (2, [
        "Themis", "Panayiotis", "Anargyros", "Theoklitos", "Eustathios", "Yannoula",
        "Agathoklis", "Loukia", "Myrto",
    ], [
        "Tsourakis", "Kouvaris", "Karistinos", "Billiris", "Kavouklis", "Dalaras", "Vatikiotis",
        "Pappamichael", "Giannakos", "Tsaparis", "Samarkos", "Moutsatsos", "Livadas", "Arfaras",
        "Kalafatis", "Lemonakis", "Nikitakis", "Tsangaris", "Zavoyiannis", "Chiotakis",
        "Sklavounos", "Tsirigotis",
    ]),
    "croatian_plaquemines": (2, [
        "Jure", "Ivka", "Tomo", "Perica", "Jozo", "Vicko", "Antica", "Šime", "Pave",
    ], [
        "Jurisich", "Vujnovich", "Popich", "Cvitanovich", "Zibilich", "Slavich", "Tesvich",
        "Gerica", "Kuluz", "Vodanovich", "Sercovich", "Franicevich", "Lulich", "Perkovich",
        "Skansi", "Barisich", "Cibilic", "Dobrovich", "Grgurich", "Kapelanovich", "Lovrich",
        "Pivach", "Radovich", "Sekul", "Tabakovich",
    ]),
    "isleno": (2, [
        "Baltasar", "Ducros", "Sidoine", "Frosine",
    ], [
        "Estopinal", "Melerine", "Molero", "Menesses", "Landeche", "Assevado", "Orduna",
        "Tijerino", "Verdigets", "Yznaga",
    ]),
    "sicilian": (3, [
        "Salvatrice", "Girolama", "Giuseppa", "Leoluca", "Gasparina", "Giacoma", "Lillo",
        "Pippo", "Turi", "Melchiorre", "Onofria", "Settimo",
    ], [
        "Brocato", "Schiro", "Liuzza", "Lamendola", "Alessi", "Bonura", "Nocito", "Saladino",
        "Uddo", "Bommarito", "Caronia", "Falgoust", "Graffagnini", "Pizzolato", "Tramonte",
    ]),
    "german_texan": (2, [
        "Gesine", "Kuno", "Alwin", "Bernhardt", "Minna", "Wilhelmine", "Amalie", "Theodor",
        "Hulda", "Elfrieda",
    ], [
        "Wuest", "Stehling", "Klaerner", "Heimann", "Jenschke", "Crenwelge", "Feuge", "Hahne",
        "Itz", "Kiehne", "Nebgen", "Ohlenburger", "Petmecky", "Schaetter", "Usener", "Wehmeyer",
        "Danz", "Enderle", "Immel", "Knopp",
    ]),
    "czech_texan": (2, [
        "Vincenc", "Vácslav", "Lidmila", "Čestmír", "Slávka", "Bohuslava",
    ], [
        "Hrncir", "Kubala", "Mikulencak", "Patek", "Rektorik", "Kutach", "Bucek", "Hajovsky",
        "Krenek", "Sodek", "Zrubek", "Cervenka", "Gajewsky", "Jurica", "Lednicky", "Orsak",
        "Tomecek", "Urbanovsky", "Fojtik", "Lesikar", "Ondrasek", "Pustejovsky", "Repka",
        "Trlica",
    ]),
    "appalachian": (3, [
        "Lourania", "Nerva", "Rilda", "Vestie", "Cleaburn", "Darvin", "Goebel", "Rosco", "Sherd",
        "Virgel", "Shelvie", "Zeola", "Ardeth", "Ailene", "Lavesta", "Ortha", "Ethridge",
    ], [
        "Nunley", "Neece", "Hackney", "Mutter", "Fugit",
    ]),
    "scots_irish": (2, [
        "Ansel", "Ebenezer", "Isobel", "Dugald", "Elspeth", "Jessamy", "Lorne", "Mungo", "Oona",
    ], [
        "Sproul", "Peden", "Cathey", "McGaughey", "Gillcrease", "Moffitt", "Agnew", "Carruth",
        "Gilkey", "Hutchison", "Laird", "McCaslin",
    ]),
    "african_american_southern": (6, [
        "Tecora", "Urline", "Shaterrica", "Theola", "Jaylon", "Jamyia", "Dekari", "Latrell",
        "Kiyana", "Tamyra", "Quanesha", "Lerone", "Dajon", "Tyreke", "Ladaisha", "Zakiyah",
        "Marquisha",
    ], [
        "Pinkston", "Chatmon", "Ginyard", "Pennix", "Weathersby", "Staten", "Avant", "Fortson",
        "Grice",
    ]),
    "igbo": (2, [
        "Ifeanyichukwu", "Ogechukwu", "Udochukwu", "Nmesoma", "Chinwendu",
    ], [
        "Nwaubani", "Ihekweazu", "Ezeokoli", "Nwoguegbu", "Obialo", "Chukwunyere", "Azikiwe",
    ]),
    "yoruba": (2, [
        "Oluwabunmi", "Nifemi", "Morenikeji", "Oluwafunmilayo", "Oluwaseyi",
    ], [
        "Olatunbosun", "Adeyanju", "Oyedokun", "Ogunsanwo", "Fadeyibi", "Ajagbe", "Oyenuga",
    ]),
    "akan": (2, [
        "Gyamfua", "Obenewaa", "Sika", "Takyiwaa", "Efuah", "Adzoa", "Akosuah",
    ], [
        "Ankomah", "Essien", "Nyame", "Otoo", "Ansong", "Apraku",
    ]),
    "somali_bantu": (2, [
        "Habibo", "Abdiyo", "Mumina", "Nuriya", "Dahiro", "Isak", "Mako", "Aweys", "Idilay",
        "Abshiro", "Hamdiyo", "Amino", "Sadiyo", "Abukar",
    ], [
        "Ganyo", "Mayanja", "Mbwana", "Shungura", "Abukar", "Issack", "Maalim", "Mwalimu",
        "Mussa", "Shaaban", "Selemani", "Kheri",
    ]),
    "burmese_karen": (2, [
        "Pler", "Sheh", "Pweh", "Baw", "Linn", "Pyi", "Klaw", "Hku", "Mweh",
    ], [
        "Mweh", "Htoh", "Ywe", "Linn", "Sheh", "Pler",
    ]),
    "chin": (1, [
        "Tlem", "Rem", "Thla", "Kap", "Nawl", "Tling", "Zung", "Tlua", "Hram",
    ], [
        "Tlem", "Nawl", "Hup", "Hmun", "Tling", "Zung", "Thlua", "Hram", "Khar",
    ]),
    # Lhotshampa (Bhutanese Nepali) families.
    "nepali_bhutanese": (2, [
        "Nanimaya", "Phulmaya", "Tirtha", "Ushadevi", "Damodar", "Harilal", "Indramani",
        "Khagendra", "Manbahadur", "Sanchamaya", "Tekbahadur", "Bhuwan", "Durgamaya", "Nandaram",
        "Tulasha",
    ], [
        "Baraily", "Gairey", "Poudyal", "Ghaley", "Dhital", "Nepaney", "Marasini", "Kuinkel",
        "Suvedi",
    ]),
    "ukrainian": (2, [
        "Zoreslava", "Viktoriia", "Anastasiia", "Zenovii",
    ], [
        "Levytskyi", "Yurchyshyn", "Kolisnyk", "Derkach", "Hordiienko", "Panchenko", "Tarasiuk",
        "Voitovych", "Zaiets", "Pidhirnyi", "Dmytruk", "Dovbush", "Holovatyi", "Kobylianskyi",
        "Lutsiv", "Maksymiv", "Ostrovskyi", "Rudnytskyi",
    ]),
    "garifuna": (1, [
        "Mirtha", "Nectalí", "Agripino", "Fulgencia", "Melecio",
    ], [
        "Arzu", "Guity", "Laboriel", "Cacho", "Lambey", "Sabio", "Bernárdez", "Lacayo", "Róchez",
        "Sambulá", "Tifre",
    ]),
    "guatemalan_mam": (2, [
        "Simeona", "Audelino", "Diega",
    ], [
        "Chilel", "Cuyuch", "Joj", "Ambrocio",
    ]),
    "mexican": (3, [
        "Juvencia", "Tlali", "Chimalli", "Tezca",
    ], [
        "Tepepa", "Cuapio", "Yautentzi", "Teutli", "Ocotl", "Tepox", "Axotla", "Quiahua",
        "Temoxtle", "Zacapala", "Chimal", "Hueyotl", "Ameca",
    ]),
    "puerto_rican": (3, [
        "Yashira", "Nahir", "Limari", "Jaiden", "Jancarlos", "Ismarie", "Tamayra",
    ], [
        "Albizu", "Garced", "Kercadó", "Rexach", "Albarrán", "Boria", "Cruzado", "Iturrino",
        "Lafontaine",
    ]),
    "korean": (2, [
        "Jiwoong", "Hyunjae", "Seonghwan", "Jihoo", "Gyeongsu", "Gwangsu", "Byeongho", "Dongsik",
        "Taewoo", "Jaehyuk", "Minsung", "Yoongi",
    ], [
        "Jhung", "Gueon", "Gahng",
    ]),
    "gujarati": (2, [
        "Jaimin", "Darshit", "Jigna", "Mayuri", "Rushabh", "Zankhana", "Devang", "Ramila", "Vimla",
    ], [
        "Ladva", "Rupani", "Sodha", "Jobanputra", "Kakkad", "Rathwa", "Karia",
    ]),
    "punjabi": (2, [
        "Balvir", "Inderpal", "Rajvinder", "Pritpal", "Armaandeep",
    ], [
        "Ghotra", "Rakkar", "Saran", "Mahil", "Natt", "Wirk", "Chhina",
    ]),
    "pakistani": (2, [
        "Shahzaib", "Ammara", "Sheharyar", "Fizza", "Mahrukh", "Urooj", "Wajiha",
    ], [
        "Jutt", "Langah", "Makhdoom",
    ]),
    "egyptian_coptic": (2, [
        "Ramez", "Bola", "Hanaa", "Mariz", "Rimon", "Wagdy", "Marmar", "Shery", "Kerolos",
        "Tasony", "Wafik", "Irini",
    ], [
        "Ayad", "Zakhary", "Armanious", "Hennein", "Boules", "Malak",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words. About one name in seven carries
# one; PHI_FREE uses the same words in their ordinary sense.
WORD_GIVEN = ["Lobelia", "Satsuma"]
WORD_FAMILY = ["Wrench", "Hamper", "Bias", "Weir", "Gulley", "Sill", "Truss", "Bough", "Trivet",
               "Cradle", "Thicket"]  # fmt: skip

# Ukrainian patronymics, written between the given and the family name.
PATRONYMICS = ["Bohdanovych", "Tarasivna"]

FAMILY_FIRST = {"vietnamese", "hmong", "korean"}
SPANISH_DOUBLE = {"cuban", "venezuelan", "colombian", "mexican", "puerto_rican", "garifuna",
                  "guatemalan_mam", "isleno"}  # fmt: skip
PATRONYMIC_CHAIN = {"somali_bantu", "egyptian_coptic"}

# Names people go by: Cajun, Haitian folk-tale, Filipino, Yoruba and Southern nicknames.
NICKNAMES = [
    "Beebo", "Tibo", "Tiboy", "Pichou", "Catin", "Pistache", "Bouki", "Pingping", "Nognog",
    "Utoy", "Ineng", "Ising", "Bukky", "Funmi", "Yemi", "Noonie", "Jitterbug", "Frenchy",
    "Nookie", "Sookie",
]  # fmt: skip

GEN_SUFFIX = ["Jr", "Jr.", "Sr", "II", "III", "IV"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "æ": "ae", "œ": "oe", "Œ": "OE"})  # fmt: skip


def _fold(text: str) -> str:
    """Drop accents; keep ASCII letters, digits, spaces, hyphens and apostrophes."""
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
    if origin in SPANISH_DOUBLE and roll < 0.35:  # paternal and maternal surnames
        other = rng.choice(lasts)
        if other != last:
            last = rng.choice([f"{last} {other}", f"{last}-{other}", f"{last} y {other}"])
    elif origin == "cajun" and roll < 0.12:  # a "dit" name
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} dit {other}"
    elif origin == "brazilian" and roll < 0.25:
        last = f"{rng.choice(['da', 'dos', 'de'])} {last}"
    elif origin in PATRONYMIC_CHAIN and roll < 0.5:  # own name, father's, grandfather's
        father = rng.choice(firsts)
        if father != first:
            last = f"{father} {last}"
    word = rng.random()
    if word < 0.035:
        first = rng.choice(WORD_GIVEN)
    elif word < 0.14:
        last = rng.choice(WORD_FAMILY)
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "blind12") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind12") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


def _given_part(first: str) -> str:
    part = first.split(" ")[-1] if first.startswith(("Y ", "H'")) else first.split(" ")[0]
    return part.split("-")[0].replace("H'", "")


def full_name(rng: random.Random, _split: str = "blind12") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin == "ukrainian" and form < 0.3:
        return f"{first} {rng.choice(PATRONYMICS)} {last}"
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.35:
        return f"{first} {mid}. {last}"
    if form < 0.39:
        middle_name = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle_name} {last}" if middle_name != first else f"{first} {last}"
    if form < 0.47:
        return f"{last}, {first}"
    if form < 0.5:
        return f"{last}, {first} {mid}"
    if form < 0.55:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.59:
        return f"{first} {last}".upper()
    if form < 0.62:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.76:
        return first
    if form < 0.8:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.83:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.88:
        return f"{last} {first}"
    if form < 0.92:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.96:
        return f"{_given_part(first)} {last}"
    return f"{last},{first}"


def last_first(rng: random.Random) -> str:
    """List and wristband style: "Dugat, Ozéa", "DUGAT,OZEA M"."""
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([
        f"{last}, {first}", f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
        f"{_fold(last).upper()},{_fold(first).upper()}", f"{_fold(last).upper()}, {_fold(first).upper()} {mid}",
    ])  # fmt: skip


def name_upper(rng: random.Random) -> str:
    first, last = person(rng)
    return f"{_fold(first)} {_fold(last)}".upper()


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle(rng: random.Random) -> str:
    """A middle name or initial in a field of its own (HL7 XPN.3, FHIR given[1], a form box)."""
    if rng.random() < 0.55:
        return _initial(rng)
    return _given_part(rng.choice(ORIGINS[_origin(rng)][1]))


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_lower(rng: random.Random) -> str:
    """As a query string, a file name or a host name carries it."""
    return _handle(_given_part(person(rng)[0])) or "ozea"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "dugat"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([
        f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
        f"{last}%2C{first}".replace(" ", "+"), f"{last.lower()}%2C+{first.lower()}".replace(" ", "+"),
    ])  # fmt: skip


def given_name(rng: random.Random) -> str:
    """A bare given name, the way family mention one another."""
    first = person(rng)[0]
    return _given_part(first) if rng.random() < 0.2 else first


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.3 else person(rng)[0]
    last = word_last(rng)
    return rng.choice(
        [f"{first} {last}"] * 3 + [f"{last}, {first}", f"{_given_part(first)[0]}. {last}"]
    )


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a}{b}"])


def clinician(rng: random.Random) -> str:
    """A staff name as it stands before a credential: "Ozéa Dugat", "O. Dugat", "Dugat"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {last}", f"{_given_part(first)[0]}. {last}",
                       f"{first} {_initial(rng)}. {last}", last])  # fmt: skip


def family_first(rng: random.Random) -> str:
    """Family name first, as Vietnamese, Hmong and Korean families write it."""
    origin = rng.choice(sorted(FAMILY_FIRST))
    first, last = _person_from(rng, origin)
    return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}", f"{last} {first}"])


# --- Places ------------------------------------------------------------------------------------
# New Orleans muses and faubourg streets, Lafayette's Verot, Coral Gables' Spanish names, Delta and
# Choctaw river and county names, bayou and boat words.

STREETS = [
    "Verot", "Euterpe", "Polymnia", "Thalia", "Erato", "Clio", "Dryades", "Prytania",
    "Annunciation", "Soraparu", "Upperline", "Foucher", "Delachaise", "Antonine", "Peniston",
    "Cambronne", "Humanity", "Gallier", "Lesseps", "Mazant", "Lizardi", "Egania", "Forstall",
    "Caffin", "Andry", "Deslonde", "Reynes", "Villere", "Tonti", "Rocheblave", "Dorgenois",
    "Gayoso", "Tricou", "Delery", "Charbonnet", "Brickell", "Galiano", "Giralda", "Almeria",
    "Minorca", "Majorca", "Catalonia", "Cadima", "Madeira", "Granada", "Alcazar", "Castile",
    "Tamiami", "Polowana", "Tallahatchie", "Bogue Phalia", "Sharkey", "Coahoma", "Issaquena",
    "Nanih Waiya", "Pushmataha", "Itawamba", "Yalobusha", "Bogue Falaya", "Courtableau",
    "Nezpique", "Dorcheat", "Bodcau", "Catahoula", "Maurepas", "Pontchartrain", "Caminada",
    "Dularge", "Caillou", "Manchac", "Shucker", "Crabtrap", "Shrimpboat", "Bateau",
    "Coteau", "Sugarhouse", "Satsuma",
]  # fmt: skip
SUFFIXES = [("St", 9), ("Ave", 7), ("Rd", 6), ("Dr", 5), ("Ln", 4), ("Blvd", 2), ("Ct", 3),
            ("Way", 2), ("Pl", 2), ("Cir", 2), ("Street", 3), ("Avenue", 2), ("Road", 2),
            ("Drive", 2), ("Lane", 1), ("Cove", 1), ("Loop", 1), ("Hwy", 1)]  # fmt: skip
UNITS = ["Apt 3", "Apt. 12B", "Unit 4", "Ste 210", "#6", "Apt C", "Trlr 14", "Lot 22", "Rm 5",
         "Bldg 2 Apt 8", "Apt 1A", "Unit 9-B", "Apt 204", "Upstairs Apt", "Rear Apt"]  # fmt: skip
PARKS = ["Shucker", "Crabtrap", "Shrimpboat", "Bateau", "Coteau", "Sugarhouse", "Caminada",
         "Dularge", "Manchac", "Roseate", "Heronry", "Trawl"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South ", "West ", "East ", "NE ", "SW "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([
        str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
        str(rng.randint(1000, 9999)), str(rng.randint(10000, 39999)), f"{rng.randint(100, 999)}{rng.choice('AB')}",
        f"{rng.randint(100, 999)} 1/2",
    ])  # fmt: skip


def street_line(rng: random.Random) -> str:
    """Number, street and suffix without a unit: an addr1 or line[0] field."""
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{rng.choice(STREETS)} {suffix}"


def street_name(rng: random.Random) -> str:
    """A street without a number, as people give it ("off Euterpe St")."""
    return f"{rng.choice(STREETS)} {rng.choice(['St', 'Rd', 'Ave', 'Street', 'Road', 'Dr'])}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice(
        [
            f"PO Box {n}",
            f"P.O. Box {n}",
            f"P O Box {n}",
            f"Box {n}",
            f"PO Drawer {rng.randint(1, 999)}",
        ]
    )


def rural_route(rng: random.Random) -> str:
    r, b = rng.randint(1, 9), rng.randint(1, 399)
    return rng.choice([
        f"RR {r} Box {b}", f"Rural Route {r} Box {b}", f"Rt {r} Box {b}A", f"HC {rng.randint(60, 79)} Box {b}",
        f"{rng.randint(100, 9999)} County Road {rng.randint(1, 899)}", f"{rng.randint(100, 9999)} Hwy {rng.randint(1, 999)}",
        f"{rng.randint(1000, 29999)} LA Hwy {rng.randint(1, 3300)}", f"{rng.randint(100, 9999)} FM {rng.randint(100, 2999)}",
    ])  # fmt: skip


def trailer_lot(rng: random.Random) -> str:
    """A lot in a trailer park."""
    park = rng.choice(PARKS)
    lot = rng.randint(1, 60)
    return rng.choice([f"Lot {lot} {park} MHP", f"{park} Trailer Park Lot {lot}", f"Lot {lot}, {park} MHP",
                       f"{_house_number(rng)} {rng.choice(STREETS)} Rd Lot {lot}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind12") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.13:
        return rural_route(rng)
    if kind < 0.18:
        return trailer_lot(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


# Small places of the region: the river parishes and Plaquemines, the Delta, the Choctaw
# communities, the Panhandle and the Everglades edge, the Lowcountry and Sea Islands, Robeson and
# Sampson counties, the Hmong foothills, Benton County, the Gulf fishing towns, Czech and German Texas.
CITIES = [
    "Boothville", "Meraux", "Yscloskey", "Delacroix", "Maringouin", "Cloutierville", "Empire",
    "Reggio", "Verret", "Tchula", "Anguilla", "Conehatta", "Escatawpa", "Coden",
    "Sopchoppy", "Panacea", "Blountstown", "Crawfordville", "Medley",
    "Anclote", "Riceboro", "Yonges Island", "Awendaw", "McClellanville", "Gillisonville",
    "Bluffton", "Pritchardville", "Okatie", "Lobeco", "Saddletree", "Salemburg", "Roseboro",
    "Autryville", "Valdese", "Siloam Springs", "Praha", "Dubina", "Shiner", "Moulton",
    "Flatonia", "Ammannsville", "Luckenbach", "Castell", "Industry", "Cashiers", "Brevard",
    "Rosman", "Zionville", "Ennice", "Grays", "Scotia", "Luray", "Nixville", "Mayesville",
    "Cades", "Johnsonville", "Greeleyville", "Watha", "Teachey", "Beulaville", "Pollocksville",
    "Deppe", "Cove City", "Vanceboro", "Grifton", "Ayden", "Everetts", "Hobgood", "Whitakers",
    "Battleboro", "Castalia", "Kenly", "Micro", "Stedman", "Bunnlevel", "Mamers", "Biscoe",
    "Candor", "Wagram", "Orrum", "Proctorville", "Ingold", "Hallsboro", "Delco", "Riegelwood",
    "Sandyfield", "Shallotte", "Calabash", "Grissettown",
]  # fmt: skip
STATES = ["LA", "La.", "Louisiana", "MS", "Miss.", "Mississippi", "AL", "Ala.", "FL", "Fla.",
          "Florida", "GA", "Ga.", "SC", "S.C.", "NC", "N.C.", "AR", "Ark.", "TX", "Tex.", "Texas",
          "la", "ms", "fl"]  # fmt: skip


def city(rng: random.Random, _split: str = "blind12") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice([rng.randint(27000, 29999), rng.randint(30000, 34999), rng.randint(35000, 39999), rng.randint(70000, 72999), rng.randint(75000, 79999)]):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.randint(27000, 79999):05d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip
MWA = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
       "novanm", "desanm"]  # fmt: skip
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1920, 1935)
        if pick < 0.2
        else rng.randint(1936, 2016)
        if pick < 0.5
        else rng.randint(2017, 2026)
    )
    m = rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _hms(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}/{d}/{yy:02d}", f"{m}-{d}-{y}", f"{m}.{d}.{yy:02d}", f"{y}{m:02d}{d:02d}",
        f"{d:02d}-{ab}-{y}", f"{ab} {d}, {y}", f"{mo} {d}, {y}", f"{d} {mo} {y}", f"{mo} {d}",
        f"{ab} {d}", f"{mo} {d}{o}", f"{mo} {d}{o}, {y}", f"{ab}. {d}, {y}", f"{m}/{d}",
        f"{d}{o} of {mo}", f"{mo.upper()} {d}, {y}", f"{d:02d}{ab.upper()}{y}",
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def compact_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8 and file names: 20240314."""
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('56')}00"])


def dmon_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    ab = ABBR[m - 1]
    return rng.choice(
        [f"{d:02d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y % 100:02d}", f"{d:02d}{ab.upper()}{y}"]
    )


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}",
                       f"{d}{_ordinal(d)} of {MONTHS[m - 1]}", f"{ABBR[m - 1].lower()} {d}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice(
        [f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"]
    )


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def foreign_date(rng: random.Random) -> str:
    """A date in French, Kreyòl, Spanish, Portuguese or Vietnamese, as relatives type it."""
    y, m, d = _ymd(rng)
    return rng.choice([
        f"{d} {MOIS[m - 1]} {y}", f"le {d} {MOIS[m - 1]}", f"{d} {MWA[m - 1]} {y}", f"{d} {MWA[m - 1]}",
        f"{d} de {MESES[m - 1]} de {y}", f"{d} de {MESES[m - 1]}", f"{d} de {MESES_PT[m - 1]} de {y}",
        f"ngày {d} tháng {m} năm {y}", f"ngày {d} tháng {m}", f"{d}/{m}/{y}",
    ])  # fmt: skip


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}Z",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-05:00", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999999):06d}+00:00",
    ])  # fmt: skip


def py_ts(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}"


def clf_date(rng: random.Random) -> str:
    """The date of an access-log line, 14/Mar/2024; the clock after it stays outside."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def syslog_date(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return f"{ABBR[m - 1]} {d:2d}"


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return f"{hh:02d}:{mi:02d}:{ss:02d}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
_FR = ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
       "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.6:
        return age_number(rng)
    if pick < 0.7:
        return rng.choice(_FR)
    n = rng.randint(90, 101)
    if n >= 100:
        return ["one hundred", "a hundred and one"][n - 100]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers people are reached at -------------------------------------------------------------

_AREA = [225, 318, 337, 504, 985, 228, 601, 662, 769, 251, 334, 850, 305, 786, 239, 561, 843, 854,
         910, 919, 828, 479, 501, 361, 979, 830]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
        f"1-{a}-{b}-{c}", f"{a}{b}{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(10, 999)}",
        f"{a}/{b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def intl_phone(rng: random.Random) -> str:
    """Relatives abroad: Haiti, Cuba, Venezuela, Colombia, Brazil, the Marshalls, Vietnam, Nepal."""
    return rng.choice([
        f"+509 {rng.randint(28, 49)} {_digits(rng, 2)} {_digits(rng, 4)}", f"+53 5{_digits(rng, 3)} {_digits(rng, 4)}",
        f"+58 414 {_digits(rng, 3)} {_digits(rng, 4)}", f"+57 3{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}", f"+692 {rng.choice('2456')}{_digits(rng, 2)}-{_digits(rng, 4)}",
        f"+84 9{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}", f"+977 98{_digits(rng, 8)}",
        f"+1 876 {_digits(rng, 3)} {_digits(rng, 4)}", f"+1 242 {_digits(rng, 3)}-{_digits(rng, 4)}",
        f"+691 {_digits(rng, 3)} {_digits(rng, 4)}", f"011 509 {_digits(rng, 4)} {_digits(rng, 4)}",
    ])  # fmt: skip


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = [
    "deltacom.net", "cenla.net", "camtel.net", "acadiana.net", "kaplantel.net",
    "mobiletel.com", "coastalnet.com", "mpowercom.net", "bentonrea.net", "nwark.net",
    "cajunbb.net", "vermiliontel.net", "ceni.net", "centurylinkmail.net", "bellsouthmail.net",
    "glastel.net", "sccoast.net", "hargraymail.com", "coastalplains.net", "islc.net",
]  # fmt: skip
HANDLES = ["crawfishqueen", "bayoubabe", "shrimperdad", "gumbopot", "deltagirl", "kreyolmama",
           "pirogueman", "boudinking", "lowcountrylady", "trawlerjoe"]  # fmt: skip


def email(rng: random.Random, _split: str = "blind12") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "ozea", _handle(last) or "dugat"
    n = rng.randint(1, 99)
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{rng.randint(1940, 2010)}",
        f"{ln}{f[0]}", f"{rng.choice(HANDLES)}{n}", f"{f}.{ln}{n:02d}", f"{ln}.family", f"{f}{ln[0]}",
        f"{f.capitalize()}.{ln.capitalize()}", f"{f[:3]}{ln[:4]}{n}", f"mama{f}", f"{f}-{ln}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "blind12") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "ozea", _handle(last) or "dugat"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}{n}", f"{f}_{ln}", f"{f}{yy}", f"{f[0]}{ln[:7]}",
        f"{ln}.{f}", f"{f}{ln}{n}", f"{ln.upper()}{f[0].upper()}", f"{f[0]}{ln}{yy % 100:02d}",
        f"{f}{ln[0]}", f"{ln}_{f}_{n}", f"pt_{f}{ln[0]}{n}", f"GSH\\{f[0]}{ln}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "blind12") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "ozea", _handle(last) or "dugat"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.gofundme.com/f/{f}-{ln}-hurricane-relief", f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 999)}",
        f"https://www.caringbridge.org/site/{f}{ln}", f"https://www.tiktok.com/@{f}{ln}",
        f"https://chart.crescentacademic.example/patients/{_digits(rng, 7)}", f"https://www.instagram.com/{ln}_{f}",
        f"https://photos.app.goo.gl/{_letters(rng, 16, an)}", f"https://{ln}family.blogspot.com",
        f"https://fhir.gulfsouth-health.example/r4/Patient/{_digits(rng, 8)}", f"https://cash.app/${f}{ln}",
        f"https://portal.deltarural.example/visit/{_digits(rng, 9)}", f"https://www.youtube.com/@{f}{ln}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.3:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2600:1702:{g[2]}:{g[3]}::{g[7]}", f"fe80::{g[5]}:{g[6]}:{g[7]}"]
        )
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 667 if area == 666 else area
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}"], [7, 3, 2])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"{_letters(rng, 2)}{_digits(rng, 6)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"00{_digits(rng, 6)}", f"CUMC{_digits(rng, 6)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 13),
            f"{_digits(rng, 9)}{_letters(rng, 1)}",
            f"{_letters(rng, 2)}{_digits(rng, 8)}",
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"XJE{_digits(rng, 9)}", f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}{_letters(rng, 1)}",
        f"{_letters(rng, 2)}{_digits(rng, 7)}", f"H{_digits(rng, 10)}", mbi(rng), medicaid_id(rng),
        f"{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 5)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"GS{_digits(rng, 8)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}",
    ])  # fmt: skip


def _luhn_check(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_check("80840" + base)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 1)}{_digits(rng, 7)}", _digits(rng, 8), _digits(rng, 9), npi(rng), dea(rng),
        f"RN{_digits(rng, 6)}", f"LA-{_digits(rng, 6)}", f"ME.{_digits(rng, 6)}",
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 3)}{_letters(rng, 3)}",
                       f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 3)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    base = "35" + _digits(rng, 12)
    return base + _luhn_check(base)


def mac_address(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN{_digits(rng, 9)}", f"{_letters(rng, 3)}-{_digits(rng, 5)}-{rng.choice('ABX')}",
        imei(rng), mac_address(rng), f"NXS{_digits(rng, 6)}", f"{_hex(rng, 12).upper()}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"ENC-{_digits(rng, 8)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 8)}",
        f"SHL-{_digits(rng, 5)}", f"EVAC-{_letters(rng, 2)}{_digits(rng, 4)}", f"CASE-{_letters(rng, 5, an)}",
        f"FEMA{_digits(rng, 9)}", f"{rng.randint(20, 26)}-{_digits(rng, 6)}", f"PA-{_digits(rng, 7)}",
        f"ICN{_digits(rng, 11)}", f"DX{_digits(rng, 6)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler, so that log lines vary ----------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), patient_uuid(rng), f"req-{_hex(rng, 12)}"])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(41, 400), rng.randint(401, 9000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(7, 65000))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404", "409",
                       "422", "500", "502", "503"])  # fmt: skip


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 250000))


def queue(rng: random.Random) -> str:
    return rng.choice(["billing-q", "ivr-main", "rx-refill", "dialysis-sched", "evac-intake",
                       "hl7-adt-in", "fax-out", "portal-msgs", "hh-visits", "claims-837"])  # fmt: skip


def host(rng: random.Random) -> str:
    return rng.choice(["ehr-app03", "portal-web2", "ivr-gw1", "mirth-01", "fax-srv", "rx-mail-02",
                       "dial-edge-7", "shelter-kiosk4", "sso-idp1", "claims-etl"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here: label, then maker. A
# label of None marks filler that is not PHI (request ids, latencies, clock times, queues, hosts).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),  # HL7, X12 and FHIR components, each its own span
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "MIDDLE": ("NAME", middle),
    "FNLOW": ("NAME", first_lower),  # query strings, file names, host names
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "GIVEN": ("NAME", given_name),
    "WFIRST": ("NAME", word_first),  # given names that are words
    "WLAST": ("NAME", word_last),  # family names that are words
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),  # initials standing for a person
    "CLIN": ("NAME", clinician),  # before a credential: "{CLIN}, RN"
    "FAMFIRST": ("NAME", family_first),
    # Places
    "STREETLINE": ("ADDRESS", street_line),
    "STREETNAME": ("ADDRESS", street_name),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "TRLOT": ("ADDRESS", trailer_lot),
    "STREETUP": ("ADDRESS", street_upper),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),  # a whole HL7 timestamp
    "DMON": ("DATE", dmon_date),
    "LONGDATE": ("DATE", long_date),
    "MD": ("DATE", month_day),
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),
    "FDATE": ("DATE", foreign_date),  # le 14 mars, 14 de marzo, ngày 14 tháng 3
    "TS": ("DATE", timestamp),  # a whole ISO or log timestamp
    "PYTS": ("DATE", py_ts),
    "CLFDATE": ("DATE", clf_date),
    "SYSDATE": ("DATE", syslog_date),
    # Ages and numbers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "INTLPHONE": ("PHONE", intl_phone),
    "EMAILENC": ("EMAIL", email_encoded),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "PTUUID": ("OTHER_ID", patient_uuid),
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "STATUS": (None, status),
    "BYTES": (None, size),
    "CLOCK": (None, clock),
    "QUEUE": (None, queue),
    "HOST": (None, host),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format, and a slot
# never stands directly before a doubled closing brace. generate.fill() lowercases, misspells and
# strips punctuation from chat on top of what is written here.

CHAT = [
    # Relatives writing for someone, names in passing.
    "hey its {GIVEN}, maw maw {FIRST} fell again last night 😢 can somebody call me at {PHONE}",
    "my nonc {NAME} need his sugar pills refilled, he out since {MD}",
    "tante {FIRST} say the nurse never came to the house on {STREETLINE} yesterday",
    "this is {NAME} writing for my mom, she dont do phones. dob {DATE}",
    "bonjou, mwen se {NAME}, manman m {FIRST} malad depi {FDATE}",
    "manman mwen gen {AGE} an, li rete {STREET} {CITY}, eske doktè ka vin wè l",
    "hola soy {NAME}, mi papá {FIRST} tiene cita el {FDATE} pero no tiene transporte",
    "mi abuela {NAME} tiene {AGE} años y se cayó, vive en {CITY}",
    "oi, aqui é {NAME}, minha mãe {FIRST} precisa remarcar a diálise de {FDATE}",
    "chào, con là {FIRST}, bà nội {FAMFIRST} cần thuốc huyết áp, gọi {PHONE} nha",
    "ba tôi {FAMFIRST} đi khám ngày {FDATE} mà chưa có kết quả",
    "lola {FIRST} is {AGE} na po and she cant walk to the clinic anymore",
    "hi po this is {NAME}, pamangkin ni tita {FIRST}, pls call {PHONE} salamat po",
    "my ba is {FAMFIRST}, he only speak hmong, can u get interpreter for {MD}",
    "nyob zoo, this is {GIVEN} for my niam, her mrn {MRN}",
    "grandpa {NAME} says he wont go to the shelter unless {GIVEN} goes with him",
    "tell dr {SURNAME} my husband {GIVEN} is still coughing up green stuff 🤢",
    "{GIVEN} here, {FIRST}'s daughter. she cant hear on the phone so text me",
    "my cousin {NAME} from {CITY} gave me yall number, is this the dialysis place",
    "maw maw and paw paw both need flu shots, her name {NAME} his {NAME}",
    "its {NICK}, u know me, {GIVEN}'s boy. need my shot record for the boat job",
    "parrain {NAME} was in the hospital in {CITY} from {MD} to {MD}, can yall get those papers",
    "yaya {FIRST} wants the greek speaking nurse again, the one from {MD}",
    "my son {GIVEN} turned {AGE} ... just kidding he's my grandpa lol, {NAME}",
    "hi im {NAME} and my mama is {AGE} years old, she want to know can she still take the goody powder",
    # Addresses, loosely.
    "we on {STREETNAME} past the church, the blue trailer, {CITY}",
    "im at {TRLOT} in {CITY}, the van cant find it 🙄",
    "new address {STREET}, {CITY} {STATE} {ZIP} since the storm took the old house",
    "mail it to {POBOX} {CITY} we dont get mail at the camp",
    "we staying with my sister at {STREETLINE} {UNIT} till the power come back",
    "the house on {STREETLINE} flooded, send everything to {POBOX}, {CITY}, {STATE} {ZIP}",
    "it's the 3rd trailer on {RURAL}, {CITY}, big dog but he dont bite",
    "evacuated to {CITY}, address here is {STREET}, pls send her meds there",
    "ok so my address is {STREETLINE} but use the back door",
    "{STREETLINE} {CITY} {ZIP}, thats where the nurse should come for {GIVEN}",
    "we moved from {CITY} to {CITY} after the hurricane, need a new dialysis chair",
    "pharmacy keep sending to my old place on {STREETNAME}, new one is {STREET}",
    "can the home health lady come to {TRLOT} on {MD}",
    "zip is {ZIP}, city {CITY}, the form keep saying invalid",
    "send the van to {STREET} in {CITY}, she be ready by 6",
    # Appointments and dates.
    "can i move {GIVEN}'s appt from {MD} to the {DAYTH}? she got the boat that week",
    "i was seen on {DATE} and they said call back in 2 weeks so here i am lol",
    "thurs {MD} works, not friday tho",
    "born {DATE}, name {NAME}, need my a1c results",
    "my dob is {USDATE} not {USDATE}, yall got it wrong on the paper",
    "appointment letter says {LONGDATE} but the text said {MD} 🤷🏽‍♀️",
    "dialysis moved to {MD} because of the storm? nobody told me",
    "last time i had blood work was {MONYEAR} i think",
    "she was discharged {DATE} and nobody called about the wound nurse",
    "the {DAYTH} is my birthday, can we do it the day after",
    "is the clinic open on {MD}? i know its a holiday week",
    "we going back home {MD} if the road is open",
    "{NAME} dob {DATE} mrn {MRN} pls send records to the va",
    "i got a letter dated {LONGDATE} saying i owe money, i never been there",
    # Numbers and identifiers.
    "my medicaid # is {MEDICAID} and the card say {NAME}",
    "medicare number {MBI}, is the shot covered",
    "member id {PLAN} group 4471, do yall take it",
    "acct {ACCOUNT} bill came to my mama's name {NAME} but she passed {DATE}",
    "ssn {SSN} for the form, dont share it pls",
    "the rx number is {OTHER}, they said its on hold",
    "call me at {PHONE} or my daughter {GIVEN} {PHONE}",
    "text {E164} not the house phone, it got water in it",
    "my brother in haiti number is {INTLPHONE}, he is emergency contact now",
    "my son is on the boat, you can reach him {INTLPHONE} maybe",
    "email {EMAIL} for the papers, i dont have a printer",
    "username {USER} password not working since {MD}",
    "i logged in from {IP} at the library, is that ok",
    "the shelter id they gave me is {OTHER}",
    "my oxygen machine serial {DEVICE} is beeping and the light is red",
    "phone imei {IMEI} if the app people need it",
    "car vin {VIN} for the parking tag, i do dialysis 3x a week",
    "plate {PLATE}, i parked in the handicap spot, pls dont tow me 🙏",
    "drivers license {LICENSE} for the id check",
    "my sister made {URL} for the hospital bills, can we put it on the flyer",
    "fema number {OTHER}, they want a letter from the doctor",
    "my mrn is {MRN} and {GIVEN}'s is {MRN}",
    "claim {OTHER} denied again, {NAME} on the card",
    # Chat with signatures and sign-offs.
    "thank yall so much for taking care of my daddy. - {NAME}",
    "ok merci, {GIVEN}",
    "thx!! {NICK}",
    "gracias por todo, {NAME}",
    "obrigada, {FIRST}",
    "love yall, {FIRST} & {FIRST}",
    "ok bye - {INITS}",
    "sent from {GIVEN}'s phone",
    "{NAME}\n{PHONE}\nsent from my iphone",
    "mèsi anpil, {NAME}",
    "cảm ơn, {FAMFIRST}",
    "ua tsaug, {GIVEN}",
    "kommol tata, {NAME}",
    "god bless, {WNAME}",
    # Word names and nicknames in ordinary chat.
    "my neighbor {WNAME} brought me, can she stay in the room",
    "its {WFIRST} again, the sore on my foot is worse",
    "tell {WLAST} at the front desk i'll be late",
    "{NICK} said to ask for dr {SURNAME} on {MD}",
    "mr {WLAST} from church drove me, he waiting in the truck",
    "my grandson {NICK} is translating for me today",
    "hi its {WFIRST} {WLAST}, can i get the covid test at the shelter",
    # Shelters, evacuation, storms.
    "we at the shelter in {CITY}, my mama {NAME} need her oxygen",
    "the red cross lady said to text this number, im {NAME} bed 14",
    "we evacuated on {MD}, left all the pills on the counter at {STREETLINE}",
    "can dialysis take us in {CITY} till we can go home? its me and {GIVEN}",
    "power still out on {STREETNAME}, insulin in the ice chest, is that ok",
    "im {NAME} from {CITY}, lost my meds in the flood, rx {OTHER}",
    "my uncle {NAME} is {AGE} and wont leave the camp, can someone check on him",
    "shelter wristband says {LASTFIRST} but thats my sister",
    "we went to {CITY} for the storm and the hotel is {STREET}",
    "fema trailer is {TRLOT}, {CITY} {ZIP}",
    # Fishing families, boats, work.
    "my husband {GIVEN} on the shrimp boat till {MD}, can i pick up his meds",
    "he cut his hand on the crab trap, name {NAME}, dob {DATE}",
    "we dock at {CITY} friday, can he come straight from the boat",
    "the boat captain {NAME} needs a physical form for the coast guard",
    "my dad {FAMFIRST} works on the trawler, no phone signal, call me {PHONE}",
    "oyster cut got infected, this is {NAME} {PHONE}",
    # Pharmacy and mail order.
    "mail order never came to {STREETLINE}, rx {OTHER}",
    "the pharmacy says the insurance under {NAME} not me",
    "can you mail the insulin to {POBOX}, {CITY}, {STATE} {ZIP}",
    "my prescriber is {CLIN}, fax {FAX}",
    "its {NAME}, the pills look different this month, is that ok",
    "refill for {GIVEN}, dob {USDATE}, the blood thinner",
    "package got left at the wrong house, {STREETLINE}, can yall resend",
    # Dialysis and home health.
    "im {NAME}, chair 9 at dialysis, i cant come {MD} my ride fell through",
    "my fistula arm is swollen, {NAME}, {PHONE}",
    "the home health nurse {CLIN} didnt come today",
    "can {GIVEN} from home health come tues instead, we have the funeral",
    "my mom's dialysis chair is at the {CITY} unit, can she switch to {CITY}",
    "the machine at home {DEVICE} keep alarming low pressure",
    # Portal and billing.
    "portal says no account for {EMAIL}",
    "i reset my password from {IP} and now locked out, user {USER}",
    "why do i have a bill for {MD} i wasnt even in town",
    "statement went to {STREET} but we moved to {STREETLINE} {UNIT}",
    "payment plan for acct {ACCOUNT}, can do 25 a month",
    "i got charged twice on {DATE}, last 4 of card 1182",
    "guarantor should be {NAME} not me",
    "the bill says {NAMEUP} but i spell it different",
    # Misc, with typos and emoji.
    "wat time the clinic open tmrw? its {GIVEN}",
    "can i bring my grand baby {GIVEN} to the appt",
    "pls tell nurse {GIVEN} thank u 🥰",
    "dr said come back {MD} but i work offshore",
    "who is {NAME}? someone call my phone from yall",
    "my ex {NAME} is not allowed to get info about me pls",
    "i am {NAME}, i need a note for work for {MD} and {MD}",
    "hello my name {NAME}, i new patient, i from venezuela, i no have insurance",
    "jambo, me ni {GIVEN}, mama {FIRST} needs help with the forms",
    "namaste, my father {NAME} needs nepali interpreter on {MD}",
    "i'm calling for {FIRST} {SURNAME}, she's {AGE}, lives alone on {STREETNAME}",
    "{NAME} {PHONE} call back pls",
    "my name is {NAME} and i was born in {CITY}",
    "she was born {FDATE} in haiti, name {NAME}",
    "ông {FAMFIRST} năm nay {AGE} tuổi, ở {CITY}",
    "dad {NAME} turns {AGE} on {MD}!! 🎉 can he still get the shingles shot",
    "im {AGE} and still fishing, just need my pressure pills",
    "our pastor {NAME} will bring her, his number {PHONE}",
    "my chuukese is better than english, this is {NAME}, my son {GIVEN} help",
    "can i speak to the marshallese worker? im {NAME}, {PHONE}",
    "kids dob {USDATE} and {USDATE}, last name {SURNAME}",
    "{SURNAME} family, 5 of us, all need tb test for the church",
    "this {NAME}, i sent the pic of my card from {EMAIL}",
    "my case worker {NAME} said to message here",
    "why the letter got my name wrong, its {NAME} not {NAME}",
    "hi dr {SURNAME}!! it's {GIVEN} from {CITY}, remember me",
    "dr {SURNAME}'s nurse told me to text, im {NAME}",
    "does dr {SURNAME} still go to the {CITY} clinic on {MD}",
    "{LASTFIRST} - dob {USDATE} - need lab order",
    "i need a interpreter for kreyòl, my name {NAME}",
    "ok {GIVEN} will drive, we live {STREET}, {CITY}",
    "can you fax it to {FAX}, its my lawyer {NAME}",
    "mama {FIRST} is {AGE}, dont let them send her home alone",
    "i think i gave the wrong phone, its {PHONE} not {PHONE}",
    "my kid {GIVEN} was born {DATE} at yall hospital, need birth record",
    "ya estoy en {CITY}, la dirección es {STREET}",
    "minha filha {FIRST} nasceu em {FDATE}",
    "hi, {NAME} here, i'm the one with the dog bite from {MD}",
    "she goes by {NICK} but legal name is {NAME}",
    "send to my work email {EMAIL}",
    "my grandma's house is {STREETLINE}, {CITY}, she dont have a phone",
    "what is dr {SURNAME} fax? my other doctor {CLIN} need it",
    "hey {GIVEN} said yall can help with a ride to dialysis from {CITY}",
    "mrn {MRN}, dob {DATE}, {GIVEN}",
    "me and {NAME} both got the bill for {MD}",
    "daddy {FIRST} {SURNAME} need a wheelchair at the door on {MD}",
    "its {NAME} from the {CITY} shelter, the insulin is hot",
    "my grandma name is {NAMEUP} on the card, born {DMON}",
    "i am the daughter of {NAME}, he is {AGE}, he says his chest hurt",
    "the man at the desk {GIVEN} told me text this",
    "{FIRST} and {FIRST} both need physicals for {CITY} school",
    "mwen rele {NAME}, nimewo m se {PHONE}",
    "lo que pasa es que {NAME} no habla inglés, soy su hija {FIRST}",
    "ok i'll be there {MD} at 2 - {NICK}",
    "pls dont call {PHONE} anymore that's my old number",
    "my fiance {NAME} can pick up the paperwork",
    "do yall do marshallese interpreter? me {NAME}, {CITY}",
    "its about my daddy {WNAME}, he fell off the porch",
    "tried to email {EMAIL} but it bounced",
    "im the caregiver for {NAME}, {AGE}, on {RURAL}",
    "send help to {TRLOT}, water up to the steps",
    "nobody answered at {PHONE}, is that still yall number",
    "this is {NAME}, {CITY} {STATE}, do yall take out of state medicaid",
    "kid sister {GIVEN} got the rash too now",
    "hi {GIVEN} 👋 its me again, any news on the biopsy",
    "bà ngoại {FAMFIRST} bị té, địa chỉ {STREET}, {CITY}",
    "si no contesto llame a mi hijo {GIVEN} al {PHONE}",
    "my mawmaw {NAME} got the sugar real bad, can the diabetes lady call",
    "we in {CITY} at my cousin {GIVEN} house, {STREETLINE}",
    "its {NAME} 😷 fever since {MD}, is the flu clinic open",
    "did {CLIN} send the referral yet? its been since {MD}",
    "i need the form for {GIVEN}'s school in {CITY}, dob {USDATE}",
    "taxi dropped me at the wrong building, im {NAME}, appt with {SURNAME} at 10",
    "nou nan abri a {CITY}, granmè {FIRST} bezwen dyaliz",
    "its for my tío {NAME}, he lives on {STREETNAME} by the levee",
    "update my phone pls {PHONE}, this {NAME}",
    "my wife {GIVEN} {SURNAME} had the baby {MD} 👶 need the birth papers",
]

LOGS = [
    # key=value application events
    'ts={TS} level=info svc=scheduling event=appt.booked patient="{NAME}" dob={ISODATE} clinic=acadiana-rural-3 slot={CLOCK}',
    "ts={TS} level=warn svc=sms event=delivery.failed to={E164} reason=carrier_blocked attempt=3 req={REQID}",
    'level=error svc=eligibility member_id={PLAN} subscriber="{LNUP}, {FNUP}" dob={HLDATE} result=inactive latency_ms={MS}',
    'event=address.changed mrn={MRN} old="{STREETLINE}" new="{STREET}" city="{CITY}" zip={ZIP} by={USER}',
    'event=evac.checkin shelter=SH-07 wristband={OTHER} name="{LASTFIRST}" dob={USDATE} needs=oxygen,dialysis',
    'event=evac.transfer from=SH-07 to=SH-12 pt="{NAME}" age={AGEN} companion="{NAME}" bus=4',
    'homehealth.visit.start clinician={USER} patient="{NAME}" addr="{STREET}, {CITY}" gps_ok=true at={TS}',
    'homehealth.visit.missed pt={MRN} addr="{TRLOT}" reason=road_flooded rescheduled={ISODATE}',
    'dialysis.tx.start chair=9 unit=delta-east pt="{LASTFIRST}" machine={DEVICE} at={TS}',
    "dialysis.tx.alarm machine={DEVICE} code=VP_HIGH pt={MRN} nurse={USER} at={TS}",
    'mailorder.ship rx={OTHER} to="{NAME}" addr1="{STREETLINE}" addr2="{UNIT}" city={CITY} zip={ZIP} carrier=UPS',
    'mailorder.return rx={OTHER} addr="{POBOX}, {CITY} {STATE} {ZIP}" reason=undeliverable',
    "ivr.call ani={PHONE} dnis=18005550142 menu=refill dob_entered={HLDATE} match={MRN} queue={QUEUE} dur={MS}",
    'ivr.callback.scheduled number={PHONE} name_said="{NAME}" lang=ht queue={QUEUE}',
    'ivr.transcript caller="{FIRST}" said="this is {NAME} calling for my mother dob {DATE}"',
    "portal.login.failed user={USER} ip={IP} count=5 locked=true at={TS}",
    "portal.signup email={EMAIL} first={FIRST} last={SURNAME} dob={ISODATE} ip={IP}",
    'portal.proxy.granted proxy="{NAME}" for="{NAME}" relationship=daughter by={USER}',
    'msg.routed from="{NAME}" to_pool=nurse-triage subject="fever since {MD}" queue={QUEUE}',
    'fax.in csid={FAX} pages=4 ocr_name="{NAMEUP}" ocr_dob={USDATE} matched_mrn={MRN}',
    'fax.out to={FAX} attn="{CLIN}, MD" pages=7 status=busy retry=2',
    'rx.erx.received prescriber_npi={NPI} dea={DEA} patient="{LASTFIRST}" dob={ISODATE} drug=apixaban',
    'pdmp.query dea={DEA} patient="{NAME}" dob={USDATE} state={STATE} result=2_prescribers',
    'claims.denied icn={OTHER} member={MBI} dos={ISODATE} carc=CO-197 pt="{LNUP}, {FNUP}"',
    'claims.resubmit claim={OTHER} acct={ACCOUNT} guarantor="{NAME}" addr="{STREET}" city={CITY}',
    'rev.cycle.stmt acct={ACCOUNT} mailed_to="{STREETUP}" city={CITYUP} zip={ZIPNINE} bal=412.18',
    'rev.cycle.payment acct={ACCOUNT} payer="{NAME}" last4=8841 amt=25.00 at={TS}',
    'transport.trip vin={VIN} plate={PLATE} rider="{NAME}" pickup="{STREET}, {CITY}" time={CLOCK}',
    'mdm.enroll imei={IMEI} owner="{NAME}" email={EMAIL} model=moto-g-play',
    "ble.pair mac={MAC} device=bp-cuff serial={DEVICE} pt={MRN}",
    'rpm.reading device={DEVICE} pt="{NAME}" sbp=162 dbp=94 at={TS}',
    "rpm.gateway hub={MAC} ip={IP} patient={PTUUID} battery=22",
    'credential.verify npi={NPI} license={LICENSE} name="{CLIN}" state={STATE} status=active',
    'tele.session room={REQID} patient="{NAME}" joined_from={IP} at={TS} interpreter=mh',
    'referral.created to="{CLIN}, MD" pt="{NAME}" dob={USDATE} fax={FAX}',
    'nlp.age_extract text="{AGE} years old" bucket=90+ mrn={MRN}',
    "age.mask field=age value={AGEN} masked=true pt={MRN}",
    'ssn.verify ssn={SSN} name="{LNUP}" result=mismatch',
    "geo.lookup zip={ZIP} -> city={CITY} state={STATE}",
    'address.standardize in="{STREET}" out="{STREETUP}" zip4={ZIPNINE}',
    'cron.birthday_cards pt="{NAME}" turns={AGEN} on={MD} mail_to="{STREET}, {CITY} {ZIP}"',
    # JSON events
    '{{"ts": "{TS}", "event": "appt.cancelled", "patient": {{"given": "{FIRST}", "family": "{SURNAME}"}}, "reason": "evacuation"}}',
    '{{"level": "error", "msg": "dob mismatch", "entered": "{USDATE}", "on_file": "{USDATE}", "mrn": "{MRN}"}}',
    '{{"event": "shelter.intake", "name": "{NAME}", "age": {AGEN}, "home": "{STREET}", "city": "{CITY}", "needs": ["O2"]}}',
    '{{"event": "sms.inbound", "from": "{E164}", "body": "its {GIVEN} can u call me", "ts": "{TS}"}}',
    '{{"svc": "portal", "action": "email.change", "old": "{EMAIL}", "new": "{EMAIL}", "user": "{USER}"}}',
    '{{"guarantor": {{"name": "{NAME}", "phone": "{PHONE}", "addr1": "{STREETLINE}"}}, "acct": "{ACCOUNT}"}}',
    '{{"emergency_contact": {{"name": "{NAME}", "rel": "son", "phone": "{INTLPHONE}"}}, "lang": "mh"}}',
    '{{"homeHealth": {{"patient": "{LASTFIRST}", "visitDate": "{ISODATE}", "address": "{RURAL}", "city": "{CITY}"}}}}',
    '{{"rx": {{"id": "{OTHER}", "patient": "{NAME}", "shipTo": "{POBOX}", "zip": "{ZIP}"}}, "status": "held"}}',
    '{{"device": {{"serial": "{DEVICE}", "owner": "{NAME}", "pairedAt": "{TS}"}}, "type": "cgm"}}',
    '{{"user": "{USER}", "ip": "{IP}", "ua": "Mozilla/5.0", "ts": "{TS}", "outcome": "denied"}}',
    '{{"dialysisChair": 4, "patient": "{LASTFIRST}", "dob": "{ISODATE}", "unit": "gulf-west", "ride": "{NAME}"}}',
    '{{"callerName": "{NAME}", "callerNumber": "{PHONE}", "queue": "{QUEUE}", "waitSec": {MS}, "abandoned": false}}',
    '{{"evac": {{"bus": 12, "rider": "{NAME}", "pickup": "{STREETLINE}", "parish_hub": "hub-3"}}, "age": {AGEN}, "ok": true}}',
    '{{"provider": "{CLIN}", "npi": "{NPI}", "patient": "{NAME}", "encounter": "{OTHER}"}}',
    '{{"event": "login", "username": "{USER}", "email": "{EMAIL}", "ip": "{IP}"}}',
    '{{"vehicle": {{"vin": "{VIN}", "plate": "{PLATE}", "owner": "{NAME}"}}, "lot": "garage-b"}}',
    '{{"member": "{PLAN}", "name": "{NAMEUP}", "dob": "{HLDATE}", "plan": "gulf-medicaid"}}',
    '{{"patient": "{FAMFIRST}", "interpreter": "vi", "appt": "{TS}", "phone": "{PHONE}"}}',
    '{{"to": "{EMAIL}", "template": "stmt_ready", "acct": "{ACCOUNT}", "sent": "{TS}"}}',
    # Query strings and access lines
    "GET /api/v2/patients?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "GET /portal/lookup?q={NAMEQ}&dob={ISODATE}&zip={ZIP} {STATUS}",
    "POST /ivr/hook?From={E164}&CallerName={NAMEQ} 200",
    "DELETE /api/v1/contacts?email={EMAILENC} 204 {MS}ms",
    "GET /maps/geocode?addr={STREETLINE}&city={CITY}&zip={ZIP} 200",
    "GET /docs/{MRN}/{LNLOW}_{FNLOW}_{HLDATE}.pdf 403 user={USER}",
    "PUT /api/v1/patients/{PTUUID}/address?line1={STREETLINE}&city={CITY} 200 {MS}ms",
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/messages?from={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Linux; Android 13)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0600] "GET /records/{LNLOW}-{FNLOW}.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "POST /shelter/intake?name={NAMEQ}&dob={ISODATE} HTTP/1.1" 201 {BYTES} "-" "okhttp/4.12.0"',
    '{IP} - - [{CLFDATE}:{CLOCK} +0000] "GET /fhir/Patient?name={LNLOW}&address-city={CITY} HTTP/1.1" {STATUS} {BYTES}',
    '[{CLFDATE}:{CLOCK} -0500] {IP} "GET /api/rx/{OTHER}?shipto={POBOX} HTTP/1.1" 404 0',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /reset?email={EMAILENC} HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone)"',
    "apache: [client {IP}] File does not exist: /var/www/uploads/{LNLOW}_{FNLOW}_insurance.jpg",
    # Python and Java traces, SQL errors
    "Traceback (most recent call last):\n  File \"/srv/ehr/intake/views.py\", line 118, in post\n    dob = parse(form[\"dob\"])\nValueError: time data '{DATE}' does not match format '%m/%d/%Y' (patient={NAME})",
    "KeyError: 'zip'\n  locals: {{'addr': '{STREETLINE}', 'city': '{CITY}', 'pt': '{LASTFIRST}'}}",
    "smtplib.SMTPRecipientsRefused: {{'{EMAIL}': (550, b'5.1.1 user unknown')}}",
    "requests.exceptions.HTTPError: 404 Client Error for url: https://fhir.example.org/Patient?family={LNLOW}&birthdate={ISODATE}",
    "java.lang.IllegalStateException: duplicate MRN {MRN} for {LNUP},{FNUP}\n\tat org.gsh.empi.Merge.run(Merge.java:212)",
    "com.gsh.ivr.NoMatchException: caller {PHONE} said dob {DATE}, no patient\n\tat com.gsh.ivr.Flow.match(Flow.java:88)",
    'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patient_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    'ERROR:  duplicate key value violates unique constraint "member_uniq"\nDETAIL:  Key (member_id)=({PLAN}) already exists.',
    'ERROR:  insert or update on table "visit" violates foreign key constraint\nDETAIL:  Key (mrn)=({MRN}) is not present in table "patient".',
    "LOG:  statement: SELECT * FROM patient WHERE last_name = '{SURNAME}' AND dob = '{ISODATE}'",
    "LOG:  execute <unnamed>: UPDATE guarantor SET addr1 = $1, city = $2 WHERE acct = $3\nDETAIL:  parameters: $1 = '{STREETLINE}', $2 = '{CITY}', $3 = '{ACCOUNT}'",
    "STATEMENT:  INSERT INTO contact (name, phone, email) VALUES ('{NAME}', '{PHONE}', '{EMAIL}')",
    'ERROR:  invalid input syntax for type date: "{DATE}"',
    "ORA-00001: unique constraint (EHR.PT_SSN_UK) violated -- ssn={SSN} name={NAMEUP}",
    "sqlite3.IntegrityError: NOT NULL constraint failed: address.zip (street='{STREETLINE}', city='{CITY}')",
    "{PYTS} ERROR [billing.statements] render failed for acct {ACCOUNT} guarantor {NAME}: missing zip",
    "{PYTS} WARNING [shelter.sync] duplicate intake {OTHER} for {LASTFIRST} dob {USDATE}",
    "{PYTS} INFO [hh.route] {USER} route: {STREET}, {CITY} -> {RURAL}, {CITY}",
    "{PYTS} DEBUG [ivr] caller {PHONE} spelled last name {LNUP}",
    # HL7 v2
    "MSH|^~\\&|EPIC|CUMC|LAB|DELTA|{HLTS}||ADT^A04|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^CUMC^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^GSH^MR~{MEDICAID}^^^LAMCD^MA||{LNUP}^{FNUP}||{HLDATE}|M|||{POBOX}^^{CITYUP}^{STATE}^{ZIPNINE}",
    "PID|1||{MRN}||{SURNAME}^{FIRST}^{MIDDLE}||{HLDATE}|F|||{RURAL}^^{CITY}^{STATE}^{ZIP}||{PHONE}^PRN^CP",
    "NK1|1|{LNUP}^{FNUP}|DAU^Daughter|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^{MIDDLE}|SON^Son|||{INTLPHONE}",
    "PV1|1|O|DIAL^CH09^01^DELTA||||{NPI}^{LNUP}^{FNUP}^^^^MD|||NEP||||1|||{NPI}^{LNUP}^{FNUP}|OP||MCD|||||||||||||||||||||||||{HLTS}",
    "IN1|1|LAMCD|77027|LOUISIANA MEDICAID||||||||||||{LNUP}^{FNUP}|01^Self|{HLDATE}|||||||||||||||||||{MEDICAID}",
    "IN1|2|MCR|CMS|MEDICARE||||||||||||{LNUP}^{FNUP}^{MIDUP}|01^Self|{HLDATE}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|M||SEL|{SSN}",
    "OBX|3|TX|NOTE^HH visit||Pt seen at home with son {FIRST}, next visit {USDATE}||||||F|||{HLTS}",
    "EVN|A08|{HLTS}|||{USER}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^CUMC^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "ORC|NW|{OTHER}|||||||{HLTS}|||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD",
    "PD1|||DELTA RURAL CLINIC^^{OTHER}|{NPI}^{LNUP}^{FNUP}",
    "hl7.listener ACK AE {OTHER}: PID-7 {HLDATE} after admit {HLTS} for {LNUP}^{FNUP}",
    # FHIR fragments
    '{{"resourceType": "Patient", "id": "{PTUUID}", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}", "{MIDDLE}"]}}], "birthDate": "{ISODATE}"}}',
    '{{"resourceType": "Patient", "address": [{{"line": ["{STREETLINE}", "{UNIT}"], "city": "{CITY}", "state": "{STATE}", "postalCode": "{ZIP}"}}]}}',
    '{{"resourceType": "Patient", "telecom": [{{"system": "phone", "value": "{PHONE}"}}, {{"system": "email", "value": "{EMAIL}"}}], "active": true}}',
    '{{"resourceType": "RelatedPerson", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"]}}], "telecom": [{{"value": "{INTLPHONE}"}}], "relationship": "NIECE"}}',
    '{{"resourceType": "Coverage", "subscriberId": "{PLAN}", "subscriber": {{"display": "{LASTFIRST}"}}, "period": {{"start": "{ISODATE}"}}}}',
    '{{"resourceType": "Encounter", "period": {{"start": "{TS}", "end": "{TS}"}}, "subject": {{"display": "{NAME}"}}, "class": "HH"}}',
    '{{"resourceType": "Practitioner", "identifier": [{{"value": "{NPI}"}}], "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"], "suffix": ["NP"]}}]}}',
    '{{"resourceType": "Device", "serialNumber": "{DEVICE}", "patient": {{"reference": "Patient/{PTUUID}"}}, "type": "home-hemo"}}',
    '{{"resourceType": "Patient", "identifier": [{{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{SSN}"}}, {{"type": "MR", "value": "{MRN}"}}]}}',
    'fhir.validate: Patient.birthDate "{DATE}" invalid (Patient/{PTUUID})',
    # CSV rows
    'mrn,last,first,dob,addr,city,state,zip\n{MRN},{SURNAME},{FIRST},{USDATE},"{STREETLINE}",{CITY},{STATE},{ZIP}',
    'shelter,cot,name,age,home_city,needs\nSH-04,22,"{LASTFIRST}",{AGEN},{CITY},dialysis',
    "acct|guarantor|addr|city|zip|bal\n{ACCOUNT}|{NAMEUP}|{STREETUP}|{CITYUP}|{ZIPNINE}|88.10",
    '"route","stop","patient","address","phone"\n"HH-2","5","{NAME}","{RURAL}","{PHONE}"',
    "member_id\tname\tdob\tgroup\n{PLAN}\t{NAMEUP}\t{USDATE}\tGRP-9921",
    "row 77 rejected: {MRN};{LNUP};{FNUP};{DMON};{CITY};{ZIP}",
    "chair,pt,dob,ride_contact\n7,{LASTFIRST},{ISODATE},{PHONE}",
    # X12
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{POBOX}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*M~",
    "CLM*{ACCOUNT}*1840***72:A:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*EA*{MRN}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207RN0300X~",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~DTP*307*RD8*{HLDATE}-{HLDATE}~",
    "EB*1*IND*30**MEDICAID~MSG*MEMBER {LNUP} {FNUP} ACTIVE~",
    "NM1*PR*2*GULF MEDICAID PLAN*****PI*77027~NM1*IL*1*{LNUP}*{FNUP}****MI*{MBI}~",
    "CAS*CO*45*112.00~NM1*QC*1*{LNUP}*{FNUP}~REF*1K*{OTHER}~",
    # nginx/apache/syslog, SSO and LDAP
    "{SYSDATE} {CLOCK} {HOST} sshd[{PIDN}]: Failed password for {USER} from {IP} port 51422 ssh2",
    "{SYSDATE} {CLOCK} {HOST} sudo: {USER} : TTY=pts/0 ; PWD=/home/{FNLOW} ; COMMAND=/bin/systemctl restart mirth",
    "{SYSDATE} {CLOCK} {HOST} dhcpd: DHCPACK on {IP} to {MAC} ({FNLOW}-iphone) via eth0",
    "{SYSDATE} {CLOCK} {HOST} postfix/smtp[{PIDN}]: to=<{EMAIL}>, relay=mx.example.net[{IP}]:25, status=bounced",
    'sso.saml.assertion NameID={EMAIL} displayName="{NAME}" ip={IP} at={TS}',
    "sso.mfa.failed user={USER} phone={PHONE} method=sms at={TS}",
    'ldap.bind dn="uid={USER},ou=staff,dc=gsh,dc=org" cn="{NAME}" mail={EMAIL} result=49',
    'ldap.modify dn="cn={NAME},ou=nursing" telephoneNumber={PHONE} by={USER}',
    'ad.account.disabled sAMAccountName={USER} displayName="{LASTFIRST}" reason=terminated at={TS}',
    "oauth.token.issued sub={USER} email={EMAIL} ip={IP} iat={TS}",
    "vpn.session user={USER} assigned={IP} public={IP} start={TS}",
    "firewall DENY src={IP} dst=10.8.0.4:443 user={USER}",
    # Fax and IVR lines
    'faxd[{PIDN}]: SEND job {OTHER} to {FAX} pages=3 result=OK cover="Attn: {NAME}"',
    'faxd[{PIDN}]: RECV from "{FAX}" pages=5 saved=/var/spool/fax/in/{HLTS}.tif',
    'efax.inbound ani={FAX} ocr_patient="{NAMEUP}" ocr_dob="{USDATE}" route=records',
    "hylafax: JOB {PIDN} failed: NO CARRIER dialing {FAX} (to: {CLIN}, MD)",
    "ivr[{PIDN}]: ANI {PHONE} DOB {HLDATE} MRN {MRN} -> queue {QUEUE}",
    'ivr[{PIDN}]: speech name="{NAME}" confidence=0.71 lang=es-US',
    'ivr.voicemail from={PHONE} transcript="hi its {NAME} about my refill" at={TS}',
    # Pharmacy and claims
    'rx.fill rx={OTHER} pt="{NAMEUP}" dob={USDATE} ndc=00003-0894-21 qty=60 prescriber={NPI}',
    'rx.label.print rx={OTHER} pt="{NAME}" addr="{STREETUP}" city={CITYUP} prescriber="{CLIN}"',
    'rx.refill.request pt="{LASTFIRST}" phone={PHONE} via=ivr rx={OTHER}',
    'ncpdp.b1 bin=610014 pcn=MEDDPRIME cardholder={PLAN} pt="{FNUP} {LNUP}" dob={HLDATE} rsp=A',
    'claim.837 icn={OTHER} pt="{LNUP}, {FNUP}" dob={HLDATE} npi={NPI} dos={HLDATE} amt=240.00',
    "era.835 payer=77027 claim={OTHER} member={MEDICAID} paid=0.00 carc=CO-16",
    'priorauth.request pa={OTHER} pt="{NAME}" member={PLAN} drug=semaglutide status=pended',
    # Device telemetry
    "cgm.upload serial={DEVICE} pt={PTUUID} readings=288 last={TS}",
    'o2.concentrator serial={DEVICE} hours=18422 owner="{NAME}" addr="{STREETLINE}"',
    'pump.alarm serial={DEVICE} code=OCCL pt="{LASTFIRST}" at={TS}',
    "scale.weight device={MAC} kg=88.2 pt={MRN} at={TS}",
    'tablet.checkin imei={IMEI} patient="{NAME}" wifi=shelter-guest ip={IP}',
    # Audit trails
    'AUDIT {TS} user={USER} action=VIEW pt="{NAME}" mrn={MRN} ws=CUMC-4W-12 reason=treatment',
    'AUDIT {TS} user={USER} action=PRINT doc="Discharge - {LASTFIRST}" printer=DIAL-HP2',
    'AUDIT {TS} user={USER} action=BREAK_GLASS pt="{NAME}" dob={USDATE} ip={IP}',
    "{TS} | {USER} | chart_open | {LASTFIRST} | {MRN} | HH-tablet-7",
    'audit.change id={OTHER} who="{NAME}" field=dob from={USDATE} to={USDATE} at={TS}',
    "audit.export user={USER} rows=220 dest={EMAIL} at={TS}",
    'audit.proxy.view proxy="{NAME}" patient="{NAME}" at={TS}',
    # Files, storage, queues
    "S3 PutObject s3://intake-scans/{HLDATE}/{LNLOW}_{FNLOW}_medicaid_card.jpg by {USER}",
    "upload: /mnt/scans/shelter7/{LNLOW}-{FNLOW}-{HLDATE}.pdf ({BYTES} bytes)",
    "rename /data/fax/in/{FAX}.tif -> /data/charts/{MRN}/{LNLOW}_{HLDATE}.tif",
    'kafka topic=adt key={MRN} value={{"event": "A03", "pt": "{LNUP}^{FNUP}", "ts": "{HLTS}"}}',
    'redis SET callback:{REQID} {{"number": "{PHONE}", "name": "{FIRST}", "ttl": 3600}}',
    'elasticsearch index=pts id={PTUUID} doc={{"name": "{NAME}", "city": "{CITY}", "zip": "{ZIP}"}}',
    "celery task hh.route_optimize[{REQID}] args=('{STREETLINE}', '{CITY}', '{ZIP}') succeeded in {MS}ms",
    "celery task reminders.send[{REQID}] to={E164} name={FIRST} appt={TS} retry=1",
    # E-mail headers
    'From: "{NAME}" <{EMAIL}>\nTo: billing@gsh.example\nSubject: acct {ACCOUNT}',
    "Return-Path: <{EMAIL}>\nReceived: from mail.example.net ([{IP}])\nSubject: RE: my mother {NAME}",
    'Subject: Records request - {LASTFIRST} DOB {USDATE}\nTo: "{CLIN}" <{EMAIL}>',
    # Misc integration
    "empi.merge survivor={MRN} ({LASTFIRST}, {USDATE}) victim={MRN} by={USER}",
    'hie.query no match name="{NAMEUP}" dob={HLDATE} zip={ZIP}',
    'mirth ch=ADT_IN error: PID-5 "{LNUP}^{FNUP}^{MIDUP}" XPN.1 too long',
    'interface.adt held msg={OTHER}: PID-11 "{STREET}" city "{CITY}" failed CASS',
    'idproof.scan dl={LICENSE} name="{NAMEUP}" dob={USDATE} addr="{STREETUP}, {CITYUP}"',
    "dicom (0010,0010)={LNUP}^{FNUP} (0010,0030)={HLDATE} (0010,1010)={AGEN}Y",
    "dicom (0008,0090) ReferringPhysicianName={LNUP}^{FNUP}^{MIDUP} (0010,0020)={MRN}",
    "webhook.deliver url={URL} owner={EMAIL} status=410",
    "link.click url={URL} user={USER} ip={IP}",
    "crm.note by {USER}: {NAME} says her fundraiser {URL} has the bills",
    'interp.request lang=marshallese pt="{NAME}" appt={TS} phone={PHONE}',
    'interp.request lang=hmong pt="{FAMFIRST}" appt={TS} ext=4410',
    'interp.request lang=jarai pt="{NAME}" appt={ISODATE} caseworker="{NAME}"',
    'evac.manifest bus=7 seat=12 name="{NAMEUP}" dob={USDATE} med_needs=insulin',
    'evac.reunify seeker="{NAME}" phone={PHONE} seeking="{NAME}" last_seen={CITY}',
    'fema.referral id={OTHER} name="{NAME}" damaged_addr="{STREET}" city={CITY} zip={ZIP}',
    'hh.eta clinician="{CLIN}" pt="{NAME}" addr="{TRLOT}" eta={CLOCK}',
    'cc.agent {USER} wrapped call from {PHONE} caller="{NAME}" dispo=refill queue={QUEUE}',
    'cc.wallboard queue={QUEUE} longest_wait={MS}s last_caller="{FIRST}"',
    'sms.optout number={PHONE} keyword=STOP pt="{LASTFIRST}"',
    'twilio.webhook From={E164} Body="{NAME} dob {DATE} need refill"',
    'reminder.queue pt="{FIRST} {SURNAME}" phone={PHONE} appt="{LONGDATE}" site=delta-clinic',
    'geo.fence.exit device={IMEI} pt={MRN} last_addr="{STREETLINE}, {CITY}"',
    'tele.dropped pt="{NAME}" ip={IP} at={TS} reason=bandwidth',
    'statement.returned acct={ACCOUNT} addr="{RURAL}" reason=no_such_number',
    'mailroom.scan envelope_to="{NAME}" addr="{STREET}, {CITY}, {STATE} {ZIP}"',
    'chart.merge.request a={MRN} b={MRN} name="{NAME}" dob={ISODATE} by={USER}',
    'pdf.render tmpl=letter_ht recipient="{NAME}" addr="{STREET}" city={CITY} ok',
    'esign.sent to={EMAIL} signer="{NAME}" doc="consent {LONGDATE}"',
    'kiosk.checkin name="{NAME}" dob_entered={USDATE} match=false kiosk=dial-lobby',
    "scheduler: {LASTFIRST} booked {LONGDATE} with {CLIN}, NP (phone {PHONE})",
    'warn: patient {MRN} address contains PO box "{POBOX}" for home health',
    'warn: dob in future "{DATE}" for {NAME}',
    'ERROR lab.orphan accession={OTHER} name="{LNUP},{FNUP}" dob={DMON}',
    "vital.stream pt={PTUUID} device={MAC} hr=88 spo2=93 at={TS}",
]

NOTES = [
    # HPI and A/P
    "HPI: {NAME} is a {AGE} y/o F with ESRD on HD MWF at the delta unit who presents after missing 2 sessions during the evacuation.",
    "HPI: Pt is a 58 yo M shrimper seen {DATE} for R hand cellulitis after a crab trap injury; wife {GIVEN} at bedside.",
    "HPI: {AGE} yo Haitian-Creole speaking woman brought by granddaughter {NAME}; interpreter used. Onset of dyspnea {MD}.",
    "Pt {FIRST} {SURNAME} reports chest tightness since {MD}, worse on exertion. Lives with son on {STREETNAME}.",
    "CC: foot ulcer. {NAME} states the wound opened around {MD} while staying at the shelter in {CITY}.",
    "A/P: 1. CHF exacerbation - diuresis. 2. Dispo: home with daughter {NAME} ({PHONE}) once O2 arranged.",
    "A/P: COPD, stable. RTC {MD} with Dr. {SURNAME}. Pt prefers calls to cell {PHONE}.",
    "Assessment: {AGEN} y/o M, frail, lives alone at {STREET}, {CITY}. Plan: HH referral, PT/OT, Meals on Wheels.",
    "Plan discussed with pt and niece {NAME}, who is HCPOA. Follow up {LONGDATE}.",
    "Mrs. {SURNAME} is a pleasant {AGE} year old seen today for BP check. Accompanied by husband {GIVEN}.",
    "Mr. {SURNAME} returns for DM f/u. A1c 9.2. Works on a trawler out of {CITY}, away 10 days at a time.",
    "Ms. {NAME} is a {AGE}-year-old Marshallese woman referred by {CLIN}, APRN, for new dialysis start.",
    "Pt is a 34 yo Jarai-speaking M; interpreter {NAME} (ID {OTHER}) via phone. Reports headache x 3 days.",
    "Seen with mother {FAMFIRST}; Hmong interpreter present. Child's DOB {DATE} confirmed.",
    "HPI obtained from daughter {NAME} as pt speaks Chuukese only. Fall at home on {MD}.",
    "71 yo Greek-speaking M from the sponge docks community; son {NAME} translated. Last seen here {MONYEAR}.",
    "Pt {NAME} (goes by {NICK}) presents for HTN follow-up. Missed {MD} visit due to flooding.",
    "Per wife {WNAME}, pt has been more confused since {MD}.",
    "Spoke with pt's neighbor {WLAST} who found him on the floor {MD} AM.",
    "Pt's grandson {GIVEN} ({PHONE}) is primary caregiver; lives at same address, {STREETLINE}.",
    # SBAR and handoffs
    "SBAR\nS: {NAME}, bed 12, SpO2 86% on 4L.\nB: {AGE} y/o with COPD, admitted {DATE}.\nA: worsening.\nR: RT eval, notify Dr. {SURNAME}.",
    "SBAR to Dr. {SURNAME}: pt {LASTFIRST} K 6.1 this AM, missed HD {MD}. Orders received. -{CLIN}, RN",
    "Handoff: Rm 4 {NAME}, NPO after MN, consent signed by son {NAME}. Family # {PHONE}.",
    "I-PASS: {LASTFIRST} ({AGE} yo) - watcher. Daughter {GIVEN} staying overnight.",
    "Shift report: {FIRST} in chair 7 c/o cramping; husband {GIVEN} waiting in lobby.",
    "Handoff to night RN {CLIN}: pt {NAME}, fall risk, sitter ordered.",
    # Sign-offs, initials, credentials, cc lines
    "Electronically signed by {CLIN}, MD on {TS}",
    "Signed: {CLIN}, RN  {USDATE} {CLOCK}",
    "-- {INITS}, LPN",
    "Dictated by {CLIN}, MD. Transcribed by {INITS} on {USDATE}.",
    "cc: {CLIN}, MD; {CLIN}, NP; pt's PCP {NAME}, MD (fax {FAX})",
    "Cosigned: {CLIN}, DO {TS}",
    "Note reviewed and agreed. {INITS}/{INITS}",
    "Attestation: I saw and examined pt with resident {CLIN}, MD. - {CLIN}, MD",
    "Entered by {USER} on behalf of {CLIN}, PharmD",
    "{CLIN}, LCSW\nSocial Work\nPhone {PHONE}",
    "Verbal order read back to {CLIN}, MD by {INITS}, RN.",
    "Chart reviewed by {CLIN}, RN, CDE on {DATE}.",
    # Shelter and evacuation notes
    "SHELTER MEDICAL NOTE - cot 31\nName: {NAME}  DOB: {USDATE}\nHome: {STREET}, {CITY}\nNeeds: insulin refrigeration, walker.",
    "Evac intake: {LASTFIRST}, {AGEN} y/o, arrived by bus from {CITY} with wife {GIVEN}. Meds left at home.",
    "Shelter triage: pt {NAME} reports running out of dialysis since {MD}; arranged transport to the {CITY} unit.",
    "Special needs shelter: {NAME} on home O2 (concentrator SN {DEVICE}), generator power OK.",
    "Reunification: pt's son {NAME} located via Red Cross, phone {PHONE}; pt to be discharged to son at {STREETLINE}.",
    "Evacuation wristband {OTHER} for {NAME}; emergency contact {NAME} {INTLPHONE}.",
    "Pt states home at {TRLOT} is destroyed; temporary address {STREET}, {CITY} {ZIP}.",
    "FEMA letter completed for {NAME}, registration {OTHER}, damaged dwelling {STREET}, {CITY}.",
    "Post-storm welfare check: {AGE} yo pt at {RURAL} found with no power, insulin warm. Replaced supply.",
    "Shelter RN note: {FIRST} {SURNAME} c/o dizziness; BP 88/50. EMS called {CLOCK}.",
    "Returned home {MD}. Address unchanged: {STREETLINE}, {CITY}.",
    "Pt evacuated to relatives in {CITY}, {STATE}; dialysis arranged there through {MD}.",
    # Home health visits
    "HH SN VISIT {USDATE}: {NAME} seen at home, {STREET}, {CITY}. Wound healing, drsg changed. Caregiver {GIVEN} instructed.",
    "HH PT: pt ambulated 40 ft w/ RW. Daughter-in-law {NAME} present. Next visit {MD}.",
    "HH OASIS SOC {USDATE}. Pt {LASTFIRST}, {AGE} y/o, lives in trailer ({TRLOT}), steps x3 no rail.",
    "HH visit missed: road to {RURAL} flooded. Called pt {PHONE}; rescheduled {MD}.",
    "HH aide {CLIN} reports pt {FIRST} has not eaten since {MD}.",
    "HH SN: med rec done with pt and son {NAME}; pill box filled through {MD}.",
    "Home safety: dogs secured, park at {STREETNAME} entrance; pt's nephew {GIVEN} meets nurse.",
    "HH discharge summary: {NAME}, SOC {USDATE}, DC {USDATE}, goals met.",
    # Dialysis
    "HD TX NOTE chair 9: {NAME} pre wt 82.4, post 79.9. Access LUE AVF +thrill/bruit. {CLIN}, RN",
    "Dialysis transfer: pt {LASTFIRST} (DOB {USDATE}) transient from the {CITY} unit through {MD}.",
    "Pt {NAME} missed TX {MD}, no ride. Transport coordinator {NAME} notified; ride booked from {STREETLINE}.",
    "Home HD machine SN {DEVICE} replaced {DATE} for {NAME}.",
    "Dialysis social work: pt's sister {NAME} to bring Medicaid card ({MEDICAID}).",
    "Nephrology consult: {AGEN} y/o with CKD5, declines HD; daughter {NAME} agrees with hospice referral.",
    # Pharmacy and mail order
    "Pharmacy note: mail-order rx {OTHER} for {NAME} returned, address on file {STREETLINE}; updated to {POBOX}, {CITY} {ZIP}.",
    "Rx clarification called to {CLIN}, MD ({PHONE}); DEA {DEA} verified.",
    "MTM: reviewed 14 meds with pt {NAME} and daughter {GIVEN}. Pt takes Goody's powders daily; counseled.",
    "PA submitted for {NAME}, member {PLAN}, ref {OTHER}.",
    "Refill authorized x3 for {LASTFIRST}. Prescriber NPI {NPI}.",
    "Patient assistance application mailed to {STREET}, {CITY}, {STATE} {ZIP}.",
    "Counseled pt's husband {NAME} on insulin storage during power outage.",
    # Billing and revenue cycle
    "Billing note: acct {ACCOUNT} guarantor {NAME} ({PHONE}); payment plan 25/mo starting {MD}.",
    "Self-pay to Medicaid conversion: {NAME}, Medicaid {MEDICAID} effective {USDATE}.",
    "Statement returned undeliverable from {STREET}; new address {STREETLINE} {UNIT}, {CITY} {ZIP}.",
    "Denial CO-16 for claim {OTHER}: subscriber name mismatch ({NAMEUP} vs {NAME}).",
    "Charity care approved for {LASTFIRST}, acct {ACCOUNT}, tier 2.",
    "Called payer re: member {MBI}; spoke w/ rep {GIVEN}, ref {OTHER}.",
    "COB: primary Medicare {MBI}, secondary Medicaid {MEDICAID}. Guarantor {NAME}.",
    "Estate of {NAME} (DOD {DATE}); correspondence to executor {NAME}, {POBOX}, {CITY}.",
    # Portal admin and call centre
    "Portal admin: proxy access granted to {NAME} for minor {NAME} (DOB {USDATE}).",
    "Portal account for {EMAIL} unlocked; user {USER} last login {TS} from {IP}.",
    "Call centre: caller {NAME} ({PHONE}) requests records be sent to {EMAIL}.",
    "Call centre: {FIRST} called about appt {MD}, rescheduled to {MD}. Agent {INITS}.",
    "Interpreter line used, Kreyòl, interpreter #{OTHER}. Caller identified as {NAME}, DOB {DATE}.",
    "IVR callback to {PHONE} failed x2; left VM for {NAME}.",
    "Portal message from {NAME}: requests letter for school for {GIVEN}.",
    "Identity verified for {NAME}: DOB {DATE}, last 4 SSN 4417, address {STREET}.",
    # Interface fields pasted into notes
    "PID-5: {LNUP}^{FNUP}^{MIDUP}  PID-7: {HLDATE}  PID-11: {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    "Pasted from ADT: NK1|1|{LNUP}^{FNUP}|DAU|||{PHONE}",
    "Eligibility response: NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN} -- active.",
    "FHIR lookup returned Patient/{PTUUID} (name {NAME}, birthDate {ISODATE}).",
    'Intake JSON: {{"name": "{NAME}", "dob": "{ISODATE}", "city": "{CITY}"}}',
    "Kiosk data: name={NAME} dob={USDATE} phone={PHONE} (pt confirmed).",
    "Device: CGM serial {DEVICE}; phone IMEI {IMEI}.",
    "Transport: vehicle VIN {VIN}, plate {PLATE}, driver {NAME}.",
    # Forms and headers
    "Patient: {LASTFIRST}   DOB: {USDATE}   MRN: {MRN}   Acct: {ACCOUNT}",
    "Name: {NAME}\nAddress: {STREET}\nCity/State/Zip: {CITY}, {STATE} {ZIP}\nPhone: {PHONE}",
    "Emergency contact: {NAME} (brother) {PHONE}",
    "Guarantor: {NAME}, {POBOX}, {CITY}, {STATE} {ZIP}",
    "Member: {NAMEUP}  ID: {PLAN}  Group 55120  Eff {USDATE}",
    "MEDICARE: {NAMEUP}  MBI {MBI}  Part A {USDATE}",
    "Rx# {OTHER}  {NAMEUP}\n{STREETUP}\n{CITYUP} {STATE} {ZIP}\nMETFORMIN 500 MG #60",
    "FAX COVER  To: {CLIN}, MD  Fax: {FAX}\nFrom: Delta Rural Clinic  Re: {LASTFIRST} DOB {USDATE}",
    "Referral to nephrology for {NAME} (DOB {DATE}), Medicaid {MEDICAID}.",
    "Consent signed by pt's daughter {NAME} (HCPOA) on {DATE}.",
    "Advance directive on file; surrogate {NAME}, {PHONE}.",
    "Work note: {NAME} may return to work on the boat {MD}.",
    "School note: {GIVEN} {SURNAME} seen {DATE}; may return {MD}.",
    "Dear {NAME},\nYour results from {LONGDATE} are normal.\nSincerely, {CLIN}, NP",
    "{LONGDATE}\n\nRE: {NAME}  DOB {USDATE}\nTo whom it may concern: pt is on hemodialysis three times weekly.",
    "Letter for FEMA: {NAME} of {STREET}, {CITY} requires electricity for home oxygen.",
    # Social history with relatives and places
    "SH: lives with wife {GIVEN} in {CITY}; shrimper x 30 yrs; former smoker.",
    "SH: Widowed. Lives alone on {STREETNAME}. Daughter {NAME} lives in {CITY} and visits weekends.",
    "SH: Came from the Marshall Islands in {MONYEAR}; lives with 11 relatives at {STREETLINE}, {CITY}.",
    "SH: Bhutanese refugee, resettled {MONYEAR}; son {NAME} is the contact.",
    "SH: Karen, arrived via Thailand camp; daughter {GIVEN} speaks English.",
    "FH: mother {FIRST} died at {AGE} of stroke; brother {GIVEN} on HD.",
    "SH: lives with grandmother {NAME} ({AGE} yo) at {TRLOT}.",
    "SH: Works at the seafood plant in {CITY}; husband {GIVEN} on the boats.",
    "SH: Somali Bantu, speaks Maay Maay and Kizigua; husband {NAME}.",
    "SH: Lumbee; lives in {CITY}; attends church with sister {NAME}.",
    "SH: Coharie; lives on family land at {RURAL}, {CITY}.",
    "SH: Mississippi Choctaw; lives in the {CITY} community; grandson {GIVEN} drives.",
    "SH: Miccosukee; lives on the reservation; daughter {NAME} is the contact.",
    "SH: Gullah Geechee, family land on the island since 1870s; niece {NAME} manages meds.",
    "SH: Isleño family, trapper and fisherman; wife {NAME}.",
    "SH: Croatian oysterman family; son {NAME} runs the boat now.",
    "SH: Cuban-born, came {MONYEAR}; lives with daughter {NAME} in {CITY}.",
    "SH: Venezuelan, TPS; lives with cousin {NAME}, {STREETLINE}.",
    "SH: Brazilian, speaks Portuguese; husband {NAME} works construction.",
    "SH: Vietnamese, shrimp boat owner; wife {FAMFIRST}.",
    "SH: Filipino, nurse aide at a SNF; mother {NAME} lives with her.",
    # Misc clinical notes with identifiers mid-sentence
    "Telephone encounter: spoke with {NAME} at {PHONE}, pt's husband; he will bring pt {MD}.",
    "Pt called from daughter's phone {PHONE}; identity confirmed by DOB {DATE}.",
    "Discharged {DATE} to home at {STREETLINE}, {CITY}, with son {NAME}.",
    "Admitted {DATE}; discharged {DATE}. Follow-up with {CLIN}, MD.",
    "Pt's email {EMAIL} confirmed for portal.",
    "Pt requests that {NAME} not be given any information.",
    "Chaplain visit at request of wife {NAME}; Father {SURNAME} notified.",
    "Pt's pastor, Rev. {NAME}, visited.",
    "Pt known to our clinic since {MONYEAR}; prior PCP {CLIN}, MD in {CITY}.",
    "Wound photo uploaded by {USER} at {TS}.",
    "Pt {NAME} brought medication bottles; prescriber listed as {CLIN}, NP.",
    "Pt identified by two identifiers: name {NAME} and DOB {USDATE}.",
    "Vaccine given; lot on file. Pt's card updated; mailed to {POBOX}.",
    "Outside records received from {CLIN}, MD, fax {FAX}, {DATE}.",
    "Death pronounced {TS} by {CLIN}, MD. Family ({NAME}) at bedside.",
    "ED note: {AGEN} yo M BIBA from {CITY} after fall; EMS reports lives alone at {STREETLINE}.",
    "Triage: {NAME}, {AGE}, c/o SOB; accompanied by {NICK} (grandson).",
    "Peds: {GIVEN} {SURNAME}, DOB {DATE}, with mother {NAME}; vaccines UTD.",
    "OB: G3P2 at 32 wks, {NAME}; FOB {NAME}; delivery planned at CUMC.",
    "Newborn: baby boy {SURNAME}, born {TS}, mother {NAME}, MRN {MRN}.",
    "Psych: pt {NAME} reports stress after losing home on {STREETNAME}.",
    "Ortho: pt {NAME} s/p ORIF {DATE} by Dr. {SURNAME}.",
    "Wound care: {NAME}'s dog bite from {MD}; healing.",
    "Podiatry: {LASTFIRST}, nail debridement; next {MD}.",
    "Palliative: {AGEN} yo; goals discussed with son {NAME} and daughter {NAME}.",
    "Hospice referral for {NAME}, DOB {DATE}, address {STREET}, {CITY}.",
    "Nutrition: pt {FIRST} eats mostly rice and fish; wife {GIVEN} cooks.",
    "Diabetes education given to {NAME} and husband {GIVEN} in Spanish.",
    "PT eval: {NAME}, lives 2nd floor {UNIT}, {STREETLINE}.",
    "OT: pt's daughter {WNAME} will install grab bars.",
    "Speech: pt {NAME} speaks Vietnamese; son {GIVEN} interprets.",
    "RT: home O2 vendor contacted for {NAME}, concentrator SN {DEVICE}.",
    "Case mgmt: {NAME} has no transportation; Medicaid ride set up to {STREET}.",
    "CM: DME delivered to {TRLOT}, {CITY} on {MD}.",
    "SW: pt's common-law wife {NAME} requests FMLA paperwork.",
    "SW: APS referral for {NAME}, {AGEN} yo, concerns about neighbor {WNAME}.",
    "Care coordination: called {CLIN}, LPN at the {CITY} clinic, {PHONE}.",
    "Incident: pt {NAME} eloped {TS}; found by security at {STREETNAME}.",
    "Lost property: {NAME}'s dentures returned to wife {GIVEN}.",
    "Visitor log: {NAME} visited pt {LASTFIRST} 14:00-16:00.",
    "Interpreter note: Tagalog interpreter {NAME}; pt {NAME} verbalized understanding.",
    "Interpreter note: Portuguese by phone, ID {OTHER}, for pt {NAME}.",
    "Interpreter note: Rhade interpreter {NAME} in person.",
    "Interpreter note: Nepali via video; pt {NAME}; son {NAME} also present.",
    "Interpreter note: Marshallese interpreter {NAME} for pt {NAME} and husband {GIVEN}.",
    "Interpreter note: Ukrainian, pt {NAME}, DOB {DATE}.",
    "Interpreter note: Arabic, pt {NAME}, wife {NAME}.",
    "Interpreter note: Punjabi; pt {NAME}; daughter-in-law {NAME}.",
    "Interpreter note: Garifuna not available; Spanish used with pt {NAME}.",
    "Interpreter note: Mam via relay through Spanish; pt {NAME}; cousin {GIVEN}.",
    "Interpreter note: Chin (Hakha) by phone; pt {NAME}.",
    "Interpreter note: Burmese in person; pt {NAME}; ID {OTHER}.",
    # Admin, audit and IT pasted into notes
    "IT ticket {OTHER}: {CLIN}'s badge not working at the dialysis unit; user {USER}.",
    "Break-glass review: {USER} accessed {NAME}'s chart {TS}; justified.",
    "Privacy: pt {NAME} requests restriction; no info to ex-husband {NAME}.",
    "Records release to {NAME}, attorney, fax {FAX}, for DOS {DATE}.",
    "Duplicate chart: {MRN} and {MRN} both for {LASTFIRST}; merge requested.",
    "Name change: {NAME} now {NAME} per marriage certificate {DATE}.",
    "Address change per pt: {STREET}, {CITY} {STATE} {ZIP}.",
    "Phone change per pt: {PHONE} (old {PHONE}).",
    "Email bounce for {EMAIL}; pt to update.",
    "Portal username {USER} reset; pt verified DOB {DATE}.",
    "Web: pt's GoFundMe {URL} mentions diagnosis; pt aware.",
    "Login from {IP} flagged; pt {NAME} confirmed travel.",
    "Vehicle: parking pass for plate {PLATE}, {NAME}.",
    "DME: wheelchair SN {DEVICE} issued to {NAME}.",
    "License check: {CLIN}, RN, license {LICENSE}, exp verified.",
    "NPI {NPI} and DEA {DEA} on file for {CLIN}, MD.",
    "Home health order signed by {CLIN}, MD, NPI {NPI}.",
    "SSN {SSN} verified at registration.",
    "MRN {MRN} assigned at the shelter clinic for {NAME}.",
    "Acct {ACCOUNT} opened for {NAME}.",
    "Encounter {OTHER} closed by {INITS}.",
    "Pt is {AGE} years old per daughter {NAME}.",
    "Pt states she is {AGE}; DOB {DATE} on ID.",
    "{AGEN} y/o F, lives with granddaughter {NAME} in {CITY}.",
    "Dr. {SURNAME}'s patient; covering {CLIN}, MD.",
    "Per {NAME}'s request, copy to {EMAIL}.",
]

# Lines with no identifier at all, full of what looks like one: vitals, doses, lab values, codes,
# eponyms, ages under 90, weekdays, years alone, durations, drug names, device models,
# organisations and facilities, storms, saints, place words as common nouns, and the ordinary
# words that are also names in the pools above (a wrench, a weir, a satsuma, a panacea, a shiner).
# Four groups, interleaved below so that any prefix of PHI_FREE mixes them.
_PHI_FREE_LOG = [
    "level=info svc=scheduling event=slots.rebuilt clinic=acadiana-rural-3 count=412 latency_ms=88",
    "GET /healthz 200 2ms",
    '{"event": "cache.miss", "key": "formulary:rxcui:860975", "ttl": 3600}',
    "celery@hh-route ready.",
    "WARNING shelter.sync queue depth 118 > 100 (evac-intake)",
    "ERROR:  canceling statement due to statement timeout",
    "LOG:  duration: 912.004 ms  statement: SELECT count(*) FROM visit WHERE status = 'open'",
    '{"resourceType": "Observation", "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}]}, "valueQuantity": {"value": 4.8, "unit": "mg/dL"}}',
    '{"resourceType": "Medication", "code": {"coding": [{"code": "1361577"}]}, "form": "pen injector"}',
    "MSH|^~\\&|EPIC|CUMC|LAB|DELTA|||ORU^R01|||P|2.5.1",
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.4|%|4.0-5.6|H|||F",
    "OBX|2|NM|2823-3^Potassium^LN||6.1|mmol/L|3.5-5.1|HH|||F",
    "NM1*PR*2*GULF MEDICAID PLAN*****PI*77027~",
    "EB*1*IND*30**MEDICAID~EB*B*IND*33***27*3.00~",
    "CLP*ICN*4*240*0*0*MC~CAS*CO*16*240~",
    "dialysis.machine model=5008S fw=4.58 self_test=pass",
    "rpm.gateway fw=2.1.7 battery=64 signal=-81dBm",
    "cgm.upload readings=288 model=G7 gaps=0",
    "fax.out pages=12 status=OK duration=00:03:41",
    "ivr.queue name=rx-refill longest_wait=312s agents=4",
    "sso.saml metadata refreshed idp=gsh-idp1 certs=2",
    "ldap.sync ou=staff added=3 removed=1 took=4.2s",
    "nginx: [warn] upstream server temporarily disabled while connecting to upstream",
    '"POST /api/v1/triage HTTP/2.0" 201 77 rt=0.093',
    "gunicorn[4121]: [INFO] Booting worker with pid: 4127",
    "kafka consumer lag topic=adt partition=3 lag=2044",
    "Traceback (most recent call last):\nConnectionResetError: [Errno 104] Connection reset by peer",
    "django.db.utils.OperationalError: could not connect to server: Connection refused",
    "ERROR:  deadlock detected\nDETAIL:  Process 18211 waits for ShareLock on transaction 99120441",
    "csv.import file=claims_batch_07.csv rows=4411 rejected=12",
    "rx.fill ndc=00002-8215-01 qty=5 days=28 refills=2",
    "ncpdp.b1 bin=610014 pcn=MEDDPRIME grp=RX4444 rsp=R code=75",
    "priorauth.status pa_count=44 pended=9 approved=31",
    "hurricane.mode enabled=true storm=ida cone=update_11 generators=on",
    "evac.manifest bus=7 seats=44 filled=39 med_needs=6",
    "shelter.capacity SH-07 cots=220 occupied=184 o2_outlets=12",
    "homehealth.route date_bucket=weekday visits=17 miles=212",
    "cron nightly-eligibility finished in 00:41:07, 3120 members",
    "tls: certificate for portal expires in 29 days",
    "backup completed: 412 GB in 1h12m",
    "audit.summary actions=12044 break_glass=3 exports=1",
    "OBX|4|NM|33914-3^eGFR^LN||11|mL/min/1.73m2|>60|L|||F",
    "DG1|1||N18.6^End stage renal disease^I10",
    "PRB|AD|||E11.65^Type 2 diabetes with hyperglycemia^I10",
    "claim.837 pos=12 cpt=G0299 units=1 mod=GY",
    "NDC 0169-4132-12 Ozempic 2 mg/3 mL pen",
    "CPT 90935 hemodialysis, one evaluation",
    "LOINC 14959-1 microalbumin/creatinine ratio 412 mg/g",
    "HCPCS E1390 oxygen concentrator, rental month 7",
    "ICD-10 T63.441A toxic effect of venom of bees",
    "ICD-10 W58.01XA bitten by alligator",
    "ICD-10 S61.412A laceration of left hand, crab trap",
    "ICD-10 Z59.02 unsheltered homelessness; Z59.1 inadequate housing",
    "ICD-10 X37.0XXA victim of hurricane",
    "ICD-10 T67.0XXA heatstroke",
    "ICD-10 A48.1 Legionnaires' disease",
    "ICD-10 B96.4 Vibrio vulnificus as cause of disease",
    "CPT 99349 home visit, established patient",
    "version 2.14.0 deployed to portal-web2 in 41s",
    "queue=claims-837 processed=880 failed=3 retry_in=300s",
    "ivr.menu option=3 lang=ht selections=411",
    "sms.batch size=1200 sent=1187 failed=13 carrier_throttle=true",
    "hl7.ack AA count=9011 AE=4 AR=0",
    "mirth channel DIAL_ORM deployed rev 31",
]
_PHI_FREE_NOTE = [
    "BP 168/92, HR 104, RR 22, SpO2 89% on RA, T 100.9 F",
    "Pre-HD wt 86.1 kg, post 83.4 kg, UF 2.7 L, Kt/V 1.3",
    "K 6.1, BUN 88, Cr 9.4, Hgb 8.9, phos 7.2, albumin 3.1",
    "A1c 11.2% up from 9.8%; fasting glucose 244 mg/dL",
    "Dx: N18.6, I12.0, E11.22, Z99.2",
    "History of Bell's palsy and Parkinson's disease; on carbidopa-levodopa 25/100 tid",
    "Sjogren's syndrome, Raynaud's phenomenon, Hashimoto's thyroiditis",
    "Vibrio wound infection after oyster shucking; doxycycline 100 mg bid plus ceftriaxone 1 g daily",
    "Cellulitis R hand; cephalexin 500 mg qid x 10 days",
    "Insulin glargine 28 units qhs, lispro sliding scale",
    "Apixaban 5 mg bid; CHA2DS2-VASc 5",
    "Furosemide 40 mg po bid; daily weights",
    "Pt is 67 yo M with CKD stage 4",
    "52 yo F with sickle cell trait and HTN",
    "Patient is 88 and lives independently",
    "Pt 79 y/o, ambulates with cane",
    "Follow up Tuesday or Thursday, labs in 2 weeks",
    "Symptoms began in 2019; worse since the 2021 storm season",
    "Hurricane Ida power outage lasted 11 days; insulin stored in ice chest",
    "Evacuated during Hurricane Laura, returned after 3 weeks",
    "Patient remembers Hurricane Camille and Hurricane Betsy",
    "Hurricane Katrina 2005, Rita 2005, Gustav 2008, Ike 2008",
    "Shelter note: 40 cots, 6 on oxygen, 2 dialysis patients, generator fuel 18 h",
    "Special needs shelter at the civic center; capacity 220",
    "Red Cross and FEMA on site; Medicaid card replacement desk open",
    "St. Joseph's Day altar at the church; pt fasting until noon",
    "Pt lights a candle to St. Jude and St. Expedite",
    "Pt attends Our Lady of Prompt Succor",
    "Pt wears medal of San Lazaro; devotion noted, no interaction with care",
    "Pt asks for the Santo Nino prayer card to stay at bedside",
    "Home: trailer, 3 steps, no rail; well water; window unit AC",
    "Home safety: space heater, extension cords, 2 dogs",
    "Lives on the bayou; access by boat when the road floods",
    "Levee road impassable after rain; HH visits may be delayed",
    "Works offshore 14 days on, 14 days off",
    "Shrimp season opens in May; pt away on the boat for weeks",
    "Oyster season runs fall to spring",
    "Mixed-language visit: Kreyol and English; interpreter used",
    "Interpreter used: Vietnamese, Hmong, Marshallese, Jarai on the line today",
    "Pt prefers Spanish; written materials in Spanish given",
    "Diet: rice, fish, greens; counseled on potassium",
    "Pt eats satsumas from the tree in the yard daily; counseled on sugar",
    "Lobelia tea used as home remedy; advised to stop",
    "Pt hurt shoulder using a pipe wrench on the boat",
    "Pt lifted a laundry hamper and felt back pain",
    "Fell over the door sill at home; no LOC",
    "Pt wears a hernia truss",
    "Burn from a hot trivet in the kitchen",
    "Cut leg walking through a blackberry thicket",
    "Fell from a tree bough while cutting limbs after the storm",
    "Grandchild sleeps in a cradle beside the bed",
    "Tripped in the gulley behind the house",
    "Fishing at the weir when symptoms began",
    "Left eye shiner after fall; no diplopia",
    "Washes wound with castile soap",
    "Pt drinks madeira on holidays",
    "Pt says the herbal drink is a panacea; discussed lack of evidence",
    "Pt works in the seafood industry",
    "Jitterbug phone; large buttons; hearing aid compatible",
    "Recall bias noted in dietary history",
    "Pt appreciated the candor of the discussion",
    "Humanity and dignity preserved; comfort care per family",
    "Religious preference: Catholic; wants sacrament of the sick",
    "Feast of the Annunciation, pt fasting",
    "Pt keeps a medley of herbal remedies in the kitchen",
    "Micro results: MRSA screen negative; cultures no growth at 48 h",
    "Empire waist dress; skin intact",
    "Pt works as one of the cashiers at the grocery",
    "Wheelchair: Drive Medical Silver Sport 2, 18 inch",
    "O2: Inogen One G5, 2 L/min pulse",
    "CPAP: ResMed AirSense 11",
    "Glucometer: Contour Next EZ; CGM Dexcom G7",
    "Home HD: NxStage System One",
    "Eponyms: Kussmaul breathing, Cheyne-Stokes respirations, Homans sign negative",
    "Hx of Guillain-Barre syndrome 2008, full recovery",
    "Addison's disease on hydrocortisone 20/10",
    "Down syndrome; lives with family",
    "Alzheimer's dementia, MMSE 18/30",
    "Crohn's disease in remission",
    "Wilson's disease excluded; ceruloplasmin normal",
    "Tinel's and Phalen's positive bilaterally",
]
_PHI_FREE_CHAT = [
    "my sugar was 312 this morning is that bad",
    "can i take tylenol with the blood thinner",
    "the water pill got me up all night lol",
    "been coughing 3 days, no fever",
    "is the clinic open saturday",
    "dialysis made me so tired today",
    "power still out, insulin in the ice chest, is that ok",
    "the shelter food is all bread and my sugar is high",
    "we evacuated for ida and now back home",
    "hurricane season again 😩 need extra refills",
    "can i get 90 days instead of 30",
    "my foot been swelling since monday",
    "i'm 54 and never had a colonoscopy",
    "my dad is 82 and still drives the boat",
    "my mama 87 and she sharp as a tack",
    "shrimp season start next week i will be out 2 weeks",
    "got stuck by a catfish fin, hand is red",
    "oyster cut looks bad, red line going up my arm",
    "crawfish boil saturday, can i eat that with my kidneys",
    "my pressure 178 over 100 today",
    "need a note for work please",
    "ok thank you so much 🙏",
    "merci bien",
    "mèsi anpil",
    "gracias doctora",
    "cảm ơn bác sĩ",
    "salamat po",
    "ua tsaug ntau",
    "kommol tata",
    "obrigada",
    "thank yall",
    "can my grandson come in the room",
    "where do i park for dialysis",
    "what time the van come tomorrow",
    "does medicaid cover the ride",
    "is the covid shot the same as last year",
    "my inhaler ran out, the red one",
    "i lost my pills in the flood",
    "the levee road is closed can i come thursday",
    "bayou is up, we cant get out till the water go down",
    "satsumas ready, i'll bring some for the nurses 🍊",
    "left my wrench in the truck, be there in 10",
    "laundry hamper full of wet clothes from the flood smh",
    "my window sill got mold after the storm is that bad for my asthma",
    "the gulley behind the house full of water again",
    "caught a big one at the weir today 🎣",
    "got a shiner from the car door lol",
    "grandbaby still in the cradle, can she come",
    "the thicket behind the church got snakes, be careful parking",
    "bought a jitterbug phone for mama, big buttons",
    "my mawmaw says turmeric is a panacea lol",
    "he works in the oil industry",
    "is there a empire of paperwork or what 😂",
    "i dont trust them, they got a bias",
    "ok i can do monday or wednesday",
    "on my way 🚗",
    "running 15 min late sorry",
    "can i bring my service dog",
    "where is the interpreter room",
    "my kidney doctor said stage 4",
    "A1c went down to 7.1!!",
    "lost 12 lbs this month",
    "can i get the rsv shot at 65",
    "yes i still take the metformin 1000",
    "the new pen needles are too short",
    "my bp cuff battery died",
    "no signal at the camp, text later",
    "mama wants the priest to come before surgery",
    "st joseph altar this week, come get cookies",
    "ok see yall tuesday",
]
_PHI_FREE_FORM = [
    "Visit type: home health SN, 45 min, weekday",
    "Fee: $0.00 (charity care, sliding scale tier 1)",
    "Form CMS-1500 (02/12) box 24J rendering provider",
    "Form CMS-485 home health certification and plan of care",
    "Advance directive: yes; POLST on file",
    "Language: Haitian Creole; interpreter required: yes",
    "Language: Marshallese; interpreter required: yes",
    "Race/ethnicity: declined",
    "Tribe: Mississippi Band of Choctaw Indians",
    "Tribe: Lumbee Tribe of North Carolina",
    "Tribe: Coharie Tribe",
    "Tribe: Seminole Tribe of Florida",
    "Tribe: Miccosukee Tribe of Indians of Florida",
    "Facility: Crescent Academic Medical Center, 4 West",
    "Facility: Delta Rural Health Clinic",
    "Facility: Gulf West Dialysis, chair 9",
    "Facility: Sea Islands Comprehensive Health Care",
    "Facility: Panhandle Family Health Network",
    "Facility: Acadiana Rural Hospital ED",
    "Program: Hurricane Special Needs Registry",
    "Program: Medicaid non-emergency transport",
    "Pharmacy: Gulf South Mail Order Pharmacy",
    "Payer: Louisiana Medicaid; Mississippi Medicaid; Florida Medicaid",
    "Payer: Medicare Part B; secondary Medicaid",
    "Plan tier: silver, deductible 2500, OOP max 9100",
    "Dialysis schedule: MWF, 2nd shift",
    "Transport: wheelchair van, 2 riders",
    "Shelter type: medical special needs",
    "Generator: yes, 7500 W",
    "Pets: 2 dogs, 1 cat",
    "Storm season checklist: meds, oxygen, cooler, chargers",
    "Discharge to: home with home health",
    "Code status: full code",
    "Allergies: penicillin (hives), shellfish (anaphylaxis)",
    "Immunizations: influenza 2024, pneumococcal 2023",
    "Smoking: former, quit 2015, 30 pack-years",
    "Alcohol: 2 beers on weekends",
    "Occupation: commercial fisherman",
    "Occupation: seafood processing",
    "Occupation: poultry plant",
    "Housing: FEMA trailer",
    "Housing: mobile home",
    "Housing: raised house, 14 steps",
    "Boat: 42 ft steel hull trawler",
    "Section 8: pending",
    "SNAP: yes",
    "Height 5'4\", weight 212 lb, BMI 36.4",
    "Pain 7/10, aching, worse at night",
    "Fall risk: high (Morse 65)",
    "Braden 14",
    "PHQ-9: 12",
    "GAD-7: 9",
    "AUDIT-C: 3",
    "Timed Up and Go 18 s",
    "Wound: 3.2 x 2.1 x 0.4 cm, granulating",
    "Access: LUE AVF, created 2022",
    "Catheter: R IJ tunneled, placed 2024",
    "ESA: epoetin alfa 10,000 units with HD",
    "Iron: iron sucrose 100 mg x 10",
    "Binder: sevelamer 800 mg tid with meals",
    "Diet: 2 g Na, 2 g K, 1.2 L fluid",
    "Saints' day: feast day observed; no clinical impact",
    "Hurricane names retired: Katrina, Rita, Ida, Laura, Michael",
    "Season: June through November",
    "Weekdays only; no weekend visits",
    "Year of diagnosis: 2011",
    "Duration: 6 months",
    "Frequency: 3 times weekly",
]
PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_LOG[0::2], _PHI_FREE_NOTE, _PHI_FREE_LOG[1::2], _PHI_FREE_CHAT, _PHI_FREE_FORM
    )
    for line in group
    if line is not None
]
