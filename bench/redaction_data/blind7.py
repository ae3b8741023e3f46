"""The "blind7" split: a seventh held-out judge, written blind.

The writer never read the redaction engine, its tests, its benchmark code or any of its output;
only generate.py, templates.py, values.py, tune4.py and tune5.py were read, for the module
interface and the annotation conventions. The other data modules were imported by a throwaway
script for the overlap check below and nothing else.

It is meant to look like what a US outpatient clinic really receives. Patient-portal chat typed on
phones by patients and relatives: lowercase, typos, no punctuation, relatives and staff named in
passing, a given name alone as a signature, nicknames, names that are also ordinary words, dates
in every casual form ("the 3rd", "3/4", "tues 3/4", "march 4th", "4th of march", "3-4-21"), ranges
("3/4-3/9"), casually typed addresses, phone numbers, e-mail addresses and insurance numbers.
Log lines of many kinds: key=value, JSON, query strings, HL7 v2, CSV, Python and Java stack
traces, nginx access lines, Celery and cron lines, syslog and audit trails. Clinical notes: HPI,
assessment and plan, discharge summaries, referral letters, phone encounters, nursing and
social-work notes, medication reconciliation, procedure notes, signature blocks, family and social
history naming relatives, with dates of service, birth, admission, surgery, last menstrual period
and immunisation in many formats. PHI_FREE holds look-alikes with no identifier at all.

Names come from many origins (Appalachian and Ozark, Cajun, Creole and Québécois, Hmong, Somali,
Nepali and Bhutanese, Karen and Burmese, Afghan and Uzbek, Ukrainian and Armenian, Brazilian,
Portuguese and Azorean, Dominican, Guatemalan Maya, Colombian and Chilean, Navajo and Lakota,
Native Hawaiian, Marshallese and Chuukese, Igbo, Hausa, Akan and Congolese, Eritrean, South
Sudanese and Kenyan, Iraqi and Chaldean, Hungarian, Romanian, Czech, Slovak, Croatian, Slovene and
Baltic, Dutch, Flemish and Nordic, Hasidic, Pakistani and Tamil, Indonesian, Thai, Lao and Khmer),
with names that are ordinary English words, hyphenated and double surnames, family name first,
initials, generational suffixes and nicknames. Addresses have units, directionals, half numbers,
PO boxes, rural routes, county and state roads; they come whole, as a bare street name, or split
over an address line and a unit line.

Annotation follows tune4.py: a state is not scored; a weekday next to a date ("tues 3/4") and a
clock time after it ("3/4 at 2", "03/04/2024 14:22") stay outside the DATE, while a whole ISO or
logging timestamp is one DATE; the clock after an nginx "14/Mar/2024:" date or a syslog "Mar 14"
stays outside, as in tune5.py; "the" in "the 3rd" is outside the DATE; a range "3/4-3/9" is two
DATEs; a month alone, a year alone, a weekday alone and "early March" or "mid-June" (no day) are
not PHI, while a month with a year ("March 2021", "03/2021") is a DATE as in tune4.py; a title
(Dr., Mrs.), a credential (MD, RN) and a possessive "'s" stay outside the NAME; a quoted nickname
inside a full name is part of that NAME; in HL7 each name component (family, given, middle) is its
own NAME span; only ages over 89 are AGE_OVER_89; a street name without a house number and a unit
line on its own are ADDRESS. A slot's value is exactly the labelled span.

No given name, surname, nickname, street name, city or e-mail domain here (particles such as "de",
"van" or "al", generic address words and top-level domains aside) is in the pools of values.py
(with the Faker names it draws for both of its splits), templates.py, blind.py to blind6.py or
tune2.py to tune7.py: every word was checked with a throwaway script after folding accents and
case.
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
    "appalachian": (6, [
        "Dorsel", "Irvan", "Norvel", "Ressie", "Wanetta", "Rilla", "Ulah", "Arbutus", "Elzora",
        "Hassie", "Lassie", "Nannie", "Ottie", "Pleas", "Clell", "Dock", "Fount", "Hiram",
        "Jink", "Kenis", "Omer", "Quint", "Rufe", "Waitman", "Lockie", "Maudie", "Nealie",
        "Reva", "Sinda", "Willie", "Zona", "Mikayla", "Jeanette", "Ariana", "Greg", "Mallory",
        "Kylie", "Ronnie", "Desiree", "Brandi", "Belinda", "Madeline", "Deanna", "Tricia",
        "Breanna",
    ], [
        "Gilbreath", "Salyers", "Isaacs", "Uhl", "Mounts", "Bartram", "Delp", "Reedy", "Viers",
        "Counts", "Hodge", "Krueger", "Sosa", "Harrington", "Mullen", "Romero", "Giles",
        "Hood", "Herman", "Ayers", "Quinn", "Case", "Huffman", "Marks", "Neal", "Bates",
        "Weeks", "Chaney", "Harmon", "Moreno", "Riggs", "Stokes", "Riley", "Briggs",
        "Erickson", "Mays", "Velazquez",
    ]),
    "cajun_creole": (2, [
        "Aldus", "Fernest", "Gaston", "Hilaire", "Eulalie", "Zulma", "Telesphore", "Adenise",
        "Alphe", "Aurelien", "Cleophas", "Doralise", "Evariste", "Fabien", "Honorine",
        "Laurentine", "Mederic", "Octavie", "Sosthene", "Theogene", "Ursin",
    ], [
        "Metoyer", "Rachal", "Balthazar", "Ancelet", "Dartez", "Fruge", "Granger", "Hanks",
        "Istre", "Judice", "Kershaw", "Meaux", "Bourque", "Credeur", "Domingue", "Faul",
        "Guilbeau", "Rozas", "Legault", "Texier", "Chevalier", "Savard", "Brisson", "Dufresne",
        "Plourde", "Demers", "Barthelemy", "Hoareau", "Delisle", "Larocque", "Beauregard",
        "Rivard", "Labrecque", "Fortin", "Duchesne", "Lemay", "Drouin", "Villeneuve", "Forget",
        "Lacasse", "Valette", "Lemonnier", "Lévesque", "Thériault", "Delorme",
    ]),
    "hmong": (1, [
        "Kia", "Neng", "Shoua", "Seng", "Dia", "Tria", "Xai", "Chong", "Nao", "Paj", "Toua",
        "Xay", "Ntxawm", "Maiv", "Txiaj",
    ], [
        "Hawj", "Vaj", "Tsua", "Tsheej",
    ]),
    "somali": (3, [
        "Abdiaziz", "Qorane", "Anab", "Asha", "Dahabo", "Istahil", "Khadro", "Quman",
        "Xaliimo", "Abdikadir", "Daud", "Najiib", "Said", "Xasan", "Yonis", "Cumar", "Dhuxul",
        "Hawo",
    ], [
        "Abdulle", "Guleid", "Ege", "Gabow", "Hashi", "Jimale", "Mohamed", "Qaasim", "Roble",
        "Siad", "Tarabi", "Ugas", "Xirsi", "Dhore", "Madar", "Nuux", "Shirdon", "Warfaa",
    ]),
    "nepali_bhutanese": (3, [
        "Dil", "Chandra", "Tulsi", "Asha", "Bhakti", "Chabilal", "Damber", "Jas", "Kul",
        "Prem", "Tek", "Birkha", "Harka", "Jit", "Khem", "Lila", "Pabitra", "Til", "Rup",
        "Dambar", "Pushpa",
    ], [
        "Niraula", "Biswa", "Darjee", "Dhungel", "Gajmer", "Kafley", "Khatri", "Mongar",
        "Phuyel", "Kharel", "Mainali", "Suberi", "Dhakal", "Kattel",
    ]),
    "karen_burmese": (1, [
        "Thaw", "Blut", "Dah", "Pah", "Bway", "Phyu", "Plaw", "Klay", "Bleh", "Khu", "Meh",
        "Ree", "Htee", "Kpru", "Lwe", "Nant", "Sein", "Zar",
    ], [
        "Htay", "Lay", "Taw", "Zin", "Nyo", "Plaw", "Klay", "Bleh", "Khu", "Meh", "Ree",
        "Naung", "Thet",
    ]),
    "afghan": (3, [
        "Mahbooba", "Parwana", "Zabihullah", "Basir", "Dawood", "Ghulam", "Haseeb", "Jawad",
        "Nasir", "Rohullah", "Tamim", "Zalmai", "Arezo", "Hadisa", "Laila", "Nargis", "Rahila",
        "Shakila", "Spozhmai", "Storay", "Shohjahon", "Roziya", "Bonu", "Miron", "Musfira",
        "Jahongir", "Otabek", "Sevara", "Laziz", "Ismoil", "Mustafo", "Ifora", "Said",
        "Muhsina", "Muhammadrizo", "Amina", "Anvar", "Muxlisa", "Doniyor", "Muhammadayub",
        "Abbos", "Damir", "Sevinch", "Zaynab", "Asilbek",
    ], [
        "Noori", "Sadat", "Haqqani", "Khogyani", "Paktiawal", "Yaqubi", "Kohistani",
        "Nuristani", "Shinwari", "Andar", "Tarakai", "Mursalinaeva", "Charosova", "Gabriyelov",
        "Abbosov", "Ahmadov", "Javohirov", "Mumtozova", "Aliyev", "Muhammadsafoev", "Lazizov",
        "Muhsinova", "Abdulhamidov", "Zakariyoev", "Munisayeva", "Imronov", "Habibova",
        "Farhodov", "Fuzaylov", "Boburov", "Iforayeva", "Zayidov", "Abdumalikov",
        "Muhammadrizoyev", "Mahmudov", "Jalolov", "Bilolov", "Shohruxov", "Muhammadamirov",
        "Saidova", "Roziyayeva", "Iymonova", "Sabrinova", "Mohlaroyimova", "Muhammadsodiqov",
    ]),
    "ukrainian_armenian": (2, [
        "Ivanka", "Karapet", "Khrystyna", "Levko", "Olesya", "Yuriy", "Arshak", "Hakob",
        "Levon", "Nune", "Tatevik", "Ani", "Sona", "Danylo", "Kyrylo", "Liliya", "Marko",
        "Oleksandra", "Sofiya", "Vira", "Yana", "Zakhar", "Ara", "Davit", "Nver", "Rafik",
        "Seda", "Varduhi", "Yervand",
    ], [
        "Melnychuk", "Hovhannisyan", "Chornovil", "Demchenko", "Fedoruk", "Marchuk",
        "Romanyshyn", "Semenko", "Vovk", "Galstyan", "Kocharyan", "Martirosyan", "Simonyan",
        "Tadevosyan", "Bilous", "Datsenko", "Fesenko", "Horbach", "Kosenko", "Lutsenko",
        "Nechyporuk", "Tereshchenko", "Usyk", "Zhuk", "Adamyan", "Barseghyan", "Chilingaryan",
        "Davtyan", "Kirakosyan", "Melkonyan", "Movsisyan", "Nalbandyan", "Poghosyan",
        "Safaryan", "Torosyan",
    ]),
    "lusophone": (3, [
        "Djalma", "Fabrício", "Ilda", "Jucelino", "Nivaldo", "Raimunda", "Zuleide", "Benvinda",
        "Carminho", "Mia", "Rael", "Allana", "Luiza", "Matheus", "Eloah", "Ariana", "Dom",
        "Lívia", "Bento", "Léo", "Mafalda", "Soraia", "Emilly", "Dinis", "Micael", "Naiara",
        "Raquel", "Benício", "Manuella", "Benicio", "Renan", "Mariane", "Ravy", "Simão",
        "Stephany", "Noa",
    ], [
        "Valadares", "Moniz", "Querido", "Veiga", "Amado", "Quental", "Ponte", "Arruda",
        "Botelho", "Caetano", "Frade", "Lobo", "Nóbrega", "Fidalgo", "Meireles", "Rego",
        "Tabosa", "Chaves", "Simas",
    ]),
    "caribbean_central_american": (5, [
        "Isidra", "Joselito", "Lisbeth", "Nelfi", "Yudelka", "Heydi", "Cristofer", "Edgard",
        "Nataly", "Brígida", "Yecid", "Delfín", "Edilma", "Mayerly", "Rony", "Jerman",
        "Belarmino", "Salomón", "Yudy", "Millaray", "Ronny", "Scarleth", "Alexi", "Neftalí",
        "Yeny", "Onofre", "Melany", "Massiel", "Faber", "Estella", "Jhony", "Nolberto",
        "Tulio", "Uberlinda", "Carmenza", "Gilma", "Darling", "Neider", "Yerko", "Edita",
        "Albertina", "Maikol", "Norbey", "Yocelyn", "Willian",
    ], [
        "Figuereo", "Jiminián", "Nivar", "Coj", "Tzul", "Ajpop", "Norambuena", "Mellado",
        "Santibáñez", "Adasme", "Alegría", "Angarita", "Carrera", "Villamil", "Águila",
        "Chaparro", "Órdenes", "Lazcano", "Villar", "Valladares", "Riffo", "Aliaga",
        "Ibacache", "Lazo", "Bastías", "Cortés", "Solar", "Pinilla", "Lagos", "Aránguiz",
        "Badilla", "Velandia", "Briceño", "Fica", "Cordero", "Romero", "Cerda", "Varas",
        "Parraguez", "Matamala", "Castaño", "Jerez", "Riascos", "Gaete", "Opazo",
    ]),
    "navajo_lakota": (2, [
        "Wapa", "Tashina", "Wambli", "Kangee", "Ohitekah", "Atsa", "Haseya", "Kaiah", "Shash",
        "Sihasin", "Tohi", "Tsebii", "Hozho", "Anpo", "Chumani", "Hanska", "Mahpiya", "Ptesan",
        "Wakinyan", "Winyan",
    ], [
        "Tohtsoni", "Bennally", "Dineyazhe", "Jumbo", "Watchman", "Bitsilly", "Lapahie",
        "Skeets", "Todacheenie", "Crank", "Tapahe", "Mesteth",
    ]),
    "pacific": (2, [
        "Kamaile", "Bwiro", "Kristo", "Atama", "Kanoe", "Nainoa", "Ailik", "Biram", "Carlmai",
        "Elson", "Halston", "Jelton", "Kobar", "Rinok", "Kimiuo", "Maikel", "Nemwes", "Tekiwo",
    ], [
        "Laikidrik", "Lometo", "Anien", "Kapriel", "Alapai", "Puaoi", "Loeak", "Kilma",
        "Balos", "Heine", "Lanki", "Billimon", "Esirom", "Sapuro",
    ]),
    "west_central_african": (4, [
        "Tshilanda", "Bienvenu", "Mapendo", "Chijioke", "Obianuju", "Safiya", "Bilkisu",
        "Haruna", "Gambo", "Chizoba", "Chinelo", "Akumaa", "Ifechukwu", "Shamsuddeen",
        "Chidimma", "Ujunwa", "Rabi", "Umar", "Sumayya", "Okechukwu", "Aminatu", "Hafsat",
        "Aliyu", "Tanimu", "Kosisochukwu", "Abeiku", "Habibu",
    ], [
        "Dzandu", "Kudjoe", "Mbala", "Nzuzi", "Anima", "Owusuwaa", "Appia", "Aboraa", "Adu",
        "Akoaa", "Abrafi", "Adwubi", "Boadi", "Amponsa", "Asiedu", "Pokuaa", "Ansomah",
        "Otiwa", "Frimpomaa", "Fosua", "Boakyewaa", "Asantewaa", "Asare", "Yaamoa", "Koomson",
        "Pomaa", "Daakoaa", "Akyena", "Omani", "Tweneboa", "Fofie", "Nkansa", "Otuo",
        "Agyeiwaa", "Mensa", "Antwiwaa", "Boatemaa", "Afoakwa", "Gyamfiaa", "Nsia", "Afirifa",
        "Ampadu", "Baa", "Ansa", "Ntiamoa",
    ]),
    "horn_nile": (3, [
        "Tesfalem", "Awet", "Akech", "Nyandeng", "Garang", "Achol", "Majok", "Abuk", "Duma",
        "Muthoka", "Njiru", "Hodari", "Amon", "Aftin", "Mahali", "Cleophas", "Nigesa",
        "Tufani", "Kiptoo", "Jina", "Kipruto", "Mulele", "Anastacia", "Philis", "Pius",
        "Nyakundi", "Kipngeno", "Frankline", "Celestine", "Loice", "Balinda", "Irine",
        "Bravin", "Mbugua", "Shida", "Moureen", "Johnstone", "Sophy", "Zacharia", "Bilha",
        "Lindah", "Athumani", "Mirriam", "Kemboi",
    ], [
        "Ghebremedhin", "Woldu", "Mayen", "Kuol", "Malual", "Dut", "Lual", "Munguti", "Mutai",
        "Odera", "Ekal", "Njeru", "Ngumbao", "Mwongeli", "Maloba", "Koros", "Kiema", "Kogo",
        "Karambu", "Mukiri", "Ratemo", "Mauti", "Ogweno", "Musumba", "Salat", "Jerop",
        "Wakhungu", "Mwaka", "Sifuna", "Barongo", "Muchoki", "Oketch", "Boke", "Chege",
        "Keter", "Nabwire", "Ngei", "Odongo", "Jepkirui", "Halake", "Ndirangu", "Okongo",
        "Nthiga", "Chesang", "Kipchirchir",
    ]),
    "iraqi_chaldean": (2, [
        "Sabah", "Raad", "Nidhal", "Basima", "Thikra", "Wisam", "Sinan", "Rafah", "Duraid",
        "Hayder", "Laith", "Muthanna", "Nibras", "Yasir", "Hana", "Suhad", "Zahraa",
    ], [
        "Yaldo", "Shamoun", "Kalasho", "Jajou", "Kattoula", "Arabo", "Sesi", "Dabish",
        "Bahnam", "Toma", "al-Tikriti", "Jabbar", "Yono", "Garmo", "Atchoo", "Dawood",
        "Gorgis", "Hermiz", "Isho", "Kakos", "Oraha", "Putrus", "Sarafa", "Sitto", "Yousif",
        "Zaitouna", "Hallaq", "Shallal", "Anwiya",
    ]),
    "central_european": (3, [
        "Sándor", "Florica", "Sorina", "Jožica", "Petru", "Mirona", "Lovre", "Edit", "Jele",
        "Dorli", "Egils", "Antonela", "Nikolaj", "Szilveszter", "Mihkel", "Cedrin", "Niculiță",
        "Janko", "Cosmin", "Eszter", "Brăduț", "Gabrielius", "Karolina", "Eduards", "Pleșu",
        "Tereza", "Inguna", "Zenovia", "Anghelina", "Boglárka", "Crin", "Rute", "Gherghina",
        "Lýdie", "Aldis", "Voldemārs", "Donatas", "Șerban", "Libuša", "Jolán", "Steliana",
        "Normunds", "Mia", "Nichifor",
    ], [
        "Dobrescu", "Paľovčík", "Kúsková", "Martináková", "Špika", "Veselová", "Prtenjača",
        "Taal", "Fedotov", "Matko", "Szekeres", "Dudková", "Šurková", "Lass", "Rijetković",
        "Štšerbakov", "Klepáč", "Šarkanová", "Rozman", "Aasa", "Mikulandra", "Plekancová",
        "Laco", "Jaunzems", "Zubríková", "Húsková", "Kolesár", "Šlivková", "Pokas", "Jureško",
        "Kuuse", "Melichar", "Mikulík", "Pavličeková", "Otčenášová", "Mečiarová", "Dolić",
        "Sošić", "Kadak", "Andrášiková", "Havranko", "Samsonová", "Hladká", "Brezinová",
        "Maksimov",
    ]),
    "dutch_nordic": (2, [
        "Hendrik", "Ingeborg", "Merijn", "Veronika", "Reinhilde", "Ulrik", "Nicklas", "Liisa",
        "Vagn", "Essi", "Jeanine", "Tineke", "Geir", "Sigvard", "Hellevi", "Willy", "Christel",
        "Jarl", "Pelle", "Elien", "Jinthe", "Elisabet", "Mirja", "Esteri", "Einar", "Ingemar",
        "Demi", "Eliane", "Lisbeth", "Quinn", "Natascha", "Madelene", "Linus", "Gustav",
        "Svenning", "Marko", "Uffe", "Eivind", "Maarit", "Steffi", "Lex", "Mauri", "Remi",
    ], [
        "de Boer", "Nygaard", "Malfait", "Govarts", "Schrik", "Verdonck", "Schatteleijn",
        "Segerszoen", "Lilja", "Sundell", "Brizee", "Blees", "Muijs", "Stoffelsz", "Mol",
        "Frandsen", "Hänninen", "Näslund", "Goudriaan", "Poppe", "Celis", "Texier", "Svendsen",
        "Törnqvist", "Vermeiren", "Stroobants", "Haug", "Sundström", "Pohjola", "Lindquist",
        "Mathiasen", "Kettunen", "Huberts", "Callebaut", "Koponen", "Olykan", "Parmentier",
        "Schilt", "Bergstrand", "Wauters", "Schulten", "Zijlemans", "Næss", "Kuronen",
        "Kuosmanen",
    ]),
    "yiddish": (1, [
        "Shlomo", "Breindy", "Toby", "Blimy", "Chany", "Duvid", "Esty", "Gitty", "Hindy",
        "Itzik", "Leiby", "Malky", "Naftali", "Perel", "Raizy", "Shmiel", "Surie", "Volvy",
        "Yidel", "Zissel", "Yoely", "Dovid", "Frimet", "Henna", "Kalman", "Nechama", "Pessy",
        "Reizel", "Shaindy", "Tzvi", "Velvel",
    ], [
        "Weinstock", "Brach", "Deutsch", "Eisenberger", "Fried", "Glancz", "Herskovits",
        "Indig", "Jacobowitz", "Lowy", "Neustadt", "Oberlander", "Perlstein", "Reich", "Stern",
        "Tauber", "Unger", "Zelikovits", "Zupnick", "Goldklang", "Hirsch", "Kohn", "Landau",
        "Moskowitz", "Polatseck", "Schonfeld", "Spitzer", "Strulovitch", "Twersky", "Ungar",
        "Wieder", "Gluck", "Lebovits", "Rubin", "Sabel", "Steinmetz", "Wolner",
    ]),
    "south_asian": (4, [
        "Jannat", "Mithun", "Arivu", "Vellaiyan", "Jaabir", "Qareeb", "Yaqoot", "Yadid",
        "Latif", "Arham", "Aabid", "Madyan", "Bizhan", "Taariq", "Esfandyar", "Raakin", "Qays",
        "Zahi", "Rafeeq", "Iftikhaar", "Raaghib", "Umar", "Durab", "Quadir", "Qadi", "Saafir",
        "Zaakir", "Yaaseen", "Najeeb", "Sabahat", "Nafasat", "Sadaqat", "Azban", "Awamil",
        "Omeir", "Laeeq", "Zewad", "Keyaan", "Saahir", "Lutfi", "Raheel", "Harnail",
        "Ibraheem", "Ghauth",
    ], [
        "Mahbeer", "Aasif", "Zahur", "Zafir", "Rabah", "Sabir", "Qutaybah", "Ghafoor",
        "Luqmaan", "Ubaidah", "Jalaal", "Kaysan", "Souma", "Tajammul", "Raheel", "Maroof",
        "Darain", "Zafar", "Qahtan", "Umar", "Gulshan", "Ghauth", "Ihtiram", "Najam", "Zaakir",
        "Aalam", "Bashaar", "Tahawwur", "Tadeen", "Bilaal", "Ossama", "Aazim", "Baasit",
        "Tawkeel", "Saburah", "Basheerah", "Jalil", "Tabassum", "Bizhan", "Awamil", "Aryan",
    ]),
    "southeast_asian": (3, [
        "Phally", "Khamphone", "Malai", "Darmaji", "Harto", "Rudi", "Sitiwat", "Warsa",
        "Bakijan", "Prayitna", "Cakrabirawa", "Adinata", "Apisara", "Soleh", "Raditya", "Ira",
        "Dalima", "Mahesa", "Carub", "Wassaya", "Daliono", "Taufan", "Tedi", "Intan", "Murti",
        "Karna", "Arta", "Galuh", "Asmuni", "Vino", "Paiman", "Indah", "Wulan", "Jono",
        "Nurul", "Rafid", "Baktiadi", "Wage", "Lintang", "Puntira", "Martana", "Banawa",
        "Galih", "Johan", "Citra",
    ], [
        "Souvannarath", "Purwanti", "Polauaypon", "Pasuk", "Suraprasert", "Jailani",
        "Budiyanto", "Widiastuti", "Sooksawang", "Wijayanti", "Wannapaitoonsri", "Rahayu",
        "Hidayanto", "Nurdiyanti", "Rahmawati", "Maulana", "Saefullah", "Thantananont",
        "Utami", "Turongkinanon", "Rajata", "Mulyani", "Astuti", "Prasetyo", "Saptono",
        "Polpo", "Habpanom", "Hastuti", "Titipatrayunyong", "Najmudin", "Utama", "Waluyo",
        "Benchapatranon", "Sorattanachai", "Wibisono", "Suwarno", "Ardianto", "Simbolon",
        "Hutasoit", "Haryanto", "Palastri", "Kitprapa", "Oktaviani", "Tianvarich", "Iswahyudi",
    ]),
}  # fmt: skip

# Written family name first now and then.
FAMILY_FIRST = {"hmong", "southeast_asian", "karen_burmese"}
# Two family names, joined by a space or a hyphen.
DOUBLE_SURNAME = {"caribbean_central_american", "lusophone"}

# Given and family names that are ordinary English words.
WORD_GIVEN = [
    "Banner", "Gauge", "Kash", "Arden", "Bree", "Kindle", "Wynter", "Charisma", "Rhapsody",
    "Whisper", "Anthem", "Fury", "Mistral", "Glade", "Linnet", "Citron", "Sparrowhawk",
    "Blizzard", "Glacier", "Raindrop",
]  # fmt: skip
WORD_FAMILY = [
    "Kitchen", "Chancellor", "Gravely", "Littlepage", "Sweatman", "Shoemaker", "Coldiron",
    "Barefoot", "Crisp", "Pray", "Fryar", "Woodcock", "Panther", "Lion", "Fenn", "Rainey",
    "Storms", "Leadbetter", "Goodbread", "Currier", "Tombs", "Godbold", "Goodspeed", "Biggs",
    "Sly", "Oldman", "Olds", "Ayer", "Easterday", "Weekley", "Yearwood", "Springer",
    "Fallwell", "Rainbolt",
]  # fmt: skip

# What family and friends call people.
NICKNAMES = [
    "Yiyo", "Booger", "Honeybun", "Bobo", "Freckles", "Taterbug", "Nub", "Turbo", "Sprinkles",
    "Jingle", "Coconut", "Cyclone", "Scrappy", "Pudgy", "Meatball", "Chicharron", "Chispa",
    "Bam-Bam", "Stinky", "Biggie", "Sugarbear", "Cornpone", "Hushpuppy", "Bumblebee",
    "Snickers", "Oreo", "Twinkie", "Chacho", "Kike", "Canela", "Tuti", "Squeaks", "Jellyroll",
]  # fmt: skip

SUFFIX = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O"})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWZ")


def _family(rng: random.Random, origin: str) -> str:
    last = rng.choice(ORIGINS[origin][2])
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.3:
        other = rng.choice(ORIGINS[origin][2])
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.6 else f"{last}-{other}"
    elif roll < 0.08 and " " not in last:  # hyphenated by marriage
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and other != last:
            last = f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(ORIGINS[origin][1]), _family(rng, origin)
    if rng.random() < 0.2:
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.6 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.75 else _family(rng, _origin(rng))
    return first, last


def person(rng: random.Random, _split: str = "blind7") -> tuple[str, str]:
    if rng.random() < 0.15:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind7") -> str:
    return person(rng)[1]


def full_name(rng: random.Random, _split: str = "blind7") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < 0.13 else _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return f"{last} {first}"
    if form < 0.30:
        return f"{first} {last}"
    if form < 0.37:
        return f"{last}, {first}"
    if form < 0.43:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.47:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.51:
        return f"{first[0]}. {last}"
    if form < 0.54:
        return f"{first[0]}{_initial(rng)} {last}"
    if form < 0.59:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.63:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.70:
        return first
    if form < 0.75:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.80:
        return f"{last}, {first} {_initial(rng)}"
    if form < 0.85:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.89:
        return f"{first} {_initial(rng)}. {last}, {rng.choice(SUFFIX)}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 5 + [f"{last}, {first}", f"{first[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{last}, {first}"] * 4 + [f"{last},{first}", f"{last} {first}",
                                                   f"{last}, {first} {_initial(rng)}"])  # fmt: skip


def caps_name(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{last}, {first} {_initial(rng)}",
                       f"{first} {last}", f"{last} {first}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{first[0]}. {last}",
                       f"{last}, {first}", f"{first} {last}"])  # fmt: skip


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle_upper(rng: random.Random) -> str:
    return _initial(rng) if rng.random() < 0.7 else _fold(person(rng)[0]).upper()


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Quartzite", "Mandolin", "Dulcimer", "Washboard", "Bluegill", "Walleye", "Muskie",
    "Catfish", "Paddlefish", "Lacewing", "Beetle", "Yellowjacket", "Chigger", "Coon Hollow",
    "Bearwallow", "Rattlesnake", "Limekiln", "Sawbuck", "Horseshoe", "Bunkhouse", "Buckskin",
    "Kudzu", "Scoter", "Eider", "Brant", "Kapalama", "Puuloa", "Caballo", "Charro",
    "Mesquital", "Nopal", "Crawfish", "Batture", "Blackjack", "Bois d'Arc", "Bitternut",
    "Pignut", "Mockernut", "Overcup", "Shumard", "Sawtooth", "Fringetree", "Devilwood",
    "Gallberry", "Fetterbush", "Staggerbush", "Maleberry", "Deerberry", "Sparkleberry",
    "Farkleberry", "Dangleberry", "Shinleaf", "Oconee Bells", "Compass Plant", "Cup Plant",
    "Leadplant", "Gramma", "Muhly", "Dropseed", "Phlox", "Helenium", "Boltonia", "Vernonia",
    "Solidago", "Fleabane", "Yellowroot", "Doghobble", "Hellgrammite", "Terrapin", "Skink",
    "Milksnake", "Hognose", "Massasauga", "Whipsnake", "Coachwhip", "Catamount", "Nutria",
    "Armadillo", "Peccary", "Bighorn", "Whitetail", "Wapiti", "Moonshine", "Mash Tub",
    "Bloomery", "Slag Pile", "Company Store", "Scrip", "Lamphouse", "Headframe", "Breaker",
    "Culm Bank", "Gob Pile", "Tailings", "Assay", "Sluice", "Placer", "Lode", "Ladyslipper",
    "Bluet", "Spiderwort", "Smartweed", "Pigweed", "Lambsquarter", "Chickweed", "Henbit",
    "Plantain", "Dock", "Cocklebur", "Beggarticks", "Stickseed", "Sandbur", "Goathead",
    "Puncturevine", "Catnip", "Coltsfoot", "Wormwood", "Lungwort", "Figwort", "Skullcap",
    "Motherwort", "Valerian", "Vervain", "Agrimony", "Cinquefoil", "Avens", "Sloe", "Damson",
    "Greengage", "Medlar", "Winesap", "Limbertwig", "Sheepnose", "Northern Spy", "Shrike",
]  # fmt: skip
NUMBERED = [
    "54th", "69th", "156th", "188th", "15th", "18th", "26th", "28th", "32nd", "35th", "49th",
    "51st", "57th", "73rd", "78th", "84th", "95th", "98th", "102nd", "105th", "106th", "108th",
    "111th", "113th", "114th", "115th", "117th", "119th", "123rd", "126th", "127th", "134th",
    "135th", "141st", "144th", "152nd", "157th", "161st", "162nd", "164th", "181st", "192nd",
    "194th", "196th", "201st", "208th", "216th", "228th", "261st", "288th", "300th", "304th",
]  # fmt: skip
STREET_TYPES = [("St", 9), ("Street", 4), ("Ave", 7), ("Avenue", 3), ("Rd", 7), ("Road", 3),
                ("Dr", 5), ("Drive", 2), ("Ln", 4), ("Lane", 2), ("Blvd", 2), ("Ct", 3),
                ("Way", 3), ("Pl", 2), ("Cir", 2), ("Trl", 1), ("Hollow", 1), ("Holw", 1),
                ("Pike", 1), ("Br", 1), ("Fork", 1), ("Gap", 1), ("Ridge Rd", 1), ("Loop", 1),
                ("Cv", 1), ("Xing", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "N. ", "S. ", "NE ", "SW ", "North ", "West "]
POSTDIR = [" NE", " NW", " SE", " SW", " N", " E"]
UNITS = ["Apt 2C", "Apt. 7", "Apt #11", "Unit 305", "Unit D", "#4", "# 12B", "Ste 150",
         "Suite 2200", "Lot 17", "Lot #31", "Trlr 4", "Bldg 2 Apt 9", "Apt B Rear",
         "Upstairs Apt", "Fl 4", "3rd Fl", "Rm 6", "Space 42", "Apt 1101", "Unit 7-A"]  # fmt: skip
_NUMBER_WORDS = ["Seventeen", "Thirty", "Eighty-Eight", "Two Hundred", "Nineteen", "Fourteen"]


def _street_name(rng: random.Random) -> str:
    return rng.choice(STREETS) if rng.random() < 0.88 else rng.choice(NUMBERED)


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.04:
        return rng.choice(_NUMBER_WORDS)
    if roll < 0.08:
        return f"{rng.randint(2, 3999)} 1/2"
    if roll < 0.11:
        return f"{rng.randint(10, 999)}{rng.choice('ABC')}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 89999)]))  # fmt: skip


def street_name(rng: random.Random) -> str:
    pre = rng.choice([""] * 7 + PREDIR)
    post = rng.choice([""] * 9 + POSTDIR) if not pre else ""
    return f"{pre}{_street_name(rng)} {_street_type(rng)}{post}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["PO Box", "P.O. Box", "Box", "P.O. Bx", "POB", "PO BOX", "po box"])
    return f"{kind} {rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 99999)])}"


def rural_route(rng: random.Random) -> str:
    n, box = rng.randint(1, 9), rng.randint(1, 899)
    return rng.choice([
        f"RR {n} Box {box}", f"Rt. {n} Box {box}", f"Rural Route {n}, Box {box}",
        f"HC {rng.randint(61, 88)} Box {rng.randint(100, 4999)}", f"{rng.randint(100, 9999)} County Road {rng.randint(1, 899)}",
        f"{rng.randint(100, 9999)} State Route {rng.randint(2, 299)}", f"{rng.randint(100, 9999)} Hwy {rng.randint(2, 99)} {rng.choice('NSEW')}",
        f"{rng.randint(100, 9999)} FM {rng.randint(100, 3000)}", f"{rng.randint(100, 9999)} US-{rng.randint(10, 99)}",
        f"Navajo Route {rng.randint(1, 99)}, Box {rng.randint(1, 999)}",
    ])  # fmt: skip


def _street_line(rng: random.Random) -> str:
    pre = rng.choice([""] * 6 + PREDIR)
    post = rng.choice([""] * 10 + POSTDIR) if not pre else ""
    return f"{_house_number(rng)} {pre}{_street_name(rng)} {_street_type(rng)}{post}"


def street_line(rng: random.Random) -> str:
    return _street_line(rng)


def street_address(rng: random.Random, _split: str = "blind7") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.15:
        return rural_route(rng)
    if roll < 0.19:
        return f"{unit(rng)}, {_street_line(rng)}"
    line = _street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


CITIES = [
    "Berea", "Berryville", "Wounded Knee", "Monsey", "Zeeland", "Othello", "Woodburn", "War",
    "Matewan", "Richwood", "Elkview", "Smithers", "Ansted", "Pomeroy", "McArthur", "Piketon",
    "Yellville", "Piggott", "Hoxie", "Marked Tree", "Lepanto", "Luxora", "Crossett", "Hamburg",
    "Fordyce", "Ashdown", "Henryetta", "Vinita", "Westville", "Gore", "Vian", "Thoreau",
    "Ramah", "Laguna", "Acoma", "Chama", "Chimayo", "Penasco", "Springer", "Fort Sumner",
    "Jal", "Hagerman", "Tularosa", "Cloudcroft", "Capitan", "Carrizozo", "Bayard", "Canutillo",
    "Fabens", "Tornillo", "Devine", "Castroville", "Lytle", "Jourdanton", "Karnes City",
    "Kenedy", "Goliad", "Sinton", "Premont", "Freer", "Palmview", "Penitas", "La Joya",
    "Edcouch", "Alamo", "Progreso", "Lyford", "Los Fresnos", "Combes", "Primera", "Lockney",
    "Floydada", "Crosbyton", "Lamesa", "Shakopee", "Slayton", "Windom", "Madelia", "Waseca",
    "Rushford", "Postville", "Waukon", "Cresco", "Northwood", "Britt", "Wapello", "Fairfield",
    "Winterset", "Grinnell", "Marengo", "Sigourney",
]  # fmt: skip

STATES = ["KY", "Ky.", "Kentucky", "WV", "W.Va.", "TX", "Tex.", "Texas", "LA", "La.", "MS", "AR",
          "Ark.", "OK", "NM", "AZ", "Ariz.", "SD", "HI", "Hawaii", "MN", "IA", "ME", "MA", "RI",
          "NY", "NJ", "MI", "Mich.", "WI", "KS", "CO", "UT", "ID", "WA", "Wash.", "OR", "ky",
          "tx", "mn", "wi", "ma"]  # fmt: skip


def city(rng: random.Random, _split: str = "blind7") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.05:
        return name.upper()
    if roll < 0.09:
        return name.lower()
    return name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(601, 99929):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.16 else z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
SPANISH = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2017, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1919, 1934), (1935, 1970), (1971, 2025)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)


def _month_day(rng: random.Random, m: int, d: int) -> str:
    mo, ab, ch, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([
        f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{m}.{d}", f"{mo} {d}", f"{mo.lower()} {d}",
        f"{ab} {d}", f"{ab}. {d}", f"{ch} {d}", f"{ch}{d}", f"{mo} {d}{o}", f"{ch} {d}{o}",
        f"{d}{o} of {mo}", f"{d}{o} of {ch}", f"{d} {ab}", f"{mo} the {d}{o}", f"{d}/{m}",
    ])  # fmt: skip


def _full_date(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, ch, o, yy = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d), y % 100
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m}-{d}-{yy:02d}", f"{m}.{d}.{y}", f"{m:02d}.{d:02d}.{yy:02d}",
        f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{mo} {d}, {y}", f"{mo} {d} {y}", f"{ab} {d}, {y}",
        f"{ab}. {d}, {y}", f"{ch} {d} {y}", f"{d} {mo} {y}", f"{d} {ab} {y}", f"{d}-{ab}-{y}",
        f"{d:02d}-{ab.upper()}-{yy:02d}", f"{d:02d}{ab.upper()}{y}", f"{mo} {d}{o}, {y}",
        f"{d}{o} {mo} {y}", f"{mo.upper()} {d}, {y}", f"{m} {d} {yy:02d}", f"{ch} {d}{o} {y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return _month_day(rng, m, d) if rng.random() < 0.3 else _full_date(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return _month_day(rng, m, d)


def slash_md(rng: random.Random) -> str:
    """Numeric month/day as in ranges: 3/4-3/9."""
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}"])


def two_digit_year(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice(
        [f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y % 100:02d}", f"{m}.{d}.{y % 100:02d}"]
    )


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    mo, ab = MONTHS[m - 1], ABBR[m - 1]
    return rng.choice([
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{ab}-{y}", f"{mo} {d}, {y}", f"{d} {mo} {y}", f"{ab} {d} {y}", f"{m}-{d}-{y}",
        f"{d:02d}{ab.upper()}{y}", f"{m:02d}.{d:02d}.{y}",
    ])  # fmt: skip


def day_ordinal(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2008, 2026)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{ABBR[m - 1]} '{y % 100:02d}", f"{CHAT_ABBR[m - 1]} {y}"])  # fmt: skip


def spanish_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{d} de {SPANISH[m - 1]}", f"{d} de {SPANISH[m - 1]} de {y}",
                       f"{d}/{m}/{y}", f"{d} {SPANISH[m - 1]}"])  # fmt: skip


def long_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def us_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def compact_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2020, 2026)
    return f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}" + rng.choice(
        ["", f"{rng.randint(0, 59):02d}", f"{rng.randint(0, 59):02d}-0500"]
    )


def timestamp(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2021, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}",
        f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}+00:00",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def syslog_date(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return f"{ABBR[m - 1]} {d:2d}"


_NINETY = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
           "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return age_number(rng)
    n = rng.randint(90, 101)
    if n >= 100:
        return rng.choice(["one hundred", "a hundred", "one hundred and one", "101"])
    w = _NINETY[n - 90]
    return rng.choice([w, w.replace("-", " "), w.capitalize()])


# --- Phones, e-mail, web -----------------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
        f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"({a}){b}-{c}",
        f"{a}-{b}-{c} ext {rng.randint(2, 999)}", f"{a} {b}-{c}", f"+1{a}{b}{c}", f"{a}-{b}{c}",
        f"1 ({a}) {b} {c}", f"{a}/{b}-{c}",
    ])  # fmt: skip


DOMAINS = [
    "nctc.net", "grm.net", "pemtel.net", "foothills.net", "mis.net", "kih.net", "ekn.net",
    "wvdsl.net", "suddenlinkmail.com", "wirefire.com", "xit.net", "poka.com", "lcia.com",
    "plateautel.net", "ritternet.com", "cccomm.net", "arkwest.com", "abs.net",
]  # fmt: skip
HANDLE_WORDS = [
    "coalminer", "hollerqueen", "truckermom", "bowhunter", "gospelsinger", "t1dmama",
    "pickupman", "quilter", "churchlady", "frybread", "mamawbear", "lineman", "pipefitter",
    "roughneck", "haulerdad", "turkeycaller", "cornbreadmama", "goatlady", "chickenmama",
    "beekeeper", "jarhead", "vetwife", "nanaof7", "papaof5", "bowhuntress", "sewingnana",
]  # fmt: skip


def email(rng: random.Random, _split: str = "blind7") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "dorsel", _handle(last) or "gilbreath"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2012)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}",
        f"{f}{yy}", f"{ln}{f[0]}{n}", f"{rng.choice(HANDLE_WORDS)}{n}", f"{f}-{ln}",
        f"the{ln}s", f"{f}{ln[0]}{yy % 100:02d}", f"{rng.choice(HANDLE_WORDS)}.{f}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "blind7") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "dorsel", _handle(last) or "gilbreath"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}",
        f"{f[0]}{ln}{n}", f"{rng.choice(HANDLE_WORDS)}{n}", f"{f}{ln}", f"{ln}.{f}", f"{f}{yy}",
        f"{f[:3]}{ln[:4]}", f"{ln}{yy}", f"{f}-{ln}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "blind7") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "dorsel", _handle(last) or "gilbreath"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.gofundme.com/f/help-{f}-{ln}", f"https://www.caringbridge.org/visit/{f}{ln}",
        f"https://www.tiktok.com/@{f}{ln}{rng.randint(1, 99)}", f"https://www.facebook.com/{f}.{ln}.{_digits(rng, 3)}",
        f"https://x.com/{f}_{ln}", f"https://www.youtube.com/@{ln}family", f"https://{f}{ln}.wordpress.com",
        f"https://lotsahelpinghands.com/c/{_digits(rng, 6)}", f"https://photos.app.goo.gl/{_letters(rng, 16, an)}",
        f"https://drive.google.com/file/d/{_letters(rng, 28, an)}/view", f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}",
        f"https://portal.hollerhealth.example/msg/{_digits(rng, 9)}", f"www.{ln}{f}.net",
        f"https://venmo.com/u/{f}-{ln}-{_digits(rng, 2)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if roll < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if roll < 0.32:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2601:{g[1]}:{g[2]}::{g[7]}", f"2607:fb90:{g[2]}:{g[3]}::{g[6]}"]
        )
    return (
        f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing and other numbers ----------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"], [7, 2, 2])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), f"00{_digits(rng, 6)}", f"Z{_digits(rng, 7)}",
        f"MR{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"H{_digits(rng, 8)}", f"{_digits(rng, 9)}",
    ])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    an = "ACDEFGHJKMNPQRTUVWXY"
    mbi = (f"{rng.randint(1, 9)}{rng.choice(an)}{rng.choice(an + string.digits)}{rng.randint(0, 9)}"
           f"{rng.choice(an)}{rng.choice(an + string.digits)}{rng.randint(0, 9)}{rng.choice(an)}"
           f"{rng.choice(an)}{_digits(rng, 2)}")  # fmt: skip
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 8)}{_letters(rng, 1)}",
        f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}{_letters(rng, 2)}", mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}",
        f"U{_digits(rng, 10)}", f"{_digits(rng, 12)}", f"{_letters(rng, 2)}{_digits(rng, 7)}",
        f"ZGP{_digits(rng, 8)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 12), f"HB{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}",
        f"G{_digits(rng, 8)}", f"PFS-{_digits(rng, 7)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}",
        f"A{_digits(rng, 3)}-{_digits(rng, 4)}",
    ])  # fmt: skip


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_digit("80840" + base)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 8)}", f"{a}{_digits(rng, 7)}", f"{_digits(rng, 9)}", f"{_digits(rng, 8)}",
        f"{a}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"{_letters(rng, 2)}{_digits(rng, 6)}",
        f"RN{_digits(rng, 7)}", f"MD.{_digits(rng, 5)}", f"LPN{_digits(rng, 6)}", f"DL {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        f"{_digits(rng, 3)}-{_letters(rng, 3)}", f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
        f"{_letters(rng, 2)} {_digits(rng, 5)}", f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 2)}",
        rng.choice(["BIGRED1", "MEEMAW2", "COALDAD", "HOLLER", "T1DMOM", "GOVOLS7"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return payload + _luhn_digit(payload)


def device_id(rng: random.Random) -> str:
    hexd = "0123456789ABCDEF"
    return rng.choice([
        imei(rng), f"SN{_digits(rng, 10)}", f"{_letters(rng, 2)}{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}",
        ":".join(_letters(rng, 2, hexd) for _ in range(6)), f"{_letters(rng, 3)}{_digits(rng, 5)}{_letters(rng, 2)}",
        f"{_letters(rng, 4, hexd)}{_digits(rng, 6)}", f"G{_digits(rng, 2)}{_letters(rng, 3)}{_digits(rng, 4)}",
        f"(01){_digits(rng, 14)}(21){_digits(rng, 8)}", f"{_letters(rng, 8, hexd).lower()}-{_letters(rng, 4, hexd).lower()}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"PA{_digits(rng, 8)}", f"RX{_digits(rng, 7)}",
        f"{rng.randint(20, 26)}-{_digits(rng, 6)}", f"REF-{_letters(rng, 5, an)}", f"ICN{_digits(rng, 13)}",
        f"CASE{_digits(rng, 7)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"TKT-{_digits(rng, 5)}",
        f"{_digits(rng, 4)}-{_digits(rng, 4)}", f"ACC-{_digits(rng, 2)}-{_digits(rng, 5)}",
        f"1Z{_letters(rng, 6, an)}{_digits(rng, 10)}", f"ENC-{_digits(rng, 8)}", f"{_letters(rng, 8, an)}",
    ])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "GIVEN": ("NAME", given_name),
    "WGIVEN": ("NAME", word_given),  # given names that are words
    "WFAM": ("NAME", word_family),  # family names that are words
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, MD"
    "FNUP": ("NAME", first_upper),  # HL7 components
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "STREETNAME": ("ADDRESS", street_name),
    "STREETLINE": ("ADDRESS", street_line),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CITYUP": ("CITY", city_upper),
    "MD": ("DATE", month_day),
    "SMD": ("DATE", slash_md),  # ranges: 3/4-3/9
    "YY": ("DATE", two_digit_year),
    "DAYTH": ("DATE", day_ordinal),
    "DOB": ("DATE", dob),
    "MONYEAR": ("DATE", month_year),
    "ESDATE": ("DATE", spanish_date),
    "LONGDATE": ("DATE", long_date),
    "USDATE": ("DATE", us_date),
    "ISODATE": ("DATE", iso_date),
    "YMD": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),  # the clock after it stays outside
    "SYSDATE": ("DATE", syslog_date),
    "AGENUM": ("AGE_OVER_89", age_number),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format, and no slot
# is written directly before a doubled closing brace. generate.fill() lowercases, misspells and
# strips punctuation from chat on top of this.

CHAT = [
    # Relatives, staff and names in passing.
    "hey its {GIVEN} {SURNAME}'s daughter, dad cant work the portal so im writing for him",
    "my step mom {NAME} has the appt {MD} but she dont drive anymore",
    "mi esposo {GIVEN} tiene dolor de pecho desde el {ESDATE}, que hacemos",
    "can {WGIVEN} come in the room with me for the pap, shes my best friend",
    "{NICK} is my grandson he will be the one calling",
    "we call her {NICK} but her real name on the insurance is {NAME}",
    "my brother in law {WNAME} had the same surgery w dr {SURNAME}",
    "the nurse {GIVEN} that called me yesterday, can i talk to her again",
    "tell nurse {WGIVEN} the drain is leaking again",
    "ask {GIVEN} at the front about my parking voucher",
    "dr {WFAM} told me to stop the aspirin 7 days before is that still right",
    "i want to see dr {SURNAME} not the PA this time",
    "is {DOC} the new doctor? never heard of her",
    "my cousins {GIVEN} and {GIVEN} are coming to help after the surgery",
    "my daughter {GIVEN} is 16, can she come in without me for birth control",
    "auntie {GIVEN} is {AGE} and her feet are so swollen she cant get shoes on",
    "my mom is {AGE} and still lives by herself on {STREETNAME}, im worried",
    "our neighbor {WNAME} found him in the yard, he's ok now",
    "the hospice lady {NAME} said to message you about the morphine",
    "my grandpa {NAME} passed on {MD}, please cancel his appointments",
    "{GIVEN} the physical therapist said i could stop the brace",
    "my case manager at the tribe {NAME} needs the letter too",
    "interpreter {GIVEN} was great last time, can we get her again",
    "my sponsor {WGIVEN} says i should ask about naltrexone",
    "my babys dad {GIVEN} is not on the list dont tell him anything",
    "my partner {NAME} and i both need the hep b series",
    "granny {WGIVEN} {WFAM} turned {AGE} yesterday and wants her flu shot",
    "pawpaw is {AGENUM} yrs old and fell in the bathroom last nite",
    "my dad {GIVEN} is {AGE}, born {DOB}, can he still get the rsv shot",
    # Signatures.
    "ok sounds good thx\n{GIVEN}",
    "thanks so much -{NICK}",
    "appreciate yall\n- {NAME}",
    "will be there, {LASTFIRST}",
    "ty\n{GIVEN} (his wife)",
    "sent from my iphone\n\n{NAME}",
    "{GIVEN} again, forgot to say the pharmacy is the one on {STREETNAME}",
    "its {SURNAME}, the diabetic, my meter reads HI",
    # Dates every which way.
    "appt is {MD} right? or was it the {DAYTH}",
    "need to push my {MD} appt to the following week",
    "tues {SMD} or wed {SMD} work for me",
    "i was sick {SMD}-{SMD} and missed work need a note",
    "out of town {MD} to {MD}, can i get 90 day supply",
    "my last period was {MD} and its never been this late",
    "lmp {SMD} i think, maybe a day or 2 off",
    "had my flu shot {YY} at the walgreens",
    "my tdap was {DATE} per my old records",
    "the baby got her 2 month shots on the {DAYTH}, fever since",
    "surgery was {LONGDATE}, still cant lift my arm",
    "started the new bp pill {MD} and my ankles swelled up",
    "fell on {MD}, went to urgent care, they said sprain",
    "on the {DAYTH} i noticed blood in my stool",
    "can i come in fri the {DAYTH} at 9",
    "it started {MD} and by the {DAYTH} i couldnt walk",
    "i havent been seen since {MONYEAR}",
    "colonoscopy was {MONYEAR} they said come back in 5 yrs",
    "my due date is {DATE}, how many more ultrasounds",
    "dob {DOB} if you need it",
    "birthday {DOB}, name {NAME}",
    "for my son {GIVEN} dob {DOB}",
    "the form says {DATE} but i wasnt even there that day",
    "been taking it since {YY} and never had a problem",
    "tengo cita el {ESDATE} pero necesito cambiarla",
    "was discharged {MD} and nobody called with the follow up",
    "my husband had the stroke {DATE}, the rehab says they need your notes",
    # Addresses.
    "new addy is {STREET} {CITY} {STATE} {ZIP}",
    "we moved to {STREET}, can u update it",
    "mail my stuff to {POBOX} {CITY} {ZIP} please",
    "we're the last house on {STREETNAME}, gravel drive",
    "home health cant find us, we are at {RURAL}",
    "im staying at my daughters {STREET} {UNIT} in {CITY} for now",
    "is there any clinic in {CITY}? driving to {CITY} is 2 hrs",
    "we just moved here from {CITY}, {STATE}",
    "my old doctor was in {CITY}, do u need those records",
    "the lab on {STREETNAME} closes at 4 right",
    "went to the er in {CITY} on {MD} for the chest pain",
    "im at the motel on {STREETNAME} room 12 till friday",
    "address on my card is wrong its {STREET} not {STREET}",
    "shelter address is {STREET}, {CITY}",
    "vivo en {STREET}, {CITY}, ya no en la casa de mi hermana",
    # Phone, fax, email.
    "call my cell {PHONE} not the house",
    "my new number is {PHONE}, old one got shut off",
    "please call my daughter {GIVEN} at {PHONE} she can translate",
    "work number {PHONE} ext is on there too",
    "fax it to my lawyer {FAX} please",
    "email is {EMAIL}",
    "can you email the results to {EMAIL} instead of mail",
    "my sons email {EMAIL}, he handles my stuff",
    # Insurance and numbers.
    "medicaid id {PLAN}",
    "member id {PLAN} group on back, it's through my husbands job",
    "ihs number is {OTHER} and my medicare is {PLAN}",
    "last 4 of my social is on file but full is {SSN}",
    "ssn {SSN} for the disability form",
    "my mrn {MRN}",
    "account {ACCOUNT} statement says i owe 340??",
    "got a bill for acct {ACCOUNT} but insurance should pay",
    "they gave me a claim # {OTHER}",
    "prior auth number is {OTHER}",
    # Devices, vehicles, licences, web.
    "my dexcom transmitter {DEVICE} stopped connecting",
    "omnipod serial {DEVICE}, the pdm keeps beeping",
    "the oxygen concentrator serial # {DEVICE} is making a noise",
    "phone imei {IMEI} for the heart monitor app",
    "my truck plate is {PLATE} for the handicap placard form",
    "we got rear ended, my vin is {VIN}",
    "drivers lic {LICENSE}",
    "the link {URL} doesnt open on my phone",
    "heres the gofundme for my surgery {URL}",
    "my login is {USER} and it keeps locking me out",
    "someone logged into my account from {IP}??",
    # Run-ons.
    "hi its {GIVEN} my mom {NAME} is {AGE} she fell {MD} and her hip hurts can someone call {PHONE}",
    "this is {NAME} dob {DOB} i need my metformin refilled at the walmart in {CITY}",
    "my son {GIVEN} has had fever since the {DAYTH} and now a rash, we live out on {STREETNAME}",
    "{NICK} here, dr {SURNAME} said call if the swelling came back, it did",
    "hey {GIVEN} its me again, still waiting on that referral to {CITY}",
    "called {MD} and {MD} and nobody called back, this is {NAME}",
    "mom {GIVEN} {SURNAME} {DOB} needs her records sent to {FAX}",
    "my daughter {NAME} is my poa now, her email is {EMAIL}",
]

NOTES = [
    # Headers.
    "Patient: {CAPSNAME}   DOB: {DOB}   MRN: {MRN}   DOS: {DATE}",
    "NAME: {CAPSNAME}\nDOB: {DOB}\nACCT: {ACCOUNT}\nADMIT: {DATE}\nATTENDING: {DOC}, MD",
    "{LASTFIRST} | {AGENUM} y/o F | MRN {MRN} | Visit {USDATE}",
    "Re: {NAME} (DOB {DOB})\nDate of service: {LONGDATE}",
    "Visit date {DATE}; provider {DOC}, FNP-C; location {CITY} Rural Health Clinic",
    # HPI.
    "HPI: {NAME} is a 54 yo M who presents {DATE} with 4 days of dysuria.",
    "HPI: Ms. {SURNAME} is a {AGE} y/o female brought by her granddaughter {GIVEN} for weight loss since {MONYEAR}.",
    "HPI: Pt reports symptoms since {MD}; worse after returning from {CITY} on the {DAYTH}.",
    "HPI obtained via Hmong interpreter {NAME}; pt is a poor historian.",
    "Pt is a {AGE} yo widowed M who lives with son {GIVEN} on {STREETNAME}; presents for fatigue.",
    "Mr. {WFAM} reports the cough began {MD}, shortly after his grandson {GIVEN} was sick.",
    "Per wife {WGIVEN}, pt has been more confused since {SMD}.",
    "Pt last seen by me {DATE}; at that time A1c 10.1%.",
    "Pt states LMP was {MD}; cycles regular; UPT today positive.",
    "LMP: {DATE}. EDC by LMP: {DATE}.",
    "Pt had fever {SMD}-{SMD}, treated at {CITY} urgent care with azithromycin.",
    "Sx onset {TS} per EMS run sheet.",
    # A/P.
    "A/P: CKD 3b, stable. Discussed with pt and daughter {NAME}. RTC {MD}.",
    "Plan: refer to Dr. {SURNAME}, nephrology, {CITY}. Labs before next visit on {DATE}.",
    "Plan: cont lisinopril; home BP log; nurse visit {MD} with {GIVEN}, RN.",
    "Assessment: fall {MD} w/ L wrist sprain; xray neg. Son {NAME} to stay with pt x1 wk.",
    "Plan reviewed with pt's HCPOA, {LASTFIRST} ({PHONE}), who agrees.",
    "F/u with {DOC}, MD in 6 wks; sooner prn. Next A1c due {MONYEAR}.",
    "RTC on the {DAYTH} for suture removal.",
    # Discharge.
    "DISCHARGE SUMMARY\nAdmit: {USDATE}\nDischarge: {USDATE}\nAttending: {DOC}, MD\nPCP: {DOC}, DO",
    "Admitted {ISODATE} for CHF exacerbation; discharged {ISODATE} to home with wife {GIVEN}.",
    "Admission date: {LONGDATE}  Discharge date: {LONGDATE}  Disposition: {CITY} Care Center",
    "Discharged home to {STREET}, {CITY}, {STATE} {ZIP}; home health via {CITY} HH, contact {GIVEN} {PHONE}.",
    "Hospital course: admitted the {DAYTH} with DKA, transferred to floor {MD}, home {MD}.",
    "D/C instructions reviewed with pt and niece {NAME}; f/u {DOC} on {MD}.",
    # Referral letters.
    "Dear Dr. {SURNAME}:\nI had the pleasure of seeing {NAME} (DOB {DOB}) on {LONGDATE}.",
    "Dear {DOC},\nThank you for referring Mrs. {SURNAME} for evaluation of her tremor.",
    "Referral: {DOC}, MD, Cardiology, {STREET}, {CITY}, {STATE} {ZIP}. Phone {PHONE}. Fax {FAX}.",
    "RE: {CAPSNAME}  DOB {DOB}\nReason for referral: {AGENUM} yo with progressive memory loss.",
    "Sincerely,\n\n{DOC}, MD\n{CITY} Family Medicine\n{STREET}\n{CITY}, {STATE} {ZIP}\nTel {PHONE}",
    "Warm regards,\n{DOC}, DNP\ncc: {DOC}, MD; {NAME} (patient)",
    # Signatures.
    "Electronically signed by {DOC}, MD on {USDATE} at 17:05",
    "Signed: {DOC}, PA-C {DATE} 0822",
    "Dictated by {DOC}, MD  D: {USDATE}  T: {USDATE}  Transcriptionist: {GIVEN}",
    "Cosigner: {DOC}, MD {MD}",
    "Attending attestation: seen with resident Dr. {SURNAME}; agree with findings. {DOC}, MD",
    "Scribe statement: I, {NAME}, scribed for {DOC}, MD on {DATE}.",
    # Phone encounters.
    "Phone note {DATE}: pt's son {NAME} called from {PHONE}, reports pt not eating x3 days.",
    "TC from {GIVEN} at {CITY} pharmacy re: interaction; clarified with {DOC}.",
    "Called pt at {PHONE} x2, LVM. Letter mailed to {STREET}.",
    "Pt's wife {WNAME} called 1540; BP 190/104 on home cuff. Advised ED.",
    "Spoke to pt's daughter {GIVEN} ({PHONE}); she will bring pt in on the {DAYTH}.",
    "Returned call to {LASTFIRST}; questions about colonoscopy prep answered.",
    "Message left with {NICK} (pt's grandson) to have pt call back.",
    # Nursing.
    "RN note: pt A&Ox4, husband {GIVEN} at bedside. Call light within reach.",
    "0300 pt up to BR w/ assist; daughter {GIVEN} called ({PHONE}) and updated.",
    "Two-identifier check: {NAME} / {DOB}. Armband verified.",
    "Belongings sent home with sister {NAME}.",
    "Report given to {GIVEN}, LPN at 1900.",
    "Pt's son {WGIVEN} at bedside, requesting update from Dr. {WFAM}.",
    "Immunizations given today {DATE}: Tdap, lot {OTHER}; VIS given to mother {GIVEN}.",
    "Imm hx: PCV20 {DATE}; Shingrix #1 {YY}, #2 {YY}; flu {MONYEAR}.",
    # Social work.
    "SW: pt lives with her daughter {NAME} in a trailer at {RURAL}; well water; no running heat.",
    "SW: pt receives mail at {POBOX}, {CITY}, {STATE} {ZIP}; staying with friend {WGIVEN}.",
    "CM: transport via tribal van; pt lives on {STREETNAME} outside {CITY}.",
    "SW met with pt and guardian {NAME}; guardianship granted {DATE}.",
    "APS report filed {DATE}; worker {NAME}, case {OTHER}.",
    "DME to {STREET} {UNIT}, {CITY} on {MD}.",
    "Pt relocated from {CITY} to {CITY} in {MONYEAR}; new PCP needed.",
    # Family and social history.
    "FH: father {GIVEN} d. 61 MI; mother alive, 82, HTN; brother {GIVEN} T2DM.",
    "Family history: sister {NAME} breast ca at 44; maternal uncle {GIVEN} colon ca.",
    "SH: born in {CITY}, lives in {CITY} with husband {GIVEN} and 3 kids; works at the poultry plant.",
    "SH: married to {NAME}; lives at {STREET}; chews tobacco 1 can/day.",
    "SH: widow (husband {GIVEN} d. {MONYEAR}); daughter {WGIVEN} lives next door.",
    "Emergency contact: {NAME} (daughter) {PHONE}; alternate {NICK} (grandson) {PHONE}.",
    "NOK: {LASTFIRST}, husband, {PHONE}",
    # Med rec.
    "Med rec {DATE} w/ pt and son {GIVEN}; pt brought all bottles.",
    "Meds per {CITY} pharmacy (ph {PHONE}, fax {FAX}), last fills {SMD}-{SMD}.",
    "Rx {OTHER} for amlodipine written by Dr. {SURNAME}, DEA {DEA}.",
    "Outside records from {DOC}, NP at {CITY} Clinic reviewed; last visit {DATE}.",
    # Procedures.
    "PROCEDURE NOTE\nDate: {DATE}\nOperator: {DOC}, MD\nAssistant: {DOC}, RN",
    "Joint injection R knee performed {DATE} by Dr. {SURNAME}; lot {OTHER}.",
    "Time out with {DOC}, MD, {GIVEN} (RN) and {GIVEN} (MA) at 1412.",
    "Nexplanon placed L arm {DATE}; lot/serial {DEVICE}.",
    "ICD interrogated; device serial {DEVICE}; implanted {MONYEAR} at {CITY} Heart.",
    "Surgical hx: appendectomy {YY}; C-section {LONGDATE}; L TKA {MONYEAR}.",
    # Ages.
    "{NAME} is a {AGE}-year-old man here with his daughter for a fall.",
    "Pt is {AGENUM} and lives alone; still drives to church.",
    "DOB {DOB} (age {AGENUM}); hx from granddaughter {NAME}.",
    # Other identifiers.
    "Insurance: {PLAN} (Medicaid); secondary {PLAN}; subscriber {NAME}.",
    "Medicare MBI {PLAN} verified {MD}.",
    "Guarantor acct {ACCOUNT}; statements to {POBOX}, {CITY} {ZIP}.",
    "SSN {SSN} collected for SSI application.",
    "Portal: username {USER}; email {EMAIL}.",
    "Telehealth visit; pt at home in {CITY}; connection from {IP}.",
    "Pt shared her fundraiser {URL}.",
    "MVC: pt driver, VIN {VIN}; plate {PLATE}; trooper report {OTHER}.",
    "DL {LICENSE} scanned for ID.",
    "CGM {DEVICE} linked; phone IMEI {IMEI}.",
    # Fragments.
    "s/p chole {MONYEAR}; s/p hernia repair {DATE}",
    "Seen in ED {USDATE}; CT neg.",
    "No-show {MD} and {MD}; letter sent to {STREET}, {CITY}.",
    "Records faxed from {FAX} on {DATE}, 9 pages.",
    "Advance directive signed {DATE}; agent {NAME}.",
    "Only {NAME} and {NAME} may receive information per pt.",
    "Pt requests no info to ex-wife {NAME}.",
    "Pharmacy: {CITY} Drug, {STREET}, {CITY} {ZIP}, {PHONE}.",
    "Address: {STREETLINE}\n{UNIT}\n{CITY}, {STATE} {ZIP}",
    "EMS picked up pt at {STREET} at 0214 on {DATE}.",
    "Baby boy {SURNAME} born {DATE} at 0933; mother {NAME}.",
    "Chaplain {DOC} visited; pt's church is in {CITY}.",
    "Pt to call {PHONE} if no call from scheduling by {MD}.",
]

# key=value, JSON, query strings, HL7, CSV, traces, nginx, Celery, cron, syslog, audit.
LOGS = [
    '{TS} INFO appt.created patient="{NAME}" dob={ISODATE} provider_npi={NPI}',
    "{TS} WARN sms.failed to={PHONE} mrn={MRN} err=30006",
    "{TS} ERROR mail.bounce rcpt={EMAIL} smtp=550",
    'level=info msg="intake saved" first={GIVEN} last={SURNAME} dob={USDATE} zip={ZIP}',
    'level=warn msg=addr_unverified line1="{STREETLINE}" city={CITY} state={STATE}',
    'event=checkin kiosk=2 name="{LASTFIRST}" dob={DOB} ts={TS}',
    'user={USER} action=chart.open mrn={MRN} ip={IP} at="{TS}"',
    'AUDIT {TS} actor={USER} verb=PRINT object=patient/{MRN} name="{NAME}"',
    'audit: {USER} exported "{LASTFIRST}" ({DOB}) to {EMAIL}',
    '{{"ts":"{TS}","evt":"portal.message","from_name":"{NAME}","phone":"{PHONE}","len":212}}',
    '{{"patient":{{"first":"{GIVEN}","last":"{SURNAME}","dob":"{ISODATE}"}},"status":"new"}}',
    '{{"level":"error","msg":"geocode failed","address":"{STREET}","city":"{CITY}","zip":"{ZIP}"}}',
    '{{"type":"eligibility","memberId":"{PLAN}","subscriber":"{NAME}","result":"active"}}',
    '{{"event":"device_sync","serial":"{DEVICE}","mrn":"{MRN}","battery":64}}',
    '{{"event":"login","user":"{USER}","ip":"{IP}","ok":false}}',
    '{{"msg":"age flag","age":{AGENUM},"mrn":"{MRN}"}}',
    '{{"contact":{{"name":"{NAME}","relationship":"son","phone":"{PHONE}"}},"ok":true}}',
    '{{"claim":"{OTHER}","account":"{ACCOUNT}","dos":"{ISODATE}","denied":true}}',
    "GET /api/patients?last_name={SURNAME}&first_name={GIVEN}&dob={ISODATE} 200 38ms",
    "GET /portal/verify?email={EMAIL}&token=ab12 302",
    "POST /api/v1/intake?zip={ZIP}&city={CITY} 201 112ms",
    "GET /api/v1/lookup?phone={PHONE}&mrn={MRN} 404",
    "GET /records/{MRN}/pdf?name={USER} 200",
    '{IP} - - [{CLFDATE}:14:02:11 -0600] "GET /portal/messages HTTP/1.1" 200 5120 "-" "Mozilla/5.0"',
    '{IP} - {USER} [{CLFDATE}:09:41:57 +0000] "POST /api/login HTTP/2.0" 401 88',
    '{IP} - - [{CLFDATE}:22:10:03 -0500] "GET /api/patients/{MRN} HTTP/1.1" 200 1432',
    "{SYSDATE} 03:12:44 app01 sshd[9912]: Failed password for {USER} from {IP} port 40022 ssh2",
    "{SYSDATE} 07:00:01 app02 CRON[3321]: (celery) CMD (/srv/bin/remind --date {ISODATE})",
    "{SYSDATE} 11:58:20 fax01 hylafax[210]: SEND to {FAX} (job {OTHER}) completed",
    "[{TS}: INFO/ForkPoolWorker-3] Task reminders.send[{OTHER}] succeeded: to={PHONE}",
    "[{TS}: ERROR/MainProcess] Task billing.statement raised: KeyError('{ACCOUNT}')",
    "celery.task=notify.email args=('{EMAIL}', '{NAME}') eta={TS}",
    "cron job=nightly_recall patient={MRN} last_visit={ISODATE} phone={PHONE}",
    "MSH|^~\\&|ADT|HOLLERCLINIC|LAB|REF|{HLTS}||ADT^A08|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^HC^MR||{LNUP}^{FNUP}^{MIDUP}||{YMD}|F|||{STREETLINE}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|{SSN}",
    "NK1|1|{LNUP}^{FNUP}|DAU^Daughter|{STREETLINE}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}",
    "PV1|1|O|FM^12^1||||{NPI}^{LNUP}^{FNUP}|||||||||||{OTHER}||||||||||||||||||||||||{HLTS}",
    "IN1|1|MCD|{OTHER}|STATE MEDICAID||||||||{YMD}|||{LNUP}^{FNUP}|18|{YMD}|||||||||||||||||||{PLAN}",
    "GT1|1||{LNUP}^{FNUP}||{STREETLINE}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||{YMD}",
    "OBR|1|{OTHER}||80053^CMP|||{HLTS}|||||||||{NPI}^{LNUP}^{FNUP}",
    "mrn,last,first,dob,phone\n{MRN},{SURNAME},{GIVEN},{USDATE},{PHONE}",
    "{MRN},{LASTFIRST},{DOB},{STREETLINE},{CITY},{STATE},{ZIP}",
    '"{NAME}","{EMAIL}","{PHONE}","{ISODATE}"',
    "{ACCOUNT};{SURNAME};{GIVEN};{PLAN};{DATE}",
    'Traceback (most recent call last):\n  File "/srv/app/intake.py", line 88, in clean_dob\n    raise ValueError(f"bad dob {{raw}}")\nValueError: bad dob {DATE} for {NAME}',
    "Traceback (most recent call last):\n  File \"/srv/app/billing.py\", line 301, in post\nKeyError: '{ACCOUNT}' (guarantor {LASTFIRST})",
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "patient_email_key" DETAIL: Key (email)=({EMAIL}) already exists.',
    'psycopg.errors.NotNullViolation: null value in column "city" DETAIL: Failing row contains ({MRN}, {SURNAME}, {GIVEN}, {ISODATE}, null).',
    "java.lang.IllegalArgumentException: invalid MRN {MRN} for patient {CAPSNAME}\n\tat org.clinic.Mpi.link(Mpi.java:144)",
    "sentry: ValidationError ssn={SSN} mrn={MRN} user={USER}",
    'fax.out to={FAX} pages=4 attn="Dr {SURNAME}" status=ok',
    'fax.in from={FAX} csid="{CITYUP} CLINIC" pages=2 assigned={USER}',
    "eligibility member={PLAN} dob={ISODATE} payer=MCD result=inactive",
    'statement.mail guarantor="{NAME}" to="{POBOX}, {CITY}, {STATE} {ZIP}" balance=88.40',
    'statement.mail guarantor="{LASTFIRST}" to="{RURAL}" balance=12.00',
    'transport.ride rider="{NAME}" pickup="{STREET}" city={CITY} plate={PLATE}',
    "parking.violation plate={PLATE} vin={VIN} at={TS}",
    'provider.verify npi={NPI} dea={DEA} lic={LICENSE} name="{DOC}"',
    "device.pair imei={IMEI} serial={DEVICE} user={USER}",
    "webhook url={URL} status=500 retries=3",
    "profile.update user={USER} website={URL}",
    "login ok user={USER} ip={IP} mfa_phone={PHONE}",
    "login fail user={USER} ip={IP} count=7 locked=true",
    'geo zip={ZIP} resolved="{CITY}, {STATE}"',
    'addr.clean in="{STREET}" out="{STREETLINE}" ok=Y',
    'census floor=3 bed=14 pt="{CAPSNAME}" age={AGENUM} admit={ISODATE}',
    '{TS} WARN dob mismatch name="{NAME}" entered={DOB} on_file={DOB}',
    '{{"resourceType":"Patient","name":[{{"family":"{SURNAME}","given":["{GIVEN}"]}}],"birthDate":"{ISODATE}","telecom":[{{"value":"{PHONE}"}}],"active":true}}',
    '{{"resourceType":"Patient","address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","postalCode":"{ZIP}"}}],"active":true}}',
    '{{"resourceType":"RelatedPerson","name":[{{"text":"{NAME}"}}],"relationship":"mother","active":true}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","period":{{"start":"{ISODATE}"}},"status":"active"}}',
    'export file="{LASTFIRST}_{YMD}.pdf" to={EMAIL}',
    'scan.upload file="{SURNAME} card.jpg" member={PLAN} by={USER}',
    'ticket id={OTHER} from={EMAIL} subj="locked out {USER}"',
    'rx.send rx={OTHER} pt="{LASTFIRST}" fax={FAX} npi={NPI}',
    "lab.result acc={OTHER} mrn={MRN} collected={TS} test=A1c val=9.1",
    'hie.match name="{CAPSNAME}" dob={YMD} zip={ZIP} score=0.92',
    "vpn user={USER} from={IP} assigned={IP} at={TS}",
    '{TS} ERROR letter.render to="{NAME}" addr="{STREET}, {CITY}"',
    '{TS} notify.sms to={PHONE} body="Hi {GIVEN}, reminder for {MD} at 10:30"',
    '{TS} notify.email to="{NAME} <{EMAIL}>" tpl=recall',
    'kv name="{NAME}" city={CITY} age={AGENUM} phone={PHONE}',
    "patient_name={NAME}|dob={DOB}|mrn={MRN}",
    "pt_nm={LASTFIRST} svc_dt={USDATE} acct={ACCOUNT}",
    "guarantor={NAME} addr1={STREETLINE} addr2={UNIT} city={CITY} zip={ZIP}",
    "emergency_contact={NAME} ec_phone={PHONE} relation=spouse",
    "{TS} DEBUG sql SELECT * FROM patient WHERE ssn='{SSN}'",
    "{TS} DEBUG sql UPDATE patient SET email='{EMAIL}' WHERE mrn='{MRN}'",
    '{TS} INFO video.join room=tele-4 ip={IP} patient={MRN} name="{NAME}"',
    '{TS} WARN vehicle.lookup vin={VIN} owner="{NAME}"',
    "{TS} INFO recall.batch pt={MRN} lmp={ISODATE} edd={ISODATE}",
    "{TS} INFO imm.push mrn={MRN} vaccine=Tdap given={ISODATE} by={USER}",
    '{TS} INFO referral.sent to="{DOC}" fax={FAX} patient="{LASTFIRST}"',
    "{TS} INFO adt.admit mrn={MRN} admitted={TS} attending_npi={NPI}",
]

# Lines with no PHI at all, full of what looks like it. Three groups (chat, notes, logs)
# interleaved so that any prefix mixes all three.
_PHI_FREE_CHAT = [
    "ok thank u see yall tuesday",
    "running 15 min late sorry",
    "sugar was 187 fasting this morning",
    "bp 152/96 on the cvs machine is that bad",
    "can i take benadryl with the gabapentin",
    "is it ok to eat before the ultrasound",
    "took 1/2 of the 25mg like u said",
    "pain is 7/10 today, was a 4 yesterday",
    "my mom is 88 and wants to know about the shingles shot",
    "he turned 65 so does medicare cover it now",
    "shes 89 and still cans her own tomatoes",
    "had covid back in 2022 and never got my smell back",
    "it happened sometime in early march",
    "been feeling off since mid-june",
    "every other wednesday works best",
    "can i come in monday or thursday afternoon",
    "the pharmacy said 3 to 5 business days",
    "is 2 weeks too long to wait on the biopsy",
    "woke up at 4am sweating again",
    "my frost bitten toes are peeling now",
    "the honey and lemon is helping the cough",
    "pepper spray got in my eye at work, still burns",
    "ate too much salt at the fish fry, ankles huge",
    "the cotton swab broke off in my ear",
    "my kettle corn habit is ruining my a1c lol",
    "should i put ice or heat on the knee",
    "the storm knocked the power out, my insulin ok?",
    "hope you all have a good weekend",
    "justice for my knees lol, stairs are killing me",
    "sunny days make my migraines worse",
    "got stung by a hornet, hand swollen, no trouble breathing",
    "chigger bites all over my ankles from the creek",
    "room 214 or 241, i forgot",
    "is the lab on the 1st floor",
    "press 2 for pharmacy right",
    "parked in lot c, the gravel one",
    "my kid is 6 and 44 lbs how much tylenol",
    "vision was 20/25 at the dmv",
    "ozempic or mounjaro which is cheaper with medicaid",
    "the lasix makes me pee every 20 min",
    "can i split the metoprolol tablets",
    "albuterol inhaler is empty already",
    "my cpap mask gives me a rash on my nose",
    "flu shot and tdap same day ok?",
    "cough for like 12 days now",
    "rash on both legs no fever",
    "i work 3rd shift so mornings are rough",
    "thank you so much, you all are angels",
    "will bring the pill bottles friday",
    "is the clinic closed for thanksgiving",
    "a1c 7.2 is that good or bad",
    "my ankles are swollen 2+ the nurse said",
    "walked 2 miles today no chest pain",
    "quit dipping 3 months ago",
    "down 14 lbs since january",
    "been on the patch for 6 weeks now",
    "clover honey or raw honey for allergies",
    "grace period on the bill is 30 days right",
    "mercy, this heat makes my copd so bad",
    "the ranger station had a first aid kit thank god",
    "ivy got me again, poison ivy on both arms",
    "hazel eyes run in the family, is that genetic lol",
    "pain meds make me itchy, is that an allergy",
    "no se si puedo tomar ibuprofeno con la presion alta",
    "gracias, nos vemos el lunes",
    "tengo tos desde hace 2 semanas",
    "my o2 was 91% on the finger thing",
    "temp 100.8 at bedtime then 99.1 this morning",
    "is half a xanax ok before the mri",
    "holler if you need anything else from me",
    "the 3 month supply is cheaper right",
    "can i still drive after the eye drops",
]
_PHI_FREE_NOTE = [
    "BP 142/88, HR 81, RR 18, T 98.9 F, SpO2 95% RA, Wt 97.3 kg, BMI 34.1",
    "Gen: NAD, well appearing; HEENT: PERRLA, TMs clear",
    "CV: RRR, no m/r/g; 2+ radial and DP pulses",
    "Lungs: scattered expiratory wheezes, no crackles",
    "Abd: soft, mild epigastric tenderness, no rebound",
    "Ext: 1+ pitting edema to mid-shin bilaterally",
    "Neuro: CN 2-12 intact, 5/5 strength, normal gait",
    "Psych: PHQ-9 14, GAD-7 11; denies SI/HI",
    "Skin: 1.2 cm pearly papule L nasal ala",
    "Foot exam: monofilament 8/10 sites bilaterally",
    "Ménière's disease, stable on betahistine",
    "Sjögren's syndrome with sicca symptoms",
    "Guillain-Barré syndrome in 2014, full recovery",
    "Kawasaki disease as a child, echo normal",
    "Osgood-Schlatter disease, bilateral",
    "Dupuytren's contracture of the R ring finger",
    "Charcot foot L, in CROW boot",
    "Cushing's syndrome workup pending",
    "Addison's disease on hydrocortisone 15 mg AM, 5 mg PM",
    "Tourette syndrome, mild motor tics",
    "Peyronie's disease, discussed options",
    "Baker's cyst on R popliteal US",
    "Colles fracture R wrist, healed",
    "Heberden's nodes DIP joints bilaterally",
    "McMurray negative; Lachman 1A; anterior drawer negative",
    "Finkelstein positive R wrist",
    "Spurling negative bilaterally",
    "Trendelenburg gait, R hip abductor weakness",
    "Homan's sign not used; Wells score 1",
    "CHA2DS2-VASc 4; HAS-BLED 2",
    "ASCVD 10-year risk 14.2%",
    "FRAX major osteoporotic 18%, hip 3.1%",
    "Apgars 7/9; 38 wks 2 days by dates",
    "G2P1011 at 24w3d; fundal height 24 cm",
    "Fetal heart tones 142 bpm",
    "Audit-C 5; counseled",
    "ECOG 1; Karnofsky 80",
    "Na 131, K 5.2, CO2 19, BUN 42, Cr 2.3, eGFR 28",
    "Hgb 9.1, MCV 74, ferritin 6, TSAT 5%",
    "TSH 0.02, free T4 3.4",
    "INR 3.8; hold warfarin x1 dose then 5 mg daily",
    "UA: 2+ LE, + nitrite, 20-50 WBC/hpf",
    "Lipids: TC 242, LDL 161, HDL 38, TG 215",
    "Urine albumin/creatinine 310 mg/g",
    "PSA 6.4 ng/mL (prior 4.1)",
    "ICD-10 E11.22, N18.32, I12.9, Z79.4",
    "ICD-10 F11.20, Z79.891; CPT 99214-25, 96372",
    "CPT 20610 R knee; J3301 x 40 units",
    "LOINC 33914-3 eGFR; 14959-1 microalbumin",
    "NDC 0002-1433-80 insulin lispro",
    "HCPCS G0439 annual wellness visit",
    "buprenorphine-naloxone 8/2 mg SL BID",
    "gabapentin 300 mg TID; duloxetine 60 mg daily",
    "empagliflozin 10 mg daily; hold if NPO",
    "ceftriaxone 1 g IV q24h x 5 days",
    "amoxicillin 80-90 mg/kg/day divided BID x 10 days",
    "methotrexate 15 mg weekly + folic acid 1 mg daily",
    "levothyroxine 112 mcg, take on empty stomach",
    "Depo-Provera 150 mg IM every 12-13 weeks",
    "71 yo F with 3 weeks of cough",
    "pt is 89 and independent in IADLs",
    "seventy-eight-year-old with chronic back pain",
    "Quit smoking 2019; 40 pack-years",
    "RTC 3 months; labs 1 week prior",
    "Seen Mondays and Thursdays for wound checks",
    "Room 3, exam table B; Bed 12A on 4 West",
    "Pt transferred from Bed 7 to Bed 9",
    "Suite 200 pediatric pod, 2nd floor",
    "Diet: carb consistent, 2 g Na, 1.5 L fluid restriction",
    "Pt eats cornbread and beans most days; counseled on portions",
    "Sterling silver jewelry removed prior to MRI",
    "Ivory-colored sputum, no hemoptysis",
    "Honey-colored crusting consistent with impetigo",
    "Pt has faith that the treatment will help; spiritual care offered",
    "Patience and repetition needed with teaching",
    "Allergies: codeine (N/V), latex (rash)",
    "Full code; discussed goals of care",
    "No acute distress; joking with staff",
]
_PHI_FREE_LOG = [
    "INFO worker ready concurrency=4 pool=prefork",
    "GET /healthz 200 1ms",
    "GET /api/v1/formulary?ndc=0002-1433-80 200 17ms",
    "POST /api/v1/vitals 201 bp=142/88 pulse=81",
    '{"event":"dose_calc","drug":"amoxicillin","mg_per_kg_day":90,"weight_kg":18.2}',
    '{"code":"E11.22","system":"ICD-10-CM","display":"Type 2 DM w diabetic CKD"}',
    '{"level":"info","msg":"reindex complete","docs":18211,"took_s":44.2}',
    "WARN slow query 1204ms table=encounters",
    "ERROR upstream 504 service=eligibility after 30s (attempt 2/3)",
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.1|%|4.0-5.6|H|||F",
    "OBX|3|NM|2823-3^Potassium^LN||5.2|mmol/L|3.5-5.1|H|||F",
    "cpt=99213 units=1 modifier=95 pos=10",
    "ndc=50090-3522-0 qty=30 days_supply=30 refills=5",
    "loinc=2093-3 value=242 unit=mg/dL flag=H",
    "celery@worker-2 ready. task=recalls.nightly processed=412 failed=3",
    "cache hit key=icd10:I12.9 ttl=86400",
    "migration 0112_add_preferred_language applied in 0.8s",
    "feature_flag spanish_sms=true rollout=1.0",
    "cron 30 6 * * 1-5 recall.daily",
    "rate_limit 429 path=/api/chat window=60s",
    "retry 3/5 backoff=8s",
    "model=triage-v7 tokens=512 latency_ms=733",
    "python 3.12.4 django 5.1.2 celery 5.4.0",
    "build 2026.1.3 (7781), schema v88",
    "session expired after 15 min idle",
    "queue=sms depth=12 oldest_s=3",
    "weekly visits=1840 no_show=0.11 wk=47",
    '{"age_band":"80-89","n":144,"month":"October"}',
    '{"bp":"142/88","hr":81,"temp_f":98.9,"spo2":95}',
    '{"unit":"4 West","beds":28,"occupied":26}',
    "SELECT count(*) FROM appt WHERE weekday IN ('Monday','Friday')",
    "export ok rows=3310 format=csv gzip=true",
    "room=214 bed=A tele=off",
    "dept=peds floor=2 pod=C",
    "pump firmware 3.1.7, library 2026-Q2",
    "app=ios version=5.12.0 build=409",
    "HTTP 503 on /api/v1/eligibility",
    "tz=America/Denver locale=en_US",
    "audit retention_days=2555",
    "WARN disk 87% on /var/log",
    "INFO model reload v3.2 in 1.9s",
    "vitals.ingest n=520 dropped=2 window=5m",
    "triage esi=2 reason=stroke_alert age_band=70-79",
    "alert spo2<88 for 5m fired=true bed=A",
    "backup ok size=61GB in 00:31:08",
    "GET /static/js/app.7f3c9a.js 200 12ms",
    "POST /api/v1/messages 202 queued",
    "nginx: upstream timed out (110) while reading response header",
    "gunicorn worker 4412 booted",
    "ssl cert expires in 29 days",
    "ratio=2/3 complete step=14/21",
    "WARN retry after 120s reason=503",
    '{"ok":true,"items":0,"next":null}',
    "pg_dump completed 2.4 GB in 4m12s",
    "job=hl7_inbound msgs=1204 acks=1204 naks=0",
    "INFO heartbeat ok latency_ms=3",
    "DEBUG tokens prompt=812 completion=143",
    "k8s pod restart count=2 reason=OOMKilled",
    "INFO sms opt_out_rate=0.4%",
    "metric bp_controlled_pct=61.5 period=Q3",
    "INFO 200 OK /api/v2/config version=1.18.0",
    "WARN clock skew 2.1s from ntp",
    "hl7 ack MSA|AA|1",
    "INFO nightly purge deleted=0 rows older than 2555 days",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
