"""The "blind17" split: a seventeenth blind evaluation set, written without looking at the engine,
its tests, its benchmark code, its documentation or its output. Nobody tuning the engine reads it;
it only produces figures.

Only these files were read to write it: generate.py, templates.py, values.py, tune15.py and
pyproject.toml (tune4.py and tune5.py were allowed but not needed), for the module interface (CHAT,
LOGS, NOTES, PHI_FREE; the value functions with generate.py's signatures; EXTRA_SLOTS) and for the
style of a split module. The other data modules were imported only by a throwaway script that
collected their words for the overlap check below; their templates and values were never printed or
read. tune20, being written at the same time, was neither read nor imported.

It models a Deep South and Carolinas health system: a university medical centre in Birmingham,
rural clinics in the Alabama Black Belt and the Mississippi Delta, Jackson, the Memphis suburbs,
south Georgia (Albany, Valdosta, Tifton poultry plants, Vidalia onion farms), the Georgia and South
Carolina Lowcountry and Sea Islands (Gullah Geechee families, heirs' property, praise houses, dirt
roads with no numbers), Charleston and Columbia, the Piedmont (Charlotte, Greenville-Spartanburg,
Durham and Raleigh), eastern North Carolina (hog and tobacco farms, Lumbee and Eastern Band
Cherokee families, IHS and tribal enrollment), the Outer Banks, a telehealth service, a mail-order
pharmacy and a rural EMS service. Immigrant communities: Mexican, Guatemalan (K'iche', Mam and
Q'anjob'al speakers) and Honduran poultry-plant workers, Vietnamese shrimpers on the Gulf (boat
registrations as vehicle ids), Hmong farmers, Montagnard/Degar families (Rhade and Jarai names with
the Y and H' prefixes), Karen and Burmese refugees, Bhutanese Nepali, Congolese (Tshiluba,
Kiswahili, Lingala), Sudanese and South Sudanese (Dinka, Nuer, Sudanese Arabic), Indian and Korean
auto-plant engineers, Chinese graduate students, Arab Americans, Greek and Lebanese families of the
old South, Black families with deep roots, white rural families and Cajun-adjacent Gulf families.

CHAT is patients and family typing on phones: lowercase, typos, emoji, run-ons, words of Spanish,
K'iche', Mam, Q'anjob'al, Vietnamese, Hmong, Rhade, Karen, Burmese, Nepali, Tshiluba, Kiswahili,
Lingala, Dinka, Arabic, Korean, Mandarin, Marathi, Greek, Gullah, Cherokee and Cajun French;
people named with and without kin words, after greetings, alone, in sign-offs, as nicknames, in
lists, possessives and objects; addresses typed loosely ("the trailer behind the praise house off
<road>"). LOGS is HL7 v2 (ADT, ORU, RDE, SIU, VXU, MDM), FHIR JSON and Bundles, key=value and JSON
events, nginx and IIS lines with query strings, Python, Java and .NET traces, SQL Server and
Postgres errors, X12 270/271/835/837, NCPDP, fax, IVR and SIP/telephony, CAD and NEMSIS records
from the EMS service, telehealth session and mail-order shipping events, CSV rows, file names and
message-queue payloads. NOTES is HPI, A/P, SOAP, telehealth, EMS run narratives, pharmacy,
interpreter, social work, home health, OB, discharge, billing and portal notes with signatures,
cc lines, dictation and interpreter lines.

Names come from 24 origins, weighted (Black families of Alabama and the Delta, Gullah Geechee,
white rural Southern, Cajun Gulf, Mexican, Guatemalan Maya, Honduran, Vietnamese, Hmong,
Montagnard/Degar, Karen, Burmese, Bhutanese Nepali, Congolese, Sudanese, Indian, Korean, Chinese,
Arab American, Greek, Lebanese, Lumbee, Eastern Band Cherokee, Outer Banks). They come as "First
Last", "Last, First", "LAST,FIRST M", family name first for Vietnamese, Korean and Chinese at
times, Rhade and Jarai names with their Y or H' prefix, double surnames for Central Americans,
lowercase in query strings and file names, with initials, generational suffixes and quoted
nicknames, and as one span per HL7, X12 or FHIR name part. About one name in six is an ordinary
English word (WORD_GIVEN, WORD_FAMILY), and PHI_FREE uses the same words, and town names that are
words, in their ordinary sense.

Overlap: no given name, family name, nickname, street name, park, city or e-mail domain here
(folded to ASCII and lower case, word by word) is in values.py's pools (with the Faker names it
draws for both its splits), Faker's en_US first and last names, templates.py, or the pools,
templates and docstrings of every other blind* and tune* module in templates.SPLIT_MODULES except
tune20. A throwaway script collected about 77,700 such words and checked this module's pools
against them; every colliding entry was dropped or replaced and the final run reported zero
collisions. Generic address and place words (Street, Road, Route, Box, Lot, Lake, Bay, Point,
Creek, Hill, Island, Landing, Springs, compass directions and the like), particles (de, la, al,
van, and the Rhade and Jarai Y and H') and top-level domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Rev., Elder, Miss)
or a credential (MD, RN, NP, EMT-P, LCSW) and a possessive "'s" stay outside NAME; each HL7, X12
and FHIR name component is its own NAME span; initials that stand for a person are NAME; a weekday
or clock time beside a date stays outside the DATE, while a whole ISO, HL7, X12 or log timestamp is
one DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89; kin
terms used as address (big mama, madear, mawmaw, paw paw, gran, auntie, cuz, nonc, tante, parrain,
ong, ba noi, niam, txiv, pu, aama, buwa, hajurba, appa, aai, teta, sitto, haboba, yiayia, papou,
elisi) are not names; a street address, PO box, county road, rural route, trailer-park lot, or a
road named as where someone lives is ADDRESS, a city CITY and a ZIP code ZIP. Organisations,
languages, countries, drugs, eponyms, device models, boat and facility names are literal text. A
boat registration or USCG documentation number is VEHICLE_ID; an alien registration, tribal
enrollment, SEVIS, EMS run, prescription, claim or tracking number is OTHER_ID. Filler slots
(request ids, latencies, status codes, clock times, weekdays, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "black_alabama_delta": (9, [
        "Alberteen", "Aldonia", "Alfonza", "Antwain", "Ardelia", "Artelia", "Azalee", "Bessiemae",
        "Cassaundra", "Clorine", "Cozetta", "Daquavion", "Dorethea", "Earlean", "Eddye", "Izora",
        "Jakeria", "Jarmal", "Jimmielee", "Kamaria", "Kendrea", "Keosha", "Keyonta", "Laquitta",
        "Lavonzell", "Lillar", "Lonzie", "Ludelle", "Lugenia", "Mekhi", "Minervia", "Mozetta",
        "Quashawn", "Quinteria", "Shaterria", "Shontavia", "Taniyah", "Tanyjah", "Theotis", "Tobe",
        "Trevonte", "Velvie", "Vertie",
    ], [
        "Ancrum", "Bendolph", "Blackledge", "Bluefort", "Bonneau", "Caffey", "Chavous", "Cleckley",
        "Cowans", "Creecy", "Culliver", "Cunnigan", "Dunklin", "Finklea", "Fishburne", "Funchess",
        "Gosha", "Grissett", "Gullatte", "Hollinshed", "Jemison", "Larkins", "Lecque", "Lyas",
        "Lymon", "Pettway", "Pipkins", "Raybon", "Ruffins", "Sanks", "Scaife", "Shuttlesworth",
        "Sirmans", "Speights", "Sumlin", "Suttles", "Witherite",
    ]),
    "gullah_geechee": (4, [
        "Cilla", "Dianah", "Diannah", "Fibby", "Jemima", "Rhetta", "Sancho", "Shadrach", "Tinah",
        "Tirzah", "Zilpah",
    ], [
        "Ancrum", "Bodison", "Ceasar", "Gourdin", "Heyard", "Jenerette", "Kinlock", "Manigualt",
        "Mazique", "Mazyk", "Pinckeney", "Polight", "Sinkler", "Sipio", "Wigfal",
    ]),
    "white_rural_south": (8, [
        "Ansley", "Blease", "Brylee", "Clyda", "Delmus", "Emory", "Florrie", "Glennie", "Harlee",
        "Jep", "Kathaleen", "Lanette", "Lavonia", "Maclyn", "Murry", "Ouida", "Ovie", "Pharis",
        "Raburn", "Shellie", "Tandy", "Truby", "Urcel", "Vadis", "Vaudie", "Zack",
    ], [
        "Bearden", "Blackerby", "Chandley", "Crumpton", "Dasher", "Dasinger", "Dobbs", "Dorough",
        "Dykes", "Earwood", "Ellenburg", "Elrod", "Everidge", "Foshee", "Griner", "Grizzard",
        "Hiers", "Hulsey", "Hyche", "Inabnit", "Inman", "Jaggers", "Jinright", "Justiss", "Knotts",
        "Letson", "Lovorn", "Lovvorn", "Marchman", "Mashburn", "McGough", "Mewbourne", "Noojin",
        "Owenby", "Pafford", "Pate", "Poss", "Prestridge", "Prine", "Pruet", "Rachels", "Ragan",
        "Shelnutt", "Tolleson", "Tuten", "Uptain", "Usrey", "Ussery", "Varnedoe", "Vinzant",
        "Waldrep", "Walea", "Whitworth", "Wiginton", "Wigley", "Yeargan", "Yopp",
    ]),
    "cajun_gulf": (2, [
        "Delphin", "Edolia", "Emelie", "Felicien", "Josephat", "Merite", "Onile", "Thelesphore",
        "Uranie", "Vileor", "Zelie",
    ], [
        "Bonvillain", "Brunet", "Callais", "Cazenave", "Cenac", "Dantin", "Domangue", "Eschete",
        "Estay", "Esteve", "Fanguy", "Fremin", "Galjour", "Hotard", "Jambon", "Labiche", "Lafont",
        "Leboeuf", "Lecompte", "Molaison", "Scioneaux", "Solet", "Terrebonne", "Usey", "Usie",
        "Vedros", "Voisin", "Walet",
    ]),
    "mexican": (5, [
        "Aketzaly", "Alitzel", "Arleth", "Coaxoch", "Daira", "Dayra", "Hayde", "Ixchelt",
        "Natzieli", "Ollin", "Othon", "Papan", "Tlazohtzin", "Xilonen", "Xipil", "Yair", "Yaotzin",
        "Yaretzy", "Yolotli", "Zitlali",
    ], [
        "Aguiniga", "Cardiel", "Chocoteco", "Coyotzi", "Cuaxiloa", "Cuecuecha", "Deanda",
        "Garfias", "Mazahua", "Papalotzi", "Sanluis", "Tecalero", "Tehuitzil", "Tepoz",
        "Tlacuahuac", "Tlahuetl", "Tlamani", "Tlilayatzi", "Totozintle", "Xelhua", "Zecua",
    ]),
    "guatemalan_maya": (3, [
        "Antil", "Audiel", "Brayner", "Dayli", "Edilzar", "Elida", "Fredi", "Gaspara", "Ilb'al",
        "Ilma", "Jesica", "Kawok", "Kaxh", "Kimberlin", "Kleiver", "Luwin", "Mardoqueo", "Mishell",
        "Nimsi", "Osberto", "Palas", "Petul", "Sheny", "Sulmi", "Ubence", "Ulda", "Velveth",
        "Wilfido", "Xhap", "Xhep", "Xhuwan", "Xiomy", "Yakin", "Yesly", "Zully", "Zulmi",
    ], [
        "Camposeco", "Caxaj", "Chamale", "Chavaloc", "Chuj", "Cobox", "Cotom", "Cusanero", "Ixen",
        "Jiatz", "Jocop", "Pojoy", "Sacor", "Sic", "Sohom", "Temaj", "Tiriquiz", "Tzalam",
    ]),
    "honduran": (2, [
        "Beyker", "Celeo", "Cristhian", "Dilma", "Dolmi", "Dolmy", "Edas", "Eylin", "Fany",
        "Hermes", "Hilsy", "Ilcia", "Ivis", "Jolanis", "Kenny", "Keydi", "Neptaly", "Olbin",
        "Paty", "Suany", "Uvaldo", "Virna", "Welsy", "Xiomy",
    ], [
        "Doblado", "Ferrufino", "Laitano", "Vijil", "Xatruch",
    ]),
    "vietnamese_gulf": (2, [
        "Doanh", "Duytan", "Giahuy", "Ngocthach", "Soai", "Thanhtung", "Thaonguyen", "Vankhoa",
    ], [
        "Dư", "Hy",
    ]),
    "hmong": (1, [
        "Kaubyeeb", "Kuam", "Nkajlee", "Npauj", "Nplais", "Pajzam", "Txhaj", "Txhim",
    ], [
        "Chaher", "Fangthao", "Hergeng", "Heuvang", "Khangsengchue", "Khangyang", "Kongher",
        "Kuechang", "Lorfang", "Moualor", "Phavang", "Thaopao", "Vuechong", "Vuelee", "Xiongchue",
        "Yangkhang", "Yangvang",
    ]),
    "montagnard_degar": (1, [
        "Bliu", "Blăk", "Blưn", "Briu", "Dhăm", "Djăp", "Dlah", "Hdiă", "Hrin", "Hrui", "Juen",
        "Kdơng", "Kjăm", "Kleo", "Kriă", "Kthul", "Kuăt", "Luih", "Mdơm", "Mlan", "Mlih", "Mniê",
        "Mrưn", "Nuê", "Nđung", "Rmoh", "Ruh", "Suai", "Thuôn", "Tlăng", "Tlơ", "Wik", "Wiên",
        "Wơi", "Yuôl", "Ñuôl", "Đhuê",
    ], [
        "Bđap", "Dliê", "Hlok", "Hlê", "Kpah", "Kpui", "Kpuil", "Kpuôr", "Mjâo", "Êmô", "Êñŭ",
    ]),
    "karen": (1, [
        "Blehpaw", "Dahblu", "Ehblaw", "Ehlerpaw", "Ehsay", "Hsagaw", "Htoothaw", "Kpawmoo",
        "Lahkhu", "Lerdoh", "Moowah", "Mutaw", "Nawler", "Pawdah", "Pawtaw", "Sawkler", "Sayblu",
        "Thawmoo", "Thaybwe", "Wahsay", "Ywahtoo",
    ], [
        "Blumoo", "Bwehpaw", "Dahhtoo", "Dohpoe", "Dohsay", "Ehdoh", "Ehkapaw", "Ehtawmoo",
        "Ehwah", "Gaywah", "Hsagay", "Htaypaw", "Htoohtoo", "Htookapaw", "Kawdoh", "Kpawthaw",
        "Kyawhtoo", "Lerkhu", "Mootaw", "Mupoe", "Nawthaw", "Pawlerwah", "Paytaw", "Sawlah",
        "Sheepoe", "Soelay", "Taweh", "Tawlay", "Thunaw", "Wahkhu", "Wahlaypaw", "Yaypaw",
    ]),
    "burmese": (1, [
        "Hninwai", "Hsulatt", "Khaingzin", "Moethu", "Myatthu", "Naychi", "Phyoe", "Pyaesonehtet",
        "Shoon", "Theinthan",
    ], [
        "Hninwai", "Hsulatt", "Khaingzin", "Moethu", "Myatthu", "Naychi", "Phyoe", "Pyaesonehtet",
        "Shoon", "Theinthan",
    ]),
    "bhutanese_nepali": (1, [
        "Birkhamaya", "Chakra", "Chudamani", "Dhanakala", "Gangaram", "Gyanumaya", "Harkamaya",
        "Hemkumari", "Hirakala", "Janakala", "Jhapendra", "Keshar", "Khinumaya", "Mankala",
        "Narmaya", "Ombahadur", "Premlal", "Ramkumar", "Sanumaya", "Thagimaya",
    ], [
        "Bhujyal", "Budathoki", "Damai", "Dhamala", "Gimirey", "Katuwal", "Lohar", "Mothey",
        "Nirauala", "Ranpaheli", "Sarki", "Sedai", "Tamsang",
    ]),
    "congolese": (1, [
        "Benitha", "Biaye", "Bilonda", "Bitondo", "Christvie", "Ciela", "Divin", "Exaucee",
        "Kabange", "Kalenga", "Kayowa", "Merdie", "Mukala", "Neemie", "Ngindu", "Plamedie",
        "Prodige", "Tshibuabua", "Tshiswaka",
    ], [
        "Baharanyi", "Ciamala", "Kabilambali", "Kalamba", "Kasiwa", "Mbiya", "Muderhwa", "Mulenda",
        "Muteba", "Mwepu", "Nzeba", "Rugenera", "Shamavu", "Sivanzire", "Tshibuyi", "Tshienda",
        "Tshimpaka", "Tshisola", "Tshiyoyo", "Vagheni",
    ]),
    "sudanese": (1, [
        "Abuelgasim", "Alual", "Awatif", "Elnazeer", "Elrashid", "Eshraga", "Mawahib", "Muzamil",
        "Nyaduoth", "Nyanagok", "Nyibil", "Sulafa", "Wieu", "Wigdan",
    ], [
        "Abbakar", "Abdelgadir", "Abdelrazig", "Achuil", "Ajith", "Akoi", "Apiny", "Atak",
        "Athian", "Ayom", "Babikir", "Bachar", "Bichok", "Bidit", "Chigai", "Dafalla", "Dengdit",
        "Dhuor", "Elamin", "Eldouma", "Elfaki", "Elhag", "Eltigani", "Gadalla", "Gatbel", "Gatdin",
        "Guem", "Gurashi", "Hamadalla", "Hamadelnil", "Humeida", "Jadain", "Jurkuch", "Koryom",
        "Kot", "Kuey", "Lony", "Majier", "Mohamedzain", "Mudawi", "Nak", "Ngang", "Nguoth",
        "Nimeiri", "Nyuol", "Nyuot", "Puoch", "Reng", "Ruai", "Saeedelsir", "Tagelsir",
        "Tharjiath", "Wadatalla", "Wichar", "Widaa", "Wiol", "Yiel",
    ]),
    "indian_engineers": (2, [
        "Aniruddha", "Apoorva", "Bhushan", "Chaitra", "Chetana", "Deeksha", "Deepti", "Devyani",
        "Gargi", "Gauri", "Guruprasad", "Hemangi", "Hrishikesh", "Ishan", "Janhavi", "Jui",
        "Kavana", "Kedar", "Keshava", "Kshitij", "Manasi", "Namratha", "Neeraj", "Ninad", "Nupur",
        "Parag", "Pranjal", "Prathamesh", "Rakshitha", "Sanket", "Sayali", "Shardul", "Shashank",
        "Shreedhar", "Shrinivas", "Shwetha", "Siddhesh", "Spoorthi", "Sudheendra", "Sumanth",
        "Swanand", "Unmesh", "Vadiraj", "Varad", "Vedang",
    ], [
        "Abhyankar", "Aithal", "Alevoor", "Athavale", "Baliga", "Ballal", "Bhagwat", "Bhave",
        "Bidari", "Chiplunkar", "Damle", "Ekbote", "Gharpure", "Gudi", "Hardikar", "Hiremath",
        "Holla", "Hosmani", "Jathar", "Jog", "Karkala", "Kedlaya", "Kodkani", "Kolhatkar",
        "Manjrekar", "Mayya", "Mhaiskar", "Natu", "Navalgund", "Nayampally", "Pendse", "Phatak",
        "Rajwade", "Sardesai", "Shanbhag", "Sirsikar", "Sohoni", "Somayaji", "Tantri", "Tavargeri",
        "Umarji", "Upadhya", "Vaze", "Watve", "Yargatti",
    ]),
    "korean_auto": (2, [
        "Chanyeol", "Danbi", "Euntae", "Heejin", "Hyangsook", "Hyeonu", "Ilsun", "Jaesun", "Kwija",
        "Minseok", "Pilnyeo", "Pilsoo", "Sunboon", "Sunkyung", "Yangja",
    ], [
        "Auh", "Kyŏn", "Kyŏng", "Pyŏk", "Sobong", "Ŏ",
    ]),
    "chinese": (2, [
        "Enze", "Fangyuan", "Guanlin", "Haotian", "Jiarui", "Jinghan", "Junxi", "Keyi", "Lanxin",
        "Lingxi", "Luyao", "Mingyue", "Nuo", "Peixuan", "Peiyu", "Qianru", "Qinghe", "Qingyang",
        "Ruyi", "Shengnan", "Sitong", "Wanqing", "Weiran", "Xiangyu", "Xiaotong", "Xuanyi",
        "Yajie", "Yanxi", "Yaqi", "Yifan", "Yuanhang", "Yuening", "Yunxi", "Zhehan", "Zhengyang",
        "Zhuoran",
    ], [
        "Chuai", "Du", "Geu", "Huai", "Louey", "Ow", "Shuai", "Zu",
    ]),
    "arab_american": (1, [
        "Afnan", "Bisan", "Budour", "Doaa", "Hadil", "Ikram", "Izzat", "Jad", "Loai", "Mutaz",
        "Rakan", "Sewar", "Taima", "Wajih", "Wesam", "Yaser", "Zuheir",
    ], [
        "Abdeljaber", "Abushaban", "Abusway", "Alawneh", "Bataineh", "Bisharat", "Dweik",
        "Ereikat", "Faour", "Farraj", "Ghosheh", "Hamideh", "Jallad", "Kawar", "Lababidi",
        "Mheisen", "Naser", "Nimer", "Nuseibeh", "Qunaibi", "Qutob", "Shahrouri", "Shawwa",
        "Shihadeh", "Zaghloul",
    ]),
    "greek_old_south": (1, [
        "Apostolis", "Chrisoula", "Christakis", "Diamanto", "Efrosini", "Kleoniki", "Mitsos",
        "Nondas", "Panayota", "Paraskevoula", "Prokopios", "Socrates", "Taso", "Vassiliki",
    ], [
        "Anagnostakis", "Bakatsias", "Bellas", "Bouloukos", "Demetropoulos", "Dendrinos",
        "Fafalios", "Filippakis", "Galanakis", "Gialelis", "Giannakakis", "Hontzas", "Kalogridis",
        "Kanellis", "Karkazis", "Katechis", "Koikos", "Koutroumanis", "Kyriakakis", "Lazarakis",
        "Leventis", "Loukissas", "Mihalopoulos", "Nikas", "Nikolakakis", "Pantazopoulos",
        "Pappageorge", "Pashalidis", "Patsalis", "Proferes", "Sarris", "Tsimpides", "Tsolakis",
        "Tziotis", "Valaoritis", "Xanthakis", "Zafiris", "Zervoudakis",
    ]),
    "lebanese_old_south": (1, [
        "Afifeh", "Badih", "Bahia", "Daad", "Evelyne", "Gaby", "Kaisar", "Labibeh", "Latifeh",
        "Milad", "Wafic", "Youakim",
    ], [
        "Abisamra", "Abourezk", "Aboussie", "Attalla", "Attieh", "Baroody", "Chaoui", "Dabit",
        "Deep", "Esber", "Gebara", "Geha", "Kattar", "Kouri", "Koury", "Malouf", "Massad", "Nahra",
        "Qardahi", "Rouhana", "Safady", "Sawaya", "Shikany", "Tamoush", "Zakhem", "Zard",
    ]),
    "lumbee": (2, [
        "Aldene", "Arlester", "Breece", "Calvinia", "Dalphine", "Darcel", "Delora", "Delton",
        "Dorene", "Farlow", "Furnie", "Hollace", "Jennie", "Kerlie", "Noland", "Oressa",
        "Parthenia", "Semora", "Welford", "Yula", "Zannie",
    ], [
        "Blanks", "Brayboi", "Locklar", "Lockleer", "Lockler", "Loclear", "Oxendin", "Revell",
        "Revells", "Sanderlin", "Swet",
    ]),
    "eastern_band_cherokee": (1, [
        "Amoneeta", "Anawaga", "Aniwaya", "Ayasta", "Ewi", "Ganiyegi", "Guwisti", "Inoli", "Kamie",
        "Kanegwati", "Kanvtsi", "Kawoni", "Kody", "Nvya", "Osley", "Sakonige", "Saloli", "Sehoy",
        "Sequanota", "Tawodi", "Tsatsi", "Tsisdu", "Tsiyu", "Ugvwiyuhi", "Usdi", "Uwohali",
        "Wasseton", "Watie", "Wesa",
    ], [
        "Armachain", "Chiltoskie", "Cogdill", "Crowmocker", "Ducket", "Esquita", "Ewert", "Gloyne",
        "Jessan", "Kalonaheskie", "Kanott", "Lequire", "Lossie", "Lossih", "Mumblehead", "Nations",
        "Ollis", "Oosowee", "Raper", "Runningwolf", "Saloli", "Sawnook", "Skitty", "Stiles",
        "Teesatuskie", "Watty", "Wildcatt", "Yonaguska", "Younce",
    ]),
    "outer_banks": (1, [
        "Bannister", "Elzada", "Fenner", "Gaius", "Grizzel", "Jabez", "Keturah", "Orpah",
        "Rhodolphus", "Theophilus", "Tilman", "Urbane", "Zadoc", "Zophar",
    ], [
        "Ballance", "Basnight", "Bateman", "Bragg", "Burrus", "Cahoon", "Credle", "Creef", "Eborn",
        "Ehringhaus", "Fearing", "Foreman", "Garrish", "Gilgo", "Grandy", "Hayman", "Jennette",
        "Lennon", "Meekins", "Morrisette", "Quidley", "Rollinson", "Romine", "Roughton",
        "Sanderlin", "Sivills", "Stowe", "Styron", "Tarkington", "Tillet", "Tillett", "Twiford",
        "Umphlett", "Wahab", "Waterfield", "Wescott", "Whidbee",
    ]),
}  # fmt: skip

WORD_GIVEN = [
    "Saint", "Shad", "Tad", "Salvia",
]  # fmt: skip

WORD_FAMILY = [
    "Duet", "Liner", "Pontiff", "Husk", "Stocks", "Pinfold", "Newel", "Hoist", "Bugler", "Lute",
    "Pickerel", "Loach", "Capon", "Bantam", "Sailmaker", "Pullet",
]  # fmt: skip

NICKNAMES = [
    "Bay Bay", "Beb", "Bebop", "Bitty", "Bootie", "Bosun", "Cootie", "Flip", "Flounder", "Fluffy",
    "Fonz", "Gamecock", "Inky", "Loulou", "Mojo", "Pichouette", "Poupou", "Preacher", "Redbone",
    "Ruckus", "Scooby", "Snaps", "Sneaky", "Stubby", "Sweetums", "Tinkerbell", "Tricky",
]  # fmt: skip

STREETS = [
    "Baytree", "Behavior", "Bemiss", "Bigbee", "Bladen", "Bohicket", "Botany Bay",
    "Chickasawhatchee", "Chickasawhay", "Craven", "Dataw", "Dulamo", "Eulonia", "Folly", "Getwell",
    "Gillionville", "Gornto", "Ichawaynochaway", "Inglenook", "Inner Perimeter", "Issaqueena",
    "Jacksonboro", "Jehossee", "Kinchafoonee", "Laurens", "Lomb", "Lowndes", "Medgar Evers",
    "Metcalfe", "Midfield", "Millbranch", "Montevallo", "Muckalee", "Nonconnah", "Okatibbee",
    "Oktibbeha", "Parchman", "Parris Island", "Pleasantburg", "Polawana", "Powderly",
    "Radium Springs", "Raines", "Ribaut", "Riverchase", "Riverland", "Ruffner", "Secessionville",
    "Shuttlesworth", "Sidon", "Siwell", "Slappey", "Spring Flats", "Stateline", "Sucarnochee",
    "Tift", "Tippah", "Toogoodoo", "Tuscolameta", "Valleydale", "Vestavia", "Wappoo", "Willtown",
    "Wylam", "Yockanookany",
]  # fmt: skip

CITIES = [
    "Ailey", "Birdtown", "Blythewood", "Brookwood", "Buxton", "Byram", "Carrboro", "Cayce",
    "Chapin", "Clemson", "Cobbtown", "Collierville", "Corolla", "Doerun", "Enigma", "Epes",
    "Faunsdale", "Flowood", "Funston", "Fuquay-Varina", "Gallion", "Hartsfield", "Hatteras",
    "Hephzibah", "Hueytown", "Huntersville", "Irmo", "Irondale", "Kannapolis", "Knightdale",
    "Lugoff", "Manassas", "Manteo", "Meigs", "Millbrook", "Millington", "Morrisville",
    "Ochlocknee", "Ocracoke", "Omega", "Painttown", "Pavo", "Rhine", "Rodanthe", "Salvo",
    "Simpsonville", "Southaven", "Tarrant", "Taylors", "Uvalda", "Wanchese",
]  # fmt: skip

DOMAINS = [
    "126.com", "163.com", "atc.net", "bamacom.net", "blountsville.net", "cellularsouth.net",
    "chesnet.net", "chtc.net", "citcom.net", "cspire.com", "cvc.net", "hiwaay.net",
    "horrytelephone.net", "hotcom.net", "lexcominc.net", "mediacomcc.com", "mlec.net", "mta.net",
    "nwga.com", "oppcatv.net", "piedmontrural.net", "pineland.net", "plantersrec.net",
    "ruralbb.net", "sctc.net", "spectrum.net", "triad.rr.com", "wccfiber.com", "wcfiber.net",
]  # fmt: skip

# Trailer and mobile-home parks, for "Lot 12, Shellcracker MHP".
PARKS = ["Shellcracker", "Sunbelt", "Getwell", "Polawana", "Riverchase", "Sucarnochee"]  # fmt: skip
STAFF_DOMAINS = ["cahabamed.org", "tombigbeecare.org", "lowcountrycare.org", "wiregrasshealth.org",
                 "pocosinems.org", "yazoocare.org", "getwellrx.com", "piedmontunity.org"]  # fmt: skip

FAMILY_FIRST = {"vietnamese_gulf", "korean_auto", "chinese"}
DOUBLE_SURNAME = {"mexican", "guatemalan_maya", "honduran"}
DEGAR = "montagnard_degar"
GEN_SUFFIX = ["Jr", "Jr.", "Sr", "II", "III", "IV"]

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


def _degar_given(rng: random.Random, first: str) -> str:
    # Rhade and Jarai men's names take Y, women's H'; records keep or drop the prefix.
    return rng.choice([f"Y {first}", f"H'{first}", f"H' {first}", first])


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    roll = rng.random()
    if roll < 0.12:  # about one name in six is an ordinary English word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.17:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.5:
        other = rng.choice(lasts)
        if other != last and " " not in last + other:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if origin == DEGAR and rng.random() < 0.6:
        first = _degar_given(rng, first)
    if rng.random() < 0.2:  # typed without accents
        first, last = _fold(first) or first, _fold(last) or last
    return first, last


def person(rng: random.Random, _split: str = "blind17") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind17") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNOPRSTVWY")


def _given_part(first: str) -> str:
    parts = first.replace("H'", "H' ").split()
    return parts[-1].split("-")[0] if parts else first


def full_name(rng: random.Random, _split: str = "blind17") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
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
    if form < 0.66:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.76:
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
    if form < 0.95:
        return f"{first} {last[0]}."
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
    return _handle(_given_part(person(rng)[0])) or "cozetta"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "pettway"


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
    """A staff name as signatures carry it."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


def degar_name(rng: random.Random) -> str:
    _, firsts, lasts = ORIGINS[DEGAR]
    prefix = rng.choice(["Y ", "H'", "H' "])
    return f"{prefix}{rng.choice(firsts)} {rng.choice(lasts)}"


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("St", 8), ("Ave", 6), ("Rd", 9), ("Dr", 4), ("Ln", 3), ("Way", 1), ("Ct", 2),
            ("Hwy", 2), ("Street", 3), ("Road", 4), ("Avenue", 2), ("Blvd", 2), ("Cir", 2),
            ("Pkwy", 1), ("Loop", 1), ("Trl", 1), ("Pl", 1), ("Ext", 1)]  # fmt: skip
UNITS = ["Apt 4", "Apt. 2B", "Apt 11C", "Unit 6", "#3", "Lot 9", "Apt B", "Ste 104", "Apt 210",
         "Bldg 3 Apt 12", "Unit D", "Rm 7", "Apt 1A", "#14", "Trlr 2"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South ", "NE ", "SW "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 39999)), f"{rng.randint(100, 999)}-{rng.choice('AB')}",
                       f"{rng.randint(10, 999)}{rng.choice('AB')}", f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 4999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O BOX {n}"])


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(100, 9999)} County Road {rng.randint(1, 450)}", f"{rng.randint(100, 9999)} CR {rng.randint(1, 450)}",
        f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}", f"Rt {rng.randint(1, 5)} Box {rng.randint(1, 300)}",
        f"{rng.randint(100, 9999)} Hwy {rng.choice([80, 82, 14, 5, 61, 49, 17, 21, 301, 701, 74, 64, 19])}",
        f"{rng.randint(100, 9999)} Old US {rng.choice([17, 301, 80, 84, 41, 11])}", f"{rng.randint(100, 9999)} SC-{rng.randint(9, 462)}",
        f"{rng.randint(100, 9999)} NC {rng.randint(11, 904)}", f"{rng.randint(100, 9999)} GA-{rng.randint(3, 520)}",
        f"{rng.randint(10, 9999)} {rng.choice(STREETS)} Rd", f"{rng.randint(100, 999)} {rng.choice(STREETS)} Landing Rd",
    ])  # fmt: skip


def trailer_lot(rng: random.Random) -> str:
    return rng.choice([f"Lot {rng.randint(1, 90)} {rng.choice(PARKS)} MHP", f"Lot {rng.randint(1, 90)}, {rng.choice(PARKS)} Mobile Home Park",
                       f"{rng.choice(PARKS)} MHP Lot {rng.randint(1, 90)}", f"Trlr {rng.randint(1, 40)}, {street_line(rng)}"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions."""
    return rng.choice([f"{rng.choice(STREETS)} Rd", f"County Road {rng.randint(1, 450)}", f"{rng.choice(STREETS)}",
                       f"Hwy {rng.choice([80, 82, 14, 61, 49, 17, 21, 301, 74, 64])}", f"old {rng.choice([17, 84, 11, 41])}",
                       f"{rng.choice(STREETS)} Landing", f"CR {rng.randint(1, 450)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind17") -> str:
    kind = rng.random()
    if kind < 0.08:
        return po_box(rng)
    if kind < 0.2:
        return rural_route(rng)
    if kind < 0.25:
        return trailer_lot(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "blind17") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["AL", "MS", "GA", "SC", "NC", "TN", "Ala.", "Miss.", "Ga.", "S.C.", "N.C.", "Tenn.",
          "Alabama", "Mississippi", "Georgia", "South Carolina", "North Carolina", "al", "ms", "sc", "nc"]  # fmt: skip
_ZIP3 = ["350", "351", "352", "354", "357", "360", "361", "364", "365", "366", "367", "368", "380",
         "381", "386", "387", "389", "390", "391", "392", "395", "310", "313", "315", "316", "317",
         "304", "294", "295", "290", "291", "292", "293", "296", "299", "275", "276", "277", "282",
         "283", "284", "285", "272", "274", "279", "287", "289"]  # fmt: skip


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
_MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]  # fmt: skip


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1921, 1935)
        if pick < 0.2
        else rng.randint(1936, 2016)
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
        f"{y}.{m:02d}.{d:02d}", f"{ab}-{d:02d}-{y}",
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
    y, m, d = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('56')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999999):06d}",
        f"{m:02d}/{d:02d}/{y} {hh % 12 or 12}:{mi:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} -0500"


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
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.72:
        return age_number(rng)
    n = rng.randint(90, 101)
    if n == 100:
        return rng.choice(["a hundred", "one hundred"])
    if n == 101:
        return rng.choice(["a hundred and one", "one hundred one"])
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [205, 659, 256, 938, 334, 251, 601, 769, 662, 228, 901, 229, 478, 912, 706, 762, 803, 839,
         843, 854, 864, 704, 980, 919, 984, 336, 743, 910, 252, 828]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 999)}",
                       f"{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}/{b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def email(rng: random.Random, _split: str = "blind17") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "cozetta", _handle(last) or "pettway"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2010)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family", f"mama{f}{n}",
                        f"{f}{ln[:3]}{rng.randint(1, 9)}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "cozetta", _handle(last) or "pettway"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "blind17") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "cozetta", _handle(last) or "pettway"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2010)}", f"{f}.{ln}@ad", f"CORP\\{ln}{f[0]}"])  # fmt: skip


def url(rng: random.Random, _split: str = "blind17") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "cozetta", _handle(last) or "pettway"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/help-{f}-{ln}-with-medical-bills",
        f"https://www.caringbridge.org/site/{f}{ln}", f"https://www.tiktok.com/@{ln}{f}", f"https://weibo.com/u/{_digits(rng, 10)}",
        f"https://blog.naver.com/{f}{ln}", f"https://mychart.cahaba.example/visit/{_digits(rng, 8)}",
        f"https://fhir.blackbelt.example/r4/Patient/{_digits(rng, 7)}", f"https://{ln}{f}.wixsite.com/family",
        f"https://tele.lowcountry.example/join/{_letters(rng, 10, string.ascii_lowercase + string.digits)}",
        f"https://www.legacy.com/us/obituaries/name/{f}-{ln}-obituary", f"https://zalo.me/{_digits(rng, 10)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2600:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice([rng.randint(416, 424), rng.randint(425, 428), rng.randint(252, 260),
                    rng.randint(247, 251), rng.randint(237, 246), rng.randint(1, 899)])  # fmt: skip
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"Z{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"BH{_digits(rng, 7)}", _digits(rng, 7), f"00{_digits(rng, 7)}", f"E{_digits(rng, 8)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    # Alabama 13 digits, Georgia 12, South Carolina 10, North Carolina 9 and a letter, Mississippi 9.
    return rng.choice(
        [
            _digits(rng, 13),
            _digits(rng, 12),
            _digits(rng, 10),
            f"{_digits(rng, 9)}{_letters(rng, 1)}",
            _digits(rng, 9),
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", mbi(rng), medicaid_id(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 2)}", f"{_digits(rng, 11)}", f"U{_digits(rng, 8)}{_digits(rng, 2)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"V{_digits(rng, 9)}", f"GA{_digits(rng, 8)}", f"{_digits(rng, 6)}-{_digits(rng, 2)}"])  # fmt: skip


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
    # Alabama 7-8 digits, Georgia and South Carolina 9, North Carolina up to 12, Mississippi 9.
    return rng.choice(
        [_digits(rng, 7), _digits(rng, 8), _digits(rng, 9), _digits(rng, 12), f"0{_digits(rng, 8)}"]
    )


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), f"RN{_digits(rng, 6)}", f"MD.{_digits(rng, 5)}", drivers_license(rng),
                       f"E{_digits(rng, 6)}", f"P{_digits(rng, 5)}", f"NREMT {_letters(rng, 1)}{_digits(rng, 7)}",
                       f"{_digits(rng, 5)}-{_letters(rng, 2)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 67)}{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                       f"{_letters(rng, 3)}{_digits(rng, 3)}", f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 2)}{_digits(rng, 5)}"])  # fmt: skip


def boat(rng: random.Random) -> str:
    """A state boat registration or a USCG documentation number."""
    return rng.choice([f"{rng.choice(['MS', 'AL', 'LA'])} {_digits(rng, 4)} {_letters(rng, 2)}",
                       f"{rng.choice(['MS', 'AL', 'LA'])}-{_digits(rng, 4)}-{_letters(rng, 2)}", f"{rng.randint(500000, 1299999)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    r = rng.random()
    return vin(rng) if r < 0.45 else plate(rng) if r < 0.85 else boat(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return rng.choice([":", "-"]).join(_hex(rng, 2).upper() for _ in range(6))


def udi(rng: random.Random) -> str:
    return f"(01)0{_digits(rng, 13)}(17){_digits(rng, 6)}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN{_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
                       f"PJN{_digits(rng, 6)}H", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 10)}", f"RX{_digits(rng, 7)}", _digits(rng, 7), f"PA-{_digits(rng, 8)}",
                       f"TKT{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}", f"REF{_digits(rng, 9)}",
                       f"CASE-{_digits(rng, 6)}", f"W{_digits(rng, 8)}", f"ICN {_digits(rng, 13)}"])  # fmt: skip


def alien_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"A{_digits(rng, 9)}",
            f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"A{_digits(rng, 8)}",
        ]
    )


def tribal_id(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_digits(rng, 5)}",
            f"EBCI-{_digits(rng, 5)}",
            f"L{_digits(rng, 6)}",
            f"{_digits(rng, 3)}-{_digits(rng, 4)}",
        ]
    )


def sevis(rng: random.Random) -> str:
    return f"N{_digits(rng, 10)}"


def tracking(rng: random.Random) -> str:
    return rng.choice([f"1Z{_letters(rng, 3)}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 8)}", f"9400{_digits(rng, 18)}",
                       f"{_digits(rng, 12)}", f"9261{_digits(rng, 18)}"])  # fmt: skip


def run_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(2021, 2026)}-{_digits(rng, 6)}",
            f"R{_digits(rng, 8)}",
            f"PCR-{_digits(rng, 7)}",
            f"INC{_digits(rng, 9)}",
        ]
    )


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
    return rng.choice(
        [
            "200",
            "200",
            "200",
            "201",
            "204",
            "301",
            "400",
            "401",
            "403",
            "404",
            "409",
            "422",
            "500",
            "502",
            "504",
        ]
    )


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice([f"{hh:02d}:{mi:02d}:{ss:02d}", f"{hh:02d}{mi:02d}", f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
                       f"{hh % 12 or 12}{'a' if hh < 12 else 'p'}"])  # fmt: skip


def weekday(rng: random.Random) -> str:
    return rng.choice(
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Mon",
            "Tues",
            "Wed",
            "Thurs",
            "Fri",
        ]
    )


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 900000))


def queue(rng: random.Random) -> str:
    return rng.choice(["adt.inbound", "rx-mailorder", "ivr-es", "fax-in", "x12-837p", "tele-waiting-room", "ems-cad",
                       "portal-msg", "elig-270", "refill-auto", "interp-request"])  # fmt: skip


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
    "DEGAR": ("NAME", degar_name),
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
    "DL": ("LICENSE_NUMBER", drivers_license),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "BOAT": ("VEHICLE_ID", boat),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "UDI": ("DEVICE_ID", udi),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "ANUM": ("OTHER_ID", alien_number),
    "TRIBAL": ("OTHER_ID", tribal_id),
    "SEVIS": ("OTHER_ID", sevis),
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
    # Black Belt, Delta and Birmingham families
    "hey baby this {FIRST} from down in {CITY}, big mama {NAME} need her pressure pills refilled she out since {WDAY}",
    "madear {FIRST} {SURNAME} is {AGE} and she fell in the bathroom last night, we got her up but her hip hurting",
    "good morning nurse its {NAME}. my sugar was 312 this morning, dr {SURNAME} said text if it go over 300",
    "this is {FIRST} calling for my granddaddy {NAME} he {AGEN} and dont hear good so text me at {PHONE}",
    "can yall send the van to {STREET} {CITY} for my mama appt on {MD}, she cant do the steps",
    "my cousin {FIRST} been staying with us at {STREETLINE} since the storm took her roof",
    "reverend {SURNAME} from the church said the clinic bus come out to {CITY} on {WDAY}s is that still true",
    "tell {NICK} i said thank you for sitting with mama 🙏🏾🙏🏾",
    "its me {FIRST}!!! the one with the twins, {FIRST} and {FIRST}, they both got the fever now",
    "{FIRST}\nmy daddy medicine came to the wrong house, we at {STREET} not {STREETLINE}",
    "my husband {FIRST} {SURNAME} passed {DATE}. please stop calling the house for him",
    "auntie {FIRST} is {AGE} and she sharp as a tack but she cant see to read the letters yall send",
    "hi im {NAME} dob {USDATE}, i need my shot records for my job at the plant",
    "i called 3 times, my name is {LASTFIRST} and nobody call me back. {PHONE}",
    "who is {NAME}? i got a bill for {OTHER} and i never been to that office",
    "yes maam this {FIRST}. i stay on {ROAD} past the church, second house with the blue tarp",
    "we dont have a number on the house, its the trailer behind the store on {ROAD} in {CITY}",
    "paw paw {FIRST} is {AGEN} and refuse to go to the er lol what do i do",
    "my baby daddy {NAME} is not allowed to pick up {FIRST} from daycare or the clinic, can yall put that in her chart",
    "i am {FIRST}'s mama, she is 14, we need the sports physical before {MD}",
    "text my sister {FIRST} at {PHONE} if i dont answer, i work 3rd shift at the plant",
    "ok thank you {FIRST} you been a blessing 💜",
    "the medicaid lady said my id is {MEDICAID} but the pharmacy says no coverage",
    "is {STREET}, {CITY}, {STATE} {ZIP} still in yall area for the home health",
    "we moved!! new address {STREETLINE} {UNIT} {CITY} {ZIP}",
    "my son {FIRST} {SURNAME} jr got locked out the portal, his username is {USER}",
    # Gullah Geechee, Sea Islands, Lowcountry
    "hey dis {FIRST} from over {CITY}, e tell me fuh text oonuh bout muh pressure",
    "gran {FIRST} {SURNAME} is {AGEN} and she wont leave the island for the eye doctor, can somebody come to her",
    "we on {ROAD}, the dirt road by the praise house, the yellow trailer. ask for {FIRST}",
    "my granmama {NAME} born {LONGDATE} on {CITY}, we need her birth record for the heirs property lawyer",
    "tenkee for comin out tuh see muh daddy {FIRST}",
    "the ferry dont run sunday so {FIRST} cant make the appt {MD}",
    "please mail it to {POBOX} {CITY} SC {ZIP}, we dont get mail at the house",
    "cousin {FIRST} gonna carry me to {CITY} for the scan, her number {PHONE}",
    "this is {NAME}, i sell sweetgrass baskets on 17, can i get seen after 5",
    "my uncle {FIRST} {SURNAME} ({AGE}) need his oxygen tank swap, he at {STREET}",
    # White rural families
    "yall this is {FIRST} {SURNAME}, my mawmaw {FIRST} is {AGE} and took a spell after church",
    "hey its {NICK}, {FIRST}'s boy. daddy cut his hand on the hay baler, is urgent care open",
    "we live at {RURAL} {CITY}, gps sends people down the logging road so turn at the dollar general",
    "my wife {FIRST} needs her thyroid med, pharmacy in {CITY} closed. can it go to the one in {CITY}",
    "it's {FIRST}. {NAME} is my emergency contact now not my ex",
    "call me on the house phone {PHONE} cell service is bad out here",
    "i got a letter for {NAMEUP} about a past due bill, account {ACCOUNT}, that aint me thats my daddy",
    "bless yall, {FIRST} is home from the hospital and doing better",
    "my grandson {FIRST} plays ball at {CITY} high, can he get his physical {MD}",
    "i drive a truck so i need a early appt, dot medical card number {LICENSE}",
    "drivers license {DL} expired and the pharmacy wont give me the hydrocodone",
    # Cajun and Gulf families
    "mais cher, its {FIRST} {SURNAME}. my nonc {FIRST} is {AGEN} and got the sugar bad",
    "tante {FIRST} wants to know if her pills came in the mail, she at {STREET} {CITY}",
    "this {NICK} from the boat, we coming in {MD}, can i get my refill at the dock pharmacy",
    "parrain {FIRST} {SURNAME} fell off the dock at {CITY}, the ems took him",
    # Mexican, Guatemalan, Honduran
    "hola buenas tardes, soy {NAME}, trabajo en la planta de pollo en {CITY} y me cortó la mano",
    "mi esposo {FIRST} {SURNAME} tiene cita el {MD} pero no tenemos carro",
    "disculpe, mi mamá {FIRST} tiene {AGE} años y no quiere comer desde el {DATE}",
    "vivimos en {STREET} {CITY}, la casa blanca atras de la tienda mexicana",
    "mi nombre es {NAME} y mi fecha de nacimiento es {DATE}",
    "este es mi numero nuevo {PHONE}, el otro se me perdio",
    "señorita me puede mandar los papeles a {EMAIL}",
    "soy la hija de {NAME}, ella no habla ingles solo k'iche, necesita interprete",
    "maltyox, soy {FIRST} {SURNAME}. mi bebe {FIRST} nacio el {DATE} y necesita vacunas",
    "chjonte nurse, mi tio {FIRST} solo habla mam, el vive en {LOT}",
    "yuj diosal, my wife {FIRST} speak q'anjob'al only, i am {FIRST} her husband, call {PHONE}",
    "my boss at the plant is {NAME}, he say i need note for work {MD}",
    "mi carnet de medicaid es {MEDICAID} y el de mi hijo {FIRST} no llego",
    "mi numero de empleado es {OTHER} la enfermera de la planta dijo que les mande",
    "hola {FIRST}!! gracias por todo 😊😊",
    "buenas, {FIRST} aqui. mi hermana {NAME} se fue para {CITY}, la pueden ver alla?",
    "no tengo social, solo tengo el A number {ANUM} del asilo",
    "el doctor {SURNAME} dijo que regresara el {MD}, a que hora",
    "oiga la factura {ACCOUNT} no es mia, yo no estuve en el hospital",
    "vos sos la enfermera? soy {FIRST} de honduras, mi cipote {FIRST} tiene calentura",
    "hijole se me olvido, mi dirección es {STREETLINE} {UNIT}, {CITY} {STATE}",
    # Vietnamese shrimpers
    "chào cô, con là {FIRST}, ba con {NAME} {AGE} tuổi bị té trên tàu",
    "my dad {FIRST} is on the boat til {MD}, boat number {BOAT}, can the nurse call when he back",
    "dạ con cảm ơn. bà nội {FIRST} cần thuốc tiểu đường, địa chỉ {STREET} {CITY}",
    "ông {FIRST} hurt his back pulling nets, he only speak vietnamese, call me {FIRST} at {PHONE}",
    "the shrimp boat {BOAT} is my uncle {FIRST} {SURNAME}'s, he cut his leg bad on the winch",
    "em ơi cho chị hỏi, appointment của {NAME} là ngày {DATE} phải không",
    # Hmong, Degar, Karen, Burmese
    "nyob zoo, kuv yog {FIRST}. niam {FIRST} mob plab, she is {AGE}",
    "ua tsaug ntau, my father {NAME} will come {MD}, he farm chickens in {CITY}",
    "txiv {FIRST} {SURNAME} need the hmong interpreter not lao",
    "kkuh mơak, this is {DEGAR}, my mother {DEGAR} is sick, we live {STREET} {CITY}",
    "my name {DEGAR}, my english little, my son {FIRST} help me, call {PHONE}",
    "ta blu, i am {FIRST} {SURNAME}, karen people, my wife {FIRST} baby due {MD}",
    "mingalaba, {FIRST} here. my daughter {FIRST} need school shot form, dob {USDATE}",
    "my pu {FIRST} is {AGEN}, he from the camp, no birth paper, the resettlement office say dob {DATE}",
    "refugee case number {OTHER}, my family {SURNAME}, 6 people, we need the health screening",
    # Bhutanese Nepali, Congolese, Sudanese
    "namaste didi, my buwa {NAME} need refill, his dob {DATE}, dhanyabad",
    "aama {FIRST} is {AGE} and she fall in kitchen, we are in {CITY} near the temple",
    "hajurba {FIRST} {SURNAME} dont speak english, i am his grandson {FIRST}",
    "moyo, nudi {FIRST} {SURNAME}. mama {FIRST} udi ne fièvre since {WDAY}",
    "jambo, mimi ni {NAME}. mtoto wangu {FIRST} ana homa, we live {STREETLINE}",
    "matondo mingi, {FIRST} akeyi malamu sikoyo. ya mama {FIRST}",
    "yin ca leec, my name {NAME}, my grandmother {FIRST} is {AGEN}",
    "salam, ana {FIRST}. haboba {FIRST} {SURNAME} need the arabic doctor",
    "my mother {FIRST} {SURNAME} from south sudan, her dob on the paper is {ISODATE} but nobody really know",
    # Indian, Korean, Chinese, Arab, Greek, Lebanese
    "hi this is {NAME}, engineer at the plant in {CITY}. my wife {FIRST} needs an ob appt, we just moved from india",
    "namaskar, my aai {FIRST} is visiting on a b2 visa, can she be seen, passport name {NAMEUP}",
    "안녕하세요 this is {FIRST}. 할머니 {NAME} is {AGEN} and she is very dizzy",
    "my appa {FIRST} works at the plant in {CITY}, his insurance id {PLAN}",
    "hi i'm {FIRST} {SURNAME}, grad student at the university, sevis {SEVIS}, do you take the student plan",
    "谢谢 doctor. my mother {FIRST} visiting from china until {MD}, she needs blood pressure pills",
    "my advisor {NAME} said i should get the tb test before lab work",
    "salam, my teta {FIRST} is {AGE}, she lives with us at {STREETLINE}",
    "shukran, {FIRST} here, please send my dad {NAME} results to {EMAIL}",
    "yiayia {FIRST} {SURNAME} is {AGEN} and fell at the restaurant, she wont go to the hospital",
    "this is {FIRST} from the diner on {ROAD}, my papou {FIRST} needs his coumadin checked",
    "sitto {FIRST} turned {AGEN} on {MD} and wants to know if she needs the shingles shot",
    # Lumbee, Cherokee, Outer Banks
    "hey this {FIRST} {SURNAME} from {CITY}, my grandmomma {FIRST} is {AGE}",
    "my ihs number got messed up, tribal enrollment {TRIBAL}, name {NAME}",
    "osiyo, this is {FIRST}. elisi {FIRST} {SURNAME} needs her insulin from the pharmacy in {CITY}",
    "wado for calling back, my enrollment number is {TRIBAL} if you need it",
    "we out on {CITY}, the ferry is down again so {FIRST} cant make it {MD}",
    "daddy {FIRST} {SURNAME} is {AGEN}, still runs the bait shop, wont slow down",
    "im at {STREET} {CITY} NC {ZIP}, the storm washed the road out",
    # telehealth, mail order, EMS
    "the telehealth link you sent {URL} wont open on my phone",
    "video visit with dr {SURNAME} at {CLOCK} {MD}, whats the link again",
    "my mail order meds tracking {TRACK} says delivered but nothing at {STREET}",
    "pharmacy please ship to my daughter {FIRST} instead, {STREETLINE}, {CITY} {STATE} {ZIP}",
    "rx number {OTHER} is wrong strength, its supposed to be the 20",
    "the ambulance took my dad {NAME} to {CITY} last night, where is he now",
    "ems bill says run number {RUN}, we never called yall, that was our neighbor",
    "the medic that helped my mama was named {FIRST}, tell her thank you so much 😭",
]  # fmt: skip
CHAT += [
    # sign-offs, names alone, lists, possessives, objects
    "ok see yall thursday\n- {FIRST}",
    "thank u so much!!\n{NAME}",
    "love, {FIRST} & {FIRST}",
    "{NICK}",
    "{FIRST} {SURNAME}",
    "its {NICK} lol",
    "this is {FIRST}'s phone, she in the shower, she said tell u yes",
    "kids are {FIRST}, {FIRST}, {FIRST} and baby {FIRST}, all need flu shots",
    "please add {NAME} and {NAME} to my hipaa form",
    "i want {FIRST} to be able to get my results, not {FIRST}",
    "did yall see {FIRST} today? she said she had a appointment",
    "can you call {FIRST} {SURNAME}'s daughter, she the one handle his business",
    "i take care of {NAME} and {NAME}, both over 80, both on oxygen",
    "tell dr {SURNAME} that {FIRST} is throwing up again",
    "yes i brought {FIRST} home {MD} and she been sleeping ever since",
    "my kids dad {FIRST} can pick up but NOT his mama {FIRST}",
    "{FIRST} and me will be there at 9",
    "i drove {FIRST} to the er, they sent her home",
    "we lost {FIRST} {MD}, thank yall for everything you did for him",
    "sending this for {NAMEUP}",
    "morning!! {FIRST} checking in, bp 148/92 today",
    "hey {FIRST} its {FIRST} from the front desk at the plant",
    "happy birthday to my granny {FIRST}, {AGEN} today 🎂🎉",
    "mama {FIRST} turns {AGE} on {MD}, she wants to know if medicare covers the hearing aid",
    "gm, {FIRST} here, refill pls",
    "thx {FIRST}",
    "sorry wrong number this is {FIRST} not {FIRST}",
    "plz tell {WNAME} i need to reschedule",
    "my landlord {WNAME} wont fix the mold, can the dr write a letter",
    "the nurse named {WFIRST} was so sweet to my baby",
    "mr {WLAST} from the school called about {FIRST}'s asthma",
    "i work for {WLAST} farms, we need the heat stress form",
    "is dr {WLAST} still at the clinic in {CITY}",
    # addresses typed loosely
    "im at my sisters now {STREETLINE} by the car wash",
    "send it to {STREET} apt in the back",
    "2nd trailer on the left after you cross the tracks on {ROAD}",
    "address {STREET} {CITY} {ZIP} but the mailbox is on {ROAD}",
    "we in {LOT}, the one with the porch light",
    "new po box is {POBOX}, the post office in {CITY}",
    "im staying with my cousin in {CITY} till {MD}, her address {STREETLINE}",
    "at the motel on {ROAD} room 14 for now",
    "by the onion shed on {ROAD} outside {CITY}, farm housing number 3",
    "{RURAL}",
    "my address: {STREETUP}",
    "zip is {ZIP} not {ZIP}, they keep getting it wrong",
    "we live out in the county near {CITY}, {RURAL}",
    "moved from {CITY} to {CITY} {MONYEAR}",
    # identifiers
    "my ssn {SSN}",
    "last 4 of my social? its the whole thing {SSN} lol",
    "the lady asked for my social, its {SSN}, is that safe to send here",
    "member id {PLAN} group 40218",
    "my blue cross number {PLAN} and my wifes is {PLAN}",
    "medicare card says {MBI}",
    "medicaid # {MEDICAID}",
    "my mrn is {MRN} i think",
    "chart number {MRN} for {FIRST}",
    "acct {ACCOUNT} paid in full on {DATE}, why i still get a bill",
    "pay plan on acct # {ACCOUNT}, i can do 25 a month",
    "email me {EMAIL}",
    "my new email is {EMAIL} the old one got hacked",
    "cc my daughter {EMAIL} on everything",
    "fax it to my lawyer {FAX}",
    "the disability office fax is {FAX} attn {NAME}",
    "username {USER}",
    "locked out again, user is {USER}, tried from {IP}",
    "the portal says suspicious login from {IP} that wasnt me",
    "my cgm transmitter {DEVICE} wont pair",
    "pump serial {DEVICE} alarming occlusion",
    "the cpap number on the side is {DEVICE}",
    "the tablet yall gave for telehealth has imei {IMEI}",
    "my phone mac address {MAC} for the wifi at the clinic",
    "hearing aid box says {UDI}",
    "plate {PLATE} parked in the handicap spot, i got the placard",
    "my truck vin {VIN} for the wreck paperwork",
    "my boat reg {BOAT}, the coast guard brought me in",
    "my nursing license {LICENSE} for the employee health form",
    "npi for my home health nurse is {NPI}",
    "my A number is {ANUM}",
    "tracking # {TRACK}",
    "gofundme for mama {URL}",
    "here the link to my daddy obituary {URL}",
    "claim {OTHER} was denied why",
    "ticket {OTHER}, still no call back",
    # dates
    "my last period was {MD}",
    "due date {DATE}",
    "had the covid shot {DATE} and booster {DATE}",
    "he was born {LONGDATE}",
    "dob {USDATE}",
    "birthday is {DATE}",
    "surgery was {DAYTH}, stitches out when",
    "i was there {WDAY} {MD} and they said come back in 2 weeks",
    "been sick since {MD}",
    "appt on {DATE} at {CLOCK}? or was it {DATE}",
    # mixed run-ons
    "ok so {FIRST} took her meds at 8 then threw up at 9 do i give it again she weighs 32 lbs",
    "im {FIRST} {SURNAME} im {AGEN} years old and i aint never been this sick",
    "my name is {NAME} my birthday is {DATE} my phone is {PHONE} and i need a call back",
    "{FIRST} here 😩 the pharmacy on {ROAD} closed and my insulin at the one in {CITY}",
    "hey its {FIRST} again sorry to bug yall but mama {FIRST} still aint got her walker",
    "i got my step mama {NAME} at my house in {CITY} now her address change to {STREETLINE}",
    "this {FIRST} bout {FIRST} {SURNAME} jr, he 6 and got a rash all over 😟",
    "yall still need my daddy {NAME} dl {DL} for the transport form",
    "my brother in law {FIRST} hurt at the hog farm, a boar got him on the leg",
    "the boss man {NAME} at the poultry plant wont let me leave for the appointment",
    "{FIRST} from the tobacco farm, green tobacco sickness again, throwing up and dizzy",
    "i pick onions in {CITY}, h2a visa, my boss {FIRST} has my passport",
    "hello mr {SURNAME}, it is {FIRST}, the interpreter for the {SURNAME} family",
    "its {FIRST} the cna, {NAME} in rm 12 pulled out her iv again",
    "do i need to bring {FIRST}'s shot card and her medicaid card {MEDICAID}",
    "please dont call my work, call {PHONE} or email {EMAIL}",
    "i got {FIRST}'s results in the mail but they have {NAME}'s name on them!!",
    "nurse {FIRST} said text the on call number {PHONE} after 5",
    "pls send refill to the walgreens in {CITY} on {ROAD}",
    "grandma {FIRST} lives with me at {STREET}, {CITY}, she {AGE}",
    "we buried big daddy {FIRST} {SURNAME} {MD}, he was {AGEN}",
    "my mom {NAME} is in the nursing home in {CITY} since {MONYEAR}",
    "{FIRST}, {FIRST} and {NICK} all go to the same school in {CITY}",
    "got the call from {NAME} at the health dept about my tb test",
    "elder {SURNAME} from the kingdom hall will drive me",
    "pastor {FIRST} {SURNAME} said yall do free screenings at the church on {ROAD}",
    "the pa at the clinic {NAME} said i got pneumonia",
    "appt for {FIRST} {SURNAME} on {DATE} please cancel he in jail",
    "please release my records to {NAME} at {FAX}",
    "my pcp is dr {NAME} in {CITY}",
    "hi, {NAME} here. is {STREETLINE} the new clinic or the old one",
    "cuz {FIRST} got bit by a water moccasin at the pond out on {ROAD}",
    "she {AGEN} and still drives to {CITY} every sunday 🙄",
]  # fmt: skip
CHAT += [
    "happy mothers day to {FIRST} {SURNAME}, best nurse at the clinic ❤️",
    "{FIRST} said she gave the paper to {FIRST} but {FIRST} lost it",
    "the van driver {NICK} always on time, give him a raise",
    "ok {FIRST} 👍🏽",
    "my grandbaby {FIRST} {SURNAME} born {MD} at 4 lbs 11 oz, can she get the rsv shot",
    "mama said her name on the card is spelled {NAMEUP} not like yall got it",
]  # fmt: skip

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|CAHABA|RHAPSODY|BBCLIN|{HLTS}||ADT^A04^ADT_A01|{OTHER}|P|2.5.1\rEVN|A04|{HLTS}\rPID|1||{MRN}^^^CAHABA^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}^USA||{PHONE}",
    "PID|1||{MRN}^^^DELTA^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}^^^^^L~{LNUP}^{FNUP}^^^^^M||{HLDATE}|M||2054-5|{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}||{PHONE}^PRN^PH~{EMAIL}^NET^Internet",
    "NK1|1|{LNUP}^{FNUP}|GRD^Grandmother|{RURAL}^^{CITY}^{STATE}^{ZIP}|{PHONE}||EC",
    "NK1|2|{SURNAME}^{FIRST}^{MIDUP}|SON^Son|||{E164}",
    "PV1|1|E|ED^HALL3^B||||{NPI}^{LNUP}^{FNUP}^^^DR^MD|||EM||||7|||{NPI}^{LNUP}^{FNUP}|ER||{ACCOUNT}|MCD||||||||||||||||||||||||{HLTS}",
    "IN1|1|ALMCD|AL MEDICAID|ALABAMA MEDICAID AGENCY|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^AL^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|1|BCBS|00510|BLUE CROSS|||||GRP1180|||||||{LNUP}^{FNUP}^{MIDUP}|01|{HLDATE}|||||||||||||||||||{PLAN}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}|||{HLDATE}|F||SEL|{SSN}",
    "MSH|^~\\&|LAB|DELTAREG|||{HLTS}||ORU^R01|{REQID}|P|2.3\rPID|||{MRN}||{LNUP}^{FNUP}^^^MRS||{HLDATE}|F\rOBR|1||{OTHER}|HGBA1C^Hemoglobin A1c|||{HLTS}",
    "OBX|4|TX|NOTE||Called result to {LNUP}^{FNUP} (daughter) at {PHONE} on {HLDATE}||||||F",
    "SCH|{OTHER}|||||TELE^Telehealth video||30|MIN|^^30^{HLTS}|||||{NPI}^{LNUP}^{FNUP}^^^DR",
    "SIU^S12 rejected: AIL-3 'TELE-VIDEO' unknown for patient {MRN} ({LNUP}^{FNUP}) start {HLTS}",
    "RXA|0|1|{HLTS}|{HLTS}|140^Influenza, seasonal^CVX|0.5|mL||00^New record|{NPI}^{LNUP}^{FNUP}|^^^BLACKBELT-MOBILE||||{OTHER}|{ISODATE}|SKB",
    "VXU^V04 PID|1||{MRN}^^^IMMS^MR||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^^{CITY}^SC^{ZIP}\rNK1|1|{LNUP}^{FNUP}|MTH",
    "TXA|1|DS|TX|{HLTS}|{NPI}^{LNUP}^{FNUP}||||||{OTHER}||||||AU",
    "RXE|^^^{HLTS}^^R|00169-4132-12^INSULIN ASPART 100U/ML PEN|||||||||||{OTHER}||||{DEA}^{LNUP}^{FNUP}|||||||||||{STREETLINE}^^{CITY}^{STATE}^{ZIP}",
    "MRG|{MRN}^^^CAHABA^MR||{ACCOUNT}||||||{LNUP}^{FNUP}",
    "hl7-engine[{PIDN}] ERR ADT^A08 PID-7 '{HLDATE}' before 1900? patient {LNUP}^{FNUP} mrn {MRN}",
    "ACK^A01 MSA|AE|{OTHER}|PID-11.5 ZIP '{ZIP}' does not match city '{CITYUP}'",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","identifier":[{{"system":"urn:oid:2.16.840.1.113883.4.1","value":"{SSN}"}},{{"type":{{"text":"MRN"}},"value":"{MRN}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}","use":"mobile"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}],"communication":[{{"language":{{"text":"Hmong"}}}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}],"telecom":[{{"value":"{PHONE}"}}],"relationship":[{{"text":"grandmother"}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"payor":[{{"display":"Georgia Medicaid"}}],"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"suffix":["NP"]}}],"telecom":[{{"value":"{STAFFEMAIL}"}}]}}',
    '{{"resourceType":"Appointment","status":"booked","start":"{TS}","participant":[{{"actor":{{"display":"{NAME}"}}}},{{"actor":{{"display":"Dr. {DOC}"}}}}],"virtualService":{{"addressUrl":"{URL}"}}}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"patient":{{"reference":"Patient/{MRN}"}}}}',
    '{{"resourceType":"Bundle","type":"transaction","entry":[{{"resource":{{"resourceType":"Patient","name":[{{"text":"{NAMEUP}"}}],"birthDate":"{ISODATE}"}}}},{{"resource":{{"resourceType":"Encounter","period":{{"start":"{TS}"}}}}}}]}}',
    '{{"resourceType":"MedicationDispense","subject":{{"display":"{LASTFIRST}"}},"whenHandedOver":"{TS}","destination":{{"display":"{STREETLINE}, {CITY} {STATE}"}},"identifier":[{{"value":"{TRACK}"}}]}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE}&address-postalcode={ZIP} {STATUS} {MS}ms",
    "fhir-gw WARN $match returned 2 candidates for name={NAMEQ}&birthdate={ISODATE}; manual review queued as {OTHER}",
    # app events
    "level=info ts={TS} svc=portal evt=login_ok user={USER} src_ip={IP} mrn={MRN} mfa=sms",
    "level=warn ts={TS} svc=portal evt=login_fail user={USER} src_ip={IP} reason=locked attempts=6",
    'level=error ts={TS} svc=tele evt=session_drop patient="{NAME}" provider="{DOC}" room={REQID} jitter_ms={MS}',
    'ts={TS} app=tele evt=waiting_room_join pt_name="{NAME}" dob={ISODATE} device_ip={IP} browser=Safari/17 interp_lang=vie',
    'ts={TS} app=tele evt=interp_connected lang=mam interpreter_id={OTHER} patient_mrn={MRN}',
    '{{"ts":"{TS}","svc":"mailorder","evt":"shipment_created","rx":"{OTHER}","ship_to":"{NAME}","addr1":"{STREETLINE}","city":"{CITY}","zip":"{ZIP}","carrier":"UPS","tracking":"{TRACK}"}}',
    '{{"ts":"{TS}","svc":"mailorder","evt":"delivery_exception","tracking":"{TRACK}","reason":"address not found","addr":"{RURAL}","phone":"{E164}"}}',
    '{{"ts":"{TS}","svc":"mailorder","evt":"cold_chain_breach","rx":"{OTHER}","patient":"{LASTFIRST}","temp_max_c":14.2}}',
    '{{"level":"INFO","event":"address_verified","mrn":"{MRN}","input":"{STREET}","usps":"{STREETUP}","zip4":"{ZIPNINE}"}}',
    '{{"event":"portal_signup","email":"{EMAIL}","first":"{FIRST}","last":"{SURNAME}","dob":"{USDATE}","ip":"{IP}"}}',
    '{{"event":"proxy_access_granted","grantor_mrn":"{MRN}","proxy":"{NAME}","relationship":"daughter","by":"{USER}","at":"{TS}"}}',
    "audit {TS} user={USER} action=CHART_VIEW patient={MRN} name=\"{LASTFIRST}\" reason=break_glass ws={IP}",
    "audit {TS} user={USER} action=PRINT doc=AVS patient=\"{NAME}\" printer=BB-CLINIC-2",
    # web servers
    '{IP} - - [{CLFDATE}] "GET /portal/appointments?patient={NAMEQ}&dob={ISODATE} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (iPhone)"',
    '{IP} - {USER} [{CLFDATE}] "POST /api/v2/refill?rx={OTHER}&mrn={MRN} HTTP/2" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /tele/join?name={FNLOW}+{LNLOW}&email={EMAIL} HTTP/1.1" {STATUS} {BYTES} "-" "okhttp/4.12"',
    "{TS} W3SVC1 10.20.4.11 GET /billing/statement.aspx acct={ACCOUNT}&zip={ZIP} 443 {USER} {IP} Mozilla/5.0 {STATUS} 0 0 {MS}",
    "{TS} W3SVC2 GET /lookup/member memberId={PLAN}&lastName={LNLOW} 443 - {IP} {STATUS} {MS}",
    # traces and db errors
    'Traceback (most recent call last):\n  File "intake/address.py", line 88, in normalize\nValueError: cannot geocode "{STREET}, {CITY}" for patient {MRN}',
    "java.lang.IllegalStateException: duplicate MPI link {MRN} -> {MRN} for {NAMEUP} (dob {ISODATE})\n\tat org.bbh.mpi.Linker.merge(Linker.java:212)",
    "System.FormatException: String '{PHONE}' was not recognized as a valid phone for contact {NAME}.\n   at Billing.Contacts.Normalize(String raw)",
    "Msg 2627, Level 14, State 1: Violation of PRIMARY KEY constraint 'PK_Guarantor'. Cannot insert duplicate key in object 'dbo.Guarantor'. The duplicate key value is ({ACCOUNT}, {SSN}).",
    'ERROR:  duplicate key value violates unique constraint "patient_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    "ERROR:  invalid input syntax for type date: \"{DATE}\"\nCONTEXT:  COPY intake_staging, line 412, column dob (name {NAME})",
    "sqlalchemy.exc.IntegrityError: (psycopg.errors.NotNullViolation) null value in column \"zip\" for patient_id={MRN} city={CITY}",
    # X12 and NCPDP
    "ISA*00*          *00*          *ZZ*BBHS           *ZZ*ALMCD          *{HLDATE}*1200*^*00501*{OTHER}*0*P*:~GS*HS*BBHS*ALMCD*{HLDATE}",
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{MEDICAID}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*M~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "CLM*{ACCOUNT}*245.00***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*D9*{OTHER}~",
    "EB*1*IND*30**GA MEDICAID~NM1*IL*1*{LNUP}*{FNUP}~REF*SY*{SSN}~DTP*291*D8*{HLDATE}~",
    "CLP*{ACCOUNT}*4*310*0**MC*{OTHER}~NM1*QC*1*{LNUP}*{FNUP}****MI*{PLAN}~CAS*CO*45*310~",
    "NCPDP B1 resp=R rej=75 PA required rx={OTHER} cardholder={PLAN} patient={LNUP},{FNUP} dob={HLDATE}",
    "NCPDP D.0 claim: 302-C2={PLAN} 310-CA={FNUP} 311-CB={LNUP} 304-C4={HLDATE} 402-D2={OTHER} 411-DB={NPI}",
    # fax, IVR, telephony
    "faxsrv[{PIDN}]: RX_OK from={FAX} csid=\"{NAMEUP}\" pages=4 file=inbound/{HLDATE}_{LNLOW}_referral.pdf",
    "faxsrv: TX_FAIL to={FAX} attn=\"{NAME}\" reason=NO_CARRIER retries=3",
    "ivr {TS} call_id={REQID} ani={E164} lang=es menu=2.1 dob_entered={HLDATE} match_mrn={MRN}",
    "ivr {TS} call_id={REQID} ani={PHONE} caller_name=\"{NAMEUP}\" result=transfer queue={QUEUE}",
    'SIP/2.0 200 OK\r\nFrom: "{NAMEUP}" <sip:{E164}@pbx.bbhs.local>;tag={REQID}\r\nTo: <sip:nurse-line@pbx.bbhs.local>',
    "asterisk[{PIDN}]: VM saved mailbox 4410 from {E164} \"{NAME}\" duration=38s",
    "sms-gw {TS} out to={E164} tmpl=appt_es vars=nombre:{FIRST};fecha:{ISODATE};hora:{CLOCK} status=delivered",
    "sms-gw {TS} in from={E164} body=\"soy {FIRST}, no puedo ir el {MD}\"",
    # EMS CAD and NEMSIS
    "CAD {TS} INC {RUN} NATURE=FALL LOC=\"{STREETUP}, {CITYUP}\" CALLER={NAMEUP} CB={PHONE} UNIT=M12",
    "CAD {TS} INC {RUN} NATURE=CHEST PAIN XST=\"{ROAD}\" CALLER={NAMEUP} CB={PHONE} PRI=1 UNIT=M4 ENRT",
    "<ePatient.02>{SURNAME}</ePatient.02><ePatient.03>{FIRST}</ePatient.03><ePatient.05>{STREETLINE}</ePatient.05><ePatient.06>{CITY}</ePatient.06><ePatient.09>{ZIP}</ePatient.09><ePatient.17>{ISODATE}</ePatient.17>",
    "<eResponse.03>{RUN}</eResponse.03><eCrew.01>{LICENSE}</eCrew.01><eVehicle.01>{PLATE}</eVehicle.01><eTimes.03>{TS}</eTimes.03>",
    "ems-billing: run={RUN} pt=\"{LASTFIRST}\" mbi={MBI} miles=23.4 pickup=\"{RURAL}\" dest=Regional ED",
    "avl unit=M7 vin={VIN} heading=NE speed=61 ts={TS} crew_lead={USER}",
    # CSV rows and file names
    "{MRN},{LNUP},{FNUP},{ISODATE},{PHONE},{STREETLINE},{CITY},{STATE},{ZIP}",
    "{ISODATE},{LASTFIRST},{MEDICAID},PCP=Dr {SURNAME},risk=high,last_a1c=10.2",
    "\"{NAME}\",\"{EMAIL}\",\"{PHONE}\",\"opt_in\",\"{ISODATE}\"",
    "employee_id,name,dept,tb_read\n{OTHER},{NAME},evisceration,{ISODATE}",
    "uploaded scans/{HLDATE}/{LNLOW}_{FNLOW}_{MRN}_insurance_card.jpg size={BYTES}",
    "sftp put /outbound/ems/{RUN}_{LNLOW}.xml -> state repository ok",
    "archive: moved 'Referral - {NAME} - {DATE}.pdf' to /scans/2025",
    # queues and misc
    'kafka topic=adt.inbound partition=3 offset={PIDN} key={MRN} value={{"name":"{NAME}","dob":"{ISODATE}","zip":"{ZIP}"}}',
    'rabbitmq queue={QUEUE} msg={{"patient":"{LASTFIRST}","phone":"{E164}","lang":"kar","appt":"{TS}"}}',
    'sqs receive queue={QUEUE} body={{"rx":"{OTHER}","ship_to":"{STREET}","recipient":"{NAME}"}} attempts=2',
    "ldap: bind failed dn=uid={USER},ou=staff,dc=bbhs,dc=local from {IP}",
    "sso: saml assertion for {STAFFEMAIL} accepted, session {REQID}, ip {IP}",
    "mdm: device {IMEI} enrolled to {NAME} (tele-kit), mac {MAC}",
    "cgm-sync: transmitter {DEVICE} patient {MRN} last_upload={TS} gaps=3",
    "pump-cloud: serial {DEVICE} owner={USER} alarm=OCCLUSION at {TS}",
    "parking: plate={PLATE} validated for {NAME} clinic=wound-care",
    "interp-request {TS} lang=rhade patient=\"{DEGAR}\" mrn={MRN} requester={USER} status=unfilled",
    "interp-request {TS} lang=dinka patient={MRN} name=\"{NAME}\" vendor=video eta_min=12",
    "refugee-intake: a_number={ANUM} name=\"{NAME}\" arrival={ISODATE} agency=resettlement county={CITY}",
    "ihs-elig: tribal_id={TRIBAL} name={LASTFIRST} result=eligible pcc=EBCI-H",
    "student-health: sevis={SEVIS} name={NAMEUP} plan={PLAN} status=waiver_denied",
    "vessel-injury-report: vessel={BOAT} captain=\"{NAME}\" port={CITY} crew_member={NAME}",
    "notify: sending discharge summary to {STAFFEMAIL} for {NAME} ({MRN})",
]  # fmt: skip

NOTES = [
    # HPI, A/P, SOAP
    "HPI: {NAME} is a {AGE} y/o woman from {CITY} brought by her granddaughter {FIRST} for confusion x3 days. Lives alone on {ROAD}.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, poultry plant deboning line worker, presents with R hand numbness and a laceration sustained {MD}.",
    "S: Mr. {SURNAME} reports chest tightness when walking to the mailbox. O: BP 168/96, HR 88. A: uncontrolled HTN. P: add amlodipine 5 mg; RTC {MD}. -- {DOC}, MD",
    "A/P: T2DM, A1c 11.4. Insulin started. Daughter {NAME} will supervise injections. F/u telehealth {DATE}.",
    "CC: wound check. {FIRST} {SURNAME} is a {AGEN} yo male, retired sharecropper, with a stage 3 sacral ulcer. Wife {FIRST} is primary caregiver.",
    "HPI: 34 yo G4P3 from {CITY}, Q'anjob'al speaker via interpreter {NAME} (ID {OTHER}), LMP {DATE}, presents for first prenatal visit.",
    "Pt is a 52 yo shrimper seen {DATE} after winch injury aboard vessel {BOAT}; captain {NAME} brought him in.",
    "HPI: {NAME}, 19, Chinese graduate student (SEVIS {SEVIS}), with 2 weeks of cough; IGRA ordered per student health.",
    "Patient {NAME} (MRN {MRN}) seen for green tobacco sickness; works on a farm outside {CITY}; H-2A worker; employer contact {NAME} {PHONE}.",
    "Subjective: 'my pressure been high since my husband passed.' Husband {FIRST} died {MONYEAR}. Pt {NAME} lives with son at {STREET}.",
    "HPI: {DEGAR} is a 61 yo Rhade-speaking man living in {CITY}, interpreter by phone, c/o epigastric pain.",
    "Karen-speaking pt {FIRST} {SURNAME}, age 47, arrived {MONYEAR}; interpreter {FIRST} {SURNAME} present; refugee A# {ANUM}.",
    "HPI: Mrs. {SURNAME}, {AGEN}, from the Greek community, brought by son {FIRST}; fell at home {WDAY} {MD}.",
    "Reason for visit: hog farm worker with cough and wheeze. {NAME}, DOB {DATE}. Employer: {WLAST} Farms.",
    "Ms. {WLAST} is a 44 yo teacher in {CITY} seen for migraine follow-up.",
    "Pt {WNAME} presents for DOT physical; CDL {DL}.",
    "Pt {FIRST} {SURNAME} ({AGE} yo) with CHF; daughter {NAME} reports 6 lb weight gain since {MD}.",
    "HPI obtained from pt's nephew {NICK} (legal name {NAME}), who lives next door.",
    # telehealth
    "Telehealth (video) visit {DATE}. Patient {NAME} located at home, {STREETLINE}, {CITY} {STATE}; provider at the university campus. Consent verbal.",
    "Telehealth audio-only: video failed from IP {IP}. Identity confirmed with name {NAME} and DOB {USDATE}.",
    "Telepsychiatry note: pt {LASTFIRST} joined from the rural clinic in {CITY}; presenter {FIRST} {SURNAME}, LPN.",
    "Virtual visit link {URL} sent to {EMAIL}; pt joined late at {CLOCK}.",
    "Tele-stroke consult {TS}: {NAME}, {AGE} yo, LKW {CLOCK}; NIHSS 9. Spoke with wife {FIRST} at {PHONE}.",
    "Remote monitoring: BP cuff {DEVICE} transmits daily for {NAME}; readings reviewed by {DOC}, RN.",
    # EMS
    "EMS run {RUN}: Dispatched {TS} to {STREET}, {CITY} for fall. Found {AGEN} yo female supine on kitchen floor. Daughter {NAME} on scene.",
    "Narrative: M12 responded to {RURAL} (dirt drive, no house number, blue tarp). Pt {LASTFIRST} c/o chest pain. Transported to regional ED.",
    "Crew: {DOC}, EMT-P (NREMT {LICENSE}); {DOC}, EMT-B. Unit VIN {VIN}. Pt refused transport; refusal signed by {NAME}.",
    "EMS PCR addendum: pt's son {FIRST} {SURNAME} (callback {PHONE}) states pt is {AGEN} and on warfarin.",
    "Interfacility transfer from the Delta clinic to {CITY} for {NAME}, DOB {DATE}; report given to {FIRST} RN at {CLOCK}.",
    "MVC on Hwy 80 near {CITY}. Driver {NAME}, vehicle plate {PLATE}; airbag deployed; c-collar placed.",
    # pharmacy / mail-order
    "Mail-order pharmacy note: insulin shipped {DATE} via UPS {TRACK} to {STREETLINE}, {CITY} {STATE} {ZIP}; patient {NAME} notified at {PHONE}.",
    "Pharmacist call: spoke with {NAME} re: missed delivery; address corrected from {STREET} to {STREET}.",
    "Rx {OTHER} transferred to mail order for {LASTFIRST}; prescriber {DOC}, NPI {NPI}, DEA {DEA}.",
    "Cold-chain exception for Rx {OTHER} (patient {NAME}); replacement shipped overnight to {POBOX}, {CITY}.",
    "PA approved for {NAME}, plan ID {PLAN}, ref {OTHER}, through {DATE}.",
    # interpreter / social work
    "Interpreter: {NAME}, Spanish, ID {OTHER}, in person. Pt's preferred language is K'iche'; relay interpretation through cousin {FIRST}.",
    "Interpreter line used (Vietnamese), interpreter #{OTHER}. Pt {FIRST} {SURNAME} understood teach-back.",
    "Hmong interpreter {NAME} present; pt's son-in-law {FIRST} also present per family preference.",
    "Dinka interpreter by video, ID {OTHER}. Mother {FIRST} {SURNAME} provided history for child {FIRST}.",
    "SW note: pt {NAME} lives with 9 family members at {STREETLINE}, {CITY}; no car; referred to transportation. Contact: {NAME} {PHONE}.",
    "SW: Heirs' property dispute affecting pt's home on {ROAD}; pt {NAME} referred to legal aid. Nephew {FIRST} is POA.",
    "SW: Pt {FIRST} {SURNAME} is an unaccompanied minor sponsored by uncle {NAME}, {STREETLINE}, {CITY}; A# {ANUM}.",
    "Case management: Medicaid {MEDICAID} lapsed {MONYEAR}; reapplication submitted with pt {NAME}.",
    "CHW home visit {DATE}: {NAME} at {LOT}; smoke detector missing; referred.",
    # home health / OB / peds
    "Home health SOC {DATE}: {NAME}, {AGEN}, homebound; caregiver {NAME}; directions: {ROAD}, 2nd driveway past the church.",
    "Home health: wound vac serial {DEVICE} placed; pt {LASTFIRST}.",
    "OB: G2P1 {NAME}, EDD {DATE}; FOB {NAME}; plans delivery in {CITY}.",
    "L&D: baby girl {SURNAME} born {TS}, 3.1 kg; mother {NAME}; pediatrician Dr. {SURNAME}.",
    "Newborn: infant {FIRST} {SURNAME}, DOB {DATE}; mother {NAME} (MRN {MRN}); hep B given.",
    "Well child: {FIRST}, 4 yo, with grandmother {NAME} who has guardianship papers dated {DATE}.",
    "School nurse fax from {FAX} re: {FIRST} {SURNAME}, 9 yo, asthma action plan.",
    "Peds: sibs {FIRST}, {FIRST} and {FIRST} {SURNAME} seen together for refugee health screening, arrived {DATE}.",
    # discharge / hospital
    "Discharge summary: {NAME} admitted {DATE}, discharged {DATE} to home with son {FIRST} at {STREET}, {CITY}.",
    "Discharged to SNF in {CITY}; report called to {NAME}, RN, at {PHONE}; fax {FAX}.",
    "Family meeting: present were pt's daughters {FIRST} and {FIRST}, son {NAME}, and Rev. {SURNAME}. Pt is {AGEN}.",
    "Code status discussed with pt {NAME} ({AGE} yo) and HCPOA {NAME}; DNR signed {DATE}.",
    "Death pronounced {TS}. Family ({NAME}, {NAME}) at bedside. Funeral home notified.",
    "Handoff: rm 6 {SURNAME}, {AGEN} yo, NPO; wife {FIRST} at bedside, call {PHONE} w/ changes.",
    "ED note: pt {NAME} walked in from the onion packing shed in {CITY}; heat exhaustion; supervisor {NAME}.",
    "ED: dog bite, pt {NAME}, animal owned by neighbor {NAME} at {STREETLINE}; animal control notified.",
    "ED: snakebite (copperhead) R ankle. {NAME}, 23, from {CITY}. 12 vials CroFab.",
    "Trauma: {NAME} ejected from ATV on {ROAD}; family contact {NAME} {PHONE}.",
    # billing, registration, portal
    "Registration: name on Medicaid card {NAMEUP}; preferred name {FIRST}. SSN {SSN}. Address {STREETLINE} {UNIT}, {CITY} {STATE} {ZIP}.",
    "Registration: pt has no SSN; ITIN not provided; A# {ANUM} recorded. Phone {PHONE}.",
    "Billing: guarantor {NAME}, acct {ACCOUNT}, self-pay discount applied; payment plan 40/mo.",
    "Billing: claim {OTHER} denied CO-16; subscriber ID {PLAN} mismatched DOB {USDATE}.",
    "Financial counselor: {NAME} approved for charity care; household 7; employer poultry plant in {CITY}.",
    "Portal: proxy access granted to {NAME} for patient {NAME} ({AGEN}); username {USER}.",
    "Portal: account {USER} unlocked after identity verification (DOB {DATE}, last 4 SSN); email updated to {EMAIL}.",
    "Tribal: EBCI enrollment {TRIBAL} verified; PRC referral for {NAME}.",
    "Lumbee tribal ID {TRIBAL} on file for {NAME}; IHS eligibility pending.",
    "Employee health: {NAME}, badge {OTHER}, TB read 0 mm on {DATE}.",
    "Work comp: {NAME}, claim {OTHER}, employer {WLAST} Poultry; adjuster {NAME} {PHONE}.",
    "Records request from attorney {NAME}, fax {FAX}, for pt {NAME} DOB {DATE}; authorization on file.",
    "Release of information to {NAME}, {STREETLINE}, {CITY} {STATE} {ZIP}, per signed HIPAA form.",
    "Device: ICD serial {DEVICE}, model per card; remote monitoring enrolled for {NAME}.",
    "Hearing aid dispensed; UDI {UDI}; pt {NAME}.",
    "CPAP compliance download, device {DEVICE}, 6.1 h/night; pt {LASTFIRST}.",
    # signatures, cc, dictation, interpreter lines
    "Electronically signed by {DOC}, MD on {TS}",
    "Signed: {DOC}, FNP-C  {DATE} {CLOCK}",
    "cc: {DOC}, MD (PCP, {CITY}); {NAME} (daughter)",
    "cc: Dr. {SURNAME}; fax {FAX}",
    "Dictated by {DOC}, MD. Transcribed by {INITS} {DATE}. D: {DATE} T: {DATE}",
    "Dictated but not read. {DOC}, DO / {INITS}",
    "Interpreter: {NAME} (Nepali), ID {OTHER}, via video, {DATE} {CLOCK}",
    "Scribe attestation: I, {NAME}, scribed for Dr. {SURNAME} on {DATE}.",
    "Attending attestation: seen and examined with resident Dr. {NAME}. {DOC}, MD",
    "Note routed to {STAFFEMAIL} and {DOC}, LCSW.",
    "Cosigned {INITS} {USDATE}",
    "Chaplain {NAME} visited at family request; Pastor {SURNAME} of the family church also present.",
    # mixed
    "Pt {NAME} drove herself from {CITY}; car {PLATE} in lot B; keys with security.",
    "Pt's wife {WNAME} called {PHONE} asking for update; pt consented.",
    "Fall risk: pt {FIRST} {SURNAME}, {AGEN} yo; lives on {ROAD}; grandson {NICK} checks daily.",
    "Allergies: PCN (hives). Emergency contact: {NAME} ({PHONE}), alt {NAME} ({PHONE}).",
    "Advance directive on file dated {LONGDATE}; agent {NAME}, alternate {NAME}.",
    "Pt reports being born {DATE} in a refugee camp; documents list {ISODATE}.",
    "Vaccine: Tdap given {DATE}, lot per MAR; pt {NAME}; VIS given in Burmese.",
    "Pt {FIRST} {SURNAME} has no fixed address; mail to {POBOX}, {CITY}; phone {PHONE} (shared with sister {FIRST}).",
    "Lab: critical K 6.8 called to {DOC} by {INITS} at {CLOCK} {MD}.",
    "Pt ID band checked: {NAMEUP}, MRN {MRN}, DOB {USDATE}.",
    "Pt seen in church fellowship hall on {ROAD} during mobile screening; follow-up {MD} at {CITY} clinic.",
    "Outer Banks clinic: pt {NAME} came by ferry from {CITY}; next ferry {CLOCK}; f/u telehealth.",
    "Pt's pharmacy: mail order; backup pharmacy in {CITY}; pt {NAME}, {PHONE}.",
    "Wound care for pt {NAME} working at hog farm near {CITY}; tetanus last {MONYEAR}.",
    "Pt {NAME} is a Korean-speaking engineer at the auto plant; wife {FIRST} interpreted; insurance {PLAN}.",
    "Pt {NAME}, Marathi-speaking mother of engineer {NAME}, visiting until {DATE}; self-pay.",
    "Pt {NAME}, Sudanese Arabic; husband {FIRST} present; address {STREETLINE} {UNIT}, {CITY}.",
]  # fmt: skip

# Lines with no PHI at all. WORD_GIVEN and WORD_FAMILY words, nicknames and town names that are
# ordinary words appear here in their ordinary sense.
_PHI_FREE_CHAT = [
    "my sugar was 287 after supper and 140 this morning",
    "took 2 tylenol at 6 and its still throbbing",
    "can i take benadryl with the lisinopril",
    "the clinic bus come on tuesdays and thursdays right",
    "my bp 152/94 at the dollar general machine",
    "baby had 4 wet diapers today is that enough",
    "she is 6 months and rolling over now",
    "my granddaddy is 88 and still plants a garden every spring",
    "mama is 79 and on 11 pills a day",
    "i been coughing for 3 weeks, worse at night",
    "do i need to fast before the a1c",
    "how long do i wait after eating to check my sugar, 2 hours?",
    "is the pharmacy open saturday",
    "we had a duet at church sunday and i couldnt catch my breath singing",
    "the cruise liner job starts in june, do i need a physical",
    "the pontiff was on tv talking about refugees",
    "i got corn husk stuck in my eye at the farm",
    "the old church still has the stocks out front from slavery times, the kids learn about it",
    "the pinfold is where they kept stray cattle back in the day",
    "the newel post on the stairs came loose and i grabbed it when i fell",
    "they used a hoist to get daddy in the tub",
    "my son plays the bugle and the bugler at the funeral did taps",
    "she plays the lute in the college ensemble",
    "caught a pickerel and a loach at the pond, both tiny",
    "we raise bantam chickens and sell the eggs",
    "a capon is a rooster they fix, my grandaddy raised them",
    "the sailmaker shop by the harbor closed",
    "the pullet eggs are small but good",
    "she a saint for taking care of her mama",
    "the shad run is in march on the river",
    "my chest a tad tight after the stairs",
    "i planted salvia for the hummingbirds",
    "fish fry friday if the weather hold",
    "the ferry runs every 2 hours in winter",
    "the storm knocked the power out for 3 days",
    "it was 104 in the onion field today",
    "the plant line speed went up and my wrists hurt",
    "we had a salvo of thunder all night, nobody slept",
    "its an enigma why my sugar high in the morning",
    "he takes omega 3 fish oil, is that ok with the blood thinner",
    "the kids flip out when they see the needle",
    "my cat is fluffy and i think im allergic",
    "that sneaky virus came back",
    "tricky to give a toddler eye drops",
    "my toes are stubby and the shoes rub",
    "the preacher prayed over me before the surgery",
    "the snaps on the baby onesie broke",
    "i lost my mojo since the stroke",
    "just a itty bitty cut but it wont quit bleeding",
    "inky black stool since yesterday, is that the iron",
    "the redbone coonhound bit my hand",
    "she got cootie catcher paper thing from school lol",
    "ramadan starts soon, can i take my metformin at night",
    "we fast for lent, no meat wednesday and friday",
    "tet is coming and the family is all home",
    "the hmong new year is in november",
    "my mama only speaks gullah and some english",
    "im from guatemala, i speak mam and a little spanish",
    "we came from the camp in thailand in 2009",
    "he speaks nepali and dzongkha",
    "i speak lingala and french, english little",
    "we left sudan in 2003",
    "the interpreter line had no karen today",
    "can the telehealth work on a flip phone",
    "mail order takes 10 days, i have 3 pills left",
    "the ambulance took 40 minutes to get out here",
    "gracias, la medicina me ayudó mucho",
    "cảm ơn bác sĩ nhiều lắm",
    "ua tsaug ntau",
    "감사합니다",
    "谢谢医生",
    "shukran ya doctor",
    "dhanyabad",
    "osiyo, wado",
    "merci beaucoup",
    "asante sana",
    "tenkee",
    "👍🏾",
    "ok",
    "yes maam",
    "on my way",
]
_PHI_FREE_NOTE = [
    "BP 146/88, HR 92, RR 18, T 98.9 F, SpO2 95% RA",
    "Wt 94.2 kg, Ht 172 cm, BMI 31.8",
    "A1c 9.6% (prior 8.8%); LDL 131 mg/dL; eGFR 52",
    "Na 131, K 5.4, Cl 99, CO2 21, BUN 38, Cr 2.1, Glu 312",
    "Hgb 9.1, MCV 71, ferritin 6; start ferrous sulfate 325 mg daily",
    "Dx: E11.65, I10, N18.3, Z79.4; CPT 99214, 95251",
    "ICD-10 T63.061A (copperhead envenomation); CroFab 6 vials x2",
    "ICD-10 T65.891A green tobacco sickness; IV fluids 2 L",
    "ICD-10 S61.411A laceration R hand; 6 sutures 4-0 nylon",
    "LOINC 4548-4 HbA1c; LOINC 2160-0 creatinine; LOINC 718-7 hemoglobin",
    "CPT 99441 telephone E/M; G2012 virtual check-in; modifier 95",
    "HCPCS A0427 ALS1 emergency; A0425 ground mileage x 23",
    "lisinopril 20 mg daily, amlodipine 10 mg daily, chlorthalidone 25 mg daily",
    "insulin glargine 28 units qhs; insulin lispro 6 units with meals",
    "warfarin 5 mg M/W/F, 2.5 mg other days; INR goal 2-3",
    "metformin 1000 mg bid; empagliflozin 10 mg daily",
    "albuterol HFA 2 puffs q4-6h prn; fluticasone 110 mcg 2 puffs bid",
    "ceftriaxone 1 g IM x1; azithromycin 1 g po x1",
    "IGRA positive; CXR clear; start rifampin 600 mg daily x 4 months",
    "sickle cell disease (HbSS); hydroxyurea 1000 mg daily",
    "hx of Bell's palsy 2014; Guillain-Barre 2019, recovered",
    "Parkinson's disease, Hoehn and Yahr stage 2",
    "Crohn's disease; Kawasaki disease as a child",
    "Down syndrome with hypothyroidism",
    "Alzheimer's dementia, MoCA 17/30",
    "Hashimoto's thyroiditis; TSH 7.9",
    "Cushing's syndrome ruled out; dexamethasone suppression test normal",
    "Virchow's triad discussed; Wells score 2",
    "Apgars 8 and 9; birth weight 3.2 kg",
    "G3P2, 28 weeks by LMP; fundal height 27 cm",
    "83 yo M with COPD on 2 L home O2",
    "67 yo F with ESRD on HD MWF",
    "45 yo M poultry worker with carpal tunnel",
    "patient is 72 and lives with her son",
    "symptoms for 5 days; worse over the last 48 hours",
    "follow up in 2 weeks, sooner if fever over 101",
    "return Monday for wound check",
    "diagnosed in 2008; CABG in 2016",
    "smoked 1 ppd x 30 years, quit 2012",
    "works 10-hour shifts on the evisceration line",
    "farmworker; pesticide exposure denied; wears gloves",
    "lives 45 minutes from nearest pharmacy",
    "telehealth via tablet; connection stable",
    "interpreter used for entire visit (Karen, phone)",
    "interpreter used (Rhade) via video; teach-back completed",
    "pt prefers Vietnamese; daughter declined to interpret",
    "patient declined flu vaccine",
    "PHQ-9 score 14; GAD-7 score 11",
    "NIHSS 4 on arrival, 2 at 24 hours",
    "GCS 15, pupils equal and reactive",
    "EMS: 12-lead shows ST elevation II, III, aVF; aspirin 324 mg chewed",
    "EMS: glucose 38 mg/dL; D10 250 mL IV; recheck 112",
    "EMS: naloxone 4 mg IN with response",
    "ferry delay; ambulance held at the dock 50 minutes",
    "salvia divinorum use denied",
    "corn husk foreign body removed from L conjunctiva",
    "hoist used for transfer; 2-person assist",
    "the pontiff's visit was on the waiting room tv",
    "pt is a bugler in the VFW honor guard",
    "pt's hobby: building a sailboat; sailmaker course",
    "newel post injury: fell on stairs at home",
    "raises bantam chickens and pullets; no bird flu exposure",
    "Omega-3 acid ethyl esters 2 g bid",
    "ate shad roe last week; no allergic symptoms",
    "pt lost savings when stocks fell; financial counseling offered",
]
_PHI_FREE_LOG = [
    "level=info svc=portal evt=health_check status=ok ms=9",
    "level=warn svc=fax evt=queue_depth value=37",
    "GET /healthz 200 2ms",
    "POST /api/v2/vitals 201 74ms",
    "nginx: worker process 7 exited on signal 9",
    "celery: 18 tasks in queue rx-mailorder",
    "pg: autovacuum of table claim_835 done in 4.2s",
    "ERROR: deadlock detected on relation shipment_event",
    "java.lang.OutOfMemoryError: GC overhead limit exceeded",
    "Traceback: TimeoutError in fhir_client.search after 30s",
    "MSA|AA|",
    "MSH|^~\\&|LAB|DELTAREG|||||ORU^R01||P|2.5.1",
    "OBX|1|NM|4548-4^HbA1c^LN||9.6|%|4.0-5.6|H|||F",
    "OBX|2|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.1|H|||F",
    "OBX|3|NM|718-7^Hemoglobin^LN||9.1|g/dL|12.0-15.5|L|||F",
    "SVC*HC:99214*180*112.4**1~CAS*CO*45*67.6~",
    "EB*1*IND*30**ALABAMA MEDICAID~",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":146,"unit":"mm[Hg]"}}',
    '{"event":"tele_room_created","provider_count":1,"codec":"vp8","region":"us-east"}',
    '{"svc":"mailorder","evt":"batch_closed","packages":412,"cold_chain":38}',
    "ivr: menu=3 lang=vi selections=2 avg_wait_s=41",
    "sms-gw: 2304 reminders sent, 17 failed (carrier)",
    "CAD: unit M7 available at station 3",
    "CAD: 14 calls in last hour, 3 priority 1",
    "sftp: 0 files in /outbound/ems",
    "kafka consumer lag=0 topic=adt.inbound",
    "ldap: pool size 8 active 3",
    "cron: eligibility_270 finished rows=9120 errors=0",
    "nginx: upstream timed out (110) while reading response header",
    "System.NullReferenceException at Scheduling.Tele.Slots.Build()",
]
PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG
