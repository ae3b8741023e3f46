"""The "tune20" split: a twentieth tuning set, written without looking at the engine, its tests,
its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read.

It models a California Central Valley and Inland health system with rural Nevada and Great Basin
clinics: dairies, orchards, packing houses and farm labour camps from the north valley to the
Imperial Valley, Salinas Valley field crews, Inland Empire warehouses, Sacramento neighbourhoods,
ranch country and Western Shoshone and Paiute tribal clinics (IHS purchased/referred care, tribal
enrollment numbers, tribal transport vans). Its patients are Mexican families from Michoacán and
Oaxaca (Mixtec, Zapotec and Triqui speakers, often reached through relay interpreters),
Salvadorans on TPS, Punjabi Sikh truckers and orchard owners (DOT exams, CDLs, sleep studies),
Hmong, Lao, Mien and Cambodian families, Armenian and Assyrian elders, Portuguese Azorean dairy
families, Filipino manongs and their grandchildren, Yemeni store owners, Afghan SIV families,
Ukrainian and Russian Pentecostal households with humanitarian parole papers, Basque ranching
families and retired sheepherders, Dust Bowl descendants, Black families of the Valley and
Japanese American farming families. There is a telehealth service (video visits from truck cabs
and satellite links, loaned tablets), a mail-order pharmacy (cold-chain shipments, returns), a
mobile clinic that parks in church lots and at labour camps, and farmworker housing as addresses.
CHAT is patients and family typing on phones (lowercase, emoji, run-ons, words of Spanish,
Mixtec, Zapotec, Punjabi, Hmong, Lao, Mien, Khmer, Armenian, Assyrian, Portuguese, Tagalog,
Ilocano, Arabic, Dari, Ukrainian, Russian, Basque and Japanese; kin named in passing; sign-offs;
addresses typed loosely as roads and camps). LOGS is HL7 v2, FHIR JSON, key=value and JSON
events, nginx and Apache lines, Python and Java traces, SQL errors, X12 and NCPDP, fax, IVR,
Asterisk and SMS webhooks, CSV rows, file and object-store paths, Kafka, RabbitMQ and SQS
payloads, device telemetry, MDM, SAML, LDAP and audit lines. NOTES is HPI, A/P, SOAP, telehealth,
mobile-unit and outreach notes, pharmacy, interpreter lines, geriatrics, tribal-clinic, refugee,
workers' comp and DOT notes, OB and paediatrics, social work, billing and portal admin, social
histories, dictation and signature lines and cc lines.

Names come from 23 origins, weighted: Michoacán (with Purépecha names), Mixtec, Zapotec, Triqui,
Salvadoran (double surnames for the Mexican and Salvadoran origins), Punjabi Sikh, Hmong (clan
names in Hmong spelling and joined American forms, family name first at times), Lao, Mien,
Khmer, Armenian, Assyrian, Azorean Portuguese, Filipino, Yemeni, Afghan, Ukrainian and Russian,
Basque, Western Shoshone, Paiute, Dust Bowl Southern, Black Valley families and Japanese
American. They come as "First Last", "Last, First", "LAST,FIRST M", lowercase in query strings
and file names, with initials, generational suffixes and quoted nicknames, and as one span per
HL7, X12 or FHIR name part. About one name in six is an ordinary English word (WORD_GIVEN,
WORD_FAMILY: work clothes, farm words, household things), and PHI_FREE uses the same words in
their ordinary sense, with clinical look-alikes (vitals, doses, lab values, ICD-10, LOINC, CPT
and HCPCS codes, eponyms, ages under 90, weekdays, years alone, durations, drug names).

No given name, family name, nickname, street name, labour camp, city or e-mail domain here
(folded to ASCII and lower case, word by word) is in values.py's pools (with the Faker names it
draws for both its splits), Faker's en_US first and last names, the text of templates.py, or the
pools, templates and docstrings of the other blind and tune modules listed in
templates.SPLIT_MODULES (blind17 excepted: it was being written at the same time and was neither
read nor imported). A script collected every word of those (about 75,000) and checked this
module's pools against them; every colliding entry was dropped or replaced and the final run
reported zero collisions. Generic address and place words (Street, Road, Avenue, Route, Box, Lot,
Lake, Creek, Valley, Springs, Ranch and the like), particles (de, la, los, las, el, al) and
top-level domains were exempt. The big Valley cities are in values.py's pools, so the CITY pool
here is small towns, colonias and Great Basin settlements.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., doña, tita) or a
credential (MD, RN, FNP-C, LCSW) and a possessive "'s" stay outside NAME; each HL7, X12 and FHIR
name component is its own NAME span; initials that stand for a person are NAME; a weekday or
clock time beside a date stays outside the DATE, while a whole ISO, HL7 or log timestamp is one
DATE; Spanish dates ("3 de marzo de 1941") are DATE; a year, a month or a weekday alone is not
PHI; only ages over 89 are AGE_OVER_89, in digits or words ("ninety-two", "noventa y dos"); kin
terms used as address (amá, apá, abuelita, tía, bebe ji, bapu ji, chachi ji, niam, txiv, yawg,
pog, mae, pho, yie, yay, ta, tatik, papik, yimma, baba, avó, vovó, lola, lolo, tita, manang, kuya,
ate, yumma, bobo jan, babushka, dedushka, amatxi, aitatxi, bachan, jichan, mawmaw, big mama) are
not names; a street address, PO box, grid road (Avenue 416, Road 68), HC box, county road,
labour-camp unit or mobile-home space is ADDRESS, a city CITY and a ZIP code ZIP. A relative's
foreign number is PHONE; an A-number, I-94, tribal enrollment or IHS chart number, claim, order
or case number is OTHER_ID; a Medi-Cal CIN or Medicare MBI is HEALTH_PLAN_ID; a CDL, NPI, DEA or
nursing licence is LICENSE_NUMBER; a plate or VIN is VEHICLE_ID; a pump, CGM, cuff or
concentrator serial, an IMEI or a MAC is DEVICE_ID. Organisations, languages, countries, Mexican
and US states, drugs, eponyms, device models and facility names are literal text. Filler slots
(request ids, latencies, status codes, clock times, process ids, sizes, queue names) carry the
label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "michoacan": (7, [
        "Audomaro", "Cirenio", "Abdías", "Gelacio", "Patrocinia", "Macrino", "Wulfrano", "Nicomedes",
        "Nicanora", "Senobia", "Teodocia", "Tzintzuni", "Kuanasi", "Cutberta", "Auxilio",
    ], [
        "Irepan", "Tzirado", "Bedolla", "Nambo", "Villicaña", "Govea", "Nares", "Vences",
        "Rubalcaba", "Capiz", "Huerequa", "Paramo", "Huacuz", "Servín", "Torrico",
    ]),
    "mixtec": (4, [
        "Perfecta", "Eustorgio", "Edelberto", "Hermilinda", "Vicencio", "Albertano", "Jacoba",
        "Ludovico", "Cuahutémoc",
    ], [
        "Quero", "Canseco", "Tolano", "Chimil", "Copala",
    ]),
    "zapotec": (2, [
        "Xuana", "Higinia", "Edelberto", "Ludovico", "Jacoba",
    ], [
        "Lachi", "Pinelo", "Canseco", "Quero",
    ]),
    "triqui": (1, [
        "Perfecta", "Eustorgio", "Hermilinda", "Vicencio",
    ], [
        "Copala", "Tolano", "Chimil",
    ]),
    "salvadoran": (4, [
        "Keyri", "Isaí", "Idania", "Yesmin", "Nely", "Joselin", "Tirza",
    ], [
        "Naves", "Ñamendy", "Uceda", "Chachagua", "Chiquillo", "Lico", "Gavidia", "Quele", "Hueso",
    ]),
    "punjabi": (5, [
        "Sharanjit", "Fateh", "Jashan", "Gurpartap", "Jujhar", "Sukhjeet", "Yadvinder", "Balkar",
        "Chamkaur", "Ekjot", "Pavittar", "Sukhraj", "Tarlok", "Dalvir", "Gurtej", "Mehar",
        "Niranjan", "Talwinder", "Birinder", "Harsimran", "Inderpreet", "Loveleen", "Nimrat",
        "Mankirat", "Navkiran", "Gunveer",
    ], [
        "Khunkhun", "Dhudwal", "Dhugga", "Gahunia", "Madahar", "Sumal", "Bhandal", "Birk",
        "Dhanju", "Maghera", "Sanghu", "Sidhar", "Sivia",
    ]),
    "hmong": (5, [
        "Dawb", "Tsav", "Txhoj", "Ntsiab", "Yig", "Kaub", "Npau", "Cuab", "Xwm", "Suav", "Ntxiag",
        "Nkaj", "Txhais", "Ntsim", "Khwb", "Ceeb", "Xyab", "Ntshiab", "Nhiacha", "Pajnyiaj",
        "Yengsue", "Kaochee", "Xengshoua", "Ntxhiaj", "Kongchee", "Boualee", "Nhiayi", "Kablia",
        "Mouachee", "Kashoua", "Plia", "Txawjvam",
    ], [
        "Thoov", "Hawjvaj", "Vuepao", "Yangchao", "Lisyaj", "Moualy", "Yanghang", "Vangchay",
        "Lorxiong", "Xyoojlis", "Hangxiong",
    ]),
    "lao": (3, [
        "Thongsavath", "Boualapha", "Souvanny", "Ladda", "Phoutthasone", "Thavisak", "Noutsavanh",
    ], [
        "Keokhamphoui", "Xaiyasane", "Khounnouvong", "Ounkham", "Phothisane", "Bounsanga",
        "Vannasouk",
    ]),
    "mien": (2, [
        "Yiem", "Kaota", "Farmxeng", "Kaoyoon", "Nailai", "Meuychiem", "Fouchan", "Kaechoy",
        "Yoonfin", "Laiseng", "Chiemfou", "Kouchoy", "Naifin", "Muangyiem", "Yaokaeo", "Farmfou",
        "Kaofin", "Ouchiem", "Faeyiem", "Mengfin", "Kouinai", "Yaolai", "Kaotern", "Fouseng",
    ], [
        "Saefaw", "Saeyoun", "Saechua", "Saefaan", "Saelao", "Saetian", "Saechieng", "Saejew",
        "Saeyao", "Saekoo", "Saemeuy", "Saeteun", "Saelieu", "Saechong", "Saewan", "Saekow",
        "Saechiew", "Saefin", "Saemao", "Saeyoon",
    ]),
    "khmer": (2, [
        "Rattanak", "Virak", "Channarith", "Serey", "Chanmony", "Leakhana", "Monineath", "Sokchea",
        "Bunnak", "Lyhour", "Sopheaktra", "Darany", "Vanny", "Sarath", "Sopheara", "Bopharath",
        "Dararith",
    ], [
        "Sovan", "Phann", "Chorn", "Khim", "Chhin", "Dek", "Oeurn", "Moeung", "Sreng", "Chhuoy",
        "Chhem", "Koy", "Poch",
    ]),
    "armenian": (4, [
        "Vahan", "Siran", "Lucine", "Arshalouys", "Vasken", "Harout", "Manoog", "Mgrdich",
        "Ardashes", "Yeranouhi", "Zepure",
    ], [
        "Peloian", "Kezirian", "Koligian", "Mardikian", "Setrakian", "Kalebjian", "Kuyumjian",
        "Shamlian", "Kavookjian", "Bozigian", "Torigian", "Dakessian", "Chooljian", "Bagdasarian",
        "Chitjian", "Peroomian", "Gurdjian", "Naljian", "Sahatjian", "Enfiajian", "Aroian",
        "Esajian", "Hokokian", "Koobatian", "Keosheyan", "Kandarian", "Kirkorian", "Pilibosian",
        "Muradian", "Jenanyan", "Melcon", "Abdulian", "Sarabian", "Tutelian",
    ]),
    "assyrian": (2, [
        "Ninva", "Sharlet", "Aprim", "Yosip", "Akhtiar", "Banipal", "Esarhaddon", "Shmouni",
        "Lilyanna", "Jermain",
    ], [
        "Kanno", "Shimmon", "Youmaran", "Haido", "Audisho", "Bitbaba", "Khammo", "Orahim",
        "Betyousef", "Khoshabeh",
    ]),
    "azorean": (3, [
        "Aldemiro", "Manuelino", "Goretti", "Elmano", "Graciano", "Inácio", "Laurindo", "Lucindo",
        "Marcolino", "Valdemiro", "Cremilde", "Teresinha", "Ludovina",
    ], [
        "Sieira", "Pamplona", "Ázera", "Decoito", "Olival", "Barcelos", "Evangelho", "Bretão",
    ]),
    "filipino": (3, [
        "Jhunmar", "Amelito", "Estelita", "Rizalino", "Wenifredo", "Lourdelyn",
    ], [
        "Itliong", "Manlapit", "Mangaoang", "Balbuena", "Paguirigan", "Tabangcay", "Ganzon",
        "Abella", "Ordonio", "Pacpaco", "Quilala", "Acoba", "Alviar", "Cabading", "Cadiente",
        "Cariaga", "Domondon", "Flojo", "Rosete", "Sabangan", "Bayudan", "Madarang", "Ranada",
        "Bitanga", "Caoile", "Delmendo", "Esquejo", "Orpilla", "Tapaoan",
    ]),
    "yemeni": (2, [
        "Aref", "Basheer", "Wadee", "Abdulfattah", "Abdulhakim", "Abdullatif", "Ridhwan", "Wahib",
        "Mufeed", "Ameen", "Shuaib", "Ghaida", "Kholood", "Ohood", "Afnan", "Wejdan", "Lamya",
        "Gamil", "Nageeb", "Qayed",
    ], [
        "Alshaibi", "Alashmali", "Almarwani", "Alkobati", "Hazza", "Aljahmi", "Alhomaidi",
        "Alrubaiee", "Alomari", "Alsayaghi", "Alawlaqi", "Almasni", "Alqirshi", "Alsofi", "Alwali",
        "Alezzi", "Alfaqih", "Alghazali", "Almakhlafi", "Alnahari", "Alsamawi", "Alzindani",
        "Mareai", "Rassam", "Duais",
    ]),
    "afghan": (2, [
        "Abdulhadi", "Ikramullah", "Aqila", "Sapna", "Shugufa", "Zarif", "Arzo", "Bahara",
        "Kamela", "Muska", "Torpekay", "Zargul", "Mirzaqul", "Hayatullah", "Saifurrahman",
        "Shahpoor", "Najeebullah", "Abdulbasir", "Zakirullah", "Shamsullah", "Azizullah",
        "Mohebullah", "Faridullah",
    ], [
        "Esmati", "Muhibzada", "Sadozai", "Ghiasy", "Mirzad", "Naqshbandi", "Ahmadyar", "Ezatyar",
        "Jahesh", "Lalzad", "Oryakhel", "Qaderdan", "Tanin", "Wahdat", "Barekzai", "Dadgar",
        "Gharwal", "Hamkar", "Kamgar", "Mangalzai", "Rasoly", "Mansoory", "Samimi", "Hakimzai",
    ]),
    "slavic": (4, [
        "Vasiliy", "Nikolay", "Yosif", "Daniil", "Samuil", "Iov", "Yeremey", "Nafanail",
        "Feodosiya", "Ruf", "Elizaveta", "Yevgeniy", "Kapiton", "Panteley", "Vikentiy", "Matrena",
        "Yevpraksiya",
    ], [
        "Melnichuk", "Dovgan", "Gnatyuk", "Kotsyuba", "Malyarchuk", "Slobodyan", "Protsyk",
        "Kopytko", "Hayduk", "Balabanov", "Pisarev", "Streltsov", "Zubkov", "Kolesnik",
        "Hrebeniuk", "Lisnychuk", "Patsyuk", "Zhelizko", "Borshch", "Fedorko", "Hryniuk",
        "Sydorchuk", "Dudnyk", "Chorniy", "Terletsky", "Anishchenko", "Chaban", "Goncharuk",
        "Holovko", "Kalynchuk", "Makarchuk", "Naumenko", "Oleksyuk", "Pashchuk", "Vasylchuk",
        "Bezruchko", "Krasnov", "Eremenko", "Pastushenko", "Filonenko", "Muzyka", "Pryimak",
        "Skrypnyk", "Trotsenko", "Kachur", "Ponomarchuk", "Korniychuk", "Shpak", "Bohach",
        "Ryabokon",
    ]),
    "basque": (2, [
        "Gartzen", "Gratien", "Ganix", "Ellande", "Estebe", "Gaxuxa", "Marixa", "Bixente", "Dabid",
        "Fermintxo", "Jokin", "Txema", "Bakarne", "Goiuri", "Karmele", "Sorne", "Xabadin", "Mayi",
        "Gaxina", "Marijane", "Piarres", "Erramun", "Battitta", "Manech", "Mirentxu", "Txaro",
    ], [
        "Aldazabal", "Iriberri", "Garat", "Larralde", "Etchegaray", "Indart", "Lekumberry",
        "Bidart", "Altube", "Salaberry", "Uhalde", "Errea", "Espil", "Oxarart", "Mendive", "Lugea",
        "Sarasua", "Abaunza", "Ansola", "Arostegui", "Baraibar", "Barinaga", "Bastanchury",
        "Erburu", "Etcheberry", "Goyhenetche", "Hualde", "Inchauspe", "Irigaray", "Jaureguy",
        "Ocamica", "Olaeta", "Sustacha", "Alzola", "Dufurrena", "Eyherabide", "Iribarren",
        "Maitia", "Necochea", "Ozaeta", "Recalde", "Segurola", "Txurruka", "Arbelbide", "Cenoz",
        "Duhalde", "Esnoz", "Iparraguirre", "Oiarzabal", "Tellechea", "Usabel",
    ]),
    "western_shoshone": (1, [
        "Teko", "Beamon", "Kenard", "Ransel", "Florene", "Loreen", "Jonelle", "Delno", "Glenola",
    ], [
        "Temoke", "Dann", "Tybo", "Yowell", "Piffero", "Harney", "Kaschube", "Sooda", "Kawich",
    ]),
    "paiute": (1, [
        "Farrel", "Gerold", "Kittie", "Delvina", "Lavere", "Norene", "Vearl",
    ], [
        "Moyle", "Tohaka", "Natches", "Malotte", "Manakaja", "Nuvaqu", "Winap", "Weneh", "Tecoby",
    ]),
    "dust_bowl": (2, [
        "Icel", "Teeter", "Ervil", "Phares", "Aldean", "Opaline", "Vearl", "Florene", "Kittie",
    ], [
        "Joad", "Dunnam", "Kincannon", "Lollar", "Mayhugh", "Stotts", "Wommack", "Clabough",
        "Darnall", "Frizzell", "Tullis", "Vowell", "Whitworth", "Penrod",
    ]),
    "black_valley": (2, [
        "Ezzard", "Othella", "Dempsey", "Alfonza", "Dossie", "Shedrick", "Uvalda", "Cozetta",
        "Delois", "Kennon", "Ardessa", "Vallie",
    ], [
        "Allensworth", "Nevels", "Yarber", "Zachery", "Oatis", "Ussery", "Boyette",
    ]),
    "japanese_american": (2, [
        "Tomeo", "Hatsuye", "Giichi", "Masayuki", "Otoichi", "Zenichi", "Kiyoye", "Natsue", "Asao",
        "Gentaro", "Jinzo", "Kametaro", "Kiichi", "Rikizo", "Sojiro", "Toyoji", "Unosuke",
        "Yaichi", "Yonezo", "Sentaro",
    ], [
        "Hatakeda", "Shinkawa", "Okuye", "Hirasuna", "Masumoto", "Shintaku", "Hironaka",
        "Kamikawa", "Wakayama", "Yokomi", "Kurihara", "Nishimoto", "Ikemiya", "Kajioka", "Yamaoka",
        "Hiyama", "Tsubota", "Kiyomoto", "Ishimaru", "Mikami", "Hamaguchi", "Nagatani", "Shimada",
        "Fujimura", "Kunimura", "Yonemoto", "Kagehiro", "Naganuma", "Nakata", "Dobashi", "Hiraga",
        "Tanikawa", "Wakasugi",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = [
    "Tuppence", "Yule", "Senna", "Crocus",
]  # fmt: skip
WORD_FAMILY = [
    "Trundle", "Bolster", "Bracket", "Damper", "Fathom", "Ruffle", "Apron", "Brogue", "Gaiter",
    "Muffler", "Stubble", "Chaff", "Husk", "Stalk", "Swath", "Haycock", "Parasol", "Mitt",
    "Pleat", "Toggle", "Kerchief", "Twill", "Stilt", "Canvas", "Tarp", "Lute", "Jute", "Hasp",
    "Cruet", "Berm", "Stook",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Chabelo", "Sukhi", "Titu", "Nelinho", "Tozé", "Gusti", "Beny", "Chepo", "Chindo", "Payo",
    "Dolfo", "Nonita", "Pinka", "Goldi", "Dimpy", "Laddi", "Bindi", "Rinky", "Jassi", "Bittoo",
    "Pammi", "Butchoy", "Ikoy", "Vovik", "Motya", "Patxito", "Maixa",
]  # fmt: skip

# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Tagus", "Kamm", "Calwa", "Locan", "Minnewawa", "Zediker", "Jewetta", "Zerker", "Famoso",
    "Limonite", "Etiwanda", "Slover", "Fruitridge", "Melarkey", "Aultman", "Murry", "Riggin",
    "Roeding", "Kaweah", "Oakmore", "Tupman", "Lerdo", "Poso", "Stine", "Brite", "Sabre",
    "Oswell", "Farmland", "Chinowth", "Tegner", "Claribel", "Geer", "Whitesbridge", "Brundage",
    "Gosford", "Wible", "Hillman", "Cartmill", "Bardsley", "Demaree", "Divisadero", "Nees",
    "Fancher Creek", "Trimmer Springs", "Lovers Lane",
]  # fmt: skip
# Farm labour camps and migrant centres ("Unit 14, Los Arcos Farm Labor Center").
CAMPS = [
    "Los Arcos", "El Porvenir", "Los Girasoles", "Las Palmas", "El Nido", "Los Olivos",
    "Los Sauces", "El Mirador", "Los Cerezos", "Linnell", "Cantua",
]  # fmt: skip
CITIES = [
    "Weedpatch", "Ducor", "Alpaugh", "Laton", "Lockeford", "Chualar", "Pajaro", "Westmorland",
    "Banning", "Muscoy", "North Highlands", "Biola", "Tranquillity", "Cantua Creek", "Tooleville",
    "Yettem", "Planada", "Ballico", "Westley", "Acampo", "Terminous", "Courtland", "Olivehurst",
    "Plumas Lake", "Spreckels", "Aromas", "Winterhaven", "Romoland", "Pedley", "Rubidoux",
    "Calimesa", "Cabazon", "Lucerne Valley", "Helendale", "Yermo", "Halleck", "Ryndon", "Valmy",
    "Wabuska", "Ursine", "Cobre", "Lages", "Osino", "Elburz", "Pequop", "Tecoma", "Steptoe",
    "Riepetown", "Schellbourne", "Adaven", "Yomba", "Olancha", "Coleville", "Verdi",
]  # fmt: skip
DOMAINS = [
    "unwiredbb.com", "cvin.net", "sisqtel.net", "lcturbonet.com", "wirelessnv.net",
    "ruraltelnet.com", "laopdr.com", "euskalnet.net", "mtnnv.com", "elkocable.net", "satview.net",
    "cuzcoweb.com", "psnw.com", "cwo.com", "lightspeed.net", "ponderosatel.com", "ltol.net",
    "calnet.net", "inetworld.net", "ptel.net", "citcomm.net", "valleyinternet.net",
]  # fmt: skip
STAFF_DOMAINS = [
    "fresnofiber.net", "thevine.net", "pathwaynet.com",
]  # fmt: skip

FAMILY_FIRST = {"hmong", "khmer", "mien"}
DOUBLE_SURNAME = {"michoacan", "mixtec", "zapotec", "triqui", "salvadoran"}
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
    if roll < 0.13:  # about one name in six is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.17:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.45:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune20") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune20") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune20") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.25:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin == "punjabi" and form < 0.15:
        return first  # many Sikh patients go by the given name alone
    if form < 0.32:
        return f"{first} {last}"
    if form < 0.38:
        return f"{first} {mid}. {last}"
    if form < 0.46:
        return f"{last}, {first}"
    if form < 0.5:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.53:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.57:
        return f"{first} {last}".upper()
    if form < 0.61:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.66:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.76:
        return first
    if form < 0.79:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.83:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.87:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.9:
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


def middle_upper(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _initial(rng)
    return _fold(_given_part(rng.choice(ORIGINS[_origin(rng)][1]))).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "vahan"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "irepan"


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
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


def given_of(origin: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return rng.choice(ORIGINS[origin][1])

    return make


def family_of(origin: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return rng.choice(ORIGINS[origin][2])

    return make


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("Ave", 9), ("St", 8), ("Rd", 7), ("Dr", 3), ("Ln", 3), ("Way", 2), ("Ct", 2),
            ("Blvd", 2), ("Street", 2), ("Road", 2), ("Avenue", 2), ("Hwy", 1), ("Pl", 1),
            ("Cir", 1), ("Loop", 1)]  # fmt: skip
UNITS = ["Apt 3", "Apt. 12B", "Unit 7", "#14", "Spc 22", "Space 41", "Trlr 6", "Apt C", "Ste 104",
         "Apt 210", "Unit B", "Rm 4", "Cabin 9", "Apt 1A", "# 5", "Bldg 2 Apt 6"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South ", "East ", "West "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 49999)), f"{rng.randint(100, 999)} 1/2",
                       f"{rng.randint(10, 999)}{rng.choice('AB')}"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 3999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"Apartado {n}"])


def rural_route(rng: random.Random) -> str:
    """The grid roads of Tulare and Kings counties and the ranch roads of Elko and White Pine."""
    return rng.choice([
        f"{rng.randint(10000, 39999)} Avenue {rng.randint(100, 440)}", f"{rng.randint(10000, 39999)} Road {rng.randint(20, 248)}",
        f"{rng.randint(1000, 9999)} Ave {rng.randint(100, 440)}", f"{rng.randint(100, 9999)} Rd {rng.randint(20, 248)}",
        f"HC {rng.randint(30, 65)} Box {rng.randint(1, 999)}", f"{rng.randint(10, 999)} County Road {rng.randint(1, 800)}",
        f"{rng.randint(100, 9999)} Hwy {rng.choice([99, 43, 198, 46, 65, 137, 111, 86, 227, 93, 50, 95])}",
        f"Mile Marker {rng.randint(2, 120)}, SR {rng.choice([225, 226, 228, 229, 278, 318, 893])}",
        f"{rng.randint(100, 9999)} {rng.choice(STREETS)} Ranch Rd",
    ])  # fmt: skip


def camp(rng: random.Random) -> str:
    name = rng.choice(CAMPS)
    n = rng.randint(1, 96)
    return rng.choice([f"Unit {n}, {name} Farm Labor Center", f"{name} Migrant Center #{n}", f"{name} camp cabin {n}",
                       f"{name} Labor Camp, Unit {n}", f"Space {n} {name} Mobile Estates"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions."""
    return rng.choice([f"Avenue {rng.randint(100, 440)}", f"Road {rng.randint(20, 248)}", f"{rng.choice(STREETS)} Rd",
                       f"{rng.choice(STREETS)} and Avenue {rng.randint(100, 440)}", f"county road {rng.randint(1, 800)}",
                       f"{rng.choice(STREETS)} Ave", f"the {rng.choice(STREETS)} canal road"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune20") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.17:
        return rural_route(rng)
    if kind < 0.22:
        return camp(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "tune20") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["CA", "NV", "Calif.", "Nev.", "California", "Nevada", "ca", "nv", "Cal"]
_ZIP3 = ["932", "933", "935", "936", "937", "952", "953", "956", "958", "939", "922", "923", "925",
         "897", "898", "894", "893", "959"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.12 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1921, 1936)
        if pick < 0.2
        else rng.randint(1937, 2016)
        if pick < 0.5
        else rng.randint(2019, 2026)
    )
    m = rng.randint(1, 12)
    d = rng.randint(1, _MONTH_DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _hms(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mo, ab, yy, o, es = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d), MESES[m - 1]
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d}, {y}", f"{mo} {d}", f"{ab} {d}", f"{m}/{d}", f"{mo} {d}{o}", f"{d} {mo} {y}", f"{m}-{d}-{yy:02d}",
        f"{d:02d}-{ab.upper()}-{y}", f"{m}.{d}.{yy:02d}", f"{mo.lower()} {d}", f"{d} de {es}", f"{d}/{m}/{y}",
        f"{d} de {es} de {y}", f"{ab}-{d}-{y}",
    ])  # fmt: skip


def es_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    es = MESES[m - 1]
    return rng.choice([f"{d} de {es}", f"{d} de {es} de {y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
                       f"el {d} de {es}", f"{d}-{es[:3]}-{y}"])  # fmt: skip


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
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('78')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-07:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{ABBR[m - 1]} {d:2d} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}",
                       f"{d} de {MESES[m - 1]}"])  # fmt: skip


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]}. {d}, {y}", f"{d} {MONTHS[m - 1]} {y}"]
    )


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice([f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}",
                       f"{MESES[m - 1]} {y}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
_UNOS = ["", " y uno", " y dos", " y tres", " y cuatro", " y cinco", " y seis", " y siete",
         " y ocho", " y nueve"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return age_number(rng)
    n = rng.randint(90, 99)
    if rng.random() < 0.4:
        return "noventa" + _UNOS[n - 90]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [559, 661, 209, 916, 279, 831, 760, 442, 951, 909, 840, 775, 530, 805]


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 999)}",
                       f"{b}-{c}", f"{a}/{b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def foreign_phone(rng: random.Random) -> str:
    """Relatives abroad: Mexico, El Salvador, India, Armenia, Yemen, Afghanistan, the Azores."""
    return rng.choice([f"+52 443 {rng.randint(100, 999)} {_digits(rng, 4)}", f"+52 1 951 {_digits(rng, 3)} {_digits(rng, 4)}",
                       f"+503 7{_digits(rng, 3)}-{_digits(rng, 4)}", f"+91 98{_digits(rng, 3)} {_digits(rng, 5)}",
                       f"+374 9{_digits(rng, 1)} {_digits(rng, 6)}", f"+967 77{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 3)}",
                       f"+93 7{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", f"+351 296 {_digits(rng, 3)} {_digits(rng, 3)}",
                       f"011 52 353 {_digits(rng, 3)} {_digits(rng, 4)}"])  # fmt: skip


