"""The "blind13" split: a thirteenth blind judge, written without looking at the engine, its
tests, its benchmark code, its documentation or its output, and meant to be scored once.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates and values were never printed or read.

It models the text an Upper Midwest and Great Plains health system receives: a Minneapolis
academic centre, Twin Cities and Milwaukee safety-net clinics, critical-access hospitals in the
Dakotas, Iowa, Nebraska, northern Wisconsin and Michigan's Upper Peninsula, a Dearborn clinic, IHS
and tribal clinics (Ojibwe, Lakota, Dakota, Ho-Chunk, Menominee; PRC referrals, CHRs, tribal
enrollment numbers, housing-cluster addresses), dairy, pork and turkey plant towns, a children's
hospital and NICU, hospice, a transplant programme (living donors, UNOS ids) and telehealth
(loaner tablets, library and truck-stop wifi). CHAT is patients and family typing on phones
(lowercase, emoji, run-ons, words of Hmong, Somali, Oromo, Amharic, Karen, Nepali, Lao,
Vietnamese, Spanish, Arabic, Ojibwe, Lakota, Menominee, Norwegian, Finnish, German, Polish,
Czech, Ukrainian, Bosnian, Tibetan, Tagalog, Chuukese, Marshallese and Swahili; relatives named in
passing, names alone on a line, as sign-offs and mid-sentence, several identifiers on one line,
relatives' numbers abroad). LOGS is HL7 v2 (PID, NK1, PV1, IN1, GT1, OBX, ORC, RXE, MRG, SCH,
MDM, a Z-segment), FHIR JSON, key=value and JSON events, access logs, Python, Java and Go
traces, SQL errors, sshd, Okta, LDAP, AD, SAML and audit lines, fax, IVR and nurse-line events,
NCPDP, PDMP and X12 (837, 835, 270/271, 277), DICOM tags, CGM, pump, oxygen, RPM, pacemaker and
fleet telemetry, CSV rows and file names with names in them. NOTES is HPI, A/P, SBAR, I-PASS
and handoffs, home and hospice visits, social work, pharmacy, billing, interpreter notes,
transplant, paediatric, telehealth, IHS and tribal-clinic notes, registration, ED, letters,
phone notes and chaplaincy, with signatures and cc lines.

Names come from 54 origins, weighted: Hmong (given names and clan names, family name first at
times), Somali (three-part names: given, father's and grandfather's names), Oromo, Amhara,
Eritrean, Karen, Chin, Bhutanese Lhotshampa, Liberian, Lao, Tai Dam, Cambodian, Vietnamese
(joined diaspora spellings), Mexican (Nahuatl-derived surnames among them) and Guatemalan Maya
(double surnames), Iraqi, Yemeni, Lebanese, Palestinian, Syrian, Afghan, Ojibwe, Lakota, Dakota,
Ho-Chunk and Menominee, Norwegian, Swedish, Finnish, German, Polish, Czech, Slovenian, Cornish,
French Canadian, Iowa Dutch, Danish, Hutterite, Russian Mennonite, Ukrainian, Bosnian, Dinka,
Nuer, Congolese, Tibetan (two names, no family name), Filipino, Chuukese, Marshallese, African
American, Igbo and Yoruba, Kenyan, Cameroonian, Telugu and Korean adoptees with Scandinavian
family names. They come as "First Last", "Last, First", "LAST,FIRST M", lowercase in query strings
and file names, with initials, generational suffixes and quoted nicknames, and as one span per
HL7, X12, DICOM or FHIR name part. About one name in seven is an ordinary English word
(WORD_GIVEN, WORD_FAMILY), and PHI_FREE uses the same words, and town names that are words, in
their ordinary sense.

No given name, family name, nickname, street name, road, city or e-mail domain here (folded to
ASCII and lower case, word by word) is in values.py's pools (with the Faker names it draws for
both its splits), Faker's en_US first and last names, the templates of templates.py, or the
pools and templates of blind.py, blind2.py to blind12.py or tune2.py to tune15.py (tune16.py, the
other module written at the same time, did not exist when the check last ran). A script collected
every word of those (about 64,000) and checked this module's pools against them; every colliding
entry was dropped or replaced and the final run reported zero collisions. Generic address and
place words (Street, Road, Route, Box, Apt, Creek, Lake, Hill, City, Falls, Village and the
like), particles (al, de, van, ter) and top-level domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Ms.) or a
credential (MD, RN, PA-C, CNM, LICSW) and a possessive "'s" stay outside NAME; each HL7, X12,
DICOM and FHIR name component is its own NAME span; initials that stand for a person are NAME; a
weekday or clock time beside a date stays outside the DATE, while a whole ISO, HL7 or log
timestamp is one DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are
AGE_OVER_89; kin terms used as address (niam, txiv, tais, hooyo, aabo, aama, buwa, teta, khalto,
unci, kokomaehsan, oma, babcia, mummo, lola, amala, pala, mamá, abuelita, suegra) are not names;
a street address, PO box, rural route or Wisconsin fire number, tribal housing cluster or a road
named as where someone lives is ADDRESS, a city CITY and a ZIP code ZIP. Organisations,
languages, drugs, eponyms, device models and facility names are literal text. Filler slots
(request ids, latencies, status codes, clock times, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "hmong": (9, [
        "Maiyia", "Maichou", "Maixee", "Maihua", "Maipao", "Maichia", "Maiyoua", "Panou", "Palee",
        "Payia", "Pahua", "Pachou", "Paxee", "Kianou", "Kialee", "Kiayia", "Kiahua", "Kiaxee",
        "Kiachee", "Kiayer", "Noulee", "Nouyia", "Noukou", "Nouchee", "Nouxee", "Touxee", "Toupao",
        "Toukou", "Touyia", "Yerlee", "Yernou", "Chuelee", "Chuenou", "Kounou", "Koulee", "Saolee",
        "Nengxee", "Nengpao", "Phenglee", "Chenglee", "Tongxee", "Tongpao", "Fuelee", "Kaonou",
        "Baoyia", "Baolee", "Liayia", "Zouanou", "Zoualee", "Yiayoua", "Xaiyia", "Paolee",
        "Chongxee", "Luelee", "Yeexee", "Shenglee", "Diayia", "Xiayia", "Yingnou", "Hleeyia",
        "Txiayia", "Meenou", "Naolee", "Blonglee", "Chaiyia", "Nhiayia", "Nhialee", "Vamlee",
        "Pajntaub", "Txooj", "Kaohnou", "Nouzong", "Maishoua", "Kabao", "Txiajntxhi", "Ntxoov",
        "Ntsujplig", "Tshiab", "Nkaujnou", "Ntxhiavtxwv", "Txawjvaj", "Nengchue", "Tougeu",
        "Paboua",
    ], [
        "Xeem", "Lauv", "Hawm", "Thoob", "Kwv", "Phaab", "Lytongpao", "Xiongkeo", "Yangchou",
        "Lorxay", "Vuepheng", "Mouavang", "Herxiong", "Chuevang", "Khangsengsy", "Lyvang", "Thaoly",
        "Vangxay", "Kuehang",
    ]),
    "somali": (8, [
        "Ayaanle", "Cabdiqani", "Cabdishakuur", "Cabdiwahaab", "Cabdifitaax", "Cabdiraxiim",
        "Cabdijabaar", "Cabdikariim", "Cabdilatiif", "Cabdimajiid", "Cabditawaab", "Xirsiyow",
        "Hodman", "Anfac", "Sabiriin", "Caraale", "Hiirad", "Fardowso", "Sharmaarke", "Mukhtaar",
        "Cabdulqaadir", "Maxamedyare", "Xaawaley", "Ubaxyo", "Ayuub", "Cumarkhayr", "Nimca",
        "Sacdiyo", "Xamdiyo", "Hamdiya", "Xidig", "Ifraxa", "Cosobley",
    ], [
        "Dhagax", "Waabari", "Ayaanle", "Gaabow", "Indhacase", "Bacadle", "Caynaanshe", "Afweyne",
        "Dhegacade", "Cawadle", "Xildhiban", "Furre", "Cilmiyow", "Caddow", "Godax", "Doorre",
        "Hurre",
    ]),
    "oromo": (3, [
        "Galgalo", "Jiloo", "Hawwii", "Guyyaa", "Ebbisa", "Fiiraol", "Boonsa", "Galaanaa", "Hundaa",
        "Kuulanii", "Moyyee", "Naafyaad", "Rabbirraa", "Siifan", "Tolosaa", "Waaritu", "Yaadannoo",
        "Abdiisaa", "Dabalee", "Hambisaa", "Kenenisaa", "Lataa", "Obboleettii", "Qananii",
    ], [
        "Dabessa", "Mulisa", "Hirko", "Sooressa", "Dhinsa", "Gurmu", "Badhaasaa", "Dadhii",
        "Gindaabaa", "Hordofaa", "Jimaa", "Leencoo", "Nagawoo", "Olaansaa", "Raggaasaa", "Tafarraa",
        "Wayyeessaa", "Yaadessaa", "Diribsaa",
    ]),
    "karen": (3, [
        "Plehpaw", "Soepaw", "Htoolwe", "Muhpaw", "Thablay", "Pahpoe", "Laweh", "Gayhtoo", "Nermoo",
        "Sheepaw", "Klerwah", "Bawmu", "Eksay", "Hsaypoe", "Lerhser", "Tamlapaw", "Dahblut",
        "Muhlerpaw",
    ], [
        "Plehpaw", "Soepaw", "Htoolwe", "Muhpaw", "Thablay", "Pahpoe", "Gayhtoo", "Nermoo",
        "Klerwah", "Bawmu", "Hsaypoe", "Lerhser", "Dahblut",
    ]),
    "bhutanese": (3, [
        "Santi", "Dambarsingh", "Khadgaraj", "Bhaktiram", "Jaskumar", "Lokmani", "Yamkumari",
        "Kharananda", "Tilakram", "Homnath", "Kulprasad",
    ], [
        "Chettri", "Upadhaya", "Humagai", "Odari", "Nyaupane", "Duwadi",
    ]),
    "liberian": (3, [
        "Sienneh", "Gbeme", "Nyema", "Kormassa", "Mawolo", "Tuwah", "Gbeintor", "Kpakolo", "Jebbeh",
        "Fayiah", "Gbanyan", "Zwannah", "Sackie", "Kollison",
    ], [
        "Tokpa", "Gbatu", "Siaffa", "Gweh", "Togba", "Korvah", "Borbor", "Wuo",
    ]),
    "lao": (3, [
        "Thongsy", "Vanhdy", "Khammanh", "Bounxou", "Chanthaly", "Khamsy", "Manisone", "Noukhanh",
        "Saysamone", "Viengsay", "Khonesavanh", "Phetsakhone",
    ], [
        "Philavanh", "Vongphakdy", "Chanthasouk", "Luangxay", "Soulivong", "Thepsombath",
        "Keoduangdy", "Sourinyavong", "Phongsavath", "Sisavatdy", "Xaysombath", "Keomuangtai",
    ]),
    "tai_dam": (1, [
        "Hoangdam", "Sathiang", "Ngampha", "Mannoi",
    ], [
        "Lodam", "Camvan", "Deovan", "Vithi", "Luongdam", "Quangthi",
    ]),
    "mexican": (6, [
        "Crescenciano", "Pomposo", "Justino", "Olayo", "Eufrasio", "Hermelo",
    ], [
        "Cedillo", "Jimarez", "Quirarte", "Xicohténcatl", "Ixtlapale", "Ahuactzin", "Netzahual",
        "Xalteno", "Popoca", "Tlatempa", "Tochimani", "Cuahutle", "Cuanalo", "Atonal", "Hueyopa",
        "Xolocotzi", "Bugarín", "Vidaurri",
    ]),
    "guatemalan": (4, [
        "Licinia", "Esvin",
    ], [
        "Ixquiac", "Quixtán", "Ixcayau", "Tzoy", "Sisimit", "Tuj", "Tol", "Ixtecoc", "Lix", "Sunún",
        "Batzibal",
    ]),
    "iraqi": (2, [
        "Ridha", "Aqeel", "Mustansir", "Layth", "Muayad", "Talib", "Dhiyaa", "Sadiq", "Ghazwan",
        "Harith", "Wathiq", "Ziyad", "Bahaa", "Dargham", "Fadhil", "Tuqa", "Mawadda", "Masara",
    ], [
        "Al-Moussawi", "Al-Khalisi", "Al-Basrawi", "Al-Kufi", "Al-Diwani", "Al-Ammari",
        "Al-Ghurabi", "Al-Shibli", "Al-Zamili", "Al-Mohammedawi", "Al-Abboudi",
    ]),
    "yemeni": (2, [
        "Mabrouk", "Gameel", "Abdulghani", "Fadhel", "Qaed", "Fatoom", "Khulood", "Galal", "Ezzi",
        "Abdulrakib",
    ], [
        "Al-Radaei", "Alghaithi", "Almaweri", "Alkhulaidi", "Alshaif", "Aldubai", "Alward",
        "Alasbahi", "Alnoman", "Alhaddad", "Altamimi", "Alakwaa", "Alyousfi", "Murshed", "Shamiry",
    ]),
    "lebanese": (3, [
        "Fatme", "Ridha", "Sakina", "Hassanein", "Khodor", "Moustafa", "Hawra",
    ], [
        "Harajli", "Awada", "Elzein", "Berjaoui", "Dakroub", "Baydoun", "Haidous", "Alawieh",
        "Berro", "Charara", "Fardous", "Kobeissi", "Ollaik", "Ayyash", "Bazzoun", "Hamadeh",
        "Itani", "Mokdad", "Sharara", "Shour", "Zahr", "Mallah", "Kourani",
    ]),
    "palestinian": (1, [
        "Sujood",
    ], [
        "Abuhasan", "Abughazaleh", "Abulaban", "Qawasmi", "Abdelhadi",
    ]),
    "ojibwe": (5, [
        "Waasayaa", "Ogimaakwe", "Mandaamin", "Baapiikwe", "Ozhaawashkobines", "Miskwaanakwad",
        "Waabanang", "Mashkiki", "Asiginaak", "Waabizheshi", "Ininaatig", "Wiigwaasi", "Manoomin",
        "Zaagi", "Bimibatoo", "Anangokwe", "Waabishkaa",
    ], [
        "Kitchenmaster", "Naganub", "Sharlow", "Drouillard", "Bugboy", "Nordrum", "Oshie", "Seki",
        "Isham", "Morrell", "Ojibway", "Premo", "Quaderer", "Rabideaux", "Tadgerson", "Uran",
        "Wakonabo", "Charwood", "Geshick", "Nason", "Villebrun", "Zhimaaganish",
    ]),
    "lakota": (4, [
        "Wakiya", "Wakinyela", "Ptehincala", "Sunkawakan", "Mahpiyaluta", "Wanblieska", "Tiyospaye",
        "Hehakawin", "Wasula", "Hotanka", "Makasa", "Oyate", "Wicahpiwin", "Itancan",
    ], [
        "Runsabove", "Longsoldier", "Blindman", "Bearheels", "Bringsplenty", "Lookingcloud",
        "Spottedelk", "Afraidofbear", "Bearrobe", "Brownotter", "Comesagain", "Flyingby",
        "Goesinside", "Nosebird", "Onefeather", "Redowl", "Shieldsgood", "Returnfromscout",
        "Standsforthem", "Tenfingers", "Breastbone", "Whitemountain", "Littlehawk", "Starcomes",
    ]),
    "dakota": (2, [
        "Hepan", "Cetanzi", "Tiwakan", "Mazaska", "Wasicuna", "Taopi", "Hapstinna", "Wanske",
        "Catan", "Tatepi", "Wamdiska", "Mazakute", "Hinhanduta", "Wakanhdi", "Itewin",
    ], [
        "Frenier", "Lufkins", "DeCoteau", "Bursheim", "Jandreau", "Peneaux", "Littlecrow",
        "Cloudman", "Mazawakinyan", "Tatemazah",
    ]),
    "ho_chunk": (2, [
        "Hinukga", "Wakanja", "Hocak", "Nagiga", "Ciwinuk", "Haksigega", "Wazija", "Hinukxete",
        "Cunwinga", "Nazuga", "Ahuga", "Wakjexi", "Xetewinga",
    ], [
        "Whitegull", "Greyhair", "Whitedeer", "Youngthunder", "Littledeer", "Whiteeagle",
        "Greencrow", "Hallowell",
    ]),
    "menominee": (2, [
        "Apeqtahe", "Kesiq", "Wapanahkiw", "Omaeqnomenew", "Kakeskiw", "Mahwaew", "Nanaweyah",
        "Pesekiw", "Sekohsehsak", "Wapeqsiw", "Ahkeh", "Kinepek", "Manaeqsiw", "Nehnimaeh",
    ], [
        "Chickeney", "Exferd", "Hemken", "Nacotee", "Zhuckkahosee",
    ]),
    "norwegian": (4, [
        "Ingebrigt", "Torleif", "Bjørnar", "Anfinn", "Lidvard", "Målfrid", "Osvald", "Åsmund",
        "Gjertrud", "Jofrid", "Sigrunn", "Peder", "Halstein",
    ], [
        "Stenerson", "Midtbø", "Vigesaa", "Quanbeck", "Bakkum", "Eidsvold", "Gjerdingen", "Ihle",
        "Jorgenrud", "Lommen", "Nelvik", "Paulsrud", "Rasmusrud", "Westrum", "Ytterboe", "Aaker",
        "Dahlen", "Evenrud", "Fossen", "Ingebretson", "Langlie", "Myrvik", "Narum", "Opdahl",
        "Skjervem", "Ulsaker", "Viste",
    ]),
    "swedish": (3, [
        "Ingvar", "Assar", "Gunnel", "Tage", "Östen",
    ], [
        "Bergkvist", "Norrgård", "Engdahl", "Wennerström", "Söderholm", "Lundkvist", "Sandqvist",
        "Fjällström", "Fröberg", "Strömgren", "Almqvist", "Bengtsdotter", "Dahlstedt", "Ekwall",
        "Forsgren", "Grönwall", "Järnberg", "Lövgren", "Öhrn", "Rydholm", "Uddenberg", "Wallgren",
        "Åström", "Eklund-Hed", "Frisk", "Grahn", "Hultgren", "Ljungquist", "Nordling",
        "Rosenquist", "Skoglund",
    ]),
    "finnish": (3, [
        "Taimi", "Eljas", "Iida", "Kerttu", "Laina", "Kustaa", "Nestori",
    ], [
        "Mäkelä", "Koivisto", "Laitinen", "Tervo", "Perttula", "Hietala", "Lamminen", "Aittama",
        "Jarvela", "Manninen", "Ollila", "Parviainen", "Saarela", "Uitto", "Ylinen", "Lampinen",
        "Pyykkonen", "Toivonen", "Lauttamus", "Pelkola", "Suomela",
    ]),
    "german": (4, [
        "Waldemar", "Arnulf", "Raimund", "Wilfried",
    ], [
        "Kuehl", "Voelker", "Zastrow", "Pagel", "Gruenwald", "Stoltenberg", "Bartelt", "Schmeling",
        "Kuether", "Wolfgram", "Hintz", "Manthei", "Thiede", "Kiesling", "Rindfleisch", "Ziebell",
        "Mielke", "Koepsell", "Ninnemann", "Luedtke", "Degner", "Splitt", "Schwantes", "Kluetz",
        "Fenske", "Bloedorn",
    ]),
    "polish": (3, [
        "Ignacja", "Walentyna", "Hieronima", "Florentyna", "Gertruda", "Longin",
    ], [
        "Pruchnicki", "Szczepaniak", "Ksiazek", "Mrozek", "Jagodzinski", "Trzebiatowski",
        "Zblewski", "Glodowski", "Kluczynski", "Wszolek", "Rybarczyk", "Wasielewski",
    ]),
    "czech": (2, [
        "Miloslav", "Ladislava", "Ludmilka",
    ], [
        "Vopálka", "Chaloupka", "Janoušek", "Lukeš", "Nosek", "Rybka", "Kocourek", "Hronek",
        "Wondra", "Votava",
    ]),
    "slovenian": (1, [
        "Miha", "Cilka", "Stanko",
    ], [
        "Hrovat", "Gorsek", "Bozich", "Fajdiga", "Govednik", "Jakopin", "Lavrič", "Mohar", "Novinc",
        "Pezdirc", "Sterle", "Tomažin", "Znidarsich", "Adamic", "Bukovec", "Kosmerl", "Mihelich",
        "Petrich", "Samsa", "Tekavec", "Verbic",
    ]),
    "cornish": (1, [
        "Tamsyn", "Perran", "Endelyon", "Jacka",
    ], [
        "Trevarthen", "Penhale", "Tregembo", "Tregonning", "Penglase", "Angwin", "Gendall", "Laity",
        "Nankervis", "Trewhella", "Tremewan",
    ]),
    "french_canadian": (1, [
        "Delphis", "Hermas",
    ], [
        "Beaudoin", "Trudeau", "LaPlante", "Brisbois", "Arcand", "Forcier", "Ouimette", "Quesnel",
        "Sansregret", "Archambeau", "Corbeille", "Giroux", "Laviolette", "Racette", "Tousignant",
        "Vezina",
    ]),
    "dutch_iowa": (2, [
        "Fokje", "Popke", "Rienk",
    ], [
        "Wolterstorff", "Koedam", "Van Gelder", "Van Peursem", "Ter Louw", "Haverhals", "Hulstein",
        "Van Otterloo", "De Boom", "Van Gorkom", "Van Regenmorter", "Wassink", "Bomgaars",
        "Dykshoorn", "Jongerius", "Kooiker", "Schuiteman", "Van Roekel",
    ]),
    "danish": (1, [
        "Aage", "Dorthea", "Ejnar", "Frede", "Mads", "Rasmine", "Svend",
    ], [
        "Kjeldgaard", "Hovgaard", "Thomsen", "Andreasen", "Esbensen", "Fuglsang", "Gravesen",
        "Hvidberg", "Lauritsen", "Poulsen", "Skovgaard", "Toft", "Winther", "Elkjaer", "Holmgaard",
        "Kudsk", "Munk",
    ]),
    "hutterite": (1, [
        "Rebekka", "Kathrina",
    ], [
        "Hofer", "Waldner", "Wollman", "Stahl", "Knels",
    ]),
    "mennonite_plains": (1, [
        "Anganetha", "Aganeta", "Sawtje", "Mieke", "Nete",
    ], [
        "Wedel", "Flaming", "Gaede", "Jantz", "Krehbiel", "Lepp", "Mierau", "Nachtigal",
        "Wohlgemuth", "Zerbe", "Balzer", "Gerbrandt", "Kasdorf", "Koop", "Letkeman", "Sudermann",
        "Thielmann",
    ]),
    "ukrainian": (2, [
        "Ostapa", "Demyan", "Stepanida", "Motrona",
    ], [
        "Stetsyuk", "Huzar", "Semenyuk", "Andrushchak", "Danylyshyn", "Fostyak", "Ivasyuk",
        "Mykytyuk", "Bilobrov", "Havryliv", "Shumeyko",
    ]),
    "bosnian": (2, [
        "Mevludin", "Almedina", "Behija", "Elmedin", "Fahrudin", "Jasminka", "Ramiza", "Taib",
        "Vahida", "Ćazim", "Dževdeta", "Izudin", "Mirzeta", "Nusret", "Sadeta",
    ], [
        "Čolaković", "Hrustanović", "Kahrimanović", "Mašić", "Osmanbegović", "Užičanin", "Veladžić",
        "Durmić", "Hadžiselimović", "Karahasan", "Mahmutćehajić", "Tokić",
    ]),
    "dinka": (2, [
        "Achai", "Bakhita", "Madit", "Aweng",
    ], [
        "Awolich", "Rual", "Akuei",
    ]),
    "nuer": (2, [
        "Nyachol", "Nyakuma", "Ruach", "Nyabang", "Nyaweng", "Gatpan", "Kuoth",
    ], [
        "Ruach", "Kuon", "Puot", "Galuak",
    ]),
    "congolese": (2, [
        "Ngoie", "Beya", "Mwauma", "Gracia", "Uzima",
    ], [
        "Ngoyi", "Diyoka", "Esambo", "Fwamba", "Pungi", "Mukanirwa", "Buhendwa", "Kalume",
        "Maheshe", "Sebagenzi", "Wabiwa", "Chibalonza",
    ]),
    "tibetan": (1, [
        "Gelek", "Drolkar", "Choedak", "Lodoe", "Rinzin", "Tseyang", "Nyendak",
    ], [
        "Gelek", "Drolkar", "Choedak", "Lodoe", "Rinzin", "Tseyang", "Nyendak",
    ]),
    "vietnamese": (2, [
        "Minhchau", "Thuyvan", "Kimchi", "Ngoctram", "Baochau", "Thaovy", "Minhtuan", "Quocbao",
        "Ducanh", "Hoangphuc", "Vanthanh", "Thiennhan", "Mylinh", "Kieutrang", "Hoaian",
    ], [
        "Tonnu", "Huynhvan", "Nguyenngoc", "Phanvan", "Doanvan", "Luuthi", "Nguyenhuu", "Tranvan",
        "Lethi", "Buiquang", "Dangvu", "Hoangle", "Vothanh", "Ngothi", "Phamthi", "Truongvan",
        "Duongthi",
    ]),
    "filipino": (2, [
        "Dennise", "Emmalyn", "Leizl", "Rowelyn",
    ], [
        "Sisante", "Timbol", "Razon",
    ]),
    "chuukese": (1, [
        "Meiko", "Kantito", "Nesor", "Osong", "Tupun", "Aisiro", "Kerina",
    ], [
        "Billimont", "Chipwelong", "Onopey", "Esopi", "Haser", "Ifenuk", "Kanto", "Meipung",
        "Rawit", "Setile", "Tomokane", "Weirukum", "Ilon",
    ]),
    "marshallese": (1, [
        "Jebwe", "Bwijmaron", "Liwaj", "Limwe", "Nenam",
    ], [
        "Maddison", "Bokin", "Juda",
    ]),
    "eritrean": (1, [
        "Mehret", "Natsinet",
    ], [
        "Andeberhan", "Ghebrehiwot", "Sibhatu", "Tecle", "Zerom",
    ]),
    "amhara": (1, [
        "Misgana", "Beza", "Mikiyas", "Tinsae", "Kirubel", "Fikremariam",
    ], [
        "Ejigu", "Alebachew", "Asnake", "Wubneh", "Zemedkun", "Engida", "Tamene", "Bantie",
        "Mekuria",
    ]),
    "african_american": (4, [
        "Dametrius", "Shanequa", "Marquell", "Shantell", "Jamaal", "Rashaad",
    ], [
        "Swoope", "Mosely", "Funches", "Dismuke", "Eiland", "Fluker", "Lockett", "Oden",
    ]),
    "igbo_yoruba": (1, [
        "Chibuikem", "Zikoranachi", "Olasunkanmi",
    ], [
        "Ugwuoke",
    ]),
    "kenyan": (1, [
        "Nduta", "Wacera", "Njoki", "Wambura", "Kagendo", "Nkatha", "Kanini", "Mwende", "Ndinda",
        "Chelangat", "Jepkemboi", "Kipyegon", "Omosh",
    ], [
        "Wambugu", "Muriithi", "Gichuki", "Mureithi", "Atsango", "Shikuku", "Khaemba", "Muthiani",
        "Kyalo",
    ]),
    "cameroonian": (1, [
        "Tchoupo", "Nkeng", "Ewane", "Achu", "Bih", "Enow", "Fru", "Nfor", "Ndifor", "Tabi", "Ngwa",
        "Ayuk", "Ebai", "Manyi", "Ngum",
    ], [
        "Tchamba", "Ngassa", "Kamdem", "Mbappe", "Tabe", "Fokou", "Djeumo", "Ngouné", "Tagne",
        "Wamba", "Nkemzi", "Atanga", "Fonkeng", "Tanyi", "Ashu", "Egbe", "Mbiydzenyuy", "Nsom",
        "Ekwalla",
    ]),
    "chin": (1, [
        "Lalrin", "Khual", "Lalpek", "Bawihmung", "Ciang", "Nuam",
    ], [
        "Thangcin", "Biakhlun", "Cungnawl", "Hmunglian", "Lalhmuak", "Ngunlian", "Parhlei",
        "Ramthang", "Tlumhang", "Vanlalruat", "Bawihlian", "Cinthang", "Hrangthang", "Lianmang",
        "Mangcung", "Ngunthawng", "Sianghlei", "Thawngcin",
    ]),
    "telugu": (1, [
        "Lakshmiprasanna", "Naga", "Gowtham", "Jaswanth", "Lahari", "Ravikiran", "Yashwanth",
        "Brahmaiah", "Chinnappa",
    ], [
        "Lingamaneni", "Maganti", "Addanki", "Cherukuri", "Nekkanti",
    ]),
    "afghan": (1, [
        "Gulbadin", "Zulaikha", "Naqib", "Aimal",
    ], [
        "Helmandi", "Sarwari", "Wardaki", "Khostai",
    ]),
    "syrian": (1, [
        "Jouri", "Shaza", "Rawda",
    ], [
        "Dalati", "Qabbani", "Zoubi", "Shishakli", "Tellawi",
    ]),
    "korean_adoptee": (1, [
        "Kyungmi", "Minsoo", "Dongsoo",
    ], [
    ]),
    "cambodian": (1, [
        "Sithan", "Botum", "Sreynich", "Vireak", "Sotheara",
    ], [
        "Samreth", "Pheap",
    ]),
}  # fmt: skip

WORD_GIVEN = [
    "Cowslip", "Harebell", "Glorious",
]  # fmt: skip

WORD_FAMILY = [
    "Burbot", "Curd", "Paddle", "Gimlet", "Awl", "Bodkin", "Ferrule", "Grommet", "Lanyard",
    "Tuffet", "Wimble", "Dowel", "Lathe", "Plinth", "Dormer", "Ramekin", "Hedgerow", "Scullery",
    "Mullion", "Purlin", "Gusset", "Flange", "Rhubarb", "Rutabaga", "Kohlrabi", "Sirloin",
    "Pemmican", "Kolache", "Strudel", "Silage", "Stanchion", "Windrow", "Bobsled", "Mukluk",
    "Parka", "Earmuff", "Mackinaw", "Rucksack", "Woodpile",
]  # fmt: skip

NICKNAMES = [
    "Gubbi", "Bapi", "Dilly", "Cuki", "Bjorny", "Ingy", "Toivy", "Dheeri", "Chaparrito", "Tigger",
    "Cubbie",
]  # fmt: skip

STREETS = [
    "Horger", "Oakman", "Becher", "Villard", "Vail", "Chowen", "Glenhurst", "Halifax", "Kipling",
    "Lynnhurst", "Mount Curve", "Blaisdell", "Lafond", "Sherburne", "Rondo", "Fairmount", "Palace",
    "Scheffer", "Wellesley", "Greenbrier", "Furness", "Suburban", "Mounds", "Windlake", "Manitoba",
    "Wentworth", "Hertel", "Auer", "Meinecke", "Yinger", "Denby", "Schlaff", "Steadman", "Normile",
]  # fmt: skip

ROADS = [
    "BIA Route 27", "BIA Hwy 2", "BIA Rte 7", "Hwy 18", "Fire Lane 12", "Township Rd 41", "CR 5 NW",
    "County Road 39 SE", "Hwy 47", "State Road 70", "US Hwy 212", "Hwy 55", "County Road 6",
]  # fmt: skip

CITIES = [
    "Inver Grove Heights", "Park Falls", "West Allis", "Valley City", "Macy", "Kinross",
    "Kandiyohi", "Stewartville", "Lamberton", "Balaton", "Parkers Prairie", "Henning",
    "Park Rapids", "Nevis", "Akeley", "Remer", "Longville", "Crosslake", "Askov", "Holdingford",
    "Upsala", "Swanville", "Browerville", "Verndale", "Tenstrike", "Gonvick", "Ulen", "Vergas",
    "Ottertail", "Clitherall", "Towner", "Westhope", "Mayville", "Tolna", "Sheyenne", "Walhalla",
    "Pembina", "Park River", "Interior", "Trail City", "Britton", "Beresford", "Bonesteel", "Marty",
    "Hawarden", "Remsen", "Schaller", "Odebolt", "Holstein", "Emmetsburg", "Clarion", "Belmond",
    "Reinbeck", "Dysart", "Genoa", "Crofton", "Creighton", "Spalding", "Gillett", "Radisson",
    "Couderay", "Amery", "Chetek", "Withee", "Granton", "Gilman", "Bonduel", "Forestville",
    "Brussels", "Kewaskum", "Campbellsport", "Horicon", "Cambria", "Pardeeville", "Vulcan",
    "Daggett", "Skandia", "Chatham", "AuTrain", "Cedarville", "Bay Mills", "Hulbert", "Eckerman",
    "Painesdale", "Zeba", "Assinins", "Pequaming",
]  # fmt: skip

DOMAINS = [
    "hcinet.net", "sleepyeyetel.net", "mnvalleytel.com", "runestone.net", "prtel.com",
    "lakedalelink.net", "mlecmn.net", "crosslake.net", "uslink.net", "vastbb.net",
    "siouxvalley.net", "ndak.net", "mtec.net", "wccta.net", "mtcnet.net", "triotel.net",
    "kalonatel.net", "wellmantel.net", "ruthtel.com", "woolstocktel.net", "nsight.net",
    "newnorth.net", "bvtc.com", "tznet.com", "mwt.net", "pasty.net", "vodanet.cd", "o2.pl",
    "hmongmail.com", "soomaalinet.com", "tibetmail.org", "ojibwemail.net", "rezmail.net",
]  # fmt: skip

STAFF_DOMAINS = [
    "northstar-umc.org", "ojibwehealth.org",
]  # fmt: skip

FAMILY_FIRST = {"hmong", "vietnamese", "lao", "cambodian", "tai_dam"}
DOUBLE_SURNAME = {"mexican", "guatemalan"}
NATIVE = ("ojibwe", "lakota", "dakota", "ho_chunk", "menominee")
GEN_SUFFIX = ["Jr", "Sr", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "\u0131": "i", "æ": "ae", "Æ": "AE"})  # fmt: skip


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


def _given_pool(origin: str) -> list[str]:
    return ORIGINS[origin][1] or ORIGINS["norwegian"][1]


def _family_pool(origin: str) -> list[str]:
    # Korean adoptees grew up with their adoptive (Scandinavian) family's surname.
    return ORIGINS[origin][2] or ORIGINS["norwegian"][2] + ORIGINS["swedish"][2]


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(_given_pool(origin)), rng.choice(_family_pool(origin))
    roll = rng.random()
    if roll < 0.11:  # about one name in seven is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.14:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.5:
        other = rng.choice(_family_pool(origin))
        if other != last and " " not in last + other:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "blind13") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind13") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEGHJKLMNOPRSTVWXY")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def somali_name(rng: random.Random) -> str:
    """Given name, father's given name, grandfather's name: "Hodman Cabdiqani Dhagax"."""
    given, family = ORIGINS["somali"][1], ORIGINS["somali"][2]
    a, b = rng.choice(given), rng.choice(given)
    c = rng.choice(family if rng.random() < 0.6 else given)
    form = rng.random()
    if form < 0.7:
        return f"{a} {b} {c}"
    if form < 0.85:
        return f"{a} {b}"
    return f"{_fold(a)} {_fold(b)} {_fold(c)}".upper()


def full_name(rng: random.Random, _split: str = "blind13") -> str:
    origin = _origin(rng)
    if origin == "somali" and rng.random() < 0.5:
        return somali_name(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.25:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin == "tibetan" and form < 0.5:
        return f"{first} {rng.choice(ORIGINS['tibetan'][1])}"
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.36:
        return f"{first} {mid}. {last}"
    if form < 0.45:
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
    if form < 0.82:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.86:
        middle = rng.choice(_given_pool(origin))
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.89:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.93:
        return f"{last} {first}"
    return f"{_given_part(first)} {mid} {last}"


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
                       f"{_fold(last).upper()},{_fold(first).upper()}",
                       f"{_fold(last).upper()}, {_fold(first).upper()} {mid}."])  # fmt: skip


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
    return _fold(_given_part(rng.choice(_given_pool(_origin(rng))))).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "kianou"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "kuehl"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
                       f"{last}%2C{first}".replace(" ", "+"),
                       f"{last.lower()}%2c+{first.lower()}".replace(" ", "+")])  # fmt: skip


def hmong_clan(rng: random.Random) -> str:
    return rng.choice(ORIGINS["hmong"][2])


def hmong_given(rng: random.Random) -> str:
    return rng.choice(ORIGINS["hmong"][1])


def native_name(rng: random.Random) -> str:
    origin = rng.choice(NATIVE)
    first, last = _person_from(rng, origin)
    return rng.choice([f"{first} {last}", f"{last}, {first}", first, last])


def native_last(rng: random.Random) -> str:
    return rng.choice(ORIGINS[rng.choice(NATIVE)][2])


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.25 else person(rng)[0]
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
                       f"{first} {_initial(rng)}. {last}", f"{_fold(last).upper()}, {_given_part(first)[0]}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("St", 9), ("Ave", 9), ("Ave S", 3), ("Ave N", 2), ("St NE", 2), ("St SE", 1), ("Rd", 5),
            ("Dr", 3), ("Ln", 2), ("Pkwy", 1), ("Ct", 1), ("Street", 3), ("Avenue", 3), ("Blvd", 1),
            ("Ter", 1), ("Pl", 1), ("Trl", 1), ("Way", 1)]  # fmt: skip
UNITS = ["Apt 3", "Apt. 210", "Apt 4C", "Unit 12", "#5", "Lower", "Upper", "Apt B", "Ste 201",
         "Apt 1107", "Fl 2", "Apt 2W", "Unit 3-B", "Bsmt", "Rm 14", "#1R", "Apt 506"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South ", "East ", "West "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 39999)), f"{rng.randint(100, 999)}½", f"{rng.randint(10, 999)}{rng.choice('AB')}",
                       f"{rng.randint(100, 3999)}-{rng.randint(1, 9)}"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 1999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"PO BOX {n}"])


def rural_route(rng: random.Random) -> str:
    """Wisconsin grid fire numbers, Dakota and Iowa grid roads, reservation HC routes."""
    return rng.choice([
        f"N{rng.randint(1000, 9999)} {rng.choice(ROADS)}", f"W{rng.randint(1000, 19999)} {rng.choice(ROADS)}",
        f"{rng.randint(1000, 29999)} {rng.randint(100, 399)}th St", f"{rng.randint(1000, 9999)} {rng.randint(100, 399)}th Ave SE",
        f"HC {rng.randint(40, 79)} Box {rng.randint(1, 499)}", f"RR {rng.randint(1, 4)} Box {rng.randint(1, 299)}",
        f"{rng.randint(10, 999)} {rng.choice(ROADS)}", f"{rng.randint(100, 9999)} Co Rd {rng.randint(1, 99)} NW",
        f"{rng.randint(100, 9999)} {rng.choice(STREETS)} Rd", f"E{rng.randint(1000, 9999)} {rng.choice(ROADS)}",
    ])  # fmt: skip


def housing_unit(rng: random.Random) -> str:
    """Tribal housing cluster addresses, as people on a reservation give them."""
    return rng.choice([f"Cluster {rng.randint(1, 30)} House {rng.randint(1, 60)}", f"HUD {rng.randint(1, 400)}",
                       f"Hsg Unit {rng.randint(100, 899)}", f"Lot {rng.randint(1, 90)}, {rng.choice(STREETS)} Ct"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions."""
    return rng.choice([rng.choice(ROADS), f"{rng.choice(STREETS)} {rng.choice(['Rd', 'St', 'Ave'])}",
                       f"BIA {rng.randint(2, 40)}", f"county {rng.randint(1, 60)}", f"{rng.randint(100, 399)}th St"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind13") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.17:
        return rural_route(rng)
    if kind < 0.21:
        return housing_unit(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "blind13") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["MN", "WI", "IA", "ND", "SD", "NE", "MI", "Minn.", "Wis.", "Iowa", "N.D.", "S.D.", "Neb.",
          "Mich.", "Minnesota", "Wisconsin", "North Dakota", "South Dakota", "mn", "wi"]  # fmt: skip
_ZIP3 = ["553", "554", "551", "550", "560", "561", "563", "565", "566", "567", "530", "532", "541",
         "543", "544", "545", "546", "580", "582", "583", "585", "575", "576", "577", "570", "510",
         "512", "501", "505", "686", "687", "690", "693", "498", "499", "481"]  # fmt: skip


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
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1924, 1936)
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
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d} {y}", f"{mo} {d}", f"{ab}. {d}", f"{m}/{d}", f"{mo} {d}{o}", f"{d} {mo} {y}", f"{m}-{d}-{yy:02d}",
        f"{d:02d}-{ab.upper()}-{yy:02d}", f"{m:02d}.{d:02d}.{y}", f"{mo.lower()} {d}", f"{ab.lower()} {d}{o}",
        f"{y}/{m:02d}/{d:02d}", f"{d}{o} of {mo}", f"{ab}-{d:02d}-{y}", f"{d} de {MESES[m - 1]}",
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
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('56')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}",
                       f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}", f"{d} de {MESES[m - 1]}"])  # fmt: skip


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
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [612, 651, 763, 952, 507, 218, 320, 414, 262, 608, 715, 534, 920, 701, 605, 319, 515, 563,
         641, 712, 402, 308, 531, 906, 313, 734]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a})-{b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 999)}",
                       f"{a}/{b}-{c}", f"{b}-{c}", f"+1.{a}.{b}.{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def intl_phone(rng: random.Random) -> str:
    """Relatives abroad: Somalia, Ethiopia, Laos, Thailand camps, Liberia, Iraq, Bosnia, Mexico."""
    return rng.choice([f"+252 61 {_digits(rng, 7)}", f"+251 9{rng.randint(1, 9)} {_digits(rng, 3)} {_digits(rng, 4)}",
                       f"+856 20 {_digits(rng, 4)} {_digits(rng, 4)}", f"+66 8{rng.randint(1, 9)} {_digits(rng, 3)} {_digits(rng, 4)}",
                       f"+231 77 {_digits(rng, 3)} {_digits(rng, 4)}", f"+964 77{rng.randint(0, 9)} {_digits(rng, 3)} {_digits(rng, 4)}",
                       f"+387 61 {_digits(rng, 3)} {_digits(rng, 3)}", f"+52 1 {rng.randint(222, 999)} {_digits(rng, 3)} {_digits(rng, 4)}",
                       f"011 252 {_digits(rng, 2)} {_digits(rng, 7)}"])  # fmt: skip


def email(rng: random.Random, _split: str = "blind13") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kianou", _handle(last) or "kuehl"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2012)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}fam", f"{f}loves{ln}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kianou", _handle(last) or "kuehl"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "blind13") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kianou", _handle(last) or "kuehl"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:6]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:4]}{f[:3]}", f"{f}{rng.randint(1950, 2012)}", f"x{ln[:6]}{f[0]}"])  # fmt: skip


def url(rng: random.Random, _split: str = "blind13") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kianou", _handle(last) or "kuehl"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://gofund.me/{_hex(rng, 8)}",
        f"https://www.gofundme.com/f/help-{f}-{ln}-transplant", f"https://www.caringbridge.org/site/{f}{ln}",
        f"https://www.tiktok.com/@{f}.{ln}", f"https://mychart.northstar.example/visit/{_digits(rng, 9)}",
        f"https://fhir.prairielakes.example/R4/Patient/{_digits(rng, 8)}", f"https://{ln}{f}.blogspot.com",
        f"https://www.instagram.com/{ln}_{f}/", f"https://youtu.be/{_letters(rng, 11, string.ascii_letters + string.digits)}",
        f"https://drive.google.com/file/d/{_letters(rng, 28, string.ascii_letters + string.digits)}/view",
        f"https://www.legacy.com/obituaries/{f}-{ln}-{_digits(rng, 6)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.22:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.32:
        return f"2601:{_hex(rng, 4)}:{_hex(rng, 3)}:{_hex(rng, 4)}::{_hex(rng, 2)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice([rng.randint(468, 477), rng.randint(387, 399), rng.randint(478, 485),
                    rng.randint(501, 504), rng.randint(503, 504), rng.randint(1, 899)])  # fmt: skip
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [
            f"{a:03d}-{g:02d}-{s:04d}",
            f"{a:03d}{g:02d}{s:04d}",
            f"{a:03d} {g:02d} {s:04d}",
            f"{a:03d}.{g:02d}.{s:04d}",
        ],
        [7, 2, 1, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 7), f"NS{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                       f"HRN {_digits(rng, 6)}", f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 4)}",
                       f"0{_digits(rng, 9)}", f"PL{_digits(rng, 6)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    """Minnesota PMI, BadgerCare, Iowa, Dakota and Nebraska Medicaid numbers."""
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"{_digits(rng, 9)}", f"{_digits(rng, 7)}{_letters(rng, 1)}",
                       f"{_digits(rng, 11)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"W{_digits(rng, 9)}", mbi(rng), medicaid_id(rng),
                       f"{_letters(rng, 2)}{_digits(rng, 7)}-0{rng.randint(1, 4)}", f"{_digits(rng, 9)}*{rng.randint(1, 3):02d}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 9), _digits(rng, 11), f"HB{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}",
                       f"A{_digits(rng, 8)}", f"PB{_digits(rng, 7)}-{rng.randint(1, 9)}"])  # fmt: skip


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
    """Minnesota, Wisconsin, North Dakota, Iowa and Nebraska formats."""
    return rng.choice([f"{_letters(rng, 1)}{_digits(rng, 12)}", f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                       f"{_letters(rng, 3)}{_digits(rng, 6)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 4)}",
                       f"{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 8)}"])  # fmt: skip


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), drivers_license(rng), f"R {_digits(rng, 6)}-{rng.randint(1, 9)}",
                       f"{_digits(rng, 5)}-{_digits(rng, 2)}", f"LPN{_digits(rng, 6)}", f"MD{_digits(rng, 5)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 3)} {_letters(rng, 3)}",
                       f"{_letters(rng, 2)} {_digits(rng, 4)}", f"{_digits(rng, 2)}-{_letters(rng, 1)}{_digits(rng, 3)}",
                       f"{_digits(rng, 3)}{_letters(rng, 3)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    sep = rng.choice(":-")
    return sep.join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"SM{_digits(rng, 8)}", f"NG{_digits(rng, 7)}{_letters(rng, 1)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"(21){_digits(rng, 10)}",
                       f"PJN{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                       f"8{_letters(rng, 2)}{_digits(rng, 3)}{_letters(rng, 1)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 10)}", f"Rx {_digits(rng, 7)}", f"{_digits(rng, 7)}", f"PA-{_digits(rng, 8)}",
                       f"TKT{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}", f"CASE-{_digits(rng, 6)}",
                       f"INT{_digits(rng, 5)}", f"UNOS {_letters(rng, 3)}{_digits(rng, 4)}", f"REF{_digits(rng, 9)}"])  # fmt: skip


def tribal_id(rng: random.Random) -> str:
    """Tribal enrollment numbers and CDIB card numbers."""
    return rng.choice([f"{_digits(rng, 3)}U{_digits(rng, 6)}", f"{_letters(rng, 2)}-{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_digits(rng, 3)}",
                       f"ENR {_digits(rng, 5)}", f"{_digits(rng, 6)}"])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice(
        [_hex(rng, 32), f"rq-{_hex(rng, 10)}", _hex(rng, 16), f"{_hex(rng, 8)}-{_hex(rng, 4)}"]
    )


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 15000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "301", "400", "401", "403", "404", "422", "500", "502", "504"]
    )


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice(
        [
            f"{hh:02d}:{mi:02d}:{ss:02d}",
            f"{hh:02d}{mi:02d}",
            f"{hh % 12 or 12}:{mi:02d} {'AM' if hh < 12 else 'PM'}",
            f"{hh % 12 or 12}:{mi:02d}{'a' if hh < 12 else 'p'}",
        ]
    )


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


def queue(rng: random.Random) -> str:
    return rng.choice(["adt-in", "rx-refill", "ivr-hmn", "ivr-som", "fax-in", "x12-837p", "elig-270",
                       "tele-visit", "txp-waitlist", "hospice-oncall", "peds-nurseline", "ihs-prc"])  # fmt: skip


EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "SOMALI": ("NAME", somali_name),
    "CLAN": ("NAME", hmong_clan),
    "HMFIRST": ("NAME", hmong_given),
    "NATIVE": ("NAME", native_name),
    "NATLAST": ("NAME", native_last),
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
    "HOUSING": ("ADDRESS", housing_unit),
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
    "INTLPHONE": ("PHONE", intl_phone),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "DL": ("LICENSE_NUMBER", drivers_license),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
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
    # Hmong families
    "nyob zoo, kuv yog {HMFIRST} {CLAN}, my niam needs her refill, her dob {USDATE}",
    "this is {HMFIRST} texting for my txiv {NAME}, he is {AGE} and cant hear the phone",
    "ua tsaug ntau nurse 🙏 can u call my brother {HMFIRST} at {PHONE} he speak english better",
    "my tais {FIRST} {CLAN} fell in the bathroom last night, shes {AGEN}, do we bring her in",
    "the shaman came sat so we want to push surgery for niam {HMFIRST} to {MD} ok?",
    "kuv tus ntxhais {HMFIRST} has fever 102 since {MD}, we live {STREETLINE} {CITY}",
    "{CLAN} family here, we moved to {STREET} by the hmong market, update pls",
    "its {HMFIRST} again lol my moms chart still says old phone, new one {PHONE}",
    "the interpreter {HMFIRST} was really good, can we get her again for dad on {MD}",
    "can u send the letter to my sister in law {NAME} she handles the bills, {EMAIL}",
    "hi my name {FIRST} {CLAN}, i lost my insurance card, id was {PLAN}",
    "grandpa {HMFIRST} wants the hmong interpreter not the phone one, appt {MD}",
    # Somali families
    "asc, waxaan ahay {SOMALI}, hooyo needs appointment {MD} please",
    "salaan nurse, my hooyo {SOMALI} is {AGEN} and she is not eating since {MD}",
    "mahadsanid!! this is {FIRST}, call my husband {SOMALI} at {PHONE} not me",
    "aabo {FIRST} has diabetes medicine finish, pharmacy say call dr {SURNAME}",
    "my cousin {SOMALI} drove me, can she come in the room? she speak english",
    "please use the somali interpreter, my name {SOMALI} dob {DATE}",
    "walaal, we moved from {CITY} to {STREETLINE} {UNIT}, new address pls",
    "inshallah i come {MD} but i dont have ride, my mrn {MRN}",
    "wiilkeyga {FIRST} is 4 and coughing all night, can i bring him tmrw",
    "my brother in somalia number is {INTLPHONE} he is emergency contact too",
    "ramadan started so {FIRST} wants to take metformin at night only ok",
    "its {SOMALI} from the mosque clinic day, the lady {FIRST} said text here",
    # Oromo / Ethiopian / Eritrean
    "akkam, ani {NAME}. my mother {FIRST} needs her bp pills, dob {USDATE}",
    "galatoomaa doctor, my husband {FIRST} {SURNAME} is better now",
    "selam this is {FIRST}, my dad {NAME} is {AGE} and confused since {MD}",
    "yekenyelay, can you send records to my daughter {FIRST} at {EMAIL}",
    "{FIRST} here, the injera lady at church said clinic moved to {STREET}, is that true",
    # Karen / Burmese
    "ta blut, this is {FIRST} for my grandma {NAME}, she need eye doctor",
    "my husband {FIRST} {SURNAME} work night shift at the turkey plant, can he come {MD} morning",
    "hello i am {NAME} from {CITY}, my english little, my son {FIRST} help me",
    "the karen interpreter {FIRST} say text here for refill, my mrn {MRN}",
    # Bhutanese / Nepali
    "namaste sister, my aama {NAME} sugar is 280 today, what i do",
    "dhanyabad, my buwa is {AGE} and walking very slow since {MD}",
    "hajur, my name is {FIRST} {SURNAME}, new number {PHONE}",
    "didi {FIRST} will take bajei to appt on {MD}, she lives {CITY}",
    # Liberian / Congolese / Sudanese / Cameroonian
    "hello my pekin {FIRST} got da rash again, please call {PHONE}",
    "my ma {NAME} is {AGEN} and she wants to go home from hospice, who i talk to",
    "good morning, it's {FIRST} {SURNAME} from {CITY}, my blood pressure pills finish",
    "bonjour, je suis {NAME}, my baby {FIRST} born {DATE} need shots",
    "jambo, this is {FIRST}, my wife {FIRST} {SURNAME} is pregnant and bleeding a little",
    "my uncle {NAME} in south sudan, his number {INTLPHONE}, he is the one to call if i die",
    "cousin {FIRST} said u can help with the transplant papers, my mrn is {MRN}",
    "we are {SURNAME} family from {CITY}, 9 people, need new clinic for all",
    "merci beaucoup docteur, {FIRST} is eating again",
    "its {NAME} the one with the twins in peds, twins dob {DATE}",
    # Lao / Tai Dam / Vietnamese / Cambodian
    "sabaidee, my mae {NAME} need refill of eye drop, her number {PHONE}",
    "khop chai lai lai 🙏 this is {FIRST} for my pho {NAME}",
    "my ba {FIRST} is {AGEN} now, can the nurse come to the house on {ROAD}",
    "cam on bac si, my mom {NAME} feel better. new address {STREETLINE} {CITY} {ZIP}",
    "con cua {FIRST} bi sot, can i bring him {MD}",
    "{NAME} here, my tai dam church friend {FIRST} said to message",
    "orkun, my name is {NAME}, i need dentist referral",
    # Mexican / Guatemalan
    "hola buenas, soy {FIRST} {SURNAME}, mi cita es el {MD} verdad?",
    "mi mamá {NAME} tiene {AGE} años y se cayó, vivimos en {STREET}",
    "buenas tardes, mi esposo {FIRST} se cortó en la planta, numero {PHONE}",
    "disculpe, el seguro de mi hija {FIRST} es {MEDICAID}",
    "soy {NAME} de {CITY}, necesito intérprete de mam no de español",
    "my suegra {FIRST} only speaks kiche, can u get interpreter for {MD}",
    "gracias doctora, mi abuelita {FIRST} ya esta mejor 🙏🙏",
    "le mando mi correo {EMAIL} para los papeles de {FIRST}",
    "i work at the pork plant 2nd shift, call me {PHONE} after 11, {FIRST}",
    "el bebé de mi cuñada {FIRST} nació el {DATE} y tiene ictericia",
    "mi dirección nueva es {STREETLINE} {UNIT} {CITY} {STATE} {ZIP}",
    "el numero de mi mamá en guate es {INTLPHONE}",
    "its {FIRST} again sorry, i forgot the pharmacy at {STREET}",
    # Iraqi / Yemeni / Lebanese / Palestinian / Syrian
    "marhaba, this is {NAME}, my father {FIRST} is {AGEN} and very weak",
    "salam, i need refill for my mom {FIRST} {SURNAME}, dob {USDATE}",
    "shukran doctor, my wife {FIRST} wants woman doctor only for {MD}",
    "my teta {FIRST} lives with us on {STREET} in {CITY}, she cant climb stairs",
    "can u call my cousin {NAME} at {PHONE} he will translate arabic",
    "khalto {FIRST} needs the diabetes class in arabic, when is it",
    "{FIRST} {SURNAME} here from the arab american clinic, my son {FIRST} has ear infection",
    "my brother {NAME} still in yemen, number {INTLPHONE}",
    "please email the forms to {EMAIL} inshallah",
    "we come from {CITY} every time, 3 hrs, can we do telehealth for baba {FIRST}",
    # Ojibwe / Lakota / Dakota / Ho-Chunk / Menominee
    "boozhoo, this is {NATIVE}, my auntie {FIRST} needs a ride to dialysis {MD}",
    "miigwech for the ride, tell {FIRST} the van driver thanks",
    "hau, its {FIRST} {NATLAST}, unci needs her oxygen refilled, we live {HOUSING} {CITY}",
    "my grandma {NATIVE} is {AGEN}, she dont want to go to the nursing home in {CITY}",
    "pilamaya, the chr {FIRST} came by, my sugars was 190",
    "this is {FIRST} from {CITY}, my tribal id is {TRIBAL} for the prc referral",
    "ihs said call u, referral for my son {NATIVE}, he is 7",
    "posoh, my kokomaehsan {FIRST} needs the nurse at {RURAL}",
    "we live way out on {ROAD} past the powwow grounds, blue trailer",
    "the chr van didnt come to {HOUSING} today, {FIRST} waited all morning",
    "tell dr {NATLAST} i quit the snag again lol and my bp is good",
    "{NATIVE} here, wopida for helping my mom",
    "my cousin {FIRST} {NATLAST} can pick up my meds, is that ok",
    "the road to {CITY} is drifted shut, we cant make it {MD}",
    # Scandinavian / German / Polish / Czech / Finnish / Dutch / Hutterite
    "uff da, its {FIRST} {SURNAME}, the nurse said call about my knee",
    "this is {NAME} up at the farm by {CITY}, the cows got out so i missed appt",
    "mom {FIRST} is {AGEN} and still makes lefse, but her ankles are swollen",
    "tell dr {SURNAME} thanks, dad {FIRST} is back to ice fishing",
    "my husband {FIRST} got his hand in the auger, he is ok but needs tetanus shot",
    "sisu! {FIRST} here, i walked the whole block today",
    "we are {SURNAME} from the colony near {CITY}, the minister said call",
    "my oma {FIRST} {SURNAME} wont wear her hearing aids, serial {DEVICE}",
    "my babcia {FIRST} is {AGEN}, can she get the flu shot at home {RURAL}",
    "ok ja, {FIRST} will bring grandpa {NAME} on {MD}",
    "dad {FIRST} {SURNAME} says he aint going to the cities for the scan",
    "mummo {FIRST} needs the sauna? lol no but she needs her inhaler",
    "we plow out {RURAL} ourselves, the nurse can come after 10",
    # Ukrainian / Bosnian / Tibetan / Filipino / Chuukese / Marshallese
    "dobryi den, its {NAME}, my mother {FIRST} arrived from ukraine {MD}",
    "dyakuyu likar, my son {FIRST} have parole, insurance {MEDICAID}",
    "merhaba, it's {FIRST} {SURNAME}, nana needs the bosnian interpreter",
    "hvala doktore, my father {NAME} is {AGEN} and tired all the time",
    "tashi delek, this is {NAME}, amala need refill, new phone {PHONE}",
    "thuk je che, {FIRST} will bring pala on {MD}",
    "hi po, my lola {NAME} is {AGEN} and has fever, can she come today",
    "salamat po doc, pls email to {EMAIL}",
    "ran annim, i am {FIRST} from chuuk, need refill, my mrn {MRN}",
    "iakwe, this is {NAME}, my baby need shot, we live {STREET}",
    # Kenyan / Nigerian / African American / others
    "habari, it's {FIRST}, mum {NAME} needs her pills sent to {CITY} pharmacy",
    "good afternoon ma, this is {FIRST} {SURNAME}, my son {FIRST} has sickle cell pain",
    "hey its {NAME}, my granny {FIRST} is {AGEN} and wants to stay home with hospice",
    "my big mama {FIRST} lives on {STREETLINE}, the nurse can park in the alley",
    "yo this {NICK}, tell ms {SURNAME} i got the job lol",
    # Names in odd spots, several ids, relatives in passing
    "{FIRST}",
    "— {FIRST} {SURNAME}",
    "thx, {NICK}",
    "ok sounds good see u then -{FIRST}",
    "ty!! {HMFIRST}",
    "{SURNAME} here",
    "{NAME}?? is that the right chart",
    "sent from {FIRST}'s iphone",
    "love u nurse {FIRST} 💕",
    "the lady at front desk {FIRST} was rude to my mom {NAME} yesterday",
    "my sister in law {FIRST} and her husband {FIRST} {SURNAME} both need covid shots",
    "my brother {FIRST}, my cousin {FIRST} and auntie {FIRST} all got flu now 😷",
    "ask {FIRST} {SURNAME} she knows, shes my caseworker",
    "can {NICK} pick up my meds? he is my grandson",
    "i told {FIRST} to tell {FIRST} to call u lol",
    "dob {DATE} ssn {SSN} mrn {MRN} now can u tell me my results",
    "name {NAME} phone {PHONE} dob {USDATE}",
    "{NAME} {USDATE} {PHONE}",
    "my info: {NAME}, {STREETLINE}, {CITY} {STATE} {ZIP}, {PHONE}",
    "patient is my dad {NAME} dob {DATE} medicare {MBI}",
    "i am {FIRST}'s mom, he is 15, can i see his portal",
    "reply to {EMAIL} or {PHONE} whichever",
    "my moms name is {NAME} not {NAME}, yall spelled it wrong on the bracelet",
    "{FIRST} {SURNAME} {FIRST} {SURNAME} thats both kids names for the school forms",
    "ok {FIRST} i will",
    "kk thx {FIRST} {SURNAME}",
    "👍 {FIRST}",
    "please dont call {PHONE} anymore that is my ex",
    "my daughter in law {WNAME} is the one to call",
    "{WFIRST} here, the pharmacy lost my rx again",
    "nurse {WLAST} was awesome tell her thx",
    "is dr {WLAST} still doing the diabetes clinic on wednesdays",
    "my neighbor {WNAME} drove me, she can wait in the car",
    "{WFIRST} {SURNAME} is my name, not sure why it says something else",
    "tell {WLAST} the new walker is great",
    "hey {WFIRST}, its me again lol",
    # Transplant / hospice / peds / telehealth
    "kidney transplant coordinator {FIRST} said text my unos id {OTHER}",
    "my brother {NAME} wants to be my donor, his phone {PHONE}",
    "im on the liver list, dob {USDATE}, please update my cell {PHONE}",
    "hospice nurse {FIRST} said call if grandma {NAME} breathing changes",
    "she passed this morning, {NAME}, please tell dr {SURNAME}",
    "my son {FIRST} dob {DATE} needs his 4 year shots, we live in {CITY}",
    "the nicu discharged baby {FIRST} {SURNAME} on {MD}, what do we do for the car seat check",
    "video visit link {URL} doesnt open on my phone",
    "telehealth keeps dropping, im at the library in {CITY} ip {IP}",
    "i got an email from {EMAIL} is that really the clinic?",
    "login is {USER}, it locked me out again",
    "my username {USER} and password reset went to {EMAIL} which i dont have",
    "my caringbridge is {URL} if the doctors want to see the updates",
    "we started a gofundme for {FIRST}'s transplant {URL}",
    "the cgm serial is {DEVICE}, it fell off again",
    "insulin pump sn {DEVICE} keeps saying occlusion",
    "concentrator beeping, serial on back {DEVICE}",
    "my hearing aid app says device {MAC} not found",
    "the tablet they gave grandpa for video visits imei {IMEI}",
    "my new plate is {PLATE} for the handicap parking form",
    "the van vin {VIN} for the medical transport paperwork",
    "got towed from the ramp, plate {PLATE}, i was in the er with {FIRST}",
    "my drivers license {DL} is expired can i still check in",
    "pharmacy says the npi is wrong, dr {SURNAME} npi {NPI}",
    "billing acct {ACCOUNT} says i owe but ihs should pay",
    "case number {OTHER} from the social worker {FIRST}",
    "my badgercare id {MEDICAID}",
    "new insurance, member id {PLAN} group 4471",
    "ssn is {SSN}, hope thats ok to send here",
    "is my mrn {MRN} or is that my sons",
    "fax it to my lawyer {FAX} please",
    "the va fax is {FAX}, they need my records",
    "the school nurse fax {FAX} for {FIRST}'s asthma plan",
    "my address is {POBOX}, {CITY} {STATE} {ZIP}, no mail delivery out here",
    "we are at {RURAL} {CITY} now, moved from the cities",
    "i stay at {HOUSING} in {CITY} with my auntie",
    "moved to {STREET} {UNIT}, the one above the tienda",
    "new zip is {ZIP}",
    "the hospice bed goes to {STREETLINE} not the old place in {CITY}",
    "im in {CITY} for work til {MD}, can i do phone visit",
    "we are driving from {CITY} to {CITY}, be there by 3",
    "i was born {DATE} in a camp in thailand so the date is maybe wrong",
    "my birthday on the paper is {DATE} but real one is {MD}",
    "the refugee office made all of us born {DATE} lol",
    "dad turns {AGEN} on {MD}!!",
    "grandma is {AGE}, still drives to bingo",
    "my husband is {AGE} and wont use the walker",
    "{FIRST} {SURNAME} dob {USDATE} needs refill lisinopril",
    "refill for {LASTFIRST} please, same pharmacy",
    "this is {NAMEUP} IN ROOM 12 MY CALL LIGHT BROKE",
    "hey its {FIRST} {SURNAME} jr, not my dad",
    "my name is {NAME}, i was at the walk in {MD}",
    "its {INITS} from the group on tuesday",
    "can {INITS} call me back",
    "my mom and i have the same name {NAME}, please dont mix us",
    "i saw dr {SURNAME} and dr {SURNAME} and nobody told me anything",
    "dr. {SURNAME}'s nurse said 2 weeks",
    "ms {SURNAME} at the front is so nice",
    "please tell {DOC} i am sorry i yelled",
    "i want to switch from dr {SURNAME} to a woman doctor",
    "tell the transplant team {FIRST} {SURNAME} moved to {CITY}",
    "{FIRST} from {CITY} here, my neighbor {FIRST} has my spare key if nurse comes",
    "my aunt {SOMALI} and uncle {SOMALI} both need the diabetes class",
    "ok wait my sister {HMFIRST} will text u",
    "{NAME} will translate for her",
    "the baby daddy {FIRST} is not allowed to pick up {FIRST}, court order",
    "my foster son {FIRST} {SURNAME}, dob {DATE}, county case {OTHER}",
    "im at the shelter on {STREET}, use my cousins phone {PHONE}",
    "send the mail to my sisters {STREETLINE}, {CITY} {ZIP}",
    "we live above the meat market on {STREET}, buzzer 3",
    "i live in the green house on {ROAD}, dogs are friendly",
    "its the farm at {RURAL}, big red barn, turn at the church",
    "i am {AGE} years old and i never been to the hospital before",
    "my email changed to {EMAIL}",
    "{EMAIL} is my daughters email use that",
    "portal user {USER} from {IP} says error 500",
    "i tried from my work computer {IP} too",
    "hi, its {FIRST}. {FIRST} is sick again. call {PHONE}. thx",
    "u can leave message at {PHONE} its my moms house",
    "text {E164} thats whatsapp",
    "my viber is {INTLPHONE}",
    "its {FIRST} in {CITY}, the snow is bad, can we do video",
    "after the deer hit my truck {PLATE} my neck hurts",
    "i drive truck so call {PHONE} only on weekends, {FIRST}",
    "the dairy farm boss {FIRST} {SURNAME} said i need a note for work",
    "the pork plant nurse {FIRST} sent me, my badge {OTHER}",
    "{FIRST}!!! the results came back ok??",
    "hello?? {FIRST} here still waiting",
    "my grandson {NICK} set up this phone for me, im {NAME}",
    "kiitos, {FIRST} on parempi nyt",
    "tusen takk, {FIRST} says hi to the nurses",
    "danke, oma {FIRST} is home now",
    "dziękuję, my dziadek {NAME} is sleeping better",
    "děkuji, grandpa {FIRST} {SURNAME} will call monday",
]

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|NSUMC|CLOVERLEAF|PLCAH|{HLTS}||ADT^A01|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^NSUMC^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^IHS^HRN~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}",
    "PID|1||{MRN}||{LNUP}^{FNUP}^^^^^L~{LNUP}^{FNUP}^^^^^A||{HLDATE}|F||2028-9|{RURAL}^^{CITY}^{STATE}^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}|SIS^Sister||{PHONE}||EC",
    "NK1|1|{LNUP}^{FNUP}^{MIDUP}|GRD^Guardian|{POBOX}^^{CITY}^{STATE}^{ZIP}|{PHONE}|{PHONE}",
    "PV1|1|I|4EAST^412^B||||{NPI}^{LNUP}^{FNUP}^^^DR|{NPI}^{LNUP}^{FNUP}|||MED||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "PV1|1|O|TELE^VID^01||||{NPI}^{LNUP}^{FNUP}^^^^MD||||||||||||{ACCOUNT}",
    "IN1|1|MA|MNDHS|MN MEDICAL ASSISTANCE|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|1|MCR|CMS|MEDICARE PART A||||||||||{LNUP}^{FNUP}^{MIDUP}|SEL|{HLDATE}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|F",
    "OBX|4|TX|NOTE||Call back {LNUP}^{FNUP} at {PHONE} re: INR 3.8||||||F",
    "OBX|1|ST|DONOR^Living donor name||{LNUP}^{FNUP}||||||F|||{HLTS}",
    "ORC|RE|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^NP|||{HLTS}",
    "MSH|^~\\&|LAB|PLCAH|||{HLTS}||ORU^R01|{REQID}|P|2.3\rPID|||{MRN}||{LNUP}^{FNUP}^^^MRS||{HLDATE}|F",
    "RXE|^^^{HLTS}^^R|00169-4132-12^INSULIN DEGLUDEC|||||||||||||{OTHER}||||{DEA}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^NSUMC^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "SCH|{OTHER}||||||FOLLOWUP|||30|MIN|^^^{HLTS}|||||{NPI}^{LNUP}^{FNUP}",
    "ADT A31 rejected: PID-5 {LNUP}^{FNUP} vs EMPI {MRN} dob {HLDATE} score 0.62",
    "hl7-router[{PIDN}] WARN NACK MSH-10={OTHER} 'PID-11 zip {ZIP} city {CITYUP} mismatch'",
    "interface engine: duplicate PID-3 {MRN} for {LNUP}^{FNUP} and {LNUP}^{FNUP}",
    "MDM^T02 TXA|1|DS|TX|{HLTS}|{NPI}^{LNUP}^{FNUP}||||||{OTHER}||||||AU",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}","gender":"female"}}',
    '{{"resourceType":"Patient","name":[{{"use":"official","family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}},{{"use":"nickname","given":["{NICK}"]}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}","use":"mobile"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"Patient","identifier":[{{"system":"urn:oid:2.16.840.1.113883.3.72","value":"{MRN}"}},{{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{SSN}"}}]}}',
    '{{"resourceType":"Patient","extension":[{{"url":"tribal-affiliation","valueString":"enrolled {TRIBAL}"}}],"address":[{{"text":"{HOUSING}, {CITY}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"telecom":[{{"value":"{INTLPHONE}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"suffix":["MD"]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}","end":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","subject":{{"reference":"Patient/{MRN}","display":"{LASTFIRST}"}},"period":{{"start":"{TS}"}},"class":{{"code":"VR"}}}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"display":"{NAME}"}},"type":{{"text":"CGM"}}}}',
    '{{"resourceType":"Observation","subject":{{"display":"{NAME}"}},"device":{{"display":"home scale {DEVICE}"}},"effectiveDateTime":"{TS}","valueQuantity":{{"value":84.2,"unit":"kg"}}}}',
    '{{"resourceType":"ServiceRequest","subject":{{"display":"{NAME}"}},"requester":{{"display":"{DOC}"}},"authoredOn":"{ISODATE}","note":[{{"text":"interpreter needed"}}]}}',
    '{{"resourceType":"Appointment","participant":[{{"actor":{{"display":"{NAME}"}}}},{{"actor":{{"display":"Dr. {SURNAME}"}}}}],"start":"{TS}"}}',
    "GET /fhir/R4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "GET /fhir/R4/Patient?telecom={E164}&_count=5 {STATUS} {MS}ms",
    "fhir-gw WARN ambiguous match name={NAMEQ}&address-postalcode={ZIP} candidates=3",
    '{{"resourceType":"OperationOutcome","issue":[{{"severity":"error","diagnostics":"Patient/{PTUUID} birthDate {ISODATE} conflicts with MRN {MRN}"}}]}}',
    # key=value / JSON events
    "level=info ts={TS} svc=mychart event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=mychart event=login_fail user={USER} ip={IP} reason=mfa_timeout n=3",
    'level=error ts={TS} svc=sched msg="interpreter not booked" patient="{NAME}" lang=hmn req={REQID}',
    'level=info ts={TS} svc=sched event=booked pt="{LASTFIRST}" lang=som interp="{FIRST}" slot={ISODATE}',
    'ts={TS} app=ivr from={PHONE} cid_name="{NAMEUP}" menu=hmong dur={MS}',
    "ts={TS} app=ivr event=callback phone={E164} lang=kar queue={QUEUE}",
    "ts={TS} app=sms dir=out to={E164} tmpl=appt_reminder first={FIRST} appt={ISODATE}",
    'ts={TS} app=sms dir=in from={E164} body="its {FIRST} i cant come {MD}"',
    'ts={TS} app=sms dir=in from={PHONE} body="stop texting {FIRST} {SURNAME} she passed"',
    '{{"ts":"{TS}","event":"address_change","mrn":"{MRN}","old":"{STREET}","new":"{STREET}","by":"{USER}"}}',
    '{{"ts":"{TS}","event":"proxy_granted","proxy":"{NAME}","patient":"{NAME}","rel":"son"}}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}"}}',
    '{{"level":"error","msg":"geocode failed","addr":"{RURAL}","city":"{CITY}","zip":"{ZIP}","ms":{MS}}}',
    '{{"level":"warn","msg":"return to sender","to":"{STREETLINE}, {CITY} {STATE} {ZIP}","letter":"{OTHER}"}}',
    '{{"event":"ride_booked","rider":"{LASTFIRST}","pickup":"{HOUSING}","city":"{CITY}","van":"{PLATE}"}}',
    '{{"event":"nemt_noshow","rider":"{NAME}","pickup":"{RURAL}","driver":"{USER}","vin":"{VIN}"}}',
    '{{"event":"telehealth_join","pt":"{MRN}","display":"{NAME}","ip":"{IP}","ua":"Android 14"}}',
    '{{"event":"telehealth_drop","room":"{REQID}","participant":"{FIRST} (interpreter)","ip":"{IP}","after_s":{MS}}}',
    '{{"event":"interp_request","lang":"Karen","pt_name":"{NAME}","dob":"{USDATE}","callback":"{PHONE}"}}',
    'event=interp_done lang=Oromo interp_id={OTHER} pt="{NAME}" mins=42',
    'event=waitlist_update organ=kidney pt="{LASTFIRST}" unos={OTHER} status=active',
    'event=donor_workup donor="{NAME}" recipient_mrn={MRN} dob={ISODATE} phone={PHONE}',
    'event=hospice_visit rn={USER} pt="{NAME}" addr="{RURAL}" mileage=63 start={TS}',
    'event=death_recorded pt="{NAMEUP}" mrn={MRN} tod={TS} pronounced_by="{DOC}"',
    'event=well_child pt="{FIRST} {SURNAME}" dob={ISODATE} guardian="{NAME}"',
    'event=prc_referral ihs_hrn={MRN} tribal_id={TRIBAL} pt="{LASTFIRST}" approved=false',
    "prc-auth: {OTHER} denied for {LNUP} {FNUP} (not within CHSDA, res={CITYUP})",
    # access logs
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /mychart/messages?to={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (iPhone)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0600] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}_AVS.pdf HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "POST /forms/intake?name={NAMEQ}&dob={ISODATE}&zip={ZIP} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /find?last={LNLOW}&first={FNLOW} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} +0000] "GET /rx/status?email={EMAIL} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /video/join/{REQID}?pt={FNLOW}.{LNLOW} HTTP/1.1" 302 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /fax/out/{LNLOW}-{HLDATE}.tif HTTP/1.1" 404 {BYTES}',
    "[{CLFDATE}:{CLOCK}] [proxy:error] [pid {PIDN}] [client {IP}] AH01114: upstream timed out, referer: https://forms.example/?pt={NAMEQ}",
    '{IP} {USER} "{TS}" GET /api/v2/patients/{MRN}/documents {STATUS} {MS}ms',
    # stack traces / app errors
    "Traceback (most recent call last): ... ValueError: cannot parse dob '{USDATE}' for {NAME}",
    'File "intake/views.py", line 212, in save: IntegrityError: duplicate key (mrn)=({MRN}) name="{LASTFIRST}"',
    "java.lang.IllegalStateException: Guarantor {LNUP}, {FNUP} missing for account {ACCOUNT}",
    "  at org.clinic.billing.Statement.render(Statement.java:88) addr='{STREETLINE}, {CITY}'",
    "NullPointerException in InterpreterMatcher for patient {NAME} (lang=hmn) at {TS}",
    "KeyError: 'dob' while processing referral for {NAME} <{EMAIL}>",
    "UnicodeEncodeError: 'latin-1' codec can't encode character in '{NAME}' position 3",
    "ERROR name normalization collapsed '{NAME}' to '{NAMEUP}' (mrn {MRN})",
    "WARN nickname '{NICK}' stored as legal first name for {MRN}",
    "panic: nil map write in SmsSender.send(to={E164}, name={FIRST})",
    "RuntimeError: translation service returned empty text for message from {FIRST} {SURNAME}",
    # SQL
    'ERROR:  duplicate key value violates unique constraint "pt_ssn_key" DETAIL:  Key (ssn)=({SSN}) already exists.',
    "ERROR:  value too long for type character varying(20) STATEMENT: UPDATE patient SET last_name='{SURNAME}' WHERE mrn='{MRN}'",
    "LOG:  duration: {MS} ms  statement: SELECT * FROM patient WHERE lower(last_name)='{LNLOW}' AND dob='{ISODATE}'",
    "ORA-00001: unique constraint (EHR.PT_EMAIL_UK) violated :: email={EMAIL}",
    "sqlite3.OperationalError: database is locked (INSERT INTO callbacks VALUES ('{PHONE}','{FIRST}'))",
    "mysql> UPDATE addresses SET line1='{STREETLINE}', city='{CITY}', zip='{ZIP}' WHERE acct={ACCOUNT}; -- ERROR 1205",
    "deadlock detected: process {PIDN} waits for ShareLock; query: DELETE FROM proxies WHERE proxy_name='{NAME}'",
    # SSO / LDAP / audit
    "sshd[{PIDN}]: Failed password for {USER} from {IP} port 52211 ssh2",
    "sshd[{PIDN}]: Accepted publickey for {USER} from {IP}",
    "okta: user.session.start actor={STAFFEMAIL} client_ip={IP} outcome=SUCCESS",
    "okta: user.authentication.auth_via_mfa actor={STAFFEMAIL} ip={IP} result=DENY",
    "ldap: bind dn=uid={USER},ou=clinicians,dc=northstar,dc=example result=49",
    'ldap: modify cn="{NAME}" mail={STAFFEMAIL} telephoneNumber={PHONE}',
    "AD: account {USER} locked after 5 bad attempts from {IP}",
    "audit: {USER} opened chart {MRN} ({LASTFIRST}) reason=treatment ts={TS}",
    'audit: BREAK_GLASS user={USER} patient={MRN} name="{NAME}" reason="VIP review"',
    "audit: {USER} printed AVS for {NAME} dob {USDATE} at {TS}",
    "audit: {USER} exported 1 record ({MRN}) to {EMAIL}",
    "audit: record viewed by {DOC} from {IP}, relationship=family member (flagged)",
    "saml: NameID={STAFFEMAIL} SessionIndex={REQID} issued={TS}",
    # fax / IVR / phone
    'fax-in: from={FAX} pages=6 to=HIM subject="records for {NAME}" rcvd={TS}',
    "fax-out: to={FAX} job={OTHER} pt={MRN} status=busy retries=3",
    "FAXCOVER To: Dr. {SURNAME} Fax: {FAX} From: {DOC} Re: {NAME} DOB {USDATE}",
    "efax: inbound {FAX} -> queue {QUEUE} file={LNLOW}_{FNLOW}_{HLDATE}.pdf",
    "ivr: caller {PHONE} entered dob {HLDATE} mrn {MRN} -> matched {NAMEUP}",
    'ivr: voicemail from {INTLPHONE} transcribed "this is {FIRST} calling for my mother"',
    'call-rec: agent={USER} caller={PHONE} name="{NAME}" dur={MS}s interp=som',
    "nurseline: triage call from {PHONE} re child {FIRST} {SURNAME} age 3 disp=ED",
    # pharmacy / NCPDP / X12
    "NCPDP B1 rejected 75 PA required: {OTHER} cardholder={PLAN} pt={LNUP},{FNUP} dob={HLDATE}",
    "NCPDP claim: BIN 610014 PCN MEDDPRIME grp RX4471 id={PLAN} prescriber NPI={NPI}",
    "rx-refill: {OTHER} for {NAME} ready at pickup; text sent to {E164}",
    "erx: NEWRX from {DEA} ({LASTFIRST}) for patient {NAME} dob {ISODATE}",
    "pdmp: query by {USER} for {LNUP}, {FNUP} dob {USDATE} states=MN,WI,ND,SD results=2",
    "ISA*00*          *00*          *ZZ*NSUMC*ZZ*MNDHS*{HLDATE}*1230*^*00501*{OTHER}*0*P*:~",
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{MEDICAID}~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    "NM1*85*1*{LNUP}*{FNUP}****XX*{NPI}~",
    "NM1*PR*2*BLUE PLUS*****PI*00720~NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~",
    "CLM*{ACCOUNT}*412.50***11:B:1*Y*A*Y*Y~",
    "REF*EA*{MRN}~DTP*472*D8*{HLDATE}~",
    "X12 277 status A7 for claim {OTHER} patient {LNUP},{FNUP} dos {HLDATE}",
    "271: subscriber {LNUP}/{FNUP} id {PLAN} active, PCP {NPI}",
    "835 CLP*{ACCOUNT}*1*300*0**MC*{OTHER}~NM1*QC*1*{LNUP}*{FNUP}~",
    # device telemetry
    "cgm-ingest: device={DEVICE} pt={MRN} glucose=54 trend=down alert=urgent_low ts={TS}",
    "pump-sync: sn={DEVICE} user={USER} basal=0.85 battery=12% ts={TS}",
    "o2-concentrator: serial={DEVICE} flow=3.0 alarm=low_purity loc={CITY}",
    "rpm: bp cuff {IMEI} reading 168/102 for {NAME} at {TS}",
    "rpm: scale {MAC} weight +2.1 kg in 24h pt={MRN} -> CHF nurse {USER}",
    "hearing-aid app: paired {MAC} to phone of {FIRST} {SURNAME}",
    "tablet-mdm: device {IMEI} assigned to {NAME} (telehealth loaner) addr={RURAL}",
    "pacer-remote: {DEVICE} transmission for {LASTFIRST} dob {ISODATE} AF burden 14%",
    "cpap-cloud: {DEVICE} usage 2.1h/night user={USER}",
    "gps: ambulance unit 7 vin={VIN} pickup {RURAL} {CITY} eta 38 min",
    "fleet: hospice car {PLATE} mileage logged by {USER} to {CITY}",
    # CSV rows and file names
    "{MRN},{LNUP},{FNUP},{ISODATE},{PHONE},{ZIP},hmn,Y",
    "{LASTFIRST},{USDATE},{STREETLINE},{CITY},{STATE},{ZIP}",
    '"{NAME}","{EMAIL}","{PHONE}","som","interp"',
    "{ACCOUNT};{SURNAME};{FIRST};{PLAN};{MEDICAID};open",
    "{OTHER}|{NAME}|{SSN}|{USDATE}|{CITY}",
    "roster.csv line 88: {FIRST},{SURNAME},{TRIBAL},{HOUSING},{CITY}",
    "waitlist_export: {LNUP},{FNUP},{MRN},{ISODATE},kidney,{PHONE}",
    "upload ok: /scans/intake/{LNLOW}_{FNLOW}_{HLDATE}.pdf ({BYTES} bytes)",
    "moved /fax/in/{FAX}_{HLTS}.tif -> /him/{MRN}/",
    "file not found: C:\\Users\\{USER}\\Desktop\\{LNLOW} {FNLOW} consent.docx",
    "s3 put s3://ns-img/peds/{MRN}/{FNLOW}_{LNLOW}_xray.dcm {BYTES}",
    "sftp: {USER}@{IP} uploaded {LNLOW}{FNLOW}_{HLDATE}.hl7",
    "attachment: IMG_4471 {FIRST} {SURNAME} rash.jpg from {E164}",
    # misc app lines
    "notify: sending reminder to {NAME} <{EMAIL}> for {ISODATE}",
    "mailer: bounce {EMAIL} (550 no such user) pt={MRN}",
    "mailer: letter queued to {NAME}, {POBOX}, {CITY} {STATE} {ZIP}",
    "geo: {STREETLINE} {CITY} resolved outside service area (county 137)",
    "geo: cannot resolve '{HOUSING}' -> using tribal housing office",
    "portal: proxy request by {NAME} ({EMAIL}) for minor {FIRST} {SURNAME} dob {ISODATE}",
    "portal: account {USER} linked to {MRN}; mfa phone {E164}",
    "webhook: POST {URL} -> {STATUS} in {MS}ms",
    "crawler blocked: {IP} requested {URL}",
    "link-preview: {URL} shared by {USER}",
    "chatbot: user said 'my name is {NAME} and my dob is {USDATE}' intent=identify",
    "chatbot: PII detected in message from {E164}: ssn={SSN}",
    'translate: src=hmn tgt=en text="kuv yog {HMFIRST} {CLAN}" ms={MS}',
    'translate: src=so tgt=en text="magacaygu waa {SOMALI}" ms={MS}',
    "kiosk[3]: check-in {LASTFIRST} dob {HLDATE} license {DL} scanned",
    "kiosk[1]: insurance card ocr member={PLAN} name={NAMEUP}",
    "badge: {USER} entered OR-4 at {CLOCK} on {ISODATE}",
    "parking: plate {PLATE} validated for {NAME} ramp B",
    "security: trespass notice for {NAME}, vehicle {PLATE}",
    "ambulance billing: run {OTHER} pt {LASTFIRST} from {RURAL} to {CITY} loaded miles 71",
    "DEBUG scrubber skipped field 'note': 'pt {NAME} lives at {STREETLINE}'",
    "WARN pii in log key=guardian value={NAME}",
    "INFO sms opt-out {E164} ({FIRST})",
    "INFO bed board: 4E-12 {LASTFIRST} age {AGEN} fall risk",
    "WARN age>89 flag for {MRN}: age {AGEN}",
    "census: {NAMEUP} rm 210 age {AGE} hospice GIP",
    "tele-sitter: camera 6 assigned {LASTFIRST} by {USER}",
    "lab-courier: specimen for {MRN} picked up at {CITY} clinic by {USER}",
    "ice-road alert: home visit to {RURAL} cancelled for {NAME}",
    "dispatch: welfare check {STREETLINE} {CITY} caller {PHONE} re {NAME}",
    "snowplow request: hospice pt {NAME} at {RURAL}, county {CITY}",
    "VA-CCN: referral {OTHER} veteran {LASTFIRST} ssn {SSN}",
    "IHS RPMS: HRN {MRN} {LNUP},{FNUP} {HLDATE} registered at {CITYUP} service unit",
    "tribal-clinic sync: enrollment {TRIBAL} for {NAME} verified by {USER}",
    "dental-sched: {NAME} moved to {ISODATE} by {USER}",
    "wic-referral: infant {FIRST} {SURNAME} dob {ISODATE} mother {NAME} phone {PHONE}",
    "immunization: MIIC query for {LNUP},{FNUP} dob {HLDATE} returned 14 doses",
    "immunization: WIR push failed for {MRN} reason=address '{STREETUP}'",
    "newborn screen: kit {DEVICE} baby {LNUP} mother {LNUP},{FNUP} collected {HLTS}",
    "transport: ambulette {PLATE} driver {USER} pt {NAME} dialysis {ISODATE}",
    "lost&found: wallet with license {DL} belonging to {NAME} at info desk",
    "donor-portal: {EMAIL} registered as living donor for {NAME}",
    "coroner: release of {NAMEUP} ({AGEN}) to funeral home requested by {NAME}",
    "release: ROI for {NAME} to attorney fax {FAX}, ref {OTHER}",
    "health-info: record amendment request by {NAME} dob {ISODATE} (name spelling)",
]
LOGS += [
    "MSH|^~\\&|RPMS|IHS-PR|||{HLTS}||ADT^A04|{OTHER}|P|2.4\rPID|1||{MRN}^^^IHS^HRN||{LNUP}^{FNUP}||{HLDATE}|M|||{HOUSING}^^{CITYUP}^{STATE}^{ZIP}",
    "PID|1||{MRN}||{LNUP}^{FNUP}^{MIDUP}^{MIDUP}||{HLDATE}|F||2106-3|{STREETLINE}^^{CITY}^{STATE}^{ZIPNINE}",
    "NK1|3|{LNUP}^{FNUP}|GMO^Grandmother|{RURAL}^^{CITY}^{STATE}^{ZIP}",
    "ZPD|1|{TRIBAL}|{LNUP}^{FNUP}|enrolled",
    '{{"resourceType":"Patient","name":[{{"text":"{NAME}"}}],"contact":[{{"name":{{"text":"{NAME}"}},"telecom":[{{"value":"{PHONE}"}}]}}]}}',
    '{{"resourceType":"Consent","patient":{{"display":"{NAME}"}},"performer":[{{"display":"{NAME} (mother)"}}],"dateTime":"{TS}"}}',
    '{{"level":"info","svc":"hospice","msg":"on-call page","pt":"{LASTFIRST}","family_phone":"{PHONE}","ts":"{TS}"}}',
    '{{"level":"warn","svc":"peds","msg":"custody flag","child":"{FIRST} {SURNAME}","restricted":"{NAME}"}}',
    'level=info svc=txp event=crossmatch donor="{NAME}" recip="{NAME}" result=neg ts={TS}',
    'ts={TS} app=portal event=msg_sent from={USER} subject="refill for {FIRST}"',
    "WARN sms.body contains possible ssn {SSN} from {E164}",
    "clinic-wifi: dhcp lease {IP} to {MAC} hostname={FNLOW}s-iphone",
    "vpn: {USER} connected from {IP} (home, {CITY})",
    "rdp: logon {USER} from {IP} to HIM-WS12",
    "cups: job {PIDN} '{LNLOW}_{FNLOW}_labels' printed by {USER}",
    "drug-return: pt {NAME} ({MRN}) returned 14 tabs oxycodone to {DOC}",
    "vaccine-clinic: walk-in {NAME} dob {USDATE} lot ER8731 site L deltoid",
    "lab: critical K 6.4 for {LASTFIRST} called to {DOC} at {CLOCK}",
    "imaging: study for {NAMEUP} dob {HLDATE} sent to {IP}:104",
    "dicom: (0010,0010) PatientName={LNUP}^{FNUP} (0010,0030) {HLDATE}",
    "dicom: (0010,1040) PatientAddress={STREETUP} {CITYUP}",
    "pager: 4E rn {USER} -> {DOC}: bed 12 {SURNAME} sats 86%",
]

NOTES = [
    # HPI
    "HPI: {NAME} is a 58 y/o Hmong-speaking woman seen {DATE} for epigastric pain x3 wks. Son {FIRST} interpreted initially; professional interpreter {FIRST} joined by phone.",
    "HPI: {LASTFIRST}, DOB {USDATE}, presents with hand laceration from a boning knife at the pork plant. Supervisor {NAME} drove pt.",
    "HPI: {SOMALI} is a 44 y/o with T2DM presenting during Ramadan with dizziness; fasting since {MD}.",
    "HPI: Pt {NAME} ({AGE} yo) from {CITY} presents with 2 days of confusion per granddaughter {FIRST}.",
    "HPI: {FIRST} {SURNAME} is a 7 y/o brought by mother {NAME} for wheeze; lives above a bakery on {STREET}.",
    "HPI: Dairy farmer {NAME}, kicked by a cow {MD}; rib pain, no dyspnea.",
    "HPI: {NAME} is a {AGEN} y/o Norwegian-speaking man (uses English) with CHF; daughter {FIRST} manages meds.",
    "HPI: {NATIVE}, enrolled member, presents to IHS clinic with foot ulcer; drove from {RURAL}.",
    "HPI: Karen-speaking pt {NAME} arrived {MONYEAR}; latent TB on screening. Caseworker {NAME}, {PHONE}.",
    "HPI: Pt {LASTFIRST} seen by telehealth from the {CITY} library; video dropped twice.",
    "HPI: {NAME} is a 31 y/o G4P3 Guatemalan woman (Mam-speaking) at 29 wks, first prenatal visit {DATE}.",
    "HPI: Iraqi-born pt {NAME}, DOB {DATE}, seen at the east-side clinic for chronic low back pain.",
    "HPI: {FIRST} {SURNAME}, 66, Oromo-speaking, with new dysphagia; nephew {FIRST} at bedside.",
    "HPI: {NAME} returns after kidney transplant ({MONYEAR}); creatinine up. Donor was brother {NAME}.",
    "HPI: Lakota elder {NATIVE}, {AGEN}, hospice-eligible, wants to die at home at {HOUSING}, {CITY}.",
    "HPI: {NAME} presents after ATV rollover on {ROAD} near {CITY}.",
    "HPI: 3 mo infant {FIRST} {SURNAME} brought by parents {FIRST} and {FIRST} for poor feeding.",
    "HPI: {NAME} (Tibetan, DOB {USDATE}) with HBV; prefers Tibetan interpreter; lives in {CITY}.",
    # A/P
    "A/P: 1) CKD 4 - transplant referral placed; coordinator {NAME} ({PHONE}). 2) HTN - continue amlodipine.",
    "A/P: Frostbite digits 3-4 R hand after snowmobile breakdown on {ROAD}. Wound care; f/u {MD} with {DOC}.",
    "A/P: Latent TB - rifampin x4 mo; DOT via public health nurse {FIRST} {SURNAME}.",
    "A/P: Hospice discussion with pt and wife {NAME}; DNR signed {DATE}. Chaplain {NAME} to visit.",
    "A/P: Gestational DM; diet per WIC; recheck {MD}. Husband {FIRST} works nights at the meat plant.",
    "A/P: Suspected elder neglect; APS report filed {DATE}, intake worker {NAME}, ref {OTHER}.",
    "A/P: Depression, PHQ-9 19. Referred to Somali-speaking therapist {NAME}.",
    "A/P: Farmer's lung likely; avoid moldy hay. F/u in {CITY} outreach clinic {MD}.",
    "A/P: Child {FIRST} lead level 12; home inspection at {STREETLINE} {CITY} requested.",
    "A/P: Anemia in pt {NAME}; iron; recheck CBC {MD}. -{INITS}",
    # SBAR / handoff
    "SBAR. S: {NAME} in 4E-12 with new AF RVR. B: POD2 CABG. A: HR 148. R: page {DOC}.",
    "SBAR to {DOC}: pt {SURNAME}, {AGEN} yo, sats 88% on 2L, family {FIRST} requests comfort care.",
    "Handoff to {FIRST} RN: {SURNAME} bed 7, NPO, Hmong interpreter booked 0800, son {FIRST} {PHONE}.",
    "Handoff: {LASTFIRST} - fall risk, restraints off, daughter {NAME} staying overnight.",
    "Night handoff: pt {NAME} pulled IV x2; sitter {FIRST} at bedside; wife {FIRST} aware.",
    "I-PASS: Illness stable. Pt {NAME}, MRN {MRN}. Action: AM BMP. Contingency: call {DOC}.",
    # Home visits
    "Home visit {DATE}: drove 54 mi to {RURAL}. Pt {NAME} alone; wood stove; no running water in winter.",
    "Home visit: tribal housing {HOUSING}, {CITY}. Grandson {NICK} helps with meds. CHR {NAME} present.",
    "Home visit: farmhouse at {RURAL} {CITY} {STATE} {ZIP}; road unplowed, used neighbor {NAME}'s tractor lane.",
    "PHN visit to {STREETLINE} {UNIT} for newborn {FIRST} {SURNAME}; mother {NAME} breastfeeding well.",
    "Home safety eval: {NAME}, {AGEN}, lives at {STREETLINE}, {CITY}. Grab bars recommended.",
    "Hospice RN visit {DATE} at {RURAL}: pt {NAME} comfortable; family {FIRST}, {FIRST} and {FIRST} present.",
    "Hospice death visit: pronounced {NAME} at {CLOCK} on {DATE}; funeral home notified; daughter {NAME}.",
    # Social work
    "SW: Met with {NAME} and husband {FIRST}; housing unstable, staying with cousin at {STREET}. Rent help via county.",
    "SW: Refugee family {SURNAME} (9 members) arrived {MONYEAR}; resettlement agency case {OTHER}; caseworker {NAME} {PHONE}.",
    "SW: Pt {NAME} requests help with SSI; SSN {SSN} verified; appt at SSA {CITY} office {MD}.",
    "SW: Guardianship: {NAME} appointed guardian of {NAME} by court {DATE}.",
    "SW: Transportation barrier; pt lives at {RURAL}; NEMT set up; driver {NAME}.",
    "SW: Spoke with tribal social services ({NAME}) re: ICWA notice for infant {FIRST} {SURNAME}.",
    "SW: Pt {NAME} reports no heat at {STREETLINE}; energy assistance application started.",
    "SW: Meat plant injury; workers comp claim {OTHER}; HR contact {NAME}, fax {FAX}.",
    "SW: Immigration attorney {NAME} requests records; ROI signed {DATE}; fax to {FAX}.",
    # Pharmacy
    "Pharmacy: called {NAME} at {PHONE} re: warfarin and new antibiotic; INR check {MD}.",
    "Pharmacy: mail-order insulin shipped to {STREETLINE}, {CITY} {STATE} {ZIP}; ice packs.",
    "Pharmacy: Rx transfer from {CITY} pharmacy, RPh {NAME}, license {LICENSE}.",
    "Pharmacy note: pt {LASTFIRST} uses Hmong herbal tea; counseled via interpreter {FIRST}.",
    "Pharmacy: PA {OTHER} approved for semaglutide; member {PLAN}.",
    "Med rec with daughter {NAME}: pt {NAME} takes 11 meds; pill box filled weekly by {FIRST}.",
    "Pharmacy: blister packs delivered to {HOUSING} {CITY}; signed by {NAME}.",
    # Billing
    "Billing: guarantor {NAME}, acct {ACCOUNT}. IHS PRC pending; do not send to collections.",
    "Billing: claim {OTHER} denied CO-16; resubmitted {DATE} with MBI {MBI}. -{INITS}",
    "Billing: self-pay discount approved for {NAME}, household 7, eff. {DATE}.",
    "Billing: statement returned; new address {POBOX}, {CITY} {STATE} {ZIP}.",
    "Billing: MA ID {MEDICAID} termed {MONYEAR}; pt reapplying. Acct {ACCOUNT}.",
    "Billing: payment plan for {LASTFIRST}, $40/mo, card on file ending 4471.",
    "Billing: worker comp carrier adjuster {NAME}, phone {PHONE}, claim {OTHER}.",
    # Interpreter notes
    "Interpreter: Hmong, in person, {NAME} (ID {OTHER}). Pt and daughter {FIRST} understood teach-back.",
    "Interpreter: Somali via video, {FIRST} #{OTHER}. Hooyo declined; prefers son {SOMALI} but advised professional.",
    "Interpreter: Karen by phone ({OTHER}); call dropped; redialed, interpreter {FIRST}.",
    "Interpreter: K'iche' relay via Spanish; {NAME} (Spanish) and {NAME} (K'iche').",
    "Interpreter: Arabic (Iraqi dialect) in person, {NAME}; pt {NAME} preferred female.",
    "Interpreter: Oromo not available; used Amharic per pt preference; interpreter {FIRST}.",
    "Interpreter: Ojibwe language used by pt's grandmother {NATIVE}; grandson {FIRST} interpreted informally.",
    "Interpreter: ASL, {NAME}; pt {NAME} Deaf since birth.",
    "Interpreter: Tibetan via phone, {FIRST} {SURNAME}; amala's name spelled as on passport.",
    "Interpreter: Nepali for Bhutanese pt {NAME}; interpreter {FIRST} (ID {OTHER}).",
    # Transplant / peds / telehealth / IHS
    "Transplant: living donor eval for {NAME} (donor, DOB {USDATE}) to recipient {NAME} (MRN {MRN}).",
    "Transplant selection committee {DATE}: {LASTFIRST} approved for listing; UNOS {OTHER}.",
    "Transplant: post-op day 5, pt {NAME}; tacrolimus trough 9.2; caregiver {NAME} trained.",
    "Peds: WCC for {FIRST} {SURNAME}, DOB {DATE}; mother {NAME}; shots given; next visit {MD}.",
    "Peds: NICU grad {FIRST} {SURNAME}, born {DATE} at 29 wks; home O2; PHN {NAME}.",
    "Peds: school note faxed to {FAX} for {FIRST}; asthma action plan attached.",
    "Telehealth: video visit with {NAME} at home ({CITY}); pt consented; IP {IP} logged.",
    "Telehealth: audio-only with {NAME} at {PHONE}; identity confirmed with DOB {USDATE}.",
    "Telehealth: tablet loaner IMEI {IMEI} issued to {NAME}; return by {MD}.",
    "IHS: PRC referral for {NATIVE}, HRN {MRN}, tribal enrollment {TRIBAL}; residence {HOUSING}, {CITY}.",
    "IHS: CHR {NAME} to check BP at home on {ROAD} weekly.",
    "Tribal clinic: elder {NATIVE} ({AGEN}) wants traditional healer {NAME} present for visit.",
    "Tribal clinic: diabetes program enrolled {NAME}; shoes fitted; foot exam {DATE}.",
    # Registration / misc
    "Registration: name corrected from {NAME} to {NAME} per passport; alias kept.",
    "Registration: DOB listed as {DATE} (refugee-assigned Jan 1); pt unsure of true DOB.",
    "Registration: new address {STREETLINE}, {CITY}, {STATE} {ZIP}; phone {PHONE}; email {EMAIL}.",
    "Registration: emergency contact {NAME}, relationship aunt, {INTLPHONE}.",
    "Registration: ID verified, MN DL {DL}; insurance {PLAN}.",
    "Registration: plate {PLATE} noted for disability parking permit.",
    "Registration: pt arrived by own car, VIN {VIN}, for MVA record.",
    "Registration: portal username {USER} created; recovery email {EMAIL}.",
    "ED triage: {NAME}, {AGE} y/o, brought by EMS from {STREETLINE}; pt states name as {NICK}.",
    "ED: MVC on Hwy 2 near {CITY}; driver {NAME}, passenger {NAME}; both belted.",
    "ED: pt {NAME} bitten by farm dog at {RURAL}; dog owner {NAME}, phone {PHONE}.",
    "ED: Chemical splash at the dairy (iodine teat dip); pt {NAME}; eyes irrigated.",
    "ED: ice fishing house CO exposure; pts {NAME} and {NAME}; COHb 22%.",
    "ED: Pt {NAME} refuses transfer to the cities; AMA signed {DATE}.",
    "Discharge: {NAME} to home with wife {FIRST} at {STREETLINE}, {CITY}. F/u {DOC} {MD}.",
    "Discharge: to TCU in {CITY}; report called to {NAME}, RN, {PHONE}.",
    "Discharge summary: {LASTFIRST}, adm {DATE}, d/c {DATE}. Dx: CAP. PCP {DOC}.",
    "Consult: Thank you Dr. {SURNAME} for referring {NAME}, a {AGE}-year-old man with dysphagia.",
    "Referral letter: Dear Dr. {SURNAME}, I am referring {NAME} (DOB {USDATE}) for cataract evaluation.",
    "Letter: To whom it may concern, {NAME} was seen in our clinic on {DATE} and may return to work {MD}.",
    "Letter: {NAME} is under my care and cannot lift more than 10 lbs at the plant until {DATE}.",
    "Phone note: {NAME} called from {PHONE} re: fever in son {FIRST}; advised ED.",
    "Phone note: {FIRST} (daughter) calling for {NAME}; HIPAA release on file.",
    "Phone note: returned call to {INTLPHONE}; spoke with brother {NAME} in Somalia.",
    "Phone note: voicemail left at {PHONE} for {NAME}.",
    "Portal message from {NAME}: 'my sugar 320 what do i do' - called pt back at {PHONE}.",
    "Family meeting {DATE}: present {NAME} (wife), {NAME} (son), {NAME} (daughter), {DOC} (palliative).",
    "Family hx: mother {FIRST} d. age 61 stroke; father {FIRST} d. {MONYEAR} in camp; sister {FIRST} DM.",
    "Social hx: lives with husband {FIRST} and 6 children at {STREETLINE}, {CITY}. Works at the turkey plant.",
    "Social hx: retired logger; lives alone at {RURAL} near {CITY}; neighbor {NAME} checks daily.",
    "Social hx: Hutterite colony near {CITY}; colony boss {NAME} manages payment.",
    "Social hx: lives on reservation at {HOUSING}; raises horses; grandson {FIRST} lives with pt.",
    "Social hx: came from a camp in Kenya {MONYEAR}; lives at {STREETLINE} {UNIT} with aunt {SOMALI}.",
    "OB: EDD {DATE}; FOB {NAME}; planning delivery at {CITY} CAH; doula {NAME}.",
    "OB: postpartum visit; baby {FIRST} born {DATE} at home in {CITY}; no prenatal care.",
    "Dental: {NAME} extraction #19; escort {NAME}; post-op call {PHONE}.",
    "Eye: diabetic retinal exam for {NAME} via teleretinal camera {DEVICE}.",
    "Audiology: {NAME} fit with bilateral aids, serials {DEVICE} and {DEVICE}.",
    "DME: CPAP {DEVICE} delivered to {STREETLINE} {CITY}; RT {NAME}.",
    "DME: wheelchair order for {NAME}; vendor contact {NAME} {PHONE} fax {FAX}.",
    "Device clinic: ICD {DEVICE} interrogated for {LASTFIRST}; remote monitor MAC {MAC}.",
    "Wound clinic: {NAME} ulcer L heel; photos uploaded to {URL}.",
    "Research: {NAME} consented to biobank; study ID {OTHER}; contact {EMAIL}.",
    "QI: chart {MRN} ({NAME}) reviewed for sepsis bundle; reviewer {DOC}.",
    "Risk: incident {OTHER}: pt {NAME} fell in bathroom; witnessed by {NAME}, CNA.",
    "Security: visitor {NAME} restricted per pt {NAME}; photo on file.",
    "Chaplain: prayed with {NAME} and family; imam {NAME} called at {PHONE}.",
    "Chaplain: Lutheran pastor {NAME} visited {NAME}; communion given.",
    "Spiritual care: txiv neeb (shaman) {NAME} performed ceremony; string on wrist to remain per family.",
    "Nutrition: {NAME} eats injera daily; teff okay; daughter {FIRST} cooks.",
    "PT: {NAME} ambulated 150 ft with walker; wife {FIRST} trained.",
    "OT: {NAME} ({AGEN}) independent with ADLs except bathing.",
    "RT: home O2 set up for {NAME} at {RURAL}; concentrator {DEVICE}.",
    "Case mgmt: {NAME} to SNF in {CITY}; bed offer from {NAME}, admissions, {PHONE}.",
    "Case mgmt: MA waiver case manager {NAME}, {EMAIL}, fax {FAX}.",
    "Death note: {NAME} expired {DATE} at {CLOCK}; family {NAME} at bedside; ME not notified.",
    "Autopsy declined by next of kin {NAME} ({PHONE}).",
    "Organ donation: LifeSource notified {TS}; ref {OTHER}; family {NAME}.",
    # Signatures / cc
    "cc: {DOC}, MD; {DOC}, NP; {NAME}, LICSW",
    "cc: {NAME}, RN (hospice); {DOC}, MD (palliative); fax {FAX}",
    "cc: PCP {DOC} at {CITY} Clinic; fax {FAX}",
    "Signed: {DOC}, MD {DATE}",
    "Electronically signed by {DOC}, PA-C on {DATE} at {CLOCK}",
    "Dictated by {DOC}, MD. Transcribed by {INITS} {DATE}.",
    "-- {INITS}, RN",
    "{DOC}, DO | NPI {NPI}",
    "Attestation: I, {DOC}, saw and examined the patient with resident {NAME}.",
    "Scribe {NAME} documented for {DOC}.",
    "Reviewed by {DOC}, PharmD {DATE}",
    "Co-signed {DOC} {USDATE} {CLOCK}",
    "Note by {FIRST} {SURNAME}, CHW",
    "Interpreter present: {NAME} (Hmong). Signed {DOC}, CNM",
    "/s/ {DOC}, LPN",
    "{INITS}/{INITS} {USDATE}",
    # Interface fields pasted
    "Interface: PID-5 {LNUP}^{FNUP}^{MIDUP} PID-7 {HLDATE} PID-11 {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    "Pasted from fax: 'Patient: {NAMEUP}  DOB: {USDATE}  Member#: {PLAN}'",
    "Pasted: {LASTFIRST} | {MRN} | {USDATE} | {PHONE}",
    "Outside records from {CITY} Medical Center for {NAME}, received {DATE} via fax {FAX}.",
    # more varied
    "Pt {NAME} states her name is spelled {NAME}; chart updated.",
    "Pt goes by {NICK}; legal name {NAME}.",
    "Mr. {SURNAME} and Mrs. {SURNAME} both seen today; separate charts.",
    "Ms. {SURNAME}'s sister {NAME} is POA (papers dated {DATE}).",
    "Pt's grandmother {FIRST} ({AGEN}) raised her; lives in {CITY}.",
    "Emergency contact: {NAME}, brother, {PHONE}; alt {INTLPHONE}.",
    "Pt unable to give address; 'lives by the elevator on {ROAD}'. Sister {FIRST} confirms {RURAL}.",
    "Address confirmed: {POBOX}, {CITY}, {STATE} {ZIP}. No street delivery.",
    "Mailing {POBOX}; physical {RURAL}, {CITY} {ZIPNINE}.",
    "Pt's SSN {SSN}, MRN {MRN}, acct {ACCOUNT} verified by {INITS}.",
    "Medicare {MBI}; secondary MA {MEDICAID}.",
    "Dr. {SURNAME} (NPI {NPI}, DEA {DEA}) prescribing.",
    "Prescriber license {LICENSE}; supervising {DOC}.",
    "Family uses email {EMAIL} and phone {PHONE}; prefers text.",
    "Pt's caregiving blog {URL}; pt consents to team reading.",
    "Pt age {AGEN}; lives independently; drives to church in {CITY}.",
    "Centenarian: {NAME}, {AGEN} today; cake at the nursing home in {CITY}.",
    "{NAME} is a {AGEN}-year-old former iron miner from {CITY}.",
    "Pt ({AGE} y/o) and wife {FIRST} ({AGE}) married 71 years.",
    "Snowmobile accident {MD} on trail near {CITY}; companion {NAME} called 911 from {PHONE}.",
    "Deer-vehicle collision, truck plate {PLATE}; pt {NAME} restrained.",
    "Work note for {NAME}: no line work at plant x 2 wks; supervisor {NAME} fax {FAX}.",
    "Hmong new year festival {MD}; family {CLAN} will reschedule.",
    "Somali family: father {SOMALI}, mother {SOMALI}, 6 children; all seen {DATE}.",
    "Lao elder {NAME}, uses sticky rice daily; grandson {FIRST} explains insulin.",
    "Bosnian pt {NAME} with PTSD from war; husband {FIRST} died {MONYEAR}.",
    "Ukrainian parolee {NAME}, arrived {DATE}; sponsor {NAME} in {CITY}.",
    "Liberian pt {NAME} prefers {NICK}; daughter {FIRST} in Liberia {INTLPHONE}.",
    "Congolese family {SURNAME}; mother {NAME} speaks Swahili and Kibembe.",
    "Sudanese pt {NAME} (Nuer); cousin {NAME} in {CITY} is main support.",
    "Dakota elder {NATIVE} asks that records go to granddaughter {FIRST} at {EMAIL}.",
    "Ho-Chunk pt {NATIVE} lives at {RURAL} near {CITY}.",
    "Menominee pt {NATIVE}; tribal clinic PCP {DOC}.",
    "Filipino nurse colleague {NAME} is pt's niece; declined to be interpreter.",
    "Chuukese pt {NAME}; COFA status; MA {MEDICAID}.",
    "Dutch Reformed family {SURNAME} from {CITY}; 9 children.",
    "Pt {WNAME} seen for dermatitis.",
    "Daughter {WFIRST} {SURNAME} at bedside.",
    "Mrs. {WLAST} reports improved sleep.",
    "Nurse {WLAST}, RN, gave report.",
    "Son {NAME}, wife {WNAME}.",
]
NOTES += [
    "HPI: {NAME} is a 49 y/o Yemeni-born store owner in {CITY} with chest pain at rest since {MD}.",
    "HPI: Bhutanese pt {NAME}, arrived {MONYEAR}, HbA1c 11; son-in-law {FIRST} drives from {CITY}.",
    "HPI: Lao pt {LASTFIRST} with gout flare after a wedding {MD}.",
    "A/P: Karen pt {NAME}: betel nut use; oral exam; f/u dental {MD}; interpreter {FIRST} again.",
    "A/P: Finnish-American pt {NAME} ({AGEN}) with sauna syncope; counseled; daughter {FIRST} to check daily.",
    "SBAR: S: peds pt {FIRST} {SURNAME} desat to 84. B: RSV. A: work of breathing up. R: call {DOC} and parents at {PHONE}.",
    "Home visit: mobile home {HOUSING}, {CITY}; space heater; smoke alarm installed by {NAME}.",
    "SW: Pt {NAME} uses sister's address {STREETLINE} {CITY} for mail; lives in car (plate {PLATE}).",
    "Pharmacy: NCPDP reject for {NAME}, cardholder {PLAN}; override by {DOC}.",
    "Billing: ambulance from {RURAL} to {CITY}; acct {ACCOUNT}; payer IHS.",
    "Interpreter: Ukrainian via phone, {FIRST} (ID {OTHER}); pt {NAME} satisfied.",
    "Transplant: caregiver plan - {NAME} (sister) and {NAME} (friend) will stay in transplant house lodging.",
    "Telehealth: pt {NAME} connected from truck stop wifi {IP}; visit shortened.",
    "Hospice: bereavement call to {NAME} at {PHONE}; 13-month follow-up scheduled.",
]

# Lines with no PHI at all, full of what looks like it.
_PHI_FREE_CHAT = [
    "my sugar was 212 this morning and 148 after supper",
    "took 2 tylenol at 6, still hurts",
    "can i take ibuprofen with the eliquis",
    "the van comes tuesday and thursday right",
    "is the clinic open saturday",
    "my bp was 171/96 at the pharmacy machine",
    "how long to fast before labs 8 or 12 hrs",
    "the baby ate every 3 hours last night",
    "i got the flu shot last year do i need another",
    "ok thank you",
    "my inhaler is the purple one advair 250/50",
    "my fistula arm itches is that normal",
    "my walker lost a ferrule on the leg",
    "the grommet on my brace ripped",
    "i made rhubarb crisp, can diabetics eat that",
    "rutabaga and kohlrabi from the garden ok with my kidneys?",
    "had a sirloin last night and my gout is back",
    "grandma brought kolache and strudel to the waiting room",
    "the silage smell makes my asthma worse",
    "cows were in the stanchion when i slipped",
    "i was raking windrow all day and my back hurts",
    "kids went on the bobsled hill and my son hit a tree",
    "lost my mukluk in the snow lol my foot is numb",
    "my parka zipper broke, can i still come in",
    "wear earmuff and mackinaw for the walk to the clinic",
    "left my rucksack in exam room 3",
    "stacked the woodpile and now my shoulder hurts",
    "caught a burbot on the lake, is it ok to eat with my coumadin",
    "cheese curd every day is that bad for cholesterol",
    "my paddle hit my eye when the canoe tipped",
    "i sanded a dowel on the lathe and got a splinter",
    "the awl went into my thumb",
    "kids were on the plinth at the park and fell",
    "the dormer window leaks and there is mold",
    "the hedgerow had poison ivy",
    "the purlin fell when we fixed the barn roof",
    "my gusset on the compression sock tore",
    "the flange on my ostomy bag leaks",
    "pemmican is ok for my diabetes?",
    "the lanyard for my badge broke",
    "the gimlet drill bit slipped",
    "what a glorious day, finally above zero",
    "the cowslip and harebell are blooming by the ditch",
    "brussels sprouts and genoa salami ok with warfarin?",
    "the interior of my car got so hot the insulin melted",
    "got a tuffet for grandma to put her feet up",
    "the bodkin needle poked my finger",
    "salaan, waad ku mahadsan tahay",
    "mahadsanid nurse",
    "nyob zoo, ua tsaug",
    "ua tsaug ntau ntau",
    "gracias, nos vemos el lunes",
    "muchas gracias doctora",
    "shukran, inshallah",
    "alhamdulillah she is better",
    "miigwech",
    "pilamaya",
    "tusen takk",
    "uff da what a winter",
    "hvala puno",
    "tashi delek",
    "salamat po",
    "asante sana",
    "galatoomaa",
    "ameseginalehu",
    "ta blut",
    "dhanyabad",
    "merci beaucoup",
    "danke schön",
    "dziękuję bardzo",
    "ramadan started so i will take pills at night",
    "we fast for lent on wednesday and friday",
    "hmong new year is next weekend so no appointments please",
    "the powwow is this weekend, can we move to monday",
    "deer season opens so my husband will be gone",
    "the roads are glare ice, can we do video",
    "its -30 with windchill, we are snowed in",
    "the plant is on lockdown, cant leave till 3",
    "i work 2nd shift at the turkey plant",
    "the interpreter line hung up",
    "which pharmacy has the somali speaking lady",
    "do u have hmong interpreter on fridays",
    "i need arabic speaking doctor if possible",
    "i have a rash on my arm for 4 days",
    "fever 101.4 since yesterday",
    "grandma is 87 and still gardening",
    "my dad is 79 and takes 12 pills a day",
    "im 62 and never had a colonoscopy",
    "she is 8 months pregnant",
    "the baby is 6 weeks old",
    "pain is 7/10",
    "i weigh 198 now down 12 lbs",
    "blood sugar 64 i ate candy",
    "my a1c was 9.2 in 2022",
    "had covid in 2021",
    "we came to america in 2006",
    "i have had diabetes since 2014",
    "tuesday or wednesday morning works",
    "in march i had the surgery",
    "every winter my asthma gets worse",
    "the walleye opener is may, can we be done by then lol",
    "is it normal to pee a lot on the water pill",
    "metformin gives me diarrhea",
    "i ran out of lisinopril 10 mg",
    "is 500 mg amoxicillin 3 times a day right",
]
_PHI_FREE_NOTE = [
    "BP 148/92, HR 88, RR 18, SpO2 95% RA, T 37.9 C",
    "Wt 92.4 kg, Ht 168 cm, BMI 32.7",
    "A1c 9.4% (prior 8.1%), LDL 131, eGFR 54",
    "Na 131, K 5.6, Cl 99, CO2 19, BUN 41, Cr 2.3, Glu 288",
    "Tacrolimus trough 8.7 ng/mL; Cr 1.4 (baseline 1.2)",
    "INR 3.6 on warfarin 5 mg daily; hold x1 dose",
    "Dx: E11.65, I10, N18.4; CPT 99215, 95251",
    "ICD-10 T33.531A frostbite R fingers; W00.0XXA fall on ice",
    "Z59.01 sheltered homelessness; Z60.3 acculturation difficulty",
    "LOINC 4548-4 HbA1c; LOINC 2160-0 creatinine",
    "CPT 99497 ACP 30 min; 99498 add-on",
    "Latent TB: QFT positive, CXR clear; rifampin 600 mg daily x 4 mo",
    "Hep B sAg positive, e-Ag negative, DNA 2,400 IU/mL",
    "Strongyloides serology positive; ivermectin x2 days",
    "Lead 12 mcg/dL; repeat in 3 months",
    "Hmong-speaking; professional interpreter used for entire visit",
    "Somali-speaking; interpreter by video; teach-back completed",
    "Ojibwe and English spoken at home",
    "Pt prefers female clinician for sensitive exam",
    "Pt fasting for Ramadan; adjust sulfonylurea",
    "Farmer's lung vs hypersensitivity pneumonitis; avoid moldy hay",
    "Needlestick at meat plant; source unknown; HIV PEP discussed",
    "Parkinson's disease with freezing of gait",
    "Graves disease on methimazole 10 mg",
    "Hashimoto thyroiditis; levothyroxine 88 mcg",
    "Guillain-Barre syndrome history",
    "Alzheimer's dementia, MoCA 17/30",
    "Cushing's excluded; dexamethasone suppression normal",
    "Down syndrome with hypothyroidism",
    "Addison's disease on hydrocortisone",
    "Hodgkin lymphoma 2009, in remission",
    "Lyme disease 2019 after deer tick bite in northern Wisconsin",
    "Blastomycosis suspected; urine antigen sent",
    "Frostbite grade 2 digits 2-4",
    "Hypothermia, core temp 33.1 C on arrival",
    "CO level 22% after ice-house heater",
    "Snowmobile vs tree; GCS 15",
    "ATV rollover; helmet worn",
    "Chainsaw laceration L thigh 8 cm",
    "Auger injury R hand; hand surgery consulted",
    "Kicked by heifer; no LOC",
    "Grain bin entrapment, extricated after 40 min",
    "Silo filler's disease considered; NO2 exposure",
    "Manure pit gas exposure; H2S",
    "Pork plant worker; repetitive strain both wrists",
    "Turkey plant; chemical splash peracetic acid",
    "Wild rice harvest; canoe injury",
    "Sweat lodge participation; hydration advised",
    "Traditional medicine (cedar, sage) used at home; no interactions",
    "Txiv neeb ceremony planned; strings on wrist left in place",
    "Betel nut use daily x 20 years",
    "Pt is 67 yo M with COPD",
    "72 y/o F with CHF EF 30%",
    "88 year old with hip fracture",
    "4 y/o with otitis media",
    "newborn 38 wks, 3.2 kg, Apgars 8/9",
    "G3P2 at 32 weeks",
    "Day 5 post kidney transplant",
    "PHQ-9 18; GAD-7 14",
    "MMSE 22/30",
    "Echo EF 35-40%, moderate MR",
    "Recheck on Monday",
    "Clinic closed Friday for blizzard",
    "Transplant house lodging arranged for transplant caregivers",
    "Rhubarb is high in oxalate; rutabaga moderate potassium",
    "Counseled on sirloin and organ meat intake for gout",
    "Silage and haymow exposure; N95 advised",
    "Stanchion injury to L hand",
    "Ostomy flange resized to 38 mm",
    "Compression stocking gusset irritation",
    "Walker ferrule replaced by PT",
    "Lathe injury; dowel fragment removed",
    "Pemmican and wild rice diet; carb counting reviewed",
    "Bobsled injury; clavicle fx",
    "Mukluk and parka advised for outdoor work",
    "Lanyard caught in machinery; neck abrasion",
    "Awl puncture; tetanus updated",
]
_PHI_FREE_LOG = [
    "level=info svc=mychart event=health_check status=ok ms=14",
    "level=warn svc=fax event=queue_depth value=57",
    "GET /healthz 200 2ms",
    "POST /api/v1/vitals 201 93ms",
    "nginx: worker process 7 exited on signal 11",
    "celery: 18 tasks in queue x12-837p",
    "pg: autovacuum of table rx_fill completed",
    "ERROR: deadlock detected on relation appt_slot",
    "java.lang.OutOfMemoryError: GC overhead limit exceeded",
    "Traceback: ConnectionResetError in fhir_client.get",
    "HL7 ACK MSA|AA|",
    "MSH|^~\\&|LAB|PLCAH|||||ORU^R01||P|2.5.1",
    "OBX|1|NM|4548-4^HbA1c^LN||9.4|%|4.0-5.6|H|||F",
    "OBX|2|NM|2823-3^Potassium^LN||5.6|mmol/L|3.5-5.1|H|||F",
    "OBX|3|NM|718-7^Hemoglobin^LN||9.1|g/dL|12-16|L|||F",
    "OBX|4|ST|5195-3^HBsAg^LN||Reactive||||||F",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":112,"unit":"/min"}}',
    '{"resourceType":"Medication","code":{"text":"tacrolimus 1 mg"}}',
    '{"level":"info","msg":"batch complete","claims":214,"rejects":6}',
    '{"event":"interp_stats","lang":"hmn","minutes":1840,"calls":211}',
    '{"event":"interp_stats","lang":"som","minutes":2210,"calls":260}',
    '{"event":"telehealth_quality","jitter_ms":48,"packet_loss":0.07}',
    "X12 ISA*00*          *00*          *ZZ*SENDER*ZZ*RECEIVER*",
    "ST*837*0001*005010X222A1~",
    "SV1*HC:99214*188.00*UN*1~",
    "HI*ABK:E1165*ABF:N184~",
    "CAS*CO*45*96.10~",
    "EB*1**30**MEDICAL ASSISTANCE~",
    "NCPDP reject 70 product not covered",
    "NCPDP reject 79 refill too soon",
    "pdmp: query returned 0 prescriptions",
    "cgm-ingest: 2048 readings processed, 3 gaps",
    "pump-sync: firmware 4.2.1 available",
    "o2: 14 concentrators reporting low battery",
    "rpm: 312 bp readings today, 41 out of range",
    "ivr: 88 calls in queue ivr-som, avg wait 4m12s",
    "ivr: hmong menu selected 131 times today",
    "fax-in: 412 pages received, 3 unreadable",
    "sms: 2,310 reminders sent, 41 failed",
    "weather: blizzard warning, 14 clinics closed",
    "sched: 27 no-shows due to road closures",
    "census: hospice 61 active patients",
    "dicom: C-STORE success 412 images",
    "WARN slow query 812 ms table=interp_booking",
    "HTTP 502 from /api/translate after 30s",
    "PHQ9_SCORE=18 GAD7_SCORE=14",
    "AGE=67 SEX=F BMI=32.7",
    "A1C=9.4 LDL=131 EGFR=54",
    "interface: Parkinson's template loaded",
    "model: graves_thyroid_pathway v3",
    "feature flag hmong_ivr=on",
    "feature flag somali_sms=on",
    "rule: gout_sirloin_education fired",
    "job: rhubarb_oxalate_handout printed 3",
    "job: bobsled_season_alert sent",
    "dme: ferrule stock 40",
    "dme: ostomy flange 38mm backordered",
    "cafeteria: kolache sold out",
    "cafeteria: brussels sprouts and genoa salami on menu Tuesday",
    "facilities: dormer leak 3rd floor",
    "facilities: hedgerow trimmed north lot",
    "facilities: interior doors rekeyed",
    "facilities: woodpile removed from loading dock",
    "garden: cowslip and harebell seeds planted in healing garden",
    "glorious weather, outdoor clinic open",
]
_PHI_FREE_CHAT2 = [
    "waxaan u baahanahay dawo",
    "hooyo waa fiican tahay hadda",
    "kuv mob plab",
    "kuv niam mob taub hau",
    "me duele la cabeza desde el lunes",
    "tengo cita el martes",
    "mi hijo tiene tos",
    "ana marid shwayye",
    "bukra inshallah",
    "ani dhukkubsadheera",
    "jeg har vondt i ryggen",
    "minulla on flunssa",
    "mam gorączkę",
    "mám kašel",
    "u mene kashel",
    "imam temperaturu",
    "may lagnat ako",
    "nina homa",
    "the baby has a cough and runny nose",
    "my chest feels tight when i shovel",
    "i slipped on ice and my wrist is swollen",
    "i cut my finger at work, is 2 stitches enough",
    "my feet are numb since the cold snap",
    "my kid swallowed a penny",
    "is it ok to give honey to a 2 year old",
    "can i breastfeed on this antibiotic",
    "how many tylenol can i take in a day",
    "my hearing aid battery died",
    "the cpap mask leaks",
    "my oxygen tank is almost empty",
    "the pump is beeping occlusion",
    "my cgm fell off again",
    "when is the diabetes class",
    "is there a hmong diabetes class",
    "is there a somali womens group",
    "do i need a referral for the dentist",
    "does ihs cover the eye doctor",
    "my insurance changed in january",
    "i got a bill i dont understand",
    "can i pay 20 a month",
    "is there a prayer room",
    "is the food halal",
    "can i get a room for the family to sleep",
    "the nicu parking is expensive",
    "how long does she have",
    "can the pastor come",
    "can we burn sage in the room",
    "can we have the shaman come",
    "can we pray in the room",
    "the mullion on the old window cracked and cut my hand",
    "i baked the custard in a ramekin, is that ok for my diet",
    "the scullery sink at the church kitchen is where i slipped",
    "grandpa used a wimble to twist hay rope back in the day",
]
PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG + _PHI_FREE_CHAT2
