"""The "blind18" split: an eighteenth blind evaluation set, written without looking at the engine,
its tests, its benchmark code, its documentation or its output. Nobody tuning the engine reads it;
it only produces figures.

Only these files were read to write it: generate.py, templates.py, values.py, blind17.py and
pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value functions with
generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. A repository-wide grep
for the word "faker" (looking for where the bench's Faker dependency is declared) also printed five
lines of compliance/redaction's README files; nothing else of them, nor anything else of the engine,
was read. The other data modules were imported only by a throwaway script that collected their words
for the overlap check below; their templates and values were never printed or read. tune21, being
written at the same time, was neither read nor imported.

It models a Northern and Central Plains health system: a regional medical centre with clinics in the
Dakotas, Nebraska, Kansas and Iowa; IHS hospitals and tribal clinics serving Lakota, Dakota and
Nakota families (Oglala, Sicangu, Standing Rock, Cheyenne River), the Turtle Mountain Band
(Ojibwe and Michif speakers), the MHA Nation (Mandan, Hidatsa, Arikara), and the Omaha and
Winnebago tribes; the Bakken oil patch (man camps, crew lodges, semi trucks and trailers, H2S and
rig injuries); meatpacking towns on the High Plains and in Iowa and Nebraska; grain elevators,
ranches and section-line roads; Hutterite colonies; Amish and Mennonite farms; Czech,
German-Russian and Norwegian farm families; a fixed-wing and ground EMS service; a DOT-physical
and occupational-health clinic; a telehealth service and a refugee-health clinic. Immigrant
communities: Somali, Sudanese and South Sudanese (Dinka, Nuer, Sudanese Arabic), Karen and
Karenni, Burmese Chin, Guatemalan Maya (Q'anjob'al, Chuj), Mexican (with Purepecha and Nahua
families), Salvadoran, Vietnamese, Congolese (Swahili, Kibembe, Mashi, Kinyarwanda), Eritrean
(Tigrinya) and Ethiopian Oromo, Bhutanese Nepali, Yazidi (Kurmanji), Afghan (Dari, Pashto),
Ukrainian, Filipino nurses and Indian physicians.

CHAT is patients and family typing on phones: lowercase, typos, run-ons, emoji, words of Lakota,
Dakota, Ojibwe, Michif, Spanish, Q'anjob'al, Somali, Nuer, Arabic, Karen, Chin, Vietnamese, Swahili,
French, Tigrinya, Oromo, Nepali, Kurmanji, Dari, Pashto, Ukrainian, Tagalog, Telugu, Czech,
Norwegian, German and Pennsylvania Dutch; people named with and without
kin words, after greetings, alone, in sign-offs, as nicknames, in lists, possessives and objects;
addresses typed the way the Plains give them ("2 miles north of the elevator on <road>", "the
colony", "Rm 14 at the crew lodge", "RR 1 Box 42", "the HUD house in the housing"). LOGS is HL7 v2
(ADT, ORU, RDE, SIU, VXU, MDM), IHS RPMS/FileMan globals with FileMan dates, FHIR JSON, key=value
and JSON events, nginx and IIS lines with query strings, Python, Java, Go and .NET traces, SQL
Server and Postgres errors, X12 270/271/835/837, NCPDP, fax, IVR and SIP, CAD and NEMSIS records,
air-ambulance dispatch, ELD and fleet telematics, DOT-exam and packing-plant occupational-health
events, CSV rows, file names and message-queue payloads. NOTES is HPI, A/P, SOAP, telehealth, EMS
and flight narratives, CHR and public-health-nurse home visits, PRC referrals, occupational health,
DOT physicals, refugee screening, interpreter, social work, OB, discharge, billing and portal notes
with signatures, cc lines and dictation lines.

Names come from 27 origins, weighted (Lakota/Dakota/Nakota, MHA Nation, Turtle Mountain
Michif/Ojibwe, Omaha and Winnebago, Hutterite, Amish/Mennonite, Czech, German-Russian, Norwegian,
Plains ranch and oilfield families, Somali, Sudanese and South Sudanese, Karen/Karenni, Chin,
Guatemalan Maya, Mexican, Salvadoran, Vietnamese, Congolese, Eritrean, Oromo, Bhutanese Nepali,
Yazidi, Afghan, Ukrainian, Filipino, Indian). They come as "First Last", "Last, First", "LAST,FIRST
M", three-part Somali names, family name first for Vietnamese at times, double surnames for Central
Americans and Mexicans, Lakota and MHA surnames of two to four ordinary English words ("Brings
Plenty", "Shot With Two Arrows", "Crows Heart"), lowercase in query strings and file names, with
initials, generational suffixes and quoted nicknames, and as one span per HL7, X12 or FHIR name
part. The many-word surnames, a few surnames that are ordinary English words (WORD_FAMILY) and
three towns named with ordinary words (WORD_CITIES) are the split's ordinary-word names; PHI_FREE
uses the same words, and town names that are words (Scenic, Zap, Parade, Orient, Manly, Flasher,
Sedan, Java), in their ordinary sense.

Overlap: no given name, family name, nickname, street name, colony, crew lodge, housing area, city
or e-mail domain here (folded to ASCII and lower case, word by word) is in values.py's pools (with
the Faker names it draws for both its splits), Faker's en_US first and last names, templates.py, or
the pools, templates and docstrings of every other blind* and tune* module in
templates.SPLIT_MODULES except tune21. A throwaway script collected about 80,800 such words and
checked this module's pools against them; every colliding entry was dropped and the final run
reported zero collisions. Generic address and place words (Street, Road, Avenue, Route, Box, Lake,
Creek, Hill, Valley, City, Colony, Lodge, Camp, compass directions and the like), particles and
top-level domains were exempt. The ordinary-word names (the many-word surnames, WORD_FAMILY and
WORD_CITIES) were checked instead as whole names against every other module's name, street and place
pools, so that "brings", "plenty" or "binder" may occur elsewhere as ordinary words but never as, or
in, a name. Most of the region's large towns and many of its common names were already in other
splits' pools; they appear nowhere here, not even as literal text, and the towns that are used are
small ones.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Rev., Father,
Sister) or a credential (MD, DO, RN, LPN, CHR, EMT-P, FP-C, PA-C) and a possessive "'s" stay
outside NAME; each HL7, X12 and FHIR name component is its own NAME span, and a surname of several
words is one span; initials that stand for a person are NAME; a weekday or clock time beside a date
stays outside the DATE, while a whole ISO, HL7, FileMan, X12 or log timestamp is one DATE; a year, a
month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89; kin terms used as address
(unci, kunsi, lala, tunkasila, ina, ate, leksi, tunwin, nookomis, mishoomis, kokum, memere,
pepere, hooyo, aabo, ayeeyo, awoowe, adeer, eedo, habooba, dapir, bapir, daye, xalti, bibi, baba,
kaka, lola, lolo, tita, kuya, amma, nanna, ammamma, thatha, babicka, deda, oma, opa, bestemor,
bestefar, mammi, dawdi, abuelita, tata, aama, buwa, hajurama, didi, koko, babu, mjomba, ong, ba,
babusia, dido) are not names; a street address, PO box, rural route, highway-contract box, grid
address, section-line road or highway named as where someone lives, a Hutterite colony, a crew-lodge
room or a house in a tribal housing area is ADDRESS, a city CITY and a ZIP code ZIP. Tribes and
nations (Oglala Sioux Tribe, Standing Rock Sioux Tribe, MHA Nation, Turtle Mountain Band), other
organisations, languages, countries, drugs, eponyms, device models, rig, plant and facility names
are literal text. A VIN, a licence plate (tribal plates included), a semi tractor's unit number and
a trailer number are VEHICLE_ID; a CDL, a driver's licence, an NPI, a DEA number, a nursing or
medical licence and a medical examiner's national registry number are LICENSE_NUMBER; an alien
registration, tribal enrollment, I-94, EMS run, prescription, PRC referral, plant badge, claim or
tracking number is OTHER_ID. Filler slots (request ids, latencies, status codes, clock times,
weekdays, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Family names of several words are one name.

_PLAINS_NATIVE_GIVEN = [
    "Anpetuwin", "Arvol", "Birgil", "Cankuwin", "Chaske", "Dinae", "Dorvin", "Hantewin", "Hanwiwin",
    "Inyan", "Ituha", "Iyotake", "Jhett", "Kohana", "Lavetta", "Leatrice", "Leonette", "Magaska",
    "Mahpiyawin", "Marletta", "Mazawin", "Mitawin", "Mniwin", "Napesni", "Otaktay", "Oyatewin",
    "Philomine", "Ptewin", "Rainelle", "Shyanne", "Skyler", "Sunkawin", "Tasinawin", "Tatankawin",
    "Vina", "Wachiwi", "Wahukeza", "Wakinyanwin", "Wambdiska", "Wamdi", "Wanbliwin", "Wanji",
    "Wapiya", "Wiconi", "Wiyakawin", "Zintkalawin",
]  # fmt: skip

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "lakota_dakota_nakota": (8, _PLAINS_NATIVE_GIVEN, [
        "Afraid of Bear", "Afraid of Hawk", "American Horse", "Arcoren", "Bad Heart Bull",
        "Bad Wound", "Bagola", "Bear King", "Bear Robe", "Bear Runner", "Bear Shield", "Black Bear",
        "Black Elk", "Blue Bird", "Brave Heart", "Brings Plenty", "Broken Nose", "Broken Rope",
        "Bull Bear", "Bull Head", "Charging Eagle", "Chasing Hawk", "Chief Eagle", "Claymore",
        "Colombe", "Comes Flying", "Crazy Thunder", "Crow Eagle", "Crow Feather", "Defender",
        "Ducheneaux", "Dupris", "Eagle Bull", "Fire Thunder", "Flying Horse", "Flyinghorse",
        "Ganje", "Garnier", "Good Voice", "Grassrope", "Gray Grass", "Grey Owl", "Greybear",
        "Her Many Horses", "High Hawk", "Hollow Horn", "Holy Bull", "Iron Cloud", "Iron Moccasin",
        "Kenzy", "Kills In Water", "Knife Chief", "LeBeau", "Leneaugh", "Lessert", "Little Sky",
        "Little Spotted Horse", "Little Thunder", "Lone Elk", "Long Soldier", "Looks Twice",
        "Loves War", "One Feather", "Plenty Arrows", "Poor Bear", "Red Bear", "Red Owl",
        "Red Star", "Red Tomahawk", "Roubideaux", "Rousseau", "Runs Above", "Runs Against",
        "Runs Close", "Shot With Two Arrows", "Standingcloud", "Star Comes Out", "Swift Bird",
        "Takes War Bonnet", "Takes the Gun", "Ten Fingers", "Thin Elk", "Tibbitts", "Traversie",
        "Two Eagle", "Two Hearts", "Two Lance", "Valandra", "Walks First", "Wapasha",
        "Whirlwind Horse", "White Face", "White Hat", "White Plume", "Whitebull", "Yellow Bird",
        "Yellow Horse",
    ]),
    "mha_nation": (3, _PLAINS_NATIVE_GIVEN, [
        "Bird Bear", "Crows Heart", "Danks", "Deane", "Good Bird", "Lone Fight", "Many Ribs",
        "Old Dog", "Packineau", "Plenty Chief", "Red Fox", "Sitting Crow", "Spotted Bear",
        "Two Shields", "Yellow Wolf", "Young Bird",
    ]),
    "turtle_mountain": (3, [
        "Anaclet", "Apolline", "Asemaa", "Ashkibag", "Bimose", "Bizhiw", "Domitille", "Dosithe",
        "Ezilda", "Flavien", "Gidagaakoons", "Josephte", "Maang", "Mahiingan", "Mishiikenh",
        "Mizhakwad", "Niizhoode", "Ningaabii", "Odemin", "Pierriche", "Sifroi", "Waawaashkeshi",
    ], [
        "Allery", "Belgarde", "Brien", "Caplette", "Dauphinais", "Delong", "Desjarlais", "Ducept",
        "Enno", "Gladue", "Gourneau", "Jeanotte", "Jollie", "Keplin", "Laducer", "Laframboise",
        "Lafromboise", "Lattergrass", "Laverdure", "Longie", "Lunderman", "Malaterre", "Marcellais",
        "Monette", "Parisien", "Patnaude", "Poitra", "Trottier", "Vandal", "Vivier", "Wallette",
        "Wilkie", "Zaste",
    ]),
    "omaha_winnebago": (2, [
        "Ciwoira", "Hinook", "Hipahiga", "Hopokoekau", "Hunkah", "Jaasga", "Lachelle", "Mankanagi",
        "Nawakwa", "Renita", "Tiauna", "Wakajazi", "Waksik", "Winuga",
    ], [
        "Freemont", "LaMere", "Lamere", "Lasley", "Longtail", "Mofle", "Rockman", "Rouillard",
        "Saunsoci", "Stabler", "Wabaunsee", "Whiteagle", "Whitebeaver",
    ]),
    "hutterite": (1, [
        "Davl", "Hanni", "Jerg", "Jergl", "Joerg", "Jossl", "Kathl", "Kathri", "Leonhart", "Liesie",
        "Pauli", "Resl", "Sannl", "Thilde",
    ], [
        "Pollman", "Wurtz",
    ]),
    "amish_mennonite": (1, [
        "Adin", "Ammos", "Jost", "Magdalene",
    ], [
        "Gerig", "Gnagy", "Kauffmann", "Nisly", "Reif", "Roggie", "Streicher", "Swartzendruber",
        "Wittrig",
    ]),
    "czech": (2, [
        "Aloisie", "Bozka", "Ctislav", "Franta", "Honza", "Jarda", "Karel", "Kristyna", "Pepik",
        "Radomil", "Standa", "Vlastik", "Vojta",
    ], [
        "Bartunek", "Hotovy", "Hrabik", "Janecek", "Jirovsky", "Kotrous", "Kozisek", "Kralik",
        "Kudrna", "Pabian", "Placek", "Ptacek", "Rezac", "Sestak", "Shimerka", "Simanek", "Sinkule",
        "Sobotka", "Stransky", "Sukup", "Tvrdy", "Vencl", "Vlasak", "Vopalensky", "Zabokrtsky",
        "Zoucha", "Zrust",
    ]),
    "german_russian": (3, [
        "Appolonia", "Balthasar", "Blasius", "Elisabetha", "Euphrosina", "Eustachius", "Evelina",
        "Fidelis", "Ignatz", "Kasimir", "Lioba", "Ludwina", "Melchior", "Philippina", "Sigmund",
    ], [
        "Aipperspach", "Deckert", "Dschaak", "Ell", "Erbele", "Gerringer", "Gieser", "Grenz",
        "Harr", "Hauff", "Kallenberger", "Kraft", "Lauf", "Ley", "Mastel", "Materi", "Moos",
        "Nagel", "Reinbold", "Schaff", "Schauer", "Schilling", "Schlepp", "Schwan", "Sehr",
        "Vilhauer",
    ]),
    "norwegian": (3, [
        "Aanund", "Ambjorn", "Bergljot", "Birgitte", "Eilev", "Embrik", "Erland", "Gunvald",
        "Guro", "Herbjorg", "Knud", "Lauritz", "Mons", "Sjur", "Tarjei", "Tjodolv", "Tjostolv",
        "Tolleiv", "Tordis", "Torleiv", "Tosten",
    ], [
        "Aakre", "Aarhus", "Birkeland", "Brakke", "Bratlien", "Dybvik", "Fjeldheim", "Floden",
        "Frovik", "Gaustad", "Gronneberg", "Gulbranson", "Haga", "Hatlestad", "Helland",
        "Hjelmstad", "Hovey", "Jore", "Juve", "Klemetson", "Kvernmo", "Kvidera", "Lerberg",
        "Lindaas", "Lysne", "Mjoen", "Mollerstuen", "Mostad", "Nelsestuen", "Olstad", "Omdahl",
        "Overbo", "Ovre", "Pladsen", "Quamme", "Reiersgord", "Ringstad", "Roisum", "Rokke",
        "Sagedal", "Sagen", "Saugstad", "Skurdal", "Stenseth", "Thompsrud", "Thorsgaard",
        "Tollerud", "Ulvog", "Vaagen", "Varberg", "Vinje", "Ystebo",
    ]),
    "plains_ranch_oilfield": (6, [
        "Bailee", "Brig", "Delwin", "Dusten", "Jayme", "Jerod", "Jhase", "Jodee", "Karri", "Kassi",
        "Kelby", "Kodi", "Korbin", "Korby", "Lennis", "Loren", "Lyndel", "Monty", "Orlo",
        "Rance", "Shaelyn", "Slade", "Stran", "Tawnya", "Tayt", "Treg", "Trig", "Tylee",
    ], [
        "Aspaas", "Bieber", "Bruns", "Buttke", "Eilers", "Feiock", "Fiechtner", "Fuoss", "Gerdes",
        "Habeck", "Haberer", "Hagemann", "Hanig", "Heinert", "Heintz", "Janssen", "Kirschenman",
        "Kjerstad", "Kotrba", "Lauing", "Lehrkamp", "Mentele", "Mickelson", "Nachtigall", "Nelsen",
        "Niemann", "Ohrtman", "Oldenburg", "Olesen", "Ottman", "Peschong", "Puthoff", "Radke",
        "Reiners", "Reinke", "Rumpca", "Schaunaman", "Schmeichel", "Sperlich", "Steckelberg",
        "Stoebner", "Stoeser", "Tiede", "Tiensvold", "Uttecht", "Vanderwal", "Wagemann",
        "Waldvogel", "Woehl", "Wolles", "Zeeb",
    ]),
    "somali": (3, [
        "Caaliya", "Caraweelo", "Dhamac", "Dhool", "Faarxiya", "Geesi", "Hiiro", "Ilwaad",
        "Kaltuumo", "Khayriya", "Maandeeq", "Nimcaan", "Ugbad", "Wiilo",
    ], [
        "Dhegey", "Dhiblawe", "Dhoore", "Fidow", "Fiin", "Hayd", "Hiire", "Jimcale", "Sabriye",
        "Waarsame", "Xaabsade",
    ]),
    "sudanese": (2, [
        "Ajah", "Alsadig", "Awien", "Bulabek", "Chuoldak", "Garangdit", "Gatjiek", "Gatwiech",
        "Hajooj", "Kuolkuol", "Mayuen", "Mutasim", "Nyaboth", "Nyabuoy", "Nyachar", "Nyagak",
        "Nyakong", "Nyakume", "Nyanhial", "Riekdit",
    ], [
        "Agok", "Bolbol", "Bulabek", "Chuoldak", "Garangdit", "Kuich", "Kuolkuol", "Magok",
        "Mayuen", "Piok", "Riekdit",
    ]),
    "karen_karenni": (2, [
        "Boereh", "Bomeh", "Bumeh", "Dahkpru", "Dahreh", "Deereh", "Ehkler", "Hsernay", "Htooler",
        "Kahreh", "Kureh", "Lameh", "Lureh", "Mooeh", "Mumeh", "Myakler", "Nawhtoo", "Nyomeh",
        "Pareh", "Pawsay", "Preemoo", "Sawlerhtoo", "Shwereh", "Sureh", "Taureh", "Tawmeh",
        "Thureh", "Wahree",
    ], [
        "Htoopaw", "Kaypaw", "Kpawhtoo", "Kupaw", "Moolah", "Mudah", "Naykureh", "Pleh",
        "Sawkpaw", "Sayplo",
    ]),
    "chin": (1, [
        "Bawilian", "Biakthalian", "Cinkhanpau", "Cinzahau", "Hauzacin", "Hlawnceu", "Hnemsui",
        "Hniangtinpar", "Kenbawi", "Mawicer", "Ngaihmawi", "Niangcin", "Parthasung", "Remtha",
        "Rungnei", "Salaibawi", "Sianghnem", "Suithapar", "Tialhlei", "Tiangbawi", "Zinghlei",
    ], [
        "Dimkhanthang", "Khaizamang", "Khupsuan", "Lalramthang", "Mangsuan", "Ngunsang",
        "Ramhmun", "Thangmung", "Thangzakhai", "Thawnglian", "Thlacin", "Tluangdawt", "Vanbik",
        "Zacung",
    ]),
    "guatemalan_maya": (3, [
        "Aluxh", "Antun", "Aranin", "Chep", "Ilwin", "Komix", "Lipin", "Lukax", "Mekelin", "Palin",
        "Paxh", "Petlon", "Tomasin", "Tumaxh", "Wanin", "Xhalin", "Xhaxh", "Xheb", "Xhix", "Xhulin",
        "Xhuwin", "Xhuxh", "Xhwanik", "Ximin", "Yaxh",
    ], [
        "Calmo", "Coxaj", "Kanek", "Montejo", "Quinich", "Santizo",
    ]),
    "mexican": (3, [
        "Abdiel", "Jafet", "Juchari", "Mayrani", "Nanuma", "Tlanezi", "Uandari", "Uziel",
        "Xiuhcoatl",
    ], [
        "Apanco", "Atlahua", "Coyoli", "Cuaxospa", "Cucue", "Tecpa", "Tlaque", "Tomatzin", "Tzipi",
        "Uriostegui",
    ]),
    "salvadoran": (2, [
        "Eneyda", "Exequiel", "Katherin", "Abdiel", "Uziel", "Mayrani",
    ], [
        "Cativo", "Choto", "Cuchilla", "Jule", "Minero", "Pichinte",
    ]),
    "vietnamese": (1, [
        "Dieulinh", "Lananh", "Maihuong", "Nhuquynh", "Quangvinh", "Thihong", "Trungkien",
        "Vanduc",
    ], [
        "Tôn Thất", "Tôn Nữ", "Âu Dương", "Công Tằng Tôn Nữ", "Tư Mã", "Gia Cát",
    ]),
    "congolese": (2, [
        "Bahatisha", "Bonheur", "Kadogo", "Maisha", "Matumaini", "Mwenemali", "Mwilu", "Nshokano",
        "Pendo", "Ramazani", "Shindano", "Sikitu", "Sikujua", "Tabu", "Tumsifu", "Wema", "Zabibu",
    ], [
        "Abwe", "Alimasi", "Alonda", "Aluta", "Asani", "Atabu", "Bagula", "Cinama", "Ebondo",
        "Gakunzi", "Lubunga", "Lusambya", "Mapatano", "Mbayahi", "Mbilizi", "Mbuto", "Milenge",
        "Murhimalika", "Mwenebatu", "Ntabareshya", "Ntaboba", "Ntagereka", "Rukemampunzi",
        "Ruvuzangoma", "Sebahizi", "Sebatware", "Sungura",
    ]),
    "eritrean": (1, [
        "Segen", "Habtetsion", "Yemaneab", "Kiflemariam", "Tsegezab",
    ], [
        "Berhanemeskel", "Fessehazion", "Ghebrekristos", "Ghebretinsae", "Habtetsion",
        "Kiflemariam", "Tewoldemedhin", "Tsegezab", "Ukbagabir", "Yemaneab", "Zeremariam",
    ]),
    "oromo": (1, [
        "Biyyaa", "Boontuu", "Daraaraa", "Dirribee", "Diribe", "Ebbisee", "Fiixee", "Haawwii",
        "Iftuu", "Jireenya", "Lalisee", "Sanyii", "Yaadataa",
    ], [
        "Booruu", "Dhaabaa", "Gammachiis", "Guddinaa", "Guutuu", "Hirkoo", "Jaalataa", "Kennaa",
        "Kumaa", "Margaa", "Obsaa", "Qajeelaa", "Tarreessaa", "Tolasaa", "Tuufaa", "Waaqoo",
    ]),
    "bhutanese_nepali": (1, [
        "Ashmaya", "Bhadrakala", "Bhimkala", "Dambarkumari", "Devmaya", "Indraman", "Mohanlal",
        "Padmakumari", "Santabir", "Tilkumari", "Tula", "Yamuna",
    ], [
        "Ghisingh", "Guragain", "Lamitare", "Lungeli", "Mukhia", "Phago", "Yakthumba", "Yonzon",
    ]),
    "yazidi": (2, [
        "Adiba", "Ashti", "Bese", "Dakheel", "Dilgesh", "Dilvin", "Dlovan", "Evin", "Faleh",
        "Gulan", "Hadiya", "Hazim", "Hezni", "Kawe", "Mahsum", "Naif", "Nergiz", "Nezar", "Perwin",
        "Rewshan", "Sewsen", "Sheikho", "Sozdar", "Viyan", "Xate", "Xerib", "Xidir", "Zeri",
    ], [
        "Cindi", "Dakhil", "Darwesh", "Elyas", "Hamo", "Haskani", "Jardo", "Kheder", "Khero",
        "Khudeida", "Naso", "Pisan", "Rasho", "Shexo", "Shingali", "Sinjari", "Smoqi", "Sulaiman",
        "Tajo", "Xelef", "Zeydo",
    ]),
    "afghan": (2, [
        "Farkhunda", "Jahid", "Marghalara", "Matiullah", "Mozhgan", "Muzhda", "Nadima", "Shaperai",
    ], [
        "Ebadi", "Farahmand", "Haqjo", "Ibrahimkhil", "Khairkhwa", "Kunari", "Mohibzada",
        "Mushkani", "Nangyalai", "Spinghar", "Wardag",
    ]),
    "ukrainian": (1, [
        "Hordii", "Mariika", "Mefodii", "Radym", "Zynovii",
    ], [
        "Demchyshyn", "Dutka", "Fediuk", "Horobets", "Hryniv", "Ivashko", "Kalynovych",
        "Khvylovyi", "Korniichuk", "Kryvonis", "Leshchyshyn", "Matviichuk", "Ohiienko",
        "Paliychuk", "Pidhainyi", "Poliakov", "Pshenychnyi", "Shkurat", "Skoropadskyi",
        "Slobodian", "Sokyrko", "Ternovyi", "Tsyhanok", "Vakhovskyi", "Vyshyvanyi", "Zubrytskyi",
    ]),
    "filipino": (2, [
        "Aizel", "Bebeth", "Dading", "Jeboy", "Joanabel", "Judelyn", "Lalaine", "Macoy", "Marife",
        "Marjoe", "Maryjoy", "Onyok", "Pacing", "Rhodelyn",
    ], [
        "Abuan", "Cabansag", "Ebalo", "Ladao", "Sumagaysay",
    ]),
    "indian": (2, [
        "Chiranjeevi", "Dattatreya", "Gopinath", "Govardhan", "Purushottam", "Raghu", "Sandhya",
        "Seshagiri", "Shruti", "Sreenivasulu", "Subrahmanyam", "Suryanarayana", "Trivikram",
        "Vasavi", "Vishwanath",
    ], [
        "Bommareddy", "Chebrolu", "Dodda", "Donepudi", "Gorrepati", "Kanneganti", "Khadilkar",
        "Manne", "Mehndiratta", "Nandigam", "Nerella", "Nuthalapati", "Pulipaka", "Rayapudi",
        "Tammineni", "Velagapudi", "Yeluri",
    ]),
}  # fmt: skip

# Surnames that are ordinary English words; the many-word Lakota and MHA surnames are the others.
WORD_FAMILY = ["Binder", "Cropper", "Ditcher", "Hedger"]  # fmt: skip

NICKNAMES = [
    "Boomie", "Canku", "Chango", "Cheesy", "Dozer", "Dustdevil", "Elote", "Hoksila", "Jigger",
    "Kookie", "Lilbit", "Magoo", "Menudo", "Mosquito", "Mutt", "Nug", "Pozole", "Runt", "Scoop",
    "Shunka", "Snoop", "Sunka", "Tatertot", "Tatonka", "Wheezy", "Wojapi", "Bedbug", "Chapulin",
]  # fmt: skip

STREETS = [
    "Arikaree", "Bdote", "Burdick", "Calamus", "Calgary", "Caragana", "Chikaskia", "Cowskin",
    "Dismal River", "Divide", "Egger", "Faidley", "Fieldcrest", "Flindt", "Gayfeather", "Gunsmoke",
    "Homesteader", "Kampeska", "Kanza", "Keya Paha", "Kiwanis", "Konza", "Ninnescah",
    "Nishnabotna", "Nodaway", "Oneota", "Pottawatomie", "Republican Valley", "Rosser", "Rushmore",
    "Sandcherry", "Sappa", "Sappa Creek", "Shortgrass", "Skunk River", "Sodhouse", "Souris",
    "Stockade", "Stolley", "Sutler", "Tallgrass", "Tuthill", "Wakarusa", "Whitewoman", "Yegen",
]  # fmt: skip

CITIES = [
    "Agar", "Akaska", "Albee", "Albia", "Alcester", "Alda", "Amidon", "Anamoose", "Andale",
    "Anthon", "Aplington", "Argonia", "Arnegard", "Arnolds Park", "Atalissa", "Ayr", "Barnard",
    "Barneston", "Beaman", "Belpre", "Bennet", "Boelus", "Brainard", "Brentford", "Bruning",
    "Bucklin", "Burchard", "Burdett", "Cantril", "Carpio", "Casselton", "Cavour", "Ceresco",
    "Chetopa", "Clarks", "Clarkson", "Colwich", "Conesville", "Correctionville", "Corsica",
    "Corwith", "Cotesfield", "Cresbard", "Delmont", "Deshler", "Dighton", "Diller", "Doland",
    "Donnybrook", "Doon", "Drakesville", "Edgeley", "Emerado", "Emmet", "Enders", "Enning",
    "Epping", "Ericson", "Esmond", "Farmersburg", "Farnam", "Flasher", "Forman", "Fortuna",
    "Gackle", "Galva", "Garnavillo", "Garretson", "Garwin", "Gayville", "Gibbon", "Giltner",
    "Gladbrook", "Glenburn", "Glencross", "Glenham", "Golva", "Goodell", "Grenora", "Halstead",
    "Hankinson", "Hanlontown", "Hanston", "Hartwick", "Harvard", "Hatton", "Havelock", "Hayti",
    "Heartwell", "Hecla", "Hendley", "Herreid", "Highlandville", "Hildreth", "Holabird", "Hospers",
    "Humeston", "Inavale", "Ireton", "Jansen", "Jetmore", "Joice", "Keldron", "Kensett",
    "Keosauqua", "Klemme", "Kranzburg", "Kulm", "LaMoure", "Labolt", "Ladora", "Lake Norden",
    "Lakin", "Lantry", "Larchwood", "Larned", "Lawler", "Lesterville", "Lewellen", "Lineville",
    "Liscomb", "Livermore", "Longton", "Lovilia", "Lynnville", "Macksville", "Makoti", "Malcom",
    "Manly", "Mantador", "Manter", "Marienthal", "Maskell", "McCallsburg", "Medora", "Melbeta",
    "Mellette", "Minatare", "Monona", "Mooreton", "Morrill", "Moville", "Mullinville", "Mulvane",
    "Naponee", "Nemaha", "Nenzel", "New Effington", "New Leipzig", "Nisland", "Nunda", "Oacoma",
    "Oberon", "Ocheyedan", "Offerle", "Ohiowa", "Okaton", "Okoboji", "Orient", "Owanka", "Palmyra",
    "Paullina", "Pickstown", "Pierceville", "Pierpont", "Potwin", "Primghar", "Protivin", "Pukwana",
    "Ravinia", "Republican City", "Revillo", "Rising City", "Rockerville", "Rolfe", "Roseland",
    "Rozel", "Sanish", "Saronville", "Scenic", "Scribner", "Searsboro", "Sedan", "Severy",
    "Shadehill", "Shickley", "Spearville", "Spillville", "Stockport", "Stockville", "Strandburg",
    "Stromsburg", "Swanton", "Swea City", "Talmage", "Tappen", "Tokio", "Tolley", "Tolstoy",
    "Turton", "Uehling", "Venturia", "Verdon", "Viborg", "Volin", "Wasta", "Wausa", "Wellfleet",
    "Wetonka", "Whittemore", "Winside", "Woden", "Wolbach", "Wolsey", "Wynot", "Wyndmere", "Yutan",
    "Zahl", "Zearing", "Zeona",
]  # fmt: skip
# Towns whose names are ordinary words (checked as whole names, like WORD_FAMILY).
WORD_CITIES = ["Java", "Parade", "Zap"]  # fmt: skip

DOMAINS = [
    "alpinecom.net", "cunninghamtel.net", "dakotacentral.net", "dakotapride.net", "gbta.net",
    "hamiltontel.net", "hughestel.net", "huxleycom.net", "interstatetel.net", "jamesvalley.net",
    "jbntel.com", "keystonetel.net", "kmtel.com", "longlines.com", "mokancomm.net",
    "onlinewebs.com", "pioneertel.net", "premieronline.net", "rrtelco.net", "rrv.net",
    "sctelcom.net", "srtnd.net", "wbsnet.org", "westrivertel.net", "wiatel.net",
    "winnebagocoop.com",
]  # fmt: skip

STAFF_DOMAINS = ["plainsmeridian.org", "missouribreaks.org", "coteauhealth.org", "sandhillsmed.org",
                 "tallgrasshealth.org", "westriverhealth.org", "scoriahealth.org",
                 "loessbluffs.org"]  # fmt: skip

# Hutterite colonies, Bakken crew lodges and man camps, housing areas on tribal land.
COLONIES = ["Blumengard", "Blumenort", "Bergthal", "Elmspring", "Fairholme", "Friedensthal",
            "Gnadenthal", "Gracevale", "Grassranch", "Hutterthal", "Jamesville", "Kutter",
            "Lindenhof", "Neuhof", "Oaklane", "Pembrook", "Rosenort", "Sommerfeld", "Sonnenheim",
            "Stahlville", "Starland", "Waldheim", "Wiesenthal", "Wolfsgrund"]  # fmt: skip
CAMPS = ["Catwalk", "Crosshead", "Doghouse", "Drillbit", "Fireflood", "Flowback", "Horsehead",
         "Kickoff", "Mudlogger", "Pumpjack", "Rigup", "Saltwater", "Slickwater", "Sweetgas",
         "Tophole", "Toolpusher", "Wireline"]  # fmt: skip
HOUSING = ["Cansasa", "Makasan", "Wakpamni", "Wasun"]  # fmt: skip

FAMILY_FIRST = {"vietnamese"}
DOUBLE_SURNAME = {"mexican", "salvadoran", "guatemalan_maya"}
THREE_PART = {"somali", "eritrean", "oromo"}
GEN_SUFFIX = ["Jr", "Jr.", "Sr", "II", "III"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "\u0131": "i", "æ": "ae", "'": ""})  # fmt: skip


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
    if origin == "plains_ranch_oilfield" and roll < 0.15:
        last = rng.choice(WORD_FAMILY)
    elif origin in DOUBLE_SURNAME and roll < 0.45:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    elif origin in THREE_PART and roll < 0.5:
        # given name, father's name, grandfather's name
        father = rng.choice(lasts)
        if father != last:
            last = f"{father} {last}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first) or first, _fold(last) or last
    return first, last


def person(rng: random.Random, _split: str = "blind18") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind18") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNOPRSTVWZ")


def full_name(rng: random.Random, _split: str = "blind18") -> str:
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
    if form < 0.51:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.55:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.59:
        return f"{first} {last}".upper()
    if form < 0.62:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{first[0]}. {last}"
    if form < 0.77:
        return first
    if form < 0.81:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.85:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.89:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.92:
        return f"{first[0]}{mid} {last}"
    if form < 0.96:
        return f"{first} {last[0]}."
    return f"{first} {mid} {last}"


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
    return _handle(person(rng)[0]) or "wanji"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "saunsoci"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
                       f"{last}%2C+{first}".replace(" ", "+"),
                       f"{last.lower()}%2c{first.lower()}".replace(" ", "+")])  # fmt: skip


def native_name(rng: random.Random) -> str:
    """A person whose family name is two to four ordinary English words."""
    origin = rng.choice(["lakota_dakota_nakota", "lakota_dakota_nakota", "mha_nation"])
    _, firsts, lasts = ORIGINS[origin]
    last = rng.choice([x for x in lasts if " " in x])
    first = rng.choice(firsts)
    return rng.choice([f"{first} {last}", f"{last}, {first}", f"{first} {_initial(rng)}. {last}",
                       f"{_fold(last).upper()}, {_fold(first).upper()}", last])  # fmt: skip


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def three_part(rng: random.Random) -> str:
    """A Somali, Eritrean or Oromo name: given name, father's, grandfather's."""
    origin = rng.choice(sorted(THREE_PART))
    _, firsts, lasts = ORIGINS[origin]
    a, b, c = rng.choice(firsts), rng.choice(lasts), rng.choice(lasts)
    father = " ".join(dict.fromkeys(x for x in (b, c) if x != a))
    return f"{a} {father}" if father else a


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice(
        [f"{a}{b}", f"{a}.{b}.", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a.lower()}{b.lower()}"]
    )


def clinician(rng: random.Random) -> str:
    """A staff name as signatures carry it."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("St", 8), ("Ave", 8), ("Rd", 6), ("Dr", 3), ("Ln", 2), ("Way", 1), ("Ct", 2),
            ("Street", 3), ("Avenue", 3), ("Road", 2), ("Blvd", 1), ("Cir", 1), ("Pl", 1),
            ("Trl", 1), ("Loop", 1)]  # fmt: skip
