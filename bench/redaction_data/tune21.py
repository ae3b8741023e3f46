"""The "tune21" split: a twenty-first tuning set, written without looking at the engine, its tests,
its benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune20.py, the
docstring of tune19.py, pyproject.toml and the head of bin/test (for the lint rules), for the
module interface (CHAT, LOGS, NOTES, PHI_FREE; the value functions with generate.py's
signatures; EXTRA_SLOTS) and for the style of a split module. The other data modules' files
were opened only by a throwaway script that collected their words for the overlap check below;
their templates were never printed or read. blind18, written at the same time, was neither read nor
imported.

It models a health network that follows the same families between the Caribbean and New York
City: clinics and a home-care team in the Bronx, Upper Manhattan, East Harlem, Brooklyn, Queens
and Staten Island, and sites in Puerto Rico (the San Juan metro, Bayamón, Caguas, Ponce,
Mayagüez, Arecibo and the mountain towns) and the US Virgin Islands (St. Thomas, St. Croix). Its
patients are Puerto Ricans on the island and Nuyoricans in East Harlem and the South Bronx,
Dominicans of Washington Heights and Inwood, Haitian and Jamaican families in Flatbush, Crucian
and St. Thomian families, Mexicans from the Mixteca in Sunset Park and on Staten Island,
Ecuadorians from Cañar and Azuay in Queens, Fuzhounese in Sunset Park and Cantonese and
Toisanese elders in Flushing, Hasidic families of Borough Park and Williamsburg, Russian and
Ukrainian Jews of Brighton Beach, Bangladeshi and Nepali (and Sherpa) families in Jackson Heights
and Elmhurst, Senegalese, Malian, Ghanaian and Nigerian families in the Bronx, and Black families
of the South Bronx. There is a telehealth service that puts an elder on the island and her
children in the city on one video visit, a mail and cold-chain pharmacy that ships insulin to
HC boxes in the mountains, home care in public housing with broken elevators and fifth-floor
walk-ups, hurricane and power-outage outreach for generator-dependent patients, Access-A-Ride
and livery transport, and interpreter lines. CHAT is patients and family typing on phones
(lowercase, emoji, run-ons; Spanish and Spanglish, Dominican and Puerto Rican slang, Haitian
Creole, Jamaican patois, Virgin Islands English, Yiddish words, Russian, Mandarin and Cantonese
romanization, Bengali, Nepali, Wolof, Bambara, Twi, Nigerian Pidgin and Ibibio, Kichwa; kin words
as address; names after greetings, in sign-offs and alone on a line; several identifiers in one
message; addresses typed loosely, as corners and landmarks). LOGS is HL7 v2, FHIR JSON, key=value
and JSON events, nginx and Apache lines, Python and Java traces, SQL errors, X12 and NCPDP, fax,
IVR, Asterisk and SMS webhooks, CSV rows, file and object-store paths, Kafka, RabbitMQ and SQS
payloads, device telemetry, MDM, SAML, LDAP, audit and transport-dispatch lines. NOTES is HPI,
A/P, SOAP, telehealth, home-care and community-health-worker notes, hurricane preparedness,
pharmacy, interpreter lines, geriatrics, new arrivals and TPS, workers' comp and TLC exams, OB and
paediatrics (a bris included), social work, billing and portal admin, social histories,
dictation and signature lines and cc lines.

Names come from 18 origins, weighted: Puerto Rican, Dominican, Haitian, Jamaican, Virgin Islander,
Mexican (Mixteca poblana, Nahuatl surnames), Ecuadorian (Cañari and Kichwa surnames), Fuzhounese and
Cantonese (given names written as one word; Toisanese and Foochow spellings of the family name;
family name first at times), Hasidic, Russian and Ukrainian Jewish, Bangladeshi, Nepali and Sherpa,
Senegalese, Malian, Ghanaian (Ga, Ewe and Fante), Nigerian (Edo and Ibibio) and South Bronx. The
four Spanish-speaking origins carry two surnames at times (the father's and the mother's, with a
space or a hyphen). They come as "First Last", "Last, First", "LAST,FIRST M", lowercase in query
strings and file names, with initials, generational suffixes and quoted nicknames, and as one span
per HL7, X12 or FHIR name part. About one name in six is an ordinary English word (WORD_GIVEN:
blessing names; WORD_FAMILY: things of an apartment and a harbour), and PHI_FREE uses the same words
in their ordinary sense, with clinical look-alikes (vitals, doses, lab values, ICD-10, LOINC, CPT
and HCPCS codes, eponyms, ages under 90, weekdays, years alone, durations, drug names, subway and
bus lines, a hurricane's name).

No given name, family name, nickname, street, public-housing development, urbanización, calle,
barrio, sector, residencial, estate, Danish gade or e-mail domain here (folded to ASCII and lower
case, word by word) is in values.py's pools (with the Faker names it draws for both its splits),
Faker's en_US first and last names, the text of templates.py, or the text of the other blind and
tune modules listed in templates.SPLIT_MODULES (blind18 excepted). A script collected every word
of those (about 81,000) and checked this module's pools against them; every colliding entry was
dropped and the final run reported zero collisions. Those sources already hold nearly every
common name of these communities, so the pools are the rarer names left (the Chinese family
names most of all: every common one is taken). Generic address words (Urb., Calle, Carr., Km,
Bo., Sector, Villa, Jardines, Alturas, Parque, Brisas, Estancias, Colinas, Valle, Lomas, Reparto,
Res., Edif., Cond., Estate, Plot, Gade, Houses, Ave, St, Pl, Blvd, Rd, Arriba, Abajo), particles
(de, del, la, las, el, los) and top-level domains were exempt. The mailing towns are the one pool
not held to the rule: Puerto Rico's municipios, the Virgin Islands' towns and New York's
boroughs and Queens postal names are all in those sources already (Naranjito, Corozal,
Christiansted, Frederiksted, Kingshill and Whitestone are not), and a split set in these places
cannot do without them.

Annotation: a US state or territory is not scored ({STATE}, label None: PR, NY, VI, "Puerto Rico",
"New York" as a state); a title (Dr., Mrs., doña, Lcda., Reb, Rebbetzin, Pastor, Serigne) or a
credential (MD, RN, FNP-BC, LCSW, CHW) and a possessive "'s" stay outside NAME; each HL7, X12 and
FHIR name component is its own NAME span, and so is each of two names written side by side in a
template; initials that stand for a person are NAME; a weekday or clock time beside a date stays
outside the DATE, while a whole ISO, HL7 or log timestamp is one DATE; Spanish ("3 de marzo de
1941"), Haitian Creole ("12 janvye 1938"), day-first ("12/03/1941") and dotted Russian
("12.03.1941") dates are DATE; a year, a month or a weekday alone is not PHI; only ages over 89 are
AGE_OVER_89, in digits or words ("ninety-two", "noventa y dos", "katreven-douz"); kin words used as
address (mami, abuela, abuelo, titi, tía, tío, madrina, padrino, compai, manman, grann,
tonton, matant, granny, mummy, auntie, nana, big ma, bubby, zeidy, tante, babushka, dedushka, mama,
ammu, abbu, nani, apa, ama, didi, dai, po po, gung gung, ah ma, ah yi, baba, yaay) are not names. A
street address, an urbanización address (block letter and lot, calle), a carretera address with its
km marker, sector and barrio, a barrio or sector named alone as where someone lives, a residencial
or condominio apartment, an HC box, RR box, PMB, PO box or apartado, a Virgin Islands estate plot or
parcel or a gade address, a public-housing building and apartment, a walk-up's floor with its
street, a Queens hyphenated address, a street named without a number where someone lives and an
intersection ("the bodega on 181st and Tiebout") are ADDRESS; a town, borough or Queens postal name
is CITY and a ZIP code ZIP. A relative's foreign number is PHONE; an IDNYC number, HRA, SNAP, 311,
NYPD, ACS, Section 8, Access-A-Ride, USCIS, FEMA and Workers' Compensation Board case numbers, an
A-number, a prescription, claim or order number is OTHER_ID; a New York Medicaid CIN, a MetroPlus,
Plan Vital or other plan member number and a Medicare MBI are HEALTH_PLAN_ID; a driver licence (New
York, Puerto Rico, the Virgin Islands), an NPI, DEA, nursing or medical licence is LICENSE_NUMBER; a
plate (New York, a Puerto Rico tablilla, the Virgin Islands), a livery or TLC plate, a yellow-cab
medallion, a TLC vehicle licence and a VIN are VEHICLE_ID; a pump, CGM, nebulizer, CPAP, hearing
aid, oxygen-concentrator or medical-alert serial, an IMEI or a MAC is DEVICE_ID; a WeChat id is
USERNAME. Organisations (Plan Vital, MetroPlus, Medicaid, FEMA, the VA), languages, countries,
Mexican states, Chinese provinces, drugs, eponyms, device models, subway and bus lines and facility
names are literal text. Filler slots (request ids, latencies, status codes, clock times, process
ids, sizes, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "puerto_rican": (14, [
        "Abimael", "Yeidiel", "Keiliany", "Nahiomy", "Jeiliany", "Emely", "Yeralis", "Lismarie",
        "Miosotis", "Ismaris", "Damarys", "Yaneishka", "Jomary", "Omarys", "Lymarie", "Sorimar",
        "Glorivee", "Jaimarie", "Liomar", "Kelvimar", "Zuleimy", "Naishka", "Yaelis", "Dalmarys",
        "Wilmarys", "Ednaliz", "Leslimar", "Jovanska", "Jeiddy", "Kelianny", "Wilnelson",
        "Eliacim", "Pelegrín", "Abdiel", "Ezael", "Eustaquia", "Fela", "Aurea", "Pascasia",
        "Wilfredito", "Nelsito",
    ], [
        "Orsini", "Raldiris", "Surillo", "Vientós", "Almodóvar", "Babilonia", "Domenech",
        "Galíndez", "Fantauzzi", "Fraticelli", "Nigaglioni", "Tollinche", "Yumet", "Mauras",
        "Parrilla", "Flecha", "Jaume", "Landrau", "Usera", "Cuebas", "Santoni", "Lugardo",
        "Alequín", "Antongiorgi", "Echegaray", "Guilbe", "Lluberas", "Maymí", "Moret", "Pesante",
        "Rabassa", "Schettini", "Suau", "Aldebol", "Bobé", "Delbrey", "Gratacós", "Guasp",
        "Iguina", "Lamberty", "Lourido", "Morciglio", "Palou", "Rigau", "Rosich", "Sacarello",
        "Semidey", "Torregrosa", "Acarón", "Bauzá", "Blondet", "Defendini", "Fabery", "Gandía",
        "Gerardino", "Lassalle", "Mangome", "Pabellón", "Quiara", "Ramery", "Rosselló", "Sanes",
        "Tomassini", "Arbelo", "Bigio", "Figarella", "Ubarri", "Valedón",
    ]),
    "dominican": (9, [
        "Rafelin", "Deivi", "Esmeiry", "Nikauris", "Yaneris", "Cesarina", "Yoelin", "Arisleida",
        "Yonaikel", "Dariannys", "Luisanny", "Yeudi", "Wilander", "Esmailyn", "Yunelka", "Yisel",
        "Yokeiry", "Yanilka", "Cheila", "Keury", "Wilin", "Ronaldy", "Pelagio", "Pompilio",
        "Bélgica", "Virtudes", "Mamerto",
    ], [
        "Placencia", "Filpo", "Yapor", "Lembert", "Herasme", "Landestoy", "Dishmey", "Grullart",
        "Saviñón", "Upia", "Arvelo", "Diloné", "Mezquita", "Boitel", "Carela", "Garib", "Goris",
        "Meregildo", "Pilier", "Abud", "Despradel", "Franjul", "Mallén", "Cedano", "Contín",
        "Decamps", "Esmurdoc", "Grisanty", "Herrand", "Morillo", "Puello", "Sanlley", "Tactuk",
    ]),
    "haitian": (5, [
        "Ducarmel", "Jamesly", "Francesse", "Dieunane", "Cheleine", "Medgine", "Esthère",
        "Lumane", "Fequiere", "Guerlande", "Yveto", "Saintamise", "Mérilia", "Kettia", "Walky",
        "Djimy", "Kervenson", "Anouce", "Menseu", "Idonie", "Lifaite", "Dieuphète", "Gesly",
        "Ednerson", "Jhonsley", "Vladimy", "Bertho", "Clemène",
    ], [
        "Appolon", "Cius", "Gabaud", "Charlotin", "Dérilus", "Bruny", "Edouarzin", "Bréus",
        "Charéus", "Fleuristal", "Germeil", "Lherisson", "Lochard", "Mondestin", "Orival",
        "Sainterant", "Chrispin", "Francisque", "Louisjean", "Louisma", "Origène", "Séide",
        "Sincimat", "Vilmenay",
    ]),
    "jamaican": (3, [
        "Jhevaughn", "Tresha", "Shantelle", "Demar", "Kashief", "Wycliffe", "Dorrit", "Kerine",
        "Vinette", "Kadene", "Kerian", "Shavane", "Jhanel", "Marvette", "Natoya", "Kayann",
        "Tajaun", "Oshaine", "Kevaughn", "Okeno", "Jahmali",
    ], [
        "Mairs", "Gallimore", "Ustanny", "Bucknor", "Lyew", "Rhule", "Taffe", "Bisasor", "Clunis",
        "Dehaney", "Elvey", "Odlum", "Seivwright", "Goldson", "Matalon", "Messado", "Cargill",
        "Jacas", "Kinkead", "Tyndale",
    ]),
    "virgin_islander": (4, [
        "Cleone", "Elridge", "Oriel", "Delita", "Ameka", "Kishma", "Shonel", "Cleopatra", "Eldra",
        "Lionel", "Glendina", "Dellmar", "Lauritz", "Almando", "Osbert", "Esmerelda",
    ], [
        "Lettsome", "Skeoch", "Turnbull", "Ottley", "Plaskett", "Donastorg", "Galiber",
        "Heyliger", "Sprauve", "Krigger", "Liburd", "Canegata", "Quetel", "Magras", "Lamotta",
        "Aubain", "Greaux", "Danet", "Querrard", "Ledee", "Blyden", "Wheatley", "Frett",
        "Harrigan", "Mardenborough", "Thraen", "Creque", "Gumbs", "Henneman", "Ible", "Lawaetz",
        "Millin", "Roumou", "Tonge", "Boschulte", "Callwood", "Chinnery", "Nibbs", "Questel",
        "Rohn", "Testamark", "Venzen", "Willocks",
    ]),
    "poblano": (3, [
        "Demesio", "Hilarino", "Alfonsina", "Cenorina", "Quetzali", "Gelasio", "Ulalia", "Usiel",
        "Amando", "Pascasia", "Eustaquia", "Mamerto",
    ], [
        "Tlacotempa", "Zepahua", "Pozos", "Zacatelco", "Ixtlahuaca", "Tetlalmatzi", "Huilotl",
        "Amecatl", "Piaxtla", "Acatzingo", "Tlachi", "Cuatlayol", "Tecoxtle", "Xalpa",
        "Tototzintle", "Tzontehua", "Ameyal", "Tlaque", "Moxcatl", "Techachal", "Chipahua",
        "Cuahuizo", "Tlalpa", "Ixcotla", "Coyoc", "Acoltzi",
    ]),
    "ecuadorian": (2, [
        "Carmita", "Shayari", "Kantuta", "Kawsay", "Yupak", "Pelagio", "Pompilio", "Virtudes",
        "Aurea", "Bélgica",
    ], [
        "Tupiza", "Pillajo", "Caiza", "Cujilema", "Yumbla", "Guapisaca", "Sacaquirín", "Ayora",
        "Chuchuca", "Siavichay", "Taday", "Velecela", "Guncay", "Zhiminaicela", "Tenecela",
        "Guamancela", "Mainato", "Lupercio", "Bacuilima", "Chillogallo", "Saeteros", "Yanza",
    ]),
    "fuzhounese": (2, [
        "Qiongfang", "Zhengyi", "Yuping", "Huaying", "Zhimin", "Jinrong", "Qiuhong", "Yiheng",
        "Aiqiong", "Baoxiu", "Chunxiu", "Cuixiang", "Danqing", "Dexiu", "Fengxiu", "Fuqin",
        "Jianxiu", "Jinxiu", "Meiqiong", "Ruixiang", "Shaoqiong", "Xiuqiong", "Yuqiong",
        "Zhongxiu", "Binhui", "Chenghao", "Dongxia", "Haiqiong", "Kaiqiang", "Xuezhen",
    ], [
        "Kiew", "Ngiew", "Yeap", "Choong", "Foong",
    ]),
    "cantonese": (2, [
        "Waikuen", "Kamfung", "Puishan", "Laiping", "Kinwai", "Hokyin", "Nganling", "Yauchoi",
        "Fooksing", "Pikwa", "Takming", "Bikyuk", "Chaukei", "Fongying", "Honkeung", "Oilin",
        "Pokei", "Shingfat", "Wahsang", "Yikhang",
    ], [
        "Huey", "Lowyee", "Chuey", "Tseung", "Owyeung", "Tsue", "Foong",
    ]),
    "hasidic": (4, [
        "Sheindy", "Yenty", "Lemmy", "Devory", "Shaindel", "Zalmy", "Sholom", "Naftoli", "Tulya",
        "Chezkel", "Hertzel", "Moishy", "Psachya", "Shmelke", "Zanvil", "Chaja", "Idy", "Jenty",
        "Leiku", "Perri", "Zisy", "Elky", "Lieba", "Mirly", "Nechumi", "Tzipi", "Esti",
    ], [
        "Niederman", "Sirotka", "Paneth", "Templer", "Berkovits", "Brecher", "Ringel", "Veiss",
        "Zweig", "Marmorstein", "Klagsbald", "Freund", "Akerman", "Dancziger", "Feig", "Friesel",
        "Getter", "Gruen", "Hoffner", "Jakubovic", "Kalmanowitz", "Kestenbaum", "Laufer",
        "Leitner", "Schwebel", "Seidenfeld", "Sperber", "Tessler", "Trenk", "Zelcer",
        "Rosenwasser", "Halpert", "Krausz", "Lefkovits", "Nachfolger", "Preizler", "Sekula",
        "Wurzberger", "Zeilberger", "Menczer", "Teitel", "Yurowitz", "Follman", "Jacobovits",
        "Meth", "Nussen", "Perlowitz", "Schick",
    ]),
    "russian_ukrainian": (3, [
        "Izabella", "Rakhil", "Grigoriy", "Gersh", "Asya", "Lilya", "Tsiva", "Dmitriy", "Genya",
        "Nyusya", "Olya", "Pesya", "Fanya", "Yasha", "Luda", "Riva", "Musya", "Klava",
        "Innokentiy", "Venya", "Sheyna",
    ], [
        "Shvarts", "Golubchik", "Kaganovich", "Bershadsky", "Chernyak", "Perelman", "Lisovsky",
        "Vaynshteyn", "Fuks", "Gershkovich", "Krasnyansky", "Turovsky", "Vinokur",
        "Berdichevsky", "Khmelnitsky", "Dobrovolsky", "Epshteyn", "Izrailov", "Lipovetsky",
        "Mandelshtam", "Roytman", "Sheynkman", "Trakhtenberg", "Umansky", "Vaysman",
        "Zolotaryov", "Bulavin", "Chumak", "Gavrylyuk", "Ivanyshyn",
    ]),
    "bangladeshi": (3, [
        "Monowar", "Mostafizur", "Sirajul", "Tanzila", "Shafiul", "Asaduzzaman", "Kamruzzaman",
        "Milon", "Polash", "Abdus", "Mohiuddin", "Nasiruddin", "Golap", "Khorshed", "Lokman",
        "Shahjahan", "Tariqul", "Wahiduzzaman", "Zahirul", "Bokul", "Nipa", "Ruma", "Shilpi",
        "Tumpa", "Mukta", "Jhuma", "Keya", "Sumi", "Munni", "Shimu", "Shammi", "Tithi", "Rahela",
        "Marium", "Lutfunnesa", "Kamrunnahar", "Mehrunnesa", "Akhtarunnesa",
    ], [
        "Podder", "Shohag", "Taluqdar", "Bhuiyian", "Hawladar", "Mahalder", "Paikar", "Chokder",
        "Howladar", "Matbar", "Tarofder", "Mrida", "Parvej", "Mashrafe",
    ]),
    "nepali": (2, [
        "Puja", "Apsara", "Prabina", "Yamuna", "Kesang", "Diki", "Phuti", "Urgen", "Sange",
        "Nurbu", "Jamling", "Kanchha", "Maila", "Saila", "Yangdon", "Penpa",
    ], [
        "Tharu", "Panta", "Hyolmo", "Sherchan", "Tulachan", "Lapcha", "Thami", "Risal", "Wasti",
        "Gyanwali", "Luintel", "Pudasaini", "Timalsina", "Gaire", "Satyal", "Chitrakar",
        "Ranjitkar", "Manandhar", "Sthapit", "Shilpakar", "Nakarmi", "Suwal", "Duwal", "Kasaju",
        "Amatya", "Pradhananga", "Rajbhandari", "Tandukar",
    ]),
    "senegalese": (2, [
        "Ndella", "Absa", "Goundo", "Thioro", "Yandé", "Djibril", "Mbayang", "Ndack", "Ngagne",
        "Gorgui", "Makhtar", "Massamba", "Mayacine", "Mbagnick", "Pathé", "Tafsir", "Waly",
        "Arame", "Bigué", "Dibor", "Fatim", "Guignane", "Mbossé", "Ndoumbé", "Selbé", "Sokna",
        "Téning", "Anta", "Fily",
    ], [
        "Diene", "Bodian", "Mané", "Dieye", "Gning", "Kandji", "Ndong", "Senghor", "Thiandoum",
        "Diedhiou", "Coly", "Tendeng", "Boye", "Mbodji", "Ndir", "Ngaïde", "Thior", "Wagne",
        "Diack", "Kasse", "Sembène",
    ]),
    "malian": (2, [
        "Bourama", "Sadio", "Namory", "Tidiani", "Cheick", "Mory", "Bamoussa", "Gaoussou",
        "Harouna", "Oumarou", "Zanga", "Kadidiatou", "Nakani", "Oumoukalsoum", "Rokiatou",
        "Tenimba", "Mariétou", "Bassidi", "Ngolo", "Sinaly",
    ], [
        "Kanouté", "Diawara", "Gakou", "Dansoko", "Samassa", "Sissako", "Cissouma", "Kouma",
        "Sogoba", "Timbiné", "Bengaly", "Dagnoko", "Kassogué", "Kamaté", "Kodio", "Mallé",
        "Sanou", "Sogodogo", "Tapo", "Yalcouyé", "Doumbouya", "Konté", "Mounkoro", "Sagara",
        "Sininta", "Tembiné",
    ]),
    "ghanaian": (1, [
        "Paapa", "Abla", "Nunana", "Naaki", "Kwarley", "Tsotsoo", "Ashie", "Ayitey", "Dzigbodi",
        "Kokui", "Seyram",
    ], [
        "Afrifa", "Gbadago", "Agboado", "Sosu", "Ablorh", "Akwetey", "Annang", "Quarcoopome",
        "Wontumi",
    ]),
    "nigerian": (1, [
        "Ulunma", "Ekpen", "Nosakhare", "Ewaen", "Uduak", "Ekemini", "Idongesit", "Aniekan",
        "Mfon", "Edidiong", "Ubong", "Iniobong", "Nsikak", "Utibe", "Imaobong", "Emem", "Ekaette",
        "Itoro", "Ofonime", "Kufre",
    ], [
        "Olowu", "Amodu", "Majekodunmi", "Ogunjobi", "Eboh", "Okeafor", "Izevbekhai", "Akpan",
        "Bassey", "Archibong", "Nsien", "Ntuk", "Ekong", "Idiong", "Usoro", "Ebong",
    ]),
    "south_bronx": (2, [
        "Rayquan", "Jayla", "Kiyanna", "Naquan", "Quasim", "Shaquasia", "Tahjae", "Wadell",
        "Shamel", "Quintasia",
    ], [
        "Leggett", "Reavis", "Taborn", "Mayrant", "Shird", "Lockley", "Ausby", "Kitt", "Raysor",
        "Dangerfield", "Northington",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = [
    "Godbless", "Merciful", "Mirabelle",
]  # fmt: skip
WORD_FAMILY = [
    "Casement", "Sash", "Dresser", "Mooring", "Divan", "Coaster", "Turret", "Jamb", "Settee",
    "Ballast", "Buoy", "Duvet", "Doily", "Skylight", "Carafe", "Grater", "Footstool", "Teacup",
    "Lamppost", "Breezeway", "Parapet", "Soffit",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Chichito", "Pucha", "Tuto", "Chuchú", "Boli", "Sito", "Wito", "Quiqui", "Chegui", "Tatito",
    "Fluxy", "Fimochka", "Borechka", "Mitya", "Tuntun", "Gudu", "Kanchu", "Papis", "Guelo", "Wiso",
    "Papín", "Ramonito", "Joelito", "Yulik", "Izya", "Marik", "Edik",
]  # fmt: skip

FAMILY_FIRST = {"fuzhounese", "cantonese"}
DOUBLE_SURNAME = {"puerto_rican", "dominican", "poblano", "ecuadorian"}
GEN_SUFFIX = ["Jr", "Sr", "II", "III"]

# --- Places ------------------------------------------------------------------------------------

# New York: streets of the Bronx, Brooklyn, Queens, Manhattan and Staten Island.
NYC_STREETS = [
    ("Tiebout", "Ave"), ("Marmion", "Ave"), ("Castleton", "Ave"), ("Targee", "St"),
    ("Vanderbilt", "Ave"), ("Olinville", "Ave"), ("Dyre", "Ave"), ("Seton", "Ave"),
    ("Elgar", "Pl"), ("Lurting", "Ave"), ("Haight", "Ave"), ("Baisley", "Blvd"),
    ("Crossbay", "Blvd"), ("Hegeman", "Ave"), ("Schenck", "Ave"), ("Macdonough", "St"),
    ("Boyland", "St"), ("Sackman", "St"), ("Snediker", "Ave"), ("Montauk", "Ave"),
    ("Berriman", "St"), ("Tinton", "Ave"), ("Coster", "St"), ("Manida", "St"), ("Minford", "Pl"),
    ("Beekman", "Ave"), ("Cauldwell", "Ave"), ("Popham", "Ave"), ("Loring", "Ave"),
    ("Undercliff", "Ave"), ("Plimpton", "Ave"), ("Woodycrest", "Ave"), ("Macombs", "Rd"),
]  # fmt: skip
# Public housing developments ("Bldg 3, Beekman Houses, Apt 12F").
NYCHA = [
    "Beekman", "Cauldwell", "Popham", "Marmion", "Castleton", "Seton", "Elgar", "Boyland",
    "Tinton", "Woodycrest", "Hegeman", "Sackman", "Berriman", "Plimpton",
]  # fmt: skip
# Puerto Rico: urbanizaciones, the trees and birds their calles are named for, barrios and
# residenciales.
URBS = [
    "Villa Bucare", "Jardines de Cupey", "Estancias del Tachuelo", "Colinas de Jobos",
    "Brisas de Emajagua", "Alturas de Algarrobo", "Parque Moralón", "Reparto Bauta",
    "Valle Guabina", "Villa Bienteveo", "Extensión Granadillo", "Lomas de Yuquilla",
    "Jardines de Palmarejo", "Villa Guano", "Estancias de Lucumo", "Magueyes", "Tibes",
    "Helechales", "Hayales", "Anones", "Villa Bucana", "Brisas de Maragüez", "Jardines de Jobillo",
]  # fmt: skip
CALLES = [
    "Almendro", "Granadillo", "Emajagua", "Bucare", "Yuquilla", "Tachuelo", "Jobillo",
    "Algarrobo", "Lucumo", "Guano", "Mabí", "Carrao", "Guabairo", "Bienteveo", "Jicotea",
    "Buruquena", "Guajón", "Cobo", "Guama", "Tetuán",
]  # fmt: skip
BARRIOS = [
    "Cayaguas", "Toíta", "Cañaboncito", "Sumidero", "Barrancas", "Dominguito", "Rucio",
    "Lirios", "Montones", "Botijas", "Coabey", "Jobos", "Guama", "Juncal", "Yunes", "Bauta Abajo",
    "Bauta Arriba", "Palmarejo", "Bucana", "Maragüez", "Portugués", "Puertos", "Cupey",
    "Tetuán", "Hayales", "Anones",
]  # fmt: skip
SECTOR_WORDS = [
    "La Bruja", "El Cobo", "Chivi", "La Jicotea", "El Corcho", "Mime", "La Guabina",
    "Los Bienteveos", "El Guajón",
]  # fmt: skip
RESIDENCIALES = ["Juncal", "Tetuán", "Magueyes", "Bucana", "Jobos", "Portugués", "Puertos"]
# The Virgin Islands: estates and the Danish street names of Charlotte Amalie.
ESTATES = [
    "Lovenlund", "Nisky", "Bolongo", "Frydenhoj", "Plessen", "Tipperary", "Solitude", "Granard",
    "Hogensborg", "Fredensborg", "Calquohoun", "Frederikshaab", "Carlsberg", "Catherineberg",
    "Mandal", "Wintberg", "Louisenhoj", "Mariendahl", "Bovoni", "Lerkenlund", "Misgunst",
    "Orangegrove", "Whim", "Glynn", "Princesse", "Contentment", "Mandahl", "Contant", "Altona",
    "Welgunst", "Havensight", "Nadir", "Slob",
]  # fmt: skip
GADES = [
    "Kongens Gade", "Dronningens Gade", "Norre Gade", "Raadets Gade", "Wimmelskafts Gade",
    "Snegle Gade", "Lille Tarne Gade", "Bjerge Gade", "Kronprindsens Gade", "Torve Gade",
]  # fmt: skip

# Mailing towns. Puerto Rico's municipios, the Virgin Islands' towns and New York's boroughs and
# Queens postal names (the one pool exempt from the overlap check; see the docstring).
PR_CITIES = [
    "San Juan", "Bayamón", "Caguas", "Ponce", "Mayagüez", "Arecibo", "Barranquitas", "Orocovis",
    "Comerío", "Aibonito", "Jayuya", "Utuado", "Adjuntas", "Lares", "Cidra", "Naranjito",
    "Ciales", "Morovis", "Villalba", "Maricao", "Las Marías", "Aguas Buenas", "Corozal", "Cayey",
    "Carolina", "Guaynabo", "Toa Baja", "Cataño", "Loíza", "Humacao", "Vega Baja", "Manatí",
    "Hatillo", "Aguadilla", "Yauco", "Guayama", "Juana Díaz", "Coamo", "Río Piedras",
    "Trujillo Alto",
]  # fmt: skip
VI_CITIES = [
    "Charlotte Amalie", "Christiansted", "Frederiksted", "Kingshill", "Cruz Bay", "St. Thomas",
    "St Croix", "St. John",
]  # fmt: skip
NY_CITIES = [
    "Bronx", "Brooklyn", "New York", "Staten Island", "Flushing", "Jackson Heights", "Elmhurst",
    "East Elmhurst", "Corona", "Woodside", "Jamaica", "Richmond Hill", "Ozone Park", "Sunnyside",
    "Astoria", "Far Rockaway", "Whitestone", "Kew Gardens", "Ridgewood", "Woodhaven",
]  # fmt: skip

DOMAINS = [
    "claropr.com", "choicecable.net", "centennialpr.net", "tropicalpr.com", "viaccess.net",
    "vipowernet.net", "innovativevi.com", "viya.vi", "islandwireless.com", "candw.ag",
    "bracnet.net", "surfbvi.com",
]  # fmt: skip
STAFF_DOMAINS = ["puentesalud.example", "saludisla.example"]

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


# --- People ------------------------------------------------------------------------------------


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    roll = rng.random()
    if roll < 0.13:  # about one name in six is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.17:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.5:
        other = rng.choice(lasts)
        if other != last:  # father's and mother's surname, the way the island writes them
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "tune21") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune21") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWYZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "tune21") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
    if form < 0.32:
        return f"{first} {last}"
    if form < 0.38:
        return f"{first} {mid}. {last}"
    if form < 0.46:
        return f"{last}, {first}"
    if form < 0.5:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.53:
        return f"{_fold(last).upper()},{_fold(first).upper()} {mid}"
    if form < 0.57:
        return f"{first} {last}".upper()
    if form < 0.61:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.66:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.76:
        return first
    if form < 0.79:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.83:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.87:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.9:
        return f"{_given_part(first)[0]}{mid} {last}"
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
    return _handle(_given_part(person(rng)[0])) or "abimael"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "surillo"


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
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


def given_of(*origins: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return rng.choice(ORIGINS[rng.choice(origins)][1])

    return make


def family_of(*origins: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return rng.choice(ORIGINS[rng.choice(origins)][2])

    return make


def pr_surnames(rng: random.Random) -> str:
    """Father's and mother's surname, as a Puerto Rican writes both."""
    a, b = rng.sample(ORIGINS["puerto_rican"][2], 2)
    return rng.choice([f"{a} {b}", f"{a} {b}", f"{a}-{b}", a])


def chinese_name(rng: random.Random) -> str:
    origin = rng.choice(["fuzhounese", "cantonese"])
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    return rng.choice([f"{last} {first}", f"{first} {last}", f"{last.upper()} {first}",
                       f"{last}, {first}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

UNITS = ["Apt 4F", "Apt 3B", "#3B", "Apt 12F", "Apt 6C", "# 2R", "Apt 1R", "Apt 5D", "Apt 21G",
         "Apt. 7K", "Fl 2", "2nd fl", "3rd Floor Rear", "Bsmt", "Basement Apt", "Apt 2 Rear",
         "#1L", "Apt PH", "Apt 14C", "Unit 4"]  # fmt: skip


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _numbered_street(rng: random.Random) -> str:
    """Manhattan and Bronx numbered streets and Queens numbered streets and avenues."""
    form = rng.random()
    if form < 0.35:
        n = rng.randint(160, 215)
        return f"{rng.choice(['W', 'W.', 'West'])} {n}{_ordinal(n)} St"
    if form < 0.6:
        n = rng.randint(100, 125)
        return f"{rng.choice(['E', 'E.', 'East'])} {n}{_ordinal(n)} {rng.choice(['St', 'Street'])}"
    if form < 0.8:
        n = rng.randint(138, 183)
        return f"E {n}{_ordinal(n)} St"
    n = rng.randint(30, 99)
    return f"{n}{_ordinal(n)} {rng.choice(['St', 'Ave', 'Rd', 'Dr'])}"


def street_name(rng: random.Random) -> str:
    """A street named without a house number, as people say where they live."""
    if rng.random() < 0.3:
        return _numbered_street(rng)
    name, suffix = rng.choice(NYC_STREETS)
    return f"{name} {rng.choice([suffix, suffix, suffix + '.', 'Avenue' if suffix == 'Ave' else suffix])}"


def nyc_street(rng: random.Random) -> str:
    """A New York street line with a house number, without the apartment."""
    number = rng.choice(
        [str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 2999))]
    )
    return f"{number} {street_name(rng)}"


def queens_address(rng: random.Random) -> str:
    """Queens' hyphenated house numbers: the cross street, then the house."""
    a, b = rng.randint(11, 219), rng.randint(1, 77)
    n = rng.randint(30, 99)
    street = rng.choice([f"{n}{_ordinal(n)} St", f"{n}{_ordinal(n)} Ave", f"{n}{_ordinal(n)} Rd",
                         f"{rng.choice(['Baisley', 'Crossbay'])} Blvd"])  # fmt: skip
    tail = rng.choice(["", "", f" {rng.choice(UNITS)}", f", {rng.choice(UNITS)}"])
    return f"{a}-{b:02d} {street}{tail}"


def walkup(rng: random.Random) -> str:
    """A walk-up: the floor and the side of the building."""
    return rng.choice([f"{nyc_street(rng)}, {rng.choice(['3rd fl', '4th floor', '5th fl rear', 'top floor', '2nd floor front'])}",
                       f"{nyc_street(rng)} {rng.choice(['Apt 5R', 'Apt 4 Rear', '#6F', 'Apt 3 Front'])}",
                       f"{rng.choice(['4th floor', 'top floor', '3rd fl rear'])}, {nyc_street(rng)}"])  # fmt: skip


def nycha(rng: random.Random) -> str:
    name = rng.choice(NYCHA)
    bldg, floor = rng.randint(1, 14), rng.randint(2, 21)
    apt = f"{floor}{rng.choice('ABCDEFGH')}"
    return rng.choice([f"{name} Houses, Bldg {bldg} Apt {apt}", f"Bldg {bldg}, {name} Houses, Apt {apt}",
                       f"{nyc_street(rng)} Apt {apt} ({name} Houses)", f"{name} Houses {apt}",
                       f"the {name} Houses, building {bldg}"])  # fmt: skip


def corner(rng: random.Random) -> str:
    """An intersection, named the way people name a bodega's corner."""
    n = rng.randint(140, 215)
    name, suffix = rng.choice(NYC_STREETS)
    return rng.choice([f"{n}{_ordinal(n)} and {name}", f"{name} & {n}{_ordinal(n)}", f"{name} and {n}{_ordinal(n)} St",
                       f"{n}{_ordinal(n)} St and {name} {suffix}", f"{name} {suffix} & {rng.choice(NYC_STREETS)[0]}"])  # fmt: skip


def urb(rng: random.Random) -> str:
    """An urbanización address: the block letter and lot, the calle, the urbanización."""
    name = rng.choice(URBS)
    block, lot, calle = rng.choice("ABCDEFGHJKLMN"), rng.randint(1, 40), rng.randint(1, 30)
    tree = rng.choice(CALLES)
    return rng.choice([f"Urb. {name}, Calle {calle} {block}-{lot}", f"Calle {tree} #{rng.randint(1, 220)}, Urb. {name}",
                       f"{block}-{lot} Calle {calle}, Urb. {name}", f"Urb {name} {block}{lot} Calle {tree}",
                       f"{block}{lot} Calle {tree} Urb. {name}", f"Urb. {name} Calle {calle} {block} {lot}",
                       f"urb {name.lower()} calle {calle} {block.lower()}-{lot}"])  # fmt: skip


def _km(rng: random.Random) -> str:
    return f"{rng.randint(0, 38)}.{rng.randint(0, 9)}"


def barrio(rng: random.Random) -> str:
    return f"{rng.choice(['Bo.', 'Bo', 'Barrio'])} {rng.choice(BARRIOS)}"


def sector(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return f"Sector Los {rng.choice(ORIGINS['puerto_rican'][2])}"
    return f"Sector {rng.choice(SECTOR_WORDS)}"


def carretera(rng: random.Random) -> str:
    """A mountain address: the road number, the kilometre marker, the sector and the barrio."""
    road = rng.choice([152, 156, 162, 143, 172, 173, 155, 157, 149, 140, 123, 129, 135, 111, 119,
                       803, 806, 812, 828, 857, 7718, 5, 10, 14])  # fmt: skip
    km = _km(rng)
    return rng.choice([f"Carr. {road} Km {km}, {barrio(rng)}", f"Carr. {road} Km {km} Int., {sector(rng)}, {barrio(rng)}",
                       f"{barrio(rng)}, {sector(rng)}, Carr. {road} Km {km}", f"PR-{road} km {km}",
                       f"Carretera {road} kilómetro {km}", f"carr {road} km {km} {barrio(rng).lower()}",
                       f"Carr {road} K{km} Bo. {rng.choice(BARRIOS)}"])  # fmt: skip


def place_alone(rng: random.Random) -> str:
    """A barrio or sector named alone as where someone lives."""
    return rng.choice([barrio(rng), barrio(rng), sector(rng), f"{sector(rng)}, {barrio(rng)}"])


def calle_name(rng: random.Random) -> str:
    return f"{rng.choice(['Calle', 'calle', 'C/'])} {rng.choice(CALLES)}"


def residencial(rng: random.Random) -> str:
    name = rng.choice(RESIDENCIALES)
    return rng.choice([f"Res. {name}, Edif. {rng.randint(1, 60)} Apt {rng.randint(101, 1520)}",
                       f"Residencial {name} Edif {rng.randint(1, 60)} Apto {rng.randint(1, 240)}",
                       f"Cond. {rng.choice(CALLES)} Apt {rng.randint(101, 1820)}"])  # fmt: skip


def hc_box(rng: random.Random) -> str:
    """Rural Puerto Rico's mail: highway contract boxes, rural routes, PMBs and apartados."""
    return rng.choice([f"HC-0{rng.randint(1, 7)} Box {rng.randint(1000, 99999)}", f"HC {rng.randint(1, 7)} Buzón {rng.randint(1000, 9999)}",
                       f"RR {rng.randint(1, 12)} Box {rng.randint(1000, 9999)}", f"PMB {rng.randint(100, 999)} Box {rng.randint(1000, 9999)}",
                       f"HC 0{rng.randint(1, 7)} BOX {rng.randint(10000, 99999)}"])  # fmt: skip


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"Apartado {n}", f"POB {n}"])


def estate(rng: random.Random) -> str:
    """A Virgin Islands estate address: plot, parcel or house number and the estate's name."""
    name = rng.choice(ESTATES)
    n = rng.randint(1, 240)
    return rng.choice([f"Estate {name}, plot {n}", f"Plot {n} Estate {name}", f"No. {n}-{rng.choice('ABC')} Estate {name}",
                       f"Parcel {rng.randint(1, 40)}-{rng.choice('ABCD')} Estate {name}", f"{n} Estate {name}",
                       f"{rng.randint(1, 30)}-{rng.randint(1, 40)} Estate {name}", f"plot {n} estate {name.lower()}"])  # fmt: skip


def gade(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 90)} {rng.choice(GADES)}", f"{rng.randint(1, 60)}-{rng.choice('ABC')} {rng.choice(GADES)}",
                       f"No. {rng.randint(1, 90)} {rng.choice(GADES)}"])  # fmt: skip


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def street_line(rng: random.Random) -> str:
    """One address line from any of the three places."""
    kind = rng.random()
    if kind < 0.3:
        return nyc_street(rng)
    if kind < 0.42:
        return queens_address(rng)
    if kind < 0.62:
        return urb(rng)
    if kind < 0.74:
        return carretera(rng)
    if kind < 0.86:
        return estate(rng)
    if kind < 0.92:
        return gade(rng)
    return residencial(rng)


def street_address(rng: random.Random, _split: str = "tune21") -> str:
    kind = rng.random()
    if kind < 0.06:
        return po_box(rng)
    if kind < 0.12:
        return hc_box(rng)
    if kind < 0.2:
        return nycha(rng)
    if kind < 0.25:
        return walkup(rng)
    line = street_line(rng)
    if rng.random() < 0.25 and not any(
        w in line for w in ("Apt", "#", "Estate", "Urb", "Carr", "Edif")
    ):
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(rng.choice([nyc_street(rng), urb(rng), estate(rng), carretera(rng)])).upper()


def _city_pool(rng: random.Random) -> list[str]:
    return rng.choices([PR_CITIES, NY_CITIES, VI_CITIES], [5, 5, 2])[0]


def city(rng: random.Random, _split: str = "tune21") -> str:
    name = rng.choice(_city_pool(rng))
    return name.upper() if rng.random() < 0.05 else name


def pr_city(rng: random.Random) -> str:
    return rng.choice(PR_CITIES)


def ny_city(rng: random.Random) -> str:
    return rng.choice(NY_CITIES)


def vi_city(rng: random.Random) -> str:
    return rng.choice(VI_CITIES)


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(_city_pool(rng))).upper()


STATES = ["PR", "P.R.", "Puerto Rico", "NY", "N.Y.", "New York", "VI", "USVI", "V.I.", "ny", "pr"]


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


_ZIP3 = ["006", "007", "009", "104", "112", "113", "114", "110", "100", "101", "103", "116", "008"]


def zip_code(rng: random.Random) -> str:
    z3 = rng.choice(_ZIP3)
    z = f"{z3}{rng.randint(1, 85 if z3 == '008' else 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def _zip_from(rng: random.Random, prefixes: list[str], top: int = 99) -> str:
    z = f"{rng.choice(prefixes)}{rng.randint(1, top):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


def zip_pr(rng: random.Random) -> str:
    return _zip_from(rng, ["006", "007", "009"])


def zip_ny(rng: random.Random) -> str:
    return _zip_from(rng, ["100", "101", "103", "104", "110", "112", "113", "114", "116"])


def zip_vi(rng: random.Random) -> str:
    return _zip_from(rng, ["008"], 85)


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
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1922, 1936)
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
    mo, ab, yy, o, es = MONTHS[m - 1], ABBR[m - 1], y % 100, _ordinal(d), MESES[m - 1]
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}",
        f"{ab} {d}, {y}", f"{mo} {d}", f"{ab} {d}", f"{m}/{d}", f"{mo} {d}{o}", f"{d} {mo} {y}", f"{m}-{d}-{yy:02d}",
        f"{d:02d}-{ab.upper()}-{y}", f"{d}/{m}/{y}", f"{d} de {es} de {y}", f"{d} de {es}", f"{d:02d}.{m:02d}.{y}",
        f"{d} {MWA[m - 1]} {y}", f"{ab}. {d}, {y}",
    ])  # fmt: skip


def es_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    es = MESES[m - 1]
    return rng.choice([f"{d} de {es}", f"{d} de {es} de {y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
                       f"{d} de {es} del {y}", f"{d}-{es[:3]}-{y}"])  # fmt: skip


def dmy_date(rng: random.Random) -> str:
    """Day first, as the island and most of the world write it."""
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y % 100:02d}"]
    )


def creole_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} {MWA[m - 1]} {y}", f"{d} {MWA[m - 1]}", f"{d}/{m}/{y}"])


def ru_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}"])


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
        f"{ABBR[m - 1]} {d:2d} {hh:02d}:{mi:02d}:{ss:02d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}",
                       f"{d} de {MESES[m - 1]}", f"{d} {MWA[m - 1]}"])  # fmt: skip


def long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]}. {d}, {y}", f"{d} {MONTHS[m - 1]} {y}"]
    )


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng)
    return rng.choice([f"{m:02d}/{y}", f"{ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}",
                       f"{MESES[m - 1]} {y}", f"{MESES[m - 1]} del {y}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


_ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
_UNOS = ["", " y uno", " y dos", " y tres", " y cuatro", " y cinco", " y seis", " y siete",
         " y ocho", " y nueve"]  # fmt: skip
_KREYOL = ["katreven-dis", "katreven-onz", "katreven-douz", "katreven-trez", "katreven-katòz",
           "katreven-kenz", "katreven-sèz", "katreven-disèt", "katreven-dizuit", "katreven-diznèf"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 108)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.72:
        return age_number(rng)
    n = rng.randint(90, 99)
    roll = rng.random()
    if roll < 0.4:
        return "noventa" + _UNOS[n - 90]
    if roll < 0.55:
        return _KREYOL[n - 90]
    word = "ninety" + _ONES[n - 90]
    return rng.choice([word, word.capitalize(), word.replace("-", " ")])


def age_kreyol(rng: random.Random) -> str:
    return rng.choice([*_KREYOL, str(rng.randint(90, 101))])


# --- Numbers, addresses on the wire and identifiers --------------------------------------------

_NY_AREA = [718, 347, 929, 917, 646, 212, 332]
_PR_AREA = [787, 939]
_VI_AREA = [340]


def _nanp(rng: random.Random, a: int) -> str:
    b, c = rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
                       f"+1{a}{b}{c}", f"{a}/{b}-{c}"])  # fmt: skip


def phone(rng: random.Random) -> str:
    area = rng.choices([_NY_AREA, _PR_AREA, _VI_AREA], [5, 4, 1])[0]
    return _nanp(rng, rng.choice(area))


def ny_phone(rng: random.Random) -> str:
    return _nanp(rng, rng.choice(_NY_AREA))


def pr_phone(rng: random.Random) -> str:
    return _nanp(rng, rng.choice(_PR_AREA))


def vi_phone(rng: random.Random) -> str:
    return _nanp(rng, 340)


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_NY_AREA + _PR_AREA + _VI_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def foreign_phone(rng: random.Random) -> str:
    """Relatives abroad: the Dominican Republic, Haiti, Jamaica, West Africa, South Asia, China,
    Russia and Ukraine, Mexico, Ecuador, Israel."""

    def d(n: int) -> str:
        return _digits(rng, n)

    return rng.choice([f"+1 809 {d(3)} {d(4)}", f"1-829-{d(3)}-{d(4)}", f"+509 3{d(3)} {d(4)}", f"+509 4{d(1)}-{d(2)}-{d(4)}",
                       f"+1 876 {d(3)} {d(4)}", f"+221 77 {d(3)} {d(2)} {d(2)}", f"+223 76 {d(2)} {d(2)} {d(2)}",
                       f"+233 24 {d(3)} {d(4)}", f"+234 803 {d(3)} {d(4)}", f"+880 1711-{d(6)}", f"+977 98{d(8)}",
                       f"+86 138 {d(4)} {d(4)}", f"+852 {d(4)} {d(4)}", f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
                       f"+380 67 {d(3)} {d(2)} {d(2)}", f"+52 222 {d(3)} {d(4)}", f"+593 9{d(1)} {d(3)} {d(4)}",
                       f"+972 5{d(1)}-{d(3)}-{d(4)}", f"011 880 {d(4)} {d(6)}", f"011 509 {d(4)} {d(4)}"])  # fmt: skip


def _handles(rng: random.Random) -> tuple[str, str]:
    first, last = person(rng)
    return _handle(_given_part(first)) or "abimael", _handle(last.split(" ")[0]) or "surillo"


def email(rng: random.Random, _split: str = "tune21") -> str:
    f, ln = _handles(rng)
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2012)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family", f"{f}boricua{n}",
                        f"{f}{ln}{rng.choice(['787', '718', '340'])}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    f, ln = _handles(rng)
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "tune21") -> str:
    f, ln = _handles(rng)
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2012)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune21") -> str:
    f, ln = _handles(rng)
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/help-{f}-{ln}",
        f"https://wa.me/1{rng.choice(_PR_AREA + _NY_AREA)}{rng.randint(201, 989)}{_digits(rng, 4)}",
        f"https://video.puentesalud.example/r/{_letters(rng, 10, string.ascii_lowercase + string.digits)}",
        f"https://mychart.puentesalud.example/visit/{_digits(rng, 8)}", f"https://www.tiktok.com/@{ln}{f}",
        f"https://fhir.puentesalud.example/r4/Patient/{_digits(rng, 7)}", f"https://www.instagram.com/{f}_{ln}",
        f"https://linktr.ee/{f}{ln}", f"https://www.youtube.com/@{f}{ln}",
        f"https://drive.google.com/file/d/{_letters(rng, 25, string.ascii_letters + string.digits)}",
        f"https://rx.saludisla.example/track/{_digits(rng, 10)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if form < 0.35:
        return f"2600:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    """Puerto Rico (580-584, 596-599), the Virgin Islands (580) and New York (050-134)."""
    a = rng.choice(
        [rng.randint(580, 584), rng.randint(596, 599), rng.randint(50, 134), rng.randint(1, 899)]
    )
    a = 667 if a == 666 else a
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
        [7, 2, 1],
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"PS{_digits(rng, 7)}", f"MR{_digits(rng, 6)}", f"00{_digits(rng, 6)}", f"H{_digits(rng, 8)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_cin(rng: random.Random) -> str:
    """A New York Medicaid client identification number: two letters, five digits, a letter."""
    return f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}"


def metroplus(rng: random.Random) -> str:
    return rng.choice(
        [
            f"MP{_digits(rng, 9)}",
            f"{_digits(rng, 11)}",
            f"M{_digits(rng, 8)}01",
            f"{_digits(rng, 9)}",
        ]
    )


def plan_vital(rng: random.Random) -> str:
    """A Plan Vital (Puerto Rico's Medicaid) member number."""
    return rng.choice([f"{_digits(rng, 13)}", f"PV{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 5)}",
                       f"MPI {_digits(rng, 10)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([medicaid_cin(rng), medicaid_cin(rng), metroplus(rng), plan_vital(rng), mbi(rng),
                       f"XSP{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 9)}", f"VI{_digits(rng, 9)}",
                       f"ZGP{_digits(rng, 8)}01"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"PS-{_digits(rng, 4)}-{_digits(rng, 6)}", f"G{_digits(rng, 7)}"])  # fmt: skip


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


def ny_dl(rng: random.Random) -> str:
    """A New York driver licence or non-driver ID: nine digits."""
    a, b, c = _digits(rng, 3), _digits(rng, 3), _digits(rng, 3)
    return rng.choice([f"{a}{b}{c}", f"{a} {b} {c}", f"{a}-{b}-{c}"])


def pr_dl(rng: random.Random) -> str:
    """A Puerto Rico or Virgin Islands driver licence."""
    return rng.choice([_digits(rng, 7), _digits(rng, 8), f"{_letters(rng, 1)}{_digits(rng, 6)}"])


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), ny_dl(rng), pr_dl(rng), f"RN {_digits(rng, 6)}", f"LPN {_digits(rng, 6)}",
                       f"Lic. {_digits(rng, 5)}", f"{_digits(rng, 6)}-{_digits(rng, 1)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        "".join(rng.choice(_VIN_CHARS) for _ in range(8))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def tlc(rng: random.Random) -> str:
    """A for-hire or livery plate (T...C), a yellow-cab medallion or a TLC vehicle licence."""
    return rng.choice([f"T{_digits(rng, 6)}C", f"T{_digits(rng, 6)}C", f"T {_digits(rng, 6)} C",
                       f"{rng.randint(1, 9)}{_letters(rng, 1)}{_digits(rng, 2)}", f"{_digits(rng, 7)}",
                       f"Y{_digits(rng, 6)}C"])  # fmt: skip


def ny_plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 4)}",
                       f"{_letters(rng, 3)} {_digits(rng, 4)}", f"{_digits(rng, 5)}{_letters(rng, 2)}"])  # fmt: skip


def pr_plate(rng: random.Random) -> str:
    """A Puerto Rico tablilla or a Virgin Islands plate."""
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 3)}",
                       f"{rng.choice('TCJ')}{_letters(rng, 2)} {_digits(rng, 3)}", f"{_letters(rng, 3)} {_digits(rng, 3)}"])  # fmt: skip


def plate(rng: random.Random) -> str:
    return rng.choice([ny_plate(rng), pr_plate(rng), tlc(rng)])


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.4 else plate(rng)


def imei(rng: random.Random) -> str:
    return _digits(rng, 15)


def mac_address(rng: random.Random) -> str:
    return ":".join(_hex(rng, 2).upper() for _ in range(6))


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"NB-{_digits(rng, 5)}-{_letters(rng, 1)}", f"(21){_digits(rng, 9)}", f"LA{_digits(rng, 7)}",
                       f"0{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 3)}", f"23{_digits(rng, 9)}",
                       f"{_digits(rng, 8)}{_letters(rng, 1)}"])  # fmt: skip


def idnyc(rng: random.Random) -> str:
    return rng.choice([f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
                       _digits(rng, 12)])  # fmt: skip


def case_number(rng: random.Random) -> str:
    """HRA and SNAP cases, 311 and NYPD numbers, ACS, Section 8 vouchers, Access-A-Ride, USCIS
    receipts, Workers' Compensation Board cases and FEMA registrations."""
    y = rng.randint(2019, 2026)
    return rng.choice([f"{_digits(rng, 11)}{_letters(rng, 1)}", f"311-{_digits(rng, 8)}", f"{y}-{_digits(rng, 3)}-{_digits(rng, 6)}",
                       f"ACS-{_digits(rng, 7)}", f"V{_digits(rng, 7)}", f"AAR{_digits(rng, 6)}", f"IOE{_digits(rng, 10)}",
                       f"G{_digits(rng, 7)}", f"{_digits(rng, 9)}", f"CASE-{_digits(rng, 6)}", f"SR{_digits(rng, 9)}"])  # fmt: skip


def rx_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 7), f"RX{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"6{_digits(rng, 6)}",
                       f"{_digits(rng, 7)}-{_digits(rng, 2)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([case_number(rng), case_number(rng), rx_number(rng), idnyc(rng), f"CLM{_digits(rng, 11)}",
                       f"TKT-{_digits(rng, 6)}", f"ORD-{_digits(rng, 8)}", f"PA{_digits(rng, 9)}"])  # fmt: skip


def a_number(rng: random.Random) -> str:
    """An alien registration number, as on a TPS or green card."""
    return rng.choice([f"A{_digits(rng, 9)}", f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"A{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 9)}"])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def status(rng: random.Random) -> str:
    return rng.choice(["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "422",
                       "500", "502", "503"])  # fmt: skip


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
    return rng.choice(["adt-inbound", "rx-refill", "ivr-es", "fax-in", "claims-837p", "th-waitroom",
                       "portal-msg", "aar-dispatch", "elig-270", "interp-ht", "homecare-visits",
                       "storm-outreach"])  # fmt: skip


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
    "PRFIRST": ("NAME", given_of("puerto_rican")),
    "PRLAST": ("NAME", pr_surnames),
    "DRFIRST": ("NAME", given_of("dominican")),
    "DRLAST": ("NAME", family_of("dominican")),
    "HTFIRST": ("NAME", given_of("haitian")),
    "HTLAST": ("NAME", family_of("haitian")),
    "JMFIRST": ("NAME", given_of("jamaican")),
    "VIFIRST": ("NAME", given_of("virgin_islander")),
    "VILAST": ("NAME", family_of("virgin_islander")),
    "MXLAST": ("NAME", family_of("poblano")),
    "ECLAST": ("NAME", family_of("ecuadorian")),
    "CNFIRST": ("NAME", given_of("fuzhounese", "cantonese")),
    "CNNAME": ("NAME", chinese_name),
    "HSFIRST": ("NAME", given_of("hasidic")),
    "HSLAST": ("NAME", family_of("hasidic")),
    "RUFIRST": ("NAME", given_of("russian_ukrainian")),
    "RULAST": ("NAME", family_of("russian_ukrainian")),
    "BDFIRST": ("NAME", given_of("bangladeshi")),
    "BDLAST": ("NAME", family_of("bangladeshi")),
    "NPFIRST": ("NAME", given_of("nepali")),
    "NPLAST": ("NAME", family_of("nepali")),
    "WAFIRST": ("NAME", given_of("senegalese", "malian", "ghanaian", "nigerian")),
    "WALAST": ("NAME", family_of("senegalese", "malian", "ghanaian", "nigerian")),
    "STREETLINE": ("ADDRESS", street_line),
    "STREETUP": ("ADDRESS", street_upper),
    "NYCSTREET": ("ADDRESS", nyc_street),
    "STREETNAME": ("ADDRESS", street_name),
    "QUEENSADDR": ("ADDRESS", queens_address),
    "WALKUP": ("ADDRESS", walkup),
    "NYCHA": ("ADDRESS", nycha),
    "CORNER": ("ADDRESS", corner),
    "URB": ("ADDRESS", urb),
    "CARR": ("ADDRESS", carretera),
    "BARRIO": ("ADDRESS", place_alone),
    "CALLE": ("ADDRESS", calle_name),
    "RES": ("ADDRESS", residencial),
    "HCBOX": ("ADDRESS", hc_box),
    "POBOX": ("ADDRESS", po_box),
    "ESTATE": ("ADDRESS", estate),
    "GADE": ("ADDRESS", gade),
    "UNIT": ("ADDRESS", unit),
    "PRCITY": ("CITY", pr_city),
    "NYCITY": ("CITY", ny_city),
    "VICITY": ("CITY", vi_city),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "PRZIP": ("ZIP", zip_pr),
    "NYZIP": ("ZIP", zip_ny),
    "VIZIP": ("ZIP", zip_vi),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "ESDATE": ("DATE", es_date),
    "DMYDATE": ("DATE", dmy_date),
    "KRDATE": ("DATE", creole_date),
    "RUDATE": ("DATE", ru_date),
    "HLDATE": ("DATE", compact_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", timestamp),
    "CLFDATE": ("DATE", clf_date),
    "MD": ("DATE", month_day),
    "LONGDATE": ("DATE", long_date),
    "MONYEAR": ("DATE", month_year),
    "DAYTH": ("DATE", day_th),
    "AGEN": ("AGE_OVER_89", age_number),
    "AGEKR": ("AGE_OVER_89", age_kreyol),
    "E164": ("PHONE", e164),
    "NYPHONE": ("PHONE", ny_phone),
    "PRPHONE": ("PHONE", pr_phone),
    "VIPHONE": ("PHONE", vi_phone),
    "INTLPHONE": ("PHONE", foreign_phone),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_cin),
    "METROPLUS": ("HEALTH_PLAN_ID", metroplus),
    "PLANVITAL": ("HEALTH_PLAN_ID", plan_vital),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "NYDL": ("LICENSE_NUMBER", ny_dl),
    "PRDL": ("LICENSE_NUMBER", pr_dl),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", ny_plate),
    "PRPLATE": ("VEHICLE_ID", pr_plate),
    "TLC": ("VEHICLE_ID", tlc),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "IDNYC": ("OTHER_ID", idnyc),
    "CASENUM": ("OTHER_ID", case_number),
    "RXNUM": ("OTHER_ID", rx_number),
    "ANUM": ("OTHER_ID", a_number),
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
    # Puerto Rico: the metro, the mountain towns, the west
    "bendición, soy {FIRST}, mami {NAME} tiene cita el {ESDATE} y no hay quien la lleve",
    "buenas, le escribe {PRFIRST} {PRLAST}, mi papá tiene {AGE} años y se cayó en el baño anoche",
    "vivimos en {URB}, {PRCITY} {PRZIP}, la casa amarilla con las rejas blancas",
    "la dirección es {CARR}, {PRCITY}, después del colmado a mano derecha",
    "wepa!! ya me llegó la tarjeta del plan vital, el número es {PLANVITAL}",
    "mi abuela {FIRST} vive en {BARRIO} allá arriba y no hay señal, llamen a {PRPHONE}",
    "se fue la luz otra vez y la insulina de mami está en la nevera, que hago? soy {FIRST}",
    "el nebulizador de {FIRST} serial {DEVICE} no prende con la planta eléctrica",
    "mi tío {NAME} está encamado, tiene {AGEN} años, necesita visita al hogar en {PRCITY}",
    "la receta de mi mamá es la {RXNUM}, la farmacia de {PRCITY} dice que no les llegó",
    "mándeme los resultados al {EMAIL} por favor, bendiciones",
    "soy {FIRST} de {PRCITY}, estoy en lista de espera desde el {DMYDATE}",
    "ay bendito, mi abuelo {NAME} no quiere comer desde el {MD}",
    "cambié de número, ahora es {PRPHONE}. {FIRST}",
    "el carro de mi hijo, tablilla {PRPLATE}, lo dejamos frente a la clínica",
    "me mudé pa {HCBOX}, {PRCITY} PR {PRZIP}, el cartero no sube la cuesta",
    "titi {FIRST} dice que el doctor {SURNAME} le cambió la pastilla de la presión",
    "mi nena {FIRST} nació el {ESDATE}, necesita las vacunas pa la escuela",
    "soy la hija de doña {FIRST}, ella tiene {AGE} y está bien flaquita",
    "el seguro social de mami es {SSN}, lo piden pal formulario",
    "medicare {MBI}, y el plan advantage es el mismo de mi esposo {FIRST}",
    "la trabajadora social dijo que el número de caso del pan es {CASENUM}",
    "mi esposo {FIRST} trabaja en la farmacéutica en {PRCITY}, solo puede después de las 5",
    "mi vecina {NAME} de la {CALLE} me dijo que ustedes hacen visitas",
    "estamos en {BARRIO}, {PRCITY}, la carretera está cerrá por el derrumbe",
    "la muchacha que cuida a mami se llama {NAME}, su cel {PRPHONE}",
    "mi nieta {FIRST} me ayuda con el portal, su email es {EMAIL}",
    "mi compai {FIRST} me lleva en el carro, tablilla {PRPLATE}",
    "la brigada subió a {BARRIO} y le tomaron la presión a abuelo {FIRST}",
    "mi padrino {FIRST} {PRLAST} es veterano, dob {DMYDATE}, quiere cita en el va",
    "vivo en {RES}, {PRCITY}, el ascensor lleva un mes roto",
    "después del huracán nos mudamos, la dirección vieja era {CARR}",
    "abrieron la clínica de {PRCITY} después del apagón? {FIRST}",
    "la dirección postal es {HCBOX}, {PRCITY}, PR {PRZIP} pero la casa está en {CARR}",
    "mi mamá {PRFIRST} tiene el número del fema {CASENUM} y todavía no le aprueban el generador",
    "buenas tardes, es pa {LASTFIRST}, la licencia de conducir es {PRDL}",
    # New York and the island, the same families
    "mami {NAME} is in {PRCITY} and i'm in {NYCITY}, can we all do the video visit together",
    "the video link for titi {FIRST} in {PRCITY} is {URL} but it says expired",
    "she flies back to the island {MD}, can you send her meds to {URB}",
    "i send mami's pills to {HCBOX}, {PRCITY} PR {PRZIP} every month, is that ok with the plan",
    "abuelo {FIRST} {SURNAME} wants to go back to the island for good on {MD}, can we get his records",
    "call my brother in pr at {PRPHONE}, he's with abuela {FIRST} this week",
    # East Harlem, the South Bronx
    "yo its {FIRST}, my abuela {NAME} lives at {WALKUP} and the stairs are killing her",
    "my titi {FIRST} from {PRCITY} is staying with us at {NYCHA} till her surgery {MD}",
    "the pharmacy on {CORNER} said the script for {FIRST} isnt there",
    "this is {FIRST}, my moms medicaid is {MEDICAID}, she is {AGE}",
    "nena call me at {NYPHONE} not the house phone",
    "wepa my son {FIRST} finally got his metroplus card, member id {METROPLUS}",
    "we on {STREETNAME} by the train, {NAME} is my grandmother she's {AGEN}",
    "hey its {FIRST}, my grandma {NAME} at {NYCHA} needs her oxygen refilled",
    "the elevator in my building is out again, i live at {NYCHA}, can the nurse walk up",
    "yo this is {FIRST}, my son {FIRST} asthma bad, the nebulizer {DEVICE} making a noise",
    "my nana {FIRST} turned {AGEN} {MD}!! 🎉",
    "section 8 voucher {CASENUM}, they need a letter from the doctor about the stairs",
    "big ma {NAME} lives on {STREETNAME} across from the park",
    "the heat off again in {NYCHA}, 311 number is {CASENUM}, my mom {FIRST} has copd",
    # Washington Heights and Inwood, Dominican
    "klk, soy {DRFIRST}, mi mamá {NAME} necesita cita con el doctor {SURNAME}",
    "buenas, vivo en {NYCSTREET} {UNIT}, {NYCITY} NY {NYZIP}",
    "mi tía {FIRST} llegó de la república el {MD}, no tiene seguro todavía",
    "el bodeguero {FIRST} de {CORNER} me recogió el paquete de la farmacia",
    "la guagua me dejó y perdí la cita, soy {DRFIRST} {DRLAST}, dob {USDATE}",
    "mi hermano {FIRST} está en la república, su whatsapp es {INTLPHONE}",
    "dímelo doc, la presión de mami amaneció en 180/100, ella es {NAME}",
    "mi esposo maneja un carro de la base, placa {TLC}, puede parquear atrás?",
    "soy {DRFIRST}, la receta {RXNUM} de las pastillas del azúcar, la farmacia de {CORNER}",
    "la señora {NAME} es mi madrina, tiene {AGE}, la cuido yo",
    "mi idnyc es {IDNYC}, me lo pidieron en recepción",
    "bendición mami, ok ya le dije al doctor. {FIRST}",
    "tengo el carnet del medicaid {MEDICAID} pero dice inactivo desde {MONYEAR}",
    "mi suegro {DRFIRST} {DRLAST} {DRLAST} se mudó a {NYCSTREET}, es el 5to piso sin ascensor",
    "ella vive en {QUEENSADDR}, {NYCITY}, pero el correo le llega a mi casa",
    # Flatbush, Haitian
    "bonjou, se {HTFIRST} {HTLAST}, manman m {NAME} gen randevou {KRDATE}",
    "mèsi anpil doktè, grann {FIRST} santi l pi byen. {FIRST}",
    "my manman {FIRST} only speaks kreyòl, she is {AGE}, please get interpreter",
    "nou rete {NYCSTREET} {UNIT}, {NYCITY}, {NYZIP}",
    "tonton {FIRST} {SURNAME} te tonbe nan eskalye a, li gen {AGEKR} an",
    "my sister {FIRST} in haiti, her number {INTLPHONE}, she is the emergency contact",
    "my tps receipt number is {CASENUM} and my a number {ANUM}",
    "sak pase, it's {HTFIRST}, can pastor {SURNAME} pick up my meds",
    "matant {FIRST} needs her pressure pills from the pharmacy on {CORNER}",
    "bondye beni nou. {NAME}",
    "grann mwen {NAME} fèt {KRDATE}, li gen {AGEKR} an kounye a",
    "rele m nan {NYPHONE} apre 6è, se {HTFIRST}",
    # Flatbush, Jamaican
    "wah gwaan nurse, a {JMFIRST} dis, mi granny {NAME} cyaan walk good since {MD}",
    "mi deh a work till 7, call mi pon {NYPHONE} after",
    "granny {FIRST} is {AGEN} and still cook every sunday, she need the flu shot",
    "my cousin {FIRST} {SURNAME} visiting from yard, can he see the doctor without insurance",
    "bless up. {FIRST}",
    "di address is {NYCSTREET}, {NYCITY} {NYZIP}, second floor",
    "mi dawta {FIRST} have asthma bad, the pump serial {DEVICE}",
    # The Virgin Islands
    "good morning, this is {VIFIRST} {VILAST} from {ESTATE}, mummy {FIRST} need she pressure pills",
    "we live {ESTATE}, {VICITY} VI {VIZIP}, the house with the cistern and the green jalousies",
    "after the storm the road to {ESTATE} wash out, could the nurse come {MD}",
    "my granny {NAME} is {AGE}, she born right here on island",
    "mail it to {POBOX}, {VICITY}, VI {VIZIP}, we don't get mail at the house",
    "the ferry late, tell dr {SURNAME} i coming. {FIRST}",
    "my car plate is {PRPLATE}, i parked by the hospital",
    "call me on {VIPHONE} or my daughter {FIRST} on {NYPHONE} in the states",
    "my shop is at {GADE}, ask for {FIRST} if i don't pick up",
    "the address now is {ESTATE}, {VICITY}, care of {NAME}",
    "we flying to the mainland {MD} for the specialist, {FIRST}",
    "morning, {VIFIRST} here, auntie {FIRST} {VILAST} turn {AGEN} on {MD}, she want the home nurse",
    # Sunset Park and Staten Island, Mexican
    "buenas tardes, soy {FIRST} {MXLAST}, trabajo en la cocina hasta las 11, me marcan al {NYPHONE}",
    "mi esposo {FIRST} se cortó en el restaurante, vivimos en {NYCSTREET} {UNIT}",
    "mi niña {FIRST} tiene calentura desde el {ESDATE}, la pueden ver hoy?",
    "mi mamá está en méxico, su número es {INTLPHONE}",
    "vivimos en el sótano de {NYCSTREET}, {NYCITY} {NYZIP}",
    "me robaron la bici del delivery y me caí, mi nombre es {NAME}",
    "el día de la virgen es el {MD}, podemos cambiar la cita de {FIRST}?",
    "soy {FIRST}, mi patrón {NAME} no me paga los días que falto",
    # Queens, Ecuadorian
    "alli puncha, soy {FIRST} {ECLAST}, vivo en {QUEENSADDR}, {NYCITY}",
    "mi papá {NAME} habla kichwa no más, necesita intérprete para el {ESDATE}",
    "mi esposo se cayó del andamio el {DATE}, el caso de compensación es {CASENUM}",
    "mi suegra en el ecuador, cel {INTLPHONE}",
    # Sunset Park and Flushing, Chinese
    "ni hao, wo shi {CNFIRST}, my ma {NAME} need mandarin interpreter",
    "nei hou, my po po {NAME} is {AGE}, she only speak toisan",
    "my gung gung {CNNAME} appointment {MD} pls call {NYPHONE}",
    "we live {NYCSTREET} {UNIT} {NYCITY}, near the bakery",
    "xie xie doctor. {CNFIRST}",
    "my grandma {CNNAME} need renew her medicaid, case {CASENUM}",
    "my husband drive for the app, tlc plate {TLC}",
    "dim sum with ah ma on {MD} so cannot come, can change to {DAYTH}?",
    "wechat is better for me, my id {USER}",
    "doctor ask my baba {NAME} what he eat, he only eat congee now",
    "my ah yi {CNFIRST} {SURNAME} just came from fujian, she need checkup",
    # Borough Park and Williamsburg, Hasidic
    "hi this is {HSFIRST} {HSLAST}, my bubby {NAME} needs a yiddish speaking nurse",
    "my zeidy {FIRST} is {AGEN} bli ayin hara, he fell on shabbos",
    "we live {NYCSTREET} {UNIT}, {NYCITY} {NYZIP}, ring the bell twice",
    "can you call my husband {HSFIRST} at {NYPHONE}, i cant talk after candle lighting",
    "baby {FIRST} had the bris on {MD} and now has a fever 100.8",
    "reb {SURNAME} said the clinic has a female doctor for {FIRST}",
    "my mother in law {NAME}, medicaid {MEDICAID}, needs the records from {DATE}",
    "thank you so much! a gitten tug. {FIRST}",
    "my kids {FIRST}, {FIRST} and {FIRST} need their shots before camp",
    "please tell rebbetzin {SURNAME} her bloodwork came back",
    "the tante {FIRST} {HSLAST} is {AGE}, she lives with us now",
    # Brighton Beach, Russian and Ukrainian
    "zdravstvuyte, eto {RUFIRST} {RULAST}, moya mama {NAME} nuzhdaetsya v perevodchike",
    "my babushka {FIRST} is {AGEN}, lives at {NYCSTREET} {UNIT}, near the boardwalk",
    "dedushka {NAME} has appointment {RUDATE}, he speaks only russian",
    "spasibo bolshoe, {FIRST}",
    "my son {FIRST} in ukraine, his phone {INTLPHONE}",
    "my home attendant {NAME} will bring mama, her phone {NYPHONE}",
    "mama {FIRST} {SURNAME} birthday {RUDATE}, she will be {AGE}",
    # Jackson Heights, Elmhurst, Jamaica, Bangladeshi
    "assalamualaikum, i am {BDFIRST} {BDLAST}, my ammu {NAME} has diabetes",
    "my abbu {FIRST} is {AGE} years old, he fasting in ramadan, can he take insulin",
    "we live {QUEENSADDR}, {NYCITY} {NYZIP}, basement apt",
    "my husband drive yellow cab, medallion {TLC}",
    "please call my brother {BDFIRST} {NYPHONE}, he speak english, i speak bangla",
    "my nani {FIRST} in bangladesh, whatsapp {INTLPHONE}",
    "dhonnobad apa. {FIRST}",
    "my daughter {FIRST} born {DATE}, need paper for school",
    # Nepali and Sherpa Queens
    "namaste, this is {NPFIRST} {NPLAST}, my ama {NAME} needs nepali interpreter",
    "tashi delek, my didi {FIRST} works as nanny, she only off on sunday",
    "we stay {QUEENSADDR} {NYCITY}, 6 people in 2 bedroom",
    "my dai {FIRST} {SURNAME} came from nepal {MONYEAR}, his case {CASENUM}",
    "dhanyabad. {FIRST}",
    # West African Bronx
    "salaam, mangi tudd {WAFIRST} {WALAST}, sama yaay {NAME} dafa feebar",
    "my mother {NAME} only speak wolof, appointment is {MD}",
    "i ni ce, my name {WAFIRST} {WALAST}, my baba {FIRST} has pain in the back",
    "we live {NYCSTREET} {UNIT} {NYCITY} {NYZIP}, the building next to the mosque",
    "my brother {FIRST} in mali, his number {INTLPHONE}",
    "i drive livery, car {TLC}, i can come after 2",
    "jërëjëf doctor. {FIRST}",
    "ete sen, it's {FIRST}, my auntie {NAME} from ghana is visiting, she {AGE}",
    "medaase. {FIRST} {SURNAME}",
    "abeg help me, my oga at work {NAME} say i need doctor note for {MD}",
    "sosongo, {FIRST} here, my mama {FIRST} {SURNAME} needs her bp meds",
    "my wife {WAFIRST} is pregnant, due {LONGDATE}, she need a female doctor",
    "serigne {WAFIRST} {WALAST} is my uncle, he is {AGE}, he lives at {NYCHA}",
    # Identifiers in loose chat
    "my social is {SSN}",
    "mrn {MRN} thats me",
    "my chart number is {MRN}, dob {DMYDATE}",
    "account {ACCOUNT} says i owe 40 dollars but medicaid paid",
    "member id {PLAN}, is that the right one",
    "medicaid {MEDICAID} for my son {FIRST}",
    "metroplus id {METROPLUS}, is dr {SURNAME} in network",
    "plan vital {PLANVITAL}, mi mamá {FIRST}",
    "my license {NYDL} for the id check",
    "licencia de conducir {PRDL}",
    "vin {VIN} for the accident report, the cab hit me on {CORNER}",
    "tlc plate {TLC}, i'm the driver, pickup for {NAME} at {CLOCK}",
    "access-a-ride id {CASENUM}, they never came",
    "the medical alert pendant {DEVICE} went off by itself",
    "my hearing aid serial {DEVICE}, left ear, it whistles",
    "cpap serial {DEVICE} for the insurance paper",
    "imei {IMEI} for the free phone program",
    "here is my gofundme {URL}",
    "telehealth link {URL} not opening on my phone",
    "my portal username {USER} is locked",
    "ip {IP} that's what the library computer said",
    "my email is {EMAIL}",
    "prescription number {RXNUM}",
    "ticket {CASENUM} from the help line",
    "fax it to {FAX} please",
    "rx {RXNUM} for {FIRST}, the pharmacy on {CORNER}",
    "my idnyc {IDNYC} and my medicaid {MEDICAID}",
    "plate {PLATE}, i got a ticket outside the clinic",
    "here's the whatsapp {URL} for my mom's caregiver",
    # Sign-offs, names alone, lists
    "{FIRST}",
    "- {FIRST} {SURNAME}",
    "gracias, {NICK}",
    "bendiciones. {FIRST}",
    "mèsi. {FIRST}",
    "thanks!! {FIRST} ❤️",
    "ty - {INITS}",
    "att: {NAME}",
    "sent from my iphone. {NAME}",
    "{NAME}\n{PHONE}",
    "{LASTFIRST} dob {DATE}",
    "{FIRST} {SURNAME} {DATE} {PHONE}",
    "kids: {FIRST}, {FIRST}, {FIRST}",
    "contacts: {FIRST} {NYPHONE} / {FIRST} {PRPHONE}",
    "love, {FIRST} & {FIRST}",
    "{NICK} 😘",
    "its me {NICK}",
    "dios te bendiga {FIRST}",
    # Possessives, objects of verbs, nicknames
    "{FIRST}'s inhaler is almost empty",
    "can you call {FIRST} instead, i'm at work",
    "please tell {NAME} her results are ready",
    "we call him {NICK} but his real name is {FIRST}",
    "i took {FIRST} to the er {MD}, they said bronchitis",
    "{SURNAME} family, 6 of us need flu shots",
    "dr {SURNAME} and dr {SURNAME} said different things",
    "my home attendant {NAME} has the keys, her cell {NYPHONE}",
    "emergency contact {FIRST} {PHONE} (daughter)",
    "the school nurse {NAME} called about {FIRST}'s rash",
    "my neighbor {FIRST} found abuela on the floor {MD}",
    "grandma {FIRST}'s new address is {STREETLINE}",
    "i saw {FIRST} {SURNAME} at the pharmacy and she said you closed early",
    "give my love to nurse {FIRST} 😊",
    "{NICK} says hi to dr {SURNAME}",
    # Odd layouts and loose addresses
    "addr: {STREETLINE} / {CITY} / {ZIP}",
    "im at {CORNER}, the bodega with the yellow sign",
    "the bodega on {CORNER}, thats where i get my packages",
    "{NYCSTREET}, {UNIT} is the address medicaid has",
    "moved from {CITY} to {CITY} last month",
    "i split time between {PRCITY} and my daughter in {NYCITY}",
    "zip {ZIP} is that in your area?",
    "vivo en {URB}, al lado de la panadería",
    "subiendo por la {CARR}, la casa después del puente",
    "the house is {ESTATE}, up the hill past the church",
    "{WALKUP}, no elevator",
    "send the walker to {QUEENSADDR}, ring 2R",
    "new address {STREET}, {CITY} {STATE} {ZIP}",
    "{STREETLINE} {CITY} {ZIPNINE}",
    # Dates and ages
    "born {DATE}, {AGE} years old, still takes the train alone",
    "abuela is {AGE} today 🎂🎉",
    "she turns {AGEN} on {MD}",
    "appt was {LONGDATE} but nobody called",
    "since {MONYEAR} i have this pain in my knee",
    "can i come the {DAYTH} in the morning",
    "dob {USDATE}",
    "fecha de nacimiento {ESDATE}",
    "fecha de nac {DMYDATE}",
    "dat nesans {KRDATE}",
    "he passed {DATE}, please stop the reminders for {NAME}",
    "mami cumple {AGE} el {MD}, queremos hacerle una fiesta",
    "the surgery was {DATE} at the big hospital",
    "data rozhdeniya {RUDATE}",
    # Word names in chat
    "this is {WFIRST}, the one with the twins",
    "mr {WLAST} the super said the heat is fixed",
    "tell {WFIRST} {WLAST} her ride is set",
    "ms {WLAST} the school nurse sent me",
    "{WNAME} here, i need my records",
    "can {WFIRST} pick up my prescription",
    "bye, {WFIRST}",
    "is dr {WLAST} in on friday",
    "{WLAST} family, we all need flu shots",
    "hi {WFIRST}! its me from last week",
    "my home attendant {WFIRST} {SURNAME} comes at 9",
    "pastor {WLAST} from the church will drive me",
]  # fmt: skip

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|PUENTE|HOMECARE|BX2|{HLTS}||ADT^A04|{CASENUM}|P|2.5.1\rPID|1||{MRN}^^^PUENTE^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|{SSN}",
    "PID|1||{MRN}^^^PUENTE^MR~{MEDICAID}^^^NYSDOH^MA||{LNUP}^{FNUP}||{HLDATE}|M|||{NYCSTREET}^{UNIT}^{NYCITY}^NY^{NYZIP}||{NYPHONE}^PRN^CP||SPA",
    "PID|1||{MRN}^^^SALUDISLA^MR~{PLANVITAL}^^^ASES^MA||{LNUP}^{FNUP}^^^^^L||{HLDATE}|F|||{URB}^^{PRCITY}^PR^{PRZIP}||{PRPHONE}",
    "PID|1||{MRN}^^^SALUDISLA^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|M|||{ESTATE}^^{VICITY}^VI^{VIZIP}||{VIPHONE}||ENG",
    "NK1|1|{LNUP}^{FNUP}|DAU^Daughter|{QUEENSADDR}^^{NYCITY}^NY^{NYZIP}|{NYPHONE}||EC",
    "NK1|2|{SURNAME}^{FIRST}^^^^|SIS^Sister|||{INTLPHONE}",
    "PV1|1|O|HOMECARE^BX2^01||||{NPI}^{LNUP}^{FNUP}^^^DR|||IM||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|NYMCD|NYSDOH|NY MEDICAID|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{NYCSTREET}^^{NYCITY}^NY^{NYZIP}|||||||||||||||||{MEDICAID}",
    "IN1|1|MCR|CMS|MEDICARE PART B|||||||||||{LNUP}^{FNUP}^{MIDUP}|SEL|{HLDATE}||||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|F",
    "OBX|4|TX|INTERP^Interpreter||Haitian Creole interpreter {LNUP}^{FNUP} via video, session {CASENUM}||||||F",
    "ORC|NW|{RXNUM}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "RXO|^^^{HLTS}|00002-8215-01^INSULIN LISPRO 100U/ML|||||||||||||{RXNUM}|||{DEA}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^PUENTE^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "SCH|{CASENUM}||||||TELEHEALTH^Video visit|||20|MIN|^^20^{HLTS}|||||{LNUP}^{FNUP}",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-router[{PIDN}]: ACK AE MSH-10={CASENUM} err='PID-11.5 zip {ZIP} not in service area for {CITYUP}'",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}","communication":[{{"language":{{"text":"Haitian Creole"}}}}]}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{URB}"],"city":"{PRCITY}","state":"PR","postalCode":"{PRZIP}"}}]}}',
    '{{"resourceType":"Patient","address":[{{"line":["{QUEENSADDR}"],"city":"{NYCITY}","state":"NY","postalCode":"{NYZIP}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}]}}',
    '{{"resourceType":"Patient","identifier":[{{"system":"urn:oid:2.16.840.1.113883.4.1","value":"{SSN}"}},{{"system":"https://puentesalud.example/mrn","value":"{MRN}"}}],"name":[{{"text":"{NAME}"}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"relationship":[{{"text":"granddaughter"}}],"telecom":[{{"value":"{NYPHONE}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLANVITAL}","beneficiary":{{"display":"{NAME}"}},"payor":[{{"display":"Plan Vital"}}],"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Coverage","subscriberId":"{METROPLUS}","beneficiary":{{"display":"{LASTFIRST}"}},"payor":[{{"display":"MetroPlus"}}]}}',
    '{{"resourceType":"Appointment","status":"booked","start":"{TS}","participant":[{{"actor":{{"display":"{LASTFIRST}"}}}}],"description":"video visit with family in NY"}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","patient":{{"display":"{NAME}"}},"type":{{"text":"oxygen concentrator"}}}}',
    '{{"resourceType":"MedicationDispense","subject":{{"reference":"Patient/{PTUUID}"}},"whenHandedOver":"{ISODATE}","destination":{{"display":"{HCBOX}, {PRCITY} PR {PRZIP}"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "fhir-proxy WARN search matched 3 for name={NAMEQ}&address-postalcode={ZIP} tenant=puente",
    # key=value app events
    "level=info ts={TS} svc=portal event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=portal event=login_fail user={USER} ip={IP} reason=bad_password attempts=5",
    'level=info ts={TS} svc=telehealth event=waiting_room_join patient="{NAME}" family_join="{NAME}" ip={IP} room={REQID}',
    "level=error ts={TS} svc=telehealth event=video_drop patient_id={MRN} ip={IP} bitrate_kbps=64 note=generator_power",
    "ts={TS} svc=telehealth event=interpreter_added lang=ht interpreter={USER} visit={CASENUM}",
    'ts={TS} app=ivr call_from={PHONE} menu=espanol>citas caller_id="{NAMEUP}" dur={MS}',
    "ts={TS} app=ivr event=callback_requested phone={E164} lang=bn queue={QUEUE}",
    "ts={TS} app=sms dir=out to={E164} template=recordatorio_cita pt_first={FIRST} appt={ISODATE}",
    'ts={TS} app=sms dir=in from={E164} body="soy {FIRST} no puedo ir el {MD}"',
    'ts={TS} app=sms dir=in from={E164} body="mesi, {FIRST} ap vini ak manman"',
    'ts={TS} app=sms dir=in from={E164} body="this is {FIRST} pls send to {NYCSTREET} {UNIT}"',
    "homecare sync ok nurse={USER} visits=9 last_pt={MRN} dob={ISODATE} addr=\"{NYCHA}\" uploaded={TS}",
    'homecare WARN offline_queue=14 pt="{LASTFIRST}" address="{CARR}" gps_fix=false',
    'storm-outreach event=wellness_check pt="{NAME}" addr="{ESTATE}" phone={VIPHONE} status=reached ts={TS}',
    'storm-outreach event=generator_dependent pt="{NAME}" addr="{BARRIO}, {PRCITY}" device={DEVICE} ts={TS}',
    # JSON app events
    '{{"ts":"{TS}","level":"INFO","event":"address_change","mrn":"{MRN}","old":"{STREET}","new":"{STREET}","by":"{USER}"}}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}","lang":"es"}}',
    '{{"ts":"{TS}","event":"proxy_access_granted","proxy":"{NAME}","patient":"{NAME}","relationship":"granddaughter"}}',
    '{{"level":"error","msg":"geocode failed","addr":"{CARR}","city":"{PRCITY}","zip":"{PRZIP}","ms":{MS},"retry":false}}',
    '{{"level":"warn","msg":"undeliverable","to":"{NYCSTREET} {UNIT}, {NYCITY} NY {NYZIP}","carrier":"USPS","order":"{RXNUM}"}}',
    '{{"svc":"mailrx","event":"shipped","order":"{CASENUM}","rx":"{RXNUM}","ship_to":"{NAME}","addr1":"{URB}","zip":"{ZIPNINE}","cold_chain":true}}',
    '{{"svc":"mailrx","event":"signature_captured","signer":"{NAME}","ts":"{TS}","driver_device":"{DEVICE}"}}',
    '{{"svc":"transport","rider":"{LASTFIRST}","pickup":"{STREET}","driver":"{USER}","vehicle":"{TLC}","aar_id":"{CASENUM}"}}',
    '{{"svc":"kiosk","event":"checkin","pt":"{NAME}","dob":"{USDATE}","insurance":"{MEDICAID}","kiosk_mac":"{MAC}"}}',
    '{{"svc":"eligibility","member":"{METROPLUS}","name":"{NAMEUP}","dob":"{ISODATE}","status":"active","pcp":"{DOC}"}}',
    '{{"svc":"idnyc-verify","idnyc":"{IDNYC}","name":"{NAME}","result":"match","ip":"{IP}"}}',
    # nginx / apache
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "GET /portal/messages?to={USER} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0 (Linux; Android 13)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0400] "GET /docs/{LNLOW}_{FNLOW}_{HLDATE}_visit.pdf HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "POST /api/intake?name={NAMEQ}&dob={ISODATE}&zip={ZIP} HTTP/2.0" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "GET /th/join?room={REQID}&display={NAMEQ} HTTP/1.1" 302 0 "-" "WhatsApp/2.24"',
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "GET /rx/track?order={RXNUM}&email={EMAIL} HTTP/1.1" 200 {BYTES}',
    "[{CLFDATE}:{CLOCK}] [php:error] [pid {PIDN}] [client {IP}] PHP Notice: undefined index 'segundo_apellido' in /srv/forms/registro.php, referer: https://forms.example/?nombre={NAMEQ}",
    '{IP} - - [{CLFDATE}:{CLOCK} -0400] "PUT /api/patients/{MRN}/address HTTP/1.1" 204 0 "-" "okhttp/4.12.0"',
    # Traces and SQL
    'Traceback (most recent call last):\n  File "/app/intake/geo.py", line 88, in normalize\n    raise AddressError(f"no match for {{addr!r}}")\nintake.geo.AddressError: no match for \'{URB}, {PRCITY}\'',
    'Traceback (most recent call last):\n  File "/app/intake/geo.py", line 102, in normalize\n    km = float(parts[2])\nValueError: could not convert string to float: \'{CARR}\'',
    "java.lang.IllegalStateException: duplicate MRN {MRN} for patient {LASTFIRST}\n\tat org.puente.empi.Merge.apply(Merge.java:212)",
    'ERROR:  duplicate key value violates unique constraint "patient_ssn_key"\nDETAIL:  Key (ssn)=({SSN}) already exists.',
    "ERROR 1062 (23000): Duplicate entry '{EMAIL}' for key 'users.email_uq'",
    'psycopg.errors.CheckViolation: new row for relation "address" violates check constraint "zip_fmt" DETAIL: Failing row contains ({ESTATE}, {VICITY}, VI, {VIZIP}X).',
    "UPDATE patients SET phone='{PHONE}', email='{EMAIL}' WHERE mrn='{MRN}'; -- 1 row, by {USER}",
    "SELECT * FROM encounters WHERE pt_last='{LNUP}' AND pt_first='{FNUP}' AND dob='{ISODATE}'; -- slow query {MS}ms",
    'sqlalchemy.exc.IntegrityError: (psycopg.errors.NotNullViolation) null value in column "dob" [parameters: {{"name": "{NAME}", "mrn": "{MRN}"}}]',
    "ValueError: apellido materno missing for '{PRFIRST} {PRLAST}' (mrn={MRN})",
    # X12 and NCPDP
    "NM1*IL*1*{LNUP}*{FNUP}*{MIDUP}***MI*{MEDICAID}~DMG*D8*{HLDATE}*F~",
    "NM1*QC*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*PR*{PRZIP}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "CLM*{ACCOUNT}*210***11:B:1*Y*A*Y*Y~REF*G1*{CASENUM}~DTP*472*D8*{HLDATE}~",
    "ISA*00*          *00*          *ZZ*PUENTE         *ZZ*METROPLUS      *{HLDATE}*1122*^*00501*000004411*0*P*:~NM1*IL*1*{LNUP}*{FNUP}***MI*{METROPLUS}~",
    "271 AAA*N**75*C~ subscriber {LNUP},{FNUP} dob {HLDATE} id {PLANVITAL} not found",
    "NCPDP B1 reject 75 (PA required) rx={RXNUM} pt={LNUP},{FNUP} dob={HLDATE} cardholder={MEDICAID}",
    # Fax, IVR and telephony
    'fax-gw INBOUND from={FAX} to=main-fax pages=6 csid="HOME CARE" subject="{NAMEUP} {USDATE}" job={CASENUM}',
    'fax-gw OUTBOUND to={FAX} pages=3 status=busy retry=2 cover="records for {NAME}"',
    "RightFax: job {CASENUM} delivered to {FAX} re: {LASTFIRST} DOB {USDATE}",
    "asterisk[{PIDN}]: NOTICE: Call from '{NAMEUP}' <{E164}> to extension 4410 (interp-ht) rejected: no agent",
    "ivr: caller {PHONE} entered dob {HLDATE}, matched mrn {MRN}, lang=kreyol fallback=en",
    'voicemail transcribed: "hola es {FIRST} llamando por mi mamá {NAME} llámeme al {PRPHONE}" box=4402',
    "twilio webhook From={E164}&Body=cita+para+{FIRST}+el+{MD}&MessageSid={REQID}",
    # CSV rows and file names
    "{MRN},{LNUP},{FNUP},{ISODATE},{PHONE},{STREETLINE},{CITY},{STATE},{ZIP},{PLAN}",
    '"{LASTFIRST}","{USDATE}","{NYCHA}","{NYCITY}","{NYPHONE}","stairs","no elevator"',
    "storm_roster_{HLDATE}.csv: row 14 {NAME},{DMYDATE},{CARR},{PRPHONE},oxygen+insulin",
    "scan_{LNLOW}_{FNLOW}_{HLDATE}.pdf uploaded by {USER} from {IP}",
    "/mnt/fax/inbound/{HLDATE}/{LNUP}_{FNUP}_homecare.tif",
    "s3://puente-telehealth-recordings/{PTUUID}/{ISODATE}/session.mp4 deleted by lifecycle",
    "export_planvital_{MONYEAR}.csv: {PLANVITAL},{LNUP},{FNUP},{HLDATE},{PRZIP}",
    # Message queues, device telemetry, SSO and audit
    'kafka topic=adt.events key={MRN} value={{"type":"A03","pt":"{NAME}","disch":"{TS}"}}',
    'rabbitmq queue={QUEUE} payload={{"to":"{E164}","lang":"ht","name":"{FIRST}"}} redelivered=true',
    "sqs msg={REQID} body=refill_due mrn={MRN} ship_to_zip={ZIP} pt_email={EMAIL}",
    "o2-telemetry concentrator={DEVICE} hours=9022 alarm=power_loss owner={LASTFIRST} phone={PRPHONE}",
    "perslink pendant={DEVICE} event=fall_detected subscriber={NAME} callback={NYPHONE} ts={TS}",
    "mdm enrolled tablet imei={IMEI} mac={MAC} assigned_to={NAME} program=tele-home",
    "SAML assertion ok nameid={STAFFEMAIL} ip={IP} app=ehr",
    "audit: user {USER} opened chart {MRN} ({LASTFIRST}) reason=treatment from {IP}",
    "audit: break-the-glass by {USER} on {NAMEUP} ts={TS} justification='ED transfer'",
    "ldap: bind failed for uid={USER},ou=staff,dc=puente,dc=example from {IP}",
    "aar-dispatch trip={CASENUM} rider={LASTFIRST} pickup={STREET} vehicle={TLC} driver_lic={NYDL}",
    "parking-validate plate={PLATE} pt={MRN} lot=B vin={VIN}",
    "workcomp-api claim={CASENUM} employee={NAME} doi={ISODATE} employer_fax={FAX}",
    "webhook POST {URL} {STATUS} {MS}ms",
    "cron[{PIDN}]: reminder batch sent 188 sms, first failure to={PHONE} name={FIRST}",
    "ehr-print[{PIDN}]: wristband job {CASENUM} {LNUP}, {FNUP} DOB {USDATE} MRN {MRN} printer=PEDS-1",
    'graphql error: {{"message":"field dob invalid","path":["updatePatient"],"variables":{{"mrn":"{MRN}","dob":"{DMYDATE}"}}}}',
    "redis SET session:{REQID} user={USER} ip={IP} ttl=1800 last_pt={MRN}",
    "pharmacy-robot: vial label {LASTFIRST} rx {RXNUM} qty 90 ship {URB} {PRCITY} {PRZIP}",
    "eligibility 270 sent for {NAMEUP} dob {HLDATE} subscriber {MEDICAID}; 271 coverage active since {ISODATE}",
    "{TS} INFO interp-dispatch lang=wo (Wolof) requested for {NAME} callback {NYPHONE} wait={MS}s",
    "{TS} INFO interp-dispatch lang=yi (Yiddish) requested for {NAME} callback {NYPHONE} wait={MS}s",
    "{TS} WARN homecare geofence: nurse {USER} arrived {ESTATE}, expected {GADE}",
]  # fmt: skip

NOTES = [
    # HPI, A/P, SOAP
    "HPI: {NAME} is a {AGE} y/o Spanish-speaking woman from {PRCITY} seen on {DATE} via video with her daughter in {NYCITY} for 3 days of dysuria.",
    "HPI: Pt {LASTFIRST}, DOB {USDATE}, livery driver, presents with low back pain after 12 h shifts. TLC plate {TLC} per pt for work note.",
    "HPI: 58M, {NAME}, with polyuria and 15 lb weight loss since {MONYEAR}. Wife {FIRST} at bedside interpreting Bengali.",
    "HPI: {FIRST} {SURNAME} is a {AGEN} y/o Haitian Creole-speaking man brought by son {FIRST} after a fall on the stairs at {NYCHA}.",
    "A/P: T2DM, A1c 10.4. Start basal insulin; pharmacy to ship to {URB}, {PRCITY}. RTC {MD}. -- {DOC}, MD",
    "A/P: CHF exacerbation, generator-dependent O2 at home ({CARR}). Diuresis, home health referral, f/u by video {MD}.",
    "S: Pt states \"me duele el pecho cuando subo las escaleras\" since {DATE}. O: lungs clear. A/P: stable angina; stress test ordered. Fax to cardiology {FAX}.",
    "Subjective: {FIRST} reports the CGM ({DEVICE}) alarms during the night shift. Objective: site clean. Plan: reorder, overpatch.",
    "Assessment: COPD exacerbation in a {AGE} y/o former dock worker living at {WALKUP}. Plan: prednisone burst, home O2 eval.",
    "Plan discussed with patient and granddaughter {NAME} in Spanish. Questions answered. {INITS}",
    # Telehealth between the island and the city
    "Telehealth video visit {DATE}. Pt located at home, {URB}, {PRCITY}; daughter {NAME} joined from {NYCITY}. Consent verbal. Link {URL}.",
    "Video visit converted to audio-only (power outage at pt's home). Pt {NAME} reachable at {PRPHONE}.",
    "Telehealth: Haitian Creole interpreter {FIRST} {SURNAME} (ID {CASENUM}) joined at 10:12. Pt's son {HTFIRST} also present.",
    "Telehealth tablet issued: IMEI {IMEI}, MAC {MAC}. Assigned to {LASTFIRST}. Return if disenrolled.",
    "Remote BP monitoring: cuff {DEVICE} readings 160s/90s x 2 wks. Pt {NAME} counseled by phone.",
    "Telehealth note: pt joined from a parked cab; location stated by pt: {CORNER}. Visit completed.",
    # Home care, public housing, walk-ups
    "Home visit {DATE}: {NAMEUP}, {AGE} y/o, lives alone at {NYCHA}; elevator out x 3 wks, pt homebound. 311 complaint {CASENUM}.",
    "Home care: pt {NAME} on 5th floor walk-up at {WALKUP}. PT recommends stair lift eval; landlord {NAME} contacted at {NYPHONE}.",
    "Home health aide {NAME} reports pt {FIRST} {SURNAME} ate poorly since {MD}. Daughter in {PRCITY} updated by phone {PRPHONE}.",
    "Outreach worker {NAME} located pt at {QUEENSADDR} after 3 missed calls to {NYPHONE}.",
    "Fall at home on {DATE}; pendant {DEVICE} triggered, EMS transported. Pt {LASTFIRST}, {AGEN} yo.",
    "Visiting nurse note: wound care for {NAME} at {NYCSTREET} {UNIT}. Wound 2 x 3 cm, granulating.",
    # Puerto Rico: the mountain towns, the hurricane season
    "Community health worker visit {DATE}, {BARRIO}, {PRCITY}. Pt {NAME}, {AGE} yo, lives alone; road access by {CARR}.",
    "Hurricane preparedness: pt {NAME} is O2- and insulin-dependent; address {CARR}, {PRCITY}; contact {PRPHONE}; son {FIRST} in {NYCITY} {NYPHONE}.",
    "Post-storm wellness check: {LASTFIRST} reached at {HCBOX}, {PRCITY} PR {PRZIP}. Generator working. FEMA reg {CASENUM}.",
    "Dialysis transport from {BARRIO} arranged MWF for {NAME}; driver {NAME}, vehicle {PRPLATE}.",
    "Pt moved from {RES}, {PRCITY} to her daughter's at {QUEENSADDR}, {NYCITY}. Records requested, prior PCP {DOC}.",
    "Plan Vital member {PLANVITAL}; PCP change to {DOC} effective {DATE}.",
    # The Virgin Islands
    "Clinic note: pt {NAME}, {AGE} y/o, from {ESTATE}, {VICITY}. Cistern water; counseled on boiling for infant {FIRST}.",
    "Post-storm: pt {LASTFIRST} living at {ESTATE} with roof damage; referred to social services. Phone {VIPHONE}.",
    "Off-island referral to cardiology in the states; pt {NAME} flies {MD}. Daughter {FIRST} ({NYPHONE}) will meet her.",
    "Pharmacy in town ({GADE}) called re: insulin supply for {NAME}.",
    # Pharmacy
    "Pharmacy: refill of insulin glargine shipped cold-pack to {NYCSTREET} {UNIT}, {NYCITY} NY {NYZIP}; Rx {RXNUM}.",
    "Pharmacy note: called {NAME} at {PHONE} re: duplicate metformin from two prescribers. Pt confirms stopped {MD}.",
    "Rx transfer from outside pharmacy; RPh {NAME} gave verbal, license {LICENSE}.",
    "Mail-order returned undeliverable: {STREET}. New address per pt: {URB}.",
    "PA submitted for GLP-1, case {CASENUM}. Member {METROPLUS}. Prescriber {DOC}, NPI {NPI}.",
    "Controlled substance Rx: tramadol 50 mg #20. PMP checked {DATE}. {DOC}, DEA {DEA}.",
    # Interpreter lines
    "Interpreter: Haitian Creole, {NAME}, ID {CASENUM}. Pt's manman {FIRST} also present.",
    "Interpreter: Yiddish, {FIRST} {SURNAME} (phone). Pt prefers female provider; reassigned to {DOC}.",
    "Interpreter: Wolof via phone line, operator {CASENUM}. Pt {NAME} accompanied by cousin {WAFIRST}.",
    "Interpreter: Bengali, {NAME}. Family present: son {BDFIRST}, daughter-in-law {FIRST}.",
    "Interpreter: Nepali, {NAME}, session {CASENUM}; pt's didi {NPFIRST} in room.",
    "Interpreter: Russian, {NAME}. Pt's home attendant {NAME} waited in lobby.",
    "Interpreter: Cantonese (Toisanese not available); grandson {FIRST} assisted after offer documented.",
    "Interpreter: Mandarin, {FIRST} {SURNAME}, via video. Pt's mother {CNNAME} ({AGEN} yo) in room.",
    "Interpreter: Kichwa not available; Spanish interpreter {NAME} used with pt's consent.",
    "Interpreter: Bambara, {NAME}, ID {CASENUM}. Pt's brother in Mali reachable at {INTLPHONE} per pt.",
    # Geriatrics, ages over 89
    "Geri consult: {NAME}, {AGE} y/o born in {PRCITY}, lives with daughter at {NYCHA}. MoCA 18/30.",
    "Home visit {DATE}: pt {LASTFIRST}, {AGE} yo, lives alone on family land at {CARR}. Nephew {FIRST} checks daily.",
    "Pt is a {AGEN} y/o Crucian woman, retired schoolteacher; now at {ESTATE}, {VICITY}.",
    "Advance directive on file; agent is grandson {NAME}, {PHONE}. Pt {AGE} yo, DNR/DNI.",
    "Hospice eval: {NAME}, {AGE}. Family: granddaughter {FIRST} (POA). Pastor {SURNAME} visits weekly.",
    "Falls clinic: {AGE} y/o man, daughter {FIRST} reports 3 falls since {MONYEAR}. PT referral.",
    "Pt turned {AGEN} on {MD}; family brought a flan to clinic. {INITS}, MA",
    "Pt {NAME}, {AGEKR} an selon pitit fi li {FIRST}; Creole only.",
    # Immigration, TPS, new arrivals
    "New arrival screen: {NAME}, arrived {DATE}, A# {ANUM}. Caseworker {NAME}, {NYPHONE}.",
    "TPS pt; work authorization receipt {CASENUM}. Uninsured; Emergency Medicaid applied {DATE}.",
    "Shelter intake: family of 5, head of household {LASTFIRST}. Address {NYCSTREET}, {NYCITY} (shelter). IDNYC {IDNYC}.",
    "TB screen: IGRA positive for {NAME} (arrived {MONYEAR}). CXR clear. LTBI tx with rifampin.",
    # Workers' comp, occupational
    "Workers' comp C-4: employee {NAME}, SSN {SSN}, DOI {DATE}, restaurant kitchen, {NYCITY}. WCB case {CASENUM}. Carrier fax {FAX}.",
    "Work status: no lifting >10 lb until {MD}. Copy to employer attn {NAME}.",
    "TLC medical: driver {NAME}, DL {NYDL}, BP 138/86, cleared. Vehicle {TLC}. Examiner {DOC}.",
    "Construction fall: {FIRST} {SURNAME}, scaffold 8 ft, {DATE}. Employer {NAME} notified.",
    # OB, peds
    "OB intake: G4P3, {NAME}, LMP {DATE}. Husband {FIRST}. Lives at {QUEENSADDR}. Prefers Wolof; interpreter arranged.",
    "Newborn {FIRST} {SURNAME}, born {DATE}, 3.1 kg. Mother {NAME}. Pediatrician {DOC}.",
    "WCC 4 y/o {FIRST}; mother {NAME} reports siblings {FIRST} and {FIRST} also due for shots.",
    "School form completed for {FIRST} {SURNAME}, DOB {USDATE}, school in {NYCITY}.",
    "Lead level 6 mcg/dL in {NAME}; apartment at {WALKUP} built pre-1960. DOHMH notified.",
    "Bris performed {DATE}; infant {FIRST} {HSLAST}, father {HSFIRST}. Mild bleeding, resolved.",
    "Asthma action plan for {FIRST}, nebulizer {DEVICE}; mold reported at {NYCHA}.",
    # Social work, care coordination
    "SW note: pt {NAME} lives in basement unit at {QUEENSADDR}; landlord {NAME}. Housing referral placed.",
    "CM: arranged Access-A-Ride for {LASTFIRST}, AAR ID {CASENUM}, pickup {NYCSTREET} {MD}.",
    "Care coordination: pt moved from {CITY} to {CITY}; records requested from prior PCP {DOC}, fax {FAX}.",
    "Pt's daughter {NAME} ({NYPHONE}) is primary caregiver; son {FIRST} in the DR reachable at {INTLPHONE}.",
    "Financial counseling: guarantor {NAME}, acct {ACCOUNT}. Sliding fee 100%. Statement to {POBOX}, {CITY} {STATE} {ZIP}.",
    "Billing: claim {CASENUM} denied CO-16 (missing subscriber ID). Corrected to {PLAN}, resubmitted {DATE}. -{INITS}",
    "Medicaid recertification for {NAME}, CIN {MEDICAID}, due {DATE}; HRA case {CASENUM}.",
    # Portal, admin
    "Portal admin: proxy access granted to {NAME} (granddaughter) for {NAME}; ID verified via DL {NYDL}.",
    "Portal admin: locked account {USER} after failed logins from {IP}; reset link sent to {EMAIL}.",
    "Demographics updated per pt: phone {PHONE}, email {EMAIL}, address {STREET}, {CITY} {ZIP}.",
    "Registration: second surname added, {NAME} to {NAME}, per birth certificate; SSN {SSN} verified.",
    "Duplicate chart merge: {MRN} into {MRN} ({LASTFIRST}, DOB {USDATE}).",
    "Interface field pasted: PID-5 {LNUP}^{FNUP}^{MIDUP} PID-7 {HLDATE} PID-11 {STREETUP}^^{CITYUP}^{STATE}^{ZIP}",
    "Device log: O2 concentrator {DEVICE} replaced after surge; old unit returned by {NAME}.",
    "Parking validation: pt {NAME}, vehicle {PLATE}.",
    "Photo of rash sent by pt via {URL}; reviewed and saved to media.",
    # Dictation, signatures, cc lines
    "Dictated by {DOC}, MD. Transcribed by {INITS} on {DATE}. Not reviewed for accuracy.",
    "Electronically signed: {DOC}, FNP-BC {DATE} 16:42",
    "Signed: {NAME}, RN, BSN. Cosigned: {DOC}, MD.",
    "cc: {DOC}, MD (PCP); {NAME}, LCSW; pt's daughter {FIRST} per HIPAA release",
    "cc: Dr. {SURNAME}, fax {FAX}",
    "Scribe attestation: I, {NAME}, scribed for {DOC} on {DATE}.",
    "Note routed to {DOC}; pt to be called at {PHONE} with results.",
    "Addendum {DATE}: spoke with pt's son {FIRST} {SURNAME} by phone, {PHONE}; he will bring meds list.",
    "-- {FIRST} {SURNAME}, CHW, home care team",
    "Reviewed with attending Dr. {SURNAME}. {INITS}, PGY-2",
    "Lcda. {SURNAME}, trabajadora social, contactó a la hija {NAME} al {PRPHONE}.",
    # Mixed histories
    "Social hx: from {PRCITY}, 40 yrs on the mainland, retired garment worker; lives with granddaughter {FIRST} at {NYCHA}.",
    "Social hx: Dominican, bodega owner at {CORNER}; works 14 h/day. Wife {NAME}.",
    "Social hx: Haitian, home health aide; lives with sister {FIRST} at {NYCSTREET}, {NYCITY}.",
    "Social hx: Hasidic, 9 children; husband {HSFIRST} {HSLAST}. Declines Saturday appointments.",
    "Social hx: from Ukraine, retired engineer; lives alone at {NYCSTREET} {UNIT}. Home attendant {NAME}.",
    "Social hx: Bangladeshi, cab driver (medallion {TLC}); wife {FIRST}; 3 kids.",
    "Social hx: Sherpa, works as a nanny; lives with cousins at {QUEENSADDR}.",
    "Social hx: Senegalese, street vendor; wife and 4 children in Senegal. Cousin {NAME} is emergency contact.",
    "Social hx: Crucian, retired from the refinery; lives at {ESTATE}; daughter {FIRST} in the states.",
    "Social hx: Mexican, Mixteco-speaking, cook; lives with 6 others at {NYCSTREET}. Partner {NAME}, {NYPHONE}.",
    "Social hx: Fuzhounese, restaurant worker; wife {CNFIRST}; child in China with grandparents.",
    "Social hx: Jamaican, retired nurse's aide; grandson {FIRST} lives with her at {WALKUP}.",
    "Social hx: Ecuadorian, construction; lives at {QUEENSADDR}, {NYCITY}. Wife {FIRST} {ECLAST}.",
    # Word names
    "Pt {WNAME} seen for follow-up of HTN. BP 132/80.",
    "Caregiver {WFIRST} {WLAST} reports improved intake.",
    "Referred by Dr. {WLAST}; letter on file.",
    "Family meeting with {FIRST} {WLAST} and daughter {WFIRST}.",
    "Spoke with Mrs. {WLAST} re: Access-A-Ride.",
]  # fmt: skip

_PHI_FREE_CHAT = [
    "ok gracias doctora",
    "bendición",
    "bendición abuela",
    "ok mami ya voy",
    "si mañana a las 8 está bien",
    "ya me tomé la pastilla",
    "se fue la luz otra vez",
    "la planta eléctrica no prende",
    "desde el huracán maría la luz no es estable",
    "la nevera de la insulina está caliente, la tiro?",
    "mi azúcar amaneció en 212",
    "la presión 148/92 esta mañana, 139/88 por la noche",
    "is tylenol ok with the metformin",
    "can i take ibuprofen 600 with the lisinopril",
    "how long do i keep the cgm on, 10 days or 14?",
    "the elevator is broken again",
    "the heat is off in the whole building",
    "there's mold in the bathroom and my son's asthma is bad",
    "i take the 2 train then the bus",
    "the bx19 never comes on time",
    "the A train was delayed an hour",
    "the ferry was cancelled because of the wind",
    "klk",
    "dímelo",
    "wepa",
    "ay bendito",
    "sak pase",
    "mèsi anpil",
    "mèsi manman",
    "bonjou doktè",
    "wah gwaan",
    "bless up",
    "mi soon come",
    "a gitten tug",
    "thanks bubbe",
    "gut shabbos",
    "baruch hashem, much better",
    "spasibo",
    "do svidaniya",
    "ni hao",
    "xie xie",
    "m goi",
    "assalamualaikum",
    "dhonnobad",
    "namaste",
    "tashi delek",
    "jërëjëf",
    "nanga def",
    "i ni ce",
    "medaase",
    "abeg",
    "alli puncha",
    "gracias mi amor",
    "thank u so much 🙏🙏",
    "👍",
    "ok",
    "no puedo ir el lunes, trabajo",
    "is the clinic open on saturday",
    "we can't come friday night or saturday, it's shabbos",
    "ramadan starts next week, can i fast with my insulin",
    "we fast before easter",
    "the video visit froze again",
    "how do i do the video thing on my phone",
    "my tablet battery is dead",
    "the pharmacy box came warm, is the insulin still good",
    "can i get 90 days instead of 30",
    "i only have 3 pills left",
    "they said prior auth takes 72 hours",
    "is it normal to feel dizzy on the new pill",
    "my feet tingle at night",
    "i drive 12 hours a day, my back is killing me",
    "i work nights so i sleep days",
    "the kitchen is so hot in summer",
    "we are 7 people in a 2 bedroom",
    "the stairs are 5 floors, no elevator",
    "the super never fixes anything",
    "i have diabetes for 10 years",
    "me dan mareos cuando me agacho",
    "ya no tengo la receta",
    "cuánto cuesta la consulta sin seguro",
    "medicaid says my renewal is late",
    "i'm still waiting for the metroplus card",
    "the plan vital card didn't come yet",
    "dialysis is monday wednesday friday",
    "i missed one dose yesterday",
    "my 89 year old neighbor brings me soup",
    "she is 78 and walks every day",
    "my son is 17 and needs a sports physical",
    "since 2017 i have had this cough",
    "born in 1958, came here in 1979",
    "we went back to the island in 2018 after the hurricane",
    "the water is out again, we are using the cistern",
    "boil the cistern water before giving it to the baby",
    "godbless u all",
    "god is merciful, the surgery went well",
    "mirabelle plum jam is my favorite",
    "the casement window in the kitchen won't close",
    "the sash window is stuck and the radiator is too hot",
    "i put the pills in the top drawer of the dresser",
    "the boat is at the mooring, we come by dinghy",
    "grandpa sleeps on the divan in the living room",
    "put a coaster under the glass please",
    "the turret on the church is being fixed",
    "i hit my toe on the door jamb",
    "she sits on the settee all day",
    "the ballast on the light in the hallway buzzes",
    "we saw the buoy from the ferry",
    "the duvet is too heavy for her",
    "grandma crochets a doily for every table",
    "the skylight leaks when it rains",
    "a carafe of water by the bed",
    "i cut my finger on the cheese grater",
    "she keeps her feet up on a footstool",
    "a teacup of chamomile before bed",
    "the lamppost outside is out, the block is dark",
    "the breezeway in the projects is where the kids play",
    "the parapet on the roof is cracked",
    "the soffit over the porch has a wasp nest",
    "a flagpole fell in the storm",
    "the sidewalk is icy, she almost fell",
]

