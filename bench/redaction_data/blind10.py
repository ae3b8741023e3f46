"""The "blind10" split: a tenth held-out set, written blind: without looking at the engine, its
tests, its benchmark code, its output or the other held-out sets.

Only these files were read to write it: generate.py, templates.py and values.py (the interface and
the labels), tune4.py and tune5.py (the split-module interface and the annotation conventions) and
pyproject.toml (the ruff settings). The other data modules were imported in a throwaway script only
to collect their value pools for the overlap check below; their templates were not read. The engine
was never opened or run.

It models the text a large US health system receives: an academic medical centre with specialty
clinics (oncology and infusion, cardiology, transplant, obstetrics, neurology, orthopaedics), its
community hospitals and urgent cares, a federally qualified health centre serving many immigrant
and refugee families, a retail pharmacy partner, a patient portal and SMS service, a call centre, a
billing office and the interfaces between them. CHAT is portal messages and texts from patients,
parents, adult children and caregivers: mostly lowercase, typos, run-ons, emoji, voice-to-text
("period", "new paragraph"), Spanish, Portuguese, Vietnamese, Tagalog, Arabic and Haitian Creole,
relatives and staff named in passing with and without cue words, sign-offs, nicknames, SMS replies.
LOGS is application key=value and JSON logs, web access lines and query strings, HL7 v2 (MSH, PID,
NK1, PV1, IN1, GT1, ORC, OBR, OBX, SCH, RXE, RXA, TXA, MRG), ASTM, FHIR resources, CSV exports,
Python, Java, .NET and JavaScript errors, SQL logs, queue and worker logs, audit trails, X12
270/271/834/835/837, NCPDP SCRIPT and claim fields, call-centre CTI events, e-mail, fax and SMS
gateways, DICOM tags and device telemetry. NOTES is HPI, assessment and plan, consults and referral
letters, operative and procedure notes, discharge summaries, nursing and therapy notes, phone
encounters, pharmacy, social-work and case-management notes, oncology treatment summaries, prenatal
and delivery notes, radiology and pathology reports, letters to employers, schools and landlords,
forms and face sheets, signature blocks, cc lines, and family and social history that names
relatives. PHI_FREE mixes all three with forms: vitals, doses, tapers, labs, scores, codes (ICD-10,
CPT, LOINC, NDC, HCPCS, SNOMED, CVX), eponyms and diseases named after places, device and drug
model names, versions, request and trace ids and hashes, ages under 90, weekdays, months and years
alone, durations, and the ordinary words this split also uses as names. Names make up about 36% of
the identifiers and dates about 20%; every other label is in at least a dozen templates.

Names come from 79 origins weighted like a large, mixed US metro: Mexican (with Nahuatl family
names), Salvadoran, Honduran, Guatemalan Maya, Puerto Rican, Dominican, Cuban, Colombian,
Venezuelan, Andean (Quechua and Aymara), Brazilian, Portuguese and Cape Verdean, Haitian, Jamaican
and other Anglo-Caribbean, Indo-Caribbean, African American, Southern and Appalachian, names of
today's children, Irish, German, Pennsylvania Dutch, Sicilian and southern Italian, Ashkenazi and
Orthodox Jewish, French Canadian, Cajun, Scandinavian, Dutch and Frisian, Polish, Ukrainian,
Russian, Romanian, Greek, Hungarian, Armenian, Yoruba, Igbo, Ghanaian (Akan, Ga, Ewe), Wolof and
Serer, Mande and Fula, Somali, Ethiopian, Eritrean, Kenyan, Congolese, South Sudanese (Dinka and
Nuer), Lebanese and Syrian, Iraqi, Chaldean and Assyrian, Yemeni, Egyptian, Iranian, Afghan,
Turkish, Punjabi, Hindi-belt, Gujarati, Marathi, South Indian, Bengali, Pakistani, Nepali and
Bhutanese, Mandarin Chinese, Cantonese, Korean, Japanese and Okinawan, Vietnamese, Filipino, Khmer,
Lao, Karen and Chin, Samoan, Tongan, Native Hawaiian, Diné, Muscogee and Choctaw, Kiowa and
Comanche and Uzbek, plus a set of English words. They are written the way each custom writes them:
family name first for Chinese, Korean, Vietnamese, Japanese, Hungarian and Khmer patients at times,
paternal and maternal surnames joined by a space or a hyphen, Portuguese particles ("da", "dos"),
Arabic "Al-", Somali and Ethiopian father's (and grandfather's) names, Karen and Chin patients with
one name, apostrophes (N'Guessan, Ja'Kobe), suffixes, middle initials and quoted nicknames; in
capitals in HL7, X12, DICOM and labels, in lowercase in chat and query strings. About 15% of the
names carry a given or family name that is an ordinary English word, some of them clinical (Stent,
Sample, Stroke, Graft, Brace, Crutch, Remedy, Season, Lady).

No given name, family name, nickname, street name, city, e-mail domain or e-mail handle word here
is in the value pools of values.py (with the Faker name lists of every locale it draws, en_US
included), templates.py or any other module of this package (blind to blind9, tune2 to tune7), nor
is any a capitalised word of their templates: every word was checked by a script in /tmp after
folding accents and case, until it reported no overlap. Particles (de, da, van, al, ...), an
apostrophe prefix of one or two letters (O', N', Ja'), generic address words (St, Box, County Road,
Park, Valley, ...) and top-level domains were set aside. All values are fictional.

Annotation follows tune4.py and tune5.py: a state is not scored; a title (Dr., Mrs.), a credential
(MD, RN, PA-C) and a possessive "'s" stay outside a NAME; in HL7, X12, ASTM, DICOM and FHIR each
name component (family, given, middle) is its own NAME; initials standing for a person are a NAME;
a weekday or clock time beside a date stays outside the DATE, as does "the" in "the 14th" and the
clock after an access-log "14/Mar/2024:" date or a syslog "Mar 14"; a whole ISO, HL7, Python or
e-mail-header timestamp is one DATE; a month with a year is a DATE, while a year, a month or a
weekday alone is not PHI; only ages over 89 are AGE_OVER_89; a street name without a house number
and a unit line on its own are ADDRESS. A few slots carry non-PHI filler (request ids, latencies,
clock times, host names) so that log lines vary; their label is None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. The weights follow a large, mixed US metro.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    # Mexico, with the saints' names of older patients and the names of their grandchildren.
    "mexican": (12, [
        "Adelaida", "Dominga", "Modesta", "Eustolio", "Isaías", "Areli", "Juventina", "Sagrario",
        "Audelio", "Ceferino", "Edelmiro", "Everardo", "Froylán", "Heraclio", "Isauro", "Pantaleón",
        "Plácido", "Praxedis", "Tirso", "Bulmaro", "Cástulo", "Celso", "Domitilo", "Emigdio",
        "Erasmo", "Eutimio", "Evodio", "Hilarión", "Nemorio", "Petronilo", "Quintín", "Raymundo",
        "Rosalino", "Salustio", "Agripina", "Balbina", "Basilia", "Benigna", "Crescencia",
        "Dionisia", "Dorotea", "Efigenia", "Epigmenia", "Ifigenia", "Leonarda", "Perpetua",
        "Petrona", "Severiana", "Silvestra", "Teófila", "Timotea", "Toribia", "Ubalda",
        "Venustiana", "Victoriana", "Nayelly", "Yamile", "Arlette", "Idolina", "Leobarda",
        "Paulita", "Silvina", "Trinita",
    ], [
        "Candelas", "Huitrón", "Ugalde", "Manzo", "Marmolejo", "Oceguera", "Osuna", "Arámburo",
        "Belmontes", "Garcilazo", "Leija", "Olguín", "Pequeño", "Zertuche", "Necoechea", "Alatorre",
        "Alarid", "Anchondo", "Cabada", "Calderas", "Cota", "Dórame", "Encinas", "Granillo", "Iribe",
        "Madero", "Ochoterena", "Olea", "Orpinel", "Renovato", "Ronquillo", "Tiznado", "Urrea",
        "Yocupicio", "Zataráin", "Arzate", "Bárcenas", "Bazán", "Canizales", "Ciprés", "Garduño",
        "Gollaz", "Leos", "Navejar", "Ocón", "Reynaga", "Silos", "Sustaita", "Tavizón", "Urzúa",
        "Villagrana", "Arvizu", "Avitia", "Castrejón", "Cendejas", "Coss", "Dozal", "Lechuga",
        "Ocaña", "Palafox", "Peregrina", "Viramontes", "Yebra",
    ]),
    # Nahuatl family names of Puebla, Tlaxcala and the State of Mexico.
    "nahua": (1, ["Iztel", "Itandehui", "Citlalli"], [
        "Tecuapetla", "Ahuatzi", "Cuatecontzi", "Tepale", "Coyotl", "Mixcoatl", "Tlapale", "Texis",
        "Zempoalteca", "Tecpanécatl", "Tlacuilo", "Xochihua", "Cuauhtle", "Tepetla", "Tlahuel",
        "Tlaseca", "Xochipa", "Tepatl", "Cuatlayo", "Tecuatl",
    ]),
    "salvadoran": (3, [
        "Ever", "Exon", "Dunia", "Geovanny", "Yanci", "Daysi", "Fidelia", "Mirian", "Orfa",
        "Gerson", "Heber", "Bayron", "Denilson", "Wuilian",
    ], [
        "Alas", "Avelar", "Ascencio", "Lovo", "Pleitez", "Quijada", "Serpas", "Villalta", "Cierra",
    ]),
    "honduran": (2, ["Yolani", "Anner", "Ederson", "Gelber", "Helmer", "Rudy", "Byron"], [
        "Erazo", "Reconco", "Suazo", "Arita", "Bendeck", "Casco", "Pavón", "Sabillón", "Cárcamo",
        "Cubas", "Durón", "Oyuela", "Paguada",
    ]),
    # K'iche', Kaqchikel, Mam and Q'eqchi' family names from Guatemala.
    "guatemalan_maya": (2, [], [
        "Sac", "Ajcalón", "Boror", "Tiney", "Pixtún", "Xoc", "Tot", "Ajtún", "Chiroy", "Chocooj",
        "Guarcas", "Lux", "Mejicanos", "Oxlaj", "Quino", "Sicán", "Sontay", "Toj", "Upún", "Xajil",
        "Zet", "Acabal", "Coti", "Culajay", "Jutzutz", "Pocop", "Raxón", "Sajbochol", "Tojín",
        "Yool",
    ]),
    "puerto_rican": (3, [
        "Jeidy", "Radamés", "Nydia", "Lissette", "Adriel", "Yandel", "Joangel", "Yeriel", "Aníbal",
        "Aixa", "Brunilda", "Carmín", "Jahaziel", "Marisel", "Noraida", "Sujeily", "Wilnelia",
        "Yandiel", "Yomar", "Lenny",
    ], [
        "Espada", "Gotay", "Cedeño", "Dones", "Aldarondo", "Alvelo", "Andújar", "Arzuaga",
        "Berdecía", "Camareno", "Cuadrado", "Cuascut", "Ducós", "Emmanuelli", "Febres", "Freytes",
        "Gascot", "Jirau", "Lespier", "Mulero", "Negroni", "Oliveras", "Padín", "Pastrana",
        "Raffucci", "Ruberté", "Seijo", "Soler", "Tollinchi", "Torrellas", "Valcárcel", "Vilá",
    ]),
    "dominican": (3, [
        "Yohanny", "Welinton", "Hansel", "Yessenia", "Nelsy", "Yanelly", "Esmeldy", "Danilsa",
        "Raulín", "Enmanuel", "Jansel", "Yordy", "Leury",
    ], [
        "Vicioso", "Ynoa", "Beato", "Abinader", "Bidó", "Hichez", "Marmolejos", "Novas", "Objío",
        "Tatis", "Ubiera", "Zorrilla",
    ]),
    "cuban": (2, [
        "Yordanis", "Dayami", "Yusleidys", "Reinier", "Yarisleidy", "Marisleidy", "Dianelys",
        "Misleidis", "Roidel", "Raydel", "Yoan", "Mailyn", "Niurka", "Daimí",
    ], [
        "Portuondo", "Arencibia", "Ojito", "Izquierdo", "Lamas", "Perdomo", "Rabelo", "Urquiola",
        "Bencomo", "Cuesta", "Nápoles", "Ravelo",
    ]),
    "colombian": (2, [
        "Yuliana", "Sirley", "Duvan", "Wilmar", "Greiner", "Arley", "Libardo", "Nubia", "Orfilia",
        "Yolima",
    ], [
        "Aristizábal", "Arango", "Betancur", "Zuluaga", "Gaviria", "Osorno", "Álzate", "Builes",
        "Grisales", "Monsalve", "Usuga", "Yepes", "Arciniegas", "Buitrago", "Forero", "Guarín",
        "Pinzón", "Quiroga", "Tobón", "Palacio", "Goez", "Lotero", "Mazo", "Pulgarín",
    ]),
    "venezuelan": (1, ["Yusbelys", "Yorbelis", "Luisana", "Maryeli", "Yetzibel", "Norelis"], [
        "Mogollón", "Pernía",
    ]),
    # Quechua and Aymara family names from Peru, Bolivia and Ecuador.
    "andean": (1, [
        "Eulogio", "Nilo", "Gumercinda", "Lucila", "Maximiliana", "Nélida", "Santusa", "Vicentina",
        "Yovana",
    ], [
        "Chuquimia", "Yupa", "Pillco", "Lliguicota", "Huaraca", "Alanoca", "Callisaya", "Cutipa",
        "Huarachi", "Limachi", "Mayta", "Paucar", "Poma", "Tarqui", "Ticlla", "Yapura", "Zenteno",
        "Uchupaillo", "Villca", "Chuquiyauri", "Llanque",
    ]),
    "brazilian": (1, [
        "Edson", "Cleide", "Vanderlei", "Josiane", "Luciene", "Cleber", "Cristiane", "Edinaldo",
        "Marilene", "Neusa", "Odair", "Reginaldo", "Rosimeire", "Sueli", "Valdemir", "Jussara",
        "Roberval", "Adenilson", "Claudete", "Dirceu", "Elizete", "Gilvan", "Josimar", "Nilton",
        "Rosinei", "Sirlene", "Zenaide",
    ], [
        "Assis", "Bastos", "Lins", "Marinho", "Quintela", "Bragança", "Caldas", "Diniz", "Fontoura",
        "Jardim", "Mattos", "Paixão", "Seixas", "Uchoa",
    ]),
    # Azorean, mainland Portuguese and Cape Verdean families.
    "lusophone": (1, [
        "Manoel", "Gracinda", "Arminda", "Ilídio", "Lurdes", "Amândio", "Gualter", "Laurinda",
        "Norberto", "Rosalina", "Serafim", "Silvino", "Teodósio", "Domingas", "Elísio",
        "Guilhermina", "Jaquelina", "Manuelina", "Telma", "Adalgisa", "Arcélio", "Belmira",
        "Dulcelina", "Edite", "Firmino", "Idalécio",
    ], [
        "Aguiar", "Teves", "Almada", "Benros", "Cabo", "Borba", "Carreiro", "Linhares", "Ourique",
        "Pavão", "Rezendes", "Mello",
    ]),
    "haitian": (2, [
        "Cleomène", "Altagrace", "Fritzgerald", "Jeantel", "Sandie", "Youseline", "Fanie", "Ilrick",
        "Lunique", "Sonise", "Eddyson", "Fleurette", "Gessica", "Oscarine", "Sherline", "Tchery",
        "Verlande", "Wiskens",
    ], [
        "Dieujuste", "Bazelais", "Beauvoir", "Civil", "Noncent", "Paultre", "Régis", "Thelusca",
        "Zamy", "Aristilde", "Charitable", "Eustache", "Fabius", "Romulus", "Tilus",
    ]),
    # Jamaica, Trinidad, Barbados and Guyana.
    "anglo_caribbean": (2, [
        "Audley", "Shellian", "Kimone", "Tassia", "Sheneka", "Andrae", "Chevaughn", "Davian",
        "Jovaughn", "Nevado", "Oshane", "Romario", "Shamar", "Tarrique", "Trevane", "Tyrique",
        "Annmarie", "Rushell",
    ], [
        "Mowatt", "Harriott", "Witter", "Peart", "Henlon", "Lyn", "Bloomfield", "Daley", "Linton",
        "Allwood", "Binns", "Dacosta", "Fagan", "Innis", "Jarrett", "Malabre", "Pusey", "Samuda",
        "Irons", "Moncrieffe", "Neita", "Ottey", "Stoddart", "Waugh",
    ]),
    # Guyanese and Trinidadian families of Indian descent.
    "indo_caribbean": (1, [
        "Bhagmattie", "Chandradaye", "Goolcharan", "Indarjit", "Jaikarran", "Leelawattie",
        "Nandranie", "Sattie", "Shiwnarine", "Sumintra", "Tarachand", "Vidia", "Chanderpaul",
        "Deodat", "Hemraj", "Lakeram", "Ramdial", "Seeta", "Vishnudat",
    ], [
        "Ramlogan", "Boodram", "Seecharan", "Bhagwandeen", "Rambarran", "Balkaran", "Budhu",
        "Deonandan", "Doodnauth", "Gobin", "Jagroop", "Jaikaran", "Outar", "Ramdeen", "Ramnauth",
        "Ramsaran", "Roopnarine", "Samaroo", "Suknanan", "Baboolal", "Bachan", "Harrylal",
        "Motilal", "Rambally", "Ramdath", "Sahadeo", "Soogrim", "Sunichar", "Bhola", "Dowlath",
        "Gangapersad", "Kalloo", "Narinesingh", "Poonwasie", "Ramkhelawan", "Seepaul", "Sookoo",
    ]),
    "african_american": (14, [
        "Leotis", "Thelonious", "Desean", "Tayshawn", "Takiyah", "Dejon", "Orlean", "Lurlene",
        "Dajour", "Markell", "Antione", "Demarion", "Trevion", "Cedrick", "Dewayne", "Kyrie",
        "Jaheim", "Shaquana", "Ashanti", "Aliyah", "Daija", "Lakesha", "Niesha", "Shante", "Shavon",
        "Tamekia", "Arnetha", "Ceola", "Cleora", "Dessa", "Jimmie", "Texanna", "Versie", "Alonza",
        "Boisie", "Clemon", "Freddie", "Lucious", "Obie", "Ja'Kobe", "Ja'Nya", "Da'Naja",
    ], [
        "Surles", "Tyner", "Bembry", "Deloatch", "Draughn", "McCullers", "Mcgirt", "Mebane",
        "Person", "Rawlings", "Sturdivant", "Swinson", "Gripper", "McIver", "Streater", "Billups",
        "Croom", "Deas", "Edmonds", "Felton", "Holley", "Hooks", "Hussey", "Jacocks", "Kornegay",
        "Lathan", "McAdoo", "McNeal", "Midgette", "Moye", "Norfleet", "Rascoe", "Ricks", "Vann",
        "Bogues", "Cauthen", "Culbreath", "Ebron", "Hilliard", "McCollum", "McCutcheon", "Rhames",
        "Salley", "Simons",
    ]),
    # Southern, Appalachian and Ozark families; older patients' given names.
    "us_anglo": (8, [
        "Luster", "Theron", "Ilene", "Arlie", "Clois", "Emmitt", "Loy", "Otho", "Adda", "Alpha",
        "Docia", "Evie", "Icy", "Lettie", "Lonie", "Lura", "Retta", "Rosia", "Thursa", "Virdie",
        "Berniece", "Dola", "Eudell", "Euna", "Irl", "Lavon", "Leatha", "Lovell", "Lular", "Ocea",
        "Osie", "Rema", "Vilas", "Zadie", "Zenith", "Ione", "Tillie", "Verla", "Bettie", "Dovey",
        "Hazle", "Jonnie", "Mollie", "Pattie", "Trudie", "Willene", "Jedidiah", "Thad",
    ], [
        "Midkiff", "Mullinax", "Cloninger", "Dillehay", "Gasaway", "Ballew", "Creech", "Duty",
        "Howington", "Mahan", "Preece", "Slusher", "Bolin", "Canter", "Coburn", "Cantley", "Crider",
        "Dowell", "Hamblin", "Hammons", "Hord", "Music", "Zornes", "Allred", "Ammons", "Arbogast",
        "Barfield", "Barnhill", "Basham", "Baughman", "Beaty", "Beavers", "Blanton", "Bosworth",
        "Bouldin", "Boyles", "Brackett", "Brannan", "Breeding", "Brummett", "Burchfield",
        "Callicott", "Carmack", "Catron", "Chitwood", "Cockrell", "Conaway", "Copley", "Cottingham",
        "Cowart", "Curnutt", "Dorton", "Durbin", "Elmore", "Embry", "Ezell", "Farris", "Fulks",
        "Goad", "Haggerty", "Hardesty", "Haynie", "Hiatt", "Hughey", "Kearns", "Kilby", "Lail",
        "Landrum", "Lanham", "Laughlin", "Linville", "Littleton", "Loftin", "McCurdy", "Meador",
        "Moneypenny", "Mulkey", "Neeley", "Overby", "Penland", "Pinson", "Renfro", "Rhymer",
        "Rinehart", "Rudd", "Scarberry", "Sears", "Setser", "Sligh", "Sprouse", "Stamey", "Starnes",
        "Templeton", "Tharp", "Thornsbury", "Toler", "Wallen", "Waycaster", "Wilhite",
        "Willoughby", "Arrington", "Bridgewater", "Stanfield", "Winfrey",
    ]),
    # Names given to children and young adults since about 2000.
    "us_modern": (4, [
        "Landon", "Berkley", "Karsyn", "Kenzie", "Madilyn", "Maci", "Caylee", "Daxton", "Lakelyn",
        "Marleigh", "Zayne", "Lexie", "Brixton", "Deklan", "Dutton", "Evander", "Jagger", "Kace",
        "Kyson", "Oaklyn", "Paxtyn", "Amberlynn", "Annabeth", "Avalynn", "Bexlee", "Gracelyn",
        "Kaydence", "Laiken", "Maisyn", "Oakleigh", "Raylee", "Westyn", "Wrenna", "Cade", "Dane",
        "Darby", "Jett", "Kipp", "Quade",
    ], []),
    "irish": (2, ["Maebh", "Breandan", "Caoimhin"], [
        "Breen", "Keogh", "Guiney", "Kissane", "Lucey", "Meaney", "Scully", "Ahern", "Canavan",
        "Clancy", "Coakley", "Concannon", "Connaughton", "Cosgrove", "Cunnane", "Donegan", "Fahey",
        "Garvey", "Gilhooly", "Grogan", "Kealy", "Keating", "Lally", "Linnane", "Macken",
        "McAuliffe", "Mullally", "Cahill", "Cusack", "Devane", "Dooley", "Gaffney", "Hartigan",
        "Kehoe", "Mangan", "Noonan", "Spillane",
    ]),
    "german": (2, [], [
        "Koehler", "Schumacher", "Schreiner", "Weidemeyer", "Pfaltzgraff", "Hertzog",
        "Lichtenwalner", "Dieffenbach", "Eisenhauer", "Gebhardt", "Kistler", "Lautenschlager",
        "Mohn", "Nagengast", "Reinert", "Schlegel", "Trautmann", "Wentzel", "Bechtel", "Boltz",
        "Hollenbach", "Leidig", "Achterberg", "Bauknecht", "Dreisbach", "Imhoff",
    ]),
    # Pennsylvania Dutch and Mennonite families.
    "pennsylvania_dutch": (1, [], [
        "Rumbaugh", "Shellenberger", "Fenstermacher", "Haldeman", "Spangler", "Wertz", "Fackler",
        "Grossnickle", "Heckman", "Mumma", "Neff", "Rettew", "Sheaffer", "Trostle", "Wenger",
        "Blickenstaff", "Dunkelberger", "Eshleman", "Funkhouser", "Hoffer", "Kreider", "Lefever",
        "Musselman", "Rhoads", "Shenk", "Stauffer",
    ]),
    # Sicilian, Calabrian and Neapolitan families.
    "italian": (2, ["Mariangela", "Nicolina", "Stellario", "Agatino", "Pietrangelo"], [
        "Buccellato", "Lucchese", "Mangiaracina", "Pizzuto", "Calabrese", "Siciliano", "DeFranco",
        "Musumeci", "Accardi", "Arcuri", "Caltagirone", "Cangelosi", "Capizzi", "Cascio", "Cimino",
        "DiStefano", "Failla", "Ingrassia", "LaMantia", "Licata", "Maggio", "Marchionne",
        "Militello", "Nicosia", "Parrino", "Piazza", "Ruggirello", "Sacco", "Spataro", "Todaro",
        "Venezia", "Virga",
    ]),
    "jewish": (2, ["Myron", "Morty", "Yetta", "Fruma", "Leibel", "Frayda"], [
        "Greenberg", "Bernstein", "Horowitz", "Siegel", "Lieberman", "Abramowitz", "Edelstein",
        "Feinberg", "Itzkowitz", "Kessler", "Nussbaum", "Wasserman", "Blumenthal", "Dworkin",
        "Fishman", "Halpern", "Korngold", "Lichtman", "Pinsky", "Rothstein", "Seligman",
        "Tannenbaum", "Yablonsky", "Zilberman", "Grossbard", "Heshel", "Landesman", "Mintz",
        "Pomerantz", "Reznik", "Sussman", "Traub", "Apfelbaum", "Berkowitz", "Danziger",
        "Eisenstadt", "Fleischman", "Gelbart", "Israelov", "Jakubowicz", "Kirschenbaum",
        "Lowenthal", "Margulies", "Nadelman", "Ostrowsky", "Pearlstein", "Schoenfeld", "Tuchman",
        "Vogelstein", "Yudkowsky", "Bergwerk", "Chernofsky", "Ehrlich", "Frankel", "Gutman",
        "Kalish", "Moskovits",
    ]),
    # Hasidic and other Orthodox families (Hebrew given names; surnames as above).
    "orthodox_jewish": (1, [
        "Shira", "Pesach", "Akiva", "Avigdor", "Baruch", "Efraim", "Meir", "Reuven", "Simcha",
        "Yaakov", "Tzipora",
    ], []),
    "french_canadian": (1, [
        "Réjean", "Ghislaine", "Lucien", "Rosaire", "Yvon", "Gaétan", "Huguette", "Lise",
        "Pierrette", "Rachelle", "Fernande", "Euchariste", "Florestine", "Ignace", "Lazare",
        "Philomène", "Alphonsine", "Azilda", "Clodomir", "Délima", "Donat", "Elzéar", "Evangéline",
        "Exilda", "Hormidas", "Onésime", "Ovila", "Philias", "Wilbrod",
    ], [
        "Bouchard", "Gagnon", "Tremblay", "Côté", "Bélanger", "Paquette", "Ouellette", "Lemieux",
        "Cloutier", "Lachance", "Turcotte", "Vaillancourt", "Boisvert", "Charbonneau", "Fréchette",
        "Giguère", "Laflamme", "Ouimet", "Rancourt", "Levasseur", "Lajoie", "Mailhot",
        "Bissonnette", "Couture", "Duquette", "Nault", "Pépin", "Quintal", "Rioux", "Sirois",
        "Lalonde",
    ]),
    "cajun": (1, ["Alcée", "Eloi"], [
        "Thibodeau", "Arsenault", "Doucette", "Boudreau", "Robichaud", "Bergeaux", "Daigrepont",
        "Doiron", "Navarre", "Prudhomme", "Trosclair", "Zaunbrecher",
    ]),
    "scandinavian": (1, [
        "Signe", "Ebba", "Aagot", "Dagny", "Hjalmar", "Ingvald", "Jorunn", "Tor", "Trygve",
        "Valborg", "Arvid",
    ], [
        "Sandberg", "Kvam", "Stromberg", "Thorsen", "Aas", "Bakken", "Eide", "Iversen",
        "Kristiansen", "Rude", "Tangen", "Ystad", "Aune", "Brekke", "Dalen", "Evenson", "Grimstad",
        "Indahl", "Kolstad", "Mykleby", "Nordby", "Oftedahl", "Rognstad", "Underdahl", "Venaas",
        "Wold",
    ]),
    # Dutch and Frisian families of west Michigan and Iowa.
    "dutch": (1, [
        "Jantje", "Wilhelmus", "Geertruida", "Aaltje", "Hylke", "Evert", "Hanneke", "Jelle",
        "Lambertus", "Pietje", "Siebren", "Tjeerd", "Wopke",
    ], [
        "Meijer", "Dijkman", "Prins", "Huisman", "Scholten", "Kuiper", "Wijnberg", "Boersma",
        "Kamstra", "Rozema", "Feenstra", "Hoogstraten", "Bouma", "Brinks", "Dykstra", "Haagsma",
        "Kooistra", "Mulderink", "Nykamp", "Oosterhouse", "Schaap", "Talsma", "Vanden Bosch",
    ]),
    "polish": (1, ["Dobrosław", "Bożydar", "Edyta", "Józefa", "Lechosław"], [
        "Pszczółkowski", "Gwóźdź", "Pączek", "Kurpiel", "Bachleda", "Zubek", "Hołownia",
        "Idzikowski", "Opalińska", "Przybysz", "Rzepka", "Ślusarczyk", "Żurek",
    ]),
    "ukrainian": (1, [
        "Lesia", "Myroslav", "Liubov", "Nadiia", "Dariia", "Marusia", "Oleksiy", "Pylyp",
        "Bohdanna", "Kalyna", "Markiyan", "Slava", "Sofiia", "Volodymyra",
    ], [
        "Yaremko", "Chornobay", "Dmytriv", "Hawryluk", "Hrynkiw", "Kuzyk", "Lozynsky", "Maksymiuk",
        "Nychka", "Onyshchuk", "Pidhirny", "Sawchuk", "Senyshyn", "Tymchuk", "Wasylyk", "Yakymiv",
        "Zaverukha", "Bojko", "Dyachuk", "Kocur", "Shkurka", "Stetsyk", "Tkach", "Zelenko",
    ]),
    "russian": (1, ["Evgeny", "Artyom", "Ilarion", "Lavrentiy", "Nikifor", "Vlas"], [
        "Kulikov", "Sorokin", "Ponomarev", "Ershov", "Sobolev", "Tsvetkov", "Osipov", "Dorofeev",
        "Bobrov", "Anisimov", "Petukhov", "Timofeev", "Nikiforov", "Veselov", "Bolshakov",
        "Sukhanov", "Shiryaev", "Konovalov", "Shestakov", "Efimov", "Afanasiev", "Vlasov", "Maslov",
        "Isakov", "Aksenov", "Gavrilov", "Rodionov", "Gorbunov", "Kudryashov", "Bykov", "Tretyakov",
        "Savelyev", "Rybakov", "Mukhin", "Arkhipov", "Martynov", "Emelyanov", "Gorshkov",
        "Ovchinnikov", "Seleznev", "Panfilov", "Kopylov", "Mikheev", "Lobanov", "Belyakov",
        "Nekrasov", "Khokhlov", "Zhdanov", "Naumov", "Shilov", "Vorontsov", "Ermakov", "Drozdov",
        "Ignatiev", "Safonov", "Kapustin", "Moiseev", "Eliseev", "Koshelev", "Orekhov", "Efremov",
        "Evdokimov", "Kabanov", "Noskov", "Kulagin", "Prokhorov", "Kharitonov", "Agafonov",
        "Laptev",
    ]),
    "romanian": (1, [
        "Cornel", "Rodica", "Nicoleta", "Aurel", "Bogdana", "Dănuț", "Emilian", "Neculai",
        "Petruța", "Relu", "Tudorița", "Valeriu",
    ], [
        "Dinu", "Neagu", "Voicu", "Surdu", "Croitoru", "Apostu", "Bârsan", "Ciubotaru", "Dascălu",
        "Hagiu", "Ispas", "Jitaru", "Manolache", "Pârvu", "Răducanu", "Stan", "Vlăsceanu",
    ]),
    "greek": (1, ["Vasilios", "Aikaterini", "Fotios"], [
        "Diamantis", "Kourtis", "Sotiriou", "Agiostratidis", "Chrysanthopoulos", "Fragiadakis",
        "Vrettos",
    ]),
    "hungarian": (1, ["Árpád", "Dorottya"], [
        "Oláh", "Szilágyi", "Török", "Balázs", "Szűcs", "Kocsis", "Orsós", "Fodor", "Szalai",
        "Sipos", "Gulyás", "Biró", "Király", "Katona", "Jakab", "Fazekas", "Kelemen", "Soós",
        "Vincze", "Hegedűs", "Bodnár", "Deák", "Szőke", "Kántor",
    ]),
    "armenian": (1, [
        "Araks", "Gagik", "Samvel", "Suren", "Artak", "Astghik", "Hrach", "Shogher", "Vazgen",
        "Yeva",
    ], [
        "Danielian", "Melikian", "Gulbenkian", "Tutunjian", "Aghajanian", "Balayan",
        "Chilingarian", "Hambardzumyan", "Minasyan", "Shahinian",
    ]),
    "yoruba": (1, [
        "Oluwatobi", "Jadesola", "Olayinka", "Tamilore", "Ayotunde", "Adebimpe", "Busayo",
        "Olaitan", "Oyindamola", "Temiloluwa",
    ], [
        "Odukoya", "Osunsanmi", "Adedokun", "Aremu", "Awoyemi", "Fadahunsi", "Fakunle", "Folarin",
        "Layode", "Odebunmi", "Osho", "Owoeye", "Oyedele",
    ]),
    "igbo": (1, [
        "Chidiebere", "Munachimso", "Ginika", "Nnaemeka", "Obiajulu", "Uchechi", "Ezinwanne",
        "Kenechukwu", "Nnabuike", "Okwudili", "Udoka",
    ], [
        "Nwogu", "Nwadike", "Adigwe", "Agbasi", "Akunne", "Anozie", "Chikezie", "Ekeh", "Ikeme",
        "Nwaeze", "Nzeribe", "Odinaka", "Ofoegbu", "Onwuegbu", "Udeze",
    ]),
    # Akan, Ga and Ewe names; Akan day names among them.
    "ghanaian": (1, [
        "Naki", "Adzo", "Aku", "Amma", "Ohenewaa", "Kwamina", "Ekuba", "Akosuaa", "Akwele",
        "Kpakpo", "Tawiah", "Kakra", "Panyin", "Esaaba", "Maanu", "Nyarkoa", "Animwaa",
    ], [
        "Wiafe", "Akuffo", "Amankwah", "Anim", "Bediako", "Duodu", "Marfo", "Nketia", "Osafo",
        "Oteng", "Twum", "Wireko", "Amofa", "Dapaah", "Gyimah", "Konadu",
    ]),
    # Wolof, Serer and Jola names from Senegal and the Gambia.
    "senegambian": (1, [
        "Birame", "Samba", "Sidy", "Kine", "Seynabou", "Thiaba", "Mbene", "Ngone", "Elhadji",
    ], [
        "Diagne", "Sène", "Dione", "Badji", "Diatta", "Sagna", "Mendy", "Diaw", "Goudiaby", "Ndao",
        "Ndoye", "Tine",
    ]),
    # Mande and Fula names from Guinea, Mali and Côte d'Ivoire.
    "mande": (1, ["Daouda", "Assa", "Korka", "Mahamadou", "Tiemoko", "Lassana"], [
        "Magassa", "Dramé", "Gassama", "Sakho", "Sanogo", "Tandia", "Bangoura", "Condé",
        "Kourouma", "Soumah", "Dabo", "N'Guessan",
    ]),
    # Somali names: a given name, then the father's and the grandfather's.
    "somali": (1, [
        "Ismahan", "Khadra", "Ilwad", "Jamac", "Hinda", "Najmo", "Tahliil", "Weris", "Anisa",
        "Ayan", "Barwaqo", "Fardowsa", "Ifraax", "Jawahir", "Maido", "Mumtaz", "Sadiiq", "Shamso",
        "Ugbaad",
    ], [
        "Abdille", "Farole", "Gelle", "Wardheere", "Dhuux", "Magan", "Mireh", "Sheekh",
    ]),
    # Amharic and Tigrinya names: a given name, then the father's given name.
    "ethiopian": (1, ["Gelila", "Hermela", "Mahder", "Saron", "Yabsira", "Yeabsira", "Robel"], [
        "Tessema", "Birru", "Demeke", "Admassu", "Abebaw", "Amare", "Bizuneh", "Chernet", "Dagne",
        "Fantahun", "Kinfe", "Melaku", "Tamrat",
    ]),
    "eritrean": (1, ["Tekie", "Nebiat", "Tedros"], ["Gebrehiwet", "Ghirmai"]),
    "kenyan": (1, [
        "Kibet", "Jeruto", "Jepchirchir", "Kemunto", "Wangui", "Wanjala", "Jaoko", "Cherono",
        "Jelimo",
    ], [
        "Chepkoech", "Mutiso", "Musyoka", "Nyaga", "Oduor", "Simiyu", "Lagat", "Mwakilema", "Msuya",
        "Gachanja", "Githinji", "Kamotho", "Kinyua", "Maina", "Mugo", "Muigai", "Ndegwa",
        "Njuguna", "Thuo", "Wainaina", "Kosgei", "Koech", "Langat", "Ngeno", "Tanui", "Were",
        "Ogola", "Obuya", "Awuor", "Amolo",
    ]),
    # Congolese and Burundian refugee families.
    "congolese": (1, ["Clarisse", "Divine", "Jolie", "Shukuru", "Sifa", "Riziki"], [
        "Cishugi", "Birindwa", "Matondo", "Bolingo", "Mpoyi", "Lukeba", "Mbayo", "Nsenga",
        "Kalombo", "Katumba", "Mirindi", "Rugamba", "Zihindula",
    ]),
    # Dinka and Nuer names; a father's name serves as the family name.
    "south_sudanese": (1, ["Adut", "Thon", "Akol", "Arop", "Madut"], [
        "Thon", "Akol", "Gatwech", "Wal", "Arop", "Mabil", "Ayuel", "Madut", "Anyieth", "Biar",
        "Makol", "Dhieu",
    ]),
    "lebanese_syrian": (1, [
        "Joelle", "Georgette", "Najib", "Fawzi", "Bashar", "Ghaith", "Iyad", "Majd", "Abir",
        "Ghalia",
    ], [
        "Hajj", "Semaan", "Daou", "Frem", "Hobeika", "Rizkallah", "Abou Jaoude", "El Hage",
        "Chidiac", "Jreij", "Kfoury", "Nakhle", "Rached", "Tabet", "Wakim", "Zgheib",
    ]),
    "iraqi": (1, ["Haider", "Rusul", "Qassim", "Sundus", "Khulud"], [
        "Al-Musawi", "Al-Timimi", "Al-Qaisi", "Al-Rawi",
    ]),
    # Chaldean and Assyrian families of metro Detroit and San Diego.
    "chaldean_assyrian": (1, ["Shamiran", "Ramsen", "Sharbel", "Jenan"], [
        "Atisha", "Jamoua", "Shamon", "Shaya", "Orow", "Karmo", "Denha",
    ]),
    "yemeni": (1, ["Fuad", "Asmahan", "Ibtihal"], [
        "Al-Ansi", "Al-Sharabi", "Al-Yafei", "Al-Hubaishi", "Al-Amri", "Qaid", "Ghaleb",
        "Al-Mikhlafi", "Al-Murisi", "Al-Dhubhani", "Al-Zubairi",
    ]),
    "egyptian": (1, ["Amr", "Nermine", "Magdy", "Engy", "Sameh", "Hany"], [
        "Abdelmalak", "Gaber", "Hegazy", "Sabry", "Shawky", "Elsayed", "Ragab", "Fathy", "Helmy",
        "Attia", "Salama", "Bakr", "Hafez", "Eldeeb", "Shehata",
    ]),
    "iranian": (1, [
        "Banafsheh", "Dorsa", "Shohreh", "Yalda", "Dariusch", "Farzad", "Houman", "Shahin",
    ], ["Shahbazi", "Darvish", "Golshani", "Abedi", "Afshar", "Emami", "Zarrabi"]),
    "afghan": (1, ["Hosai", "Nilofar", "Qudsia", "Zuhal", "Idrees", "Massoud", "Nawid"], [
        "Arghandiwal", "Dostzada", "Fazli", "Ghaznawi", "Hamidi", "Jamili", "Karimzada", "Momand",
        "Naseri", "Rahimzai", "Taniwal", "Zaheer",
    ]),
    "turkish": (1, [
        "Ceren", "Merve", "Aysun", "Gülsüm", "Oya", "Yeşim", "Zerrin", "Berk", "Cemre", "Doruk",
        "Ekin", "Gizem", "Nazl\u0131", "Utku",
    ], [
        "Cömert", "Topal", "Başaran", "Fidan", "I\u015f\u0131k", "Oral", "Özbek", "Önal", "Soysal", "Uzun",
        "Balaban", "Kalkan", "Kuru", "Öcal", "Tatl\u0131", "Ural", "Yurt",
    ]),
    "punjabi": (1, [
        "Harjot", "Baldev", "Lakhvinder", "Harnek", "Nirmaljit", "Sukhjinder", "Surinder",
        "Amarjeet", "Balwant", "Kashmir", "Ranjodh",
    ], ["Gambhir", "Duggal", "Juneja"]),
    # Hindi-speaking families of Uttar Pradesh, Rajasthan and Madhya Pradesh.
    "hindi_belt": (1, [
        "Shubham", "Ankit", "Saurabh", "Akanksha", "Abhay", "Abhinav", "Ankita", "Archana",
        "Gunjan", "Heena", "Kamini", "Lalita", "Mamta", "Poonam", "Yogita",
    ], [
        "Khandelwal", "Maheshwari", "Vajpayee", "Kushwaha", "Awasthi", "Bajpai", "Kesarwani",
        "Agnihotri", "Ojha",
    ]),
    "gujarati": (1, [
        "Nayan", "Nisarg", "Khushbu", "Kanubhai", "Natwarlal", "Pravin", "Sureshbhai",
        "Vinodbhai", "Bhikhabhai", "Chandrakant", "Induben", "Jasuben", "Kokilaben", "Manjula",
        "Vasanti",
    ], [
        "Vakil", "Amlani", "Bhanushali", "Dattani", "Gadhia", "Kotecha", "Lalji", "Mandalia",
        "Popat", "Rughani", "Somaiya", "Vithlani",
    ]),
    "marathi": (1, [
        "Ajinkya", "Akshata", "Anagha", "Bhagyashree", "Chaitali", "Charulata", "Dhanashree",
        "Jayashree", "Juhi", "Kaustubh", "Madhura", "Prajakta", "Pushkar", "Rucha", "Sanika",
        "Shalaka", "Shantanu", "Shraddha", "Supriya", "Tanmay", "Tejaswini", "Vaibhav", "Vrushali",
    ], [
        "Ambekar", "Bapat", "Barve", "Bhide", "Dandekar", "Datar", "Deodhar", "Gondhalekar",
        "Inamdar", "Kanitkar", "Karandikar", "Ketkar", "Kirloskar", "Limaye", "Patwardhan",
        "Sahasrabuddhe", "Tambe", "Thatte", "Vartak", "Mohite", "Shirke", "Chavan", "Ghorpade",
        "Jagtap", "Londhe", "Nikam",
    ]),
    # Tamil, Tulu and Kannada names; given name often written with a father's initial.
    "south_indian": (1, ["Balaji", "Rangarajan", "Nandita"], [
        "Thangavelu", "Adiga", "Bhandarkar", "Hebbar", "Karanth", "Puranik", "Udupa", "Achari",
    ]),
    "bengali": (1, [
        "Jesmin", "Moushumi", "Imtiaz", "Anjuman", "Firoza", "Kulsum", "Mahfuza", "Nazneen",
        "Parveen", "Yasmeen",
    ], ["Prodhan", "Bhattacharjee"]),
    "pakistani": (1, [
        "Amna", "Anum", "Sameer", "Aliya", "Bilquis", "Javeria", "Mohsin", "Nabila", "Omair",
        "Tahira", "Waseem",
    ], [
        "Ghauri", "Alvi", "Bukhari", "Farooqi", "Gardezi", "Hamdani", "Kirmani", "Nizami",
        "Usmani", "Warsi",
    ]),
    # Nepali-speaking Bhutanese refugee families and Nepali immigrants.
    "nepali_bhutanese": (1, ["Asmita", "Chhabilal", "Hikmat", "Laxman", "Rabin", "Sanjiv"], [
        "Niroula", "Giri", "Monger",
    ]),
    "chinese": (2, [
        "Mengqi", "Weiguo", "Aihua", "Chunyan", "Defu", "Fuhua", "Jiaqi", "Kaixin", "Meifeng",
        "Peilin", "Shiying", "Ruomei", "Yueling", "Haibo", "Chunlei", "Lijun", "Xiaodong",
    ], [
        "Ran", "Dou", "Gai", "Gui", "Shang", "Xian", "Zong", "Cen", "Qiong", "Shui", "Si", "Xun",
        "Zan", "Zha", "Bu", "Di", "Kuai",
    ]),
    # Cantonese and Toishanese families, spelled as immigration officers once wrote them.
    "cantonese": (1, ["Kamfai", "Waiming", "Siufung"], ["Jew", "Huie", "Suen", "Sou", "Sien", "Toon"]),
    "korean": (1, [
        "Kyungho", "Yoonseo", "Haewon", "Kwangsoo", "Heejung", "Hoseok", "Kyutae", "Mirae",
        "Minho", "Seri", "Taehee", "Woojin", "Geonwoo", "Soyeon", "Kyungsook", "Youngsook",
        "Sangwook", "Youngjin", "Byunghee", "Duksoo", "Hyoungjin",
    ], ["Seonu", "Kyeong", "Hwan", "Baik", "Im"]),
    # Japanese American, Okinawan and recent Japanese names.
    "japanese": (1, [
        "Masumi", "Kimiye", "Matsuye", "Nobue", "Haruo", "Shoji", "Tetsuo", "Chinatsu", "Eriko",
        "Fumie", "Izumi", "Madoka", "Rie", "Saki", "Tomomi", "Yuya", "Hidemi", "Takao",
    ], ["Tokuda", "Ishimoto", "Sakata", "Yamane", "Ganaha", "Takara"]),
    # Vietnamese given names as US records often join them, and the rarer family names.
    "vietnamese": (2, [
        "Kimanh", "Thanhtam", "Ngoclan", "Minhthu", "Baongoc", "Thanhhuong", "Ngocanh", "Kimhoa",
        "Quynhanh", "Huongly", "Giabao", "Minhkhoa", "Anhthu", "Tuongvi",
    ], ["Lều", "Trà", "Cấn"]),
    "filipino": (2, [
        "Annaliza", "Tintin", "Cheska", "Ferdie", "Herminigildo", "Mayet", "Potenciano", "Xyza",
        "Yolly", "Lolit",
    ], [
        "Quimpo", "Abad", "Balagot", "Cabangbang", "Dagdag", "Lagasca", "Nacional", "Pacis",
        "Quizon", "Untalan", "Zabala", "Bunag", "Calimlim", "Gacutan", "Manglicmot",
    ]),
    "khmer": (1, ["Channary", "Sreyneang", "Sovannary", "Mealea", "Phanith"], [
        "Him", "Yos", "Kea", "Hout", "Mey", "Srun",
    ]),
    "lao": (1, ["Vanhkham", "Souphaphone", "Oudone", "Khamsing", "Souksavath"], [
        "Khounvilay", "Chanthavongsa", "Boupha", "Phommasone", "Saengsouvanh", "Bouphavanh",
        "Sengsavang",
    ]),
    # Karen and Chin refugee families from Burma; many have no family name at all.
    "burmese_chin": (1, ["Tha Blay", "Saw Kler", "Thara", "Cing", "Dawt", "Zam"], [
        "Myat", "Hniang", "Par", "Mang", "Ngun", "Bawm", "Hlawn", "Lianzam", "Ngaihte",
        "Thawngza", "Tluangi", "Vanlalruata", "Zahau",
    ]),
    "samoan": (1, [
        "Lafaele", "Mataio", "Petelo", "Saane", "Uila", "Fiapalu", "Fuatino", "Nofoa", "Taualofa",
        "Afa",
    ], [
        "Atonio", "Fuiava", "Iosia", "Laulu", "Letuli", "Maiava", "Sele", "Unasa", "Vaovasa",
        "Faleafine", "Faumuina", "Matagi", "Tago", "Uluave", "Tualima", "Galeai", "Lualemaga",
        "Pese",
    ]),
    "tongan": (1, [
        "Penisimani", "Aperila", "Elisaia", "Lotu", "Oneone", "Siale", "Eseta", "Keli", "Liua",
        "Salesi", "Veisinia",
    ], ["Pouha", "Afu", "Kaufana", "Moimoi", "Pahulu", "Tongi"]),
    "native_hawaiian": (1, ["Kailani", "Mililani", "Kuulei"], [
        "Nahinu", "Mokuahi", "Kahalewai", "Kauwe", "Mahiai", "Puahala",
    ]),
    "dine": (1, ["Hozhoo", "Yas"], ["Secody", "Tabaha"]),
    # Muscogee (Creek), Seminole and Choctaw families of Oklahoma.
    "muscogee_choctaw": (1, ["Hokte"], [
        "Chupco", "Anoatubby", "Battiest", "Noahubbi", "Impson", "Yargee",
    ]),
    # Kiowa and Comanche families of southwest Oklahoma.
    "kiowa_comanche": (1, ["Izusa", "Wyanet", "Litonya"], [
        "Kanard", "Bigbow", "Chibitty", "Kauley", "Mithlo", "Paddlety", "Poolaw", "Tahbone",
        "Tsatoke",
    ]),
    "uzbek": (1, [
        "Shakhnoza", "Sardor", "Kamola", "Aibek", "Akmal", "Bobur", "Feruza", "Oybek", "Ravshan",
        "Sanjar", "Shahnoza", "Timur", "Yulduz",
    ], [
        "Yusupov", "Umarov", "Ergashev", "Juraev", "Rasulov", "Usmonov", "Alimov", "Begmatov",
        "Aliev", "Azimov", "Boboev", "Davletov", "Fayzullaev", "Gafurov", "Haydarov", "Ibragimov",
        "Jalilov", "Kadyrov", "Latipov", "Mamatov", "Oripov", "Rustamov", "Tashpulatov", "Valiev",
        "Xolmatov", "Zokirov",
    ]),
}  # fmt: skip

# Where an origin's own list is short or empty, its people draw given (or family) names from
# these origins too: US-born grandchildren of immigrants mostly carry American given names.
GIVEN_FROM: dict[str, tuple[str, ...]] = {
    "nahua": ("mexican",),
    "guatemalan_maya": ("salvadoran", "mexican"),
    "honduran": ("salvadoran",),
    "venezuelan": ("colombian",),
    "irish": ("us_anglo", "us_modern"),
    "german": ("us_anglo", "us_modern"),
    "pennsylvania_dutch": ("us_anglo",),
    "italian": ("us_anglo", "us_modern"),
    "jewish": ("us_anglo", "orthodox_jewish"),
    "cajun": ("us_anglo", "french_canadian"),
    "us_anglo": ("us_modern",),
    "african_american": ("us_modern",),
    "greek": ("us_anglo",),
    "hungarian": ("us_anglo",),
    "eritrean": ("ethiopian",),
    "south_indian": ("hindi_belt",),
    "punjabi": ("hindi_belt",),
    "nepali_bhutanese": ("hindi_belt",),
    "iraqi": ("lebanese_syrian", "yemeni"),
    "chaldean_assyrian": ("lebanese_syrian",),
    "cantonese": ("chinese",),
    "dine": ("us_anglo",),
    "muscogee_choctaw": ("us_anglo",),
    "kiowa_comanche": ("us_anglo",),
    "native_hawaiian": ("us_modern",),
}
FAMILY_FROM: dict[str, tuple[str, ...]] = {
    "us_modern": ("us_anglo", "african_american", "irish", "german"),
    "orthodox_jewish": ("jewish",),
    "pennsylvania_dutch": ("german",),
}

# Family name first, as these patients often write it (and as their records sometimes do).
FAMILY_FIRST = {"chinese", "cantonese", "korean", "vietnamese", "japanese", "hungarian", "khmer"}
# Two family names, father's then mother's.
DOUBLE_SURNAME = {"mexican", "salvadoran", "honduran", "puerto_rican", "dominican", "cuban",
                  "colombian", "venezuelan", "andean"}  # fmt: skip
# A given name, then the father's (and for Somalis the grandfather's) given name.
PATRONYMIC = {"somali", "ethiopian", "eritrean", "south_sudanese"}
# Particles between Portuguese family names ("Aguiar da Almada").
LUSO_PARTICLES = ["da", "de", "dos", "do"]

# Given and family names that are also ordinary English words, some of them clinical ones.
WORD_GIVEN = [
    "Mystic", "Lady", "Countess", "Sovereign", "Zeal", "Majestic", "Tru", "Lavish", "Serenade",
    "Season", "Cosmos", "Commodore", "Vita", "Remedy",
]  # fmt: skip
WORD_FAMILY = [
    "Stent", "Brace", "Shank", "Brain", "Capps", "Tripp", "Bagg", "Bellow", "Bowler", "Brand",
    "Brine", "Bugg", "Burden", "Cable", "Cage", "Carrier", "Chubb", "Cone", "Corner", "Craft",
    "Cutler", "Dart", "Edge", "Freed", "Land", "Peel", "Pitt", "Pride", "Sale", "Sample",
    "Spooner", "Stock", "Stork", "Tapper", "Toll", "Tuck", "Graft", "Welt", "Crutch", "Stroke",
    "Plaster", "Bench", "Box", "Bunker", "Burrow", "Cleaver", "Clever", "Cockle", "Coin", "Cope",
    "Cork", "Cotter", "Counter", "Crook", "Crouch", "Dainty", "Deal", "Dent", "Dole", "Doll",
    "Fancy", "Feast", "Fleet", "Forward", "Gain", "Gallop", "Gander", "Gear", "Gully", "Hake",
    "Hanger", "Hemp", "Herd", "Hole", "Latch", "Mantle", "Marriage", "Pledge", "Plumb", "Punch",
    "Reader", "Shears", "Ship", "Spiller", "Stairs", "Staple", "Stiff", "Style", "Tipper", "Trim",
    "Twist", "Vicar", "Whale", "Winch", "Ache",
]  # fmt: skip

# What family and friends call people; some go by these in the clinic too.
NICKNAMES = [
    "Petey", "Ziggy", "Keke", "Juju", "Chuchi", "Jhing", "Weezy", "Scoot", "Popoy", "Gordita", "Negra",
    "Chacha", "Lencha", "Nati", "Pati", "Yoli", "Chema", "Quico", "Chano", "Güera", "Chita",
    "Lucho", "Neno", "Papito", "Yeyo", "Bug", "Sweetie", "Tato", "Rafi", "Fellito", "Wichy",
    "Juanpi", "Chabelita",
]  # fmt: skip

GEN_SUFFIX = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

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


_ORIGIN_NAMES = list(ORIGINS)
_ORIGIN_WEIGHTS = [ORIGINS[o][0] for o in _ORIGIN_NAMES]


def _origin(rng: random.Random) -> str:
    return rng.choices(_ORIGIN_NAMES, _ORIGIN_WEIGHTS)[0]


def _given(rng: random.Random, origin: str) -> str:
    own = ORIGINS[origin][1]
    borrowed = GIVEN_FROM.get(origin, ())
    if borrowed and (not own or rng.random() < 0.45):
        return rng.choice(ORIGINS[rng.choice(borrowed)][1])
    return rng.choice(own)


def _family(rng: random.Random, origin: str) -> str:
    own = ORIGINS[origin][2]
    borrowed = FAMILY_FROM.get(origin, ())
    if borrowed and (not own or rng.random() < 0.5):
        return rng.choice(ORIGINS[rng.choice(borrowed)][2])
    last = rng.choice(own)
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.35 and " " not in last:
        other = rng.choice(own)
        if other != last:
            return f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    if origin == "lusophone" and roll < 0.3:
        other = rng.choice(own)
        if other != last:
            return f"{last} {rng.choice(LUSO_PARTICLES)} {other}"
    if roll > 0.95 and " " not in last and "-" not in last:  # hyphenated by marriage
        other = rng.choice(ORIGINS[_origin(rng)][2] or WORD_FAMILY)
        if " " not in other and "-" not in other and other != last:
            return f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = _given(rng, origin), _family(rng, origin)
    if rng.random() < 0.12:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.35 else _given(rng, _origin(rng))
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.85 else _family(rng, _origin(rng))
    return first, last


def _pick(rng: random.Random) -> tuple[str, str, str]:
    """Origin, given name and family name of one person."""
    if rng.random() < 0.16:
        first, last = _word_person(rng)
        return "word", first, last
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    return origin, first, last


def person(rng: random.Random, _split: str = "blind10") -> tuple[str, str]:
    _, first, last = _pick(rng)
    return first, last


def surname(rng: random.Random, _split: str = "blind10") -> str:
    return person(rng)[1]


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "blind10") -> str:
    origin, first, last = _pick(rng)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.4:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}", f"{last} {first}"])
    if origin in PATRONYMIC and form < 0.5:
        father = (
            _given(rng, origin) if origin != "south_sudanese" else rng.choice(ORIGINS[origin][2])
        )
        if origin == "somali" and rng.random() < 0.5:
            return f"{first} {father} {last}"
        return f"{first} {father}" if father != first else f"{first} {last}"
    if origin == "burmese_chin" and form < 0.4:
        return first  # many Karen and Chin patients have no family name
    if form < 0.30:
        return f"{first} {last}"
    if form < 0.36:
        return f"{first} {mid}. {last}"
    if form < 0.41:
        second = _given(rng, origin) if origin != "word" else rng.choice(WORD_GIVEN)
        return f"{first} {second} {last}" if second != first else f"{first} {last}"
    if form < 0.49:
        return f"{last}, {first}"
    if form < 0.53:
        return f"{last}, {first} {mid}"
    if form < 0.58:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.61:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.64:
        return f"{first} {last}".upper()
    if form < 0.67:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.71:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.78:
        return first
    if form < 0.82 and origin in {"african_american", "us_anglo", "us_modern", "irish", "word"}:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.85:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.88:
        return f"{first} {mid} {last}"
    if form < 0.91:
        return f"{last} {first}"
    if form < 0.94:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.97:
        return f"{_given_part(first)} {last}"
    return f"{last},{first}"


def last_first(rng: random.Random) -> str:
    """EHR list style: "Breen, Ilene", "BREEN,ILENE M", "Breen,Ilene"."""
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
    """A middle name or initial in its own field (HL7 XPN.3, FHIR given[1], a form's MI box)."""
    if rng.random() < 0.55:
        return _initial(rng)
    return _given_part(_given(rng, _origin(rng)))


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_lower(rng: random.Random) -> str:
    """As a query string, file name or log key carries it."""
    return _handle(_given_part(person(rng)[0])) or "ilene"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "breen"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([
        f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
        f"{last}%2C{first}".replace(" ", "+"), f"{last.lower()}%2C+{first.lower()}".replace(" ", "+"),
    ])  # fmt: skip


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.4 else person(rng)[0]
    last = word_last(rng)
    return rng.choice(
        [f"{first} {last}"] * 4 + [f"{last}, {first}", f"{_given_part(first)[0]}. {last}"]
    )


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a}. {b}."])


def clinician(rng: random.Random) -> str:
    """A clinician's name as written before a credential: "Mahfuza Kirmani", "T. Breen"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {_initial(rng)}. {last}",
                       f"{_given_part(first)[0]}. {last}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Stonebriar", "Quailrun", "Foxcroft", "Wyndham", "Fairhaven", "Glenhaven", "Heatherwood",
    "Kingsgate", "Laurelwood", "Meadowbrook", "Northgate", "Oakmont", "Pinehurst", "Ravenwood",
    "Thornbury", "Windermere", "Wyncrest", "Dunmore", "Elmhurst", "Glenmore", "Newbury",
    "Pemberton", "Queensbury", "Rosemont", "Shelburne", "Whitehall", "Yorkshire", "Abbey",
    "Alcove", "Archway", "Atrium", "Balcony", "Bastion", "Battery", "Bower", "Belvedere",
    "Colonnade", "Cloister", "Portico", "Veranda", "Pergola", "Trellis", "Gazebo", "Eucalyptus",
    "Banyan", "Casuarina", "Guava", "Papaya", "Cashew", "Pistachio", "Sailfish", "Dolphin",
    "Stingray", "Seahorse", "Nautilus", "Cowrie", "Everglade", "Cerulean", "Ochre", "Umber",
    "Magenta", "Chartreuse", "Mauve", "Taupe", "Sepia", "Monsoon", "Sirocco", "Cello",
    "Harpsichord", "Bentgrass", "Hacienda", "Cantera", "Rancho",
]  # fmt: skip
SPANISH_STREETS = ["Calle Cenzontle", "Calle Cantera", "Avenida Hacienda", "Camino Rancho"]
NUMBERED = ["128th", "136th", "146th", "153rd", "166th", "171st", "182nd", "207th"]
SUFFIXES = [("St", 9), ("Ave", 7), ("Rd", 5), ("Dr", 6), ("Ln", 4), ("Blvd", 2), ("Ct", 4),
            ("Way", 3), ("Pl", 2), ("Cir", 2), ("Ter", 1), ("Pkwy", 1), ("Trl", 1), ("Loop", 1),
            ("Street", 3), ("Avenue", 2), ("Road", 1), ("Drive", 2), ("Lane", 1), ("Court", 1),
            ("Boulevard", 1), ("Cove", 1), ("Bend", 1), ("Run", 1), ("Xing", 1)]  # fmt: skip
UNITS = ["Apt 3C", "Apt. 118", "Unit 9B", "Ste 410", "Suite 1750", "#312", "# 6", "Apt 2R",
         "Lot 44", "Rm 12", "Fl 4", "Bldg C", "Apt D", "Unit 7-L", "Apt 1 Rear", "Apt 5-B",
         "Unit 204", "Apt 8", "#3F", "Apt H2", "Apt 1402", "Unit A", "Basement", "Apt 2 South"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NW ", "SE ", "NE ", "SW ", "North ", "South ", "East "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([
        str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
        str(rng.randint(1000, 9999)), str(rng.randint(10000, 29999)), f"{rng.randint(10, 999)}{rng.choice('ABC')}",
        f"{rng.randint(100, 999)} 1/2",
    ])  # fmt: skip


def street_name(rng: random.Random) -> str:
    """A street with no house number: "off Pergola Ln"."""
    if rng.random() < 0.06:
        return rng.choice(SPANISH_STREETS)
    name = rng.choice(NUMBERED) if rng.random() < 0.08 else rng.choice(STREETS)
    return f"{name} {rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]}"


def street_line(rng: random.Random) -> str:
    """Number, street and suffix with no unit: an addr1 or line[0] field."""
    if rng.random() < 0.05:
        return f"{_house_number(rng)} {rng.choice(SPANISH_STREETS)}"
    direction = rng.choice(["", "", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{street_name(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 99999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"POB {n}", f"Post Office Box {n}",
                       f"PO BOX {n}", f"P O Box {n}", f"Box {n}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    r, b = rng.randint(1, 9), rng.randint(1, 399)
    return rng.choice([
        f"RR {r} Box {b}", f"Rural Route {r}, Box {b}", f"HC {rng.randint(60, 89)} Box {b}",
        f"{rng.randint(100, 9999)} County Road {rng.randint(1, 999)}", f"{rng.randint(100, 9999)} CR {rng.randint(1, 999)}",
        f"{rng.randint(100, 19999)} FM {rng.randint(100, 3500)}", f"{rng.randint(100, 29999)} US Hwy {rng.randint(1, 99)}",
        f"{rng.randint(100, 9999)} State Route {rng.randint(1, 199)}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind10") -> str:
    kind = rng.random()
    if kind < 0.06:
        return po_box(rng)
    if kind < 0.10:
        return rural_route(rng)
    if kind < 0.13:  # Queens hyphenated house numbers
        return f"{rng.randint(10, 250)}-{rng.randint(1, 99):02d} {street_name(rng)}"
    if kind < 0.16:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


CITIES = [
    "Friendswood", "Kemah", "Manvel", "Fulshear", "Sealy", "Brookshire", "Buda", "Schertz",
    "Cibolo", "Converse", "Helotes", "Boerne", "Bulverde", "Palatine", "Bolingbrook",
    "Bensenville", "Carpentersville", "Mundelein", "Northlake", "Romeoville", "Streamwood",
    "Tamarac", "Margate", "Davie", "Greenacres", "Lantana", "Englewood", "Bergenfield", "Nutley",
    "Plainfield", "Secaucus", "Weehawken", "Woodbridge", "Lilburn", "Snellville", "Lithonia",
    "Dunwoody", "Conyers", "Mableton", "Kennesaw", "Acworth", "Suwanee", "Dacula", "Loganville",
    "Stockbridge", "McDonough", "Ellenwood", "Woodbury", "Champlin", "Andover", "Arvada",
    "Northglenn", "Brighton", "Rosemead", "Lawndale", "Monrovia", "Azusa", "Covina", "Glendora",
    "Upland", "Redlands", "Yucaipa", "Perris", "Menifee", "Murrieta", "Norco", "Eastvale",
    "Jurupa Valley",
]  # fmt: skip
STATES = ["TX", "IL", "FL", "NJ", "GA", "MN", "CO", "CA", "NY", "Tex.", "Ill.", "Fla.", "Ga.",
          "Minn.", "Colo.", "Calif.", "N.J.", "Texas", "Illinois", "Florida", "tx", "fl"]  # fmt: skip


def city(rng: random.Random, _split: str = "blind10") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(601, 99929):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.16 else z


def zip9(rng: random.Random) -> str:
    """X12 N4 and some CSV exports run the nine digits together."""
    return f"{rng.randint(601, 99929):05d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SEPT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]  # fmt: skip
CHAT_MONTHS = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov",
               "dec"]  # fmt: skip
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2015, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _MONTH_DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1920, 1935), (1936, 1965), (1966, 2000), (2001, 2025)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.35 else _ymd(rng)


def _when(rng: random.Random, birth: bool) -> tuple[int, int, int]:
    """A birth date, or a date of service, onset, diagnosis or signature."""
    return _birth_ymd(rng) if birth else _ymd(rng, 2010)


def _render(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}/{d}/{yy:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}{m:02d}{d:02d}",
        f"{d:02d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y}", f"{ab} {d}, {y}", f"{mo} {d}, {y}",
        f"{d} {mo} {y}", f"{mo} {d}", f"{ab} {d}", f"{SEPT[m - 1]} {d}", f"{mo} {d}{o}",
        f"{d}{o} {mo} {y}", f"{y}/{m:02d}/{d:02d}", f"{m:02d}-{d:02d}-{y}", f"{m}/{d}",
        f"{SEPT[m - 1]} {d}, {y}", f"{mo} {d}{o}, {y}", f"{d}-{ab}-{yy:02d}", f"{mo.upper()} {d}, {y}",
        f"{m}-{d}-{yy:02d}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    return _render(rng, *_any_ymd(rng))


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                       f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d} {y}", f"{m}-{d}-{y}", f"{m:02d}{d:02d}{y}"])  # fmt: skip


def iso_date(rng: random.Random, birth: bool = False) -> str:
    y, m, d = _when(rng, birth)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random, birth: bool = False) -> str:
    y, m, d = _when(rng, birth)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def eu_date(rng: random.Random, birth: bool = False) -> str:
    y, m, d = _when(rng, birth)
    return rng.choice(
        [f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}"]
    )


def compact_date(rng: random.Random, birth: bool = False) -> str:
    """HL7 DT, X12 D8, DICOM DA, file names: 20240314."""
    y, m, d = _when(rng, birth)
    return f"{y}{m:02d}{d:02d}"


def birth_iso(rng: random.Random) -> str:
    return iso_date(rng, birth=True)


def birth_us(rng: random.Random) -> str:
    return us_date(rng, birth=True)


def birth_eu(rng: random.Random) -> str:
    return eu_date(rng, birth=True)


def birth_compact(rng: random.Random) -> str:
    return compact_date(rng, birth=True)


def birth_dmon(rng: random.Random) -> str:
    return dmon_date(rng, birth=True)


def birth_long(rng: random.Random) -> str:
    return long_date(rng, birth=True)


def hl7_ts(rng: random.Random) -> str:
    """HL7 DTM, whole: 202403140930, 20240314093015-0500."""
    y, m, d = _ymd(rng, 2019)
    base = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    ss = f"{rng.randint(0, 59):02d}"
    return rng.choice(
        [base, f"{base}{ss}", f"{base}{ss}-0{rng.randint(4, 7)}00", f"{base}{ss}.{_digits(rng, 3)}"]
    )


def dmon_date(rng: random.Random, birth: bool = False) -> str:
    y, m, d = _when(rng, birth)
    ab = ABBR[m - 1]
    return rng.choice([f"{d:02d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y % 100:02d}", f"{d:02d}{ab.upper()}{y}",
                       f"{d}-{ab}-{y}", f"{d:02d} {ab} {y}"])  # fmt: skip


def long_date(rng: random.Random, birth: bool = False) -> str:
    y, m, d = _when(rng, birth)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{SEPT[m - 1]} {d}, {y}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}",
                       f"{d}{_ordinal(d)} of {MONTHS[m - 1]}", f"{SEPT[m - 1]} {d}", f"{m}-{d}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}",
                       f"{m}/{y % 100:02d}", f"{ABBR[m - 1]}. {y}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


KREYOL_MONTHS = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                 "oktòb", "novanm", "desanm"]  # fmt: skip


def chat_date(rng: random.Random) -> str:
    """Typed on a phone: "3/14", "march 14th", "14th of march", "3.14", "march 14 2025"."""
    y, m, d = _ymd(rng)
    mo = CHAT_MONTHS[m - 1]
    return rng.choice([
        f"{m}/{d}", f"{m}/{d}", f"{m}/{d}/{y % 100:02d}", f"{mo} {d}", f"{mo} {d}{_ordinal(d)}",
        f"{d}{_ordinal(d)} of {mo}", f"{m}.{d}", f"{m}-{d}", f"{mo} {d} {y}", f"{m}/{d} {y}",
        f"{m}/{d}/{y}", f"{MONTHS[m - 1]} {d}",
    ])  # fmt: skip


def es_date(rng: random.Random) -> str:
    """Spanish: "14 de marzo", "14/3", "14 de marzo de 2025"."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} de {MESES[m - 1]}", f"{d} de {MESES[m - 1]} de {y}", f"{d}/{m}", f"{d}/{m}/{y}",
                       f"{d} {MESES[m - 1]}"])  # fmt: skip


def pt_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} de {MESES_PT[m - 1]}", f"{d}/{m}", f"{d:02d}/{m:02d}/{y}"])


def ht_date(rng: random.Random) -> str:
    """Haitian Creole: "14 mas", "14 mas 2025"."""
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{d} {KREYOL_MONTHS[m - 1]}", f"{d} {KREYOL_MONTHS[m - 1]} {y}", f"{d}/{m}/{y}"]
    )


def vi_date(rng: random.Random) -> str:
    """Vietnamese, after "ngày": "14/3", "14 tháng 3", "14/3/2025"."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{d}/{m}", f"{d} tháng {m}", f"{d}/{m}/{y}", f"{d} tháng {m} năm {y}"])


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application timestamp."""
    y, m, d = _ymd(rng, 2019)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{_digits(rng, 3)}Z",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-0{rng.randint(4, 7)}:00", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{_digits(rng, 6)}+00:00", f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}",
    ])  # fmt: skip


def py_ts(rng: random.Random) -> str:
    """Python logging asctime: 2024-03-14 09:30:00,123."""
    y, m, d = _ymd(rng, 2019)
    return f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{_digits(rng, 3)}"


def clf_date(rng: random.Random) -> str:
    """The date of an access-log stamp, 14/Mar/2024 (the clock after the colon stays outside)."""
    y, m, d = _ymd(rng, 2019)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def syslog_date(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return f"{ABBR[m - 1]} {d:2d}"


def http_date(rng: random.Random) -> str:
    """RFC 2822 date after the weekday: 14 Mar 2024 09:30:00."""
    y, m, d = _ymd(rng, 2019)
    return f"{d} {ABBR[m - 1]} {y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
_NOVENTA = ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro",
            "noventa y cinco", "noventa y seis", "noventa y siete", "noventa y ocho",
            "noventa y nueve"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 7 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


def edad(rng: random.Random) -> str:
    """An age over 89 as a Spanish speaker writes it: "93", "noventa y tres"."""
    if rng.random() < 0.5:
        return age_number(rng)
    return rng.choice(_NOVENTA)


# --- Numbers people are reached at -------------------------------------------------------------


def _nanp(rng: random.Random) -> tuple[int, int, str]:
    return rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"


def phone(rng: random.Random) -> str:
    a, b, c = _nanp(rng)
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
        f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}", f"+1{a}{b}{c}",
        f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(10, 9999)}", f"{a}.{b}.{c} ext {rng.randint(2, 999)}",
        f"({a}) {b}-{c} ext. {rng.randint(100, 9999)}", f"1 ({a}) {b} {c}", f"{a} {b}-{c}",
        f"1.{a}.{b}.{c}", f"{a}/{b}-{c}",
    ])  # fmt: skip


def intl_phone(rng: random.Random) -> str:
    """Relatives abroad: Mexico, Central America, the Caribbean, Africa, Asia."""
    return rng.choice([
        f"+52 {rng.randint(33, 99)} {_digits(rng, 4)} {_digits(rng, 4)}", f"+52 1 {rng.randint(55, 99)} {_digits(rng, 4)} {_digits(rng, 4)}",
        f"+503 {rng.randint(6, 7)}{_digits(rng, 3)} {_digits(rng, 4)}", f"+502 {_digits(rng, 4)}-{_digits(rng, 4)}",
        f"+509 {rng.randint(31, 49)} {_digits(rng, 2)} {_digits(rng, 4)}", f"+1 (809) {rng.randint(200, 999)}-{_digits(rng, 4)}",
        f"+234 {rng.randint(803, 909)} {_digits(rng, 3)} {_digits(rng, 4)}", f"+251 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"+252 61 {_digits(rng, 3)} {_digits(rng, 4)}", f"+63 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+84 9{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}", f"+91 {rng.randint(70, 99)}{_digits(rng, 3)} {_digits(rng, 5)}",
        f"011 52 {rng.randint(33, 99)} {_digits(rng, 4)} {_digits(rng, 4)}", f"+964 7{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    a, b, c = _nanp(rng)
    return f"+1{a}{b}{c}"


def phone_digits(rng: random.Random) -> str:
    """After a %2B in a form-encoded webhook body."""
    a, b, c = _nanp(rng)
    return f"1{a}{b}{c}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = [
    "infinitum.com.mx", "etb.net.co", "tigo.com.gt", "gawab.com", "zohomail.com",
    "usa.net", "cincinnatibell.net", "mail2world.com", "lavabit.com", "nwlink.com", "dtccom.net",
    "etex.net", "inode.at", "clix.pt", "iol.pt", "ya.com", "go2.pl", "list.ru", "softbank.ne.jp",
    "plala.or.jp", "fpt.vn", "mozcom.com", "airtelmail.in", "cyber.net.pk", "arnet.com.ar",
    "fibertel.com.ar", "globo.com", "r7.com", "zipmail.com.br", "ibest.com.br", "cwpanama.net",
    "racsa.co.cr", "navegante.com.sv", "turbonett.com.sv", "hondutel.hn", "amnettgu.com",
    "intelnet.net.gt", "guate.net", "africaonline.co.ke", "gamtel.gm", "sonatel.sn",
    "hyperia.com", "viasat.net",
]  # fmt: skip
HANDLES = ["mamaosa", "dominoking", "tiasofi", "grillmaster", "nursemom", "bigpapi", "rancherita",
           "soccermom4", "bakerbee", "bbqpitboss", "tacolover", "vanlife", "lakersfan", "chefmama"]  # fmt: skip


def email(rng: random.Random, _split: str = "blind10") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "ilene", _handle(last) or "breen"
    n = rng.randint(1, 99)
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{rng.randint(1940, 2012)}",
        f"{f[0]}.{ln}{n:02d}", f"{ln}{f[0]}", f"{rng.choice(HANDLES)}{n}", f"{f}.{ln}.{rng.randint(1, 9)}",
        f"{f}-{ln}", f"{ln}.family", f"{f}+portal", f"{f.capitalize()}.{ln.capitalize()}",
        f"{f[:3]}{ln[:4]}{n}", f"{f}{ln[0]}{rng.randint(1950, 2009) % 100:02d}", f"{ln}{f}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40").replace("+", "%2B")


_ADJ = ["sleepy", "happy", "tired", "lucky", "fuzzy", "rowdy", "salty", "sunny", "rusty", "mighty"]
_NOUN = ["panda", "mango", "coyote", "nopal", "walrus", "pigeon", "pretzel", "taco", "gecko",
         "otter"]  # fmt: skip


def username(rng: random.Random, _split: str = "blind10") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "ilene", _handle(last) or "breen"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}{n}", f"{f}_{ln}", f"{f}{yy}", f"{f[0]}{ln[:7]}",
        f"{ln}.{f}", f"{f}{ln}{n}", f"{rng.choice(_ADJ)}{rng.choice(_NOUN)}{n}", f"{f}-{ln}",
        f"{ln.upper()}{f[0].upper()}", f"{rng.choice(HANDLES)}", f"{f[0]}{ln}{yy % 100:02d}",
        f"{f}{ln[0]}", f"{ln}_{f}_{n}", f"{f[:4]}{ln[:4]}", f"{f[0]}{_initial(rng).lower()}{ln}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "blind10") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "ilene", _handle(last) or "breen"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.gofundme.com/f/{f}-{ln}-medical-bills", f"https://www.caringbridge.org/visit/{f}{ln}",
        f"https://www.facebook.com/{f}.{ln}.{_digits(rng, 3)}", f"https://www.instagram.com/{f}_{ln}/",
        f"https://www.tiktok.com/@{ln}{f}{rng.randint(1, 99)}", f"https://linktr.ee/{f}{ln}",
        f"https://mychart.stonebriar-health.example/MyChart/Messaging/{_digits(rng, 8)}",
        f"https://portal.pemberton-fqhc.example/patient/{_digits(rng, 7)}/documents",
        f"https://fhir.belvedere-med.example/R4/Patient/{_digits(rng, 9)}",
        f"http://{f}{ln}.wordpress.com", f"https://{ln}-{f}.mystrikingly.com",
        f"https://docs.google.com/document/d/{_letters(rng, 32, an)}/edit",
        f"https://wa.me/1{_digits(rng, 10)}", f"https://zoom.us/j/{_digits(rng, 10)}?pwd={_letters(rng, 12, an)}",
        f"https://www.spotify.com/user/{f}{ln}", f"https://www.youtube.com/watch?v={_letters(rng, 11, an)}",
        f"https://bit.ly/{_letters(rng, 7, an)}", f"www.{f}{ln}.net", f"{ln}{f}.com/photos",
        f"https://imgur.com/a/{_letters(rng, 7, an)}", f"https://www.venmo.com/u/{f}-{ln}-{_digits(rng, 2)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.14:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.22:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if form < 0.36:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2607:fb90:{g[2]}:{g[3]}::{g[7]}", f"2600:387:{g[2]}::{g[6]}",
                           f"fe80::{g[5]}:{g[6]}:{g[7]}", f"2603:{g[1]}:{g[2]}:{g[3]}:{g[4]}:{g[5]}:{g[6]}:{g[7]}"])  # fmt: skip
    return (
        f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 665 if area == 666 else area
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}", f"{a}.{g}.{s}"], [8, 3, 2, 1]
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"MR{_digits(rng, 7)}",
        f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"{_letters(rng, 3)}{_digits(rng, 6)}",
        f"000{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"H{_digits(rng, 8)}",
        f"{_digits(rng, 6)}-{_digits(rng, 1)}", f"C{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([f"{_digits(rng, 9)}", f"{_digits(rng, 8)}{_letters(rng, 1)}", f"{_letters(rng, 2)}{_digits(rng, 7)}",
                       f"{_digits(rng, 10)}", f"{_digits(rng, 11)}{_letters(rng, 1)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}W{_digits(rng, 8)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}",
        f"ZG{_digits(rng, 8)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 5)}",
        f"{_letters(rng, 2)}-{_digits(rng, 8)}", f"{_digits(rng, 12)}", f"M{_digits(rng, 10)}", mbi(rng), medicaid_id(rng),
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8), _digits(rng, 10), f"HB{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        f"G{_digits(rng, 9)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}", f"SP{_digits(rng, 7)}",
        f"{_digits(rng, 6)}-{_digits(rng, 3)}", f"PB{_digits(rng, 6)}", f"{_digits(rng, 12)}",
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
        f"{a}{_digits(rng, 7)}", f"{_digits(rng, 8)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"{a}{_digits(rng, 12)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"RN{_digits(rng, 7)}",
        f"MD{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 5)}", f"PHA{_digits(rng, 6)}", f"LCSW {_digits(rng, 5)}",
        f"{a}{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("GHJKLMNPRS123456")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 4)}", f"{_digits(rng, 1)}{_letters(rng, 3)}{_digits(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 1)} {_letters(rng, 1)}{_digits(rng, 2)}", f"{_letters(rng, 1)}{_digits(rng, 2)} {_digits(rng, 4)}",
        f"{_letters(rng, 3)} {_letters(rng, 1)}{_digits(rng, 2)}", f"{_digits(rng, 3)}-{_letters(rng, 3)}",
        rng.choice(["ABUELA1", "MI3HIJOS", "NURSE4U", "GOD1STT", "TXMAMA", "CHEMO NO", "RN WIFE", "DOC 2B"]),
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
    exp = f"{rng.randint(25, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return rng.choice([f"(01){gtin}(17){exp}(21){_letters(rng, 2)}{_digits(rng, 6)}",
                       f"(01){gtin}(11){exp}(10){_letters(rng, 1)}{_digits(rng, 5)}(21){_digits(rng, 7)}"])  # fmt: skip


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"PJN{_digits(rng, 6)}", f"RNL{_digits(rng, 6)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        f"SN-{_letters(rng, 4, an)}-{_letters(rng, 4, an)}", f"{_digits(rng, 11)}", f"{_letters(rng, 2)}{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"{_hex(rng, 12).upper()}", f"G7{_letters(rng, 4, an)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}",
        f"NWN{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}-{_letters(rng, 2)}", imei(rng), mac_address(rng),
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 11)}", f"ENC{_digits(rng, 9)}", f"{rng.randint(20, 26)}-{_digits(rng, 7)}", f"RX{_digits(rng, 8)}",
        f"{_digits(rng, 7)}", f"CSN {_digits(rng, 10)}", f"ACC{_letters(rng, 2)}{_digits(rng, 7)}", f"CASE-{_letters(rng, 6, an)}",
        f"{_letters(rng, 4, an)}-{_letters(rng, 4, an)}", f"PA{_digits(rng, 9)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
        f"REF{_digits(rng, 8)}", f"TKT-{_digits(rng, 6)}", f"{_digits(rng, 13)}", f"A{_digits(rng, 2)}-{_digits(rng, 5)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler, so that log lines vary ----------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice(
        [_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16), f"{_hex(rng, 8)}-{_hex(rng, 4)}"]
    )


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(41, 400), rng.randint(401, 9000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(7, 65000))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404",
                       "409", "422", "500", "502", "504"])  # fmt: skip


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 250000))


def host(rng: random.Random) -> str:
    return rng.choice(["ehr-app03", "portal-web1", "fhir-gw2", "hl7-eng01", "rx-bridge", "cti-node4",
                       "fax-gw1", "billing-wk2", "sms-relay", "lab-if01"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, host names).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),  # a given name alone
    "LASTFIRST": ("NAME", last_first),  # "Breen, Ilene", "BREEN,ILENE M"
    "NAMEUP": ("NAME", name_upper),  # insurance cards, labels, OCR
    "FNUP": ("NAME", first_upper),  # HL7, X12, DICOM and ASTM components
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),  # XPN.3: an initial or a middle name
    "MIDDLE": ("NAME", middle),  # FHIR given[1], a form's MI box
    "FNLOW": ("NAME", first_lower),  # query strings and file names
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),  # "Ilene+Breen", "breen%2C+ilene"
    "WFIRST": ("NAME", word_first),  # given names that are words: Remedy, Season, Lady
    "WLAST": ("NAME", word_last),  # family names that are words: Stent, Sample, Stroke
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),  # initials standing for a person
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, MD"
    # Places
    "STREETLINE": ("ADDRESS", street_line),  # addr1 without a unit
    "STREETNAME": ("ADDRESS", street_name),  # "off Pergola Ln", no house number
    "UNIT": ("ADDRESS", unit),  # addr2 on its own
    "STREETUP": ("ADDRESS", street_upper),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "DOB": ("DATE", dob),
    "CDATE": ("DATE", chat_date),  # "3/14", "march 14th", "14th of march"
    "ESDATE": ("DATE", es_date),  # "14 de marzo"
    "PTDATE": ("DATE", pt_date),  # "14 de março"
    "HTDATE": ("DATE", ht_date),  # "14 mas"
    "VIDATE": ("DATE", vi_date),  # "14 tháng 3"
    "ISODATE": ("DATE", iso_date),  # dates of service and events: 2010 on
    "BISO": ("DATE", birth_iso),  # the same formats for birth dates
    "BUS": ("DATE", birth_us),
    "BEU": ("DATE", birth_eu),
    "B8": ("DATE", birth_compact),
    "BDMON": ("DATE", birth_dmon),
    "BLONG": ("DATE", birth_long),
    "USDATE": ("DATE", us_date),
    "EUDATE": ("DATE", eu_date),
    "HLDATE": ("DATE", compact_date),  # HL7 DT, X12 D8, DICOM DA
    "HLTS": ("DATE", hl7_ts),  # HL7 DTM, whole
    "DMON": ("DATE", dmon_date),  # 14-Mar-2024, 14MAR2024
    "LONGDATE": ("DATE", long_date),  # March 14, 2024
    "MD": ("DATE", month_day),  # Mar 14, 3/14
    "MONYEAR": ("DATE", month_year),  # a month with its year
    "DAYTH": ("DATE", day_th),  # "the 14th" ("the" stays outside)
    "TS": ("DATE", timestamp),  # a whole ISO or application timestamp
    "PYTS": ("DATE", py_ts),  # Python logging
    "CLFDATE": ("DATE", clf_date),  # access-log stamp; the clock after it stays outside
    "SYSDATE": ("DATE", syslog_date),
    "HTTPDATE": ("DATE", http_date),  # e-mail Date headers, after the weekday
    # Ages, numbers, identifiers
    "AGEN": ("AGE_OVER_89", age_number),
    "EDAD": ("AGE_OVER_89", edad),  # "noventa y tres"
    "E164": ("PHONE", e164),
    "PHONEDIGITS": ("PHONE", phone_digits),
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
    "UDI": ("DEVICE_ID", udi),
    "PTUUID": ("OTHER_ID", patient_uuid),  # a patient resource id
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "STATUS": (None, status),
    "BYTES": (None, size),
    "CLOCK": (None, clock),
    "HOST": (None, host),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON and dict braces are doubled for str.format; a
# slot is never written directly before a doubled closing brace. generate.fill() lowercases,
# misspells and strips punctuation from chat on top of what is written here.

CHAT = [
    # Portal messages about appointments, written by patients.
    "hi this is {NAME}, my appt at the cardiology clinic is {CDATE} but i cant get off work, can we move it",
    "hello my name is {NAME} dob {DOB} and i need to reschedule my mri",
    "its {GIVEN} again, still waiting on a call back about my biopsy results from {CDATE}",
    "good morning i had labs drawn {CDATE} at the {CITY} urgent care and the portal still says pending",
    "i was seen by dr {SURNAME} on {CDATE} and she said to message if the swelling didnt go down. it didnt",
    "can someone tell dr {SURNAME} the new bp pill makes me dizzy when i stand up",
    "my oncologist dr {SURNAME} wants me to get the port flushed before {CDATE}, who do i call",
    "is dr {WLAST} still at the transplant clinic or did he leave",
    "i have an appt with {DOC} the np on {CDATE} at 10:40, is that in person or video",
    "hey its {GIVEN} {SURNAME}, i missed the call from {PHONE}, was that yall",
    "this is {NAME} period i need a refill on my inhaler period thank you",
    "hi this is {NAME} comma born {DOB} comma my insurance changed new paragraph new member id is {PLAN}",
    "text me at {PHONE} not my home phone please",
    "my new cell is {PHONE} and my email is {EMAIL}",
    "plz send the after visit summary to {EMAIL}, i cant open the portal on my phone",
    "new address {STREET}, {CITY} {STATE} {ZIP}. please update before you mail the bill",
    "we moved!! its {STREETLINE} {UNIT} now, {CITY} {ZIP}",
    "mail my paperwork to {POBOX}, {CITY}, {STATE} {ZIP} we dont get mail at the house",
    "i live off {STREETNAME} by the school, is the mobile clinic coming out this way",
    "which location is closer to {CITY}, the one on {STREETNAME} or the hospital",
    "my mrn is {MRN} and the kiosk wont let me check in",
    "the front desk said my chart number is {MRN} but the app says {MRN}??",
    "member id {PLAN}, group 44017, does that cover the sleep study",
    "my medicaid number is {MEDICAID}, it got renewed last month",
    "i have medicare now, number {MBI}, can u put it on file",
    "why did i get a bill for acct {ACCOUNT}, i paid it at the window on {CDATE}",
    "billing please call me at {PHONE}, statement says account {ACCOUNT} is past due",
    "i need the itemized bill for my er visit {CDATE}, account number {ACCOUNT}",
    "my ssn is {SSN} for the charity care application",
    "last 4 of social is not enough? ok full is {SSN}",
    "username {USER} keeps getting locked, i tried from my work computer too",
    "i cant log in, username is {USER} and it says my email {EMAIL} isnt verified",
    "the portal says someone logged in from {IP} and it wasnt me 😳",
    "my pump serial number is {DEVICE} and it keeps alarming at night",
    "cgm transmitter id {DEVICE}, the app lost connection again",
    "phone imei {IMEI} if the remote monitoring people need it",
    "can i get a handicap parking form, plate is {PLATE}",
    "got rear ended on the way to dialysis, vin {VIN}, the other driver's insurance needs the er note",
    "my drivers license number is {LICENSE}, the pharmacy wants it for the pain meds",
    "here is the fundraiser my cousin made {URL}",
    "i put all my sugar readings on this link {URL}",
    "reference number {OTHER} from the call center, nobody called me back",
    "prior auth # {OTHER} was approved, can you send the rx now",
    # Parents writing about children.
    "my son {GIVEN} has had a fever of 102 since {CDATE}, he is 4, should i bring him in",
    "my daughter {NAME} dob {DOB} needs her shot records for school by {CDATE}",
    "hi im {GIVEN}'s mom, she has an ear infection again, 3rd time this year",
    "this is {NAME}, mother of {NAME}, can i get a copy of his vaccine card",
    "our baby {GIVEN} was born {DOB} at the {CITY} hospital, how do we add her to my plan {PLAN}",
    "twins {GIVEN} and {GIVEN} both have pink eye now 😩",
    "my kid {GIVEN} ({NICK}) broke his arm at recess, can ortho see him before {CDATE}",
    "can my ex {NAME} see our daughters chart? he should NOT have access",
    "{GIVEN} goes by {NICK} at school, please put that on her chart so the nurse calls her that",
    "my stepson {GIVEN} {WLAST} needs a sports physical, his dad signed the form",
    "the school nurse {NAME} said to send you this, her fax is {FAX}",
    "my daughter is at college in {CITY} now, can her records go to the student health center",
    # Adult children and caregivers.
    "my mom {NAME} is {AGE} and fell last night, shes ok but very confused this morning",
    "im writing for my dad {NAME}, dob {DOB}, he is {AGE} and cant use the portal",
    "my grandmother is {AGE} years old and the home health nurse hasnt come since {CDATE}",
    "abuela {GIVEN} turns {AGEN} on {CDATE} and wants to know if she still needs the shingles shot",
    "my father in law {NAME} lives with us at {STREET}, can the visiting nurse come here",
    "this is {GIVEN}, {SURNAME}'s daughter, she said its ok to talk to me, i'm on her hipaa form",
    "my brother {NAME} is the poa but he lives in {CITY}, can i sign instead",
    "please call my sister {GIVEN} at {PHONE} if you cant reach me",
    "our caregiver {WNAME} will bring mom on {CDATE}, she has the insurance card",
    "my aunt {NAME} needs transport to chemo on {CDATE}, she lives on {RURAL}",
    "can someone from social work call my mom {NAME} at {PHONE}? she is {AGE} and lives alone",
    "dads pcp is dr {SURNAME} at the {CITY} clinic, fax {FAX}, can u send the discharge papers there",
    "hi its {NICK}, {NAME}'s grandson, he wants to know if he can eat before the colonoscopy",
    "my husband {GIVEN} has dementia, his neurologist is dr {WLAST}, the new pills make him agitated",
    "great grandma {WFIRST} {SURNAME} is {AGEN} this year and still drives 🙄 can the dr talk to her",
    "mom passed on {CDATE}, please stop sending bills to {STREET}. her name was {NAME}",
    "i am the guardian for my brother {NAME}, court papers are from {LONGDATE}",
    # Names in passing, with and without cue words.
    "{GIVEN} at the front desk was so nice to me today, pls tell her thank you",
    "nurse {GIVEN} on 7 west took great care of my wife",
    "the lady on the phone, {GIVEN}, said someone would call back in 48 hours. its been a week",
    "{GIVEN} from billing told me to message here",
    "i talked to {NAME} in the transplant office and she said my labs need to be redone",
    "whoever {GIVEN} is, she left a voicemail at {PHONE} but didnt say what it was about",
    "can {GIVEN} pick up my prescription? shes my neighbor",
    "{NAME} is my emergency contact now not {NAME}",
    "tell {GIVEN} i said hi, she was my nurse when i had {GIVEN}",
    "me and {GIVEN} both got the flu shot on {CDATE} and we both feel awful",
    "my pastor {NAME} will drive me to surgery",
    "the interpreter last time, {GIVEN}, was great, can we get her again",
    "our case manager {WNAME} said u could help with the electric bill letter",
    "{WFIRST} will call u later about my dads meds",
    "dr {SURNAME} and dr {SURNAME} told me two different things about the blood thinner",
    "{INITS} here, the one with the knee replacement, pain still 7/10",
    "{SURNAME} here. need the letter for my job asap",
    "{LASTFIRST} dob {DOB}, requesting copy of my records",
    # Sign-offs.
    "ok thank you so much!! -{GIVEN}",
    "thanks for the help\n{NAME}",
    "see you thursday\n- {GIVEN} & {GIVEN}",
    "god bless\n{GIVEN} ({NAME}'s wife)",
    "sorry for all the questions lol\n{NICK}",
    "Thank you,\n{NAME}\n{PHONE}",
    "sent from my iphone\n{GIVEN}",
    "regards\n{NAME}\n{STREETLINE}\n{CITY}, {STATE} {ZIP}",
    # Spanish.
    "hola buenas tardes, soy {NAME}, mi cita es el {ESDATE} pero no puedo ir, me la pueden cambiar",
    "buenos dias, mi hijo {GIVEN} tiene fiebre desde el {ESDATE}, tiene 3 años",
    "mi mamá {NAME} tiene {EDAD} años y no quiere comer, que hacemos",
    "mi numero nuevo es {PHONE}, el otro ya no sirve",
    "me pueden mandar la carta a {STREET}, {CITY}? gracias",
    "soy {GIVEN}, la esposa de {NAME}, él no habla inglés, me pueden llamar al {PHONE}",
    "mi número de medicaid es {MEDICAID} y el de mi niña es {MEDICAID}",
    "la doctora {SURNAME} dijo que me iban a llamar con los resultados 🙏",
    "mi suegro {GIVEN} está en el hospital de {CITY} desde el {ESDATE}",
    "mi hermano en mexico {INTLPHONE} quiere saber como sigue mi papá",
    "ya pagué la cuenta {ACCOUNT} el {ESDATE}, por qué me siguen cobrando",
    "mi correo es {EMAIL} por si me mandan los papeles",
    "gracias doctora, dios la bendiga. {NAME}",
    "le escribo por mi abuelita {GIVEN} {SURNAME}, cumple {EDAD} el {ESDATE}, necesita silla de ruedas",
    "hola soy {GIVEN}, mamá de {GIVEN} y {GIVEN}, los dos tienen tos",
    # Portuguese.
    "bom dia, aqui é {GIVEN}, mãe do {GIVEN}, ele tem consulta dia {PTDATE}?",
    "meu endereço novo é {STREET}, {CITY} {ZIP}, obrigada",
    "oi, meu telefone mudou, agora é {PHONE}. {NAME}",
    # Vietnamese.
    "chào bác sĩ, con là {GIVEN}, con gái của bà {NAME}, mẹ con {AGEN} tuổi rồi",
    "cho em hỏi lịch hẹn của ba em {NAME} ngày {VIDATE} có đổi không",
    "số điện thoại của em là {PHONE}, cảm ơn",
    # Tagalog.
    "hello po, si {GIVEN} po ito, anak ni {NAME}, pwede po ba i-refill yung gamot ni mama",
    "good pm po, {NAME} po, birthday ko po {DOB}, nawala po yung insurance card ko",
    "salamat po nurse {GIVEN} 🙏",
    # Arabic.
    "مرحبا، أنا {NAME}، موعدي يوم {EUDATE}، هل يمكن تغييره؟",
    "salam, ana {GIVEN}, my father {NAME} needs arabic interpreter for the {CDATE} appt",
    "marhaba, my mom {NAME} is {AGE}, her new number is {PHONE}",
    # Haitian Creole.
    "bonjou, se {GIVEN} ki ekri, manman m {NAME} malad depi {HTDATE}",
    "mèsi anpil pou èd la, {NAME}",
    "nimewo telefòn mwen se {PHONE}, rele m apre 5è",
    # Refugee and immigrant families at the health centre.
    "hello my case worker {NAME} from the resettlement agency said to write here, we arrived {CDATE}",
    "my husband {GIVEN} needs the tb test paper for his job, his alien number is {OTHER}",
    "i am {NAME}, my english is little, my son {GIVEN} help me, his phone {PHONE}",
    "interpreter please, language somali, patient {NAME} dob {DOB}",
    "we need karen interpreter for my grandmother {GIVEN}, appt {CDATE}",
    "my sister in ethiopia {INTLPHONE} is a nurse, can she talk to the doctor",
    "my uncle {NAME} lost his i-94, the clinic copy has his date of entry {DATE}",
    # Pharmacy.
    "the pharmacy on {STREETNAME} says my rx {OTHER} was never sent",
    "can you send my metformin to the pharmacy in {CITY} instead",
    "pharmacist {GIVEN} said the insurance needs a prior auth, my member id {PLAN}",
    "my refill # is {OTHER}, the automated line hangs up on me",
    "i'm at the pharmacy now and they say dr {SURNAME} didnt sign it, can someone call them {PHONE}",
    "my moms pills came in a different color, rx {OTHER}, is that right?",
    # SMS replies.
    "C",
    "yes confirm. {GIVEN}",
    "STOP texting this number, wrong person, i dont know {NAME}",
    "this is not {GIVEN}, you have the wrong number",
    "R. need to reschedule {GIVEN}'s appt, {CDATE} is better",
    "running 10 min late - {NAME}",
    "ok. is it still at {STREET}?",
    "wrong address on the reminder, we are at {STREETLINE} now",
    "can u text {PHONE} instead, thats my daughter {GIVEN}",
    "who is this? i got a text from {PHONE} about a bill",
    # Clinical worries, with dates and people.
    "i started the new chemo {CDATE} and now my mouth has sores, dr {SURNAME} said to tell u",
    "im 28 weeks and my feet are swelling a lot since {CDATE}, dr {SURNAME} said to message",
    "my due date is {CDATE}, can i still fly to {CITY} for my sisters wedding",
    "baby {GIVEN} is 2 weeks old and only pooped once since {CDATE}",
    "since the stroke {CDATE} my dad {GIVEN} cant swallow pills, can we get liquid",
    "my kidney transplant was {CDATE}, my tacrolimus level was 12, is that ok?",
    "had my knee done {CDATE} by dr {SURNAME}, the incision is red and warm",
    "the seizure lasted about 2 min, she is {AGE}, should i call 911",
    "my dad is {AGEN} and has a pacemaker, serial {DEVICE}, the box by his bed is blinking",
    "my mother {NAME} was admitted to {CITY} general on {CDATE}, can you get her records from there",
    "i was in the er at {CITY} on {CDATE} for chest pain, do i still need the stress test",
    "my last period was {CDATE} and the test is positive 😊 how do i get an ob appt",
    "{GIVEN} has been throwing up since saturday, hes 6, should we go to urgent care",
    "the nurse {GIVEN} said my wound vac would be delivered {CDATE}, its not here",
    # Work, school and forms.
    "i need a work note for {CDATE} to {CDATE}, my boss {NAME} needs it by friday",
    "my employer fax is {FAX}, attn {NAME} in hr",
    "can you fill out the fmla, my manager is {NAME}, email {EMAIL}",
    "school needs a letter saying {GIVEN} can use his inhaler in class, fax {FAX}",
    "the daycare needs the tb form for {GIVEN} by {CDATE}",
    "my lawyer {NAME} wants copies of my records from {CDATE}, his email is {EMAIL}",
    "disability office needs my records, case {OTHER}, fax {FAX}",
    # Miscellany.
    "ur website link {URL} doesnt work",
    "i sent the pictures of the rash here {URL}",
    "is there parking for chemo patients? my plate is {PLATE}",
    "my sons car is in the patient lot all day, plate {PLATE}, is that ok? hes with his dad {NAME} on 5 east",
    "pics of the swelling are on my page {URL}, my daughter {GIVEN} posted them",
    "my car got towed from the garage, ticket says vehicle {VEHICLE}, i was inside for 6 hours with my mom",
    "my hearing aid serial {DEVICE} got left in the er",
    "my wifi ip is {IP} if it helps the tech people",
    "mi usuario es {USER} y no me deja entrar",
    "{NAME} ({PHONE}) is allowed to pick up my results",
    "please update my emergency contact: {NAME}, {PHONE}, {EMAIL}",
    "update my pharmacy to the one on {STREETLINE}, {CITY}",
    "my name is spelled wrong on the bracelet, it should be {NAME} not {NAME}",
    "got married {CDATE}, new last name is {SURNAME}, old was {SURNAME}",
    "can i get a copy of my sons birth record? {NAME}, born {DOB} at your hospital",
    "hi, {NAME} here, dob {DOB}, ssn {SSN}, name on card {NAMEUP}, insurance {PLAN}",
    "its {GIVEN} lol i forgot my password again, user {USER}",
    "my kid {GIVEN} {SURNAME} was born in {MONYEAR}, does he need the rsv shot",
    "we were in {CITY} from {CDATE} to {CDATE} visiting family, thats when the cough started",
    "appt confirmation said {LONGDATE} but the text said {CDATE}, which is it",
    "is the clinic open on the {DAYTH}? its a holiday right",
    "the {DAYTH} works better for me, after 3 if possible",
    "i was born {DOB} not {DOB}, please fix it, the insurance keeps denying",
    "dob is {DOB}, member {PLAN}, name {NAME}, what else do you need",
    "my son {NAME} is turning 18 on {CDATE}, how does he get his own portal",
    "i am {AGE} and i want to stop all my pills, my daughter {GIVEN} agrees",
    "i think i saw {NAME} from church in the waiting room lol small world",
    "thanks {GIVEN}!! you are the best nurse at the {CITY} clinic ❤️",
]

LOGS = [
    # Application logs, key=value.
    "ts={TS} level=INFO svc=portal-api evt=login.success user={USER} ip={IP} mfa=sms",
    "ts={TS} level=WARN svc=portal-api evt=login.failed user={USER} ip={IP} attempts=5 locked=true",
    'level=info svc=scheduling evt=appt.booked mrn={MRN} pt="{NAME}" dept=ONC-INFUSION start={TS} by={USER}',
    'level=warn svc=scheduling msg="double booking" mrn={MRN} provider="{DOC}" slot={TS}',
    'level=error svc=registration msg="address validation failed" addr1="{STREETLINE}" city="{CITY}" zip={ZIP} req={REQID}',
    'evt=demographics.update mrn={MRN} field=phone old="{PHONE}" new="{PHONE}" actor={USER}',
    'evt=demographics.update mrn={MRN} pt="{NAME}" field=email old={EMAIL} new={EMAIL} src=portal',
    'evt=patient.merge survivor={MRN} retired={MRN} name="{LASTFIRST}" dob={BISO} by={USER}',
    'msg="guarantor created" acct={ACCOUNT} guarantor="{NAME}" rel=mother addr="{STREET}, {CITY} {STATE} {ZIP}"',
    "evt=eligibility.checked payer=87726 member={PLAN} dob={B8} result=active copay=25.00 ms={MS}",
    'evt=mbi.lookup pt="{LASTFIRST}" dob={BUS} mbi={MBI} status=found ms={MS}',
    'reminder.sms queued to={E164} pt="{GIVEN}" appt={TS} clinic="{CITY} Family Health" tpl=appt_48h',
    "notify.email sent to={EMAIL} tpl=lab_result_ready mrn={MRN} msgid={REQID}",
    'kiosk.checkin site=FQHC-{CITY} pt="{NAMEUP}" dob_entered={BUS} match=0.97 mrn={MRN}',
    'kiosk.checkin site=UC-{CITY} pt="{LASTFIRST}" dob_entered={BUS} dob_on_file={BUS} result=mismatch',
    "paging.sent to={USER} msg='call {FNUP} {LNUP} re K 6.1' callback={PHONE}",
    'transport.booked rider="{NAME}" pickup="{STREET}, {CITY}" dropoff=MAIN-INFUSION at={TS} vendor=medride',
    'interpreter.request lang=som pt="{NAME}" mrn={MRN} appt={TS} requested_by={USER}',
    'interpreter.request lang=kar pt="{GIVEN}" mrn={MRN} appt={TS} vendor=onsite interpreter="{NAME}"',
    'consent.signed pt="{NAME}" witness="{DOC}" form=GEN-TX ip={IP} at={TS}',
    'roi.request id={OTHER} pt="{LASTFIRST}" dob={BUS} recipient="{NAME}" fax={FAX} status=queued',
    'idproof.scan dl={LICENSE} name="{NAMEUP}" dob={BUS} addr="{STREETUP}, {CITYUP}, {STATE} {ZIP}" result=pass',
    'valet.ticket plate={PLATE} vin={VIN} owner="{NAME}" phone={PHONE} lot=Garage-C',
    'parking.validation plate={PLATE} pt="{NAME}" pt_mrn={MRN} reason=infusion hours=6',
    'rpm.reading device={DEVICE} pt="{LASTFIRST}" sys=171 dia=98 taken={TS} alert=high nurse={GIVEN}',
    'rpm.pair device_imei={IMEI} pt="{NAME}" mrn={MRN} fw=3.2.7',
    "ble.pair mac={MAC} type=glucometer serial={DEVICE} user={USER}",
    "dhcp lease {IP} -> {MAC} hostname={FNLOW}-iphone",
    'lpr.read plate={PLATE} lot=ED-visitor entered={TS} matched_visitor="{NAME}"',
    "link.click url={URL} user={USER} ip={IP}",
    'webhook.deliver url={URL} status={STATUS} attempt=3 owner={EMAIL} name="{NAME}"',
    # JSON.
    '{{"ts":"{TS}","level":"info","service":"portal-api","event":"message.sent","from":"{USER}","patient":{{"mrn":"{MRN}","name":"{NAME}"}},"requestId":"{REQID}"}}',
    '{{"ts":"{TS}","level":"error","service":"registration","msg":"duplicate patient","candidates":[{{"mrn":"{MRN}","name":"{LASTFIRST}","dob":"{BISO}"}},{{"mrn":"{MRN}","name":"{LASTFIRST}","dob":"{BISO}"}}]}}',
    '{{"event":"address.changed","patient":{{"id":"{PTUUID}"}},"old":{{"line1":"{STREETLINE}","city":"{CITY}","zip":"{ZIP}"}},"new":{{"line1":"{STREETLINE}","line2":"{UNIT}","city":"{CITY}","zip":"{ZIP}"}}}}',
    '{{"guarantor":{{"firstName":"{FIRST}","lastName":"{SURNAME}","ssn":"{SSN}","phone":"{PHONE}"}},"accountNumber":"{ACCOUNT}"}}',
    '{{"emergencyContact":{{"name":"{NAME}","relationship":"son","phone":"{PHONE}","altPhone":"{INTLPHONE}"}},"mrn":"{MRN}"}}',
    '{{"pt_fname":"{FIRST}","pt_lname":"{SURNAME}","pt_mi":"{MIDDLE}","pt_dob":"{BUS}","pt_age":{AGEN},"lang":"es"}}',
    '{{"appointment":{{"start":"{TS}","provider":"{DOC}, MD","location":"{CITY} Urgent Care"}},"patient":{{"display":"{NAME}","phone":"{E164}"}}}}',
    '{{"subscriber":{{"memberId":"{PLAN}","first":"{FNUP}","last":"{LNUP}","dob":"{B8}"}},"payer":"MOLINA","status":"active"}}',
    '{{"user":{{"username":"{USER}","email":"{EMAIL}","lastLogin":"{TS}","lastIp":"{IP}"}},"mfa":"totp"}}',
    '{{"device":{{"serial":"{DEVICE}","udi":"{UDI}","patientRef":"Patient/{PTUUID}","implanted":"{ISODATE}"}}}}',
    '{{"transport":{{"vin":"{VIN}","plate":"{PLATE}","driver":"{NAME}","rider":"{NAME}"}},"pickup":"{STREET}"}}',
    '{{"rx":{{"number":"{OTHER}","drug":"tacrolimus 1 mg cap","prescriber":{{"name":"{DOC}","npi":"{NPI}","dea":"{DEA}"}},"patient":"{LASTFIRST}"}}}}',
    '{{"level":"warn","msg":"age over 89 in export","mrn":"{MRN}","age":{AGEN},"dob":"{BDMON}","action":"masked"}}',
    '{{"caller":{{"ani":"{E164}","name":"{NAMEUP}"}},"queue":"billing-es","agent":"{USER}","wrap":"paid in full","ts":"{TS}"}}',
    '{{"profile":{{"website":"{URL}","handle":"{USER}","displayName":"{NAME}"}}}}',
    '{{"fax":{{"to":"{FAX}","from":"{FAX}","cover":"Attn: {NAME}","pages":7}},"job":"{OTHER}"}}',
    '{{"event":"document.uploaded","owner":"{USER}","file":"{LNLOW}_{FNLOW}_insurance_card.jpg","size":{BYTES},"patient":"{MRN}"}}',
    # Web access logs and query strings.
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /MyChart/Scheduling?dept=ONC&mrn={MRN} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} +0000] "GET /api/v2/patients/{MRN}/documents/{LNLOW}-{HLDATE}.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "POST /intake/submit?name={NAMEQ}&dob={BISO}&zip={ZIP} HTTP/1.1" 302 0',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /portal/search?q={NAMEQ}&dob={BUS} HTTP/1.1" {STATUS} {BYTES} "-" "okhttp/4.12.0"',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /fhir/R4/Patient?family={LNLOW}&given={FNLOW}&birthdate={BISO} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "POST /sms/inbound?From=%2B{PHONEDIGITS}&Body=cancel+{FNLOW} HTTP/1.1" 204 0',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "DELETE /api/v1/contacts?email={EMAILENC} HTTP/1.1" 204 0',
    "GET /api/v1/patients/search?last={LNLOW}&first={FNLOW}&dob={B8} 200 {MS}ms user={USER}",
    "GET /maps/geocode?street={STREET}&city={CITY}&postal={ZIP} 200 {MS}ms user={USER}",
    "GET /billing/statement?acct={ACCOUNT}&guarantor={NAMEQ} 403 user={USER}",
    "POST /api/v1/rx/refill?rx={OTHER}&phone=%2B{PHONEDIGITS} 202",
    "GET /reports/labs/{MRN}/{HLDATE}/{LNLOW}_{FNLOW}.pdf 404 {MS}ms",
    "redirect from {URL} to /portal/login?next=/messages status=302 ip={IP}",
    # HL7 v2.
    "MSH|^~\\&|EPIC|MAINCAMPUS|LAB|REFLAB|{HLTS}||ADT^A04|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^MAIN^MR||{LNUP}^{FNUP}^{MIDUP}^^^^L||{B8}|F|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIP}^USA^H||{PHONE}^PRN^PH~^NET^Internet^{EMAIL}|||M||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^MAIN^MR~{MEDICAID}^^^TXMCD^MA||{LNUP}^{FNUP}||{B8}|M||2131-1|{POBOX}^^{CITYUP}^{STATE}^{ZIPNINE}||{PHONE}|||S",
    "PID|1||{MRN}||{SURNAME}^{FIRST}^{MIDDLE}||{B8}|F|||{RURAL}^^{CITY}^{STATE}^{ZIP}||{INTLPHONE}",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother^HL70063|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||EC^Emergency Contact",
    "NK1|2|{SURNAME}^{FIRST}|DAU^Daughter|||{PHONE}|{PHONE}",
    "PV1|1|I|7W^0714^02^MAIN||||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD|{NPI}^{LNUP}^{FNUP}^^^^MD||ONC||||1|||{NPI}^{LNUP}^{FNUP}|IN||MCR|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MOL01|76342|MOLINA HEALTHCARE||||GRP5521|||||||{LNUP}^{FNUP}|01^Self|{B8}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{PLAN}",
    "IN1|2|MCR|CMS|MEDICARE PART B||||||||||||{LNUP}^{FNUP}^{MIDUP}|01^Self|{B8}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}|{PHONE}||{B8}|M||PAR|{SSN}",
    "EVN|A08|{HLTS}|||{USER}^{LNUP}^{FNUP}",
    "ORC|NW|{OTHER}|||||^^^{HLTS}||{HLTS}|{USER}||{NPI}^{LNUP}^{FNUP}^^^^MD",
    "OBR|1|{OTHER}||88305^Surgical pathology^CPT|||{HLTS}|||||||{HLTS}||{NPI}^{LNUP}^{FNUP}",
    "OBX|3|TX|NOTE^Nursing note||Pt ambulating with husband {GIVEN}, d/c planned {USDATE}||||||F|||{HLTS}",
    "OBX|1|ST|PHONE^Callback^L||{PHONE}||||||F",
    "SCH|{OTHER}||||||F/U^Follow up|||30|min|^^30^{HLTS}|{NPI}^{LNUP}^{FNUP}|||||{USER}",
    "AIP|1||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD|ONC",
    "RXE|^^^{HLTS}|00006-0277-31^sitagliptin 100 mg^NDC|100||mg|||||30|||{DEA}^{LNUP}^{FNUP}",
    "RXA|0|1|{HLTS}||91320^COVID-19 mRNA^CVX|0.3|mL||00^New record|{NPI}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^MAIN^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "TXA|1|DS|TX|{HLTS}|{NPI}^{LNUP}^{FNUP}||{HLTS}||||||{OTHER}||||AU",
    "MSA|AE|{OTHER}|PID-7 birth date {B8} after admit date {HLTS}",
    "hl7.listener ACK AR for {OTHER}: PID-5 {LNUP}^{FNUP} does not match EMPI {MRN}",
    # ASTM and lab instrument interface.
    "P|1||{MRN}||{LNUP}^{FNUP}^{MIDUP}||{B8}|F|||||{NPI}",
    "lis.autoverify hold accession={OTHER} pt={MRN} name={LNUP},{FNUP} reason=delta K 6.4",
    "lab.critical called to {DOC}, RN at {CLOCK} by {USER}, read back ok, pt {MRN}",
    # FHIR.
    '{{"resourceType":"Patient","id":"{PTUUID}","identifier":[{{"type":{{"text":"MRN"}},"value":"{MRN}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDDLE}"]}}],"birthDate":"{BISO}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}","use":"mobile"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"relationship":[{{"text":"caregiver"}}],"name":[{{"text":"{NAME}"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"suffix":["MD"]}}]}}',
    '{{"resourceType":"Appointment","start":"{TS}","participant":[{{"actor":{{"display":"{NAME}"}}}},{{"actor":{{"display":"Dr. {NAME}"}}}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{LASTFIRST}"}},"period":{{"start":"{ISODATE}","end":"{ISODATE}"}}}}',
    '{{"resourceType":"MedicationRequest","authoredOn":"{ISODATE}","subject":{{"display":"{NAME}"}},"requester":{{"display":"{DOC}, NP"}},"note":[{{"text":"call daughter {GIVEN} at {PHONE}"}}]}}',
    '{{"resourceType":"Encounter","period":{{"start":"{TS}","end":"{TS}"}},"subject":{{"reference":"Patient/{MRN}"}},"identifier":[{{"value":"{OTHER}"}}]}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"patient":{{"display":"{NAME}"}}}}',
    '{{"resourceType":"DocumentReference","date":"{TS}","author":[{{"display":"{DOC}, RN"}}],"description":"letter to employer for {NAME}"}}',
    '{{"resourceType":"Patient","extension":[{{"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"{SURNAME}"}}],"birthDate":"{BISO}"}}',
    # CSV exports.
    'mrn,last,first,dob,addr1,city,state,zip,phone\n{MRN},{SURNAME},{FIRST},{BUS},"{STREETLINE}",{CITY},{STATE},{ZIP},{PHONE}',
    '"PatientName","DOB","Email","Cell"\n"{LASTFIRST}","{BISO}","{EMAIL}","{PHONE}"',
    "acct|guarantor|addr|city|zip|balance\n{ACCOUNT}|{NAMEUP}|{STREETUP}|{CITYUP}|{ZIPNINE}|418.22",
    "MemberID\tSubscriber\tDOB\tPlan\n{PLAN}\t{NAMEUP}\t{BUS}\tHMO-GOLD",
    "export row 2291 rejected: {MRN};{LNUP};{FNUP};{MIDUP};{BEU};{AGEN};{CITY}",
    'csv.import line 412: "{SURNAME}","{FIRST}","{MIDDLE}","{BUS}","{PHONE}" -> invalid phone',
    "no_show_report,{USDATE},{MRN},{LASTFIRST},{PHONE},ONC-NP,2nd no-show",
    "vaccine_registry,{LNUP},{FNUP},{B8},{ZIP},91320,{ISODATE}",
    # Stack traces.
    "Traceback (most recent call last):\n  File \"/srv/portal/messaging/views.py\", line 188, in send\n    patient = Patient.objects.get(mrn=mrn)\n    mrn = '{MRN}'\n    sender = '{USER}'\nPatient.DoesNotExist: Patient matching query does not exist.",
    "ValueError: time data '{DATE}' does not match format '%Y-%m-%d'\n  File \"intake/parse.py\", line 52, in parse_dob\n  locals: raw='{DATE}' name='{NAME}'",
    "KeyError: 'postal_code'\n  locals: {{'addr': {{'line1': '{STREETLINE}', 'city': '{CITY}'}}, 'pt': '{LASTFIRST}'}}",
    "phonenumbers.NumberParseException: (1) not a phone number: '{PHONE}' (patient {PTUUID})",
    "smtplib.SMTPRecipientsRefused: {{'{EMAIL}': (550, b'5.1.1 user unknown')}}",
    "java.lang.IllegalStateException: duplicate MRN {MRN} for {LNUP},{FNUP} DOB {B8}\n\tat org.ehr.empi.Matcher.link(Matcher.java:211)",
    "System.FormatException: String '{DATE}' was not recognized as a valid DateTime.\n   at Billing.Statement.Parse(String dos) guarantor={NAME} acct={ACCOUNT}",
    'TypeError: Cannot read properties of undefined (reading \'zip\') at renderAddress (addr.js:44) data={{"street":"{STREET}","city":"{CITY}"}}',
    'psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "portal_user_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    'ERROR:  null value in column "dob" violates not-null constraint\nDETAIL:  Failing row contains ({PIDN}, {SURNAME}, {FIRST}, null, {ZIP}).',
    "LOG:  statement: UPDATE patient SET phone = '{PHONE}', email = '{EMAIL}' WHERE mrn = '{MRN}'",
    "LOG:  duration: {MS}.018 ms  statement: SELECT * FROM guarantor WHERE ssn = '{SSN}'",
    # Queue and worker logs.
    "[{PYTS}: INFO/ForkPoolWorker-2] Task reminders.send_sms[{REQID}] succeeded: {{'to': '{E164}', 'name': '{GIVEN}', 'when': '{TS}'}}",
    "[{PYTS}: ERROR/ForkPoolWorker-5] Task fax.send[{REQID}] raised: FaxBusy('{FAX}')",
    "[{PYTS}: WARNING/MainProcess] Task statements.mail[{REQID}] retry in 60s (guarantor={ACCOUNT}, addr='{STREETLINE}', city='{CITY}')",
    'sidekiq jid={REQID} class=EligibilityWorker args=["{PLAN}", "{HLDATE}"] elapsed=1.2 status=done',
    'rabbitmq publish exchange=adt routing_key=A03 payload={{"mrn":"{MRN}","disch":"{HLTS}","pt":"{LNUP}^{FNUP}"}}',
    'kafka topic=portal.messages key={MRN} value={{"from":"{USER}","subject":"refill","sent":"{TS}"}}',
    'worker=ocr job={REQID} file=/in/fax/{HLDATE}/{LNLOW}_{FNLOW}.tif ocr_name="{NAMEUP}" ocr_dob={BUS} matched={MRN}',
    'queue=roi-out depth=12 next={OTHER} recipient="{NAME}" fax={FAX}',
    # Audit trails.
    "AUDIT {TS} user={USER} role=RN action=VIEW patient={MRN} reason=treatment ws=7W-WS03 ip={IP}",
    'AUDIT {TS} user={USER} action=PRINT doc="AVS - {NAME}" printer=ONC-CLINIC-2',
    'AUDIT {TS} user={USER} action=BREAK_GLASS patient="{LASTFIRST}" dob={BUS} justification="ED transfer"',
    "AUDIT {TS} user={USER} action=EXPORT rows=48 dest={EMAIL} approved_by={USER}",
    "{TS} | {USER} | chart_access | {LASTFIRST} | {MRN} | VIP=Y | flagged",
    'audit.trail id={OTHER} who="{NAME}" what="changed DOB {DATE} -> {DATE}" when={TS}',
    "access.review: {USER} opened record of {NAME} (employee relative) on {ISODATE} from {IP}",
    'ad.account created sAMAccountName={USER} displayName="{LASTFIRST}" mail={EMAIL} telephoneNumber={PHONE}',
    "{SYSDATE} {CLOCK} {HOST} sshd[{PIDN}]: Failed password for {USER} from {IP} port 50212 ssh2",
    "{SYSDATE} {CLOCK} {HOST} sudo: {USER} : TTY=pts/1 ; COMMAND=/usr/bin/psql -c select * from patient where mrn='{MRN}'",
    # EDI X12.
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}*{UNIT}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{B8}*F~",
    "HL*3*2*23*0~PAT*19~NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{B8}*M~",
    "CLM*{ACCOUNT}*1840***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*EA*{MRN}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207RH0003X~",
    "INS*Y*18*021*28*A***FT~REF*0F*{SSN}~NM1*IL*1*{LNUP}*{FNUP}****34*{SSN}~PER*IP**HP*{PHONEDIGITS}~",
    "EB*1*IND*30**HMO GOLD~DTP*291*D8*{HLDATE}~MSG*MEMBER {LNUP} {FNUP} ACTIVE~",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{MBI}~DMG*D8*{B8}~DTP*307*RD8*{HLDATE}-{HLDATE}~",
    "CLP*{ACCOUNT}*1*1840*612.40*50*MC*{OTHER}*11~NM1*QC*1*{LNUP}*{FNUP}****MI*{MEDICAID}~",
    "TRN*1*{OTHER}~DTM*405*{HLDATE}~N1*PE*{LNUP} FAMILY PRACTICE*XX*{NPI}~",
    # Pharmacy and e-prescribing.
    "<Patient><HumanPatient><Name><LastName>{SURNAME}</LastName><FirstName>{FIRST}</FirstName></Name><DateOfBirth><Date>{BISO}</Date></DateOfBirth></HumanPatient></Patient>",
    "<Prescriber><NonVeterinarian><Identification><NPI>{NPI}</NPI><DEANumber>{DEA}</DEANumber></Identification><Name><LastName>{SURNAME}</LastName></Name></NonVeterinarian></Prescriber>",
    "<Address><AddressLine1>{STREETLINE}</AddressLine1><City>{CITY}</City><StateProvince>{STATE}</StateProvince><PostalCode>{ZIP}</PostalCode></Address>",
    'surescripts NewRx msg={REQID} pt="{LASTFIRST}" dob={B8} drug=apixaban 5mg to_ncpdp=4411902 status=Accepted',
    "ncpdp.claim AM01 CA={FNUP} CB={LNUP} C4={B8} C2={PLAN} D2={OTHER} resp=R 75 (prior auth)",
    'pdmp.query pt="{NAMEUP}" dob={BUS} dl={LICENSE} prescriber_dea={DEA} results=3',
    'rx.pickup rx={OTHER} pt="{NAME}" picked_up_by="{NAME}" id={LICENSE} at={TS} store=0417-{CITY}',
    'ivr.refill phone={E164} rx={OTHER} dob_entered={BUS} result=matched pt="{LASTFIRST}"',
    "pharmacy.label rx={OTHER} pt={NAMEUP} addr={STREETUP} filled={USDATE} dr={LNUP}",
    'specialty.pharmacy.intake pt="{NAME}" mrn={MRN} drug=imatinib copay_card={PLAN} ship_to="{STREET}, {CITY} {ZIP}"',
    # Call-centre CTI.
    'cti.call.offered ani={E164} dnis=4410 queue=SCHED-ES caller="{NAMEUP}" ivr_dob={BUS} agent={USER}',
    'cti.call.answered call_id={REQID} agent={USER} ani={PHONE} caller="{NAME}" pt_mrn={MRN} wait=00:04:12',
    'cti.wrapup call_id={REQID} agent={USER} disposition=rescheduled note="pt {GIVEN} moved to {CDATE}, callback {PHONE}"',
    'cti.callback.scheduled number={INTLPHONE} name="{NAME}" lang=vie window={TS}',
    'cti.transfer from={USER} to=nurse-line ani={PHONE} reason="mom {AGE} fell" mrn={MRN}',
    # E-mail and fax gateways.
    "postfix/smtp[{PIDN}]: 3C1F2A: to=<{EMAIL}>, relay=mx.{HOST}.net[{IP}]:25, delay=0.8, status=sent (250 OK)",
    'From: "{NAME}" <{EMAIL}>\nTo: HIM Release of Information\nSubject: records for {NAME} DOB {BUS}\nDate: Tue, {HTTPDATE} -0600',
    "Return-Path: <{EMAIL}>\nReceived: from [{IP}] by mx1.main.example\nSubject: RE: statement {ACCOUNT}",
    "Subject: Lab results for {LASTFIRST} (MRN {MRN})\nTo: {EMAIL}\nX-Portal-User: {USER}",
    'faxgw SEND job={OTHER} to={FAX} pages=6 cover="Attn {NAME}" result=OK duration=00:01:52',
    'faxgw RECV from_csid="{FAX}" pages=3 ocr_pt="{NAMEUP}" ocr_dob={BUS} routed=HIM',
    "faxgw FAIL job={OTHER} to={FAX} reason=NO_CARRIER retry=3/5 requested_by={USER}",
    'efax.inbound ani={FAX} pages=12 barcode={MRN} ocr_name="{NAMEUP}" doc=outside_records',
    # SMS gateway.
    'sms.inbound from={E164} body="this is {GIVEN} {SURNAME} i need to cancel" matched_mrn={MRN}',
    'sms.outbound to={E164} tpl=es_appt_reminder vars={{"nombre":"{GIVEN}","fecha":"{ESDATE}"}} status=delivered',
    'sms.optout number={PHONE} keyword=STOP pt="{LASTFIRST}"',
    'twilio.webhook From={E164} Body="{NAME} dob {DOB} need refill" sid=SM{REQID}',
    # Imaging, devices and telehealth.
    "DICOM (0010,0010) PatientName={LNUP}^{FNUP} (0010,0030) PatientBirthDate={B8} (0010,1010) PatientAge={AGEN}Y",
    "DICOM (0008,0020) StudyDate={HLDATE} (0010,0020) PatientID={MRN} (0008,0090) ReferringPhysicianName={LNUP}^{FNUP}",
    "pacs.route study={OTHER} pt={LNUP}^{FNUP} to=OUTSIDE-{CITYUP} by={USER}",
    'tele.session room={REQID} pt="{NAME}" joined_from={IP} at={TS} interpreter="{GIVEN}"',
    'mdm.enroll imei={IMEI} owner="{NAME}" email={EMAIL} model=iPad-10',
    'icd.remote transmission serial={DEVICE} pt="{LASTFIRST}" received={TS} events=0',
    "pump.upload serial={DEVICE} pt_mrn={MRN} last_bolus={TS} user={USER}",
    # Billing and revenue cycle.
    'pay.posted acct={ACCOUNT} guarantor="{NAME}" amount=75.00 method=card last4=4412 at={TS}',
    'statement.returned acct={ACCOUNT} guarantor="{LASTFIRST}" addr="{RURAL}" reason=undeliverable',
    'statement.returned acct={ACCOUNT} addr="{POBOX}, {CITY} {STATE} {ZIP}" reason=moved',
    "collections.placed acct={ACCOUNT} guarantor_ssn={SSN} balance=2114.90 agency=7",
    "claim.denied claim={OTHER} member={PLAN} carc=CO-197 pt={LASTFIRST} rendering={LNUP}",
    'charity.app id={OTHER} applicant="{NAME}" household=5 income=31200 ssn={SSN} status=approved',
    'estimate.request pt="{NAME}" dob={BUS} cpt=70553 plan={PLAN} email={EMAIL}',
    # Miscellaneous integration errors.
    'interface.adt ERROR PID-11 "{STREET}" "{CITY}" failed CASS; msg {OTHER} held',
    'empi.link score=0.93 a="{NAMEUP}|{B8}|{ZIP}" b="{NAMEUP}|{B8}|{ZIP}" decision=review',
    "hie.query no match for {NAMEUP} dob={B8} zip={ZIP}",
    'address.standardize in="{STREET}" out="{STREETUP}" zip4={ZIPNINE}',
    'ERROR referral.outbound missing fax for "{DOC}" (npi {NPI}) referral {OTHER}',
    'WARN intake dob in future: "{DATE}" for {NAME}',
    "INFO registration: {NAME} age {AGEN} flagged for age-based de-identification",
    'nlp.extract age_text="{AGE} years old" -> bucket=90+',
    'sso.saml assertion NameID={EMAIL} displayName="{NAME}" at={TS}',
    'ldap.bind uid={USER} cn="{NAME}" mail={EMAIL} ok',
    "S3 PutObject s3://scans-prod/intake/{HLDATE}/{LNLOW}_{FNLOW}_dl.jpg by {USER}",
    'esign.envelope sent to {EMAIL} signer="{NAME}" subject="Consent {LONGDATE}"',
    "crm.note by {USER}: caller {NAME} says the gofundme {URL} has her scans",
    'elasticsearch index=patients id={PTUUID} doc={{"full_name":"{NAME}","city":"{CITY}","zip":"{ZIP}"}}',
    'pdf.render tpl=school_note_v2 pt="{NAME}" school_fax={FAX} ok',
    'birthday.cards picked {NAME} (turns {AGEN} on {MD}) mail_to="{STREET}, {CITY} {ZIP}"',
    'deceased.flag mrn={MRN} name="{LASTFIRST}" dod={ISODATE} source=ssdi by={USER}',
]

NOTES = [
    # Headers, HPI and assessment and plan.
    "Patient: {NAME}   DOB: {DOB}   MRN: {MRN}   Visit: {USDATE}",
    "{LNUP}, {FNUP} {MIDUP}   MRN {MRN}   DOB {BUS}   Age {AGEN}   Attending: {DOC}, MD",
    "HPI: {NAME} is a {AGE} y/o woman with HFrEF (EF 25%) who presents from home with 3 days of orthopnea. Daughter {GIVEN} reports weight up 6 lb since {MD}.",
    "HPI: Mr. {SURNAME} is a 61 y/o man s/p deceased-donor kidney transplant on {LONGDATE} who reports low urine output since {MD}.",
    "HPI: Ms. {SURNAME} is a 34 y/o G2P1 at 29w3d by LMP {USDATE} c/o headache and visual spots since this morning.",
    "HPI: Pt is a 7 y/o boy brought in by his mother {NAME} for ear pain since {MD}; sibling {GIVEN} had similar sx last week.",
    "HPI: {GIVEN} is a 19 y/o college student from {CITY} seen for palpitations; reports 4 energy drinks per day.",
    "HPI: {AGEN} yo F from {CITY} SNF with fever and confusion; nursing home contact {NAME} ({PHONE}).",
    "Chief complaint: 'my hip gave out.' {NAME}, {AGE}, lives alone on {STREETNAME}; neighbor {GIVEN} found her on the floor.",
    "A/P: 1. CHF exacerbation - diurese, daily wts. 2. Dispo - d/w son {NAME} ({PHONE}), prefers SNF near {CITY}.",
    "Assessment and plan discussed with Dr. {SURNAME} (nephrology), who will see the pt tomorrow.",
    "Plan: repeat CT chest {MONYEAR}; f/u with {DOC}, NP in oncology clinic on {LONGDATE}.",
    "Pt seen and examined with resident Dr. {SURNAME}; I agree with the findings and plan as documented. -- {DOC}, MD {TS}",
    "S/p lap chole {USDATE} by Dr. {SURNAME}; doing well, tolerating diet.",
    "Dx'd with DLBCL {MONYEAR}; R-CHOP x6 completed {USDATE}; PET {MONYEAR} with complete response.",
    "Pt reports she was born {BLONG} in {CITY} and moved here in 1998; now {AGE}.",
    "Pt states DOB {DATE}; chart lists {DATE}; registration notified, MRN {MRN}.",
    "Collateral from niece {NAME} ({PHONE}): pt has been more forgetful since {MD}.",
    "Wife {WNAME} at bedside and updated; she asks that the team call her cell {PHONE}.",
    "Pt's daughter-in-law {GIVEN} translates (Vietnamese); pt declines a professional interpreter.",
    "Interpreter {NAME} (Somali, ID {OTHER}) used for entire visit.",
    "Interpreter {GIVEN}, Haitian Creole, via video, vendor ID {OTHER}.",
    "Visit conducted in Spanish by Dr. {SURNAME}, certified bilingual provider.",
    "Pt's grandson {GIVEN} ({NICK}) drives her to dialysis MWF.",
    "Pt prefers to be called {NICK}; legal name {NAME}.",
    "Pt {INITS} presented on the {DAYTH} with chest pain; trop negative x2.",
    "Seen by {WNAME}, LCSW on {USDATE} re: housing; pt now staying with cousin at {STREET}, {CITY}.",
    "F/u with Dr. {WLAST} (neuro) on {LONGDATE} re: seizure med titration.",
    "Pt's PCP is Dr. {NAME} at {CITY} Family Health (fax {FAX}); records requested.",
    "Called pt at {PHONE}, no answer; VM left. Also sent portal message to {USER}.",
    "Pt's e-mail updated to {EMAIL} at pt request; old address {EMAIL} bounced.",
    # Consults and referral letters.
    "Dear Dr. {SURNAME},\nThank you for referring {NAME} (DOB {BUS}), whom I saw in the cardiology clinic on {LONGDATE} for exertional chest pressure.",
    "Dear Dr. {NAME},\nI had the pleasure of seeing your patient {GIVEN} {SURNAME} in the movement disorders clinic today.",
    "Consult requested by Dr. {SURNAME} (hospitalist) for new atrial fibrillation; pt {NAME}, {AGE}, seen {USDATE}.",
    "Transplant hepatology consult. Referring: {DOC}, MD, {CITY} Gastroenterology, ph {PHONE}, fax {FAX}.",
    "Reason for referral: second opinion, thyroid nodule. Referring provider {DOC}, NPI {NPI}.",
    "REFERRAL\nTo: Orthopaedic Surgery, Dr. {SURNAME}\nPatient: {LASTFIRST}   DOB: {DOB}   Phone: {PHONE}\nInsurance: member {PLAN}\nReason: L knee OA, failed injections",
    "Referral to the FQHC behavioral health team; pt ok with a call at {PHONE} after 4 pm. Case manager: {NAME}.",
    "cc: {DOC}, MD; {DOC}, NP; PCP Dr. {SURNAME}, {CITY} Internal Medicine",
    "cc: pt's daughter {NAME}, {STREET}, {CITY}, {STATE} {ZIP}",
    "Sincerely,\n{DOC}, MD\nDivision of Cardiology\nPh {PHONE} | Fax {FAX}",
    "Electronically signed by {DOC}, MD on {TS}",
    "Electronically signed: {DOC}, DO {USDATE} {CLOCK}\nCosigned: {DOC}, MD {USDATE}",
    "Dictated by: {DOC}, MD  Dictated: {USDATE}  Transcribed: {USDATE} by {INITS}",
    "Attestation: I personally saw {NAME} with Dr. {SURNAME} (fellow) on {USDATE} and agree with the plan.",
    # Operative and procedure notes.
    "OPERATIVE NOTE\nPatient: {NAME}   MRN: {MRN}\nDate of surgery: {LONGDATE}\nSurgeon: {DOC}, MD\nAssistant: {DOC}, PA-C\nProcedure: robotic-assisted L partial nephrectomy",
    "Surgeon: Dr. {SURNAME}. Anesthesia: {DOC}, CRNA. Procedure date {USDATE}. EBL 150 mL.",
    "Implant: total knee, femoral component lot {DEVICE}, UDI {UDI}; implanted {USDATE} by Dr. {SURNAME}.",
    "Pacemaker implanted {USDATE}, generator S/N {DEVICE}, leads S/N {DEVICE}; remote monitoring via home unit {IMEI}.",
    "Port placed {USDATE} by IR (Dr. {SURNAME}); Powerport S/N {DEVICE}.",
    "Colonoscopy {USDATE}: 2 polyps removed; path to be called to pt at {PHONE}. Endoscopist {DOC}, MD.",
    "Cath lab {USDATE}: 80% mid-LAD, DES x1, by Dr. {SURNAME}; d/c on DAPT.",
    "Bone marrow biopsy {USDATE}, accession {OTHER}, performed by {DOC}, PA-C.",
    # Discharge summaries.
    "DISCHARGE SUMMARY\nPatient: {NAME}   MRN: {MRN}\nAdmitted: {USDATE}   Discharged: {USDATE}\nAttending: {DOC}, MD\nPCP: Dr. {SURNAME}",
    "Discharged to home at {STREET}, {CITY} {ZIP} with home health (agency ph {PHONE}); wife {GIVEN} will help with meds.",
    "Discharged to {CITY} Skilled Nursing on {LONGDATE}; report called to {NAME}, RN at {PHONE}.",
    "Follow-up: PCP Dr. {SURNAME} within 7 days; cardiology {LONGDATE} at 9:20; labs {MD}.",
    "Pt leaving AMA {TS}; risks discussed with pt and brother {NAME}.",
    "Hospital course: admitted {USDATE} via {CITY} ED; MICU under Dr. {SURNAME}; extubated {MD}.",
    "Pending at discharge: blood cultures; results will be followed by Dr. {SURNAME} and PCP {DOC}, NP.",
    "Transport home by medical van, vehicle {PLATE}, driver {NAME}, pickup 14:30.",
    # Nursing and therapy notes.
    "RN note {TS}: pt {GIVEN} resting, pain 3/10, husband {GIVEN} at bedside.",
    "RN: pt's son {NAME} called from {CITY} asking for update; verified with passcode; updated.",
    "RN: belongings list signed by pt and daughter {GIVEN}; hearing aid S/N {DEVICE} sent home with family.",
    "Fall risk: pt {AGEN} y/o, Morse 65; bed alarm on; son {GIVEN} staying overnight.",
    "PT eval {USDATE}: pt ambulated 150 ft with RW; lives in 2-story home at {STREETLINE} with 14 steps.",
    "OT: pt's wife {NAME} trained in shower transfers; DME ordered to {STREET}, {CITY}.",
    "SLP: bedside swallow {USDATE}, recommend mechanical soft; daughter {GIVEN} educated.",
    "Wound care RN {DOC} saw pt {USDATE}: sacral stage 3, 3 x 2 cm.",
    "Shift report given to {GIVEN}, RN at {CLOCK}.",
    "Charge RN {NAME} notified of pt's request to speak with chaplain.",
    "Pt's visitor list: husband {NAME}, sister {NAME}; NOT {NAME} (restraining order on file).",
    # Phone encounters.
    "Phone encounter {TS}: pt's mother {NAME} called re: fever 103 in {GIVEN}; advised ED.",
    "Telephone call from pt {NAME} ({PHONE}) re: refill of lisinopril; sent to pharmacy on {STREETNAME}.",
    "Returned call to {PHONE}; spoke with pt's wife {GIVEN} (on HIPAA form); lab results reviewed.",
    "Pt called the nurse line {TS} from {PHONE}: vomiting since {MD}, unable to keep down tacrolimus.",
    "Call from {CITY} Pharmacy ({PHONE}): rx {OTHER} needs prior auth; PA submitted, ref {OTHER}.",
    "Left message for pt with daughter {GIVEN} at {INTLPHONE} (pt traveling in Mexico until {MD}).",
    "Unable to reach pt at {PHONE} or {PHONE}; letter mailed to {STREET}, {CITY}, {STATE} {ZIP}.",
    "Call center note: caller {NAME} (self) verified DOB {DOB} and ZIP {ZIP}; appt moved to {MD}.",
    "Spoke with {NAME} from {CITY} Home Health ({PHONE}); SN visits 2x/wk starting {MD}.",
    # Pharmacy notes.
    "Pharmacy note: med rec with pt and daughter {NAME}; pt fills at the retail pharmacy on {STREETLINE}, {CITY}.",
    "Anticoagulation clinic: INR 3.4 on {USDATE}; warfarin held x1; pt {NAME} informed at {PHONE}.",
    "Specialty pharmacy: ibrutinib shipped {USDATE} to {STREET}, {CITY} {ZIP}; signature by {NAME}.",
    "Copay assistance enrollment for {NAME}: card {PLAN}, effective {USDATE}.",
    "Rx# {OTHER} for {NAMEUP}, {STREETUP}, {CITYUP} {STATE} {ZIP}. Apixaban 5 mg BID. Dr. {SURNAME}. Filled {USDATE}.",
    "Controlled substance agreement signed {USDATE}; PDMP reviewed; DL {LICENSE} on file.",
    "Prescriber: {DOC}, MD   NPI {NPI}   DEA {DEA}",
    # Social work and case management.
    "SW note: pt {NAME}, {AGE}, lives with daughter {NAME} at {STREET}, {CITY}; daughter works nights.",
    "SW: Medicaid application submitted {USDATE} (case {OTHER}); SSN {SSN} verified with pt.",
    "SW: pt and family arrived from the Democratic Republic of Congo {MONYEAR}; resettlement case worker {NAME} ({PHONE}).",
    "SW: refugee health screening for the {SURNAME} family (5 members) scheduled {MD}; Kinyarwanda interpreter {GIVEN}.",
    "SW: pt's HCPOA is her nephew {NAME}, {STREETLINE}, {CITY}, ph {PHONE}.",
    "SW: transportation benefit set up; ride line member # {PLAN}; pickup at {RURAL}.",
    "SW: pt reports a family member, {GIVEN}, has been taking her SSI check; APS report {OTHER} filed.",
    "CM: discharge plan reviewed with son {WNAME} and PCP office ({PHONE}); DME to {STREET}.",
    "CM: pt's guardian {NAME} (appointed {USDATE}) consents by phone to transfer to {CITY} rehab.",
    # Oncology treatment summaries.
    "ONCOLOGY TREATMENT SUMMARY\nPatient: {NAME}   DOB: {DOB}\nDiagnosis: IIA ER+/PR+/HER2- breast ca, dx {MONYEAR}\nSurgery: L lumpectomy {USDATE} (Dr. {SURNAME})\nRadiation: 40 Gy/15 fx completed {USDATE}",
    "Chemo C3D1 given {USDATE}; next cycle {MD}; pt's sister {GIVEN} drives her.",
    "Tumor board {USDATE}: case of {NAME} presented by Dr. {SURNAME}; consensus neoadjuvant therapy.",
    "Clinical trial screening: pt {INITS}, study ID {OTHER}, consented {USDATE} by {DOC}, RN.",
    "Survivorship visit with {NAME}; husband {GIVEN} present; next imaging {MONYEAR}.",
    "Hospice referral discussed with pt and daughters {GIVEN} and {GIVEN}; {CITY} Hospice ({PHONE}) to call.",
    # Prenatal and obstetric notes.
    "PRENATAL VISIT: {NAME}, G3P2, EDD {USDATE} by 8 wk US, FHR 148. FOB {NAME} present.",
    "LMP {DATE}; EDD {DATE}; dating US by {DOC}, RDMS.",
    "OB intake: pt from Honduras, arrived {MONYEAR}; partner {NAME}, ph {PHONE}; Medicaid {MEDICAID}.",
    "L&D: delivered viable female {TS} (Apgars 8/9); baby girl {GIVEN}; pediatrician Dr. {SURNAME}.",
    "Newborn: baby boy {SURNAME}, born {USDATE}, MRN {MRN}, mother {NAME} (MRN {MRN}).",
    "Postpartum: pt declines visitors except mother {NAME} and doula {GIVEN}.",
    "Genetic counseling: maternal aunt {NAME} dx ovarian ca at 44; paternal grandfather {GIVEN} dx colon ca at 70.",
    # Radiology and pathology reports.
    "EXAM: CT abdomen/pelvis with contrast\nDATE: {USDATE}\nPATIENT: {LASTFIRST}   MRN: {MRN}\nCOMPARISON: {DMON}\nREADING RADIOLOGIST: {DOC}, MD",
    "MRI brain {USDATE}: no acute infarct. Results called to Dr. {SURNAME} at {CLOCK}.",
    "Mammogram {USDATE}: BI-RADS 4; pt {NAME} notified by phone {PHONE}; biopsy scheduled {MD}.",
    "SURGICAL PATHOLOGY\nAccession: {OTHER}\nPatient: {NAMEUP}   DOB: {BDMON}\nCollected: {USDATE}   Received: {USDATE}\nPathologist: {DOC}, MD",
    "Addendum {USDATE}: HER2 FISH negative. -- {DOC}, MD",
    "Outside films from {CITY} Imaging (ph {PHONE}) reviewed; study date {DMON}.",
    # Letters to employers and schools.
    "To whom it may concern:\n{NAME} was seen in our clinic on {LONGDATE} and may return to work on {LONGDATE} without restrictions.",
    "Dear {NAME},\nPlease excuse {GIVEN} {SURNAME} from school {USDATE} through {USDATE} due to illness.",
    "Work note: {NAME} is under my care for a back injury and should not lift more than 10 lb until {LONGDATE}. -- {DOC}, PA-C",
    "School medication form: student {NAME}, DOB {DOB}; parent/guardian {NAME}, ph {PHONE}; school fax {FAX}.",
    "FMLA certification for {NAME} (employee ID {OTHER}); employer contact {NAME}, {EMAIL}.",
    "Jury duty excuse: {NAME}, juror # {OTHER}, is {AGE} years old and has advanced dementia.",
    "Letter to landlord: my patient {NAME}, who resides at {STREET} {UNIT}, requires an emotional support animal.",
    "Disability determination request, case {OTHER}; pt {NAME}; SSN {SSN}; records sent to fax {FAX}.",
    "Dear {NAME},\nYour recent test results were normal. Please call {PHONE} with questions.\n{DOC}, MD",
    # Family and social history.
    "FH: mother {GIVEN} d. 58 MI; father {GIVEN} alive, 81, T2DM; brother {GIVEN} dx colon ca at 49.",
    "FH: maternal grandmother {NAME} had breast ca in her 40s; BRCA testing recommended.",
    "SH: lives with wife {GIVEN} and two kids in {CITY}; works as a bus driver for the transit authority, CDL {LICENSE}.",
    "SH: retired machinist, widowed, lives alone at {STREETLINE}, {CITY}; daughter {NAME} checks daily.",
    "SH: came from Guatemala in {MONYEAR}; speaks K'iche' and some Spanish; cousin {GIVEN} interprets.",
    "SH: married to {NAME} (also a patient here, MRN {MRN}).",
    "SH: smokes 1 ppd since age 15; lives with partner {WNAME}; drives a truck, plate {PLATE}.",
    "SH: pt is {AGEN}, outlived two husbands; son {GIVEN} in {CITY}, daughter {GIVEN} nearby.",
    "Emergency contact: {NAME} (son)   Phone: {PHONE}   Alt: {INTLPHONE}",
    "Emergency contact: {LASTFIRST}, relationship: friend, ph {PHONE}",
    # Forms and face sheets.
    "FACE SHEET   Adm: {USDATE} {CLOCK}\n{LNUP}, {FNUP} {MIDUP}   Age: {AGEN}   MRN: {MRN}   Acct: {ACCOUNT}\nAddr: {STREETUP} {UNIT}, {CITYUP}, {STATE} {ZIPNINE}\nNOK: {NAMEUP} (dau) {PHONE}",
    "Last name: {SURNAME}   First: {FIRST}   MI: {MIDDLE}\nDOB: {DOB}   SSN: {SSN}\nPrimary ins: {PLAN}   Secondary: {MEDICAID}",
    "Guarantor: {LASTFIRST}   Acct #: {ACCOUNT}\nBilling address: {POBOX}, {CITY}, {STATE} {ZIP}",
    "MEMBER: {NAMEUP}\nMEMBER ID: {PLAN}\nGROUP: 88310   RxBIN 610097\nEFFECTIVE {USDATE}",
    "MEDICARE HEALTH INSURANCE\n{NAMEUP}\nMedicare Number {MBI}\nHOSPITAL (PART A) {USDATE}\nMEDICAL (PART B) {USDATE}",
    "ID verified: TX DL {LICENSE}, exp {USDATE}; name {NAMEUP}; address {STREETUP}, {CITYUP}.",
    "{LNUP},{FNUP}   {DMON}   {MRN}   Coll {USDATE} {CLOCK}",
    "Wristband: {LASTFIRST}  DOB {BUS}  MRN {MRN}  ALLERGY: PCN",
    "Patient label: {NAMEUP} | {MRN} | {USDATE} | Dr. {LNUP}",
    "Authorization to release records of {NAME} (DOB {DOB}, MRN {MRN}) to {NAME}, Esq., {STREET}, {CITY}, {STATE} {ZIP}, fax {FAX}.",
    "I, {NAME}, consent to treatment of my son {NAME}, born {BLONG}.\nSignature: __________   Date: {USDATE}",
    "POLST signed {USDATE} by pt {NAME} and witness {NAME}; copy to {CITY} EMS.",
    "Advance directive on file; HCPOA {NAME}, ph {PHONE}, e-mail {EMAIL}.",
    "Pt portal proxy granted to daughter {NAME} (user {USER}) on {USDATE}.",
    # ED, urgent care and trauma notes.
    "ED triage {TS}: {AGEN} y/o M c/o chest pain, BIBA from {STREET}; wife {GIVEN} en route.",
    "Urgent care ({CITY}) {USDATE}: 5 y/o with otitis media; mother {NAME} given amoxicillin instructions.",
    "Trauma: MVC, restrained driver; pt's vehicle VIN {VIN}, plate {PLATE}; police report # {OTHER}.",
    "EMS run sheet: pickup at {STREETLINE}, {CITY}; pt {NAME}, {AGE} y/o, found by neighbor {GIVEN}.",
    "Pt's belongings (wallet, phone IMEI {IMEI}) given to husband {NAME}, ID checked (DL {LICENSE}).",
    "Unidentified pt ('Trauma Zebra') later identified as {NAME}, DOB {DOB}, by sister {NAME}.",
    "Poison control (case {OTHER}) consulted at {CLOCK} re: pt {GIVEN}, 2 y/o, ingestion of grandmother's pills.",
    # Telehealth and portal documentation.
    "Telehealth visit {USDATE}; pt at home in {CITY}; connected from IP {IP}; verbal consent obtained.",
    "Portal message from pt (user {USER}) {TS}: requests letter for employer.",
    "E-visit: photos of rash at {URL} reviewed; rx sent.",
    "Pt keeps a blood pressure log on {URL}; reviewed readings since {MD}.",
    "Family posts updates at {URL}; staff reminded not to comment.",
    "RPM: cuff S/N {DEVICE} transmitted 28 readings since {MD}; avg 142/88.",
    "CGM (transmitter {DEVICE}) download {USDATE}: TIR 64%.",
    # Miscellaneous.
    "Pt transferred from {CITY} Memorial {TS}; accepting physician Dr. {SURNAME}.",
    "Pt's MRN {MRN} merged into {MRN} on {USDATE} (duplicate created at {CITY} urgent care).",
    "Chart review: {NAME} no-showed {USDATE} and {USDATE}; outreach letter sent by {GIVEN} (CHW).",
    "Acct {ACCOUNT} sent to financial counseling per pt's son {NAME}.",
    "Charity care approved {USDATE}; household of 6; pt {NAME}; acct {ACCOUNT}.",
    "Pt traveling to {CITY} with her son {GIVEN} from {MD}; 30-day supply given.",
    "Lost to follow-up since {MONYEAR}; last known address {RURAL}, {CITY}.",
    "Deceased {LONGDATE}; death certificate signed by {DOC}, MD; family ({NAME}) notified.",
    "Vaccines: Tdap {USDATE}; RSV and influenza given today by {GIVEN}, RN; VIS given to daughter {NAME}.",
    "Pt's wife {NAME}, {AGE}, is also our pt; both seen today.",
    "Pt {WNAME} is {AGE}, sharp, lives alone on {STREETNAME}.",
    "Dr. {WLAST} and Dr. {SURNAME} discussed case {USDATE}; plan CT.",
    "Tx plan reviewed with pt and son {WFIRST} {WLAST} on {DATE}.",
    "Mrs. {SURNAME}, {AGEN} F, POD#2 s/p hip ORIF; husband {GIVEN} updated by phone.",
    "Pt {FNUP} {LNUP}, {AGEN}, widow, retired seamstress from {CITY}.",
    "S: 'my son {GIVEN} says im forgetting things since {MONYEAR}'.",
    "Pt says 'call my cousin {NAME} at {PHONE} if anything happens'.",
    "Home visit {USDATE}: {RURAL}, {CITY}; gravel drive, dog on property.",
    "Nephew {NICK} ({PHONE}) brings pt to appointments.",
    "Pt lost DL {LICENSE}; passport copy on file.",
    "Pt drives for a rideshare company; vehicle plate {PLATE}; counseled re: driving after sedation.",
    "Security: pt's car (plate {PLATE}) towed from the ED lot; keys with husband {NAME}.",
    "Pt shared a video of the episode ({URL}); consistent with focal seizure.",
    "SSN {SSN} confirmed with pt {NAME} for the disability paperwork.",
    "HIM: amendment request from {NAME} (DOB {DOB}) received {USDATE}, tracking {OTHER}.",
    "Peer review (case {OTHER}): care of {INITS} on {USDATE} reviewed; no deviation.",
    "Occupational health: employee {NAME}, badge {OTHER}, needlestick {TS}; source pt MRN {MRN}.",
    "Pediatric visit: {GIVEN}, 14 mo, here with dad {NAME}; shots per schedule; next visit {MD}.",
    "Adolescent visit: {GIVEN} seen alone per policy; confidential phone {PHONE}.",
    "Neurology: EEG {USDATE} abnormal; pt not to drive; mother {NAME} informed.",
    "Transplant: donor evaluation for {NAME} (living donor for brother {NAME}) started {USDATE}.",
    "Cardiac rehab: pt {NAME} completed 36 sessions {USDATE}; wife {GIVEN} attended education.",
    "Orthopaedics: cast placed {USDATE}; return {MD}; mother {NAME} understands cast care.",
    "Ophthalmology: pt {NAME}, {AGEN}, legally blind OU; daughter {GIVEN} manages drops.",
]

# Lines with no identifier at all, full of what looks like one: request, trace and job ids,
# hashes, versions, timings, counts, vitals, doses, tapers, labs, scores, codes (ICD-10, CPT,
# LOINC, NDC, HCPCS, SNOMED, CVX), eponyms and diseases named after places, drug and device model
# names, ages under 90, weekdays, months and years alone, durations, and the ordinary words this
# split also uses as names (stent, brace, sample, stroke, graft, carrier, crutch, remedy, ...).
_PHI_FREE_LOG = [
    "GET /healthz 200 1ms",
    'INFO django.request "GET /static/js/portal.3be1f0.js HTTP/1.1" 304 0',
    "level=info svc=portal-api evt=startup version=4.18.2 commit=9f3c1e7 workers=8",
    'ts=startup level=info svc=scheduling msg="loaded 412 provider templates" ms=812',
    "request_id=3f7a9c0e2b1d4e6f8a5b7c9d1e3f5a7b status=200 latency_ms=84 route=/api/v2/slots",
    "trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 sampled=1 service=fhir-gw",
    "x-request-id: 6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
    "sha256:7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730",
    "commit 3e8b1a4c9d2f0e7b6a5c4d3e2f1a0b9c8d7e6f5a (HEAD -> release/4.18)",
    "job=nightly-eligibility run=1184 status=ok duration=14m02s rows=22914",
    "cron 15 3 * * * statements.generate -> ok (9m 41s)",
    "[INFO/MainProcess] celery@worker-3 ready.",
    "Task reminders.send_batch[5e2c9a71-3b8d-4f60-9e1a-7c4d2b8f0a36] succeeded in 0.38s: None",
    "kafka consumer group adt-sink lag=0 partitions=24",
    "MSH|^~\\&|LAB|MAIN|EHR|MAIN|||ACK^R01|MSG20417|P|2.5.1",
    "MSA|AA|MSG20417",
    "OBX|1|NM|2160-0^Creatinine^LN||1.31|mg/dL|0.60-1.10|H|||F",
    "OBX|2|NM|718-7^Hemoglobin^LN||9.8|g/dL|12.0-15.5|L|||F",
    "OBX|3|NM|4548-4^Hemoglobin A1c^LN||8.4|%|4.0-5.6|H|||F",
    "OBR|1|||80053^Comprehensive metabolic panel^CPT",
    "RXE|1^BID^HL70335|00078-0659-15^sacubitril-valsartan 49-51 mg^NDC|1||tab",
    "RXA|0|1|||208^COVID-19 mRNA^CVX|0.3|mL",
    "DG1|1||C50.412^Malignant neoplasm of upper-outer quadrant of left female breast^I10",
    "AL1|1|DA|7980^Penicillin G^RXNORM|SV|anaphylaxis",
    "SV1*HC:99215*210*UN*1***1~",
    "HI*ABK:I5022*ABF:N184~",
    "SE*38*0001~GE*1*1~IEA*1*000000412~",
    '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Patient.gender: unknown code"}]}',
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":88,"unit":"/min"}}',
    '{"resourceType":"Bundle","type":"searchset","total":0}',
    '{"level":"info","msg":"request completed","method":"GET","path":"/api/v2/slots","status":200,"duration_ms":41}',
    '{"event":"cache.miss","key":"formulary:rxcui:1364430","ttl":3600}',
    '{"event":"sample.received","specimen":"serum","tube":"gold","hemolysis":"none","count":14}',
    '{"event":"stent.inventory","model":"Onyx Frontier 3.0x18","on_hand":6,"reorder_at":4}',
    '{"event":"stroke.alert.drill","unit":"ED","door_to_ct_min":19,"result":"pass"}',
    "audit action=LOGIN_FAILED count=412 window=24h policy=lockout",
    "audit: 0 break-glass events in the last 24h",
    "access.review: 17 flagged accesses closed, 0 escalated",
    "postfix/qmgr[2211]: 8A1C2F: removed",
    "faxgw: modem ttyS2 ready, class 2.0, 14400 bps",
    "faxgw: queue fax-out depth=9 oldest=71s",
    "sms.status sid=SM8a7b6c5d status=delivered segments=2 price=-0.0083",
    "sms.keyword STOP processed, template=appt_reminder_es_v3",
    "cti.queue SCHED-ES calls_waiting=7 longest_wait=00:06:12 agents_ready=3",
    "cti.agent state=READY skill=billing-vi",
    "ivr.menu option=3 (pharmacy refills) selected 412 times today",
    "eligibility batch 270: 1204 sent, 1177 active, 21 inactive, 6 errors",
    "ERA 835 posted: 93 payments, 1 reversal, 0 unmatched",
    "claim.batch 837I: 288 claims, total 512904.10, rejected 3 (CARC 16)",
    "rxnorm sync: 1311 concepts updated, 14 retired",
    "icd10 load FY2026: 74719 codes, 0 errors",
    "ndc refresh: 0006-0277-31 and 0173-0882-10 repackaged",
    "loinc import 2.79: 104871 terms",
    "cpt fee schedule: 99202-99215 updated, conversion factor 32.35",
    "snomed 230690007 mapped to I63.9 (stroke) confidence 0.97",
    "model=triage-v5 tokens_in=744 tokens_out=88 latency_ms=1120",
    "ocr.job pages=6 confidence=0.91 engine=tesseract-5.4",
    "pdf.render template=avs_es_v9 pages=4 took=188ms",
    "lis.qc lot=QC2231 level=2 glucose 247 mg/dL within 2 SD",
    "lis.autoverify passed 1180 of 1244 results (94.9%)",
    "pump.alarm code=OCCL-2 occlusion cleared after 31 s",
    "cgm.upload readings=288 gaps=0 sensor_day=7",
    "ble.scan found 9 devices, 3 paired, rssi -44..-88",
    "rpm.batch device_type=bp_cuff readings=812 out_of_range=37",
    "GET /api/v1/formulary?q=apixaban&strength=5mg 200 12ms",
    "GET /api/v1/providers?specialty=transplant&accepting=true 200 31ms",
    'POST /api/v1/vitals 201 {"bp":"138/86","hr":92,"spo2":95}',
    "PUT /api/v1/appointments/slot/8821 409 conflict",
    "HTTP/1.1 429 Too Many Requests Retry-After: 30",
    "User-Agent: Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 Chrome/124.0.0.0 Mobile",
    "tls: certificate for fhir-gw.internal expires in 18 days",
    "LOG:  checkpoint complete: wrote 2214 buffers (13.5%)",
    "ERROR:  canceling statement due to statement timeout",
    'ERROR:  duplicate key value violates unique constraint "cpt_code_key"\nDETAIL:  Key (code)=(99214) already exists.',
    'Traceback (most recent call last):\n  File "/srv/billing/tasks.py", line 77, in post\nConnectionResetError: [Errno 104] Connection reset by peer',
    "java.net.SocketTimeoutException: Read timed out\n\tat org.ehr.lab.Client.poll(Client.java:88)",
    "deploy: release 4.18.2 (build 9912) to prod, migrations 0141-0143 applied",
    "python 3.12.3, Django 5.0.6, celery 5.4.0, psycopg 3.1.19",
    "feature_flags: es_reminders=on vi_reminders=on kar_reminders=off rollout=0.5",
    "healthcheck ok db=2ms redis=1ms s3=38ms hl7=11ms",
]
_PHI_FREE_NOTE = [
    "BP 152/94, HR 104, RR 22, T 38.4 C, SpO2 91% on RA -> 96% on 2 L NC",
    "Wt 88.2 kg (up 2.9 kg), Ht 170 cm, BMI 30.5",
    "Na 131, K 5.6, Cl 99, CO2 19, BUN 48, Cr 2.3 (baseline 1.4), glucose 212",
    "WBC 14.2, Hgb 8.1, Plt 96, ANC 11.8, lactate 2.9",
    "Tacrolimus trough 11.8 ng/mL on 3 mg BID; goal 8-10; decrease to 2.5 mg BID",
    "INR 3.4 on warfarin 5 mg daily; hold 1 dose, then 5 mg except 2.5 mg Mon/Fri",
    "Prednisone taper: 40 mg x 3 d, 30 mg x 3 d, 20 mg x 3 d, 10 mg x 3 d, then stop",
    "Methotrexate 15 mg weekly on Saturdays with folic acid 1 mg daily",
    "R-CHOP cycle 4 of 6, day 1; pegfilgrastim day 2",
    "Bishop score 8, cervix 3/70/-1",
    "GCS 14 (E4V4M6), pupils 3 mm and reactive",
    "NIHSS 9; last known well 2 h 40 min prior; tPA not given (on apixaban)",
    "Suspected stroke; CTA head and neck ordered",
    "ECOG 1, Karnofsky 80",
    "Gleason 4+3=7, grade group 3, PSA 9.6",
    "Child-Pugh B, MELD-Na 19",
    "CHA2DS2-VASc 4, HAS-BLED 2",
    "Wells score 6 (PE likely); D-dimer not sent",
    "PHQ-9 17, GAD-7 12, C-SSRS negative",
    "Braden 14, Morse 55",
    "EF 30-35% on echo, LVIDd 6.2 cm, moderate MR",
    "FEV1 1.42 L (48% predicted), FEV1/FVC 0.59",
    "ICD-10 I50.23, N18.4, E11.22, Z94.0",
    "ICD-10 C83.30 DLBCL, Z51.11 chemo encounter",
    "CPT 33208, 93280; HCPCS C1785",
    "HCPCS J9355 trastuzumab 10 mg, J1442 filgrastim",
    "LOINC 2823-3 potassium, LOINC 33914-3 eGFR",
    "NDC 0006-0277-31, NDC 50090-5123-0",
    "SNOMED 44054006 type 2 diabetes mellitus",
    "Parkinson's disease, Hoehn and Yahr stage 2",
    "Hodgkin lymphoma stage IIA in remission since 2016",
    "Graves disease, s/p RAI 2019, now on levothyroxine 112 mcg",
    "Crohn's disease on ustekinumab every 8 weeks",
    "Bell's palsy, right, onset Tuesday; prednisone started",
    "Barrett's esophagus without dysplasia; EGD every 3 years",
    "Guillain-Barre syndrome, IVIG day 4 of 5",
    "Down syndrome with AV canal repair in infancy",
    "Philadelphia chromosome-positive ALL in remission",
    "Lyme disease, doxycycline 100 mg BID x 21 days",
    "Norwalk-like illness on the unit; contact precautions",
    "Rocky Mountain spotted fever considered; doxycycline empiric",
    "Colles fracture L wrist, closed reduction, sugar-tong splint",
    "Jones fracture R 5th metatarsal; boot and crutches",
    "Murphy's sign positive; RUQ US ordered",
    "Dix-Hallpike positive on the left; Epley maneuver performed",
    "Roux-en-Y gastric bypass 2015; B12 monthly",
    "Foley removed POD 1; voiding without difficulty",
    "Knee brace at all times when ambulating; crutches for 2 weeks",
    "Skin graft donor site healing well; graft take 95%",
    "Drug-eluting stent to mid-LAD; DAPT for 12 months",
    "Carrier screening negative for CF and SMA",
    "Sickle cell trait carrier; partner to be tested",
    "Neck stiff on exam; LP performed, opening pressure 28",
    "Ankle twist playing soccer; Ottawa rules negative",
    "Welts on trunk after amoxicillin; hives resolved with cetirizine",
    "Abdominal ache after meals for 6 weeks",
    "Brain MRI without contrast; no acute findings",
    "Urine sample obtained by straight cath",
    "Blood sample hemolyzed; redraw requested",
    "Oral thrush; nystatin swish and swallow",
    "Ate a large feast on the holiday; glucose 310 next morning",
    "Remedy tried at home: honey and lemon tea, with some relief",
    "Flu season precautions reviewed",
    "A 58-year-old woman with new AF",
    "Pt is 89 and lives with her son",
    "Symptoms since Sunday night, worse in the morning",
    "Recheck labs in March",
    "Return in 6 weeks; labs 1 week prior",
    "Dialysis Tuesday, Thursday and Saturday",
    "Medtronic Azure XT DR MRI SureScan; battery 9.1 years",
    "Dexcom G7 sensor every 10 days; Omnipod 5 pod every 3 days",
    "Freestyle Libre 3 Plus, readings every minute",
]
_PHI_FREE_CHAT = [
    "ok thank u, see u next week",
    "is the lab open on saturday mornings",
    "my sugar was 287 after dinner is that bad",
    "bp this morning 158/96 and i have a headache",
    "can i take tylenol with the blood thinner",
    "the inhaler is almost empty, need a refill pls",
    "how long do i have to wear the brace",
    "can i shower with the stent in",
    "they said the graft looks good!!",
    "do i need to bring a urine sample or do u do it there",
    "my neck is really stiff since yesterday",
    "i twisted my ankle getting off the bus",
    "is it normal to ache this much after chemo day 3",
    "my dad had a stroke in 2019, should i get checked",
    "the crutches are too short for me, can i swap them",
    "its flu season, do u have shots in stock",
    "any home remedy for the cough? honey?",
    "the pharmacy counter closes at 9 right",
    "what time does the fqhc open on sunday",
    "lost 12 lbs in 2 months without trying",
    "my baby is 9 months, when is the next shot",
    "im 63 and never had a colonoscopy lol",
    "my grandma is 88 and still gardens every day",
    "rash on both arms since monday",
    "temp 101.4 at 3am, gave motrin",
    "can i split the 25 mg pill in half",
    "the new pills make me tired in the afternoon",
    "do i have to fast before the cholesterol test",
    "is the covid shot the same as last year's",
    "sorry typo, i meant 10 mg not 100",
    "app says version 7.3 needs an update",
    "will bring all the pill bottles on thursday",
    "need a note for work for monday and tuesday",
    "parking garage is full again 🙄",
    "thank u for calling back so fast ❤️",
    "gracias por todo, nos vemos el martes",
    "tengo dolor de cabeza desde el lunes",
    "obrigada, até a próxima semana",
    "cảm ơn bác sĩ nhiều",
    "salamat po sa tulong",
    "mèsi anpil, n ap wè nou madi",
    "شكرا جزيلا",
    "the oral meds are easier than the shots",
    "we had a big feast for eid and now my sugar is high",
    "my fancy new glucometer wont turn on",
]
_PHI_FREE_FORM = [
    "Name: ____________________   DOB: __/__/____   Sex: M / F / X",
    "Address: ______________________   City: __________   State: __   ZIP: _____",
    "Preferred language: English / Spanish / Vietnamese / Other: ______   Interpreter: Y / N",
    "Copay: PCP $20, Specialist $45, ER $300, Urgent care $60",
    "RxBIN 004336   RxPCN ADV   RxGRP RX8821   Payer ID 60054",
    "APIXABAN 5 MG TAB #60, take 1 tablet by mouth twice daily, refills: 5",
    "Tests ordered: CBC w/ diff, CMP, magnesium, tacrolimus trough (12 h post dose)",
    "Pages: 9 including cover. CONFIDENTIAL health information.",
    "Reply C to confirm, R to reschedule, STOP to opt out. Responda C para confirmar.",
    "Signature: ________________   Date: ___________",
    "Allergies: NKDA / penicillin (rash) / iodinated contrast (hives)",
    "Pharmacy hours: Mon-Fri 8-9, Sat 9-6, Sun 10-4",
    "Please arrive 20 minutes early and bring a photo ID and your insurance card.",
    "Specimen: whole blood, lavender top, room temperature, deliver within 4 h",
    "Dispense as written: Y / N   Quantity: 90   Days supply: 90",
    "Emergency contact: ____________   Relationship: ________   Phone: ____________",
    "Office hours: Monday and Wednesday 1-5 pm, Friday 8-12",
    "CMS-1500 box 24J: rendering provider NPI",
    "Sliding fee scale: tier B, 50% discount",
    "Visit type: new patient, 40 min, telehealth eligible",
    "Fasting: nothing to eat or drink after midnight except sips of water with pills",
    "Clinic: Transplant Nephrology, 4th floor, elevator B",
    "Call 911 for chest pain, trouble breathing or stroke symptoms (BE FAST).",
    "Bring this card to every visit. Tarjeta de paciente.",
    "Box 12: patient signature on file",
]
PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_LOG[0::2], _PHI_FREE_NOTE, _PHI_FREE_LOG[1::2], _PHI_FREE_CHAT, _PHI_FREE_FORM
    )
    for line in group
    if line is not None
]
