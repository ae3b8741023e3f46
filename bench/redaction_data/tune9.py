"""The "tune9" split: staff-side text of a health system in the US Northeast and Midwest, written
without looking at the engine, its tests, its benchmark code or its output.

How it was written: only bench/redaction_data/generate.py, templates.py, values.py, tune4.py and
tune5.py (for the interface and the annotation conventions) and pyproject.toml (for the ruff
settings) were read. The engine was never opened or run. The other data modules (blind*.py and
the other tune*.py) were imported by a throwaway script only to collect the words of their value
pools for the overlap check below; their templates were never printed or read.

What it models: the text that staff of a teaching hospital, a children's hospital, nursing homes,
a VA-style clinic, a cancer centre and community health centres write and that their systems
log. NOTES are HPIs, progress notes, consults, discharge summaries, operative and procedure
notes, nursing shift notes, SBAR and I-PASS handoffs, PT/OT/SLP notes, chaplain and social-work
notes, MDS-style nursing-home notes, hospice notes, referral and other letters, addenda,
attestation and co-signature lines, cc lists, dictation footers ("D: 03/14/24 T: 03/15/24 JK/lp"),
family and social history naming relatives, care-team lists and tables, with names that carry
credentials, names in capitals, "Last, First", initials and names that are ordinary English words,
and dates, addresses, phones and ids where notes put them. LOGS are EHR audit trails, HL7 v2
segments of ADT, ORM, ORU, SIU and MDM messages, FHIR JSON, CSV and TSV exports, key=value and
JSON application logs, web and API gateway access logs with query strings, stack traces with
values in their messages, database slow-query logs, scheduler and queue logs, printer, fax and
scan logs with file names, mail logs, SSO/LDAP logs with usernames and DNs, and device and infusion
pump logs with serial numbers. CHAT is staff secure messaging (nurse to doctor, pages, team
threads) and some patient-portal messages. PHI_FREE holds lines of all three kinds that carry
no identifier: vitals, doses, labs, scores, codes, eponyms, ages under 90, weekdays, months or
years alone, durations, drug and device model names, versions, technical ids that belong to no
person, role-only mentions ("attending", "charge RN", "Abuela") and the ordinary words that this
split also uses as names ("patient stable", "dose increased", "carrier state", "herd immunity").

Names come from 56 origins weighted like a Northeast/Midwest metro: Irish, Italian, Polish,
German, Ashkenazi Jewish, Greek, Portuguese and Brazilian, Cape Verdean, Puerto Rican, Dominican,
Mexican, Guatemalan (Maya surnames), Salvadoran, Ecuadorian and Colombian, African American,
Haitian, Jamaican, Nigerian (Yoruba and Igbo), Ghanaian (Akan, Ga and Ewe), Somali, Ethiopian and
Eritrean, Congolese, Levantine, Iraqi, Yemeni and Chaldean Arab, Iranian, Armenian, Afghan,
Indian (Punjabi, Gujarati, Telugu, Tamil, Marathi), Bangladeshi, Pakistani, Nepali, Bhutanese
(Lhotshampa), Chinese, Korean, Vietnamese, Filipino, Hmong, Karen, Russian, Ukrainian, Albanian,
Bosnian, Serbian, Croatian, Slovak, Czech, Hungarian, Lithuanian, Romanian, Dutch (Michigan),
Swedish and Norwegian, Finnish, French Canadian, Amish, and Ojibwe, Menominee and Oneida. Each is
written as its custom has it: family name first at times (Chinese, Korean, Vietnamese, Hungarian),
father's and mother's surnames (Caribbean and Latin American), a father's name as the family name
and a grandfather's after it (Somali, Ethiopian), particles and apostrophes (O'Hehir, D'Aquila,
L'Heureux, Dall'Olio), hyphens (Al-Muntaser, married double surnames), suffixes (Jr, III) and
middle initials; about 15% of people get a given or family name that is an ordinary English
word (Experience, Modest, Progress; Keeper, Stable, Drift, Then).

No overlap: no given name, family name, nickname, street name, city or e-mail domain here is in
the pools of values.py (with the Faker names it draws for both of its splits), the templates of
templates.py, the pools of blind.py to blind10.py and tune2.py to tune8.py (as they stood when the
check last ran), or Faker's en_US first and last name lists. A throwaway script
in /tmp folded accents and case, split every value into words and compared them (particles such
as "de", "da", "van", "al", "o" or "d", generic address words and top-level domains aside) until
it reported zero overlaps.

Annotation follows tune4.py and tune5.py: a state is not scored; a title (Dr., Mrs., Sr., Fr.,
Rabbi), a credential (MD, RN, LCSW) and a possessive "'s" stay outside the NAME; each HL7, X12 or
FHIR name component (family, given, middle) is its own NAME; initials that stand for a person
(an author's "jk", "JMK/lp" in a dictation footer, a co-signer's "/RT") are a NAME; a weekday or a
clock time beside a date stays outside the DATE, while a whole ISO, HL7 or logging timestamp is
one DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89. A few
slots carry non-PHI filler (request ids, latencies, clock times, process ids); their label is None.
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
    "irish": (5, [
        "Mella", "Fidelma", "Ide", "Tuathal", "Fionntan", "Lasairfhiona", "Doireann", "Ethna",
        "Rathnait", "Crevan", "Lochlainn", "Mainchin", "Grania", "Cait", "Eily", "Delia",
        "Attracta", "Cathaoir", "Aengus", "Flann",
    ], [
        "Mulcair", "Ahearne", "Bohane", "Cahalane", "Callinan", "Clohessy", "Deasy", "Dorgan",
        "Fitzmaurice", "Hallissey", "Hourigan", "Lyne", "Madigan", "Meagher", "Minihane",
        "Mulcahey", "Murnane", "Neenan", "Quirke", "Ronayne", "Sheedy", "Slattery", "Sugrue",
        "Bourke", "Condon", "Crean", "Cunneen", "Liddane", "Lenane", "Purcell", "Shinnick",
        "Meehan", "Derrane", "Flannelly", "Cuddihy", "Mulready", "Brennock", "Tansey", "Keaveney",
        "Mongan", "Rabbitte", "Tarpey", "Varley", "Whooley", "McEnroe", "Cregan", "Dinneen",
        "Mulrooney", "Geoghegan", "Kiely", "Lynam", "Mannion", "Raftery", "Scally", "Tuohy",
        "Lehane", "O'Rahilly", "O'Hea", "O'Gara", "O'Hehir", "Mac Carthaigh", "Ó Ceallaigh",
    ]),
    "italian": (5, [
        "Quinto", "Ottavio", "Lucrezia", "Amerigo", "Tancredi", "Gesualdo", "Ausilia", "Pietrina",
        "Tommasina", "Clementina", "Ersilia", "Fiorella", "Gelsomina", "Natale", "Paolino",
        "Erminio", "Lorenzina", "Marcellino", "Orsola", "Rocchina", "Peppino", "Eraclio",
    ], [
        "Annunziato", "Carbonaro", "Gagliardi", "Manzella", "Morabito", "Pappalardo", "Petrocelli",
        "Schiavone", "Trapani", "Campanella", "Cannizzaro", "Catalano", "Cuccinello", "Maggiore",
        "Quagliariello", "Sannino", "Agnello", "Lupinacci", "Procaccini", "Sgambati", "Speziale",
        "Vigliotti", "D'Aquila", "D'Addario", "D'Antuono", "D'Iorio", "Dall'Olio", "D'Avanzo",
    ]),
    "polish": (4, [
        "Iwona", "Bernadeta", "Remigiusz", "Sylwester", "Bożenna", "Krysia", "Tekla", "Aleksy",
        "Bogumił", "Damazy", "Gerwazy", "Januariusz", "Onufry", "Protazy", "Wincenty",
        "Mieczysława", "Zdzisława", "Halszka", "Wisława", "Jagoda",
    ], [
        "Szczepanik", "Krzyżanowski", "Brzeziński", "Chrzanowski", "Dziedzic", "Grzelak",
        "Kamińska", "Bielawski", "Domagała", "Łukasik", "Nieradka", "Trzaska", "Wawrzyniak",
        "Brzozowski", "Gruszka", "Kruczek", "Niemiec", "Przybyła", "Tyszka", "Wąsik", "Żmuda",
        "Wachowiak", "Czerniak",
    ]),
    "german": (4, [
        "Liesl", "Lieselotte", "Adelheid", "Edeltraud", "Friedhelm", "Eckhard", "Lothar", "Anselm",
        "Egon", "Hildegard", "Lorelei", "Kunigunde", "Roswitha", "Sieglinde", "Wiebke",
    ], [
        "Pfannenstiel", "Steinbrecher", "Vogelsang", "Weisskopf", "Zimmerle", "Ackerknecht",
        "Baumgartner", "Eichelberger", "Gassmann", "Hirschfeld", "Kahler", "Kleinschmidt",
        "Kuehnle", "Muehlbauer", "Pfeifer", "Rauschenberg", "Reichert", "Scheffler", "Schwarzkopf",
        "Spangenberg", "Uhlmann", "Wendling", "Wirtz", "Zwick", "Brandenburg", "Falkenstein",
        "Haberkorn", "Heidelberger", "Hollenbeck", "Kaltenbach", "Klingensmith", "Mertz",
        "Niedermeyer", "Obermeyer", "Pfleger", "Schwenk", "Weidner", "Wunderlich", "Ziegenfuss",
    ]),
    "jewish": (3, [
        "Binyamin", "Raizel", "Rochel", "Yentl", "Golda", "Mindel", "Ezriel", "Ozer", "Tuvia",
        "Yochanan",
    ], [
        "Greenspan", "Kaplowitz", "Katzenelson", "Margolis", "Schachter", "Schwartzman",
        "Silverberg", "Applebaum", "Bleich", "Dubinsky", "Fishbein", "Gelfand", "Nudelman",
        "Reznick", "Sandler", "Wachtel", "Ostrovsky", "Weiskopf", "Zelikovitz", "Greenbaum",
        "Brodsky",
    ]),
    "greek": (2, [
        "Theofilos", "Thanos", "Harilaos", "Xanthippe", "Antigoni", "Lambrini", "Nektaria",
        "Smaragda", "Triantafyllia", "Soula", "Roula", "Aggeliki", "Epameinondas", "Fragiskos",
        "Paschalis", "Rafail", "Themistoklis", "Achilleas", "Stergios", "Tasos", "Evripidis",
        "Sokratis", "Odysseas", "Aristides",
    ], [
        "Petropoulos", "Gianakopoulos", "Kokkinos", "Kyriakopoulos", "Poulos", "Samaras",
        "Tzanetakis", "Athanasakis", "Stamatakis", "Agapitos", "Boudouris", "Chaconas", "Frangos",
        "Gatzoulis", "Hondros", "Karavias", "Kefalas", "Kourkoulis", "Lagios", "Malouhos",
        "Moschos", "Ntounas", "Angelakos", "Daras", "Gounaris", "Koulouris", "Lazaridis",
        "Maniatis", "Psarros", "Sotiropoulos", "Tsimbidis", "Valassis", "Zarbis", "Douvris",
        "Kotsonis", "Mouzakis", "Rozakis", "Stavrakakis", "Tsoukas", "Kalivas",
    ]),
    # Azorean, mainland and Brazilian.
    "portuguese": (2, [
        "Aires", "Agostinho", "Alcino", "Américo", "Amadeu", "Armindo", "Delfim", "Januário",
        "Dores", "Fabiano", "Jeferson", "Sidnei", "Aline", "Zilda", "Dalva", "Neide", "Gleison",
        "Jociane", "Lucélia", "Maricleide", "Rosilene",
    ], [
        "Benevides", "Terceira", "Viveiros", "Bairos", "Meneses", "Bulhões", "Bicudo", "Cabeceiras",
        "Cambra", "Curado", "DeMello", "DeSousa", "Quadros", "Rapoza", "Vitorino", "Bulcão",
        "Cotta", "Pimental", "Serpa", "Fialho", "Ledo", "Decosta", "Encarnação", "Godinho",
        "Relvas",
    ]),
    "cape_verdean": (1, [
        "Djeni", "Ivanilda", "Ildiza", "Adilson", "Edmilson", "Ailton", "Evandro", "Hélder",
        "Vlademir", "Gilson", "Manecas", "Ednilson", "Leonildo", "Vitalino", "Ivone", "Elisangela",
        "Cátia", "Lenira", "Vanusa",
    ], [
        "Centeio", "Livramento", "Freire", "DaLomba", "DeBarros", "Depina", "DeGrace", "DeAndrade",
        "Rapoza", "Fialho", "Godinho",
    ]),
    "puerto_rican": (4, [
        "Miguelina", "Jaileen", "Jesenia", "Coralis", "Maricelis", "Glendaliz", "Sahily", "Taína",
        "Yaritzi", "Zahira", "Gamaliel", "Luisito", "Zoilo", "Keniel", "Exel", "Adniel", "Hanamel",
        "Coraima", "Jayleen", "Naiomi",
    ], [
        "Malavé", "Colberg", "Cartagena", "Calo", "Ithier", "Mangual", "Rijos", "Bultrón",
        "Laracuente", "Orama", "Resto", "Rohena", "Vicéns", "Dieppa", "Estremera", "Feliú",
        "Irrizary", "Pietri", "Umpierre", "Vives", "Wiscovitch",
    ]),
    "dominican": (3, [
        "Ysidra", "Clarisa", "Rosanna", "Geraldo", "Rafelito", "Amaury", "Carlixto", "Yojairy",
        "Esmeirlin", "Domingo",
    ], [
        "Beltré", "Morel", "Moya", "Frómeta", "Aybar", "Castaños", "Dotel", "Guichardo", "Hiciano",
        "Lajara", "Suero", "Ubrí", "Corporán", "Montás", "Portorreal", "Belliard", "Cruceta",
        "Difó", "Gautreau", "Lamarche", "Almengó", "Cepín", "Fulcar", "Guante", "Hungría",
    ]),
    "mexican": (3, [
        "Atanacio", "Anacleta", "Eduwiges", "Mayahuel", "Espiridión", "Rutilo", "Reynalda", "Jair",
        "Wilibaldo",
    ], [
        "Saldívar", "Barba", "Chagolla", "Ceja", "Solorio", "Cuén", "Oláguez", "Pámanes",
        "Vizcaíno", "Estupiñán", "Frayre", "Lucatero", "Huape", "Cuara", "Ayvar", "Mojarro",
        "Cholico",
    ]),
    # K'iche' and Q'eqchi' surnames beside Spanish ones.
    "guatemalan": (2, [
        "Kawoq", "Dilia", "Aura", "Estuarda", "Ludwin", "Aroldo", "Yoni", "Abelina", "Imox",
    ], [
        "Mux", "Poz", "Sajquim", "Sut", "Tubac", "Xitumul", "Yoc", "Pacay", "Tox", "Chavajay",
        "Ixcaquic", "Lacán", "Cumatz", "Tacam", "Cotiy", "Archila",
    ]),
    "salvadoran": (1, [
        "Edenilson", "Elsy", "Ledys", "Noemy", "Gricelda", "Olinda", "Ercilia", "Odilio",
        "Yaqueline",
    ], [
        "Interiano", "Linares", "Lobos", "Urquilla", "Huezo", "Lovato", "Machuca", "Merino",
        "Murcia", "Najarro", "Peñate", "Cañénguez",
    ]),
    # Ecuadorian (Kichwa and Cañari surnames) and Colombian.
    "andean": (1, [
        "Holger", "Vinicio", "Wladimir", "Narcisa", "Digna", "Amaru", "Yarina", "Kerly", "Yandry",
    ], [
        "Sisalema", "Pichisaca", "Zhindón", "Vintimilla", "Pesántez", "Siguenza", "Carchipulla",
        "Buestán", "Coronel", "Tenemaza", "Cuji", "Auquilla", "Illescas", "Posada",
    ]),
    "african_american": (6, [
        "Cleola", "Kymani", "Jahlil", "Zaniyah", "Amirah", "Javonta", "Jarquez", "Shamekia",
        "Latavia", "Kydarius", "Jamya", "Shykeria", "Keondra", "Jakayla", "Nakiya", "Dasani",
        "Rakim", "Shakur", "Teondra", "Shanell", "Clemmie", "Mozell", "Oralee",
    ], [
        "Toney", "Tyus", "Bivins", "Eure", "McKoy", "Mozie", "Gantt", "Strozier", "Peterkin",
        "Kittrell", "Pittard", "Redmon", "Sealey", "Threadcraft", "Whigham", "Zanders", "Carraway",
        "Goggins", "Hawes", "Yelder", "Gathings", "Holliman", "Maybin", "Rhem", "Harrold",
        "Killings", "Moragne", "Peake", "Mance", "Plowden",
    ]),
    "haitian": (2, [
        "Dieunette", "Elide", "Loudmilla", "Ninotte", "Sandrine", "Virgine", "Yvener", "Chrismene",
        "Dieumaitre", "Widly", "Bertha",
    ], [
        "Belfort", "Célicourt", "Datus", "Cétoute", "Fleuranvil", "Bonhomme", "Dérival",
        "Désormeaux", "Figaro", "Labissière", "Occéan", "Sévère", "Calixte", "Gourdet", "Lormeus",
        "Saintima", "Chérenfant", "Désinor", "Fénélus", "Labossière", "Saintard", "Vaval",
    ]),
    "jamaican": (2, [
        "Leighton", "Barrington", "Cecil", "Merlene", "Oneika", "Ackeem", "Dujon", "Desrick",
        "Garth", "Joycelyn", "Damion", "Carlington", "Lenworth", "Ferron",
    ], [
        "Pottinger", "Moodie", "Fairclough", "Gager", "Maragh", "McCalla", "Passley", "Saunderson",
        "Swaby", "Whitter", "Mahfood", "Ruddock", "Boothe", "Jobson", "Lattibeaudiere", "Reckord",
        "Sangster", "Vendryes",
    ]),
    "nigerian": (2, [
        "Akintunde", "Ayooluwa", "Mofiyinfoluwa", "Chukwuebuka", "Uju", "Nnenne", "Chibuike",
        "Obumneme", "Echezona", "Chetachi", "Chukwudumebi", "Adesola", "Bisi",
    ], [
        "Madueke", "Oparaocha", "Anyaoku", "Ogbuefi", "Okorafor", "Ezeobi",
    ]),
    "ghanaian": (1, [
        "Ato", "Kodwo", "Yoofi", "Oboshie", "Ayeley", "Teiko", "Okai", "Ofosuhene", "Asabea",
        "Nyamekye", "Adom", "Worlanyo", "Dziedzorm", "Owusuaa", "Sakyiwaa", "Yeboaa",
    ], [
        "Armah", "Ocansey", "Dodoo", "Kissi", "Otchere", "Siaw", "Nsiah", "Ampofo", "Akrofi",
        "Sarkodie", "Avoke", "Kudjawu",
    ]),
    "somali": (2, [
        "Kaafi", "Yaasiin", "Haybe", "Codkaa", "Faiza", "Ruun", "Abdishakur", "Cabdiraxmaan",
        "Qorrax", "Bullaale", "Faduma", "Qali", "Raho", "Samsam", "Leylo", "Cawil", "Dayib",
        "Kaynaan", "Sharif", "Muhubo", "Sureer",
    ], [
        "Hawadle", "Beyle", "Cigaal", "Shurie", "Timir", "Yarow",
    ]),
    "ethiopian": (1, [
        "Mulu", "Azeb", "Zelalem", "Abenet", "Tizita", "Kokeb", "Menelik", "Tsedenia", "Meskerem",
        "Alemnesh", "Haregua", "Asnakech", "Yeshimebet", "Tadele", "Seifu", "Wondwossen", "Alazar",
        "Nahusenay", "Tesfit",
    ], [
        "Negassi", "Weldeselassie", "Gebrekidan", "Mesele", "Fantaye", "Adane", "Bogale",
        "Gessesse", "Taddese",
    ]),
    "congolese": (1, [
        "Glody", "Kabibi", "Ombeni", "Mputu", "Paluku", "Mwamini", "Aksanti", "Esperance", "Mbusa",
        "Musubao", "Ngabo", "Sumaili", "Tuluka", "Vumilia", "Wivine", "Zaina", "Mushagalusa",
        "Cibalonza", "Nabintu", "Nsimire", "Chimanuka",
    ], [
        "Lubamba", "Nyembo", "Shabani", "Bagalwa", "Ndagano", "Bashige", "Murhula", "Kahambu",
        "Kavugho", "Mumbere", "Kasika", "Vahwere", "Masumbuko", "Byaombe", "Mukenge",
    ]),
    # Lebanese, Palestinian, Iraqi, Yemeni and Chaldean families (Dearborn, Sterling Heights).
    "arab": (2, [
        "Abdulkareem", "Anwar", "Riyad", "Talal", "Muntaha", "Afaf", "Khitam", "Fairouz", "Ibtihaj",
        "Rafeef", "Thaer", "Aws", "Shlemon", "Sabri",
    ], [
        "Makki", "Mroue", "Sobh", "Tarraf", "Ajrouch", "Dabaja", "Fakih", "Hachem", "Moughni",
        "Sareini", "Turfe", "Jarjees", "Kasha", "Salman", "Al-Muntaser", "Alhaj", "Shuaibi", "Nagi",
        "Mused", "Antar", "Nassif", "Younan", "Zaarour", "Atiyeh", "Jarrouj",
    ]),
    "iranian": (1, [
        "Parvaneh", "Pouneh", "Pedram", "Yashar", "Golbahar", "Mehrangiz", "Monir", "Nahid",
        "Khatereh", "Negar", "Donya", "Marjan", "Gholamreza", "Hamidreza", "Mehran", "Taghi",
        "Soroush",
    ], [
        "Mahmoudi", "Afkhami", "Baharloo", "Etemadi", "Jahanbani", "Khosravani", "Lajevardi",
        "Nourbakhsh", "Zarrinkoub", "Sepehri",
    ]),
    "armenian": (1, [
        "Gor", "Garegin", "Mkrtich", "Aghavni", "Takuhi", "Varsenik", "Zepyur", "Armenak", "Avetis",
        "Manoush", "Nazeli", "Shoghik", "Sirvard", "Vartuhi", "Arevik",
    ], [
        "Dadoyan", "Ghazarian", "Sarkisian", "Donabedian", "Simonian", "Torosian", "Kouyoumjian",
        "Kazanjian", "Avakian", "Baghdasarian", "Dermenjian", "Gasparian", "Hairabedian",
        "Jamgotchian", "Karamanian", "Panosian", "Parsekian", "Tatoian", "Vosganian", "Zadourian",
        "Bedoian", "Chilingirian", "Dolabjian", "Haroutunian", "Kalustian", "Krikorian",
        "Mgrdichian", "Parseghian",
    ]),
    "afghan": (1, [
        "Qadir", "Hashmat", "Ruhullah", "Sohaila", "Frozan", "Dost", "Ezatullah", "Jawed",
        "Mohibullah", "Sediq", "Zmarai", "Breshna", "Gulnaz", "Shogofa", "Hila", "Zarifa",
    ], [
        "Azimi", "Ghani", "Taraki", "Totakhil", "Mohammadzai", "Qasimi", "Zakhilwal", "Andarabi",
        "Badakhshi", "Herawi", "Kandahari", "Nangarhari", "Paiwand", "Shahrani", "Zarifi",
    ]),
    # Punjabi, Gujarati, Telugu, Tamil, Kannada and Marathi.
    "indian": (2, [
        "Riddhi", "Siddhi", "Sreenivas", "Sridevi", "Nagarjuna", "Anusha", "Lavanya", "Advait",
        "Ajitpal", "Sukhmani", "Alpa", "Chhaya", "Komal", "Nayana", "Shilpa", "Trushna",
        "Srinivasulu", "Venkataramana", "Ramakrishna", "Annapurna", "Bhanumathi", "Jhansi",
        "Madhavi", "Sailaja",
    ], [
        "Yerramilli", "Kotamarthi", "Gudipati", "Bhimavarapu", "Nallamothu", "Pasupuleti",
        "Kakarla", "Mewada", "Adusumilli", "Kommineni", "Nidamanuri", "Tangirala", "Kuppuswamy",
        "Sundararajan", "Gurunathan", "Paranjpe", "Bhinder", "Panesar", "Thiara", "Lakdawala",
        "Dabhade", "Chhatbar", "Pithadia",
    ]),
    "bangladeshi": (1, [
        "Hasina", "Nazma", "Rabeya", "Momtaz", "Morsheda", "Lutfunnahar", "Kamrun", "Sanjida",
        "Tanjila", "Shapla", "Mahbubur", "Moniruzzaman", "Anisur", "Azizul", "Mosharraf", "Bulbul",
        "Emdadul", "Fazlul", "Humayun",
    ], [
        "Akand", "Debnath", "Farazi", "Kazi", "Munshi", "Kabiraj", "Sarder", "Shaha", "Akondo",
        "Bhuyan", "Gharami", "Jomadder", "Lasker", "Poddar", "Raha",
    ]),
    "pakistani": (1, [
        "Qaiser", "Shahzad", "Mubashir", "Obaid", "Umair", "Madiha", "Naila", "Rubab", "Uzair",
        "Arsalan", "Ehtesham", "Inamullah", "Mehboob", "Tanveer",
    ], [
        "Syed", "Ghumman", "Kiani", "Bugti", "Dahar", "Junejo", "Khuhro", "Mahar", "Unar", "Wassan",
    ]),
    "nepali": (1, [
        "Shanti", "Narayan", "Bhagirath", "Kharka", "Lachhi", "Thuli", "Chuda", "Mankumari",
        "Tilak", "Dhurba", "Keshab", "Lekhnath", "Saroj", "Bhupal", "Chhatra", "Jagat",
    ], [
        "Khanal", "Katwal", "Bastola", "Uprety", "Samal", "Darnal", "Ghimirey",
    ]),
    # Lhotshampa families resettled from the camps in Nepal; Nepali-speaking.
    "bhutanese": (1, [
        "Namita", "Tikamaya", "Bhagwati", "Kausila", "Mangali", "Pampha", "Rammaya", "Sukmaya",
        "Thagi", "Yasoda", "Tanka", "Hasta", "Ambika", "Bhanubhakta", "Chetnath", "Indrakala",
        "Bimkumari",
    ], [
        "Kalikotay", "Bhujel", "Tamu", "Tshering", "Kadariya", "Mabuhang", "Rumba", "Biswakarma",
        "Bishwa",
    ]),
    "chinese": (2, [
        "Junhui", "Chengzhi", "Tianyi", "Jiahao", "Peiying", "Yaling", "Huifen", "Qiongying",
        "Cuilan", "Aiping", "Yufang", "Guixiang", "Sufen", "Xiufen", "Huiqin", "Guizhi", "Yinzhu",
        "Chunsheng", "Shuming", "Xiangdong", "Yongfu", "Zhaohui", "Shanshan", "Mingxia", "Xuelian",
        "Yinghua", "Zhenzhen", "Wenjuan", "Huilan", "Chunlan", "Jiajia",
    ], [
        "Bei", "Zhi", "Jie", "Nian", "Mian", "Pian", "Shou", "Tuo",
    ]),
    "korean": (1, [
        "Junghee", "Joonyoung", "Yongho", "Mansoo", "Youngchul", "Dalsoo", "Ahreum", "Jeonghwa",
        "Myeongsuk",
    ], [
        "Synn", "Huh", "Sah", "Youk", "Ryang", "Yom",
    ]),
    "vietnamese": (1, [
        "Vững", "Xoài", "Lệ", "Nương", "Thiềng", "Hoành", "Nhựt", "Khoát",
    ], [
        "Mạc", "Dư", "Lã",
    ]),
    "filipino": (1, [
        "Bembol", "Kristoffer", "Jhoana", "Rosita", "Nonong", "Ejay", "Janelyn", "Jaymar", "Kervin",
        "Mharlon", "Rhoderick", "Aldrin",
    ], [
        "Cabanlig", "Yulo", "Olivar", "Mangahas", "Zapanta", "Estacio", "Florendo", "Gapuz",
        "Regala", "Tabaco", "Ylagan",
    ]),
    # As written in US records (joined syllables) and now and then in the Hmong alphabet.
    "hmong": (1, [
        "Chuefeng", "Bouavang", "Paeng", "Maiyer", "Kaoly", "Yengly", "Chongva", "Nhiakao",
        "Fuechou", "Kazoua", "Mainhia", "Shoualee", "Toulee", "Xaochay", "Tshoua", "Ploua", "Koua",
        "Tua", "Der", "Zer",
    ], [
        "Herr", "Tcheng", "Vaaj", "Xyoob", "Kuepha", "Yangxiong", "Lorxia", "Moualee", "Khaab",
        "Faaj", "Yaaj", "Hlee",
    ]),
    "karen": (1, [
        "Hsermoo", "Ehkaw", "Lerpaw", "Htoowah", "Nyaw", "Hsee", "Moobu",
    ], [
        "Klo", "Shee", "Htaw", "Sawbwe", "Lweh", "Kpaw", "Ghay", "Phaw", "Plo", "Tway", "Hsar",
        "Klee", "Tamla", "Gyi",
    ]),
    "russian": (1, [
        "Vasilisa", "Semyon", "Anfisa", "Vlada", "Lyubava", "Akim", "Filat", "Makar", "Venedikt",
        "Vikenty", "Yegor", "Naum", "Spiridon", "Ustin", "Kharlampy", "Ninel", "Ustinya",
    ], [
        "Fyodorov", "Kovalyov", "Ilyin", "Alekseev", "Sergeev", "Korolyov", "Grigoryev", "Frolov",
        "Zhuravlyov", "Nikolaev", "Sidorov", "Dorofeyev", "Matveyev", "Timofeyev", "Yefimov",
        "Afanasyev", "Aksyonov", "Yemelyanov", "Seleznyov", "Mikheyev", "Ignatyev", "Yeliseyev",
        "Yevdokimov", "Snegiryov", "Kuzovkin", "Pestov",
    ]),
    "ukrainian": (1, [
        "Andrii", "Yaryna", "Olha", "Lukiia", "Nazarii", "Valentyn", "Arsenii", "Khrystia",
        "Melaniia", "Oresta", "Stefaniia", "Yustyna", "Zinovii", "Hnat", "Klym", "Lukian",
        "Omelian", "Prokip", "Trokhym", "Yakiv",
    ], [
        "Yatsyshyn", "Kurylo", "Nahirny", "Levytsky", "Prokopiv", "Vynnychuk", "Dmytryshyn",
        "Mykytyn", "Tsymbalyuk",
    ]),
    "albanian": (1, [
        "Shkelzen", "Valon", "Flamur", "Lulzim", "Nexhmedin", "Qemal", "Ramadan", "Skender",
        "Tomorr", "Albana", "Elona", "Gjylije", "Hava", "Ornela", "Rudina", "Xhemile", "Ylberina",
        "Zamira", "Dafina", "Fjolla", "Kaltrina", "Marigona", "Njomza", "Naim",
    ], [
        "Ahmeti", "Leka", "Pllana", "Zogu", "Begolli", "Çeku", "Elezi", "Fazliu", "Isufi", "Kuqi",
        "Mala", "Preteni", "Qerimi", "Rugova", "Salihu", "Tahiri", "Ukshini", "Xhemaili", "Zymberi",
        "Dedaj", "Prenkaj", "Hajdaraj", "Juncaj", "Kolaj", "Lajqi",
    ]),
    "bosnian": (1, [
        "Alen", "Amel", "Hasan", "Safet", "Hatidža", "Ajla", "Lamija", "Senada", "Vildana", "Zehra",
        "Zumra", "Mujo", "Suljo", "Fata", "Munevera", "Ševala", "Rasim", "Ramiz", "Redžep", "Salko",
        "Sejo", "Mehmedalija", "Fadil", "Izet",
    ], [
        "Bećirović", "Ćehajić", "Ljubović", "Mujkić", "Šehić", "Topalović", "Vehabović", "Džinić",
        "Gabeljić", "Hamzić", "Muratović", "Nurkić", "Porobić", "Velić", "Agić", "Ćosić", "Hrnjica",
        "Pašalić", "Trako", "Vranić",
    ]),
    "serbian": (1, [
        "Bojan", "Aleksandar", "Srdjan", "Ljubomir", "Dobrivoje", "Žarko", "Jovan", "Lazar", "Uroš",
        "Nataša", "Zorana", "Bosiljka", "Desanka", "Ružica", "Vukica", "Zagorka", "Tijana",
        "Andjela",
    ], [
        "Djordjević", "Milovanović", "Janković", "Bogdanović", "Mladenović", "Milenković",
        "Mitrović", "Dimitrijević", "Zdravković", "Dragović", "Gavrilović", "Ivković", "Kuzmanović",
        "Lukić", "Miljković", "Nedeljković", "Perišić", "Rakić", "Trifunović", "Uskoković", "Vesić",
        "Zorić", "Arsenijević", "Blagojević", "Ćirić", "Djukić", "Grujić", "Jevtić", "Lalić",
        "Nenadović", "Obrenović", "Prodanović", "Radosavljević", "Sretenović", "Urošević",
        "Veličković", "Živanović", "Backović", "Cvijanović", "Dabić", "Eraković", "Filipović",
        "Matić",
    ]),
    "croatian": (1, [
        "Ante", "Tomislav", "Krešimir", "Davor", "Dražen", "Hrvoje", "Stjepan", "Vinko", "Željko",
        "Božo", "Frane", "Nikša", "Ruža", "Jelka", "Marica", "Ljerka", "Višnja", "Dubravka",
        "Snježana", "Blaženka", "Zdravka", "Ankica", "Dunja", "Lucija", "Tena", "Matea", "Nikolina",
        "Zrinka",
    ], [
        "Kovačić", "Tomić", "Božić", "Blažević", "Pavić", "Šarić", "Lovrić", "Vidović", "Perković",
        "Bošnjak", "Barišić", "Vrdoljak", "Šimunović", "Mikulić", "Rukavina", "Galović", "Mandić",
        "Bilić", "Zubak", "Čulina", "Duvnjak", "Grbavac", "Jelavić", "Kordić", "Ljubičić", "Mamić",
        "Nižetić", "Ožegović", "Pranjić", "Rogulj", "Stipić", "Udovičić", "Vučemilović", "Zrno",
        "Dragičević", "Erceg",
    ]),
    "slovak": (1, [
        "Juraj", "Ľudovít", "Rastislav", "Branislav", "Alžbeta", "Darina", "Terézia", "Gizela",
        "Slavomír", "Ctibor", "Koloman", "Imrich", "Dezider", "Pavol",
    ], [
        "Lukáč", "Oravec", "Kollár", "Gajdoš", "Švec", "Mikuláš", "Rusnák", "Sloboda", "Ďurica",
        "Zelenák", "Šimko", "Čech", "Kočiš", "Jurčo", "Petrík", "Sýkora", "Mrázik", "Blaško",
        "Hrušovský", "Janík", "Lipták", "Majerník", "Ondrejka", "Pavlík", "Riečan", "Straka",
        "Uhrín", "Záborský", "Žilka", "Bobák", "Cibula", "Dobrovodský", "Gregor", "Hlinka", "Ihnát",
    ]),
    "czech": (1, [
        "Vratislav", "Oldřich", "Břetislav", "Libor", "Vít", "Zbyněk", "Dalibor", "Jiřina", "Jitka",
        "Miluše",
    ], [
        "Král", "Kříž", "Kovář", "Vlček", "Polák", "Kopecký", "Konečný", "Malý", "Štěpánek",
        "Kadlec", "Šimek", "Hruška", "Musil", "Soukup", "Vávra", "Vondráček", "Vrba", "Kubíček",
        "Mikeš", "Nedvěd", "Paleček", "Pavlas", "Řezníček", "Vacek", "Zedník", "Chalupa",
    ]),
    "hungarian": (1, [
        "Judit", "Krisztina", "Enikő", "Bernadett", "Csilla", "Hajnalka", "Gyöngyi", "Etelka",
        "Magdolna", "Margit", "István", "Attila", "Géza", "Jenő", "Ödön", "Zsigmond", "Botond",
        "Dénes", "Előd", "Gergő", "Huba", "Szilárd", "Zsolt", "Vilmos", "Endre",
    ], [
        "Magyar", "Balog", "Boros", "Antal", "Somogyi", "Orosz", "Fülöp", "Veres", "Illés",
        "Lengyel", "Bognár", "Szántó", "Hajdu", "Kozma", "Pásztor", "Dudás", "Virág", "Orbán",
        "Barta", "Pálfi", "Csonka", "Lőrincz", "Szénási", "Béres", "Kardos", "Bárány", "Erdélyi",
        "Vadász", "Zsoldos", "Nyitrai", "Győri",
    ]),
    "lithuanian": (1, [
        "Algimantas", "Arvydas", "Gediminas", "Kazys", "Linas", "Povilas", "Ramūnas", "Saulius",
        "Zigmas", "Aurelija", "Jūratė", "Miglė", "Ona", "Sigita", "Vaida", "Živilė", "Daiva",
        "Gražina", "Ligita", "Milda", "Neringa", "Žydrūnė", "Antanas", "Bronius", "Juozas",
        "Stasys", "Vladas", "Juozapas", "Genovaitė", "Stasė", "Bronė", "Vincas", "Adolfas",
        "Kazimieras", "Leonas", "Romualdas", "Vaclovas",
    ], [
        "Paulauskas", "Urbonas", "Kavaliauskas", "Baranauskas", "Pocius", "Navickas", "Rimkus",
        "Sakalauskas", "Ramanauskas", "Vaitkus", "Žilinskas", "Adomaitis", "Bagdonas", "Česnulis",
        "Dambrauskas", "Eidukas", "Gudaitis", "Jonaitis", "Kairys", "Lukoševičius", "Mažeika",
        "Norkus", "Ozolas", "Petkevičius", "Radzevičius", "Šimkus", "Tamošaitis", "Urbonavičius",
        "Valaitis", "Žemaitis", "Ambrazas", "Bernotas", "Daukantas", "Gaidys", "Jurgaitis",
        "Kudirka", "Liutkus", "Mickevičius", "Narbutas", "Pakalnis", "Ragauskas", "Tumas",
        "Vaičiulis", "Zebrauskas", "Balčiūnas", "Černiauskas", "Grigaliūnas", "Juodka", "Karalius",
        "Lapinskas", "Miliauskas", "Nemunaitis", "Poška", "Rudaitis", "Skirmantas", "Tamulis",
        "Vainauskas",
    ]),
    "romanian": (1, [
        "Constantin", "Nicușor", "Mioara", "Lăcrămioara", "Georgeta", "Elisabeta", "Camelia",
        "Oana", "Corina", "Zamfira", "Smaranda",
    ], [
        "Popa", "Matei", "Ene", "Vlad", "Ardeleanu", "Căpraru", "Grigore", "Husar", "Lazăr",
        "Mihăilescu", "Olteanu", "Boghiu", "Costache", "Hristea", "Manea", "Niculescu",
    ]),
    # West Michigan and Chicago-area Dutch and Frisian families.
    "dutch": (1, [
        "Klaas", "Cornelis", "Dirk", "Wietse", "Hessel", "Bauke", "Fokke", "Gerbrand", "Jitse",
        "Lieuwe", "Oene", "Rients", "Siebe", "Antje", "Geertje", "Grietje", "Hinke", "Janke",
        "Neeltje", "Sjoukje", "Trijntje", "Ytje", "Fenna", "Froukje",
    ], [
        "VanderWeele", "Huizenga", "Sikkema", "Wierenga", "Zylstra", "Haveman", "DeJong", "DeGraaf",
        "Bosma", "Hoogeveen", "Langeland", "Nienhuis", "Schuurman", "Tuinstra", "Van Haitsma",
        "VanKampen", "Venema", "Westra", "Ymker", "Zwiers", "Bouwman", "Elzinga", "Geertsma",
        "Heerema", "Koetje", "Lubbers", "Ottens", "Plasman", "Riemersma", "Swierenga", "Ubels",
        "Wagenmaker",
    ]),
    # Swedish and Norwegian families of Minnesota and Wisconsin.
    "scandinavian": (1, [
        "Anders", "Torstein", "Sigurd", "Magnus", "Asbjørn", "Liv", "Marit", "Randi", "Berit",
        "Gunhild", "Agnete", "Maja", "Ulla", "Gunvor", "Thora", "Alvilde", "Oddny", "Torbjørg",
        "Aslaug", "Lena",
    ], [
        "Nyberg", "Lindgren", "Ahlgren", "Forsberg", "Ekström", "Wahlberg", "Östlund", "Gustafsson",
        "Hägglund", "Isaksson", "Johansson", "Karlsson", "Ljungberg", "Mattsson", "Nordin", "Öberg",
        "Rosengren", "Wikström", "Berge", "Holte", "Rud", "Aasen", "Jorgenson", "Knutson", "Løken",
        "Mathison",
    ]),
    # Upper Peninsula and Iron Range Finns.
    "finnish": (1, [
        "Eeva", "Helmi", "Kaarina", "Tyyne", "Aili", "Elina", "Hilkka", "Irja", "Kyllikki",
        "Orvokki", "Riitta", "Saimi", "Toini", "Aarne", "Heikki", "Jorma", "Lauri", "Matti", "Osmo",
        "Pentti", "Reino", "Tauno", "Toivo", "Unto", "Veikko", "Urho", "Arvo", "Erkki", "Ilmari",
        "Kauko", "Paavo", "Risto",
    ], [
        "Niemi", "Mäki", "Lahti", "Koski", "Salo", "Hakala", "Kangas", "Lehto", "Nurmi", "Rautio",
        "Saari", "Tuomi", "Wiitala", "Aho", "Hautala", "Kivelä", "Lammi", "Mattila", "Ojala",
        "Pietilä", "Rantala", "Sippola", "Tapio", "Wuori", "Aukee", "Heikkilä", "Kemppainen",
        "Leppälä", "Maunu", "Nevala", "Perälä", "Ruonavaara", "Särkelä", "Takala", "Uotila",
        "Wiljanen",
    ]),
    # Maine, New Hampshire, Massachusetts mill towns, Michigan.
    "french_canadian": (2, [
        "Réjeanne", "Rollande", "Gisèle", "Germaine", "Laurette", "Blandine", "Émilienne",
        "Gilberte", "Noëlla", "Raymonde", "Solange", "Armand", "Aurèle", "Raoul", "Hervé", "Roch",
        "Sylvio", "Aldège", "Ghislain", "Léopold", "Rodrigue",
    ], [
        "Pelletier", "Lavoie", "Boucher", "Poulin", "Caron", "Gendron", "Ouellet", "Soucy",
        "Tardif", "Bouffard", "Chassé", "Daigneault", "Fecteau", "Jalbert", "Nolette", "Pinette",
        "St. Onge", "Violette", "Bilodeau", "Corriveau", "Lagassé", "Marcotte", "Normandeau",
        "Vachon", "Beaupré", "Bisson", "Larochelle", "Morneau", "Pomerleau", "Rochefort",
        "Sansoucy", "L'Heureux", "L'Espérance", "D'Amours", "L'Italien", "D'Entremont",
    ]),
    # Holmes County, Elkhart-LaGrange and Lancaster settlements.
    "amish": (1, [
        "Elsie", "Erma", "Delila", "Dena", "Elva", "Freida", "Dannie", "Manasses", "Orie", "Uriah",
        "Levina", "Verba", "Joni", "Manas", "Lorianna", "Malachi", "Esta", "Savilla",
    ], [
        "Kuhns", "Lambright", "Nissley", "Riegsecker", "Christner", "Diener", "Erb", "Herschberger",
        "Keim", "Kropf", "Mishler",
    ]),
    # Given names from Anishinaabemowin; many people also carry an English given name.
    "ojibwe": (1, [
        "Niigaani", "Noodin", "Ziigwan", "Makoons", "Giizis", "Miigwan", "Gaagaagi", "Nigig",
        "Nenookaasi", "Ishkode", "Wenonah", "Memengwaa", "Waabanong", "Niibin", "Dagwaagin",
        "Zhaawanong",
    ], [
        "Stillday", "Bigbear", "Oshogay", "Bisonette", "Hendrickson", "Losh", "Cadotte", "Charette",
        "Pequette", "Shingobe", "Vizenor", "Bebeau", "Gurneau", "Lussier", "Sayers",
    ]),
    "menominee": (1, [], [
        "Waukau", "Pyawasit", "Kakkak", "Pamanet", "Grignon", "Wapoose", "Warrington", "Kinepoway",
        "Awonohopay", "Neconish", "Pecore", "Waupoose", "Wayka", "Wauqua", "Tepiew", "Perote",
        "Dickenson", "Hawpetoss", "Kaquatosh", "Komanekin", "Mahkimetas", "Matchopatow", "Pywaukee",
        "Shawanokasic", "Sanapaw", "Tourtillott", "Weso", "Wishkeno", "Askenette", "Beauprey",
        "Boivin", "LaTender", "Nahwahquaw", "Oshkeshequoam", "Penass", "Vele", "Waubanascum",
    ]),
    "oneida": (1, [
        "Kahentiyosta", "Kanatiyosh", "Sakoieta", "Kalihwisaks", "Ohnyahle", "Kanyatakeli",
        "Oneniote", "Teiohakwente", "Yukwanikwe", "Tsyoslake", "Kahstiyo",
    ], [
        "Danforth", "Doxtator", "Metoxen", "Ninham", "Powless", "Wheelock", "Jourdan", "Christjohn",
        "Schuyler", "Archiquette", "Silas", "Doxtater", "Parkhurst", "Skolaski", "Funmaker",
        "Gollnick", "Greendeer", "Nynham", "Powlas", "Scanandore", "Skenandoah", "Honyust",
        "Schenandoah",
    ]),
}  # fmt: skip

# Given names that elders of many families carry; the Native origins draw on them half the time.
HERITAGE_GIVEN = [
    "Verba", "Delia", "Eily", "Lorianna", "Cleola", "Clemmie", "Mozell", "Oralee", "Elsie", "Erma",
    "Dena", "Elva", "Freida", "Dannie", "Orie", "Uriah", "Malachi", "Levina", "Esta", "Joni",
    "Egon", "Lothar", "Armand", "Raoul",
]  # fmt: skip
NATIVE = {"ojibwe", "menominee", "oneida"}

# Written family name first now and then ("Bei Peiying", "Synn Junghee", "Magyar Enikő").
FAMILY_FIRST = {"chinese", "korean", "vietnamese", "hungarian"}
# Father's then mother's surname ("Rijos Laracuente", "Orama-Dieppa").
DOUBLE_SURNAME = {"puerto_rican", "dominican", "mexican", "guatemalan", "salvadoran", "andean"}
# The family name is a father's given name; a grandfather's may follow ("Kaafi Abdishakur Shurie").
PATRONYMIC = {"somali", "ethiopian"}

# Given and family names that are also ordinary English words.
WORD_GIVEN = [
    "Remembrance", "Experience", "Deliverance", "Increase", "Preserved", "Submit", "Desire",
    "Wealthy", "Favor", "Content", "Perpetual", "Confidence", "Gifted", "Beloved", "Able",
    "Brilliant", "Progress", "Modest", "Odd", "Fidelity", "Radiant", "Splendid",
]  # fmt: skip
WORD_FAMILY = [
    "Wedge", "Nunn", "Forester", "Drover", "Messenger", "Gilder", "Lorimer", "Waterman", "Shipman",
    "Planter", "Keeper", "Stable", "Crofter", "Slaymaker", "Child", "Bachelor", "Hopewell", "Drift",
    "Swamp", "Lookaround", "Lodge", "Teller", "Stoneman", "Then", "Strand", "Dose",
]  # fmt: skip

# Names people go by.
NICKNAMES = [
    "Fitzy", "Murph", "Whitey", "Cheech", "Paulie", "Vinnie", "Frankie", "Carmie", "Ticky", "Slick",
    "Itchy", "Manito", "Chinita", "Babe", "Butchie", "Cuco", "Wichi",
]  # fmt: skip

SUFFIXES = ["Jr", "Jr.", "Sr", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ß": "ss", "ø": "o", "Ø": "O",
                       "æ": "ae", "œ": "oe", "\u0131": "i"})  # fmt: skip


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


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


def _given(rng: random.Random, origin: str) -> str:
    pool = ORIGINS[origin][1]
    if origin in NATIVE and (not pool or rng.random() < 0.5):
        pool = HERITAGE_GIVEN
    return rng.choice(pool)


def _family(rng: random.Random, origin: str) -> str:
    lasts = ORIGINS[origin][2]
    last = rng.choice(lasts)
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.35:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.65 else f"{last}-{other}"
    elif origin == "portuguese" and roll < 0.12 and not last.startswith("De"):
        last = f"{rng.choice(['de', 'da', 'dos'])} {last}"
    elif roll < 0.05 and " " not in last:  # hyphenated by marriage, across origins
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and "-" not in other and other != last:
            last = f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = _given(rng, origin), _family(rng, origin)
    if rng.random() < 0.15:
        first = rng.choice(WORD_GIVEN) if rng.random() < 0.45 else first
        last = rng.choice(WORD_FAMILY) if first not in WORD_GIVEN else last
    if rng.random() < 0.15:  # registered or typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune9") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune9") -> str:
    return person(rng)[1]


def _given_part(first: str) -> str:
    return first.replace("-", " ").split(" ")[0]


def full_name(rng: random.Random, _split: str = "tune9") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.4:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin in PATRONYMIC and form < 0.3:
        return f"{first} {_given(rng, origin)} {last}"
    if origin == "vietnamese" and form < 0.55:
        return f"{first} Văn {last}" if rng.random() < 0.5 else f"{last} Văn {first}"
    if form < 0.28:
        return f"{first} {last}"
    if form < 0.36:
        return f"{first} {mid}. {last}"
    if form < 0.40:
        middle = _given_part(_given(rng, origin))
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.50:
        return f"{last}, {first}"
    if form < 0.54:
        return f"{last}, {first} {mid}"
    if form < 0.59:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.62:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.64:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.69:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.76:
        return first
    if form < 0.81:
        return f"{first} {last} {rng.choice(SUFFIXES)}"
    if form < 0.83:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.86:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.89:
        return f"{first} {mid} {last}"
    if form < 0.92:
        return f"{last},{first}"
    return f"{first} {last}"


def last_first(rng: random.Random) -> str:
    """EHR lists and census boards: "Rijos Laracuente, Coralis", "MULCAIR,DELIA M"."""
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([
        f"{last}, {first}", f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
        f"{last}, {first} {mid}.", f"{_fold(last).upper()},{_fold(first).upper()}",
        f"{_fold(last).upper()}, {_fold(first).upper()} {mid}",
    ])  # fmt: skip


def name_upper(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{_fold(first)} {_fold(last)}".upper(),
                       f"{_fold(first)} {_initial(rng)} {_fold(last)}".upper()])  # fmt: skip


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle(rng: random.Random) -> str:
    """A middle name or initial in its own field (HL7 XPN.3, FHIR given[1], a form's MI box)."""
    if rng.random() < 0.6:
        return _initial(rng)
    return _given_part(_given(rng, _origin(rng)))


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_lower(rng: random.Random) -> str:
    """As file names and query strings carry it."""
    return _handle(_given_part(person(rng)[0])) or "pt"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "pt"


def clinician(rng: random.Random) -> str:
    """A clinician's name before a credential: "Delia M. Meagher", "D. Meagher", "Meagher, Delia"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {_initial(rng)}. {last}",
                       f"{_given_part(first)[0]}. {last}", f"{last}, {first}"])  # fmt: skip


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
    """Initials that stand for a person: a note's author, a transcriptionist, a co-signer."""
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}{b}", f"{a}{c}{b}", f"{a}.{b}.", f"{a}.{c}.{b}.", f"{a}{b}".lower(),
                       f"{a}{c}{b}".lower(), f"{a}. {b}."])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

# Streets of Boston, Brooklyn and Queens, Philadelphia, Pittsburgh, Detroit, Cleveland,
# Milwaukee and the Twin Cities.
STREETS = [
    "Gallivan", "Bowdoin", "Seaver", "Ruggles", "Shawmut", "Morrissey", "Talbot", "Dyckman",
    "Vermilyea", "Halsey", "Tompkins", "Throop", "Stuyvesant", "Hopkinson", "Lefferts", "Parkside",
    "Cortelyou", "Ditmas", "Farragut", "Cropsey", "Tabor", "Summerdale", "Belgrade", "Aramingo",
    "Mascher", "Palethorp", "Fairhill", "Orkney", "Cadwallader", "Wister", "Musgrave", "Stenton",
    "Mermaid", "Negley", "Braddock", "Banksville", "Chene", "Conant", "Mound", "Tireman", "Fenkell",
    "McNichols", "Schoolcraft", "Lahser", "Trumbull", "Vernor", "Springwells", "Lonyo", "Scotten",
    "Kercheval", "Chalmers", "Moross", "Morang", "Gunston", "St. Clair", "Broadview", "Kinsman",
    "Capitol", "Teutonia", "Vliet", "Layton", "Lapham", "Muskego", "Vieau", "Burnham", "Kilbourn",
    "Downer", "Kenilworth", "Dowling", "Minnehaha", "Hiawatha", "Snelling", "Arcade", "Larpenteur",
    "Iglehart", "Selby", "Robie", "Geranium", "Reaney", "Flandrau", "Kennard", "Mackubin",
    "Arundel", "Galtier", "Grotto", "Cretin", "227th",
]  # fmt: skip
STREET_TYPES = [("St", 10), ("Street", 4), ("Ave", 9), ("Avenue", 3), ("Rd", 4), ("Road", 1),
                ("Dr", 2), ("Blvd", 2), ("Pl", 2), ("Ct", 1), ("Ter", 1), ("Pkwy", 1),
                ("Hwy", 1), ("Sq", 1), ("Ln", 1), ("Way", 1), ("Ext", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "North ", "South ", "East ", "West ", "N. ", "W. "]
UNITS = ["Apt 3R", "Apt 2F", "Apt 1L", "2nd Fl", "3rd floor", "Apt 6J", "Apt 4C", "#2", "# 3R",
         "Unit 3", "Unit B", "Apt B-12", "Bldg 5 Apt 2C", "Ste 410", "Apt 11H", "Rear", "Fl 1",
         "Apt 1 Rear", "Apt PH-B", "Apt 203", "Lower", "Upper", "Apt 2 (2nd fl)"]  # fmt: skip


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:  # Queens
        return f"{rng.randint(30, 250)}-{rng.randint(1, 99):02d}"
    if roll < 0.09:
        return f"{rng.randint(10, 999)}{rng.choice('ABR')}"
    if roll < 0.11:
        return f"{rng.randint(10, 999)} 1/2"
    return str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(1000, 4999), rng.randint(10000, 29999)]))  # fmt: skip


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def street_name(rng: random.Random) -> str:
    """A street with no house number: "lives off Vernor Hwy", "corner of Tabor and Mascher"."""
    return f"{rng.choice([''] * 6 + PREDIR)}{rng.choice(STREETS)} {_street_type(rng)}"


def street_line(rng: random.Random) -> str:
    """Number, street and type with no unit: an addr1 or line[0] field."""
    return f"{_house_number(rng)} {street_name(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    return rng.choice(["PO Box", "P.O. Box", "POB", "Box", "PO BOX"]) + f" {rng.randint(1, 9999)}"


def rural_route(rng: random.Random) -> str:
    """Wisconsin and Michigan rural grid numbers, Amish and reservation routes."""
    return rng.choice([
        f"N{rng.randint(1000, 9999)} {rng.choice(STREETS)} Rd", f"W{rng.randint(1000, 9999)} State Road {rng.randint(11, 199)}",
        f"{rng.randint(1000, 19999)} County Road {rng.choice(['K', 'VV', 'MM', 'Q', '600 N'])}",
        f"{rng.randint(100, 9999)} Township Rd {rng.randint(100, 699)}", f"RR {rng.randint(1, 9)} Box {rng.randint(10, 499)}",
        f"{rng.randint(1000, 9999)} Old State Route {rng.randint(2, 99)}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune9") -> str:
    kind = rng.random()
    if kind < 0.06:
        return po_box(rng)
    if kind < 0.11:
        return rural_route(rng)
    if kind < 0.15:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.38:
        line += rng.choice([", ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.06 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


CITIES = [
    "Cohoes", "Watervliet", "Hoosick", "Mechanicville", "Catskill", "Peekskill", "Ossining",
    "Haverstraw", "Nyack", "Mamaroneck", "Tarrytown", "Tuckahoe", "Patchogue", "Riverhead",
    "Wyandanch", "Amityville", "Massapequa", "Hicksville", "Canarsie", "Ridgewood", "Maspeth",
    "Flushing", "Bayside", "Tonawanda", "Cheektowaga", "Amherst", "Depew", "Owego", "Margaretville",
    "Montclair", "Wallington", "Ridgefield", "Cliffside", "Carteret", "Roselle", "Dunellen",
    "Manville", "Raritan", "Flemington", "Pottstown", "Coatesville", "Hanover", "Shippensburg",
    "Pittston", "Towanda", "McKeesport", "Aliquippa", "Ansonia", "Derby", "Naugatuck", "Winsted",
    "Wallingford", "Danielson", "Enfield", "Windsor Locks", "Groton", "Newport", "Coventry",
    "Smithfield", "Burrillville", "Southbridge", "Northampton", "Easthampton", "Agawam", "Ludlow",
    "Dracut", "Billerica", "Chelmsford", "Tewksbury", "Stoughton", "Dartmouth", "Wareham",
    "Falmouth", "Allston", "Charlestown", "Weymouth", "Braintree", "Dedham", "Walpole", "Milford",
    "Uxbridge", "Whitinsville", "Winooski", "Somersworth", "Westbrook", "Madawaska", "Bucksport",
    "Lubec", "Machias", "Barberton", "Struthers", "Circleville", "Piqua", "Orrville", "Inkster",
    "Westland", "Redford", "Ferndale", "Lapeer", "Hudsonville", "Jenison", "Grandville", "L'Anse",
    "Bellwood", "Glenview", "Wilmette", "Winnetka", "Libertyville", "Yorkville", "Woodstock",
    "McHenry", "Ottawa", "Bourbonnais", "Momence", "Dolton", "Bridgeview", "Stickney", "Brookfield",
    "Matteson", "Hometown", "Wauwatosa", "Greendale", "Cedarburg", "Onalaska", "Minocqua",
    "Woodruff", "Kaukauna", "De Pere", "Neenah", "Menasha", "Keshena", "Neopit", "Zoar", "Bayfield",
    "Nashotah", "Shoreview", "Ponsford", "Naytahwaush", "Coralville", "Bettendorf",
]  # fmt: skip

STATES = ["NY", "NJ", "PA", "MA", "CT", "RI", "VT", "NH", "ME", "OH", "MI", "IN", "IL", "WI",
          "MN", "IA", "N.Y.", "Mass.", "Conn.", "Mich.", "Ill.", "Wis.", "Minn.", "Ohio",
          "New York", "Michigan", "Wisconsin", "ny", "pa"]  # fmt: skip

# ZIP prefixes of New England, New York, New Jersey, Pennsylvania and the Great Lakes states.
_ZIP3 = [(10, 27), (28, 29), (30, 38), (39, 49), (50, 59), (60, 69), (70, 89), (100, 149),
         (150, 196), (430, 458), (460, 479), (480, 499), (500, 528), (530, 549), (550, 567),
         (600, 629)]  # fmt: skip


def city(rng: random.Random, _split: str = "tune9") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def _zip5(rng: random.Random) -> str:
    lo, hi = rng.choice(_ZIP3)
    return f"{rng.randint(lo, hi):03d}{rng.randint(1, 99):02d}"


def zip_code(rng: random.Random) -> str:
    z = _zip5(rng)
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    """HL7 and X12 often run the nine digits together."""
    return f"{_zip5(rng)}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SEPT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]  # fmt: skip
_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    # Birth dates of nursing-home and hospice patients, other birth dates, then service dates.
    pick = rng.random()
    if pick < 0.2:
        y = rng.randint(1922, 1936)
    elif pick < 0.45:
        y = rng.randint(1937, 2024)
    else:
        y = rng.randint(2019, 2026)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if (m == 2 and y % 4) else _DAYS[m - 1])
    return y, m, d


def _hms(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}/{yy:02d}", f"{m}/{d}/{yy:02d}",
        f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}", f"{ab} {d}, {y}", f"{SEPT[m - 1]} {d}, {y}",
        f"{d} {mo} {y}", f"{d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{yy:02d}", f"{m}-{d}-{y}",
        f"{m}/{d}", f"{ab} {d}", f"{mo} {d}", f"{mo} {d}{o}", f"{m}.{d}.{yy:02d}",
        f"{mo.upper()} {d}, {y}", f"{y}{m:02d}{d:02d}", f"{d}{o} of {mo}",
    ])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}",
                       f"{m}/{d}/{y % 100:02d}"])  # fmt: skip


def compact_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8 and file names: 20240314."""
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    """HL7 DTM, whole: 202403140930, 20240314093015-0500."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('45')}00"])


def long_date(rng: random.Random) -> str:
    """Letters: March 14, 2024; Mar. 14, 2024; 14 March 2024."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{SEPT[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d:02d}",
                       f"{SEPT[m - 1]} {d}", f"{MONTHS[m - 1]} {d}{_ordinal(d)}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice(
        [f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}"]
    )


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def dmon_date(rng: random.Random) -> str:
    """Lab and pharmacy systems: 14-Mar-2024, 14MAR24."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{d:02d}-{ABBR[m - 1]}-{y}", f"{d:02d}{ABBR[m - 1].upper()}{y % 100:02d}",
                       f"{d:02d}-{ABBR[m - 1].upper()}-{y}"])  # fmt: skip


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    ms = rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-05:00", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-04:00",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    """The date of an access-log line, 14/Mar/2024; the clock after it stays outside."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def syslog_date(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return f"{ABBR[m - 1]} {d:2d}"


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice([f"{hh:02d}:{mi:02d}:{ss:02d}", f"{hh:02d}{mi:02d}", f"{hh:02d}:{mi:02d}"])


_NINETY = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
           "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    n = rng.randint(90, 101)
    if n >= 100:
        return rng.choice(["one hundred", "a hundred and one"])
    word = _NINETY[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers people are reached at -------------------------------------------------------------

AREA_CODES = [212, 718, 347, 917, 516, 631, 914, 845, 518, 315, 585, 716, 607, 201, 973, 908,
              732, 856, 215, 267, 610, 484, 412, 724, 814, 570, 617, 857, 781, 508, 774, 978,
              413, 401, 603, 207, 802, 860, 203, 216, 440, 330, 419, 614, 513, 937, 313, 248,
              586, 734, 810, 616, 269, 906, 312, 773, 708, 847, 630, 815, 414, 262, 608, 920,
              715, 612, 651, 763, 952, 218, 319, 515, 563, 317, 219, 574]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(AREA_CODES), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"{a} {b} {c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}",
        f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 9999)}", f"{a}/{b}-{c}", f"1 ({a}) {b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(AREA_CODES)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = [
    "nni.com", "localnet.com", "hvi.net", "capital.net", "fltg.net", "mhcable.com", "gisco.net",
    "wideopenwest.com", "wmconnect.com", "chorus.net", "solarus.net", "nconnect.net",
    "uniontel.net", "merr.com", "paulbunyan.net", "mnic.net", "southslope.net", "lisco.com",
    "dwx.com", "myclearwave.net", "pcisys.net", "netcom.com", "countermail.com", "ncn.net",
    "twcny.com", "umich.edu", "umn.edu", "wisc.edu", "osu.edu", "syr.edu", "neu.edu", "tufts.edu",
]  # fmt: skip
# The health system's own and its partners' mail domains (staff addresses are EMAIL too).
STAFF_DOMAINS = [
    "northcoasthealth.org", "lakeshorehealth.org", "riverbendmed.org", "stcolumba.org",
    "mercyhospice.org", "greatlakesva.org", "tricountyfqhc.org", "kinderhealth.org",
    "oncoalliance.org", "caritasnursing.org",
]  # fmt: skip


def _email_local(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "pt", _handle(last) or "pt"
    n = rng.randint(1, 99)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{rng.randint(1940, 2008)}",
        f"{f[0]}.{ln}{n:02d}", f"{ln}{f[0]}", f"{f}.{ln}.{rng.randint(2, 9)}", f"{f}-{ln}",
        f"{ln}family", f"{f}{ln[0]}{rng.randint(50, 99)}", f"nana.{ln}", f"{f[:3]}{ln[:5]}",
    ])  # fmt: skip


def email(rng: random.Random, _split: str = "tune9") -> str:
    return f"{_email_local(rng)}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "pt", _handle(last) or "pt"
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}{rng.randint(2, 9)}"])
    return f"{local}@{rng.choice(STAFF_DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "tune9") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "pt", _handle(last) or "pt"
    n = rng.randint(1, 99)
    return rng.choice([
        f"{f[0]}{ln}", f"{f[0]}{ln}{n}", f"{f}.{ln}", f"{ln}{f[0]}", f"{f[0]}{_initial(rng).lower()}{ln[:6]}",
        f"{ln[:6]}{f[:2]}", f"{f}{ln[0]}", f"{ln.upper()}{f[0].upper()}", f"{f}_{ln}", f"{f}{rng.randint(1950, 2009)}",
        f"{f[0]}{ln[:7]}{n:02d}", f"{ln}.{f}", f"{f[0]}{ln}.adm",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune9") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "pt", _handle(last) or "pt"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.gofundme.com/f/{f}-{ln}-medical-bills",
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://{ln}{f[0]}.wordpress.com",
        f"https://lotsahelpinghands.com/c/{_digits(rng, 6)}/", f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}",
        f"https://mychart.northcoasthealth.org/MyChart/Visit/{_digits(rng, 8)}",
        f"https://fhir.lakeshorehealth.org/R4/Patient/{_digits(rng, 9)}",
        f"https://ehr.riverbendmed.org/chart/{_digits(rng, 7)}?enc={_digits(rng, 9)}",
        f"https://photos.app.goo.gl/{_letters(rng, 17, an)}", f"https://www.legacy.com/obituaries/name/{f}-{ln}-obituary?id={_digits(rng, 8)}",
        f"https://www.instagram.com/{f}_{ln}/", f"https://vm.tiktok.com/{_letters(rng, 9, an)}/",
        f"https://www.youtube.com/@{f}{ln}", f"https://docs.google.com/document/d/{_letters(rng, 32, an)}/edit",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.3:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.42:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2600:{g[1]}:{g[2]}::{g[7]}", f"fe80::{g[5]}:{g[6]}:{g[7]}"]
        )
    return (
        f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}"], [7, 3, 1])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), f"00{_digits(rng, 6)}", f"E{_digits(rng, 7)}",
        f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"MR{_digits(rng, 7)}",
        f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"KH{_digits(rng, 6)}", _digits(rng, 10),
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (f"{rng.randint(1, 9)}{rng.choice(_MBI_ALPHA)}{rng.choice(an)}{rng.randint(0, 9)}"
           f"{rng.choice(_MBI_ALPHA)}{rng.choice(an)}{rng.randint(0, 9)}{rng.choice(_MBI_ALPHA)}"
           f"{rng.choice(_MBI_ALPHA)}{_digits(rng, 2)}")  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    """New York CIN, Pennsylvania, Michigan and Illinois Medicaid numbers."""
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}", _digits(rng, 10),
                       f"{_digits(rng, 9)}{rng.randint(1, 9)}", f"{_digits(rng, 9)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}{_letters(rng, 1)}{_digits(rng, 8)}",
        f"{_digits(rng, 9)}{_letters(rng, 2)}", f"ZG{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"YH{_digits(rng, 7)}", mbi(rng), medicaid_id(rng),
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 10), f"HAR{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        f"G{_digits(rng, 8)}", f"{_digits(rng, 8)}-{_digits(rng, 2)}", f"SP{_digits(rng, 7)}",
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


def license_number(rng: random.Random) -> str:
    """Driver's licences of the region, state nursing and medical licences, NPI and DEA."""
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 12)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 9)}",
        f"S{_digits(rng, 8)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_digits(rng, 8)}",
        f"RN{_digits(rng, 7)}", f"{_digits(rng, 6)}-{_digits(rng, 2)}", f"0{_digits(rng, 6)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("DEFGHJKLMNPRST123456")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 3)} {_digits(rng, 4)}", f"{rng.randint(1, 9)}{_letters(rng, 2)}{_digits(rng, 3)}",
        f"{_digits(rng, 3)}-{_letters(rng, 3)}", f"{_letters(rng, 2)}{_digits(rng, 5)}", f"{_letters(rng, 3)}{_digits(rng, 3)}",
        f"{_digits(rng, 3)} {_letters(rng, 2)}{_digits(rng, 1)}",
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return payload + _luhn_check(payload)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def udi(rng: random.Random) -> str:
    gtin = "00" + _digits(rng, 12)
    exp = f"{rng.randint(25, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return f"(01){gtin}(17){exp}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def device_id(rng: random.Random) -> str:
    """Pump, monitor, pacemaker, CGM and hearing-aid serials; IMEIs and MAC addresses."""
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"{rng.randint(10, 99)}{_letters(rng, 1)}{_digits(rng, 6)}", f"PJN{_digits(rng, 6)}", f"SN{_digits(rng, 9)}",
        f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}",
        f"{_letters(rng, 4, an)}-{_letters(rng, 4, an)}", f"9{_digits(rng, 9)}", f"{_hex(rng, 12).upper()}",
        imei(rng), mac_address(rng), f"A{_digits(rng, 7)}", f"{_letters(rng, 2)}{_digits(rng, 7)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    """Encounter, accession, claim, case, referral, prior-auth, FIN and VA ICN numbers."""
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"FIN{_digits(rng, 9)}", f"ENC{_digits(rng, 8)}", f"{rng.randint(19, 26)}-{_letters(rng, 2)}-{_digits(rng, 6)}",
        f"S{rng.randint(19, 26)}-{_digits(rng, 5)}", f"CLM{_digits(rng, 11)}", f"REF-{_digits(rng, 7)}",
        f"PA{_digits(rng, 9)}", f"{_digits(rng, 10)}V{_digits(rng, 6)}", f"CASE-{_letters(rng, 6, an)}",
        f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"W{_digits(rng, 7)}", f"ACC{_digits(rng, 8)}",
        _digits(rng, 8), f"{_letters(rng, 3)}-{_digits(rng, 6)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler, so that log lines vary ----------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), _hex(rng, 16), f"req-{_hex(rng, 12)}"])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404",
                       "409", "500", "502", "503"])  # fmt: skip


def host(rng: random.Random) -> str:
    return rng.choice(["ehr-app03", "ehr-app07", "ifc-mirth01", "fax-gw02", "web-dmz1", "sso-idp2",
                       "pacs-gw1", "prt-srv4", "lis-bridge", "sched-wkr2"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, hosts).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "LASTFIRST": ("NAME", last_first),  # "Rijos Laracuente, Coralis", "MULCAIR,DELIA M"
    "NAMEUP": ("NAME", name_upper),  # "DELIA MEAGHER" on wristbands and labels
    "FNUP": ("NAME", first_upper),  # HL7, X12 and DICOM components
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "MIDDLE": ("NAME", middle),
    "FNLOW": ("NAME", first_lower),  # file names and query strings
    "LNLOW": ("NAME", last_lower),
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, MD"
    "WFIRST": ("NAME", word_first),  # given names that are words: Thankful, Clever, Progress
    "WLAST": ("NAME", word_last),  # family names that are words: Keeper, Stable, Carrier
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),  # initials standing for a person
    # Places
    "STREETLINE": ("ADDRESS", street_line),
    "STREETNAME": ("ADDRESS", street_name),  # "off Vernor Hwy": no house number
    "UNIT": ("ADDRESS", unit),
    "STREETUP": ("ADDRESS", street_upper),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),  # an HL7 DTM is one DATE, clock and zone included
    "LONGDATE": ("DATE", long_date),
    "MD": ("DATE", month_day),
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),  # "the 14th": "the" stays outside
    "DMON": ("DATE", dmon_date),
    "TS": ("DATE", timestamp),  # a whole logging timestamp is one DATE
    "CLFDATE": ("DATE", clf_date),  # access logs: the clock after it stays outside
    "SYSDATE": ("DATE", syslog_date),
    # Ages and numbers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "STAFFEMAIL": ("EMAIL", staff_email),
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
    "PTUUID": ("OTHER_ID", patient_uuid),  # a FHIR Patient id
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "HOST": (None, host),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format, and no slot
# stands directly before a doubled closing brace.

CHAT = [
    # Secure messaging, nurse to doctor and back
    "Dr {SURNAME}, pt {LASTFIRST} in 7214 is refusing her 1700 lasix, BP 168/92, can you come by",
    "hi this is {FIRST} RN on 6W, {NAME}'s daughter is asking for an update, can u call her at {PHONE}",
    "FYI {SURNAME} in bed 12 fell at {CLOCK}, no injury, son {FIRST} notified",
    "can someone call back {NAME} at {PHONE}? she says her mom {NAME} was discharged {MD} w/o her meds",
    "paging cards fellow re: {LASTFIRST} MRN {MRN}, trop 0.41 from 0.09",
    "pls d/c the foley on {SURNAME} rm 4410, placed {MD}",
    "{DOC} here covering for {SURNAME} tonight, who is the charge nurse on 5 North",
    "family of {NAME} ({AGEN}F, 5N-08) wants to talk about hospice, wife {FIRST} here until 8",
    "pt {INITS} in triage 3 says he left his wallet with DL {LICENSE} in the cab",
    "hey {FIRST}, can you cosign my note on {LASTFIRST} from {MD}? thx",
    "rapid on 9 Tower bed 22, {NAME}, sats 84% - team please",
    "{WLAST} in 12 is asking for the chaplain, he wants Fr. {SURNAME} from his parish",
    "the VNA nurse {NAME} called from {PHONE}, pt's INR 4.8 at home today",
    "can u add {FIRST} {SURNAME} to the 3pm huddle? she's the new SW for 8 South",
    "mom of {FIRST} {SURNAME} (bed 3, PICU) asking if dad {FIRST} can stay overnight too",
    "reminder: {LASTFIRST} needs NPO after MN for TEE with Dr. {SURNAME} at 0800",
    "who ordered the CT on {SURNAME} for {MD}? radiology ({FIRST}) needs the indication",
    "dr {SURNAME} pls call {CITY} Care Center re: resident {NAME}, they want a DNR order faxed to {FAX}",
    "{NAME} (MRN {MRN}) is back from IR, groin site c/d/i, wife {WFIRST} at bedside",
    "just an FYI the pt in 22 goes by {NICK}, not {FIRST}",
    "lab called critical K 6.4 on {LASTFIRST}, read back to {FIRST} at {CLOCK}",
    "son {NAME} says pt lives at {STREET} {CITY}, not the address in the chart",
    "is {DOC} still the attending for {SURNAME} or did it switch to {SURNAME} on {MD}",
    "ok will tell {FIRST}. she's {AGE} and sharp as a tack lol",
    "pt's niece {NAME} keeps calling the unit ({PHONE}), she is NOT on the HIPAA list",
    "need a 2nd RN witness for {SURNAME}'s insulin drip change, anyone free",
    "heads up the {SURNAME} family is bringing the grandmother from {CITY} tomorrow, she's {AGEN}",
    "can you text me the gate code for the {SURNAME} home visit, {RURAL}, {CITY}",
    "{FIRST} can you swap my sat shift on {MD}, i'll take your {MD}",
    "pt {NAMEUP} w/ ID band DOB {USDATE} but registration has {USDATE}, who fixes that",
    "interpreter {FIRST} (Somali) available at 1400 for the {SURNAME} family meeting",
    "Sr. {FIRST} from spiritual care is on her way up for {SURNAME} in 1102",
    "pt in 3 wants her pastor, Rev. {SURNAME}, his cell is {PHONE}",
    "{FIRST} from case mgmt: {LASTFIRST} accepted at {CITY} Rehab, transport booked {MD} 10am",
    "DME delivered hospital bed to {STREETLINE} {UNIT}, daughter {FIRST} signed for it",
    "the {WLAST} baby in NICU 14 - mom {NAME} called twice, pls update when rounds done",
    "hey {FIRST} are you on call for {SURNAME}'s team this wkend",
    "pharmacy ({FIRST}) says the vanc trough on {SURNAME} was drawn late, redraw at {CLOCK}?",
    "discharge for {LASTFIRST} on hold, ride ({NAME}) can't come till {MD}",
    "page from {DOC}: pls call re {SURNAME} bed 9 back pain",
    "{INITS} - saw your note, agree with plan for {SURNAME}. -{INITS}",
    "pls update my cell in the directory to {PHONE}, thx {FIRST}",
    "the pt in 18 says her name is spelled {NAME} not how we have it",
    "just admitted {NAME}, {AGEN}M from {CITY} Manor, no family available tonight",
    "fax from Dr {SURNAME} ({FAX}) came to the wrong unit, sending to 4 East",
    "mrs {SURNAME}'s husband {FIRST} is here with her hearing aids, S/N {DEVICE}",
    "security has pt's car keys, plate {PLATE}, tell son {FIRST} to go to the desk",
    "email {STAFFEMAIL} the consent form for {SURNAME} pls",
    "{FIRST} is covering the unit phone, ext changed to {PHONE}",
    "my badge isn't working, username {USER}, can IT reset",
    "pt {LASTFIRST} asking to see the {CITY} VA social worker, any idea who",
    "{WNAME} in 5 is stable, eating well, ok to transfer to floor",
    "{WLAST} in bed 6 is the pt, not the family member lol, {FIRST} got confused",
    "send the wound photos of {SURNAME} to derm at {STAFFEMAIL}",
    "tele box {DEVICE} is on {SURNAME} in 14 not 15, pls fix in the system",
    "pump on {LASTFIRST} alarming occlusion, S/N {DEVICE}, biomed ticket {OTHER}",
    "pt's wife {FIRST} wants to bring their dog in lol, told her to call {PHONE} for pet therapy",
    "the ambulette VIN {VIN} is out front for {SURNAME}",
    "new admit from ED: {LASTFIRST}, {AGE} y/o, DOB {DATE}, lives on {STREETNAME}",
    "{SURNAME}'s POA is {NAME}, number {PHONE}, copy is in media tab from {USDATE}",
    "who has the {SURNAME} kid in PICU 6? mom {FIRST} at nurses station",
    "can u check if {NAME} dob {DATE} is already in our system, ED has 2 charts",
    "stat page: {DOC} to L&D room 4",
    "{FIRST} pls bring the peds crash cart to 3 West, pt {INITS}",
    "dr {SURNAME} the oncology nurse navigator {NAME} would like a call back at {PHONE}",
    # Patient portal
    "Hi Dr. {SURNAME}, this is {NAME}. My mother {NAME} ({DATE}) fell again on {MD}. Should we bring her in?",
    "hello it's {FIRST} {SURNAME}, my new address is {STREET}, {CITY}, {STATE} {ZIP} please update before the bill comes",
    "This is {NAME}, dob {DATE}. I need a refill of my metoprolol sent to the pharmacy on {STREETNAME}.",
    "my husband {NAME} is {AGE} and the home aide didn't come on {MD}, who do i call",
    "can you send my records to Dr. {SURNAME} in {CITY}, fax {FAX}? thank you, {FIRST}",
    "i changed my email to {EMAIL} on {MD}, the old one doesn't work",
    "this is {FIRST}'s mom, he has a fever 102 since {MD}, his school is {CITY} Middle",
    "please call me at {PHONE}, not my house phone. {NAME}",
    "my medicaid number is {MEDICAID} and the pharmacy says inactive",
    "the portal says my username {USER} is locked since {MD}",
    "my daughter {NAME} will bring me on {LONGDATE}, she needs a parking pass, plate {PLATE}",
    "i got a bill for account {ACCOUNT} but i was never seen on {DATE}",
    "Hello, my father {NAME} passed away on {LONGDATE}. Please cancel his appointments. {NAME}",
    "dear nurse {FIRST}, thank you for taking care of my grandma {FIRST} {SURNAME} last week",
    "is Dr. {WLAST} still at the {CITY} office on {STREETNAME}?",
    "we moved to {CITY} from {CITY} in {MONYEAR}, can i keep Dr. {SURNAME} as pcp",
    "my dad {NAME} turns {AGEN} on {MD}, does he still need the colonoscopy reminder lol",
    "this is {WNAME}, i had surgery with Dr. {SURNAME} on {DATE} and the incision is red",
    "my insurance changed to member id {PLAN}, card attached",
    "my cgm serial is {DEVICE}, the company wants the clinic to call them at {PHONE}",
    "Hi, it's {NICK} ({NAME}), my son set up {URL} for updates, you can share it with the nurses",
    "Please update my emergency contact to my sister {NAME}, {PHONE}, {STREET}, {CITY}",
    "hi its {INITS} from yesterday's group, i forgot my card at the front desk",
    "my SSN on the form is wrong, it should be {SSN}",
    "can my neighbor {NAME} pick up my prescription on {MD}? i'm {AGE} and can't drive",
    "the letter went to {POBOX}, {CITY} {ZIP} but we don't use that box anymore",
    "please mail the forms to {STREETLINE}, {UNIT}, {CITY}, {STATE} {ZIP}",
    "I'm trying to log in from {IP} and it says blocked",
    "mi mamá {NAME} tiene cita el {MD} con la Dra. {SURNAME}, necesitamos intérprete",
    "i'm {FIRST}'s caregiver, her new phone is {PHONE} and email {EMAIL}",
    "we live way out on {RURAL}, can the hospice nurse come saturday",
    "Thank you Dr. {SURNAME} and {FIRST} at the front desk. {LASTFIRST}",
    "appt on {LONGDATE} or {MD}? the text and the letter don't match",
    "its {WFIRST} {SURNAME}, yes thats my real name lol, dob {USDATE}",
    "my grandson {FIRST} {WLAST} needs his shot record for school by {MD}",
]

LOGS = [
    # EHR audit trails
    '{TS} AUDIT user={USER} action=CHART_OPEN patient_mrn={MRN} patient="{LASTFIRST}" ws=6W-WOW03 reason=TREATMENT',
    '{TS} AUDIT user={USER} action=PRINT doc=AVS patient="{NAME}" printer=PRT-6W-02',
    '{TS} AUDIT BREAK_GLASS user={USER} ("{DOC}") patient={MRN} dob={ISODATE} justification="covering for {SURNAME}"',
    'audit.access user={USER} role=RN src_ip={IP} mrn={MRN} name="{NAMEUP}" at={TS}',
    "{TS}|{USER}|VIEW|Patient|{MRN}|{LASTFIRST}|{IP}|Chart Review",
    "{TS} AUDIT user={USER} action=EXPORT_CCDA patient={MRN} dest={EMAIL}",
    '{TS} AUDIT user={USER} action=UPDATE field=address old="{STREET}" new="{STREET}, {CITY}" patient={MRN}',
    '{TS} AUDIT user={USER} action=MERGE survivor={MRN} victim={MRN} ("{LASTFIRST}" dob {USDATE})',
    '{TS} AUDIT user={USER} action=PROXY_GRANT patient={MRN} proxy="{NAME}" proxy_email={EMAIL}',
    '{TS} AUDIT user={USER} action=SIGN note=ProgressNote author="{DOC}" cosigner="{DOC}" patient={MRN}',
    'privacy.alert rule=SAME_SURNAME user={USER} employee="{NAME}" patient="{NAME}" mrn={MRN} ts={TS}',
    "privacy.alert rule=VIP_ACCESS user={USER} patient={MRN} dept=ED at={TS}",
    "{TS} AUDIT user={USER} action=DEMOGRAPHICS_EDIT patient={MRN} phone_old={PHONE} phone_new={PHONE}",
    "{TS} AUDIT user={USER} action=SCAN_MEDIA patient={MRN} file={LNLOW}_{FNLOW}_hcp_{HLDATE}.pdf",
    "audit user={USER} viewed MRN {MRN} ({LNUP}, {FNUP}) from workstation NURS-4E-07 ip={IP} {TS}",
    'AUDIT {TS} userid={USER} event=REPORT_RUN report="6W Census" rows=32',
    '{TS} AUDIT user={USER} action=RELEASE_OF_INFO patient={MRN} to="{NAME}, Esq." fax={FAX}',
    # HL7 v2: ADT, ORM, ORU, SIU, MDM
    "MSH|^~\\&|EPIC|NCH|MIRTH|NCH|{HLTS}||ADT^A01^ADT_A01|{OTHER}|P|2.5.1\nEVN|A01|{HLTS}|||{USER}^{LNUP}^{FNUP}",
    "PID|1||{MRN}^^^NCH^MR||{LNUP}^{FNUP}^{MIDUP}^^^^L||{HLDATE}|F|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}^USA^H||{PHONE}^PRN^PH|||M||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^NCH^MR~{MEDICAID}^^^NYMCD^MA||{LNUP}^{FNUP}||{HLDATE}|M||2054-5|{POBOX}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}^PRN^CP^{EMAIL}",
    "PID|1||{MRN}||{SURNAME}^{FIRST}^{MIDDLE}^JR||{HLDATE}|M|||{RURAL}^^{CITY}^{STATE}^{ZIP}",
    "PD1|||{CITY} FAMILY HEALTH^^{OTHER}|{NPI}^{LNUP}^{FNUP}^^^^MD",
    "NK1|1|{LNUP}^{FNUP}^{MIDUP}|DAU^Daughter^HL70063|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||EC^Emergency Contact",
    "NK1|2|{LNUP}^{FNUP}|SPO^Spouse|||{PHONE}|{PHONE}",
    "PV1|1|I|6W^6W12^A^NCH||||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD|{NPI}^{LNUP}^{FNUP}^^^^MD||MED||||1|||{NPI}^{LNUP}^{FNUP}|IN||MCR|||||||||||||||||||||||||{HLTS}",
    "PV2|||^CHEST PAIN||||||{HLDATE}",
    "IN1|1|BCBS|00311|BLUE CROSS BLUE SHIELD||||GRP44012|||||||{LNUP}^{FNUP}|01^Self|{HLDATE}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{PLAN}",
    "IN1|2|MCR|CMS|MEDICARE PART A AND B||||||||||||{LNUP}^{FNUP}^{MIDUP}|01^Self|{HLDATE}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}|{PHONE}||{HLDATE}|M||SPO|{SSN}",
    "MRG|{MRN}^^^NCH^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "MSH|^~\\&|EPIC|NCH|LIS|NCH|{HLTS}||ORM^O01|{OTHER}|P|2.3\nORC|NW|{OTHER}|||||^^^{HLTS}||{HLTS}|{USER}^{LNUP}^{FNUP}||{NPI}^{LNUP}^{FNUP}^^^^MD",
    "OBR|1|{OTHER}|{OTHER}|85025^CBC W AUTO DIFF^CPT|||{HLTS}|||||||{HLTS}|BLD|{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD||||||||F|||{NPI}^{LNUP}^{FNUP}",
    "OBX|1|TX|NOTE^Comment||Critical K 6.4 called to {FNUP} {LNUP} RN, read back {HLTS}||||||F",
    "NTE|1|L|Specimen recollected; pt's husband {FIRST} states pt ate at 0700.",
    "OBX|3|ST|PATHR^Pathologist||{LNUP}, {FNUP} {MIDUP} MD||||||F|||{HLTS}",
    "MSH|^~\\&|CERNER|KIDS|EPIC|NCH|{HLTS}||SIU^S12|{OTHER}|P|2.5\nSCH|{OTHER}|{OTHER}|||||FOLLOWUP|30|MIN|^^30^{HLTS}|||||{USER}^{LNUP}^{FNUP}",
    "AIP|1||{NPI}^{LNUP}^{FNUP}^^^^MD|ATT^Attending||{HLTS}|||30|MIN",
    "AIL|1||PEDS-NEPH^^^KIDS^^^{CITYUP} CLINIC",
    "MSH|^~\\&|DICT|NCH|EPIC|NCH|{HLTS}||MDM^T02|{OTHER}|P|2.5\nTXA|1|DS|TX|{HLTS}|{NPI}^{LNUP}^{FNUP}||{HLTS}|||{INITS}^{LNUP}^{FNUP}||{OTHER}||||AU||||||{NPI}^{LNUP}^{FNUP}^^^^MD",
    "OBX|1|TX|DS^Discharge Summary||{FNUP} {LNUP} is a {AGEN} year old woman admitted {USDATE} from {CITY}.||||||F",
    "AL1|1|DA|7980^Penicillin^RXNORM|SV|hives|{HLDATE}",
    "ACK: AE for {OTHER} - PID-7 birth date {HLDATE} after PV1-44 admit {HLTS} (pt {LNUP},{FNUP})",
    '{TS} mirth[ADT_IN] ERROR: PID-5 "{LNUP}^{FNUP}^{MIDUP}" exceeds XPN.1 length, msg {OTHER} queued',
    "{TS} mirth[ORU_OUT] sent {OTHER} to {HOST} for {MRN} ({LNUP}) in {MS} ms",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","identifier":[{{"system":"urn:oid:2.16.840.1.113883.3.552","value":"{MRN}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDDLE}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}","use":"mobile"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"relationship":[{{"text":"mother"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"suffix":["MD"]}}]}}',
    '{{"resourceType":"Encounter","status":"finished","subject":{{"display":"{NAME}"}},"period":{{"start":"{TS}","end":"{TS}"}},"participant":[{{"individual":{{"display":"{DOC}, NP"}}}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{LASTFIRST}"}},"beneficiary":{{"reference":"Patient/{PTUUID}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"patient":{{"display":"{NAME}"}}}}',
    '{{"resourceType":"Observation","subject":{{"reference":"Patient/{MRN}","display":"{NAME}"}},"effectiveDateTime":"{TS}","code":{{"text":"Potassium"}},"valueQuantity":{{"value":6.4}}}}',
    '{{"resourceType":"DocumentReference","author":[{{"display":"{DOC}, MD"}}],"date":"{TS}","subject":{{"display":"{LASTFIRST}"}},"content":[{{"attachment":{{"url":"{URL}"}}}}]}}',
    '{{"resourceType":"OperationOutcome","issue":[{{"severity":"error","diagnostics":"Patient.birthDate \'{DATE}\' is not a valid date for {NAME}"}}]}}',
    "fhir.gateway GET /R4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} -> {STATUS} ({MS} ms) client=smart-app-7",
    "fhir.gateway GET /R4/Patient/{PTUUID}/$everything user={USER} ip={IP} {STATUS}",
    # CSV and TSV exports
    'mrn,last,first,dob,street,city,state,zip,phone\n{MRN},{SURNAME},{FIRST},{USDATE},"{STREETLINE}",{CITY},{STATE},{ZIP},{PHONE}',
    '"Room","Patient","Age","Attending","Admit"\n"6W-12","{LASTFIRST}","{AGEN}","{LASTFIRST}","{USDATE}"',
    "Resident\tRoom\tDOB\tMedicaid\tResponsible Party\tPhone\n{LASTFIRST}\t118-B\t{USDATE}\t{MEDICAID}\t{NAME}\t{PHONE}",
    "acct|guarantor|addr|city|st|zip|bal\n{ACCOUNT}|{NAMEUP}|{STREETUP}|{CITYUP}|{STATE}|{ZIPNINE}|412.80",
    'export.row 1182 rejected: "{SURNAME}","{FIRST}","{DATE}","{SSN}" (ssn checksum)',
    'PatientName,MRN,VisitDate,Provider,Email\n"{NAME}",{MRN},{ISODATE},"{DOC}",{EMAIL}',
    "employee_id\tname\tusername\temail\tdept\n{OTHER}\t{LASTFIRST}\t{USER}\t{STAFFEMAIL}\tNursing 6W",
    "vacc_export: {MRN};{LNUP};{FNUP};{HLDATE};Tdap;{HLDATE};lot U7134AA",
    "tumor_registry.csv line 44: {MRN},{LASTFIRST},{USDATE},C34.11,{DOC}",
    "claims_835.tsv: {OTHER}\t{LASTFIRST}\t{PLAN}\t{ISODATE}\t125.00\tCO-45",
    'mds_extract: resident_id={OTHER} name="{LASTFIRST}" ard={ISODATE} medicaid={MEDICAID} bims=9',
    # Application logs, key=value and JSON
    'level=info svc=registration evt=address_update mrn={MRN} addr1="{STREETLINE}" city="{CITY}" zip={ZIP} by={USER}',
    'level=warn svc=eligibility member={PLAN} subscriber="{LNUP}, {FNUP}" dob={HLDATE} status=inactive payer=NYMCD',
    "{TS} level=error svc=portal evt=login_failed user={USER} ip={IP} attempts=5 locked=true",
    'level=info svc=reminders evt=sms_sent to={E164} pt="{FIRST}" appt="{LONGDATE} 2:20 PM" clinic="{CITY}"',
    'level=info svc=kiosk evt=checkin name="{NAME}" dob_entered={USDATE} match=mrn:{MRN} kiosk=LOBBY-2',
    'level=debug svc=empi evt=candidate a="{NAMEUP}|{HLDATE}|{ZIP}" b="{NAMEUP}|{HLDATE}|{ZIP}" score=0.93',
    'level=info svc=transport evt=ride_booked pt={MRN} pickup="{STREET}, {CITY}" vehicle={VIN} driver_phone={PHONE} when={TS}',
    'ts={TS} level=warn svc=geocode evt=no_match addr="{STREET}" city="{CITY}" zip={ZIP}',
    'level=info svc=proxy evt=invite_sent patient={MRN} proxy_email={EMAIL} proxy_name="{NAME}" expires={ISODATE}',
    'level=info svc=bedboard evt=assign bed=6W-12 pt="{LASTFIRST}" by={USER} ts={TS}',
    '{{"ts":"{TS}","level":"INFO","svc":"adt-router","event":"A03","mrn":"{MRN}","patient":"{LNUP}^{FNUP}","disch":"{HLTS}"}}',
    '{{"ts":"{TS}","level":"WARN","svc":"portal","msg":"password reset","user":"{USER}","email":"{EMAIL}","ip":"{IP}"}}',
    '{{"ts":"{TS}","svc":"intake","form":{{"patientName":"{NAME}","dob":"{USDATE}","address":"{STREET}","city":"{CITY}","zip":"{ZIP}","phone":"{PHONE}"}},"status":"submitted"}}',
    '{{"event":"emergency_contact.updated","mrn":"{MRN}","contact":{{"name":"{NAME}","rel":"son","phone":"{PHONE}"}},"by":"{USER}"}}',
    '{{"level":"error","svc":"billing","msg":"statement returned","acct":"{ACCOUNT}","guarantor":"{LASTFIRST}","addr":"{POBOX}, {CITY} {ZIP}"}}',
    '{{"svc":"telehealth","room":"{REQID}","patient":"{NAME}","provider":"{DOC}","joined_ip":"{IP}","start":"{TS}"}}',
    '{{"svc":"hie","query":{{"family":"{SURNAME}","given":"{FIRST}","birthDate":"{ISODATE}","postal":"{ZIP}"}},"matches":0}}',
    '{{"svc":"mpi","action":"link","left":{{"mrn":"{MRN}","name":"{LASTFIRST}"}},"right":{{"mrn":"{MRN}","name":"{LASTFIRST}"}},"by":"{USER}"}}',
    '{{"svc":"nursehome-portal","resident":"{NAME}","room":"214A","age":{AGEN},"rp":"{NAME}","rp_phone":"{PHONE}"}}',
    "INFO [registration] {TS} SSN {SSN} entered for {LASTFIRST} by {USER} (verified=false)",
    "WARN [scheduling] {TS} double-booked: {LASTFIRST} and {LASTFIRST} at 09:40 with {DOC}",
    "INFO [va-cc] {TS} referral {OTHER} for Veteran {NAMEUP} approved, provider {DOC}, DPM, {CITY}",
    "INFO [lab] {TS} critical value called: {LASTFIRST} MRN {MRN} to {DOC}, RN by {INITS}",
    # Web and API gateway logs
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "GET /portal/api/v2/patients?last_name={LNLOW}&dob={ISODATE} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "GET /scheduling/search?q={LNLOW}%2C+{FNLOW}&zip={ZIP} HTTP/2.0" 200 {BYTES} "-" "Mozilla/5.0"',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "POST /api/v1/referrals?patient_email={EMAILENC} HTTP/1.1" {STATUS} {BYTES}',
    'apigw {TS} route=/fhir/R4/Patient method=GET qs="name={LNLOW}&birthdate={ISODATE}" client_ip={IP} status={STATUS} latency_ms={MS}',
    "apigw {TS} route=/v1/members/{PLAN}/eligibility method=GET status={STATUS} caller=rcm-batch",
    "apigw {TS} route=/v1/providers/{NPI} method=GET client_ip={IP} status=200",
    "[{TS}] GET /directory/search?name={FNLOW}+{LNLOW}&dept=oncology 200 {MS}ms user={USER}",
    "GET /reports/discharge/{MRN}/{LNLOW}_{FNLOW}_{HLDATE}.pdf 403 user={USER} ip={IP}",
    "POST /api/v1/sms/inbound From={E164}&Body=this+is+{FNLOW}+running+late 200",
    "{TS} GET /maps/geocode?street={STREETLINE}&city={CITY}&postal={ZIP} 200 {MS}ms",
    "referer={URL} path=/portal/signup status=302 ip={IP} ts={TS}",
    "waf.block rule=942100 uri=/portal/login?user={USER} src={IP} ts={TS}",
    "{TS} GET /api/v2/staff?email={STAFFEMAIL} 200 {MS}ms caller=sched-ui",
    "{TS} GET /nursehome/residents?room=118B&name={LNLOW} 200 {MS}ms user={USER}",
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /mychart/proxy/accept?inviter={FNLOW}.{LNLOW}&code={REQID} HTTP/1.1" 302 0',
    'apigw {TS} route=/v1/fax/send to={FAX} cover_to="{DOC}, MD" status=202',
    'haproxy[{PIDN}]: {IP}:51022 [{CLFDATE}:{CLOCK}] portal~ web/web-dmz1 0/0/1/{MS}/{MS} {STATUS} {BYTES} - - ---- "GET /appt/confirm?pt={MRN}&d={ISODATE} HTTP/1.1"',
    # Stack traces and exceptions
    'Traceback (most recent call last):\n  File "/opt/intake/forms.py", line 212, in clean_dob\n    raise ValidationError(f"invalid date {{raw!r}}")\nValidationError: invalid date \'{DATE}\' for patient {NAME}',
    "java.lang.IllegalStateException: Duplicate MRN {MRN} for {LNUP},{FNUP}\n\tat org.nch.mpi.Linker.link(Linker.java:144)",
    "org.hl7.fhir.exceptions.FHIRException: Unknown gender for Patient/{PTUUID} ({NAME})",
    'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "staff_email_key"\nDETAIL:  Key (email)=({STAFFEMAIL}) already exists.',
    "KeyError: 'postal_code' in address {{'line1': '{STREETLINE}', 'city': '{CITY}'}} for mrn {MRN}",
    "ValueError: could not convert '{PHONE}' to E.164 (contact of {LASTFIRST})",
    "System.FormatException: String '{DATE}' was not recognized as a valid DateTime. Patient: {LASTFIRST}",
    "smtplib.SMTPRecipientsRefused: {{'{EMAIL}': (550, b'5.1.1 user unknown')}}",
    "NullPointerException in PumpSync.apply(serial={DEVICE}, patient={MRN}) at PumpSync.java:88",
    "ERROR ssn.mask: expected 9 digits, got '{SSN}' for guarantor {NAME}",
    "Unhandled rejection: TypeError: cannot read property 'family' of undefined (patientId={PTUUID}, user={USER})",
    "ERROR ld_import: line 77 license '{LICENSE}' for {DOC} not found in state registry",
    # Database slow-query logs
    "{TS} UTC [{PIDN}] LOG:  duration: {MS}.512 ms  statement: SELECT * FROM patient WHERE last_name ILIKE '{SURNAME}%' AND dob = '{ISODATE}'",
    "{TS} UTC [{PIDN}] LOG:  duration: {MS}.003 ms  execute <unnamed>: UPDATE address SET line1=$1, city=$2, zip=$3\nDETAIL:  parameters: $1 = '{STREETLINE}', $2 = '{CITY}', $3 = '{ZIP}'",
    "# Query_time: 4.8 Lock_time: 0.0 Rows_examined: 881204\nSELECT mrn, ssn FROM person WHERE ssn = '{SSN}';",
    "slowlog: 2311 ms SELECT * FROM encounters e JOIN patients p ON p.id=e.pid WHERE p.email='{EMAIL}'",
    "{TS} UTC [{PIDN}] ERROR:  value too long for type character varying(35)\nSTATEMENT:  INSERT INTO guarantor(name, phone) VALUES ('{NAME}', '{PHONE}')",
    "{TS} UTC [{PIDN}] LOG:  duration: {MS}.9 ms  statement: SELECT * FROM staff WHERE username = '{USER}'",
    'mongo slow op {MS}ms: find residents {{ name: "{NAME}", room: "214A" }}',
    "sqlserver: long-running query spid {PIDN} ({MS} ms): EXEC usp_GetPatient @MRN='{MRN}', @Last='{SURNAME}'",
    "{TS} UTC [{PIDN}] LOG:  duration: {MS}.7 ms  statement: SELECT * FROM accounts WHERE acct_no = '{ACCOUNT}'",
    # Scheduler and queue logs
    "[{TS}] celery.worker task=reminders.send args=('{MRN}', '{E164}') kwargs={{'name': '{FIRST}'}} succeeded in 0.38s",
    '[{TS}] scheduler job=no_show_letters run=4411 picked pt={MRN} addr="{STREET}, {CITY} {ZIP}"',
    'queue=fax-out msg={REQID} to={FAX} attn="{DOC}" retries=2 state=RETRY',
    "queue=hl7-adt depth=0 last={OTHER} ({LNUP}^{FNUP}) acked in {MS} ms",
    "cron birthday_cards: {LASTFIRST} turns {AGEN} on {MD}, mail to {STREET}, {CITY} {ZIP}",
    'rabbitmq publish exchange=appointments key=booked body={{"pt":"{MRN}","start":"{TS}","prov":"{DOC}"}}',
    "job=eligibility_270 member={PLAN} dob={HLDATE} name={LNUP}*{FNUP} result=active",
    'job=mds_submit resident="{LASTFIRST}" ard={ISODATE} status=accepted',
    'job=hospice_visits nurse="{DOC}, RN" patient="{NAME}" addr="{RURAL}, {CITY}" when={TS}',
    'sidekiq: ReferralFaxJob JID-{REQID} args=["{MRN}", "{FAX}"] done: {MS} ms',
    "quartz trigger ResultNotify fired for {MRN}; notify {EMAIL}",
    # Printer, fax and scan logs
    '{TS} spool PRT-6W-02 job {PIDN} user={USER} doc="AVS_{LNUP}_{FNUP}.pdf" pages=4 status=printed',
    'printer LBL-ED-1 job {PIDN} label "{NAMEUP} DOB {USDATE} MRN {MRN}" x3',
    '{SYSDATE} {CLOCK} faxd: SEND job {PIDN} to {FAX} pages=7 cover="Attn: Dr. {SURNAME}" result=OK',
    'faxd: RECV from CSID "{FAX}" pages=3 saved /var/spool/fax/in/{HLDATE}_{LNLOW}.tif',
    '{TS} rightfax: job {OTHER} to {FAX} ("{DOC}, MD") failed: busy; retry 2/5',
    'efax.inbound ani={FAX} pages=5 ocr_name="{NAMEUP}" ocr_dob="{USDATE}" routed=HIM',
    "scan2folder MFP-3E: {LNLOW}_{FNLOW}_{MRN}_consent.pdf by {USER} (12 pages)",
    "scan: /media/inbound/{HLDATE}/{LNUP}_{FNUP}_{HLDATE}_hcp.pdf indexed to {MRN}",
    'kofax batch {OTHER}: doc 4 name="{LASTFIRST}" dob={USDATE} acct={ACCOUNT} confidence=0.81',
    'print.release user={USER} printer=PRT-ONC-1 doc="{LNUP} chemo consent.docx"',
    'fax.cover to="{NAME}" org="{CITY} Dialysis" fax={FAX} from="{DOC}, RN" phone={PHONE}',
    'PaperCut: {USER} printed "Resident Face Sheet - {LASTFIRST}.pdf" on NH-NURSE-1',
    # E-mail logs
    "{SYSDATE} {CLOCK} {HOST} postfix/smtp[{PIDN}]: 3F1A2B: to=<{EMAIL}>, relay=mx.example.net[{IP}]:25, status=sent (250 OK)",
    "{SYSDATE} {CLOCK} {HOST} postfix/smtpd[{PIDN}]: NOQUEUE: reject: RCPT from unknown[{IP}]: 550 <{EMAIL}>: Recipient address rejected",
    'exchange.msgtrace from={STAFFEMAIL} to={EMAIL} subject="Your results from {LONGDATE}" status=Delivered',
    'From: "{NAME}" <{EMAIL}>\nTo: {STAFFEMAIL}\nSubject: question about my mom {FIRST}',
    'dlp.block sender={STAFFEMAIL} rcpt={EMAIL} rule=SSN match="{SSN}" action=quarantine',
    "securemail: {STAFFEMAIL} -> {EMAIL} envelope {REQID} opened from {IP}",
    'Subject: Discharge instructions for {LASTFIRST}\nTo: "{NAME}" <{EMAIL}>\nDate: Tue, {LONGDATE} 14:02 -0500',
    "{TS} mailgw: bounce for {EMAIL} (appointment reminder, pt {MRN})",
    # SSO and LDAP
    "sso.idp {TS} authn success user={USER} upn={STAFFEMAIL} ip={IP} mfa=push",
    "sso.idp {TS} authn FAILURE user={USER} reason=bad_password ip={IP}",
    '{TS} ldap: BIND dn="CN={SURNAME}\\, {FIRST},OU=Nursing,OU=Staff,DC=nch,DC=local" result=0',
    '{TS} ldap: SRCH base="ou=people,dc=lakeshorehealth,dc=org" filter="(uid={USER})" nentries=1',
    'ldap: MOD dn="uid={USER},ou=people,dc=nch,dc=local" attr=telephoneNumber val="{PHONE}"',
    "AD: account {USER} ({NAME}) disabled by HR feed, last day {USDATE}",
    "{TS} AD: user NCH\\{USER} locked out on {HOST} from {IP}",
    "okta: user.session.start actor={STAFFEMAIL} ({DOC}) client={IP} outcome=SUCCESS",
    'saml: assertion for {USER} attrs givenName="{FIRST}" sn="{SURNAME}" mail={STAFFEMAIL}',
    "citrix: session for {USER} from {IP} launched Epic Hyperspace at {TS}",
    "vpn: {USER} assigned {IP} from public {IP} at {TS}",
    "badge: {NAME} badge {OTHER} door=PHARM-VAULT granted {TS}",
    "{SYSDATE} {CLOCK} {HOST} sshd[{PIDN}]: pam_unix(sshd:session): session opened for user {USER} from {IP}",
    "{SYSDATE} {CLOCK} {HOST} sshd[{PIDN}]: Accepted publickey for {USER} from {IP} port 52210",
    # Devices, pumps, monitors
    "pump {DEVICE} ch=A drug=heparin rate=18 mL/h alarm=OCCLUSION pt={MRN} rm=6W-12 {TS}",
    "alaris.pcu serial={DEVICE} assoc patient={MRN} ({LNUP},{FNUP}) by {USER}",
    "tele.central: box {DEVICE} assigned to {LASTFIRST} bed 4E-14 at {TS}",
    'monitor {DEVICE} alarm V-TACH pt="{NAMEUP}" acknowledged by {INITS} {CLOCK}',
    'cgm.upload transmitter={DEVICE} readings=288 owner="{NAME}" {ISODATE}',
    "pacemaker remote: model Azure XT serial {DEVICE} pt {LASTFIRST} DOB {USDATE} transmission OK",
    "vent.log trilogy sn={DEVICE} home={STREET}, {CITY} caregiver={FIRST} alarms=2",
    "mdm.enroll imei={IMEI} device=iPhone-13 owner={USER} ({NAME})",
    "{TS} wifi assoc mac={MAC} ap=6W-AP3 user={USER} ip={IP}",
    "biomed ticket {OTHER}: pump {DEVICE} dropped on 5N, reported by {DOC}, RN on {USDATE}",
    'hearing aid pairing mac={MAC} owner="{NAME}" app=MyHearing paired={TS}',
    "glucometer {DEVICE} sync: op={INITS} pt={MRN} value=243 mg/dL {TS}",
    'bedexit.sensor {DEVICE} rm 118-B resident="{LASTFIRST}" alarm at {CLOCK}',
    "dicom: (0010,0010) PatientName={LNUP}^{FNUP} (0010,0030) PatientBirthDate={HLDATE} (0008,0090) ReferringPhysicianName={LNUP}^{FNUP}",
    "dicom: StudyDate={HLDATE} PatientID={MRN} OperatorsName={LNUP}^{FNUP} StationName=CT2",
    "wristband.print {NAMEUP} / {USDATE} / {MRN} / {LNUP} (attending) by {USER}",
    "SCH|{OTHER}|{OTHER}|||||ROUTINE|NEW PT|40|MIN|^^40^{HLTS}|{NPI}^{LNUP}^{FNUP}|||||{USER}^{LNUP}^{FNUP}||||BOOKED",
    "PID|1||{MRN}^^^KIDS^MR||{LNUP}^{FNUP}^^^^^L|{LNUP}^{FNUP}^^^^^M|{HLDATE}|M",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIP}|{PHONE}",
    "TXA|1|PN|TX|{HLTS}|{NPI}^{LNUP}^{FNUP}^^^^MD||||||{OTHER}|||||AU",
    "ORC|CA|{OTHER}|||CA||||{HLTS}|{USER}^{LNUP}^{FNUP}",
    'level=info svc=hospice evt=visit_done nurse="{DOC}, RN" pt={MRN} addr="{STREET}, {CITY}" miles=14.2',
    '{{"svc":"pharmacy","event":"rx_filled","rx":"{OTHER}","patient":"{LASTFIRST}","prescriber_dea":"{DEA}","prescriber_npi":"{NPI}"}}',
    '{TS} AUDIT user={USER} action=PDMP_QUERY patient="{NAME}" dob={ISODATE} dl={LICENSE}',
    'parking.lpr plate={PLATE} garage=B employee="{NAME}" permit={OTHER} in={TS}',
    'nurse-call: rm 118-B resident "{LASTFIRST}" call at {CLOCK}, answered by {FIRST} in 4m',
    "GET /him/decedents?name={FNLOW}+{LNLOW}&city={CITY} 200 {MS}ms user={USER}",
    'Exception in thread "fax-ocr" java.lang.RuntimeException: no MRN for cover name "{NAMEUP}" dob "{USDATE}"',
    "{TS} AUDIT user={USER} action=LINK_DEVICE device={DEVICE} patient={MRN} ({LASTFIRST})",
    'redis GET session:{REQID} -> {{"uid":"{USER}","mrn":"{MRN}","name":"{NAME}"}}',
]

NOTES = [
    # HPI, progress notes and consults
    "HPI: {NAME} is a {AGEN} y/o woman from {CITY} with HFpEF admitted {USDATE} with 3 days of orthopnea; her daughter {FIRST} brought her in.",
    "Mr. {SURNAME} is a 67-year-old retired bus driver seen today, {LONGDATE}, in follow-up after his NSTEMI.",
    "CC: fall at home. {FIRST} {SURNAME}, {AGE} years old, was found on her kitchen floor at {STREET} by the home aide on {MD}.",
    "Pt {LASTFIRST} (MRN {MRN}) seen in consultation at the request of Dr. {SURNAME} for hyponatremia.",
    "Consult requested by: {DOC}, MD (hospitalist). Reason: new AF with RVR. Date of consult: {USDATE}.",
    "Progress Note - HD#4 - {USDATE}\nS: Ms. {SURNAME} slept poorly; her son {FIRST} stayed overnight.",
    "Interval history: since her visit on {DATE}, Mrs. {WLAST} has had two ED visits at {CITY} Memorial for chest pain.",
    "{FIRST} is a 7 yo boy brought in by his grandmother {NAME} for wheezing; he lives with her off {STREETNAME}.",
    "Pt is a {AGEN}-year-old resident of {CITY} Care Center, DNR/DNI, transferred {USDATE} for hypoxia.",
    "ID consult: {NAME}, 44M, MSSA bacteremia since {MD}; last seen by Dr. {WLAST} in clinic on {DATE}.",
    "A/P: CAP, ceftriaxone/azithro day 3. Dispo home with wife {FIRST} once O2 weaned; PCP {DOC}, NP, {CITY} Family Health ({PHONE}).",
    "Oncology f/u: {NAMEUP}, stage IIIA NSCLC dx {MONYEAR}, C4D1 carboplatin/pemetrexed today {USDATE}.",
    "Seen with interpreter {NAME} (Nepali, ID {OTHER}); the pt's son-in-law {FIRST} was also present.",
    "Veteran {NAME} (ICN {OTHER}), Army 1968-1971, SC 70% PTSD, seen {USDATE} at the {CITY} CBOC.",
    "WCC: {FIRST} {SURNAME}, DOB {USDATE}, 2 mo, here with mom {FIRST} and dad {FIRST}.",
    "NICU admit: Baby Girl {SURNAME} (twin B), born {USDATE} at 31+2 wk; mother {NAME}, MRN {MRN}.",
    "Neurology consult {USDATE}: {NAME}, {AGE}, with R facial droop noticed by aide {FIRST} at 0700.",
    "Pt {INITS} is a 58 y/o with ESRD on HD MWF at {CITY} Dialysis, {STREETLINE}.",
    "Psych: pt states 'my brother {FIRST} took my phone'; collateral from sister {NAME} at {PHONE}.",
    "Cardiology new pt: {LASTFIRST}, seen {LONGDATE}, referred by Dr. {SURNAME} of {CITY} Internal Medicine (fax {FAX}).",
    "Geriatrics: Mrs. {SURNAME}, {AGE}, lives alone in a 2nd-floor walk-up on {STREETNAME}; niece {FIRST} checks on her Sundays.",
    "S: 'I feel all right today.' O: afebrile, stable on RA. Pt {WNAME} ambulating the hall with a rolling walker.",
    "Seen and examined on rounds with Dr. {SURNAME} (fellow); plan discussed with {FIRST} and {FIRST} at the bedside.",
    "Peds heme: {FIRST}, 9 yo with SCD (HbSS), VOC since {MD}; mom {NAME} reports no fever.",
    "Pt {NAME} ({AGEN}F) from {CITY} Manor, baseline oriented x1, per LPN {DOC} on the phone.",
    "Chart review: seen by {DOC}, MD on {USDATE} and {USDATE} for the same complaint; no imaging done.",
    "Pre-op eval {USDATE}: {NAME}, 71M, for R TKA with Dr. {SURNAME} on {LONGDATE}; wife {WFIRST} will drive.",
    "Addiction medicine: pt {FIRST} {WLAST}, started buprenorphine {USDATE}; counselor {NAME} at {PHONE}.",
    "Transplant clinic: {LASTFIRST}, kidney from living donor (brother {FIRST}) on {LONGDATE}; tacrolimus 2 mg bid.",
    "Palliative: met with pt and wife {NAME}; goals are to be home on {STREETNAME} with grandkids.",
    "Ms. {SURNAME} is {AGE} today and remains independent in ADLs per her granddaughter {FIRST}.",
    "HPI: 34 y/o G3P2 at 29 wks, presents with headache; husband {NAME} at bedside; LMP {DATE}.",
    # Discharge summaries
    "DISCHARGE SUMMARY\nPatient: {LASTFIRST}   MRN: {MRN}   DOB: {USDATE}\nAdmitted: {USDATE}   Discharged: {USDATE}\nAttending: {DOC}, MD   PCP: {DOC}, DO",
    "Discharged to {CITY} Rehab & Nursing, {STREET}, {CITY}, {STATE} {ZIP}; report called to {DOC}, RN at {PHONE}.",
    "Follow-up: Dr. {SURNAME}, cardiology, {LONGDATE} at 10:40 AM, {STREETLINE}, {UNIT}, {CITY}.",
    "Hospital course: {FIRST} was admitted on {DATE} with DKA, transitioned to SQ insulin, and went home on {DATE} with her husband {FIRST}.",
    "Pending at discharge: blood cultures from {USDATE}; results will go to PCP {DOC}, MD (fax {FAX}).",
    "Condition at discharge: stable. Discharge weight 71.4 kg. Discharged by {DOC}, PA-C on {TS}.",
    "Home services: VNA of {CITY} ({PHONE}) to start {MD}; hospital bed ordered from {CITY} Medical Supply.",
    "Readmitted {USDATE}, 9 days after discharge on {USDATE} from {CITY} General.",
    "Discharge instructions reviewed with pt and daughter {NAME}, who will manage meds; teach-back done.",
    "Disposition: home to {STREET}, {CITY} {ZIP}, with wife; transportation by son {NAME} ({PHONE}).",
    "Discharge meds sent to {CITY} Pharmacy, {STREETLINE} (ph {PHONE}, fax {FAX}).",
    # Operative and procedure notes
    "OPERATIVE NOTE\nDate of surgery: {USDATE}\nSurgeon: {DOC}, MD\nAssistant: {DOC}, PA-C\nAnesthesia: {DOC}, MD / {DOC}, CRNA\nProcedure: laparoscopic cholecystectomy",
    "EGD with biopsy {DATE}. Endoscopist: Dr. {SURNAME}. RN: {FIRST}. Scope S/N {DEVICE}.",
    "Dual-chamber pacemaker implanted {USDATE}, generator S/N {DEVICE}, RA lead S/N {DEVICE}; implanting MD {DOC}.",
    "Implant log: TKA components lot {OTHER}, UDI {UDI}, placed by Dr. {SURNAME} on {USDATE}.",
    "Time-out at {CLOCK} with {NAME} (circulator), {NAME} (scrub) and Dr. {SURNAME}; pt identified by name and DOB ({USDATE}).",
    "Bronchoscopy with BAL of RML (accession {OTHER}); findings discussed with pt's wife {NAME} in the family room.",
    "Port placed {USDATE} in IR by Dr. {WLAST}; port card given (S/N {DEVICE}).",
    "Colonoscopy {DATE}: two polyps removed; path to Dr. {SURNAME} at {FAX}.",
    "Paracentesis: 4.2 L removed by {DOC}, NP, supervised by {DOC}, MD, on {MD}.",
    "Cardiac cath {USDATE}: 95% proximal LAD, 1 DES. Operator {DOC}, MD; fellow {DOC}, MD.",
    "Lumbar puncture performed {USDATE} {CLOCK} by {DOC}, MD; consent signed by mother {NAME}.",
    "C-section {USDATE}: viable male infant, Apgars 8/9; father {FIRST} present in the OR.",
    "Procedure note: bedside thoracentesis, operator {DOC}, MD, assisted by {INITS}; 1.1 L removed.",
    # Nursing shift notes
    "0700-1900 RN note: pt {LASTFIRST} A&Ox3 on 2 L NC. Wife {FIRST} at bedside all day. -- {DOC}, RN",
    "Pt's son {NAME} called {MD} at 1415 from {PHONE} asking for an update; privacy code verified.",
    "Fall precautions in place. Pt keeps asking for her husband {FIRST} (deceased per daughter {FIRST}).",
    "Night RN: pt agitated at 0200, redirected; haloperidol 0.5 mg per Dr. {SURNAME} (verbal order {CLOCK}).",
    "Belongings: hearing aids (L S/N {DEVICE}), upper denture, glasses and cell phone (IMEI {IMEI}) sent home with niece {NAME}.",
    "Valuables: wallet with driver's license {LICENSE} and $42 cash given to security, receipt {OTHER}.",
    "Skin: stage 2 sacral pressure injury, photo uploaded by {INITS} at {CLOCK}.",
    "Pt's car (plate {PLATE}) is in garage B; son {FIRST} ({PHONE}) will pick it up.",
    "Pt refused 2100 meds on {MD}; charge RN {FIRST} and Dr. {WLAST} notified.",
    "Rapid response {TS} for SBP 78. Team: {DOC}, MD; {DOC}, RN; {DOC}, RT.",
    "Restraint order renewed {USDATE} {CLOCK} by {DOC}, MD; 15-minute checks by sitter {FIRST}.",
    "Pt's wife {NAME} brought in his CPAP (S/N {DEVICE}) from home.",
    "Report given to {DOC}, RN on 5 North at {CLOCK}; pt transferred by wheelchair with transporter {FIRST}.",
    "Pt requested on {USDATE} that only daughter {NAME} and son {NAME} receive information; passcode set.",
    "Pt states she lives at {STREETLINE} {UNIT}, not the address on file; registration ({FIRST}) notified.",
    "ED triage {TS}: {AGEN}F BIBA from {CITY} Manor, c/o SOB; accompanied by aide {FIRST}.",
    # Handoffs
    "SBAR\nS: {NAME}, rm 7214, {AGEN}F, new confusion.\nB: admitted {USDATE} for UTI.\nA: afebrile, BS 212.\nR: please evaluate. -- {DOC}, RN",
    "I-PASS. Illness severity: watcher. Summary: {FIRST} {SURNAME}, 16 mo, bronchiolitis day 3. Action: f/u RVP; call mom ({PHONE}) if O2 goes up.",
    "Handoff from {DOC}, MD (nights) to {DOC}, MD (days): bed 12, {LASTFIRST}, NPO after MN for TEE with Dr. {SURNAME}.",
    "Sign-out 6W: {SURNAME} (6W-08) {AGEN}M comfort care, family at bedside; {SURNAME} (6W-10) stable, d/c tomorrow.",
    "I-PASS. Synthesis by receiver: {INITS}. Contingency: if K > 6, call renal fellow Dr. {SURNAME}.",
    "Shift handoff: {LASTFIRST} - heparin gtt per protocol, next PTT at {CLOCK}; daughter {FIRST} is the contact.",
    # Therapy notes
    "PT eval {USDATE}: pt {NAME} ambulated 150 ft with RW, CGA; lives in a 2-family house on {STREETNAME} with 14 steps.",
    "OT: daughter-in-law {FIRST} trained on the tub transfer bench; DME from {CITY} Home Medical ({PHONE}).",
    "SLP: bedside swallow eval {MD}; recs dysphagia 3 / thin liquids; discussed with {DOC}, RN.",
    "RT: home vent S/N {DEVICE} checked; settings per Dr. {SURNAME}.",
    "Cardiac rehab intake: {NAME}, sternotomy {USDATE}; goal is to walk to grandson {FIRST}'s games.",
    "PT note: pt {WNAME} tolerated stairs x 12 with rail, SBA. -- {DOC}, PT, DPT",
    # Chaplain and social work
    "Chaplain visit: Sr. {FIRST} {SURNAME} prayed the rosary with pt and his wife {FIRST}.",
    "Spiritual care: pt asked for Imam {SURNAME} from the mosque on {STREETNAME}; son {NAME} ({PHONE}) will call him.",
    "Rabbi {SURNAME} visited on {MD}; the pt's son {FIRST} asked about the Shabbat elevator.",
    "SW: pt lives with partner {NAME} at {STREET}, {CITY} {ZIP}; Medicaid {MEDICAID}; SNAP recert due {MONYEAR}.",
    "SW: APS report filed {USDATE} (intake {OTHER}) re: possible financial exploitation by nephew {NAME}.",
    "SW: health care proxy is daughter {NAME} ({PHONE}); alternate is son {NAME} ({PHONE}). HCP dated {USDATE} scanned.",
    "Pt's guardian {NAME}, appointed by the {CITY} probate court on {USDATE}, consents by phone.",
    "Housing: pt was evicted from {STREET} on {MD} and is staying with cousin {FIRST} in {CITY}.",
    "Transportation: Medicaid cab ({PHONE}) booked for {MD}; pickup at {STREETLINE}, {UNIT}.",
    "SW met with pt's wife {WFIRST} {SURNAME}, who is {AGE} and no longer drives; grandson {FIRST} will bring her.",
    "SW: pt's mother {FIRST} and stepfather {NAME} share custody with father {NAME} (court order {OTHER} in media).",
    "Chaplain: Fr. {SURNAME} gave the sacrament of the sick {MD}; family ({NAME}) grateful.",
    "SW: referred to {CITY} Food Pantry; pt's phone {PHONE} is prepaid and often off.",
    # Nursing home, MDS
    "MDS 3.0 Quarterly - ARD {USDATE}\nResident: {LASTFIRST}   Room 118-B   Medicaid #: {MEDICAID}\nSection C, BIMS: 9/15",
    "Resident {NAME}, {AGE}, admitted to the memory care unit {USDATE} from {CITY} General; responsible party {NAME} ({PHONE}).",
    "Care plan meeting {LONGDATE}: resident, daughter {NAME}, DON {DOC}, RN, and SW {FIRST}.",
    "Resident found on floor of room at {CLOCK} by CNA {FIRST}; Dr. {SURNAME} and son {FIRST} notified {USDATE}.",
    "MOLST signed {USDATE}: DNR, no hospital transfer. Witness: {DOC}, LPN.",
    "Weight down 6% in 30 days; {DOC}, RD recommends Ensure bid; daughter {FIRST} will bring pierogi from home.",
    "Resident turned {AGEN} on {MD}; party in the dayroom with her great-grandchildren.",
    "Hospice ({CITY} Hospice, {PHONE}) visit by {DOC}, RN on {USDATE}.",
    "Resident {FIRST} {WLAST} refuses showers; prefers a bed bath per her daughter {FIRST}.",
    "Bed 14-A: {NAMEUP}, DOB {USDATE}, Medicare {MBI}, admitted {USDATE}.",
    "Nurse's note: resident's kippah returned to son {NAME} after a laundry mix-up.",
    "Resident {LASTFIRST} ({AGEN}) self-propels w/c; roommate is {LASTFIRST}.",
    # Hospice
    "Hospice admission {USDATE}: {NAME}, {AGEN}, metastatic pancreatic cancer; lives with wife {FIRST} at {RURAL}, {CITY}.",
    "Death pronounced {USDATE} at {CLOCK} by {DOC}, RN. Family present: {NAME} (son), {NAME} (daughter).",
    "Bereavement call to widow {NAME} at {PHONE} on {MD}; she is staying with her sister in {CITY}.",
    "Comfort kit delivered {MD} to {STREET}; received by {FIRST}.",
    "Pt {NAME} died peacefully at home on {LONGDATE}, age {AGE}.",
    "Hospice IDT {USDATE}: pt {LASTFIRST}, PPS 30%; caregiver {NAME} exhausted, respite offered.",
    # Referral letters and other letters
    "{LONGDATE}\n\n{DOC}, MD\nDivision of Gastroenterology\n{STREETLINE}, {UNIT}\n{CITY}, {STATE} {ZIP}\n\nRe: {NAME}   DOB: {USDATE}\n\nDear Dr. {SURNAME},\nThank you for seeing my patient.",
    "Dear {FIRST} and family,\nWe are writing to let you know that {FIRST}'s appointment on {LONGDATE} has been moved.",
    "To whom it may concern: {NAME} (DOB {USDATE}) is under my care and may return to school on {LONGDATE}. -- {DOC}, MD",
    "Jury duty excuse: {NAME}, {STREET}, {CITY}, {STATE} {ZIP}, is unable to serve while on chemotherapy through {MONYEAR}.",
    "Letter of medical necessity: {LASTFIRST}, member ID {PLAN}, requires a semi-electric hospital bed (E0260).",
    "Referral to {DOC}, MD, pediatric nephrology, fax {FAX}. Pt: {NAME}, DOB {USDATE}; mother {NAME} ({PHONE}).",
    "Sincerely,\n\n{DOC}, MD, FACP\nAssociate Professor of Medicine\n{STAFFEMAIL} | {PHONE}",
    "Dear Mr. and Mrs. {SURNAME},\nYour son {FIRST} was seen in our clinic on {LONGDATE}.",
    "Community care referral {OTHER} for Veteran {NAME}, approved {USDATE}, to {DOC}, DPM, in {CITY}.",
    "{DOC}, MD\n{CITY} Children's Hospital\n{STREETLINE}\n{CITY}, {STATE} {ZIPNINE}\nTel {PHONE}  Fax {FAX}",
    "Dear Dr. {SURNAME}: I saw your patient {LASTFIRST} on {USDATE} for a second opinion on her thyroid nodule.",
    "Re: {NAMEUP}   DOB {USDATE}   Claim {OTHER}\nTo the claims reviewer: please reconsider the denial dated {USDATE}.",
    "Mrs. {SURNAME},\nThe results of your mammogram from {LONGDATE} were normal. -- {DOC}, NP",
    # Addenda, attestations, cc lists and dictation footers
    "Addendum {TS}: spoke with pt's daughter {NAME} by phone ({PHONE}); she agrees with the plan. -- {DOC}, MD",
    "Late entry for {USDATE}: pt seen at 1430 with interpreter {FIRST}.",
    "Attestation: I saw and evaluated the patient, discussed with resident Dr. {SURNAME}, and agree with the plan as documented. {DOC}, MD {USDATE} {CLOCK}",
    "Teaching physician: {DOC}, MD. Resident: {DOC}, MD (PGY-2). Medical student: {DOC} (MS3).",
    "Co-signed by {DOC}, MD on {TS}",
    "Electronically signed by {DOC}, NP on {USDATE} at {CLOCK}",
    "cc: {DOC}, MD; {DOC}, DO; {DOC}, LICSW; patient",
    "CC: Dr. {SURNAME} (PCP), Dr. {SURNAME} (Cardiology), VNA of {CITY}",
    "D: {USDATE} {CLOCK}  T: {USDATE} {CLOCK}  {INITS}/{INITS}  Job #{OTHER}",
    "Dictated by: {DOC}, MD   Transcribed by: {INITS}   Doc ID {OTHER}",
    "Scribe attestation: I, {NAME}, scribed for Dr. {SURNAME} on {USDATE}.",
    "Note routed to: {LASTFIRST}; {LASTFIRST}",
    "Verbal order read back: {DOC}, RN / {DOC}, MD at {CLOCK}",
    "Reviewed and agree. /{INITS}",
    "Author: {DOC}, PT, DPT   Service: Rehab   Date of service: {USDATE}",
    "Addendum: correct DOB is {USDATE}, not {USDATE}; corrected by HIM ({INITS}) on {USDATE}.",
    "Supervising physician: Dr. {SURNAME}. APP: {DOC}, PA-C. Date: {DATE}.",
    "Signed: {NAMEUP}, MD, PhD   Pager {PHONE}",
    # Family and social history
    "FH: mother {FIRST} died at {AGEN} (dementia); father {FIRST} d. 61 (MI); brother {FIRST} has DM2; sister {FIRST} had breast ca at 44.",
    "SH: retired from the assembly plant in {CITY}; widowed (wife {FIRST} d. {MONYEAR}); lives with son {NAME} on {STREETNAME}.",
    "SH: came to the US in 2004; lives in {CITY} with her husband {FIRST} and six children; husband's cell {PHONE}.",
    "Social: partner {NAME} ({PHONE}) is the primary caregiver; two dogs; no firearms in the home.",
    "FH: maternal aunt {NAME}, ovarian ca; maternal grandmother {FIRST} {SURNAME}, breast ca in her 50s.",
    "SH: Amish, no phone in the home; contact through neighbor {NAME} ({PHONE}), {RURAL}, {CITY}.",
    "Emergency contacts: 1) {NAME} (wife) {PHONE}  2) {NAME} (son) {PHONE}",
    "Collateral: roommate {FIRST} at {STREET} found him at 0600 and called 911.",
    "SH: lives on the reservation in {CITY}; grandmother {NAME} raised him; works at the casino.",
    "FH: father {NAME} (also our pt, MRN {MRN}) with HCM; paternal uncle {FIRST} died suddenly at 38.",
    "Pedigree: proband {INITS}; affected sister {FIRST}; unaffected mother {FIRST} {SURNAME}.",
    # Care teams, lists and tables
    "CARE TEAM\nAttending: {DOC}, MD\nResident: {DOC}, MD\nPrimary RN: {DOC}, RN\nCase manager: {DOC}, RN\nSocial work: {DOC}, LCSW",
    "Treatment team: Dr. {SURNAME} (med onc), Dr. {SURNAME} (rad onc), {NAME}, NP, and {FIRST} (nurse navigator, {PHONE}).",
    "Rm | Patient | Age | Attending\n4102 | {LASTFIRST} | {AGEN} | {SURNAME}\n4104 | {LASTFIRST} | 66 | {SURNAME}",
    "Census 6 West {USDATE}: {LASTFIRST} (6W-01), {LASTFIRST} (6W-02), {LASTFIRST} (6W-05)",
    "Tumor board {USDATE}: presenter {DOC}, MD; cases {LASTFIRST} (MRN {MRN}) and {LASTFIRST} (MRN {MRN}).",
    "OR schedule {USDATE}: OR 3 {CLOCK} {LNUP}, {FNUP} - lap appy - {SURNAME}/{SURNAME}",
    "NAME: {NAMEUP}   MRN: {MRN}   ACCT: {ACCOUNT}   DOB: {USDATE}   ATTENDING: {LNUP}, {FNUP}",
    "Patient label: {LNUP}, {FNUP} {MIDUP} / {USDATE} / {MRN} / {OTHER}",
    "On call this weekend: {DOC}, MD (Sat) and {DOC}, MD (Sun); backup {DOC}, DO.",
    "Clinic list {USDATE}: 08:00 {LASTFIRST}; 08:20 {LASTFIRST}; 08:40 {LASTFIRST} (new, interpreter needed)",
    "Dialysis unit chair 7: {LASTFIRST}, dry weight 68.5 kg, access L AVF, nephrologist {SURNAME}.",
    "Staff: {DOC}, RN (charge); {DOC}, LPN; {NAME}, CNA; {NAME}, CNA",
    # Registration, insurance and other identifiers where notes put them
    "Insurance: primary {PLAN} (subscriber {NAME}, DOB {USDATE}); secondary Medicaid {MEDICAID}.",
    "Medicare MBI {MBI}; Part D plan member ID {PLAN}.",
    "Guarantor: {LASTFIRST}, {STREET}, {CITY}, {STATE} {ZIPNINE}; account {ACCOUNT}.",
    "Registration updated {USDATE}: new address {STREETLINE} {UNIT}, {CITY} {ZIP}; cell {PHONE}; e-mail {EMAIL}.",
    "ID verified with driver's license {LICENSE}, exp {USDATE}.",
    "SSN {SSN} on file per registration; pt declined to update it.",
    "Immunizations: Tdap {USDATE}; Shingrix #1 {USDATE}, #2 {USDATE}; influenza {USDATE}.",
    "LMP {DATE}; EDD {DATE} by 9-week US; G2P1.",
    "Prior auth {OTHER} approved {USDATE} through {USDATE} for pembrolizumab.",
    "Insulin pump S/N {DEVICE} and CGM transmitter {DEVICE} reviewed; data uploaded {USDATE}.",
    "Hearing aid left in the ED (S/N {DEVICE}) returned to pt's son {FIRST} on {MD}.",
    "Portal account {USER} unlocked {USDATE}; proxy access granted to daughter {NAME} ({EMAIL}).",
    "Family set up {URL} for meal sign-ups on {MD}; shared with SW.",
    "Pt keeps a blog about her treatment at {URL} and asks that staff not post there.",
    "Ambulette (VIN {VIN}) to pick pt up at {STREET} on {MD} at 0930.",
    "MVC {USDATE}: pt was the driver of the vehicle with plate {PLATE}; police report {OTHER}.",
    "Telehealth visit; pt at home in {CITY}, connected from {IP}; verbal consent obtained.",
    "Records request from {CITY} PD (Det. {SURNAME}, {PHONE}) declined without a subpoena.",
    "Pt moved from {CITY}, {STATE} to {CITY} in {MONYEAR}; records requested from {DOC}, MD.",
    "School nurse {NAME} at {CITY} Elementary faxed the asthma action plan from {FAX}.",
    "Lab drawn {TS}, hemolyzed; redraw ordered. Lab contact {FIRST} ({PHONE}).",
    "Mailing address {POBOX}, {CITY} {ZIP}; physical address {RURAL}.",
    "Pt's MRN {MRN} merged into {MRN} on {USDATE} (duplicate registration as {LASTFIRST}).",
    "Home address confirmed: {STREETUP}, {CITYUP}, {STATE} {ZIP}.",
    "DNR bracelet reads {NAMEUP}, {USDATE}.",
    "Interpreter services: {NAME}, Karen, phone interpreter ID {OTHER}, connected at {CLOCK}.",
    "Pt's employer: {CITY} Public Schools; supervisor {NAME}, {PHONE}; work note faxed to {FAX}.",
    "Pt lost her phone; new number {PHONE}; old number {PHONE} removed.",
    "Advance directive on file dated {LONGDATE}; agent {NAME}, {STREET}, {CITY}.",
    "PICC placed {USDATE}: 4 Fr single lumen, 38 cm, R basilic, by {DOC}, RN (vascular access); tip confirmed by {INITS}.",
    "Pt's great-grandson {FIRST} {SURNAME} (age 6) visited with his mother {NAME}; pt smiling and interactive.",
    "Pt {WFIRST} {WLAST} reports no new falls since {MD}; uses the grab bars her son {FIRST} installed.",
    "Hospice chaplain {DOC}, MDiv, visited {MD}; pt wishes to be buried next to his wife {FIRST} in {CITY}.",
    "Immunizations given {USDATE}; VIS provided to father {NAME}; next WCC {LONGDATE}.",
    "LTC admission: {LASTFIRST}, {AGEN}, from {STREET}, {CITY}; prior PCP {DOC}, MD; pharmacy fax {FAX}.",
]

# Lines with no PHI at all, full of what looks like it. Written as four groups and interleaved
# below (logs twice as often), so that any prefix of PHI_FREE mixes all of them.
_PHI_FREE_LOG = [
    "MSH|^~\\&|LIS|MAIN|EPIC|MAIN|||ACK^R01|MSG00042|P|2.5.1",
    "MSA|AA|MSG00042",
    "OBX|1|NM|2823-3^Potassium^LN||6.4|mmol/L|3.5-5.1|HH|||F",
    "OBX|2|NM|2160-0^Creatinine^LN||1.9|mg/dL|0.6-1.3|H|||F",
    "OBX|3|NM|4548-4^Hemoglobin A1c^LN||8.2|%|4.0-5.6|H|||F",
    "OBR|1|||80048^Basic metabolic panel^CPT",
    "DG1|1||I50.32^Chronic diastolic heart failure^I10|||A",
    "AL1|1|DA|1191^Aspirin^RXNORM|MO|GI upset",
    "RXE|1^Q8H^HL70335|00409-4888-01^Vancomycin 1 g vial^NDC|1||g",
    "EVN|A08",
    "PV1|1|O|ONC-INF^CHAIR7^^MAIN",
    "ZPD|1|Y|N|ENGLISH",
    '{"resourceType":"Bundle","type":"searchset","total":0}',
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":112,"unit":"/min"}}',
    '{"resourceType":"OperationOutcome","issue":[{"severity":"warning","code":"processing","diagnostics":"Unknown code system"}]}',
    '{"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","format":["json"]}',
    '{"resourceType":"Medication","code":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"310965"}]}}',
    "fhir.gateway GET /R4/metadata 200 (14 ms)",
    "fhir.gateway token refresh ok, expires_in=3600",
    "mirth[ADT_IN] deployed, 4 destinations, queue on",
    "mirth[ORU_OUT] 1204 messages sent, 2 errored, avg 38 ms",
    "interface.adt backlog cleared after 11m 40s",
    "level=info svc=bedboard evt=sync beds=412 occupied=377 blocked=9",
    "level=info svc=reminders evt=batch_done sent=2210 failed=14 optout=6",
    "level=warn svc=eligibility evt=payer_timeout payer=NYMCD retry_in=300s",
    "level=info svc=kiosk evt=heartbeat kiosk=LOBBY-2 version=4.8.1",
    "level=error svc=billing evt=837_reject count=3 carc=CO-16",
    "level=info svc=empi evt=nightly_scan candidates=41 auto_linked=0",
    "level=debug svc=geocode cache_hit_ratio=0.91",
    '{"level":"INFO","svc":"adt-router","event":"startup","version":"3.2.0","workers":8}',
    '{"level":"WARN","svc":"portal","msg":"rate limit","path":"/login","window_s":60,"max":10}',
    '{"svc":"telehealth","event":"room_closed","duration_s":1260,"participants":2}',
    '{"svc":"pharmacy","event":"formulary_sync","added":14,"retired":3}',
    "INFO [lab] analyzer c702 back online after QC pass",
    "WARN [scheduling] template PEDS-NEPH has no slots on Friday",
    "INFO [va-cc] 118 referrals processed, 0 errors",
    "GET /healthz 200 2ms",
    "GET /api/v2/formulary?q=apixaban&strength=5mg 200 41ms",
    "GET /api/v1/icd10/search?q=I48 200 9ms",
    "POST /api/v1/vitals 201 48ms",
    "apigw route=/fhir/R4/metadata method=GET status=200 latency_ms=14",
    "waf.allow rule=920350 uri=/static/app.css",
    "haproxy: backend portal has no server available!",
    '"GET /static/js/chart.8f2a1c.js HTTP/1.1" 304 0 "-" "Mozilla/5.0"',
    'Traceback (most recent call last):\n  File "/opt/intake/tasks.py", line 58, in run\nTimeoutError: lab-gateway did not answer in 30s',
    "java.net.SocketTimeoutException: Read timed out\n\tat org.nch.lis.Client.poll(Client.java:211)",
    "psycopg2.OperationalError: could not connect to server: Connection refused",
    "KeyError: 'loinc' in result row 4411",
    "ValueError: dose 12.5 exceeds max 10 for heparin bolus units/kg",
    "NullPointerException in PumpSync.apply at PumpSync.java:88",
    "System.TimeoutException: eligibility call exceeded 20000 ms",
    "LOG:  duration: 812.441 ms  statement: SELECT count(*) FROM encounter WHERE status = 'open'",
    "LOG:  checkpoint complete: wrote 1203 buffers (7.3%)",
    "ERROR:  canceling statement due to statement timeout",
    "# Query_time: 3.1 Lock_time: 0.0 Rows_sent: 1 Rows_examined: 441902",
    'ERROR:  duplicate key value violates unique constraint "loinc_code_key"\nDETAIL:  Key (loinc)=(2823-3) already exists.',
    "sqlserver: long-running query spid 71 (18220 ms): EXEC usp_CensusByUnit @Unit='6W'",
    "celery.worker task=reminders.send_batch succeeded in 0.41s",
    "scheduler job=no_show_letters run=4412 picked=0",
    "queue=fax-out depth=14 oldest=93s workers=2",
    "queue=hl7-adt depth=0 consumers=3",
    "cron */5 * * * * fax.poll -> 3 new",
    "job=mds_submit batch=Q3 accepted=88 rejected=2",
    "job=eligibility_270 sent=1120 active=1094 inactive=19 errors=7",
    "sidekiq: ReferralFaxJob done: 412 ms",
    "spool PRT-6W-02 job 4412 pages=4 status=printed",
    "printer LBL-ED-1 out of labels",
    "faxd: modem ttyS1 ready, class 2.0, 14400 bps",
    "rightfax: 212 jobs sent, 9 busy, 2 no answer",
    "scan2folder MFP-3E: 14 pages, 300 dpi, duplex",
    "kofax batch done: 88 docs, avg confidence 0.87",
    "postfix/qmgr[2211]: 4F2A81C0: removed",
    "exchange.msgtrace status=Delivered count=1204",
    "dlp.scan policy=PHI matches=0 action=allow",
    "securemail: 18 envelopes expired unopened",
    "sso.idp authn success rate 99.2% over 15m",
    'ldap: SRCH base="ou=groups,dc=nch,dc=local" filter="(cn=RN-6W)" nentries=1',
    "AD: password policy updated, min length 14",
    "okta: MFA push timeout rate 1.8%",
    "citrix: 311 sessions active on 12 servers",
    "badge: door PHARM-VAULT held open alarm cleared",
    "pump ch=A drug=heparin rate=18 mL/h alarm=OCCLUSION cleared after 42 s",
    "alaris.pcu firmware 12.1.3 pushed to 880 channels",
    "tele.central 64 boxes in use, 3 low battery",
    "monitor alarm V-TACH acknowledged, 8 beats",
    "cgm.upload readings=288 gaps=1 sensor_day=9",
    "vent.log trilogy mode=AVAPS pressure 18/6 leak 22 L/min",
    "glucometer sync: 14 results, 0 errors",
    "dicom: (0008,0060) Modality=CT (0018,0050) SliceThickness=1.25",
    "wifi: 6W-AP3 clients=41 channel=36",
    "biomed: PM due on 14 infusion pumps this month",
    "k8s: pod portal-web-7c9f OOMKilled, restarting (3)",
    "deploy: release 2024.3.1 to prod, migrations 0091-0094 applied",
    "tls: certificate for fhir.internal expires in 21 days",
    "disk /var/lib/pgsql 82% used",
]
_PHI_FREE_NOTE = [
    "BP 148/92, HR 96, RR 20, T 38.1 C, SpO2 93% on 2 L NC",
    "Wt 71.3 kg, Ht 162 cm, BMI 27.2",
    "K 5.8 -> 5.1 after Lokelma 10 g; repeat BMP in 6 h",
    "Na 128, serum osm 262, urine osm 410",
    "Hgb 7.4, transfuse 1 unit PRBC, recheck post",
    "TSH 11.2, free T4 0.6, start levothyroxine 50 mcg",
    "BNP 1240; CXR with bilateral effusions",
    "lactate 3.1 -> 1.8 after 30 mL/kg bolus",
    "INR 1.1, PTT 31, fibrinogen 280",
    "ICD-10 J18.9, N17.9, E87.1",
    "CPT 99223, 99233, 99239",
    "LOINC 2951-2 sodium; LOINC 33914-3 eGFR",
    "NDC 0006-0277-31",
    "HCPCS E0260 semi-electric hospital bed",
    "Addison's disease on hydrocortisone 15/5 mg",
    "Hashimoto's thyroiditis, TPO Ab 412",
    "Guillain-Barre syndrome, IVIG day 3 of 5",
    "Charcot foot, total contact cast",
    "Lyme disease, doxycycline 100 mg bid x 21 days",
    "Kernig and Brudzinski negative",
    "Virchow's node not palpable",
    "Mallampati 3, Wells score 4.5, CURB-65 2",
    "apixaban 5 mg bid; hold 48 h before the procedure",
    "semaglutide 0.5 mg weekly, titrate to 1 mg in 4 weeks",
    "sacubitril-valsartan 24/26 mg bid",
    "ceftriaxone 1 g IV q24h + azithromycin 500 mg daily",
    "morphine 2 mg IV q4h prn; naloxone at bedside",
    "pt is 74, independent in ADLs, uses a cane outdoors",
    "a 58-year-old woman with new AF",
    "seen Wednesday, reassess Friday",
    "symptoms since Sunday night, worse on Monday",
    "quit smoking in 2004, 30 pack-years",
    "CABG in 2011, stents in 2016 and 2019",
    "for 10 days, then taper over 2 weeks",
    "RTC 6 weeks, labs 1 week prior",
    "G3P2 at 34 weeks, fundal height 33 cm",
    "Apgars 7 and 9",
    "GCS 13 (E3V4M6), pupils 3 mm and reactive",
    "NIHSS 6, last known well 4 h ago",
    "EF 25%, LVIDd 6.1 cm, moderate MR",
    "PHQ-9 14, GAD-7 11",
    "BIMS 9/15, PHQ-9 4, Braden 16, Morse 35",
    "PPS 30%, FAST 7c",
    "pt is 86 and lives with her son",
    "aged 89, still gardening",
    "wound 2 x 1.5 cm, granulating, no tunneling",
    "patient stable overnight, no acute events",
    "dose increased to 40 mg daily",
    "MRSA carrier state, contact precautions",
    "herd immunity discussed; vaccines up to date",
    "brain MRI without acute findings",
    "messenger RNA vaccine, dose 2 of 2",
    "pt is able to stand with minimal assist",
    "content of the discussion documented in the goals-of-care note",
    "no drift on pronator testing",
    "clever use of a reacher at home; OT pleased with progress",
    "gave thankful feedback to the night team",
    "the family lodge has rooms available this week",
    "child life specialist at the bedside for the IV start",
    "pt desires a trial of CPAP at home",
    "increase in dyspnea on exertion over the past month",
    "experience with prior anesthesia uneventful",
    "a modest improvement in creatinine",
    "odd sensation in both feet, stocking distribution",
    "radiant warmer for the newborn",
    "progress note to follow",
    "the divine liturgy on TV comforts her, per the chaplain",
    "facial flushing after niacin",
    "mound of granulation tissue at the stoma",
    "no strand of suture left in the wound",
    "then reassess in 4 hours",
    "the attending agrees with the plan",
    "discussed with the charge RN and the house supervisor",
    "the on-call fellow was paged twice",
    "resident to follow up on cultures",
    "Abuela stays with the kids during chemo weeks",
    "Nonno brought the pizzelle for the staff",
    "Babcia makes her soup on Sundays",
    "the hospice aide comes Tuesday and Thursday",
    "the chaplain and the social worker met with the family",
    "keeper of the pill box is the pt himself",
]
_PHI_FREE_CHAT = [
    "can someone check the pyxis on 6W, it's down again",
    "rapid on 9 tower bed 22 cleared, thanks all",
    "who has the code cart key tonight",
    "pharmacy says vanc level due at 0530",
    "pt in 14 stable, ok to move to the floor",
    "tele box low battery in 4E, can someone swap",
    "huddle at 3 in the conf room",
    "K is 5.9, repeat in 2 h per renal",
    "need a 2nd RN for the insulin drip check",
    "ok thanks, will call back after rounds",
    "is the lab open on saturday mornings",
    "bp this morning 146/90, pulse 88",
    "my sugar was 312 after dinner, is that bad",
    "can i take tylenol with the blood thinner",
    "the inhaler is almost empty",
    "swelling in both ankles for 3 days",
    "temp 100.8 this afternoon",
    "im 63 and never had a colonoscopy, should i",
    "my dad is 81 and keeps falling at night",
    "we're coming in thursday at 10 right",
    "the portal keeps logging me out after 5 min",
    "need a work note for monday and tuesday",
    "sorry typo, 25 mg not 250",
    "will bring the pill bottles to the visit",
    "my mom is 88 and on 9 different meds",
    "the hospice nurse was great, thank you",
    "abuela wants to know if she can eat before the test",
    "nonno says the new pills make him dizzy",
    "is the flu shot the same as last year",
    "charge nurse said to message the attending directly",
    "can the fellow call me after 5",
    "pager is dead, use secure chat",
    "dose was increased last week, still no change",
    "the carrier changed our copay to 40",
    "feeling stable today, thanks for checking",
    "clever idea to use the pill organizer",
    "any progress on the prior auth",
    "odd question but can i shower with the picc",
    "the child is eating and drinking fine",
    "then i'll wait for the call",
]
# Forms, tables and headers with the fields left blank or filled with non-PHI.
_PHI_FREE_FORM = [
    "Name: ____________________   DOB: __/__/____   MRN: __________",
    "Address: ______________________   City: __________   State: __   ZIP: _____",
    "Preferred language: English / Spanish / Somali / Nepali / Other   Interpreter: Y / N",
    "Rm | Patient | Age | Attending",
    "Resident\tRoom\tDOB\tMedicaid\tResponsible Party\tPhone",
    "mrn,last,first,dob,street,city,state,zip,phone",
    "CARE TEAM  Attending: ____  Resident: ____  Primary RN: ____",
    "MDS 3.0 Section GG: self-care 2, mobility 3",
    "Signature: ________________   Date: ___________",
    "Allergies: NKDA / penicillin (hives) / sulfa (rash)",
    "Dispense as written: Y / N   Quantity: 90   Days supply: 30",
    "Emergency contact: ____________   Relationship: ________   Phone: ____________",
    "Office hours: Monday to Friday 8-5, Saturday 9-12",
    "Fax cover: pages 7 including cover. CONFIDENTIAL.",
    "Tests ordered: CMP, CBC w/ diff, lipid panel, TSH",
    "Reply C to confirm, R to reschedule, STOP to opt out.",
    "D: __/__/__  T: __/__/__  Job #: ______",
    "cc: PCP; referring provider; patient",
    "Code status: Full / DNR / DNI / Comfort",
    "Isolation: contact / droplet / airborne / none",
]
PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_LOG[0::2], _PHI_FREE_NOTE, _PHI_FREE_LOG[1::2], _PHI_FREE_CHAT, _PHI_FREE_FORM
    )
    for line in group
    if line is not None
]
