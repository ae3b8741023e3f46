"""The "tune14" split: a Southwest and Mountain West health system, written blind.

How it was written: only generate.py, templates.py, values.py, tune4.py, tune5.py and
pyproject.toml were read. The redaction engine, its training code, its tests, the benchmark, the
compliance and docs folders and every other data module were not opened; the other data modules
were only imported by a throwaway script that compared word lists (see below).

What it models: a border hospital, Indian Health Service and tribal clinics (RPMS, census and
health record numbers, CHRs and public-health nurses, Purchased/Referred Care), a Las Vegas
trauma centre (transfers, rotor flights, trauma aliases), a Salt Lake family medicine group, a
Denver children's hospital (PICU, family house, child life), mining-town clinics (miner
surveillance, RECA screening), their pharmacy windows, portal, nurse line and call centre (ACD
and IVR queues, callbacks, interpreters) and billing (AHCCCS, X12 270/271, 837, 835). Chat is
typed on phones from sheep camps and chapter houses, in lowercase with typos and emoji, with Dine,
Spanish, Tagalog, Tongan and Samoan words mixed in, relatives named in passing and bare given
names, nicknames and sign-offs. Logs are key=value and JSON application events, queue events,
HL7 v2 (MSH, PID, NK1, PV1, PV2, IN1, GT1, ORC, OBR, OBX, RXO, SCH, AIP, ROL, ACC), FHIR, CSV,
nginx access lines, query strings, Python and Java traces, PostgreSQL errors, SAML, OIDC and LDAP
events, fax server lines, NCPDP and PDMP events, lab interface and ASTM lines, X12 segments,
DICOM tags and audit trails. Notes are staff-written: face sheets, HPI, A/P, SBAR and I-PASS
handoffs, sign-offs and cc lines, initials ("-- JT, RN", "per MKB"), nurse-line and call-centre
notes, CHR and PHN home visits with directions instead of street addresses, pharmacy, billing and
portal-admin notes, transfer, trauma and PICU notes, and interface fields pasted into notes.

Names: 48 origins - Dine (clan-derived, compound and English-word family names, -bah given
names), Hopi, Zuni, Pueblo (Acoma, Laguna, Jemez, Kewa, Cochiti, Isleta), Tohono and Akimel
O'odham, White Mountain and Mescalero Apache, Ute, Shoshone-Bannock, Paiute, Tejano,
Nuevomexicano, Sonoran and Chihuahuan Mexican (with Yaqui and Mayo family names), Guatemalan
K'iche', Latter-day Saint pioneer families, Basque, Greek, Cornish, Slovene, Serbian, Italian,
Japanese American, Tongan, Samoan, Toishanese, Filipino, Thai, Ethiopian, Eritrean, Congolese,
Burundian, Rwandan, Dinka, Nuer, Iraqi Arab and Chaldean, Afghan, Lhotshampa Bhutanese, Cuban,
Salvadoran, Venezuelan, Peruvian Quechua, Bolivian Aymara, Chilean and Mapuche, Argentine,
Russian, Polish, Hungarian, Dutch and Frisian, Ashkenazi Jewish. Each is written as its custom
has it: family name first (Hungarian, Toishanese, Congolese, Burundian, Rwandan) now and then,
double surnames, particles (van der, de, al-), patronymics (Russian middles; Ethiopian,
Eritrean, Dinka and Nuer chains of given names), Lhotshampa "Bdr" and "Dhoj" middles, Filipino
mothers' family names as middles, one-name Afghans. About one name in seven is a given or family
name that is an ordinary English word (Waitstill, Mindwell, Saga; Whetstone, Prospector,
Privet); PHI_FREE uses the same words in their ordinary sense. Nicknames, initials, "Last,
First", ALL CAPS, lowercase query-string and file-name forms and one span per HL7, X12, DICOM or
FHIR name part are all here.

No overlap: no given name, family name, nickname, street name, city or e-mail domain here (after
folding accents and case, word by word) is in values.py's pools (with the Faker names it draws
for its "tune" and "heldout" splits), the templates of templates.py, Faker's en_US first and
last name lists, or the pools and templates of any other module in this folder present at the
final check (blind, blind2 to blind11, tune2 to tune13). Particles, generic address and route
words (Street, Road, North, Box, County Road, Navajo Route, BIA Route), generic place words in
town names (City, Springs, Lake, Valley, Fort, San) and top-level domains were exempt. The check
found thousands of collisions in the first drafts (the common pools are thin, Dine and Latter-day
Saint names especially); every one was dropped or replaced by a rarer spelling, regional variant
or less-represented community, and the final run reported zero. Cities are small real places of
the region (Navajo chapters, Hopi and O'odham villages, northern New Mexico villages, Mormon
settlements, Idaho and Nevada ranch towns, the Big Bend).

Annotation: a US state is not scored; a title (Dr., Mrs., Sister, Bishop), a credential (MD, RN,
FNP, CHR) and a possessive 's stay outside the NAME; each HL7, X12, DICOM or FHIR name component
is its own NAME span; initials that stand for a person are a NAME; a weekday or a clock time
beside a date stays outside the DATE (an nginx "14/Mar/2024:" keeps its clock outside), while a
whole ISO, HL7 or logging timestamp is one DATE; a year, a month or a weekday alone is not PHI;
only ages over 89 are AGE_OVER_89; kin terms used as address (shima, cheii, lola, tita, kuya)
are not names; a tribal enrollment, census or CIB number is OTHER_ID and an IHS health record
number is MRN; a street address is ADDRESS (number, street and unit, a PO box, an HC or star
route, a Navajo or BIA route with its mile, a Salt Lake grid address), a city is CITY, a ZIP code
is ZIP. Organisations, tribes, languages, drugs, eponyms, device models and facility names made
of mountain ranges and basins are literal text, never a slot. Filler slots (request ids,
latencies, status codes, clock times, queue names) are labelled None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Where custom has no family name (Ethiopian,
# Eritrean, Dinka, Nuer), the family list holds fathers' given names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    # Dine: clan-derived family names (Tsinajinie, Todechinnie, Kinlichinie), compound and
    # English-word family names (Manybeads, Whitehat, Littlesunday); traditional, -bah and
    # rez-English given names.
    "navajo": (7, [
        "Atsidi", "Hashkeh", "Tahnee", "Alvina", "Verdella", "Elouise", "Rena", "Deswood",
        "Tullie", "Hosie", "Tazbah", "Shaundeen", "Dezirae", "Rainell", "Lavonda", "Darlynn",
        "Jaynell", "Kaylynne", "Shyla", "Naiyahnie", "Chaslyn", "Jodelle", "Raylynn", "Shaylene",
        "Jaylee", "Nizhonie", "Hozhonie", "Ahiyah", "Shaandiin", "Jolynn", "Larrison", "Hoskinini",
        "Verdina", "Lorencita", "Alveta", "Wilsonita", "Arbin", "Benzie", "Hasbah", "Nizbah",
        "Glenabah", "Ninabah", "Dezbaa", "Asbah", "Yinibah", "Zhonnie",
    ], [
        "Tachine", "Bitsinnie", "Hardeen", "Cayatineto", "Clitso", "Tsinigine", "Blackgoat",
        "Graymountain", "Haskan", "Sorrelhorse", "Todechine", "Hosteenez", "Tsinajinie",
        "Todechinnie", "Kinlacheeny", "Kinlichinie", "Tabahe", "Tachinie", "Bitsinie", "Beyal",
        "Bitsillie", "Bitsoie", "Nakaidine", "Notoh", "Tohtsonie", "Peshlakay", "Dayzi", "Hoskey",
        "Wauneeka", "Bedoni", "Cayaditto", "Clytso", "Keskoli", "Lapahi", "Secoy", "Tsinigini",
        "Begaie", "Begody", "Manybeads", "Redsteer", "Whitehat", "Whitegoat", "Blackhat",
        "Bitsuie", "Gishey", "Haskon", "Zahne", "Todicheeney", "Chischilley", "Slinkey", "Jishie",
        "Tullie", "Tsedah", "Denetsosie", "Denetclaw", "Tsoodle", "Littlesunday", "Sorrell",
        "Kiyaani", "Bedah", "Nataani", "Hathale", "Charley", "Bennaly", "Betsoi", "Benn",
        "Biakeddy", "Bilagody", "Bluehouse", "Etsate", "Glish", "Kalleco", "Keeswood", "Nahee",
        "Nakie", "Natonabah", "Nelwood", "Tahy", "Werito", "Yanito",
    ]),
    # Hopi: names from the clan and naming ceremony, many ending in -tewa, -ma, -va.
    "hopi": (2, [
        "Nuva", "Tuwa", "Nukpana", "Qaletaqa", "Masawyestewa", "Lomawaima", "Honwytewa",
        "Lomayaktewa", "Kuyvaya", "Sikyaletstiwa", "Talayesva", "Kewanimptewa", "Sekayumptewa",
        "Kuwanhongva", "Namoki", "Sowinwa", "Tawaventiwa", "Qotsaquahu", "Lomayumptewa",
        "Masahongva", "Tuvahoema", "Yoyokie", "Siwiyumptewa", "Tawamana", "Pahona", "Sihumana",
        "Kuwanquaftewa",
    ], [
        "Poleahla", "Quanimptewa", "Tewaquaptewa", "Masawistiwa", "Honyaktewa", "Nutumya",
        "Poneoma", "Coochwytewa", "Dallasvuyaoma", "Kootswatewa", "Tawahongva", "Namoki",
        "Coochise", "Kooyaquaptewa", "Puhuyaoma", "Honahni", "Sahmea", "Lomatska", "Kuwaninvaya",
        "Dewakuku", "Talahaftewa", "Kaye", "Honyouti", "Polingyumptewa", "Sahneyah", "Nutima",
        "Quotskuyva", "Sakeva", "Yaiva", "Tuvahoema", "Lomayaoma", "Kuyvaya", "Nuvangyaoma",
    ]),
    # A:shiwi (Zuni): family names of the pueblo and English given names of their generation.
    "zuni": (2, [
        "Verlinda", "Ardena", "Orlinda", "Rayetta", "Darlita", "Nolita", "Virgilene", "Wilfreda",
        "Lorenda", "Verlyn", "Vernelda", "Evalena", "Lynette", "Darylene",
    ], [
        "Cheama", "Lalio", "Leekela", "Epaloose", "Kallestewa", "Panteah", "Lementino", "Ghahate",
        "Quandelacy", "Sheyka", "Yuselew", "Zunie", "Hooee", "Hustito", "Laweka", "Lonjose",
        "Othole", "Seowtewa", "Yamutewa", "Lasiloo", "Natewa", "Nahohai", "Peynetsa",
    ]),
    # Acoma, Laguna, Jemez, Kewa, Cochiti and Isleta family names, Spanish-era given names.
    "pueblo": (2, [
        "Josephita", "Benina", "Tonita", "Diegito", "Pablita", "Andresita", "Reycita",
        "Santiaguito", "Pasqualita", "Tomacita", "Esquipula", "Alcario", "Emiliana", "Feliberto",
        "Geronima", "Crucita",
    ], [
        "Torivio", "Paisano", "Kie", "Fragua", "Tosa", "Chinana", "Gachupin", "Sabaquie", "Waquiu",
        "Shendo", "Calabaza", "Coriz", "Arquero", "Suina", "Abeita", "Jojola", "Lucario",
        "Quanchello",
    ]),
    # Tohono and Akimel O'odham, hyphenated where families joined.
    "oodham": (2, [
        "Danelle", "Amadeo", "Franklina", "Lavinda", "Orlena", "Rosilda", "Emerita", "Ofelio",
        "Anselma",
    ], [
        "Saraficio", "Cachora", "Harvier", "Makil", "Kisto", "Listo", "Mattias", "Yucupicio",
        "Sabori", "Osif", "Cachora-Saraficio", "Osif-Makil", "Sabori-Kisto",
    ]),
    # White Mountain and Mescalero Apache.
    "apache": (2, [
        "Elvina", "Dolphus", "Marvella", "Cheryle", "Darlena", "Wendsler", "Orlinda", "Delmar",
        "Cheyenna", "Chesley", "Lahoma", "Bernadine",
    ], [
        "Endfield", "Goklish", "Nashio", "Kazhe", "Kanseah", "Cassa", "Dazen", "Burnette",
        "Botella", "Baldizan", "Peso", "Bullis", "Colelay", "Lacapa", "Lavadie", "Mull", "Wycliff",
        "Aday", "Gooday", "Klinekole", "Marrietta", "Sago", "Shendo", "Wahnee", "Cojo", "Jolsen",
        "Platero", "Tuttle",
    ]),
    # Northern and Ute Mountain Ute.
    "ute": (1, [
        "Venita", "Delray", "Marlinda", "Alray", "Elveda", "Orrie", "Elnita", "Bernadene",
    ], [
        "Tapoof", "Sireech", "Taveapont", "Appah", "Arrochis", "Cesspooch", "Redfoot", "Wyasket",
        "Pawwinnee", "Santio", "Kochampanaskin",
    ]),
    # Shoshone-Bannock of Fort Hall and Western Shoshone.
    "shoshone": (1, [
        "Rozina", "Rozella", "Alvera", "Leta", "Lahoma", "Orvilla", "Madonna",
    ], [
        "Broncho", "Tendoy", "Pevo", "Edmo", "Appenay", "Tindore", "Navo", "Pokibro", "Diggie",
        "Racehorse", "Eschief", "Tissidimit", "Tyhee", "Pahvitse", "Honena", "Timbana", "Hevewah",
        "Ariwite", "Coby", "Teton",
    ]),
    # Northern and Southern Paiute.
    "paiute": (1, [
        "Delmar", "Orvena", "Wovoka", "Wuzzie", "Lorenda",
    ], [
        "Mauwee", "Numana", "Tobey", "Wasson", "Kizer", "Sope", "Emm", "Benn", "Samalar", "Pete",
        "Astor", "Sammaripa", "Kochampanaskin", "Cypher", "Teeman", "Pishion", "Poco", "Zunigha",
    ]),
    # Tejano families of the Trans-Pecos and the Permian Basin (Y- spellings kept).
    "tejano": (3, [
        "Ysidro", "Cruzita", "Brijido", "Pedrita", "Yrma", "Ygnacia", "Santitos", "Evangelio",
        "Esiquio", "Ynez", "Alfonsa", "Ynocencio", "Ysaura", "Yzabel",
    ], [
        "Tijerina", "Ytuarte", "Yzaguirre", "Ybarbo", "Yrigoyen", "Ysasaga", "Ollervidez",
        "Leyendecker", "Sandate", "Arispe", "Ysquierdo", "Yruegas",
    ]),
    # Old Hispano families of northern New Mexico and the San Luis valley.
    "nuevomexicano": (5, [
        "Epimenio", "Amarante", "Eufracia", "Procopio", "Seferino", "Benerito", "Prajedes",
        "Ologio", "Manuelita", "Telesfor", "Abrán", "Amadeo", "Bersabé", "Cordelia", "Elfego",
        "Eremita", "Estéfana", "Filomeno", "Gavino", "Hermenegilda", "Pablita", "Polito",
        "Reymunda", "Rumaldo", "Ysidora", "Doroteo",
    ], [
        "Gurulé", "Archibeque", "Vialpando", "Ulibarrí", "Mascareñas", "Sisneros", "Abeyta",
        "Atencio", "Roybal", "Esquibel", "Madril", "Armijo", "Trujeque", "Coca", "Encinias",
        "Fresquez", "Roibal", "Sedillo", "Ulibarri", "Crespín", "Jiron", "Leyba", "Mestas", "Pino",
        "Suaso", "Tixier", "Turrieta", "Vallejos",
    ]),
    # Sonoran and Chihuahuan Mexican, with Yaqui and Mayo family names.
    "norteno": (4, [
        "Lizeth", "Ascención", "Isela", "Jovana", "Sugey", "Maythé", "Irasema", "Karime", "Lluvia",
        "Nayely", "Sarahí", "Tayde", "Xitlaly", "Yuritzi", "Zazil", "Dianey", "Brianda", "Anahy",
        "Dánae", "Monserrat",
    ], [
        "Corella", "Buitimea", "Caraveo", "Siqueiros", "Bórquez", "Amavizca", "Araiza",
        "Bacasegua", "Cañedo", "Castelo", "Cuamea", "Esquer", "Huerigo", "Jusacamea", "Romo",
        "Salido", "Tequida", "Yépiz", "Ainza", "Acedo", "Bracamonte", "Camou", "Corrales",
        "Iberri", "Larrinaga", "Lohr", "Monteverde", "Seldner", "Tánori", "Torúa", "Yucupicio",
        "Rodela", "Trevizo",
    ]),
    # Guatemalan K'iche', often double-surnamed.
    "kiche": (2, [
        "Ixmukane", "Kej", "Tojil", "Xkem", "Xwan", "Tinay", "Xep", "Xiw", "Jweb", "Xmaría", "Wel",
        "Celestina", "Bartolomé",
    ], [
        "Tiu", "Chiyal", "Guachiac", "Chonay", "Ajcac", "Akabal", "Bacajol", "Chitic", "Cholotío",
        "Ixmatá", "Menchú", "Panjoj", "Tzaj", "Xec", "Xivir", "Ajiataz", "Quinilla", "Teleguario",
        "Tzorín",
    ]),
    # Latter-day Saint pioneer families: Book of Mormon and compound (LaDell, VerNeal) given
    # names.
    "mormon": (5, [
        "Helaman", "Mosiah", "Mahonri", "Teancum", "LaDell", "VaLoy", "Zerah", "Jedediah", "Orrin",
        "Ferrin", "Rulon", "VerNeal", "DeLyle", "Zenos", "Nyal", "Delpha", "Brexlee", "Shiblon",
        "Abinadi", "Zeezrom", "Coriantumr", "Gidgiddoni", "Lamoni", "Sariah", "Abish", "Zarahemla",
        "Zenock", "Omni", "Jarom", "Corianton", "Jershon", "Kumen", "Emer", "Kib", "Orihah",
        "LaPreal", "LaNae", "DeAnn", "LaRae", "DeMont", "VaNell", "DaLynn", "JaNae", "RaNae",
        "LeeAnn", "DeeAnn", "LaWana", "VeLoy", "LaVerl", "LaReta", "DeVerl", "VerLene", "LuDean",
        "VaRene", "LeOra", "Leora", "Oleen", "Wanless", "Ardean", "Kimber", "Tayvin", "Kanyon",
        "Rayzlee", "Oakli", "Kenadee",
    ], [
        "Tolman", "Nibley", "Huish", "Cluff", "Bigler", "Smoot", "Whitmer", "Jeppesen",
        "Mortensen", "Brimhall", "Judd", "Iverson", "Seegmiller", "Spilsbury", "Staheli", "Gubler",
        "Frei", "Nuttall", "Farr", "Pehrson", "Zundel", "Lunt", "Wangsgard", "Haslam", "Ballif",
        "Bodily", "Dalebout", "Fackrell", "Ivie", "Kartchner", "Laub", "Lisonbee", "Meeks",
        "Ockey", "Pulsipher", "Quarnberg", "Sprague", "Tingey", "Ure", "Van Orden", "Wixom",
        "Yardley", "Zabriskie", "Brinkerhoff", "Burgon", "Chatterley", "Clawson", "Coombs",
        "Despain", "Durfee", "Esplin", "Freestone", "Gleave", "Hacking", "Hintze", "Holladay",
        "Jenson", "Kofford", "Maughan", "Merkley", "Noorda", "Oldroyd", "Pectol", "Rigby",
        "Rytting", "Schow", "Sorensen", "Thurgood", "Tueller", "Winn", "Wride",
    ]),
    # Basque sheepherding families of the Boise valley and northern Nevada.
    "basque": (1, [
        "Txomin", "Miren", "Nekane", "Eneko", "Ximun", "Patxi", "Joxe", "Bittor", "Kepa",
        "Izaskun",
    ], [
        "Goitiandia", "Yturri", "Bideganeta", "Uberuaga", "Achabal", "Ysursa", "Elordi",
        "Murelaga", "Oyarzabal", "Gabiola", "Lejardi", "Anchustegui", "Totorica", "Eiguren",
        "Bicandi", "Galdos", "Ugarriza", "Jausoro", "Loroño", "Arregui", "Mendiburu", "Aldape",
        "Hormaechea", "Basterrechea", "Ansotegui", "Berriochoa",
    ]),
    # Greek families of the Bingham and Carbon County coal and copper camps.
    "greek": (1, [
        "Epaminondas", "Emmanouil", "Christoforos", "Stamatoula", "Theodosia", "Efrosyni",
        "Asimina", "Haralampos", "Konstandinos", "Alexandros", "Andromachi", "Kleanthis", "Filio",
        "Kassiani", "Myrsini", "Vangelio", "Anthimos", "Efstratios",
    ], [
        "Kontgis", "Skliris", "Papanikolas", "Mantas", "Katsanevas", "Kalatzes", "Bapis",
        "Pappasideris", "Stamoulis", "Strompolos", "Kambouris", "Giatras", "Mavrikis", "Louvaris",
        "Kirkos", "Sargetakis", "Dokos", "Jouflas", "Kalantzis", "Skedros", "Siouris",
        "Tsoutsounakis", "Kotsovos", "Marganis", "Mitsakos",
    ]),
    # Cornish hard-rock miners (Leadville, Park City, Eureka, Bisbee).
    "cornish": (1, [
        "Jago", "Kerensa", "Morwenna", "Demelza", "Piran", "Treve", "Digory", "Wenna", "Elowen",
        "Hedra", "Jowan", "Senara", "Tegen", "Blejan", "Davydh", "Eseld", "Gwithyen", "Hobba",
        "Lowdy", "Maben", "Rewan", "Steren",
    ], [
        "Trevithick", "Tregoning", "Penrose", "Polglase", "Trewartha", "Pascoe", "Chenoweth",
        "Nancarrow", "Pengelly", "Rowse", "Trethewey", "Carveth", "Treloar", "Angove", "Bolitho",
        "Hocking", "Rodda", "Trounson", "Polkinghorne", "Penhaligon", "Uren", "Curnow",
        "Trenoweth", "Spargo", "Hosking", "Roskilly", "Tonkin", "Tresize", "Jelbert", "Bawden",
        "Tregear", "Paull", "Retallick", "Trebilcock", "Pendarves", "Keast",
    ]),
    # Slovene steelworkers and miners (Pueblo, Leadville).
    "slovene": (1, [
        "Janez", "Jože", "Frančiška", "Alojzija", "Marjeta", "Anže", "Urška", "Nejc", "Matevž",
        "Tadej", "Špela", "Mojca", "Blaž", "Primož", "Jernej", "Neža", "Štefka", "Terezija",
    ], [
        "Pogačnik", "Jereb", "Mrak", "Kastelic", "Rupnik", "Vrhovnik", "Bajuk", "Koželj",
        "Zakrajšek", "Oblak", "Brezovar", "Klemenčič", "Štrukelj", "Kukovec", "Smrekar", "Hribar",
        "Jerše", "Pestotnik", "Golob", "Zgonc", "Perko", "Kuhar", "Skubic", "Butala", "Jakša",
    ]),
    # Serbian miners and smelter men.
    "serbian": (1, [
        "Slobodanka", "Stevan", "Ljubica", "Milunka", "Živojin", "Dragutin", "Nemanja", "Bogdanka",
        "Jelica", "Obrad", "Radojka", "Spasoje", "Vidosava", "Čedomir", "Gojko", "Krstivoje",
        "Petronije", "Rajko", "Sava", "Srbislav", "Stojanka", "Velibor", "Zlatija",
    ], [
        "Vukadinović", "Pantelić", "Radulović", "Stanojević", "Milutinović", "Janjić",
        "Vasiljević", "Kosanović", "Šarac", "Mrkić", "Tešić", "Đurić", "Vučković", "Brkić",
        "Kragulj", "Tomašević",
    ]),
    # Italian families of Helper, Trinidad and Pueblo.
    "italian": (1, [
        "Liberata", "Gilda", "Primo", "Secondo", "Ernesta", "Cesira", "Donatella", "Oreste",
        "Quintino", "Vittorina", "Italia", "Amabile", "Giocondo", "Raimondo", "Terzo", "Giustina",
        "Ercole", "Lorenzino", "Mansueto", "Oronzo", "Raffaello",
    ], [
        "Bonacci", "Colosimo", "Spensieri", "Carricato", "Iacovetto", "Tamburelli", "Giacoletto",
        "Mangone", "DiFrancia", "Pagnotta", "Veltri", "Zampedri", "Bottaro", "Scavo", "Marasco",
        "Cozzupoli", "Cirullo", "Tarabino", "Sebastiani", "Sarlo", "Prete", "Musmanno", "Cuccia",
        "Pugliano", "Saltarelli", "Crocco", "Passarelli",
    ]),
    # Japanese American families of Salt Lake, Ogden and the Arkansas valley (Nisei names).
    "japanese_american": (2, [
        "Tomiye", "Hatsumi", "Tokuji", "Shizuye", "Masaye", "Haruye", "Hisaye", "Teruye", "Fusaye",
        "Masuo", "Tatsumi", "Yoneo", "Sakae", "Toyoaki", "Shizuo", "Nobuichi", "Tadao", "Yoshito",
        "Masaji", "Kameo", "Kinuye", "Hanaye", "Asayo", "Miyeko",
    ], [
        "Okubo", "Sakashita", "Hayano", "Watada", "Kasai", "Matsumiya", "Shiozaki", "Kurumada",
        "Yanagida", "Tateoka", "Sueoka", "Nishiguchi", "Oka", "Hatasaka", "Mayeda", "Terashima",
        "Nakagama", "Mitsunaga", "Ushio", "Kojimoto", "Tsuyuki",
    ]),
    # Tongan families of the Salt Lake valley.
    "tongan": (2, [
        "Kakala", "Melenaite", "Kalisitiane", "Sioeli", "Luseane", "Fetuu", "Kapeli", "Kulupu",
        "Lavaka", "Leaupepe", "Mateni", "Nalesoni", "Palu", "Piveni", "Samiuela", "Sinoti",
        "Sosefo", "Tanginoa", "Tokaima", "Ueti", "Uikelotu", "Vainga", "Atelaite", "Haloti",
        "Inoke", "Kaveinga", "Nikolasi", "Sateki", "Hemaloto", "Lanieta", "Teisina", "Vili",
        "Alapasita",
    ], [
        "Tukuafu", "Halaufia", "Vakapuna", "Moleni", "Manumua", "Tuakalau", "Fusitu'a", "Otuafi",
        "Aholelei", "Haupeakui", "Kaitapu", "Kivalu", "Lavulo", "Liufau", "Lolesio", "Mafile'o",
        "Makaafi", "Pasi", "Pele", "Puloka", "Taulava", "Tauteoli", "Tuifua", "Uasi", "Vaka",
        "Fakatoufifita", "Hafoka", "Kolomatangi", "Lokotui", "Ngauamo", "Piukala", "Sekona",
        "Tuita", "Vainuku",
    ]),
    # Samoan families, with matai-style family names.
    "samoan": (2, [
        "Fuaea", "Sefulu", "Lagimanu", "Iosefo", "Ulugia", "Faleupolu", "Fiu", "Iuni",
        "Luafalemana", "Misipati", "Pisa", "Poloa", "Samasoni", "Tuilefano", "Tulimanu", "Uelese",
        "Vaoiva", "Faasalele", "Folasa", "Iese", "Maliaga", "Nofoaiga", "Sosefina", "Talalelei",
    ], [
        "Faleafaga", "Alofaituli", "Lealaimatafao", "Tauala", "Leapai", "Salanoa", "Alailima",
        "Amosa", "Anoai", "Fepulea'i", "Mageo", "Matautia", "Moliga", "Paogofie", "Pele", "Sunia",
        "Tafili", "Tauanu'u", "Tiumalu", "Tuimaleali'ifano", "Tulifua", "Tuufuli", "Vaivao",
        "Viena",
    ]),
    # Toishanese families of the old Chinatowns, written family name first now and then.
    "toishan": (1, [
        "Suey", "Yoke", "Kwai", "Doy", "Yut", "Gew", "Ngoon", "Kum", "Woon",
    ], [
        "Wey", "Yuke", "Toyhee", "Joung", "Jeu", "Gaw", "Jick", "Quey", "Owyoung", "Seeyee",
        "Szetu", "Gnoh", "Hoey", "Gow",
    ]),
    # Filipino families of Las Vegas; the middle name is the mother's family name.
    "filipino": (3, [
        "Jenalyn", "Anabelle", "Felicisimo", "Merlita", "Maricar", "Jinkee", "Jessalyn",
        "Donnalyn", "Ronalyn", "Shirlyn", "Jovencio", "Policarpio", "Segundino", "Erlyn",
        "Maritess", "Lanie", "Salvacion",
    ], [
        "Batungbacal", "Villaluz", "Ramiscal", "Caguioa", "Tumaneng", "Arceo", "Banaag",
        "Belmonte", "Dulay", "Abiog", "Batac", "Cabasag", "Dagohoy", "Macabulos", "Magdaraog",
        "Dimaunahan", "Macatangay", "Manalansan", "Cabatingan", "Quibuyen", "Lagdameo", "Macalino",
        "Gatus", "Dalusong", "Ligot", "Sumabat", "Calip", "Tadeo", "Bactad", "Cabalteja",
        "Dacumos", "Cabanlit", "Ilao", "Jimeno", "Layosa", "Nalupta", "Obcena", "Pagulayan",
        "Sagisi", "Talavera", "Viloria",
    ]),
    # Thai, many going by a short nickname.
    "thai": (1, [
        "Ratana", "Sunee", "Amporn", "Surachai", "Nongluck", "Nipaporn", "Orathai", "Patcharee",
        "Rungnapa", "Saowalak", "Warunee", "Boonchu", "Jarunee", "Kamon", "Manee", "Pairoj",
        "Samran", "Tawatchai", "Udom",
    ], [
        "Srisawat", "Wongsuwan", "Boonyarat", "Pattanasak", "Chantarasri", "Sirisuk", "Wongpanit",
        "Khemthong", "Intharasuwan", "Thammasorn", "Pongsiri", "Boonchuay", "Chaichana",
        "Jitprasert", "Kaewkamnerd", "Limpisawat", "Meesuk", "Nakpradit", "Phanphet", "Ruangsri",
        "Sangthong", "Thepsuwan", "Wattanakul", "Yodprasit", "Amornrat", "Buranasiri",
        "Charoenphol", "Hongthong", "Inthanon", "Khunprasert",
    ]),
    # Ethiopian: a given name and the father's given name, no family name.
    "ethiopian": (2, [
        "Amarech", "Ejigayehu", "Eskedar", "Lishan", "Mihret", "Aregash", "Elfinesh", "Mamitu",
        "Serkalem", "Ababu", "Fiker", "Mekonen", "Wondwosen", "Alemtsehay", "Tsigereda",
        "Etsegenet", "Askale",
    ], [
        "Alemneh", "Befekadu", "Moges", "Shewaye", "Belachew", "Nega", "Kejela", "Lemessa",
        "Shibru", "Fayissa", "Jima", "Bedasa", "Tulu", "Wami",
    ]),
    # Eritrean: a given name and the father's given name.
    "eritrean": (1, [
        "Danait", "Keleta", "Mana", "Sennait", "Zeray", "Bisrat", "Milen", "Berhan", "Feruz",
        "Hiyab", "Kokob", "Letekidan", "Nighisti", "Rishan", "Tiblets", "Yohana", "Zewdi",
        "Asmeret", "Millete", "Solomie", "Tsehaye", "Isayas", "Ogbai",
    ], [
        "Andemichael", "Ogbazghi", "Measho", "Afewerki", "Andom", "Asghedom", "Mogos", "Naizghi",
        "Ogbamichael", "Gebreselassie", "Okubay", "Zecarias",
    ]),
    # Congolese: name, postname, then the Christian name on documents.
    "congolese": (1, [
        "Tshibola", "Chadrack", "Guelord", "Chimène", "Glodi", "Kadima", "Papy", "Sagesse",
        "Consolate", "Serge",
    ], [
        "Nzeza", "Bulambo", "Katanga", "Kibambe", "Mabiala", "Malonga", "Mavungu", "Misenga",
        "Mudimbi", "Mujanayi", "Munganga", "Mwanza", "Ndaya", "Ntambwe", "Yav",
    ]),
    # Burundian: a French given name and a Kirundi family name, either order.
    "burundian": (1, [
        "Egide", "Aimable", "Anitha", "Melchiade", "Ildephonse", "Capitoline", "Dévote", "Emelyne",
        "Floride", "Goreth", "Joselyne", "Léonce", "Médiatrice", "Révérien", "Sylvestre",
        "Thérence", "Vénérand", "Anicet", "Candide", "Donatien", "Epiphanie", "Fidèle",
        "Ildéphonse", "Libérate", "Marcelline",
    ], [
        "Ntahomvukiye", "Niyongabo", "Nduwimana", "Ciza", "Bararunyeretse", "Barutwanayo",
        "Bucumi", "Butoyi", "Gahungu", "Habarugira", "Hatungimana", "Kaderi", "Manirambona",
        "Minani", "Ndabaneze", "Ndayikengurukiye", "Ndihokubwayo", "Ngendakumana", "Niyokwizera",
        "Nkunzimana", "Nyandwi", "Sindayigaya", "Sinzumunsi", "Tuyisenge",
    ]),
    # Rwandan: the Kinyarwanda name often written first.
    "rwandan": (1, [
        "Ingabire", "Umutoni", "Kalisa", "Ganza", "Nshuti", "Akaliza", "Bugingo", "Gakwaya",
        "Igiraneza", "Isimbi", "Kamikazi", "Karangwa", "Mahoro", "Manzi", "Muhire", "Mukamurenzi",
        "Murekatete", "Nyiramana", "Rukundo", "Rwema", "Tuyishime", "Umuhoza", "Uwera",
        "Byiringiro", "Cyiza", "Dusabe", "Gisa", "Impano", "Kirezi", "Mugeni", "Nkundimana",
        "Sugira",
    ], [
        "Mukandayisenga", "Nyirahabimana", "Hategekimana", "Nkusi", "Nzabonimpa", "Sibomana",
        "Bizimungu", "Gahamanyi", "Habyarimana", "Kabera", "Kamanzi", "Karekezi", "Mbarushimana",
        "Mukarugwiza", "Munyakazi", "Murenzi", "Mutabazi", "Ndahiro", "Ngirabatware", "Nsanzimana",
        "Ntaganda", "Nyirimana", "Rudasingwa", "Rwabukamba", "Twizeyimana", "Uzabakiriho",
    ]),
    # Dinka: a given name, the father's and often the grandfather's.
    "dinka": (2, [
        "Aguek", "Arok", "Athieng", "Akur", "Apajok", "Arek", "Ayuen", "Bul", "Chuei", "Diing",
        "Gak", "Kon", "Madol", "Makoi", "Malek", "Thuch",
    ], [
        "Kuir", "Manyok", "Thiong", "Ajuong", "Alor", "Amol", "Anguei", "Aruai", "Awer", "Ayiik",
        "Chiengkou", "Dok", "Machok", "Makuach", "Manyiel", "Marial", "Mathiang", "Mayar", "Wek",
        "Yel",
    ]),
    # Nuer: the same custom as the Dinka.
    "nuer": (1, [
        "Nyadak", "Nyaruach", "Thok", "Nyabuony", "Duol", "Nyawech", "Bichiok", "Nyaluak", "Kueth",
        "Bangot", "Buom", "Diew", "Gatjang", "Gatkek", "Gatmai", "Gattuor", "Jiech", "Kuony",
        "Nyachan", "Nyagoa", "Nyalam", "Nyamach", "Nyandit", "Nyanyang", "Nyapuot", "Nyarieka",
        "Nyawal", "Nyayiel", "Ruei", "Thuok", "Wuor", "Yoal",
    ], [
        "Jock", "Reath", "Bangoang", "Puok", "Wiyual", "Yien", "Teny", "Gach", "Biel", "Buay",
        "Chot", "Dhoal", "Duoth", "Gony", "Jiath", "Kor", "Kuok", "Lul", "Luoth", "Mut", "Nyak",
        "Tuach", "Wich", "Yiech",
    ]),
    # Iraqi Arab and Chaldean families, al- particles kept.
    "iraqi": (2, [
        "Basim", "Wurood", "Muqtada", "Dhurgham", "Jinan", "Nabaa", "Tabarak", "Yaqeen", "Athraa",
        "Baneen", "Fatimah", "Kawthar", "Rand", "Tiba", "Ramsin", "Ninab", "Nahren", "Akad",
        "Nadhim", "Omran", "Zuhour",
    ], [
        "Yaqoob", "al-Mousawi", "Abdulridha", "Kadhum", "Najm", "Shakir", "Yaseen", "Nona",
        "Bidawid", "Marogi", "Abbood", "Hanoosh", "Khudair", "Mutar", "Sarhan", "Tuama", "Waheed",
        "Zghair", "Allawi", "Bahnan", "Dawoud", "Kakka", "Naoum", "Ramzi",
    ]),
    # Afghan, some with one name only.
    "afghan": (2, [
        "Zarghuna", "Sharifa", "Ehsanullah", "Atiqullah", "Karima", "Massouda", "Noorullah",
        "Sabiha", "Benazir", "Durkhanai", "Gulpari", "Hadia", "Shaqaiq", "Baryalai", "Daoud",
        "Gulab", "Janat", "Mahmood", "Saifullah", "Taj", "Zarlasht", "Wagma", "Zuhra", "Gulsoma",
    ], [
        "Haqmal", "Faizy", "Kamawal", "Muhammadi", "Nasery", "Pazhwak", "Ulumi", "Wakili",
        "Zurmati", "Arsala", "Babrakzai", "Raufi", "Nabizada", "Hazara", "Parwani", "Sayedi",
        "Yousafi",
    ]),
    # Lhotshampa families resettled from the camps in Nepal (Bdr and Dhoj as middles).
    "bhutanese": (2, [
        "Khada", "Balaram", "Bhumi", "Kharga", "Puspa", "Rukmini", "Mukti", "Himal", "Keshav",
        "Yadu", "Maiya", "Dhanapati", "Hastamaya", "Laxmimaya", "Nandakala", "Padmawati", "Uttar",
        "Budhimaya", "Jitmaya",
    ], [
        "Poudyel", "Chamling", "Lamichaney", "Bhandary", "Chhetry", "Sunwar", "Dungana", "Sitoula",
        "Gazmere", "Khatiwoda", "Neopane", "Thulung",
    ]),
    # Cuban, with the Y- given names of the 1970s and 80s.
    "cuban": (1, [
        "Yusimí", "Yaima", "Yanier", "Yudelkis", "Aymée", "Onelio", "Arletis", "Eglis", "Geidy",
        "Idalmis", "Leidys", "Mileidys", "Odelsa", "Roilán", "Tahimí", "Yaisel", "Yamila",
        "Yenisel", "Yilian", "Yoennis", "Yudisleidy", "Yusnavy",
    ], [
        "Pozo", "Mirabal", "Broche", "Mojena", "Carrazana", "Cartaya", "Chirino", "Curbelo",
        "Llerena", "Alpízar", "Gelabert",
    ]),
    # Salvadoran, with Nahua-derived family names such as Tepas.
    "salvadoran": (1, [
        "Nahomy", "Rudis", "Iveth", "Gladis", "Ebert", "Wilian", "Mélida", "Yansi", "Wendi",
        "Edis",
    ], [
        "Tepas", "Ortez", "Cea", "Callejas", "Cuchillas", "Osegueda", "Paiz", "Valiente",
        "Marinero", "Velis",
    ]),
    # Venezuelan, with the invented given names the country is known for.
    "venezuelan": (1, [
        "Nairobys", "Yuleidy", "Francys", "Gleidys", "Franyelis", "Greisy", "Jorgelis", "Marbelis",
        "Yoleida", "Yurbis", "Zuleima", "Ariannys", "Dubraska", "Eglee", "Fransheska", "Jeniree",
        "Mariángel", "Neidy", "Wilkelys",
    ], [
        "Vílchez", "Berroterán", "Carrero", "Dugarte", "Escalona", "Guédez", "Labarca", "Bastidas",
        "Figuera", "Guaregua", "Noguera",
    ]),
    # Peruvian Quechua.
    "quechua": (1, [
        "Yuraq", "Celestina", "Melchora", "Kusikuy", "Qori", "Tupaq", "Anccasi", "Asunta",
        "Marcosa", "Primitiva", "Quintina",
    ], [
        "Pariona", "Ninahuanca", "Ccoyllo", "Achahui", "Huachaca", "Auccapuma", "Ccanto",
        "Corimanya", "Huaylla", "Huillcahuaman", "Inca", "Machaca", "Rimachi", "Saihua", "Sallo",
        "Soncco", "Uscamayta", "Yanque", "Ayquipa", "Callañaupa", "Chuctaya", "Huamanga",
        "Janampa",
    ]),
    # Bolivian Aymara.
    "aymara": (1, [
        "Wara", "Isidora", "Willka", "Mallku", "Ajayu", "Chuqui", "Llanqui", "Phaxsi", "Qhantati",
        "Suma", "Wayna", "Yatiri", "Asencia", "Silveria",
    ], [
        "Copa", "Chura", "Quenta", "Machaca", "Cusicanqui", "Ajata", "Yujra", "Colque", "Patzi",
        "Tancara",
    ]),
    # Chilean, with Mapuche given and family names.
    "chilean": (1, [
        "Pía", "Ayelén", "Rayén", "Bastián", "Florencia", "Isidora", "Amaro", "Leftraru", "Licán",
        "Quidel", "Relmu", "Llanka", "Ñanculef", "Pichun", "Ailin", "Antu", "Calfu", "Huenu",
        "Suyai",
    ], [
        "Riquelme", "Fuentealba", "Jara", "Aravena", "Sanhueza", "Huenchumilla", "Painemal",
        "Catrileo", "Millapán", "Nahuelpán", "Quilaqueo", "Llancaqueo", "Ñancupil",
    ]),
    # Argentine.
    "argentine": (1, [
        "Florencia", "Renzo", "Tadeo", "Ayelén", "Eluney", "Lihuel", "Ailén", "Aimará", "Nehuén",
        "Benjamina", "Teodelina", "Yanina", "Gervasia", "Froilán",
    ], [
        "Maidana", "Barrionuevo", "Gauna", "Molinari", "Ferreyra", "Benedetti", "Canepa",
        "Lanzetti", "Ruggeri", "Baigorria", "Cuello", "Leguizamón", "Olmos", "Zalazar", "Cejas",
        "Gorosito", "Ibáñez", "Lescano", "Nieva", "Pedernera", "Rearte",
    ]),
    # Russian, with Old Believer given names and patronymics.
    "russian": (1, [
        "Arseny", "Fedot", "Gordei", "Nikon", "Agrippina", "Evstafy", "Melaniya", "Pantelei",
        "Sysoi", "Varlaam", "Filaret", "Avvakum", "Evlampy", "Markel", "Mefody", "Nazary",
        "Porfiry", "Radion", "Domna", "Nelli",
    ], [
        "Lebedeva", "Zhukova", "Sorokina", "Sazonov", "Kalinina", "Polyakova", "Rybakova",
        "Denisova", "Yermakov", "Fomina", "Ignatyeva", "Kazakov", "Loginova", "Naumova",
        "Panfilova", "Savelyeva", "Ustinova", "Blinova", "Frolova", "Kudryavtseva", "Lukin",
        "Markova", "Ovchinnikova", "Samoilova", "Vinogradova",
    ]),
    # Polish, with old Slavic given names.
    "polish": (1, [
        "Wawrzyniec", "Wojsław", "Dobiesław", "Gniewko", "Mściwoj", "Bogna", "Dobrawa", "Jagna",
        "Bolesława", "Dobiegniew", "Eustachy", "Jacenty", "Pankracy", "Salomea", "Zefiryn",
    ], [
        "Falkowski", "Kaczyński", "Marczak", "Nowakowska", "Sobolewski", "Tomczyk", "Włodarczyk",
        "Zięba", "Cichoń", "Dębski", "Fryc", "Gąsior", "Jurczak", "Madej", "Niedźwiedź", "Oleksy",
        "Pyrek", "Rogala", "Skiba", "Bartosik", "Gawlik", "Krawczak", "Mikołajczyk", "Pietrzyk",
    ]),
    # Hungarian, written family name first as at home now and then.
    "hungarian": (1, [
        "Aranka", "Emőke", "Nándor", "Orsolya", "Sarolta", "Anikó", "Irén", "Jusztina", "Lőrinc",
        "Mátyás", "Panna", "Szabolcs", "Vince", "Zsuzsi", "Erzsi", "Jancsi", "Pista", "Bözsi",
        "Teri", "Ibolya", "Matild", "Mariska", "Gyöngyvér", "Lenke", "Szeréna", "Benedek",
        "Bertalan", "Elemér", "Győző", "Kristóf", "Miksa", "Oszkár", "Rezső", "Tihamér", "Vazul",
    ], [
        "Márton", "Medve", "Nemes", "Benkő", "Czakó", "Ecsedi", "Gombos", "Mohácsi", "Sárközi",
        "Tamási", "Ujvári", "Vámos", "Ballagi", "Dobos", "Hegyi", "Lovász", "Mocsári", "Pálinkás",
        "Rostás", "Szabados", "Tarnai", "Vadas", "Zombori", "Csuka", "Demeter", "Garai",
        "Harsányi", "Kerekes", "Varjú",
    ]),
    # Dutch and Frisian dairy families of southern Idaho, particles as written.
    "dutch": (1, [
        "Wim", "Jannigje", "Teunis", "Bastiaan", "Ruud", "Douwe", "Gijsbert", "Harmen", "Ids",
        "Kees", "Ubbo", "Willemijn", "Afke", "Corrie", "Durkje", "Elske", "Geeske", "Ineke",
        "Jantina", "Pytrik", "Roelof", "Aafke", "Berber", "Dieuwke", "Jitske", "Lysbet", "Reinske",
        "Tetske", "Wubbe", "Auke", "Bouke", "Eelco", "Folkert", "Hidde", "Jouke", "Marnix", "Pim",
        "Sietse", "Taeke", "Wybren",
    ], [
        "van der Meer", "van Dijk", "de Groot", "Hoogendoorn", "van Beek", "Schouten",
        "van der Veen", "Haverkamp", "Rozendaal", "de Haan", "Gerritsma", "Hettema", "Jellema",
        "Meinsma", "Osinga", "Plantinga", "Tjalsma", "van Wieren", "Wijbenga", "Ykema", "Brinkman",
        "de Jong", "Groenewold", "Huizinga", "Kamphuis", "Mellema", "Nijenhuis", "Oudeman",
        "Stiksma", "van Essen", "Veldhuis",
    ]),
    # Ashkenazi Jewish, with Yiddish given names.
    "ashkenazi": (1, [
        "Moishe", "Basya", "Henya", "Menucha", "Ahuva", "Tzipporah", "Chasya", "Dobe", "Gnendel",
        "Hodes", "Itte", "Liba", "Pessel", "Reitze", "Shifra", "Zlate", "Avremel", "Dovber",
        "Nochem", "Todres", "Yudel", "Zanvel", "Anshel", "Bunim", "Gershon", "Heshy", "Yeruchem",
        "Zushe",
    ], [
        "Weinberg", "Katzenellenbogen", "Grossman", "Rubinstein", "Grinberg", "Davidovich",
        "Jacobovitz", "Tepperman", "Weissman", "Auerbach", "Chernin", "Fishkin", "Levinthal",
        "Shulman", "Sokoloff", "Wexler", "Zitrin",
    ]),
}  # fmt: skip

# Middle names by custom: Russian patronymics, Lhotshampa middles, Latter-day Saint pioneer
# names (Filipino middles are mothers' family names, drawn from the family list).
MIDDLES: dict[str, list[str]] = {
    "russian": [
        "Igorevna", "Sergeyevich", "Viktorovna", "Nikolayevich", "Petrovna", "Aleksandrovich",
        "Ivanovna", "Mikhailovich", "Yuryevich", "Borisovna", "Gennadyevna", "Anatolyevich",
    ],
    "bhutanese": [
        "Bdr", "Dhoj", "Bahadhur", "Kumaree", "Mayaa", "Prashad", "Nidhi",
    ],
    "mormon": [
        "Mosiah", "Erastus", "Teancum", "Mahonri", "Abish", "Sariah", "Vilate", "Zerah",
        "Jedediah", "Orrin", "Amasa", "Cowley",
    ],
}  # fmt: skip

# Given and family names that are also ordinary English words (Puritan virtue names, trades,
# stones, plants); PHI_FREE uses the same words in their ordinary sense.
WORD_GIVEN = [
    "Consider", "Freelove", "Waitstill", "Sabbath", "Saga", "Charm", "Shimmer", "Gleam", "Voyage",
    "Mindwell",
]  # fmt: skip
WORD_FAMILY = [
    "Peso", "Ledge", "Cinders", "Sombrero", "Racehorse", "Blackhat", "Bluejacket", "Longhair",
    "Sandman", "Chard", "Gourd", "Burr", "Strawberry", "Privet", "Yew", "Gleaner", "Teamster",
    "Muleskinner", "Freighter", "Prospector", "Assayer", "Driller", "Whitewater", "Stonewall",
    "Bedrock", "Grindstone", "Whetstone", "Hailstone", "Hearthstone", "Milestone", "Touchstone",
    "Songbird", "Ruddy", "Tinder",
]  # fmt: skip

# What people are called at home: Mexican, Filipino, Thai, Hungarian, Cuban, Nisei and rez
# nicknames.
NICKNAMES = [
    "Lek", "Skinny", "Zsuzsi", "Feri", "Laci", "Mimmo", "Kees", "Shmuly", "Yosh", "Shig", "Tosh",
    "Pupi", "Fefa", "Yuyo", "Huero", "Cheli", "Chonita", "Panchita", "Pilo", "Tisoy", "Ompong",
    "Vivi", "Doda", "Tazzie", "Shizzy", "Toosh", "Hosh", "Hammy", "Lolis", "Tencho", "Pifas",
    "Bombom", "Pong", "Thoyie", "Dudz", "Mackie",
]  # fmt: skip
# --- Places ------------------------------------------------------------------------------------
# Street names: desert plants, ores and mine workings, Book of Mormon places, canyons and ruins,
# Las Vegas, Denver and Salt Lake street names, northern New Mexico villages used as roads.
STREETS = [
    "Chuparosa", "Zia", "Adit", "Stope", "Smelter", "Uranium", "Carnotite", "Copperton",
    "Tabernacle", "Beehive", "Deseret", "Handcart", "Charleston", "Datura", "Malpais", "Ristra",
    "Luminaria", "Farolito", "Coatimundi", "Oquirrh", "Chuska", "Hualapai", "Cerbat", "Huachuca",
    "Chiricahua", "Dragoon", "Pinaleno", "Superstition", "Tortolita", "Slickrock", "Petroglyph",
    "Ratany", "Shadscale", "Ephedra", "Ricegrass", "Galleta", "Cliffrose", "Fernbush", "Kokopelli",
    "Chaco", "Mimbres", "Hohokam", "Sinagua", "Salado", "Winze", "Crosscut", "Flotation",
    "Highgrade", "Cerussite", "Chrysocolla", "Cuprite", "Bornite", "Chalcopyrite", "Wulfenite",
    "Vanadinite", "Smithsonite", "Hemimorphite", "Rhodochrosite", "Amazonite", "Sphalerite",
    "Argentite", "Tellurium", "Zarahemla", "Cumorah", "Liahona", "Nauvoo", "Desert Inn", "Twain",
    "Nellis", "Quivas", "Wyandot", "Alcott", "Wandamere", "Sugarmont", "Parleys", "Emigration",
    "Bangerter", "Slickhorn", "Paria", "Kaiparowits", "Wahweap", "Burr Trail", "Notom",
    "Caineville", "Fruita", "Sevier", "Piute", "Thousand Lake", "Abajo", "Recapture", "Tunicha",
    "Narbona", "Betatakin", "Keet Seel", "Dinnebito", "Puerco", "Dowa Yalanne", "Hawikuh",
    "Kechiba", "Matsaki", "Heshota", "Pescado", "Escavada", "Chetro Ketl", "Hungo Pavi", "Wijiji",
    "Tsin Kletzin", "Casamero", "Bisti", "Gobernador", "Jicarilla", "Llaves", "Galisteo",
    "Canoncito", "Glorieta", "Terrero", "Cowles", "Panchuela", "Chupadero", "Vadito", "Sipapu",
    "Tusas", "El Vado", "Poshuouinge", "Petaca", "Las Tablas", "Servilleta", "San Antonito",
    "Chamita", "Medanales", "Tecolotito", "Romeroville", "Gallinas", "Manuelitas", "Vermejo",
    "Yankee", "Sugarite", "Amistad", "Clapham", "Conchas", "Trementina", "Variadero", "Colonias",
]  # fmt: skip

# Small real places: Navajo chapters, Hopi villages, O'odham villages, pueblos, Hispano villages,
# Mormon settlements, Idaho and Nevada ranch and mining towns, the Big Bend and the Trans-Pecos.
CITIES = [
    "Clarkdale", "Winkelman", "Lupton", "Gabbs", "Wendover", "Myton", "Magna", "Loa", "Tropic",
    "Hanksville", "Marysvale", "Minersville", "Toquerville", "Hildale", "Gooding", "Mackay",
    "Arco", "Filer", "Murtaugh", "Heyburn", "Declo", "Marsing", "Homedale", "Parma", "La Jara",
    "Antonito", "Cripple Creek", "Westcliffe", "Terlingua", "Balmorhea", "Nazlini", "Tselani",
    "Hardrock", "Coalmine Canyon", "Bodaway", "Oljato", "Tsegi", "Tolani Lake", "Birdsprings",
    "Teesto", "Indian Wells", "Jeddito", "Klagetoh", "Houck", "Beclabito", "Toadlena",
    "Lake Valley", "Tohajiilee", "Iyanbito", "Nahata Dziil", "Cornfields", "Wheatfields",
    "Shipaulovi", "Sichomovi", "Walpi", "Quijotoa", "Sif Oidak", "Nolic", "Komelik", "Cowlic",
    "Hickiwan", "Kerwo", "Anzac", "Mesita", "Seama", "Paraje", "Cochiti", "Algodones",
    "Ohkay Owingeh", "Nambe", "Pojoaque", "Alcalde", "Embudo", "El Rito", "Vallecitos", "Los Ojos",
    "Cebolla", "Lindrith", "San Ysidro", "Tijeras", "Chilili", "Tajique", "Veguita", "Polvadera",
    "Lemitar", "Picacho", "Arabela", "Encino", "Pastura", "Ribera", "Ilfeld", "Rociada", "Ledoux",
    "Ocate", "Guadalupita", "Holman", "Las Trampas", "Cundiyo", "Costilla", "San Acacio", "Jaroso",
    "Manassa", "Mogote", "Conejos", "Crestone", "Mosca", "Bicknell", "Torrey", "Teasdale",
    "Henrieville", "Cannonville", "Koosharem", "Elsinore", "Centerfield", "Scofield",
    "Orangeville", "East Carbon", "Lynndyl", "Leamington", "Kanosh", "Genola", "Elberta",
    "Park Valley", "Snowville", "Honeyville", "Mantua", "Mendon", "Laketown", "Altamont",
    "Tabiona", "Neola", "Tridell", "Maeser", "Pingree", "Firth", "Ucon", "Ririe", "Tetonia",
    "Menan", "Leadore", "Picabo", "Rogerson", "Castleford", "Almo", "Arbon", "Inkom", "McCammon",
    "Swanlake", "Banida", "Lund", "McGill", "Hiko", "Panaca", "Midas", "Orovada", "Denio",
    "Sutcliffe", "Luning", "Amargosa Valley", "Indian Springs", "Goodsprings", "Bunkerville",
    "Lamoille", "Deeth", "Jarbidge", "Toyah", "Saragosa", "Coyanosa", "Mentone", "Ruidosa",
    "Lajitas", "Dryden", "Langtry", "Barnhart", "Ropesville", "Smyer", "Enochs", "Tumacacori",
    "Canelo", "Palominas", "Naco", "Pirtleville", "Elfrida", "Sunsites", "Klondyke", "Dudleyville",
    "Nutrioso", "Moccasin", "Meadview", "Bellemont", "Munds Park", "Rimrock", "Cornville",
    "Yarnell", "Peeples Valley", "Wikieup", "Topock", "Bouse", "Wenden",
]  # fmt: skip

# Regional ISPs, telephone co-ops and tribal colleges.
DOMAINS = [
    "q.com", "elp.rr.com", "scinternet.net", "emerytelcom.net", "sacredwind.net", "kitcarson.net",
    "gilanet.com", "vtc.net", "commspeed.net", "npgcable.net", "allwest.net", "ubtanet.com",
    "centracom.com", "rtci.net", "navajotech.edu", "dinecollege.edu", "tocc.edu",
]  # fmt: skip

# Written family name first now and then ("Ballagi Aranka", "Gaw Suey", "Mudimbi Tshibola").
FAMILY_FIRST = {"hungarian", "toishan", "congolese", "burundian", "rwandan"}
# Father's and mother's family names ("Sisneros Vialpando", "Tzaj Xec").
DOUBLE_SURNAME = {"tejano", "nuevomexicano", "norteno", "kiche", "salvadoran", "venezuelan",
                  "quechua", "aymara", "chilean", "cuban", "basque", "argentine"}  # fmt: skip
# A given name, the father's given name and often the grandfather's ("Arok Manyok Thiong").
NAME_CHAIN = {"dinka", "nuer", "ethiopian", "eritrean"}
SUFFIX = ["Jr", "Jr.", "Sr", "II", "III"]
# Staff credentials and titles never come out of a name maker (they stay outside the NAME).
_NOT_INITIALS = {"MD", "DO", "RN", "NP", "PA", "DR", "MS", "MR", "PT", "OT", "ST", "CNA", "LPN",
                 "DDS", "PHD", "RPH", "EMT", "CHR", "PHN", "SR", "JR", "LCSW", "APN"}  # fmt: skip

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "\u02bb": "'", "\u2019": "'"})  # fmt: skip


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


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNRSTVWY")


def _given(rng: random.Random, origin: str) -> str:
    given = rng.choice(ORIGINS[origin][1])
    if origin == "toishan" and rng.random() < 0.35:  # two-syllable given names
        other = rng.choice(ORIGINS[origin][1])
        given = f"{given} {other}" if other != given else given
    return given


def _family(rng: random.Random, origin: str) -> str:
    last = rng.choice(ORIGINS[origin][2])
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.3 and " " not in last:
        other = rng.choice(ORIGINS[origin][2])
        if other != last and " " not in other:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    elif roll < 0.05 and " " not in last and "-" not in last:  # joined by marriage
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and "-" not in other and other != last:
            last = f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = _given(rng, origin), _family(rng, origin)
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.3 else _given(rng, _origin(rng))
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.85 else _family(rng, _origin(rng))
    return first, last


def person(rng: random.Random, _split: str = "tune14") -> tuple[str, str]:
    if rng.random() < 0.14:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune14") -> str:
    return person(rng)[1]


def _middle_for(rng: random.Random, origin: str) -> str:
    if origin in MIDDLES:
        return rng.choice(MIDDLES[origin])
    if origin == "filipino":  # the mother's family name
        return rng.choice(ORIGINS[origin][2])
    return rng.choice(ORIGINS[origin][1]).split(" ")[0]


def full_name(rng: random.Random, _split: str = "tune14") -> str:
    origin = _origin(rng)
    if rng.random() < 0.13:  # a word name follows no particular custom
        first, last = _word_person(rng)
        origin = "word"
    else:
        first, last = _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin in NAME_CHAIN and form < 0.35:
        father, grandfather = rng.choice(ORIGINS[origin][2]), rng.choice(ORIGINS[origin][2])
        if origin in ("dinka", "nuer") and grandfather != father:
            return f"{first} {father} {grandfather}"
        return f"{first} {father}"
    if origin in ("russian", "bhutanese", "mormon", "filipino") and form < 0.3:
        middle = _middle_for(rng, origin)
        return f"{first} {middle} {last}"
    if origin == "afghan" and form < 0.15:  # one name only
        return first
    if form < 0.30:
        return f"{first} {last}"
    if form < 0.38:
        return f"{last}, {first}"
    if form < 0.43:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.47:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.50:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.53:
        return f"{first.split(' ')[0][0]}. {last}"
    if form < 0.62:
        return first
    if form < 0.66:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.70:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.73:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.77:
        return f"{last}, {first} {_initial(rng)}"
    if form < 0.80:
        return f"{last},{first}"
    if form < 0.84 and origin in ORIGINS:
        return f"{first} {_middle_for(rng, origin)} {last}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def given_lower(rng: random.Random) -> str:
    return _fold(person(rng)[0]).lower()


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
    """EHR list order: "Tsinajinie, Hasbah", "Tsinajinie,Hasbah", "Tsinajinie, Hasbah R"."""
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([f"{last}, {first}", f"{last}, {first}", f"{last},{first}",
                       f"{last}, {first} {mid}", f"{last}, {first} {mid}."])  # fmt: skip


def caps_name(rng: random.Random) -> str:
    """Headers, wristbands and face sheets: TSINAJINIE, HASBAH R."""
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last}, {first}", f"{last},{first}",
                       f"{last}, {first} {_initial(rng)}", f"{first} {last}"])  # fmt: skip


def name_upper(rng: random.Random) -> str:
    first, last = person(rng)
    return f"{_fold(first)} {_fold(last)}".upper()


def family_upper(rng: random.Random) -> str:
    """One HL7, X12 or DICOM name component: the family name."""
    return _fold(person(rng)[1]).upper()


def given_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def middle(rng: random.Random) -> str:
    """A middle name or initial in its own field (XPN.3, FHIR given[1], a form's MI box)."""
    if rng.random() < 0.6:
        return _initial(rng)
    origin = _origin(rng)
    return _middle_for(rng, origin)


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def family_lower(rng: random.Random) -> str:
    """As a query string, file name or queue key carries it."""
    return _handle(person(rng)[1]) or "tsinajinie"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([
        f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
        f"{last}%2C{first}".replace(" ", "+"), f"{last.lower()}%2C+{first.lower()}".replace(" ", "+"),
    ])  # fmt: skip


def initials(rng: random.Random) -> str:
    """A person's initials as staff write them: "JT", "J.T.", "MKB", "m.k.b."."""
    while True:
        a, b, c = _initial(rng), _initial(rng), _initial(rng)
        bare = rng.choice([f"{a}{b}", f"{a}{b}", f"{a}{c}{b}"])
        if bare not in _NOT_INITIALS:
            break
    form = rng.random()
    if form < 0.5:
        return bare
    if form < 0.8:
        return ".".join(bare) + "."
    return bare.lower()


def clinician(rng: random.Random) -> str:
    """A staff name as written before a credential: "Hasbah R. Tsinajinie", "H. Tsinajinie"."""
    first, last = person(rng)
    given = first.split(" ")[0]
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{given[0]}. {last}",
                       f"{last}, {first}", f"{first} {last}", f"{given} {last}"])  # fmt: skip


def staff_short(rng: random.Random) -> str:
    """How staff sign a handoff or a queue note: "Hasbah T.", "H. Tsinajinie", "Hasbah"."""
    first, last = person(rng)
    given = first.split(" ")[0]
    return rng.choice([f"{given} {_fold(last)[0]}.", f"{given[0]}. {last}", given, given,
                       f"{given} {last}"])  # fmt: skip


STREET_TYPES = [("St", 8), ("Street", 4), ("Ave", 6), ("Avenue", 2), ("Rd", 7), ("Road", 3),
                ("Dr", 5), ("Drive", 2), ("Ln", 4), ("Lane", 1), ("Blvd", 2), ("Ct", 2),
                ("Way", 3), ("Pl", 1), ("Cir", 2), ("Trl", 2), ("Trail", 1), ("Loop", 2),
                ("Pkwy", 1), ("Pass", 1), ("Path", 1), ("Run", 1), ("Cv", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "NE ", "NW ", "SE ", "SW ", "North ", "West "]
UNITS = ["Apt 3", "Apt. 12B", "Apt #204", "Unit 7", "Unit C", "#14", "# 2", "Ste 110", "Trlr 9",
         "Lot 22", "Lot #6", "Space 41", "Spc 12", "Bldg 4 Apt 2", "Apt 1-A", "Unit 305",
         "Apt 6 Rear", "Basement Apt", "Fl 2", "Rm 8"]  # fmt: skip


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:
        return f"{rng.randint(10, 999)} 1/2"
    if roll < 0.1:
        return f"{rng.randint(10, 999)}{rng.choice('ABC')}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 39999)]))  # fmt: skip


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def street_name(rng: random.Random) -> str:
    """A street without a house number: "Cuprite Rd", "W Notom Ln"."""
    return f"{rng.choice([''] * 6 + PREDIR)}{rng.choice(STREETS)} {_street_type(rng)}"


def grid_address(rng: random.Random) -> str:
    """Salt Lake and Mormon-town grid addresses: "1385 W 4700 S", "455 East 300 North"."""
    a, b = rng.choice("NSEW"), rng.choice("NS" if rng.random() < 0.5 else "EW")
    n1, n2 = rng.randint(1, 99) * 10 + rng.choice([0, 5]), rng.randint(1, 140) * 50
    if rng.random() < 0.25:
        long = {"N": "North", "S": "South", "E": "East", "W": "West"}
        return f"{n1} {long[a]} {n2} {long[b]}"
    return f"{n1} {a} {n2} {b}"


def street_line(rng: random.Random) -> str:
    """Number and street, no unit: an addr1 or line[0] field."""
    if rng.random() < 0.15:
        return grid_address(rng)
    return f"{_house_number(rng)} {street_name(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"POB {n}", f"P O Box {n}", f"Box {n}",
                       f"PO Drawer {rng.randint(1, 400)}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    """Reservation and ranch addresses: HC and star routes, Navajo and BIA routes, county roads."""
    box, mile = rng.randint(10, 9999), f"{rng.randint(1, 60)}.{rng.randint(0, 9)}"
    return rng.choice([
        f"HC {rng.randint(58, 89)} Box {box}", f"HCR {rng.randint(1, 9)} Box {box}",
        f"Star Route Box {rng.randint(1, 400)}", f"Navajo Route {rng.randint(1, 99)}, mile {mile}",
        f"N{rng.randint(1, 99)} mile {mile}", f"BIA Route {rng.randint(2, 60)}, mile {mile}",
        f"Indian Route {rng.randint(2, 99)} #{rng.randint(1, 40)}", f"{rng.randint(10, 9999)} County Road {rng.randint(1, 999)}",
        f"{rng.randint(10, 9999)} CR {rng.randint(1, 99)}.{rng.randint(1, 9)}", f"{rng.randint(100, 9999)} State Hwy {rng.randint(4, 599)}",
        f"{rng.randint(100, 39999)} US Hwy {rng.choice([60, 64, 89, 93, 95, 160, 163, 191, 285, 491])}",
        f"Mile {mile} Hwy {rng.randint(12, 264)}", f"{rng.randint(100, 9999)} FM {rng.randint(100, 3500)}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune14") -> str:
    roll = rng.random()
    if roll < 0.08:
        return po_box(rng)
    if roll < 0.18:
        return rural_route(rng)
    if roll < 0.22:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


STATES = ["AZ", "NM", "NV", "UT", "CO", "TX", "ID", "Ariz.", "N.M.", "Nev.", "Colo.", "Tex.",
          "Arizona", "New Mexico", "Nevada", "Utah", "Colorado", "Texas", "Idaho", "az", "nm",
          "ut"]  # fmt: skip


def city(rng: random.Random, _split: str = "tune14") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.05:
        return _fold(name).upper()
    if roll < 0.09:
        return _fold(name)
    return name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


# ZIP prefixes of the region: Arizona, New Mexico, Nevada, Utah, southern Idaho, Colorado and
# West Texas.
_ZIP3 = ["855", "856", "857", "859", "860", "863", "864", "865", "870", "873", "874", "875",
         "877", "878", "880", "881", "882", "883", "884", "889", "890", "893", "894", "895",
         "897", "898", "840", "841", "843", "845", "846", "847", "832", "833", "834", "836",
         "810", "811", "812", "813", "814", "815", "816", "797", "798", "799"]  # fmt: skip


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2018, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1922, 1935), (1936, 1975), (1976, 2025)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)


def _month_day(rng: random.Random, m: int, d: int) -> str:
    month, ab, chat, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([f"{m}/{d}", f"{m:02d}/{d:02d}", f"{month} {d}", f"{ab} {d}", f"{chat} {d}",
                       f"{month} {d}{o}", f"{d}{o} of {month}", f"{chat} {d}{o}", f"{m}-{d}",
                       f"{ab}. {d}", f"{d} {ab}"])  # fmt: skip


def _full_date(rng: random.Random, y: int, m: int, d: int) -> str:
    month, ab, yy = MONTHS[m - 1], ABBR[m - 1], y % 100
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}", f"{m}.{d}.{yy:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{month} {d}, {y}", f"{ab} {d}, {y}", f"{ab}. {d}, {y}", f"{d} {month} {y}",
        f"{d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y}", f"{d:02d}{ab.upper()}{y}",
        f"{month} {d}{_ordinal(d)}, {y}", f"{CHAT_ABBR[m - 1]} {d} {y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return _month_day(rng, m, d) if rng.random() < 0.25 else _full_date(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return _month_day(rng, m, d)


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}",
                       f"{d:02d}-{ABBR[m - 1]}-{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{m}-{d}-{y}",
                       f"{d:02d}{ABBR[m - 1].upper()}{y}", f"{m}/{d}/{y % 100:02d}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def compact_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8, DICOM DA and file names: 20240314."""
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    """HL7 DTM, one DATE: 202403140930, 20240314093015-0700."""
    y, m, d = _ymd(rng, 2020, 2026)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0700", f"{base}{ss:02d}-0600"])


def long_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}",
                       f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def dmon_date(rng: random.Random) -> str:
    """Lab and pharmacy systems: 14-MAR-2024, 14MAR2024, 14-Mar-24."""
    y, m, d = _any_ymd(rng)
    ab = ABBR[m - 1]
    return rng.choice(
        [f"{d:02d}-{ab.upper()}-{y}", f"{d:02d}{ab.upper()}{y}", f"{d}-{ab}-{y % 100:02d}"]
    )


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2008, 2026)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{CHAT_ABBR[m - 1]} {y}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp is one DATE."""
    y, m, d = _ymd(rng, 2021, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-07:00", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}",
        f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    """The date of an nginx access line: 14/Mar/2024 (the clock after it stays outside)."""
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def military(rng: random.Random) -> str:
    """A clock time as nurses chart it: 0715, 1942."""
    return f"{rng.randint(0, 23):02d}{rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"


_TENS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
         "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return age_number(rng)
    n = rng.randint(90, 101)
    if n >= 100:
        return rng.choice(["one hundred", "a hundred and one"])
    word = _TENS[n - 90]
    return rng.choice([word, word, word.replace("-", " "), word.capitalize()])


# --- Numbers people are reached at -------------------------------------------------------------

_AREA = [928, 505, 575, 702, 725, 775, 801, 385, 435, 208, 986, 970, 719, 303, 720, 432, 915,
         806, 520, 602, 480, 623]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"{a} {b} {c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}",
        f"{a}-{b}-{c} ext {rng.randint(2, 999)}", f"({a}){b}-{c}", f"{b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def phone_digits(rng: random.Random) -> str:
    """As a query string or an ANI field carries it: 19285550123."""
    return f"1{rng.choice(_AREA)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

HANDLES = ["rezcowboy", "sheepcampgirl", "frybreadqueen", "roundupmom", "powwowdad", "bingogrannie",
           "minerdad", "uraniumkid", "sagebrushmama", "lowriderlife", "ranchwife", "dialysisdad",
           "chilewoman", "tamalemom", "flutegirl", "ropingcoach", "casinomom", "nightshiftrn"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune14") -> str:
    first, last = person(rng)
    f, ln = _handle(first.split(" ")[0]) or "hasbah", _handle(last) or "tsinajinie"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2012)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}",
        f"{f[0]}{ln}{yy % 100:02d}", f"{f}{yy}", f"{ln}{f[0]}{n}", f"{rng.choice(HANDLES)}{n}",
        f"{f}-{ln}", f"{ln}family{n}", f"{rng.choice(HANDLES)}.{ln}", f"{f}{ln[0]}{yy}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS + DOMAINS[:6])}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "tune14") -> str:
    first, last = person(rng)
    f, ln = _handle(first.split(" ")[0]) or "hasbah", _handle(last) or "tsinajinie"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}",
        f"{ln.upper()}{f[0].upper()}", f"{f[0]}{ln}{n}", f"{rng.choice(HANDLES)}_{n}",
        f"{f}{ln}", f"{ln}_{f}", f"{f}.{ln[0]}", f"{f}{yy}", f"{f[:3]}{ln[:5]}", f"{ln}{yy}",
        f"{f[0]}{ln[:6]}".upper(),
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune14") -> str:
    first, last = person(rng)
    f, ln = _handle(first.split(" ")[0]) or "hasbah", _handle(last) or "tsinajinie"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.gofundme.com/f/help-{f}-{ln}", f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}",
        f"https://www.caringbridge.org/site/{f}{ln}", f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}",
        f"https://www.tiktok.com/@{f}{ln}", f"https://{ln}family.blogspot.com", f"https://www.instagram.com/{f}_{ln}",
        f"https://www.youtube.com/@{ln}{f}", f"https://linktr.ee/{f}{ln}", f"https://venmo.com/u/{f}-{ln}",
        f"https://photos.app.goo.gl/{_letters(rng, 17, an)}", f"https://forms.gle/{_letters(rng, 17, an)}",
        f"https://portal.canyonlands-health.example/patient/{_digits(rng, 8)}", f"www.{f}{ln}.com",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.32:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2600:{g[1]}:{g[2]}::{g[7]}", f"2607:fb90:{g[2]}:{g[3]}::{g[7]}"]
        )
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, tribal, billing and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"], [7, 2, 2])[0]


def mrn(rng: random.Random) -> str:
    """IHS health record numbers run short; hospital MRNs run long."""
    return rng.choice([
        _digits(rng, 6), _digits(rng, 7), _digits(rng, 8), f"{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"E{_digits(rng, 8)}", f"{_letters(rng, 2)}{_digits(rng, 6)}",
        f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"00{_digits(rng, 7)}",
    ])  # fmt: skip


def ihs_chart(rng: random.Random) -> str:
    """An IHS health record number alone, as the clinic writes it."""
    return rng.choice([_digits(rng, 6), f"{_digits(rng, 3)}-{_digits(rng, 3)}", _digits(rng, 5)])


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    """AHCCCS (Arizona), Centennial Care (New Mexico) and Medicaid numbers of the region."""
    return rng.choice([f"A{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"{_digits(rng, 9)}{_letters(rng, 1)}",
                       f"{_letters(rng, 1)}{_digits(rng, 7)}", f"{_digits(rng, 11)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 9)}", mbi(rng),
        medicaid_id(rng), f"{_digits(rng, 9)}{_letters(rng, 2)}", f"{_letters(rng, 2)}{_digits(rng, 8)}",
        f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"U{_digits(rng, 8)}01",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        f"PFS{_digits(rng, 7)}", f"V{_digits(rng, 9)}", f"{_digits(rng, 6)}-{_digits(rng, 2)}",
        f"GT{_digits(rng, 7)}",
    ])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn("80840" + base)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 8)}", f"D{_digits(rng, 8)}", f"{_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 6)}",
        f"RN{_digits(rng, 6)}", f"LPN{_digits(rng, 5)}", f"MD-{_digits(rng, 5)}", f"DO{_digits(rng, 4)}",
        f"{_digits(rng, 4)}-{_digits(rng, 4)}", f"CDL {a}{_digits(rng, 7)}", npi(rng), dea(rng),
    ])  # fmt: skip


def tribal_id(rng: random.Random) -> str:
    """A tribal enrollment or census number, or a Certificate of Indian Blood number."""
    return rng.choice([_digits(rng, 9), f"{_digits(rng, 3)}-{_digits(rng, 6)}", f"{_letters(rng, 2)}-{_digits(rng, 5)}",
                       f"{_digits(rng, 6)}", f"CIB-{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 6)}"])  # fmt: skip


def rx_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Rx{_digits(rng, 7)}",
            f"{_digits(rng, 7)}",
            f"RX-{_digits(rng, 6)}",
            f"{_digits(rng, 2)}-{_digits(rng, 6)}",
        ]
    )


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"ENC-{_digits(rng, 8)}", f"{rng.randint(19, 26)}-{_digits(rng, 6)}",
        rx_number(rng), f"{_digits(rng, 7)}", f"ACC{_digits(rng, 9)}", f"CASE-{_letters(rng, 5, an)}",
        f"PA-{rng.randint(2021, 2026)}-{_digits(rng, 6)}", f"{_digits(rng, 12)}", f"REQ{_digits(rng, 8)}",
        f"TKT-{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}", tribal_id(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("GHJKLMNPRST123456")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 4)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 3)} {_letters(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 1)}-{_digits(rng, 3)}", f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 4)}",
        f"NN {_digits(rng, 5)}", f"{_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 3)}",
        rng.choice(["SHEEPCMP", "REZRIDE", "DINE4LYF", "MINER49", "NANA702", "UTEPRIDE"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return payload + _luhn(payload)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def device_id(rng: random.Random) -> str:
    return rng.choice([
        imei(rng), f"SN{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        f"{_letters(rng, 2)}{_digits(rng, 7)}", mac_address(rng), f"{_digits(rng, 10)}",
        f"(01){_digits(rng, 14)}(21){_letters(rng, 2)}{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}",
    ])  # fmt: skip


# --- Filler that is not PHI, so that log lines vary -------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), _hex(rng, 16), f"req_{_hex(rng, 12)}",
                       f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}"])  # fmt: skip


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(41, 400), rng.randint(401, 9000)]))


def status_code(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404",
                       "409", "422", "500", "502", "504"])  # fmt: skip


def pid_number(rng: random.Random) -> str:
    return str(rng.randint(7, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 250000))


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


def queue_name(rng: random.Random) -> str:
    return rng.choice(["nurse-advice", "rx-refill", "billing-en", "billing-es", "sched-peds",
                       "sched-ihs", "trauma-transfer", "portal-help", "interp-nav", "interp-spa"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, queue names).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),  # a given name alone
    "GIVENLOW": ("NAME", given_lower),  # "hasbah" in a queue key or a lowercase chat
    "WGIVEN": ("NAME", word_given),  # Reliance, Waitstill, Saga
    "WFAM": ("NAME", word_family),  # Whetstone, Prospector, Privet
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),  # "Tsinajinie, Hasbah R" with no cue word
    "CAPSNAME": ("NAME", caps_name),  # TSINAJINIE, HASBAH in headers and wristbands
    "NAMEUP": ("NAME", name_upper),
    "HLAST": ("NAME", family_upper),  # one HL7, X12 or DICOM component each
    "HGIVEN": ("NAME", given_upper),
    "HMID": ("NAME", middle_upper),
    "MIDDLE": ("NAME", middle),
    "LNLOW": ("NAME", family_lower),
    "NAMEQ": ("NAME", name_query),  # "Hasbah+Tsinajinie", "tsinajinie%2C+hasbah"
    "INITS": ("NAME", initials),  # "JT", "M.K.B." standing for a person
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, RN"
    "STAFF": ("NAME", staff_short),  # handoff and queue sign-offs: "Hasbah T."
    # Places
    "STREETLINE": ("ADDRESS", street_line),
    "STREETNAME": ("ADDRESS", street_name),  # "lives off Cuprite Rd", no house number
    "GRID": ("ADDRESS", grid_address),  # 1385 W 4700 S
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),  # HC 61 Box 2210, Navajo Route 12, mile 4.5
    "STREETUP": ("ADDRESS", street_upper),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "DOB": ("DATE", dob),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),  # a whole HL7 DTM is one DATE
    "TS": ("DATE", timestamp),  # a whole ISO or logging timestamp is one DATE
    "CLFDATE": ("DATE", clf_date),
    "MD": ("DATE", month_day),
    "DAYTH": ("DATE", day_th),  # "the 14th"
    "MONYEAR": ("DATE", month_year),
    "LONGDATE": ("DATE", long_date),
    "DMON": ("DATE", dmon_date),
    # Ages and numbers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "PHONEDIGITS": ("PHONE", phone_digits),
    "EMAILENC": ("EMAIL", email_encoded),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),  # AHCCCS, Centennial Care
    "HRN": ("MRN", ihs_chart),  # an IHS health record number
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "TRIBALID": ("OTHER_ID", tribal_id),  # enrollment, census or CIB number
    "RXNUM": ("OTHER_ID", rx_number),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status_code),
    "PIDN": (None, pid_number),
    "BYTES": (None, size),
    "CLOCK": (None, clock),
    "MIL": (None, military),
    "QUEUE": (None, queue_name),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format, and a slot is
# never written directly before a doubled closing brace. generate.fill() lowercases, misspells and
# strips punctuation from chat on top of what is written here.

CHAT = [
    # Relatives and names in passing, bare given names.
    "ya'at'eeh, this is {GIVEN}, my shima {GIVEN} needs her sugar pills refilled before the {DAYTH}",
    "my cheii {GIVEN} is {AGE} and still hauls water, he fell by the corral on {MD}",
    "its {GIVEN} again. my grandson {GIVEN} has the cough the whole chapter has",
    "can my cousin {GIVEN} pick up my meds at the window? she has my census card",
    "shimasani is {AGE}, we live way out past the chapter house on {RURAL}",
    "ahehee' to nurse {GIVEN} she drove all the way out to check on my dad",
    "my brother {GIVEN} {SURNAME} is in the trauma center since {MD}, can i get an update",
    "is {GIVEN} working today? she knows my whole history",
    "tell {GIVEN} at the front desk i'm running late, the road is washed out",
    "{GIVEN} from the pharmacy window said call this number",
    "mija {GIVEN} is sick since the {DAYTH}, fiebre y tos, can she be seen today",
    "mi abuelita {NAME} tiene {AGE} anos y no quiere comer, que hacemos",
    "soy {GIVEN}, la hija de {NAME}, ella no habla ingles, i can translate",
    "hola, mi esposo {GIVEN} necesita su receta, se le acabo el {MD}",
    "tia {GIVEN} is staying with us in {CITY} until her surgery",
    "my lola {GIVEN} is {AGE} po and she has a fever since {MD} 😟",
    "salamat po, tita {GIVEN} said you can help with the referral",
    "kuya {GIVEN} is bringing me to the appt, he works at the casino till 4",
    "my anak {GIVEN} {SURNAME} got his shots at the other clinic on {DATE}",
    "malo e lelei, my dad {NAME} needs a ride to dialysis, he lives in {CITY}",
    "talofa, its {GIVEN}. my mum {NAME} was discharged {MD} but the meds werent sent",
    "my nana {NICK} turns {AGE} on {MD}!! can she still get the rsv shot",
    "my sister {GIVEN} says hi lol, she was your patient too",
    "mom is {AGEN} now and the home health lady {GIVEN} stopped coming",
    "my grandpa {WGIVEN} {SURNAME} is {AGE}, hes asking for dr {SURNAME} again",
    "neighbor {WNAME} found my mom on the floor, shes at the er now",
    "my husband {GIVEN} works nights at the mine so i'll bring the kids myself",
    "can my boyfriend {GIVEN} come in with me for the ultrasound",
    "our foster son {GIVEN} (we call him {NICK}) needs his school physical",
    "twins {GIVEN} and {GIVEN} both have pink eye 🙄",
    "my kids are {GIVEN}, {GIVEN} and {GIVEN}, all three need flu shots",
    "its for my dad, {GIVEN}. he wont use the phone so im texting",
    "{GIVEN}'s mom here, he has a rash from the new antibiotic",
    "{SURNAME}'s daughter, mom wants to know if she can have visitors",
    "my ex {NAME} is not allowed to pick up my kids from the clinic",
    "please dont give any info to {NAME}, we are separated",
    "{NICK} is driving me, he'll wait in the truck",
    "ask for {NICK} when you call, thats what everyone calls me",
    "i go by {NICK} but the chart says {NAME}",
    "my name changed to {NAME} when i got married on {DATE}",
    "the lady at the window {GIVEN} said i need a new census number on file",
    "the CHR {GIVEN} comes on tuesdays but she missed {MD}",
    "{GIVEN} the PHN said to message here if his sugars go over 300",
    "pls thank nurse {GIVEN} on 4 north for me 🙏",
    "the social worker {NAME} said i qualify for the gas voucher",
    "our caseworker {WNAME} wants a letter about my disability",
    "the interpreter {GIVEN} was so good, can we have her again",
    "dr {SURNAME} or whoever is on call, my sugar is 42",
    "can i switch from dr {SURNAME} to dr {SURNAME}, i want a woman doctor",
    "tell dr {WFAM} thank you, the shot in my knee helped a lot",
    "is dr {SURNAME} still at the clinic or did she leave",
    "mrs {WFAM} down the road said you do home visits now",
    "my pastor {NAME} is coming with me for the results",
    "sister {GIVEN} from the mission said to ask you about the hospice",
    "bishop {SURNAME} from our ward will drive me to the surgery",
    "brother {SURNAME} and the elders gave him a blessing, now can he eat",
    "my roommate {GIVEN} has the same rash, is it catching",
    "my great grandma is {AGE}, born {DOB}, she needs a handicap placard form",
    "grandpa {SURNAME} is {AGEN} and they want him to come in for a stress test??",
    # Sign-offs and names at the end.
    "ok ahehee'! -{GIVEN}",
    "thank you so much 🙏 {GIVEN}",
    "will be there at 9. {NAME}",
    "thanks again\n{NAME}\nsent from my iphone",
    "sorry for all the questions lol\n- {GIVEN}",
    "thx, {LASTFIRST}",
    "appreciate it, {INITS}",
    "call me back when you can, {NAME} {PHONE}",
    "salamat po! - {GIVEN} ({NICK})",
    "mālō 'aupito, {GIVEN}",
    "gracias, {NAME}",
    "{GIVEN} here again, never heard back about the mri",
    "its {LASTFIRST}, the one with the bad knee, it gave out again",
    "{SURNAME} here, i had the stress test on {MD}",
    "hey its {NICK} from the tuesday diabetes group, is {GIVEN} still running it",
    "this is {INITS}, room 12 last week, my stitches are itchy",
    # Dates every which way.
    "is my appt {MD} at 2 or 2:30",
    "can i move my appt from the {DAYTH} to the {DAYTH}",
    "thurs {MD} works better, i get a ride that day",
    "can i come in tues {MD} at 10",
    "is the clinic open sat the {DAYTH}? its the only day the van runs",
    "i got my covid booster on {DATE} and my arm still hurts",
    "my last period was {MD}, too soon to test?",
    "the letter is dated {DATE} but i just got it",
    "havent been seen since {MONYEAR}, am i a new patient now",
    "started the new pills on the {DAYTH} and broke out in hives by the {DAYTH}",
    "last drink was {MD}, day 4 and im shaky",
    "the stitches went in {MD}, when do they come out",
    "yes {MD} at 9:15 is fine",
    "she was born {DATE} at 35 weeks and isnt gaining weight",
    "he fell off the horse {MD} and has been limping since",
    "my surgery was in {MONYEAR} and the scar still burns",
    "portal says {MD} but the card says the {DAYTH}??",
    "reminder says {DATE} but i thought it was {DATE}",
    "my wife's due date is {DATE}, baby isnt moving much today",
    "tetanus was {DATE}, do i need another one after the barbed wire",
    "we'll be at the pow wow {MD} thru {MD}, can i get my refill early",
    "going to sheep camp from {MD} to {MD}, no signal out there",
    "dob {DOB}, last name {SURNAME}",
    "{NAME} dob {DOB} needs inhaler refill pls",
    "born {DOB}, name {NAME}, cant get into my account",
    "my birthday is {DOB} not {DOB}, someone typed it wrong at registration",
    "kids name is {GIVEN} {SURNAME}, dob {DOB}",
    "grandma's dob is {DOB}, she is {AGE}",
    # Addresses typed casually.
    "i moved to {STREET}, pls update it",
    "new address {STREETLINE} {CITY} {ZIP}",
    "we live out on {RURAL}, past the windmill, the ambulance got lost last time",
    "mail goes to {POBOX}, {CITY} {STATE} {ZIP} but we live on {RURAL}",
    "house is the blue one on {STREETNAME}, behind the trading post",
    "staying with my aunt at {STREET} in {CITY} till the roof is fixed",
    "we're at {GRID} now, the basement apt",
    "my new apt is {STREETLINE} {UNIT}",
    "im in {UNIT}, {STREETLINE}, buzzer is broken so call",
    "can the nurse come to {STREET}? {PHONE} is best",
    "address is {STREETLINE}\n{CITY}, {STATE} {ZIP}",
    "old address {STREET}, new one {STREET}",
    "mom lives at {STREET} in {CITY} now, can hospice go there",
    "your office on {STREETNAME} has no parking",
    "which clinic, the one on {STREETNAME} or the one by the dollar store",
    "i dropped the stool sample at the lab on {STREETNAME}",
    "dog bit my son at {STREET} yesterday, does he need rabies shots",
    "moving back to {CITY} next month, need a referral up there",
    "im in {CITY} visiting my daughter till {MD}, can i do video",
    "is there a clinic closer to {CITY}? driving to {CITY} is 2 hrs",
    "we moved from {CITY}, {STATE} to {CITY} in the summer",
    "was in the er in {CITY} on {DATE}, can you get those records",
    "my aunt in {CITY} has the same thing, is it genetic",
    "my dad is {AGE} and lives alone on {STREETNAME}, can someone check on him",
    "we're the trailer on {RURAL} in {CITY}, look for the red truck",
    "no street address, its {RURAL}, {CITY} {ZIP}",
    # Phones, fax, e-mail.
    "pls call my brother {GIVEN} at {PHONE} if you cant reach me",
    "home is {PHONE}, cell {PHONE}",
    "dont use {PHONE} anymore thats my ex's",
    "text me {PHONE}, no signal for calls out here",
    "the school nurse needs it faxed to {FAX}, attn {GIVEN}",
    "fax the disability form to my lawyer {FAX}",
    "my email is {EMAIL}",
    "send the work note to {EMAIL}, they want it by {MD}",
    "email my daughter {NAME} at {EMAIL}, she handles my bills",
    "changed my email to {EMAIL}, the old one got hacked",
    "my grandson set up {EMAIL} for me, use that",
    # Cards, accounts, tribal numbers.
    "my ahcccs id is {MEDICAID}",
    "member id {PLAN}, group is on the back",
    "medicare # {MBI} and medicaid {MEDICAID}",
    "my census number is {TRIBALID} for the IHS eligibility",
    "they asked for my CIB, the number is {TRIBALID}",
    "health record # {HRN} at the IHS clinic, chart # at the hospital is {MRN}",
    "my ss# is {SSN}, pls dont share it",
    "for the disability paperwork they need my social {SSN}",
    "mrn {MRN} and my husbands is {MRN}, dont mix us up",
    "acct {ACCOUNT} says i owe 60 but i paid {MD}",
    "bill for {NAME} under account {ACCOUNT} is wrong, she has IHS",
    "claim {OTHER} denied again",
    "rx {RXNUM} says needs prior auth",
    "insurance said give you reference {OTHER}",
    # Devices, vehicles, licences.
    "my pump serial is {DEVICE}, it keeps saying occlusion",
    "cpap sn {DEVICE}, the mask leaks",
    "cgm transmitter id is {DEVICE}",
    "phone imei {IMEI} if the monitor company needs it",
    "my truck got towed from the er lot, plate {PLATE}",
    "{NICK} is out front in the white truck ({PLATE}), can he pull up to the door",
    "for the accident claim the vin is {VIN}",
    "my license # is {LICENSE} for the parking form",
    "is the home health aide legit? her license is {LICENSE}",
    # Portal, web.
    "my username is {USER} and it says wrong password",
    "tried {USER} and {USER}, neither works",
    "portal says someone logged in from {IP}, was that you guys",
    "this is the link they sent {URL} but it wont open",
    "my daughter made a page for my surgery {URL}",
    "can you share the meal train? {URL}",
    # Longer run-ons.
    "hi this is {NAME} my mom {NAME} is {AGE} and fell on {MD} and now cant walk right pls call {PHONE}",
    "ok so i called on {MD} and the lady said someone would call and nobody did, its {GIVEN} btw",
    "we got back from {CITY} on {MD} and my husband has been coughing since",
    "sry its late, {GIVEN} is throwing up and has 103 fever, should we drive to {CITY}",
    "this is {GIVEN}, {GIVEN}'s mom, he has a rash from the amoxicillin",
    "need my records from when i was at the hospital in {CITY} on {DATE} sent to dr {SURNAME}",
    "my brother {NAME} passed {DATE}, pls stop sending reminders to {STREET}",
    "hey {GIVEN}! me again, still no call about the biopsy",
    "can you tell {GIVEN} i left the forms at the window on {MD}",
    "{WGIVEN} {WFAM} is my caregiver now, she can sign for me",
    "husband {NAME} {PHONE} is my emergency contact now not my sister",
    "the bill has the wrong last name, its {SURNAME} not {SURNAME}",
    "my mom only speaks dine bizaad, her name is {NAME}, i can interpret",
    "my dad speaks tongan only, {NAME}, can we get an interpreter for {MD}",
    "mi papa {NAME} vive en {CITY}, necesita cita con el cardiologo",
    "lolo {GIVEN} is {AGE} and we're in {CITY}, can he get home health",
    "my uncle {NAME} works at the uranium mill, is that why his lungs are bad",
    "grandpa was a miner in {CITY} in the 60s, his name is {NAME}, do we qualify for the recep thing",
    "we drove 3 hours from {CITY} and the appt was cancelled?? its {NAME}",
    "my son {GIVEN} got hit by a car on {STREETNAME}, they flew him to the trauma center",
    "is {GIVEN} {SURNAME} still in the icu? im his sister, {NAME}",
    "this is {NAME} from {CITY}, the van never came for my dialysis",
    "{GIVEN} here, the ride program says my address {STREET} is wrong",
    "hi its {GIVEN} the pharmacist at {CITY}, the rx for {NAME} has no strength",
    "ok {GIVEN} i'll bring the bottles on {MD}",
    "yes this is {NAME}'s phone, she's sleeping, whats it about",
    "he goes by {NICK} at work but his real name is {NAME}",
    "my grandma {NAME} born {DOB} in {CITY}, they cant find her birth certificate",
    "the baby is {GIVEN} {SURNAME}, born {MD} at the border hospital, dad is {NAME}",
    "i work at the casino, can i come at 6 on {MD}? its {GIVEN}",
    "did {STAFF} get my message? she said she'd call back {MD}",
    "the nurse on the phone, {STAFF}, told me to go to the er",
    "plz have dr {SURNAME} call me {PHONE} before {MD}, its about mom",
    "can you fax my records to dr {SURNAME} at {FAX}, im moving to {CITY}",
    "my dad {NAME} got his shot {MD}, now his arm is red and hot",
    "i'm {AGE} years young and i still do my own shopping 😂",
    "yes this is {GIVEN} {SURNAME}, dob {DOB}, address {STREET}, {CITY}",
    "🙏🙏 thank you dr {SURNAME}, {GIVEN} is walking again",
    "who is {GIVEN}? someone named {GIVEN} left me a voicemail about {MD}",
    "just saw {GIVEN} at the store and she said the results are in?",
    "my wife {GIVEN} and i both need the shingles shot, we're {AGE} and 84",
    "our bishop said to ask for {NAME} in billing about the ward paying",
    # Trauma centre, children's hospital, mine clinic, billing, call centre.
    "my son {GIVEN} is in the picu since {MD}, can his dad {NAME} get a parking pass",
    "they flew my husband {NAME} from {CITY} last night, what floor is he on",
    "hi its {NAME}, my daughter {GIVEN} had her cast put on {MD}, it smells bad",
    "the mine clinic said my dad {NAME} has to get his chest xray by the {DAYTH}",
    "i got a bill for {ACCOUNT} but IHS should pay, its {LASTFIRST}",
    "called the nurse line on {MD} and the lady {STAFF} said to message here",
    "pls send the bill to my daughter {NAME}, {STREETLINE}, {CITY} {ZIP}",
    "my baby {GIVEN} is 3 weeks old, born {MD}, yellow eyes still",
    "{GIVEN} is in room 8 at the childrens, can grandma {NAME} visit",
    "im the one who called about {NAME}, the trauma patient from {CITY}",
    "sorry wrong number, looking for {NAME}'s nurse",
    "my dad {NAME} (hes {AGE}) wants to do his own colonoscopy prep lol",
    "the ambulance took my cousin {GIVEN} from {RURAL}, where did they take him",
    "we're staying at the family house by the childrens hospital, its {NAME}, room 4",
]

# key=value, JSON, HL7 v2, FHIR, CSV, access logs, query strings, traces, SSO, queues, fax,
# e-prescribing, lab interfaces and X12. Each HL7, X12 or FHIR name part is its own span.
LOGS = [
    # Application key=value
    '{TS} INFO  sched.book patient="{NAME}" dob={ISODATE} slot={TS} clinic=peds-2 req={REQID}',
    "{TS} WARN  sms.undeliverable to={PHONE} patient_id={MRN} carrier=unknown attempt=3",
    '{TS} INFO  checkin.kiosk name="{NAME}" dob_entered={USDATE} dob_on_file={USDATE} result=mismatch',
    '{TS} INFO  ride.booked rider="{LASTFIRST}" pickup="{RURAL}" city={CITY} dest=dialysis van=7',
    '{TS} ERROR ride.geocode failed addr="{RURAL}, {CITY} {STATE} {ZIP}" reason=no_street_number',
    "{TS} INFO  eligibility.ihs hrn={HRN} census={TRIBALID} result=eligible user={USER}",
    '{TS} WARN  eligibility.ahcccs id={MEDICAID} name="{NAMEUP}" dob={HLDATE} status=terminated',
    "ts={TS} level=info event=portal.login user={USER} ip={IP} mfa=sms({PHONE}) status={STATUS}",
    "ts={TS} level=warn event=portal.lockout user={USER} ip={IP} attempts=6",
    'ts={TS} level=info event=address.changed user={USER} old="{STREET}" new="{STREETLINE}, {UNIT}" city={CITY} zip={ZIP}',
    'ts={TS} level=info event=proxy.granted proxy="{NAME}" patient="{NAME}" relation=daughter by={USER}',
    'ts={TS} level=error event=merge.conflict mrn_a={MRN} mrn_b={MRN} name="{CAPSNAME}" dob={ISODATE}',
    "event=rx.refill.request rx={RXNUM} mrn={MRN} pickup=window-2 requested={TS}",
    'event=rx.ready rx={RXNUM} patient="{LASTFIRST}" notify={E164} bin=B-14',
    'event=interp.request lang=nav patient="{NAME}" appt={TS} requested_by={USER}',
    'event=interp.assigned lang=ton interpreter="{NAME}" appt={TS} queue={QUEUE}',
    'event=chr.visit chr="{STAFF}" patient="{LASTFIRST}" location="{RURAL}" bp=148/92 at={TS}',
    'event=phn.referral patient="{NAME}" dob={DOB} addr="{RURAL}" reason=wound_check by={USER}',
    'event=transfer.accepted from="{CITY} clinic" patient="{NAME}" age={AGEN} eta_min=55 mode=rotor',
    'event=trauma.activation level=1 patient="{NAMEUP}" mrn={MRN} arrived={TS}',
    "event=trauma.alias.resolved alias_mrn={MRN} true_mrn={MRN} resolved_by={USER} at={TS}",
    'event=picu.visitor.badge visitor="{NAME}" patient_mrn={MRN} relation=grandmother issued={TS}',
    'event=billing.statement guarantor="{NAME}" addr="{POBOX}, {CITY} {STATE} {ZIP}" acct={ACCOUNT} balance=212.40',
    'event=billing.payment acct={ACCOUNT} payer="{LASTFIRST}" amount=40.00 method=card last4=**** at={TS}',
    'event=billing.refund acct={ACCOUNT} to="{NAME}" mail_to="{STREET}, {CITY}, {STATE} {ZIP}"',
    "event=billing.collections acct={ACCOUNT} guarantor_ssn={SSN} placed={ISODATE}",
    'event=mine.surveillance miner="{NAME}" dob={DOB} msha_id={OTHER} xray_due={ISODATE}',
    'event=reca.screen patient="{LASTFIRST}" mine_city={CITY} years_underground=14 referred_by={USER}',
    'event=portal.message from={USER} to=pool:nurse subject="{GIVEN} fever since {MD}"',
    'event=sms.inbound from={E164} body="this is {GIVEN} cant make it {MD}" matched_mrn={MRN}',
    'event=email.bounce to={EMAIL} template=appt_reminder patient="{NAME}" code=550',
    "event=vpn.session user={USER} assigned={IP} public={IP} start={TS}",
    'event=device.pair serial={DEVICE} mac={MAC} owner="{NAME}" user={USER}',
    'event=valet.ticket plate={PLATE} vin={VIN} owner="{NAME}" phone={PHONE}',
    "event=parking.pass plate={PLATE} patient_mrn={MRN} expires={ISODATE}",
    "event=age.guard field=age value={AGEN} mrn={MRN} action=bucket_90plus",
    'event=letter.print to="{NAME}" addr="{STREETLINE}" city="{CITY}" zip={ZIP} template=no_show_v2',
    # Queue and call-centre events
    '{TS} acd.enqueue queue={QUEUE} ani={PHONEDIGITS} caller_name="{NAMEUP}" wait_s=0',
    "{TS} acd.answer queue={QUEUE} agent={USER} ani={PHONEDIGITS} wait_s={MS}",
    '{TS} acd.wrapup agent={USER} disposition=refill_request patient="{LASTFIRST}" mrn={MRN}',
    '{TS} acd.callback.scheduled ani={PHONEDIGITS} name="{GIVEN}" when={TS} queue={QUEUE}',
    "{TS} ivr.dob_verify ani={PHONEDIGITS} dob_entered={HLDATE} result=fail",
    "{TS} ivr.language selected=navajo ani={PHONEDIGITS} queue=interp-nav",
    'queue.window called="{GIVEN} {SURNAME}" ticket=P-{PIDN} window=3 pharmacy=outpatient at={TS}',
    'queue.kiosk ticket=L-{PIDN} name="{LASTFIRST}" dob={USDATE} service=lab',
    'celery task=reminders.send_sms[{REQID}] to={E164} patient="{NAME}" appt={TS} state=SUCCESS',
    'celery task=fax.send_outbound[{REQID}] to={FAX} cover="Attn {NAME}" state=RETRY reason=busy',
    "celery task=billing.post_statement[{REQID}] acct={ACCOUNT} addr1='{STREETLINE}' city='{CITY}' state=FAILURE",
    'rq job=hl7.ingest id={REQID} args=("{MRN}", "{HLDATE}") meta={{"pt": "{HLAST}^{HGIVEN}"}}',
    'kafka topic=adt.events key={MRN} value={{"event":"A03","disch":"{HLTS}","pt":"{HLAST}^{HGIVEN}"}}',
    'sqs MessageId={REQID} Body={{"type":"portal.invite","email":"{EMAIL}","name":"{NAME}"}}',
    # JSON
    '{{"ts":"{TS}","event":"intake.submitted","first":"{GIVEN}","last":"{SURNAME}","dob":"{ISODATE}","zip":"{ZIP}"}}',
    '{{"level":"error","msg":"address validation failed","line1":"{STREETLINE}","line2":"{UNIT}","city":"{CITY}","state":"{STATE}","zip":"{ZIP}"}}',
    '{{"level":"warn","msg":"no street address","mailing":"{POBOX}","physical":"{RURAL}","city":"{CITY}","postal":"{ZIP}"}}',
    '{{"patient":{{"name":{{"given":"{GIVEN}","family":"{SURNAME}"}},"birthDate":"{ISODATE}","hrn":"{HRN}","tribe_enrollment":"{TRIBALID}"}}}}',
    '{{"pt_nm":"{LASTFIRST}","pt_dob":"{USDATE}","pt_addr":"{STREET}","pt_city":"{CITYUP}","svc_dt":"{USDATE}"}}',
    '{{"event":"guarantor.updated","guarantor":{{"fullName":"{NAME}","homePhone":"{PHONE}"}},"account":"{ACCOUNT}"}}',
    '{{"emergency_contact":{{"name":"{NAME}","relationship":"grandmother","phone":"{PHONE}"}},"mrn":"{MRN}"}}',
    '{{"fname":"{GIVEN}","lname":"{SURNAME}","mi":"{MIDDLE}","dob":"{USDATE}","lang":"nv","interp":true}}',
    '{{"admit_ts":"{TS}","attending":"{DOC}","unit":"TICU","age":"{AGEN}","mechanism":"rollover MVC"}}',
    '{{"subscriber":{{"memberId":"{PLAN}","firstName":"{HGIVEN}","lastName":"{HLAST}","dateOfBirth":"{HLDATE}"}},"status":"active"}}',
    '{{"user":{{"username":"{USER}","email":"{EMAIL}","lastLogin":"{TS}","lastIp":"{IP}"}}}}',
    '{{"rx":{{"number":"{RXNUM}","prescriber":{{"name":"{DOC}","npi":"{NPI}","dea":"{DEA}"}},"patient":"{LASTFIRST}"}}}}',
    '{{"transport":{{"vin":"{VIN}","plate":"{PLATE}","rider":"{NAME}","pickup":"{RURAL}, {CITY}"}}}}',
    '{{"visitor":{{"name":"{NAME}","badge":"V-{PIDN}","patient":"{CAPSNAME}","room":"PICU 12"}},"at":"{TS}"}}',
    '{{"caller":{{"ani":"{PHONEDIGITS}","name":"{NAME}","dob":"{ISODATE}"}},"queue":"{QUEUE}","agent":"{USER}"}}',
    '{{"chr_visit":{{"chr":"{STAFF}","client":"{NAME}","addr":"{RURAL}","city":"{CITY}","glucose":212}},"visit_date":"{ISODATE}"}}',
    '{{"next_of_kin":"{NAME}","nok_phone":"{PHONE}","patient_age":"{AGEN}","dob":"{DMON}"}}',
    '{{"device":{{"serial":"{DEVICE}","imei":"{IMEI}","owner":"{NAME}","pairedAt":"{TS}"}}}}',
    '{{"msg":"duplicate patient suspected","a":{{"name":"{LASTFIRST}","dob":"{ISODATE}"}},"b":{{"name":"{LASTFIRST}","dob":"{ISODATE}"}},"score":0.93}}',
    # HL7 v2
    "MSH|^~\\&|RPMS|IHS-SU|LAB|REFLAB|{HLTS}||ADT^A04|{OTHER}|P|2.5.1",
    "PID|1||{HRN}^^^IHS^MR~{TRIBALID}^^^TRIBE^TE||{HLAST}^{HGIVEN}^{HMID}||{HLDATE}|F|||{RURAL}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^HOSP^MR||{HLAST}^{HGIVEN}^{HMID}^^^^L||{HLDATE}|M|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}^USA^H||{PHONE}^PRN^PH~^NET^Internet^{EMAIL}|||S||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}||{SURNAME}^{GIVEN}^{MIDDLE}||{HLDATE}|F|||{POBOX}^^{CITY}^{STATE}^{ZIP}",
    "PID|1||{MRN}^^^TRAUMA^MR||UNKNOWN^TRAUMA^^^^^U||{HLDATE}|U",
    "NK1|1|{HLAST}^{HGIVEN}^{HMID}|MTH^Mother^HL70063|{RURAL}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||EC^Emergency Contact",
    "NK1|2|{SURNAME}^{GIVEN}|GRD^Guardian|||{PHONE}",
    "PV1|1|E|ED^T02^01^TRAUMA||||{NPI}^{HLAST}^{HGIVEN}^{HMID}^^^MD|{NPI}^{HLAST}^{HGIVEN}^^^^DO||TRA||||7|||{NPI}^{HLAST}^{HGIVEN}|IN||AHCCCS|||||||||||||||||||||||||{HLTS}",
    "PV2|||^ROLLOVER MVC||||||{HLTS}",
    "IN1|1|IHS01|IHS|INDIAN HEALTH SERVICE||||||||||||{HLAST}^{HGIVEN}|01^Self|{HLDATE}|{RURAL}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{TRIBALID}",
    "IN1|2|AHCCCS|AZM|AHCCCS||||||||||||{HLAST}^{HGIVEN}^{HMID}|01^Self|{HLDATE}|||||||||||||||||||{MEDICAID}",
    "IN1|3|MCR|CMS|MEDICARE||||||||||||{HLAST}^{HGIVEN}|01^Self|{HLDATE}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{HLAST}^{HGIVEN}^{HMID}||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}|{PHONE}||{HLDATE}|F||SEL|{SSN}",
    "EVN|A08|{HLTS}|||{USER}^{HLAST}^{HGIVEN}",
    "ORC|NW|{OTHER}|||||||{HLTS}|||{NPI}^{HLAST}^{HGIVEN}^{HMID}^^^MD",
    "OBR|1|{OTHER}|{OTHER}|87798^Coccidioides PCR^L|||{HLTS}|||||||||{NPI}^{HLAST}^{HGIVEN}",
    "OBX|4|TX|NOTE^Nursing note||Pt to sheep camp w/ son {GIVEN} after d/c {USDATE}||||||F|||{HLTS}",
    "OBX|1|ST|HANTA^Hantavirus IgM^L||POSITIVE||||||F|||{HLTS}|||||{HLTS}||{HLAST}^{HGIVEN}",
    "RXO|00093-7214-01^Metformin 500 mg tab^NDC|500||mg|||||N||30|||{NPI}^{HLAST}^{HGIVEN}^^^^MD",
    "AL1|1|DA|70618^Penicillin^RXNORM|SV|hives|{HLDATE}",
    "MRG|{MRN}^^^HOSP^MR||{ACCOUNT}|||||{HLAST}^{HGIVEN}",
    "hl7.listener ACK AE for {OTHER}: PID-7 birth date {HLDATE} after admit {HLTS}",
    'mirth channel ADT_IN error mapping PID-5 "{HLAST}^{HGIVEN}^{HMID}": XPN.1 too long',
    "interface.lab ORU held: PID-3 {HRN} not found, PID-5 {HLAST}^{HGIVEN}, PID-7 {HLDATE}",
    "DICOM (0010,0010) PatientName={HLAST}^{HGIVEN} (0010,0030) PatientBirthDate={HLDATE} (0010,1010) PatientAge={AGEN}Y",
    "DICOM (0008,0020) StudyDate={HLDATE} (0010,0020) PatientID={MRN} (0008,0090) ReferringPhysicianName={HLAST}^{HGIVEN}",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"use":"official","family":"{SURNAME}","given":["{GIVEN}","{MIDDLE}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","name":[{{"use":"usual","given":["{NICK}"]}},{{"use":"official","family":"{SURNAME}","given":["{GIVEN}"]}}]}}',
    '{{"resourceType":"Patient","address":[{{"use":"home","line":["{RURAL}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}},{{"use":"postal","line":["{POBOX}"]}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"identifier":[{{"system":"urn:ihs:hrn","value":"{HRN}"}}]}}',
    '{{"resourceType":"RelatedPerson","name":[{{"family":"{SURNAME}","given":["{GIVEN}"]}}],"relationship":[{{"text":"maternal grandmother"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{LASTFIRST}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","period":{{"start":"{TS}","end":"{TS}"}},"subject":{{"display":"{NAME}"}},"participant":[{{"individual":{{"display":"{DOC}"}}}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{GIVEN}"],"suffix":["MD"]}}]}}',
    '{{"resourceType":"Observation","subject":{{"display":"{NAME}"}},"effectiveDateTime":"{TS}","code":{{"text":"Coccidioides Ab"}},"valueString":"reactive"}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"reference":"Patient/{PTUUID}","display":"{NAME}"}}}}',
    'fhir.validate OperationOutcome: Patient.birthDate "{DATE}" invalid (Patient/{PTUUID})',
    "GET /fhir/r4/Patient?family={LNLOW}&given={GIVENLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "GET /fhir/r4/Patient?identifier=urn:ihs:hrn|{HRN}&_include=Patient:link {STATUS}",
    # CSV
    'hrn,last,first,dob,addr,city,state,zip\n{HRN},{SURNAME},{GIVEN},{USDATE},"{RURAL}",{CITY},{STATE},{ZIP}',
    'PatientName,DOB,Phone,Email\n"{LASTFIRST}",{ISODATE},{PHONE},{EMAIL}',
    "acct|guarantor|addr|city|zip|bal\n{ACCOUNT}|{NAMEUP}|{STREETUP}|{CITYUP}|{ZIPNINE}|88.15",
    "row 1183 rejected: {MRN};{HLAST};{HGIVEN};{HLDATE};{AGEN};{CITY}",
    '"visit_id","chr","client","village","date"\n"{OTHER}","{STAFF}","{NAME}","{CITY}","{USDATE}"',
    'csv.import line 412: "{SURNAME}","{GIVEN}","{MIDDLE}","{USDATE}","{PHONE}" -> invalid phone',
    "MemberID\tSubscriber\tDOB\tPlan\n{MEDICAID}\t{NAMEUP}\t{USDATE}\tAHCCCS-ACC",
    "miner_id,name,dob,last_xray,mine\n{OTHER},{LASTFIRST},{ISODATE},{ISODATE},open pit 3",
    # Access logs and query strings
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /portal/messages?from={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Linux; Android 14)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0700] "GET /api/v1/patients/{MRN}/documents/{LNLOW}-{HLDATE}.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "POST /api/sched/book?name={NAMEQ}&dob={ISODATE}&phone=%2B{PHONEDIGITS} HTTP/1.1" 201 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /records/export?patient_email={EMAILENC} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /ride/status?rider={NAMEQ}&pickup_zip={ZIP} HTTP/1.1" 200 {BYTES}',
    "GET /api/v1/patients/search?last={LNLOW}&first={GIVENLOW}&dob={HLDATE} {STATUS} {MS}ms",
    "GET /portal/lookup?q={NAMEQ}&dob={ISODATE}&zip={ZIP} 404 {MS}ms",
    "GET /maps/geocode?address={STREETLINE}&city={CITY}&zip={ZIP} 200 {MS}ms",
    "POST /webhooks/sms?From=%2B{PHONEDIGITS}&Body=running+late+-+{GIVENLOW} 200",
    "DELETE /api/v2/contacts?email={EMAILENC} 204 {MS}ms",
    "GET /reports/labs/{MRN}/{HLDATE}/{LNLOW}.pdf 403 user={USER}",
    "PUT /api/v1/patients/{PTUUID}/address body=line1:{STREETLINE};city:{CITY};zip:{ZIP} {STATUS}",
    # Traces
    "Traceback (most recent call last):\n  File \"/srv/app/intake/views.py\", line 212, in post\n    patient = Patient.objects.get(hrn=hrn)\n    hrn = '{HRN}'\n    dob = '{DATE}'\npatients.models.Patient.DoesNotExist",
    "ValueError: time data '{DATE}' does not match format '%Y-%m-%d'\n  locals: raw='{DATE}' patient_name='{NAME}'",
    "KeyError: 'street'\n  locals: {{'addr': {{'line1': '{RURAL}', 'city': '{CITY}', 'state': '{STATE}'}}, 'pt': '{LASTFIRST}'}}",
    "phonenumbers.NumberParseException: not a number: '{PHONE}' (patient {PTUUID})",
    "smtplib.SMTPRecipientsRefused: {{'{EMAIL}': (550, b'5.1.1 mailbox unavailable')}}",
    "java.lang.IllegalArgumentException: Invalid birthDate {DATE} for patient {MRN}\n\tat gov.ihs.rpms.PatientMapper.map(PatientMapper.java:88)",
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "portal_user_email"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    'ERROR:  duplicate key value violates unique constraint "person_ssn_key"\nDETAIL:  Key (ssn)=({SSN}) already exists.',
    "LOG:  duration: {MS}.104 ms  statement: SELECT * FROM patient WHERE last_name = '{SURNAME}' AND dob = '{ISODATE}'",
    "STATEMENT:  INSERT INTO contacts (name, phone, city) VALUES ('{NAME}', '{PHONE}', '{CITY}')",
    "UnicodeEncodeError: 'latin-1' codec can't encode character in position 3 (label for {NAME})",
    "NullPointerException at TransferBoard.render(TransferBoard.java:212): patient={LASTFIRST} origin={CITY}",
    # SSO and identity
    '{TS} saml.assertion issuer=https://idp.example/saml subject={EMAIL} attrs={{"displayName":"{NAME}","employeeID":"{OTHER}"}}',
    "{TS} oidc.token issued sub={USER} email={EMAIL} ip={IP}",
    '{TS} ldap.bind uid={USER} cn="{NAME}" mail={EMAIL} telephoneNumber={PHONE} result=success',
    "{TS} sso.login.failed user={USER} idp=azuread ip={IP} reason=mfa_timeout",
    '{TS} badge.tap reader=PICU-DOOR-2 badge={OTHER} holder="{LASTFIRST}" result=granted',
    "{TS} epcs.2fa prescriber_dea={DEA} user={USER} token=ok",
    # Fax
    'faxd[{PIDN}]: SEND job {OTHER} to {FAX} pages=6 result=OK cover="Attn: {NAME}"',
    'faxd[{PIDN}]: RECV from CSID "{FAX}" pages=3 saved=/var/spool/fax/in/{HLTS}.tif',
    'efax.inbound ani={FAX} ocr_name="{NAMEUP}" ocr_dob="{USDATE}" matched_mrn={MRN} queue=records',
    "hylafax: JOB {PIDN} failed: NO CARRIER dialing {FAX} (to: Dr. {SURNAME})",
    'fax.cover to="{NAME}" fax={FAX} from_fax={FAX} re="{LASTFIRST} DOB {USDATE}" pages=4',
    # E-prescribing
    "NCPDP NewRx MessageID={REQID} Patient={HLAST},{HGIVEN} DOB={HLDATE} Prescriber NPI={NPI} DEA={DEA} Drug=amoxicillin 400mg/5mL",
    'surescripts.error code=900 "patient not found" name="{LASTFIRST}" dob={ISODATE} zip={ZIP}',
    'erx.cancel rx={RXNUM} patient="{NAME}" pharmacy_fax={FAX} reason=duplicate by={USER}',
    'pdmp.query patient="{LASTFIRST}" dob={ISODATE} prescriber_dea={DEA} state={STATE} result=3_records',
    'rx.label.print rx={RXNUM} pt="{NAMEUP}" addr="{STREETUP}" filled={USDATE} prescriber="{DOC}"',
    # Lab interfaces
    'lab.result accession={OTHER} hrn={HRN} collected={TS} test=COCCI_AB value=reactive notify="{STAFF}"',
    'lab.orphan accession={OTHER} name="{HLAST},{HGIVEN}" dob={DMON} no order found',
    "lab.critical accession={OTHER} mrn={MRN} K=6.4 called_to={STAFF} at={TS} read_back=yes",
    'lab.send_out specimen={OTHER} patient="{LASTFIRST}" dob={USDATE} dest=reference courier=4pm',
    # X12
    "NM1*IL*1*{HLAST}*{HGIVEN}*{HMID}***MI*{MEDICAID}~N3*{STREETUP}*{UNIT}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "HL*2*1*22*0~SBR*P*18*******MC~NM1*IL*1*{HLAST}*{HGIVEN}****MI*{MEDICAID}~DMG*D8*{HLDATE}*M~",
    "CLM*{ACCOUNT}*310***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*EA*{MRN}~",
    "NM1*82*1*{HLAST}*{HGIVEN}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "NM1*QC*1*{HLAST}*{HGIVEN}~N3*{POBOX}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    "DTP*435*RD8*{HLDATE}-{HLDATE}~",
    "EB*1*IND*30**AHCCCS COMPLETE CARE~DTP*291*D8*{HLDATE}~MSG*MEMBER {HLAST} {HGIVEN} ACTIVE~",
    "CLP*{ACCOUNT}*4*412*0**MC*{OTHER}~NM1*QC*1*{HLAST}*{HGIVEN}~DTM*232*{HLDATE}~",
    # Audit
    'AUDIT {TS} user={USER} role=RN action=PRINT doc="Discharge Summary - {NAME}" printer=4N-HP',
    "{TS} | {USER} | chart_access | patient={LASTFIRST} | mrn={MRN} | ws=ED-14 | reason=treatment",
    'audit.trail who="{STAFF}" what="changed DOB {DATE} -> {DATE}" mrn={MRN} when={TS}',
    "audit.break_glass user={USER} patient={CAPSNAME} dob={USDATE} ip={IP} reason=trauma",
    "Access log: {USER} opened note for {NAME} (DOB {USDATE}) from {IP} at {TS}",
    # E-mail headers
    'From: "{NAME}" <{EMAIL}>\nTo: records@clinic.example\nSubject: records for {GIVEN} {SURNAME} DOB {USDATE}',
    "Return-Path: <{EMAIL}>\nSubject: RE: bill for acct {ACCOUNT}",
    "postfix/smtp[{PIDN}]: 7A1C0B: to=<{EMAIL}>, relay=mx.example.net[{IP}]:25, status=sent (250 OK)",
    # Misc
    "crm.note by {USER}: caller {NAME} says her page {URL} has the photos of the wound",
    "link.click url={URL} user={USER} ip={IP}",
    "kiosk.photo saved=/intake/{HLDATE}/{LNLOW}_{GIVENLOW}_census_card.jpg by={USER}",
    "S3 PutObject s3://scans/intake/{HLDATE}/{LNLOW}_{GIVENLOW}_dl.jpg user={USER}",
    'pdf.render template=letter_v3 to="{NAME}" addr="{STREET}" city="{CITY}" zip={ZIP} ok',
    'esign.envelope to={EMAIL} signer="{NAME}" subject="Consent - {LONGDATE}"',
    'tele.session patient="{NAME}" joined_from={IP} at={TS} site=chapter_house_kiosk',
    "dhcp lease {IP} -> {MAC} hostname={GIVENLOW}-tablet",
    '{TS} WARN  dob_in_future "{DATE}" for pt {NAME}',
    'ssn.verify ssn={SSN} name="{HLAST}" result=mismatch',
    "{TS} transfer.board origin={CITY} pt={LASTFIRST} age={AGEN} status=enroute by={USER}",
    'ems.epcr.import run={OTHER} patient="{NAMEUP}" dob={USDATE} scene="{RURAL}" unit=M-{PIDN}',
    'idproof.scan dl={LICENSE} name="{NAMEUP}" dob={USDATE} addr="{STREETUP}, {CITYUP}, {STATE} {ZIP}"',
    'credential.check npi={NPI} license={LICENSE} name="{DOC}" state={STATE} status=active',
    "geo.lookup postal={ZIP} -> city={CITY} state={STATE}",
    'address.standardize in="{STREET}" out="{STREETUP}" zip4={ZIPNINE}',
    'ticket.open id={OTHER} requester="{NAME}" <{EMAIL}> subject="portal locked" created={TS}',
    "{TS} sshd[{PIDN}]: Failed password for {USER} from {IP} port 52211 ssh2",
    'redis SET session:{REQID} {{"uid":"{USER}","pt":"{MRN}","exp":3600}}',
    'elasticsearch index=patients id={PTUUID} doc={{"full_name":"{NAME}","city":"{CITY}","zip":"{ZIP}"}}',
    # Scheduling, ADT and more interfaces
    "SCH|{OTHER}|{OTHER}||||ROUTINE^Routine|||30|min|^^30^{HLTS}^{HLTS}|{NPI}^{HLAST}^{HGIVEN}",
    "AIP|1||{NPI}^{HLAST}^{HGIVEN}^{HMID}^^^MD|ATTENDING",
    "PD1|||CANYONLANDS FAMILY MED^^{OTHER}|{NPI}^{HLAST}^{HGIVEN}",
    "ROL|1|AD|PP^Primary Care Provider|{NPI}^{HLAST}^{HGIVEN}^^^^NP",
    "ACC|{HLTS}|MV^Motor vehicle|{RURAL}",
    "OBX|2|TX|SDOH^Housing||Lives at {RURAL}, {CITY}; hauls water, no electricity||||||F",
    '{{"resourceType":"Appointment","start":"{TS}","participant":[{{"actor":{{"display":"{NAME}"}}}},{{"actor":{{"display":"{DOC}"}}}}]}}',
    '{{"resourceType":"Patient","extension":[{{"url":"tribal-affiliation","valueString":"{TRIBALID}"}}],"name":[{{"text":"{NAME}"}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"ServiceRequest","subject":{{"display":"{LASTFIRST}"}},"requester":{{"display":"{DOC}"}},"authoredOn":"{ISODATE}","note":[{{"text":"ride from {CITY} needed"}}]}}',
    "ASTM H|\\^&|||COBAS^1|||||||P|1|{HLDATE}\nP|1||{HRN}||{HLAST}^{HGIVEN}||{HLDATE}|F",
    "HL*1**20*1~NM1*X3*2*PRIOR AUTH UNIT*****PI*AZM~HL*2*1*22*0~NM1*IL*1*{HLAST}*{HGIVEN}****MI*{MEDICAID}~UM*HS*I*2~DTP*472*D8*{HLDATE}~",
    'ts={TS} event=ihs.prc.referral hrn={HRN} patient="{LASTFIRST}" vendor_fax={FAX} status=approved',
    'ts={TS} event=prc.denied hrn={HRN} reason=no_notification_72h patient="{NAME}"',
    'ts={TS} event=housing.voucher client="{NAME}" addr="{STREET}" city={CITY} caseworker="{STAFF}"',
    'ts={TS} event=wic.referral infant="{GIVEN} {SURNAME}" dob={ISODATE} mother="{NAME}" phone={PHONE}',
    'ts={TS} event=immunization.reminder child="{GIVEN}" guardian="{NAME}" due={ISODATE} sms={E164}',
    'ts={TS} event=birth.registered infant="{LASTFIRST}" dob={ISODATE} mother_mrn={MRN} county_clerk=sent',
    'ts={TS} event=death.notice decedent="{NAME}" age={AGEN} dod={ISODATE} informant="{NAME}"',
    'ts={TS} event=mail.returned to="{NAME}" addr="{POBOX}, {CITY}, {STATE} {ZIP}" reason=box_closed',
    'ts={TS} event=nurse_line.triage caller="{NAME}" patient="{GIVEN}" age_months=14 disposition=ED_now nurse="{STAFF}"',
    'ts={TS} event=portal.proxy.request requester="{NAME}" for="{LASTFIRST}" dob={USDATE} relation=son',
    'ts={TS} event=records.release patient="{NAME}" to="{DOC}" fax={FAX} pages=22 by={USER}',
    'ts={TS} event=ehr.sticky.note mrn={MRN} text="daughter {GIVEN} is POA, call {PHONE}" by={USER}',
    'queue.sms.inbound from={E164} text="yes confirm {GIVENLOW}" appt={TS}',
    'queue.callback done agent="{STAFF}" ani={PHONEDIGITS} outcome=left_vm at={TS}',
    "{TS} WARN  chart.flag mrn={MRN} flag=SAME_NAME other_mrn={MRN} name={CAPSNAME}",
]

# Staff-written notes: headers, HPI, A/P, handoffs, sign-offs, cc lines, CHR and PHN home visits,
# nurse-line and call-centre notes, pharmacy, billing, transfer and trauma notes, social work.
NOTES = [
    # Headers and face sheets
    "Patient: {CAPSNAME}    DOB: {DOB}    HRN: {HRN}\nDate of Service: {DATE}",
    "PATIENT NAME: {CAPSNAME}\nDATE OF BIRTH: {DOB}\nACCOUNT #: {ACCOUNT}\nADMIT: {DATE}\nATTENDING: {DOC}, MD",
    "Name: {NAME} | DOB: {DOB} | Sex: F | MRN: {MRN} | Visit: {DATE}",
    "{LASTFIRST} ({AGEN} y.o. M) MRN {MRN} - seen {MD}",
    "RE: {NAME}\nDOB: {DOB}\nDOS: {DATE}",
    "Pt: {CAPSNAME}  Bed TICU-4  Adm {DATE}  Attending: {DOC}, MD  Consults: {DOC}, DO (ortho)",
    "ENCOUNTER {DATE}  PROVIDER: {DOC}, FNP  LOCATION: outpatient, IHS health center",
    "Wristband: {CAPSNAME} / {DOB} / {MRN}",
    "FACE SHEET  Adm: {USDATE} {MIL}\n{HLAST}, {HGIVEN} {HMID}   Age: {AGEN}   MRN: {MRN}\nAddr: {RURAL}, {CITYUP}, {STATE} {ZIP}\nNOK: {NAMEUP} (dtr) {PHONE}",
    "Census #: {TRIBALID}   HRN: {HRN}   Name: {LASTFIRST}   DOB: {USDATE}   Community: {CITY}",
    "TRAUMA ALIAS resolved: alias MRN {MRN} = {CAPSNAME}, DOB {DOB}, true MRN {MRN}. Merged by {INITS}.",
    # HPI
    "HPI: {NAME} is a 58 y/o Dine woman who presents on {DATE} with 5 days of cough; history per pt and grandson {GIVEN}.",
    "HPI: Mr. {SURNAME} is a {AGE}-year-old retired uranium miner brought by his daughter {GIVEN} for dyspnea since {MD}.",
    "HPI: Ms. {WFAM} reports the rash began on the {DAYTH} after she started the sulfa.",
    "HPI: pt states symptoms began around {MD}; denies fever. History via Navajo interpreter {NAME}.",
    "History obtained from the patient's son, {NAME}, who lives with her on {RURAL}.",
    "Pt is a {AGE} yo F from {CITY}, widowed, brought in by neighbor {WNAME} after a fall while herding.",
    "{AGEN}F w/ hx CHF, on warfarin, here with granddaughter {GIVEN} for leg swelling x1 wk.",
    "Mrs. {SURNAME} was last seen {DATE}, A1c then 9.4%.",
    "Per pt, last colonoscopy {MONYEAR} in {CITY}, normal.",
    "LMP {MD}; home test positive on the {DAYTH}. FOB is {NAME}, 19.",
    "Chest pain onset {DATE} ~0300 at home on {STREETNAME}; drove himself 40 mi.",
    "Presented to the clinic in {CITY} on {DATE}, flown here the same night.",
    "Pt {WNAME} is a 34 yo rodeo roper thrown from a horse {MD}; helmet on.",
    "HPI obtained from mother {NAME} via Tongan interpreter; child {GIVEN} has had fever since {MD}.",
    "Pt, a Dinka speaker, accompanied by brother {NAME}; interpreter {NAME} by phone (ID {OTHER}).",
    # Assessment and plan
    "A/P: {AGE}-year-old man with CKD 4; dialysis options discussed with pt and daughter {NAME}.",
    "Plan: RTC {MD} for INR; pt's son {GIVEN} will drive from {CITY}.",
    "Plan: f/u with Dr. {SURNAME} (cardiology) in 2 weeks; echo due {MONYEAR}.",
    "Assessment: valley fever, CF titer pending; d/w pt and wife {GIVEN}. Fluconazole started {MD}.",
    "Plan discussed with pt and HCPOA {LASTFIRST}, who agrees with hospice referral.",
    "Follow up: {DOC}, MD, {STREETLINE}, {CITY}, {STATE} {ZIP}; ph {PHONE}.",
    "Return precautions reviewed; next visit {DATE} at 10:40.",
    "PRC referral placed for ortho in {CITY}; notified pt and daughter {GIVEN} of the 72-hour rule.",
    # Discharge and transfer
    "DISCHARGE SUMMARY\nAdmitted: {DATE}\nDischarged: {DATE}\nAttending: {DOC}, MD\nPCP: {DOC}, NP",
    "Admitted {ISODATE}, discharged {ISODATE} to home ({RURAL}) with daughter {NAME}.",
    "D/C to {CITY} care center on {DATE}; report called to {GIVEN}, RN at {PHONE}.",
    "Discharged home to {STREET}, {CITY}, {STATE} {ZIP} with home health; caregiver {NAME} taught.",
    "TRANSFER NOTE: pt {LASTFIRST} accepted by {DOC}, MD (trauma surgery) at {MIL}; rotor from {CITY}, ETA 55 min.",
    "Transfer center call {TS}: sending {DOC}, DO; receiving {DOC}, MD; pt {NAME}, {AGEN} y/o, hip fx.",
    "Flight crew {STAFF} and {STAFF} at bedside {MIL}; report given by {INITS}.",
    "Pt transferred from {CITY} clinic on {DATE} after rollover on {RURAL}.",
    "Discharge instructions given to pt and husband {GIVEN}; teach-back done. F/u with {DOC} on {MD}.",
    # Handoffs
    "SBAR handoff {MIL}: S: {LASTFIRST}, rm 12, post-op day 1. B: lap chole {MD}. A: pain 4/10. R: ambulate. Given to {STAFF}, RN.",
    "Handoff to {GIVEN}, RN at 1900. Pt's wife {GIVEN} staying overnight.",
    "Night shift to day shift: rm 4 {CAPSNAME} - NPO after MN, consent signed; rm 6 {CAPSNAME} - d/c pending ride.",
    "I-PASS: {NAME}, 7 y/o, PICU bed 3, illness severity watcher; mom {GIVEN} at bedside. -{INITS}",
    "Report received from {STAFF} ({MIL}); pt resting, dtr {GIVEN} at bedside.",
    "Care transferred to the on-call hospitalist, Dr. {SURNAME}, at {MIL}. -- {DOC}, MD",
    "Signed out to {STAFF} (night float). Pending: CT read, lactate.",
    "Pt care assumed by {DOC}, PA-C at shift change; discussed with {INITS}.",
    # Sign-offs and cc lines
    "Electronically signed: {DOC}, MD {DATE} 16:42",
    "Electronically signed by {DOC}, RN on {DATE} at {MIL}",
    "Dictated by: {DOC}, MD\nDictated: {DATE}\nTranscribed: {DATE} by {INITS}",
    "D: {DATE}  T: {DATE}  Job #{OTHER}  {INITS}/{INITS}",
    "cc: {DOC}, MD; {DOC}, NP; PHN {STAFF}",
    "cc: Dr. {SURNAME}, PRC office, fax {FAX}",
    "CC: {LASTFIRST}, MD (PCP); {LASTFIRST}, CHR supervisor",
    "Attestation: I saw and examined the patient with resident Dr. {SURNAME} and agree with the plan. {DOC}, MD",
    "Cosigned by {DOC}, MD on {MD}.",
    "Note written by {DOC}, MS3, under supervision of {DOC}, MD.",
    "Scribed for {DOC}, MD by {NAME} on {DATE}.",
    "-- {INITS}, RN {MIL}",
    "Reviewed. {INITS}",
    "Thanks, {STAFF}\nPatient Access, ext 4412",
    "Sincerely,\n\n{DOC}, MD\nPediatric Orthopedics\nFax {FAX}",
    "Yours truly,\n{DOC}, PA-C\ncc: {DOC}, MD",
    "Per {INITS}: ok to release to grandmother {NAME} with signed consent.",
    # Phone, nurse line, call centre
    "Phone encounter {DATE}: spoke with pt's daughter {GIVEN} at {PHONE}; BP at home 160s/90s.",
    "Telephone call from {NAME} (pt's wife) at 1410 re: confusion since {MD}. Advised ED.",
    "Called pt at {PHONE}, no answer; VM left. Second attempt {MD}. Pt has no voicemail; texted per consent.",
    "Returned call to {LASTFIRST}; swelling better. Keep appt on the {DAYTH}.",
    "Pt's son {NAME} called from {CITY} asking for the POLST; faxed to {FAX}.",
    "TC to pharmacy ({PHONE}): spoke with pharmacist {GIVEN}, clarified dose.",
    "NURSE LINE {TS}\nCaller: {NAME} (mother)  Pt: {GIVEN}, 14 mo\nCB: {PHONE}\nProtocol: fever; disposition: see within 4 h.",
    "Call center note: caller {NAME} states she is {GIVEN}'s guardian; verified DOB {DOB} and address {RURAL}.",
    "Caller {NAME} requested ride for {MD}; pickup {RURAL}, landmark: blue water tank. Queue: rides. -{STAFF}",
    "Interpreter line used (Tongan, {NAME}, #{OTHER}) for call with pt's father.",
    "Pt called re: bill for acct {ACCOUNT}; explained IHS is payer of last resort. -{INITS}",
    "Left msg for {GIVEN} (pt's granddaughter) at {PHONE} to call back re: lab.",
    # Nursing
    "Nursing: pt resting, wife {WGIVEN} at bedside. Call light in reach.",
    "0600: pt pulled IV; reinserted L forearm. Daughter {GIVEN} notified ({PHONE}).",
    "Two identifiers verified: {NAME}, {DOB}, before transfusion.",
    "Belongings: glasses, dentures, cell phone, turquoise bracelet. Sent home with son {NAME}.",
    "Fall risk high; sitter at bedside. Pt asking for sister {GIVEN}, who lives in {CITY}.",
    "Pt's medicine man visited {MD} with family consent; pt's son {GIVEN} present.",
    "Wound care per {DOC}, CWOCN. Next dressing change {MD}.",
    "Pt ambulated 150 ft with PT ({DOC}, PT).",
    # CHR and PHN home visits
    "CHR home visit {DATE}: {NAME} at {RURAL}; BP 152/94, FSBS 244. Hauls water; no refrigerator for insulin.",
    "PHN visit: client {LASTFIRST}, {AGE} y/o, lives alone at {RURAL}; grandson {GIVEN} checks weekly.",
    "CHR {STAFF} delivered meds to {NAME} at the chapter house on {MD}.",
    "Home visit attempted {MD}; road impassable after rain. Will retry with CHR {GIVEN}.",
    "PHN: newborn {GIVEN} {SURNAME}, DOB {DOB}, weight check at home; mother {NAME}.",
    "Directions to home: from {CITY} go 12 mi north on the highway, left at the stock tank, third hogan; mail to {RURAL}.",
    "CHR reports client {NAME} ran out of oxygen {MD}; vendor called ({PHONE}).",
    # Social work and case management
    "SW: pt lives with husband {GIVEN} in a trailer at {STREET}, {CITY}; no running water.",
    "SW: pt homeless, mail at {POBOX}, {CITY}; shelter bed on {STREETNAME}.",
    "CM: home is {RURAL}, 70 mi from the pharmacy. Daughter {NAME} can drive Tuesdays.",
    "SW spoke with APS worker {NAME} ({PHONE}) re: concerns at the home on {STREETNAME}.",
    "Pt lives at {GRID}, basement apt; landlord {NAME} aware of oxygen.",
    "CM: DME (hospital bed) to be delivered to {STREETLINE}, {UNIT} on {MD}.",
    "Medicaid application submitted {DATE}; AHCCCS ID pending; case # {OTHER}.",
    "Guardian: {NAME}, appointed by tribal court on {DATE}.",
    "Pt moved from {CITY} to {CITY} in {MONYEAR} to be near daughter {GIVEN}.",
    "Transportation: nephew {NICK} drives; truck plate {PLATE}.",
    "RECA paperwork started for pt (miner in {CITY} 1971-1979); son {NAME} collecting records.",
    # Family and social history
    "FH: mother ({GIVEN}) d. 71 of DM2 complications; sister {GIVEN} in {CITY}, dialysis.",
    "Family hx: brother {NAME} had gastric ca at 52; maternal aunt {GIVEN} breast ca at 48.",
    "SH: born in {CITY}, moved to {CITY} in 1994; lives with partner {GIVEN}; works at the copper mine.",
    "Social: married to {NAME}; 4 children; lives at {STREET} in {CITY}. Never smoker; no alcohol.",
    "SH: widowed (husband {GIVEN} d. {MONYEAR}); lives with daughter {WGIVEN} on {STREETNAME}.",
    "Emergency contact: {NAME} (son) {PHONE}; alt: {NAME} (niece) {PHONE}.",
    "NOK: {LASTFIRST}, spouse, {PHONE}, {RURAL}, {CITY} {STATE} {ZIP}",
    "Clan info per pt for family history: maternal side, grandmother {NAME}.",
    # Med rec and pharmacy
    "Med rec {DATE} with pt and daughter {GIVEN} using pill bottles.",
    "Rx {RXNUM} filled {USDATE}; counseled pt {NAME} via interpreter. -{INITS}, RPh",
    "Pharmacy: pt {LASTFIRST} picked up at window 2; ID checked (census card {TRIBALID}).",
    "Prescriber on the bottle: Dr. {SURNAME}; DEA {DEA}; NPI {NPI}.",
    "Mail-out meds to {POBOX}, {CITY} {ZIP}; pt cannot drive in winter.",
    "Outside records from {DOC} ({CITY}) reviewed; last visit {DATE}.",
    # Procedures and devices
    "OPERATIVE REPORT\nDate: {DATE}\nSurgeon: {DOC}, MD\nAssistant: {DOC}, PA-C\nAnesthesia: {DOC}, CRNA",
    "Time-out with {DOC}, MD, {GIVEN} (circulator) and {GIVEN} (scrub) at {MIL}.",
    "Implant: dual-chamber pacemaker, serial {DEVICE}, implanted {DATE}.",
    "Insulin pump (S/N {DEVICE}) suspended for surgery per anesthesia.",
    "Ex-fix placed {DATE}; pin care taught to mother {NAME}.",
    # Ages
    "Pt is {AGE} years old and lives independently; still herds sheep.",
    "{NAME} is a pleasant {AGE}-year-old woman seen with her son for memory loss.",
    "Nonagenarian ({AGEN}) with advanced dementia; family requests comfort focus.",
    "Pt states she was born {DOB} at home near {CITY}; delayed birth certificate on file.",
    "DOB {DOB} (age {AGEN}); history from niece {NAME}.",
    # Identifiers of other kinds
    "Insurance: IHS eligible (HRN {HRN}); AHCCCS {MEDICAID}; Medicare {MBI}.",
    "Medicare ID {MBI} verified {MD}.",
    "Guarantor acct {ACCOUNT}; statements to {POBOX}, {CITY}, {STATE} {ZIP}.",
    "SSN {SSN} on the face sheet for the disability application.",
    "Portal username {USER}; reset link sent to {EMAIL}.",
    "Pt prefers e-mail ({EMAIL}); daughter's e-mail {EMAIL} also on file.",
    "Video visit; pt connected from IP {IP} at the chapter house in {CITY}.",
    "Family posts updates at {URL}; asked staff not to comment.",
    "MVC: pt was driver of VIN {VIN}; tribal police report # {OTHER}.",
    "Pt's truck ({PLATE}) left at the ED entrance; security has the keys for {GIVEN}.",
    "Pt's DL {LICENSE} scanned for ID.",
    "CGM transmitter {DEVICE}; data shared with clinic since {MD}.",
    "Home BP cuff paired to pt's phone (IMEI {IMEI}).",
    # Telegraphic
    "s/p lap chole {MONYEAR}; s/p TKA R {DATE}",
    "Last seen {MD} by {DOC}, NP.",
    "f/u {MD} w/ {GIVEN}, RN re: wound.",
    "Seen in ED {DATE}; d/c same day, dx gastritis.",
    "LMP {DATE}; EDD {DATE}; G4P3.",
    "Imm: Tdap {DATE}; PCV20 {DATE}; RSV {MD}.",
    "Labs drawn {DATE} at the {CITY} field clinic; pending.",
    "No-showed {MD} and {MD}; letter mailed to {POBOX}.",
    "Records rec'd by fax from {FAX} on {DATE}, 14 pp.",
    "Ride: {NICK}, waiting in the lobby.",
    "Dtr ({NAME}) present for entire visit, consents.",
    "AD on file, signed {DATE}; agent {NAME}, alternate {NAME}.",
    "DNR/DNI per pt and wife {GIVEN}, confirmed {MD}.",
    "Visitors: only {NAME} and {NAME} per pt.",
    "No info to ex-husband {NAME} per pt.",
    "Chaplain {DOC} visited; pt's church is in {CITY}.",
    "PCP: {DOC}, MD, {STREETLINE}, {CITY}; ph {PHONE}; fax {FAX}.",
    "Address verified: {STREET}, {CITY}, {STATE} {ZIP}; phone {PHONE}.",
    "Address line 1: {STREETLINE}\nAddress line 2: {UNIT}\nCity: {CITY}  State: {STATE}  ZIP: {ZIP}",
    "Mailing: {POBOX}, {CITY}, {STATE} {ZIP}. Physical: {RURAL}.",
    "EMS picked pt up at {RURAL} at 0512 on {DATE}.",
    "Tribal police found pt near {STREETNAME} on the {DAYTH}.",
    "Pt's wife, {WNAME}, reports more sleep since {MD}.",
    "Collateral from daughter {WGIVEN} (lives in {CITY}), visits every other weekend.",
    "Mr. {WFAM} is well known to this clinic; last seen {DATE}.",
    "Dr. {WFAM}'s note from {MD} reviewed.",
    "Baby girl {SURNAME} born {DATE} at 0412, 3.1 kg; mother {NAME}.",
    "Infant {NAME}, DOB {DOB}, 2-week check with mother {GIVEN}.",
    "Lab requisition: {CAPSNAME}, {DOB}, ordering {DOC}, collected {DATE}.",
    "Path: specimen rec'd {DATE} from Dr. {SURNAME}; accession {OTHER}.",
    "Radiology: compared with outside CT of {DATE} from the hospital in {CITY}.",
    # Structured bits pasted into notes
    "Copied from interface: PID-5 {HLAST}^{HGIVEN}^{HMID}; PID-7 {HLDATE}; PID-11 {RURAL}^^{CITYUP}^{STATE}^{ZIP}",
    "Pasted FHIR: family={SURNAME}; given={GIVEN}; birthDate={ISODATE}",
    "CSV from the CHR tablet: {HRN},{SURNAME},{GIVEN},{USDATE},{CITY}",
    "Queue note: ticket P-{PIDN} called for {GIVEN} {SURNAME} at window 3, no answer x2. -{STAFF}",
    "Queue event {TS}: {LASTFIRST} moved from triage to fast track by {INITS}.",
    "Kiosk check-in {TS}: {NAMEUP}, DOB entered {USDATE} (on file {USDATE}) - front desk to verify.",
    "Registration: name on census card {NAMEUP}; name on DL {NAME}; same person per pt.",
    "AKA: {NAME}; {LASTFIRST}; goes by {NICK}.",
    # Billing and portal admin
    "PFS note: spoke w/ guarantor {NAME}; acct {ACCOUNT}; payment plan $25/mo starting {MD}.",
    "Billing: claim {OTHER} denied CO-16; resubmitted with AHCCCS ID {MEDICAID}. -{INITS}",
    "Portal admin: proxy access granted to {NAME} for minor {GIVEN} {SURNAME} (DOB {DOB}). -{STAFF}",
    "Portal: account {USER} unlocked after identity check (DOB {DOB}, last 4 SSN). -{INITS}",
    "Returned mail for {NAME}; new address {STREETLINE}, {CITY} {ZIP} per phone call.",
    # Mining-town clinic
    "Miner surveillance: {LASTFIRST}, {AGE}, 28 y underground; CXR {DATE} read by {DOC}, MD (B reader).",
    "Work status: {NAME} may return to the mill {MD}; no respirator restrictions. -{DOC}, PA-C",
    "Injury report: {NAME} (employee {OTHER}) crush injury L hand at the pit {MD} {MIL}; supervisor {NAME}.",
    # Children's hospital
    "PICU day 3: {NAME}, 4 y/o, RSV; parents {GIVEN} and {GIVEN} at bedside, staying at the family house.",
    "Child life met {GIVEN} (age 6) and sister {GIVEN}; mom {NAME} asked about school letter.",
    "Peds ortho clinic: {LASTFIRST}, supracondylar fx {MD}; cast check with dad {GIVEN}.",
    # Border hospital
    "Pt crossed at the port of entry {MD}; lives in {CITY} with aunt {NAME}; Spanish interpreter {NAME}.",
    "Pt seen at the border hospital {DATE}; records faxed from {FAX}; family contact {NAME} {PHONE}.",
    "Pt states her name is {NAME} (also used {NAME}); DOB {DOB}; no US ID.",
    # Trauma centre
    "Trauma team activation {MIL}: {LASTFIRST}, motorcyclist; wife {GIVEN} en route from {CITY}.",
    "Tertiary survey {MD}: no new injuries. Family ({NAME}, mother) updated by {DOC}, MD.",
    "Security note: pt's brother {NAME} escorted out at {MIL}; do not admit per pt.",
    # Public health, dialysis, behavioral health, dental and others
    "Case investigation (hantavirus): index pt {LASTFIRST}, {RURAL}; cleaned shed {MD}; household contacts {GIVEN} and {GIVEN}.",
    "Contact tracing: {NAME} ({PHONE}) exposed {MD} at a family gathering in {CITY}; advised testing.",
    "Plague investigation: dog owner {NAME}, {STREET}, {CITY}; fleas collected {DATE}. -{INITS}, EHO",
    "Dialysis unit: {LASTFIRST} chair 7, MWF 0530; ride by {NICK}; missed {MD} (snow).",
    "BH note: pt {GIVEN} reports stress since cousin {NAME} died {MD}; safety plan with aunt {GIVEN}.",
    "Traditional healing referral per pt request; family contact {NAME}, {PHONE}.",
    "Dental: {NAME} ({AGE}) full upper denture delivered {MD}; daughter {GIVEN} interpreted.",
    "Optometry: {LASTFIRST} DM retinal screen {DATE}; images sent to {DOC}, OD.",
    "Podiatry: diabetic foot exam {DATE}; pt's wife {GIVEN} trims nails; shoes ordered to {POBOX}.",
    "Home O2: {NAME} at {RURAL}; concentrator S/N {DEVICE}; backup tanks delivered {MD}.",
    "WIC referral: infant {GIVEN} {SURNAME}, DOB {DOB}; mother {NAME}, phone {PHONE}.",
    "Immunization outreach {DATE} at the chapter house: {NAME} (DOB {DOB}) Tdap given. -{INITS}",
    "School-based clinic: {NAME}, 9th grade, seen {MD}; guardian {NAME} consented by phone ({PHONE}).",
    "Ward bishop {NAME} called to arrange meals; pt consents to share discharge date {MD}.",
    "Letter for employer: {NAME} was seen {LONGDATE} and may return {LONGDATE}. -{DOC}, MD",
    "Vaccine refusal form signed by mother {NAME} on {USDATE}.",
    "Research: {LASTFIRST} enrolled in the diabetes prevention study {DATE}; consent witnessed by {INITS}.",
    "Interpreter {NAME} (Kinyarwanda), ID {OTHER}, used for the entire visit.",
    "Pt brought by Samoan church elder {NAME}; pt consents to his presence.",
    "Pt's Tongan name is {NAME}; registered as {LASTFIRST}. Both on AKA list.",
    "Pt (Nuer) uses father's name as surname: {NAME}; brother registered as {NAME}.",
    "Pt {NAME}, Lhotshampa, came via the resettlement agency; caseworker {NAME} ({PHONE}).",
]

# Lines with no PHI at all, full of what looks like it: the ordinary words this split also uses
# as names (privet, whetstone, prospector, saga, charm ...), Dine, Spanish, Tagalog and
# Tongan words, vitals, doses, tapers, labs with ranges, scores, codes, eponyms, regional diseases,
# drug and device model names, versions, ages under 90, weekdays, months and years alone,
# durations, role-only mentions and technical ids that belong to no one. Four groups, interleaved
# below so that any prefix of PHI_FREE mixes them.
_PHI_FREE_CHAT = [
    "ok ahehee', see you thursday",
    "ya'at'eeh, is the clinic open on saturday",
    "gracias, nos vemos el lunes",
    "salamat po, we'll be there early",
    "mālō, the medicine is working",
    "sorry i missed the call, no signal at the sheep camp",
    "my sugar was 244 this morning before frybread lol",
    "bp was 152 over 96 at the pharmacy machine",
    "the road is washed out, can we do video instead",
    "we have to haul water so i cant keep the insulin cold all the time",
    "the privet hedge by the school makes my allergies terrible",
    "picked strawberry and chard from the garden and my hands broke out",
    "is the gourd rattle dust bad for asthma, we're getting ready for the dance",
    "fell off the ledge by the wash, my ankle is purple",
    "got cinders in my eye at the fire pit, still watering",
    "it cost like one peso at the border pharmacy, is it the same pill",
    "my son wore his sombrero all day in the sun and now has a headache",
    "the racehorse kicked me in the thigh, big bruise",
    "my grandpa sharpens knives on a whetstone and cut his thumb",
    "reached a big milestone, 6 months no smoking",
    "the hailstone storm dented the truck and i hit my head getting out",
    "she is a redhead and burns fast, what sunscreen",
    "burr stuck in my dog's paw, and now my finger is infected from pulling it",
    "he works as a driller at the mine, is the dust why he coughs",
    "my uncle was a prospector back in the day, lots of mercury exposure?",
    "freighter trucks all night on the highway, cant sleep",
    "the teamster union card has a different insurance now",
    "hit bedrock digging the septic and my back went out",
    "whitewater rafting next week, can i take my seizure meds on the river",
    "the songbird feeder has mouse droppings under it, hantavirus?",
    "my face is ruddy after the new blood pressure pill",
    "consider this my official request for a refill 😂",
    "i have reliance on my inhaler every night now",
    "the saga continues, still waiting on the prior auth",
    "third time's the charm, the portal finally worked",
    "the shimmer in my vision comes before the migraine",
    "bon voyage to me, flying out sunday for the funeral",
    "my mom is 84 and still weaves every day",
    "he is 89 and sharp as anything",
    "my dad is 71 and wants to stop the statin",
    "eighty-six years old and still chops wood",
    "we found out in 2019 and started dialysis in 2021",
    "had surgery back in march, knee still swells",
    "every other friday works for the shots",
    "pain is like 7 out of 10 today",
    "took half a tab last night and a whole one this morning",
    "vision is 20/50 in my right eye now",
    "is 3 weeks too long to wait for the ct",
    "my ozempic pen clicked but i dont think it went in",
    "the mounjaro makes me sick for 2 days after",
    "my kid is 4 and weighs 36 lbs, how much motrin",
    "rash on both arms, no fever",
    "i work graveyard at the casino so mornings are hard",
    "what does an a1c of 7.9 mean",
    "the dexcom g7 keeps falling off in the heat",
    "my omnipod 5 says pod error again",
    "is valley fever contagious, my coworker has it",
    "found mouse nests in the hogan, how do we clean it safe",
    "we had a skinny dog die and the vet said plague, should we worry",
    "the chile roasting smoke makes me wheeze every september",
    "shimá says to drink juniper ash tea, is that ok with my meds",
    "mija has the hives again, gave her benadryl 12.5",
    "lola is 82 and won't stop making lumpia for everyone",
    "the kava at the funeral made my stomach upset",
    "sabbath is sunday for us, can we do saturday instead",
]
_PHI_FREE_NOTE = [
    "BP 146/88, HR 92, RR 18, T 98.9 F, SpO2 91% RA (altitude 6,900 ft), Wt 88.2 kg",
    "Lungs: fine crackles at the bases bilaterally; no wheeze",
    "Neuro: A&O x3, CN II-XII intact, strength 5/5 x4",
    "Coccidioidomycosis, pulmonary; CF titer 1:16; fluconazole 400 mg daily",
    "Hantavirus cardiopulmonary syndrome ruled out; platelets 212",
    "Plague (Yersinia pestis) considered; buboes absent; doxycycline empiric",
    "Colorado tick fever vs Rocky Mountain spotted fever; doxycycline 100 mg bid",
    "High-altitude pulmonary edema on ascent; nifedipine ER 30 mg bid",
    "Navajo neurohepatopathy in the differential; genetics referral",
    "Parkinson's disease, Hoehn and Yahr 2, on carbidopa-levodopa 25/100 TID",
    "Guillain-Barre syndrome, day 4 of IVIG",
    "Hashimoto's thyroiditis on levothyroxine 112 mcg",
    "Bell's palsy, right, improving; eye patch at night",
    "Cushing's ruled out; late-night salivary cortisol normal",
    "Kawasaki disease, day 6 of fever; echo normal",
    "Osgood-Schlatter disease, bilateral; activity as tolerated",
    "Legg-Calve-Perthes disease, left hip; ortho follow-up",
    "Sjogren's syndrome; pilocarpine 5 mg tid",
    "Addison's disease on hydrocortisone 15/5 mg",
    "Crohn's disease in remission on ustekinumab",
    "Down syndrome, AV canal repaired in infancy",
    "Apgar 8 and 9 at 1 and 5 minutes",
    "GCS 14 (E4 V4 M6) on arrival; FAST negative",
    "ISS 17; rib fractures 4-7 left; no pneumothorax",
    "Braden 14, Morse 45; fall precautions",
    "Dix-Hallpike positive right; Epley performed",
    "Murphy's sign positive; RUQ ultrasound ordered",
    "Tanner stage 2; growth along the 25th percentile",
    "Na 131, K 5.4, Cl 99, CO2 19, BUN 44, Cr 2.1, Glu 318",
    "WBC 13.4 (4.0-11.0), Hgb 9.8 (12.0-16.0), Plt 96 (150-400)",
    "A1c 10.2% (prior 11.4%); LDL 131; TSH 2.2",
    "Lactate 4.1 -> 2.0 after 30 mL/kg",
    "INR 3.4 on warfarin 5 mg; hold one dose, recheck Friday",
    "ICD-10 B38.0, E11.65, N18.4, Z59.1",
    "ICD-10 A20.9, B33.4, T70.29XA",
    "CPT 99285, 71046, 36415",
    "LOINC 4548-4 HbA1c, 2160-0 creatinine",
    "NDC 0169-4132-12 semaglutide pen",
    "metformin 1000 mg bid; glargine 32 units qHS",
    "prednisone 40 mg x 5 days, then 20 mg x 5 days, then stop",
    "amoxicillin 90 mg/kg/day divided bid x 10 days",
    "fluconazole 400 mg daily x 3 months, LFTs monthly",
    "nicotine patch 21 mg daily x 6 weeks, then 14 mg",
    "naloxone 4 mg nasal kit given; teach-back done",
    "68-year-old woman with 2 weeks of fatigue",
    "pt is 89 and lives with her grandson",
    "eighty-seven-year-old man, independent in ADLs",
    "Smoker 1/2 ppd x 20 years, quit 2015",
    "Uranium mill worker 1968-1979; no respirator",
    "Coal miner 31 years underground; B read category 1/0",
    "Next visit Tuesday or Wednesday afternoon",
    "Discussed with the on-call hospitalist",
    "Discussed with the charge nurse and the flight nurse",
    "Report given to the receiving trauma team",
    "Case reviewed with the PHN and the CHR supervisor",
    "Per the dr on call, hold the evening dose",
    "Interpreter used for the whole visit (Dine)",
    "Interpreter declined; family member interpreted at pt request",
    "Pt hauls water; no refrigeration; insulin stored in a cooler",
    "Home has wood stove; no running water; outhouse",
    "Diet: low sodium; pt prefers mutton stew and blue corn mush",
    "Traditional medicine used alongside; no interactions identified",
    "Privet and juniper pollen allergy; cetirizine 10 mg",
    "Redhead, fair skin; sunscreen counseling",
    "Whetstone-sharpened knife laceration, 3 cm, repaired with 5-0 nylon",
    "Prospector-style panning in mine tailings; mercury level ordered",
    "Driller's hearing loss, bilateral, 4 kHz notch",
    "Hailstone injury to scalp, 2 cm, glued",
    "Milestones: walks alone, 6 words, points to body parts",
    "Touchstone for care plan: pt wants to stay home",
    "Bedrock of treatment is glycemic control",
    "Cinders in the right eye irrigated; fluorescein negative",
    "Burr hole evacuation of subdural in 2019",
    "Ruddy complexion; polycythemia workup",
]
_PHI_FREE_LOG = [
    "INFO scheduler tick jobs=18 queued=3 took_ms=166",
    "GET /api/v2/formulary?drug=fluconazole&strength=400mg 200 19ms",
    "POST /api/v2/vitals 201 bp=146/88 hr=92 spo2=91",
    '{"event":"dose_check","drug":"enoxaparin","mg_per_kg":1,"weight_kg":88,"dose_mg":90}',
    '{"code":"B38.0","system":"ICD-10-CM","display":"Acute pulmonary coccidioidomycosis"}',
    '{"level":"info","msg":"batch done","rows":3120,"failed":0,"took_s":9.4}',
    "WARN slow query took_ms=1204 table=appointments rows=8812",
    "ERROR upstream timeout service=lab-interface after 30s (attempt 3/3)",
    "OBX|2|NM|2345-7^Glucose^LN||318|mg/dL|70-99|H|||F",
    "OBX|5|NM|718-7^Hemoglobin^LN||9.8|g/dL|12.0-16.0|L|||F",
    "OBX|1|ST|COCCI^Coccidioides Ab^L||REACTIVE||||||F",
    "MSH|^~\\&|LAB|MAIN|EHR|MAIN|||ORU^R01|MSG00091|P|2.5.1",
    "MSA|AA|MSG00091",
    "cpt=99214 units=1 modifier=25 pos=11",
    "ndc=0002-8215-01 qty=15 days_supply=30 refills=2",
    "loinc=4548-4 value=10.2 unit=% flag=H",
    "worker=celery@fax-q task=poll_inbox processed=14 failed=0",
    "migration 0088_add_tribal_affiliation applied in 0.9s",
    "feature_flag navajo_ivr=true rollout=1.0",
    "cron 0 6 * * 1-5 reminders.daily (weekdays 06:00)",
    "model=triage-v5 tokens=712 latency_ms=1044",
    "build 2025.4.1 (5731), schema v88",
    "queue depth=41 oldest_age_s=93 queue=rx-refill",
    "acd stats queue=nurse-advice offered=312 answered=298 abandoned=14 asa_s=41",
    "ivr language menu: 1 English, 2 Espanol, 3 Dine",
    "fax line 2 busy, 3 jobs queued",
    "efax ocr confidence=0.71 below threshold 0.80, routed to manual queue",
    "surescripts ping ok latency_ms=88",
    "pdmp gateway 503, retry in 60s",
    "x12 270 batch 44: 1200 sent, 1181 active, 12 inactive, 7 errors",
    "x12 835 posted: 91 payments, 2 reversals",
    "claim.batch 837P: 288 claims, total 41022.10, rejected 3 (CARC 16)",
    "SE*38*0001~GE*1*1~IEA*1*000000412~",
    "HI*ABK:B380*ABF:E1165~",
    "EB*1*IND*30**HMO~",
    '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Patient.gender: unknown code"}]}',
    '{"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7","service":"transfer-board","durationMs":141}',
    "request_id=9d2e1c4b7f3a4c21 status=499 client closed request",
    "x-request-id: 2f0e9d8c-7b6a-4543-9210-fedcba987654",
    "hl7 listener port 6661 up, 0 nacks in 24h",
    "mirth channel LAB_IN deployed, 2 destinations",
    "EMPI nightly scan: 22 candidate pairs above 0.92",
    "k8s: pod transfer-board-6c9f-x2lq4 OOMKilled, restarting (3)",
    "deploy: release v4.2.0 (build 9121) to prod, migrations 0086-0088 applied",
    "saml idp metadata refreshed, 2 signing certs",
    "oidc discovery ok issuer=https://login.example/tenant",
    "badge reader PICU-DOOR-2 offline 4 min",
    "device firmware 3.1.7 on infusion pumps, drug library 2025-Q2",
    "app_version=v5.0.2 build=877 platform=android",
    "locale=nv_US fallback=en_US",
    "alert.rule spo2<88 for 5m fired=false",
    "triage.score esi=2 reason=trauma age_band=20-29",
    "weekly report wk=31 visits=1412 no_show_rate=0.11",
    '{"age_group":"75-84","count":188,"month":"August"}',
    '{"unit":"TICU","beds":20,"occupied":18}',
    "SELECT count(*) FROM visits WHERE weekday = 'Monday'",
    "dept=peds_ortho floor=2 pod=C",
    "lot=K4471B vaccine=Tdap site=left deltoid",
    "courier run 4pm: 18 specimens, 2 frozen",
    "dexcom_g7 upload readings=288 gaps=0",
    "omnipod5 pod_error code=49 cleared",
    "airsense11 usage_h=6.4 ahi=3.1 leak_l_min=12",
    "t:slim x2 basal_iq suspend events=2",
    "rotor weather hold: ceiling 600 ft, visibility 2 mi",
]
_PHI_FREE_FORM = [
    "Name: ____________________   DOB: __/__/____   Sex: M / F / X",
    "Address: ______________________   City: __________   State: __   ZIP: _____",
    "Census / enrollment number: ______________   Tribe: ______________",
    "Preferred language: English / Espanol / Dine / Other   Interpreter needed: Y / N",
    "Copay: none for IHS-eligible patients; sliding fee for others",
    "RxBIN 610014   RxPCN MEDDPRIME   Payer ID 86049",
    "FLUCONAZOLE 200 MG TAB #60, take 2 tablets by mouth daily, refills: 2",
    "Tests ordered: CMP, CBC w/ diff, Cocci serology (EIA, CF), UA",
    "Pages: 9 including cover. CONFIDENTIAL health information.",
    "Reply Y to confirm, N to reschedule, STOP to opt out.",
    "Signature: ________________   Date: ___________",
    "Pharmacy window hours: Mon-Fri 8-5, closed federal holidays",
    "Please bring your census card, insurance card and all medicine bottles.",
    "Specimen: serum, gold top, spin within 2 h, refrigerate",
    "Office hours: Tuesday and Thursday 1-5 pm at the field clinic",
    "Visit type: follow-up, 20 min, telehealth eligible",
    "Purchased/Referred Care: notify within 72 hours of emergency care",
    "Ride program: call 2 business days ahead; pickups start at 5 am",
    "Parking: level 2 for PICU families, validate at the desk",
    "Visiting hours: 8 am to 8 pm, two visitors at a time",
    "Form CMS-1500 (02/12) box 24J: rendering provider NPI",
    "Fee: $0.00 (IHS eligible)",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG, _PHI_FREE_FORM)
    for line in group
    if line is not None
]
