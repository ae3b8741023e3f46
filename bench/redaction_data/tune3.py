"""The "tune3" split: a third tuning set, written without looking at the engine.

It leans on what a blind split showed to be hard: names that are also everyday or clinical words
("Ivy Hart", "Gene Means", "Pat Early", "Mr. Her", "Dr. Cushing"), surname-first names typed in
lowercase with no cue ("hart, ivy here"), names of many more origins (Japanese, Pacific, Navajo
and Lakota, Hmong, Khmer, Lao, Punjabi, Nepali, Akan, Kenyan, Zimbabwean, Haitian, Ukrainian,
Hungarian, Maya and Nahua, ...), nicknames, initials and hyphenated or multi-part names; dates in
many more shapes ("03.04.21", "3rd of March", "Mar-3-2021", "2021/3/4", "Tuesday the 14th",
"04MAR1931", "3 de marzo", "1er mars"); usernames, plan and other identifiers of many shapes, with
and without a cue word; ages over 89 as words and in shorthand ("ninety-three", "93yo", "aged
96", "quatre-vingt-treize"); fax numbers beside phone numbers. Its PHI-free lines are the
look-alikes: "Hope this helps", "will call back", "rice water stools", "BP 120/80", fractions,
codes, eponyms, ages under 90, weekdays, years, durations, versions and drug names.

It keeps the interface of values.py and, like tune2.py, has slots of its own (``EXTRA_SLOTS``).
No name, street, city or e-mail domain here is in values.py's or tune2.py's pools (checked word
by word after folding accents and case, name particles such as "van" or "de" aside). As in the
other splits a state is not scored, and a weekday next to a date is left outside the date.
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
    # Everyday, clinical or seasonal words that are also given and family names.
    "word_names": (7, [
        "Ivy", "Lily", "Daisy", "Poppy", "Fern", "Coral", "Opal", "Jewel", "Blossom", "Willow",
        "Wren", "Lark", "Dove", "Raven", "Kitty", "Prudence", "Verity", "Felicity", "Serenity",
        "Trinity", "Glory", "Genesis", "Eden", "Haven", "Heaven", "Star", "Rocky", "Buddy",
        "Chip", "Duke", "Earl", "Royal", "Deacon", "Tanner", "Gunner", "Ranger", "Ridge", "Cliff",
        "Forrest", "Brook", "Reed", "Rowan", "Oakley", "Goldie", "Mack", "Rob", "Pat", "Bob",
        "Gene", "Art", "Chance", "Carol", "Myrtle", "Justice", "Liberty", "Unity", "Happy",
        "Sunshine", "Noel", "August", "Tempest", "Pleasant", "Gladys", "Piper", "Jay", "Tommy",
        "Amity",
    ], [
        "Small", "Carpenter", "Swan", "Drake", "Hawk", "Crow", "Lemon", "Peach", "Plum", "Bean",
        "Bacon", "Wild", "Gentle", "Bold", "Stout", "Jolly", "Luck", "Fortune", "Summers",
        "Cloud", "Pond", "Shore", "Church", "Castle", "Gates", "Rock", "Flint", "Steel", "Gold",
        "Silver", "Pound", "Means", "Worth", "Goode", "Fine", "Paine", "Hart", "Bones", "Pill",
        "Cane", "Tempest", "Christmas", "Easter", "Holiday", "March", "Early", "Quick", "Fair",
        "Free", "Minor", "Low", "High", "Hyde", "Seal", "Wing", "Root", "Branch", "Bass", "Pike",
        "Fowler", "Butcher", "Chandler", "Draper", "Glover", "Hooper", "Wheeler", "Fletcher",
        "Sawyer", "Thatcher", "Mercer", "Spicer", "Porter", "Vine", "Nutt", "Almond", "Oakes",
        "Pine", "Birch", "Ashe", "Bloom", "Flowers", "Budd", "Stables", "Mill", "Hay", "Straw",
        "Shepherd", "Booth", "Bowers", "Hook", "Button", "Cotton", "Bull", "Hare",
        "Eagle", "Starling", "Swallow", "Peacock", "Nightingale", "Rook", "Crowe", "Horne",
        "Justice", "Goodall", "Goodwill", "Hardman", "Hardwick", "Wiseman", "Sharpe", "Keene",
        "Speed", "Hastings", "Merriman", "Fairweather", "Lovejoy", "Gladstone", "Light", "Smart",
        "Keen", "Armstrong",
    ]),
    # Family names that are also the names of diseases, signs and scales.
    "eponyms": (2, [
        "Gene", "Art", "Pat", "Earl", "Duke", "Bob", "Rob", "Myrtle", "Gladys", "Carol", "Noel",
        "Tommy", "Goldie", "Pleasant",
    ], [
        "Hodgkin", "Cushing", "Paget", "Horner", "Braden", "Morse", "Norton", "Beers",
        "Huntington", "Downs", "Down",
    ]),
    "japanese": (2, [
        "Haruto", "Yui", "Sota", "Hina", "Kenji", "Yoshiko", "Takeshi", "Michiko", "Hiroshi",
        "Sachiko", "Kazuo", "Fumiko", "Noriko", "Akira", "Shigeru", "Tomoko", "Masako", "Yuki",
        "Haruki", "Emiko", "Tsutomu", "Chiyo", "Isamu", "Setsuko", "Minoru", "Kiyoshi",
    ], [
        "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Yoshida", "Yamaguchi",
        "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Ikeda",
        "Hashimoto", "Ishikawa", "Ogawa", "Okada", "Fujita", "Nishimura", "Higa", "Oshiro",
        "Kaneshiro", "Tamashiro", "Nakasone", "Uyehara", "Fujimoto", "Okamura",
    ]),
    "pacific": (1, [
        "Kalani", "Keoni", "Leilani", "Malia", "Kainoa", "Makana", "Noelani", "Iolana", "Sione",
        "Losana", "Tevita", "Mele", "Pualani", "Kekoa", "Ikaika", "Lokelani", "Mahina", "Semisi",
        "Viliami", "Salote",
    ], [
        "Kahananui", "Kealoha", "Akana", "Kamakau", "Nakoa", "Fifita", "Tuilagi", "Taufa",
        "Vainikolo", "Faleolo", "Mahe", "Tupou", "Havili", "Kaleikini", "Keawe", "Kahale",
        "Palakiko", "Tuiasosopo", "Fonoti", "Leota", "Sapolu",
    ]),
    # Navajo and Lakota family names, several of them two everyday words.
    "native": (2, [
        "Nizhoni", "Dezbah", "Shandiin", "Ahiga", "Doli", "Sahkyo", "Tahoma", "Kanoni", "Wahkan",
        "Hania", "Aiyana", "Chayton", "Kimimela", "Tallulah", "Wynona", "Chip", "Duke", "Myrtle",
        "Earl",
    ], [
        "Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Tso", "Bitsui", "Etsitty", "Manygoats",
        "Yellowhorse", "Runningwater", "Whitehorse", "Littledog", "Two Bulls", "Red Cloud",
        "Many Horses", "Standing Bear", "Iron Shell", "Two Crow", "Kills Enemy", "Spotted Tail",
        "Looking Horse", "Old Coyote", "Tallbull", "Redhouse", "Bowannie", "Lente", "Yepa",
    ]),
    "hmong": (1, [
        "Pa Nhia", "Tou", "Xeng", "Chue", "Kou", "Nou", "Pao", "Yia", "Pa Kou", "Ger", "Fue",
    ], [
        "Xiong", "Vang", "Moua", "Lor", "Her", "Vue", "Khang", "Lo", "Hang", "Kue", "Thor",
        "Chang",
    ]),
    "khmer": (1, [
        "Sokha", "Sophea", "Chanthou", "Vuthy", "Bopha", "Sreymom", "Sopheap", "Rithy",
        "Chantrea", "Sovann", "Kosal",
    ], [
        "Chhim", "Keo", "Sok", "Chea", "Prak", "Hem", "Ouk", "Nhem", "Meas", "Chhun", "Sim",
        "Touch", "Yim",
    ]),
    "lao": (1, [
        "Souksavanh", "Phonsavanh", "Khamla", "Bounmy", "Vilayphone", "Keomanivong", "Somphone",
        "Chanthavong",
    ], [
        "Phommachanh", "Sisavath", "Vongphachanh", "Keomany", "Inthavong", "Phanthavong",
        "Sengdara", "Xayavong",
    ]),
    "punjabi": (1, [
        "Gurpreet", "Harjit", "Manpreet", "Jaswinder", "Balwinder", "Simranjeet", "Navdeep",
        "Kulwant", "Paramjit", "Harleen", "Jasleen", "Gurdeep", "Sukhwinder", "Amrit",
    ], [
        "Sandhu", "Grewal", "Brar", "Virk", "Sahota", "Bhullar",
    ]),
    "bengali_pakistani": (1, [
        "Tanvir", "Farhana", "Shakil", "Nusrat", "Rubina", "Sabbir", "Mahmuda", "Shahana",
        "Rafiq", "Jahanara", "Mizanur", "Tahmina", "Imran", "Saima", "Bilal", "Ayesha", "Hamza",
        "Rabia", "Sadia", "Usman", "Shazia", "Waqar", "Asma",
    ], [
        "Hossain", "Talukder", "Bhuiyan", "Rahman", "Uddin", "Khondokar", "Majumder", "Mollah",
        "Butt", "Malik", "Chaudhry", "Siddiqui", "Awan", "Bajwa", "Janjua", "Abbasi", "Mirza",
        "Qazi", "Gondal",
    ]),
    "nepali": (1, [
        "Bishnu", "Sushila", "Pemba", "Dawa", "Ang", "Tenzing", "Lhakpa", "Sunita", "Nima",
    ], [
        "Sherpa", "Gurung", "Tamang", "Magar", "Thapa", "Rai", "Limbu", "Shrestha", "Adhikari",
        "Bhattarai", "Lama", "Tamrakar",
    ]),
    "akan": (1, [
        "Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Abena", "Kwabena", "Efua", "Kwaku", "Adwoa",
        "Esi", "Kwesi", "Afua", "Yaa", "Kojo", "Akua",
    ], [
        "Mensah", "Asante", "Owusu", "Boateng", "Appiah", "Osei", "Agyeman", "Ofori",
        "Frimpong", "Amoah", "Acheampong", "Antwi", "Asamoah", "Opoku", "Bonsu", "Quaye",
        "Quartey",
    ]),
    "kenyan": (1, [
        "Wanjiru", "Kamau", "Njeri", "Otieno", "Akinyi", "Wambui", "Mwangi", "Achieng",
        "Wanjiku", "Nyambura", "Kiprotich", "Jepkoech",
    ], [
        "Odhiambo", "Kiprono", "Wafula", "Chebet", "Mutua", "Njoroge", "Ochieng", "Korir",
        "Kimani", "Wekesa", "Omondi", "Kipkemboi", "Ruto", "Onyango",
    ]),
    # Southern African given names are often English words too.
    "southern_african": (2, [
        "Thandiwe", "Sipho", "Nomvula", "Lindiwe", "Bongani", "Themba", "Zanele", "Nokuthula",
        "Sibusiso", "Thabo", "Lerato", "Palesa", "Gift", "Talent", "Knowledge", "Trust",
        "Learnmore", "Godknows", "Loveness", "Innocent", "Lovemore", "Tendai", "Tatenda",
        "Rutendo", "Farai", "Nyasha", "Fortunate", "Beauty", "Memory", "Precious", "Goodness",
        "Favour", "Marvellous",
    ], [
        "Dlamini", "Nkosi", "Mthembu", "Zulu", "Khumalo", "Ndlovu", "Mokoena", "Mahlangu",
        "Shabalala", "Zungu", "Mabaso", "Cele", "Moyo", "Ncube", "Sibanda", "Mpofu", "Dube",
        "Chikore", "Mutasa", "Gumbo", "Makoni", "Zvobgo", "Marufu", "Chinembiri", "Mhlanga",
    ]),
    "congolese": (1, [
        "Mbuyi", "Kabamba", "Ilunga", "Mukendi", "Ngalula", "Mbombo", "Kalonji", "Mwamba",
    ], [
        "Tshibanda", "Mutombo", "Kasongo", "Lukusa", "Kabongo", "Mukendi", "Ilunga",
    ]),
    "haitian": (2, [
        "Wideline", "Fritznel", "Wesner", "Nadège", "Rosemene", "Mackenson", "Dieuseul",
        "Jeanty", "Guerline", "Widlene", "Wilner", "Fedner", "Guerdy", "Roselande", "Dieu-Donné",
        "Dieunel", "Widmaer", "Wislet", "Ketly", "Marjorie-Ange",
    ], [
        "Charlemagne", "Dorvilus", "Exantus", "Saintil", "Dorsainvil", "Thermidor",
        "Desrosiers", "Louissaint", "Valcourt", "Metellus", "Joachin", "Saint-Fleur",
        "Belizaire", "Desir", "Cadet", "Saint-Vil", "Petit-Frère", "Dieu-Juste", "Bonami",
        "Saint-Cyr", "Mondesir", "Brutus", "Ulysse", "Jeune", "Cineus",
    ]),
    "ukrainian_romanian": (2, [
        "Oksana", "Taras", "Bohdan", "Mykola", "Olena", "Yuliia", "Vasyl", "Halyna", "Oleksandr",
        "Mariia", "Serhii", "Nataliia", "Volodymyr", "Iryna", "Ionuț", "Mihaela", "Florin",
        "Alexandru", "Ioana", "Cătălina", "Dorin", "Lucian", "Andreea", "Sorin", "Viorica",
        "Gheorghe", "Marius",
    ], [
        "Shevchenko", "Bondarenko", "Tkachenko", "Kovalenko", "Kravchuk", "Melnyk", "Boyko",
        "Hrytsenko", "Savchuk", "Moroz", "Lysenko", "Rudenko", "Marchenko", "Petrenko", "Kozak",
        "Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Munteanu", "Stoica", "Ungureanu",
        "Rusu", "Lungu", "Ciobanu", "Moldovan", "Dobre",
    ]),
    # Hungarians put the family name first at home.
    "hungarian": (1, [
        "Zsófia", "Ferenc", "Gyula", "Erzsébet", "Imre", "Zoltán", "Béla", "Katalin", "László",
        "Ildikó", "Tibor", "József",
    ], [
        "Nagy", "Kovács", "Szabó", "Horváth", "Tóth", "Varga", "Farkas", "Balogh", "Fekete",
        "Molnár", "Németh", "Papp", "Takács", "Juhász",
    ]),
    "czech": (1, [
        "Jiří", "Zdeňka", "Radek", "Bohumil", "Vlasta", "Libuše", "Jaroslava", "Vojtěch",
        "Přemysl", "Dagmar", "Ludmila",
    ], [
        "Dvořák", "Novotná", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Čermák",
        "Pospíšil", "Hájek", "Jelínek", "Růžička", "Beneš", "Svoboda",
    ]),
    "nordic_dutch": (1, [
        "Sigrid", "Bjørn", "Ingrid", "Solveig", "Leif", "Anneke", "Joost", "Maartje", "Pieter",
        "Sven", "Gunnhild", "Torvald", "Ragnhild",
    ], [
        "Lindqvist", "Sundberg", "Halvorsen", "Bergström", "Haugen", "Johannesen",
        "van der Meulen", "de Vries", "Vanderpool", "Van Houten", "ten Brink", "Østergaard",
        "Van Der Zee", "Vander Ploeg", "Tjaden", "Brouwer", "Dijkstra", "Hoekstra", "Bakker",
        "Visser",
    ]),
    "hebrew_armenian": (1, [
        "Avraham", "Shoshana", "Yitzchak", "Rivka", "Moshe", "Tova", "Eliezer", "Chaya",
        "Mordechai", "Devorah", "Shmuel", "Yehudit", "Menachem", "Bracha", "Anahit", "Hovhannes",
        "Narek", "Siranush", "Gevorg", "Armine", "Vartan", "Lusine", "Tigran", "Hasmik",
    ], [
        "Rosenblatt", "Abramovitz", "Shapiro", "Feldman", "Ginsburg", "Halevi", "Mizrahi",
        "Katz", "Perlman", "Eisenberg", "Birnbaum", "Teitelbaum", "Hakobyan", "Petrosyan",
        "Sargsyan", "Grigoryan", "Der Bedrossian", "Manoogian", "Harutyunyan", "Avetisyan",
        "Ter-Petrosyan", "Boghossian", "Kasparian",
    ]),
    "afghan": (1, [
        "Zarghona", "Mirwais", "Nazanin", "Fereshta", "Wahid", "Shabnam", "Habibullah",
        "Zarmina", "Gulalai", "Farid", "Mursal",
    ], [
        "Popal", "Durrani", "Yusufzai", "Wardak", "Sultani", "Noorzai", "Stanikzai", "Ahmadzai",
        "Safi", "Hotak", "Kakar", "Barakzai",
    ]),
    # Maya family names are often two or three letters long.
    "maya_nahua": (2, [
        "Xóchitl", "Tonatiuh", "Ixchel", "Yaretzi", "Cuauhtémoc", "Nicte", "Yolotl", "Chuy",
        "Nacho", "Pancho", "Lupita", "Conchita", "Memo", "Beto", "Chayo", "Lencho", "Chela",
        "Chente", "Quique", "Tere", "Nena",
    ], [
        "Xolalpa", "Tlatelpa", "Cuautle", "Ixtlahuac", "Tzompantzi", "Coatl", "Huitzil",
        "Itzep", "Canul", "Pech", "Tzuc", "Balam", "Cauich", "Ek", "Poot", "Uc", "Dzul", "Chi",
        "Koyoc", "Tzec", "Chable", "Couoh",
    ]),
    # Nicknames people go by, with everyday family names.
    "nicknames": (2, [
        "Bev", "Deb", "Barb", "Marge", "Midge", "Dot", "Bunny", "Kiki", "Gigi", "Lulu", "Bubba",
        "Junior", "Skip", "Butch", "Buzz", "Peanut", "Sissy", "Boo", "Tink", "Peg", "Bertie",
        "Mo", "Ike", "Hank", "Trudy", "Dottie", "Effie", "Winnie", "Hattie", "Mamie", "Tootie",
        "Junebug", "Cookie", "Punkin", "Boots", "Dutch", "Red", "Smitty", "Tiny", "Shorty",
    ], [
        "Small", "Hart", "Means", "Early", "Fair", "Low", "Booth", "Sawyer", "Porter", "Glover",
        "Wheeler", "Hooper", "Fowler", "Mercer", "Goode", "Keene", "Sharpe", "Hastings",
        "Lovejoy", "Armstrong", "Castle", "Church", "Summers", "Flowers",
    ]),
}  # fmt: skip

FAMILY_FIRST = {"hungarian", "khmer"}

# Nicknames written in quotes inside a full name: 'Gurpreet "Gary" Sandhu'.
QUOTED_NICKS = ["Butch", "Skip", "Buzz", "Peanut", "Bubba", "Boots", "Dutch", "Red", "Tiny",
                "Junior", "Smitty", "Bunny", "Dot", "Midge", "Chip", "Duke"]  # fmt: skip

SUFFIX = ["Jr.", "Sr.", "III", "II", "Jr", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "\u0131": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
                       "Ø": "O"})  # fmt: skip


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


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if rng.random() < 0.06 and " " not in last:  # double-barrelled across origins
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and other != last:
            last = f"{last}-{other}"
    if rng.random() < 0.2:  # people often type their own name without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, split: str = "tune3") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, split: str = "tune3") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVW")


def full_name(rng: random.Random, split: str = "tune3") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    given = first.split("-")[0].split(" ")[0]
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.45:
        return f"{last} {first}"
    if form < 0.30:
        return f"{first} {last}"
    if form < 0.38:
        return f"{last}, {first}"
    if form < 0.44:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.49:
        return f"{given[0]}. {last}"
    if form < 0.53:
        return f"{given[0]}.{_initial(rng)}. {last}"
    if form < 0.57:
        return f"{last} {given[0]}{_initial(rng)}"
    if form < 0.62:
        return f'{first} "{rng.choice(QUOTED_NICKS)}" {last}'
    if form < 0.70:
        return first
    if form < 0.74:
        return f"{first} {last}".upper()
    if form < 0.82:
        second = rng.choice(ORIGINS[origin][1])
        return f"{first} {second} {last}" if second != first else f"{first} {last}"
    if form < 0.87:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.92:
        return f"{first} {_initial(rng)} {last}"
    if form < 0.96:
        return f"{last}, {first} {_initial(rng)}."
    return f"{_fold(first)} {_fold(last)}".lower()


def _word_person(rng: random.Random) -> tuple[str, str]:
    origin = rng.choice(["word_names", "word_names", "word_names", "eponyms", "nicknames"])
    return _person_from(rng, origin)


def word_first(rng: random.Random) -> str:
    return rng.choice(ORIGINS["word_names"][1])


def word_last(rng: random.Random) -> str:
    return rng.choice(ORIGINS["word_names"][2] * 3 + ORIGINS["eponyms"][2])


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{first[0]}. {last}"])


def last_first(rng: random.Random) -> str:
    first, last = person(rng) if rng.random() < 0.5 else _word_person(rng)
    return f"{last}, {first}" if rng.random() < 0.85 else f"{last},{first}"


def nickname(rng: random.Random) -> str:
    return rng.choice(ORIGINS["nicknames"][1] + QUOTED_NICKS)


def initials(rng: random.Random) -> str:
    a, b = _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}.{_initial(rng)}.{b}."])


def _upper_name(part: str) -> str:
    return _fold(part).upper()


def name_plus(rng: random.Random) -> str:
    """A name as a query string carries it: hope+rice, or Ivy%20Hart."""
    first, last = person(rng)
    first, last = _fold(first).replace(" ", "+"), _fold(last).replace(" ", "+")
    return rng.choice([f"{first}+{last}", f"{first}%20{last}", f"{last}%2C+{first}"])


# --- Places ------------------------------------------------------------------------------------

STREETS = ["Hollyhock", "Primrose", "Snapdragon", "Thistle", "Marigold", "Zinnia", "Begonia",
           "Wisteria", "Lilac", "Dahlia", "Clematis", "Verbena", "Tansy", "Yarrow", "Nettle",
           "Bracken", "Fescue", "Bluestem", "Switchgrass", "Cattail", "Bulrush", "Sedge", "Alder",
           "Linden", "Hawthorn", "Sumac", "Hemlock", "Spruce", "Larch", "Buttonwood", "Mulberry",
           "Quince", "Apricot", "Nectarine", "Pomegranate", "Sandpiper", "Plover", "Killdeer",
           "Curlew", "Egret", "Ibis", "Cormorant", "Tern", "Bobwhite", "Meadowlark", "Bluebird",
           "Cardinal", "Oriole", "Tanager", "Grosbeak", "Junco", "Chickadee", "Nuthatch",
           "Warbler", "Vireo", "Flicker", "Kestrel", "Harrier", "Condor", "Magpie", "Badger",
           "Wolverine", "Lynx", "Bobcat", "Cougar", "Coyote", "Marten", "Mink", "Muskrat", "Elk",
           "Caribou", "Coolidge", "Hoover", "Taft", "McKinley", "Sojourner Truth", "Cabrillo",
           "Junipero Serra", "Sequoyah", "Tecumseh", "Sacagawea", "Zebulon Pike", "Kapiolani",
           "Kuhio", "Lunalilo", "Likelike", "Waialae", "Kilauea", "4th", "6th", "8th", "11th",
           "16th", "21st", "33rd", "39th", "44th", "52nd", "63rd", "67th", "81st", "94th", "103rd",
           "116th", "145th", "178th", "204th", "Second", "Third", "Fifth", "Sixth", "Seventh",
           "Eighth", "Tenth", "Eleventh", "Pilgrim", "Tollgate", "Millpond", "Stonebridge",
           "Covered Bridge", "Buggy Whip", "Powderhorn", "Flintlock", "Musket", "Arrowhead",
           "Tomahawk", "Wigwam", "Hayloft", "Corncrib", "Haymeadow", "Gristmill", "Sawmill",
           "Forge", "Anvil", "Blacksmith", "Cooperage", "Tannery", "Bellwether", "Weathervane",
           "Cupola", "Ironwood", "Redbud", "Sourwood", "Chinaberry", "Catawba", "Yaupon",
           "Palmetto", "Sabal", "Mangrove", "Seagrape", "Gumbo Limbo", "Poinciana", "Bougainvillea",
           "Hibiscus", "Plumeria", "Frangipani", "Oleander", "Jacaranda", "Manzanita", "Madrone",
           "Toyon", "Yucca", "Agave", "Saguaro", "Cholla", "Paloma", "Golondrina", "Colibri",
           "Tecolote", "Burro", "Mustang", "Appaloosa", "Clydesdale", "Shetland", "Haflinger",
           "Via Escondida", "Sendero", "Plazuela", "Bayou Teche", "Levee", "Pirogue",
           "Sugarcane"]  # fmt: skip
SUFFIXES = [("St", 8), ("St.", 3), ("Ave", 6), ("Ave.", 2), ("Rd", 6), ("Rd.", 2), ("Dr", 5),
            ("Ln", 4), ("Ln.", 1), ("Blvd", 2), ("Ct", 3), ("Ct.", 1), ("Way", 3), ("Pl", 2),
            ("Cv", 1), ("Trce", 1), ("Run", 1), ("Pt", 1), ("Sq", 1), ("Grn", 1), ("Hl", 1),
            ("Street", 3), ("Avenue", 2), ("Road", 2), ("Drive", 2), ("Lane", 1), ("Court", 1),
            ("Terrace", 1), ("Circle", 1), ("Parkway", 1), ("Trail", 1), ("Crescent", 1),
            ("Close", 1), ("Commons", 1), ("Landing", 1)]  # fmt: skip
UNITS = ["Apt 4", "Apt. 2C", "Apt #311", "Unit 7", "Unit D", "# 12", "#3B", "Ste 204", "Suite 9",
         "Rm 18", "Lot 33", "Space 61", "Trailer 9", "Bsmt", "Rear", "Upstairs", "Fl 4",
         "Apartment 14", "Bldg 2 Apt 8", "Apt 1-A"]  # fmt: skip
DIRECTIONS = ["N ", "N. ", "S ", "E. ", "W ", "SW ", "NE ", "North ", "East ", "West "]


def _street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    number = rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)),
                         str(rng.randint(1000, 9999)), str(rng.randint(10000, 69999)),
                         f"{rng.randint(100, 9999)} 1/2", f"{rng.randint(10, 999)}-{rng.choice('ABC')}",
                         rng.choice(["One", "Two", "Three"])])  # fmt: skip
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{number} {direction}{name} {suffix}"


def street_address(rng: random.Random, split: str = "tune3") -> str:
    kind = rng.random()
    if kind < 0.05:
        return f"{rng.choice(['PO Box', 'P.O. Box', 'Box', 'PO Bx'])} {rng.randint(1, 9999)}"
    if kind < 0.08:
        return f"PSC {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}"
    if kind < 0.12:  # Wisconsin grid addresses
        return (
            f"{rng.choice('NWSE')}{rng.randint(100, 399)}{rng.choice('NS')}{rng.randint(1000, 9999)} "
            f"{rng.choice(STREETS)} {rng.choice(['Rd', 'Ln', 'Dr'])}"
        )
    if kind < 0.15:  # Puerto Rico urbanizations
        return (
            f"Urb. {rng.choice(['Villa', 'Jardines de', 'Parque', 'Colinas de'])} "
            f"{rng.choice(['Paloma', 'Golondrina', 'Colibri', 'Tecolote', 'Sabal'])}, "
            f"Calle {rng.randint(1, 40)} {rng.choice('ABCDEFG')}-{rng.randint(1, 30)}"
        )
    if kind < 0.19:
        return f"{rng.choice(['Apt', 'Unit', '#'])} {rng.randint(1, 40)}, {_street_line(rng)}"
    line = _street_line(rng)
    if rng.random() < 0.35:
        line += rng.choice([", ", " ", " ", ", "]) + rng.choice(UNITS)
    return line.upper() if rng.random() < 0.05 else line


CITIES = ["Normal", "Independence", "Paradise", "Hazard", "Mentor",
          "Commerce", "Surprise", "Elizabeth", "Florence", "Marion", "Sterling", "Troy", "Chester",
          "Beverly", "Warren", "Gary", "Marshall", "Quincy", "Salem", "Lynn", "Douglas", "Kent",
          "Bristol", "Orange", "Plano", "Frisco", "Irving", "Garland", "Katy", "Conroe",
          "Pearland", "Edinburg", "Pharr", "Weslaco", "Del Rio", "Alice", "Victoria", "Longview",
          "Sherman", "Palestine", "Lufkin", "Nacogdoches", "Bryan", "Opp", "Eclectic",
          "Elgin", "Waukegan", "Racine", "Janesville", "Wausau", "Ames", "Ankeny", "Council Bluffs",
          "Kearney", "Grand Island", "Salina", "Hutchinson", "Enid", "Norman", "Lawton",
          "Stillwater", "Muskogee", "Abilene", "San Angelo", "Round Rock", "Hammond", "Slidell",
          "Houma", "Natchez", "Meridian", "Anniston", "Opelika", "Albany", "Rome", "Dalton",
          "Marietta", "Smyrna", "Greenville", "Rock Hill", "Sumter", "Boone", "Gastonia",
          "Salisbury", "Danville", "Harrisonburg", "Blacksburg", "Frederick", "Hagerstown",
          "Annapolis", "Dover", "York", "Harrisburg", "Hershey", "Lebanon", "Hoboken",
          "Trenton", "Camden", "Edison", "Passaic", "Hackensack", "Schenectady", "Watertown",
          "Plattsburgh", "Elmira", "Kingston", "Newburgh", "Danbury", "Norwalk", "Meriden",
          "Waterbury", "Warwick", "Cranston", "Woonsocket", "Brockton", "Haverhill", "Pittsfield",
          "Holyoke", "Chicopee", "Manchester", "Keene", "Rutland", "Bennington", "Presque Isle",
          "Lorain", "Elyria", "Youngstown", "Canton", "Zanesville", "Sandusky", "Findlay", "Lima",
          "Kokomo", "Bloomington", "Carmel", "Fishers", "Elkhart", "Valparaiso", "Ypsilanti",
          "Pontiac", "Traverse City", "Holland", "Muskegon", "Moorhead", "Bemidji", "Owatonna",
          "Minot", "Dickinson", "Pierre", "Aberdeen", "Brookings", "Mitchell", "Yankton",
          "Norfolk", "Scottsbluff", "Hastings", "Garden City", "Dodge City", "Emporia",
          "Manhattan", "Ponca City", "Ardmore", "Durant", "Pine Bluff", "Jonesboro", "Conway",
          "Hot Springs", "Paducah", "Bowling Green", "Owensboro", "Frankfort", "Murfreesboro",
          "Clarksville", "Kingsport", "Johnson City", "Cookeville", "Gulfport", "Pascagoula",
          "Auburn", "Bessemer", "Gadsden", "Panama City", "Destin", "Sarasota", "Bradenton",
          "Lakeland", "Kissimmee", "Sanford", "Deltona", "Daytona Beach", "Palm Bay", "Naples",
          "Fort Myers", "Key West", "Homestead", "Hollywood", "Boca Raton", "Jupiter",
          "Vero Beach", "Brunswick", "Statesboro", "Hinesville", "Kingman", "Lake Havasu City",
          "Sierra Vista", "Nogales", "Casa Grande", "Show Low", "Winslow", "Socorro",
          "Alamogordo", "Hobbs", "Clovis", "Taos", "Trinidad", "Alamosa", "Montrose",
          "Fort Collins", "Boulder", "Longmont", "Rock Springs", "Sheridan", "Gillette",
          "Riverton", "Idaho Falls", "Nampa", "Caldwell", "Moscow", "Kennewick", "Pasco",
          "Wenatchee", "Everett", "Bremerton", "Vancouver", "Corvallis", "Roseburg",
          "Klamath Falls", "Pendleton", "Eureka", "Arcata", "Ukiah", "Napa", "Vallejo", "Merced",
          "Turlock", "Madera", "Hanford", "Tulare", "Porterville", "Delano", "Barstow",
          "Victorville", "Hemet", "Indio", "El Centro", "Calexico", "Oceanside", "Temecula",
          "Santa Maria", "Lompoc", "Watsonville", "Gilroy", "Hayward", "Fremont", "Antioch",
          "Tracy", "Lodi", "Manteca", "Kenai", "Ketchikan", "Sitka",
          "Bayamón", "Mayagüez", "Caguas", "Arecibo", "Battle Creek",
          "Grand Forks", "Kalispell", "Bozeman", "Laramie", "Moab", "Tempe", "Scottsdale",
          "Glendale"]  # fmt: skip

STATES = ["IL", "TX", "KS", "KY", "OH", "NJ", "NY", "CT", "MA", "MN", "OK", "FL", "AZ", "NM", "CO",
          "WY", "WA", "CA", "HI", "PR", "Ill.", "Tenn.", "Ky.", "Okla.", "Neb.", "Kan.", "Ark.",
          "Miss.", "Ala.", "Fla", "Mich.", "Minn.", "Texas", "Ohio", "Kansas", "New Jersey",
          "Indiana", "Tennessee", "Arizona", "Idaho", "il", "tx", "Tx."]  # fmt: skip


def city(rng: random.Random, split: str = "tune3") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(601, 99929):05d}"
    form = rng.random()
    if form < 0.2:
        return f"{z}-{rng.randint(1, 9999):04d}"
    if form < 0.24:
        return f"{z} {rng.randint(1, 9999):04d}"
    return z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                 "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                 "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
                 "thirty-first"]  # fmt: skip
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    # Birth dates of the old (the weak spot for ages over 89 too), other birth dates, visits.
    pick = rng.random()
    if pick < 0.25:
        y = rng.randint(1916, 1936)
    elif pick < 0.5:
        y = rng.randint(1937, 2015)
    else:
        y = rng.randint(2018, 2026)
    m = rng.randint(1, 12)
    d = rng.randint(
        1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    )
    return y, m, d


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    month, ab, yy, o, ow = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d), ORDINAL_WORDS[d - 1]
    return rng.choice([
        f"{d:02d}.{m:02d}.{yy:02d}", f"{m:02d}.{d:02d}.{yy:02d}", f"{m}.{d}.{y}", f"{d}.{m}.{y}",
        f"{d}{o} of {month}", f"{d}{o} of {month}, {y}", f"{d}{o} of {month} {y}",
        f"{ab}-{d}-{y}", f"{ab}-{d:02d}-{yy:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
        f"{month} {d}{o}", f"{month} {d}{o}, {y}", f"{ab} {d}{o}", f"{ab.lower()} {d} {y}",
        f"{d} {month}", f"{d}-{ab}", f"{d:02d}/{ab}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}-{d:02d}-{y}",
        f"{m}/{d}", f"{m:02d}/{d:02d}", f"{month} the {d}{o}", f"{month} {ow}", f"the {ow} of {month}",
        f"{d:02d}{ab.upper()}{y}", f"{d:02d}-{ab.upper()}-{yy:02d}", f"{y}{m:02d}{d:02d}",
        f"{ab}. {d}, {y}", f"{ab} {d} {y}", f"{month.lower()} {d}", f"{m}-{d}-{y}",
        f"{d} {ab} {yy:02d}", f"{m}/{d}/{y}", f"{month} {d} {y}",
    ])  # fmt: skip


def day_ordinal(rng: random.Random) -> str:
    """The day alone after a weekday or 'the': 'Tuesday the 14th', 'on the 3rd'."""
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}" if rng.random() < 0.8 else ORDINAL_WORDS[d - 1]


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} of {y}",
                       f"{y}-{m:02d}", f"{ABBR[m - 1]} '{y % 100:02d}", f"{MONTHS[m - 1]} {y}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def hl7_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    if rng.random() < 0.25:
        return f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return f"{y}{m:02d}{d:02d}"


def url_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m:02d}%2F{d:02d}%2F{y}", f"{m}%2F{d}%2F{y}", f"{y}-{m:02d}-{d:02d}"])


def clf_date(rng: random.Random) -> str:
    """The date part of a web-server log timestamp: 04/Mar/2024."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    ampm = "AM" if hh < 12 else "PM"
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}+0{rng.randint(1, 2)}:00", f"{m:02d}/{d:02d}/{y} {hh % 12 or 12}:{mi:02d} {ampm}",
        f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}", f"{d:02d}-{ABBR[m - 1]}-{y} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def es_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mes, yy = MESES[m - 1], y % 100
    return rng.choice([f"{d} de {mes}", f"{d} de {mes} de {y}", f"{d:02d}/{m:02d}/{y}",
                       f"{d}/{m}/{yy:02d}", f"{d}-{mes[:3]}-{y}", f"{mes} {d}"])  # fmt: skip


def fr_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mois, jour = MOIS[m - 1], "1er" if d == 1 else str(d)
    return rng.choice([f"{jour} {mois}", f"{jour} {mois} {y}", f"{d:02d}/{m:02d}/{y}",
                       f"{d:02d}.{m:02d}.{y}", f"{d}/{m}"])  # fmt: skip


_UNITS = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return age_number(rng)
    n = rng.randint(90, 103)
    if n < 100:
        word = "ninety" + _UNITS[n - 90]
        return rng.choice([word, word, word.replace("-", " "), word.capitalize()])
    rest = ["", " and one", " and two", " and three"][n - 100]
    return rng.choice(["one hundred", "a hundred", "hundred"]) + rest if rest else "one hundred"


_ES_UNITS = ["", " y uno", " y dos", " y tres", " y cuatro", " y cinco", " y seis", " y siete",
             " y ocho", " y nueve"]  # fmt: skip
_FR_90S = ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
           "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize",
           "quatre-vingt-dix-sept", "quatre-vingt-dix-huit", "quatre-vingt-dix-neuf"]  # fmt: skip
_NONANTE = ["nonante", "nonante et un", "nonante-deux", "nonante-trois", "nonante-quatre",
            "nonante-cinq", "nonante-six", "nonante-sept", "nonante-huit", "nonante-neuf"]  # fmt: skip


def age_es(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return age_number(rng)
    n = rng.randint(90, 102)
    if n < 100:
        return "noventa" + _ES_UNITS[n - 90]
    return ["cien", "ciento uno", "ciento dos"][n - 100]


def age_fr(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return age_number(rng)
    n = rng.randint(90, 99)
    return _FR_90S[n - 90] if rng.random() < 0.75 else _NONANTE[n - 90]


# --- Numbers people are reached at -------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    ext = rng.randint(2, 9999)
    if rng.random() < 0.08:
        return intl_phone(rng)
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}/{b}-{c}", f"{a} {b}-{c}",
        f"+1 {a}-{b}-{c}", f"+1.{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}", f"+1{a}{b}{c}",
        f"({a}) {b} {c}", f"{a}-{b}-{c} x{ext}", f"{a}-{b}-{c} ext {ext % 1000}",
        f"({a}) {b}-{c} Ext. {ext % 100}", f"{a} {b} {c}", f"1 ({a}) {b} {c}", f"+1 ({a}){b}-{c}",
        f"{a}.{b}{c}",
    ])  # fmt: skip


def intl_phone(rng: random.Random) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    return rng.choice([
        f"+52 1 55 {d(4)} {d(4)}", f"+52 (33) {d(4)}-{d(4)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+509 3{d(3)} {d(4)}", f"+91 9{d(4)} {d(5)}",
        f"+233 24 {d(3)} {d(4)}", f"+380 67 {d(3)} {d(4)}", f"+1 (787) {rng.randint(200, 999)}-{d(4)}",
        f"+254 7{d(2)} {d(3)} {d(3)}", f"+977 98{d(8)}", f"+81 90-{d(4)}-{d(4)}",
    ])  # fmt: skip


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = ["orange.fr", "free.fr", "sfr.fr", "wanadoo.fr", "laposte.net", "mailbox.org",
           "posteo.de", "libero.it", "virgilio.it", "seznam.cz", "abv.bg", "rambler.ru", "inbox.lv",
           "citromail.hu", "sapo.pt", "prodigy.net.mx", "telefonica.net", "suddenlink.net",
           "mediacombb.net", "embarqmail.com", "q.com", "cableone.net", "wowway.com", "rcn.com",
           "ptd.net", "tds.net", "midco.net", "gci.net", "hawaiiantel.net", "aim.com", "shaw.ca",
           "telus.net", "sympatico.ca", "videotron.ca", "rogers.com", "bigpond.com", "xtra.co.nz",
           "protonmail.ch", "tuta.io", "mailfence.com", "runbox.com", "hushmail.com", "i.ua",
           "freenet.de", "arcor.de", "blueyonder.co.uk", "ntlworld.com", "sky.com", "rediff.com",
           "ig.com.br", "mail.prairiestate.edu", "lincolnunified.k12.ca.us", "ridgeviewlaw.com",
           "bluemesa-realty.com", "kowalski-plumbing.com", "pinecrest-hoa.org", "wolverine-ems.org",
           "cedarvalley-coop.net", "haflinger-rescue.org", "tecumseh-isd.net",
           "nuthatchpress.com"]  # fmt: skip
HOBBY_HANDLES = ["quiltingnana", "bassfisher", "gardengal", "knitwitch", "tractortom", "hope4recovery",
                 "rosebud", "youngatheart", "grannygrunt", "bingoqueen", "choirlady", "deerhunter",
                 "mopar_mike", "sweetpea", "cowgirlup", "pickleballpapa", "birdnerd", "nightshiftrn",
                 "harleydave", "cakelady", "will2live", "grant_me_grace"]  # fmt: skip


def email(rng: random.Random, split: str = "tune3") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "ivy", _handle(last) or "hart"
    fc, lc = _fold(first.split()[0]).replace("'", ""), _fold(last.split()[0]).replace("'", "")
    n = rng.randint(1, 99)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln[0]}", f"{ln}.{f}{n}", f"{f[0]}_{ln}", f"{fc}.{lc}", f"{f}+portal",
        f"{rng.choice(HOBBY_HANDLES)}{rng.randint(1, 99)}", f"{ln}family", f"{f}{ln}{rng.randint(1925, 2010)}",
        f"{f}.{ln}.rn", f"{f[0]}{ln}{n:02d}", f"{ln}-{f}", f"{f}_{ln}_{rng.randint(1, 9)}",
        f"{fc.upper()}.{lc.upper()}", f"mrs.{ln}", f"{f}{rng.randint(1930, 1999) % 100:02d}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40").replace("+", "%2B")


def email_spelled(rng: random.Random) -> str:
    """Typed out so bots do not pick it up: 'ivy.hart at orange dot fr'."""
    local, domain = email(rng).split("@")
    return f"{local} at {domain.replace('.', ' dot ')}"


_ADJ = ["sleepy", "grumpy", "happy", "rusty", "purple", "crazy", "fuzzy", "lazy", "mighty", "lil"]
_NOUN = [
    "turtle",
    "badger",
    "cactus",
    "walrus",
    "tater",
    "biscuit",
    "noodle",
    "gator",
    "pony",
    "yeti",
]


def username(rng: random.Random, split: str = "tune3") -> str:
    first, last = person(rng) if rng.random() < 0.7 else _word_person(rng)
    f, ln = _handle(first) or "ivy", _handle(last) or "hart"
    fc = _fold(first.split()[0]).replace("'", "").replace("-", "") or "Ivy"
    lc = _fold(last.split()[0]).replace("'", "").replace("-", "") or "Hart"
    n, yy = rng.randint(1, 99), rng.randint(1930, 2012)
    leet = f.replace("o", "0").replace("e", "3").replace("i", "1").replace("a", "4")
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}_{f[0]}", f"{f[0].upper()}{ln.upper()}{n:02d}",
        f"{f}_{ln[0]}_{yy}", f"{fc}{lc}", f"{ln}.{f[0]}.{n}", f"{f}{ln}", f"{f[:3]}{ln[:3]}{n}",
        f"{rng.choice(_ADJ)}{rng.choice(_NOUN)}{n}", f"{rng.choice(_ADJ)}_{rng.choice(_NOUN)}",
        f"{leet}_{ln[0]}", f"{rng.choice(HOBBY_HANDLES)}{yy % 100:02d}", f"{f}-{ln}",
        f"{f}__{ln}", f"{ln}{f[0]}{ln[0]}", f"{f[0]}{ln[:6]}{rng.randint(1, 9)}",
        f"{f}.{ln}{yy}", f"pt{_digits(rng, 6)}", f"{ln}{n}", f"{f}{yy % 100:02d}",
        f"{fc[0]}{lc}", f"{f}_the_{rng.choice(_NOUN)}", f"{f[0]}{f[-1]}{ln}",
    ])  # fmt: skip


def url(rng: random.Random, split: str = "tune3") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "ivy", _handle(last) or "hart"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.legacy.com/us/obituaries/name/{f}-{ln}-obituary?id={_digits(rng, 8)}",
        f"https://www.findagrave.com/memorial/{_digits(rng, 9)}/{f}-{ln}", f"linktr.ee/{f}{ln}",
        f"https://calendly.com/{f[0]}{ln}/30min", f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}",
        f"https://lotsahelpinghands.com/c/{_digits(rng, 6)}/", f"https://wa.me/1{_digits(rng, 10)}",
        f"https://www.strava.com/athletes/{_digits(rng, 8)}", f"https://www.etsy.com/shop/{f.capitalize()}s{rng.choice(['Knits', 'Quilts', 'Soaps'])}",
        f"snapchat.com/add/{f}{ln[0]}{rng.randint(1, 99)}", f"https://zoom.us/j/{_digits(rng, 10)}?pwd={_letters(rng, 12, an)}",
        f"https://www.ancestry.com/family-tree/person/tree/{_digits(rng, 9)}/person/{_digits(rng, 11)}",
        f"https://www.zillow.com/homedetails/{rng.randint(100, 9999)}-{rng.choice(STREETS).replace(' ', '-')}-Ln/{_digits(rng, 8)}_zpid/",
        f"http://{f}{ln}.wordpress.com", f"https://{ln}-family.weebly.com/updates",
        f"https://www.spotify.com/user/{f}.{ln}", f"https://nextdoor.com/profile/{_digits(rng, 8)}/",
        f"https://patientportal.tecumseh-health.example/visit/{_digits(rng, 9)}",
        f"https://fhir.prairie-hie.example/Patient/{_digits(rng, 7)}", f"https://t.me/{f}_{ln}",
        f"https://www.twitch.tv/{f}{ln}{rng.randint(1, 99)}", f"https://discord.gg/{_letters(rng, 8, an)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.1:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.35:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([
            ":".join(g), f"2001:db8:{g[2]}:{g[3]}::{g[7]}", f"2607:fb90:{g[2]}:{g[3]}:{g[4]}:{g[5]}:{g[6]}:{g[7]}",
            f"fd00::{g[6]}:{g[7]}", f"::ffff:{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ])  # fmt: skip
    return (
        f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing and other numbers ----------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 665 if area == 666 else area
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}-{g} {s}", f"{a}/{g}/{s}"],
                       [6, 3, 3, 1, 1])[0]  # fmt: skip


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8), _digits(rng, 9), f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"Z{_digits(rng, 7)}", f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
        f"{_letters(rng, 3)}{_digits(rng, 6)}", f"{_digits(rng, 6)}-{_digits(rng, 1)}",
        f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"K{_digits(rng, 3)}-{_digits(rng, 4)}",
        f"{_digits(rng, 4)} {_digits(rng, 4)}", "000" + _digits(rng, 5),
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def medicare_mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return rng.choice([raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}", f"{raw[:4]} {raw[4:7]} {raw[7:]}"])


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}", f"9{_digits(rng, 7)}{_letters(rng, 1)}",
        f"MCD{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 1)}",
    ])  # fmt: skip


def carte_vitale(rng: random.Random) -> str:
    return (
        f"{rng.choice('12')} {rng.randint(20, 99):02d} {rng.randint(1, 12):02d} "
        f"{rng.randint(1, 95):02d} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 2)}"
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 10)}", f"{_letters(rng, 3)} {_digits(rng, 9)}",
        f"{_letters(rng, 3)}{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 9)}-{rng.randint(0, 9):02d}",
        f"{_digits(rng, 11)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
        medicare_mbi(rng), medicaid_id(rng), f"{_letters(rng, 1)}{_digits(rng, 11)}",
        f"{_letters(rng, 3)}{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 5)}",
        f"{_digits(rng, 12)}", f"ZG{_digits(rng, 9)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 4)}",
        f"{_letters(rng, 2)}-{_digits(rng, 7)}-{_digits(rng, 2)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 10), f"HB{_digits(rng, 9)}", f"{_digits(rng, 2)}-{_digits(rng, 7)}",
        f"A{_digits(rng, 8)}", f"PF{_digits(rng, 6)}", _digits(rng, 12), f"{_digits(rng, 8)}-{_digits(rng, 3)}",
        f"{_digits(rng, 6)}/{_digits(rng, 2)}", f"G{_digits(rng, 4)}-{_digits(rng, 5)}", _digits(rng, 8),
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
    return rng.choice("ABFGMX") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"{a}{_digits(rng, 4)} {_digits(rng, 5)} {_digits(rng, 5)}",
        f"{a} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"{a}{_digits(rng, 12)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
        f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", f"S{_digits(rng, 8)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}", f"H{_digits(rng, 8)}",
        f"{a}{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"RN.{_digits(rng, 7)}",
        f"MD-{_digits(rng, 5)}", f"LPN {_digits(rng, 2)}-{_digits(rng, 4)}", f"RPH.{_digits(rng, 5)}",
        f"PT{_digits(rng, 6)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("BCDEFGHJKLMNPRST123456789")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)} {_digits(rng, 4)}",
        f"{_digits(rng, 4)}-{_letters(rng, 2)}", f"{_letters(rng, 2)} {_digits(rng, 5)}",
        f"{_letters(rng, 3)}-{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 1)}",
        f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_letters(rng, 1)}", f"{_digits(rng, 3)}-{_letters(rng, 3)}",
        rng.choice(["NANA4U", "PAPA94", "RN2DR", "MOMSCAB", "IV DRIP", "2BLESSD", "GRAMMY", "OLDNSLO"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def _luhn_full(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return payload + str((10 - total % 10) % 10)


def imei(rng: random.Random) -> str:
    raw = _luhn_full(rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12))
    return rng.choice(
        [
            raw,
            f"{raw[:2]} {raw[2:8]} {raw[8:14]} {raw[14]}",
            f"{raw[:2]}-{raw[2:8]}-{raw[8:14]}-{raw[14]}",
        ]
    )


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02X}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).lower(), "-".join(octets),
                       "".join(octets).lower()])  # fmt: skip


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        imei(rng), f"8{_letters(rng, 5, an)}", f"0M000{_letters(rng, 6, '0123456789ABCDEF')}",
        f"23{_digits(rng, 9)}", f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 4)}",
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_letters(rng, 2)}",
        f"P{_digits(rng, 8)}", f"{_letters(rng, 3)}{_digits(rng, 7)}{_letters(rng, 2)}",
        mac_address(rng), f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}-{_letters(rng, 1)}",
        f"SN{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}", f"{_letters(rng, 2)}{_digits(rng, 2)}-{_letters(rng, 4, an)}-{_digits(rng, 3)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"TKT-{_digits(rng, 6)}", f"RITM{_digits(rng, 7)}", f"{rng.randint(2019, 2026)}-CV-{_digits(rng, 5)}",
        f"{rng.randint(19, 26)}{_letters(rng, 1)}{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"REF-{_letters(rng, 6, an)}", _letters(rng, 6, an), _digits(rng, 7),
        f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}", f"A{rng.randint(19, 26)}-{_digits(rng, 6)}",
        f"CP{rng.randint(19, 26)}-{_digits(rng, 5)}", f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
        _digits(rng, 10), f"{_digits(rng, 9)}", f"A{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"E{_digits(rng, 5)}", f"1Z{_letters(rng, 6, an)}{_digits(rng, 10)}", f"#{_digits(rng, 5)}-{_letters(rng, 1)}",
        f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}",
    ])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),  # "hart, ivy" with no cue word
    "WFIRST": ("NAME", word_first),  # given names that are words: Ivy, Chance, Pat
    "WLAST": ("NAME", word_last),  # family names that are words: Hart, Means, Cushing
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "FIRSTUP": ("NAME", lambda rng: _upper_name(person(rng)[0])),  # HL7, X12, CSV capitals
    "LASTUP": ("NAME", lambda rng: _upper_name(person(rng)[1])),
    "NAMEPLUS": ("NAME", name_plus),
    "AGENUM": ("AGE_OVER_89", age_number),  # "93yo", "93F", JSON numbers
    "AGEES": ("AGE_OVER_89", age_es),
    "AGEFR": ("AGE_OVER_89", age_fr),
    "DAYTH": ("DATE", day_ordinal),  # "Tuesday the 14th"
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "HLDATE": ("DATE", hl7_date),
    "URLDATE": ("DATE", url_date),
    "CLFDATE": ("DATE", clf_date),
    "TS": ("DATE", timestamp),
    "ESDATE": ("DATE", es_date),
    "FRDATE": ("DATE", fr_date),
    "INTL": ("PHONE", intl_phone),
    "EMAILENC": ("EMAIL", email_encoded),
    "EMAILOBF": ("EMAIL", email_spelled),
    "MBI": ("HEALTH_PLAN_ID", medicare_mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "VITALE": ("HEALTH_PLAN_ID", carte_vitale),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    "hey its {WFIRST} again, will u tell dr {WLAST} the new pills make me dizzy",
    "{LASTFIRST} here cant make it tmrw my ride fell thru",
    "{LASTFIRST} dob {DATE} need refill on the water pill asap",
    "this is {NAME} writing for my mother {NAME}, shes {AGE} and hasnt eaten much since the {DAYTH}",
    "my grandpa turns {AGE} on {DATE} and wants to know if he still needs the shingles shot",
    "nana is {AGENUM}yo and fell again last nite, {WFIRST} is with her now",
    "hola soy {FIRST} {SURNAME}, mi abuela tiene {AGEES} años y necesita cita para el {ESDATE}, gracias",
    "bonjour c'est {NAME}, mon pere a {AGEFR} ans, il faut un rdv le {FRDATE} svp",
    "pls send it to {EMAIL} not the old one, old one was {EMAIL}",
    "my email is {EMAILOBF} (dont want the bots getting it lol)",
    "can u fax it to {FAX} its the lawyers office, my cell is {PHONE}",
    "fax # {FAX} or call {PHONE} whichever, ask for {WFIRST}",
    "ok so the appt is next thurs ({DATE}) right? or did {WFIRST} move it",
    "i was seen last monday the {DAYTH} and nobody called me back with results",
    "my login is {USER} and it says locked since {DATE}",
    "tried logging in as {USER} and as {USER}, neither one works smh",
    "@{USER} is my insta if u need the pics of the rash",
    "the card says member {PLAN}, is that the same thing as policy number",
    "ins id {PLAN}, the group number is on the back idk",
    "new medicare card came in the mail {MBI} so update it pls",
    "medi-cal # {MEDICAID} got renewed last week",
    "{PLAN} thats my insurance number i think, its the long one on the front",
    "ticket {OTHER} is still open, nobody answered me",
    "they gave me confirmation {OTHER} when i booked online",
    "rx number {OTHER} at the pharmacy, they say its waiting on u guys",
    "my ssn is {SSN} pls dont share it with anyone",
    "mrn {MRN}? its on my wristband from the er",
    "we moved to {STREET}, {CITY} {STATE} {ZIP} last week so send stuff there now",
    "im at my daughters in {CITY} till the {DAYTH}, can i do a video visit from there",
    "from {IP} it says blocked but at home it works fine",
    "here is the link {URL} my niece set it up",
    "my pump sn is {DEVICE} its beeping nonstop what do i do",
    "imei {IMEI} thats the phone the app is on if that helps",
    "the van {PLATE} came but the driver left before i got down",
    "lic {LICENSE} for the handicap placard form",
    "acct {ACCOUNT} says past due but i paid it on {DATE}",
    "my wife {WFIRST} said u called, whats up",
    "tell {NICK} i said thanks, she was so nice to me on {DATE}",
    "is {WNAME} still working there? she was my nurse last year",
    "dr {WLAST} or dr {SURNAME} whoever is free first",
    "shes aged {AGE} so she gets the high dose flu shot right",
    "born {DATE} in {CITY}, idk what else u need from me",
    "{NICK} {SURNAME} is my ride, hes bringing me in on {DATE}",
    "text {PHONE} not the landline, landline is {PHONE} but nobody picks up",
    "oye mi esposo {FIRST} esta en el hospital desde el {ESDATE}, su numero es {PHONE}",
    "mi correo es {EMAIL}, gracias doctora",
    "je m'appelle {NAME}, mon courriel c'est {EMAIL} merci",
    "mon numero de carte vitale: {VITALE}, je suis en vacances ici",
    "wait the letter says {DATE} but the portal says {DATE}?? which one is it",
    "appt got moved from the {DAYTH} to the {DAYTH}, is that right",
    "dob is {DATE} not {DATE}, they typed it wrong at the front",
    "{WLAST}, {WFIRST} - need my bp med refilled, out since saturday",
    "ugh {LASTFIRST} again, the pharmacy lost my script AGAIN",
    "hi {WFIRST}! thx for calling me back earlier",
    "sry its {USER} from the portal, cant upload the pdf",
    "my username used to be {USER} but i changed it to {USER}",
    "do u have the fax for the {CITY} office? the one on {STREET}",
    "the {CITY} clinic on {STREET} is closer to me than going to {CITY}",
    "mom ({NAME}, {AGENUM}) got discharged {DATE} and now her legs are swollen",
    "ref #{OTHER} and claim {OTHER} are for the same visit",
    "policy holder {NAME} dob {DATE} member id {PLAN}",
    "my husband {WFIRST} will bring the forms, hes in the gray truck {PLATE}",
    "vin is {VIN} for the accident paperwork the lawyer wants",
    "bt address on the bp cuff is {MAC}, the app wont find it",
    "dr said {AGENUM} is too old for the surgery?? my dad is {AGENUM} and strong as a horse",
    "hope u can help, im {NAME} and i need the forms for {WFIRST}",
    "will call back later, this is {WFIRST} btw",
    "pls have {WNAME} call me at {PHONE} after 3",
    "x-ray was {DATE} at the {CITY} place, any results yet",
    "portal says last login {TS} from {IP} and that wasnt me!!",
    "dr {SURNAME}'s npi is {NPI} the pharmacy keeps asking",
    "{EMAIL} is my new email, old one got hacked",
    "my daughter made a meal train for after surgery {URL} if the nurses want to see lol",
    "can the bill go to {STREET} {ZIP} instead",
    "granny {WFIRST} is {AGE}, she says she wants to stop all her meds",
    "my number while im abroad is {INTL} (whatsapp), back home {DATE}",
    "tu peux appeler mon fils {FIRST} au {INTL}, il parle anglais",
    "{WFIRST} {WLAST} born {MONYEAR}? no wait thats my sister, mine is {DATE}",
]

LOGS = [
    'INFO appt.reschedule patient="{LASTFIRST}" old={ISODATE} new={ISODATE} by={USER}',
    'level=warn msg="fax failed" fax_to={FAX} callback={PHONE} attempts=3',
    '{{"evt":"msg.inbound","from":"{PHONE}","body":"running late","pt":{{"first":"{WFIRST}","last":"{WLAST}"}},"ts":"{TS}"}}',
    "GET /api/v2/patients?family={SURNAME}&given={FIRST}&birthdate={ISODATE}&_count=10 200 38ms",
    "GET /portal/lookup?name={NAMEPLUS}&dob={URLDATE} 404 12ms",
    "POST /auth/reset?email={EMAILENC} 202 src={IP}",
    "PID|1||{MRN}^^^MAIN^MR~{SSN}^^^SSA^SS||{LASTUP}^{FIRSTUP}^^^^^L||{HLDATE}|F|||{STREET}^^{CITY}^{STATE}^{ZIP}^USA^H||{PHONE}^PRN^PH~{FAX}^WPN^FX|||||{ACCOUNT}",
    "NK1|1|{LASTUP}^{FIRSTUP}|DAU^Daughter||{PHONE}^PRN^CP",
    "IN1|1|MCR|CMS|MEDICARE PART B||||||||||||{LASTUP}^{FIRSTUP}|SEL|{HLDATE}|||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LASTUP}^{FIRSTUP}||{STREET}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "OBX|3|ST|DEVSN^Device serial^L||{DEVICE}||||||F",
    "PV1|1|I|4W^412^B||||{NPI}^{LASTUP}^{FIRSTUP}^^^DR|||MED",
    "{MRN},{SURNAME},{FIRST},{DATE},{AGENUM},{ZIP},{EMAIL}",
    "<Patient><Name><Given>{FIRST}</Given><Family>{SURNAME}</Family></Name><BirthDate>{ISODATE}</BirthDate><Age>{AGENUM}</Age></Patient>",
    '<Contact type="fax">{FAX}</Contact><Contact type="home">{PHONE}</Contact>',
    "<Insurance><MemberId>{PLAN}</MemberId><Subscriber>{NAME}</Subscriber></Insurance>",
    "audit user_name={USER} action=chart.open target_mrn={MRN} src_ip={IP} ok",
    "sshd[2211]: Failed password for {USER} from {IP} port 52211 ssh2",
    '{IP} - {USER} [{CLFDATE}:10:22:31 -0500] "GET /records/{MRN}.pdf HTTP/1.1" 200 88213',
    '{{"user":"{USER}","login_ip":"{IP}","ua":"Mozilla/5.0","mfa":false}}',
    'WARN dup_check: "{NAME}" dob={DATE} matches mrn={MRN} (score 0.93)',
    "billing.export acct={ACCOUNT} guarantor={LASTFIRST} bal=212.40 last_pay={ISODATE}",
    "eligibility.270 subscriber_id={PLAN} dob={HLDATE} svc=30 -> 271 active",
    'elig: no coverage found for member "{PLAN}" (payer 87726)',
    "NM1*IL*1*{LASTUP}*{FIRSTUP}****MI*{PLAN}~N3*{STREET}~N4*{CITY}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*M~",
    "REF*EA*{MRN}~REF*SY*{SSN}~",
    "device.checkin serial={DEVICE} imei={IMEI} owner_mrn={MRN} battery=62",
    'ble.scan found mac={MAC} rssi=-71 name="BP-Cuff"',
    'transport.dispatch vin={VIN} plate={PLATE} pickup="{STREET}, {CITY}" rider="{NAME}"',
    "pdmp.query dl={LICENSE} dea={DEA} state={STATE} result=2",
    "credential.verify npi={NPI} license={LICENSE} expires=2027 ok",
    "webhook POST {URL} -> 410 Gone",
    '{{"event":"profile.link_added","user":"{USER}","link":"{URL}"}}',
    "referer={URL} path=/portal/login status=302",
    "x-forwarded-for: {IP} user={USER} path=/api/v1/messages",
    'ERROR intake.parse failed for ssn="{SSN}" reason=checksum',
    'ticket.created id={OTHER} requester={EMAIL} subject="cant login"',
    "prior_auth.status ref={OTHER} member={PLAN} status=pended",
    "lab.accession={OTHER} collected={TS} mrn={MRN}",
    'pharmacy.fill rx_no={OTHER} patient="{NAME}" qty=30 refills=2',
    'sms.send to={PHONE} tmpl=reminder vars={{"name":"{WFIRST}","when":"{DATE}"}}',
    'fax.receive from={FAX} pages=4 ocr.name="{LASTFIRST}" ocr.dob="{DATE}"',
    "efax inbound caller_id={FAX} to=clinic-main status=ok",
    "voip.call from={PHONE} to=front-desk dur=00:03:12",
    "kv: patient.age={AGENUM} patient.city={CITY} patient.zip={ZIP}",
    'age_flag triggered: age="{AGE}" source=chat',
    '{{"nlp":{{"entities":[{{"text":"{NAME}","type":"person"}}]}},"msg_id":"m-4412"}}',
    "DEBUG session user={USER} email={EMAIL} last_seen={TS}",
    'reg.form {{"first_name": "{FIRST}", "last_name": "{SURNAME}", "dob": "{DATE}", "ssn": "{SSN}", "zip": "{ZIP}"}}',
    'Traceback (most recent call last):\n  File "/app/clinic/forms.py", line 88, in clean_dob\nValueError: could not parse date "{DATE}" for patient {MRN}',
    "sentry: IntegrityError duplicate key value (email)=({EMAIL})",
    'psql: ERROR: duplicate key value violates unique constraint "patient_mrn_key" DETAIL: Key (mrn)=({MRN}) already exists.',
    'import.row 118: name="{NAME}" phone="{PHONE}" fax="{FAX}" -> ok',
    'geo.lookup zip={ZIP} city="{CITY}" st={STATE} -> county found',
    'address.validate in="{STREET}" usps=Y dpv=Y',
    'notify.email to="{NAME}" <{EMAIL}> template=lab_ready',
    "queue=fax job=771 dest={FAX} retries=2 status=busy",
    "auth.lockout username={USER} failures=5 window=15m ip={IP}",
    "GET /api/v1/search?q={NAMEPLUS} 200 user={USER}",
    'chat.msg sid=a81f role=user text="{LASTFIRST} dob {DATE}"',
    "rpm.reading device={DEVICE} sys=142 dia=88 hr=71 at={TS}",
    "hl7.ack MSA|AE|MSG0041|Patient {MRN} DOB {HLDATE} mismatch",
    "OBX|1|NM|8480-6^Systolic BP^LN||132|mm[Hg]|||||F|||{HLDATE}",
    'consent.sign by="{NAME}" relation=HCPOA signed={TS} ip={IP}',
    "vaccine.record cvx=208 lot=FK9894 given={ISODATE} pt={MRN}",
    'export.csv row="{MRN}|{LASTUP}|{FIRSTUP}|{HLDATE}|{AGENUM}"',
    "WARN age>=90 bucketed: raw_age={AGENUM} dob={ISODATE}",
    'pager.send to={PHONE} msg="pt {LASTFIRST} in rm 412 needs eval"',
    'slack.notify channel=#front-desk text="{WNAME} called re bill {ACCOUNT}"',
    "GET /v1/plates/{PLATE}/validate 200 4ms",
    '{{"patient":{{"mrn":"{MRN}","ageYears":{AGENUM},"homePhone":"{PHONE}","fax":"{FAX}"}},"plan":{{"memberId":"{PLAN}"}} }}',
    "login ok user={USER} ip={IP} mfa=sms to={PHONE}",
    "claim.denied claim_id={OTHER} member={MEDICAID} dos={ISODATE} reason=CO-97",
]

NOTES = [
    "S: {AGENUM}yo F c/o SOB x3d, accompanied by dtr {WFIRST}.",
    "CC: fall at home. HPI: {NAME} is a {AGENUM} y/o M w/ hx AFib on apixaban.",
    "Pt {WNAME} ({AGENUM}F) seen in clinic {DATE} for f/u HTN; BP 138/82.",
    "A/P: {AGE}-year-old with CKD 4; nephrology referral to Dr. {WLAST}.",
    "SH: lives w/ son {WFIRST} in {CITY}; retired welder; quit tob 1988.",
    "Dispo: d/c home to {STREET}, {CITY} {STATE} {ZIP} w/ HH.",
    "Attending: {NAME}, MD. Resident: {NAME}, DO.",
    "Signed electronically by {WNAME}, NP on {DATE} 14:22.",
    "cc: Dr. {WLAST} (fax {FAX}; ph {PHONE})",
    "Interpreter used: Spanish, {NAME}, ID# {OTHER}.",
    "LMP {DATE}. EDD {DATE}. G2P1.",
    "s/p CABG {DATE}, TAVR {MONYEAR}.",
    "Seen in ED Friday the {DAYTH}, d/c same day.",
    "Plan: RTC in 2 wks (~{DATE}) or sooner prn.",
    "Pt identified by name and DOB ({DATE}); MRN {MRN} confirmed.",
    "Ins: {PLAN} (primary), Medicaid {MEDICAID} (secondary).",
    "Medicare MBI {MBI} verified at check-in.",
    "Pt's dtr {NAME} requests copies sent to {EMAIL}.",
    "HCPOA: {LASTFIRST} (niece), cell {PHONE}, fax {FAX}.",
    "Per EMS: found down at {STREET}; neighbor {WFIRST} called 911.",
    "ICD interrogation: S/N {DEVICE}; battery 7.2 yrs; no events.",
    "CGM {DEVICE} data uploaded; TIR 68%.",
    "Pt still drives; DL {LICENSE}; counseled re: driving w/ vision loss.",
    "MVC: driver of vehicle {VIN}, plate {PLATE}.",
    "Prescriber {NAME}, DEA {DEA}, NPI {NPI}.",
    "Rx #{OTHER} called in to pharmacy.",
    "Specimen accession {OTHER} collected {DATE}.",
    "Prior auth ref {OTHER} approved through {DATE}.",
    "Acct {ACCOUNT} flagged for charity care.",
    "SSN {SSN} on face sheet; pt declines to confirm.",
    "Portal: user {USER}; reset link sent to {EMAIL}.",
    "Pt shares her blog {URL} documenting chemo.",
    "Telehealth: connected from IP {IP}; pt at home in {CITY}.",
    "Pt states she is {AGE}; daughter confirms DOB {DATE}.",
    "Nonagenarian, aged {AGE}, independent in ADLs.",
    "O: T 98.4, HR 74, BP 142/88, SpO2 95% RA. Wt 61 kg. Mr. {WLAST} alert, oriented x3.",
    "{WLAST}, {WFIRST} -- {AGENUM}M -- adm {DATE} -- Dx CAP",
    "{LASTUP}, {FIRSTUP}  MRN {MRN}  DOB {DATE}",
    "Spoke w/ {NICK} (pt's daughter-in-law) by phone {PHONE}.",
    "Wife {WFIRST} at bedside; will update son {FIRST} by phone.",
    "Pt's PCP is Dr. {WNAME} in {CITY}.",
    "Refer to Dr {SURNAME}, {CITY} Cardiology, fx {FAX}.",
    "Discussed w/ Dr. {WLAST}, who agrees w/ plan.",
    "Hx per caregiver {NAME}: pt {AGENUM}, widowed since 1999.",
    "Dx Hodgkin lymphoma 1974; pt {WNAME}, now {AGENUM}, in remission.",
    "Mrs. {WLAST} reports Parkinson's dx ~2015; carbidopa-levodopa 25/100 TID.",
    "Subject initials {INITS}; study ID {OTHER}; enrolled {DATE}.",
    "Referral rec'd by fax from {FAX} on the {DAYTH}.",
    "Pt moved from {CITY}, {STATE} to {STREET}, {CITY}.",
    "ZIP {ZIP} is outside network area; SW consulted.",
    "Pt's home # {PHONE}; work # {PHONE}; no fax.",
    "Pt aged {AGE} y, lives alone, ambulates w/ cane.",
    "PMH: HTN, HLD, DM2 (dx {MONYEAR}), CVA {DATE}.",
    "Surgical hx: lap chole {MONYEAR}, R TKA {MONYEAR}.",
    "Guardian {NAME}; court case no. {OTHER}.",
    "Imm: Tdap {DATE}; Shingrix #1 {DATE}.",
    "DOS {DATE} | Provider {NAME} | POS 11",
    "F/u call to {LASTFIRST} on {DATE}: no answer, VM left at {PHONE}.",
    "ED course: {AGENUM}yo M arrived via EMS from {CITY} SNF.",
    "Assessment: {AGENUM} y.o. female w/ hip fx, s/p fall {DATE}.",
    "Code status DNR per pt and son {WNAME}.",
    "Pt's daughter {WFIRST} {WLAST} ({EMAIL}) is primary contact.",
    "Home O2 vendor fax {FAX}, tel {PHONE}.",
    "Visit #{OTHER}; acct {ACCOUNT}; MRN {MRN}.",
    "Hearing aid serial {DEVICE} (L), replaced.",
    "Pt's watch (IMEI {IMEI}) sent a fall alert at 0310.",
    "Gets rides from {NICK}, plate {PLATE}.",
    "Next appt {DATE} @ 10:30 w/ {WFIRST}, RN.",
    "Dictated by: {NAME}, PA-C  D: {DATE}  T: {DATE}",
    "Pt is a {AGE} year old Hmong-speaking woman; son {NAME} interprets.",
    "Per pt, lives at {STREET}; mail goes to {STREET}.",
    "Carte Vitale {VITALE} (French national, visiting); travel insurance claim pending.",
    "Family mtg w/ {WNAME}, {WNAME} and {NICK}; agree on comfort care.",
]

# Lines with no PHI at all, full of what looks like it: words that are also names, vitals, doses,
# fractions, lab values, codes, eponyms, ages under 90, weekdays, years, durations, versions.
# Written as three groups (patients, logs, notes) and interleaved below, so that any prefix of
# PHI_FREE (the harness takes the first --phi-free lines) mixes all three.
_PHI_FREE_CHAT = [
    "Hope this helps, let me know if the swelling gets worse",
    "will call back after lunch",
    "i will bring all my pill bottles next time",
    "the grant application for the free clinic got approved",
    "my nephew is on the rice diet thing for his kidneys",
    "young adult clinic is on the 2nd floor right?",
    "the fever rose to 102 overnight then broke",
    "bush tea is what my grandmother gave us for colds",
    "hope u feel better soon!!",
    "may cause drowsiness, do not drive or operate machinery",
    "it may be the new med or it may be the heat",
    "frank blood in the toilet this morning, is that an er thing",
    "mark the edge of the redness with a pen and watch if it spreads",
    "bill says i owe 45 dollars for the copay",
    "pat dry after showering, dont rub the incision",
    "they drew blood twice and still couldnt get a good vein",
    "art therapy group meets every Monday at 4",
    "my faith keeps me going thru chemo",
    "poison ivy all over both arms since the weekend",
    "dawn phenomenon? my sugar is high every morning before i eat",
    "amber colored urine and back pain for 2 days",
    "olive oil in the ear for wax, how many drops",
    "hard to swallow the big pills, can i crush them",
    "low sodium diet, 2 g per day",
    "early satiety and weight loss x 2 months",
    "fair skin, burns easily, SPF 50 daily",
    "light sensitivity and headache since tuesday",
    "smart pump alarm went off at 3 am",
    "pill organizer for the week, sun thru sat",
    "walks with a cane, no falls in 6 months",
    "bones are thin on the dexa, T-score -2.7",
    "minor burn on the left hand, cool water for 10 min",
    "free clinic hours are mon wed fri 9-5",
    "hay fever every spring, zyrtec 10 mg helps",
    "feeling down lately, not sleeping well",
    "keep the wound dry and change the dressing daily",
    "chance of side effects is about 1 in 10",
    "high fever and chills since friday night",
    "she is aged 45 and otherwise healthy",
    "my dad is 89 and still mows the lawn himself",
    "turning eighty-nine next month and still sharp",
    "eighty-eight years young and still driving to church",
    "in her 80s, lives with her sister",
    "i was diagnosed in 2019 and started insulin in 2021",
    "had covid twice, once in 2020 and again in 2022",
    "for 3 weeks now i've had this cough",
    "every Monday and Thursday for dialysis",
    "tues or wed afternoon works, not monday",
    "take 3/4 of a tablet in the morning and 1/2 at night",
    "pain 7/10 today, 3/10 yesterday",
    "vision 20/40 in the left eye, 20/20 in the right",
    "can i take 2.5 mg instead of 5 mg",
    "room 412, bed B",
    "app version v2.1.3 keeps crashing on my phone",
    "call 911 if the chest pain lasts more than 5 minutes",
    "988 is the crisis line if you need to talk to someone",
    "press 2 for pharmacy, 3 for billing",
    "flu shot lot FF2588, exp 2026",
    "take it with rice or toast so it doesnt upset ur stomach",
    "sorry, will do, thx",
    "grant me patience with this insurance lol",
    "got a thorn in my thumb from the rose bushes, now its red and hot",
    "young at heart but the knees disagree",
    "eye dr said the iris was inflamed, iritis",
    "is willow bark tea like aspirin? can i take it with eliquis",
    "sterling silver earrings give me a rash",
    "colonoscopy is still the gold standard right",
    "steel plate in my leg from 1998, can i get an mri",
    "sharp pain in my side when i breathe in",
    "bitter taste in my mouth since starting the antibiotic",
    "mild cough, no fever, no sob",
    "bold print on the label says take with food",
    "brave little guy didnt even cry at his shots",
    "clinic closed for the holiday on monday?",
    "morning stiffness for about an hour then it loosens up",
    "church potluck, ate way too much salt, ankles swollen",
]
_PHI_FREE_LOG = [
    "INFO deploy release=03.04 env=staging by=ci",
    "app_version=v2.1.3 build=4471 platform=android",
    "GET /api/v1/health 200 1ms",
    "listening on 0.0.0.0:8000 (pid 412)",
    "worker=celery@web-2 task=send_reminders processed=112 failed=0",
    "cache miss key=icd10:I63.9 took_ms=4",
    '{"event":"dose_calc","drug":"enoxaparin","mg_per_kg":1,"weight_kg":72,"dose_mg":70}',
    '{"code":"E11.65","system":"ICD-10-CM","display":"Type 2 diabetes mellitus with hyperglycemia"}',
    "loinc=718-7 value=10.9 unit=g/dL flag=L",
    "cpt=93000 units=1 modifier=none",
    "ndc=0378-3512-05 qty=30 days_supply=30",
    "rate_limit window=60s max=100 path=/api/chat",
    "retrying in 2.5s (attempt 2/5)",
    "role=nurse action=view resource=formulary",
    "OBX|2|NM|2345-7^Glucose^LN||112|mg/dL|70-99|H|||F",
    "OBX|4|NM|8867-4^Heart rate^LN||88|/min|60-100|N|||F",
    "<Observation><Code>718-7</Code><Value>13.2</Value><Unit>g/dL</Unit></Observation>",
    "csv header: mrn,last_name,first_name,dob,zip,phone,fax",
    "SELECT count(*) FROM appointments WHERE weekday = 'Monday'",
    "cron 0 6 * * 1 reminders.weekly (every Monday 06:00)",
    "ubuntu 22.04, postgres 16.2, redis 7.2.4",
    "model=clinic-slm-v3.1 tokens=812 latency_ms=1203",
    "migration 0043_add_fax_field applied in 0.8s",
    "feature_flag grant_access_v2=false rollout=0.25",
    "queue depth=412 oldest_age_s=93",
    "session max_age=90 days, idle_timeout=30 min",
    "retention_days=95 purge=nightly",
    "HTTP 200 in 93ms, 96 rows",
    '{"bp": "120/80", "hr": 72, "spo2": 98, "temp_c": 36.9}',
    '{"med":"metformin","dose":"500 mg","freq":"bid","route":"po"}',
    '{"age_group":"65-74","count":412,"week":14}',
    "weekly report wk=14 visits=1120 no_show_rate=0.08",
    "POST /api/v1/vitals 201 bp=132/84 hr=77",
    "locale=fr_FR tz=America/Chicago lang=es fallback=en",
    "export done rows=4821 took=12.4s",
]
_PHI_FREE_NOTE = [
    "BP 120/80, HR 64, RR 14, T 36.8 C, SpO2 99% RA",
    "dose 2.5 mg bid, titrate to 5 mg bid in 2 weeks",
    "ICD-10 I63.9 cerebral infarction, unspecified",
    "Dx: I48.91, I50.32, N18.4",
    "CPT 99204, 93000; HCPCS G0439, E0601",
    "LOINC 718-7 Hgb 10.1 g/dL, 4544-3 Hct 31%",
    "SNOMED 195967001 asthma, RxCUI 860975",
    "Parkinson's disease, H&Y stage 2, on carbidopa-levodopa 25/100",
    "Crohn's ileitis on vedolizumab q8 weeks",
    "Hodgkin lymphoma, nodular sclerosis, treated in the 1990s, cured",
    "Cushing's syndrome workup: 1 mg dex suppression test",
    "Paget's disease of bone, alk phos 312",
    "Horner syndrome on the left, ptosis and miosis",
    "Braden score 14, Morse fall scale 45",
    "Beers criteria reviewed, stop diphenhydramine",
    "Huntington's disease, CAG repeat 44",
    "Down syndrome, AV canal repair as an infant",
    "Tourette syndrome, tics improved on guanfacine",
    "Kaposi sarcoma, HIV on ART, viral load undetectable",
    "Marfan syndrome, aortic root 4.3 cm",
    "Meniere's disease, low salt diet, betahistine",
    "Dupuytren's contracture of the right ring finger",
    "Stevens-Johnson syndrome with lamotrigine in 2016",
    "Wolff-Parkinson-White s/p ablation",
    "Murphy's sign negative, McBurney's point nontender",
    "Romberg negative, Trendelenburg gait on the right",
    "Glasgow Coma Scale 14 (E4V4M6)",
    "Gleason 3+4=7, PSA 6.2",
    "Tommy John surgery 2011 (UCL reconstruction)",
    "Bruce protocol 9 min, 10.1 METs, no ischemia",
    "Norton scale 16, low risk",
    "Swan-Ganz catheter removed, Foley in place",
    "young adult with new onset seizure, EEG pending",
    "67-year-old man with 5 days of cough",
    "pt is 88 years old and lives independently",
    "eighty-nine y/o woman with hip OA",
    "ages 18-65 eligible for the trial",
    "Hgb A1c 7.9% (was 8.4% 3 months ago)",
    "Na 131, K 5.2, Cl 99, HCO3 22, BUN 38, Cr 2.1",
    "INR 3.4, hold warfarin x1 dose",
    "TSH 0.02, FT4 2.9, TRAb positive",
    "troponin 0.04 -> 0.03, flat",
    "vitamin D 25-OH 14 ng/mL, start D3 2000 IU",
    "prednisone 40 mg daily x5 days then stop",
    "insulin lispro 6 units with meals + correction scale",
    "enoxaparin 1 mg/kg SC q12h",
    "vancomycin trough 15.2",
    "rice water stools, r/o cholera; stool cx sent",
    "will recheck BMP in 1 week",
    "Will discuss with cardiology tomorrow",
    "Grant funding covers the CHW home visit",
    "hope to wean O2 by Friday",
    "Bush tea use reported (herbal), counseled on interactions",
    "seen every Monday for wound care x 6 weeks",
    "for 3 weeks, intermittent, worse with exertion",
    "smoked 1 ppd x 30 yrs, quit 2010",
    "G2P2, SVD x2, youngest born 1998",
    "EF 35-40% on TTE, mild MR",
    "MMSE 24/30, MoCA 21/30",
    "ASA 81 mg daily, atorvastatin 40 mg qhs",
    "Allegra 180 mg daily prn allergies",
    "Lasix 40 mg PO daily, hold if SBP < 100",
    "Eliquis 2.5 mg BID (age and Cr criteria)",
    "Keppra 500 mg BID, seizure-free x1 yr",
    "ECG: sinus rhythm 72, PR 180 ms, QTc 452 ms",
    "FEV1 1.8 L (62% predicted)",
    "dialysis MWF, dry weight 71.5 kg",
    "vent AC 450 x 14, PEEP 8, FiO2 40%",
    "wound 3.2 x 2.0 x 0.5 cm, stage 3",
    "GCS 15, NIHSS 2",
    "grade 2/6 systolic murmur at the LUSB",
    "strength 4/5 in the left hip flexors",
    "T2N0M0, ER+/PR+/HER2-",
    "take 1 tab by mouth every 6-8 hrs prn pain, max 4 tabs/24 hrs",
    "Down to 1 pack a week, hoping to quit by summer",
    "minor laceration, 4 sutures, remove in 7-10 days",
    "room 1204 to room 1210 after the bed move",
    "Rock climbing injury, R ankle sprain, grade 2",
    "Means and SD reported for the 12 sites",
    "Early mobility protocol started POD 1",
    "Fine crackles at both bases",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
