"""The "blind15" split: a fifteenth held-out judge set, written without looking at the engine, its
tests, its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read.

It models a Mountain West health system: Denver and the Front Range, Salt Lake City and Utah
County, Boise and the Treasure Valley, Montana and Wyoming ranch and reservation country, Las
Vegas and Reno. Ski and avalanche injuries, mining and smelter workers, ranch and rodeo injuries,
wildfire smoke, high-altitude illness, LDS families (ward, bishop, relief society, missionaries),
Basque families, tribal health (IHS and tribal clinics, CHRs, purchased/referred care), Tongan and
Samoan families, Filipino and Mexican families in Las Vegas with casino workers' union plans,
refugee families (Bhutanese, Congolese, Burundian, Afghan, Somali, Iraqi, Ukrainian), Ethiopian
and Eritrean families, Hmong and Vietnamese families, a children's hospital, a VA, dialysis,
frontier telehealth and a nurse line. CHAT is patients and family typing on phones (lowercase,
emoji, words of their languages, kin words, relatives' numbers abroad, loose addresses, sign-offs).
LOGS is HL7 v2, FHIR JSON, key=value and JSON events, nginx lines with query strings, Python and
Java traces, SQL errors, LDAP, SSO and audit lines, fax and IVR, NCPDP and X12, DICOM, device
telemetry and CSV rows. NOTES is HPI, A/P, SOAP, SBAR, handoffs, phone and nurse-line notes,
telehealth, CHR visits, letters, billing and portal admin, with signatures and cc lines.

Names come from 40 weighted origins: Utah pioneer and LDS, Utah Scandinavian and Swiss,
ranch families, German-Russian and Hutterite, San Luis Valley Hispano, Mexican and Central American,
Filipino, Hawaiian, Tongan, Samoan, Basque, Cornish, Irish, Finnish, Slovenian and Croatian, Greek
and Italian mining families, Japanese American, Hmong, Bhutanese, Congolese, Burundian, Afghan,
Somali, Iraqi, Ukrainian, Bosnian, Ethiopian, Eritrean, Blackfeet, Crow, Northern Cheyenne,
Eastern Shoshone, Northern Arapaho, Ute, Shoshone-Bannock, Paiute/Washoe/Goshute, Navajo,
Chippewa-Cree and Peruvian herders. Pool sizes: 228 given and 491 family names,
6 WORD_GIVEN, 35 WORD_FAMILY, 22 nicknames, 63 streets, 10 trailer parks, 123 cities and 29
e-mail domains. They come as "First Last",
"Last, First", "LAST,FIRST M", lowercase in query strings and file names, with initials, double
surnames, generational suffixes and quoted nicknames, after a title (Dr., Mrs., Bishop, Elder),
and as one span per HL7, X12, DICOM or FHIR name part. About one name in seven is an ordinary
English word (WORD_GIVEN, WORD_FAMILY), and PHI_FREE uses those words, and town names that are
words, in their ordinary sense.

No given name, family name, nickname, street name, city or e-mail domain here (folded to ASCII
and lower case, word by word) is in values.py's pools (with the Faker names it draws for both its
splits), Faker's en_US first and last names, the text of templates.py, or the words of blind.py,
blind2.py to blind14.py and tune2.py to tune17.py. A script collected every word of those
(73,721 words; 995 pool words were checked) and checked this module's pools against them; every colliding entry was dropped or
replaced and the final run reported zero collisions. Generic address and place words (Street,
Road, Route, Box, Lot, Ranch, Creek, City, Park, compass directions and the like), particles
(al, de, la, van) and top-level domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Bishop, Elder,
Brother, Sister) or a credential (MD, RN, NP, FNP, PA-C) and a possessive "'s" stay outside NAME;
each HL7, X12, DICOM and FHIR name component is its own NAME span; initials that stand for a
person are NAME; a weekday or clock time beside a date stays outside the DATE, while a whole ISO,
HL7 or log timestamp is one DATE; a year, a month or a weekday alone is not PHI; only ages over 89
are AGE_OVER_89; kin terms used as address (fa'e, kui, tina, amona, aitona, izeba, unci, kaale,
hajurama, ama, bibi, madar, hooyo, ayeeyo, yumma, babusia, emaye, abaye, adey, niam, pog, txiv,
ba, ong, nana, lola, tita, nanay, tatay, lolo, abuelita, tia, granny) are not names; a street
address, a Salt Lake grid address, a PO box, rural route, county road, ranch road, highway mile
marker, trailer-park space or reservation housing unit is ADDRESS, a city CITY and a ZIP code
ZIP. A tribal enrollment number and an IHS chart number are OTHER_ID and MRN. Organisations,
tribes, languages, countries, drugs, eponyms, device models and facility names are literal text.
Filler slots (request ids, latencies, status codes, clock times, weekdays, queue names) carry the
label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names. Origins that share given names point at a
# shared list (tribal nations, mining towns, Nordic and Swiss Utah, Latin American).

TRIBAL_GIVEN = ["Alaxchiiaahush", "Aluuttaashe", "Arlan", "Baaaxpee", "Barney", "Carleen", "Corky", "Dabuda", "Datsolalee", "Daxpitcheeaasash", "Delores", "Gaylene", "Georgeann", "Iichiilia", "Jerrilyn", "Jorene", "Jovina", "Kaleen", "Keeley", "Kimberlee", "Lanell", "Larena", "Louella", "Lyndon", "Mignon", "Numaga", "Orvin", "Rubie", "Rubylee", "Shayleen", "Tavibo", "Tyrel", "Venida", "Wodziwob"]  # fmt: skip
MINING_GIVEN = ["Lowena", "Ennor", "Elvi", "Theoharis", "Mitsuru"]  # fmt: skip
NORDIC_GIVEN = ["Nels", "Petrine", "Kirsti", "Regula", "Niklaus"]  # fmt: skip
GR_GIVEN = ["Josua", "Rebecka", "Jakobus", "Zeph"]  # fmt: skip
LAKES_GIVEN = ["Maombi", "Mwenge", "Arakaza", "Belyse", "Elyse", "Bosco", "Gloriose", "Melance"]  # fmt: skip
LATIN_GIVEN = ["Brisia", "Jaretzy", "Brayhan", "Filadelfia", "Delfinia", "Prescilla", "Elfido", "Gregorita", "Abedon", "Emiterio", "Huáscar"]  # fmt: skip
WEST_GIVEN = ["Trigg", "Reata", "Ryggs", "Zinah", "Kamree", "Ether", "Brecklyn", "Maylee", "Adalee", "DeVar", "Tryg", "Emri", "Tayden", "Jensyn", "Kallie"]  # fmt: skip
ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "lds_pioneer": (8, ["Zinah", "Kamree", "Ether", "Brecklyn", "Maylee", "Adalee", "DeVar", "Tryg", "Emri", "Tayden", "Jensyn", "Kallie", "Kenzlee", "Zeruah", "Thayne", "Maren", "Brigg", "Korver", "Shelamiah", "Kishkumen", "Laman", "Zoram", "Lachoneus"], ["Ipson", "Openshaw", "Quist", "Burningham", "Jeppson", "Okelberry", "Wintch", "Yergensen", "Chidester", "Orgill", "Sorenson", "Stoddard", "Westover", "Monsen", "Wiscombe", "Yeates", "Gunnell", "Averett", "Knudsen", "Madsen", "Nielson", "Ottesen", "Rindlisbacher", "Sevy", "Wengreen", "Checketts", "Hadfield", "Kunzler", "Mecham", "Nuffer", "Pugmire", "Spackman", "Benzley", "Ercanbrack", "Fullmer", "Garff", "Hymas", "Lamoreaux", "Nyman", "Perschon", "Scadlock", "Tebbs", "Vowles", "Whitesides"]),
    "scandinavian_utah": (3, NORDIC_GIVEN, ["Fjeldsted", "Thygerson", "Sondergaard", "Christophersen", "Kjar", "Hyldahl", "Bertelsen", "Dastrup", "Hermansen", "Bjarnson", "Torgersen", "Hvidsten", "Anderegg", "Aagard", "Skovlund", "Thorstad", "Kvalheim", "Lindseth"]),
    "swiss_utah": (1, NORDIC_GIVEN, ["Lauener", "Ence", "Hafner", "Bosshardt", "Wittwer", "Schmutz", "Naegle"]),
    "ranch_west": (6, WEST_GIVEN, ["Aageson", "Kittelmann", "Lenz", "Wamsley", "Bohlman", "Siewert", "Pribyl", "Lasater", "Ruhkamp", "Hagenbarth", "Etchepare", "Reisbeck", "Mavity", "Hergert", "Ochsner", "Schweigert", "Boespflug", "Weisbeck"]),
    "german_russian": (2, GR_GIVEN, ["Schissler", "Kembel", "Aschenbrenner", "Weisgerber", "Giebelhaus", "Repp", "Rothe", "Weigand", "Dinges", "Lebsack", "Deines", "Scheidt", "Brungardt", "Kinzer", "Wiesner", "Gettman", "Bohrer", "Ruppel", "Mohrlang", "Spomer", "Lehl", "Wacker"]),
    "hispano": (4, LATIN_GIVEN, ["Casias", "Santistevan", "DeHerrera", "Urioste", "Varos", "Rivali", "Manchego"]),
    "mexican_lv": (4, LATIN_GIVEN, ["Villalvazo", "Muratalla", "Pelayo", "Chajón"]),
    "filipino_lv": (4, ["Precioso", "Rolly", "Rizza"], ["Padernal", "Raquepo", "Hufana", "Lacuesta", "Quidilla", "Talaue", "Galicinao", "Lacaden", "Rarang", "Garcellano", "Laforteza", "Malvar", "Oandasan", "Palaganas", "Sinlao"]),
    "hawaiian": (1, ["Kehau", "Waiola"], ["Kahaleanu", "Mahikoa", "Pakele", "Kaapana", "Kaauwai", "Kaholokai", "Keliinoi", "Kailihiwa"]),
    "tongan": (4, ["Kolotita", "Halaevalu", "Koli", "Fekitamoeloa", "Fusipala", "Mafileo", "Nanasi", "Seluini", "Mosiana", "Sesilia", "Fetuli", "Loseli", "Ahokava", "Maikolo", "Lotoaniu", "Lusia", "Maletina", "Senituli"], ["Tau", "Fakahua", "Moeaki", "Vaivai", "Ulukivaiola", "Vaitohi", "Faupula", "Ahokovi", "Fifiia", "Kavapalu", "Tahaafe", "Fineanganofo", "Kaihau", "Vaikona", "Veamatahau", "Fanua", "Tupouniua", "Fisiihoi", "Lutui", "Maumau", "Vaenuku", "Sitake"]),
    "samoan": (3, ["Mamea", "Tevaga", "Fuaauli", "Seuseu", "Ueligitone", "Vaoita", "Lafaitele", "Saofaiga", "Tauave", "Moelagi", "Feagaiga", "Luamanuvae", "Vaelua", "Faalavaau"], ["Lauvao", "Letuligasenoa", "Sataraka", "Pauga", "Tuiolemotu", "Faalafi", "Masaniai", "Sualua", "Vailoa", "Amisone", "Poumele", "Savusa", "Falealii", "Pulefaano", "Sefuiva", "Tufele", "Unutoa", "Vaeao"]),
    "basque": (3, ["Ibai", "Oihane", "Aintzane", "Ametz", "Arrate", "Haizea", "Jare", "Lorea", "Nahia", "Argider", "Beñardo", "Eñaut", "Gotzon", "Iñigo", "Julen", "Kemen", "Urtzi", "Xanti", "Josebe", "Izarra", "Maddi", "Nere", "Sabin"], ["Bastida", "Garatea", "Ozamiz", "Laucirica", "Murgoitio", "Petriarena", "Ybarguen", "Aberasturi", "Amorebieta", "Cengotita", "Echanove", "Gorosabel", "Iturriaga", "Lachiondo", "Landaburu", "Mendiolea", "Ormaechea", "Oxarango", "Yrazabal", "Zabalbeascoa", "Zulaica", "Amutio", "Arambarri", "Bengoa", "Elexpuru", "Erramouspe", "Etulain", "Garmendia", "Ibarrondo", "Laca", "Larrea", "Orbegozo", "Sarria", "Uribarri", "Zapirain"]),
    "cornish": (1, MINING_GIVEN, ["Tregellas"]),
    "irish_butte": (1, MINING_GIVEN, ["Shovlin", "Harrahy", "Kavanaugh", "Lowney", "Dugan", "Hanifin", "Geagan", "Mulholland", "Twohig"]),
    "finnish": (1, MINING_GIVEN, ["Jaakola", "Puutio", "Ranta", "Lampi", "Salmela", "Sipila"]),
    "slovenian_croatian": (2, MINING_GIVEN, ["Pencak", "Kochevar", "Mikatich", "Jersin", "Pavlakovich", "Sajbel", "Znidarsic", "Grebenc", "Matosich", "Kovacich", "Prlain", "Zanovich", "Sestrich", "Skrabec", "Jaklich", "Vertovec", "Petrovich", "Sporcic", "Hocevar", "Jamnik", "Spehar"]),
    "greek_italian": (2, MINING_GIVEN, ["Tsiouvaras", "Mavrakis", "Diamanti", "Chipian", "Cunico", "Marinoni", "Pessetto", "Gigliotti", "Tatton", "Pasquarella", "Sampinos", "Passarella", "Martinengo"]),
    "japanese_american": (1, MINING_GIVEN, ["Sakurada", "Terasawa", "Matsushima", "Hamai", "Nishikawa", "Hosokawa", "Kumagai"]),
    "hmong": (2, ["Kaozong", "Txoovneng", "Xaikou", "Lauly", "Songkhoua", "Nengsee", "Maiblia", "Txiabneeb", "Npib", "Yerkou", "Chiazong", "Maysee", "Phengsue", "Zongvang", "Yawg"], ["Thaosay", "Vuevang", "Chengsue", "Khangmeng", "Herlee", "Xiongpao", "Kuechee", "Phangsay", "Yangchee"]),
    "bhutanese": (3, ["Phul", "Lilaram", "Khinamaya", "Damberi", "Gopimaya", "Lalmaya", "Rudramaya", "Yamkala", "Devimaya", "Kharkamaya", "Pabilal", "Durgalal", "Lachhiman", "Kharkabahadur"], ["Gadal", "Tiwary"]),
    "congolese": (2, LAKES_GIVEN, ["Mukonkole", "Kabale", "Mudekereza", "Mukuba", "Baguma", "Kajabika", "Bashimbe", "Mweze", "Mapenzi", "Ntabugi"]),
    "burundian": (2, LAKES_GIVEN, ["Ndikuriyo", "Ndimurukundo", "Kaneza", "Niyukuri"]),
    "afghan": (3, ["Taiba", "Mahjabin", "Nazdana", "Mujibullah", "Hamasa", "Parwin", "Torialai"], ["Rezai", "Muhmand", "Omarkhil", "Kabulwal"]),
    "somali": (2, ["Deeqsan", "Farxiya", "Magool", "Nuradiin", "Shariif"], ["Cabdille", "Guutaale", "Xildiid", "Jirde", "Boqor"]),
    "iraqi": (2, ["Sarab", "Riyam", "Tahseen", "Saddiq", "Taif"], ["Al-Hilali", "Al-Taie", "Al-Fartousi", "Al-Ghizzi", "Al-Izirjawi", "Al-Shawi", "Al-Mahdawi", "Al-Daghistani", "Al-Mawla", "Al-Gburi", "Al-Quraishi"]),
    "ukrainian": (2, ["Yevhenia", "Darynka", "Liubava", "Matvii", "Tymofii", "Yehor", "Anhelina", "Veleslav"], ["Pavliuk", "Dovbysh", "Dudka", "Prykhodko", "Hrytsiv", "Zabolotnyi", "Kvitka", "Bondarchuk", "Kovtun", "Lukianchuk", "Oleksiiv", "Perepelytsia", "Ruzhytskyi", "Tereshchuk", "Vasylkiv", "Babiichuk", "Dziuba", "Harasym", "Ivankiv", "Mykhailyshyn"]),
    "bosnian": (2, ["Nizama", "Izeta", "Kanita", "Nusreta", "Rasema", "Safija", "Zejna", "Ibro", "Sabahudin"], ["Hadžiomerović", "Hadžihasanović", "Durmišević", "Gačanin", "Islamović", "Karahasanović", "Trnovac", "Uzunović", "Hasanbegović", "Mehinović", "Mujkanović"]),
    "ethiopian": (3, ["Sosina", "Debritu", "Sefinesh", "Wagaye", "Bamlak", "Mesay", "Robsan", "Wondyifraw", "Yabets"], ["Habtewold", "Liyew", "Tariku", "Wolle", "Andualem"]),
    "eritrean": (2, ["Delina", "Akberet", "Werede"], ["Ghebremeskel", "Bereketab", "Embaye", "Habtu", "Iyassu", "Nerayo", "Woldai", "Zemuy", "Desbele", "Kibreab", "Ogbagaber", "Teweldebrhan", "Hadgembes"]),
    "blackfeet": (2, TRIBAL_GIVEN, ["Birdrattler", "Heavyrunner", "Oldperson", "Calfrobe", "Manyhides", "Wolfplume", "Aimsback", "Bigspring", "Calfboss", "Chiefstick", "Comesatnight", "Doore", "Fishwolfrobe", "Henault", "Lahr", "Oldchief", "Pepion", "Salway", "Spearson", "Whitegrass", "Yellowowl", "Connelly"]),
    "crow": (2, TRIBAL_GIVEN, ["Threeirons", "Medicinehorse", "Takesenemy", "Prettyontop", "Bigman", "Bullchief", "Littleowl", "Redstar", "Takesgun", "Bighair", "Blackeagle", "Stopsataway"]),
    "northern_cheyenne": (2, TRIBAL_GIVEN, ["Killsnight", "Redcherries", "Shoulderblade", "Walksalong", "Highwalker", "Limberhand", "Roundstone", "Killsontop", "Strangeowl", "Bearcomesout", "Littlewhirlwind", "Tallwhiteman", "Sootkis", "Bearchum", "Spang", "Twomoons", "Woodenlegs", "Americanhorse", "Fightingbear", "Medicinebull", "Standsintimber", "Littlebird", "Whitedirt", "Sandcrane", "Littlecoyote", "Badhorse", "Limpy", "Wolfname"]),
    "eastern_shoshone": (1, TRIBAL_GIVEN, ["Tassitsie", "Engavo", "Wesaw", "Tidzump", "Shoyo", "Pogue", "Wadda", "Tillahash", "Trosper", "Nipwater", "Mcadams", "Jealous", "Haukaas"]),
    "northern_arapaho": (1, TRIBAL_GIVEN, ["Spoonhunter", "Goggles", "Littleshield", "Shavehead", "Sunrhodes", "Oldmouse", "Soundingsides", "Wallowingbull", "Lonebear", "Sittingeagle", "Behan", "Hanway", "Ridgely", "Yellowbear"]),
    "ute": (2, TRIBAL_GIVEN, ["Arrowchis", "Cuthair", "Tahgur", "Myore", "Natchees", "Chavanaugh", "Tavashutz", "Cantsee", "Serawop"]),
    "shoshone_bannock": (1, TRIBAL_GIVEN, ["Dixey", "Mosho", "Devinney", "Houtz", "Yupe"]),
    "paiute_washoe_goshute": (1, TRIBAL_GIVEN, ["Eben", "Bullcreek", "Chivers", "Bobb", "Benner"]),
    "navajo": (1, TRIBAL_GIVEN, ["Tohonnie"]),
    "chippewa_cree": (1, TRIBAL_GIVEN, ["Sunchild", "Morsette", "Windyboy", "Rainingbird", "Russette", "Parisian", "Standingrock"]),
    "peruvian_herder": (1, LATIN_GIVEN, ["Huaroc", "Huayta", "Huayllani", "Huamani", "Pacompia", "Coaquira"]),
}  # fmt: skip
WORD_GIVEN = ["Tawny", "Sego", "Talus", "Cairn", "Scree", "Cornice"]  # fmt: skip
WORD_FAMILY = ["Spurrier", "Haybale", "Fencepost", "Hayrake", "Steelman", "Pickaxe", "Shovelhead", "Rawhide", "Tedder", "Hoistman", "Timberman", "Powderman", "Currycomb", "Cantle", "Pommel", "Jinglebob", "Bedroll", "Saltlick", "Snowpack", "Ditchrider", "Ingot", "Bullion", "Borax", "Potash", "Sluicebox", "Wellhead", "Stovepipe", "Washtub", "Singletree", "Hames", "Bellweather", "Sheepfold", "Lambkin", "Woolsack", "Tallyman"]  # fmt: skip
NICKNAMES = ["Sio", "Tevi", "Mosi", "Tavi", "Kuki", "Punky", "Pining", "Babes", "Iñakito", "Txiki", "Xabi", "Oki", "Nono", "Pipi", "Losi", "Kalo", "Tefi", "Peio", "Manex", "Ttotte", "Toña", "Pido"]  # fmt: skip
STREETS = ["Youngfield", "Simms", "Quay", "Parfet", "Eliot", "Vrain", "Lipan", "Elati", "Beeler", "Leyden", "Krameria", "Valentia", "Gilpin", "Downing", "Glenarm", "Larimer", "Kietzke", "McCarran", "Sutro", "Utahna", "Chubbuck", "Yellowhill", "Absaroka", "Beartooth", "Marias", "Blacktail", "Silverbow", "Neversweat", "Meaderville", "Walkerville", "Porphyry", "Galapago", "Excelsior", "Kuna", "Karcher", "Greenhurst", "Tenaya", "Silverado", "Meadowood", "Longley", "Oddie", "Pyramid", "Wedekind", "Vassar", "Ryland", "Mayberry", "Robb", "Caughlin", "Hampden", "Belleview", "Picadilly", "Montbello", "Albrook", "Chenango", "Uravan", "Yampa", "Ramblewood", "Swadley", "Rendezvous", "Cheatgrass", "Powerhouse", "Yosemite", "Worchester"]  # fmt: skip
CITIES = ["Dacono", "Monument", "Silverthorne", "Herriman", "Santaquin", "Lindon", "Kuna", "Pavillion", "Dresslerville", "Ranchester", "Meeteetse", "Birney", "Thayne", "Melba", "Lapoint", "Manila", "Keenesburg", "Milliken", "Berthoud", "Severance", "Ault", "Gilcrest", "Niwot", "Conifer", "Calhan", "Ellicott", "Manzanola", "Swink", "Cokedale", "Cotopaxi", "Nathrop", "Creede", "Cedaredge", "Olathe", "Minturn", "Dinosaur", "Yampa", "Tabernash", "Orderville", "Annabella", "Dugway", "Erda", "Deweyville", "Fielding", "Peoa", "Henefer", "Wanship", "Hoytsville", "Wallsburg", "Upalco", "Boneta", "Bonanza", "Oreana", "Hammett", "Malta", "Minidoka", "Featherville", "Midvale", "Lucile", "Arimo", "Moreland", "Newdale", "Terreton", "Monteview", "Seville", "Pendroy", "Stockett", "Highwood", "Zurich", "Frazer", "Bainville", "Froid", "Zortman", "Landusky", "Cohagen", "Brusett", "Sumatra", "Ingomar", "Melstone", "Musselshell", "Ryegate", "Molt", "Rapelje", "Bearcreek", "Silesia", "Ballantine", "Plevna", "Maxville", "Galen", "Toston", "Radersburg", "Ringling", "Martinsdale", "Wilsall", "Emigrant", "Kinnear", "Farson", "Bondurant", "Marbleton", "Cokeville", "Hyattville", "Lysite", "Hiland", "Arminto", "Linch", "Alcova", "Savery", "Wamsutter", "Burntfork", "Hartville", "Glendo", "Lingle", "Albin", "Aladdin", "Clearmont", "Parkman", "Beowawe", "Jiggs", "Unionville", "Carvers", "Atomic City", "Mud Lake", "De Beque"]  # fmt: skip
PARKS = ["Snowcrest Trailer Court", "Silverado MHP", "Ramblewood MHP", "Meadowood Trailer Court", "Tenaya Court", "Beartooth Trailer Court", "Absaroka MHP", "Blacktail Court", "Porphyry Court MHP", "Chenango Trailer Court"]  # fmt: skip
DOMAINS = ["syringanetworks.net", "mtintouch.net", "ruralnetwork.net", "velocitus.net", "wispwest.net", "sopris.net", "rof.net", "highway88.net", "cyberhighway.net", "safelink.net", "cybertrails.com", "mtwi.net", "dtgnet.com", "lvcoxmail.com", "renotahoe.net", "gbis.com", "sprynet.com", "tcc.to", "samoa.ws", "uintabasin.net", "vtmt.net", "wbhsi.net", "strata-net.com", "frii.com", "ecentral.com"]  # fmt: skip
STAFF_DOMAINS = ["sagebrushhealth.org", "wasatchcrest.org", "mountainwestcare.org", "highplainsihs.org"]  # fmt: skip


FAMILY_FIRST = {"hmong", "japanese_american"}
DOUBLE_SURNAME = {"hispano", "mexican_lv", "basque", "peruvian_herder", "filipino_lv"}
GEN_SUFFIX = ["Jr", "Sr", "II", "III", "IV"]
TRIBAL = ("blackfeet", "crow", "northern_cheyenne", "eastern_shoshone", "northern_arapaho", "ute",
          "shoshone_bannock", "paiute_washoe_goshute", "navajo", "chippewa_cree")  # fmt: skip
POLYNESIAN = ("tongan", "samoan")
REFUGEE = ("bhutanese", "congolese", "burundian", "afghan", "somali", "iraqi", "ukrainian")

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "\u0131": "i", "æ": "ae"})  # fmt: skip


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
    roll = rng.random()
    if roll < 0.1:  # about one name in seven is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.145:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.4:
        other = rng.choice(lasts)
        if other != last and " " not in last + other:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.12:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "blind15") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind15") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "blind15") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin in TRIBAL and form < 0.12:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.3:
        return f"{first} {last}"
    if form < 0.36:
        return f"{first} {mid}. {last}"
    if form < 0.45:
        return f"{last}, {first}"
    if form < 0.5:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.54:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.58:
        return f"{first} {last}".upper()
    if form < 0.61:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.77:
        return first
    if form < 0.81:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.85:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.88:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.91:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.95:
        return f"{_given_part(first)} {last}, {rng.choice(GEN_SUFFIX)}"
    return f"{_given_part(first)} {last}"


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    mid = _initial(rng)
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{last}, {first} {mid}",
                       f"{_fold(last).upper()},{_fold(first).upper()}",
                       f"{_fold(last).upper()}, {_fold(first).upper()} {mid}"])  # fmt: skip


def name_upper(rng: random.Random) -> str:
    first, last = person(rng)
    return f"{_fold(first)} {_fold(last)}".upper()


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle_upper(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _initial(rng)
    return _fold(_given_part(rng.choice(ORIGINS[_origin(rng)][1]))).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(_given_part(person(rng)[0])) or "kehau"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "okelberry"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
                       f"{last}%2C+{first}".replace(" ", "+"),
                       f"{last.lower()}%2c{first.lower()}".replace(" ", "+")])  # fmt: skip


def tribal_name(rng: random.Random) -> str:
    """A person of one of the tribal origins, for IHS and CHR lines."""
    origin = rng.choice(TRIBAL)
    first, last = _person_from(rng, origin)
    return rng.choice(
        [f"{first} {last}", f"{last}, {first}", f"{first} {last} {rng.choice(GEN_SUFFIX)}"]
    )


def tribal_last(rng: random.Random) -> str:
    return rng.choice(ORIGINS[rng.choice(TRIBAL)][2])


def poly_name(rng: random.Random) -> str:
    """A Tongan or Samoan person; Tongan children often carry the father's given name as surname."""
    first, last = _person_from(rng, rng.choice(POLYNESIAN))
    return f"{first} {last}"


def poly_first(rng: random.Random) -> str:
    return rng.choice(ORIGINS[rng.choice(POLYNESIAN)][1])


def basque_name(rng: random.Random) -> str:
    _, firsts, lasts = ORIGINS["basque"]
    a, b = rng.sample(lasts, 2)
    return rng.choice(
        [f"{rng.choice(firsts)} {a}", f"{rng.choice(firsts)} {a} {b}", f"{a}, {rng.choice(firsts)}"]
    )


def refugee_name(rng: random.Random) -> str:
    first, last = _person_from(rng, rng.choice(REFUGEE))
    return rng.choice([f"{first} {last}", f"{last}, {first}", f"{first} {last}".upper()])


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.3 else person(rng)[0]
    return rng.choice([f"{first} {word_last(rng)}", f"{word_last(rng)}, {first}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    a, b, c = _initial(rng), _initial(rng), _initial(rng)
    return rng.choice(
        [f"{a}{b}", f"{a}.{b}.", f"{a}{c}{b}", f"{a}.{c}.{b}.", f"{a.lower()}{b.lower()}"]
    )


def clinician(rng: random.Random) -> str:
    """A staff name as signatures carry it."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("St", 9), ("Ave", 6), ("Rd", 5), ("Dr", 4), ("Ln", 3), ("Way", 3), ("Ct", 2),
            ("Blvd", 3), ("Street", 3), ("Road", 2), ("Avenue", 2), ("Pkwy", 1), ("Cir", 2),
            ("Pl", 1), ("Loop", 1), ("Trl", 1)]  # fmt: skip
UNITS = ["Apt 2", "Apt. 3B", "Unit 114", "#6", "Bldg C Apt 210", "Apt 1021", "Spc 44", "Unit D",
         "Ste 300", "Apt 7", "#B", "Apt 12", "Basement", "Apt 4-C", "Trlr 9"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South ", "East ", "West "]
_GRID = ["N", "S", "E", "W"]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 39999)), f"{rng.randint(10, 999)}{rng.choice('AB')}",
                       f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def grid_address(rng: random.Random) -> str:
    """Salt Lake and Utah County grid addresses: "1320 S 700 E", "455 W 3300 S"."""
    a, b = rng.sample(_GRID, 2)
    while {a, b} in ({"N", "S"}, {"E", "W"}):
        a, b = rng.sample(_GRID, 2)
    n1 = rng.choice([rng.randint(1, 99) * 10, rng.randint(10, 140) * 100 + rng.choice([0, 0, 50])])
    n2 = rng.choice([rng.randint(1, 140) * 100, rng.randint(1, 99) * 10 + rng.choice([0, 5])])
    long = rng.random() < 0.25
    da = {"N": "North", "S": "South", "E": "East", "W": "West"}
    line = f"{n1} {da[a] if long else a} {n2} {da[b] if long else b}"
    return line + rng.choice(["", "", "", f" {rng.choice(UNITS)}", f", {rng.choice(UNITS)}"])


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 2999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O Box {n}"])


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(100, 9999)} County Road {rng.randint(1, 399)}", f"{rng.randint(100, 9999)} CR {rng.randint(1, 99)}{rng.choice(['', '', ' 1/2', '.5'])}",
        f"{rng.randint(10, 9999)} Road {rng.randint(1, 40)} {rng.choice(_GRID)}", f"HC {rng.randint(30, 89)} Box {rng.randint(1, 499)}",
        f"RR {rng.randint(1, 4)} Box {rng.randint(1, 299)}", f"{rng.randint(100, 9999)} Hwy {rng.choice([26, 30, 40, 89, 191, 287, 789, 2, 87, 93])}",
        f"{rng.randint(100, 99999)} US-{rng.choice([26, 89, 191, 212, 287, 20, 93, 95, 40])}", f"{rng.randint(10, 999)} {rng.choice(ORIGINS[_origin(rng)][2])} Ranch Rd",
        f"{rng.randint(1000, 9999)} {rng.choice(STREETS)} Ranch Rd", f"Star Rte {rng.randint(1, 9)} Box {rng.randint(1, 400)}",
    ])  # fmt: skip


def mile_marker(rng: random.Random) -> str:
    """A highway mile marker given as where someone lives or was hurt."""
    road = rng.choice(["US-287", "US-191", "US-89", "I-80", "I-15", "Hwy 26", "WY-789", "MT-200",
                       "US-212", "I-84", "US-95", "SR-120", "Hwy 2", "US-93", "NV-447", "UT-121"])  # fmt: skip
    mm = rng.randint(2, 480)
    return rng.choice([f"mile marker {mm} on {road}", f"MM {mm} {road}", f"{road} mile {mm}",
                       f"{road} near mm {mm}", f"mile {mm}.{rng.randint(1, 9)} {road}"])  # fmt: skip


def res_housing(rng: random.Random) -> str:
    """Reservation housing addresses: HUD houses and housing-authority clusters."""
    n = rng.randint(1, 480)
    return rng.choice([f"HUD house {n}", f"Housing #{n}", f"Mutual Help Unit {n}", f"Cluster {rng.randint(1, 12)} House {rng.randint(1, 40)}",
                       f"{rng.choice(ORIGINS[rng.choice(TRIBAL)][2])} Housing Unit {n}", f"Tract {rng.randint(1, 30)} Lot {rng.randint(1, 60)}",
                       f"BIA Rte {rng.randint(1, 99)} Hse {n}", f"Low Rent Unit {n}"])  # fmt: skip


def trailer_lot(rng: random.Random) -> str:
    return rng.choice([f"Lot {rng.randint(1, 120)} {rng.choice(PARKS)}", f"Lot {rng.randint(1, 120)}, {rng.choice(PARKS)}",
                       f"{rng.choice(PARKS)} Sp {rng.randint(1, 120)}", f"Spc {rng.randint(1, 120)}, {street_line(rng)}"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions."""
    return rng.choice([f"County Road {rng.randint(1, 399)}", f"CR {rng.randint(1, 99)}", f"{rng.choice(STREETS)} Rd",
                       f"the {rng.choice(ORIGINS[_origin(rng)][2])} ranch road", f"Road {rng.randint(1, 40)} {rng.choice(_GRID)}",
                       mile_marker(rng)])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind15") -> str:
    kind = rng.random()
    if kind < 0.06:
        return po_box(rng)
    if kind < 0.15:
        return rural_route(rng)
    if kind < 0.19:
        return trailer_lot(rng)
    if kind < 0.23:
        return res_housing(rng)
    if kind < 0.45:
        return grid_address(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(rng.choice([street_line(rng), grid_address(rng)])).upper()


def city(rng: random.Random, _split: str = "blind15") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["CO", "UT", "ID", "MT", "WY", "NV", "Colo.", "Utah", "Idaho", "Mont.", "Wyo.", "Nev.",
          "Colorado", "Montana", "Wyoming", "Nevada", "ut", "co", "nv"]  # fmt: skip
_ZIP3 = ["800", "801", "802", "803", "804", "805", "806", "810", "811", "816", "840", "841", "843",
         "844", "845", "846", "847", "832", "833", "834", "836", "837", "590", "591", "594", "595",
         "596", "597", "598", "820", "822", "824", "825", "826", "828", "889", "890", "891", "893",
         "894", "895", "897", "898"]  # fmt: skip


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
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1921, 1936)
        if pick < 0.2
        else rng.randint(1937, 2016)
        if pick < 0.5
        else rng.randint(2019, 2026)
    )
    m = rng.randint(1, 12)
    d = rng.randint(1, _MONTH_DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _hms(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    mo, ab, yy, o = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d}, {y}", f"{mo} {d}", f"{ab} {d}", f"{m}/{d}", f"{mo} {d}{o}", f"{d} {mo} {y}", f"{m}-{d}-{yy:02d}",
        f"{d:02d}-{ab.upper()}-{y}", f"{m}.{d}.{yy:02d}", f"{mo.lower()} {d}", f"{ab.lower()} {d}{o}",
        f"{d}{o} of {mo}", f"{ab}. {d}",
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
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('67')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-07:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{ABBR[m - 1]} {d}",
            f"{MONTHS[m - 1]} {d}",
            f"{m}/{d}",
            f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}",
        ]
    )


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]}. {d}, {y}", f"{d} {MONTHS[m - 1]} {y}"]
    )


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice(
        [f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}"]
    )


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 107)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [303, 720, 983, 719, 970, 801, 385, 435, 208, 986, 406, 307, 702, 725, 775]


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 999)}",
                       f"{b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def intl_phone(rng: random.Random) -> str:
    """A relative's number abroad: Tonga, Samoa, Mexico, the Philippines, Nepal, Kenya, Ethiopia..."""
    return rng.choice([
        f"+676 {rng.randint(10, 99)}{_digits(rng, 3)}", f"+676 {rng.choice('78')}{_digits(rng, 6)}", f"+685 {rng.choice('77')}{_digits(rng, 5)}",
        f"+52 1 {rng.randint(33, 99)} {_digits(rng, 4)} {_digits(rng, 4)}", f"+52 {rng.randint(33, 99)} {_digits(rng, 4)} {_digits(rng, 4)}",
        f"+63 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}", f"+977 98{_digits(rng, 8)}", f"+251 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"+291 7 {_digits(rng, 6)}", f"+252 61 {_digits(rng, 7)}", f"+243 {rng.choice(['81', '97', '99'])} {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+257 {rng.choice(['79', '71', '69'])} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}", f"+93 7{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"+964 7{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}", f"+380 {rng.choice(['67', '50', '93'])} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
        f"+387 6{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 3)}", f"+34 6{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"011 676 {_digits(rng, 5)}", f"+51 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
    ])  # fmt: skip


def email(rng: random.Random, _split: str = "blind15") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kehau", _handle(last) or "okelberry"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2012)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family", f"{ln}ranch"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kehau", _handle(last) or "okelberry"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "blind15") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kehau", _handle(last) or "okelberry"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2012)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "blind15") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kehau", _handle(last) or "okelberry"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/{f}-{ln}-avalanche-recovery",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.tiktok.com/@{ln}{f}", f"https://mychart.sagebrush.example/visit/{_digits(rng, 8)}",
        f"https://fhir.frontrange.example/r4/Patient/{_digits(rng, 7)}", f"https://{ln}-{f}.wordpress.com", f"https://www.instagram.com/{f}_{ln}",
        f"https://www.gofundme.com/f/help-the-{ln}-family-after-the-fire", f"https://www.youtube.com/@{f}{ln}rodeo",
        f"https://docs.google.com/document/d/{_letters(rng, 24, string.ascii_letters + string.digits)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2601:{_hex(rng, 3)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [
            rng.randint(516, 524),
            rng.randint(528, 530),
            rng.randint(518, 519),
            rng.randint(520, 520),
            rng.randint(1, 899),
        ]
    )
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"W{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                       f"SB{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"000{_digits(rng, 6)}", f"IHS{_digits(rng, 6)}"])  # fmt: skip


def ihs_chart(rng: random.Random) -> str:
    """An IHS / tribal clinic health record number."""
    return rng.choice(
        [
            f"{_digits(rng, 6)}",
            f"HRN {_digits(rng, 6)}",
            f"{_digits(rng, 2)}-{_digits(rng, 4)}",
            f"BR{_digits(rng, 5)}",
        ]
    )


def tribal_enrollment(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_digits(rng, 3)}-{_digits(rng, 5)}",
            f"E{_digits(rng, 6)}",
            f"{_digits(rng, 4)}-{_digits(rng, 3)}",
            f"U{_digits(rng, 4)}",
        ]
    )


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 10),
            f"{_letters(rng, 1)}{_digits(rng, 6)}",
            _digits(rng, 9),
            f"{_digits(rng, 8)}{_letters(rng, 1)}",
        ]
    )


def union_plan_id(rng: random.Random) -> str:
    """Casino and hotel workers' union health fund member ids."""
    return rng.choice(
        [
            f"CHF{_digits(rng, 8)}",
            f"{_digits(rng, 9)}-0{rng.randint(1, 4)}",
            f"L226-{_digits(rng, 6)}",
            f"HEF{_digits(rng, 7)}",
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", mbi(rng), medicaid_id(rng),
                       union_plan_id(rng), f"{_digits(rng, 9)}-{_digits(rng, 2)}", f"W{_digits(rng, 9)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"G{_digits(rng, 7)}", f"PB{_digits(rng, 9)}"])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), f"RN.{_digits(rng, 7)}", f"DR.{_digits(rng, 7)}", f"{_digits(rng, 9)}",
                       f"UT DL {_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"MT {_digits(rng, 13)}",
                       f"{_digits(rng, 10)}", f"WY {_digits(rng, 6)}-{_digits(rng, 3)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 3)}", f"{rng.randint(1, 64)}-{_digits(rng, 4)}{_letters(rng, 1)}",
                       f"{_letters(rng, 3)}{_digits(rng, 3)}", f"{_digits(rng, 3)}{_letters(rng, 3)}", f"{rng.randint(1, 56)} {_digits(rng, 4)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}",
                       f"BCN-{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def beacon_id(rng: random.Random) -> str:
    """An avalanche transceiver or personal locator beacon serial."""
    return rng.choice(
        [
            f"BCN-{_digits(rng, 6)}",
            f"PLB{_digits(rng, 9)}",
            f"{_hex(rng, 15).upper()}",
            f"TRX{_digits(rng, 7)}",
        ]
    )


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"A{_digits(rng, 9)}",
                       f"FAX{_digits(rng, 9)}", f"TKT-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                       f"WC{_digits(rng, 8)}", f"PA{_digits(rng, 9)}", f"MSHA-{_digits(rng, 7)}", f"INC{_digits(rng, 7)}"])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "500", "502", "503"]
    )


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice(
        [
            f"{hh:02d}:{mi:02d}:{ss:02d}",
            f"{hh:02d}{mi:02d}",
            f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
        ]
    )


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


def queue(rng: random.Random) -> str:
    return rng.choice(["Q_ADT_IN", "nurse-line", "ivr-main", "fax-inbound", "claims-837", "tele-frontier",
                       "portal-msg", "dialysis-tx", "chr-visits", "elig-270", "peds-afterhours"])  # fmt: skip


def weekday(rng: random.Random) -> str:
    return rng.choice(
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Friday", "Sunday"]
    )


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, weekdays, queue names).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "TRIBNAME": ("NAME", tribal_name),
    "TRIBLAST": ("NAME", tribal_last),
    "POLYNAME": ("NAME", poly_name),
    "POLYFIRST": ("NAME", poly_first),
    "BASQUE": ("NAME", basque_name),
    "REFNAME": ("NAME", refugee_name),
    "WFIRST": ("NAME", word_first),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "STREETLINE": ("ADDRESS", street_line),
    "GRID": ("ADDRESS", grid_address),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "MILE": ("ADDRESS", mile_marker),
    "RESHOUSE": ("ADDRESS", res_housing),
    "LOT": ("ADDRESS", trailer_lot),
    "ROAD": ("ADDRESS", road),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),
    "MD": ("DATE", month_day),
    "LONGDATE": ("DATE", long_date),
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "INTL": ("PHONE", intl_phone),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "UNIONID": ("HEALTH_PLAN_ID", union_plan_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "BEACON": ("DEVICE_ID", beacon_id),
    "IHSCHART": ("MRN", ihs_chart),
    "ENROLL": ("OTHER_ID", tribal_enrollment),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "QUEUE": (None, queue),
    "WDAY": (None, weekday),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    "hi its {FIRST}, my son {FIRST} hit a tree skiing at the resort on {MD} and his head still hurts",
    "my husband {NAME} got caught in a slide near {ROAD}, his beacon serial is {BEACON} if ski patrol needs it",
    "dad {FIRST} {SURNAME} got stepped on by a bull at the rodeo {MD}, we are at {RURAL}",
    "calving season so {FIRST} cant come in till after {MD}, call the ranch {PHONE}",
    "we are out at {MILE}, no cell most days, text {PHONE} and we check in town",
    "the smoke from the fire is bad here in {CITY}, my daughter {FIRST} inhaler is almost out",
    "my grandpa {NAME} is {AGE} and cant breathe with the smoke, he lives at {STREET}",
    "we went up to the lake and {FIRST} got a bad headache and threw up, we live in {CITY}, is that altitude",
    "mi esposo {FIRST} trabaja en la mina en {CITY}, se lastimó la mano, su número {PHONE}",
    "my dad {NAME} worked at the smelter 30 yrs, the lung doctor is dr {SURNAME}",
    "bishop {SURNAME} said the ward can help with the bill, my name is {NAME}",
    "relief society sister {FIRST} {SURNAME} is bringing meals, can she pick up mom's meds",
    "my son elder {SURNAME} is on his mission, can we add his email {EMAIL} to my portal",
    "our missionary {FIRST} needs his shot records sent to {EMAIL} before {MD}",
    "brother {SURNAME} from the ward will drive me, his cell is {PHONE}",
    "its {FIRST}, we live at {GRID} in {CITY}, new address",
    "address is {GRID}, {CITY} {STATE} {ZIP} not the old one on {STREETLINE}",
    "malo e lelei, this is {POLYNAME}, my fa'e {POLYFIRST} needs her insulin",
    "my kui {POLYFIRST} is {AGE} and fell at church, we are at {GRID}",
    "talofa, its {POLYFIRST}, my tina {NAME} has dialysis {MD} but no ride",
    "please call my uncle in tonga {INTL}, he is {POLYFIRST}'s dad",
    "fakamolemole call me {PHONE} not my auntie, its {POLYNAME}",
    "faafetai nurse, papa {POLYFIRST} is home now at {STREET}",
    "kaixo, this is {BASQUE}, my amona {FIRST} is {AGEN} and very tired",
    "aitona {FIRST} wont eat, he is at the sheep camp near {ROAD}",
    "eskerrik asko, my number is {PHONE}, the boarding house is {STREETLINE} {CITY}",
    "its {FIRST} from the basque club, my izeba {NAME} needs a ride {MD}",
    "my cousin in spain {INTL} wants the discharge papers, he is {FIRST} {SURNAME}",
    "hi this is {TRIBNAME}, the chr {FIRST} said to text here",
    "my unci {FIRST} is {AGE}, she lives at {RESHOUSE} in {CITY}",
    "grandma {FIRST} {TRIBLAST} needs her sugar pills, we are at {RESHOUSE}",
    "can the ihs clinic send my chart {IHSCHART} to dr {SURNAME} in {CITY}",
    "my enrollment number is {ENROLL} for the purchased referred care",
    "the chr lady {FIRST} comes {WDAY}, the house is past the cattle guard on {ROAD}",
    "its {FIRST} {TRIBLAST}, im in {CITY} for powwow and lost my meds",
    "my son {FIRST} got thrown from a horse at the rodeo grounds in {CITY} on {MD}",
    "aho, this is {FIRST}, my kaale {FIRST} needs her eye appt moved",
    "namaste, my hajurama {NAME} is {AGE} and need ausadhi, dob {DATE}",
    "ama {FIRST} appointment {MD}, i am her son {FIRST}, phone {PHONE}",
    "my brother in nepal number {INTL} please call him if something happen",
    "jambo, mimi ni {REFNAME}, my child {FIRST} has fever",
    "asante, mama {FIRST} is better. we moved to {STREETLINE} {UNIT}",
    "bibi {FIRST} is {AGEN}, she does not speak english, only kirundi",
    "amakuru, its {FIRST}, my husband {FIRST} {SURNAME} needs interpreter kirundi",
    "salaam, this is {REFNAME}, my madar {FIRST} needs female doctor",
    "my husband {FIRST} still in kabul, his number {INTL}, i am {NAME}",
    "tashakor, the address for the home nurse is {STREET}, {CITY}",
    "iska warran, its {FIRST}, hooyo {NAME} has appointment {MD}",
    "ayeeyo {FIRST} is {AGE} and her sugar is 300",
    "my cousin in mogadishu {INTL} is {FIRST} {SURNAME}",
    "marhaba, i am {NAME}, my yumma {FIRST} has pain in knee",
    "shukran, the pharmacy on {STREETLINE} has my rx, name {FIRST} {SURNAME}",
    "dyakuyu, this is {FIRST}, my babusia {NAME} is {AGEN}",
    "my mom is still in lviv, {INTL}, she is {FIRST} {SURNAME}",
    "selam, its {FIRST}, my emaye {NAME} is at {STREETLINE} in {CITY}",
    "ameseginalehu, abaye {FIRST} has appointment {LONGDATE}",
    "my sister in addis {INTL}, her name {FIRST} {SURNAME}",
    "selam, adey {FIRST} needs tigrinya interpreter for {MD}",
    "my brother {FIRST} in asmara {INTL} asked about dad {NAME}",
    "nyob zoo, this is {FIRST}, my niam {NAME} has appointment {MD}",
    "pog {FIRST} is {AGE} and needs hmong interpreter",
    "txiv {FIRST} {SURNAME} sugar is high, we are at {STREET}",
    "chào, my bà {FIRST} is {AGEN}, she lives with us at {GRID}",
    "my ông {FIRST} needs vietnamese interpreter, phone {PHONE}",
    "merhaba, i mean zdravo, its {FIRST}, my nana {NAME} has pressure high",
    "lola {FIRST} is {AGE}, she lives with us in {CITY}, tita {FIRST} will bring her",
    "this is {FIRST}, my nanay {NAME} works at the casino and needs a note for {MD}",
    "my union card number is {UNIONID}, i work housekeeping at the strip",
    "the culinary health fund said my id is {UNIONID}, name {NAME}",
    "salamat po, my tatay {FIRST} {SURNAME} is in the hospital, call {PHONE}",
    "my lolo in manila {INTL}, his name {FIRST} {SURNAME}",
    "hola soy {FIRST}, mi mamá {NAME} tiene cita el {MD}",
    "mi abuelita {FIRST} tiene {AGEN} años y vive en {STREET}",
    "le hablan a mi hija {FIRST} al {PHONE}, ella habla inglés",
    "mi hermano en jalisco {INTL} quiere saber de mi papá {NAME}",
    "soy {NAME}, trabajo en el casino, mi seguro es {UNIONID}",
    "mi tía {FIRST} {SURNAME} vive en {CITY}, trailer {LOT}",
    "this is {FIRST}, we live at {LOT}, {CITY}",
    "im at {LOT} now, moved from {CITY}",
    "send it to {POBOX}, {CITY} {STATE} {ZIP}, we dont get mail at the ranch",
    "the ranch is at {RURAL}, gps takes you wrong, turn at the grain elevator",
    "we are the last place on {ROAD}, blue roof, dogs are friendly",
    "dad is {FIRST} {SURNAME} sr, not junior, dob {USDATE}",
    "its {FIRST} jr, my dad {FIRST} {SURNAME} sr is {AGEN}",
    "my grandson {FIRST} goes by {NICK}, put that on his chart",
    "{NICK} here lol, {FIRST}'s brother",
    "ty {FIRST}!!",
    "thanks so much 🙏 {FIRST}",
    "- {NICK}",
    "{FIRST} ❤️",
    "love, {NAME}",
    "ok thx, {INITS}",
    "{FIRST}",
    "{FIRST} {SURNAME}",
    "sent from my phone - {NAME}",
    "tell nurse {WFIRST} thank you!!",
    "its {WNAME}, the portal wont let me in",
    "my name is {WFIRST} {WLAST}, dob {DATE}",
    "is dr {WLAST} still at the clinic in {CITY}",
    "mrs {SURNAME} said to call about my results",
    "dr {SURNAME} told me to text here if the cast gets wet",
    "my mrn is {MRN}, cant see my xray from {MD}",
    "portal username {USER} locked again",
    "tried from the library ip {IP}, still wont load",
    "please update email to {EMAIL}",
    "new number {PHONE}, old one was {PHONE}",
    "text {E164}, thats my google voice",
    "insurance changed, new member id {PLAN}",
    "medicaid number {MEDICAID}, its new since {MONYEAR}",
    "medicare card says {MBI}",
    "ssn is {SSN} for the disability form, is this safe",
    "my license {LICENSE} expired, pharmacy wont give me my pills",
    "bill says account {ACCOUNT}, i paid on {DATE}",
    "case number {OTHER} from the workers comp",
    "the mine safety people gave me {OTHER} for the injury",
    "fax the records to my lawyer {FAX}",
    "my truck plate {PLATE} got towed from the er lot",
    "vin {VIN} for the handicap placard",
    "my cpap serial {DEVICE} keeps beeping",
    "my oxygen concentrator {DEVICE} stopped at high altitude",
    "pump serial {DEVICE}, its alarming",
    "the tablet from telehealth, imei {IMEI}, wont connect",
    "gofundme for my brothers avalanche surgery {URL}",
    "my wife posted about the fire {URL}",
    "i am {FIRST}, the nurse line told me to go to er, is {CITY} er open",
    "nurse line said call back, this is {NAME} at {PHONE}",
    "my baby {FIRST} born {DATE} has a fever of 102",
    "baby {FIRST} {SURNAME} has a nicu follow up {MD} at the childrens",
    "my daughter {NAME} is at the childrens hospital room 4 since {MD}",
    "can i get a letter for school for my son {FIRST} {SURNAME}, dob {USDATE}",
    "the school nurse {NAME} called about {FIRST}'s asthma",
    "my husband {NAME} is a vet, va number {MRN}",
    "va said my community care referral is {OTHER}",
    "he was in vietnam, hes {AGE} now, his name {NAME}",
    "dialysis chair time changed, im {NAME}, i dialyze {WDAY}",
    "my fistula hurts, im {FIRST} at the dialysis in {CITY}",
    "telehealth link didnt work, im in {CITY}, no clinic for 90 miles",
    "can the video visit be {MD}, i have to drive to {CITY} for signal",
    "ranch address {RURAL}, {CITY}, but mail to {POBOX}",
    "my hand got caught in the baler, im {NAME}, coming to er from {CITY}",
    "sheep camp tender {FIRST} {SURNAME} cut his leg, we are at {MILE}",
    "the herder {FIRST} only speaks spanish, his boss is {NAME} {PHONE}",
    "peruvian herder {FIRST} {SURNAME} needs tb test for the visa",
    "we are at the refugee apartments {STREETLINE} {UNIT}, caseworker is {NAME}",
    "caseworker {FIRST} said to text here, our family is {SURNAME}",
    "my kids {FIRST}, {FIRST} and {FIRST} need school shots",
    "we came {MONYEAR} from the camp, need tb paper, name {REFNAME}",
    "alien number on card {OTHER}, my name {NAME}",
    "interpreter line {PHONE} for nepali, i am {FIRST}",
    "my brother in law {NAME} lives with us at {GRID}",
    "its {FIRST} again, the pharmacy at {STREETLINE} says not ready",
    "send the forms to {STREET} {CITY} {STATE} {ZIP}",
    "we moved from {CITY} to {CITY} last month",
    "i live by the {CITY} rodeo grounds, {STREETLINE}",
    "my sister {NAME} in {CITY} has my power of attorney, her number {PHONE}",
    "emergency contact: {FIRST} {PHONE} (wife)",
    "text me at {PHONE} or my daughter {FIRST} at {PHONE}",
    "my mom {NAME} dob {DATE} passed {MD}, please stop the bills",
    "my ex {NAME} cannot see my chart",
    "my stepdad {FIRST} {SURNAME} is {AGE} and lives alone at {RURAL}",
    "granny {FIRST} turns {AGEN} on {MD}, she still rides",
    "im {AGE} years old, dont text good, {FIRST}",
    "grandpa {FIRST} {SURNAME} is {AGE}, he was a hard rock miner in butte",
    "dad {NAME} was a uranium miner, the recca paperwork needs ssn {SSN}",
    "the downwinder claim for my mom {NAME}, dob {USDATE}",
    "smoke jumper {FIRST} {SURNAME} burned his hand, base is near {CITY}",
    "my son {FIRST} is on a hotshot crew, his mask fit test {MD}",
    "avalanche class buddy {FIRST} said to ask about knee brace",
    "ski patrol {FIRST} took me down, this is {NAME}, the report is {OTHER}",
    "lift ticket scanned at {CLOCK}, i fell right after, im {FIRST}",
    "snowmobile rollover near {MILE}, my husband {FIRST} is at {CITY} hospital",
    "hi, is this still dr {SURNAME}'s office? im {FIRST}, born {DATE}",
    "sorry wrong number, looking for {NAME}",
    "this is {FIRST} the chr, patient {TRIBNAME} needs a ride {MD}",
    "my great grandma {FIRST} is {AGEN}, she speaks only crow",
    "she lives out past {CITY} on {ROAD}, no phone, leave message at {PHONE}",
    "my enrolled number {ENROLL} and chart {IHSCHART}",
    "the ihs in {CITY} said referral {OTHER} was denied",
    "its {FIRST} from the washoe clinic, grandma {FIRST} {SURNAME} needs her refill",
    "my uncle {TRIBNAME} is at {RESHOUSE}, diabetic foot again",
    "i live at {RESHOUSE}, {CITY} {STATE} {ZIP}",
    "my kid {FIRST} goes to school in {CITY}, the nurse there is {NAME}",
    "relief society pres {FIRST} {SURNAME} can sign for me",
    "my husband {FIRST} is a branch president, he can bring me {MD}",
    "our ward clerk {NAME} said the fast offering will pay",
    "hi sis {SURNAME} here, the missionaries found mom at {GRID}",
    "my missionary son elder {SURNAME} is in {CITY}, can he get his flu shot there",
    "the tongan ward is on {STREETLINE}, my dad {POLYNAME} goes there",
    "dont call {PHONE} anymore thats his number",
    "new phone lol its {FIRST}, save this {PHONE}",
    "my neighbor {FIRST} can pick up my meds, her plate is {PLATE}",
    "is {STREETLINE} the new clinic or the old one",
    "the mail lady keeps putting my stuff at {GRID} but i live at {GRID}",
    "please call my son {FIRST} in {CITY}, {PHONE}, he handles my care",
    "the hospice nurse {FIRST} comes {WDAY}, gate code is last 4 of {PHONE}",
    "i'm {FIRST}, my boss {NAME} needs fmla form, fax {FAX}",
    "{FIRST} {SURNAME} here, the casino shuttle drops me at {STREETLINE}",
    "i work graveyard at the casino, call after 3pm, {PHONE}",
    "my roommate {FIRST} {SURNAME} found me, can she have my info",
]
LOGS = [
    "MSH|^~\\&|EPIC|SBHS|RHAP|FRNT|{HLTS}||ADT^A04|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^SBHS^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^IHS^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{GRID}^^{CITY}^{STATE}^{ZIP}",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|BRO|||{INTL}||EC",
    "PV1|1|E|ED^TRAUMA2^01||||{NPI}^{LNUP}^{FNUP}^^^DR|||ORT||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MCD|UTMCD|UTAH MEDICAID|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{GRID}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|1|UNION|CHF|CULINARY HEALTH FUND|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|||||||||||||||||||{UNIONID}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{RURAL}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|M",
    "OBX|4|TX|COMMENT||Avalanche burial approx 20 min, dug out by {LNUP}^{FNUP} (ski patrol) on {HLDATE}||||||F",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "MSH|^~\\&|LAB|PKVH|||{HLTS}||ORU^R01|{REQID}|P|2.3\rPID|||{MRN}||{LNUP}^{FNUP}^{MIDUP}^^MRS||{HLDATE}|F",
    "MRG|{MRN}^^^SBHS^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-listener[{PIDN}]: ACK AE for MSH-10={OTHER} err='PID-11 zip {ZIP} not valid for {CITYUP}'",
    "PID|1||{IHSCHART}^^^BLKFT_SU^HRN||{LNUP}^{FNUP}^^{MIDUP}||{HLDATE}|F|||{RESHOUSE}^^{CITYUP}^MT^{ZIP}",
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{GRID}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}],"telecom":[{{"value":"{INTL}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","subject":{{"reference":"Patient/{MRN}","display":"{LASTFIRST}"}},"period":{{"start":"{TS}"}},"class":{{"code":"VR"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "fhir-proxy WARN search returned 3 matches for name={NAMEQ}&address-postalcode={ZIP}",
    '{{"resourceType":"Observation","subject":{{"display":"{NAME}"}},"device":{{"display":"pulse ox {DEVICE}"}},"effectiveDateTime":"{TS}","valueQuantity":{{"value":84}}}}',
    "level=info ts={TS} svc=portal event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=portal event=login_fail user={USER} ip={IP} reason=bad_password attempts=5",
    'level=error ts={TS} svc=scheduler msg="no chair available" patient="{NAME}" unit=dialysis-3 req={REQID}',
    'ts={TS} app=nurseline call_from={PHONE} queue={QUEUE} caller_id_name="{NAMEUP}" dur={MS}',
    'ts={TS} app=nurseline disposition=ED_NOW pt="{LASTFIRST}" dob={USDATE} callback={PHONE}',
    "ts={TS} app=sms dir=out to={E164} template=appt_reminder pt_first={FIRST} appt={ISODATE}",
    'ts={TS} app=sms dir=in from={E164} body="its {FIRST}, cant make it {MD}, roads closed"',
    '{{"ts":"{TS}","level":"INFO","event":"address_change","mrn":"{MRN}","old":"{STREET}","new":"{GRID}","by":"{USER}"}}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}"}}',
    '{{"ts":"{TS}","event":"proxy_access_granted","proxy":"{NAME}","patient":"{NAME}","relationship":"son"}}',
    '{{"level":"error","msg":"geocode failed","addr":"{RURAL}","city":"{CITY}","zip":"{ZIP}","ms":{MS}}}',
    '{{"level":"warn","msg":"geocode ambiguous","addr":"{MILE}","patient":"{NAME}"}}',
    '{{"level":"warn","msg":"undeliverable","to":"{STREETLINE}, {CITY} {STATE} {ZIP}","carrier":"USPS","pkg":"{OTHER}"}}',
    '{{"event":"telehealth_join","pt":"{LASTFIRST}","ip":"{IP}","site":"frontier-kiosk","device":"{IMEI}"}}',
    'event=telehealth_drop pt_mrn={MRN} pt="{NAME}" bandwidth_kbps=180 location="{CITY}"',
    'event=chr_visit chr={USER} pt="{TRIBNAME}" addr="{RESHOUSE}" enroll={ENROLL} ts={TS}',
    "event=prc_referral pt={IHSCHART} enroll={ENROLL} status=denied ref={OTHER}",
    'event=ems_handoff unit=Medic7 pt="{NAMEUP}" scene="{MILE}" ts={TS}',
    'event=air_transport flight=LifeFlight3 pt="{NAME}" from="{CITY}" beacon={BEACON} ts={TS}',
    'event=patrol_report resort=lift-4 pt="{NAME}" dob={ISODATE} report={OTHER} patroller={USER}',
    "event=union_elig_check member={UNIONID} name={NAMEQ} result=active ts={TS}",
    '{{"event":"eligibility_271","member":"{UNIONID}","subscriber":"{LASTFIRST}","dob":"{HLDATE}"}}',
    "pdmp_lookup ts={TS} user={USER} query_last={LNUP} query_first={FNUP} dob={HLDATE} state=UT ref={OTHER}",
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /portal/messages?to={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (iPhone)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0700] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}_discharge.pdf HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "POST /api/intake?name={NAMEQ}&dob={ISODATE}&zip={ZIP} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /scheduling/find?last={LNLOW}&first={FNLOW} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0800] "GET /rx/track?email={EMAIL} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /fax/outbound/{LNLOW}-{HLDATE}.tif HTTP/1.1" 404 {BYTES}',
    "Traceback (most recent call last):\n  File \"intake/views.py\", line 88, in post\nValueError: bad dob '{USDATE}' for patient {NAME}",
    "java.lang.IllegalArgumentException: phone '{INTL}' not E.164 for contact {LASTFIRST}\n\tat org.sbhs.contacts.Validator.check(Validator.java:61)",
    'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "uq_patient_mrn" DETAIL: Key (mrn)=({MRN}) already exists.',
    "ERROR 1062 (23000): Duplicate entry '{SSN}' for key 'patients.ssn_idx'",
    "sqlalchemy: UPDATE patients SET street='{STREET}', city='{CITY}' WHERE mrn='{MRN}' -- 0 rows",
    "ldap: bind failed dn=uid={USER},ou=staff,dc=sbhs,dc=org from {IP}",
    "sso: SAML assertion for {STAFFEMAIL} rejected (clock skew) at {TS}",
    'audit: user={USER} viewed chart mrn={MRN} name="{LASTFIRST}" reason=treatment ts={TS}',
    "audit: break-the-glass by {USER} on {NAME} (VIP) ts={TS} ip={IP}",
    "fax-out job={OTHER} to={FAX} pages=6 status=busy retry=2 pt={LNUP}",
    "fax-in from={FAX} pages=3 cover='re: {NAME} dob {USDATE}'",
    "ivr: caller {E164} entered dob {HLDATE} mrn {MRN} -> match",
    "ivr: callback queued {PHONE} lang=spa queue={QUEUE}",
    "ncpdp B1 rej 75 PA required rx={OTHER} pt={LNUP},{FNUP} dob={HLDATE} npi={NPI}",
    'rx.dispense store=412 pt="{NAME}" rx={OTHER} deliver_to="{STREETLINE}, {CITY}"',
    "ISA*00*          *00*          *ZZ*SBHS*ZZ*UTMCD*{HLDATE}*1200*^*00501*{OTHER}*0*P*:~NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~",
    "NM1*QC*1*{LNUP}*{FNUP}*{MIDUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~",
    "SBR*P*18*******CI~NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~",
    "CLM*{ACCOUNT}*412.50***11:B:1~DTP*472*D8*{HLDATE}~",
    "dicom: C-STORE from CT_PKVH study for {LNUP}^{FNUP} PatientID={MRN} BirthDate={HLDATE}",
    "(0010,0010) PN [{LNUP}^{FNUP}^{MIDUP}] (0010,0020) LO [{MRN}] (0010,0030) DA [{HLDATE}]",
    "cpap-cloud sync device={DEVICE} owner={USER} ahi=3.1 ts={TS}",
    "dialysis-machine sn={DEVICE} pt={MRN} alarm=venous_high ts={TS}",
    'o2-concentrator {MAC} pt="{NAME}" purity=86% alt_ft=8900',
    'beacon-registry serial={BEACON} owner="{NAME}" phone={PHONE}',
    'fleet: van plate={PLATE} driver={USER} pickup="{GRID}" rider={LASTFIRST}',
    'parking: vin={VIN} plate={PLATE} permit=ADA holder="{NAME}"',
    "patient_id,last,first,dob,phone,zip\n{MRN},{SURNAME},{FIRST},{USDATE},{PHONE},{ZIP}",
    '{MRN},"{LASTFIRST}",{ISODATE},"{STREET}",{CITY},{STATE},{ZIP}',
    "mrn|name|address|phone\n{MRN}|{NAME}|{RURAL}|{PHONE}",
    "export: wrote /exports/{LNLOW}_{FNLOW}_{HLDATE}.csv rows=1 by {USER}",
    "upload: scan_{LNLOW}_{ISODATE}_consent.pdf size={BYTES} user={USER}",
    "s3: PUT s3://sbhs-scans/{MRN}/{LNLOW}-{FNLOW}-id.jpg 200",
    "mailer: sent statement {ACCOUNT} to {NAME}, {POBOX}, {CITY} {STATE} {ZIP}",
    "mailer: returned mail {NAME} {LOT} {CITY}",
    "celery[{PIDN}]: task reminders.send failed for {E164} ({NAME}): Twilio 21614",
    "twilio: inbound from {INTL} to +18015550142 body_len=48",
    "WARN contacts: intl number {INTL} saved for {NAME} as emergency contact",
    'kafka consumer adt-events offset={BYTES} key={MRN} value={{"name":"{NAME}","dob":"{ISODATE}"}}',
    "redis SET session:{REQID} user={USER} ip={IP} ttl=1800",
    "nginx: upstream timed out while reading /api/patients?ssn={SSN} client: {IP}",
    "vpn: user {USER} connected from {IP} device={MAC}",
    'wc-claim submitted claim={OTHER} employer="Kennecott contractor" worker="{NAME}" doi={ISODATE}',
    'msha-report ref={OTHER} miner="{LASTFIRST}" injury=crush hand date={ISODATE}',
    'va-cc referral={OTHER} vet="{NAME}" ssn_last4 ok dob={USDATE} seoc=ortho',
]
NOTES = [
    "HPI: {NAME} is a {AGE} y/o retired hard-rock miner seen {DATE} for dyspnea on exertion; worked the smelter 22 yrs.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, skier, partial avalanche burial near {MILE}; dug out by companion {NAME}.",
    "HPI: 34M bull rider thrown at the {CITY} rodeo {MD}; wife {FIRST} reports LOC ~1 min. Lives at {RURAL}.",
    "HPI: Pt {NAME} presents with HAPE symptoms after driving from sea level to {CITY} on {MD}.",
    "HPI: Wildfire smoke exposure; pt {NAME} lives at {STREET}, {CITY}, AQI 280 on {MD}. Hx COPD.",
    "HPI: Child {FIRST} {SURNAME} (DOB {DATE}) brought by mother {NAME} for barky cough x2 nights.",
    "A/P: Concussion, grade 2. No return to riding until cleared. F/u {MD}. -- {DOC}, MD",
    "A/P: Frostbite digits 2-4 R hand. Wound care; f/u burn clinic {MD}. Pt {NAME} to stay with sister in {CITY}.",
    "A/P: Silicosis, progressive. Refer pulm. MSHA report {OTHER} noted. {DOC}, DO",
    "S: {FIRST} reports improved breathing. O: SpO2 90% RA at 5280 ft. A: HAPE resolving. P: O2 2 L, recheck {MD}.",
    "SOAP. S: pt {NAME}, casino dealer, wrist pain. O: +Finkelstein. A: de Quervain. P: splint; union plan {UNIONID} auth.",
    "SBAR. S: {NAME} in chair 6 cramping. B: ESRD on HD {WDAY}/Wed/Fri. A: BP 82/48. R: stop UF, call {DOC}.",
    "Handoff to {FIRST} RN: pt {SURNAME} rm 312, NPO after midnight, son {FIRST} at bedside, call {PHONE}.",
    "Handoff: {LASTFIRST}, snowmobile rollover, pelvic binder on; family en route from {CITY}.",
    "Telehealth visit {DATE}: pt {NAME} joined from {CITY} (frontier kiosk); connection dropped x2.",
    "Telehealth: pt at home {RURAL}; daughter {FIRST} assisted with BP cuff, device {DEVICE}.",
    "Nurse line {DATE} {CLOCK}: caller {NAME} ({PHONE}) re: son {FIRST}, 2 y/o, fever 104. Advised ED.",
    "Nurse line: {FIRST} {SURNAME} called from {MILE} after horse kick to chest; EMS dispatched.",
    "Phone note: spoke with {NAME} at {PHONE}; confirmed appt {MD}. Pt asks for Tongan interpreter.",
    "Phone note: LVM for {FIRST} at {PHONE} re: lab results. -{INITS}",
    "Interpreter (Tongan) {NAME} present. Pt {POLYNAME}, 58F, HbA1c 11.4; lives at {GRID} with 9 family members.",
    "Samoan-speaking pt {POLYNAME}; son {POLYFIRST} interpreting. Church minister {NAME} also present.",
    "Basque-speaking pt {BASQUE}, former sheepherder, {AGE} y/o, lives at {STREETLINE}, {CITY}.",
    "Peruvian H-2A herder {NAME}, Spanish/Quechua; employer {NAME} ({PHONE}) to provide transport from {MILE}.",
    "IHS visit: {TRIBNAME}, chart {IHSCHART}, enrollment {ENROLL}. CHR {NAME} to follow at {RESHOUSE}.",
    "CHR home visit {DATE} to {RESHOUSE}, {CITY}: BP 168/96, glucose 242. Grandmother {FIRST} ({AGEN}) also in home.",
    "PRC referral {OTHER} for {TRIBNAME} to ortho in {CITY}; denied, appeal filed {MD}.",
    "Pt {TRIBNAME} prefers to be seen with traditional healer present; family member {FIRST} to coordinate.",
    "Refugee health screening: {REFNAME}, arrived {DATE}; family of 7. Caseworker {NAME}, phone {PHONE}.",
    "Refugee intake: Nepali-speaking; interpreter {NAME} (in person). Address {STREET}, {CITY}.",
    "Kirundi interpreter via phone (ID {OTHER}). Mother {REFNAME} reports child {FIRST} with diarrhea x3 d.",
    "Dari interpreter used. Pt {REFNAME}, DOB {USDATE}, arrived {MONYEAR} (SIV). Husband {FIRST} abroad, {INTL}.",
    "Somali-speaking pt {NAME}; son {FIRST} interpreting - declined professional interpreter.",
    "Arabic interpreter. Pt {NAME} (Iraqi) with chronic back pain since {MONYEAR}. Lives {GRID}.",
    "Ukrainian-speaking (U4U parolee) {NAME}, arrived {MD}; sponsor {NAME} ({PHONE}).",
    "Amharic interpreter. Pt {NAME}, {AGE} y/o, daughter {FIRST} present. Address {STREETLINE} {UNIT}, {CITY}.",
    "Tigrinya interpreter {NAME}. Pt {NAME} reports relatives in Asmara; contact {INTL}.",
    "Hmong-speaking pt {NAME}; shaman {NAME} visited in hospital per family request.",
    "Vietnamese-speaking pt {NAME}, {AGEN} y/o, lives with grandson {FIRST} at {GRID}.",
    "Ilocano-speaking pt {NAME}, housekeeper at a Strip casino; Culinary fund {UNIONID}.",
    "Spanish-speaking pt {NAME}, works at a casino buffet, fell at work {DATE}; WC claim {OTHER}.",
    "Bishop {SURNAME} of the {CITY} 4th Ward called to arrange assistance for {NAME}.",
    "Relief Society president {NAME} will coordinate meals; pt consents to share discharge date {MD}.",
    "Missionary {NAME} (Elder), 19M, transferred from {CITY}; mission office {PHONE}.",
    "PICU note: {FIRST} {SURNAME}, 6 y/o, near-drowning at {CITY} reservoir {MD}; parents {FIRST} and {FIRST} at bedside.",
    "NICU d/c: infant {NAME}, born {DATE}, 34 wk; mother {NAME}; f/u peds {DOC} {MD}.",
    "Peds: {FIRST} ({AGEN}-yo great-grandmother {NAME} is legal guardian). School nurse {NAME} notified.",
    "VA note: Veteran {NAME}, {AGE} y/o, Korea. SC 70%. Community care referral {OTHER}. Wife {FIRST}.",
    "VA: {LASTFIRST}, last4 on file, DOB {USDATE}; PTSD f/u by video from {CITY}.",
    "Dialysis: {NAME} missed tx {MD} due to blizzard on {ROAD}; K 6.4 on return.",
    "Dialysis social work: pt {NAME} lives {RURAL}, 140 mi round trip; transport via {NAME}.",
    "Home visit {DATE}: drove to {RURAL}. Dtr {NAME} present. Gravel road, cattle guard; 4wd in winter.",
    "Home health: pt at {LOT}, {CITY}; trailer has 3 steps, no rail. Son {FIRST} works nights.",
    "Occupational: uranium mill worker {NAME} (RECA claim), SSN {SSN}, DOB {USDATE}.",
    "Downwinder screening for {NAME}, {AGE} y/o, raised in {CITY} 1950s.",
    "Wildland firefighter {NAME}, crew boss {NAME}; smoke inhalation, SpO2 91%. Returned to camp near {MILE}.",
    "Ski patrol report {OTHER}: patroller {NAME}, pt {NAME}, DOB {ISODATE}; tib-fib fx, splinted.",
    "EMS run sheet: scene {MILE}; pt {NAMEUP}, DOB {USDATE}; ETA {CLOCK}.",
    "Pharmacy: mail-order fill shipped to {STREETLINE}, {CITY} {STATE} {ZIP}; signature waived.",
    "Pharmacy note: called {NAME} at {PHONE} re: duplicate therapy; pt stopped metformin {MD}.",
    "Rx transfer from {CITY} pharmacy; RPh {NAME} gave verbal, license {LICENSE}.",
    "Billing: guarantor {NAME}, acct {ACCOUNT}. Payment plan $40/mo. Mail to {POBOX}, {CITY} {STATE} {ZIP}.",
    "Billing: claim {OTHER} denied CO-16; Medicaid {MEDICAID} termed {MONYEAR}. Resubmitted {DATE}. -{INITS}",
    "Charity care approved 100% for {NAME}, household of 11, effective {DATE}.",
    "Portal admin: proxy access granted to {NAME} (son) for {NAME}; ID verified via DL {LICENSE}.",
    "Portal admin: locked account {USER} after 6 failed logins from {IP}; reset link to {EMAIL}.",
    "Interface field pasted: PID-5 {LNUP}^{FNUP}^{MIDUP} PID-7 {HLDATE} PID-11 {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    "Records request from attorney {NAME}, fax {FAX}, for pt {LASTFIRST} DOB {USDATE}.",
    "Letter: Dear {NAME}, your mammogram on {LONGDATE} was normal. Sincerely, {DOC}, MD",
    "Letter to employer: {NAME} may return to work at the mine on {LONGDATE} with no restrictions. {DOC}, PA-C",
    "To whom it may concern: {NAME} (DOB {USDATE}) is under my care for altitude illness. {DOC}, MD",
    "Dear Dr. {SURNAME}, thank you for referring {NAME}, seen {DATE} for knee pain after a ski fall.",
    "cc: {DOC}, MD; {DOC}, NP; {NAME}, LCSW",
    "cc: {NAME}, CHR; {DOC}, MD (IHS)",
    "Signed: {DOC}, MD {DATE}",
    "Electronically signed by {DOC}, FNP on {DATE} at {CLOCK}",
    "Dictated by {DOC}, MD. Transcribed by {INITS} {DATE}.",
    "-- {INITS} RN",
    "Scribe: {NAME}. Attestation: I, {DOC}, personally performed the services described.",
    "Emergency contact: {NAME} (brother) {INTL}; second contact {FIRST} {PHONE}.",
    "Pt's wife {FIRST} {SURNAME} requests all calls to {PHONE}, not home.",
    "Pt goes by {NICK}; legal name {NAME}.",
    "Chart merge: {NAME} (MRN {MRN}) and {NAME} (MRN {MRN}) are the same person; DOB {USDATE}.",
    "Vehicle in ED lot, plate {PLATE}, belongs to pt {NAME}; security notified.",
    "Device: pacemaker SN {DEVICE} interrogated {DATE}; pt {NAME}.",
    "Avalanche beacon {BEACON} returned to family ({NAME}) at discharge.",
    "Pt {WNAME} seen for sheep-shearing laceration. Dressed.",
    "Nurse {WFIRST} {SURNAME} administered tetanus.",
    "Mrs. {SURNAME} reports her husband's hearing aids were lost in transport.",
    "Tribal police officer {NAME} accompanied pt; badge {OTHER}.",
    "Social work: pt {NAME} living in car ({VIN}) near {CITY}; shelter referral made.",
    "Pt email on file {EMAIL}; prefers text to {E164}.",
    "Intake: {NAME}, {AGE}, lives {STREET}, {CITY}; ambulates with walker.",
]
_PHI_FREE_CHAT = [
    "is the clinic open on the holiday",
    "the smoke is really bad today, should i keep the kids inside",
    "does the nurse line work on weekends",
    "how high is too high for a baby to go camping",
    "can i take ibuprofen with my blood pressure pill",
    "the roads are closed, can we do video instead",
    "my inhaler is almost empty",
    "is the flu shot free this year",
    "we had hail, the power is out",
    "what time does the lab open",
    "the wifi at the chapter house is slow",
    "can i bring my own interpreter",
    "we are fasting for ramadan, when do i take my pills",
    "sunday is church all day so monday is better",
    "the missionaries helped us move",
    "ward party was fun, thanks for the bp checks",
    "powwow is this weekend so we will be gone",
    "calving season, cant leave the ranch",
    "the sheep are up on the summer range",
    "branding is saturday, need a tetanus shot before",
    "rodeo is next month, can i get cleared",
    "my horse threw a shoe lol",
    "the snowpack is huge this year",
    "avalanche danger is high today, stay safe",
    "we skied powder all morning",
    "lift lines were crazy",
    "the cornice broke off right above us",
    "scree field was loose, rolled my ankle",
    "talus slope was slick after the rain",
    "there is a cairn at the trail junction",
    "wore my rawhide gloves but still got blisters",
    "the borax in the laundry gave me a rash",
    "potash mine shift is 12 hours",
    "bedroll is wet, slept in the truck",
    "the sego lilies are out on the hill",
    "the hills are tawny already, fire season",
    "the casino smoke makes my asthma worse",
    "graveyard shift again this week",
    "the union card came in the mail",
    "the culinary fund pharmacy is closed sunday",
    "we had a monument hike with the scouts",
    "got severance pay from the mine",
    "the dinosaur museum was fun for the kids",
    "the emigrant trail marker is by our place",
    "is the childrens hospital parking free",
    "my kid wont keep the mask on",
    "where do i get a car seat check",
    "the pharmacy drive thru line is long",
    "i need a refill of my inhaler",
    "the bus doesnt run on sunday",
    "do you have a tongan interpreter",
    "do you have a nepali speaking nurse",
    "need somali interpreter please",
    "hablan español en la clínica",
    "gracias por todo",
    "ok thank you",
    "👍",
    "see you tuesday",
    "running late, 10 min",
    "the mountain pass is closed again",
]
_PHI_FREE_NOTE = [
    "No acute distress.",
    "Lungs: scattered wheezes bilaterally.",
    "Heart: RRR, no murmur.",
    "Abd: soft, NT, ND.",
    "Neuro: CN II-XII intact.",
    "SpO2 88% RA at altitude, 95% on 2 L.",
    "Lake Louise score 6, moderate AMS.",
    "HAPE suspected; nifedipine started.",
    "Dexamethasone 8 mg given for HACE concern.",
    "Acetazolamide 125 mg BID for prophylaxis.",
    "Frostbite grade 2, clear blisters.",
    "Tib-fib fracture, closed, splinted.",
    "ACL tear suspected; MRI ordered.",
    "Avalanche burial time 18 minutes; core temp 33.1 C.",
    "Wildfire smoke: AQI 310, hazardous.",
    "N95 fit test passed.",
    "Silicosis on CT; ILO 2/2.",
    "Pneumoconiosis with PMF.",
    "Lead level 22 mcg/dL, smelter exposure.",
    "Arsenic screen negative.",
    "Horse kick injury to chest; no rib fracture.",
    "Bull riding injury; cervical collar cleared.",
    "Baler entanglement; degloving injury of hand.",
    "Sheep shearing cut, 3 cm, sutured.",
    "Rawhide lanyard burn on forearm.",
    "Bedroll and tent were wet; hypothermia mild.",
    "Cornice collapse mechanism.",
    "Scree slide, abrasions only.",
    "Talus slope fall, wrist sprain.",
    "Snowpack unstable per patrol.",
    "Cairn marking used by SAR to locate pt.",
    "Borax ingestion by toddler ruled out.",
    "Potash worker, no chemical burn.",
    "Sego lily bulbs eaten; no toxicity.",
    "Tawny discoloration of sclera - check bili.",
    "Severance of extensor tendon, zone 5.",
    "Monument Valley trip; dehydration.",
    "Dinosaur bone exhibit field trip; no injury.",
    "Emigrant Trail reenactment; blisters.",
    "Stovepipe burn on palm.",
    "Washtub lifting back strain.",
    "Bellweather ewe butted pt; knee contusion.",
    "Hayrake fall; LLE abrasions.",
    "Pickaxe injury to foot.",
    "Timberman on mine crew, 20 years.",
    "Hoistman at shaft, retired.",
    "Powderman certification; noise exposure.",
    "Ditchrider for irrigation district.",
    "Sluicebox recreational gold panning.",
    "Saltlick for cattle; hand abrasion.",
    "HbA1c 10.8%.",
    "eGFR 14; dialysis planning.",
    "Kt/V 1.4.",
    "Fistula thrill present.",
    "PHQ-9 16.",
    "GAD-7 12.",
    "C-SSRS negative.",
    "Interpreter used for entire visit.",
    "Traditional healer visit honored.",
    "Tribal health CHR program referral.",
    "IHS purchased/referred care guidelines reviewed.",
    "Medicaid expansion eligible.",
    "Union health fund prior auth required.",
    "VA community care authorized.",
    "Telehealth visit, audio only.",
    "Frontier site, no pharmacy within 60 miles.",
    "Plan discussed with pt and family, who agree.",
    "Return precautions given.",
    "Follow up 2 weeks.",
    "Fasting through Ramadan; dosing adjusted.",
    "Word of Wisdom: pt avoids caffeine.",
    "Garments left in place for exam per pt preference.",
    "Fast Sunday; pt skipped breakfast.",
]
_PHI_FREE_LOG = [
    "level=info svc=portal event=health_check status=ok ms=12",
    "level=warn svc=fax event=queue_depth value=41",
    "GET /healthz 200 3ms",
    "POST /api/v1/vitals 201 88ms",
    "nginx: worker process 4 exited on signal 9",
    "celery: 12 tasks in queue nurse-line",
    "pg: autovacuum of table claims_837 completed",
    "ERROR: deadlock detected on relation rx_fill",
    "java.lang.OutOfMemoryError: Java heap space",
    "Traceback: TimeoutError in fhir_client.search",
    "MSA|AA|",
    "OBX|1|NM|4548-4^HbA1c^LN||10.8|%|4.0-5.6|H|||F",
    "OBX|2|NM|2708-6^SpO2^LN||86|%|92-100|L|||F",
    '{"resourceType":"Observation","code":{"text":"AQI"},"valueQuantity":{"value":310}}',
    "ST*837*0001*005010X222A1~",
    "SV1*HC:99213*185.00*UN*1~",
    "CAS*CO*45*62.10~",
    "ivr: menu option 3 selected (nurse line)",
    "fax-in pages=12 status=ok",
    "telehealth: bandwidth 180 kbps, video disabled",
    "dialysis-machine alarm=arterial_pressure_low value=-260",
    "cpap-cloud sync ok ahi=2.4",
    "beacon-registry sync ok count=412",
    "aqi-feed update station=wasatch-front value=168",
    "avalanche-feed danger=considerable zone=central",
    "snowpack-feed swe=28.4 in",
    "cron: nightly eligibility 270 batch sent",
    "smtp: 250 2.0.0 OK queued",
    "redis: connected",
    "kafka: rebalance complete",
]
_PHI_FREE = [_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG]
# Interleave the kinds so every slice of the list mixes chat, note and log lines.
PHI_FREE = [
    line
    for i in range(max(len(k) for k in _PHI_FREE))
    for k in _PHI_FREE
    if i < len(k)
    for line in [k[i]]
]