UNITS = ["Apt 3", "Apt. 2B", "Apt 104", "Unit 6", "#5", "Apt B", "Ste 2", "Apt 12", "Trlr 9",
         "Lot 14", "Bsmt", "Apt 1A", "#211", "Unit C"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NE ", "NW ", "SE ", "SW ", "North ", "West "]
_GRID_SUFFIX = ["NW", "NE", "SW", "SE", ""]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _nth(n: int) -> str:
    return f"{n}{_ordinal(n)}"


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 4999)),
                       f"{rng.randint(100, 999)}{rng.choice('AB')}", f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    if rng.random() < 0.35:  # numbered town streets: 4th Ave NW, 11th St E
        return (f"{_house_number(rng)} {_nth(rng.randint(1, 28))} "
                f"{rng.choice(['St', 'Ave', 'Street', 'Avenue'])} {rng.choice(['NW', 'NE', 'SW', 'SE', 'E', 'W', 'N', 'S'])}")  # fmt: skip
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 2999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O BOX {n}"])


def rural_route(rng: random.Random) -> str:
    """Grid addresses of the Dakotas, Nebraska, Kansas and Iowa, rural routes, HC boxes."""
    return rng.choice([
        f"{rng.randint(10000, 49999)} US Hwy {rng.choice([12, 14, 18, 83, 85, 212, 281, 2, 52, 20, 30, 183, 50, 54, 56, 59, 71])}",
        f"{rng.randint(10000, 49999)} SD Hwy {rng.choice([44, 34, 63, 73, 20, 47, 50, 37, 1806])}",
        f"{rng.randint(20000, 48999)} {_nth(rng.randint(140, 480))} St", f"{rng.randint(20000, 48999)} {_nth(rng.randint(140, 480))} Ave",
        f"{rng.randint(1000, 15999)} {_nth(rng.randint(20, 140))} Ave {rng.choice(_GRID_SUFFIX)}".rstrip(),
        f"{rng.randint(1000, 15999)} {_nth(rng.randint(20, 99))} St {rng.choice(_GRID_SUFFIX)}".rstrip(),
        f"{rng.randint(1000, 15999)} County Road {rng.randint(1, 60)}", f"{rng.randint(1000, 9999)} ND Hwy {rng.choice([1804, 1806, 22, 23, 8, 73, 200, 5, 37])}",
        f"{rng.randint(10000, 89999)} Road {rng.randint(300, 899)}", f"{rng.randint(100, 9999)} Rd {rng.choice('ABCDEFGHJKLMNP')}",
        f"{rng.randint(10000, 89999)} {_nth(rng.randint(400, 899))} Rd",
        f"{rng.randint(100, 9999)} {rng.choice('NSEW')} Road {rng.randint(10, 250)}",
        f"{rng.randint(1000, 3999)} {_nth(rng.randint(100, 390))} St", f"{rng.randint(1000, 3999)} {rng.choice(STREETS)} Ave",
        f"RR {rng.randint(1, 4)} Box {rng.randint(1, 250)}", f"Rural Route {rng.randint(1, 3)}, Box {rng.randint(1, 300)}",
        f"HC {rng.randint(1, 89)} Box {rng.randint(1, 199)}", f"HCR {rng.randint(1, 9)} Box {rng.randint(1, 199)}",
        f"BIA Route {rng.randint(2, 41)}", f"{rng.randint(100, 9999)} BIA Rt {rng.randint(2, 41)}",
    ])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions out here."""
    return rng.choice([f"{_nth(rng.randint(140, 480))} St", f"{_nth(rng.randint(140, 480))} Ave", f"{_nth(rng.randint(140, 480))}",
                       f"Hwy {rng.choice([18, 44, 63, 73, 212, 1806, 22, 23, 83, 2, 50])}", f"BIA {rng.randint(2, 41)}",
                       f"County {rng.randint(1, 60)}", f"Road {rng.randint(300, 899)}", f"{rng.choice(STREETS)} Rd",
                       f"the {_nth(rng.randint(140, 480))} section line", f"old {rng.choice([85, 12, 2, 14, 20, 30, 81])}"])  # fmt: skip


def colony(rng: random.Random) -> str:
    name = rng.choice(COLONIES)
    return rng.choice([f"{name} Colony", f"{name} Hutterite Colony", f"{name} Colony Rd",
                       f"{name} Colony, {rural_route(rng)}", f"{rural_route(rng)} ({name} Colony)"])  # fmt: skip


def camp(rng: random.Random) -> str:
    name = rng.choice(CAMPS)
    room = rng.randint(1, 320)
    return rng.choice([f"Rm {room}, {name} Crew Lodge", f"Bldg {rng.choice('ABCDEFG')} Rm {room}, {name} Lodge",
                       f"{name} Camp unit {rng.randint(1, 60)}", f"{name} Crew Camp pod {rng.randint(1, 12)} bed {rng.randint(1, 24)}",
                       f"{name} Lodge #{room}", f"Room {room} {name} Workforce Lodge"])  # fmt: skip


def housing(rng: random.Random) -> str:
    name = rng.choice(HOUSING)
    return rng.choice([f"House {rng.randint(1, 180)}, {name} Housing", f"HUD #{rng.randint(1, 120)} {name} Cluster",
                       f"{name} Housing #{rng.randint(1, 180)}", f"Lot {rng.randint(1, 60)} {name} Housing"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind18") -> str:
    kind = rng.random()
    if kind < 0.08:
        return po_box(rng)
    if kind < 0.28:
        return rural_route(rng)
    if kind < 0.31:
        return colony(rng)
    if kind < 0.34:
        return camp(rng)
    if kind < 0.36:
        return housing(rng)
    line = street_line(rng)
    if rng.random() < 0.25:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    line = street_line(rng) if rng.random() < 0.6 else rural_route(rng)
    return _fold(line).upper()


def city(rng: random.Random, _split: str = "blind18") -> str:
    name = rng.choice(CITIES) if rng.random() < 0.97 else rng.choice(WORD_CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["SD", "ND", "NE", "KS", "IA", "MT", "MN", "S.D.", "N.D.", "Neb.", "Nebr.", "Kan.",
          "Kans.", "South Dakota", "North Dakota", "Nebraska", "Kansas", "Iowa", "sd", "nd", "ne",
          "ks", "ia"]  # fmt: skip
_ZIP3 = ["570", "571", "572", "573", "574", "575", "576", "577", "580", "581", "582", "583",
         "584", "585", "586", "587", "588", "680", "683", "684", "686", "687", "688", "689",
         "690", "691", "692", "693", "664", "665", "667", "668", "670", "671", "672", "673",
         "674", "675", "676", "677", "678", "679", "500", "501", "503", "504", "505", "506",
         "510", "511", "512", "513", "514", "515", "516", "520", "521", "525", "526"]  # fmt: skip


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
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]  # fmt: skip


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1920, 1935)
        if pick < 0.18
        else rng.randint(1936, 2017)
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
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d}, {y}", f"{mo} {d}", f"{ab} {d}", f"{m}/{d}", f"{mo} {d}{o}", f"{d} {mo} {y}", f"{m}-{d}-{yy:02d}",
        f"{d:02d}-{ab.upper()}-{y}", f"{m}.{d}.{yy:02d}", f"{mo.lower()} {d}", f"{ab.lower()} {d}{o}",
        f"{d:02d}/{m:02d}/{y}", f"the {d}{o} of {mo}", f"{d} de {_MES[m - 1]}", f"{d:02d}{ab.upper()}{y}",
        f"{ab}. {d}", f"{m}-{d}-{y}", f"{mo} {d} {y}",
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


def fileman_date(rng: random.Random) -> str:
    """A VA/IHS FileMan date: years since 1700, month, day (3250317 is 17 March 2025)."""
    y, m, d = _ymd(rng)
    base = f"{y - 1700}{m:02d}{d:02d}"
    if rng.random() < 0.35:
        hh, mi, _ = _hms(rng)
        return f"{base}.{hh:02d}{mi:02d}"
    return base


def hl7_ts(rng: random.Random) -> str:
    y, m, d = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('56')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-05:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh % 12 or 12}:{mi:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} -0600"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}",
                       f"{m}-{d}", f"{ABBR[m - 1].lower()} {d}"])  # fmt: skip


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]}. {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice(
        [f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}"]
    )


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return rng.choice([f"{d}{_ordinal(d)}", f"the {d}{_ordinal(d)}"])


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return age_number(rng)
    n = rng.randint(90, 102)
    if n == 100:
        return rng.choice(["a hundred", "one hundred"])
    if n == 101:
        return rng.choice(["a hundred and one", "one hundred one"])
    if n == 102:
        return "a hundred and two"
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [605, 701, 402, 531, 308, 316, 620, 785, 515, 319, 563, 641, 712, 406]


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
                       f"{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}/{b}-{c}", f"1 ({a}) {b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def email(rng: random.Random, _split: str = "blind18") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "wanji", _handle(last) or "saunsoci"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2010)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}ranch", f"{f}{ln[:4]}{rng.randint(1, 9)}",
                        f"{ln}farms", f"{f}loves{rng.choice(['rodeo', 'powwow', 'huskers', 'jesus', 'bison'])}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "wanji", _handle(last) or "saunsoci"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "blind18") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "wanji", _handle(last) or "saunsoci"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2010)}", f"PMH\\{ln[:8]}{f[0]}", f"{f}.{ln}@ihs"])  # fmt: skip


def url(rng: random.Random, _split: str = "blind18") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "wanji", _handle(last) or "saunsoci"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/{f}-{ln}-medical-flight",
        f"https://www.caringbridge.org/site/{f}{ln}", f"https://www.tiktok.com/@{ln}{f}", f"https://www.youtube.com/@{f}{ln}rodeo",
        f"https://mychart.plainsmeridian.example/visit/{_digits(rng, 8)}", f"https://fhir.coteau.example/r4/Patient/{_digits(rng, 7)}",
        f"https://{ln}{f}.wixsite.com/ranch", f"https://tele.westriver.example/join/{_letters(rng, 10, string.ascii_lowercase + string.digits)}",
        f"https://www.legacy.com/us/obituaries/name/{f}-{ln}-obituary", f"https://www.instagram.com/{f}_{ln}_beadwork",
        f"https://www.etsy.com/shop/{ln}{f}quilts",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2607:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 2)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    # area numbers once issued in the Dakotas, Nebraska, Kansas and Iowa, and others
    a = rng.choice([rng.randint(501, 504), rng.randint(505, 508), rng.randint(509, 515),
                    rng.randint(478, 485), rng.randint(1, 665), rng.randint(667, 899)])  # fmt: skip
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                       f"PM{_digits(rng, 7)}", _digits(rng, 7), f"00{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    # South Dakota 9 digits, North Dakota letters and digits, Nebraska 9 and 2, Kansas 11, Iowa 7 and a letter
    return rng.choice([_digits(rng, 9), f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_digits(rng, 9)}{_digits(rng, 2)}",
                       _digits(rng, 11), f"{_digits(rng, 7)}{_letters(rng, 1)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"W{_digits(rng, 9)}", mbi(rng), medicaid_id(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 2)}", f"{_digits(rng, 10)}", f"H{_digits(rng, 8)}{_digits(rng, 2)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"G{_digits(rng, 9)}", f"PM{_digits(rng, 8)}", f"{_digits(rng, 6)}-{_digits(rng, 3)}"])  # fmt: skip


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


def drivers_license(rng: random.Random) -> str:
    # South Dakota 8 digits, North Dakota 3 letters and 6 digits, Nebraska a letter and 8, Kansas K and 8, Iowa 3-2-4
    return rng.choice([_digits(rng, 8), f"{_letters(rng, 3)}{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 8)}",
                       f"K{_digits(rng, 8)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 4)}", f"K{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}"])  # fmt: skip


def examiner_registry(rng: random.Random) -> str:
    """An FMCSA national registry number of a certified medical examiner."""
    return _digits(rng, 10)


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), f"RN{_digits(rng, 6)}", f"R-{_digits(rng, 5)}", drivers_license(rng),
                       f"{_digits(rng, 4)}-{_digits(rng, 4)}", f"LPN{_digits(rng, 5)}", f"NRP {_digits(rng, 7)}",
                       f"MD{_digits(rng, 5)}", f"{_letters(rng, 1)}{_digits(rng, 5)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        rng.choice(["1", "1", "2", "3", "4", "5"])
        + "".join(rng.choice(_VIN_CHARS) for _ in range(7))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    """South Dakota (county number first), North Dakota, Nebraska, Kansas and Iowa plates."""
    return rng.choice([f"{rng.randint(1, 67)}{_letters(rng, 1)}{_digits(rng, 3)}", f"{rng.randint(1, 67)}{_letters(rng, 2)}{_digits(rng, 2)}",
                       f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{rng.randint(1, 93)}-{_letters(rng, 1)}{_digits(rng, 3)}",
                       f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 3)}", f"{_digits(rng, 3)}{_letters(rng, 3)}"])  # fmt: skip


def tribal_plate(rng: random.Random) -> str:
    return rng.choice([f"OST {_digits(rng, 4)}", f"OST-{_digits(rng, 5)}", f"RST {_digits(rng, 4)}", f"SRST {_digits(rng, 3)}",
                       f"CRST{_digits(rng, 4)}", f"TM {_digits(rng, 4)}", f"MHA {_digits(rng, 4)}", f"WTN {_digits(rng, 3)}",
                       f"SWO-{_digits(rng, 4)}"])  # fmt: skip


def truck_unit(rng: random.Random) -> str:
    """A semi tractor's fleet unit number."""
    return rng.choice([f"T{rng.randint(100, 9999)}", f"{rng.randint(100, 9999)}", f"TRK-{_digits(rng, 4)}", f"U{_digits(rng, 3)}",
                       f"{_letters(rng, 2)}{_digits(rng, 3)}"])  # fmt: skip


def trailer(rng: random.Random) -> str:
    return rng.choice([f"53-{_digits(rng, 4)}", f"TRL{_digits(rng, 5)}", f"{_digits(rng, 5)}", f"R{_digits(rng, 4)}",
                       f"HOP-{_digits(rng, 3)}", f"FT{_digits(rng, 4)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return vin(rng)
    if r < 0.7:
        return plate(rng)
    if r < 0.82:
        return tribal_plate(rng)
    return truck_unit(rng) if r < 0.92 else trailer(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return rng.choice([":", "-"]).join(_hex(rng, 2).upper() for _ in range(6))


def udi(rng: random.Random) -> str:
    return f"(01)0{_digits(rng, 13)}(17){_digits(rng, 6)}(10){_letters(rng, 1)}{_digits(rng, 5)}(21){_digits(rng, 8)}"


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN{_digits(rng, 9)}", imei(rng), mac_address(rng),
                       f"{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
                       f"PAR{_digits(rng, 6)}N", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"E{_digits(rng, 10)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 10)}", f"{_digits(rng, 7)}", f"PA-{_digits(rng, 8)}", f"TKT{_digits(rng, 6)}",
                       f"{_digits(rng, 2)}-{_digits(rng, 5)}", f"REF{_digits(rng, 9)}", f"CASE-{_digits(rng, 6)}",
                       f"ICN {_digits(rng, 13)}", f"WC{_digits(rng, 8)}"])  # fmt: skip


def alien_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"A{_digits(rng, 9)}",
            f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"A{_digits(rng, 8)}",
            f"A {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        ]
    )


def tribal_id(rng: random.Random) -> str:
    return rng.choice([f"OST-{_digits(rng, 6)}", f"{_digits(rng, 5)}", f"RST {_digits(rng, 3)}-{_digits(rng, 5)}",
                       f"SRST{_digits(rng, 5)}", f"CRST-{_digits(rng, 5)}", f"TMBCI {_digits(rng, 5)}",
                       f"MHA-{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 5)}",
                       f"{rng.randint(1, 9)}{_digits(rng, 4)}{_letters(rng, 1)}"])  # fmt: skip


def i94(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 11), f"{_digits(rng, 9)}{_letters(rng, 1)}{_digits(rng, 1)}"])


def prc_number(rng: random.Random) -> str:
    """An IHS Purchased/Referred Care authorization number."""
    return rng.choice([f"PRC-{rng.randint(2022, 2026)}-{_digits(rng, 5)}", f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
                       f"PO {_digits(rng, 8)}"])  # fmt: skip


def badge(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 6), f"E{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}", f"PK{_digits(rng, 5)}"])  # fmt: skip


def rx_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 7), f"RX{_digits(rng, 7)}", f"{_digits(rng, 1)}-{_digits(rng, 6)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}"])  # fmt: skip


def tracking(rng: random.Random) -> str:
    return rng.choice([f"1Z{_letters(rng, 3)}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 8)}", f"9400{_digits(rng, 18)}",
                       f"{_digits(rng, 12)}"])  # fmt: skip


def run_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(2021, 2026)}-{_digits(rng, 6)}",
            f"R{_digits(rng, 8)}",
            f"PCR-{_digits(rng, 7)}",
            f"{rng.randint(21, 26)}-{_digits(rng, 5)}",
            f"FLT{_digits(rng, 6)}",
        ]
    )


def internal_entry(rng: random.Random) -> str:
    """An RPMS/VistA patient internal entry number (DFN), the key of the patient file."""
    return str(rng.randint(120, 2999999))


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice(
        [_hex(rng, 32), f"req_{_hex(rng, 12)}", _hex(rng, 16), f"{_hex(rng, 8)}-{_hex(rng, 4)}"]
    )


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 15000)]))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404", "409",
                       "422", "429", "500", "502", "503", "504"])  # fmt: skip


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice([f"{hh:02d}:{mi:02d}:{ss:02d}", f"{hh:02d}{mi:02d}", f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
                       f"{hh % 12 or 12}{'a' if hh < 12 else 'p'}", f"{hh:02d}:{mi:02d}"])  # fmt: skip


def weekday(rng: random.Random) -> str:
    return rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                       "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])  # fmt: skip


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 900000))


def queue(rng: random.Random) -> str:
    return rng.choice(["adt.inbound", "rpms-bridge", "flight-dispatch", "ivr-es", "fax-in", "x12-837p",
                       "tele-waiting-room", "ems-cad", "portal-msg", "elig-270", "refill-auto",
                       "interp-request", "occhealth-plant", "dot-exams", "prc-referrals"])  # fmt: skip


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
    "NATIVE": ("NAME", native_name),
    "WLAST": ("NAME", word_last),
    "THREE": ("NAME", three_part),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "ROAD": ("ADDRESS", road),
    "COLONY": ("ADDRESS", colony),
    "CAMP": ("ADDRESS", camp),
    "HOUSING": ("ADDRESS", housing),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "FMDATE": ("DATE", fileman_date),
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
    "DL": ("LICENSE_NUMBER", drivers_license),
    "MEREG": ("LICENSE_NUMBER", examiner_registry),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "TPLATE": ("VEHICLE_ID", tribal_plate),
    "TRUCK": ("VEHICLE_ID", truck_unit),
    "TRAILER": ("VEHICLE_ID", trailer),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "UDI": ("DEVICE_ID", udi),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "DFN": ("OTHER_ID", internal_entry),
    "ANUM": ("OTHER_ID", alien_number),
    "TRIBAL": ("OTHER_ID", tribal_id),
    "I94": ("OTHER_ID", i94),
    "PRC": ("OTHER_ID", prc_number),
    "BADGE": ("OTHER_ID", badge),
    "RX": ("OTHER_ID", rx_number),
    "TRACK": ("OTHER_ID", tracking),
    "RUN": ("OTHER_ID", run_number),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "WDAY": (None, weekday),
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "QUEUE": (None, queue),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    # Lakota, Dakota and Nakota families; IHS and tribal programs
    "hau this is {FIRST}, my unci {NAME} needs her sugar pills refilled she ran out {WDAY}",
    "han mitakuyepi, its {FIRST} {SURNAME}. my lala is {AGE} and he fell out by the corrals this morning",
    "my grandma {NATIVE} is {AGEN} and wont ride to town in the snow, can the chr come out",
    "pilamaya for calling back, my name is {NATIVE} and my enrollment # is {TRIBAL}",
    "ihs said i need my tribal id {TRIBAL} and my chart number {MRN} for the prc referral",
    "we are in {HOUSING}, the blue house with the star quilt in the window, ask for {FIRST}",
    "the chr lady {FIRST} comes tuesdays but my ina {FIRST} needs her insulin before then",
    "its {NICK}, {FIRST}'s boy. my leksi {FIRST} {SURNAME} got his foot stepped on by a horse at the powwow grounds",
    "tunkasila {FIRST} turned {AGEN} on {MD} and still drives the school bus lol",
    "my kunsi {NATIVE} passed {DATE}. please stop sending the van for her 💔",
    "this is {FIRST} from {CITY}, my son {FIRST} {SURNAME} got bit by a rez dog by the post office",
    "the prc referral {PRC} for my mom {NAME} got denied can someone call me {PHONE}",
    "toksa, see you {MD} - {FIRST}",
    "we live {ROAD}, 3 miles past the cattle guard, no house number, gray trailer with the dog house",
    "my misun {FIRST} is staying at our place on {RURAL} since the blizzard",
    "wopila to nurse {FIRST} for sitting with my ate all night 🙏",
    "our plate {TPLATE} got a ticket in the clinic lot, we have the disabled placard",
    "my sisters kids {FIRST}, {FIRST} and {FIRST} {SURNAME} all need school shots before {MD}",
    "i am {FIRST} {SURNAME}, enrolled oglala, my ihs chart is {MRN}, i moved off the rez to {STREET} {CITY}",
    "cheyenne river sioux tribe enrollment office said to send you this # {TRIBAL} for my grandson {FIRST}",
    "standing rock sioux tribe health said you have my records, name {LASTFIRST} dob {USDATE}",
    "my tunwin {FIRST} wants to know if her wheelchair came, she is at {STREETLINE} in {CITY}",
    "hau kola its {NICK}, tell dr {SURNAME} i need my knee shot again",
    "we had the wake for {NATIVE} at the community center, thank you for the flowers",
    "the ambulance took my cinks {FIRST} to {CITY} last night, where is he now??",
    # Turtle Mountain, Michif and Ojibwe
    "boozhoo, its {FIRST} {SURNAME} from up on the mountain. my nookomis {FIRST} is {AGEN} and has the flu bad",
    "miigwech for the visit. my mishoomis {NAME} says his feet are numb again",
    "bonjour, marsi for calling, ma mere {FIRST} {SURNAME} needs her oxygen tank, we are on {RURAL}",
    "my kokum {NAME} only speaks michif and some cree, can we get someone who talks it",
    "im {FIRST}, my memere {FIRST} turns {AGE} {MD}, she wants to know if she still needs the pneumonia shot",
    "turtle mountain band enrollment # {TRIBAL}, name {NAME}, dob {DATE}",
    "tell {FIRST} at the front desk i cant make it {WDAY}, the road is drifted shut",
    # MHA Nation and the Bakken
    "this is {FIRST} {SURNAME}, mha nation, my enrollment is {TRIBAL}, i need my refill sent to {CITY}",
    "my grandpa {NATIVE} is {AGEN} and lives by the lake, can the home health nurse get out there",
    "i work on a rig by {CITY}, staying at {CAMP}, can i get seen after 7",
    "im at {CAMP} and i think i broke my hand on the catwalk, no car, my boss is {NAME}",
    "the company medic {FIRST} said to text this number, i got h2s headache and threw up twice",
    "my husband {FIRST} drives water truck, unit {TRUCK}, he rolled it on {ROAD}, is he at your er",
    "need a dot physical asap my cdl {DL} and med card expire {MD}",
    "my med card examiner was dr {SURNAME} registry # {MEREG}, the state says its not on file",
    "trailer {TRAILER} and truck {TRUCK} were mine in the wreck, insurance wants the ER report",
    "oil field job says i need a drug screen, send results to {EMAIL} not my boss",
    "im from texas working the bakken, my wife {FIRST} is back home, she needs my insurance id {PLAN}",
    "roughneck here, name is {NAME}, got my finger pinched in the tongs, {PHONE}",
    "can you mail my bills to {POBOX} {CITY} {STATE} {ZIP}, nothing gets delivered to the man camp",
    # Omaha and Winnebago
    "its {FIRST} {SURNAME}, omaha tribe, my grandma {FIRST} needs a ride to dialysis in {CITY}",
    "winnebago tribe health said to call you, my son {NAME} has his asthma acting up",
    "my auntie {FIRST} is {AGEN} and has her ceremony this weekend, can her appt move to {MD}",
    # ranch, farm and elevator families (Norwegian, German-Russian, Czech)
    "this is {FIRST} {SURNAME}, we calved 40 head this week and i havent slept, my bp is 170/100 is that bad",
    "uff da, mom {FIRST} took a spill in the barn, shes {AGE} and wont come in",
    "we're 2 miles north of the elevator on {ROAD}, white house red barn, dog is friendly",
    "ambulance needs to turn at the grain bins on {ROAD}, gps takes you to the wrong section",
    "my dad {NAME} got his arm caught in the auger at {RURAL}, they flew him out",
    "oma {FIRST} is {AGEN} and still makes kuchen every sunday, she needs her water pill refilled",
    "opa {FIRST} {SURNAME} wont use the walker, hes {AGE}, can the nurse talk to him",
    "babicka {FIRST} is coming for kolaches day, she needs her insulin sent to {CITY}",
    "we farm out by {CITY}, address {RURAL}, {ZIP}, mail gets lost so use {POBOX}",
    "my son {FIRST} got anhydrous in his eyes filling the tank, we rinsed him, coming in now",
    "bestemor {FIRST} is {AGEN} and her hearing aid {DEVICE} quit",
    "this is {FIRST}, {NAME}'s wife. hes combining till dark so call me at {PHONE}",
    "my husband {FIRST} {SURNAME} rolled the pivot tractor, he says hes fine but hes not",
    "grandpa {NAME} spent 30 min in the grain bin before they got him out, is he ok",
    "can i bring {FIRST} in after chores, like 8pm? he got kicked by a heifer",
    "my wife {FIRST} and me run cattle on {RURAL}, we need the flu shots for both",
    "i sell seed for {WLAST} and {WLAST} and need a tb test for the colony visits",
    "the lady at the co-op said {WLAST} would know my account {ACCOUNT}",
    "mr {WLAST} from the elevator called about my dad {FIRST}, he passed out on the scale",
    # Hutterite colonies
    "this is {FIRST} from {COLONY}, our minister {NAME} needs his eye appt moved",
    "we are {FIRST} and {FIRST} {SURNAME} from the colony, the boss said to call for the kids shots",
    "grandma {FIRST} is {AGEN}, she lives at {COLONY}, the colony van can bring her {WDAY}",
    "please send papers to {COLONY}, {CITY} {STATE} {ZIP}, attention {NAME}",
    "the colony nurse {FIRST} {SURNAME} says 6 kids have the stomach flu",
    # Amish and Mennonite
    "this is {NAME} calling from the phone shanty, mammi {FIRST} is {AGE} and her legs are swelled up",
    "dawdi {FIRST} {SURNAME} cut his hand in the sawmill, the driver {NAME} is bringing him",
    "we have no phone, write to {RURAL}, {CITY}, the bishop is {NAME}",
    "our driver {FIRST} says {MD} works for the birthing appt, we are {SURNAME} family",
    # meatpacking towns: Mexican, Salvadoran, Guatemalan Maya
    "hola soy {NAME}, trabajo en la planta en el corte y me lastime la muñeca",
    "mi esposo {FIRST} {SURNAME} trabaja en el kill floor, su numero de empleado {BADGE}",
    "mi mamá {FIRST} tiene {AGE} años, vive con nosotros en {STREETLINE} {CITY}",
    "la enfermera de la planta {FIRST} me dijo que les mandara mi badge {BADGE}",
    "vivimos en {STREET} {UNIT}, {CITY} {STATE} {ZIP}, la traila detras de la iglesia",
    "mi niño {FIRST} tiene calentura desde el {MD}, no tengo seguro",
    "buenas, mi nombre es {NAME} y mi fecha de nacimiento es {DATE}",
    "este es mi numero nuevo {PHONE}, el otro se quedo en guatemala",
    "yuj wal dios, soy {FIRST}, habla q'anjob'al mi mamá {FIRST}, necesita interprete",
    "mi tio {FIRST} {SURNAME} solo habla chuj, el vive en {STREETLINE}",
    "soy {FIRST} de el salvador, mi cipote {FIRST} tiene tos, vivimos en {CITY}",
    "el doctor {SURNAME} dijo que regresara el {DATE}, a que hora",
    "mi numero de A es {ANUM}, no tengo seguro social",
    "mi I-94 es {I94} para la cita de la clinica de refugiados",
    "pueden mandar la receta {RX} a la farmacia en {CITY}",
    "mi supervisor {NAME} no me deja salir para la cita",
    "mi hermana {NAME} se mudo a {CITY}, la pueden ver alla?",
    "gracias {FIRST}!!! 🙏🏽",
    "mi cuenta {ACCOUNT} dice que debo 800, yo pague",
    # Somali, Sudanese, Eritrean and Oromo
    "asc, waxaan ahay {FIRST}. hooyo {THREE} needs appointment, she is {AGE}",
    "mahadsanid nurse. my aabo {FIRST} work second shift at the plant, call after 11 {PHONE}",
    "my ayeeyo {FIRST} is {AGEN}, she fast ramadan, can she take her metformin at night",
    "my name is {THREE}, i live {STREETLINE} {UNIT} {CITY}, my kids need the refugee shots",
    "walaal {FIRST} will bring me, she speak english, her number {PHONE}",
    "my daughter {FIRST} {SURNAME} need school form, her dob {USDATE}",
    "maale, i am {FIRST} {SURNAME} nuer, my wife {FIRST} baby due {MD}",
    "my uncle {FIRST} {SURNAME} from south sudan, his birthday on paper is {ISODATE} but we dont know real",
    "salam, ana {FIRST}, my habooba {FIRST} needs the arabic interpreter on {WDAY}",
    "selam, my name {THREE}, tigrinya please, my husband {FIRST} come with me",
    "akkam, ani {FIRST}, oromo speaker, my son {FIRST} has fever",
    "galatoomi {FIRST} for the help 🙏",
    # Karen, Karenni, Chin, Vietnamese, Nepali
    "ta blu, i am {FIRST} {SURNAME}, karen, my mother {FIRST} is sick, we live {STREET} {CITY}",
    "my name {FIRST}, karenni, my english little, my son {FIRST} help me, call {PHONE}",
    "ka lawm e, this is {FIRST} {SURNAME} hakha chin, my baby {FIRST} need vaccine",
    "i am {FIRST}, falam chin, my pa {FIRST} {SURNAME} is {AGEN} from the camp, no birth paper, dob they wrote {DATE}",
    "chào cô, con là {FIRST}, bà nội {NAME} {AGE} tuổi bị té",
    "ông {FIRST} need vietnamese interpreter, call me {FIRST} at {PHONE}",
    "namaste didi, my buwa {NAME} need refill, his dob {DATE}, dhanyabad",
    "aama {FIRST} {SURNAME} is {AGEN} and dont speak english, i am grandson {FIRST}",
    # Congolese, Yazidi, Afghan, Ukrainian
    "jambo, mimi ni {NAME}. mtoto wangu {FIRST} ana homa, we live {STREETLINE}",
    "bonjour, je suis {FIRST} {SURNAME}, my bibi {FIRST} has pain in chest",
    "asante sana {FIRST}, mama {FIRST} is better now",
    "silav, i am {FIRST} {SURNAME}, ezidi, my dapir {FIRST} is {AGEN}, she cannot walk to the bus",
    "spas {FIRST}! my daye {FIRST} needs kurmanji interpreter not arabic please",
    "my xalti {FIRST} {SURNAME} new arrived, her A number {ANUM}",
    "salaam, i am {FIRST} {SURNAME}, dari speaker, my bibi {FIRST} has sugar",
    "tashakor, my husband {FIRST} works at the plant, his badge {BADGE}, he cut his hand",
    "manana, my kaka {FIRST} {SURNAME} need pashto interpreter for {MD}",
    "dyakuyu! my babusia {FIRST} {SURNAME} is {AGEN} and just came on u4u, she needs a doctor",
    "my name is {FIRST} {SURNAME}, from the east of ukraine, my i-94 {I94}, dido {FIRST} has heart problem",
    # Filipino nurses and Indian physicians as family too
    "hi po, this is {FIRST} {SURNAME}, rn at the hospital, my lola {FIRST} is visiting, can she be seen",
    "salamat po {FIRST}! tita {FIRST} is {AGE} and her bp is high",
    "namaskaram, my amma {FIRST} {SURNAME} is visiting from india till {MD}, she needs bp refill",
    "hi this is dr {SURNAME}'s wife {FIRST}, he is on call, please text {PHONE}",
]  # fmt: skip
CHAT += [
    # sign-offs, names alone, lists, possessives, objects
    "thanks so much\n- {FIRST}",
    "ok see u {WDAY}\n{NAME}",
    "{FIRST} & {FIRST}",
    "{NICK}",
    "{NATIVE}",
    "{FIRST} {SURNAME}",
    "its {NICK} lol",
    "this is {FIRST}'s phone, she's milking, she said yes thats fine",
    "the kids are {FIRST}, {FIRST}, {FIRST} and baby {FIRST}",
    "please add {NAME} and {NAME} to my release form",
    "i want {FIRST} to get my results but not {FIRST}",
    "did {FIRST} make it to her appointment? she left at 6",
    "call {FIRST} {SURNAME}'s son, he handles his stuff",
    "tell dr {SURNAME} that {FIRST} is throwing up again",
    "i drove {FIRST} to the er in {CITY}, they sent him home",
    "we lost {FIRST} {MD}, thank you for everything",
    "sending this for {NAMEUP}",
    "morning! {FIRST} here, sugar 212 fasting",
    "hey {FIRST} its {FIRST} from the elevator office",
    "happy birthday to my unci {FIRST}, {AGEN} today 🎂",
    "thx {FIRST}",
    "sorry wrong number this is {FIRST} not {FIRST}",
    "plz tell {NATIVE} i need to reschedule",
    "my landlord {NATIVE} says the mold isnt his problem, can the dr write a letter",
    "ask {WLAST} at the sale barn, he saw me fall",
    "mrs {WLAST} from the school called about {FIRST}'s inhaler",
    "is dr {WLAST} still at the clinic in {CITY}",
    "my neighbor {NATIVE} found mom in the yard",
    "{FIRST} said she gave the form to {FIRST} but {FIRST} lost it",
    "ok {FIRST} 👍",
    "{THREE}",
    "my brother {THREE} will pick up the medicine",
    # addresses typed loosely
    "im at my sisters now {STREETLINE} by the car wash",
    "send it to {STREET}, the basement door",
    "first place past the cattle guard on {ROAD}",
    "address is {RURAL} but the mailbox is on {ROAD}",
    "were in {HOUSING}, the one with the swing",
    "new po box is {POBOX}, post office in {CITY}",
    "staying at my cousins in {CITY} till {MD}, {STREETLINE}",
    "at the motel by the truck stop on {ROAD} room 22 for now",
    "{RURAL}",
    "{COLONY}",
    "{CAMP}",
    "my address: {STREETUP}",
    "zip is {ZIP} not {ZIP}",
    "we live in the country near {CITY}, {RURAL}",
    "moved from {CITY} to {CITY} {MONYEAR}",
    "the house is a quarter mile south of {ROAD} on {ROAD}",
    "look for the windbreak and the yellow mailbox at {RURAL}",
    # identifiers
    "my ssn {SSN}",
    "the lady asked for my social its {SSN}",
    "member id {PLAN} group 30518",
    "medicare card says {MBI}",
    "medicaid # {MEDICAID}",
    "my mrn is {MRN} i think",
    "ihs chart # {MRN}",
    "acct {ACCOUNT} paid in full on {DATE}, why do i still get a bill",
    "email me {EMAIL}",
    "my new email is {EMAIL}",
    "cc my daughter {EMAIL} on everything",
    "fax it to my lawyer {FAX}",
    "fax the forms to the tribal office {FAX} attn {NAME}",
    "username {USER}",
    "locked out again, user is {USER}, tried from {IP}",
    "the portal says new login from {IP} that wasnt me",
    "my cgm transmitter {DEVICE} wont pair",
    "pump serial {DEVICE} says occlusion",
    "the telehealth tablet imei {IMEI}",
    "the hearing aid box has {UDI}",
    "plate {PLATE} is my pickup in the handicap spot",
    "my truck vin {VIN} for the wreck paperwork",
    "tribal plate {TPLATE} on the grey suburban",
    "nursing license {LICENSE} for the employee health form",
    "my A number is {ANUM}",
    "tracking # {TRACK}",
    "rx # {RX} is the wrong strength",
    "ems run # {RUN} on the bill, we never called yall",
    "gofundme for dads flight {URL}",
    "here is the link to grandmas obituary {URL}",
    "claim {OTHER} was denied why",
    # dates
    "my last period was {MD}",
    "due date {DATE}",
    "covid shot {DATE} and booster {DATE}",
    "he was born {LONGDATE}",
    "dob {USDATE}",
    "born {DATE}",
    "surgery was {DAYTH}, stitches out when",
    "i was there {WDAY} {MD} and they said 2 weeks",
    "been sick since {MD}",
    "appt on {DATE} at {CLOCK}? or was it {DATE}",
    # run-ons
    "ok so {FIRST} took her meds at 8 then threw up at 9 do i give it again she weighs 40 lbs",
    "im {FIRST} {SURNAME} im {AGEN} years old and ive never been this sick",
    "my name is {NAME} my birthday is {DATE} my phone is {PHONE} call me back",
    "{FIRST} here, the pharmacy in {CITY} closed early and my insulin is at the one in {CITY}",
    "my stepmom {NAME} is at our house in {CITY} now, change her address to {STREETLINE}",
    "this is {FIRST} about {FIRST} {SURNAME} jr, he is 6 and has a rash all over",
    "do i need to bring {FIRST}'s shot card and her medicaid card {MEDICAID}",
    "dont call my work, call {PHONE} or email {EMAIL}",
    "i got {FIRST}'s results in the mail but they have {NAME}'s name on them",
    "grandma {FIRST} lives with me at {STREET}, {CITY}, she is {AGE}",
    "we buried {FIRST} {SURNAME} {MD}, he was {AGEN}",
    "my mom {NAME} is in the nursing home in {CITY} since {MONYEAR}",
    "the pa at the clinic {NAME} said i have pneumonia",
    "please release my records to {NAME} at {FAX}",
    "my pcp is dr {NAME} in {CITY}",
    "father {SURNAME} from the mission church will drive me",
    "pastor {FIRST} {SURNAME} said you do free bp checks at the lutheran church",
    "{FIRST} {SURNAME} got kicked by a bronc at the rodeo in {CITY}",
    "she is {AGEN} and still drives to bingo every friday 🙄",
    "snowed in at {RURAL}, can we do the visit on video, link goes to {EMAIL}",
    "the flight nurse {FIRST} was so kind to my dad, please tell her",
    "i pick up my dads meds for him, his name {NAME} dob {DATE}",
]  # fmt: skip

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|PLAINSMERIDIAN|CLOVERLEAF|WESTRIVER|{HLTS}||ADT^A04^ADT_A01|{OTHER}|P|2.5.1\rEVN|A04|{HLTS}\rPID|1||{MRN}^^^PMH^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}^USA||{PHONE}",
    "PID|1||{MRN}^^^PMH^MR~{SSN}^^^SSA^SS~{TRIBAL}^^^OST^TRIBAL||{LNUP}^{FNUP}^^^^^L||{HLDATE}|M||1002-5|{RURAL}^^{CITY}^{STATE}^{ZIP}||{PHONE}^PRN^PH~{EMAIL}^NET^Internet",
    "NK1|1|{LNUP}^{FNUP}|GRD^Grandmother|{RURAL}^^{CITY}^{STATE}^{ZIP}|{PHONE}||EC",
    "NK1|2|{SURNAME}^{FIRST}^{MIDUP}|SON^Son|||{E164}",
    "PV1|1|E|ED^BAY2^A||||{NPI}^{LNUP}^{FNUP}^^^DR^MD|||EM||||7|||{NPI}^{LNUP}^{FNUP}|ER||{ACCOUNT}|MCD||||||||||||||||||||||||{HLTS}",
    "IN1|1|SDMCD|SD MEDICAID|SOUTH DAKOTA DSS|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{RURAL}^^{CITY}^SD^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|1|BCBSND|00320|BLUE CROSS ND|||||GRP2219|||||||{LNUP}^{FNUP}^{MIDUP}|01|{HLDATE}|||||||||||||||||||{PLAN}",
    "IN1|2|IHSPRC|IHS|INDIAN HEALTH SERVICE PRC|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}||||||||||||||||||||{PRC}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}|||{HLDATE}|F||SEL|{SSN}",
    "MSH|^~\\&|LAB|COTEAU|||{HLTS}||ORU^R01|{REQID}|P|2.3\rPID|||{MRN}||{LNUP}^{FNUP}^^^MS||{HLDATE}|F\rOBR|1||{OTHER}|CHOL^Lipid panel|||{HLTS}",
    "OBX|5|TX|NOTE||Result called to {LNUP}^{FNUP} (granddaughter) at {PHONE} on {HLDATE}||||||F",
    "SCH|{OTHER}|||||TELE^Telehealth video||20|MIN|^^20^{HLTS}|||||{NPI}^{LNUP}^{FNUP}^^^DR",
    "RXA|0|1|{HLTS}|{HLTS}|208^COVID-19 mRNA^CVX|0.3|mL||00^New record|{NPI}^{LNUP}^{FNUP}|^^^COLONY-CLINIC||||{OTHER}|{ISODATE}|PFR",
    "VXU^V04 PID|1||{MRN}^^^IMMS^MR||{LNUP}^{FNUP}||{HLDATE}|F|||{COLONY}^^{CITY}^SD^{ZIP}\rNK1|1|{LNUP}^{FNUP}|MTH",
    "TXA|1|DS|TX|{HLTS}|{NPI}^{LNUP}^{FNUP}||||||{OTHER}||||||AU",
    "RXE|^^^{HLTS}^^R|00002-8215-01^INSULIN LISPRO 100U/ML|||||||||||{RX}||||{DEA}^{LNUP}^{FNUP}|||||||||||{RURAL}^^{CITY}^{STATE}^{ZIP}",
    "MRG|{MRN}^^^PMH^MR||{ACCOUNT}||||||{LNUP}^{FNUP}",
    "hl7-engine[{PIDN}] WARN ADT^A08 PID-11 street '{STREETUP}' failed CASS, city '{CITYUP}' zip '{ZIP}' patient {LNUP}^{FNUP}",
    "ACK^A01 MSA|AE|{OTHER}|PID-3 tribal id '{TRIBAL}' has no assigning authority for mrn {MRN}",
    # IHS RPMS / FileMan
    '^DPT({DFN},0)="{LNUP},{FNUP} {MIDUP}^F^{FMDATE}^^^^^^{SSN}"',
    "^AUPNPAT({DFN},41,4585,0)=4585^{MRN}^^{FMDATE}",
    "^DPT({DFN},.11)=\"{STREETUP}^^^{CITYUP}^46^{ZIP}\"",
    "^DPT({DFN},.13)=\"{PHONE}^^^{PHONE}\"",
    "PCC VISIT {FMDATE} PT: {LASTFIRST} HRN: {MRN} CLINIC: 01 GEN MED PROV: {DOC} TYPE: I",
    "RPMS BPRM {FMDATE} ELIG: {LNUP},{FNUP} TRIBE: OGLALA SIOUX BLOOD QTM: 4/4 ENROLL#: {TRIBAL} CLASS: 01",
    "%DT: bad date input '{DATE}' in field .03 for {LNUP},{FNUP} (HRN {MRN})",
    "AGMPI: potential duplicate {LASTFIRST} DOB {FMDATE} HRN {MRN} vs HRN {MRN}",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","identifier":[{{"system":"urn:oid:2.16.840.1.113883.4.1","value":"{SSN}"}},{{"type":{{"text":"HRN"}},"value":"{MRN}"}},{{"type":{{"text":"Tribal enrollment"}},"value":"{TRIBAL}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}","use":"mobile"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{RURAL}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}],"communication":[{{"language":{{"text":"Lakota"}}}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}],"telecom":[{{"value":"{PHONE}"}}],"relationship":[{{"text":"grandmother"}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"payor":[{{"display":"Nebraska Medicaid"}}],"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"suffix":["RN"]}}],"telecom":[{{"value":"{STAFFEMAIL}"}}]}}',
    '{{"resourceType":"Appointment","status":"booked","start":"{TS}","participant":[{{"actor":{{"display":"{NAME}"}}}},{{"actor":{{"display":"Dr. {DOC}"}}}}],"virtualService":{{"addressUrl":"{URL}"}}}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"patient":{{"reference":"Patient/{MRN}"}}}}',
    '{{"resourceType":"Bundle","type":"transaction","entry":[{{"resource":{{"resourceType":"Patient","name":[{{"text":"{NAMEUP}"}}],"birthDate":"{ISODATE}"}}}},{{"resource":{{"resourceType":"Encounter","period":{{"start":"{TS}"}}}}}}]}}',
    '{{"resourceType":"ServiceRequest","code":{{"text":"PRC referral cardiology"}},"subject":{{"display":"{LASTFIRST}"}},"identifier":[{{"value":"{PRC}"}}],"authoredOn":"{TS}"}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE}&address-postalcode={ZIP} {STATUS} {MS}ms",
    "fhir-gw WARN $match 2 candidates for name={NAMEQ}&birthdate={ISODATE}; review queued as {OTHER}",
    # app events
    "level=info ts={TS} svc=portal evt=login_ok user={USER} src_ip={IP} mrn={MRN} mfa=sms",
    "level=warn ts={TS} svc=portal evt=login_fail user={USER} src_ip={IP} reason=locked attempts=5",
    'level=error ts={TS} svc=tele evt=session_drop patient="{NAME}" provider="{DOC}" room={REQID} jitter_ms={MS}',
    'ts={TS} app=tele evt=waiting_room_join pt_name="{NAME}" dob={ISODATE} device_ip={IP} interp_lang=som',
    "ts={TS} app=tele evt=interp_connected lang=kar interpreter_id={OTHER} patient_mrn={MRN}",
    '{{"event":"portal_signup","email":"{EMAIL}","first":"{FIRST}","last":"{SURNAME}","dob":"{USDATE}","ip":"{IP}"}}',
    '{{"event":"proxy_access_granted","grantor_mrn":"{MRN}","proxy":"{NAME}","relationship":"granddaughter","by":"{USER}","at":"{TS}"}}',
    '{{"level":"INFO","event":"address_verified","mrn":"{MRN}","input":"{STREET}","usps":"{STREETUP}","zip4":"{ZIPNINE}"}}',
    '{{"level":"WARN","event":"address_unverifiable","mrn":"{MRN}","input":"{RURAL}","note":"rural route, no 911 address"}}',
    "audit {TS} user={USER} action=CHART_VIEW patient={MRN} name=\"{LASTFIRST}\" reason=break_glass ws={IP}",
    "audit {TS} user={USER} action=PRINT doc=AVS patient=\"{NAME}\" printer=CHR-OFFICE-1",
    # occupational health, DOT exams, fleet
    '{{"ts":"{TS}","svc":"occhealth","evt":"injury_report","plant":"beef","dept":"fabrication","badge":"{BADGE}","name":"{NAME}","lang":"som","supervisor":"{NAME}"}}',
    "occhealth {TS} evt=return_to_work badge={BADGE} employee=\"{LASTFIRST}\" restrictions=no_knife_14d",
    "occhealth {TS} evt=hearing_test badge={BADGE} name={NAMEUP} sts=left lang=kar interpreter={FIRST}",
    "dot-exam {TS} driver=\"{NAME}\" cdl={DL} state={STATE} dob={ISODATE} examiner=\"{DOC}\" registry={MEREG} cert_exp={ISODATE} result=2yr",
    "dot-exam {TS} driver={LNUP},{FNUP} cdl={DL} result=disqualified reason=a1c examiner_reg={MEREG}",
    "eld evt=DUTY_ON driver={USER} cdl={DL} truck={TRUCK} trailer={TRAILER} vin={VIN} ts={TS}",
    "fleet: unit {TRUCK} trailer {TRAILER} rollover reported by {NAME} ({E164}) at {TS}; driver transported",
    "yard-gate {TS} in truck={TRUCK} trailer={TRAILER} plate={PLATE} driver=\"{NAME}\"",
    # web servers
    '{IP} - - [{CLFDATE}] "GET /portal/appointments?patient={NAMEQ}&dob={ISODATE} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Android 14)"',
    '{IP} - {USER} [{CLFDATE}] "POST /api/v2/refill?rx={RX}&mrn={MRN} HTTP/2" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /tele/join?name={FNLOW}+{LNLOW}&email={EMAIL} HTTP/1.1" {STATUS} {BYTES} "-" "okhttp/4.12"',
    "{TS} W3SVC1 10.40.2.8 GET /billing/statement.aspx acct={ACCOUNT}&zip={ZIP} 443 {USER} {IP} Mozilla/5.0 {STATUS} 0 0 {MS}",
    "{TS} W3SVC2 GET /lookup/member memberId={PLAN}&lastName={LNLOW} 443 - {IP} {STATUS} {MS}",
    # traces and db errors
    'Traceback (most recent call last):\n  File "intake/geocode.py", line 61, in locate\nValueError: no rooftop match for "{RURAL}, {CITY}" (patient {MRN})',
    "java.lang.IllegalStateException: duplicate EMPI link {MRN} -> {MRN} for {NAMEUP} (dob {ISODATE})\n\tat org.pmh.empi.Linker.merge(Linker.java:188)",
    "System.FormatException: '{PHONE}' is not a valid phone for contact {NAME}.\n   at Billing.Contacts.Normalize(String raw)",
    'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 41 [running]:\nmain.parseEnrollment(0xc0001a2b40, "{TRIBAL}", "{LASTFIRST}")',
    "Msg 2627, Level 14, State 1: Violation of PRIMARY KEY constraint 'PK_Guarantor'. The duplicate key value is ({ACCOUNT}, {SSN}).",
    'ERROR:  duplicate key value violates unique constraint "patient_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    "ERROR:  invalid input syntax for type date: \"{DATE}\"\nCONTEXT:  COPY intake_staging, line 88, column dob (name {NAME})",
    # X12 and NCPDP
    "ISA*00*          *00*          *ZZ*PLAINSMERID    *ZZ*SDMEDICAID     *{HLDATE}*0915*^*00501*{OTHER}*0*P*:~",
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{MEDICAID}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*M~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "CLM*{ACCOUNT}*318.00***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*D9*{OTHER}~",
    "EB*1*IND*30**ND MEDICAID~NM1*IL*1*{LNUP}*{FNUP}~REF*SY*{SSN}~DTP*291*D8*{HLDATE}~",
    "CLP*{ACCOUNT}*4*310*0**MC*{OTHER}~NM1*QC*1*{LNUP}*{FNUP}****MI*{PLAN}~CAS*CO*45*310~",
    "NCPDP B1 resp=R rej=75 PA required rx={RX} cardholder={PLAN} patient={LNUP},{FNUP} dob={HLDATE}",
    "NCPDP D.0 claim: 302-C2={PLAN} 310-CA={FNUP} 311-CB={LNUP} 304-C4={HLDATE} 402-D2={RX} 411-DB={NPI}",
    # fax, IVR, telephony
    "faxsrv[{PIDN}]: RX_OK from={FAX} csid=\"{NAMEUP}\" pages=3 file=inbound/{HLDATE}_{LNLOW}_referral.pdf",
    "faxsrv: TX_FAIL to={FAX} attn=\"{NAME}\" reason=NO_ANSWER retries=3",
    "ivr {TS} call_id={REQID} ani={E164} lang=es menu=2.1 dob_entered={HLDATE} match_mrn={MRN}",
    "ivr {TS} call_id={REQID} ani={PHONE} caller_name=\"{NAMEUP}\" result=transfer queue={QUEUE}",
    'SIP/2.0 200 OK\r\nFrom: "{NAMEUP}" <sip:{E164}@pbx.pmh.local>;tag={REQID}\r\nTo: <sip:nurse-line@pbx.pmh.local>',
    "sms-gw {TS} out to={E164} tmpl=appt_so vars=magac:{FIRST};taariikh:{ISODATE};saac:{CLOCK} status=delivered",
    "sms-gw {TS} in from={E164} body=\"soy {FIRST}, no puedo ir el {MD}\"",
    # EMS CAD, NEMSIS, air
    "CAD {TS} INC {RUN} NATURE=FARM MACHINERY ENTRAPMENT LOC=\"{RURAL}\" XST=\"{ROAD}\" CALLER={NAMEUP} CB={PHONE} UNIT=A3",
    "CAD {TS} INC {RUN} NATURE=FALL LOC=\"{STREETUP}, {CITYUP}\" CALLER={NAMEUP} CB={PHONE} UNIT=M2 ENRT",
    "CAD {TS} INC {RUN} NATURE=H2S EXPOSURE LOC=\"{CAMP}\" CALLER={NAMEUP} CB={E164} PRI=1",
    "<ePatient.02>{SURNAME}</ePatient.02><ePatient.03>{FIRST}</ePatient.03><ePatient.05>{RURAL}</ePatient.05><ePatient.06>{CITY}</ePatient.06><ePatient.09>{ZIP}</ePatient.09><ePatient.17>{ISODATE}</ePatient.17>",
    "<eResponse.03>{RUN}</eResponse.03><eCrew.01>{LICENSE}</eCrew.01><eVehicle.01>{PLATE}</eVehicle.01><eTimes.03>{TS}</eTimes.03>",
    "flight-dispatch {TS} req={RUN} pt=\"{NAMEUP}\" age={AGEN} dx=STEMI from={CITYUP} wx=IFR status=declined_ground_sent",
    "flight-dispatch {TS} req={RUN} pt={LASTFIRST} dob={ISODATE} sending_md=\"{DOC}\" accepting=\"{DOC}\"",
    "ems-billing: run={RUN} pt=\"{LASTFIRST}\" mbi={MBI} loaded_miles=64.2 pickup=\"{RURAL}\"",
    "avl unit=M5 vin={VIN} heading=W speed=74 ts={TS} crew_lead={USER}",
    # CSV rows and file names
    "{MRN},{LNUP},{FNUP},{ISODATE},{PHONE},{RURAL},{CITY},{STATE},{ZIP}",
    "{ISODATE},{LASTFIRST},{TRIBAL},PCP=Dr {SURNAME},risk=high,last_a1c=11.0",
    "\"{NAME}\",\"{EMAIL}\",\"{PHONE}\",\"opt_in\",\"{ISODATE}\"",
    "badge,name,line,tb_read\n{BADGE},{NAME},kill floor,{ISODATE}",
    "colony,head_of_household,kids,last_visit\n{COLONY},{NAME},9,{ISODATE}",
    "uploaded scans/{HLDATE}/{LNLOW}_{FNLOW}_{MRN}_tribal_id.jpg size={BYTES}",
    "sftp put /outbound/ems/{RUN}_{LNLOW}.xml -> state repository ok",
    "archive: moved 'PRC Referral - {NAME} - {DATE}.pdf' to /scans/2025",
    # queues and misc
    'kafka topic=adt.inbound partition=2 offset={PIDN} key={MRN} value={{"name":"{NAME}","dob":"{ISODATE}","zip":"{ZIP}"}}',
    'rabbitmq queue={QUEUE} msg={{"patient":"{LASTFIRST}","phone":"{E164}","lang":"kur","appt":"{TS}"}}',
    'sqs receive queue={QUEUE} body={{"rx":"{RX}","ship_to":"{POBOX}","recipient":"{NAME}"}} attempts=2',
    "ldap: bind failed dn=uid={USER},ou=staff,dc=pmh,dc=local from {IP}",
    "sso: saml assertion for {STAFFEMAIL} accepted, session {REQID}, ip {IP}",
    "mdm: device {IMEI} enrolled to {NAME} (tele-kit), mac {MAC}",
    "cgm-sync: transmitter {DEVICE} patient {MRN} last_upload={TS} gaps=5",
    "parking: plate={TPLATE} validated for {NAME} clinic=dialysis",
    "interp-request {TS} lang=kur-kmr patient=\"{NAME}\" mrn={MRN} requester={USER} status=unfilled",
    "interp-request {TS} lang=cnh patient={MRN} name=\"{NAME}\" vendor=video eta_min=9",
    "refugee-intake: a_number={ANUM} i94={I94} name=\"{NAME}\" arrival={ISODATE} county={CITY}",
    "ihs-elig: tribal_id={TRIBAL} name={LASTFIRST} result=eligible area=GREAT_PLAINS",
    "prc: referral={PRC} patient=\"{NATIVE}\" status=deferred priority=II reason=funds",
    "notify: sending discharge summary to {STAFFEMAIL} for {NAME} ({MRN})",
]  # fmt: skip

NOTES = [
    # HPI, A/P, SOAP
    "HPI: {NAME} is a {AGE} y/o woman from {CITY} brought by her granddaughter {FIRST} for confusion x2 days. Lives alone on {ROAD}.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, beef plant fabrication worker, presents with R wrist pain and numbness since {MD}.",
    "S: Mr. {SURNAME} reports dyspnea feeding cattle. O: BP 164/94, HR 92, SpO2 91%. A: COPD exacerbation. P: prednisone, RTC {MD}. -- {DOC}, MD",
    "A/P: T2DM, A1c 12.1. Insulin started. Daughter {NAME} will help with injections. F/u telehealth {DATE}.",
    "CC: wound check. {FIRST} {SURNAME} is a {AGEN} yo male, retired rancher, with a stage 2 heel ulcer. Wife {FIRST} is caregiver.",
    "HPI: 29 yo G3P2 from {CITY}, Q'anjob'al speaker via interpreter {NAME} (ID {OTHER}), LMP {DATE}, first prenatal visit.",
    "HPI: 41 yo floorhand seen {DATE} after a pipe fell on his foot on a rig near {CITY}; lives at {CAMP}; company contact {NAME} {PHONE}.",
    "HPI: {NATIVE}, 58, enrolled member (ID {TRIBAL}), referred by CHR for foot ulcer; lives at {HOUSING}.",
    "HPI: {THREE}, 34, Somali-speaking, 3rd shift at the pork plant, c/o epigastric pain; fasting for Ramadan.",
    "Subjective: 'the calving wore me out.' Pt {NAME} lives on {RURAL} with son {FIRST}; wife {FIRST} died {MONYEAR}.",
    "Karen-speaking pt {FIRST} {SURNAME}, age 52, arrived {MONYEAR}; interpreter {FIRST} present; A# {ANUM}.",
    "Karenni pt {FIRST} {SURNAME} (Kayah Li speaker) with hepatitis B; household contacts {FIRST} and {FIRST} to be screened.",
    "Hakha Chin pt {FIRST} {SURNAME}, 37, with latent TB; sister {FIRST} interprets by preference.",
    "HPI: Mrs. {SURNAME}, {AGEN}, German-Russian, brought by son {FIRST}; fell on ice {WDAY} {MD}.",
    "Reason for visit: farmer with cough after cleaning grain bins. {NAME}, DOB {DATE}. Farm: {RURAL}.",
    "Ms. {WLAST} is a 47 yo school cook in {CITY} seen for migraine follow-up.",
    "Pt {FIRST} {WLAST} presents for DOT physical; CDL {DL}; examiner registry {MEREG}.",
    "Pt {FIRST} {SURNAME} ({AGE} yo) with CHF; daughter {NAME} reports 5 lb weight gain since {MD}.",
    "History from pt's nephew {NICK} (legal name {NAME}), who lives across the section line.",
    "Pt {NAME}, Hutterite, from {COLONY}; accompanied by colony nurse {FIRST} {SURNAME} and husband {FIRST}.",
    "Amish pt {NAME}, 31, G6P5, home birth planned; driver {NAME} provides transport; no phone, mail to {RURAL}.",
    "Yazidi pt {FIRST} {SURNAME}, 44, Kurmanji interpreter {NAME}; PTSD follow-up; lives with brother {FIRST} at {STREETLINE}.",
    "Afghan pt {FIRST} {SURNAME}, 26, arrived {MONYEAR} on SIV; Dari interpreter ID {OTHER}.",
    "Ukrainian pt {FIRST} {SURNAME}, 67, U4U parolee, I-94 {I94}; daughter-in-law {FIRST} present.",
    "Eritrean pt {THREE}, 29, Tigrinya interpreter by phone; new diagnosis of HIV; partner {FIRST} to be tested.",
    "Oromo-speaking pt {FIRST} {SURNAME}, 40, seen with wife {FIRST}; interpreter {NAME}.",
    "South Sudanese pt {FIRST} {SURNAME} (Nuer), 23, with sickle cell trait; DOB per documents {ISODATE}.",
    "Congolese pt {FIRST} {SURNAME}, 36, Kibembe speaker; Swahili interpreter {NAME}; arrived {DATE}.",
    "Bhutanese Nepali pt {FIRST} {SURNAME}, {AGEN}, with depression; grandson {FIRST} interprets.",
    # telehealth
    "Telehealth (video) visit {DATE}. Patient {NAME} at home, {RURAL}, {CITY} {STATE}; provider at the regional campus. Consent verbal.",
    "Telehealth audio-only: video failed from IP {IP}. Identity confirmed with name {NAME} and DOB {USDATE}.",
    "Tele-psychiatry: pt {LASTFIRST} joined from the IHS clinic in {CITY}; presenter {FIRST} {SURNAME}, LPN.",
    "Virtual visit link {URL} sent to {EMAIL}; pt joined late at {CLOCK} (blizzard, power out).",
    "Tele-stroke consult {TS}: {NAME}, {AGE} yo, LKW {CLOCK}; NIHSS 11. Spoke with wife {FIRST} at {PHONE}.",
    "Remote monitoring: BP cuff {DEVICE} transmits daily for {NAME}; reviewed by {DOC}, RN.",
    # EMS and flight
    "EMS run {RUN}: Dispatched {TS} to {RURAL} for farm machinery entrapment. Pt {NAME}, arm in PTO shaft; extricated by fire.",
    "Narrative: A3 responded to {ROAD}, 2 mi N of the elevator, no house number. Pt {LASTFIRST} c/o chest pain. Transported 71 mi.",
    "Crew: {DOC}, EMT-P (license {LICENSE}); {DOC}, EMT. Unit VIN {VIN}. Pt refused transport; refusal signed by {NAME}.",
    "EMS addendum: pt's son {FIRST} {SURNAME} (callback {PHONE}) states pt is {AGEN} and on apixaban.",
    "Flight note {RUN}: fixed-wing transfer of {NAME}, DOB {DATE}, from the critical access hospital in {CITY}; report to {FIRST}, RN, at {CLOCK}.",
    "Rollover on {ROAD} near {CITY}. Driver {NAME}, semi unit {TRUCK}, trailer {TRAILER}; restrained; c-collar placed.",
    "H2S exposure at a well site; pt {NAME} from {CAMP}; coworker {NAME} performed rescue; O2 NRB.",
    "MVC: pickup plate {PLATE} vs deer on {ROAD}. Driver {NAME}, passenger {NAME}; both ambulatory.",
    "EMS: tribal plate {TPLATE}, driver {NATIVE}, found in ditch after whiteout; core temp 33.1 C.",
    # CHR, PHN, PRC
    "CHR home visit {DATE}: {NATIVE} at {HOUSING}; BP 158/92; meds set up; no running water x2 days, reported to tribal utilities.",
    "PHN visit: {NAME}, {AGEN}, lives alone on {RURAL}; propane low; referred to tribal LIHEAP. Niece {FIRST} checks daily.",
    "PRC referral {PRC} for {NAME} (tribal ID {TRIBAL}) to cardiology; priority II; deferred pending funds.",
    "PRC: pt {LASTFIRST} notified by phone {PHONE} that referral {PRC} approved through {DATE}.",
    "IHS eligibility verified: {NAME}, enrolled Standing Rock Sioux Tribe, enrollment {TRIBAL}; HRN {MRN}.",
    "Turtle Mountain Band member {NAME}, enrollment {TRIBAL}; Michif-speaking mother {FIRST} present.",
    # occupational health and DOT
    "Occ health: {NAME}, badge {BADGE}, knife laceration L index finger on the fabrication line; supervisor {NAME}; RTW {MD}.",
    "Occ health: {THREE}, badge {BADGE}, repetitive strain; Somali interpreter {FIRST}; restricted duty 14 days.",
    "Occ health: chlorine exposure in the sanitation crew; {NAME} (badge {BADGE}) and {NAME} (badge {BADGE}) evaluated.",
    "DOT exam: {NAME}, CDL {DL} ({STATE}); certified 1 year for HTN; examiner {DOC}, registry {MEREG}.",
    "DOT exam: driver {LASTFIRST}, DOB {USDATE}; disqualified pending sleep study; med card not issued.",
    "Work comp: {NAME}, claim {OTHER}, employer {WLAST} Trucking; adjuster {NAME} {PHONE}.",
    # refugee screening / social work
    "Refugee screening {DATE}: {NAME}, A# {ANUM}, arrived {ISODATE}; IGRA positive; resettlement caseworker {NAME} {PHONE}.",
    "Refugee screening: family {SURNAME} (6 members) at {STREETLINE} {UNIT}, {CITY}; head of household {NAME}.",
    "SW note: pt {NAME} lives with 8 family members at {STREETLINE}, {CITY}; no car; plant bus only. Contact: {NAME} {PHONE}.",
    "SW: pt {NAME} is an unaccompanied minor sponsored by uncle {NAME}, {STREETLINE}, {CITY}; A# {ANUM}.",
    "Case management: Medicaid {MEDICAID} lapsed {MONYEAR}; reapplication with pt {NAME}.",
    "SW: elder {NATIVE} wishes to die at home on {RURAL}; family meeting with daughters {FIRST} and {FIRST}.",
    # home health / OB / peds
    "Home health SOC {DATE}: {NAME}, {AGEN}, homebound; caregiver {NAME}; directions: {ROAD}, 1st place past the cattle guard.",
    "Home health: wound vac serial {DEVICE} placed; pt {LASTFIRST}.",
    "OB: G3P2 {NAME}, EDD {DATE}; FOB {NAME}; plans delivery in {CITY}; 140 miles from L&D, will relocate at 37 wks.",
    "L&D: baby boy {SURNAME} born {TS}, 3.6 kg; mother {NAME}; pediatrician Dr. {SURNAME}.",
    "Newborn: infant {FIRST} {SURNAME}, DOB {DATE}; mother {NAME} (MRN {MRN}); hep B given.",
    "Well child: {FIRST}, 5 yo, with grandmother {NAME} who has tribal court guardianship dated {DATE}.",
    "School nurse fax from {FAX} re: {FIRST} {SURNAME}, 8 yo, asthma action plan.",
    "Peds: sibs {FIRST}, {FIRST} and {FIRST} {SURNAME} seen together for refugee screening, arrived {DATE}.",
    "Colony kids {FIRST}, {FIRST}, {FIRST} and {FIRST} {SURNAME} from {COLONY} seen for catch-up vaccines.",
    # discharge / hospital
    "Discharge summary: {NAME} admitted {DATE}, discharged {DATE} to home with son {FIRST} at {RURAL}, {CITY}.",
    "Discharged to swing bed in {CITY}; report called to {NAME}, RN, at {PHONE}; fax {FAX}.",
    "Family meeting: present were pt's daughters {FIRST} and {FIRST}, son {NAME}, and Father {SURNAME}. Pt is {AGEN}.",
    "Code status discussed with pt {NAME} ({AGE} yo) and HCPOA {NAME}; DNR signed {DATE}.",
    "Death pronounced {TS}. Family ({NAME}, {NATIVE}) at bedside. Spiritual leader {NAME} present for prayers.",
    "Handoff: rm 4 {SURNAME}, {AGEN} yo, NPO; wife {FIRST} at bedside, call {PHONE} w/ changes.",
    "ED note: pt {NAME} from the packing plant in {CITY}; ammonia leak exposure; supervisor {NAME}.",
    "ED: grain bin engulfment, pt {NAME}, 19, from {RURAL}; bystander {NAME} cut the bin wall.",
    "ED: anhydrous ammonia burn to face, pt {NAME}, farm at {RURAL}; eyes irrigated 2 L each.",
    "ED: horse kick to abdomen, {NAME}, 33, ranch near {CITY}; CT neg.",
    "ED: frostbite both feet, {NAME}, walked from stalled car on {ROAD}; temp 34.0 C.",
    # billing, registration, portal
    "Registration: name on Medicaid card {NAMEUP}; preferred name {FIRST}. SSN {SSN}. Address {STREETLINE} {UNIT}, {CITY} {STATE} {ZIP}.",
    "Registration: no SSN; A# {ANUM} and I-94 {I94} recorded. Phone {PHONE}.",
    "Registration: address {RURAL}, {CITY} {STATE} {ZIP}; mailing {POBOX}; tribal plate {TPLATE} noted for parking.",
    "Billing: guarantor {NAME}, acct {ACCOUNT}, sliding fee applied; payment plan 30/mo.",
    "Billing: claim {OTHER} denied CO-16; subscriber ID {PLAN} mismatched DOB {USDATE}.",
    "Financial counselor: {NAME} approved for charity care; household 9; employer beef plant in {CITY}.",
    "Portal: proxy access granted to {NAME} for patient {NAME} ({AGEN}); username {USER}.",
    "Portal: account {USER} unlocked after ID check (DOB {DATE}); email updated to {EMAIL}.",
    "Employee health: {NAME}, badge {BADGE}, TB read 0 mm on {DATE}.",
    "Records request from attorney {NAME}, fax {FAX}, for pt {NAME} DOB {DATE}; authorization on file.",
    "Release of information to {NAME}, {STREETLINE}, {CITY} {STATE} {ZIP}, per signed form.",
    "Device: ICD serial {DEVICE}; remote monitoring enrolled for {NAME}.",
    "Hearing aid dispensed; UDI {UDI}; pt {NAME}.",
    "Rx {RX} transferred to mail order for {LASTFIRST}; prescriber {DOC}, NPI {NPI}, DEA {DEA}.",
    "Mail-order: insulin shipped {DATE} via UPS {TRACK} to {POBOX}, {CITY} {STATE} {ZIP}; pt {NAME} notified at {PHONE}.",
    # signatures, cc, dictation, interpreter lines
    "Electronically signed by {DOC}, MD on {TS}",
    "Signed: {DOC}, FNP-C  {DATE} {CLOCK}",
    "cc: {DOC}, MD (PCP, {CITY}); {NAME} (daughter)",
    "cc: Dr. {SURNAME}; fax {FAX}",
    "Dictated by {DOC}, MD. Transcribed by {INITS} {DATE}. D: {DATE} T: {DATE}",
    "Dictated but not read. {DOC}, DO / {INITS}",
    "Interpreter: {NAME} (Somali), ID {OTHER}, via video, {DATE} {CLOCK}",
    "Interpreter: {NAME} (Lakota), in person; pt prefers Lakota for consent discussion.",
    "Scribe attestation: I, {NAME}, scribed for Dr. {SURNAME} on {DATE}.",
    "Attending attestation: seen and examined with resident Dr. {NAME}. {DOC}, MD",
    "Note routed to {STAFFEMAIL} and {DOC}, LCSW.",
    "Cosigned {INITS} {USDATE}",
    "Flight crew: {DOC}, RN, FP-C; {DOC}, NRP. Pilot notified of pt weight.",
    "Nursing: {DOC}, RN (license {LICENSE}), travel nurse, orientation with {FIRST} {SURNAME}, RN.",
    # mixed
    "Pt {NAME} drove herself from {CITY}; car {PLATE} in lot C; keys with security.",
    "Pt's husband {NATIVE} called {PHONE} asking for update; pt consented.",
    "Fall risk: pt {FIRST} {SURNAME}, {AGEN} yo; lives on {ROAD}; grandson {NICK} checks daily.",
    "Allergies: PCN (hives). Emergency contact: {NAME} ({PHONE}), alt {NAME} ({PHONE}).",
    "Advance directive dated {LONGDATE}; agent {NAME}, alternate {NAME}.",
    "Pt reports being born {DATE} in a refugee camp; documents list {ISODATE}.",
    "Vaccine: Tdap given {DATE}; pt {NAME}; VIS given in Karen.",
    "Pt {FIRST} {SURNAME} has no fixed address; mail to {POBOX}, {CITY}; phone {PHONE} (shared with cousin {FIRST}).",
    "Lab: critical K 6.9 called to {DOC} by {INITS} at {CLOCK} {MD}.",
    "Pt ID band checked: {NAMEUP}, MRN {MRN}, DOB {USDATE}.",
    "Pt {NAME} seen at the grain elevator during the harvest screening day; f/u {MD} at the {CITY} clinic.",
    "Pt {NAME}, Telugu-speaking mother of Dr. {NAME}, visiting until {DATE}; self-pay.",
    "Pt {NAME} is a Filipino RN at the hospital; husband {FIRST} present; insurance {PLAN}.",
    "Pt {NAME}, Sudanese Arabic; husband {FIRST} present; address {STREETLINE} {UNIT}, {CITY}.",
    "Pt {NAME} from {COLONY}; colony minister {NAME} requests copy of discharge papers.",
]  # fmt: skip

# Lines with no PHI at all. The words of the many-word surnames, WORD_FAMILY, WORD_CITIES, the
# towns named with words and the nicknames appear here in their ordinary sense.
_PHI_FREE_CHAT = [
    "my sugar was 264 after supper and 151 this morning",
    "took 2 ibuprofen at 6 and my back still hurts",
    "can i take zyrtec with my blood pressure pill",
    "is the clinic open saturday during harvest",
    "the van comes tuesdays and thursdays right",
    "bp was 148/90 on the machine at the pharmacy",
    "baby had 5 wet diapers today is that enough",
    "she is 7 months and pulling up on the couch now",
    "my grandpa is 87 and still checks cows every morning",
    "mom is 81 and takes 12 pills a day",
    "coughing for 3 weeks, worse at night",
    "do i need to fast before the cholesterol test",
    "is the pharmacy closed for the holiday",
    "the rain brings plenty of mosquitoes so we stay inside at dusk",
    "the school bus runs close to our place but not in a blizzard",
    "my dad looks twice before he takes any new pill",
    "he walks first thing in the morning before chores",
    "she has a good voice, she sings at the wakes",
    "i broke my nose playing basketball in 8th grade",
    "the broken rope on the calf puller snapped and hit my hand",
    "we saw a black bear on vacation in the hills",
    "a blue bird and a yellow bird built nests by the porch",
    "the red fox keeps getting in the chickens",
    "our old dog is 14 and still rides in the pickup",
    "i have ten fingers and ten toes but my left pinky is numb",
    "the white hat is for the rodeo queen contest",
    "just one feather of the pillow can set off my asthma",
    "my heart was racing like two hearts beating",
    "she loves warm frybread with wojapi",
    "tatertot hotdish for supper again",
    "got the menudo and pozole at the church sale",
    "elote cart was at the park",
    "the dozer pushed snow off the road by noon",
    "the runt of the litter needs bottle feeding",
    "one scoop of protein powder is ok right",
    "mosquito bites all over the kids from the creek",
    "i think we have bedbugs at the motel",
    "the mutt followed me home from the elevator",
    "a jigger of whiskey for a cold is what grandpa says",
    "the parade is saturday, do you need the flu clinic moved",
    "my son got zapped by the electric fence",
    "the scenic route added an hour to the drive",
    "its a sedan, not a pickup, so the wheelchair wont fit",
    "i drink too much java at the truck stop",
    "the hazard flasher on my truck quit",
    "i had to orient myself after i woke up from surgery",
    "the binder with my meds list got wet",
    "the cropper on the farm show was selling seed",
    "the ditcher dug the trench for the new water line",
    "hedge apples everywhere, is that the hedger's job",
    "the combine broke down again, im behind on harvest",
    "the grain elevator opens at 7 in the fall",
    "the man camp has a nurse on tuesdays",
    "we were snowed in 4 days, propane ran low",
    "the road report says interstate closed from the border",
    "it was 41 below with the wind chill",
    "i work 12s on the kill floor, 6 days",
    "the line speed went up again and my hands hurt",
    "the rig moved so i'm driving 90 miles each way",
    "i speak lakota at home and english at work",
    "my grandma teaches dakota at the tribal college",
    "we are enrolled oglala but live off the rez",
    "the ihs pharmacy only has 2 techs today",
    "the chr program brings meds on tuesdays",
    "we only speak q'anjob'al and a little spanish",
    "somali interpreter please, not arabic",
    "my dad speaks nuer and a little dinka",
    "i speak karen and burmese",
    "we speak kurmanji at home",
    "he speaks pashto, she speaks dari",
    "the colony has its own kitchen and laundry",
    "we dont drive on sundays, can someone come monday",
    "uff da, what a week",
    "ramadan starts soon, can i take my pills at night",
    "lent starts wednesday, no meat fridays",
    "powwow is next weekend if anybody needs sunscreen",
    "the sun dance is in july, can i get my refill early",
    "mahadsanid",
    "pilamaya",
    "miigwech",
    "marsi",
    "gracias doctora",
    "asante sana",
    "ka lawm e",
    "dhanyabad",
    "spas",
    "salamat po",
    "tak",
    "dyakuyu",
    "ok",
    "on my way",
    "👍",
]
_PHI_FREE_NOTE = [
    "BP 152/88, HR 84, RR 18, T 98.4 F, SpO2 94% RA",
    "Wt 102.6 kg, Ht 180 cm, BMI 31.7",
    "A1c 10.2% (prior 9.1%); LDL 148 mg/dL; eGFR 48",
    "Na 133, K 5.2, Cl 100, CO2 22, BUN 35, Cr 1.9, Glu 288",
    "Hgb 10.1, MCV 74, ferritin 8; start iron",
    "Dx: E11.65, I10, N18.3, Z79.4; CPT 99214",
    "ICD-10 W30.0XXA contact with combine harvester; T59.891A ammonia",
    "ICD-10 T59.6X1A hydrogen sulfide exposure; O2 15 L NRB",
    "ICD-10 S61.412A laceration L hand; 5 sutures 4-0 nylon",
    "ICD-10 T33.821A frostbite of feet; rewarming 40 C water bath",
    "LOINC 4548-4 HbA1c; LOINC 2160-0 creatinine",
    "CPT 99442 telephone E/M; modifier 95",
    "HCPCS A0430 fixed wing; A0435 fixed wing mileage x 188",
    "lisinopril 40 mg daily, amlodipine 10 mg daily, HCTZ 25 mg daily",
    "insulin glargine 34 units qhs; lispro 8 units with meals",
    "apixaban 5 mg bid",
    "metformin 1000 mg bid; semaglutide 0.5 mg weekly",
    "albuterol HFA 2 puffs q4-6h prn",
    "IGRA positive; CXR clear; start rifapentine/isoniazid weekly x 12",
    "hepatitis B surface antigen positive; viral load pending",
    "hx of Bell's palsy; Guillain-Barre 2017, recovered",
    "Parkinson's disease, Hoehn and Yahr stage 3",
    "Graves' disease; methimazole 10 mg daily",
    "Addison's disease on hydrocortisone",
    "Alzheimer's dementia, MoCA 15/30",
    "Apgars 8 and 9; birth weight 3.4 kg",
    "G4P3, 31 weeks by LMP; fundal height 30 cm",
    "84 yo M with COPD on 3 L home O2",
    "63 yo F with ESRD on HD TTS",
    "39 yo M packing plant worker with trigger finger",
    "patient is 76 and lives with her granddaughter",
    "symptoms for 4 days, worse over 24 hours",
    "follow up in 3 weeks, sooner if fever over 101",
    "return Thursday for wound check",
    "diagnosed in 2009; CABG in 2015",
    "chews tobacco 1 can/day x 20 years",
    "works 12-hour shifts on the kill floor",
    "rancher; no pesticide exposure; wears respirator in bins",
    "lives 110 miles from nearest pharmacy",
    "telehealth via tablet; signal weak, audio only",
    "interpreter used for entire visit (Somali, video)",
    "interpreter used (Lakota) per patient preference",
    "pt prefers Kurmanji; daughter declined to interpret",
    "patient declined flu vaccine",
    "PHQ-9 score 16; GAD-7 score 12",
    "GCS 15, pupils equal and reactive",
    "EMS: 12-lead shows STEMI inferior leads; aspirin 324 mg chewed",
    "EMS: glucose 41 mg/dL; D10 250 mL IV; recheck 118",
    "EMS: core temp 31.8 C; gentle handling; warm IV fluids",
    "flight declined for weather; ground transport 2 hours",
    "road closed by blizzard; pt held in ED overnight",
    "PRC funds exhausted for the quarter; referral deferred",
    "CHR delivered meds; pillbox filled for 2 weeks",
    "Pt rides the plant bus; no car",
    "pt's binder of outside records reviewed",
    "pt brings plenty of questions and a written list",
    "pt looks twice at labels since the wrong-pill event",
    "pt runs close to the limit on fluid intake",
    "pt walks first thing each morning, 2 miles",
    "good voice quality; no hoarseness",
    "broken nose in 2011, no surgery",
    "pt heard two hearts on the doppler at home and was alarmed; single FHR on exam",
    "red star on the whiteboard marks a fall risk",
    "ten fingers warm and well perfused",
    "old dog bite scar R forearm",
    "Tatertot hotdish and frybread discussed in diet counseling",
    "sedan vs deer; no injuries",
    "pt orients x3",
    "hazard flasher on; pt found parked on the shoulder",
]
_PHI_FREE_LOG = [
    "level=info svc=portal evt=health_check status=ok ms=8",
    "level=warn svc=fax evt=queue_depth value=41",
    "GET /healthz 200 3ms",
    "POST /api/v2/vitals 201 66ms",
    "nginx: worker process 11 exited on signal 9",
    "celery: 22 tasks in queue prc-referrals",
    "pg: autovacuum of table claim_835 done in 3.1s",
    "ERROR: deadlock detected on relation refill_request",
    "java.lang.OutOfMemoryError: Java heap space",
    "Traceback: TimeoutError in fhir_client.search after 30s",
    "panic: send on closed channel\n\ngoroutine 7 [running]:\nmain.(*Pump).flush()",
    "MSA|AA|",
    "MSH|^~\\&|LAB|COTEAU|||||ORU^R01||P|2.5.1",
    "OBX|1|NM|4548-4^HbA1c^LN||10.2|%|4.0-5.6|H|||F",
    "OBX|2|NM|2823-3^Potassium^LN||5.2|mmol/L|3.5-5.1|H|||F",
    "SVC*HC:99214*180*112.4**1~CAS*CO*45*67.6~",
    "EB*1*IND*30**SOUTH DAKOTA MEDICAID~",
    "RPMS: TaskMan running, 14 tasks scheduled",
    "RPMS: ^XTMP purge completed",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":152,"unit":"mm[Hg]"}}',
    '{"event":"tele_room_created","provider_count":1,"codec":"vp8","region":"us-central"}',
    '{"svc":"occhealth","evt":"daily_summary","injuries":4,"lost_time":1}',
    "flight-dispatch: aircraft out of service for weather",
    "CAD: unit M2 available at station 1",
    "CAD: 9 calls in last hour, 2 priority 1",
    "eld: 0 violations in last 24h",
    "dot-exams: 7 scheduled, 1 no-show",
    "sms-gw: 1960 reminders sent, 23 failed (carrier)",
    "sftp: 0 files in /outbound/ems",
    "kafka consumer lag=0 topic=adt.inbound",
    "cron: eligibility_270 finished rows=8840 errors=0",
    "nginx: upstream timed out (110) while reading response header",
    "System.NullReferenceException at Scheduling.Tele.Slots.Build()",
]
PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG
