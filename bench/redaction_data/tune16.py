"""The "tune16" split: a sixteenth tuning set, written without looking at the engine, its tests,
its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules (blind, blind2 to blind13, tune2 to tune15) were imported only by a throwaway
script that collected their words for the overlap check below; their templates were never printed
or read.

It models the patient portal, SMS line and after-hours chat of a New England and New York metro
health system (community health centres, a children's hospital, interpreter services, the nurse
triage line, registration, billing and the patient-transport desk). CHAT is patients and family
typing on phones, and it is where this split puts its weight: mostly lower case, no punctuation,
typos, emoji, run-on lines and texting shorthand, with whole phrases of Portuguese, Cape Verdean
Kriolu, Spanish, Haitian Creole, Jamaican patois, romanised Bengali, Punjabi and Nepali, Tibetan,
Chinese (pinyin, Cantonese and characters), Korean (romanised and Hangul), Khmer, Lao, Vietnamese,
Russian (Cyrillic and transliterated), Yiddish and Hebrew, Albanian, Greek, Italian, Polish,
Igbo, Yoruba, Twi, Somali, Lingala, Arabic, Dari, Pashto and Quebec French. Relatives, friends and
staff are named in passing, with and without a kin word before them ("me and tia X went", "X
said", "ask X", "X's mom", "with X", "nurse X", "dr x"); a name is the whole message or its first
word, comes after an emoji, is a nickname or an ordinary word in lower case, is spelled out letter
by letter, sits inside a question, or signs the message off ("thx - X", "-X", "love X"); many
lines carry several other identifiers. LOGS is HL7 v2, FHIR JSON, SMS, web-chat and chatbot
events, IVR and voicemail, nginx and Apache lines, Python and Java traces, SQL errors, CSV
exports, LDAP, SSO and audit lines, fax, interpreter-vendor, pharmacy, NCPDP and X12 lines and
device sync. NOTES is HPI, telephone and chat encounters, SBAR, social work, registration and
name-discrepancy notes, interpreter and proxy notes, billing notes, interface fields pasted into
notes, signatures and cc lines. PHI_FREE is mostly chat with no identifier: greetings and thanks in
many languages, kin words alone (vovó, bubbe, nokomis, titi), foreign phrases with no name in
them, ordinary words that are also names (rose, will, hope, bill, mark, grace, and this split's
word-names: cistern, fender, girdle, lattice...), place words in their ordinary sense, and
clinical look-alikes (vitals, doses, lab values, ICD-10, LOINC and CPT codes, eponyms, drugs,
ages under 90, weekdays, years alone, durations, interpreter languages).

Names come from 58 origins, weighted: Azorean Portuguese, Cape Verdean, Brazilian, Dominican,
Puerto Rican (double surnames), Ecuadorian (Cañari and Kichwa surnames), Salvadoran, Honduran,
Colombian (Muisca surnames), Poblano Nahua, Peruvian Quechua, Guatemalan Maya, Haitian,
Jamaican, Trinidadian, Guyanese, Black Bostonian, Bangladeshi, Punjabi, Gujarati, Pakistani,
Malayali, Nepali, Tibetan (two given names, no family name), Fujianese (Fuzhou spellings),
Cantonese (Toisanese and run-together given names), Korean, Khmer, Lao, Hmong and Vietnamese
(family name first at times), Russian, Bukharian, Orthodox Jewish, Albanian, Greek, Italian,
Irish, Polish, Bosnian, Armenian, Igbo, Yoruba, Ghanaian (Akan, Ewe, Ga and Fante), Somali,
Congolese, Angolan, South Sudanese, Syrian, Iraqi, Coptic Egyptian, Yemeni, Afghan Dari speakers,
Pashtun, Quebecois and Franco-American, Wabanaki, and old Yankee New England. They come as
"First Last", "Last, First", "LAST,FIRST M", lower case in query strings and file names, with
initials, generational suffixes and quoted nicknames, spelled out letter by letter, in Chinese
characters, Hangul or Cyrillic, and as one span per HL7, X12 or FHIR name part. About one name in
seven is an ordinary English word (WORD_GIVEN, WORD_FAMILY), and PHI_FREE uses the same words in
their ordinary sense.

No given name, family name, nickname, street name, road, city or e-mail domain here (folded to
ASCII and lower case, word by word) is in values.py's pools (with the Faker names it draws for both
its splits), Faker's en_US first and last names, the templates of templates.py, or the pools and
templates of blind.py, blind2.py to blind13.py or tune2.py to tune15.py. A script collected every
word of those (about 67,000, string constants inside their functions included) and checked this
module's pools against them; most first candidates collided and were dropped or
replaced; the final run, with blind13.py included, reported zero collisions. Generic address
and place words (Street, Road, Route, Box, Apt, Hill, Park, Bay, Falls, City and the like),
particles (al, de, da, van, o) and top-level domains were exempt. Names written in Chinese
characters, Hangul or Cyrillic fold to nothing and were not part of the check.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., pastor, imam) or a
credential (MD, RN, NP) and a possessive "'s" stay outside NAME; kin terms used as address (tia,
vovó, titi, manman, nani, aama, ama-la, bubby, zeidy, nonna, yiayia, babcia, hooyo, teta,
mémère, nokomis, halmoni, ah ma) are not names and stay outside the span; each HL7, X12 and FHIR
name component is its own NAME span; initials that stand for a person are NAME, and a name spelled
letter by letter is one NAME span; a weekday or clock time beside a date stays outside the DATE,
while a whole ISO, HL7 or log timestamp is one DATE; a year, a month or a weekday alone is not PHI;
only ages over 89 are AGE_OVER_89; a street address, PO box or a road named as where someone lives
is ADDRESS, a city or neighbourhood CITY and a ZIP code ZIP; a relative's number abroad is PHONE.
Organisations, languages, drugs, eponyms, device models, countries and facility names are literal
text. Filler slots (request ids, latencies, status codes, clock times, queue names) carry the
label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "azorean": (5, [
        "Fernão", "Libânia", "Ermelindo", "Hortênsio", "Laudelina", "Ascenção",
        "Clarimundo", "Eduína", "Fernandina", "Generosa", "Nazaré", "Agostinha",
        "Bernardete", "Crispim", "Delmira", "Elisiário",
    ], [
        "Calado", "Arrifano", "Soveral", "Rebimbas", "Aldeia", "Raposeiro", "Tojal",
        "Pombo", "Canto", "Lagoa", "Sequeiro", "Tabuada", "Vinagre", "Veríssimo", "Coito",
        "Espinhaço",
    ]),
    "cape_verdean": (5, [
        "Nelito", "Nhela", "Djodje", "Djeison", "Kelvis", "Ludmilo", "Francelina",
        "Gertrudes", "Leidiane", "Osvaldina", "Pedrinho", "Redy", "Suzete", "Tchissola",
        "Udelsa", "Zuleica", "Carolino",
    ], [
        "Alhinho", "Ascensão", "Tchuda", "Melício", "Mosso", "Lubrano",
    ]),
    "brazilian": (4, [
        "Marivaldo", "Gilmara", "Tainara", "Thaynara", "Dayane", "Thalles", "Ueverton",
        "Uelinton", "Wanderléia", "Edileusa", "Francinaldo", "Kássia", "Leidimar",
        "Osmarina", "Tatiele", "Ycaro", "Deivid", "Eliete", "Geilson", "Irismar", "Marluce",
        "Rubens",
    ], [
        "Bicalho", "Quintão", "Meirelles", "Tavora", "Guedes", "Itaboraí", "Lisboa",
        "Pedrosa", "Resende", "Zampieri",
    ]),
    "dominican": (6, [
        "Yokaira", "Yosmeily", "Yuberky", "Elvyn", "Yafreisy", "Nikauly", "Rosaury",
        "Yordany", "Yokairy", "Yomayra", "Yasiris", "Argenis", "Juanelo", "Rudelkis",
        "Anlly", "Wilny", "Yeuri", "Crismeily", "Yajaira", "Yeraldo", "Darlyn",
    ], [
        "Berroa", "Alvino", "Lithgow", "Moquete", "Rodó",
    ]),
    "puerto_rican": (5, [
        "Eliut", "Noemarie", "Zulmarie", "Keysha", "Yeidy", "Liomarys", "Jovanie",
        "Yariela", "Ivelise", "Amarilis", "Haydee", "Mariluz",
    ], [
        "Apolinaris", "Calderín", "Dapena", "Falú", "Pinet", "Vicenty", "Hornedo",
    ]),
    "ecuadorian": (3, [
        "Amable", "Cumandá", "Viviana",
    ], [
        "Mizhquiri", "Guzhñay", "Buñay", "Ayabaca", "Llivisaca", "Minchala", "Nugra",
        "Pauta", "Pacurucu", "Quituisaca", "Sagbaicela", "Yuqui", "Zhicay", "Gualán",
        "Lituma", "Sumba", "Tamay", "Uzhca", "Guaraca", "Palaguachi", "Siguencia",
    ]),
    "salvadoran": (3, [
        "Bessy", "Rubidia", "Ceci", "Bertila", "Ismelda", "Esly", "Yojana", "Bexy",
        "Eveling",
    ], [
        "Mejicano", "Masin", "Pushagua", "Pashaca", "Shupan", "Cubías", "Calles", "Polío",
        "Salguero", "Eguizábal", "Rugamas", "Ruano", "Moz",
    ]),
    "haitian": (6, [
        "Rosemila", "Jackenson", "Lukner", "Odlin", "Jimson", "Mérilien", "Dieulifaite",
        "Gerty", "Fenel", "Lenise", "Wildine", "Anite", "Chesnel", "Edline", "Lamartine",
        "Ronide", "Widmarc",
    ], [
        "Fleurinord", "Dorcéant", "Elusma", "Gelin", "Nozile", "Ternier", "Vertilus",
        "Abellard", "Baptichon", "Clerméus", "Cazeau", "Francillon", "Nelus", "Théus",
        "Bontemps", "Mompoint", "Sainterlus", "Exumé", "Fénéus", "Saintilma", "Zidor",
        "Cajuste",
    ]),
    "jamaican": (4, [
        "Cislyn", "Novelette", "Orlene", "Delvin", "Garnett", "Joslyn", "Veniece", "Althea",
    ], [
        "Lewinson", "Duhaney", "McLeggan", "Samms", "Dennie", "O'Gilvie", "Quallo",
    ]),
    "trinidadian": (3, [
        "Anslem", "Jhanelle", "Kurtis", "Deodath", "Neela", "Petronella", "Rennie",
        "Verdel", "Elon", "Feroza", "Inshan", "Tisha", "Vishnu",
    ], [
        "Ramroop", "Sookhai", "Khadoo", "Oudit", "Sawh", "Chatoor", "Deosaran", "Ganness",
        "Phagoo", "Balgobin", "Chadee", "Gayadeen", "Jagdath", "Loutan", "Nankissoon",
        "Pariag", "Dhanpaul",
    ]),
    "guyanese": (3, [
        "Hemwattie", "Lochan", "Sewdat", "Taramattie", "Yogeshwar", "Basmattie", "Anjanie",
        "Kamaldeo", "Tulsie", "Bhoj", "Chandroutie", "Dhanpat", "Gangadai", "Kalawattie",
        "Loakenauth", "Nandkumar", "Oomawattie", "Shiwdat", "Umadai", "Vickram",
        "Ganeshwar", "Rampatie", "Ghanshyam",
    ], [
        "Baijnauth", "Ghanie", "Hardat", "Kissoondyal", "Lallbachan", "Nandalall",
        "Parasram", "Rajaram", "Tiwarie", "Umrao", "Veerasammy", "Yussuf", "Gangapersaud",
        "Heeralall", "Lutchmedial", "Mangru", "Oditt", "Phulchand", "Ramkellawan", "Baldeo",
        "Chabilall", "Dassrath", "Gossai", "Jailall", "Nagessar", "Ramcharitar",
        "Seonarine", "Tulsieram", "Ganpat", "Lakhram", "Motilall",
    ]),
    "bangladeshi": (3, [
        "Ashraful", "Jubayer", "Mahbuba", "Shamsunnahar", "Rowshan", "Papia", "Shiuli",
        "Obaidur", "Feroza", "Hosneara", "Champa", "Esrat", "Irin", "Juthi",
    ], [
        "Daptari", "Fouzdar", "Bairagi", "Hajong", "Jamadar", "Majhi", "Nag", "Parvez",
    ]),
    "punjabi": (3, [
        "Jasmail", "Upinder", "Varinder", "Lehmber", "Nachhatar", "Swaran", "Joga",
        "Gurmail", "Rachhpal", "Tarvinder", "Charanpreet", "Paramvir", "Sukhpal",
        "Taranpreet", "Baldip", "Jagmohan", "Manjinder", "Parampal", "Sarabjot", "Tejpal",
    ], [
        "Sran", "Sarao", "Gharial", "Jhooti", "Kainth", "Maan", "Kular", "Benipal",
        "Chahil", "Jhinjar", "Kalirai", "Nandhra", "Rayat", "Sanghra", "Baath", "Dhaul",
        "Johl", "Khela", "Lotay", "Bhamra", "Dhanjal", "Hunjan", "Matharu", "Panaich",
        "Rooprai", "Sagoo", "Sehmi",
    ]),
    "nepali": (2, [
        "Rojina", "Sanjeev", "Kabita", "Chiranjibi", "Jhalak", "Narayani",
    ], [
        "Banjade", "Hamal", "Pant", "Silwal", "Kunwar", "Mahat", "Nagarkoti", "Dangi",
        "Hitang", "Jimee", "Koju",
    ]),
    "tibetan": (3, [ "Pelzom", "Chimey", "Dhakpa", "Urgyen", "Gedun", "Lhakdon", "Tsetan",
        "Choenyi", "Damdul", "Jamphel", "Mingyur", "Peldon", "Tsokyi", "Lhaden",
    ], [
        "Pelzom", "Shakabpa", "Taklha", "Lhakdon", "Sangpo", "Khedrup", "Kundeling",
        "Ngapo", "Chophel", "Changtra", "Jamyangling", "Kashopa", "Lukhang", "Namseling",
        "Pangda", "Ragashar", "Yapshi", "Chodak", "Lhundrup", "Shenpen", "Tobgyal",
        "Zangpo",
    ]),
    "fujianese": (3, [
        "Meiqin", "Qinghua", "Jinmei", "Mingqiang", "Zhiyong", "Yuling", "Aizhu",
        "Bingqing", "Daiyu", "Guizhen", "Qiuping", "Rongmei", "Xiuyun", "Zhenzhu",
        "Bingxiu", "Chengfu", "Fuqiang", "Huazhen", "Jinbao", "Liqing", "Qingfu", "Rongxin",
        "Shunfa", "Weiqiang", "Xinhua", "Yongfa", "Baoqin", "Caixia", "Dexing", "Fuzhu",
        "Guanghui", "Jiangfeng", "Kaifeng", "Mingfa",
    ], [
        "Liong", "Ngieu", "Chieng", "Ngiu", "Yek", "Tie", "Ngiam", "Lingngu", "Kieng",
        "Siong", "Dingchen", "Tioh", "Ngoh",
    ]),
    "cantonese": (3, [
        "Siuling", "Meifong", "Wingyee", "Kaman", "Kamping", "Sukhan", "Waikin",
        "Laisheung", "Puiyee", "Hoiyan", "Bikkwan", "Yukching", "Kamwah", "Sauming",
        "Chiuwai", "Wingkeung", "Laifun", "Mooiling", "Siuhung", "Kitling", "Yuenfong",
        "Chingwah", "Tszkin", "Manying", "Kaiming", "Lokyin", "Sukyee", "Hingwah",
        "Kwanyin", "Oifong", "Poching", "Saiwing", "Tinyau",
    ], [
        "Doo", "Aumui", "Loke",
    ]),
    "korean": (2, [
        "Youngho", "Jinsoo", "Wonhee", "Okhee", "Soonbok", "Hyunsook", "Sungsoo", "Dukho",
        "Hyunjung", "Sookyung", "Hyekyung", "Jaesung", "Kihyun", "Soonok",
        "Gyeongsuk", "Gapsoon",
    ], [
        "Tcho", "Lhee", "Rha", "Yune", "Lheem", "Soung",
    ]),
    "khmer": (4, [
        "Savuth", "Sokun", "Dalin", "Lyna", "Phanna", "Bunthan", "Kimly", "Lakhena",
        "Phearom", "Raksmey", "Seyha", "Thavy", "Vannary", "Rany", "Sokhana", "Visna",
        "Yorn", "Dyna", "Neary", "Sambo",
    ], [
        "Chhuon", "Kem", "Phon", "Soun", "Kaing", "Moeun", "Nhim", "Yous", "Doung",
        "Ith", "Kuch", "Preap", "Riem", "Tann", "Khat", "Lonh", "Rath", "Sokh", "Vorn",
        "Khoeurn", "Phal", "Reth", "Hor",
    ]),
    "vietnamese": (3, [
        "Thanhthuy", "Thuhang", "Xuanmai", "Ducminh", "Hoangnam", "Ngocdiep",
        "Phuonglinh", "Thanhvan", "Myhanh", "Kieuoanh", "Ngocbich", "Hongloan", "Kimthoa", "Tuanh", "Huyentrang", "Thuydung", "Vyvy",
    ], [ "Hoangphu", "Nguyenphuoc", "Lehuu", "Vinhthuy", "Buingoc", "Dangthanh",
        "Truongvu",
    ]),
    "russian": (3, [
        "Radik", "Avgustina", "Dobrynya", "Feoktista", "Militsa", "Evstafiy", "Leontiy",
    ], [
        "Lapshina", "Skvortsov", "Tsvetkova", "Zaitseva", "Pchelkin", "Chizhova",
        "Shchukin", "Ovsyannikov", "Grachev", "Sinitsyna", "Snegirev", "Krylova",
        "Kozhevnikov", "Gorbunova", "Zvyagintsev", "Yudina", "Perepelkina", "Solovyeva",
        "Kukushkin", "Lastochkina", "Dyatlov", "Vorontsova", "Zhavoronkov", "Kolesnikova",
        "Serebryakov", "Zolotaryova", "Kuvshinov", "Samovarov", "Pirozhkov", "Kalachev",
        "Ogurtsova", "Repkin", "Morkovina", "Gribova", "Yagodkin", "Malinina", "Ryabinin",
        "Berezkina", "Osinin", "Dubova", "Lipatov", "Klenova", "Sosnin", "Yelkina", "Kedrov",
    ]),
    "bukharian": (3, [
        "Mikhoel", "Nison", "Iskhok", "Rachamim", "Mordekhay", "Gulya", "Yafo", "Meirkhay",
        "Yokhai", "Shumel", "Malkiel", "Khaimchik", "Zoyo", "Davidjon", "Eliyohu",
        "Gavrielchik", "Khanuko", "Margalit", "Nektalyo", "Oshera", "Pinkhasik", "Rafoel",
        "Sarrochon", "Tamaro", "Yusufjon", "Abrakhim", "Bukhori", "Dzhuraboy", "Efraimchik",
        "Ibragim", "Khamaro", "Mazalto", "Tsiyon", "Yakhiel",
    ], [
        "Borukhova", "Babaev", "Gavrielov", "Khaitov", "Mushailov", "Bakhshiev", "Yadgarov",
        "Koptiev", "Ruvinov", "Gilkarov", "Shakarov", "Abramchaev", "Davidkhanov",
        "Fuzaylova", "Gadaev", "Ilyazarov", "Khavasov", "Mirzakandov", "Oshirov",
        "Rubinova", "Salimov", "Urmanov", "Yakhiev", "Bachaev", "Chulpanov", "Dadabaev",
        "Ezragulov", "Fatkhullaev", "Izgilov", "Kalendarev", "Mavlyanov", "Nisanov",
        "Shimunov", "Zargarov",
    ]),
    "orthodox_jewish": (4, [
        "Blimi", "Yidis", "Shimshon", "Zusha", "Yechezkel", "Meilech", "Zeidel", "Alte",
        "Dvoiry", "Ettel", "Freidy", "Brocha", "Chumy", "Dinah", "Hadassah",
    ], [
        "Fixler", "Gelbman", "Herskovic", "Mendlowitz", "Yarmish", "Greenzweig",
        "Dinkelbach", "Feldheim", "Lebowitz", "Margareten", "Orzech", "Quittner",
        "Silberstein", "Abramczyk", "Czitron", "Dachs", "Einhorn", "Isaacson", "Nadler",
        "Stempel",
    ]),
    "albanian": (3, [
        "Jetmir", "Hysni", "Valmira", "Klodian", "Rezarta", "Bledar", "Dashamir", "Gentjan",
        "Lumturije", "Urim", "Zymer", "Besim", "Gazmend", "Isuf", "Nazmi", "Taulant",
    ], [
        "Mustafaj", "Dushaj", "Gjeloshaj", "Lleshaj", "Marashi", "Ndrecaj", "Qafa",
        "Rrapaj", "Sokoli", "Tahiraj", "Ulaj", "Vataj", "Xhelili", "Ymeraj", "Zefi",
        "Cakaj", "Dakaj", "Elezaj", "Frangaj", "Gojani", "Isufaj", "Kukaj", "Lumaj",
        "Mehmetaj", "Nuculaj", "Preldakaj", "Tafa", "Xhemaj", "Zogaj", "Begaj", "Cacaj",
        "Gjergjaj",
    ]),
    "greek": (2, [
        "Vaggelis", "Xanthi", "Nikoleta", "Meropi", "Yiannoula", "Kostoula", "Chrysanthos",
        "Nefeli", "Orestis", "Pinelopi", "Afroditi", "Ioakeim", "Maximos", "Sotiroula",
    ], [
        "Kouloumbis", "Bouzakis", "Lambropoulos", "Manolakos", "Stathakis", "Vourvoulias",
        "Apostolou", "Andrianakos", "Chaniotakis", "Demetrakopoulos", "Ioannidou",
        "Kafantaris", "Michalakis", "Ntokos", "Papageorgakopoulos", "Skordilis",
        "Theodorakopoulos", "Xydakis", "Anagnostakos", "Bourlakis", "Christakos",
        "Dimopoulou", "Gialamas", "Karvelas", "Loukatos", "Moschonas", "Nikitopoulos",
        "Oikonomakos", "Petrakopoulos", "Roussakis", "Valavanis",
    ]),
    "italian": (3, [
        "Loreto", "Raffaela", "Luigia", "Erminia", "Giacinta", "Palmina", "Venanzio",
        "Berardina", "Damiano", "Leonilda",
    ], [
        "Iannuzzi", "Mastroianni", "Scungio", "Cianci", "Tramonti", "Carlucci",
        "Forcellati", "Pezzullo", "Scialo", "Lupoli", "Giarrusso", "DelSesto", "Cavallaro",
        "Buonanno", "Zambarano", "Votolato", "Tavarozzi", "Coia", "Trinchitella",
        "Ianniello", "Castellucci", "Cerullo", "Ricciardelli", "Lanzieri", "Petrarca",
        "DiOrio", "Ferrucci-Lupo", "Gizzarelli", "Iacovelli", "Nardolillo", "Quaranta",
        "Scuncio", "Ucci", "Vallante",
    ]),
    "irish": (3, [
        "Finola", "Piaras", "Toirdhealbhach", "Etain", "Mellan", "Tighearnach", "Majella",
        "Ferdia", "Maolra", "Oilibhear", "Ruaidhri", "Deaglan",
    ], [
        "McDonagh", "Ahearn", "Geaney", "Keaney", "Quilty", "Aherne", "Carrigan", "Flavin",
        "McNamee", "Finnerty",
    ]),
    "polish": (3, [ "Romuald", "Tomira", "Dobromira", "Jarogniew", "Fryderyka",
        "Gościsław", "Kryspin", "Nadzieja",
    ], [
        "Gołębiewska", "Konieczny", "Rutkowska", "Ziółkowska", "Pyrka", "Ćwik", "Kozioł",
        "Jastrzębski", "Bogusławska", "Iwańczyk", "Kędzierski", "Łukasiewicz",
        "Maciejewska", "Ostrowska", "Pietruszka", "Trzaskowska", "Zawadzka", "Adamczewski",
        "Bartoszewicz", "Ciesielska", "Fabisiak", "Gierszewski", "Januszewska", "Krupiński",
        "Nawrocka", "Orzechowski", "Przybylska", "Tyszkiewicz", "Woźniakowska",
    ]),
    "igbo": (2, [
        "Munachiso", "Onyekachukwu", "Ifeyinwa", "Sochima", "Enyinnaya", "Nzube",
        "Okwuchukwu", "Chibundu", "Dumebi", "Chikaodili", "Tobechukwu", "Uloma", "Ifeakandu",
    ], [
        "Odimegwu", "Ezeudu", "Akabogu", "Chukwurah", "Egbuna", "Anigbogu", "Ilodibe",
        "Nwakanma", "Umunna", "Uwakwe", "Ofodile",
    ]),
    "yoruba": (2, [
        "Adedoyin", "Pelumi", "Enitan", "Fikayo", "Adejoke", "Ewaoluwa", "Feranmi",
        "Mofeyisayo", "Tejumola", "Ibidun", "Mosope", "Oladunni",
    ], [
        "Ogunsola", "Fadeyi", "Durosinmi", "Jinadu", "Laniyan", "Adeoye", "Akinbiyi",
        "Jolaoso", "Odugbesan", "Sodeinde", "Ladejobi", "Oguntoye",
    ]),
    "ghanaian": (2, [
        "Akosiwa", "Efuwa", "Ajoa", "Xorla", "Fafa", "Pokua", "Nhyiraba", "Ewurama",
    ], [
        "Aboagye", "Dwomoh", "Yamoah", "Baiden", "Bonney", "Essilfie", "Gyebi", "Kumah",
        "Mintah", "Nuamah", "Offei", "Quaicoe", "Saforo", "Turkson", "Fiadjoe", "Ziwu",
    ]),
    "somali": (3, [
        "Xamda", "Cibaado", "Rahma", "Tawakal", "Nadiir", "Qaadan", "Faiso",
        "Kiin", "Misra", "Saado", "Ardo",
    ], [
        "Ileeye", "Afrax", "Barkhadle", "Caddaawe", "Haaruun", "Irro", "Looyaan", "Nabad",
        "Qaalib", "Gacmodheere", "Libaan", "Rageh", "Sugulle", "Waqooyi",
        "Calasow",
    ]),
    "congolese": (3, [
        "Chancelle", "Benit", "Kinsiona", "Miradie", "Orlie", "Princilia", "Vainqueur",
        "Bénie", "Cadeau", "Fortunat", "Hénoc", "Kevine", "Louange", "Rhema",
        "Shekinah", "Théthé",
    ], [
        "Makiadi", "Ndongala", "Kitoko", "Bakala", "Kimbembe", "Lutete", "Nkiambi",
        "Phanzu", "Diyabanza", "Kinzonzi", "Nkuka", "Sumbu", "Dikebele", "Kisoka",
        "Lundula", "Mampuya", "Yenga", "Bamuene", "Kiyindou", "Luvualu", "Nzola",
        "Tukebana", "Bilongo", "Kanda", "Kudiakubanza", "Makanzu", "Mvula", "Ndinga",
    ]),
    "angolan": (1, [
        "Nzinga", "Kiluanji", "Lueji", "Cassule", "Esperança", "Isilda", "Kiesse", "Luzia",
        "Mingas", "Nkaka", "Tchiloia",
    ], [
        "Kiambata", "Dombele", "Ngunza", "Kiluange", "Sakaita", "Tchipenda", "Katiavala",
        "Cassoma", "Dundão", "Kalandula", "Lukamba", "Sapalo", "Tchissola", "Vunge",
        "Cambuta", "Kapuka", "Mussungo", "Quissanga", "Salucombo", "Tchivinda", "Wanga",
    ]),
    "syrian": (2, [
        "Louay", "Ghina", "Buthaina", "Hamsa", "Maamoun", "Ibaa", "Kenda", "Orwa",
        "Raneem",
    ], [ "Naasan", "Nabulsi", "Saati", "Wattar", "Yafi", "Azmeh", "Chaaban",
        "Fakhouri", "Ghreiwati", "Rihawi", "Sirri", "Tayara", "Wahbi", "Asfar", "Istanbuli",
        "Kouatly",
    ]),
    "afghan_dari": (2, [
        "Naweed", "Zohal", "Shekiba", "Rukhsar", "Homaira", "Fahim", "Yama",
    ], [
        "Balkhi", "Farahi", "Ghori", "Laghmani", "Takhari",
        "Urozgani", "Behsudi", "Daykundi", "Faryabi", "Ghazniwal", "Parwiz",
        "Sadiqi", "Zahedi", "Bamiani", "Charikari", "Dawari",
    ]),
    "pashtun": (2, [
        "Shahwali", "Bakht", "Khapalwak", "Lemar", "Mashal", "Nazo", "Sapoora",
        "Tooryalai", "Darya", "Jalat", "Kochai", "Malalay", "Naseem", "Rangeena",
        "Toryalay", "Arman", "Dilawar", "Gulrukh", "Hewad", "Palwashay", "Shinkai", "Waslat",
    ], [
        "Dawar", "Jadran", "Yusufkhel", "Bettani", "Pakteen", "Sulemankhel", "Waziri",
        "Zakakhel", "Daulatkhel", "Hassanzai", "Kuchi", "Shirzai", "Totakhel",
    ]),
    "yemeni": (2, [ "Lutf", "Abdulraqeeb", "Fathiya", "Jamalat", "Raqiya", "Wadha",
        "Dhiyab", "Ghazi", "Mabkhoot", "Waddah",
    ], [
        "Al-Hashedi", "Al-Kaboudi", "Al-Rubaidi", "Al-Udaini", "Al-Naggar", "Al-Mansoob",
        "Al-Khulaidi", "Alnaham", "Alwaseai", "Al-Asbahi",
        "Al-Bukhaiti", "Al-Fadhli", "Al-Kuhali", "Al-Nahari", "Al-Qirshi", "Al-Rawdhi",
        "Al-Taizi", "Algabri", "Aljawfi", "Alnabhani", "Alqudaimi",
        "Alsanabani", "Alwadi",
    ]),
    "quebecois": (3, [
        "Jacinthe", "Bibiane", "Laurier", "Simonne", "Léandre", "Desneiges", "Gervaise",
        "Jovette", "Lauréat", "Olivette", "Prudent", "Valmore", "Émérentienne", "Flore",
        "Nérée", "Odina",
    ], [
        "Gauvin", "Gendreau", "Quirion", "Croteau", "Bellavance", "Chamberland",
        "Desrochers", "Hamelin", "Marcoux", "Nolet", "Guimond", "Houde", "Proulx",
        "Rochette", "Sévigny", "Asselin", "Drapeau", "Forgues", "Miville", "Nolin",
    ]),
    "wabanaki": (2, [
        "Stillman", "Farnum", "Ivah", "Lolah",
    ], [
        "Sockalexis", "Sapiel", "Socobasin", "Polchies", "Altvater", "Soctomah",
        "Sockabasin", "Ranco", "Attean", "Sabattis", "Lewey", "Sappier", "Saulis",
        "Labillois", "Sanipass", "Knockwood", "Googoo", "Tenass", "Pictou", "Sylliboy",
        "Tomer", "Perley", "Sockbeson", "Tenasco", "Meuse", "Sacobie", "Sopiel", "Lolar",
    ]),
    "lao": (1, [
        "Bouavanh", "Vongdeuane", "Khamsay", "Douangdy", "Soutchai", "Thongsay", "Kaysone",
        "Noukham", "Xaysomphone", "Dokkeo", "Lamphanh", "Malaivanh",
        "Nithsamay", "Anousone", "Khamphoui", "Mayouly", "Oulaphone",
        "Phouthone",
    ], [
        "Khounnavong", "Norasing", "Bounkeo", "Sirimanotham", "Vongsouvanh",
        "Xayarath", "Sithideth", "Anouvong", "Chanthalangsy", "Douangpanya", "Kommala",
        "Manyvong", "Phanouvong", "Southammavong", "Vorachith", "Xaymountry",
    ]),
    "hmong": (1, [
        "Pajtshiab", "Yiaj", "Nplias", "Ntsa", "Nkaub", "Xiab",
    ], [
        "Vangh",
    ]),
    "guatemalan_maya": (1, [
        "Noj", "Tijax", "Ajmaq", "Xmukane", "Batzin", "Chabel", "Kemok", "Ikim", "Utzil",
    ], [
        "Cocón", "Chach", "Sutuj", "Ajxup", "Boch", "Ixcamparic", "Quinillo",
        "Toc", "Ixtos", "Muj",
    ]),
    "colombian": (1, [
        "Argemiro", "Adiela", "Conrado", "Lucelly", "Emilce", "Ilduara", "Maryory",
    ], [
        "Berrío", "Cañaveral", "Gañán", "Suesca", "Quemba", "Fúquene", "Guatibonza",
        "Siachoque", "Tequia", "Chiguasuque", "Neuta", "Cusba", "Tibaduiza",
    ]),
    "poblano": (1, [
        "Ciriaca", "Jerónima", "Onésima", "Rogaciana", "Wenceslada", "Bulmara", "Celedonia",
        "Evarista", "Heladia",
    ], [
        "Cocoletzi", "Zacapantzi", "Temoltzin", "Quechol",
        "Hueytlatl", "Ixtlilco", "Mazatl", "Nopaltitla", "Ocelotl", "Pilotzi", "Tecolotl",
        "Tlacomulco", "Xicale", "Zitlalpopoca", "Cuixtla", "Molotla", "Oxolotl", "Papalotl", "Teyoltzin", "Tlatoa", "Xochitiotzin",
        "Zoquiapan", "Acatzin", "Huehuetl", "Ixcoatl", "Macuil",
    ]),
    "honduran": (1, [
        "Delmis", "Erlin", "Ilsa", "Jeyni", "Esly", "Yojana", "Bexy",
    ], [
        "Guifarro", "Jerezano", "Inestroza", "Jaar", "Licona", "Zablah", "Atala",
    ]),
    "peruvian": (1, [
        "Illa", "Waman", "Yuyay", "Qoyllur", "Sumaqkusi", "Wayta", "Chaskañawi", "Killari",
        "Ayllu", "Qanchis", "Yawar", "Wiñay",
    ], [
        "Ninacondor", "Sulca", "Huarhua", "Pillaca", "Ancco", "Cjuno", "Huallpa", "Pacco",
        "Qquehue", "Sucasaca", "Umasi", "Vilcapoma", "Zapana", "Ccoa", "Huisa", "Lupaca",
        "Mullisaca", "Ninantay",
    ]),
    "coptic": (1, [
        "Medhat", "Abanob", "Boula", "Erini", "Ibram", "Nardeen", "Ousama", "Philopateer",
        "Tasoni", "Anba", "Bassem", "Demyana", "Lamei", "Sarwat",
    ], [
        "Makram", "Abdelsayed", "Sedra", "Basta", "Abdelmasih", "Gadallah", "Kolta",
        "Lotfy", "Nashed", "Shoukry", "Abadir", "Ghobrial", "Kirolos", "Louka", "Mettias",
        "Rezkalla", "Zaklama",
    ]),
    "filipino": (1, [
        "Gemmalyn", "Teodorica", "Gener", "Reymart", "Ailyn", "Sharlyn",
    ], [
        "Tumbaga", "Habaluyas", "Mabanag", "Pacquing", "Macapinlac", "Villarama",
        "Panlilio", "Tabingo", "Lumanlan", "Dungca", "Gumabao", "Manabat", "Pingol", "Sunga",
    ]),
    "gujarati": (1, [
        "Niral", "Dipali", "Lopa", "Palak", "Bhavin", "Nimesh", "Pinakin", "Sagar", "Umang",
        "Yatin", "Ashok", "Bharat",
    ], [
        "Suthar", "Limbachiya", "Pandit", "Rajgor", "Thakore", "Valand", "Ahir", "Baraiya",
        "Dodiya", "Kothiya", "Nakrani", "Vadgama", "Bhalala", "Chovatiya", "Gondaliya",
        "Hirpara", "Lakkad", "Mendapara",
    ]),
    "pakistani": (1, [
        "Sumaira", "Ghazia", "Kanwal", "Ummara", "Wajeeha", "Zareen", "Faraz", "Luqman",
    ], [
        "Sandhila", "Khakwani", "Saleemi", "Akhund", "Ranjha", "Kharral", "Chadhar",
        "Harral", "Lak", "Maitla", "Thaheem",
    ]),
    "malayali": (1, [
        "Thankachan", "Linu", "Binu", "Shaju", "Joji", "Jaimon", "Eliamma", "Aleykutty",
        "Deepu", "Eldho", "Georgekutty", "Mathukutty", "Thomaskutty", "Anniyamma", "Dency",
        "Kunjappan", "Lalu", "Ouseppachan", "Philomina",
    ], [
        "Idicula", "Mannarathara", "Kaithackal", "Pulikottil", "Kottarathil", "Mulackal",
        "Thottumkal", "Parayil", "Kizhakkekara", "Nedumparambil", "Vadakkumcheril",
        "Attupurathu", "Cheruvathoor", "Erumeli", "Kunnappilly", "Njarakattu",
        "Pazhayaparambil", "Thachil", "Vettikattil", "Areeckal", "Edakkara", "Kappen",
        "Mechery", "Pottamkulam", "Vilayil",
    ]),
    "south_sudanese": (1, [
        "Ajing", "Mabor", "Wiu", "Akuien", "Majur", "Nyathiang", "Rial", "Wech",
    ], [
        "Koang", "Monyluak", "Yuot", "Maluak", "Wuol", "Yual", "Kuek", "Nyang",
    ]),
    "iraqi": (1, [
        "Ilaf", "Maab", "Sajida", "Warood", "Baqir", "Hassanain",
    ], [
        "Al-Rikabi", "Al-Issawi", "Al-Jabiri", "Al-Khazali", "Al-Nasrawi", "Al-Battat", "Al-Darraji", "Al-Hamadani", "Al-Qurashi", "Al-Waili",
        "Alkhafaji", "Almusawi",
    ]),
    "armenian": (1, [
        "Karnig", "Araxi", "Shant", "Knar", "Ejmin", "Hasmig", "Isgouhi", "Kohar", "Maral",
        "Nvart", "Perj", "Rosdom", "Tsoghig", "Vartkes", "Bedros", "Dzaghig", "Ergin",
        "Hampar", "Manoushag", "Razmik", "Toros", "Vosgi", "Yeprem", "Zvart",
    ], [
        "Yeremian", "Mooradian", "Ohanesian", "Varjabedian", "Ajemian", "Khachadourian",
        "Tateosian", "Chahinian", "Ekizian", "Kalpakian", "Lulejian", "Odabashian",
        "Reisian", "Tchakerian", "Utudjian", "Vosbikian", "Yessaian", "Zarzavatdjian",
        "Alemian", "Bogosian", "Chouljian", "Ergamian", "Hatsakordzian", "Izmirlian",
        "Kalayjian", "Mazmanian", "Ourfalian",
    ]),
    "bosnian": (1, [
        "Mensur", "Šefika", "Jusuf", "Semir",
    ], [
        "Sulejmanović", "Bešlagić", "Rizvanović", "Ahmetašević", "Dervišević", "Ganić",
        "Isaković", "Jašarević", "Ohranović", "Alagić", "Čolić", "Duraković",
        "Fazlagić", "Gluhić", "Hujdur", "Nezirović", "Okanović", "Pandžić",
    ]),
    "yankee": (2, [
        "Mehitable", "Zerviah", "Jerusha", "Asahel", "Elnathan", "Abiel", "Azubah",
        "Lovisa", "Tryphena", "Eliphalet", "Hepzibah", "Ichabod", "Keziah", "Parmelia",
        "Zilpha", "Achsah", "Barzillai", "Gershom", "Huldah", "Jotham", "Loammi", "Nabby",
        "Peleg", "Thirza",
    ], [
        "Saltonstall", "Bradstreet", "Chickering", "Frothingham", "Sewall", "Batchelder",
        "Cogswell", "Dunnack", "Huckins", "Swasey", "Goodhue", "Chadbourne", "Gookin",
        "Ingalls", "Jewett", "Kenniston", "Ordway", "Philbrick", "Ricker",
        "Sanborn", "Thurlow", "Yeaton", "Clough", "Dow", "Furbish", "Gilpatrick", "Hodsdon",
        "Knowlton", "Merrow",
    ]),
    "black_bostonian": (2, [
        "Shaquan", "Rashaun", "Vashawn", "Dashonda", "Raquan",
        "Shaniya", "Keshia", "Nakeisha",
    ], [
        "Peagler", "Fairley", "Jeffers", "Tynes",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = [
    "Steadfast", "Canticle", "Victorious", "Godgift", "Redeemed",
]  # fmt: skip
WORD_FAMILY = [ "Quoin", "Tussock", "Hobnail", "Cowbell", "Firkin",
    "Hassock", "Jerkin", "Kirtle", "Mortise", "Noggin", "Pannier", "Tabard", "Tenon",
    "Wainscot", "Ewer", "Lectern", "Mangle", "Wigeon", "Pewterer",
    "Furbisher", "Cistern", "Fender", "Girdle", "Lattice", "Bristle", "Hayrick",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Nandinho", "Quim", "Xico", "Djoy", "Tchutcho", "Yayo", "Tatico", "Boops", "Dready",
    "Nounoune", "Packy", "Nunzi", "Tetta", "Lyusya", "Shurik", "Krzysiu", "Lumi", "Ify", "Tobi",
    "Nelinha", "Toninho", "Djuzinho", "Nenezinho", "Yayi", "Fello", "Cheito", "Junito",
    "Manolín", "Boubou", "Dukey", "Bumpa", "Jojie", "Koulis", "Giorgakis", "Stellitsa", "Sotos",
    "Tolyan", "Vovan", "Lyoshka", "Garik", "Motke", "Chaimke", "Brochi", "Ezzy", "Chuks",
    "Ebby", "Kelz", "Tunji",
]  # fmt: skip

# Names written in their own script (chat in Chinese, Korean and Russian).
HANZI_NAMES = [
    "翁美琴", "卓志勇", "连玉玲", "薛建华", "倪惠兰", "郑秀云", "梁少玲", "曾美芳", "冯咏仪",
    "麦玉兰", "黄金宝", "林庆福", "陈荣信", "邱顺发",
]  # fmt: skip
HANGUL_NAMES = ["조현숙", "이동수", "육순옥", "라재성", "염갑순", "윤기현", "함복순", "소숙경"]
CYRILLIC_NAMES = [
    "Августина", "Добрыня", "Феоктиста", "Милица", "Евстафий", "Леонтий", "Лапшина",
    "Скворцов", "Пчелкин", "Снегирёв", "Мордехай", "Рахамим", "Гуля", "Бабаев", "Хаитов",
]  # fmt: skip

# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Glenway", "Wales", "Ashmont", "Savin Hill", "Barbour", "Capen", "Dwelly", "Snell", "Rodman",
    "Shove", "Kempton", "Middlesex", "Westford", "Varnum", "Gun Hill", "Featherbed", "Bruckner",
    "Utopia", "Clymer", "Gravesend", "Frelinghuysen", "Munjoy", "Colchester", "Dorrance",
    "Pocasset", "Cohannet", "Sagamore", "Quequechan", "Angell", "Potters", "Niantic", "Veazie",
    "Preble", "Carew", "Rivington", "Doyers", "Rutgers", "Chrystie", "Wythe", "Roebling",
]  # fmt: skip
# Roads named without a house number, as people give directions ("the blue triple-decker on Capen").
ROADS = [
    "Gun Hill Rd", "Featherbed Ln", "Bruckner Blvd", "Utopia Pkwy", "Savin Hill Ave", "Munjoy Hill",
    "Quequechan St", "Pocasset St", "Dwelly St", "Glenway St", "Veazie St", "Roebling St",
    "Wythe Ave", "Doyers St", "Ashmont St", "Niantic Ave", "Sagamore St", "Varnum Ave",
]  # fmt: skip
CITIES = [
    "New Britain", "Parkchester", "Morrisania", "Ozone Park", "Borough Park", "Williamsburg",
    "Bensonhurst", "Sheepshead Bay", "Ironbound", "Sipayik", "Colchester", "St Albans",
    "Roslindale", "Ogunquit", "Eastport", "Motahkomikuk", "Hermon", "Orono", "Frenchville",
    "Limestone", "Harrisville", "Pascoag", "Chepachet", "Slatersville", "Ashaway", "Olneyville",
    "Wanskuck",
]  # fmt: skip
DOMAINS = [
    "superig.com.br", "brturbo.com.br", "click21.com.br", "bdcom.com", "ntc.net.np",
    "globetrotter.net", "cgocable.ca", "bellnet.ca", "midmaine.com", "megalink.net", "gmavt.net",
    "vermontel.net", "albtelecom.al", "vodacom.cd", "scs-net.org", "lowellnet.org",
    "netcarrier.com", "capecod.net", "fallriverbb.net", "azoresmail.pt", "madeiramail.pt",
    "quisqueyanet.do", "boricuamail.com", "ayitimail.ht", "jamdown.net", "yardmail.com",
    "trinimail.tt", "guyanamail.gy", "deshimail.bd", "sherpamail.np", "khmermail.com",
    "angkornet.kh", "saigonmail.vn", "bukharimail.com", "shtetlmail.com", "shqipmail.al",
    "hellasmail.gr", "nonnamail.it", "eiremail.ie", "polskamail.pl", "akwaaba.com.gh",
    "kinmail.cd", "quebecmail.ca", "penobscotnet.org",
]  # fmt: skip
STAFF_DOMAINS = [
    "harborviewcommunityhealth.org", "merrimackvalleyhealth.org", "narragansettcare.org",
    "longwharfmedical.org", "bayandsoundhealth.org", "fivecornersclinic.org",
]  # fmt: skip

FAMILY_FIRST = {"korean", "vietnamese", "fujianese", "cantonese", "khmer", "lao"}
DOUBLE_SURNAME = {
    "dominican",
    "puerto_rican",
    "ecuadorian",
    "salvadoran",
    "colombian",
    "honduran",
    "azorean",
}
GEN_SUFFIX = ["Jr", "Sr", "II", "III"]

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
        if other != last and " " not in last + other and "-" not in last + other:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.2:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune16") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune16") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune16") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if form < 0.32:
        return f"{first} {last}"
    if form < 0.37:
        return f"{first} {mid}. {last}"
    if form < 0.45:
        return f"{last}, {first}"
    if form < 0.49:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.52:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.55:
        return f"{first} {last}".upper()
    if form < 0.6:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.65:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.77:
        return first
    if form < 0.8:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.83:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.87:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.9:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.94:
        return f"{last} {first}"
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
    return _handle(_given_part(person(rng)[0])) or "nelito"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "calado"


def name_query(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first), _fold(last)
    return rng.choice([f"{first}+{last}".replace(" ", "+"), f"{first}%20{last}".replace(" ", "%20"),
                       f"{last}%2C+{first}".replace(" ", "+"),
                       f"{last.lower()}%2c{first.lower()}".replace(" ", "+")])  # fmt: skip


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
    """A staff name as signatures carry it: "N. Calado", "Nelito Calado", "Calado, Nelito"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


def spelled(rng: random.Random) -> str:
    """A patient spelling a name out letter by letter: "C-A-L-A-D-O", "c a l a d o"."""
    word = (
        _handle(_given_part(person(rng)[1] if rng.random() < 0.6 else person(rng)[0])) or "calado"
    )
    return rng.choice(
        ["-".join(word.upper()), " ".join(word), " ".join(word.upper()), ".".join(word.upper())]
    )


def hanzi(rng: random.Random) -> str:
    return rng.choice(HANZI_NAMES)


def hangul(rng: random.Random) -> str:
    return rng.choice(HANGUL_NAMES)


def cyrillic(rng: random.Random) -> str:
    return rng.choice(CYRILLIC_NAMES)


# --- Places ------------------------------------------------------------------------------------

SUFFIXES = [("St", 10), ("Ave", 7), ("Rd", 4), ("Pkwy", 1), ("Blvd", 1), ("Ter", 1), ("Pl", 1),
            ("Street", 3), ("Avenue", 2), ("Ct", 1), ("Way", 1), ("Sq", 1), ("Ln", 1)]  # fmt: skip
UNITS = ["Apt 2", "Apt 3R", "1st fl", "2nd Fl", "3rd floor", "Apt 4C", "#3", "Unit 2", "Apt 6F",
         "Apt 1L", "Bsmt", "Rear", "Apt B", "Fl 3", "Apt 12D", "Unit 3-L"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "East ", "West "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 4999)),
                       f"{rng.randint(10, 999)}{rng.choice('AB')}", f"{rng.randint(100, 199)}-{rng.randint(10, 60)}",
                       f"{rng.randint(30, 99)}-{rng.randint(10, 40)}"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 2999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}"])


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions."""
    return rng.choice(ROADS)


def street_address(rng: random.Random, _split: str = "tune16") -> str:
    kind = rng.random()
    if kind < 0.06:
        return po_box(rng)
    if kind < 0.1:
        return f"{rng.randint(100, 2999)} Route {rng.randint(1, 202)}"
    line = street_line(rng)
    if rng.random() < 0.35:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "tune16") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["MA", "RI", "CT", "NY", "NJ", "ME", "VT", "NH", "Mass.", "Conn.", "Maine", "Vermont",
          "Rhode Island", "New York", "ma", "ri", "ny", "nj"]  # fmt: skip
_ZIP3 = ["010", "014", "017", "018", "019", "020", "021", "022", "023", "024", "027", "028", "029",
         "040", "041", "042", "044", "046", "047", "054", "056", "060", "061", "064", "067", "070",
         "071", "072", "073", "088", "100", "104", "109", "112", "113", "114", "116"]  # fmt: skip


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
        rng.randint(1922, 1935)
        if pick < 0.2
        else rng.randint(1936, 2016)
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
        f"{d:02d}/{m:02d}/{y}", f"{d}{o} of {mo}",
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
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('45')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-04:00",
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
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 105)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [617, 857, 508, 774, 978, 351, 413, 401, 860, 959, 203, 475, 718, 347, 929, 917, 646, 212,
         973, 862, 201, 551, 908, 732, 914, 845, 802, 207, 603, 516, 631]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
                       f"{b}-{c}", f"+1{a}{b}{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def intl_phone(rng: random.Random) -> str:
    """A relative's number abroad: Cape Verde, the Azores, Haiti, Jamaica, Bangladesh, Nepal..."""
    return rng.choice([f"+238 {rng.randint(900, 999)} {_digits(rng, 2)} {_digits(rng, 2)}", f"+351 96{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 3)}",
                       f"+509 {_digits(rng, 4)}-{_digits(rng, 4)}", f"+1 876 {_digits(rng, 3)} {_digits(rng, 4)}",
                       f"+880 17{_digits(rng, 2)}-{_digits(rng, 6)}", f"+977 98{_digits(rng, 8)}", f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}",
                       f"+1 809 {_digits(rng, 3)} {_digits(rng, 4)}", f"+86 138 {_digits(rng, 4)} {_digits(rng, 4)}"])  # fmt: skip


def email(rng: random.Random, _split: str = "tune16") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "nelito", _handle(last) or "calado"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2010)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "nelito", _handle(last) or "calado"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune16") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "nelito", _handle(last) or "calado"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2010)}", f"{f}.{ln}.{rng.randint(1, 9)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune16") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "nelito", _handle(last) or "calado"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/help-{f}-{ln}",
        f"https://www.instagram.com/{f}_{ln}", f"https://www.tiktok.com/@{ln}{f}", f"https://wa.me/1{rng.choice(_AREA)}{_digits(rng, 7)}",
        f"https://mychart.harborview.example/visit/{_digits(rng, 8)}", f"https://fhir.narragansett.example/r4/Patient/{_digits(rng, 7)}",
        f"https://vk.com/{f}{ln}", f"https://www.youtube.com/@{f}{ln}", f"https://linktr.ee/{f}.{ln}",
        f"https://drive.google.com/file/d/{_letters(rng, 28, string.ascii_letters + string.digits)}/view",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2601:{_hex(rng, 3)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 2)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice([rng.randint(1, 134), rng.randint(135, 158), rng.randint(1, 899)])
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                       f"HV{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"00{_digits(rng, 6)}", f"MR{_digits(rng, 7)}", f"BM{_digits(rng, 8)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 12),
            f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
            _digits(rng, 10),
            f"{_digits(rng, 9)}{_letters(rng, 1)}",
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}", mbi(rng), medicaid_id(rng),
                       f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 2)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}"])  # fmt: skip


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
    return rng.choice([npi(rng), dea(rng), f"RN{_digits(rng, 6)}", f"S{_digits(rng, 8)}", f"{_digits(rng, 9)}",
                       f"MA DL {_letters(rng, 1)}{_digits(rng, 8)}", f"{_letters(rng, 1)}{_digits(rng, 4)} {_digits(rng, 5)} {_digits(rng, 5)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 3)}",
                       f"{_letters(rng, 3)}{_digits(rng, 3)}", f"T{_digits(rng, 6)}C", f"{_letters(rng, 2)}-{_digits(rng, 3)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}",
                       f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"A{_digits(rng, 9)}",
                       f"FAX{_digits(rng, 9)}", f"TKT-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                       f"PA{_digits(rng, 9)}", f"CASE{_digits(rng, 7)}", f"INT-{_digits(rng, 5)}"])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        [
            "200",
            "200",
            "201",
            "204",
            "302",
            "400",
            "401",
            "403",
            "404",
            "409",
            "429",
            "500",
            "502",
            "503",
        ]
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
    return rng.choice(["afterhours-chat", "sms-in", "portal-msg", "interp-pt", "interp-ht", "interp-km", "rx-refill",
                       "nurse-triage", "fax-inbound", "elig-270", "sched-peds"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, queue names).
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LASTFIRST": ("NAME", last_first),
    "NAMEUP": ("NAME", name_upper),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "NAMEQ": ("NAME", name_query),
    "WFIRST": ("NAME", word_first),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),
    "DOC": ("NAME", clinician),
    "SPELL": ("NAME", spelled),
    "HANZI": ("NAME", hanzi),
    "HANGUL": ("NAME", hangul),
    "CYR": ("NAME", cyrillic),
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
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
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "QUEUE": (None, queue),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    # Portuguese, Azorean and Brazilian
    "oi boa noite, my vovó {FIRST} is {AGE} and she fell in the bathroom, what do we do",
    "me and tia {FIRST} went to the pharmacy but they said no refill for {NAME}",
    "obrigada!! {FIRST} said the nurse was very nice 🙏",
    "{FIRST} here, mãe de {FIRST}, can u move his appt to {MD} pls",
    "desculpa my english, i am {NAME}, data de nascimento {DATE}",
    "meu marido {FIRST} {SURNAME} precisa de refill do remedio da pressão, mrn {MRN}",
    "ask {FIRST} she knows the password lol",
    "tell {FIRST} i cant come today, tô doente",
    "{FIRST}'s mom called u guys yesterday about the rash",
    "my cousin {FIRST} from portugal is visiting, can she come with me on {MD}",
    "fala com a minha filha {FIRST}, o numero dela é {PHONE}",
    "olá, sou o {FIRST}, moro na {STREET}, {CITY}",
    "vovô {NAME} tem {AGEN} anos e não quer comer",
    "tudo bem? its {FIRST} again, did dr {SURNAME} get my labs",
    "saudade do meu pai {FIRST}, he passed {DATE}, pls stop sending letters to {STREETLINE}",
    "valeu {FIRST}!!",
    "beijos, {FIRST}",
    "ai meu deus, {FIRST} is throwing up since last night",
    "brazil number for my sister {FIRST} is {INTL}",
    "sou brasileira, meu nome é {NAME}, meu email {EMAIL}",
    "a minha sogra {FIRST} {SURNAME} mora comigo agora em {CITY} {STATE}",
    "a {FIRST} disse que vocês mandaram a carta pro endereço antigo",
    # Cape Verdean Kriolu
    "bom dia, mi e {FIRST}, nha mãe {NAME} sta duenti",
    "nha fidju {FIRST} tem febre, what do i do",
    "obrigadu pa tudu, {FIRST}",
    "kuze ki bu kre? sorry wrong chat. its {FIRST} {SURNAME} dob {USDATE}",
    "nha tio {FIRST} ka ta fla inglês, pls call {PHONE}",
    "family in cabo verde can call {INTL}, ask for {FIRST}",
    "mantenha {FIRST}! is this the right number for the clinic",
    "{NICK} is my son, his real name {FIRST} {SURNAME}",
    "my avó {FIRST} is {AGEN} and came from cabo verde last month",
    # Spanish, Dominican, Puerto Rican, Ecuadorian, Salvadoran, Honduran, Colombian
    "hola buenas, soy {FIRST}, mi mamá {NAME} tiene cita el {MD}",
    "ay dios mio {FIRST} se cayó otra vez",
    "dile a {FIRST} que me llame al {PHONE}",
    "pregúntale a {FIRST} ella sabe",
    "mi abuela {FIRST} {SURNAME} tiene {AGEN} años y no ve bien",
    "gracias mi amor 💕 {FIRST}",
    "bendición titi, its {FIRST}, did they call about the mri",
    "mi esposo {FIRST} trabaja de noche, puede ser después de las 3",
    "{FIRST} y yo vamos mañana, ok?",
    "es para mi hijo {FIRST}, nació el {DATE}",
    "la dirección nueva es {STREET}, {CITY} {STATE} {ZIP}",
    "mi correo es {EMAIL} pa que me manden los papeles",
    "oye {FIRST}, el doctor {SURNAME} dijo que fuera al er?",
    "wepa! {FIRST} got her results 🙌",
    "tell the nurse {FIRST} that mami is better",
    "mi tía {FIRST} vive con nosotros, la de {CITY}",
    "soy la hija de {NAME}, ella tiene {AGE}",
    "vengo de parte de {FIRST} {SURNAME}, el del colmado",
    "llamar a mi prima {FIRST} {INTL} en la república",
    "mi seguro es {PLAN}, el de medicaid",
    "no tengo seguro, mi cuenta es {ACCOUNT}",
    "el nene {FIRST} tiene tos desde el {MD}",
    "la señora {SURNAME} de la farmacia me dijo que llamara",
    "soy salvadoreña, me llamo {NAME}, vivo en {CITY}",
    "mi compadre {FIRST} me va a llevar, su placa es {PLATE}",
    "ecuatoriano aqui, {FIRST} {SURNAME}, necesito cita con el dentista",
    "achachay hace frio, {FIRST} no quiere salir hoy",
    "mi suegra {NAME} llega del ecuador el {MD}",
    "catracho aqui jaja, {FIRST} from the kitchen, can i get a note for work",
    "parce {FIRST} me dijo que ustedes tienen interprete",
    "don {FIRST} le manda saludos a la doctora",
    "doña {NAME} no contesta el teléfono, es {PHONE}",
    # Haitian Creole
    "bonjou, se {FIRST}, manman m {NAME} malad",
    "mèsi anpil {FIRST} 🙏🏾",
    "pitit mwen {FIRST} gen lafyèv depi {MD}",
    "rele {FIRST} nan {PHONE}, li pale angle",
    "grann mwen {FIRST} {SURNAME} gen {AGEN} an",
    "m rele {NAME}, mwen fèt {DATE}",
    "bonswa, {FIRST} isit, kilè randevou a?",
    "tell {FIRST} mwen pa ka vini jodi a",
    "my tonton {FIRST} lives in {CITY}, he need a ride",
    "sak pase! its {FIRST} from the 3rd floor, lab papers came?",
    "msg pou {FIRST}: call me back {PHONE}",
    "madanm mwen {FIRST} pregnant, due {MD}",
    "ayiti number for my sister {FIRST} {INTL}",
    "{FIRST} ak {FIRST} pral vini ansanm",
    # Jamaican, Trinidadian, Guyanese
    "wah gwaan, a {FIRST} dis, mi granny {FIRST} sick bad",
    "mi madda {NAME} a {AGEN} an she still a cook",
    "yuh can call {FIRST} pon {PHONE}",
    "bless up {FIRST} 🙏🏿",
    "tell {FIRST} seh mi cyaan come",
    "jamaica number fi mi sister {FIRST} is {INTL}",
    "nuh worry bout it, {FIRST} a go carry mi",
    "allyuh have appointment for {MD}? its {FIRST} {SURNAME}",
    "wha happenin, {FIRST} here, pressure high again 180 over something",
    "my nani {FIRST} is {AGE} and she dont want to go hospital",
    "my aji {NAME} need the diabetes pills, she in {CITY} by my uncle",
    "thanks eh, {FIRST}",
    "call mi bhai {FIRST} {PHONE}, he does drive",
    "mi chacha {FIRST} came from guyana, can he see the doctor",
    # Bangladeshi, Punjabi, Nepali, Tibetan
    "assalamu alaikum, ami {FIRST}, amar ammu {NAME} er jor",
    "dhonnobad apa, {FIRST} bhalo ache ekhon",
    "amar nanu {FIRST} er boyosh {AGEN}",
    "bhaiya {FIRST} ke call koren {PHONE}",
    "my abbu {FIRST} {SURNAME} cant read english, pls call my bhai {FIRST}",
    "sat sri akal, its {FIRST}, bibiji {NAME} needs her sugar pills",
    "veerji {FIRST} will drive her, tusi {MD} nu appointment rakh do",
    "my dadi {FIRST} is {AGE}, no english, only punjabi",
    "namaste, ma {FIRST} ho, mero aama {NAME} lai dukhyo",
    "dhanyabad didi, {FIRST} ramro cha",
    "my bhai {FIRST} {SURNAME} works in the restaurant, call after 10 pm",
    "tashi delek! {FIRST} here, my ama-la {NAME} has appt {MD}",
    "thuk je che {FIRST}-la 🙏",
    "pa-la {FIRST} is {AGEN}, he need tibetan interpreter",
    "my name {FIRST} {FIRST}, we tibetan no family name, dob {DATE}",
    # Chinese (Fujianese, Cantonese)
    "你好, 我是{HANZI}, 我妈妈明天有预约吗",
    "我老公{HANZI}发烧了, 电话{PHONE}",
    "ni hao, wo shi {FIRST}, my mother {NAME} need chinese interpreter",
    "xie xie {FIRST} 🙏",
    "{FIRST} ah, ask doctor if can eat before blood test",
    "阿婆 {FIRST} {AGEN}岁了, 她不会说英文",
    "my ah ma {FIRST} needs cantonese nurse pls",
    "m goi {FIRST}, see you {MD}",
    "nei hou, hai {FIRST} ah, my daddy {NAME} in hospital since {MD}",
    "請叫{HANZI}打電話給我 {PHONE}",
    "my uncle {SURNAME} {FIRST} work in restaurant, only free on tuesday",
    "地址是 {STREET}, {CITY}",
    # Korean
    "안녕하세요 {HANGUL} 입니다, 예약 확인 부탁드려요",
    "annyeong, its {FIRST}, halmoni {NAME} is {AGEN}",
    "감사합니다 {FIRST} 선생님",
    "my appa {FIRST} {SURNAME} needs korean speaking doctor",
    "{HANGUL} 할머니 혈압약 떨어졌어요",
    # Khmer, Lao, Vietnamese
    "suosdei, knhom {FIRST}, mak {NAME} chheu",
    "orkun {FIRST}! 🙏",
    "my yeay {FIRST} is {AGEN} and forget things",
    "bong {FIRST} will bring me, his phone {PHONE}",
    "sabaidee, its {FIRST}, mae {NAME} need refill",
    "khop jai lai lai {FIRST}",
    "chào chị, em là {FIRST}, mẹ em {NAME} bị sốt",
    "cảm ơn {FIRST} nhiều",
    "bà ngoại {FIRST} {AGEN} tuổi rồi, cần người thông dịch",
    "anh {FIRST} sẽ chở bà đi, số {PHONE}",
    # Russian, Bukharian, Ukrainian
    "здравствуйте, это {CYR}, мама заболела",
    "privet, eto {FIRST}, babushka {NAME} v bolnitse s {MD}",
    "спасибо {FIRST}!",
    "моя мама {CYR}, ей {AGEN}",
    "pozvonite {FIRST} {PHONE}, ona govorit po angliyski",
    "my dedushka {FIRST} {SURNAME} is {AGEN}, bukharian, only russian",
    "shalom, its {FIRST}, my aba {NAME} needs refill",
    "tell {FIRST} spasibo from mama",
    "ochen bolit, this is {NAME}, can i come today",
    # Yiddish / Hebrew
    "hi this is {FIRST}, my bubby {NAME} is {AGEN} bli ayin hara",
    "shkoyach {FIRST}!",
    "please call my husband {FIRST} {SURNAME}, he's in kollel until 2",
    "my zeidy {FIRST} needs a ride to the eye doctor {MD}, he doesnt drive on shabbos",
    "baruch hashem {FIRST} is home, thank u",
    "{FIRST} can't come before yom tov, can we push to {MD}",
    "my son {FIRST} {SURNAME}, dob {DATE}, he has 9 siblings so the form is confusing lol",
    "tizku lemitzvos, {FIRST}",
    "the shomer shabbos elevator is broken, tell {FIRST} at front desk",
    # Albanian, Greek, Italian, Irish, Polish
    "përshëndetje, jam {FIRST}, nëna ime {NAME} është sëmurë",
    "faleminderit {FIRST}",
    "my gjyshi {FIRST} is {AGEN}, he only speak albanian",
    "yia sou, its {FIRST}, my yiayia {NAME} needs the flu shot",
    "efharisto {FIRST}! 😘",
    "my papou {FIRST} {SURNAME} is {AGE}, he still goes to church every day",
    "ciao, this is {FIRST}, my nonna {NAME} ran out of her pills",
    "grazie mille {FIRST}",
    "my nonno {FIRST} is {AGEN} and stubborn as a mule",
    "sláinte {FIRST} haha thanks for calling back",
    "this is {FIRST}, me nan {NAME} is asking for the priest",
    "my da {FIRST} {SURNAME} is off the drink 6 months, tell dr {SURNAME}",
    "dzień dobry, tu {FIRST}, moja babcia {NAME} ma gorączkę",
    "dziękuję {FIRST}",
    "my dziadek {FIRST} is {AGEN}, can the nurse come to the house on {STREETLINE}",
    # Nigerian, Ghanaian, Somali, Congolese, South Sudanese
    "good evening ma, its {FIRST}, my mummy {NAME} BP is 190",
    "daalu {FIRST}, God bless u",
    "e se {FIRST}! 🙏🏾",
    "my aunty {FIRST} {SURNAME} from nigeria is visiting, can she be seen",
    "pls call my brother {FIRST} {PHONE}, he will translate",
    "medaase {FIRST}",
    "my maame {FIRST} is {AGEN} and still goes to market",
    "its {FIRST} {SURNAME}, the twins are {FIRST} and {FIRST}",
    "salaan, waa {FIRST}, hooyo {NAME} waa xanuunsanaysaa",
    "mahadsanid {FIRST}",
    "my abo {FIRST} needs somali interpreter for {MD}",
    "awoowe {FIRST} {SURNAME} waa {AGEN} jir",
    "mbote, ezali {FIRST}, mama {NAME} azali malade",
    "melesi mingi {FIRST}",
    "bonjour, c'est {FIRST}, ma grand-mère {NAME} a {AGEN} ans",
    "my uncle {FIRST} from congo arrived {MD}, he needs tb test",
    "its {FIRST}, my father {NAME} speaks dinka only",
    # Syrian, Afghan, Pashto, Dari, Yemeni, Iraqi, Coptic
    "marhaba, ana {FIRST}, my mama {NAME} needs arabic doctor",
    "shukran {FIRST} ❤️",
    "my teta {FIRST} is {AGEN}, she lives with my ammo {FIRST}",
    "salam, ma {FIRST} hastam, madar-e man {NAME} mariz ast",
    "tashakor {FIRST} jan",
    "my bobo {FIRST} needs dari interpreter, appointment {MD}",
    "staray mashay, za {FIRST} yam, mor me {NAME} naroghe da",
    "manana {FIRST}",
    "{FIRST} jan will bring baba, his number {PHONE}",
    "my husband {FIRST} {SURNAME} came with siv visa, he has his a number {OTHER}",
    "ahlan, its {FIRST} from the deli, my abuya {NAME} has sugar",
    "allah ysalmak {FIRST}",
    "my jiddo {FIRST} is {AGEN}, he fasting ramadan, is it ok with insulin",
    "its {FIRST}, my father {NAME} is coptic, he fasts a lot, can the dr change his pills",
    "abouna {FIRST} from church said to text here",
    # Quebecois, Wabanaki, Yankee
    "bonjour, c'est {FIRST}, ma mère {NAME} a tombé",
    "merci ben {FIRST}",
    "mon pépère {FIRST} {SURNAME} a {AGEN} ans, y veut pas aller à l'hôpital",
    "ma mémère {FIRST} speaks french only, up in {CITY}",
    "hey its {FIRST} from {CITY}, my nokomis {FIRST} needs a ride to the clinic",
    "woliwon {FIRST}",
    "my gram {NAME} lives on the island, address {STREETLINE} {CITY} {STATE}",
    "{FIRST} {SURNAME} here, wicked sick since {MD}, can i get in today",
    "ayuh its {FIRST}, the road's washed out so i can't make it",
    # names as the whole message or first word, nicknames, lowercase word names
    "{FIRST}",
    "{FIRST}?",
    "{NAME}",
    "{FIRST} {SURNAME}",
    "{NICK}",
    "{FIRST} again lol",
    "{FIRST} here",
    "{FIRST} said u called",
    "{FIRST} wants to know if the results came",
    "{FIRST} cant make it {MD}",
    "{FIRST} and {FIRST} are both sick now 😷",
    "{NICK} said to text this number",
    "its {NICK} lol ur favorite patient",
    "{WFIRST} here, from the 2nd floor",
    "ask {WFIRST} about the forms",
    "my name is {WFIRST} {WLAST}",
    "its {FIRST} {WLAST}, dob {DATE}",
    "me and {FIRST} {WLAST} came together last time",
    "mr {WLAST} is my neighbor, he can sign for the package",
    "tell {WLAST} the nurse i said thx",
    "{WNAME} calling about my dad",
    "the lady at the desk {FIRST} was so rude",
    "😭😭 {FIRST} is in the er",
    "🙏 {FIRST} {SURNAME}",
    "❤️ {FIRST}",
    "🤒 {FIRST} has fever 102",
    "👶 {FIRST} was born {DATE}!!",
    "🙏🏽🙏🏽 thank u dr {SURNAME}",
    # spelling own name
    "my last name is {SPELL}",
    "its spelled {SPELL} not how u have it",
    "name: {FIRST} , last: {SPELL}",
    "u have my name wrong its {SPELL}",
    "{SPELL} thats my name, the card says different",
    "my daughters name is {SPELL}, with no accent",
    # names inside questions
    "is {FIRST} working today?",
    "did {FIRST} get my message",
    "can {FIRST} call me back",
    "who is {FIRST}? she left a voicemail",
    "is dr {SURNAME} still there or did she leave",
    "can i talk to {FIRST} the interpreter",
    "did u send the letter to {NAME} or to me",
    "where is {FIRST}'s referral",
    "does {FIRST} {SURNAME} need to come too",
    "whats {FIRST}'s next appt",
    "is the nurse {FIRST} or {FIRST} today",
    # greetings and sign-offs
    "thx - {FIRST}",
    "-{FIRST}",
    "love {FIRST}",
    "ty {FIRST}",
    "thanks, {NAME}",
    "ok thx {FIRST} ttyl",
    "sent by {FIRST} for {FIRST}",
    "xoxo {NICK}",
    "regards, {NAME}",
    "God bless - {FIRST} {SURNAME}",
    "bye {FIRST}",
    "gn {FIRST} 😴",
    "hey {FIRST}!",
    "hi {FIRST} its me",
    "good morning {FIRST} 🌞",
    "sorry {FIRST} i forgot",
    # staff named by patients
    "the nurse {FIRST} said to call back",
    "dr {SURNAME} said i can stop the pills",
    "dr {FNLOW} was great, tell her thx",
    "can i see dr {SURNAME} instead of the new one",
    "the interpreter {FIRST} didnt show up",
    "the lady {FIRST} from billing told me {ACCOUNT}",
    "{FIRST} the pharmacist said wait 2 days",
    "nurse {NAME} gave me this number",
    "the social worker {FIRST} {SURNAME} said you can help with rent",
    "the driver {FIRST} was late again",
    "my pcp is {DOC} but i want a woman doctor",
    "the er doctor {DOC} said follow up here",
    "front desk girl {FIRST} said my insurance {PLAN} is inactive",
    "email dr {SURNAME} at {STAFFEMAIL}?",
    # relatives named in passing, with and without kin words
    "me and {FIRST} went to the er last night",
    "{FIRST} said its fine to take with food",
    "with {FIRST} now, she says hi",
    "from {FIRST}: pls call him",
    "i'm with {FIRST} {SURNAME} at the pharmacy",
    "my sister {FIRST} and her husband {FIRST} live at {STREETLINE}",
    "my son {FIRST} turns 5 on {MD}, can he get his shots",
    "my wife {NAME} is due {MD}",
    "grandma {FIRST} is {AGEN} 🎂",
    "his mom {FIRST} has custody, not me",
    "{FIRST}'s dad is picking her up",
    "bring {FIRST} too?",
    "i stay by {FIRST} {SURNAME} in {CITY} now",
    "my ex {FIRST} is NOT allowed to get info",
    "my godmother {NAME} can sign",
    "my comadre {FIRST} will translate",
    "my stepdad {NAME} dob {USDATE} needs records",
    "my girlfriend {FIRST} drove me, plate {PLATE}",
    "my roommate {FIRST} found me on the floor",
    "my coworker {FIRST} {SURNAME} has covid so i stayed home",
    "pastor {FIRST} {SURNAME} will come with me",
    "imam {FIRST} said fasting is ok if dr says",
    "the rabbi {FIRST} {SURNAME} asked about visiting",
    # several identifiers per line
    "its {NAME}, dob {DATE}, mrn {MRN}, need refill sent to the cvs on {STREETLINE}",
    "my address changed to {STREET}, {CITY} {STATE} {ZIP}, phone {PHONE}",
    "{FIRST} {SURNAME} {USDATE} {PHONE}",
    "name {NAME} dob {DATE} ins {PLAN}",
    "send it to {EMAIL} or text {PHONE}",
    "my medicaid {MEDICAID} and my ssn {SSN}",
    "medicare {MBI}, my wife {FIRST} too",
    "mrn {MRN} {FIRST} {SURNAME}",
    "im at {STREETLINE} {UNIT}, buzzer says {LNUP}",
    "{STREETLINE}, {UNIT}, {CITY} - thats the new place",
    "i live on {ROAD}, the blue triple decker",
    "we're on {ROAD} by the laundromat, 2nd floor",
    "new number {PHONE}, old one {PHONE} is dead",
    "whatsapp me {INTL}",
    "text {E164} thats my husband",
    "call after 6 {PHONE} - {FIRST}",
    "my portal username {USER} is locked",
    "username is {USER} and email {EMAIL}",
    "i tried from my job computer {IP} and it says blocked",
    "here is the link {URL}",
    "my daughter made a gofundme {URL}",
    "my license {LICENSE} is from pr, is that ok for id",
    "the van plate is {PLATE}, we're in the lot",
    "vin {VIN} for the parking placard",
    "the cpap serial {DEVICE} is broken",
    "imei {IMEI} for the tablet they gave us",
    "the glucometer {DEVICE} says error",
    "my account {ACCOUNT} says i owe money but i have {PLAN}",
    "claim {OTHER} got denied",
    "case number {OTHER} from the interpreter line",
    "fax it to {FAX} attn {FIRST}",
    "po box is {POBOX}, {CITY} {ZIP}",
    "mail goes to {POBOX} not the house",
    "zip is {ZIP}",
    "i moved to {CITY}",
    "is there a clinic in {CITY}",
    "we in {CITY} now by my cousin",
    "can i go to the {CITY} location instead",
    "the bus from {CITY} takes 2 hours",
    "born {DATE}",
    "dob {USDATE}",
    "appt was {LONGDATE} but i missed it",
    "since {MONYEAR} i have this pain",
    "the {DAYTH} works better",
    "{MD} at 10?",
    "she is {AGE}",
    "my great grandma is {AGE} years old and sharp",
    "turning {AGEN} next week",
    # mixed, run-on, shorthand
    "omg {FIRST} pls tell me the results r normal idk what to do",
    "idk if {FIRST} told u but im pregnant again lol",
    "u said {MD} but {FIRST} said {MD} which one",
    "pls pls call {FIRST} asap {PHONE}",
    "k so {FIRST} is gonna drop me off then {FIRST} picks me up",
    "lmk if {FIRST} needs the insurance card pic",
    "brb {FIRST} is crying",
    "thx 4 helping {FIRST} yesterday",
    "tbh {FIRST} hasnt been eating since {MD}",
    "fyi {FIRST} moved out, dont call {PHONE} anymore",
    "can u guys send the note to my job, my supervisor is {NAME}",
    "my kid {FIRST} goes to school in {CITY}, school nurse is {FIRST}",
    "hello? {FIRST} {SURNAME} here still waiting",
    "yo its {FIRST} from the bodega, my pops {FIRST} needs his meds",
    "babe {FIRST} said ur office closed early",
    "bro {FIRST} took my phone sorry",
    "auntie {FIRST} says thank you 🥰",
    "unc {FIRST} is {AGEN} still driving smh",
    "me n {FIRST} coming at 2",
    "my boy {NICK} got jumped he's at the er",
    "wait is this {FIRST}??",
    "nvm {FIRST} found the card",
    "sorry this is {FIRST} not {FIRST}, same phone",
    "typing for {NAME}, she cant see the screen",
    "this is {FIRST} texting for my mom {FIRST} {SURNAME}",
    "{FIRST} {SURNAME} ({INITS}) from the group class",
    "its {INITS}, from tuesday",
    "ty {INITS}",
    "i'm {FIRST}, the one who brought the pastéis 😄",
    "my hubby {FIRST} says hi to the nurses",
    "{FIRST}, {FIRST}, and {FIRST} all need flu shots",
    "got ur letter addressed to {NAMEUP} but thats my mom",
    "the bill says {LASTFIRST} but i go by {FIRST}",
    "it says {NAME} on the bottle but its for me {FIRST}",
    "my real name is {FIRST} but everyone calls me {NICK}",
    "{NICK} is my nickname, put {FIRST} {SURNAME} on the form",
    "call me {NICK} pls 😅",
    "my grandson {FIRST} set up this phone",
    "can {FIRST} pick up my rx, she has id",
    "i sent {FIRST} with the urine sample",
    "dr {SURNAME} and nurse {FIRST} were amazing thank u",
    "remind {FIRST} to bring his inhaler",
    "{FIRST} {SURNAME} is the name on the insurance, i'm the dependent",
    "subscriber {NAME} dob {DATE} member {PLAN}",
    "can you update emergency contact to {FIRST} {SURNAME} {PHONE}",
    "emergency contact {NAME} (brother) {PHONE}",
    "my new address is {STREETLINE} {UNIT}, {CITY}, {STATE} {ZIP}, thx {FIRST}",
    "we moved from {CITY} to {CITY}",
    "i was at the {CITY} er on {MD}",
    "picked up at {STREETLINE} then to the clinic",
    "uber dropped me at {STREET} wrong building",
    "my mother in law {FIRST} came from {CITY} for the surgery",
    "my tio {FIRST} {SURNAME} is at {STREETLINE}, he needs home care",
    "hi its {FIRST} again sorry to bother, the cream isnt working",
    "my twins {FIRST} and {FIRST} both have pink eye 😩",
    "{FIRST} is asking if she can swim after the shot",
    "if {FIRST} calls tell her im at work",
    "hey {FIRST} it's {FIRST}",
    "{FIRST} this is {FIRST}'s mom",
    "wrong number? looking for {NAME}",
    "r u {FIRST}? the nurse from last week",
    "is this {FIRST}'s phone or the office",
]

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|HVCH|PORTAL|HVCH|{HLTS}||ADT^A04|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^HVCH^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}|||||||||||Portuguese",
    "PID|1||{MRN}^^^HVCH^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}||{PHONE}|||||||||||Haitian Creole",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|GRD|||{INTL}||EC",
    "PV1|1|O|PEDS^RM4^01||||{NPI}^{LNUP}^{FNUP}^^^DR|||PED||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MCD|MAHLTH|MASSHEALTH STANDARD|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|F",
    "OBX|4|TX|INTERP||Interpreter {LNUP}^{FNUP} (Khmer) present by video on {HLDATE}||||||F",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^NP|||{HLTS}",
    "MSH|^~\\&|LAB|HVCH|||{HLTS}||ORU^R01|{REQID}|P|2.3\rPID|||{MRN}||{LNUP}^{FNUP}^{MIDUP}^^SRA||{HLDATE}|F",
    "MRG|{MRN}^^^HVCH^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-listener[{PIDN}]: ACK AE for MSH-10={OTHER} err='PID-11 zip {ZIP} not valid for {CITYUP}'",
    "PID|1||{MRN}||{LNUP}^{FNUP}^^^^^L~{LNUP}^{FNUP}^^^^^A||{HLDATE}|F",
    "AL1|1|DA|70618^PENICILLIN|MO|RASH||{HLDATE}",
    "SCH|{OTHER}||||||FOLLOWUP|||30|MIN|^^^{HLTS}|||||{LNUP}^{FNUP}|{PHONE}",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}","communication":[{{"language":{{"text":"Cape Verdean Creole"}}}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"relationship":"GRMTH","telecom":[{{"value":"{INTL}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Communication","subject":{{"display":"{LASTFIRST}"}},"sent":"{TS}","payload":[{{"contentString":"its {FNLOW} again cant come {MD}"}}]}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "fhir-proxy WARN search returned 4 matches for name={NAMEQ}&address-postalcode={ZIP}",
    '{{"resourceType":"Appointment","participant":[{{"actor":{{"display":"{NAME}"}}}},{{"actor":{{"display":"Dr. {SURNAME}"}}}}],"start":"{TS}"}}',
    '{{"resourceType":"Patient","name":[{{"text":"{HANZI}"}},{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    # chat / SMS platform events
    'ts={TS} app=sms dir=in from={E164} body="its {FNLOW} {LNLOW} dob {USDATE}" queue={QUEUE}',
    'ts={TS} app=sms dir=in from={E164} body="me and tia {FNLOW} went to the er" lang=pt',
    "ts={TS} app=sms dir=out to={E164} template=appt_reminder pt_first={FIRST} appt={ISODATE} lang=ht",
    'ts={TS} app=chat session={REQID} visitor_name="{NAME}" visitor_phone={PHONE} queue={QUEUE} wait={MS}ms',
    'ts={TS} app=chat session={REQID} msg_from=patient text="{FNLOW} said u called"',
    'ts={TS} app=chat session={REQID} agent={USER} transfer_to=interp-km patient="{LASTFIRST}"',
    'level=warn ts={TS} svc=chatbot intent=unknown utterance="{FNLOW} {LNLOW} {USDATE}" conf=0.21',
    'level=info ts={TS} svc=chatbot slot_fill name="{NAME}" dob={ISODATE} mrn={MRN}',
    '{{"ts":"{TS}","event":"sms_opt_in","phone":"{E164}","patient":"{NAME}","lang":"km"}}',
    '{{"ts":"{TS}","event":"sms_undeliverable","to":"{INTL}","patient_mrn":"{MRN}","carrier_error":30006}}',
    '{{"ts":"{TS}","event":"after_hours_triage","caller":"{NAME}","callback":"{PHONE}","nurse":"{USER}","disposition":"ED"}}',
    '{{"ts":"{TS}","event":"proxy_access_granted","proxy":"{NAME}","patient":"{NAME}","relationship":"granddaughter"}}',
    '{{"ts":"{TS}","event":"address_change","mrn":"{MRN}","old":"{STREET}","new":"{STREET}","by":"{USER}"}}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}"}}',
    '{{"ts":"{TS}","level":"WARN","msg":"name mismatch","portal":"{NAME}","ehr":"{LASTFIRST}","mrn":"{MRN}"}}',
    '{{"event":"interpreter_request","lang":"Kriolu","patient":"{NAME}","appt":"{TS}","vendor_case":"{OTHER}"}}',
    '{{"event":"ride_booked","rider":"{LASTFIRST}","pickup":"{STREETLINE}, {CITY}","driver_plate":"{PLATE}","ts":"{TS}"}}',
    '{{"level":"error","msg":"geocode failed","addr":"{STREET}","city":"{CITY}","zip":"{ZIP}","ms":{MS}}}',
    "level=info ts={TS} svc=portal event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=portal event=login_fail user={USER} ip={IP} reason=bad_password attempts=5",
    "level=info ts={TS} svc=portal event=password_reset email={EMAIL} ip={IP}",
    'level=error ts={TS} svc=scheduler msg="slot taken" patient="{NAME}" clinic=peds-2 req={REQID}',
    'ts={TS} app=ivr call_from={PHONE} lang_menu=4 caller_id_name="{NAMEUP}" dur={MS}',
    "ts={TS} app=ivr event=callback_requested phone={E164} lang=por queue={QUEUE}",
    'ts={TS} app=voicemail to=nurse-line from={PHONE} transcript="hi this is {FNLOW} calling for my mom {FNLOW}"',
    # nginx / apache
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "GET /portal/messages?thread={OTHER}&to={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (iPhone)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}_avs.pdf HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "POST /api/intake?name={NAMEQ}&dob={ISODATE}&zip={ZIP} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0500] "GET /scheduling/find?last={LNLOW}&first={FNLOW} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} +0000] "GET /rx/status?email={EMAIL} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "GET /chat/widget?prefill_name={NAMEQ}&phone={E164} HTTP/1.1" 200 {BYTES}',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0500] "PUT /api/patients/{MRN}/address HTTP/1.1" 204 0 "-" "okhttp/4.12.0"',
    "[{CLFDATE}:{CLOCK}] [php:error] [pid {PIDN}] [client {IP}] PHP Warning: undefined index guardian_name, referer: https://forms.example/peds?child={NAMEQ}",
    # traces and SQL
    'Traceback (most recent call last):\n  File "/srv/chat/router.py", line 88, in route\n    raise NoAgent(f"{{lang}} queue empty")\nNoAgent: kea queue empty for {NAME} ({MRN})',
    "ValueError: invalid literal for int() with base 10: '{PHONE}' (field=phone, patient={MRN})",
    "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-2: '{HANZI}' (patient {MRN})",
    'KeyError: \'zip\' while normalizing address {{"line1": "{STREETLINE}", "city": "{CITY}"}}',
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "portal_user_email" DETAIL: Key (email)=({EMAIL}) already exists.',
    'ERROR:  null value in column "dob" violates not-null constraint DETAIL:  Failing row contains ({MRN}, {SURNAME}, {FIRST}, null, {ZIP}).',
    "LOG:  duration: {MS}.4 ms  statement: SELECT * FROM patients WHERE lower(last_name)='{LNLOW}' AND dob='{ISODATE}'",
    "ORA-00001: unique constraint (RCM.PK_GUAR) violated -- guarantor {LASTFIRST} acct {ACCOUNT}",
    'java.lang.NullPointerException: Cannot invoke "String.trim()" because "patient.middleName" is null (mrn={MRN}, last={SURNAME})',
    "sqlalchemy.exc.DataError: value too long for type character varying(20): '{NAME}'",
    "psycopg2.errors.UniqueViolation: Key (ssn)=({SSN}) already exists.",
    "WARN  [sms-{PIDN}] c.h.s.Sender - carrier rejected {E164} for patient {LASTFIRST}",
    "name-normalizer: stripped diacritics '{NAME}' -> '{NAMEUP}' mrn={MRN}",
    "empi: potential duplicate {MRN} ~ {MRN} score=0.91 names=['{LASTFIRST}', '{LASTFIRST}']",
    # CSV and exports
    "mrn,last,first,dob,phone,lang\n{MRN},{SURNAME},{FIRST},{USDATE},{PHONE},Khmer",
    "{MRN},{LNUP},{FNUP},{HLDATE},{STREETUP},{CITYUP},{STATE},{ZIP}",
    '"{LASTFIRST}",{USDATE},{PLAN},peds,well visit,Haitian Creole',
    "{ISODATE},{NAME},{PHONE},no-show,after-hours chat,{CITY}",
    "interp_log.csv:{ISODATE};{OTHER};{SURNAME};{FIRST};Bengali;video;42",
    "export_row={{'pt': '{NAME}', 'addr': '{STREET}', 'city': '{CITY}', 'ins': '{PLAN}'}}",
    "{ACCOUNT}|{LNUP}|{FNUP}|{HLDATE}|SELF PAY|$25.00",
    "sms_optout.csv: {E164},{FIRST},{SURNAME},{ISODATE}",
    # SSO / LDAP / audit
    "sshd[{PIDN}]: Accepted publickey for {USER} from {IP} port 51522 ssh2",
    'slapd[{PIDN}]: conn=2211 op=2 BIND dn="uid={USER},ou=staff,dc=hvch,dc=org" mech=SIMPLE err=49',
    "ldap: user {USER} (cn={NAME}) added to group cn=interpreters-pt",
    "okta: user.session.start actor={STAFFEMAIL} client_ip={IP} outcome=SUCCESS",
    "okta: user.account.lock actor={STAFFEMAIL} reason=too_many_failures ip={IP}",
    'audit: user={USER} action=VIEW chart={MRN} patient="{LASTFIRST}" reason=treatment ts={TS}',
    'audit: BREAK_GLASS user={USER} patient="{NAMEUP}" mrn={MRN} justification="ED transfer"',
    "audit: user={USER} exported 18 rows including {NAME} ({MRN}) to {FNLOW}_{LNLOW}_list.xlsx",
    "EHR access review flagged: {USER} opened chart of {NAME} (same surname, employee relative)",
    "vpn: session start user={USER} assigned_ip={IP} device={MAC}",
    "mdm: enrolled {IMEI} to {USER} (home visit tablet)",
    # fax, IVR, interpreter, pharmacy, X12, devices
    "fax-in[{PIDN}]: from {FAX} pages=3 cover='RE: {NAMEUP} DOB {USDATE}' stored={OTHER}.tif",
    "fax-out: to {FAX} status=busy retry=2 doc=records_{LNLOW}_{HLDATE}.pdf",
    "ivr: caller {PHONE} entered dob {HLDATE} mrn {MRN} -> verified",
    "interp-vendor: case {OTHER} lang=Nepali interpreter={NAME} patient_mrn={MRN} mins=37",
    'interp-vendor: case {OTHER} lang=Pashto patient="{LASTFIRST}" requested_by={USER} status=no_interpreter',
    "rx-refill: mrn={MRN} patient={NAMEUP} ndc=00093-7212-56 pharmacy_phone={PHONE} status=queued",
    "rx: e-script to pharmacy NCPDP 3312458 for {NAME} dob {USDATE} prescriber {NPI}",
    "NCPDP B1 reject 75 PA required: cardholder {PLAN} patient {LNUP},{FNUP} dob {HLDATE}",
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{PLAN}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~REF*EA*{MRN}~DTP*472*D8*{HLDATE}~",
    "CLM*{ACCOUNT}*125***11:B:1~NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~",
    "dexcom-sync: sensor {DEVICE} patient {MRN} ({LASTFIRST}) readings=288",
    "cpap-cloud: device {DEVICE} owner={EMAIL} usage_hours=6.2 ahi=3.1",
    "bp-cuff pair ok serial={DEVICE} phone_imei={IMEI} user={USER}",
    "kiosk-3: checkin {NAME} dob {USDATE} ins {PLAN} copay 0",
    "parking: visitor plate {PLATE} validated for patient {MRN}",
    "transport: wheelchair van vin {VIN} assigned to {LASTFIRST} pickup {STREETLINE}",
    "consent-svc: signed by {NAME} for minor {FIRST} {SURNAME} relation=mother ts={TS}",
    "letters: returned mail for {NAME} at {STREET}, {CITY} {STATE} {ZIP}",
    "letters: generated 'appt_ht.docx' for {LASTFIRST} addr {POBOX}, {CITY} {ZIP}",
    "sms-bridge: inbound from {INTL} matched patient {MRN} ({FNUP} {LNUP})",
    "webchat transcript {OTHER}: visitor '{FIRST}' typed dob {DATE} and phone {PHONE}",
    "spam-filter: held message from {EMAIL} subject='para {FIRST}' score=6.1",
    "portal-msg: {USER} -> inbox dr.{LNLOW}: 'pls call {FNLOW} at {PHONE}'",
    "age-check: patient {MRN} age {AGEN} flagged for home visit review",
    "geo-svc: {STREETLINE} {CITY} {ZIPNINE} -> lat/long ok",
    "url-shortener: https://hv.example/s/{REQID} -> {URL}",
    "license-scan: state id {LICENSE} name={NAMEUP} dob={USDATE}",
    "ssn-verify: {SSN} mismatch for {LASTFIRST}",
]

NOTES = [
    "Pt is a {AGE} yo Cape Verdean woman accompanied by granddaughter {FIRST}, who interpreted; Kriolu interpreter then joined by phone.",
    "CC: fever x2 days. Hx per mother {NAME}. Child {FIRST} {SURNAME}, DOB {DATE}.",
    "Spoke with pt's son {FIRST} {SURNAME} at {PHONE}; he confirms pt lives with him at {STREETLINE}, {CITY}.",
    "Portuguese interpreter {NAME} (ID {OTHER}) used for entire visit.",
    "Haitian Creole interpreter unavailable; pt's niece {FIRST} interpreted after pt consent.",
    "Pt {LASTFIRST}, MRN {MRN}, seen for follow-up of HTN. Next visit {MD}.",
    "After-hours chat reviewed: pt {NAME} reported chest pain; advised ED. Callback {PHONE} unanswered.",
    "Telephone encounter: daughter {FIRST} called re: mother {NAME} (DOB {USDATE}), confused since {MD}.",
    "Home visit at {STREET}, {CITY} {STATE} {ZIP}. Third-floor walk-up; no elevator.",
    "Emergency contact updated: {NAME} (son), {PHONE}; alternate {INTL} (sister abroad).",
    "SBAR: S - {FIRST} {SURNAME}, {AGEN} yo, fall at home. B - lives with daughter {FIRST}. A - hip pain. R - XR.",
    "Social work: family of 7 at {STREETLINE} {UNIT}; landlord {NAME} threatening eviction.",
    "Proxy access granted to {NAME} for pt {NAME} (minor) on {DATE}.",
    "Pt prefers to be called {NICK}. Legal name {FIRST} {SURNAME}.",
    "Name discrepancy: insurance card reads {NAMEUP}; pt states name is {FIRST} {SURNAME}. Registration notified.",
    "Pt's chosen name {FIRST}; legal name on file {LASTFIRST}.",
    "Pt spelled surname {SPELL} for registration.",
    "Chart merge: {MRN} and {MRN} both {LASTFIRST}, DOB {DATE}.",
    "Guardian: grandmother {NAME}, {AGEN} yo, with documented custody.",
    "Per pt's wife {FIRST}, pt has been fasting for Ramadan since {MD}.",
    "Pt observes Shabbos; appointments not before {CLOCK} on Fridays. Husband {FIRST} {SURNAME} drives.",
    "Ride arranged with {NAME}, vehicle plate {PLATE}.",
    "Pharmacy called: {DOC} authorized refill of metformin 500 mg for {NAME}.",
    "Signed: {DOC}, MD, {LONGDATE}.",
    "Electronically signed by {DOC}, NP on {TS}.",
    "cc: {DOC}; {DOC}",
    "Attending: Dr. {SURNAME}. Resident: Dr. {SURNAME}. Interpreter: {NAME}.",
    "Discussed with Dr. {SURNAME} (cardiology), who agrees with plan.",
    "Nurse {FIRST} {SURNAME}, RN, reviewed discharge instructions in Spanish with pt and daughter {FIRST}.",
    "Pt's PCP is {DOC} at the community health center; records requested by fax {FAX}.",
    "Referral sent to {DOC} (ophthalmology), NPI {NPI}.",
    "Pt is a {AGE} yo Bukharian man, Russian-speaking, accompanied by son {FIRST}.",
    "Pt is a {AGEN}-year-old Azorean woman, widowed, lives alone on {ROAD}.",
    "HPI obtained from pt and her tia {FIRST} via Spanish interpreter.",
    "Family hx: father {FIRST} died at 61 of MI; mother {FIRST} alive, {AGEN}.",
    "Pt reports that cousin {FIRST} {SURNAME} was recently treated for TB in {CITY}.",
    "Contact tracing: household members {FIRST} ({AGE} yo), {FIRST}, {FIRST}.",
    "Patient {NAME} arrived by ambulance from {STREETLINE}; EMS run {OTHER}.",
    "Pt gave address {STREET}, {CITY}, {STATE} {ZIP}; mailing {POBOX}.",
    'Chat transcript pasted: "its {FIRST} my mom {FIRST} cant breathe" - triage RN called 911.',
    'Chat transcript: "me and tia {FIRST} went to the pharmacy"; pt {NAME} reports refill not ready.',
    "Portal message from {NAME}: requests note for employer, supervisor {NAME}.",
    "Voicemail from {FIRST} at {PHONE}, states calling on behalf of father {NAME}.",
    "Pt's email {EMAIL} verified; portal username {USER}.",
    "Insurance: MassHealth {MEDICAID}; secondary {PLAN}.",
    "Medicare MBI {MBI}. Subscriber {NAME}.",
    "Account {ACCOUNT} placed on hold pending financial assistance application by {NAME}.",
    "SSN {SSN} provided by pt for charity care application.",
    "Driver's license {LICENSE} scanned to chart.",
    "DME: concentrator serial {DEVICE} delivered to {STREETLINE} on {MD}.",
    "Insulin pump {DEVICE} downloaded; pt's phone IMEI {IMEI} paired.",
    "VIN {VIN} entered on disability placard form for pt {NAME}.",
    "Photo of rash sent via {URL}; reviewed.",
    "Portal login from {IP} flagged as unusual; pt {NAME} confirmed it was her.",
    "Pt {INITS} discussed in case conference; full name withheld.",
    "Case discussed with {INITS} (charge RN) and {INITS} (SW).",
    "Pt reports her name is written {HANZI} in Chinese; registration added alias.",
    "Korean name {HANGUL} added as alias per pt request.",
    "Alias on file: {CYR}.",
    "Pt {FIRST} {SURNAME}, DOB {DATE}, MRN {MRN}, presented with cough x3 weeks.",
    "Mother {NAME} reports child {FIRST} ate well until {MD}.",
    "Pt stays with sister {FIRST} in {CITY} on weekends.",
    "Newborn {SURNAME}, Baby Girl, born {DATE} to {NAME}.",
    "Twin A {FIRST} and Twin B {FIRST}, DOB {USDATE}.",
    "Pt is {AGEN} years old and lives independently.",
    "Pt turns {AGE} this month; family planning a celebration.",
    "Discharge to daughter's home: {STREETLINE} {UNIT}, {CITY} {ZIP}.",
    "Transfer from {CITY} community hospital on {LONGDATE}.",
    "Last seen {MONYEAR}. Lost to follow-up since.",
    "Pt requests appointments on the {DAYTH} or later because of work.",
    "Interpreter ({LASTFIRST}) read back consent in Albanian.",
    "Pt's brother-in-law {FIRST} {SURNAME} is HCP; copy of HCP form in media.",
    "HCP: {NAME}, {PHONE}. Alternate: {NAME}, {INTL}.",
    "Pt's pastor {FIRST} {SURNAME} visited; pt requested prayer.",
    "Rabbi {SURNAME} called to confirm visit; pt consented.",
    "Imam {FIRST} {SURNAME} consulted re: fasting exemption.",
    "Pt's landlord {NAME} called asking for info; not disclosed.",
    "Pt asked that ex-husband {NAME} not receive any information.",
    "School nurse {NAME} faxed asthma action plan to {FAX}.",
    "Work note provided for employer; manager {FIRST} {SURNAME}.",
    "Pt is known to the Cambodian elders group; contact {FIRST} {SURNAME} at {PHONE}.",
    "Pt's grandson {NICK} ({FIRST} {SURNAME}) manages medications.",
    "Visiting nurse {FIRST} reports BP 168/94 at home on {MD}.",
    "Tele-visit: pt connected from {IP}; verified with DOB {USDATE}.",
    "Registration: {LNUP}, {FNUP} {MIDUP}; DOB {HLDATE}; ZIP {ZIP}.",
    "Pasted from interface: PID-5 {LNUP}^{FNUP}^{MIDUP} PID-7 {HLDATE} PID-11 {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    'Pasted from chat: "{FNLOW} {LNLOW} {USDATE} {PHONE}"',
    "Pt reached at {E164} via text; confirmed appointment {MD}.",
    "Pt moved from {CITY} to {CITY}; PCP change requested.",
    "Billing note: statement returned from {STREET}; new address {STREETLINE}, {CITY}.",
    "Denial for claim {OTHER}; member {PLAN}; appeal by {DOC}.",
    "Prior auth {OTHER} approved for {NAME} through {MONYEAR}.",
    "Pt's cousin {FIRST} brought pt's pill bottles; med rec completed.",
    "Allergy reported by pt's wife {FIRST}: penicillin (hives).",
    "Pt states her nokomis {FIRST} raised her; grandmother now {AGEN}.",
    "Pt accompanied by his vovó {NAME}, who gave history in Portuguese.",
    "Pt's abuela {FIRST} {SURNAME} present; Spanish used.",
    "Mother {FIRST} states baby {FIRST} has had diarrhea since {MD}.",
    "Pt's manman {NAME} reports seizures at home.",
    "Tibetan pt with single given names {FIRST} {FIRST}; registered with second name as surname.",
    "Pt {NAME} declined flu vaccine; will discuss with husband {FIRST}.",
    "Advance directive signed by {NAME}; witnesses {NAME} and {NAME}.",
    "Death pronounced {TS}; family ({FIRST}, {FIRST}) at bedside.",
    "Hospice referral for {NAME}, {AGEN} yo, living at {STREETLINE}.",
    "Pt's son {FIRST} {SURNAME}, POA, requested records to {EMAIL}.",
    "ROI signed for release to {NAME} at {STREET}, {CITY}.",
    "Pt's landline {PHONE}; cell {PHONE}; prefers text.",
    "Pt's daughter {FIRST} uses {USER} on the portal as proxy.",
    "Note entered late for {LONGDATE} visit by {DOC}.",
    "Addendum: spoke with {FIRST} (pt's wife) at {CLOCK}; pt improved.",
    "Pt requests female provider; husband {FIRST} present.",
    "Relationship clarified: companion is sister-in-law {FIRST} {SURNAME}.",
    "Child {FIRST} lives between mother's home ({STREETLINE}) and father's ({STREETLINE}).",
    "Sibling {FIRST}, {AGE}, also seen today.",
    "Pt uses the nickname {NICK} at the senior center.",
    "Per shelter staff {NAME}, pt sleeping at shelter since {MD}.",
    'Pt\'s chat sign-off "-{FIRST}" matched to chart via phone {PHONE}.',
    "Verbal order from Dr. {SURNAME} read back by {FIRST} {SURNAME}, RN.",
]

_PHI_FREE_CHAT = [
    "oi boa noite, tudo bem?",
    "obrigada pela ajuda 🙏",
    "tô doente desde ontem",
    "tia disse que o remédio acabou",
    "vovó não quer comer",
    "saudade de casa",
    "valeu!!",
    "ai meu deus que dor",
    "desculpa o meu inglês",
    "mãe tá com febre",
    "obrigadu pa tudu",
    "nha fidju tem febre",
    "kuze ki bu kre",
    "hola buenas tardes",
    "ay dios mio",
    "bendición titi",
    "mi abuela no ve bien",
    "mami está mejor",
    "wepa!! 🙌",
    "dónde queda la farmacia",
    "achachay qué frío",
    "catracho aquí jaja",
    "parce qué pena",
    "bonjou, kijan ou ye?",
    "pitit mwen gen lafyèv",
    "manman m malad",
    "sak pase",
    "nap boule",
    "m pa ka vini jodi a",
    "wah gwaan",
    "mi granny sick bad",
    "mi cyaan come today",
    "nuh worry bout it",
    "thanks eh",
    "my nani doesnt want to go",
    "dhonnobad apa",
    "ammu bhalo ache",
    "nanu ghumacche",
    "bibiji needs her pills",
    "namaste",
    "aama lai dukhyo",
    "tashi delek 🙏",
    "ama-la is resting",
    "你好",
    "谢谢医生",
    "阿婆不会说英文",
    "ni hao",
    "m goi saai",
    "nei hou",
    "안녕하세요",
    "감사합니다",
    "할머니 혈압약",
    "suosdei",
    "orkun 🙏",
    "sabaidee",
    "khop jai lai lai",
    "cảm ơn nhiều",
    "bà ngoại cần người thông dịch",
    "здравствуйте",
    "мама заболела",
    "privet",
    "ochen bolit",
    "shalom",
    "baruch hashem",
    "bli ayin hara",
    "tizku lemitzvos",
    "a gezunt af dir",
    "oy vey",
    "zeidy is tired",
    "përshëndetje",
    "nëna ime është sëmurë",
    "gjyshi only speaks albanian",
    "yia sou",
    "yiayia made soup",
    "papou goes to church",
    "grazie mille",
    "nonna ran out of pills",
    "dzień dobry",
    "dziękuję",
    "babcia ma gorączkę",
    "good evening ma",
    "daalu",
    "mummy BP is high",
    "medaase",
    "salaan",
    "mahadsanid",
    "hooyo waa xanuunsanaysaa",
    "mbote",
    "melesi mingi",
    "merci ben",
    "pépère veut pas y aller",
    "woliwon",
    "ayuh",
    "marhaba",
    "teta is resting",
    "salam",
    "staray mashay",
    "manana",
    "allah ysalmak",
    "jiddo is fasting",
    "my tia",
    "vovó",
    "bubbe",
    "nonna",
    "yiayia",
    "abuela",
    "grann",
    "nokomis",
    "halmoni",
    "ah ma",
    "dadi",
    "aama",
    "hooyo",
    "teta",
    "titi",
    "my comadre",
    "my compadre",
    "auntie says thanks",
    "unc is still driving smh",
    "ok thx",
    "k",
    "thx!!",
    "ttyl",
    "brb",
    "idk",
    "pls call me back",
    "👍",
    "🙏",
    "😭",
    "😷",
    "🤒",
    "🥰",
    "omg",
    "lmk",
    "fyi the office was closed",
    "running 10 min late sorry",
    "can i come tomorrow",
    "is the clinic open sunday",
    "can i eat before the blood test",
    "how long does it take",
    "the bus was late",
    "the elevator is broken again",
    "we lost power",
    "my phone died",
    "i left my card at home",
    "the pills are white now not pink",
    "is 2 pills ok",
    "my sugar was 240 this morning",
    "bp 150/95",
    "o2 94%",
    "she is 6 months old",
    "he turned 3",
    "grandpa is 89 and still sharp",
    "i'm 45",
    "on monday",
    "every friday",
    "in 2019",
    "back in 1998",
    "in march",
    "before yom kippur",
    "after lent",
    "after chuseok",
    "before pchum ben",
    "i will bring it",
    "will you call me",
    "hope you feel better",
    "i hope its nothing",
    "rose from bed and fell",
    "i got the bill",
    "the bill came twice",
    "there's a red mark on his arm",
    "grace period for payment?",
    "say grace before eating",
    "joy of my life lol",
    "the sun is out finally",
    "we went to the beach",
    "the harbor is pretty",
    "going downtown",
    "in the city",
    "the island ferry",
    "by the park",
    "the cistern overflowed",
    "my girdle is too tight after surgery",
    "lattice crust pie 🥧",
    "the gimlet tool",
    "the lectern at church",
    "a jerkin for the costume",
    "the mortise lock is stuck",
    "i hit my noggin lol",
    "hobnail boots",
    "wicked cold out",
    "the packie is closed",
    "bodega has eggs",
    "the laundromat",
    "the colmado",
    "the botanica",
    "the shul",
    "the mikvah",
    "the temple",
    "the wat",
    "minha vovó está melhor",
    "my bubbe says hi",
    "zeidy",
    "i will be there at 3",
    "will do",
    "hope so",
    "the rose bush needs cutting",
    "mark the calendar",
    "my faith keeps me going",
    "fender bender on the highway",
    "toothbrush bristle broke",
    "pannier on my bike",
    "cowbell in the song",
]
_PHI_FREE_NOTE = [
    "BP 142/88, HR 76, RR 18, SpO2 96% RA, T 98.4 F.",
    "Wt 72.1 kg, BMI 27.9. A1c 8.1%.",
    "TSH 6.2 mIU/L; free T4 0.9 ng/dL.",
    "Hgb 10.1 g/dL, MCV 72 fL; ferritin 8 ng/mL.",
    "Hgb E trait on electrophoresis.",
    "Beta-thalassemia minor.",
    "QuantiFERON positive; CXR clear; start rifampin 600 mg daily x4 months.",
    "Hep B sAg positive, eAg negative, DNA 1,800 IU/mL.",
    "Lead 7 mcg/dL in child; recheck in 3 months.",
    "Vitamin D 12 ng/mL; start 50,000 IU weekly x8.",
    "ICD-10 A15.0 ruled out.",
    "ICD-10 Z59.0 homelessness.",
    "LOINC 2093-3 cholesterol.",
    "CPT 90686 influenza vaccine.",
    "Amlodipine 10 mg; losartan 100 mg; HCTZ 25 mg.",
    "Albuterol HFA 2 puffs q4h prn.",
    "Sertraline 50 mg daily.",
    "Atorvastatin 40 mg qHS.",
    "Levothyroxine 75 mcg daily.",
    "Ondansetron 4 mg ODT prn.",
    "Parkinson's disease, Hoehn and Yahr 2.",
    "Hashimoto's thyroiditis.",
    "Bell's palsy, left, resolving.",
    "Alzheimer's dementia, MoCA 16/30.",
    "Kawasaki disease ruled out.",
    "Down syndrome, age 22.",
    "Guillain-Barre ruled out.",
    "Cushing's screen negative.",
    "Pt is 67 years old.",
    "Child is 4 years old.",
    "Infant 9 months.",
    "Follow up in 2 weeks.",
    "RTC 3 months.",
    "Clinic closed Monday for the holiday.",
    "Quit smoking 2008; 20 pack-years.",
    "Emigrated in 1994.",
    "Kriolu interpreter by phone, 25 min.",
    "Haitian Creole interpreter in person.",
    "Khmer interpreter via video.",
    "Bengali interpreter requested for next visit.",
    "Pashto interpreter unavailable; Dari used with pt agreement.",
    "Yiddish interpreter not needed.",
    "Cantonese and Fuzhounese dialect mismatch; rescheduled.",
    "Somali interpreter in person.",
    "Russian interpreter on video.",
    "Spanish interpreter used; pt prefers Spanish for medical topics.",
    "Pt fasting for Ramadan; metformin moved to iftar and suhoor.",
    "Pt keeps kosher; gelatin-free meds requested.",
    "Lent fasting; discussed hypoglycemia.",
    "Coptic fasting periods reviewed.",
    "Vegetarian; B12 low-normal.",
    "Coining (cao gio) marks noted; not abuse.",
    "Uses herbal tea from botanica; contents unknown.",
    "Ayurvedic supplement; lead risk discussed.",
    "Traditional healer visited; no harm noted.",
    "Heart RRR, no murmur.",
    "Abdomen soft, non-tender.",
    "Ears: TM bulging left.",
    "Throat: exudative tonsillitis.",
    "No acute distress.",
    "Pain 5/10.",
    "Edinburgh postnatal 14.",
    "ASQ-3 passed all domains.",
    "Falls: 0 in 30 days.",
    "Uses cane.",
    "No heat in apartment.",
    "Food insecurity positive.",
    "SNAP application assisted.",
    "Assessment unchanged.",
    "Fender bender 3 days ago; neck strain.",
    "Cistern water used at home; boil advised.",
    "Bristle brush injury to gum.",
    "Hobnail appearance of endothelium on biopsy.",
    "Cowbell-shaped uterus? no, bicornuate uterus.",
    "Mortise view of ankle: no widening.",
    "Lectern-height standing desk recommended.",
    "Tenon capsule injection of triamcinolone.",
    "Ewer-shaped heart on CXR? no, water-bottle heart: pericardial effusion.",
    "Will to live intact.",
    "Hope and goals discussed.",
    "Bill sent to insurance.",
    "Mark on skin measured 2 cm.",
    "Patience with titration advised.",
    "Community health center, WIC office, food pantry.",
    "MassHealth, Medicare, Medicaid managed care.",
    "Graves' disease s/p RAI.",
    "Girdle worn post-op.",
    "Lattice-pattern rash.",
    "Noggin gene variant (research only).",
    "Pannier-style bag strain, shoulder.",
    "Rose Bengal stain negative.",
    "Grace period for insurance reviewed.",
    "Faith community support strong.",
]
_PHI_FREE_LOG = [
    "level=info svc=chat event=health_check status=ok ms=11",
    "level=warn svc=sms event=queue_depth value=58",
    "POST /api/v1/messages 201 77ms",
    "celery: 9 tasks in queue interp-pt",
    "pg: autovacuum of table chat_messages completed",
    "java.lang.OutOfMemoryError: Java heap space",
    "Traceback: TimeoutError in sms_client.send",
    "MSH|^~\\&|LAB|HVCH|||||ORU^R01||P|2.5.1",
    "OBX|1|NM|4548-4^HbA1c^LN||8.1|%|4.0-5.6|H|||F",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":138,"unit":"mm[Hg]"}}',
    "X12 ST*270*0001*005010X279A1~",
    "EB*1**30**MEDICAID~",
    "HI*ABK:E119*ABF:I10~",
    "ivr: language menu option 4 selected (Portuguese)",
    "fax-in pages=4 status=ok",
    "chat: bot handoff to agent latency=4s",
    "sms: delivery receipt status=delivered",
    "translation-svc lang=kea chars=180",
    "translation-svc lang=ht chars=96",
    "interp-vendor: 38 calls, avg 22 min",
    "ldap: group cn=interpreters members=44",
    "vpn: 188 active sessions",
    "cron chat_archive finished in 31s",
    "report: after-hours chat volume 214",
    "kiosk-2 idle",
    "dexcom-sync readings=288 low=1 high=22",
    "bp-cuff readings=12 avg=136/82",
    "rose-worker v1.2 started",
    "will-call queue empty",
    "mark-read batch 300",
    "grace-period job skipped",
    "cistern-cache warm",
    "lattice scheduler tick",
    "bristle linter passed",
    "lectern build ok",
    "hope-api 404 on /v2/feature",
    "bill-run complete 1422 statements",
    "fender-svc healthy",
    "gimlet proxy 502",
    "pannier upload ok",
]
PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG
