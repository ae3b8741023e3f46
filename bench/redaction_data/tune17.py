"""The "tune17" split: a seventeenth tuning set, written without looking at the engine, its tests,
its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read.

It is for studying how names appear in patient chat. It models a Chicago, Detroit and Great Lakes
health system: its patient portal, its SMS line, an after-hours nurse chat and a telehealth app's
chat. CHAT (most of the split) is patients, parents, adult children and caregivers typing on
phones: lower case, typos, missing punctuation, emoji, voice-to-text errors and run-ons, with
words of Polish, Ukrainian, Lebanese, Yemeni and Iraqi Arabic, Chaldean and Assyrian Neo-Aramaic,
Mexican and Puerto Rican Spanish, Korean, Hindi and Urdu, Bosnian, Greek, Albanian, Rohingya,
Hmong and Nigerian English. Names turn up everywhere: relatives named in passing with no cue word
("taking <name> to her appt"), a name as the subject of a sentence, alone on a line, after a
greeting or before a sign-off, in lower case where it is also an ordinary word, as nicknames and
diminutives, misspelt, in Arabic, Cyrillic, Hangul or Greek script, as a given name, a full name
or a surname after a title ("mr <surname>"), as clinicians ("dr <name> said"), pharmacists and
front-desk staff, beside pets' names (not PHI) and brand and drug names (not names). Messages often
carry several identifiers: dates, phones, MRNs, addresses, e-mails and dates of birth. LOGS
(key=value, JSON, HL7, traces, SMS gateway and portal audit lines) and NOTES (SOAP, phone and
after-hours nurse notes, telehealth and portal-message notes) are there so the kinds are present.
PHI_FREE is chat and notes without an identifier, heavy with words that could be names in their
ordinary sense (hope, will, grace, faith, bill, mark, rose, summer, dawn, major, king, young,
brown...), kin terms used as address (babcia, dziadek, teta, halmeoni, mami, abuela, amma, baba...),
foreign words, drug names, pets' names, states and countries, weekdays, months and years alone.

Names come from 40 weighted origins: Polish, Ukrainian, Lebanese, Yemeni, Iraqi, Chaldean,
Assyrian, Mexican, Puerto Rican, African American, Korean, Indian (Gujarati, Punjabi, Hindi),
Pakistani, Bosnian, Greek, Albanian, Rohingya, Hmong, Nigerian, Irish American, Italian American,
Lithuanian, Serbian, Filipino, Vietnamese, Chinese, Ghanaian, Ethiopian, Eritrean, Syrian,
Palestinian, Macedonian, Romanian, Czech, Slovak, Croatian, Haitian, Jamaican, Guatemalan and
Ecuadorian. About one name in five has an ordinary English word as its given or family name
(WORD_GIVEN, WORD_FAMILY: Hope, Grace, Blessing, Major, King, Young, Song, Her...), and PHI_FREE
uses the same words in their ordinary sense.

Zero overlap: no given name, family name, nickname, native-script name, street name, city or
e-mail domain here (folded to ASCII and lower case, word by word) is among values.py's pools (with
the Faker names it draws for both its splits), Faker's en_US first_names and last_names, the
templates of templates.py, or the pools and templates of every other module in bench/redaction_data
(blind.py, blind2.py to blind13.py, tune2.py to tune16.py). A throwaway script imported them,
collected every word of their string constants and containers (and of the constants in their
functions) recursively, about 67,600 words, and checked this module's pools against them; every
colliding entry was dropped or replaced until the final run reported zero collisions over the
2,029 distinct words of its 2,036 entries (CHECKED_POOLS); none of them is a kin term either.
Exempt by design: the ordinary-English-word names (WORD_GIVEN, WORD_FAMILY) and their PHI_FREE
uses, generic address words (St, Ave, Park, Heights...), particles (al, abu, de) and top-level
domains.

Annotation: a US state is not scored ({STATE}, label None); a title (dr, Mr., Mrs., nurse,
pharmacist) or a credential (MD, RN, PharmD) and a possessive "'s" stay outside NAME; initials that
stand for a person are NAME; a weekday or clock time beside a date stays outside the DATE, while a
whole ISO, HL7 or log timestamp is one DATE; a year, a month or a weekday alone is not PHI; only
ages over 89 are AGE_OVER_89; kin terms used as address (babcia, dziadek, ciocia, teta, sitto,
jiddo, halmeoni, eomma, mami, abuela, tía, amma, nani, baba, yiayia, pog, niam tais, aunty...) are
not names, but a name that follows one is; a street line with its unit ({STREETUNIT}) is one
ADDRESS span; pets' names are not PHI (the {PET} slot has label None); organisations, brands,
drugs, languages, countries and facility names are literal text. Filler slots in logs (request
ids, latencies, clock times) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "polish": (6, [
        "Ryszarda", "Ludomir", "Sulisław", "Siemowit", "Mszczuj", "Radogost", "Świętopełk",
        "Wiktoryn", "Idzi", "Ambroży"
    ], [
        "Przewłocki", "Wawrzynkiewicz", "Szczepkowski", "Skrzypiec", "Gołąbek", "Bzdęga",
        "Pszczółka", "Kurowiak", "Grzesiak", "Chrobak", "Ciećwierz", "Kmieciak", "Łuczak",
        "Maćkowiak", "Nadolny", "Obarek", "Pietraszek", "Smolarek", "Trela", "Wiatrak", "Zgoda",
        "Kołodziejczyk", "Pękala", "Grzywacz", "Szczurek", "Zagórski", "Brzęczek", "Dziekoński",
        "Hałas", "Jagielski", "Kluczyk", "Łopatka", "Nowosielski", "Ogrodnik", "Pawełczyk",
        "Sztuka", "Wielgosz", "Zarzycki", "Żebrowski", "Drabik", "Głowacz", "Jurczyk", "Matuszczak",
        "Rusin", "Wesołek", "Zyśk", "Ciesielka", "Dudzik", "Gawron", "Jędrusik", "Lesiak",
        "Mielczarek", "Niedziela", "Orzeł", "Rataj", "Szostak", "Tkaczyk", "Zawisza"
    ]),
    "ukrainian": (4, [
        "Dzvenyslava", "Svitozar", "Lubomyra", "Motrya", "Khoma", "Teodozii", "Svyatoslava",
        "Yevdokiia", "Oryna", "Kvitoslava", "Zlatoslava", "Dobrynia"
    ], [
        "Khomyak", "Danyliuk", "Tsybulskyi", "Zelinskyi", "Hrushevskyi", "Verbytskyi", "Kyrychenko",
        "Vovchuk", "Slyvka", "Horodetskyi", "Kobzar", "Lozynskyi", "Mykhailiuk", "Panchyshyn",
        "Yuzkiv", "Hnativ", "Bilyi", "Mazurak", "Rudyk", "Sviderskyi", "Ukrainets", "Zahorodnii",
        "Boichuk", "Chubatyi", "Fedak", "Matsiuk", "Onyshkevych", "Tarnavskyi"
    ]),
    "lebanese": (4, [
        "Roukoz", "Jinane", "Sukaina", "Douaa", "Ghinwa", "Lamis", "Maguy", "Raeda", "Fadlo",
        "Kozhaya", "Raji", "Chaker", "Ghattas", "Hassib", "Zahia", "Mayssa", "Darine", "Hiam",
        "Ibtissam", "Rosine", "Viviane"
    ], [
        "Nohra", "Saade", "Hojeij", "Bzeih", "Mcheik", "Elhusseini", "Hourani", "Hamka", "Fayz",
        "Siblini", "Wazni", "Zeaiter", "Cheaib", "Fadlallah", "Dbouk", "Fneich", "Ghandour",
        "Kalakech", "Rammal", "Saklawi", "Tfaili", "Zeineddine", "Bourji"
    ]),
    "yemeni": (3, [
        "Adeeb", "Sameera", "Tawfeek", "Yousra", "Marwah", "Thekra", "Wafeeq", "Kaid", "Abdulelah",
        "Fawziya", "Hameeda", "Saida", "Wardah"
    ], [
        "Alawadi", "Almasmari", "Alnaseri", "Alhimyari", "Alshami", "Alrimi", "Shuja", "Alyafai",
        "Aljamrah", "Alkuhlani", "Alshuaibi", "Alwajeeh", "Alsharafi", "Alazzani", "Almatari",
        "Alhashedi", "Alhadhrami", "Aldhubhani", "Alaghbari", "Alshawafi"
    ]),
    "iraqi": (3, [
        "Ghofran", "Sattar", "Akeel", "Mushtaq", "Noorhan", "Ruqayah", "Sukayna", "Muntather",
        "Mohaned", "Abdulameer", "Abdulzahra", "Hameed", "Khudhair", "Majeed", "Radhi", "Athir",
        "Bashaer", "Estabraq", "Furqan", "Ghusoon", "Kawther"
    ], [
        "Aljubouri", "Aldulaimi", "Alobaidi", "Alshammari", "Alhilli", "Alrubaie", "Albayati",
        "Allami", "Almaliki", "Alfatlawi", "Alhasnawi", "Alshawi", "Alazzawi", "Aljanabi",
        "Alameri", "Alkaabi", "Almayahi", "Albadri", "Altimimi", "Alwaeli", "Alsudani", "Alkinani",
        "Alkhazali", "Albahadli", "Algburi", "Alshimmari", "Alsamarrai", "Altikriti", "Aljaberi",
        "Almohammadawi", "Alsaedi", "Alhashimi", "Alisawi", "Alhamdani", "Alnuaimi", "Alkarbouli",
        "Aldouri", "Albaghdadi", "Alkhaqani", "Alasadi", "Almamouri"
    ]),
    "chaldean": (4, [
        "Behnam", "Saher", "Dhia", "Mazin", "Khairi", "Najah", "Yaqub"
    ], [
        "Atto", "Shina", "Bahoora", "Manni", "Somo", "Bodiya", "Kattula", "Oram", "Samona",
        "Yaldoo", "Barash", "Kiryakoza", "Koza", "Marogy", "Mikha", "Shamami", "Yelda", "Essa",
        "Konjo", "Meram", "Paulus", "Tobia", "Zakar"
    ]),
    "assyrian": (2, [
        "Atorina", "Tiglat", "Yonadam", "Shmouel", "Elishwa", "Nanajan", "Ninib", "Akhiqar",
        "Shamasha", "Ashurbanipal", "Semiramis", "Atra", "Dinkha", "Awraham", "Nahrina", "Nardin"
    ], [
        "Hormiz", "Tamraz", "Yadgar", "Babilla", "Betbadal", "Dinkha", "Khamis", "Sada", "Shimun",
        "Sawa", "Kanoon", "Malko", "Moushi", "Oraham", "Yoab", "Shamoon", "Khanania", "Mikhael",
        "Odishoo", "Sayad", "Shmoil", "Tamo", "Daniyel", "Jindo", "Lachin", "Marza"
    ]),
    "mexican": (7, [
        "Sirenia", "Atziri", "Itzayani", "Austreberta", "Eutiquio", "Getulio", "Ascensión",
        "Lugarda", "Cayetana", "Eloína", "Zótico", "Cuauhtli", "Isabelino", "Marciano", "Refugia",
        "Zuriel", "Meztly", "Axayácatl", "Citlaly", "Xcaret", "Yaxche", "Ameyali", "Nenetzin"
    ], [
        "Viveros", "Lepe", "Tecuanhuey", "Cuamatzi", "Tlapanco", "Ixtepan", "Ayotzin",
        "Chimalpopoca", "Zempoaltecatl", "Olaguíbel", "Zubiría", "Ibargüengoitia", "Elizalde",
        "Errejón", "Cebreros", "Niebla", "Escajeda", "Tarango", "Vaquera", "Dzib", "Cocom",
        "Huchim", "Yupit"
    ]),
    "puerto_rican": (4, [
        "Jeisha", "Moraima", "Wandaliz", "Edmarie", "Coraly", "Janitzi", "Nelmarie", "Xiomaris",
        "Mariví", "Heyda", "Luzmilda", "Delsy", "Genara", "Jenilee", "Orlaida", "Rosaida",
        "Sonivette", "Vilmarie", "Benancio", "Jomaira", "Nyrma"
    ], [
        "Velilla", "Delerme", "Picón", "Rosaly", "Franqui", "Cajigas", "Capó", "Fargas", "Fossas",
        "Monserrate", "Rabell", "Sagardía", "Texidor", "Alemañy", "Anadón", "Atiles", "Bidot",
        "Boscana", "Cortijo", "Escobales", "Frontera", "Mattei", "Medero", "Natal", "Nogueras",
        "Serbiá"
    ]),
    "african_american": (7, [
        "Kierra", "Tashawn", "Deontae", "Lawanda", "Dionte", "Ramone", "Trenell", "Clarissa",
        "Tenisha", "Vontae", "Anfernee", "Brandan", "Dashon", "Genita", "Izell", "Sheniqua",
        "Unika", "Arlethia", "Bernetta", "Dwan", "Jamell", "Vashon", "Marquetta", "Temeka",
        "Quiesha", "Rolanda", "Yulonda", "Kelis", "Shamari"
    ], [
        "Glasper", "Swann", "Fullilove", "Outland", "Capehart", "Goodwyn", "Outterbridge",
        "Perrymon", "Richburg", "Tindal", "Underdue", "Wilds", "Yeadon", "Noisette", "Waiters",
        "Hicklin", "Lipscomb"
    ]),
    "korean": (3, [
        "Sooja", "Jungja", "Ddalnim", "Hyeonsuk", "Wonja", "Yeonghwa", "Ilsoo", "Jinseok", "Bunrye",
        "Sunrye", "Okrye", "Geumrye", "Junghwa", "Yeonok", "Sukcha", "Gilja", "Sunnam", "Hyenam",
        "Ilnam", "Kwinam", "Bongsu", "Chilsung", "Gapdong", "Manbok", "Dolsoe", "Jangsoo", "Ilhwan",
        "Yongsik", "Taehun", "Seoa", "Yuju", "Sori", "Hanul", "Kumja", "Pilsoon", "Jeongnam"
    ], [
        "Rhim", "Rheem", "Chon", "Mhun", "Lho", "Chwe", "Thak", "Jekal", "Sakong", "Hwangboh",
        "Kal", "Jhee", "Rii", "Whee", "Yeum", "Suhr", "Chyun", "Chyn"
    ]),
    "indian": (3, [
        "Sarla", "Kusum", "Hansa", "Leelaben", "Rekhaben", "Taruna", "Jagir", "Lachhman", "Rattan",
        "Sadhu", "Chhaganlal", "Jethalal", "Natvarlal", "Vallabh", "Zaverchand", "Gomti", "Jashoda",
        "Kamu", "Lakshmiben", "Maniben", "Navli", "Shardaben", "Chameli", "Dhanno", "Gendi",
        "Kalawati", "Lajwanti", "Mishri", "Phoolmati", "Rambeti", "Sumitra", "Vidyawati",
        "Ramprasad", "Shivcharan", "Devkinandan", "Harishchandra", "Kashiram", "Munnalal",
        "Radheshyam", "Shyamlal", "Tulsiram"
    ], [
        "Tayal", "Sisodia", "Khosla", "Vakharia", "Chheda", "Dedhia", "Haria", "Karani", "Lodaya",
        "Mamania", "Nandu", "Savla", "Shethia", "Gudka", "Furia", "Lalan", "Pujara", "Rajani",
        "Sachde", "Thakrar", "Hindocha", "Morjaria", "Pabari", "Ruparel", "Raichura", "Devani",
        "Gohel", "Patoliya", "Rangani", "Savaliya", "Vekariya", "Zalavadiya", "Dudhat", "Gajera",
        "Kakadiya", "Lathiya", "Moradiya", "Pansuriya", "Sutariya", "Dhameliya", "Mudhar"
    ]),
    "pakistani": (3, [
        "Abrar", "Moazzam", "Zahida", "Bisma", "Misbah", "Faheem", "Ijaz", "Mazhar", "Shakeel",
        "Tauseef", "Abida", "Baseerat", "Durdana", "Fehmida", "Iffat", "Kishwar", "Lalarukh",
        "Musarrat", "Pakeeza", "Rafia", "Talat", "Zarqa", "Basharat", "Fayyaz", "Liaqat", "Nisar",
        "Safdar", "Ubaid", "Wajid", "Mehrunnisa", "Rakhshanda", "Tanzeela", "Gulzar", "Intizar",
        "Khadim", "Manzoor", "Qadeer", "Sarfraz"
    ], [
        "Raisani", "Dhanial", "Tanoli", "Tarin", "Barech", "Jadun", "Qizilbash", "Sherpao", "Rind",
        "Zehri", "Lehri", "Bizenjo", "Hoth", "Jakhrani", "Nohani", "Panhwar", "Qambrani",
        "Rustamani", "Samejo", "Umrani", "Chachar", "Dars", "Halepoto", "Mangi", "Narejo", "Pitafi",
        "Rajar", "Shar", "Thebo", "Wagan", "Bhurgri", "Ghanghro", "Jiskani", "Mahesar", "Nizamani",
        "Pahore", "Rahu", "Solangi", "Tunio"
    ]),
    "bosnian": (2, [
        "Mirsada", "Safeta", "Zejneba", "Emira", "Nedžada", "Asmir", "Muhamed", "Muharem", "Ramo",
        "Meho", "Huso", "Džemal", "Ferid", "Sejdo", "Halid", "Bećir", "Adem", "Avdo"
    ], [
        "Hrustić", "Đulović", "Sejdić", "Huremović", "Išerić", "Terzić", "Cerić", "Trakić",
        "Crnkić", "Hadžiahmetović", "Lulić", "Okić", "Rahmanović", "Salkić"
    ]),
    "greek": (2, [
        "Vasileios", "Charalampos", "Fanis", "Styliani", "Efterpi", "Kleio", "Kalypso", "Persefoni",
        "Zacharoula", "Rodoula", "Sofoula", "Vagelio", "Agisilaos", "Karolos", "Anestis",
        "Makarios", "Marinos", "Neofytos", "Tilemachos", "Vlasis", "Zafeirios", "Argyris"
    ], [
        "Ntinos", "Psaras", "Koukoulis", "Mourtzis", "Triantafillou", "Adamopoulos", "Karamanos",
        "Liakopoulos", "Mastrogiannis", "Papazoglou", "Tzanakis", "Vlachopoulos", "Mpakalis",
        "Markopoulos", "Psomas", "Kotsakis", "Mavrogiannis", "Dragonas", "Paraskevopoulos",
        "Koutroumbis", "Mandalakis", "Spiliotopoulos", "Theofanopoulos", "Varvaresos"
    ]),
    "albanian": (2, [
        "Elira", "Bajram", "Fitim", "Kastriot", "Qamil", "Tefik", "Vehbi", "Xhemal", "Alketa",
        "Doruntina", "Hatixhe", "Ismete", "Shkurte", "Tringa", "Zejnepe", "Nush", "Gjelosh",
        "Mirash", "Mrikë", "Tringë", "Lulash"
    ], [
        "Rukaj", "Bardhi", "Curri", "Kadriu", "Mrnaçaj", "Cungu", "Palaj", "Perkaj", "Sinistaj",
        "Vulaj", "Ljuljdjuraj", "Markaj", "Prelvukaj", "Smajlaj", "Tomaj", "Zhuri", "Dukaj",
        "Pjetraj"
    ]),
    "rohingya": (1, [
        "Kaida", "Roshida", "Jamalida", "Minara", "Arafa", "Anowar", "Rafique", "Shamshida",
        "Setara", "Dildar", "Shofi", "Hasu", "Nurjan", "Sufia", "Toyoba", "Monjuma", "Ruksana",
        "Shukur", "Solim", "Nosima", "Jubaida", "Soyed", "Nurkis", "Khairul", "Sadek", "Jafor",
        "Mubarak", "Yunus", "Nurbahar", "Harun", "Nurunnahar", "Dilara", "Shahida"
    ], [
        "Shafi", "Toyob", "Nurullah", "Anwarullah", "Jafor", "Shamsu"
    ]),
    "hmong": (1, [
        "Tshoj", "Joua", "Txoua", "Paokou", "Tswjfwm", "Kiabtxhiaj", "Nkaujntxawg", "Nhiavue",
        "Chaleng", "Yengxue", "Chuefue", "Pahoua", "Maykia", "Ntsum", "Xis", "Yias", "Nyaj", "Xeeb",
        "Hnub", "Hli", "Xaiv", "Liab", "Paoge", "Tongsue", "Xengpao", "Kouxeng", "Chongpheng",
        "Boualy", "Mayxee", "Nhiakou", "Tshaj", "Xauv", "Npliag", "Nkaujyeeb", "Nyiajpov", "Tsuag"
    ], [
        "Mouavangsou", "Xiongkue", "Thaoxaochay", "Mouacheupao", "Yangvue", "Vuepha", "Yanglor",
        "Thaovang", "Xiongyang", "Khangvang", "Hervue", "Lyvue", "Chavang"
    ]),
    "nigerian": (3, [
        "Oluwafemi", "Mofe", "Oghenetega", "Ufuoma", "Onome", "Ibiere", "Boma", "Ebikabowei",
        "Diepreye", "Tonye", "Tamunosaki"
    ], [
        "Oparah", "Udoh", "Etim", "Okon", "Emordi", "Ikpeazu", "Akpabio", "Udofia", "Ekanem",
        "Inyang", "Obot", "Umoh", "Edet", "Effiong", "Otu", "Offiong", "Ukpong", "Etuk"
    ]),
    "irish": (2, [
        "Aoibhinn", "Rónnat", "Bréanainn", "Pádraic", "Conchobhar", "Aoileann", "Honora",
        "Rosaleen", "Sheelagh"
    ], [
        "Kilroy", "Cavanaugh", "Loftus", "McGonagle", "Hourihan", "Lanigan", "Mullarkey", "Boylan",
        "Devaney", "Lawlor", "Durkin", "Cloonan", "Hession", "Queally", "Gilhool", "Kirrane",
        "Brislane", "Hurney", "Noctor", "Pierse", "Rochford", "Spelman", "Fanning", "Kenefick",
        "Nihill", "Scallan", "Tangney", "Egleston", "Gillick", "Hallinan", "Kirwin", "Lyng",
        "Nallen", "Quaid", "Shortall", "Tynan", "Uniacke"
    ]),
    "italian": (2, [
        "Sabato", "Liboria", "Stellina", "Tindara", "Castrenze", "Sario", "Ignazia", "Maddalena",
        "Nazarena"
    ], [
        "DeSantis", "DeAngelis", "Pellegrini", "Silvestri", "Caputo", "Palmieri", "Bernardi",
        "Ferretti", "Bellini", "Sartori", "Costantini", "Milani", "Spadafora", "Lococo", "Vitrano",
        "Buccieri", "Scaduto", "Tagliarini", "Bonfiglio", "Ferrigno", "Mandarino", "Panepinto",
        "Zerillo"
    ]),
    "lithuanian": (1, [
        "Agnė", "Arūnas", "Žilvinas", "Egidijus", "Justinas", "Nerijus", "Raimondas", "Vaidas",
        "Virginijus", "Pranas", "Feliksas", "Marytė", "Aldutė", "Dainora", "Indrė", "Skaistė"
    ], [
        "Savickas", "Jasiūnas", "Lukošius", "Stonkus", "Budrys", "Daukša", "Mickus", "Orentas",
        "Pilipavičius", "Rutkauskas", "Vilkas", "Zubrickas", "Dapkus", "Grybauskas", "Kuzmickas",
        "Laurinavičius", "Marcinkevičius", "Puodžiūnas", "Razma", "Sruoga", "Valiukas", "Zabiela"
    ]),
    "serbian": (2, [
        "Milovan", "Srđan", "Bratislav", "Veselin", "Stana", "Draginja", "Milijana", "Vukosava",
        "Sreten"
    ], [
        "Radović", "Đukić", "Marinković", "Krstić", "Ostojić", "Vukašinović", "Kojić", "Radenković",
        "Stamenković", "Veljković", "Zarić", "Despotović", "Jeremić", "Ljubisavljević", "Mijatović",
        "Novaković", "Petković", "Ranković", "Žarković", "Bulatović", "Dragojević", "Pešić",
        "Rajković", "Simonović"
    ]),
    "filipino": (2, [
        "Godofredo", "Cristeta", "Mahalaya", "Sinag", "Isko", "Bagwis", "Agos", "Hiyas",
        "Deogracias", "Simplicio", "Nining", "Gemalyn", "Imee", "Hermie", "Noli", "Orly"
    ], [
        "Reyno", "Jaravata", "Nazareno", "Oliveros", "Rodelas", "Ubalde", "Verzosa", "Garingalao",
        "Hermosisima", "Makalintal", "Ninonuevo", "Pangandaman", "Reodica", "Tanseco", "Vibal",
        "Bondoc", "Carandang", "Españo", "Icasiano", "Kabigting", "Quisol", "Sazon", "Villareal",
        "Ynares", "Malapitan", "Maniego", "Gatbonton"
    ]),
    "vietnamese": (1, [
        "Thanhliem", "Anhdao", "Bichthuy", "Diemphuc", "Giaoly", "Hoanglong", "Thienan",
        "Phuonganh", "Ngoctran"
    ], [
        "Tranquang", "Phamvan", "Dangvan", "Hoangngoc", "Vuongquoc", "Nguyenvan", "Nguyenthi",
        "Vothi", "Buithi", "Doanthi", "Phanthi", "Dinhvan", "Hovan"
    ]),
    "chinese": (2, [
        "Yingzi", "Yinuo", "Shuyi", "Kwokwing", "Lailing", "Xiulian", "Yuezhen", "Jinlian",
        "Jianmin", "Dewei", "Shaowen", "Yaoming", "Zihao", "Wenxuan", "Kwokkeung", "Siufong"
    ], [
        "Chuah", "Shieh", "Jeng", "Chiew", "Tchen", "Teoh", "Kwa", "Siauw"
    ]),
    "ghanaian": (1, [
        "Efo", "Naadu", "Naakai", "Akweley", "Tettey", "Shika", "Kofitse", "Kodzo",
        "Kwadzo", "Ewuresi", "Maanan", "Serwah", "Kwakuvi", "Sitsofe", "Dzigbordi", "Emefa",
        "Kwabla", "Kwami", "Yawo", "Delanyo", "Elikplim"
    ], [
        "Agyepong", "Apea", "Atuahene", "Bamfo", "Brobbey", "Dadzie", "Fosuhene", "Kankam",
        "Koranteng", "Manful", "Pepra", "Sintim", "Amissah", "Crentsil", "Essel", "Ghartey",
        "Inkoom", "Nunoo", "Sagoe", "Adjetey", "Ankamah", "Badoo", "Odametey", "Wayo", "Allotey",
        "Bortey", "Nikoi", "Tackie", "Amarteifio", "Anyetei"
    ]),
    "ethiopian": (1, [
        "Betelhem", "Konjit", "Semhal", "Nebiyat", "Wude", "Zebiba", "Gedion", "Firehiwot",
        "Mekdelawit", "Tewabech", "Wubalem", "Aynalem", "Birke", "Desalech", "Fikreselassie",
        "Gennet", "Hamelmal", "Kibebew", "Tayech", "Werknesh", "Yalemwork", "Zewdinesh", "Bayush",
        "Emnet", "Fanaye", "Gete", "Hareg", "Senayit", "Yetemwork", "Asnaketch", "Deribe",
        "Melkamu", "Sileshi", "Tadiwos", "Yohannis", "Bewket", "Getnet", "Hailegiorgis", "Melese",
        "Muluken", "Yitayal", "Zinabu"
    ], [
        "Wondimagegn", "Endeshaw", "Fentahun", "Gedamu", "Hailemichael", "Tekalign", "Zegeye",
        "Bahiru", "Dinku", "Haileyesus", "Maru", "Siyoum", "Yigzaw", "Ambachew", "Begashaw",
        "Wassie", "Yenew"
    ]),
    "eritrean": (1, [
        "Merhawit", "Fiyori", "Kidus", "Meley", "Rezene", "Yodahe", "Ariam", "Filimon", "Ghebray",
        "Nigisti", "Tesfom", "Timnit", "Hadas", "Ksanet", "Rigbe", "Wegahta"
    ], [
        "Ghide", "Debesay", "Neguse", "Sebhat", "Yebio", "Zekarias", "Ghebreab", "Tesfamichael",
        "Weldeslassie", "Mesghina", "Tesfagabir", "Bokretsion", "Tzeggai", "Weldegiorgis",
        "Okubazghi", "Beraki", "Ghebrezghiabher", "Andebrhan", "Ghebresus"
    ]),
    "syrian": (2, [
        "Waed", "Moaz", "Moutaz", "Shahd", "Nagham", "Safwan", "Tammam", "Wassim", "Zouhair",
        "Kussai", "Mouaz", "Hanadi", "Maisoun", "Nahed", "Ranim", "Maram", "Rouaa", "Masa", "Ruaa"
    ], [
        "Yaziji", "Chalabi", "Moudarres", "Orfali", "Raslan", "Khani", "Kheir", "Mouhsen",
        "Bakdash", "Hamawi", "Hourani", "Nabki", "Rahhal", "Sabouni", "Tahhan"
    ]),
    "palestinian": (2, [
        "Saed", "Tayseer", "Munther", "Majdi", "Nael", "Rawya", "Ihab", "Ragheb"
    ], [
        "Jaradat", "Sabbah", "Abuhamdeh", "Ayyad", "Ghannam", "Rishmawi", "Shqeir", "Zeidan",
        "Hamami", "Kuttab", "Qleibo", "Sakakini", "Shomali", "Zaru", "Abuzahra", "Sbeih", "Rabadi",
        "Abualrub", "Badran", "Hamayel", "Kawasmeh", "Qasrawi", "Rimawi", "Tubeileh"
    ]),
    "macedonian": (1, [
        "Ljupka", "Suzana", "Goce", "Kiril", "Ljupcho", "Metodija", "Pece", "Trajche", "Vlatko",
        "Aco", "Gjorgji", "Hristijan", "Ilija", "Kocho", "Ordan", "Pande", "Sotir", "Zhivko",
        "Verka", "Cvetanka", "Velika", "Trajanka", "Spasenka", "Boban", "Jordance", "Nikolche",
        "Mitko"
    ], [
        "Stojanovski", "Nikolovski", "Petrovski", "Dimitrovski", "Georgievski", "Jovanovski",
        "Mitrevski", "Ristovski", "Todorovski", "Angelovski", "Blazevski", "Cvetkovski", "Dimovski",
        "Gjorgjievski", "Hristovski", "Ilievski", "Janevski", "Kostovski", "Lazarevski", "Manevski",
        "Naumovski", "Pavlovski", "Ristevski", "Spasovski", "Tasevski", "Velkovski", "Zdravkovski",
        "Atanasovski", "Bogdanovski", "Damjanovski", "Gruevski", "Ivanovski", "Kirovski",
        "Lozanovski", "Mladenovski", "Nedelkovski", "Popovski", "Talevski", "Vasilevski",
        "Zafirovski", "Andonovski", "Bozinovski", "Cvetanovski", "Dukovski", "Filipovski",
        "Gligorovski", "Jakimovski", "Krstevski", "Milosevski", "Nastevski", "Pejovski", "Risteski",
        "Siljanovski", "Tanevski", "Vidoeski", "Zarevski"
    ]),
    "romanian": (1, [
        "Alina", "Maricica", "Remus", "Ciprian", "Catinca", "Ilenuța", "Nicolița", "Veta", "Zoița",
        "Aurelian", "Marinel", "Titel", "Mitică", "Crina", "Irinel", "Florinel"
    ], [
        "Diaconu", "Mihăilă", "Pătrașcu", "Bratu", "Udrea", "Chirilă", "Fărcaș", "Hodoș", "Mureșan",
        "Pascu", "Vlăduț", "Cârstea", "Dănilă", "Iacob", "Mârza"
    ]),
    "czech": (1, [
        "Pavla", "Dobromil", "Tadeáš", "Bohunka", "Jaruška", "Libuška", "Mařenka", "Olina", "Táňa",
        "Vladěna", "Zdena", "Vavřinec", "Drahoslav", "Hostivít", "Lumír", "Řehoř"
    ], [
        "Staněk", "Valenta", "Matoušek", "Ševčík", "Moravec", "Habrman", "Ježek", "Kořínek",
        "Lhoták", "Ondráček", "Rybář", "Zahradník", "Bohatý", "Drahota", "Fencl", "Pištora",
        "Rameš", "Tuček", "Vojtíšek"
    ]),
    "slovak": (1, [
        "Zuzka", "Jožko", "Ďurko", "Miško", "Agnesa", "Radoslava", "Jarka", "Anička", "Ondrejko",
        "Števo", "Jano", "Vierka", "Dušana"
    ], [
        "Baranec", "Hrnčár", "Bartko", "Štefanko", "Gavura", "Hamrák", "Kostelník", "Lacko",
        "Nemčok", "Roháč", "Sivák", "Valach", "Cíger", "Dzurilla", "Galko", "Jendek", "Nosáľ",
        "Oravský", "Pukač", "Uhrík", "Vajda", "Ždiarsky", "Šuster", "Tesár"
    ]),
    "croatian": (1, [
        "Đurđica", "Štefica", "Anđela", "Josip", "Krunoslav", "Domagoj", "Kruno", "Neven", "Siniša",
        "Tonći", "Vedran", "Nives"
    ], [
        "Klarić", "Hršak", "Ivanković", "Kalinić", "Matošević", "Olujić", "Pejić", "Sertić",
        "Zovko", "Antunović", "Bartulović", "Cindrić", "Dropuljić", "Franjić", "Gudelj", "Jerković",
        "Lasić", "Nuić", "Oreb", "Pocrnić", "Rogić", "Sučić", "Dalić", "Kekez", "Lučić", "Rakitić",
        "Srna", "Vrsaljko", "Zebec"
    ]),
    "haitian": (1, [
        "Roseline", "Osner", "Rodner", "Widler", "Lunise", "Mimose", "Enite", "Anocia", "Elmise",
        "Fanelie", "Joceline", "Sylvanie", "Vanise", "Wilna", "Bethsaida", "Esterline", "Guirlande",
        "Michaelle", "Nadeige", "Wadeline", "Alcius", "Dieuny", "Eliphete", "Kesnel", "Louino",
        "Ornel", "Phanor", "Yvenel", "Dieurilien", "Ermane"
    ], [
        "Rameau", "Occident", "Mervilus", "Noisin", "Thelus", "Estimable", "Anilus", "Gousse",
        "Servil", "Augustave", "Dimanche", "Geneus", "Normil", "Predestin"
    ]),
    "jamaican": (1, [
        "Ransford", "Tanoya", "Ionie", "Jenieve", "Shernette", "Tishauna", "Wendel", "Karlene",
        "Vivene", "Winnifred", "Kenesha", "Jovaun", "Shavar", "Conroy", "Hixwell", "Pernell",
        "Radcliffe", "Sylburn", "Lenroy"
    ], [
        "Nesbeth", "Thorpe", "Forrester", "Adlam", "Feanny", "Graver", "Levien", "Rerrie", "Verley",
        "Zaidie", "Bembridge", "Cawley", "Daye", "Gabbidon", "Kirlew", "Stultz", "Durrant",
        "Frater", "Nairne", "Petgrave", "Delisser", "Elliston", "Garriques", "Hayles", "Ismay",
        "Kameka", "Dowdie", "Espeut", "Ingleton", "Kentish", "Lamey", "Milwood", "Pitter"
    ]),
    "guatemalan": (2, [
        "Wotzbeli", "Adelso", "Brenner", "Deyvi", "Ilder", "Keneth", "Lusvin", "Oliverio",
        "Jackelin", "Madelin", "Keyner", "Dervin", "Heyner", "Ixcel"
    ], [
        "Boj", "Iquic", "Jocol", "Ujpán", "Batén", "Lancerio", "Bixcul", "Xuyá", "Raxjal", "Poncio",
        "Guorón", "Sirín", "Ajcot"
    ]),
    "ecuadorian": (1, [
        "Jessenia", "Gissela", "Atahualpa", "Galo", "Jhandry", "Jhostin", "Jamileth", "Arelis",
        "Katty", "Cinthya", "Gisella", "Jomayra", "Kerlly", "Servio", "Jandry"
    ], [
        "Pilataxi", "Tipantuña", "Quilumba", "Yaguachi", "Sarango", "Sigcho", "Ullauri", "Alvear",
        "Encalada", "Idrovo", "Noboa", "Robalino", "Utreras", "Villacís", "Intriago", "Moscoso",
        "Saltos", "Valarezo", "Chiriboga", "Zhinin"
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words; PHI_FREE uses them plainly. They
# are shared words by design and so exempt from the overlap check. Per origin where a community
# favours such names (Nigerian "Blessing", Filipino "Joy", Korean "Young", Hmong "Her").
WORD_GIVEN = [
    "Hope", "Will", "Grace", "Faith", "Bill", "Mark", "Rose", "Summer", "Dawn", "Joy", "Ivy",
    "Holly", "Amber", "Hazel", "Iris", "Violet", "Ruby", "Pearl", "Sunny", "Honor", "Patience",
    "Charity", "Autumn", "Crystal", "Destiny", "Jasmine", "Lily", "Ginger", "Angel", "Sky",
]  # fmt: skip
WORD_GIVEN_BY_ORIGIN = {
    "nigerian": ["Blessing", "Favour", "Precious", "Gift", "Comfort", "Godswill", "Goodluck",
                 "Peace", "Wisdom", "Mercy", "Patience"],
    "ghanaian": ["Comfort", "Gift", "Mercy", "Blessing", "Prosper"],
    "filipino": ["Joy", "Lovely", "Honey", "Sunshine", "Precious", "Girlie", "Princess"],
    "african_american": ["Destiny", "Precious", "Unique", "Essence", "Treasure", "Diamond"],
    "haitian": ["Lovely", "Fortune", "Mercy"],
    "jamaican": ["Pearl", "Hope", "Faith", "Patience", "Dawn"],
}  # fmt: skip
WORD_FAMILY = [
    "Major", "King", "Young", "Brown", "Black", "White", "Green", "Rich", "Stone", "Wood", "Bell",
    "Knight", "Moody", "Sharp", "Strong", "Swift", "Love", "Bird", "Fox", "Lamb", "Frost", "Snow",
    "Winter", "Day", "Rivers", "Banks", "Waters", "Little", "Long", "Noble", "Pope", "Bishop",
    "Temple", "Worthy", "Virtue",
]  # fmt: skip
WORD_FAMILY_BY_ORIGIN = {
    "korean": ["Young", "Song", "Moon", "Park"],
    "hmong": ["Her"],
    "chinese": ["Long", "Wing"],
    "vietnamese": ["Long"],
    "african_american": ["Outlaw", "Player", "Worthy", "Ransom", "Peoples", "Love", "Rivers"],
    "jamaican": ["Virtue", "Nation", "Salmon"],
    "indian": ["Major"],
}  # fmt: skip

# Nicknames and diminutives people go by in chat (Polish, Ukrainian, Spanish, Arabic, Greek,
# Bosnian, Italian, Nigerian, Irish, Haitian).
NICKNAMES = [
    "Stasiek", "Mirek", "Hela", "Jasiu", "Tereska", "Jadźka", "Zośka", "Felek", "Gucio", "Lolek",
    "Maniek", "Wacek", "Zenek", "Ziutek", "Czesio", "Celinka", "Dorotka", "Elka", "Kryśka",
    "Mańka", "Renia", "Zuzia", "Tarasyk", "Ivasyk", "Yasia", "Ulianka", "Nastusia", "Hanusia",
    "Stepanko", "Zenyk", "Myroslavka", "Bohdanko", "Yurasyk", "Solomiika", "Zirka", "Juanchi",
    "Wilo", "Pachi", "Pancha", "Rosi", "Yeya", "Chavela", "Nicho", "Keko", "Sousou", "Rouro",
    "Hammoudeh", "Dodi", "Bassoum", "Ammoura", "Vasoula", "Nikolakis", "Yiannakis", "Dimitrakis",
    "Katina", "Rinio", "Haso", "Tano", "Cenzo", "Concie", "Nedu", "Kachi", "Ifey", "Shiv",
    "Tiken", "Manno",
]  # fmt: skip

# Names written in their own script, by script.
SCRIPT_NAMES = {
    "arabic": ["زينب", "حسين", "فاطمة", "ياسمين", "مريم", "خليل", "سمير", "جرجيس", "كريم", "نادين",
               "شادي", "هيفاء", "رغد", "سجاد", "منتظر"],
    "cyrillic": ["Ярина", "Богдан", "Оксана", "Тарас", "Мирослава", "Остап", "Соломія", "Галина",  # noqa: RUF001
                 "Зоряна", "Дмитро", "Олекса", "Левко", "Устим", "Параска"],
    "hangul": ["서연", "민준", "순자", "영희", "김서연", "박민준", "이순자", "최영희", "정숙", "말자"],
    "greek": ["Παναγιώτα", "Γιώργος", "Βασιλική", "Δημήτρης", "Σταυρούλα", "Κωνσταντίνος", "Ελένη",
              "Σπύρος", "Χρυσούλα", "Ευαγγελία"],
}  # fmt: skip

# Pets: their names are not PHI. Many are people's names too; the {PET} slot has label None.
PETS = [
    "Biscuit", "Coco", "Peanut", "Pierogi", "Kielbasa", "Churro", "Mochi", "Simba", "Nala", "Zeus",
    "Loki", "Bruno", "Lola", "Tyson", "Chico", "Canela", "Tofu", "Dumpling", "Pepper", "Shadow",
    "Smokey", "Midnight", "Snickers", "Cookie", "Bella", "Max", "Charlie", "Lucy", "Daisy", "Rocky",
    "Oreo", "Princesa", "Negrito", "Baklava", "Kofta", "Halva", "Pelmen", "Boba",
]  # fmt: skip

# Groups of origins for slots that keep a message's language and its names together.
GROUPS: dict[str, tuple[str, ...]] = {
    "PL": ("polish",),
    "UA": ("ukrainian",),
    "AR": ("lebanese", "yemeni", "iraqi", "syrian", "palestinian"),
    "CH": ("chaldean", "assyrian"),
    "ES": ("mexican", "puerto_rican", "guatemalan", "ecuadorian"),
    "KO": ("korean",),
    "SA": ("indian", "pakistani"),
    "RY": ("rohingya",),
    "BK": ("bosnian", "serbian", "croatian", "macedonian"),
    "SQ": ("albanian",),
    "GR": ("greek",),
    "HM": ("hmong",),
    "NG": ("nigerian", "ghanaian"),
    "HA": ("ethiopian", "eritrean"),
    "AA": ("african_american",),
    "CB": ("haitian", "jamaican"),
    "EA": ("chinese", "vietnamese", "filipino"),
    "EU": ("irish", "italian", "lithuanian", "czech", "slovak", "romanian"),
}

FAMILY_FIRST = {"korean", "chinese", "vietnamese"}
DOUBLE_SURNAME = {"mexican", "puerto_rican", "guatemalan", "ecuadorian"}
ARAB = {"lebanese", "yemeni", "iraqi", "syrian", "palestinian", "chaldean", "assyrian"}
GEN_SUFFIX = ["Jr", "Sr", "II", "III"]

# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Karlov", "Kildare", "Kolin", "Lamon", "Leclaire", "Marmora", "Merrimac", "Natoma", "Nordica",
    "Oketo", "Olcott", "Overhill", "Canfield", "Cullom", "Agatite", "Berteau", "Cuyler",
    "Wrightwood", "Schubert", "Altgeld", "Wabansia", "Potomac", "Kamerling", "Haddon", "Kinzie",
    "Arthington", "Grenshaw", "Cullerton", "Laflin", "Hermitage", "Hoyne", "Artesian", "Talman",
    "Washtenaw", "Mozart", "Millard", "Avers", "Kedvale", "Kolmar", "Lorel", "Massasoit",
    "Mcvicker", "Greenview", "Blackhawk", "Granville", "Thome", "Glenlake", "Thorndale", "Balmoral",
    "Winnemac", "Caniff", "Schoenherr", "Evaline", "Yemans", "Trowbridge", "Commor", "Zinow",
    "Klinger", "Charest", "Brombach", "Middlepointe", "Saulino", "Denwood", "Roulo", "Storer",
    "Burt", "Oakwood", "Hanley", "Kean", "Morley",
]  # fmt: skip
NUMBERED = ["26th", "31st", "47th", "55th", "63rd", "71st", "79th", "87th", "95th", "103rd",
            "111th", "119th", "18th", "22nd"]  # fmt: skip
STREET_TYPES = [("St", 10), ("Ave", 10), ("Rd", 3), ("Blvd", 1), ("Dr", 2), ("Ct", 1), ("Pl", 1),
                ("Street", 3), ("Avenue", 3), ("Road", 1), ("Ln", 1), ("Pkwy", 1), ("Ter", 1)]  # fmt: skip
UNITS = ["Apt 2", "Apt 3R", "Apt 1F", "Unit 5", "#2", "2nd Fl", "Rear", "Apt B", "Garden Unit",
         "Apt 304", "Fl 3", "Apt 12C", "Unit 1-A", "Bsmt", "Apt 7", "#1W", "Apt 2E", "Upper"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "N. ", "S. ", "W. ", "E. "]

CITIES = [
    "Harwood Heights", "Norridge", "Lincolnwood", "Westmont", "Downers Grove", "Woodridge",
    "Midlothian", "Tinley Park", "Richton Park", "Flossmoor", "Schiller Park", "Alsip",
    "Crestwood", "Posen", "Dixmoor", "Merrionette Park", "Munster", "Chesterton", "Melvindale",
    "Ecorse", "Eastpointe", "Waterford", "Birmingham", "Gurnee", "Itasca", "Medinah", "Hodgkins",
    "Argo", "Mokena", "Lemont", "Steger", "Schererville", "Walled Lake", "Rockwood", "Southgate",
    "Riverview", "Grosse Ile", "Northville", "Davison", "Imlay City", "Almont", "Armada",
    "Chesterfield", "Hinsdale", "Willowbrook", "Warrenville", "Bloomingdale", "Northbrook",
    "Wauconda", "Hainesville", "Grayslake", "Kildeer", "Huntley", "Gilberts", "Elburn", "Minooka",
    "Channahon", "Shorewood", "Peotone", "Monee", "Saugatuck", "Bridgman", "Coloma", "Mattawan",
    "Blissfield", "Whitmore Lake", "Hartland", "Otisville", "Corunna",
]  # fmt: skip
STATES = ["IL", "MI", "IN", "WI", "OH", "Illinois", "Michigan", "Indiana", "Ill.", "Mich.", "Ind.",
          "il", "mi", "Wisconsin"]  # fmt: skip
_ZIP3 = ["606", "604", "605", "600", "601", "603", "482", "481", "480", "483", "484", "463", "464",
         "531", "530", "441", "436"]  # fmt: skip

DOMAINS = [
    "voyager.net", "autograf.pl", "buziaczek.pl", "amorki.pl", "o2.pl", "idm.net.lb",
    "cyberia.net.lb", "aloola.sy", "windtools.gr", "mycosmos.gr", "teol.net", "yubc.net",
    "beotel.net", "verat.net", "htnet.hr", "iskon.hr", "21cn.com", "hknet.com", "163.com",
    "126.com", "infochan.com", "itelgua.com", "porta.net", "xnet.ro", "zapp.ro", "rdslink.ro",
    "splius.lt", "delfi.lt", "omnitel.net", "stonline.sk", "iraqnet.net", "hadara.ps", "paltel.ps",
    "sbb.rs", "satnet.net", "ecua.net.ec", "ukrnet.net",
]  # fmt: skip
STAFF_DOMAINS = ["inlandseashealth.org", "freshwaterhc.org", "lakeshorecarenet.org",
                 "greatlakesfhc.org", "tricoastmed.org", "straitsclinic.org"]  # fmt: skip

# Every pool the overlap check covered (the word-name lists are exempt by design).
CHECKED_POOLS = ("ORIGINS", "NICKNAMES", "SCRIPT_NAMES", "STREETS", "CITIES", "DOMAINS",
                 "STAFF_DOMAINS")  # fmt: skip

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


def _origin(rng: random.Random, among: tuple[str, ...] | None = None) -> str:
    names = list(among or ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _word_given(rng: random.Random, origin: str) -> str:
    own = WORD_GIVEN_BY_ORIGIN.get(origin)
    return rng.choice(own) if own and rng.random() < 0.7 else rng.choice(WORD_GIVEN)


def _word_family(rng: random.Random, origin: str) -> str:
    own = WORD_FAMILY_BY_ORIGIN.get(origin)
    return rng.choice(own) if own and rng.random() < 0.7 else rng.choice(WORD_FAMILY)


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    roll = rng.random()
    if roll < 0.1:  # about one name in five is an ordinary English word
        first = _word_given(rng, origin)
    elif roll < 0.2:
        last = _word_family(rng, origin)
    elif origin in DOUBLE_SURNAME and roll < 0.45:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.2:  # typed without accents
        first, last = _fold(first) or first, _fold(last) or last
    return first, last


def person(rng: random.Random, _split: str = "tune17") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune17") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def _full_from(rng: random.Random, origin: str) -> str:
    first, last = _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return f"{last} {first}"
    if origin in ARAB and form < 0.2:
        father = rng.choice(ORIGINS[origin][1])
        return f"{first} {father} {last}" if father != first else f"{first} {last}"
    if form < 0.45:
        return f"{first} {last}"
    if form < 0.62:
        return first
    if form < 0.68:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.74:
        return f"{last}, {first}"
    if form < 0.78:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.82:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.86:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.9:
        return f"{first} {last}".upper()
    if form < 0.95:
        return f"{_fold(first)} {_fold(last)}".lower()
    return last


def full_name(rng: random.Random, _split: str = "tune17") -> str:
    return _full_from(rng, _origin(rng))


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{last}, {first}", f"{_fold(last).upper()}, {_fold(first).upper()}",
                       f"{last},{first} {_initial(rng)}", f"{_fold(last).upper()},{_fold(first).upper()}"])  # fmt: skip


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "motrya"


def name_upper(rng: random.Random) -> str:
    first, last = person(rng)
    return f"{_fold(first)} {_fold(last)}".upper()


def word_first(rng: random.Random) -> str:
    return _word_given(rng, _origin(rng))


def word_last(rng: random.Random) -> str:
    return _word_family(rng, _origin(rng))


def word_name(rng: random.Random) -> str:
    origin = _origin(rng)
    first, last = ORIGINS[origin][1], ORIGINS[origin][2]
    return rng.choice([f"{_word_given(rng, origin)} {rng.choice(last)}",
                       f"{rng.choice(first)} {_word_family(rng, origin)}",
                       f"{_word_given(rng, origin)} {_word_family(rng, origin)}"])  # fmt: skip


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def script_name(rng: random.Random, script: str | None = None) -> str:
    return rng.choice(SCRIPT_NAMES[script or rng.choice(list(SCRIPT_NAMES))])


def misspelt(rng: random.Random) -> str:
    """A given name or surname typed wrong: two letters swapped, one doubled or one dropped."""
    name = _fold(rng.choice(person(rng)))
    if len(name) < 4 or not name.isalpha():
        return name
    i = rng.randint(1, len(name) - 2)
    how = rng.random()
    if how < 0.4:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if how < 0.7:
        return name[:i] + name[i] + name[i:]
    return name[:i] + name[i + 1 :]


def initials(rng: random.Random) -> str:
    a, b = _initial(rng), _initial(rng)
    return rng.choice(
        [f"{a}{b}", f"{a}.{b}.", f"{a.lower()}{b.lower()}", f"{a}.{b}", f"{a}{_initial(rng)}{b}"]
    )


def clinician(rng: random.Random) -> str:
    """A clinician as patients type one after "dr": surname, first name or both."""
    first, last = person(rng)
    return rng.choice(
        [last, last, last, f"{first} {last}", first, f"{_given_part(first)[0]}. {last}"]
    )


def staff_name(rng: random.Random) -> str:
    """Front-desk staff, pharmacists and nurses, mostly by first name."""
    first, last = person(rng)
    return rng.choice([first, first, first, f"{first} {last[0]}.", f"{first} {last}"])


def _group_first(group: str) -> Callable[[random.Random], str]:
    return lambda rng: _person_from(rng, _origin(rng, GROUPS[group]))[0]


def _group_last(group: str) -> Callable[[random.Random], str]:
    return lambda rng: _person_from(rng, _origin(rng, GROUPS[group]))[1]


def _group_name(group: str) -> Callable[[random.Random], str]:
    return lambda rng: _full_from(rng, _origin(rng, GROUPS[group]))


def pet(rng: random.Random) -> str:
    return rng.choice(PETS)


# --- Places ------------------------------------------------------------------------------------


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 24999)), f"{rng.randint(1000, 9999)}{rng.choice('AB')}",
                       f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def _street_name(rng: random.Random) -> str:
    return rng.choice(NUMBERED) if rng.random() < 0.15 else rng.choice(STREETS)


def street_line(rng: random.Random) -> str:
    suffix = rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]
    direction = rng.choice(["", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{_street_name(rng)} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def street_unit(rng: random.Random) -> str:
    return f"{street_line(rng)}{rng.choice([' ', ', '])}{unit(rng)}"


def street_address(rng: random.Random, _split: str = "tune17") -> str:
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.04 else line


def bare_street(rng: random.Random) -> str:
    """A street named without a house number, as in "we're off Kedvale"."""
    return rng.choice([rng.choice(STREETS), f"{rng.choice(STREETS)} {rng.choice(['St', 'Ave'])}",
                       f"{rng.choice(NUMBERED)} St", f"{rng.choice(NUMBERED)} and {rng.choice(STREETS)}"])  # fmt: skip


def city(rng: random.Random, _split: str = "tune17") -> str:
    return rng.choice(CITIES)


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice(_ZIP3)}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.12 else z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2023, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _MONTH_DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _format_date(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, ca, yy, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d}, {y}", f"{mo} {d}", f"{ca} {d}", f"{m}/{d}", f"{mo} {d}{o}", f"{d} {mo} {y}", f"{m}-{d}-{yy:02d}",
        f"{ca} {d}{o}", f"{m}.{d}.{yy:02d}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m:02d}/{y}", f"{d}{o} of {mo}",
        f"{mo.lower()} {d} {y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return dob(rng)
    return _format_date(rng, *_ymd(rng))


def dob(rng: random.Random) -> str:
    pick = rng.random()
    lo, hi = (1925, 1945) if pick < 0.25 else (1946, 2000) if pick < 0.7 else (2001, 2024)
    return _format_date(rng, *_ymd(rng, lo, hi))


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{CHAT_ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}",
                       f"{CHAT_ABBR[m - 1]} {d}{_ordinal(d)}", f"{ABBR[m - 1]} {d}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 1930, 2026)
    return f"{y}-{m:02d}-{d:02d}"


def compact_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 1930, 2024)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}" + rng.choice(
        ["", f"{rng.randint(0, 59):02d}", f"{rng.randint(0, 59):02d}-0500"]
    )


def timestamp(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}",
    ])  # fmt: skip


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 105)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.replace("-", " ")])


# --- Numbers and identifiers -------------------------------------------------------------------

_AREA = [312, 773, 872, 708, 630, 847, 224, 779, 815, 313, 248, 586, 734, 947, 810, 219, 414, 262,
         216, 419, 269, 616]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1{a}{b}{c}", f"({a}){b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}-{b}{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def _name_handles(rng: random.Random) -> tuple[str, str]:
    first, last = person(rng)
    return _handle(_given_part(first)) or "motrya", _handle(last) or "zawisza"


def email(rng: random.Random, _split: str = "tune17") -> str:
    f, ln = _name_handles(rng)
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1950, 2012)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f}.{ln}{n}", f"{ln}family", f"mama{f}", f"{f}{ln[:3]}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    f, ln = _name_handles(rng)
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune17") -> str:
    f, ln = _name_handles(rng)
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}", f"{f}{rng.randint(1950, 2012)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune17") -> str:
    f, ln = _name_handles(rng)
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/help-{f}-{ln}",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://instagram.com/{f}_{ln}", f"https://www.tiktok.com/@{ln}{f}",
        f"https://mychart.inlandseashealth.org/visit/{_digits(rng, 8)}", f"https://telehealth.freshwaterhc.org/join/{_letters(rng, 10, string.ascii_lowercase)}",
        f"https://vk.com/{f}{ln}", f"https://www.youtube.com/@{f}{ln}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2601:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [rng.randint(318, 361), rng.randint(362, 386), rng.randint(1, 665), rng.randint(667, 899)]
    )
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"GL{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"00{_digits(rng, 6)}", f"M{_digits(rng, 8)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 9),
            _digits(rng, 10),
            f"{_letters(rng, 2)}{_digits(rng, 8)}",
            f"{_digits(rng, 8)}{_letters(rng, 1)}",
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"XO{_letters(rng, 1)}{_digits(rng, 9)}", mbi(rng), medicaid_id(rng),
                       f"{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"G{_digits(rng, 7)}", f"PB{_digits(rng, 9)}"])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def license_number(rng: random.Random) -> str:
    return rng.choice([
        npi(rng), f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"{_letters(rng, 1)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"036.{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 12)}",
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)} {_digits(rng, 5)}", f"{_letters(rng, 3)} {_digits(rng, 4)}",
                       f"{_letters(rng, 1)}{_digits(rng, 2)} {_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 3)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", _digits(rng, 15),
                       ":".join(_hex(rng, 2).upper() for _ in range(6)), f"{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 4)}",
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"TKT-{_digits(rng, 6)}",
                       f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"PA{_digits(rng, 9)}", f"CASE{_digits(rng, 7)}",
                       f"#{_digits(rng, 7)}"])  # fmt: skip


def rx_number(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 7),
            f"{_digits(rng, 7)}-{_digits(rng, 5)}",
            f"RX{_digits(rng, 7)}",
            f"{_digits(rng, 1)}-{_digits(rng, 6)}",
        ]
    )


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "429", "500", "502"]
    )


def clock(rng: random.Random) -> str:
    hh, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice([f"{hh:02d}:{mi:02d}", f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
                       f"{hh % 12 or 12}{'am' if hh < 12 else 'pm'}", f"{hh:02d}{mi:02d}"])  # fmt: skip


def queue(rng: random.Random) -> str:
    return rng.choice(["sms-inbound", "portal-msg", "nurse-line", "telehealth-chat", "rx-refill", "interp-req",
                       "sched-q", "billing-q"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks text that is not PHI (pets' names, request ids, latencies, clock times, queues).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "FNLOW": ("NAME", first_lower),
    "NAMEUP": ("NAME", name_upper),
    "WFIRST": ("NAME", word_first),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "SCRIPT": ("NAME", lambda rng: script_name(rng)),
    "ARSCRIPT": ("NAME", lambda rng: script_name(rng, "arabic")),
    "CYSCRIPT": ("NAME", lambda rng: script_name(rng, "cyrillic")),
    "KOSCRIPT": ("NAME", lambda rng: script_name(rng, "hangul")),
    "GRSCRIPT": ("NAME", lambda rng: script_name(rng, "greek")),
    "TYPO": ("NAME", misspelt),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "STAFF": ("NAME", staff_name),
    "STREETLINE": ("ADDRESS", street_line),
    "UNIT": ("ADDRESS", unit),
    "STREETUNIT": ("ADDRESS", street_unit),
    "BARESTREET": ("ADDRESS", bare_street),
    "DOB": ("DATE", dob),
    "MD": ("DATE", month_day),
    "DAYTH": ("DATE", day_th),
    "ISODATE": ("DATE", iso_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "RXNUM": ("OTHER_ID", rx_number),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "PET": (None, pet),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "QUEUE": (None, queue),
}
# Per group of origins (GROUPS): F<group> a given name, L<group> a family name, N<group> a full
# name, so that "babcia {FPL}" or "sitto {FCH}" keeps a message's language and its names together.
for _g in GROUPS:
    EXTRA_SLOTS[f"F{_g}"] = ("NAME", _group_first(_g))
    EXTRA_SLOTS[f"L{_g}"] = ("NAME", _group_last(_g))
    EXTRA_SLOTS[f"N{_g}"] = ("NAME", _group_name(_g))


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

# Polish and Ukrainian households.
_CHAT_PL_UA = [
    "dzien dobry, taking {FPL} to her appt {MD} but she has no ride back, can the clinic call {PHONE}",
    "babcia {FPL} fell in the bathroom again, she is {AGE}, do we go to ER or wait for dr {DOC}",
    "dziekuje bardzo!! {FPL} feels much better after the antibiotic",
    "{FPL} {LPL} dob {DOB} mrn {MRN}, need refill of metoprolol 25",
    "dziadek {FPL} wont take the eliquis he says it makes him dizzy. he is {AGEN}. what to do",
    "prosze call my son {FPL} at {PHONE} he speak english better than me",
    "this is {NPL}'s daughter, mama moved in with us at {STREET}, {CITY} {STATE} {ZIP}",
    "ok so {FPL} has the flu and now {FPL} too 🤒 can both kids be seen today",
    "mr {LPL} here, the portal says my mrn is {MRN} but thats my wifes number",
    "ciocia {FPL} is in the hospital since {MD}, who do i talk to about her discharge",
    "{FPL}\nneed to cancel my appointment on {DATE} sorry",
    "hi its {NICK} (mom calls me that lol) real name {FPL} {LPL}, dob {DOB}",
    "wujek {FPL} {LPL} needs interpreter for polish at his visit {MD}",
    "tata {FPL} is {AGEN} this year and still shovels snow, can dr {DOC} tell him to stop",
    "pani {LPL} from the front desk said to text this number, my email is {EMAIL}",
    "dobry wieczor, my husband {FPL} has chest pain, we are in {CITY}, is the after hours nurse there",
    "thank you nurse {STAFF}, {FPL} slept whole night first time in weeks ❤️",
    "the pharmacy lady {STAFF} said insurance denied, member id {PLAN}",
    "{FPL} {LPL}\n{DOB}\n{PHONE}\nplease call back",
    "babunia {FUA} is {AGE} and her legs swell up, she only speaks ukrainian",
    "dyakuyu, my mother {NUA} was discharged {MD} but no one called about the home nurse",
    "{CYSCRIPT} is my daughter, she is 6, fever 102 since last night",
    "hello this is {FUA} {LUA}, i need a letter for work, my dob is {DOB}",
    "dido {FUA} lives with us now at {STREETUNIT}, update his address pls",
    "tato {FUA} needs his insulin, pharmacy says prior auth, rx {RXNUM}",
    "my son {FUA} hurt his arm at school, teacher {FPL} called me",
    "we came from ukraine {MD}, need doctor for my mother {FUA}, she is {AGEN}",
    "its {CYSCRIPT} from yesterday, the cough is worse",
    "mama {FUA} {LUA} - appointment {DATE} at 10, can we move to afternoon",
    "pls send the visit summary to {EMAIL}, name {NUA}",
    "бабуся {FUA} has high pressure 180 today, what do we do",
    "{FUA} here. my wife {FUA} is pregnant 30 weeks and has headache",
    "dyakuyu dr {DOC}!!! 🌻",
    "my neighbor {FPL} drove me, can she come in the room with me",
    "hi we have a new dog {PET} and now my son {FPL} sneezes all day, is that allergy",
    "{LPL} family here, the bill came to the old address, we live at {STREET} now",
    "can dr {DOC} see my mother in law {NPL} same day as me {MD}",
    "ok thx {STAFF} 🙏",
    "pani doktor said come back in 2 weeks, so {MD}?? my name is {FPL} {LPL}",
    "my mom {NPL} is {AGE}, she lives alone on {BARESTREET}, she didnt answer phone since morning",
    "brother {FUA} {LUA} is in icu since {MD}, can i get updates, i am the sister",
]

# Arabic-speaking households (Lebanese, Yemeni, Iraqi, Syrian, Palestinian) and Chaldean and
# Assyrian families.
_CHAT_AR_CH = [
    "salam, my father {NAR} is {AGEN} and he is not eating since {MD}, inshallah the doctor can call {PHONE}",
    "marhaba, this is {FAR}, my son {FAR} has fever 103 and ear pain",
    "sitto {FAR} needs her blood pressure pills, she ran out yesterday, pharmacy is closed",
    "{ARSCRIPT} is my wife, she need arabic interpreter for the appt {MD}",
    "shukran dr {DOC}, {FAR} is much better alhamdulillah",
    "yalla we are coming, tell the front desk {FAR} {LAR} will be 15 min late",
    "jiddo {FAR} {LAR} fell outside the mosque, he is {AGE}, his mrn {MRN}",
    "habibti {FAR} has rash all over after the amoxicillin, is that allergy",
    "this is umm {FAR}, my daughter {FAR} {LAR} needs her vaccine record for school",
    "abu {FAR} here, my phone changed to {PHONE}",
    "{FAR}\n{LAR}\ndob {DOB}\nmy insurance id {PLAN}",
    "ya doctor my mother {NAR} came from yemen {MD}, she has diabetes and no medicine",
    "mama {FAR} is {AGEN}, we need home care, we live {STREET}, {CITY}",
    "baba {FAR} can not walk good, need wheelchair paper for dr {DOC} to sign",
    "my husband {FAR} {LAR} is in the ramadan fast, can he take the metformin at night",
    "ahlan, the address for {NAR} is {STREET} {CITY} {STATE} {ZIP}",
    "khalto {FAR} is with me, she need translation arabic please",
    "inshallah tomorrow, i will bring {FAR} and {FAR} both for physicals",
    "send to my email {EMAIL} please the lab results for {FAR}",
    "this is {FAR}'s son, he is {AGE} and confused today more than usual",
    "ammo {FAR} {LAR} passed away {MD}, please stop the appointment reminders",
    "hi its {FCH} from church, dr {DOC} told me to text my sugar numbers here",
    "shlama, my mother {NCH} has pain in her knee, can she see dr {DOC} again",
    "sitto {FCH} is {AGEN}, she only speak sureth, is there interpreter",
    "my brother {FCH} {LCH} takes her to the appt, his number {PHONE}",
    "we are the {LCH} family, we moved to {CITY}, new address {STREET}",
    "baba {FCH} had the surgery {MD}, the stitches are red and hot",
    "{FCH} {LCH}\nDOB {DOB}\nneed refill lisinopril 10",
    "can u tell dr {DOC} that {FCH} is still coughing after the zpak",
    "hi this is {NCH}, the bill for account {ACCOUNT} is wrong, we paid",
    "my uncle {FCH} owns the party store, he cant come during the day, any evening appt",
    "{FAR} {LAR} - mrn {MRN} - pls call me {PHONE} about the mri",
    "my wife {ARSCRIPT} has appt {MD} at 2, can i come with her as translator",
    "the dr {DOC} in the er said follow up with you, {FAR} {LAR} dob {DOB}",
    "salam alaikum, my grandma {FAR} is {AGE}, she is dizzy since morning 😢",
    "{FAR} is the one who usually texts, this is her sister {FAR}",
    "need a note for school for {FAR}, she missed {MD} and {MD}",
    "ok shukran {STAFF}",
    "assalamualaikum, {FAR} {LAR} from the westside clinic, i need my xray cd",
    "my mother in law {NAR} lives with us on {BARESTREET}, she had fall",
    "the pharmacist {STAFF} at the arabic pharmacy said call you for the dose",
    "hi it's {FCH} again, my license {LICENSE} is on file for the controlled rx right",
    "{FAR}: my kid {FAR} swallowed a penny 😭 he is ok breathing",
    "mashallah the baby {FAR} gained weight!! thank u nurse {STAFF}",
    "my dad {NAR} is {AGEN} and wants to fast ramadan, dr {DOC} please call him {PHONE}",
    "teta {FAR} {LAR} mrn {MRN} she needs new walker",
    "ma3 salama, {FAR}",
    "i am {FAR}, from iraq, new patient, my email {EMAIL} and phone {PHONE}",
    "we live in {CITY} now not {CITY}, address {STREET}, zip {ZIP}",
    "my son {FAR} plays soccer, needs sports physical before {MD}",
]

# Spanish-speaking households (Mexican, Puerto Rican, Guatemalan, Ecuadorian).
_CHAT_ES = [
    "hola buenas, mi mamá {NES} tiene cita el {MD} pero no tenemos ride",
    "soy {FES}, mi hijo {FES} tiene calentura desde anoche 🤒",
    "mami {FES} is {AGEN} and she fell, we are at {STREET} {CITY}",
    "gracias dr {DOC}!! {FES} ya está mejor",
    "abuela {FES} {LES} needs her insulin refill, rx {RXNUM}",
    "mija {FES} has asthma attack, the albuterol not working, call me {PHONE}",
    "{FES} {LES}\nfecha de nacimiento {DOB}\nnecesito mi receta",
    "tía {FES} is staying with us at {STREETUNIT}, can she get appt here",
    "oye this is {FES} from yesterday, the baby still not eating good",
    "mi esposo {NES} tiene dolor de pecho, we are in {CITY}",
    "the lady at the front desk {STAFF} said to text here about my bill, account {ACCOUNT}",
    "ay no, i forgot my appt {MD}, can i reschedule? soy {NES}",
    "mi correo es {EMAIL}, please send the papers for {FES}",
    "abuelo {FES} turns {AGEN} on {MD}, dr {DOC} wants to see him before",
    "buenas noches, {FES} {LES} mrn {MRN}, tengo fiebre y tos",
    "my son {FES} got bit by the neighbors dog {PET}, its bleeding a little",
    "mi nombre es {NES} y mi seguro es {PLAN}",
    "{FES}'s school needs the shot record, dob {DOB}",
    "hi its {NICK} lol {FES}'s mom, the rash is back",
    "dios te bendiga nurse {STAFF} 🙏🙏",
    "we moved to {CITY} {STATE} {ZIP}, the new address is {STREET}",
    "mi papá {NES} está en el hospital desde el {MD}, who can tell me how he is",
    "ok gracias, {FES}",
    "wepa!! the sugar is 110 today, thank you {STAFF}",
    "my abuela {NES} is {AGE} and wants the covid booster, when",
    "el doctor {DOC} said to call if fever goes over 102, its 103.4 now",
    "mami {FES} {LES} lives alone on {BARESTREET}, she didnt pick up since lunch",
    "{LES} family, my husband's license is {LICENSE} for the parking form",
    "para {FES}: appt confirmed {DATE} at 9:30",
    "my daughter {FES} is 15 weeks pregnant and spotting, what do i do",
    "yo soy {FES} {LES}, nací el {DOB}, my portal user is {USER}",
    "comadre {FES} brought me, she can translate",
    "my cousin {FES} {LES} has the same doctor, can we go together {MD}",
    "the pharmacia on the corner said dr {DOC} never sent the rx",
    "mi suegra {NES} llegó de guatemala {MD}, necesita doctor",
    "padrino {FES} died {MD}, he was {AGEN}, stop calling his phone {PHONE}",
    "hola es {FES}, mi mrn {MRN}, my phone changed to {PHONE}",
    "my brother {FES} broke his ankle playing futbol, xray at {CITY} urgent care",
    "se me olvido, my dob is {DOB} and my name is {FES} {LES}",
    "can u fax the forms to {FAX}, its my job for {FES}",
    "chiquito {FES} has a bump on his head, he fell off the bed",
    "bendición, {FES} here, my ebt and medicaid id {MEDICAID}",
]

# Korean, Hindi and Urdu, Rohingya, Hmong, Chinese, Vietnamese and Filipino households.
_CHAT_ASIA = [
    "annyeong haseyo, my halmeoni {FKO} is {AGEN}, she has cough for 2 weeks",
    "eomma {FKO} needs korean interpreter at appt {MD}",
    "{KOSCRIPT} is my grandmother, dob {DOB}, she is in the er now",
    "kamsahamnida dr {DOC} 🙇",
    "this is {FKO} {LKO}, my mrn is {MRN}, i need a copy of my records",
    "harabeoji {LKO} {FKO} lives with us at {STREET}, {CITY}",
    "my son {FKO} took too many tylenol by mistake, he is 4",
    "{LKO} {FKO}\n{DOB}\nrefill amlodipine pls",
    "the korean church lady {FKO} drove my mom, her phone {PHONE}",
    "namaste, my dadi {FSA} is {AGEN} and sugar is 400",
    "ammi {FSA} needs urdu interpreter for the eye doctor {MD}",
    "hi this is {FSA} {LSA}, my husband {FSA} has fever since {MD}",
    "nani {FSA} {LSA} lives with us on {BARESTREET}, she had fall",
    "beta {FSA} needs school physical, dob {DOB}",
    "salaam, its {NSA}, mrn {MRN}, the portal locked me, user {USER}",
    "dhanyavaad nurse {STAFF}!!",
    "my bhabhi {FSA} is pregnant and vomiting, can she be seen today",
    "abbu {FSA} {LSA} is {AGE}, very weak, we are at {STREET} {CITY}",
    "papa {FSA} takes metformin and jardiance, the pharmacy {STAFF} said interaction?",
    "assalamu alaikum, i am {FRY} {LRY}, rohingya, i need interpreter",
    "my mother {FRY} is sick, she no speak english, my phone {PHONE}",
    "this is {FRY}'s brother {FRY}, she gave birth {MD}",
    "{FRY}\nmy mrn {MRN}\ni need medicine for my son {FRY}",
    "nyob zoo, my niam tais {FHM} {LHM} is {AGEN}, she needs hmong interpreter",
    "pog {FHM} has diabetes and her sugar 350 today",
    "this is {FHM} {LHM}, my son {FHM} has ear infection again",
    "ua tsaug nurse {STAFF}",
    "txiv {FHM} fell in the garden, he is {AGE}, we live {STREET} {CITY}",
    "my grandma {NHM} needs a ride to appt {MD}, can the clinic help",
    "nei hou, my popo {FEA} is {AGEN} and she not eating",
    "this is {NEA}, my mrn {MRN}, i need a cantonese interpreter",
    "my mom {FEA} {LEA} lives at {STREET}, {CITY} {ZIP}, she had stroke {MD}",
    "xie xie doctor {DOC}",
    "chào bác sĩ, my ba {FEA} has chest pain, we are coming",
    "má {FEA} needs the flu shot, she is {AGEN}",
    "this is {FEA}, my daughter {FEA} has rash from the new lotion",
    "lola {FEA} {LEA} is in the hospital {MD}, can i ask about her",
    "tita {FEA} here, can i pick up my nephews prescription",
    "salamat po nurse {STAFF}!! 🙏",
    "ate {FEA} is my sister, she can speak for me, her number {PHONE}",
    "kuya {FEA} {LEA} dob {DOB} needs his xray results",
    "my nanay {NEA} is {AGE}, she lives with us at {STREET}",
    "my son {FKO} is allergic to peanuts and the school nurse {STAFF} needs the form",
    "appa {FKO} {LKO} has appt {DATE}, can we get korean speaking doctor",
    "{FSA} {LSA}, email {EMAIL}, please send the bill",
    "unnie {FKO} takes me to chemo, can she get the parking pass, plate {PLATE}",
    "my dada {FSA} needs wheelchair at the entrance {MD}, he is {AGEN}",
    "hi its {FEA} 😊 the baby {FEA} is pooping green is that ok",
]

# Bosnian, Serbian, Croatian, Macedonian, Albanian, Greek and other European households.
_CHAT_EU = [
    "merhaba, nena {FBK} is {AGEN}, her sugar is high and she is confused",
    "hvala doktore {DOC}!!",
    "this is {FBK} {LBK}, my mrn {MRN}, need refill of my pressure pills",
    "dedo {FBK} {LBK} needs bosnian interpreter, appt {MD}",
    "teta {FBK} lives with us now at {STREET}, {CITY} {STATE}",
    "my husband {FBK} had heart attack {MD}, he is home now, who do we call",
    "{FBK}\n{DOB}\nplease call {PHONE}",
    "tetka {FBK} came from bosnia, can she get appt, she is {AGE}",
    "pozdrav, its {NBK}, i moved to {CITY}, update my address {STREET} {ZIP}",
    "mirupafshim, this is {FSQ} {LSQ}, my son {FSQ} has fever",
    "nene {FSQ} needs albanian interpreter for mri {MD}",
    "baba {FSQ} is {AGEN} and wont drink water, worried",
    "faleminderit dr {DOC} 🙏",
    "{FSQ} {LSQ} dob {DOB} mrn {MRN}",
    "hi it's {FSQ}, my email is {EMAIL}, send me the form",
    "yiayia {FGR} is {AGEN} and her leg is swollen and red",
    "papou {FGR} {LGR} needs greek speaking nurse if possible",
    "{GRSCRIPT} here, my daughter has strep again",
    "efharisto {STAFF}!",
    "this is {NGR}, i need to reschedule {DATE} to next week",
    "kyria {LGR} from the bakery told me to call you, my mom {FGR} is {AGE}",
    "thea {FGR} {LGR} lives on {BARESTREET}, can home health go there",
    "hi its {NEU}, appt on {MD} still ok?",
    "nonna {FEU} fell at church, she is {AGEN}, we are taking her to er",
    "my nonno {FEU} {LEU} has dementia and keeps calling 911",
    "grazie dr {DOC}",
    "this is {FEU} {LEU}, i need my flu shot record, dob {DOB}",
    "my babička {FEU} is {AGE}, she needs ride to dialysis",
    "močiutė {FEU} {LEU} has appt {MD}, she needs lithuanian interpreter",
    "bunica {FEU} is visiting from romania, she got sick, can she be seen, she has travel insurance {PLAN}",
    "my gran {FEU} {LEU} lives alone in {CITY}, shes {AGEN} and stubborn lol",
    "its {NEU}, my new number is {PHONE}, old one is dead",
    "mr {LEU} here, about the bill {ACCOUNT}, i paid by check {MD}",
    "send to {EMAIL} pls, name is {NBK}",
    "{LBK} family: mom is {AGEN}, dad {FBK} is 88, both need flu shots",
    "{LGR}, {FGR} - dob {DOB} - pls call {PHONE}",
    "thank u {STAFF} at the front desk, you were so nice to my dedo {FBK}",
    "my brother {FSQ} {LSQ} drives a truck, his vin {VIN} for the dot physical",
    "my mother {NGR} passed {MD}, pls close her account",
    "tetka {FBK}'s neighbor {FBK} found her on floor, she is {AGEN}",
]

# Nigerian, Ghanaian, Ethiopian and Eritrean, Haitian, Jamaican and African American households.
_CHAT_AF = [
    "good morning ma, this is {FNG} {LNG}, my mum {FNG} is {AGEN} and not eating",
    "aunty {FNG} said i should message here, my son {FNG} has malaria symptoms after travel",
    "pls dr {DOC} should she continue the lisinopril, she is {AGE}",
    "well done nurse {STAFF}, thank you ma 🙏🏾",
    "{FNG} {LNG}\ndob {DOB}\nmrn {MRN}\nneed my results",
    "my mummy {NNG} arrived from nigeria {MD}, she is hypertensive, can she register",
    "na {FNG} here o, the pharmacy no give me the drugs",
    "my wife {FNG} delivered {MD}, baby {FNG} is jaundiced",
    "kindly send the invoice to {EMAIL}, thanks, {FNG}",
    "medaase, {FNG} {LNG} from the ghana church, my phone {PHONE}",
    "selam, emaye {FHA} is {AGEN}, she needs amharic interpreter",
    "abaye {FHA} {LHA} has appt {MD}, we live at {STREET} {CITY}",
    "this is {FHA}, my son {FHA} has asthma, inhaler finished",
    "ameseginalehu dr {DOC}",
    "{FHA} {LHA} dob {DOB} please call {PHONE}",
    "my haftey {FHA} lives with us now, she speak tigrinya only",
    "bonjou, manman {FCB} is {AGEN} and very weak, we are in {CITY}",
    "grann {FCB} {LCB} needs creole interpreter appt {MD}",
    "mesi anpil nurse {STAFF} ❤️",
    "this is {NCB}, my mrn {MRN}, phone changed {PHONE}",
    "wah gwaan, granny {FCB} {LCB} pressure high 190 today",
    "big up dr {DOC}, {FCB} feeling better",
    "mi mumma {FCB} is {AGE} and she nah take her meds",
    "hey its {FAA}, my grandmother {NAA} is {AGEN}, she fell at church",
    "my baby {FAA} got a fever of 102.6 what do i give her",
    "mama {FAA} {LAA} lives with me at {STREET}, {CITY} {STATE} {ZIP}",
    "this {FAA} {LAA}, i missed my appt {MD} cause the bus never came",
    "auntie {FAA} said you could help with her insulin, she out since {MD}",
    "my son {FAA} {LAA} dob {DOB} need his physical for football",
    "big mama {FAA} is {AGEN} and she sharp as a tack lol but her hip hurt",
    "hey {STAFF} its {FAA} again, did dr {DOC} sign the papers",
    "my grandson {FAA} stays with me, can i bring him to my appt {MD}",
    "{FAA}!!! pick up ur phone, its mama — sorry wrong chat 😂",
    "my cousin {FAA} {LAA} needs a ride to dialysis, his address {STREET}",
    "my pastor {FAA} {LAA} is coming with me to my appointment",
    "ms {LAA} here, my email is {EMAIL}",
    "this is {FNG}'s husband, she is in labor, we are coming",
    "{LNG} {FNG}, mrn {MRN}, pls send the sick note to my job fax {FAX}",
    "my uncle {FCB} {LCB} is {AGEN} and lives alone in {CITY}",
    "this is {NHA}, i need my visa medical forms, dob {DOB}",
]

# Everyone: names in passing, as subjects, alone on a line, around greetings and sign-offs, in
# lower case where they are words, nicknames, typos, clinicians, pharmacists and front desk, pets,
# brands, voice to text, and several identifiers in one message.
_CHAT_GEN = [
    "taking {FIRST} to her appt then picking up {FIRST} from school so we might be late",
    "{FIRST} threw up twice since dinner, is that the stomach bug going around",
    "{FIRST}",
    "{NAME}\n{DOB}",
    "hi {STAFF}!! its {FIRST} again lol",
    "ok thanks so much\n- {FIRST}",
    "thank you!! {FIRST} & {FIRST}",
    "mr {SURNAME} at the pharmacy said my insurance changed",
    "mrs {SURNAME} my neighbor says her doctor is dr {DOC}, is he taking new patients",
    "dr {DOC} said the mri was fine but my back still kills",
    "pharmacist {STAFF} said to ask dr {DOC} about lowering the gabapentin",
    "the girl at the front desk, {STAFF} i think, told me to use this chat",
    "my dog {PET} ate my ibuprofen 😱 not me, asking for him, is the vet line here",
    "{FIRST} is allergic to penicillin and the urgent care gave her augmentin",
    "{WFIRST} has a fever of 101 and wont eat",
    "my daughter {WFIRST} needs her shots before school starts",
    "tell {WFIRST} her results are in the portal pls",
    "mr {WLAST} from room 4 was my husband, he passed {MD}, thank you all",
    "{WNAME} here, need to move my appt",
    "my grandma {WNAME} is {AGEN} today!! 🎂",
    "its {TYPO}, sorry typo, {FIRST}",
    "can you tell dr {TYPO} i called",
    "{INITS} here, the one with the knee brace, need a refill",
    "its {FNLOW} dob {DOB}",
    "this is {FIRST} {SURNAME} date of birth {DOB} my phone number is {PHONE} period please call me back",
    "hey siri text the nurse line my son {FIRST} has a temperature of one oh two point five",
    "call me back at {PHONE} comma its about my mother {NAME}",
    "{NAME} dob {DOB} mrn {MRN} phone {PHONE} email {EMAIL}",
    "new address: {STREET}, {CITY}, {STATE} {ZIP}\nnew phone {PHONE}\nname {NAME}",
    "my mrn is {MRN} and my dob is {DOB}, can i get my a1c result",
    "i think my mrn is {MRN} or maybe thats my husbands {FIRST}",
    "pls update my email to {EMAIL} and my cell to {PHONE}",
    "hi this is {NAME}'s mom, {FIRST} has pink eye, can we get drops without coming in",
    "my husband {FIRST} and i both have covid, can we both get paxlovid",
    "omg {FIRST} just stepped on a nail 😩 when was his last tetanus",
    "so {FIRST} says her chest feels tight and {FIRST} says its anxiety, which is it lol",
    "tell dr {DOC} thank u for everything, {FIRST} ❤️❤️",
    "my mom is {AGEN}. her name is {NAME}. she lives at {STREET} {CITY}",
    "my father {NAME} is {AGE} and has a bedsore, can the home nurse come {MD}",
    "{SURNAME} here. calling about my wifes biopsy",
    "its the {SURNAME}s, both kids need flu shots",
    "hey its me {NICK}, {FIRST}'s sister, she lost her phone",
    "we call her {NICK} but her chart name is {NAME}",
    "grandpa {NICK} is {AGEN}, is that too old for the shingles shot",
    "{SCRIPT} is my mom, she is coming {MD}",
    "can dr {DOC} sign the handicap placard form for {NAME}, plate {PLATE}",
    "i gave my license {LICENSE} at the window, did it go thru",
    "the cgm serial is {DEVICE} and it keeps saying sensor error",
    "my insulin pump {DEVICE} beeps no delivery, {FIRST} is 9",
    "logging in from {IP} keeps failing, user {USER}",
    "here is the gofundme for {FIRST}'s surgery {URL}",
    "my medicare number is {MBI} if that helps",
    "medicaid id {MEDICAID} for {FIRST} {SURNAME}",
    "ssn {SSN}, i know i shouldnt text it but the billing lady asked",
    "account {ACCOUNT} says past due but i paid {MD}",
    "rx {RXNUM} for {FIRST} says ready but the walgreens says no",
    "claim {OTHER} got denied, can someone call me {PHONE}",
    "is the telehealth link for {FIRST} still {URL}",
    "{FIRST}?? are you the nurse from yesterday",
    "hi {STAFF}, {FIRST} here, same problem as last week",
    "good morning nurse {STAFF}, {FIRST} had a bad night",
    "night nurse {STAFF} was amazing with my mom {FIRST}",
    "dr {DOC} and dr {DOC} said different things about the blood thinner, who do i listen to",
    "my ob dr {DOC} is on vacation, can dr {DOC} cover",
    "ask {FIRST} at the window, she knows me",
    "{FIRST} {SURNAME} is my caseworker, her email is {EMAIL}",
    "my home health aide {FIRST} noticed a sore on moms heel",
    "my caregiver {FIRST} {SURNAME} is allowed to talk for me, she is on my hipaa form",
    "{FIRST} from the insurance called, said i need a referral from dr {DOC}",
    "took {FIRST} to the er last night at {CITY}, they said follow up here",
    "the ambulance took grandpa {FIRST} to the hospital, he is {AGEN}",
    "{FIRST} and {FIRST} both have lice 😫 again",
    "its {FIRST}. i'm the patient. my mom usually texts",
    "is this still {FIRST}'s nurse? it's her husband {FIRST}",
    "sorry wrong number, looking for dr {DOC} office",
    "yes this is {FIRST} confirming {MD} at 11 👍",
    "can't make it {MD}, {FIRST} has a fever, can we do {MD} instead",
    "reschedule {NAME} from {DATE} to any day next week",
    "{MD} works for {FIRST}",
    "confirm\n{FIRST} {SURNAME}",
    "y\n- {FIRST}",
    "stop texting {PHONE} its not {FIRST} anymore",
    "this number {PHONE} belongs to {NAME} now, the old lady moved",
    "wrong person, i'm {FIRST} not {FIRST}",
    "my moms caregiver is {FIRST}, my brother {FIRST} is power of attorney",
    "{FIRST} my son needs an inhaler refill asap",
    "grace period for the bill? {FIRST} {SURNAME} acct {ACCOUNT}",
    "will {FIRST} need to fast before the blood work",
    "hope {FIRST} can get in today, her ear is killing her",
    "mark {FIRST} down as not coming {MD} please",
    "{WFIRST} {WLAST} is my daughter, dob {DOB}",
    "bill for {FIRST} came to {STREET} but we moved to {CITY}",
    "{WFIRST} {SURNAME} is my mom, i'm her daughter {FIRST}",
    "{WFIRST} {SURNAME} here, i had the colonoscopy {MD}",
    "{WFIRST} {SURNAME} checking in for {FIRST}",
    "{WFIRST} is my grandpa, yes thats his real name lol, he is {AGEN}",
    "my son {FIRST} {WLAST} is 2 and has a rash",
    "{FIRST} {WLAST} jr is my son, dob {DOB}",
    "autocorrect changed my moms name to {WFIRST} lol its {NAME}",
    "voice text: my mother {NAME} is having trouble breathing can someone call {PHONE}",
    "this is {FIRST} speaking to text sorry for mistakes my sons name is {FIRST} he has a cough",
    "message for doctor {DOC} from {NAME} date of birth {DOB} about the refill",
    "hello i am {NAME} i am {AGE} years old i need help with my medicine",
    "hi\n\nits {FIRST}\n\nthe pain is back",
    "can someone call {FIRST} at {PHONE} she doesnt text",
    "text {FIRST} at {PHONE} not me",
    "my email changed it is {EMAIL} thanks {FIRST}",
    "please mail the card to {STREETUNIT}, {CITY} {ZIP}",
    "we're off {BARESTREET}, the blue house, for the home visit",
    "the nurse can park on {BARESTREET}, ring the side door",
    "our address is {STREET} {CITY} {STATE} {ZIP} and the gate code is on the fridge lol",
    "shelter address is {STREET}, i stay there now, {FIRST}",
    "i'm at my daughter {FIRST}'s house in {CITY} this week",
    "born {DOB}, name {FIRST} {SURNAME}, need records sent to new dr",
    "{FIRST}'s dob is {DOB} and mine is {DOB}",
    "she was born {DOB}, her twin {FIRST} too obviously lol",
    "my dad {FIRST} is {AGEN} and still drives 😬 can dr {DOC} talk to him",
    "my great grandma {FIRST} is turning {AGEN} on {MD}",
    "is {AGEN} too old for knee surgery? its for my mom {FIRST}",
    "{FIRST} is {AGE} and lives alone in {CITY}, i worry",
    "the er doctor, dr {DOC}, said {FIRST} needs a cardiologist",
    "my therapist {FIRST} said to ask about changing the zoloft",
    "the midwife {FIRST} {SURNAME} said call if contractions 5 min apart",
    "the lactation lady {FIRST} was so helpful, can i see her again",
    "the interpreter {FIRST} didnt show up for my moms visit",
    "i talked to {STAFF} in billing and she said it was fixed",
    "dr {DOC}'s nurse {STAFF} never called me back",
    "can i get {FIRST} {SURNAME}'s results, i'm her mom, she is 12",
    "who is dr {DOC}? i didnt see that doctor but its on my bill",
    "dr {DOC} retired? then who is {FIRST}'s new doctor",
    "omw! tell {STAFF} 5 min",
    "we're in the parking lot, {FIRST} is in a wheelchair, can someone help",
    "send the ride to {STREET} for {FIRST} at 8",
    "the lyft didnt come for {NAME}, address is {STREET}",
    "my mom {NAME} is hard of hearing, pls text not call",
    "{FIRST} took 2 benadryl and now is super sleepy, is that ok, she is 7",
    "{FIRST} ate a gummy vitamin bottle 😬 poison control said call you",
    "is it ok for {FIRST} to take zyrtec and tylenol together",
    "{FIRST}'s ozempic is on backorder at the cvs, can dr {DOC} switch to mounjaro",
    "the walgreens says {FIRST}'s adderall needs a new rx every month",
    "my cat {PET} bit {FIRST} and its swelling",
    "{PET} (our dog) is fine but {FIRST} got scratched",
    "{FIRST} named the new puppy {PET} lol anyway her cough is better",
    "we're at the vet with {PET}, can {FIRST}'s appt be later",
    "hi this is {FIRST}\nmrn {MRN}\ni have a question about my bill",
    "{NAME}\nmrn: {MRN}\ndob: {DOB}\nphone: {PHONE}\nreason: refill",
    "patient {NAME} ({DOB}) needs prior auth, member {PLAN}",
    "for {NAME}: insurance {PLAN}, the rx bin is on the back of the card",
    "{LASTFIRST} dob {DOB} - need copy of vaccine record",
    "FROM {NAMEUP} RE REFILL",
    "this is {NAMEUP} I TYPE IN CAPS SORRY, NEED APPOINTMENT",
    "its {NAME}, {AGE}, lives at {STREET} — wellness check please nobody answers",
    "sorry for all the texts 🙈 {FIRST}",
    "lol ok {FIRST} says thanks",
    "ty {STAFF} ur the best",
    "love u guys, {FIRST} 💕",
    "xoxo {NICK}",
    "— {NAME}",
    "sent from {FIRST}'s iphone",
    "{FIRST} {SURNAME} (patient) and {FIRST} {SURNAME} (mom)",
    "me and {FIRST} both need appts, {FIRST} is {AGE} so maybe the home visit",
    "{FIRST} {FIRST} and {FIRST} all have the same cold",
    "my kids {FIRST}, {FIRST} and baby {FIRST} need physicals",
    "its {FIRST} and {FIRST}'s mom, one has fever one has rash",
    "{SURNAME}, {FIRST} — appointment {DATE}",
    "mr. {SURNAME} was my teacher and now hes my dad's nurse lol small world",
    "coach {SURNAME} said {FIRST} needs clearance to play",
    "{FIRST}s teacher mrs {SURNAME} thinks she has adhd",
    "{FIRST} {SURNAME} from work gave me covid i think",
    "our landlord {FIRST} turned off heat and my son's asthma is worse",
    "the social worker {NAME} said you can help with rides",
    "my probation officer {SURNAME} needs proof of my appointment {MD}",
    "the school nurse {STAFF} sent {FIRST} home with a fever",
    "pastor {SURNAME} is visiting mom in the hospital, can he go in",
    "father {SURNAME} wants to give grandma last rites, she is {AGEN}",
    "sister {FIRST} from the parish brings my meds",
    "i'm {FIRST}, i'm the caregiver for {NAME}, dob {DOB}",
    "can my son {FIRST} {SURNAME} ({PHONE}) pick up my rx",
    "my sister {FIRST} has my poa, her email {EMAIL}",
    "hi its {FIRST} from {CITY}, dr {DOC} patient, the new pills make me itch",
    "my guy {FIRST} drove me to the er last night, i'm home now",
    "babe {FIRST} wants to know if he can come to the ultrasound",
    "my bf {FIRST} is not on my form but he is with me",
    "we're the {SURNAME} twins' parents, {FIRST} and {FIRST}",
    "{FIRST} says hi to nurse {STAFF} 👋",
    "i am {FIRST}'s grandma, she lives with me, her mom {FIRST} is in jail",
    "foster mom here, {FIRST} came to us {MD}, medicaid {MEDICAID}",
    "adopted my nephew {FIRST}, new last name {SURNAME}, need chart updated",
    "{FIRST} changed her name, it used to be {FIRST}, please update",
    "please call me {NICK}, not {FIRST}, thanks",
    "i go by {FIRST} but my legal name is {NAME}",
    "my name is spelled {TYPO} not like on the bracelet",
    "its {FIRST} with a k lol",
    "dr {DOC} or dr {DOC}? i forget which one did my surgery",
]


def _interleave(*pools: list[str]) -> list[str]:
    """Deal the pools out in turn so that any prefix of CHAT mixes every kind of household."""
    out: list[str] = []
    longest = max(len(p) for p in pools)
    for i in range(longest):
        out.extend(p[i] for p in pools if i < len(p))
    return out


CHAT = _interleave(
    _CHAT_GEN[0::2],
    _CHAT_PL_UA,
    _CHAT_AR_CH,
    _CHAT_GEN[1::2],
    _CHAT_ES,
    _CHAT_ASIA,
    _CHAT_EU,
    _CHAT_AF,
)

LOGS = [
    "INFO sms.inbound from={E164} to=shortcode body_len=142 queue={QUEUE} req={REQID}",
    "WARN sms.outbound.failed to={E164} patient_mrn={MRN} err=30006 landline_or_unreachable",
    '{{"event": "sms.received", "from": "{E164}", "patient": "{NAME}", "ts": "{TS}", "queue": "{QUEUE}"}}',
    '{{"event": "chat.session.start", "channel": "after_hours_nurse", "user": "{USER}", "ip": "{IP}", "ts": "{TS}"}}',
    '{{"event": "chat.session.end", "mrn": "{MRN}", "nurse": "{STAFF}", "duration_s": {MS}}}',
    "INFO portal.login ok user={USER} ip={IP} mfa=sms ts={TS}",
    "WARN portal.login.failed user={USER} ip={IP} attempts=5 locked=true",
    'audit user={USER} action=view_chart patient_mrn={MRN} patient_name="{NAME}" ip={IP}',
    'audit proxy_access granted proxy="{NAME}" patient="{NAME}" relationship=daughter ts={TS}',
    'INFO telehealth.join room={REQID} patient="{NAME}" dob={ISODATE} latency_ms={MS}',
    '{{"event": "telehealth.interpreter_requested", "language": "Polish", "patient_mrn": "{MRN}", "requested_by": "{USER}"}}',
    '{{"event": "telehealth.interpreter_requested", "language": "Arabic", "patient": "{NAR}", "ts": "{TS}"}}',
    "POST /api/v2/messages 201 {MS}ms ip={IP} user={USER}",
    "GET /api/v2/patients?family={SURNAME}&given={FIRST}&birthdate={ISODATE} {STATUS} {MS}ms",
    "GET /portal/proxy/invite?email={EMAIL} 200 {MS}ms",
    'PUT /api/v2/patients/{MRN}/address 204 body={{"line": "{STREETLINE}", "city": "{CITY}", "postalCode": "{ZIP}"}}',
    "MSH|^~\\&|EPIC|GLH|PORTAL|GLH|{HLTS}||ADT^A08|{REQID}|P|2.5.1\rPID|1||{MRN}^^^GLH^MR||{SURNAME}^{FIRST}^^^^^L||{HLDATE}|F|||{STREETLINE}^^{CITY}^{STATE}^{ZIP}||{PHONE}",
    "MSH|^~\\&|LAB|GLH|EHR|GLH|{HLTS}||ORU^R01|{REQID}|P|2.5.1\rPID|1||{MRN}^^^GLH^MR||{SURNAME}^{FIRST}||{HLDATE}|M\rOBX|1|NM|4548-4^HbA1c||8.2|%",
    "MSH|^~\\&|SCHED|GLH|SMS|GLH|{HLTS}||SIU^S12|{REQID}|P|2.3\rPID|1||{MRN}||{SURNAME}^{FIRST}||{HLDATE}\rAIP|1||{NPI}^{SURNAME}^{FIRST}^^^DR",
    "NK1|1|{SURNAME}^{FIRST}|DAU^Daughter|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "PV1|1|O|TELEHEALTH^^^GLH||||{NPI}^{SURNAME}^{FIRST}|||||||||||{ACCOUNT}",
    "IN1|1|BCBSIL|{PLAN}|BLUE CROSS||||||||||{SURNAME}^{FIRST}|SEL|{HLDATE}",
    '{{"resourceType": "Patient", "id": "{PTUUID}", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"]}}], "birthDate": "{ISODATE}"}}',
    '{{"resourceType": "Patient", "identifier": [{{"system": "urn:glh:mrn", "value": "{MRN}"}}], "telecom": [{{"system": "phone", "value": "{PHONE}"}}]}}',
    '{{"resourceType": "RelatedPerson", "name": [{{"text": "{NAME}"}}], "relationship": "caregiver", "telecom": [{{"value": "{EMAIL}"}}]}}',
    '{{"resourceType": "Practitioner", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"]}}], "identifier": [{{"system": "npi", "value": "{NPI}"}}]}}',
    'ERROR Traceback (most recent call last): File "portal/proxy.py", line 88 ValueError: no consent on file for {NAME} mrn={MRN}',
    "ERROR sms.router: could not match sender {E164} to a patient; last known {NAME} dob {ISODATE}",
    "ERROR KeyError: 'dob' while parsing intake for {NAME} ({EMAIL})",
    "java.lang.IllegalStateException: duplicate MRN {MRN} for {SURNAME}, {FIRST} at Merge.run(Merge.java:212)",
    'WARN dedupe candidate pair mrn={MRN} mrn={MRN} name_score=0.91 names="{NAME}"|"{NAME}"',
    "INFO rx.refill.requested rx={RXNUM} patient_mrn={MRN} pharmacy_phone={PHONE} via=chat",
    "INFO rx.refill.denied rx={RXNUM} reason=prior_auth pa={OTHER} prescriber_npi={NPI}",
    'INFO pharmacy.callback pharmacist="{STAFF}" rx={RXNUM} patient="{NAME}"',
    'INFO billing.payment acct={ACCOUNT} amount=45.00 payer="{NAME}" method=card',
    'WARN billing.statement.returned acct={ACCOUNT} address="{STREET}, {CITY} {STATE} {ZIP}"',
    'claims.837 submitted claim={OTHER} member={PLAN} subscriber="{LASTFIRST}" dos={ISODATE}',
    'eligibility.271 member={MBI} status=active name="{NAMEUP}" dob={HLDATE}',
    "eligibility.271 medicaid={MEDICAID} status=active plan=MERIDIAN",
    'INFO interp.scheduled language=Hmong patient="{NHM}" appt={ISODATE} interpreter="{STAFF}"',
    'INFO interp.scheduled language=Korean patient="{NKO}" appt={ISODATE}',
    'INFO interp.scheduled language=Bosnian patient="{NBK}" appt={ISODATE}',
    'INFO interp.scheduled language=Rohingya patient="{NRY}" appt={ISODATE}',
    'INFO ride.booked patient="{NAME}" pickup="{STREETLINE}, {CITY}" at={CLOCK} vendor=lyft_health',
    'WARN ride.no_show patient_mrn={MRN} pickup="{STREET}" driver_phone={PHONE}',
    "device.sync cgm_serial={DEVICE} patient_mrn={MRN} readings=288 status=ok",
    'device.alert pump_serial={DEVICE} code=OCCLUSION patient="{NAME}"',
    'parking.validated plate={PLATE} visitor="{NAME}" lot=P2',
    'security.badge visitor="{NAME}" dl={LICENSE} escorted_to=4W',
    '{IP} - {USER} [{TS}] "GET /mychart/messages HTTP/1.1" 200 {MS}',
    '{IP} - - [{TS}] "POST /chat/send HTTP/2" {STATUS} 512 "-" "Mozilla/5.0 (iPhone)"',
    '{TS} INFO chat.transcript.saved nurse={STAFF} patient="{NAME}" msgs=14',
    '{TS} WARN chat.phi_in_free_text field=message sample="my mrn is {MRN}"',
    "{TS} DEBUG nlu.intent=refill entities=[drug:lisinopril, person:{FIRST}]",
    '{TS} DEBUG nlu.entities person="{NAME}" date="{DATE}" phone="{PHONE}"',
    "csv: mrn,last,first,dob,phone\n{MRN},{SURNAME},{FIRST},{DOB},{PHONE}",
    "export.row {MRN}|{SURNAME}|{FIRST}|{HLDATE}|{STREETLINE}|{CITY}|{STATE}|{ZIP}",
    'notify.email to={EMAIL} template=appt_reminder patient="{FIRST}" appt={ISODATE}',
    "notify.email bounced to={EMAIL} code=550 user_unknown",
    "notify.sms to={PHONE} template=telehealth_link url={URL}",
    "INFO staff.login user={USER} email={STAFFEMAIL} ip={IP}",
    'sso.saml assertion subject={STAFFEMAIL} name="{NAME}" role=RN',
    'WARN consent.missing patient="{NAME}" proxy="{NAME}" relationship=son',
    'INFO proxy.form.received minor="{NAME}" guardian="{NAME}" dob={ISODATE}',
    "INFO after_hours.triage disposition=ED patient_mrn={MRN} age={AGEN} nurse={STAFF}",
    'INFO after_hours.triage disposition=home_care patient="{NAME}" callback={PHONE}',
    '{{"level": "info", "msg": "callback scheduled", "patient": "{NAME}", "phone": "{PHONE}", "at": "{CLOCK}"}}',
    '{{"level": "warn", "msg": "address validation failed", "line1": "{STREETLINE}", "city": "{CITY}", "zip": "{ZIP}"}}',
    '{{"level": "error", "msg": "ssn checksum", "ssn": "{SSN}", "mrn": "{MRN}"}}',
    '{{"level": "info", "msg": "vehicle registered", "vin": "{VIN}", "owner": "{NAME}"}}',
    '{{"level": "info", "msg": "gofundme link shared", "url": "{URL}", "by": "{USER}"}}',
    '{{"level": "debug", "msg": "name normalized", "raw": "{TYPO}", "matched": "{NAME}"}}',
    '{{"level": "debug", "msg": "nickname alias", "alias": "{NICK}", "legal": "{NAME}"}}',
    '{{"level": "info", "msg": "pet therapy visit", "dog": "{PET}", "patient_room": "5E-12"}}',
    "scheduler: moved appt {REQID} for {NAME} from {ISODATE} to {ISODATE} by {USER}",
    "scheduler: waitlist add {NAME} ({PHONE}) provider={SURNAME}",
    "INFO fax.sent to={FAX} pages=4 patient_mrn={MRN}",
    'WARN fax.failed to={FAX} retries=3 doc=records_release patient="{NAME}"',
    "ivr: caller={E164} entered_dob={HLDATE} matched_mrn={MRN}",
    'ivr: caller={E164} no_match; spoke_name="{NAME}"',
    "mpi.link mrn={MRN} ext_id={PTUUID} source=hie",
    'hie.query patient="{LASTFIRST}" dob={ISODATE} results=3 latency_ms={MS}',
    "lab.result.released mrn={MRN} test=CBC to_portal_user={USER}",
    'imaging.cd.request patient="{NAME}" mail_to="{STREET}, {CITY} {STATE} {ZIP}"',
    "records.release requester_email={EMAIL} patient_dob={ISODATE} case={OTHER}",
    'AUDIT break_glass user={USER} patient_mrn={MRN} reason="family at bedside"',
    'INFO translation.sent lang=es patient="{NES}" template=discharge',
    'INFO translation.sent lang=ar patient="{NAR}" template=discharge',
    'INFO translation.sent lang=uk patient="{NUA}" template=med_list',
    "worker=3 task=send_reminders sent=212 failed=1 first_failure_to={E164}",
    "retry task=portal_invite email={EMAIL} attempt=2 status={STATUS}",
    "ERROR psycopg2.IntegrityError: duplicate key (email)=({EMAIL})",
    'ERROR psycopg2.DataError: invalid input for birth_date: "{DATE}" patient_id={MRN}',
    "slowlog {MS}ms SELECT * FROM patients WHERE last_name ILIKE '{SURNAME}%'",
    'cache.miss key=patient:{MRN}:name value="{NAME}"',
    "kafka topic=chat.messages key={MRN} value_len=388 offset=91244",
    'webhook.twilio sid={REQID} From={E164} Body="its {FIRST} call me"',
    'webhook.twilio sid={REQID} From={E164} Body="my mrn is {MRN}"',
]

NOTES = [
    "S: Pt {NAME} messaged via portal re: cough x5 days. O: afebrile per pt. A: viral URI. P: supportive care.",
    "After-hours nurse note. Caller: daughter {NAME} ({PHONE}). Patient: {NAME}, DOB {DOB}, MRN {MRN}. Disposition: ED.",
    "Phone note: spoke with {FIRST} {SURNAME}, pt's son, who reports pt is {AGEN} and more confused since {MD}.",
    "Telehealth visit with {NAME} (DOB {DOB}); Polish interpreter {STAFF} present. Pt's husband {FIRST} also on video.",
    "Telehealth visit; Arabic interpreter used. Patient {NAR} accompanied by son {FAR}.",
    "Portal message from {NAME}: requests refill of atorvastatin. Last seen by Dr. {SURNAME} on {DATE}.",
    "SMS thread reviewed. Sender identified as {FIRST} {SURNAME}, proxy for her mother {NAME}, MRN {MRN}.",
    "Pt is a {AGEN} yo F, lives with granddaughter {FIRST} at {STREET}, {CITY}, {STATE} {ZIP}.",
    "HPI: {FIRST} is a 4 yo brought by mother {NAME} for fever to 103 since {MD}.",
    "HPI: {AGEN}-year-old man, accompanied by daughter {NCH}, with 2 days of dysuria.",
    "Assessment/Plan: HTN uncontrolled. Discussed with pt and wife {FIRST}. Follow up with Dr. {DOC} in 2 weeks.",
    "Interpreter: Hmong, {STAFF} (vendor ID on file). Patient {NHM}; family present: {FHM} (son).",
    "Interpreter: Korean, in person. Pt {NKO} DOB {DOB}.",
    "Interpreter: Bosnian via phone. Patient {NBK}, MRN {MRN}.",
    "Interpreter: Rohingya via video relay; patient {NRY}, brother {FRY} present.",
    "Interpreter: Spanish. Pt {NES}; husband {FES} at bedside.",
    "Interpreter: Albanian. Pt {NSQ} DOB {DOB}.",
    "Interpreter: Amharic. Pt {NHA}, lives with sister {FHA} in {CITY}.",
    "Interpreter: Haitian Creole. Pt {NCB}.",
    "Social hx: lives in {CITY} with husband {FIRST}; daughter {NAME} is HCPOA ({PHONE}).",
    "Emergency contact: {NAME}, relationship: son, phone {PHONE}.",
    "Emergency contact updated per pt message: {NAME} ({EMAIL}).",
    "Demographics updated: address {STREET}, {CITY} {STATE} {ZIP}; phone {PHONE}; email {EMAIL}.",
    "Pt called from new number {PHONE}; verified identity with DOB {DOB} and address on {BARESTREET}.",
    "Identity verified: name {NAME}, DOB {DOB}. Pt texted full SSN {SSN}; advised not to send it by SMS.",
    "Insurance: {PLAN} (BCBS IL). Secondary: Medicaid {MEDICAID}.",
    "Medicare MBI {MBI}. Account {ACCOUNT}.",
    "Rx: metformin 500 mg BID, Rx # {RXNUM}, pharmacist {STAFF} called re: interaction.",
    "Prior auth {OTHER} submitted for Ozempic; prescriber NPI {NPI}.",
    "CGM transmitter {DEVICE} replaced; pt {NAME} instructed on insertion.",
    "Insulin pump S/N {DEVICE}. Pump rep {FIRST} {SURNAME} to contact pt.",
    "Disability parking form completed for {NAME}; plate {PLATE}.",
    "DOT physical: driver {NAME}, CDL {LICENSE}, truck VIN {VIN}.",
    "Portal proxy access granted to {NAME} for minor {NAME} (DOB {DOB}).",
    "Proxy revoked per pt request; former proxy {NAME}.",
    "Pt reports home health aide {FIRST} noticed sacral wound {MD}.",
    "Caregiver {NAME} reports pt, age {AGEN}, fell at home on {DATE}; no LOC.",
    "Pt's nickname is {NICK}; legal name {NAME}. Prefers to be called {NICK}.",
    "Name alert: two patients named {NAME} on this panel; verify DOB {DOB}.",
    "Chart correction: pt's name is spelled {NAME}, not {TYPO}.",
    "Pt with dog {PET} at home; no pets in the bedroom advised for asthma.",
    "Pt's cat {PET} scratched hand {MD}; cellulitis, started cephalexin.",
    "Discussed with Dr. {DOC} (cardiology) by phone; agrees with plan.",
    "Seen with attending Dr. {NAME}, MD. Note written by {NAME}, RN.",
    "Electronically signed: {NAME}, NP {TS}",
    "Signed by {FIRST} {SURNAME}, PharmD, {MD}",
    "cc: Dr. {DOC}; {NAME}, RN care manager",
    "Message routed to Dr. {SURNAME}'s pool; covering MD Dr. {SURNAME}.",
    "Nurse triage ({STAFF}, RN): pt {FIRST}, 7 yo, ingested 2 diphenhydramine tabs; poison control contacted.",
    "After-hours call {MD} at 02:10 from mother {NAME} re: infant {FIRST}, 3 wk old, temp 100.6 rectal. Sent to ED.",
    "Phone encounter {DATE}: spoke with {NAME}, reports BP 178/96 at home.",
    "Pt states 'my mrn is {MRN}' but chart shows {MRN}; merged by HIM.",
    "HIM: records released to {NAME} at {EMAIL}, request {OTHER}.",
    "HIM: CD of imaging mailed to {STREET}, {CITY}, {STATE} {ZIP}.",
    "Billing note: pt {NAME} disputes charge on account {ACCOUNT}; paid {DATE}.",
    "Financial counselor {STAFF} met with pt's son {FIRST}; charity care application started.",
    "Social work: pt {NAME} staying at shelter at {STREET}; case manager {NAME} ({PHONE}).",
    "Transport: ride booked for {NAME} from {STREET}, {CITY} on {DATE}.",
    "Home visit: {STREETUNIT}, {CITY}. Pt {NAME}, {AGEN} yo, lives with daughter {FIRST}.",
    "Death notification: {NAME}, age {AGEN}, died {DATE} at home; family ({NAME}) requests appointments cancelled.",
    "Pt is {AGEN} and declines colonoscopy; discussed with son {NAME}.",
    "Pt's wife {FIRST} {SURNAME} reports he is fasting for Ramadan; metformin timing adjusted.",
    "Pt traveled to Yemen {MD}-{MD}; returned with fever. Travel hx reviewed.",
    "Pt born in Poland; DOB {DOB}. Emigrated 1989.",
    "Pt prefers Ukrainian; daughter {FUA} translates informally. Offered professional interpreter.",
    "Grandmother ({FKO} {LKO}, {AGEN}) is primary caregiver for child {FKO}.",
    "Mother {NAA} at bedside; father {FAA} on speaker.",
    "SOAP\nS: {FIRST} reports headache x3d\nO: BP 142/90\nA: tension HA\nP: NSAID, f/u prn\n-- {NAME}, PA-C",
    "Chief complaint per portal message from {WNAME}: 'knee swelling since {MD}'.",
    "{WFIRST} {SURNAME}, DOB {DOB}, seen for well child check.",
    "Pt {FIRST} {WLAST} reports medication side effects.",
    "Message from pt's daughter {WFIRST}: pt more short of breath today.",
    "Pt {LASTFIRST} (MRN {MRN}) no-showed {DATE}; outreach SMS sent to {PHONE}.",
    "Outreach: left VM for {NAME} at {PHONE} re: abnormal Pap.",
    "Text from {E164} identified as {NAME}'s husband; no consent on file, no PHI disclosed.",
    "Pt emailed photo of rash from {EMAIL}; uploaded to media tab.",
    "Telehealth link {URL} sent to pt {NAME}.",
    "Pt logged in from {IP}; video failed, converted to phone visit.",
    "Username {USER} reset per pt request; identity verified with DOB {DOB}.",
    "Pt's GoFundMe ({URL}) mentions diagnosis; pt aware.",
    "Referred to Dr. {DOC}, nephrology, {STREET}, {CITY} — fax {FAX}.",
    "Records faxed to {FAX} attn {NAME}.",
    "School form completed for {FIRST} {SURNAME}, DOB {DOB}; school nurse {STAFF}.",
    "Sports physical: {NAME}, 16 yo; cleared. Coach {SURNAME} notified per parent.",
    "Foster placement: child {NAME}, placed {DATE}; caseworker {NAME}, Medicaid {MEDICAID}.",
    "Guardian {NAME} signed consent for minor {FIRST} on {DATE}.",
    "POA: {NAME}. HIPAA release also lists {NAME} and {NAME}.",
    "Chaplain {SURNAME} visited; family ({FCH}, {FCH}) at bedside.",
    "Pt's pastor, Rev. {SURNAME}, visited with pt's permission.",
    "Pharmacy: {STAFF}, PharmD, called; Rx {RXNUM} for {NAME} on backorder.",
    "Front desk ({STAFF}) notes pt {NAME} arrived 40 min late; rescheduled to {DATE}.",
    "Pt requests female provider; scheduled with Dr. {NAME}.",
    "Family meeting {DATE}: pt {NAME}, sons {FIRST} and {FIRST}, daughter {FIRST}; goals of care discussed.",
    "Pt known as {SCRIPT} in family messages; chart name {NAME}.",
    "Advance directive on file; agent {NAME}, alternate {NAME}.",
    "Vaccines: influenza {DATE}, COVID {DATE}. Pt {NAME}.",
    "Lab: A1c 9.1% on {DATE}; pt {FIRST} notified via portal.",
    "Discharge {DATE}; follow up with Dr. {DOC} {MD}. Home with wife {FIRST}.",
    "Addendum {TS}: spoke again with {NAME}; symptoms resolved.",
    "Pt's initials {INITS} used on specimen label; full name {NAME}.",
    "Workers comp: employer contact {NAME}, claim {OTHER}.",
]

# Chat with no identifier: words that could be names in their ordinary sense, kin terms used as
# address, foreign words, drugs, pets, states and countries, weekdays, months and years alone.
_PHI_FREE_CHAT = [
    "i hope the swelling goes down by tomorrow",
    "will the rash spread if i scratch it",
    "is there a grace period on the copay",
    "keeping the faith, the new inhaler seems to help",
    "the bill came and it says 0 balance, is that right",
    "mark the calendar, no more antibiotics after friday 🎉",
    "can i drink rose hip tea with warfarin",
    "summer camp needs a physical form, what do i bring",
    "i used dawn dish soap on the burn is that bad",
    "is this major surgery or outpatient",
    "we need a king size bed wedge for his reflux lol",
    "young kids keep passing the stomach bug around",
    "brown spots on my arms since summer, should i worry",
    "no joy with the new cpap mask, it leaks",
    "patience is running out, 3 weeks waiting for the mri",
    "what a blessing, the fever broke",
    "do me a favour and ask the doctor if i can shower",
    "the baby is so precious, thank you for the visit",
    "at the mercy of the pharmacy again 🙄",
    "got a gift card for the flu shot lol",
    "comfort care only, thats what the family decided",
    "finally some peace, he slept through the night",
    "honey for a cough ok for a 2 year old?",
    "sunshine and vitamin d, is that enough or do i need pills",
    "lovely nurse yesterday, please tell her thanks",
    "frost bite on two toes from shoveling",
    "snow day so we missed the appt, can we redo",
    "winter always makes my asthma worse",
    "day 3 of the prednisone and i cant sleep",
    "kidney stone pain again, same side",
    "wood splinter under the nail, can urgent care get it out",
    "the bell on the pump keeps ringing",
    "he is so moody on the new adhd med",
    "sharp pain under my ribs when i breathe in",
    "the smell is so strong from the wound",
    "swift recovery they said but its been a month",
    "love the new portal, so much easier",
    "a bird flew into the house, do i need a rabies shot",
    "a fox was in the yard and the dog went after it",
    "lamb and rice only for 2 days after the stomach bug?",
    "my little one has a fever",
    "how long should the cough last",
    "the pope was on tv and grandma cried happy tears",
    "bishop came to pray with dad at the hospital",
    "pain in my temple every afternoon",
    "poison ivy all over my legs after camping",
    "is amber alert on my phone what woke the baby lol",
    "she has hazel eyes and now one is red and goopy",
    "the iris of my eye looks cloudy",
    "violet color on the finger after the blood draw",
    "ruby red lips from the ace inhibitor swelling? scared",
    "pearl earring stuck in my daughters ear lobe",
    "sunny day finally, going for a walk like the doctor said",
    "with honor and respect, thank you for caring for my father",
    "charity care form, where do i get it",
    "autumn allergies are killing me",
    "crystal clear pee, am i drinking too much water",
    "can i eat jasmine rice with diabetes",
    "ginger tea for nausea in pregnancy ok?",
    "the nurse was an angel",
    "blood sugar sky high after the steroid shot",
    "the park is closed so no walking this week",
    "the moon boot hurts my shin",
    "my song for physical therapy is on repeat 😂",
    "salmon is ok on the low potassium diet?",
    "player on his team got covid, should we test",
    "babcia says thank you for the phone call",
    "dziadek is doing better today",
    "ciocia brought pierogi to the hospital, is that allowed",
    "teta wants to know if she can fast tomorrow",
    "sitto is sleeping now, the nurse gave her tylenol",
    "jiddo refuses the walker, habibi what do i do",
    "halmeoni is coughing again at night",
    "eomma said the kimchi is fine with her meds",
    "mami no se siente bien hoy",
    "abuela tiene la presión alta otra vez",
    "tía va a venir mañana para ayudar",
    "mija tiene tos desde el lunes",
    "amma is asking about the sugar tablets",
    "nani needs her eye drops refilled",
    "dadi doesnt like the new cane",
    "baba is watching the game and forgot his pills lol",
    "yiayia made avgolemono for the sick kids",
    "papou is stubborn about the oxygen",
    "nona is feeling better, grazie",
    "bunica wants to go home",
    "babička has a cold",
    "nena is praying for everyone at the clinic",
    "dedo is walking with the walker now",
    "nene says faleminderit",
    "pog is in the garden again, too hot",
    "niam tais says ua tsaug",
    "lola wants to know if she can have lechon",
    "tita says salamat po",
    "aunty says well done for the care",
    "mummy is resting now",
    "grann wants coffee, can she have it before the test",
    "granny pressure better today, bless up",
    "big mama is asking for the chaplain",
    "emaye is sleeping finally",
    "popo says the herbal soup helps",
    "bà ngoại is eating better",
    "dyakuyu, all good now",
    "dziękuję bardzo za pomoc",
    "shukran kteer",
    "gracias por todo",
    "kamsahamnida",
    "dhanyavaad",
    "hvala puno",
    "efharisto poli",
    "ameseginalehu",
    "mesi anpil",
    "ua tsaug ntau",
    "salamat po",
    "inshallah he will be ok",
    "mashallah the baby is growing",
    "yalla we are leaving now",
    "wallahi the pain is real",
    "ojalá que no sea nada",
    "ay dios mio the fever is back",
    "aigoo my back hurts",
    "oy vey the pharmacy line is long",
    "biscuit ate a whole sock, vet says he is fine",
    "coco is sleeping on my feet, is the dog hair bad for my asthma",
    "pierogi the cat knocked over my pill box",
    "we named the puppy churro lol",
    "our cat mochi has worms, can we catch it",
    "simba and nala are inside cats",
    "zeus barks when the nurse comes, sorry in advance",
    "can the home nurse come when bella is at daycare",
    "max the dog is 14 and so am i lol jk",
    "is it ok to take tylenol and advil together",
    "the ozempic makes me nauseous",
    "lisinopril cough again",
    "can i cut the eliquis in half",
    "metformin upset stomach every morning",
    "the jardiance makes me pee a lot",
    "zyrtec or claritin for the kids",
    "is mucinex dm ok with high blood pressure",
    "flonase nose bleeds",
    "is it safe to take pepto with the antibiotic",
    "we are driving to michigan for the holiday, can i get refills early",
    "we go back to poland in july for a month",
    "traveling to lebanon next year, which vaccines",
    "grandma is in mexico until march",
    "moved from illinois to indiana, do i need new doctor",
    "coming from ukraine in 2022 we lost all the records",
    "born in yemen, no birth certificate, is that a problem",
    "the family in bosnia sends love",
    "is the clinic open on saturday",
    "thursday works better for me",
    "monday or tuesday morning",
    "in january my deductible resets right",
    "since march the headaches are worse",
    "last year in 2023 i had the same thing",
    "every winter since 2019",
    "she was 45 when it started",
    "he is 82 and still drives",
    "my mom is 88, is that too old for the shot",
    "ok 👍",
    "thank you!!!",
    "lol ok",
    "k",
    "on my way",
    "running 10 min late sorry",
    "can someone call me back",
    "did you get my last message?",
    "the portal keeps logging me out",
    "the link for the video visit isnt working",
    "i cant hear you, the video froze",
    "sorry wrong chat",
    "never mind, figured it out",
]

_PHI_FREE_NOTE = [
    "Pt reports hope of returning to work next month.",
    "Will reassess in 2 weeks.",
    "Grace period for premium discussed with financial counselor.",
    "Pt's faith community provides meals.",
    "Bill of rights reviewed with pt.",
    "Mark on left forearm: benign nevus.",
    "Rose spots absent.",
    "Summer camp form completed.",
    "Dawn phenomenon suspected; fasting glucose elevated.",
    "Major depressive disorder, recurrent, moderate.",
    "King-Devick test normal.",
    "Young adult with acne vulgaris.",
    "Brown recluse bite suspected; wound check in 48 h.",
    "Pt finds joy in gardening; PHQ-9 improved.",
    "Advised patience with titration.",
    "Family describes the pregnancy as a blessing.",
    "Precious metals exposure denied.",
    "Mercy Hospital ED records requested.",
    "Gift of life donor card on file.",
    "Comfort measures only per goals of care.",
    "Peace of mind discussed; pt anxious about biopsy.",
    "Honey avoided under 1 year of age; counselled.",
    "Frost nip of fingertips, rewarmed.",
    "Snow shoveling precipitated chest pain.",
    "Winter formulary change: fluticasone.",
    "Day 5 of 7 amoxicillin-clavulanate.",
    "Kidney stone 4 mm, passed.",
    "Wood splinter removed from palm.",
    "Bell's palsy, right side.",
    "Mood: moody per family; affect congruent.",
    "Sharp chest pain, pleuritic.",
    "Strong family history of colon cancer.",
    "Swift response to diuresis.",
    "Bird fancier's lung considered.",
    "Little improvement with PT.",
    "Long-term use of anticoagulant, Z79.01.",
    "Temple tenderness absent; no jaw claudication.",
    "Poison ivy dermatitis, prednisone taper.",
    "Amber-colored urine.",
    "Hazel eyes; no scleral icterus.",
    "Iris heterochromia, congenital.",
    "Violet discoloration of toes.",
    "Ruby laser treatment history.",
    "Pearl-like papules, r/o molluscum.",
    "Charity care application submitted.",
    "Crystal arthropathy, gout.",
    "Ginger for nausea as tolerated.",
    "Angel dust use denied.",
    "Park bench sleeping reported; social work consulted.",
    "Moon facies noted on chronic steroids.",
    "Salmon patch on nape, benign.",
    "Grandmother (babcia) at bedside translating.",
    "Pt's teta assists with medications.",
    "Halmeoni is primary caregiver.",
    "Pt refers to her grandmother as abuela; grandmother not present.",
    "Pt lives with amma and nani.",
    "Yiayia and papou visited.",
    "Niam tais attended visit.",
    "Lola administers insulin.",
    "Aunty present during exam.",
    "Emaye at bedside.",
    "BP 148/92, HR 88, SpO2 97% RA.",
    "A1c 7.9% from 8.6%.",
    "eGFR 52, K 4.9, Cr 1.3.",
    "Metoprolol succinate 50 mg daily; lisinopril 20 mg daily.",
    "Apixaban 5 mg BID; hold 48 h pre-procedure.",
    "Semaglutide 0.5 mg weekly, GI side effects.",
    "Empagliflozin 10 mg daily.",
    "Albuterol HFA 2 puffs q4h prn.",
    "Cetirizine 10 mg daily.",
    "Interpreter declined by pt; prefers English.",
    "Interpreter: Polish, Arabic, Spanish services available.",
    "Pt traveled to Mexico in December.",
    "Pt from Yemen; TB screening per protocol.",
    "Pt born in Bosnia; hepatitis B screening.",
    "Pt relocated from Illinois to Michigan.",
    "Seen Thursday; return Monday.",
    "Symptoms since March.",
    "Diagnosed 2018; surgery 2020.",
    "Pt is 84 yo, independent ADLs.",
    "Pt is 67 yo with COPD.",
    "Family dog in home; no allergy symptoms.",
    "Cat in home; pt asthma worse at night.",
    "Telehealth visit; audio only due to bandwidth.",
    "Portal message answered within 24 h.",
    "SMS consent on file.",
    "After-hours triage protocol: fever in child > 3 months.",
    "Ramadan fasting counselling provided.",
    "Lent fasting discussed; no medication changes.",
    "Halal gelatin-free vaccine alternatives discussed.",
]

_PHI_FREE_LOG = [
    "INFO sms.inbound queue=nurse-line body_len=34",
    "INFO chat.session.start channel=after_hours_nurse",
    "GET /healthz 200 2ms",
    "INFO portal.login ok mfa=sms",
    "WARN telehealth.join latency_ms=812 room=pending",
    "INFO interp.scheduled language=Polish",
    "INFO interp.scheduled language=Hmong",
    "DEBUG nlu.intent=refill entities=[drug:metformin]",
    '{"event": "chat.session.end", "duration_s": 412}',
    '{"event": "telehealth.interpreter_requested", "language": "Arabic"}',
    "worker=2 task=send_reminders sent=180 failed=0",
    "INFO rx.refill.requested drug=lisinopril via=chat",
    "cache.hit key=formulary ttl=3600",
    "INFO translation.sent lang=uk template=med_list",
    "WARN sms.outbound.failed err=30006",
    "retry task=portal_invite attempt=2 status=200",
    "device.sync readings=288 status=ok",
    "INFO ride.booked vendor=lyft_health",
]

PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG
