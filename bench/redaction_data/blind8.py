"""The "blind8" split: an eighth held-out set, written blind, for judging the redaction engine.

How it was written. Only generate.py, templates.py, values.py, tune4.py and tune5.py were read, for
the module interface and the annotation conventions. The engine, its tests, its documentation, the
benchmark code and every other data module were left unread, and nothing was run against the
engine. The other data modules were imported by a throwaway script only to collect their pools
for the overlap check below; their source was not opened.

What it models. Text that reaches a US outpatient clinic, written by a different hand than the
earlier splits:

* Patient-portal chat typed on phones by patients and relatives: lowercase, typos and run-ons,
  relatives and staff named in passing with no cue word, a given name alone as a sign-off,
  nicknames, names that are also ordinary words, voice-to-text (numbers spoken as words, no
  punctuation), dates in every casual shape ("the 3rd", "3/4", "tues 3/4", "march 4th", "4th of
  march", "3-4-21", "next mon the 12th"), ranges, casually typed addresses, phone numbers, e-mail
  addresses and insurance numbers, and a little Spanish, Haitian Creole, Tagalog and Vietnamese.
* Log lines: key=value, JSON, query strings, HL7 v2 (MSH, PID, NK1, PV1, OBR, OBX, IN1, GT1), CSV
  rows, Python and Java stack traces, nginx and Apache access lines, Celery, cron and systemd
  lines, syslog, audit trails, FHIR fragments, SQL in slow-query logs and e-mail gateway logs.
* Clinical notes: HPI, assessment and plan, discharge summaries, referral and consult letters,
  telephone encounters, nursing, PT/OT, behavioural-health and social-work notes, medication
  reconciliation, procedure and operative notes, radiology and pathology reports, prior
  authorisation letters, school and work excuses, signature blocks, cc lines, family and social
  history naming relatives, with dates of service, birth, admission, surgery, LMP and immunisation.
* PHI-free look-alikes: vitals, doses and tapers, labs and ranges, ICD-10, LOINC, CPT and NDC
  codes, eponyms, ages under 90, weekdays, months and years alone, durations, drug and device model
  names, ordinary words that are also names (hope, bill, rusty, amber, grant, kindness, courage,
  shivers, scales ...), version numbers, unit names without rooms, and log lines whose only ids
  are technical.

Names are drawn from origins weighted roughly to today's US patient population, with extra weight
on groups earlier splits used less: Southern and Appalachian Anglo, Cajun and Louisiana Creole,
African American (including modern coined names), Mexican, Central American and K'iche' and
other Maya, Puerto Rican and Cuban, Haitian, Jamaican and Trinidadian (Afro- and Indo-), Yoruba,
Ewe, Fula, Amharic, Oromo and Tigrinya, Somali, Yemeni, Sudanese, Libyan, Syrian, Palestinian and
Moroccan Arabic, Persian, Dari and Pashto, Kurdish, Turkish, Punjabi, Gujarati, Telugu, Malayalam,
Bengali, Sinhala, Nepali, Tibetan, Mongolian, Vietnamese, Korean, Cantonese and Mandarin (pinyin,
Wade-Giles and Hong Kong and Malaysian spellings), Tagalog, Ilocano and Visayan, Samoan, Tongan
and Chamorro, Japanese American and Okinawan, Polish, Russian, Belarusian, Georgian, Bosnian,
Albanian, Greek, Italian American, Irish, Scottish and Welsh, Pennsylvania Dutch and Amish,
Hasidic and Sephardic and Syrian Jewish, Cherokee, Ojibwe, Yup'ik and Hopi. They come family name
first where that is the custom (Chinese, Korean, Vietnamese, Mongolian), with initials, middle
names, double and hyphenated surnames, particles (de, van, bin, al-, O', D', Mc), apostrophes,
generational suffixes, quoted nicknames, folded accents, in "LAST, FIRST", ALL CAPS, lowercase,
as HL7 components and as usernames and e-mail local parts.

Addresses have units, directionals, half numbers, Utah and Wisconsin grid numbers, Queens hyphen
numbers, PO boxes, rural and highway-contract routes, county and state roads, Puerto Rico
kilometre addresses, trailer-park lots, bare street names and unit lines on their own; cities run
from boroughs, villages and unincorporated places to mid-sized suburbs, with ZIP and ZIP+4.

Annotation conventions (as tune4.py, and tune5.py for log dates): a state is not scored ({STATE},
label None); a weekday next to a date ("tues 3/4") and a clock time after it ("3/4 at 2",
"03/04/2024 14:22") stay outside the DATE, while a whole ISO or logging timestamp is one DATE; the
clock after an nginx "14/Mar/2024:" date or a syslog "Mar 14" stays outside; "the" in "the 3rd" is
outside; a range "3/4-3/9" is two DATEs; a month alone, a year alone, a weekday alone and "early
March" or "mid-June" are not PHI, while a month with a year ("March 2021", "03/2021") is a DATE; a
title (Dr., Mrs.), a credential (MD, RN) and a possessive "'s" stay outside the NAME; a quoted
nickname inside a full name is part of that NAME; in HL7 each name component (family, given,
middle) is its own NAME span; only ages over 89 are AGE_OVER_89; a street name without a house
number and a unit line on its own are ADDRESS. A slot's value is exactly its labelled span. A few
slots carry non-PHI filler (weekdays, clock times, request ids, latencies); their label is None.

Overlap check. No given name, family name, nickname, street name, city or e-mail domain word here
occurs in the pools of values.py (with the Faker names it draws for every locale it uses, and the
first- and last-name lists of every Faker person provider installed), templates.py or any other
split module (blind.py to blind7.py, tune2.py to tune7.py). A throwaway script imported those
modules, collected every string in their module-level lists, dicts and tuples other than the
template lists, called their name, street, city, e-mail, username and URL functions a few thousand
times with seeded generators, folded accents and case, split everything into words and compared
this module's pool words against that set. Particles (de, van, bin, al, O', D', Mc), generic
address and place words (street, road, county, lake, falls, north ...) and top-level domains were
exempt; every colliding word was replaced and the check rerun until it found none. That is why
the classic word names (Hope, Bill, Rusty, Amber, Grant ...) appear here only as ordinary words:
every one of them is already in some other pool, so the word names in this split are others
(Kindness, Courage, Shivers, Scales, Pardon ...).
"""

# Turkish names keep their dotless i (U+0131) on purpose.
# ruff: noqa: RUF001

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "southern_anglo": (16, [
        "Ulys", "Oval", "Pervis", "Voncile", "Ydell", "Birdell", "Plemon", "Clova", "Arzella",
        "Bertice", "Jonie", "Coleta", "Dorsie", "Hoyle", "Reuel", "Thelbert", "Udell", "Wyley",
        "Bonzie", "Ocey", "Carlus", "Nathel", "Orbin", "Wendle", "Ercel", "Fentress", "Hurschel",
        "Perlie", "Beuford", "Levada", "Ulma", "Dorland", "Gradie", "Sherrod", "Kemper",
        "Vardaman", "Welborn", "Brently", "Cashlynn", "Ezrah", "Gentri", "Haizley", "Jaxtyn",
        "Kambri", "Laikyn", "Naylee", "Paisleigh", "Rhylee", "Swayze", "Zayley", "Kenzleigh",
        "Ryatt", "Brisco", "Kolt", "Kasyn", "Waylen", "Brantlee", "Bexley", "Ellianna", "Kinzlee",
        "Laynee", "Maddyn", "Nayvie", "Presleigh", "Raelee", "Tenley", "Whitlee", "Bentlee", "Kynlee",
    ], [
        "Wooldridge", "Duvall", "Cress", "Caskey", "Cordle", "Gwinn", "Chafin", "Keesee",
        "McGlothlin", "Stiltner", "Vandyke", "Engle", "Wicker", "McCown", "Shortridge", "Gaskill",
        "Hogue", "Swearingen", "Cribb", "Twiddy", "Gotcher", "Hardcastle", "Washburn", "Wagstaff",
        "Lovegrove", "Goodhew", "Greathouse", "Broadwater", "Doubleday", "Whiting", "Roundtree",
        "Snuggs", "Trickey", "Catchings", "Ashbrook", "Brumfield", "Burkett", "Cagle", "Claypool",
        "Clinkscales", "Coggeshall", "Cumbee", "Dameron", "Dearing", "Dugger", "Edens", "Fairless",
        "Farrabee", "Faulconer", "Fortner", "Goodykoontz", "Grindstaff", "Hagy", "Harkleroad",
        "Heatherly", "Hickerson", "Hixson", "Huskey", "Inscore", "Lamie", "Lawhorn", "Loveday",
        "Lowdermilk", "McElyea", "Minton", "Mongold", "Offutt", "Orndorff", "Pruett",
        "Quesenberry", "Ramsour", "Rasnic", "Redwine", "Rorrer", "Sawyers", "Scaggs", "Shelor",
        "Skeen", "Sluss", "Snodgrass", "Sowards", "Strunk", "Surratt", "Tankersley", "Trivette",
        "Vannoy", "Warf", "Whisman", "Akard", "Bunton", "Cassady", "Cromwell", "Gobble", "Hargis",
        "Hileman", "Jenks", "Niday", "Osteen", "Pless", "Sexson", "Testerman", "Ulrey", "Varner",
        "O'Briant", "O'Shaughnessey", "McWhorter", "McGahee", "McRary", "McKeithan", "McLawhorn",
        "McCuiston", "McClurkin", "McPhaul", "Van Buskirk", "Schermerhorn",
    ]),
    "cajun_creole": (2, [
        "Euphemie", "Hypolite", "Lastie", "Azema", "Lazard", "Marcelite", "Oneziphore", "Sostene",
        "Boozoo", "Canray", "Amede", "Elius", "Ravis", "Ulger", "Vileo", "Belonie", "Cidalise",
        "Dorestan", "Eulice", "Lodias", "Nolton", "Sidonie", "Valerien", "Wilmore", "Zepherin",
        "Cyprien", "Hippolyte", "Justilien", "Pelagie",
    ], [
        "Ortego", "Lanclos", "Authement", "Falgout", "Gaudet", "Mire", "Chenier", "Meullion",
        "Simien", "Tezeno", "Deshotel", "Jolivette", "Lemelle", "Malveaux", "Bellard", "Carriere",
        "Delafosse", "Gradney", "Hollier", "Jeanlouis", "Lavergne", "Papillion", "Darbonne",
        "Eaglin", "Fontenette", "Jeansonne", "Pellerin", "Vallot", "Dauzat", "Ducote", "Marceaux",
        "Patin", "Reaux", "Stelly", "Tauzin", "Voorhies", "Alleman", "Dufrene", "Foret", "Guidroz",
        "Hymel", "Lirette", "Matherne", "Oubre", "Pellegrin", "Rebouche", "Serigny", "Vizier",
    ]),
    "african_american": (11, [
        "Keontae", "Shaquira", "Laquisha", "Kentavious", "Javarius", "Jakiya", "Quandarius",
        "Jayceon", "Treyvion", "Traevon", "Taquan", "Jaquelle", "Keyairra", "Laniyah", "Journei",
        "Syncere", "Tyjae", "Zyon", "Jakyla", "Tyeisha", "Dajah", "Nyjah", "Zymir", "Lakiesha",
        "Leontyne", "Oretha", "Ledell", "Quintella", "Keyshia", "Tykeria", "Kyrin", "Khamari",
        "Dontavius", "Cortavious", "Jamichael", "Ladamien", "Antavious", "Kavion", "Kiyah",
        "Naliyah", "Shamya", "Shaday", "Tyasia", "Shawnta", "Shaquanda", "Shontay", "Arthurine",
        "Creolia", "Cordarius", "Jermarcus", "Keshon", "Jahmir", "Tyshaun", "Quamir", "Ahmir",
        "Daequan", "Jakwon", "D'Quarius", "D'Aundre", "D'Onta", "D'Vonte",
    ], [
        "Shipp", "Darden", "Utley", "Bellinger", "DeLoach", "Izard", "Kinard", "Lesane", "Dancy",
        "Jiggetts", "Mizell", "Newkirk", "Parham", "Ransome", "Strother", "Townes", "Whitted",
        "Dunston", "Eaddy", "Graddick", "Hemby", "Outen", "Ballentine", "Demery", "Fulmore",
        "Keitt", "Reddick", "Wragg", "Kinloch", "Legare", "Maybank", "Wineglass", "Wongus",
        "Pettus", "Jointer", "Kirksey", "Macklin", "Foushee", "Gatewood", "Jolley", "Rackley",
        "Goolsby", "Ivery", "Kennebrew", "Raiford", "Sowell", "Vaughns", "Dupree", "Truitt", "Mapp",
        "Riddick", "Upshur", "Wimbush", "Askew", "Cromer", "Faucette", "Headen", "Newbill", "Sease",
        "Teasley",
    ]),
    "mexican": (11, [
        "Austreberto", "Cenaida", "Jatziri", "Eduin", "Abacuc", "Aniceto", "Audelia", "Cutberto",
        "Damiana", "Gumaro", "Próspero", "Taurino", "Acela", "Bernardina", "Cirila", "Engracia",
        "Ausencio", "Zuleyma", "Aranza", "Getsemaní", "Jatziry", "Rubicela", "Amalio", "Brígido",
        "Camerino", "Crisóforo", "Diódoro", "Enedina", "Epigmenio", "Ezequías", "Fidencia",
        "Gilberta", "Heladio", "Honoria", "Idelfonso", "Lamberta", "Mardonio", "Nicandro",
        "Nicéforo", "Octaviano", "Regino", "Teódula", "Yatzil", "Xitlalic", "Yoloxóchitl",
        "Metztli", "Nayelli", "Tenoch", "Mixtli", "Anayansi", "Maleni", "Melitón", "Pioquinto",
    ], [
        "Fregoso", "Arciniega", "Alaniz", "Bañales", "Delao", "Pizano", "Rayas", "Tinajero",
        "Topete", "Anzaldúa", "Arizmendi", "Arreguín", "Ayón", "Borunda", "Caloca", "Castorena",
        "Cazarez", "Chaidez", "Cholula", "Durazo", "Enciso", "Gaxiola", "Güereca", "Higuera",
        "Lizárraga", "Maciel", "Monárrez", "Murguía", "Orduño", "Parga", "Quintanar", "Rochín",
        "Sámano", "Sotomayor", "Valdovinos", "Yepez", "Zamarrón", "Zazueta", "Yescas", "Lachino",
        "Feria", "Ruvalcaba", "Garnica", "Manjarrez", "Nieblas", "Uresti", "Alvizo", "Ocegueda",
        "Reveles", "Gudiño", "Nungaray", "Tiscareño", "Zendejas",
    ]),
    "central_american": (3, [
        "Ilsy", "Nolvia", "Olman", "Mainor", "Oseas", "Otoniel", "Lurvin", "Mayron", "Delmi",
        "Dinora", "Gleny", "Onelia", "Yensi", "Zuly", "Nahún", "Yobani", "Yolibeth",
    ], [
        "Banegas", "Irías", "Baires", "Escoto", "Jovel", "Mancía", "Orantes", "Umaña", "Yanes",
        "Zometa", "Bardales", "Euceda", "Fúnez", "Hándal", "Nuila", "Osorto", "Tábora", "Urquía",
        "Cerrato", "Discua", "Fiallos", "Galeas", "Midence", "Raudales", "Vallecillo", "Dubón",
        "Membreño", "Pacas", "Vides",
    ]),
    # K'iche', Kaqchikel, Mam and Q'eqchi' families; given names Spanish or Maya.
    "maya": (1, [
        "Ixmucané", "Tecún", "Nikte", "Ixkik", "Ixim", "Kanil", "Xmucane", "Ajaw", "Olman", "Delmi",
        "Nolvia", "Oseas", "Yobani", "Lurvin",
    ], [
        "Xicay", "Cux", "Quiej", "Sicajau", "Tum", "Chivalán", "Xiloj", "Coyoy", "Ixcot", "Tzunux",
        "Yac", "Chojolán", "Sactic", "Bocel", "Saquic", "Cumes", "Xoyón", "Pirir", "Quemé",
        "Ixtabalán", "Maquin", "Chiquín", "Cuxil", "Guarchaj", "Ixquiactap", "Sajché", "Tecú",
        "Tujab", "Xiquín", "Ajcuc", "Catú", "Chox", "Culum", "Iboy", "Patzán", "Sipac", "Sucuquí",
        "Tzay", "Xunic", "Calel", "Pelicó", "Taquiej", "Tohom", "Ajanel", "Curruchich", "Ixmay",
        "Tepaz", "Saloj", "Socop", "Zapeta",
    ]),
    "puerto_rican_cuban": (4, [
        "Iraida", "Betzaida", "Luzmarie", "Yariel", "Jandiel", "Yomaira", "Yoandry", "Yusniel",
        "Yaimara", "Orestes", "Marisleysis", "Yosvany", "Maritere", "Nayda", "Zuleika", "Glorimar",
        "Lizmarie", "Yaniel", "Yamil", "Gladymar", "Kiomara", "Leishla", "Sonimar", "Griselle",
        "Idalis", "Naida", "Yarelis", "Idalberto", "Norge", "Osniel", "Raciel", "Reiniel", "Roiner",
        "Yasmany", "Yuniesky", "Yurisleidy", "Yudith", "Yaquelín", "Dainelys", "Dairon", "Osmany",
        "Yoanka",
    ], [
        "Rodón", "Borrero", "Villafañe", "Despaigne", "Fundora", "Hevia", "Iznaga", "Mestre",
        "Pupo", "Rizo", "Sotolongo", "Urquiza", "Yero", "Llanes", "Pedroso", "Rubiera", "Sardiñas",
        "Adorno", "Alomar", "Cancel", "Casiano", "Esquilín", "Gerena", "Jusino", "Marcano",
        "Olmeda", "Ufret", "Barreiro", "Espín", "Fariñas", "Lamadrid", "Sarduy", "Tápanes",
        "Zaldívar", "Cepero", "Labrada", "Milián", "Morejón", "Rosabal",
    ]),
    "haitian": (2, [
        "Wilkens", "Loudmia", "Ketsia", "Madochée", "Widner", "Ralphson", "Yonel", "Ednor",
        "Lubens", "Germanie", "Idalie", "Oriane", "Phanie", "Ansy", "Bergson", "Frandy", "Kenson",
        "Louvens", "Mackendy", "Olguine", "Roodly", "Sophonie", "Thamar", "Ysemaine", "Dieumène",
        "Elifet", "Herns", "Jeanide", "Ludnie", "Maudeline", "Orphise", "Saurel", "Tichérie",
        "Wilky",
    ], [
        "Duverne", "Thélusmond", "Cénat", "Pierrelus", "Dolcé", "Orelus", "Pognon", "Accilien",
        "Elismé", "Geffrard", "Honorat", "Noëlsaint", "Tertulien", "Alcindor", "Beaubrun", "Hérard",
        "Oxilus", "Présumé", "Ridoré", "Thélot", "Verdieu", "Bellefleur", "Dumerjuste", "Nérestant",
        "Roméus", "Desamours", "Dieuveuil", "Exanté", "Nelzy", "Ostiné", "Ravix", "Surin",
    ]),
    # Jamaican, Trinidadian (Afro- and Indo-) and Montserratian.
    "anglo_caribbean": (2, [
        "Hopeton", "Novlette", "Tassha", "Kadian", "Tajay", "Tamoy", "Shevaun", "Sherene", "Rawle",
        "Rajkumar", "Deonarine", "Sookdeo", "Parbatee", "Bisram", "Ravindranath", "Basdeo",
        "Jagdeo", "Yanique", "Euton", "Icilda", "Joscelyn", "Norda", "Sashoy", "Tashoya",
        "Winsome", "Andrene", "Chevelle", "Kenroy", "Leeford", "Merline", "Oneil", "Quacy",
        "Roxroy", "Teshawn", "Valrie", "Zephaniah", "Shanoy", "Jhamal", "Kimoy", "Daveen",
        "Kerisha", "Leevon", "Trishana", "Aneesa", "Deoraj", "Mahadeo", "Premchand", "Rookmin",
    ], [
        "Ricketts", "Ffrench", "Lewin", "Walcott", "Ramdass", "Persad", "Ramkissoon", "Boodoo",
        "Sookram", "Rampersad", "Jaggernauth", "Seepersad", "Baksh", "Ramnarine", "Sinanan",
        "Gopaul", "Harripersad", "Mungroo", "Ragoonanan", "Teelucksingh", "Beharry", "Bissoon",
        "Chattergoon", "Dookeran", "Hosein", "Jagessar", "Kowlessar", "Mahabir", "Nanan",
        "Ramcharan", "Toolsie", "Alleyne", "Bascombe", "Cumberbatch", "Dopwell", "Greaves",
        "Harewood", "Ifill", "Lashley", "Morean", "Pantin", "Quashie", "Rudder", "Skeete",
        "Trotman", "Grizzle", "Lawes", "Vassell", "Anglin", "Dunkley", "Gooden", "Hemmings",
        "Lothian", "Minott", "Myrie", "Pinnock", "Rhoden", "Smikle", "Thelwell", "Beckford",
        "Gentles", "Haughton", "O'Garro",
    ]),
    "yoruba": (2, [
        "Ireoluwa", "Oladele", "Oyebola", "Feyisara", "Mobolaji", "Ifeoluwa", "Teniola", "Ayobami",
        "Opeyemi", "Toluwani", "Anuoluwapo", "Fiyinfoluwa", "Itunu", "Akinwumi", "Jibola", "Niyi",
        "Olusegun", "Rotimi", "Bimpe", "Dolapo", "Kemisola", "Olabisi", "Remilekun", "Tinuke",
    ], [
        "Olowookere", "Falade", "Omotosho", "Osundare", "Aregbesola", "Olagunju", "Adeniran",
        "Ogunlesi", "Alakija", "Babatope", "Fayemi", "Jimoh", "Ojelabi", "Okediji", "Olatunde",
        "Olorunfemi", "Onabanjo", "Sowemimo", "Adeosun", "Agboola", "Akinbode", "Amosun",
        "Ehinmowo", "Famuyiwa", "Gbadamosi", "Idowu", "Ladipo", "Odusote", "Ogundare", "Okunola",
        "Oladapo", "Olawuyi", "Shonibare", "Aderinto", "Adesina", "Akinpelu",
    ]),
    "ewe": (1, [
        "Komla", "Xorlali", "Akpene", "Fafali", "Sefakor", "Dzidzor", "Enam", "Akofa", "Edinam",
        "Kwasivi", "Kofivi", "Ablavi", "Afiwa", "Kokou", "Koffi", "Kossiwa", "Ayaovi",
    ], [
        "Gbedemah", "Hodzi", "Kudzordzi", "Ladzekpo", "Agbodza", "Amenyah", "Gakpo", "Kuwornu",
        "Agbemabiese", "Agbozo", "Anku", "Attipoe", "Awuku", "Azumah", "Dake", "Fiadzigbey",
        "Kpeglo", "Kumordzi", "Kwashie", "Letsa", "Nyavor", "Segbefia", "Tsatsu", "Xatse", "Adzoe",
        "Amegbe", "Awoonor", "Dorkenoo", "Fiawoo", "Gbadegbe", "Klutse", "Kofigah", "Nutsugah",
        "Sedzro", "Wemegah", "Zormelo",
    ]),
    "fula": (1, [
        "Thierno", "Saïkou", "Diaraye", "Hadiatou", "Mouctar", "Oury", "Lamarana", "Djenabou",
        "Hassatou", "Rouguiatou", "Abdourahmane", "Sadou", "Maimouna", "Kadidja", "Hindou",
        "Djariatou", "Safiatou", "Alhassane", "Bademba", "Cellou", "Diouldé", "Elhadj", "Ismaila",
        "Karamoko", "Mamoudou", "Raby", "Telli", "Yéro", "Dalanda", "Hapsatou", "Kadiata",
        "Mabinty", "Ramatoulaye", "Sira", "Takiyatou", "Yaye",
    ], [
        "Balde", "Diao", "Wane", "Baldeh", "Bocoum", "Baldé", "Dicko", "Djigo", "Galledou", "Kandé",
        "Kébé", "Mballo", "Ndongo", "Seydi", "Sidibeh", "Soumaré", "Wann", "Djallo", "Embalo", "Jaw",
        "Sabally", "Tamboura", "Bakayoko", "Cissokho",
    ]),
    # Amharic, Oromo and Tigrinya.
    "horn_of_africa": (2, [
        "Abebech", "Ayelech", "Eskinder", "Lulit", "Abenezer", "Dagmawi", "Habtamu", "Kaleab",
        "Tsedey", "Wubit", "Zemen", "Workinesh", "Lensa", "Obsa", "Boontu", "Dhugassa", "Fayyisa",
        "Gadaa", "Hawi", "Ibsaa", "Jaalalee", "Lalisa", "Magarsa", "Obsinan", "Tolera", "Urgessa",
        "Freweyni", "Kiflom", "Teklit", "Merhawi", "Simret", "Winta", "Bezawit", "Kebebush",
        "Nardos", "Yeshi", "Zinash", "Aberash", "Bizunesh", "Meaza", "Wossen", "Gutu", "Jirenya",
        "Kenenisa", "Lemi", "Ebisa", "Galane", "Amanti", "Dibora", "Iftu", "Kulani", "Meti",
        "Nanati", "Tamirat", "Ayantu", "Bontu",
    ], [
        "Desalegn", "Kassa", "Seyoum", "Gudina", "Kumsa", "Dhaba", "Badhaso", "Dinsa", "Gemeda",
        "Hirpa", "Jiregna", "Kenei", "Merga", "Nagari", "Sorsa", "Tufa", "Dirribsa",
        "Woldegiorgis", "Negusse", "Gebrezgabiher", "Haileab", "Zemichael", "Ghirmay", "Adugna",
        "Aregawi", "Ayalew", "Debebe", "Dereje", "Endale", "Feyissa", "Gebeyehu", "Guta", "Kifle",
        "Legesse", "Nigussie", "Sahle", "Tafesse", "Abraha", "Mehreteab", "Tewolde", "Fitwi",
        "Kiros", "Tesfu",
    ]),
    "somali": (1, [
        "Ikraan", "Timiro", "Ugaas", "Hanad", "Amran", "Bilan", "Istar", "Jawaahir", "Maano",
        "Roodo", "Tusmo", "Ubax", "Waris", "Xaawo", "Garaad", "Jibriil", "Liibaan", "Nuradin",
        "Rashiid", "Abdisalam", "Kadra", "Najma", "Ubaax",
    ], [
        "Duale", "Isse", "Bihi", "Muse", "Xuseen", "Ganey", "Odowaa", "Abtidoon", "Afrah", "Awale",
        "Bulhan", "Faarax", "Lugadhere", "Maxamed", "Olad", "Tuuryare", "Xaaji", "Yuusuf",
        "Abokor", "Biixi", "Cilmi", "Dhuxulow", "Fiqi", "Jeelle", "Keynan", "Nageeye", "Obsiye",
        "Qodax", "Rooble", "Saciid", "Tubeec", "Weheliye", "Yabarow", "Buraale", "Ciise",
        "Geesdiir", "Kaariye", "Mirreh", "Olow", "Sugule", "Timacade", "Waabeeye",
    ]),
    # Yemeni, Sudanese, Libyan, Syrian, Palestinian and Moroccan.
    "arab": (2, [
        "Abdulmalik", "Fadwa", "Taghreed", "Diaa", "Kinan", "Ayham", "Bassel", "Siham", "Hajar",
        "Abdelilah", "Mbarek", "Abdulsalam", "Arwa", "Hadeel", "Kholoud", "Lamees", "Maysoon",
        "Raghad", "Shaima", "Yumna", "Abdulwahab", "Adham", "Ahed", "Baraa", "Dirar", "Khaldoun",
        "Louai", "Moayad", "Obada", "Sufyan", "Waleed", "Abdulqader", "Radwan", "Wasim", "Rkia",
        "Fadma", "Itto", "Ouafae", "Btissam", "Naoual", "Hanane", "Rajae", "Chaimae", "Oumaima",
        "Khaoula", "Kaoutar",
    ], [
        "al-Ahdal", "al-Eryani", "Mutahar", "al-Maqtari", "Hizam", "Shamsan", "Bamatraf",
        "al-Jawfi", "Bin Shamlan", "Elbashir", "Abdelrahim", "Eltayeb", "Mahgoub", "Abuzeid",
        "Eltahir", "Ibnouf", "Babiker", "Mirghani", "Elnour", "Hamdoun", "Karrar", "al-Warfalli",
        "Zawi", "Shalgham", "Buzaid", "Elmagariaf", "Ghariani", "Zlitni", "Maiteeg", "Swehli",
        "Hamwi", "Nahhas", "Zaim", "Atassi", "Barazi", "Droubi", "Haffar", "Jazairi", "Mardini",
        "Quwatli", "Zahlawi", "Barghouti", "Khalidi", "Nashashibi", "Shaath", "Abuelhaj", "Awwad",
        "Daraghmeh", "Shunnar", "Zughayer", "Guessous", "Kettani", "Mernissi", "Naciri", "Sqalli",
        "Zniber", "Bouazza", "Hajji", "Lamrani", "Ouchen", "Chafik", "Ennaji", "Fikri", "Jabri",
        "al-Sanabani", "al-Absi", "al-Shaibani", "al-Aghbari", "al-Zindani", "Sharafuddin",
        "Elkhidir", "Hamadto", "Elfadil", "Fadlalla", "Hassabo", "Kambal", "Gasim", "Elkhatim",
        "Abushagur", "Dabbashi", "Fituri", "Gheriani", "Mangoush", "Sallabi", "Tarhuni",
        "Jouejati", "Kayali", "Chehade", "Kabbani", "Moualem", "Rifai", "Sibai", "Tabbaa",
        "Tarifi", "Yaghi", "Zayyad", "Bousfiha", "Drissi", "Harrak", "Kadiri", "Ouahbi",
        "Zerhouni",
    ]),
    "persian": (1, [
        "Farshad", "Peyman", "Mandana", "Termeh", "Ardeshir", "Bahman", "Dariyoush", "Esfandiar",
        "Fereydoun", "Rostam", "Sogand", "Roshan", "Sadaf",
    ], [
        "Amirkhani", "Esfandiari", "Owji", "Pourmand", "Farrokhzad", "Tabatabaei", "Mohajer",
        "Abedini", "Behbahani", "Daneshmand", "Maleki", "Nikzad", "Qazvini", "Rafsanjani", "Sabeti",
        "Tavana", "Vakili", "Zanjani", "Golshiri", "Hedayat", "Mehrabian", "Namazi", "Parsi",
        "Shariati", "Yeganeh",
    ]),
    # Dari and Pashto.
    "afghan": (1, [
        "Wais", "Ajmal", "Hekmat", "Spogmai", "Gulbuddin", "Haroon", "Jawid", "Masood", "Roshan",
        "Sadaf",
    ], [
        "Khattak", "Afridi", "Tanai", "Arsalai", "Jalalzai", "Mujaddidi", "Yaftali",
    ]),
    "kurdish": (1, [
        "Berfin", "Hêvî", "Jiyan", "Rojin", "Soran", "Rebin", "Hawre", "Nawroz", "Awat", "Bahoz",
        "Sherwan", "Rozhin", "Nishtiman", "Avan", "Delal", "Shilêr", "Dilovan", "Newroz", "Zilan",
        "Havin",
    ], [
        "Barzani", "Talabani", "Bakir", "Berwari", "Doski", "Mizuri", "Amedi", "Shexani", "Baban",
        "Herki", "Surchi", "Balisani", "Piroti", "Mergasori", "Xoshnaw", "Mukriyani", "Sorani",
        "Pirbal", "Qazzaz",
    ]),
    "turkish": (1, [
        "Aslıhan", "Cansu", "Feride", "Ilkay", "Kübra", "Meltem", "Ümran", "Yeliz", "Alper", "Oktay",
        "Ufuk",
    ], [
        "Abacıoğlu", "Canbolat", "Dağdelen", "Ekşioğlu", "Fidancı", "Gökçeoğlu", "Hacıoğlu",
        "Işıklar", "Kahraman", "Karabulut", "Mutlu", "Nalbant", "Pehlivan", "Sarıgül", "Ulusoy",
        "Altıntaş", "Bayraktar", "Çakır", "Demirtaş", "Kurtuluş", "Sönmez", "Taşdemir", "Çelebi",
        "Yalçınkaya", "Erdoğdu", "Gümüşsoy", "Sarıkaya", "Tokgöz", "Uzunhasan", "Kocaoğlu",
        "Akyüz", "Bilgiç", "Durmaz", "Erkoç", "Gündoğdu", "Ilgaz", "Keskin", "Saygılı",
    ]),
    "punjabi": (1, [
        "Kulwinder", "Kirandeep", "Lakhwinder", "Gurjot", "Ekam", "Jaskaran", "Sukhman", "Arshdeep",
        "Ravneet", "Harnoor", "Gurnam", "Jagjit", "Malkit", "Resham", "Surjit", "Upkar",
        "Bhupinder", "Davinder", "Hardev", "Kamaljit", "Lakhbir", "Navneet", "Parmjit", "Satnam",
        "Tarsem", "Gurmeet", "Jasdeep", "Karamjit", "Maninder", "Prabhjot", "Randeep", "Sarbjit",
        "Gagandeep", "Harkirat", "Kamalpreet", "Rajdeep", "Simrat", "Sukhpreet", "Amanjot",
        "Avneet", "Diljit", "Gurleen", "Japji", "Kiranjit", "Mehtab", "Prabhleen", "Rasleen",
        "Sehaj",
    ], [
        "Boparai", "Gakhal", "Basra", "Dhami", "Lidder", "Sanghera", "Jaswal", "Kooner", "Multani",
        "Purewal", "Riar", "Khosa", "Mavi", "Rehal",
    ]),
    "gujarati": (1, [
        "Dharmesh", "Kalpesh", "Paresh", "Sejal", "Tejal", "Vipul", "Alpesh", "Dhara", "Jagruti",
        "Nirav", "Pinal", "Rinku", "Tushar", "Bhargav", "Chintan", "Darshana", "Daxa", "Hasmukh",
        "Jayshree", "Kokila", "Naynesh", "Pragna", "Rajnikant", "Sharda", "Trupti", "Urmila",
        "Vimal", "Amisha", "Bindiya", "Dipti", "Foram", "Jinal", "Minal", "Toral", "Vaidehi",
        "Yesha", "Ketan", "Nikunj", "Ronak", "Vatsal", "Hansaben", "Jashodaben", "Kantaben",
        "Lilaben", "Manjulaben", "Pushpaben", "Savitaben", "Jayantilal", "Kantilal", "Maganlal",
        "Ramanlal", "Shantilal",
    ], [
        "Gajjar", "Lakhani", "Majmudar", "Nanavati", "Dabhi", "Gohil", "Jhala", "Prajapati",
        "Thakor", "Vankar", "Zala", "Chudasama", "Gadhvi", "Mandaliya", "Padhiar", "Sutaria",
        "Bhalodia", "Dholakia", "Ghelani", "Kachhadia", "Lalani", "Mangukiya", "Patadia",
        "Radadiya", "Savani", "Vaghasiya",
    ]),
    "telugu": (1, [
        "Venkata", "Harika", "Kalyan", "Nagendra", "Sirisha", "Tejaswi", "Vamsi", "Anjaneyulu",
        "Eswar", "Gopichand", "Hanumantha", "Jagadeesh", "Koteswara", "Lakshmana", "Mallikarjun",
        "Nageswara", "Raghava", "Sambasiva", "Umamaheswara", "Varalakshmi", "Yadagiri",
        "Rajeswari", "Saritha", "Sujatha", "Vijayalakshmi", "Spandana", "Sahithi", "Manasa",
        "Mounika", "Pravallika", "Rohith", "Saketh", "Tharun", "Yaswanth", "Karthikeya", "Srikanth",
    ], [
        "Gaddam", "Pulla", "Yalamanchili", "Ganta", "Potluri", "Bandaru", "Chinta", "Dasari",
        "Eluri", "Jonnalagadda", "Kancherla", "Lingam", "Maddipati", "Nimmagadda", "Paruchuri",
        "Ravuri", "Sunkara", "Tummala", "Uppalapati", "Veeramachaneni", "Kotha", "Mallela",
        "Alluri", "Chilukuri", "Devineni", "Gutta", "Inturi", "Kakani", "Katragadda", "Kolli",
        "Mandava", "Nadendla", "Pinnamaneni", "Ravela", "Surapaneni", "Talasila", "Vallabhaneni",
        "Yerramsetti", "Achanta", "Bommireddy", "Chintalapudi", "Duvvuri", "Ghanta", "Jampani",
        "Kamineni", "Madala", "Nandamuri", "Pamulapati", "Sabbineni", "Thota", "Vadlamudi",
    ]),
    "malayali": (1, [
        "Jincy", "Bincy", "Libin", "Tintu", "Saji", "Anju", "Aswathy", "Gopika", "Jithin", "Midhun",
        "Nithin", "Rejitha", "Sreekumar", "Unnikrishnan", "Vineeth", "Athira", "Dhanya", "Lijo",
        "Binoy", "Cijo", "Dijo", "Ebin", "Febin", "Gibin", "Jibin", "Jobin", "Linto", "Nibin",
        "Rijo", "Sijo", "Tijo", "Kochurani", "Leelamma", "Mariamma", "Omana", "Rosamma", "Sosamma",
        "Thankamma", "Aleyamma", "Annamma", "Chinnamma", "Kunjamma", "Elsamma", "Appukuttan",
        "Kunjikrishnan", "Sasidharan", "Ouseph", "Pappachan", "Thomachan",
    ], [
        "Namboothiri", "Warrier", "Eapen", "Vadakkan", "Poovathingal", "Puthenpurackal",
        "Palathinkal", "Alappatt", "Chittilappilly", "Edathil", "Kanjirappally", "Kollannur",
        "Mookkenthottam", "Nedumpara", "Olickal", "Pallikunnel", "Thekkekara", "Vettukattil",
        "Ninan", "Pothen", "Tharakan", "Ittyerah", "Kizhakkethil", "Madathil", "Puthussery",
        "Vallikappen", "Kunnath", "Manjooran", "Pulikkottil", "Thayil", "Valiyaparambil",
    ]),
    # West Bengal and Bangladesh.
    "bengali": (1, [
        "Arnab", "Debashis", "Sanchita", "Subhashis", "Tanmoy", "Bidisha", "Chandana", "Dipankar",
        "Koushik", "Rupam", "Sayantani", "Shubhankar", "Mahmudul", "Habibur", "Ashrafun", "Babul",
        "Dipu", "Golam", "Khokon", "Liton", "Nazmul", "Obaidul", "Rezaul", "Touhid", "Ziaur",
        "Afroza", "Dilruba", "Fahmida", "Jannatul", "Kohinoor", "Laboni", "Popy", "Sumaiya",
        "Shyamal", "Debabrata", "Himadri", "Kallol", "Sudipta", "Suvendu", "Tamal", "Ujjwal",
        "Bipasha", "Jhumpa", "Madhumita", "Rumki", "Sohini", "Tanusree",
    ], [
        "Bagchi", "Akhter", "Maitra", "Pramanik", "Roychoudhury", "Adhikary", "Barua", "Naskar",
        "Bepari", "Howlader", "Molla", "Patwary", "Shikder", "Faraji",
    ]),
    "sinhala": (1, [
        "Tharanga", "Upul", "Wasantha", "Buddhika", "Gayan", "Hasini", "Iresha", "Janaka",
        "Madushani", "Nadeesha", "Udari", "Yasith", "Nilmini", "Dilshan", "Asanka", "Chandima",
        "Erandi", "Hashini", "Isuru", "Lasantha", "Malsha", "Rasika", "Sajith", "Thisara",
        "Upeksha", "Vindya", "Wathsala", "Dinithi", "Heshani", "Imesha", "Kaushalya", "Nirosha",
        "Pathum", "Ravindu", "Sandun", "Chanaka", "Dumindu",
    ], [
        "Gamage", "Kumarasinghe", "Nanayakkara", "Siriwardena", "Hettiarachchi", "Abeywickrama",
        "Bandaranayake", "Dasanayake", "Edirisinghe", "Jayasinghe", "Kulatunga", "Lokuge",
        "Madugalle", "Senaratne", "Tennakoon", "Wanigasekera", "Yapa", "Algama", "Balasuriya",
        "Dharmasena", "Gunathilaka", "Kodituwakku", "Mahagamage", "Pallegama", "Samaraweera",
        "Wijeratne",
    ]),
    # Nepali, including Bhutanese Nepali and Sherpa.
    "nepali": (1, [
        "Aashish", "Binod", "Pramila", "Upendra", "Yubaraj", "Anjana", "Chhabi", "Gyanendra",
        "Jeevan", "Uddhav", "Jamuna", "Nanu", "Bibek", "Dipesh", "Niraj", "Prabin", "Rojan",
        "Sulav", "Utsav", "Binita", "Dikshya", "Prasansha", "Samjhana", "Sujina", "Srijana",
        "Mingma", "Phurba", "Chhiring",
    ], [
        "Maharjan", "Bista", "Aryal", "Budhathoki", "Dangol", "Gharti", "Kandel", "Sedhai",
        "Sitaula", "Tuladhar", "Bajracharya", "Devkota", "Gyawali", "Lohani", "Shakya", "Thakuri",
        "Yonjan", "Bhusal", "Ghale", "Jirel", "Nembang", "Phuyal", "Rokaya", "Sunuwar", "Thakali",
        "Yakha",
    ]),
    # Two given names and no family name; the second is filed as the last name.
    "tibetan": (1, [
        "Choden", "Kalsang", "Ngawang", "Dorjee", "Jigme", "Lobsang", "Phuntsok", "Rinchen",
        "Thupten", "Youdon", "Namgyal", "Gyaltsen", "Kunga", "Palden", "Sangay", "Tsultrim",
        "Dhondup", "Jampa", "Kelsang", "Metok", "Nyima", "Passang", "Samten", "Tsewang", "Wangdu",
        "Yeshe", "Dhargyal", "Gonpo", "Jamyang", "Kunsang", "Losel", "Nawang", "Rigzin", "Sherab",
        "Tenpa", "Topgyal", "Tsomo", "Yangzom", "Dickyi", "Kyizom", "Lhadon", "Nordon", "Pelmo",
        "Sangmo", "Tsamchoe", "Yangdol", "Chokyi", "Drolma", "Jangchup", "Kalden", "Migmar",
        "Namdol", "Phurbu", "Samdup", "Thinley", "Tseten", "Woeser", "Yudon",
    ], []),
    # The father's name first, then the given name.
    "mongolian": (1, [
        "Enkhjargal", "Khulan", "Narantsetseg", "Sarangerel", "Bayarmaa", "Khongorzul",
        "Munkhtuya", "Nomin", "Oyuntsetseg", "Temuulen", "Uranchimeg", "Zolzaya", "Anujin",
        "Bilguun", "Ariunaa", "Khishigt", "Altantsetseg", "Badamkhand", "Chimeg", "Erdenechimeg",
        "Gerelmaa", "Khaliun", "Mönkhzul", "Nandintsetseg", "Odgerel", "Sarnai", "Undral", "Zaya",
        "Amarbayasgalan", "Orgil",
    ], [
        "Munkhbat", "Dorjsuren", "Erdenebat", "Gantulga", "Purevdorj", "Sukhbaatar", "Batjargal",
        "Chinbat", "Davaadorj", "Enkhbold", "Ganzorig", "Lkhagvasuren", "Myagmar", "Nergui",
        "Otgonbayar", "Purevsuren", "Sodnom", "Tumurbaatar", "Uuganbayar", "Yondon", "Zorigt",
        "Dulamsuren", "Byambasuren", "Dashdorj", "Jargal", "Khurelbaatar", "Tserendorj",
    ]),
    # Compound given names written as one word, as many US records carry them.
    "vietnamese": (2, [
        "Thuytien", "Kimloan", "Bichngoc", "Thuytrang", "Hongnhung", "Mydung", "Phuongthao",
        "Quynhnhu", "Baotran", "Giahan", "Khanhlinh", "Thienkim", "Camtu", "Xuandao", "Hoangyen",
        "Huyentran", "Thuylinh", "Vanlong", "Quochung", "Minhtri", "Ducthang", "Thanhson",
        "Huuphuoc", "Kien", "Mien", "Xoan", "Tuoi", "Khien", "Thuyet", "Nhuong", "Dzung", "Quyet",
        "Ngat", "Theu", "Buoi", "Cuoi", "Nhieu", "Thiep", "Luom",
    ], [
        "Khuat", "Dau", "Tonthat", "Auduong", "Dzoan", "Dzu",
    ]),
    "korean": (2, [
        "Wooseok", "Hyosung", "Yoonah", "Haejin", "Jooyoung", "Kiyoung", "Mijung", "Sunyoung",
        "Eunsook", "Jeongmin", "Byunghun", "Dukhee", "Sunja", "Yeongsuk", "Bokja", "Hanbit",
        "Iseul", "Jaram", "Narae", "Saerom", "Yeseul", "Byeol", "Garam", "Nabi",
    ], [
        "Kimm", "Yhim", "Rhyu", "Pyeon", "Sihn", "Bhang", "Choung", "Namkoong", "Seomoon",
        "Dongbang", "Whangbo", "Namkung", "Yoh", "Lyuh", "Rhie", "Chyung", "Pyon", "Ihm", "Ihn",
        "Uhn", "Yuh", "Pahk", "Rhew", "Ghim", "Cynn", "Jeun", "Kwun", "Muhn", "Nho", "Sonu",
        "Tchah", "Yuk", "Gweon", "Byon", "Cheong", "Hyon", "Kweon", "Ock", "Suk",
    ]),
    # Cantonese, Taishanese, Mandarin pinyin, Wade-Giles, Hong Kong and Malaysian spellings.
    "chinese": (3, [
        "Waikit", "Chunhei", "Kwokwah", "Yuklan", "Shukfan", "Hoiying", "Mingfai", "Yiuwah",
        "Kamchuen", "Laiching", "Chihming", "Hsiulan", "Kuohua", "Chingkuo", "Chienhung",
        "Yating", "Iling", "Tzuyu", "Peishan", "Yuting", "Wenhsiung", "Chunchieh", "Kuanting",
        "Shihhan", "Tsunghan", "Huichen", "Sookching", "Kokleong", "Sweelian", "Boonhuat",
        "Siewmei", "Cheekeong", "Pohlin", "Kianseng", "Yokelan", "Waikeung", "Sauying", "Kwaifong",
        "Yimfong", "Sunyee", "Fookwing", "Honming", "Kinfai", "Suetling", "Cheukyin", "Hiutung",
        "Longhin", "Chiyan", "Yanting", "Kawing", "Lokyi", "Szewan", "Yuhang", "Ruohan", "Sihan",
        "Jiaxin", "Mingxuan", "Zeyu", "Yiran", "Runze", "Lixin", "Xiaowen",
    ], [
        "Auyang", "Seeto", "Yick", "Kwock", "Hum", "Jeung", "Tsu", "Tsing", "Tsiang", "Kiang",
        "Tsuei", "Shew", "Gock", "Ghee", "Heung", "Thoy", "Yeong", "Yow", "Jiao", "Seetoo",
        "Auyeung", "Chew", "Poy", "Seid", "Cheu", "Tsoy", "Shum", "Tsun", "Kwauk", "Soohoo", "Sin",
        "Cheuk", "Soong", "Tow",
    ]),
    # Tagalog, Ilocano, Visayan and Kapampangan.
    "filipino": (3, [
        "Joric", "Lakan", "Khristine", "Babylyn", "Bingbong", "Edralin", "Ernani", "Jhoanna",
        "Kimberlyn", "Jaypee", "Maripaz", "Jennylyn", "Lyka", "Jhenny", "Kristhel", "Rhenz",
        "Kharl", "Jhomar", "Marlou", "Ronnel", "Arwin", "Jovy", "Mharie", "Eufemio", "Generoso",
        "Nestora", "Restituto", "Wenifreda", "Ysabel", "Gloriosa", "Herminigilda", "Iluminado",
        "Leodegario", "Olimpio", "Tarcila", "Anecita", "Bonifacia", "Epifania", "Feliza", "Herlyn",
        "Jeanelyn", "Nerissa", "Mutya", "Luningning", "Liwayway", "Bituina", "Diwata", "Mayari",
    ], [
        "Ablaza", "Pascua", "Rabago", "Tabaniag", "Ulep", "Ancheta", "Cabaccang", "Duldulao",
        "Galiza", "Lagmay", "Ramones", "Taclibon", "Agpaoa", "Cabatbat", "Quitoriano", "Abellana",
        "Paras", "Ugbinada", "Villamor", "Alcoseba", "Bacalso", "Cuizon", "Ouano", "Sugbo",
        "Tumulak", "Villaflor", "Bagasbas", "Dacuycuy", "Fabros", "Jalandoni", "Obien", "Yuzon",
        "Alejandrino", "Calalang", "Dalusung", "Olano", "Quiogue", "Yabut", "Zulueta", "Bituin",
        "Dimayuga", "Kalaw", "Madamba",
    ]),
    # Japanese American and Okinawan.
    "japanese_american": (1, [
        "Yaeko", "Yasuo", "Fujiko", "Haruyo", "Sueko", "Asako", "Chiyeko", "Iwao", "Katsumi",
        "Nobuyuki", "Takeo", "Kiyomi", "Shigeko", "Tokiko", "Ayako", "Hisae", "Kinuyo", "Matsue",
        "Otome", "Sumie", "Teruyo", "Yukie", "Akio", "Hachiro", "Kaoru", "Noriyuki", "Teruo",
        "Yutaka", "Miyo",
    ], [
        "Matsunaga", "Hamasaki", "Miyake", "Yoshioka", "Ginoza", "Kaneshige", "Kuniyoshi",
        "Miyasato", "Oyakawa", "Tengan", "Uyeno", "Akamine", "Yamauchi", "Hirabayashi",
        "Korematsu", "Yasui", "Fujikawa", "Kochiyama", "Nakashima", "Yagi", "Asato", "Fukumoto",
        "Hanashiro", "Iha", "Kishaba", "Matsuura", "Oshita", "Tomita", "Uesato", "Zakimi",
        "Enomoto", "Hamamoto", "Kawasaki", "Uyemura", "Yamagata", "Terada",
    ]),
    # Samoan, Tongan and Chamorro.
    "pacific_islander": (1, [
        "Tavale", "Lemalu", "Tuala", "Vaimoana", "Faamanu", "Tusi", "Siueni", "Asolele", "Fiaui",
        "Fuifui", "Iakopo", "Lagimaina", "Maselino", "Oloa", "Taualai", "Uili", "Elenoa",
        "Hingano", "Ilaisaane", "Kalesita", "Mafi", "Nanise", "Pauliasi", "Unaloto", "Vika",
        "Feleti", "Kepueli", "Naite", "Saia", "Uate", "Akanesi", "Fatafehi", "Kolo", "Lupeti",
        "Manase", "Taniela", "Leialoha",
    ], [
        "Sua", "Malietoa", "Puni", "Savea", "Vaai", "Palelei", "Uhatafe", "Finau", "Pohiva",
        "Fonokalafi", "Tangitau", "Mateaki", "Topasna", "Naputi", "Tajalle", "Tainatongo", "Toves",
        "Artero", "Charfauros", "Mafnas", "Ogo", "Rapolla", "Limtiaco", "Mantanona", "Nauta",
        "Quichocho", "Aflague", "Atoigue", "Chargualaf", "Eclavea", "Meno", "Nededog", "Quenga",
        "Taisipic", "Tedtaotao",
    ]),
    "polish": (2, [
        "Bronisława", "Eugeniusz", "Otylia", "Hieronim", "Klementyna", "Lucjan", "Seweryn",
        "Zygmunt", "Franciszka", "Honorata", "Kunegunda", "Pelagia", "Zuzanna",
    ], [
        "Gąsiorowski", "Fijałkowski", "Hryniewicz", "Drozdowski", "Frąckowiak", "Jędrzejczak",
        "Kaczorowski", "Leśniewski", "Rogalski", "Skrzypczak", "Trzciński", "Zielonka", "Dudziak",
        "Gawroński", "Iwanicki", "Łapiński", "Mroczek", "Niedźwiecki", "Pawłowicz", "Radomski",
        "Tracz", "Wilczek", "Kowalczuk", "Grabarczyk", "Kuchta", "Bogusz", "Ptak", "Dziubek",
        "Przybyszewski", "Zdanowicz", "Kozikowski", "Wiśniowski", "Skibiński", "Kobus", "Dworak",
        "Osmańczyk", "Tarnawski", "Pyzik", "Wojtasik", "Koszałka", "Kwiecień", "Marzec",
        "Grudzień", "Barnaś", "Ryba", "Galas", "Ożóg", "Przybył", "Cebula", "Kapusta", "Grzyb",
        "Marchewka", "Kaszuba", "Ślązak", "Krakowiak", "Bogucki", "Fiedorowicz",
    ]),
    # Russian and Belarusian (Łacinka-style and passport spellings).
    "east_slavic": (2, [
        "Pyotr", "Yevgenia", "Savva", "Taisiya", "Lidiya", "Klavdiya", "Evdokiya", "Praskovya",
        "Agrafena", "Fekla", "Aliaksandr", "Siarhei", "Uladzimir", "Yauhen", "Mikalai", "Aliaksei",
        "Zmitser", "Volha", "Tatsiana", "Nasta", "Katsiaryna", "Liudmila", "Maryna", "Viktar",
        "Kanstantsin", "Dzianis",
    ], [
        "Kiselyov", "Semyonov", "Shcherbakov", "Blinov", "Kalashnikov", "Bahdanovich",
        "Karatkevich", "Bykau", "Barysevich", "Lapitski", "Marozau", "Pashkevich", "Sakalou",
        "Tsikhanouski", "Vasilevich", "Yakubovich", "Hlebau", "Dubouski", "Kaliada",
        "Martsinkevich", "Sushkevich", "Kazlou", "Ivanou", "Kuzniatsou", "Paulau", "Smirnou",
        "Babitski", "Hatsko", "Lahvinets", "Siamionau",
    ]),
    "georgian": (1, [
        "Tamuna", "Otar", "Tengiz", "Vakhtang", "Zviad", "Khatuna", "Natia", "Tsira", "Mzia",
        "Gocha", "Mamuka", "Ilia",
    ], [
        "Giorgadze", "Abashidze", "Bolkvadze", "Elizbarashvili", "Kiknadze", "Lortkipanidze",
        "Makharadze", "Nozadze", "Okropiridze", "Purtseladze", "Qurashvili", "Tchanturia",
        "Gvasalia", "Mgeladze", "Chikovani", "Dadiani", "Eristavi", "Kobakhidze", "Bakradze",
        "Javakhishvili",
    ]),
    # Bosnian and Albanian.
    "balkan": (1, [
        "Nedim", "Elvedin", "Belma", "Dženana", "Merima", "Nermina", "Zerina", "Mediha", "Suada",
        "Šejla", "Fikreta", "Hasiba", "Hajra", "Mersiha", "Sabaheta", "Gentian", "Njazi", "Petrit",
        "Shpëtim", "Ylli", "Fatjona", "Gjyle", "Nertila", "Rozafa", "Besa", "Pranvera",
    ], [
        "Mehmedović", "Husić", "Alić", "Bešić", "Dedić", "Fazlić", "Gušić", "Hasanović",
        "Imamović", "Jusufović", "Karić", "Ljubijankić", "Omerović", "Pašić", "Ramić",
        "Salihović", "Tahirović", "Zukić", "Ahmetović", "Bajrić", "Ćatić", "Efendić", "Halilović",
        "Osmanović", "Softić", "Zahirović", "Avdić", "Šabić", "Kadrić", "Hyseni", "Dushku",
        "Gjoka", "Nikolla", "Prenga", "Qosja", "Sinani", "Vata", "Frashëri", "Gjonaj", "Haxhiu",
        "Ismaili", "Jashari", "Kola", "Lushaj", "Marku", "Nuhiu", "Përmeti", "Selimi", "Toska",
        "Ujkaj", "Veseli", "Ymeri",
    ]),
    "greek": (1, [
        "Magdalini", "Triantafyllos", "Zafeiris", "Spyridoula", "Chrysanthi", "Fotis", "Kosmas",
        "Lazaros", "Mersini", "Nikitas", "Prodromos", "Sevasti", "Zisis", "Dimosthenis",
        "Efstathios", "Gerasimos", "Ioulia", "Kanellos", "Marigo", "Pavlos", "Sotiria", "Tasoula",
        "Eftychia", "Konstantia", "Stylianos", "Thymios",
    ], [
        "Hatzis", "Ioannidis", "Kalamaras", "Mavros", "Karras", "Pagonis", "Spanos", "Tsakalos",
        "Vergos", "Xydis", "Yiannakopoulos", "Kontos", "Laskaris", "Skouras", "Stathopoulos",
        "Andreadis", "Boukouvalas", "Chatzopoulos", "Dellaportas", "Efthimiou", "Frangakis",
        "Georgakopoulos", "Kakoulidis", "Lymperopoulos", "Mantzoukas", "Nomikos", "Orfanos",
        "Tsoumas", "Varvitsiotis", "Xanthopoulos", "Zouganelis", "Alexopoulos", "Bekiaris",
        "Chrysikopoulos", "Daskalakis", "Exarchos", "Fourlas", "Gavriilidis", "Kapetanakis",
        "Manousakis", "Nikolopoulos", "Panagakos", "Roussos", "Sarantis", "Triantis", "Vassos",
    ]),
    "italian_american": (3, [
        "Liborio", "Gaetana", "Incoronata", "Teresina", "Egidio", "Gennarino", "Innocenzo",
        "Nazzareno", "Tommasino", "Vitantonio", "Zaccaria", "Enza", "Ottavia", "Santuzza", "Fina",
    ], [
        "Acquaviva", "Castellano", "DeFelice", "Fiorentino", "LaMonica", "Mangano", "Pellicano",
        "Quattrocchi", "Russomanno", "Scognamiglio", "Abbate", "Balsamo", "Cacciatore",
        "Giuliani", "Impellizzeri", "LoCascio", "Mazzarella", "Nuzzo", "Palazzolo", "Valenti",
        "Capozzi", "DiMaggio", "Ferraro", "Gambino", "LaGuardia", "Mancuso", "Petrillo",
        "Sciortino", "Tortora", "Aiello", "Barbagallo", "Campisi", "Carollo", "DiSalvo", "Evola",
        "Fazio", "Giambrone", "Incandela", "LoGrasso", "Mirabella", "Nicastro", "Occhipinti",
        "Pirrone", "Restivo", "Salamone", "Schillaci", "Vaccarella", "Zappulla", "Alaimo",
        "Calandra", "Catanzaro", "DeMaio", "Esposto", "Fiorello", "Gallina", "Interrante",
        "LaPorta", "Lentini", "Marchione", "Muratore", "Oliveri", "Randazzese", "Sciacca",
        "Spadaro", "Taormina", "Urso", "Zarrella", "D'Ippolito", "D'Urso", "D'Errico",
        "D'Onofrio", "D'Arcangelo", "DeSario",
    ]),
    # Irish, Scottish (Highland and Orkney) and Welsh.
    "celtic": (3, [
        "Fearghas", "Mhairi", "Aled", "Iestyn", "Rhodri", "Sioned", "Tegwen", "Bleddyn", "Carys",
        "Dilwyn", "Heledd", "Lowri", "Myfanwy", "Tudur", "Dáithí", "Seumas", "Murchadh",
        "Somhairle", "Osian", "Cadi", "Mali", "Tomos", "Ianto", "Bébhinn", "Dervila", "Eibhlín",
        "Fionnán", "Gobnait", "Labhrás", "Ríonach", "Ciarnán", "Tárlach", "Donnchadh", "Brídín",
        "Peig",
    ], [
        "Macintyre", "MacRae", "Ironside", "Ogilvy", "Wishart", "Macleish", "Strachan",
        "Dalgleish", "Fotheringham", "Laidlaw", "Probert", "Cadwaladr", "Rhydderch", "Eynon",
        "Meyrick", "Beddoe", "Jarman", "Prydderch", "Durcan", "MacIver", "MacAskill", "MacSween",
        "Nicolson", "Maclennan", "Beaton", "Macquarrie", "Macphail", "Bremner", "Rendall", "Flett",
        "Drever", "Linklater", "Isbister", "Mowat", "Hopkin", "Penry", "O'Dorney", "O'Mealy",
        "O'Rourk", "O'Hern", "McIlhenny", "McGillivray", "McQuarrie", "McSwain", "McGlothlen",
        "McIlwain", "McElrath",
    ]),
    # Pennsylvania Dutch, Amish and Mennonite.
    "pa_dutch": (1, [
        "Jephtha", "Jakey", "Benjie", "Absalom", "Yonie", "Manass", "Gid", "Mosie", "Sovilla",
        "Urie", "Wollie", "Chrisly", "Lydiann", "Ruthanna", "Saloma",
    ], [
        "Byler", "Nisley", "Shetler", "Stutzman", "Burkholder", "Nolt", "Sensenig", "Brubaker",
        "Landis", "Musser", "Oberholtzer", "Reiff", "Shirk", "Allgyer", "Dienner", "Girod",
        "Hertzler", "Kinsinger", "Mullet", "Ropp", "Schmucker", "Coblentz", "Eash", "Farmwald",
        "Lehman", "Nafziger", "Overholt", "Renno", "Speicher", "Umble", "Wagler", "Ebersole",
        "Horning", "Sauder", "Zimmerly", "Gehman", "Leinbach", "Gish", "Keener", "Ressler",
        "Witmer", "Van Vleck", "Vanderhoof",
    ]),
    # Hasidic, Sephardic and Syrian Jewish.
    "jewish": (2, [
        "Avrohom", "Berish", "Yankel", "Yisroel", "Yossel", "Sury", "Yides", "Chavy", "Yitty",
        "Eliyahu", "Hayim", "Nissim", "Mazal", "Simha", "Aharon", "Gedalia", "Nachman", "Shimon",
        "Bashy", "Chani", "Goldy", "Ruchy", "Tziporah", "Yehudis", "Rahmo", "Yedid", "Sabi",
    ], [
        "Mermelstein", "Rottenberg", "Waldman", "Zilberstein", "Eisenbach", "Glauber", "Meisels",
        "Paskesz", "Tyrnauer", "Abulafia", "Azoulay", "Benveniste", "Elbaz", "Gabbay", "Halfon",
        "Nahmias", "Sasson", "Toledano", "Abitbol", "Bensimon", "Dayan", "Hazan", "Kattan",
        "Laniado", "Mosseri", "Nahum", "Safdie", "Zonana", "Chehebar", "Cattan", "Dweck", "Gindi",
        "Harari", "Serouya", "Ausch", "Ehrenreich", "Kahan", "Markowitz", "Neuhaus", "Orenstein",
        "Teitz", "Unsdorfer", "Gelbstein", "Kornbluh", "Leifer", "Polatsek", "Rubinfeld", "Taub",
        "Wolhendler", "Zaks", "Kaszirer", "Jeret", "Braunstein", "Zafrani", "Benarroch",
        "Assoulin", "Bitton", "Knafo", "Ouaknine", "Sebag", "Tordjman", "Wizman",
    ]),
    # Cherokee, Ojibwe, Yup'ik and Hopi.
    "native_american": (2, [
        "Ahyoka", "Awinita", "Dustu", "Gawonii", "Inola", "Kanuna", "Nvwoti", "Tsali", "Tahchee",
        "Salali", "Galegi", "Kamama", "Onacona", "Tsiyi", "Migizi", "Waabigwan", "Nimkii",
        "Ziibiins", "Giizhig", "Animikii", "Ogimaa", "Zhaawano", "Waaseyaa", "Biidaaban", "Niigaan",
        "Aandeg", "Binesi", "Miskwaadesi", "Ajijaak", "Wabun", "Honovi", "Kotori", "Kwahu",
        "Nuvatukya", "Pavati", "Yoki", "Masou", "Sakuna", "Talasi", "Wuti", "Nuniaq", "Atanaq",
        "Apanuugak", "Qassataq", "Arnaq", "Cungauyar", "Ayagina", "Uyuriukar", "Nanugaq", "Akiuk",
        "Kangrilnguq", "Mumigtuq", "Nayagaq", "Pangalgaq", "Qakvaq", "Tuutaq", "Uqilleq",
    ], [
        "Toineeta", "Saunooke", "Hornbuckle", "Junaluska", "Tramper", "Wachacha", "Lossiah",
        "Tooni", "Youngdeer", "Screamer", "Swayney", "Bellanger", "Jourdain", "Northbird",
        "Seelye", "Stately", "Whitebird", "Yellowbird", "Bowstring", "Chosa", "Defoe", "Gahbow",
        "Kegg", "LaPrairie", "Mosay", "Nahgahnub", "Tibbetts", "Wakanabo", "Goggleye", "Nicori",
        "Kawagley", "Angaiak", "Chanar", "Ayagalria", "Kiokun", "Wassillie", "Chikoyak",
        "Kairaiuak", "Tulik", "Agimuk", "Alirkar", "Amik", "Chakuchin", "Nayamin", "Pavila",
        "Tunutmoak", "Uttereyuk", "Lomahaftewa", "Kewanwytewa", "Secakuku", "Naseyowma",
        "Tewawina", "Namingha", "Qoyawayma", "Dawahoya", "Poolheco", "Sahmie", "Kooyahoema",
        "Honahnie", "Talahytewa", "Masayesva", "Koinva", "Humetewa", "Pongyesva", "Nuvayestewa",
        "Kuwanwisiwma", "Lomakema", "Bearhead", "Spottedeagle", "Twoguns",
    ]),
}  # fmt: skip

# Family name first now and then ("Kwock Waikit", "Rhyu Hanbit", "Khuat Thuytien").
FAMILY_FIRST = {"chinese", "korean", "vietnamese", "mongolian"}
# Father's and mother's surnames ("Orduño Castorena"), sometimes hyphenated, or a married
# woman's "de" form ("Orduño de Castorena").
DOUBLE_SURNAME = {"mexican", "central_american", "puerto_rican_cuban"}

# Given names that are also words (many of them Nigerian and Ghanaian virtue names), and family
# names that are also words. The classic examples (Hope, Joy, Grant, Hunter ...) are taken by
# other pools; they appear below only in PHI-free lines, as the words they are.
WORD_GIVEN = [
    "Kindness", "Godswill", "Endurance", "Perseverance", "Testimony", "Happiness", "Godstime",
    "Blessed", "Obedience", "Loveth", "Rejoice", "Goodhope", "Humility", "Diligence", "Courage",
    "Fortitude", "Sincerity", "Clarity", "Solace", "Goodnews", "Gladness", "Mirth", "Wonderful",
    "Excellent", "Splendor", "Radiance", "Starlight", "Moonbeam", "Daybreak", "Snowdrop", "Glitter",
    "Twinkle", "Sequin", "Whimsy", "Serene", "Harmonie", "Silence", "Tranquil",
]  # fmt: skip
WORD_FAMILY = [
    "Boozer", "Toogood", "Freshwater", "Buckles", "Thresher", "Harrow", "Crier", "Kitchens",
    "Loving", "Mock", "Muse", "Pardon", "Rumble", "Tinkle", "Tidy", "Bunch", "Pouch", "Speaks",
    "Broom", "Roper", "Deadman", "Hartless", "Kisser", "Shufflebottom", "Bundy", "Cobbs", "Shivers",
    "Knuckles", "Scales", "Leak", "Obey", "Mellow", "Limb", "Hurry", "Hustle", "Minnow", "Sheaf",
    "Furrow",
]  # fmt: skip

# What people are called at home: diminutives and pet names from many of the origins above.
NICKNAMES = [
    "Bubs", "Nubbin", "Pipsqueak", "Ragmop", "Bebita", "Cuchi", "Cuqui", "Chava", "Chuchin",
    "Bouboule", "Nounou", "Bunso", "Tubby", "Dorito", "Frito", "Pretzel", "Tamale", "Pooh",
    "Trigger", "Okie", "Papo", "Buttons", "Tizzy", "Chipper", "Sassy", "Peppy", "Zippy", "Snappy",
    "Dandy", "Spunky", "Feisty", "Lambchop", "Giggles", "Noodles", "Gosia", "Basia", "Zosia",
    "Jadzia", "Staszek", "Wojtek", "Józek", "Heniek", "Olek", "Takis", "Voula", "Toula", "Tacho",
    "Yanky", "Motty", "Pinny", "Duvi", "Chezky", "Tuli", "Jakie", "Mosey", "Jhay", "Mhel",
]  # fmt: skip

SUFFIX = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]


# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
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


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _family(rng: random.Random, origin: str) -> str:
    _, givens, families = ORIGINS[origin]
    if origin == "tibetan":  # the second given name is filed as the family name
        return rng.choice(givens)
    last = rng.choice(families)
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.32:
        other = rng.choice(families)
        if other != last:
            joint = rng.random()
            if joint < 0.6:
                last = f"{last} {other}"
            elif joint < 0.85:
                last = f"{last}-{other}"
            else:
                last = f"{last} de {other}"
    elif roll < 0.06 and " " not in last and "-" not in last:  # hyphenated by marriage
        other = rng.choice(ORIGINS[_origin(rng)][2] or families)
        if " " not in other and "-" not in other and other != last:
            last = f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first = rng.choice(ORIGINS[origin][1])
    last = _family(rng, origin)
    while last == first:
        last = _family(rng, origin)
    if rng.random() < 0.2:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.55 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.8 else _family(rng, _origin(rng))
    return first, last


def person(rng: random.Random, _split: str = "blind8") -> tuple[str, str]:
    if rng.random() < 0.12:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind8") -> str:
    return person(rng)[1]


def _given_part(first: str) -> str:
    return first.replace("-", " ").split(" ")[0]


def full_name(rng: random.Random, _split: str = "blind8") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < 0.1 else _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return rng.choice([f"{last} {first}", f"{last.upper()} {first}", f"{last} {first}"])
    if form < 0.26:
        return f"{first} {last}"
    if form < 0.31:
        return f"{first} {mid}. {last}"
    if form < 0.36:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.43:
        return f"{last}, {first}"
    if form < 0.46:
        return f"{last}, {first} {mid}"
    if form < 0.50:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.53:
        return f"{first} {last}".upper()
    if form < 0.57:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.61:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.63:
        return f"{_given_part(first)[0]}.{mid}. {last}"
    if form < 0.71:
        return first
    if form < 0.75:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.77:
        return f"{first} {mid}. {last}, {rng.choice(SUFFIX[:2])}"
    if form < 0.80:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.83:
        return f"{first} {mid} {last}"
    if form < 0.86:
        return f"{last} {first}"
    if form < 0.89:
        return f"{last},{first}"
    if form < 0.92:
        return f"{_given_part(first)} {last}"
    if form < 0.95:
        return f"{first} ({rng.choice(NICKNAMES)}) {last}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    first = person(rng)[0]
    return first if rng.random() < 0.85 else _given_part(first)


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{first[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def last_first(rng: random.Random) -> str:
    """EHR list style: "Orduño, Cenaida", "ORDUNO,CENAIDA M", "Orduño,Cenaida"."""
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([
        f"{last}, {first}", f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
        f"{last}, {first} {mid}.", f"{_fold(last).upper()},{_fold(first).upper()}",
        f"{_fold(last).upper()}, {_fold(first).upper()} {mid}",
    ])  # fmt: skip


def caps_name(rng: random.Random) -> str:
    """Headers, wristbands, OCR: "ORDUNO, CENAIDA", "CENAIDA ORDUNO"."""
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{last}, {first} {_initial(rng)}",
                       f"{first} {last}", f"{first} {_initial(rng)} {last}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    """A clinician's name as written before a credential: "Cenaida R. Orduño"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}",
                       f"{_given_part(first)[0]}. {last}", f"{first} {last}"])  # fmt: skip


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle(rng: random.Random) -> str:
    """A middle name or initial in a field of its own (HL7 XPN.3, FHIR given[1], a form's MI)."""
    if rng.random() < 0.55:
        return _initial(rng)
    return _given_part(rng.choice(ORIGINS[_origin(rng)][1]))


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_lower(rng: random.Random) -> str:
    """As a query string or a file name carries it."""
    return _handle(person(rng)[0]) or "komla"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "kudzordzi"


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}."])


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Oboe", "Clarinet", "Harmonica", "Accordion", "Zither", "Bassoon", "Piccolo", "Ukulele",
    "Calliope", "Pinochle", "Cribbage", "Euchre", "Canasta", "Rummy", "Checkers", "Polka", "Waltz",
    "Foxtrot", "Mazurka", "Fandango", "Zydeco", "Cheddar", "Gouda", "Havarti", "Muenster",
    "Honeycrisp", "Gravenstein", "Jonagold", "Spaniel", "Terrier", "Setter", "Whippet", "Mastiff",
    "Percheron", "Swallowtail", "Fritillary", "Cecropia", "Sauger", "Cardamom", "Tangent",
    "Sextant", "Astrolabe", "Gaslight", "Switchboard", "Trolley", "Streetcar", "Ferryboat",
    "Paddlewheel", "Floodgate", "Honeylocust", "Tuliptree", "Pinxter", "Juneberry", "Leatherleaf",
    "Flagstone", "Marl", "Loess", "Caliche", "Adobe", "Bosque", "Ciénaga", "Jacal", "Latilla",
    "Viga", "Corbel", "Horno", "Sotol", "Lechuguilla", "Porcupine", "Opossum", "Antler",
    "Raccoon", "Stonefly", "Whelk", "Scallop", "Quahog", "Geoduck", "Abalone", "Limpet",
    "Barnacle", "Starfish", "Urchin", "Trawler", "Tabby", "Shellrock", "Turpentine", "Smokestack",
    "Crucible", "Harness", "Saddlery", "Pilothouse", "Lightship", "Semaphore", "Heliograph",
    "Hog Wallow", "Grouse", "Snipe", "Scaup", "Goldeneye", "Shoveler", "Oystercatcher", "Skimmer",
    "Auklet", "Albatross", "Frigatebird", "Caracara", "Cordwainer", "Plasterer", "Stonecutter",
    "Quarryman", "Lamplight", "Haberdasher", "Millwright", "Goldsmith", "Locksmith", "Gunsmith",
    "Coppersmith", "Pewter", "Bronze", "Zinc", "Tungsten", "Molybdenum", "Vanadium", "Titanium",
    "Palladium", "Iridium", "Rhodium", "Bismuth", "Antimony", "Cornbread", "Hoecake",
    "Johnnycake", "Spoonbread", "Chowchow", "Cracklin", "Boudin", "Andouille", "Jambalaya",
    "Beignet", "Pralines", "Buttermilk", "Clabber", "Butterchurn", "Cheesecloth", "Quilting",
    "Patchwork", "Log Cabin", "Flying Geese", "Sunbonnet", "Dimity", "Organdy", "Chintz", "Toile",
    "Crinoline", "Tatting", "Crochet", "Shuttle", "Heddle", "Treadle", "Distaff", "Skein",
    "Needlepoint", "Sampler",
]  # fmt: skip
NUMBERED = ["174th", "199th", "215th", "232nd", "247th", "268th", "281st", "302nd", "Sixtieth",
            "Seventieth", "Eightieth", "Ninetieth"]  # fmt: skip
# Puerto Rico: calles, and barrios for kilometre addresses.
CALLES = ["Moriviví", "Pitahaya", "Caimito", "Jobo", "Carambola", "Parcha", "Guayaba", "Níspero",
          "Bromelia", "Cundeamor"]  # fmt: skip
BARRIOS = ["Cacaos", "Pezuela", "Caonillas", "Tanamá", "Yaurel", "Jácanas", "Limaní", "Collores",
           "Sonadora", "Hato Viejo", "Capitanejo", "Cuyón", "Frontón", "Palomas"]  # fmt: skip
STREET_TYPES = [("St", 9), ("Street", 4), ("Ave", 7), ("Avenue", 3), ("Rd", 7), ("Road", 3),
                ("Dr", 5), ("Drive", 2), ("Ln", 4), ("Lane", 2), ("Blvd", 2), ("Ct", 3),
                ("Court", 1), ("Way", 3), ("Pl", 2), ("Ter", 1), ("Cir", 2), ("Pkwy", 1),
                ("Trl", 2), ("Loop", 1), ("Cv", 1), ("Holw", 1), ("Run", 1), ("Pike", 1),
                ("Spur", 1), ("Xing", 1), ("Aly", 1), ("Path", 1), ("Walk", 1), ("Sq", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "N. ", "S. ", "E. ", "W. ", "NE ", "SW ", "North ", "South ",
          "East ", "West "]  # fmt: skip
POSTDIR = [" NE", " NW", " SE", " SW", " N", " S", " E", " W"]
UNITS = ["Apt 3C", "Apt. 14", "Apt #2", "Apt 1108", "Apt D", "Unit 9", "Unit 22-B", "#305",
         "# 6", "#A", "Ste 140", "Suite 2210", "Rm 8", "Trlr 31", "Bldg F", "Bldg 2 Apt 17",
         "Apt 4 Rear", "Upstairs", "Basement", "Fl 3", "3rd Fl", "Apt 2R", "Unit H", "Space 41",
         "Apt 911", "PH 2", "Cottage 4", "Lot 63", "Lower", "Side door"]  # fmt: skip
_NUMBER_WORDS = ["Three", "Seven", "Nine", "Eleven", "Sixteen", "Thirty", "Eighty-One",
                 "Two Hundred", "Forty"]  # fmt: skip


def _street_name(rng: random.Random) -> str:
    return rng.choice(STREETS) if rng.random() < 0.9 else rng.choice(NUMBERED)


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
    if roll < 0.14:  # Queens
        return f"{rng.randint(30, 249)}-{rng.randint(1, 99):02d}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 89999)]))  # fmt: skip


def street_name(rng: random.Random) -> str:
    """A street with no house number: "Oboe Rd", "N Crucible St", "Whelk Ln SE"."""
    pre = rng.choice([""] * 7 + PREDIR)
    post = rng.choice([""] * 9 + POSTDIR) if not pre else ""
    return f"{pre}{_street_name(rng)} {_street_type(rng)}{post}"


def street_line(rng: random.Random) -> str:
    """Address line 1 with no unit."""
    roll = rng.random()
    if roll < 0.05:  # Utah grid
        return f"{rng.randint(1, 99) * 10} {rng.choice('NSEW')} {rng.randint(1, 48) * 100} {rng.choice('NSEW')}"
    if roll < 0.09:  # Wisconsin and Illinois grid
        return (
            f"{rng.choice('NSEW')}{rng.randint(1000, 9999)} {_street_name(rng)} {_street_type(rng)}"
        )
    pre = rng.choice([""] * 6 + PREDIR)
    post = rng.choice([""] * 10 + POSTDIR) if not pre else ""
    return f"{_house_number(rng)} {pre}{_street_name(rng)} {_street_type(rng)}{post}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["PO Box", "P.O. Box", "P O Box", "Post Office Box", "PO BOX", "Box",
                       "POB", "po box"])  # fmt: skip
    return f"{kind} {rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 99999)])}"


def rural_route(rng: random.Random) -> str:
    n, box = rng.randint(1, 9), rng.randint(1, 999)
    return rng.choice([
        f"RR {n} Box {box}", f"Rt {n} Box {box}{rng.choice(['', 'A', '-B'])}",
        f"Rural Route {n}, Box {box}", f"R.R. {n} Box {box}", f"HC {rng.randint(1, 89)} Box {rng.randint(100, 9999)}",
        f"HCR {rng.randint(1, 9)} Box {rng.randint(10, 999)}", f"Star Route Box {box}",
    ])  # fmt: skip


def highway_address(rng: random.Random) -> str:
    num = rng.choice([rng.randint(100, 9999), rng.randint(10000, 49999)])
    return rng.choice([
        f"{num} State Rd {rng.randint(2, 899)}", f"{num} US Hwy {rng.randint(2, 99)} {rng.choice(['N', 'S', 'E', 'W'])}",
        f"{num} County Road {rng.randint(1, 999)}", f"{num} Co Rd {rng.randint(1, 99)}{rng.choice(['', 'A', 'B'])}",
        f"{rng.choice('NSEW')}{rng.randint(1000, 9999)} County Rd {rng.choice(['JJ', 'K', 'PP', 'DD', 'M'])}",
        f"{num} FM {rng.randint(50, 3400)}", f"{num} SR {rng.randint(2, 400)}", f"{num} Hwy {rng.randint(2, 99)}",
        f"{num} State Route {rng.randint(2, 199)}", f"{num} Old State Rd {rng.randint(2, 99)}",
        f"Carr. {rng.randint(100, 999)} Km {rng.randint(1, 60)}.{rng.randint(0, 9)}",
        f"Carr {rng.randint(100, 999)} Km {rng.randint(1, 60)}.{rng.randint(0, 9)} Bo. {rng.choice(BARRIOS)}",
        f"{num} Township Road {rng.randint(10, 400)}", f"{num} Indian Route {rng.randint(2, 99)}",
    ])  # fmt: skip


def trailer_lot(rng: random.Random) -> str:
    name = _street_name(rng)
    lot = rng.randint(1, 140)
    return rng.choice([
        f"{rng.randint(100, 9999)} {name} {_street_type(rng)} Lot {lot}", f"Lot {lot} {name} MHP",
        f"{name} Mobile Home Park Lot {lot}", f"{rng.randint(10, 4999)} {name} Rd Trlr {lot}",
        f"{name} RV Park Space {lot}",
    ])  # fmt: skip


def _calle(rng: random.Random) -> str:
    return rng.choice([f"Calle {rng.choice(CALLES)} {rng.randint(1, 999)}",
                       f"{rng.randint(1, 99)} Calle {rng.choice(CALLES)}",
                       f"Calle {rng.randint(1, 40)} {rng.choice(['Bloque', 'Blq'])} {rng.randint(1, 60)} #{rng.randint(1, 40)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind8") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.11:
        return rural_route(rng)
    if roll < 0.19:
        return highway_address(rng)
    if roll < 0.23:
        return trailer_lot(rng)
    if roll < 0.26:
        return _calle(rng)
    if roll < 0.29:  # the unit first
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.32:
        line += rng.choice([", ", " ", " ", ", ", " "]) + unit(rng)
    roll = rng.random()
    if roll < 0.05:
        return line.upper()
    if roll < 0.09:
        return line.lower()
    return line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


CITIES = [
    # Appalachia, Texas and the Illinois prairie
    "Northfork", "Anawalt", "Chapmanville", "Kenova", "Ceredo", "Shinnston", "Mannington",
    "Mexia", "Hemphill", "Woodville", "Groveton", "Madisonville", "Rockdale", "Giddings",
    "Schulenburg", "Seadrift", "Euless", "Tuscola", "Sesser", "Metropolis", "Golconda",
    "Shawneetown", "Carmi", "Pinckneyville", "Mascoutah", "Carlinville", "Jerseyville", "Bushnell",
    "Beardstown", "Pana", "Taylorville", "Moweaqua", "Grayville", "Cisne", "Kinmundy", "Cowden",
    "Shumway", "Brownstown", "Smithboro", "Worden", "Sawyerville", "Benld", "Virden", "Divernon",
    "Farmersville", "Waggoner", "Morrisonville", "Owaneco", "Stonington", "Stewardson", "Lerna",
    "Greenup", "Dieterich", "Teutopolis",
    # Puerto Rico
    "Hormigueros", "Guánica", "Guayanilla", "Peñuelas", "Comerío", "Cidra", "Guayama", "Patillas",
    "Maunabo", "Canóvanas", "Gurabo", "Juncos", "Las Piedras", "Aguas Buenas", "Cataño",
    "Barceloneta", "Hatillo", "Camuy", "Moca", "Aguada", "Añasco", "Maricao", "Lares", "Ciales",
    "Morovis", "Orocovis",
    # Alaska, Hopi and Navajo, Ojibwe country
    "Chevak", "Quinhagak", "Akiachak", "Toksook Bay", "Napaskiak", "Tununak", "Mekoryuk",
    "Kipnuk", "Kongiganak", "Tuntutuliak", "Nunapitchuk", "Kasigluk", "Scammon Bay", "Alakanuk",
    "Kotlik", "Hotevilla", "Shungopavi", "Polacca", "Bacavi", "Oraibi", "Sipaulovi",
    "Mishongnovi", "Tohatchi", "Kaibeto", "Teec Nos Pos", "Dilkon", "Ponemah", "Nett Lake",
    "Onamia", "Odanah", "Baraga", "Dunseith", "Dupree", "Ethete", "Fort Washakie",
    # Amish and Mennonite country, Pennsylvania boroughs
    "Intercourse", "Strasburg", "Gordonville", "Ronks", "Ephrata", "Lititz", "Quarryville",
    "Kinzers", "Mifflinburg", "Sugarcreek", "Kidron", "Shipshewana", "Nappanee", "Arcola",
    "Jamesport", "Kalona", "Nanticoke", "Palmerton", "Catasauqua", "Coplay", "Slatington",
    "Hellertown", "Pen Argyl", "Philipsburg", "Mifflintown", "Selinsgrove", "Montoursville",
    "Renovo",
    # Hawaii, Guam and the Marianas, American Samoa
    "Nanakuli", "Waimanalo", "Kealakekua", "Paia", "Barrigada", "Sinajana", "Agat", "Susupe",
    "Fagatogo",
    # Suburbs and small cities where immigrant families settle
    "Teaneck", "Bayonne", "Rahway", "Piscataway", "Sayreville", "Mattapan", "Elmont", "Takoma Park",
    "Iselin", "Parsippany", "Cupertino", "Sunnyvale", "National City", "Palisades Park",
    "Annandale", "Monterey Park", "Midway City", "Cudahy", "Maywood", "Sunland Park",
    "Langley Park", "Hyattsville", "Gaithersburg", "Taylorsville", "West Valley City",
    "Greenpoint", "Shoreline", "Lynnwood", "Mukilteo", "Orting", "Maplewood", "Fridley",
    "Eagan", "Lakeville", "Minnetonka", "Anoka", "Las Milpas", "Lasara", "Frostproof",
    "Watford City", "Thermopolis", "Greybull",
]  # fmt: skip

STATES = ["TX", "Tex.", "Texas", "IL", "Ill.", "PA", "Pa.", "Penn", "PR", "Puerto Rico", "AK",
          "Alaska", "AZ", "Ariz.", "MN", "Minn.", "WV", "W. Va.", "NJ", "N.J.", "NY", "MD", "Md.",
          "CA", "Calif.", "WA", "Wash.", "UT", "OH", "IN", "IA", "MO", "ND", "SD", "WY", "HI",
          "GU", "MP", "AS", "VA", "MA", "Mass.", "FL", "LA", "tx", "pa", "il", "nj"]  # fmt: skip


def city(rng: random.Random, _split: str = "blind8") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.05:
        return _fold(name).upper()
    if roll < 0.1:
        return _fold(name)
    return name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    # Puerto Rico's 006-009 ZIPs keep their leading zeros.
    z = f"{rng.randint(601, 988):05d}" if rng.random() < 0.1 else f"{rng.randint(1001, 99929):05d}"
    if rng.random() < 0.2:
        return f"{z}-{rng.randint(1, 9999):04d}"
    return z


def zip4(rng: random.Random) -> str:
    return f"{rng.randint(1001, 99929):05d}-{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CASUAL = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
SPOKEN_DAYS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
               "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
               "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
               "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
               "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
               "thirty first"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2019, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _MONTH_DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1917, 1935), (1936, 1964), (1965, 1999), (2000, 2025)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)


def _month_day(rng: random.Random, m: int, d: int) -> str:
    mo, ab, ca, o = MONTHS[m - 1], ABBR[m - 1], CASUAL[m - 1], _ordinal(d)
    return rng.choice([
        f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{mo} {d}", f"{ca} {d}", f"{ca} {d}{o}",
        f"{ab} {d}", f"{ab}. {d}", f"{d}{o} of {mo}", f"{d}{o} of {ca}", f"{mo} {d}{o}", f"{d} {ab}",
        f"{m}.{d}", f"{mo} the {d}{o}", f"{ca} {SPOKEN_DAYS[d - 1]}",
    ])  # fmt: skip


def _full_date(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, ca, o, yy = MONTHS[m - 1], ABBR[m - 1], CASUAL[m - 1], _ordinal(d), y % 100
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{yy:02d}", f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}", f"{m}.{d}.{yy:02d}",
        f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{mo} {d}, {y}", f"{mo} {d} {y}", f"{ab} {d}, {y}",
        f"{ab}. {d}, {y}", f"{ca} {d} {y}", f"{ca} {d}{o} {y}", f"{d} {mo} {y}", f"{d} {ab} {y}",
        f"{d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{yy:02d}", f"{d:02d}{ab.upper()}{y}",
        f"{mo} {d}{o}, {y}", f"{d}{o} of {mo} {y}", f"{mo.upper()} {d}, {y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return _month_day(rng, m, d) if rng.random() < 0.3 else _full_date(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    """A date without a year, as people type it: 3/4, march 4th, 4th of march, mar. 4."""
    _, m, d = _ymd(rng)
    return _month_day(rng, m, d)


def numeric_md(rng: random.Random) -> str:
    """3/4 or 03/04 or 3-4, for ranges and weekday pairs ("tues 3/4", "3/4-3/9")."""
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}.{d}"])


def short_date(rng: random.Random) -> str:
    """3-4-21, 3/4/21, 03.04.21: the two-digit year of forms and texts."""
    y, m, d = _any_ymd(rng)
    yy = y % 100
    return rng.choice([f"{m}-{d}-{yy:02d}", f"{m}/{d}/{yy:02d}", f"{m:02d}.{d:02d}.{yy:02d}",
                       f"{m:02d}-{d:02d}-{yy:02d}"])  # fmt: skip


def spoken_date(rng: random.Random) -> str:
    """Voice-to-text: "march fourth", "june twenty third", "the 4th of july 2023" without "the"."""
    y, m, d = _any_ymd(rng)
    ca = MONTHS[m - 1].lower()
    return rng.choice([f"{ca} {SPOKEN_DAYS[d - 1]}", f"{ca} {SPOKEN_DAYS[d - 1]}",
                       f"{SPOKEN_DAYS[d - 1]} of {ca}", f"{ca} {d} {y}", f"{ca} {SPOKEN_DAYS[d - 1]} {y}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    """The day alone after "the": "the 3rd", "next mon the 12th"."""
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}" if rng.random() < 0.85 else SPOKEN_DAYS[d - 1]


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    mo, ab = MONTHS[m - 1], ABBR[m - 1]
    return rng.choice([
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{ab}-{y}", f"{mo} {d}, {y}", f"{ab} {d} {y}", f"{m:02d}-{d:02d}-{y}",
        f"{d:02d}{ab.upper()}{y}", f"{m}-{d}-{y % 100:02d}", f"{d} {mo} {y}",
    ])  # fmt: skip


def us_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def long_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 1995, 2026) if rng.random() < 0.85 else _birth_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{MONTHS[m - 1]} of {y}", f"{ABBR[m - 1]} '{y % 100:02d}", f"{y}-{m:02d}",
                       f"{CASUAL[m - 1]} {y}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def compact_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8, DICOM DA, file names: 20240304."""
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2020, 2026)
    base = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return rng.choice(
        [
            base,
            f"{base}{rng.randint(0, 59):02d}",
            f"{base}{rng.randint(0, 59):02d}-0{rng.randint(4, 7)}00",
        ]
    )


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp, one DATE (US and slash dates with a clock are
    written as a date slot and a separate clock, which stays outside)."""
    y, m, d = _ymd(rng, 2021, 2026)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    ms = rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-0{rng.randint(4, 8)}:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}{ss:02d}Z",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}{rng.randint(0, 999):03d}+00:00",
    ])  # fmt: skip


def py_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(0, 999):03d}"


def clf_date(rng: random.Random) -> str:
    """The date of an nginx or Apache access line, 04/Mar/2024 (the clock stays outside)."""
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def syslog_date(rng: random.Random) -> str:
    """Mar  4 (the clock stays outside)."""
    _, m, d = _ymd(rng)
    return f"{ABBR[m - 1]} {d:2d}"


def http_date(rng: random.Random) -> str:
    """RFC 5322 after the weekday: 4 Mar 2024 10:22:01."""
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d} {ABBR[m - 1]} {y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 108)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return age_number(rng)
    n = rng.randint(90, 103)
    if n >= 100:
        return ["one hundred", "a hundred and one", "one hundred two", "a hundred and three"][
            n - 100
        ]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word, word.replace("-", " "), word.capitalize()])


# --- Non-PHI filler, so that lines vary --------------------------------------------------------

WEEKDAYS = ["mon", "tues", "tue", "weds", "wed", "thurs", "thu", "fri", "sat", "sun", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Tues.", "Thur"]  # fmt: skip


def weekday(rng: random.Random) -> str:
    return rng.choice(WEEKDAYS)


def clock_time(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.choice([0, 0, 15, 30, 45, 10, 40])
    return rng.choice([f"{h}", f"{h}:{m:02d}", f"{h}{rng.choice(['am', 'pm', ' pm', ' AM'])}",
                       f"{h}:{m:02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}", f"{rng.randint(7, 18):02d}{m:02d}"])  # fmt: skip


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}",
                       f"req-{_hex(rng, 12)}", _hex(rng, 16)])  # fmt: skip


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(11, 65000))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "301", "302", "400", "401", "403",
                       "404", "409", "413", "422", "499", "500", "502", "503"])  # fmt: skip


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


# --- Numbers people are reached at -------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"{a} {b} {c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}",
        f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}", f"{a}-{b}-{c} x{rng.randint(10, 99)}",
        f"{a}/{b}-{c}", f"1 {a} {b} {c}", f"{a} {b}-{c}", f"+1{a}{b}{c}", f"{a}.{b}.{c} ext. {rng.randint(100, 9999)}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def phone_spoken(rng: random.Random) -> str:
    """Voice-to-text reads a number back as digits or words: "6 1 5 8 2 2 4 4 1 9", "six one five ..."."""
    digits = f"{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
    roll = rng.random()
    if roll < 0.4:
        return " ".join(_DIGIT_WORDS[int(ch)] for ch in digits)
    if roll < 0.6:
        return " ".join(digits)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = [
    "mindspring.com", "sover.net", "gwi.net", "grics.net", "fidnet.com", "rtmc.net", "drtel.net",
    "itctel.com", "hctc.net", "totelcsi.net", "pvtnetworks.net", "leaco.net", "cybermesa.com",
    "zianet.com", "swcp.com", "cablespeed.com", "homesc.com", "comporium.net", "3rivers.net",
    "bigsky.net", "rtconnect.net", "sdplains.com", "goldenwest.net", "venturecomm.net",
    "rapidnet.com", "tctwest.net", "vcn.com", "silverstar.com", "otelco.net", "korea.com",
    "paran.com", "hitel.net", "21cn.com", "hkbn.net", "indiatimes.com", "ttmail.com", "mynet.com",
    "ravanmail.com", "palnet.com", "lesamoa.net", "jamweb.net", "hainet.net", "accesshaiti.com",
    "abissnet.al", "somtel.net", "hormuud.com", "golis.net", "sotelgui.net", "cantv.net",
    "cheerful.com", "techie.com", "iname.com", "pticom.com", "caribe.net", "libertypr.net",
    "onelinkpr.net", "flowja.com", "cwjamaica.com", "citynet.net", "tvscable.com", "mrtc.com",
    "eastex.net", "wtxs.net", "amishcountry.net",
]  # fmt: skip
HANDLE_WORDS = ["zydecoqueen", "crawfishmama", "quiltinggranny", "truckerdad", "hoopsdad",
                "pupusalover", "gumbogirl", "bachatababe", "chanclamom", "nanabanana", "poppop",
                "fishingpawpaw", "huntinbuddy", "harleydad", "bigrigmama", "cnalife", "t1dmom",
                "kidneywarrior", "heartmom", "autismmama", "lupuswarrior", "sicklecellstrong",
                "bowlingnana", "churchusher", "steelworker", "linemanwife", "farmwife", "okiegirl",
                "borinquena", "cubanita", "haitianpride", "yardieboy", "trinigyal", "naijababe",
                "habesha", "somalisister", "desimom", "punjabiboy", "kuyajun", "samoanpride",
                "tonganboy", "chamorita", "ojibwekwe", "cherokeerose", "cajunpride"]  # fmt: skip


def email(rng: random.Random, _split: str = "blind8") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "komla", _handle(last) or "kudzordzi"
    n, yy = rng.randint(1, 99), rng.randint(1941, 2011)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}",
        f"{f[0]}.{ln}{yy % 100:02d}", f"{f}{yy}", f"{ln}{f[0]}{n}", f"{rng.choice(HANDLE_WORDS)}{n}",
        f"{f}-{ln}", f"the{ln}family", f"mrs{ln}{n}", f"{f[:3]}{ln[:4]}", f"{rng.choice(HANDLE_WORDS)}.{ln}",
        f"{f}{ln[0]}{yy}", f"{ln}{yy % 100:02d}", f"{f}.{ln}.rn",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "blind8") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "komla", _handle(last) or "kudzordzi"
    n, yy = rng.randint(1, 99), rng.randint(1941, 2011)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}",
        f"{ln.upper()}{f[0].upper()}", f"{f[0]}{ln}{n}", f"{rng.choice(HANDLE_WORDS)}_{n}",
        f"{f}{ln}", f"{ln}_{f}", f"{f}.{ln[0]}", f"{f}{yy}", f"{f[:3]}{ln[:5]}", f"{ln}{yy}",
        f"{rng.choice(HANDLE_WORDS)}{yy % 100:02d}", f"{f}-{ln}-{n}", f"{f[0]}{_initial(rng).lower()}{ln}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "blind8") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "komla", _handle(last) or "kudzordzi"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.givesendgo.com/{f}-{ln}", f"https://givesendgo.com/G{_letters(rng, 4)}{_digits(rng, 2)}",
        f"https://cash.app/${f}{ln}{rng.randint(1, 99)}", f"https://bsky.app/profile/{f}{ln}.bsky.social",
        f"https://mastodon.social/@{f}_{ln}", f"https://beacons.ai/{f}{ln}", f"https://trello.com/b/{_letters(rng, 8, an)}/{ln}-family",
        f"https://{f}{ln}.notion.site/Mom-s-care-{_hex(rng, 12)}", f"https://1drv.ms/f/s!{_letters(rng, 10, an)}",
        f"https://imgur.com/a/{_letters(rng, 7, an)}", f"https://postimg.cc/{_letters(rng, 8, an)}",
        f"https://{ln}family.smugmug.com/Hospital", f"https://{f}{ln}.zenfolio.com", f"https://doxy.me/dr{ln}",
        f"https://{f}{ln}.wixsite.com/updates", f"https://wa.me/1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}",
        f"https://mychart.cidrahealth.example/visit/{_digits(rng, 9)}", f"www.{f}{ln}.com", f"{ln}-{f}.net",
        f"https://www.facebook.com/groups/prayers.for.{f}.{ln}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.16:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.3:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2607:{g[1]}:{g[2]}::{g[7]}", f"2001:db8:{g[2]}::{g[6]}:{g[7]}",
                           f"2600:{g[1]}:{g[2]}:{g[3]}:{g[4]}::{g[7]}"])  # fmt: skip
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing and other numbers ----------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"], [7, 2, 2, 1]
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), f"00{_digits(rng, 6)}", f"Z{_digits(rng, 7)}",
        f"MR{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"H{_digits(rng, 8)}", f"{_letters(rng, 3)}{_digits(rng, 6)}",
        f"{_digits(rng, 9)}", f"{_digits(rng, 4)} {_digits(rng, 4)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier, 11 characters, sometimes typed with dashes."""
    al, an = _MBI_ALPHA, _MBI_ALPHA + string.digits
    raw = (f"{rng.randint(1, 9)}{rng.choice(al)}{rng.choice(an)}{rng.randint(0, 9)}{rng.choice(al)}"
           f"{rng.choice(an)}{rng.randint(0, 9)}{rng.choice(al)}{rng.choice(al)}{rng.randint(0, 9)}{rng.randint(0, 9)}")  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}", _digits(rng, 10),
                       f"{_digits(rng, 9)}{_letters(rng, 1)}", f"5{_digits(rng, 10)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 8)}{_letters(rng, 1)}",
        f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}{rng.choice(['00', '01', '02'])}", mbi(rng), medicaid_id(rng),
        f"{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"U{_digits(rng, 7)}-{_digits(rng, 2)}", f"{_letters(rng, 2)}{_digits(rng, 7)}-{_digits(rng, 2)}",
        f"{_digits(rng, 4)}-{_digits(rng, 5)}", f"TRC{_digits(rng, 9)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 12), f"HAR{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}",
        f"G{_digits(rng, 8)}", f"{_digits(rng, 7)}-{_digits(rng, 3)}", f"PAT-{_digits(rng, 6)}",
        f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}", f"FIN {_digits(rng, 10)}", f"E{_digits(rng, 9)}",
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
        f"{a}{_digits(rng, 7)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", _digits(rng, 8),
        f"{a}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"{a}{a}{_digits(rng, 6)}", f"RN.{_digits(rng, 6)}", f"LPN{_digits(rng, 5)}", f"MD{_digits(rng, 5)}",
        f"DL {a}{_digits(rng, 8)}", f"PT{_digits(rng, 6)}", f"LCSW-{_digits(rng, 5)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("ABCDEFGHJKLMNPRST123456789")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        f"{_letters(rng, 3)} {_digits(rng, 4)}", f"{_digits(rng, 3)}-{_letters(rng, 3)}", f"{_letters(rng, 2)}{_digits(rng, 5)}",
        f"{_digits(rng, 2)}{_letters(rng, 1)} {_digits(rng, 3)}", f"{_letters(rng, 1)}{_digits(rng, 2)}-{_letters(rng, 3)}",
        f"DV{_digits(rng, 4)}", rng.choice(["ZYDECO1", "BOBNANA", "GRITS4U", "NOLA504", "KUYA808", "TIA PUPU"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return payload + _luhn_digit(payload)


def mac_address(rng: random.Random) -> str:
    parts = [f"{rng.randint(0, 255):02X}" for _ in range(6)]
    return rng.choice([":".join(parts), "-".join(parts), ":".join(parts).lower()])


def udi(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2026, 2030)
    return f"(01){_digits(rng, 14)}(17){y % 100:02d}{m:02d}{d:02d}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def device_id(rng: random.Random) -> str:
    return rng.choice([
        imei(rng), f"SN {_digits(rng, 10)}", f"{_letters(rng, 2)}{_digits(rng, 7)}{_letters(rng, 1)}",
        f"{_letters(rng, 3)}-{_digits(rng, 6)}", mac_address(rng), f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
        f"NG{_digits(rng, 8)}", f"{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 3)}{_digits(rng, 2)}",
        f"{_hex(rng, 4).upper()}{_hex(rng, 8).upper()}", f"PMA{_digits(rng, 7)}", udi(rng),
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{rng.randint(2021, 2026)}{_digits(rng, 7)}", _digits(rng, 7), f"RX {_digits(rng, 7)}",
        f"PA{_digits(rng, 8)}", f"CASE-{_digits(rng, 6)}", f"{rng.randint(21, 26)}-{_letters(rng, 2)}-{_digits(rng, 5)}",
        f"REF#{_digits(rng, 9)}", f"{_letters(rng, 4, an)}-{_letters(rng, 4, an)}", f"ACC{_digits(rng, 8)}",
        f"SP{rng.randint(21, 26)}-{_digits(rng, 5)}", f"TKT-{_digits(rng, 7)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 4)}",
        f"ENC{_digits(rng, 10)}", f"AUTH{_digits(rng, 6)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (weekdays, clock times, request ids, latencies).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),  # a given name alone, in passing or as a sign-off
    "WGIVEN": ("NAME", word_given),  # Kindness, Courage, Mirth
    "WFAM": ("NAME", word_family),  # Shivers, Scales, Pardon
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, MD"
    "FNUP": ("NAME", first_upper),  # HL7 and X12 components
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "MIDDLE": ("NAME", middle),
    "FNLOW": ("NAME", first_lower),  # query strings and file names
    "LNLOW": ("NAME", last_lower),
    "INITS": ("NAME", initials),
    # Places
    "STREETNAME": ("ADDRESS", street_name),  # no house number
    "STREETLINE": ("ADDRESS", street_line),  # address line 1 without a unit
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),  # address line 2 on its own
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "HWY": ("ADDRESS", highway_address),
    "LOT": ("ADDRESS", trailer_lot),
    "CITYUP": ("CITY", city_upper),
    "ZIPFOUR": ("ZIP", zip4),
    # Dates
    "MD": ("DATE", month_day),
    "NUMMD": ("DATE", numeric_md),
    "SHORTDATE": ("DATE", short_date),
    "SPOKEN": ("DATE", spoken_date),
    "DAYTH": ("DATE", day_th),
    "DOB": ("DATE", dob),
    "USDATE": ("DATE", us_date),
    "LONGDATE": ("DATE", long_date),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "YMD": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "PYTS": ("DATE", py_ts),
    "CLFDATE": ("DATE", clf_date),
    "SYSDATE": ("DATE", syslog_date),
    "HTTPDATE": ("DATE", http_date),
    # Ages, numbers and identifiers
    "AGENUM": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "PHONESPOKEN": ("PHONE", phone_spoken),
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
    "WKDAY": (None, weekday),
    "CLOCKTIME": (None, clock_time),
    "CLOCK": (None, clock),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "STATUS": (None, status),
    "BYTES": (None, size),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format; a slot is
# never written directly before a doubled closing brace. generate.fill() lowercases, misspells and
# strips punctuation from chat on top of what is written here.

CHAT = [
    # Relatives and staff named in passing, no cue word.
    "{GIVEN} is taking me to the appt so she might call u from her phone",
    "can {GIVEN} pick up my refill i cant drive since the surgery",
    "me and {GIVEN} both have the stomach bug now, the kids had it first",
    "mama says {GIVEN} gave her the wrong pills again last night what do we do",
    "{GIVEN} and {GIVEN} both need sports physicals before the {DAYTH}",
    "i was with {GIVEN} when it happened she can tell you how long he was shaking",
    "hi this is {NAME} the daughter, mom is {AGE} and wont eat since {WKDAY}",
    "{GIVEN} said the nurse told her to stop the water pill is that right",
    "tell {GIVEN} at the front desk thank you she fixed my insurance thing",
    "i talked to {GIVEN} yesterday she said someone would call me back about the mri",
    "was it {GIVEN} or {GIVEN} who did my blood draw, she was really good",
    "{WGIVEN} from ur office left a message but didnt say what about",
    "my caseworker {WNAME} needs the letter by {WKDAY} {NUMMD}",
    "my husbands name is {FIRST} {SURNAME} and he is diabetic, he passed out at work",
    "auntie {GIVEN} is {AGE} and she still lives alone on {STREETNAME}",
    "granny {WGIVEN} {WFAM} fell again, second time since {MD}",
    "my stepdad {NAME} isnt allowed any info about me please note that",
    "dr {SURNAME} said to message if the swelling got worse and it has",
    "is dr {WFAM} in on {WKDAY}? i only want to see her",
    "can i see {DOC} instead of the other one, the older lady",
    "thank {GIVEN} for me, the shot didnt hurt at all",
    "its {NICK}, {GIVEN}'s brother, hes in the er right now",
    "{NICK} has a fever of 102 and is pulling her ear",
    "we call her {NICK} but her real name on the chart is {NAME}",
    "my grandson {GIVEN} {SURNAME} goes by {NICK}, he needs his shot records",
    "{GIVEN}'s mom here, he threw up twice after the new medicine",
    "my wife {WGIVEN} has had chest pain off and on since the {DAYTH}",
    "our pastor {NAME} will be driving me, can he come in",
    "the aide {GIVEN} didnt show up again today, 3rd time",
    "my sponsor {GIVEN} thinks i should ask about the shot instead of the pills",
    "ask {GIVEN} in billing, she knows about my payment plan",
    "bro {GIVEN} says his knee is doing that clicking thing again",
    "nurse {GIVEN} said to text when the drain was under 30 and it is",
    "the interpreter {GIVEN} was great, can we get her again",
    "{SURNAME} here, the one with the back, is the mri approved yet",
    # Sign-offs.
    "ok thank u so much -{GIVEN}",
    "will be there at 9. {GIVEN}",
    "thanks again for everything\n{NAME}",
    "sorry to bother u on the weekend\n- {GIVEN}",
    "call me back pls {PHONE} {GIVEN}",
    "thx {INITS}",
    "appreciate yall\n{GIVEN} ({NICK})",
    "god bless\n{NAME}\nsent from my iphone",
    "- {WGIVEN}",
    "ok see u then {GIVEN}",
    # Dates in every casual form.
    "can i come in {WKDAY} {NUMMD} at {CLOCKTIME} instead",
    "is my appt {MD} at {CLOCKTIME} or did it get moved",
    "can we do next {WKDAY} the {DAYTH}? i work the early shift",
    "i need to move the one on the {DAYTH} to the {DAYTH} if u have it",
    "i'll be out of town {NUMMD}-{NUMMD} so can i get the refill early",
    "she was in the hospital {MD} thru {MD} at {CITY} general",
    "last period was {MD} and i took a test this morning, it was positive",
    "got my flu shot {SHORTDATE} and my covid one {SHORTDATE}",
    "the letter says my hearing is {LONGDATE}, can u fill out the form before that",
    "surgery is {WKDAY} {MD}, do i stop the eliquis 2 days before or 3",
    "i havent been seen since {MONYEAR}, do i need a new patient visit",
    "started the new pills on the {DAYTH} and the rash started on the {DAYTH}",
    "my son was born {DATE} and hes not gaining weight",
    "is {MD} ok? or the week after, anything but {WKDAY}",
    "he fell on {MD} and hasnt been right since",
    "the pharmacy says the rx expired on {SHORTDATE}",
    "ur reminder says {MD} but the portal says {MD}, which one",
    "my last tetanus was {MONYEAR} i think",
    "can i drop the forms off {WKDAY} morning or {WKDAY} after {CLOCKTIME}",
    "dob is {DOB} for the form",
    "my dob is {DOB} not {DOB}, somebody typed it wrong at check in",
    "{NAME} dob {DOB} needs refill on her inhaler",
    "i was seen {MD} by the np and still have the cough",
    "sorry i missed my appt on the {DAYTH}, my car broke down",
    # Voice-to-text: no punctuation, numbers spoken.
    "this is {NAME} calling about my mother she is {AGE} years old and she fell on {SPOKEN} please call me back at {PHONESPOKEN}",
    "hi its {GIVEN} i need to reschedule my appointment from {SPOKEN} to sometime next week my number is {PHONESPOKEN}",
    "voice message from {NAME} my husband {GIVEN} has been throwing up since {SPOKEN} and he is {AGE}",
    "yes this is {GIVEN} {SURNAME} my date of birth is {SPOKEN} and i need my blood pressure pills refilled",
    "hey its me {GIVEN} my new address is {STREET} in {CITY} period thank you",
    "my mom {NAME} is ninety something she was born {SPOKEN} and she cant swallow her pills",
    "call my daughter {GIVEN} at {PHONESPOKEN} she has all my papers",
    "the pharmacy on {STREETNAME} said they never got it can you send it again thank you {GIVEN}",
    # Addresses typed casually.
    "new address {STREET} {CITY} {STATE} {ZIP} pls update before the bill",
    "i moved to {STREET}, {UNIT} in {CITY}",
    "we're at {LOT}, the blue trailer with the ramp",
    "mail goes to {POBOX} but we live out at {RURAL}",
    "send it to {POBOX}, {CITY}, {STATE} {ZIP}",
    "we live off {STREETNAME} past the dollar general, gps sends u wrong",
    "im staying with my sister at {STREET} in {CITY} till next month",
    "can the home health nurse come to {STREET}? gate code is 4412",
    "the house is on {STREETNAME} between the church and the feed store",
    "mom moved in with us, {STREETLINE} {UNIT}, {CITY} {ZIP}",
    "we're at {HWY}, the ambulance couldnt find it last time",
    "is ur {CITY} office still on {STREETNAME} or did u move",
    "i work in {CITY} now, is there a lab closer to {CITY}",
    "moved from {CITY}, {STATE} to {CITY} in {MONYEAR}, need a new pcp",
    "was in the er at {CITY} regional on {DATE}, can u get those records",
    "my dad lives alone at {STREET} and hes {AGE}, can someone check on him",
    "the bill went to my old place on {STREETNAME}, new one is {STREET}",
    "address on file should be {STREETLINE}\n{UNIT}\n{CITY} {STATE} {ZIP}",
    "mi nueva direccion es {STREET}, {CITY} {ZIP}",
    "nou demenaje, nouvo adres la se {STREET} {CITY}",
    # Phones, fax, e-mail.
    "my number changed, its {PHONE} now",
    "home {PHONE} cell {PHONE}, text is better",
    "please dont call {PHONE} anymore thats my ex",
    "call my son {GIVEN} at {PHONE} if u cant get me",
    "can u fax it to my job {FAX} attn {GIVEN}",
    "the school nurse fax is {FAX}",
    "email me at {EMAIL} instead, i never check the portal",
    "send the work note to {EMAIL} by {WKDAY} pls",
    "my daughter {NAME} handles my stuff, her email is {EMAIL}",
    "i made a new email {EMAIL} the old one got hacked",
    "whatsapp me at {PHONE} im in {CITY} visiting family till {MD}",
    # Insurance and identifiers.
    "new insurance card: member id {PLAN}, group 7712",
    "my medicare number is {MBI} and the secondary is {PLAN}",
    "medicaid id {MEDICAID} but it says inactive, can u check",
    "im on my husbands plan now, {PLAN}, his name is {NAME}",
    "my social is {SSN} for the disability paperwork",
    "mrn {MRN}? thats what the bracelet said",
    "acct {ACCOUNT} says i owe 240 but i paid on {MD}",
    "the bill for {NAME} account {ACCOUNT} is wrong, she passed on {DATE}",
    "claim {OTHER} got denied again",
    "insurance gave me reference number {OTHER} for the prior auth",
    "rx # {OTHER} at the pharmacy, they said yall need to call",
    "the drivers license # is {LICENSE} for the parking pass",
    # Devices, vehicles, web.
    "my pump serial is {DEVICE} and it keeps saying no delivery",
    "the cpap sn is {DEVICE}, the company needs a new order",
    "monitor company wants the imei {IMEI}",
    "we're parked in the er lot, silver van plate {PLATE}",
    "{NICK} is outside in the truck ({VEHICLE}) can he pull up to the door",
    "accident claim needs the vin, its {VIN}",
    "username is {USER} and it says locked",
    "tried {USER} and {USER}, neither works",
    "it says someone logged in from {IP} that wasnt me",
    "here is the link they sent {URL} it wont open",
    "my sister made a page for updates {URL}",
    # Long run-ons and mixed.
    "hi its {NAME} my mom {NAME} is {AGE} and fell on {MD} and now her hip hurts and she wont let us take her in can someone call me {PHONE}",
    "so i called on the {DAYTH} and {GIVEN} said someone would call back and nobody did and now its {WKDAY}",
    "we got back from {CITY} on {NUMMD} and since then {GIVEN} has had diarrhea",
    "my neighbor {WGIVEN} found my dad on the floor at {STREET}, hes at the er",
    "{GIVEN} has a fever 103 and is throwing up, should we go to the er in {CITY} or wait",
    "this is {GIVEN}, {GIVEN}'s mom, the amoxicillin gave him a rash",
    "need records from {CITY} regional {DATE} sent to dr {SURNAME} fax {FAX}",
    "my brother {NAME} passed on {DATE}, please stop sending reminders to {STREET}",
    "hey {GIVEN}! still no call about the biopsy from {MD}",
    "{WGIVEN} {WFAM} is my caregiver now she can sign for me",
    "the bill has the wrong last name its {SURNAME} not {SURNAME}",
    "we're the {SURNAME} family at {STREET}, kids are {GIVEN} and {GIVEN}",
    "my son {GIVEN} age 16 needs a note for school he was out {NUMMD}-{NUMMD}",
    "grandpa {GIVEN} is turning {AGENUM} on {MD}, can he still get the rsv shot",
    "my great aunt is {AGE} and her dob is {DOB}, she needs a handicap tag form",
    "{NAME} {DOB} {PHONE} thats all my info for the callback",
    # Other languages, mixed with English.
    "hola, soy {GIVEN}, la hija de {NAME}, ella tiene cita el {MD} pero no tiene ride",
    "mi esposo {GIVEN} tiene fiebre desde el {DAYTH}, vivimos en {CITY}",
    "mi mama tiene {AGE} años y se cayo el {MD}, su medicare es {MBI}",
    "bonjou, se {GIVEN}, manman m {NAME} malad depi {MD}, rele m nan {PHONE}",
    "lola {GIVEN} is coughing since {MD}, pls call kuya {GIVEN} {PHONE}",
    "ba ngoai {GIVEN} is {AGE}, can she get the shingles shot, call chi {GIVEN}",
    "my mom only speaks amharic, her name is {NAME}, i can translate, im {GIVEN}",
    "abuela {GIVEN} {SURNAME} dob {DOB} needs her insulin refilled at the {CITY} pharmacy",
    "salaam, this is {GIVEN} for my father {NAME}, his appointment is {WKDAY} {NUMMD}",
    "omma {GIVEN} is at {STREET} this week, can the nurse visit there",
    # More, in passing.
    "can i get a note for {WKDAY} and {WKDAY}, i was sick {NUMMD} and {NUMMD}",
    "appt for {GIVEN} {SURNAME} on {MD} at {CLOCKTIME} pls confirm",
    "{SHORTDATE} was my last pap i think",
    "next {WKDAY} the {DAYTH} at {CLOCKTIME} is perfect",
    "i'll be in {CITY} from the {DAYTH} to the {DAYTH}",
    "my insurance changed on {MD}, new member id {PLAN}",
    "{GIVEN} {WFAM} here, the lady with the hip",
    "this is {NAME}'s wife, he wont message u himself",
    "is {GIVEN} working today? she did my dressing {WKDAY}",
    "my ex {GIVEN} keeps calling pretending to be me, my dob is {DOB}",
    "we moved! {STREET}, {CITY} {ZIPFOUR}",
    "send it to my job, {STREET}, attn {NAME}",
    "shes my mom, {NAME}, {AGE} years old, lives with me at {STREETLINE}",
    "ok so {GIVEN} said dr {SURNAME} wants labs before {MD} but the lab is closed {WKDAY}",
    "btw new cell {PHONE} and email {EMAIL}",
    "pls add my boyfriend {NAME} to my hipaa form",
    "can u call {GIVEN}? {PHONE}. shes my moms caregiver",
    "idk if this is the right place but my dads mrn is {MRN} and dob {DOB}",
    # Short fragments.
    "{GIVEN} again lol",
    "its {LASTFIRST}",
    "for {NAME}",
    "re: {GIVEN} {SURNAME}",
    "{FIRST} here",
    "pt is my mom {LASTFIRST}",
    "ok {GIVEN} thx",
    "yes {MD} works",
    "the {DAYTH} is fine",
    "call {PHONE}",
    "{STREET}",
    "{CITY}",
]

LOGS = [
    # key=value
    'ts={TS} lvl=info svc=scheduling msg="appointment booked" patient="{NAME}" dob={ISODATE} provider="{DOC}"',
    "ts={TS} lvl=warn svc=sms event=undeliverable to={E164} patient_mrn={MRN} attempt=3",
    'level=error component=eligibility member_id={PLAN} subscriber="{LNUP}, {FNUP}" dob={YMD} payer=00431',
    'event=address.changed old="{STREETLINE}" new="{STREETLINE}" unit="{UNIT}" city="{CITY}" zip={ZIP} by={USER}',
    "event=portal.signup email={EMAIL} phone={PHONE} first={FIRST} last={SURNAME} ip={IP}",
    "event=login.failed user={USER} src={IP} reason=bad_password count=5 at={TS}",
    'kiosk=lobby-2 action=checkin name="{NAME}" dob_entered={USDATE} dob_on_file={USDATE} result=mismatch',
    'reminder.queued to="{FIRST} {SURNAME}" phone={PHONE} appt="{LONGDATE} 10:40" clinic="{CITY} Family Medicine"',
    "geo.lookup zip={ZIP} -> city={CITY} state={STATE} county=unknown",
    'addr.standardize in="{STREET}" out="{STREETUP}" zip4={ZIPFOUR} dpv=N',
    'addr.reject reason=po_box_not_allowed line1="{POBOX}" city="{CITY}" user={USER}',
    'billing.statement guarantor="{LASTFIRST}" acct={ACCOUNT} mail_to="{RURAL}, {CITY} {STATE} {ZIP}" balance=88.20',
    "claim.denied claim={OTHER} member={MBI} dos={ISODATE} carc=CO-97 acct={ACCOUNT}",
    'medicaid.elig id={MEDICAID} name="{CAPSNAME}" dob={YMD} status=terminated',
    'credential.verify npi={NPI} dea={DEA} license={LICENSE} name="{DOC}" result=active',
    'transport.ride rider="{NAME}" pickup="{STREET}, {CITY}" phone={PHONE} vehicle={PLATE} at={TS}',
    "parking.lpr plate={PLATE} lot=ED-short entered={TS} badge=none",
    'valet.ticket vin={VIN} plate={PLATE} owner="{NAME}" phone={PHONE}',
    "device.sync serial={DEVICE} owner_mrn={MRN} last_seen={TS} battery=41",
    "ble.pair mac={MAC} device=bp_cuff imei={IMEI} user={USER}",
    "age.guard mrn={MRN} age={AGENUM} dob={DOB} action=bucket_90plus",
    'nlp.extract text="{AGE} years old" field=age bucket=90+ note_id={OTHER}',
    'kv patient.name="{NAME}" patient.city={CITY} patient.age={AGENUM} patient.phone={PHONE}',
    'ticket.open id={OTHER} requester="{NAME}" <{EMAIL}> subject="cant log in" created={TS}',
    "link.click url={URL} user={USER} ip={IP}",
    "profile.update user={USER} field=website old={URL} new={URL}",
    'census unit=4E bed=12 pt="{LASTFIRST}" age={AGENUM} adm={ISODATE} attending="{DOC}"',
    'rx.transmit rx={OTHER} patient="{LASTFIRST}" dob={USDATE} pharmacy_fax={FAX} prescriber_npi={NPI}',
    'pdmp.query prescriber_dea={DEA} patient="{CAPSNAME}" dob={ISODATE} dl={LICENSE}',
    'idproof.scan dl={LICENSE} name="{CAPSNAME}" dob={USDATE} addr="{STREETUP}, {CITYUP}, {STATE} {ZIP}"',
    "lab.result accession={OTHER} mrn={MRN} collected={TS} test=K value=5.9 flag=H",
    'interpreter.session lang=mam patient="{NAME}" interpreter="{GIVEN}" id={OTHER} start={TS}',
    # JSON
    '{{"ts":"{TS}","event":"intake.submitted","firstName":"{FIRST}","lastName":"{SURNAME}","dob":"{ISODATE}","zip":"{ZIP}","age":{AGENUM},"ok":false}}',
    '{{"level":"error","msg":"address validation failed","line1":"{STREETLINE}","line2":"{UNIT}","city":"{CITY}","state":"{STATE}","postal":"{ZIP}"}}',
    '{{"evt":"chat.inbound","from":"{E164}","body":"this is {GIVEN}, running late","received":"{TS}"}}',
    '{{"emergencyContact":{{"name":"{NAME}","relationship":"son","phone":"{PHONE}"}},"patientId":"{PTUUID}"}}',
    '{{"guarantor":{{"last":"{SURNAME}","first":"{FIRST}","addr1":"{STREETLINE}","city":"{CITY}","zip":"{ZIP}"}},"acct":"{ACCOUNT}"}}',
    '{{"method":"PUT","path":"/api/v2/contacts/{OTHER}","user":"{USER}","remote_addr":"{IP}","body":{{"email":"{EMAIL}","cell":"{PHONE}"}}}}',
    '{{"profile":{{"website":"{URL}","handle":"{USER}","displayName":"{NAME}"}}}}',
    '{{"next_of_kin":"{NAME}","nok_phone":"{PHONE}","patient_age":{AGENUM},"dob":"{DOB}","mrn":"{MRN}"}}',
    '{{"contact":{{"mail":"{POBOX}","physical":"{HWY}","city":"{CITY}","postal":"{ZIP}"}},"updated_by":"{USER}"}}',
    '{{"alert":"fall_risk","patient":"{LASTFIRST}","unit":"4E","age":{AGENUM},"caregiver":"{WNAME}"}}',
    '{{"sms":{{"to":"{PHONE}","text":"Hi {GIVEN}, reminder: {MD} at 2:15 with Dr. {SURNAME}"}},"status":"queued"}}',
    '{{"payer":"MEDICARE","mbi":"{MBI}","beneficiary":"{CAPSNAME}","effective":"{ISODATE}"}}',
    # Query strings and paths
    "GET /api/v1/patients/search?fname={FNLOW}&lname={LNLOW}&dob={YMD} {STATUS} {MS}ms",
    "GET /reports/labs/{MRN}/{YMD}/{LNLOW}_{FNLOW}.pdf 403 user={USER}",
    "POST /webhooks/sms?From={E164}&Body=its+{FNLOW}+running+late 200",
    "GET /maps/geocode?address={STREET}&city={CITY}&zip={ZIP} 200 {MS}ms",
    "DELETE /api/v2/users/{USER}?reason=duplicate&email={EMAIL} 204",
    "GET /portal/lookup?last={LNLOW}&dob={ISODATE}&zip={ZIP} 404 {MS}ms",
    "GET /fhir/Patient?given={FNLOW}&family={LNLOW}&birthdate={ISODATE}&address-city={CITY} 200",
    # nginx and Apache
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/messages?from={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Linux; Android 14)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} +0000] "GET /api/v1/patients/{MRN}/documents/{LNLOW}-{YMD}.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "POST /api/scheduling/book?name={FNLOW}+{LNLOW}&dob={ISODATE} HTTP/1.1" 201 {BYTES} "-" "okhttp/4.12.0"',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "GET /records/export?patient_email={EMAIL} HTTP/1.1" {STATUS} {BYTES}',
    '[{PIDN}] {IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /intake/confirm?addr={STREETLINE}&city={CITY} HTTP/1.1" 302 0',
    "[{TS}] [php:error] [pid {PIDN}] [client {IP}:{PIDN}] Undefined index: dob in /var/www/forms/intake.php (patient {LASTFIRST})",
    "[{TS}] [core:error] [client {IP}] File does not exist: /var/www/uploads/{LNLOW}_{FNLOW}_license.jpg",
    # Python tracebacks, Django, Celery
    "Traceback (most recent call last):\n  File \"/srv/app/intake/views.py\", line 118, in post\n    patient = Patient.objects.get(mrn=mrn)\n    mrn = '{MRN}'\n    dob = '{DATE}'\npatients.models.Patient.DoesNotExist: Patient matching query does not exist.",
    "Traceback (most recent call last):\n  File \"/srv/app/billing/tasks.py\", line 77, in post_statement\n    send(addr)\nValueError: bad address: '{STREET}, {CITY} {ZIP}' for guarantor {NAME}",
    'Traceback (most recent call last):\n  File "/srv/app/portal/forms.py", line 43, in clean_dob\n    raise ValidationError(f"bad dob {{value}}")\ndjango.core.exceptions.ValidationError: [\'bad dob {SHORTDATE} for user {USER}\']',
    "ERROR {PYTS} django.request Internal Server Error: /api/v1/appointments/ request_id={REQID} user={USER}",
    "WARNING {PYTS} django.request Not Found: /patients/{MRN}/records/{LNLOW}_{FNLOW}.pdf",
    "INFO {PYTS} portal.views welcome e-mail queued for {NAME} <{EMAIL}> (user {USER})",
    "[{PYTS}: INFO/ForkPoolWorker-2] Task reminders.send_sms[{REQID}] succeeded in 0.38s: {{'to': '{E164}', 'patient': '{NAME}', 'when': '{TS}'}}",
    "[{PYTS}: ERROR/ForkPoolWorker-4] Task fax.send_outbound[{REQID}] raised unexpected: FaxError('no answer at {FAX}')",
    "[{PYTS}: WARNING/MainProcess] Task billing.post_statement[{REQID}] retry: ConnectionError(acct={ACCOUNT}, addr='{STREETLINE}', city='{CITY}')",
    "celery.worker.strategy Received task: hl7.ingest_adt[{REQID}] args=('{MRN}',) kwargs={{'dob': '{YMD}', 'pt': '{LNUP}^{FNUP}'}}",
    "[{PYTS}: INFO/MainProcess] Task eligibility.check_270[{REQID}] received args=['{PLAN}', '{YMD}', '{LNUP}']",
    # Java
    "java.lang.IllegalStateException: duplicate MRN {MRN} for {CAPSNAME} born {ISODATE}\n\tat org.clinic.mpi.MergeService.merge(MergeService.java:214)\n\tat org.clinic.mpi.MergeJob.run(MergeJob.java:61)",
    'com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String "{DATE}" (patient {LASTFIRST})\n\tat com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1991)',
    "org.hibernate.exception.ConstraintViolationException: could not execute statement; Duplicate entry '{EMAIL}' for key 'uk_user_email'\n\tat org.clinic.portal.UserService.register(UserService.java:88)",
    '{TS} ERROR [http-nio-8080-exec-7] o.c.f.AddressValidator - rejected "{STREET}" city="{CITY}" for patient {MRN}',
    # HL7 v2
    "MSH|^~\\&|EPIC|CLINIC|LABCORP|LAB|{HLTS}||ORM^O01|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^CLINIC^MR||{LNUP}^{FNUP}^{MIDUP}^^^^L||{YMD}|F|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIP}^USA^H||{PHONE}^PRN^PH^^^^^^^^^{EMAIL}|||M||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^MRN^MR~{MEDICAID}^^^MCD^MA||{LNUP}^{FNUP}||{YMD}|M||2054-5|{POBOX}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}||{SURNAME}^{FIRST}^{MIDDLE}||{YMD}|F|||{RURAL}^^{CITY}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^CLINIC^MR||{LNUP}^{FNUP}^{MIDUP}^^^^L||{YMD}|U|||{HWY}^^{CITYUP}^{STATE}^{ZIPFOUR}",
    "NK1|1|{LNUP}^{FNUP}^{MIDUP}|DAU^Daughter^HL70063|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}|{PHONE}|EC^Emergency Contact",
    "NK1|2|{SURNAME}^{FIRST}|HUS^Husband|||{PHONE}",
    "PV1|1|O|FM^^^CLINIC||||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD|{NPI}^{LNUP}^{FNUP}^^^^NP||FM||||1|||{NPI}^{LNUP}^{FNUP}|OP||MCD|||||||||||||||||||||||||{HLTS}",
    "PV1|1|I|4E^412^B^MAIN||||{NPI}^{LNUP}^{FNUP}^^^^MD|||MED|||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}|{HLTS}",
    "OBR|1|{OTHER}|{OTHER}|71046^XR CHEST 2 VIEWS^CPT|||{HLTS}|||||||{HLTS}||{NPI}^{LNUP}^{FNUP}^^^^MD||||||{HLTS}|||F",
    "OBR|1|{OTHER}||88305^SURGICAL PATHOLOGY^CPT|||{HLTS}||||||clinical hx per Dr {SURNAME}|{HLTS}||{NPI}^{LNUP}^{FNUP}",
    "OBX|3|TX|NOTE^Nursing note||Pt ambulated with son {FIRST} at bedside, plan d/c {USDATE}||||||F|||{HLTS}",
    "OBX|1|TX|GDT^Comment||Called results to pt's wife {NAME} at {PHONE}||||||F",
    "IN1|1|BCBS|00312|BLUE CROSS||||GRP4410|||||||{LNUP}^{FNUP}|01^Self|{YMD}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{PLAN}",
    "IN1|2|MCR|CMS|MEDICARE||||||||||||{LNUP}^{FNUP}^{MIDUP}|01^Self|{YMD}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPFOUR}|{PHONE}||{YMD}|M||SEL|{SSN}",
    "EVN|A08|{HLTS}|||{USER}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^CLINIC^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "hl7.listener ACK AE for {OTHER}: PID-7 birth date {YMD} after admit {HLTS}",
    'mirth ADT_IN error mapping PID-5 "{LNUP}^{FNUP}^{MIDUP}": XPN.1 exceeds 35 chars',
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"use":"official","family":"{SURNAME}","given":["{FIRST}","{MIDDLE}"]}}],"birthDate":"{ISODATE}","gender":"male"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"text":"{NAME}"}}],"relationship":[{{"text":"granddaughter"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{LASTFIRST}"}},"period":{{"start":"{ISODATE}","end":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","period":{{"start":"{TS}"}},"subject":{{"display":"{NAME}"}},"participant":[{{"individual":{{"display":"{DOC}, PA-C"}}}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"suffix":["DO"]}}]}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"patient":{{"reference":"Patient/{PTUUID}"}}}}',
    '{{"resourceType":"Immunization","occurrenceDateTime":"{ISODATE}","patient":{{"display":"{NAME}"}},"lotNumber":"{OTHER}"}}',
    'fhir.validate OperationOutcome: Patient.birthDate "{DATE}" is not a valid date (Patient/{PTUUID})',
    '{{"resourceType":"Patient","deceasedDateTime":"{TS}","identifier":[{{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{SSN}"}},{{"type":{{"text":"MRN"}},"value":"{MRN}"}}]}}',
    # CSV rows
    'mrn,last,first,dob,addr1,city,state,zip,phone\n{MRN},{SURNAME},{FIRST},{USDATE},"{STREETLINE}",{CITY},{STATE},{ZIP},{PHONE}',
    '"{LASTFIRST}",{ISODATE},{PHONE},{EMAIL},"{STREET}"',
    "acct|guarantor|addr|city|zip|bal\n{ACCOUNT}|{CAPSNAME}|{STREETUP}|{CITYUP}|{ZIPFOUR}|412.10",
    "row 217 rejected: {MRN};{LNUP};{FNUP};{SHORTDATE};{AGENUM};{CITY}",
    'csv.import line 88: "{SURNAME}","{FIRST}","{MIDDLE}","{USDATE}","{PHONE}" -> invalid phone',
    "MemberID\tSubscriber\tDOB\tGroup\n{PLAN}\t{CAPSNAME}\t{USDATE}\tGRP-0912",
    "{YMD},{LNUP},{FNUP},{DOB},{HWY},{CITY},{STATE}",
    # Syslog, systemd, cron
    "{SYSDATE} {CLOCK} ehr-app01 sshd[{PIDN}]: Failed password for invalid user {USER} from {IP} port 52214 ssh2",
    "{SYSDATE} {CLOCK} portal-web2 gunicorn[{PIDN}]: password reset requested for {EMAIL} from {IP}",
    "{SYSDATE} {CLOCK} fax01 hylafax[{PIDN}]: SEND FAILED: JOB {PIDN} to {FAX}: No carrier (Attn: {NAME})",
    "{SYSDATE} {CLOCK} ehr-app01 systemd[1]: export-{LNLOW}.service: Main process exited, code=exited, status=1/FAILURE",
    "{SYSDATE} {CLOCK} cron01 CRON[{PIDN}]: ({USER}) CMD (/opt/jobs/birthday_cards.sh --name '{NAME}' --turns {AGENUM})",
    "{SYSDATE} {CLOCK} kiosk3 kernel: usb 1-1: SerialNumber: {DEVICE}",
    "{SYSDATE} {CLOCK} vpn01 charon[{PIDN}]: user {USER} assigned {IP} from {IP}",
    'cron.birthday_cards picked {NAME} (turns {AGENUM} on {MD}) mail_to="{STREET}, {CITY} {ZIP}"',
    "systemd[1]: Started Nightly export for {LASTFIRST} (case {OTHER}).",
    # Audit trails
    'AUDIT {TS} user={USER} role=MA action=PRINT doc="After Visit Summary - {NAME}" printer=FM-2',
    "{TS} | {USER} | chart_access | patient={LASTFIRST} | mrn={MRN} | ws=CLIN-07 | reason=Treatment",
    'audit.trail id={OTHER} who="{DOC}" what="changed DOB {DATE} -> {DATE}" when={TS}',
    "Access: {USER} opened note for {NAME} (DOB {USDATE}) from {IP} at {TS}",
    'audit action=BREAK_GLASS patient="{NAME}" dob={USDATE} user={USER} ws=ED-12 ip={IP}',
    "audit action=EXPORT records=31 actor={USER} dest={EMAIL} at={TS}",
    "EMPI merge: survivor {MRN} ({LASTFIRST}, {USDATE}) <- victim {MRN} ({LASTFIRST}, {USDATE}) by {USER}",
    # SQL in slow-query and error logs
    "# Time: {TS}\n# User@Host: {USER}[{USER}] @ [{IP}]\n# Query_time: 4.118  Rows_examined: 918204\nSELECT * FROM patients WHERE last_name = '{SURNAME}' AND dob = '{ISODATE}';",
    "{TS} UTC [{PIDN}] LOG:  duration: {MS}.118 ms  statement: SELECT id FROM patient WHERE phone = '{PHONE}' OR email = '{EMAIL}'",
    "{TS} UTC [{PIDN}] STATEMENT:  INSERT INTO patients (first_name, last_name, ssn, zip) VALUES ('{FIRST}', '{SURNAME}', '{SSN}', '{ZIP}')",
    'ERROR:  duplicate key value violates unique constraint "patient_mrn_key"\nDETAIL:  Key (mrn)=({MRN}) already exists.',
    'ERROR:  null value in column "postal" violates not-null constraint\nDETAIL:  Failing row contains ({PIDN}, {STREETLINE}, {UNIT}, {CITY}, {STATE}, null).',
    "LOG:  execute <unnamed>: UPDATE guarantor SET addr1 = $1, city = $2 WHERE acct = $3\nDETAIL:  parameters: $1 = '{STREETLINE}', $2 = '{CITY}', $3 = '{ACCOUNT}'",
    'ERROR:  invalid input syntax for type date: "{SHORTDATE}" at character 61',
    "slow query ({MS} ms): UPDATE portal_user SET email='{EMAIL}', username='{USER}' WHERE id={PIDN}",
    "SELECT mrn, dob FROM patients WHERE soundex(last_name) = soundex('{SURNAME}') -- {MS} ms, 412 rows, user {USER}",
    # E-mail gateway
    "postfix/smtp[{PIDN}]: 7C31A2F0: to=<{EMAIL}>, relay=mx.example.net[{IP}]:25, delay=0.9, status=sent (250 OK)",
    "postfix/smtp[{PIDN}]: 7C31A2F0: to=<{EMAIL}>, status=bounced (550 5.1.1 user unknown)",
    "exim[{PIDN}]: 1rQx4a-0004Hk-2B <= {EMAIL} H=({IP}) [{IP}] P=esmtpsa S=48211",
    'proofpoint: msg quarantined from="{NAME}" <{EMAIL}> subject="records for {LASTFIRST}" reason=phi_outbound',
    'From: "{NAME}" <{EMAIL}>\nTo: Front Desk\nSubject: appt for {FIRST} on {LONGDATE}\nDate: Tue, {HTTPDATE} -0500',
    "Return-Path: <{EMAIL}>\nReceived: from [{IP}] by mx2.clinic.example\nSubject: RE: statement acct {ACCOUNT}",
    "Reply-To: {EMAIL}\nSubject: Fwd: referral {NAME} / MRN {MRN} / DOB {USDATE}",
    # Fax and telephony
    'faxd[{PIDN}]: SEND job {OTHER} to {FAX} pages=5 result=OK cover="Attn: Dr. {SURNAME}"',
    'faxd[{PIDN}]: RECV from CSID "{FAX}" pages=2 ocr_name="{CAPSNAME}" ocr_dob="{USDATE}"',
    'ivr.call ani={PHONE} dnis=main said_name="{NAME}" said_dob="{SPOKEN}" matched_mrn={MRN}',
    'voicemail.transcribe from={PHONE} text="hi this is {GIVEN} calling for my mom {NAME} please call back"',
    "sms.status sid=SM{REQID} to={E164} status=undelivered error=30006 patient={MRN}",
    'twilio.webhook From={E164} Body="{NAME} dob {DOB} need refill"',
    'sms.optout number={PHONE} keyword=STOP patient="{LASTFIRST}"',
    # Integration, identity, storage
    "smart.launch patient={PTUUID} by={USER} from={IP}",
    "ehr.sync WARN patient {MRN}: DOB mismatch local={ISODATE} remote={ISODATE}",
    "HIE query: no match for {CAPSNAME} dob={YMD} zip={ZIP}",
    'ldap.bind uid={USER} cn="{NAME}" mail={EMAIL} telephoneNumber={PHONE}',
    "oauth.token issued sub={USER} email={EMAIL} ip={IP} iat={TS}",
    "S3 PutObject s3://scans-prod/intake/{YMD}/{LNLOW}_{FNLOW}_insurance.jpg by {USER}",
    'elasticsearch index=patients id={PTUUID} doc={{"full_name":"{NAME}","city":"{CITY}","zip":"{ZIP}"}}',
    'kafka topic=adt key={MRN} value={{"event":"A03","ts":"{HLTS}","pt":"{LNUP}^{FNUP}"}}',
    'redis SET session:{REQID} {{"uid":"{USER}","pt":"{MRN}","exp":3600}}',
    'tele.session room={REQID} patient="{NAME}" joined_from={IP} at={TS}',
    'pdf.render template=letter_v4 recipient="{NAME}" address="{STREET}" city="{CITY}" zip={ZIP} ok',
    'esign.envelope to={EMAIL} signer="{NAME}" subject="Consent {LONGDATE}"',
    "DICOM (0010,0010) PatientName={LNUP}^{FNUP} (0010,0030) PatientBirthDate={YMD} (0010,1010) PatientAge={AGENUM}Y",
    "DICOM (0008,0020) StudyDate={YMD} (0010,0020) PatientID={MRN} (0008,0090) ReferringPhysicianName={LNUP}^{FNUP}^{MIDUP}",
    "mdm.enroll imei={IMEI} owner={USER} model=Galaxy-A15 email={EMAIL}",
    "dhcp lease {IP} -> {MAC} hostname={FNLOW}-phone",
    "firewall DENY src={IP} dst=ehr-lb:443 user={USER}",
    # More
    'WARN kiosk.photo_match failed for "{CAPSNAME}" dob={USDATE} score=0.41',
    "{SYSDATE} {CLOCK} mail01 postfix/qmgr[{PIDN}]: 1F2E3D4C: from=<{EMAIL}>, size=48211, nrcpt=1 (queue active)",
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "GET /chart/{MRN}?tab=demographics HTTP/1.1" 200 {BYTES} "-" "Mozilla/5.0 (Windows NT 10.0)"',
    '{{"job":"statement_run","guarantor":"{NAME}","address":"{STREET}","ok":true}}',
    'PATCH /api/v1/patients/{PTUUID} body={{"preferredName":"{NICK}","legalName":"{NAME}"}} -> {STATUS} in {MS}ms',
    'portal.msg.flagged from={USER} patient={MRN} text="my son {GIVEN} swallowed a battery"',
    'sched.waitlist add pt="{LASTFIRST}" phone={PHONE} wants="{WKDAY} mornings" until={ISODATE}',
    '{TS} WARN intake dob in future: "{SHORTDATE}" for {NAME}',
    'hie.adt A01 {MRN} {LNUP},{FNUP} adm={HLTS} facility="{CITY} Regional"',
    'consent.sms to={PHONE} text="{FIRST}, reply YES to share records with Dr. {SURNAME}"',
    'obituary.match name="{NAME}" age={AGENUM} city={CITY} source=newspaper mrn={MRN} action=deceased_review',
    'census.export unit=4E rows=28 first="{LASTFIRST}" dob={ISODATE}',
    "parking.permit issued to {NAME} plate={PLATE} valid {NUMMD}-{NUMMD}",
    'lab.interface ORU error: PID-5 "{LNUP}^{FNUP}" does not match order for {MRN} (collected {TS})',
    "scheduler: {LASTFIRST} booked {LONGDATE} with Dr. {SURNAME} (cell {PHONE}, {WKDAY} preferred)",
    # X12
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}*{UNIT}~N4*{CITYUP}*{STATE}*{ZIPFOUR}~DMG*D8*{YMD}*F~",
    "CLM*{ACCOUNT}*185***11:B:1*Y*A*Y*Y~DTP*472*D8*{YMD}~REF*EA*{MRN}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "DTP*435*RD8*{YMD}-{YMD}~DTP*096*TM*1130~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{POBOX}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{YMD}*M~",
]

NOTES = [
    # Headers and identifiers
    "Patient: {CAPSNAME}    DOB: {DOB}    MRN: {MRN}\nDate of Service: {DATE}\nProvider: {DOC}, MD",
    "PATIENT: {CAPSNAME}\nDOB: {DOB}   AGE: {AGENUM}\nACCT: {ACCOUNT}   ADMIT: {USDATE}\nATTENDING: {DOC}, DO",
    "Name: {NAME} | DOB: {DOB} | MRN: {MRN} | Visit: {USDATE} | PCP: {DOC}, NP",
    "{LASTFIRST} ({AGENUM} y.o. F) MRN {MRN}, seen {MD}",
    "RE: {NAME}\nDOB: {DOB}\nDOS: {DATE}",
    "Encounter {USDATE} {CLOCKTIME} - {CITY} Community Health - {DOC}, PA-C",
    # HPI
    "HPI: {NAME} is a 54 y/o woman seen on {DATE} for 2 weeks of burning with urination.",
    "HPI: Mr. {SURNAME} is a {AGE}-year-old retired millworker brought in by his granddaughter {GIVEN} for confusion since {MD}.",
    "HPI: Ms. {WFAM} reports the rash started the {DAYTH}, two days after she began cefdinir.",
    "HPI: Per pt and wife {GIVEN}, symptoms began around {MD}; no fever. Pt is a poor historian.",
    "History obtained from the patient's son, {NAME}, who lives with her in {CITY}.",
    "{AGENUM}F with HFpEF and AF on apixaban, here with daughter-in-law {GIVEN} for leg swelling x 10 days.",
    "Mrs. {SURNAME} was last seen {DATE}; A1c was 9.4% then.",
    "Per pt, last colonoscopy {MONYEAR} at {CITY} GI, two small polyps.",
    "LMP {MD}. Home UPT positive {WKDAY} {NUMMD}. G2P1.",
    "Pain began {DATE} at about 0300 while she was asleep at home on {STREETNAME}.",
    "Pt presented to {CITY} Regional ED on {LONGDATE} and was transferred here the next day.",
    "Pt is a {AGE} yo M from {CITY}, widower, brought in by neighbor {WNAME} after a fall.",
    "Pt's wife {WGIVEN} states he has been sleeping 16 hours a day since {MD}.",
    "Onset of weakness {MD} at {CLOCKTIME}; last known well per husband {GIVEN}.",
    # Assessment and plan
    "A/P: {AGE}-year-old woman with CKD 4; dialysis options discussed with pt and son {NAME}.",
    "Plan: INR check {WKDAY} {NUMMD}; pt's nephew {GIVEN} will drive.",
    "Plan: f/u with Dr. {SURNAME} (nephrology) in 3 weeks; renal US due {MONYEAR}.",
    "Assessment: fall at home {MD}, no fracture. PT via {CITY} Home Health; caregiver {NAME} updated.",
    "Discussed with HCPOA {LASTFIRST}, who agrees with hospice referral.",
    "Follow up with {DOC}, MD at {CITY} Orthopaedics, {STREET}, {CITY}, {STATE} {ZIP}; ph {PHONE}.",
    "RTC {DATE} at 9:20, sooner if worse.",
    "Will call pt's daughter {GIVEN} at {PHONE} with results.",
    # Discharge summaries
    "DISCHARGE SUMMARY\nAdmission Date: {USDATE}\nDischarge Date: {USDATE}\nAttending: {DOC}, MD\nPCP: {DOC}, NP",
    "Admitted {ISODATE}, discharged {ISODATE} to home with granddaughter {NAME}.",
    "Date of admission: {DATE}. Date of discharge: {DATE}. Disposition: SNF ({CITY} Care Center).",
    "Discharged to {STREET}, {CITY}, {STATE} {ZIP} with home health; caregiver {NAME} trained on the drain.",
    "Admitted on the {DAYTH} with cellulitis, discharged on the {DAYTH} on oral doxycycline.",
    "Hospital course: admitted {MD} with CAP; to step-down {MD}; home {MD}.",
    "D/C to {CITY} Nursing & Rehab {LONGDATE}; report called to {GIVEN}, LPN at {PHONE}.",
    "Discharge instructions reviewed with pt and wife {GIVEN}; teach-back done. Follow up with {DOC} on {MD}.",
    # Referral and consult letters
    "Dear Dr. {SURNAME},\nThank you for referring {NAME} (DOB {DOB}), whom I saw in consultation on {LONGDATE}.",
    "Dear {GIVEN},\nI saw your patient Mrs. {SURNAME} in the {CITY} clinic today for her tremor.",
    "Re: {NAME}, DOB {DOB}\nI am referring this {AGENUM}-year-old man for evaluation of dysphagia.",
    "Referral to {DOC}, MD, Rheumatology, {STREET}, {CITY} {ZIP}. Fax {FAX}. Phone {PHONE}.",
    "Consult requested by Dr. {SURNAME} on {DATE} for hyperkalemia.",
    "Thank you for allowing me to participate in the care of {CAPSNAME}. Please call {PHONE} with questions.",
    "Sincerely,\n\n{DOC}, MD\n{CITY} Neurology Associates\n{STREET}\n{CITY}, {STATE} {ZIP}\nTel {PHONE} Fax {FAX}",
    "Yours truly,\n{DOC}, DNP, FNP-C\ncc: {DOC}, MD",
    # Signature, transcription and cc blocks
    "Electronically signed by {DOC}, MD on {USDATE} at 16:42",
    "Electronically signed: {DOC}, RN {ISODATE} {CLOCK}",
    "Dictated by: {DOC}, MD\nDictated: {USDATE}\nTranscribed: {USDATE} by {INITS}",
    "D: {SHORTDATE}  T: {SHORTDATE}  Job #{OTHER}",
    "cc: {DOC}, MD; {DOC}, NP; patient",
    "cc: Dr. {SURNAME}, {CITY} Internal Medicine, fax {FAX}",
    "Attestation: I saw and examined the patient with resident Dr. {SURNAME} and agree with the plan. {DOC}, MD",
    "Cosigned by {DOC}, MD {MD}.",
    "Scribed for {DOC}, DO by {NAME} on {DATE}.",
    # Telephone encounters
    "Telephone encounter {USDATE}: spoke with pt's daughter {GIVEN} at {PHONE}; home BP 170s/90s.",
    "Call from {NAME} (pt's husband) at 14:10 re: new confusion since {MD}. Advised ED.",
    "Called pt at {PHONE}, no answer; VM left. Second attempt {WKDAY} {NUMMD}.",
    "Returned call to {LASTFIRST}; pt states swelling better. Keep appt on the {DAYTH}.",
    "Pt's son {NAME} called from {CITY} requesting a copy of the POLST; faxed to {FAX}.",
    "TC to pharmacy ({PHONE}); spoke with {GIVEN}, PharmD; clarified dose.",
    "Message from {GIVEN} at {CITY} Home Health: pt missed two visits this week.",
    "Pt called, BG 44 this am; husband {WGIVEN} gave juice; recheck 122.",
    "Voicemail from {NAME}, DOB {DOB}, requesting refill of metoprolol; callback {PHONE}.",
    # Nursing
    "Nursing: pt resting, husband {GIVEN} at bedside. Call light in reach. Bed alarm on.",
    "0600: PIV infiltrated, restarted L forearm. Daughter {GIVEN} notified ({PHONE}).",
    "Two identifiers verified ({NAME}, {DOB}) before transfusion of 1 unit PRBC.",
    "Belongings sent home with son {NAME}: glasses, dentures, phone.",
    "Pt asking for her sister {GIVEN}, who lives in {CITY}; chaplain notified.",
    "Handoff given to {GIVEN}, RN at 1900.",
    "Wound care per {DOC}, CWOCN. Next dressing change {MD}.",
    "Fall at 0315; pt found on floor by CNA {GIVEN}. No injury noted. Dr. {SURNAME} notified.",
    # PT/OT
    "PT: pt ambulated 200 ft with rolling walker, CGA. Daughter {GIVEN} trained in gait belt use.",
    "OT eval {USDATE}: pt lives in a 2-story home at {STREET} with 14 steps to the bedroom; son {GIVEN} present.",
    "PT plan: 2x/wk x 6 wks at {CITY} Outpatient Rehab; therapist {DOC}, DPT.",
    "Home safety eval at {RURAL}: no railings, gravel drive, wood stove. Grandson {NICK} helps with chores.",
    "OT: pt wants to return to quilting; husband {GIVEN} will set up the sewing room.",
    # Behavioural health and social work
    "BH: pt reports conflict with ex-partner {NAME}; safety plan reviewed; crisis line given.",
    "Pt endorses SI on {MD}, none since; sister {GIVEN} is holding her medications.",
    "Collateral from pt's mother {NAME} ({PHONE}): pt stopped lithium around the {DAYTH}.",
    "SW: pt lives with husband {GIVEN} in a 3rd-floor walk-up at {STREET}, {CITY}.",
    "SW: pt is unhoused; mail to {POBOX}, {CITY}; sleeps at the shelter on {STREETNAME}.",
    "CM: pt's home is on {RURAL}, 50 min from the nearest pharmacy; daughter {NAME} drives.",
    "SW spoke with APS worker {NAME} ({PHONE}) about concerns at the home on {STREETNAME}.",
    "Pt lives alone at {HWY}; neighbor {WGIVEN} checks on her every morning.",
    "CM: hospital bed and commode to be delivered to {STREETLINE}, {UNIT} on {MD}.",
    "Medicaid application filed {USDATE}; case # {OTHER}; pt's niece {GIVEN} assisting.",
    "Guardian: {NAME}, appointed {DATE}; letters of guardianship scanned.",
    "Pt moved from {CITY} to {CITY} in {MONYEAR} to be near her son {GIVEN}.",
    "Transportation: cousin {NICK} drives pt in a gray pickup, plate {PLATE}.",
    "Pt lives at {LOT} with her partner {GIVEN}; no running water since {MONYEAR}.",
    # Family and social history
    "FH: mother ({GIVEN}) d. 71 of MI; father d. 66 of stroke; sister {GIVEN} in {CITY} with T2DM.",
    "Family hx: brother {NAME} colon ca at 47; maternal aunt {GIVEN} breast ca at 52.",
    "SH: born in {CITY}, moved to {CITY} in 2004; lives with partner {GIVEN}; drives a school bus.",
    "Social: married to {NAME}; 4 children; lives at {STREET} in {CITY}. Never smoker.",
    "SH: widowed (husband {GIVEN} d. {MONYEAR}); lives with daughter {WGIVEN} on {STREETNAME}.",
    "Emergency contacts: {NAME} (son) {PHONE}; {NAME} (niece) {PHONE}.",
    "NOK: {LASTFIRST}, spouse, {PHONE}, {STREET}, {CITY} {STATE} {ZIP}",
    "Pt's grandson {NAME} is the primary caregiver and lives with her in {CITY}.",
    "Genetics: pt's maternal cousin {NAME} has BRCA2; pt's father {GIVEN} had prostate ca.",
    # Medication reconciliation
    "Med rec completed {USDATE} with pt and daughter {GIVEN} using bottles.",
    "Med list obtained from {CITY} Drug (ph {PHONE}, fax {FAX}) on {MD}.",
    "Bottles brought in a bag; fill dates {MD} to {MD}. Rx #{OTHER} is for carvedilol.",
    "Prescriber on the bottle: Dr. {SURNAME}; DEA {DEA}; NPI {NPI}.",
    "Outside records from Dr. {DOC} ({CITY}) reviewed; last visit {DATE}.",
    "Pt's wife {GIVEN} fills the pillbox every {WKDAY}; missed doses {NUMMD}-{NUMMD}.",
    # Procedures and operative notes
    "OPERATIVE REPORT\nDate of surgery: {LONGDATE}\nSurgeon: {DOC}, MD\nAssistant: {DOC}, PA-C\nAnesthesia: {DOC}, CRNA",
    "Procedure: EGD with biopsy, performed {DATE} by Dr. {SURNAME}; specimens to pathology (accession {OTHER}).",
    "Time-out with {DOC}, MD, {GIVEN} (circulator) and {GIVEN} (scrub tech).",
    "Implant: dual-chamber pacemaker, serial {DEVICE}, UDI {UDI}, implanted {USDATE}.",
    "Pt's insulin pump (S/N {DEVICE}) removed for surgery and given to husband {GIVEN}.",
    "Knee arthroplasty {MONYEAR}; implant card lists lot/serial {DEVICE}.",
    "Joint injection performed {MD}; consent signed by pt and witnessed by {GIVEN}, MA.",
    # Radiology
    "EXAM: CT head w/o contrast\nDATE: {USDATE} {CLOCK}\nPATIENT: {CAPSNAME}  MRN: {MRN}\nCOMPARISON: {USDATE}\nREAD BY: {DOC}, MD",
    "Radiology: comparison with outside CT of {DATE} from {CITY} Imaging.",
    "Findings called to Dr. {SURNAME} at {CLOCKTIME} on {MD} by {DOC}, MD.",
    "MRI L-spine {USDATE}; ordering provider {DOC}, NP; pt weight 142 kg, open MRI in {CITY}.",
    # Pathology
    "SURGICAL PATHOLOGY REPORT\nAccession: {OTHER}\nPatient: {LASTFIRST}  DOB: {DOB}\nCollected: {USDATE}  Received: {USDATE}\nPathologist: {DOC}, MD",
    "Path: specimen rec'd {USDATE} from Dr. {SURNAME}; signed out by {DOC}, MD on {USDATE}.",
    "Addendum {USDATE}: HER2 by FISH negative. {DOC}, MD",
    # Prior authorisation
    "RE: Prior authorization for {NAME}, DOB {DOB}, member ID {PLAN}\nRequested: MRI brain w/wo contrast\nDate of request: {LONGDATE}",
    "To the utilization review team: {NAME} (member {PLAN}) has failed metformin and glipizide since {MONYEAR}.",
    "PA {OTHER} approved {USDATE} through {USDATE} for semaglutide; pt notified at {PHONE}.",
    "Peer-to-peer scheduled {WKDAY} {NUMMD} at {CLOCKTIME} with Dr. {SURNAME}, medical director.",
    "Appeal letter for {LASTFIRST} (MBI {MBI}) mailed {USDATE} to {POBOX}, {CITY}, {STATE} {ZIP}.",
    # School and work excuses
    "To whom it may concern: {NAME} was seen in our clinic on {LONGDATE} and may return to school on {LONGDATE}.",
    "Please excuse {FIRST} {SURNAME} from work {NUMMD} through {NUMMD} for a medical condition.",
    "{NAME} may participate in PE without restriction starting {MD}. - {DOC}, MD",
    "Work note: {NAME} is cleared to drive her route (CDL {LICENSE}) as of {USDATE}.",
    # Immunisations, LMP, pregnancy
    "Imm: Tdap {USDATE}; PCV20 {USDATE}; RSV {MD}; flu {MONYEAR}.",
    "LMP {DATE}; EDD {DATE} by 9-wk US; FOB {NAME} present.",
    "Vaccine refusal form signed by pt's mother {NAME} on {USDATE}.",
    "Newborn {SURNAME}, baby girl, born {DATE} at 0412, 3.1 kg; mother {NAME}.",
    "Infant {NAME}, DOB {DOB}, seen for weight check with grandmother {GIVEN}.",
    "Hep B #1 given {MD} at {CITY} Birthing Center; #2 due {MONYEAR}.",
    # Ages and DOBs
    "Pt is {AGE} and lives independently; still drives to church on {WKDAY}s.",
    "{NAME} is a sharp {AGE}-year-old woman here with her great-granddaughter.",
    "Nonagenarian ({AGENUM}) with advanced dementia; family requests comfort-focused care.",
    "Pt states she was born {DOB} in {CITY}; ID confirms.",
    "DOB {DOB} (age {AGENUM}); history from niece {NAME}.",
    "Pt turned {AGENUM} on {MD}; celebrated with family in {CITY}.",
    # Identifiers of other kinds
    "Insurance: {PLAN} (primary), {MEDICAID} (secondary). Subscriber: {NAME}.",
    "Medicare {MBI} verified at registration on {MD}.",
    "Guarantor acct {ACCOUNT}; statements to {POBOX}, {CITY}, {STATE} {ZIP}.",
    "SSN {SSN} on face sheet for the SSDI application.",
    "Portal username {USER}; reset link sent to {EMAIL}.",
    "Pt prefers e-mail ({EMAIL}); daughter's e-mail {EMAIL} also on file.",
    "Video visit; pt joined from IP {IP}, confirmed at home in {CITY}.",
    "Pt shares updates on {URL}; privacy discussed.",
    "MVC: pt was the driver of VIN {VIN}; police report # {OTHER}.",
    "Pt's car ({VEHICLE}) left in the ED bay; security holding keys for {FIRST}.",
    "Driver's license {LICENSE} scanned to verify identity.",
    "CGM transmitter {DEVICE} paired to pt's phone (IMEI {IMEI}) since {MD}.",
    "Interpreter {NAME}, ID {OTHER}, used for the whole visit (K'iche').",
    "Interpreter {GIVEN} (Somali) by video; pt's husband {GIVEN} also present.",
    # Terse fragments
    "s/p lap chole {MONYEAR}; s/p TKA R {USDATE}",
    "Last seen {MD} by {DOC}, NP.",
    "f/u {MD} w/ {GIVEN}, RN re: wound.",
    "Seen in ED {DATE}; d/c same day, dx gastritis.",
    "Pt no-showed {MD} and {MD}; letter mailed to {STREET}.",
    "Records received by fax from {FAX} on {USDATE}, 22 pages.",
    "Pt's ride, {NICK}, waiting in the lobby.",
    "Pt's daughter ({NAME}) present and consents to discussion.",
    "Advance directive signed {USDATE}; agent {NAME}, alternate {NAME}.",
    "Code status DNR/DNI per pt and wife {GIVEN}, confirmed {MD}.",
    "Visitors limited to {NAME} and {NAME} per pt request.",
    "Pt asks that no information be given to her ex-husband, {NAME}.",
    "Pt's PCP: {DOC}, MD, {STREET}, {CITY}; ph {PHONE}; fax {FAX}.",
    "Pharmacy: {CITY} Drug, {STREETLINE}, {CITY} {ZIP}; ph {PHONE}.",
    "Address line 1: {STREETLINE}\nAddress line 2: {UNIT}\nCity: {CITY}  State: {STATE}  ZIP: {ZIP}",
    "Mailing: {POBOX}, {CITY}, {STATE} {ZIP}. Physical: {RURAL}.",
    "EMS picked pt up at {HWY} at 0512 on {DATE}.",
    "Police found pt walking near {STREETNAME} and {STREETNAME} on the {DAYTH}.",
    "Pt recently moved to {STREETLINE}, {UNIT} ({CITY}) from {CITY}.",
    "Mr. {WFAM} is well known to this clinic; last seen {DATE}.",
    "Mrs. {WFAM}'s husband died {LONGDATE}; grief counseling offered.",
    "Dr. {WFAM}'s note from {MD} reviewed.",
    "Pt {NAME} seen with partner {NAME}; both consent.",
    "Research: {LASTFIRST} enrolled; consent signed {USDATE} (study ID {OTHER}).",
    "Transfer accepted by {DOC}, MD at {CITY} Medical Center on {USDATE} at {CLOCK}.",
    "Chaplain {DOC} visited; pt's parish is in {CITY}.",
    "{LNUP}, {FNUP} -- {AGENUM}M -- 4E-12 -- Adm {USDATE} -- sepsis",
    "Pt {FNUP} {LNUP}, {AGENUM}, retired farmer from {CITY}.",
    "Pt says, 'call my cousin {NAME} at {PHONE} if anything happens.'",
]

