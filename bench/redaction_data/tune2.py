"""The "tune2" split: a second, larger tuning set, written without looking at the engine.

The engine came out overfit to the formats and wording of "tune" and "heldout", so this split
changes all three at once: its own templates (patient chat, developers' log statements, HL7 and
X12 segments, clinical notes), its own value pools (names, streets, cities, e-mail domains, none
of which appear in values.py's pools for either split), and far more formats per identifier.
Tune on it freely; "blind" stays the judge.

It keeps the interface of values.py, so generate.py can fill templates from it the way it does
from blind.py. Some formats only make sense in one place (an HL7 date is 19500304, a JSON age is a
bare number), so the templates also use a few slots of their own, listed in ``EXTRA_SLOTS``.

Two choices to be aware of: "SSN last four" and a bare last-four number are left unlabelled (four
digits do not identify anyone), and a state is not scored, as in the other splits.
"""

# Turkish names need the dotless i (U+0131), which RUF001 takes for a look-alike.
# ruff: noqa: RUF001

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Family-first origins are sometimes written
# surname first ("Quach Thi Lan"). Nothing here is in values.py's Faker pools (checked after
# folding accents and case, word by word).

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "vietnamese": (3, [
        "Thi Lan", "Ngoc Anh", "Thanh Tam", "Minh Chau", "Bao Ngoc", "Thu Trang", "Quoc Bao",
        "Duc Huy", "Huong", "Tuan", "Dung", "Hieu", "Khoa", "Phuong", "Nhung", "Quynh", "Vinh",
        "Hanh", "Thao", "Loan", "Nga", "Thuy", "Tien", "Khanh", "Nhat", "Sang", "Tri", "Hau",
        "Cuong", "Diep", "Oanh", "Xuan", "Đức", "Hùng", "Phúc", "Tâm", "Dinh Bao", "Thanh Huong",
        "Kieu Trinh", "Thu-Ha", "Ngoc-Diep",
    ], [
        "Quach", "Trinh", "Luong", "Ta", "Dinh", "Thai", "Cao", "Kieu", "Vuong", "Chau", "Doan",
        "Khuc", "Mach", "Tang", "Lu", "Ong", "Giang", "Truong", "Vo", "Dao", "Luu", "Tong",
        "Nghiem", "Bach", "Trieu", "Ton", "Lac", "Au", "Quách", "Trịnh", "Lương",
    ]),
    "korean": (3, [
        "Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yoon", "Ye-jin", "Hyun-woo", "Soo-ah",
        "Jae-won", "Eun-ji", "Sung-min", "Yoo-jin", "Dong-hyun", "Hye-jin", "Kyung-soo", "Mi-rae",
        "Jin-ho", "So-yeon", "Minji", "Jiwoo", "Seojun", "Haneul", "Bo-Hyun", "Sun-Hee",
    ], [
        "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
        "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Bae",
        "Baek", "Heo", "Nam", "Noh", "Gwak", "Seong", "Cha", "Joo", "Woo", "Ryu", "Chae", "Pyo",
        "Yeo",
    ]),
    "chinese": (2, [
        "Xiaoling", "Jianguo", "Meihua", "Zhiwei", "Yufei", "Haoran", "Xinyi", "Chunhua",
        "Guoqiang", "Lihua", "Zihan", "Yuxuan", "Shuang", "Jingyi", "Qiang", "Hui", "Xiu Ying",
        "Jiayi", "Xiaomei", "Junjie", "Yichen", "Ruolan", "Lianhua", "Hongmei", "Zhiqiang",
        "Mae-Lin",
    ], [
        "Zhang", "Liu", "Zhao", "Zhou", "Xu", "Zhu", "Guo", "Luo", "Zheng", "Xie", "Deng",
        "Feng", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Cai", "Jiang", "Du", "Ye",
        "Su", "Ding", "Ren", "Shen", "Yao", "Qian", "Sun", "Ma", "Gu", "Lai", "Kong", "Mao",
        "Qiu", "Wen", "Fang", "Bai", "Hao", "Kwok", "Chow", "Yip", "Leung", "Tsang", "Fong",
    ]),
    "nigerian": (3, [
        "Chinonso", "Ifeoma", "Nnamdi", "Chukwuemeka", "Adaeze", "Obinna", "Ngozi", "Uchenna",
        "Chiamaka", "Ikenna", "Oluwaseun", "Temitope", "Babajide", "Folasade", "Olumide", "Bukola",
        "Abubakar", "Zainab", "Aminu", "Hadiza", "Halima", "Nkechi", "Ebere", "Kelechi", "Tochukwu",
        "Somtochukwu", "Amarachi", "Ogechi", "Onyinyechi", "Ifeanyi", "Ejiro", "Oghenekaro", "Efe",
        "Tamuno", "Ibiye", "Ekene", "Chidera", "Kehinde", "Taiwo", "Olufemi", "Funmilayo",
        "Chibuzo", "Ngozika", "Ebube", "Nneka", "Olamide",
    ], [
        "Nwosu", "Danjuma", "Abdullahi", "Okoro", "Nwachukwu", "Akinola", "Oyelaran", "Ezeh",
        "Uzor", "Onuoha", "Ibekwe", "Nwankwo", "Ogundipe", "Fashola", "Adesanya", "Anyanwu",
        "Umeh", "Iwu", "Agbaje", "Oduya", "Ugwu", "Emenike", "Osagie", "Igwe", "Akande",
        "Nwafor", "Okeke", "Onwuachi", "Oyewole", "Ikwuemesi", "Mbah", "Okwu",
    ]),
    "ethiopian": (2, [
        "Abebe", "Tsion", "Meseret", "Dawit", "Selamawit", "Yohannes", "Hiwot", "Tesfaye",
        "Bethlehem", "Mekdes", "Alemayehu", "Tigist", "Kidist", "Getachew", "Birtukan", "Yonas",
        "Liya", "Eyerusalem", "Fikirte", "Berhanu", "Senait", "Abeba", "Tewodros", "Mulugeta",
        "Netsanet", "Meron", "Henok", "Samrawit", "Kalkidan", "Emebet", "Aster", "Tsehay",
        "Amanuel", "Biniam", "Fasil", "Eleni",
    ], [
        "Gebremedhin", "Tadesse", "Bekele", "Woldemariam", "Alemu", "Mengistu", "Girma",
        "Kebede", "Assefa", "Desta", "Worku", "Negash", "Gebreyes", "Abera", "Mekonnen",
        "Lemma", "Ayele", "Demissie", "Wondimu", "Yirga", "Teklu", "Shiferaw", "Hailemariam",
        "Gebre-Egziabher",
    ]),
    "polish": (2, [
        "Małgorzata", "Bożena", "Jadwiga", "Zbigniew", "Halina", "Mieczysław", "Genowefa",
        "Bogumiła", "Jarosław", "Teodozja", "Wiesława", "Ludwik", "Bronisław", "Czesława",
        "Kazimiera", "Wacław", "Leokadia", "Stanisława", "Zdzisław", "Bolesław", "Dobromir",
        "Teodor", "Wiesław", "Jolanta", "Lucyna",
    ], [
        "Brzęczyszczykiewicz", "Wróblewski", "Szczepańska", "Przybylski", "Grabowska",
        "Kaczmarczyk", "Pietrzak", "Zawadzki", "Jabłońska", "Wieczorek", "Michalak",
        "Chmielewski", "Sobczak", "Kwiatkowska", "Ostrowski", "Wysocka", "Kołodziej",
        "Sikorski", "Błaszczyk", "Gajewska", "Nowicki", "Kalinowski", "Żukowski", "Dudek",
        "Urbańczyk", "Malinowska", "Szewczyk", "Walczak", "Krawczyk", "Pawlak", "Zalewski",
        "Wróbel", "Stępień", "Szymańska", "Lewandowski", "Kowalczyk", "Jankowski",
        "Wojciechowska", "Kaczmarek", "Mazur", "Ziółkowski",
    ]),
    "greek": (2, [
        "Eleftherios", "Panagiota", "Konstantina", "Athanasios", "Vasiliki", "Spyridon",
        "Chrysoula", "Theodoros", "Evangelia", "Georgios", "Ioanna", "Stavros", "Paraskevi",
        "Nikolaos", "Despina", "Charalambos", "Kalliopi", "Apostolos", "Christos", "Eirini",
        "Sotirios", "Angeliki", "Panagiotis", "Fotini", "Thanasis", "Xanthippi",
    ], [
        "Papadopoulos", "Karagiannis", "Vlachou", "Nikolaidis", "Christodoulou", "Papadakis",
        "Georgiou", "Oikonomou", "Triantafyllou", "Konstantinidis", "Theodorou", "Michailidis",
        "Alexiou", "Pappas", "Antoniou", "Makris", "Dimitriou", "Stavropoulos", "Kyriakou",
        "Papanikolaou", "Katsaros", "Zervas", "Mavridis", "Karamanlis", "Lazaridou",
        "Tsakalidis", "Chatzis", "Economou", "Pantazis", "Xenakis",
    ]),
    "turkish": (2, [
        "Mehmet", "Mustafa", "Fatma", "Hüseyin", "Zeynep", "Burak", "Gökhan", "Selin", "Tuğba",
        "Serkan", "Kemal", "Nermin", "Oğuz", "Sevgi", "Cengiz", "Derya", "Ertuğrul", "Gülşen",
        "İlker", "Pınar", "Volkan", "Şebnem", "Tolga", "Yasemin", "Emre", "Fatih", "Hakan", "Murat",
        "Ebru", "Esra", "Ümit",
    ], [
        "Kaya", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Doğan", "Kılıç",
        "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Karaca", "Uçar", "Bozkurt", "Güneş",
        "Akgül", "Tekin", "Sarı", "Kılınç", "Korkmaz", "Tunç", "Güler", "Ateş",
    ]),
    "persian": (2, [
        "Parisa", "Shirin", "Dariush", "Kourosh", "Farzaneh", "Mehrdad", "Golnaz", "Behrouz",
        "Nasrin", "Arash", "Roya", "Kaveh", "Shahla", "Babak", "Siavash", "Mahnaz", "Omid",
        "Niloufar", "Azadeh", "Payam", "Bijan", "Soheila", "Farhad", "Ladan", "Navid", "Yasaman",
        "Ehsan",
    ], [
        "Hosseini", "Tehrani", "Moradi", "Rahimi", "Karimi", "Jafari", "Mohammadi", "Shirazi",
        "Esfahani", "Ahmadi", "Rezaei", "Hashemi", "Sadeghi", "Ghorbani", "Kazemi", "Najafi",
        "Farahani", "Bagheri", "Mousavi", "Nouri", "Zand", "Khorasani", "Amini", "Eskandari",
        "Golzar", "Rostami", "Jahangiri", "Pahlavan", "Saberi", "Tabrizi",
    ]),
    "filipino": (2, [
        "Maricel", "Rodel", "Rommel", "Marites", "Analyn", "Jericho", "Lorna", "Ferdinand",
        "Divina", "Arnel", "Rowena", "Bong", "Marivic", "Jomar", "Ligaya", "Dindo", "Mylene",
        "Lovely", "Jhun", "Princess", "Jun-Jun",
    ], [
        "Bautista", "Manalo", "Macaraeg", "Dimaculangan", "Pangilinan", "Magbanua", "Agbayani",
        "Tolentino", "Lacson", "Soriano", "Quiambao", "Aquino", "Panganiban", "Mangubat",
        "Dizon", "Katigbak", "Lumbao", "Sison", "Gatchalian", "Buenaventura", "Dimaano",
        "Macapagal", "Tuazon",
    ]),
    "brazilian": (2, [
        "Caio", "Juliana", "Leandro", "Tatiane", "Wellington", "Cleiton", "Raimundo", "Edvaldo",
        "Josefa", "Sebastião", "Marlene", "Valdir", "Jailson", "Rosângela", "Gilmar", "Edilene",
        "Kléber", "Valdirene", "Joelma", "Rivaldo", "Genivaldo", "Lucimar", "Erivaldo", "Josenildo",
        "Marinalva", "Creusa", "Ivanete", "Wanderley", "Cristiano", "Adalberto", "Gleice",
        "Deusdete", "Lindalva",
    ], [
        "Soares", "Vieira", "Bezerra", "Magalhães", "Figueiredo", "Queiroz", "Brandão",
        "Guimarães", "Tavares", "Pinheiro", "Coutinho", "Bittencourt", "Fagundes", "Damasceno",
        "Cordeiro", "Sobral", "Lacerda", "Assunção", "Holanda", "Falcão",
    ]),
    "russian": (2, [
        "Dmitri", "Svetlana", "Yevgeny", "Anastasiya", "Aleksandr", "Tatyana", "Sergei", "Lyudmila",
        "Nikolai", "Yekaterina", "Mikhail", "Natalya", "Andrei", "Irina", "Pavel", "Galina", "Oleg",
        "Zoya", "Vitaly", "Larisa", "Konstantin", "Nadezhda", "Arkady", "Raisa", "Gennady",
        "Inessa", "Zhanna", "Lyubov", "Vyacheslav", "Stanislav", "Yaroslav", "Kseniya", "Polina",
        "Timofei",
    ], [
        "Ivanova", "Smirnov", "Kuznetsova", "Popov", "Sokolova", "Lebedev", "Kozlova",
        "Novikov", "Morozova", "Petrov", "Volkova", "Solovyov", "Vasilieva", "Zaitsev",
        "Pavlova", "Semenov", "Golubeva", "Vinogradov", "Bogdanova", "Vorobyov", "Fyodorova",
        "Mikhailov", "Belyaeva", "Tarasov", "Belov", "Komarova", "Orlov", "Kiseleva", "Makarov",
        "Andreyeva", "Zhukov", "Shcherbakova", "Gerasimov", "Kuzmina", "Yegorov", "Sidorova",
    ]),
    "irish_scottish": (3, [
        "Siobhan", "Padraig", "Saoirse", "Oisin", "Caoimhe", "Donal", "Orla", "Fionnuala", "Seamus",
        "Tadhg", "Aisling", "Ailsa", "Hamish", "Iona", "Morag", "Lachlan", "Isla", "Euan",
        "Siobhán", "Fiachra", "Ruairí", "Cathal", "Peadar", "Ewan", "Alasdair", "Catriona",
        "Ruaridh", "Morven",
    ], [
        "McGillicuddy", "MacLeod", "McAllister", "O'Shaughnessy", "MacKenzie", "McCormack",
        "O'Donoghue", "MacDonald", "McGrath", "O'Rourke", "McLaughlin", "MacInnes",
        "O'Callaghan", "McTavish", "O'Driscoll", "MacPherson", "McNulty", "O'Keeffe",
        "MacGregor", "McElroy", "O'Halloran", "McCafferty", "O'Mahony", "MacAulay", "McIlroy",
        "O'Flaherty", "McCool", "Ní Bhriain", "McGuinness", "McSweeney", "O'Dowd", "MacNeil",
        "McKechnie",
    ]),
    "somali_arabic": (2, [
        "Abdirahman", "Hodan", "Fartun", "Khadija", "Faisal", "Nasra", "Hamdi", "Abdiqani", "Sahra",
        "Ubah", "Mahad", "Idil", "Bashir", "Munira", "Layla", "Tariq",
    ], [
        "Warsame", "Farah", "Abdi", "Osman", "Aden", "Nur", "Mohamud", "Egal", "Dirie", "Hersi",
        "Samatar", "Al-Rashid", "El-Amin", "Haddad", "Nasser", "Qureshi", "Abu-Saleh",
    ]),
    "south_indian": (1, [
        "Venkatesh", "Lakshmi", "Saravanan", "Kavitha", "Murugan", "Thenmozhi", "Padmavathi",
        "Bhuvaneswari",
    ], [
        "Venkataraman", "Chandrasekaran", "Gopalakrishnan", "Sundaram", "Pillai", "Menon",
        "Naidu",
    ]),
    "caribbean_latino": (2, [
        "Yaritza", "Yamilet", "Xiomara", "Yadiel", "Deisy", "Wilfredo", "Yesenia", "Maribel",
        "Heriberto", "Yahaira", "Yaneisy", "Yuleisy", "Dariel", "Yoel", "Aracelis", "Mayelin",
        "Yasiel", "Reinaldo", "Lisandra",
    ], [
        "Quiñones", "Almonte", "Peralta", "Tejada", "Familia", "Ocasio", "Negrón", "Rivas",
    ]),
    "us_south": (3, [
        "Billy Ray", "Bobby Joe", "Latoya", "Deshawn", "Tremaine", "Shaniqua", "Keisha", "Darnell",
        "Jamal", "Tyrone", "Ebony", "Marquis", "Ora Belle", "Cletus Ray", "Bobbie Nell", "Earlene",
        "Cleta", "Odell", "Verlie", "Alva", "Zelma", "Ethelene", "Dee-Dee", "Ashlynn-Rae",
        "Lacey-Mae",
    ], [
        "Boudreaux", "Thibodeaux", "Hebert", "Arceneaux", "Fontenot", "LeBlanc", "Broussard",
        "Guidry", "Landry", "Pickens", "Tubbs", "Hatfield", "Satterfield", "Blevins",
    ]),
    # Given and family names that are also everyday or clinical words ("Sunny", "Hurt", "Graves").
    "word_names": (3, [
        "Sunny", "Dawn", "Summer", "Pearl", "Crystal", "Destiny", "Honor", "Mercy", "Harmony",
        "Melody", "Miracle", "Ginger", "Candy", "May", "June", "Will", "Bill", "Rich", "Chase",
        "Cash", "Lane", "Major", "Bud", "Sky", "Storm", "River", "Rain", "Sage", "True", "Rusty",
        "Misty", "Lucky", "Marvel", "Journey", "Legend", "Bliss", "Clover", "Birdie", "Ace", "Buck",
        "Dusty", "Sonny",
    ], [
        "Hurt", "Sick", "Graves", "Parkinson", "Addison", "Stone", "Frost", "Snow", "Waters",
        "Rivers", "Meadows", "Sharp", "Strong", "Wise", "Moody", "Love", "Sweet", "Best",
        "Cross", "Wall", "Lamb", "Finch", "Honey", "Pepper", "Noble", "Kidney", "Heart",
        "Nurse", "Blood", "Bone", "Coffin", "Temple", "Chambers", "Goodbody", "Lively",
        "Sparks", "Sugar", "Salt", "Goodnight", "Dollar", "Trout", "Herring", "Pickle",
        "Mustard", "Rich",
    ]),
}  # fmt: skip

FAMILY_FIRST = {"vietnamese", "korean", "chinese"}

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o"})


def _fold(text: str) -> str:
    """Drop accents, keep ASCII letters, digits, spaces, hyphens and apostrophes."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if rng.random() < 0.07:  # double-barrelled family name across origins
        last = f"{last}-{rng.choice(ORIGINS[_origin(rng)][2])}"
    if rng.random() < 0.25:  # people often type their own name without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, split: str = "tune2") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, split: str = "tune2") -> str:
    return person(rng)[1]


def full_name(rng: random.Random, split: str = "tune2") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return f"{last} {first}"
    if form < 0.42:
        return f"{first} {last}"
    if form < 0.50:
        return f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
    if form < 0.58:
        return f"{last}, {first}"
    if form < 0.66:
        return first
    if form < 0.72:
        return f"{first[0]}. {last}"
    if form < 0.78:
        return f"{first} {last}".upper()
    if form < 0.88:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}"
    if form < 0.93:
        return f"{first} {last} {rng.choice(['Jr.', 'Sr.', 'III', 'II', 'Jr'])}"
    return f"{last} {first[0]}"


# --- Places ------------------------------------------------------------------------------------

STREETS = ["Juniper", "Tamarack", "Quail Hollow", "Bramblewood", "Cottonwood", "Persimmon",
           "Saddle Creek", "Osage", "Wabash", "Catalpa", "Buckeye", "Sassafras", "Larkspur",
           "Bluebonnet", "Mesquite", "Palo Verde", "Ocotillo", "Chaparral", "Arroyo Seco",
           "Camino Real", "Calle Ocho", "Avenida del Sol", "Rue Royale", "Cypress Bend", "Live Oak",
           "Pecan", "Sweetgum", "Loblolly", "Tupelo", "Cranberry", "Blueberry Hill", "Orchard",
           "Vineyard", "Pheasant Run", "Foxglove", "Partridge", "Heron", "Kingfisher", "Osprey",
           "Turtle Creek", "Beaver Dam", "Otter", "Antelope", "Bison", "Prairie", "Tumbleweed",
           "Sagebrush", "Granite", "Quarry", "Slate", "Cobblestone", "Lantern", "Anchor",
           "Lighthouse", "Schooner", "Windmill", "Silo", "Canal", "Ferry", "Wharf", "Brookhaven",
           "Glenwood", "Kenwood", "Ashbury", "Kensington", "Roxbury", "Dorchester", "Shelby",
           "Clayton", "Crawford", "Hamilton", "Monroe", "Pierce", "Tyler", "Polk", "Fillmore",
           "Buchanan", "Garfield", "Hayes", "Pershing", "Eisenhower", "Truman", "Roosevelt",
           "Cesar Chavez", "Frederick Douglass", "Harriet Tubman", "Rosa Parks", "Malcolm X",
           "Ponce de Leon", "Kamehameha", "Ala Moana", "Kalakaua", "Nimitz", "Ygnacio Valley",
           "San Pablo", "El Camino", "Sepulveda", "Pico", "Wilshire", "Van Ness", "Geary",
           "Grand River", "Woodward", "Gratiot", "Ogden", "Ashland", "Cicero", "Pulaski", "Kedzie",
           "Damen", "Archer", "Shaker", "Mayfield", "7th", "9th", "14th", "23rd", "27th", "31st",
           "48th", "56th", "72nd", "88th", "110th", "125th", "137th", "160th", "212th", "Fourth",
           "Ninth", "Twelfth", "Old Post", "Stagecoach", "Wagon Wheel", "Mockingbird", "Whippoorwill",
           "Dogleg", "Sugar Maple", "Blackberry", "Honeysuckle", "Azalea", "Gardenia", "Camellia"]  # fmt: skip
SUFFIXES = [("St", 8), ("Ave", 6), ("Rd", 6), ("Dr", 5), ("Ln", 4), ("Blvd", 2), ("Ct", 3),
            ("Way", 2), ("Pl", 1), ("Hollow", 1), ("Bend", 1), ("Cove", 2), ("Pass", 1), ("Hts", 1),
            ("Heights", 1), ("Alley", 1), ("Mews", 1), ("Ext", 1), ("Xing", 1), ("Spur", 1),
            ("Street", 3), ("Avenue", 2), ("Road", 2), ("Drive", 2), ("Lane", 1), ("Trl", 1),
            ("Pkwy", 1), ("Cir", 1), ("Ter", 1), ("Path", 1)]  # fmt: skip
UNITS = ["Apt 3R", "Apt. 1407", "Unit 12C", "#B-12", "Bldg C Apt 210", "Lot 17", "Trlr 4",
         "Ste 300", "Rm 5", "Basement", "Fl 2", "Apt 2 Rear", "Apartment 6", "Unit #4", "# 9",
         "Apt 5-F", "Upper", "Spc 42", "Apt G", "Unit 1101"]  # fmt: skip
DIRECTIONS = ["N ", "S. ", "E ", "W. ", "NW ", "SE ", "Northwest ", "South ", "NE ", "SW "]


def street_address(rng: random.Random, split: str = "tune2") -> str:
    kind = rng.random()
    if kind < 0.08:
        return rng.choice(["PO Box", "P.O. Box", "Post Office Box", "POB", "PO BOX", "P O Box"]) + (
            f" {rng.randint(1, 99999)}"
        )
    if kind < 0.16:
        return rng.choice([
            f"RR {rng.randint(1, 9)} Box {rng.randint(1, 999)}",
            f"Rural Route {rng.randint(1, 9)} Box {rng.randint(1, 999)}",
            f"HC {rng.randint(1, 99)} Box {rng.randint(1, 9999)}",
            f"{rng.randint(100, 99999)} County Road {rng.randint(1, 2500)}",
            f"{rng.randint(100, 9999)} CR {rng.randint(1, 999)}",
            f"{rng.randint(10, 99999)} State Route {rng.randint(1, 199)}",
            f"{rng.randint(100, 9999)} Hwy {rng.randint(1, 299)} {rng.choice(['N', 'S', 'E', 'W'])}",
            f"N{rng.randint(1000, 9999)} County Rd {rng.choice('ABCDKMQZ')}",
            f"{rng.randint(1, 99) * 50} {rng.choice(['E', 'W'])} {rng.randint(1, 99) * 100} {rng.choice(['N', 'S'])}",
            f"{rng.randint(1000, 29999)} FM {rng.randint(100, 3000)}",
        ])  # fmt: skip
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    number = rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 9999)),
                         str(rng.randint(10000, 99999)), f"{rng.randint(1, 999)}{rng.choice('AB')}",
                         f"{rng.randint(10, 999)}-{rng.randint(1, 99)}"])  # fmt: skip
    direction = rng.choice(["", "", "", *DIRECTIONS])
    unit = ""
    if rng.random() < 0.35:
        unit = rng.choice([", ", " ", ", "]) + rng.choice(UNITS)
    address = f"{number} {direction}{name} {suffix}{unit}"
    return address.upper() if rng.random() < 0.06 else address


CITIES = ["Yakima", "Missoula", "Flagstaff", "Pueblo", "Lafayette", "Kenosha", "Gainesville",
          "Tallahassee", "Bismarck", "Fargo", "Sioux Falls", "Rapid City", "Cheyenne", "Casper",
          "Santa Fe", "Las Cruces", "Yuma", "Bend", "Medford", "Olympia", "Bellingham", "Ogden",
          "St. George", "Pocatello", "Twin Falls", "Butte", "Helena", "Great Falls", "Topeka",
          "Lawrence", "Joplin", "Springdale", "Texarkana", "Beaumont", "Waco", "Odessa", "Midland",
          "McAllen", "Harlingen", "Corpus Christi", "Baton Rouge", "Lake Charles", "Hattiesburg",
          "Biloxi", "Tuscaloosa", "Dothan", "Pensacola", "Ocala", "Valdosta", "Athens", "Augusta",
          "Columbia", "Spartanburg", "Asheville", "Wilmington", "Roanoke", "Lynchburg",
          "Charlottesville", "Morgantown", "Wheeling", "Altoona", "Erie", "Allentown", "Utica",
          "Binghamton", "Ithaca", "Poughkeepsie", "Stamford", "New Haven", "Providence",
          "Pawtucket", "Nashua", "Portsmouth", "Lewiston", "Montpelier", "Concord", "Lowell",
          "Fall River", "Saginaw", "Flint", "Lansing", "Muncie", "Terre Haute", "Evansville",
          "Peoria", "Champaign", "Decatur", "Dubuque", "Cedar Rapids", "Davenport", "Sioux City",
          "Mankato", "Rochester", "St. Cloud", "Green Bay", "Oshkosh", "Eau Claire", "La Crosse",
          "Marquette", "Anchorage", "Fairbanks", "Juneau", "Hilo", "Kailua", "Chula Vista",
          "Santa Rosa", "Visalia", "Redding", "Chico", "San Luis Obispo", "Oxnard", "Escondido",
          "Pomona", "Ontario", "Lancaster", "Palmdale", "Yuba City", "Carson City", "Elko",
          "Prescott", "Sedona", "Gallup", "Farmington", "Roswell", "Durango", "Greeley",
          "Loveland", "Grand Junction", "Walla Walla", "Coeur d'Alene", "Española", "Cañon City",
          "Hope", "Eagle Pass", "Truth or Consequences", "Sault Ste. Marie", "Winston-Salem",
          "Wilkes-Barre", "Port St. Lucie", "O'Fallon", "McKinney", "DeKalb", "LaGrange"]  # fmt: skip

STATES = ["AL", "AK", "AR", "CT", "DE", "IA", "LA", "ME", "MO", "MS", "MT", "ND", "NH", "RI", "SC",
          "SD", "UT", "VT", "WV", "WY", "Wisconsin", "Montana", "Louisiana", "North Dakota",
          "New Mexico", "Calif.", "Penn.", "Mass.", "Wash.", "Ore.", "Ga", "Tx", "fl", "N.C."]  # fmt: skip


def city(rng: random.Random, split: str = "tune2") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(501, 99929):05d}"
    form = rng.random()
    if form < 0.18:
        return f"{z}-{rng.randint(1, 9999):04d}"
    if form < 0.22:
        return f"{z}{rng.randint(1, 9999):04d}"
    return z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    # Half birth dates, half dates of service.
    y = rng.randint(1921, 2012) if rng.random() < 0.5 else rng.randint(2019, 2026)
    m = rng.randint(1, 12)
    d = rng.randint(1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    month, abbr, yy, o = MONTHS[m - 1], MONTH_ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{yy:02d}", f"{m}/{d}/{yy:02d}",
        f"{y}-{m:02d}-{d:02d}", f"{month} {d}{o} {y}", f"{month} {d}, {y}", f"{d} {abbr[:3]} {y}",
        f"{d:02d}.{m:02d}.{y}", f"the {d}{o} of {month.lower()}", f"{abbr[:3].lower()} {d}",
        f"{m}/{d}", f"{month} {y}", f"{month.lower()} {y}", f"{d:02d}-{abbr[:3].upper()}-{y}",
        f"{d}{o} {month} {y}", f"{m:02d}{d:02d}{y}", f"{y}/{m:02d}/{d:02d}", f"{abbr} {d} '{yy:02d}",
        f"{m}.{d}.{yy:02d}", f"{month} {d}", f"{abbr}. {d}{o}", f"{d}-{abbr[:3]}-{yy:02d}",
        timestamp(rng),
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def hl7_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    if rng.random() < 0.2:
        return f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return f"{y}{m:02d}{d:02d}"


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    base = f"{y}-{m:02d}-{d:02d}"
    return rng.choice([
        f"{base}T{hh:02d}:{mm:02d}:{ss:02d}Z", f"{base}T{hh:02d}:{mm:02d}:{ss:02d}.{rng.randint(0, 999):03d}Z",
        f"{base}T{hh:02d}:{mm:02d}:{ss:02d}-0{rng.randint(4, 8)}:00", f"{base} {hh:02d}:{mm:02d}:{ss:02d}",
        f"{base}T{hh:02d}:{mm:02d}:{ss:02d}.{rng.randint(0, 999999):06d}+00:00", f"{base} {hh:02d}:{mm:02d}",
    ])  # fmt: skip


_UNITS_WORDS = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_digits(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 4 + [rng.randint(100, 108)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return age_digits(rng)
    n = rng.randint(90, 104)
    if n < 100:
        word = "ninety" + _UNITS_WORDS[n - 90]
        return word.replace("-", " ") if rng.random() < 0.3 else word
    rest = ["", " and one", " and two", " and three", " and four"][n - 100]
    return rng.choice(["one hundred", "a hundred"]) + rest if rest else "one hundred"


# --- Numbers people are reached at -------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    ext = rng.randint(1, 9999)
    if rng.random() < 0.06:
        return rng.choice([f"+44 7700 {rng.randint(900000, 900999)}",
                           f"+234 803 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                           f"+82 10-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                           f"+63 917 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                           f"+55 11 9{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                           f"+251 91 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"])  # fmt: skip
    return rng.choice([
        f"+1 ({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"({a}) {b}-{c}",
        f"{a}-{b}-{c}", f"+1{a}{b}{c}", f"1 ({a}) {b}-{c}", f"({a}) {b}-{c} x{ext}",
        f"{a}-{b}-{c} ext. {ext % 1000}", f"{a}.{b}.{c} ext {ext % 100}", f"{b}-{c}",
        f"+1-{a}-{b}-{c}", f"1.{a}.{b}.{c}", f"({a}){b}{c}", f"{a}-{b}{c}",
    ])  # fmt: skip


DOMAINS = ["fastmail.com", "gmx.com", "gmx.us", "zoho.com", "yandex.ru", "mail.ru", "naver.com",
           "daum.net", "hanmail.net", "qq.com", "163.com", "uol.com.br", "bol.com.br",
           "terra.com.br", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "web.de", "t-online.de",
           "tutanota.com", "pm.me", "proton.me", "sbcglobal.net", "bellsouth.net", "charter.net",
           "cox.net", "earthlink.net", "frontier.com", "windstream.net", "rocketmail.com",
           "btinternet.com", "googlemail.com", "rediffmail.com", "ukr.net", "hey.com", "duck.com",
           "optonline.net", "roadrunner.com", "juno.com", "netzero.net", "centurylink.net",
           "mac.com", "otenet.gr", "students.lakeshore.edu", "riverbend-isd.org",
           "hollislumber.com", "stmarys-parish.org", "alumni.northfield.edu", "tcsd.k12.ny.us"]  # fmt: skip
NICKNAMES = ["mama2three", "sunny.days", "grandpa", "nana", "bigdaddy", "queenbee", "mtnbiker",
             "bluejay", "catlady", "tacotuesday", "fishinfool", "jesusfreak", "lakergirl",
             "farmgirl", "momof4", "vetdad", "rn4life", "gymrat", "bookworm", "buckeyefan"]  # fmt: skip


def email(rng: random.Random, split: str = "tune2") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "lan", _handle(last) or "tran"
    n = rng.randint(1, 99)
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{f}{ln}{n}", f"{f[0]}.{ln}+clinic",
        f"{ln}.{f}", f"{f}-{ln}", f"{rng.choice(NICKNAMES)}{rng.randint(1, 1999)}",
        f"{first.split()[0]}.{last.split()[0]}".replace("'", ""), f"{ln}{f[0]}{rng.randint(1940, 2010)}",
        f"{f}{n:02d}", f"{f}.{ln[0]}", f"{rng.choice(NICKNAMES)}.{ln}",
    ])  # fmt: skip
    return f"{_fold(local)}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, split: str = "tune2") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "lan", _handle(last) or "tran"
    adjectives = ["happy", "tired", "blue", "lucky", "salty", "quiet", "dancing", "old"]
    nouns = ["otter", "hiker", "gardener", "trucker", "knitter", "banjo", "moose", "pelican"]
    return rng.choice([
        f"{f[0]}{ln}", f"{f}_{ln}{rng.randint(1, 99)}", f"{first.split()[0]}{last[:1].upper()}",
        f"{ln}.{f}", f"xX{f}Xx", f"{rng.choice(adjectives)}-{rng.choice(nouns)}-{rng.randint(1950, 2010)}",
        f"{f[0]}.{ln}{rng.randint(2, 9)}", f"dr_{ln}", f"nurse.{f}", f"{f[0]}{ln[0]}_admin",
        f"user{rng.randint(10000, 99999)}", f"CLINIC\\{f[0]}{ln}", f"{f}.{ln[0]}", f"{ln.upper()[:7]}{f[0].upper()}",
        f"{f[0]}{ln}{rng.randint(1, 9):02d}", f"the_real_{f}", f"{f}{ln}_", f"{rng.choice(NICKNAMES).replace('.', '_')}",
    ])  # fmt: skip


# --- Government, payer and billing numbers -----------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 667 if area == 666 else area  # never issued
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}", f"{a}-{g}{s}"],
                       [6, 3, 4, 1, 1])[0]  # fmt: skip


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), "00" + _digits(rng, 6), _digits(rng, 10), _digits(rng, 6),
        "E" + _digits(rng, 8), "MR" + _digits(rng, 6), "H" + _digits(rng, 7),
        f"{rng.randint(2015, 2026)}-{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"M{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"PT-{_digits(rng, 7)}", f"{_digits(rng, 3)} {_digits(rng, 4)}", "0" + _digits(rng, 11),
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # CMS excludes S, L, O, I, B, Z


def medicare_mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}" if rng.random() < 0.5 else raw


def health_plan_id(rng: random.Random) -> str:
    prefix = _letters(rng, 3)
    return rng.choice([
        f"{prefix}{_digits(rng, 9)}", f"{prefix} {_digits(rng, 9)}", f"{prefix}{_digits(rng, 9)}01",
        medicare_mbi(rng), f"{_digits(rng, 9)}{_letters(rng, 1)}", f"W{_digits(rng, 9)}",
        f"U{_digits(rng, 8)}{rng.randint(1, 4):02d}", f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
        f"{_digits(rng, 8)}-{rng.randint(1, 9):02d}", f"{_digits(rng, 8)} {rng.randint(1, 9):02d}",
        f"H{_digits(rng, 8)}", _digits(rng, 10), f"G{_digits(rng, 7)}", f"{_digits(rng, 5)}-{_digits(rng, 4)}",
        f"{_digits(rng, 6)}{_letters(rng, 1)}{_digits(rng, 3)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 12), f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
        f"GT-{_digits(rng, 6)}", f"V{_digits(rng, 11)}", f"{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
        f"HAR{_digits(rng, 8)}", f"{_letters(rng, 3)}-{rng.randint(2015, 2026)}-{_digits(rng, 6)}", _digits(rng, 7),
        f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 1)}",
    ])  # fmt: skip


def _luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_check_digit("80840" + base)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGMPR") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    letter = _letters(rng, 1)
    return rng.choice([
        f"{letter}{_digits(rng, 7)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"{letter}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",
        f"{letter}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", _digits(rng, 8),
        f"WDL{_letters(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}{_digits(rng, 3)}{_letters(rng, 2)}",
        f"{letter} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        dea(rng), npi(rng), f"MD{_digits(rng, 6)}", f"G{_digits(rng, 5)}", f"A-{_digits(rng, 5)}",
        f"RN{_digits(rng, 7)}", f"LPN.{_digits(rng, 6)}", f"PA-{_digits(rng, 5)}",
        f"{_digits(rng, 2)}-{_digits(rng, 6)}",
    ])  # fmt: skip


# --- Vehicles and devices ----------------------------------------------------------------------

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    """A 17-character VIN with a correct check digit in position 9."""
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        f"{_letters(rng, 3)} {_digits(rng, 4)}", f"{_letters(rng, 3)} {_digits(rng, 3)}",
        f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 2)}-{_digits(rng, 4)}",
        f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 4)}",
        rng.choice(["GR8MOM", "RN4LIFE", "DOC2B", "NANA 2", "MEDIC1", "HOSPICE", "XRAYTEK", "GOBUCKS"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def udi(rng: random.Random) -> str:
    gtin = "00" + _digits(rng, 12)
    exp = f"{rng.randint(25, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot, serial = _letters(rng, 1) + _digits(rng, 4) + _letters(rng, 1), _digits(rng, 7)
    return rng.choice([f"(01){gtin}(17){exp}(10){lot}(21){serial}", f"(01){gtin}(21){serial}",
                       f"01{gtin}17{exp}10{lot}", f"(01){gtin}(11){exp}(10){lot}"])  # fmt: skip


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), "-".join(octets).upper(),
                       ".".join("".join(octets[i:i + 2]) for i in (0, 2, 4))])  # fmt: skip


def device_id(rng: random.Random) -> str:
    hexd = "0123456789abcdef"
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"NG{_digits(rng, 7)}H",
        _letters(rng, 6, string.ascii_uppercase + string.digits),
        f"{_letters(rng, 1)}{_digits(rng, 1)}-{_letters(rng, 7, string.ascii_uppercase + string.digits)}",
        udi(rng), _digits(rng, 15), f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 6)}-{_digits(rng, 1)}",
        mac_address(rng), f"{_digits(rng, 4)}-{_digits(rng, 5)}",
        "-".join(_letters(rng, n, hexd) for n in (8, 4, 4, 4, 12)),
        f"SN{_letters(rng, 10, string.ascii_uppercase + string.digits)}",
    ])  # fmt: skip


# --- Online identifiers ------------------------------------------------------------------------


def url(rng: random.Random, split: str = "tune2") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "lan", _handle(last) or "tran"
    slug = f"help-{f}-{ln}-{rng.choice(['recover', 'beat-cancer', 'get-home', 'with-bills'])}"
    return rng.choice([
        f"https://www.gofundme.com/f/{slug}", f"gofundme.com/f/{slug}",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://x.com/{f}_{ln}",
        f"tiktok.com/@{f}.{ln}{rng.randint(1, 99)}", f"https://www.tiktok.com/@{f}{ln}",
        f"https://venmo.com/u/{first.split()[0]}-{last.split()[0]}".replace("'", ""),
        f"https://www.youtube.com/@{f}{ln}vlogs", f"{f}{ln}.substack.com", f"www.{ln}family.net",
        f"http://{f}-{ln}.tumblr.com", f"https://medium.com/@{f}.{ln}",
        f"https://www.reddit.com/user/{f}_{ln}_{rng.randint(1, 99)}", f"https://github.com/{f[0]}{ln}",
        f"https://mychart.valleycare-health.org/MyChart/Visit?csn={_digits(rng, 10)}",
        f"portal.northshore-clinic.org/patient/{_digits(rng, 7)}/results",
        f"https://drive.google.com/file/d/{_letters(rng, 20, string.ascii_letters + string.digits)}/view",
        f"bit.ly/{_letters(rng, 7, string.ascii_letters + string.digits)}",
        f"https://www.threads.net/@{f}{ln[0]}", f"pinterest.com/{f}{ln}/recipes",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:  # private ranges, as seen behind a load balancer
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])  # fmt: skip
    if form < 0.35:
        groups = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([
            ":".join(groups), f"{groups[0]}:{groups[1]}:{groups[2]}::{groups[7]}",
            f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}",
            f"2600:{groups[1]}:{groups[2]}:{groups[3]}::{groups[7]}",
            f"::ffff:{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ":".join(g.zfill(4) for g in groups).upper(),
        ])  # fmt: skip
    return (
        f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def other_id(rng: random.Random) -> str:
    return rng.choice([
        f"CS-{rng.randint(2019, 2026)}-{_digits(rng, 6)}", f"CLM{_digits(rng, 9)}", f"ENC-{_digits(rng, 8)}",
        f"RF{_digits(rng, 6)}", f"PA-{_digits(rng, 5)}-{_letters(rng, 1)}", f"INC{_digits(rng, 7)}",
        f"S{rng.randint(19, 26)}-{_digits(rng, 6)}", _digits(rng, 7), f"{_letters(rng, 1)}{rng.randint(1, 9)}-{_digits(rng, 5)}",
        _digits(rng, 10), f"{_letters(rng, 2)}{_digits(rng, 4)}{_letters(rng, 2)}", f"#{_digits(rng, 6)}",
        f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"AUTH{_digits(rng, 8)}",
    ])  # fmt: skip


def _upper_name(part: str) -> str:
    return _fold(part).upper()


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "TS": ("DATE", timestamp),  # 2026-03-04T10:22:31Z and friends
    "ISODATE": ("DATE", iso_date),  # JSON and query strings
    "HLDATE": ("DATE", hl7_date),  # HL7 v2 and X12: 19500304
    "AGEN": ("AGE_OVER_89", age_digits),  # "94yo", "94F", JSON numbers
    "FIRSTUP": ("NAME", lambda rng: _upper_name(person(rng)[0])),  # HL7 and face-sheet capitals
    "LASTUP": ("NAME", lambda rng: _upper_name(person(rng)[1])),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "UDI": ("DEVICE_ID", udi),
    "MAC": ("DEVICE_ID", mac_address),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    "{FIRST} from yesterday, the nurse said to message u my new cell which is {PHONE}",
    "ship my meds to my sisters, {STREET} {CITY} {STATE} {ZIP}, im staying there for now",
    "my dad {NAME} ({AGE}) has been really confused since sunday, should i bring him in",
    "im the caregiver for {NAME} (dob {DATE}), how do i get proxy access to her portal",
    "my old dr's office wants to send my records over, they will fax from {FAX} is that ok",
    "the lady at the front desk said to send my social {SSN} so they can fix the claim is that safe??",
    "i think my chart is mixed up with someone elses, the letter says mrn {MRN} and thats not me",
    "front of my card: ID {PLAN} GRP {PLAN}, back has a phone number too",
    "why did acct#{ACCOUNT} go to collections, i set up a payment plan",
    "dmv needs my doctor to sign the medical form, my license no is {LICENSE}",
    "someone dinged my car in ur parking garage, the other car was {PLATE}",
    "cgm transmitter {DEVICE} lost signal 3 nights in a row, do i call dexcom or u",
    "i put pics of the rash here {URL}",
    "it says access denied for {IP} when i try to open my results, im on my work laptop",
    "forgot my password again, it wants the user id, mine was {USER} i think",
    "i called on {DATE} and the lady gave me ref no. {OTHER} but nobody called back",
    "got a voicemail from dr {SURNAME}'s office but the number got cut off",
    "my mom turned {AGE} last month and shes still driving lol is that ok",
    "can the after visit summary go to {EMAIL} pls, i dont use the app",
    "i live out in the country, mail goes to {STREET} {CITY} {ZIP}",
    "confirming for {FIRST} {SURNAME}, birthdate {DATE}, the 3pm with the foot dr",
    "grandma is {AGEN}yo, sleeping like 18 hrs a day, is that normal at her age",
    "call back # is {PHONE}, after 5 is best",
    "how far is the {CITY} location from {CITY}, my ride only goes 20 miles",
    "this is {NAME}'s husband, she cant type rn. her birthday is {DATE}",
    "the last 4 of my social is 4471 if u need to verify, dob {DATE}",
    "fax it to my lawyer {FAX} attn {NAME}",
    "i got a bill for account {ACCOUNT} but i wasnt even seen on {DATE}",
    "the placard form has a box for vehicle id, is that the {VIN} thing on my dashboard",
    "the app says device {DEVICE} not paired what do i do",
    "medicare # is {PLAN} (the new one not the old ssn one)",
    "referral should go to {NAME} at the pain clinic, npi {NPI} according to google",
    "im in {CITY} {STATE} visiting my sister, can i still do a video visit from here",
    "my son made his account w/ {USER} as the login and now it says too many attempts",
    "my gofundme is {URL} if anyone wants to share it",
    "aged {AGE} and still gardening every day, my daughter says i should slow down lol",
    "school nurse wants the sports physical, her email is {EMAIL}, kid is {FIRST}",
    "the portal shows request {OTHER} as pending for 2 weeks now",
    "my husband {FIRST} cant find his insurance card, the id is {PLAN} i think",
    "pharmacy keeps asking for my mrn, is it {MRN}?",
    "{PHONE} is disconnected, use {PHONE} from now on",
    "moving to {STREET}, {CITY} on {DATE} so send everything there after that",
    "i was at the er on {DATE} and they said follow up with dr {SURNAME} within a week",
    "my SSN is {SSN}, the form wont let me submit without it",
    "the hotel wifi ip {IP} wont load the video visit page",
    "mother in law {NAME}, {AGEN} y/o, refuses to use a walker, any tips",
    "ur reply bounced, maybe bc my inbox {EMAIL} is full",
    "policy holder is {NAME} born {DATE}, member {PLAN}",
    "cant remember if i signed up as {USER} or with my email, the email on file is old anyway",
    "theres a sticker on the back of the pump that says {DEVICE}, do i need to write it down somewhere",
    "someone keeps calling me from {PHONE} saying they are from the clinic is that legit",
    "ur garage gate took a pic of my car, {PLATE}, am i going to get charged",
    "account # {ACCOUNT}, case {OTHER}, i was told this was written off",
    "can u confirm what address u have for me, should be {STREET} {ZIP}",
    "my state id number is {LICENSE}, i dont have a drivers license",
    "zip code is {ZIP} if that helps find a pharmacy near me",
    "that {URL} page just spins, is the site down",
    "{FIRST} here (the one w the knee) just wanted to say thank u to dr {SURNAME}!!",
    "hi im {AGE} years young lol and need a new rx for my eye drops",
    "my caseworker {NAME} from the county said to call {PHONE} or fax {FAX}",
    "vehicle {VEHICLE} is the one im picking him up in, its silver",
    "the bp cuff setup is asking for the device id, on the box it says {MAC}",
    "hola, soy {FIRST}, mi cita es el {DATE}? necesito cambiarla",
]

LOGS = [
    "INFO  [portal.auth] login attempt for user={USER} from {IP} failed (bad password) took 231ms",
    "twilio status callback MessageStatus=undelivered To={PHONE} ErrorCode=30003",
    '{{"level":"info","event":"encounter.checked_in","patient":{{"id":"{OTHER}","name":{{"given":"{FIRST}","family":"{SURNAME}"}}}},"arrived":"{TS}"}}',
    '"GET /portal/forgot?email={EMAIL}&dob={ISODATE}&step=2 HTTP/1.1" 302 0 "-" "okhttp/4.12.0"',
    'ERROR clinic.fhir: Patient/{MRN} rejected: birthDate "{DATE}" is not a FHIR date',
    "PID|1||{MRN}^^^MRN^MR||{LASTUP}^{FIRSTUP}^^^||{HLDATE}|F|||{STREET}^^{CITY}^{STATE}^{ZIP}^USA||{PHONE}|||||{ACCOUNT}|{SSN}",
    "NK1|1|{LASTUP}^{FIRSTUP}|SPO^Spouse|{STREET}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "IN1|1|PPO42|60054|ACME HEALTH PLAN|||||GRP{PLAN}||||||||{LASTUP}^{FIRSTUP}|18|{HLDATE}|||||||||||||||||{PLAN}",
    'Traceback (most recent call last):\n  File "/app/clinic/services.py", line 212, in patient_update\n    validate_ssn(payload["ssn"])\nValidationError: invalid SSN {SSN} for patient_id={OTHER}',
    "sentry: KeyError: 'zip' in intake.normalize (data={{'name': '{NAME}', 'address': '{STREET}', 'city': '{CITY}'}})",
    'Task notifications.tasks.text_patient[0c1d] received args=("{PHONE}", "Hi {FIRST}, see you tomorrow at 9:40")',
    "fax job 88213 -> {FAX}: busy, retry in 300s",
    'access actor={USER} verb=read resource=Patient/{MRN} src={IP} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"',
    "{MRN},{SURNAME},{FIRST},{ISODATE},{PHONE},{EMAIL},{ZIP}",
    'INFO billing.statement account_no={ACCOUNT} guarantor="{NAME}" mailed_to="{STREET}, {CITY}, {STATE} {ZIP}"',
    "WARN eligibility 271: member {PLAN} not found (payer=60054, dob={HLDATE})",
    'POST /api/v1/registrations 422 {{"errors": {{"ssn": ["{SSN} is not a valid SSN"], "age": ["{AGEN} exceeds 120"]}}}} 18ms',
    "prescriber.lookup npi={NPI} dea={DEA} state_license={LICENSE} status=active",
    'rides.quote van={VEHICLE} from="{STREET}" for="{NAME}" eta_min=14',
    'rpm.ingest device_serial={DEVICE} udi="{UDI}" readings=96 gaps=2',
    "ble.pair mac={MAC} owner={USER} result=ok fw=3.2.1",
    "GET /go/r8 302 Location: {URL}",
    '{{"msg": "share link created", "url": "{URL}", "created_by": "{USER}", "ttl_s": 86400}}',
    '{IP} - - "GET /portal/records?mrn={MRN} HTTP/2.0" 403 162 0.004',
    'smtp: 250 2.0.0 OK queued as 4XyZ; rcpt=<{EMAIL}> subject="Results for {NAME}"',
    'geocode miss: "{STREET}, {CITY} {ZIP}" -> no result (provider=nominatim)',
    "INFO registration.complete user={USER} email={EMAIL} dob={DATE} age={AGEN}",
    'dl_scan.parsed {{"DAQ": "{LICENSE}", "DCS": "{LASTUP}", "DAC": "{FIRSTUP}", "DBB": "{DATE}", "DAK": "{ZIP}"}}',
    "CLM*{ACCOUNT}*125.00***11:B:1*Y*A*Y*Y~NM1*IL*1*{LASTUP}*{FIRSTUP}****MI*{PLAN}~DMG*D8*{HLDATE}*F~",
    'fax.inbound from={FAX} to=main pages=2 ocr_patient="{NAME}"',
    'sms.inbound from={PHONE} body="cant make it on {DATE} can i reschedule"',
    "KeyError: 'member_id'\n  while checking eligibility for {NAME} (acct {ACCOUNT})",
    "rate_limit.hit ip={IP} path=/api/v1/otp user={USER} count=11 window=60s",
    "export.row mrn={MRN}|name={SURNAME}, {FIRST}|age={AGEN}|city={CITY}",
    '{{"resourceType": "Patient", "identifier": [{{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{SSN}"}}], "telecom": [{{"system": "phone", "value": "{PHONE}"}}, {{"system": "email", "value": "{EMAIL}"}}], "address": [{{"line": ["{STREET}"], "city": "{CITY}", "state": "{STATE}", "postalCode": "{ZIP}"}}]}}',
    "lpr cam3 read {PLATE} conf=0.91 -> visitor pass for patient {OTHER}",
    "mva.claim vin={VIN} claim_no={OTHER} adjuster_fax={FAX}",
    "WARN stale session user={USER} last_ip={IP} last_seen={TS}",
    'DEBUG chat.message patient="{NAME}" text="my dob is {DATE} and im {AGE}"',
    'scheduling: hold placed appt_at={TS} pid={OTHER} dob={ISODATE} with="Dr. {SURNAME}" took 87ms',
    "password reset requested for {EMAIL} from {IP}, token sent",
    "Unhandled exception in /api/v1/devices/{DEVICE}/readings: DeviceNotRegistered",
    "lab.result.received accession={OTHER} mrn={MRN} ordering_npi={NPI}",
    'payment.posted acct={ACCOUNT} amount=40.00 method=card payer="{NAME}"',
    'diff Patient.address by {USER}: - "{STREET}" + "{STREET}" (city {CITY} -> {CITY}, {STATE} {ZIP})',
    'DEBUG ocr.insurance_card member_id={PLAN} group_no={PLAN} subscriber="{NAME}" dob={DATE}',
    '{{"event":"vitals.upload","device":{{"serial":"{DEVICE}","mac":"{MAC}"}},"patient":{{"mrn":"{MRN}","age":{AGEN},"sex":"M"}}}}',
    "webhook.deliver payload.patient.email={EMAIL} status=504 after 30000ms",
    "identity.verify method=kba ssn_last4=0913 dob_match=true user={USER}",
    "login attempt for {EMAIL} (user_id={OTHER}) from {IP}: mfa_required",
    'Traceback (most recent call last):\n  File "/srv/app/assistant/tools.py", line 88, in lookup_patient\n    return Patient.objects.get(mrn="{MRN}", last_name="{SURNAME}")\nclinic.models.Patient.DoesNotExist: Patient matching query does not exist.',
    "GET /v1/pdmp/report?dl={LICENSE}&st={STATE} 404 9ms",
    'INFO sms.outbound to={PHONE} body="Hi {FIRST}, your ride ({VEHICLE}) arrives at 2:15pm"',
    "pdf.render template=records_release patient={NAME} home={STREET} url={URL} took 1.2s",
    "DEBUG age_check age_years={AGE} dob={DATE} -> bucket=90_plus",
]

NOTES = [
    "Pt seen w/ daughter {NAME}, who provides most of the history.",
    "DOB: {DATE}   MRN-{MRN}   Acct#: {ACCOUNT}",
    "d.o.b {DATE}; lives at {STREET}, {CITY}, {STATE} {ZIP} with spouse.",
    "{AGEN}F w/ hx of HFrEF, AFib on apixaban, here for volume overload.",
    "Call back # is {PHONE} (cell); OK to leave detailed message per pt.",
    "Outside records requested, fax {FAX} attn medical records.",
    "Records received via fax from {FAX} on {DATE}, scanned to chart.",
    "Retired machinist, {AGEN}, brought in by his son {FIRST} who manages his pillbox.",
    "PCP: Dr. {NAME}. Referring: {NAME}, NP.",
    "Subscriber is pt's husband {NAME}; mbr {PLAN}, grp {PLAN}.",
    "Identity verified with photo ID (DL {LICENSE}) and SSN last four.",
    "Face sheet lists SS# {SSN}, which does not match the card pt brought; registrar notified.",
    "ref no. {OTHER} for prior auth of MRI lumbar spine.",
    "Pt states she was born {DATE} in {CITY} and moved here in her twenties.",
    "Pt is aged {AGE} and declines further workup; goals of care discussed with niece {NAME}.",
    "Carelink transmission from ICD (S/N {DEVICE}) reviewed: 2 episodes NSVT, no therapies.",
    "R TKA; implant UDI {UDI} recorded in implant log.",
    "Restrained driver, airbag deployment; EMS run sheet lists the car as {VIN} / tag {PLATE}.",
    "Pt reports someone used her email {EMAIL} to register on the portal; username {USER} disabled.",
    "Portal message received from IP {IP} flagged by security; see ticket {OTHER}.",
    "Pt shared her CaringBridge page {URL} for family updates.",
    "Discharged to home: {STREET}, {CITY} {ZIP}. Home health to start {DATE}.",
    "EC: bro {FIRST} {SURNAME}, cell {PHONE}",
    "Admitted {DATE} for urosepsis; {SURNAME} is {AGEN} and was living independently until now.",
    "Patient Name: {LASTUP}, {FIRSTUP}    DOB: {DATE}    Age: {AGEN}",
    "Seen at {CITY} Urgent Care on {DATE} and given azithromycin.",
    "Pharmacist {NAME} called from {PHONE} re: clarithromycin and simvastatin.",
    "Medicaid ID {PLAN}; transportation benefit approved, vehicle {VEHICLE}.",
    "Guarantor acct# {ACCOUNT}; financial assistance application sent to {EMAIL}.",
    "Prescriber: {NAME}, MD  NPI {NPI}  DEA {DEA}",
    "MRN {MRN} merged into MRN {MRN} (duplicate registration).",
    "Per wife {NAME}, last known well {DATE} around 2200.",
    "{AGE} year old woman, widowed, in her own home in {CITY}, still drives, denies falls.",
    "Hospice intake line is {FAX} (fax only); confirmation ref {OTHER}.",
    "Wife reports he wanders; location sharing via watch {DEVICE}, her cell {PHONE}.",
    "Home address on file is {STREET}, {CITY}, {STATE} {ZIP}; mail returned, pt now at shelter.",
    "SW note: pt lives with granddaughter {FIRST} at {STREET}; no running water.",
    "Telehealth visit; pt located at {STREET}, {CITY}, {STATE} at time of visit (verified).",
    "Check-in: ID was a state DL, #{LICENSE}, photo does not match well.",
    "Helped pt log in; she had made a second account ({USER}), merged with the one tied to {EMAIL}.",
    "Last colonoscopy {DATE} at outside facility, report requested.",
    "Allergic reaction to PCN as a child per mother {NAME}.",
    "Pt {NAME}, {AGEN} yo, presenting from {CITY} nursing home with AMS.",
    "Omnipod PDM {DEVICE} replaced; new controller MAC {MAC}.",
    "Pt's blog ({URL}) documents daily BG readings, reviewed together.",
    "Acct {ACCOUNT} sent to collections in error; pt called from {PHONE}.",
    "{SURNAME}, {FIRST} -- MRN {MRN} -- seen {DATE}",
    "Court-appointed guardian {NAME}, contact {EMAIL}, case no. {OTHER}.",
    "Transport: wheelchair van {VEHICLE} arranged for pickup at {STREET}.",
    "Remote monitoring data uploaded from {IP}; see attached report.",
    "HPI: {FIRST} ({AGEN}M) c/o worsening DOE over 3 days on a background of CKD 3b, DM2, HTN.",
    "Pt's SS# {SSN} provided by daughter for Medicaid application.",
    "{CITY} Home Health ({SURNAME}) needs signed orders back by fax to {FAX}; questions to {PHONE}.",
    "Zip {ZIP} is outside our transport area; cab voucher given.",
    "Scanned outside note: Pt {NAME} seen {DATE}, resides {STREET}.",
    "Pt is {AGEN}, not 19 as registered; DOB corrected to {DATE}.",
    "Advance directive on file; HCPOA is son {NAME} ({PHONE}, {EMAIL}).",
    "Photo ID: state ID {LICENSE}. Plan: {PLAN}. Portal: {USER}.",
]

# Lines with no PHI at all, full of what looks like it.
PHI_FREE = [
    "T 37.9 C, HR 88, BP 142/91 sitting, SpO2 94% on 2L NC, RR 18",
    "metoprolol succinate 25 mg PO BID, hold for HR < 55",
    "K 3.9 mmol/L, Mg 1.8, phos 3.1; A1c 7.2% three months ago",
    "billed 99213 with modifier 25 for E11.9 and N18.32",
    "order placed: LOINC 4548-4, 2093-3, 2571-8 (A1c, cholesterol, triglycerides)",
    "Hx Bell's palsy 2012, Crohn's disease on ustekinumab",
    "Graves disease s/p RAI, now on levothyroxine 88 mcg daily",
    "Hodgkin lymphoma, stage IIA, completed ABVD x6 cycles",
    "pt is an 89 y/o M with Parkinson's disease, DNR/DNI",
    "this migraine wont quit, tried excedrin twice since breakfast",
    "do the water pills have to be in the morning or does it matter",
    "wait is the appt tues or wed? i wrote it on the fridge and now i cant read it",
    "sugar problems since like 2008, been on shots since 2016",
    "kube-probe/1.29 GET /livez 200 took 3ms",
    "INFO gunicorn booting worker pid=412 version=21.2.0",
    '{"level": "warning", "msg": "slow upstream", "service": "llm", "took_ms": 2310, "status": 504}',
    "POST /api/v1/chat 201 took 231ms bytes=1832",
    "celery@worker-2 ready. tasks=14 concurrency=4 (prefork)",
    "Django 5.0.6, Python 3.11.9, psycopg 3.1.19",
    "Hgb 9.7 g/dL, MCV 78, ferritin 8 ng/mL, TSAT 6%",
    "INR 2.6 on warfarin 5 mg daily except 2.5 mg Mon/Fri",
    "Troponin <0.01 x2, EKG NSR 72, no ST changes",
    "Wells score 1.5, D-dimer 0.38, PE unlikely",
    "CHA2DS2-VASc 4, HAS-BLED 2",
    "Apgar 8 and 9, birth weight 3.2 kg",
    "GCS 15, pupils 3 mm PERRL, Babinski downgoing",
    "positive Tinel's and Phalen's at the right wrist",
    "McMurray test negative, Lachman 1+ with firm endpoint",
    "Epley maneuver performed for BPPV, Dix-Hallpike positive on the left",
    "Baker's cyst on ultrasound, no DVT",
    "Barrett's esophagus on surveillance EGD every 3 years",
    "Hashimoto's thyroiditis, TSH 5.8 mIU/L",
    "Sjögren's syndrome, dry eyes, on pilocarpine 5 mg TID",
    "Guillain-Barré syndrome in 2017, full recovery",
    "Cushing's ruled out, late-night salivary cortisol normal x2",
    "Whipple procedure 2020 for pancreatic adenocarcinoma, NED",
    "Foley catheter removed POD 2, voiding without difficulty",
    "Holter monitor x48 hours, PVC burden 4%",
    "amoxicillin 875 mg PO BID x10 days",
    "ondansetron 4 mg ODT q8h prn nausea",
    "home meds: apixaban 5 BID, atorvastatin 80 qhs, lisinopril 20 daily",
    "NDC 0002-8215-01 insulin lispro 100 units/mL",
    "RxNorm 197361, SNOMED 44054006",
    "HCPCS J1885 ketorolac 15 mg IM given",
    "she's 34 and 28 weeks pregnant, G2P1",
    "my son is 7 and has had a fever of 102 since yesterday",
    "every tuesday and saturday for dialysis",
    "pain is like a 7/10 today, was 4/10 last week",
    "i take 2 puffs of albuterol maybe 3x a day now",
    "WARN pool exhausted size=20 waited_ms=655 db=default",
    "ERROR upstream http 502 from /v1/completions retry=1/3 backoff=2.0s",
    "redis GET drug_interactions:v7 miss (14ms), falling back to db",
    "redis 7.2.4 connected, latency p95=1.8ms",
    '{"event": "deploy", "version": "2.14.3", "commit": "9f3c2ab", "region": "us-east-1"}',
    "HTTP/1.1 429 Too Many Requests retry-after=30",
    "wt down 2.1 kg since last visit (68.4 kg), BMI 24.3",
    "O2 sat 88-91% with ambulation, 95% at rest",
    "A1c goal < 7.0%, LDL goal < 70 mg/dL",
    "RTC 6 wks or sooner prn",
    "memory care resident, Alzheimer's, FAST 6",
    "Kawasaki disease age 4, echo normal",
    "Raynaud's phenomenon, worse in winter",
    "trisomy 21 (Down syndrome), hypothyroid on levothyroxine 50 mcg",
    "ICD-10 Z79.01 long term anticoagulant use, R26.81 unsteady gait",
    "verified identity with DOB and SSN last four per policy",
    "called pt back, no answer, left generic VM per HIPAA",
    "fax cover sheet attached, 3 pages incl. cover",
    "ok thanks!! see u next week",
    "2 tabs of tylenol extra strength every 6 hrs",
    "seen in 2024 and 2025 for the same thing",
    "K 5.6 hemolyzed, repeat K 4.4",
    "vitamin B12 312 pg/mL, folate 9.8 ng/mL",
    "GFR > 60, UACR 45 mg/g",
    "temp 100.4 this morning and 99.8 now",
    "target glucose 90-130 mg/dL fasting",
    "Lantus 92 units qhs + Humalog sliding scale",
    "x3 days of diarrhea, 4-5 episodes/day",
    "ECOG 1, KPS 80",
    "Worker timeout (pid:418) after 120s, restarting",
    "my husband is 81 and my mom is 88, both need flu shots",
    "Jardiance 10 mg daily, Ozempic 0.5 mg weekly on Sundays",
    "Tdap 2021, Shingrix x2 completed, PCV20 given today",
    "sertraline 50 mg, increase to 100 mg in 2 weeks if tolerated",
    "Gram stain: gram-positive cocci in clusters",
    "Pap smear NILM, HPV negative, repeat in 5 years",
    "CT head without contrast: no acute intracranial process",
    "Mallampati 2, ASA class III",
    "retry 3/5 in 4.0s (ConnectionResetError)",
    "migrations applied: clinic 0042, assistant 0017",
    "PHQ-9 score 14, GAD-7 score 9",
]
