"""The "tune12" split: an Upper Midwest health system, written blind, weighted to patient chat.

How it was written: only generate.py, templates.py, values.py, tune4.py, tune5.py (the model for
the interface, style and annotation rules) and pyproject.toml were read. The redaction engine,
its training code, its tests, the benchmark and every other data module were not opened; the
other modules were only imported by a throwaway script that collected their value pools and the
words of their templates for the overlap check below, printing counts and this module's own
colliding words, never their contents.

What it models: a Twin Cities safety-net hospital, rural clinics in Minnesota, Wisconsin, Iowa, the
Dakotas and Michigan's Upper Peninsula, a refugee health clinic, a tribal clinic, a dairy-country
family practice, and their pharmacy, portal, nurse line and billing office. Most of the weight is
on patient chat: lower case, typos, no punctuation, emoji, Somali, Hmong, Karen, Spanish, Oromo,
Amharic, Nepali, Tibetan, Ojibwe, Lakota and other words mixed in ("hooyo", "niam", "moe", "mi
esposo", "nookomis", "unci", "uff da"); relatives, neighbours, coworkers, pastors, coaches, PCAs
and interpreters named in passing, often by a bare given name with no cue word, at the start or the
end of a message, in lists ("me and {GLOW} and {GLOW}"), as sign-offs, in forwarded messages and
voice-to-text transcripts, spelled out letter by letter or by a nickname; a relative word of one
language comes with a name of the same community (slots GSOM, GHMN, GNAT, ... and FHMN, FNAT, ...).
Log lines (key=value, JSON, HL7 v2, FHIR, X12, CSV, nginx access lines, query strings, tracebacks,
mail headers) and clinical notes (HPI, plans, discharge summaries, letters, signature blocks,
nurse-line triage, refugee screening, tribal clinic intake, farm injuries, social work, interpreter
and family history) carry the other labels in many formats.

Names come from about 49 origins, each written as its custom has it: Somali (Somali spelling:
given name, father's name, grandfather's name), Bantu Somali, Oromo and Amhara (given and
father's name), Hmong (given name and clan, older Lao-era spellings, fused married clan names,
clan first now and then), Karen and Karenni (one name or two syllable names), Chin, Bhutanese
Nepali, Liberian, Sierra Leonean, Igbo, Kenyan, Ojibwe, Dakota, Lakota, Ho-Chunk, Menominee and
Oneida, Norwegian, Swedish, Finnish, Danish and Icelandic (patronymics), German Catholic,
Luxembourgish, Polish, Czech, Slovak, Slovenian, Croatian, Bosnian, Serbian, Albanian,
Lithuanian, Latvian, Dutch (with particles: "Van Engen", "Ten Napel"), Flemish, Cornish, Welsh,
Mexican from Michoacan and Guerrero and Salvadoran (two family names), Otavalo Kichwa, Tibetan
(two personal names), Syrian, Chaldean, Yemeni, Amish and Russian Mennonite. About one name in
seven is also an ordinary English word: West African and Liberian word names ("Governor",
"Senator", "Saviour") and Lakota, Dakota, Ojibwe and Ho-Chunk surnames and English trade
names ("Earring", "Catches", "Jackpine", "Pulley", "Haymaker"); the same words appear as plain
words in PHI_FREE. Streets are Twin Cities, Iron Range, Copper Country and lake-country names,
fire numbers, county and township roads, trunk highways and BIA routes; cities are small real
towns of the region; e-mail domains are regional co-ops and ISPs.

No-overlap rule: no given name, family name, nickname, street name, city or e-mail domain here
appears, after folding accents and case and splitting into words, in the pools of values.py (with
the Faker names it draws for both of its splits), in the templates of templates.py, in the pools or
templates of the other split modules present at the final check (blind, blind2 to blind11, tune2 to
tune11, tune13 and tune14), or in Faker's en_US first- and last-name lists. Particles (de, van,
ten, al, ...), generic address and place words (Street, County Rd, North, Lake, Falls, ...) and
top-level domains are exempt. The check ran with a throwaway script; the names that collided were
dropped (the pools of the common origins are thin, hence Somali and Hmong orthography, Lao-era clan
spellings and less-used communities), and the final run reported no collision.

Annotation: a US state is not scored; a title (Dr., Mrs., Pastor, Sister, Sheikh, Coach, dona,
thra, dhakhtar), a credential (MD, RN, NP, PharmD) and a possessive "'s" stay outside the NAME;
each HL7, X12, DICOM or FHIR name component is its own NAME; initials that stand for a person
are a NAME, and so is a name spelled out letter by letter; a weekday or a clock time beside a
date stays outside the DATE, while a whole ISO, HL7, logging or nginx timestamp is one DATE;
"the" in "the 14th" stays outside; a year, a month or a weekday alone is not PHI; only ages
over 89 are AGE_OVER_89; filler slots (request ids, latencies, status codes, process ids, clock
times, weekdays) have no label. Street addresses (number, street, optional unit), a street
without a house number, a unit line, a PO box, a fire number or a BIA route are ADDRESS; cities
are CITY; ZIP codes are ZIP. Organisations, drugs, eponyms and device models stay in literal
text or PHI_FREE. Interpreter ids, A-numbers, I-94 numbers, tribal enrollment numbers and county
case numbers are OTHER_ID.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Where a community has no family names (Somali,
# Oromo, Amhara, Karen, Karenni, Tibetan), the second list holds what a US chart keeps in the
# family-name field: the father's name, a second personal name or a syllable name.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "somali": (6, [
        "Aadan", "Barwaaqo", "Caasho", "Cabdiqaadir", "Cabdullahi", "Caydiid", "Cismaan", "Gabayre",
        "Halimo", "Keyse", "Qorsheel", "Siciid", "Yoonis", "Cabdinaasir", "Cabdirashiid",
        "Cabdisamad", "Cabdiwali", "Ceebla", "Cosob", "Hufan", "Idiris", "Maxamedamiin", "Nuurto",
        "Qaali", "Sadiiqo", "Shugri", "Xaliima", "Xalwo", "Xamse", "Xanan", "Xiddig",
    ], [
        "Aadan", "Bulxan", "Buuh", "Caydiid", "Cismaan", "Dubad", "Egeh", "Koshin", "Xayd",
        "Cabdile", "Ciyow", "Dhiblaawe", "Dhoorre", "Diiriye", "Gaarane", "Guhaad", "Hilowle",
        "Idiris", "Ilkacase", "Kaahin", "Keenadiid", "Laabaan", "Oogle", "Qanyare", "Saalax",
        "Timacadde", "Wacays", "Xaange", "Cabdiqaadir", "Cabdullahi", "Siciid", "Yoonis",
    ]),
    "somali_bantu": (2, [
        "Kassim", "Makame", "Mariamu", "Matano", "Mkoma", "Mohamedi", "Msafiri", "Ramadhani",
        "Rukia", "Saidi", "Shariffa", "Zuena",
    ], [
        "Bwanali", "Chande", "Hamisi", "Kassim", "Kombo", "Makame", "Matano", "Mganga", "Mkoma",
        "Msafiri", "Mwinyi", "Ramadhani", "Saidi", "Shaban", "Zuberi",
    ]),
    "oromo": (4, [
        "Abdii", "Ayyaantuu", "Badhaadhaa", "Bilisummaa", "Biqilaa", "Boonsaa", "Caalaa", "Caaltuu",
        "Dinqisaa", "Dirribaa", "Fayyisaa", "Firaol", "Gaaddisaa", "Galaanee", "Gammachuu",
        "Hirphaa", "Hundee", "Jaallannee", "Jiituu", "Kumsaa", "Lammii", "Magartuu", "Margituu",
        "Mootii", "Nagaasaa", "Roobaa", "Seenaa", "Soorii", "Waaqo",
    ], [
        "Ayaanaa", "Biqilaa", "Boruu", "Bultum", "Chimdessa", "Dhugaasaa", "Diida", "Dinqisaa",
        "Fayyisaa", "Fufaa", "Gaaddisaa", "Gammadaa", "Gurmessaa", "Hirphaa", "Horaa", "Hundee",
        "Irreessaa", "Jaarsoo", "Jaatani", "Kabbadaa", "Kumsaa", "Lammii", "Leellisaa", "Negeri",
        "Olaanaa", "Qana", "Roobaa", "Terefe", "Waaqo", "Wako", "Yadeta",
    ]),
    "amhara": (3, [
        "Amsalu", "Enatnesh", "Kibret", "Semret", "Tsegereda", "Wubshet", "Adanech", "Birhane",
        "Dagnachew", "Etagegnehu", "Eyasu", "Gelane", "Lakech", "Menbere", "Mintesinot", "Nebiyu",
        "Nigist", "Seble", "Shimelis", "Tiruwork", "Tsedale", "Tsehaynesh", "Tsige", "Weyinshet",
        "Yalemzewd", "Yewubdar", "Zemzem", "Zufan",
    ], [
        "Amsalu", "Kibret", "Wubshet", "Admasu", "Belete", "Birhane", "Dagnachew", "Dejene",
        "Shibeshi", "Shimelis", "Woldeyes", "Eyasu", "Nebiyu", "Mintesinot",
    ]),
    # Given name, then clan. Older spellings from Laos ("Lobliayao"), and the fused
    # double clan names some married women use.
    "hmong": (6, [
        "Pakou", "Nengmee", "Tousue", "Mayhoua", "Maineng", "Pachia", "Mailee", "Nalee", "Xao",
        "Khou", "Phoua", "Txong", "Zuag", "Xeev", "Ntsais", "Kalia", "Yeeleng", "Gaoly", "Gaoxee",
        "Nkaujhli", "Chasong", "Chongsee", "Kaolee", "Kaying", "Mykou", "Maichue", "Yengkong",
        "Touger", "Nouyee", "Lifong", "Vaming", "Nplaim", "Nyia", "Phia",
    ], [
        "Lobliayao", "Yangdao", "Shong", "Tchang", "Vhue", "Thaoyang", "Kuevang", "Vuelor",
        "Herlor",
    ]),
    "karen": (4, [
        "Blesdoh", "Blutmoo", "Dahgay", "Dahmoo", "Ehkalu", "Ehmwee", "Ehna", "Ehpaw", "Ehsoe",
        "Ehthawwah", "Gaymoo", "Gler", "Hkee", "Hsahsee", "Hsamu", "Hsergay", "Hserhtoo",
        "Hserthaw", "Htoobwe", "Kadoh", "Kawthoo", "Klohtoo", "Lerwah", "Lwepaw", "Muhtoo",
        "Nawday", "Nyah", "Paweh", "Pawmoo", "Pawtoo", "Sahhtoo", "Sayhtoo", "Saylay", "Thaymoo",
        "Wahmoo",
    ], [
        "Bwe", "Klei", "Htoobwe", "Kapru", "Kawkhu", "Kyawsein", "Lahsay", "Meeshee", "Mwee",
        "Nawdah", "Ohndah", "Pawkhu", "Sehmoo", "Tawkler", "Thawthi", "Thaykaw", "Wahlay",
        "Blutdoh", "Hsakaw",
    ]),
    "karenni": (2, [
        "Bureh", "Dureh", "Hteemeh", "Khumeh", "Khureh", "Mehreh", "Phereh", "Plureh", "Reemeh",
        "Soereh", "Thaereh",
    ], ["Reh", "Phe", "Lwereh", "Khuphe", "Soeroe", "Bureh", "Plureh"]),
    "chin": (2, [
        "Biakhlei", "Cungbik", "Hlei", "Hlui", "Lianhmung", "Mawi", "Ngunthang", "Parhlui", "Siang",
        "Thluai", "Vanlal", "Zathang",
    ], ["Cinzah", "Hlawncung", "Hre", "Lalmuan", "Mawi", "Ralte", "Sumhlei", "Thluai", "Zathang"]),
    "bhutanese_nepali": (3, [
        "Bhagimaya", "Bhaktaram", "Bhimbahadur", "Bhimlal", "Bishnumaya", "Damayanti", "Devaki",
        "Dhanbahadur", "Dilliram", "Ganeshman", "Goma", "Gopilal", "Hemlal", "Ishwari", "Jaslal",
        "Kamalmaya", "Khadananda", "Krishnamaya", "Lokmaya", "Menuka", "Nandalal", "Narbahadur",
        "Padamlal", "Purnalal", "Purnamaya", "Ramkumari", "Rudramani", "Sancha", "Teknath",
        "Thulimaya", "Tikaram",
    ], [
        "Gazmer", "Ghalay", "Koirla", "Mainaly", "Neopaney", "Nepaul", "Pokhrail", "Rizaal",
        "Siwakoty", "Timsena",
    ]),
    "liberian": (3, [
        "Bendu", "Bestman", "Famatta", "Garkpa", "Garswa", "Gbarbea", "Kortu", "Menwon", "Nowai",
        "Nyanti", "Siakor", "Sieh", "Sumowood", "Tarlue", "Toeh", "Weedor", "Yatta", "Youjay",
        "Zaizay", "Zoegar",
    ], [
        "Bropleh", "Dahn", "Gbadyu", "Gbaye", "Gbelewala", "Gonkarnue", "Karngbeae", "Kesselly",
        "Kolubah", "Nimely", "Nyenswah", "Pewu", "Saah", "Saywah", "Siaway", "Wolokolie", "Wonkeh",
        "Zawolo", "Zogbaye", "Zubah",
    ]),
    "sierra_leonean": (2, [
        "Alimamy", "Baindu", "Hassanatu", "Hawanatu", "Kadie", "Mbalu", "Nyalay", "Saffie",
        "Salamatu", "Umu", "Yeama", "Kpana", "Tenneh",
    ], [
        "Bangali", "Caulker", "Fullah", "Gbondo", "Kabia", "Kandeh", "Koker", "Kpaka", "Kuyateh",
        "Macauley", "Serry", "Vandi", "Yillah",
    ]),
    "igbo": (3, [
        "Akunna", "Chikodili", "Chisomaga", "Nwamaka", "Nwanneka", "Uchechukwu", "Chiagozie",
        "Chimezie", "Chinecherem", "Chinyelugo", "Ebubechi", "Ebubedike", "Ginikachi",
        "Ifedioramma", "Ihuoma", "Mmesoma", "Ndidiamaka", "Ngozichukwu", "Oluomachi", "Onyedikachi",
        "Osinachi", "Ugochinyere", "Ukamaka",
    ], [
        "Akpunonu", "Anyaegbunam", "Chiedozie", "Egwuonwu", "Ekwealor", "Ezeugwu", "Ikeji",
        "Mbakwe", "Ndubuisi", "Nwagwu", "Nwaogu", "Nwaozuzu", "Nwokoye", "Nwosisi", "Nzeogwu",
        "Obiekwe", "Odoemelam", "Ogbuagu", "Okonta", "Okpala", "Onyeagoro", "Ozoemena", "Uchegbu",
        "Ukaegbu", "Uzoechi",
    ]),
    "kenyan": (2, [
        "Chepkemoi", "Jelagat", "Kagwiria", "Kathambi", "Kawira", "Kendi", "Kipchoge", "Makena",
        "Mumbi", "Mutheu", "Mwikali", "Naliaka", "Ndanu", "Syokau", "Waithera", "Wavinya",
    ], [
        "Bett", "Chelimo", "Kilonzo", "Kimathi", "Kiprop", "Kirui", "Makokha", "Mbogo", "Munyao",
        "Murithi", "Mwendwa", "Nderitu", "Ndolo", "Nzioka", "Wambua", "Wanyonyi", "Wasike",
    ]),
    # Anishinaabemowin names and the French Catholic names of the fur-trade families.
    "ojibwe": (4, [
        "Anang", "Andeg", "Angelique", "Archange", "Asin", "Bineshii", "Esiban", "Eusebe",
        "Giiwedin", "Giniw", "Maajiigwan", "Ogichidaa", "Omashkooz", "Oshkiniigikwe", "Ozaawaa",
        "Waabooz", "Waasakone", "Waawaate", "Zhaangweshi", "Zhaawanoong",
    ], [
        "Aitken", "Ashmore", "Auginaush", "Bonga", "Brun", "Buckanaga", "Bugonaigeshig", "Gotchie",
        "Greensky", "Kier", "Matrious", "Mayotte", "Neadeau", "Negonsott", "Nickaboine",
        "Ogemageshig", "Raisch", "Tibishkogijik", "Bagwajikwe",
    ]),
    "dakota": (2, [
        "Akicita", "Anpetu", "Hanwi", "Hapan", "Hapistinna", "Harpstina", "Hinhan", "Hinhanwin",
        "Hoksida", "Hotanin", "Icimani", "Mazasha", "Tasinagi", "Tokahe", "Wanahca", "Wanbdi",
        "Wapaha", "Waziyata", "Wicanhpi",
    ], [
        "Bluedog", "Bluestone", "DeMarrias", "Flute", "Goodthunder", "Greywind", "Heminger",
        "Ironheart", "Keeble", "LaBatte", "Provost", "Redday", "Redearth", "Renville", "Seaboy",
        "Tiowakan",
    ]),
    "lakota": (3, [
        "Cante", "Cetanwin", "Hanhepi", "Hinzi", "Hokshila", "Igmu", "Kangi", "Luta", "Petaga",
        "Sapa", "Sinte", "Tahca", "Tasunka", "Wahcawin", "Wicasa", "Wichahpi", "Wiyaka", "Wohpe",
    ], [
        "Afraidofhawk", "Badheartbull", "Beardslee", "Bearrunner", "Bettelyoun", "Blackelk",
        "Braveheart", "Bullbear", "Chasinghawk", "Cottier", "Crazythunder", "Crowdog", "Eaglestaff",
        "Fasthorse", "Ghostbear", "Goodvoice", "Hawkwing", "Hermanyhorses", "Highelk", "Ironcloud",
        "Jumpingeagle", "Kocer", "Larvie", "Littlethunder", "Lookinghorse", "Rattlingleaf",
        "Redbear", "Runninghawk", "Runninghorse", "Swiftbird", "Thunderhawk", "Twobulls",
        "Walkingeagle", "Whirlwindhorse", "Whitebuffalo", "Whitehawk", "Whiteplume", "Yellowhawk",
    ]),
    "ho_chunk": (2, [
        "Caxsepga", "Ciiwinga", "Hiicoga", "Hinuga", "Hinukhoga", "Maancgu", "Nawakaga", "Ninija",
        "Waajiga", "Wakajaziga", "Wakanjaxiga", "Wihanga",
    ], [
        "Bearskin", "Blackdeer", "Blowsnake", "Carrimon", "Eagleman", "Hindsley", "Hopinkah",
        "Littlegeorge", "Littlesoldier", "Mudbear", "Prettyman", "Redhorn", "Standingwater",
        "Topping", "Twocrow", "Whiterabbit", "Whitethunder", "Whitewing", "Winneshiek",
    ]),
    "menominee": (1, [
        "Ahkehsemen", "Awaehsaeh", "Kakesiw", "Kenew", "Kinew", "Mahwah", "Mamaceqtaw",
        "Mehtohsehkew", "Nahkiw", "Sekatau", "Wapahkesew", "Wapus",
    ], [
        "Dutchman", "Kaquados", "Kesiah", "Macaw", "Oshkenaniew", "Pamonicutt", "Pyawasay",
        "Pywasit", "Tomow", "Wapahkesik", "Waupochick",
    ]),
    "oneida": (1, [
        "Georgianna", "Kahwihsha", "Kanatawakhon", "Kaniatase", "Kayatilu", "Loleta", "Lotuntahkwa",
        "Ohstahehte", "Tehahuko", "Tekahionwake", "Yakohtehli", "Yukwahtahna",
    ], [
        "Cornplanter", "Doxator", "Sarahas", "Schuman", "Skenadore", "Tahnawenteh", "Chrisjohn",
        "Honyoust", "Kasee", "Schanandoah",
    ]),
    "norwegian": (4, [
        "Amund", "Arnt", "Aslak", "Bjorg", "Embret", "Evald", "Gudbrand", "Guttorm", "Haakon",
        "Haldis", "Helge", "Ingolf", "Jorund", "Kittil", "Knute", "Olaug", "Oline", "Osmund",
        "Ovidia", "Sigvald", "Syver", "Thorstein", "Tilla", "Tollef", "Torkel", "Turid", "Vigdis",
    ], [
        "Ellingson", "Grimsrud", "Halvorson", "Haugrud", "Hegg", "Kittelson", "Loe", "Myrvold",
        "Roalstad", "Rognlien", "Rostad", "Roste", "Rygh", "Stai", "Stensrud", "Storlie",
        "Thorsrud", "Torgerson", "Tufte", "Tveten",
    ]),
    "swedish": (3, [
        "Agda", "Algot", "Alvar", "Axelina", "Birger", "Disa", "Edla", "Elof", "Folke", "Fredrika",
        "Gosta", "Gote", "Gustava", "Hedvig", "Hildur", "Ingegerd", "Ivar", "Lennart", "Linnea",
        "Malte", "Nanna", "Olle", "Rune", "Sigfrid", "Sixten", "Stig", "Svea", "Torsten", "Ture",
        "Ulf", "Vilhelmina", "Yngve",
    ], [
        "Akerlund", "Almquist", "Bystrom", "Dahlgren", "Edstrom", "Fagerlund", "Granlund",
        "Hagstrom", "Hallberg", "Hammarlund", "Jernberg", "Kjellberg", "Lindahl", "Lofgren",
        "Lundeen", "Lundquist", "Magnuson", "Norlander", "Nylund", "Ostrom", "Ringstrom",
        "Sandstrom", "Sjogren", "Sjostrand", "Soderberg", "Stenberg", "Swenson", "Tengwall",
        "Thorsell", "Vikstrom", "Wahlstrom", "Westerlund",
    ]),
    "finnish": (3, [
        "Antti", "Elli", "Ensio", "Hannes", "Hellin", "Hilja", "Impi", "Jalmari", "Kaarlo", "Kaisa",
        "Lahja", "Lyyli", "Niilo", "Oiva", "Ritva", "Seija", "Sisko", "Sulo", "Sylvi", "Taisto",
        "Tellervo", "Terttu", "Tuure", "Uuno", "Vappu", "Vieno", "Viljo", "Waino",
    ], [
        "Aalto", "Haapala", "Heinonen", "Hiltunen", "Hokkanen", "Jarvi", "Jylha", "Kallio",
        "Kauppila", "Keranen", "Korpela", "Kumpula", "Kuusisto", "Laakso", "Lahtinen", "Lindala",
        "Maenpaa", "Mustonen", "Nikula", "Oja", "Paavola", "Pesola", "Pikkarainen", "Rajala",
        "Rintala", "Rovainen", "Sarvela", "Savela", "Seppala", "Tormala", "Turunen", "Uusitalo",
        "Vainio", "Waisanen", "Ylitalo",
    ]),
    "danish": (2, [
        "Aase", "Aksel", "Anker", "Asger", "Birte", "Bodil", "Dorte", "Eigil", "Elna", "Esben",
        "Frode", "Gorm", "Grethe", "Ib", "Inger", "Jens", "Jette", "Jytte", "Kresten", "Laurids",
        "Lone", "Mette", "Mogens", "Niels", "Ove", "Palle", "Poul", "Preben", "Regitze", "Sofus",
        "Soren", "Thyra", "Viggo",
    ], [
        "Bech", "Bisgaard", "Borup", "Brix", "Bundgaard", "Christoffersen", "Dalsgaard", "Damgaard",
        "Fogh", "Frederiksen", "Gregersen", "Husted", "Hvid", "Juhl", "Kirkegaard", "Kjeldsen",
        "Kloster", "Kragh", "Krogh", "Lauridsen", "Lindegaard", "Lykke", "Mathiesen", "Mogensen",
        "Norgaard", "Skov", "Thygesen", "Ulriksen", "Vestergaard", "Vinther",
    ]),
    # Patronymics: -son for a son, -dottir for a daughter; the Dakota settlers' descendants kept
    # some as fixed surnames ("Thorfinnson", "Johannesson").
    "icelandic": (1, [
        "Arnar", "Asgeir", "Baldur", "Bergthora", "Bjarni", "Bryndis", "Eydis", "Eyjolfur",
        "Fridrik", "Gisli", "Gudmundur", "Gudny", "Gunnhildur", "Haukur", "Herdis", "Hjortur",
        "Hrafn", "Hrafnhildur", "Ingibjorg", "Jokull", "Jonina", "Orri", "Sigurdur", "Skuli",
        "Solrun", "Steinunn", "Styrmir", "Sveinbjorn", "Thorarinn", "Thordis", "Thorgerdur",
        "Unnur", "Vilborg",
    ], [
        "Arnadottir", "Asgeirsdottir", "Baldursdottir", "Bergsdottir", "Bjarnason", "Egilsson",
        "Eyjolfsson", "Fridriksson", "Gislason", "Gudmundsson", "Halldorsson", "Hauksdottir",
        "Hjartardottir", "Johannesson", "Jokulsdottir", "Kristjansdottir", "Magnusdottir",
        "Olafsson", "Orradottir", "Palsson", "Ragnarsson", "Skulason", "Snorradottir", "Styrmisson",
        "Sveinsdottir", "Thorarinsson", "Thorfinnson", "Thorsteinsdottir", "Thorvaldsson",
        "Vigfusson",
    ]),
    "german_catholic": (4, [
        "Alfons", "Aloysius", "Ambrosius", "Benedikta", "Bernhard", "Berthold", "Bonifaz",
        "Cunegunda", "Cyrill", "Engelbert", "Gebhard", "Leonhard", "Leopoldine", "Meinrad",
        "Pankraz", "Reinhard", "Rochus", "Theobald", "Theresia", "Walburga", "Wendelin", "Xaver",
    ], [
        "Bierschbach", "Blonigen", "Bruggeman", "Dierkes", "Dingmann", "Dockendorf", "Ebnet",
        "Eiynck", "Feldewerth", "Fleischhacker", "Gertken", "Gohmann", "Gruber", "Hennen",
        "Hinnenkamp", "Hollenhorst", "Hoppe", "Kalkman", "Kasel", "Kirchner", "Kloeckner",
        "Kuechle", "Lanners", "Leuthner", "Loxtercamp", "Marthaler", "Mergen", "Mohs", "Nistler",
        "Notsch", "Ostendorf", "Pflepsen", "Pundsack", "Rademacher", "Rausch", "Schiffler",
        "Schirmers", "Schlangen", "Schmiesing", "Schoenecker", "Stangler", "Stumpf", "Terhaar",
        "Thelen", "Tschida", "Uphus", "Voit", "Wehrle", "Wenner", "Wiese", "Wimmer", "Zenzen",
    ]),
    "luxembourgish": (1, [
        "Aloyse", "Chrëscht", "Fons", "Fränz", "Gusty", "Jemp", "Jempy", "Jhang", "Josee", "Jängi",
        "Liliane", "Mady", "Menn", "Mett", "Misch", "Néckel", "Rosy",
    ], [
        "Biver", "Ewen", "Fautsch", "Feltgen", "Fischbach", "Gengler", "Gloden", "Goedert", "Hamen",
        "Hilger", "Hoscheit", "Jacoby", "Kayser", "Kieffer", "Kinnen", "Kons", "Koob", "Lentz",
        "Leyder", "Majerus", "Meisch", "Mersch", "Michels", "Neuens", "Nilles", "Nosbusch",
        "Olinger", "Origer", "Pauly", "Pletschette", "Reding", "Reuter", "Schaack", "Schiltz",
        "Schmit", "Schmitz", "Scholtes", "Spautz", "Theisen", "Thill", "Thillens", "Wampach",
        "Weis", "Welter", "Zeimet",
    ]),
    "polish": (3, [
        "Bronek", "Kinga", "Klemens", "Prakseda", "Szczepan", "Tomek", "Walerian", "Weronika",
        "Cecylia", "Bonifacy", "Euzebiusz", "Frania", "Genek", "Gienia", "Hipolit", "Józefina",
        "Józia", "Przemko", "Sobiesław", "Stefcia", "Tadzio", "Władzia", "Zdzisia",
    ], [
        "Bielski", "Dombrowski", "Drozd", "Gryglewicz", "Jaskolski", "Klimek", "Kosiorek", "Kroll",
        "Kulczyk", "Kwiatkowski", "Nowaczyk", "Olejnik", "Pilarski", "Pruszynski", "Rybicki",
        "Stachowiak", "Szymczak", "Wojtaszek",
    ]),
    "czech": (2, [
        "Antonín", "Bedřich", "Bořek", "Dobromila", "Dobroslav", "Eliška", "Hanuš", "Hedvika",
        "Jarmil", "Kvido", "Květoslav", "Otakar", "Pravoslav", "Prokop", "Soběslav", "Taťána",
        "Věnceslava", "Zbyhněv", "Zdislava", "Zikmund", "Čeněk", "Žofie",
    ], [
        "Bednář", "Bláha", "Brabec", "Cibulka", "Dostál", "Dvorský", "Hanzlík", "Hladík",
        "Hlaváček", "Hrdlička", "Hromádka", "Janda", "Jireš", "Jirásek", "Kopřiva", "Kostelecký",
        "Kouba", "Koubek", "Kratky", "Krejčí", "Kubát", "Mašek", "Mráček", "Nedbal", "Pelikán",
        "Pešek", "Rybák", "Sebek", "Skřivánek", "Sladek", "Slavík", "Smetana", "Sojka", "Stejskal",
        "Toman", "Trnka", "Vodička", "Vondra", "Vrabec", "Zelenka", "Zika", "Říha", "Šindelář",
    ]),
    "slovak": (1, [
        "Dobroslava", "Eleonóra", "Gejza", "Hedviga", "Hermína", "Ivana", "Jozefína", "Jurko",
        "Marienka", "Milota", "Mojmír", "Rudolf", "Vendelín", "Zlatica", "Ľuboš",
    ], [
        "Baranek", "Bobula", "Dulík", "Ferko", "Gazdík", "Holečka", "Hornák", "Ilavský", "Jancura",
        "Kmeť", "Koleda", "Kuchár", "Mačák", "Mihalik", "Mikuš", "Palko", "Slivka", "Tkáč",
        "Vavrek", "Zajíček", "Čierny", "Šebo", "Žiak",
    ]),
    # The Iron Range: Slovenian and Croatian mining families.
    "slovenian": (2, [
        "Alojz", "Cvetka", "Darinka", "Franc", "Francka", "Jurij", "Ljudmila", "Lojze", "Majda",
        "Metka", "Milka", "Pepca", "Polona", "Rok", "Tinca", "Tonček", "Žiga",
    ], [
        "Ambrožič", "Bizjak", "Bohinc", "Bregar", "Cerar", "Debeljak", "Fabjan", "Gorše",
        "Gregorič", "Grčar", "Ivančič", "Jerina", "Klančnik", "Kobal", "Kosmač", "Kralj", "Kraljič",
        "Lampret", "Lesjak", "Marolt", "Oražem", "Pirc", "Pogačar", "Prijatelj", "Sever", "Tavčar",
        "Tomšič", "Umek", "Vidmar", "Zadnik", "Zajc", "Zorman", "Šuštar", "Žagar",
    ]),
    "croatian": (2, [
        "Anto", "Cvita", "Dinko", "Jadranka", "Jakov", "Katica", "Nediljko", "Roko", "Stipe",
        "Tonka", "Vjekoslav", "Željka",
    ], [
        "Cvitković", "Domazet", "Draganić", "Dujmović", "Franičević", "Galić", "Glavaš", "Grubišić",
        "Ivančević", "Jakovljević", "Jelić", "Kolak", "Kraljević", "Lozić", "Matijević", "Mrkonjić",
        "Novosel", "Perpich", "Radoš", "Sušac", "Ujević", "Vlašić",
    ]),
    "bosnian": (3, [
        "Amila", "Besima", "Edin", "Enisa", "Fadila", "Hajrudin", "Razija", "Zumreta", "Dženita",
        "Edisa", "Enver", "Hamdija", "Ismeta", "Jasenko", "Meliha", "Munib", "Sanela", "Ćamil",
        "Đulsa", "Šaćir", "Šemsa",
    ], [
        "Golić", "Huskić", "Ibrišimović", "Muminović", "Pehlivanović", "Sinanović", "Smajlović",
        "Ćehić", "Dizdarević", "Džaferović", "Fejzić", "Hasić", "Kadić", "Kurtagić", "Lagumdžija",
        "Lončarević", "Mehić", "Mulaosmanović", "Nalić", "Numanović", "Omanović", "Osmić",
        "Pljevljak", "Ramović", "Ridžal", "Sefić", "Tanović", "Zećo", "Zulfić", "Škaljić", "Žunić",
    ]),
    "serbian": (1, [
        "Bojana", "Branislava", "Dragoljub", "Dušica", "Gvozden", "Jovanka", "Kosta", "Ljubinka",
        "Milutin", "Miomir", "Momčilo", "Smiljana", "Stojan", "Živana",
    ], [
        "Aleksić", "Antić", "Babović", "Bošković", "Damjanović", "Gajić", "Jakšić", "Jovičić",
        "Kecman", "Maksimović", "Nešić", "Pantić", "Popadić", "Ristović", "Spasić", "Stevanović",
        "Tasić", "Todić", "Veselinović",
    ]),
    "albanian": (1, [
        "Burim", "Liridona", "Majlinda", "Trëndafile", "Ylber", "Arbnora", "Arlind", "Besarta",
        "Diellza", "Drilon", "Erblin", "Fisnik", "Leutrim", "Mirlinda", "Nderim", "Orges", "Valmir",
        "Xhevahire",
    ], [
        "Avdiu", "Bunjaku", "Demaj", "Fejzullahu", "Halili", "Musliu", "Nikçi", "Prenaj", "Vokshi",
        "Xhaferi", "Çollaku",
    ]),
    "lithuanian": (1, [
        "Dovilė", "Kotryna", "Liudas", "Nijolė", "Petras", "Rimas", "Vilija", "Virginija",
        "Zenonas", "Žaneta",
    ], [
        "Bružas", "Butkutė", "Grigas", "Jakubauskas", "Juška", "Kazlauskienė", "Kriaučiūnas",
        "Maciulis", "Mockus", "Sabonis", "Tamošiūnas", "Valančius", "Čepulis",
    ]),
    "latvian": (1, [
        "Agris", "Aija", "Aivars", "Ausma", "Daina", "Dzintra", "Gunta", "Guntis", "Ilga", "Imants",
        "Kaspars", "Kārlis", "Mudīte", "Ojārs", "Rasma", "Rūdolfs", "Sandis", "Sarmīte",
        "Skaidrīte", "Uldis", "Valda", "Vija", "Vilnis", "Zigrīda",
    ], [
        "Apinis", "Avotiņš", "Balodis", "Briedis", "Bērziņa", "Cīrulis", "Dzenis", "Dzērve",
        "Eglītis", "Freimanis", "Gailītis", "Grīnbergs", "Irbe", "Jansons", "Jurkāns", "Kronbergs",
        "Kārkliņš", "Kļaviņš", "Lapiņš", "Lācis", "Lūsis", "Mednis", "Niedra", "Ozola", "Priede",
        "Pētersons", "Pūce", "Rozenbergs", "Rubenis", "Skuja", "Strautiņš", "Sīlis", "Turlajs",
        "Upītis", "Vanags", "Vītols", "Zariņš", "Zeltiņš", "Zālītis",
    ]),
    # Pella and Orange City, Iowa; particles as the families write them.
    "dutch": (2, [
        "Aart", "Arie", "Baukje", "Berend", "Berendina", "Durk", "Hendrikje", "Hilligje", "Hiltje",
        "Janna", "Jannetje", "Lammert", "Marretje", "Okke", "Pieternella", "Sietske", "Willempje",
    ], [
        "Aalberts", "Bolkema", "Bonnema", "Heemstra", "Hulst", "Kuyper", "Mouw", "Nieuwenhuis",
        "Roorda", "Rozeboom", "Schuiling", "Stoutjesdyk", "Veldhuizen", "Verdoorn", "Vermaat",
        "Vermeer", "Wassenaar", "Wielenga", "Van Engen", "Den Hartog", "Van Ginkel", "Van Gorp",
        "Ten Napel", "Vander Lugt", "Van Wyhe", "Van Der Weide",
    ]),
    # Ghent, Minnesota.
    "flemish": (1, [
        "Achiel", "Amaat", "Bavo", "Cyriel", "Gerarda", "Godelieve", "Godfried", "Jeroom",
        "Jozefien", "Lieven", "Livinus", "Margriet", "Medard", "Octaaf", "Odiel", "Raf", "Theofiel",
        "Urbain", "Wannes",
    ], [
        "Allaert", "Baert", "Bossuyt", "Buyse", "Callewaert", "Casteleyn", "Coppens", "Deblaere",
        "Declercq", "Deconinck", "Degroote", "Depoorter", "Deprez", "Derycke", "Deschepper",
        "Desmet", "Devriendt", "Dewaele", "Dhondt", "Everaert", "Ghesquiere", "Goethals", "Hoste",
        "Lannoo", "Lievens", "Maes", "Meersschaert", "Missiaen", "Neirynck", "Opsomer", "Pattyn",
        "Quintelier", "Roelens", "Soenens", "Tanghe", "Vanacker", "Vandamme", "Vandeputte",
        "Vandevelde", "Vangheluwe", "Vanhoutte", "Vankeirsbilck", "Vanneste", "Verbeke",
        "Vercruysse", "Verhaeghe", "Verstraete", "Wyffels", "Van Overbeke",
    ]),
    # Copper Country mining families.
    "cornish": (2, [
        "Bersaba", "Derwa", "Endelyn", "Gerens", "Hedyn", "Jory", "Kitto", "Lowenna", "Mawgan",
        "Meraud", "Petrok", "Rosenwyn", "Talan", "Tristram", "Ysella", "Zennor",
    ], [
        "Berryman", "Carbis", "Carlyon", "Clemo", "Glasson", "Hichens", "Jenkin", "Jory", "Kitto",
        "Lanyon", "Nankivell", "Penberthy", "Pengilly", "Quintrell", "Rosewarne", "Tregenza",
        "Trelawney", "Trembath", "Trengove", "Trerise", "Tresidder", "Trezise", "Vosper",
    ]),
    "welsh": (1, [
        "Aeron", "Alun", "Cadfael", "Caradog", "Delyth", "Eurig", "Geraint", "Glenys", "Huw",
        "Ieuan", "Morfudd", "Peredur", "Seren", "Wyn", "Ynyr",
    ], [
        "Bellis", "Bowdler", "Dafis", "Gittings", "Gwilliam", "Humphreys", "Ithel", "Maddock",
        "Madoc", "Nanney", "Powys", "Pumphrey", "Trahearn", "Upjohn", "Voyle", "Wogan", "Yorath",
    ]),
    # Michoacan (Purepecha names among them) and Guerrero; two family names.
    "mexican": (5, [
        "Flavio", "Irepani", "Itzuri", "Janitzio", "Tzitziki", "Xanini", "Yunuen", "Tanganxoan",
        "Tsipekua", "Donaciana", "Gerarda", "Pánfila", "Victorina", "Wenceslado", "Cuinierángari",
        "Kutsi",
    ], [
        "Aburto", "Astudillo", "Añorve", "Catalán", "Cerano", "Charicata", "Cupa", "Cutzi",
        "Deloya", "Equihua", "Galeana", "Guízar", "Herrejón", "Magallón", "Mastache", "Memije",
        "Morlet", "Nogueda", "Organista", "Ortuño", "Pureco", "Radilla", "Salmerón", "Tungüí",
        "Tzacari", "Urapo", "Villalva", "Zalapa", "Zamacona",
    ]),
    "salvadoran": (2, [
        "Aminta", "Cruzito", "Jackeline", "Krissia", "Ledy", "Lisseth", "Manlio", "Meybelin",
        "Nathaly", "Orbelina", "Oscarin", "Wilman",
    ], [
        "Batres", "Cienfuegos", "Claros", "Delcid", "Echegoyén", "Jandres", "Mendizábal", "Mixco",
        "Nerio", "Panameño", "Pocasangre", "Quinteros", "Ticas", "Vaquerano",
    ]),
    # Otavalo Kichwa.
    "kichwa": (1, [
        "Achik", "Asiri", "Atik", "Chasqui", "Kamak", "Kantu", "Mayu", "Mushuk", "Pacha", "Quilla",
        "Ruminahui", "Samay", "Tamya", "Urpi", "Wamani", "Yachay", "Yarik",
    ], [
        "Amaguaña", "Anrango", "Cabascango", "Cañamar", "Chalampuente", "Chicaiza", "Chiza",
        "Conejo", "Cotacachi", "Cuascota", "Cushcagua", "Farinango", "Fichamba", "Guandinango",
        "Ipiales", "Maigua", "Males", "Muenala", "Perugachi", "Pichamba", "Picuasi", "Quilumbaquin",
        "Quinche", "Tituaña", "Tocagón", "Tontaquimba", "Vinueza", "Yacelga", "Yamberla",
    ]),
    # Two personal names, no family name; the second goes in the family-name field.
    "tibetan": (2, [
        "Chodron", "Chungdak", "Dakpa", "Dekyi", "Dhonyoe", "Gyalpo", "Lhazom", "Ngawa", "Paldon",
        "Rabgyal", "Sonamtso", "Tamding", "Tendzin", "Tsephel", "Tsheten", "Tsundue", "Wangdue",
        "Wangyal", "Yangkyi", "Zompa",
    ], [
        "Chodron", "Chungdak", "Dakpa", "Dekyi", "Dhonyoe", "Gyalpo", "Gyari", "Khenrab",
        "Lhalungpa", "Lhazom", "Paldon", "Phala", "Rabgyal", "Sadutshang", "Surkhang", "Tamding",
        "Tethong", "Tsarong", "Tsephel", "Tsheten", "Tsundue", "Wangdue", "Wangyal", "Yangkyi",
        "Yuthok", "Zompa",
    ]),
    "syrian": (2, [
        "Ghadir", "Ghiath", "Joud", "Kinda", "Maysaa", "Nawar", "Rahaf", "Tareq", "Yamen",
    ], [
        "Akkad", "Allaf", "Dakkak", "Dimashqi", "Farra", "Hakky", "Hinnawi", "Kaddour", "Khayyat",
        "Mahayni", "Midani", "Mouallem", "Qudsi", "Sukkar", "Tarabishi", "Wannous", "Yazji",
    ]),
    "chaldean": (1, [
        "Amer", "Athra", "Ikhlas", "Janan", "Jandark", "Luma", "Nahla", "Salwan", "Sinharib",
    ], [
        "Acho", "Antoon", "Asmar", "Bashi", "Binno", "Dickow", "Esshaki", "Gorgies", "Hannawa",
        "Jajonie", "Jamo", "Kajy", "Kasto", "Kello", "Kizy", "Konja", "Rabban", "Shammami", "Shamo",
        "Yatooma", "Zeer", "Zoma",
    ]),
    "yemeni": (1, [
        "Amat", "Bilqees", "Dhikra", "Fatehia", "Ishaq", "Jalal", "Kawkab", "Muneer", "Nusaibah",
        "Redha", "Sabreen", "Samiha", "Tawfeeq", "Ulfat", "Wahbia",
    ], [
        "Alansi", "Alawadhi", "Albadani", "Aldailami", "Algahim", "Alhakimi", "Alharazi",
        "Aljaradi", "Alkibsi", "Almaamari", "Almaklani", "Almoflehi", "Alraimi", "Alsabri",
        "Alsaqqaf", "Alshaibani", "Alwazir", "Alyemeni", "Awadh", "Baabbad", "Jaradi", "Khamri",
        "Maflahi", "Rasaam", "Saidi", "Shamiri",
    ]),
    "amish": (2, [
        "Bena", "Eppie", "Jeptha", "Jonny", "Laverna", "Emmalene", "Amsey", "Fronica", "Manasseh",
        "Salomie",
    ], [
        "Beechy", "Bieler", "Bontreger", "Borkholder", "Esch", "Garber", "Gnagey", "Hartzler",
        "Hochstettler", "Hostettler", "Kinsey", "Maust", "Mischler", "Mullett", "Oesch",
        "Schwartzentruber", "Shrock", "Sommers", "Stoltzfoos", "Swareys", "Yoter", "Yutzey",
        "Swartz", "Wittmer",
    ]),
    # Russian Mennonites of Mountain Lake.
    "mennonite": (1, [
        "Abram", "Franz", "Greta", "Jasch", "Katharina", "Kornelius", "Liese", "Margaretha",
        "Mariechen", "Susch", "Tiena",
    ], [
        "Bartel", "Buller", "Dirksen", "Ens", "Ginter", "Heinrichs", "Kehler", "Krahn", "Pankratz",
        "Plett", "Quiring", "Ratzlaff", "Regier", "Schellenberg", "Siemens", "Teichroeb", "Wiens",
    ]),
}  # fmt: skip

# Customs of order and form.
FATHERS_NAME = {"somali", "somali_bantu", "oromo", "amhara"}  # given, father's, grandfather's
SINGLE_NAME = {"karen", "karenni", "tibetan", "chin"}  # often one name on a chart
CLAN_FIRST = {"hmong", "tibetan"}  # written clan or second name first now and then
DOUBLE_SURNAME = {"mexican", "salvadoran", "kichwa"}

# Given and family names that are also ordinary English words: West African and Liberian word
# names, Lakota, Dakota, Ojibwe and Ho-Chunk surnames that are English compounds, and English
# trade names of the farm families.
WORD_GIVEN = [
    "Godsgift", "Lordson", "Brilliance", "Elegance", "Assurance", "Governor", "Senator", "Nativity",
    "Pentecost", "Evangel", "Saviour", "Conqueror", "Ambition",
]  # fmt: skip
WORD_FAMILY = [
    "Jackpine", "Fineday", "Headbird", "Greengrass", "Thundercloud", "Skyhawk", "Stonechild",
    "Twoshields", "Whitecalf", "Goodbird", "Catches", "Brokenleg", "Hollowhorn", "Earring",
    "Crowghost", "Lonehill", "Littlewind", "Blackcloud", "Bluesky", "Nightpipe", "Quickbear",
    "Firethunder", "Holyeagle", "Sweetgrass", "Poorbear", "Pretends", "Yellowboy", "Goesahead",
    "Appleyard", "Beeman", "Cowherd", "Haymaker", "Lever", "Littlefair", "Mattock", "Pulley",
    "Sower", "Washer", "Webber",
]  # fmt: skip

# What family, friends and coworkers call people: Somali bynames ("the tall one", "the light
# one"), Spanish, Scandinavian and Upper Midwest nicknames.
NICKNAMES = [
    "Cadde", "Cadey", "Carab", "Gaabo", "Gacmadheere", "Madoobe", "Yarey", "Dhegdheer", "Indhacas",
    "Laangadhe", "Chencha", "Chiva", "Güicho", "Pillo", "Rulo", "Tavito", "Wicho", "Ole", "Oley",
    "Knutie", "Sigge", "Lasse", "Nisse", "Bosse", "Putte", "Pekka", "Lutefisk", "Spuddy", "Tolly",
    "Tots", "Tuffy", "Cubby", "Bucko", "Bumble", "Dibs", "Fritzie", "Heinie", "Jonsie", "Kibby",
    "Kewpie", "Mopsy", "Muffy", "Nook", "Nubs", "Porky", "Rollie", "Wally", "Woody", "Gilly",
    "Cappy", "Oly",
]  # fmt: skip

GEN_SUFFIX = ["Jr", "Sr", "II", "III"]


# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})  # fmt: skip


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


def _family(rng: random.Random, origin: str) -> str:
    fams = ORIGINS[origin][2]
    last = rng.choice(fams)
    if origin in DOUBLE_SURNAME and rng.random() < 0.35 and " " not in last:
        other = rng.choice(fams)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    return last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.45 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.8 else _family(rng, _origin(rng))
    return first, last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(ORIGINS[origin][1]), _family(rng, origin)
    if last == first:  # a father's name can be a given name, but not one's own
        last = _family(rng, origin)
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune12") -> tuple[str, str]:
    if rng.random() < 0.2:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune12") -> str:
    return person(rng)[1]


def full_name(rng: random.Random, _split: str = "tune12") -> str:
    if rng.random() < 0.16:
        first, last = _word_person(rng)
        return rng.choice([f"{first} {last}", f"{last}, {first}", first, f"{first} {last}"])
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    form = rng.random()
    if origin in FATHERS_NAME and form < 0.45 and last != first:
        grand = rng.choice(ORIGINS[origin][2])
        if grand not in (last, first) and form < 0.2:
            return f"{first} {last} {grand}"
        return f"{first} {last}"
    if origin in SINGLE_NAME and form < 0.3:
        return first
    if origin in CLAN_FIRST and form < 0.25:
        return f"{last} {first}"
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.38:
        return f"{last}, {first}"
    if form < 0.44:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.48:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.52:
        return f"{_fold(first)[0]}. {last}"
    if form < 0.6:
        return first
    if form < 0.64:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.67:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.71:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.75:
        return f"{_fold(last)}, {_fold(first)}".upper()
    if form < 0.79:
        return f"{last}, {first} {_initial(rng)}"
    if form < 0.84:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.87:
        return f"{first} {_initial(rng)} {last}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def given_lower(rng: random.Random) -> str:
    """A given name as it is typed in chat: 'xamse', 'pakou', 'jemp'."""
    first = person(rng)[0]
    return (_fold(first) if rng.random() < 0.5 else first).lower()


def family_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "lyfoung"


def name_lower(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_fold(first)} {_fold(last)}", first]).lower()


def patronymic_name(rng: random.Random) -> str:
    """Given name, father's name, often grandfather's: 'Xamse Koshin Timacadde'."""
    origin = rng.choice(["somali", "somali", "somali", "oromo", "amhara", "somali_bantu"])
    given, fams = ORIGINS[origin][1], ORIGINS[origin][2]
    first = rng.choice(given)
    father = rng.choice([f for f in fams if f != first])
    grand = rng.choice(fams)
    if grand not in (father, first) and rng.random() < 0.55:
        return f"{first} {father} {grand}"
    return f"{first} {father}"


# Communities by the language a chat mixes in, so that "hooyo", "niam" or "unci" come with a
# name of the same community.
ORIGIN_GROUPS: dict[str, list[str]] = {
    "SOM": ["somali", "somali_bantu"],
    "HMN": ["hmong"],
    "KAR": ["karen", "karenni"],
    "LAT": ["mexican", "salvadoran", "kichwa"],
    "ORM": ["oromo"],
    "AMH": ["amhara"],
    "TIB": ["tibetan"],
    "NEP": ["bhutanese_nepali"],
    "NAT": ["ojibwe", "dakota", "lakota", "ho_chunk", "menominee", "oneida"],
    "NOR": ["norwegian", "swedish", "danish", "icelandic"],
    "FIN": ["finnish"],
    "SLAV": ["polish", "czech", "slovak"],
    "BALK": ["bosnian", "croatian", "serbian", "slovenian", "albanian"],
    "ARAB": ["syrian", "chaldean", "yemeni"],
    "WAFR": ["liberian", "sierra_leonean", "igbo"],
    "KEN": ["kenyan"],
    "AMISH": ["amish", "mennonite"],
    "GERM": ["german_catholic", "luxembourgish", "dutch", "flemish"],
    "CELT": ["cornish", "welsh"],
    "BALT": ["lithuanian", "latvian"],
}


def _group_given(origins: list[str]) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        first = rng.choice(ORIGINS[rng.choice(origins)][1])
        roll = rng.random()
        if roll < 0.3:
            return first.lower()
        return _fold(first) if roll < 0.4 else first

    return make


def _group_family(origins: list[str]) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        last = _family(rng, rng.choice(origins))
        return last.lower() if rng.random() < 0.3 else last

    return make


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{_fold(first)[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice(
        [f"{last}, {first}"] * 4 + [f"{last},{first}", f"{last}, {first} {_initial(rng)}"]
    )


def caps_name(rng: random.Random) -> str:
    """Wristband and header style: KAAHIN, XAMSE or KAAHIN,XAMSE M."""
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last}, {first}", f"{last},{first}",
                       f"{last}, {first} {_initial(rng)}", f"{first} {last}"])  # fmt: skip


def family_upper(rng: random.Random) -> str:
    """An HL7, X12 or DICOM family-name component."""
    return _fold(person(rng)[1]).upper()


def given_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def middle(rng: random.Random) -> str:
    """A middle name or initial in its own field (HL7 XPN.3, FHIR given[1], a form box)."""
    if rng.random() < 0.55:
        return _initial(rng)
    return rng.choice(ORIGINS[_origin(rng)][1]).split(" ")[0]


def middle_upper(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def family_name(rng: random.Random) -> str:
    """A family name as a FHIR "family" or a CSV column holds it."""
    return person(rng)[1]


def spelled(rng: random.Random) -> str:
    """A family name spelled out for the front desk: 'K-O-S-H-I-N', 'k o s h i n'."""
    letters = [ch for ch in _fold(person(rng)[1]) if ch.isalpha()] or list("KOSHIN")
    return rng.choice(
        ["-".join(letters).upper(), " ".join(letters).lower(), " ".join(letters).upper()]
    )


_CREDENTIAL_LETTERS = {"RN", "MD", "NP", "PA", "PT", "DO", "CNA", "LPN", "DDS", "MS", "RD", "SW"}


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    while a + b in _CREDENTIAL_LETTERS or a + c + b in _CREDENTIAL_LETTERS:
        a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a}. {b}."])


def clinician(rng: random.Random) -> str:
    """A clinician's name as it is written before a credential: 'Tsige Wubshet', 'J. Trewartha'."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{_fold(first)[0]}. {last}",
                       f"{last}, {first}", f"{first} {last}"])  # fmt: skip


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([
        f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
        f"{last}%2C{first}".replace(" ", "+"), f"{last.lower()}%2C+{first.lower()}".replace(" ", "+"),
    ])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

# Twin Cities grid streets, Iron Range and Copper Country names, lake-country and farm roads.
STREETS = [
    "Aldrich", "Hamline", "Xerxes", "Chocolay", "Chequamegon", "Gunflint", "Sawbill", "Toboggan",
    "Voyageur", "Muskellunge", "Sunfish", "Whitefish", "Moraine", "Drumlin", "Esker", "Mesabi",
    "Cuyuna", "Keweenaw", "Pewabic", "Kearsarge", "Allouez", "Centennial", "Manomin", "Ogema",
    "Kitchigami", "Namekagon", "Flambeau", "Peshtigo", "Pecatonica", "Tahquamenon", "Zumbro",
    "Watonwan", "Lemonweir", "Montello", "Puritan", "Syndicate", "Fairway", "Sobieski", "Krakow",
    "Hawkeye", "Firesteel", "Kringle", "Fishhouse", "Polar", "Birnamwood", "Brantwood",
    "Hazelhurst", "Argonne", "Muskeg", "Ravine", "Adventure", "Arcadian", "Rum River",
    "Oshkaabewis", "Gitchee", "Navarino", "Leopolis", "Zachow", "Upson", "Moquah",
]  # fmt: skip
NUMBERED = ["290th", "315th", "180th", "227th", "410th", "133rd", "162nd", "71st", "38th", "54th",
            "109th", "245th", "340th", "97th", "126th", "201st"]  # fmt: skip
STREET_TYPES = [("St", 9), ("Ave", 8), ("Rd", 7), ("Dr", 4), ("Ln", 4), ("Trl", 3), ("Ct", 2),
                ("Cir", 2), ("Way", 2), ("Pl", 1), ("Pkwy", 1), ("Street", 3), ("Avenue", 3),
                ("Road", 3), ("Lane", 1), ("Trail", 2), ("Path", 1), ("Loop", 1), ("Bay", 1)]  # fmt: skip
POSTDIR = [" N", " S", " NE", " SE", " NW", " SW", " E", " W"]
PREDIR = ["N ", "S ", "E ", "W ", "North ", "South "]
UNITS = ["Apt 3", "Apt 12B", "Apt. 204", "Unit 6", "Unit 1C", "#310", "# 7", "Lot 14", "Lot 22",
         "Trlr 6", "Rm 4", "Upper", "Lower", "Apt B", "Ste 120", "Apt 1104", "Unit G", "Bldg 2 Apt 9",
         "Basement", "Apt 5 Rear", "Fl 2"]  # fmt: skip


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(1000, 9999)), str(rng.randint(10000, 49999)),
                       f"{rng.randint(100, 999)} 1/2", f"{rng.randint(10, 999)}{rng.choice('AB')}"])  # fmt: skip


def street_name(rng: random.Random) -> str:
    """A street without a house number: 'Xerxes Ave S', 'Gunflint Trl', '290th St'."""
    name = rng.choice(STREETS) if rng.random() < 0.85 else rng.choice(NUMBERED)
    post = rng.choice([""] * 4 + POSTDIR)
    return f"{name} {_street_type(rng)}{post}"


def street_line(rng: random.Random) -> str:
    """Number, street and type with no unit."""
    if rng.random() < 0.12:
        pre = rng.choice(PREDIR)
        return f"{_house_number(rng)} {pre}{rng.choice(STREETS)} {_street_type(rng)}"
    return f"{_house_number(rng)} {street_name(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"POB {n}", f"Box {rng.randint(1, 999)}",
                       f"P O Box {n}", f"Post Office Box {n}"])  # fmt: skip


def rural(rng: random.Random) -> str:
    """Fire numbers, county and township roads, trunk highways, BIA routes and star routes."""
    num = rng.randint(100, 39999)
    letter = rng.choice(["K", "JJ", "M", "Q", "D", "PP", "Y", "W"])
    return rng.choice([
        f"{rng.choice('NSEW')}{rng.randint(1000, 9999)} County Rd {letter}",
        f"{rng.choice('NSEW')}{rng.randint(1000, 9999)} County Hwy {letter}",
        f"{rng.choice('NW')}{rng.randint(1000, 9999)} State Hwy {rng.randint(13, 70)}",
        f"{num} County Rd {rng.randint(1, 160)}", f"{num} Co Rd {rng.randint(1, 160)}",
        f"{num} CSAH {rng.randint(1, 80)}", f"{num} Hwy {rng.randint(1, 371)}",
        f"{num} US Hwy {rng.choice([2, 10, 12, 14, 41, 53, 59, 71, 169, 212])}",
        f"{rng.randint(1000, 49999)} M-{rng.choice([26, 28, 35, 38, 64, 77, 94, 123])}",
        f"{rng.randint(100, 999)} BIA Route {rng.randint(1, 30)}", f"{rng.randint(10, 99)} BIA Hwy {rng.randint(2, 27)}",
        f"HC {rng.randint(60, 89)} Box {rng.randint(10, 999)}", f"RR {rng.randint(1, 6)} Box {rng.randint(1, 299)}",
        f"{num} Township Rd {rng.randint(10, 400)}", f"{num} {rng.choice(NUMBERED)} St",
        f"{num} {rng.choice(NUMBERED)} Ave",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune12") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.2:
        return rural(rng)
    if roll < 0.24:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


CITIES = [
    "Abbotsford", "Ahmeek", "Algoma", "Amberg", "Aniwa", "Barnesville", "Bergland", "Biwabik",
    "Bloomer", "Boscobel", "Brillion", "Brimley", "Cadott", "Calmar", "Cashton", "Cavalier",
    "Chassell", "Clearbrook", "Cokato", "Conover", "Crivitz", "Dassel", "Dyersville", "Elcho",
    "Elkader", "Engadine", "Esko", "Ewen", "Fertile", "Fifield", "Frazee", "Ghent", "Glencoe",
    "Glidden", "Hallock", "Hazen", "Hermantown", "Hettinger", "Hubbell", "Karlstad", "Kiel",
    "Kingsford", "Ladysmith", "Lanesboro", "Laona", "Larimore", "Laurium", "Le Sueur", "Lonsdale",
    "Lutsen", "Luxemburg", "Marenisco", "McGregor", "Mellen", "Menahga", "Michigamme",
    "Mineral Point", "Minneota", "Mishicot", "Mondovi", "Montevideo", "Motley", "Mount Horeb",
    "Munising", "Naubinway", "Necedah", "Neillsville", "New Glarus", "New Prague", "Newberry",
    "Nisswa", "Osakis", "Ossian", "Park Falls", "Park Rapids", "Paynesville", "Pelkie", "Pembine",
    "Perham", "Pickford", "Pierz", "Pillager", "Redby", "Riceville", "Richland Center", "Royalton",
    "Rudyard", "Sayner", "Sebeka", "Sidnaw", "Skanee", "Solen", "Spring Grove", "Suring",
    "Thief River Falls", "Thorp", "Tigerton", "Tofte", "Toivola", "Trenary", "Valley City",
    "Wabeno", "Watersmeet", "Waupun", "Wausaukee", "Wittenberg",
]  # fmt: skip

STATES = ["MN", "WI", "IA", "MI", "ND", "SD", "Minn.", "Wis.", "Mich.", "N.D.", "S.D.", "Iowa",
          "Minnesota", "Wisconsin", "North Dakota", "South Dakota", "Michigan", "mn", "wi",
          "MN", "WI", "MN", "ND"]  # fmt: skip
# Three-digit ZIP prefixes of Minnesota, Wisconsin, Iowa, the Upper Peninsula and the Dakotas.
ZIP_PREFIXES = ["550", "551", "553", "554", "556", "557", "558", "559", "560", "561", "562", "563",
                "564", "565", "566", "567", "530", "531", "534", "535", "541", "542", "543", "544",
                "545", "546", "547", "548", "549", "520", "521", "522", "504", "511", "498", "499",
                "580", "581", "582", "583", "585", "586", "570", "571", "573", "575", "577"]  # fmt: skip


def city(rng: random.Random, _split: str = "tune12") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.choice(ZIP_PREFIXES)}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.choice(ZIP_PREFIXES)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov",
             "dec"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2017, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _MONTH_DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1919, 1935), (1936, 1975), (1976, 2025)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    mo, ab, ch, yy, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y}", f"{m}.{d}.{yy:02d}", f"{mo} {d}, {y}", f"{mo} {d} {y}",
        f"{ab} {d}, {y}", f"{ab}. {d}, {y}", f"{ch} {d} {y}", f"{d} {mo} {y}", f"{d}-{ab}-{y}",
        f"{d:02d}{ab.upper()}{y}", f"{mo} {d}{o}, {y}", f"{d}{o} of {mo} {y}", f"{mo} {d}",
        f"{ch} {d}", f"{m}/{d}", f"{ab} {d}", f"{mo} {d}{o}", f"{ch} {d}{o}", f"{d:02d}/{m:02d}/{y}",
    ])  # fmt: skip


def month_day(rng: random.Random) -> str:
    """A date with no year, as people type and say it: 3/14, march 14, the 14th of march."""
    _, m, d = _ymd(rng)
    mo, ch, o = MONTHS[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([f"{m}/{d}", f"{m:02d}/{d:02d}", f"{mo} {d}", f"{ch} {d}", f"{ABBR[m - 1]} {d}",
                       f"{d}{o} of {mo}", f"{ch} {d}{o}", f"{mo} {d}{o}", f"{m}-{d}", f"{d} {ch}"])  # fmt: skip


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}",
                       f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{ABBR[m - 1]}-{y}", f"{MONTHS[m - 1]} {d}, {y}",
                       f"{m:02d}-{d:02d}-{y}", f"{d:02d}{ABBR[m - 1].upper()}{y}"])  # fmt: skip


def old_dob(rng: random.Random) -> str:
    """A birth date of someone over 89."""
    y, m, d = _ymd(rng, 1919, 1935)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}",
                       f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}-{ABBR[m - 1]}-{y}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _any_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{CHAT_ABBR[m - 1]} {y}", f"{y}-{m:02d}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def compact_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8, DICOM DA and file names: 20240314."""
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def hl7_ts(rng: random.Random) -> str:
    """HL7 DTM, whole: 202403140930, 20240314093015-0500."""
    y, m, d = _ymd(rng, 2019, 2026)
    base = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return rng.choice(
        [
            base,
            f"{base}{rng.randint(0, 59):02d}",
            f"{base}{rng.randint(0, 59):02d}-0{rng.choice('56')}00",
        ]
    )


def timestamp(rng: random.Random) -> str:
    """A whole ISO or logging timestamp, one DATE."""
    y, m, d = _ymd(rng, 2020, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-05:00",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}{ss:02d}",
    ])  # fmt: skip


def clf_ts(rng: random.Random) -> str:
    """The whole bracketed stamp of an nginx access line: 14/Mar/2024:09:30:00 -0500."""
    y, m, d = _ymd(rng, 2021, 2026)
    zone = rng.choice(["-0500", "-0600", "+0000"])
    return f"{d:02d}/{ABBR[m - 1]}/{y}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {zone}"


def mail_date(rng: random.Random) -> str:
    """An e-mail Date header after the weekday: 14 Mar 2024 09:30:00 (the zone stays outside)."""
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d} {ABBR[m - 1]} {y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 105)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return age_number(rng)
    n = rng.randint(90, 102)
    if n >= 100:
        return ["one hundred", "a hundred and one", "one hundred two"][n - 100]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers people are reached at -------------------------------------------------------------

AREA_CODES = ["218", "320", "507", "612", "651", "763", "952", "715", "920", "608", "534", "906",
              "701", "605", "319", "563", "641", "712"]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(AREA_CODES), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"{a}{b}{c}",
        f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"({a}){b}-{c}", f"+1{a}{b}{c}",
        f"{a}-{b}-{c} ext {rng.randint(2, 999)}", f"{a}/{b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(AREA_CODES)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

# Regional telephone co-operatives, cable companies and small ISPs, and a few made-up ones.
DOMAINS = ["acegroup.cc", "alliancecom.net", "bektel.com", "boreal.org", "btinet.net",
           "cheqnet.net", "ctctel.com", "gunflint.net", "gvtel.com", "halstadtel.com",
           "hutchtel.net", "jamadots.com", "jvlnet.com", "keweenaw.net", "lakesnet.net",
           "loretel.net", "mncable.net", "nnex.net", "northernwi.net", "northlc.com", "norvado.net",
           "pionet.net", "portup.com", "rconnects.com", "restel.net", "rrt.net", "usfamily.net",
           "visi.com", "wctatel.net",
           "wisper-wireless.com", "yoopermail.com", "sawbillmail.net"]  # fmt: skip
HANDLE_WORDS = ["beetfarmer", "birchbarkbaskets", "cornfed", "dairygal", "dairyprincess",
                "hotdishqueen", "icefisher", "jinglemom", "lefsemaker", "loonlover", "milkhauler",
                "northwoodsnana", "pastylover", "polkadad", "ricingdad", "saunaguy", "silageking",
                "sisugirl", "sisumom", "snowmobiler", "taconiteguy", "tamarackmom",
                "ufdamom", "walleyeking", "yooper"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune12") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "xamse", _handle(last) or "koshin"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2012)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}", f"{f}{yy}",
        f"{ln}{f[0]}{n}", f"{rng.choice(HANDLE_WORDS)}{n}", f"{f}-{ln}", f"{ln}family", f"{f}{ln[0]}{yy % 100:02d}",
        f"{rng.choice(HANDLE_WORDS)}.{ln}", f"{f[:4]}{ln[:4]}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "tune12") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "xamse", _handle(last) or "koshin"
    n, yy = rng.randint(1, 99), rng.randint(1945, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}", f"{ln.upper()}{f[0].upper()}",
        f"{f[0]}{ln}{n}", f"{rng.choice(HANDLE_WORDS)}_{n}", f"{f}{ln}", f"{ln}_{f}", f"{f}{yy}",
        f"{rng.choice(HANDLE_WORDS)}{yy % 100:02d}", f"{f[:3]}{ln[:5]}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune12") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "xamse", _handle(last) or "koshin"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.caringbridge.org/site/{_hex(rng, 8)}",
        f"https://www.gofundme.com/f/help-{f}-{ln}", f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}",
        f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}", f"https://{f}{ln}.wordpress.com",
        f"https://www.tiktok.com/@{f}{ln[:3]}{rng.randint(1, 99)}", f"https://photos.app.goo.gl/{_letters(rng, 17, an)}",
        f"https://mychart.northwoodshealth.example/visit/{_digits(rng, 8)}", f"www.{f}-{ln}.com",
        f"https://www.youtube.com/@{f}{ln}", f"https://docs.google.com/forms/d/{_letters(rng, 20, an)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.25:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice(
            [":".join(g), f"2601:{g[1]}:{g[2]}::{g[7]}", f"2607:{g[1]}:{g[2]}:{g[3]}::{g[7]}"]
        )
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing and other numbers ----------------------------------------------


def ssn(rng: random.Random) -> str:
    a, g, s = (
        f"{rng.randint(1, 665):03d}",
        f"{rng.randint(1, 99):02d}",
        f"{rng.randint(1, 9999):04d}",
    )
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"], [7, 2, 2])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), f"M{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}",
        f"E{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 3)}", f"HC{_digits(rng, 6)}",
        f"0{_digits(rng, 8)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    a = _MBI_ALPHA
    return (f"{rng.randint(1, 9)}{rng.choice(a)}{rng.choice(a + string.digits)}{rng.randint(0, 9)}"
            f"{rng.choice(a)}{rng.choice(a + string.digits)}{rng.randint(0, 9)}{rng.choice(a)}"
            f"{rng.choice(a)}{rng.randint(0, 9)}{rng.randint(0, 9)}")  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    """Minnesota PMI numbers, BadgerCare and Iowa Medicaid ids."""
    return rng.choice(
        [
            _digits(rng, 8),
            f"0{_digits(rng, 7)}",
            _digits(rng, 10),
            f"{_digits(rng, 7)}{_letters(rng, 1)}",
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 9)}", mbi(rng),
        medicaid_id(rng), f"{_digits(rng, 9)}{_letters(rng, 2)}", f"{_letters(rng, 2)}{_digits(rng, 8)}-0{rng.randint(1, 4)}",
        f"{_letters(rng, 3)} {_digits(rng, 4)} {_digits(rng, 5)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        f"PB{_digits(rng, 7)}", f"GT{_digits(rng, 6)}-{_digits(rng, 2)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
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
    """Driver's licences of the region and professional licences."""
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 12)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"{a}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 4)}",
        f"{_letters(rng, 3)}{_digits(rng, 6)}", _digits(rng, 8), f"RN {_digits(rng, 6)}", f"LPN{_digits(rng, 5)}",
        f"{_digits(rng, 5)}-30", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + str(rng.randint(0, 9))
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        f"{_letters(rng, 3)}{_digits(rng, 3)}", f"{_digits(rng, 3)}-{_letters(rng, 3)}", f"{_letters(rng, 2)}{_digits(rng, 5)}",
        rng.choice(["UFDA", "SISU22", "WALEYE", "LEFSE1", "GOPHRS", "YOOPER", "MANOOMN"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01"]) + _digits(rng, 12)
    return payload + _luhn_digit(payload)


def mac_address(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([
        imei(rng), mac_address(rng), f"SN{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        f"{_digits(rng, 2)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"{_letters(rng, 2)}{_digits(rng, 7)}",
        f"(01){_digits(rng, 14)}(21){_letters(rng, 2)}{_digits(rng, 6)}", f"{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    """Claims, referrals, county case numbers, A-numbers, I-94s, tribal enrollment numbers."""
    return rng.choice([
        f"CLM-{rng.randint(2020, 2026)}-{_digits(rng, 6)}", f"REF{_digits(rng, 7)}", f"Rx{_digits(rng, 7)}",
        f"A{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"A{_digits(rng, 9)}", f"{_digits(rng, 11)}",
        f"{rng.choice(['RL', 'WE', 'LL', 'BF', 'MLB', 'OST', 'SRST'])}-{_digits(rng, 6)}", f"CASE-{_digits(rng, 8)}",
        f"{rng.randint(20, 26)}-JV-{_digits(rng, 5)}", f"PA{_digits(rng, 8)}", f"INT-{_digits(rng, 5)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"TKT{_digits(rng, 6)}",
    ])  # fmt: skip


def a_number(rng: random.Random) -> str:
    """An alien registration number from a refugee's papers."""
    d = _digits(rng, 9)
    return rng.choice([f"A{d}", f"A{d[:3]}-{d[3:6]}-{d[6:]}", f"A {d}", f"A-{d}", d])


def i94_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 11), f"{_digits(rng, 9)}{_letters(rng, 1)}{_digits(rng, 1)}"])


def enrollment_number(rng: random.Random) -> str:
    """A tribal enrollment number."""
    return rng.choice([
        f"{rng.choice(['RL', 'WE', 'LL', 'BF', 'MLB', 'OST', 'SRST', 'HCN', 'MITW'])}-{_digits(rng, rng.randint(4, 6))}",
        _digits(rng, 6), f"{_digits(rng, 3)}U{_digits(rng, 5)}", f"#{_digits(rng, 5)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Non-PHI filler, so that log lines vary ----------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice(
        [_hex(rng, 32), f"req_{_hex(rng, 16)}", _hex(rng, 16), f"{_hex(rng, 8)}-{_hex(rng, 4)}"]
    )


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 40), rng.randint(41, 400), rng.randint(401, 9000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(7, 65000))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "200", "201", "204", "302", "400", "401", "403", "404", "409",
                       "422", "500", "502", "504"])  # fmt: skip


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 250000))


def clock(rng: random.Random) -> str:
    """A clock time beside a date; it stays outside the DATE."""
    hh, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice([f"{hh:02d}:{mi:02d}", f"{hh:02d}{mi:02d}", f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
                       f"{hh % 12 or 12}{'am' if hh < 12 else 'pm'}"])  # fmt: skip


def weekday(rng: random.Random) -> str:
    """A weekday beside a date; it is not PHI and stays outside the DATE."""
    return rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "monday", "tues", "wednesday",
                       "thurs", "friday", "sat", "Saturday", "Tuesday"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, status codes, clock times).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),  # a given name alone
    "GLOW": ("NAME", given_lower),  # a given name typed in lower case
    "FLOW": ("NAME", family_lower),  # query strings, file names, handles
    "NAMELOW": ("NAME", name_lower),
    "PATRON": ("NAME", patronymic_name),  # given, father's, grandfather's
    "WGIVEN": ("NAME", word_given),  # Governor, Senator, Saviour
    "WFAM": ("NAME", word_family),  # Earring, Catches, Jackpine, Haymaker
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "FAMUP": ("NAME", family_upper),  # HL7, X12, DICOM components, each its own span
    "GIVUP": ("NAME", given_upper),
    "MIDUP": ("NAME", middle_upper),
    "FAM": ("NAME", family_name),  # FHIR family, CSV column
    "MID": ("NAME", middle),
    "INITS": ("NAME", initials),
    "SPELLED": ("NAME", spelled),  # "K-O-S-H-I-N"
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, RN"
    "NAMEQ": ("NAME", name_query),
    # Places
    "STREETLINE": ("ADDRESS", street_line),
    "STREETNAME": ("ADDRESS", street_name),  # "lives off Gunflint Trl", no house number
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural),  # fire numbers, county roads, BIA routes
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "MD": ("DATE", month_day),
    "DOB": ("DATE", dob),
    "OLDDOB": ("DATE", old_dob),  # beside an age over 89
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),  # "the 14th"
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),  # HL7 DT, X12 D8
    "HLTS": ("DATE", hl7_ts),  # HL7 DTM, whole
    "TS": ("DATE", timestamp),  # a whole ISO or logging timestamp
    "CLFTS": ("DATE", clf_ts),  # nginx access stamp, whole
    "MAILDATE": ("DATE", mail_date),
    # Ages and identifiers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "EMAILENC": ("EMAIL", email_encoded),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "ANUM": ("OTHER_ID", a_number),  # alien registration number
    "I94": ("OTHER_ID", i94_number),
    "ENROLL": ("OTHER_ID", enrollment_number),  # tribal enrollment number
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "STATUS": (None, status),
    "BYTES": (None, size),
    "CLOCK": (None, clock),
    "WDAY": (None, weekday),
}
# A given name ("GSOM", "GHMN", ...) or family name ("FSOM", "FNAT", ...) of one community.
EXTRA_SLOTS.update(
    {f"G{key}": ("NAME", _group_given(group)) for key, group in ORIGIN_GROUPS.items()}
)
EXTRA_SLOTS.update(
    {f"F{key}": ("NAME", _group_family(group)) for key, group in ORIGIN_GROUPS.items()}
)


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format, and a slot
# is never written directly before a doubled closing brace. generate.fill() lowercases, misspells
# and strips punctuation from chat on top of this.

CHAT = [
    # Relatives and others named in passing, mostly bare given names with no cue word.
    "{GLOW} has fever since last night and wont eat, can we come today",
    "{GIVEN} fell again this morning, same knee",
    "can {GLOW} pick up my meds, she has my card",
    "me and {GLOW} and {GLOW} all have the same cough now",
    "{GIVEN} {GIVEN} and {GLOW} need their shots before school starts",
    "its for {GLOW}, not me. shes the one with the rash",
    "my wife {GLOW} is pregnant again and the nausea is bad",
    "hooyo {GSOM} needs her blood pressure pills refilled, fadlan",
    "walaashay {GSOM} will bring me, she drives now",
    "ayeeyo is {AGE} and not eating since ramadan started, {GSOM} is worried",
    "niam {GHMN} cant hear on the phone so text me instead, this is her son",
    "my txiv {GHMN} {FHMN} has the appointment {MD} but he needs hmong interpreter",
    "pog is {AGE} and fell in the garden, {GHMN} found her",
    "kuv lub npe yog {GHMN}, i need refill for my niam",
    "ua tsaug {GHMN} 🙏",
    "moe {GKAR} needs karen interpreter for the eye doctor on {MD}",
    "pa {GKAR} cough blood small, please help",
    "ta blut thra {GKAR} for helping my family",
    "mi esposo {GLAT} se cortó la mano en la lechería, can he come in today",
    "doña {GLAT} from church is taking me, she speaks english",
    "mi suegra {GLAT} {FLAT} tiene {AGE} años y no quiere comer",
    "gracias {GLAT}, nos vemos el {MD}",
    "haadha koo {GORM} has sugar problem, galatoomi",
    "enate {GAMH} is coming from addis on {MD}, can she see a doctor",
    "aama {GNEP} is {AGE}, she stopped walking since dashain",
    "thuk je che {GTIB}, amala is feeling better",
    "amala {GTIB} needs tibetan interpreter again",
    "boozhoo its {GNAT}, nookomis needs a ride to dialysis on {MD}",
    "miigwech {GNAT} 🙏",
    "unci {GNAT} is {AGE} and wants to stay home, hospice said call u",
    "pilamaya {GNAT}, we got the meds",
    "my lala {GNAT} {FNAT} went to the ihs clinic but they said come to u",
    "uff da, {GNOR} backed into the mailbox again and now his shoulder hurts",
    "babcia {GSLAV} is {AGE} and the home care lady didnt come",
    "nana {GBALK} needs bosnian interpreter for her heart appt",
    "sitto {GARAB} fell, {GARAB} is with her, shukran",
    "daalu {GWAFR}, my nne is much better",
    "asante {GKEN}, shosho is home now",
    "yupaychani {GLAT}, mama is ok",
    "denki {GAMISH}, dat is doing better with the new pills",
    "oma {GGERM} doesnt remember if she took her pills",
    "diolch {GCELT} 😊",
    "tak {GNOR}, farmor says hi",
    "kiitos {GFIN}, mummo is home from the hospital",
    "hvala {GBALK}, baka says thank you",
    "faleminderit {GBALK}",
    "tenki {GWAFR}, mi mama is fine now",
    "bomi {GGERM} is {AGE} and wants to know if she still needs the shingles shot",
    # Neighbours, coworkers, pastors, coaches, caregivers.
    "my neighbor {GLOW} found me on the floor, can someone call",
    "{WGIVEN} from work drove me to urgent care",
    "my boss {GIVEN} at the plant says i need a note for the line",
    "my supervisor {GLOW} said the turkey plant needs the work restriction by {MD}",
    "coworker {GIVEN} cut his hand on the line too, does he come here",
    "pastor {SURNAME} will come with me for the results",
    "pastor {GIVEN} prayed with us, thank you for letting him in",
    "coach {SURNAME} says {GLOW} needs a physical before wrestling",
    "coach {GIVEN} thinks its a concussion, {GLOW} took a hit at practice",
    "our pca {GIVEN} didnt show up again today",
    "my pca {NAME} can sign the timesheet right",
    "the interpreter {GIVEN} was so good, can we ask for her again",
    "case manager {NAME} said to message here about the bus card",
    "{GARAB} from the mosque will drive me on {MD}",
    "sheikh {GSOM} said i can break the fast if the dr says so",
    "deacon {SURNAME} brings communion on sundays, can he visit at the hospital",
    "sister {GIVEN} from the parish is my emergency contact",
    "my sponsor {GIVEN} says i should ask about the shot for cravings",
    "the milk hauler {GLOW} saw me fall off the skid steer",
    "my hired man {GIVEN} does chores when im laid up",
    "{WGIVEN} is my driver from the county, he'll wait in the van",
    "the bus driver {GLOW} noticed my son was wheezing",
    "our landlord {NAME} still hasnt fixed the mold",
    "my foster mom {GIVEN} can sign the consent",
    "the school nurse {GIVEN} sent him home with pink eye",
    "my roommate {GLOW} has covid, should i test",
    "{GLOW} at the front desk said to message here",
    "nurse {GIVEN} said to send a picture of the wound",
    "dr {SURNAME} said its ok to take both but the pharmacy says no",
    "dhakhtar {FSOM} told me to stop the metformin, is that right",
    "is dr {SURNAME} working on {MD}, i only want to see her",
    "the doctor at the ihs clinic, dr {SURNAME}, sent the referral",
    # Words that are also names here.
    "{WGIVEN} has the kids today so i can come at 2",
    "tell {WGIVEN} the pills are ready",
    "{WGIVEN} {WFAM} is my uncle, he can sign",
    "my grandpa {WFAM} wants to know about his hearing aids",
    "this is {WGIVEN}, {WGIVEN}'s sister",
    "{WFAM} here, returning the nurse call",
    "ask {WGIVEN} if she got my message",
    "my cousin {WNAME} is my ride",
    "its {WGIVEN} again lol",
    "mrs {WFAM} next door saw the ambulance",
    "{GIVEN} {WFAM} is the one with the appt, im her aunt",
    "my auntie {GIVEN} {WFAM} needs a ride from the ihs to dialysis",
    # Sign-offs and names at the end.
    "ok thank you so much!! -{GLOW}",
    "will be there at 10. {GIVEN}",
    "thanks again\n{NAME}",
    "sorry for all the questions\n- {GLOW}",
    "please call me back, {NAME} {PHONE}",
    "thx\n{LASTFIRST}",
    "appreciate it 🙏 {GLOW}",
    "{NICK} here, never heard back about my xray",
    "love u guys, {NICK}",
    "sent from {GIVEN}'s phone, this is her mom",
    "- {GLOW} (her daughter)",
    "thank you nurse, {PATRON}",
    "{GLOW} 😊",
    "ok ok see you {MD}. {GLOW}",
    "its {INITS}, the one with the knee thing",
    "mahadsanid, {PATRON}",
    "regards, {NAME}\n{PHONE}",
    "thanks, {GIVEN} ({SURNAME}'s wife)",
    # Names at the start.
    "{NAME} here, is the clinic open on the holiday",
    "{GIVEN} again, still no call about the mri",
    "{LASTFIRST}, dob {DOB}, need refill",
    "{PATRON} dob {DOB}, the pharmacy says no refills left",
    "{GLOW} {FLOW} dob {DOB} is my dad",
    "{NAMELOW} is my name, i cant log in",
    "{NICK} is bringing me, he'll wait in the truck",
    # Nicknames.
    "my son {GIVEN} (we call him {NICK}) has had a fever since the {DAYTH}",
    "i go by {NICK} but my chart says {NAME}",
    "everybody calls my dad {NICK}, his real name is {NAME}",
    "{NICK} and {NICK} are the twins, they both need the flu shot",
    "is {NICK} allowed to visit me in the hospital",
    # Relatives with names, family-first and patronymic custom.
    "my husband is {PATRON}, his name on the card is different",
    "on the insurance card my name is {PATRON} but the clinic has {NAME}",
    "in hmong we say {FHMN} {GHMN} but the chart should be {GHMN} {FHMN}",
    "the chart says {FAM} {GIVEN} but my family name is {FAM}",
    "my name is {GKAR}, only one name, karen people dont have last names",
    "my last name is {SURNAME}, its my fathers name not family name",
    "tibetans have no last name, mine is {GTIB} {FTIB}",
    "can you fix my name, its {SPELLED} not {SURNAME}",
    "spelled {SPELLED}, first name {GIVEN}",
    # Dates, every which way.
    "is my appt {MD} at {CLOCK} or later",
    "can i move my appt from the {DAYTH} to the {DAYTH}",
    "{WDAY} {MD} works better for me",
    "i had my covid shot on {DATE} and my arm is still sore",
    "my last period was {MD}, is it too soon to test",
    "havent been seen since {MONYEAR}, is that a new patient visit",
    "started the new pills on the {DAYTH} and by the {DAYTH} i had hives",
    "stitches went in on {MD}, when do they come out",
    "we arrived in the us on {DATE}, do we need the refugee screening still",
    "my green card interview is {MD}, i need the vaccine form",
    "she was born {DATE} in the camp, we dont have the papers",
    "he came from the camp in {MONYEAR}, still no doctor",
    "we go back for eid on {MD}, can i get my refill early",
    "ramadan starts around {MD}, how do i take the insulin when fasting",
    "deer opener is {MD} so i cant come that weekend lol",
    "hmong new year is {MD}, can we do the appt after, {GHMN}",
    "i will be at the cabin {MD} thru {MD}, can i do video",
    "calving starts {MD}, i cant leave the farm till after",
    "yes {MD} at {CLOCK} is fine thank you",
    "born {DOB}, name is {NAME}, i cant get into my account",
    "my birthday is {DOB} not {DOB}, someone typed it wrong",
    "kids name is {GIVEN} {SURNAME}, birthday {DOB}",
    "dob {DOB}, last name {SURNAME}",
    "dad died on {DATE}, please stop the reminder calls",
    "my mom is {AGE} since {MD} and still drives to bingo",
    "grandpa turns {AGEN} on {MD}, can he still get the rsv shot",
    "my great grandma is {AGE}, born {OLDDOB}, she needs the handicap form",
    # Addresses, typed casually.
    "i moved to {STREET}, please update it",
    "new address {STREET} {CITY} {ZIP}",
    "we live way out on {RURAL}, gps sends people wrong",
    "the farm is on {RURAL}, past the creamery, yellow barn",
    "mail goes to {POBOX} but we live at {RURAL}",
    "send the bill to {POBOX}, {CITY} {STATE} {ZIP}",
    "we are staying with my cousin at {STREETLINE} {UNIT} until we find a place",
    "the house is the blue one on {STREETNAME}, behind the church",
    "im in {UNIT} at {STREETLINE}, buzzer broken, call when ur here",
    "address is {STREET}\n{CITY}, {STATE} {ZIP}",
    "the old address was {STREET}, new one is {STREET}",
    "we moved from {CITY} to {CITY} for the plant job",
    "is there a clinic closer to {CITY}? driving to {CITY} takes an hour in winter",
    "my son lives in {CITY} now, can he do video from there",
    "she is at the nursing home in {CITY}, can hospice go there",
    "we are up at the lake near {CITY} till {MD}",
    "the ambulance took him to {CITY}, can u get those records",
    "ur office on {STREETNAME} has no parking in the snow",
    "im at the trailer court on {STREETNAME}, lot 14",
    "my dad lives alone on {RURAL} and wont answer the phone",
    "our new apt is {STREETLINE} {UNIT} {CITY} mn {ZIP}",
    # Phones, fax, e-mail.
    "pls call my brother {GIVEN} at {PHONE} if u cant reach me",
    "home is {PHONE}, cell is {PHONE}",
    "dont call {PHONE} anymore thats my exs number",
    "text me at {PHONE}, i work nights at the plant",
    "the school needs it faxed to {FAX}, attn {GIVEN}",
    "my email is {EMAIL} if thats easier",
    "send the work note to {EMAIL} please",
    "please email my daughter {NAME} at {EMAIL}, she does my bills",
    "my caseworker {GIVEN} number is {PHONE}",
    "call the interpreter line and ask for {GIVEN}, my number is {PHONE}",
    # Numbers on cards and accounts.
    "my member id is {PLAN}",
    "mn care id {MEDICAID}, is it active",
    "medicare # {MBI} and my secondary is {PLAN}",
    "my ss# is {SSN} for the disability form",
    "chart number {MRN} i think, its on the wristband",
    "my mrn is {MRN} and my husbands is {MRN}, dont mix us up",
    "acct {ACCOUNT} says i owe 80 but i paid on {MD}",
    "claim {OTHER} got denied again",
    "my a number is {ANUM} for the adjustment paperwork",
    "tribal id {ENROLL}, the ihs referral should cover it",
    "rx number {OTHER}, the pharmacy says it needs ur ok",
    "county case number is {OTHER}, my worker is {NAME}",
    # Devices, vehicles, licences, portal.
    "pump serial {DEVICE} keeps saying occlusion",
    "my cpap sn is {DEVICE}, the mask leaks",
    "the cgm app wants the transmitter id, its {DEVICE}",
    "my phone imei is {IMEI} if the monitor company needs it",
    "my truck got towed from the er lot, plate {PLATE}",
    "{NICK} drives the silver pickup, plate {PLATE}, hes picking me up",
    "for the accident claim the vin is {VIN}",
    "my drivers license # is {LICENSE} for the parking form",
    "my username is {USER} and it says wrong password",
    "tried {USER} and {USER}, neither works",
    "portal says someone logged in from {IP}, was that u",
    "this is the link they sent {URL} but it wont open",
    "my sister made a caringbridge for me {URL}",
    "can u sign up for the meal train {URL}",
    # Forwarded messages, voice-to-text, pasted things.
    "fwd from my daughter: 'mom its {GIVEN}, tell the nurse your sugar was 40'",
    "---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {WDAY}, {MD}\nSubject: my dad\n\ncan you tell the nurse he fell again",
    "Fwd: from {EMAIL}\n> hi its {GIVEN} from the county, {GIVEN} needs the form signed",
    "[voice message] hi um this is {GLOW} calling for my mom {GLOW} she has the appointment {MD} but uh she cant come call me back {PHONE}",
    "[voicemail transcript] yes hello my name is {NAME} {NAME} sorry my name is {NAME} i need my medicine",
    "voice to text sorry: hi its {GLOW} {FLOW} my daughter {GLOW} has the throw up since {WDAY}",
    "[voice] this is {GLOW} from the farm out on {RURAL} the cow kicked me and my arm is swelling",
    "[transcript] my husband {GLOW} is {AGE} he doesnt know where he is",
    "copying what the pharmacy texted: 'Rx for {NAMELOW} ready for pickup'",
    "pasting the letter: Dear {NAME}, your appointment on {DATE} has been cancelled",
    "screenshot says patient {LASTFIRST} dob {DOB}, that is not me",
    # Run-ons, typos, emoji.
    "hi this is {NAME} my mom {GLOW} is {AGE} and fell on {MD} now she cant walk right can someone call {PHONE}",
    "ok so i called on {MD} and nobody called back its {GLOW} btw 😤",
    "we got back from {CITY} on {MD} and {GLOW} has been coughing ever since 🤒",
    "my neighbor {GLOW} found my dad on the floor at {STREET}, hes at the er now 😭",
    "{GLOW} is throwing up and 103 fever should we go to er in {CITY}",
    "this is {GLOW}, {GLOW}'s mom, he has a rash from the amoxicillin",
    "my brother {NAME} passed on {DATE}, please stop sending him letters at {STREET}",
    "hey {GLOW}! its me again, still no callback 🙄",
    "{GLOW} and me both got the stomach bug after the church potluck",
    "me n {GLOW} n the kids r coming at 3 ok 👍",
    "{GLOW} {GLOW} {GLOW} all sick 😷😷😷",
    "tell {GLOW} i said thanks for the ride ❤️",
    "is {GLOW} working today? she knows my case",
    "idk if {GLOW} told u but the pharmacy lost my rx again",
    "lol {GLOW} said u guys would laugh at the xray",
    "omg {GLOW} finally got the wheelchair thank u",
    "my husband {GLOW} {FLOW} {PHONE} is my emergency contact now",
    "the bill has the wrong last name, its {SURNAME} not {SURNAME}",
    "why does the letter say {NAME}? thats my mother in law",
    "{GLOW} from the tribal clinic said u have my xray",
    "my daughter in law {GIVEN} does my appointments, u can talk to her",
    "my ex {NAME} is NOT allowed to get info about the kids",
    "grandma {GIVEN} {SURNAME} is {AGE}, still milks two cows every morning",
    "{GLOW} my husband has chest pain and his left arm is numb 😰",
    "hi {GLOW} this is {GLOW} from the lake place, the kids got into poison ivy",
    "im caregiver for {NAME}, dob {DOB}, she lives at {STREET}",
    "our pastor {NAME} visited and said she looks yellow",
    "i am {PATRON}, {PATRON} is my brother, we both need the tb test",
    "we are the {FAM} family, 6 of us, need new patient appts",
    "my kids are {GIVEN}, {GIVEN}, {GIVEN} and baby {GIVEN}",
    "{GIVEN} and {GIVEN} share the inhaler is that ok",
    "{GLOW} dont want to go to the er, {GLOW} says wait",
    "ask for {GORM} when u call, she speaks oromo",
    "can i bring {GLOW} to translate, she is my cousin",
    "{GLOW}'s baby is 2 weeks old and very yellow",
    "{SURNAME} family here, the farm dog bit our boy",
    "got bit by a dog at {STREET} yesterday, do we need rabies shots",
    "hello my name {NAME} my english little, my daughter {GIVEN} help me, her phone {PHONE}",
    "i am {GIVEN}'s teacher at the adult school, she asked me to write for her",
    "this is {NAME} from {CITY} family practice, returning ur call about {GIVEN}",
    # Farm, lake country, refugee clinic, nurse line, billing.
    "the vet said the calf had ringworm and now {GLOW} has a red circle on her arm",
    "{GLOW} got his sleeve caught in the pto, bleeding stopped, do we come in",
    "manure pit gas scare this morning, {GLOW} got dizzy, is he ok now",
    "my cousin {GSOM} just came from the camp in kenya, where does she get the tb test",
    "the resettlement lady {NAME} said to message here for the health screening",
    "{GLOW} needs the tb skin test read on {MD}",
    "can the nurse line call {GIVEN} back at {PHONE}, she is at work till 5",
    "i got two bills for {NAME}, acct {ACCOUNT} and {ACCOUNT}",
    "is the sliding fee form ok if {GLOW} doesnt have pay stubs",
    "pharmacy says my insurance changed to {PLAN}, can u resend it",
    "plow didnt come, we are stuck on {RURAL}, the home nurse cant get in today",
    "my mother {PATRON} is {AGE} and blind, can i pick up for her",
    "{GLOW} went through the ice fishing, hes warm now but coughing",
    "{GFIN} passed out in the sauna, is that just dehydration",
    "{GNAT} had frybread at the powwow and now her sugar is 400",
    "jingle dress practice made {GNAT} wheeze, she needs a new inhaler",
    "the snowmobile flipped, {GLOW} says his ribs hurt when he breathes",
    "{WGIVEN} and {WGIVEN} are my twins, both have ear infection",
]

NOTES = [
    # Headers and identifiers.
    "Patient: {CAPSNAME}    DOB: {DOB}    MRN: {MRN}\nDate of Service: {DATE}",
    "PATIENT NAME: {CAPSNAME}\nDATE OF BIRTH: {DOB}\nACCOUNT #: {ACCOUNT}\nADMIT DATE: {DATE}",
    "Name: {NAME} | DOB: {DOB} | Sex: F | MRN: {MRN} | Visit: {DATE}",
    "{LASTFIRST} ({AGEN} y.o. M) MRN {MRN} - seen {MD}",
    "RE: {NAME}\nDOB: {DOB}\nDOS: {DATE}",
    "Pt: {CAPSNAME}  Rm 214-B  Adm {DATE}  Attending: {DOC}, MD",
    "ENCOUNTER DATE: {DATE}  PROVIDER: {DOC}, NP  LOCATION: {CITY} Family Practice",
    "Wristband: {CAPSNAME} / {DOB} / {MRN}",
    "Refugee Health Screening\nName: {PATRON}\nDOB: {DOB} (estimated)\nArrival: {ISODATE}\nA#: {ANUM}",
    "Tribal clinic intake: {GNAT} {FNAT}, enrollment {ENROLL}, DOB {DOB}, chart {MRN}",
    # HPI.
    "HPI: {NAME} is a 34 y/o woman who presents on {DATE} with 3 days of productive cough.",
    "HPI: Mr. {SURNAME} is a {AGE}-year-old retired dairy farmer brought in by his daughter {GIVEN} for confusion since {MD}.",
    "HPI: Ms. {WFAM} reports the rash began on the {DAYTH} after she started the new antibiotic.",
    "HPI: symptoms began around {MD}; denies fever. History from pt and wife {GHMN} via Hmong interpreter.",
    "History is provided by the patient's son, {NAME}, who lives with her in {CITY}.",
    "Pt is a {AGE} yo F from {CITY}, widowed, brought in by neighbor {WNAME} after a fall in the barn.",
    "{AGEN}F w/ hx of CHF, AFib on warfarin, here with granddaughter {GIVEN} for leg swelling x1 wk.",
    "Mrs. {SURNAME} was last seen in clinic on {DATE}, when her A1c was 9.2%.",
    "58 y/o M dairy farmer, left hand caught in a PTO shaft on {MD} on the farm at {RURAL}.",
    "Pt reports exposure to silo gas on {MD}; wife {GIVEN} found him in the feed room.",
    "Pt was ice fishing near {CITY} on {MD} when he broke through; brought in by his friend {NICK}.",
    "Onset of chest pain {DATE} at approximately 0300 while at home on {STREETNAME}.",
    "Presented to {CITY} ED on {DATE}, transferred here the following day by air.",
    "Pt is a 41 y/o Somali-speaking woman, interpreter {NAME} present, here for diabetes follow-up.",
    "Pt ({PATRON}) arrived from a refugee camp in {MONYEAR}; no prior medical records.",
    "Per pt's wife, {GIVEN}, he has been drinking more since the layoff at the plant on {MD}.",
    "Pt's coach, {NAME}, witnessed the hit; no LOC per coach.",
    # Assessment and plan.
    "A/P: {AGE}-year-old man with CKD 4; discussed dialysis options with pt and daughter {NAME}.",
    "Plan: RTC {MD} for INR check; pt's son {GIVEN} will drive.",
    "Plan: f/u with Dr. {SURNAME} (cardiology) in 2 weeks; next echo due {MONYEAR}.",
    "Assessment: fall at home {MD}, no fracture. Will arrange PT through {CITY} Home Care.",
    "Plan discussed with pt and health care agent {LASTFIRST}, who agrees with hospice referral.",
    "Follow up: Dr. {DOC} at {CITY} Orthopedics, {STREET}, {CITY}, {STATE} {ZIP}; ph {PHONE}.",
    "Return precautions reviewed with pt and husband {GIVEN}; next visit {DATE} at {CLOCK}.",
    "Latent TB: start rifampin; pt and brother {PATRON} counseled with interpreter; LFTs on {MD}.",
    "Insulin adjusted for Ramadan fasting; pt will message {GIVEN}, RN with readings; husband {GSOM} agrees.",
    # Discharge summaries.
    "DISCHARGE SUMMARY\nAdmission Date: {DATE}\nDischarge Date: {DATE}\nAttending: {DOC}, MD\nPCP: {DOC}, NP",
    "Admitted {ISODATE}, discharged {ISODATE} to home with daughter {NAME}.",
    "Date of admission: {DATE}. Date of discharge: {DATE}. Disposition: SNF in {CITY}.",
    "Discharged to home at {STREET}, {CITY}, {STATE} {ZIP} with home care; caregiver {NAME} educated.",
    "Pt admitted on the {DAYTH} with sepsis and discharged on the {DAYTH} after 7 days of IV antibiotics.",
    "Discharge instructions given to pt and wife {GKAR} with Karen interpreter; follow-up with {DOC} on {MD}.",
    "D/C to care center in {CITY} on {DATE}; report called to nurse {GIVEN} at {PHONE}.",
    # Letters and referrals.
    "Dear Dr. {SURNAME},\nThank you for referring {NAME} (DOB {DOB}), whom I saw in consultation on {DATE}.",
    "Dear {GIVEN},\nIt was a pleasure seeing your patient, Mr. {SURNAME}, in the {CITY} clinic today.",
    "Re: {NAME}, DOB {OLDDOB}\nI am referring this {AGEN}-year-old woman for evaluation of a thyroid nodule.",
    "Referral to: {DOC}, MD, Rheumatology, {STREET}, {CITY} {ZIP}. Fax {FAX}.",
    "To whom it may concern: {NAME} was seen in our clinic on {DATE} and may return to work at the plant on {MD} with no lifting over 20 lb.",
    "School note: {GIVEN} {SURNAME} was seen {DATE} and may return to school on {MD}.",
    "Sincerely,\n\n{DOC}, MD\n{CITY} Family Medicine\n{STREET}\n{CITY}, {STATE} {ZIP}",
    "Yours truly,\n{DOC}, PA-C\ncc: {DOC}, MD",
    # Signature and transcription blocks.
    "Electronically signed: {DOC}, MD {DATE} {CLOCK}",
    "Electronically signed by {DOC}, RN on {DATE} at {CLOCK}",
    "Dictated by: {DOC}, MD\nDictated: {DATE}\nTranscribed: {DATE} by {INITS}",
    "cc: {DOC}, MD; {DOC}, NP; patient",
    "Attestation: I saw and examined the patient with resident Dr. {SURNAME} and agree with the plan. {DOC}, MD",
    "Cosigned by {DOC}, DO on {MD}.",
    "Note written by {DOC}, MS3, under supervision of {DOC}, MD.",
    "Scribed for {DOC}, MD by {NAME} on {DATE}.",
    "Interpreter: {NAME} (Somali), ID {OTHER}, present in person for the entire visit.",
    "Interpreter used: {GHMN} {FHMN} #{OTHER} (Hmong, via video).",
    "Karen interpreter {GKAR} by phone; pt's son {GKAR} also present.",
    # Nurse line and phone encounters.
    "Nurse line {DATE}: spoke with pt's daughter {GIVEN} at {PHONE}; BP at home 160s/90s. Advised UC.",
    "Telephone call from {NAME} (pt's wife) at {CLOCK} re: new confusion since {MD}. Advised ED.",
    "Called pt at {PHONE}, no answer; VM left. Second attempt {MD}.",
    "Returned call to {LASTFIRST}; swelling better. Keep appt on the {DAYTH}.",
    "Pt's son {NAME} called from {CITY} asking for a copy of the POLST; faxed to {FAX}.",
    "TC to pharmacy ({PHONE}): spoke with pharmacist {GIVEN}, clarified dose.",
    "Message from {GIVEN} at {CITY} Home Care: pt missed two visits this week.",
    "Pt called to report BG 42 this am; husband {GIVEN} gave juice. Recheck 118.",
    "Triage: caller {NAME}, relationship mother, child {GIVEN} age 3, fever 103.1 since {WDAY}. Disposition: see within 4 hours.",
    "After-hours call: {GLOW} (pt's caregiver) reports pt is {AGE} and not arousable. Advised 911.",
    # Nursing notes.
    "Nursing: pt resting, wife {WGIVEN} at bedside. Call light in reach.",
    "0600: pt pulled IV; reinserted L forearm. Daughter {GIVEN} notified ({PHONE}).",
    "Pt states her name is {NAME} and DOB {DOB}; two identifiers verified before transfusion.",
    "Belongings sent home with son {NAME}: glasses, dentures, phone.",
    "Pt asking for her sister {GIVEN}, who lives in {CITY}.",
    "Handoff given to {GIVEN}, RN at 1900.",
    "Pt ambulated 150 ft with PT ({DOC}, PT). Tolerated well.",
    "Wound care per {DOC}, CWOCN. Next dressing change {MD}.",
    "Pt's elder, {GNAT} {FNAT}, requested smudging; arranged with spiritual care.",
    # Social work and case management.
    "SW note: pt lives with husband {GIVEN} in a second-floor apartment at {STREET}, {CITY}; no elevator.",
    "SW: pt is unhoused, receives mail at {POBOX}, {CITY}; shelter bed on {STREETNAME}.",
    "CM: pt's farm is at {RURAL}, 40 min from the nearest pharmacy. Daughter {NAME} can drive.",
    "SW spoke with APS worker {NAME} ({PHONE}) about concerns at the home on {STREETNAME}.",
    "Pt lives alone at {RURAL}; neighbor {WGIVEN} checks on her daily.",
    "CM: hospital bed to be delivered to {STREET}, {UNIT} on {MD}.",
    "MA application submitted {DATE}; county case # {OTHER}; worker {NAME}.",
    "Guardian: {NAME}, appointed by court on {DATE}.",
    "Pt moved from {CITY} to {CITY} in {MONYEAR} for work at the meat packing plant.",
    "Transportation: pt's nephew {NICK} drives; plate {PLATE}.",
    "Resettlement caseworker {NAME} ({PHONE}) will bring pt and wife {GIVEN} to the {MD} visit.",
    "Tribal CHR {GNAT} {FNAT} will do a home visit at {RURAL} on {MD}.",
    # Family and social history.
    "FH: mother ({GIVEN}) d. age 72 of MI; father d. 68 stroke; sister {GIVEN} in {CITY}, T2DM.",
    "Family hx: brother {NAME} had colon cancer at 49; maternal aunt {GIVEN} breast ca at 50.",
    "SH: born in a camp in Thailand, came to {CITY} in 2009; lives with husband {GIVEN} and 5 children.",
    "SH: dairy farmer, milks 60 cows with son {GGERM}; lives on {RURAL}; never smoker.",
    "SH: taconite miner x 30 yrs; widowed (wife {GIVEN} d. {MONYEAR}); lives with daughter {WGIVEN} on {STREETNAME}.",
    "Social: married to {NAME}; 3 children; lives at {STREET} in {CITY}. Works second shift.",
    "Emergency contact: {NAME} (son) {PHONE}; alt: {NAME} (niece) {PHONE}.",
    "NOK: {LASTFIRST}, spouse, {PHONE}, {STREET}, {CITY} {STATE} {ZIP}",
    "Pt's grandson {NAME} is primary caregiver and lives with her in {CITY}.",
    "Household: pt, wife {PATRON}, and children {GIVEN}, {GIVEN} and {GIVEN}.",
    # Medication reconciliation and pharmacy.
    "Med rec completed {DATE} with pt and daughter {GIVEN} using pill bottles.",
    "Med list obtained from {CITY} pharmacy (ph {PHONE}, fax {FAX}) on {MD}.",
    "Last fills from {MD} to {MD}. Rx #{OTHER} is for metoprolol.",
    "Prescriber on the bottle is Dr. {SURNAME}; DEA {DEA}; NPI {NPI}.",
    "Pharmacist {DOC}, PharmD, called pt re: interaction; pt's son {GIVEN} answered.",
    "Outside records from Dr. {DOC} ({CITY}) reviewed; last visit {DATE}.",
    # Procedures.
    "OPERATIVE REPORT\nDate of procedure: {DATE}\nSurgeon: {DOC}, MD\nAssistant: {DOC}, PA-C\nAnesthesia: {DOC}, CRNA",
    "Procedure on {DATE} by Dr. {SURNAME}; specimen {OTHER} sent to pathology.",
    "Time-out with {DOC}, MD, {GIVEN} (circulator) and {GIVEN} (scrub).",
    "Implant: pacemaker, serial {DEVICE}, implanted {DATE}.",
    "Insulin pump (S/N {DEVICE}) suspended for surgery per anesthesia.",
    "Hip prosthesis lot/serial {DEVICE}; implant card given to pt's son {GIVEN}.",
    # Ages and dates of birth.
    "Pt is {AGE} years old and lives independently on the farm; still drives the tractor.",
    "{NAME} is a pleasant {AGE}-year-old woman seen with her son for memory loss.",
    "Nonagenarian ({AGEN}) with advanced dementia; family requests comfort focus.",
    "Pt states she was born {DOB} in {CITY}; ID confirms.",
    "DOB {OLDDOB} (age {AGEN}); history from niece {NAME}.",
    "DOB on I-94 listed as {DOB}; pt believes actual birthday is {MD}.",
    # Identifiers of other kinds.
    "Insurance: {PLAN} (primary), {MEDICAID} (MA). Subscriber: {NAME}.",
    "Medicare ID {MBI} verified at registration on {MD}.",
    "Guarantor acct {ACCOUNT}; statements to {POBOX}, {CITY}, {STATE} {ZIP}.",
    "SSN {SSN} on face sheet for the disability application.",
    "Portal username {USER}; reset link sent to {EMAIL}.",
    "Pt prefers e-mail ({EMAIL}); daughter's e-mail {EMAIL} also on file.",
    "Video visit; pt connected from IP {IP}, confirmed located at home in {CITY}.",
    "Pt's family keeps a CaringBridge page at {URL}; discussed privacy.",
    "MVC: pt was driver of VIN {VIN}; state patrol report # {OTHER}.",
    "Pt's pickup ({VEHICLE}) left in the ED bay; security holding keys for {GIVEN}.",
    "Driver's license {LICENSE} scanned for identity verification.",
    "CGM transmitter {DEVICE}; data shared with clinic since {MD}.",
    "Home BP cuff paired to pt's phone (IMEI {IMEI}).",
    "Alien registration number {ANUM}; I-94 {I94}; arrival {DATE}.",
    # Terse fragments.
    "s/p lap chole {MONYEAR}; s/p TKA R {DATE}",
    "Last seen {MD} by {DOC}, NP.",
    "f/u {MD} w/ {GIVEN}, RN re: wound.",
    "Seen in ED {DATE}; d/c same day, dx gastritis.",
    "LMP {DATE}; EDD {DATE}; G5P4.",
    "Imm: Tdap {DATE}; PCV20 {DATE}; RSV {MD}.",
    "Labs drawn {DATE} at the {CITY} lab; results pending.",
    "Pt no-showed {MD} and {MD}; letter mailed to {STREET}.",
    "Records received by fax from {FAX} on {DATE}, 14 pages.",
    "Pt's ride, {NICK}, waiting in the lobby.",
    "Pt's daughter ({NAME}) present and consents to discussion.",
    "Advance directive on file, signed {DATE}; agent {NAME}, alternate {NAME}.",
    "Code status: DNR/DNI per pt and wife {GIVEN}, confirmed {MD}.",
    "Visitors: only {NAME} and {NAME} per pt request.",
    "Pt asked that no information be given to her ex-husband, {NAME}.",
    "Chaplain {DOC} visited; pt's church is in {CITY}.",
    "Pastor {SURNAME} visited at pt's request.",
    "Pt's PCP: {DOC}, MD, {STREET}, {CITY}; ph {PHONE}; fax {FAX}.",
    "Address verified: {STREET}, {CITY}, {STATE} {ZIP}; phone {PHONE}.",
    "Address line 1: {STREETLINE}\nAddress line 2: {UNIT}\nCity: {CITY}  State: {STATE}  ZIP: {ZIP}",
    "Mailing: {POBOX}, {CITY}, {STATE} {ZIP}. Physical: {RURAL}.",
    "Pt lives at {RURAL} outside {CITY}; no cell service at home.",
    "EMS picked pt up at {RURAL} at 0512 on {DATE}.",
    "Sheriff found pt wandering near {STREETNAME} on the {DAYTH}.",
    "Pt recently moved to {STREETLINE}, {UNIT} ({CITY}) from {CITY}.",
    "Pt's wife, {WNAME}, reports he has been sleeping more since {MD}.",
    "Per son {WGIVEN}, pt stopped the lithium around the {DAYTH}.",
    "Mr. {WFAM} is well known to this clinic; last seen {DATE}.",
    "Mrs. {WFAM}'s husband died on {DATE}; grief support offered.",
    "Dr. {WFAM}'s note from {MD} reviewed.",
    "Baby girl {SURNAME} born {DATE} at 0412, 3.2 kg; mother {NAME}.",
    "Infant {NAME}, DOB {DOB}, 2-week weight check with mother {GIVEN}.",
    "Lab requisition: {CAPSNAME}, {DOB}, ordering {DOC}, collected {DATE}.",
    "Radiology: comparison with outside CT of {DATE} from {CITY}.",
    "Transfer accepted by {DOC}, MD on {DATE}.",
    "Pt goes by {NICK}; legal name {NAME}.",
    "Name on passport {PATRON}; name on insurance card {NAME}; both in chart.",
    "Pt prefers the name {GHMN}; family name {FHMN} (clan).",
    "Initials of witness: {INITS}. Consent signed {DATE}.",
]

# key=value, JSON, HL7, FHIR, CSV, access logs, query strings, traces. A whole timestamp is one
# DATE; each HL7, X12 or FHIR name component is its own NAME.
LOGS = [
    # Application key=value lines.
    '{TS} INFO  scheduling.book patient="{NAME}" dob={ISODATE} slot={TS} clinic=refugee-health',
    "{TS} WARN  sms.undeliverable to={PHONE} patient_id={MRN} carrier=unknown",
    '{TS} INFO  interpreter.booked lang=som interpreter="{NAME}" patient_mrn={MRN} appt={TS}',
    '{TS} INFO  interpreter.booked lang=hmn interpreter_id={OTHER} for="{LASTFIRST}"',
    'ts={TS} level=info event=checkin pt_name="{NAME}" dob={ISODATE} mrn={MRN} kiosk=lobby-2',
    'level=warn component=eligibility member_id={PLAN} subscriber="{FAMUP}, {GIVUP}" dob={HLDATE} result=inactive',
    'event=address.changed old_addr1="{STREETLINE}" new_addr1="{STREETLINE}" new_city="{CITY}" new_postal={ZIP} by={USER}',
    'msg="guarantor mismatch" guarantor="{LASTFIRST}" acct={ACCOUNT} patient="{LASTFIRST}"',
    "audit action=VIEW resource=Patient/{MRN} actor={USER} actor_ip={IP} at={TS} reason=treatment",
    "audit action=EXPORT records=14 actor={USER} dest={EMAIL} at={TS}",
    'audit action=BREAK_GLASS patient="{NAME}" dob={USDATE} user={USER} ws=ED-WS14 ip={IP}',
    "audit: login failure user={USER} src_ip={IP} count=3",
    'kiosk.checkin name="{NAME}" dob_entered={USDATE} dob_on_file={USDATE} result=mismatch',
    'reminder.queue pt="{GIVEN} {SURNAME}" phone={PHONE} appt="{DATE}" lang=kar',
    "geo.lookup postal={ZIP} -> city={CITY} state={STATE}",
    'address.standardize in="{STREET}" out="{STREETUP}" zip4={ZIPNINE}',
    'address.reject reason=fire_number_unparsed line1="{RURAL}" city="{CITY}" user={USER}',
    'transport.booked rider="{NAME}" pickup="{STREET}, {CITY}" vehicle={PLATE} at={TS}',
    'nurseline.call caller="{NAME}" relation=daughter callback={PHONE} patient_mrn={MRN} disposition=ED',
    'nurseline.callback queued to={E164} name="{GIVEN}" reason="fever child" at={TS}',
    'rx.transmit rx={OTHER} patient="{LASTFIRST}" pharmacy_fax={FAX} prescriber_npi={NPI}',
    'rx.ready notify="{NAME}" sms={PHONE} store=5 pickup_by={MD}',
    "pharmacy.refill.denied rx={OTHER} mrn={MRN} reason=needs_visit requested_by={USER}",
    'billing.statement guarantor="{NAME}" addr="{POBOX}, {CITY} {STATE} {ZIP}" balance=312.10',
    'billing.sliding_fee applicant="{NAME}" household=6 tier=A acct={ACCOUNT} approved_by={USER}',
    "claim.status claim_id={OTHER} acct={ACCOUNT} dos={ISODATE} status=denied code=CO-16",
    "eligibility check member_id={PLAN} dob={ISODATE} payer=MNMA result=active",
    "medicaid.elig pmi={MEDICAID} dob={HLDATE} county=27 status=active",
    "ihs.referral prc_id={OTHER} enrollment={ENROLL} patient={MRN} status=approved",
    'refugee.intake arrival={ISODATE} a_number={ANUM} name="{PATRON}" agency=resettlement',
    "device.sync serial={DEVICE} owner_mrn={MRN} last_seen={TS} battery=38",
    "ble.pair mac={MAC} imei={IMEI} user={USER}",
    "parking.citation plate={PLATE} vin={VIN} lot=ED issued={TS}",
    'provider.lookup npi={NPI} dea={DEA} license={LICENSE} name="{DOC}"',
    "sentry ValidationError: ssn '{SSN}' failed checksum for patient {MRN}",
    "login.success user={USER} ip={IP} mfa=sms({PHONE})",
    "login.failed user={USER} ip={IP} reason=locked attempts=6",
    "webhook.post url={URL} status=404 user={USER}",
    "profile.update user={USER} field=website old={URL} new={URL}",
    'census unit=4N bed=12 pt="{LASTFIRST}" age={AGEN} adm={ISODATE}',
    "flag.age_over_89 mrn={MRN} age={AGEN} dob={OLDDOB}",
    '{TS} WARN kiosk.checkin name="{NAME}" dob_entered={DOB} dob_on_file={DOB} mismatch',
    'export.pdf file="{LASTFIRST} {HLDATE}.pdf" to={EMAIL}',
    'upload.scan file="{FLOW}_{GLOW}_insurance_card.jpg" member={PLAN} by={USER}',
    'kv patient.name="{NAME}" patient.city={CITY} patient.age={AGEN} patient.phone={PHONE}',
    'cron.reminders sent=1 to="{NAME}" appt={TS}',
    'ticket.opened id={OTHER} requester={EMAIL} subject="cant log in as {USER}"',
    "lab.result accession={OTHER} mrn={MRN} collected={TS} test=QuantiFERON value=positive",
    'hie.query name="{CAPSNAME}" dob={HLDATE} zip={ZIP} matches=2',
    "vpn.connect user={USER} assigned={IP} from={IP} at={TS}",
    '{TS} ERROR pdf.render failed for letter to "{NAME}" at "{STREET}, {CITY}"',
    'mychart.proxy granted proxy="{NAME}" patient="{NAME}" relation=parent by={USER} at={TS}',
    'portal.message from={USER} to_pool=nurse-line subject="refill for {GIVEN}" ip={IP}',
    'consent.signed patient="{LASTFIRST}" witness_initials={INITS} at={TS}',
    'fax.outbound to={FAX} pages=6 recipient="Dr {SURNAME}" status=delivered',
    'fax.inbound from={FAX} csid="{CITYUP} CLINIC" pages=3 queued_for={USER}',
    'efax.ocr ani={FAX} ocr_name="{CAPSNAME}" ocr_dob="{USDATE}" matched_mrn={MRN}',
    # JSON.
    '{{"ts":"{TS}","event":"intake.submitted","first":"{GIVEN}","last":"{FAM}","dob":"{ISODATE}","zip":"{ZIP}"}}',
    '{{"level":"error","msg":"address validation failed","line1":"{STREETLINE}","city":"{CITY}","state":"{STATE}","zip":"{ZIP}"}}',
    '{{"evt":"chat.message","from":"{PHONE}","text":"this is {GLOW}, running late","ts":"{TS}"}}',
    '{{"patient":{{"name":{{"given":"{GIVEN}","family":"{FAM}"}},"birthDate":"{ISODATE}","address":{{"line1":"{STREETLINE}","line2":"{UNIT}","city":"{CITY}","postalCode":"{ZIP}"}}}},"source":"kiosk"}}',
    '{{"pt_nm":"{LASTFIRST}","pt_dob":"{USDATE}","pt_addr":"{STREET}","pt_city":"{CITYUP}","pt_zip":"{ZIP}","lang":"som"}}',
    '{{"event":"guarantor.updated","guarantor":{{"fullName":"{NAME}","homePhone":"{PHONE}"}},"account":"{ACCOUNT}"}}',
    '{{"emergency_contact":{{"name":"{NAME}","relationship":"son","phone":"{PHONE}","email":"{EMAIL}"}},"mrn":"{MRN}"}}',
    '{{"fname":"{GIVEN}","lname":"{FAM}","mi":"{MID}","dob":"{DOB}","sex":"F","lang":"hmn"}}',
    '{{"appointmentStart":"{TS}","patientRef":"Patient/{PTUUID}","reminder":{{"channel":"sms","to":"{E164}"}}}}',
    '{{"admit_ts":"{TS}","disch_ts":"{TS}","attending":"{NAME}","unit":"4N","age":{AGEN},"dx":"I50.9"}}',
    '{{"subscriber":{{"memberId":"{PLAN}","firstName":"{GIVUP}","lastName":"{FAMUP}","dateOfBirth":"{HLDATE}"}},"payer":"MNMA","status":"active"}}',
    '{{"user":{{"username":"{USER}","email":"{EMAIL}","lastLogin":"{TS}","lastIp":"{IP}"}}}}',
    '{{"device":{{"serial":"{DEVICE}","mac":"{MAC}","owner":"{NAME}","pairedAt":"{TS}"}}}}',
    '{{"transport":{{"vin":"{VIN}","plate":"{PLATE}","rider":"{NAME}","pickup":"{RURAL}"}}}}',
    '{{"rx":{{"number":"{OTHER}","prescriber":{{"name":"{NAME}","npi":"{NPI}","dea":"{DEA}"}},"patient":"{LASTFIRST}"}}}}',
    '{{"next_of_kin":"{NAME}","nok_phone":"{PHONE}","patient_age":{AGEN},"dob":"{OLDDOB}"}}',
    '{{"contact":{{"mailAddress":"{POBOX}","physicalAddress":"{RURAL}","city":"{CITY}","postal":"{ZIP}"}}}}',
    '{{"interpreter":{{"name":"{NAME}","id":"{OTHER}","lang":"kar"}},"patient":"{MRN}","start":"{TS}"}}',
    '{{"household":[{{"name":"{NAME}","dob":"{DOB}"}},{{"name":"{NAME}","dob":"{DOB}"}}],"arrival":"{ISODATE}"}}',
    '{{"caller":"{NAME}","callback":"{E164}","symptom":"chest pain","age":{AGEN},"ts":"{TS}"}}',
    '{{"refugee":{{"name":"{PATRON}","aNumber":"{ANUM}","arrivalDate":"{ISODATE}","countyOfResettlement":"{CITY}"}}}}',
    '{{"tribal":{{"enrollmentNumber":"{ENROLL}","name":"{NAME}","dob":"{ISODATE}","address":"{RURAL}"}}}}',
    '{{"ocr":{{"text":"Member: {CAPSNAME} ID {PLAN}","confidence":0.91}},"upload_by":"{USER}"}}',
    # HL7 v2.
    "MSH|^~\\&|EPIC|NWHEALTH|LAB|NWHEALTH|{HLTS}||ADT^A04|{OTHER}|P|2.5.1",
    "PID|1||{MRN}^^^NWH^MR||{FAMUP}^{GIVUP}^{MIDUP}||{HLDATE}|M|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^NWH^MR~{MEDICAID}^^^MNMA^MA||{FAMUP}^{GIVUP}||{HLDATE}|F|||{RURAL}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}||{FAM}^{GIVEN}^{MID}||{HLDATE}|F|||{POBOX}^^{CITY}^{STATE}^{ZIP}",
    "NK1|1|{FAMUP}^{GIVUP}^{MIDUP}|SPO^Spouse^HL70063|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}|{PHONE}|EC^Emergency Contact",
    "NK1|2|{FAM}^{GIVEN}|DAU^Daughter|||{PHONE}",
    "PV1|1|I|4N^412^01^NWH||||{NPI}^{FAMUP}^{GIVUP}^{MIDUP}^^^MD|{NPI}^{FAMUP}^{GIVUP}^^^^MD||MED||||7|||{NPI}^{FAMUP}^{GIVUP}|IN||MCR|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MNMA|00123|MEDICAL ASSISTANCE||||||||||||{FAMUP}^{GIVUP}|01^Self|{HLDATE}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|2|MCR|CMS|MEDICARE||||||||||||{FAMUP}^{GIVUP}^{MIDUP}|01^Self|{HLDATE}|||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{FAMUP}^{GIVUP}^{MIDUP}||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}|{PHONE}||{HLDATE}|F||SEL|{SSN}",
    "OBX|5|TX|NOTE^Nursing note||Pt ambulated with daughter {GIVEN} at bedside, plan d/c {USDATE}||||||F|||{HLTS}",
    "EVN|A08|{HLTS}|||{USER}^{FAMUP}^{GIVUP}",
    "ORC|RE|{OTHER}|{OTHER}||CM||||{HLTS}|||{NPI}^{FAMUP}^{GIVUP}^{MIDUP}^^^MD",
    "PD1|||NORTHWOODS FAMILY PRACTICE^^{OTHER}|{NPI}^{FAMUP}^{GIVUP}",
    "MRG|{MRN}^^^NWH^MR||{ACCOUNT}|||||{FAMUP}^{GIVUP}",
    "hl7.listener: ACK AE for {OTHER}: PID-7 birth date {HLDATE} after admit date {HLTS}",
    'mirth channel ADT_IN: Error mapping PID-5 "{FAMUP}^{GIVUP}^{MIDUP}" - XPN.1 exceeds 35 chars',
    "RXA|0|1|{HLTS}|{HLTS}|141^Influenza^CVX|0.5|mL||00^New|{NPI}^{FAMUP}^{GIVUP}||||LOT4481",
    # FHIR.
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"use":"official","family":"{FAM}","given":["{GIVEN}","{MID}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","name":[{{"use":"usual","text":"{NICK}"}},{{"use":"official","family":"{FAM}","given":["{GIVEN}"]}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{MRN}"}},"name":[{{"text":"{NAME}"}}],"relationship":[{{"text":"guardian"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Encounter","period":{{"start":"{TS}","end":"{TS}"}},"subject":{{"display":"{NAME}"}},"participant":[{{"individual":{{"display":"{DOC}"}}}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{LASTFIRST}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{FAM}","given":["{GIVEN}"],"suffix":["RN"]}}]}}',
    '{{"resourceType":"Appointment","start":"{TS}","participant":[{{"actor":{{"display":"{NAME}"}}}},{{"actor":{{"display":"Interpreter {NAME}"}}}}]}}',
    '{{"resourceType":"Communication","sent":"{TS}","sender":{{"display":"{NAME}"}},"payload":[{{"contentString":"{GLOW} needs a refill"}}]}}',
    '{{"resourceType":"Patient","extension":[{{"url":"tribal-affiliation","valueString":"enrolled, {ENROLL}"}}],"birthDate":"{ISODATE}"}}',
    'fhir.validate OperationOutcome: Patient.birthDate "{DATE}" is not a valid date (Patient/{PTUUID})',
    "GET /fhir/Patient?family={FLOW}&given={GLOW}&birthdate={ISODATE} 200 {MS}ms",
    # CSV.
    'mrn,last_name,first_name,dob,addr1,city,state,zip\n{MRN},{FAM},{GIVEN},{USDATE},"{STREETLINE}",{CITY},{STATE},{ZIP}',
    'PatientName,DOB,Phone,Email\n"{LASTFIRST}",{ISODATE},{PHONE},{EMAIL}',
    "acct|guarantor|addr|city|zip|bal\n{ACCOUNT}|{CAPSNAME}|{STREETUP}|{CITYUP}|{ZIPNINE}|212.40",
    "row 44 rejected: {MRN};{FAMUP};{GIVUP};{OLDDOB};{AGEN};{CITY}",
    '"id","name","birth_date","age","town","postal"\n"{OTHER}","{NAME}","{OLDDOB}","{AGEN}","{CITY}","{ZIP}"',
    'csv.import line 881: "{FAM}","{GIVEN}","{MID}","{USDATE}","{PHONE}" -> invalid phone',
    "MemberID\tSubscriber\tDOB\tGroup\n{PLAN}\t{CAPSNAME}\t{USDATE}\tGRP-0042",
    "interp_date,lang,interpreter,patient_mrn,minutes\n{ISODATE},som,{NAME},{MRN},45",
    "arrival_date,a_number,name,dob,county\n{ISODATE},{ANUM},{PATRON},{DOB},{CITY}",
    # X12.
    "NM1*IL*1*{FAMUP}*{GIVUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}*{UNIT}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "HL*2*1*22*0~SBR*P*18*GRP4411******MC~NM1*IL*1*{FAMUP}*{GIVUP}****MI*{MEDICAID}~DMG*D8*{HLDATE}*M~",
    "CLM*{ACCOUNT}*250***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~REF*EA*{MRN}~",
    "NM1*82*1*{FAMUP}*{GIVUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "NM1*QC*1*{FAMUP}*{GIVUP}~N3*{POBOX}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    "EB*1*IND*30**MA~DTP*291*D8*{HLDATE}~MSG*Member {FAMUP} {GIVUP} active~",
    # Access logs and query strings.
    '{IP} - - [{CLFTS}] "GET /portal/messages?from={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Linux; Android 14)"',
    '{IP} - {USER} [{CLFTS}] "GET /api/v1/patients/{MRN}/documents/{FLOW}-{HLDATE}.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFTS}] "POST /api/scheduling/book?name={NAMEQ}&dob={ISODATE} HTTP/1.1" 201 {BYTES}',
    '{IP} - - [{CLFTS}] "GET /fhir/Patient?given={GLOW}&family={FLOW}&address-postalcode={ZIP} HTTP/1.1" 200 {BYTES}',
    "GET /api/v2/search?last={FLOW}&first={GLOW}&dob={ISODATE} 200 {MS}ms",
    "GET /api/v1/patients/search?q={NAMEQ}&zip={ZIP} 404 {MS}ms",
    "POST /portal/register email={EMAIL} phone={PHONE} 201",
    "DELETE /api/v2/contacts?email={EMAILENC} 204 {MS}ms",
    "GET /maps/geocode?address={STREET}&city={CITY}&zip={ZIP} 200",
    "POST /sms/inbound From={E164}&Body=this+is+{GLOW}+running+late 200",
    "GET /reports/labs/{MRN}/{HLDATE}/{FLOW}.pdf 403 user={USER}",
    "GET /api/v1/interpreters?lang=kar&name={NAMEQ} 200 {MS}ms request_id={REQID}",
    '{TS} "GET /billing/statements?acct={ACCOUNT}&guarantor={NAMEQ} HTTP/1.1" {STATUS} {MS}ms',
    # Traces.
    "Traceback (most recent call last):\n  File \"/srv/intake/views.py\", line 212, in post\n    patient = Patient.objects.get(mrn=mrn)\n    mrn = '{MRN}'\n    dob = '{DATE}'\npatients.models.Patient.DoesNotExist",
    "ValueError: time data '{DATE}' does not match format '%Y-%m-%d'\n  Local variables: raw='{DATE}' patient_name='{NAME}'",
    "KeyError: 'postal_code'\n  locals: {{'addr': {{'line1': '{STREETLINE}', 'city': '{CITY}', 'state': '{STATE}'}}, 'pt': '{LASTFIRST}'}}",
    "phonenumbers.NumberParseException: The string supplied did not seem to be a phone number: '{PHONE}' (patient_id={PTUUID})",
    "smtplib.SMTPRecipientsRefused: {{'{EMAIL}': (550, b'5.1.1 mailbox unavailable')}}",
    "java.lang.IllegalStateException: duplicate MRN {MRN} for {CAPSNAME} born {ISODATE}\n\tat org.nwh.mpi.Merge.run(Merge.java:77)",
    'psql:ERROR: null value in column "zip" violates not-null constraint DETAIL: Failing row contains ({MRN}, {FAM}, {GIVEN}, {ISODATE}, {STREETLINE}, {CITY}, null).',
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.',
    "UnicodeEncodeError: 'latin-1' codec can't encode character in position 3 (fax cover for {NAME}, to {FAX})",
    '{TS} ERROR [pid {PIDN}] name normalizer failed: input="{NAME}" reason=too_many_tokens',
    'span=scheduling.book trace={REQID} dur={MS}ms attrs.patient_name="{NAME}" attrs.slot={TS}',
    # Mail and messaging.
    '{TS} notify.email to="{NAME} <{EMAIL}>" template=appt_reminder when="{MD}"',
    '{TS} notify.sms to={PHONE} body="Hi {GIVEN}, your visit is {MD} at 2:15"',
    'From: "{NAME}" <{EMAIL}>\nTo: nurseline@northwoodshealth.example\nSubject: my mother {NAME}\nDate: {WDAY}, {MAILDATE} -0600',
    "Reply-To: {EMAIL}\nSubject: Fwd: referral {NAME} / MRN {MRN}",
    "postfix/smtp[{PIDN}]: 4F2A81C0: to=<{EMAIL}>, relay=mx.example.net[{IP}]:25, status=sent (250 OK)",
    'sms.optout number={PHONE} keyword=STOP patient="{LASTFIRST}"',
    'twilio.webhook From={E164} Body="{NAMELOW} dob {DOB} need refill"',
    # Devices, identity, storage.
    'mdm.enroll imei={IMEI} owner="{NAME}" email={EMAIL} model=Pixel-8',
    "dhcp lease {IP} -> {MAC} hostname={GLOW}-ipad",
    'valet.ticket vin={VIN} plate={PLATE} owner="{NAME}" phone={PHONE}',
    'pdmp.request prescriber_dea={DEA} patient="{LASTFIRST}" dob={ISODATE} dl={LICENSE}',
    'idproof.scan dl={LICENSE} name="{CAPSNAME}" dob={USDATE} addr="{STREETUP}, {CITYUP}, {STATE} {ZIP}"',
    "link.click url={URL} user={USER} ip={IP}",
    '{{"profile":{{"website":"{URL}","handle":"{USER}","displayName":"{NAME}"}}}}',
    "S3 PutObject s3://scans-prod/intake/{HLDATE}/{FLOW}_{GLOW}_id.jpg by {USER}",
    'ldap.bind uid={USER} cn="{NAME}" mail={EMAIL} telephoneNumber={PHONE}',
    'tele.session room={REQID} patient="{NAME}" joined_from={IP} at={TS}',
    "DICOM (0010,0010) PatientName={FAMUP}^{GIVUP} (0010,0030) PatientBirthDate={HLDATE} (0010,1010) PatientAge={AGEN}Y",
    "age.guard: field age={AGEN} >= 90 masked for export (mrn={MRN})",
    'nlp.extract age_text="{AGE} years old" -> bucket 90+',
    'cron.birthday_cards picked {NAME} (turns {AGEN} on {MD}) mail_to="{STREET}, {CITY} {ZIP}"',
]

# Lines with no PHI at all, full of what looks like it: words that are also names here (governor,
# earring, catches, pulley, washer, excellence), vitals, doses, tapers, lab values with ranges,
# scores, codes, eponyms, ages under 90, weekdays, months and years alone, durations, drug and
# device models, software versions, request ids, role-only mentions. Interleaved below so that
# any prefix of PHI_FREE mixes patients, notes and logs.
_PHI_FREE_CHAT = [
    "ok thank you, see you thursday",
    "sorry missed the call, was milking till 7",
    "my sugar was 212 this morning before breakfast",
    "bp was 148 over 92 at the pharmacy machine",
    "is it ok to take tylenol with the eliquis",
    "can i drink coffee before the fasting labs",
    "the governor closed the schools for the cold, can we still come in",
    "lost an earring in the mri room i think, its gold",
    "he catches every cold the kids bring home",
    "hurt my back fixing the pulley on the hay elevator",
    "the washer broke so the bedding is piling up, is the rash from that",
    "pulled the lever on the recliner and pinched my finger",
    "thank you for the excellence of care, truly",
    "sweetgrass smoke bothers my asthma, is that normal",
    "we pick wild rice in august, ok to do with my knee",
    "blue sky finally, going for a walk like u said",
    "the haymaker punch in wrestling gave him a black eye",
    "uff da what a week",
    "lefse and hotdish at the church, my sugar was 260 after",
    "ice fishing all weekend and my feet are numb",
    "the sauna at the cabin makes my heart pound is that bad",
    "deer opener is next weekend so maybe monday",
    "mahadsanid, i feel better today",
    "ua tsaug, the medicine is working",
    "miigwech for calling back",
    "gracias, mañana a las 10 está bien",
    "ta blut, my cough is better",
    "galatoomi, see you next week",
    "pilamaya, the swelling is down",
    "thuk je che, thank you",
    "can i fast for ramadan with the metformin",
    "eid is next week, can i get my refill early",
    "my mom is 84 and still drives to bingo every wednesday",
    "she is 89 and sharp as a tack",
    "eighty-eight years old and still plants the garden",
    "he turned 72 in june and wants to stop the statin",
    "we came to the us in 2014 and got sick in 2016",
    "had surgery back in march, knee still swells",
    "every other friday is fine for the shots",
    "pain is like a 6 out of 10 today",
    "took 1/2 tab last night and 1 whole this morning",
    "is 3 weeks too long to wait for the mri",
    "room 412 or 421? i forgot what the nurse said",
    "press 3 for billing right",
    "my ozempic pen clicked but i dont think it went in",
    "the mounjaro makes me sick for 2 days after",
    "dexcom g7 keeps losing signal in the barn",
    "the omnipod says pod error again",
    "flu shot and covid shot same day ok?",
    "i have had this cough for like 10 days",
    "woke up at 3am with my heart racing",
    "will do, ill bring the pill bottles",
    "lol no its fine, running 10 min late",
    "my kid is 4 and weighs 38 lbs, how much motrin",
    "the rash is on both arms, no fever",
    "i work nights at the plant so mornings are hard",
    "got the results, what does a1c 6.8 mean",
    "is the clinic open on the holiday monday",
    "the nurse on call said to go to er, is that still true",
    "the interpreter didnt come so we left",
    "the doctor on call was nice",
    "the night nurse said to message here",
    "which pharmacy is open sunday",
    "manure pit gas, how long should we stay out",
    "calf scours going around the barn, can people catch it",
    "fertile window is when exactly, i am trying",
    "the kids are a motley crew today lol, all sick",
    "heritage day at school, can he go with pink eye",
    "no ambition to eat anything since the chemo",
    "reliance on the inhaler is worse in january",
    "the senator was on the news talking about medicaid",
    "merry christmas to all of you at the clinic",
    "happy hmong new year to the nurses",
    "frybread and soup at the powwow, sugar went up",
    "walleye for supper, is that ok with the gout",
    "snowmobile trail was rough, back is sore",
    "is it the 90 day supply or 30",
    "my blood sugar was 90 at bedtime",
]
_PHI_FREE_NOTE = [
    "BP 138/86, HR 72, RR 16, T 98.4 F, SpO2 97% RA, Wt 84.1 kg",
    "Abdomen soft, nontender, nondistended; bowel sounds normal",
    "Lungs clear to auscultation bilaterally; no wheezes or rales",
    "Heart regular rate and rhythm, 2/6 systolic murmur at the RUSB",
    "Neuro: A&O x3, CN II-XII intact, strength 5/5 x4",
    "Parkinson's disease, Hoehn and Yahr 3, on carbidopa-levodopa 25/100 QID",
    "Guillain-Barre syndrome, IVIG day 3 of 5",
    "Hashimoto's thyroiditis on levothyroxine 88 mcg daily",
    "Bell's palsy, left, improving; eye patch at night",
    "Crohn's disease of the terminal ileum on ustekinumab",
    "Raynaud's phenomenon worse in the cold; amlodipine 5 mg",
    "Graves' disease s/p RAI in 2011, now hypothyroid",
    "Osgood-Schlatter disease, bilateral, activity as tolerated",
    "Dupuytren's contracture of the right ring finger",
    "Meniere's disease; low salt diet reviewed",
    "Latent TB, QuantiFERON positive, CXR negative; rifampin x 4 months",
    "Hepatitis B surface antigen negative, surface antibody positive",
    "Strongyloides serology negative; no eosinophilia",
    "Lead level 3 mcg/dL (ref < 3.5)",
    "Vitamin D 11 ng/mL (ref 30-100); start 50,000 IU weekly x 8 weeks",
    "Hgb 10.8 g/dL (ref 12.0-15.5), MCV 72; iron studies pending",
    "A1c 8.9% (prior 9.6%); LDL 96; TSH 3.1",
    "Na 134, K 4.9, Cl 101, CO2 24, BUN 31, Cr 1.6, Glu 182",
    "Troponin 0.02, repeat 0.02 at 3 hours",
    "INR 2.7 on warfarin 5 mg daily except 2.5 mg Mon/Fri",
    "prednisone taper: 40 mg x 3 days, 30 mg x 3 days, 20 mg x 3 days, 10 mg x 3 days, stop",
    "insulin glargine 24 units qHS plus lispro 6 units TID AC",
    "metformin 1000 mg BID; during Ramadan take both doses with iftar and suhoor",
    "apixaban 5 mg BID; hold 48 hours before procedure",
    "Augmentin 875/125 mg BID x 7 days",
    "ICD-10 E11.65, I10, E78.5, Z59.41",
    "ICD-10 W55.29XA struck by cow, initial encounter",
    "ICD-10 Y93.H2, W30.8XXA caught in farm machinery",
    "CPT 99214, 99406, 96127; HCPCS G2211",
    "LOINC 2160-0 creatinine; LOINC 4548-4 hemoglobin A1c",
    "NDC 0169-4060-12 semaglutide pen",
    "PHQ-9 14, GAD-7 11; C-SSRS negative",
    "Braden 14, Morse 45; fall precautions in place",
    "MoCA 19/30; SLUMS 17/30",
    "Glasgow Coma Scale 14 (E4 V4 M6)",
    "Apgar 8 and 9 at 1 and 5 minutes",
    "CHA2DS2-VASc 4; HAS-BLED 2",
    "Wells score 1.5, D-dimer 0.3 (ref < 0.5)",
    "Epley maneuver performed; Dix-Hallpike positive on the right",
    "Tinel's and Phalen's positive on the right",
    "Pt is 67 and lives with his wife on the farm; independent in ADLs",
    "pt is 89 and lives with her son",
    "eighty-four-year-old man, independent in ADLs",
    "38 y/o G5P4 at 32 weeks, fundal height 31 cm",
    "Follow up in 3 months or sooner as needed",
    "Next visit Tuesday or Wednesday afternoon",
    "Seen every Monday for wound care x 6 weeks",
    "Interpreter used for entire visit (Somali, in person)",
    "Hmong interpreter by video; teach-back done",
    "Karen interpreter by phone; pt's son also present",
    "Role-only: discussed with the charge nurse and the hospitalist on call",
    "Case discussed with the pharmacist and the dietitian",
    "Dairy farmer; wears hearing protection in the parlor; no respirator for silo work",
    "Taconite miner for 30 years; silica exposure",
    "Smoker, 1 ppd x 30 years, quit 2016",
    "Drinks 2 cups of coffee daily, no alcohol",
    "Smudging permitted in room 4 per spiritual care policy",
    "Sweat lodge this weekend; counseled on hydration",
    "Halal diet; no pork gelatin capsules",
    "Mole on the left shoulder 4 x 5 mm, regular borders",
    "Wound 2.5 x 1.8 x 0.3 cm, granulating",
    "Dexcom G7 sensor changed; Omnipod 5 in automated mode",
    "CPAP ResMed AirSense 11, AHI 2.1 on 9 cm H2O",
    "Zio patch x 14 days ordered",
    "Allergies: penicillin (hives), sulfa (rash), shellfish",
    "Code status: full code",
    "Diet: soft, low sodium; thin liquids",
    "Governor's snow emergency: clinic closed at noon",
    "Excellence in care award to the 4 North unit",
    "Pt uses sweetgrass and sage; no open flame on the unit",
    "Hay pulley injury last summer, healed",
]
_PHI_FREE_LOG = [
    "INFO scheduler tick jobs=22 queued=4 took_ms=181",
    "GET /api/v2/health 200 3ms",
    "GET /api/v2/formulary?drug=apixaban&strength=5mg 200 22ms",
    "POST /api/v2/vitals 201 bp=132/84 hr=77 spo2=97",
    '{"event":"dose_check","drug":"enoxaparin","mg_per_kg":1,"weight_kg":84,"dose_mg":80}',
    '{"code":"E11.65","system":"ICD-10-CM","display":"Type 2 diabetes with hyperglycemia"}',
    '{"level":"info","msg":"batch done","rows":4821,"failed":0,"took_s":12.7}',
    "WARN slow query took_ms=912 table=appointments rows=3400",
    "ERROR upstream timeout service=lab-interface after 30s (attempt 3/3)",
    "OBX|2|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F",
    "OBX|5|NM|718-7^Hemoglobin^LN||10.4|g/dL|12.0-16.0|L|||F",
    "OBX|7|ST|71774-4^QuantiFERON^LN||Positive||Negative|A|||F",
    "MSH|^~\\&|LAB|NWH|EHR|NWH|||ORU^R01|MSG00042|P|2.5.1",
    "DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10|||F",
    "cpt=99214 units=1 modifier=25 pos=11",
    "ndc=0002-8215-01 qty=15 days_supply=30 refills=2",
    "loinc=4548-4 value=7.8 unit=% flag=H",
    "worker=celery@web-3 task=send_reminders processed=88 failed=0",
    "cache miss key=icd10:E11.65 took_ms=5",
    "migration 0057_add_interpreter_language applied in 1.2s",
    "feature_flag ramadan_dosing_tips=true rollout=0.5",
    "cron 0 7 * * 1-5 reminders.daily (weekdays 07:00)",
    "rate_limit window=60s max=120 path=/api/chat",
    "retrying in 4s (attempt 2/5)",
    "model=triage-v4 tokens=640 latency_ms=911",
    "python 3.11.9, django 5.0.6, postgres 16.3",
    "build 2025.2.0 (5120), schema v61",
    "session idle_timeout=30 min max_age=14 days",
    "queue depth=89 oldest_age_s=41",
    '{"age_group":"75-84","count":210,"month":"March"}',
    '{"bp":"128/82","hr":68,"temp_c":36.8,"rr":14}',
    '{"unit":"4 North","beds":32,"occupied":29}',
    '{"lang":"som","interpreter_minutes":1840,"month":"January"}',
    '{"lang":"hmn","requests":412,"filled":398,"year":2024}',
    '{"lang":"kar","requests":133,"video":57,"phone":76}',
    "SELECT count(*) FROM visits WHERE weekday = 'Friday'",
    "export done rows=912 took=3.1s format=csv",
    "room=412 bed=B telemetry=on",
    "dept=refugee-health floor=2 pod=B",
    "firmware 4.2.1 on infusion pumps, drug library 2025-Q1",
    "app_version=v3.4.0 build=812 platform=ios",
    "HTTP 502 on /api/chat after 30s",
    "locale=so_SO tz=America/Chicago fallback=en",
    "locale=hmn tz=America/Chicago fallback=en",
    "INFO audit retention_days=2190 purge=nightly",
    "WARN disk usage 81% on /var/lib/postgresql",
    "triage.score esi=3 reason=chest_pain age_band=60-69",
    "alert.rule hr>130 for 10m fired=false",
    "backup completed size=48GB duration=00:22:14",
    "request_id=7d1e0c4b9f2a4c31 status=499 client closed request",
    "trace 4bf92f3577b34da6 span 00f067aa0ba902b7 sampled=1",
    "deploy: release v3.14.2 (build 8812), migrations 0091-0094 applied",
    "eligibility batch 270: 1120 sent, 1094 active, 19 inactive, 7 errors",
    "claim.batch 837P: 312 claims, total 48211.50, rejected 4 (CARC 16)",
    "ERA 835 posted: 88 payments, 2 reversals, 0 unmatched",
    "rxnorm sync: 1204 concepts updated, 18 retired",
    "snomed 44054006 mapped to E11.9 (confidence 0.98)",
    "fax.poll: 3 new inbound, 0 failed, modem ttyS1",
    "nurseline.queue waiting=4 longest_wait_s=212 agents=3",
    "interpreter.pool lang=orm available=2 busy=1",
    "pharmacy.queue ready=41 pending_pa=6 oos=2",
    "snow_emergency=true clinics_closed=3 telehealth_only=true",
    "weekly report wk=22 visits=1312 no_show_rate=0.07",
    "vitals.batch device_type=bp_cuff readings=340 out_of_range=12",
    "cgm.upload readings=288 gaps=1 sensor_age_days=9",
    "ble.scan found 7 devices, 2 paired, rssi -48..-91",
    "age.guard: 14 records with age >= 90 bucketed for export",
    "dedupe: 0.4% duplicate rate, threshold 0.92",
    "System check identified no issues (0 silenced).",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
