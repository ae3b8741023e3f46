"""The "blind11" split: a held-out judge set for a Pacific and Northwest health system, written
blind, without looking at the engine, its tests, its benchmark code, its docs or its output.

How it was written. Only generate.py, templates.py, values.py, tune4.py and tune5.py (for the
interface, the style and the annotation rules) and pyproject.toml (for ruff) were read. The
engine (bench/redaction.py, bench/redaction_train.py), compliance/, tests/, docs/, the README
files and every other data module were not opened or printed; the other modules were only
imported by a throwaway script that collected their value pools and the words of their templates
for the overlap check below, printing counts and this module's own colliding words and nothing
else. Templates and clean lines were also compared with those of tune4.py and tune5.py, the two
modules that could be read, and reworded until none was a near copy of one of theirs.

What it models. An academic medical centre in the Pacific Northwest ("Cascadia"), critical
access hospitals in Washington, Oregon, Idaho and Montana, an Alaska Native tribal health
consortium with village clinics, community health aides, travel escorts and medevacs, and a
Hawaii community health centre network serving Native Hawaiian, Pacific Islander, COFA
(Marshallese, Chuukese, Palauan) and Filipino families; plus their pharmacy, patient portal,
nurse advice line and billing office. CHAT is portal messages, SMS and chatbot turns written the
way people type them: lowercase, no punctuation, typos, emoji, Hawaii Pidgin, Spanish, Russian,
Tagalog and Ilocano, Samoan, Tongan, Marshallese, Chuukese, Yup'ik, Somali, Pashto, Punjabi and
Basque greetings and kin words mixed in ("tutu", "lola", "manang", "babushka", "aunty" stay
outside a name), relatives and neighbours named with or without a cue, nicknames, sign-offs,
ferries, float planes, fish camp, barge days and breakup season. LOGS is the system's IT:
key=value lines, JSON, HL7 v2 (PID, NK1, PV1, IN1, GT1, OBR, SCH, TXA, ACC and a Z-segment),
FHIR, CCD XML, DICOM tags, CSV rows, IIS and nginx access lines, query strings, Windows, Okta,
Azure AD, LDAP and VPN events, SMS carrier, IVR, voicemail and satellite-phone records, queue,
fax, e-prescribing (NCPDP, Surescripts, EPCS), lab-interface, PACS and registry events, Python,
Java, JS, SQL Server, Oracle and Mongo errors, and X12 270/276/277/834/835/837 fragments. NOTES
is clinical documentation of all sorts: headers, HPI, assessment and plan, ED and trauma, OB and
newborn, pediatrics, behavioral health, home health and hospice, social work and case
management, travel and escort authorizations, telephone and nurse-line notes, nursing notes,
letters, signature, attestation, routing and cc lines, and family and social history naming
relatives and where they live.

Names come from 54 origins: Native Hawaiian, Samoan, Tongan, Marshallese, Chuukese, Palauan,
Chamorro, iTaukei Fijian, Indo-Fijian, Ilocano, Visayan, Okinawan, Nikkei (older Issei and Nisei
given names), Korean, Cantonese, Taishanese, Lao, Mien, Khmer, Thai, Yup'ik, Inupiat, Tlingit,
Haida, Athabascan, Unangax, Coast Salish, Yakama, Nez Perce, Blackfeet, Crow, Russian Old
Believer, Ukrainian Pentecostal, Moldovan, Romanian, Georgian, Armenian, Somali, Oromo, Eritrean
Tigrinya, Sudanese and South Sudanese, Congolese, Afghan Pashtun, Iraqi, Punjabi Sikh, Mixtec,
Zapotec, Purepecha, Basque, Norwegian, Finnish, Dutch Reformed, Scottish and old-family Anglo
ranchers. They are written as each custom has it: family name first (Korean, Cantonese, Toisan,
Khmer, Congolese papers), patronymics (Old Believer and Ukrainian), a given, a father's and a
grandfather's name (Horn of Africa, Iraq), double surnames (Oaxaca, Michoacan, Bizkaia), particles
("al-", "Vande"), a single name on an I-94, an English or lent given name before a Hawaiian
middle name, the okina and Tongan glottal stop kept or dropped, hyphenated Korean and Cantonese
given names, Inupiaq letters, and Crow and Blackfeet family names written as one word. About one
name in seven is, or contains, an ordinary English word (Passes, Bends, Backbone, Hugs, Simple,
Treetop, Barge, Troll, Strait, League, Talon, Dory, Tuff); PHI_FREE uses the same words plainly.

No overlap. No given name, family name, patronymic, nickname, street name, city or e-mail domain
here (after folding accents and case; an okina or apostrophe inside a name and the hyphen of a
one-word hyphenated given name are dropped before comparing) appears in the pools of values.py
(with the Faker names it draws for both of its splits), the templates of templates.py, the pools
or template words of any other bench/redaction_data module (blind, blind2 to blind10, tune2 to
tune14 at the final check), or Faker's en_US first- and last-name lists. Name particles, generic
address words and top-level domains were exempt. The check was rerun after every change and once
more at the end: zero collisions. Cities are small real towns of the six states and the islands
and towns patients came from; streets are real local street names of the region.

Annotation. A US state is not scored (STATE has label None). A title or kin word (Dr., Mrs.,
Pastor, Sister, Father, Trooper, aunty, tutu, lola, manang, nanay, babushka), a credential (MD,
RN, ARNP, CHA/P, LICSW, PharmD, Esq.) and a possessive "'s" stay outside the NAME span. Each HL7,
X12, DICOM or FHIR name component is its own NAME span; FHIR "text" and CSV or JSON full-name
fields are one span. Initials that stand for a person are a NAME. A weekday or clock time beside
a date stays outside the DATE, and so does the clock after a web-log date, while a whole ISO,
HL7 or logging timestamp is one DATE. A year, month or weekday alone is not PHI. Only ages over
89 are AGE_OVER_89 (numbers or words); younger ages are plain text. Street addresses (house
number, street, unit; PO boxes, highway-contract routes, mileposts, BIA routes and a unit line on
its own) are ADDRESS, towns CITY, ZIP codes ZIP. Tribal enrollment numbers, A-numbers and I-94
numbers are OTHER_ID; ProviderOne, OHP, Med-QUEST, Medicare and commercial member numbers are
HEALTH_PLAN_ID; driver's, professional and DEA numbers and NPIs are LICENSE_NUMBER; plates, VINs
and boat numbers are VEHICLE_ID. Request ids, latencies, status codes, byte counts, process ids
and clock times are filler with label None. Organisations, drugs, eponyms, device models and
holidays are literal text, never a NAME.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Where a community's given names are mostly
# shared with another pool (English given names among Native elders, Spanish ones in Oaxaca and
# on Guam), GIVEN_ALSO lends that pool as well.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "native_hawaiian": (4, [
        "Kau\u02bbi", "Iwalani", "Kamuela", "Kauanoe", "Nāmaka", "Ualani", "Kahealani", "Kalikolehua",
        "Kekaulike", "Kamalani", "Kaleikoa", "Ka\u02bbimi", "Ka\u02bbala", "Hi\u02bbilei", "Ke\u02bbōpū", "Kapua\u02bbala",
        "Kaniala", "Kala\u02bbi", "Leilehua", "Mahinaokalani", "Nāpua", "Kaleipua", "Kaha\u02bbi", "Manuwai",
        "Ha\u02bbaheo", "Ka\u02bbuiki", "Ku\u02bbupua", "Kaimiola",
    ], [
        "Ka\u02bbapuni", "Keawekane", "Kamakele", "Lukela", "Paishon", "Ka\u02bbawaloa", "Kaleopaa",
        "Kaohelaulii", "Kealiinohomoku", "Kinimaka", "Mahuka", "Maunakea", "Paakaula", "Pelekai",
        "Wahilani", "Kealohanui", "Lii", "Makanui", "Nahoopii", "Hookano", "Kaukaha", "Kiaaina",
        "Haae", "Hanohano", "Iaea", "Kaahaaina", "Kahele", "Kahoohalahala",
    ]),
    "samoan": (3, [
        "Faatonu", "Malaeulu", "Pulefano", "Tafaoimalo", "Ropati", "Taupau", "Fiapapalagi", "Ioelu",
        "Filipo", "Tamasailau", "Taimalelagi", "Sinaitupu", "Faaolataga", "Lilomaiava", "Malaefou",
        "Vaaelua", "Malaefono", "Sarona", "Uluitiiti",
    ], [
        "Mauigoa", "Peteru", "Sao", "Aufai", "Leituala", "Ioapo",
        "Tuifagalele", "Sapini", "Malufau", "Leiataualesa", "Taase", "Siufanua", "Alaimaleata",
        "Penitani", "Semaia", "Tuioti", "Tuitama", "Malepeai", "Muasau",
    ]),
    "tongan": (2, [
        "Uini", "Heamasi", "Sefita", "Ma\u02bbake", "Simote", "Uliti", "Silivia", "Lesila", "Siosifa",
        "Kelepi", "Meleseini", "Fekau", "Falakiko", "Sangata",
        "Fifilina", "Hikila", "Kasanita", "Lataheala", "Ongosia", "Siupeli", "Vaisima", "Tavake",
        "Sisilia", "Katalina",
    ], [
        "Fakalata", "Latailakepa", "Maafu", "Hausia",
        "Tau\u02bbalupe", "Fotu", "Havea", "Tuakoi", "Taufahema", "Tatafu",
        "Mo\u02bbungaloa", "Tu\u02bbitavake", "Mokofisi",
    ]),
    "marshallese": (3, [
        "Jemi", "Laninbit", "Kilon", "Neitaro", "Mejbon", "Jurelang", "Lanej", "Jerlyn", "Limeto",
        "Lijoan", "Jaluk", "Lijimi", "Aneo", "Lokkein", "Raynor", "Jiniwe", "Erakim", "Jeimata",
        "Timako", "Limjolok", "Jelet", "Rubon", "Lijabu", "Kajen",
    ], [
        "Zedkaia", "Lajuan", "Lorak", "Abon", "Kaiko", "Lokejak", "Jorban", "Kejeb", "Momotaro",
        "Laik", "Likinbod", "Neimata", "Wase", "Kios", "Bolkeim", "Jurlang", "Mwekto", "Kemaai",
    ]),
    "chuukese": (3, [
        "Kofak", "Elimo", "Marar", "Choram", "Weipo", "Sirom", "Meipo", "Tesime", "Fiti", "Koiwa",
        "Kiaime", "Merisina", "Misako", "Simako", "Anestasia", "Sirena", "Tadasy", "Kiyosy",
        "Iosinto", "Nekiwo", "Kamilo", "Sitana", "Meisuo", "Rensely", "Kechuo", "Manesa",
    ], [
        "Sapwo", "Sikain", "Kiniol", "Akapito", "Bisalen", "Chitaru", "Ekiek", "Kansou", "Kiefu",
        "Nimwes", "Opwis", "Perman", "Sachuo", "Saimon", "Sairen", "Sellem", "Uruo", "Wiliander",
        "Yamase", "Bossin", "Chipen", "Aunu", "Kintaro", "Namono", "Rodasy", "Tulensru", "Mosinto",
        "Alafanso", "Kinsen", "Ikefai", "Kofiro", "Sanfio", "Kommeta",
    ]),
    "palauan": (1, [
        "Dilmei", "Kelulau", "Ngeskesuk", "Bilung", "Uodelchad", "Ebil", "Kuniwo", "Ikesakes",
        "Rechiuang", "Blailes", "Dirrecheteet", "Ilebrang", "Kerngil", "Maireng", "Rebluud",
        "Sechedui", "Techur", "Ulai", "Dirngulbai", "Elong", "Kebekol", "Siksei", "Surangel",
        "Baklai", "Hersey", "Swenny", "Ulebeang",
    ], [
        "Toribiong", "Ngiraikelau", "Olkeriil", "Rechucher", "Kesolei", "Kuartei", "Ngiratkel",
        "Sengebau", "Obichang", "Ngirchokebai", "Ngiraiwet", "Rengiil", "Tmodrang", "Ngiraklsong",
        "Bedor", "Mesubed", "Otobed", "Udui", "Ngotel", "Sadang", "Skebong", "Ulengchong",
        "Yangilmau", "Rechirei", "Tabelual", "Oiterong", "Kual", "Mariur", "Decherong", "Ililau",
        "Idechong", "Kloulechad", "Mokoll", "Ngiraingas", "Isechal", "Etpison", "Sisior", "Remeliik",
    ]),
    "chamorro": (2, [
        "Severina", "Emeteria", "Marciana", "Romualda", "Apolinaria",
        "Gaudencia", "Leoncia", "Simplicia", "Balbino",
    ], [
        "Taijeron", "Palomo", "Sgambelluri", "Hocog", "Fejeran", "Quidachay", "Sahagon", "Afaisen",
        "Agulto", "Alerta", "Anciano", "Hattig", "Manglona", "Onedera",
        "Taitague", "Techaira", "Arriola", "Tyquiengco", "Songao", "Aldan", "Ayuyu", "Igisomar",
        "Kapileo", "Norita",
    ]),
    "fijian": (1, [
        "Vilikesa", "Akanisi", "Ilisapeci", "Timoci", "Kalisito", "Waisale", "Jovesa",
        "Apakuki", "Asaeli", "Isikeli", "Josaia", "Kelera", "Lavenia", "Makereta", "Mereseini",
        "Paulini", "Salanieta", "Sereana", "Taraivini", "Unaisi", "Vasiti", "Viniana", "Aliti",
        "Emosi", "Iowane", "Jekope", "Maciu", "Naibuka", "Osea", "Rusiate", "Saimoni", "Vuniani",
        "Wainikiti", "Alesi", "Ateca", "Miliakere", "Seruwaia", "Tokasa",
    ], [
        "Nawalowalo", "Koroi", "Cakau", "Seruvatu", "Dakuvula", "Tikoisuva", "Ravula",
        "Naulumatua", "Waqanivalu", "Nailatikau", "Vosanibola", "Delai", "Tabua", "Ratulevu",
        "Koroivuki", "Nakalevu", "Baleiwai", "Bogidrau", "Cokanasiga", "Drauna", "Gavidi",
        "Kurusiga", "Matanitobua", "Nabou", "Naisoro", "Rokotuiwakaya", "Saumaka", "Tuivaga",
        "Uluiviti", "Vakadewavosa", "Volavola", "Bulivou", "Colati", "Dakuidreketi", "Kuruvakadua",
        "Masirewa", "Nasau", "Soqeta", "Tuilovoni", "Vatuwaqa", "Kunatuba", "Naqelevuki",
        "Tikotikoca",
    ]),
    "indo_fijian": (1, [
        "Roneel", "Avinesh", "Shalvin", "Ronika", "Shivneel", "Kritika", "Nileshni", "Avneel",
        "Shalendra", "Rajneel", "Ashika", "Shaneel", "Rohinesh", "Vikashni", "Priyashni",
        "Dharmendra", "Sanjeshni", "Kamlesh", "Vinesh", "Salendra", "Shobna", "Reshmi", "Ritesh",
        "Kushal", "Amitesh", "Sashi", "Ameeta", "Bimla", "Savita", "Kaushal", "Sukh Dei",
    ], [
        "Naicker", "Mudaliar", "Nand", "Begg", "Chetty", "Ramrakha", "Ramlu", "Shandil", "Sukhu",
        "Autar", "Parmanandam", "Raniga", "Vithal", "Ramswamy", "Munsami", "Rampal", "Sukha",
        "Permal", "Ramjan", "Jagannath", "Sanjeshwar",
    ]),
    "ilocano": (3, [
        "Eufrosina", "Benedicta", "Gliceria", "Paciencia", "Vivencio",
        "Ireneo", "Maximo", "Rosauro", "Pedrito", "Gaudioso", "Heracleo", "Agapita",
    ], [
        "Pagdilao", "Cabanting", "Ganir", "Tabilangan", "Calpito", "Labasan", "Abinsay",
        "Bagay", "Caday", "Dacayanan", "Macadangdang", "Nacis", "Ugale", "Agdinaoay",
        "Tacata", "Udarbe", "Adviento", "Bumanlag", "Gacayan", "Ilac", "Mangrobang",
        "Nagtalon", "Obra", "Pabalate", "Sacayanan", "Tabudlo", "Viernes", "Bagaoisan", "Cacatian",
        "Estioco", "Gapasin", "Pagarigan", "Salvatierra", "Balbag",
    ]),
    "visayan": (2, [
        "Cresilda", "Jerlie", "Junrel", "Liezl", "Welmar", "Dianne", "Amor", "Jonrey", "Reymark",
        "Jayrald", "Rubylyn", "Cresencio", "Wenefredo", "Dioscoro", "Gerome", "Fely",
        "Mila", "Resty", "Wenie", "Glecy", "Merlinda", "Nenette", "Joelyn",
        "Richelle", "Concordia",
    ], [
        "Cabreros", "Gador", "Oyangoren", "Pacaña", "Sumalpong", "Villacastin", "Mabalot", "Dinoy",
        "Lumayag", "Tabotabo", "Abarquez", "Bajarias", "Dumdum", "Gica", "Hinayon", "Ilustrisimo",
        "Jumawan", "Lapitan", "Maglasang", "Navarra", "Pepito", "Rosal", "Sarabosing", "Tabanao",
        "Yamson", "Bongcac", "Dacalos", "Estrera", "Gultiano", "Inoc", "Jabagat",
        "Labra", "Nacua", "Sabellano", "Tagaan", "Zosa", "Abelgas", "Cabiling",
        "Hontiveros", "Lagura", "Oporto", "Paquibot", "Quiamco", "Remolador", "Saromines",
        "Ursal",
    ]),
    "okinawan": (2, [
        "Shinsuke", "Kamaru", "Gozei", "Kana", "Umito", "Chiru", "Mazuru", "Choken", "Kamesuke",
        "Seikichi", "Chojun", "Seitoku", "Kosei", "Seiei", "Choshin", "Kamejiro", "Kamata",
        "Ushitaro", "Makato", "Tokujiro", "Shinei", "Yoneko", "Hatsuko",
    ], [
        "Ganeko", "Tomon", "Yonashiro", "Gibo", "Nakamine", "Afuso", "Aguni", "Ahakuelo", "Chinna",
        "Funakoshi", "Genka", "Gima", "Iraha", "Kabashima", "Kanetake", "Kawamitsu", "Kina",
        "Kudaka", "Makishi", "Nakahodo", "Nakayoshi", "Tamayori", "Tokashiki", "Toyama", "Uezu",
        "Yoza", "Zamami", "Kakinami", "Sakumoto", "Sonoda", "Nohara", "Shimoji", "Tamanaha",
        "Taketa", "Uyeunten", "Yonahara",
    ]),
    # Japanese Americans of the older generations: Issei and Nisei given names, -ye spellings.
    "nikkei": (3, [
        "Itsuo", "Shigeo", "Sachiye", "Yoshiye", "Shiro", "Kazuichi", "Natsuye",
        "Tomoye", "Umeno", "Miyoko", "Toyo", "Seiji",
        "Chizuko", "Michiye", "Tamiye", "Otoe", "Kaneichi", "Riichi", "Jitsuo", "Fujio",
    ], [
        "Tanimoto", "Tsutsui", "Kurose", "Shigaki", "Kurata", "Shintani", "Shimamoto",
        "Kodama", "Hoshida", "Kashiwagi", "Sakoda", "Urata", "Yamamura", "Akiyoshi",
        "Kakimoto", "Nishi", "Sagawa", "Wakida", "Kanagawa", "Masaoka", "Shiozawa", "Tashima",
        "Yasutake", "Hiraoka", "Kuroiwa", "Mukai", "Noritake", "Tominaga", "Yagura", "Kawahara",
        "Miyata", "Omoto", "Hada", "Ikemoto", "Kanegae", "Kiyomura", "Moriguchi", "Ochiai",
        "Shiohama", "Inaba", "Kusumoto", "Shiraki", "Tsuda", "Yoshino",
    ]),
    "korean": (1, [
        "Bok-nam", "Sun-ok", "Gyeong-hui", "Chang-su", "Kkeut-soon", "Ok-ran", "Jeong-hui",
        "Yeong-sik", "Gap-su", "Man-sik", "Du-hwan", "Tae-hwan", "Seung-hui", "Hye-gyeong",
        "Eun-jeong", "Jun-yeong", "Su-ah", "Mi-ok", "Gwi-nam", "Cheol-su", "Hak-su", "Dong-seok",
        "In-suk", "Nam-hui", "Jeong-ja", "Bong-sun", "Ok-hui", "Sang-cheol", "Hui-jeong",
    ], [
        "Tahk", "Sunu", "Tokko", "Ohk", "Kwack", "Sunoo", "Cheun", "Sul", "Kyun",
    ]),
    "cantonese": (1, [
        "Wai-kuen", "Siu-ling", "Kwok-wing", "Kam-wah", "Kwok-keung", "Siu-fong", "Mui-fong",
        "Pui-yee", "Hoi-ting", "Ho-kwan", "Chun-wai", "Yau-tak", "Pak-hung", "Sai-kit", "Kit-ying",
        "Oi-lin", "Yin-fun", "Kam-fung", "Lai-kuen", "Fung-yee", "Sze-man", "Shing-fat",
    ], [
        "Ngok", "Tsim", "Wun", "Keung", "Kok", "Ngau", "Chak", "Sheung", "Tsan",
    ]),
    # Old Toisan families of the Chinatowns of Seattle, Portland and Honolulu.
    "taishanese": (1, ["Kew"], ["Pon", "Gok", "Hew"]),
    "lao": (1, [
        "Douangchai", "Inpeng", "Malaythong", "Somchanh", "Soulivanh", "Thavisack", "Vanthong",
        "Manivone", "Nouanesy", "Sommay", "Souvanna", "Thipphavanh", "Vatsana", "Viengsavanh",
        "Bouakeo", "Khamsouk", "Lattana", "Mone", "Phout", "Sitha",
    ], [
        "Keophilavanh", "Luangpraseut", "Onekeo", "Phommavongsa", "Sihalath", "Sisombath",
        "Sivongsa", "Souriyavong", "Thepsouvanh", "Vilaythong", "Xaysongkham", "Bouphaphanh",
        "Kittirath", "Mounivong", "Phengsavanh", "Sayarath", "Somvang", "Thongkhamsavath",
        "Vixayvong", "Xaiyavong", "Sounthala",
    ]),
    "mien": (1, ["Muang", "Orn", "Sarn", "Fey Orn", "Fou", "Tsan", "Kaow", "Kouichoy"], [
        "Saepharn", "Saechang", "Saeturn", "Saephanh", "Saelaw", "Saechou", "Saefoung", "Saeliew",
        "Saechew", "Saeyoung", "Saesee", "Saetia", "Saelor", "Saevang", "Saefan", "Liew",
    ]),
    "khmer": (1, [
        "Sothy", "Borey", "Socheat", "Sokhan", "Thavry", "Sarun", "Sarom",
        "Phirun",
    ], [
        "Houn", "Ngin", "Ouch", "Peou", "Sem", "Khoeun", "Prum", "Sary", "Chhoun", "Kry",
        "Sous",
    ]),
    "thai": (1, [
        "Thanakorn", "Jiraporn", "Naruemon", "Sasithorn", "Benjamas", "Kulap",
        "Mayuree", "Nongnuch", "Pimpa", "Tassanee", "Uraiwan", "Waraporn",
        "Anurak", "Ekkachai", "Jakkrit", "Kriangsak", "Manop",
        "Sakda", "Yuthana", "Phaiboon",
    ], [
        "Chaiyaphum", "Wongkhamchan", "Phanthip", "Thongdee", "Kaewsai", "Chaisiri",
        "Intarasuk", "Jantasorn", "Kongkaew", "Mahawong", "Panyasiri", "Rungsuk", "Sangkhum",
        "Siripong", "Tanasombat", "Usaha", "Yodkhum", "Chantarasap", "Kitcharoen",
        "Noppakun", "Pinyopat", "Rojanasakul", "Sombatsiri", "Thammasak", "Vichitchai",
        "Phromphan", "Sriwong", "Saengchai", "Klinhom", "Thongkham", "Jaiyen",
        "Boonprasert", "Inthong", "Khamwong", "Sukjai",
    ]),
    "yupik": (3, [
        "Anguyuk", "Uyuruk", "Qanaq", "Cuyaq", "Kangiq", "Nuqaq", "Panigkaq", "Ulurruk", "Yaaruq",
        "Kassiaq", "Mikngaq", "Qacung", "Tegganeq", "Uivaq", "Evon", "Tinka", "Vernita",
    ], [
        "Chikigak", "Kalistook", "Atchak", "Nanuwak", "Ayojiak", "Kassaiuli", "Aguchak", "Chagluak",
        "Chiklak", "Kasayuli", "Kokrine", "Matchian", "Oldfriend", "Pavilla", "Unok",
        "Waska", "Ekamrak", "Nukwak", "Kanuk", "Naneng", "Kamkoff", "Echuck", "Ivon",
    ]),
    "inupiat": (2, [
        "Siqiniq", "Uqualuk", "Naluk", "Tigluk", "Aaqaaq", "Agnik", "Aluniq", "Ataŋan", "Kaŋiq",
        "Miqsraq", "Paniataaq", "Quppak", "Sigvan", "Uluqsi", "Annauk", "Qaiyaaq", "Aġnaqłuk",
        "Tuuqłuk", "Kuuttuq", "Amaruq", "Suurraq", "Uyaġaq", "Aqqaluk", "Iñuusiq",
    ], [
        "Okpeaha", "Kippi", "Sookiayak", "Ongtowasruk", "Weyiouanna", "Koonook", "Ipalook", "Ekak",
        "Agnasagga", "Ahkinga", "Ekolook", "Frankson", "Kaveolook", "Matumeak", "Napageak",
        "Panigeo", "Pikok", "Tuzroyluk", "Upicksoun", "Ahvakana", "Akpik", "Ningeulook", "Tocktoo",
        "Ootenna", "Olanna", "Kiyutelluk", "Anungazuk", "Kakaruk", "Sinnok", "Milligrock",
        "Kugzruk", "Ozenna", "Tiulana",
    ]),
    "tlingit": (2, [
        "Kaaxkwaan", "Shaadaax", "Kaasgéiy", "Xh\u02bcunei", "Seigeigei", "Ldaxéen", "Kaaháni",
        "Jeenaastí", "Kaatyé",
    ], [
        "Klushkan", "Sitton", "Wanamaker", "Ebona", "Kaasteen", "Lindoff", "Skeek", "Thlunaut",
        "Tlakanahoo", "Dundas", "Kasakan", "Kitkaa", "Klanott", "Tagabans", "Shangin", "Katasse",
    ]),
    "haida": (1, ["Jaalen", "Taaw", "Kihlguulins", "Gwaai", "Sgaan", "Naanii", "Iljuwaas"], [
        "Edenso", "Skultka", "Yeltatzie", "Natkong", "Frisby", "Peele", "Kitkun", "Collinson",
        "Cogo", "Pinkerton", "Demmert", "Vesey", "Russ", "Hefferman",
    ]),
    # Koyukon, Gwich'in, Dena'ina and Ahtna families of the Interior and Cook Inlet.
    "athabascan": (2, ["Poldine", "Esau"], [
        "Yaska", "Wholecheese", "Derendoff", "Nicholia", "Gemmill", "Balluta", "Chickalusion",
        "Kalifornsky", "Evanoff", "Sackett", "Glasse", "Bifelt", "Ekada", "Kozevnikoff",
        "Notti", "Stickman", "Zaukar", "Malemute", "Ticknor", "Simple", "Burgett", "Dementi",
        "Honea", "Kristovich", "Minano", "Nordlum", "Wiehl",
    ]),
    # Unangax (Aleut) families, with the Russian Orthodox given names of the Pribilofs and Chain.
    "unangax": (1, [
        "Iliodor", "Vasha", "Paraskovia", "Akilina", "Anisim", "Avdotia", "Elizar", "Fedosia",
        "Gavril", "Haralampy", "Ioann", "Kalistrat", "Larion", "Nektary", "Apollinaria",
        "Ksenofont", "Fotiniya", "Prokopy", "Sergie", "Illarion", "Nadesda", "Nicoli",
    ], [
        "Merculief", "Prokopiof", "Shabolin", "Tutiakoff", "Pletnikoff", "Lestenkof", "Gromoff",
        "Nevzoroff", "Kashevarof", "Mandregan", "Lekanof", "Hapoff", "Rukovishnikoff",
        "Tcheripanoff", "Philemonof", "Fratis", "Melovidov", "Emanoff", "Ermeloff", "Kozloff",
        "Bereskin", "Berikoff", "Shaposhnikoff", "Yatchmeneff", "Oustigoff", "Kochuten",
        "Sovoroff", "Kuzakin", "Shellikoff", "Nenevok", "Petikoff", "Dirks", "Hodikoff",
        "Chercasen", "Galanin", "Swetzof", "Sedick", "Zaochney", "Borenin", "Snigaroff",
    ]),
    # Lummi, Tulalip, Swinomish, Suquamish, Puyallup and Nooksack families.
    "coast_salish": (2, ["Harriette"], [
        "Kwina", "Cayou", "Finkbonner", "Hillaire", "Cagey", "Revey", "Zackuse", "Fryberg", "Enick",
        "Comenout", "Satiacum", "Deam", "Squally", "Cladoosby", "Sigo", "Lozier", "McCloud",
        "Purser", "Whitener", "Zenk", "Deen", "Mowrer", "Hegnes", "Patsey", "Dominick",
        "Milholland", "Shopbell", "Gerber", "Tahmalh",
    ]),
    "yakama": (2, ["Marlita"], [
        "Smartlowit", "Hoptowit", "Shilow", "Whiz", "Yallup", "Lumley", "Wahsise", "Squeochs",
        "Skahan", "Whitefoot", "Winnier", "Goudy", "Kahclamat", "Meninick", "Totus", "Strom",
        "Saluskin", "Slockish", "Tahkeal", "Eyle", "Quaempts", "Sanchey", "Tuckta", "Watlamet",
        "Wyena", "Yellowwolf", "Yesmith", "Sutterlict", "Tillequots", "Cayuse", "Minthorn",
        "Wolfsong", "Weaselhead", "Kamiakin", "Owhi", "Showaway", "Skloom",
    ]),
    "nez_perce": (1, ["Peopeo", "Wetatonmi", "Cassius", "Micah"], [
        "Slickpoo", "Redheart", "Oatman", "Moffett", "Penney", "Spaulding", "Allman",
        "Treetop", "Sobotta", "Timentwa", "Broncheau", "Oyler", "Powaukee", "Yearout", "Wapsheli",
        "Watters", "Pakootas", "Bonifer",
    ]),
    "blackfeet": (2, ["Rosella", "Shirlee"], [
        "Bullshoe", "Guardipee", "Tailfeathers", "Salois", "DesRosier", "Cobell", "Aubrey",
        "Bullcalf", "Gobert", "Kennerly", "Momberg", "Reevis", "Upham", "Vielle", "Wolftail",
        "Champine", "Gilham", "Arrowtop", "Whitford", "Tatsey", "Runningcrane",
    ]),
    # Apsáalooke family names, several written as one word as many families now do.
    "crow": (1, ["Lucretia"], [
        "Bends", "Passes", "Backbone", "Hugs", "Yellowtail", "Birdinground", "Plainfeather",
        "Bearcrane", "Deputee", "Fritzler", "Nomee", "Scalpcane", "Whiteman", "Wolfblack",
        "Yarlott", "Dawes", "Bulltail", "Realbird", "Notafraid", "Bigday", "Oldelk",
        "Littlelight", "Bearcloud", "Plentyhoops", "Fallsdown", "Oldcoyote",
    ]),
    # Old Believers of Woodburn and the Kenai Peninsula; feminine surnames end in -a.
    "old_believer": (2, [
        "Fedosya", "Kiprian", "Avraam", "Evfimiy", "Samoil",
        "Sidor", "Matrona", "Anisya", "Stefanida", "Tatiyana", "Minodora", "Dionisy",
        "Nifont", "Ovdotya", "Platon", "Solomonida", "Feona", "Epistimiya", "Ermolai",
        "Pankrat", "Varsonofy", "Ananiy", "Kondraty", "Sofron",
    ], [
        "Reutov", "Basargin", "Kalugin", "Martushev", "Fefelov", "Yakunin", "Reutova", "Basargina",
        "Kalugina", "Anfilofiev", "Martushova", "Fefelova", "Yakunina", "Polushin", "Lumbov",
        "Zinoviev", "Anfilofieff", "Berezkin", "Kazantsev", "Kilin", "Kirillov", "Konev",
        "Kostrikin", "Marchenkov", "Murachev", "Pesterev", "Reutoff", "Rosolov", "Sharypov",
        "Startsev", "Terekhov", "Tumashev", "Vasenin", "Yakimov", "Zyryanov", "Bodunov",
        "Bocharnikov", "Chapaev", "Fedoseev", "Ignatov", "Kaganov", "Lykov", "Mokeev", "Nosov",
        "Shadrin", "Tolmachev", "Fokin", "Khmelev",
    ]),
    # Slavic Pentecostal and Baptist families of Spokane, Vancouver and Kent.
    "ukrainian": (3, [
        "Vitaliy", "Ilya", "Matviy", "Rostyslav", "Marharyta", "Yevheniya",
        "Vakula", "Yukhym", "Daryna", "Dokiya", "Hafiya", "Bozhena",
        "Omelyan", "Arkadiy", "Hennadiy", "Valeriy", "Ruslana", "Nelya",
    ], [
        "Dovhan", "Prokopchuk", "Pylypchuk", "Yatsyuk", "Shtogryn", "Chmil", "Vakulyuk", "Dzyuba",
        "Kostyuk", "Kozachenko", "Andriychuk", "Havryliuk", "Ivasyshyn", "Lesyk",
        "Ursulyak", "Klymchuk", "Pankiv", "Stasyuk", "Tarasyuk", "Zhytnyk", "Vozniuk",
        "Hordiychuk", "Maksymchuk", "Nahirnyi", "Opanasyuk", "Ryzhuk", "Sahaidak", "Tsymbaliuk",
        "Velychko", "Zinchuk",
    ]),
    "moldovan": (2, [
        "Ion", "Aurica", "Iurie", "Sergiu", "Ecaterina", "Anatol", "Eugen", "Ghenadie", "Octavian",
        "Aliona", "Eudochia", "Domnica",
    ], [
        "Botnaru", "Bivol", "Caraman", "Untila", "Bejenaru", "Cucos", "Prepelita", "Guzun",
        "Gavrilita", "Arnaut", "Buzdugan", "Cazac", "Ciorba", "Frunza", "Holban", "Iachim", "Leahu",
        "Nastas", "Rata", "Scutaru", "Tabacaru", "Zaporojan", "Catana", "Donica", "Gorincioi",
        "Iovu", "Marandici", "Negru", "Tanas", "Zubcu", "Cuciuc", "Ghimpu", "Harea", "Lazari",
        "Midrigan", "Postica", "Rosu", "Stratan", "Timofti", "Vasiloi",
    ]),
    "romanian": (1, ["Laurentiu", "Petrica", "Floarea", "Stela", "Tudora", "Ionel", "Mircea"], [
        "Paun", "Barbulescu", "Pirvu", "Draghici", "Bogza", "Avram", "Banica", "Calin",
        "Grigorescu", "Oancea", "Pavelescu", "Rusnac", "Teodorescu", "Ungur", "Zaharia", "Anghel",
        "Badea", "Cretu", "Ilinca", "Petrescu", "Toader", "Ciuca", "Giurgiu", "Hodorogea", "Lascu",
        "Mihalache", "Neacsu", "Petcu", "Rosca", "Tomescu", "Vintila", "Hanganu", "Moisescu",
        "Oprescu", "Sararu", "Tiganas", "Zavoianu", "Pintilie",
    ]),
    "georgian": (1, [
        "Goga",
        "Nanuli", "Sopo", "Elene", "Anano", "Keti",
        "Bachana", "Ramaz", "Givi", "Amiran",
        "Valiko", "Khvicha",
    ], [
        "Mamaladze", "Jgharkava", "Bakuradze", "Gogichaishvili", "Meladze",
        "Bregvadze", "Lordkipanidze", "Sturua",
        "Akhvlediani", "Davitashvili",
        "Gvenetadze", "Kalandadze", "Laliashvili", "Macharashvili",
        "Phutkaradze", "Shavgulidze", "Tabatadze", "Gachechiladze",
        "Margvelashvili", "Sikharulidze", "Tskhakaia", "Gurgenidze",
    ]),
    "armenian": (1, [
        "Hermine", "Artavazd", "Babken", "Grigor", "Mushegh", "Nerses", "Poghos", "Sumbat", "Tatul",
        "Arev", "Hayarpi", "Voskehat", "Hovsep",
    ], [
        "Nersesian", "Israelyan", "Karakhanyan", "Nazaryan", "Oganesyan", "Terteryan",
        "Vardapetyan", "Zohrabyan", "Arakelyan", "Hayrapetyan", "Aslanian", "Berberian", "Topalian",

    ]),
    # Written as the family wrote it on arrival: Latin Somali (c, x, q) or English spellings.
    "somali": (1, [
        "Sucdi", "Gacal", "Iftin", "Dheeman", "Ilyas", "Khaalid", "Ridwaan", "Abdijabar",
        "Mustafe", "Mowliid", "Subeer", "Qadro", "Sacdiya", "Cabdullaahi", "Axmed",
        "Maryama",
    ], [
        "Ilmi", "Burale", "Dool", "Gulaid", "Aynte", "Matan", "Cusmaan", "Dirir", "Cige",
        "Cartan", "Dhimbil", "Falaag", "Gabeyre", "Jeesow", "Kaahiye", "Xaashi",
    ]),
    "oromo": (1, [
        "Boru", "Jaalata", "Dinkinesh", "Nagessa", "Obsinet", "Tullu", "Abdisa", "Bikila", "Dabesa",
        "Fayera", "Gammachu", "Lelisa", "Nafkot", "Rabbira", "Sifan", "Waktola", "Biftu",
        "Eebbisa", "Foziya", "Hirphee", "Kuma", "Milkesa", "Nimona", "Sooreti", "Ujulu", "Warkitu",
        "Yeroo", "Dambi", "Hachalu",
    ], [
        "Jarso", "Fayisa", "Dhugasa", "Bayisa", "Erena", "Gobena", "Hunde", "Itana",
        "Keno", "Mosisa", "Olani", "Roba", "Soboka", "Tesso", "Urgesa", "Yadessa",
        "Badhaasa", "Debela", "Ejeta", "Furgassa", "Hordofa", "Jabesa", "Kitila",
        "Sirna", "Waqjira", "Yadata", "Boka", "Duguma", "Etana",
        "Galata", "Kena", "Oljira",
    ]),
    "tigrinya": (1, [
        "Azieb", "Natsnet", "Mearg", "Senay", "Kahsu", "Negasi", "Okbit",
        "Tewelde", "Yakob", "Zeresenay", "Rigat",
    ], [
        "Ghebremariam", "Mengisteab", "Debessay", "Redie", "Tesfazion", "Netsereab",
        "Zerezghi", "Afwerki", "Ghebrekidan", "Ogbazion", "Habteab", "Araia", "Misghina",
    ]),
    "sudanese": (1, [
        "Tasabeeh", "Mawada", "Elsadig", "Mujtaba", "Abuzaid", "Nazik", "Rayan", "Ekhlas",
        "Fathia", "Ihsan", "Khadiga", "Manahil", "Abdelmoneim", "Almahdi", "Elsir",
        "Gaafar", "Hashim", "Isam", "Mamoun", "Nasreldin", "Saifeldin", "Akec", "Nyanchol",
    ], [
        "Abdalla", "Elsheikh", "Elkhalifa", "Abuagla", "Elmahdi", "Khalafalla", "Mohamedain",
        "Nugud", "Salih", "Siddig", "Yagoub", "Anyang", "Kuot", "Mangar", "Dhal",
        "Piol",
    ]),
    # Congolese of Boise and Spokane, from the Kivus and Katanga.
    "congolese": (1, [
        "Consolata", "Faida", "Elisee", "Lumiere", "Nathanael", "Ushindi", "Kiza",
    ], [
        "Balagizi", "Kashala", "Mukalay", "Tshiteya", "Kisimba", "Mulongo",
        "Cinamula", "Kahasha", "Kalimira", "Namegabe", "Rusagara", "Sebahire", "Mukamba",
        "Bujiriri", "Kabemba", "Kashindi", "Mugaruka",
    ]),
    "pashtun": (1, [
        "Rahimullah", "Ubaidullah", "Yasin", "Khatira",
        "Basira", "Anargul",
    ], [
        "Babakarkhel", "Dawlatzai", "Jabarkhel", "Lodin", "Orakzai", "Ghorzang", "Sabawoon", "Tani",
        "Utmankhel", "Wolesi", "Zirak", "Muslimyar", "Sultanzai",
    ]),
    "iraqi": (1, [
        "Shaymaa", "Mortadha", "Ameer", "Bassim",
        "Dhiaa", "Nawfal", "Oday", "Batool", "Ghadeer", "Inaam",
        "Liqaa", "Nineb",
    ], [
        "Al-Jaburi", "Al-Ghazali", "Al-Ubaidi", "Al-Waeli", "Al-Baghdadi", "Al-Basri",
        "Al-Shimmari", "Al-Hasnawi", "Al-Araji", "Al-Bazzaz", "Al-Fayyadh",
        "Al-Mayahi", "Al-Kilabi", "Al-Sarraf", "Al-Jezairy", "Al-Haboobi", "Al-Gharrawi",
        "Al-Mamouri", "Al-Itabi", "Khamo", "Sliwa",
    ]),
    # Punjabi Sikh families of the Yakima Valley, Kent and Yuba-Sutter.
    "punjabi_sikh": (2, [
        "Jaspal", "Jarnail", "Balbir", "Gurinder", "Harvinder", "Rajbir", "Arjan", "Kulbir",
        "Kulvinder", "Ranjit", "Sukhbir", "Gurvinder", "Hardial", "Kartar", "Gurdial", "Makhan",
        "Dalip", "Ajaib", "Bhajan", "Chanan", "Fauja", "Inder", "Jagtar", "Kewal",
        "Mukhtiar", "Pargat", "Rulda", "Sohan", "Teja", "Dharam", "Santokh", "Ujjal", "Parampreet",
        "Agam", "Armaan", "Ravleen", "Kiranjot", "Bhavneet", "Jashanpreet", "Sahibjot",
        "Gursimran", "Ranbir",
    ], [
        "Waraich", "Chima", "Ubhi", "Badesha", "Jandu", "Rattu", "Tatla", "Deogan", "Kailey",
        "Lehal", "Ojla", "Phangura", "Rangi", "Ughra", "Bagri", "Gandham", "Khakh", "Marwaha",
        "Nanuan", "Otal", "Pabla", "Gurm", "Kalkat", "Litt", "Manhas", "Rekhi", "Sarai", "Sroa",
        "Dhadda", "Kharod",
    ]),
    # Mixtec families from the Mixteca Baja, in the Willamette Valley and the Skagit; a father's
    # given name often became the family name.
    "mixtec": (2, [
        "Facunda", "Gabina", "Melitona", "Nicefora", "Rumalda", "Sotera", "Virgilia",
        "Floriberto", "Constancio",
    ], [
        "Alavez", "Ceron", "Maceda", "Guadarrama", "Otilio", "Bonfilio", "Inocente",
        "Silvano",
    ]),
    "zapotec": (1, [
        "Biaani", "Xhunaxi", "Bidxaa", "Guie", "Bere", "Guendaviza", "Xquenda", "Naxhii", "Bini",
        "Layda", "Fausta", "Sofronia", "Valeriana",
    ], [
        "Cartas", "Chiñas", "Gurrion", "Henestrosa", "Jarquin", "Lavariega", "Nivon", "Pinacho",
        "Quintas", "Rasgado", "Sumano", "Valdivieso", "Charis", "Gijon", "Lagunas", "Castillejos",
        "Esteva", "Mijangos", "Rueda",
    ]),
    "purepecha": (1, [
        "Tsitsiki", "Atzimba", "Ireri", "Mintzita", "Erandeni", "Itzi", "Yurixhi",
        "Tariakuri", "Kuanari", "Seferina",
    ], [
        "Huaroco", "Cuini", "Cuiniche", "Zalpa", "Caxapu", "Tsiri", "Zurita",
        "Pahuamba", "Chapina", "Cuirize", "Sixtos", "Cuinaquiro",
    ]),
    # Basque families of Boise and the Owyhee ranges, mostly from Bizkaia.
    "basque": (1, [
        "Mikel", "Garbiñe", "Josune", "Iker", "Ibon", "Andoni",
        "Pello", "Gurutze", "Jaione", "Leire", "Olatz", "Saioa", "Uxue",
        "Zuriñe", "Aingeru", "Beñat", "Ekaitz", "Gaizka", "Haritz", "Imanol", "Mattin", "Oier",
        "Unax", "Xalbador", "Zigor", "Arrosa", "Estibaliz", "Goizane", "Irati", "Kattalin",
        "Libe", "Maialen", "Oihana", "Pantxika",
    ], [
        "Bieter", "Yribar", "Olaechea", "Elorriaga", "Achurra",
        "Aguirrezabal", "Basabe", "Uranga", "Corta",
        "Urresti", "Iturri", "Madarieta", "Calzacorta",
        "Gabica", "Inchausti", "Larrondo", "Mendiguren",
        "Onaindia", "Pagoaga", "Respaldiza", "Zatica", "Aboitiz", "Chertudi",
        "Hachquet", "Lasuen", "Mallea", "Ozamis", "Sabala", "Uriagereka", "Zugazaga",
        "Amestoy", "Echanis", "Gardoqui", "Jayo", "Loinaz", "Orbea", "Saralegui",
        "Urizar", "Azcuenaga", "Echave",
    ]),
    # Norwegian fishing and farming families of Ballard, Poulsbo, Stanwood and Petersburg.
    "norwegian": (2, [
        "Alf", "Magne", "Njål", "Petter", "Terje", "Vidar",
        "Eldbjørg", "Gro", "Hege", "Ragna", "Tone", "Halldis",
        "Torgeir", "Olav", "Anund", "Reidar",
    ], [
        "Myklebust", "Viken", "Solheim", "Tjelle", "Aarseth", "Hatlen", "Espeland", "Isaksen",
        "Jacobsen", "Utne", "Dyrdal", "Engebretsen", "Grøtte", "Instefjord", "Jøssang",
        "Lothe", "Nordtveit", "Oppedal", "Rygg", "Skjold", "Tuftin", "Ulstein", "Vestre", "Aksnes",
        "Bjelland", "Evensen", "Feste", "Gausdal", "Hustad", "Indrebø", "Kalvik", "Liabø", "Mæland",
        "Nærland", "Øvrebø", "Sæther", "Vaage", "Aasgaard", "Bøe",
    ]),
    # Finnish families of Astoria, Naselle, Red Lodge and the Copper River.
    "finnish": (1, [
        "Kalle", "Pertti", "Aatos", "Juho", "Eila",
        "Inkeri", "Martta", "Rauha", "Senja",
        "Siiri", "Anni", "Alpo",
    ], [
        "Ketola", "Huhta", "Kivi", "Wiita", "Hukari", "Latvala",
        "Puustinen", "Alanko", "Erkkila", "Hakola", "Jokela", "Kaarlela", "Lampela",
        "Paananen", "Rahkola", "Vahala", "Eskola", "Haapanen",
        "Ikola", "Mannisto", "Naatus", "Oinas", "Raatikainen", "Tikkanen",
        "Viitala", "Backman", "Nelimark", "Ojanpera", "Rova", "Saarinen", "Torma",
        "Wirkkala", "Heinila", "Kotila", "Marttila", "Pasanen", "Siirila", "Kuitula",
    ]),
    # Dutch Reformed dairy families of Lynden and Manhattan, Montana.
    "dutch_reformed": (2, [
        "Willemina",
        "Femmigje", "Gerritje", "Reinder", "Yde",
        "Leendert", "Minne", "Sybren", "Tjalling", "Uilke", "Wigger",
        "Jentje", "Albertus",
    ], [
        "Vande Kamp", "Bajema", "Heeringa", "Tjoelker", "Korthuis", "Stremler",
        "Timmermans", "Apol", "Tuls", "Dijkema", "Groen", "Langbroek", "Meinema",
        "Pluimer", "Tamminga", "Wagenaar", "Yntema", "Alberda", "Douma", "Gorter",
        "Kamminga", "Leistra", "Nanninga", "Reitsma", "Schaafsma",
        "Zwier", "Veldkamp", "Dykhouse", "Kok", "Stiemsma",
    ]),
    "scottish": (1, [
        "Fionnlagh", "Calum", "Aonghas", "Beathag", "Coinneach", "Eachann", "Fionnghal", "Gormul",
        "Iseabail", "Oighrig", "Raonaid", "Bethia", "Grizel", "Lilias", "Marsali", "Rhona",
    ], [
        "Matheson", "Munro", "Mackintosh", "Kinnaird", "Colquhoun", "Dewar", "Abercrombie",
        "Balfour", "Dunbar", "Elphinstone", "Gillies", "Halkett", "Kirkpatrick", "Nairn",
        "Pitcairn", "Wemyss", "Fyfe", "Geddes", "Kilgour",
        "Learmonth", "MacLachlan", "MacNeacail", "Moncrieff", "Troup", "Yeaman",
    ]),
    # Old ranching and homesteading families east of the Cascades and across Montana.
    "anglo_rancher": (5, [
        "Verl", "Merna", "Nellie", "Elwin", "Jud", "Thane", "Virl",
        "Ula", "Wava", "Arvella", "Delorise", "Nedra", "Zola", "Alpheus",
        "Birdena", "Hazelene", "Orvella", "Darlis", "Georgiana", "Jerald", "Eunita",
        "Valeta", "Wyona", "Adolphus", "Gilford", "Severt",
    ], [
        "Ostrander", "Whitcomb", "Beckstead", "Woolsey",
        "Eckert", "Harrop", "Kimsey", "Moxley", "Nordyke", "Quackenbush", "Slocum", "Woodring",
        "Blodgett", "Cantrall", "Dingman", "Estabrook", "Hinkle", "Jenkinson", "Kittleson",
        "Northrup", "Overholser", "Tarbox", "Updegraff", "Vantassel", "Wingfield", "Zumwalt",
        "Brockway", "Cadwell", "Eddings", "Fulkerson", "Greenough", "Inskeep", "Kincheloe",
        "McCandless", "Neathamer", "Ridenour", "Sagebiel", "Terwilliger", "Verbeck", "Flickinger",
        "Gossett", "Haydon", "Kellerman", "Nutting", "Thornburg", "Brumbaugh", "Cooksey",
        "Gilliland", "Hoblit", "Nevius", "Orcutt", "Whitlatch",
    ]),
}  # fmt: skip

# Pools lent to origins whose given names are mostly drawn from a wider stock.
_ELDER_GIVEN = [
    "Arvella", "Delorise", "Nedra", "Zola", "Alpheus", "Birdena", "Hazelene",
    "Orvella", "Darlis", "Georgiana", "Jerald", "Eunita", "Valeta", "Wyona",
    "Adolphus", "Gilford", "Severt", "Domitilla", "Euphemia",
    "Placidus", "Vernita", "Tinka", "Evon", "Poldine", "Esau", "Rosella",
    "Shirlee", "Lucretia", "Harriette", "Marlita", "Cassius", "Micah", "Verl",
    "Merna", "Nellie", "Elwin", "Virl", "Wava",
]  # fmt: skip
GIVEN_ALSO = {
    "yupik": _ELDER_GIVEN, "inupiat": _ELDER_GIVEN, "tlingit": _ELDER_GIVEN,
    "haida": _ELDER_GIVEN, "athabascan": _ELDER_GIVEN, "coast_salish": _ELDER_GIVEN,
    "yakama": _ELDER_GIVEN, "nez_perce": _ELDER_GIVEN, "blackfeet": _ELDER_GIVEN,
    "crow": _ELDER_GIVEN, "unangax": _ELDER_GIVEN,
    "chamorro": ORIGINS["mixtec"][1], "mixtec": ORIGINS["chamorro"][1] + ORIGINS["zapotec"][1][10:],
    "zapotec": ORIGINS["mixtec"][1], "purepecha": ORIGINS["mixtec"][1],
    "moldovan": ORIGINS["romanian"][1], "romanian": ORIGINS["moldovan"][1],
    "taishanese": ORIGINS["cantonese"][1], "cantonese": ORIGINS["taishanese"][1],
    "somali": ORIGINS["sudanese"][1][:16],
}  # fmt: skip

# Written family name first now and then: Korea, Hong Kong, Toisan, Cambodia, and Congolese
# papers ("KASHALA Mukalay Elisee").
FAMILY_FIRST = {"korean", "cantonese", "taishanese", "khmer", "congolese"}
# Two family names, father's then mother's.
DOUBLE_SURNAME = {"mixtec", "zapotec", "purepecha", "basque"}
# A given name, the father's and the grandfather's: the Horn of Africa and Iraq.
THREE_PART = {"somali", "oromo", "tigrinya", "sudanese", "iraqi"}

# Russian and Ukrainian patronymics, used in full in Old Believer and Slavic church families.
PATRONYMICS = [
    "Feoktistovich", "Kiprianovich", "Avraamovna", "Samoilovich", "Sidorovna", "Filaretovich",
    "Nifontovich", "Platonovna", "Ermolaevich", "Pankratovna", "Ananievich", "Kondratievna",
    "Sofronovich", "Evstafievich", "Iosifovna", "Dionisievich", "Trofimovich",
    "Onisimovna", "Evfimievna", "Petrivna", "Stepanovych", "Yosypovych",
    "Mykolaivna",
]  # fmt: skip

# Given and family names that are also ordinary English words.
WORD_GIVEN = ["Talon", "Dory", "Tuff", "Constant", "Filbert"]
WORD_FAMILY = [
    "Passes", "Bends", "Backbone", "Hugs", "Simple", "Stickman", "Oldfriend", "Treetop",
    "Redheart", "Whitefoot", "Abbot", "Faller", "Barge", "Troll", "Strait", "League",
    "Pelt", "Maul", "Halter", "Beak", "Taverner", "Verger", "Sack",
    "Stonebraker", "Blackstock", "Goodpaster", "Crankshaw",
]  # fmt: skip

# What people are called at home, at church and on the boat.
NICKNAMES = [
    "Bully", "Chubbs", "Mits", "Kats", "Fumi", "Vasya",
    "Fenya", "Sashko", "Svitlanka", "Ostapko", "Halya", "Fedya", "Ksyusha",
    "Babbu", "Bittu", "Billa", "Monu", "Chumley", "Golf", "Kwang",
    "Fah", "Aom", "Kaew", "Niko", "Gogi", "Daeng",
]  # fmt: skip

SUFFIX = ["Jr", "Sr", "II", "III"]

# Letters that NFKD does not fold to ASCII, and the Hawaiian okina and Tlingit glottal mark.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ŋ": "ng", "Ŋ": "NG", "ø": "o", "Ø": "O", "æ": "ae",
                       "Æ": "AE", "ß": "ss", "\u02bb": "", "\u02bc": "", "\u02b9": ""})  # fmt: skip


def _fold(text: str) -> str:
    """Drop accents and the okina; keep ASCII letters, digits, spaces, hyphens, apostrophes."""
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


def _given_of(rng: random.Random, origin: str) -> str:
    own = ORIGINS[origin][1]
    lent = GIVEN_ALSO.get(origin, [])
    if lent and (not own or rng.random() < len(lent) / (len(lent) + 2 * len(own))):
        return rng.choice(lent)
    return rng.choice(own)


def _family_of(rng: random.Random, origin: str) -> str:
    lasts = ORIGINS[origin][2]
    last = rng.choice(lasts)
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.35:
        other = rng.choice(lasts)
        if other != last and " " not in last + other:
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    elif roll < 0.05 and " " not in last:  # hyphenated by marriage, across origins
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and other != last:
            last = f"{last}-{other}"
    return last


def _plain(text: str, rng: random.Random) -> str:
    """People and intake clerks often drop accents, the okina and the Tongan glottal stop."""
    return _fold(text) if rng.random() < 0.35 else text


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    return _plain(_given_of(rng, origin), rng), _plain(_family_of(rng, origin), rng)


def _word_person(rng: random.Random) -> tuple[str, str]:
    origin = _origin(rng)
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.35 else _given_of(rng, origin)
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.85 else _family_of(rng, origin)
    return first, last


def person(rng: random.Random, _split: str = "blind11") -> tuple[str, str]:
    if rng.random() < 0.2:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind11") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "blind11") -> str:
    origin = _origin(rng)
    if rng.random() < 0.18:
        first, last = _word_person(rng)
    else:
        first, last = _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin == "old_believer" and form < 0.3:
        return f"{first} {rng.choice(PATRONYMICS)} {last}"
    if origin == "ukrainian" and form < 0.12:
        return f"{first} {rng.choice(PATRONYMICS[-8:])} {last}"
    if origin in THREE_PART and form < 0.35:
        father = _given_part(_given_of(rng, origin))
        return f"{first} {father} {last}"
    # Hawaiians often carry an English or lent given name and a Hawaiian middle name.
    if origin == "native_hawaiian" and form < 0.3:
        lead = rng.choice(_ELDER_GIVEN + WORD_GIVEN)
        return f"{lead} {first} {last}"
    if origin == "pashtun" and form < 0.2:  # one name only on the I-94
        return first
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.37:
        return f"{last}, {first}"
    if form < 0.42:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.46:
        middle = _given_part(_given_of(rng, origin))
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.5:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.54:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.57:
        return f"{first} '{rng.choice(NICKNAMES)}' {last}"
    if form < 0.66:
        return first
    if form < 0.7:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.74:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.78:
        return f"{last}, {first} {_initial(rng)}"
    if form < 0.82:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.86:
        return f"{first} {_initial(rng)} {last}"
    return f"{first} {last}"


# Origins grouped by the languages a message is written in, for templates that switch language.
GROUPS = {
    "isl": ["native_hawaiian", "samoan", "tongan", "marshallese", "chuukese", "palauan", "chamorro",
            "fijian", "ilocano", "visayan", "okinawan", "nikkei"],
    "ee": ["old_believer", "ukrainian", "moldovan", "romanian"],
    "mex": ["mixtec", "zapotec", "purepecha"],
    "ak": ["yupik", "inupiat", "tlingit", "haida", "athabascan", "unangax"],
    "horn": ["somali", "oromo", "tigrinya", "sudanese"],
    "sikh": ["punjabi_sikh"], "afg": ["pashtun"], "eus": ["basque"], "kor": ["korean"],
}  # fmt: skip


def _group_origin(rng: random.Random, group: str) -> str:
    names = GROUPS[group]
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _group_person(rng: random.Random, group: str) -> tuple[str, str, str]:
    origin = _group_origin(rng, group)
    first, last = _person_from(rng, origin)
    return origin, first, last


def _group_given(group: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return _group_person(rng, group)[1]

    return make


def _group_family(group: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return _group_person(rng, group)[2]

    return make


def _group_name(group: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        origin, first, last = _group_person(rng, group)
        form = rng.random()
        if origin in FAMILY_FIRST and form < 0.4:
            return f"{last} {first}"
        if origin == "old_believer" and form < 0.35:
            return f"{first} {rng.choice(PATRONYMICS)} {last}"
        if origin in THREE_PART and form < 0.4:
            return f"{first} {_given_part(_given_of(rng, origin))} {last}"
        if form < 0.7:
            return f"{first} {last}"
        if form < 0.82:
            return first
        if form < 0.9:
            return f"{last}, {first}"
        return f"{first} {_initial(rng)}. {last}"

    return make


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def given_lower(rng: random.Random) -> str:
    """As typed in a text: no capital, no okina."""
    return _fold(person(rng)[0]).lower()


def name_lower(rng: random.Random) -> str:
    first, last = person(rng)
    return f"{_fold(first)} {_fold(last)}".lower()


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice(
        [f"{first} {last}"] * 4 + [f"{last}, {first}", f"{_given_part(first)[0]}. {last}"]
    )


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def last_first(rng: random.Random) -> str:
    """EHR list style: 'Kaleopaa, Iwalani', 'KALEOPAA,IWALANI K', 'Kaleopaa,Iwalani'."""
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([
        f"{last}, {first}", f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
        f"{_fold(last).upper()},{_fold(first).upper()}", f"{_fold(last).upper()}, {_fold(first).upper()} {mid}",
    ])  # fmt: skip


def caps_name(rng: random.Random) -> str:
    """Wristbands, labels, fax covers: KALEOPAA, IWALANI or IWALANI KALEOPAA."""
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{first} {last}",
                       f"{last}, {first} {_initial(rng)}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    """A clinician's name as written before a credential: 'Iwalani K. Kaleopaa'."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}",
                       f"{_given_part(first)[0]}. {last}", f"{first} {last}"])  # fmt: skip


def family_up(rng: random.Random) -> str:
    """An HL7, X12 or FHIR family-name component on its own."""
    return _fold(person(rng)[1]).upper()


def given_up(rng: random.Random) -> str:
    return _fold(_given_part(person(rng)[0])).upper()


def middle(rng: random.Random) -> str:
    """A middle name or initial in its own field (XPN.3, FHIR given[1], a form's MI box)."""
    if rng.random() < 0.55:
        return _initial(rng)
    return _fold(_given_part(_given_of(rng, _origin(rng))))


def middle_up(rng: random.Random) -> str:
    return middle(rng).upper()


def family_plain(rng: random.Random) -> str:
    return _fold(person(rng)[1])


def given_plain(rng: random.Random) -> str:
    return _fold(_given_part(person(rng)[0]))


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "iwalani"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "kaleopaa"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([
        f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
        f"{last}%2C+{first}".replace(" ", "+"), f"{last.lower()}%2C{first.lower()}".replace(" ", "+"),
    ])  # fmt: skip


_NOT_INITIALS = {"RN", "MD", "NP", "PA", "DO", "PT", "OT", "MA", "DC", "OD", "RD", "SW", "ED", "ER",
                 "IV", "OR", "PO", "BP", "HR", "DDS", "DMD", "LPN", "CNA", "PAC", "APN", "CHW"}  # fmt: skip


def initials(rng: random.Random) -> str:
    while True:
        a, b, c = _initial(rng), _initial(rng), _initial(rng)
        if f"{a}{b}" not in _NOT_INITIALS and f"{a}{c}{b}" not in _NOT_INITIALS:
            break
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a}. {b}."])


# --- Places ------------------------------------------------------------------------------------

# Hawaiian street names of Oahu, Maui, Kauai and Hawaii Island; Alaska streets named for
# Russians, sourdoughs, rivers and capes; farm and grid roads of the Nooksack, Yakima, Kittitas,
# Treasure and Gallatin valleys; Portland's east side; and Northwest plants.
HAWAII_STREETS = [
    "Kaukahi", "Waiale", "Kealaolu", "Wailupe", "Hoolaulea", "Puuikena", "Hoohana", "Ainakea",
    "Hanakoa", "Makaala", "Kapuni", "Kawaihae", "Mohouli", "Laukapu", "Hoonanea", "Kahili",
    "Ualakaa", "Punahou", "Kinau", "Lusitana", "Auwaiolimu", "Liliha", "Puunui", "Alewa",
    "Kaukama", "Kaupakalua", "Omaopio", "Kanaio", "Lipoa", "Kulanihakoi", "Waipuilani", "Ohukai",
    "Welakahao", "Kaumakani", "Hoomana", "Kilohana", "Nawiliwili", "Hulemalu", "Kipu", "Kawaihau",
    "Olohena", "Kamalu", "Malumalu", "Halelea", "Kalanipuu", "Lanihuli", "Kaalaea", "Ilihau",
    "Kealahou", "Kaiolohia", "Kaweloka", "Mahea", "Wainaku", "Kalanikoa", "Manono", "Kamana",
    "Pauahi", "Kuawa", "Kupuohi", "Wahikuli", "Kauaula", "Hokiokio",
]  # fmt: skip
ALASKA_STREETS = [
    "Klatt", "Tikishla", "Yenlo", "Knik", "Bogard", "Seldon", "Lucus", "Gaswell", "Ciechanski",
    "Oilwell", "Tustumena", "Thane", "Gastineau", "Mitkof", "Tongass", "Deermount", "Revilla",
    "Schoenbar", "Carlanna", "Zimovia", "Katlian", "Japonski", "Goldstream", "Steese", "Nordale",
    "Laurance", "Bering", "Rezanof", "Selief", "Tagura", "Baranof", "Shelikof",
    "Chiniak", "Kashevaroff", "Pavlof", "Unimak", "Ballyhoo", "Alyeska", "Kachemak", "Ohlson",
    "Kilcher", "Bunnell", "Bodenburg", "Hemmer", "Susitna", "Caswell", "Yentna",
]  # fmt: skip
NW_STREETS = [
    "Hannegan", "Pangborn", "Tromp", "Markworth", "Berthusen", "Kickerville", "Jackman",
    "Polinder", "Vanderyacht", "Halverstick", "Summitview", "Ahtanum", "Konnowac", "Umptanum",
    "Manastash", "Tjossem", "Thain", "Bryden", "Ustick", "Chinden", "Cloverdale", "Linder",
    "Yellowstone", "Hitt", "Mullan", "Gallatin", "Huffine", "Rouse", "Kagy", "Sourdough",
    "Durston", "Tschache", "Hauser", "Makawasha", "Settlemier", "Holgate", "Glisan",
    "Killingsworth", "Fishhawk", "Andresen", "Chkalov", "Padden", "Hockinson", "Lateral A",
    "Madrona", "Salal", "Beargrass", "Quamash", "Kouse", "Syringa", "Bigleaf", "Whitebark",
    "Kinnickinnick", "Horsetail", "Crowberry", "Nagoonberry", "Sweetgale",
]  # fmt: skip
STREETS = HAWAII_STREETS + ALASKA_STREETS + NW_STREETS
NUMBERED = ["222nd", "248th", "296th", "312th", "336th"]
STREET_TYPES = [("St", 9), ("Street", 4), ("Ave", 6), ("Avenue", 2), ("Rd", 8), ("Road", 3),
                ("Dr", 4), ("Drive", 2), ("Ln", 3), ("Lane", 1), ("Pl", 3), ("Place", 1),
                ("Loop", 3), ("Way", 3), ("Ct", 2), ("Cir", 1), ("Blvd", 1), ("Hwy", 2),
                ("Trl", 1), ("Spur", 1), ("Hts", 1), ("Pkwy", 1)]  # fmt: skip
GRID_DIRS = ["NE", "NW", "SE", "SW", "N", "S", "E", "W"]
UNITS = ["Apt 1203", "Apt. 4B", "Unit 7", "#12", "# 3", "Apt B", "Ste 210", "Space 14",
         "Trlr 3", "Lot 22", "Rm 5", "Unit C-2", "Apt 2 Upstairs", "Cabin 4", "Bldg 6 Apt 11",
         "Apt 802", "Unit 1410", "Ohana Unit", "Back House", "Apt 3-F", "Dorm 2", "Bunkhouse"]  # fmt: skip
_NUMBER_WORDS = ["One", "Two", "Nine", "Twelve", "Forty", "Sixty-Six"]


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.03:
        return rng.choice(_NUMBER_WORDS)
    if roll < 0.06:
        return f"{rng.randint(2, 999)} 1/2"
    if roll < 0.09:
        return f"{rng.randint(10, 999)}{rng.choice('ABC')}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 39999)]))  # fmt: skip


def street_name(rng: random.Random) -> str:
    """A street without a house number: 'Kinau St', 'NE 205th Pl', 'Steese Hwy'."""
    if rng.random() < 0.12:
        return f"{rng.choice(GRID_DIRS)} {rng.choice(NUMBERED)} {rng.choice(['St', 'Ave', 'Pl', 'Way'])}"
    pre = rng.choice([""] * 8 + ["N ", "S ", "E ", "W ", "NE ", "SE "])
    return f"{pre}{rng.choice(STREETS)} {_street_type(rng)}"


def street_line(rng: random.Random) -> str:
    """Number, street and type, no unit: an addr1 or line[0] field."""
    roll = rng.random()
    if roll < 0.16:  # Oahu's hyphenated numbering, section first
        return f"{rng.randint(41, 99)}-{rng.randint(1, 1999):03d} {rng.choice(HAWAII_STREETS)} {rng.choice(['St', 'Pl', 'Loop', 'Rd', 'Way', 'Ave', 'Dr'])}"
    if roll < 0.28:  # Seattle, Spokane and Portland grid
        d = rng.choice(GRID_DIRS)
        if rng.random() < 0.5:
            return f"{rng.randint(100, 29999)} {d} {rng.choice(NUMBERED)} {rng.choice(['St', 'Ave', 'Pl', 'Way', 'Ct'])}"
        return f"{rng.randint(100, 9999)} {d} {rng.choice(NW_STREETS)} {rng.choice(['St', 'Ave', 'Blvd', 'Rd'])}"
    return f"{_house_number(rng)} {street_name(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"POB {n}", f"Box {n}", f"P O Box {n}",
                       f"PO Box {n}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    """Highway-contract routes, mileposts on Alaska and Montana highways, BIA routes."""
    return rng.choice([
        f"HC {rng.randint(1, 89)} Box {rng.randint(10, 9999)}", f"HCR {rng.randint(1, 9)} Box {rng.randint(10, 999)}",
        f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}",
        f"Mile {rng.randint(1, 30)}.{rng.randint(0, 9)} {rng.choice(['Mitkof', 'Zimovia', 'Tongass', 'Steese'])} Hwy",
        f"Mile {rng.randint(2, 19)} {rng.choice(['Knik', 'Bodenburg', 'Hemmer', 'Oilwell'])} Rd",
        f"{rng.randint(100, 9999)} BIA Route {rng.randint(1, 99)}", f"{rng.randint(10, 999)} Tribal Rd {rng.randint(1, 40)}",
        f"{rng.randint(1000, 39999)} Hwy {rng.randint(2, 95)}", f"{rng.randint(100, 9999)} County Rd {rng.randint(1, 500)}",
        f"{rng.randint(1000, 29999)} US Hwy {rng.choice([2, 12, 20, 26, 87, 89, 93, 95, 97, 191, 212, 395])}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind11") -> str:
    roll = rng.random()
    if roll < 0.09:
        return po_box(rng)
    if roll < 0.17:
        return rural_route(rng)
    if roll < 0.2:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


# Small towns of Washington, Oregon, Idaho, Montana, Alaska and Hawaii, then the islands and
# towns patients came from (Micronesia, Polynesia, Fiji, Moldova, Ukraine, Georgia, Armenia, the
# Horn of Africa, the Kivus, Afghanistan, Iraq, Punjab, Oaxaca, Bizkaia, Norway, Finland,
# Friesland, Scotland, Korea, Guangdong, Laos, Cambodia, Thailand, Ilocos, the Visayas, Okinawa).
HOME_CITIES = [
    "Naselle", "Yacolt", "Packwood", "Randle", "Winlock", "Vader", "Ryderwood", "Mossyrock",
    "Elbe", "Ashford", "Glenoma", "Nemah", "Moxee", "Buena", "Knappton", "Cathlamet",
    "Skamokawa", "Rosburg", "Grayland", "Tokeland", "Humptulips", "Sekiu", "Quilcene", "Brinnon",
    "Hoodsport", "Lilliwaup", "McCleary", "Oakville", "Tenino", "Carbonado", "Wilkeson",
    "Skykomish", "Darrington", "Concrete", "Marblemount", "Rockport", "Sumas",
    "Eastsound", "Coupeville", "Twisp", "Nespelem", "Northport", "Usk", "Cusick", "Reardan",
    "Lind", "Washtucna", "Palouse", "Oakesdale", "Tekoa", "Starbuck", "Asotin", "Anatone",
    "Harrah", "Bickleton", "Peshastin",
    "Neskowin", "Agness", "Elkton", "Oakridge", "Westfir", "Mapleton", "Swisshome", "Scio",
    "Stayton", "Sublimity", "Willamina", "Welches", "Maupin", "Dufur", "Fossil",
    "Metolius", "Chemult", "Chiloquin", "Bly", "Frenchglen", "Nyssa", "Jamieson", "Dayville",
    "Imbler", "Halfway", "Lostine", "Imnaha",
    "Kooskia", "Riggins", "Nezperce", "Craigmont", "Culdesac", "Weippe", "Juliaetta", "Deary",
    "Bovill", "Emida", "Clarkia", "Smelterville", "Osburn", "Oldtown", "Ponderay", "Rathdrum",

    "Notus", "Greenleaf",
    "Fruitland",
    "Valier", "Winnett", "Harlowton", "Absarokee", "Fishtail", "Nye", "Fromberg",
    "Colstrip", "Forsyth", "Hysham", "Wibaux", "Dupuyer", "Alberton", "Trego",
    "Fortine", "Ovando",
    "Healy", "Bettles", "Eek", "Manokotak", "Aleknagik", "Koliganek", "Levelock", "Adak",
    "Diomede", "Saxman",
    "Kamuela", "Volcano", "Puako", "Kihei", "Poipu", "Waipio", "Hakalau", "Ninole", "Orchidland",
    "Kalapana", "Kapoho", "Hookena", "Kainaliu", "Kalaoa", "Halaula", "Niulii", "Pukoo",
    "Kalaupapa", "Ualapue", "Kamalo", "Ulupalakua", "Keokea", "Kahakuloa", "Waihee", "Kapalua",
    "Honokowai", "Olowalu", "Maalaea", "Wailea", "Kipahulu", "Nahiku", "Keanae",
    "Huelo", "Kuau", "Spreckelsville", "Waikapu", "Puunene", "Wainiha", "Haena", "Moloaa",
    "Kealia", "Hanamaulu", "Omao", "Lawai", "Makaweli", "Kalihiwai", "Waiahole", "Waikane",
    "Kualoa", "Kalaeloa", "Palolo", "Aina Haina", "Kuliouou",
]  # fmt: skip
ABROAD_CITIES = [
    "Koror", "Fefen", "Uman", "Satawan", "Lukunor", "Jaluit", "Wotje", "Likiep", "Ailinglaplap",
    "Airok", "Delap", "Uliga", "Melekeok", "Airai", "Ngaraard", "Peleliu", "Tonoas", "Polowat",
    "Kitti", "Madolenihmw", "Sokehs", "Tofol", "Utwe", "Kagman", "Mongmong", "Umatac", "Merizo",
    "Apia", "Salelologa", "Nuuuli", "Nukualofa", "Neiafu", "Pangai", "Suva", "Lautoka", "Labasa",
    "Sigatoka", "Nausori", "Savusavu", "Rakiraki", "Levuka",
    "Balti", "Cahul", "Ungheni", "Orhei", "Soroca", "Rivne", "Lutsk", "Ternopil", "Chernivtsi",
    "Zhytomyr", "Kutaisi", "Batumi", "Zugdidi", "Telavi", "Vanadzor", "Ijevan", "Kismayo",
    "Baidoa", "Beledweyne", "Garowe", "Burao", "Nekemte", "Jimma", "Shashemene", "Keren",
    "Mendefera", "Massawa", "Kassala", "Gedaref", "Malakal", "Rumbek", "Bukavu", "Uvira",
    "Kalemie", "Kananga", "Jalalabad", "Khost", "Gardez", "Ghazni", "Paghman", "Najaf", "Hillah",
    "Diwaniyah", "Nasiriyah", "Duhok", "Ludhiana", "Jalandhar", "Hoshiarpur", "Moga",
    "Bathinda", "Kapurthala", "Phagwara", "Nawanshahr", "Tlaxiaco", "Juxtlahuaca", "Huajuapan",
    "Silacayoapan", "Tecomaxtlahuaca", "Juchitan", "Tlacolula", "Yalalag", "Zoogocho",
    "Nahuatzen", "Paracho", "Tingambato", "Gernika", "Lekeitio", "Ondarroa", "Markina", "Bermeo",
    "Ispaster", "Aulestia", "Haugesund", "Alesund", "Kristiansund", "Vaasa", "Kokkola",
    "Seinajoki", "Lapua", "Leeuwarden", "Drachten", "Sneek", "Heerenveen", "Portree", "Dingwall",
    "Thurso", "Kirkwall", "Lerwick", "Jeonju", "Cheongju", "Mokpo", "Masan", "Taishan", "Kaiping",
    "Xinhui", "Enping", "Shunde", "Savannakhet", "Pakse", "Thakhek", "Phayao", "Battambang",
    "Kampot", "Pursat", "Udon Thani", "Khon Kaen", "Buriram", "Laoag", "Vigan",
    "Candon", "Tagudin", "Dumaguete", "Tagbilaran", "Ormoc", "Tacloban", "Nago", "Itoman",
    "Urasoe", "Ginowan", "Yomitan",
]  # fmt: skip
CITIES = HOME_CITIES + ABROAD_CITIES

STATES = ["WA", "WA", "WA", "OR", "OR", "ID", "MT", "AK", "AK", "HI", "HI", "Wash.", "Ore.",
          "Idaho", "Mont.", "Alaska", "Hawaii", "Hawai\u02bbi", "wa", "ak", "hi", "Montana", "GU",
          "MP", "CA", "AR", "NV", "UT"]  # fmt: skip


def city(rng: random.Random, _split: str = "blind11") -> str:
    name = rng.choice(HOME_CITIES) if rng.random() < 0.95 else rng.choice(ABROAD_CITIES)
    roll = rng.random()
    if roll < 0.05:
        return _fold(name).upper()
    return name


def home_town(rng: random.Random) -> str:
    """A town abroad or on another island: 'moved here from Ebeye', 'born in Lutsk'."""
    return rng.choice(ABROAD_CITIES)


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(HOME_CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


_ZIP_PREFIX = [(980, 994, 9), (970, 979, 6), (832, 838, 3), (590, 599, 3), (995, 999, 4),
               (967, 968, 4), (969, 969, 1), (716, 729, 1), (900, 961, 1)]  # fmt: skip


def zip_code(rng: random.Random) -> str:
    lo, hi, _ = rng.choices(_ZIP_PREFIX, [w for _, _, w in _ZIP_PREFIX])[0]
    z = f"{rng.randint(lo, hi):03d}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    """X12 N4 and some CSV exports run the nine digits together."""
    return zip_code(rng).split("-")[0] + f"{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2017, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    if rng.random() < 0.04:  # refugee papers often carry 1 January
        return rng.randint(1940, 2012), 1, 1
    return _ymd(rng, *rng.choice([(1920, 1935), (1936, 1975), (1976, 2025)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.15 else _ymd(rng)


def _month_day(rng: random.Random, m: int, d: int) -> str:
    mo, ab, ch, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([
        f"{m}/{d}", f"{m:02d}/{d:02d}", f"{mo} {d}", f"{ab} {d}", f"{ch} {d}", f"{ab}. {d}",
        f"{mo} {d}{o}", f"{ch} {d}{o}", f"{d}{o} of {mo}", f"{d} {mo}", f"{m}-{d}", f"{m}.{d}",
    ])  # fmt: skip


def _full_date(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d}, {y}", f"{ab}. {d}, {y}", f"{d} {mo} {y}", f"{d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y}",
        f"{mo} {d}{o}, {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{m}.{d}.{yy:02d}",
        f"{CHAT_ABBR[m - 1]} {d} {y}", f"{mo} {d} {y}", f"{m}/{d}/{y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return _month_day(rng, m, d) if rng.random() < 0.25 else _full_date(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return _month_day(rng, m, d)


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    ab = ABBR[m - 1]
    return rng.choice([
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{ab}-{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}-{d:02d}-{y}",
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def eu_date(rng: random.Random) -> str:
    """Moldovan, Ukrainian, Somali and Fijian papers: day first."""
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"])


def dob_iso(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def dob_compact(rng: random.Random) -> str:
    """HL7 PID-7 and X12 DMG02."""
    y, m, d = _birth_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def compact_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2019, 2026)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice(
        [base, f"{base}{ss:02d}", f"{base}{ss:02d}-{rng.choice(['0800', '0900', '1000', '0700'])}"]
    )


def long_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice(
        [f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}"]
    )


def spanish_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{d} de {ES_MONTHS[m - 1]}", f"{d} de {ES_MONTHS[m - 1]} de {y}",
                       f"{d}/{m}/{y}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _any_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{CHAT_ABBR[m - 1]} {y}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp."""
    y, m, d = _ymd(rng, 2020, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    tz = rng.choice(["-08:00", "-07:00", "-09:00", "-10:00", "Z"])
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}{tz}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}",
        f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{d:02d}-{ABBR[m - 1]}-{y} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    """The date of a web access line; the clock after it stays outside."""
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def syslog_date(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return f"{ABBR[m - 1]} {d:2d}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return age_number(rng)
    n = rng.randint(90, 103)
    if n >= 100:
        return ["one hundred", "a hundred and one", "one hundred two", "a hundred and three"][
            n - 100
        ]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers people are reached at -------------------------------------------------------------

_AREA = [206, 253, 360, 425, 509, 564, 503, 541, 971, 458, 208, 986, 406, 907, 907, 808, 808, 808]
_ABROAD = [("+692", 3, 4), ("+691", 3, 4), ("+680", 3, 4), ("+685", 2, 5), ("+676", 2, 5),
           ("+679", 3, 4), ("+373", 2, 6), ("+380", 2, 7), ("+995", 3, 6), ("+252", 2, 7),
           ("+63", 3, 7), ("+52", 3, 7)]  # fmt: skip


def phone(rng: random.Random) -> str:
    if rng.random() < 0.06:
        cc, a, b = rng.choice(_ABROAD)
        return f"{cc} {_digits(rng, a)} {_digits(rng, b)}"
    a = rng.choice(_AREA) if rng.random() < 0.85 else rng.randint(201, 989)
    b, c = rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"{a} {b} {c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}",
        f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}", f"{a}-{b}-{c} x{rng.randint(10, 99)}",
        f"{a}/{b}-{c}", f"+1{a}{b}{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = ["montanasky.net", "itstriangle.com", "q.com", "inlandnet.com", "cet.com", "olypen.com",
           "whidbey.com", "rockisland.com", "orcasonline.com", "uci.net", "efn.org", "i.ua",
           "palaunet.com", "sudanmail.net", "cvalley.net", "kpunet.net", "mosquitonet.com",
           "polarnet.com", "matnet.com", "micronet.net", "fsmtc.fm", "marianas.net",
           "ittecnet.com", "docomopacific.com", "oregontrail.net", "ortelco.net", "cmc.net",
           "toledotel.com", "wwest.net", "sitkanet.com", "juneaunet.com",
           "mauimail.net", "hicentral.com", "pacificnet.net"]  # fmt: skip
HANDLES = ["hulagirl", "surfdad", "mushermom", "tundrababy", "kupunacare", "lokalboy",
           "ohana4life", "islandgirl", "cattlemama", "bristolbayfisher", "setnetter", "akdiver",
           "kodiakmom", "sledgirl", "huckleberryhunter", "salmonslayer", "gillnetgal",
           "moosehunter", "snowmachiner", "pidginpapa", "aunty808", "tita907", "sourdoughsam",
           "basqueboise", "lyndendairy", "finnfest", "ukulelelady", "spamlover", "poimom",
           "shakabrah", "kalo4life"]  # fmt: skip


def email(rng: random.Random, _split: str = "blind11") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "iwalani", _handle(last) or "kaleopaa"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}",
        f"{f}{yy}", f"{ln}{f[0]}{n}", f"{rng.choice(HANDLES)}{n}", f"{f}-{ln}", f"{ln}ohana",
        f"{f}{ln[0]}{yy % 100:02d}", f"{rng.choice(HANDLES)}.{ln}", f"{f[:4]}{ln[:4]}",
        f"{ln}family{n}", f"{f}.{ln}.{rng.randint(1, 9)}", f"{f}808", f"{f}907",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "blind11") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "iwalani", _handle(last) or "kaleopaa"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}",
        f"{ln.upper()}{f[0].upper()}", f"{f[0]}{ln}{n}", f"{rng.choice(HANDLES)}_{n}", f"{f}{ln}",
        f"{ln}_{f}", f"{f}.{ln[0]}", f"{f}{yy}", f"{f[:3]}{ln[:5]}", f"{rng.choice(HANDLES)}",
        f"{f}-{ln}-{n}", f"{f[0]}{ln[:7]}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "blind11") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "iwalani", _handle(last) or "kaleopaa"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.gofundme.com/f/{f}-{ln}-medical-flight",
        f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}", f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}",
        f"https://www.instagram.com/{f}_{ln}/", f"https://linktr.ee/{f}{ln}", f"https://www.lotsahelpinghands.com/c/{_digits(rng, 6)}/",
        f"https://mychart.cascadiahealth.example/MyChart/Messages/{_digits(rng, 8)}",
        f"https://portal.northernrivers.example/patient/{_digits(rng, 7)}", f"https://{f}{ln}.wordpress.com",
        f"https://www.youtube.com/@{f}{ln}{rng.randint(1, 99)}", f"https://venmo.com/u/{f}-{ln}-{_digits(rng, 2)}",
        f"https://photos.app.goo.gl/{_letters(rng, 16, an)}", f"https://drive.google.com/file/d/{_letters(rng, 25, an)}/view",
        f"https://www.tiktok.com/@{ln}{f[0]}{rng.randint(1, 999)}", f"http://www.{ln}ranch.com",
        f"https://fhir.cascadiahealth.example/r4/Patient/{_digits(rng, 9)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.33:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2605:{g[1]}:{g[2]}::{g[7]}", f"2001:{g[1]}:{g[2]}:{g[3]}::{g[7]}"]
        )
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}"], [8, 3, 2])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"CU{_digits(rng, 7)}",
        f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"00{_digits(rng, 6)}", f"NR{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    """ProviderOne (Apple Health), OHP, Idaho, Montana, Denali KidCare, Med-QUEST ids."""
    return rng.choice([
        f"{_digits(rng, 9)}WA", f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
        _digits(rng, 10), _digits(rng, 9), f"{_digits(rng, 10)}", f"QI{_digits(rng, 8)}",
    ])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"XQK{_digits(rng, 9)}", f"PRA{_digits(rng, 9)}",
        f"{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 9)}{_letters(rng, 2)}", mbi(rng),
        medicaid_id(rng), f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"W{_digits(rng, 9)}",
        f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-{_letters(rng, 1)}", f"{_digits(rng, 11)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}",
        f"G{_digits(rng, 8)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"PFS{_digits(rng, 7)}",
        f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}", f"HB{_digits(rng, 9)}",
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


def drivers_license(rng: random.Random) -> str:
    """WA (new WDL and the old name-coded form), OR, ID, MT, AK and HI licence numbers."""
    first, last = person(rng)
    f, ln = _handle(first).upper() or "I", (_handle(last).upper() + "*****")[:5]
    return rng.choice([
        f"WDL{_letters(rng, 6, string.ascii_uppercase + string.digits)}{_digits(rng, 3)}",
        f"{ln}{f[0]}{_initial(rng)}{_digits(rng, 3)}{_letters(rng, 2)}", _digits(rng, 7),
        f"{_letters(rng, 1)}{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 6)}{_letters(rng, 1)}",
        _digits(rng, 13), f"H{_digits(rng, 8)}", f"{_digits(rng, 9)}",
    ])  # fmt: skip


def license_number(rng: random.Random) -> str:
    return rng.choice([
        drivers_license(rng), drivers_license(rng), f"RN{_digits(rng, 8)}", f"MD{_digits(rng, 8)}",
        f"LPN{_digits(rng, 6)}", f"PA{_digits(rng, 8)}", f"RN-{_digits(rng, 6)}", f"MD.{_digits(rng, 5)}",
        f"APRN{_digits(rng, 5)}", f"LICSW{_digits(rng, 8)}", f"CDL {_letters(rng, 1)}{_digits(rng, 7)}",
        f"PHARM {_digits(rng, 5)}", npi(rng), dea(rng),
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
    """WA, OR, ID (county-coded), MT (county-coded), AK and HI plates, and boat numbers."""
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 4)}", f"{_letters(rng, 3)} {_digits(rng, 4)}",
        f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{rng.randint(1, 9)}{_letters(rng, 1)} {_digits(rng, 5)}",
        f"{rng.randint(1, 56)}-{_digits(rng, 4)}{_letters(rng, 1)}", f"{_letters(rng, 3)} {_digits(rng, 3)}",
        f"{_letters(rng, 1)}{_letters(rng, 2)}{_digits(rng, 3)}", f"AK {_digits(rng, 4)} {_letters(rng, 2)}",
        f"WN {_digits(rng, 4)} {_letters(rng, 2)}", rng.choice(["MAKANA1", "TUTU808", "FSHNAK", "SHAKA4U", "MOOSE1"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
    return payload + _luhn_check(payload)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"NG{_digits(rng, 7)}H", f"PJN{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 8)}",
        f"SN{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", imei(rng),
        f"{_letters(rng, 4, an)}-{_letters(rng, 4, an)}", f"8{_letters(rng, 5, an)}", mac_address(rng),
        f"{_digits(rng, 2)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"RNH{_digits(rng, 7)}",
        f"{_letters(rng, 1)}{_digits(rng, 9)}",
    ])  # fmt: skip


def udi(rng: random.Random) -> str:
    gtin = "00" + _digits(rng, 12)
    exp = f"{rng.randint(25, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return f"(01){gtin}(17){exp}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"ENC{_digits(rng, 9)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}",
        f"{rng.randint(20, 26)}-{_digits(rng, 6)}", f"PA-{_digits(rng, 7)}", f"CASE{_digits(rng, 6)}",
        f"{_letters(rng, 3, an)}-{_letters(rng, 4, an)}", f"REF{_digits(rng, 8)}", f"ACC{_digits(rng, 8)}",
        f"TKT-{_digits(rng, 6)}", f"FAX{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
    ])  # fmt: skip


def tribal_id(rng: random.Random) -> str:
    """Tribal enrollment, CDIB and IHS chart numbers."""
    return rng.choice([f"{_digits(rng, 3)}-{_digits(rng, 5)}", f"{_digits(rng, 4)}-{_digits(rng, 3)}",
                       f"T{_digits(rng, 6)}", f"{_letters(rng, 3)}{_digits(rng, 5)}", _digits(rng, 6)])  # fmt: skip


def alien_number(rng: random.Random) -> str:
    """USCIS A-numbers and I-94 admission numbers of refugee and COFA patients."""
    return rng.choice([f"A{_digits(rng, 9)}", f"A {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                       f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", _digits(rng, 11)])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler, so that log lines vary ----------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16), patient_uuid(rng)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(41, 400), rng.randint(401, 9000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(7, 65000))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404",
                       "409", "422", "500", "502", "504"])  # fmt: skip


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 250000))


def hhmm(rng: random.Random) -> str:
    """A clock time beside a date; not PHI."""
    hh, mi = rng.randint(6, 19), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice(
        [
            f"{hh:02d}{mi:02d}",
            f"{hh:02d}:{mi:02d}",
            f"{(hh - 1) % 12 + 1}:{mi:02d} {'am' if hh < 12 else 'pm'}",
        ]
    )


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A
# label of None marks filler that is not PHI (request ids, latencies, clock times).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),
    "GIVLOW": ("NAME", given_lower),  # texted in lowercase, okina dropped
    "NAMELOW": ("NAME", name_lower),
    "WGIVEN": ("NAME", word_given),  # Talon, Dory, Tuff
    "WFAM": ("NAME", word_family),  # Passes, Barge, Troll
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, ARNP"
    "FAMUP": ("NAME", family_up),  # HL7 XPN.1, X12 NM103, one span each
    "GIVUP": ("NAME", given_up),
    "MIDUP": ("NAME", middle_up),
    "MIDDLE": ("NAME", middle),
    "FAMILY": ("NAME", family_plain),  # FHIR family, CSV last_name
    "GIVENP": ("NAME", given_plain),  # FHIR given[0], CSV first_name
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "INITS": ("NAME", initials),
    "ISLGIVEN": ("NAME", _group_given("isl")),  # names for Pidgin, Tagalog, Samoan ... messages
    "ISLFAM": ("NAME", _group_family("isl")),
    "ISLNAME": ("NAME", _group_name("isl")),
    "EEGIVEN": ("NAME", _group_given("ee")),
    "EENAME": ("NAME", _group_name("ee")),
    "MEXGIVEN": ("NAME", _group_given("mex")),
    "MEXNAME": ("NAME", _group_name("mex")),
    "AKGIVEN": ("NAME", _group_given("ak")),
    "AKNAME": ("NAME", _group_name("ak")),
    "HORNNAME": ("NAME", _group_name("horn")),
    "SIKHNAME": ("NAME", _group_name("sikh")),
    "AFGNAME": ("NAME", _group_name("afg")),
    "EUSGIVEN": ("NAME", _group_given("eus")),
    "KORNAME": ("NAME", _group_name("kor")),
    # Places
    "STREETLINE": ("ADDRESS", street_line),
    "STREETNAME": ("ADDRESS", street_name),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "HOMETOWN": ("CITY", home_town),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "MD": ("DATE", month_day),
    "DAYTH": ("DATE", day_th),
    "DOB": ("DATE", dob),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "DOBISO": ("DATE", dob_iso),
    "DOBHL": ("DATE", dob_compact),
    "USDATE": ("DATE", us_date),
    "EUDATE": ("DATE", eu_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "LONGDATE": ("DATE", long_date),
    "ESDATE": ("DATE", spanish_date),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),
    "SYSDATE": ("DATE", syslog_date),
    # Ages, numbers, identifiers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "FAXE": ("FAX", e164),
    "EMAILENC": ("EMAIL", email_encoded),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "DL": ("LICENSE_NUMBER", drivers_license),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "UDI": ("DEVICE_ID", udi),
    "TRIBALID": ("OTHER_ID", tribal_id),
    "ANUM": ("OTHER_ID", alien_number),
    "PTUUID": ("OTHER_ID", patient_uuid),
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "STATUS": (None, status),
    "BYTES": (None, size),
    "CLOCK": (None, clock),
    "HHMM": (None, hhmm),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON and dict braces are doubled for str.format; a
# slot is never written directly before a doubled closing brace. generate.fill() lowercases,
# misspells and strips punctuation from chat on top of this.

CHAT = [
    # Portal messages about relatives, named with a cue or without one.
    "aloha, this is {ISLGIVEN}, {ISLFAM}'s daughter. mom is {AGE} and she fell again last night by the lanai, no more can stand 😭",
    "my tutu {ISLNAME} needs her refill of the eliquis, pharmacy in {CITY} says no more refills",
    "howzit, can aunty {ISLGIVEN} come inside with me for the colonoscopy talk? she drives me from {CITY}",
    "brah my uncle {ISLGIVEN} stay coughing since {MD}, he no like go doctor but we making him 🤙",
    "{GIVEN} and {GIVEN} both get the same rash from the lagoon, the keiki need appt pls",
    "its {GIVLOW}, {SURNAME}'s wife, he wont message so im doing it for him. his sugar was 41 this morning",
    "my son {GIVEN} is at fish camp till the {DAYTH}, can we move his physical",
    "my sister in law {NAME} can pick up my meds on {MD}, she has my card",
    "{NICK} is driving me down from {CITY} on {MD}, can he wait in the room? we staying at {STREETLINE}",
    "me and my cousin {GIVEN} both ate the fermented fish heads at {GIVEN}'s house and now we both sick 🤢",
    "lola {ISLGIVEN} is {AGE} and cant hear the phone, pls call my number {PHONE} instead",
    "manang {ISLGIVEN} said the clinic has free flu shots on saturday, is that true\n- {GIVEN}",
    "my dad {NAME} (we call him {NICK}) had chest pain on the boat yesterday",
    "{SURNAME} family here, our grandpa passed on {DATE}, please stop the reminder calls",
    "my mom {ISLGIVEN} only speaks marshallese, can we get interpreter for {MD}",
    "pls can someone call my wife {ISLGIVEN}, she speaks chuukese and little english, {PHONE}",
    "my husband {NAME} dob {DOB} is on the boat till {MONYEAR}, can i pick up his insulin",
    "my son {GIVEN} (13) has a tick on his scalp from grandpa {GIVEN}'s ranch, how do i get it out",
    # Pidgin, Spanish, Russian, Tagalog, Ilocano, Samoan, Marshallese, Chuukese mixed in.
    "shoots, pau work at 4 so can come {MD} afternoon. tell {ISLGIVEN} mahalo",
    "da kine nurse {ISLGIVEN} said to send picture of da wound, here is, stay swollen -{NAME}",
    "no can make it {MD}, my car broke down in {CITY}. can do video instead?",
    "mi esposo {MEXNAME} se cayó en el trabajo en {CITY}, necesita ver al doctor hoy",
    "spasibo doctor. my mother {EENAME} still has pain in the knee after injection on {MD}",
    "zdravstvuyte, this is {EEGIVEN}, {EENAME}'s son. she need translator russian for {MD}",
    "salamat po! my lola {ISLNAME} is {AGE} and she cant walk to the clinic anymore",
    "agyamanak, manong {ISLGIVEN} got his meds. next appt {MD} ok?",
    "talofa, this is {ISLGIVEN} {ISLFAM}, my grandson needs sports physical before the {DAYTH}",
    "faafetai for calling back. my mother {ISLNAME} is home now at {STREETLINE}",
    "iakwe, my name {ISLNAME}, i need refill for my sugar medicine, phone {PHONE}",
    "kommol tata, the papers for my uncle {ISLGIVEN} {ISLFAM} got sent to {EMAIL}",
    "ran annim, this is {ISLGIVEN} from {HOMETOWN}, now living {CITY}, need new patient appt",
    "kinisou chapur, my son {ISLGIVEN} is feeling better. {ISLGIVEN}",
    "malo e lelei, my dad {ISLNAME} needs his dialysis time changed from the {DAYTH}",
    "bula! {ISLGIVEN} here, moved from {HOMETOWN} last month and need a doctor",
    "quyana for the call, my grandma {AKGIVEN} is doing better at home in {CITY}",
    "tashakor, my husband {AFGNAME} has his appointment on {MD} and we need pashto interpreter",
    "mahadsanid, my mother {HORNNAME} needs her blood pressure medicine refilled, her dob {DOB}",
    "sat sri akal, my father {SIKHNAME} (dob {DOB}) needs punjabi interpreter please",
    "eskerrik asko, aitxitxe {EUSGIVEN} is {AGE} and still herding, but his feet are purple",
    # Signatures at the end.
    "ok mahalo nui!! -{ISLGIVEN}",
    "ok 👍 - {INITS}",
    "love you guys, {NICK} 🌺",
    # Dates, every which way.
    "the float plane is booked for {MD}, can i get labs same day. -{GIVEN}",
    "my papers say {EUDATE} for my birthday, your system say different ({LASTFIRST})",
    # Addresses typed casually.
    "we're at {RURAL}, tell the home health nurse {GIVEN} to look for the red gate",
    # Phones, fax, e-mail.
    "the social security office fax is {FAX}, they need the letter by {MD}",
    "my family in {HOMETOWN} number is {PHONE} if they need to call about my dad",
    # Numbers on cards and accounts.
    "my tribal id is {TRIBALID}, the front desk said to send it thx, {GIVLOW}",
    "my A number is {ANUM} for the refugee clinic paperwork\n\n{NAME}, {PHONE}",
    # Devices, vehicles, licences.
    "drivers license {DL}, do you need the back too\n- {GIVEN}",
    "is the home health aide legit? she said her license is {LICENSE} -{NAME}",
    "my hearing aid serial is {DEVICE}, the left one stopped working, its for my dad {NAME}",
    # Money, papers and links.
    "my sons ssn is {SSN} and mine is {SSN} for the sliding scale form",
    "the gofundme for my dads medevac bill is {URL}, {NAME} set it up",
    "plate {PLATE}, i parked in the handicap spot by the dialysis door. {GIVEN}",
    "vin {VIN} for the travel reimbursement, the car is my uncle {GIVEN}'s",
    "pls fax the prior auth to {FAX} attn {NAME}",
    "my quest card # {MEDICAID}, acct {ACCOUNT}, why i getting bills",
    "here's my caringbridge {URL} if dr {SURNAME} wants updates",
    "ssn {SSN} dob {DOB} name {NAME} for the charity care app",
    "account {ACCOUNT} is my moms ({NAME}), the payment plan is in my name",
    "the blue van plate {PLATE} is my son {GIVEN}, he is the escort for my medevac",
    "{NAME} made a fundraiser {URL} for the plane ticket home to {HOMETOWN}",
    "my dads social is {SSN}, he is {AGEN} and the form wants it",
    "grandson parked his truck {PLATE} in the ambulance spot, sorry!! its {GIVEN}",
    # Chatbot turns.
    "> reschedule\n> {MD}\n> {NAMELOW}",
    "[Assistant] Who is the appointment for?\n[Patient] my dad {NAME}, dob {DOB}",
    "[Assistant] Is your address still {STREET}?\n[Patient] no its {STREET} now",
    "bot: Which clinic?\nme: the one in {CITY}\nbot: What is your member ID?\nme: {PLAN}",
    # Mixed, longer run-ons.
    "my grandpa {NAME} is {AGEN} and wants to stop dialysis, who do we talk to",
    "pastor {SURNAME} prayed with us, thank u for letting him in the ICU, {GIVEN}",
    "sister {GIVEN} from church will bring me on {MD}",
    "its {GIVEN} ({INITS}) from the dialysis chair 4, running late the ferry is slow",
    "can i bring my service dog? - {GIVEN} {SURNAME}, {STREET}",
    "mom ({NAME}, {AGEN}) says the new aide {GIVEN} is rough with her, pls call me {PHONE}",
    "our village clinic aide {AKGIVEN} said to message you about my grandson {AKGIVEN}, he is 2 and breathing fast",
    "the health aide in {CITY} sent my pictures, did dr {SURNAME} see them",
    "emergency contact change: {NAME}, {PHONE}, {EMAIL}, her facebook {URL}",
    "my instagram is {URL}, i posted the rash pics there\n{NAME}",
    "bot: What is your date of birth?\nme: {DOB}",
    "bot: Please enter your full name.\nuser: {NAME}",
    "[Assistant] What is the best number to reach you?\n[Patient] {PHONE}",
    "{NAMELOW} here, my sugar meter says HI again",
    # Family and neighbours, with or without a cue word.
    "cousin {GIVEN} brought me the dried salmon and now my BP is 170s, is it the salt",
    "my grandson {GIVEN} is translating for me, he is 11, is that ok for the appt on {MD}",
    "can you leave the results with my niece {NAME}? she lives next door at {STREETLINE}",
    "uncle {NICK} went through the ice by the slough, he's warm now but his toes are black, what do we do",
    "we are the {SURNAME} ohana, 6 of us need flu shots, can do all same day? ({LASTFIRST})",
    "hi its {NAMELOW} from the halibut boat, need my seasick patches before {MD}",
    "nurse {GIVEN} at the outreach clinic said text here and ask for dr {SURNAME}",
    "my stepdad {NAME} got out of the hospital {DATE} and hes already smoking again 🙄",
    "the pharmacist {GIVEN} {SURNAME} was super nice, pls tell her boss",
    "my kids dad {NAME} is picking them up from the school clinic, he has them wednesdays",
    "{GIVEN} from the food bank said the clinic can help with diabetes supplies",
    "my wife {GIVEN} passed in {MONYEAR}, please take her off my account",
    "is dr {SURNAME} back from leave? i only want to see her thx, {GIVLOW}",
    "i want {GIVEN} {SURNAME} (my daughter) to get all my results too, how do i sign that",
    "can my neighbor lady {WNAME} pick up the sharps box, i dont drive\n\n{NAME}, {PHONE}",
    "{WGIVEN} said you guys can do the DOT physical, i drive for the co-op\n- {GIVEN}",
    "my brother in law {NAME} got hurt on the crab boat, hes coming in on the {DAYTH}",
    "mom's caregiver is {NAME}, {PHONE}, she's with her mon-fri",
    "i live with my auntie {GIVEN} now at {STREETLINE}, {CITY} {ZIP}, please send letters there",
    "the ladies from church ({GIVEN} and {GIVEN}) are driving me to chemo, is that ok",
    "eh sorry, i no mo phone till payday, text my sistah {ISLGIVEN} {PHONE}",
    "tutu stay {AGE} already and still like go bingo, but her feet all swell up -{NAME}",
    "my grandpa {ISLNAME} went back to {HOMETOWN} on {MD}, can you send his meds for 3 months",
    "i stay in {CITY} now, need one new primary, my old one was dr {SURNAME}",
    "bro {ISLGIVEN} said the dental van comes to the church {MD}",
    "ate {ISLGIVEN} said i need fasting for the blood test, true?",
    "nanay {ISLGIVEN} is dizzy since {MD}, she is {AGE} and on the water pill",
    "por favor, mi nombre es {MEXNAME}, fecha de nacimiento {ESDATE}, quiero cita",
    "mi suegra {MEXNAME} no habla español, habla mixteco, necesita intérprete",
    "señorita, el niño {MEXGIVEN} tiene calentura desde el {ESDATE}",
    "privet, this is {EEGIVEN}. my husband {EENAME} need refill of pressure pills, our pharmacy is in {CITY}",
    "dobryi den, my son {EEGIVEN} has appointment {MD} but we are at church camp in {CITY}",
    "buna ziua, my mother {EENAME} need moldovan or russian interpreter for {MD}",
    "babushka {EEGIVEN} says thank you for the soup recipe lol. she is {AGE}",
    "quyana cakneq, my granddaughter {AKGIVEN} had her baby on {DATE} at the regional hospital",
    "the CHA in {CITY} ({AKGIVEN}) says i need to fly in for xray, can you book {MD}",
    "waqaa, this is {AKNAME}, snowmachine broke so cant come in till the river freezes",
    "my husband {HORNNAME} needs somali interpreter {MD}, he dont understand english good",
    "hi my name {HORNNAME}, i need paper for the immigration doctor, my A number {ANUM}",
    "dad ({SIKHNAME}) needs his sugar checked, he only eats roti and rice lol, can dr see him {MD}",
    "salaam, my wife {AFGNAME} need female doctor only please, appt {MD}",
    "annyeong haseyo, my father {KORNAME} needs korean interpreter, dob {DOB}",
    # Dates around boats, planes, seasons.
    "ferry gets in {MD} around noon, can my appt be after 2",
    "the barge comes the {DAYTH}, can you mail my meds before that",
    "moose season starts {MD}, need refill before we go out to camp",
    "berry picking till the {DAYTH} then i can come in",
    "my flight from {HOMETOWN} lands {MD} late, can we do the {DAYTH} instead",
    "last dose of the antibiotic was {MD}, still have the cough",
    "sugar 300+ since {MD}, ran out of insulin on the {DAYTH}",
    "baby's 2 month shots due {MD}? the card says {DATE}",
    "i think my due date is {DATE} but the ultrasound lady said {DATE}",
    "i got the TB shot back in {HOMETOWN} around {MONYEAR}, is that why the test is positive",
    "been sober since {DATE}, need the letter for court",
    "my last tetanus was in {HOMETOWN}, maybe {MONYEAR}",
    # Addresses as people give them.
    "the cabin is at {RURAL}, {CITY} {ZIP}, no street sign, blue roof",
    "we got evicted, new place is {STREETLINE} {UNIT}, {CITY} {ZIP}",
    "please mail the card to my box {POBOX}, not the house",
    "i'm at the shelter on {STREETNAME} for now",
    "deliver the oxygen to {STREETLINE} in {CITY} {ZIP}, back door, dogs are friendly",
    "we get mail only at the post office, {POBOX} in {CITY} {ZIP}. the house itself is {STREETLINE} but nobody delivers there",
    "the lab on {STREETNAME} closed? where do i go now",
    "dad moved into the care home on {STREETNAME}, room 12, can you update",
    "for the form - street {STREETLINE} / town {CITY} / zip {ZIP}",
    "we're in the trailer at {STREETLINE}, the one with the skiff in the yard",
    # Numbers to reach people.
    "phone got cut off, use {PHONE} now (not {PHONE})",
    "can you text my son's phone {PHONE}, mine got no signal out here",
    "my email changed to {EMAIL}, pls send the after visit summary there",
    "the attorney's fax is {FAX}, its for the L&I claim",
    "fax the sports form to {FAX}, the school is in {CITY}",
    "my work email is {EMAIL}, dont use it for results tho",
    "wife's cell {PHONE}, she understands english better than me",
    # Cards and accounts.
    "member number on my HMSA card is {PLAN}",
    "my ohp number is {MEDICAID}, did it go through",
    "medicare card says {MBI}, is that the new number",
    "my chart # {MRN} from the hospital in {CITY}",
    "billing says account {ACCOUNT} but i never got that bill",
    "what is claim {OTHER} for? i never had that test",
    "pharmacy gave me ref # {OTHER} for the prior auth",
    "my enrollment # {TRIBALID}, do i still need my insurance card",
    "ssn is {SSN}, i dont have the card, only the number. {NAME}",
    # Devices and vehicles.
    "the oxygen concentrator serial {DEVICE} is beeping nonstop",
    "omnipod pdm serial {DEVICE} says pod error",
    "the heart monitor company says patch id {DEVICE} stopped sending",
    "my wheelchair van plate is {PLATE}, can i get disabled parking at the new clinic on {STREETNAME}",
    "got towed from the hospital garage, car vin {VIN} plate {PLATE}, who do i call",
    # Portal.
    "i cant reset, my username is {USER}, dob {DOB}, ssn {SSN}",
    "somebody from {IP} tried to login to my account?? not me. my email is {EMAIL}",
    "my old username was {USER} but now it wants email {EMAIL}",
    # Chatbot and SMS turns.
    "bot: Are you the patient?\nme: no its for my tutu {ISLNAME}\nbot: What is her date of birth?\nme: {DOB}",
    "> refill\n> {NAMELOW} {DOB}\n> pharmacy in {CITY}",
    "[Assistant] Please confirm your phone number.\n[User] {PHONE}\n[Assistant] And your ZIP code?\n[User] {ZIP}",
    "bot: Who is your primary care provider?\nuser: dr {SURNAME} in {CITY}",
    "1\n{NAME}\n{DOB}\nyes",
    "[User] i need to talk to a person\n[Assistant] I can help. What is your name and date of birth?\n[User] {NAME} {DOB}",
    "the obituary is at {URL}, please update the chart for my dad {NAME}",
    "my tutu is {AGE} and wants to fly to {HOMETOWN} for a funeral, is she ok to fly",
    # Sign-offs.
    "mahalo plenty!!\n-{GIVEN} & {GIVEN}",
    "-- \n{NAME}\n{PHONE}",
    "k, see u {MD} 👍 {NICK}",
    "my name is {GIVEN} but everybody calls me {NICK}, thats what i answer to",
    "legal name {NAME}, but i go by {GIVEN} at work",
    # Ages.
    "grandma turns {AGEN} on {MD} and wants to know if she can still get the pneumonia shot",
    "aunty {GIVEN} is {AGE} and needs a walker, who orders that",
    # Longer messages.
    "hi dr {SURNAME}, this is {NAME}. since {MD} i cant keep food down, lost 10 pounds, my daughter {GIVEN} says go ER in {CITY}",
    "we drove down from {CITY} on {MD} for my wife {GIVEN}'s mri and nobody called us, we are at the motel on {STREETNAME}",
    "the cannery doc in {CITY} gave me stitches {MD}, who takes them out",
    "my son {GIVEN} {SURNAME} turned 18 on {MD}, do we need new portal access",
    "picked up {NAME}'s meds but the label says {NAME}, wrong person?",
    "im the guardian for my nephew {NAME}, dob {DOB}, can i get his records",
    "{GIVEN} and i got married {DATE}, please change my last name to {SURNAME}",
    "this is the school nurse {NAME} about a student {NAME}, dob {DOB}",
    "hi, {DOC} here, PT from the home health agency, pt {NAME} fell today, vitals stable",
    "case manager {NAME} from the tribal office, pls fax the discharge summary to {FAX}",
    "captain {GIVEN} got a hook in his eye, we are 2 hrs out of {CITY}, what do we do",
    "the home health nurse {GIVEN} said mom's ({NAME}) sugar was 38, what do we do",
    "can someone from billing call {NAME} at {PHONE} about acct {ACCOUNT}",
    "my sister {GIVEN} posts updates at {URL} if you want to see how mom is doing",
    # A few more.
    "my drivers license {DL} expired, can i use my tribal id",
    "phone imei {IMEI}, the heart monitor app wont install",
    "the link {URL} asks me for a password",
    "bless you all for taking care of papa\nlove, {NAME}",
    "sent from {NAME}'s ipad",
    "ty! {INITS}",
    "my dad is {AGE}, still goes out on the skiff alone, he fell last week",
    "my ex {GIVEN} keeps calling pretending to be my husband, dont tell him anything",
    "oops this was supposed to go to {NAME}, ignore",
]

NOTES = [
    # Headers and identifiers.
    "Patient {NAME}, DOB {USDATE}, Tribal ID {TRIBALID}, seen at the sub-regional clinic on {DATE}.",
    # HPI.
    "Medevaced from {CITY} on {DATE}; report from the village health aide {AKNAME} reviewed.",
    "HPI: 34 yo G3P2 from {HOMETOWN}, arrived in {CITY} {MONYEAR}, presents for first prenatal visit; partner {GIVEN} present.",
    "{LASTFIRST} | {DOB} | {MRN}\nPt is a 52 yo Chuukese-speaking man seen {DATE} with his nephew {ISLGIVEN}, who interpreted at pt's request.",
    "HPI obtained via Russian interpreter ({EENAME}). Pt {LASTFIRST} reports dyspnea since {MD}.",
    # Assessment and plan.
    "Pt: {NAME}   Visit: {DATE}\nA/P: T2DM, A1c 10.4. Pt prefers to work with CHW {GIVEN}; diet counseling around rice, spam and poi with daughter {NAME}.",
    "Plan: Dr. {SURNAME} to call pt with results; pt asked that we also call her sister {GIVEN} at {PHONE}.",
    # ED notes.
    "ED: {AGEN} yo M BIBA from {STREETLINE} after unwitnessed fall; daughter {NAME} at bedside.",
    "{CAPSNAME} (MRN {MRN})\nED triage {DATE} {HHMM}: pt {NAME}, chief complaint fishhook in left thumb, tetanus unknown.",
    "EMS report: picked up at {RURAL}, {CITY}; wife {GIVEN} rode along.",
    "{CAPSNAME} | MRN {MRN} | DOS {DATE}\nED: 19 yo F brought by friend {GIVEN} after ingesting unknown pills at a party in {CITY}.",
    "Dog bite at {STREETLINE} on {MD}; animal control notified, owner {NAME} ({PHONE}).",
    # OB and peds.
    "Newborn screen sent {DATE}; PCP to be {DOC}, MD at the clinic in {CITY}.",
    "RE: {NAME}, DOB {DOB}\nPeds: 4 yo brought by grandmother {NAME} (legal guardian since {MONYEAR}) for ear pain.",
    "RE: {NAME}, DOB {DOB}\nWCC 12 mo: mom {GIVEN} reports pt walking; dad {GIVEN} works at the cannery.",
    "School form for {NAME} (DOB {DOB}) completed and faxed to the school nurse at {FAX}.",
    "Doula {NAME} present for delivery per pt request; husband {GIVEN} on the phone from {HOMETOWN}.",
    # Behavioral health.
    "[{MRN}] {LASTFIRST} - {DATE}\nBH: pt reports conflict with ex-partner {NAME}; no contact order in place since {DATE}.",
    "Safety plan reviewed; supports listed: mother {GIVEN} ({PHONE}), pastor {SURNAME}, crisis line.",
    "Clinic visit {DATE}, {CITY}: {NAME}\nPt's counselor at the tribal behavioral health program, {NAME}, LICSW, was called with consent on {DATE}.",
    "{NAME} ({DOB})\nPt discussed grief after death of her husband {GIVEN} on {DATE}; referred to grief group.",
    "{NAME}, DOB {DOB}, {STREET}\nPeer support specialist {NAME} to follow weekly starting {MD}.",
    # Home health and hospice.
    "HH visit {DATE}: pt at home at {STREETLINE}, {UNIT}; wife {GIVEN} is primary caregiver.",
    "Hospice admission {DATE}; primary caregiver daughter {NAME}, alternate grandson {GIVEN}.",
    "Patient: {CAPSNAME}  Acct: {ACCOUNT}\nHospice RN visit: pt resting, {AGEN} yo, family singing hymns in Samoan; son {ISLGIVEN} at bedside.",
    "Death pronounced {DATE} at {HHMM} by RN {DOC}; family ({NAME}, {NAME}) present.",
    "Progress note {DATE} - {LASTFIRST}\nHH aide {GIVEN} reports pt's legs more swollen; RN visit moved to {MD}.",
    # Social work and case management.
    "SW: pt receives mail at {POBOX}, {CITY}; staying at the shelter on {STREETNAME}; posts updates for family at {URL}.",
    "CM: COFA status confirmed; I-94 {ANUM}; Med-QUEST application {OTHER} pending since {DATE}.",
    "SW: refugee arrival {DATE}; resettlement caseworker {NAME}, {PHONE}; A-number {ANUM}.",
    "Travel authorized for pt and escort {NAME} from {CITY} on {MD}; boarding house bed reserved.",
    # Family and social history.
    "Encounter {DATE} - {CAPSNAME} - Acct {ACCOUNT}\nSH: commercial fisherman out of {CITY}, season May-Sept; wife {GIVEN} handles his appointments.",
    "Patient {LASTFIRST}; seen {DATE} by {DOC}, ARNP\nSH: dairy farmer; lives on the home place on {STREETNAME} with his brother {GIVEN}.",
    "Home visit {DATE} at {STREETLINE}, {CITY} {ZIP}: {NAME}\nSH: subsistence hunting and fishing; lives with his uncle {AKNAME} in {CITY}; no running water.",
    # Med rec and pharmacy.
    "{LASTFIRST} | {DOB} | {MRN}\nPharmacist {DOC}, PharmD, called pt's wife {GIVEN} to clarify the warfarin dose.",
    # Procedures, devices.
    "Wearable defibrillator serial {DEVICE} issued {DATE}; pt's wife {GIVEN} trained.",
    # Ages and dates of birth.
    "Progress note {DATE} - {LASTFIRST}\nDOB on file {DOB} is the assigned date from the refugee camp; actual birthdate unknown.",
    # Identifiers of other kinds.
    "Pt: {NAME}   Visit: {DATE}\nCDL {LICENSE} on hold pending sleep study results; employer contact {NAME}.",
    "{CAPSNAME} (MRN {MRN})\nInterpreter: {MEXNAME} (Mixtec), by phone, ID {OTHER}.",
    # Letters and referrals.
    "Sincerely,\n\n{DOC}, MD\nInternal Medicine\n{STREET}\n{CITY}, {STATE} {ZIP}",
    "To whom it may concern: {NAME} (DOB {DOB}) is under my care and may not work on the boats until {DATE}.",
    "Work note: {NAME} was seen on {DATE} and may return to work on {MD} without restrictions.",
    "Letter mailed to pt at {STREET}, {CITY}, {STATE} {ZIP} on {DATE}.",
    "Jury duty excuse for {NAME}, juror # {OTHER}, faxed to the court at {FAX}.",
    # Money, papers, vehicles.
    "Financial counseling: pt {NAME}, SSN {SSN}, acct {ACCOUNT}; charity care approved at 100%.",
    "Clinic visit {DATE}, {CITY}: {NAME}\nPt arrived by private vehicle, plate {PLATE}, driven by her son {GIVEN}.",
    "{NAME}, DOB {DOB}, {STREET}\nRecords requested from the outside clinic by fax ({FAX}); release signed by {NAME}.",
    "Encounter {DATE} - {CAPSNAME} - Acct {ACCOUNT}\nPt's family created a fundraising page ({URL}); pt consents to photo updates. Daughter {GIVEN} manages it.",
    "Billing: self-pay, acct {ACCOUNT}, plan {PLAN} terminated {DATE}.",
    "Patient {LASTFIRST}; seen {DATE} by {DOC}, ARNP\nDevice check: ICD serial {DEVICE}, remote monitoring via home hub {MAC}.",
    "Home visit {DATE} at {STREETLINE}, {CITY} {ZIP}: {NAME}\nPt's SSN {SSN} and Medicare {MBI} verified for the SNF referral.",
    "{LASTFIRST} | {DOB} | {MRN}\nTroopers found pt in his truck (VIN {VIN}) at the boat harbor; brother {NAME} notified.",
    "Pt's daughter shared a video of the seizure via {URL}; reviewed with Dr. {SURNAME} on {MD}.",
    "SSI application: SSN {SSN}, rep payee {NAME}, SSA fax {FAX}.",
    "ATV rollover {DATE}; pt's ATV VIN {VIN}; found by cousin {GIVEN} near {CITY}.",
    # Signature, attestation and cc lines.
    "Seen and discussed with Dr. {SURNAME}. -{INITS}",
    "Signed: {DOC}, CHA/P (community health aide/practitioner) {DATE}",
    # Phone and nurse advice line.
    "Nurse advice line {DATE} {HHMM}: caller {NAME} (mother) reports 2 yo with fever 104; advised ED in {CITY}.",
    "After-hours call: {NAME} ({PHONE}) re: her father {NAME}, {AGEN}, short of breath; 911 advised.",
    # Terse fragments.
    "Pt goes by {NICK}; legal name {NAME}.",
    "Pt's elder name is {AKGIVEN}, used by family; chart name {NAME}.",
    "Clinic visit {DATE}, {CITY}: {NAME}\nTutu {ISLGIVEN} ({AGEN}) lives downstairs and watches the keiki after school.",
    "{NAME} ({DOB})\nPt's father-in-law, {NAME}, is {AGE} and also a patient here.",
    "DOB {DOB}, {STREET}\nPt registered with a single name ({AFGNAME}); first name field reads FNU per I-94.",
    # Headers and registration.
    "PT NAME: {CAPSNAME}\nMRN: {MRN}   CSN: {OTHER}\nDOB: {DOB}   AGE: 57 y.o.\nVISIT: {DATE} (Telehealth)",
    "Subjective ({DATE}): {NAME} is here with her son {GIVEN} for med refills.",
    "Identifiers confirmed ({LASTFIRST} / {MRN}); provider {DOC}, MD; visit {DATE}.",
    'Encounter {DATE} - {CAPSNAME} - Acct {ACCOUNT}\nChief complaint (per {NAME}): "my chest hurts when i haul the pots." Onset {MD}.',
    "Encounter for {CAPSNAME} ({DOB}) at the village clinic in {CITY}; CHA/P {GIVEN} presenting.",
    "Telemedicine consult: patient at the clinic in {CITY}, provider at the hub. Pt {NAME}, DOB {DOB}.",
    "Registration: {NAME}; preferred name {NICK}; DOB {DOB}; preferred language Chuukese.",
    # HPI.
    "Patient {LASTFIRST}; seen {DATE} by {DOC}, ARNP\n{GIVEN} is a 41 yo man who was hauling gear on {MD} when he felt a pop in his right shoulder.",
    "Home visit {DATE} at {STREETLINE}, {CITY} {ZIP}: {NAME}\nPt reports her mother {NAME} had the same rash after the church luau on the {DAYTH}.",
    "{LASTFIRST} | {DOB} | {MRN}\nPer the health aide's radio report, pt was found down at {RURAL} by her grandson {GIVEN}.",
    "73 yo F with HFrEF who ran out of furosemide on {MD}; her son {NAME} picks up meds in {CITY} monthly.",
    "Pt: {NAME}   Visit: {DATE}\nPt ate fermented seal flipper with his uncle {GIVEN} on {MD}; concern for botulism, antitoxin requested.",
    "Pt is a COFA migrant from {HOMETOWN}, arrived {MONYEAR}; first US visit; accompanied by her aunt {ISLNAME}.",
    "Ms. {SURNAME} reports 3 weeks of night sweats after caring for her brother {GIVEN}, treated for TB in {CITY}.",
    "{CAPSNAME} (MRN {MRN})\nPt's spouse, {NAME}, reports pt has been 'not himself' since the funeral on {DATE}.",
    "Mr. {WFAM} had chest tightness while feeding cattle on {MD}; wife {GIVEN} drove him in from {CITY}.",
    "Clinic visit {DATE}, {CITY}: {NAME}\nHistory limited; pt speaks Mixtec only. Daughter {MEXGIVEN} and phone interpreter {MEXNAME} assisted.",
    # Assessment and plan.
    "1. HTN, uncontrolled - increase amlodipine. 2. Social: lives with grandson {NAME} at {STREETLINE}; RTC {MD}.",
    "Impression: CAP. Discussed with Dr. {SURNAME} at the hub; pt to stay in {CITY} with cousin {GIVEN}.",
    "Plan: medevac to the university hospital; escort {NAME} (daughter, {PHONE}).",
    "Plan: repeat A1c in {MONYEAR}; CHW {GIVEN} to do a home visit at {STREETLINE}.",
    "Assessment and plan reviewed with pt and his wife {WNAME}; questions answered.",
    "Disposition: home with sister {NAME} at {STREETLINE}; follow up with {DOC}, ARNP on {MD}.",
    "Patient agrees with plan. Next appointment {DATE} with Dr. {SURNAME}.",
    # Emergency and trauma.
    "ED arrival {DATE} by private vehicle (plate {PLATE}); driven by coworker {GIVEN}.",
    "Trauma activation {DATE}: ATV vs tree near {CITY}; ATV VIN {VIN}; pt {CAPSNAME}, est. age 30s.",
    "Pt identified as {NAME} from her driver's license ({DL}); family notified at {PHONE}.",
    "Frostbite to both feet after his snowmachine (VIN {VIN}) broke down on the trail to {CITY}; brother {GIVEN} found him.",
    "Near-drowning at the harbor in {CITY}; pulled out by deckhand {NAME}; pt's skiff ({PLATE}) recovered by the harbormaster.",
    "Bear mauling, left forearm; hunting partner {GIVEN} applied a tourniquet at {HHMM}.",
    # OB and pediatrics.
    "OB intake: LMP {MD}; EDC {DATE}; FOB {NAME}; plans delivery at the university hospital.",
    "Prenatal visit #4; partner {GIVEN} present; pt relocating to {CITY} at 36 weeks per regional policy.",
    "Newborn: {SURNAME}, Baby Girl; born {DATE} {HHMM}; mother {NAME}; father {NAME}.",
    "L&D: pt {LASTFIRST}, G2P1 at 39w2d; doula {GIVEN}; husband {GIVEN} at bedside.",
    "Peds: {GIVEN}, 6 yo with asthma; mom {GIVEN} reports mold in the house at {STREETLINE}, {CITY} {ZIP}.",
    "Well child 4 yr: lives with grandparents {NAME} and {NAME} in {CITY}.",
    "Immunizations given {DATE}: MMR, varicella; VIS given to father {NAME}.",
    "Child Protective Services worker {NAME} ({PHONE}) present for exam per court order {OTHER}.",
    # Behavioral health.
    "BH intake {DATE}: referred by tribal court; probation officer {NAME} ({PHONE}).",
    "MSE: alert, cooperative. Pt describes conflict with brother {GIVEN} over the family allotment.",
    "Pt endorses SI with plan; safety contact aunt {NAME} reached at {PHONE}.",
    "SUD: last use {MD}; sponsor {GIVEN}; attends meetings at the church on {STREETNAME}.",
    "Therapy session {DATE}: processed grief over cousin {GIVEN}'s death in {MONYEAR}; pt shared the memorial page {URL}.",
    "Pt asks that her partner {NAME} not be told about this visit.",
    # Home health, hospice.
    "SOC visit {DATE}: pt homebound at {STREETLINE}, {CITY} {ZIP}; caregiver daughter-in-law {NAME}; 2 dogs in home.",
    "Hospice IDT {DATE}: pt {NAME} declining; family wishes to take him home to {CITY} to die; updates at {URL}.",
    "Bereavement call to widow {NAME} on {MD}; she is staying with her sister in {CITY}; obituary posted at {URL}.",
    "Chaplain visit: pt's priest, Father {SURNAME}, will come on {MD}.",
    "Home O2 vendor delivered concentrator serial {DEVICE} to {STREETLINE} on {MD}.",
    # Social work, case management.
    "SW: housing voucher sent to landlord {NAME} ({PHONE}); unit at {STREETLINE} {UNIT}.",
    "CM: patient travel approved; flights {MD} and {MD}; escort {NAME}; lodging at the patient hostel.",
    "SW: interpreter-assisted; pt's husband {ISLGIVEN} works nights at the cannery in {CITY}.",
    "SW: pt is sole caregiver for her {AGEN} yo grandmother {NAME}.",
    "SW: Medicaid renewal due {DATE}; ProviderOne ID {MEDICAID}; SSN {SSN}; navigator {NAME} assisting.",
    "CM: SNF placement in {CITY}; accepting facility contact {NAME}, fax {FAX}.",
    "APS report filed {DATE} re: financial exploitation by nephew {NAME}; case {OTHER}.",
    # Family and social history.
    "FHx: father {GIVEN} (deceased at 61, ESRD); mother {GIVEN} (77, T2DM, lives in {HOMETOWN}).",
    "SHx: 2-bedroom house with 11 relatives at {STREETLINE}; no running water in winter.",
    "SHx: sheep rancher outside {CITY}; wife {GIVEN}; 2 beers on weekends.",
    "SHx: moved from {HOMETOWN} in {MONYEAR}; works at the berry farm with husband {GIVEN}.",
    "Genogram: maternal grandmother {NAME}, breast ca; maternal aunt {NAME}, ovarian ca.",
    "Next of kin: {NAME} (brother), {STREET}, {CITY} {STATE} {ZIP}; {PHONE}.",
    # Medications.
    "Rx sent to the pharmacy in {CITY} (fax {FAX}) on {MD}; pt's wife {GIVEN} to pick up.",
    "Mail-order refill to {POBOX}, {CITY} {STATE} {ZIP}; 90-day supply.",
    "PDMP checked {DATE}: one prescriber ({DOC}, DDS), no overlapping fills.",
    "Medication given by RN {GIVEN} at {HHMM}; lot {OTHER}.",
    # Procedures and devices.
    "Pacemaker interrogation {DATE}: serial {DEVICE}, battery 7.2 yrs; device rep {NAME} present.",
    "Insulin pump download (S/N {DEVICE}); pt's mother {GIVEN} manages boluses.",
    "Hearing aids fitted, serials {DEVICE} and {DEVICE}; audiologist {DOC}, AuD.",
    "Colonoscopy {DATE} by Dr. {SURNAME}; pathology {OTHER}; driver {NAME}.",
    "Cast applied {DATE}; cast tech {GIVEN}; recheck {MD}.",
    # Ages.
    "{AGEN} yo Tlingit elder, lives alone in {CITY}; daughter {GIVEN} checks daily.",
    "Pt is {AGE}; still hunts with his grandsons; last hospitalization {MONYEAR}.",
    "Centenarian ({AGEN}); family asks about hospice; son {NAME} is POA.",
    # Identifiers.
    "Registration verified photo ID ({DL}) and HMSA card ({PLAN}); SSN {SSN} on file.",
    "Demographics updated {DATE}: new address {STREET}, {CITY} {ZIP}; new phone {PHONE}.",
    "Pt provided Medicare ({MBI}) and tribal enrollment card ({TRIBALID}).",
    "Portal proxy granted to daughter {NAME} ({EMAIL}) on {MD}.",
    "Work injury at the cannery; claim # {OTHER}; claimant SSN {SSN}; adjuster {NAME}, fax {FAX}.",
    "L&I claim {OTHER}; attending provider {DOC}, MD; claimant {NAME}, DOB {DOB}.",
    "Hospital account {ACCOUNT}; guarantor {NAME}; financial class self-pay.",
    # Letters.
    "Dear {GIVEN},\nYour test results from {DATE} are normal. Please call {PHONE} with questions.\n{DOC}, ARNP",
    "To the Social Security Administration: {NAME}, SSN {SSN}, has been under my care since {MONYEAR}.",
    "Letter of medical necessity for {NAME} (DOB {DOB}) re: escort travel from {CITY}.",
    "Re: {CAPSNAME}\nThe above patient may return to fishing on {DATE}.\n{DOC}, PA-C",
    "Dear Dr. {SURNAME}: I saw your patient {NAME} on {DATE} for knee pain and appreciate the referral.",
    "Housing letter: {NAME} requires a ground-floor unit due to COPD. Current address {STREET}, {CITY}, {STATE} {ZIP}.",
    # Signatures, routing.
    "/s/ {DOC}, ARNP, FNP-BC  {DATE}  {HHMM}",
    "Co-signature pending: {DOC}, DO, requested {DATE}",
    "Author: {DOC}, LICSW   Service: Behavioral Health   Filed: {DATE}",
    "cc: PCP {DOC}, MD (fax {FAX}); pt",
    "Routing: results to {DOC}, NP and to the CHA/P in {CITY}",
    "Addendum {DATE}: spoke with pt's daughter {NAME}; she will bring the pill bottles. - {INITS}",
    "Verbal order read back: {DOC}, MD to {GIVEN}, RN, {DATE} {HHMM}.",
    "Transcribed by {INITS} on {DATE}; dictated by Dr. {SURNAME}.",
    # Telephone and nurse line.
    "Nurse advice line: caller {NAME} ({PHONE}) for her 8 mo son {GIVEN}; vomiting x4; home care advice given.",
    "Phone note {DATE}: pt's wife {GIVEN} called from {CITY}; pt confused, BG 52; advised juice and recheck.",
    "LVM for {NAME} at {PHONE} re: abnormal pap; 2nd attempt {MD}; letter to {POBOX}.",
    "Pharmacy called ({PHONE}) re: interaction; spoke with pharmacist {NAME}.",
    "Call from {NAME}, RN at the nursing home ({PHONE}): pt {NAME} febrile to 39.1.",
    # Nursing.
    "0300 rounds: pt asleep; daughter {GIVEN} on cot at bedside.",
    "Two-person check of armband before blood: {CAPSNAME} / {DOB} / {MRN} - matches.",
    "Valuables (wallet, license {DL}) locked in safe; receipt to pt's son {GIVEN}.",
    # Terse.
    "f/u {DATE} {DOC}",
    "RTC {MD} w/ Dr. {SURNAME}",
    "NKDA. PCP: {DOC}. Lives in {CITY}.",
    "Escort: {NAME} (son) {PHONE}",
    "Last A1c {MONYEAR} 8.9; last eye exam {MONYEAR}.",
    "DOS {DATE} | {CAPSNAME} | {MRN} | {PLAN}",
    "No-show x2 ({MD}, {MD}); outreach by CHW {GIVEN}.",
    "Seen w/ interpreter {NAME} (ID {OTHER}).",
    # Mixed.
    "Brought in by Alaska State Trooper {SURNAME} from {CITY} on {DATE} for evaluation.",
    "Pt's son {NAME} ({PHONE}) and daughter {NAME} ({PHONE}) share decision-making.",
    "Durable POA for health care names {NAME} (lives at {STREET}, {CITY}); second choice {NAME}.",
    "POLST signed {DATE}: DNR, selective treatment; witness {NAME}.",
    "Pt requested records be sent to {DOC}, MD in {CITY}; release signed {DATE}.",
    "Records from {HOMETOWN} (translated by {NAME}) show TB treatment in {MONYEAR}.",
    "Pt's mother {NAME} called from {HOMETOWN} ({PHONE}) asking about results; no ROI on file.",
    "Interpreter {ISLNAME} (Marshallese) used for consent; pt signed {DATE}.",
    "Pt's car (VIN {VIN}) hit a moose on the highway near {CITY}; airbag deployed.",
    "Identity confirmed with A-number {ANUM}, DOB {DOB} and SSN {SSN}.",
    "Pt's email {EMAIL} and cell {PHONE} confirmed for reminders.",
    "Telehealth from pt's home in {CITY}; IP {IP}; daughter {GIVEN} helping with the tablet.",
    "Pt reports her portal account {USER} was accessed by ex-partner {NAME}.",
    "Born in {HOMETOWN} on {DOB}; parents {NAME} and {NAME}.",
    "Guardian ad litem {NAME}, court case {OTHER}, contacted on {MD}.",
    "Outside images from {CITY} dated {DATE} uploaded by {USER}.",
    "School-based clinic: student {NAME}, grade 9, seen with counselor {GIVEN}.",
    "Occupation: deckhand on a seiner out of {CITY}; captain {NAME} ({PHONE}).",
    "Dental: extraction #19 on {DATE} by {DOC}, DMD; escort {GIVEN}.",
    "Diabetic retinopathy screen {DATE}; images read remotely by Dr. {SURNAME}.",
    "Bat found in the bedroom at {STREETLINE}; rabies PEP started {DATE}.",
    "Lead screening: child {NAME}, home at {STREETLINE} built 1942.",
    "Contact tracing: exposures include coworkers {GIVEN} and {GIVEN} at the mill.",
    "WIC referral for mother {NAME} and infant {GIVEN} sent {MD}.",
    "Hunting accident {DATE}; shot by cousin {GIVEN}, who mistook him for a caribou.",
    # A few more.
    "Discharge teaching done with pt and granddaughter {NAME}; teach-back successful.",
    "Restraints discontinued at {HHMM}; sitter {GIVEN} at bedside.",
    "Hx per {GIVEN} (wife) & chart.",
    "Ambulating w/ cane; grandson {GIVEN} assisting.",
]

# key=value, JSON, HL7 v2, FHIR, CSV, web access lines, query strings, stack traces, SSO, queue,
# fax, e-prescribing and lab-interface events, X12. A whole timestamp is one DATE.
LOGS = [
    # Scheduling and portal.
    '{TS} portal.proxy_access granted proxy="{NAME}" patient="{NAME}" relationship=daughter',
    "{TS} portal.message.sent thread={OTHER} from={USER} to=pool:nurse-advice subject=refill",
    "{TS} portal.signup email={EMAIL} dob={DOBISO} phone={PHONE} referrer={URL} status={STATUS}",
    '{TS} chatbot.turn session={REQID} intent=reschedule slots={{"name":"{NAMELOW}","date":"{MD}"}}',
    "{TS} chatbot.escalate session={REQID} reason=self_harm_keywords patient_ref={MRN} queue=bh-crisis",
    '{TS} reminder.voice to={PHONE} lang=chk name_spoken="{GIVEN}" result=no_answer',
    # SSO and access audit.
    "{TS} sso.saml assertion ok nameid={USER} realm=CASCADIA idp=adfs src={IP}",
    "{TS} sso.saml assertion rejected nameid={USER} reason=clock_skew src={IP}",
    "{TS} emp.badge door=PHARM-VAULT badge={OTHER} holder={LASTFIRST} result=denied",
    # Web access lines and query strings.
    "GET /api/v1/eligibility?member={PLAN}&dob={DOBHL}&svc=30 200 {MS}ms",
    # Python, Java and JS errors.
    'TypeError: Cannot read properties of undefined (reading \'zip\') at renderAddress (addr.js:41) data={{"street":"{STREETLINE}","city":"{CITY}"}}',
    # Nested JSON.
    '{{"interpreter":{{"name":"{NAME}","lang":"mh","vendorId":"{OTHER}"}},"encounter":"{OTHER}","start":"{TS}"}}',
    # key=value lines.
    '{TS} billing.payment acct={ACCOUNT} payer="{NAME}" amount=40.00 method=card last4=4417',
    '{TS} billing.collections acct={ACCOUNT} guarantor="{LASTFIRST}" phone={PHONE} days=120',
    "credentialing.expiring provider={USER} license={LICENSE} state=WA expires={ISODATE}",
    'nurse_line.call id={OTHER} caller="{NAME}" callback={PHONE} disposition=ED_NOW at={TS}',
    "{TS} nurse_line.call id={OTHER} caller_phone={PHONE} pt_age={AGEN} protocol=chest_pain rn={USER}",
    # Fax server and document queue.
    '{TS} fax.failed to={FAXE} reason=busy retries=3 cover="ATTN {NAME}"',
    "{SYSDATE} {CLOCK} faxgw hylafax[{PIDN}]: SEND FAILED: JOB {PIDN}, to {FAX}: No carrier detected",
    'docqueue.index file="{LASTFIRST} {HLDATE} referral.pdf" mrn={MRN} by={USER}',
    # E-prescribing and pharmacy.
    'erx.newrx id={OTHER} patient="{LASTFIRST}" dob={DOBHL} prescriber_npi={NPI} dea={DEA} drug="metformin 500 mg"',
    '{TS} erx.rxchange id={OTHER} pt_zip={ZIP} pharmacy_ncpdp=5432178 prescriber="{DOC}"',
    "pdmp.query patient={FAMUP},{GIVUP} dob={DOBHL} state=WA user={USER} results=3",
    '{TS} pharmacy.pickup rx={OTHER} patient="{NAME}" picked_up_by="{NAME}" id_checked={DL}',
    '{TS} pharmacy.mail rx={OTHER} ship_to="{STREET}, {CITY} {STATE} {ZIP}" carrier=usps',
    "pharmacy.refill_request rx={OTHER} from={E164} pt_dob={DOBISO}",
    "{TS} link.click user={USER} url={URL} campaign=flu-shots ip={IP}",
    "waf.block ip={IP} path=/portal/login user={USER} rule=credential_stuffing at={TS}",
    # HL7 v2.
    "NK1|2|{FAMILY}^{GIVENP}|DAU^Daughter|||{PHONE}",
    "PD1|||NORTHERN RIVERS TRIBAL HEALTH^^{OTHER}|{NPI}^{FAMUP}^{GIVUP}",
    "OBR|1|{OTHER}|{OTHER}|80053^CMP^CPT|||{HLTS}|||||||{HLTS}||{NPI}^{FAMUP}^{GIVUP}",
    "{TS} lab.interface reject: PID-5 missing given name for {FAMUP} (MRN {MRN}) msg={OTHER}",
    "{TS} lab.courier manifest={OTHER} from_site={CITYUP} specimens=14 driver={USER} vehicle={PLATE}",
    # CSV rows under a header.
    "outreach_list.csv: {LASTFIRST},{PHONE},{CITY},last_a1c=10.2,last_visit={ISODATE}",
    'roster,site,pt,dob,chw\neast-2,clinic B,"{LASTFIRST}",{USDATE},{GIVENP}',
    # X12.
    "CLP*{ACCOUNT}*1*412.00*0*412.00*MC*{OTHER}~NM1*QC*1*{FAMUP}*{GIVUP}****MI*{MBI}~",
    # Queue, telemetry, devices.
    "{TS} queue=hl7-in msg={OTHER} type=ADT^A08 pt={FAMUP}^{GIVUP} dob={DOBHL} retries=2",
    "{TS} celery task=reminders.send_sms to={E164} patient={NAME} state=SUCCESS runtime={MS}ms",
    '{TS} celery task=billing.post_statement acct={ACCOUNT} addr1="{STREETLINE}" state=RETRY',
    "cgm.upload transmitter={DEVICE} patient={MRN} readings=288 window_end={TS}",
    '{TS} rpm.alert device={DEVICE} pt="{NAME}" metric=weight delta_kg=2.4 notify={PHONE}',
    "pump.alarm serial={DEVICE} pt_dob={DOBISO} code=E-104 occlusion",
    # Syslog and mail.
    "{SYSDATE} {CLOCK} mail postfix/smtp[{PIDN}]: to=<{EMAIL}>, relay=none, status=bounced (host not found)",
    '{SYSDATE} {CLOCK} portal nginx: client {IP} sent invalid birthdate "{DATE}" for user {USER}',
    '{TS} empi.merge survivor={MRN} retired={MRN} name="{LASTFIRST}" by={USER}',
    '{TS} charity_care.application applicant="{NAME}" ssn={SSN} household=5 income=2140/mo acct={ACCOUNT}',
    "{TS} identity.verify ssn_last4_match=false ssn={SSN} user={USER} ip={IP}",
    '{TS} billing.payment_plan acct={ACCOUNT} guarantor="{NAME}" plan={PLAN} monthly=25.00',
    '{TS} fax.route inbound={FAX} to_queue=hims matched_pt="{LASTFIRST}" mrn={MRN}',
    'fax.cover to={FAX} from={FAX} re="{NAME} DOB {DOB}" pages=9',
    '{TS} travel.mileage_reimb member={MEDICAID} vin={VIN} driver="{NAME}" miles=184',
    "{TS} url.unfurl user={USER} link={URL} status=200",
    "{TS} crawler.block referer={URL} ip={IP}",
    "device.registry udi={UDI} serial={DEVICE} implanted={ISODATE} pt={MRN}",
    "{TS} ip.geo {IP} -> city={CITY} state={STATE} user={USER}",
    '{{"resourceType":"Account","identifier":[{{"value":"{ACCOUNT}"}}],"guarantor":[{{"party":{{"display":"{NAME}"}}}}]}}',
    "{TS} ehi.export patient={MRN} requested_by={EMAIL} delivered_to={URL}",
    'fax.ocr page=2 found_name="{CAPSNAME}" found_dob={DOB} found_plan={PLAN}',
    '{TS} appt.noshow mrn={MRN} name="{NAME}" phone={PHONE} count=3',
    'referral.sent to_fax={FAX} patient="{LASTFIRST}" dob={DOB} plan={PLAN}',
    "{TS} cms.mbi_lookup ssn={SSN} result={MBI} user={USER}",
    '{TS} erx.pa request={OTHER} member={PLAN} pt="{NAME}" fax_back={FAX}',
    '{TS} kiosk.photo_id dl={DL} name_on_id="{CAPSNAME}" match=true',
    '{TS} fleet.checkout vin={VIN} plate={PLATE} driver="{DOC}" dest={CITY} odometer=88412',
    'vehicle.access_gate plate={PLATE} badge_holder="{LASTFIRST}" gate=ER-east at={TS}',
    '{{"resourceType":"Patient","photo":[{{"url":"{URL}"}}],"name":[{{"text":"{NAME}"}}]}}',
    # Windows, identity, remote access.
    "{TS} W3SVC1 GET /mychart/Billing/Details acct={ACCOUNT}&pt={MRN} 443 {USER} {IP} 200 0 0 {MS}",
    "EventID=4625 TargetUserName={USER} IpAddress={IP} LogonType=10 WorkstationName=CLIN-WS-044 TimeCreated={TS}",
    "EventID=4624 TargetUserName={USER} IpAddress={IP} LogonType=3 TimeCreated={TS}",
    '{{"eventType":"user.session.start","actor":{{"alternateId":"{EMAIL}","displayName":"{NAME}"}},"client":{{"ipAddress":"{IP}"}},"published":"{TS}"}}',
    '{{"eventType":"user.mfa.factor.deactivate","actor":{{"alternateId":"{USER}"}},"target":[{{"displayName":"{NAME}"}}],"published":"{TS}"}}',
    'AzureAD SignIn user="{NAME}" upn={EMAIL} ip={IP} app="Citrix Workspace" status=50126 at={TS}',
    "citrix.session start user={USER} client=THIN-0412 client_ip={IP} app=Hyperspace started={TS}",
    'print.job printer=ED-LASER-2 user={USER} doc="AVS_{LNLOW}_{FNLOW}.pdf" pages=4 at={TS}',
    '{TS} ldap: bind dn="uid={USER},ou=clinicians,dc=cascadia" from {IP} result=49',
    "{TS} sshd: Accepted publickey for {USER} from {IP} port 51122",
    "vpn.globalprotect user={USER} public_ip={IP} private_ip={IP} host=LAPTOP-{FNLOW} at={TS}",
    "{TS} wifi.assoc ssid=CASCADIA-GUEST mac={MAC} ip={IP} hostname=iPhone-of-{FNLOW}",
    "{TS} dhcp.ack {IP} to {MAC} (Galaxy-{FNLOW}) via eth1",
    # SMS, phone, video.
    "{TS} carrier.dlr msg_id={REQID} dest={E164} state=UNDELIV err=30006 campaign=flu-reminder",
    'twilio.inbound From={E164} Body="{GIVLOW} here, cant make it {MD}" NumMedia=0',
    "ivr.call ani={PHONE} dnis=NURSE-LINE menu=1>3>2 caller_said_dob={DOB} duration={MS}s",
    '{TS} voicemail.transcribe mailbox=4417 from={PHONE} text="hi this is {NAME} calling about my mom {NAME}, call me back"',
    "cdr src={PHONE} dst=x4417 agent={USER} wait=00:04:12 talk=00:06:55 disp=ANSWERED start={TS}",
    'zoom.participant_joined meeting={OTHER} user_name="{NAME}" ip={IP} device=iPhone at={TS}',
    '{TS} satphone.call from={PHONE} to=nurse-line duration=02:11 caller="{NAME}"',
    '{TS} consent.sms revoked via keyword "STOP" handset={E164} chart={MRN}',
    "{TS} reminder.batch clinic=outreach lang=chk sent=44 failed=1 first_failed={PHONE}",
    # Interface engines.
    'redox.webhook {{"Meta":{{"DataModel":"PatientAdmin","EventType":"NewPatient"}},"Patient":{{"Demographics":{{"FirstName":"{GIVENP}","LastName":"{FAMILY}","DOB":"{DOBISO}","SSN":"{SSN}"}}}}}}',
    '{TS} redox.webhook {{"Meta":{{"DataModel":"Scheduling","EventType":"New"}},"Patient":{{"Identifiers":[{{"ID":"{MRN}","IDType":"MRN"}}],"Demographics":{{"PhoneNumber":{{"Mobile":"{PHONE}"}}}}}}}}',
    "{TS} lab.rhapsody route=REFLAB->EHR msg={OTHER} PID-3={MRN} PID-5={FAMUP}^{GIVUP} result=delivered",
    'stream adt.discharges seq=99812 chart={MRN} who="{LASTFIRST}" left={TS} dispo=home',
    "NTE|1||Pt's husband {GIVENP} requests a call at {PHONE} before results are released",
    "AL1|1|DA|^Sulfa|MO|rash per daughter {GIVENP}|{HLDATE}",
    "DG1|1||J18.9^Pneumonia^I10||{HLTS}|A||||||||||{NPI}^{FAMUP}^{GIVUP}",
    "ROL|1|AD|PP^Primary Care Provider|{NPI}^{FAMUP}^{GIVUP}^^^^^^NPI|{HLDATE}",
    "ACC|{HLTS}|HO^Home|||||||||{FAMUP}^{GIVUP}",
    "ZPD|1|{TRIBALID}|NORTHERN RIVERS|{CITYUP}|{ANUM}",
    "SCH|{OTHER}|{OTHER}|||||ROUTINE|||30|MIN|^^30^{HLTS}|||||{FAMUP}^{GIVUP}|{PHONE}",
    "TXA|1|DS|TX|{HLTS}|{NPI}^{FAMUP}^{GIVUP}||{HLTS}|||||{OTHER}||||AU",
    '{TS} adt.A08 changed PID-11 from "{STREETLINE}" to "{STREETLINE}" user={USER}',
    "{TS} adt.A31 update email {EMAIL} -> {EMAIL} mrn={MRN}",
    "adt.A01 admit {TS} pt={FAMUP}^{GIVUP} room=ICU-3 attending={NPI}",
    # X12, NCPDP, e-prescribing.
    "surescripts.rxhistory patient={FAMUP},{GIVUP} dob={DOBHL} zip={ZIP} fills=12 latency_ms={MS}",
    "ncpdp.d0 claim bin=610279 pcn=ADV group=RX1234 cardholder={PLAN} patient={FAMUP}^{GIVUP} dob={DOBHL} rx={OTHER} reject=75",
    "x12.276 TRN*1*{OTHER}~NM1*QC*1*{FAMUP}*{GIVUP}~DMG*D8*{DOBHL}~REF*EJ*{ACCOUNT}~",
    "x12.834 INS*Y*18*021*28*A***FT~REF*0F*{PLAN}~NM1*IL*1*{FAMUP}*{GIVUP}*{MIDUP}***34*{SSN}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{DOBHL}*F~",
    "x12.277 STC*A7:21~REF*1K*{OTHER}~NM1*QC*1*{FAMUP}*{GIVUP}~DTP*472*D8*{HLDATE}~",
    'erx.epcs signed_by={USER} dea={DEA} pt="{NAME}" drug=buprenorphine-naloxone 8/2 at={TS}',
    "erx.rxfill status=partial rx={OTHER} pharmacy_city={CITY} pt_dob={DOBISO}",
    "pharmacy.340b claim={OTHER} pt_dob={DOBISO} prescriber_npi={NPI} site={CITY}",
    'pharmacy.dispense cabinet=4W-PYX user={USER} pt="{LASTFIRST}" drug=hydromorphone 1 mg at={TS}',
    # Imaging and documents.
    "(0010,0010) PatientName [{FAMUP}^{GIVUP}^{MIDUP}]\n(0010,0020) PatientID [{MRN}]\n(0010,0030) PatientBirthDate [{DOBHL}]",
    "dicom.store AE=PACS_HUB calling=CR_RURAL_07 PatientName={FAMUP}^{GIVUP} StudyDate={HLDATE} Accession={OTHER}",
    'ccd.parse <patient><name><given>{GIVENP}</given><family>{FAMILY}</family></name><birthTime value="{DOBHL}"/></patient>',
    '<addr use="HP"><streetAddressLine>{STREETLINE}</streetAddressLine><city>{CITY}</city><state>{STATE}</state><postalCode>{ZIP}</postalCode></addr>',
    '<telecom use="MC" value="tel:{E164}"/><telecom value="mailto:{EMAIL}"/>',
    '{TS} scan.ocr doc="Insurance card" member={PLAN} name="{CAPSNAME}" group=GRP0042 confidence=0.91',
    'scan.ocr doc="Drivers license" number={DL} name="{CAPSNAME}" dob={DOB} addr="{STREETUP}"',
    'docusign.envelope sent_to={EMAIL} signer="{NAME}" doc="Financial Assistance Application" status=completed at={TS}',
    'rightfax: job {OTHER} to {FAXE} status=Sent pages=11 cover_to="{NAME}" cover_re="{CAPSNAME} {DOB}"',
    'inbound fax on line {FAX} from {FAX}: 2 pp, OCR guessed patient "{CAPSNAME}" born {DOB}',
    "{TS} celery[fax-out]: sending {OTHER}.pdf to {FAX} for {LASTFIRST} (attempt 2)",
    'scan.ocr doc="Social Security card" number={SSN} name="{CAPSNAME}" by={USER}',
    # Cloud, databases, app errors.
    'graphql query=PatientSearch vars={{"lastName":"{FAMILY}","dob":"{DOBISO}"}} user={USER} ms={MS}',
    'grpc /scheduling.v1.Slots/Book peer={IP} md.user={USER} req={{patient_id:"{MRN}", start:"{TS}"}} code=OK',
    'cloudtrail {{"eventName":"GetObject","userIdentity":{{"userName":"{USER}"}},"sourceIPAddress":"{IP}","requestParameters":{{"key":"scans/{MRN}/{LNLOW}_{HLDATE}.tiff"}},"eventTime":"{TS}"}}',
    "s3.access scans-prod {USER} {IP} REST.GET.OBJECT referrals/{LNLOW}-{FNLOW}-{HLDATE}.pdf 200",
    '{TS} splunk: index=ehr sourcetype=audit user={USER} action=print pt_name="{NAME}" pt_mrn={MRN}',
    "CEF:0|Cascadia|EHR|9.2|400|Chart Access|5|suser={USER} src={IP} cs1Label=patient cs1={LASTFIRST} rt={TS}",
    'elastic {{"@timestamp":"{TS}","user":{{"name":"{USER}"}},"source":{{"ip":"{IP}"}},"patient":{{"mrn":"{MRN}","city":"{CITY}"}}}}',
    "mongo: update portal.users {{_id: ObjectId('{REQID}')}} {{$set: {{email: '{EMAIL}', phone: '{PHONE}'}}}}",
    "Msg 2627, Level 14: Violation of PRIMARY KEY constraint 'PK_Guarantor'. The duplicate key value is ({ACCOUNT}, {FAMILY}).",
    'ORA-01400: cannot insert NULL into ("EHR"."PATIENT"."ZIP") -- row: {MRN}, {FAMUP}, {GIVUP}, {STREETUP}, {CITYUP}',
    "{TS} redis SET session:{REQID} user={USER} ip={IP} ttl=1800",
    "sentry: PatientNotFound mrn={MRN} dob={DOBISO} url={URL}",
    "{TS} js.error msg=\"Cannot read properties of null (reading 'zip')\" url={URL} user={USER}",
    "android.crash app=MyCascadia 4.2.1 user={USER} device={IMEI}",
    'ios.push token={REQID} user={EMAIL} alert="{GIVENP}, your results are ready"',
    'email.bounce to={EMAIL} smtp=550 subject="Appointment on {LONGDATE}"',
    'email.sent to="{NAME}" <{EMAIL}> template=after_visit_summary link={URL} at={TS}',
    # Devices and the places people are.
    "mdm.intune device={DEVICE} user={EMAIL} compliance=noncompliant lastSync={TS}",
    'mdm.lost_mode device_imei={IMEI} assigned_to="{NAME}" location="{CITY}" at={TS}',
    'badge.reader door=NICU-2 badge={OTHER} name="{LASTFIRST}" result=granted at={TS}',
    'visitor.kiosk visitor="{NAME}" visiting="{LASTFIRST}" room=4112 id_scan={DL} vehicle={PLATE} at={TS}',
    'parking.permit plate={PLATE} vin={VIN} holder="{NAME}" type=dialysis expires={ISODATE}',
    'fleet.gps vehicle_vin={VIN} driver={USER} lat=58.30 lon=-134.41 pickup="{NAME}"',
    "dexcom.api GET /v3/users/self/egvs?startDate={TS}&endDate={TS} user={EMAIL} status={STATUS}",
    'healthkit.import user={USER} records=4411 source="{NAME}\'s Apple Watch" device={DEVICE}',
    "omnipod.cloud pdm={DEVICE} pt_dob={DOBISO} alarm=occlusion at={TS}",
    "rpm.bp reading=168/101 cuff={DEVICE} pt={MRN} notify_rn={USER} at={TS}",
    'telehealth.cart site={CITY} cart_mac={MAC} presenter="{NAME}" started={TS}',
    "poc.glucose meter={DEVICE} operator={USER} pt_id={MRN} value=412 mg/dL at={TS}",
    'gps.homevisit rn={USER} arrived="{STREETLINE}, {CITY} {ZIP}" pt="{NAME}" at={TS}',
    'route.optimize stops=["{STREET}","{STREET}","{STREET}"] rn={USER}',
    'weather.hold flight=MEDEVAC-2 pt="{LASTFIRST}" village={CITY} since={TS}',
    'vhf.log {TS} caller="{NAME}" request=medical advice position=near {CITY}',
    # Labs.
    "lab.critical value=K 6.9 pt={LASTFIRST} called_to={NAME}, RN readback=yes at={TS}",
    'lab.label printer=VILLAGE-07 specimen={OTHER} pt="{CAPSNAME}" dob={DOB} collected_by={USER}',
    # Portal and chatbot.
    'portal.appt_request pt={MRN} reason="my son {GIVLOW} has ear pain" preferred={MD}',
    'portal.form.submit form=ROI release_to="{NAME}" release_fax={FAX} pt={MRN} attachment={URL}',
    'portal.billing.autopay acct={ACCOUNT} card_holder="{NAME}" status=enrolled',
    "portal.idproof vendor=idme user={USER} dl_state={STATE} dl={DL} result=pass",
    # Lists and exports.
    "outreach.call_list row 17: {LASTFIRST}|{PHONE}|{CITY}|last_visit={ISODATE}",
    "census,{CITYUP},{LASTFIRST},{AGEN},{ISODATE},4W-12",
    'id,name,dob,ssn\n{OTHER},"{LASTFIRST}",{DOBISO},{SSN}',
    "export/hie_{HLDATE}.csv: {MRN};{FAMUP};{GIVUP};{DOBHL};{ZIP};{PHONE}",
    "sftp.upload user={USER} file=eligibility_{HLDATE}.txt rows=88 from={IP}",
    # Master patient index and ADT.
    'mpi.link tribal_id={TRIBALID} mrn={MRN} name="{LASTFIRST}" confidence=0.97',
    'mpi.unmerge a={MRN} b={MRN} reason="twins {GIVENP} and {GIVENP} merged in error" by={USER}',
    'registration.dup_warning new="{NAME}, {DOB}" existing="{NAME}, {DOB}" score=0.88',
    'bed.board unit=ICU bed=3 pt="{LASTFIRST}" age={AGEN} iso=contact since={TS}',
    'transport.request from=ED to=home pt="{NAME}" mrn={MRN} dropoff="{STREET}, {CITY}" requested_by={USER}',
    # Travel and interpreters.
    'medevac.dispatch from={CITY} to=hub pt="{LASTFIRST}" dob={DOB} escort="{NAME}" weather=marginal',
    'travel.booking pax="{CAPSNAME}" escort="{CAPSNAME}" from={CITYUP} depart={ISODATE} confirmation={OTHER}',
    'travel.voucher issued_to="{NAME}" amount=212.00 lodging=hostel nights=3 member={MEDICAID}',
    'interpreter.request lang=Chuukese pt="{NAME}" appt={TS} vendor_ref={OTHER}',
    # Billing and payers.
    'billing.refund acct={ACCOUNT} payee="{NAME}" address="{POBOX}, {CITY} {STATE} {ZIP}" amount=55.00',
    "billing.small_balance acct={ACCOUNT} guarantor_email={EMAIL} balance=4.12 action=writeoff",
    'mailroom: envelope came back for acct {ACCOUNT}, "{STREET}, {CITY} {ZIP}" marked NO SUCH NUMBER',
    'coordination-of-benefits: acct {ACCOUNT} first payer {PLAN}, then {MEDICAID}, policyholder "{LASTFIRST}"',
    "prior_auth.submit pa={OTHER} member={PLAN} drug=Ozempic prescriber={NPI} status=pending",
    'idcard.print member={PLAN} name="{CAPSNAME}" effective={ISODATE}',
    'caqh.attest provider="{DOC}" npi={NPI} state_lic={LICENSE} dea={DEA} on={ISODATE}',
    'hr.onboarding user={USER} name="{NAME}" email={EMAIL} license={LICENSE} start={ISODATE}',
    # Public health and registries.
    'snf.referral sent_to_fax={FAX} pt="{LASTFIRST}" dob={DOB} payer={MEDICAID}',
    'pdmp.alert pt="{NAME}" dob={DOBISO} prescribers=4 pharmacies=3 window=90d',
    'case.report state=WA pt={FAMUP},{GIVUP} dob={DOBHL} ssn={SSN} addr="{STREETLINE}, {CITY} {ZIP}" phone={PHONE}',
    'elr.send condition=pertussis pt="{LASTFIRST}" dob={DOBISO} zip={ZIP} to=DOH',
    "immunization.registry query first={GIVENP} last={FAMILY} dob={DOBHL} match=1",
    'birth.registry child="{FAMUP}, BABY GIRL" mother="{LASTFIRST}" dob={DOBISO} place={CITY}',
    'death.certificate decedent="{NAME}" ssn={SSN} dod={ISODATE} age={AGEN} residence={CITY} certifier={NPI}',
    'vital.record informant="{NAME}" relation=son phone={PHONE}',
    # Community programs.
    'cannery.clinic intake worker_id={OTHER} name="{CAPSNAME}" dob={DOB} phone={PHONE} bunkhouse=3',
    'school.clinic visit student="{NAME}" dob={DOBISO} guardian="{NAME}" guardian_phone={PHONE}',
    'wic.referral mother="{NAME}" infant="{GIVENP}" infant_dob={ISODATE} clinic={CITY}',
    'foodbank.referral hh_head="{NAME}" address="{STREET}, {CITY} {ZIP}" size=7',
    'housing.voucher tenant="{NAME}" unit="{STREETLINE} {UNIT}" landlord_phone={PHONE}',
    'legal.roi release_to="{NAME}, Esq." fax={FAX} pt={MRN} expires={ISODATE}',
    'court.order case={OTHER} respondent="{NAME}" petitioner="{NAME}" served={ISODATE}',
    # A few more.
    "GET /telehealth/join?room={REQID}&display_name={NAMEQ} 200",
    'chatbot.nlu utterance="this is {NAMELOW} calling for my dad" intent=proxy_request conf=0.82',
    'chatbot.nlu utterance="i live at {STREETLINE}" entities=[address] session={REQID}',
]

# Lines with no PHI at all, full of what looks like it: vitals, doses, tapers, lab values with
# ranges, scores, codes, eponyms, ages under 90, a weekday, month or year alone, durations, drug
# and device models, software versions, request ids, roles, island and village words, and the
# ordinary words this split also uses as names (passes, bends, barge, troll, talon, dory, ...).
_PHI_FREE_CHAT = [
    "shoots, pau work at 4 so can come after",
    "the pain passes after like 10 minutes then comes back",
    "when i bend over it hurts, and it bends my back funny",
    "my backbone feels stiff every morning for an hour",
    "the keiki need hugs more than medicine lol",
    "simple question: can i cut the pill in half",
    "we loaded the barge all week, back is killing me",
    "got bit by a halibut, the beak cut my hand",
    "the mare kicked him in the thigh, big bruise",
    "hurt my shoulder swinging the maul splitting wood",
    "the talon went right through the glove, eagle rescue volunteer",
    "rowing the dory in the cold makes my hands go white",
    "constant ringing in both ears since the cannery",
    "is filbert allergy same as hazelnut",
    "we drove the long way, the strait was too rough for the ferry",
    "he plays in the basketball league tuesdays, can he still play",
    "kid got stung at the troll fishing derby",
    "sack of rice fell on my foot at costco",
    "put the halter on the horse and it pulled my arm",
    "the ferry only runs tuesday and saturday in winter",
    "float plane cant fly when the fog comes in",
    "no cell service at fish camp so i might miss ur call",
    "ate too much spam musubi and now my feet swell",
    "da kine cream never work, still itchy",
    "ohana all sick, 3 keiki with fever since saturday",
    "the village health aide said to message here",
    "can the CHA in the village do the strep test",
    "the charge nurse said to call back after 5",
    "can the dr on call look at my pictures",
    "tutu stay asking when she can go home",
    "spasibo, all good now",
    "gracias, ya me siento mejor",
    "faafetai lava",
    "kommol tata for the help",
    "agyamanak unay",
    "the smoke from the wildfires makes my asthma bad again",
    "power out from the windstorm, can i keep insulin in the cooler",
    "vog is bad this week, my chest tight",
    "snowmachine flipped, bruised ribs, can still breathe ok",
    "season starts in may, need refills before i go out",
    "tuff day at work, my back is out again",
    "my golf cart tipped, only scrapes",
    "we need the letter for the airline for the oxygen",
    "eh the ferry stay late again, going be 20 min late",
    "shoots, laters",
    "pau already with the antibiotics, still get small cough",
    "the vog making everybody cough this week",
    "sugar 96 this morning, first time under 100 🙌",
    "bp 129/81 after the walk, not bad yeah",
    "can i take the metformin with dinner instead",
    "how long after the flu shot before i can go back out on the boat",
    "the float plane only comes mon wed fri",
    "no running water till breakup, can i still do the stool test",
    "what dose of zyrtec for a 31 kg 9 year old",
    "is dried fish and seal oil ok with my kidneys",
    "the honey bucket froze again lol",
    "it passes after i rest a bit",
    "my elbow bends funny when i straighten it",
    "backbone still sore from hauling totes",
    "barge day, everybody unloading, cant come today",
    "troll season opens in july so i need refills before",
    "league game saturday, can he play with the cast",
    "the crab's claw got me, its red now",
    "she got a talon scratch at the raptor center",
    "the dory flipped but we ok, just cold",
    "constant headache since thursday",
    "hugs to the nurses, thank u for everything",
    "simple question, is it ok to fly after the heart cath",
    "the mare stepped on my foot again 😩",
    "split wood with the maul and now my elbow hurts",
    "my halter monitor came off in the shower",
    "sack of potatoes fell on me at the farm",
    "pelt prices down so no trapping this year lol",
    "strait too rough, flight cancelled, can we move to next week",
    "tuff week, baby up all night with croup",
    "is 88 too old for the shingles shot",
    "she is 87 and still dancing hula with the kupuna group",
    "my dad is 79 and just renewed his cdl lol",
    "spasibo, thank you for the help",
    "kommol tata doctor",
    "salamat po",
    "gracias por la ayuda",
    "maybe thursday or friday next week",
    "is the clinic open on kamehameha day",
    "happy lei day to all the staff 🌺",
    "cant come, its whaling season",
    "the road to the clinic washed out again",
]
_PHI_FREE_NOTE = [
    "BP 162/98 on arrival, 144/88 after 30 min rest",
    "Dupuytren's contracture of the right ring finger",
    "Osgood-Schlatter disease, bilateral, basketball season",
    "Kawasaki disease day 6, echo normal, IVIG given",
    "Hirschsprung disease s/p pull-through as infant",
    "Wernicke encephalopathy risk; thiamine 500 mg IV TID x 3 days",
    "Na 134 (135-145), K 4.9 (3.5-5.1), Cr 1.6 (0.6-1.2), Glu 182 (70-99)",
    "ICD-10 T63.441A (bee sting), W56.11XA (bitten by sea lion)",
    "prednisone taper: 60, 50, 40, 30, 20, 10 mg, 3 days each",
    "buprenorphine-naloxone 8/2 mg SL daily; PDMP reviewed",
    "naltrexone 380 mg IM monthly, next due in 4 weeks",
    "rifampin, isoniazid, pyrazinamide, ethambutol; DOT by the public health nurse",
    "Hansen's disease, multibacillary, on rifampin, dapsone and clofazimine",
    "Betel nut use daily x 20 years; counseled",
    "Kava use on weekends; LFTs normal",
    "Traditional foods: seal oil, dried fish, agutaq; discussed sodium",
    "Pt passes flatus; tolerating clears",
    "Pain bends him forward; guarding in the RLQ",
    "Simple febrile seizure, 2 minutes, back to baseline",
    "Backbone of the plan is daily walking and the diabetes group",
    "Talon injury from a hawk, puncture x 3, irrigated",
    "Crush injury from a dory winch, no fracture",
    "Kicked by a mare, thigh contusion, compartments soft",
    "Maul injury to the foot while splitting wood",
    "Fell from a barge ladder, 6 ft, no LOC",
    "Constant epigastric pain radiating to the back",
    "Sack of feed fell onto the shoulder; AC separation grade 2",
    "Interpreter declined; pt prefers English",
    "Seen by the charge nurse and the hospitalist on call",
    "Discussed with the village health aide by phone",
    "Patient counseled by the pharmacist on call",
    "Vitals: T 36.9, P 88, R 18, BP 152/90, SpO2 95% on RA, pain 3/10",
    "Orthostatics: supine 132/80 HR 70; standing 108/70 HR 102",
    "Peak flow 220 L/min (predicted 410), 310 after nebulizer",
    "CBG 412 on arrival; 10 units regular insulin IV, recheck 288",
    "Hgb A1c 11.3 (ref 4.0-5.6); microalbumin/Cr 88 (ref <30)",
    "eGFR 38 mL/min/1.73m2, down from 52 in 2023",
    "Quantiferon positive; CXR negative; start 3HP weekly x 12 doses",
    "Sputum AFB smear x3 negative; culture pending 6-8 weeks",
    "Rheumatic heart disease, moderate MR; benzathine penicillin G every 28 days",
    "Scabies in household contacts; permethrin 5% to all",
    "Impetigo bilateral legs; mupirocin TID x 7 days",
    "Otitis media with effusion, tympanostomy tubes recommended",
    "H. pylori positive; quadruple therapy x 14 days",
    "Echinococcus serology pending, hepatic cyst 4.2 cm",
    "Trichinellosis suspected after bear meat; CK 1840",
    "Paralytic shellfish poisoning suspected; observe 24 h",
    "Ciguatera after reef fish; supportive care",
    "Leptospirosis risk, taro farmer, doxycycline started",
    "Lipoma 3 cm left flank, excised, pathology benign",
    "Trigger finger from years of net mending",
    "Kussmaul respirations; pH 7.12, bicarb 8, AG 26",
    "Cushingoid habitus; dexamethasone suppression test ordered",
    "Meniere's disease flare; meclizine 25 mg q8h prn",
    "Buerger's disease, smoker, digital ulcers",
    "Wolff-Parkinson-White pattern on ECG, cardiology e-consult",
    "Tanner 4; menarche at 12",
    "PHQ-9 = 19, GAD-7 = 14, C-SSRS screen positive",
    "AUDIT-C 9; CIWA 12 at 0600",
    "COWS 14; buprenorphine induction started",
    "Edinburgh postnatal depression score 15",
    "Ages and Stages: communication 30 (below cutoff)",
    "Timed Up and Go 19 seconds; walker recommended",
    "Mini-Cog 2/5",
    "ABI 0.62 right, 0.88 left",
    "Wound vac at 125 mmHg continuous, change MWF",
    "Foley 16 Fr placed, 600 mL clear yellow urine",
    "Volar wrist splint, fingers free, elevate",
    "Tdap and PCV20 given, no reaction at 15 min",
    "Traditional healer involved in care per pt preference",
    "Pt speaks Yup'ik; interpreter used for entire visit",
    "Pt passes swallow screen; advance diet",
    "Simple laceration 3 cm, 4-0 nylon x 5",
    "Health aide on call updated by radio",
    "Discussed with the hospitalist and the charge nurse",
]
_PHI_FREE_LOG = [
    "DG1|1||E11.65^Type 2 diabetes with hyperglycemia^I10|||F",
    "erx: 412 NewRx sent, 9 errors (NCPDP 10.6), 2 CancelRx",
    "pdmp gateway latency p95=812ms",
    "device_model=Dexcom G7 firmware=1.2.3 paired=true",
    "device_model=Omnipod 5 pod_status=active reservoir_u=74",
    "vent model=Trilogy Evo mode=AVAPS peep=5",
    "locale=mh_MH fallback=en tz=Pacific/Honolulu",
    "locale=ru_RU fallback=en tz=America/Los_Angeles",
    "telehealth site=village-clinic bandwidth_kbps=384 video=off audio=on",
    "satellite link latency_ms=640 jitter_ms=45",
    "nurse_line daily: 214 calls, 31 ED dispositions, median hold 2m40s",
    "portal weekly: 8812 logins, 41 lockouts, 3 proxy requests",
    "medevac weather hold: ceiling 400 ft, visibility 1/2 mi",
    "EventID=4740 account lockout threshold=5 duration=15m",
    "okta.policy sign_on rule=require_mfa_offsite version=14",
    "citrix.broker sessions=412 capacity=600 zone=hub",
    "twilio.account segments_today=18822 queued=41",
    "ivr.menu nurse_line options=5 avg_wait=2m41s abandon_rate=0.06",
    "zoom.health rooms_active=37 avg_mos=4.1",
    "redox.destination ehr-prod status=healthy p95_ms=318",
    "surescripts.directory sync pharmacies=68212 changed=119",
    "ncpdp reject code 75: prior authorization required (count=14)",
    "x12 999 accepted 1 transaction set, 0 errors",
    "x12 834 batch: 2210 adds, 118 terms, 6 errors",
    "dicom.echo AE=PACS_HUB peer=CR_RURAL_07 status=Success rtt_ms=640",
    "ccd.validate schema=C-CDA R2.1 warnings=3 errors=0",
    "ZPD segment ignored by parser v2.8.1",
    "broker-2 under-replicated partitions=0 isr_shrinks=0",
    "graphql complexity=88 limit=500 op=PatientSearch",
    "grpc /scheduling.v1.Slots/List code=OK duration=22ms",
    "cloudtrail PutBucketPolicy bucket=scans-prod by=terraform",
    "intune compliance 94.2% (3112/3304 devices)",
    "wifi ssid=CASCADIA-STAFF clients=1820 channel_util=61%",
    "badge.reader NICU-2 firmware=3.4.11 tamper=false",
    "fleet.vehicles total=22 in_service=19 avg_mpg=14.8",
    "dexcom api rate limit 60/min reached, backing off 30s",
    "rpm.ingest readings=18220 late=41 dropped=0",
    "splunk license usage 212 GB/day of 250 GB",
    "CEF:0|Cascadia|EHR|9.2|100|Heartbeat|1|rt=now",
    "mongo: slow query portal.appointments 842ms planSummary: IXSCAN",
    "ORA-12541: TNS:no listener (retry 3/5)",
    "Msg 1205, Level 13: Transaction was deadlocked; rerun the transaction",
    "rightfax queue=outbound pending=37 failed_24h=4",
    "lab.autoverify rules=412 held=18 released=3904",
    "poc.glucose QC level 1 pass, level 2 pass, lot G4412",
    "pyxis.override count=7 unit=ED reviewed=true",
    "erx.epcs 2FA token_type=hard sessions=214",
    "medevac queue: 2 pending, weather hold at 3 sites",
    "satellite uplink village-07 rtt=712ms loss=1.2%",
]
_PHI_FREE_FORM = [
    "Preferred language: English / Marshallese / Chuukese / Russian / Spanish / Other",
    "Interpreter needed: Y / N   Language: ______",
    "Tribal affiliation: ____________   Enrollment #: ____________",
    "Travel: escort approved Y / N   Lodging: Y / N",
    "PHQ-2 score __ / 6   GAD-2 score __ / 6",
    "Medevac request: acuity 1 / 2 / 3   weather hold: Y / N",
    "Please bring all pill bottles, inhalers and insulin pens to your visit.",
    "Escort travel request: __ adult __ child   Reason: ____________",
    "Village: ________  Health aide: ________  Radio call time: ____",
    "Subsistence diet: seal oil Y/N  dried fish Y/N  berries Y/N",
    "Kupuna program: ___ days/week   Transportation: Y / N",
    "COFA status: FAS citizen Y / N   Med-QUEST eligible Y / N",
    "Fishing season: from ____ to ____   Vessel type: ________",
    "Sliding fee tier: A (0%) / B (25%) / C (50%) / D (75%)",
    "Preferred pharmacy: ______________  Mail order Y / N",
    "Release of information to: ______________  Expires: ________",
    "Interpreter: in person / phone / video   Language: ________",
    "PHQ-9 total: ___   Item 9: 0 1 2 3",
    "Infant feeding: breast / formula / both   WIC Y / N",
    "Home safety: smoke alarm Y/N  CO alarm Y/N  firearms locked Y/N",
    "Water source: piped / haul / rain catchment / well",
    "Heating: wood / oil / electric / propane",
    "Getting here: boat / plane / ATV / snowmachine / car",
    "Advance directive on file: Y / N   POLST: Y / N",
    "Consent for telehealth: verbal / written   Witness: __________",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG, _PHI_FREE_FORM)
    for line in group
    if line is not None
]
