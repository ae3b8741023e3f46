"""The "tune5" split: a fifth tuning set, weighted to structured text, written without looking at
the engine, its tests, its benchmark code or its output.

Only the data files were read to write it (generate.py, templates.py, values.py, blind.py,
blind2.py, blind3.py, tune2.py, tune3.py), for the interface and for the pools it must not reuse.
Most of its weight is on text that systems write: Django and DRF request logs, Celery task logs,
nginx and gunicorn access and error logs, PostgreSQL statements and constraint errors ("Key
(email)=(...)"), Python tracebacks with their locals, nested JSON with camelCase and snake_case
keys, key=value lines, query strings and URL paths, HL7 v2 (MSH, PID, NK1, PV1, IN1, GT1, OBX),
FHIR resources, CSV rows under a header, X12 270/837 fragments, audit trails, e-mail headers, SMS
gateway callbacks, fax server logs and EHR interface errors. Names, addresses, cities, ZIP codes
and dates sit in field values under many key spellings (patient_name, pt_nm, fname/lname,
givenName/familyName, guarantor, emergency_contact, addr1, street, postal, dob, birthDate,
svc_dt, admit_ts, ...). Then forms and records (intake forms, insurance cards, pharmacy labels,
lab requisitions, fax cover sheets, reminders, letters, signature blocks), telegraphic clinical
notes with names and dates mid-sentence, and some patient chat.

Names come from many origins (US Anglo and Appalachian, Hispanic with double surnames, African
American, Sahelian and Ghanaian and Liberian, Ethiopian, Ugandan and Rwandan, Cantonese,
Taiwanese and Singaporean, Korean, Vietnamese, Filipino, Tamil, Telugu, Gujarati, Marathi,
Sinhala and Bengali, Levantine, Gulf and Maghrebi Arab, Russian, Serbian, Croatian, Bosnian,
Bulgarian, Baltic and Georgian, Haitian, Cajun, Amish, Jamaican, Thai, Indonesian, Kurdish,
Tibetan and Mongolian, Ojibwe, Cherokee, Lumbee, Hopi, Apache, Pueblo and Yup'ik), in every case
and order ("Last, First M", "LAST,FIRST", "Last^First^M" in HL7 with each part its own span),
some of them ordinary or clinical words ("Creed Kneebone", "Cath Lunger", "Sig Wake"), hyphenated and compound.
Dates come in every machine and human shape (ISO, US, European, 20240314, HL7 timestamps,
"14-Mar-2024", "Mar 14, 2024", Python, PostgreSQL, nginx, Django and HTTP log stamps, ...).

Annotation follows tune3.py and blind3.py: a state is not scored; a weekday next to a date is left
outside it; a whole ISO or logging timestamp is one DATE, while the clock time after an nginx
"14/Mar/2024:" date or a syslog "Mar 14" is left outside, as in blind3.py; only ages over 89 are
AGE_OVER_89; a year alone is not PHI; titles (Dr., Mrs., MD) stay outside a name. In HL7 and X12
each name component (family, given, middle) is its own NAME span. A few slots carry non-PHI
filler (request ids, latencies, clock times) so that log lines vary; their label is None.

No name (given or family; particles such as "de", "van", "la" or "al" aside), street name, city or
e-mail domain here is in the pools or templates of values.py (with the Faker names it draws for
both of its splits), blind.py, blind2.py, blind3.py, tune2.py or tune3.py: every word was checked
with a small script after folding accents and case. Generic address words and TLDs were exempt.
Nor is any in the pools of blind4.py (checked the same way).
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
    "us_anglo": (6, [
        "Braxton", "Etta", "Eudora", "Flossie", "Josie", "Judson", "Laverne", "Lela", "Rhett",
        "Trent", "Letha", "Mckenna", "Kendra", "Maude", "Ardith", "Pansy", "Bonita", "Roxanne",
        "Tabitha", "Ralston", "Obadiah", "Jebediah", "Reba", "Edna", "Reece", "Sybil", "Tilda",
        "Nola", "Tobias", "Vida", "Zella", "Augustus", "Wyatt", "Jace", "Bryson", "Kolton",
        "Zeke", "Kenley", "Kinley", "Hallie", "Ryleigh", "Brecken", "Marley", "Journee",
        "Dawson", "Kylan", "Paxton", "Estel", "Stryker", "Lavada", "Oleta", "Elzie", "Ottis",
    ], [
        "Harbin", "Hatley", "Haywood", "Stapleton", "Hendrix", "Holcomb", "Huckaby",
        "Hollingsworth", "Hudgins", "Ashcraft", "Bingham", "Bixby", "Blackwell", "Huffstetler",
        "Burkhart", "Hunsaker", "Jessup", "Colquitt", "Kirkland", "Lackey", "Dobbins", "Lanier",
        "Gaskins", "Gilliam", "Latham", "Haggard", "Lovett", "Hutto", "Manley", "Markham",
        "Lankford", "Loftis", "Mattingly", "McGee", "Moseley", "McCallister", "Milligan", "Poteet",
        "Morehead", "Scoggins", "Shumate", "Muncy", "Stegall", "Sutphin", "Trammell", "Umphrey",
        "Vandiver", "Younts", "Threadgill", "Dunaway", "Neely", "Norvell", "Ogletree", "Rakestraw",
        "Spradlin", "Stringfellow", "Tipton", "Pardue", "McQuillan", "Gullett", "Haskew", "Ingle",
        "Peebles", "Keck", "Lusk", "Mullins", "Napier", "Overbey", "Prewitt", "Quisenberry",
        "Rowlett", "Turpin", "Varney", "Wampler", "Pittman", "Breedlove", "Cobble", "Plumlee",
        "Fugate", "Gambill",
    ]),
    # Given and family names that are also everyday or clinical words.
    "word_names": (3, [
        "Creed", "Mag", "Navy", "Praise", "Gracious", "Shade", "Cath", "Sig", "Flo",
        "Mel", "Frosty", "Cadence", "Ice", "Stetson", "Jubilation", "Clove", "Raine", "Lotus", "Mango",
        "Marble", "Sorrel", "Pam", "Sal", "Viv", "Ty",
    ], [
        "Kneebone", "Lipps", "Backus", "Heel", "Toe", "Potts", "Ladd", "Manning", "Sleep",
        "Wake", "Dye", "Lipp", "Bible", "Rounds", "Brow", "Gutt", "Brick", "Sand",
        "Lock", "Salve", "Balm", "Shott", "Vial", "Needham",
        "Bunion", "Butter", "Cheese", "Ham", "Cake",
        "Lunger", "Belly", "Hipp", "Toothman", "Footman", "Gumm", "Nosworthy", "Eyre", "Bloodgood",
        "Pulsifer", "Wellman", "Drugan", "Pillsbury", "Tabb", "Achey", "Scarr",
    ]),
    "hispanic": (5, [
        "Policarpo", "Eulalia", "Anayeli", "Romualdo", "Sabás", "Nepomuceno", "Fidencio",
        "Salomé", "Servando", "Tereso", "Jostin", "Fulgencio", "Yulisa", "Baudelio", "Yatziri",
        "Mariela", "Crescencio", "Albino", "Idalia", "Lucrecia", "Esperanza", "Nicolasa", "Sebastiana",
        "Guillermina", "Rosalba", "Yaneli", "Tomasita", "Evangelina", "Floriberta", "Hortensia",
        "Jovita", "Anastasio", "Celestino", "Cleto", "Desiderio", "Donaciano", "Apolinar", "Celerino",
        "Eustaquio", "Facundo", "Gildardo", "Hermilo", "Narciso", "Irineo", "Quirino", "Lamberto",
        "Leoncio", "Maclovio", "Melesio",
    ], [
        "Aguirre", "Anguiano", "Mancilla", "Bañuelos", "Aparicio", "Aponte", "Carrasco", "Aranda",
        "Archuleta", "Montelongo", "Arias", "Armendáriz", "Ávila", "Arámbula", "Cárdenas",
        "Delgadillo", "Frausto", "Avilés", "Monreal", "Pantoja", "Badillo", "Ledezma", "Baeza",
        "Bahena", "Barreto", "Benavides", "Benítez", "Zárate", "De la Torre", "Montes de Oca",
        "Espinosa de los Monteros", "Berríos", "Villagómez", "Briseño", "Chairez", "Cabán",
        "Irigoyen", "Caldera", "Nevárez", "Parra", "Calvillo", "Zamarripa", "Camarillo", "Gaytán",
        "Lomelí", "Cano", "Oropeza", "Tinoco", "Villegas", "Zapién",
    ]),
    "african_american": (4, [
        "Demarco", "Terrell", "Woodrow", "Keshawn", "DeMarcus", "Donnell", "Tavon", "Treyvon",
        "Kareem", "Rasheed", "JaVonte", "Keyon", "Alonzo", "Lakeisha", "LaMarcus", "Raekwon",
        "Tanisha", "Tyshawn", "Lashay", "Tanesha", "Kenyetta", "Ciara", "Shawanda", "Nichelle", "Dasia",
        "Ozell", "Lucius", "Sherise", "Tamisha", "Zaire", "Jazmyne", "Dashawn", "Lamonte", "Tyesha",
        "Shameka", "Dajuan", "Reggie", "Terrance", "Cortez", "Tarik", "Jabril", "Raheem",
        "Hakeem", "Vernell", "Rasheeda", "Lavelle",
    ], [
        "Gaines", "Mosley", "Wingate", "Dorsey", "Haynesworth", "Mayweather", "Witcher", "Jernigan",
        "Woodberry", "Pinkney", "Scruggs", "Whitehead", "Yelverton", "Bellamy", "Boulware", "McNair",
        "Mathis", "Tolbert", "Lofton", "Cromartie", "Easley", "Ellerbe", "Gainey", "Ealy",
        "Grimsley", "Drumgoole", "Hemingway", "Gadson", "Ladson", "Legette", "McCray",
        "McQueen", "McFadden", "Stith", "Moorer", "Mitchum", "Nelms", "Leverette", "Averhart",
        "Crump", "Ruffin", "Gathers", "Jeter", "Scarlett", "Shabazz", "Raglin", "Aikens",
        "Bibbs", "Dantzler",
    ]),
    "west_african": (2, [
        "Bakary", "Khadidiatou", "Ebou", "Kaddy", "Assane", "Yankuba", "Neneh", "Bintou",
        "Kodjo", "Kossi", "Afi", "Yawovi", "Wuyeh", "Nnenna", "Abiona", "Adekola", "Naa", "Momodou",
        "Haddy", "Musu", "Kebbeh", "Saye", "Gbessay", "Ikeoluwa", "Alhassan", "Hauwa", "Nafisa",
        "Yakubu", "Habiba",
    ], [
        "Onwuka", "Ezeugo", "Ojukwu", "Iroha", "Yahaya", "Buhari", "Zubairu", "Jibril", "Suleiman", "Tukur",
        "Kouyaté", "Idris", "Jallow", "Ceesay", "Bojang", "Sanneh", "Njie", "Bappa",
        "Dzogbenuku", "Amegashie", "Yusuf", "Isah", "Nartey", "Lamptey", "Ankrah", "Adomah",
        "Kollie", "Flomo", "Kpoto", "Garba", "Umaru", "N'Diaye",
    ]),
    "east_african": (2, [
        "Hirut", "Workneh", "Fikre", "Kato", "Wasswa", "Nalongo", "Namubiru", "Juma", "Ishimwe",
        "Ssebunya", "Yared", "Biruk", "Nahom", "Abrham", "Rahel", "Sintayehu", "Tirunesh",
        "Haregewoin", "Okwir", "Apio", "Atim", "Nabirye", "Nankya", "Kizza", "Nsamba", "Kemigisha",
        "Mutoni", "Iradukunda", "Gasana", "Mukiza",
    ], [
        "Wolde", "Zewdie", "Mulatu", "Kiggundu", "Musoke", "Lubega", "Nsubuga", "Ochan", "Nyirenda",
        "Mukamana", "Niyonsaba", "Asfaw", "Teshome", "Yilma", "Taye", "Ayana", "Bayissa", "Dibaba",
        "Gemechu", "Tolossa", "Mamo", "Byaruhanga", "Tumusiime", "Ainembabazi", "Katusiime",
        "Kyomuhendo", "Ssekandi", "Nakimuli", "Bigirimana", "Ndayishimiye", "Nkurunziza", "Mugabo",
        "Rutayisire", "Twagirayezu",
    ]),
    # Cantonese, Taiwanese and Singaporean romanizations; written family name first at times.
    "chinese": (3, [
        "Choon Huat", "Tsz Hin", "Boon Keng", "Guek Choo", "Xiaoyu", "Haoyu", "Mingze", "Yutong",
        "Mui Kheng", "Chih-hsiung", "Ziyang", "Ruihan", "Sau Kuen", "Yiu Fai", "Jen-chieh", "Yat Sing",
        "Sum Yuet", "Ka Hei", "Tsung-hsien", "Tzu-hsiang", "Boon Hock", "Li-chuan", "Yueh-o",
        "Ching-i",
    ], [
        "Wan", "Chou", "Shih", "Yen", "Hsia", "Pu", "Lok", "Sze", "Tsui", "Chuang", "Tseng",
        "Yeh", "Hsiao", "Koh", "Teo", "Hsing", "Quek", "Heng", "Toh", "Chua", "Mou", "Nieh", "Luk",
        "Chiao", "Yau", "Fok", "Lui", "Tsoi", "Ti", "Quah", "Poh", "Aw", "Qiao", "Dere", "Chao",
        "Soh", "Tay", "Neo", "Seah", "Phua", "Khoo", "Ooi", "Yap", "Foo", "Boey", "Thio", "Tiong",
        "Chng", "Lew", "Hsueh", "Kao",
    ]),
    "korean": (2, [
        "Hyo-sook", "Deok-hwa", "Nari", "Boram", "Seojin", "Dasom", "Yong-sik", "Geum-ja",
        "Seul-ki", "Gi-tae", "Dae-sik", "Kkot-nim",
    ], [
        "Hyeon", "Keum", "Mun", "Nah", "Myeong", "Pae", "Pak", "Paek", "Chough", "Rah", "Whang",
        "Rho", "Ohm", "Youn", "Roh", "Seol", "Jee", "Ryoo",
    ]),
    "vietnamese": (2, [
        "Cat Tuong", "Ngoan", "Phu", "Thiem", "Thong", "Toai", "Trai", "Tram", "Tue", "Khoi",
        "Ai", "Chuc", "Diu", "Giau", "Hoat", "Hop", "Hiep", "Huan", "Kiem",
    ], [
        "Cu", "Chieu", "Khau", "Khuong", "Pho", "Che", "Ngu", "Nghi", "Tat", "Nguy", "Uong",
        "Lieng", "Nham",
    ]),
    "filipino": (2, [
        "Joylyn", "Teodorico", "Leonora", "Corazon", "Luzviminda", "Nonoy", "Bongbong", "Ging",
        "Rowel", "Jerwin", "Mariel", "Maybelle", "Cherrie", "Lovelyn", "Jennelyn", "Arlyn", "Rhea",
        "Alona", "Carmelita", "Felicidad", "Resurreccion", "Edgardo", "Honorio", "Isagani",
        "Dakila", "Makisig", "Bayani", "Marlyn", "Amihan", "Hiraya", "Emmylou", "Bimbo", "Boyet",
    ], [
        "Magsaysay", "Manalastas", "Balagtas", "Cabahug", "Ilagan", "Salonga", "Umali", "Yambao",
        "Abalos", "Capistrano", "Tanedo", "Mendiola", "Lumibao", "Pagdanganan", "Macasaet",
    ]),
    # Tamil, Telugu, Gujarati, Marathi, Malayali, Bengali and Sinhala names.
    "south_asian": (3, [
        "Karthikeyan", "Selvi", "Anbu", "Padmaja", "Sravani", "Bhargavi", "Chaitanya", "Nirali",
        "Mehul", "Swapnil", "Aniket", "Shubhangi", "Nimal", "Chamari", "Dilani", "Anoop", "Bindu",
        "Jijo", "Reshma", "Shibu", "Soumya", "Arpita", "Partha", "Rituparna",
    ], [
        "Palaniappan", "Chowdary", "Vemulapalli", "Kondapalli", "Bollineni", "Jadhav", "Pawar",
        "Thiruvengadam", "Ramanathan", "Sivakumar", "Sathe", "Kuriakose", "Kelkar", "Thampi",
        "Poduval", "Kaimal", "Rathod", "Chauhan", "Makwana", "Bhalerao", "Shinde", "Gaikwad",
        "Mhatre", "Bhowmick", "Phadke", "Biswas", "Haldar", "Ranganathan", "Muthusamy", "Perumal",
        "Velu", "Jhaveri", "Pai", "Shenoy",
    ]),
    "arab": (3, [
        "Yousef", "Lamia", "Zeinab", "Ayman", "Imad", "Jamil", "Rima", "Hamid", "Rola",
        "Mustapha", "Basma", "Hind", "Samira", "Abdulrahman", "Noura", "Qusay", "Luay", "Ibtisam",
        "Ammar", "Muath", "Firas", "Haitham", "Najla", "Salwa", "Nidal", "Sufian", "Shatha", "Wijdan",
        "Batoul", "Uday", "Ghufran", "Taoufik", "Israa", "Joumana", "Mais", "Adel", "Ola", "Sawsan",
        "Tasneem", "Yara", "Loubna", "Akram", "Hafida", "Abdellah", "Ashraf", "Mohcine", "Zakaria",
        "Meriem", "Lahcen", "Fouad",
    ], [
        "Fassi", "Bensaid", "Haddou", "Mansouri", "Alami", "Zogby", "Aboud", "Ajami", "Kassis",
        "Matar", "Antoun", "Asfour", "Tawil", "Attar", "Baddour", "Bouzid", "Batarseh", "Dahdah",
        "Belhaj", "Cherkaoui", "Al-Ghamdi", "Al-Zahrani", "Al-Janabi", "Al-Obaidi", "Baalbaki",
    ]),
    # Russian, Serbian, Croatian, Bosnian, Bulgarian, Slovak, Baltic and Georgian names.
    "eastern_european": (3, [
        "Vojislav", "Nenad", "Zlatko", "Mirsad", "Amra", "Emir", "Haris", "Lejla", "Dušanka",
        "Ľubomír", "Jasna", "Verica", "Giedrė", "Ieva", "Gatis", "Radovan", "Zorica", "Milorad",
        "Vukašin", "Biljana", "Lyuben", "Svetozar", "Tihomir", "Božidar", "Jasmina", "Senad",
        "Edina", "Svetla", "Elvir", "Kostadin", "Krasimir", "Rumen", "Velichka", "Tsvetelina",
        "Iskra", "Plamen", "Kirill", "Stoyanka", "Donka", "Kęstutis", "Danutė", "Birutė",
        "Gleb", "Jurgita", "Rimantas", "Algirdas", "Egle", "Aldona", "Aigars", "Raimonds", "Inese",
        "Edgars", "Revaz", "Manana", "Lasha", "Irakli",
    ], [
        "Sokolov", "Vasiliev", "Morozov", "Nikolov", "Kováč", "Komarov", "Karpov", "Tikhonov",
        "Yermolov", "Kavaliou", "Navumenka", "Stankevičius", "Vasiliauskas", "Stanković", "Krūmiņš",
        "Hadžić", "Begić", "Mujić", "Delić", "Kurtović", "Georgieva", "Wandzel", "Todorov",
        "Kováčová", "Baláž", "Hudák", "Jankauskienė", "Petrauskas", "Kalniņa", "Ozols", "Liepa",
        "Maisuradze",
    ]),
    "haitian": (2, [
        "Guylène", "Judeline", "Lucmane", "Natacha", "Rosny", "Wisly", "Johnley", "Djenane", "Esaie",
        "Michelet", "Pascale", "Roody", "Yolette", "Yveline", "Lensky", "Berthony", "Emmanise",
        "Jaclin", "Ernso", "Mirline", "Rosenie", "Saintanise", "Vilaire", "Wilguens", "Youvens",
        "Évens", "Medjine", "Fanfan",
    ], [
        "Desravines", "Dorcely", "Simeon", "Dorélien", "Estinvil", "Joassaint", "Josaphat", "Norzéus",
        "Pétion", "Préval", "Lormil", "Séraphin", "Similien", "Télusma", "Vertus", "Zamor",
        "Bazile", "Dérosier", "Fleurimond", "Mésidor", "Octavius", "Paulémon", "Polynice",
        "Saintelus", "Théagène", "Thervil", "Valbrun", "Wilbrun", "Destinvil", "Vilmé", "Almonor",
        "Zéphirin",
    ]),
    "cajun": (1, [
        "Alcide", "Onezime", "Euris", "Odile", "Clothilde", "Noelie", "Valsin", "Adelard", "Placide",
        "Ovide", "Ozemé", "Euclide",
    ], [
        "Quebedeaux", "Zeringue", "Vidrine", "Toups", "Breaux", "Mouton", "Abshire", "Angelle",
        "Chiasson", "Delahoussaye", "Naquin", "Pitre", "Gautreaux", "Cheramie", "Billiot", "Dugas",
        "Duhon",
    ]),
    "amish": (1, [
        "Mose", "Enos", "Aquilla", "Eli", "Lizzie", "Sadie", "Ruthie", "Susie", "Benuel", "Elam",
        "Emanuel", "Mahlon", "Elmina", "Crist", "Joas", "Atlee",
    ], [
        "Hershberger", "Schrock", "Mast", "Bontrager", "Gingerich", "Riehl", "Petersheim",
        "Smucker", "Ebersol", "Beachy", "Wengerd", "Detweiler", "Slabaugh", "Gingrich", "Graber",
        "Helmuth", "Kurtz", "Lantz", "Plank", "Raber", "Schlabach", "Yutzy",
    ]),
    "jamaican": (1, [
        "Delroy", "Fitzroy", "Errol", "Hyacinth", "Desmond", "Dorrett", "Sharlene", "Kemar",
        "Shanique", "Odane", "Romaine", "Tashoy", "Nordia", "Alphanso", "Carlton",
    ], [
        "Ebanks", "Bogle", "Gayle", "Facey", "Dacres", "Hinds", "Lindo", "McFarlane", "Nembhard",
        "Nugent", "Stennett", "Tulloch", "Whyte", "Wint", "Brissett",
    ]),
    "thai_indonesian": (1, [
        "Pimchanok", "Arthit", "Chutima", "Putri", "Wahyu", "Rina", "Joko", "Ayu", "Somsak",
        "Malee", "Achara", "Boonsri", "Prasert", "Ploy", "Anong", "Sunan", "Wichai", "Chaiwat",
        "Yudhistira", "Sutrisno", "Novi", "Yanti", "Fitri", "Eko", "Teguh", "Bayu", "Dimas",
    ], [
        "Wongsawat", "Kaewmanee", "Santoso", "Wijaya", "Susanto", "Hartono", "Gunawan", "Siregar",
        "Nasution", "Simanjuntak", "Sitompul", "Pattanapong", "Suwannarat", "Jaidee", "Kongsuwan",
        "Phongphan", "Sirisombat", "Rungrueang", "Pratama", "Sembiring", "Tarigan", "Hutapea",
        "Pardede", "Manurung", "Lubis", "Harahap", "Purba", "Ginting", "Sinaga", "Panjaitan",
        "Tambunan",
    ]),
    "kurdish_tibetan_mongolian": (1, [
        "Dilan", "Azad", "Rezan", "Hozan", "Batbayar", "Ganbold", "Tsetseg", "Tashi", "Dolma",
        "Tsering", "Dechen", "Norbu", "Lhamo", "Pasang", "Wangmo",
    ], [
        "Dosky", "Rekani", "Jaf", "Dorj", "Bat-Erdene", "Tsering", "Dorje", "Wangdi", "Gyatso",
        "Lhundup",
    ]),
    # Ojibwe, Cherokee, Lumbee, Hopi, Apache, Pueblo and Yup'ik names.
    "native": (2, [
        "Waseya", "Migisi", "Nokomis", "Ayasha", "Makwa", "Ogima", "Tayanita", "Adsila", "Sitsi",
        "Tiponi", "Sakari", "Aponi", "Wenona", "Elu", "Wichapi", "Istas", "Kiona", "Talise", "Bidziil",
        "Angalgaq", "Nuna", "Aklaq", "Panik",
    ], [
        "Plentywolf", "Tsinnijinnie", "Benallie", "Lowery", "Hoskie", "Cornstalk", "Swimmer", "Oocumma",
        "Bigmeat", "Standingdeer", "Climbingbear", "Tahquette", "Catolster", "Bigwitch",
        "Honyumptewa", "Nuvamsa", "Sekaquaptewa", "Lomayestewa", "Talayumptewa", "Goseyun",
        "Cassadore", "Nosie", "Rattler", "Shije", "Kasayulie", "Nanalook", "Kameroff", "Kuzuguk",
        "Catcher", "Whitecloud", "Eaglefeather", "Deerheart",
    ]),
}  # fmt: skip

FAMILY_FIRST = {"chinese", "korean", "vietnamese"}
PARTICLES = {"de", "del", "la", "las", "los", "van", "von", "der", "den", "al", "el", "y"}

# Nicknames in quotes inside a full name and names people go by.
NICKNAMES = [
    "Squirt", "Cricket", "Nonnie", "Pop-Pop", "Chubby", "Moncho", "Tadpole", "Spanky", "Snooks",
    "Ladybug", "Pebbles", "Buttercup", "Bucky", "Curly", "Skipper", "Toots", "Chato", "Chiquis",
    "Pelón", "Junie", "Bunchie", "Dumpling", "Pistol", "Hoss", "Sudsy",
]  # fmt: skip

GEN_SUFFIX = ["Jr", "Sr", "II", "III", "IV", "2nd"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "\u0131": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
                       "Ø": "O", "æ": "ae", "œ": "oe"})  # fmt: skip


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
    if origin == "hispanic" and roll < 0.3 and " " not in last:  # paternal and maternal surnames
        other = rng.choice(lasts)
        if other != last and " " not in other:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    elif roll < 0.06 and " " not in last and "-" not in last:  # double-barrelled across origins
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and "-" not in other and other != last:
            last = f"{last}-{other}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune5") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune5") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune5") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return rng.choice([f"{last} {first}", f"{last.upper()} {first}", f"{last} {first}"])
    if form < 0.28:
        return f"{first} {last}"
    if form < 0.33:
        return f"{first} {mid}. {last}"
    if form < 0.38:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.46:
        return f"{last}, {first}"
    if form < 0.50:
        return f"{last}, {first} {mid}"
    if form < 0.55:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.58:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.62:
        return f"{first} {last}".upper()
    if form < 0.65:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.70:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.78:
        return first
    if form < 0.82:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.84:
        return f'{first} "{rng.choice(NICKNAMES[:12])}" {last}'
    if form < 0.87:
        return f"{first} {mid} {last}"
    if form < 0.90:
        return f"{last} {first}"
    if form < 0.93:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.96:
        return f"{_given_part(first)} {last}"
    return f"{last},{first}"


def last_first(rng: random.Random) -> str:
    """EHR list style: "Whitlock, Verna", "WHITLOCK,VERNA J", "Whitlock,Verna"."""
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
    """A middle name or initial in its own field (HL7 XPN.3, FHIR given[1], a form box)."""
    if rng.random() < 0.55:
        return _initial(rng)
    return _given_part(rng.choice(ORIGINS[_origin(rng)][1]))


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_lower(rng: random.Random) -> str:
    """As a query string or file name carries it."""
    return _handle(person(rng)[0]) or "verna"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "whitlock"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([
        f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
        f"{last}%2C{first}".replace(" ", "+"), f"{last.lower()}%2C+{first.lower()}".replace(" ", "+"),
    ])  # fmt: skip


def word_first(rng: random.Random) -> str:
    return rng.choice(ORIGINS["word_names"][1])


def word_last(rng: random.Random) -> str:
    return rng.choice(ORIGINS["word_names"][2])


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
    "Chalcedony", "Agate", "Obsidian", "Quartz", "Feldspar", "Mica", "Basalt", "Shale", "Turquoise",
    "Tourmaline", "Zircon", "Tanzanite", "Citrine", "Peridot", "Carnelian", "Malachite", "Azurite",
    "Galena", "Cinnabar", "Pyrite", "Gypsum", "Mariner", "Clipper", "Windlass", "Capstan",
    "Halyard", "Bowsprit", "Spinnaker", "Keel", "Tidewater", "Driftwood", "Seaspray", "Sandbar",
    "Breakwater", "Jetty", "Dockside", "Moonstone", "Altair", "Rigel", "Polaris", "Sirius", "Andromeda",
    "Cassiopeia", "Pleiades", "Antares", "Arcturus", "Capella", "Deneb", "Aldebaran", "Kanawha",
    "Rappahannock", "Chattahoochee", "Tombigbee", "Brazos", "Bloodstone", "Cimarron", "Niobrara",
    "Klickitat", "Willamette", "Umpqua", "Sangamon", "Maumee", "Muskingum", "Scioto", "Tuscarawas",
    "Housatonic", "Merrimack", "Kennebec", "Androscoggin", "Penobscot", "Altamaha", "Ocmulgee",
    "Suwannee", "Apalachicola", "Atchafalaya", "Neches", "Nueces", "Llano", "Lapis", "Bitterroot",
    "Kootenai", "Okanogan", "Skagit", "Nooksack", "Wapsipinicon", "Kishwaukee", "Kaskaskia",
    "Meramec", "Gasconade", "Neosho", "Verdigris", "Ouachita", "Washita", "Gingham", "Calico",
    "Muslin", "Chambray", "Corduroy", "Seersucker", "Flannel", "Tweed", "Damask", "Taffeta",
    "Worsted", "Wheelwright", "Chandlery", "Cobbler", "Tinsmith", "Ropewalk", "Brickyard", "Kiln",
    "Foundry", "Smokehouse", "Springhouse", "Icehouse", "Lariat", "Bridle", "Stirrup", "Corral",
    "Chuckwagon", "Serpentine", "Shasta", "Rainier", "Denali", "Katahdin", "Monadnock", "Greylock",
    "Wachusett", "Ascutney", "Pisgah", "Coachlight", "Lamplighter", "Candlewood", "Foxfire",
    "Longleaf", "22nd", "86th", "99th", "Calle Arboleda", "Camino Alto", "Rue Bourbon",
]  # fmt: skip
SUFFIXES = [("St", 9), ("Ave", 7), ("Rd", 6), ("Dr", 5), ("Ln", 4), ("Blvd", 2), ("Ct", 3),
            ("Way", 3), ("Pl", 2), ("Cir", 2), ("Ter", 1), ("Pkwy", 1), ("Trl", 1), ("Xing", 1),
            ("Aly", 1), ("Bnd", 1), ("Holw", 1), ("Mdws", 1), ("Rdg", 1), ("Street", 3),
            ("Avenue", 2), ("Road", 2), ("Drive", 2), ("Lane", 1), ("Court", 1), ("Boulevard", 1),
            ("Cove", 1), ("Trace", 1), ("Pass", 1), ("Path", 1), ("Row", 1), ("Spur", 1)]  # fmt: skip
UNITS = ["Apt 5F", "Apt. 203", "Unit 14B", "Ste 300", "Suite 1200", "#209", "# 4", "Trlr 22",
         "Lot 7", "Rm 3", "Fl 2", "Bldg 4", "Apt B", "Unit 2-R", "Apt 12 Rear", "Apt 3-C",
         "Unit 101", "Apt 6", "#2F", "Ste. 14", "Apt G4", "Basement Apt", "Apt 1107",
         "Unit C", "Lower Level", "Apt 4 North"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NW ", "SE ", "NE ", "SW ", "North ", "South ", "West "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([
        str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
        str(rng.randint(1000, 9999)), str(rng.randint(10000, 89999)), f"{rng.randint(10, 999)}{rng.choice('ABC')}",
        f"{rng.randint(100, 999)} 1/2",
    ])  # fmt: skip


def street_line(rng: random.Random) -> str:
    """Number, street and suffix with no unit: an addr1 or line[0] field."""
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", "", *DIRECTIONS])
    if name.startswith(("Calle ", "Camino ", "Rue ")):
        return f"{_house_number(rng)} {name}"
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    """An addr2 or line[1] field on its own."""
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"POB {n}", f"Post Office Box {n}",
                       f"PO Drawer {rng.randint(1, 999)}", f"P O Box {n}", f"BOX {n}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    r, b = rng.randint(1, 12), rng.randint(1, 499)
    return rng.choice([
        f"RR {r} Box {b}", f"Rural Route {r}, Box {b}", f"RR{r} Box {b}A", f"HC {rng.randint(60, 89)} Box {b}",
        f"HCR {r} Box {b}", f"Star Route Box {b}", f"{rng.randint(100, 9999)} County Road {rng.randint(1, 999)}",
        f"{rng.randint(100, 9999)} CR {rng.randint(1, 999)}", f"{rng.randint(100, 19999)} FM {rng.randint(100, 3500)}",
        f"{rng.randint(100, 9999)} State Route {rng.randint(1, 199)}", f"{rng.randint(100, 29999)} US Hwy {rng.randint(1, 99)}",
        f"{rng.randint(100, 9999)} Old Hwy {rng.randint(1, 99)}", f"N{rng.randint(1000, 9999)} County Rd {rng.choice('KMPQZ')}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune5") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.13:
        return rural_route(rng)
    if kind < 0.16:  # Salt Lake grid
        return f"{rng.randint(1, 99) * 10 + 5} {rng.choice('NSEW')} {rng.randint(1, 99) * 100} {rng.choice('NSEW')}"
    if kind < 0.19:  # Queens hyphenated house numbers
        return f"{rng.randint(10, 250)}-{rng.randint(1, 99):02d} {rng.choice(STREETS)} {rng.choice(['St', 'Ave', 'Rd', 'Blvd'])}"
    if kind < 0.23:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.35:
        line += rng.choice([", ", " ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.06 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


CITIES = [
    "Galveston", "Wynne", "Trumann", "Marfa", "Dumas", "Hereford", "Levelland", "Oskaloosa",
    "Big Spring", "Denison", "Ruidoso", "Los Alamos", "Clarinda", "Cortez", "Steamboat Springs",
    "Ellensburg", "Astoria", "Two Harbors", "Coos Bay", "Hermiston", "Grass Valley", "Placerville",
    "Sonora", "Creston", "Chariton", "Crookston", "Havre", "Glendive", "Spearfish", "Vermillion",
    "Decorah", "Keokuk", "Urbana", "Effingham", "Wadena", "Vincennes", "Mahnomen", "Naknek",
    "Bay City", "Cadillac", "Petoskey", "Aniak", "Brainerd", "Hibbing", "Manitowoc", "Unalakleet",
    "Rhinelander", "Yigo", "Ashtabula", "Mangilao", "Staunton", "Petersburg", "Suffolk",
    "New Bern", "Inarajan", "Morganton", "Talofofo", "Tuskegee", "Demopolis", "McComb",
    "El Dorado", "Russellville", "Mountain Home", "Searcy", "Batesville", "Paragould",
    "Blytheville", "Stuttgart", "Branson", "Sikeston", "Kirksville", "Maryville", "Warrensburg",
    "Parsons", "Chanute", "McPherson", "Winfield", "Arkansas City", "Altus", "Duncan", "McAlester",
    "Quebradillas", "Claremore", "Sapulpa", "Chickasha", "Guthrie", "Jayuya", "Skowhegan",
    "Houlton", "Claremont", "St. Johnsbury", "Adjuntas", "New Bedford", "Aibonito", "Coamo",
    "Yabucoa", "Westerly", "Naguabo", "Luquillo", "Oneonta", "Cortland", "Olean",
    "Batavia", "Lockport", "Niagara Falls", "Oswego", "Ogdensburg", "Massena", "Saranac Lake",
    "Gloversville", "Pottsville", "Chambersburg", "Gettysburg", "Stroudsburg", "Meadville",
    "Uniontown", "Aztec", "Millville", "Bridgeton", "Toms River", "Lordsburg", "Morristown",
    "Kaneohe", "Lahaina", "Kapaa", "Guaynabo", "Cayey", "Yauco", "Manatí", "Utuado",
]  # fmt: skip

STATES = ["AL", "MS", "LA", "AR", "MO", "IA", "WI", "MI", "WV", "VA", "NC", "SC", "GA", "ME",
          "VT", "NH", "RI", "PA", "NY", "NJ", "MT", "ND", "SD", "UT", "NV", "OR", "WA", "AK",
          "HI", "PR", "Miss.", "La.", "Ga.", "Mo.", "Wis.", "Pa.", "Va.", "Mont.", "Alaska",
          "Maine", "Vermont", "Iowa", "Utah", "Georgia", "wv", "ms"]  # fmt: skip


def city(rng: random.Random, _split: str = "tune5") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.06 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(501, 99929):05d}"
    form = rng.random()
    if form < 0.18:
        return f"{z}-{rng.randint(1, 9999):04d}"
    return z


def zip9(rng: random.Random) -> str:
    """X12 N4 and some CSV exports run the nine digits together."""
    return f"{rng.randint(501, 99929):05d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SEPT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    # Birth dates of the very old, other birth dates, then visit and service dates.
    pick = rng.random()
    if pick < 0.22:
        y = rng.randint(1918, 1935)
    elif pick < 0.5:
        y = rng.randint(1936, 2016)
    else:
        y = rng.randint(2017, 2026)
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
        f"{m}/{d}/{yy:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}",
        f"{y}{m:02d}{d:02d}", f"{d:02d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y}", f"{d:02d}{ab.upper()}{y}",
        f"{ab} {d}, {y}", f"{mo} {d}, {y}", f"{d} {mo} {y}", f"{d:02d} {ab} {y}", f"{mo} {d}",
        f"{ab} {d}", f"{SEPT[m - 1]} {d}", f"{mo} {d}{o}", f"{d}{o} {mo} {y}", f"the {d}{o} of {mo}",
        f"{y}/{m:02d}/{d:02d}", f"{m:02d}-{d:02d}-{y}", f"{m}/{d}", f"{SEPT[m - 1]} {d}, {y}",
        f"{mo} {d}{o}, {y}", f"{d}-{ab}-{yy:02d}", f"{ab}-{d:02d}-{y}", f"{mo.upper()} {d}, {y}",
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def eu_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}",
                       f"{d:02d}-{m:02d}-{y}"])  # fmt: skip


def compact_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8, file names: 20240314."""
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    """HL7 DTM: 202403140930, 20240314093015, 20240314093015-0500."""
    y, m, d = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.randint(4, 8)}00",
                       f"{base}{ss:02d}.{rng.randint(0, 9999):04d}"])  # fmt: skip


def dmon_date(rng: random.Random) -> str:
    """Oracle, SAS and lab systems: 14-Mar-2024, 14-MAR-24, 14MAR2024."""
    y, m, d = _ymd(rng)
    ab = ABBR[m - 1]
    return rng.choice([f"{d:02d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y % 100:02d}", f"{d:02d}{ab.upper()}{y}",
                       f"{d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y}"])  # fmt: skip


def long_date(rng: random.Random) -> str:
    """Letters and reminders: March 14, 2024; Mar 14, 2024; 14 March 2024."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{SEPT[m - 1]} {d}, {y}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}",
                       f"{d}{_ordinal(d)} of {MONTHS[m - 1]}", f"{SEPT[m - 1]} {d}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice([f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}",
                       f"{m}/{y % 100:02d}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp."""
    y, m, d = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    us = rng.randint(0, 999999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{us // 1000:03d}Z",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{us:06d}+00:00", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-0{rng.randint(4, 8)}:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}",
        f"{m:02d}/{d:02d}/{y} {hh % 12 or 12}:{mi:02d} {'AM' if hh < 12 else 'PM'}", f"{m}/{d}/{y} {hh:02d}{mi:02d}",
    ])  # fmt: skip


def py_ts(rng: random.Random) -> str:
    """Python logging asctime: 2024-03-14 09:30:00,123."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}"


def pg_ts(rng: random.Random) -> str:
    """PostgreSQL log_line_prefix %m: 2024-03-14 09:30:00.123 (the zone stays outside)."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}"


def django_ts(rng: random.Random) -> str:
    """Django runserver: 14/Mar/2024 09:30:00."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{d:02d}/{ABBR[m - 1]}/{y} {hh:02d}:{mi:02d}:{ss:02d}"


def clf_date(rng: random.Random) -> str:
    """The date of an nginx or gunicorn access line: 14/Mar/2024 (the clock stays outside)."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def nginx_err_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y}/{m:02d}/{d:02d}"


def syslog_date(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return f"{ABBR[m - 1]} {d:2d}"


def http_date(rng: random.Random) -> str:
    """RFC 2822 / HTTP date after the weekday: 14 Mar 2024 09:30:00."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{d} {ABBR[m - 1]} {y} {hh:02d}:{mi:02d}:{ss:02d}"


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return f"{hh:02d}:{mi:02d}:{ss:02d}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 108)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return age_number(rng)
    n = rng.randint(90, 102)
    if n >= 100:
        return ["one hundred", "one hundred and one", "a hundred and two"][n - 100]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers people are reached at -------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
        f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"1 {a} {b} {c}", f"{a}{b}{c}", f"+1{a}{b}{c}",
        f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(10, 999)}", f"{a}/{b}.{c}", f"1.{a}.{b}.{c}",
        f"({a}) {b}-{c} ext. {rng.randint(2, 9999)}", f"{a} {b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def phone_digits(rng: random.Random) -> str:
    """After a %2B in a form-encoded webhook body."""
    return f"1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = [
    "iam.ma", "ptcl.net.pk", "sasktel.net", "dejazzd.com", "hickorytech.net", "pldi.net", "ruraltel.net",
    "zoznam.sk", "bluewin.ch", "netins.net", "pldtdsl.net", "sify.com", "menara.ma", "hinet.net",
    "vnn.vn", "monadnock-vets.org", "rtcol.com", "midrivers.com", "rangeweb.net", "bluevalley.net",
    "kanokla.net", "dishmail.net", "iowatelecom.net", "sonic.net", "truvista.net", "ellijay.com",
    "alltel.net", "bellatlantic.net", "adelphia.net", "mtco.com", "farmerstel.com", "compuserve.com",
    "movistar.es", "ono.com", "spray.se", "jubii.dk", "suomi24.fi", "tlen.pl", "gazeta.pl",
    "btconline.net", "volny.cz", "tut.by", "meta.ua", "bk.ru", "takas.lt", "siol.net", "eunet.rs",
    "dir.bg", "hellasnet.gr", "superonline.com", "batelco.com.bh", "emirates.net.ae",
    "omantel.net.om", "tedata.net.eg", "topnet.tn", "paknet.com.pk", "dhakacom.com", "sltnet.lk",
    "wlink.com.np", "dataone.in", "tpg.com.au", "iafrica.com", "safaricom.co.ke", "viettel.vn",
    "starhub.net.sg", "streamyx.com", "bayantel.com.ph", "chol.com", "empal.com", "nate.com",
    "dreamwiz.com", "ionet.net", "sohu.com", "yeah.net", "foxmail.com", "aliyun.com",
    "pchome.com.tw", "biglobe.ne.jp", "nifty.com", "ocn.ne.jp", "docomo.ne.jp",
]  # fmt: skip
HANDLES = ["fishinpapa", "bakingmawmaw", "sewnsew", "truckerjoe", "gospelgirl", "vetmom",
           "harleygal", "crochetqueen", "bigred", "nightowlrn", "coffeeaddict", "golfnut",
           "gardenmaven", "birdwatcher", "busdriverbob", "sunflowerlady", "porchsitter",
           "lakelifelou"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune5") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "verna", _handle(last) or "whitlock"
    n = rng.randint(1, 99)
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{rng.randint(1935, 2010)}",
        f"{f[0]}.{ln}{n:02d}", f"{ln}{f[0]}", f"{rng.choice(HANDLES)}{n}", f"{f}.{ln}.{rng.randint(1, 9)}",
        f"{f}-{ln}", f"{ln}.family", f"{f}+clinic", f"{f.capitalize()}.{ln.capitalize()}",
        f"{f[:3]}{ln[:4]}{n}", f"mr{ln}", f"{f}{ln[0]}{rng.randint(1950, 2009) % 100:02d}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40").replace("+", "%2B")


_ADJ = ["quiet", "lucky", "silly", "brave", "jolly", "cranky", "zesty", "witty", "dizzy", "spry"]
_NOUN = ["otter", "heron", "pickle", "muffin", "moose", "beagle", "sparrow", "hornet", "possum",
         "trout"]  # fmt: skip


def username(rng: random.Random, _split: str = "tune5") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "verna", _handle(last) or "whitlock"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}{n}", f"{f}_{ln}", f"{f}{yy}", f"{f[0]}{ln[:7]}",
        f"{ln}.{f}", f"{f}{ln}{n}", f"{rng.choice(_ADJ)}_{rng.choice(_NOUN)}{n}", f"{f}-{ln}",
        f"{ln.upper()}{f[0].upper()}", f"{rng.choice(HANDLES)}", f"{f[0]}{ln}{yy % 100:02d}",
        f"{f}{ln[0]}", f"{ln}_{f}_{n}", f"{f[:4]}{ln[:4]}", f"pt_{f}{ln[0]}{n}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune5") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "verna", _handle(last) or "whitlock"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.caringbridge.org/site/{f}{ln}", f"https://www.gofundme.com/f/help-{f}-{ln}-recover",
        f"https://www.tiktok.com/@{f}.{ln}", f"https://x.com/{f}{ln}{rng.randint(1, 99)}",
        f"https://www.youtube.com/@{f}{ln}", f"https://{f}{ln}.substack.com", f"https://www.reddit.com/user/{f}_{ln}",
        f"https://venmo.com/u/{f.capitalize()}-{ln.capitalize()}-{_digits(rng, 4)}", f"https://cash.app/${f}{ln}",
        f"https://photos.app.goo.gl/{_letters(rng, 17, an)}", f"https://drive.google.com/file/d/{_letters(rng, 28, an)}/view",
        f"https://www.dropbox.com/s/{_letters(rng, 15, an).lower()}/{ln}_records.pdf",
        f"https://ehr.tombigbee-health.example/patients/{_digits(rng, 7)}/chart",
        f"https://api.kanawha-clinic.example/fhir/Patient/{_digits(rng, 8)}",
        f"https://mychart.brazos-health.example/MyChart/Visit/{_digits(rng, 9)}",
        f"https://www.pinterest.com/{f}{ln}", f"https://{ln}family.blogspot.com/{rng.randint(2015, 2025)}/{rng.randint(1, 12):02d}",
        f"http://www.{f}-{ln}.net", f"https://meet.jit.si/{ln}-{_hex(rng, 8)}",
        f"https://www.amazon.com/hz/wishlist/ls/{_letters(rng, 13, string.ascii_uppercase + string.digits)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.12:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.35:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2600:1700:{g[2]}:{g[3]}::{g[7]}", f"2a02:{g[1]}:{g[2]}::{g[6]}:{g[7]}",
                           f"fe80::{g[5]}:{g[6]}:{g[7]}", f"2601:{g[1]}:{g[2]}:{g[3]}:{g[4]}:{g[5]}:{g[6]}:{g[7]}"])  # fmt: skip
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 667 if area == 666 else area
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}", f"{a}.{g}.{s}"], [7, 3, 2, 1]
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), _digits(rng, 9), _digits(rng, 10),
        f"{_letters(rng, 2)}{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 1)}",
        f"M{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}", f"00{_digits(rng, 7)}",
        f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 5)}", f"{_digits(rng, 6)}.{_digits(rng, 2)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([f"{_digits(rng, 9)}{_letters(rng, 1)}", f"{_letters(rng, 2)}{_digits(rng, 6)}{_letters(rng, 1)}",
                       f"{_digits(rng, 12)}", f"MA{_digits(rng, 9)}", f"{_digits(rng, 8)}-{_digits(rng, 2)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}{_letters(rng, 1)}{_digits(rng, 7)}",
        f"U{_digits(rng, 8)}01", f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}{_letters(rng, 1)}",
        f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-{_letters(rng, 1)}",
        f"H{_digits(rng, 10)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 5)}", f"{_digits(rng, 11)}",
        f"{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 5)}", mbi(rng), medicaid_id(rng),
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 11), f"HAR{_digits(rng, 9)}", f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 5)}",
        f"PA{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}", f"GA{_digits(rng, 8)}",
        f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"V{_digits(rng, 9)}", f"{_digits(rng, 5)}.{_digits(rng, 3)}",
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
    return rng.choice("ABFGMX") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 7)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 8)}",
        f"{a}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",
        f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_letters(rng, 2)}{_digits(rng, 6)}",
        f"RN{_digits(rng, 6)}", f"MD{_digits(rng, 6)}", f"G{_digits(rng, 5)}", f"LVN {_digits(rng, 6)}",
        f"CDL-{_digits(rng, 8)}", f"{a}{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}", npi(rng), dea(rng),
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
        f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 2)}{_digits(rng, 5)}",
        f"{rng.randint(1, 9)}{_letters(rng, 2)}{_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 3)}",
        f"{_digits(rng, 2)}-{_letters(rng, 1)}{_digits(rng, 3)}", f"{_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 3)}",
        rng.choice(["GRNDMA2", "RN4EVR", "DOC N AZ", "PAWPAW1", "MEMAW", "LUV2FSH", "TOOOLD", "NANA 94"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "49", "99"]) + _digits(rng, 12)
    return payload + _luhn_check(payload)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper(),
                       ".".join("".join(octets[i:i + 2]) for i in (0, 2, 4))])  # fmt: skip


def udi(rng: random.Random) -> str:
    gtin = "00" + _digits(rng, 12)
    exp = f"{rng.randint(24, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return rng.choice([f"(01){gtin}(17){exp}(21){_letters(rng, 2)}{_digits(rng, 6)}",
                       f"01{gtin}17{exp}10{_letters(rng, 1)}{_digits(rng, 4)}21{_digits(rng, 8)}"])  # fmt: skip


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"PJN{_digits(rng, 6)}", f"NG{_digits(rng, 7)}H", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        f"SN-{_letters(rng, 4, an)}-{_letters(rng, 4, an)}", f"{_digits(rng, 10)}", f"RNL{_digits(rng, 6)}",
        f"{_letters(rng, 2)}{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_hex(rng, 12).upper()}", imei(rng), mac_address(rng),
        f"22{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"ENC-{_digits(rng, 8)}", f"{rng.randint(19, 26)}-{_digits(rng, 6)}",
        f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"ACC{_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}",
        f"CASE-{_letters(rng, 5, an)}", f"{_letters(rng, 3, an)}-{_letters(rng, 3, an)}-{_letters(rng, 3, an)}",
        f"FIN{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"PA-{rng.randint(2019, 2026)}-{_digits(rng, 6)}", f"{_digits(rng, 12)}", f"REQ{_digits(rng, 8)}",
        f"W{_digits(rng, 6)}", f"{rng.randint(19, 26)}{_letters(rng, 2)}-{_digits(rng, 5)}",
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


def worker(rng: random.Random) -> str:
    return rng.choice(["celery@worker-1", "celery@worker-2", "celery@ip-10-0-3-12", "celery@beat",
                       "celery@fax-q", "celery@hl7-in", "celery@default-7c9f"])  # fmt: skip


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404",
                       "409", "422", "500", "502", "504"])  # fmt: skip


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 250000))


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "LASTFIRST": ("NAME", last_first),  # "Whitlock, Verna", "WHITLOCK,VERNA J"
    "NAMEUP": ("NAME", name_upper),  # "VERNA WHITLOCK" on labels and OCR
    "FNUP": ("NAME", first_upper),  # HL7, X12, DICOM components
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),  # XPN.3: an initial or a middle name
    "MIDDLE": ("NAME", middle),  # FHIR given[1], a form's MI box
    "FNLOW": ("NAME", first_lower),  # query strings and file names
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),  # "Verna+Whitlock", "Whitlock%2CVerna"
    "WFIRST": ("NAME", word_first),  # given names that are words: Creed, Navy, Cath
    "WLAST": ("NAME", word_last),  # family names that are words: Kneebone, Wake, Lunger
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    # Places
    "STREETLINE": ("ADDRESS", street_line),  # addr1 without a unit
    "UNIT": ("ADDRESS", unit),  # addr2 on its own
    "STREETUP": ("ADDRESS", street_upper),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "EUDATE": ("DATE", eu_date),
    "HLDATE": ("DATE", compact_date),  # HL7 DT, X12 D8, DICOM DA
    "HLTS": ("DATE", hl7_ts),  # HL7 DTM, whole
    "DMON": ("DATE", dmon_date),  # 14-Mar-2024, 14MAR2024
    "LONGDATE": ("DATE", long_date),  # March 14, 2024
    "MD": ("DATE", month_day),  # Mar 14, 3/14
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),  # "the 14th"
    "TS": ("DATE", timestamp),  # a whole ISO or application timestamp
    "PYTS": ("DATE", py_ts),  # Python logging
    "PGTS": ("DATE", pg_ts),  # PostgreSQL
    "DJTS": ("DATE", django_ts),  # Django runserver
    "CLFDATE": ("DATE", clf_date),  # nginx and gunicorn access lines
    "NGXDATE": ("DATE", nginx_err_date),  # nginx error lines
    "SYSDATE": ("DATE", syslog_date),
    "HTTPDATE": ("DATE", http_date),  # e-mail and HTTP Date headers
    # Ages, numbers, identifiers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "PHONEDIGITS": ("PHONE", phone_digits),
    "EMAILENC": ("EMAIL", email_encoded),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "UDI": ("DEVICE_ID", udi),
    "PTUUID": ("OTHER_ID", patient_uuid),  # a patient resource id
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "WORKER": (None, worker),
    "STATUS": (None, status),
    "BYTES": (None, size),
    "CLOCK": (None, clock),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON and dict braces are doubled for str.format; a
# slot is never written directly before a doubled closing brace.

CHAT = [
    "hi this is {NAME}, dob {DATE}, i need to move my appt from {MD} to sometime next week",
    "my new address is {STREET} {CITY} {STATE} {ZIP} pls update it before the bill goes out",
    "its {FIRST} again lol, the portal says my email {EMAIL} isnt verified",
    "can u send my records to dr {SURNAME} in {CITY}? their fax is {FAX}",
    "my mom {NAME} is {AGE} and shes been sleeping all day since {MD}, should we come in",
    "mail it to {POBOX}, {CITY} {ZIP}, we dont get mail at the house",
    "we live way out on {RURAL} so the nurse might need directions, call {PHONE}",
    "my husband {NAME} dob {USDATE} member id {PLAN}, is he covered for the sleep study",
    "username {USER}, password reset link not working, tried from {IP} too",
    "i think the bill for acct {ACCOUNT} is wrong, i was only seen on {DATE}",
    "the pharmacy on {STREETLINE} said my rx {OTHER} was never sent over",
    "text me at {PHONE} not the house phone, and ask for {NICK}",
    "this is {WNAME}, i was ur patient back in {MONYEAR}, do u still have my chart",
    "my grandpa turns {AGEN} on {MD} and wants his covid booster before the party",
    "{LASTFIRST} here. lost my insurance card, the new one says {PLAN}",
    "my dad {FIRST} {SURNAME} was admitted {DATE} at {CITY} general, can u get those records",
    "daughter here, moms mrn is {MRN} and her pcp is dr {WLAST}",
    "hi, {FIRST} from {CITY}, is the walk in clinic open on saturday",
    "my medicare number is {MBI} and medicaid is {MEDICAID}",
    "i keep getting letters for {NAME} at my house on {STREETLINE}, i dont know her",
    "my son {FIRST} is at college in {CITY}, can he do a video visit from his dorm",
    "appt confirmation said {LONGDATE} but the text said {MD}, which one is it",
    "ssn {SSN}, dob {DATE}, name {NAME}, thats everything on the form",
    "grandma {WFIRST} {WLAST} is {AGE} years old and still drives, is that ok??",
    "plz email the after visit summary to {EMAIL} thx",
    "my cell is {PHONE} and work is {PHONE} ext 4",
    "zip code is {ZIP} but the form keeps saying invalid zip",
    "im at {STREETLINE}, {UNIT}, buzzer is broken, call {PHONE} when the driver gets here",
    "my pump serial is {DEVICE}, the company wants the clinic to call them",
    "phone imei is {IMEI} if the app people need it",
    "we got in a wreck on the way, car vin {VIN}, nobody hurt but we'll be late",
    "my drivers license number is {LICENSE} for the id check thing",
    "check out the fundraiser my sister made {URL}",
    "is dr {SURNAME} still seeing patients at the {CITY} location on {STREETLINE}",
    "{NAME} here, wanted to say thank u to nurse {WFIRST} for everything on {MD}",
    "hey its {INITS}, the one with the knee thing from last week",
    "my moms name is {LASTFIRST}, born {LONGDATE}, she is {AGE}",
    "im {FIRST}'s caregiver, her address changed to {STREET}, {CITY}",
    "can my neighbor {NAME} pick up my meds? her number is {PHONE}",
    "the lab slip says {LASTFIRST} dob {USDATE}, thats not me, im {NAME}",
    "we moved from {CITY} to {CITY} in {MONYEAR} and i need a new pcp",
    "pls update my emergency contact to my brother {NAME}, {PHONE}",
    "a bill came for {NAME} at {POBOX} but she passed on {DATE}",
    "ok so tuesday the {DAYTH} works better for me, is 3pm open",
    "my dr is {NAME} at {CITY} family medicine, their fax {FAX}",
    "portal says my last login was {TS} from {IP}, that wasnt me!!",
    "my plate is {PLATE}, can i get a parking pass for chemo days",
    "can you mail my refill to {STREETLINE}, {UNIT}, {CITY} {ZIP}",
    "im {AGE} and ur form says the age box only goes to 89??",
    "sorry wrong chat, im looking for {NAME}'s nurse",
    "{FIRST} {SURNAME} in room 12 is my dad, can i call the nurses station",
    "hello i am {NAME}, my english not good, my daughter {FIRST} help me, her phone {PHONE}",
    "i need a copy of my shot record for work, dob {USDATE}, name {NAME}",
    "insurance card says {NAMEUP} but i got married {DATE} so its {NAME} now",
    "my husband is {AGE}, born in {CITY}, does he need the rsv shot",
    "my twins {FIRST} and {FIRST} have appts on {MD}, can we do them back to back",
    "email me at {EMAIL} or text {PHONE}, either is fine",
    "i saw {WNAME} on the {DAYTH}, she said labs would be back in a week",
    "whats the address of the {CITY} clinic? is it still {STREET}",
    "address on file should be {STREETLINE} {UNIT}, {CITY} {STATE} {ZIP}, not {STREET}",
    "sent u a pic of my card, member {PLAN} group 88412",
    "claim {OTHER} got denied, can someone call me at {PHONE}",
    "my login {USER} got locked after i typed my dob {DATE} wrong",
    "mi mamá {NAME} tiene {AGEN} años, vive en {CITY}, necesita cita",
    "its {WFIRST}, my new number is {PHONE}, old one was {PHONE}",
    "my daughter set up {URL} for updates, can the nurses see it",
]

LOGS = [
    # Django and DRF
    'INFO {PYTS} django.request "GET /api/v1/patients/?last_name={LNLOW}&dob={ISODATE} HTTP/1.1" {STATUS} {BYTES}',
    '[{DJTS}] "POST /intake/submit/?pt_nm={NAMEQ}&zip={ZIP} HTTP/1.1" 302 0',
    "WARNING {PYTS} django.request Not Found: /patients/{MRN}/records/{LNLOW}_{FNLOW}.pdf",
    "ERROR {PYTS} django.request Internal Server Error: /api/v1/appointments/ request_id={REQID} user={USER}",
    "django.security.SuspiciousOperation from {IP}: path=/admin/login/?next=/patients/{MRN}/",
    '{{"date_of_birth": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."], "input": "{DATE}", "user": "{USER}"}}',
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    'PATCH /api/v2/patients/{PTUUID}/ {{"givenName": "{FIRST}", "familyName": "{SURNAME}", "birthDate": "{ISODATE}"}} -> {STATUS} in {MS}ms',
    '{{"method":"PUT","path":"/api/v1/contacts/{OTHER}/","user":"{USER}","remote_addr":"{IP}","body":{{"emergency_contact":"{NAME}","ec_phone":"{PHONE}"}}}}',
    '[{DJTS}] "GET /patients/{MRN}/?name={NAMEQ} HTTP/1.1" {STATUS} {BYTES}',
    'DEBUG serializer.errors={{"zip_code": ["Enter a valid ZIP code."]}} data={{"zip_code": "{ZIP}", "city": "{CITY}", "addr1": "{STREETLINE}"}}',
    "INFO [{PYTS}] portal.views: welcome e-mail queued for {NAME} <{EMAIL}> (user {USER})",
    # Celery
    "[{PYTS}: INFO/ForkPoolWorker-3] Task reminders.send_sms[{REQID}] succeeded in 0.41s: {{'to': '{E164}', 'patient': '{NAME}', 'appt': '{TS}'}}",
    "[{PYTS}: ERROR/ForkPoolWorker-1] Task fax.send_outbound[{REQID}] raised unexpected: FaxError('busy signal from {FAX}')",
    "[{PYTS}: WARNING/MainProcess] Task billing.post_statement[{REQID}] retry: Retry in 60s: ConnectionError(guarantor_id={ACCOUNT}, addr1='{STREETLINE}', city='{CITY}')",
    "celery.worker.strategy: Received task: hl7.ingest_adt[{REQID}] args=('{MRN}',) kwargs={{'dob': '{HLDATE}', 'pt_nm': '{LNUP}^{FNUP}'}}",
    "{WORKER} task=portal.send_welcome email={EMAIL} first_name={FIRST} state=SUCCESS",
    "[{PYTS}: INFO/MainProcess] Task eligibility.check_270[{REQID}] received args=['{PLAN}', '{HLDATE}']",
    # nginx and gunicorn
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/messages?from={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} +0000] "GET /api/v1/patients/{MRN}/documents/{LNLOW}-{HLDATE}.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "POST /api/scheduling/book?name={NAMEQ}&dob={ISODATE}&phone=%2B{PHONEDIGITS} HTTP/1.1" 201 {BYTES} "-" "okhttp/4.9.3"',
    '[{TS}] [{PIDN}] [INFO] {IP}:{PIDN} - "GET /records/export?patient_email={EMAILENC} HTTP/1.1" {STATUS}',
    '{NGXDATE} {CLOCK} [error] {PIDN}#{PIDN}: *{PIDN} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {IP}, server: portal, request: "GET /api/v1/patients?family={LNLOW}&birthdate={ISODATE} HTTP/1.1"',
    '{NGXDATE} {CLOCK} [warn] {PIDN}#0: *{PIDN} client intended to send too large body: 31457280 bytes, client: {IP}, request: "POST /upload/{LNLOW}_{FNLOW}_insurance_card.jpg HTTP/1.1"',
    '[{TS}] [{PIDN}] [ERROR] Error handling request /intake/confirm (addr1="{STREETLINE}", city="{CITY}", postal="{ZIP}")',
    'gunicorn.access {IP} "POST /api/v1/forms/intake" 201 body={{"patientName":"{NAME}","dateOfBirth":"{USDATE}","streetAddress":"{STREET}","postalCode":"{ZIP}"}}',
    '{IP} - - [{CLFDATE}:{CLOCK} +0000] "GET /fhir/Patient?given={FNLOW}&family={LNLOW}&address-postalcode={ZIP} HTTP/1.1" 200 {BYTES} rt=0.{MS}',
    # PostgreSQL
    '{PGTS} UTC [{PIDN}] ERROR:  duplicate key value violates unique constraint "patients_email_key"\n{PGTS} UTC [{PIDN}] DETAIL:  Key (email)=({EMAIL}) already exists.',
    "{PGTS} EST [{PIDN}] LOG:  duration: {MS}.412 ms  statement: SELECT * FROM patient WHERE last_name = '{SURNAME}' AND dob = '{ISODATE}'",
    '{PGTS} UTC [{PIDN}] ERROR:  null value in column "postal" of relation "address" violates not-null constraint\nDETAIL:  Failing row contains ({PIDN}, {STREETLINE}, {UNIT}, {CITY}, {STATE}, null).',
    "{PGTS} UTC [{PIDN}] STATEMENT:  INSERT INTO patients (first_name, last_name, ssn, phone) VALUES ('{FIRST}', '{SURNAME}', '{SSN}', '{PHONE}')",
    'ERROR:  insert or update on table "encounter" violates foreign key constraint "encounter_patient_fk"\nDETAIL:  Key (patient_mrn)=({MRN}) is not present in table "patient".',
    'ERROR:  duplicate key value violates unique constraint "uniq_member"\nDETAIL:  Key (payer_id, member_id)=(88, {PLAN}) already exists.',
    "LOG:  execute <unnamed>: UPDATE guarantor SET addr1 = $1, city = $2, postal = $3 WHERE acct = $4\nDETAIL:  parameters: $1 = '{STREETLINE}', $2 = '{CITY}', $3 = '{ZIP}', $4 = '{ACCOUNT}'",
    'ERROR:  invalid input syntax for type date: "{DATE}" at character 58',
    "ERROR:  value too long for type character varying(40)\nSTATEMENT:  UPDATE contact SET name = '{NAME}', email = '{EMAIL}' WHERE id = {PIDN}",
    'ERROR:  duplicate key value violates unique constraint "person_ssn_key"\nDETAIL:  Key (ssn)=({SSN}) already exists.',
    "{PGTS} UTC [{PIDN}] LOG:  statement: DELETE FROM portal_user WHERE username = '{USER}'",
    # Python tracebacks, with locals
    "Traceback (most recent call last):\n  File \"/srv/app/intake/views.py\", line 212, in post\n    patient = Patient.objects.get(mrn=mrn)\n    mrn = '{MRN}'\n    dob = '{DATE}'\npatients.models.Patient.DoesNotExist: Patient matching query does not exist.",
    "ValueError: time data '{DATE}' does not match format '%Y-%m-%d'\n  File \"scheduling/utils.py\", line 44, in parse_dob\n  Local variables: raw='{DATE}' patient_name='{NAME}'",
    "KeyError: 'postal_code'\n  locals: {{'addr': {{'line1': '{STREETLINE}', 'city': '{CITY}', 'state': '{STATE}'}}, 'pt': '{LASTFIRST}'}}",
    "phonenumbers.NumberParseException: (1) The string supplied did not seem to be a phone number: '{PHONE}' (patient_id={PTUUID})",
    "django.core.exceptions.ValidationError: ['“{DATE}” value has an invalid date format. It must be in YYYY-MM-DD format.']",
    "smtplib.SMTPRecipientsRefused: {{'{EMAIL}': (550, b'5.1.1 mailbox unavailable')}}",
    "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://fhir.example.org/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE}",
    "Traceback (most recent call last):\n  File \"/srv/app/billing/statements.py\", line 88, in render\n    line2 = f\"{{city}}, {{state}} {{zip}}\"\n    city = '{CITY}'\n    zip = '{ZIP}'\nTypeError: unsupported format string passed to NoneType.__format__",
    "UnicodeEncodeError: 'latin-1' codec can't encode character in position 4 (fax cover for {NAME}, to {FAX})",
    "java.lang.IllegalArgumentException: Invalid birthDate {DATE} for patient {MRN}\n\tat com.ehr.PatientMapper.map(PatientMapper.java:77)",
    'Warning: Undefined array key "middle_name" in /var/www/intake.php on line 88 (fname={FIRST}, lname={SURNAME})',
    # JSON, nested, camelCase and snake_case
    '{{"patient":{{"name":{{"given":"{FIRST}","family":"{SURNAME}"}},"birthDate":"{ISODATE}","address":{{"line1":"{STREETLINE}","line2":"{UNIT}","city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}}},"source":"kiosk"}}',
    '{{"pt_nm":"{LASTFIRST}","pt_dob":"{USDATE}","pt_addr":"{STREET}","pt_city":"{CITYUP}","pt_zip":"{ZIP}","svc_dt":"{USDATE}"}}',
    '{{"event":"guarantor.updated","guarantor":{{"fullName":"{NAME}","homePhone":"{PHONE}"}},"account":"{ACCOUNT}"}}',
    '{{"emergency_contact":{{"name":"{NAME}","relationship":"daughter","phone":"{PHONE}","email":"{EMAIL}"}},"mrn":"{MRN}"}}',
    '{{"fname":"{FIRST}","lname":"{SURNAME}","mi":"{MIDDLE}","dob":"{EUDATE}","sex":"F","lang":"ht"}}',
    '{{"appointmentStart":"{TS}","patientRef":"Patient/{PTUUID}","reminder":{{"channel":"sms","to":"{E164}"}}}}',
    '{{"admit_ts":"{TS}","disch_ts":"{TS}","attending":"{NAME}","unit":"4W","age":{AGEN},"dx":"I50.9"}}',
    '{{"level":"error","logger":"intake.address","msg":"USPS validation failed","input":{{"street":"{STREET}","city":"{CITY}","zip":"{ZIP}"}},"requestId":"{REQID}"}}',
    '{{"subscriber":{{"memberId":"{PLAN}","firstName":"{FNUP}","lastName":"{LNUP}","dateOfBirth":"{HLDATE}"}},"payer":"87726","status":"active"}}',
    '{{"user":{{"username":"{USER}","email":"{EMAIL}","lastLogin":"{TS}","lastIp":"{IP}"}}}}',
    '{{"device":{{"serial":"{DEVICE}","mac":"{MAC}","owner":"{NAME}","pairedAt":"{TS}"}}}}',
    '{{"transport":{{"vin":"{VIN}","plate":"{PLATE}","rider":"{NAME}","pickup":"{STREET}, {CITY}"}}}}',
    '{{"rx":{{"number":"{OTHER}","prescriber":{{"name":"{NAME}","npi":"{NPI}","dea":"{DEA}"}},"patient":"{LASTFIRST}"}}}}',
    '{{"Guarantor":{{"LastName":"{SURNAME}","FirstName":"{FIRST}","Addr1":"{STREETLINE}","Addr2":"{UNIT}","Town":"{CITY}","Zip5":"{ZIP}"}}}}',
    '{{"next_of_kin":"{NAME}","nok_phone":"{PHONE}","patient_age":{AGEN},"dob":"{DMON}"}}',
    '{{"contact":{{"mailAddress":"{POBOX}","physicalAddress":"{RURAL}","city":"{CITY}","postal":"{ZIP}"}}}}',
    # key=value
    'ts={TS} level=info event=checkin pt_name="{NAME}" dob={ISODATE} mrn={MRN} kiosk=lobby-2',
    'level=warn component=eligibility member_id={PLAN} subscriber="{LNUP}, {FNUP}" dob={HLDATE} result=inactive',
    'event=address.changed old_addr1="{STREETLINE}" new_addr1="{STREETLINE}" new_city="{CITY}" new_postal={ZIP} by={USER}',
    'msg="guarantor mismatch" guarantor="{LASTFIRST}" acct={ACCOUNT} patient="{LASTFIRST}"',
    "audit action=VIEW resource=Patient/{MRN} actor={USER} actor_ip={IP} at={TS} reason=treatment",
    "audit action=EXPORT records=14 actor={USER} dest={EMAIL} at={TS}",
    'audit action=BREAK_GLASS patient="{NAME}" dob={USDATE} user={USER} ws=ED-WS14 ip={IP}',
    "audit: login failure user={USER} src_ip={IP} count=3",
    'kiosk.checkin name="{NAME}" dob_entered={USDATE} dob_on_file={USDATE} result=mismatch',
    'reminder.queue pt="{FIRST} {SURNAME}" phone={PHONE} appt="{LONGDATE}" clinic="{CITY}"',
    "geo.lookup postal={ZIP} -> city={CITY} state={STATE}",
    'address.standardize in="{STREET}" out="{STREETUP}" zip4={ZIPNINE}',
    # Query strings and URL paths
    "GET /api/v1/patients/search?fname={FNLOW}&lname={LNLOW}&dob={HLDATE} 200 {MS}ms",
    "GET /reports/labs/{MRN}/{HLDATE}/{LNLOW}.pdf 403 user={USER}",
    "DELETE /api/v2/contacts?email={EMAILENC} 204 {MS}ms",
    "GET /maps/geocode?address={STREET}&city={CITY}&zip={ZIP} 200",
    "POST /webhooks/sms?From=%2B{PHONEDIGITS}&Body=running+late+-+{FNLOW} 200",
    "GET /portal/lookup?q={NAMEQ}&dob={ISODATE}&zip={ZIP} 404 {MS}ms",
    # HL7 v2
    "MSH|^~\\&|EPIC|MAINHOSP|LAB|REFLAB|{HLTS}||ADT^A04|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^HOSP^MR||{LNUP}^{FNUP}^{MIDUP}^^^^L||{HLDATE}|M|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}^USA^H||{PHONE}^PRN^PH^^^^^^^^^{EMAIL}|||S||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^MRN^MR~{MEDICAID}^^^MCD^MA||{LNUP}^{FNUP}||{HLDATE}|F||2106-3|{POBOX}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}||{SURNAME}^{FIRST}^{MIDDLE}||{HLDATE}|F|||{RURAL}^^{CITY}^{STATE}^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}^{MIDUP}|SPO^Spouse^HL70063|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}|{PHONE}|EC^Emergency Contact",
    "NK1|2|{SURNAME}^{FIRST}|SON^Son|||{PHONE}",
    "PV1|1|I|ICU^0412^01^MAIN||||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD|{NPI}^{LNUP}^{FNUP}^^^^MD||CAR||||7|||{NPI}^{LNUP}^{FNUP}|IN||MCR|||||||||||||||||||||||||{HLTS}",
    "IN1|1|BCBS01|00123|BLUE CROSS||||GRP889|||||||{LNUP}^{FNUP}|01^Self|{HLDATE}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{PLAN}",
    "IN1|2|MCR|CMS|MEDICARE||||||||||||{LNUP}^{FNUP}^{MIDUP}|01^Self|{HLDATE}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}|{PHONE}||{HLDATE}|F||SEL|{SSN}",
    "OBX|5|TX|NOTE^Nursing note||Pt ambulated with daughter {FIRST} at bedside, plan d/c {USDATE}||||||F|||{HLTS}",
    "EVN|A08|{HLTS}|||{USER}^{LNUP}^{FNUP}",
    "ORC|RE|{OTHER}|{OTHER}||CM||||{HLTS}|||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD",
    "AL1|1|DA|70618^Penicillin^RXNORM|SV|hives|{HLDATE}",
    "PD1|||{LNUP} FAMILY PRACTICE^^{OTHER}|{NPI}^{LNUP}^{FNUP}",
    "hl7.listener: ACK AE for {OTHER}: PID-7 birth date {HLDATE} after admit date {HLTS}",
    "MRG|{MRN}^^^HOSP^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"use":"official","family":"{SURNAME}","given":["{FIRST}","{MIDDLE}"]}}],"birthDate":"{ISODATE}","gender":"female"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}","use":"home"}},{{"system":"fax","value":"{FAX}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{MRN}"}},"name":[{{"text":"{NAME}"}}],"relationship":[{{"text":"guarantor"}}],"telecom":[{{"value":"{EMAIL}"}}]}}',
    '{{"resourceType":"Encounter","period":{{"start":"{TS}","end":"{TS}"}},"subject":{{"display":"{NAME}"}},"participant":[{{"individual":{{"display":"Dr. {NAME}"}}}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{LASTFIRST}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Patient","deceasedDateTime":"{TS}","identifier":[{{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{SSN}"}},{{"type":{{"text":"MRN"}},"value":"{MRN}"}}]}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"patient":{{"reference":"Patient/{PTUUID}"}}}}',
    '{{"resourceType":"Observation","subject":{{"display":"{NAME}"}},"effectiveDateTime":"{TS}","valueQuantity":{{"value":7.9,"unit":"%"}},"code":{{"text":"HbA1c"}}}}',
    'fhir.validate OperationOutcome: Patient.birthDate "{DATE}" is not a valid date (Patient/{PTUUID})',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"suffix":["MD"]}}]}}',
    # CSV with a header
    'mrn,last_name,first_name,dob,addr1,city,state,zip\n{MRN},{SURNAME},{FIRST},{USDATE},"{STREETLINE}",{CITY},{STATE},{ZIP}',
    'PatientName,DOB,Phone,Email\n"{LASTFIRST}",{ISODATE},{PHONE},{EMAIL}',
    "acct|guarantor|addr|city|zip|bal\n{ACCOUNT}|{NAMEUP}|{STREETUP}|{CITYUP}|{ZIPNINE}|212.40",
    "row 44 rejected: {MRN};{LNUP};{FNUP};{EUDATE};{AGEN};{CITY}",
    '"id","name","birth_date","age","town","postal"\n"{OTHER}","{NAME}","{DMON}","{AGEN}","{CITY}","{ZIP}"',
    'csv.import line 881: "{SURNAME}","{FIRST}","{MIDDLE}","{USDATE}","{PHONE}" -> invalid phone',
    "MemberID\tSubscriber\tDOB\tGroup\n{PLAN}\t{NAMEUP}\t{USDATE}\tGRP-0042",
    # X12 270 and 837
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}*{UNIT}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "HL*2*1*22*0~SBR*P*18*GRP4411******CI~NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~DMG*D8*{HLDATE}*M~",
    "CLM*{ACCOUNT}*250***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*EA*{MRN}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{POBOX}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    "DTP*435*RD8*{HLDATE}-{HLDATE}~DTP*096*TM*1130~",
    "EB*1*IND*30**GOLD PPO~DTP*291*D8*{HLDATE}~MSG*Member {LNUP} {FNUP} active~",
    "TRN*2*{OTHER}*9877281234~NM1*1P*2*{LNUP} FAMILY CLINIC*****XX*{NPI}~",
    "NM1*PR*2*STATE MEDICAID*****PI*77027~NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~",
    # Audit trails
    'AUDIT {TS} user={USER} role=RN action=PRINT doc="Discharge Summary - {NAME}" printer=4W-HP',
    "{TS} | {USER} | chart_access | patient={LASTFIRST} | mrn={MRN} | workstation=CLIN-22 | reason=Care",
    'audit.trail id={OTHER} who="{NAME}" what="changed DOB {DATE} -> {DATE}" when={TS}',
    "Access log: {USER} opened note for {NAME} (DOB {USDATE}) from {IP} at {TS}",
    # E-mail headers and mail logs
    'From: "{NAME}" <{EMAIL}>\nTo: frontdesk@clinic.example\nSubject: Appt for {FIRST} on {LONGDATE}\nDate: Thu, {HTTPDATE} -0500',
    "Return-Path: <{EMAIL}>\nReceived: from mail.example.net ([{IP}]) by mx1.clinic.example\nSubject: RE: billing question acct {ACCOUNT}",
    "postfix/smtp[{PIDN}]: 4F2A81C0: to=<{EMAIL}>, relay=mx.example.net[{IP}]:25, delay=1.2, status=sent (250 2.0.0 OK)",
    'Subject: Lab results for {LASTFIRST} DOB {USDATE}\nTo: "{NAME}" <{EMAIL}>\nX-Mailer: EHR Notify 3.2',
    "Reply-To: {EMAIL}\nSubject: Fwd: referral {NAME} / MRN {MRN}",
    "Date: {HTTPDATE} +0000\nFrom: {EMAIL}\nSubject: my mother {NAME}",
    # SMS gateway callbacks
    "POST /sms/inbound From=%2B{PHONEDIGITS}&To=%2B18005550100&Body=this+is+{FNLOW}+{LNLOW}+cant+make+it&MessageSid=SM{REQID}",
    '{{"event":"message.delivered","to":"{E164}","from":"+18005550100","text":"Hi {FIRST}, reminder: appt {MD} at 2:30","id":"{REQID}"}}',
    "sms.status sid=SM{REQID} to={E164} status=undelivered error=30006 patient={MRN}",
    'twilio.webhook From={E164} Body="{NAME} dob {DATE} need refill"',
    'sms.optout number={PHONE} keyword=STOP patient="{LASTFIRST}"',
    # Fax server
    'faxd[{PIDN}]: SEND job {OTHER} to {FAX} pages=6 result=OK duration=00:02:11 cover="Attn: {NAME}"',
    'faxd[{PIDN}]: RECV from CSID "{FAX}" pages=3 saved=/var/spool/fax/in/{HLTS}.tif',
    "hylafax: JOB {PIDN} failed: NO CARRIER dialing {FAX} (to: Dr. {SURNAME})",
    'efax.inbound ani={FAX} dnis=18005550199 ocr_name="{NAMEUP}" ocr_dob="{USDATE}" matched_mrn={MRN}',
    'fax.cover.render to="{NAME}" org="{CITY} Pulmonary" fax={FAX} from_fax={FAX} pages=4',
    # EHR integration errors
    'interface.adt ERROR: PID-11 address "{STREET}" city "{CITY}" failed CASS; message {OTHER} held',
    'mirth channel ADT_IN: Error mapping PID-5 "{LNUP}^{FNUP}^{MIDUP}" - XPN.1 exceeds 35 chars',
    "EMPI merge: survivor {MRN} ({LASTFIRST}, {USDATE}) <- victim {MRN} ({LASTFIRST}, {USDATE}) by {USER}",
    "ehr.sync WARN patient {MRN}: DOB mismatch local={ISODATE} remote={ISODATE}",
    "HIE query: no match for {NAMEUP} dob={HLDATE} zip={ZIP}; candidates=0",
    "smart.launch: patient context {PTUUID} launched by {USER} from {IP}",
    'ERROR lab.result.orphan accession={OTHER} name="{LNUP},{FNUP}" dob={DMON} no order found',
    'epic.bridge: Patient.address.line[0]="{STREETLINE}" Patient.address.line[1]="{UNIT}" city="{CITY}" rejected (state missing)',
    'WARN  [intake] dob in future: "{DATE}" for pt {NAME}',
    'guarantor.match score=0.91 a="{NAMEUP}|{HLDATE}|{ZIP}" b="{NAMEUP}|{HLDATE}|{ZIP}"',
    # Devices, vehicles, credentials, links, networks
    'mdm.enroll imei={IMEI} owner="{NAME}" email={EMAIL} model=Pixel-7',
    "ble.pair mac={MAC} device=glucometer serial={DEVICE} user={USER}",
    "dhcp lease {IP} -> {MAC} hostname={FNLOW}-ipad",
    'valet.ticket vin={VIN} plate={PLATE} owner="{NAME}" phone={PHONE}',
    "parking.lpr plate={PLATE} lot=Garage-B entered={TS}",
    'credential.check npi={NPI} dea={DEA} license={LICENSE} name="{NAME}" status=active',
    'pdmp.request prescriber_dea={DEA} patient="{LASTFIRST}" dob={ISODATE} dl={LICENSE}',
    'idproof.scan dl={LICENSE} name="{NAMEUP}" dob={USDATE} addr="{STREETUP}, {CITYUP}, {STATE} {ZIP}"',
    "link.click url={URL} user={USER} ip={IP}",
    "referer={URL} path=/portal/signup status=302 ip={IP}",
    "webhook.deliver url={URL} status=410 attempts=3 owner={EMAIL}",
    '{{"profile":{{"website":"{URL}","handle":"{USER}","displayName":"{NAME}"}}}}',
    "crm.note added by {USER}: caller {NAME} says her page {URL} has the photos",
    "firewall DENY src={IP} dst=10.0.0.5:443 user={USER}",
    "vpn.session user={USER} assigned_ip={IP} public_ip={IP} start={TS}",
    "{SYSDATE} {CLOCK} ehr-db01 sshd[{PIDN}]: Failed password for {USER} from {IP} port 50122 ssh2",
    "{SYSDATE} {CLOCK} portal-web2 app[{PIDN}]: password reset requested for {EMAIL} from {IP}",
    "DICOM (0010,0010) PatientName={LNUP}^{FNUP} (0010,0030) PatientBirthDate={HLDATE} (0010,1010) PatientAge={AGEN}Y",
    "DICOM (0008,0020) StudyDate={HLDATE} (0010,0020) PatientID={MRN} (0008,0090) ReferringPhysicianName={LNUP}^{FNUP}^{MIDUP}",
    # Billing, claims, mail
    'pay.refund acct={ACCOUNT} guarantor="{NAME}" amount=48.00 check_mailed_to="{POBOX}, {CITY}, {STATE} {ZIP}"',
    'statement.returned acct={ACCOUNT} addr="{RURAL}" reason=undeliverable',
    "claim.denied claim={OTHER} member={MBI} dos={ISODATE} carc=CO-16",
    'medicaid.elig id={MEDICAID} name="{NAMEUP}" dob={HLDATE} status=active',
    "age.guard: field age={AGEN} >= 90 masked for export (mrn={MRN})",
    'nlp.extract age_text="{AGE} years old" -> bucket 90+',
    'ssn.verify ssn={SSN} name="{LNUP}" result=mismatch',
    'ticket.open id={OTHER} requester="{NAME}" <{EMAIL}> subject="portal locked" created={TS}',
    'mailroom.returned name="{NAME}" addr="{RURAL}, {CITY}, {STATE} {ZIP}"',
    'cron.birthday_cards picked {NAME} (turns {AGEN} on {MD}) mail_to="{STREET}, {CITY} {ZIP}"',
    'lab.requisition.parsed patient="{LASTFIRST}" dob={USDATE} collected={TS} ordering="{NAME}, MD" fax_results_to={FAX}',
    'pharmacy.label.print rx={OTHER} pt="{NAMEUP}" addr="{STREETUP}" filled={USDATE} prescriber="{NAME}"',
    "scheduler: slot booked for {LASTFIRST} on {LONGDATE} with Dr. {SURNAME} (phone {PHONE})",
    # Caches, queues, search, storage, identity
    'redis SET session:{REQID} {{"uid":"{USER}","pt":"{MRN}","exp":3600}}',
    'kafka topic=adt.events key={MRN} value={{"event":"A03","dischargeTs":"{HLTS}","pt":"{LNUP}^{FNUP}"}}',
    'elasticsearch index=patients id={PTUUID} doc={{"full_name":"{NAME}","city":"{CITY}","zip":"{ZIP}"}}',
    "S3 PutObject s3://scans-prod/intake/{HLDATE}/{LNLOW}_{FNLOW}_dl.jpg by {USER}",
    'pdf.render template=letter_v3 recipient="{NAME}" address="{STREET}" city="{CITY}" zip={ZIP} ok',
    'esign.envelope sent to {EMAIL} signer="{NAME}" subject="Consent - {LONGDATE}"',
    'ldap.bind uid={USER} cn="{NAME}" mail={EMAIL} telephoneNumber={PHONE}',
    "oauth.token issued sub={USER} email={EMAIL} ip={IP} iat={TS}",
    'tele.session room={REQID} patient="{NAME}" joined_from={IP} at={TS}',
]

NOTES = [
    # Forms and records
    "PATIENT INTAKE FORM\nName: {NAME}    DOB: {USDATE}    Sex: F\nAddress: {STREET}\nCity: {CITY}   State: {STATE}   ZIP: {ZIP}\nPhone: {PHONE}   Email: {EMAIL}",
    "Last name: {SURNAME}   First name: {FIRST}   MI: {MIDDLE}\nDate of birth: {DATE}   SSN: {SSN}",
    "Emergency contact: {NAME}   Relationship: daughter   Phone: {PHONE}",
    "Responsible party / guarantor: {LASTFIRST}\nBilling address: {POBOX}, {CITY}, {STATE} {ZIP}\nAccount #: {ACCOUNT}",
    "MEMBER: {NAMEUP}\nMEMBER ID: {PLAN}\nGROUP: 00412   RxBIN 004336   RxPCN ADV\nEFFECTIVE {USDATE}",
    "MEDICARE HEALTH INSURANCE\nName: {NAMEUP}\nMedicare Number: {MBI}\nEntitled to HOSPITAL (PART A) {USDATE}   MEDICAL (PART B) {USDATE}",
    "Rx# {OTHER}   {NAMEUP}\n{STREETUP}, {CITYUP} {STATE} {ZIP}\nLISINOPRIL 10 MG TAB #30\nTake 1 tablet by mouth daily\nDr. {SURNAME}   Filled {USDATE}   Refills: 3",
    "LAB REQUISITION\nPatient: {LASTFIRST}   DOB: {DMON}   MRN: {MRN}\nOrdering provider: {NAME}, MD   NPI {NPI}\nTests: CMP, CBC w/ diff, HbA1c\nCollection date: {USDATE}",
    "FAX COVER SHEET\nTo: Dr. {NAME}   Fax: {FAX}\nFrom: {NAME}, RN   Fax: {FAX}   Phone: {PHONE}\nRe: referral for {LASTFIRST} (DOB {USDATE})\nPages: 7 including cover",
    "Hi {FIRST}, this is a reminder of your appointment with Dr. {SURNAME} on {LONGDATE} at 9:40 AM at our {CITY} office, {STREET}. Reply C to confirm.",
    "{LONGDATE}\n\n{NAME}\n{STREET}\n{CITY}, {STATE} {ZIP}\n\nDear {FIRST},\nYour recent test results were normal.",
    "Electronically signed by: {NAME}, MD on {TS}\nCosigned: {NAME}, PA-C",
    "Sincerely,\n{NAME}, DNP, FNP-BC\n{CITY} Family Health\nPh {PHONE} | Fx {FAX}",
    "Referring physician: {NAME}   NPI: {NPI}\nPatient: {NAME}   DOB: {EUDATE}\nReason: second opinion, thyroid nodule",
    "I, {NAME}, consent to treatment of my mother, {NAME}, born {LONGDATE}.\nSignature: ____________   Date: {USDATE}",
    "Authorization to release the records of {NAME} (DOB {USDATE}, MRN {MRN}) to {NAME}, {STREET}, {CITY}, {STATE} {ZIP}, fax {FAX}.",
    "FACE SHEET   Adm: {USDATE} {CLOCK}\n{LNUP}, {FNUP} {MIDUP}   Age: {AGEN}   MRN: {MRN}   FIN: {OTHER}\nAddr: {STREETUP} {UNIT}, {CITYUP}, {STATE} {ZIPNINE}\nNOK: {NAMEUP} (son) {PHONE}",
    "{LNUP}, {FNUP}   DOB {USDATE}   MRN {MRN}   Dr. {LNUP}",
    "{LNUP},{FNUP}   {DMON}   {MRN}   Coll {USDATE} {CLOCK}",
    "DME: hospital bed and O2 concentrator, deliver to {RURAL}, {CITY} {ZIP}; contact {NAME} {PHONE}.",
    "Accident report: driver {NAME}, DL {LICENSE}, vehicle VIN {VIN}, plate {PLATE}, collision on {DATE}.",
    "Implant record: pacemaker S/N {DEVICE}, UDI {UDI}, implanted {DATE} by Dr. {SURNAME}.",
    "To whom it may concern: {NAME} was seen in our clinic on {LONGDATE} and may return to work on {LONGDATE}.",
    "Student: {NAME}   DOB: {USDATE}   Parent/guardian: {NAME}   Phone: {PHONE}",
    "Decedent: {NAME}, age {AGE}, died {LONGDATE} at home, {RURAL}, {CITY}.",
    "Hospice admission {DATE}: {NAME}, {AGEN} y/o, lives at {STREET}, {CITY}; primary caregiver is niece {FIRST}.",
    "POLST completed {USDATE} with pt {NAME} and HCPOA {NAME} ({PHONE}).",
    "Home health referral: {NAME}, {STREETLINE} {UNIT}, {CITY}, {STATE} {ZIP}; gate code on file; dtr {FIRST} {PHONE}.",
    "Mailing address {POBOX}, {CITY} {ZIP}; physical address {RURAL}.",
    "HCPOA: {LASTFIRST}, {STREET}, {CITY} {STATE} {ZIP}, ph {PHONE}.",
    "Patient ID band checked: {LASTFIRST}, {USDATE}, MRN {MRN}.",
    "Vaccine refusal form signed by pt's mother {NAME} on {USDATE}.",
    "Dear Dr. {SURNAME},\nThank you for referring {NAME}, whom I saw on {LONGDATE} for chronic cough.",
    "cc: {NAME}, MD; {NAME}, NP; PCP at {CITY} Community Clinic",
    "Op note. Surgeon: {NAME}, MD. Assistant: {NAME}, PA-C. Date of surgery: {LONGDATE}.",
    "Path: specimen {OTHER} rec'd {USDATE}, signed out by {NAME}, MD on {USDATE}.",
    "Radiology: CT chest {USDATE}, compared with {DMON}; read by Dr. {SURNAME}.",
    "Next appt: {LONGDATE} 10:15 with {NAME}, PT.",
    # Telegraphic clinical notes
    "Pt {NAME} seen {DATE} for f/u DM2; A1c 8.2, metformin increased.",
    "{AGEN}yo F, hx CHF, adm {USDATE} via ED, dtr {FIRST} at bedside.",
    "Spoke w/ son {NAME} re: plan; he'll pick pt up {MD} after 2pm.",
    "S/p R TKA {DATE} by Dr. {SURNAME}; PT 3x/wk at {CITY} Rehab.",
    "Pt reports dizziness since {MD}; wife {WFIRST} notes 2 falls.",
    "Called pt at {PHONE}, no answer, VM left; also e-mailed {EMAIL}.",
    "Seen by {WNAME}, LCSW, on {USDATE} re: housing; pt now staying at {STREET}.",
    "HPI: Mr. {SURNAME} is a {AGE} y/o retired farmer from {CITY} w/ progressive SOB.",
    "Pt's PCP Dr. {NAME} ({CITY}) faxed records {USDATE} from {FAX}.",
    "Dx'd w/ breast ca {MONYEAR}, lumpectomy {MONYEAR}, XRT completed {DATE}.",
    "Pt {INITS} presented on the {DAYTH} w/ CP; trop neg x2.",
    "Nephew {NICK} drives pt to dialysis MWF; pt lives on {RURAL}.",
    "Discharge to home, {STREET}, {CITY} {ZIP}, with HH (agency ph {PHONE}).",
    "Collateral from neighbor {NAME} ({PHONE}): pt found confused {MD} AM.",
    "Pt states DOB {DATE}; chart DOB {DATE}; registration notified.",
    "Rx sent to pharmacy on {STREETLINE}, {CITY} (fax {FAX}).",
    "Called {CITY} PD re: pt's car (plate {PLATE}) left in the ED lot.",
    "CGM (S/N {DEVICE}) data reviewed {USDATE}; TIR 71%.",
    "Pt {WNAME} is {AGE}, sharp, lives alone on {STREETLINE}.",
    "F/u w/ Dr. {WLAST} (cards) on {LONGDATE}.",
    "Pt moved from {CITY}, {STATE} to {CITY} in {MONYEAR}; old records requested.",
    "Mrs. {SURNAME}, {AGEN}F, POD#2 s/p hip ORIF; husband {FIRST} updated by phone.",
    "Attestation: I saw and examined the pt with resident Dr. {SURNAME} on {USDATE}. -- {NAME}, MD",
    "Interpreter {NAME} (Haitian Creole), ID {OTHER}, used for the entire visit.",
    "Portal msg from pt (user {USER}) at {TS}: asks about refill.",
    "Telehealth visit; pt at home in {CITY}, IP {IP}, verbal consent.",
    "SW: Medicaid app submitted {USDATE}, ID pending; SSN {SSN} verified.",
    "Pt's MBI {MBI}; secondary Medicaid {MEDICAID}.",
    "Acct {ACCOUNT} sent to collections per pt's son {NAME}.",
    "Tx plan reviewed w/ pt and dtr {WFIRST} {WLAST} on {DATE}.",
    "{LNUP}, {FNUP} -- {AGEN}M -- Rm 412 -- Adm {USDATE} -- Dx sepsis",
    "Pt's guardian {NAME} (appointed {DATE}) consents by phone.",
    "Wt 58 kg (down 4 kg since {MD}); dtr {NAME} reports poor PO intake.",
    "Vaccines: Tdap {USDATE}, PCV20 {USDATE}, RSV {USDATE}.",
    "Pt traveling to {CITY} {MD} to {MD}; 2-wk supply given.",
    "LMP {DATE}; EDD {DATE} by 8-wk US.",
    "Pt {NAME} ({AGEN}) BIBA from {STREET}; neighbor {FIRST} called 911.",
    "Spoke w/ Dr. {SURNAME} at {CITY} Memorial, accepted for transfer {TS}.",
    "Dtr {NAME} ({EMAIL}) wants updates by e-mail only.",
    "Pt lost DL {LICENSE}; copy of passport on file.",
    "Hearing aid (L, S/N {DEVICE}) left at {CITY} SNF.",
    "Pt {FIRST} prefers to be called {NICK}.",
    "Pt's husband {NAME}, {AGE}, is also a pt here (MRN {MRN}).",
    "Home visit {DATE}: {RURAL}, {CITY}; gravel drive, 2 dogs.",
    "Rehab potential fair; {LASTFIRST} to {CITY} Skilled Nursing on {MD}.",
    "Chart review: pt {NAME} no-showed {USDATE}, {USDATE} and {USDATE}.",
    "ED triage {TS}: {AGEN}yo M c/o CP, BIBA from {CITY}.",
    "Pt's e-mail updated to {EMAIL}; old {EMAIL} bounced.",
    "Addr on file {STREET} is a vacant lot per HH RN; new addr {STREET}, {CITY} {ZIP}.",
    "Pt's son {NAME} lives in {CITY}, visits weekends, cell {PHONE}.",
    "Pt reports she was born {LONGDATE} in {CITY}; now {AGE}.",
    "DNR/DNI confirmed w/ pt and wife {WNAME} {USDATE}.",
    "Pt {NAME}, {AGE} yo, oriented x3, walker at baseline.",
    "Cath lab {USDATE}: 90% LAD, DES x1 by Dr. {SURNAME}.",
    "Per pt's dtr-in-law {NICK} (ph {PHONE}), pt stopped Lasix on {MD}.",
    "Pt drives a bus for {CITY} Transit; CDL {LICENSE}; cleared to drive.",
    "Pt (MRN {MRN}) seen at {CITY} urgent care {USDATE}: UTI, cipro x3d.",
    "Prior auth {OTHER} approved {USDATE} thru {USDATE}.",
    "Pt keeps a symptom diary on her blog {URL}.",
    "Family posts updates at {URL}; asked staff not to comment there.",
    "{NAME} ({AGEN}y) here w/ granddaughter {FIRST}; Alzheimer's dx {MONYEAR}.",
    "Med rec w/ {CITY} Pharmacy (ph {PHONE}, fax {FAX}) on {USDATE}.",
    "Return precautions given; pt to call {PHONE} or return to ED. -- {WNAME}, RN {TS}",
    "Pt {FNUP} {LNUP}, {AGEN}, widow, retired teacher from {CITY}.",
    "S: 'my son {FIRST} says im forgetting things since {MONYEAR}'.",
    "Labs drawn {TS}; results called to pt's wife {NAME} at {PHONE}.",
    "Dr. {WLAST} and Dr. {SURNAME} discussed case {USDATE}; plan CT.",
    "Pt's MRN {MRN} merged into {MRN} (duplicate) on {USDATE}.",
    "Genetic counseling: pt's maternal aunt {NAME} dx ovarian ca at 52.",
    "Home O2 vendor {CITY} Medical, fax {FAX}; order signed {USDATE}.",
    "Pt says 'call my cousin {NAME} at {PHONE} if anything happens'.",
    "ICD interrogation {USDATE} (IMEI of home monitor {IMEI}); no events.",
    "Wheelchair van VIN {VIN} to pick pt up at {STREET} on {MD}.",
]

# Lines with no PHI at all, full of what looks like it: request and trace ids, versions, timings,
# counts, config keys, hostnames of services, job names, vitals, doses, labs, codes (ICD-10, CPT,
# LOINC, NDC, SNOMED), eponyms, drug names, ages under 90, weekdays, years alone and durations.
# Written as four groups and interleaved below (logs twice as often), so that any prefix of
# PHI_FREE mixes all of them.
_PHI_FREE_LOG = [
    'INFO django.request "GET /healthz HTTP/1.1" 200 2',
    '"GET /static/css/app.4f9a1c.css HTTP/1.1" 304 0',
    "gunicorn[4121]: [INFO] Booting worker with pid: 4127",
    "[INFO] Listening at: http://0.0.0.0:8000 (4121)",
    "[WARNING] Worker with pid 4127 was terminated due to signal 9",
    "celery@worker-1 ready.",
    "[INFO/MainProcess] Connected to redis://redis:6379/0",
    "Task reminders.tasks.send_batch[3f9c2a1e-7b44-4c1e-9a0d-2b8f6e1d4c55] succeeded in 0.412s: None",
    "Task fax.tasks.poll_inbox[9a1b7c2d-0e3f-4a5b-8c6d-7e8f9a0b1c2d] retry: Retry in 30s",
    "beat: Sending due task nightly-eligibility (eligibility.tasks.run_270_batch)",
    "LOG:  checkpoint complete: wrote 1203 buffers (7.3%); 0 WAL file(s) added, 1 removed, 2 recycled",
    "LOG:  duration: 812.441 ms  statement: SELECT count(*) FROM encounter WHERE status = 'open'",
    "ERROR:  canceling statement due to statement timeout",
    "ERROR:  deadlock detected\nDETAIL:  Process 18211 waits for ShareLock on transaction 99120441; blocked by process 18240.",
    'LOG:  automatic vacuum of table "ehr.public.encounter": index scans: 1',
    'ERROR:  duplicate key value violates unique constraint "icd10_code_key"\nDETAIL:  Key (code)=(E11.65) already exists.',
    'ERROR:  relation "patient_v2" does not exist at character 15',
    'ERROR:  duplicate key value violates unique constraint "loinc_code_key"\nDETAIL:  Key (loinc)=(4548-4) already exists.',
    "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)",
    '[error] 1191#1191: *88 upstream prematurely closed connection while reading response header from upstream, upstream: "http://unix:/run/gunicorn.sock:/api/v1/schedule"',
    '"GET /api/v1/formulary?q=metformin&strength=500mg HTTP/1.1" 200 1834 "-" "okhttp/4.12.0"',
    '"POST /api/v1/triage HTTP/2.0" 201 77 rt=0.093 uct=0.001 urt=0.092',
    'Traceback (most recent call last):\n  File "/srv/app/billing/tasks.py", line 61, in post_batch\nConnectionResetError: [Errno 104] Connection reset by peer',
    "KeyError: 'icd10'\n  locals: {'row': 4411, 'batch': 'claims-07', 'retries': 2}",
    "django.db.utils.OperationalError: could not connect to server: Connection refused",
    "Forbidden (CSRF token missing.): /api/v1/forms/intake",
    '{"level":"info","msg":"request completed","method":"GET","path":"/api/v1/slots","status":200,"duration_ms":41,"request_id":"b7e3f0a2c91d4e5f8a6b1c2d3e4f5a6b"}',
    '{"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7","service":"scheduling-api","durationMs":118}',
    '{"event":"cache.miss","key":"formulary:rxcui:860975","ttl":3600}',
    '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Patient.gender: unknown code"}]}',
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"4548-4"}]},"valueQuantity":{"value":7.2,"unit":"%"}}',
    '{"resourceType":"Medication","code":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"197361"}]}}',
    '{"resourceType":"Bundle","type":"searchset","total":0}',
    "MSH|^~\\&|LAB|MAIN|EHR|MAIN|||ORU^R01|MSG00042|P|2.5.1",
    "OBX|1|NM|2160-0^Creatinine^LN||1.42|mg/dL|0.57-1.00|H|||F",
    "OBX|2|NM|718-7^Hemoglobin^LN||10.9|g/dL|12.0-15.5|L|||F",
    "OBR|1|||80053^Comprehensive metabolic panel^CPT",
    "RXE|1^BID^HL70335|00093-7214-01^Metformin 500 mg tab^NDC|500||mg",
    "DG1|1||I10^Essential hypertension^I10|||F",
    "AL1|1|DA|7980^Penicillin G^RXNORM|MO|rash",
    "MSA|AA|MSG00042",
    "SV1*HC:99214*125*UN*1***1~",
    "HI*ABK:E119*ABF:I10~",
    "EB*1*IND*30**PPO~",
    "SE*42*0001~GE*1*1~IEA*1*000000905~",
    "csv header: mrn,last_name,first_name,dob,addr1,addr2,city,state,zip,phone",
    "import done: rows=4821 inserted=4790 skipped=31 took=12.4s",
    "audit.rotate: archived 14 files (2.1 GB) to cold storage",
    "audit action=LOGIN_FAILED count=3 window=15m policy=lockout",
    "postfix/qmgr[2211]: 4F2A81C0: removed",
    "postfix/smtpd[1881]: disconnect from unknown ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4",
    "Subject: Your appointment reminder",
    "X-Mailer: EHR Notify 3.2.1",
    'Content-Type: multipart/mixed; boundary="----=_Part_4412_19930"',
    "sms.status sid=SM8f2a7c1d status=delivered segments=2 price=-0.0079",
    "sms.keyword STOP processed, template=appt_reminder_v4",
    "faxd: modem ttyS1 ready, class 2.0, 14400 bps",
    "faxd: SEND job 7711 pages=6 result=OK duration=00:02:11 ecm=on",
    "hylafax: JOB 88 requeued: Busy signal detected (retry 2/5)",
    "mirth channel ADT_IN deployed, 3 destinations, queue=on",
    "interface.adt: processed 1200 messages, 3 errors, avg 41 ms",
    "EMPI: nightly duplicate scan found 17 candidate pairs above 0.92",
    "redis: 1 clients connected (0 replicas), 412.88M memory in use",
    "kafka consumer group adt-sink lag=0 partitions=12",
    "S3 PutObject s3://scans-prod/tmp/batch-0042.tar.gz 200 size=88MB",
    "elasticsearch cluster health: yellow (active_shards_percent 91.7)",
    "k8s: pod scheduling-api-7c9f6d-x2lq4 OOMKilled, restarting (4)",
    "deploy: release v3.14.2 (build 8812) to prod by ci, migrations 0091-0094 applied",
    "alembic upgrade 4b1c9e2f -> 9a0d3e11, add index on encounter.status",
    "python 3.11.8, Django 4.2.11, DRF 3.15.1, celery 5.3.6",
    "config: SESSION_COOKIE_AGE=1209600 TIME_ZONE=UTC USE_TZ=True",
    "feature_flags: new_intake_form=on fax_ocr=off rollout=0.25",
    "rate_limit hit path=/api/v1/login window=60s max=10",
    "healthcheck ok db=3ms redis=1ms s3=44ms",
    "worker concurrency=8 prefetch=4 pool=prefork",
    "slow request: GET /api/v1/reports/census took 4.81s (threshold 2s)",
    "request_id=7d1e0c4b9f2a4c31 status=499 client closed request",
    "x-request-id: 1f0e9d8c-7b6a-4543-9210-fedcba987654",
    "JWT expired (exp skew 42s), returning 401",
    "tls: certificate for api.internal expires in 21 days",
    "disk /var/lib/postgresql 82% used (412 GB of 500 GB)",
    "queue fax-out depth=14 oldest=93s workers=2",
    "eligibility batch 270: 1120 sent, 1094 active, 19 inactive, 7 errors",
    "claim.batch 837P: 312 claims, total 48211.50, rejected 4 (CARC 16)",
    "ERA 835 posted: 88 payments, 2 reversals, 0 unmatched",
    "rxnorm sync: 1204 concepts updated, 18 retired",
    "icd10 load: 74044 codes, 0 errors",
    "loinc import 2.77: 102114 terms",
    "ndc refresh: 0093-7214-01 and 0378-3512-05 marked discontinued",
    "cpt fee schedule: 99202-99215 updated, conversion factor 32.74",
    "snomed 44054006 mapped to E11.9 (confidence 0.98)",
    "model=triage-esi-v4 tokens_in=812 tokens_out=96 latency_ms=1203",
    "embedding index rebuilt: 18204 chunks, dim 384, took 91s",
    "ocr.job pages=4 confidence=0.87 engine=tesseract-5.3",
    "pdf.render template=discharge_v7 pages=3 took=212ms",
    "cron 0 2 * * * backups.nightly -> ok (14m 02s)",
    "cron */5 * * * * fax.poll -> 3 new",
    "HTTP/1.1 429 Too Many Requests Retry-After: 30",
    "Set-Cookie: sessionid=<redacted>; HttpOnly; Secure; SameSite=Lax",
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0",
    "vitals.batch device_type=bp_cuff readings=340 out_of_range=12",
    "pump.alarm code=E-104 occlusion, cleared after 42 s",
    "cgm.upload readings=288 gaps=1 sensor_age_days=9",
    "ble.scan found 7 devices, 2 paired, rssi -48..-91",
    "audit: 0 break-glass events in the last 24h",
    "ssn.verify service unavailable (503), will retry in 5m",
    "age.guard: 14 records with age >= 90 bucketed for export",
    "dedupe: 0.4% duplicate rate, threshold 0.92",
    "GET /api/v1/providers?specialty=cardiology&accepting=true 200 22ms",
    "GET /api/v1/icd10/search?q=I50 200 8ms",
    'POST /api/v1/vitals 201 {"bp":"128/82","hr":74,"spo2":97}',
    "PUT /api/v1/appointments/slot/4412 409 conflict",
    "WARN cache eviction policy=allkeys-lru evicted=5120",
    "ERROR timeout upstream=lab-gateway after 30s (attempt 3/3)",
    "System check identified no issues (0 silenced).",
    "Applying patients.0042_add_emergency_contact... OK",
    "Watching for file changes with StatReloader",
    "hostname=ehr-db01 role=primary replication_lag=0.2s",
    "host=fax-gw-02 svc=hylafax status=up uptime=41d",
    "node scheduling-api-2 joined cluster (3/3)",
    "sentry: event 8f14e45fceea167a5a36dedd4bea2543 sent",
    "trace 4bf92f3577b34da6 span 00f067aa0ba902b7 parent none sampled=1",
    'DEBUG (0.004) SELECT "clinic_slot"."id" FROM "clinic_slot" WHERE "clinic_slot"."weekday" = 2; args=(2,)',
    'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "cpt_code_key"',
    "[12:04:33] beat: Starting...",
    "job=claims-resubmit run=418 status=ok duration=3m12s",
    "job=hl7-archive files=88 bytes=1.2G status=ok",
]
_PHI_FREE_NOTE = [
    "BP 148/92, HR 96, RR 20, T 38.1 C, SpO2 93% on 2 L NC",
    "Wt 71.3 kg, Ht 162 cm, BMI 27.2, waist 94 cm",
    "K 5.8 -> 5.1 after Lokelma 10 g, repeat BMP in 6 h",
    "Na 128, serum osm 262, urine osm 410, urine Na 42",
    "Hgb 7.4, transfuse 1 unit PRBC, recheck post",
    "ALT 88, AST 102, alk phos 140, T bili 2.4",
    "TSH 11.2, free T4 0.6, start levothyroxine 50 mcg",
    "BNP 1240, CXR with bilateral effusions",
    "lactate 3.1 -> 1.8 after 30 mL/kg bolus",
    "INR 1.1, PTT 31, fibrinogen 280",
    "ICD-10 J18.9 pneumonia, unspecified organism",
    "ICD-10 N17.9, E87.1, I48.0",
    "ICD-10 F32.1, F41.1, Z91.19",
    "CPT 99223, 99233, 99239",
    "CPT 45378 colonoscopy, 43239 EGD with biopsy",
    "LOINC 2951-2 sodium, LOINC 2823-3 potassium, LOINC 33914-3 eGFR",
    "NDC 0006-0277-31, NDC 0169-4132-12",
    "SNOMED 38341003 hypertensive disorder; SNOMED 73211009 diabetes mellitus",
    "HCPCS J1885 ketorolac 15 mg, J2405 ondansetron 1 mg",
    "Addison's disease on hydrocortisone 15/5 mg",
    "Hashimoto's thyroiditis, TPO Ab 412",
    "Wilson's disease, ceruloplasmin 9, on trientine",
    "Guillain-Barre syndrome, IVIG day 3 of 5",
    "Charcot foot, total contact cast, non-weight-bearing",
    "Lyme disease, doxycycline 100 mg bid x 21 days",
    "Epley maneuver performed for BPPV, Dix-Hallpike positive on the right",
    "Ludwig's angina ruled out, CT neck negative",
    "Kernig and Brudzinski negative, no meningismus",
    "Virchow's node not palpable",
    "Trousseau sign negative, Chvostek negative",
    "Mallampati 3, Wells score 4.5",
    "CURB-65 score 2, admit to floor",
    "apixaban 5 mg bid, hold 48 h before procedure",
    "semaglutide 0.5 mg weekly, titrate to 1 mg in 4 weeks",
    "empagliflozin 10 mg daily, hold if eating poorly",
    "sacubitril-valsartan 24/26 mg bid",
    "gabapentin 300 mg qhs, may increase to tid",
    "ceftriaxone 1 g IV q24h + azithromycin 500 mg daily",
    "nitroglycerin 0.4 mg SL q5min x3 prn chest pain",
    "morphine 2 mg IV q4h prn, naloxone at bedside",
    "pt is 74, independent in ADLs, uses a cane outdoors",
    "a 58-year-old woman with new AF",
    "seen Wednesday, reassess Friday",
    "symptoms since Sunday night, worse Monday",
    "quit smoking in 2004, 30 pack-years",
    "CABG in 2011, stents in 2016 and 2019",
    "for 10 days, then taper over 2 weeks",
    "RTC 6 weeks, labs 1 week prior",
    "G3P2, 34 weeks, fundal height 33 cm",
    "Apgar 7 at 1 min and 9 at 5 min",
    "GCS 13 (E3V4M6), pupils 3 mm reactive",
    "NIHSS 6, last known well 4 h ago",
    "pain 8/10, sharp, radiates to the left arm",
    "EF 25%, LVIDd 6.1 cm, moderate MR",
    "PHQ-9 14, GAD-7 11",
    "PSA 4.8, free PSA 12%",
    "FEV1/FVC 0.62, FEV1 54% predicted",
    "ABG 7.31/58/62/28",
    "urine output 0.3 mL/kg/h x 6 h",
    "O2 sat 88% on RA, 94% on 3 L",
    "Braden 16, Morse 35",
    "pt is 86 and lives with her son",
    "aged 89, still gardening",
    "wound 2 x 1.5 cm, granulating, no tunneling",
    "ECG: AF with RVR 142, no ST changes",
    "Echo in 3 months, Holter x 48 h",
]
_PHI_FREE_CHAT = [
    "ok thank u, see u next week",
    "can i take zyrtec with my blood pressure pill",
    "my sugar was 312 after dinner, is that bad",
    "the inhaler is almost empty, need a refill pls",
    "bp this morning 146/90, pulse 88",
    "is the lab open on saturday mornings",
    "what time does the pharmacy close on sunday",
    "i took 2 tylenol at 8 and its still bad",
    "swelling in both ankles for about 3 days",
    "do i need to fast before the cholesterol test",
    "my knee is still swollen 2 weeks after the shot",
    "how long should i stay off work after the procedure",
    "is it normal to be this tired on chemo week 3",
    "the new pills make me nauseous in the morning",
    "can i split the 50 mg tablet in half",
    "rash on my arms since i started the antibiotic monday",
    "i missed my dose last night, should i double up",
    "temp 100.8 this afternoon",
    "im 63 and never had a colonoscopy, should i",
    "my dad is 81 and keeps falling at night",
    "we're coming in thursday at 10 right",
    "can you send the refill to the same pharmacy as last time",
    "thanks for calling me back so fast",
    "the portal keeps logging me out after 5 min",
    "how many units of insulin if my sugar is 250",
    "i've had this cough since 2021 on and off",
    "stomach pain after eating, mostly fatty food",
    "lost 10 lbs without trying in 2 months",
    "need a note for work for monday and tuesday",
    "is the covid shot the same as last year's",
    "hope you all have a good weekend",
    "sorry typo, i meant 25 mg not 250",
    "the app says version 4.2 needs update",
    "will bring the pill bottles to the visit",
    "my mom is 88 and on 9 different meds",
]
_PHI_FREE_FORM = [
    "Name: ____________________   DOB: __/__/____   Sex: M / F / X",
    "Address: ______________________   City: __________   State: __   ZIP: _____",
    "Preferred language: English / Spanish / Other   Interpreter needed: Y / N",
    "Copay: PCP $25, Specialist $50, ER $250, Urgent care $75",
    "RxBIN 610014   RxPCN CSHCN   RxGRP RX4411   Payer ID 87726",
    "LISINOPRIL 10 MG TAB #30, take 1 tablet by mouth daily, refills: 3",
    "Tests ordered: CMP, CBC w/ diff, lipid panel (fasting 12 h), TSH",
    "Pages: 7 including cover. CONFIDENTIAL: intended only for the recipient.",
    "Reply C to confirm, R to reschedule, STOP to opt out.",
    "Signature: ________________   Date: ___________",
    "Allergies: NKDA / penicillin (hives) / sulfa (rash)",
    "Pharmacy hours: Mon-Fri 8-8, Sat 9-5, closed Sunday",
    "Please arrive 15 minutes early and bring your insurance card and photo ID.",
    "Specimen: serum, gold top, centrifuge within 2 h, refrigerate",
    "Dispense as written: Y / N   Quantity: 90   Days supply: 30",
    "Emergency contact: ____________   Relationship: ________   Phone: ____________",
    "Office hours: Tuesday and Thursday 1-5 pm, Wednesday 8-12",
    "Form HCFA-1500 (02/12) box 24J: rendering provider NPI",
    "Fee: $0.00 (charity care, sliding scale tier 1)",
    "Visit type: follow-up, 20 min, telehealth eligible",
]
PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_LOG[0::2], _PHI_FREE_NOTE, _PHI_FREE_LOG[1::2], _PHI_FREE_CHAT, _PHI_FREE_FORM
    )
    for line in group
    if line is not None
]
