"""The "tune22" split: a twenty-second tuning set, written without looking at the engine, its
tests, its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune15.py and
pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read.

It models health care in Hawaiʻi and the US-affiliated Pacific: clinics and hospitals in urban
Honolulu and on the leeward coast, Hawaiʻi Island (Hilo and Puna subdivisions), Maui, Kauaʻi,
Molokaʻi and Lānaʻi; Guam, Saipan (CNMI) and American Samoa, with off-island medical referrals
and medevac flights; COFA migrants from Chuuk, Pohnpei, Kosrae, Yap and the Marshall Islands in
Honolulu and in Springdale, Arkansas (poultry-plant shifts, dialysis, TB and Hansen's disease
clinics, interpreters); Native Hawaiian Health Care Systems, QUEST Integration (Medicaid), Tricare
and Guam MIP; kūpuna day programs, care homes, hospice and military families. CHAT is patients and
family typing on phones: Hawaiian Pidgin, words of Ilocano, Tagalog, Visayan, Samoan, Tongan,
Chamorro, Chuukese, Pohnpeian, Kosraean, Yapese, Marshallese, Japanese, Okinawan, Korean and
Vietnamese, the ʻokina and kahakō sometimes typed and often dropped, greetings and sign-offs
(aloha, talofa, håfa adai, iakwe, ran annim, mahalo, faʻafetai, kommol tata), kin words before
names (tutu, aunty, uncle, lola, lolo, nana, manang, tinā, kui, guelu, semei, inei, jinō, jimma,
bubu, baachan, halmoni), names alone on a line, and directions such as "mauka of <road>". LOGS is
HL7 v2, FHIR JSON, key=value and JSON events, nginx lines, Python and Java traces, SQL, X12, CSV
rows, file paths, queue payloads, audit, IVR, fax, pharmacy, SSO and geocoding lines. NOTES is HPI,
A/P, SOAP, nursing, home visits, social work, interpreter, pharmacy, TB and dialysis, billing,
registration, dictation and signature lines.

Names come from 18 origins, weighted: Native Hawaiian, Samoan, Tongan, Chamorro, Carolinian,
Ilocano, Visayan, Japanese, Okinawan, Korean, Chinese Hawaiian, Vietnamese (family name first at
times), Chuukese, Pohnpeian, Kosraean, Yapese, Marshallese and mainland military families. Many of
the common names of these places were already used by earlier splits, so the pools hold rarer names
and names built in each language's own pattern. They come as "First Last", "Last, First",
"LAST,FIRST M", lowercase in query strings and file names, with initials, generational suffixes
and quoted nicknames, with the ʻokina typed as an apostrophe or dropped, and as one span per HL7,
X12 or FHIR name part. About one name in six is an ordinary English word (WORD_GIVEN,
WORD_FAMILY), and PHI_FREE uses the same words in their ordinary sense.

No given name, family name, nickname, street name, subdivision, village, town, island or e-mail
domain here (folded to ASCII and lower case, with the ʻokina dropped, word by word) is in
values.py's pools (with the Faker names it draws for both its splits), Faker's en_US first and
last names, the text of templates.py, or the words of every other module in
templates.SPLIT_MODULES (blind.py, blind2.py to blind19.py, tune2.py to tune21.py; blind19,
written at the same time, was included once it imported). A script collected about 83,700 words
and checked the 779 pool entries of this module against them; every colliding entry was dropped
and the final run reported zero collisions. Generic address words (St, Rd, Hwy, Route, Road, Lot,
Box, Apt, Estates, Beach, Point, Chalan, ...), particles (de, la, van, as) and top-level domains
were exempt; the mailing-town pool was not exempted, so well-known towns that other splits use are
absent and smaller villages stand in for them.

Annotation: a US state or territory is not scored ({STATE}, label None: HI, Guam, CNMI, American
Samoa, AR); a title (Dr., Mrs., Sgt.) or a credential (MD, RN, APRN, RPh) and a possessive "'s"
stay outside NAME, as do the Chamorro honorifics tun and tan; each HL7, X12 and FHIR name component
is its own NAME span; initials that stand for a person are NAME; a quoted nickname inside a full
name is part of that NAME span, and a nickname alone is its own NAME; a weekday or clock time
beside a date stays outside the DATE, while a whole ISO, HL7 or log timestamp (with its offset) is
one DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are AGE_OVER_89; kin
terms used as address (tutu, aunty, uncle, lola, lolo, nana, manang, manong, tatang, nanang, ading,
apo, tinā, tamā, kui, fāʻē, nåna, tåta, guelu, semei, inei, jinō, jimma, bubu, baachan, jiichan,
obaa, halmoni, bà ngoại, matai, kahu) are not names. New forms: a Hawaiʻi address with a zoned
house number ("94-1021 ... St"), a numbered highway with its house number, a subdivision lot ("Lot
1123, <subdivision>"), a Guam village address (a lot or house number on a Chalan), a PO box, caller
box or PMB in Saipan or Pago Pago, and a road named as where someone lives are ADDRESS, while
"mauka of", "makai side" and other directions around an address stay outside it; a Honolulu
neighbourhood, Hawaiʻi town, Guam, Saipan or Samoan village, or Arkansas town is CITY; an island
named as where someone lives or flies from (Maui, Kauaʻi, Molokaʻi, Tinian, Tutuila...) is CITY; a
TMK parcel number, an FSM or Marshall Islands passport number and a USCIS A-number are OTHER_ID; a
QUEST Integration member id, a Guam MIP, CNMI Medicaid, Tricare/DoD benefits number and a Medicare
MBI are HEALTH_PLAN_ID; Hawaiʻi, Guam and CNMI driver licences, RN/MD/APRN licences, NPI and DEA
numbers are LICENSE_NUMBER; Hawaiʻi and Guam plates and VINs are VEHICLE_ID; FSM (+691) and
Marshall Islands (+692) numbers are PHONE. Countries (FSM, Marshall Islands, Philippines),
languages, peoples, organisations (Ke Ola Mamo, Hui No Ke Ola Pono, Nā Puʻuwai, AlohaCare, HMSA,
Tricare, Longs), hospitals and facility names, drugs, eponyms and device models are literal text.
Filler slots (request ids, latencies, status codes, clock times, pids, sizes, queue names) carry
the label None.
"""

# The ʻokina (U+02BB) is a letter of Hawaiian, not a stray quote.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "native_hawaiian": (
        10,
        [
            "Kaʻimilani",
            "Kiʻilani",
            "Keʻalohi",
            "Kalāʻau",
            "Mōhalamahina",
            "Lanipōmaika",
            "Keamomi",
            "Melekalena",
            "Kielekauʻi",
            "Keamoana",
            "Pilikalena",
            "Uluʻiwa",
            "Noekauʻi",
            "Hōkūnāhele",
            "Keakalena",
            "Manakauʻi",
            "Leimahina",
            "Manakalena",
            "Noelokomaikaʻi",
            "Hōkūmoana",
            "Ihiwai",
            "Noheaʻiwa",
            "Melemahina",
            "Puamakana",
            "Noeʻiwa",
            "Mōhalapōmaika",
            "Kaleimomi",
            "Kielemahina",
            "Kaleikalena",
            "Mōhalamomi",
            "Lanimahina",
            "Melepōmaika",
            "Noheakalena",
            "Uluʻōhiʻa",
            "Mōhalawai",
            "Kaleimakana",
            "Manapōmaika",
            "Hōkūʻiwa",
            "Ulunāhele",
            "Kielekūlani",
            "Pualehua",
            "Puahiwa",
            "Puakauʻi",
            "Kaleiwai",
        ],
        [
            "Kalilikane",
            "Kamaʻipelekane",
            "Puʻuohau",
            "Kapuniai",
            "Makaʻimoku",
            "Kalauokalani",
            "Kahaleuahi",
            "Kapahu",
            "Naluai",
            "Kamahele",
            "Kūpahu",
            "Keawemauhili",
            "Kaleiwahea",
            "Nālimaloa",
            "Kahalemoʻokini",
            "Kaulokoʻino",
            "Kaleiwahinekapu",
            "Kamahoʻopiʻi",
            "Kaupuaʻena",
            "Keʻōpūnui",
            "Kaleiʻulumoku",
            "Kapulimaloa",
            "Kapuaʻena",
            "Kaʻaimākaukau",
            "Kauʻōpūnui",
            "Kaʻaiholokai",
            "Kaʻaipuaʻena",
            "Kauholokai",
            "Kaleiʻōpūnui",
            "Nāʻulumoku",
            "Kahalelimaloa",
            "Kapukūkahiko",
            "Keliʻulumoku",
            "Kahalepākaʻalana",
            "Kaʻaipākaʻalana",
            "Nālokoʻino",
            "Kaukūkahiko",
            "Nāpuaʻena",
            "Kaleiholokai",
            "Kaleihoʻopiʻi",
            "Kaʻaiʻulumoku",
            "Kaʻailimaloa",
            "Kakūkahiko",
            "Kapākaʻalana",
            "Kapumākaukau",
            "Kapuhoʻopiʻi",
            "Kamaholokai",
            "Kamaʻōpūnui",
        ],
    ),
    "samoan": (
        6,
        [
            "Faʻamaoni",
            "Pulou",
            "Lefaga",
            "Maluʻi",
            "Toeaina",
            "Sauʻiluma",
            "Fuaʻi",
            "Tololosa",
            "Safetu",
            "Letusa",
            "Vaipule",
            "Alavaʻai",
            "Fuepule",
            "Salelei",
            "Tolopule",
            "Tolovaʻai",
            "Manisami",
            "Silivaʻai",
            "Taufetu",
            "Alalosa",
            "Manivaʻai",
            "Fuemanu",
            "Tautusa",
            "Fa'asami",
            "Vaimanu",
            "Fa'alelei",
            "Matafetu",
        ],
        [
            "Sialega",
            "Fatialofa",
            "Tauleleiga",
            "Fa'aleleiga",
            "Tuiulufale",
            "Tolosega",
            "Toloalofaga",
            "Mataleleiga",
            "Tautalo",
            "Lealaifonoti",
            "Saulufale",
            "Lauulufale",
            "Silisatele",
            "Lautalo",
            "Samanuali'i",
            "Taulagimafana",
            "Matasamiʻa",
            "Silileleiga",
            "Leimanuali'i",
            "Alatalo",
            "Tuisatele",
            "Alaulufale",
            "Matamanuali'i",
            "Silialofaga",
            "Fa'atalo",
            "Tololeleiga",
            "Sililagimafana",
            "Toloulufale",
            "Taualofaga",
            "Tolosatele",
            "Fueulufale",
            "Sasamiʻa",
        ],
    ),
    "tongan": (
        4,
        [
            "Folola",
            "Havea'ofa",
            "Lopeti",
            "Sipiloni",
            "Tupou'ofa",
            "ʻAsinate",
            "Tēvitaʻofa",
            "Melesiu",
            "Mele'ana",
            "Lataisia",
            "Haʻamea",
            "Manusiu",
            "Sālote'ofa",
            "Lavinia'ofa",
            "Sinaitakala",
            "Mosesi",
            "Heilalaʻofa",
            "Vilisoni",
            "Lesieliʻana",
        ],
        [
            "Latuselu",
            "Manu'atu",
            "Mahetapu",
            "Fakakula",
            "Moatapu",
            "Fopulu",
            "Vaitavake",
            "Vaikolo",
            "Mahelotu",
            "Lolotapu",
            "Vaiʻulu",
            "Fakafonua",
            "Vaivale",
            "Tauhikutapu",
            "Fifitapu",
            "Mahehefa",
            "Matapu",
            "Maheʻulu",
            "Fakatavake",
            "Mafonua",
            "Vaikula",
            "Fusiʻuhila",
            "Vaifonua",
            "Tauʻulu",
            "Tupouhikutapu",
            "Halapulu",
        ],
    ),
    "chamorro": (
        5,
        [
            "Antonieta",
            "Bernarda",
            "Atanacia",
            "Joaquinita",
            "Baltazara",
            "Ninita",
            "Luisita",
            "Kikay",
            "Policarpa",
        ],
        [
            "Aquiningoc",
            "Agafotu",
            "Tailago",
            "Atolåguas",
            "Manañåya",
            "Manasakan",
            "Atofotu",
            "Tagalåguas",
            "Agalåguas",
            "Tagaguaigui",
            "Quinlago",
            "Taifotu",
            "Gumamao",
            "Agaguaigui",
            "Atoguaigui",
            "Manahagu",
            "Gumaboñg",
            "Mafngumao",
            "Tagalago",
            "Chagumao",
            "Taisakan",
            "Chalago",
            "Gumagumao",
            "Taipingot",
            "Chamao",
            "Manamao",
            "Mafnboñg",
            "Quinguaigui",
            "Chisakan",
        ],
    ),
    "carolinian": (
        1,
        ["Teriza", "Tirsa", "Lilangesi", "Arlina", "Teriyu", "Meleuli"],
        [
            "Olopai",
            "Rabauliman",
            "Teregeyo",
            "Taisakan",
            "Tagabuel",
            "Litulumar",
            "Mangarero",
            "Ogumoro",
            "Ilisari",
            "Sirok",
            "Falig",
            "Maratita",
        ],
    ),
    "ilocano": (
        5,
        [
            "Lealyn",
            "Arvee",
            "Benedicto",
            "Jhonalyn",
            "Mhaicah",
            "Dhenmark",
            "Kristelle",
            "Marieflor",
            "Jaycel",
            "Leonardito",
            "Ronaldyn",
            "Jesalyn",
        ],
        [
            "Gacusana",
            "Cabico",
            "Galdones",
            "Padayao",
            "Badalo",
            "Palayon",
            "Dadalo",
            "Galuto",
            "Talusong",
            "Palusong",
            "Tacumos",
            "Gagaling",
            "Bagasen",
            "Butuca",
            "Ralayon",
            "Batuca",
            "Agdalo",
            "Aglayon",
            "Busacdalan",
            "Agsacdalan",
            "Tatuca",
            "Tambaoa",
            "Ragaling",
            "Dabunag",
            "Rayaoa",
            "Bambaoa",
            "Agcumos",
            "Bayaoa",
            "Buyaoa",
            "Pagaling",
            "Tagaling",
            "Dalibot",
            "Gambaoa",
            "Talayon",
        ],
    ),
    "visayan": (
        2,
        ["Junrey", "Rutchel", "Jessabel", "Ramelito", "Rosanie"],
        [
            "Sumampong",
            "Gabutan",
            "Dinoro",
            "Sisican",
            "Alinsug",
            "Dabalos",
            "Pangcay",
            "Tapiton",
            "Lañete",
            "Babahug",
            "Palingan",
            "Gabahug",
            "Tatungan",
            "Talumbao",
            "Palumbao",
            "Subahug",
            "Langcay",
            "Batungan",
            "Mapiton",
            "Sungcay",
            "Bagbanua",
            "Lalumbao",
            "Capiton",
            "Tangcay",
        ],
    ),
    "japanese": (
        4,
        [
            "Toshiaki",
            "Nobuyo",
            "Terumi",
            "Fusayuki",
            "Kazuyo",
            "Toshimi",
            "Teruaki",
            "Fusahiko",
            "Tadataka",
            "Terutaka",
            "Mitsuhiko",
            "Harumi",
            "Tatsue",
            "Mitsutaka",
            "Kiyotaka",
            "Shigehiko",
            "Mitsuichi",
            "Terunori",
            "Sadaichi",
            "Toshiichi",
            "Toshitaka",
            "Tadaemon",
            "Toshie",
            "Sadaemon",
            "Kiyoyuki",
            "Tadakazu",
            "Masae",
            "Yoshikazu",
            "Kazukazu",
            "Tatsuhiko",
            "Hidekazu",
        ],
        [
            "Fujioka",
            "Hirashima",
            "Sakamaki",
            "Hiranaka",
            "Shirai",
            "Yamanaka",
            "Watase",
            "Miyasako",
            "Ishioka",
            "Iwagawa",
            "Tamasako",
            "Fujihashi",
            "Sugiuchi",
            "Miyaue",
            "Ishigawa",
            "Shimayoshi",
            "Kanekubo",
            "Matsuhara",
            "Hirashiro",
            "Tomihashi",
            "Yamasako",
            "Tomisako",
            "Tomiuchi",
            "Kawayoshi",
            "Kawayasu",
            "Miyahashi",
            "Kuromine",
            "Miyakubo",
            "Moritani",
            "Miyauchi",
            "Tamayoshi",
            "Moriuchi",
            "Okakubo",
            "Iwahashi",
            "Takesaki",
            "Shimaoka",
            "Matsukubo",
        ],
    ),
    "okinawan": (
        3,
        ["Kamato", "Choko", "Shinsei", "Uto", "Sanra", "Kamasu", "Mashiko", "Ushiko", "Tarugani"],
        [
            "Kikimi",
            "Mimabuku",
            "Higusuku",
            "Zashiro",
            "Tangan",
            "Zandaka",
            "Tsukimi",
            "Arangan",
            "Tsuhako",
            "Yamabuku",
            "Chikazu",
            "Arashiro",
            "Nagusuku",
            "Kashiro",
            "Chikimi",
            "Hishiken",
            "Zanda",
            "Guhako",
            "Nashiro",
            "Arandaka",
            "Yandaka",
            "Tsumabuku",
            "Shingan",
            "Gunen",
        ],
    ),
    "korean": (
        1,
        [
            "Dongnam",
            "Gwangnam",
            "Hyunsil",
            "Bokbun",
            "Eunok",
            "Hyebun",
            "Malok",
            "Chulnam",
            "Youngnam",
            "Dongbun",
            "Hyesu",
            "Soongil",
        ],
        ["Yeoun", "Pyeun"],
    ),
    "chinese_hawaiian": (
        2,
        [
            "Siuheung",
            "Ahfong",
            "Ahngor",
            "Yuktsun",
            "Munfong",
            "Kwaiwah",
            "Chunngor",
            "Yukoi",
            "Chunheung",
            "Siuyee",
        ],
        [
            "Achiu",
            "Akiona",
            "Chock",
            "Afong",
            "Akau",
            "Ahloy",
            "Akui",
            "Asam",
            "Ahoy",
            "Ah mook",
            "Alai",
            "Aluck",
            "Akee",
            "Ah nin",
            "Achuck",
            "Anin",
            "Afong",
            "Apun",
            "Aseu",
            "Amook",
        ],
    ),
    "vietnamese": (1, ["Bíchthơm", "Ngọclài", "Xuyếnthoa"], ["Lã"]),
    "chuukese": (
        4,
        [
            "Ikiosy",
            "Wenis",
            "Simiron",
            "Kastin",
            "Nekiro",
            "Kenio",
            "Tarsina",
            "Riwiko",
            "Erwina",
            "Kiman",
            "Meiuo",
            "Sinchiro",
            "Risiuo",
            "Nesiko",
            "Amwachuk",
            "Wenito",
        ],
        [
            "Tawerilmang",
            "Mitaro",
            "Epina",
            "Mwarecheng",
            "Fanimaan",
            "Etenong",
            "Wiwo",
            "Namwes",
            "Fasomwon",
            "Nepwerek",
            "Nepuchi",
            "Rinukun",
            "Epwerek",
            "Enukun",
            "Sipwerek",
            "Nesomwon",
            "Sinukun",
            "Epuchi",
            "Sifichin",
            "Mwtawe",
            "Taminor",
            "Mwkunou",
        ],
    ),
    "pohnpeian": (
        2,
        ["Lihna", "Ioakim", "Kiorin", "Elihna", "Luhk", "Ansina", "Iosep"],
        [
            "Alokoa",
            "Pelep",
            "Weilbacher",
            "Kilimete",
            "Ehpel",
            "Lihpai",
            "Sehpin",
            "Kalio",
            "Ladore",
            "Iohanes",
        ],
    ),
    "kosraean": (
        1,
        ["Tulpe", "Palikun", "Srukrun", "Tulenkun", "Kenyeta"],
        ["Tolenoa", "Lonno", "Nithan", "Sarapiosru", "Kilafwakun", "Taulungsru", "Nenasru"],
    ),
    "yapese": (
        1,
        ["Fanaay", "Giltamag", "Lukan", "Tinag", "Gilfalan", "Defngin"],
        [
            "Tamag",
            "Fanechigiy",
            "Yinug",
            "Dugchur",
            "Fathal",
            "Ruepong",
            "Tamngin",
            "Falanruw",
            "Gaan",
            "Yowbalaw",
        ],
    ),
    "marshallese": (
        4,
        [
            "Neiwan",
            "Jalel",
            "Limjuan",
            "Rilang",
            "Jemes",
            "Leban",
            "Neibo",
            "Limo",
            "Kilone",
            "Bwijko",
            "Neilok",
            "Loktop",
            "Kaiboke",
            "Jekkar",
            "Libwe",
            "Jokon",
            "Limaka",
        ],
        [
            "Jorlang",
            "Ebnit",
            "Anitok",
            "Bwirre",
            "Lejmen",
            "Lojelan",
            "Labwij",
            "Lilañ",
            "Lanbwij",
            "Jetak",
            "Jatiam",
            "Libwij",
            "Bwitiam",
            "Jamwijen",
            "Lakio",
            "Lolañ",
            "Bwijekar",
            "Kejekar",
            "Larok",
            "Kelañ",
            "Bwirok",
        ],
    ),
    "military": (
        2,
        ["Braxtyn", "Maverik", "Aspyn", "Kashlyn", "Jaylynn"],
        [
            "Wadlington",
            "Cudworth",
            "Vanderwerf",
            "Blankenbaker",
            "Heffner",
            "Pennebaker",
            "Ruckel",
            "Blevens",
            "Whisenhunt",
        ],
    ),
}

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = ["Robinet", "Plumtree", "Heliconia", "Starfruit", "Seafoam", "Tuberose"]
WORD_FAMILY = [
    "Lychee",
    "Snorkel",
    "Surfboard",
    "Nozzle",
    "Lifeguard",
    "Rainbarrel",
    "Albacore",
    "Teakettle",
    "Dustpan",
    "Doormat",
    "Sawhorse",
    "Tailgate",
    "Flipflop",
    "Sandcastle",
    "Sunhat",
    "Clothespin",
    "Raincoat",
    "Lunchbox",
    "Cornmeal",
    "Pineapple",
    "Mudflat",
    "Tilapia",
    "Flatbed",
    "Birdbath",
    "Tidepool",
]
# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Moku",
    "Meka",
    "Tutti",
    "Tweetie",
    "Manapua",
    "Rara",
    "Pomai",
    "Boboy",
    "Lavi",
    "Kekoʻo",
    "Sefe",
]

# --- Places ---

STREETS = [
    "Puʻuhale",
    "Piʻilani",
    "Leoku",
    "Hikimoe",
    "Kahuamoku",
    "Hakimo",
    "Mokuola",
    "Kūhaʻo",
    "Kalaʻe",
    "Kaloko",
    "Lanikaula",
    "Paukūkalo",
    "Pālama",
    "Auiki",
    "Mokauea",
    "Kamanaiki",
    "Kūwale",
    "Haleʻaha",
    "Kolowalu",
    "Kahikiʻi",
    "Laumahina",
    "Haleola",
    "Lehualelo",
    "Mokunalu",
    "Halewela",
    "Mokukiʻi",
    "Halekiʻi",
    "Waiʻilima",
    "Kahilelo",
    "Kapumahina",
    "Kapuʻilima",
    "Waipoʻo",
    "Kapuʻaukai",
    "Kapulelo",
    "Puapoʻo",
    "Lehuaʻilima",
    "Puakiʻi",
    "Mokulelo",
    "Alapili",
]
GUAM_STREETS = [
    "Chalan Kareta",
    "Chalan Lujuna",
    "Chalan Mañengon",
    "Chalan Piao",
    "Chalan Monsignor",
    "Chalan Kaskåben",
    "Chalan Åtkiya",
    "Chalan Lemmai",
    "Chalan Pugua",
    "Chalan Hayon",
    "Chalan Niyok",
    "Chalan Ifit",
    "Chalan Guafi",
    "Chalan Lalahita",
]
ARK_STREETS = ["Elmdale", "Bleaux"]
SUBDIVISIONS = ["Nanawale Estates", "Kehena Beach", "Ainaloa", "Kaloli Point"]
CITIES = [
    "Asan",
    "Koblerville",
    "Dandan",
    "Tanapag",
    "Aua",
    "Utulei",
    "Vaitogi",
    "Faleniu",
    "Iliʻili",
    "Moʻiliʻili",
    "Malaeloa",
    "Satala",
    "Amouli",
    "Kannat Tabla",
    "Avoca",
    "Fagaʻalu",
    "Papaaloa",
    "Fagasa",
    "Amanave",
    "Futiga",
    "Mapusaga",
    "Finasisu",
    "Ookala",
    "As Matuis",
    "Masefau",
    "Ordot",
    "Kaupō",
    "Afono",
    "Aʻasu",
    "Taputimu",
    "Malaeimi",
    "Afetna",
    "Fagaʻitua",
    "Piti",
    "Hāliʻimaile",
    "Alofau",
    "Hindsville",
    "Pavaiaʻi",
    "Aʻoloau",
    "Achugao",
    "Obyan",
    "Oleai",
    "Papago",
]
ISLANDS = [
    "Maui",
    "Kauaʻi",
    "Molokaʻi",
    "Oʻahu",
    "Kosrae",
    "Tutuila",
    "Aunuʻu",
    "Manuʻa",
    "Niʻihau",
]
DOMAINS = [
    "ozarkwave.com",
    "puameli.com",
    "hokumail.net",
    "marianasnet.com",
    "moanet.fm",
    "luakini.net",
    "tradewindmail.com",
    "uluwehi.net",
    "islandwave.net",
    "kalonet.com",
    "chamorumail.com",
    "coconetz.com",
]
STAFF_DOMAINS = ["pikaiola.org", "lokahi-nhhcs.org", "kaiakea-mso.org"]

FAMILY_FIRST = {"korean", "chinese_hawaiian", "vietnamese"}
GEN_SUFFIX = ["Jr", "Sr", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII; the ʻokina and apostrophes are dropped.
_FOLD = str.maketrans({"ł": "l", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "æ": "ae", "ʻ": "", "'": "",
                       "\u2018": "", "\u2019": ""})  # fmt: skip


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _plain(text: str) -> str:
    """The ʻokina typed as an apostrophe or dropped, and the kahakō dropped, as phones do."""
    return text.replace("ʻ", "'") if text and text[0] != "ʻ" and "ʻ" in text else _fold(text)


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
    if roll < 0.12:  # about one name in six is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.17:
        first = rng.choice(WORD_GIVEN)
    roll = rng.random()
    if roll < 0.3:  # ʻokina and kahakō often dropped on a phone or in a registration form
        first, last = _fold(first), _fold(last)
    elif roll < 0.45:
        first, last = _plain(first), _plain(last)
    return first, last


def person(rng: random.Random, _split: str = "tune22") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune22") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune22") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if origin == "native_hawaiian" and form < 0.15:  # an English given name is not in the pools,
        middle = rng.choice(ORIGINS[origin][1])  # so two Hawaiian given names stand together
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
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
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.62:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.67:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.77:
        return first
    if form < 0.8:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.84:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.88:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.91:
        return f"{_given_part(first)[0]}{mid} {last}"
    if form < 0.95:
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
    return _handle(_given_part(person(rng)[0])) or "kiilani"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "kapahu"


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
    """A staff name as signatures carry it: "K. Kapahu", "Tulpe Lonno", "Lonno, Tulpe"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Addresses ---------------------------------------------------------------------------------

SUFFIXES = [("St", 9), ("Pl", 5), ("Loop", 3), ("Way", 2), ("Ave", 4), ("Rd", 4), ("Dr", 3),
            ("Street", 2), ("Place", 1), ("Lane", 1), ("Cir", 1), ("Road", 1)]  # fmt: skip
UNITS = ["Apt 1204", "Apt. 3B", "#1105", "Unit 12", "Apt 7", "Bldg 4 Apt 210", "Rm 3", "Unit B",
         "Apt 22E", "#6", "Ste 201", "Apt 402", "Unit 1-C", "Back house", "Ohana unit"]  # fmt: skip
_HWY = [11, 130, 19, 93, 83, 30, 36, 37, 50, 56, 450, 440, 132, 137, 190, 200, 270, 460, 580]


def _hi_number(rng: random.Random) -> str:
    """Oʻahu and Hawaiʻi Island numbers carry a zone prefix: "94-1021", "15-2917"."""
    if rng.random() < 0.55:
        return f"{rng.randint(41, 99)}-{rng.randint(1, 1999):03d}"
    return rng.choice([str(rng.randint(100, 3999)), f"{rng.randint(10, 999)}{rng.choice('AB')}"])


def street_line(rng: random.Random) -> str:
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    return f"{_hi_number(rng)} {rng.choice(STREETS)} {suffix}"


def highway_address(rng: random.Random) -> str:
    """A numbered highway and its house number, as rural Hawaiʻi addresses run."""
    n, h = f"{rng.randint(11, 89)}-{rng.randint(1, 6999):04d}", rng.choice(_HWY)
    return rng.choice([f"{n} Hwy {h}", f"{n} Highway {h}", f"{rng.randint(1000, 9999)} Hwy {h}",
                       f"{n} Route {h}", f"{n} State Hwy {h}"])  # fmt: skip


def subdivision_lot(rng: random.Random) -> str:
    sub = rng.choice(SUBDIVISIONS)
    return rng.choice([f"Lot {rng.randint(1, 2400)}, {sub}", f"{sub} Lot {rng.randint(1, 2400)}",
                       f"Lot {rng.randint(1, 9)}-{rng.randint(1, 299)} {sub}",
                       f"{rng.randint(11, 16)}-{rng.randint(1000, 2999)} Road {rng.randint(1, 9)}, {sub}"])  # fmt: skip


def guam_address(rng: random.Random) -> str:
    st = rng.choice(GUAM_STREETS)
    return rng.choice([f"{rng.randint(100, 999)} {st}", f"Lot {rng.randint(1000, 9999)} {st}",
                       f"Lot {rng.randint(1, 99)}{rng.choice('ABC')}, {st}", f"{rng.randint(10, 299)} {st}, Unit {rng.randint(1, 12)}",
                       f"Lot {rng.randint(100, 9999)}-{rng.randint(1, 20)} Route {rng.randint(1, 17)}"])  # fmt: skip


def ark_address(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(100, 4999)} {rng.choice(ARK_STREETS)} St", f"{rng.randint(100, 4999)} {rng.choice('NSEW')} {rng.randint(2, 60)}th St",
                       f"{rng.randint(100, 4999)} {rng.choice(ARK_STREETS)} Ave Apt {rng.randint(1, 40)}",
                       f"{rng.randint(1000, 4999)} {rng.choice('NSEW')} {rng.randint(40, 56)}th St #{rng.randint(1, 30)}"])  # fmt: skip


def po_box(rng: random.Random) -> str:
    return rng.choice([f"PO Box {rng.randint(500001, 509999)}", f"P.O. Box {rng.randint(1, 9999)}", f"Box {rng.randint(1, 4999)}",
                       f"PMB {rng.randint(1, 999)} Box {rng.randint(10000, 10099)}", f"POB {rng.randint(1, 9999)}",
                       f"Caller Box {rng.randint(10001, 10999)}", f"P O Box {rng.randint(100, 3999)}"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions."""
    return rng.choice([f"{rng.choice(STREETS)} {rng.choice(['St', 'Rd', 'Pl', 'Loop'])}", f"Hwy {rng.choice(_HWY)}",
                       rng.choice(GUAM_STREETS), f"Road {rng.randint(1, 9)} in {rng.choice(SUBDIVISIONS)}",
                       f"{rng.choice(STREETS)} street", f"Route {rng.randint(1, 17)}"])  # fmt: skip


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def street_address(rng: random.Random, _split: str = "tune22") -> str:
    kind = rng.random()
    if kind < 0.1:
        return po_box(rng)
    if kind < 0.22:
        return highway_address(rng)
    if kind < 0.3:
        return subdivision_lot(rng)
    if kind < 0.42:
        return guam_address(rng)
    if kind < 0.5:
        return ark_address(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    roll = rng.random()
    return line.upper() if roll < 0.05 else _fold(line) if roll < 0.4 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "tune22") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    return name.upper() if roll < 0.05 else _fold(name) if roll < 0.45 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


def island(rng: random.Random) -> str:
    name = rng.choice(ISLANDS)
    return _fold(name) if rng.random() < 0.5 else name


STATES = ["HI", "Hawaii", "Hawaiʻi", "GU", "Guam", "MP", "CNMI", "AS", "American Samoa", "AR",
          "Ark.", "hi", "gu"]  # fmt: skip
_ZIP5 = ["96817", "96819", "96816", "96797", "96792", "96720", "96778", "96749", "96732", "96793",
         "96766", "96746", "96748", "96763", "96913", "96929", "96910", "96923", "96950", "96799",
         "72762", "72764", "72756", "96706", "96744", "96740"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = rng.choice(_ZIP5)
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip9(rng: random.Random) -> str:
    return f"{rng.choice(_ZIP5)}{rng.randint(1, 9999):04d}"


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
        rng.randint(1921, 1935)
        if pick < 0.2
        else rng.randint(1936, 2016)
        if pick < 0.5
        else rng.randint(2018, 2026)
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
        f"{d}/{m}/{y}", f"{d}{o} of {mo}",
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
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-1000", f"{base}{ss:02d}+1000"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-10:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}+10:00",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} -1000"


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


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    n = rng.randint(90, 99)
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_AREA = [808, 808, 808, 808, 671, 671, 670, 684, 479, 479]


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 999)}",
                       f"{b}-{c}", f"{b}{c}"])  # fmt: skip


def intl_phone(rng: random.Random) -> str:
    """FSM (+691) and Marshall Islands (+692) numbers: seven digits after the country code."""
    cc = rng.choice(["691", "692"])
    b, c = rng.choice([320, 330, 350, 370, 625, 455, 247, 528]), f"{rng.randint(0, 9999):04d}"
    return rng.choice(
        [f"+{cc} {b} {c}", f"+{cc}-{b}-{c}", f"011 {cc} {b} {c}", f"({cc}) {b}-{c}", f"{cc}{b}{c}"]
    )


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def email(rng: random.Random, _split: str = "tune22") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kiilani", _handle(last) or "kapahu"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2010)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f}808", f"{f}.{ln}{n}", f"{ln}ohana", f"{f}671", f"tutu{f}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kiilani", _handle(last) or "kapahu"
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune22") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kiilani", _handle(last) or "kapahu"
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}808", f"{f}{rng.randint(1950, 2010)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune22") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "kiilani", _handle(last) or "kapahu"
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/{f}-{ln}-medevac",
        f"https://www.gofundme.com/f/help-{ln}-ohana", f"https://www.tiktok.com/@{ln}{f}",
        f"https://mychart.kauhale.example/visit/{_digits(rng, 8)}", f"https://fhir.moanaloa.example/r4/Patient/{_digits(rng, 7)}",
        f"https://www.instagram.com/{f}_{ln}808", f"https://www.youtube.com/@{f}{ln}",
        f"https://docs.google.com/forms/d/{_letters(rng, 20, string.ascii_letters + string.digits)}",
        f"www.{ln}{f}.com",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2607:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [rng.randint(575, 576), rng.randint(586, 586), rng.randint(429, 432), rng.randint(1, 665)]
    )
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                       f"GMH{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"00{_digits(rng, 6)}", f"QMC{_digits(rng, 7)}",
                       f"{_digits(rng, 2)}-{_digits(rng, 5)}", f"LBJ-{_digits(rng, 6)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def quest_id(rng: random.Random) -> str:
    """A QUEST Integration (Hawaiʻi Medicaid) member id as the plans print it."""
    return rng.choice(
        [
            _digits(rng, 10),
            f"000{_digits(rng, 7)}",
            f"QI{_digits(rng, 9)}",
            f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        ]
    )


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", quest_id(rng), mbi(rng), f"MIP{_digits(rng, 7)}",
                       f"{_digits(rng, 11)}", f"XHA{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 8)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"G{_digits(rng, 7)}", f"SP{_digits(rng, 9)}"])  # fmt: skip


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


def hi_licence(rng: random.Random) -> str:
    """A Hawaiʻi driver licence (H and eight digits) or a Guam or CNMI one."""
    return rng.choice([f"H{_digits(rng, 8)}", f"H00{_digits(rng, 6)}", f"GU{_digits(rng, 7)}", f"{_digits(rng, 9)}",
                       f"CNMI-{_digits(rng, 6)}"])  # fmt: skip


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), f"RNS-{_digits(rng, 5)}", f"MD-{_digits(rng, 5)}", hi_licence(rng),
                       f"APRN-{_digits(rng, 4)}", f"PH-{_digits(rng, 4)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    """Hawaiʻi plates (three letters, three digits; the first letter tells the county) and Guam."""
    return rng.choice([f"{rng.choice('ABCDFGHJKLMNPRSTVWZ')}{_letters(rng, 2)} {_digits(rng, 3)}",
                       f"{rng.choice('HKM')}{_letters(rng, 2)}-{_digits(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 3)}",
                       f"GU {_letters(rng, 2)}{_digits(rng, 4)}", f"{_letters(rng, 2)} {_digits(rng, 4)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}",
                       f"CONC-{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 9)}{_letters(rng, 1)}"])  # fmt: skip


def tmk(rng: random.Random) -> str:
    """A Tax Map Key parcel number (island zone, section, plat, parcel): OTHER_ID."""
    z, s, p, q = rng.randint(1, 4), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 99)
    plat, parcel = rng.randint(1, 99), rng.randint(1, 299)
    return rng.choice([f"({z}) {s}-{p}-{plat:03d}:{parcel:03d}", f"{z}-{s}-{p}-{plat:03d}-{parcel:03d}",
                       f"{z}{s}{p}{plat:03d}{parcel:03d}0000", f"TMK ({z}) {s}-{p}-{plat:03d}:{parcel:03d}",
                       f"{z}-{s}-{q:02d}-{plat:03d}"])  # fmt: skip


def passport(rng: random.Random) -> str:
    """An FSM, Marshall Islands or Palau passport number, or a USCIS A-number: OTHER_ID."""
    return rng.choice([f"D{_digits(rng, 6)}", f"FM{_digits(rng, 7)}", f"RM{_digits(rng, 6)}", f"A{_digits(rng, 9)}",
                       f"A{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"{_digits(rng, 7)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", tmk(rng),
                       f"MQD-{_digits(rng, 8)}", f"TKT-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                       f"CASE{_digits(rng, 7)}", passport(rng), f"PA{_digits(rng, 9)}"])  # fmt: skip


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
    return rng.choice(["Q_ADT_IN", "rx-refill", "ivr-main", "fax-inbound", "claims-837", "elig-270",
                       "portal-msg", "interp-req", "medevac-coord", "outreach-sms", "cofa-enroll"])  # fmt: skip


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
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "HWYADDR": ("ADDRESS", highway_address),
    "SUBLOT": ("ADDRESS", subdivision_lot),
    "GUAMADDR": ("ADDRESS", guam_address),
    "ARKADDR": ("ADDRESS", ark_address),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "ROAD": ("ADDRESS", road),
    "CITYUP": ("CITY", city_upper),
    "ISLAND": ("CITY", island),
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
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "INTL": ("PHONE", intl_phone),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "QUEST": ("HEALTH_PLAN_ID", quest_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "HIDL": ("LICENSE_NUMBER", hi_licence),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "TMK": ("OTHER_ID", tmk),
    "PASSPORT": ("OTHER_ID", passport),
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
    # Hawaiian Pidgin and local English
    "howzit this {FIRST}, my tutu {NAME} stay sick again, can we bring her in {MD}",
    "aloha its {NAME}, i need fo move my appt from {DATE} cuz no moa ride",
    "brah the clinic neva call me back, my number {PHONE} shoots",
    "aunty {FIRST} said fo text dis number, she {AGE} already and her sugar stay high",
    "we stay {STREETLINE} in {CITY}, da green house mauka side, get one poi dog",
    "k den i going come tomorrow, tell dr {SURNAME} mahalo\n{FIRST}",
    "uncle {FIRST} {SURNAME} wen fall down da stairs last nite, his leg all swollen",
    "my son {FIRST} get rash all ova, he wen swim at da beach {MD}",
    "mahalo nui for da help, {NAME}",
    "{FIRST}",
    "howzit\n{FIRST} here\ncan you call me {PHONE}",
    "no can make it {DATE}, da car broke, plate {PLATE} stay at da shop",
    "dis {NAME}, my medicaid {QUEST}, da pharmacy said no stay active",
    "tutu {FIRST} stay {AGEN} now and she like make her advance directive",
    "ho da line was long today, i left. my mrn {MRN} can you reschedule",
    "we moved to {HWYADDR} {CITY} {ZIP}, send da mail dea",
    "last house on {ROAD} makai side, get one blue tarp on da roof",
    "da nurse {FIRST} wen say fo call if da fever no go down, now 102",
    "email me @ {EMAIL} pleez, i no can open da portal",
    "my login {USER} stay locked again 🙄",
    "shoots, see you {MD} at 9. {FIRST}",
    "bumbai i send da paper, my ssn {SSN} if you need um",
    "pau already my meds, my pharmacy rx {OTHER}",
    "sistah {FIRST} {SURNAME} wen give birth {DATE}! 🎉 baby boy 7 lbs",
    "my bruddah {NAME} stay in da hospital, room 4, can i visit",
    "chicken skin, da doctor {SURNAME} said da scan look clean 🙏",
    "we stay {SUBLOT} off {ROAD}, no mo mailbox so use {POBOX}",
    "da address on my card wrong, should be {STREET} {CITY} HI {ZIP}",
    "yo {FIRST} dis your cousin {FIRST}, aunty said call clinic {PHONE}",
    "hamajang da bill, account {ACCOUNT} charged two times",
    "my dad {NAME} {AGE} years old, he like one home visit, he no can drive",
    "can you fax to {FAX} da papers fo my work",
    "small kid time i had asthma, now again. dis {NAME}, dob {DATE}",
    "eh {FIRST}, aunty said pick up her meds at longs, her dob {USDATE}",
    "kaukau time at da kupuna center she get dizzy, her name {NAME}",
    "da TMK fo our lot {TMK}, da county need um fo da ramp permit",
    "hui this {FIRST} {SURNAME} from {CITY}, can i get one earlier appt",
    "ok mahalo\n\n{NICK}",
    "mahalo aunty!! - {FIRST}",
    "da kine, da lady from da front desk, {FIRST}, she said to text",
    "broke da mouth da food at da party but now my stomach hurt lol, dis {FIRST}",
    "try call my wife {NAME} at {PHONE} she get da details",
    "our ohana moving {MONYEAR} to {CITY}, can transfer records",
    "tutu kane {FIRST} {SURNAME} passed {DATE}, need da death cert papers",
    "plate {PLATE} da silver van, we stay waiting in da parking lot",
    "my license {HIDL} expired, can still check in?",
    "pilikia wit my meter, serial {DEVICE}, it keep saying E-4",
    "i stay {UNIT} {STREETLINE}, da elevator broke so slow",
    "tell {FIRST} mahalo for driving tutu home",
    "can you send da link again {URL} neva work",
    "{FIRST} {SURNAME} here. da ekg patches still on, can take off?",
    "lanai light on, you can come in da back, {STREETLINE}",
    "k. {FIRST}",
    "da referral fo {NAME} neva go thru, ref# {OTHER}",
    "shishi burn again, aunty {FIRST} said maybe uti, my dob {DATE}",
    "my keiki {FIRST} {SURNAME} needs da school shot papers by {MD}",
    "eh sorry late reply. {FIRST}\n{PHONE}",
    # Ilocano, Tagalog and Visayan
    "naimbag nga aldaw po, this is {NAME}, my lola {FIRST} {SURNAME} needs refill",
    "agyamanak po doc {SURNAME}!! - {FIRST}",
    "lolo {FIRST} is {AGE} na po, he cannot walk to the bus anymore",
    "manang {FIRST} said to message here, my dob is {DATE}",
    "kumusta po, can i change my number to {PHONE}",
    "nanang {NAME} is admitted at queens, can i get update",
    "salamat po\n{FIRST} {SURNAME}",
    "hello po its {FIRST} from {CITY}, we moved to {STREET}",
    "tatang {FIRST} fell in the taro patch, his ankle big na",
    "po my mother {NAME} dob {USDATE}, her medicaid {PLAN}",
    "maayong buntag, {FIRST} diay ni, naa koy pangutana sa akong bill {ACCOUNT}",
    "ading {FIRST} needs tb test for work at the hotel, when po",
    "my apo {FIRST} has fever since {MD}, 101.5",
    "sorry po for the late reply, this is {LASTFIRST}",
    "email ko po {EMAIL} para sa forms",
    "lola {FIRST} is {AGEN} on {MD}!! can she still get the shingles shot",
    "can you call my auntie {FIRST} {SURNAME} {PHONE} she speak ilocano only",
    "we live at {GUAMADDR}, {CITY} Guam po, near the mayor office",
    "inday {FIRST} pls call me back, this is your tita {FIRST}",
    "mano po lolo {FIRST} 🙏 get well soon\n- {FIRST}",
    "my tatay {NAME} ssn {SSN}, for the medicare form po",
    "nagsakit ti ulo ko since {DATE}, this is {FIRST}",
    # Samoan and Tongan
    "talofa, o {NAME} lenei, my tinā needs her insulin refilled",
    "faʻafetai lava\n{FIRST}",
    "fa'afetai {FIRST}, we will come {MD}",
    "my grandma {NAME} is {AGE} and she lives at {POBOX} {CITY} AS {ZIP}",
    "malo e lelei, ko {NAME} eni, my fāʻē needs a ride to dialysis",
    "mālō {FIRST}! see you {DATE}",
    "my kui {FIRST} {SURNAME} has sores on her foot, the nurse said send photo",
    "talofa lava aunty {FIRST}, is the clinic open sat",
    "we stay at the back of church, {STREETLINE}, {CITY}",
    "this is {FIRST} from church, pastor {SURNAME} said to text you",
    "my tamā {FIRST} is {AGEN} next month, he wants to go home to {ISLAND}",
    "pls send the bill to {EMAIL} fa'amolemole",
    "ofa atu, {NICK}",
    "my uncle {NAME} flew from {CITY}, his medicaid id {PLAN}",
    "tongan interpreter for {NAME} on {MD} pls, she don't speak english",
    "the kava circle guys said {FIRST} {SURNAME} collapsed, is he ok",
    "malo aupito, {FIRST} {SURNAME}",
    "{FIRST} from church youth said flu shot free? my number {PHONE}",
    # Chamorro and Carolinian
    "håfa adai! it's {NAME}, can i get appt for my nåna",
    "si yu'os ma'åse', {FIRST}",
    "my guelu {FIRST} {SURNAME} is {AGE}, she is confused since {MD}",
    "we're at {GUAMADDR}, {CITY}, GU {ZIP}. the house with the mango tree",
    "hafa adai, {FIRST} this is auntie {FIRST} from {CITY}, call me {PHONE}",
    "my tåta {NAME} needs his BP meds, MIP # {PLAN}",
    "biba! baby {FIRST} was born {DATE} at GMH ❤️",
    "the fiesta was too much, {FIRST} has gout again lol",
    "che'lu {FIRST} say the naval hospital sent the records to {FAX}",
    "our po box is {POBOX} {CITY} MP {ZIP} pls update",
    "{FIRST} here, we live {GUAMADDR} across the store in {CITY}",
    "the rosary for tun {FIRST} {SURNAME} is {MD}, can we reschedule",
    "my husband's plate {PLATE}, he will pick me up at the ER",
    "nåna {FIRST} guelu of {FIRST}, she is {AGEN} and still cooking",
    "my license is {HIDL} for the id check",
    # Chuukese, Pohnpeian, Kosraean, Yapese
    "ran annim, ngang {NAME}, i need interpreter chuukese pls",
    "kinisou chapur {FIRST}",
    "semei {FIRST} {SURNAME} is sick, he came from {ISLAND} last month",
    "inei {FIRST} needs her dialysis ride, we live {STREETLINE} {CITY}",
    "kaselehlie, this is {NAME}, my cousin said your clinic see cofa",
    "kalahngan en komwi, {FIRST}",
    "len wo, {FIRST} here. my brother {FIRST} {SURNAME} need TB xray",
    "kulo\n{FIRST} {SURNAME}",
    "mogethin, it's {FIRST} from the yapese community, my number change {INTL}",
    "kammagar {FIRST}",
    "my passport {PASSPORT} for the medicaid paper, is ok?",
    "my father {NAME} came with medevac on {DATE}, we need help with the bills",
    "call my sister back home {INTL} if u cant reach me",
    "we are 9 people in one apt, {UNIT} {STREETLINE}, {CITY}",
    "{FIRST} {SURNAME} need chuukese interpreter on {DATE} 10am",
    "ngang {FIRST}, my baby {FIRST} has cough since {MD}",
    "the caseworker {FIRST} said send my a number {PASSPORT}",
    "semei is {AGE} and he pee blood, we bring him now? {FIRST}",
    "pls call {PHONE} or {INTL}\n{FIRST}",
    # Marshallese (Honolulu and Springdale)
    "iakwe, ña {NAME}, i need appointment at the clinic",
    "yokwe {FIRST}! kommol tata",
    "kommol {FIRST}",
    "jinō {FIRST} {SURNAME} sick with her sugar, we at {ARKADDR} {CITY} AR {ZIP}",
    "jimma {FIRST} is {AGEN}, he born in the islands, the date on his paper {DATE}",
    "bubu {FIRST} need her dialysis at 5am, who drive",
    "we moved from {CITY} to {ARKADDR}, {ZIP}, near the poultry plant",
    "my work is the chicken plant night shift, can appt be {MD} afternoon. {NAME}",
    "marshallese interpreter for {NAME} on {DATE} pls",
    "the church in {CITY} said free screening, my number {PHONE}",
    "iakwe {FIRST} this {FIRST} {SURNAME}, my medicaid {PLAN} not working",
    "my son {FIRST} need school papers, his dob {USDATE}",
    "call me on {PHONE} or my husband {FIRST} {PHONE}",
    "iokwe\nña {FIRST}\nmy sugar 300 this morning",
    "please email to {EMAIL}, i no have printer",
    "my drivers license {HIDL} and my passport {PASSPORT} both expire",
    # Japanese, Okinawan, Korean, Chinese, Vietnamese families
    "this is {NAME}, my baachan {FIRST} {SURNAME} needs her eye drops refilled",
    "jiichan is {AGEN} and stubborn, he won't use the cane. - {FIRST}",
    "my obaa {FIRST} {SURNAME} only speaks uchinaaguchi and some japanese",
    "hi its {FIRST} {SURNAME}, obon weekend so can we do {DATE} instead",
    "halmoni {FIRST} needs korean interpreter on {MD}",
    "{LASTFIRST} calling for my mother, she is {AGE}",
    "grandpa {NAME} (popo's husband) fell at the temple, can you see him today",
    "my mom {NAME} speak cantonese, pls call my cell {PHONE}",
    "bà ngoại {FIRST} needs vietnamese interpreter, dob {DATE}",
    "cảm ơn, {FIRST}",
    "arigato {FIRST}-san",
    "our address changed to {STREETLINE}, {CITY} HI {ZIPNINE}",
    # Military families
    "hi this is {NAME}, we PCS'd from the mainland to {CITY}, need new pcm",
    "my husband is deployed, i'm {FIRST} {SURNAME}, his dod id {PLAN}",
    "tricare says our sponsor ssn {SSN} doesn't match",
    "we're in base housing, {STREETLINE}, can you send the form to {EMAIL}",
    "my son {FIRST} needs the exceptional family member paperwork by {MD}",
    "spouse here, {NAME}, we move to guam {MONYEAR}, need records sent",
    "this is sgt {SURNAME}'s wife, tripler appt on {DATE} got canceled",
    # General phone typing
    "hey its {FIRST} again 😭 the portal kicked me out, user {USER}",
    "{NAME} {DATE} {PHONE}",
    "name {NAME}\ndob {DATE}\nmrn {MRN}",
    "{FIRST}?? is this the clinic",
    "pls call {FIRST} at {PHONE} shes my emergency contact",
    "my device {DEVICE} for the sleep apnea machine stopped",
    "the cgm serial {DEVICE} fell off after 2 days",
    "my ip {IP} got blocked from mychart??",
    "my gofundme for the medevac {URL}",
    "my blog where i log my bp {URL}",
    "i'm {AGE} and i still surf lol but my shoulder hurts",
    "car vin {VIN} for the parking permit",
    "send the form to {FAX} thats my work fax",
    "account {ACCOUNT}, i paid already at the window",
    "ok thank you\n\n{FIRST}\n{PHONE}",
    "sent from {FIRST}'s iphone",
    "it's {FIRST} from {CITY} 🌺",
    "can {FIRST} come with me to the appt, she is my daughter",
    "my wife {FIRST} is pregnant, due {MD}, first prenatal visit pls",
    "thank you dr {SURNAME} 🙏🙏",
    "{FIRST} {SURNAME}\n{STREETLINE}\n{CITY}, {STATE} {ZIP}",
    "is my pap result back, {NAME} dob {DATE}",
    "the shot record for {FIRST} {SURNAME}, dob {USDATE}",
    "my claim {OTHER} got denied, who i talk to",
    "yes that's me {NAME}, {PHONE}",
    "wrong number? this is {FIRST} not {FIRST}",
    "u can leave message on {PHONE}, my voicemail full on the other",
    "my husband {FIRST} says hi to aunty {FIRST} at the front desk lol",
    "nurse {FIRST} was so kind to my dad, mahalo plenty",
    "this is {INITS} from the kupuna program, calling about {NAME}",
    "i'm the caregiver for {NAME}, he's {AGEN}, i need the poa form",
    "my address: {STREET}, {CITY} {STATE} {ZIP}",
    "{STREET} {CITY}",
    "live at {POBOX}, {CITY}",
    "at {SUBLOT}, the road is mud so come with 4wd",
    "turn mauka at the store on {ROAD}, 3rd driveway",
    "we are past the mile marker on {ROAD}, red gate",
    "blue house next to the church on {ROAD}",
    "corner of {ROAD} and the bus stop, the apartments",
    "our tmk is {TMK} for the property tax exemption letter",
    "hi this is {FIRST}. my son {NAME} ssn {SSN} and dob {DATE} for the medicaid application",
    "{FIRST} {SURNAME}, {DATE}, {PLAN}, {PHONE}",
    "my daughter {FIRST} and my son {FIRST}, both need flu shots",
    "call me back asap {PHONE}!!!\n- {NICK}",
    "dis is {NICK}, {FIRST}'s cousin",
    "{NICK} said u need my papers",
    "tell {NICK} i stay outside",
    "lol thanks {NICK}",
    "{WNAME} here, the pharmacy lost my order",
    "my aunty {WFIRST} {SURNAME} said to call",
    "this is {FIRST} {WLAST}, is my lab back",
    "mrs {WLAST} is my neighbor, she will pick me up",
    "{WFIRST} here!! my appointment is {MD}?",
    "ask for {FIRST} {WLAST} at the front",
    "hi {FIRST}, it's {FIRST}. i got ur message",
    "good morning {FIRST} thanks for calling yesterday",
    "aloha {FIRST}\nreceived\n{FIRST}",
    "yes {FIRST} i will be there",
    "thanks {FIRST} 😊",
    "{FIRST}!!!! where are u",
    "sorry {FIRST} wrong chat",
    # more Pidgin, mixed
    "da bus neva come so i no can make um, dis {FIRST}, my mrn {MRN}",
    "my grandson {FIRST} wen text for me, my name {NAME}",
    "no worry aunty {FIRST}, we stay coming",
    "get one lump on my neck since {MONYEAR}, i scared. {NAME}",
    "da new address {HWYADDR}, mail come to {POBOX} {CITY} {ZIP}",
    "you folks get my right number? {PHONE}, not da old one",
    "try look my chart {MRN}, da pharmacy say no more refills",
    "my wahine {FIRST} stay hapai, due {MD}",
    "ono da food at da party but now my gout stay flaring. dis {FIRST}",
    "i stay by da park, {STREETLINE}, apartment {UNIT}",
    "plate {PLATE} da white truck wit da surf rack",
    "bumbai da kids can translate, tutu {FIRST} speak only Hawaiian and pidgin",
    "mahalo plenty {FIRST} fo helping my tutu",
    "{FIRST} {SURNAME} - da one wit da kidney stones, call me {PHONE}",
    "i stay {CITY} side now, can transfer me to da clinic ova dea",
    "my mo'opuna {FIRST} stay 9 and she get ear ache again",
    "auntie {FIRST} {SURNAME} said you guys need my ssn {SSN}",
    "dis uncle {FIRST}, da eye doctor wen dilate me, no can drive",
    "da pharmacy on {ROAD} closed, send to da other one",
    "my girlfriend {NAME} going sign da consent fo me",
    "pau hana i can come, like 5. {FIRST}",
    "my acct {ACCOUNT} get one balance but i get quest {QUEST}",
    "new phone! {PHONE}. old one {PHONE} broke",
    "i went ER {DATE} for chest pain, now dey say f/u here. {NAME}",
    "can you print da letter fo {NAME}, she going court {MD}",
    "dis {LASTFIRST}, i need one work note",
    "ho long time, dis {FIRST}, last time i came {MONYEAR}",
    "da lady {FIRST} from native hawaiian health said fo call you",
    "my tutu wahine {NAME} born {LONGDATE}, she like know her labs",
    "ok can. {FIRST} {SURNAME} 🤙",
    "🤙 {FIRST}",
    "shoots brah\n{FIRST}",
    "laters\n{NICK}",
    # more Filipino
    "good evening po, i'm {NAME}, caregiver of lola {FIRST} in the care home",
    "po the care home is at {STREETLINE}, {CITY}, 5 residents",
    "lolo {FIRST} {SURNAME} bp 180/100 po, should we bring to ER",
    "thank you po nurse {FIRST}, god bless\n{FIRST}",
    "the fax of the care home is {FAX} po",
    "anak ko si {FIRST}, she has fever 3 days na",
    "manong {FIRST} came from the philippines {MD}, he need check up for green card",
    "my dob po is {DATE} and my name {LASTFIRST}",
    "agyamanak unay {FIRST}",
    "{FIRST} po, room 4 care home, she refuse to eat",
    # more Samoan/Tongan
    "o lo'u igoa o {NAME}, my phone is {PHONE}",
    "we moved to {CITY}, my new address {STREETLINE}",
    "tinā {FIRST} is {AGE}, she has sores on her legs",
    "lotu tonga choir said {FIRST} {SURNAME} is in the hospital, which room",
    "is the tongan interpreter {FIRST} working {MD}?",
    "{FIRST} {SURNAME} my dob {DATE} my quest {QUEST}",
    "sole {FIRST}, u there?",
    "fa'afetai tele lava mo le fesoasoani\n{NAME}",
    # more Chamorro
    "my lola and guelu {FIRST} live in {CITY} with us, her dob {DATE}",
    "the novena for my mom {FIRST} {SURNAME} is all week, can we do {DATE}",
    "this is {FIRST} from {CITY}, my gmh number {MRN}",
    "buenas, {FIRST} here. pls send to {EMAIL}",
    "adios {FIRST}, see u",
    # more COFA
    "i am {NAME} from marshall islands, i want apply medicaid, my a number {PASSPORT}",
    "my cousin {FIRST} {SURNAME} came on the plane {DATE}, he need dialysis",
    "the chuukese church on {ROAD} want diabetes class, contact {FIRST} {PHONE}",
    "we stay {UNIT} {STREETLINE}, please use interpreter pohnpeian",
    "inei {FIRST} is {AGEN}, she don't know her birthday, paper say {DATE}",
    "{FIRST} {SURNAME}, {ARKADDR}, {CITY}, {STATE}",
    "pls call my supervisor {FIRST} at the plant {PHONE} for work note",
    "kosraean church lady {FIRST} said you help with forms",
    "my auntie {FIRST} from yap, she need eye doctor",
    "i live {ARKADDR}, {CITY} {ZIP}, my phone {PHONE}",
    "email {EMAIL}\nphone {PHONE}\n{FIRST}",
    # misc run-ons and multiple identifiers
    "hi im {NAME} dob {DATE} ssn {SSN} my new address {STREET} {CITY} {STATE} {ZIP} pls update",
    "{FIRST} here my daughter {FIRST} {SURNAME} mrn {MRN} needs her asthma pump refilled asap",
    "call me {PHONE} or email {EMAIL} whichever, {FIRST}",
    "we at {HWYADDR}, past da store, da driveway wit da ti leaf, {CITY}",
    "license {HIDL} plate {PLATE} for the handicap placard",
    "the medevac from {ISLAND} was {DATE}, my dad {NAME}",
    "uncle {FIRST} fly from {ISLAND} {MD} for his chemo, where he stay",
    "she fly to {ISLAND} tomorrow so can the nurse call her {PHONE}",
    "my ohana in {ISLAND} want to know his results, pls call {INTL}",
]

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|QMC|NHHCS|KOM|{HLTS}||ADT^A04|{OTHER}|P|2.5.1\rPID|1||{MRN}^^^QMC^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^HI^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^GMH^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{GUAMADDR}^^{CITY}^GU^{ZIP}",
    "PID|1||{MRN}^^^LBJ^MR||{LNUP}^{FNUP}^^^^^L~{NICK}^^^^^^N||{HLDATE}|F|||{POBOX}^^{CITYUP}^AS^96799",
    "NK1|1|{LNUP}^{FNUP}|GRD^Grandparent|{STREETLINE}^^{CITY}^HI^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|SPO|||{INTL}||EC",
    "PV1|1|O|DIAL^CHAIR6^01||||{NPI}^{LNUP}^{FNUP}^^^DR|||NEP||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|MQD|HIMQD|MED-QUEST DIVISION|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{HWYADDR}^^{CITY}^HI^{ZIP}|||||||||||||||||{QUEST}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{SUBLOT}^^{CITY}^HI^{ZIP}|{PHONE}||{HLDATE}|M",
    "OBX|3|TX|COMMENT||Specimen collected at home by {LNUP}^{FNUP} RN on {HLDATE}||||||F",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "MSH|^~\\&|LAB|HMC|||{HLTS}||ORU^R01|{REQID}|P|2.3\rPID|||{MRN}||{LNUP}^{FNUP}^{MIDUP}^^MRS||{HLDATE}|F",
    "AL1|1|DA|70618^PENICILLIN|SV|HIVES||{HLDATE}",
    "MRG|{MRN}^^^QMC^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-listener[{PIDN}]: ACK AE for MSH-10={OTHER} err='PID-11 zip {ZIP} not valid for {CITYUP}'",
    "PID-13 phone '{INTL}' rejected: non-NANP number for {LNUP}^{FNUP}",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREETLINE}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}],"relationship":"GRMTH"}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{QUEST}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Patient","extension":[{{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity","valueString":"Native Hawaiian"}}],"name":[{{"text":"{NAME}"}}]}}',
    '{{"resourceType":"Patient","address":[{{"line":["{GUAMADDR}"],"city":"{CITY}","state":"GU","postalCode":"{ZIP}"}}],"telecom":[{{"value":"{PHONE}"}}]}}',
    '{{"resourceType":"Encounter","subject":{{"display":"{LASTFIRST}"}},"period":{{"start":"{TS}"}},"serviceProvider":{{"display":"Ke Ola Mamo"}}}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"reference":"Patient/{PTUUID}"}}}}',
    '{{"resourceType":"Patient","identifier":[{{"system":"urn:oid:2.16.840.1.113883.4.1","value":"{SSN}"}},{{"system":"urn:mrn","value":"{MRN}"}}]}}',
    # key=value, JSON events
    'INFO appt.booked patient="{NAME}" slot={TS} clinic=kom interp=chuukese',
    "WARN sms.failed to={PHONE} reason=undeliverable attempt=2 req={REQID}",
    '{{"event":"portal_login_failed","username":"{USER}","ip":"{IP}","attempts":4,"ts":"{TS}"}}',
    '{{"level":"error","msg":"eligibility 271 mismatch","member":"{QUEST}","dob":"{ISODATE}","name":"{NAMEUP}"}}',
    "ERROR email.bounce recipient={EMAIL} code=550 latency_ms={MS}",
    "DEBUG intake.parsed ssn={SSN} zip={ZIP} age={AGEN} lang=mh",
    "INFO fax.sent fax={FAX} pages=3 status=ok queue={QUEUE}",
    'audit: user "{USER}" viewed chart of {NAME} from {IP} at {TS}',
    '{{"event":"address_changed","address":"{HWYADDR}","city":"{CITY}","zip":"{ZIP}","by":"{USER}"}}',
    '{{"event":"address_changed","old":"{SUBLOT}","new":"{POBOX}","mrn":"{MRN}"}}',
    "claim.submitted member_id={PLAN} account={ACCOUNT} amount=125.00 payer=HMSA",
    "device.registered serial_number={DEVICE} firmware=2.4.1 owner={LNLOW}",
    "webhook.callback url={URL} status={STATUS} latency_ms={MS}",
    "interp.request lang=chk patient={FNLOW}.{LNLOW} appt={ISODATE} requested_by={USER}",
    "outreach.sms queued to={E164} template=flu_kupuna name={FIRST} queue={QUEUE}",
    "tmk.lookup parcel={TMK} owner='{NAMEUP}' result=found ms={MS}",
    "transport.scheduled rider={NAME} pickup='{HWYADDR}' time={CLOCK} vehicle={PLATE}",
    "medevac.coord patient={LASTFIRST} origin_island={ISLAND} eta={TS} case={OTHER}",
    "cofa.enroll applicant={NAMEUP} a_number={PASSPORT} status=pending",
    "license.verify dl={HIDL} name='{NAME}' dob={USDATE} result=MATCH",
    "npi.lookup npi={NPI} provider={LNUP},{FNUP} status=active",
    "dea.check dea={DEA} prescriber={DOC} rx={OTHER}",
    "mbi.verify mbi={MBI} member={LASTFIRST} result=ok",
    "vin.decode vin={VIN} owner={NAME} plate={PLATE}",
    "mdm.enroll imei={IMEI} mac={MAC} user={USER} ip={IP}",
    '{{"ts":"{TS}","svc":"ivr","caller":"{PHONE}","dtmf_dob":"{HLDATE}","matched_mrn":"{MRN}"}}',
    '{{"ts":"{TS}","event":"consent.signed","signer":"{NAME}","relationship":"tutu","ip":"{IP}"}}',
    '{{"job":"outreach","to":"{EMAIL}","cc":"{STAFFEMAIL}","subject":"Your visit on {MD}"}}',
    # web server
    '{IP} - - [{CLFDATE}] "GET /api/v1/patients/search?name={NAMEQ}&dob={ISODATE} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - {USER} [{CLFDATE}] "POST /portal/messages HTTP/2" {STATUS} {BYTES} "-" "Mozilla/5.0"',
    '{IP} - - [{CLFDATE}] "GET /charts/{MRN}/summary.pdf HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /scheduler?patient={FNLOW}%20{LNLOW}&clinic=kom HTTP/1.1" {STATUS} {BYTES}',
    "nginx: upstream timed out while reading /api/elig?member={QUEST} client: {IP} ms={MS}",
    "GET /api/v2/members/{QUEST}/coverage 200 {MS}ms user={USER}",
    # stack traces and SQL
    'Traceback (most recent call last):\n  File "/srv/intake/app.py", line 212, in save\n    raise ValueError(f"bad dob for {NAME}: {DATE}")\nValueError: bad dob',
    "java.lang.IllegalStateException: duplicate patient {LASTFIRST} (mrn={MRN}) at org.kauhale.mpi.Merge.run(Merge.java:88)",
    'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patient_ssn_key" DETAIL: Key (ssn)=({SSN}) already exists.',
    'ERROR: value too long for type character varying(40): "{STREET}, {CITY}, {STATE} {ZIP}"',
    "sqlalchemy.exc.IntegrityError: (email)=({EMAIL}) violates unique constraint",
    "KeyError: 'zip' while geocoding address='{HWYADDR}' city='{CITY}' tmk='{TMK}'",
    "UPDATE patients SET phone='{PHONE}', email='{EMAIL}' WHERE mrn='{MRN}'; -- {USER}",
    "SELECT * FROM members WHERE last_name ILIKE '{LNLOW}%' AND dob='{ISODATE}'; -- 3 rows, {MS} ms",
    "INSERT INTO contacts (name, phone, rel) VALUES ('{NAME}', '{INTL}', 'jinō');",
    # X12
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{QUEST}~N3*{STREETUP}~N4*{CITYUP}*HI*{ZIP}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~REF*SY*{SSN}~DTP*472*D8*{HLDATE}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "CLM*{ACCOUNT}*185.00***11:B:1*Y*A*Y*Y~REF*D9*{OTHER}~",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{MBI}~N3*{POBOX}~N4*{CITYUP}*GU*{ZIP}~",
    # CSV rows, file paths, queues
    "mrn,last,first,dob,phone\n{MRN},{SURNAME},{FIRST},{USDATE},{PHONE}",
    "{MRN},{LNUP},{FNUP},{HLDATE},{QUEST},{CITYUP},{ZIP}",
    '"{LASTFIRST}","{DATE}","{STREET}","{CITY}","{STATE}","{ZIP}","{PHONE}"',
    "{LNUP}|{FNUP}|{HLDATE}|{SSN}|{TMK}|homestead_exempt=Y",
    "/mnt/scans/2025/{LNLOW}_{FNLOW}_{HLDATE}_consent.pdf",
    "/srv/fax/inbound/{HLDATE}/{LNLOW}-{MRN}.tif",
    "s3://kauhale-docs/cofa/{LNLOW}/{PASSPORT}.jpg uploaded by {USER}",
    "C:\\Users\\{USER}\\Documents\\medevac\\{LNLOW}_{FNLOW}.docx",
    'queue={QUEUE} payload={{"name":"{NAME}","phone":"{PHONE}","lang":"sm"}}',
    "queue={QUEUE} msg_id={REQID} body='refill for {LASTFIRST} rx {OTHER}'",
    'kafka topic=adt key={MRN} value={{"family":"{SURNAME}","given":"{FIRST}","birth":"{ISODATE}"}}',
    # audit, IVR, fax, pharmacy, auth
    "AUDIT {TS} user={USER} action=VIEW patient={MRN} name='{NAME}' ip={IP}",
    "AUDIT {TS} user={USER} action=PRINT doc=face_sheet patient='{LASTFIRST}'",
    "AUDIT {TS} break_glass user={USER} patient={NAMEUP} reason='ED, unresponsive'",
    "ivr[{PIDN}]: caller={PHONE} entered dob={HLDATE} mrn={MRN} -> transferred to queue {QUEUE}",
    "ivr[{PIDN}]: voicemail from {E164} transcribed: 'this is {NAME} calling about my tutu'",
    "fax-gw: received {BYTES} bytes from {FAX} for '{NAME}' ({MRN})",
    "rx.fill ndc=0002-8215-01 patient={LASTFIRST} prescriber={DEA} qty=30 pickup={MD}",
    "rx.transfer from=Longs#{PIDN} patient={NAME} dob={USDATE} phone={PHONE}",
    "ldap: bind failed for uid={USER},ou=staff,dc=kauhale,dc=example from {IP}",
    "sso: saml assertion for {STAFFEMAIL} accepted at {TS} session={REQID}",
    "mfa.sms sent to {PHONE} for {USER} code_ttl=300",
    "password reset requested for {EMAIL} from {IP}",
    "geocode.miss address='{SUBLOT}' tmk={TMK} fallback=po_box:{POBOX}",
    "geocode.ok address='{GUAMADDR}, {CITY}' lat=13.48 lon=144.79",
    "geocode.ok address='{ARKADDR}, {CITY}, AR {ZIP}' ms={MS}",
    "dialysis.chair chair=7 patient={FNUP} {LNUP} start={CLOCK} uf_goal=2.5L",
    "cgm.upload serial={DEVICE} patient={MRN} readings=288 ip={IP}",
    "bp_cuff.sync mac={MAC} owner={NAME} last_reading=148/92",
    "portal.msg from={USER} to=clinic subject='tutu {FIRST} meds' at {TS}",
    "enroll.qi applicant={NAME} dob={ISODATE} qi_id={QUEST} plan=AlohaCare",
    "sms.inbound from={INTL} body='iakwe this {FIRST}' matched=none",
    "dup_check: {NAMEUP} vs {NAMEUP} score=0.91 dob={ISODATE}",
]

NOTES = [
    "HPI: {NAME} is a {AGE} y/o Native Hawaiian kupuna seen at home on {DATE} for worsening dyspnea on exertion.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, presents with foot ulcer x3 wks after walking barefoot in the loʻi.",
    "A/P: T2DM, A1c 11.2. Start basal insulin. F/u {MD} at the NHHCS clinic. -- {DOC}, MD",
    "SOAP. S: {FIRST} reports cough since {MD}. O: T 38.1, SpO2 95%. A: CAP. P: amox-clav, recheck 48h.",
    "Nursing: {NAME} in chair 6, cramping at hour 3. BP 86/52. UF stopped, {DOC} notified at {CLOCK}.",
    "Handoff to {FIRST} RN: pt {SURNAME} rm 412, NPO after midnight, tutu {FIRST} at bedside, call {PHONE}.",
    "Home visit {DATE}: drove to {HWYADDR}. Daughter {NAME} present. Catchment tank water; no refrigerator for insulin.",
    "Home visit: green house mauka of {ROAD}, dogs in yard. Grandson {FIRST} translated.",
    "Home visit to {SUBLOT}, {CITY}. Unpaved road; TMK {TMK} given by family for the ramp grant.",
    "Social work: family of 11 in 3-bedroom at {STREETLINE}, {UNIT}, {CITY}. Applied for Section 8 {MONYEAR}.",
    "Social work: COFA status verified; passport {PASSPORT}. QUEST application submitted {DATE}, ID pending.",
    "SW: Pt {NAME} arrived via medevac from {ISLAND} on {DATE}; lodging at Hale Kūʻike arranged for wife {FIRST}.",
    "Interpreter: Chuukese interpreter {NAME} (ID {OTHER}) used for entire visit. Pt {SURNAME} verbalized understanding.",
    "Interpreter: Marshallese by phone, interpreter {FIRST}, {PHONE}. Pt prefers to be called {NICK}.",
    "Pharmacy: Pt {NAME} picked up metformin 1000 mg BID, counselled in Ilocano by {DOC}, RPh.",
    "Pharmacy: Rx {OTHER} for {LASTFIRST} transferred to Guam; fax {FAX}.",
    "Dictation: This is {DOC} dictating a clinic note on {NAME}, medical record number {MRN}, date of service {LONGDATE}.",
    "Dictated by {DOC}, MD on {DATE}. Transcribed by {INITS} on {DATE}.",
    "Electronically signed: {DOC}, APRN, {TS}",
    "cc: {DOC}, MD (PCP); {NAME} (daughter, {PHONE})",
    "Signed {NAME}, RN, CDE. License {LICENSE}.",
    "Pt {NAME} ({AGEN} yo) lives with grandson in {CITY}; ambulates with cane. Falls x2 since {MONYEAR}.",
    "PMH reviewed with patient's lola {FIRST}. Pt {FIRST} {SURNAME}, 7 yo, asthma, last ED visit {DATE}.",
    "Prenatal intake: G5P4, EDD {MD}. FOB {NAME}. Lives {ARKADDR}, {CITY}, AR {ZIP}. Works night shift at the poultry plant.",
    "Prenatal: Marshallese speaking; interpreter present. Hgb 9.8. Partner {FIRST} {SURNAME} present.",
    "Hansen's disease follow-up: {NAME} completed MDT {MONYEAR}. No new lesions. Contacts screened.",
    "TB clinic: {LASTFIRST}, DOB {USDATE}, arrived from {ISLAND} {MONYEAR}. IGRA positive. CXR clear. Start 3HP.",
    "TB DOT: dose 7/12 observed by {FIRST} (CHW) at {STREETLINE} on {DATE}.",
    "Dialysis intake: {NAME}, ESRD from diabetic nephropathy, came from the Marshall Islands {MONYEAR}; no coverage prior.",
    "Billing: Self-pay converted to QUEST {QUEST} effective {DATE}. Account {ACCOUNT}.",
    "Billing: Tricare sponsor {NAME}, DoD benefits no. {PLAN}. Claim {OTHER} resubmitted.",
    "Billing note: statement returned; new mailing address {POBOX}, {CITY}, MP {ZIP}.",
    "Registration corrected: name was entered as {NAME}, corrected to {NAME} per passport {PASSPORT}.",
    "Registration: DL {HIDL} scanned; address {STREET}, {CITY}, {STATE} {ZIP}.",
    "Phone note {DATE} {CLOCK}: spoke with {NAME} (daughter) at {PHONE}; tutu's sugars in the 300s.",
    "Phone note: called {INTL} (FSM); left message for {FIRST}.",
    "Portal message from {USER} re: refill. Responded {MD}. -- {INITS}",
    "Email from {EMAIL} forwarded to {STAFFEMAIL} for records release.",
    "Records request from {URL} declined; not a HIPAA release.",
    "Wound care: L plantar ulcer 2 x 1.5 cm. Seen by {DOC} on {DATE}. Pt {SURNAME} to soak in warm water, no ocean until healed.",
    "Podiatry: {NAME}, walks barefoot in yard. Monofilament absent bilat. Shoes given.",
    "Ophthalmology: {LASTFIRST}, PDR OU. PRP OD {DATE}. Driver license {HIDL} — advised not to drive.",
    "Vehicle for transport: plate {PLATE}, VIN {VIN}, driver {FIRST}.",
    "DME: home O2 concentrator serial {DEVICE} delivered to {HWYADDR} on {MD}.",
    "CGM {DEVICE} placed; readings upload from phone IMEI {IMEI}.",
    "Kupuna day program: {NAME} attended hula for health group; BP 138/84. {INITS}, CNA",
    "Kupuna program IDT: participant {LASTFIRST}, age {AGE}. Son {FIRST} requests respite.",
    "Birthday today for {NAME}, who turned {AGEN}; family {FIRST} and {FIRST} brought poi and laulau.",
    "Advance care planning with {NAME} ({AGEN}) and daughter {FIRST}; POLST completed {DATE}.",
    "Hospice: {LASTFIRST}, end-stage CHF. Family requests hoʻoponopono; kahu {FIRST} {SURNAME} to visit.",
    "Chaplain: visited {NAME}; prayed with wife {FIRST} in Samoan.",
    "Samoan-speaking; matai {NAME} speaks for the family.",
    "Pt {FIRST} {SURNAME} prefers to be addressed by her Tongan name; goes by {NICK}.",
    "Military family: sponsor {NAME} deployed; spouse {FIRST} {SURNAME} is guardian for minor {FIRST}.",
    "EFMP enrollment: child {NAME}, DOB {USDATE}, DoD ID {PLAN}. Moving to Guam {MONYEAR}.",
    "Chamorro-speaking grandmother {NAME} ({AGE}) accompanied by granddaughter {FIRST}. Lives {GUAMADDR}, {CITY}.",
    "Lytico-bodig history in family: uncle {NAME} (deceased {MONYEAR}).",
    "Pt from {CITY}, GU; referred off-island for cardiac cath; Medical Referral Office case {OTHER}.",
    "American Samoa referral: {NAME}, LBJ MRN {MRN}, off-island referral approved {DATE}.",
    "Saipan CHC referral for {LASTFIRST}, CNMI Medicaid {PLAN}, mailing address {POBOX}.",
    "Okinawan-speaking; daughter-in-law {NAME} interprets. Pt {SURNAME} declines feeding tube.",
    "Korean-speaking; halmoni {FIRST} {SURNAME} brought by church member {NAME}.",
    "Vietnamese interpreter via video; pt {NAME}, DOB {DATE}.",
    "Ilocano-speaking; care home operator {NAME} ({PHONE}) gives meds. Care home at {STREETLINE}, {CITY}.",
    "Care home license {LICENSE}; operator {FIRST} {SURNAME}; 5 residents.",
    "Visayan-speaking; pt {FIRST} came with manong {FIRST}.",
    "Marshallese family, NW Arkansas clinic: {NAME}, {ARKADDR}, {CITY}; phone {PHONE}.",
    "Chuukese family: 3 generations at {STREETLINE}, {CITY}. Grandmother {NAME} ({AGEN}) bedbound.",
    "Pohnpeian-speaking pt {NAME}; sakau use discussed.",
    "Yapese-speaking pt {FIRST} {SURNAME}; chews betel nut daily. Oral exam: leukoplakia.",
    "Kosraean pt {NAME}, came for dialysis; lives with cousin {FIRST} at {STREETLINE}.",
    "Poison control: {NAME} ingested unknown amount of fish with ciguatera symptoms; call back {PHONE}.",
    "Leptospirosis workup: {NAME} works in taro patch in {CITY}; fever since {MD}.",
    "ED triage {TS}: {NAMEUP}, arrived by EMS from {HWYADDR}.",
    "ED: Pt {LASTFIRST} BIBA after fall from ladder picking mangoes. GCS 15.",
    "ED dispo: admit to tele; family contact {FIRST} {PHONE}.",
    "Discharge: to home at {SUBLOT}; HH referral to {DOC}.",
    "Discharge: to care home, {STREET}, {CITY} {ZIP}. Caregiver {NAME}.",
    "PT eval: {NAME} requires 2-person assist. Home has 12 steps to lanai.",
    "OT: pt {SURNAME} goals — return to fishing and making lei.",
    "Nutrition: {FIRST} eats rice with every meal; discussed kalo and ʻuala swaps.",
    "Dental: {NAME}, 6 yo, ECC, referred for GA. Mom {FIRST}.",
    "Peds: {FIRST} {SURNAME}, 2 mo WCC. Mother {NAME}. Vaccines per schedule.",
    "Newborn: baby boy {SURNAME}, born {DATE} {CLOCK}, 3.9 kg. Mother {NAME}.",
    "Behavioral health: {NAME} reports stress after fire destroyed home on {ROAD}; staying with aunty in {CITY}.",
    "Behavioral health: {FIRST} referred to Hui Mālama; PHQ-9 18.",
    "SBIRT: {NAME}, AUDIT-C 8. Brief intervention done. {INITS}",
    "Substance: ice use since {MONYEAR}; partner {FIRST} also uses. Pt {SURNAME} open to MAT.",
    "Legal: guardianship papers for {NAME} filed {DATE}; guardian {NAME}.",
    "Legal: pt is {AGE}; daughter {NAME} holds POA dated {LONGDATE}.",
    "Immunization record: {NAME}, DOB {DATE}, MMR #2 given {DATE}. Lot no. {OTHER}.",
    "Labs drawn {DATE} at home by {FIRST}, phlebotomist. Specimen labelled {NAMEUP} {HLDATE}.",
    "Result letter mailed to {NAME}, {POBOX}, {CITY}, {STATE} {ZIP}.",
    "Result letter mailed to {NAME}, {GUAMADDR}, {CITY}, GU {ZIP}.",
    "Telehealth visit from {ISLAND}; pt {NAME} on daughter's phone {PHONE}; IP {IP}.",
    "Telehealth: link {URL} sent to {EMAIL}.",
    "Transportation: Handi-Van pickup for {NAME} at {STREETLINE}, {CLOCK}.",
    "Transportation: neighbor {FIRST} {SURNAME} drives pt in truck plate {PLATE}.",
    "Attestation: I saw and examined {NAME} with the resident {DOC}. {DOC}, MD, NPI {NPI}.",
    "Controlled substance agreement signed by {NAME} {DATE}; PDMP checked. {DOC}, DEA {DEA}.",
    "Refused: {NAME} declined flu vaccine; prefers lāʻau lapaʻau from aunty {FIRST}.",
    "Traditional healer consult: pt {FIRST} sees kahuna lāʻau lapaʻau {NAME}; noni juice daily.",
    "Pt says call her {NICK}; legal name {NAME}.",
    "{WNAME} seen for HTN f/u; BP 150/90.",
    "Pt {FIRST} {WLAST}, DM f/u, A1c 8.4.",
    "Mother {WFIRST} {SURNAME} reports infant feeding well.",
    "Seen with Mr. {WLAST}'s permission; his wife {FIRST} present.",
    "Addendum {DATE}: spoke with {NAME} re: results. -- {DOC}",
]

_PHI_FREE_CHAT = [
    "sugar was 212 this morning before breakfast",
    "bp 148/92 after i took my meds",
    "i took 2 tylenol 500mg at 6",
    "fever 101.4 since tuesday",
    "da swelling stay worse in da morning",
    "ho my back sore, like 7 out of 10",
    "ok mahalo",
    "shoots see you tomorrow",
    "no can make it today, bumbai i call",
    "pau already my insulin, need refill",
    "she stay 87, still walking every day",
    "my son is 12 and he has asthma",
    "we eat poi and fish almost every day",
    "aloha, is the clinic open on saturday",
    "talofa, is the doctor in today",
    "håfa adai, what time you close",
    "iakwe, i need appointment",
    "ran annim, where is the interpreter",
    "malo e lelei, thank you for calling",
    "agyamanak po",
    "salamat po",
    "kommol tata",
    "kinisou chapur",
    "faʻafetai lava",
    "si yuʻos maʻåse",
    "mahalo nui loa",
    "howzit, what time my appt",
    "the lychee tree is full this year, bringing some for the nurses",
    "i got stung by a jellyfish while using my snorkel",
    "he fell off his surfboard and cut his foot on the reef",
    "the hose nozzle broke so i was carrying buckets",
    "the lifeguard said go clinic for the sting",
    "we catch water in the rainbarrel, no county water up here",
    "caught one albacore, so we eating fish all week",
    "the teakettle burned my hand, blister now",
    "i swept with the dustpan and my back went out",
    "i tripped on the doormat",
    "fell off the sawhorse fixing the roof",
    "i sat on the tailgate and twisted my knee",
    "broke my flipflop walking to the bus",
    "the kids made a sandcastle and got sunburn",
    "wear a sunhat, the uv is 11 today",
    "the clothespin pinched my finger lol",
    "bring a raincoat, pouring up mauka",
    "put my pills in the lunchbox for work",
    "cornmeal mush for breakfast, is that ok for diabetes",
    "pineapple makes my mouth sore",
    "we walked the mudflat looking for crabs",
    "tilapia from the pond, is it safe",
    "the flatbed truck took the old car",
    "the birdbath has mosquito larvae, dengue worry",
    "the kids play in the tidepool every weekend",
    "the heliconia and tuberose are blooming, aunty makes lei",
    "starfruit is bad for my kidneys right?",
    "seafoam green is her favorite color",
    "the plumtree in the yard died",
    "the robinet on the catchment tank is leaking",
    "manapua and musubi for lunch, too much salt?",
    "ate spam musubi and now my bp high",
    "we drink kava on friday nights",
    "she chews betel nut every day",
    "sakau makes me sleepy",
    "the chicken plant shift is 10 hours",
    "my blood sugar was 68 and i felt shaky",
    "2 puffs of albuterol every 4 hours",
    "my a1c was 9.2 last time",
    "i'm 45, is that too young for colonoscopy",
    "grandma is 88 this year",
    "the baby is 6 months old",
    "i walk 30 minutes after dinner",
    "tuesday or thursday is better for me",
    "the vog is bad today, my asthma worse",
    "the trade winds back so breathing better",
    "the flight is 5 hours, can i take my insulin on the plane",
    "we came in 2019 under the compact",
    "my mom speaks only chuukese",
    "he speaks marshallese and a little english",
    "she prefers ilocano",
    "my tutu and my aunty both have diabetes",
    "lola and lolo are living with us now",
    "the kupuna center has exercise class on wednesday",
    "i need a work note for 3 days",
    "can i get the covid booster and flu shot together",
    "the rash is on my arms and legs",
    "my foot is numb when i walk on the beach",
    "i cut my foot on coral 2 weeks ago and it's red",
    "no more gas money this week",
    "the bus takes 2 hours from where we stay",
    "brah my ankle stay swollen like one mango",
]
_PHI_FREE_NOTE = [
    "BP 142/88, HR 76, RR 16, T 37.2, SpO2 97% RA.",
    "A1c 10.4%, up from 8.9% in 2023.",
    "eGFR 24, creatinine 2.9, K 5.6.",
    "Hgb 9.1, MCV 72; iron studies pending.",
    "LDL 168; started atorvastatin 40 mg daily.",
    "Metformin 1000 mg PO BID.",
    "Insulin glargine 22 units qHS.",
    "Lisinopril 20 mg daily; hold for SBP < 100.",
    "Amoxicillin-clavulanate 875 mg BID x 7 days.",
    "Rifapentine and isoniazid weekly x 12 doses (3HP).",
    "Dapsone, rifampin, clofazimine (MDT) for Hansen's disease.",
    "Doxycycline 100 mg BID for leptospirosis.",
    "ICD-10 E11.65, type 2 diabetes with hyperglycemia.",
    "ICD-10 N18.6, ESRD.",
    "ICD-10 A15.0, pulmonary tuberculosis.",
    "ICD-10 A30.9, leprosy, unspecified.",
    "ICD-10 T61.01XA, ciguatera fish poisoning.",
    "ICD-10 L97.419, non-pressure chronic ulcer of right heel.",
    "CPT 99214, established patient visit.",
    "CPT 90686, influenza vaccine.",
    "CPT 90935, hemodialysis.",
    "LOINC 4548-4, hemoglobin A1c.",
    "LOINC 2160-0, creatinine.",
    "Parkinson's disease, on carbidopa-levodopa.",
    "Hashimoto's thyroiditis.",
    "Bell's palsy, resolving.",
    "Graves' disease, on methimazole.",
    "Kawasaki disease history as a child.",
    "Lytico-bodig (ALS-PDC) is described in older Chamorro adults.",
    "Rheumatic heart disease; on benzathine penicillin q4 weeks.",
    "Age 67, retired cannery worker.",
    "Age 54. Age 71. Age 88.",
    "Pt is 34 weeks pregnant.",
    "G5P4, EDD in three weeks.",
    "Follow up in 2 weeks.",
    "Return in 3 months for A1c.",
    "Seen Monday, Wednesday and Friday for dialysis.",
    "Symptoms since 2021.",
    "Moved to the US in 2016.",
    "Interpreter used: Chuukese.",
    "Interpreter used: Marshallese, in person.",
    "Interpreter used: Samoan, by video.",
    "Interpreter used: Tongan, by phone.",
    "Interpreter used: Ilocano.",
    "Preferred language: Pohnpeian.",
    "Preferred language: Kosraean.",
    "Preferred language: Yapese.",
    "Preferred language: Chamorro.",
    "Preferred language: Carolinian.",
    "Preferred language: Okinawan.",
    "Ethnicity: Native Hawaiian.",
    "Ethnicity: Samoan; Tongan.",
    "Ethnicity: Filipino (Ilocano).",
    "Coverage: QUEST Integration, AlohaCare.",
    "Coverage: Tricare Prime.",
    "Coverage: Guam MIP.",
    "COFA migrant; eligible for Medicaid since 2020.",
    "Native Hawaiian Health Care System referral accepted.",
    "Referred to Ke Ola Mamo for care coordination.",
    "Referred to Hui No Ke Ola Pono diabetes program.",
    "Referred to Nā Puʻuwai for nutrition.",
    "Diet: low sodium; limit spam and saimin.",
    "Diet: kalo, ʻuala and ulu encouraged in place of white rice.",
    "Fluid restriction 1.5 L/day.",
    "Walks barefoot outdoors.",
    "Catchment water; boils before drinking.",
    "Lives 40 minutes from nearest pharmacy.",
    "Works in the taro patch daily.",
    "Fishes from the rocks twice a week.",
    "Kava use weekly.",
    "Betel nut 10 per day.",
    "Sakau on weekends.",
    "Ice (methamphetamine) use, quit 2022.",
    "Vog exposure worsens asthma.",
    "Wound: 2 x 3 cm, granulating, no purulence.",
    "Monofilament absent bilateral feet.",
    "Lungs: crackles R base.",
    "Heart: RRR, no murmur.",
    "Abd: soft, NT, ND.",
    "Neuro: CN II-XII intact.",
    "Skin: hypopigmented anesthetic patch L forearm.",
    "PHQ-9 12; GAD-7 9.",
    "Falls: 1 in last 6 months.",
    "Pain 5/10.",
    "Mammogram due.",
    "Colonoscopy 2022: 2 polyps.",
    "Plan discussed with patient and ohana, who agree.",
    "Family meeting held with tutu, aunty and uncle present.",
    "Hoʻoponopono requested by family.",
    "Kupuna prefers to sleep on the floor mat.",
    "Ohana unit behind main house.",
    "No acute distress.",
    "Assessment unchanged from prior.",
    "The snorkel mask strap caused a pressure mark.",
    "Teakettle scald, first degree, left hand.",
    "Fell from sawhorse, 1 m height.",
    "Ankle injury stepping off a tailgate.",
    "Sunhat and sunscreen counselling given.",
]
_PHI_FREE_LOG = [
    "INFO scheduler started workers=4",
    "WARN retrying eligibility batch attempt=3",
    "GET /healthz 200 2ms",
    "ERROR upstream timed out after 30000 ms",
    "job=nightly_claims status=ok rows=1842",
    "queue=fax-inbound depth=12",
    "hl7-listener: 1204 messages processed",
    "ACK AA",
    "TLS handshake ok",
    "cache hit ratio 0.93",
]
PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG
