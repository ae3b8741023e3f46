"""The "tune10" split: a tenth tuning set, for a West Coast and Mountain West integrated health
system, written without looking at the engine, its tests, its benchmark code or its output.

Only the data files were read to write it (generate.py, templates.py, values.py, tune4.py and
tune5.py, for the interface and the annotation conventions) and pyproject.toml for the lint rules.
The redaction engine was never opened or run. The other data modules were imported, in a throwaway
script outside the repository, only to collect their value pools for the overlap check below; their
templates were not read.

It models a system with clinics and hospitals in California, Oregon, Washington, Nevada, Arizona,
Utah and Colorado. Chat is its patient portal and SMS: lowercase, typos, emoji, Spanish, Tagalog,
Vietnamese, Chinese, Korean, Punjabi, Russian, Navajo, Samoan, Tongan and Hawaiian greetings mixed
in, relatives named in passing with or without a cue, nicknames, names that are ordinary words,
sign-offs. Logs are its IT: key=value lines, JSON, HL7 v2 (MSH, PID, NK1, PV1, IN1, GT1, OBR, ORC,
RXE, MRG), FHIR resources and searches, CSV exports, access logs, stack traces, Celery, Kafka, SQS and
RabbitMQ messages, SSO (Okta, Azure AD, SAML, LDAP), fax, pharmacy (NCPDP, PDMP), lab, imaging
(DICOM), X12 270/271/837 segments, call-centre and IVR events. Notes are its clinicians': HPI, A&P,
ED, consults, OB, paediatrics, behavioural health, PT and OT, pharmacy, home health, letters,
signature and cc lines, family and social history naming relatives, registration blocks. PHI_FREE
holds lines of the three kinds with no identifier: vitals, doses, tapers, labs, scores, codes,
eponyms, ages under 90, weekdays, months and years alone, durations, drug and device models,
versions, technical ids with no person, role-only mentions, and ordinary words that this split also
uses as names or places ("gravel", "wart", "elbow", "latte", "drain", "sisters", "leap", "look").

Names come from 57 origins weighted like a West Coast metro: Mexican (with Nahuatl given names),
Salvadoran, Guatemalan Maya, Andean Quechua, Filipino, Filipino Chinese, Mandarin, Taishanese,
Chinese Indonesian (Dutch-era spellings), Vietnamese, Korean, Japanese and Okinawan, North Indian,
Punjabi Sikh (Kaur or Singh as an initial), Pakistani, Bangladeshi, Nepali-Bhutanese, Iranian,
Armenian, Russian (with patronymics), Ukrainian, Romanian, Ethiopian, Eritrean, Somali (given,
father's and grandfather's names), South Sudanese, Congolese, Samoan, Tongan, Native Hawaiian (with
the okina), Chamorro, Fijian and Indo-Fijian, Navajo, Hopi, Apache and Ute, Plateau and Northwest
Coast tribes, Mormon pioneer Anglo, Basque, Portuguese and Azorean, Italian, Irish, German and
Mennonite, Scandinavian, Dutch, Greek, Ashkenazi and Persian Jewish, African American, Afghan, Iraqi
and Chaldean, Yemeni, Thai, Lao, Mien, Cambodian, Burmese and Karen (no family name),
Indonesian, and given and family names that are ordinary English or clinical words (an eighth of
the draws by weight; with the word-name slots about a sixth of NAME spans). Family-first order, double Hispanic
surnames, hyphenated and compound names, middle initials, suffixes, quoted nicknames, upper-case
"LAST, FIRST" and typed-without-accents forms all occur.

No given name, family name, nickname, street name, city or e-mail domain here is in the pools of
values.py (with the Faker names it draws for both of its splits), templates.py, any other module in
this directory (blind to blind10, tune2 to tune9, and tune11 if present), or Faker's en_US first
and last name lists: every word was checked with a small script after folding accents and case.
Particles (de, la, van, al, bin, Ó, Mac, Ní, ...), generic address words (Calle, Camino, Via,
Paseo, Avenida, St, Rd, Hwy, ...) and top-level domains were exempt.

Annotation follows tune4.py and tune5.py: a state is not scored; titles (Dr., Mrs., bishop,
elder), credentials (MD, RN, PharmD) and a possessive "'s" stay outside the NAME; in HL7, X12 and
DICOM each name component (family, given, middle) is its own NAME; initials standing for a person
are a NAME; a weekday or clock time beside a date stays outside the DATE, while a whole ISO, HL7 or
logging timestamp is one DATE; a year, month or weekday alone is not PHI; only ages over 89 are
AGE_OVER_89. A few slots carry non-PHI filler (request ids, latencies, clock times, status codes);
their label is None.
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
    "mexican": (9, [
        "Sanjuana", "Yoltzin", "Tlaloc", "Cuitláhuac", "Itzcóatl", "Ilhuicamina", "Atzin",
        "Ehécatl", "Iztli", "Meztli", "Anayancy", "Itzamara", "Vianey", "Alejandrina", "Demetria",
    ], [
        "Múgica", "Urquidez", "Elizarraraz", "Ibarría", "Becerril", "Cabriales", "Gamiño",
        "Pasillas", "Arellanes", "Bermea", "Maytorena", "Pesqueira", "Urquijo", "Castañón",
        "Gastélum", "Meléndrez", "Borbón", "Fimbres", "Laborín", "Moroyoqui", "Zamorano",
    ]),
    "salvadoran": (3, [
        "Ebelin", "Belky", "Gudiel", "Ledis", "Udiel",
    ], [
        "Castañón", "Borbón", "Zamorano", "Camey", "Gamiño",
    ]),
    "guatemalan_maya": (2, [
        "Sheyla", "Rigoberta", "Nehemías", "Nimajay", "Wuqub", "Xnaqataj", "Ajkem",
        "Ixchumil", "Jakeline",
    ], [
        "Cotzajay", "Pocón", "Yaxón", "Chiquival", "Queché", "Julajuj", "Quiacaín",
        "Camey", "Guarcax", "Tecum",
    ]),
    "andean": (1, [
        "Marleni", "Justiniano", "Sumaq", "Yupay", "Pachacútec", "Saturnina", "Ydelsa",
    ], [
        "Illanes", "Aucaylle", "Ccolque", "Quillahuaman", "Usca", "Ayme", "Cjuro", "Huayhua",
        "Llacta", "Quisuruco", "Tupa", "Cusihuaman", "Sutta", "Ccopa", "Huarancca",
    ]),
    "filipino": (5, [
        "Ruel", "Marvic", "Malou", "Nimfa", "Wengie", "Bodjie", "Nonito", "Yoyong",
        "Marikit", "Ulan", "Baby",
    ], [
        "Ebarle", "Baclig", "Labuguen", "Cabugos", "Dagdagan", "Jaucian", "Puno", "Querubin",
        "Sumang", "Umipig", "Abesamis", "Cawaling", "Javellana", "Lantin", "Nalundasan", "Ongpin",
        "Sagisag", "Tanjuatco", "Villafuerte",
    ]),
    "mandarin": (3, [
        "Kaixuan", "Xiumei", "Yihan", "Jinxi", "Ruize", "Shuhui", "Huiying", "Wenxiu",
    ], [
        "Ao", "Wanyan", "Shentu", "Puyang", "Chunyu", "Helian",
    ]),
    "taishanese": (2, [
        "Gum", "Fook", "Hoy", "Foon", "Fon", "Hoong", "Quai", "Bick", "Jook", "Mew",
    ], [
        "Loo", "Look", "Auyoung",
    ]),
    "vietnamese": (4, [
        "Nhài", "Vân", "Triết", "Vui", "Chắc", "Êm", "Ngọt", "Mướp", "Quýt", "Ổi",
    ], [
        "Đỗ", "Mạc", "Văn", "Ô", "La", "Lã",     ]),
    "korean": (3, [
        "Byung-chul", "Seungheon", "Dohyeon", "Yunseo", "Hyeonwoo", "Dayeon", "Soyul", "Yeseo",
        "Jiyul", "Hayul", "Ihyun", "Taeyun", "Malsun", "Jeomrye", "Geumsun", "Bunyi",
    ], [
        "Beom", "Chegal", "Eogeum", "Gukgang", "Hwangmok", "Mangjeol", "Dokko", "Kyeon",
        "Nae",
    ]),
    "japanese": (2, [
        "Masayo", "Shunsuke", "Koharu", "Itsuki", "Minato", "Asahi",
    ], [
        "Morioka", "Nishioka", "Hayashida", "Hirokawa", "Kageyama", "Machida", "Shiratori",
        "Heshiki", "Nagamine",
    ]),
    "north_indian": (2, [
        "Alok", "Shweta", "Rajeev", "Ritika", "Sumit",
    ], [
        "Bhargava", "Chandel", "Lohia", "Mehrotra", "Rawat", "Chadha", "Gulati", "Makhija",
    ]),
    # Sikh names: a Kaur or Singh is written as an initial.
    "punjabi_sikh": (3, [
        "Amrik", "Gurbaksh", "Hargobind", "Jaskirat", "Manveer", "Sehajpreet", "Tarandeep",
        "Ushmeet", "Vikramjit", "Bachittar", "Hakam", "Ishar", "Joginder", "Ajmer",
        "Dilbag", "Malkiat", "Piara",
    ], [
        "Sandher", "Vaid", "Heir", "Khangura", "Nandha", "Pooni", "Kandola", "Mattu",
        "Bhogal", "Dhatt", "Jagpal",
    ]),
    "pakistani": (1, [
        "Asim", "Fareeha",
    ], [
        "Mengal", "Piracha",
    ]),
    "bangladeshi": (1, [
        "Sumon", "Mithu", "Ahsan", "Bappy", "Lutfun", "Mamun", "Anisul",
    ], [
        "Rabbani",     ]),
    "nepali_bhutanese": (1, [
        "Budhi", "Chet", "Sher", "Tul",
    ], [
        "Paudyal", "Tumbapo", "Mizar",
    ]),
    "iranian": (3, [
        "Anoushiravan", "Bardia", "Golshifteh", "Khashayar", "Hushang", "Shideh", "Sudabeh",
        "Turan",
    ], [
        "Zarrin", "Moghaddam", "Abtahi", "Banisadr", "Chamran", "Dastmalchi", "Forouhar",
        "Hakakian", "Oskouei", "Ghaznavi", "Yaghoubi", "Zanganeh", "Eshaghian", "Larijani",
        "Mottaghi", "Nasseri", "Qajar",
    ]),
    "armenian": (3, [
        "Arpi", "Sako", "Azat", "Gegham", "Khoren", "Arusyak", "Bagrat", "Haykanush",
        "Mamikon", "Parandzem", "Smbat", "Vachagan", "Yeghishe", "Khachik", "Meruzhan", "Shushanik",
        "Varazdat",
    ], [
        "Alaverdyan", "Asatryan", "Balasanyan", "Ohanyan", "Stepanyan", "Aivazian", "Gulesserian",
        "Injeyan", "Nercessian", "Sarafian", "Apkarian", "Karagozian", "Shirinian",
    ]),
    "russian": (2, [
        "Matvey", "Feofan", "Foma", "Luka", "Yevdokiya", "Fevronia", "Yefrosinya",
    ], [
        "Mironov", "Bespalov", "Chernyshev", "Dementyev", "Fomin", "Lapin", "Merkulov", "Samsonov",
        "Trofimov", "Zuyev", "Rogov", "Sharapov",
    ]),
    "ukrainian": (2, [
        "Lukiyan", "Radomyr", "Olesia", "Hordiy", "Yavdokha", "Motria",
    ], [
        "Boychuk", "Lutsyk", "Nychyporuk", "Prystupa", "Vakarchuk", "Zabolotny",
        "Fedyshyn", "Horbatiuk", "Mykytiuk", "Sheremeta", "Hutsul",
    ]),
    "romanian": (1, [
        "Nicolae", "Liviu", "Brândușa", "Flavius", "Gelu", "Horia", "Sânziana", "Tiberiu",
        "Valerică", "Doinița", "Fănel",
    ], [
        "Marinescu", "Tudose", "Bucur", "Epure", "Fierăscu", "Ghiță", "Manole", "Nedelcu",
    ]),
    "ethiopian": (1, [
        "Gizachew", "Alganesh", "Amsale", "Banchiamlak", "Haimanot", "Kelemework", "Mulunesh",
        "Tenagne", "Zenebech", "Dagim", "Girum", "Leul", "Mikias", "Surafel", "Ashenafi",
        "Endalkachew",
    ], [
        "Fikadu", "Gudeta", "Abdissa", "Dessalegn", "Wolderufael", "Asrat", "Chekol", "Fentaw",
        "Jemberu",
    ]),
    "eritrean": (1, [
        "Hiwet", "Mizan", "Kesete", "Medhanie", "Temesgen",
    ], [
        "Okbay", "Russom", "Debesai", "Estifanos", "Kahsai", "Mesfun", "Okubamichael", "Sebhatu",
        "Teklemariam", "Fesshaye", "Mengesha",
    ]),
    "somali": (2, [
        "Cawaale", "Dhuuxo", "Fartuun", "Hareed", "Jimcaale", "Khalif", "Siyaad", "Bootaan",
    ], [
        "Diriye", "Bulle", "Guuleed", "Muuse", "Salaad", "Waayeel",
    ]),
    "south_sudanese": (1, [
        "Achan", "Adau", "Agot", "Alek", "Amou", "Ayak", "Nyaruot", "Abiei", "Aleu", "Kur", "Manut",
        "Mayom",
    ], [
        "Achiek", "Akot", "Alier", "Anei", "Atem", "Monyjok", "Nyuon", "Reech", "Malith",
    ]),
    "congolese": (1, [
        "Nzigire", "Yalala", "Aimerance", "Nyota", "Tshala", "Walumona", "Bulonza",
    ], [
        "Chishugi", "Sefu", "Wembo", "Musasa", "Lufungula", "Basila", "Bazirake",
        "Cizungu", "Mukanya", "Nsiala",
    ]),
    "samoan": (2, [
        "Talia", "Fuaga", "Afioga", "Sialoa", "Teuila", "Manaia", "Soifua", "Tanielu", "Iosua",
        "Vaelupe",
    ], [
        "Fiso", "Mafuta", "Masina", "Toala", "Apulu", "Lemanu", "Luamanu", "Tuilaepa", "Vaitoa",
        "Galuvao", "Lemusu", "Paepule", "Poutoa", "Sapatu", "Suafoa", "Uiagalelei", "Aiolupotea",
        "Tuaolo",
    ]),
    "tongan": (1, [
        "Sililo", "Fekitoa", "Pasina", "Latai", "Loseline", "Tupoumalohi",
    ], [
        "Taumoepeau", "Ulufonua", "Kahoa", "Pulupaki", "Ahio", "Faiva", "Pale", "Vete", "Taukolo",
        "Mahoni", "Veikune",
    ]),
    "hawaiian": (1, [
        "Kanoelani", "Ka\u02bbena", "Malulani", "Pōmaika\u02bbi", "Kahōkū", "Ke\u02bbalohilani",
    ], [
        "Apaka", "Kaholokula", "Kalani\u02bbopu\u02bbu", "Kama\u02bbe", "Kauwila", "Keli\u02bbikoa", "Ku\u02bbikahi",
        "Pukahi", "Pua\u02bba", "Waiwai\u02bbole", "Ka\u02bbakimaka",
    ]),
    "chamorro": (1, [
        "Ursulina", "Dolorita", "Purificacion", "Presentacion",
    ], [
        "Dydasco", "Pinaula", "Aguigui", "Farfan", "Gogue", "Laguana", "Yanger",
    ]),
    "fijian": (1, [
        "Eroni", "Jone", "Maika", "Vilisi", "Ravinesh", "Anjeshni", "Ronil", "Shivnesh", "Praneel",
        "Ashneel",
    ], [
        "Ratuvou", "Tuisawau", "Nakarawa", "Vunibaka", "Raikadroka", "Vakatawa", "Goundar",
    ]),
    "navajo": (2, [
        "Tsézhin", "Jádí", "Tóbah", "Ałtsé", "Bééhózin",
    ], [
        "Becenti", "Kinlichee", "Belone", "Hatathlie", "Kescoli", "Kinsel", "Denetdale",
        "Kellywood", "Tsinnajinnie", "Whitethorne", "Yellowfeather",
    ]),
    "hopi": (1, [
        "Tocho", "Kuwanyauma", "Lomayesva", "Nampeyo", "Qötsvenma", "Sikyatala", "Honvantewa",
    ], [
        "Sakiestewa", "Quochytewa", "Dashee", "Talashoma", "Pooyouma", "Tawaquaptewa", "Kewanyama",
        "Sakhomenewa", "Pongyayesva", "Talasmeptewa",
    ]),
    "apache_ute": (1, [
        "Dahteste", "Ishton", "Siki", "Sahale", "Tsaye",
    ], [
        "Pailzote", "Ethelbah", "Goclanney", "Kaytoggy", "Tortice", "Cuch", "Chapoose", "Tabbee",
        "Wopsock", "Pinnecoose", "Atwine",
    ]),
    "plateau_native": (1, [
        "Kateri", "Shanoa",
    ], [
        "Sohappy", "Shippentower", "Wallahee", "Tomaskin", "Eneas", "Umtuch", "Wallulatum",
        "Queahpama", "Heemsah", "Tulee", "Smiscon", "Kuneki", "Cultee",
    ]),
    "mormon_pioneer": (4, [
        "Parley", "Orson", "Brigham", "Hyrum", "DeLoy", "LaDawn", "Moroni", "Nephi", "Zina",
        "Emmeline", "Zebedee", "Wilford", "Bathsheba", "Thurl", "LaVar", "Lorin", "Karlee",
        "Kambree", "Saydee",
    ], [
        "Udall", "Huntsman", "Eyring", "Uchtdorf", "Lyman", "Wirthlin", "Monson", "Rasband",
        "Stucki", "Hafen", "Bushman", "Nebeker", "Skousen", "Wardle", "Hales", "Heaton", "Bybee",
    ]),
    "basque": (1, [
        "Koldo", "Gorka", "Xabier", "Nerea", "Ander", "Arantxa", "Edurne", "Joseba", "Josu",
        "Idoia", "Begoña",
    ], [
        "Etcheverry", "Arrizabalaga", "Zubiri", "Urquiaga", "Laxalt", "Bengoechea", "Uriarte",
        "Ithurralde", "Goñi", "Larrañaga", "Erquiaga", "Basagoitia", "Olabarria", "Barrenechea",
        "Yturbide", "Aldecoa", "Gorostiaga", "Iriondo", "Legarreta",
    ]),
    "portuguese": (1, [
        "Albano", "Emídio", "Deolindo", "Piedade", "Mariazinha", "Zeca", "Tónio",
    ], [
        "Brasil", "Alvernaz", "Noia", "Nóia",
    ]),
    "italian": (2, [
        "Raffaella", "Ludovica", "Gianluca",
    ], [
        "Abruzzese", "Bacigalupi", "Cardinale", "DeMartini", "Dondero", "Figone", "Ghirardelli",
        "Lagomarsino", "Scarpulla", "Sbarboro", "Traverso", "Baciocco", "Cuneo", "Mondavi",
        "Passalacqua", "Perata", "Sangiacomo", "Vanucci",
    ]),
    "irish": (2, [
        "Bláthín", "Toirealach", "Beibhinn", "Muirgheal", "Ciarmhac", "Pádraigín",
    ], [
        "Mulvaney", "Brannigan", "Greaney", "Ó Briosáin", "Ó Fearghail", "Mac Fhlannchadha",
        "Ó Dubhghaill",
    ]),
    "german_mennonite": (2, [
        "Erdmute", "Jutta", "Klothilde", "Mechthild", "Notburga", "Traudl", "Uwe", "Winfried",
        "Annegret", "Dietlinde", "Isolde",
    ], [
        "Brauer", "Dreher", "Haberman", "Reifschneider", "Weidenbach", "Dyck", "Bauerle",
        "Dinkelacker", "Frankenberger", "Leinweber", "Messerschmidt", "Nussbaumer", "Schlotterbeck",
        "Trautwein", "Unverzagt", "Ziegenhagen", "Epp", "Funk",
    ]),
    "scandinavian": (2, [
        "Eskil", "Birgit", "Bjarne", "Eilif", "Finnbogi", "Gjermund", "Kjellaug", "Steinar",
        "Ulrikke", "Vebjorn", "Brynhild", "Eirik", "Gudmund", "Kolbjorn", "Tormod", "Aud",
        "Herborg",
    ], [
        "Dahlberg", "Moen", "Ylvisaker", "Lokken", "Aalgaard", "Dyrud", "Gjerde", "Ingebretsen",
        "Mjelde", "Oien", "Rekdal", "Tvedt", "Vatne", "Folkestad", "Kleppe", "Opheim", "Rolfsrud",
    ]),
    "dutch": (1, [
        "Aagje", "Bram", "Dirkje", "Geesje", "Hielke", "Minke", "Nynke", "Oebele", "Sytske",
        "Gerben", "Jildou",
    ], [
        "Vanderveen", "Hoogland", "Vermeulen", "Haringa", "Kingma", "Miedema", "Oosterhof",
        "Hiemstra", "Koopmans", "Lautenbach", "Pruim", "Stroosma", "Van Dellen", "Wolterink",
        "Zuidema",
    ]),
    "greek": (1, [
        "Evanthia", "Garyfallia", "Lampros", "Margaritis", "Panteleimon", "Aristea",
    ], [
        "Bakopoulos", "Dimitrakopoulos", "Fragakis", "Ntokas", "Vardakis",
    ]),
    "ashkenazi_persian_jewish": (2, [
        "Alter", "Berel", "Dvora", "Sender", "Breindel", "Frumet", "Yocheved",
    ], [
        "Feinstein", "Katzenberg", "Lowenstein", "Sassoon", "Elyashar", "Aarons", "Bernfeld",
        "Cohn", "Dreyfuss", "Glickman", "Himmelfarb", "Oppenheim", "Rabinovich",
        "Spektor", "Tenenbaum", "Vishniac", "Wolfsohn", "Yudkin",
    ]),
    "african_american": (5, [
        "Deonte", "Marvell", "Zykia", "Traquan", "Zavier", "Oneka", "Wyteria",         "Jakobie", "Ladamian", "Montravious", "Raquavis", "Xzavion", "Zyquan", "Taquana",
        "Shakeria", "Nyzir", "Jamesetta",
    ], [
        "McGowan", "Huggins", "Leake", "Spratling", "Sermons", "Dingle",
        "Nuckles",
    ]),
    "afghan": (1, [
        "Farishta", "Nasrullah", "Ahmadshah", "Hikmatullah", "Ihsanullah", "Torpekai",
        "Zhwandai",
    ], [
        "Amarkhel", "Khpalwak", "Niazai", "Qarizada", "Rasooli",
    ]),
    "iraqi_chaldean": (2, [
        "Dhuha", "Madlen", "Shlemun", "Enlil", "Ninwe", "Akhi", "Eshaya", "Hormis", "Kharrat",
    ], [
        "Kallabat", "Giliana", "Gorgees", "Kashat", "Loussia", "Nissan", "Qasha", "Rayis", "Shaba",
        "Tomina", "Attisha", "Bacall", "Cholagh", "Dallo", "Gappy", "Jabiro", "Manna",
    ]),
    "yemeni": (1, [
        "Ezzaddin", "Labeeb", "Sadeq", "Waheeb",
    ], [
        "Almuntaser", "Obad", "Hezam",
    ]),
    "thai": (1, [
        "Sompong", "Chanida", "Pranee", "Suchart", "Wirat", "Lamai",
    ], [
        "Charoenkul", "Kittikun", "Saengthong", "Intharaksa", "Chantawong", "Sriwongsa", "Yodsuwan",
    ]),
    "lao": (1, [
        "Phonsavan", "Thongdy", "Amphone", "Douangchanh", "Malivanh", "Noukanh", "Vongphet",
        "Bouakham", "Phetsavanh", "Onkeo",
    ], [
        "Bounpraseuth", "Kittiphanh", "Latsavong", "Norasingh", "Vixaysak", "Boualaphanh",
        "Chounlamany", "Sayasith", "Vannasy",
    ]),
    "mien": (1, [
        "Meuy", "Fouo", "Guey", "Kouei", "Nai", "Kae",
    ], [
        "Saechao", "Saelee", "Saephan", "Saefong", "Saetern", "Saechin", "Saeteurn", "Saelio",
        "Saeyang",
    ]),
    "cambodian": (1, [
        "Savoeun", "Davy", "Ponleu", "Tevy", "Nary", "Pheakdey", "Rathanak", "Vibol", "Leap",
        "Molyka",
    ], [
        "Hak", "Choeun", "Em", "Uch", "Nhek", "Phy", "Suon", "Yann",
    ]),
    # Burmese and Karen names have no family name: a name is a run of syllables.
    "burmese_karen": (1, [
        "Zayar", "Thura", "Wunna", "Nyi", "Sabai",     ], [
        "Hta", "Sone", "Chit", "Pwint", "Phoo",
    ]),
    "indonesian": (1, [
        "Endang", "Nyoman", "Puspita", "Bagas", "Gilang", "Kadek", "Nengah", "Rizky", "Taufik",
        "Wahyuni", "Ardi", "Dwi", "Catur",
    ], [
        "Tanoto", "Rahardjo", "Sugiarto", "Wirawan", "Setiadi", "Kartika", "Tanujaya", "Gunadi",
        "Hadinata", "Iskandar", "Jayadi", "Kurniadi", "Lesmana", "Mulyadi", "Pranoto", "Rusli",
        "Sasmita", "Utomo", "Winarto", "Yuwono", "Effendi", "Hermawan", "Sanjaya", "Hadiwijaya",
    ]),
    # Given and family names that are also ordinary English (or clinical) words.
    "word_names": (14, [
        "Gravel", "Lichen", "Squall", "Equinox", "Orbit", "Tumble", "Mochi", "Tofu", "Worship",
        "Cheery", "Latte", "Espresso", "Waffles", "Mayor", "Baby",
    ], [
        "Longbottom", "Stitch", "Chill", "Shiver", "Blister", "Colder", "Spleen", "Knuckle",
        "Ankle", "Heartsease", "Gauze", "Splint", "Death", "Grave", "Cast", "Sling", "Nerve",
        "Rivet", "Doors", "Elbow", "Tonsil", "Kneecap", "Scalpel", "Bedside",
        "Cheeseman", "Summerfield", "Silverthorn", "Waterhouse", "Goodrich", "Mannerly", "Sinus",
        "Gland", "Wart",
    ]),
    "filipino_chinese": (1, [
        "Ruel", "Marvic", "Malou", "Nimfa", "Wengie", "Bodjie", "Nonito", "Yoyong",
        "Marikit", "Xiumei", "Shuhui", "Huiying",
    ], [
        "Cojuangco", "Yuchengco", "Tanco", "Sycip", "Tiongco", "Dytoc", "Coyiuto", "Gokongwei",
    ]),
    # Chinese Indonesians' Dutch-era spellings.
    "indonesian_chinese": (1, [
        "Anjar", "Cahya", "Gilang", "Lestiani", "Purnama",
    ], [
        "Oey", "Tjhin", "Kho", "Goei", "Tjia", "Lauw", "Njoo", "Thung", "Tjandra", "Tedjo",
    ]),
}  # fmt: skip

FAMILY_FIRST = {"mandarin", "taishanese", "korean", "vietnamese", "cambodian", "japanese"}
# Russian and Ukrainian middle names are patronymics.
PATRONYMICS = ["Anatolyevna", "Gennadyevich", "Vsevolodovna", "Arkadyevich", "Rodionovna",
               "Timofeyevich", "Matveyevna", "Valentinovich"]  # fmt: skip
NO_FAMILY = {"burmese_karen"}
PATRONYMIC = {"ethiopian", "eritrean", "somali"}  # a father's (and grandfather's) given name
PARTICLES = {"de", "del", "la", "las", "los", "van", "von", "der", "den", "al", "el", "y", "da",
             "dos", "das", "do", "di", "ba", "bin", "o", "mac", "mc", "ni"}  # fmt: skip

# Nicknames and names people go by.
NICKNAMES = [
    "Tolik", "Gizmo", "Mijo", "Memín", "Chenchito", "Toñito", "Chelito", "Güerita",     "Jonjon", "Dudut", "Shasha", "Lyoha", "Vitya", "Seryozha", "Masha", "Sveta", "Kostya", "Zhora",
    "Yura", "Pasha", "Sóc", "Ốc", "Doudou", "Beibei", "Xiaobao", "Maknae", "Keiki", "Chunky",
]  # fmt: skip

# Words also used as names here; the clean lines use them as ordinary words.
WORD_GIVEN = ORIGINS["word_names"][1]
WORD_FAMILY = ORIGINS["word_names"][2]

GEN_SUFFIX = ["Jr", "Sr", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "\u0131": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
                       "Ø": "O", "æ": "ae", "œ": "oe", "\u02bb": "", "Ó": "O"})  # fmt: skip


def _fold(text: str) -> str:
    """Drop accents and the Hawaiian okina; keep ASCII letters, digits, spaces and marks."""
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


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if origin in ("mexican", "salvadoran", "guatemalan_maya", "andean") and rng.random() < 0.3:
        other = rng.choice(lasts)
        if other != last and " " not in last + other:  # paternal and maternal surnames
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    elif origin == "punjabi_sikh" and rng.random() < 0.4:
        last = f"{rng.choice('KS')}. {last}"  # Kaur or Singh as an initial
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune10") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune10") -> str:
    last = person(rng)[1]
    return last[3:] if last[1:3] == ". " else last


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune10") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in NO_FAMILY:
        return f"{first} {last}"
    if origin in PATRONYMIC and form < 0.3:
        grand = _given_part(rng.choice(ORIGINS[origin][1]))
        return f"{first} {last} {grand}" if origin == "somali" else f"{first} {last}"
    if origin in ("russian", "ukrainian") and form < 0.15:
        return f"{first} {rng.choice(PATRONYMICS)} {last}"
    if origin in FAMILY_FIRST and form < 0.35:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if form < 0.30:
        return f"{first} {last}"
    if form < 0.35:
        return f"{first} {mid}. {last}"
    if form < 0.40:
        middle_name = _given_part(rng.choice(ORIGINS[origin][1]))
        return f"{first} {middle_name} {last}" if middle_name != first else f"{first} {last}"
    if form < 0.48:
        return f"{last}, {first}"
    if form < 0.52:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.55:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.59:
        return f"{first} {last}".upper()
    if form < 0.62:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.76:
        return first
    if form < 0.80:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.83:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.87:
        return f"{first} {mid} {last}"
    if form < 0.91:
        return f"{_given_part(first)} {last}"
    if form < 0.95:
        return f"{last} {first}"
    return f"{last},{first}"


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([
        f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
        f"{_fold(last).upper()},{_fold(first).upper()}", f"{_fold(last).upper()}, {_fold(first).upper()} {mid}",
    ])  # fmt: skip


def name_upper(rng: random.Random) -> str:
    first, last = person(rng)
    return f"{_fold(first)} {_fold(last)}".upper()


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(surname(rng)).upper()


def middle(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return _initial(rng)
    return _given_part(rng.choice(ORIGINS[_origin(rng)][1]))


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(person(rng)[0]) or "heber"


def last_lower(rng: random.Random) -> str:
    return _handle(surname(rng)) or "saechao"


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.5 else person(rng)[0]
    last = word_last(rng)
    return rng.choice([f"{first} {last}"] * 3 + [f"{last}, {first}", f"{first[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a}. {b}."])


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Siskiyou", "Wasatch", "Uinta", "Kaibab", "Coconino", "Mohave", "Washoe", "Chetco", "Santiam",
    "Deschutes", "Snoqualmie", "Stillaguamish", "Tualatin", "Clackamas", "Multnomah", "Pepperwood",
    "Cañada", "Zinfandel", "Riesling", "Pinot", "Sauvignon", "Muscat", "Tempranillo", "Kalapuya",
    "Tillicum", "Skookum", "Potlatch", "Klahowya", "Steens", "Wallowa", "Ochoco", "Malheur",
    "Cerrillos", "Tohono", "Pima", "Bonneville", "Timpanogos", "Kolob", "Uncompahgre", "Pikes Peak",
    "Sangre de Cristo", "Summerlin", "Tropicana", "Lake City", "Firestone", "Clairemont", "Genesee",
    "International", "Taraval", "Tully", "Stockdale", "Ashlan", "Kings Canyon", "Folsom", "Watt",
]  # fmt: skip
SUFFIXES = [("St", 9), ("Ave", 8), ("Rd", 5), ("Dr", 5), ("Ln", 3), ("Blvd", 4), ("Ct", 3),
            ("Way", 4), ("Pl", 2), ("Cir", 2), ("Ter", 1), ("Pkwy", 1), ("Trl", 1), ("Loop", 1),
            ("Street", 3), ("Avenue", 2), ("Road", 2), ("Drive", 2), ("Lane", 1), ("Court", 1),
            ("Boulevard", 1), ("Vista", 1), ("Hwy", 1)]  # fmt: skip
SPANISH_PREFIX = ["Calle", "Camino", "Via", "Paseo", "Avenida", "Calle de", "Camino del"]
UNITS = ["Apt 3", "Apt. 114", "Unit 7C", "Ste 220", "Suite 1410", "#318", "# 6", "Spc 41",
         "Space 112", "Lot 19", "Apt D", "Unit 2B", "Apt 1021", "#B", "Bldg C Apt 12",
         "Casita", "ADU", "Rear Unit", "Apt 9 Upstairs", "Unit 405", "Trlr 8"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NW ", "SE ", "NE ", "SW ", "North ", "South ", "East "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([
        str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
        str(rng.randint(1000, 9999)), str(rng.randint(10000, 39999)), f"{rng.randint(10, 999)}{rng.choice('ABC')}",
        f"{rng.randint(100, 999)} 1/2",
    ])  # fmt: skip


def street_line(rng: random.Random) -> str:
    """Number, street and suffix with no unit."""
    name = rng.choice(STREETS)
    if rng.random() < 0.12 and " " not in name:
        return f"{_house_number(rng)} {rng.choice(SPANISH_PREFIX)} {name}"
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    if name.endswith((" Hwy", " Blvd", " Expy")):
        return f"{_house_number(rng)} {name}"
    direction = rng.choice(["", "", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"POB {n}", f"Post Office Box {n}",
                       f"PMB {rng.randint(100, 999)}", f"P O Box {n}", f"Apartado {n}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    """Chapter houses, reservations, ranches and the Utah grid."""
    return rng.choice([
        f"{rng.randint(1, 99) * 10 + 5} {rng.choice('NSEW')} {rng.randint(1, 99) * 100} {rng.choice('NSEW')}",
        f"{rng.randint(100, 9999)} {rng.choice('NSEW')} {rng.randint(1, 99) * 100} {rng.choice('NSEW')}",
        f"HC {rng.randint(61, 89)} Box {rng.randint(1, 999)}", f"Navajo Route {rng.randint(1, 99)}, Mile {rng.randint(1, 40)}",
        f"BIA {rng.randint(1, 199)} House {rng.randint(1, 400)}", f"{rng.randint(100, 9999)} County Road {rng.randint(1, 400)}",
        f"Mile Marker {rng.randint(1, 300)}, State Route {rng.randint(1, 99)}", f"{rng.randint(100, 99999)} N Hwy {rng.randint(1, 99)}",
        f"Star Route {rng.randint(1, 9)}, Box {rng.randint(1, 300)}", f"{rng.randint(100, 9999)} Forest Service Rd {rng.randint(10, 99)}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune10") -> str:
    kind = rng.random()
    if kind < 0.06:
        return po_box(rng)
    if kind < 0.14:
        return rural_route(rng)
    if kind < 0.18:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.35:
        line += rng.choice([", ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.06 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


CITIES = [
    "Novato", "Tehachapi", "Ojai", "The Dalles", "Keizer", "Federal Way", "Issaquah", "Fernley",
    "Lehi", "Bountiful", "Kaysville", "Tumwater", "Woodinville", "Pacifica", "Citrus Heights",
    "Burbank", "Tustin", "Kingsburg", "Caruthers", "Shafter", "Earlimart", "Pixley", "Exeter",
    "Woodlake", "Orosi", "Traver", "Strathmore", "Richgrove", "Buttonwillow", "Winton", "Gustine",
    "Hughson", "Denair", "Riverbank", "Escalon", "Isleton", "Esparto", "Dunsmuir", "Gridley",
    "Loomis", "Truckee", "Murphys", "Copperopolis", "Tuolumne", "Groveland", "Oakhurst",
    "Coarsegold", "Tecopa", "Trona", "Inyokern", "Boron", "Rosamond", "Littlerock", "Pearblossom",
    "Adelanto", "Twentynine Palms", "Thermal", "Mecca", "Niland", "Calipatria", "Holtville",
    "Seeley", "Jacumba", "Fallbrook", "Bonsall", "Creswell", "Veneta", "Reedsport", "Bandon",
    "Canyonville", "Sutherlin", "Drain", "Yoncalla", "Boardman", "Irrigon", "Heppner",
    "Culver", "Sisters", "Monmouth", "Molalla", "Estacada", "Scappoose", "Clatskanie", "Waldport",
    "Yachats", "Siletz", "Philomath", "Alsea", "Washougal", "Goldendale", "Grandview", "Zillah",
    "Wapato", "Mabton", "Tieton", "Naches", "Cle Elum", "Roslyn", "Mattawa", "Ritzville",
    "Waitsburg", "Chewelah", "Tonasket", "Pateros", "Leavenworth", "Entiat", "Stanwood", "Lynden",
    "Montesano", "Westport", "Ilwaco", "Yelm", "Enumclaw", "Spanaway",     "Carlin", "Jackpot", "Gardnerville", "Goldfield", "Beatty", "Caliente", "Pioche", "Logandale",
    "Moapa", "Searchlight", "Tombstone", "Mammoth", "Marana", "Sahuarita", "Patagonia", "Nephi",
    "Manti", "La Verkin", "Ivins", "Parowan", "Helper", "Kamas", "Coalville", "Tremonton", "Hyrum",
    "Silt", "Parachute", "Paonia", "Ouray", "Telluride", "Mancos", "Nucla", "Naturita", "Fairplay",
    "Las Animas", "Julesburg", "Kremmling", "Granby",
]  # fmt: skip

STATES = ["CA", "OR", "WA", "NV", "AZ", "UT", "CO", "Calif.", "Ore.", "Wash.", "Nev.", "Ariz.",
          "Colo.", "California", "Oregon", "Washington", "Nevada", "Arizona", "Colorado", "ca",
          "az", "nv"]  # fmt: skip


def city(rng: random.Random, _split: str = "tune10") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.06 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    # Western ZIP prefixes: 80-81 CO, 84 UT, 85-86 AZ, 889-898 NV, 90-96 CA, 97 OR, 98-99 WA.
    prefix = rng.choice(["80", "81", "84", "85", "86", "89", "90", "91", "92", "93", "94", "95",
                         "96", "97", "98", "99"])  # fmt: skip
    z = f"{prefix}{rng.randint(0, 999):03d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SEPT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]  # fmt: skip
SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    if pick < 0.2:
        y = rng.randint(1919, 1935)
    elif pick < 0.5:
        y = rng.randint(1936, 2018)
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
        f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}/{d}/{yy:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}{m:02d}{d:02d}",
        f"{d:02d}-{ab.upper()}-{y}", f"{ab} {d}, {y}", f"{mo} {d}, {y}", f"{d} {mo} {y}",
        f"{mo} {d}", f"{ab} {d}", f"{SEPT[m - 1]} {d}", f"{mo} {d}{o}", f"the {d}{o} of {mo}",
        f"{y}/{m:02d}/{d:02d}", f"{m:02d}-{d:02d}-{y}", f"{m}/{d}", f"{mo} {d}{o}, {y}",
        f"{d} de {SPANISH_MONTHS[m - 1]} de {y}", f"{y}年{m}月{d}日", f"{d:02d}.{m:02d}.{y}",
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
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('78')}00"])


def dmon_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    ab = ABBR[m - 1]
    return rng.choice(
        [f"{d:02d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y % 100:02d}", f"{d:02d}{ab.upper()}{y}"]
    )


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{SEPT[m - 1]} {d}, {y}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}",
                       f"{d}{_ordinal(d)} of {MONTHS[m - 1]}", f"{m}-{d}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice(
        [f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"]
    )


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}Z",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-0{rng.choice('78')}:00", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{m:02d}/{d:02d}/{y} {hh % 12 or 12}:{mi:02d} {'AM' if hh < 12 else 'PM'}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    """The date of an access line: 14/Mar/2024 (the clock stays outside)."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return f"{hh:02d}:{mi:02d}:{ss:02d}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return age_number(rng)
    n = rng.randint(90, 101)
    if n >= 100:
        return ["one hundred", "a hundred and one"][n - 100]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers people are reached at -------------------------------------------------------------

_AREA = [209, 213, 253, 303, 310, 323, 360, 385, 408, 415, 425, 435, 458, 480, 503, 509, 510,
         520, 530, 541, 559, 562, 602, 619, 623, 626, 650, 657, 661, 702, 707, 714, 719, 720,
         725, 747, 760, 775, 801, 805, 818, 831, 909, 916, 925, 928, 949, 951, 970, 971]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
        f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}{b}{c}", f"+1{a}{b}{c}", f"({a}){b}-{c}",
        f"{a}-{b}-{c} x{rng.randint(10, 999)}", f"1-{a}-{b}-{c}", f"{a} {b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def intl_phone(rng: random.Random) -> str:
    """Relatives abroad: Mexico, the Philippines, Viet Nam, Korea, India, Armenia, Ethiopia."""
    return rng.choice([
        f"+52 1 {rng.randint(33, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"+63 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"+84 9{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"+82 10-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        f"+91 9{rng.randint(1000, 9999)} {rng.randint(10000, 99999)}",
        f"+374 9{rng.randint(1, 9)} {rng.randint(100000, 999999)}",
        f"+251 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
    ])  # fmt: skip


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = [
    "qwestoffice.net", "xmission.com", "inreach.net", "163.com", "126.com", "sonicnet.com",
    "digis.net", "lasvegas.net", "nvbell.net", "azbar.org", "uswest.net", "byu.edu", "pacifier.com",
    "teleport.com", "oregonfast.net", "coinet.com", "eoni.com", "televar.com", "ncw.net", "nwi.net",
    "infowest.com", "utahtelehealth.net", "qwest.net", "rmi.net", "ruraltelco.net", "kermantel.net",
    "sti.net", "ocsnet.net", "sierratel.com", "thegrid.net", "cwnet.com", "lmi.net", "calweb.com",
    "jps.net", "139.com", "vnpt.vn", "pinoymail.com", "infocom.com.ph", "ethio.et", "pochta.ru",
]  # fmt: skip
HANDLES = ["surfermom", "lowriderlarry", "hikingnana", "fishonpapa", "quiltingabuela",
           "trailrunner", "rezdog", "raisinqueen", "almondfarmer", "canyonkid", "titaboss",
           "kuyamike", "halmeonilove", "babushka55", "cholitafresa"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune10") -> str:
    first, last = person(rng)
    last = last[3:] if last[1:3] == ". " else last
    f, ln = _handle(_given_part(first)) or "heber", _handle(last) or "saechao"
    n = rng.randint(1, 99)
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{rng.randint(1940, 2010)}",
        f"{f[0]}.{ln}{n:02d}", f"{ln}{f[0]}", f"{rng.choice(HANDLES)}{n}", f"{f}-{ln}",
        f"{ln}.family", f"{f}+portal", f"{f.capitalize()}.{ln.capitalize()}", f"{f[:3]}{ln[:4]}{n}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "tune10") -> str:
    first, last = person(rng)
    last = last[3:] if last[1:3] == ". " else last
    f, ln = _handle(_given_part(first)) or "heber", _handle(last) or "saechao"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}{n}", f"{f}_{ln}", f"{f}{yy}", f"{f[0]}{ln[:7]}",
        f"{ln}.{f}", f"{f}{ln}{n}", f"{f}-{ln}", f"{ln.upper()}{f[0].upper()}", rng.choice(HANDLES),
        f"{f[0]}{ln}{yy % 100:02d}", f"{ln}_{f}_{n}", f"{f[:4]}{ln[:4]}", f"CORP\\{f[0]}{ln}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune10") -> str:
    first, last = person(rng)
    last = last[3:] if last[1:3] == ". " else last
    f, ln = _handle(_given_part(first)) or "heber", _handle(last) or "saechao"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.caringbridge.org/site/{f}{ln}", f"https://www.gofundme.com/f/{f}-{ln}-medical-bills",
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.instagram.com/{f}_{ln}",
        f"https://www.tiktok.com/@{ln}{f}", f"https://linktr.ee/{f}{ln}", f"https://{ln}ohana.wordpress.com",
        f"https://mychart.westreg-health.example/MyChart/Visit/{_digits(rng, 9)}",
        f"https://fhir.westreg-health.example/r4/Patient/{_digits(rng, 8)}",
        f"https://pacs.westreg-health.example/viewer?study={_digits(rng, 10)}",
        f"https://drive.google.com/file/d/{_letters(rng, 28, an)}/view", f"https://venmo.com/u/{f}-{ln}",
        f"https://www.youtube.com/@{f}{ln}", f"https://blog.naver.com/{f}{ln}",
        f"https://zoom.us/j/{_digits(rng, 10)}?pwd={_letters(rng, 12, an)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.22:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.35:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2600:387:{g[2]}:{g[3]}::{g[7]}", f"2607:fb90:{g[2]}::{g[6]}:{g[7]}"]
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


def itin(rng: random.Random) -> str:
    return f"9{_digits(rng, 2)}-{rng.choice(['70', '78', '88', '91', '94'])}-{_digits(rng, 4)}"


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), _digits(rng, 10), f"E{_digits(rng, 7)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"KP{_digits(rng, 9)}", f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"000{_digits(rng, 6)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    """Medi-Cal BIC, Oregon Health Plan, AHCCCS, Apple Health ids."""
    return rng.choice([f"9{_digits(rng, 7)}{_letters(rng, 1)}", f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
                       f"A{_digits(rng, 8)}", f"{_digits(rng, 9)}WA", f"{_digits(rng, 14)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}{_letters(rng, 1)}",
        f"{_letters(rng, 2)}{_digits(rng, 7)}", f"H{_digits(rng, 10)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 5)}",
        f"{_digits(rng, 11)}", f"XE{_letters(rng, 1)}{_digits(rng, 8)}", mbi(rng), medicaid_id(rng),
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 11), f"HAR{_digits(rng, 9)}", f"G{_digits(rng, 8)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}",
        f"V{_digits(rng, 9)}", f"SB{_digits(rng, 7)}",
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
    """California, Oregon, Washington, Nevada, Arizona, Utah and Colorado licences."""
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 7)}", f"{_digits(rng, 9)}", f"WDL{_letters(rng, 6, string.ascii_uppercase + string.digits)}",
        f"{a}{_digits(rng, 8)}", f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 4)}{_digits(rng, 5)}",
        f"RN{_digits(rng, 6)}", f"A{_digits(rng, 5)}", f"G{_digits(rng, 5)}", f"MD{_digits(rng, 5)}",
        f"PA{_digits(rng, 5)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("CDEFGHJKLMNPRST123456789")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 4)}",
        f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 3)}-{_letters(rng, 3)}",
        f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 3)}", rng.choice(["LOLA4EVR", "TITA1", "BIGKAHUNA", "ABUELO2", "UTE FAN"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
    return payload + _luhn_check(payload)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"PJN{_digits(rng, 6)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        f"SN-{_letters(rng, 4, an)}-{_letters(rng, 4, an)}", f"{_digits(rng, 10)}", f"G7{_letters(rng, 4, an)}",
        f"{_letters(rng, 2)}{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_hex(rng, 12).upper()}", imei(rng), mac_address(rng),
        f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}", f"0{_digits(rng, 7)}-{_digits(rng, 3)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"ENC-{_digits(rng, 8)}", f"{rng.randint(19, 26)}-{_digits(rng, 6)}",
        f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"ACC{_digits(rng, 9)}", f"CASE-{_letters(rng, 5, an)}",
        f"{_letters(rng, 3, an)}-{_letters(rng, 3, an)}-{_letters(rng, 3, an)}", f"FIN{_digits(rng, 9)}",
        f"PA-{rng.randint(2019, 2026)}-{_digits(rng, 6)}", f"REQ{_digits(rng, 8)}", f"A{_digits(rng, 8)}",
        f"ORD{_digits(rng, 9)}", f"TKT-{_digits(rng, 6)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler, so that log lines vary ----------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), patient_uuid(rng), f"req_{_hex(rng, 16)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(41, 400), rng.randint(401, 9000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(7, 65000))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404",
                       "409", "422", "500", "502", "504"])  # fmt: skip


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 250000))


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "MIDDLE": ("NAME", middle),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "WFIRST": ("NAME", word_first),  # given names that are words: Canyon, Honey, Temperance
    "WLAST": ("NAME", word_last),  # family names that are words: Goodnight, Cramp, Frost
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    # Places
    "STREETLINE": ("ADDRESS", street_line),
    "UNIT": ("ADDRESS", unit),
    "STREETUP": ("ADDRESS", street_upper),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CITYUP": ("CITY", city_upper),
    # Dates
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "DMON": ("DATE", dmon_date),
    "LONGDATE": ("DATE", long_date),
    "MD": ("DATE", month_day),
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),
    # Ages, numbers, identifiers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "INTLPHONE": ("PHONE", intl_phone),
    "ITIN": ("OTHER_ID", itin),
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
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON and dict braces are doubled for str.format; a
# slot is never written directly before a doubled closing brace.

CHAT = [
    "hi its {NAME}, dob {DATE}, can i move my mammogram from {MD} to the {CITY} clinic",
    "hola buenas, soy {NAME}, mi cita es el {DATE} pero no puedo ir, me pueden llamar al {PHONE}",
    "mi mamá {FIRST} tiene {AGE} años y se cayó anoche, vivimos en {CITY}",
    "hello po, this is {NAME}, tita of {FIRST}, salamat for the call kanina",
    "pls update my address to {STREET}, {CITY} {STATE} {ZIP} 🙏",
    "my lola is {AGEN} na po and she needs the flu shot, can we walk in at {CITY}?",
    "con tôi là {NAME}, sinh ngày {DATE}, cần đổi lịch hẹn",
    "my dad {NAME} only speaks vietnamese, his number is {PHONE}, can u get an interpreter",
    "안녕하세요 {NAME}입니다, my appointment on {MD} 취소해주세요",
    "this is {FIRST} {SURNAME}, halmeoni is {AGE} and wont eat since {MD} 😢",
    "你好, 我是{NAME}, my mrn is {MRN}",
    "my grandpa {NAME} born {DATE} needs his records sent to dr {SURNAME} in {CITY}",
    "sat sri akal, {NAME} here, dad's sugar was high, can dr {SURNAME} call {PHONE}",
    "my bibi {FIRST} is {AGEN}, she wants the doctor who speaks punjabi",
    "здравствуйте, это {NAME}, мой телефон {PHONE}",
    "hi, {FIRST} from {CITY} here, my babushka {NAME} needs a refill, she is {AGE}",
    "its {NICK}!! lol its {NAME} from the {CITY} office, new email {EMAIL}",
    "can u tell {FIRST} the nurse thank you from the {SURNAME} family ❤️",
    "my son {FIRST} has fever 102 since {MD}, dob {USDATE}",
    "ok so my wife {WNAME} got a letter addressed to {NAME} at {STREETLINE}, wrong person",
    "{WFIRST} here, i was seen {DATE} by dr {WLAST}, still coughing",
    "omg the portal says my name is {NAMEUP} but its {NAME}",
    "username {USER} locked again 😤 i tried from {IP}",
    "pls send the form to {EMAIL} thx - {FIRST}",
    "reschedule for {FIRST} {SURNAME}? thurs {MD} works, or fri",
    "my member id is {PLAN} and group is 7731, is the mri covered",
    "medi-cal number {MEDICAID}, i just got it on {MD}",
    "my medicare card # {MBI} came today, pls update",
    "acct {ACCOUNT} says i owe $412 but i paid on {DATE}",
    "i need my son's shot records, {NAME}, born {LONGDATE}",
    "we moved from {CITY} to {CITY} in {MONYEAR}, new pcp pls",
    "address on file should be {POBOX}, {CITY} {ZIP}, no mail at the house",
    "we live at {RURAL} past the chapter house, call {PHONE} when the nurse is close",
    "my shimá sání {NAME} is {AGEN}, she only speaks navajo, her grandson {FIRST} translates",
    "yá'át'ééh, this is {NAME} from {CITY}, my meds ran out on {MD}",
    "talofa, its {NAME}, can my aunty {FIRST} pick up my rx",
    "mālō e lelei, this is {FIRST}, my dad {NAME} fell at church",
    "aloha, {NAME} here, my tutu is {AGE} and needs a ride to the {CITY} clinic",
    "selam, i am {NAME}, my husband {FIRST} has appointment {MD}",
    "salaam, this is {NAME}, my mother {FIRST} is {AGEN} and needs a home visit",
    "barev, {NAME} here, my tatik is {AGE}, she has dizziness",
    "{NAME} dob {DATE} ssn {SSN} thats what the form wanted",
    "my itin is {ITIN}, i dont have a social yet",
    "text me at {PHONE} not the landline",
    "my cousin {NAME} overseas wants copies, her number is {INTLPHONE}",
    "my brother {NAME} in mexico can be reached at {INTLPHONE}",
    "call my daughter {FIRST} at {PHONE} if i dont pick up",
    "hey its {INITS}, the knee lady from tuesday {MD}",
    "my husband's name is {LASTFIRST}, born {USDATE}",
    "this is {FIRST}'s mom, she has a rash since {MD}, photo attached",
    "my neighbor {NAME} can drive me, her cell is {PHONE}",
    "sent from {EMAIL}, pls reply there",
    "the link {URL} has the pictures of the wound",
    "my gofundme for chemo {URL} if anyone asks",
    "is dr {SURNAME} still at {STREETLINE} or did she move",
    "need a note for work, name {NAME}, seen {DATE}",
    "my pump serial is {DEVICE} and it keeps beeping",
    "cgm says sensor error, serial {DEVICE}",
    "my phone imei is {IMEI} if the app people need it",
    "car vin {VIN}, the dmv form for disabled placard needs it",
    "plate {PLATE}, can i get a parking pass for dialysis days",
    "my drivers license is {LICENSE} for the id check",
    "case number {OTHER} from when i called last week",
    "my grandma {NAME} turns {AGEN} on {MD}!! 🎂 can she still get the shot",
    "ok thx {FIRST}",
    "thank u dr {SURNAME} 🙏🙏",
    "- {FIRST}, {MD}",
    "love, {NICK}",
    "sorry wrong number, looking for {NAME}",
    "{NAME} passed away on {DATE}, please stop sending reminders",
    "mi esposo {NAME} está en el hospital de {CITY} desde el {DATE}",
    "necesito una carta para la escuela de mi hija {FIRST}, nació el {DATE}",
    "mi correo es {EMAIL} y mi cel {PHONE}",
    "vivo en {STREET}, {CITY}, gracias",
    "anak ko si {FIRST}, 5 years old, may lagnat since {MD}",
    "pakisabi kay dr {SURNAME} na tumawag ako, {PHONE}",
    "con gái tôi {FIRST} bị sốt, số điện thoại {PHONE}",
    "bố tôi {NAME} năm nay {AGEN} tuổi",
    "저희 어머니 {NAME} 생년월일 {DATE}",
    "我的地址是 {STREET}, {CITY}",
    "мама {NAME}, ей {AGEN}, нужен визит на дом",
    "ਮੇਰਾ ਨਾਮ {NAME} ਹੈ, phone {PHONE}",
    "can {WFIRST} pick up my meds? she's my sister",
    "my case manager is {WNAME}, she said to message here",
    "dr {WLAST} told me to stop the pills on {MD}",
    "{WFIRST} {SURNAME} here 👋 new patient from {CITY}",
    "the nurse {WFIRST} was so sweet on {MD}",
    "my kid {FIRST} goes by {NICK}, pls put that in the chart",
    "i go by {NICK} not {FIRST}, dob {DATE}",
    "its {FIRST} again lol, portal says email {EMAIL} not verified",
    "i got married on {DATE} so its {NAME} now",
    "fax my records to {FAX} attn {NAME}",
    "my pcp is {NAME} at {CITY} family med, fax {FAX}",
    "my login {USER} wont take my dob {DATE}",
    "it says last login {TS} from {IP} that wasnt me!!",
    "the school nurse {NAME} needs the form by {MD}",
    "my kids {FIRST} and {FIRST} both need physicals before {MD}",
    "grandpa {SURNAME} is {AGE} and still drives to {CITY} lol",
    "mom is {AGE}, dad is {AGEN}, both need rides",
    "pls mail to {STREETLINE}, {UNIT}, {CITY} {STATE} {ZIP}",
    "new address {STREETUP} {CITYUP}",
    "im at {STREETLINE} {UNIT}, gate code 4417, call {PHONE}",
    "we are staying with {FIRST} in {CITY} until {MD}",
    "my bf {FIRST} will bring me on {MD}, is that ok",
    "my caregiver {NAME} has my permission to talk to u",
    "pls add {NAME} as my emergency contact, {PHONE}",
    "her name is {FIRST}, my step-daughter, dob {USDATE}",
    "appt was {LONGDATE}, i never got the results",
    "my sister {NAME} had the same thing in {MONYEAR}",
    "we go back to {CITY} on the {DAYTH}, can u send refills before",
    "my mom {LASTFIRST} is in room 12, can i call the nurses station",
    "her insurance card says {NAMEUP} member {PLAN}",
    "pls bill {NAME}, acct {ACCOUNT}, she is the guarantor",
    "claim {OTHER} denied again 😡",
    "my tatay {NAME} is {AGEN} and has dementia, who can we talk to",
    "abuela {FIRST} says gracias to dr {SURNAME}",
    "i saw {NAME} in the waiting room on {MD}, is she ok?",
    "{FIRST} is my nickname, legal name is {NAME}",
    "the pharmacist {FIRST} said call u",
    "my ohana {SURNAME} all go to the {CITY} clinic",
    "i'm {NAME}'s wife, he can't type bc of his hands",
    "dad {FIRST} {SURNAME} dob {DATE} member {PLAN}",
    "can i email {EMAIL} the photos instead",
    "my old number was {PHONE}, new is {PHONE}",
    "sorry typo, my dob is {DATE} not {DATE}",
    "im {AGEN} years young and still hiking 😎",
    "grandma {WNAME} says hi to nurse {FIRST}",
    "sent the card pic, member {PLAN}, holder {NAME}",
    "my ssn ends in... actually its {SSN}",
    "drop off at {POBOX} pls, {CITY}",
    "apt is {UNIT} at {STREETLINE}",
    "we're in {CITY} for harvest until {MD}",
    "i work at the cannery in {CITY}, can i do a video visit",
    "{FIRST} from the {CITY} dialysis center told me to message",
    "my interpreter {FIRST} will join the video",
    "can {FIRST} {SURNAME} (my aunt) see my chart",
    "please cancel for {NAME}, he's in {CITY} with family",
    "my wife {FIRST} had the baby on {DATE} 👶",
    "baby {FIRST} {SURNAME} born {DATE} at 3:12am, 7 lb 2 oz",
    "hi im {NAME}, new here, my old clinic was in {CITY}",
    "cell {E164} whatsapp ok",
    "call me at {PHONE} after 5",
    "ur website {URL} shows the wrong hours",
    "my blog {URL} has my food log",
    "i think my ex {NAME} is calling pretending to be me",
    "ok see u on {MD} 👍",
    "{NAME}, {STREET}, {CITY}, {PHONE}",
    "mrn {MRN} - {NAME}",
    "{FIRST} {MIDDLE} {SURNAME}",
    "my middle name is {MIDDLE}, the chart has it wrong",
    "spell it {FNUP} {LNUP}",
    "its {NAME}, the portal wont let me add my son {FIRST}",
    "ka\u02bbu keiki {FIRST} needs a sports physical before {MD}",
    "ok, kapag may tanong, call {FIRST} at {PHONE}",
    "{NAME} hier, mein termin am {DATE} bitte absagen",
    "bonjour, {NAME}, rendez-vous le {DATE} svp",
    "my pastor {NAME} will come with me to the visit",
    "bishop {SURNAME} from our ward is driving me",
    "sister {SURNAME} from church dropped off my meds",
    "elder {SURNAME} and elder {SURNAME} visit me tuesdays",
    "hi from {CITY}! {FIRST} 🌵",
    "love u guys - {WFIRST}",
    "cheers, {FIRST} {SURNAME}",
    "thanks again, {INITS}",
    "xoxo {NICK}",
    "my mom is {NAME} ({AGEN}), dad is {NAME} ({AGE})",
    "is the {CITY} urgent care open on {DATE} or {DATE}?",
    "i was born in {CITY} on {DATE}",
    "{SURNAME} family here, all 5 of us need flu shots",
]

LOGS = [
    # key=value application logs
    "INFO {TS} portal.login ok user={USER} ip={IP} mfa=sms",
    "WARN {TS} portal.login failed user={USER} ip={IP} attempts=5 locked=true",
    'INFO {TS} appt.booked patient={MRN} name="{NAME}" slot={ISODATE} clinic={CITY}',
    'INFO {TS} appt.cancel patient_name="{LASTFIRST}" dob={USDATE} reason=ride',
    "ERROR {TS} sms.send failed to={E164} err=30003 patient={MRN}",
    'INFO sms.inbound from={E164} body="this is {FIRST} reschedule pls" matched={MRN}',
    "DEBUG intake.parse name={NAMEUP} dob={HLDATE} zip={ZIP} lang=spa",
    'INFO address.update mrn={MRN} addr1="{STREETLINE}" addr2="{UNIT}" city={CITY} state={STATE} zip={ZIP}',
    'WARN address.cass_fail addr="{RURAL}" city={CITYUP} reason=no_delivery_point',
    'INFO guarantor.set acct={ACCOUNT} guarantor="{NAME}" relation=parent',
    "INFO email.verify sent to={EMAIL} user={USER}",
    "ERROR email.bounce rcpt={EMAIL} code=550 user_unknown",
    'INFO interpreter.request lang=vie patient="{NAME}" appt={TS}',
    'INFO interpreter.request lang=pan patient="{LASTFIRST}" phone={PHONE}',
    'INFO interpreter.request lang=hye patient={MRN} contact="{NAME}"',
    'INFO proxy.grant owner={MRN} proxy="{NAME}" proxy_email={EMAIL} by={USER}',
    "WARN proxy.age_check patient_age={AGEN} requires_review=true mrn={MRN}",
    'INFO refill.request rx={OTHER} patient="{NAME}" pharmacy_phone={PHONE}',
    'INFO rideshare.book patient="{FIRST} {SURNAME}" pickup="{STREET}, {CITY}" at={TS}',
    'INFO homehealth.visit nurse={USER} patient="{LASTFIRST}" addr="{STREET}" date={ISODATE}',
    # JSON
    '{{"event":"patient.created","mrn":"{MRN}","given":"{FIRST}","family":"{SURNAME}","birthDate":"{ISODATE}"}}',
    '{{"event":"patient.merged","survivor":"{MRN}","victim":"{MRN}","by":"{USER}","at":"{TS}"}}',
    '{{"level":"error","msg":"dob mismatch","input":"{DATE}","mrn":"{MRN}","user":"{USER}"}}',
    '{{"level":"info","msg":"portal signup","email":"{EMAIL}","phone":"{PHONE}","ip":"{IP}"}}',
    '{{"contact":{{"name":"{NAME}","relationship":"daughter","phone":"{PHONE}"}},"patient":"{MRN}"}}',
    '{{"address":{{"line1":"{STREETLINE}","line2":"{UNIT}","city":"{CITY}","state":"{STATE}","zip":"{ZIP}"}},"verified":false}}',
    '{{"coverage":{{"memberId":"{PLAN}","subscriber":"{NAME}","relationship":"self"}},"status":"active"}}',
    '{{"claim":"{OTHER}","account":"{ACCOUNT}","dos":"{ISODATE}","status":"denied","carc":"CO-97"}}',
    '{{"device":{{"serial":"{DEVICE}","type":"cgm"}},"owner":"{MRN}","paired_at":"{TS}"}}',
    '{{"sso":{{"sub":"{USER}","email":"{EMAIL}","name":"{NAME}"}},"ip":"{IP}","result":"success"}}',
    '{{"ticket":"{OTHER}","caller":"{NAME}","callback":"{PHONE}","queue":"billing","opened":"{TS}"}}',
    '{{"fax":{{"to":"{FAX}","attn":"{NAME}","pages":5}},"status":"sent"}}',
    '{{"ride":{{"rider":"{NAME}","pickup":"{STREET}","city":"{CITY}"}},"eta_min":14}}',
    '{{"translation":{{"lang":"tgl","patient":"{LASTFIRST}"}},"chars":812}}',
    '{{"lab":{{"accession":"{OTHER}","patient":"{NAMEUP}","dob":"{HLDATE}"}},"result":"final"}}',
    '{{"vaccine":{{"cvx":"208","patient":"{NAME}","given":"{ISODATE}"}},"registry":"CAIR2","status":"accepted"}}',
    '{{"pdmp":{{"patient":"{LASTFIRST}","dob":"{ISODATE}","prescriber_dea":"{DEA}"}},"state":"{STATE}"}}',
    '{{"credential":{{"npi":"{NPI}","license":"{LICENSE}","name":"{NAME}"}},"status":"verified"}}',
    '{{"parking":{{"plate":"{PLATE}","holder":"{NAME}"}},"lot":"P2"}}',
    '{{"transport":{{"vin":"{VIN}","driver":"{NAME}"}},"trip":"{OTHER}"}}',
    # HL7 v2
    "MSH|^~\\&|ADT|WESTREG|EPIC|HUB|{HLTS}||ADT^A04|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^WR^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^WR^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M",
    "PID|1||{MRN}||{LNUP}^{FNUP}^^^^^L~{LNUP}^{FNUP}^^^^^M||{HLDATE}|F|||^^{CITYUP}^{STATE}^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|DAU|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{LNUP}^{FNUP}^{MIDUP}|SPO||{PHONE}",
    "PV1|1|O|WR-CLN^^^{CITYUP}||||{NPI}^{LNUP}^{FNUP}^^^DR|||||||||||{ACCOUNT}",
    "IN1|1|MEDICAL|CALMCAID|MEDI-CAL|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|||||||||||||||||{MEDICAID}",
    "IN1|1|PPO|60054|WEST HEALTH PLAN|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}||||||||||||||||{PLAN}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}",
    "OBR|1|{OTHER}||80053^CMP|||{HLTS}|||||||||{NPI}^{LNUP}^{FNUP}",
    "OBX|1|ST|8867-4^HR||72|/min|||||F|||{HLTS}",
    "ORC|NW|{OTHER}|||||||{HLTS}|||{NPI}^{LNUP}^{FNUP}^{MIDUP}",
    "RXE|^^^{HLDATE}|00093-7146-56^metformin 500 mg|1||TAB|||{OTHER}|||||{DEA}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^WR^MR||{ACCOUNT}",
    "ZPI|1|{NICK}|{EMAIL}|{USER}",
    "hl7.ack ERROR AE msg={OTHER} field=PID-7 value={DATE} reason=invalid_date",
    "hl7.route ADT^A08 mrn={MRN} name={LNUP}^{FNUP} dest=lab,rad",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDDLE}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}]}}',
    '{{"resourceType":"Patient","address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","name":[{{"text":"{NAME}"}}],"relationship":"MTH","telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}}}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}"}}]}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"reference":"Patient/{PTUUID}"}}}}',
    '{{"resourceType":"Encounter","id":"{OTHER}","period":{{"start":"{TS}"}},"subject":{{"display":"{LASTFIRST}"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "GET /fhir/r4/Patient?identifier=urn:oid:2.16.840.1.113883.4.1|{SSN} 200",
    "POST /fhir/r4/Observation 201 subject=Patient/{PTUUID} effective={TS}",
    'fhir.validate WARN Patient/{PTUUID} name[0].given[0]="{FIRST}" contains non-latin characters',
    # CSV
    "mrn,last,first,dob,phone\n{MRN},{SURNAME},{FIRST},{USDATE},{PHONE}",
    "{MRN},{LNUP},{FNUP},{HLDATE},{ZIP},{STATE}",
    '"{LASTFIRST}",{USDATE},{PHONE},{EMAIL}',
    '{ACCOUNT},"{NAME}","{STREET}",{CITY},{STATE},{ZIP},412.00',
    "appt_id,patient,provider,date\n{OTHER},{NAME},Dr. {SURNAME},{ISODATE}",
    "{ISODATE},{MRN},{FNUP},{LNUP},{AGEN},hospice",
    "vax_export: {NAMEUP}|{HLDATE}|{ZIP}|COVID-19 2024-25",
    # access logs
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0700] "GET /portal/messages HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0800] "POST /api/login?email={EMAIL} HTTP/1.1" 401 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /records/{MRN}/{LNLOW}_{FNLOW}.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /scheduling?dob={ISODATE}&zip={ZIP} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} +0000] "PUT /api/v1/patients/{PTUUID}/address HTTP/1.1" 204 0',
    'alb {TS} {IP}:51234 10.0.4.12:8443 "GET https://portal.example:443/visit/{OTHER} HTTP/1.1" 200',
    "cloudfront {ISODATE} {CLOCK} SEA19-C1 {BYTES} {IP} GET /img/avatar/{USER}.png 200",
    # stack traces
    'Traceback (most recent call last):\n  File "intake/forms.py", line 88, in clean_dob\nValueError: bad dob "{DATE}" for "{NAME}"',
    "Traceback (most recent call last):\n  File \"billing/stmt.py\", line 41, in render\nKeyError: '{ACCOUNT}' (guarantor {LASTFIRST})",
    "java.lang.IllegalArgumentException: Invalid SSN {SSN} for member {PLAN}\n\tat org.westreg.elig.Validator.check(Validator.java:77)",
    "NullPointerException at PatientMapper.map(PatientMapper.java:112) patient={MRN} name={NAMEUP}",
    "System.FormatException: String '{DATE}' was not recognized as a valid DateTime. Patient: {LASTFIRST}",
    "psycopg.errors.UniqueViolation: duplicate key (email)=({EMAIL}) already exists",
    "django.core.exceptions.ValidationError: ['{PHONE} is not a valid phone number'] user={USER}",
    # queue / workers
    "[{TS}: INFO/ForkPoolWorker-2] Task reminders.send[{REQID}] succeeded: to={E164} name={FIRST}",
    "[{TS}: ERROR/ForkPoolWorker-4] Task fax.send[{REQID}] raised FaxBusy('{FAX}')",
    'kafka topic=adt.events partition=3 offset=88213 key={MRN} value={{"name":"{NAME}","dob":"{ISODATE}"}}',
    'sqs.receive queue=letters msg={REQID} body="{NAME}, {STREET}, {CITY} {STATE} {ZIP}"',
    "rabbitmq: nack {REQID} routing=lab.results payload.patient={LASTFIRST}",
    'job=statement-print acct={ACCOUNT} addressee="{NAMEUP}" addr="{STREETUP}" status=queued',
    # SSO / identity
    "okta: user.session.start actor={EMAIL} client.ip={IP} outcome=SUCCESS",
    'okta: user.account.lock actor={USER} displayName="{NAME}" ip={IP}',
    "azuread signin upn={EMAIL} ip={IP} location={CITY},{STATE} result=50126",
    "saml.assert NameID={USER} attrs.givenName={FIRST} attrs.sn={SURNAME}",
    'ldap bind uid={USER},ou=clinicians,dc=westreg cn="{NAME}" ok',
    'badge.swipe door=PHARM-2 badge={OTHER} holder="{LASTFIRST}" at={TS}',
    "vpn connect user={USER} assigned={IP} public={IP} device={MAC}",
    'mdm.enroll imei={IMEI} owner="{NAME}" email={EMAIL}',
    # fax
    'faxd: RECV from {FAX} pages=4 csid="{CITY} ortho" saved=/fax/in/{HLTS}.tif',
    'faxd: SEND to {FAX} attn="Dr. {SURNAME}" patient="{LASTFIRST}" pages=7 ok',
    'efax.ocr name="{NAMEUP}" dob="{USDATE}" mrn_guess={MRN} confidence=0.81',
    'fax.cover to="{NAME}" from="{CITY} Family Medicine" fax={FAX} phone={PHONE}',
    # pharmacy
    'rx.fill rx={OTHER} patient="{LASTFIRST}" dob={USDATE} drug=lisinopril 10mg qty=90 prescriber_npi={NPI}',
    'rx.pickup rx={OTHER} by="{NAME}" id={LICENSE} relation=spouse',
    "ncpdp NewRx patient={LNUP}^{FNUP} dob={HLDATE} prescriber={NPI} dea={DEA}",
    'pharm.label "{NAMEUP}" {STREETUP}, {CITYUP} {STATE} {ZIP} rx {OTHER}',
    'cure.pdmp query patient="{NAME}" dob={ISODATE} dl={LICENSE} results=2',
    "pharm.ivr callback={PHONE} patient_dob={DATE} rx={OTHER}",
    # lab / imaging
    "lab.orm order={OTHER} patient={MRN} name={LNUP},{FNUP} collected={TS}",
    "lab.oru accession={OTHER} {LNUP}^{FNUP} dob={HLDATE} A1C 7.9 %",
    'lab.critical called_to="{NAME}, RN" read_back=yes patient={MRN} at={TS}',
    "pacs.study uid=1.2.840.{MS}.{PIDN} patient={LNUP}^{FNUP} dob={HLDATE} accession={OTHER}",
    "DICOM (0010,0010) PatientName={LNUP}^{FNUP}^{MIDUP} (0010,0030) PatientBirthDate={HLDATE}",
    "DICOM (0010,1010) PatientAge={AGEN}Y (0010,0020) PatientID={MRN}",
    "DICOM (0008,0090) ReferringPhysicianName={LNUP}^{FNUP} (0008,0020) StudyDate={HLDATE}",
    "rad.report signed by {NAME} MD at {TS} accession {OTHER}",
    "modality.worklist {LNUP}^{FNUP} {HLDATE} CT ABD/PELVIS W CONTRAST",
    # call centre
    "acd.call ani={PHONE} dnis=8005550147 queue=spanish agent={USER} wait=212s",
    "ivr.auth caller={PHONE} dob_entered={HLDATE} mrn={MRN} result=match",
    "crm.note agent={USER}: caller {NAME} (daughter of {NAME}) requesting records",
    "crm.callback scheduled for {FIRST} at {PHONE} on {ISODATE}",
    'nurse.line triage caller="{NAME}" patient_age={AGEN} disposition=ED',
    "contact.center survey sent to {E164} for agent {USER}",
    'callrec: /rec/{ISODATE}/{PHONE}_{REQID}.wav caller="{LASTFIRST}"',
    # misc
    "audit: {USER} viewed chart {MRN} ({LASTFIRST}) reason=treatment ip={IP}",
    "audit: break-glass by {USER} on {NAME} at {TS}",
    "audit: export by {USER} rows=1 first={FIRST} last={SURNAME}",
    'audit: print {USER} doc=AVS patient="{NAME}" printer=WR-{CITYUP}-02',
    "webhook POST {URL} status=200 at={TS}",
    "link.shared url={URL} by={EMAIL}",
    "{TS} referer={URL} path=/signup",
    "dhcp lease {IP} -> {MAC} hostname={FNLOW}-iphone",
    "{TS} firewall DENY src={IP} dst=10.20.0.7:443",
    "eligibility 271 member={PLAN} name={LNUP}*{FNUP} dob={HLDATE} active",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~",
    "N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~",
    "DMG*D8*{HLDATE}*F~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~",
    "REF*SY*{SSN}~",
    "CLM*{ACCOUNT}*412***11:B:1~DTP*472*D8*{HLDATE}~",
    'medicare.elig mbi={MBI} name="{NAMEUP}" dob={HLDATE} part_a=active',
    'ahcccs.elig id={MEDICAID} name="{LASTFIRST}" status=active',
    "ohp.elig id={MEDICAID} dob={ISODATE} result=eligible",
    "ssn.verify ssn={SSN} result=match name={LNUP}",
    "itin.capture itin={ITIN} patient={MRN}",
    "age.mask age={AGEN} -> 90+ mrn={MRN}",
    'nlp.extract "{AGE} year old" -> age_over_89',
    'telemed.session host={USER} guest="{NAME}" url={URL}',
    "caregiver.invite sent to {EMAIL} for {FIRST} {SURNAME}",
    "deceased.flag mrn={MRN} date_of_death={ISODATE} source=family ({NAME})",
    'mail.returned addressee="{NAME}" addr="{POBOX}, {CITY} {STATE} {ZIP}"',
    "geo.lookup zip={ZIP} city={CITY} state={STATE} county=none",
    'valet.ticket plate={PLATE} vin={VIN} owner="{NAME}"',
    "iot.pair mac={MAC} serial={DEVICE} user={USER}",
    "pump.upload serial={DEVICE} patient={MRN} at={TS}",
    "wearable.sync imei={IMEI} owner={EMAIL}",
    'chat.assign conv={OTHER} patient="{NICK}" agent={USER} at={TS}',
    'chat.msg from={USER} text="hi {FIRST}, your appt is {MD} at 9:40"',
    'sms.out to={PHONE} text="{FIRST}, recordatorio: cita {MD} en {CITY}"',
    'letter.render tpl=no_show addressee="{NAME}" date={LONGDATE}',
]

NOTES = [
    # HPI
    "HPI: {NAME} is a {AGE} y/o woman with HFrEF presenting with 3 days of orthopnea. Daughter {FIRST} at bedside.",
    "HPI: Pt is a 54 yo M, seen {DATE}, c/o epigastric pain. Accompanied by wife {NAME}, who interprets (Punjabi).",
    "HPI: {FIRST} {SURNAME} is a 7 yo boy brought by mother {NAME} for cough since {MD}.",
    "HPI: {AGEN}-year-old Samoan-speaking man from {CITY} with falls; son {FIRST} reports two falls since {MD}.",
    "HPI: Ms. {SURNAME} reports dysuria since {MD}. Last seen here {DATE} by Dr. {SURNAME}.",
    "HPI: Mr. {SURNAME}'s symptoms began {DATE} after a trip to {CITY}.",
    "HPI: Patient {LASTFIRST}, DOB {USDATE}, presents for follow-up of CKD 3b.",
    "HPI obtained via Vietnamese interpreter ({FIRST}, ID {OTHER}); patient {NAME} endorses chest tightness.",
    "HPI: per granddaughter {NAME}, the patient ({AGE} yo) has been more confused since {MD}.",
    "HPI: seasonal farmworker living in {CITY}, seen {DATE}, heat exposure in the fields.",
    # A&P
    "A&P: T2DM, A1c 9.2. Increase glargine to 24 u. RTC {MD} with Dr. {SURNAME}.",
    "Assessment/Plan: CAP. Amoxicillin x 5 days. Call {PHONE} if worse. Discussed with son {NAME}.",
    "Plan: refer to {NAME}, MD (cardiology, {CITY}). Fax {FAX}.",
    "Plan discussed with patient and her husband {FIRST}; both agree. Follow-up {DATE}.",
    "Plan: home health referral to {STREET}, {CITY}; contact {NAME} at {PHONE}.",
    "Disposition: discharged home with sister {NAME} on {DATE}.",
    "Plan: PT eval, then {WNAME} (PT) to see twice weekly.",
    "Plan: message to Dr. {WLAST} re: anticoagulation; pt prefers {NICK} as name.",
    # ED
    "ED Course: {NAME} arrived by EMS at {CLOCK} on {DATE} from {STREETLINE}, {CITY}.",
    "ED triage: {AGEN} yo F, ESI 2, brought by neighbor {NAME}.",
    "ED note: pt found down at home ({RURAL}); son {FIRST} called 911.",
    "ED: MVC, restrained driver, vehicle VIN {VIN}, plate {PLATE}. Pt {NAME}.",
    "ED: Pt states his name is {FIRST} but ID shows {NAME}; DL {LICENSE}.",
    "ED Provider: {NAME}, MD. Scribe: {NAME}.",
    "ED discharge {TS}. Ride: niece {NAME} ({PHONE}).",
    # consults
    "Consult requested by Dr. {SURNAME} for AKI. Patient {NAME}, MRN {MRN}.",
    "Thank you Dr. {NAME} for this referral of {NAME} (DOB {DATE}).",
    "Nephrology consult: {LASTFIRST}, {AGE} y/o, Cr 3.1 from 1.4 on {DATE}.",
    "Palliative care consult: {NAME}, {AGEN}, goals of care discussed with daughter {FIRST} and son {FIRST}.",
    "ID consult: returned from {CITY} on {MD}; wife {NAME} also febrile.",
    "Psychiatry consult for {NAME}; collateral from mother {NAME} at {PHONE}.",
    # OB
    "OB: G2P1 at 32w, EDD {DATE}. Partner {NAME}. Prior delivery at {CITY} Regional.",
    "L&D: {NAME} delivered a female infant {TS}; infant name {FIRST} {SURNAME}.",
    "Prenatal intake: {NAME}, LMP {DATE}, plans to deliver in {CITY}.",
    "Postpartum: mother {LASTFIRST}, baby {FIRST}, discharge {DATE}.",
    "OB history: first child born {DATE} abroad; second born {DATE} in {CITY}.",
    # peds
    "Peds WCC: {FIRST} is a 4 yo here with mom {NAME} and grandmother {NAME}.",
    "Peds: immunizations per CAIR; last dose {DATE}. Father {NAME} consents.",
    "Peds: school nurse {NAME} at {CITY} Elementary faxed forms ({FAX}).",
    "NICU: baby boy {SURNAME}, born {DATE}, 31 weeks; mother {NAME}.",
    "Peds: {FIRST} ({NICK}) has asthma; uses spacer. Seen {DATE}.",
    # behavioural health
    "BH: Pt {NAME} reports stress since her brother {FIRST} was deported on {DATE}.",
    "BH intake: lives with partner {NAME} in {CITY}; no firearms.",
    "BH: safety plan reviewed; support person {NAME} ({PHONE}).",
    "Therapy note: {FIRST} discussed grief after father {NAME} died {DATE}.",
    "BH: pt prefers to be called {NICK}; pronouns they/them.",
    "SUD: enrolled in MAT {DATE}; pharmacy contact {NAME}.",
    # PT
    "PT Eval: {NAME}, s/p R TKA {DATE}. Lives in 2-story home at {STREETLINE}.",
    "PT: caregiver {FIRST} trained in transfers. Next visit {MD}.",
    "PT discharge: goals met; pt returning to work at {CITY} packing shed.",
    "OT: {LASTFIRST} needs shower chair; delivered to {STREET}.",
    # pharmacy
    "Pharmacy note: med rec with patient {NAME} and son {FIRST}; bottles from {CITY} Drug.",
    "Pharmacist {NAME}, PharmD, called {PHONE} re: warfarin dose.",
    "Rx transferred from {NAME}, RPh at {CITY} pharmacy ({PHONE}).",
    "Anticoag clinic: INR 3.4 on {DATE}; spoke with wife {NAME}.",
    "Prior auth {OTHER} approved {DATE} for member {PLAN}.",
    # home health
    "Home health visit {DATE} at {STREET}, {CITY}. Pt {NAME} and caregiver {NAME} present.",
    "HH: directions — {RURAL}, blue trailer behind the church; call {PHONE}.",
    "HH: Lives on the reservation near {CITY}; grandson {FIRST} assists with meds.",
    "HH RN: {NAME}, RN. Next visit {MD}.",
    "HH: pt's dog bit previous aide; gate code with {FIRST}.",
    # letters
    "Dear {NAME},\nThis letter confirms your visit on {LONGDATE}.",
    "To whom it may concern: {NAME} (DOB {DATE}) was seen in our clinic on {DATE} and may return to work {MD}.",
    "Dear Dr. {SURNAME}, thank you for referring {NAME}.",
    "Re: {NAME}, DOB {USDATE}, MRN {MRN}",
    "{NAME}\n{STREET}\n{CITY}, {STATE} {ZIP}",
    "Dear Mr. and Mrs. {SURNAME}, your son {FIRST} is due for vaccines.",
    "Letter of medical necessity for {NAME}, member {PLAN}, device {DEVICE}.",
    "Jury duty excuse for {NAME}, {AGEN} years old.",
    "Estimado/a {NAME}: su cita es el {DATE} en {CITY}.",
    # signature / cc
    "Electronically signed by {NAME}, MD on {TS}",
    "Signed: {NAME}, NP {DATE}",
    "Dictated by {NAME}, PA-C. Transcribed by {INITS} on {DATE}.",
    "cc: {NAME}, MD; {NAME}, DO",
    "cc: PCP Dr. {SURNAME}, {CITY} Family Medicine, fax {FAX}",
    "Cosigned: {LASTFIRST} MD {DATE}",
    "Attestation: I saw and examined the patient with resident {NAME}.",
    "Scribed by {NAME} for Dr. {SURNAME}.",
    "— {INITS}, RN",
    "Note written by {FIRST} {SURNAME}, LCSW",
    # family / social history
    "FHx: mother {NAME} (d. {DATE}) - breast ca; father {NAME} - T2DM; brother {FIRST} - HTN.",
    "FHx: maternal grandmother {FIRST} lived to {AGEN}.",
    "SHx: lives with husband {FIRST} and 3 children in {CITY}; works at a dairy.",
    "SHx: born in {CITY}; moved to the US in {MONYEAR}; speaks Mixteco and Spanish.",
    "SHx: retired from the mine in {CITY}; wife {NAME} died {DATE}.",
    "SHx: lives alone at {STREETLINE}; daughter {NAME} in {CITY} checks weekly.",
    "SHx: his partner {NAME} works nights; neighbor {FIRST} helps.",
    "SHx: Sikh, keeps kesh; wife {NAME} manages meds.",
    "SHx: LDS, bishop {SURNAME} arranging meals.",
    "SHx: member of the Navajo Nation; lives near {CITY}; uncle {NAME} is a medicine man.",
    "SHx: refugee from Eritrea, arrived {DATE}; caseworker {NAME} ({PHONE}).",
    "SHx: Hmong, clan elder {NAME} involved in decisions.",
    "SHx: Chaldean family; son {FIRST} is the spokesperson.",
    "Emergency contact: {NAME} (sister) {PHONE}",
    "Emergency contact: {LASTFIRST}, spouse, {PHONE}",
    "Health care proxy: {NAME}; alternate {NAME}.",
    "POLST signed {DATE}; surrogate {NAME}.",
    # demographics / registration
    "Patient: {NAME}   DOB: {DATE}   MRN: {MRN}   Acct: {ACCOUNT}",
    "Name: {LASTFIRST}  Sex: F  DOB: {USDATE}  Age: {AGEN}",
    "Address: {STREET}, {CITY}, {STATE} {ZIP}. Phone {PHONE}. Email {EMAIL}.",
    "Mailing: {POBOX}, {CITY} {STATE} {ZIP}",
    "Insurance: Medi-Cal {MEDICAID}; Medicare {MBI}.",
    "Ins: {PLAN} (subscriber {NAME}, DOB {DATE})",
    "SSN {SSN} verified; ITIN {ITIN} on file for spouse.",
    "Portal: username {USER}, proxy {NAME} since {MONYEAR}.",
    "Preferred name: {NICK}. Legal: {NAME}. DOB {USDATE}.",
    "AKA: {NAME}; previous name {NAME}.",
    "Language: Tongan; interpreter {FIRST} (ID {OTHER}).",
    "PCP: {NAME}, MD, NPI {NPI}.",
    "Prescriber: {NAME}, DEA {DEA}, lic {LICENSE}.",
    # discharge / transfer
    "Admitted {DATE}. Discharged {DATE} to daughter's home at {STREET}, {CITY}.",
    "Transferred to {CITY} Regional on {DATE}; accepting Dr. {SURNAME}.",
    "Discharge summary: {NAME}, {AGE} yo, LOS 4 days.",
    "Follow-up: Dr. {WLAST}, {CITY} clinic, {MD}.",
    "SNF placement at {CITY} Care Center; liaison {NAME} ({PHONE}).",
    "Hospice referral; pt {NAME} ({AGEN}) wishes to die at home in {CITY}.",
    "DME: walker delivered to {STREET} on {DATE}.",
    "Device: pacemaker serial {DEVICE}, implanted {DATE} in {CITY}.",
    "CPAP serial {DEVICE}; DME vendor contact {NAME}.",
    "Phone encounter {TS}: spoke with {NAME} (mother) at {PHONE}.",
    "Phone note: LVM for {FIRST} at {PHONE} on {DATE}.",
    "Telephone: {NAME} calling from {INTLPHONE} (overseas).",
    "Telehealth visit via {URL}; patient in {CITY}.",
    "Portal message from {NAME} reviewed {DATE}.",
    "Care team: {NAME} (RN), {NAME} (MA), {WNAME} (CHW).",
    "CHW {WFIRST} visited on {MD}; food bank referral.",
    "Case mgmt: ride booked for {FIRST}; driver {NAME}.",
    "Interpreter {NAME} present for entire visit (Amharic).",
    "Interpreter {FIRST} via phone, ID {OTHER} (Russian).",
    "Collateral from {NAME}, pt's roommate, on {DATE}.",
    "Witness: {NAME}, RN. Consent signed {DATE}.",
    "Chaplain {NAME} visited {MD}; pt's pastor {NAME} called.",
    "Ms. {SURNAME} is a pleasant {AGEN} y/o who still walks to mass.",
    "Mrs. {SURNAME}'s daughter {FIRST} lives in {CITY}.",
    "{FIRST}'s mother {NAME} asks for Spanish materials.",
    "Per {FIRST}, patient last ate {MD}.",
    "Dr. {SURNAME} and I discussed the CT on {DATE}.",
    "Seen {DATE} with attending Dr. {NAME}.",
    "Patient was seen by {INITS} on {DATE}.",
    "Outside records from {CITY} Medical Center ({DATE}) reviewed.",
    "Outside MRN {MRN} at {CITY} Hospital.",
    "Prior auth #{OTHER}, claim {OTHER}.",
    "Workers comp claim {OTHER}; employer contact {NAME}.",
    "MVA {DATE} near {CITY}; other driver {NAME}.",
    "Police report {OTHER}; officer {SURNAME}.",
    "CPS report filed {DATE}; worker {NAME} ({PHONE}).",
    "APS referral for {NAME} ({AGEN}); caseworker {NAME}.",
    "Guardian: {NAME}, per court order {DATE}.",
    "Deceased {TS}. Family ({NAME}, {NAME}) at bedside.",
    "Death pronounced {TS} by {NAME}, MD.",
    "Organ donor network notified; family contact {NAME}.",
    "Patient {NAME} ({AGE}) declines transfusion per faith.",
    "Spouse {FIRST} {SURNAME} requests copy of records mailed to {POBOX}.",
    "Records release to {NAME}, attorney, fax {FAX}.",
    "Vaccine given {DATE}, lot EK5730, by {NAME}, LVN.",
    "TB test read {DATE} by {INITS}: 0 mm.",
    "Specimen collected {TS} by {NAME}.",
    "Imaging: CT head {DATE} read by Dr. {SURNAME}.",
    "Pathology: {NAME}, MD signed out {DATE}.",
    "Nurse note: pt's wife {NAME} brought food from home.",
    "Nurse note: pt called his son {FIRST} in {CITY}.",
    "Nurse note {TS}: {NAME} ambulated 100 ft.",
    "Wound care by {WNAME}, RN; next {MD}.",
    "Dietitian {NAME} reviewed diet with pt and his mother {NAME}.",
    "Social work: housing application for {NAME}, unit at {STREETLINE} {UNIT}.",
    "Social work: pt sleeps in car (plate {PLATE}) near {CITY} library.",
    "School excuse: {FIRST} {SURNAME} absent {DATE} to {DATE}.",
    "Sports physical {DATE}: {FIRST}, {CITY} High, cleared.",
    "DOT exam {DATE}: driver {NAME}, CDL {LICENSE}.",
    "Fit-for-duty {ISODATE}: {NAME}, badge {OTHER}.",
]

_PHI_FREE_NOTE = [
    "BP 142/88, HR 91, RR 18, T 37.9 C, SpO2 95% on RA",
    "Wt 88.2 kg, Ht 168 cm, BMI 31.3",
    "A1c 9.4%, fasting glucose 188, LDL 131",
    "Na 131, K 5.4, Cr 1.9, BUN 38, eGFR 34",
    "Hgb 9.1, MCV 72, ferritin 8 - iron deficiency",
    "TSH 0.08, free T4 2.9, start methimazole 10 mg",
    "INR 3.4 on warfarin 5 mg; hold 1 dose then 4 mg daily",
    "prednisone taper: 40 mg x 3 days, 30 x 3, 20 x 3, 10 x 3, stop",
    "methylprednisolone dose pack, day 2 of 6",
    "insulin glargine 24 units qhs, lispro 6 units with meals",
    "metformin ER 1000 mg bid, empagliflozin 10 mg daily",
    "buprenorphine-naloxone 8/2 mg SL daily",
    "sertraline 50 mg daily, increase to 100 mg in 2 weeks",
    "amoxicillin-clavulanate 875/125 bid x 7 days",
    "PHQ-9 17, GAD-7 12, C-SSRS negative",
    "AUDIT-C 5, DAST-10 2",
    "Edinburgh Postnatal Depression Scale 14",
    "GCS 15, NIHSS 0, pupils equal and reactive",
    "Apgar 8 and 9, birth weight 3.2 kg",
    "G3P2012 at 28w2d, fundal height 28 cm, FHR 144",
    "Bishop score 7, cervix 3/60/-2",
    "PT: TUG 18 s, gait speed 0.6 m/s, Berg 38/56",
    "ROM knee 5-95 degrees, quad lag 10 degrees",
    "CHA2DS2-VASc 4, HAS-BLED 2",
    "Wells score 1.5, D-dimer negative",
    "CURB-65 1, PSI class II",
    "MELD-Na 18, Child-Pugh B",
    "Parkinson's disease on carbidopa-levodopa 25/100 tid",
    "Hashimoto's thyroiditis, stable on levothyroxine 88 mcg",
    "Bell's palsy, day 3, prednisone and valacyclovir",
    "Kawasaki disease ruled out, echo normal",
    "Crohn's ileitis, on ustekinumab every 8 weeks",
    "Sjogren's syndrome, dry eyes, pilocarpine 5 mg",
    "Guillain-Barre syndrome, plasmapheresis day 2",
    "Osgood-Schlatter, ice and activity modification",
    "Colles fracture, closed reduction, splint",
    "Baker's cyst behind the left knee",
    "Valley fever (coccidioidomycosis), fluconazole 400 mg daily",
    "pt is 67 and lives with her husband",
    "a 45-year-old man with low back pain",
    "she is 89 and independent in ADLs",
    "83 y/o with moderate dementia, MoCA 14/30",
    "seen Monday, recheck Thursday",
    "symptoms since Sunday, worse since Wednesday",
    "diagnosed in 2014, surgery in 2019",
    "last colonoscopy 2021, next due 2031",
    "quit smoking in March, 20 pack-years",
    "worse every winter, better by May",
    "RTC 3 months with labs 1 week prior",
    "follow up in 2 weeks, sooner if fever",
    "lichen planus on the wrists, topical clobetasol",
    "plantar wart on the right heel, cryotherapy x 2",
    "left elbow effusion, olecranon bursitis",
    "kneecap dislocation reduced in the field",
    "sinus rinse bid and fluticasone nasal",
    "tonsil stones, salt water gargles",
    "gland swelling, likely reactive lymph node",
    "nerve conduction study shows carpal tunnel",
    "cast check: no swelling, cap refill brisk",
    "arm in a sling for 2 weeks",
    "scalpel #15, 3 interrupted sutures",
    "bedside ultrasound: no pericardial effusion",
    "stretcher to CT, returned at baseline",
    "vitals stable overnight",
    "gristle-like nodule on the palm, Dupuytren's",
    "no grave concerns on today's exam",
    "death certificate completed by the attending",
    "fall on gravel, abrasions to both knees",
    "orbit fracture ruled out on CT face",
    "tumble from bunk bed, no LOC",
    "drain output 40 mL serous",
    "thermal burn to the left hand, 2% TBSA",
    "sisters and brothers all with early CAD",
    "squall of coughing at night",
    "equinox and solstice schedule changes upset his sleep",
    "manna from the church food pantry helps with groceries",
    "mayor's heat advisory today, extra fluids",
    "baby is feeding well, 8 wet diapers",
    "doors locked at night for wandering risk",
    "rivet injury to the thumb at work",
    "leap from a height of 6 feet",
    "latte and espresso daily, cut back to 1 cup",
    "waffles and syrup for breakfast, discussed carbs",
    "tofu and mochi at home, Asian diet counseling",
    "cheery affect, good eye contact",
    "worship services help her cope",
    "look for orthostatic drop",
    "chit-chat about his garden, mood bright",
    "helper at home 4 hours a day",
    "grave's disease? no - Graves disease, on methimazole",
    "boron level not indicated",
    "jackpot of symptoms: fever, rash, arthralgia",
    "look-alike sound-alike alert: hydroxyzine vs hydralazine",
    "mild sinus tachycardia on ECG",
]
_PHI_FREE_CHAT = [
    "ok thank u 🙏",
    "can i take tylenol with the antibiotic",
    "my sugar was 240 after dinner is that bad",
    "bp this morning 150/92 pulse 88",
    "is the lab open saturday",
    "what time does the pharmacy close sunday",
    "running 10 min late sorry",
    "the baby has a fever of 100.8",
    "can i split the 20 mg pill in half",
    "i missed my dose last night",
    "rash on my arm since monday",
    "need a work note for tuesday and wednesday",
    "my knee still hurts after 3 weeks",
    "gracias doctora",
    "salamat po",
    "cảm ơn bác sĩ",
    "감사합니다",
    "谢谢",
    "спасибо",
    "ਧੰਨਵਾਦ",
    "mahalo nui",
    "fa'afetai",
    "i had a latte and now my heart is racing",
    "i ate waffles and my sugar is 280",
    "can i eat tofu on the kidney diet",
    "mochi has a lot of sugar right",
    "the wart on my finger is back",
    "my elbow clicks when i lift",
    "sinus pressure for 10 days",
    "i think its my tonsil",
    "pinched nerve in my neck maybe",
    "the cast itches so bad",
    "do i still need the sling",
    "is the drain supposed to be red",
    "i fell on the gravel driveway",
    "my sisters have the same thing",
    "the doors at the clinic were locked at 8",
    "i want to leap out of bed but my back says no",
    "baby is sleeping better",
    "the mayor said cooling centers are open",
    "just got back from church worship",
    "feeling cheery today 😊",
    "my grave concern is the cost",
    "look, i just need the refill",
    "the bedside commode helped",
    "the vitals machine at home says 98%",
    "i work night shift so call after 2pm",
    "my knee is better after the shot",
    "is the covid vaccine the same as last year",
    "how long for the biopsy results",
    "the ride never came",
    "need the spanish version pls",
    "can the interpreter be a woman",
    "what is a1c",
    "do u take medi-cal",
    "is there parking at the clinic",
    "the elevator was broken",
]
_PHI_FREE_LOG = [
    "INFO health.check status=ok latency_ms=4",
    "GET /healthz 200 1ms",
    "WARN cache miss key=formulary:v42 ttl=3600",
    "INFO worker=3 queue=default task=kb.reindex duration_s=18.2",
    "ERROR upstream=lab-gw timeout after 30s (attempt 3/3)",
    '{"event":"model_loaded","model":"triage-v7","took_ms":1420}',
    '{"event":"retrieval","k":8,"index":"bm25","hits":5}',
    '{"level":"info","msg":"cron finished","job":"nightly-backup","duration":"14m"}',
    "MSH|^~\\&|LAB|WESTREG|EHR|HUB|||ORU^R01||P|2.5.1",
    "OBX|1|NM|2345-7^Glucose||112|mg/dL|70-99|H|||F",
    "OBX|2|NM|4548-4^HbA1c||7.9|%|<5.7|H|||F",
    "OBX|3|NM|2160-0^Creatinine||1.21|mg/dL|0.6-1.3||||F",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":72}}',
    '{"resourceType":"Medication","code":{"text":"lisinopril 10 mg tablet"}}',
    "ivr: menu option 3 selected 412 times today",
    "crm: 0 tickets breached SLA",
    "age.guard: 12 records bucketed 90+ for export",
    "dedupe: threshold 0.92, 0.3% duplicates",
    "device.firmware model=G7 version=3.2.1 ok",
    "pump.model=t:slim X2 firmware=7.6",
    "omnipod DASH pdm version 2.1.4",
    "cgm.upload readings=288 gaps=0",
    "ble.scan found 4 devices",
    "X12 997 accepted 1 of 1 transaction sets",
    "ISA*00*          *00*          *ZZ*WESTREG*ZZ*PAYER~",
    "SVC*HC:99214*210*180**1~",
    "CAS*CO*45*30~",
    "job=claims-resubmit run=77 status=ok",
    "sso: metadata refreshed, 2 certificates",
    "cert renewed for portal, expires in 90 days",
    "disk /var 71% used",
    "replication lag 0.4s",
    "feature flag spanish_sms=on",
    "translation memory hits 84%",
    "System check identified no issues (0 silenced).",
    "Applying scheduling.0031_add_interpreter_lang... OK",
    "tz=UTC-8 dst=true",
    "tz=UTC-7 dst=false",
    "tz=UTC-7 dst=true",
    "weekday=Tuesday clinic_hours=8-17",
    "month=July heat_protocol=on",
    "year=2024 fiscal_close=done",
    "smoke AQI 182, air quality alert banner on",
    "valley fever season banner enabled",
    "wildfire evacuation banner off",
    "gravel lot closed for paving",
    "drain.sched runs nightly",
    "thermal printer offline in pharmacy",
    "baby-friendly designation renewed",
    "latte machine in lobby out of order",
    "doors.controller reboot ok",
    "look-ahead cache warm",
    "leap second handled",
    "mayor api rate limit 100/min",
]
_PHI_FREE_FORM = [
    "Name: ______________  DOB: __/__/____",
    "Address: ______________  City: ________  State: __  ZIP: _____",
    "Preferred language: English / Español / Tiếng Việt / Tagalog / 한국어 / 中文 / ਪੰਜਾਬੀ / Русский",
    "Interpreter needed? Y / N",
    "Copay: PCP $20, specialist $45, ER $200",
    "Medi-Cal / OHP / AHCCCS / Apple Health / Medicaid: ____",
    "Signature: ________  Date: ______",
    "Emergency contact: ________  Relationship: ____  Phone: ________",
    "Office hours: Monday-Friday 8-5, Saturday 9-1",
    "Please bring your insurance card and photo ID.",
    "Reply C to confirm, R to reschedule, STOP to opt out.",
    "Responda C para confirmar, R para cambiar.",
    "METFORMIN 500 MG TAB #60, take 1 tablet twice daily with food, refills: 5",
    "Tests ordered: CBC, CMP, lipid panel, A1c, TSH",
    "Specimen: whole blood, lavender top, room temp",
    "Allergies: NKDA / penicillin / sulfa / latex",
    "Pages: 4 including cover. CONFIDENTIAL.",
    "Visit type: follow-up, 20 min, video eligible",
    "Form CMS-1500 box 24J: rendering NPI",
    "Sliding fee tier 2: $30 per visit",
]
PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_LOG[0::2], _PHI_FREE_NOTE, _PHI_FREE_LOG[1::2], _PHI_FREE_CHAT, _PHI_FREE_FORM
    )
    for line in group
    if line is not None
]
