"""The "tune13" split: a tuning and training set for a CRF tagger, heavy on patient chat, written
blind.

How it was written: only generate.py, templates.py, values.py, tune4.py and tune5.py (and the ruff
settings in pyproject.toml) were read, for the interface, the style and the annotation rules. The
redaction engine, its tests, its benchmark and training code, its output and every other data
module were not opened. The other modules were only imported by a throwaway script that gathered
their value pools and template words for the overlap check below, printing nothing but counts and
the words of this module that collided.

What it models: a Northeast urban health network (New York City boroughs, northern New Jersey,
Boston and the mill towns of Massachusetts and Rhode Island, Hartford, Providence): a public
hospital (Tidemark), a Catholic hospital (St. Columba), community health centers (Lamplight,
Northwind), a home-care agency (Kestrel), a dialysis unit (Bluestem), their pharmacy, patient
portal, call centre and billing office. Its 304 chat templates are typed the way patients and
families type on phones: lowercase, typos, no punctuation, emoji, Spanish, Haitian Creole,
Portuguese and Kriolu, Russian, Yiddish, Bengali, Tagalog and other words mixed in; relatives,
neighbours, home attendants, building supers, rabbis, imams, pastors and aides named in passing,
often a bare given name with no cue word ("chago said the elevator is out"), names at the start or
the end, lists of names, names that are ordinary words ("bream will bring the cooler"),
sign-offs, forwarded texts and voice-to-text. The 172 log templates (portal, IVR and call centre,
scheduling and ambulette, home-care EVV, dialysis machines, pharmacy, HL7 v2, FHIR, X12, Django,
nginx, Celery, PostgreSQL, syslog, fax, e-mail, audit trails, CSV exports) and 197 note
templates (HPI, dialysis flowsheets, home-care visits, social work, chaplaincy, discharge
summaries, letters, signature blocks, phone encounters, registration) carry the other labels,
and 243 PHI_FREE lines carry look-alikes only. A message written in a community's language draws
its names from that community (slots such as {HISPG} {HISPF}, {HAITG}, {LUSOG}, {JEWF}, {BNG});
the chat list is kept in a strided order (``_spread``) so that any prefix of it mixes all groups.

Names come from 48 origins: Cape Verdean, Azorean and Brazilian Portuguese, Dominican, Puerto
Rican, Ecuadorian (Kichwa and Cuenca surnames), Colombian (paisa), Indo- and Afro-Guyanese,
Trinidadian, Grenadian, Barbadian, Haitian, Jamaican, Ghanaian Akan (day names), Senegalese Wolof,
Malian Bambara, Ivorian, Nigerian Yoruba, Bangladeshi Sylheti, Nepali Sherpa, Tibetan (two given
names, no family name), Fuzhounese (Foochow romanizations such as Hii, Yii, Diong), Teochew with
Sino-Thai ("Sae-") and Sino-Khmer families, Hasidic, Bukharian and Syrian Jewish, Russian (with
patronymics), Georgian, Uzbek, Tajik (-zoda), Albanian (Malësia -aj names), Kosovar, Greek,
Neapolitan, Calabrese, Irish in Gaelic spelling (Ó, Ní, Mac), Polish (with diminutives),
Ukrainian, Lebanese Maronite, Egyptian Coptic, Palestinian, Armenian, Turkish, Pakistani,
Gujarati (father's name as middle name), Malayali Christian (house name first) and Filipino
(maternal middle surname). Names are written as their custom has it: family name first for
Fuzhou and Teochew families, double surnames for Dominicans, Puerto Ricans, Ecuadorians and
Colombians, two family names or a particle for Portuguese speakers, patronymics for Russians,
Ukrainians and Bukharians, hyphenated names by marriage, quoted and bracketed nicknames. About one
in seven names is a given or family name that is also an ordinary English word (Carnation,
Godsway, Prophet, Caesar; Farthing, Bream, Blades, Sprat, Winkle), and those words also
appear, used as words, in PHI_FREE.

No overlap: no given name, family name, nickname, patronymic, street name, city or e-mail domain
here appears, after folding accents and case, in values.py's pools (with the Faker names it draws
for its "tune" and "heldout" splits), in the templates of templates.py, in Faker's en_US first-
and last-name lists, or in the pools or templates (split into words) of any other module of this
directory present at the final check (blind, blind2 to blind11, tune2 to tune12 and tune14). Name particles (de, da, dos, Ó, Ní, Mac, Abu, Bou, ...), generic address
words (Street, Ave, North, ...) and top-level domains were exempt. The check was run with a
throwaway script, every collision was removed, and the final run reported zero collisions. Most
common spellings were already taken, so the pools lean on regional variants and less-represented
communities rather than the commonest names of each origin.

Annotation follows the other splits. A US state is not scored (the STATE slot has no label). A
title (Dr., Mrs., Rabbi, Pastor, Sister, Father, imam), a credential (MD, RN, NP, PharmD) and a
possessive "'s" stay outside the NAME span; kinship words used as address terms (abuela,
manman, babushka, ammachi, lola, teta) are not names and stay in the literal text. Each HL7, X12,
FHIR or DICOM name component is its own NAME span. Initials that stand for a person are a NAME.
A weekday or a clock time beside a date stays outside the DATE, as does "le" or "the" before it,
while a whole ISO, HL7 or logging timestamp is one DATE; foreign-language dates ("3 de marzo",
"12 de março", "4 mas") are DATEs. A year, a month or a weekday alone is not PHI. Only ages over 89
are AGE_OVER_89; younger ages stay in the text. Street addresses (number, street, optional unit),
a street without a number and a unit line on its own are ADDRESS; cities are CITY, ZIP codes ZIP.
Organisations, drugs, eponyms, device models and the network's own facility names are literal
text. Non-PHI filler slots (request ids, latencies, status codes, host names, clock times) have
no label.
"""

from __future__ import annotations

import math
import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Tibetans have no family name: the second of their
# two given names is filed as the surname.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "cape_verdean": (2, [
        "Djudjú", "Txutxa", "Bibia", "Zezinha", "Kinzinha", "Djack", "Tchida", "Kuka", "Nandinha",
        "Lulucha", "Djulay", "Adelcides", "Nilzete", "Arcelina", "Ildo", "Adérito", "Hirondina",
        "Jacira", "Orlanda", "Alcídia", "Djassi", "Tchetcha",
    ], [
        "Landim", "Figueira", "Brazão", "Silves", "Baessa", "Tchipa", "Alfama", "DaGraca",
        "DaRosa", "DeBurgo", "DaVeiga", "DosReis", "Lomba", "Chantre", "Ortet", "Burgo", "Horta",
        "Nobre", "Ximenes", "Daluz", "Ferro",
    ]),
    "azorean": (2, [
        "Adélio", "Eduíno", "Leonilde", "Manuelinha", "Noémia", "Querubina", "Prazeres", "Avelino",
        "Florindo", "Cesaltina", "Etelvina", "Felismina", "Hermengarda", "Jovelina", "Sãozinha",
        "Tomásia", "Vitalina", "Zélia",
    ], [
        "Cymbron", "Travassos", "Paim", "Tristão", "Soeiro", "Mancebo", "Frates", "Faial",
        "Jácome", "Castanho", "Homem", "Velho",
    ]),
    "brazilian": (2, [
        "Gleisson", "Edinéia", "Thaís", "Marcílio", "Gislaine", "Lucimara", "Rosenilda", "Ícaro",
        "Iracema", "Jurema", "Valdeci", "Cleidiane", "Francinete", "Neidinha", "Raimundinha",
        "Wemerson", "Weverton", "Uéslei", "Thayane", "Kauã", "Ketlyn", "Maicon", "Dheyson",
        "Ademir", "Valdomiro", "Juscelino", "Jucineide", "Lucineia",
    ], [
        "Accioly", "Buarque", "Dourado", "Espíndola", "Freyre", "Galvão", "Jucá", "Medrado",
        "Pessoa", "Salgueiro", "Veloso", "Gurgel", "Jatobá", "Maranhão", "Pontes", "Vilaça",
        "Barbalho", "Fontenele", "Gadelha", "Jereissati", "Mourão", "Norões", "Parente", "Rolim",
        "Sobreira", "Albernaz", "Bandeira", "Cerqueira", "Dornelles", "Filgueiras", "Junqueira",
        "Lobato", "Mattoso", "Ribas", "Sodré", "Trindade", "Vilela", "Zanini",
    ]),
    "dominican": (4, [
        "Juanelis", "Yuberkis", "Leonida", "Yinet", "Euridice", "Fremio", "Heiddy", "Indhira",
        "Julissa", "Yunelkys", "Arisleyda", "Nurys", "Yanilsa", "Yubelkis", "Ceferina",
        "Eladia", "Quisqueya", "Sinforosa", "Yaniris",
    ], [
        "Hierro", "Lluberes", "Yunén", "Faña", "Lachapel", "Naut", "Uceta", "Bencosme", "Duvergé",
        "Osoria", "Recio", "Urbáez", "Sued", "Caba", "Dipré", "Guaba", "Pepén",
    ]),
    "puerto_rican": (4, [
        "Gloribel", "Obdulio", "Lizette", "Grisel", "Carmencita", "Nitzia", "Jaritza", "Noelia",
        "Aidita", "Wigberto", "Virgenmina", "Nilmarie", "Darimar", "Migdoel", "Nérida",
        "Brendaliz", "Zaimarie", "Iveliz", "Jannette", "Yazmarie",
    ], [
        "Torrado", "Vidot", "Caquías", "Dedós", "Echandy", "Maisonet", "Quirindongo", "Urdaz",
        "Bracero", "Huertas", "Tosado", "Vellón", "Cotté", "Figueras", "Rullán",
        "Dalmau", "Goyco", "Igartúa", "Jovet", "Pedrogo", "Soliván", "Yulfo", "Pomales", "Tañón",
        "Arzola", "Baerga", "Gierbolini", "Lamourt", "Tolinche",
    ]),
    "ecuadorian": (2, [
        "Olger", "Tarquino", "Enma", "Olmedo", "Rómulo", "Diocelina", "Mesías", "Gualberto",
        "Romel", "Stalin", "Washo", "Abdón", "Clímaco", "Dalinda", "Eudófilo", "Floresmilo",
        "Hermel", "Lastenia", "Marujita", "Pastora", "Segundina", "Neptalí", "Olguita", "Polibio",
        "Telmo", "Ulpiano",
    ], [
        "Sinchi", "Tigsi", "Dután", "Guaillas", "Llivichuzhca", "Zumba", "Chuquimarca", "Criollo",
        "Dumaguala", "Loja", "Mendieta", "Nivelo", "Quinde", "Vizhco", "Yupangui", "Andrango",
        "Cachimuel", "Lligalo", "Pichasaca", "Sanmartín", "Tepán", "Yamasqui",
    ]),
    "colombian": (2, [
        "Albeiro", "Hermides", "Omaira", "Aicardo", "Reinel", "Edilson", "Fernel", "Yulieth",
        "Rosmira", "Uberney", "Yhon", "Ensueño", "Yorladys", "Marleidy", "Eidy", "Estiven",
        "Brahian", "Jairzinho", "Bladimir", "Eucaris", "Libia", "Miryam", "Pubenza",
    ], [
        "Piedrahita", "Suescún", "Cuervo", "Foronda", "Idárraga", "Noreña", "Villada", "Zuleta",
        "Castrillón", "Sossa", "Upegui", "Chica", "Echeverry", "Sanín", "Usma", "Yarce", "Arcila",
        "Múnera",
    ]),
    "guyanese_indo": (2, [
        "Rajkumarie", "Lilowtie", "Chandrawattie", "Bhagwandin", "Parbatie", "Indranie",
        "Rooplall", "Totaram", "Bhojwattie", "Jaiwantie", "Khemwattie", "Latchmin", "Mohanie",
        "Omadatt", "Premnauth", "Rajwantie", "Tilakdharie", "Vidyawattie", "Yashodra",
        "Bissoondai", "Chaitram", "Dhanmattie", "Haimwantie", "Kowsilla", "Mahadai", "Naipaul",
        "Parmanand", "Roopnauth", "Chetram",
    ], [
        "Jagnarine", "Dookhie", "Ramotar", "Harripersaud", "Budhram", "Dindyal", "Etwaroo",
        "Hardeo", "Jainarine", "Parsram", "Sewnarine", "Udit", "Ramsaroop", "Chandarpaul",
        "Kalicharran", "Moonsammy", "Nauth", "Persram", "Seeram", "Hanoman",
    ]),
    "guyanese_afro": (2, [
        "Orin", "Ovid", "Colwyn", "Shondell", "Deryck", "Elroy", "Farrah", "Hilbert", "Rawlston",
        "Teon", "Vibert", "Yonette", "Zoisa", "Alvan", "Dellon", "Eusi", "Garvin", "Oswald",
        "Philbert", "Ulele", "Velda", "Waveney", "Shawnette", "Shonette", "Euclin",
    ], [
        "Crandon", "Bovell", "Bynoe", "Dummett", "Edghill", "Fredericks", "Hoyte",
        "Kellman", "Trotz", "Van Sertima", "Yhap", "Adonis", "Cort", "Gravesande",
        "Harte", "Leitch", "Nedd", "Ramsammy", "Vanlewin", "Wills", "Allicock", "Caesar", "Lyte",
        "Tappin", "Westmaas",
    ]),
    "trinidadian": (2, [
        "Sherwin", "Shurland", "Rondell", "Jowelle", "Kerwin", "Lystra", "Hazarie", "Sookdai",
        "Ramdeo", "Shastri", "Bhoe", "Deokie", "Haniff", "Jameel", "Kamaludin", "Lutchmie",
        "Moonilal", "Nazeer", "Pooran", "Raffique", "Sarran", "Tajmool", "Umilta", "Gervase",
        "Pearlina", "Ulric", "Akil", "Ancil", "Deon", "Kerlene",
    ], [
        "Lezama", "Superville", "Cipriani", "Rambachan", "Seetahal", "Gosine", "Harricharan",
        "Ramsingh", "Bissessar", "Ramoutar", "Achong", "Ahing", "Assing", "Hadeed", "Sabga",
        "Matouk", "Abdool", "Hinkson", "Inniss", "Joefield", "Kangaloo", "Noreiga", "Romany",
        "Tardieu", "Valere", "Yorke", "Charleau", "Dardaine", "Eustace", "Gittens", "Jardine",
        "Rostant", "Villafana",
    ]),
    "grenadian": (1, [
        "Dunstan", "Euralie", "Florentine", "Hyacinthe", "Lenore", "Oswin", "Phinsley", "Esmee",
        "Hermione", "Ignatius", "Modeste", "Pamphile",
    ], [
        "Hosten", "Lalsingh", "La Grenade", "Modeste", "Cadore", "Ollivierre", "Cuffie",
        "Dowden", "Ettienne", "Lazarus", "Nimrod", "Otway", "Telesford", "Calliste", "Dabreo",
        "Hagley", "Kirton", "Marryshow", "Neckles", "Raeburn", "Stroude", "Venner",
    ]),
    "barbadian": (1, [
        "Grantley", "Erskine", "Everson", "Livingstone", "Hallam", "Tennyson", "Wismar",
        "Fitzherbert", "Kerrie", "Shontelle", "Hartley", "Deighton", "Elombe", "Freundel",
        "Kenrick", "Maizie", "Vernese", "Cicely", "Dorrien", "Philmore", "Seibert", "Lisle",
        "Carlyle", "Gline", "Harcourt", "Ianthe", "Jeniffer", "Kenmore", "Neilson", "Selwyn",
        "Tessa", "Clevedon", "Eudene", "Fernella", "Gearline", "Jemma", "Urla", "Vere", "Brereton",
        "Cammie", "Hilton", "Ulric",
    ], [
        "Prescod", "Waithe", "Hoyte", "Gollop", "Belgrave", "Applewhaite", "Kinch", "Mottley", "Sandiford", "Crichlow", "Estwick", "Codrington", "Bushell", "Cadogan", "Grannum", "Jemmott", "Boxill", "Maycock", "Quintyne", "Straughn", "Atherley", "Greenidge", "Sobers", "Drakes", "Straker", "Beckles", "Rollock", "Hunte", "Goodridge", "Outram", "Blades",
    ]),
    "haitian": (3, [
        "Rosemane", "Elimène", "Herode", "Louinès", "Nicodème", "Pradel", "Tisma", "Ulrick",
        "Anouse", "Clairvius", "Elizer", "Fanise", "Ilfrid", "Lucknie", "Oxane", "Poulette",
        "Sonel", "Mirielle", "Chrislande", "Esterlin",
    ], [
        "Nozil", "Ducasse", "Antenor", "Bréval", "Florvil", "Alcé", "Bastia", "Eliacin", "Nau",
        "Phanord", "Tanis", "Valmé",
    ]),
    "jamaican": (3, [
        "Egbert", "Fitz", "Patrece", "Zhane", "Burchell", "Delford", "Shaneka", "Orane", "Jhaneil",
        "Toneisha", "Donique", "Lascell", "Oswin", "Ucal", "Yanick", "Anneka", "Delcia", "Lattoya",
        "Jovaine", "Lushane", "Tarique",
    ], [
        "Mignott", "Finlayson", "Oban", "Edie", "Knibb", "Leiba", "Osbourne", "Titus", "Pennicott",
        "Bromfield", "Porteous", "Tennant", "Abrahams", "Dowe", "Gilzene", "Lumsden", "Muschette",
        "Wilks", "Youngsam", "Hibbert", "Marston",
    ]),
    "akan": (2, [
        "Akyaa", "Kyeiwaa", "Fosuaa", "Ampomaa", "Ebow", "Egya", "Amba", "Ewurabena", "Ewuraesi",
        "Ekuwa", "Akuba", "Ayeyi", "Nyameye", "Kwabenaa", "Adwoba", "Boahemaa", "Oparebea",
        "Gyamfuaa", "Agyeiwa",
    ], [
        "Fordjour", "Yiadom", "Bekoe", "Duah", "Kwakye", "Peprah", "Sakyi", "Tuffour", "Bosompem",
        "Gyekye", "Kodua", "Ohemeng", "Akyea", "Asiamah", "Nimako", "Obiri", "Sekyi", "Kyeremeh",
    ]),
    "wolof": (1, [
        "Maguette", "Bineta", "Codou", "Daba", "Fama", "Gnilane", "Khoudia", "Oumy", "Bassirou",
        "Fallou", "Ndiaga", "Talla", "Youssou", "Mouhamed", "Aliou", "Baye", "Marème", "Nogaye",
    ], [
        "Mboup", "Lo", "Thiaw", "Ciss", "Leye", "Mbodj", "Niasse", "Pouye", "Gningue", "Loum",
        "Mbacké", "Ndiongue", "Wagué", "Diakhaté", "Gadiaga", "Lèye", "Mbow", "Ndione", "Sambou",
        "Thioune", "Yade",
    ]),
    "bambara": (1, [
        "Assitan", "Dramane", "Nianankoro", "Bréhima", "Fousseyni", "Kalifa", "Lassine", "Madou",
        "Nouhoum", "Sidiki", "Tiécoura", "Aïchata", "Diahara", "Nassira", "Sali", "Wassa",
        "Minata", "Sitan", "Kankou", "Dado", "Soumaïla",
    ], [
        "Bagayoko", "Togola", "Fomba", "Ballo", "Mariko", "Berthé", "Cissoko", "Diabaté", "Guindo",
        "Niaré", "Ouologuem", "Sacko", "Goïta", "Kamissoko", "Macalou", "Niangadou", "Sinayoko",
        "Tembely", "Woloba", "Yattara", "Dagnon", "Koïta", "Magassouba", "Tapily", "Doucouré",
        "Danioko",
    ]),
    "ivorian": (1, [
        "Aya", "Affoué", "Amenan", "Kouassi", "Adjoua", "Akissi", "Konan", "Brou", "Gnagne",
        "Ahou", "Amoin", "Ablan", "Ehui", "Gbogou", "Kouakou", "N'Dri", "Tanoh", "Zadi", "Gnali",
        "Yapo", "Dago", "Dalli", "Gnépa", "Nahounou", "Zoro", "Bléhoué", "Déhi", "Gbahé", "Kpan",
        "Oulaï", "Tehé", "Zézé", "Adou", "Kossonou",
    ], [
        "Kouadio", "Kouamé", "Gnahoré", "Ahoua", "Assémian", "Yapi", "Atta", "Akoun", "Beugré",
        "Djédjé", "Gbagbo", "Loukou", "Tapé", "Yobouet", "Zogbo", "Aké", "Boni", "Dibi",
        "Ekra", "Gnamien", "Kacou", "Lasme", "N'Da", "Obou", "Sahiri", "Tanoé", "Wognin", "Zahui",
        "Akpa", "Dagri", "Essoh", "Gbaka", "Kobenan", "Lobognon", "Méité", "Niamké", "Ouraga",
        "Sery", "Tiémélé", "Zouzou",
    ]),
    "yoruba": (2, [
        "Yemisi", "Foluke", "Tolu", "Dupe", "Oyinda", "Abeke", "Alake", "Olaoluwa", "Tiwalade",
        "Ayokunle", "Ebunola", "Jolaade", "Mojirade", "Peju", "Tijesunimi", "Aduke", "Bosede",
        "Olubunmi", "Olusola", "Femisola", "Gbenro", "Lekan", "Muyiwa", "Niran", "Seun", "Tayo",
        "Wole", "Yomi",
    ], [
        "Adebanjo", "Talabi", "Akindele", "Daramola", "Ajibade", "Ogunjimi", "Oyelowo", "Okunade",
        "Kuye", "Olukoya", "Ashiru", "Adeniji", "Ogunmola", "Ogundele", "Olaleye", "Akinde",
        "Ogunyemi", "Odusanya", "Ogunwale", "Oyesiku", "Fawehinmi", "Soyemi", "Ogunkoya", "Kuteyi",
    ]),
    "sylheti": (2, [
        "Rupali", "Shamsul", "Ashik", "Jubair", "Hafsa", "Aklima", "Bilkis", "Golapi", "Hasna",
        "Kulsuma", "Laily", "Nurjahan", "Umme", "Badrul", "Enamul", "Faruk", "Giash", "Helal",
        "Mukul", "Zakir", "Ayub", "Shipon", "Rumana", "Morium", "Shuhel", "Shahed", "Lutfur",
        "Atiqur", "Fozlu", "Kobir", "Mujibur", "Ataur",
    ], [
        "Shikdar", "Mazid", "Siddiky", "Mondol", "Mollik", "Jomadar", "Akond", "Hoque", "Miya",
        "Tapader", "Mojumder", "Choudhuri", "Bakth", "Nomani", "Abedin", "Joarder", "Mustafiz",
        "Sylhety", "Chowdhuri", "Bhuyian", "Khandakar", "Sikdar", "Dewani", "Pir",
    ]),
    "sherpa": (1, [
        "Phinjo", "Lakpa", "Doma", "Yangji", "Fura", "Kami", "Chhoki", "Lhamu", "Kili", "Jangbu",
        "Furtemba", "Ngima",
    ], [
        "Sherpani", "Gyalzen", "Moktan", "Ghising", "Lopchan", "Waiba", "Bomjan", "Syangtan",
        "Pakhrin",
    ]),
    "tibetan": (1, [
        "Choedon", "Sangye", "Pema", "Lhakyi", "Dolkar", "Choephel", "Ngodup", "Wangchuk",
        "Kunchok", "Yudron", "Chime", "Deki", "Norzin",
    ], [

    ]),
    "fuzhou": (3, [
        "Mingxin", "Jinzhu", "Shuiqing", "Yiqiang", "Ruimei", "Shuiying", "Bingzhong", "Dengfeng",
        "Fuqing", "Huaxing", "Jianxin", "Kaimin", "Lianfang", "Meizhu", "Naiqing", "Rongguang",
        "Tianfu", "Wenqing", "Xiaoxia", "Yuehua", "Zhongxin", "Aiqin", "Bixia", "Caifeng",
        "Duanmei", "Fengzhu", "Jinling", "Lixiang", "Qiuxiang", "Ruiqin", "Shuzhu", "Zhuying",
        "Yimin", "Jinshui", "Mingshui", "Yongxiang", "Chunxiang",
    ], [
        "Ni", "Kiu", "Yii", "Hii", "Sia", "Ngieng", "Diong", "Nguong", "Daing", "Siew", "Gongye",
        "Ceng", "Ge",
    ]),
    "teochew": (1, [
        "Ratanak", "Makara", "Nimol", "Sokunthy", "Wanchai", "Wiroj",
        "Kimseng", "Suelan", "Geokeng", "Kianhua", "Chuiheng", "Huatseng", "Ahkow", "Beehoon",
        "Sokly", "Chanly", "Kimleang", "Lyheng", "Seavmey", "Sopheak", "Kimhong",
    ], [
        "Sae-Eaw", "Sae-Ngow", "Sae-Kow", "Khor", "Teh", "Heah", "Ng", "Kua", "Seow",
        "Taing", "Kheang",
    ]),
    "hasidic": (3, [
        "Feivish", "Shloimy", "Tuly", "Surry", "Aron", "Burech", "Chesky", "Lipa", "Mordche",
        "Yechiel", "Zishe", "Aidel", "Dvory", "Etty", "Udel", "Bentzion", "Lazer",
        "Naftuli", "Lipot", "Sruly", "Itche", "Fishel", "Getzel", "Leizer", "Nuchem", "Pinye",
        "Breina", "Chaiky", "Gitel", "Leiky", "Nechy", "Tziry", "Vichna", "Yachet", "Chedva",
        "Dreizel", "Gella", "Jachet", "Kreindel", "Raitza", "Shprintzy", "Chatzkel", "Eizik",
        "Izzy", "Koppel", "Lemmel", "Nosson", "Shimmy", "Tovia", "Wolfie", "Binyomin", "Gedalya",
        "Herzl", "Yehoshua", "Zisha",
    ], [
        "Jungreis", "Biegeleisen", "Blum", "Wercberger", "Bernath", "Dembitzer", "Eichenstein",
        "Neuman", "Vorhand", "Wertzberger", "Yunger", "Zelmanovits", "Czinner", "Mandel", "Pollak",
        "Tirnauer", "Weinberger", "Stauber", "Gancz", "Rabinowicz", "Greenwald", "Rosner",
        "Strulovic", "Grunfeld", "Lemberger", "Mittelman", "Nachmias", "Reisman",
        "Vizel", "Zicherman", "Eisner", "Hollander", "Lowinger", "Neiman", "Pfeffer", "Yanofsky",
    ]),
    "bukharian": (1, [
        "Ilyos", "Nisim", "Avner", "Imanuel", "Aron", "Lev", "Markhamat", "Oshir", "Rakhmin",
        "Bokhor", "Khaim", "Mazol", "Rokhel", "Yokhaved", "Ezro", "Bension", "Ilkhan", "Khanum",
        "Muhabbat", "Neriya", "Sion", "Tsiona", "Mirra", "Khizkiyo",
    ], [
        "Davidov", "Kandinov", "Mavashev", "Aronbaev", "Aminova", "Babakhanov", "Daniyelov",
        "Elizarov", "Levitin", "Malakov", "Osherov", "Rakhamimov", "Tadzhiev", "Umanov", "Zirkiev",
        "Avezov", "Bangiev", "Catanov", "Ezrakhiev", "Fatakhov", "Gulkarov", "Iskandarov",
        "Kimyagarov", "Mushiev", "Pulatov", "Samandarov", "Tsirlin", "Yusufov", "Akilov",
        "Benyaminov", "Kuyenov", "Mordukhaev", "Nadzhari", "Rakhminov", "Simkhaev",
    ]),
    "syrian_jewish": (1, [
        "Sarina", "Ikey", "Lillian", "Sammy", "Vicky", "Abie", "Sion", "Margie", "Teddy", "Hymie",
        "Mickey", "Solly",
    ], [
        "Safdieh", "Sitt", "Betesh", "Beyda", "Shalom", "Esses", "Jemal", "Antebi", "Zeitoune",
        "Hidary", "Kassin", "Haber", "Maleh", "Dabah", "Abadi", "Adjmi", "Anteby", "Bawabeh",
        "Dayon", "Entebi", "Faks", "Gemal", "Hafif", "Hedaya", "Kairey", "Kamaveh", "Mamiye",
        "Nakash", "Ovadia", "Rahmey", "Saka", "Shamah", "Shasho", "Swed", "Tebele", "Zalta",
        "Zayat", "Ades", "Azrak", "Chera", "Duek", "Escava", "Ftaya", "Jajati", "Kishk", "Massry",
        "Nasar", "Setton", "Shammah", "Zeltser",
    ]),
    "russian": (2, [
        "Boleslav", "Izrail", "Iosif", "Nikodim", "Olimpiada", "Taisia", "Ulyan", "Tsezar",
        "Yulian", "Yakim", "Aglaya", "Bronislava", "Yevdokia", "Tikhon", "Filipp", "Emiliya",
        "Yaropolk", "Galya", "Borya", "Fima", "Valya", "Volodya", "Dusya", "Shura",
    ], [
        "Gorelik", "Zhitomirsky", "Abrikosov", "Dyachenko", "Kalinin", "Maslova",
        "Nesterov", "Rozhkov", "Timofeeva", "Ushakov", "Fadeev", "Shubin",
        "Shchukina", "Yudin", "Belyakova", "Gromova", "Yefimova", "Zimin", "Kiselyova",
        "Melnikova", "Rusakova", "Tarasova", "Ulyanov", "Filatova", "Tsarev", "Chistyakova",
        "Sharov", "Shchedrin", "Eidelman", "Kogan", "Gurevich", "Katsnelson", "Vaisman", "Lurie",
        "Portnoy", "Aizenberg", "Dvorkin", "Epshtein", "Fridman", "Khazanov", "Lipkin",
        "Mandelstam", "Pevzner", "Shenderovich", "Tsukerman", "Vilensky", "Zaslavsky",
    ]),
    "georgian": (1, [
        "Guram", "Tornike", "Nugzar", "Lali", "Natela", "Tsitsino", "Marekhi", "Dali", "Ekaterine",
        "Gvantsa", "Nestan", "Tinatin", "Rusudan", "Medea", "Koba", "Gela", "Badri", "Jemal",
        "Temur", "Archil", "Avtandil", "Besik", "Dato", "Kakha", "Merab", "Paata", "Soso",
        "Teimuraz", "Beka", "Nika",
    ], [
        "Khutsishvili", "Gabunia", "Gvaramia", "Abuladze", "Chanturia", "Eliava", "Gamsakhurdia",
        "Iashvili", "Melikishvili", "Orbeliani", "Papava", "Robakidze", "Sulakauri", "Tabidze",
        "Vashakidze", "Zodelava", "Andguladze", "Berishvili", "Chachua", "Darchia", "Eradze",
        "Gigauri", "Inasaridze", "Jorjadze", "Kharaishvili", "Lekishvili", "Natsvlishvili",
        "Okujava", "Pirtskhalava", "Rukhadze", "Tsomaia", "Urushadze", "Vardanidze", "Zarandia",
        "Kipiani", "Mgaloblishvili", "Svanidze", "Tsintsadze", "Khachidze", "Gelovani",
    ]),
    "uzbek": (1, [
        "Bakhodir", "Zulfiya", "Mukhabbat", "Aziza", "Davron", "Elyor", "Farkhod", "Gayrat",
        "Ikrom", "Jakhongir", "Kamoliddin", "Lochin", "Mirzo", "Nodir", "Pulat", "Temur", "Umid",
        "Khurshid", "Abror", "Gulbahor", "Iroda", "Oydin", "Rano", "Mohira", "Munisa", "Saodat",
        "Tursunoy",
    ], [
        "Normatov", "Akhmedov", "Rakhimova", "Nazarova", "Eshonkulov", "Ismoilov", "Ochilov",
        "Pardaev", "Toshpulatov", "Xolmirzaev", "Yakubova", "Avazov", "Bozorov", "Djuraev",
        "Hamroev", "Islomov", "Kurbanov", "Mavlonov", "Nematov", "Olimov", "Pirmatov", "Shukurov",
        "Tillaev", "Urinov", "Xasanov", "Zaripov", "Makhmudov", "Qosimov", "Tojiev",
    ]),
    "tajik": (1, [
        "Farhod", "Mehrona", "Bahrom", "Jamshed", "Sitora", "Manizha", "Khurshed", "Dilafruz",
        "Sadbarg", "Abdurahmon", "Daler", "Faridun", "Gulru", "Hurshed", "Kamol", "Latofat",
        "Mahmadali", "Nazokat", "Orzu", "Rahmatullo", "Sunatullo", "Umed", "Zebo", "Behruz",
        "Dilovar", "Gulnoza", "Khosiyat", "Mavjuda", "Nigora", "Safar", "Shodmon", "Tojiddin",
        "Ziyovuddin", "Oisha", "Parvona", "Rukhshona", "Sabohat", "Umeda",
    ], [
        "Rahmon", "Sharifzoda", "Nazarzoda", "Qurbonov", "Davlatov", "Safarov", "Kurbonova",
        "Rahimzoda", "Sattorov", "Hakimov", "Mahmadaliev", "Odinaev", "Bobojonov", "Abdulloev",
        "Davlatzoda", "Faizulloev", "Ghafurov", "Hasanzoda", "Ismoilzoda", "Jononov", "Karimzoda",
        "Mirzoev", "Nabiev", "Pirov", "Qodirzoda", "Rajabov", "Saidzoda", "Tursunzoda",
        "Usmonzoda", "Yusufzoda", "Zoirov", "Ashurov", "Bahromov", "Dodkhudoev", "Emomali",
        "Fathulloev", "Gulov", "Imomov", "Jumaev", "Kholov", "Lutfulloev", "Mavlonzoda", "Nurov",
        "Olimzoda", "Rahimov", "Sharipova", "Toirov", "Vohidov", "Yorov", "Zuhurov",
        "Asadullozoda", "Sodiqov", "Khudoyorov",
    ]),
    "albanian": (1, [
        "Luljeta", "Bardhyl", "Përparim", "Sokol", "Ermira", "Aferdita", "Bukurije", "Dhurata",
        "Hyrije", "Jonida", "Klodiana", "Lumturi", "Manjola", "Orjeta", "Suela", "Tefta",
        "Vojsava", "Adriatik", "Gjergj", "Nikollë", "Shkëlqim", "Tonin", "Zef", "Prenk", "Kolë",
        "Marash", "Ndue", "Pashko", "Vat", "Lucjeta", "Drane", "Mrika", "Vitore",
    ], [
        "Prifti", "Kuka", "Lulaj", "Ukaj", "Sinanaj", "Ahmetaj", "Gojcaj", "Nrecaj", "Gjelaj",
        "Haxhiaj", "Kalaj", "Lucaj", "Mirdita", "Nikaj", "Pepaj", "Rrukaj", "Shkreli", "Tinaj",
        "Vuljaj", "Zefaj", "Hasanaj", "Duhanxhiu", "Kadare", "Kokoshi", "Topalli", "Bushati",
        "Gega", "Kastrioti", "Malaj", "Pllumi", "Cani", "Deda", "Gjeçi", "Kacaj", "Ndoja",
        "Prendi", "Shyti", "Ujka", "Vukaj", "Zadeja",
    ]),
    "kosovar": (1, [
        "Driton", "Fitore", "Labinot", "Besart", "Donjeta", "Edona", "Mergim", "Qendrim", "Rinor",
        "Zana", "Albulena", "Elvana", "Flaka", "Gresa", "Jehona", "Kosovare", "Shqipe", "Yllka",
        "Bekim", "Dardan", "Egzon", "Gent", "Hekuran", "Ismet", "Jeton", "Kushtrim", "Lirim",
        "Milaim", "Pajtim", "Rexhep", "Shpend", "Ukshin", "Visar", "Xhemajl", "Yll", "Zenel",
        "Lendita", "Ardian", "Arianit", "Sabit",
    ], [
        "Sylejmani", "Kryeziu", "Llapashtica", "Ajeti", "Dema", "Gjinovci", "Islami", "Maloku",
        "Qorri", "Abazi", "Beqiri", "Çitaku", "Demolli", "Emini", "Fetahu", "Gjonbalaj", "Hoxhaj",
        "Ibrahimi", "Jakupi", "Kuçi", "Lajçi", "Nimani", "Podvorica", "Tërnava", "Ukaj", "Vitija",
        "Zeka",
    ]),
    "greek": (1, [
        "Agapi", "Popi", "Frosso", "Iphigenia", "Kanella", "Merope", "Nikoletta", "Rodanthi",
        "Chrysovalantou", "Theoktisti", "Panorea", "Stamatina", "Despo", "Kalomoira", "Lemonia",
        "Nikolitsa", "Polychronis", "Thekla", "Evgenios", "Menelaos", "Nikiforos", "Vyron",
        "Yiorgos", "Damianos", "Grigorios", "Iason", "Kimon", "Lysandros", "Nestoras", "Tryfon",
        "Panos", "Babis", "Sakis", "Lakis", "Makis", "Kostakis", "Tasia", "Koula",
    ], [
        "Balafoutis", "Lambrou", "Moustakas", "Alexandrakis", "Bouboulis", "Hadjipetrou",
        "Kalogeras", "Louloudis", "Papathanasiou", "Rigopoulos", "Xylouris", "Zachariou",
        "Apostolakis", "Chrysafis", "Evangelatos", "Gavalas", "Kapsalis", "Vamvakas",
        "Zoumboulakis", "Papoutsakis", "Voutsinas",
    ]),
    "neapolitan": (1, [
        "Ciccio", "Peppe", "Titina", "Assuntina", "Carmeniello", "Ciruzzo", "Enzuccio",
        "Gaetanino", "Lucariello", "Mariarosaria", "Pasqualino", "Raffaelina", "Sasà", "Tittina",
        "Vincenzino", "Genoveffa", "Immacolatina", "Gigino", "Pupetta",
    ], [
        "Iovine", "Capasso", "Cuomo", "Amitrano", "Improta", "Formisano", "Ammendola", "Cacace",
        "Iervolino", "Cozzolino", "Langella", "Ascione", "Palomba", "Aprea", "Acampora",
        "Borrelli", "Cascone", "Falanga", "Guarracino", "Iaccarino", "Maione", "Nappi", "Orefice",
        "Terracciano", "Uccello", "Varriale", "Zinno", "Barone", "Carotenuto",
        "Ercolano", "Fiorillo", "Gargiulo", "Imparato", "Lanzetta", "Raiola", "Savarese", "Tufano",
        "Vastarella", "Zurlo", "Attanasio", "Buonomo", "Cerciello", "Izzo", "Longobardi",
        "Nocerino", "Perna", "Scarpato", "Trocchia", "Visone",
    ]),
    "calabrese": (1, [
        "Cono", "Agazio", "Fedele", "Innocenza", "Michelina", "Nunziata", "Ilario",
        "Ntoni", "Rocchino", "Cicca", "Tota", "Ntonia",
    ], [
        "Mammoliti", "Nirta", "Barbaro", "Commisso", "Scopelliti", "Zappia", "Pangallo", "Sergi",
        "Iaria", "Lo Giudice", "Catanzariti", "Trimboli", "Zumbo", "Furfaro", "Bova", "Condello",
        "Ficara", "Giampà", "Iamonte", "Labate", "Macrì", "Nucera", "Oppedisano", "Piromalli",
        "Quattrone", "Rechichi", "Saraceno", "Tripodi", "Ursino", "Versace", "Zagari", "Bellocco",
        "Cordì", "Dattilo", "Fazzari", "Gullace", "Ierinò", "Lucisano", "Nasone", "Palamara",
        "Raso", "Scordo", "Vottari", "Arena", "Bruzzese", "Filippone", "Iannello", "Loiero",
        "Mollica", "Nicolò", "Riggio", "Spanò", "Tassone", "Violi", "Crea", "Bagalà", "Chirico",
        "Minniti", "Praticò", "Siclari", "Zoccali",
    ]),
    "irish": (2, [
        "Fionnbarra", "Neasa", "Seánie", "Conchúr", "Ailill", "Caoilfhionn", "Gormlaith",
        "Taidhgín", "Flannán", "Lochlann", "Mánus", "Pilib", "Riocard", "Tiarnán", "Aonghus",
        "Dubhghlas", "Fearghus", "Muircheartach", "Séadna", "Nóirín", "Croía", "Éile", "Fionnait",
        "Máire", "Síofra", "Daire", "Pól",
    ], [
        "Ó Dónaill", "Ó Briain", "Ní Mhurchú", "Mac Aodha", "Ó Conchúir", "Ní Chonaill",
        "Ní Dhomhnaill", "Mac Conmara", "Ó Gallchóir", "Ní Ghallchóir", "Ó Flaithbheartaigh",
        "Ní Fhlaithbheartaigh", "Ó Cearbhaill", "Mac Diarmada", "Ó hAodha", "Ó Sé", "Ó Ríordáin",
        "Ní Mhaoláin", "Ní Mháille", "Mac Fhionnlaoich", "Ó Cathasaigh", "Ní Choileáin",
        "Ó Donnabháin", "Ó Caoimh", "Ó Grádaigh", "Ní Ghrádaigh", "Ó Síocháin", "Ó Treasaigh",
        "Mac Craith", "Ó Duibhir", "Ó hEadhra", "Ní Bhraonáin", "Ó Floinn", "Ó Ceallacháin",
        "Ó Searcaigh",
    ]),
    "polish": (2, [
        "Dobrosława", "Katarzyna", "Jurek", "Franek", "Grzesiek", "Wojtuś", "Krzyś", "Małgosia",
        "Bożenka", "Halinka", "Grażynka", "Czesiek", "Danusia", "Wiesia", "Stasia", "Bogusia",
        "Genia", "Irenka", "Jola", "Kazia", "Wandzia", "Darek", "Edek", "Ignaś", "Jarek", "Kazik",
        "Romek", "Sławek", "Witek", "Maciek", "Ciechosław", "Dzierżysław", "Gniewomir", "Jaropełk",
        "Mścisław", "Przybysław", "Sędziwój", "Świętosław", "Wszebor", "Zbysław", "Ziemowit",
        "Dobrogost", "Jaromir", "Lubomira", "Radosława", "Sławomira", "Scholastyka", "Petronela",
        "Bibiana",
    ], [
        "Żółkiewski", "Gwiazdowski", "Wróblewska", "Wilk", "Śliwiński", "Bielecki", "Domański",
        "Ejsmont", "Hajduk", "Leśniak", "Nowicka", "Orłowski", "Pająk", "Sikorska", "Tomczak",
        "Chmiel", "Jaworska", "Maciejewski", "Nowakowski", "Pawłowski", "Marciniak", "Gołąb",
        "Sowa", "Wrona", "Czapla", "Kruk", "Szpak",
    ]),
    "ukrainian": (1, [
        "Paraska", "Lev", "Odarka", "Tamila", "Bohdanka", "Yarko", "Ivanko", "Fedora", "Petrus",
        "Stefko", "Mykolka", "Vasylko", "Oksanka", "Halia", "Hrytsko", "Dmytryk", "Olenka",
        "Nastia", "Darka", "Ustyna", "Tymofiy", "Nadiika", "Teklia", "Paraskeva", "Ahafiya",
        "Hryts", "Ivas", "Andrusia",
    ], [
        "Dzhus", "Dorosh", "Nazaruk", "Pasichnyk", "Ustymenko", "Vakhnyuk", "Babiy", "Demchuk",
        "Hudz", "Tsymbal", "Zelinsky", "Kuzmych", "Yurkiv", "Stefanyshyn", "Kolodiy", "Kostyshyn",
        "Tymchyshyn", "Kyryliuk", "Malanchuk", "Nykyforuk",
    ]),
    "maronite": (1, [
        "Rafqa", "Nehmetallah", "Doumit", "Gerges", "Wardé", "Zalfa", "Akl", "Chucri", "Saydeh",
        "Mouna",
    ], [
        "Bassil", "Boustany", "Chalhoub", "Akiki", "Gebran", "Salibi", "Abdo", "Mouawad", "Zakhia",
        "Karkafi", "Doumit", "El Khazen", "Keyrouz", "Tarabay", "Bejjani", "Germanos", "Habchi",
        "Khalife", "Yazbeck", "Bechara", "Chaaya",
    ]),
    "coptic": (1, [
        "Ramy", "Mervat", "Samia", "Youannes", "Wissa", "Fawzy", "Antonious", "Dimyan", "Eskander",
        "Feloupateer", "Isidorus", "Nardine", "Pakhomious", "Refaat", "Verena", "Wagih", "Yostina",
        "Amany", "Lobna", "Mirette", "Meray", "Maged", "Raafat", "Atef", "Sobhy",
    ], [
        "Ghali", "Botros", "Rizkalla", "Kamel", "Yassa", "Gayed", "Nessim", "Barsoum", "Azer",
        "Faltas", "Ishak", "Beshay", "Bolous", "Demian", "Ebeid", "Fanous", "Gerges", "Iskaros",
        "Labib", "Matta", "Philobos", "Rofail", "Samaan", "Tawadros", "Bakhoum", "Estafanous",
        "Gobran", "Kaldas", "Loka", "Mankarious", "Qelada", "Sidhom", "Takla", "Boctor", "Doss",
        "Henein", "Messiha", "Sedrak", "Tanious", "Wadie",
    ]),
    "palestinian": (1, [
        "Jihan", "Alaa", "Diala", "Eyad", "Haneen", "Kifah", "Feras", "Layan", "Razan", "Tharwat",
    ], [
        "Qawasmeh", "Zaatari", "Natsheh", "Abed", "Abu Khdeir", "Shawa", "Habash", "Salah",
        "Erekat", "Faraj", "Ghanim", "Hamouda", "Irshaid", "Lahham", "Musleh", "Rantisi", "Zaqout",
        "Abu Hamdiyeh", "Bazian", "Dahlan", "Hammami", "Jubran", "Nazzal", "Qumsiyeh", "Abu Laban",
        "Budeiri", "Kawasmi", "Muhtaseb", "Salfiti", "Tuqan", "Shraim", "Abu Sneineh", "Hlayel",
    ]),
    "armenian": (1, [
        "Nareh", "Garabed", "Mardiros", "Araxie", "Shoghig", "Rouben", "Alis", "Berj", "Ervand",
        "Haik", "Jirair", "Kegham", "Manik", "Nubar", "Ohan", "Parsegh", "Vache", "Yeghia",
        "Anahid", "Baghdasar", "Chake", "Dzovig", "Eliz", "Haigouhi", "Khachig", "Lorig", "Maro",
        "Osanna", "Perouz", "Sossi", "Tsoghik", "Yervant", "Zarmine", "Armineh", "Vartouhi",
        "Sirvart",
    ], [
        "Kalustyan", "Derderian", "Chobanian", "Najarian", "Tcholakian", "Atamian", "Minassian",
        "Hamparian", "Karakashian", "Lusararian", "Malkhasian", "Poladian", "Seferian",
        "Tufenkian", "Voskerichian", "Yeretsian", "Zadoorian", "Asadourian", "Bozajian",
        "Elmassian", "Frangulian", "Ghougassian", "Hekimian", "Mouradian", "Nersessian",
        "Pilibossian", "Sahagian", "Titizian", "Yeghiazarian", "Kabakian",
    ]),
    "turkish": (1, [
        "Sevgül", "Nurhan", "Hülya", "Şükriye", "Zübeyde", "Ercüment", "Tuğrul", "Oğuzhan",
        "Selahattin", "Şenol", "Canan", "Kezban", "Meral", "Nazan", "Perihan", "Rukiye", "Saadet",
        "Ülkü", "Vildan", "Erol", "Mesut", "Orhan", "Serdar", "Tayfun", "Yavuz", "Zeki", "Halis",
        "Şaban", "Muharrem", "Ramazan", "Sevda", "Nuray", "Gülten", "Fadime",
    ], [
        "Kılıçdaroğlu", "Türkoğlu", "Eroğlu", "Demirci", "Saraçoğlu", "Yücel", "Ağaoğlu",  # noqa: RUF001
        "Kahveci", "Balcı", "Lale", "Varol", "Yazıcı", "Duman", "Erdem", "Gürbüz", "Halıcı",  # noqa: RUF001
        "Kabadayı", "Metin", "Ünal", "Yavuzer", "Çakmak", "Çiftçi", "Dönmez", "Eskici", "Gezer",  # noqa: RUF001
        "Toprak", "Kuyucu", "Sağlam",
    ]),
    "pakistani": (2, [
        "Sajid", "Nasreen", "Mussarat", "Ishrat", "Kausar", "Robina", "Ume Kulsoom", "Arshad",
        "Ejaz", "Iftikhar", "Liaquat", "Pervaiz", "Zahid", "Zulfiqar", "Shumaila", "Nayyar",
    ], [
        "Gillani", "Kayani", "Dasti", "Lashari", "Kharal", "Gorsi", "Khilji", "Joiya", "Khwaja",
        "Hasnain", "Jaffery", "Kamboh", "Maken", "Aslam", "Tufail", "Rehmani", "Bangash",
        "Marwat", "Kundi", "Gandapur", "Tareen", "Hotiana", "Kahloon", "Sukhera", "Wyne", "Hiraj",
        "Daha",
    ]),
    "gujarati": (2, [
        "Pravinbhai", "Dhiren", "Rasik", "Sonal", "Bharatbhai", "Ishwar", "Jitendra", "Mahendra",
        "Naresh", "Amita", "Purvi", "Parth", "Keyur", "Mehulbhai", "Shantaben", "Kamlaben",
        "Dahyabhai", "Ambalal", "Ranchhodbhai", "Govindbhai",
    ], [
        "Champaneri", "Lalbhai", "Sheth", "Adhvaryu", "Darji", "Kansara", "Luhar", "Mankad",
        "Chavda", "Hathi", "Kachchhi", "Mavani", "Ruparelia", "Sejpal", "Bhimani", "Chandarana",
        "Ganatra", "Majithia", "Nathwani", "Radia", "Shingala", "Vekaria",
    ]),
    "malayali": (1, [
        "Saju", "Jiji", "Lissy", "Achamma", "Sabu", "Aby", "Anu", "Jilu", "Ittyavira", "Thampy",
        "Ulahannan", "Ammini", "Mollykutty", "Saramma", "Kunjachan", "Kochappan", "Tomy", "Benny",
        "Jaison", "Jinto", "Siju", "Vinu", "Beena", "Jessy", "Reena", "Sheeba", "Rincy",
        "Ponnamma", "Kunjannamma", "Aniyan",
    ], [
        "Kalathil", "Vadakkedath", "Mannanal", "Parampil", "Vettickal", "Pulimoottil", "Kandathil",
        "Arackal", "Chennattu", "Elavathingal", "Kaduthodil", "Kattakayam", "Nedumpurath",
        "Pallivathukal", "Vazhappilly", "Ambattu", "Chalissery", "Erinjeri", "Kochupurackal",
        "Mattathil", "Neduvelil", "Padinjarekara", "Thekkumthala", "Kollamparambil", "Illickal",
        "Muttathil", "Karimpanal", "Chemmanam", "Kuzhikandathil", "Mylaparambil", "Njavally",
        "Oonnoonny", "Plathottam", "Vattakunnel", "Kanjirathingal", "Kadavil", "Moolayil",
        "Thoppil", "Kooran", "Moozhiyil", "Pazhayattil", "Vayalil", "Kakkanattu", "Chembakassery",
        "Thazhathu",
    ]),
    "filipino": (2, [
        "Junjun", "Pinggoy", "Kathlyn", "Nida", "Mariflor", "Dingdong", "Jinggoy", "Pempe",
        "Tetay", "Lenlen", "Joyjoy", "Ningning", "Jayar", "Rheymart", "Johnpaul", "Archie",
        "Jojit", "Noynoy", "Dionela", "Nelia", "Oscarina",
    ], [
        "Lising", "Nacino", "Laxamana", "Yumang", "Abrenica", "Cruzat", "Flordeliza", "Limcaoco",
        "Magdangal", "Nakpil", "Quiazon", "Tecson", "Cacanindin", "Daproza", "Ebreo", "Galapon",
        "Himalin", "Pasion", "Quitevis", "Racadio", "Saguid", "Ubungen", "Valdepeñas",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (flowers, fish, trades, virtues).
# Some are common as given names in Ghana, Nigeria and the Caribbean (Godsway, Prophet,
# Carnation); the family names are English, Bajan and Irish surnames (Farthing, Bream, Sobers).
WORD_GIVEN = [
    "Genius", "Valour", "Carnation", "Prophet", "Godsway", "Godslove", "Freesia", "Fuchsia",
    "Lupin", "Betony", "Amaryllis", "Jonquil", "Primula", "Ixora", "Cassia", "Ambrosia",
    "Caesar", "Churchill", "Forgiveness", "Conquest", "Narcissus",
    "Skylark", "Emperor", "Pharaoh", "Meekness", "Edelweiss",
]  # fmt: skip
WORD_FAMILY = [
    "Blades", "Shearer", "Lister", "Brazier", "Sweetman", "Halfpenny", "Farthing",
    "Tench", "Bream", "Plaice", "Sprat", "Pilchard", "Winkle", "Turbot", "Ironmonger",
    "Bellringer", "Goodhand", "Bullfinch", "Wildgoose", "Rainbird", "Honeyball",
    "Sobers", "Drakes", "Shillingford", "Fairbrother", "Moorhen",
]  # fmt: skip

# What family, neighbours and the block call people: diminutives and street names.
NICKNAMES = [
    "Chichí", "Boysie", "Mags", "Chago", "Millo", "Guille", "Pepo", "Mono", "Lanky",
    "Dread", "Teacha", "Tallboy", "Redman", "Frenchie", "Chouchou", "Nenen", "Whisky",
    "Sixpence", "Kipper", "Snapper", "Chuckles", "Porridge", "Dingdong", "Junjun", "Pinggoy",
    "Jinggoy", "Titina", "Ciccio", "Peppe", "Sasà", "Gigino", "Pupetta", "Ntoni",
    "Borya", "Fima", "Shura", "Galya", "Valya", "Dusya", "Volodya", "Surry", "Tuly", "Shloimy",
    "Chesky", "Izzy", "Wolfie", "Shimmy", "Babis", "Sakis", "Lakis", "Makis", "Koula", "Washo",
    "Marujita", "Olguita", "Neidinha", "Zezinha", "Kinzinha", "Djudjú", "Txutxa", "Tchetcha",
    "Lulucha", "Nandinha", "Seánie", "Darek", "Jarek", "Romek", "Witek", "Maciek", "Kazik",
    "Stefko", "Hrytsko", "Vasylko", "Olenka", "Kostakis", "Lekan", "Yomi", "Tayo", "Seun",
]  # fmt: skip

# Russian, Ukrainian and Bukharian middle names from the father's name.
PATRONYMICS = [
    "Arkadyevna", "Semyonovich", "Grigoryevna", "Ilyich", "Ivanovich",
    "Aleksandrovna", "Nikolaevna", "Vladimirovna", "Yakovlevich",
    "Abramovna", "Naumovich", "Moiseyevna", "Iosifovich", "Lvovna", "Efimovich", "Davidovna",
    "Solomonovich", "Isaakovna", "Markovich", "Yefimovna", "Gavrilovich", "Khaimovna",
    "Rafaelovich", "Yakubovna", "Stepanivna", "Mykolaiovych", "Vasylivna", "Petrovych",
    "Bohdanivna", "Tarasovych", "Ivanivna", "Ostapovych", "Fedorivna", "Hryhorovych",
    "Tikhonovna", "Prokhorovich", "Savelyevna", "Zakharovich", "Kuzmich", "Filippovna",
    "Vitalyevna", "Yulianovich", "Izrailevna",
]  # fmt: skip

# Family name first, as it is written at home and often on forms ("Hii Jinzhu", "Taing Sokly").
FAMILY_FIRST = {"fuzhou", "teochew"}
# Father's and mother's surnames ("Yuberkis Lluberes Faña", "Wigberto Maisonet-Tañón").
DOUBLE_SURNAME = {"dominican", "puerto_rican", "ecuadorian", "colombian"}
# Portuguese naming: two family names, sometimes with a particle ("Prazeres dos Paim").
PORTUGUESE = {"cape_verdean", "azorean", "brazilian"}
PATRONYMIC = {"russian", "ukrainian", "bukharian"}
# Father's given name as the middle name ("Jitendra Ambalal Sheth"), or house name first
# among Syrian Christians of Kerala ("Kalathil Kurian Saju"); Filipino maternal middle surname.
FATHER_MIDDLE = {"gujarati", "malayali", "pakistani", "sylheti"}
# Tibetans carry two given names and no family name; the second is filed as the surname.
TWO_GIVEN = {"tibetan", "sherpa"}
PARTICLES = {"de", "da", "do", "dos", "das", "di", "lo", "la", "van", "el", "al", "abu", "abi",
             "bou", "o", "ó", "ní", "mac", "ni", "st", "le", "del"}  # fmt: skip

GEN_SUFFIX = ["Jr", "Jr.", "II", "III"]

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


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


# Letter pairs that read as a title or credential are never used as a person's initials.
_NOT_INITIALS = {"MD", "DO", "PA", "RN", "NP", "MS", "MR", "DR", "RD", "PT", "OT", "ST", "SR", "JR",
                 "LPN", "CNA", "HHA", "PHD", "DDS", "NS", "SW", "RT", "CM"}  # fmt: skip


def _pair(rng: random.Random, first: str) -> str:
    """A first initial and a middle initial that do not spell a credential."""
    while True:
        pair = f"{first}{_initial(rng)}"
        if pair not in _NOT_INITIALS:
            return pair


def _givens(origin: str) -> list[str]:
    return ORIGINS[origin][1]


def _families(origin: str) -> list[str]:
    # Tibetans and many Sherpas are filed under their second given name.
    return ORIGINS[origin][2] or ORIGINS[origin][1]


def _family(rng: random.Random, origin: str) -> str:
    last = rng.choice(_families(origin))
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.35 and " " not in last:
        other = rng.choice(_families(origin))
        if other != last and " " not in other:
            return f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if origin in PORTUGUESE and roll < 0.25 and " " not in last:
        other = rng.choice(_families(origin))
        if other != last and " " not in other:
            return f"{other} {last}"
    if roll < 0.05 and " " not in last and "-" not in last:  # married across the network
        other = rng.choice(_families(_origin(rng)))
        if " " not in other and "-" not in other and other != last:
            return f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(_givens(origin)), _family(rng, origin)
    if origin in TWO_GIVEN and last == first:
        last = rng.choice(_families(origin))
    if rng.random() < 0.18:  # typed on a phone without accents
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return rng.choice(WORD_GIVEN), _family(rng, _origin(rng))
    return rng.choice(_givens(_origin(rng))), rng.choice(WORD_FAMILY)


def person(rng: random.Random, _split: str = "tune13") -> tuple[str, str]:
    if rng.random() < 0.17:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune13") -> str:
    return person(rng)[1]


def _given_part(first: str) -> str:
    return first.replace("-", " ").split(" ")[0]


def full_name(rng: random.Random, _split: str = "tune13") -> str:
    origin = _origin(rng)
    if rng.random() < 0.17:
        first, last = _word_person(rng)
    else:
        first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.4:
        return rng.choice([f"{last} {first}", f"{last.upper()} {first}", f"{last} {first}"])
    if origin in PATRONYMIC and form < 0.3:
        patro = rng.choice(PATRONYMICS)
        return rng.choice([f"{first} {patro} {last}", f"{last} {first} {patro}"])
    if origin in FATHER_MIDDLE and form < 0.3:
        father = _given_part(rng.choice(_givens(origin)))
        if origin == "malayali" and rng.random() < 0.5:
            return f"{last} {father} {first}"
        return f"{first} {father} {last}"
    if origin == "filipino" and form < 0.3:
        mother = rng.choice(_families(origin))
        return f"{first} {mother} {last}" if mother != last else f"{first} {last}"
    if origin in PORTUGUESE and form < 0.15:
        return f"{first} {rng.choice(['da', 'de', 'dos'])} {last}"
    if form < 0.30:
        return f"{first} {last}"
    if form < 0.37:
        return f"{last}, {first}"
    if form < 0.42:
        return f"{first} {mid}. {last}"
    if form < 0.46:
        middle = _given_part(rng.choice(_givens(origin)))
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.50:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.60:
        return first
    if form < 0.64:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.68:
        return f"{_fold(last)}, {_fold(first)}".upper()
    if form < 0.71:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.74:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.77:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.80:
        return f"{last}, {first} {mid}"
    if form < 0.83:
        return f"{_pair(rng, _given_part(first)[0].upper())} {last}"
    if form < 0.86:
        return f"{first} ({rng.choice(NICKNAMES)}) {last}"
    if form < 0.89:
        return f"{last} {first}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{first[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def given_lower(rng: random.Random) -> str:
    """A given name as a chat or a file name carries it: no capital, often no accent."""
    first = _given_part(person(rng)[0])
    return _fold(first).lower() if rng.random() < 0.6 else first.lower()


def last_first(rng: random.Random) -> str:
    """EHR list style: "Hierro, Yuberkis", "HIERRO,YUBERKIS M"."""
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([
        f"{last}, {first}", f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
        f"{_fold(last).upper()},{_fold(first).upper()}", f"{_fold(last).upper()}, {_fold(first).upper()} {mid}",
    ])  # fmt: skip


def caps_name(rng: random.Random) -> str:
    """Wristbands, labels and OCR: HIERRO, YUBERKIS or YUBERKIS HIERRO."""
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{first} {last}",
                       f"{last}, {first} {_initial(rng)}"])  # fmt: skip


def family_first(rng: random.Random) -> str:
    """Family name first with no comma, as Fuzhou, Teochew and Khmer families write it."""
    origin = rng.choice(sorted(FAMILY_FIRST))
    first, last = _person_from(rng, origin)
    return rng.choice([f"{last} {first}", f"{last.upper()} {first}", f"{last} {first}"])


def patronymic_name(rng: random.Random) -> str:
    """Zinaida Arkadyevna Lebedeva; Lebedeva Zinaida Arkadyevna; Lebedeva Z. A."""
    origin = rng.choice(sorted(PATRONYMIC))
    first, last = _person_from(rng, origin)
    patro = rng.choice(PATRONYMICS)
    return rng.choice([f"{first} {patro} {last}", f"{last} {first} {patro}",
                       f"{last} {first[0]}. {patro[0]}.", f"{first} {patro}"])  # fmt: skip


def fam_upper(rng: random.Random) -> str:
    """One HL7 or X12 name component, folded to ASCII capitals."""
    return _fold(surname(rng)).upper()


def given_upper(rng: random.Random) -> str:
    return _fold(_given_part(person(rng)[0])).upper()


def middle_upper(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _initial(rng)
    return _fold(_given_part(rng.choice(_givens(_origin(rng))))).upper()


def fam_lower(rng: random.Random) -> str:
    return _handle(surname(rng)) or "hierro"


def clinician(rng: random.Random) -> str:
    """A clinician's name before a credential: 'Nilzete Landim', 'Y. Lluberes'."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{_given_part(first)[0]}. {last}",
                       f"{last}, {first}", f"{first} {last}"])  # fmt: skip


def initials(rng: random.Random) -> str:
    a, b = _pair(rng, _initial(rng))
    c = _initial(rng)
    if f"{a}{c}{b}" in _NOT_INITIALS:
        c = "K"
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a}. {b}."])


# --- Places ------------------------------------------------------------------------------------
# Street names of the kind the network's patients live on: Brooklyn, Bronx and Queens grid
# names, Providence, Fall River and New Bedford mill-town streets.

STREETS = [
    "Merrick", "Concourse", "Lenox", "Elmwood", "Chalkstone", "Wickenden", "Ives", "Thayer",
    "Manton", "Wethersfield", "Essex", "Hampshire", "Acushnet", "Purchase", "Nassau", "Sumpter",
    "Wortman", "Sedgwick", "Bathgate", "Crotona", "Longwood", "Intervale", "Barretto", "Faile",
    "Vyse", "Mapes", "Cambreleng", "Steinway", "Woodside", "Queens", "Bowne", "Farmers",
    "Cornaga", "Seagirt", "Surf", "Emmons", "Wallabout", "Keap", "Hewes", "Ainslie",
    "Havemeyer", "Meserole", "Varet", "Boerum", "Maujer", "Devoe", "Conselyea", "Withers",
    "Eckford", "Vandervoort", "Varick", "Thames", "Troutman", "Suydam", "Menahan", "Flatlands",
    "Kingsbridge", "Mosholu", "Eastchester", "Boller", "Bronxwood", "Paulding", "Hone",
    "Wickham", "Lodovick", "Eastburn", "Zerega", "Olmstead", "Pugsley", "Haviland",
    "Cincinnatus", "Allerton", "Waring", "Adee", "Arnow", "Tillotson", "Edenwald", "Bussing",
    "Strang", "Cranford", "Hollers", "Bronxdale", "Unionport", "Quimby", "Blackrock",
    "Soundview", "Croes", "Stratford", "Fteley", "Metcalf", "Boynton", "Bogart", "Onderdonk",
    "Himrod", "Stanhope", "Stockholm", "Gardiner", "Ten Eyck", "Scholes", "McKibbin", "Moffat",
    "Midwood", "Fenimore", "Martense", "Rugby", "Buckingham", "Coney",
]  # fmt: skip
NUMBERED = ["132nd", "139th", "148th", "149th", "154th", "155th", "159th", "165th", "168th", "169th",
            "173rd", "175th", "179th", "184th", "187th", "189th", "193rd", "197th", "202nd", "205th",
            "211th", "221st", "225th", "229th", "233rd", "241st"]  # fmt: skip
STREET_TYPES = [("St", 10), ("Street", 5), ("Ave", 9), ("Avenue", 4), ("Rd", 3), ("Road", 1),
                ("Pl", 3), ("Place", 1), ("Blvd", 2), ("Pkwy", 2), ("Ct", 1), ("Ter", 1),
                ("Dr", 1), ("Ln", 1), ("Sq", 1), ("Walk", 1), ("Plz", 1), ("Row", 1)]  # fmt: skip
PREDIR = ["E ", "W ", "N ", "S ", "East ", "West ", "E. ", "W. "]
UNITS = ["Apt 4F", "Apt 6C", "Apt 2R", "Apt. 3L", "Apt 1-F", "#5D", "# 12", "Apt 14G", "Fl 2",
         "2nd Fl", "3rd Floor", "1st fl rear", "Apt B2", "Unit 3", "Bsmt", "Basement", "Apt PH-B",
         "Apt 21K", "Rm 408", "Apt 3 front", "Top floor", "Apt 7-J", "Bldg 2 Apt 5E",
         "Apt 10A", "Unit 2L"]  # fmt: skip


def _street_name(rng: random.Random) -> str:
    return rng.choice(STREETS) if rng.random() < 0.85 else rng.choice(NUMBERED)


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def street_name(rng: random.Random) -> str:
    """A street without a house number: 'Bathgate Ave', 'E 163rd St'."""
    pre = rng.choice([""] * 6 + PREDIR)
    return f"{pre}{_street_name(rng)} {_street_type(rng)}"


def street_line(rng: random.Random) -> str:
    """House number, street and type, no unit: an addr1 field."""
    kind = rng.random()
    if kind < 0.15:  # Queens hyphenated house numbers
        return f"{rng.randint(10, 250)}-{rng.randint(1, 99):02d} {_street_name(rng)} {_street_type(rng)}"
    number = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(100, 999),
                         rng.randint(1000, 4999)])  # fmt: skip
    suffix = rng.choice([""] * 12 + ["A", "B", " 1/2", "R"])
    return f"{number}{suffix} {street_name(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"PO BOX {n}", f"POB {n}"])


def street_address(rng: random.Random, _split: str = "tune13") -> str:
    kind = rng.random()
    if kind < 0.05:
        return po_box(rng)
    line = street_line(rng)
    if kind < 0.09:
        return f"{unit(rng)}, {line}"
    if rng.random() < 0.4:
        line += rng.choice([", ", " ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


# Small cities and towns of the region: North Jersey, Westchester, Rockland and Long Island,
# the Massachusetts and Rhode Island mill towns, Connecticut.
CITIES = [
    "Guttenberg", "Haledon", "Totowa", "Tiverton", "Wethersfield", "Paramus", "Moonachie",
    "Carlstadt", "Cranford", "Garwood", "Fanwood", "Metuchen", "Keyport", "Matawan",
    "Pleasantville", "Pennsauken", "Avon", "Abington", "Seekonk", "Acushnet", "Middleborough",
    "Raynham", "Foxborough", "Wrentham", "Blackstone", "Millbury", "Shrewsbury", "Amesbury",
    "Newburyport", "Danvers", "Saugus", "Glocester", "Scituate", "Hopkinton", "Killingly",
    "Griswold", "Plainville", "Southington", "Wolcott", "Cheshire", "Stratford", "Mahopac",
    "Cortlandt", "Croton", "Elmsford", "Greenburgh", "Scarsdale", "Eastchester", "Suffern",
    "Nanuet", "Ellenville", "Saugerties", "Fishkill", "Cornwall", "Uniondale", "Copiague",
    "Lindenhurst", "Babylon", "Islip", "Cedarhurst", "Woodmere", "Hewlett", "Lynbrook",
    "Merrick", "Bellmore", "Wantagh", "Westbury", "Mineola", "Manhasset",
]  # fmt: skip
STATES = ["NY", "NJ", "MA", "RI", "CT", "N.Y.", "N.J.", "Mass.", "R.I.", "Conn.", "ny", "nj",
          "ma", "ri", "ct", "New York", "New Jersey", "Massachusetts", "Rhode Island",
          "Connecticut"]  # fmt: skip
# ZIP ranges of the five states; the New England and New Jersey ones start with a zero.
_ZIP_RANGES = [(10001, 14925), (10451, 10475), (11201, 11239), (11354, 11436), (7001, 8989),
               (1001, 2791), (2801, 2940), (6001, 6928)]  # fmt: skip


def city(rng: random.Random, _split: str = "tune13") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.05:
        return name.upper()
    if roll < 0.1:
        return name.lower()
    return name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    lo, hi = rng.choice(_ZIP_RANGES)
    z = f"{rng.randint(lo, hi):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    lo, hi = rng.choice(_ZIP_RANGES)
    return f"{rng.randint(lo, hi):05d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov",
             "dec"]  # fmt: skip
# Month names as patients type them in Spanish, Portuguese, Haitian Creole and French.
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip
MWA = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
       "novanm", "desanm"]  # fmt: skip
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2018, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1922, 1935), (1936, 1970), (1971, 2024)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)


def _full(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}", f"{m}.{d}.{yy:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{mo} {d}, {y}", f"{ab} {d}, {y}", f"{ab}. {d}, {y}", f"{d} {mo} {y}", f"{d}-{ab}-{y}",
        f"{d:02d}{ab.upper()}{y}", f"{mo} {d}{o}, {y}", f"{CHAT_ABBR[m - 1]} {d} {y}",
        f"{d}/{m}/{y}",
    ])  # fmt: skip


def _md(rng: random.Random, m: int, d: int) -> str:
    o = _ordinal(d)
    return rng.choice([
        f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{MONTHS[m - 1]} {d}", f"{ABBR[m - 1]} {d}",
        f"{CHAT_ABBR[m - 1]} {d}", f"{CHAT_ABBR[m - 1]} {d}{o}", f"{d}{o} of {MONTHS[m - 1]}",
        f"{MONTHS[m - 1]} {d}{o}", f"{m}.{d}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return _md(rng, m, d) if rng.random() < 0.25 else _full(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return _md(rng, m, d)


def date_es(rng: random.Random) -> str:
    """Spanish, as typed: '3 de marzo', '3 de marzo del 2024', '3/4' (day first)."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} de {MESES[m - 1]}", f"{d} de {MESES[m - 1]} del {y}", f"{d}/{m}",
                       f"{d} de {MESES[m - 1].capitalize()}", f"{d}/{m}/{y % 100:02d}"])  # fmt: skip


def date_pt(rng: random.Random) -> str:
    """Portuguese and Kriolu: '12 de março', '12 de março de 2024', '12/3'."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} de {MESES_PT[m - 1]}", f"{d} de {MESES_PT[m - 1]} de {y}", f"{d}/{m}",
                       f"{d}/{m}/{y}"])  # fmt: skip


def date_ht(rng: random.Random) -> str:
    """Haitian Creole: '4 mas', '4 mas 2024', '4 avril'."""
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} {MWA[m - 1]}", f"{d} {MWA[m - 1]} {y}", f"{d}/{m}"])


def foreign_date(rng: random.Random) -> str:
    return rng.choice([date_es, date_pt, date_ht])(rng)


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                       f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}-{ABBR[m - 1]}-{y}", f"{m:02d}-{d:02d}-{y}",
                       f"{m}.{d}.{y}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2008, 2026)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{CHAT_ABBR[m - 1]} {y}", f"{ABBR[m - 1]} '{y % 100:02d}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def long_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def hl7_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8 and file names: 19380214."""
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    """HL7 DTM, whole: 202403140930, 20240314093015-0500."""
    y, m, d = _ymd(rng, 2020, 2026)
    base = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return rng.choice(
        [
            base,
            f"{base}{rng.randint(0, 59):02d}",
            f"{base}{rng.randint(0, 59):02d}-0{rng.choice('45')}00",
        ]
    )


def timestamp(rng: random.Random) -> str:
    """A whole ISO or logging timestamp is one DATE."""
    y, m, d = _ymd(rng, 2021, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-04:00",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-05:00", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}{ss:02d}",
    ])  # fmt: skip


def syslog_date(rng: random.Random) -> str:
    """The 'Mar 14' of a syslog line; the clock after it stays outside."""
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return f"{ABBR[m - 1]} {d:2d}"


def clf_date(rng: random.Random) -> str:
    """nginx access-log date, 14/Mar/2024; the ':09:30:00 -0500' after it stays outside."""
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


_NINETY = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
           "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip
_NOVENTA = ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro",
            "noventa y cinco", "noventa y seis", "noventa y siete", "noventa y ocho",
            "noventa y nueve"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return age_number(rng)
    if rng.random() < 0.08:
        return rng.choice(["a hundred", "one hundred and one", "a hundred and two"])
    word = _NINETY[rng.randint(0, 9)]
    return rng.choice([word, word.replace("-", " "), word.capitalize()])


def age_es(rng: random.Random) -> str:
    """An age over 89 in a Spanish message: '93' or 'noventa y tres'."""
    return age_number(rng) if rng.random() < 0.5 else rng.choice(_NOVENTA)


# --- Numbers people are reached at -------------------------------------------------------------

AREA_CODES = [718, 347, 929, 917, 646, 212, 332, 201, 973, 862, 551, 908, 732, 617, 857, 508,
              774, 978, 351, 401, 860, 959, 203, 475, 914, 845, 516, 631]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(AREA_CODES), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"{a} {b} {c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}",
        f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 9999)}", f"{a} {b}-{c}", f"+1{a}{b}{c}",
        f"1 ({a}) {b}-{c}", f"{a}/{b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(AREA_CODES)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def intl_phone(rng: random.Random) -> str:
    """Relatives abroad: Santo Domingo, Praia, Port-au-Prince, Dhaka, Accra, Tbilisi."""
    return rng.choice([
        f"+1 809 {rng.randint(200, 999)} {rng.randint(0, 9999):04d}", f"+238 {rng.randint(900, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"+509 {rng.randint(3000, 4999)} {rng.randint(0, 9999):04d}", f"+880 17{rng.randint(10, 99)} {rng.randint(100000, 999999)}",
        f"+233 {rng.randint(20, 59)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"+995 5{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"011 592 {rng.randint(600, 699)} {rng.randint(0, 9999):04d}", f"+1 868 {rng.randint(200, 799)} {rng.randint(0, 9999):04d}",
    ])  # fmt: skip


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = [
    "cvmovel.cv", "cvtelecom.cv", "telepac.pt", "puntonet.ec", "netlife.ec", "networksgy.com",
    "flowtrinidad.com", "tstt.net.tt", "caribsurf.com", "sunbeach.net", "spiceisle.com",
    "haitiworld.com", "ghanamail.com", "africamail.com", "afribone.net.ml", "orangemali.net",
    "sentoo.sn", "skannet.com", "bttb.net.bd", "citechco.net", "bdonline.com", "ccsl.com.np",
    "163.com", "126.com", "narod.ru", "sarkor.uz", "uzonline.uz", "tajnet.tj",
    "albaniaonline.net", "kujtesa.net", "katamail.com", "inwind.it", "supereva.it",
    "esatclear.ie", "sodetel.net.lb", "hally.net", "jawwal.ps", "ttnet.net.tr", "nayatel.com",
    "asianetindia.com", "edsamail.com.ph", "patmedia.net", "panix.com", "echonyc.com", "nyct.net",
    "erols.com", "lightpath.net", "digicelgroup.com", "netcologne.de", "bluemail.ch",
    "bigstring.com",
]  # fmt: skip


def email(rng: random.Random, _split: str = "tune13") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "nilzete", _handle(last) or "landim"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{yy}",
        f"{f[0]}.{ln}{n:02d}", f"{ln}{f[0]}", f"{f}.{ln}{yy % 100:02d}", f"{f}-{ln}",
        f"{ln}family", f"{f}{ln[0]}{yy}", f"mama{f}", f"{f}.{ln}.{rng.randint(1, 9)}",
        f"{ln}{n}", f"{f[:4]}{ln[:4]}{n}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "tune13") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "nilzete", _handle(last) or "landim"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}{n}", f"{f}_{ln}", f"{f}{yy}", f"{f[0]}{ln[:7]}",
        f"{ln}.{f}", f"{f}{ln}{n}", f"{f}-{ln}", f"{ln.upper()}{f[0].upper()}", f"{f[0]}{ln}{yy % 100:02d}",
        f"{f}{ln[0]}", f"{ln}_{f}_{n}", f"{f[:4]}{ln[:4]}", f"pt{f}{n}", f"{f}.{ln}{n}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune13") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "nilzete", _handle(last) or "landim"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}", f"https://givebutter.com/{f}-{ln}",
        f"https://www.spotfund.com/story/{_hex(rng, 12)}", f"https://lotsahelpinghands.com/c/{rng.randint(100000, 999999)}/",
        f"https://linktr.ee/{f}{ln}", f"https://t.me/{f}_{ln}", f"https://vk.com/{f}{ln}{rng.randint(1, 99)}",
        f"https://ok.ru/profile/{_digits(rng, 12)}", f"https://www.threads.net/@{f}.{ln}",
        f"https://calendly.com/{f}-{ln}", f"https://chat.whatsapp.com/{_letters(rng, 22, an)}",
        f"https://www.etsy.com/shop/{f.capitalize()}{ln.capitalize()}", f"https://soundcloud.com/{f}{ln}",
        f"https://portal.tidemark.example/chart/{_digits(rng, 8)}", f"https://mychart.stcolumba.example/visit/{_digits(rng, 9)}",
        f"https://fhir.tidemark-chc.example/Patient/{_digits(rng, 7)}", f"https://zoom.us/j/{_digits(rng, 11)}",
        f"http://{f}{ln}.blogspot.com", f"https://www.flickr.com/photos/{f}{ln}/",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.2:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if roll < 0.33:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2600:{g[1]}:{g[2]}::{g[7]}", f"2603:7000:{g[2]}:{g[3]}::{g[6]}"]
        )
    return (
        f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}"], [7, 2, 2])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), f"00{_digits(rng, 8)}", f"M{_digits(rng, 8)}",
        f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"SC{_digits(rng, 7)}",
        f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"FP{_digits(rng, 6)}", f"{_digits(rng, 10)}",
    ])  # fmt: skip


def mbi(rng: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    raw = (str(rng.randint(1, 9)) + rng.choice(al) + rng.choice(al + string.digits) + _digits(rng, 1)
           + rng.choice(al) + rng.choice(al + string.digits) + _digits(rng, 1) + rng.choice(al)
           + rng.choice(al) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    """NY Medicaid CIN (AB12345C), MassHealth, NJ FamilyCare and RIte Care numbers."""
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}", f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
                       _digits(rng, 12), f"{_digits(rng, 12)}", f"{_digits(rng, 10)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"K{_digits(rng, 8)}01", f"HF{_digits(rng, 8)}",
        f"{_digits(rng, 9)}{_letters(rng, 1)}", f"MP{_digits(rng, 7)}", f"{_letters(rng, 3)} {_digits(rng, 9)}",
        f"ZG{_digits(rng, 8)}", f"{_digits(rng, 11)}", f"W{_digits(rng, 9)}", mbi(rng), medicaid_id(rng),
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        f"G{_digits(rng, 9)}", f"SB{_digits(rng, 7)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"V{_digits(rng, 10)}",
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
    """Driver licences of NY, NJ, MA, RI and CT, nursing and aide licences, TLC hack licences."""
    return rng.choice([
        f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", _digits(rng, 9),
        f"{_letters(rng, 1)}{_digits(rng, 4)} {_digits(rng, 5)} {_digits(rng, 5)}", f"S{_digits(rng, 8)}",
        _digits(rng, 7), f"RN {_digits(rng, 6)}", f"{_digits(rng, 6)}-1", f"TLC {_digits(rng, 7)}",
        f"LPN {_digits(rng, 6)}", f"HHA-{_digits(rng, 7)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("EFGHJKLMNPRST12345")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 3)} {_digits(rng, 4)}", f"T{_digits(rng, 6)}C",
        f"{_letters(rng, 1)}{_digits(rng, 2)}-{_letters(rng, 3)}", f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 2)}",
        f"{_digits(rng, 3)}-{_letters(rng, 2)}{_digits(rng, 1)}", f"{_letters(rng, 2)}-{_digits(rng, 3)}",
        rng.choice(["ABUELA1", "DR MAMI", "DOMINIK", "KOKOBRN", "BAJAN1", "YAW4LIFE", "GRNADA"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
    return payload + _luhn_check(payload)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"{_digits(rng, 4)}T{_digits(rng, 5)}", f"SN {_letters(rng, 2)}{_digits(rng, 7)}", f"{_letters(rng, 3)}{_digits(rng, 6)}",
        f"8G{_letters(rng, 4, an)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"CX{_digits(rng, 8)}", imei(rng),
        mac_address(rng), f"{_letters(rng, 1)}{_digits(rng, 9)}", f"OC-{_digits(rng, 6)}-{rng.choice('ABX')}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"{_digits(rng, 7)}", f"RX{_digits(rng, 7)}", f"AAR-{_digits(rng, 7)}",
        f"PA{rng.randint(22, 26)}-{_digits(rng, 6)}", f"CASE-{_letters(rng, 5, an)}", f"EVV{_digits(rng, 9)}",
        f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}", f"INC{_digits(rng, 7)}", f"SR-{_digits(rng, 8)}",
        f"{rng.randint(22, 26)}-{_digits(rng, 5)}", f"TKT{_digits(rng, 6)}", f"REF{_digits(rng, 8)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler, so that log lines vary ----------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), _hex(rng, 16), f"req-{_hex(rng, 12)}", patient_uuid(rng)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(41, 400), rng.randint(401, 9000)]))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404",
                       "409", "422", "429", "500", "502", "503"])  # fmt: skip


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def chat_time(rng: random.Random) -> str:
    """A clock time as typed in chat: 'at 2', '10:30', '7pm'. Not PHI."""
    h = rng.randint(1, 12)
    return rng.choice([f"{h}", f"{h}:{rng.choice(['00', '15', '30', '45'])}", f"{h}pm", f"{h}am",
                       f"{h}:30pm"])  # fmt: skip


def pid(rng: random.Random) -> str:
    return str(rng.randint(7, 65000))


def host(rng: random.Random) -> str:
    return rng.choice(["ehr-app01", "ehr-app02", "portal-web3", "fax-gw1", "hl7-in-2", "pharm-q1",
                       "billing-wk4", "callctr-ivr", "dialysis-mon", "hha-evv1"])  # fmt: skip


# Given and family names from one community, for messages written in its language ("mèsi,
# {HAITG}", "babcia {POLG}"). Each group is a slot pair: {XG} a given name, {XF} a family name.
GROUPS: dict[str, tuple[str, ...]] = {
    "HISP": ("dominican", "puerto_rican", "ecuadorian", "colombian"),
    "HAIT": ("haitian",),
    "LUSO": ("cape_verdean", "azorean", "brazilian"),
    "SLAV": ("russian", "ukrainian", "bukharian"),
    "POL": ("polish",),
    "JEW": ("hasidic", "syrian_jewish", "bukharian"),
    "BN": ("sylheti",),
    "PAK": ("pakistani",),
    "GUJ": ("gujarati",),
    "MAL": ("malayali",),
    "HIM": ("tibetan", "sherpa"),
    "FIL": ("filipino",),
    "ARB": ("maronite", "palestinian", "coptic"),
    "GRK": ("greek",),
    "ITA": ("neapolitan", "calabrese"),
    "ALB": ("albanian", "kosovar"),
    "ARM": ("armenian",),
    "TUR": ("turkish",),
    "GEO": ("georgian",),
    "AKA": ("akan",),
    "WAF": ("wolof", "bambara", "ivorian"),
    "YOR": ("yoruba",),
    "CAR": ("jamaican", "trinidadian", "grenadian", "barbadian", "guyanese_afro"),
    "IND": ("guyanese_indo",),
    "CAS": ("uzbek", "tajik"),
}


def _group_given(origins: tuple[str, ...]) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        first = rng.choice(_givens(rng.choice(origins)))
        return _fold(first) if rng.random() < 0.2 else first

    return make


def _group_family(origins: tuple[str, ...]) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        last = _family(rng, rng.choice(origins))
        return _fold(last) if rng.random() < 0.2 else last

    return make


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, status codes, clock times).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),  # a given name alone, a word name at times
    "GLOW": ("NAME", given_lower),  # "chago", "nilzete": no capital
    "WGIVEN": ("NAME", word_given),  # Carnation, Godsway, Prophet
    "WFAM": ("NAME", word_family),  # Farthing, Bream, Sobers
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),  # "Hierro, Yuberkis" with no cue word
    "CAPSNAME": ("NAME", caps_name),  # wristbands and labels
    "FAMFIRST": ("NAME", family_first),  # "Hii Jinzhu", "TAING Sokly"
    "PATRO": ("NAME", patronymic_name),  # "Zinaida Arkadyevna Lebedeva"
    "FAMUP": ("NAME", fam_upper),  # one HL7, X12 or FHIR component each
    "GIVUP": ("NAME", given_upper),
    "MIDUP": ("NAME", middle_upper),
    "FAMLOW": ("NAME", fam_lower),  # query strings and file names
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, NP"
    "INITS": ("NAME", initials),  # initials that stand for a person
    # Places
    "STREETNAME": ("ADDRESS", street_name),  # "lives off Bathgate Ave"
    "STREETLINE": ("ADDRESS", street_line),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "STREETUP": ("ADDRESS", street_upper),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "MD": ("DATE", month_day),
    "FDATE": ("DATE", foreign_date),  # "3 de marzo", "12 de março", "4 mas"
    "ESDATE": ("DATE", date_es),
    "PTDATE": ("DATE", date_pt),
    "HTDATE": ("DATE", date_ht),
    "DOB": ("DATE", dob),
    "DAYTH": ("DATE", day_th),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "LONGDATE": ("DATE", long_date),
    "HLDATE": ("DATE", hl7_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "SYSDATE": ("DATE", syslog_date),
    "CLFDATE": ("DATE", clf_date),
    # Ages, numbers, identifiers
    "AGEN": ("AGE_OVER_89", age_number),
    "AGEES": ("AGE_OVER_89", age_es),
    "E164": ("PHONE", e164),
    "INTLPHONE": ("PHONE", intl_phone),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "PTUUID": ("OTHER_ID", patient_uuid),
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "CTIME": (None, chat_time),
    "PIDN": (None, pid),
    "HOST": (None, host),
}
for _key, _origins in GROUPS.items():
    EXTRA_SLOTS[f"{_key}G"] = ("NAME", _group_given(_origins))
    EXTRA_SLOTS[f"{_key}F"] = ("NAME", _group_family(_origins))


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.
# generate.fill() lowercases, misspells and strips punctuation from chat on top of this.
# The network's own names (Tidemark Public Hospital, St. Columba Medical Center, Lamplight and
# Northwind community health centers, Kestrel Home Care, Bluestem Dialysis) are organisations
# and stay in the literal text.

_CHAT = [
    # Bare given names in passing, no cue word.
    "{GLOW} said the elevator is out again so the aide cant bring mami down for the ambulette",
    "{GLOW} is coming at 3 to pick up the pills, she has my card",
    "ask {GLOW} she knows which pharmacy",
    "ok {GLOW} just texted me the new number for the home care lady",
    "{GLOW} and {GLOW} both have the fever now, the baby too",
    "its fine {GLOW} will drive me, he's off on fridays",
    "cant come tmrw, {GLOW} has the car",
    "can {GLOW} sign for me? my hands shake too much today",
    "{GLOW} from the 4th floor brought soup, my sugar went to 280 lol",
    "spoke to {GLOW} at the front desk and she said call this number",
    "{GIVEN} is here with me now she can answer",
    "is {GIVEN} working today? she knows my mom",
    "i'll send {GIVEN} with the urine sample",
    "the super {GLOW} says there is no heat til monday, can the dr write a letter",
    "my home attendant {GLOW} is off this week and the new one doesnt speak spanish",
    "the aide {GIVEN} left early again and mom was alone from 2 to 6",
    "rabbi {JEWF} said to ask u if she can fast for yom kippur with the insulin",
    "the rebbetzin {JEWF} will come with my mother to the appointment, she translates",
    "my neighbor {GLOW} found papi on the floor, he's ok now but hit his head",
    "neighbor upstairs ({GIVEN}) has a key if nobody answers",
    "our doorman {GLOW} will let the nurse in",
    "my comadre {HISPG} can take me, she lives on {STREETNAME}",
    "the bochur {JEWG} is bringing zeidy to dialysis today instead of the ambulette",
    "tell the driver to ask for {NICK} at the bodega on the corner",
    "{NICK} knows where the keys are",
    "{NICK} and {GIVEN} will take turns sleeping at the hospital",
    "{NICK} says hi lol",
    "pls tell {GIVEN} thank you, she was so nice to my son",
    "i gave the forms to {GLOW}?? or maybe {GLOW}, the one with the glasses",
    "{WGIVEN} is taking me to dialysis on tuesdays now",
    "{WGIVEN} called about the bill, that's my daughter",
    "tell {WFAM} i said thanks for the ride",
    "{WFAM} from church will pick up the prescription",
    "mr {WFAM} next door is my emergency contact now",
    "can you call {WGIVEN}? she does all my appointments",
    # Names that open or close a message, sign-offs.
    "{GIVEN} here, the swelling is worse",
    "{GLOW} here. mom's pressure 168/95 this morning",
    "{NAME} here, do u have my lab results",
    "thank you so much! - {GIVEN}",
    "ok gracias\n{HISPG}",
    "mèsi anpil, {HAITG}",
    "obrigada!! {LUSOG}",
    "spasibo, {SLAVG} {SLAVF}",
    "thank u dr, god bless. {GIVEN} & {GIVEN}",
    "see u thursday\n-{NICK}",
    "sent from my iphone\n{NAME}",
    "{LASTFIRST} - dob {DOB} - need refill",
    "regards,\n{NAME}\n{PHONE}",
    "salamat po, {FILG}",
    "jërëjëf, {WAFG}",
    "medaase, {AKAG}",
    "faleminderit shume, {ALBG}",
    "baruch hashem he's better, {JEWG}",
    "thank you, this is {WNAME}",
    "bye, its {FIRST} {SURNAME} btw",
    "{GIVEN}\n(the one with the knee)",
    "ok\n\n{INITS}",
    "- {INITS} (sent for my mother)",
    # Lists of names.
    "my kids are {GIVEN}, {GIVEN} and {GIVEN}, all three need the school forms",
    "pls add {GIVEN} and {GIVEN} to my hipaa so they can call",
    "people allowed to pick up: {NAME}, {NAME}",
    "the twins {GLOW} and {GLOW} have appts on {MD}",
    "only {GIVEN}, {GIVEN} or me can get info, NOT {NAME}",
    "the aides are {GIVEN} (mornings), {GIVEN} (nights) and {NICK} on weekends",
    "grandkids {GLOW} {GLOW} {GLOW} all had the stomach bug",
    "cc my sisters {GIVEN} & {GIVEN}",
    # Forwarded texts and voice-to-text.
    "fwd from {GIVEN}: mom fell again, can someone call me",
    "Fwd: {NAME} <{EMAIL}> wrote: please send me the after visit summary",
    'forwarded message from my daughter: "tell them its {GIVEN} {SURNAME} dob {DOB}"',
    "[voice message] hi this is {GLOW} {FAMLOW} calling about my mother appointment on {MD} period please call back {PHONE}",
    "[transcribed] yes hello my name is {GLOW} I am calling for my father {GLOW} he is {AGE} years old",
    "voice to text sorry: this is {GLOW} comma my husband is in the er at tidemark comma can someone call",
    "(voicemail) its {NICK} from the building, the lady in {UNIT} is asking for her pills",
    'copied from whatsapp: "{GIVEN}: the ambulette never came"',
    "> {GIVEN} wrote: is the clinic open on {MD}\nyes is it?",
    # Spanish.
    "hola buenas, soy {HISPG}, la hija de {HISPG} {HISPF}, ella tiene cita el {ESDATE}",
    "mi mamá {HISPG} {HISPF} tiene {AGEES} años y no quiere comer, que hago",
    "por favor llamen a mi hermano {HISPG} al {PHONE}",
    "la doctora {SURNAME} dijo que volviera el {ESDATE}",
    "ay dios mío, el seguro dice que {PLAN} no está activo",
    "mi abuela vive en {STREET}, {CITY}, no puede subir escaleras",
    "se me olvidó la cita del {ESDATE}, puedo ir mañana?",
    "el super {HISPG} dice que no hay agua caliente, mi hijo tiene fiebre",
    "mi esposo {HISPG} perdió la tarjeta, el medicaid es {MEDICAID}",
    "titi {HISPG} me lleva a la cita, está bien si entra conmigo?",
    "{HISPG} no puede venir hoy, tiene el carro en el taller",
    "nació el {ESDATE}, se llama {HISPG} {HISPF}",
    "buenas tardes, es {HISPG} de parte de {HISPG} {HISPF}",
    # Haitian Creole and French.
    "bonjou, se {HAITG}, manman m {HAITG} {HAITF} malad depi {HTDATE}",
    "tanpri rele pitit fi m {HAITG} nan {PHONE}, li pale angle",
    "manman m gen {AGEN} an, li pa ka mache",
    "doktè {SURNAME} te di m tounen {HTDATE}",
    "mwen rete {STREET} kounye a, tanpri chanje adrès la",
    "granmè {HAITG} pa pran grenn yo depi {MD}",
    "mèsi, se {HAITG} {HAITF} k ap ekri pou papa m",
    # Portuguese and Kriolu.
    "olá, é a {LUSOG}, a minha mãe {LUSOG} {LUSOF} tem consulta dia {PTDATE}",
    "nha mãe {LUSOG} sta doente, ka ta kume, ken ki pode djuda?",
    "a vovó tem {AGEN} anos e caiu ontem, o {LUSOG} levou ela pro hospital",
    "meu marido {LUSOG} perdeu o cartão do seguro, o número é {PLAN}",
    "moro agora na {STREET}, {CITY} {ZIP}",
    "o doutor {SURNAME} pediu exames pro dia {PTDATE}",
    "mantenha pa tudo, é {LUSOG}",
    # Russian, Ukrainian, Yiddish, Hebrew in Latin letters.
    "zdravstvuyte, eto {SLAVG}, my mother {PATRO} needs her refill",
    "babushka {SLAVG} is {AGE}, she doesnt understand the letter",
    "my father {PATRO} was seen by dr {SURNAME} on {DATE}",
    "pozhaluysta call {SLAVG} at {PHONE}, she speaks english",
    "diakuiu, {SLAVG}",
    "the bubby is {AGE} and stopped eating since shabbos, {JEWG} is with her",
    "zeidy {JEWG} needs a note for the shul that he cant fast",
    "bli neder we will come {MD}, it's {JEWG} {JEWF}",
    "my husband {JEWG} said the ambulette never showed, nebach my mother waited 2 hrs",
    "{JEWG} is sitting shiva this week so we need to move the appt",
    # Bengali, Urdu, Nepali, Tibetan, Gujarati, Malayalam.
    "amma {BNG} is {AGE} and her sugar very high, ekhon ki korbo",
    "assalamu alaikum, ami {BNG}, my abba {BNG} {BNF} has appointment {MD}",
    "dhonnobad apa, {BNG}",
    "my ammi {PAKG} cant come during ramadan before iftar, can we do {MD}",
    "shukriya, {PAKG} {PAKF}",
    "didi {HIMG} will bring me, she is at the nail salon till 7",
    "tashi delek, this is {HIMG}, my pala {HIMG} has cough since losar",
    "thuk je che, {HIMG}",
    "ba {GUJG} is {AGE}, she only speaks gujarati, my brother {GUJG} can translate",
    "jai shri krishna, its {GUJG} {GUJF} for the insulin refill",
    "ammachi {MALG} fell in the bathroom, appachan is with her",
    "my husband {GLOW} works nights at the hospital so call after 2",
    # Chinese, Tagalog, Arabic, Greek, Italian, Polish, Albanian, Armenian, Turkish, Georgian.
    "my ama {FAMFIRST} only speaks fuzhounese, i am her grandson {GIVEN}",
    "ni hao, {FAMFIRST} appointment {MD} need interpreter",
    "lola {FILG} is {AGE} po and she has fever since {MD}",
    "ate {FILG} will pick up the meds po, salamat",
    "kuya {FILG} said the portal is locked",
    "teta {ARBG} has the diabetes too, inshallah she will be ok",
    "alhamdulillah the test was negative, thank u, {ARBG}",
    "yiayia {GRKG} is {AGE} and still makes us all eat lol, can she get the rsv shot",
    "my nonna {ITAG} lives with us on {STREETNAME}, the stairs are a problem",
    "babcia {POLG} has an appt at northwind {MD}, she needs a polish interpreter",
    "nana {GLOW} keeps calling me {NICK}, she gets confused at night",
    "my father {ALBG} {ALBF} only speaks albanian, i will come with him",
    "tatik {ARMG} is {AGE}, my cousin {ARMG} drives her",
    "anneannem {TURG} is visiting from turkey, can she be seen?",
    "bebia {GEOG} is 88 and lives alone in {CITY}",
    # Names that are ordinary words.
    "{WGIVEN} says the water pill makes her pee all night",
    "{WGIVEN} is at work, call me instead",
    "{WFAM} will bring the cooler with the insulin",
    "{WFAM} from the church van is dropping me off",
    "ask {WFAM}, he does the medicaid papers for the whole building",
    "{WGIVEN} {WFAM} has my power of attorney",
    "{WGIVEN} told me the pharmacy closed early",
    "{WGIVEN} is my daughter, she's 14, she needs the hpv shot",
    "{NICK} (my brother) is in the waiting room",
    "my husband {WGIVEN} has the appt, not me",
    "{WFAM} and {WFAM} both work nights, so only mornings",
    "i need to cancel for {WGIVEN}, she has a field trip",
    # Dates, every which way.
    "can i move my appt from {MD} to {MD}",
    "is it {MD} at {CTIME} or {CTIME}",
    "the {DAYTH} works, or the {DAYTH} after lunch",
    "he got the shot {MD} and the fever started the next day",
    "last period was {MD}, i think im pregnant",
    "he was born {DOB} at st columba, do u have his records",
    "my surgery was {MONYEAR}, can i do the colonoscopy now",
    "the letter dated {DATE} says i owe money but medicaid paid",
    "i was in the er at tidemark on {DATE} with chest pain",
    "appt on {LONGDATE}? i thought it was {MD}",
    "dob {DOB}, name {NAME}",
    "born {DOB}, i need my shot record for the new job",
    "they moved zeidy's dialysis to {MD}, is that right?",
    "since {MD} she's been confused, is it the new medicine",
    "tues {MD} at {CTIME} is good",
    "i'll be in the dr from {MD} to {MD}, can i get 90 days",
    "flying to cabo verde {MD}, need my records before i go",
    "we get back from bangladesh on the {DAYTH}",
    "the results from {DATE} were never sent",
    "{MD} or {MD}, whatever is first",
    "my mother wrote the date as {FDATE} on the form, sorry",
    "the letter from back home says {FDATE}",
    # Addresses typed casually.
    "new address {STREET} {CITY} {STATE} {ZIP}",
    "we moved to {STREETLINE} {UNIT}, the buzzer is broken",
    "im at my daughters now, {STREET}, {CITY}",
    "send the nurse to {STREET}, ring twice, super lives in the basement",
    "the ambulette went to {STREETLINE} but we're at {STREETLINE} now",
    "mail goes to {POBOX}, {CITY} {STATE} {ZIP}",
    "we live by the c-town on {STREETNAME}",
    "im the brown house on {STREETNAME} near the church",
    "clinic on {STREETNAME} or the one by the train?",
    "{STREET}\n{CITY}, {STATE} {ZIP}\nthat's the new one",
    "mom lives at {STREET} now with {GIVEN}",
    "we're staying in {CITY} with my brother till the fire damage is fixed",
    "moved from {CITY} to {CITY}, can i still use lamplight",
    "she lives in {CITY} now, is there a kestrel office there",
    "the house on {STREETNAME} is sold, use my son's address {STREET}",
    "i work in {CITY} so saturday is better",
    "its {UNIT} not {UNIT}, the letters go to the wrong door",
    # Phones, fax, e-mail, web.
    "call my son {GIVEN} {PHONE} he speaks english",
    "my cell is {PHONE} and home {PHONE}",
    "dont use {PHONE} anymore that was my late husband's",
    "whatsapp my daughter in the dominican republic {INTLPHONE}",
    "my brother in cabo verde {INTLPHONE} needs the letter",
    "my sister is in haiti {INTLPHONE}, pls call her if something happens",
    "fax it to the lawyer {FAX}, attn {GIVEN}",
    "can u fax the form to the school {FAX}",
    "email {EMAIL}",
    "my email is {EMAIL} not {EMAIL}",
    "send it to my daughter {GIVEN} at {EMAIL}",
    "username {USER} password doesnt work",
    "tried to log in as {USER} from my job computer {IP}",
    "my son made a page for the surgery {URL}",
    "the meal train link {URL}",
    "zoom link you sent doesnt open {URL}",
    # Numbers on cards and accounts.
    "member id {PLAN}",
    "medicaid {MEDICAID} and medicare {MBI}",
    "the cin on the card is {MEDICAID}",
    "my social is {SSN} for the form",
    "mrn {MRN}",
    "her chart # is {MRN} and mine is {MRN}",
    "acct {ACCOUNT} has a balance but i have charity care",
    "the bill for {NAME} account {ACCOUNT} came to my house",
    "claim {OTHER} denied again",
    "access a ride id {OTHER}, they need the form signed",
    "reference number {OTHER} from the call center",
    "rx # {OTHER} at the tidemark pharmacy",
    # Devices, vehicles, licences.
    "the dialysis machine at home says alarm, serial {DEVICE}",
    "oxygen machine sn {DEVICE} is beeping",
    "cgm transmitter {DEVICE} stopped reading",
    "my phone imei {IMEI} for the bp cuff app",
    "plate {PLATE}, can i park in the dialysis lot",
    "my son drives the silver van {VEHICLE}, he's outside the er",
    "the ambulette driver's car {PLATE} hit the curb with my mom inside",
    "vin {VIN} for the insurance accident form",
    "my license {LICENSE} for the parking permit",
    "my aide's hha number is {LICENSE}, is that right?",
    # Longer run-ons.
    "hi this is {NAME} calling for my mother {NAME} she is {AGE} and has dialysis at bluestem but the ambulette didnt come can someone call {PHONE}",
    "ok so {GLOW} called me and said the pharmacy on {STREETNAME} needs a new prior auth for the {MD} refill, is that true??",
    "sorry its late, {GLOW} has 103 fever and throwing up, her pediatrician is dr {SURNAME}, we're at {STREET}",
    "my husband {NAME} {PHONE} is my emergency contact not my ex {NAME}",
    "this is {GIVEN}, {GIVEN}'s daughter, she had the cataract surgery {MD} and the eye is red",
    "the nurse {GIVEN} from kestrel came {MD} but nobody came {MD}, mom is {AGE}",
    "we need the letter for housing, name {NAME} dob {DOB} address {STREET} {CITY}",
    "{GLOW} {FAMLOW} dob {DOB} mrn {MRN} need the covid test result",
    "my father-in-law {PATRO} lives with us at {STREET}, he needs a russian speaking doctor",
    "buenas, {HISPG} {HISPF} aqui, el medicaid {MEDICAID} y la cita es {ESDATE}",
    "hello doctor its {GIVEN}, my mother {NAME} ({AGE}) coughing since {MD}, we are in {CITY}",
    "{GLOW}!! the results came?",
    "hey {GLOW} its me again lol",
    "omg {GLOW} thank u so much 🙏🙏",
    "❤️ {GIVEN}",
    "ok 👍 see u {MD}",
    "🙏 mèsi {HAITG}",
    "mom says hi to {GIVEN} 😊",
    "{NICK} 😂 he says the food here is better than home",
    "😢 {GIVEN} passed away {MD}, please stop the reminders",
    "is {GLOW} the nurse or the social worker? 🤔",
    # More bare names, relatives and helpers.
    "{GLOW} wants to know if she can come in with me",
    "me and {GLOW} will be there at {CTIME}",
    "dropped off the stool sample with {GLOW}",
    "{GLOW} says u never called back",
    "is it ok if {GLOW} stays the night with him",
    "dont tell {GLOW} about the test yet pls",
    "{GIVEN} {SURNAME} is my mom's home attendant, she can sign the evv",
    "the aide sent by kestrel was {GIVEN}, not {GIVEN} like they said",
    "my sister-in-law {GIVEN} brought me here, she's parking",
    "the super's wife {GLOW} speaks english, call her {PHONE}",
    "the lady from the shul, {GLOW}, brings the meals on thursday",
    "our pastor {NAME} will visit him at tidemark, is that allowed",
    "sister {GIVEN} from the parish wants to bring communion to my dad",
    "father {SURNAME} said the anointing is done, thank u all",
    "imam {SURNAME} asked if the body can be released before sundown",
    "{GIVEN} my cousin works at st columba, can she see my results",
    "my ex {GIVEN} keeps calling the clinic pretending to be me",
    "my stepdad {NICK} is the one with the car",
    "me, {GLOW} and {GLOW} are coming to the family meeting",
    "i think {GLOW} put the wrong birthday, its {DOB}",
    "{WGIVEN} is my granddaughter, she speaks for me",
    "does {WFAM} still work in billing",
    "{WFAM} from the dialysis van says hello",
    "{WFAM} said the ambulette is late again",
    "tell {GLOW} {FAMLOW} the forms are in the mail",
    "{NICK} {SURNAME} is my son, he's on the hipaa",
    "hi its {NICK}'s mom, he lost his inhaler at school",
    "{GIVEN}'s appt was moved to {MD} and nobody told us",
    "please stop texting {GIVEN}, she passed in {MONYEAR}",
    "{GLOW} or {GLOW} will answer, not me, i cant hear well",
    "from {NAME}: can you resend the link",
    "tanty {CARG} say she cyaan manage the stairs no more",
    "mi granny {CARG} {CARF} a come wid mi {MD}",
    "yes man its {CARG}, bless up",
    "nani {INDG} is {AGE}, she came from guyana in 1985, my cousin {INDG} helps her",
    "e kaaro, its {YORG}, mummy {YORG} {YORF} has her appt {MD}",
    "assalomu alaykum, {CASG} {CASF} here, my father needs uzbek interpreter",
    "rahmat, {CASG}",
    "gamarjoba, {GEOG} {GEOF} here for the test results",
    "shnorhakalutyun, {ARMG} {ARMF}",
    "teşekkürler, {TURG} {TURF}",
    "grazie mille, {ITAG} {ITAF}",
    "efharisto, {GRKG} {GRKF}",
    "dziękuję, {POLG} {POLF}",
    "ok po, {FILG} {FILF} here, lolo's bp is 150/90 today",
    # Short and terse.
    "{GLOW}??",
    "call {GLOW}",
    "for {GIVEN}",
    "{SURNAME} family",
    "re: {GIVEN}",
    "pt {LASTFIRST}",
    "dob {DOB}",
    "{NAME}",
    "its {GIVEN}",
    "{NICK} again",
]


def _spread(items: list[str], step: int = 7) -> list[str]:
    """The same templates in a strided order, so that any prefix mixes all the groups above."""
    while math.gcd(len(items), step) != 1:
        step += 1
    return [items[(i * step) % len(items)] for i in range(len(items))]


CHAT = _spread(_CHAT)

# key=value, JSON, HL7, X12, CSV, syslog and stack traces. A whole timestamp is one DATE; a clock
# after an nginx or syslog date stays outside.
LOGS = [
    # Portal and call centre.
    "{TS} INFO portal.login user={USER} ip={IP} mfa=sms to={E164} result=ok",
    "{TS} WARN portal.login_failed user={USER} ip={IP} attempts=5 locked=true",
    '{TS} INFO portal.message from="{NAME}" mrn={MRN} subject="refill" chars=212',
    '{{"ts":"{TS}","event":"proxy_access.granted","patient_mrn":"{MRN}","proxy":"{NAME}","relationship":"daughter","by":"{USER}"}}',
    '{{"event":"password_reset","email":"{EMAIL}","ip":"{IP}","ua":"Mozilla/5.0 (Linux; Android 14)"}}',
    "portal.signup email={EMAIL} dob={ISODATE} zip={ZIP} phone={PHONE} status={STATUS}",
    "{TS} callctr.ivr ani={PHONE} lang=es menu=2>1 mrn_entered={MRN} dob_entered={HLDATE} result=matched",
    '{TS} callctr.agent {USER} note="caller {NAME} asking for mother {NAME}, dob {USDATE}" queue=spanish',
    "callctr.callback queued phone={PHONE} name={GIVUP} {FAMUP} lang=ht wait_s={MS}",
    '{TS} callctr.transcript call={REQID} text="hi my name is {GLOW} {FAMLOW} and i am calling about my son"',
    "ivr.lang_select ani={E164} lang=bn agent={USER} hold={MS}s",
    "callctr.interpreter lang=fuzhounese vendor_id={OTHER} patient={MRN} duration_s={MS}",
    'sms.inbound from={E164} body="{GLOW} here cant make it {MD}" matched_mrn={MRN}',
    'sms.outbound to={E164} template=appt_reminder_es vars={{"nombre":"{HISPG}","fecha":"{MD}"}} status=queued',
    "sms.status sid=SM{REQID} to={E164} status=undelivered error=30005 patient={MRN}",
    'whatsapp.inbound from={INTLPHONE} text="es {HISPG}, la hija de {HISPG} {HISPF}" routed_to={USER}',
    # Scheduling and ambulette.
    '{TS} INFO sched.book pt="{LASTFIRST}" dob={ISODATE} dept=NEPH clinic=lamplight slot={TS}',
    "sched.cancel mrn={MRN} appt={OTHER} reason=no_transport by={USER} at={TS}",
    'sched.reminder pt="{NAME}" phone={PHONE} appt="{LONGDATE} 09:40" lang=pt',
    'ambulette.trip id={OTHER} rider="{NAME}" pickup="{STREET}, {CITY}" dropoff="Bluestem Dialysis" vehicle={PLATE} at={TS}',
    "aar.trip client_id={OTHER} pickup={STREETLINE} unit={UNIT} zip={ZIP} window=06:00-06:30 status=no_show",
    'transport.driver_note vehicle={VEHICLE} driver_lic={LICENSE} text="patient {GIVEN} not at door, super {GIVEN} says hospital"',
    # Home care: EVV and scheduling of home attendants.
    '{TS} evv.clock_in aide="{NAME}" aide_id={OTHER} patient_mrn={MRN} gps_addr="{STREET}" phone={PHONE}',
    "evv.clock_out visit={OTHER} aide_lic={LICENSE} duration_min=240 tasks=bath,meals,meds",
    'evv.exception visit={OTHER} reason=address_mismatch expected="{STREETLINE}" got="{STREETLINE}" aide="{LASTFIRST}"',
    'hha.schedule week={ISODATE} patient="{LASTFIRST}" aide_am="{NAME}" aide_pm="{NAME}" hours=84',
    'hha.incident date={ISODATE} patient={MRN} aide="{GIVEN} {SURNAME}" text="found pt on floor, neighbor {GIVEN} helped"',
    "hha.caregiver.onboard name={GIVUP} {FAMUP} dob={HLDATE} ssn={SSN} cert={LICENSE} phone={PHONE}",
    # Dialysis unit.
    "{TS} dialysis.session pt={MRN} chair=14 machine_sn={DEVICE} uf_goal_ml=2500 bp_pre=162/88",
    'dialysis.alarm machine={DEVICE} code=TMP_HIGH pt="{LASTFIRST}" nurse={USER} at={TS}',
    "dialysis.missed pt={MRN} date={ISODATE} reason=transport contact={PHONE}",
    'home_dialysis.cycler serial={DEVICE} owner="{NAME}" last_sync={TS} ip={IP}',
    '{{"unit":"bluestem","pt":"{NAME}","dob":"{ISODATE}","access":"AVF left","nephrologist":"{DOC}"}}',
    "crownweb.submit pt={MRN} medicare={MBI} first_dialysis={ISODATE} status=accepted",
    # Pharmacy.
    'rx.fill rx={OTHER} pt="{FAMUP}, {GIVUP}" dob={USDATE} drug="metformin 500 mg" qty=60 by={USER}',
    "rx.transmit rx={OTHER} prescriber_npi={NPI} dea={DEA} pharmacy_fax={FAX} status=sent",
    'rx.pickup rx={OTHER} picked_up_by="{NAME}" id_type=DL id={LICENSE} at={TS}',
    'rx.delivery rx={OTHER} to="{STREET}, {CITY} {ZIP}" recipient="{GIVEN}" driver={USER}',
    "pharm.pa.request member={PLAN} drug=semaglutide pa_id={OTHER} submitted={ISODATE}",
    'pharm.label "{CAPSNAME}" {STREETUP} RX#{OTHER} DR {FAMUP}',
    'rx.refill_request via=portal mrn={MRN} rx={OTHER} note="{GLOW} will pick up"',
    # HL7 v2 with each name component its own span.
    "MSH|^~\\&|TIDEMARK|ADT|LAMPLIGHT|EHR|{HLTS}||ADT^A04|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^TDM^MR||{FAMUP}^{GIVUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}||{PHONE}|||S||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^SCMC^MR~{MEDICAID}^^^NYMCD^MA||{FAMUP}^{GIVUP}||{HLDATE}|M|||{STREETLINE}^^{CITY}^{STATE}^{ZIP}||{PHONE}^PRN^PH~^NET^Internet^{EMAIL}",
    "NK1|1|{FAMUP}^{GIVUP}|DAU^Daughter|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{FAMUP}^{GIVUP}^{MIDUP}|NBR^Neighbor||{PHONE}||EC^Emergency Contact",
    "PV1|1|O|NEPH^CHAIR14^^BLUESTEM||||{NPI}^{FAMUP}^{GIVUP}^^^^MD|||NEP||||1|||{NPI}^{FAMUP}^{GIVUP}|OP||MCD|||||||||||||||||||||||||{HLTS}",
    "IN1|1|NYMCD|00127|NYS MEDICAID||||||||||||{FAMUP}^{GIVUP}|01^Self|{HLDATE}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|2|MCR|CMS|MEDICARE||||||||||||{FAMUP}^{GIVUP}^{MIDUP}|01^Self|{HLDATE}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{FAMUP}^{GIVUP}||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}|{PHONE}||{HLDATE}|F||SEL|{SSN}",
    "OBR|1|{OTHER}|{OTHER}|80069^Renal panel^CPT|||{HLTS}|||||||||{NPI}^{FAMUP}^{GIVUP}",
    "OBX|3|TX|NOTE^Nursing note||Pt seen with daughter {GIVEN}, neighbor {GIVEN} has key||||||F|||{HLTS}",
    "EVN|A08|{HLTS}|||{USER}^{FAMUP}^{GIVUP}",
    "MRG|{MRN}^^^TDM^MR||{ACCOUNT}|||||{FAMUP}^{GIVUP}",
    "ORC|NW|{OTHER}|||||^^^{HLTS}||{HLTS}|{USER}||{NPI}^{FAMUP}^{GIVUP}^{MIDUP}^^^NP",
    "hl7.ack AE msg={OTHER} err=PID-7 birth date {HLDATE} after admit {HLTS}",
    "hl7.router dropped ADT^A08 for {FAMUP}^{GIVUP} mrn={MRN}: duplicate control id",
    # FHIR.
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{GIVEN}","{MIDUP}"]}}],"birthDate":"{ISODATE}","communication":[{{"language":{{"text":"Haitian Creole"}}}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"text":"{NAME}"}}],"relationship":[{{"text":"home attendant"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{LASTFIRST}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","period":{{"start":"{TS}","end":"{TS}"}},"subject":{{"display":"{NAME}"}},"participant":[{{"individual":{{"display":"{DOC}"}}}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{GIVEN}"]}}]}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"reference":"Patient/{PTUUID}"}},"deviceName":[{{"name":"home hemodialysis cycler"}}]}}',
    "fhir.search GET /Patient?family={FAMLOW}&given={GLOW}&birthdate={ISODATE} -> {STATUS} ({MS} ms)",
    'fhir.validate Patient/{PTUUID}: birthDate "{DATE}" is not a valid date',
    # Django, nginx, gunicorn, Celery, PostgreSQL.
    'INFO {TS} django.request "GET /api/v1/patients/?last_name={FAMLOW}&dob={ISODATE} HTTP/1.1" {STATUS} {MS}',
    "WARNING {TS} django.request Not Found: /patients/{MRN}/docs/{FAMLOW}_{GLOW}_id.pdf",
    "ERROR {TS} django.request Internal Server Error: /intake/ request_id={REQID} user={USER}",
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /portal/messages?from={USER} HTTP/1.1" {STATUS} {MS}',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0400] "POST /api/v1/visits/{OTHER}/notes HTTP/2.0" 201 {MS}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /fhir/Patient?given={GLOW}&family={FAMLOW}&address-postalcode={ZIP} HTTP/1.1" 200 {MS}',
    '[{TS}] [{PIDN}] [ERROR] Error handling request /intake/confirm (addr1="{STREETLINE}", city="{CITY}", zip="{ZIP}")',
    "[{TS}: INFO/ForkPoolWorker-2] Task reminders.send_sms[{REQID}] succeeded: {{'to': '{E164}', 'patient': '{NAME}'}}",
    "[{TS}: WARNING/MainProcess] Task billing.statement[{REQID}] retry in 60s: guarantor={ACCOUNT} addr='{STREETLINE}' city='{CITY}'",
    "celery: Received task hl7.ingest[{REQID}] args=('{MRN}',) kwargs={{'dob': '{HLDATE}', 'name': '{FAMUP}^{GIVUP}'}}",
    '{TS} UTC [{PIDN}] ERROR:  duplicate key value violates unique constraint "patient_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    "{TS} UTC [{PIDN}] LOG:  duration: {MS}.201 ms  statement: SELECT * FROM patient WHERE family = '{SURNAME}' AND dob = '{ISODATE}'",
    'ERROR:  null value in column "zip" violates not-null constraint\nDETAIL:  Failing row contains ({MRN}, {SURNAME}, {GIVEN}, {ISODATE}, {STREETLINE}, {CITY}, null).',
    "STATEMENT:  UPDATE contact SET name = '{NAME}', phone = '{PHONE}' WHERE patient_mrn = '{MRN}'",
    'ERROR:  duplicate key value violates unique constraint "person_ssn_key"\nDETAIL:  Key (ssn)=({SSN}) already exists.',
    "Traceback (most recent call last):\n  File \"/srv/intake/views.py\", line 118, in post\n    pt = Patient.objects.get(mrn=mrn)\n    mrn = '{MRN}'\n    name = '{NAME}'\nPatient.DoesNotExist",
    "ValueError: time data '{DATE}' does not match format '%Y-%m-%d' (patient {LASTFIRST})",
    "KeyError: 'zip'\n  locals: {{'addr': {{'line1': '{STREETLINE}', 'city': '{CITY}'}}, 'pt': '{LASTFIRST}'}}",
    "UnicodeEncodeError: 'ascii' codec can't encode character in '{NAME}' (mrn {MRN})",
    # Syslog and infrastructure.
    "{SYSDATE} {CLOCK} {HOST} sshd[{PIDN}]: Failed password for {USER} from {IP} port 51122 ssh2",
    "{SYSDATE} {CLOCK} {HOST} portal[{PIDN}]: password reset for {EMAIL} from {IP}",
    '{SYSDATE} {CLOCK} {HOST} faxd[{PIDN}]: SEND to {FAX} pages=4 cover="Attn {NAME}" result=OK',
    "{SYSDATE} {CLOCK} {HOST} evv[{PIDN}]: aide {USER} clocked in at {STREETLINE} ({CITY})",
    "vpn.session user={USER} assigned={IP} public={IP} start={TS}",
    "dhcp lease {IP} -> {MAC} hostname={GLOW}-phone",
    'mdm.enroll imei={IMEI} owner="{NAME}" role=home_attendant',
    "ble.pair mac={MAC} device=bp_cuff owner_mrn={MRN}",
    # Fax and e-mail.
    'fax.inbound from={FAX} csid="{CITY} MEDICAL" pages=3 ocr_name="{CAPSNAME}" ocr_dob={USDATE} matched={MRN}',
    'fax.outbound to={FAX} pages=7 recipient="Dr {SURNAME}" re="{LASTFIRST}" status=busy retry=2',
    'From: "{NAME}" <{EMAIL}>\nTo: frontdesk@lamplight.example\nSubject: appt for my father {GIVEN} {SURNAME}',
    "Return-Path: <{EMAIL}>\nSubject: RE: bill for account {ACCOUNT}",
    "postfix/smtp[{PIDN}]: to=<{EMAIL}>, relay=mx.example.net[{IP}]:25, status=sent",
    "Subject: Fwd: {NAME} discharge papers {USDATE}",
    # Billing, claims, eligibility.
    'claim.submit claim={OTHER} member={PLAN} pt="{LASTFIRST}" dos={ISODATE} cpt=90960 amount=412.00',
    "claim.denied claim={OTHER} member={MBI} dos={ISODATE} carc=CO-197",
    "era.835 payer=NYMCD check={OTHER} pt={MEDICAID} paid=118.40",
    "elig.270 member={MEDICAID} dob={HLDATE} name={FAMUP},{GIVUP} result=active plan=MLTC",
    'billing.statement guarantor="{NAME}" acct={ACCOUNT} addr="{STREET}, {CITY}, {STATE} {ZIP}" balance=86.00',
    'billing.returned_mail acct={ACCOUNT} addr="{POBOX}, {CITY} {ZIP}" reason=no_such_number',
    'charity.application acct={ACCOUNT} applicant="{NAME}" household=5 ssn_last4=**** decision=approved',
    "NM1*IL*1*{FAMUP}*{GIVUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{FAMUP}*{GIVUP}~N3*{STREETUP}*{UNIT}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*M~",
    "CLM*{ACCOUNT}*412***72:A:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*EA*{MRN}~",
    "NM1*82*1*{FAMUP}*{GIVUP}****XX*{NPI}~PRV*PE*PXC*207RN0300X~",
    "EB*1*IND*30**MEDICAID MLTC~MSG*Member {FAMUP} {GIVUP} active~DTP*291*D8*{HLDATE}~",
    # CSV exports.
    'mrn,last,first,dob,addr1,city,state,zip,lang\n{MRN},{SURNAME},{GIVEN},{USDATE},"{STREETLINE}",{CITY},{STATE},{ZIP},ht',
    '"patient","dob","aide","aide_phone"\n"{LASTFIRST}","{ISODATE}","{NAME}","{PHONE}"',
    "acct|guarantor|addr|city|zip|bal\n{ACCOUNT}|{CAPSNAME}|{STREETUP}|{CITYUP}|{ZIPNINE}|212.40",
    "row 881 rejected: {MRN};{FAMUP};{GIVUP};{USDATE};{AGEN};{CITY}",
    "MemberID\tName\tDOB\tPlan\n{MEDICAID}\t{CAPSNAME}\t{USDATE}\tHARP",
    'census unit=4W bed=12 pt="{LASTFIRST}" age={AGEN} adm={ISODATE} attending={FAMUP}',
    # Audit trails.
    "audit action=VIEW resource=Patient/{MRN} actor={USER} ip={IP} at={TS} reason=treatment",
    'audit action=BREAK_GLASS patient="{NAME}" dob={USDATE} user={USER} ws=ED-07 ip={IP}',
    "audit action=EXPORT actor={USER} records=12 dest={EMAIL} at={TS}",
    "{TS} | {USER} | chart_access | patient={LASTFIRST} | mrn={MRN} | reason=Care",
    'audit.trail who="{NAME}" what="changed DOB {DATE} -> {DATE}" when={TS}',
    'audit action=PRINT doc="Wristband - {CAPSNAME}" user={USER} printer=ED-ZEBRA-2',
    # Registration, kiosk, wristbands, MPI.
    'kiosk.checkin name="{NAME}" dob_entered={USDATE} dob_on_file={USDATE} result=mismatch',
    "wristband.print name={CAPSNAME} dob={USDATE} mrn={MRN} age={AGEN}",
    "mpi.merge survivor={MRN} ({LASTFIRST}, {USDATE}) victim={MRN} ({LASTFIRST}, {USDATE}) by={USER}",
    'mpi.candidate score=0.93 a="{CAPSNAME}|{HLDATE}|{ZIP}" b="{CAPSNAME}|{HLDATE}|{ZIP}"',
    'reg.update mrn={MRN} field=address old="{STREET}" new="{STREET}" by={USER}',
    "reg.update mrn={MRN} field=phone old={PHONE} new={PHONE} source=call_center",
    'reg.alias mrn={MRN} alias="{NICK}" legal="{NAME}"',
    "reg.language mrn={MRN} preferred=Sylheti interpreter=required name={FAMUP},{GIVUP}",
    'reg.emergency_contact mrn={MRN} name="{NAME}" rel=neighbor phone={PHONE}',
    'reg.patronymic mrn={MRN} full="{PATRO}" dob={ISODATE}',
    'reg.name_order mrn={MRN} family_first="{FAMFIRST}" dob={ISODATE}',
    "age.guard mrn={MRN} age={AGEN} >= 90 -> bucketed for export",
    'nlp.age text="{AGE} years old" -> 90+',
    # Devices, vehicles, credentials, links.
    "cgm.upload transmitter={DEVICE} pt={MRN} readings=288 last={TS}",
    'o2.concentrator serial={DEVICE} hours=4112 patient="{LASTFIRST}" addr="{STREETLINE}"',
    "bp_cuff.reading device={IMEI} pt={MRN} sys=171 dia=96 at={TS}",
    'parking.permit plate={PLATE} holder="{NAME}" lot=dialysis valid_to={ISODATE}',
    'valet.ticket vin={VIN} plate={PLATE} owner="{NAME}" phone={PHONE}',
    'credential.check npi={NPI} dea={DEA} license={LICENSE} name="{DOC}" status=active',
    'tlc.verify hack_license={LICENSE} driver="{NAME}" vehicle={VEHICLE}',
    "link.click url={URL} user={USER} ip={IP}",
    "profile.update user={USER} field=website new={URL}",
    "tele.join room={REQID} patient={MRN} url={URL} from={IP}",
    # Interpreters, social work, chaplaincy systems.
    'interp.request lang=Tibetan pt="{HIMG} {HIMF}" appt={TS} interpreter="{NAME}" vendor={OTHER}',
    'chaplain.referral pt="{LASTFIRST}" faith=Jewish contact="Rabbi {JEWF}" phone={PHONE}',
    'sw.case case={OTHER} pt="{NAME}" housing="{STREET}, {UNIT}" landlord_contact="{NAME}"',
    'apsm.referral pt={MRN} reporter={USER} concern=neglect addr="{STREETLINE}, {CITY}"',
    # Misc.
    'export.pdf file="{FAMLOW}_{GLOW}_{HLDATE}.pdf" to={EMAIL}',
    "S3 PutObject s3://scans/intake/{HLDATE}/{FAMLOW}_{GLOW}_medicaid_card.jpg by {USER}",
    'redis SET session:{REQID} {{"uid":"{USER}","pt":"{MRN}"}}',
    'ldap.bind uid={USER} cn="{NAME}" mail={EMAIL} telephoneNumber={PHONE}',
    'ticket.open id={OTHER} requester="{NAME}" <{EMAIL}> subject="cant see my son {GIVEN} in proxy"',
    'survey.response pt={MRN} comment="nurse {GIVEN} was wonderful, also {GIVEN} at the desk"',
    'complaint.log id={OTHER} caller="{NAME}" about="aide {GIVEN} late 3 days" phone={PHONE}',
    "DICOM (0010,0010) PatientName={FAMUP}^{GIVUP} (0010,0030) PatientBirthDate={HLDATE} (0010,1010) PatientAge={AGEN}Y",
    'cron.birthday_cards picked {NAME} (turns {AGEN} on {MD}) mail_to="{STREET}, {CITY} {ZIP}"',
    'geo.resolve zip={ZIP} -> city="{CITY}" state={STATE}',
    'addr.standardize in="{STREET}" out="{STREETUP}" zip4={ZIPNINE}',
    'esign.sent to={EMAIL} signer="{NAME}" doc="HIPAA release" at={TS}',
    # More.
    '{TS} INFO sched.waitlist add pt={MRN} name="{NAME}" pref=mornings phone={PHONE}',
    '{TS} WARN sched.double_booked pt="{LASTFIRST}" slots={TS},{TS} clinic=northwind',
    'hha.authorization patient="{NAME}" medicaid={MEDICAID} hours_week=56 start={ISODATE} end={ISODATE}',
    "evv.gps_mismatch visit={OTHER} aide={USER} lat=40.8 lon=-73.9 expected_zip={ZIP}",
    'dialysis.transport.note pt="{LASTFIRST}" text="son {GIVEN} will bring her {MD}, ambulette cancelled"',
    'rx.interaction_override rx={OTHER} pt={MRN} prescriber={FAMUP},{GIVUP} reason="benefit outweighs"',
    'portal.proxy.request requester="{NAME}" email={EMAIL} for_patient="{NAME}" dob={USDATE} status=pending',
    '{{"event":"visit_summary_sent","to":"{EMAIL}","patient":"{GIVEN} {SURNAME}","visit_date":"{ISODATE}"}}',
    "[{TS}: ERROR/ForkPoolWorker-4] Task fax.send[{REQID}] raised: FaxBusy('{FAX}') for {LASTFIRST}",
    'ocr.idcard name="{CAPSNAME}" dob={USDATE} dl={LICENSE} addr="{STREETUP}, {CITYUP} {STATE} {ZIP}" conf=0.88',
]

NOTES = [
    # Headers and identifiers.
    "Patient: {CAPSNAME}    DOB: {DOB}    MRN: {MRN}\nDate of Service: {DATE}",
    "Name: {NAME} | DOB: {DOB} | MRN: {MRN} | Preferred language: Haitian Creole | Visit: {DATE}",
    "{LASTFIRST} ({AGEN} y.o. F) MRN {MRN}, seen {MD} at Lamplight CHC",
    "RE: {NAME}\nDOB: {DOB}\nDOS: {DATE}",
    "PATIENT: {CAPSNAME}\nACCOUNT: {ACCOUNT}\nADMIT: {DATE}  DISCHARGE: {DATE}\nATTENDING: {DOC}, MD",
    "Pt: {FAMFIRST} (family name first per pt)  DOB {DOB}  Interpreter: Fuzhounese, ID {OTHER}",
    "Pt: {PATRO}, DOB {DOB}; goes by {NICK}.",
    "Wristband verified: {CAPSNAME} / {DOB} / {MRN}.",
    # HPI and assessment.
    "HPI: {NAME} is a 71 y/o woman on HD MWF at Bluestem who presents on {DATE} with 2 days of dyspnea.",
    "HPI: Mr. {SURNAME} is a {AGE}-year-old retired garment presser brought by his daughter {GIVEN} for confusion since {MD}.",
    "HPI: Ms. {WFAM} reports the rash began on the {DAYTH} after starting the new antibiotic.",
    "HPI obtained via Sylheti interpreter ({NAME}, ID {OTHER}); son {BNG} present.",
    "History from pt's home attendant {NAME}, who has cared for her since {MONYEAR}.",
    "Pt is a {AGE} yo F from {CITY}, widowed, brought in by neighbor {GIVEN} after a fall in the bathroom.",
    "{AGEN}M w/ ESRD on HD, DM2, here with grandson {GIVEN} for missed sessions x2.",
    "Mrs. {SURNAME} was last seen in clinic on {DATE}; A1c then 9.4%.",
    "Per daughter {GIVEN}, pt has not taken the amlodipine since {MD}.",
    "Onset of chest pain {DATE} around 0400 at home on {STREETNAME}.",
    "Presented to Tidemark ED on {DATE}; transferred to St. Columba the next day for cath.",
    "Pt's wife {WGIVEN} notes he has been sleeping more since the {DAYTH}.",
    "Collateral from super of building ({GIVEN}, {PHONE}): pt has not left apartment in a week.",
    "Per rabbi {JEWF}, family requests a Jewish chaplain and shomer for the body.",
    "A/P: {AGE}-year-old man with CKD 5; discussed home dialysis with pt and son {NAME}.",
    "Plan: RTC {MD} for K recheck; daughter {GIVEN} will bring her.",
    "Plan: f/u Dr. {SURNAME} (nephrology) in 2 wks; transplant eval at St. Columba {MONYEAR}.",
    "Assessment: fall at home {MD}, no fracture. Kestrel to increase aide hours; aide {GIVEN} informed.",
    "Plan discussed with pt and HCP {LASTFIRST}, who agrees with comfort-focused care.",
    "Return precautions given in Spanish; next visit {DATE} at 10:20.",
    # Dialysis unit notes.
    "Dialysis flowsheet {DATE}: pre-wt 78.4 kg, post-wt 76.1 kg; machine {DEVICE}; RN {DOC}.",
    "Pt arrived 40 min late; ambulette {PLATE} reported traffic. Son {GIVEN} called at {PHONE}.",
    "Home HD training week 3 with care partner {NAME}; cycler serial {DEVICE} installed at {STREET}.",
    "Missed treatment {MD}; left VM for pt at {PHONE} and for daughter {GIVEN} at {PHONE}.",
    "Transplant referral sent {DATE} to St. Columba; coordinator {NAME}, fax {FAX}.",
    "AVF left arm, good thrill; cannulated by {DOC}, RN without difficulty.",
    "Medicare {MBI} and Medicaid {MEDICAID} verified for ESRD coverage on {MD}.",
    # Home care visit notes.
    "SN visit {DATE} at {STREET}, {CITY}: pt alone, aide {GIVEN} had stepped out to pharmacy.",
    "HHA {NAME} (cert {LICENSE}) reports pt refusing showers since {MD}.",
    "Visit note: apartment {UNIT}, 4th floor walk-up; super ({NICK}) has spare key.",
    "Aide schedule: {GIVEN} 8a-12p M-F; {GIVEN} 12p-8p; weekends {NICK}.",
    "EVV exception {MD}: aide {LASTFIRST} clocked in from {STREETLINE} instead of pt's address.",
    "Pt's granddaughter {WGIVEN} manages meds with a weekly pill box.",
    "Wound care taught to daughter-in-law {GIVEN}; she demonstrated back correctly.",
    "Kestrel coordinator {NAME} notified of change in condition by phone {PHONE}.",
    # Social work, case management, chaplaincy.
    "SW: pt lives with husband {GIVEN} in 2BR at {STREET}, {UNIT}; no elevator; landlord {NAME}.",
    "SW: housing complaint letter for pt; super is {NAME}, management co. phone {PHONE}.",
    "CM: Access-A-Ride application submitted {DATE}; client ID {OTHER}.",
    "CM: MLTC enrollment pending; Medicaid CIN {MEDICAID}; contact daughter {NAME} {PHONE}.",
    "SW spoke with APS worker {NAME} ({PHONE}) about concerns at {STREETLINE}.",
    "Guardian: {NAME}, appointed {DATE}; papers scanned.",
    "Chaplain visit: pt's pastor {HAITG} {HAITF} of the Haitian Baptist church present; prayed with family.",
    "Chaplain: imam {SURNAME} called; family requests burial within 24 hours.",
    "Pt's rabbi, Rabbi {JEWF} ({PHONE}), is the contact for end-of-life decisions per pt.",
    "Spiritual care: Sister {GIVEN} brought communion; pt tearful, asked for her son {GIVEN}.",
    "Interpreter {HIMG} {HIMF} (Tibetan) used for entire visit; pt's nephew {HIMG} also present.",
    "Pt prefers to be called {NICK}.",
    "Pt states her legal name is {NAME} but goes by {NICK} at home.",
    # Family and social history.
    "FH: mother ({GIVEN}) d. age 70 of stroke; brother {GIVEN} in {CITY} on dialysis.",
    "Family hx: sister {NAME} breast ca at 44; father {NAME} d. 61 MI.",
    "SH: born in Cabo Verde, moved to {CITY} in 1998; lives with partner {LUSOG}; works as a home attendant.",
    "SH: came from Bangladesh 2005; lives with son {BNG} and daughter-in-law {BNG} on {STREETNAME}.",
    "SH: retired bus mechanic; wife {GIVEN} d. {MONYEAR}; lives with daughter {WGIVEN} in {CITY}.",
    "Emergency contact: {NAME} (son) {PHONE}; alt: {NAME} (neighbor) {PHONE}.",
    "NOK: {LASTFIRST}, spouse, {PHONE}, {STREET}, {CITY} {STATE} {ZIP}",
    "Pt's grandson {NAME} is primary caregiver; lives with her in {CITY}.",
    "Lives with: husband ({GIVEN}), 3 children ({GIVEN}, {GIVEN}, {GIVEN}), mother-in-law.",
    "Pt is {AGE} and lives alone; daughter {LUSOG} in Cabo Verde calls daily.",
    # Discharge summaries.
    "DISCHARGE SUMMARY\nAdmission Date: {DATE}\nDischarge Date: {DATE}\nAttending: {DOC}, MD\nPCP: {DOC}, NP (Northwind CHC)",
    "Admitted {ISODATE}, discharged {ISODATE} to home with Kestrel services; aide {NAME} educated.",
    "Discharged to {STREET}, {CITY}, {STATE} {ZIP} with daughter {NAME}.",
    "Pt was admitted on the {DAYTH} with pneumonia and discharged on the {DAYTH}.",
    "Discharge instructions reviewed with pt and husband {LUSOG} in Portuguese via phone interpreter.",
    "D/C to rehab on {DATE}; report called to nurse {GIVEN} at {PHONE}.",
    "Follow-up: {DOC}, MD, renal clinic, {STREET}, {CITY}; ph {PHONE}; fax {FAX}.",
    # Referral and consult letters.
    "Dear Dr. {SURNAME},\nThank you for referring {NAME} (DOB {DOB}), whom I saw on {DATE}.",
    "Dear {GIVEN},\nIt was a pleasure to see your patient, Mrs. {SURNAME}, at Northwind today.",
    "Re: {NAME}, DOB {DOB}\nI am referring this {AGEN}-year-old man for evaluation of anemia.",
    "Referral to: {DOC}, MD, Cardiology, {STREET}, {CITY} {ZIP}. Fax {FAX}.",
    "Thank you for allowing me to participate in the care of {CAPSNAME}. Please call {PHONE}.",
    "Sincerely,\n\n{DOC}, MD\nSt. Columba Medical Center\n{STREET}\n{CITY}, {STATE} {ZIP}",
    "Yours truly,\n{DOC}, NP\ncc: {DOC}, MD; {DOC}, RD",
    # Signature blocks and attestations.
    "Electronically signed by {DOC}, MD on {DATE} 17:02",
    "Electronically signed: {DOC}, RN {DATE} at 0645",
    "Dictated by: {DOC}, MD\nDictated: {DATE}\nTranscribed: {DATE} by {INITS}",
    "D: {DATE}  T: {DATE}  {INITS}/{INITS}  Job #{OTHER}",
    "cc: {DOC}, MD; {DOC}, LCSW; patient",
    "Attestation: seen and examined with resident Dr. {SURNAME}; agree with plan. {DOC}, MD",
    "Cosigned by {DOC}, MD on {MD}.",
    "Scribed for {DOC}, MD by {NAME} on {DATE}.",
    "Note by {DOC}, PharmD. Reviewed with {DOC}, MD.",
    "-- {INITS}, RN",
    # Phone and call-centre encounters.
    "Phone encounter {DATE}: spoke with pt's daughter {GIVEN} at {PHONE}; BP at home 170s/90s.",
    "TC from {NAME} (pt's wife) at 1415 re: new confusion since {MD}. Advised ED.",
    "Called pt at {PHONE}, no answer; VM in Spanish. Second attempt {MD}.",
    "Call center: caller identified as {NAME}, pt's neighbor; no HIPAA release on file, no info given.",
    "Caller {GIVEN} (son) verified with DOB {DOB} and address {STREET}.",
    "Pt's son {NAME} called from {CITY} asking for MOLST copy; faxed to {FAX}.",
    "Voicemail from {GLOW} re: refill; returned call {MD}, spoke with pt.",
    "Message from {GIVEN} at Kestrel: pt missed two aide visits this week.",
    "Pt called: BG 48 this am; husband {GIVEN} gave juice. Recheck 121.",
    # Pharmacy notes.
    "Med rec completed {DATE} with pt and daughter {GIVEN} using pill bottles.",
    "Pharmacy: Tidemark Outpatient Pharmacy; prior auth {OTHER} approved {MD}.",
    "Rx #{OTHER} picked up by {NAME} (pt's son), ID checked: {LICENSE}.",
    "Prescriber on bottle: Dr. {SURNAME}; DEA {DEA}; NPI {NPI}.",
    "Delivery address on file: {STREET}, {CITY} {ZIP}; call {GIVEN} on arrival.",
    # Billing and registration notes.
    "Insurance: {PLAN} (primary), {MEDICAID} (secondary). Subscriber: {NAME}.",
    "Guarantor acct {ACCOUNT}; statements to {POBOX}, {CITY}, {STATE} {ZIP}.",
    "Charity care approved {DATE}; acct {ACCOUNT}; household of 6.",
    "SSN {SSN} on face sheet for disability application.",
    "Registration: pt's name corrected from {NAME} to {NAME} (double surname), per passport.",
    "Registration: alias {NICK} added; legal name {LASTFIRST}.",
    "Portal proxy granted to daughter {NAME} ({EMAIL}) on {MD}.",
    "Pt's portal username {USER}; reset sent to {EMAIL}.",
    "Video visit; pt connected from IP {IP} at home in {CITY}.",
    "Pt shares updates at {URL}; privacy discussed.",
    # Devices, vehicles, identifiers.
    "Implant: ICD serial {DEVICE}, implanted {DATE} at St. Columba.",
    "Home O2 concentrator serial {DEVICE} delivered to {STREET} on {MD}.",
    "CGM transmitter {DEVICE}; data shared with clinic since {MD}.",
    "BP cuff paired to phone IMEI {IMEI}.",
    "MVC: pt was passenger in vehicle {VIN}; police report # {OTHER}.",
    "Pt's car ({VEHICLE}) left in ED bay; security holding keys for {GIVEN}.",
    "Driver's license {LICENSE} scanned for ID verification.",
    "TLC driver; hack license {LICENSE}; return-to-work note requested.",
    # Ages and dates of birth.
    "Pt is {AGE} years old and still walks to church daily.",
    "{NAME} is a pleasant {AGE}-year-old woman seen with her granddaughter for memory loss.",
    "Nonagenarian ({AGEN}) on HD; family meeting re: goals of care.",
    "DOB {DOB} (age {AGEN}); history from niece {NAME}.",
    "Pt states she was born {DOB} in Kerala; passport confirms.",
    "Infant {NAME}, DOB {DOB}, seen for 2-week check with mother {GIVEN}.",
    "Baby boy {SURNAME} born {DATE} at 0512, 3.4 kg; mother {NAME}.",
    # Terse fragments.
    "s/p AVF creation {MONYEAR}; s/p R TKA {DATE}",
    "Last seen {MD} by {DOC}, NP.",
    "f/u {MD} w/ {GIVEN}, RN re: wound.",
    "Seen in ED {DATE}; d/c same day.",
    "Pt no-showed {MD} and {MD}; letter mailed to {STREET}.",
    "Records received by fax from {FAX} on {DATE}, 9 pages.",
    "LMP {DATE}; EDD {DATE}; G2P1.",
    "Imm: Tdap {DATE}; PCV20 {DATE}; flu {MD}.",
    "Pt's ride, {NICK}, waiting in lobby.",
    "Pt's daughter ({NAME}) present and consents to discussion.",
    "Advance directive signed {DATE}; agent {NAME}, alternate {NAME}.",
    "Code status: DNR/DNI per pt and son {GIVEN}, confirmed {MD}.",
    "Visitors: only {NAME} and {NAME} per pt request.",
    "Pt asks that no information be given to her ex-husband, {NAME}.",
    "PCP: {DOC}, MD, {STREET}, {CITY}; ph {PHONE}; fax {FAX}.",
    "Address verified: {STREET}, {CITY}, {STATE} {ZIP}; phone {PHONE}.",
    "Address line 1: {STREETLINE}\nAddress line 2: {UNIT}\nCity: {CITY}  State: {STATE}  ZIP: {ZIP}",
    "Mailing: {POBOX}, {CITY}, {STATE} {ZIP}. Physical: {STREET}.",
    "EMS picked pt up at {STREET} at 0512 on {DATE}.",
    "Police found pt near {STREETNAME} and {STREETNAME} on the {DAYTH}.",
    "Pt recently moved to {STREETLINE}, {UNIT} ({CITY}) from {CITY}.",
    "Mr. {WFAM} well known to this clinic; last seen {DATE}.",
    "Mrs. {WFAM}'s husband died {DATE}; bereavement offered.",
    "Dr. {WFAM}'s note from {MD} reviewed.",
    "Per {WGIVEN} (daughter), pt stopped the lasix around the {DAYTH}.",
    "Pt {NAME} seen with partner {NAME}; both consent.",
    "Research: {LASTFIRST} enrolled; consent signed {DATE}.",
    "Lab req: {CAPSNAME}, {DOB}, ordering {DOC}, collected {DATE}.",
    "Pathology: specimen from Dr. {SURNAME} received {DATE}; accession {OTHER}.",
    "Radiology: compared with outside CT of {DATE} from {CITY} Imaging.",
    "Transfer accepted by {DOC}, MD at St. Columba on {DATE}.",
    "Pt's initials {INITS} on the consent; witness {NAME}.",
    "Initials on the med box: {INITS} (aide) and {INITS} (daughter).",
    "Message left for Rabbi {JEWF} and for pt's son {JEWG} regarding Shabbos discharge.",
    "Pt is Teochew-speaking; name on ID {FAMFIRST}; nephew {GIVEN} interprets.",
    "Albanian interpreter {ALBG} {ALBF}; pt's son {ALBG} also present.",
    "Pt from Ghana; day name {AKAG}; prefers to be called {NICK}.",
    "Pt and sister {GIVEN} both on HD at Bluestem; do not confuse charts (MRN {MRN} vs {MRN}).",
    "Hasidic pt; husband {JEWG} {JEWF} requests female staff only; shomer present.",
    "Ukrainian-speaking; pt {PATRO}; daughter {SLAVG} lives upstairs ({UNIT}).",
    "Home attendant {GIVEN} reports pt ate little since {MD}; weight down 3 kg.",
    "Neighbor {WNAME} (no relation) brought pt; not authorized for PHI.",
    "Pt from Guyana; son {INDG} {INDF} present and interprets Creolese as needed.",
    "Jamaican-born; daughter {CARG} {CARF} is health care proxy.",
    "Pt's son {YORG} {YORF} interpreted Yoruba at pt's request.",
    "Uzbek interpreter {CASG} {CASF} (phone, ID {OTHER}) used.",
    "Pt from Kosovo; daughter {ALBG} is HCP, son-in-law {ALBG} drives.",
    "Georgian-speaking; pt's niece {GEOG} {GEOF} present.",
    "Maronite priest Fr. {ARBF} visited; family at bedside.",
    "Greek Orthodox; pt's son {GRKG} requests priest for unction.",
    "Pt's husband {MALG} {MALF} works nights; call after 2 pm.",
    "Wolof-speaking; pt's brother {WAFG} {WAFF} interprets.",
    "Filipino caregiver {FILG} {FILF} lives in.",
    "Pt's wife {TURG} prefers Turkish interpreter.",
    "Armenian-speaking; grandson {ARMG} {ARMF} present.",
    "Son {ITAG} {ITAF} brought pt from the social club.",
    "Pt's daughter {POLG} {POLF} translates Polish.",
    "Pakistani family; son {PAKG} {PAKF} is contact.",
    "Gujarati-speaking; son {GUJG} {GUJF} brings pt Fridays.",
    "Sherpa family; pt's cousin {HIMG} {HIMF} speaks English.",
    "Akan-speaking; niece {AKAG} {AKAF} present.",
    "Haitian Creole interpreter used; pt's son {HAITG} {HAITF} present.",
    "Portuguese-speaking; pt's sister {LUSOG} {LUSOF} present.",
    "Sylheti-speaking; pt's husband {BNG} {BNF} present.",
    "Spanish-speaking; daughter {HISPG} {HISPF} is HCP.",
    "Russian-speaking; son {SLAVG} {SLAVF} present.",
    "Orthodox Jewish family; son-in-law {JEWG} {JEWF} is contact.",
    "Coptic family; pt's son {ARBG} {ARBF} present.",
]

# Lines with no PHI at all, full of what looks like it: words this split also uses as names
# (carnation, bream, farthing, sprat, whisky, porridge, prophet, genius), kinship words
# (abuela, manman, babushka, ammachi), vitals, doses, dialysis settings, lab values with ranges,
# scores, codes, eponyms, ages under 90, weekdays, months and years alone, durations, drug and
# device model names, software versions and role-only mentions. Four groups, interleaved below so
# that any prefix of PHI_FREE mixes them.
_PHI_FREE_CHAT = [
    "ok thank u, see u thursday",
    "gracias doctora, que dios la bendiga",
    "mèsi anpil, bondye beni nou",
    "obrigada por tudo",
    "spasibo bolshoe",
    "salamat po sa inyo",
    "baruch hashem the fever broke",
    "alhamdulillah the sugar is better now",
    "tashi delek and thank you",
    "medaase, the pills are working",
    "my sugar was 243 after the rice and beans lol",
    "bp 168 over 95 at the pharmacy machine",
    "the carnation bouquet from church made me sneeze all day",
    "is it ok to eat porridge before the fasting labs",
    "had a little whisky at the wedding, will it mess with the insulin",
    "we had fried bream and plantain, now my ankles are swollen",
    "the sprats and bakes are too salty i know",
    "my abuela says a redhead in the family always gets sunburn lol",
    "the super says the boiler gets fixed friday",
    "my aide comes mon to fri, 8 to 12",
    "the home attendant agency changed my hours again",
    "the ambulette was late again today",
    "dialysis chair 14 is always cold, can i bring a blanket",
    "my fistula is buzzing like normal",
    "they took 2.5 liters off today and i feel dizzy",
    "the cycler beeped all night, drain alarm",
    "is 3 times a week dialysis forever?",
    "my grandma is 87 and still cooks for 12 people",
    "my dad is 79 and wont use the cane",
    "she turned 64 in march",
    "we came here in 1998",
    "since tuesday i have this cough",
    "every other wednesday is fine",
    "it hurts like 7 out of 10",
    "took 1 and a half of the 5 mg",
    "can i crush the sevelamer",
    "the renvela makes me constipated",
    "ozempic or mounjaro, which one does medicaid cover",
    "my libre 3 sensor fell off in the shower",
    "the dexcom g7 app keeps logging me out",
    "my omron cuff says error 2",
    "the portal app version 5.2 wont open on my phone",
    "manman m di se tansyon an",
    "mi mamá dice que es la presión",
    "babushka thinks its the weather",
    "ammachi made payasam, sugar went up, sorry",
    "my nonna swears by camomile tea",
    "the yiayia at church gave me a prayer rope",
    "lola wants to know if she can eat lechon",
    "teta made stuffed grape leaves, too much salt?",
    "ramadan starts soon, can i fast with dialysis",
    "shabbos discharge not possible right, we walk",
    "we cant use the phone on yom tov, call after",
    "losar is next week, my uncle wants to go home for it",
    "ok so the prophet at my church said to pray but i still want the biopsy",
    "what a blessing, the scan was clean",
    "pure genius whoever made the pill organizer with the alarm",
    "no excellence award for me this week, forgot my pills twice",
    "the cost is a farthing compared to the er",
    "sounds like a wild goose chase with the prior auth",
    "the workman fixing the ceiling was coughing all over",
    "my blades for the diabetic foot clinic, do i bring them",
    "the brazier on the fire escape is my neighbors, the smoke gets in",
    "i skipped the caesar salad cause of the potassium",
    "heritage month at school, my son brought cabo verde food",
    "conquest of my fear of needles lol",
    "forgiveness is hard but im trying, the therapist helps",
    "my little one sings like a skylark",
    "the chuckles candy has sugar right",
    "sorry wrong number",
    "thx, will do",
    "👍",
    "🙏🙏🙏",
]
_PHI_FREE_NOTE = [
    "BP 164/92, HR 88, RR 18, T 98.9 F, SpO2 95% RA, Wt 81.2 kg",
    "Pre-HD wt 79.6 kg, post-HD wt 77.2 kg, UF 2.4 L, EDW 77.0 kg",
    "Qb 400 mL/min, Qd 600 mL/min, 2K/2.5Ca bath, heparin 2000 units bolus",
    "Kt/V 1.42, URR 71%",
    "Hgb 9.6 (ref 12.0-15.5), ferritin 612, TSAT 24%",
    "K 5.9 (ref 3.5-5.1) -> 4.6 post HD",
    "Phos 6.8, Ca 8.9, PTH 612; sevelamer 1600 mg TID with meals",
    "Albumin 3.4 g/dL (ref 3.5-5.0)",
    "eGFR 11 mL/min/1.73m2; CKD stage 5",
    "A1c 8.4% (prior 9.1%)",
    "LDL 142, HDL 38, TG 260",
    "INR 2.6 on warfarin 5 mg daily",
    "Troponin 0.04, repeat 0.03 at 3 h",
    "ICD-10 N18.6, Z99.2, E11.22, I12.0",
    "CPT 90960, 90961, 36821",
    "HCPCS J0887 epoetin beta; J1756 iron sucrose",
    "LOINC 2160-0 creatinine; 2823-3 potassium",
    "NDC 0023-3670-01 sevelamer",
    "epoetin alfa 10,000 units IV with HD TIW",
    "calcitriol 0.25 mcg PO daily",
    "cinacalcet 30 mg daily",
    "prednisone 40 mg x 5 days then taper by 10 mg every 3 days",
    "insulin glargine 18 units qHS; lispro sliding scale",
    "amlodipine 10 mg; carvedilol 12.5 mg BID; hold on HD days if SBP < 100",
    "AVF left forearm, good thrill and bruit",
    "Tunneled HD catheter right IJ, site clean",
    "Goodpasture syndrome ruled out; anti-GBM negative",
    "Alport syndrome in the family history",
    "Fabry disease screen negative",
    "Wegener granulomatosis (GPA) in remission",
    "Henoch-Schonlein purpura as a child",
    "Guillain-Barre syndrome 2011, full recovery",
    "Parkinson's disease on carbidopa-levodopa 25/100 TID",
    "Bell's palsy, right, resolved",
    "Raynaud's phenomenon, worse in winter",
    "Cushing's ruled out; dexamethasone suppression normal",
    "Charcot foot, total contact cast",
    "Kussmaul respirations on arrival",
    "Trousseau sign negative; Chvostek negative",
    "Mallampati 2; Wells score 1.5",
    "CURB-65 score 1; treat as outpatient",
    "PHQ-9 12; GAD-7 9",
    "Braden 15; Morse 50; fall precautions",
    "MoCA 19/30",
    "Karnofsky 60; ECOG 2",
    "68-year-old woman with 3 days of fever",
    "pt is 89 and lives with her daughter",
    "an 84-year-old man, independent in ADLs",
    "Smoker, 20 pack-years, quit 2015",
    "Follow up in 4 weeks",
    "Seen every Monday, Wednesday and Friday for HD",
    "Next visit Tuesday afternoon",
    "Symptoms since Sunday night",
    "Diagnosed in 2009; HD since 2019",
    "Transferred from Room 4112 to Room 4120",
    "Renal clinic, 2nd floor, Pod C",
    "Charge nurse notified; dr on call aware",
    "Discussed with the covering resident and the renal fellow",
    "Home attendant present for the visit",
    "Interpreter used for the entire visit (Haitian Creole)",
    "Interpreter declined; pt's relative interpreted at pt request",
    "Kosher diet; no visits on Saturday per family custom",
    "Halal diet ordered",
    "Diet: 2 g Na, 2 g K, 1.2 L fluid restriction",
    "Porridge and tea for breakfast; counseled on potassium",
    "Carnation instant breakfast recommended for protein",
    "Redhead, fair skin; sunscreen counseling given",
    "Fish in diet: bream, sprats, salt fish; phosphorus counseling",
    "Whisky 2 drinks on weekends; counseled",
    "Allergies: penicillin (hives), iodinated contrast (rash)",
    "Code status: full code",
    "Fresenius 2008T machine; NxStage System One at home",
    "Dexcom G7; Libre 3; Omron 10 series cuff",
    "Medtronic Azure pacemaker, MRI conditional",
]
_PHI_FREE_LOG = [
    "INFO scheduler tick jobs=31 queued=6 took_ms=204",
    "GET /api/v1/health 200 2ms",
    "GET /api/v1/formulary?drug=sevelamer&strength=800mg 200 18ms",
    "POST /api/v1/vitals 201 bp=142/88 hr=76 spo2=96",
    '{"event":"dose_check","drug":"heparin","units":2000,"weight_kg":78}',
    '{"code":"N18.6","system":"ICD-10-CM","display":"End stage renal disease"}',
    '{"level":"info","msg":"batch done","rows":5120,"failed":0,"took_s":14.2}',
    "WARN slow query took_ms=1211 table=hd_flowsheet rows=88000",
    "ERROR upstream timeout service=lab-interface after 30s (attempt 3/3)",
    "OBX|2|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H|||F",
    "OBX|4|NM|718-7^Hemoglobin^LN||9.6|g/dL|12.0-15.5|L|||F",
    "OBR|1|||80069^Renal function panel^CPT",
    "DG1|1||N18.6^End stage renal disease^I10|||F",
    "RXE|1^TIW^HL70335|0023-3670-01^sevelamer 800 mg tab^NDC|1600||mg",
    "MSA|AA|MSG00117",
    "SV1*HC:90960*412*UN*1***1~",
    "HI*ABK:N186*ABF:Z992~",
    "cpt=90960 units=1 pos=65",
    "ndc=0023-3670-01 qty=270 days_supply=30",
    "loinc=2160-0 value=7.8 unit=mg/dL flag=H",
    "evv.batch visits=4120 exceptions=38 window=24h",
    "evv.rule gps_radius_m=150 grace_min=7",
    "hha.schedule publish week=23 aides=812 patients=1904",
    "dialysis.machine firmware=2008T-4.51 units=44 online=43",
    "cycler.sync batch=118 ok=116 retry=2",
    "ambulette.dispatch trips=612 late=41 no_show=12",
    "ivr.stats calls=3120 abandon=0.08 avg_wait_s=112 lang_es=0.41 lang_ht=0.12",
    "callctr.queue spanish depth=14 creole depth=6 bengali depth=3",
    "interp.vendor minutes=8812 langs=37",
    "sms.stats sent=18210 delivered=17902 failed=308",
    "fax.queue depth=22 oldest=140s workers=3",
    "worker=celery@pharm-q1 task=refill_reminders processed=912 failed=0",
    "cache miss key=formulary:rxcui:860975 took_ms=4",
    "migration 0083_add_interpreter_lang applied in 1.4s",
    "feature_flag creole_ivr=true rollout=1.0",
    "cron 30 5 * * 1,3,5 dialysis.transport_confirm (MWF 05:30)",
    "rate_limit window=60s max=100 path=/api/v1/login",
    "model=triage-v5 tokens=702 latency_ms=988",
    "python 3.11.9, django 5.0.7, postgres 16.4, celery 5.4.0",
    "build 2025.3.1 (6120), schema v74",
    "release v4.8.2 deployed by ci, migrations 0081-0083",
    "session idle_timeout=15 min max_age=12 h",
    "queue depth=72 oldest_age_s=38",
    "weekly report wk=23 visits=4410 no_show_rate=0.11",
    '{"age_group":"80-89","count":312,"month":"June"}',
    '{"unit":"4 West","beds":28,"occupied":27}',
    "SELECT count(*) FROM hd_session WHERE weekday IN ('Monday','Wednesday','Friday')",
    "room=4112 bed=B telemetry=on",
    "chair=14 shift=2 station=NEPH",
    "HTTP 502 on /api/chat after 30s",
    "locale=ht_HT tz=America/New_York fallback=en",
    "locale=bn_BD fallback=en strings_missing=12",
    "WARN disk usage 84% on /var/lib/postgresql",
    "INFO audit retention_days=2555 purge=nightly",
    "trace 4bf92f3577b34da6 span 00f067aa0ba902b7 sampled=1",
    "request_id=7d1e0c4b9f2a4c31 status=499",
    "alert.rule k>6.0 fired=false window=15m",
    "backup completed size=61GB duration=00:27:40",
    "tls certificate for portal.internal expires in 19 days",
    "k8s pod sched-api-6f8c OOMKilled, restarting (3)",
    "System check identified no issues (0 silenced).",
    "job=claims-837 run=512 claims=388 rejected=5 status=ok",
    "ERA 835 posted: 91 payments, 0 unmatched",
    "elig.270 batch=2240 active=2190 inactive=41 errors=9",
    "cgm.upload readings=288 gaps=0 sensor_age_days=7",
    "o2.telemetry concentrators=212 alarms=3",
    "word_list_loaded lexicon=names_v3 entries=10412",
    "tokenizer=wordpiece vocab=30522 lower=true",
]
_PHI_FREE_FORM = [
    "Name: ____________________   DOB: __/__/____   Preferred language: ________",
    "Address: ______________________   Apt: _____   City: __________   ZIP: _____",
    "Interpreter needed: Y / N   Language: Spanish / Haitian Creole / Bengali / Other",
    "Dialysis schedule: MWF 2nd shift / TTS 1st shift",
    "Home attendant hours per week: ____   Days: M T W Th F Sa Su",
    "Copay: PCP $0, Specialist $0, ER $0 (Medicaid)",
    "RxBIN 004740   RxPCN MEDDPRIME   RxGRP NYMA",
    "SEVELAMER 800 MG TAB #270, take 2 tablets by mouth three times daily with meals",
    "Tests ordered: renal panel, CBC, PTH, phosphorus, ferritin, TSAT",
    "Pages: 5 including cover. CONFIDENTIAL.",
    "Reply 1 to confirm, 2 to reschedule, STOP to opt out. Responda 1 para confirmar.",
    "Signature: ________________   Date: ___________",
    "Allergies: NKDA / penicillin / sulfa / latex",
    "Pharmacy hours: Mon-Fri 9-7, Sat 9-1, closed Sunday",
    "Please bring your Medicaid card, photo ID and all pill bottles.",
    "Emergency contact: ____________   Relationship: ________   Phone: ____________",
    "Relationship: son / daughter / neighbor / home attendant / other",
    "Ambulette pickup window: 60 minutes before chair time",
    "Fluid allowance: 1 liter per day; weigh yourself every morning",
    "Kosher / Halal / Vegetarian / No restriction",
    "Visit type: follow-up, 20 min, telehealth eligible",
    "Office hours: Tuesday and Thursday 1-5 pm, Wednesday 8-12",
    "Charity care sliding scale tier 2 (income 150-200% FPL)",
    "Patient rights notice available in 14 languages",
    "Tanpri pote kat Medicaid ou ak tout grenn ou yo.",
    "Por favor traiga su tarjeta de seguro y sus medicinas.",
    "Apni apnar Medicaid card niye ashben.",
    "Traga o seu cartão do seguro, por favor.",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG, _PHI_FREE_FORM)
    for line in group
    if line is not None
]