_PHI_FREE_NOTE = [
    "BP 146/90, HR 82, RR 16, SpO2 95% on RA, T 98.6 F",
    "A1c 9.8% (LOINC 4548-4); fasting glucose 196 mg/dL",
    "eGFR 42 mL/min/1.73m2; UACR 120 mg/g",
    "Dengue NS1 negative; IgM pending",
    "ICD-10 A90 dengue fever",
    "ICD-10 E11.65 type 2 diabetes with hyperglycemia",
    "ICD-10 J45.41 moderate persistent asthma with acute exacerbation",
    "ICD-10 I50.32 chronic diastolic heart failure",
    "ICD-10 Z59.1 inadequate housing",
    "ICD-10 Z91.81 history of falling",
    "CPT 99214, 99417; modifier 95 for synchronous telehealth",
    "CPT 99349 home visit, established patient",
    "HCPCS G0511 CCM/BHI in RHC/FQHC",
    "LOINC 2345-7 glucose, serum; LOINC 718-7 hemoglobin",
    "Metformin 1000 mg PO BID; glipizide 5 mg daily",
    "Insulin glargine 22 units subcut qHS; titrate by 2 units q3 days",
    "Furosemide 40 mg PO daily; KCl 20 mEq daily",
    "Albuterol HFA 2 puffs q4h PRN; spacer provided",
    "Budesonide/formoterol 160/4.5 2 puffs BID",
    "Hydroxyurea 500 mg daily for sickle cell disease",
    "Hgb 8.9 g/dL, MCV 68 fL, ferritin 5 ng/mL",
    "Hb electrophoresis: HbSC",
    "Lead 4 mcg/dL (venous)",
    "PPD 14 mm induration at 48 h",
    "IGRA positive; CXR without infiltrate",
    "HIV-1/2 Ag/Ab nonreactive",
    "Apgar 8 and 9; weight 3.1 kg; length 49 cm",
    "Phalen and Tinel positive bilaterally",
    "Murphy sign negative",
    "Kernig and Brudzinski negative",
    "Romberg negative; gait steady",
    "Epley maneuver performed for BPPV",
    "Pt is 87; lives independently",
    "Pt is 64 y/o, retired",
    "Pt reports 20 pack-years, quit 2009",
    "Duration of symptoms: 10 days",
    "Follow up in 2 weeks, or sooner if worse",
    "RTC 3 months for A1c",
    "Wednesday clinic full; offered Thursday",
    "No Friday afternoon or Saturday appointments per pt preference",
    "Video visit, audio only due to bandwidth",
    "Interpreter offered and accepted",
    "Interpreter declined; pt fluent in English",
    "Pt homebound; elevator out of service",
    "Generator-dependent equipment: oxygen concentrator",
    "Hurricane preparedness counseling provided; 2-week medication supply",
    "Cold chain maintained on mail-order shipment",
    "Wound: 3 cm laceration R palm, repaired with 4-0 nylon x 5",
    "Dx: ankle sprain; XR no fracture",
    "Spirometry FEV1/FVC 0.64; post-BD FEV1 improved 14%",
    "Mallampati III; neck circumference 17.5 in; STOP-BANG 5",
    "PHQ-9 score 12; GAD-7 score 9",
    "MoCA 21/30; clock draw abnormal",
    "Fall risk: Morse 60, high",
    "Braden 15",
    "Code status: full code",
    "NPO after midnight",
    "Diet: carb consistent, 1800 kcal; low sodium",
    "Ambulates with a cane",
    "Chest: bibasilar crackles",
    "Abd: soft, nontender",
    "Ext: 2+ pitting edema bilaterally",
    "Neuro: CN II-XII intact",
    "Care plan reviewed in Spanish",
    "Education given in Haitian Creole via interpreter",
    "Yiddish, Wolof and Bengali interpreter lines available 24/7",
    "Consent form in Russian and Simplified Chinese provided",
    "Pt sleeps on a divan in the living room; bed ordered",
    "Home safety: loose doily on stairs removed; footstool moved",
    "Home safety: skylight leak over bed; referred to housing",
    "Pt fell over a footstool in the dark; night light advised",
    "Pt's duvet replaced with lighter blanket",
    "Cistern water; counseled on treatment",
    "Ramadan fasting discussed; insulin adjusted",
    "Shabbat elevator use discussed for follow-up scheduling",
]

_PHI_FREE_LOG = [
    "INFO healthcheck ok uptime=86400s",
    "level=info svc=telehealth event=room_created duration_s=0",
    "level=warn svc=mailrx event=cold_chain_alert temp_c=9.1 threshold=8",
    "GET /health 200 2ms",
    "GET /static/js/app.min.js 304 1ms",
    "POST /api/v1/visits 201 74ms",
    "ERROR connection reset by peer retry=3",
    "WARN queue depth 3120 > 3000",
    "cron: nightly eligibility batch finished, 0 errors",
    "fax-gw: modem 2 idle",
    "ivr: menu option 2 (español) selected",
    "ivr: menu option 4 (kreyòl) selected",
    "MSH|^~\\&|LAB|PUENTE|||||ACK^R01|||2.5.1",
    "OBX|1|NM|4548-4^HbA1c^LN||9.8|%|4.0-5.6|H|||F",
    "OBX|2|NM|2345-7^Glucose^LN||196|mg/dL|70-99|H|||F",
    "OBX|3|NM|33914-3^eGFR^LN||42|mL/min/1.73m2|>60|L|||F",
    '{"resourceType":"Observation","code":{"text":"Blood pressure"},"valueString":"146/90"}',
    '{"level":"debug","msg":"cache miss","key":"formulary:v9"}',
    "SE*24*0001~GE*1*1~IEA*1*000000001~",
    "kafka consumer lag=0 partition=2",
    "storm-outreach: 412 generator-dependent patients flagged",
    "homecare: 38 visits scheduled, 2 cancelled (elevator out)",
    "o2-telemetry: 9 alarms cleared",
    "deploy v3.2.1 complete",
    "tls handshake ok cipher=TLS_AES_128_GCM_SHA256",
    "java.lang.NullPointerException at org.puente.rx.Label.render(Label.java:77)",
    "ERROR 1205 (HY000): Lock wait timeout exceeded",
    "aar-dispatch: 0 trips pending",
]

_PHI_FREE_CHAT2 = [
    "the coquí sing all night",
    "there's a lot of dengue in the barrio this year",
    "the mosquitoes are terrible after the rain",
    "we cook arroz con gandules for christmas",
    "tostones and rice, is that ok for my sugar",
    "sancocho on sunday",
    "i drink malta every day, is that too much sugar",
    "griot and diri ak pwa",
    "soup joumou on new year's day",
    "ackee and saltfish for breakfast",
    "sorrel drink at christmas",
    "johnny cake and fish",
    "challah and cholent on shabbos",
    "kasha and borscht",
    "congee and pickled vegetables",
    "rice and dal every day",
    "thieboudienne for lunch",
    "jollof rice at the party",
    "momo on the weekend",
    "the bodega sells everything",
    "the laundromat is closed on sunday",
    "the boardwalk is nice in the morning",
    "the park has a track for walking",
    "the projects have a new playground",
    "the 7 train is crowded at 7am",
    "the express bus takes an hour",
    "the storm knocked out the power for 3 days",
    "the road washed out again",
    "the generator uses a lot of gas",
    "we fill the cistern when it rains",
    "hurricane season starts in june",
    "the ferry to the other island was full",
    "is it ok to eat mango with my diabetes",
    "the spring festival is next week",
    "we go to the mandir on sunday",
    "the mosque has free iftar",
    "the church has a food pantry on tuesdays",
    "kaddish for my father this week",
    "we light candles friday night",
    "carnival is in february",
    "the parade is on sunday, we watch from the stoop",
    "the bus costs 2.90 now",
    "i have a metrocard but no money on it",
]

PHI_FREE = _PHI_FREE_CHAT + _PHI_FREE_NOTE + _PHI_FREE_LOG + _PHI_FREE_CHAT2
