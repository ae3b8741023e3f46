"""The "tune7" split: a seventh tuning set, aimed at dates and names in clinical notes and logs.

Written from generate.py, templates.py, values.py, tune4.py, tune5.py and tune6.py only (for the
interface and the annotation conventions). Most of its weight is on the many ways a date is
written in notes and machine text: numeric with slashes, dashes, dots and spaces, two- and
four-digit years or no year at all ("3/14", "14.3."), month names in full, abbreviated or with a
dot ("Sept. 9", "9-SEP-24", "09SEP2024", "September ninth"), ordinal days ("the 3rd", "3rd of
May", "May 3rd, '24"), a weekday or a clock time beside a date, ISO, HL7 and logging timestamps,
dates in key=value pairs and JSON, ranges, and dates after clinical cues (LMP, DOS, DOB, s/p,
since, until, effective, last seen, next appt, f/u, imm given, discharged) or in prose ("seen on
the fourteenth"). Names come in signature blocks, cc lists, dictation lines, phone notes, family
history with relatives' names, HL7 XPN components, FHIR and JSON family/given, CSV rows, log keys
(patient_name=, pt=, user=), "LAST, FIRST MI", "FIRST MI LAST", capitals, initials and names that
are ordinary words. The other labels come in several formats each. Clean look-alike lines
(years, months or weekdays alone, ratios, blood pressures, strength scores, fractions, numeric
ranges, frequencies, tapers, lot numbers, versions, scale names, durations) fill PHI_FREE.

Names are drawn from many origins (Appalachian and Ozark, Puerto Rican and Dominican, Brazilian
and Cape Verdean, Somali and Eritrean, Akan and Ewe, Hmong, Lao and Khmer, Karen and Burmese,
Nepali and Bhutanese, Punjabi and Tamil, Afghan, Turkish, Armenian and Georgian, Ukrainian and
Romanian, Hungarian and Albanian, Dutch and Scandinavian, Finnish, Dine and Lakota, Yup'ik,
Marshallese and Chuukese, Yiddish and Mennonite).

No given name, family name, nickname, street name, city or e-mail domain here is in the pools of
values.py (with the Faker names it draws for both of its splits), templates.py, blind.py,
blind2.py, blind3.py, tune2.py, tune3.py, tune4.py, tune5.py or tune6.py: every word was checked
with a small script after folding accents and case (particles, generic place and address words
and top-level domains aside).

Annotation follows tune4.py: a state is not scored; a weekday next to a date ("Tue 3/4") and a
clock time after it ("3/4 at 14:10") stay outside the DATE, and so does "the" in "the 3rd"; a
whole ISO, HL7 or logging timestamp is one DATE; a range "3/4-3/9" is two DATEs; a month with a
year ("March 2024") is a DATE, while a year, a month or a weekday alone is not PHI; a title
(Dr., Mrs.), a credential (MD, RN) and a possessive "'s" stay outside the NAME; each HL7 or FHIR
name component is its own NAME; initials standing for a person are a NAME; only ages over 89 are
AGE_OVER_89.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest


def _p(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "appalachian": (6, _p(
        "Burnis, Aldie, Mintie, Fonzo, Haskel, Ivalee, Jubal, Lessie, Madge, Nealy, Orvel, "
        "Parlee, Quinnie, Ura, Sebert, Waymon, Zelphia, Coda, Uel, Fleeta, Wavie, Bethal, "
        "Coyle, Marvis, Noval, Oris, Plina, Elbie, Shelba, Floyce, Vonda, Waneta, Zollie, Avo, "
        "Cletis, Cloyd, Flavil, Cecie, Ishmael, Jerlene, Merl, Nolie, Perlina, Dellar, "
        "Birtie, Eunie, Festus, Gola, Irvie, Jarvie, Kizzie, Lether, Nervie, Pruda, Roena, "
        "Sylvanus, Tishie, Uless, Vannie, Wardie"
    ), _p(
        "Blankenbeckler, Taulbee, Cundiff, Kegley, Looney, Musick, Rasnake, Vicars, Zirkle, Addington, "
        "Caudle, Dishman, Eads, Flannery, Gose, Gibbs-Ratcliff, Lunceford, Arrowood, Nantz, "
        "Ogle, Deel, Hubble, Bolling, Risner, Adkisson, Cornelison, Frazure, Dobyns, "
        "Hignite, Fultz, Gullion, Nickell, Manns, Ventress, Oney, Pelphrey, Turney, Umberger, "
        "Yankey, Wombles, Fouts, Greear, Kerns"
    )),
    "caribbean_hispanic": (5, _p(
        "Nilsa, Ramfis, Luzmerida, Radhames, Keila, Janiel, Ivelisse, Juanpa, Dalmaris, "
        "Cristobalina, Raiza, Ismaelis, Eridania, Starlin, Wander, Henrry, Yanitza, Aridio, "
        "Dionicio, Juanico, Marileidy, Leónidas, Polonia, Rafaelina, Quirina, Teodosia, "
        "Virginio, Tomasina, Yeudy, Wilkin, Yoelvis, Darlenys, Kelvin, Melvyn"
    ), _p(
        "Pujols, Reinoso, Hiraldo, Marte, Calcaño, Laboy, Quiles, Fontánez, Galarza, Peguero, "
        "Bisonó, Espaillat, Duluc, Escaño, Lantigua, Lebrón, Veras, Yambó, Adames, Disla, Genao, "
        "Infante, Liranzo, Minaya, Nolasco, Vólquez"
    )),
    "lusophone": (3, _p(
        "Marizete, Cremilda, Euclides, Aderbal, Clodoaldo, Florisbela, Joaquina, Nhanha, Rosicleide, "
        "Gedeão, Jurandir, Waldir, Zezinho, Abílio, Benedita, Dorotéia, Eufrásia, Graciete, "
        "Leopoldina, Lindomar, Palmira, Quitéria, Sidónio, Teotónio, Umbelina, Belmiro"
    ), _p(
        "Fragoso, Sarmento, Barroso, Carvalhal, Domingos, Estrela, Gouveia, Leitão, Dutra, "
        "Queiroga, Lemos, Ormonde, Picanço, Raposo, Toste"
    )),
    "horn_of_africa": (3, _p(
        "Fadumo, Canab, Cawo, Ilhan, Faysal, Hamse, Yurub, Muno, Qorsho, Ruqiya, Bisharo, "
        "Zakariye, Tesfay, Daahir, Shamsa, Abrehet, Ghidey, Freweini, Aman, Ghenet, Kisanet, Kibrom"
    ), _p(
        "Adan, Haji, Qalinle, Tekeste, Gaas, Tahlil, Warfa, Bile, Cali, Ghebre, Woldemichael, "
        "Habte, Kulmiye, Asmerom, Weldeab, Andemariam, Mebrahtu, Okbazghi"
    )),
    "akan_ewe": (3, _p(
        "Mawuena, Nutifafa, Sedinam, Elinam, Etornam, Klenam, Dodzi, Korku, Akorfa, Yawa, Setor, "
        "Enyonam"
    ), _p(
        "Adzraku, Agbenyega, Ahadzie, Akpabli, Dzokoto, Amedzro, Atsu, Wornyo, Avornyo, Dotse, "
        "Fiagbe, Dogbe, Gadzekpo, Oduro, Kumodzi, Sarfo, Nyamadi, Agyekum, Baffoe, Tamakloe, Sowah, "
        "Torgbor, Xorse, Akakpo, Ameyaw"
    )),
    "hmong_lao_khmer": (3, _p(
        "Kub, Ntxawg, Tooj, Nyiaj, Nkauj, Tswb, Pov, Khamphet, Yeeb, Txhiaj, Sengdao, Ntsuab, "
        "Chanthala, Vanna, Pisey, Sothea, Chenda, Veasna"
    ), _p(
        "Phommasouvanh, Kwm, Chanthaphone, Souvannavong, Khab, Khounphixay, Fwj, "
        "Sokhom, Kaus, Sisouphanh, Vangyi, Thoj, Vwj, Lis, Vilaysack, Xyooj, Muas, Lauj, Luangrath, Manivong, "
        "Siharath, Bounyavong, Keophimphone, Soukhaseum, Vongsakoun"
    )),
    "burma_karen": (2, _p(
        "Pwe, Ohn, Nilar, Thinzar, Yinmon, Eindra, Nway Nway, Ehtaw, Lahpaw, Mulah, Kaw, Poe"
    ), _p(
        "Tint, Htwe"
    )),
    "nepali_bhutanese": (3, _p(
        "Dilli, Parbati, Indra, Januka, Shova, Nar, Bhagirathi, Chandrakala, Sabitra, Dhanmaya, Gangamaya, Bhim, "
        "Dhan, Durga, Gopi, Kumari, Padam, Sita, Tulasa, Uttam"
    ), _p(
        "Chhetri, Nirola, Luitel, Parajuli, Pokhrel, Chalise, Dawadi, Upreti, Dhungana, Kafle, "
        "Gajurel, Timsina, Dulal, Chapagain, Humagain, Khatiwada, Lamsal, Nepal, Oli, "
        "Pyakurel, Rijal, Siwakoti"
    )),
    "punjabi_tamil": (4, _p(
        "Amarjit, Manjit, Rajvir, Sukhdeep, Taranjit, Baljinder, Gurbax, Harpal, Kuldip, "
        "Jasbir, Chellammal, Ezhil, Ilakkiya, Simranjit, Poongodi, Arivazhagan, Kaviya, "
        "Manimegalai, Palanisamy, Tamilselvi, Valli, Yazhini, Senthamarai, Kumaresan"
    ), _p(
        "Dosanjh, Sohal, Chinnasamy, Gahir, Hayer, Jhaj, Kalsi, Karuppiah, Mariappan, "
        "Rajendran, Chelliah, Dhindsa, Lalli, Mundi, Nagra, Rakhra, Pandher, Uppal, Bal, "
        "Chatha, Dhanoa, Ghuman, Heer, Takhar, Mahal, Ranu, Shergill, Tiwana, Ilangovan, "
        "Muthiah, Nallathambi, Sivalingam, Thirunavukkarasu"
    )),
    "afghan": (2, _p(
        "Obaidullah, Palwasha, Qudratullah, Safiullah, Shukria, Ziaulhaq, Fawad, "
        "Hasibullah, Lailuma, Nazifa, Sediqa, Tamana, Gulbadan"
    ), _p(
        "Ghilzai, Karzai, Mohmand, Sherzad, Haidari, Baheer, Zazai, Dawoodzai, Alokozay, "
        "Faizi, Hakimi, Ghorbandi, Jaghori, Amiri, Azizi, Bakhtari, Hotaki, Ludin, Mujadidi, "
        "Nadiri, Logari, Rasuli, Samadi, Tarzi, Zahiri"
    )),
    "turkic_caucasus": (3, _p(
        "Nurcan, Tuncay, Bülent, Dilek, Ercan, Fatoş, Hacer, İlknur, Kadir, Levent, Mehtap, "
        "Tülay, Gurgen, Gayane, Ruzanna, Vardan, Zaruhi, Tamar, Eteri"
    ), _p(
        "Sahakyan, Vardanyan, Khachatryan, Aghajanyan, Kvaratskhelia, Janelidze, Erdoğmuş, "
        "Karakaş, Okumuş, Taşdelen, Yeşiltepe, Zeybekoğlu, "
        "Abrahamyan, Danielyan, Zakaryan, Gevorgyan, Nersisyan, Gogoladze, Khurtsidze, "
        "Mchedlishvili, Nadiradze, Shengelia, Tsereteli, Zhvania"
    )),
    "east_european2": (4, _p(
        "Dariya, Zinoviy, Ardita, Blerta, Chrystia, Ulyana, Károly, Mihály, Oleksa, "
        "Entela, Gentiana, Panas, Vjollca, Stefaniya, Lesya, Nazar, Orysia, Pavlo, Solomiya, "
        "Yurko, Teklya, Anișoara, Dumitrița, Vasylyna, Marioara, Nelu, Paraschiva, Silviu"
    ), _p(
        "Babiychuk, Chornovol, Dmytrenko, Hnatiuk, Yaremchuk, Georgescu, Kiss, Fedorchuk, "
        "Shala, Hoti, Ivashchenko, Kucherenko, Hlushko, Mazurenko, Nazarenko, Ilnytskyi, "
        "Kostenko, Semeniuk, Tymoshchuk, Voloshyn, Zadorozhnyi, Bălănescu, Drăgulescu, "
        "Lytvynenko, Furtună, Grigoraș, Huțanu, Iordache, Mocanu, Martyniuk, Pălărie, Sârbu, Țurcanu, "
        "Vlădescu"
    )),
    "dutch_nordic": (3, _p(
        "Sjoerd, Wietske, Geert, Klaasje, Lieke, Marijke, Rutger, Tjitske, Halvard, Lars, "
        "Magnhild, Sverre, Tove, Jussi, Kaija, Lempi, Martti, Sirkka, Vesa"
    ), _p(
        "Verhoeven, Bos, Vos, Dekker, Kuipers, Postma, Zwart, Johansen, Engstrom, Lundgren, "
        "Wijnstra, Bouwmeester, Groeneveld, Hofstede, Jongsma, Kloosterman, Oosterhuis, "
        "Rijpma, Schuitema, Terpstra, Uitdehaag, Vanderploeg, Wiersma, Ytsma, Zijlstra, "
        "Aasland, Fjeldstad, Grønvold, Hovland, Kvamme, Løvaas, Nesheim, Skogen, Hyvönen, "
        "Kärkkäinen, Niskanen, Pesonen, Räsänen"
    )),
    "native_plains": (2, _p(
        "Bidzil, Cetan, Wambdi, Hota, Naalnish, Ohitika, Ayita, Atertak, Ayaprun, Cingarkaq, "
        "Ohiyesa, Nanalek, Uyuruciaq, Wicapi, Zitkala, Akiak, Anuurag, Nukaq, Tuluk, Qanik, "
        "Pauyungaq"
    ), _p(
        "Afcan, Kashatok, Tikiun, Chingliak, Notah, Littlemoon, Bekis, Killsenemy, Descheenie, "
        "Deschene, Tohannie, Gorman, Cuny, Ecoffey, Kinlicheeny, Kugtsun, Nicolai, Nanouk"
    )),
    "micronesian": (1, _p(
        "Jebro, Limwij, Neijon, Kiorik, Bwijtak, Tarjo, Lijon, Kenye, Sinino, Meriam, Sinobu, "
        "Biolina, Rosania"
    ), _p(
        "Lakjohn, Kemem, Lomae, Kijiner, Bulele, Aisek, Sipenuk, Rewein, Lanwi, Siales"
    )),
    "yiddish_mennonite": (2, _p(
        "Yitzchok, Feivel, Hershy, Leibish, Mottel, Pessie, Rivky, Shloime, Tzirel, Yenta, "
        "Blima, Aganetha, Chaskel, Isaak, Jakob, Justina"
    ), _p(
        "Rosenfeld, Hershkowitz, Schwimmer, Weisz, Zeitlin, Friedlander, Klughaupt, Penner, "
        "Friesen, Dueck, Wiebe, Thiessen, Klassen, Reimer, Enns, Fehr, Giesbrecht, Harder, "
        "Janzen, Loewen, Martens, Neufeld, Rempel, Sawatzky, Toews, Unruh, Warkentin"
    )),
}  # fmt: skip

# Written family name first now and then.
FAMILY_FIRST = {"hmong_lao_khmer", "burma_karen"}

# Given and family names that are also everyday words, places or things.
WORD_GIVEN = _p(
    "Gypsy, Lullaby, Halcyon, Poet, Gumdrop, Larkin, Meadowsweet, Candlewick, Eiderdown, Ermine, "
    "Featherstitch, Sundae, Gossamer, Lolly, Sugarplum, Juniperberry, Marzipan, Nougat, Exodus"
)
WORD_FAMILY = _p(
    "Thimbleby, Saddler, Tiler, Herder, Twig, Well, Mortar, Pestle, Candlestick, Organ, Banister, "
    "Lintel, Saucepan, Hoe, Scythe, Sickle, Pitchfork, Wheelbarrow, Trough, Crock, Jug, "
    "Flask, Tumbler, Tureen, Teapot, Kettleman, Ovens, Doorpost, Transom, Mantel, Rafter, "
    "Shingle, Gutter, Porch, Stoop, Attic, Cupboard, Mattress, Pillow, Quilt, Blanket, "
    "Thread, Satchel, Sconce, Wallet, Locket, Bangle, Brooch, Tiara, Crown, Sceptre, Orb, "
    "Throne, Regent, Viceroy, Envoy, Herald, Courier, Usher, Valet, Groom, Ostler, Farrier, "
    "Hosier, Milliner, Pedlar, Hawker, Vintner, Cellarman, Maltster, Distiller"
)

NICKNAMES = _p(
    "Pito, Negrita, Lovebug, Snickerdoodle, Dinky, Chickpea, Bunnyhop, Dinkle, Moonpie, Wiggles, "
    "Cricketbug, Fufu, Haha, Koko, Mumu, Pupu, Riri, Sisi, Titi, Wawa, Zuzu, Cici"
)

SUFFIX = ["Jr", "Sr", "Jr.", "II", "III"]

PARTICLES = {"de", "del", "la", "van", "von", "der", "den", "al", "el", "da", "do", "dos"}

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "\u0131": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
                       "Ø": "O"})  # fmt: skip


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
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(ORIGINS[origin][1]), rng.choice(ORIGINS[origin][2])
    if origin == "caribbean_hispanic" and rng.random() < 0.3:
        other = rng.choice(ORIGINS[origin][2])
        if other != last and "-" not in last:
            last = f"{last} {other}"
    if rng.random() < 0.25:
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.6 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.8 else rng.choice(ORIGINS[_origin(rng)][2])
    return first, last


def person(rng: random.Random, _split: str = "tune7") -> tuple[str, str]:
    if rng.random() < 0.14:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune7") -> str:
    return person(rng)[1]


def full_name(rng: random.Random, _split: str = "tune7") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < 0.12 else _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return f"{last} {first}"
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.38:
        return f"{last}, {first}"
    if form < 0.46:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.52:
        return f"{first} {_initial(rng)} {last}"
    if form < 0.58:
        return f"{last}, {first} {_initial(rng)}"
    if form < 0.63:
        return f"{first[0]}. {last}"
    if form < 0.67:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.71:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.77:
        return f"{_fold(last)}, {_fold(first)}".upper()
    if form < 0.81:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.85:
        return first
    if form < 0.88:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.91:
        return f"{last},{first}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def family_name(rng: random.Random) -> str:
    return person(rng)[1]


def last_first_mi(rng: random.Random) -> str:
    """Header style: 'Osei, Kwabena T' or 'OSEI, KWABENA T.'"""
    first, last = person(rng)
    mi = _initial(rng)
    out = rng.choice([f"{last}, {first} {mi}", f"{last}, {first} {mi}.", f"{last}, {first}",
                      f"{last},{first} {mi}", f"{last}, {first} {_initial(rng)}{mi}"])  # fmt: skip
    return _fold(out).upper() if rng.random() < 0.35 else out


def first_mi_last(rng: random.Random) -> str:
    first, last = person(rng)
    mi = _initial(rng)
    out = rng.choice([f"{first} {mi} {last}", f"{first} {mi}. {last}", f"{first} {last}",
                      f"{first} {mi}.{_initial(rng)}. {last}"])  # fmt: skip
    return _fold(out).upper() if rng.random() < 0.2 else out


def caps_name(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{first} {last}",
                       f"{last}, {first} {_initial(rng)}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    """A clinician's name before a credential: 'Kwabena T. Osei'."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{first[0]}. {last}",
                       f"{first} {last}", f"{last}, {first}"])  # fmt: skip


def upper_family(rng: random.Random) -> str:
    return _fold(family_name(rng)).upper()


def upper_given(rng: random.Random) -> str:
    return _fold(given_name(rng)).upper()


def middle(rng: random.Random) -> str:
    return rng.choice([_initial(rng), _initial(rng), given_name(rng)])


def initials(rng: random.Random) -> str:
    """Initials standing for a person: 'KTO', 'K.O.', 'ko'."""
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}{b}", f"{a}{b}{c}", f"{a}.{b}.", f"{a}.{b}.{c}.", f"{a}{b}".lower()])


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{first[0]}. {last}"])


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def csv_name(rng: random.Random) -> str:
    """A name in one CSV cell: 'Osei Kwabena' or 'OSEI KWABENA'."""
    first, last = person(rng)
    return f"{last} {first}" if rng.random() < 0.6 else _fold(f"{last} {first}").upper()


# --- Places ------------------------------------------------------------------------------------

STREETS = _p(
    "Prairiesmoke, Flumeway, Sluicegate, Tollhouse, Spillway, Shootingstar, Buffaloberry, "
    "Bitterbrush, Canalside, Kinnikinnick, Chamise, Haymow, Bittercress, Globemallow, "
    "Catchfly, Eelgrass, Goosefoot, Merlin, Horsemint, Joepye, Lousewort, Mudwort, "
    "Phainopepla, Dowitcher, Quackgrass, Yellowlegs, Weighstation, Coaling, Waterworks, "
    "Gasworks, Packinghouse, Wheelhouse, Bollard, Gangway, Bulkhead, Seawall, Cofferdam, "
    "Penstock, Aqueduct, Culvert, Flume, Headgate, Tailrace, Wasteway, Forebay, Backwater, "
    "Slackwater, Riffle, Shoal, Gravelbar, Cutbank, Floodplain, Sloughside, Marshgrass, "
    "Spikerush, Duckweed, Watercress, Spatterdock, Lotusbloom, Cordgrass, Glasswort, "
    "Saltgrass, Umbrellawort, Grama, Buffalograss, Waterleaf, Wheatgrass, Ryegrass, Wingstem, "
    "Sainfoin, Vetch, Trefoil, Sweetclover, Lespedeza, Beggarweed, Yellowcress, Inkweed, "
    "Mapleleaf, Blanketflower, Rudbeckia, Echinacea, Witherod, Bargehouse, Goldenseal, Ginseng, "
    "Bloodwort, Mayflower, Boatyard"
)
NUMBERED = _p(
    "23rd, 31st, 48th, 52nd, 59th, 64th, 71st, 76th, 81st, 93rd, 104th, 116th, 121st, "
    "129th, 142nd, 158th, 163rd, 177th, 186th, 204th, 219th, 231st, 244th, 263rd"
)
STREET_TYPES = [("St", 9), ("Street", 4), ("Ave", 7), ("Avenue", 3), ("Rd", 7), ("Road", 3),
                ("Dr", 5), ("Drive", 2), ("Ln", 4), ("Lane", 2), ("Blvd", 2), ("Ct", 3), ("Way", 3),
                ("Pl", 2), ("Ter", 1), ("Cir", 2), ("Pkwy", 1), ("Trl", 1), ("Loop", 1), ("Cv", 1),
                ("Run", 1), ("Pike", 1), ("Sq", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "N. ", "S. ", "NE ", "SW ", "North ", "West "]
POSTDIR = [" NE", " NW", " SE", " SW", " N", " E"]
UNITS = ["Apt 7C", "Apt. 19", "Apt #2", "Apt 611", "Unit 8", "Unit 22-B", "#315", "# 6", "Ste 420",
         "Suite 1850", "Lot 17", "Trlr 12", "Bldg D", "Apt 2 Rear", "Fl 3", "Unit K", "Rm 4"]  # fmt: skip


def _street_name(rng: random.Random) -> str:
    return rng.choice(STREETS) if rng.random() < 0.88 else rng.choice(NUMBERED)


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def _street_line(rng: random.Random) -> str:
    num = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                      rng.randint(10000, 89999)])  # fmt: skip
    pre = rng.choice([""] * 6 + PREDIR)
    post = rng.choice([""] * 9 + POSTDIR) if not pre else ""
    return f"{num} {pre}{_street_name(rng)} {_street_type(rng)}{post}"


def street_address(rng: random.Random, _split: str = "tune7") -> str:
    roll = rng.random()
    if roll < 0.07:
        return f"{rng.choice(['PO Box', 'P.O. Box', 'Box'])} {rng.randint(1, 9999)}"
    if roll < 0.11:
        return f"RR {rng.randint(1, 9)} Box {rng.randint(1, 999)}"
    if roll < 0.16:
        return f"{rng.randint(100, 39999)} County Road {rng.randint(1, 999)}"
    line = _street_line(rng)
    if rng.random() < 0.25:
        line += rng.choice([", ", " "]) + rng.choice(UNITS)
    return line.upper() if rng.random() < 0.06 else line


def street_name(rng: random.Random) -> str:
    return f"{_street_name(rng)} {_street_type(rng)}"


CITIES = _p(
    "Faulkton, Tishomingo, Okemah, Onida, Kadoka, Tyndall, Muleshoe, Dalhart, Parkston, "
    "Canistota, Okolona, Pontotoc, Ainsworth, Rushville, Chappell, Benkelman, Bolivar, Humboldt, "
    "Cadiz, Arapahoe, Holdrege, Phillipsburg, Belleville, Crossville, McMinnville, "
    "Tullahoma, Kenmare, Lawrenceburg, Bottineau, Hohenwald, Centerville, Langdon, "
    "Caledonia, Cando, Carrington, Mauston, Ipswich, Imperial, Callaway, Dannebrog, Gothenburg, "
    "Manistique, Loup City, Neligh, Ord, Ontonagon, Chugiak, Emmonak, Kwethluk, "
    "Togiak, Weno, Ravenna, Tekamah, Tinian, Rota, Vieques, Verdigre, Lajas, Wauneta, Stigler, "
    "Burwell, Heavener, Talihina, Antlers, Broken Bow, Valliant, Wilburton, Coalgate, Madill, "
    "Waurika, Mangum, Sayre, Arnett, Texhoma, Perryton, Spearman, Stinnett, Panhandle, "
    "Childress, Quanah, Crowell, Aspermont, Anson, Haskell, Munday, Crete, Olney, "
    "Jacksboro, Nocona, Electra, Burkburnett, Clarendon, Silverton, Tulia, Dimmitt, Friona, "
    "Farwell, Bovina, Littlefield, Brownfield, Plains, Eustis, Tahoka, Fairbury, Hartington, "
    "Ballinger, Mertzon, Ozona, Kenesaw, Presidio, Monahans, Wink, Rankin, McCamey, Iraan, "
    "Eldorado, Osmond, Goldthwaite, Hico, Tilden"
)

STATES = ["OH", "Ohio", "OK", "Okla.", "TX", "Tex.", "KY", "Ky.", "TN", "Tenn.", "WI", "MI", "MT",
          "NV", "UT", "NE", "Neb.", "MS", "LA", "AK", "PR", "MH", "FM", "MP", "MN", "TX", "tx"]  # fmt: skip


def city(rng: random.Random, _split: str = "tune7") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.06:
        return _fold(name).upper()
    if roll < 0.1:
        return _fold(name)
    return name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(601, 99929):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.2 else z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOTTED = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
          "Dec."]  # fmt: skip
ORDINAL_WORDS = _p(
    "first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, "
    "thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, "
    "twenty-first, twenty-second, twenty-third, twenty-fourth, twenty-fifth, twenty-sixth, "
    "twenty-seventh, twenty-eighth, twenty-ninth, thirtieth, thirty-first"
)
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2017, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1922, 1935), (1936, 1975), (1976, 2024)]))


def numeric_date(rng: random.Random) -> str:
    """Numeric with / - . or spaces, two- or four-digit year: 3/14/24, 14.03.2024, 03 14 2024."""
    y, m, d = _birth(rng) if rng.random() < 0.3 else _ymd(rng)
    yy = y % 100
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{yy:02d}", f"{m}.{d}.{y}", f"{m:02d}.{d:02d}.{yy:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{yy:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d} {d:02d} {y}",
        f"{m} {d} {yy:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{d} {m} {y}",
    ])  # fmt: skip


def no_year(rng: random.Random) -> str:
    """A day and month with no year: 3/14, 03/14, 3-14, 14.3., 14/3."""
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{d}.{m}.", f"{d:02d}.{m:02d}.",
                       f"{d}/{m}", f"{m}.{d}"])  # fmt: skip


def month_name_date(rng: random.Random) -> str:
    """Sept. 9, 9-SEP-24, 09SEP2024, September ninth, 9 Sept 2024, SEP 09 2024."""
    y, m, d = _birth(rng) if rng.random() < 0.25 else _ymd(rng)
    mo, ab, dt, yy = MONTHS[m - 1], ABBR[m - 1], DOTTED[m - 1], y % 100
    return rng.choice([
        f"{dt} {d}", f"{dt} {d}, {y}", f"{d}-{ab.upper()}-{yy:02d}", f"{d:02d}{ab.upper()}{y}",
        f"{d:02d}{ab.upper()}{yy:02d}", f"{mo} {ORDINAL_WORDS[d - 1]}", f"{d} {dt} {y}",
        f"{ab.upper()} {d:02d} {y}", f"{mo} {d}, {y}", f"{ab} {d} {y}", f"{mo.upper()} {d}",
        f"{ab}-{d:02d}-{y}", f"{d:02d}-{ab}-{y}", f"{mo.lower()} {d}", f"{ab.lower()}. {d}",
        f"{d} {mo}", f"{mo} {d}", f"{ab} {d}", f"{d}{ab.lower()}{yy:02d}", f"{mo} the {d}{_ordinal(d)}",
    ])  # fmt: skip


def ordinal_date(rng: random.Random) -> str:
    """3rd of May, May 3rd, '24, May 3rd, 3rd May 2024, the third of May (without 'the')."""
    y, m, d = _ymd(rng)
    mo, ab, o, yy = MONTHS[m - 1], ABBR[m - 1], _ordinal(d), y % 100
    return rng.choice([
        f"{d}{o} of {mo}", f"{mo} {d}{o}, '{yy:02d}", f"{mo} {d}{o}", f"{d}{o} {mo} {y}",
        f"{ab} {d}{o}", f"{ORDINAL_WORDS[d - 1]} of {mo}", f"{mo} {d}{o}, {y}", f"{d}{o} {ab}",
        f"{ab}. {d}{o}", f"{d}{o} of {mo}, {y}", f"{mo.lower()} {d}{o}", f"{ab} {d}{o} '{yy:02d}",
    ])  # fmt: skip


def day_ordinal(rng: random.Random) -> str:
    """The day alone after 'the': the 3rd, the fourteenth."""
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}" if rng.random() < 0.6 else ORDINAL_WORDS[d - 1]


def dob(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    ab = ABBR[m - 1]
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}",
                       f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{ab.upper()}-{y}", f"{MONTHS[m - 1]} {d}, {y}",
                       f"{d:02d}.{m:02d}.{y}", f"{y}{m:02d}{d:02d}", f"{d:02d}{ab.upper()}{y}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2008, 2026)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y % 100:02d}",
                       f"{DOTTED[m - 1]} {y}", f"{ABBR[m - 1]} '{y % 100:02d}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _birth(rng) if rng.random() < 0.3 else _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def compact_date(rng: random.Random) -> str:
    y, m, d = _birth(rng) if rng.random() < 0.3 else _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice(
        [base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.randint(4, 8)}00", f"{y}{m:02d}{d:02d}"]
    )


def timestamp(rng: random.Random) -> str:
    """A whole ISO or logging timestamp: one DATE."""
    y, m, d = _ymd(rng, 2020, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} +0000", f"{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}{ss:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return numeric_date(rng)
    if roll < 0.6:
        return month_name_date(rng)
    if roll < 0.72:
        return ordinal_date(rng)
    if roll < 0.84:
        return no_year(rng)
    return iso_date(rng)


def clock(rng: random.Random) -> str:
    hh, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice([f"{hh:02d}:{mi:02d}", f"{hh % 12 or 12}:{mi:02d} {'AM' if hh < 12 else 'PM'}",
                       f"{hh:02d}{mi:02d}", f"{hh % 12 or 12}{'am' if hh < 12 else 'pm'}"])  # fmt: skip


def weekday(rng: random.Random) -> str:
    return rng.choice(["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Monday",
                       "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])  # fmt: skip


_TENS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
         "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 105)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    n = rng.randint(90, 99)
    return rng.choice([_TENS[n - 90], _TENS[n - 90].capitalize()])


# --- Numbers and handles -----------------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"{a}{b}{c}",
                       f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 999)}",
                       f"+1{a}{b}{c}"])  # fmt: skip


DOMAINS = ["wapakonetamail.com", "millracemail.com", "penstockmail.com", "kinnikinnick.net",
           "buffaloberry.us", "cooperagemail.net", "tollhouse-mail.com", "spillwaynet.com",
           "ropewalkmail.net", "sainfoin.coop", "tishomingomail.org", "tamarackonline.net"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune7") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kwabena", _handle(last) or "osei"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}{n}", f"{ln}.{f[0]}",
                        f"{f}{n}", f"{ln}{f[0]}{n}", f"{f}-{ln}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "tune7") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kwabena", _handle(last) or "osei"
    return rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{rng.randint(1, 99)}",
                       f"{f[0]}{ln[:6]}{rng.randint(1, 9)}", f"{ln.upper()}{f[0].upper()}", f"{f}_{ln}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune7") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kwabena", _handle(last) or "osei"
    an = string.ascii_letters + string.digits
    return rng.choice([f"https://www.caringbridge.org/visit/{f}{ln}", f"https://gofund.me/{_letters(rng, 8, an)}",
                       f"https://{f}{ln}.blogspot.com", f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}",
                       f"https://portal.quarrystone-health.example/chart/{_digits(rng, 9)}",
                       f"https://drive.example.com/file/d/{_letters(rng, 20, an)}"])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2601:{g[1]}:{g[2]}::{g[7]}"])
    return (
        f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a, g, s = (
        f"{rng.randint(1, 665):03d}",
        f"{rng.randint(1, 99):02d}",
        f"{rng.randint(1, 9999):04d}",
    )
    return rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 7), _digits(rng, 8), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}",
                       f"MR{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}",
                       f"{rng.randint(1, 9)}{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 2)}",
                       f"{_digits(rng, 10)}", f"{_letters(rng, 2)}{_digits(rng, 7)}0{rng.randint(1, 4)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 10), f"HAR{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}",
                       f"GT{_digits(rng, 8)}", f"V{_digits(rng, 9)}"])  # fmt: skip


def license_number(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 1)}{_digits(rng, 7)}", f"RN{_digits(rng, 7)}", f"{_digits(rng, 10)}",
                       f"{_letters(rng, 2)}{_digits(rng, 7)}", f"MD-{_digits(rng, 5)}", f"DL {_digits(rng, 9)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    if rng.random() < 0.45:
        return "".join(rng.choice(vin_chars) for _ in range(17))
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                       f"{_letters(rng, 3)} {_digits(rng, 3)}"])  # fmt: skip


def device_id(rng: random.Random) -> str:
    hexd = "0123456789ABCDEF"
    return rng.choice([f"SN{_digits(rng, 10)}", ":".join(_letters(rng, 2, hexd) for _ in range(6)),
                       f"{_letters(rng, 2)}{_digits(rng, 8)}", f"(01){_digits(rng, 14)}(21){_digits(rng, 6)}",
                       f"{_digits(rng, 15)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 9)}", f"Rx{_digits(rng, 7)}", f"ACC-{_digits(rng, 6)}",
                       f"{rng.randint(20, 26)}-{_digits(rng, 6)}", f"ENC{_digits(rng, 8)}", f"REF-{_digits(rng, 5)}",
                       f"S{rng.randint(20, 26)}-{_digits(rng, 5)}"])  # fmt: skip


def npi(rng: random.Random) -> str:
    return rng.choice("12") + _digits(rng, 9)


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "GIVEN": ("NAME", given_name),
    "FAM": ("NAME", family_name),
    "LFM": ("NAME", last_first_mi),  # Osei, Kwabena T
    "FML": ("NAME", first_mi_last),  # Kwabena T. Osei
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential
    "UFAM": ("NAME", upper_family),  # HL7 XPN family component
    "UGIVEN": ("NAME", upper_given),  # HL7 XPN given component
    "MID": ("NAME", middle),  # HL7 XPN middle component
    "INIT": ("NAME", initials),
    "WNAME": ("NAME", word_name),
    "WFAM": ("NAME", word_family),
    "NICK": ("NAME", nickname),
    "CSVNAME": ("NAME", csv_name),
    "STREETNAME": ("ADDRESS", street_name),
    "UCITY": ("CITY", city_upper),
    "NUMDATE": ("DATE", numeric_date),
    "NOYEAR": ("DATE", no_year),
    "MONDATE": ("DATE", month_name_date),
    "ORDDATE": ("DATE", ordinal_date),
    "DAYTH": ("DATE", day_ordinal),  # after "the"
    "DOB": ("DATE", dob),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "YMD": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "AGENUM": ("AGE_OVER_89", age_number),
    "NPI": ("LICENSE_NUMBER", npi),
    "CLOCK": (None, clock),  # a clock time beside a date, outside it
    "WDAY": (None, weekday),  # a weekday beside a date, outside it
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    "hi this is {GIVEN}, can i move my appt from {NOYEAR} to {NOYEAR}",
    "my mom {NAME} was discharged on {MONDATE} and nobody called with the results",
    "is dr {FAM} in on {WDAY} {NOYEAR}? i can only come after work",
    "i had my last period on the {DAYTH}, is that too early to test",
    "we'll be out of town {NOYEAR}-{NOYEAR} so can the refill go early",
    "my son {GIVEN} got his shots on {ORDDATE}, do i need the card",
    "appt is {WDAY} {NOYEAR} at {CLOCK} right? just checking",
    "i was born {DOB}, the portal has it wrong",
    "{GIVEN} here. husband {GIVEN} fell on {MONDATE} and hes still sore",
    "she had the surgery back on the {DAYTH}, is the swelling normal",
    "tell {DOC} thanks from {GIVEN} {FAM}",
    "my neighbor {WNAME} can drive me on {ORDDATE}",
    "auntie {NICK} is {AGE} and wont take her pills since {MONDATE}",
    "can i get a letter for work covering {NUMDATE} through {NUMDATE}",
    "we saw nurse {GIVEN} on the {DAYTH} and she said to message you",
    "last tetanus shot was {MONYEAR} i think",
    "can {GIVEN} {FAM} pick up my rx? she's my sister",
    "texting for my grandpa {NAME}, dob {DOB}",
    "pls call me at {PHONE} about the bill from {NUMDATE}",
    "new address is {STREET}, {CITY} {STATE} {ZIP} since {MONDATE}",
    "my email changed to {EMAIL}",
    "member id {PLAN}, effective {NUMDATE}",
    "i need my records from {MONYEAR} sent to {FAX}",
    "mrn {MRN}, appt {WDAY} the {DAYTH}",
    "username {USER} got locked on {NOYEAR}",
    "my kids {GIVEN} and {GIVEN} both need physicals before {ORDDATE}",
    "whos {GIVEN}? a {GIVEN} {FAM} left a voicemail on {NOYEAR}",
    "back on the {DAYTH} i started throwing up, still not right",
    "its {INIT}, the one with the knee. can i do {NOYEAR} instead",
    "thanks {GIVEN}! see you {WDAY} {MONDATE}",
    "my dad {FAM} is {AGE}, is the shingles shot still worth it",
    "does {NOYEAR} or {NOYEAR} work better for the echo",
    "surgery is set for {ORDDATE} with dr {FAM} at {CITY} general",
    "the glucose meter sn {DEVICE} stopped syncing on {NOYEAR}",
    "i think my ssn is wrong on file, its {SSN}",
    "plate {VEHICLE} got a ticket in your lot on {MONDATE}",
    "here is the fundraiser {URL} for my brother {GIVEN}",
    "claim {OTHER} from {NUMDATE} got denied again",
    "our pastor {WNAME} visited her on the {DAYTH}",
    "can you send it to {GIVEN}.{FAM} at the school? i mean {EMAIL}",
    "first day of my last period was {NOYEAR}",
    "the er visit was {MONDATE} at like {CLOCK}",
    "my daughter {GIVEN} turns 2 on {ORDDATE}, when is her checkup",
    "{GIVEN} {FAM} {NOYEAR} - still dizzy",
    "sorry this is {GIVEN} from {CITY}, we spoke {WDAY}",
    "i got the covid shot {NUMDATE} and flu shot {NUMDATE}",
    "dr {FAM} said follow up in 2 wks which is {NOYEAR}",
    "ask for {NICK} at the front, she knows me",
    "acct {ACCOUNT}, paid in full on {NUMDATE}",
    "my license # is {LICENSE} if the pharmacy needs it",
    "logged in from {IP} on {MONDATE} but it says i didnt",
    "since {MONDATE} i've been waking up at {CLOCK} every night",
    "hey its {GIVEN} again. {FAM} family. grandma is {AGE} today!",
]

NOTES = [
    "Patient: {LFM}   DOB: {DOB}   MRN: {MRN}   DOS: {NUMDATE}",
    "LMP {NOYEAR}. G2P1. EDD {NUMDATE} by 8-week US.",
    "LMP: {MONDATE}; pregnancy test negative today.",
    "DOS: {NUMDATE}  Provider: {DOC}, MD  Location: {CITY} Family Medicine",
    "s/p lap chole {NUMDATE}; incisions healing well.",
    "s/p right TKA on {ORDDATE}, now POD 12.",
    "Symptoms since {MONDATE}; worse with exertion.",
    "Off work from {NUMDATE} until {NUMDATE}.",
    "Excused from school {NOYEAR}-{NOYEAR}.",
    "Hold apixaban through {NOYEAR}; resume {WDAY} {NOYEAR} if no bleeding.",
    "Coverage effective {NUMDATE}; prior auth on file through {MONYEAR}.",
    "Last seen {NUMDATE} by Dr. {FAM}.",
    "Next appt: {WDAY} {NUMDATE} at {CLOCK} with {DOC}, NP.",
    "F/u {NOYEAR} for suture removal.",
    "f/u in clinic {MONDATE}, sooner prn.",
    "Imm given: Tdap {NUMDATE}, influenza {NUMDATE}, PCV20 {MONDATE}.",
    "Immunizations: Shingrix #1 {ISODATE}, #2 {ISODATE}.",
    "Surgery: laparoscopic appendectomy {MONDATE}, Dr. {FAM}.",
    "Discharged {NUMDATE} to home with daughter {GIVEN}.",
    "Admitted {MONDATE} at {CLOCK}; discharged {MONDATE}.",
    "Pt was seen on the {DAYTH} and again on the {DAYTH} for the same complaint.",
    "She reports she was back on the {DAYTH} with similar pain.",
    "Colonoscopy {MONYEAR}: two tubular adenomas; repeat in 3 years.",
    "Mammogram {NUMDATE}: benign findings, category 2.",
    "Last A1c {NUMDATE} was 7.4%.",
    "Echo {ISODATE}: EF 55-60%, no wall motion abnormality.",
    "CT chest {MONDATE} showed a 6 mm RUL nodule; repeat CT in {MONYEAR}.",
    "Spoke with {NAME} (daughter, HCPOA) by phone at {PHONE}.",
    "Spoke with patient's wife, {GIVEN}, who confirms the fall on {ORDDATE}.",
    "Dictated by: {DOC}, MD   Transcribed: {NUMDATE} {CLOCK} by {INIT}",
    "Dictated but not read. {DOC}, DO {NUMDATE}",
    "Electronically signed by {FML}, MD on {NUMDATE} at {CLOCK}",
    "Signed: {DOC}, PA-C   Cosigned: {DOC}, MD   {MONDATE}",
    "cc: {DOC}, MD; {DOC}, DO; {NAME}",
    "cc: Dr. {FAM}, {CITY} Cardiology; Dr. {FAM}, PCP",
    "CC list: {FML}, MD (PCP); {FML}, NP (endocrine)",
    "Family history: mother {GIVEN} (d. {MONYEAR}) had breast cancer at 52; brother {GIVEN} has T2DM.",
    "FHx: father {NAME} with MI at 58; sister {GIVEN} lives in {CITY} and has lupus.",
    "Maternal grandmother {GIVEN} {FAM} lived to {AGE}; dementia late in life.",
    "Social: lives with partner {GIVEN} at {STREET}, {CITY}, {STATE}.",
    "Emergency contact: {NAME} (son) {PHONE}",
    "Referred by {DOC}, MD ({CITY}); seen {MONDATE}.",
    "Consult requested by Dr. {FAM} on {NUMDATE} for AKI.",
    "Phone note {NUMDATE} {CLOCK}: {GIVEN} called about her mother's {NOYEAR} labs.",
    "RN note: {INIT} at bedside; pt {LFM} resting, family at bedside.",
    "Witnessed by {FML}, RN and {FML}, RN.",
    "Verbal order read back to Dr. {FAM} {NUMDATE} {CLOCK}.",
    "Patient: {CAPSNAME}  Sex: F  Age: {AGE}  Room: 4112",
    "{CAPSNAME} DOB {DOB} presents for follow-up.",
    "Re: {LFM} (DOB {DOB})",
    "Dear Dr. {FAM}, thank you for referring {NAME}, whom I saw on {ORDDATE}.",
    "To whom it may concern: {NAME} was under my care from {NUMDATE} through {NUMDATE}.",
    "Date of injury: {NUMDATE}. Mechanism: fall from ladder at work.",
    "Date of birth: {MONDATE}, {AGE} years old, lives independently.",
    "Onset {WDAY} {NOYEAR} around {CLOCK}, sudden, 9/10.",
    "Symptoms began {ORDDATE} after a viral illness.",
    "Started metformin {MONYEAR}; stopped {MONDATE} for GI upset.",
    "Prednisone taper started {NOYEAR}: 40-30-20-10 mg every 3 days.",
    "Rx written {NUMDATE}, filled {NUMDATE}, #30 with 2 refills, Rx# {OTHER}.",
    "Last dose of warfarin {MONDATE}; INR today 1.3.",
    "Travel: returned from Guatemala {NOYEAR}.",
    "Vaccines up to date per registry as of {ISODATE}.",
    "Wound check {NOYEAR}: healing, no erythema. Next check {NOYEAR}.",
    "PT eval {NUMDATE}; goals reviewed with pt and wife {GIVEN}.",
    "HCPOA: {NAME}, {STREET}, {CITY} {STATE} {ZIP}, {PHONE}.",
    "Guarantor: {LFM}, acct {ACCOUNT}, ins {PLAN}.",
    "Insurance card: member {PLAN}, group 77120, eff {NUMDATE}.",
    "MRN {MRN} / CSN {OTHER} / admit {ISODATE}",
    "SSN on file {SSN}; verified with pt {NUMDATE}.",
    "Driver's license {LICENSE} scanned {NUMDATE}.",
    "Pacemaker serial {DEVICE}, implanted {MONYEAR}, last interrogation {NUMDATE}.",
    "Pt's email for portal: {EMAIL}",
    "Portal username {USER}; reset {NOYEAR}.",
    "Pt arrived by private vehicle, plate {VEHICLE}.",
    "Pt shared a link to her blog {URL} documenting symptoms since {MONDATE}.",
    "Telehealth visit from IP {IP} on {NUMDATE}; pt at home in {CITY}.",
    "Operative note. Date: {NUMDATE}. Surgeon: {FML}, MD. Assistant: {FML}, PA-C.",
    "Anesthesia: {DOC}, CRNA. Start {CLOCK}, end {CLOCK} on {NOYEAR}.",
    "Procedure date {MONDATE}; specimen to path (accession {OTHER}).",
    "Discharge summary. Admit: {NUMDATE}  Discharge: {NUMDATE}  Attending: {DOC}, MD",
    "Hospital course: admitted {WDAY} {NOYEAR}, extubated the {DAYTH}, to floor {NOYEAR}.",
    "Medication reconciliation with daughter {GIVEN} on {NOYEAR}; bottles reviewed.",
    "SW note: spoke with {NAME}, landlord at {STREET}; eviction hearing {ORDDATE}.",
    "Pastoral care visit by {GIVEN} with family {NOYEAR}.",
    "Interpreter {GIVEN} (Somali) used for entire visit.",
    "Pt's son {GIVEN} {FAM} and granddaughter {GIVEN} present for the discussion.",
    "Pt prefers to be called {NICK}.",
    "Pt states her name is {WNAME}; ID verified.",
    "Notified {DOC}, MD of critical K 6.4 at {CLOCK} on {NUMDATE}.",
    "Handoff from {INIT} to {INIT} at {CLOCK}.",
    "Seen with attending Dr. {FAM} ({INIT}).",
    "ADDENDUM {NUMDATE}: path returned benign; pt informed by phone at {PHONE}.",
    "Late entry for {MONDATE}: pt left AMA at {CLOCK}.",
    "Birth hx: born {DOB} at 38 weeks in {CITY}, neonatal ICU x3 days.",
    "Last seen in clinic {MONYEAR}; lost to follow-up until today.",
    "Pt requests records from {NUMDATE} to present faxed to {FAX}.",
    "Results of {NUMDATE} labs mailed to {STREET}, {CITY}, {STATE} {ZIP}.",
    "PCP: {DOC}, MD, {CITY}; phone {PHONE}; fax {FAX}.",
    "Dr. {FAM}'s note from {MONDATE} reviewed.",
    "Per {GIVEN}'s mother, the rash started {WDAY} the {DAYTH}.",
    "Sister ({GIVEN}) donated a kidney in {MONYEAR}; doing well.",
    "Work note: may return {NUMDATE} with no lifting over 10 lb until {NOYEAR}.",
    "Pt is {AGE} y/o, DNR/DNI per POLST dated {NUMDATE}.",
    "{AGENUM}yo M, hx CHF, here with nephew {GIVEN}.",
    "Transfer from {CITY} Regional {ISODATE}; records with pt.",
    "Next dose due {NOYEAR} ({WDAY}); then every 28 days.",
    "Biologic started {MONDATE}; TB test neg {NUMDATE}.",
    "Allergy to PCN noted {MONYEAR} after hives.",
    "Follow-up appointment on {ORDDATE} at {CLOCK} with Dr. {FAM}.",
    "Signed, {FML}, LCSW  {NUMDATE}",
    "Reviewed and agree. {DOC}, MD. {MONDATE}",
    "Scribe attestation: I, {FML}, scribed for Dr. {FAM} on {NUMDATE}.",
    "Attestation: I personally saw {NAME} on {NOYEAR} with the resident, {FML}, MD.",
    "Hx obtained from pt and his wife {GIVEN}, who lives at {STREETNAME}.",
    "Pt from {CITY}, {STATE}; moved here {MONYEAR}.",
]

LOGS = [
    '{TS} INFO visit.create patient_name="{NAME}" dos={YMD} mrn={MRN}',
    "{TS} WARN dob mismatch pt={LFM} entered={DOB} on_file={DOB}",
    "dos={YMD} npi={NPI} pt={FAM},{GIVEN} cpt=99213",
    'admit_dt={ISODATE} disch_dt={ISODATE} pt_name="{LFM}"',
    'user={USER} action=open_chart pt="{NAME}" at={TS}',
    "audit ts={TS} user={USER} ip={IP} patient={MRN}",
    '{{"admit_dt":"{ISODATE}","patient":{{"family":"{FAM}","given":["{GIVEN}"]}},"mrn":"{MRN}"}}',
    '{{"resourceType":"Patient","name":[{{"family":"{FAM}","given":["{GIVEN}","{MID}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Immunization","occurrenceDateTime":"{TS}","patient":{{"display":"{NAME}"}}}}',
    '{{"event":"appt.reminder","to":"{PHONE}","name":"{GIVEN}","date":"{NOYEAR}","time":"{CLOCK}"}}',
    '{{"dob":"{DOB}","lmp":"{NOYEAR}","edd":"{ISODATE}"}}',
    '{{"signed_by":"{FML}, MD","signed_at":"{TS}"}}',
    '{{"cc":["{DOC}","{DOC}"],"letter_date":"{MONDATE}"}}',
    '{{"pt_name":"{CAPSNAME}","svc_date":"{NUMDATE}","acct":"{ACCOUNT}"}}',
    "PID|1||{MRN}^^^MRN||{UFAM}^{UGIVEN}^{MID}||{YMD}|F|||{STREET}^^{CITY}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}||{UFAM}^{UGIVEN}||{YMD}|M",
    "NK1|1|{UFAM}^{UGIVEN}|SPO|{STREET}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "PV1|1|I|4N^412^B||||{NPI}^{UFAM}^{UGIVEN}^^^DR|||||||||||{OTHER}||||||||||||||||||||||||{HLTS}|{HLTS}",
    "MSH|^~\\&|LAB|CLINIC|EHR|CLINIC|{HLTS}||ORU^R01|{OTHER}|P|2.5.1",
    "OBR|1|{OTHER}||80053^CMP|||{HLTS}|||||||{HLTS}||{NPI}^{UFAM}^{UGIVEN}",
    "EVN|A03|{HLTS}",
    "IN1|1|PLAN01|{OTHER}|ACME HEALTH||||||||{YMD}|||{UFAM}^{UGIVEN}|18|{YMD}|||||||||||||||||||{PLAN}",
    "GT1|1||{UFAM}^{UGIVEN}^{MID}||{STREET}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{YMD}",
    "ORC|NW|{OTHER}|||||||{HLTS}|||{NPI}^{UFAM}^{UGIVEN}",
    "mrn,last,first,dob,dos\n{MRN},{FAM},{GIVEN},{DOB},{NUMDATE}",
    "{MRN},{CSVNAME},{DOB},{PHONE},{CITY}",
    "name,dob,lmp\n{CSVNAME},{NUMDATE},{NOYEAR}",
    '"{LFM}","{NUMDATE}","{EMAIL}"',
    '{TS} ERROR parse_date failed value="{MONDATE}" field=dob pt={MRN}',
    "{TS} ERROR parse_date failed value='{ORDDATE}' field=svc_date",
    '{TS} DEBUG normalize date in="{NUMDATE}" out={ISODATE}',
    '{TS} DEBUG normalize name in="{LFM}" out="{FML}"',
    '{TS} INFO letter.generated to="{NAME}" addr="{STREET}, {CITY}" date={ISODATE}',
    '{TS} INFO fax.sent to={FAX} attn="Dr. {FAM}" pages=4',
    '{TS} INFO sms.sent to={PHONE} body="{GIVEN}, reminder: appt {WDAY} {NOYEAR} {CLOCK}"',
    '{TS} INFO email.sent to={EMAIL} subject="Your visit on {MONDATE}"',
    "{TS} WARN duplicate patient candidates: {CAPSNAME} ({DOB}) vs {CAPSNAME} ({DOB})",
    '{TS} INFO dictation job=4471 author="{DOC}" patient="{LFM}" dos={ISODATE}',
    '{TS} INFO signature author="{FML}" note_id={OTHER}',
    '{TS} INFO cosign requested from="{DOC}" to="{DOC}"',
    "{TS} INFO login user={USER} ip={IP}",
    "{TS} WARN login failed user={USER} ip={IP} attempts=4",
    '{IP} - {USER} [{TS}] "GET /chart/{MRN} HTTP/1.1" 200 5120',
    "GET /api/patients?last={FAM}&first={GIVEN}&dob={ISODATE} 200",
    "GET /api/appointments?date={ISODATE}&provider={NPI} 200",
    'POST /api/immunizations {{"given":"{ISODATE}","patient":"{MRN}"}} 201',
    "patient_name={NAME} | dob={DOB} | last_seen={ISODATE}",
    "pt={FAM}, {GIVEN} | next_appt={NUMDATE} {CLOCK} | prov={DOC}",
    'next_appt={ISODATE} f/u_with="Dr. {FAM}"',
    "lmp={ISODATE} edd={ISODATE} pt={MRN}",
    'surgery_date={YMD} surgeon="{FML}" case={OTHER}',
    'discharge_date={NUMDATE} discharged_to=home with="{NAME}"',
    "effective_date={ISODATE} term_date={ISODATE} member={PLAN}",
    "imm_given={ISODATE} vaccine=Tdap lot=TD24-0917 by={INIT}",
    "since={ISODATE} until={ISODATE} hold=apixaban pt={MRN}",
    'range={NOYEAR}-{NOYEAR} note="out of office" user={USER}',
    "[{TS}] celery.task notify_patient args=('{NAME}', '{ISODATE}')",
    "[{TS}] ERROR KeyError: 'dob' in record {{'name': '{NAME}', 'mrn': '{MRN}'}}",
    "Traceback (most recent call last):\n  File \"intake.py\", line 88, in parse\nValueError: time data '{NUMDATE}' does not match format '%Y-%m-%d' (patient {LFM})",
    'psql: ERROR: duplicate key value violates unique constraint "pt_uniq" DETAIL: Key (last, first, dob)=({FAM}, {GIVEN}, {ISODATE}) already exists.',
    "{TS} db.query SELECT * FROM patients WHERE last_name = '{FAM}' AND dob = '{ISODATE}'",
    '{TS} export file="{FAM}_{GIVEN}_{YMD}.pdf" user={USER}',
    '{TS} upload scan="{LFM} {NUMDATE}.tif" by={USER}',
    "backup/{YMD}/notes/{MRN}.json written",
    "/var/log/ehr/{YMD}.log rotated",
    "{TS} WARN device {DEVICE} owner={MRN} last_sync={TS}",
    '{TS} INFO transport pickup="{STREET}, {CITY}" rider="{NAME}" vehicle={VEHICLE}',
    "{TS} INFO eligibility member={PLAN} dob={YMD} status=active effective={ISODATE}",
    "{TS} INFO claim={OTHER} dos={ISODATE} acct={ACCOUNT} billed=240.00",
    '{TS} INFO provider.lookup npi={NPI} license={LICENSE} name="{DOC}"',
    "{TS} ERROR ssn validation failed value={SSN} pt={MRN}",
    "{TS} INFO portal.link url={URL} user={USER}",
    "{TS} INFO geo.lookup zip={ZIP} city={UCITY} state={STATE}",
    '{TS} INFO census unit=5W pt="{LFM}" age={AGENUM} admit={ISODATE}',
    "{TS} INFO flag.age_over_89 pt={MRN} age={AGENUM}",
    '{TS} INFO cc.list note={OTHER} recipients="{DOC}; {DOC}"',
    '{TS} INFO family_history relative="{NAME}" relation=mother condition="breast ca"',
    '{TS} INFO phone.encounter caller="{NAME}" callback={PHONE} re="labs {NOYEAR}"',
    '{TS} INFO schedule slot={ISODATE} {CLOCK} pt="{FML}" prov="{DOC}"',
    '{TS} INFO reminder date="{MONDATE}" time="{CLOCK}" to="{GIVEN}"',
    '{TS} WARN unparsed date text="seen on the {DAYTH}" note={OTHER}',
    '{TS} WARN ambiguous date "{NOYEAR}" in note by {INIT}',
    "{TS} INFO hl7.in MSH-7={HLTS} PID-5={UFAM}^{UGIVEN} PID-7={YMD}",
    "{TS} INFO fhir.out Patient.name.family={FAM} Patient.name.given={GIVEN} Patient.birthDate={ISODATE}",
    '{TS} INFO pharmacy rx={OTHER} patient="{LFM}" written={ISODATE} filled={ISODATE}',
    '{TS} INFO lab accession={OTHER} collected={TS} pt={MRN} ordering="{DOC}"',
    '{TS} INFO consent signed_by="{NAME}" relation=self date={ISODATE}',
    '{TS} INFO interpreter name="{GIVEN}" lang=hmn visit={OTHER}',
    '{TS} INFO kiosk.checkin name="{NAME}" dob={DOB}',
    "{TS} INFO vpn user={USER} from={IP}",
    '{TS} ERROR render letter to "{WNAME}" failed',
    "{TS} INFO mailto={EMAIL} dob={DOB} verified=true",
    '{TS} INFO pt_nickname="{NICK}" mrn={MRN}',
    '{TS} INFO guarantor="{CSVNAME}" acct={ACCOUNT}',
]

# Lines with no PHI: years, months and weekdays alone, ratios, blood pressures, strength scores,
# fractions, numeric ranges, frequencies, tapers, lot numbers, versions, scale names, durations.
_PHI_FREE_CHAT = [
    "ok see you tuesday",
    "i can do any monday in march",
    "been like this since 2019",
    "the pain is 7/10 today, was 4/10 yesterday",
    "bp was 132/84 this morning",
    "i take 1-2 tabs when it flares",
    "is it ok to take it q4-6h",
    "the antibiotic is x7 days right",
    "doc said taper 40-30-20-10 but i forgot where i am",
    "2/3 of the bottle is gone already",
    "my grip is like 4/5 on the right",
    "only sleeping 5-6 hours a night",
    "walks 10-15 minutes then needs to sit",
    "half a tab or 1/2 of the 50 mg",
    "sugar was 180-220 all week",
    "the phq-9 thing said 14",
    "the gad-7 score was 9",
    "next spring maybe for the knee",
    "sometime in april is fine",
    "we go to florida every january",
    "fridays are bad for me",
    "weekends only please",
    "after the 4th of july holiday is ok",
    "christmas eve the clinic is closed right",
    "thanksgiving week is booked for us",
    "is the new year clinic schedule out",
    "took 2 puffs 3x a day",
    "i am 67 and my wife is 64",
    "she is 88 and still sharp",
    "he turned 45 this year",
    "the kids are 6 and 9",
    "room 3-12 or 3-21?",
    "press 2 then 4 for refills",
    "version 5.2 of the app keeps crashing",
    "the lot number on the box is 24B-0917",
    "i drink 3-4 cups of coffee",
    "lost 12 lbs in 6 weeks",
    "temp 100.4 then 99.1",
    "o2 is 94-95 percent",
    "heart rate 110-120 when i stand",
    "my a1c went from 8.2 to 7.1",
    "20/20 vision finally",
    "it's 50/50 whether i can make it",
    "24/7 pain in my lower back",
    "1 in 3 people get this side effect?",
    "open 8-5 on weekdays right",
    "summer is when it gets worse",
    "fall allergies again",
    "every other week works",
    "3 weeks on 1 week off",
    "day 5 of 10 on the amoxicillin",
    "may i have a refill please",
    "march madness is killing my sleep lol",
    "june bugs everywhere, is that a bite",
    "august heat makes my feet swell",
    "the 2020 covid year was rough",
    "it was the 90s when i had my gallbladder out",
    "in my 20s i had a stomach ulcer",
    "twice a week for 6 weeks of pt",
    "1 pill am 1 pill pm",
    "went from 10 mg to 20 mg",
    "10-20 units depending on sugar",
    "dose is 0.5 mg then 1 mg",
    "thank you all so much",
    "i'll call back later",
    "no fever, no chills",
    "was at work til 7",
    "the pharmacy closes at 9",
    "can i eat before the 8 am draw",
    "see you next week",
]
_PHI_FREE_NOTE = [
    "BP 142/88, HR 76, RR 18, T 98.6 F, SpO2 96% RA",
    "BP 120/80 seated, 112/74 standing",
    "Strength 4/5 RUE, 5/5 elsewhere",
    "Reflexes 2+ and symmetric; toes downgoing",
    "Murmur 3/6 holosystolic at apex",
    "Pain 6/10, improved to 2/10 after ketorolac",
    "Ratio FEV1/FVC 0.62, consistent with obstruction",
    "Albumin/creatinine ratio 45 mg/g",
    "C/D ratio 0.4 OU",
    "Visual acuity 20/25 OD, 20/40 OS",
    "PHQ-9 score 12; GAD-7 score 8",
    "MoCA 24/30; Mini-Cog 3/5",
    "AUDIT-C 2; CAGE 0/4",
    "Epworth 14; STOP-BANG 5",
    "CHA2DS2-VASc 4; HAS-BLED 2",
    "Wells score 1.5; PERC negative",
    "Ibuprofen 400-600 mg q6-8h prn",
    "Oxycodone 5 mg q4-6h prn, #12",
    "Prednisone taper 40-30-20-10 mg over 12 days",
    "Amoxicillin 500 mg TID x10 days",
    "Ondansetron 4 mg q8h prn x3 days",
    "Take 1-2 tabs at bedtime",
    "Metformin 500 mg BID, increase to 1000 mg BID in 2 weeks",
    "Insulin sliding scale 2-10 units per protocol",
    "Lot 24C-1187-A, exp on box",
    "Vaccine lot FL-3391-B, VIS edition reviewed",
    "Tdap given IM left deltoid, 0.5 mL",
    "Follow up in 4-6 weeks",
    "Return in 3 months or sooner",
    "Symptoms for 5-10 minutes at a time",
    "Episodes 2-3 times per week",
    "Smoked 1/2 ppd x 20 years, quit 2015",
    "Drinks 2-3 beers on weekends",
    "Exercise 30 min 3x/week",
    "G3P2012",
    "Gestational age 32 4/7 weeks",
    "Cervix 3/60/-2",
    "Apgars 8/9",
    "Fundal height 30 cm",
    "Weight 82.4 kg, BMI 29.3",
    "Na 138, K 4.1, Cr 0.9, BUN 14",
    "WBC 7.2, Hgb 12.8, Plt 245",
    "TSH 2.3, free T4 1.1",
    "LDL 112, HDL 48, TG 160",
    "INR 2.4 (goal 2-3)",
    "Troponin <0.01 x2",
    "ICD-10 M54.50, G47.33",
    "CPT 99214-25, 20610",
    "Seen in the spring and again in the fall",
    "Worse in winter months",
    "Clinic open Monday through Friday",
    "Wednesday clinic moved to Thursday",
    "Pt works weekends at the cannery",
    "History since 2018, stable since 2021",
    "Diagnosed in her 40s",
    "Diagnosed in March, treated in April",
    "Annual exam due each January",
    "Next flu season, offer high-dose vaccine",
    "Pt is 74, lives alone, independent",
    "78-year-old man with CHF",
    "Pt is 88 years old and ambulates with a cane",
    "NYHA II-III",
    "Stage 3a CKD",
    "Grade 2 ankle sprain",
    "Level 4-5 disc bulge; L4-L5 narrowing",
    "C5-C6 foraminal stenosis",
    "T2 hyperintensity, 3-4 mm",
    "Nodule 6 x 4 mm",
    "EF 40-45%",
    "QTc 460 ms",
    "Rate 60-100 target",
    "Oxygen 2-4 L NC titrate to 92-96%",
    "NPO after midnight",
    "Weight-bearing as tolerated",
    "Splint x 2 weeks then ROM",
    "Covid vaccine series complete",
    "Code status: DNR",
    "Allergies: NKDA",
    "Interpreter declined",
    "Discussed risks, benefits and alternatives",
]
_PHI_FREE_LOG = [
    "INFO scheduler started workers=4",
    "GET /api/health 200 2ms",
    "GET /api/v3/slots?weekday=tuesday 200 14ms",
    "POST /api/vitals 201 bp=118/76 hr=64",
    "cron 0 6 * * 1-5 send_reminders",
    "cron 30 2 1 * * monthly_rollup",
    "retry 2/5 in 8s",
    "ratio=2/3 threshold=0.66",
    "score=4/5 metric=strength",
    "version=4.12.3 build=2207",
    "python 3.12.2 django 5.1.1",
    "schema_version=72 migrations=0",
    "lot=24B-0917-X exp_month=11",
    "ndc=0071-0155-23 qty=30",
    "dose_taper=40-30-20-10 unit=mg",
    "freq=q4-6h prn=true",
    "duration=x3 days",
    "window=5-10 min",
    "range=120-180 unit=mg/dL",
    "phq9=14 gad7=9",
    '{"month":"March","visits":912}',
    '{"year":2024,"q":"Q2","claims":1311}',
    '{"weekday":"Friday","no_show":0.11}',
    '{"bp":"132/84","hr":71}',
    '{"strength":"4/5","side":"R"}',
    '{"taper":"40-30-20-10"}',
    '{"tabs":"1-2","freq":"q6h"}',
    '{"age":72,"sex":"F"}',
    '{"age_band":"80-89"}',
    '{"app":"4.2.0","os":"ios 17.4"}',
    "OBX|1|NM|8480-6^Systolic BP^LN||132|mm[Hg]|90-120|H|||F",
    "OBX|2|NM|8462-4^Diastolic BP^LN||84|mm[Hg]|60-80|H|||F",
    "OBX|3|ST|44261-6^PHQ-9^LN||14||0-4|A|||F",
    "cpt=99213 mod=25 units=1",
    "icd10=E11.9,I10",
    "rows=4821 took=3.2s",
    "queue=reminders depth=0",
    "cache hit ratio=0.93",
    "disk 71% used",
    "memory 3.1/8.0 GB",
    "load 1.21 0.98 0.77",
    "uptime 12 days",
    "tls 1.3 cipher=TLS_AES_256_GCM_SHA384",
    "rate_limit 60/min",
    "batch 3 of 12 done",
    "page 2/14",
    "timeout=30s retries=3",
    "ttl=3600",
    "feature monday_digest=on",
    "report period=Q1 year=2025",
    "fiscal_year=2026",
    "month=09 visits=1800",
    "weekday=Sat closed=true",
    "shift=7a-7p unit=ICU",
    "beds 28/32 occupied",
    "ratio nurse:patient=1:4",
    "floor=3 room=3-12",
    "ext 4410 front desk",
    "build 2025.03 rc2",
    "semver 1.10.0-beta.3",
    "model=ner-v7 f1=0.91",
    "epoch 3/10 loss=0.212",
    "ok 148 passed, 2 skipped",
    "took_ms=412 p95=880",
    "sleep 5-10s jitter",
    "bp_cuff=adult-large",
    "scale=0-10 pain",
    "age_min=18 age_max=64",
    "dose_range=10-20 units",
    "interval=q12h",
    "taper_days=3,3,3,3",
    "tabs_per_dose=1-2",
    "schedule=Mon,Wed,Fri",
    "holiday=New Year closed",
    "season=flu 2025-26",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