def email(rng: random.Random, _split: str = "tune20") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "vahan", _handle(last) or "irepan"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2012)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family", f"{ln}dairy",
                        f"{ln}trucking"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "vahan", _handle(last) or "irepan"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune20") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "vahan", _handle(last) or "irepan"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2012)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune20") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "vahan", _handle(last) or "irepan"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/{f}-{ln}-medical",
        f"https://visit.surco-telehealth.example/join/{_letters(rng, 10, string.ascii_lowercase + string.digits)}",
        f"https://mychart.sjvhealth.example/visit/{_digits(rng, 8)}", f"https://www.tiktok.com/@{ln}{f}",
        f"https://fhir.sjvhealth.example/r4/Patient/{_digits(rng, 7)}", f"https://www.instagram.com/{f}_{ln}",
        f"https://track.valleyscript-rx.example/o/{_digits(rng, 10)}", f"https://{ln}{f[0]}.wixsite.com/family",
        f"https://www.youtube.com/@{f}{ln}", f"https://drive.google.com/file/d/{_letters(rng, 25, string.ascii_letters + string.digits)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2607:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [rng.randint(545, 573), rng.randint(602, 626), rng.randint(530, 531), rng.randint(1, 899)]
    )
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"SJV{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"00{_digits(rng, 6)}", f"M{_digits(rng, 8)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medi_cal(rng: random.Random) -> str:
    """A Medi-Cal client index number (8 digits and a letter) or a benefits card number."""
    return rng.choice([f"9{_digits(rng, 7)}{rng.choice('ABCDEFGH')}", f"{_digits(rng, 8)}{rng.choice('ABCDEFGH')}",
                       f"{_digits(rng, 14)}", f"NV{_digits(rng, 9)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", mbi(rng), medi_cal(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 2)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}",
                       f"W{_digits(rng, 9)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"G{_digits(rng, 7)}", f"SJ{_digits(rng, 9)}"])  # fmt: skip


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


def cdl(rng: random.Random) -> str:
    """A California or Nevada driver licence (trucking CDLs included)."""
    return rng.choice([f"{_letters(rng, 1)}{_digits(rng, 7)}", f"{_digits(rng, 10)}", f"{_digits(rng, 12)}",
                       f"CDL {_letters(rng, 1)}{_digits(rng, 7)}"])  # fmt: skip


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), f"RN {_digits(rng, 6)}", f"A{_digits(rng, 5)}", f"G{_digits(rng, 5)}", cdl(rng),
                       f"{_letters(rng, 1)}{_digits(rng, 7)}", f"LVN {_digits(rng, 6)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 5)}",
                       f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 2)}", f"{_letters(rng, 3)}{_digits(rng, 3)}",
                       f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 3)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}",
                       f"0{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 3)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"TKT-{_digits(rng, 6)}",
                       f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"PA{_digits(rng, 9)}", f"CASE{_digits(rng, 7)}",
                       f"ORD-{_digits(rng, 8)}", f"TH{_digits(rng, 8)}"])  # fmt: skip


def a_number(rng: random.Random) -> str:
    """An alien registration number, as on an SIV family's green card or I-94."""
    return rng.choice([f"A{_digits(rng, 9)}", f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"A{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 11)}"])  # fmt: skip


def tribal_id(rng: random.Random) -> str:
    """A tribal enrollment or IHS chart number."""
    return rng.choice([f"{_digits(rng, 3)}-{_digits(rng, 5)}", f"TE{_digits(rng, 6)}", f"IHS {_digits(rng, 6)}",
                       f"{_digits(rng, 4)}-{_letters(rng, 1)}"])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        [
            "200",
            "200",
            "201",
            "204",
            "302",
            "400",
            "401",
            "403",
            "404",
            "409",
            "422",
            "500",
            "502",
            "503",
        ]
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
    return rng.choice(["adt-inbound", "rx-mailorder", "ivr-es", "fax-in", "claims-837p", "th-waitroom",
                       "portal-msg", "mobile-unit-sync", "elig-270", "interp-dispatch"])  # fmt: skip


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
    "WFIRST": ("NAME", word_first),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "PBFIRST": ("NAME", given_of("punjabi")),
    "PBLAST": ("NAME", family_of("punjabi")),
    "HMFIRST": ("NAME", given_of("hmong")),
    "HMLAST": ("NAME", family_of("hmong")),
    "MXFIRST": ("NAME", given_of("michoacan")),
    "MXLAST": ("NAME", family_of("michoacan")),
    "BQLAST": ("NAME", family_of("basque")),
    "AMLAST": ("NAME", family_of("armenian")),
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CAMP": ("ADDRESS", camp),
    "ROAD": ("ADDRESS", road),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "ESDATE": ("DATE", es_date),
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
    "MEDICAL": ("HEALTH_PLAN_ID", medi_cal),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "CDL": ("LICENSE_NUMBER", cdl),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "ANUM": ("OTHER_ID", a_number),
    "TRIBAL": ("OTHER_ID", tribal_id),
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
    # Michoacán, the dairies and the packing houses
    "hola buenas tardes soy {FIRST}, mi apá {NAME} tiene cita el {ESDATE} y no tiene raite",
    "buenas, aqui {MXFIRST} {MXLAST}, ando en la lechería hasta las 6, me marcan al {PHONE}",
    "mi amá ya tiene {AGE} años y no quiere comer, se llama {NAME}",
    "señorita le escribe {NAME} de parte de mi suegra, su fecha de nacimiento es {DATE}",
    "vivimos en {STREET} en {CITY}, la casa azul con el portón negro",
    "no tengo medical todavia, pero mi numero de caso es {OTHER}",
    "el numero de medi-cal de mi niño es {MEDICAL} 🙏",
    "soy {FIRST} la hija de doña {FIRST}, gracias por todo doctora",
    "cambie de numero, el nuevo es {PHONE} ya no uso el otro",
    "ya se me acabo la insulina y la farmacia por correo dice que mandaron a {STREETLINE}",
    "mi esposo {FIRST} se cortó en la empacadora, lo llevo ahorita",
    "oiga la cita de {FIRST} era el {MD} o el {DAYTH}?? no me acuerdo",
    "doctor {SURNAME} dijo que me mandaban los resultados, mi correo es {EMAIL}",
    "mi tio {NAME} esta en el campo de {CAMP}, no tiene telefono, hablenle a {PHONE}",
    "aqui le mando la foto de la tarjeta, el id dice {PLAN}",
    "la cita de telemedicina no me abre, el link es {URL}",
    "mijo {FIRST} tiene calentura desde el {ESDATE}, 102.5 anoche",
    "perdon por escribir tan tarde, soy {MXFIRST} 😔",
    "gracias dios le bendiga. {FIRST} {SURNAME}",
    "mi abuelita {FIRST} tiene noventa y tantos, dice que {AGE} pero no sabe bien",
    "la van de la clinica movil va a estar en {ROAD} el {MD}?",
    "buenas noches, mi suegro {NAME} de {CITY} se cayó del tractor",
    "el carro de mi esposo placas {PLATE} lo dejamos en el estacionamiento de la clinica",
    "soy {MXFIRST}, me dijeron que mandara mi domicilio: {STREETLINE} {UNIT}, {CITY} {STATE} {ZIP}",
    "mi nuera {FIRST} va a traducir, ella habla ingles",
    "a nombre de {LASTFIRST} por favor, asi sale en la mica",
    "mi compadre {FIRST} me da raite los martes, su cel {PHONE}",
    "ahi le encargo a mi ama {NAME}, tiene {AGEN}",
    # Oaxaca, Mixtec, Zapotec, Triqui
    "ntaku, soy {FIRST}, hablo mixteco, mi hijo {FIRST} escribe por mi",
    "mi mamá {NAME} solo habla triqui, necesitamos interprete para el {ESDATE}",
    "padiuxi, its {FIRST} the zapotec interpreter said text here",
    "we live in the labor camp {CAMP}, my husband {FIRST} works pruning",
    "mi papá {FIRST} {SURNAME} vino de oaxaca, no tiene seguro social",
    "vivo con mis primos en {STREET}, somos como 11 en la casa",
    "el patron no nos deja salir antes, puede ser la cita el {DAYTH}?",
    "my cousin {NAME} got sick from the heat in the grapes, he is at {CAMP}",
    "tengo que mandar dinero a mi mamá, su numero alla es {INTLPHONE}",
    "name {FIRST} {SURNAME} born {ESDATE} in the pueblo, i dont know the zip",
    "el mayordomo {FIRST} dijo que ustedes dan las vacunas en el campo",
    "xa ni ñuu, my daughter {FIRST} is 3 and has the cough 🤧",
    # Salvadoran
    "buenas, le saluda {NAME}, mi bicho {FIRST} tiene dolor de oido",
    "vaya pues, entonces el {MD} a las 10. {FIRST}",
    "ala mi mama {FIRST} {SURNAME} esta bien mal, tiene {AGE} y no respira bien",
    "mi tps vence el {ESDATE}, mi a number es {ANUM}, me pidieron para el formulario",
    "mi hermana {FIRST} en el salvador, su cel {INTLPHONE}, ella es mi contacto",
    "trabajo en el warehouse de noche, mandeme todo a {EMAIL} porfa",
    "cipote {FIRST} se quebró el brazo en la escuela de {CITY}",
    "gracias chele, att {FIRST}",
    # Punjabi Sikh truckers and orchard families
    "sat sri akal ji, this is {PBFIRST} {PBLAST}, my bebe ji needs bp medicine refill",
    "ji im on the road in wyoming till {MD}, can my son {PBFIRST} pick up dad's meds",
    "my CDL medical card expires {DATE}, dot physical needed, license {CDL}",
    "truck vin {VIN} i need the form for the dot",
    "bapu ji {NAME} is {AGE}, sugar 310 this morning, he is in the orchard again 😩",
    "my wife {PBFIRST} kaur does not speak english, plz call me {PHONE}",
    "dhanvaad doctor sahib. {PBFIRST}",
    "mom {FIRST} fell in the peach orchard near {CITY}, can we do video visit",
    "im {PBFIRST}, driving for {PBLAST} trucking, need sleep study before {MD}",
    "pls send letter to gurdwara address {STREETLINE}, {CITY}, we stay there now",
    "my brother in law {NAME} from india visiting, his phone {INTLPHONE}",
    "my dad's name on insurance is {NAMEUP} but everyone calls him {NICK}",
    "weigh station in {CITY} said my card not valid, my dr was {SURNAME}",
    "the plate on my pickup is {PLATE}, can i park at the back door for my mother",
    "chachi ji {FIRST} needs punjabi interpreter appt {LONGDATE}",
    # Hmong
    "nyob zoo, kuv yog {HMFIRST}, my niam {NAME} needs hmong interpreter",
    "ua tsaug, my txiv {HMFIRST} {HMLAST} is {AGE} and he forget his pills",
    "the shaman did ceremony for my pog {FIRST} on {MD}, can we still come in",
    "its {HMFIRST} from the {HMLAST} family, 12 people in the house at {STREET}",
    "my yawm txiv {FIRST} wants the hmong doctor, dr {SURNAME}",
    "kuv tus ntxhais {FIRST} has fever 103, we are in {CITY}",
    "pls call my brother {HMFIRST} at {PHONE} he translate for mom",
    "my mom {HMLAST} {HMFIRST} goes by the american name {FIRST}",
    "new year is {MD}, can we move grandma appt",
    "grandpa {NAME} is veteran of the secret war, can he get va card, dob {DATE}",
    # Lao, Mien, Cambodian
    "sabaidee, my mae {NAME} need lao interpreter for {LONGDATE}",
    "khop jai lai lai, this is {FIRST} {SURNAME}",
    "pho {FIRST} is {AGEN}, he stay with us in {CITY} now",
    "its {FIRST}, mien family, my mom only speak mien, appt {MD}",
    "my yie {FIRST} {SURNAME} has pain in knee, she lives at {STREETLINE} {UNIT}",
    "chum reap suor, my yay {NAME} is {AGE} years, she has dizzy",
    "orkun doctor! ta {FIRST} feel better after new medicine",
    "can the khmer interpreter {FIRST} come on {DAYTH}",
    "i am {FIRST}, my mom {NAME} survive the khmer rouge, she scared of hospital",
    # Armenian, Assyrian
    "barev, this is {FIRST} {AMLAST}, my tatik {FIRST} needs armenian speaking nurse",
    "papik {NAME} is {AGE}, stubborn as ever, wont use walker",
    "shnorhakalutyun, we will come {LONGDATE}",
    "my grandpa {FIRST} {AMLAST} still drives to the raisin packing house 😬",
    "please send the results to my daughter {EMAIL}, mom is {NAME}",
    "shlama, this is {FIRST} from the assyrian church, my yimma {NAME} needs ride",
    "tawdi, my baba {FIRST} {SURNAME} turned {AGEN} on {MD}",
    "we moved from the old house to {STREET} {CITY}, yimma still gets mail at {POBOX}",
    "its {FIRST}, my brother {FIRST} in iraq, his whatsapp {INTLPHONE}",
    # Azorean Portuguese dairy families
    "olá, sou {FIRST}, a minha avó {NAME} tem {AGE} anos",
    "obrigado! my avô {FIRST} {SURNAME} milks every morning still at {RURAL}",
    "the dairy is at {RURAL}, {CITY}, come by the back barn",
    "my dad {NAME} got kicked by a cow, his hand is swollen, ok to come {MD}?",
    "holy ghost festa is {MD}, can mom {FIRST} get her shot before",
    "send the bill to the dairy po box {POBOX}, attn {NAME}",
    "vovó {FIRST} says thank you doctora",
    # Filipino (Stockton)
    "hello po, this is {FIRST}, my lola {NAME} is {AGE} and has cough",
    "salamat po, tita {FIRST} will bring her on {MD}",
    "agyamanak, manang {FIRST} {SURNAME} is better now",
    "my lolo {FIRST} was manong in the asparagus fields, hes {AGEN} now",
    "kuya {FIRST} is the one with the car, plate {PLATE}",
    "pls email the care plan to {EMAIL} po",
    "ate {FIRST} is nurse at the other hospital, she said ask for dr {SURNAME}",
    "we moved po, {STREETLINE}, {CITY} {ZIP}",
    # Yemeni store owners
    "salam, i am {FIRST} {SURNAME}, i own the store on {STREETLINE}, can i come after close",
    "my yumma {NAME} has sugar, she is {AGE}, speak arabic only",
    "shukran doctor, inshallah we come {MD}",
    "my brother {FIRST} stuck in yemen, his number {INTLPHONE}, he need letter",
    "the store phone is {PHONE}, ask for {FIRST}",
    "my son {FIRST} need sports physical, he born {DATE}",
    # Afghan SIV families
    "salaam, i am {FIRST} from afghanistan, SIV, my case {OTHER}",
    "my wife {NAME} is pregnant, she need female doctor and dari interpreter",
    "tashakor, my a number is {ANUM}, resettlement agency said give to clinic",
    "my mother {FIRST} {SURNAME} is {AGE}, very weak, no english",
    "we live {STREETLINE} {UNIT}, {CITY}, caseworker is {NAME}",
    "my kids {FIRST} and {FIRST} need school shots before {MD}",
    "manana, bobo jan {FIRST} says thank you",
    "my brother {FIRST} still in afghanistan, whatsapp {INTLPHONE}",
    "my i-94 number is {OTHER}, medi-cal card not come yet",
    # Ukrainian and Russian Pentecostal families
    "slava bogu, baby {FIRST} born {DATE}, mama {FIRST} {SURNAME} is ok",
    "dyakuyu! my babushka {NAME} is {AGE} and she need russian interpreter",
    "spasibo doctor, dedushka {FIRST} will come {MD}",
    "we have 9 kids, {FIRST}, {FIRST}, {FIRST} need physicals, the others later",
    "brother {FIRST} {SURNAME} from church will drive, his phone {PHONE}",
    "our pastor {SURNAME} said clinic can help with the u4u paperwork",
    "its {FIRST}, i work in the warehouse in {CITY}, only can come saturday",
    "my humanitarian parole number {ANUM}, dob {ESDATE}",
    "mama {FIRST} and papa {FIRST} live with us at {STREET}",
    # Basque ranching families, Nevada
    "kaixo, this is {FIRST} {BQLAST} out at the ranch, no cell service, landline {PHONE}",
    "eskerrik asko for the call. amatxi {FIRST} is {AGEN} and still makes the chorizo",
    "my aitatxi {NAME} was a sheepherder, hes {AGE} now, lungs bad",
    "we are {RURAL}, 40 miles out of {CITY}, can telehealth work on satellite internet",
    "the herder {FIRST} got hurt, he is from peru, h2a visa, his id {OTHER}",
    "calving season, cant come till {MD}. {FIRST} {BQLAST}",
    "mail to {POBOX}, {CITY}, {STATE} {ZIP}, nobody drives to town till friday",
    # Western Shoshone and Paiute
    "this is {FIRST} from the colony, my grandma {NAME} needs her ride to dialysis",
    "my tribal id is {TRIBAL}, does ihs cover the eye doctor",
    "uncle {FIRST} {SURNAME} is {AGE}, still goes pine nutting every fall",
    "im at {RURAL} on the reservation, mail dont come to the house",
    "my auntie {FIRST} said call {PHONE}, thats the tribal health office",
    "grandpa {FIRST} only speaks shoshone when hes tired",
    "chs referral number {OTHER} for my mri, they said it was denied",
    "this is {FIRST} from out at the lake, my son {FIRST} has asthma again",
    # Dust Bowl descendants and Black families of the Valley
    "mawmaw {FIRST} {SURNAME} is {AGE} and wants to know if her pills came",
    "my granddaddy {NAME} come out from oklahoma in 38, picked cotton in {CITY}",
    "this is {FIRST}, big mama {FIRST} turned {AGEN} on {MD}, sharp as ever",
    "mama {NAME} lives at {STREET} in {CITY}, i'm out of state",
    "my uncle {FIRST} {SURNAME} from out by the old colony needs the oxygen refilled",
    "can church sister {FIRST} pick up my meds, her plate is {PLATE}",
    "it's {WNAME}, my portal aint working",
    "bless you all. {FIRST} {SURNAME}",
    "mr {SURNAME} from the senior center said y'all do home visits",
    # Japanese American farming families
    "my bachan {NAME} is {AGE}, she was in camp during the war as a girl",
    "jichan {FIRST} {SURNAME} still checks the vines every day, he fell on {MD}",
    "this is {FIRST}, calling about my father {NAME}, dob {USDATE}",
    "arigato for taking care of mom {FIRST}",
    # Telehealth, mail-order pharmacy, the mobile clinic
    "the video visit link {URL} says expired",
    "my tablet from the telehealth program imei {IMEI} is locked",
    "i tried the video from {IP} and it froze",
    "mail order said my order {OTHER} shipped to {STREETLINE} but thats my old place",
    "tracking {URL} says delivered but nothing came to {STREET}",
    "can the mail pharmacy send to my cousin {NAME} at {STREETLINE}, {CITY} {ZIP}",
    "where is the mobile clinic this week, last time it was at the church on {ROAD}",
    "mobile clinic nurse {FIRST} said to text here about my pap results",
    "i was seen at the mobile van {MD} near {CITY}, dr {SURNAME}",
    "my insulin pump serial {DEVICE} keeps alarming at night",
    "cgm sensor {DEVICE} fell off again, can mail order send another",
    "the oxygen machine serial {DEVICE} is beeping and the power went out",
    "bp cuff from the program {DEVICE}, not syncing with the app",
    "telehealth username {USER} password reset please",
    "my portal login is {USER} and it says account locked",
    "video doctor said call back {PHONE}",
    # Farmworker housing
    "we are at {CAMP}, no ac in the cabins, my son {FIRST} dizzy",
    "new address {CAMP}, {CITY} {STATE} {ZIP}, until the season ends",
    "our housing is {CAMP}, the manager {NAME} has the key for the office",
    "i left the labor camp, now living with {FIRST} at {STREET}",
    "its {FIRST}, i move to the camp in {CITY} for the lettuce, my records please",
    # Warehouses, Inland Empire
    "i work at the warehouse in {CITY}, my supervisor {NAME} needs a note for {MD}",
    "workers comp claim {OTHER}, hurt my back lifting boxes {DATE}",
    "my adjuster is {NAME}, fax {FAX}",
    "fax the work restrictions to hr {FAX} attn {FIRST}",
    # Sacramento
    "we live in {CITY} now near the big church, apt {UNIT}",
    "my mother in law {NAME} is {AGE}, needs home care",
    # Identifiers in loose chat
    "my social is {SSN} if you need it for the medi-cal form",
    "last 4 of my ss is wrong on the bill, full one {SSN}",
    "mrn {MRN} thats me",
    "my chart number is {MRN}, dob {DATE}",
    "account {ACCOUNT} still shows i owe, i paid on {DATE}",
    "statement number {ACCOUNT} for my dad {NAME}",
    "member id {PLAN}, group is the dairy",
    "medicare card {MBI}, my wife {FIRST} has the same plan",
    "my license {LICENSE} for the id check",
    "drivers license {CDL}, they said bring it",
    "vin of the car that hit me {VIN}, for the er bill",
    "the camera in the parking lot got my plate {VEHICLE}",
    "my phone imei {IMEI} for the free phone program",
    "my son's gofundme {URL}",
    "here is my facebook {URL} you can see the rash pics",
    "ip {IP} that's what the library computer said",
    "ticket {OTHER} from the help line",
    "referral {OTHER} for the specialist in {CITY}",
    "the nurse line number is {PHONE} right",
    "my email changed to {EMAIL}",
    "email is {EMAIL} no spaces",
    "dr {SURNAME}'s nurse {FIRST} said call her at {PHONE}",
    # Sign-offs, names alone, lists
    "{FIRST}",
    "- {FIRST} {SURNAME}",
    "ok gracias. {NICK}",
    "thank you!! {FIRST} ❤️",
    "ty - {INITS}",
    "att: {NAME}",
    "{FIRST} here 😊",
    "its me, {NICK}",
    "sent from my phone. {NAME}",
    "love, {FIRST} & {FIRST}",
    "dios les bendiga, {FIRST}",
    "{NAME}\n{PHONE}",
    "{LASTFIRST} dob {DATE}",
    "{FIRST} {SURNAME} {DATE} {PHONE}",
    "kids: {FIRST}, {FIRST}, {FIRST}",
    "contacts: {FIRST} {PHONE} / {FIRST} {PHONE}",
    # Possessives, objects of verbs, nicknames
    "{FIRST}'s inhaler is almost empty",
    "i took {FIRST} to urgent care {MD}, they said ear infection",
    "can you call {FIRST} instead, i'm at work",
    "please tell {NAME} her results are ready",
    "we call him {NICK} but his real name is {FIRST}",
    "{NICK} says hi to nurse {FIRST} 😂",
    "grandma {FIRST}'s new address is {STREETLINE}",
    "my husband's name is {NAME} he is the patient not me",
    "i saw {FIRST} {SURNAME} at the pharmacy and she said you were closed",
    "{SURNAME} family, 5 of us need flu shots",
    "dr {SURNAME} and dr {SURNAME} both said different things",
    "my caregiver {NAME} has power of attorney, her cell {PHONE}",
    "emergency contact {FIRST} {PHONE} (son)",
    "the school nurse {NAME} called about {FIRST}'s lice",
    "my neighbor {FIRST} found mom on the floor {MD}",
    # Odd layouts and loose addresses
    "addr: {STREET} / {CITY} / {ZIP}",
    "im on {ROAD} by the almond huller, white trailer",
    "house on {ROAD} past the canal, green mailbox",
    "new place is {STREETLINE} {CITY} i think zip is {ZIP}",
    "{STREETLINE}, {UNIT} is the address the dmv has",
    "moved from {CITY} to {CITY} last month",
    "can u deliver to my work instead {STREETLINE}, ask for {FIRST} at the front",
    "i stay between my sisters in {CITY} and my moms in {CITY}",
    "zip {ZIP} is that in your area?",
    "we live far, {RURAL}, the nearest town is {CITY}",
    # Dates and ages
    "born {DATE}, {AGE} years old, still drives",
    "grandpa is {AGE} today 🎂",
    "she turns {AGEN} on {MD}",
    "appt was {LONGDATE} but nobody called",
    "since {MONYEAR} i have this pain",
    "can i come the {DAYTH} in the morning",
    "dob {USDATE}",
    "fecha de nacimiento {ESDATE}",
    "the surgery was {DATE} at the big hospital",
    "he passed {DATE}, please stop the reminders for {NAME}",
    # Word names in chat
    "this is {WFIRST}, the one with twins",
    "mr {WLAST} said the mobile clinic comes thursdays",
    "tell {WFIRST} {WLAST} her rides are set",
    "my teacher ms {WLAST} needs the asthma form",
    "{WNAME} here, need my records",
    "can {WFIRST} pick up my prescription",
    "bye, {WFIRST}",
    "is dr {WLAST} in on friday",
    "my brother {FIRST} {WLAST} drives truck, can he do telehealth from the cab",
    "{WLAST} family dairy, the cows come first lol",
    "mrs {WLAST} the school nurse sent me",
    "hi {WFIRST}! its me from last week",
]  # fmt: skip

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|SJVH|MOBILE|VAN3|{HLTS}||ADT^A04|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^SJVH^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^SJVH^MR~{MEDICAL}^^^CAMCD^MA||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}||{PHONE}^PRN^CP||SPA",
    "PID|1||{MRN}^^^NVRHC^MR~{TRIBAL}^^^IHS^PI||{LNUP}^{FNUP}^^^^^L||{HLDATE}|F|||{RURAL}^^{CITY}^NV^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|SON^Son|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}||EC",
    "NK1|2|{SURNAME}^{FIRST}^^^^|MTH^Mother|||{INTLPHONE}",
    "PV1|1|O|MOBILE^VAN3^01||||{NPI}^{LNUP}^{FNUP}^^^DR|||FM||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MCAL|CAMCD|MEDI-CAL|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAL}",
    "IN1|1|MCR|CMS|MEDICARE PART B|||||||||||{LNUP}^{FNUP}^{MIDUP}|SEL|{HLDATE}||||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|M",
    "OBX|4|TX|INTERP^Interpreter||Mixteco interpreter {LNUP}^{FNUP} via phone line, session {OTHER}||||||F",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "RXO|^^^{HLTS}|00088-2220-33^INSULIN GLARGINE 100U/ML|||||||||||||{OTHER}|||{DEA}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^SJVH^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "SCH|{OTHER}||||||TELEHEALTH^Video visit|||20|MIN|^^20^{HLTS}|||||{LNUP}^{FNUP}",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-router[{PIDN}]: ACK AE MSH-10={OTHER} err='PID-11.5 zip {ZIP} not in service area for {CITYUP}'",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}","communication":[{{"language":{{"text":"Mixteco"}}}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"Patient","identifier":[{{"system":"urn:oid:2.16.840.1.113883.4.1","value":"{SSN}"}},{{"system":"https://sjvhealth.example/mrn","value":"{MRN}"}}],"name":[{{"text":"{NAME}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"relationship":[{{"text":"grandson"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"payor":[{{"display":"Medi-Cal managed care"}}],"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Appointment","status":"booked","start":"{TS}","participant":[{{"actor":{{"display":"{LASTFIRST}"}}}}],"description":"video visit"}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"display":"{NAME}"}},"type":{{"text":"continuous glucose monitor"}}}}',
    '{{"resourceType":"MedicationDispense","subject":{{"reference":"Patient/{PTUUID}"}},"whenHandedOver":"{ISODATE}","destination":{{"display":"{STREET}, {CITY} {ZIP}"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "fhir-proxy WARN search matched 4 for name={NAMEQ}&address-postalcode={ZIP} tenant=sjv",
    # key=value app events
    "level=info ts={TS} svc=portal event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=portal event=login_fail user={USER} ip={IP} reason=bad_password attempts=6",
    'level=info ts={TS} svc=telehealth event=waiting_room_join patient="{NAME}" device_imei={IMEI} ip={IP} room={REQID}',
    'level=error ts={TS} svc=telehealth event=video_drop patient_id={MRN} ip={IP} bitrate_kbps=84 note="satellite link"',
    "ts={TS} svc=telehealth event=interpreter_added lang=hmn interpreter={USER} visit={OTHER}",
    'ts={TS} app=ivr call_from={PHONE} menu=espanol>citas caller_id="{NAMEUP}" dur={MS}',
    "ts={TS} app=ivr event=callback_requested phone={E164} lang=pa queue={QUEUE}",
    "ts={TS} app=sms dir=out to={E164} template=recordatorio_cita pt_first={FIRST} appt={ISODATE}",
    'ts={TS} app=sms dir=in from={E164} body="soy {FIRST} no puedo ir el {MD}"',
    'ts={TS} app=sms dir=in from={E164} body="ua tsaug, {FIRST} will bring niam"',
    "mobile-unit sync ok van=3 site=church-lot visits=14 last_pt={MRN} dob={ISODATE} uploaded={TS}",
    'mobile-unit WARN offline_queue=22 pt="{LASTFIRST}" address="{CAMP}" gps_fix=false',
    'event=heat_illness_screen site=field pt="{NAME}" employer_contact={PHONE} ts={TS}',
    # JSON app events
    '{{"ts":"{TS}","level":"INFO","event":"address_change","mrn":"{MRN}","old":"{STREET}","new":"{STREET}","by":"{USER}"}}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}","lang":"es"}}',
    '{{"ts":"{TS}","event":"proxy_access_granted","proxy":"{NAME}","patient":"{NAME}","relationship":"son"}}',
    '{{"level":"error","msg":"geocode failed","addr":"{RURAL}","city":"{CITY}","zip":"{ZIP}","ms":{MS},"retry":false}}',
    '{{"level":"warn","msg":"undeliverable","to":"{STREETLINE}, {CITY} {STATE} {ZIP}","carrier":"USPS","order":"{OTHER}"}}',
    '{{"svc":"mailrx","event":"shipped","order":"{OTHER}","rx":"{OTHER}","ship_to":"{NAME}","addr1":"{STREET}","zip":"{ZIPNINE}","cold_chain":true}}',
    '{{"svc":"mailrx","event":"signature_captured","signer":"{NAME}","ts":"{TS}","driver_device":"{DEVICE}"}}',
    '{{"svc":"transport","rider":"{LASTFIRST}","pickup":"{STREET}","driver":"{USER}","van_plate":"{PLATE}","tribal_id":"{TRIBAL}"}}',
    '{{"svc":"kiosk","event":"checkin","pt":"{NAME}","dob":"{USDATE}","insurance":"{PLAN}","kiosk_mac":"{MAC}"}}',
    '{{"svc":"resettlement-intake","a_number":"{ANUM}","name":"{NAME}","arrival":"{ISODATE}","phone":"{PHONE}"}}',
    # nginx / apache
    '{IP} - - [{CLFDATE}:{CLOCK} -0800] "GET /portal/messages?to={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Linux; Android 12)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0700] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}_visit.pdf HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0800] "POST /api/intake?name={NAMEQ}&dob={ISODATE}&zip={ZIP} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0800] "GET /th/join?room={REQID}&display={NAMEQ} HTTP/1.1" 302 0 "-" "SurcoTablet/3.1"',
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /rx/track?order={OTHER}&email={EMAIL} HTTP/1.1" 200 {BYTES}',
    "[{CLFDATE}:{CLOCK}] [php:error] [pid {PIDN}] [client {IP}] PHP Notice: undefined index 'apellido' in /srv/forms/registro.php, referer: https://forms.example/?nombre={NAMEQ}",
    '{IP} - - [{CLFDATE}:{CLOCK} -0800] "PUT /api/patients/{MRN}/address HTTP/1.1" 204 0 "-" "okhttp/4.12.0"',
    # Traces and SQL
    'Traceback (most recent call last):\n  File "/app/intake/geo.py", line 88, in normalize\n    raise AddressError(f"no match for {{addr!r}}")\nintake.geo.AddressError: no match for \'{STREET}, {CITY}\'',
    "java.lang.IllegalStateException: duplicate MRN {MRN} for patient {LASTFIRST}\n\tat org.sjv.empi.Merge.apply(Merge.java:212)",
    'ERROR:  duplicate key value violates unique constraint "patient_ssn_key"\nDETAIL:  Key (ssn)=({SSN}) already exists.',
    'ERROR 1062 (23000): Duplicate entry \'{EMAIL}\' for key \'users.email_uq\'',
    "psycopg.errors.CheckViolation: new row for relation \"address\" violates check constraint \"zip_fmt\" DETAIL: Failing row contains ({STREETLINE}, {CITY}, {STATE}, {ZIP}X).",
    "UPDATE patients SET phone='{PHONE}', email='{EMAIL}' WHERE mrn='{MRN}'; -- 1 row, by {USER}",
    "SELECT * FROM encounters WHERE pt_last='{LNUP}' AND pt_first='{FNUP}' AND dob='{ISODATE}'; -- slow query {MS}ms",
    'sqlalchemy.exc.IntegrityError: (psycopg.errors.NotNullViolation) null value in column "dob" [parameters: {{"name": "{NAME}", "mrn": "{MRN}"}}]',
    # X12 and NCPDP
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*CA*{ZIP}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "CLM*{ACCOUNT}*185***11:B:1*Y*A*Y*Y~REF*G1*{OTHER}~DTP*472*D8*{HLDATE}~",
    "ISA*00*          *00*          *ZZ*SJVH           *ZZ*MEDICAL        *{HLDATE}*1122*^*00501*000004411*0*P*:~NM1*IL*1*{LNUP}*{FNUP}***MI*{MEDICAL}~",
    "271 AAA*N**75*C~ subscriber {LNUP},{FNUP} dob {HLDATE} id {PLAN} not found",
    "NCPDP B1 reject 75 (PA required) rx={OTHER} pt={LNUP},{FNUP} dob={HLDATE} cardholder={PLAN}",
    # Fax, IVR and telephony
    "fax-gw INBOUND from={FAX} to=main-fax pages=7 csid=\"WORKCOMP ADJ\" subject=\"{NAMEUP} {USDATE}\" job={OTHER}",
    "fax-gw OUTBOUND to={FAX} pages=3 status=busy retry=2 cover=\"records for {NAME}\"",
    "RightFax: job {OTHER} delivered to {FAX} re: {LASTFIRST} DOB {USDATE}",
    "asterisk[{PIDN}]: NOTICE: Call from '{NAMEUP}' <{E164}> to extension 4410 (interp-hmn) rejected: no agent",
    "ivr: caller {PHONE} entered dob {HLDATE}, matched mrn {MRN}, lang=mixteco fallback=es",
    'voicemail transcribed: "hi this is {FIRST} calling for my mom {NAME} call me back at {PHONE}" box=4402',
    "twilio webhook From={E164}&Body=cita+para+{FIRST}+el+{MD}&MessageSid={REQID}",
    # CSV rows and file names
    "{MRN},{LNUP},{FNUP},{ISODATE},{PHONE},{STREETLINE},{CITY},{STATE},{ZIP},{PLAN}",
    '"{LASTFIRST}","{USDATE}","{CAMP}","{CITY}","{PHONE}","heat screen","neg"',
    "mobile_van_roster_{HLDATE}.csv: row 14 {NAME},{USDATE},{ROAD},{PHONE},flu+tdap",
    "scan_{LNLOW}_{FNLOW}_{HLDATE}.pdf uploaded by {USER} from {IP}",
    "/mnt/fax/inbound/{HLDATE}/{LNUP}_{FNUP}_workcomp.tif",
    "s3://sjv-telehealth-recordings/{PTUUID}/{ISODATE}/session.mp4 deleted by lifecycle",
    "export_medi_cal_{MONYEAR}.csv: {MEDICAL},{LNUP},{FNUP},{HLDATE},{ZIP}",
    # Message queues, device telemetry, SSO and audit
    'kafka topic=adt.events key={MRN} value={{"type":"A03","pt":"{NAME}","disch":"{TS}"}}',
    'rabbitmq queue={QUEUE} payload={{"to":"{E164}","lang":"pa","name":"{FIRST}"}} redelivered=true',
    "sqs msg={REQID} body=refill_due mrn={MRN} ship_to_zip={ZIP} pt_email={EMAIL}",
    "cgm-gateway: serial={DEVICE} pt={MRN} last_upload={TS} gap_hours=31",
    "o2-telemetry concentrator={DEVICE} hours=14022 alarm=low_flow owner={LASTFIRST} phone={PHONE}",
    "mdm enrolled tablet imei={IMEI} mac={MAC} assigned_to={NAME} program=tele-home",
    "SAML assertion ok nameid={STAFFEMAIL} ip={IP} app=ehr",
    "audit: user {USER} opened chart {MRN} ({LASTFIRST}) reason=treatment from {IP}",
    "audit: break-the-glass by {USER} on {NAMEUP} ts={TS} justification='ED transfer'",
    "ldap: bind failed for uid={USER},ou=staff,dc=sjv,dc=example from {IP}",
    "dmv-lookup ok plate={PLATE} for parking permit pt={MRN} vin={VIN}",
    "workcomp-api claim={OTHER} employee={NAME} dol={ISODATE} employer_fax={FAX}",
    "webhook POST {URL} {STATUS} {MS}ms",
    "cron[{PIDN}]: reminder batch sent 212 sms, first failure to={PHONE} name={FIRST}",
    "kubelet: pod intake-7f9 env PT_DEBUG_NAME=\"{NAME}\" leaked in crash dump, node ip {IP}",
    "ehr-print[{PIDN}]: wristband job {OTHER} {LNUP}, {FNUP} DOB {USDATE} MRN {MRN} printer=L&D-2",
    'graphql error: {{"message":"field dob invalid","path":["updatePatient"],"variables":{{"mrn":"{MRN}","dob":"{ESDATE}"}}}}',
    "redis SET session:{REQID} user={USER} ip={IP} ttl=1800 last_pt={MRN}",
    "pharmacy-robot: vial label {LASTFIRST} rx {OTHER} qty 90 ship {STREETLINE} {CITY} {ZIP}",
    "eligibility 270 sent for {NAMEUP} dob {HLDATE} subscriber {PLAN}; 271 coverage active since {ISODATE}",
    "{TS} WARN geofence: mobile van plate {PLATE} outside route near {ROAD}",
    "{TS} INFO interp-dispatch lang=trs (Triqui) requested for {NAME} callback {PHONE} wait={MS}s",
]  # fmt: skip

NOTES = [
    # HPI, A/P, SOAP
    "HPI: {NAME} is a {AGE} y/o Mixteco-speaking woman seen on {DATE} via telephone interpreter for 3 days of dysuria.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, dairy worker, presents with R hand swelling after being kicked by a cow {MD}.",
    "HPI: 54M orchard owner, {NAME}, with polyuria and a 12 lb weight loss since {MONYEAR}. Son {FIRST} at bedside interpreting Punjabi.",
    "HPI: Long-haul driver {FIRST} {SURNAME} here for DOT exam; snoring per wife {FIRST}. CDL {CDL}.",
    "A/P: T2DM, A1c 10.2. Start basal insulin; mail-order pharmacy to ship to {STREETLINE}, {CITY}. RTC {MD}. -- {DOC}, MD",
    "A/P: Heat exhaustion in a farmworker from {CAMP}. IV NS 2 L, cool down, work note through {MD}. Employer contact {PHONE}.",
    "S: Pt states \"me duele la espalda\" since lifting at the warehouse {DATE}. O: paraspinal spasm. A/P: lumbar strain; restrictions faxed to {FAX}.",
    "Subjective: {FIRST} reports the CGM ({DEVICE}) falls off in the heat. Objective: site clean. Plan: overpatch, mail-order reorder.",
    "Assessment: COPD exacerbation in a {AGE} y/o former sheepherder living at {RURAL}. Plan: prednisone burst, telehealth f/u {MD}.",
    "Plan discussed with patient and daughter {NAME} in Spanish. Questions answered. {INITS}",
    # Telehealth
    "Telehealth video visit {DATE}. Pt located at home, {RURAL}, {CITY}; provider at clinic. Consent obtained verbally. Link {URL}.",
    "Video visit converted to audio-only due to bandwidth (satellite). Pt {NAME} reachable at {PHONE}.",
    "Telehealth: Hmong interpreter {FIRST} {SURNAME} (ID {OTHER}) joined at 10:12. Pt's son {HMFIRST} also present.",
    "Telehealth tablet issued: IMEI {IMEI}, MAC {MAC}. Assigned to {LASTFIRST}. Return if disenrolled.",
    "Remote BP monitoring: cuff {DEVICE} readings 150s/90s x 2 wks. Pt {NAME} counseled by phone.",
    "Telehealth note: pt joined from truck cab at a rest stop; DOT-approved for video. Location stated by pt: near {CITY}.",
    # Mobile clinic and farmworker housing
    "Mobile clinic, site: church lot on {ROAD}, {DATE}. Seen: {NAME}, {USDATE}. Flu + Tdap given. Lot# noted in MAR.",
    "Mobile unit visit at {CAMP}. 31 workers screened. Referred {NAME} (BP 178/104) to clinic; ride arranged via {PHONE}.",
    "Farmworker housing outreach {DATE}: cabin without AC, {CAMP}. Pt {FIRST} {SURNAME} counseled on heat illness.",
    "Outreach worker {NAME} located pt at {STREETLINE} after 3 missed calls to {PHONE}.",
    "Mobile mammography van at {CITY} community center {MD}; pt {LASTFIRST} BI-RADS 0, recall letter to {POBOX}.",
    "Pesticide exposure report: pt {NAME} DOB {DATE}, field near {ROAD}. Ag commissioner notified, ref {OTHER}.",
    # Pharmacy and mail order
    "Pharmacy: mail-order fill of insulin aspart shipped cold-pack to {STREETLINE}, {CITY} {STATE} {ZIP}; tracking {OTHER}.",
    "Pharmacy note: called {NAME} at {PHONE} re: duplicate metformin from two prescribers. Pt confirms stopped {MD}.",
    "Rx transfer from outside pharmacy; RPh {NAME} gave verbal, license {LICENSE}.",
    "Mail-order returned undeliverable: {STREET}. New address per pt: {CAMP}.",
    "PA submitted for GLP-1, case {OTHER}. Member {PLAN}. Prescriber {DOC}, NPI {NPI}.",
    "Controlled substance Rx: tramadol 50 mg #20. CURES checked {DATE}. {DOC}, DEA {DEA}.",
    # Interpreter lines
    "Interpreter: Triqui via relay (Spanish-Triqui) by {NAME}, ID {OTHER}. Pt's husband {FIRST} also present.",
    "Interpreter used: Punjabi, {FIRST} {SURNAME} (in person). Pt prefers to be addressed as {PBFIRST}.",
    "Interpreter: Dari, phone, operator {OTHER}. Pt {NAME} declined male provider; reassigned to {DOC}.",
    "Interpreter: Armenian (Western), {NAME}. Family present: grandson {FIRST}, daughter-in-law {FIRST}.",
    "Interpreter: Assyrian Neo-Aramaic not available; son {FIRST} interpreted at pt request after offer documented.",
    "Interpreter: Russian, {NAME}, ID {OTHER}. Pt's pastor {SURNAME} waited in lobby.",
    "Interpreter: Mien, {FIRST} {SURNAME}, via video. Pt's mother {NAME} ({AGEN} yo) in room.",
    "Interpreter: Khmer, {NAME}. Pt described prior trauma; offered BH referral.",
    "Interpreter: Lao, {NAME}, session {OTHER}; Portuguese interpreter not needed (family bilingual).",
    "Interpreter: Mixteco (Alto), {NAME}, phone line, 34 min.",
    "Interpreter: Arabic (Yemeni), {FIRST} {SURNAME}. Pt's brother in Yemen reachable at {INTLPHONE} per pt.",
    # Geriatrics, ages over 89
    "Geri consult: {NAME}, {AGE} y/o Azorean-born dairywoman, lives with son at {RURAL}. MoCA 19/30.",
    "Home visit {DATE}: pt {LASTFIRST}, {AGE} yo, Japanese American, lives alone on family farm at {RURAL}. Daughter {FIRST} checks daily.",
    "Pt is a {AGEN} y/o Basque woman, formerly ran a boarding house; now at {STREETLINE}, {CITY}.",
    "Advance directive on file; agent is nephew {NAME}, {PHONE}. Pt {AGE} yo, DNR/DNI.",
    "Hospice eval: {NAME}, {AGE}. Family: granddaughter {FIRST} (POA). Pastor {SURNAME} visits weekly.",
    "Falls clinic: {AGE} y/o Armenian man, son {FIRST} reports 3 falls since {MONYEAR}. PT referral.",
    "Pt turned {AGEN} on {MD}; family brought cake to clinic. {INITS}, MA",
    # Tribal clinics, Nevada
    "Tribal health clinic note. Pt {NAME}, enrollment {TRIBAL}. CHS referral for ortho, ref {OTHER}.",
    "IHS purchased referred care denied; pt {LASTFIRST} lives at {RURAL}, 92 miles from facility. Appeal sent {DATE}.",
    "Diabetes program: pt {FIRST} {SURNAME}, A1c 8.1. Traditional foods discussed (pine nuts, rabbit). F/u {MD}.",
    "Transport by tribal van (plate {PLATE}) for dialysis MWF. Driver {NAME}.",
    "Ranch injury: pt {NAME} thrown from horse {DATE}; transported by ranch truck VIN {VIN} to ED.",
    # Refugee, SIV, humanitarian parole
    "Refugee health screen: {NAME}, SIV arrival {DATE}, A# {ANUM}. Caseworker {NAME}, {PHONE}.",
    "Domestic refugee exam for family of 7; head of household {LASTFIRST}. Address {STREETLINE} {UNIT}, {CITY}.",
    "Humanitarian parole (U4U) intake: {NAME}, DOB {DATE}, parole doc {ANUM}. Sponsor {NAME}, {EMAIL}.",
    "TB screen: IGRA positive for {NAME} (arrived {MONYEAR}). CXR clear. LTBI tx with rifampin.",
    # Workers comp, occupational
    "Workers' comp first report: employee {NAME}, SSN {SSN}, DOI {DATE}, warehouse {CITY}. Claim {OTHER}. Adjuster fax {FAX}.",
    "Work status: modified duty, no lifting >10 lb until {MD}. Copy to employer attn {NAME}.",
    "DOT medical exam: driver {NAME}, CDL {CDL} (CA), BP 138/86, certified 2 years. Examiner {DOC}, NRCME {OTHER}.",
    "Dairy injury: crush injury L foot, {FIRST} {SURNAME}, milker at {RURAL}. Employer {NAME} notified.",
    # OB, peds
    "OB intake: G5P4, {NAME}, LMP {DATE}. Husband {FIRST}. Lives at {CAMP}. Prefers Zapotec; interpreter arranged.",
    "Newborn {FIRST} {SURNAME}, born {DATE}, 3.4 kg. Mother {NAME}. Pediatrician {DOC}.",
    "WCC 4 y/o {FIRST}; mother {NAME} reports kids {FIRST} and {FIRST} also due for shots.",
    "School form completed for {FIRST} {SURNAME}, DOB {USDATE}, school in {CITY}.",
    "Lead screen elevated (7 mcg/dL) in {NAME}; home at {STREETLINE} built pre-1978. County notified.",
    # Social work, care coordination
    "SW note: pt {NAME} lives in garage conversion at {STREET}; landlord {NAME}. Housing referral placed.",
    "CM: arranged Medi-Cal transport for {LASTFIRST}, Medi-Cal {MEDICAL}, pickup {STREETLINE} {MD}.",
    "Care coordination: pt moved from {CITY} to {CITY}; records requested from prior PCP {DOC}, fax {FAX}.",
    "Pt's daughter {NAME} ({PHONE}) is primary caregiver; son {FIRST} in India reachable at {INTLPHONE}.",
    "Financial counseling: guarantor {NAME}, acct {ACCOUNT}. Sliding fee 100%. Statement to {POBOX}, {CITY} {STATE} {ZIP}.",
    "Billing: claim {OTHER} denied CO-16 (missing subscriber ID). Corrected to {PLAN}, resubmitted {DATE}. -{INITS}",
    "Charity care approved for {NAME}, household of 11, effective {DATE}.",
    # Portal, admin
    "Portal admin: proxy access granted to {NAME} (daughter) for {NAME}; ID verified via DL {CDL}.",
    "Portal admin: locked account {USER} after failed logins from {IP}; reset link sent to {EMAIL}.",
    "Demographics updated per pt: phone {PHONE}, email {EMAIL}, address {STREET}, {CITY} {ZIP}.",
    "Registration: name corrected from {NAME} to {NAME} per passport; SSN {SSN} verified.",
    "Duplicate chart merge: {MRN} into {MRN} ({LASTFIRST}, DOB {USDATE}).",
    "Interface field pasted: PID-5 {LNUP}^{FNUP}^{MIDUP} PID-7 {HLDATE} PID-11 {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    "Device log: insulin pump {DEVICE} replaced under warranty; old unit returned by {NAME}.",
    "Parking validation: pt {NAME}, vehicle {VEHICLE}.",
    "Photo of rash sent by pt via {URL}; reviewed and saved to media.",
    # Dictation, signatures, cc lines
    "Dictated by {DOC}, MD. Transcribed by {INITS} on {DATE}. Not reviewed for accuracy.",
    "Electronically signed: {DOC}, FNP-C {DATE} 16:42",
    "Signed: {NAME}, RN, BSN. Cosigned: {DOC}, MD.",
    "cc: {DOC}, MD (PCP); {NAME}, LCSW; pt's daughter {FIRST} per ROI",
    "cc: Dr. {SURNAME}, fax {FAX}",
    "Scribe attestation: I, {NAME}, scribed for {DOC} on {DATE}.",
    "Note routed to {DOC}; pt to be called at {PHONE} with results.",
    "Addendum {DATE}: spoke with pt's son {FIRST} {SURNAME} by phone, {PHONE}; he will bring meds list.",
    "-- {FIRST} {SURNAME}, MA, mobile unit 2",
    "Reviewed with attending Dr. {SURNAME}. {INITS}, PGY-2",
    # Mixed history
    "Social hx: from Michoacán, 22 yrs in the Valley, milker; lives with wife {FIRST} and 4 kids at {STREETLINE}.",
    "Social hx: Sikh, amritdhari; kirpan worn, respected during exam. Son {PBFIRST} {PBLAST} drives truck.",
    "Social hx: Hmong; clan elder {NAME} involved in decisions. Shaman ceremony planned {MD}.",
    "Social hx: Portuguese Azorean dairy family, 3 generations at {RURAL}. Wife {FIRST} manages herd records.",
    "Social hx: Yemeni; owns corner store at {STREETLINE}, works 14 h/day. Wife {NAME}.",
    "Social hx: Afghan SIV, arrived {MONYEAR}, former interpreter; lives at {STREETLINE}, {CITY}.",
    "Social hx: Pentecostal; 10 children. Declines blood products? No - accepts. Husband {NAME}.",
    "Social hx: Basque, retired sheepherder; lives at ranch {RURAL}. Nephew {FIRST} {BQLAST} checks in.",
    "Social hx: Western Shoshone, lives on the reservation; grandmother {NAME} raises 3 grandchildren.",
    "Social hx: Black, grandfather came from Texas in 1940s; pt lives at {STREET}, {CITY}. Church member.",
    "Social hx: Japanese American, family farm since 1919 except wartime incarceration. Lives with {NAME}.",
    "Social hx: Dust Bowl family, 4th gen in the Valley; works oil field. Wife {NAME}.",
    "Social hx: Assyrian Church of the East; daughter {FIRST} {SURNAME} translates.",
    "Social hx: Filipino, retired farm labor; wife {FIRST}; nephew {NAME} POA.",
    "Social hx: Armenian; retired raisin grower. Lives with son at {STREETLINE}.",
    "Social hx: Salvadoran, TPS; works night shift at warehouse. Partner {NAME}, {PHONE}.",
    "Social hx: Cambodian; survivor; lives with daughter {NAME} at {STREET}.",
    "Social hx: Lao; retired; son {FIRST} manages meds. Uses {EMAIL} for portal.",
    # Word names
    "Pt {WNAME} seen for follow-up of HTN. BP 132/80.",
    "Caregiver {WFIRST} {WLAST} reports improved intake.",
    "Referred by Dr. {WLAST}; letter on file.",
    "Family meeting with {FIRST} {WLAST} and daughter {WFIRST}.",
    "Spoke with Mrs. {WLAST} re: transport.",
]  # fmt: skip

_PHI_FREE_CHAT = [
    "ok gracias doctora",
    "si mañana a las 8 esta bien",
    "ya me tome la pastilla",
    "the heat index was 108 today, we stopped at noon",
    "i drink like 4 bottles of water in the field",
    "my sugar was 212 after lunch",
    "bp 148/92 this morning, 139/88 at night",
    "is tylenol ok with the metformin",
    "can i take ibuprofen 600 with the lisinopril",
    "how long do i keep the cgm on, 10 days or 14?",
    "the senna helped, went this morning 🙏",
    "do i take the senna at night or in the morning",
    "wear long sleeves and a hat, the sun is brutal",
    "we bring a tarp for shade at lunch",
    "the stubble fields are burning again and my asthma is bad",
    "dust from the chaff at the huller makes me cough",
    "my husband wears the muffler on his ears when he runs the tractor",
    "i sewed a new apron for the packing line",
    "my twill work pants rip every season",
    "the canvas gloves dont stop the thorns",
    "valley fever is going around, they said be careful with dust",
    "sat sri akal ji",
    "dhanvaad ji",
    "nyob zoo",
    "ua tsaug ntau",
    "khop jai",
    "orkun chraen",
    "barev dzez",
    "shlama",
    "obrigada",
    "salamat po",
    "shukran",
    "tashakor",
    "dyakuyu",
    "spasibo bolshoe",
    "eskerrik asko",
    "arigato",
    "bless your heart",
    "thank u so much 🙏🙏",
    "👍",
    "ok",
    "no puedo ir el lunes, trabajo",
    "is the clinic open on saturday",
    "what time does the mobile van come on thursday",
    "the video visit froze again",
    "how do i do the video thing on my phone",
    "my tablet battery is dead",
    "the mail order box came warm, is the insulin still good",
    "the ice packs were melted",
    "can i get 90 days instead of 30",
    "i only have 3 pills left",
    "they said prior auth takes 72 hours",
    "is it normal to feel dizzy on the new pill",
    "my feet tingle at night",
    "my back hurts from the cherry ladders",
    "we pick grapes until october",
    "the almond shaking starts in august",
    "lettuce season ends in november, then we move",
    "no hay aire acondicionado en las cabinas",
    "tengo diabetes desde hace 10 años",
    "me dan mareos cuando me agacho",
    "mi azucar amanecio en 180",
    "ya no tengo la receta",
    "cuanto cuesta la consulta sin seguro",
    "my truck route is 11 hours a day",
    "i drive at night so i sleep days",
    "is melatonin ok for truckers",
    "the orchard spray smell is strong today",
    "we have 400 cows to milk twice a day",
    "milking starts at 3 am",
    "the calf pulled my shoulder",
    "the sheep camp has no signal",
    "no cell service out here, only wifi at the school",
    "dialysis is monday wednesday friday",
    "i missed one dose yesterday",
    "my 89 year old neighbor brings me eggs",
    "she is 78 and walks every day",
    "my son is 17 and needs a sports physical",
    "since 2019 i have had this cough",
    "born in 1962, came here in 1984",
    "the lute player at church has a cough too lol",
    "grandma knits a kerchief for every baby",
    "our old stove flue is broken, the smoke comes inside",
    "the damper on the swamp cooler is stuck",
    "we put a bolster pillow under his knees",
    "the pleat on the brace pinches her",
    "he stepped on the berm and twisted his ankle",
    "the hasp on the medicine box broke",
    "the toggle on the oxygen line is loose",
    "a yule log cake for the clinic staff",
    "crocus bulbs are coming up already",
]

_PHI_FREE_NOTE = [
    "BP 142/88, HR 76, RR 16, SpO2 97% on RA, T 98.9 F",
    "A1c 9.4% (LOINC 4548-4); fasting glucose 188 mg/dL",
    "eGFR 54 mL/min/1.73m2; UACR 88 mg/g",
    "Coccidioides serology: IgM neg, IgG pos (CF titer 1:8)",
    "ICD-10 B38.1 chronic pulmonary coccidioidomycosis",
    "ICD-10 T67.5XXA heat exhaustion, unspecified, initial encounter",
    "ICD-10 T60.0X1A toxic effect of organophosphate insecticide, accidental",
    "ICD-10 E11.65 type 2 diabetes with hyperglycemia",
    "ICD-10 Z57.4 occupational exposure to toxic agents in agriculture",
    "CPT 99214, 99417; modifier 95 for synchronous telehealth",
    "CPT 98016 brief virtual check-in",
    "HCPCS G2025 RHC/FQHC distant site telehealth",
    "LOINC 2345-7 glucose, serum; LOINC 718-7 hemoglobin",
    "Metformin 1000 mg PO BID; glipizide 5 mg daily",
    "Insulin glargine 24 units subcut qHS; titrate by 2 units q3 days",
    "Senna 8.6 mg PO qHS PRN constipation",
    "Docusate 100 mg BID; senna-S 2 tabs at bedtime",
    "Fluconazole 400 mg daily x 6 months for cocci",
    "Albuterol HFA 2 puffs q4h PRN; spacer provided",
    "Atropine and pralidoxime available in the mobile unit kit",
    "Cholinesterase RBC 2.1 U/mL (baseline pending)",
    "Tdap, influenza and PCV20 given IM L deltoid",
    "PPD 12 mm induration at 48 h",
    "IGRA indeterminate; repeat in 4 weeks",
    "Hgb 10.8 g/dL, MCV 72 fL, ferritin 6 ng/mL",
    "Lead 7 mcg/dL (venous)",
    "Apgar 8 and 9; weight 3.2 kg; length 50 cm",
    "Phalen and Tinel positive bilaterally; consistent with carpal tunnel",
    "Murphy sign negative; McBurney point nontender",
    "Kernig and Brudzinski negative",
    "Romberg negative; gait steady",
    "Epley maneuver performed for BPPV",
    "Valsalva without syncope",
    "Pt is 87; lives independently",
    "Pt is 64 y/o, retired",
    "Pt reports 30 pack-years, quit 2011",
    "Duration of symptoms: 3 weeks",
    "Follow up in 2 weeks, or sooner if worse",
    "RTC 3 months for A1c",
    "Wednesday clinic full; offered Friday",
    "Video visit, audio only due to bandwidth",
    "Pt located at home; provider in clinic",
    "Interpreter offered and accepted",
    "Interpreter declined; pt fluent in English",
    "Heat illness prevention counseling provided",
    "Reviewed pesticide re-entry intervals",
    "Cold chain maintained on mail-order shipment",
    "Mobile unit generator failed; visits rescheduled",
    "Wound: 2 cm laceration L palm, repaired with 4-0 nylon x 5",
    "Dx: crush injury L foot; XR no fracture",
    "Hearing screen: mild high-frequency loss consistent with noise exposure",
    "Spirometry FEV1/FVC 0.66; post-BD FEV1 improved 8%",
    "Mallampati III; neck circumference 18 in; STOP-BANG 6",
    "DOT: BP 136/84, certified 2 years",
    "CDL exam: vision 20/25 OU without correction",
    "PHQ-9 score 14; GAD-7 score 11",
    "MoCA 22/30; clock draw abnormal",
    "Fall risk: Morse 55, high",
    "Braden 14",
    "Code status: full code",
    "NPO after midnight",
    "Diet: carb consistent, 1800 kcal",
    "Ambulates with a walker",
    "Skin: stubble burns on forearms from field work",
    "Wearing a canvas apron and cotton twill coveralls on arrival",
    "Pt uses a tarp for shade at work; counseled on water breaks",
    "Muffler-type ear protection advised for tractor use",
    "Chest: coarse crackles at bases; no wheezes",
    "Abd: soft, nontender",
    "Ext: 1+ pitting edema bilaterally",
    "Neuro: CN II-XII intact",
    "Care plan reviewed in Spanish",
    "Education given in Punjabi via interpreter",
    "Hmong and Mien interpreter lines available 24/7",
    "Consent form in Dari and Pashto provided",
    "Russian and Ukrainian materials given",
]

_PHI_FREE_LOG = [
    "INFO healthcheck ok uptime=86400s",
    "level=info svc=telehealth event=room_created duration_s=0",
    "level=warn svc=mailrx event=cold_chain_alert temp_c=9.4 threshold=8",
    "GET /health 200 2ms",
    "GET /static/js/app.min.js 304 1ms",
    "POST /api/v1/visits 201 88ms",
    "ERROR connection reset by peer retry=3",
    "WARN queue depth 4123 > 4000",
    "cron: nightly eligibility batch finished, 0 errors",
    "fax-gw: modem 2 idle",
    "ivr: menu option 3 (español) selected",
    "MSH|^~\\&|LAB|SJVH|||||ACK^R01|||2.5.1",
    "OBX|1|NM|4548-4^HbA1c^LN||8.2|%|4.0-5.6|H|||F",
    "OBX|2|NM|2345-7^Glucose^LN||188|mg/dL|70-99|H|||F",
    "OBX|3|NM|33914-3^eGFR^LN||54|mL/min/1.73m2|>60|L|||F",
    '{"resourceType":"Observation","code":{"text":"Blood pressure"},"valueString":"142/88"}',
    '{"level":"debug","msg":"cache miss","key":"formulary:v7"}',
    "SE*24*0001~GE*1*1~IEA*1*000000001~",
    "kafka consumer lag=0 partition=3",
    "mobile-unit: generator runtime 6.2 h, fuel 40%",
    "cgm-gateway: 1421 devices online",
    "o2-telemetry: 12 alarms cleared",
    "deploy v2.14.3 complete",
    "tls handshake ok cipher=TLS_AES_128_GCM_SHA256",
    "java.lang.NullPointerException at org.sjv.rx.Label.render(Label.java:77)",
    "ERROR 1205 (HY000): Lock wait timeout exceeded",
]

_PHI_FREE_CHAT2 = [
    "we had 3 days over 105",
    "the swamp cooler broke on tuesday",
    "the tule fog is so thick in the morning",
    "no pude dormir anoche",
    "the kids have school on monday",
    "can i bring my own interpreter",
    "i dont want a male doctor please",
    "gurdwara has free langar on sundays",
    "the hmong new year festival is in december",
    "the basque festival is in july",
    "ramadan starts soon, can i fast with my insulin",
    "we fast before easter, 40 days",
    "prune harvest is in august",
    "honeydew and casaba are done for the year",
    "we grow shallot and scallion in the backyard",
    "the jute sacks for the walnuts make me sneeze",
    "the sisal rope cut my hand",
    "the stalk of the corn hit my eye",
    "a husk got in my eye at work",
    "my uncle plays the marimba at church",
    "the cruet of vinegar spilled on my burn",
    "the haycock fell over in the wind",
    "he wears a brogue shoe for his bad foot",
    "the gaiter keeps the sand out of my boots",
    "the bracket on the wheelchair is broken",
    "the parasol helps with the sun in the field",
    "my mitt for the hot pans burned through",
    "the stilt on the cherry ladder slipped",
    "a stook of wheat on the farm",
    "the trundle bed is where grandma sleeps",
    "the ruffle on the baby dress scratches her",
    "fathom how much water we drink out there lol",
    "the swath of cut alfalfa was wet",
    "the scallion smell stays on my hands",
    "kaixo, ondo?",
    "sabaidee",
    "chum reap suor",
    "hola buenos dias",
    "is it ok to eat pine nuts with my diabetes",
    "the bus costs more than tuppence now, its 2 dollars each way",
]

PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG + _PHI_FREE_CHAT2