# Lines with no PHI at all, full of what looks like it. Written as four groups and interleaved
# below, so that any prefix of PHI_FREE mixes all of them.
_PHI_FREE_CHAT = [
    "ok thank u, see u next week",
    "i hope the new pills work better than the old ones",
    "can i take tylenol with the eliquis or is that bad",
    "sugar was 287 after supper is that too high",
    "bp 152 over 96 at the walmart machine",
    "the inhaler is almost out can u send a refill",
    "my knee is still swollen 3 weeks after the shot",
    "rusty nail went into my foot, do i need a tetanus shot",
    "the electric bill is due so i cant afford the copay till friday",
    "amber colored pee since yesterday is that dehydration",
    "dawn dish soap on the rash, is that ok",
    "grant money for the glucose meter came through thank god",
    "to be frank i stopped taking it because of the side effects",
    "joy of my life is my dog lol but he keeps me up at night",
    "rose hip tea for the cold, is that safe with my meds",
    "had to wade through the flood to get to the car, now my cut is red",
    "does the ear pierce need antibiotics, it's oozing",
    "major headache since this morning, worse when i bend over",
    "deer hunter season, can i go out on the stand with my oxygen",
    "ivy rash is all over my arms from the yard",
    "kindness of the nurse yesterday meant a lot",
    "it took courage to finally ask about my drinking",
    "silence on the portal for 2 weeks, is anyone there",
    "happiness is a normal a1c lol",
    "shivers and chills last night, temp 100.9",
    "my knuckles are swollen and stiff in the morning",
    "the scales at home say 6 lbs more than last week",
    "there's a leak around the colostomy bag again",
    "pardon the late message, couldn't sleep",
    "i need to hurry, the bus leaves at 2",
    "tummy rumble and cramps after the new iron pills",
    "sorry for the mess, the broom broke lol",
    "a whole bunch of bruises on my legs, is that the blood thinner",
    "twinkle of light in the corner of my eye since yesterday",
    "glitter in my eye from the kids craft, it still burns",
    "we're coming in thursday at 10 right",
    "the portal logs me out every 5 minutes",
    "im 64 and never had the shingles shot",
    "my dad is 82 and keeps getting up at night to pee",
    "mom is 89, is she too old for the colonoscopy",
    "eighty-six and still mows the lawn every saturday",
    "he turned 71 in may and wants to stop the statin",
    "we found the lump in 2022 and started chemo in 2023",
    "had the surgery back in march, still numb",
    "early june is better for me, or mid-july",
    "every other monday works for the injections",
    "pain is like 7 out of 10 today",
    "took half a pill last night and a whole one this morning",
    "how many units if my sugar is 300",
    "the 50 mg tablets are too big to swallow",
    "i cant hear on the phone, text is better",
    "is the lab open on sundays",
    "thank u all so much, yall are angels",
    "will bring the pill bottles",
    "lol my bad, wrong chat",
    "hope you have a blessed weekend",
    "bill came in the mail for the ambulance, who do i call",
    "sunny day so i walked 2 miles, felt great",
    "mercy me that shot hurt",
    "my patience is running out with this cough",
]
_PHI_FREE_NOTE = [
    "BP 142/88, HR 91, RR 18, T 37.9 C, SpO2 94% RA, Wt 88.4 kg",
    "Ht 165 cm, BMI 32.5, waist 104 cm",
    "Na 131, K 5.6, Cl 99, CO2 19, BUN 44, Cr 2.3, Glu 212, Ca 8.4, Mg 1.6",
    "WBC 14.2, Hgb 8.9, Hct 27, Plt 512; INR 3.4",
    "A1c 10.1% (prior 8.7%); LDL 161; TSH 0.2; free T4 2.3",
    "troponin 0.04 -> 0.11 -> 0.09 at 0, 3 and 6 h",
    "BNP 980; lactate 2.8 -> 1.4 after 30 mL/kg",
    "ICD-10 E11.65, I50.32, N18.4, Z79.4",
    "ICD-10 F33.1, F41.1, Z63.0",
    "CPT 99214-25, 20610, J3301 x 40 units",
    "LOINC 4548-4 HbA1c, 2160-0 creatinine, 33914-3 eGFR",
    "NDC 0002-1433-80 insulin lispro; NDC 0169-4524-14 semaglutide",
    "SNOMED 44054006 type 2 diabetes mellitus",
    "prednisone taper: 40 mg x 3 days, 30 x 3, 20 x 3, 10 x 3, then stop",
    "methotrexate 15 mg weekly on Saturdays, folic acid 1 mg daily except Saturday",
    "metoprolol succinate 25 mg daily, titrate to 50 mg in 2 weeks",
    "amoxicillin 875 mg BID x 10 days",
    "insulin glargine 30 units qHS; lispro 8 units with meals plus correction",
    "furosemide 40 mg daily, extra 20 mg for weight gain > 3 lb overnight",
    "warfarin 5 mg M/W/F, 2.5 mg other days; goal INR 2-3",
    "ondansetron 4 mg ODT q8h prn nausea",
    "gabapentin 100 mg qHS, increase by 100 mg every 3 days as tolerated",
    "Parkinson's disease on carbidopa-levodopa 25/100 TID",
    "Bell's palsy, right, day 4, on valacyclovir and prednisone",
    "Foley catheter placed, 16 Fr, clear yellow urine",
    "Apgar 8 and 9 at 1 and 5 minutes",
    "Alzheimer's dementia, moderate; MoCA 13/30",
    "Crohn's disease on infliximab q8 weeks",
    "Hashimoto's thyroiditis, TPO antibody positive",
    "Raynaud's phenomenon, worse in winter",
    "Sjogren's syndrome with dry eyes, on cevimeline",
    "Cushing's syndrome ruled out; dexamethasone suppression test normal",
    "Dupuytren's contracture, ring finger, 30 degrees",
    "Tinel's and Phalen's positive at the right wrist",
    "Homans sign negative; Wells score 1",
    "Kussmaul respirations on arrival, pH 7.12",
    "Glasgow Coma Scale 14 (E4 V4 M6)",
    "NYHA class II; EF 40% on last echo",
    "Gleason 3+4=7 in 2 of 12 cores",
    "Tanner stage 2; height at the 25th percentile",
    "Morse 55, Braden 13; bed alarm on",
    "Mallampati II; ASA 3",
    "Pap and HPV cotest negative",
    "Holter x 14 days ordered; Zio patch placed",
    "Snellen 20/50 OD, 20/30 OS",
    "Unna boot to the right leg, change weekly",
    "wound 3.1 x 2.0 x 0.4 cm, 80% granulation, no tunneling",
    "a 67-year-old man with COPD exacerbation",
    "pt is 89 and lives with her son",
    "eighty-seven-year-old woman, independent with a walker",
    "quit smoking in 2009; 40 pack-years",
    "CABG in 2014; PCI to the LAD in 2019",
    "seen in March; next visit in the fall",
    "early March symptoms, worse by mid-April",
    "RTC 3 months or sooner prn",
    "seen Tuesday, reassess Friday",
    "transferred to the ICU for pressors",
    "admitted to the step-down unit on telemetry",
    "PACU course uneventful; to the floor",
    "Dexcom G7 and Omnipod 5 in use; time in range 68%",
    "Medtronic MiniMed 780G, auto mode on",
    "ResMed AirSense 11 CPAP at 8 cm H2O",
    "Allergies: sulfa (hives), latex (rash), shellfish",
    "Code status: full code",
    "Diet: cardiac, 2 g sodium, 1.5 L fluid restriction",
    "Pt speaks K'iche'; interpreter used for the whole visit",
    "Hope and grit carried her through chemo, per pt",
    "Rusty sputum x 2 days, febrile to 38.6",
    "Amber drainage from the incision, no odor",
    "Ivy exposure at work; contact dermatitis both forearms",
    "Pt appears in no distress; mood mellow, affect full",
    "Shivers and rigors after the infusion; given meperidine 25 mg",
    "Knuckles of the right hand swollen and tender, MCP 2-3",
    "Pt describes the pain as a rumble in the belly",
    "Courage and kindness noted by the team; pt thanked staff",
]
_PHI_FREE_LOG = [
    'INFO django.request "GET /healthz HTTP/1.1" 200 2',
    '"GET /static/js/app.7c41e2.js HTTP/2.0" 304 0',
    "gunicorn[1822]: [INFO] Booting worker with pid: 1829",
    "[WARNING] Worker with pid 1829 was terminated due to signal 9",
    "celery@worker-3 ready.",
    "[INFO/MainProcess] Connected to redis://redis:6379/2",
    "Task reminders.tasks.send_batch[9b1e7f3a-2c44-4d1e-8a0d-5b8f6e1d4c71] succeeded in 0.511s: None",
    "beat: Sending due task nightly-claims (billing.tasks.submit_837_batch)",
    "systemd[1]: Started Daily eligibility refresh.",
    "systemd[1]: fax-poll.service: Succeeded.",
    "CRON[2211]: (root) CMD (/opt/jobs/rotate_logs.sh)",
    "kernel: [81123.418] usb 1-1: new full-speed USB device number 5 using xhci_hcd",
    "sshd[441]: Server listening on :: port 22.",
    "LOG:  checkpoint complete: wrote 2210 buffers (13.5%)",
    "LOG:  duration: 1204.118 ms  statement: SELECT count(*) FROM encounter WHERE status = 'open'",
    "ERROR:  canceling statement due to statement timeout",
    'ERROR:  duplicate key value violates unique constraint "icd10_code_key"\nDETAIL:  Key (code)=(E11.65) already exists.',
    "# Query_time: 3.882  Lock_time: 0.000  Rows_sent: 1  Rows_examined: 412998\nSELECT COUNT(*) FROM claims WHERE status = 'denied';",
    "slow query (2211 ms): SELECT * FROM formulary WHERE rxcui IN (860975, 197361)",
    "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)",
    '"GET /api/v1/formulary?q=apixaban&strength=5mg HTTP/1.1" 200 2211 "-" "okhttp/4.12.0"',
    '"POST /api/v1/triage HTTP/2.0" 201 91 rt=0.087',
    "AH00558: apache2: Could not reliably determine the server's fully qualified domain name",
    'Traceback (most recent call last):\n  File "/srv/app/billing/tasks.py", line 61, in post_batch\nConnectionResetError: [Errno 104] Connection reset by peer',
    "KeyError: 'icd10'",
    "django.db.utils.OperationalError: could not connect to server: Connection refused",
    "java.lang.OutOfMemoryError: Java heap space\n\tat org.clinic.reports.CensusJob.run(CensusJob.java:118)",
    "java.net.SocketTimeoutException: Read timed out\n\tat org.clinic.lab.LabClient.poll(LabClient.java:77)",
    '{"level":"info","msg":"request completed","path":"/api/v1/slots","status":200,"duration_ms":38}',
    '{"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","service":"scheduling-api","durationMs":121}',
    '{"event":"cache.miss","key":"formulary:rxcui:860975","ttl":3600}',
    '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Patient.gender: unknown code"}]}',
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"2160-0"}]},"valueQuantity":{"value":1.4,"unit":"mg/dL"}}',
    '{"resourceType":"Bundle","type":"searchset","total":0}',
    "MSH|^~\\&|LAB|MAIN|EHR|MAIN|||ORU^R01|MSG0042|P|2.5.1",
    "OBX|1|NM|2823-3^Potassium^LN||5.6|mmol/L|3.5-5.1|H|||F",
    "OBX|2|NM|718-7^Hemoglobin^LN||8.9|g/dL|12.0-15.5|L|||F",
    "OBR|1|||80053^Comprehensive metabolic panel^CPT",
    "DG1|1||E11.65^Type 2 diabetes with hyperglycemia^I10|||F",
    "RXE|1^QD^HL70335|00093-1048-01^Lisinopril 10 mg tab^NDC|10||mg",
    "AL1|1|DA|7980^Penicillin G^RXNORM|MO|hives",
    "SV1*HC:99214*140*UN*1***1~",
    "HI*ABK:E1165*ABF:I10~",
    "csv header: mrn,last_name,first_name,dob,addr1,addr2,city,state,zip,phone",
    "import done: rows=5120 inserted=5088 skipped=32 took=14.2s",
    "audit action=LOGIN_FAILED count=3 window=15m policy=lockout",
    "audit: 0 break-glass events in the last 24h",
    "postfix/qmgr[2211]: 9D3A7B20: removed",
    "postfix/smtpd[1881]: disconnect from unknown ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4",
    "Subject: Your appointment reminder",
    "sms.status sid=SM2f8a1c7d status=delivered segments=2",
    "faxd: modem ttyS1 ready, class 2.0, 14400 bps",
    "hylafax: JOB 88 requeued: busy signal (retry 2/5)",
    "mirth channel ADT_IN deployed, 3 destinations, queue=on",
    "EMPI: nightly duplicate scan found 21 candidate pairs above 0.92",
    "k8s: pod scheduling-api-6b9f7d-q2lx4 OOMKilled, restarting (3)",
    "deploy: release v4.2.1 (build 9120) to prod, migrations 0102-0105 applied",
    "python 3.12.3, Django 5.0.6, DRF 3.15.1, celery 5.4.0",
    "feature_flags: new_intake_form=on fax_ocr=off rollout=0.25",
    "rate_limit hit path=/api/v1/login window=60s max=10",
    "healthcheck ok db=3ms redis=1ms s3=41ms",
    "request_id=7d1e0c4b9f2a4c31 status=499 client closed request",
    "x-request-id: 1f0e9d8c-7b6a-4543-9210-fedcba987654",
    "JWT expired (exp skew 42s), returning 401",
    "tls: certificate for api.internal expires in 19 days",
    "disk /var/lib/postgresql 83% used (415 GB of 500 GB)",
    "eligibility batch 270: 1180 sent, 1141 active, 33 inactive, 6 errors",
    "claim.batch 837P: 298 claims, total 41822.50, rejected 3 (CARC 16)",
    "icd10 load: 74260 codes, 0 errors",
    "ndc refresh: 0093-7214-01 and 0378-3512-05 marked discontinued",
    "model=triage-esi-v5 tokens_in=812 tokens_out=96 latency_ms=1187",
    "ocr.job pages=4 confidence=0.88 engine=tesseract-5.3",
    "cron 0 2 * * * backups.nightly -> ok (14m 02s)",
    "cron */5 * * * * fax.poll -> 2 new",
    "pump.alarm code=E-104 occlusion, cleared after 38 s",
    "cgm.upload readings=288 gaps=1 sensor_age_days=9",
    "age.guard: 17 records with age >= 90 bucketed for export",
    "GET /api/v1/icd10/search?q=I50 200 8ms",
    'POST /api/v1/vitals 201 {"bp":"128/82","hr":74,"spo2":97}',
    "System check identified no issues (0 silenced).",
    "Applying patients.0048_add_preferred_language... OK",
    "host=fax-gw-02 svc=hylafax status=up uptime=41d",
    "[12:04:33] beat: Starting...",
    "job=claims-resubmit run=418 status=ok duration=3m12s",
    "model=grant-matcher v2.1 loaded, 412 rules",
    "feature hope_messages enabled for the oncology unit",
    "queue=amber_alerts depth=0",
    "tag=rusty-pipeline build passed in 4m 10s",
]
_PHI_FREE_FORM = [
    "Name: ____________________   DOB: __/__/____   Sex: M / F / X",
    "Address: ______________________   City: __________   State: __   ZIP: _____",
    "Preferred language: English / Spanish / Haitian Creole / Other",
    "Copay: PCP $30, specialist $60, ER $300, urgent care $75",
    "RxBIN 610014   RxPCN MEDDPRIME   RxGRP RX8812",
    "Take 1 tablet by mouth twice daily with food. Do not crush.",
    "Tests ordered: CMP, CBC w/ diff, lipid panel (fasting 10 h), TSH, UACR",
    "Pages: 6 including cover. CONFIDENTIAL health information.",
    "Reply C to confirm, R to reschedule, STOP to opt out.",
    "Signature: ________________   Date: ___________",
    "Allergies: NKDA / penicillin / sulfa / latex",
    "Pharmacy hours: Mon-Fri 8-7, Sat 9-3, closed Sunday",
    "Please arrive 15 minutes early and bring your insurance card and photo ID.",
    "Specimen: plasma, lavender top, keep on ice, deliver within 1 h",
    "Dispense as written: Y / N   Quantity: 90   Days supply: 90",
    "Emergency contact: ____________   Relationship: ________   Phone: ____________",
    "Clinic hours: Monday to Thursday 7:30-5, Friday 7:30-noon",
    "Form CMS-1500 box 24J: rendering provider NPI",
    "Sliding fee scale: tier 2, 40% discount",
    "Visit type: follow-up, 20 min, telehealth eligible",
    "School form: Grade ___  Sport ___  Cleared: Y / N",
    "Work status: full duty / light duty / off work until ___",
    "Pain scale 0-10 (Wong-Baker faces for children)",
    "PHQ-9: 0-4 none, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe",
    "Immunization record: DTaP ___ ___ ___ ___ ___   MMR ___ ___",
]
PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_LOG[0::2], _PHI_FREE_NOTE, _PHI_FREE_CHAT, _PHI_FREE_LOG[1::2], _PHI_FREE_FORM
    )
    for line in group
    if line is not None
]
