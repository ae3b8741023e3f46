"""The "tune11" split: a Southeast US health network, written without looking at the engine.

How it was written: only bench/redaction_data/generate.py, templates.py, values.py, tune4.py and
tune5.py (and pyproject.toml, for the ruff settings) were read. The redaction engine, its tests,
the benchmark code and every other data module were never opened, and the engine was never run.
The other data modules (blind*, tune*) were imported by a throwaway script only to collect their
value pools for the overlap check below; their templates were not printed or read.

What it models: one network across Georgia, the Carolinas, Florida, Alabama, Mississippi,
Tennessee and Louisiana. CHAT is its patient portal, SMS line and chatbot: lowercase, Southern and
AAVE phrasing ("fixing to", "might could", "she been"), typos, emoji, Spanish and Haitian Creole
mixed in, church members, family and neighbours named in passing with or without a cue, nicknames,
double given names, names that are ordinary words, sign-offs. LOGS is its IT: key=value lines,
JSON, HL7 v2 (MSH, PID, NK1, PV1, IN1, GT1, OBX, ORC), FHIR, CSV rows, web access logs, stack
traces, queue and SSO events, fax and e-prescribing (NCPDP SCRIPT) servers, lab interfaces, X12
270/271/837 fragments and call-centre events. NOTES are HPI, assessment and plan, ED and
hospitalist notes, consults, OB, NICU and peds, wound care, dialysis, nursing home, hospice, social
work, letters, signature and cc lines, and family and social history naming relatives. PHI_FREE
holds lines of all three kinds that look like the rest but carry no identifier: vitals, doses,
tapers, labs, scores, codes, eponyms, ages under 90, a weekday, month or year alone, durations,
drug and device model names, versions, technical ids that belong to no person, role-only mentions
and the ordinary words this split also uses as names.

Names come from about fifty origins weighted like the Southeast: African American (with
distinctive modern given names), Gullah Geechee, Southern Anglo, Scots-Irish, Appalachian,
Lowcountry, Cajun, Louisiana Creole, Cuban, Puerto Rican, Mexican, Guatemalan Maya, Honduran,
Salvadoran, Venezuelan, Colombian, Dominican, Haitian, Jamaican, Bahamian, Trinidadian, Yoruba,
Igbo, Ghanaian, Liberian, Congolese, Vietnamese, Montagnard (Degar, "Y" and "H'" given names),
Hmong, Burmese, Gujarati, Telugu, Punjabi, Pakistani, Bangladeshi, Korean, Chinese
(including Mississippi Delta and Hokkien spellings), Filipino, Lebanese, Palestinian, Afghan,
Greek, Sicilian Italian, Jewish, German, Ukrainian, Lumbee, Cherokee, Seminole, Choctaw and
Muscogee, each written as its custom has it (double Hispanic surnames, family-first order for
Chinese, Korean and Vietnamese, Montagnard and Burmese names without a family name in the
Western sense), and about one in seven a given or
family name that is an ordinary English word ("River", "Bullet", "Sermon", "Nails", "Moth").

No overlap: no given name, family name, nickname, street name, city or e-mail domain here is in
the pools of values.py (with the Faker names it draws for both of its splits), the templates of
templates.py, the pools or templates of any other bench/redaction_data module (blind..blind10,
tune2..tune9; tune10 did not exist yet at the final check), or Faker's en_US first and last
name lists. Every word was checked with a
throwaway script after folding accents and case; name particles, generic address words and
top-level domains were exempt. The check ended at zero overlaps.

Annotation follows tune4.py and tune5.py: a state is not scored; a title (Dr., Mrs., Pastor,
Sister), a credential (MD, RN, NP) and a possessive 's stay outside the NAME; each HL7 or FHIR name
component is its own NAME span; initials that stand for a person are a NAME; a weekday or a clock
time beside a date stays outside the DATE, while a whole ISO, HL7 or logging timestamp is one
DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89. A few
slots carry non-PHI filler (request ids, latencies, status codes, clock times); their label is
None.
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
    "african_american": (9, [
        "Demarious", "Shaquavia", "Nykerria", "Keondre", "Jakyria", "Markevious", "Dequarius",
        "LaQuinta", "Teasia", "Quavonte", "Trequan", "Laquanda", "Sharelle", "Deasia", "Kamarion",
        "Nakiyah", "Amariyah", "Jaylah", "Lashundra", "Carolyne", "Kyndal", "Jamauri", "Kaliyah",
        "Trinitee", "Jaziyah", "Kimora", "Jaleel", "Tyrese", "Shantavia",
    ], [
        "Blassingame", "Mcglothen", "Whitsett", "Pouncey", "Boykins", "Rainge", "Shumpert",
        "Jelks", "Redden", "Toles", "Sumler", "Gadison",
    ]),
    "gullah_geechee": (2, [
        "Cudjoe", "Quash", "Binah", "Juba", "Phibbie", "Hagar", "Quamina", "Tenah", "Cumba",
        "Dibbie", "Affy", "Cuffy", "Sukey", "Abijah", "Minda", "Jehu", "Quaco", "Scipio",
        "Primus", "Jubah", "Sibby", "Rinah",
    ], [
        "Grovner", "Hazzard", "Mungin", "Bligen", "Mikell", "Sams", "Grovenor", "Brisbane",
    ]),
    "southern_anglo": (6, [
        "Bertis", "Orvil", "Thurmond", "Murvin", "Ima", "Coleen", "Rubye", "Clellie", "Junius",
        "Mellie", "Plez", "Rozell", "Orene", "Idell",
    ], [
        "Driggers", "Wofford", "Altman", "Jowers", "Kennington", "Mcrae", "Rabon", "Seagraves",
        "Tindall", "Earnhardt", "Inabinet", "Ouzts", "Rentz", "Stuckey", "Yeargin", "Fulmer",
        "Looper", "McElveen", "Nipper", "Smoak", "Weathersbee",
    ]),
    "scots_irish": (3, [
        "Lachie", "Aileas", "Seonag", "Kenina", "Dougal", "Sorley", "Innes", "Kirsteen", "Peigi",
        "Uisdean", "Somerled",
    ], [
        "McInnis", "Galbraith", "Cathcart", "Montieth", "McLaurin", "McQuaig", "McNeill",
        "Gillis", "Buie", "Currie", "McLeod",
    ]),
    "appalachian": (2, [
        "Verlon", "Okey", "Eulis", "Arzie",
    ], [
        "Dials", "Mullenix", "Stanfill",
    ]),
    "lowcountry": (1, [
        "Bacot", "Motte",
    ], [
        "Gaillard", "Porcher", "DeSaussure", "Grimball", "Horry", "Pringle",
    ]),
    "cajun": (2, [
        "Avenia", "Azelie", "Alida", "Onesia", "Olite", "Druzella", "Euzebe", "Adolphe",
    ], [
        "Badeaux", "Abadie", "Chachere", "Estilette", "Langlinais", "Thevenot",
    ]),
    "louisiana_creole": (1, [
        "Aristide", "Hermance", "Léocadie", "Azélie",
    ], [
        "Derbanne", "Populus", "Baquet", "Tregre", "Dejoie", "Trepagnier", "Glapion", "Roubieu",
        "Broyard", "Lanusse", "Desdunes",
    ]),
    "cuban": (3, [
        "Yoandy", "Yanelys", "Liuba", "Odelkis", "Yuliesky",
    ], [
        "Ordaz", "Lezcano", "Yglesias", "Veitia", "Rodiles", "Riverón", "Mijares",
    ]),
    "puerto_rican": (2, [
        "Yarimar", "Jeimy", "Yamaris", "Gadiel", "Ramphis",
    ], [
        "Ortolaza", "Carrión",
    ]),
    "mexican": (4, [
        "Heriberta", "Artemio",
    ], [
        "Lujano", "Mungía", "Inclán", "Pizaña", "Zarco", "Guardiola",
    ]),
    "guatemalan_maya": (1, [
        "Victoriano",
    ], [
        "Ixchop", "Xoy", "Xuc", "Tuch", "Chanchavac", "Quisquinay", "Pac", "Botzoc", "Canil",
        "Cojtín", "Tambriz",
    ]),
    "honduran": (2, [
        "Orlin", "Yosselin", "Hilder", "Merary", "Nolvin", "Darlin", "Elman", "Nelsin",
    ], [
        "Enamorado", "Ilovares", "Ucles",
    ]),
    "salvadoran": (1, [
        "Evelin", "Walberto", "Xochilt", "Yeni",
    ], [
        "Mazariego", "Colocho", "Hasbún",
    ]),
    "venezuelan": (1, [
        "Maikelys", "Freddymar", "Ninoska", "Leomar", "Anyelis", "Yolimar", "Yormary", "Jhoandry",
        "Dervis", "Osneiver",
    ], [
        "Chirinos", "Goitía", "Arriechi", "Sanoja", "Tinedo", "Unda", "Finol", "Sifontes",
        "Useche", "Zerpa",
    ]),
    "colombian": (2, [
        "Yurleidy", "Jhojan", "Leydi", "Nayibe", "Rubiela", "Edwar", "Faiver", "Arnobio",
    ], [
        "Duque", "Ossa", "Zea", "Loaiza", "Rúa", "Taborda",
    ]),
    "dominican": (1, [
        "Manauri", "Yokairi", "Welington", "Yasmerlin", "Yunelky", "Luisanna", "Esmeraldo",
    ], [
        "Villalona", "Comprés",
    ]),
    "haitian": (3, [
        "Roodlyne", "Mardochée", "Sainvilus", "Elmane", "Mitsou", "Kenold", "Dieulita", "Berline",
        "Modeline", "Ytha",
    ], [
        "Charlestin", "Merilan", "Tassy", "Aristil", "Deslouches", "Romain", "Doréus",
        "Fleurantin",
    ]),
    "jamaican": (2, [
        "Shericka", "Odean", "Shenelle", "Kemesha", "Kerrian", "Nickoy", "Alrick", "Kadeem",
    ], [
        "Golding", "Powe", "Crooks", "Tait", "Fearon",
    ]),
    "bahamian": (1, [
        "Shavago", "Deshon", "Kendal", "Kenva",
    ], [
        "Rolle", "Munnings", "Pinder", "Darville", "Moxey", "Bain", "Adderley", "Butterfield",
        "Deveaux", "Minnis", "Nottage", "Outten", "Percentie", "Wilchcombe", "Mortimer",
    ]),
    "trinidadian": (1, [
        "Shivanand", "Keston", "Kamla", "Chandradath", "Drupatie", "Soomintra",
    ], [
        "Ramjattan", "Sooknanan", "Lutchman",
    ]),
    "yoruba": (2, [
        "Damilare", "Oluwadamilola", "Aderonke", "Tobiloba",
    ], [
        "Oduwole", "Bamgbose", "Ayorinde", "Olowokere", "Alao", "Amusan", "Osinbajo", "Togun",
    ]),
    "igbo": (1, [
        "Nkechinyere", "Ebelechukwu", "Chinedum", "Amaechi",
    ], [
        "Ikejiani", "Okoli", "Ibeh", "Nduka", "Obioha", "Ude", "Oguike",
    ]),
    "ghanaian": (1, [
        "Efia", "Kuukua", "Kwaw", "Kobby", "Oforiwaa", "Paa",
    ], [
        "Anane", "Ekuban", "Aidoo", "Mireku", "Botchway",
    ]),
    "liberian": (1, [
        "Kormah", "Sianeh", "Yah", "Massa", "Mawata", "Jartu", "Kebeh", "Nyenpu", "Wokie",
        "Jlahtee", "Gayduo",
    ], [
        "Tarpeh", "Zarwolo", "Konneh", "Gbollie", "Saryee", "Nagbe", "Gonyon", "Boimah", "Tokpah",
        "Dolley", "Toweh",
    ]),
    "congolese": (1, [
        "Kaniki", "Muadi", "Tshiela", "Kapuku", "Bibiche", "Jeancy",
    ], [
        "Kanyinda", "Mbaya", "Tshiamala", "Bokele", "Diakiese", "Ekofo", "Makengo", "Ndombe",
        "Tshisungu", "Yamba", "Kalonda", "Tshitenge",
    ]),
    "vietnamese": (2, [
        "Bảy", "Mót", "Đẹp", "Đen",
    ], [
        "Lã", "Lò", "Lỗ",
    ]),
    "montagnard": (1, [
        "H'Bla", "Y Djuat", "Y Hlir", "Y Ngông", "H'Blơng", "Y Jut", "Y Krin",
    ], [
        "Kdoh", "Alê", "Knul", "Hdruê",
    ]),
    "hmong": (1, [
        "Yeej", "Leng", "Npaus", "Kiab", "Zaj", "Fwm", "Nchaiv",
    ], [
        "Hawg", "Tsaab",
    ]),
    "burmese": (1, [
        "Thazin", "Yamin", "Ohnmar", "Tinzar", "Wutyi", "Khet", "Htike", "Kaung", "Sithu", "Kyal",
        "Thuya", "Zeyar", "Saung",
    ], [
        "Khine", "Paing", "Kyaing", "Maw", "Shein", "Kyu",
    ]),
    "gujarati": (2, [
        "Bhavik", "Mitesh", "Hardik", "Krunal", "Shital", "Yogini",
    ], [
        "Chaudhari", "Makadia", "Purohit", "Yagnik", "Barot", "Raithatha", "Thaker",
    ]),
    "telugu": (1, [
        "Sowjanya", "Sreelatha",
    ], [
        "Pothineni", "Gudivada", "Guntupalli", "Garapati", "Karumuri", "Mukkamala",
    ]),
    "punjabi": (1, [
        "Amritpal", "Avtar",
    ], [
        "Sohi", "Thandi", "Jassal",
    ]),
    "pakistani": (1, [
        "Aqsa", "Saqib", "Irfan", "Maheen",
    ], [
        "Chughtai", "Hayat", "Kasuri", "Laghari",
    ]),
    "bangladeshi": (1, [
        "Shahriar", "Rubel", "Shamim", "Monowara",
    ], [
        "Jomaddar", "Tarafder", "Hazari", "Raihan",
    ]),
    "korean": (1, [
        "Chunhee", "Chorong", "Dahee", "Hyemi", "Saebyeok", "Seonhwa", "Hyukjin", "Jaebum",
        "Wonbin", "Hakjun",
    ], [
        "Jhin", "Seonwoo",
    ]),
    "chinese": (1, [
        "Jinhai", "Liqiang", "Fengxia", "Wenhua", "Baohua", "Guozhen", "Lianying", "Yuzhu",
    ], [
        "Du", "Quong", "Hoo", "Kwek", "Tng", "Sng", "Gouw",
    ]),
    "filipino": (1, [
        "Rodelio", "Reynante",
    ], [
        "Villaruz", "Sibal", "Tumang", "Buenafe", "Tengco",
    ]),
    "lebanese": (1, [
        "Toufic", "Chafic", "Nohad", "Mireille", "Hoda",
    ], [
        "Baroud", "Yammine", "Moawad",
    ]),
    "palestinian": (1, [
        "Manar", "Samah", "Hanin", "Fida",
    ], [
        "Ashrawi", "Kanafani", "Nusseibeh", "Zuaiter", "Hammad", "Dajani",
    ]),
    "afghan": (1, [
        "Naqibullah", "Masooda", "Najiba", "Shafiqullah", "Suraya", "Zalmay",
    ], [
        "Ghafoori", "Kabuli",
    ]),
    "greek": (1, [
        "Christodoulos", "Stamatios", "Paraskevas", "Agathi", "Melpomeni", "Kalliroi", "Mimis",
        "Litsa", "Nitsa",
    ], [
        "Vlahos", "Paspalas", "Dertouzos", "Gianakos", "Iliopoulos", "Moraitis", "Skiadas",
        "Varvaris", "Mylonas", "Chalkias",
    ]),
    "italian": (1, [
        "Domenica", "Gaspare", "Accursio",
    ], [
        "Tramontana", "DiGiorgio", "Cusimano", "Palmisano", "Gagliano", "Mistretta", "Tusa",
        "Cefalu", "Centanni", "Giacona", "Manale", "Nuccio", "Panzeca", "Sunseri", "Tortorich",
        "Zuppardo", "Guarisco", "Spoto", "Ferlita",
    ]),
    "jewish": (1, [
        "Zelig", "Feiga", "Bluma",
    ], [
        "Eisenstat", "Kaminsky", "Pinsker", "Sheftall", "Minis",
    ]),
    "german": (1, [
        "Anneliese", "Gerhild", "Ekkehard", "Reinhild",
    ], [
        "Kretschmer", "Zimmerli", "Rheinhardt", "Augenstein", "Dannhauser", "Hufnagel",
        "Mittelstadt", "Niederhauser", "Pfannkuch", "Quast", "Tiefenthaler", "Ungerer",
    ]),
    "ukrainian": (1, [
        "Liubomyr", "Oles",
    ], [
        "Levchuk", "Hrushko", "Andrusiv", "Chornyi", "Ivaniv", "Kutsenko", "Onyshchenko",
        "Vasylyk", "Yakymchuk", "Zahorodniy", "Pylypenko",
    ]),
    "lumbee": (1, [
        "Ardeal", "Foye", "Rosalee", "Earlie", "Welton", "Carnell", "Redell", "Leacy",
    ], [
        "Woriax", "Chavers",
    ]),
    "cherokee": (1, [
        "Wohali", "Amadahy", "Sequi",
    ], [
        "Owle", "Maney",
    ]),
    "seminole": (1, [
        "Chebon", "Hotulke", "Wotko", "Jonah",
    ], [
        "Tigertail", "Billie", "Motlow", "Fewell",
    ]),
    "choctaw": (1, [
        "Hakla", "Nahota", "Ohoyo", "Tohbi",
    ], [
        "Nickey", "Hlolubbee", "Homma", "Farve", "Anolatubby", "Chickaway",
    ]),
    "muscogee": (1, [
        "Sakim", "Ahuwe", "Nokose", "Fushatchee", "Hvse",
    ], [
        "Hadjo", "Fife", "Narcomey", "Checote", "Canard", "Perryman",
    ]),
    # Given and family names that are also everyday English words.
    "word_names": (9, [
        "Smoky", "Bullet", "Sprocket", "River", "Revelation", "Epiphany",
    ], [
        "Pennywell", "Pew", "Sermon", "Longstreet", "Nails", "Shotwell", "Gristle", "Chewning",
        "Moth", "Grumbles", "Wimple", "Sugg", "Bumpass", "Cantor",
    ]),
}  # fmt: skip

NICKNAMES = [
    "Pudd'n", "Bay-Bay", "Tookie", "Ladybird", "Dukie", "Doobie", "Boonie", "Bama", "Sugarbabe",
    "Goobie", "Teeny", "Mudbug", "Crawdaddy", "Boogaloo", "Shortcake", "Chabela", "Toutou",
    "Weezie", "Smiley", "Dub",
]  # fmt: skip

STREETS = [
    "Okra", "Boll Weevil", "Mudcat", "Sea Island", "Shotgun", "Dogtrot", "Edisto", "Ogeechee",
    "Satilla", "Ochlockonee", "Choctawhatchee", "Tallapoosa", "Coosa", "Tangipahoa", "Calcasieu",
    "Tchefuncte", "Homochitto", "Noxubee", "Hiwassee", "Nolichucky", "Tuckasegee", "Lumber River",
    "Combahee", "Wando", "Ashepoo", "Sapelo", "Ossabaw", "Tybee", "Jekyll", "Sanibel",
    "Withlacoochee", "Hillsborough", "Myakka", "Ichetucknee", "Wekiva", "Econlockhatchee",
    "Frogmore", "Daufuskie", "Wadmalaw", "Yamacraw", "Skidaway", "Wassaw", "Alapaha", "Chipola",
    "Econfina", "Steinhatchee", "Aucilla", "Wacissa", "Fenholloway", "Wakulla", "Blackwater",
    "Escambia", "Perdido", "Conecuh", "Sepulga", "Cahaba", "Sipsey", "Buttahatchee", "Luxapalila",
    "Sucarnoochee", "Tchoutacabouffa", "Tickfaw", "Natalbany", "Lafourche", "Mermentau",
    "Cocodrie", "Tensas", "Boeuf", "Dugdemona", "Lynches", "Pocotaligo", "Salkehatchie",
    "Coosawhatchie", "Tullifinny", "Stono", "Kiawah", "Wateree", "Congaree", "Enoree", "Tyger",
    "Pacolet", "Keowee", "Chattooga", "Nantahala", "Oconaluftee", "Cullasaja", "Uwharrie", "Haw",
    "Eno", "Pamlico", "Chowan", "Meherrin", "Perquimans", "Pasquotank", "Obion", "Hatchie",
    "Harpeth", "Sequatchie", "Clinch", "Holston", "Watauga", "Coontie", "Redbay", "Sweetbay",
    "Wiregrass", "Catbrier",
]  # fmt: skip

CITIES = [
    "Bennettsville", "Cheraw", "Hartsville", "Hardeeville", "Tarboro", "Whiteville", "Burgaw",
    "Chiefland", "Bonifay", "DeFuniak Springs", "Greeneville", "Sevierville", "Folkston",
    "Glennville", "Hahira", "Homerville", "Jakin", "Metter", "Millen", "Nahunta",
    "Ocilla", "Reidsville", "Soperton", "Tennille", "Unadilla", "Wrens", "Ludowici", "Darien",
    "Woodbine", "Aynor", "Bishopville", "Blackville", "Branchville", "Cottageville", "Eutawville",
    "Latta", "Loris", "McColl", "Olanta", "Pageland", "Pamplico", "Timmonsville", "Varnville",
    "Wagener", "Yemassee", "Elloree", "Ehrhardt", "Aulander", "Bladenboro", "Chadbourn",
    "Clarkton", "Hamlet", "Kenansville", "Lillington", "Oriental", "Parkton", "Raeford",
    "Siler City", "Yanceyville", "Dunnellon", "Eatonville", "Fellsmere", "Interlachen",
    "Keystone Heights", "Pierson", "Umatilla", "Wewahitchka", "Yankeetown", "Zolfo Springs",
    "Carrabelle", "Ocklawaha", "Florala", "Slocomb", "Baldwyn", "Eupora", "Mendenhall",
    "Nettleton", "Decaturville", "Gainesboro", "Newbern", "Tiptonville", "Lobelville", "Melville",
    "Buras",
]  # fmt: skip

DOMAINS = [
    "etcmail.com", "gulftel.com", "htcinc.net", "lumbeeriver.net", "cfl.rr.com", "bmtc.net",
    "pstel.net", "hotcomm.net", "skybest.com", "mebtel.net", "surfsouth.com", "ctc.net",
    "mcleodusa.net", "psci.net", "gtcom.net", "fairpoint.net", "bulloch.net", "nettally.com",
    "gulfcoast.net", "pinebelt.net",
]  # fmt: skip

FAMILY_FIRST = {"chinese", "korean", "vietnamese"}
HISPANIC = {"cuban", "puerto_rican", "mexican", "guatemalan_maya", "honduran", "salvadoran",
            "venezuelan", "colombian", "dominican"}  # fmt: skip
DOUBLE_GIVEN = {"african_american", "southern_anglo", "appalachian", "cajun", "lowcountry",
                "gullah_geechee", "lumbee"}  # fmt: skip
GEN_SUFFIX = ["Jr", "Jr.", "Sr", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "ß": "ss", "ø": "o"})


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


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if origin in HISPANIC and rng.random() < 0.3:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    elif origin in DOUBLE_GIVEN and rng.random() < 0.15:
        other = rng.choice(firsts)
        if other != first:
            first = f"{first} {other}"
    if rng.random() < 0.2:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune11") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune11") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNOPRSTVWY")


def _given_part(first: str) -> str:
    parts = first.replace("'", " ").split(" ")
    return max(parts, key=len).split("-")[0]


def full_name(rng: random.Random, _split: str = "tune11") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.4:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if form < 0.32:
        return f"{first} {last}"
    if form < 0.38:
        return f"{first} {mid}. {last}"
    if form < 0.46:
        return f"{last}, {first}"
    if form < 0.50:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.54:
        return f"{first} {last}".upper()
    if form < 0.58:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.63:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.73:
        return first
    if form < 0.78:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.81:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.85:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.90:
        return f"{_given_part(first)} {last}"
    if form < 0.95:
        return f"{last} {first}"
    return f"{last},{first} {mid}"


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
    return _fold(person(rng)[1]).upper()


def middle(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _initial(rng)
    return _given_part(rng.choice(ORIGINS[_origin(rng)][1]))


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "kwaw"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "tarpeh"


def double_given(rng: random.Random) -> str:
    """Southern double given names used together: "Rubye Idell", "Jaleel Tyrese"."""
    _, firsts, _ = ORIGINS[rng.choice(sorted(DOUBLE_GIVEN))]
    a, b = rng.sample(firsts, 2)
    return f"{a} {b}"


def word_first(rng: random.Random) -> str:
    return rng.choice(ORIGINS["word_names"][1])


def word_last(rng: random.Random) -> str:
    return rng.choice(ORIGINS["word_names"][2])


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.5 else person(rng)[0]
    last = word_last(rng)
    return rng.choice(
        [f"{first} {last}", f"{first} {last}", f"{last}, {first}", f"{first[0]}. {last}"]
    )


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}."])


def clinician(rng: random.Random) -> str:
    """A clinician as signature lines give one, without the title or credential."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", last,
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("Rd", 9), ("St", 7), ("Dr", 6), ("Ln", 5), ("Ave", 5), ("Hwy", 3), ("Cir", 3),
            ("Ct", 3), ("Trl", 2), ("Loop", 2), ("Way", 2), ("Pkwy", 1), ("Blvd", 2), ("Road", 3),
            ("Street", 2), ("Lane", 1), ("Drive", 1), ("Church Rd", 2), ("Landing Rd", 1),
            ("Bluff Rd", 1), ("Ext", 1), ("Spur", 1), ("Cove", 1)]  # fmt: skip
UNITS = ["Apt 2B", "Apt. 14", "Lot 22", "Lot 7", "Unit 3C", "#118", "Trlr 9", "Apt D",
         "Bldg 6 Apt 201", "Ste 110", "Rm 4", "Apt 1-A", "Unit 12", "Apt 305", "Lot 41A"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "NE ", "SW ", "Old ", "Old ", "North ", "South "]


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", "", "", *DIRECTIONS])
    num = rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                      str(rng.randint(10000, 39999)), f"{rng.randint(100, 999)} 1/2"])  # fmt: skip
    return f"{num} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 4999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Post Office Box {n}", f"P O Box {n}"])


def rural_route(rng: random.Random) -> str:
    r, b = rng.randint(1, 9), rng.randint(1, 399)
    return rng.choice([
        f"Rt {r} Box {b}", f"Route {r}, Box {b}", f"RR {r} Box {b}-A", f"{rng.randint(100, 9999)} Hwy {rng.randint(1, 599)}",
        f"{rng.randint(100, 9999)} County Rd {rng.randint(1, 999)}", f"{rng.randint(100, 9999)} State Rte {rng.randint(1, 99)}",
        f"{rng.randint(100, 29999)} US Hwy {rng.choice(['17', '301', '441', '84', '49', '61', '90', '11'])}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune11") -> str:
    kind = rng.random()
    if kind < 0.08:
        return po_box(rng)
    if kind < 0.16:
        return rural_route(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.07 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def street_bare(rng: random.Random) -> str:
    """A street without a house number, as people give directions: "off Wateree Rd"."""
    return f"{rng.choice(STREETS)} {rng.choice(['Rd', 'Road', 'St', 'Hwy', 'Ln', 'Church Rd'])}"


STATES = ["GA", "SC", "NC", "FL", "AL", "MS", "TN", "LA", "Ga.", "Fla.", "Ala.", "Miss.", "Tenn.",
          "La.", "S.C.", "N.C.", "Georgia", "Florida", "Louisiana", "Mississippi"]  # fmt: skip
_ZIP3 = ["300", "302", "303", "305", "310", "315", "316", "317", "318", "290", "291", "294", "295",
         "296", "272", "275", "278", "283", "284", "286", "320", "322", "324", "326", "327", "334",
         "339", "350", "356", "360", "363", "365", "370", "372", "374", "376", "380", "383", "386",
         "389", "393", "394", "395", "700", "703", "705", "706", "707", "713"]  # fmt: skip


def city(rng: random.Random, _split: str = "tune11") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.06 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


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
MWA = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
       "novanm", "desanm"]  # fmt: skip
_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1924, 1940)
        if pick < 0.2
        else rng.randint(1941, 2023)
        if pick < 0.5
        else rng.randint(2019, 2026)
    )
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, _DAYS[m - 1])


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m}-{d}-{y}", f"{y}-{m:02d}-{d:02d}",
        f"{mo} {d}, {y}", f"{ab} {d}, {y}", f"{ab}. {d}", f"{mo} {d}", f"{mo} {d}{o}", f"{m}/{d}",
        f"{d} {mo} {y}", f"{d}-{ab}-{y}", f"{d:02d}{ab.upper()}{y}", f"{m}.{d}.{yy:02d}", f"{mo.lower()} {d}",
        f"{ab.lower()} {d}{o}", f"{d}{o} of {mo}", f"{m:02d}-{d:02d}-{y}", f"{y}{m:02d}{d:02d}",
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
    base = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return rng.choice([base, f"{base}{rng.randint(0, 59):02d}", f"{base}{rng.randint(0, 59):02d}-0500",
                       f"{base}{rng.randint(0, 59):02d}-0600"])  # fmt: skip


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-05:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{MONTHS[m - 1]} {d}, {y}",
            f"{ABBR[m - 1]} {d}, {y}",
            f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}",
        ]
    )


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{m}/{d}",
            f"{ABBR[m - 1].lower()} {d}",
            f"{MONTHS[m - 1]} {d}",
            f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}",
        ]
    )


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def dmon_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{d:02d}-{ABBR[m - 1].upper()}-{y}",
            f"{d:02d}{ABBR[m - 1].upper()}{y % 100:02d}",
            f"{d}-{ABBR[m - 1]}-{y}",
        ]
    )


def clf_date(rng: random.Random) -> str:
    """The date of a web access line: 14/Mar/2024 (the clock after it stays outside)."""
    y, m, d = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def es_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} de {MESES[m - 1]}", f"{d} de {MESES[m - 1]} de {y}", f"{d}/{m}/{y}"])


def ht_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} {MWA[m - 1]}", f"{d} {MWA[m - 1]} {y}"])


_NINETY = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
           "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip
_NOVENTA = ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro",
            "noventa y cinco", "noventa y seis", "noventa y siete", "noventa y ocho"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.65:
        return age_number(rng)
    if r < 0.9:
        return rng.choice(_NINETY)
    return rng.choice(["a hundred", "one hundred", "a hundred and one", "one hundred two"])


def age_es(rng: random.Random) -> str:
    return rng.choice(_NOVENTA)


# --- Phones, e-mail, handles, URLs, addresses on the wire --------------------------------------

_AREA = [404, 470, 678, 706, 762, 912, 229, 478, 803, 843, 864, 854, 336, 704, 828, 910, 919, 252,
         980, 305, 786, 954, 561, 407, 321, 352, 386, 904, 850, 813, 727, 239, 941, 205, 251, 256,
         334, 938, 601, 662, 228, 769, 423, 615, 731, 865, 901, 931, 225, 318, 337, 504, 985]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
        f"1-{a}-{b}-{c}", f"{a}{b}{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(100, 9999)}",
        f"+1 ({a}) {b}-{c}", f"{b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


HANDLES = ["churchlady", "bamafan", "gatorgal", "dawgmom", "tigerpaw", "crawfishking", "sweetteaqueen",
           "porchswing", "deerhunter", "bassboat", "gospeljam", "praisebreak", "nanaof7", "granny4life",
           "mudbugmama", "bayouboy", "lowcountrylady", "islandgyal"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune11") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kwaw", _handle(last) or "tarpeh"
    n = rng.randint(1, 99)
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}", f"{f}{rng.randint(1950, 2008)}",
        f"{rng.choice(HANDLES)}{n}", f"{f}.{ln}{n}", f"{ln}.family", f"{f}{ln[:3]}", f"{f}-{ln}", f"mrs{ln}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "tune11") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kwaw", _handle(last) or "tarpeh"
    n = rng.randint(1, 99)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}{n}", f"{f}_{ln}", f"{f}{rng.randint(1950, 2010)}",
        f"{f[0]}{ln[:6]}{n}", f"{ln.upper()}{f[0].upper()}", f"{rng.choice(HANDLES)}", f"{f}{ln}",
        f"{f[:3]}{ln[:3]}{n:02d}", f"pt_{f}{ln[0]}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune11") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kwaw", _handle(last) or "tarpeh"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 9)}", f"https://www.gofundme.com/f/{f}-{ln}-medical-bills",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.legacy.com/us/obituaries/name/{f}-{ln}-obituary",
        f"https://portal.southerncrescent-health.example/patients/{_digits(rng, 8)}",
        f"https://fhir.southerncrescent-health.example/r4/Patient/{_digits(rng, 7)}",
        f"https://www.instagram.com/{f}_{ln}", f"https://cash.app/${f}{ln}{rng.randint(1, 99)}",
        f"https://drive.google.com/file/d/{_letters(rng, 25, an)}/view", f"https://www.tiktok.com/@{f}{ln}",
        f"https://{ln}{f}.wixsite.com/family", f"http://www.{ln}funeralhome.example/obits/{f}-{ln}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.25:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.38:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [
                ":".join(g),
                f"2600:387:{g[2]}:{g[3]}::{g[7]}",
                f"2601:{g[1]}:{g[2]}:{g[3]}:{g[4]}:{g[5]}:{g[6]}:{g[7]}",
            ]
        )
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Numbers -----------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}"], [7, 3, 1])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8), _digits(rng, 9), f"SCH{_digits(rng, 7)}", f"E{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}", f"00{_digits(rng, 6)}", f"{_digits(rng, 7)}-{_digits(rng, 1)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 12), f"{_digits(rng, 10)}", f"{_digits(rng, 9)}{_letters(rng, 1)}",
                       f"{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 13)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"XDP{_digits(rng, 9)}", f"ZGA{_digits(rng, 8)}", f"W{_digits(rng, 9)}",
        f"{_letters(rng, 3)}W{_digits(rng, 8)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}", f"H{_digits(rng, 9)}",
        mbi(rng), medicaid_id(rng), f"{_letters(rng, 2)}{_digits(rng, 7)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"G{_digits(rng, 9)}",
        f"SC{_digits(rng, 8)}", f"{_digits(rng, 8)}-{_digits(rng, 2)}", f"PFS{_digits(rng, 7)}",
    ])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn("80840" + base)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    return rng.choice([
        f"{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 12)}", f"{_digits(rng, 8)}", f"RN{_digits(rng, 6)}",
        f"MD{_digits(rng, 5)}", f"LPN{_digits(rng, 6)}", f"ME{_digits(rng, 6)}", f"{_digits(rng, 7)}",
        npi(rng), dea(rng), f"CDL {_digits(rng, 9)}",
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
        f"{_letters(rng, 3)}{_digits(rng, 4)}", f"{_letters(rng, 3)} {_digits(rng, 4)}", f"{_digits(rng, 3)} {_letters(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}", f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 4)}",
        rng.choice(["ROLLTIDE", "GODAWGS", "MAWMAW1", "BLESSED7", "GEECHEE", "CAJUN1"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def device_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_letters(rng, 3)}-{_digits(rng, 5)}",
        f"PJN{_digits(rng, 6)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"{_hex(rng, 12).upper()}",
        mac_address(rng), f"35{_digits(rng, 13)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"CASE-{_digits(rng, 6)}",
        f"ENC{_digits(rng, 9)}", f"FIN {_digits(rng, 9)}", f"REF{_digits(rng, 8)}", f"{rng.randint(20, 26)}-{_digits(rng, 6)}",
        f"TKT-{_digits(rng, 7)}", f"PA{_digits(rng, 9)}", f"ACC{_digits(rng, 8)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "500", "503"]
    )


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def clock12(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}"


def weekday(rng: random.Random) -> str:
    return rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "monday",
                       "thurs", "Tues", "Fri"])  # fmt: skip


def month_word(rng: random.Random) -> str:
    return rng.choice(MONTHS)


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "MIDDLE": ("NAME", middle),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "DOUBLE": ("NAME", double_given),  # "Rubye Idell"
    "WFIRST": ("NAME", word_first),  # River, Bullet, Smoky
    "WLAST": ("NAME", word_last),  # Sermon, Nails, Moth
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "STREETBARE": ("ADDRESS", street_bare),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "LONGDATE": ("DATE", long_date),
    "MD": ("DATE", month_day),
    "DAYTH": ("DATE", day_th),
    "DMON": ("DATE", dmon_date),
    "CLFDATE": ("DATE", clf_date),
    "ESDATE": ("DATE", es_date),
    "HTDATE": ("DATE", ht_date),
    "AGEN": ("AGE_OVER_89", age_number),
    "AGEES": ("AGE_OVER_89", age_es),
    "E164": ("PHONE", e164),
    "EMAILENC": ("EMAIL", email_encoded),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "MAC": ("DEVICE_ID", mac_address),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "CLOCK12": (None, clock12),
    "WEEKDAY": (None, weekday),  # a weekday alone is not PHI
    "MONTHWORD": (None, month_word),  # nor is a month alone
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format; a slot is
# never written directly before a doubled closing brace.

CHAT = [
    "hey this {FIRST}, i been tryna get my appt moved off {MD} all week 😩",
    "good morning! this is {NAME}, dob {USDATE}. i need a refill on my bp pills",
    "my mama {NAME} is {AGE} and she fell in the kitchen last night, she say she fine but her hip swole",
    "yall sent the bill to the wrong address, i stay at {STREET} {CITY} {STATE} {ZIP} now",
    "can sister {FIRST} from church pick up my medicine? she be driving me since my surgery",
    "i'm fixing to leave {CITY} now, might could be 15 min late",
    "its {FIRST} {SURNAME}, the one with the sugar. my meter reading 300 this morning",
    "pastor {SURNAME} said he came to visit me in the hospital on {MD} but nobody let him up",
    "ok thank u so much!! 🙏🏾 - {FIRST}",
    "my grandbaby {FIRST} got a fever 102, she 3, do i bring her in or wait",
    "hola, soy {NAME}, necesito cambiar mi cita del {ESDATE}, gracias",
    "bonjou, se {NAME}, mwen bezwen yon randevou pou manman m, li gen {AGEN} an",
    "mi esposo {FIRST} tiene dolor de pecho desde ayer, su fecha de nacimiento es {USDATE}",
    "my neighbor {NAME} brought me here last time, can she be on my contact list? her number {PHONE}",
    "text me at {PHONE} not the house phone",
    "this is {DOUBLE} {SURNAME}, they call me {NICK}. i need my shot records",
    "big mama {FIRST} turning {AGEN} on {MD} and she want her flu shot before the party lol",
    "my email is {EMAIL}, the portal keep saying it don't match",
    "portal username {USER} locked again smh",
    "i moved from {CITY} to {CITY} in june, who my new doctor gonna be",
    "dr {SURNAME} told me to come back in 2 weeks, that's {MD} right?",
    "can yall fax my records to {FAX}? its for my disability",
    "my son {FIRST} at school in {CITY}, can he do telehealth from there",
    "bro {NICK} took me to the er on {DATE}, do that show up in my chart",
    "it's {WFIRST} again, u can call me back at {PHONE} after 5",
    "{NAME} here. my medicaid id is {MEDICAID}, the front desk said it was wrong",
    "member id {PLAN} group 7731, is the colonoscopy covered",
    "my medicare card number {MBI}, just got the new one",
    "ssn {SSN} for the billing lady",
    "my acct number {ACCOUNT}, why am i getting a collections letter",
    "deacon {SURNAME} passed on {DATE} and his wife {FIRST} need help with the hospice papers",
    "miss {FIRST} from next door said yall have a sliding scale?",
    "my baby daddy {FIRST} not allowed to get any info on my kids, please put that in there",
    "the lady at the {CITY} office, {FIRST}, was so sweet, tell her thank you 💕",
    "can i get a note for work? i was out {MD} thru {MD}",
    "we live way out on {RURAL}, past the dollar general, the home health nurse got lost",
    "mail it to {POBOX}, {CITY} {STATE} {ZIP}, we don't get mail at the house",
    "address is {STREETLINE}, {UNIT}, gate code 1470",
    "he stay off {STREETBARE} by the church, the blue trailer",
    "aunt {NAME} {AGE} yrs old and she still cooking for the whole family on sundays",
    "uncle {FIRST} had the stroke on {LONGDATE}, we need his discharge papers for the va",
    "my twins {FIRST} and {FIRST} both got the pink eye 😫",
    "i'm {NAME}'s caregiver, i have the poa, can i see her results",
    "my daughter {FIRST} {SURNAME} was born {USDATE}, she need her 4 year shots",
    "{LASTFIRST} - lost my insurance card, new one say {PLAN}",
    "hi its {INITS}, i had the knee injection last week",
    "yes ma'am that's me, {NAME}, born {LONGDATE}",
    "my husband {NAME} is {AGEN}, can he still get the shingles shot",
    "this {FIRST}'s mom, she at school in {CITY} and lost her inhaler",
    "call my sister {FIRST} at {PHONE}, she gonna bring me",
    "manman mwen {FIRST} malad depi {HTDATE}, tanpri rele m {PHONE}",
    "mwen rele {NAME}, dat nesans mwen se {USDATE}",
    "mi mamá {NAME} tiene {AGEES} años y vive sola en {CITY}",
    "soy la hija de {NAME}, su número de seguro es {PLAN}",
    "pls send the form to {EMAIL} thx",
    "ok so the {DAYTH} works better for me, do yall have anything after 3",
    "my drivers license # {LICENSE} for the id check",
    "somebody hit my car in yall parking deck, my plate is {PLATE}",
    "the car vin is {VIN} for the handicap placard form",
    "my cgm serial is {DEVICE}, it keep falling off",
    "my granddaughter set up {URL} for his hospital bills, can yall share it",
    "i tried logging in from {IP} and it said blocked",
    "claim {OTHER} got denied, what i need to do",
    "rx {OTHER} never made it to the walgreens on {STREETBARE}",
    "mother {NAME} is {AGE} and in the nursing home in {CITY}, she been confused since {MD}",
    "my pcp is dr {DOC} but i wanna switch to dr {SURNAME}",
    "cousin {FIRST} {WLAST} said yall took her walk-in",
    "god is good! results came back clean 🙌🏾 thank u nurse {FIRST}",
    "{WNAME} here, i'm the one with the gout",
    "deaconess {NAME} asked me to ask about the health fair at {CITY} first baptist",
    "we at the er in {CITY} with my daddy {FIRST}, he {AGEN}, can his doctor call us",
    "my new number is {PHONE}, old one was {PHONE}",
    "its me {NICK} lol my real name {NAME}",
    "reschedule for {NAME} dob {DATE} pls",
    "tell {FIRST} i said thank you for the ride on {MD}",
    "my great grandmother {NAME} will be {AGE} in {MONTHWORD} and her feet are swelling",
    "the nurse {FIRST} said i could text this number",
    "we stay in {CITY} now, the one in {STATE}, not the other one",
    "is the clinic on {STREETLINE} still open on saturdays?",
    "this is {FIRST} from the {SURNAME} family reunion health table, we need more flyers",
    "hey it's {FIRST}. got the letter dated {LONGDATE}, what does it mean",
    "my zip is {ZIP} but the app say no providers near me",
    "miss {SURNAME} at the pharmacy said the prior auth {OTHER} still pending",
    "my brother {NAME} in jail in {CITY}, can his meds be sent there",
    "mama say she {AGE} not 89, yall got her age wrong in the system",
    "{FIRST} be having them headaches again since {MD}, she 14",
    "ain't nobody called me back and it's been since {DATE}",
    "i'm at {STREET}, the home health aide ain't showed up",
    "bless yall! {FIRST} {SURNAME} 🙏",
    "sent from my iphone - {NAME}",
    "thanks, {FIRST}",
    "- {INITS}",
    "peace & blessings, {NAME}",
    "yes this is {FIRST}'s grandma, her mama {FIRST} is at work",
    "lil {FIRST} need a sports physical before {MD}",
    "we had a lil scare with {NICK} this weekend, he fine now",
    "me llamo {FIRST}, mi correo es {EMAIL}",
    "mi número es {PHONE}, llámenme después de las 4",
    "ki lè randevou {FIRST} ye? li te di {HTDATE}",
    "my pastor {NAME} wrote a letter for my housing, where i send it",
    "{FIRST} and {FIRST} from the choir both got covid 😷",
    "my landlord {NAME} need proof i was in the hospital {MD} to {MD}",
    "tell dr {SURNAME} i said hey",
    "my husband name is {FIRST}, not {FIRST}, yall spelled it wrong",
    "i go by {DOUBLE}, not just the first part",
    "the sitter {FIRST} can bring him in tomorrow, she got the consent paper",
    "my sister in law {NAME} gonna call, she the one who handle my business",
    "ms. {SURNAME} from the school nurse office sent me",
    "my dad {FIRST} turned {AGEN} yesterday 🎂 and he still mowing the yard",
    "his birthday {MD}, he gon be {AGE}",
    "i'm on {STREETBARE} in {CITY}, is there a mobile clinic coming",
    "my medicaid came back, number {MEDICAID}",
    "my insurance through my job, id {PLAN}, subscriber is my wife {NAME}",
    "the hospital in {CITY} said my mrn is {MRN}",
    "what time my appointment {MD}? it say {CLOCK12} on the card",
    "y'all open on {WEEKDAY}? - {FIRST}",
    "grandpa {NAME} been coughing since {MD}",
    "she was born {LONGDATE} in {CITY}",
    "yes i'm {FIRST}, i'm the one that called about my mother {FIRST} {SURNAME}",
    "my email changed to {EMAIL}",
    "dr. {DOC} said call if it got worse, well it got worse",
    "sorry wrong number, i was trying to text {FIRST}",
    "this is {NAME} from {CITY}, the mobile unit came to our church on {MD}",
    "my foster son {FIRST} need his records transferred from {CITY}",
    "i got a letter for {NAME} but she moved to {CITY}",
    "can u update my address to {STREETLINE} {CITY} {ZIP}",
    "we got a new baby!! {FIRST} {SURNAME} born {MD} 👶🏾",
    "nurse {WFIRST} is the best, put that in the survey",
    "y'all got my name as {NAMEUP} on the bracelet but it's {NAME}",
    "call my wife {WFIRST} at {PHONE} if i don't answer",
    "my dialysis chair time got changed, who is {FIRST}?",
    "{FIRST} my care manager said text here",
    "hello this is {NAME} calling for my aunt {NAME}, she {AGE}",
    "can {FIRST} {SURNAME} from my job get my work note? her email {EMAIL}",
    "the bus dropped me at {STREETBARE} and i can't find the entrance",
    "my old address was {STREET} but i'm at {STREETLINE} now",
    "my mom {FIRST} passed {DATE}, please stop sending her reminders 💔",
    "i'm good, {FIRST} just worried. he my husband",
    "who is dr {SURNAME}? i never saw no dr {SURNAME}",
    "wat time is {FIRST} appt tmrw",
    "my nephew {NICK} gonna drive me, he 19",
    "{FIRST} {SURNAME} 💯",
    "pls call {FIRST} at {PHONE} or {PHONE}",
    "fax number for dr {SURNAME}'s office is {FAX} i think",
    "i work at the plant in {CITY} nights, can i get a late appt",
    "hey {FIRST} here, did yall get my fmla papers dated {USDATE}",
    "this is brother {SURNAME}, i run the food pantry at the church on {STREETBARE}",
    "my grandmama {FIRST} is {AGE} and sharp as a tack 😂",
    "she real sick, {FIRST} i mean, not me",
    "i'm {FIRST}, my twin is {FIRST}, we both on the same account {ACCOUNT}",
    "i'm in {CITY} visiting my people, can i get seen at a clinic here",
    "miss {FIRST} at front desk told me to message. dob {DATE}",
    "can my wife {NAME} see my messages? her username {USER}",
    "my mom's name is {LASTFIRST}, she {AGEN}",
    "appointment for {FIRST} on {WEEKDAY} {MD} at {CLOCK12} pls confirm",
    "i'm {FIRST} {WLAST}, yes that's my real last name lol",
    "{WFIRST} {SURNAME} here, checking on my biopsy",
    "love yall, {NICK}",
    "mrs {WLAST} from my church said yall do free mammograms",
    "i'm with {FIRST} at his apartment {UNIT}, he won't wake up all the way",
    "here go the link to {FIRST}'s fundraiser {URL} share it please 🙏🏾",
    "my cousin {NAME} posted about the clinic on {URL}",
    "the obituary is at {URL}, its for my uncle {FIRST} {SURNAME}",
    "y'all can see my daddy's page {URL} for updates",
    "sis {FIRST} and brother {FIRST} from the usher board say hey",
    "mwen se pitit {NAME}, nimewo m se {PHONE}",
    "this {NICK}, {FIRST}'s boy. she want u to call her",
    "my auntie {DOUBLE} want to know if her mammogram came back",
    "ask for {FIRST} {WLAST}, he the one with the appointment, not me",
    "dr {SURNAME} and nurse {FIRST} took real good care of my granny {FIRST}",
    "i'm {FIRST}, {SURNAME} is my married name, maiden name {SURNAME}",
]

LOGS = [
    # key=value application logs
    "{TS} INFO portal.auth login ok user={USER} ip={IP} mfa=sms to={E164}",
    "{TS} WARN portal.auth failed_login user={USER} src_ip={IP} attempts=5 lockout=true",
    '{TS} INFO scheduling.book patient_mrn={MRN} pt_name="{NAME}" appt_dt={ISODATE} clinic="{CITY} Family Medicine"',
    '{TS} ERROR billing.statement addr_invalid acct={ACCOUNT} addr1="{STREETLINE}" city="{CITY}" zip={ZIP}',
    '{TS} DEBUG sms.outbound to={E164} body="Hi {FIRST}, reminder: appt {MD} at {CLOCK12}. Reply C to confirm"',
    '{TS} INFO sms.inbound from={E164} body="C" matched_patient={MRN} name="{NAME}"',
    'level=info ts={TS} svc=chatbot session={REQID} intent=refill patient="{NAME}" dob={ISODATE}',
    'level=warn ts={TS} svc=chatbot session={REQID} msg="unmatched identity" given={FNLOW} family={LNLOW} zip={ZIP}',
    'level=error ts={TS} svc=eligibility payer=GA-MCD member_id={MEDICAID} subscriber="{LASTFIRST}" err=AAA-75',
    'ts={TS} event=address_change mrn={MRN} old="{STREET}" new="{STREET}" by={USER}',
    'ts={TS} event=proxy_granted patient_mrn={MRN} proxy="{NAME}" relationship=daughter proxy_email={EMAIL}',
    'ts={TS} event=record_release mrn={MRN} recipient_fax={FAX} requested_by="{NAME}"',
    "ts={TS} event=mychart_signup email={EMAIL} first={FIRST} last={SURNAME} dob={USDATE} status={STATUS}",
    'audit user={USER} action=VIEW patient="{LASTFIRST}" mrn={MRN} ip={IP} ts={TS}',
    "audit user={USER} action=PRINT patient_mrn={MRN} doc=AVS printer=MAIN-2F ts={TS}",
    'audit break_glass user={USER} patient="{NAME}" reason="ED emergency" ts={TS}',
    # JSON
    '{{"ts": "{TS}", "level": "INFO", "event": "appointment.created", "patient": {{"name": "{NAME}", "dob": "{ISODATE}", "mrn": "{MRN}"}}, "provider": "{DOC}"}}',
    '{{"event": "sms.delivery", "to": "{E164}", "status": "delivered", "patientFirst": "{FIRST}", "sentAt": "{TS}"}}',
    '{{"type": "portal.message", "from_user": "{USER}", "subject": "refill", "patient_name": "{NAME}", "received": "{TS}"}}',
    '{{"intent": "reschedule", "slots": {{"patient_first": "{FIRST}", "patient_last": "{SURNAME}", "date": "{ISODATE}"}}, "confidence": 0.91}}',
    '{{"guarantor": {{"name": "{NAME}", "addr": "{STREETLINE}", "city": "{CITY}", "state": "{STATE}", "zip": "{ZIP}", "phone": "{PHONE}"}}, "acct": "{ACCOUNT}"}}',
    '{{"emergencyContact": {{"name": "{NAME}", "relationship": "mother", "phone": "{PHONE}"}}, "patientId": "{PTUUID}"}}',
    '{{"callId": "{REQID}", "ani": "{E164}", "agent": "{USER}", "disposition": "scheduled", "caller_name": "{NAME}", "started": "{TS}"}}',
    '{{"level": "error", "msg": "duplicate patient candidate", "a": {{"name": "{NAME}", "dob": "{ISODATE}"}}, "b": {{"name": "{NAME}", "dob": "{ISODATE}"}}, "score": 0.87}}',
    '{{"kind": "fax.received", "from": "{FAX}", "pages": 4, "cover_to": "Dr. {DOC}", "re": "{NAME}", "received": "{TS}"}}',
    '{{"device": {{"serial": "{DEVICE}", "type": "CGM"}}, "patient_mrn": "{MRN}", "last_sync": "{TS}", "ip": "{IP}"}}',
    '{{"sso": "saml", "nameID": "{EMAIL}", "sessionIndex": "{REQID}", "authnInstant": "{TS}", "clientIp": "{IP}"}}',
    '{{"rx": {{"id": "{OTHER}", "drug": "lisinopril 10 mg tab", "qty": 90}}, "patient": "{NAME}", "prescriber_npi": "{NPI}", "prescriber_dea": "{DEA}"}}',
    '{{"mrn": "{MRN}", "ssn": "{SSN}", "dob": "{ISODATE}", "sex": "F", "zip": "{ZIP}"}}',
    '{{"visitor_log": {{"name": "{NAME}", "plate": "{PLATE}", "unit": "5 West", "signed_in": "{TS}"}}}}',
    '{{"transport": {{"patient": "{NAME}", "pickup": "{STREET}", "city": "{CITY}", "vehicle_vin": "{VIN}", "driver": "{NAME}"}}, "date": "{ISODATE}"}}',
    # HL7 v2
    "MSH|^~\\&|EPIC|SCHN|LAB|SCHN|{HLTS}||ADT^A04|{REQID}|P|2.5.1\rPID|1||{MRN}^^^SCHN^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^GA^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^SCHN^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^^{CITY}^SC^{ZIP}^USA||^PRN^PH^^1^{PHONE}",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETUP}^^{CITYUP}^AL^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^{MIDDLE}|SPO^Spouse||{PHONE}||EC^Emergency Contact",
    "PV1|1|I|4W^412^A^SCHN||||{NPI}^{LNUP}^{FNUP}^^^MD|||MED||||7|||{NPI}^{SURNAME}^{FIRST}|IN||MCD|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MCD01^GA MEDICAID|77027|GEORGIA MEDICAID||||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETUP}^^{CITYUP}^GA^{ZIP}|||||||||||||||||{MEDICAID}",
    "GT1|1||{LNUP}^{FNUP}^{MIDUP}||{STREETLINE}^^{CITY}^MS^{ZIP}|{PHONE}||{HLDATE}|F||SEL|{SSN}",
    "OBX|1|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F|||{HLTS}||{NPI}^{LNUP}^{FNUP}",
    "ORC|NW|{OTHER}||||||||||{NPI}^{SURNAME}^{FIRST}^^^^MD|||||{HLTS}",
    "MRG|{MRN}^^^SCHN^MR||||||{LNUP}^{FNUP}",
    "ADT^A08 received {HLTS} pid={MRN} name={LNUP}^{FNUP}^{MIDUP} dob={HLDATE} addr={STREETUP}^^{CITYUP}^LA^{ZIP}",
    "hl7.listener WARN ack AE for MSH-10={REQID}: PID-7 invalid birth date '{HLDATE}' for {LNUP}^{FNUP}",
    "OBR|1|{OTHER}||80053^CMP^CPT|||{HLTS}|||||||||{NPI}^{LNUP}^{FNUP}^^^^MD",
    "SCH|{OTHER}||||||ROUTINE|||15|MIN|^^15^{HLTS}|{NPI}^{SURNAME}^{FIRST}",
    "PID|1||{MRN}||{LNUP}^{FNUP}^^JR||{HLDATE}|M||2054-5|{RURAL}^^{CITY}^NC^{ZIP}",
    # FHIR
    '{{"resourceType": "Patient", "id": "{PTUUID}", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}", "{MIDDLE}"]}}], "birthDate": "{ISODATE}"}}',
    '{{"resourceType": "Patient", "telecom": [{{"system": "phone", "value": "{PHONE}"}}, {{"system": "email", "value": "{EMAIL}"}}], "address": [{{"line": ["{STREETLINE}"], "city": "{CITY}", "state": "{STATE}", "postalCode": "{ZIP}"}}]}}',
    '{{"resourceType": "RelatedPerson", "patient": {{"reference": "Patient/{PTUUID}"}}, "name": [{{"text": "{NAME}"}}], "relationship": [{{"text": "grandmother"}}]}}',
    '{{"resourceType": "Practitioner", "identifier": [{{"system": "http://hl7.org/fhir/sid/us-npi", "value": "{NPI}"}}], "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"], "prefix": ["Dr."]}}]}}',
    '{{"resourceType": "Coverage", "subscriberId": "{PLAN}", "subscriber": {{"display": "{NAME}"}}, "period": {{"start": "{ISODATE}"}}}}',
    '{{"resourceType": "Encounter", "identifier": [{{"value": "{OTHER}"}}], "subject": {{"display": "{NAME}"}}, "period": {{"start": "{TS}", "end": "{TS}"}}}}',
    '{{"resourceType": "Device", "serialNumber": "{DEVICE}", "patient": {{"display": "{LASTFIRST}"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "POST /fhir/r4/Patient/$match name={LNLOW},{FNLOW} birthdate={ISODATE} -> 2 candidates",
    # CSV
    "mrn,last,first,dob,phone,zip\n{MRN},{SURNAME},{FIRST},{USDATE},{PHONE},{ZIP}",
    "{MRN},{LNUP},{FNUP},{USDATE},{STREETUP},{CITYUP},GA,{ZIP},{PHONE}",
    '"{LASTFIRST}",{USDATE},{MBI},{ACCOUNT},"{CITY}"',
    'appt_date,patient,provider,location\n{USDATE},"{NAME}","{DOC}","{CITY} Clinic"',
    '{ISODATE},{E164},"{NAME}",outbound,no-answer,{MS}',
    "{MRN}|{SURNAME}|{FIRST}|{HLDATE}|{SSN}|{ZIP}",
    'member_id,subscriber,relationship,dob\n{PLAN},"{NAME}",child,{USDATE}',
    "{ISODATE};{NAME};{EMAIL};portal_invite_sent",
    # web access logs
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/messages/thread/{OTHER} HTTP/1.1" {STATUS} 5120 "-" "Mozilla/5.0 (Linux; Android 14)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "POST /api/v2/refill HTTP/1.1" 201 88',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /api/lookup?last={LNLOW}&first={FNLOW}&dob={ISODATE} HTTP/1.1" 200 431',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}.pdf HTTP/2.0" 200 90211',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /unsubscribe?email={EMAILENC} HTTP/1.1" 302 0',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /billing/pay?acct={ACCOUNT}&zip={ZIP} HTTP/1.1" {STATUS} 2210',
    # stack traces
    "Traceback (most recent call last):\n  File \"/srv/portal/intake.py\", line 88, in save\n    validate_dob(form['dob'])\nValueError: dob '{USDATE}' in future for patient '{NAME}'",
    "java.lang.IllegalStateException: duplicate MRN {MRN} for patient {LASTFIRST}\n\tat org.schn.adt.Merge.run(Merge.java:214)",
    "ERROR [RefillWorker] NullPointerException resolving pharmacy for {NAME} (mrn={MRN}, zip={ZIP})",
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "patient_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    "KeyError: 'guarantor_ssn' while posting claim {OTHER} for {NAME}",
    'psycopg.errors.CheckViolation: new row for relation "address" violates check constraint "zip_fmt" DETAIL: Failing row contains ({STREETLINE}, {CITY}, {STATE}, {ZIP}x).',
    # queue and jobs
    '[{TS}] queue=reminders job={REQID} to={E164} patient="{FIRST}" appt="{ISODATE}" state=sent',
    '[{TS}] queue=fax-out job={REQID} dest={FAX} subject="Records: {NAME}" pages=12 state=retry',
    '[{TS}] queue=hl7-in msg=ADT^A31 mrn={MRN} name="{LNUP}, {FNUP}" state=processed',
    '[{TS}] queue=statements job={REQID} guarantor="{NAME}" addr="{POBOX}" city="{CITY}" state=queued',
    "celery task letters.render[{REQID}] args=('{MRN}', '{NAME}', '{LONGDATE}') succeeded in 0.8s",
    "rq job=outreach.call id={REQID} phone={PHONE} patient={MRN} status=failed reason=busy",
    # SSO
    "{TS} sso.saml AuthnRequest ok nameid={EMAIL} idp=okta session={REQID}",
    "{TS} sso.oidc token issued sub={USER} email={EMAIL} ip={IP}",
    "{TS} sso WARN impossible travel user={USER} ip1={IP} ip2={IP}",
    '{TS} ad.account disabled sAMAccountName={USER} displayName="{NAME}" reason=termination',
    # fax
    'fax[{TS}] RECV from={FAX} csid="DR {LNUP} OFFICE" pages=3 re="{NAME} DOB {USDATE}"',
    'fax[{TS}] SEND to={FAX} cover="Attn: {NAME}" result=NO CARRIER',
    "FAXCOVER To: {NAME} Fax: {FAX} From: {CITY} Clinic Date: {USDATE} Re: {LASTFIRST}",
    # e-prescribing
    'NCPDP NewRx {TS} prescriber={NPI} dea={DEA} patient={LNUP},{FNUP} dob={HLDATE} drug="metformin 500 mg" pharmacy_ncpdp=1133448',
    'eRx RxChangeRequest {TS} msg={REQID} patient="{NAME}" dob={ISODATE} reason=PA plan={PLAN}',
    "eRx CancelRx {TS} rx={OTHER} patient={LNUP}^{FNUP} prescriber={NPI}",
    'PDMP query {TS} state=GA patient="{NAME}" dob={USDATE} prescriber_dea={DEA} results=3',
    "erx.surescripts ERROR 600 patient not found: {LASTFIRST} {ISODATE} {ZIP}",
    # lab interfaces
    "LIS {TS} accession={OTHER} pt={LNUP},{FNUP} dob={HLDATE} test=HBA1C result=9.4 % flag=H",
    'LIS {TS} specimen rejected: hemolyzed accession={OTHER} pt_name="{NAME}" collected_by={USER}',
    "LAB-IF WARN unmatched result: name={LNUP}^{FNUP} dob={HLDATE} ordering={NPI}",
    'pathology.out {TS} case=S{REQID} patient="{LASTFIRST}" signed_by="{DOC}, MD"',
    "POCT glucose {TS} meter={DEVICE} operator={USER} pt={MRN} value=188",
    # EDI X12
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}~N4*{CITYUP}*GA*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*FL*{ZIP}~DMG*D8*{HLDATE}*M~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "DTP*472*D8*{HLDATE}~CLM*{OTHER}*145.00***11:B:1*Y*A*Y*Y~",
    "271 EB*1*IND*30**MEDICAID~NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~DTP*291*D8*{HLDATE}~",
    "ISA*00*          *00*          *ZZ*SCHN           *ZZ*GAMCD          *250611*1200*^*00501*000000905*0*P*:~ NM1*IL*1*{LNUP}*{FNUP}~",
    # call centre
    "{TS} acd call_start ani={E164} dnis=8005550190 queue=scheduling agent={USER}",
    '{TS} ivr identified caller dob={HLDATE} zip={ZIP} mrn={MRN} name_spoken="{NAME}"',
    '{TS} callback requested number={PHONE} name="{FIRST}" lang=es',
    '{TS} call_wrap agent={USER} note="pt {NAME} asked for records sent to {FAX}"',
    '{TS} voicemail from={E164} transcript="hey this is {FIRST} {SURNAME} calling about my mama {FIRST}"',
    '{TS} nurse_line triage caller="{NAME}" patient_age={AGEN} symptom="fall" disposition=ED',
    '{TS} interpreter_request lang=ht patient="{NAME}" mrn={MRN} appt={ISODATE}',
    '{TS} interpreter_request lang=cnh (Hakha Chin) patient="{NAME}" mrn={MRN}',
    # misc systems
    'badge {TS} door=NICU-2 user={USER} name="{NAME}" result=granted',
    'parking {TS} lpr plate={PLATE} lot=B permit=none owner_lookup="{NAME}"',
    "wifi {TS} guest_portal mac={MAC} email={EMAIL} ip={IP}",
    "dialysis.machine {TS} serial={DEVICE} chair=7 patient={MRN} uf_goal=2.5L",
    "pump.telemetry {TS} serial={DEVICE} pt={LNUP},{FNUP} alarm=occlusion",
    'kiosk {TS} checkin name="{NAME}" dob={USDATE} copay=25.00 card_last4=4242',
    'mail.merge {TS} letter=recall to="{NAME}" addr="{STREET}, {CITY}, {STATE} {ZIP}"',
    'outreach {TS} list=mammo_due pt="{NAME}" age=58 phone={PHONE} email={EMAIL}',
    'notify {TS} push token=... user={USER} body="{FIRST}, your results are ready"',
    'registration {TS} new_patient name="{NAME}" ssn={SSN} dob={USDATE} plan={PLAN}',
    'registration {TS} alias added mrn={MRN} alias="{NICK}" legal="{NAME}"',
    'registration {TS} name_change mrn={MRN} from="{NAME}" to="{NAME}" effective={ISODATE}',
    'bed_board {TS} unit=4W bed=12 pt="{LASTFIRST}" age={AGEN} status=dirty',
    'census {TS} unit=hospice pt="{NAME}" adm={ISODATE} attending="{DOC}"',
    'chart_merge {TS} survivor={MRN} nonsurvivor={MRN} name="{NAME}" by={USER}',
    'release_of_info {TS} req={OTHER} patient="{NAME}" to="{NAME}, Esq." addr="{STREETLINE}, {CITY}"',
    "vaccine.registry {TS} GRITS submit pt={LNUP}^{FNUP} dob={HLDATE} vaccine=FLU lot=UJ881AB",
    'vaccine.registry {TS} SIMON query name="{NAME}" dob={USDATE} result=found',
    'lumbee_tribal_clinic {TS} referral in pt="{NAME}" tribal_id={OTHER}',
    'ihs.referral {TS} pt="{NAME}" enrollment={OTHER} dob={ISODATE}',
    'wic.referral {TS} infant="{FIRST} {SURNAME}" dob={ISODATE} mother="{NAME}"',
    'nicu.monitor {TS} bed=3 baby="BABY GIRL {LNUP}" mother_mrn={MRN}',
    'l&d.board {TS} room=LD6 pt="{LASTFIRST}" edd={ISODATE} g3p2',
    'transport.dispatch {TS} pickup="{STREET}" {CITY} pt="{NAME}" vin={VIN}',
    'home_health {TS} visit scheduled pt="{NAME}" addr="{RURAL}" city={CITY} nurse={USER}',
    "telehealth {TS} room={REQID} pt_email={EMAIL} pt_ip={IP} provider={USER}",
    'consent.esign {TS} doc=HIPAA signer="{NAME}" ip={IP} relationship=self',
    'consent.esign {TS} doc=POA signer="{NAME}" for="{NAME}" ip={IP}',
    'hospice.idt {TS} pt="{NAME}" age={AGEN} chaplain="{DOC}" next={ISODATE}',
    'snf.transfer {TS} pt="{LASTFIRST}" from="{CITY} Health & Rehab" to=ED dob={USDATE}',
    'social_work {TS} referral pt="{NAME}" need=housing contact={PHONE}',
    'chaplain {TS} visit pt="{NAME}" faith=AME pastor="{NAME}" church_city={CITY}',
    'collections {TS} acct={ACCOUNT} guarantor="{NAME}" balance=412.50 letter=3',
    'payment {TS} acct={ACCOUNT} payer="{NAME}" method=card last4=1881 amount=40.00',
    'refund {TS} acct={ACCOUNT} payee="{NAME}" mail_to="{POBOX}, {CITY} {ZIP}"',
    'legal_hold {TS} matter={OTHER} patient="{NAME}" dob={ISODATE}',
    'incident {TS} fall pt="{NAME}" age={AGEN} witness="{NAME}" unit=3E',
    'security {TS} trespass_notice person="{NAME}" dl={LICENSE} plate={PLATE}',
    'credentialing {TS} provider="{DOC}" npi={NPI} license={LICENSE} expires={ISODATE}',
    'hr {TS} new_hire name="{NAME}" username={USER} email={EMAIL} start={ISODATE}',
    'pharmacy.label {TS} rx={OTHER} pt="{NAMEUP}" dob={USDATE} addr="{STREETUP}"',
    'mpi {TS} link score=0.93 a="{LASTFIRST}|{USDATE}|{ZIP}" b="{LASTFIRST}|{USDATE}|{ZIP}"',
    "mpi {TS} alias search given={FNUP} family={LNUP} dob={HLDATE} hits=0",
    'portal.proxy {TS} minor="{FIRST}" age=13 parent="{NAME}" access=limited',
    'sms.stop {TS} from={E164} matched="{NAME}" opted_out=true',
    'vm.transcribe {TS} "hi it\'s {FIRST} from {CITY}, my number {PHONE}"',
    "uploads {TS} file=insurance_card_{LNLOW}_{FNLOW}.jpg user={USER} size=211KB",
    "uploads {TS} file=/scans/{HLDATE}/{MRN}_{LNLOW}.tif user={USER}",
    'ocr {TS} card member="{NAMEUP}" id={PLAN} group=GA7731 conf=0.88',
    'ocr {TS} dl name="{NAMEUP}" dl#={LICENSE} addr="{STREETUP}" {CITYUP}',
    "referrer={URL} landing=/portal/signup utm_source=facebook ip={IP}",
    "{TS} linkscan flagged url={URL} in message from {USER}",
    '{{"event": "message.attachment_link", "url": "{URL}", "patient": "{NAME}"}}',
    'web_form contact name="{NAME}" email={EMAIL} msg="see {URL}"',
    'directory.sync provider="{DOC}" npi={NPI} location="{CITY}" phone={PHONE}',
    'ldap bind ok uid={USER} cn="{NAME}" ou=nursing',
    'chat.handoff session={REQID} bot->agent={USER} customer="{FIRST}" lang=ht',
    'roster upload row=14 name="{LASTFIRST}" plan={PLAN} pcp="{DOC}"',
    'pharmacy.ivr refill rx={OTHER} caller_id={E164} name_on_rx="{NAMEUP}"',
]

NOTES = [
    # HPI
    "HPI: {NAME} is a {AGEN}-year-old woman from {CITY} brought in by her granddaughter {FIRST} after a fall at home on {MD}.",
    "HPI: Pt is a 54 yo M seen {USDATE} for DM2 f/u. Lives with wife {FIRST} on {RURAL}. Reports poor access to fresh food.",
    "HPI: {FIRST} {SURNAME} presents with 3 days of dysuria. Daughter {FIRST} interprets (Haitian Creole).",
    "HPI: Mrs. {SURNAME} is a pleasant {AGE} yo with CHF, last admitted {DATE} at {CITY} Regional.",
    "Patient {NAME} (DOB {USDATE}) presents for hospital follow-up after discharge on {LONGDATE}.",
    "Per pt's son {NAME}, she has been more confused since {MD}; he visits daily from {CITY}.",
    'Chief complaint: "my sugar been running high" per {FIRST}.',
    "History obtained from pt and niece {NAME}, who is her primary caregiver.",
    "Pt states neighbor {FIRST} found him on the porch on {WEEKDAY} {MD} and called 911.",
    "HPI: 19 yo G1P0 at 32w presents with HA. FOB {NAME} at bedside.",
    # A&P
    "A/P: 1. HTN, uncontrolled. Increase amlodipine to 10 mg. RTC {MD} with Dr. {DOC}.",
    "A/P: Discussed goals of care with patient and daughter {NAME}; code status DNR/DNI confirmed {DATE}.",
    "Plan: refer to Dr. {DOC} (nephrology, {CITY}); labs prior to visit.",
    "Plan discussed with pt's husband {FIRST} by phone at {PHONE}.",
    "Assessment: {AGEN} yo F with failure to thrive. Lives alone at {STREET}.",
    "Will f/u with {FIRST} in 2 wk. Pt agrees with plan.",
    "Plan: SW consult re: transport; pt's cousin {NAME} ({PHONE}) can drive on Tuesdays.",
    # ED
    "ED Note {USDATE} {CLOCK12}: {NAMEUP}, {AGEN}F, BIBA from {CITY} Health & Rehab for AMS.",
    "ED course: pt's partner {FIRST} reports pt had seizure-like activity at their home on {STREETBARE}.",
    'Triage: pt arrived via POV driven by brother {NAME}. Pt states "I\'m alright, {NICK} just worried."',
    "ED: MVC on {STREETBARE}, restrained driver. Vehicle plate {PLATE} per EMS. Passenger {NAME} to trauma bay 2.",
    "EMS report: found by landlord {NAME} at {STREETLINE}, {UNIT}.",
    "Disposition: admit to hospitalist Dr. {DOC}. Family ({NAME}) updated at bedside.",
    # hospitalist
    "Hospital Day 3. {LASTFIRST}, MRN {MRN}. Afebrile overnight. Sister {FIRST} at bedside.",
    "Admitted {DATE} for CAP. Discharged {DATE} to home with home health ({CITY} Home Care).",
    "Discharge summary: {NAME}, DOB {USDATE}, admitted {LONGDATE}, discharged {LONGDATE}.",
    "D/c instructions reviewed with pt and wife {NAME}; teach-back done.",
    "Pt requests that info be shared only with daughter {NAME} ({PHONE}), not son {FIRST}.",
    "Hospitalist cross-cover: called by RN {FIRST} re: BP 188/102.",
    # consults
    "Cardiology consult requested by Dr. {DOC} for {NAME}, {AGEN} yo, new AF.",
    "Thank you Dr. {SURNAME} for this referral of Mr. {SURNAME}, seen {DATE}.",
    "Nephrology: pt known to Dr. {DOC} at {CITY} Kidney Center; last HD {MD}.",
    "ID consult: pt works at the poultry plant in {CITY}; coworker {FIRST} had similar sx.",
    "Psych consult: pt's mother {NAME} reports pt stopped meds around {MD}.",
    "Palliative consult: met with pt, husband {FIRST}, and pastor {NAME} of Greater Mount Zion AME.",
    # OB
    "OB: G3P2002 at 38w1d by LMP {USDATE}, EDD {USDATE}. Support person: {NAME}.",
    "Prenatal visit: pt lives with grandmother {NAME} in {CITY}. Plans to deliver at {CITY} Women's.",
    "Delivered viable female infant {HLTS}; infant name {FIRST} {SURNAME}. Pediatrician Dr. {DOC}.",
    "Postpartum day 1. Baby {FIRST} rooming in. FOB {FIRST} supportive.",
    "L&D: pt's doula {NAME} present; birth plan on chart.",
    # NICU and peds
    "NICU admit: Baby Boy {LNUP}, born {USDATE} at 29 weeks. Mother {NAME}, 23 yo G2.",
    "NICU day 14: mom {FIRST} visited and did kangaroo care. Dad {FIRST} called at {PHONE}.",
    "Peds WCC 4 yo: here with grandma {NAME}, who has custody. Lives at {STREET}.",
    "Peds: child {FIRST} {SURNAME}, DOB {USDATE}, school: {CITY} Elementary. Teacher {WFIRST} {WLAST} concerned re: attention.",
    "Well baby: {FIRST}, 2 mo, accompanied by mother {FIRST} and aunt {FIRST}.",
    "School form completed for {NAME} (DOB {DATE}); sports clearance given.",
    # wound care
    "Wound care: stage 3 sacral wound, 4.2 x 3.0 cm. Caregiver {NAME} performs dressing changes at home.",
    "Wound clinic {USDATE}: pt's wife {WFIRST} reports drainage decreased.",
    "Wound photo uploaded by {USER} {TS}.",
    "Diabetic foot ulcer L hallux; pt works barefoot at home on {RURAL}.",
    # dialysis
    "HD Tx note {USDATE}: EDW 82.0 kg. Machine {DEVICE}. Pt arrived via transport with driver {FIRST}.",
    "Dialysis social work: pt's sister {NAME} will bring him on MWF from {CITY}.",
    "Missed HD {MD} and {MD}; spoke with pt's daughter {NAME} at {PHONE}.",
    "Access: L AVF placed by Dr. {DOC} {DATE}; good thrill.",
    # nursing home
    "SNF progress note: resident {NAME}, {AGE}, Rm 14B. Roommate {FIRST} reports she was up at night.",
    "Nursing home: resident's POA is son {NAME}, {STREET}, {CITY}, {STATE} {ZIP}.",
    "Care plan meeting {DATE} attended by daughter {NAME} and DON.",
    "Resident turned {AGEN} on {MD}; family held a party in the dayroom.",
    "Resident {LASTFIRST} (DOB {USDATE}) transferred to ED {TS}.",
    # hospice
    "Hospice admission {DATE}: {NAME}, {AGEN} yo, dx end-stage COPD. Primary caregiver: granddaughter {NAME}.",
    "Hospice RN visit: pt resting. Wife {FIRST} and Brother {SURNAME} from church present.",
    "Hospice chaplain: pt asked that Rev. {NAME} officiate the homegoing service.",
    "Death pronounced {TS} by RN {NAME}. Family ({NAME}, {NAME}) at bedside. Funeral home: {SURNAME} & Sons, {CITY}.",
    "Bereavement f/u call to widow {NAME} at {PHONE}.",
    # social work
    "SW: pt lives with boyfriend {FIRST} in a trailer at {STREETLINE}, {UNIT}. No running water since {MD}.",
    "SW: pt is undocumented; emergency Medicaid app submitted {DATE}. Contact: sister {NAME}, {PHONE}.",
    "SW: DFCS caseworker {NAME} ({PHONE}) notified per protocol.",
    "SW: pt's landlord {NAME} threatening eviction; legal aid referral made.",
    "SW: spoke with pt's employer contact {NAME} re: FMLA; fax {FAX}.",
    "SW: pt's Medicaid {MEDICAID} lapsed {DATE}; reapplication assisted.",
    "SW: guardian ad litem {NAME} appointed {LONGDATE}.",
    "SW: interpreter (Karen) {NAME} used for entire visit.",
    # letters
    "Dear {NAME}, this letter confirms your appointment on {LONGDATE} at our {CITY} clinic.",
    "To whom it may concern: {NAME} (DOB {USDATE}) was under my care from {DATE} to {DATE}.",
    "Dear Dr. {SURNAME}: I saw your patient {NAME} in consultation on {LONGDATE}.",
    "Re: {NAME}  DOB: {USDATE}  MRN: {MRN}",
    "{NAME}\n{STREET}\n{CITY}, {STATE} {ZIP}",
    "Please excuse {FIRST} {SURNAME} from school {MD} through {MD}.",
    "Jury duty excuse: {NAME} is unable to serve due to medical condition.",
    "Dear {FIRST}, we have been unable to reach you at {PHONE}. Please call us.",
    "This letter is to confirm that {NAME} has been a patient since {DATE}.",
    # signature and cc
    "Electronically signed by {DOC}, MD on {USDATE} {CLOCK12}",
    "Signed: {DOC}, NP {TS}",
    "Dictated by: {DOC}, MD  Transcribed by: {INITS}  D: {USDATE}  T: {USDATE}",
    "cc: {DOC}, MD; {NAME}, PA-C",
    "cc: Dr. {DOC} ({CITY} Family Practice), fax {FAX}",
    "Attestation: I saw and examined the patient with resident Dr. {DOC}. -- {DOC}, MD",
    "Scribe attestation: I, {NAME}, scribed for Dr. {DOC} on {USDATE}.",
    "Cosigned {INITS} {USDATE}",
    "RN: {FIRST} {SURNAME}, RN  License {LICENSE}",
    "Provider NPI {NPI}  DEA {DEA}",
    # family and social history
    "FHx: mother {FIRST} deceased at 62 (breast ca); father {FIRST} alive, {AGEN}, lives in {CITY}.",
    "FHx: sister {NAME} with lupus; brother {FIRST} with sickle cell disease.",
    "FHx: maternal grandmother {NAME} lived to {AGE}; DM in mother and two aunts.",
    "SHx: lives with husband {FIRST} and three grandchildren in {CITY}. Attends church weekly.",
    "SHx: works second shift at the mill in {CITY}; supervisor {FIRST} aware of restrictions.",
    "SHx: retired from the railroad. Wife {NAME} passed {DATE}. Now lives with son {FIRST}.",
    "SHx: moved from {CITY} to {CITY} in 2019. Shrimper; boat docked at {STREETBARE}.",
    "SHx: arrived from Haiti in 2010; lives with cousin {NAME} at {STREETLINE}.",
    "SHx: Montagnard (Rhade); lives with son {NAME}; speaks Rhade and some Vietnamese.",
    "SHx: Lumbee; lives near {CITY}. Grandmother {NAME} raised her.",
    "SHx: Hmong; clan elder {NAME} helps with decisions.",
    "SHx: daughter {FIRST} ({PHONE}) is HCPOA.",
    "SHx: smokes 1 ppd; wife {WFIRST} wants him to quit.",
    "Emergency contact: {NAME} (niece) {PHONE}",
    "Emergency contact: {LASTFIRST}, {PHONE}, {EMAIL}",
    "Next of kin: {NAME}, {STREET}, {CITY} {ZIP}",
    # identifiers in notes
    "Insurance: {PLAN} (BCBS of GA). Secondary: Medicaid {MEDICAID}.",
    "Medicare MBI {MBI} verified {DATE}.",
    "SSN on file: {SSN}. Verified with pt.",
    "Account {ACCOUNT} placed on payment plan per pt request.",
    "Pacemaker: {DEVICE}, implanted {DATE} by Dr. {DOC}.",
    "Insulin pump serial {DEVICE}; CGM transmitter {DEVICE}.",
    "Pt provided copy of DL {LICENSE} for ID.",
    "Vehicle {VIN} registered to pt for disability placard form.",
    "Pt uses portal username {USER}; reset link sent to {EMAIL}.",
    "Portal message received from IP {IP} flagged as suspicious.",
    "Photos shared by pt at {URL}; not downloaded into chart.",
    "Case {OTHER} opened with care management.",
    "Prior auth {OTHER} approved through {DATE}.",
    "Patient identifier {PTUUID} merged into {MRN}.",
    # telephone encounters
    "Phone note {USDATE}: pt's daughter {NAME} called; reports BP 170s at home.",
    "TE: returned call to {PHONE}, left VM for {FIRST}.",
    "TE: spoke with pharmacist {NAME} at the {CITY} pharmacy re: interaction.",
    "TE: called {NAME} (husband) per HIPAA release; results discussed.",
    "TE: {FIRST} called from {PHONE}; states she is out of insulin.",
    "TE: Spanish interpreter {NAME} ID 4471 used.",
    "TE: pt's pastor {NAME} called to ask about visiting hours.",
    # med rec and misc
    "Med rec with pt and daughter {NAME}: bottles brought in a grocery bag.",
    'Pt takes "sugar pills" from cousin {FIRST} in {CITY}; counseled.',
    "Pt brought a note from home health RN {NAME} dated {DATE}.",
    "Pt states she got her flu shot at the church on {MD}.",
    "Immunizations per GRITS queried {DATE}.",
    "Advance directive on file dated {LONGDATE}; agent {NAME}.",
    "Interpreter: {NAME} (Haitian Creole), present in person.",
    "Interpreter: {NAME} (Chin), via video.",
    "Visit attended by pt and her mother, {NAME}.",
    "Pt accompanied by {DOUBLE} {SURNAME}, her sister.",
    'Pt goes by "{NICK}"; legal name {NAME}.',
    "Pt prefers to be called {DOUBLE}.",
    "Pt's husband {WNAME} at bedside.",
    "Pt's grandson {WFIRST} drove her in.",
    "Pt was seen by {INITS} in triage.",
    "Reviewed outside records from Dr. {DOC} in {CITY}, dated {DATE}.",
    "Records received via fax from {FAX} on {USDATE}.",
    "Pt reports she moved to {STREETLINE}, {CITY}, {STATE} {ZIP} after the hurricane.",
    "Pt staying with {NAME} on {STREETBARE} since the flood.",
    "Pt lives at {POBOX}; no street delivery.",
    "Home address {RURAL}, {CITY}; directions on file.",
    "Pt born in {CITY}; raised by aunt {FIRST}.",
    "Pt is a {AGEN} yo WWII-era widow; husband {NAME} was an Army Air Forces mechanic.",
    "Pt {AGE} years old, ambulates with walker.",
    "Ms. {SURNAME} is {AGEN} and lives independently.",
    "Patient {FIRST} is {AGEN} years of age.",
    "DOB: {USDATE}  Age: {AGEN}",
    "Date of service: {USDATE}",
    "Admit date: {DATE}  Discharge date: {DATE}",
    "Seen on {WEEKDAY}, {LONGDATE}.",
    "Surgery scheduled {LONGDATE} with Dr. {DOC}.",
    "Last colonoscopy {MD} in {CITY}; report requested.",
    "LMP {USDATE}.",
    "Onset {DATE}, worse since the {DAYTH}.",
    "Vaccines up to date as of {DMON}.",
    "Pt's son {FIRST} {WLAST} is a deputy in {CITY}.",
    "Pt's church mother, {NAME}, checks on her daily.",
    "Deacon {NAME} brings pt to appointments.",
    "Mother Superior {SURNAME} of the convent in {CITY} called.",
    'Pt states "{FIRST} is my heart" (granddaughter).',
    "Emergency contact updated to {NAME} ({PHONE}) on {DATE}.",
    "Guardian: {NAME}, court order {OTHER}.",
    "Sitter {FIRST} at bedside for safety.",
]

_PHI_FREE_LOG = [
    'level=info svc=chatbot msg="intent model v3.2.1 loaded" latency_ms=412',
    'level=warn svc=eligibility payer=GA-MCD msg="payer timeout, retrying" attempt=2',
    "MSH|^~\\&|EPIC|SCHN|LAB|SCHN|||ACK^A01|CTRL0001|P|2.5.1",
    "OBX|1|NM|2345-7^Glucose^LN||98|mg/dL|70-99|N|||F",
    "OBX|2|NM|4548-4^Hemoglobin A1c^LN||7.2|%|4.0-5.6|H|||F",
    "OBX|3|NM|2160-0^Creatinine^LN||1.4|mg/dL|0.6-1.2|H|||F",
    "OBR|1|||80061^LIPID PANEL^CPT",
    "PV1|1|O|CLINIC^^^SCHN||||||||||||||||||||||||||||||||||||||||",
    '{"resourceType": "Observation", "code": {"text": "Blood pressure"}, "valueString": "132/84"}',
    '{"resourceType": "Medication", "code": {"text": "metformin 500 mg tablet"}}',
    '{"level": "info", "event": "cache.warm", "keys": 18233, "duration_ms": 902}',
    '{"event": "deploy", "service": "portal-web", "version": "2024.6.3", "region": "us-east-1"}',
    "GET /healthz 200 2ms",
    "GET /api/v2/clinics?state=GA&open=true 200 38ms",
    "POST /api/v2/refill 429 too many requests",
    "sso.saml metadata refreshed idp=okta certs=2",
    "fax[ok] line 3 idle; modem ready",
    "queue=fax-out depth=14 oldest_age_s=310",
    "queue=reminders batch=night sent=1822 failed=17",
    "NCPDP SCRIPT 2017071 validator: schema ok",
    "eRx RxFill message received: status=Filled, drug=atorvastatin 40 mg, qty=30",
    "LIS analyzer Cobas c503 QC level 2 in range",
    "LIS analyzer Sysmex XN-1000 maintenance due in 3 days",
    "POCT meter fleet: 212 devices, 4 overdue for QC",
    "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *~",
    "GS*HC*SUBMITTER*RECEIVER~ST*837*0001*005010X222A1~",
    "EB*1*IND*30*MC*MEDICARE PART B~",
    "SVC*HC:99214*145*98.20**1~CAS*CO*45*46.80~",
    "acd queue=scheduling calls_waiting=6 asa=48s",
    "ivr menu=es option=2 selected (pharmacy)",
    "call_wrap disposition=voicemail_full",
    "dialysis.machine Fresenius 2008T self-test passed",
    "pump.telemetry Alaris 8015 firmware 12.1.2",
    "Dexcom G7 receiver sync ok",
    "wifi guest_portal accepted terms; vlan=guest",
    "java.lang.OutOfMemoryError: Java heap space at org.schn.report.Export.run(Export.java:88)",
    "Traceback (most recent call last): TimeoutError: upstream eligibility service did not respond in 30s",
    'psycopg.errors.DeadlockDetected: deadlock detected on relation "appointment_slot"',
    "KeyError: 'npi' in provider_directory.sync",
    "vaccine.registry GRITS batch accepted=412 rejected=3",
    "vaccine.registry SIMON connection restored",
    "mpi nightly link job: 1,204 pairs scored, 19 queued for review",
    "consent.esign template HIPAA-v7 published",
    "sms.stop keyword list updated: STOP, PARAR, KANPE",
    "bed_board unit=hospice beds_clean=5",
    "release_of_info queue=22 avg_turnaround=3.1d",
    "credentialing committee meets the second Tuesday of each month",
    "collections batch letter=2 count=310",
    "outreach list=mammo_due size=4,812",
    "ocr model card-v5 accuracy=0.962",
    "telehealth room pool size=40 in_use=11",
    "cron 0 2 * * * /opt/schn/bin/rotate_logs.sh",
    "nginx: worker process 4412 exited on signal 9",
    "TLS cert for portal expires in 29 days",
    "build 8841 passed: 1,402 tests, 0 failures",
    "feature flag chatbot.creole enabled for 25% of sessions",
    "HL7 interface engine: 12,880 messages today, 3 NAKs",
    "FHIR capability statement version 4.0.1",
    "X12 999 accepted, 0 errors",
    "DTP*472*RD8~",
    "ref=GA7731 group plan year 2025",
    "MRN format check: 8-9 digits, optional SCH prefix",
    "lab interface code map LOINC 2345-7 -> GLU",
    "timezone=America/New_York",
]

_PHI_FREE_NOTE = [
    "BP 148/92, HR 88, RR 18, T 98.9 F, SpO2 96% RA.",
    "Wt 94.1 kg, BMI 33.4.",
    "A1c 9.4% (prior 8.7%).",
    "Cr 1.8, BUN 42, K 5.3.",
    "Hgb 8.9, plt 212, WBC 11.2.",
    "TSH 0.21, free T4 1.9.",
    "INR 2.4 on warfarin 5 mg daily.",
    "Metformin 1000 mg PO BID.",
    "Lisinopril 20 mg daily; amlodipine 5 mg daily.",
    "Prednisone taper: 40 mg x 3 days, 30 mg x 3 days, 20 mg x 3 days, 10 mg x 3 days, then stop.",
    "Insulin glargine 24 units qHS; lispro sliding scale.",
    "Hydroxyurea 1000 mg daily for sickle cell disease.",
    "Morphine 2 mg IV q4h PRN pain.",
    "Ceftriaxone 1 g IV q24h x 5 days.",
    "PHQ-9 score 14; GAD-7 score 9.",
    "Braden score 13; Morse fall score 55.",
    "MMSE 21/30.",
    "APGARs 8 and 9.",
    "NYHA class III.",
    "ICD-10 E11.65, I10, N18.4.",
    "CPT 99214, 93000.",
    "Parkinson disease, Hoehn and Yahr stage 2.",
    "Graves disease on methimazole.",
    "Hashimoto thyroiditis.",
    "Bell palsy, resolving.",
    "Homans sign negative.",
    "Murphy sign positive.",
    "Kussmaul respirations noted.",
    "Cheyne-Stokes breathing overnight.",
    "Charcot foot, right.",
    "Pt is a 67 yo man with DM2 and CKD 3b.",
    "42 yo G4P3 at 36w2d.",
    "8 mo infant, growth along 25th percentile.",
    "Pt is 88 years old and uses a cane.",
    "Pt is 74 and lives alone.",
    "Follow up in 3 months.",
    "Return in 2 weeks or sooner if worse.",
    "HD MWF, 4 hours per session.",
    "Hospice recertification period 2 of 90 days.",
    "Wound 3.1 x 2.2 x 0.4 cm, granulating.",
    "Dressing: calcium alginate, change every other day.",
    "EDW 78.5 kg; UF 2.8 L.",
    "Fresenius 2008T used for treatment.",
    "Dexcom G7 sensor applied to L arm.",
    "Medtronic MiniMed 780G settings reviewed.",
    "Abbott FreeStyle Libre 3 readings reviewed.",
    "Pacemaker interrogation normal; battery 8 years.",
    "Discussed with charge nurse and pharmacist.",
    "Per the patient's daughter, no changes at home.",
    "Patient's son at bedside.",
    "Family meeting held with the care team.",
    "Interpreter used for the entire visit.",
    "Seen on Monday; reassess Thursday.",
    "Symptoms worse in August.",
    "Last admission was in 2019.",
    "Vaccinated in the fall.",
    "No fever since Tuesday.",
    "Pt reports sermon at church was long; denies syncope.",
    "Pt stepped on nails while roofing; Td given.",
    "Moth-eaten appearance on bone scan.",
    "Pt sits in the back pew due to hearing loss.",
    "Bullet fragment retained in L thigh from 2004.",
    "Smoky house from wood stove; counseled.",
    "River water exposure while fishing; monitor for Vibrio.",
    "Gristle caught in throat; resolved.",
    "Populus (cottonwood) pollen allergy.",
    "Pt grumbles about diet but is adherent.",
    "Sprocket injury to hand at work, 2 cm laceration.",
    "Fife and drum band at the parade; ear protection advised.",
    "Wimple-style head covering removed for exam.",
    "Revelation of diagnosis to family deferred per pt wish.",
    "Quash the cough: dextromethorphan PRN.",
    "Primus stove burn, superficial partial thickness.",
    "Canard about vaccines discussed; pt agreeable to flu shot.",
    "Hamlet-sized town, 30 minutes to nearest pharmacy.",
    "Oriental rug at home is a trip hazard.",
    "Pt prefers Spanish; Creole interpreter not needed.",
    "No known drug allergies.",
    "Allergic to penicillin (hives).",
    "DNR/DNI.",
    "Sickle cell trait.",
    "G6PD deficiency.",
    "Lives in a rural area without broadband.",
]

_PHI_FREE_CHAT = [
    "ok thank u 🙏🏾",
    "can i come in tuesday instead",
    "my sugar was 210 this morning",
    "bp 150/90 today",
    "i took 2 of the 10 mg like it said",
    "is it ok to take tylenol with the metformin",
    "been coughing since monday",
    "the pharmacy closed at 6",
    "gracias por todo",
    "mèsi anpil",
    "bondye bon 🙌🏾",
    "god is good",
    "yall open saturday?",
    "how much is a sports physical",
    "my appt was in march",
    "i'm 67 not 76",
    "she 84 and still walking every day",
    "he turned 80 last year",
    "my baby 6 months",
    "i'm fixing to head out now",
    "might could come tomorrow",
    "the portal keep logging me out",
    "the app says error 503",
    "is the sliding scale still a thing",
    "what's the copay for urgent care",
    "do yall take medicaid",
    "i need a refill on the lisinopril",
    "the inhaler is the albuterol one",
    "my dexcom g7 fell off",
    "pump says occlusion",
    "the nurse said 2 weeks",
    "see y'all thursday",
    "tell the doctor thank you",
    "the church van can bring me",
    "my pastor said to call",
    "my grandmama said drink more water lol",
    "my auntie has the same thing",
    "the neighbor gonna feed my dogs",
    "no i don't smoke no more",
    "quit in 2015",
    "i had covid in january",
    "every sunday after church my feet swell",
    "river was up so we couldn't get out",
    "power been out since the storm",
    "smoky outside from the burn",
    "the sermon ran long sorry i'm late",
    "stepped on some nails in the yard",
    "there's a moth in the waiting room lol",
    "kept the pew warm for u",
    "my bullet journal says i took it",
    "revelation 21:4 🙏🏾",
    "he fixing the sprocket on his bike",
    "fishing on the river all day",
    "dinner was gristle mostly lol",
    "i need a work note for 3 days",
    "yes the 10 am works",
    "what's the fax number for the clinic",
    "8 hours no food right",
    "ok i'll bring the bottles",
    "running late traffic on 95",
    "stuck behind a tractor on the county road",
    "hurricane coming so i might cancel",
    "the water came up to the porch",
]

_PHI_FREE_FORM = [
    "Preferred language: Haitian Creole",
    "Preferred language: Spanish",
    "Religion: Baptist",
    "Advance directive: yes",
    "Visit type: telehealth, 20 min",
    "Fee schedule 2025, tier 2",
    "Form CMS-1500 (02/12)",
    "Form HCFA UB-04",
    "Plan type: Medicaid managed care",
    "Relationship to patient: daughter",
    "Relationship to patient: spouse",
    "Interpreter needed: yes",
    "Transportation: church van",
    "Discharge disposition: home with home health",
    "Discharge disposition: SNF",
]

PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_LOG[0::2], _PHI_FREE_NOTE, _PHI_FREE_LOG[1::2], _PHI_FREE_CHAT, _PHI_FREE_FORM
    )
    for line in group
    if line is not None
]
