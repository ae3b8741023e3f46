"""The "blind9" split: a ninth held-out set, written blind to the system it judges.

How it was written. Only generate.py, templates.py, values.py, tune4.py and tune5.py (and the ruff
settings in pyproject.toml) were read, for the module interface and the annotation conventions;
the engine, its tests, its documentation, the benchmark code and the other data modules were not
opened, and nothing was run against the engine. The other data modules were only imported, by a
throwaway script, to collect their pools for the overlap check described below.

What it models. Text that a US clinic network receives from a wider spread of settings than a
city primary-care practice: a rural family practice in the Mountain West and the Great Plains (ranch
and reservation addresses, rural routes, county roads, mile markers, tiny towns), an urban
safety-net hospital's ED and wards, a pediatric practice (parents, school nurses and foster-care
caseworkers writing about children), a behavioural-health clinic, home health and hospice, a
dialysis unit, an urgent-care chain, a dental and an optometry office, and a telehealth service.

- CHAT is portal and SMS text typed on phones by patients, parents and relatives: lowercase, no
  punctuation, run-ons, emoji, voice-to-text slips, relatives and staff named in passing with no
  cue word, children's names, a given name alone as a sign-off, nicknames, names that are also
  ordinary words, dates in every casual shape ("the 3rd", "tues 3/4", "4th of march", "3-4-21",
  "next mon the 12th", ranges), casually typed addresses, phones, e-mail and Medicaid numbers.
- LOGS are key=value and JSON lines, query strings, HL7 v2 segments (MSH, PID, NK1, PV1, OBR, IN1,
  GT1), CSV rows, Python, Java and Node stack traces, nginx and apache access lines, Celery, cron,
  systemd and Kubernetes lines, syslog, audit trails, FHIR fragments, slow-query SQL, e-mail
  gateway and fax server logs, X12 270/271 and 837 segments, DICOM headers and pager messages.
- NOTES are HPIs, assessments and plans, ED triage, discharge summaries, referral and consult
  letters, telephone encounters, nursing, PT/OT/speech, behavioural-health and social-work notes,
  school and sports forms, immunisation records, medication reconciliation, procedure, radiology
  and pathology reports, dental and eye exams, hospice and home-health visits, prior
  authorisations, work and school excuses, signature blocks and cc lines, family and social
  history naming relatives, with dates of service, birth, admission, surgery, LMP, immunisation
  and death in many formats.
- PHI_FREE lines look like the rest and carry no identifier: vitals, doses and tapers, lab values,
  pain scores, growth percentiles, ICD-10, LOINC, CPT, CDT and NDC codes, eponyms, ages under 90,
  weekdays, months and years alone, durations, drug and device model names, unit names, version
  numbers, log lines with only technical ids, and the ordinary words that this split also uses as
  names (thrush, sleet, relish, mead, hobby, rodeo, suede ...).

Names come from 80 origins weighted roughly as a mixed rural and urban US patient population
(see ORIGINS), including Mexican with Nahua, Zapotec, Mixtec and Purépecha names, Central and South
American with K'iche', Mam, Kichwa and Quechua names, Caribbean, African American, West, Central
and East African, Middle Eastern, Central Asian, Eastern European, South and Southeast Asian,
East Asian, Pacific Islander, Native American and Alaska Native, Amish, Mennonite and Hutterite,
Hasidic, Cajun, Appalachian, Scandinavian-, German-, Irish- and Italian-American. They appear
family-name first where that is the custom, with initials, middle names, double and hyphenated
family names, particles (de, al-, bin, Mc, O'), apostrophes, generational suffixes and quoted
nicknames, in full, as a given name alone, as a family name after a title, as "LAST, FIRST", in
capitals, in lowercase, inside file and device names, and inside usernames and e-mail addresses.
Addresses have units, directionals, half numbers, PO boxes, rural and star routes, county, state
and US highways, mile markers, Salt Lake-style grid addresses, reservation routes and house
numbers, trailer-park lots and ranch roads; a street name alone and a unit line alone also occur.

Annotation follows tune4.py and tune5.py. A state is not scored ({STATE}, label None). A weekday
next to a date ("tues 3/4") and a clock time after it ("3/4 at 2", "03/04/2024 14:22") stay
outside the DATE, while a whole ISO or logging timestamp is one DATE; the clock after an nginx
"14/Mar/2024:" date or a syslog "Mar 14" stays outside. "The" in "the 3rd" is outside the DATE. A
range "3/4-3/9" is two DATEs. A month alone, a year alone, a weekday alone and "early March" or
"mid-June" are not PHI; a month with its year ("March 2021", "03/2021") is a DATE. A title (Dr.,
Mrs.), a credential (MD, RN) and a possessive "'s" stay outside the NAME; a quoted nickname inside
a full name is part of it; in HL7, X12 and DICOM each name component is its own NAME span. Only
ages over 89 are AGE_OVER_89. A street name without a house number and a unit line on its own
are ADDRESS. A few slots carry filler that is not PHI (clock times, request ids, latencies); their
label is None. JSON braces in templates are doubled for str.format, and no slot sits directly
before a doubled closing brace.

Overlap check. No given name, family name, nickname, street name, city or e-mail domain here
shares a word with the pools of values.py (with the Faker names it draws, for both of its
splits), templates.py or any other module in this package (blind.py to blind8.py, tune2.py to
tune7.py), nor with the first- and last-name lists of any Faker person provider installed. A
throwaway script imported those modules, collected every string from their module-level lists,
tuples and dicts and from a few thousand calls of each value function with seeded generators,
folded accents and case, split on everything that is not a letter or digit (apostrophes both
split and joined), and checked every word of this module's pools and of its generated names,
addresses, cities and e-mail addresses against that set; words of the other modules' templates
were checked as well. Particles (de, del, la, al, bin, Mc, O ...), generational suffixes,
generic address and place words (St, Rd, Hwy, County, Box, Lot, Apt, Fort, Lake, Springs, City,
Calle ...), directionals, single letters and initials, tokens with digits and top-level domains
were exempt. Colliding words were replaced and the check rerun until it found none. The same
script confirmed that no template here is also a template of another split, and lines that came
out close to one were reworded.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[float, list[str], list[str]]] = {
    # Mexican, with Nahua, Zapotec, Mixtec and Purépecha names.
    "mexican": (10, [
        "Eustolia", "Estanislao", "Fermina", "Osiel", "Atanasio", "Cleofas", "Eucario", "Expedito",
        "Plutarco", "Sóstenes", "Wilebaldo", "Anatolia", "Casimira", "Celerina", "Crescenciana",
        "Elpidia", "Emerenciana", "Filiberta", "Gumersinda", "Hilaria", "Maximina", "Nazaria",
        "Porfiria", "Reveriana", "Severa", "Tiburcia", "Venancia", "Zeferina", "Abundia", "Canuto",
        "Cenobia", "Eleno", "Galdino", "Gumecindo", "Medardo", "Nemesia", "Ponciano", "Valeriano",
        "Jaretzi", "Xochiquetzal", "Ameyalli", "Yaotl", "Cuetlachtli", "Tlalli", "Citlalmina",
        "Tonantzin", "Necahual", "Tlanextli", "Donají", "Guendalupe", "Nizhé", "Beeu", "Nduva",
        "Tachi", "Yuvi", "Filogonio", "Macedonio", "Hermelindo", "Aniceta", "Nezahualcóyotl",
        "Tlacaélel", "Bartola", "Gorgonio",
    ], [
        "Zavaleta", "Aceves", "Anzures", "Balderrama", "Baltierra", "Bracamontes", "Cadengo",
        "Canchola", "Escalera", "Escárcega", "Higareda", "Hinojos", "Loza", "Rebollar", "Sigala",
        "Talamantes", "Toscano", "Velarde", "Aispuro", "Bribiesca", "Chávarri", "Ezquivel",
        "Mendívil", "Moctezuma", "Mosqueda", "Sahagún", "Tafolla", "Tostado", "Villela",
        "Tzintzun Cuiriz", "Anguamea", "Cuirís", "Huipe", "Jacuinde", "Zintzún", "Tzitzihua",
        "Tzintzún", "Huitziméngari", "Cuiriz", "Zinzún", "Tzitzi", "Huitzacua", "Ziranda",
        "Tangamashi", "Cuin",
    ]),
    # Salvadoran.
    "salvadoran": (3, [
        "Balmore", "Remberto", "Ondina", "Rosibel", "Sulmy", "Adonay", "Arquímedes",
    ], [
        "Landaverde", "Coreas", "Saravia", "Rodezno", "Rauda", "Guandique", "Iraheta", "Larín",
        "Maravilla", "Mártir", "Melara", "Monterrosa", "Saca", "Sibrián", "Trigueros",
    ]),
    # Honduran.
    "honduran": (2, [
        "Kelin", "Suyapa", "Lempira", "Yony", "Delmy", "Bayardo", "Geovany", "Jensy", "Kelyn",
        "Lesbi", "Yolany", "Fredis",
    ], [
        "Bustillo", "Lanza", "Bográn", "Mairena", "Tróchez", "Aguiluz", "Almendárez", "Andino",
        "Castellón", "Colindres", "Gradiz", "Oseguera", "Rápalo", "Villeda",
    ]),
    # Guatemalan, with K'iche', Mam, Q'anjob'al and Q'eqchi' names.
    "guatemalan": (3, [
        "Tekún", "Xhuan", "Lolen", "Estuardo", "Yefry", "Keilyn", "Nohelia", "Ajpu", "Mekel",
        "Lekin", "Malkal", "Pelip", "Kaxhin", "Xhepel", "Mikin", "Matal", "Axhul", "Tumax",
        "Floridalma", "Zonia",
    ], [
        "Chay", "Yax", "Tzunun", "Chajchalac", "Chitay", "Tzep", "Quisquiná", "Puac", "Bámaca",
        "Gramajo", "Monzón", "Samayoa", "Xocop", "Coc", "Chub", "Quib", "Sacul", "Tzib", "Chacach",
        "Chicop", "Sotz", "Xinico", "Jocholá", "Tuyuc",
    ]),
    # Venezuelan.
    "venezuelan": (2, [
        "Yusmary", "Yulimar", "Yorgelis", "Neomar", "Yeiber", "Deivis", "Wuilliams", "Yorman",
        "Dayerlin", "Yulianny", "Nairobis", "Rosmery", "Deiker", "Yonaiker", "Yusleidy", "Yelitza",
        "Yorleni", "Yeraldine", "Darwinson", "Yuberly", "Dayanna", "Anyeli", "Wuilmer", "Yorbis",
        "Neudys", "Eudomar", "Yosmar", "Darwuin",
    ], [
        "Urdaneta", "Chacín", "Mujica", "Graterol", "Pernalete", "Colmenares", "Añez", "Rondón",
        "Bracho", "Montilla", "Pirela", "Villasmil", "Fuenmayor", "Sulbarán", "Echenique",
        "Guanipa", "Gotera", "Ocando", "Querales", "Sequera", "Timaure", "Uzcátegui",
    ]),
    # Colombian (Antioquia and the coffee belt).
    "colombian": (1.5, [
        "Wbeimar", "Yirley", "Jhorman", "Jhonier", "Durley", "Mayerli", "Ubeimar", "Yeisson",
        "Yefferson", "Yeraldín",
    ], [
        "Quiceno", "Echeverri", "Muñetón", "Marulanda", "Cadavid", "Cuartas", "Grajales",
        "Hincapié", "Isaza", "Lopera", "Rave", "Tabares", "Urrego",
    ]),
    # Ecuadorian, with Kichwa names (Cañar, Azuay, Chimborazo).
    "ecuadorian": (1.5, [
        "Nube", "Klever", "Inti Sisa", "Sumak", "Killa Sisa", "Ñusta", "Pakari", "Rumi", "Sisa",
        "Yaku", "Churi", "Kuri", "Nayra", "Pachakutik", "Tupak", "Yupanki",
    ], [
        "Quishpe", "Chimbo", "Pilco", "Tenesaca", "Sisalima", "Cajamarca", "Lema", "Morocho",
        "Tixi", "Caguana", "Zhunio", "Naula", "Duchitanga", "Uyaguari", "Guartatanga", "Zhagui",
        "Yunga", "Chalco", "Quizhpi", "Tacuri", "Guzñay", "Lojano", "Chumbi", "Guallpa", "Jadán",
        "Matute", "Mayancela", "Peñafiel", "Saquicela", "Tenelema", "Urgilés", "Zhañay",
    ]),
    # Peruvian, with Quechua names.
    "peruvian": (1, [
        "Wayra", "Inti", "Killa", "Sayri", "Túpac", "Eulogia", "Ayar", "Cusi", "Illari", "Luzmila",
        "Felícita",
    ], [
        "Huaracha", "Ttito", "Huillca", "Cusi", "Puma", "Layme", "Ñaupari", "Yauri", "Sullca",
        "Pacori", "Huarcaya", "Taipe", "Alca", "Arotoma", "Ccallo", "Choquehuanca", "Huacho",
        "Llacsa", "Pumacahua", "Sacsi", "Surco", "Vilca", "Yucra",
    ]),
    # Puerto Rican.
    "puerto_rican": (3, [
        "Yeniel", "Evelisse", "Yeritza", "Yelitza", "Xiomarie", "Marangely", "Luzminda", "Nivia",
        "Maribelle", "Yelimar", "Jeancarlos", "Wilberto",
    ], [
        "Torruella", "Padró", "Irizarri", "Bonano", "Pantojas", "Pellot", "Hernaiz", "Oyola",
        "Archilla", "Echandi", "Febo", "Hance", "Ilarraza", "Kuilan", "Lamboy", "Loubriel", "Nater",
        "Olivencia", "Rondón", "Santaella", "Tricoche", "Ubiñas", "Vizcarrondo",
    ]),
    # Dominican.
    "dominican": (2.5, [
        "Rafelina", "Aneudy", "Yohanna", "Dilenia", "Yosmeiry", "Elvys", "Yuberkys", "Amauris",
        "Yuneisy", "Rafaelito", "Dariangel", "Yoelkis", "Ysmael", "Yoselyn", "Odanis", "Rudys",
    ], [
        "Capellán", "Grullón", "Lizardo", "Mieses", "Ulerio", "Inoa", "Ogando", "Sención", "Tineo",
    ]),
    # Cuban.
    "cuban": (1.5, [
        "Yoandri", "Yanisleidy", "Yunieski", "Arisleidy", "Yamilka", "Dainiel", "Yuniel", "Leydis",
        "Ariagna", "Raysel", "Yoslaine", "Maylín", "Yosleidy", "Arelys", "Dunieski",
    ], [
        "Capote", "Boza", "Hechavarría", "Pestana", "Varona", "Agramonte", "Basulto", "Deulofeu",
        "Echemendía", "Hierrezuelo", "Larduet", "Nodarse", "Palenzuela", "Torriente",
    ]),
    # African American, older Southern names and modern coined ones.
    "african_american": (11, [
        "Zamari", "Deontay", "Zyaire", "Jakari", "Javarious", "Quavon", "Makiah", "Nykeria",
        "Jaterrius", "Jaquarius", "Kendarius", "Tavarius", "Travion", "Zamarion", "Anylah",
        "Chrisette", "Damiya", "Jamiyah", "Kenyada", "Nekia", "Patrina", "Roshanda", "Takira",
        "Trinece", "Vernessa", "Zakiyyah", "Cleavon", "Levester", "Percell", "Da'Quavion",
    ], [
        "Eley", "Legree", "Mosby", "Pippen", "Jinks", "Purnell", "Stackhouse", "Ferebee",
        "Witherington", "Grinage", "Honablue", "Crudup", "Bowser", "Gholson", "Kersey", "Lattimore",
        "McDuffie", "Mixon", "Murrell", "Petteway", "Pompey", "Shavers", "Toliver", "Wooden",
        "Zellars", "Brightman", "Cureton", "Doby", "Esters", "Gethers", "Goodson", "Latimore",
        "McClinton",
    ]),
    # Haitian.
    "haitian": (2, [
        "Mercidieu", "Ilfrant", "Manouchka", "Lovensky", "Woodley", "Lunie", "Fedline",
        "Mackensonne", "Kerby", "Mérilus", "Exilia", "Ismanie", "Lovelie",
    ], [
        "Telfort", "Veillard", "Milfort", "Olibrice", "Bienaimé", "Elisma", "Lauture", "Casséus",
        "Occéus", "Vernet", "Wilfort", "Dorismond", "Métayer", "Obas",
    ]),
    # Jamaican.
    "jamaican": (1, [
        "Tashana", "Shamoy", "Tavia", "Kadeen", "Jhenelle", "Nickeisha", "Oraine", "Glenroy",
        "Shanakay", "Sherika", "Tashieka", "Shantoy", "Odeen", "Tavoy", "Oniel", "Deshane", "Kemoy",
        "Jevaughn", "Linval", "Everald", "Glenford", "Lloydie",
    ], [
        "Blagrove", "McLeggon", "Rattray", "Heslop", "Virgo", "Sewell", "Mullings", "Blackwood",
        "Robotham", "Yapp",
    ]),
    # Guyanese, Indo- and Afro-Guyanese.
    "guyanese": (1, [
        "Khemraj", "Bhagwandai", "Oumadai", "Lilawattie", "Rohanie", "Parbattie", "Bissoondial",
        "Indrawattie", "Ramdai", "Dhanraj", "Tilakdai", "Omadai", "Leeland", "Eon", "Shondel",
    ], [
        "Persaud", "Sukhdeo", "Seepersaud", "Bacchus", "Rampersaud", "Dindial", "Mohabir", "Narine",
        "Ramcharran", "Boodhoo", "Harrylall", "Bisnauth", "Seegobin", "Doobay", "Kissoon",
        "Latchman", "Sugrim", "Critchlow", "Blackman", "Harlequin", "Gonsalves",
    ]),
    # Nigerian: Yoruba, Igbo, Hausa.
    "nigerian": (2.5, [
        "Oluwadamilare", "Ibukunoluwa", "Rabiu", "Salisu", "Jamilu", "Chibuzor", "Oluwatobiloba",
        "Ayomikun", "Iyanuoluwa", "Toluwalase", "Tiwatope", "Olamiposi", "Fisayo", "Tomiwa", "Dayo",
        "Wunmi", "Ogochukwu", "Ugonna", "Zikora", "Kamsiyochukwu", "Chimdi", "Afamefuna", "Jidenna",
        "Zaharaddeen", "Lawan", "Ummi", "Zulai",
    ], [
        "Oyeleke", "Nwabueze", "Ezenwa", "Nwaneri", "Okwuosa", "Ezeife", "Azubuike", "Tanko",
        "Dantata", "Gwarzo", "Yakasai", "Maikano", "Nwoke", "Egwu", "Ihedioha", "Oguejiofor",
        "Uzodinma",
    ]),
    # Ghanaian: Akan, Ewe, Ga.
    "ghanaian": (1.5, [
        "Aseye", "Adjeley", "Dedei", "Korkoi", "Adoley", "Odarley", "Ebo", "Kukua", "Adepa",
        "Ohemaa", "Obaapa", "Maame", "Mawunya", "Lamiley", "Okailey", "Amerley",
    ], [
        "Afriyie", "Ahiabor", "Kuadey", "Akpalu", "Dzakpasu", "Amenyo", "Okine", "Nortey", "Aryee",
        "Odartey", "Lartey", "Ashong", "Kotei", "Quarcoo", "Laryea",
    ]),
    # Liberian (Kpelle, Bassa, Vai, Americo-Liberian).
    "liberian": (1, [
        "Fatu", "Korto", "Garmai", "Yassah", "Siah", "Tarnue", "Boakai", "Sumo", "Nyumah", "Jusu",
        "Koikoi", "Wleh", "Mardea", "Yamah", "Nyanpu", "Gbarway", "Jallah", "Decontee",
    ], [
        "Gbowee", "Tarr", "Mulbah", "Zogbaum", "Sackor", "Gbeh", "Tweh", "Karnga", "Gono", "Zinnah",
        "Wonkeryor", "Yarkpawolo", "Barclay", "Gbah", "Sumo", "Wolokollie", "Nyenpan", "Kiazolu",
        "Kerkula", "Kpehe", "Wreh", "Yeakula", "Zayzay",
    ]),
    # Sierra Leonean.
    "sierra_leonean": (1, [
        "Mariatu", "Alusine", "Jeneba", "Yayah", "Memunatu", "Ramatu", "Abass", "Sallieu", "Tejan",
        "Sorie", "Kemoh", "Brima", "Fatmata", "Haja",
    ], [
        "Kanu", "Sankoh", "Fornah", "Kallon", "Kanneh", "Samura", "Tarawally", "Sillah", "Bundu",
        "Lahai", "Kabba", "Timbo", "Massaquoi", "Bockarie", "Gbla",
    ]),
    # Congolese (Luba, Kongo, Swahili-speaking east).
    "congolese": (1, [
        "Kiese", "Lusamba", "Nkashama", "Tshiala", "Mujinga", "Kalanga", "Mbuyamba", "Nsanga",
        "Kamwanya", "Kazembe", "Kitenge", "Masengo", "Ngandu", "Nkongolo", "Kabasele", "Malaika",
        "Bintu", "Upendo", "Nshimire", "Mugisho", "Bahizire", "Cikuru", "Akonkwa",
    ], [
        "Mwilambwe", "Kanku", "Banza", "Mbemba", "Nsumbu", "Bukasa", "Ntumba", "Muamba", "Kalala",
        "Lokondo", "Bisimwa", "Cirhuza", "Byamungu", "Amisi",
    ]),
    # Burundian and Rwandan.
    "burundi_rwanda": (1, [
        "Déogratias", "Pacifique", "Irakoze", "Gatete", "Shema", "Cyusa", "Ndayisenga", "Evode",
        "Thacien", "Vestine",
    ], [
        "Nshimirimana", "Ndikumana", "Niyonkuru", "Ntakirutimana", "Habonimana", "Uwamahoro",
        "Mukeshimana", "Twagirimana", "Nzeyimana", "Havyarimana", "Niyibizi", "Munyaneza",
        "Kayitesi", "Uwineza", "Rwigema", "Ndayizeye", "Manirakiza", "Ntirampeba", "Nizigiyimana",
    ]),
    # Somali (Somali spelling and anglicised) and Somali Bantu.
    "somali": (2, [
        "Nasteexo", "Abshir", "Mberwa", "Abdinasir", "Sharmarke", "Maxamuud", "Sahro", "Ruqiyo",
        "Hodo", "Nimo", "Samiiro", "Nafiso", "Suldaan", "Abyan", "Sakariye", "Ilyaas", "Mustaf",
        "Ugaaso", "Mumtaas",
    ], [
        "Guleed", "Ducaale", "Wehliye", "Ibraahim", "Mkomwa", "Mberwa", "Mkonde", "Mzee", "Ngwiri",
        "Abdirahim", "Siyad", "Caynaan", "Derie", "Faarah", "Geelle", "Hiiraan", "Igal", "Keynaan",
        "Looyan", "Odowa", "Qoorsheel", "Shirwac", "Waabberi",
    ]),
    # Ethiopian: Amharic and Oromo.
    "ethiopian": (1.5, [
        "Yirgalem", "Biniyam", "Yeshiwork", "Worknesh", "Jaarso", "Dabala", "Lalise", "Ebise",
        "Feyisa", "Nagasa", "Waqo", "Ararso",
    ], [
        "Mersha", "Jiru", "Fufa", "Bulcha", "Tsegaw", "Ambaye", "Eshetu", "Nigatu", "Yimer",
        "Zenebe", "Beyene", "Chanyalew", "Derese", "Feleke", "Gizaw", "Sisay", "Workineh", "Yigezu",
        "Birhanu", "Gutema", "Hundessa", "Jaleta", "Kebebew", "Negassa", "Shuma",
    ]),
    # Eritrean (Tigrinya).
    "eritrean": (1, [
        "Rahwa", "Aklilu", "Fitsum", "Mehretab", "Temesghen", "Adiam", "Arsema", "Elen", "Senayt",
        "Weini", "Zebib",
    ], [
        "Weldemariam", "Mehretab", "Woldeab", "Okbamichael", "Ghebrehiwet", "Fessehaye", "Tesfai",
        "Ghebru", "Yosief", "Semere", "Bahta", "Eyassu", "Gebremeskel", "Iyasu", "Mesghenna",
        "Sium",
    ]),
    # Sudanese and South Sudanese (Dinka, Nuer).
    "sudanese": (1, [
        "Akuol", "Mabior", "Ayen", "Nyabol", "Nyakuoth", "Gatluak", "Nyachuol", "Duop", "Chuol",
        "Makuei", "Awut", "Mawien", "Nyamal", "Elfatih", "Nyibol", "Ajak", "Akon",
    ], [
        "Mading", "Riek", "Gatkuoth", "Elhassan", "Suliman", "Ater", "Machar", "Nhial", "Ruot",
        "Kuany", "Ajang", "Bior", "Kiir", "Lueth", "Manyang", "Nyok", "Panchol", "Thiik", "Yai",
        "Gatdet", "Kuach", "Ngor",
    ]),
    # Egyptian, many Coptic.
    "egyptian": (1, [
        "Bishoy", "Kirollos", "Fady", "Demiana", "Abanoub", "Verina", "Shenouda", "Beshoy",
        "Nermeen", "Sherif", "Hossam", "Walaa", "Youstina", "Karas", "Pola", "Nevine",
    ], [
        "Girgis", "Tadros", "Guirguis", "Abdelmalek", "Wassef", "Iskander", "Saweris", "Morcos",
        "Fahmy", "Soliman", "Abdelmessih", "Elmasry", "Farag", "Ghaly", "Bassili", "Naguib",
        "Tawfik", "Zaki", "Nakhla", "Wahba",
    ]),
    # Iraqi.
    "iraqi": (1, [
        "Sajjad", "Muntadher", "Ruqaya", "Hawraa", "Murtadha", "Hasanain", "Ayat",
    ], [
        "al-Ameri", "al-Khafaji", "al-Hilli", "al-Maliki", "al-Mosawi", "al-Bayati", "al-Azzawi",
        "al-Khazraji", "Jasim", "Kadhim", "Abdulhussein", "Mutlaq",
    ]),
    # Yemeni.
    "yemeni": (1, [
        "Abdulkarim", "Bilqis", "Mohsen", "Fawzia", "Nabiha", "Hamood", "Fatooma", "Sumaya",
        "Entisar", "Fayza", "Hamida", "Intisar", "Raghda", "Abdulqawi", "Gamal", "Mujahid",
        "Nashwan", "Shawqi",
    ], [
        "al-Yafai", "al-Sanaani", "Alsaidi", "Muthana", "al-Awlaqi", "Saif", "al-Harazi",
        "Alhubaishi", "Alzokari", "Alqadhi", "Almontaser", "Alsharabi", "Mothana", "Alwajih",
        "bin Hafeez", "al-Qubati", "al-Shihri",
    ]),
    # Afghan: Pashto, Dari, Hazara.
    "afghan": (1, [
        "Sadiqullah", "Hekmatullah", "Bashira", "Marzia", "Masooma", "Fatema", "Shafiqa", "Ghotai",
        "Nooria", "Rangina", "Sabira", "Wajma", "Zakia", "Bismillah", "Esmatullah", "Fazal",
        "Inayatullah", "Lutfullah", "Mujib",
    ], [
        "Yousufzai", "Rezaie", "Changezi", "Danishyar", "Alizai", "Halimi", "Omarzai", "Sahak",
        "Tarakhil", "Wahidi",
    ]),
    # Iranian.
    "iranian": (1, [
        "Farnaz", "Behrooz", "Shokouh", "Pouran", "Firouzeh", "Nazila", "Faramarz", "Keyvan",
        "Ardalan",
    ], [
        "Nikbakht", "Jafarzadeh", "Moghadam", "Javaheri", "Zandi", "Hashemian", "Shokouhi",
        "Zarrinkelk", "Sadeghian", "Ahmadinejad", "Dehghani", "Kazemzadeh", "Omidvar", "Rahnama",
        "Zargar", "Alavi", "Eghbali", "Hakimzadeh", "Karbasi", "Mirsaeidi",
    ]),
    # Kurdish (Sorani and Kurmanji).
    "kurdish": (0.7, [
        "Shvan", "Bakhtiyar", "Rozhan", "Hersh", "Chnar", "Hêja", "Rûken", "Zelal", "Gulistan",
        "Serhildan", "Welat", "Agir", "Rêber", "Hawar", "Nechirvan", "Kovan", "Trifa", "Bafrin",
        "Chra", "Nazenin",
    ], [
        "Duhoki", "Zangana", "Pishdari", "Sindi", "Goyi", "Hawezi", "Hawramani", "Mirani",
        "Khoshnaw", "Sharafkandi", "Ardalan Kurd", "Kurdi", "Qaradaghi", "Hamawandi", "Sulevani",
        "Barwari",
    ]),
    # Turkish.
    "turkish": (0.7, [
        "Berkant", "Aslı", "Ayşegül", "Beyza", "Damla", "Ezgi", "İrem", "Melike", "Yağmur",  # noqa: RUF001
        "Alperen", "Batuhan", "Çağatay", "Doğukan", "Furkan", "Göktuğ", "Ozan", "Rıdvan", "Semih",  # noqa: RUF001
        "Taner",
    ], [
        "Karadağ", "Dumlupınar", "Tekinalp", "Öztürkmen", "Eskiocak", "Akbulut", "Kılıçarslan",  # noqa: RUF001
        "Yazıcıoğlu", "Çakıroğlu", "Ekinci", "Gürsoy", "İnce", "Karakaya", "Uysal",  # noqa: RUF001
    ]),
    # Bukharan Jewish.
    "bukharan": (0.5, [
        "Gavriel", "Benyamin", "Bakhmal", "Yakov", "Gavriil", "Abo", "Bakhor", "Dzhuma", "Khana",
        "Malakhat", "Nisso", "Rakhel", "Tovo", "Yafa", "Zulaykho", "Avrom", "Borukh", "Ilyahu",
        "Manashe", "Mordekhai", "Nisan", "Pinkhas", "Rakhamim",
    ], [
        "Aminov", "Yakubov", "Kandov", "Davydov", "Ishakov", "Aronbayev", "Niyazov", "Badalov",
        "Khaimov", "Mullokandov", "Ilyaev", "Fuzailov", "Borukhov", "Kalontarov", "Pinkhasov",
        "Rubinov", "Shimonov", "Yagudaev", "Tolmasov", "Zakharyaev", "Khaimova", "Nektalov",
        "Iskhakov",
    ]),
    # Uzbek, Kazakh and Kyrgyz.
    "uzbek": (0.7, [
        "Gulnora", "Bekzod", "Zilola", "Umida", "Mukhlisa", "Dilshod", "Shukhrat", "Barno",
        "Nargiza", "Bakyt", "Kairat", "Saule", "Zhanar", "Bolot", "Cholpon", "Kubanych",
    ], [
        "Karimov", "Rashidov", "Abdullaev", "Yuldashev", "Mirzaev", "Ergasheva", "Kholmatov",
        "Sobirov", "Jurayev", "Ortiqov", "Toshmatov", "Qodirov", "Ibragimova", "Norboev",
        "Sultonov", "Xudoyberdiyev", "Eshmatov", "Azimova", "Baimukhamedov", "Dzhaksybekov",
        "Ermekov", "Kassymov", "Nurmagambetov", "Sadykov", "Tokayev", "Zhunusov", "Asanaliev",
        "Bakirov", "Dzhumabaev", "Osmonov", "Toktogulov",
    ]),
    # Chechen.
    "chechen": (0.5, [
        "Ramzan", "Shamil", "Magomed", "Zelimkhan", "Kheda", "Zarema", "Aminat", "Khava", "Movsar",
        "Dzhokhar", "Tamerlan", "Petimat", "Sovdat", "Khadizhat", "Ayshat", "Zulikhan",
    ], [
        "Magomadov", "Mutsaev", "Gaziev", "Bisultanov", "Dzhabrailov", "Akhmadov", "Tsakayev",
        "Eskerkhanov", "Vakhaev", "Mezhidov", "Daudov", "Khasanov", "Saidullaev", "Taramov",
        "Khaladov", "Zakaev", "Dadaev", "Edelgeriev", "Umkhaev", "Yandarbiev", "Isaev",
    ]),
    # Ukrainian.
    "ukrainian": (1.5, [
        "Solomiia", "Yurii", "Mykhailo", "Liudmyla", "Hryhorii", "Severyn", "Zenoviy", "Oleksii",
        "Yevheniia", "Anatolii", "Vitalii", "Marichka",
    ], [
        "Oliinyk", "Didenko", "Boiko", "Kostiuk", "Pavlyshyn", "Hnatyshyn", "Dovzhenko", "Kushnir",
        "Babiak", "Pylypiv", "Hrytsak", "Ivasiuk", "Lytvyn", "Palamarchuk", "Vakulenko",
    ]),
    # Russian (Old Believers among them).
    "russian": (1.5, [
        "Yefim", "Alevtina", "Faina", "Innokenty", "Kapitolina", "Nonna", "Pelageya", "Agafya",
        "Avdotya", "Efrosinya", "Glafira", "Lukerya", "Matryona", "Snezhana", "Vassa",
        "Yevfrosinia", "Agafon", "Avdei", "Efim", "Feoktist", "Gavrila", "Kuzma", "Mefodiy",
        "Onisim", "Prokhor", "Savely", "Terenty", "Trofim", "Yermolai", "Zinovy", "Yevlampiya",
    ], [
        "Vorobyova", "Belyaev", "Kudryavtsev", "Kulikova", "Korolev", "Ponomaryov", "Yershov",
        "Ryabov", "Krylov", "Muravyov", "Yefremov", "Zuev", "Kolesnikov", "Belousov",
    ]),
    # Moldovan and Romanian.
    "moldovan_romanian": (0.8, [
        "Veaceslav", "Vitalie", "Lucica", "Nelica", "Zinovia", "Lenuța", "Costică", "Serghei",
    ], [
        "Ceban", "Bostan", "Sirbu", "Plamadeala", "Moraru", "Chiriac", "Gaina", "Railean", "Grosu",
        "Scripnic", "Vrabie", "Jardan", "Bodrug", "Prodan", "Cazacu", "Păduraru", "Zgardan",
        "Melnic", "Cozma", "Lupașcu", "Spînu", "Cernei",
    ]),
    # Polish, with diminutives.
    "polish": (1.5, [
        "Władysława", "Bogusław", "Felicja", "Izydor", "Łucja", "Bartosz", "Wiktoria", "Czesia",
        "Danka", "Gienek", "Irka", "Lodzia", "Marysia", "Nusia", "Pola", "Rysiek", "Tadek",
        "Zdzisiek", "Bolek", "Mietek", "Wiesiek", "Władek", "Zbyszek",
    ], [
        "Grzybowski", "Pstrągowski", "Grzegorzewski", "Szczęsny", "Świerczewski", "Podgórski",
        "Chrząszcz", "Strzelczyk", "Zdunek", "Pietrzykowski", "Siwiec", "Bujak", "Kluska", "Sroka",
        "Iwaszkiewicz", "Jędrzejczyk", "Lewandowicz", "Łukaszewicz", "Makowiecki", "Niedźwiedzki",
        "Radziwiłł", "Trzaskowski", "Bieniek", "Jankowiak", "Lisowski", "Bartkowiak", "Dziadek",
        "Filipiak", "Tokarski",
    ]),
    # Bosnian.
    "bosnian": (1, [
        "Muamer", "Nedžad", "Esad", "Fikret", "Hajrija", "Ajša", "Šefik", "Zlatan", "Mevlida",
        "Sead",
    ], [
        "Begović", "Ibrić", "Sarajlić", "Čaušević", "Šabanović", "Kapetanović", "Spahić", "Hrnjić",
        "Mustafić", "Hajdarević", "Bajramović", "Džafić", "Hukić", "Jahić", "Lipovača",
        "Mahmutović", "Nuhanović", "Redžić", "Selimović", "Tabaković", "Vejzović",
    ]),
    # Albanian, Detroit -aj names among them.
    "albanian": (0.8, [
        "Jeta", "Arbër", "Granit", "Lule", "Prenda", "Gjon", "Pjeter", "Marije", "Dila", "Edlira",
        "Fatbardha", "Hajrie", "Ilirjana", "Mirjeta", "Nexhmije", "Qëndresa", "Rrezarta", "Xhevdet",
        "Dukagjin", "Genc", "Hysen", "Kreshnik", "Nexhat", "Qazim", "Rrahman",
    ], [
        "Mehmeti", "Gjoni", "Zeneli", "Bajraktari", "Dibra", "Camaj", "Lulgjuraj", "Dedvukaj",
        "Ivezaj", "Nikprelaj", "Gjokaj", "Berishaj", "Sinishtaj", "Lekaj", "Dreshaj", "Kaloshi",
    ]),
    # Greek.
    "greek": (0.8, [
        "Efthymios", "Yiannis", "Fotoula", "Georgoula", "Marigoula", "Pagona", "Zoitsa",
        "Miltiadis", "Pericles", "Savvas", "Stathis", "Taxiarchis",
    ], [
        "Kostopoulos", "Manolakis", "Diamantopoulos", "Giannakopoulos", "Anagnostopoulos",
        "Chatzidakis", "Fotopoulos", "Lykourgos", "Poulakis", "Sarantopoulos", "Tzavaras",
        "Bakalis", "Chronopoulos", "Dimopoulos", "Eleftheriou", "Ioannou", "Ntalianis",
        "Oikonomidis", "Vasilakos",
    ]),
    # Armenian.
    "armenian": (1, [
        "Narine", "Taguhi", "Sargis", "Arsen", "Hrant", "Anush", "Serob", "Araksi", "Azniv",
        "Lusaber", "Margarit", "Ovsanna", "Satenik", "Siranoush", "Takouhi", "Verjine", "Avedis",
        "Boghos", "Dikran", "Garo", "Haig", "Krikor", "Mihran", "Nishan", "Raffi", "Setrak",
        "Zareh", "Zaven",
    ], [
        "Mirzoyan", "Avagyan", "Tovmasyan", "Boyajian", "Melkonian", "Arakelian", "Garabedian",
        "Nazarian", "Abrahamian", "Balian", "Chakmakjian", "Dadourian", "Ekmekjian", "Froundjian",
        "Gazarian", "Injejikian", "Jamgochian", "Ouzounian", "Pashayan", "Sahakian", "Tahmazian",
        "Vartanian", "Yacoubian", "Zohrabian", "Garabetyan", "Karamanukyan", "Mnatsakanyan",
        "Saroyan", "Yesayan",
    ]),
    # Assyrian and Chaldean.
    "assyrian": (0.8, [
        "Ninos", "Shamiram", "Sargon", "Ashur", "Nineveh", "Ramina", "Atour", "Ninwa", "Shlimon",
        "Yousip", "Odisho", "Nahrain", "Akadina", "Ishtar", "Khoshaba", "Ashurina", "Narsai",
        "Bet-Sayda", "Nisan", "Sanharib", "Shmoni",
    ], [
        "Odisho", "Khoshaba", "Shlimon", "Yonan", "Kako", "Oshana", "Shabbas", "Giwargis", "Eshoo",
        "Youkhana", "Esho", "Barkho", "Ishaya", "Slewa", "Jarbo", "Najor", "Zaia", "Gewargis",
        "Benyamin", "Nisan",
    ]),
    # Punjabi.
    "punjabi": (1, [
        "Jasmeet", "Gurnoor", "Gurjeet", "Jasvir", "Kirpal", "Pritam", "Sukhdev", "Baljeet",
        "Gurdip", "Jaswant", "Karnail", "Nirmal", "Tarlochan", "Gurkirat", "Jasnoor", "Manjot",
        "Noorpreet", "Tegbir", "Fatehjit", "Ekamjot", "Himmat", "Kanwar",
    ], [
        "Gidda", "Jawanda", "Malhi", "Phagura", "Wahla", "Hothi", "Jhajj", "Nahal", "Padda",
        "Vilkhu",
    ]),
    # Gujarati.
    "gujarati": (1.5, [
        "Jigar", "Manubhai", "Rameshbhai", "Dipika", "Khushi", "Bhupendra", "Harshad", "Kirit",
        "Nitin", "Pankaj", "Chetna", "Meena", "Nayna", "Zalak",
    ], [
        "Kachhia", "Limbachia", "Vasani", "Hirani", "Kansagra", "Ladani", "Nakum", "Odedra",
        "Tanna", "Unadkat",
    ]),
    # Telugu.
    "telugu": (1.5, [
        "Pavan", "Sudheer", "Raghavendra", "Kalyani", "Venkateswarlu", "Satyanarayana",
        "Lakshmamma", "Subbarao", "Rajasekhar", "Hemanth",
    ], [
        "Gollapudi", "Pendyala", "Koneru", "Gummadi", "Muppala", "Peddireddy", "Ponnaluri", "Boddu",
        "Akkineni", "Gadde", "Sajja", "Tadikonda",
    ]),
    # Tamil.
    "tamil": (1, [
        "Muthu", "Tamilselvan", "Arulmozhi", "Kanmani", "Vignesh", "Dhanush", "Kayal", "Sivakami",
        "Ponni", "Mathivanan", "Nithya", "Pavithra", "Sangeetha",
    ], [
        "Veerappan", "Chellappa", "Jeyaraman", "Manickam", "Ponnusamy", "Shanmugam", "Thirumalai",
        "Arunachalam", "Dhandapani", "Elangovan", "Gnanasekaran", "Jayachandran", "Kathiresan",
        "Loganathan", "Ramalingam", "Sethuraman", "Vaithiyanathan", "Veeraraghavan", "Krishnasamy",
        "Sambandam",
    ]),
    # Malayali.
    "malayalam": (0.8, [
        "Shaji", "Sherin", "Bency", "Jomon", "Sinu", "Ancy", "Bindhu", "Deepthi", "Greeshma",
        "Jisha", "Lincy", "Neethu", "Princy", "Resmi", "Sheeja", "Shincy", "Tessy", "Vinitha",
        "Aji", "Bibin", "Renjith", "Shyju", "Sibi", "Vipin", "Ajeesh", "Jithesh", "Kochumon",
        "Eliyamma", "Thresiamma",
    ], [
        "Vadakkedathu", "Chirayil", "Kalapurackal", "Elavunkal", "Edappally", "Kunnathu", "Mannil",
        "Ollukaran", "Pulickal", "Valiyaveettil", "Karimattom",
    ]),
    # Marathi.
    "marathi": (0.8, [
        "Prashant", "Rohini", "Ashwini", "Mangesh", "Shreyas", "Ketaki", "Sharvari", "Mrunal",
        "Rutuja", "Chinmay",
    ], [
        "Gadgil", "Chitale", "Karve", "Godbole", "Lele", "Nimbalkar", "Wagh", "Thorat", "Salunkhe",
        "Dabholkar", "Marathe", "Paranjape", "Waghmare",
    ]),
    # Bengali.
    "bengali": (0.8, [
        "Subrata", "Anindita", "Indranil", "Abhijit", "Sharmistha", "Suchitra", "Tapas", "Sreyashi",
        "Anwesha", "Bratati", "Kakoli", "Mahua", "Piyali", "Biswajit", "Chandan", "Kaushik",
        "Nilanjan", "Rajarshi", "Saugata",
    ], [
        "Chattopadhyay", "Gangopadhyay", "Bandyopadhyay", "Bhaduri", "Dastidar", "Nandi",
        "Purkayastha", "Raychaudhuri", "Bhadra", "Rakshit", "Tagore",
    ]),
    # Pakistani (Punjabi, Sindhi, Baloch).
    "pakistani": (1, [
        "Hira", "Adeel", "Sidra", "Waqas", "Naveed", "Shabana", "Mahnoor", "Aneela", "Ghazala",
        "Mehreen", "Nighat", "Ehtisham", "Mudassar", "Nauman", "Sohail", "Tayyab",
    ], [
        "Warraich", "Khokhar", "Tarar", "Sipra", "Bhutta", "Chattha", "Dogar", "Mughal", "Sahi",
        "Arain", "Baloch", "Chohan", "Gujjar", "Jatoi", "Leghari", "Mazari", "Nawaz", "Qaisrani",
        "Rajput", "Soomro", "Talpur", "Wattoo", "Abro", "Bhutto", "Chandio", "Dahri", "Jamali",
        "Kalhoro", "Magsi", "Pirzada", "Zardari",
    ]),
    # Bangladeshi.
    "bangladeshi": (1, [
        "Shahnaz", "Khaleda", "Aminul", "Ruhul", "Shahadat", "Mosammat", "Tahsin", "Zannatul",
        "Delwar", "Hafizur", "Jashim", "Kawsar", "Rasel", "Tofazzal",
    ], [
        "Matubbar", "Mazumder", "Siddique", "Khandaker", "Akhand", "Fakir", "Gazi", "Hawlader",
        "Laskar", "Mallik", "Sardar", "Tarafdar", "Bhuiya", "Chakladar", "Dhali", "Hazra", "Mirdha",
        "Pathan",
    ]),
    # Nepali and Bhutanese Lhotshampa.
    "nepali_bhutanese": (1, [
        "Sujata", "Sabita", "Khadga", "Ashmita", "Gyanu", "Junu", "Kopila", "Yagya", "Nirmaya",
        "Aita", "Nirmal Bahadur",
    ], [
        "Ghalley", "Dhimal", "Chuwan", "Powdyel", "Katel", "Kuikel", "Rimal", "Sigdel",
        "Chaulagain", "Jaishi", "Rasaily", "Sanyasi",
    ]),
    # Burmese: Karen, Chin, Kachin, Rohingya, Bamar.
    "burmese": (1, [
        "Pree Pree", "Zing Hnem", "Bawi", "Biak", "Tluang", "Brang", "Hkawn", "Zau", "Bawk",
        "Shomshida", "Anwara",
    ], [
        "Hmung", "Tial", "Thawng", "Lahtaw", "Marip", "Maran", "Nhkum", "Lahpai", "Hpauyu",
        "Labang", "Sumlut", "Dashi", "Ullah", "Siddique", "Sultan",
    ]),
    # Hmong (clan names run together as US records write them).
    "hmong": (1, [
        "Tswj", "Doua", "Soua", "Maisee", "Gaonou", "Nhiabee", "Maikou", "Pajyeng",
    ], [
        "Phab", "Mouanoutoua", "Lyfoung", "Thaoxay", "Lysengthao", "Yangsao", "Xiongvang", "Vangay",
        "Lorvang", "Kongmeng", "Thaokue", "Moualeng", "Herxang", "Vuekhang", "Chaxiong", "Phabthao",
        "Yangkue", "Lycha", "Vanglor", "Tsabvaj",
    ]),
    # Lao.
    "lao": (0.8, [
        "Phetsamone", "Vilayvanh", "Bouasone", "Thongsavanh", "Souliya", "Daovone", "Manivanh",
        "Ketsana", "Sengphet", "Bounleuth", "Khampheng", "Viengkham", "Phaivanh", "Sisomphone",
    ], [
        "Sengsouvanh", "Bounthavy", "Khounthavong", "Xayasith", "Phommasack", "Sihavong",
        "Keovilay", "Phetsavong", "Bounpheng", "Chanthasone", "Douangmala", "Inthisane",
        "Keobounphanh", "Khamvongsa", "Luangkhot", "Manivanh", "Nanthavongdouangsy", "Oudomsouk",
        "Phimmasone", "Rasphone", "Thepvongsa", "Vongsavath", "Xaysana", "Phetmany",
        "Souphanouvong",
    ]),
    # Khmer.
    "khmer": (0.8, [
        "Sokunthea", "Sreyleak", "Kunthea", "Samnang", "Sophorn", "Saroeun", "Bunthoeun", "Boramy",
        "Chandara", "Kolab", "Leakena", "Malis", "Narin", "Phalla", "Rotha", "Theary", "Vichea",
        "Chhorvy", "Kanha", "Moly", "Reaksmey", "Sreypov", "Sokhema", "Srey Neang", "Bunna",
        "Kimsour", "Oudom", "Piseth", "Rathana", "Sophat", "Thyda", "Visal",
    ], [
        "Khiev", "Srey", "Chhorn", "Sorn", "Chum", "Nuon", "Phoeun", "Sath", "Khun", "Noun",
        "Yoeun",
    ]),
    # Vietnamese.
    "vietnamese": (1.5, [
        "Lệ", "Bửu", "Lũy", "Ước", "Xương", "Sửu",
    ], [
        "Mạc", "Lã", "Văn", "Vạn",
    ]),
    # Thai.
    "thai": (0.6, [
        "Supachai", "Rattana", "Chalerm", "Duangjai", "Narong", "Oranuch", "Sukanya", "Thitima",
        "Yupin", "Boonsong", "Jintana", "Sombat", "Ubon",
    ], [
        "Kaewkongsri", "Siriwong", "Chantharasak", "Wattanasiri", "Intharasuk", "Kongsap",
        "Nakprasit", "Saelim", "Saeheng", "Thammasiri", "Wongchai",
    ]),
    # Filipino: Tagalog, Ilocano, Cebuano.
    "filipino": (3, [
        "Aljon", "Zaldy", "Glaiza", "Rizalyn", "Analiza", "Nympha", "Aristotle", "Jovito",
        "Ponciano", "Dhalia", "Emelyn", "Floramie", "Hazelyn", "Imeldita", "Jessamae", "Leizel",
        "Mariefe", "Rhealyn", "Wenalyn", "Arjay", "Jayvee", "Kimjay", "Ronjie", "Jhunjhun",
    ], [
        "Bagasao", "Pagaduan", "Cabacungan", "Dumaguing", "Valdriz", "Gacad", "Pacleb",
        "Tabangcura", "Cacal", "Ragasa", "Yadao", "Bucaneg", "Lapinig", "Cabigon", "Gantuangco",
        "Abellanosa", "Bacus", "Lumapas", "Pilapil", "Sumulong",
    ]),
    # Indonesian (Javanese, Balinese, Batak).
    "indonesian": (0.5, [
        "Yudi", "Ketut", "Wayan", "Gede", "Komang", "Yohanes", "Bunga", "Melati", "Sekar", "Wening",
        "Endro", "Fajar", "Guntur", "Wiwik",
    ], [
        "Sulistyowati", "Kusumaningrum", "Hadiningrat", "Sumarni", "Tjahjono", "Hadisaputro",
        "Kusnadi", "Widjaja", "Wahyuningsih", "Suryadinata", "Darmawan", "Soebroto", "Martowardojo",
        "Setiabudi", "Handoko", "Tanuwidjaja",
    ]),
    # Chinese: Cantonese, Mandarin, Hokkien and Fujianese, Taiwanese.
    "chinese": (3.5, [
        "Haoxuan", "Guoqing", "Lifen", "Xiaoli", "Meilan", "Qiaoyun", "Shumin", "Tianhao", "Weixin",
        "Xiaowei", "Yanhong", "Chunlin", "Dongsheng", "Guolin", "Jianming", "Rongfang", "Xiuzhen",
        "Yongqiang", "Zirui", "Anran", "Ruotong", "Ziqi",
    ], [
        "Shek", "Chuk", "Tuen", "Nip", "Chim", "Murong", "Huangfu", "Xiahou", "Linghu", "Dongfang",
        "Wenren", "Gongsun", "Zhongli", "Yuwen", "Duanmu", "Baili", "Nangong", "Ximen", "Huyan",
        "Zhai", "Bian", "Oei", "Liem", "Tjoa", "Kwee", "Hon", "Kei", "Pun", "Tsien", "Sui", "Goon",
    ]),
    # Korean, with older romanisations.
    "korean": (1.2, [
        "Doha", "Yejun", "Soeun", "Yeeun", "Junwoo", "Seonghyeon", "Malja", "Jeongsuk", "Bongsoo",
        "Jongsoo", "Duckhee", "Boksoon", "Minjung", "Yeonhee", "Hyorin", "Jinyoung", "Seonmi",
        "Byunghoon", "Hyungjun", "Kyuhyun", "Myungho", "Jeonghun", "Seoah",
    ], [
        "Bahk", "Gim", "Gyeon", "Cheok", "Seung", "Myŏng", "Yŏn",
    ]),
    # Japanese American, many Okinawan-Hawaiian.
    "japanese_american": (1, [
        "Tsuneo", "Susumu", "Hisashi", "Hiroe", "Itsuko", "Kazue", "Mieko", "Toyoko", "Hajime",
        "Isao", "Juichi", "Shoichi", "Kiyoto",
    ], [
        "Higashi", "Fukunaga", "Kurisu", "Kuramoto", "Hokama", "Kanemori", "Kohatsu", "Maeshiro",
        "Matayoshi", "Nakachi", "Nishihira", "Sakihara", "Shinsato", "Shimabuku", "Tamayose",
        "Tsuha", "Fukuhara", "Goya", "Inafuku", "Miyahira", "Nakasato",
    ]),
    # Native Hawaiian.
    "hawaiian": (1, [
        "Kehaulani", "Healani", "Kimo", "Kaleikaumaka", "Kanani", "Kapua", "Kauilani", "Kawehi",
        "Kekai", "Keonaona", "Kuuipo", "Laakea", "Leinaala", "Maluhia", "Mapuana", "Nohealani",
        "Oliana", "Ululani", "Iokepa", "Kaheka", "Kalua", "Kelii", "Ekolu",
    ], [
        "Makaiau", "Ahuna", "Kaaihue", "Kamakea", "Kahikina", "Kaluhiwa", "Kekauoha", "Kahaleua",
        "Keakealani", "Kanakaole",
    ]),
    # Samoan and Tongan.
    "samoan_tongan": (1, [
        "Luaipou", "Aukusitino", "Falaniko", "Paea", "Meleane", "Toakase", "Sitiveni", "Agaese",
        "Faafetai", "Iokapeta", "Leilua", "Sapati", "Fetuao", "Matelita", "Selaina", "Tauese",
        "Tolotea", "Faka'osi", "Kaloni", "Neti", "Pisila", "Sulieti",
    ], [
        "Tupuola", "Seumalo", "Sopoaga", "Pouesi", "Vaifanua", "Taufaasau", "Afoa", "Sagapolutele",
        "Asiata", "Taione", "Hopoate", "Tuipulotu",
    ]),
    # Marshallese and Chuukese.
    "micronesian": (0.8, [
        "Jabwe", "Limej", "Anjo", "Neibon", "Litokwa", "Imata", "Aenet", "Kessai", "Jerlynn",
        "Kinta", "Bermin", "Mayleen", "Ikiuo", "Nerilyn",
    ], [
        "Tomeing", "Lakabung", "Jacklick", "Bilimon", "Kattil", "Ishoda", "Makroro", "Jorju",
        "Jelke", "Keju", "Elbon", "Rayphand", "Narruhn", "Kony", "Eperiam", "Soram", "Mwarike",
        "Nifon",
    ]),
    # Navajo (Diné), Apache and Pueblo.
    "navajo_apache_pueblo": (2, [
        "Kaibah", "Hashke", "Niyol", "Ferlin", "Bahozhoni", "Shiyazhi", "Yiska", "Klah", "Altsoba",
        "Bitsi", "Naat'aanii", "Tsosi", "Yanabah", "Desbah",
    ], [
        "Goldtooth", "Littleben", "Keedah", "Nezzie", "Skeet", "Tallman", "Yazhe", "Bitsoi",
        "Sarracino", "Bileen", "Chischilly", "Dayzie", "Hardbarger", "Tsinijinnie", "Tsinnie",
    ]),
    # Lakota and other Plains nations.
    "lakota_plains": (1.5, [
        "Wicahpi", "Hotah", "Waniya", "Rayanne", "Tatewin", "Ehawee", "Napayshni", "Ogleesha",
        "Tasunke", "Wanahton", "Zintkala", "Ista", "Hoka",
    ], [
        "Bordeaux", "Cournoyer", "Bissonette", "Giago", "Rooks", "DuBray", "Merrival", "Stands",
        "Dreamer", "Goings", "Whiteface",
    ]),
    # Ojibwe and Cherokee.
    "ojibwe_cherokee": (1, [
        "Zhaawan", "Ziibi", "Mino", "Dinawaa", "Bineshiinh", "Eshkwaagaabaw", "Gaagige", "Mashkode",
        "Migwans", "Nibi", "Ogichidaakwe", "Waagosh", "Wiigwaas", "Zhingwaak", "Adahy", "Dohasan",
        "Elisi", "Nvdo", "Tsula", "Unega", "Yona",
    ], [
        "Bugonaygeshig", "Nayquonabe", "Shabaiash", "Boswell", "Aubid", "Skinaway", "Bedeau",
        "Keeshig", "Manypenny", "Wahnetah", "Arneach", "Teesateskie", "Grasshopper", "Chekelelee",
        "Mankiller", "Hogshooter", "Springwater",
    ]),
    # Alaska Native: Yup'ik and Iñupiat.
    "alaska_native": (1, [
        "Aaluk", "Aqpik", "Nasuk", "Suvlu", "Uyaan", "Qaiyaan", "Ahnah", "Nunaq", "Uksuq",
        "Taqukaq", "Kaligtuq", "Nastasia", "Wassilie", "Alexie",
    ], [
        "Ivanoff", "Kinegak", "Lupie", "Paniyak", "Pingayak", "Ulroan", "Wasili", "Yako", "Akaran",
        "Ayuluk", "Bavilla", "Chimegalrea", "Kaganak", "Kanrilak", "Kasaiuli", "Nevak", "Ulak",
        "Ahgeak", "Brower", "Edwardsen", "Hopson", "Itta", "Kaleak", "Kanayurak", "Nageak",
        "Oktollik", "Okakok", "Patkotak", "Tagarook", "Tukle", "Kignak", "Nusunginya", "Ahsoak",
        "Kagak", "Killbear", "Nukapigak", "Olemaun", "Sielak", "Toovak", "Akootchook",
    ]),
    # Amish, Mennonite and Hutterite.
    "plain_people": (1.5, [
        "Orva", "Lydianna",
    ], [
        "Eicher", "Wickey", "Chupp", "Hochstedler", "Lengacher", "Hilty", "Knepp", "Gascho", "Zehr",
        "Jantzi", "Litwiller", "Brenneman", "Shantz", "Koehn", "Hiebert", "Kroeker", "Doerksen",
        "Froese", "Ediger", "Goertzen", "Voth", "Kornelsen", "Banman", "Klippenstein", "Wollmann",
        "Kleinsasser", "Wipf", "Tschetter", "Entz", "Wurz", "Glanzer", "Maendel",
    ]),
    # Hasidic.
    "hasidic": (0.8, [
        "Feigy", "Zalmen", "Shulem", "Mechel", "Srulik", "Yossi", "Avrumi", "Perl", "Sheindel",
        "Mirel", "Brucha", "Chavi",
    ], [
        "Greenfeld", "Goldberger", "Sofer", "Wertheimer", "Sternbuch", "Zeilingold", "Rubashkin",
        "Klagsbrun", "Eisdorfer", "Biederman", "Hirschler", "Ostreicher", "Schlesinger", "Teichman",
        "Wagschal", "Wiesenfeld", "Babad", "Brisk", "Gestetner", "Reichman", "Weingarten",
    ]),
    # Cajun.
    "cajun": (1, [
        "Odeide", "Lovinia", "Numa", "Eraste", "Athanase", "Bélisaire", "Euphrasie", "Félicité",
        "Marcellite", "Zéphirine",
    ], [
        "Fusilier", "Primeaux", "Veillon", "Boudoin", "Lasseigne", "Duplechain", "Aucoin", "Montet",
        "Quebodeaux", "Rivette", "Touchet",
    ]),
    # Appalachian and rural Southern.
    "appalachian_southern": (6, [
        "Orba", "Rethel", "Ardie", "Fonzie", "Jentry", "Aubie", "Drewey", "Ellender", "Ivel",
        "Lundy", "Rebie", "Sephus",
    ], [
        "Baldridge", "Bumgarner", "Maples", "Shults", "Ownby", "Pressnell", "Rominger", "Shook",
        "Yount", "Bussell", "Clevenger", "Cunagin", "Farler", "Hamby", "Hubbs", "Perrigan", "Riner",
        "Sisk", "Barnette", "Birchfield", "Grubb", "Mabe", "Necessary",
    ]),
    # Norwegian-, Swedish- and Finnish-American.
    "scandinavian": (4, [
        "Halvor", "Thorvald", "Alvhild", "Borghild", "Thorleif", "Arlys", "Lorents", "Obert",
        "Fridtjof", "Gisle", "Hallvard", "Ragnvald", "Eldrid", "Jostein", "Modolf", "Norvald",
    ], [
        "Hegland", "Thorstenson", "Ueland", "Rolvaag", "Bjerke", "Dahle", "Engebretson", "Fjelstad",
        "Grinde", "Ingvaldson", "Kvale", "Nordquist", "Opsahl", "Quale", "Rudland", "Sundby",
        "Tollefson", "Ulring", "Vold", "Westby", "Aamodt", "Aasheim", "Berntson", "Bredeson",
        "Dokken", "Egeland", "Flaten", "Gilbertson", "Hoiland", "Kjos", "Langseth", "Lillehaug",
        "Ostby", "Quam", "Rustad", "Sletten", "Stenehjem", "Torkelson", "Ulvestad", "Vangsness",
        "Weflen", "Wiste", "Ystrom", "Anfinson", "Bugge", "Dahlby", "Eidsness", "Fosse", "Grong",
        "Hovde", "Kjelstad", "Lunder", "Myran", "Oyen", "Ramstad", "Skarphol", "Thune", "Ulstad",
        "Hjelle", "Leraas", "Oppegaard", "Skaar", "Sveen", "Bergquist", "Sandquist", "Nyquist",
        "Blomquist", "Dahlquist", "Hallstrom", "Kvarnstrom", "Malmquist", "Palmquist", "Rosendahl",
        "Sundquist", "Tornquist", "Wennerberg", "Ahlquist", "Fogelberg", "Pelto", "Ruuska",
        "Wirtanen", "Bergeson", "Bjornson", "Enger", "Fossum", "Gunderson", "Hegge", "Jevne",
        "Kleven", "Mikkelson", "Odegaard", "Prestegard", "Rasmusson", "Roen", "Sather", "Thorson",
        "Tollefsrud", "Ulland", "Vaaler", "Vigen", "Aarestad", "Bratlie", "Eidem", "Fagerland",
        "Halvorsrud", "Homme", "Kringlen", "Lindvig", "Melby", "Nesvig", "Qualley", "Ravnaas",
        "Skogstad", "Teigen", "Urdahl",
    ]),
    # German-American and Germans from Russia.
    "german_american": (6, [
        "Liborius", "Marzell", "Cyrilla", "Dionys", "Egidius", "Nepomuk", "Scholastika", "Wunibald",
        "Alfhild", "Emerentia", "Frowin", "Pankratius", "Quirin", "Theodolinde", "Walpurga",
        "Wendelinus", "Zenzi", "Crescentia", "Jodok", "Rupprecht",
    ], [
        "Schaible", "Kuntz", "Hochhalter", "Vetter", "Entzi", "Kusler", "Bollinger", "Dockter",
        "Eszlinger", "Feist", "Gefroh", "Heinle", "Jochim", "Lauinger", "Mehlhoff", "Pfaff",
        "Schlenker", "Thurn", "Ulmer", "Wanner", "Zentner", "Bitz", "Brost", "Deile", "Iszler",
        "Jangula", "Kessel", "Leno", "Mauch", "Nitschke", "Ost", "Pfeifle", "Schmaltz", "Steinwand",
        "Tschosik", "Uhrich", "Weigel", "Wiest", "Aberle", "Berreth", "Dosch", "Engelhardt",
        "Fettig", "Kary", "Roehrich", "Sackmann", "Wald", "Walz", "Yantzer", "Schwindt", "Rueb",
        "Pfenning", "Heupel", "Ketterling", "Sayler", "Selzler", "Goehring", "Fries", "Ehrmantraut",
        "Wetzstein", "Hepperle", "Kalberer", "Moch", "Kirschenmann", "Kramlich", "Lehr", "Lautt",
        "Mosbrucker", "Nathe", "Pudwill", "Rohrich", "Stegmeier", "Werlinger", "Wolfer", "Zacher",
        "Zuber", "Bachmeier", "Dressler", "Gerving", "Hinsz", "Kempf", "Lindemann", "Tiegs",
        "Bertsch", "Ebel", "Eisenbeis", "Ferderer", "Flaig", "Gaub", "Geffre", "Gutenkunst",
        "Haberstroh", "Hieb", "Hochstein", "Kautz", "Kuhlmann", "Lippert", "Neuharth", "Oster",
        "Pflug", "Reiswig", "Ruebel", "Schempp", "Schock", "Strobel", "Trautman", "Vollmer", "Zieg",
        "Zink", "Baisch", "Bauder", "Bechtle", "Dewald", "Ebertz", "Fandrich", "Gaebe", "Haecker",
        "Kemmet", "Kurle", "Leintz", "Marquart", "Mutschler", "Nies", "Preszler", "Unterseher",
        "Veil", "Wentz",
    ]),
    # Irish and Irish-American.
    "irish_american": (3, [
        "Labhaoise", "Colmcille", "Meadhbh", "Dónall", "Bridgid", "Fionnghuala", "Iseult", "Muirne",
        "Sláine", "Tuathla", "Garbhán", "Lughaidh", "Maolsheachlainn", "Sétanta", "Uinseann",
        "Bridey", "Paudie", "Dinny",
    ], [
        "McGonigle", "McElhinney", "McGeough", "Gormley", "McAleese", "McSorley", "Lahiff", "Nunan",
        "Ó Rathaille", "McConville", "Kielty", "Rabbett", "O'Kielty", "O'Mulconry",
    ]),
    # Italian-American.
    "italian_american": (2.5, [
        "Loreta", "Natalina", "Cataldo", "Aniello", "Nunziatina", "Vincenzina", "Agatina",
        "Calogerina", "Crocetta", "Biaggio",
    ], [
        "Lombardozzi", "Buscemi", "DiGiacomo", "Frascella", "LoCicero", "Pizzimenti", "Vitiello",
        "Nardone", "Spagnuolo", "Taglieri", "Ventimiglia", "Zingarelli", "Ciccone", "Loiacono",
        "Tortorella", "Vacirca", "DeStefano", "DiPietro", "LaScala", "Maniscalco", "DelVecchio",
        "Fratantoni", "Giambalvo", "Mangione", "Riccobono", "Tumminello", "Albanese", "Amoroso",
        "Bagnasco", "Bellavia", "Capobianco", "Carfagno", "Castrogiovanni", "Cerasuolo",
        "Cicchetti", "Colavito", "Cucinotta", "DiBenedetto", "DiGregorio", "Ferraiuolo", "Garofalo",
        "Giacalone", "LaBella", "Lamberti", "LoGiudice", "Matarazzo", "Mezzapelle", "Morreale",
        "Pecoraro", "Piccirillo", "Santangelo", "Scaglione", "Schifano", "Siracusa", "Speranza",
        "Tagliaferro", "Terranova", "Tirrito", "Vecchio", "Zarcone",
    ]),
}  # fmt: skip

# Given names that are also ordinary words (and, in PHI_FREE, used as the words).
WORD_GIVEN = [
    "Everest", "Ensign", "Stellar", "Argyle", "Rainy", "Plume", "Ruger", "Beretta", "Constancy",
    "Tenacity", "Calypso", "Soul", "Chenille", "Briony", "Mallow", "Campion", "Celandine",
    "Speedwell", "Derringer", "Magnum", "Caliber", "Joyful", "Suede", "Velour", "Rodeo", "Lasso",
]  # fmt: skip
# Family names that are also ordinary words.
WORD_FAMILY = [
    "Merryman", "Lightbody", "Whitebread", "Pennyfeather", "Blunt", "Freeborn", "Luckett",
    "Peaceful", "Goodson", "Mayday", "Sleet", "Fogle", "Stormes", "Gudgeon", "Thrush", "Stag",
    "Shuck", "Blackwood", "Cockerel", "Ashes", "Allgood", "Goodwillie", "Bytheway", "Gathercole",
    "Sheepwash", "Wine", "Mead", "Larks", "Robins", "Finches", "Hobby", "Jackdaw", "Truehart",
    "Sweetwood", "Honeycombe", "Cheesman", "Butterworth", "Creamer", "Milkman", "Gammon", "Ketchum",
    "Relish", "Sweeting", "Treacle", "Frankfurter",
]  # fmt: skip
# What people are called at home and in passing.
NICKNAMES = [
    "Chuyito", "Nachito", "Panchito", "Memito", "Betito", "Netito", "Chayito", "Lichita", "Chelita",
    "Paquito", "Cuquita", "Tenchita", "Güerito", "Flaquita", "Gordito", "Bootsy", "RayRay", "Skeet",
    "Bunsoy", "Bebeng", "Dutchie", "Licha", "Tencha", "Bing", "Kimo", "Taki", "Paddy", "Zhenya",
    "Lyuba", "Grisha", "Petya", "Lyosha", "Bigga", "Shortman", "Swede",
]  # fmt: skip
# Names of children born in the last fifteen years, across origins.
KIDS = [
    "Zaylee", "Aziel", "Jaziel", "Kehlani", "Zayn", "Gatlin", "Kyzer", "Brexley", "Kinslee", "Kyng",
    "Nyomi", "Journi", "Kamdyn", "Brynleigh", "Rhyatt", "Coltyn", "Jaycen", "Kaisley", "Zendaya",
    "Itzae", "Deylin", "Aithana", "Leilany", "Aryam", "Bryer", "Kolbie", "Maizy", "Lakyn", "Jaxxon",
    "Maxton",
]  # fmt: skip

# Written family name first now and then ("Chuk Xiaowei", "Khiev Sophat").
FAMILY_FIRST = {"chinese", "korean", "vietnamese", "hmong", "khmer"}
# Two family names, father's then mother's ("Aceves Talamantes").
DOUBLE_SURNAME = {"mexican", "salvadoran", "honduran", "guatemalan", "venezuelan", "colombian",
                  "ecuadorian", "peruvian", "puerto_rican", "dominican", "cuban"}  # fmt: skip
# Rural origins whose given names are shared across families in the same county.
HEARTLAND = ["appalachian_southern", "scandinavian", "german_american", "plain_people", "cajun",
             "irish_american"]  # fmt: skip
GEN_SUFFIX = ["Jr", "Jr", "Sr", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "\u0131": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
                       "Ø": "O", "æ": "ae", "œ": "oe"})  # fmt: skip


def _fold(text: str) -> str:
    """Drop accents; keep ASCII letters, digits, spaces, hyphens, periods and apostrophes."""
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
    if origin in HEARTLAND and (len(pool) < 6 or rng.random() < 0.35):
        pool = ORIGINS[rng.choice(HEARTLAND)][1] or pool
    elif len(pool) < 10 and rng.random() < 0.4:
        pool = KIDS  # US-born children and grandchildren
    elif rng.random() < 0.05:
        pool = KIDS
    return rng.choice(pool)


def _family(rng: random.Random, origin: str) -> str:
    family = ORIGINS[origin][2]
    last = rng.choice(family)
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.3 and " " not in last:
        other = rng.choice(family)
        if other != last and " " not in other:
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    elif origin in DOUBLE_SURNAME and roll < 0.33:  # a married woman's "de" and her husband's name
        other = rng.choice(family)
        if other != last:
            last = f"{last} de {other}"
    elif roll < 0.05 and " " not in last and "-" not in last:  # by marriage, across origins
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and "-" not in other and other != last:
            last = f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = _given(rng, origin), _family(rng, origin)
    if rng.random() < 0.15:  # typed without accents, as most forms and phones do
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    origin = _origin(rng)
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.45 else _given(rng, origin)
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.75 else _family(rng, origin)
    return first, last


def person(rng: random.Random, _split: str = "blind9") -> tuple[str, str]:
    if rng.random() < 0.08:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind9") -> str:
    return person(rng)[1]


def _first_token(first: str) -> str:
    return first.replace("-", " ").replace(".", " ").split()[0]


def full_name(rng: random.Random, _split: str = "blind9") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < 0.07 else _person_from(rng, origin)
    ini, mid = _initial(rng), _given(rng, origin)
    f0 = _first_token(first)[0]
    if origin in FAMILY_FIRST and rng.random() < 0.35:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}", f"{last}, {first}"])
    forms: list[tuple[int, Callable[[], str]]] = [
        (26, lambda: f"{first} {last}"),
        (8, lambda: f"{last}, {first}"),
        (6, lambda: f"{first} {ini}. {last}"),
        (5, lambda: f"{first} {mid} {last}" if mid != first else f"{first} {last}"),
        (3, lambda: f"{f0}. {last}"),
        (3, lambda: f"{first} {last} {rng.choice(GEN_SUFFIX)}"),
        (2, lambda: f'{first} "{rng.choice(NICKNAMES)}" {last}'),
        (9, lambda: first),
        (4, lambda: f"{_fold(last).upper()}, {_fold(first).upper()}"),
        (3, lambda: f"{_fold(first)} {_fold(last)}".upper()),
        (3, lambda: f"{_fold(first)} {_fold(last)}".lower()),
        (3, lambda: f"{last}, {first} {ini}"),
        (2, lambda: f"{first} {ini} {last}"),
        (2, lambda: f"{f0}.{ini}. {last}"),
        (1, lambda: f"{last} {first}"),
        (1, lambda: f"{last},{first}"),
        (1, lambda: f"{first} {ini}. {last} {rng.choice(GEN_SUFFIX)}"),
    ]
    return rng.choices([f for _, f in forms], [w for w, _ in forms])[0]()


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def kid_name(rng: random.Random) -> str:
    """A child's given name: a modern American one or one of the family's origin."""
    return rng.choice(KIDS) if rng.random() < 0.4 else _given(rng, _origin(rng))


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice(
        [f"{first} {last}"] * 4 + [f"{last}, {first}", f"{_first_token(first)[0]}. {last}"]
    )


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def last_first(rng: random.Random) -> str:
    """List and wristband style: "Gathercole, Mallow", "TZITZI,AMEYALLI R"."""
    first, last = person(rng)
    ini = _initial(rng)
    return rng.choice([
        f"{last}, {first}", f"{last}, {first}", f"{last},{first}", f"{last}, {first} {ini}",
        f"{_fold(last).upper()}, {_fold(first).upper()}", f"{_fold(last).upper()},{_fold(first).upper()} {ini}",
    ])  # fmt: skip


def caps_name(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last}, {first} {_initial(rng)}", f"{first} {last}",
                       f"{last},{first}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    """A clinician's name as it is written before a credential: "Nasuk T. Kagak"."""
    first, last = person(rng)
    f0 = _first_token(first)[0]
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{f0}. {last}",
                       f"{last}, {first}", f"{first} {last}"])  # fmt: skip


def fam_up(rng: random.Random) -> str:
    """One component of an HL7 XPN, an X12 NM1 or a DICOM PN: the family name."""
    return _fold(person(rng)[1]).upper()


def giv_up(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def middle(rng: random.Random) -> str:
    return _initial(rng) if rng.random() < 0.6 else _first_token(_given(rng, _origin(rng)))


def mid_up(rng: random.Random) -> str:
    return _fold(middle(rng)).upper()


def first_low(rng: random.Random) -> str:
    """As a query string, file name or host name carries it."""
    return _handle(_first_token(person(rng)[0])) or "orva"


def last_low(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "eicher"


def initials(rng: random.Random) -> str:
    a, b = _initial(rng), _initial(rng)
    return rng.choice(
        [f"{a}.{b}.", f"{a}{b}", f"{a}.{_initial(rng)}.{b}.", f"{a}{_initial(rng)}{b}"]
    )


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Grainery", "Swather", "Baler", "Seedhouse", "Quonset", "Shelterbelt", "Windbreak", "Monarch",
    "Checkerspot", "Hairstreak", "Ringlet", "Elfin", "Satyr", "Badlands", "Scoria", "Bentonite",
    "Lignite", "Taconite", "Pumice", "Sandhills", "Alkali", "Soda Springs", "Geyser", "Fumarole",
    "Kipuka", "Pahoehoe", "Kaahumanu", "Piikoi", "Kaheka", "Makaloa", "Hauoli", "Kapahulu",
    "Kaimuki", "Kalihi Uka", "Moanalua", "Halawa", "Aiea Heights", "Kaonohi", "Haihai", "Kukuau",
    "Ponahawai", "Waianuenue", "Kaiulani", "Huali", "Keaa", "Pualei", "Lanipili", "Milolii",
    "Kaupakuea", "Maunalani", "Wiliki", "Lumiaina", "Kipapa", "Calle Cenizo", "Calle Mezquite",
    "Calle Capulín", "Calle Tejocote", "Calle Guamúchil", "Calle Granjeno", "Calle Retama",
    "Camino Chamizal", "Paseo Nopalito", "Avenida Quetzal", "Calle Zacate", "Calle Jumano",
    "Calle Xalapa", "Calle Pátzcuaro", "Calle Uruapan", "Calle Apatzingán", "Calle Jiquilpan",
    "Calle Cotija", "Calle Tangancícuaro", "Ogontz", "Torresdale", "Rhawn", "Woodhaven",
    "Hunting Park", "Chelten", "Lindley", "Mykawa", "Kirkwood", "Harwin", "Synott", "Buckbrush",
    "Winterfat", "Blazingstar", "Tamarisk", "Pinyon", "Cinch", "Latigo", "Hackamore", "Bosal",
    "Remuda", "Stocktank", "Heifer", "Yearling", "Longhorn", "Charolais", "Simmental", "Gelbvieh",
    "Limousin", "Shorthorn", "Brangus", "Corriente", "Grulla", "Turntable", "Sidetrack",
    "Waterstop", "Whistlestop", "Boxcar", "Gondola", "Flatcar", "Brakeman", "Nuuanu", "Laiana",
    "Hoolehua", "Kalanianaole", "Kamokila", "Lualualei", "Haleakala", "Mamalahoa", "Kaumana",
    "Komohana", "Kinoole", "Puainako", "Makalika", "Kostner", "Keeler", "Pitkin", "Livonia",
    "Knickerbocker", "Wyckoff", "Bushwick", "Kissena", "Tortuga", "Mariposa", "Maguey", "Sombra",
    "Sandia", "Jemez", "Tesuque", "Abiquiu", "Rinconada", "Sapello", "Overland", "Dugout",
    "Sod House", "Flaxseed", "Safflower", "Canola", "Durum", "Sugarbeet", "Lentil", "Mustardseed",
    "Beetfield", "Feedlot", "Salebarn", "Stockyard", "Roundup", "Rocking R", "Powder River",
    "Tongue River",
]  # fmt: skip
CITIES = [
    "Bowbells", "Mohall", "Fessenden", "Minnewaukan", "Lisbon", "Enderlin", "Gwinner", "Milnor",
    "Wishek", "Hazelton", "Richardton", "Halliday", "Belfield", "Marmarth", "Rhame", "Reeder",
    "Wakpala", "Kenel", "Lower Brule", "Presho", "Hoven", "Bowdle", "Hosmer", "Highmore",
    "Wessington Springs", "Letcher", "Flandreau", "Volga", "Iroquois", "Waubay", "Grenville",
    "Veblen", "Rosholt", "Peever", "Agency Village", "Old Agency", "Okreek", "Soldier Creek",
    "Whitewood", "Hermosa", "Oelrichs", "Marsland", "Hemingford", "Lakeside", "Whitman", "Thedford",
    "Brownlee", "Brewster", "Sargent", "Comstock", "Litchfield", "Eddyville", "Oconto", "Tryon",
    "Haigler", "Norcatur", "Selden", "Grainfield", "Gove", "Leoti", "Tribune", "Satanta",
    "Minneola", "Attica", "Shoshoni", "Pinedale", "Kemmerer", "Sundance", "Moorcroft", "Glenrock",
    "Chugwater", "Guernsey", "Hulett", "Encampment", "Tioga", "Parshall", "New Town", "Mandaree",
    "Fort Totten", "Mott", "Ellendale", "Parmelee", "Lake Andes", "Redfield", "Sisseton", "Milbank",
    "Edgemont", "Deadwood", "Walthill", "Santee", "Cozad", "Hugoton", "Goodland", "WaKeeney",
    "Greensburg", "Busby", "Scobey", "Plentywood", "Ekalaka", "Choteau", "Arlee", "Stevensville",
    "Driggs", "Challis", "Grangeville", "Kamiah", "Lapwai", "Orofino", "Sandpoint", "Blanding",
    "Panguitch", "Lovelock", "Owyhee", "McDermitt", "Schurz", "Yerington", "Del Norte", "Saguache",
    "La Junta", "Walsenburg", "Towaoc", "Pagosa Springs", "Meeker", "Rangely", "Leadville", "Wray",
    "Los Lunas", "Whiteriver", "Sells", "Snowflake", "Fredonia", "Manderson", "Oglala", "Batesland",
    "Crowheart", "Selfridge", "Wyola", "Garryowen", "Fort Belknap", "Duckwater", "Ibapah",
    "Whiterocks", "Randlett", "Mescalero", "Paguate", "Picuris", "Isleta", "Topawa", "Sacaton",
    "Bapchule", "Cibecue", "Keams Canyon", "Leupp", "Chilchinbeto", "Dennehotso", "Aneth",
    "Sanostee", "Naschitti", "Pueblo Pintado", "Torreon", "Nageezi", "Chichiltah", "Vanderwagen",
    "Rehoboth", "Yatahey", "Noatak", "Kivalina", "Shungnak", "Ambler", "Selawik", "Noorvik",
    "Buckland", "Deering", "Shishmaref", "Gambell", "Savoonga", "Stebbins", "Nunam Iqua",
    "Tuluksak", "Napakiak", "Kwigillingok", "Chefornak", "Nightmute", "Atmautluak", "Lower Kalskag",
    "Chuathbaluk", "Sleetmute", "Atqasuk", "Nuiqsut", "Kaktovik", "Anaktuvuk Pass", "Kahuku",
    "Waialua", "Makakilo", "Keaau", "Naalehu", "Pahala", "Honokaa", "Kapaau", "Eleele", "Koloa",
    "Kekaha", "Makawao", "Pukalani", "El Cajon",
]  # fmt: skip
DOMAINS = [
    "nemontel.net", "dakotacom.net", "plainstel.com", "westplains.net", "ndtc.net", "polarcomm.com",
    "gondtc.com", "daktel.com", "mlgc.com", "itcdeltacom.net", "trvnet.net", "wrcta.net",
    "wcenet.com", "tcsn.net", "wheatstate.com", "pld.com", "rainbowtel.com", "aliceadsl.fr",
    "hanmir.com", "sancharnet.in", "grameenphone.com", "myanmar.com.mm", "laotel.com",
    "mtnonline.com", "libtelco.com", "sudatel.net", "uruklink.net", "uzsci.net", "ukrtelecom.ua",
    "tpnet.pl", "tricom.net", "etecsa.cu", "emcali.net.co", "andinanet.net", "flowjamaica.com",
    "digicelhaiti.com", "gwtc.net", "rainbowtel.net", "arvig.net", "sisna.com", "valleytel.net",
    "westriv.com", "btigate.com", "3rivers.net", "163.com", "126.com", "o2.pl", "une.net.co",
    "q.com", "exede.net", "ethiotelecom.et",
]  # fmt: skip
HANDLE_WORDS = [
    "ranchwife", "calvingseason", "wheatfarmer", "dialysisdiva", "foster4life", "schoolnurse",
    "hospicechaplain", "cowboyup", "beetharvest", "oilfieldtrash", "trucknurse", "prairiemama",
    "powwowdancer", "frybreadqueen", "teepeecreek", "bingoauntie", "plowboy", "combinekid",
    "hayseed", "grainbin",
]  # fmt: skip

SUFFIXES = [("St", 9), ("Ave", 7), ("Rd", 8), ("Dr", 5), ("Ln", 4), ("Blvd", 2), ("Ct", 3), ("Way", 2),
            ("Pl", 1), ("Cir", 2), ("Trl", 2), ("Loop", 1), ("Pkwy", 1), ("Street", 4), ("Avenue", 3),
            ("Road", 4), ("Drive", 2), ("Lane", 1), ("Place", 1), ("Court", 1), ("Trail", 1),
            ("Spur", 1), ("Xing", 1), ("Pass", 1), ("Path", 1), ("Row", 1), ("Run", 1), ("Ter", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "N. ", "S. ", "E. ", "W. ", "NE ", "SW ", "North ", "South ", "East ",
          "West "]  # fmt: skip
POSTDIR = [" NE", " NW", " SE", " SW", " N", " S", " E", " W"]
UNITS = ["Apt 3", "Apt. 211", "Apt 4C", "Apt #9", "Unit 12", "Unit B-2", "#14", "# 6", "Ste 104",
         "Suite 220", "Lot 31", "Lot #7", "Space 12", "Spc 44", "Trlr 9", "Trailer 15", "Bldg 2 Apt 8",
         "Rm 112", "Fl 3", "3rd Floor", "Rear", "Rear Unit", "Upper", "Lower", "Basement", "Apt 2R",
         "Apt 6-F", "Unit 1107", "Apt 1A", "Unit D"]  # fmt: skip
_SPANISH = ("Calle ", "Camino ", "Avenida ", "Paseo ")


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:
        return f"{rng.randint(2, 3999)} 1/2"
    if roll < 0.09:
        return f"{rng.randint(10, 999)}{rng.choice('ABCD')}"
    if roll < 0.12:  # Wisconsin and Plains rural grid numbers
        return f"{rng.choice('NSEW')}{rng.randint(1000, 9999)}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 49999)]))  # fmt: skip


def _suffix(rng: random.Random) -> str:
    return rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _named_street(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    if name.startswith(_SPANISH):
        return name
    if rng.random() < 0.1:
        n = rng.randint(1, 199)
        name = f"{n}{_ordinal(n)}"
    pre = rng.choice([""] * 7 + PREDIR)
    post = rng.choice([""] * 9 + POSTDIR) if not pre else ""
    return f"{pre}{name} {_suffix(rng)}{post}"


def street_name(rng: random.Random) -> str:
    """A street with no house number: "Heifer Rd", "N Quonset Ave", "County Rd 17"."""
    if rng.random() < 0.12:
        return rng.choice([f"County Rd {rng.randint(2, 999)}", f"US Hwy {rng.randint(2, 399)}",
                           f"State Hwy {rng.randint(2, 99)}", f"Old Hwy {rng.randint(2, 99)}",
                           f"BIA Route {rng.randint(2, 199)}", f"Indian Route {rng.randint(2, 99)}"])  # fmt: skip
    return _named_street(rng)


def street_line(rng: random.Random) -> str:
    """Number, street and suffix with no unit: an addr1 or line[0] field."""
    if rng.random() < 0.06:  # Salt Lake-style grid
        return f"{rng.randint(1, 79) * 10} {rng.choice('NSEW')} {rng.randint(1, 99) * 100} {rng.choice('NSEW')}"
    return f"{_house_number(rng)} {_named_street(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"P O Box {n}", f"Box {n}", f"POB {n}",
                       f"PO Box {n}", f"Post Office Box {n}", f"PO Drawer {n}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    r, box = rng.randint(1, 9), rng.randint(1, 999)
    return rng.choice([f"RR {r} Box {box}", f"Rural Route {r}, Box {box}", f"RR{r} Box {box}A",
                       f"HC {rng.randint(30, 89)} Box {rng.randint(100, 9999)}", f"HCR {r} Box {box}",
                       f"Star Route Box {box}", f"Star Rte {r} Box {box}", f"R.R. {r} Box {box}"])  # fmt: skip


def highway_address(rng: random.Random) -> str:
    num = rng.choice([rng.randint(100, 9999), rng.randint(10000, 49999)])
    mm = f"{rng.randint(2, 420)}{rng.choice(['', '', '.5', '.2'])}"
    return rng.choice([
        f"{num} US Hwy {rng.randint(2, 399)}", f"{num} US-{rng.randint(2, 399)}", f"{num} State Hwy {rng.randint(2, 99)}",
        f"{num} Hwy {rng.randint(2, 299)}", f"{num} County Rd {rng.randint(2, 999)}", f"{num} CR {rng.randint(2, 999)}",
        f"{num} Co Rd {rng.choice(['K', 'JJ', 'M', '14', '22', '7A'])}", f"{num} I-{rng.choice([25, 80, 90, 94, 15, 40])} Frontage Rd",
        f"{num} Old US {rng.randint(2, 99)}", f"Mile Marker {mm}, US Hwy {rng.randint(2, 399)}",
        f"MM {mm} State Hwy {rng.randint(2, 99)}", f"{num} Hwy {rng.randint(2, 99)} {rng.choice(['N', 'S', 'E', 'W'])}",
        f"{num} {rng.choice(['N', 'S', 'E', 'W'])} County Line Rd", f"{num} Road {rng.randint(2, 40)}",
    ])  # fmt: skip


def tribal_address(rng: random.Random) -> str:
    """Reservation and trust-land addresses, as the people who live there write them."""
    r, h = rng.randint(2, 199), rng.randint(1, 499)
    return rng.choice([f"BIA Route {r}, House {h}", f"BIA Rte {r} Hse {h}", f"Indian Route {r} #{h}",
                       f"IR {r} House {h}", f"Tribal Rd {rng.randint(1, 40)} #{h}", f"House {h}, BIA {r}",
                       f"N{rng.randint(2, 99)} Hse {h}", f"{rng.randint(100, 9999)} BIA Hwy {r}"])  # fmt: skip


def trailer_lot(rng: random.Random) -> str:
    return rng.choice([f"{highway_address(rng)} Lot {rng.randint(1, 80)}",
                       f"Lot {rng.randint(1, 80)}, {street_line(rng)}",
                       f"{street_line(rng)} Trlr {rng.randint(1, 60)}",
                       f"{street_line(rng)} Space {rng.randint(1, 120)}"])  # fmt: skip


def ranch_address(rng: random.Random) -> str:
    name = rng.choice([s for s in STREETS if not s.startswith(_SPANISH)])
    return rng.choice([f"{rng.randint(10, 9999)} {name} Ranch Rd",
                       f"{name} Ranch, {rng.randint(100, 9999)} County Rd {rng.randint(2, 999)}",
                       f"{rng.randint(100, 49999)} {name} Ranch Ln"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind9") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.12:
        return rural_route(rng)
    if roll < 0.21:
        return highway_address(rng)
    if roll < 0.25:
        return tribal_address(rng)
    if roll < 0.29:
        return trailer_lot(rng)
    if roll < 0.32:
        return ranch_address(rng)
    if roll < 0.35:
        return f"{unit(rng)}, {street_line(rng)}"
    line = street_line(rng)
    if rng.random() < 0.25:
        line += rng.choice([", ", " ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.04 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "blind9") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.04:
        return _fold(name).upper()
    if roll < 0.09:
        return _fold(name)
    return name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["ND", "N.D.", "North Dakota", "SD", "S.D.", "S. Dak.", "MT", "Mont.", "Montana", "WY", "Wyo.",
          "NE", "Neb.", "Nebr.", "KS", "Kan.", "Kans.", "ID", "UT", "NV", "CO", "Colo.", "NM", "N.M.",
          "AZ", "Ariz.", "AK", "HI", "TX", "PA", "NJ", "NY", "MA", "MI", "OH", "CA", "IA", "MN", "WI",
          "OK", "AR", "nd", "sd", "mt", "az", "nm"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(501, 99929):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.2 else z


def zip9(rng: random.Random) -> str:
    """X12 N4 runs the nine digits together."""
    return f"{rng.randint(501, 99929):05d}{rng.randint(1, 9999):04d}"


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_MON = [
    "jan",
    "feb",
    "march",
    "april",
    "may",
    "june",
    "july",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                 "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
                 "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
                 "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]  # fmt: skip
_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ymd(rng: random.Random, lo: int = 2019, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    return y, m, rng.randint(1, _DAYS[m - 1] if (m != 2 or y % 4 == 0) else 28)


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1920, 1935), (1936, 1975), (1976, 2008), (2009, 2025)]))


def _any(rng: random.Random) -> tuple[int, int, int]:
    return _birth(rng) if rng.random() < 0.3 else _ymd(rng)


def _md(rng: random.Random, m: int, d: int) -> str:
    mo, ab, ch, o = MONTHS[m - 1], ABBR[m - 1], CHAT_MON[m - 1], _ordinal(d)
    return rng.choice([
        f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{m}.{d}", f"{mo} {d}", f"{ch} {d}",
        f"{ch} {d}{o}", f"{mo} {d}{o}", f"{d}{o} of {ch}", f"{d}{o} of {mo}", f"{ab} {d}", f"{ab}. {d}",
        f"{d} {ab}", f"{mo} the {d}{o}", f"{ch} {ORDINAL_WORDS[d - 1]}", f"{mo.upper()} {d}",
    ])  # fmt: skip


def _full(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, ch, o, yy = MONTHS[m - 1], ABBR[m - 1], CHAT_MON[m - 1], _ordinal(d), y % 100
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}", f"{m}-{d}-{yy:02d}", f"{m}.{d}.{yy:02d}",
        f"{m:02d}.{d:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{mo} {d}, {y}",
        f"{mo} {d} {y}", f"{ab} {d}, {y}", f"{ab}. {d}, {y}", f"{ch} {d} {y}", f"{d} {mo} {y}",
        f"{d} {ab} {y}", f"{d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y}", f"{d:02d}{ab.upper()}{y}",
        f"{mo} {d}{o}, {y}", f"{d}{o} of {mo} {y}", f"{d}{o} {ch} {y}", f"{mo.upper()} {d}, {y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any(rng)
    return _md(rng, m, d) if rng.random() < 0.25 else _full(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    """A date with no year, as people type and say it: 3/4, march 4th, 4th of march."""
    _, m, d = _ymd(rng)
    return _md(rng, m, d)


def md_num(rng: random.Random) -> str:
    """Digits only, for ranges and after a weekday: 3/4, 03/04, 3-4."""
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}"])


def day_th(rng: random.Random) -> str:
    """The day alone after "the": "the 3rd", "the twenty-first"."""
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}" if rng.random() < 0.88 else ORDINAL_WORDS[d - 1]


def short_date(rng: random.Random) -> str:
    y, m, d = _any(rng)
    return rng.choice([f"{m}-{d}-{y % 100:02d}", f"{m}/{d}/{y % 100:02d}", f"{m}.{d}.{y % 100:02d}",
                       f"{m:02d}-{d:02d}-{y % 100:02d}"])  # fmt: skip


def dob(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    ab = ABBR[m - 1]
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                       f"{d:02d}-{ab}-{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{ab} {d} {y}", f"{m:02d}-{d:02d}-{y}",
                       f"{d:02d}{ab.upper()}{y}", f"{m}.{d}.{y}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2004, 2026) if rng.random() < 0.85 else _birth(rng)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{CHAT_MON[m - 1]} of {y}", f"{ABBR[m - 1]} '{y % 100:02d}", f"{y}-{m:02d}",
                       f"{CHAT_MON[m - 1]} {y}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _any(rng)
    return f"{y}-{m:02d}-{d:02d}"


def us_date(rng: random.Random) -> str:
    y, m, d = _any(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}"])


def long_date(rng: random.Random) -> str:
    y, m, d = _any(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1]} {d}{_ordinal(d)}, {y}"])  # fmt: skip


def dmon_date(rng: random.Random) -> str:
    y, m, d = _any(rng)
    ab = ABBR[m - 1]
    return rng.choice([f"{d:02d}-{ab.upper()}-{y}", f"{d:02d}{ab.upper()}{y}", f"{d}-{ab}-{y % 100:02d}",
                       f"{d:02d}-{ab}-{y}"])  # fmt: skip


def compact_date(rng: random.Random) -> str:
    """HL7 DT, X12 D8, DICOM DA, file names: 20240304."""
    y, m, d = _any(rng)
    return f"{y}{m:02d}{d:02d}"


def _hms(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def timestamp(rng: random.Random) -> str:
    """A whole ISO or application log timestamp: one DATE."""
    y, m, d = _ymd(rng, 2020, 2026)
    hh, mi, ss = _hms(rng)
    ms = rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}-07:00",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}{ss:02d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    """The date of an nginx or apache access line, 04/Mar/2024; the clock after it stays outside."""
    y, m, d = _ymd(rng, 2021, 2026)
    return f"{d:02d}/{ABBR[m - 1]}/{y}"


def syslog_date(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return f"{ABBR[m - 1]} {d:2d}"


def hl7_ts(rng: random.Random) -> str:
    """HL7 DTM, whole: 202403041422, 20240304142205-0600."""
    y, m, d = _ymd(rng, 2020, 2026)
    hh, mi, ss = _hms(rng)
    base = f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}"
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice([5, 6, 7])}00"])


def http_date(rng: random.Random) -> str:
    """An RFC 2822 date after the weekday: 4 Mar 2024 14:22:05."""
    y, m, d = _ymd(rng, 2021, 2026)
    hh, mi, ss = _hms(rng)
    return f"{d} {ABBR[m - 1]} {y} {hh:02d}:{mi:02d}:{ss:02d}"


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return f"{hh:02d}:{mi:02d}:{ss:02d}"


_NINETIES = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
             "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 108)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return age_number(rng)
    n = rng.randint(90, 103)
    if n >= 100:
        return ["a hundred", "one hundred and one", "a hundred and two", "103"][n - 100]
    word = _NINETIES[n - 90]
    return rng.choice([word, word, word.replace("-", " "), word.capitalize()])


# --- Numbers people are reached at, and where they log in from ---------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
        f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"({a}){b}-{c}",
        f"{a}-{b}-{c} ext {rng.randint(2, 999)}", f"{a}-{b}-{c} x{rng.randint(10, 99)}", f"{a}/{b}-{c}",
        f"{a} {b}-{c}", f"+1{a}{b}{c}", f"1 ({a}) {b} {c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def phone_digits(rng: random.Random) -> str:
    return f"1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def email(rng: random.Random, _split: str = "blind9") -> str:
    first, last = person(rng)
    f, ln = _handle(_first_token(first)) or "orva", _handle(last) or "eicher"
    n, yy = rng.randint(1, 99), rng.randint(1944, 2012)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}", f"{f}{yy}",
        f"{ln}{f[0]}{n}", f"{rng.choice(HANDLE_WORDS)}{n}", f"{f}-{ln}", f"{ln}family", f"{f}{ln[:1]}{yy % 100:02d}",
        f"{rng.choice(HANDLE_WORDS)}.{ln}", f"{f[:3]}{ln[:4]}", f"{ln}{yy}", f"mom.of.{f}", f"{f}.{ln}.rn",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_encoded(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "blind9") -> str:
    first, last = person(rng)
    f, ln = _handle(_first_token(first)) or "orva", _handle(last) or "eicher"
    n, yy = rng.randint(1, 99), rng.randint(1944, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}", f"{ln.upper()}{f[0].upper()}",
        f"{f[0]}{ln}{n}", f"{rng.choice(HANDLE_WORDS)}_{n}", f"{f}{ln}", f"{ln}_{f}", f"{f}.{ln[0]}", f"{f}{yy}",
        f"{f[:4]}{ln[:4]}", f"{ln}{yy}", f"{f}-{ln}-{n}", f"{f[0]}{ln[:7]}", f"pt{f}{ln[0]}{n}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "blind9") -> str:
    first, last = person(rng)
    f, ln = _handle(_first_token(first)) or "orva", _handle(last) or "eicher"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.lotsahelpinghands.com/c/{_digits(rng, 6)}/", f"https://www.mealtrain.com/trains/{_letters(rng, 6, an).lower()}",
        f"https://www.givesendgo.com/{f}{ln}", f"https://www.spotfund.com/story/{_hex(rng, 12)}", f"https://linktr.ee/{f}.{ln}",
        f"https://bsky.app/profile/{f}{ln}.bsky.social", f"https://www.snapchat.com/add/{f}_{ln}{rng.randint(1, 99)}",
        f"https://www.twitch.tv/{ln}{f}", f"https://www.etsy.com/shop/{ln.capitalize()}Quilts", f"https://sites.google.com/view/{f}-{ln}",
        f"https://{f}{ln}.weebly.com", f"https://wa.me/{phone_digits(rng)}", f"https://t.me/{f}_{ln}",
        f"https://doxy.me/{ln}{f[0]}", f"https://vsee.me/u/{f}{ln}", f"https://zoom.us/j/{_digits(rng, 11)}",
        f"https://www.findagrave.com/memorial/{_digits(rng, 9)}/{f}-{ln}", f"https://www.legacy.com/us/obituaries/name/{f}-{ln}-obituary",
        f"https://padlet.com/{f}{ln}/{_letters(rng, 16, an).lower()}", f"https://www.threads.net/@{f}.{ln}",
        f"https://open.spotify.com/user/{f}{ln}{rng.randint(1, 999)}", f"www.{ln}{f}.net",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.18:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.32:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2600:{g[1]}:{g[2]}:{g[3]}::{g[7]}", f"2607:fb90:{g[2]}::{g[6]}:{g[7]}",
                           f"2001:{g[1]}:{g[2]}:{g[3]}:{g[4]}:{g[5]}:{g[6]}:{g[7]}"])  # fmt: skip
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 667 if area == 666 else area
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"], [7, 2, 2, 1]
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), _digits(rng, 9), f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"IHS{_digits(rng, 6)}", f"H{_digits(rng, 7)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"00{_digits(rng, 6)}",
        f"{_digits(rng, 4)}-{_digits(rng, 4)}", f"E{_digits(rng, 9)}", f"{_digits(rng, 6)}-{rng.randint(0, 9)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    """State Medicaid and CHIP numbers of several shapes."""
    return rng.choice([f"{_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_digits(rng, 8)}{_letters(rng, 1)}",
                       f"{_digits(rng, 11)}", f"MA{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}",
                       f"{_letters(rng, 1)}{_digits(rng, 8)}{_letters(rng, 1)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 2)}",
        f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}-0{rng.randint(1, 4)}", f"{_letters(rng, 1)}{_digits(rng, 8)}",
        f"ZGP{_digits(rng, 8)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 8)}-{_digits(rng, 2)}", mbi(rng), medicaid_id(rng), medicaid_id(rng),
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        f"G{_digits(rng, 8)}", f"{_digits(rng, 6)}.{_digits(rng, 2)}", f"PF{_digits(rng, 7)}",
        f"{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 3)}", f"ENC{_digits(rng, 8)}", f"SP-{_digits(rng, 7)}",
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
    return rng.choice("ABFGM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 8)}", f"{_digits(rng, 9)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
        f"RN{_digits(rng, 7)}", f"LPN-{_digits(rng, 5)}", f"DDS {_digits(rng, 5)}", f"OD{_digits(rng, 4)}",
        f"LCPC {_digits(rng, 4)}", f"CDL {a}{_digits(rng, 7)}", f"PT{_digits(rng, 6)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("GHJKLMNPRST123456")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 99)}-{rng.randint(1000, 9999)}{_letters(rng, 1)}", f"{rng.randint(1, 67)}-{_digits(rng, 4)}",
        f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"TRIBAL {_digits(rng, 4)}", f"DV{_digits(rng, 4)}",
        rng.choice(["RANCHR", "HAYDAY", "DIALYZ", "NANA4EVR", "BEETS", "CALFPUL", "LUV2RDEO", "GR8GMA"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
    return payload + _luhn(payload)


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def udi(rng: random.Random) -> str:
    gtin = "00" + _digits(rng, 12)
    exp = f"{rng.randint(25, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return f"(01){gtin}(17){exp}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def device_id(rng: random.Random) -> str:
    """Serials of pumps, CGM transmitters, dialysis machines, CPAPs, hearing aids, phones."""
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"NG{_digits(rng, 7)}H", f"{_letters(rng, 3)}{_digits(rng, 6)}", f"8{_letters(rng, 5, an)}",
        f"SN {_digits(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
        f"2K{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 9)}", f"HA-{_digits(rng, 7)}",
        f"{_hex(rng, 12).upper()}", imei(rng), mac_address(rng), f"PR{_digits(rng, 8)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    """Claims, cases, prior authorisations, accessions, referrals, tribal enrolment, foster care."""
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM{_digits(rng, 10)}", f"PA{rng.randint(2021, 2026)}-{_digits(rng, 6)}", f"REF-{_digits(rng, 7)}",
        f"S{rng.randint(21, 26)}-{_digits(rng, 5)}", f"{_digits(rng, 2)}-JV-{_digits(rng, 4)}", f"CPS-{_digits(rng, 8)}",
        f"ENR {_digits(rng, 6)}", f"{_letters(rng, 3, an)}-{_letters(rng, 4, an)}", f"Rx {_digits(rng, 7)}",
        f"ACC{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}", f"TKT-{_digits(rng, 6)}",
        f"WC{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"SID {_digits(rng, 7)}", f"JOB{_digits(rng, 6)}",
    ])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


# --- Filler that is not PHI, so that log lines vary --------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice(
        [_hex(rng, 32), _hex(rng, 16), f"req-{_hex(rng, 12)}", f"{_hex(rng, 8)}-{_hex(rng, 4)}"]
    )


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 12000)]))


def pid(rng: random.Random) -> str:
    return str(rng.randint(9, 64000))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "500", "502"]
    )


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),  # a given name alone
    "KID": ("NAME", kid_name),  # a child's given name
    "WGIVEN": ("NAME", word_given),  # Thrush, Rainy, Sleet: names that are words
    "WFAM": ("NAME", word_family),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, MD"
    "FAMUP": ("NAME", fam_up),  # HL7, X12 and DICOM components, one span each
    "GIVUP": ("NAME", giv_up),
    "MIDUP": ("NAME", mid_up),
    "MIDDLE": ("NAME", middle),
    "FNLOW": ("NAME", first_low),  # file, host and query-string names
    "LNLOW": ("NAME", last_low),
    "INITS": ("NAME", initials),
    # Places
    "STREETNAME": ("ADDRESS", street_name),  # no house number
    "STREETLINE": ("ADDRESS", street_line),  # addr1
    "STREETUP": ("ADDRESS", street_upper),
    "UNIT": ("ADDRESS", unit),  # addr2 on its own
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "HWY": ("ADDRESS", highway_address),
    "TRIBAL": ("ADDRESS", tribal_address),
    "LOT": ("ADDRESS", trailer_lot),
    "RANCH": ("ADDRESS", ranch_address),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    # Dates
    "MD": ("DATE", month_day),  # 3/4, march 4th, 4th of march
    "MDN": ("DATE", md_num),  # 3/4 after a weekday, and ranges
    "DAYTH": ("DATE", day_th),  # after "the"
    "SHORT": ("DATE", short_date),  # 3-4-21
    "DOB": ("DATE", dob),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "USDATE": ("DATE", us_date),
    "LONGDATE": ("DATE", long_date),
    "DMON": ("DATE", dmon_date),
    "YMD": ("DATE", compact_date),
    "TS": ("DATE", timestamp),  # a whole timestamp is one DATE
    "CLFDATE": ("DATE", clf_date),  # the clock after it stays outside
    "SYSDATE": ("DATE", syslog_date),
    "HLTS": ("DATE", hl7_ts),
    "HTTPDATE": ("DATE", http_date),
    # Ages, numbers, identifiers
    "AGEN": ("AGE_OVER_89", age_number),
    "E164": ("PHONE", e164),
    "PHONEDIGITS": ("PHONE", phone_digits),
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
    "PTUUID": ("OTHER_ID", patient_uuid),
    # Filler, not PHI
    "CLOCK": (None, clock),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "PIDN": (None, pid),
    "STATUS": (None, status),
    "BYTES": (None, size),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON and dict braces are doubled for str.format.
# generate.fill() lowercases, misspells and strips punctuation from chat on top of this.

CHAT = [
    # Rural family practice: ranch, reservation and small-town patients.
    "calving started early so i cant make it tues {MDN}, can dr {SURNAME} see me the {DAYTH} instead",
    "this is {NAME} out past {CITY}, we got snowed in, is there a video visit open",
    "we live on {TRIBAL} so the mail lady knows us but the pharmacy delivery guy got lost again",
    "mail order meds keep getting returned, use {POBOX} {CITY} {STATE} {ZIP}",
    "hi its {GIVEN} out on {STREETNAME}, dad cut his hand on the baler, is it stitches or can we glue it",
    "our address is {HWY} but gps puts you in the river so call {PHONE} first",
    "my husband {GIVEN} is haying till the {DAYTH}, can he do his sugar check after that",
    "mom is {AGE} and still feeds the chickens every morning, she fell in the barn on {MD}",
    "{GIVEN} here. the clinic in {CITY} is closed mondays now? its 70 miles to {CITY}",
    "can the mobile clinic stop at {STREETNAME} again, a lot of us cant drive to town",
    "we moved from {CITY} to {RURAL} in {MONYEAR}, pls update so the bills come to the right place",
    "my neighbor {WNAME} is driving me, she has my medicaid card {MEDICAID}",
    "its {NICK}, the one with the bad back from the sale barn. ran out of meloxicam",
    "i work nights at the beet plant so text dont call, {PHONE}",
    "is dr {WFAM} still at the {CITY} clinic or did she go to {CITY}",
    "grandpa {GIVEN} {SURNAME} is {AGE} and wont go to the er, can someone come out to {STREET}",
    # Pediatrics: parents, school nurses, foster care.
    "hi this is {GIVEN}, {KID}'s mom. he has had a fever since the {DAYTH}, 102.4 last night",
    "{KID} threw up twice at school today, the nurse {GIVEN} said to call u",
    "my daughter {KID} {SURNAME} needs her kindergarten shots before {MD}, dob {DOB}",
    "{KID} gave the goopy eye to {KID} now 😩 daycare sent them both home",
    "can {KID}s dad pick up the inhaler? his name is {NAME} and hes on the form",
    "{KID} is allergic to amoxicillin not azithromycin, the school form is wrong",
    "we need the sports physical for {KID} by fri {MDN}, tryouts are that weekend",
    "im {KID}'s grandma {GIVEN}, i have guardianship now, the papers are dated {DATE}",
    "this is {NAME} with the county, im the caseworker for {KID} {SURNAME} (dob {DOB}), placement changed on {MD}",
    "foster placement for {KID} moved to {STREET}, {CITY}, new foster mom is {NAME} {PHONE}",
    "hi its {GIVEN} the school nurse at {CITY} elementary, {KID} hit his head at recess around 1030",
    "the school secretary {GIVEN} says the shot record never came, their fax {FAX}, student is {KID}",
    "my son {KID} turned 4 on the {DAYTH} and still isnt talking much, can we get a referral",
    "{KID} has lice AGAIN. daycare says she cant come back till {MD}",
    "this is {KID}'s stepdad {GIVEN}, mom is at work, can i give tylenol and motrin together",
    "preemie {KID} came home from the nicu {MD}, only took 2 oz this feed",
    "is it ok if {KID} goes to {CITY} with her aunt {GIVEN} for the summer, she needs refills there",
    "WIC says they need her weight from the {DAYTH} visit, her name is {KID} {SURNAME}",
    # Behavioural health.
    "hey its {GIVEN}, can i move my therapy from thurs {MDN} to the next week, cant get off work",
    "my counselor {NAME} said i could message here if things got bad. its bad tonight",
    "i missed my suboxone pickup on {MD}, can someone call the pharmacy",
    "{GIVEN} from group said the tuesday group moved to zoom, whats the link",
    "my son {GIVEN} is 19 and he hasnt slept in 3 days, what do we do, we're in {CITY}",
    "please dont send anything to {STREET}, my ex {NAME} still gets the mail there",
    "im staying at my sisters on {STREETNAME} now till the {DAYTH}",
    "i want to sign a release so my probation officer {NAME} can get my attendance",
    "its {NICK}. relapsed on the {DAYTH}, 3 days clean now, can i still come wed",
    "this is {NAME} my daughter {GIVEN} is seeing dr {SURNAME} for anxiety, can i see her notes",
    # ED and inpatient relatives.
    "my dad {NAME} was brought to the ER last night, the chaplain said to text this number",
    "whos the nurse for room 7 tonight? my mom {LASTFIRST} keeps pulling her IV",
    "my brother {GIVEN} got discharged {MD} but the pharmacy says there is no rx",
    "can u tell {GIVEN} in registration that the insurance is {PLAN} not medicaid",
    "{NAME} dob {DOB} was in your ER {MD}-{MD}, i need the records for his lawyer",
    "auntie {NAME} went home to the lord {DATE}, the portal still texts her phone {PHONE}",
    "we're parked in the ER lot, white dodge plate {PLATE}, can security let us stay",
    "who do i talk to about the bill for the ambulance from {CITY} on {MD}",
    # Home health and hospice.
    "the hospice nurse {GIVEN} didnt come today, mom is {AGE} and more confused",
    "grandma {GIVEN} passed this morning at home around 4, what do we do now, the nurse was {NAME}",
    "can the aide come earlier, {GIVEN} has dialysis tues thurs sat",
    "for the wound nurse: {STREET} {UNIT}, dogs are friendly, gate code is on the chart, ph {PHONE}",
    "the oxygen company wants the order, tank serial {DEVICE}",
    "is {NAME} still the hospice chaplain? dad wants to see him before the {DAYTH}",
    "my husband {NAME} is on hospice, his birthday is {MD}, he wants to go to his brothers in {CITY}",
    # Dialysis.
    "cant make dialysis tues {MDN}, the van from {CITY} broke down, can i come wed",
    "my fistula arm is swollen since the {DAYTH}, dr {SURNAME} said text",
    "this is {NAME} chair 12 on the MWF shift, my ride is my cousin {NICK}",
    "my machine at home serial {DEVICE} keeps alarming, can the tech call {PHONE}",
    "we're going to {CITY} {MDN}-{MDN}, can u set up transient dialysis there",
    # Urgent care.
    "checked in online as {NAME}, when is my spot, its been 2 hrs",
    "was seen at ur {CITY} urgent care on {MD}, need a work note for {DATE} thru {DATE}",
    "the x ray from {MD} at the {STREETNAME} location, did the radiologist read it",
    "i left my card at the front desk, its {NAME}'s card, can u hold it",
    # Dental and optometry.
    "my crown fell out, its the one dr {SURNAME} did in {MONYEAR}",
    "can i move {KID}'s cleaning to {MD}, she has a game",
    "my glasses rx from {MD} is wrong, everything is blurry on the left",
    "this is {GIVEN}, i need a copy of my contact lens rx for 1800contacts, dob {DOB}",
    "tooth pain since the {DAYTH}, face swelling now, is the dentist in on sat",
    "my dental insurance changed, new id {PLAN}, group is on the back",
    # Telehealth.
    "the video link {URL} says the host hasnt joined, im waiting",
    "for the video visit i'll be at my work, {STREET}, {CITY}, is that ok for the license thing",
    "im in {STATE} this week visiting, can i still do my telehealth on {MD}",
    "my username {USER} wont work on the new app",
    "got an alert someone signed in as me from {IP}?? i was asleep",
    "can my daughter {NAME} join the video call from {CITY}? her email {EMAIL}",
    # Dates, every which way.
    "next mon the {DAYTH} works, or tues the {DAYTH}",
    "can we do the {DAYTH} of next month instead",
    "appt card says {SHORT} but the text says {MD}??",
    "2 lines on the test!! lmp was like {MD}, when is the first ultrasound",
    "i was in the hospital from the {DAYTH} to the {DAYTH}, is that why my sugar is off",
    "on the {DAYTH} of next month i start my new job so mornings are out",
    "my colonoscopy is {MDN} at 7, do i start the prep the day before",
    "yes thurs {MDN} @ 10:30 is good",
    "lost my shot card in the flood, {NAME} born {DATE}",
    "shots were {MD} and {MD}, do i need a 3rd",
    "i had the flu shot {MONYEAR} at walmart",
    "harvest crew leaves {MD} and im gone till {MD}, can dr fill 3 months",
    "rotator cuff repair was {LONGDATE}, pt says 6 more wks of the sling?? cant feed cows one handed",
    "she was admitted {SHORT} and discharged {SHORT}",
    "can i come in early march, like the {DAYTH} or so",
    "was it {MD} or {MD} that i had the mri",
    # Addresses typed casually.
    "moved!! new addy {STREET} {CITY} {ZIP}",
    "we're at {STREETLINE} {UNIT} now, same phone",
    "for the shipping form:\n{STREETLINE}\n{UNIT}\n{CITY} {STATE} {ZIP}",
    "the trailer is {LOT}, blue one with the ramp",
    "bills to {POBOX} but the nurse has to come to {RURAL}, two different things lol",
    "im at the shelter on {STREETNAME} till the {DAYTH}",
    "ship the cpap supplies to the shop instead, {STREET}, tell the driver ask for {NAME}",
    "mom moved in with us at {STREET} in {CITY}",
    "we're the last house on {STREETNAME}, past the cattle guard",
    "can u update it to {STREETUP} {CITYUP} {STATE}",
    # Phones, fax, email.
    "if i dont pick up try {GIVEN} my oldest, {PHONE}, she lives next door",
    "got a new phone thru lifeline, number is {PHONE}, the {PHONE} one is dead",
    "my disability lawyer {NAME} needs everything since {MONYEAR}, her fax {FAX}",
    "can the fmla paperwork go to {EMAIL}? hr wants it by fri",
    "pls use my work email {EMAIL} not the yahoo",
    "text {E164} thats whatsapp, my mom is in guatemala but she has the phone",
    # Numbers on cards.
    "medicaid {MEDICAID}, she just got approved {MD}",
    "my red white and blue card number is {MBI}, the aarp one is {PLAN}",
    "my social is {SSN} for the sliding scale form",
    "the er bracelet says {MRN} if that helps find me",
    "the bill for {KID} (acct {ACCOUNT}) should go to chip not me",
    "the insurance lady gave me a reference {OTHER} and said the clinic has to resubmit",
    "prior auth # {OTHER} for the ozempic",
    "my tribal id number is {OTHER} for the IHS referral",
    "front desk wanted my id, its a tribal id not a state one, DL is {LICENSE} tho",
    # Devices and vehicles.
    "{KID}s omnipod pdm {DEVICE} beeps no insulin flow at 2am every night",
    "dexcom keeps saying signal loss, transmitter {DEVICE}, phone is new",
    "my hearing aid serial {DEVICE} is under warranty right",
    "the scale company for my heart failure wants my imei, its {IMEI}",
    "my truck vin {VIN} for the dot form",
    "security put a boot on my car in the dialysis lot!! plate {PLATE}",
    # Signatures and names alone.
    "perfect, u guys rock 🙌 {GIVEN}",
    "thx, {GIVEN} 🙏",
    "sorry this is so long\n{NAME}",
    "Got it. See you then.\n\n{GIVEN}\nSent from Yahoo Mail for Android",
    "lol its me {GIVEN} again, forgot to ask about the refill",
    "this is {LASTFIRST} dob {DOB}",
    "{SURNAME} family, we got the letter",
    "love u guys, the nurses were amazing ❤️ {GIVEN} and {NICK}",
    "- {INITS}",
    # Names that are words, names in passing.
    "tell {WGIVEN} at the front desk thank u for the ride voucher",
    "added {WGIVEN} {WFAM} as my ROI person, she handles my appointments now",
    "my sunday school teacher mrs {WFAM} says the nurse comes out to the farms now, true?",
    "pls give dr {WFAM} this message: the new inhaler is a miracle",
    "{WNAME} from the housing authority needs proof of disability by the {DAYTH}",
    "{WGIVEN} said the rash is from the new soap",
    "is the phlebotomist {GIVEN} in today, she is the only one who gets my veins",
    "my uncle {GIVEN} and cousin {GIVEN} both have the same cough",
    "{GIVEN} and me are coming together for the shots",
    "nana {GIVEN} and papa {GIVEN} live with us now",
    "me and {NICK} are going to {CITY} for the funeral, back the {DAYTH}",
    "brother {NAME} from the kingdom hall will drive me and wait",
    "im {GIVEN}'s wife, he lost his phone",
    "this is {SURNAME}s girl, is mom allowed flowers in the icu",
    "if my husband answers just say its for {NICK}",
    "everyone calls me {NICK}, legal is {NAME}, dont be confused if i answer to both",
    "divorce is final as of {MD}, going back to {SURNAME} on everything pls",
    # Spanish, Vietnamese, Somali, Haitian Creole, Tagalog typed in.
    "hola soy {NAME}, mi hijo {KID} tiene calentura desde el {DAYTH}",
    "buenas, la cita de mi mama {NAME} es el {MD}? vivimos en {CITY}",
    "cambiamos de casa, ahora estamos en {STREET} en {CITY} {ZIP}",
    "xin chào, tôi là {NAME}, ngày sinh {DOB}",
    "salaan, waxaan ahay {NAME}, wiilkayga {KID} wuu xanuunsan yahay",
    "bonjou, se {NAME}, pitit mwen {KID} gen lafyèv",
    "magandang araw po, ako si {NAME}, lola ko si {GIVEN} ay {AGE} na",
    # Voice-to-text.
    "Hi this is {NAME} calling about my son {KID} period he has a fever of 102 comma should I bring him in question mark",
    "Text from {GIVEN} colon my appointment is {MD} at 3 and I need a ride",
    "hey {GIVEN} it's me {GIVEN} call me back at {PHONE} thank you",
    "This is {NAME} I live at {STREET} I need the nurse to come out",
    # Long run-ons.
    "mom {NAME} {AGE} years old was on the bathroom floor all night at {STREET} till my brother {GIVEN} checked on her, ambulance took her to {CITY}, who do i call for her records, im at {PHONE}",
    "ok so we drove {KID} to the er in {CITY} on {MD} and they said strep but the school says she needs a note for {MDN}-{MDN} and my email is {EMAIL}",
    "been 3 days since i left a msg with {GIVEN} at the desk for dr {SURNAME}, the blood pressure pills ran out the {DAYTH} and now my head is pounding",
    "dad {NAME} dob {DOB} medicare {MBI} needs the diabetic shoes form signed, the store is in {CITY}",
    "hi!! its {GIVEN} 😊 {KID} had her surgery on the {DAYTH} and is doing good, we'll see u {MD} for the check",
    "my husband {GIVEN} got kicked by a horse on {MD}, ribs still hurt bad, we live out on {STREETNAME} so its a drive",
    "{GIVEN} cant come tomorrow, {GIVEN} will bring her instead",
    "left a voicemail for {GIVEN} yesterday about the bloodwork, still waiting",
    "{GIVEN} {SURNAME} {DOB} refill lisinopril pls",
    "dob {SHORT} last name {SURNAME} first name {GIVEN}",
    "can i do the {DAYTH} at 8 or the {DAYTH} at 1",
    "booked for {MD}, confirmation says {SHORT}, which one",
    "off work {MDN}-{MDN} for the surgery, need a form for my boss {NAME}",
    "my wife {WGIVEN} had the baby on the {DAYTH}!! 8 lbs 2 oz",
    "its {WGIVEN} again, the rash came back",
    "{WNAME} here from the bus barn, one of the kids got hurt on the route",
    "my name is {NAME}, i was at the {CITY} urgent care {MD}, they said follow up here in 3 days",
    "optometrist said to send my glasses rx to {EMAIL}",
    "braces came loose, {KID} has a band sticking out, can ortho see her {MD}",
    "the school nurse {NAME} wants to talk to dr {SURNAME} about {KID}s seizure plan",
    "caseworker here, {NAME}, {PHONE}. {KID} has a court date {LONGDATE} and needs a health summary",
    "{KID}'s new foster home is {STREET}, {CITY}. same medicaid {MEDICAID}",
    "going to my cousins in {CITY} tues {MDN}, back sun {MDN}",
    "is telehealth ok if im parked at the {CITY} library for wifi",
    "my neighbor {GIVEN} takes me to dialysis but she moved to {CITY} 😢",
    "hi dr {SURNAME} its {GIVEN} {SURNAME}, the one with the goats",
    "my sons dad {NAME} is not allowed to pick him up, court order from {MONYEAR}",
    "{GIVEN} (my grandpa, {AGE}, dob {DOB}) wants the pneumonia shot before he goes to the nursing home",
    "pls fax the hospice orders to {FAX}, attn {GIVEN} at the nursing home",
    "i think dr {SURNAME} sent the rx to the {CITY} walmart instead of {CITY}",
    "hey its {NICK} lol my real name is {NAME} on the chart",
    "can u check if my address is {STREET} {CITY} {STATE} {ZIP}, the bill went to my old one",
    "live on the rez out by {CITY}, {TRIBAL}, ambulance can find us from the chapter house",
]

NOTES = [
    # Headers, wristbands and labels.
    "{CITYUP} RURAL HEALTH CLINIC - PROGRESS NOTE\nPt {CAPSNAME} / DOB {DOB} / Chart {MRN}\nSeen {DATE} by {DOC}, DO",
    "PATIENT: {LASTFIRST}  ({AGEN} y.o. F)  MRN {MRN}  ADM {USDATE}  RM 4 West-12",
    "Name: {NAME} | DOB: {DOB} | Sex: M | Acct: {ACCOUNT} | Payer: Medicaid {MEDICAID}",
    "RE: {NAME}\nDOB: {DOB}\nDOS: {USDATE}\nReferring: {DOC}, PA-C",
    "{CAPSNAME}  {DOB}  {MRN}  ALLERGY: PCN",
    "Encounter: {LONGDATE} at the {CITY} outreach clinic (mobile unit)",
    # ED triage.
    "TRIAGE {CLOCK}: {AGEN} y/o M BIBA from {CITY} after fall from hay wagon; GCS 15. Wife {GIVEN} en route.",
    "Triage note: pt states chest tightness since {MD} at approximately 2200. Accompanied by son {NAME}.",
    "ED arrival {TS} by private vehicle (plate {PLATE}); pt's sister {GIVEN} at bedside.",
    "Chief complaint: laceration L hand (baler). Tetanus last given {MONYEAR} per pt.",
    "EMS report: found at {HWY}, on the shoulder near the cattle guard; pt is {AGE}, lives alone.",
    "ESI 3. Pt is a {AGE}-year-old woman from {RURAL}, transferred from {CITY} Critical Access Hospital.",
    "Pt unable to give history; information from niece {NAME} ({PHONE}) and prior records from {CITY}.",
    # HPI.
    "HPI: {NAME} is a 58 y/o rancher seen on {DATE} for 2 weeks of right shoulder pain after roping.",
    "HPI: Mr. {SURNAME} reports dyspnea since the {DAYTH}; worse after the dust storm. Daughter {GIVEN} notes ankle swelling.",
    "HPI: Ms. {WFAM} presents with oral thrush after a course of antibiotics that ended {MD}.",
    "HPI obtained via Nepali interpreter. Pt {NAME}, resettled in {MONYEAR}, lives with son {GIVEN}.",
    "HPI: 6 y/o brought by foster mother {NAME} for follow-up; placement began {MD}. Caseworker {NAME} present by phone.",
    "History from mother, {NAME}: child {KID} ({DOB}) with 3 days of fever, last antipyretic at 0600.",
    "HPI: {GIVEN} is a 16 y/o here with grandmother {GIVEN} for sports physical; last visit {MONYEAR}.",
    "Positive UPT today; LMP approx {MD}; partner {NAME} present and supportive.",
    "Onset of symptoms {USDATE} while working cattle near {CITY}; no sick contacts at home on {STREETNAME}.",
    # Assessment and plan.
    "A/P: T2DM, poorly controlled; A1c rechecked {DATE}. Pt's wife {GIVEN} manages meds. RTC {MD}.",
    "Plan: refer to Dr. {SURNAME}, nephrology, {CITY}; telehealth follow-up {LONGDATE}.",
    "Goals-of-care talk with pt and {NAME} (daughter, POA since {DATE}); agrees with no feeding tube.",
    "Mechanical fall off the porch {MD}; films negative; PT/OT via {CITY} agency.",
    "Plan: start sertraline 25 mg; safety plan reviewed; pt's partner {GIVEN} will hold the firearms key.",
    "INR 3.8; hold 1 dose, POC recheck the {DAYTH}; {NICK} (son) brings her in from {CITY}.",
    # Discharge summaries.
    "D/C SUMMARY - {CAPSNAME}\nADM {USDATE} / DC {USDATE}\nHospitalist: {DOC}, DO\nFollow-up: {DOC}, FNP, {CITY} RHC, 1 wk",
    "DKA, resolved. LOS {ISODATE} to {ISODATE}. Home to {STREET}, {CITY}; insulin teaching done with sister {NAME}.",
    "To swing bed at {CITY} CAH on {DATE}; nurse-to-nurse to {GIVEN}, RN.",
    "Course: MICU {MD}-{MD} on BiPAP, floor thereafter, d/c {MD}.",
    "Discharged to the shelter on {STREETNAME}; bus voucher given. Follow-up {MD} with {DOC}, NP.",
    "Discharge meds reviewed with pt and interpreter {NAME} (Karen) via video.",
    # Referral and consult letters.
    "Dr. {SURNAME} -\nI would be grateful for your opinion on {NAME} (DOB {DOB}); gross hematuria first noted {DATE}, CT attached.",
    "To {DOC}:\nYour patient Mrs. {SURNAME} came to the {CITY} outreach day on {LONGDATE}; my findings follow.",
    "SUBJECT: {CAPSNAME} / {DOB}\nRequesting ENT input on a 2.1 cm TI-RADS 4 nodule (US {MONYEAR}).",
    "Outgoing referral - hand surgery: {DOC}, MD, {STREET}, {CITY}, {STATE} {ZIP}. F {FAX}. Reason: flexor tendon lac.",
    "Respectfully,\n{DOC}, MD\nMedical Director, {CITY} Rural Health Clinic\n{POBOX} | {CITY}, {STATE} {ZIP}\nT {PHONE} | F {FAX}",
    "Nephrology asked to see by Dr. {SURNAME} {USDATE}: Cr 3.9 from 1.1, pt is {AGE}.",
    # Signature blocks and cc lines.
    "/es/ {DOC}, MD  {USDATE} 16:42 MST",
    "Signed: {DOC}, LCSW {TS}",
    "Dict {DOC}, DO / transcr {INITS} / dd {USDATE} / dt {USDATE}",
    "Copies to: {DOC}, MD (peds GI); {DOC}, LCSW; DSS worker {NAME}",
    "cc: Dr. {SURNAME}, {CITY} Dialysis Center, fax {FAX}",
    "Supervising physician review completed {MD} - {DOC}, MD (NP collaborative agreement).",
    "Teaching physician note: key portions performed by me; discussed with PGY-2 Dr. {SURNAME}. {DOC}, MD",
    "Documentation assisted by {NAME} (scribe) in presence of {DOC}, PA-C, {DATE}.",
    # Telephone encounters.
    "Phone note {USDATE}: pt's daughter {GIVEN} called from {CITY}; BG 48 this am, treated. Advised ED if recurs.",
    "TC from {NAME} (school nurse) at {PHONE} re: student {KID} {SURNAME}, wheezing at recess.",
    "Outreach x2 for abnormal Pap; mailbox full at {PHONE}; certified letter to {POBOX}.",
    "CB {LASTFIRST}: hives fading on cetirizine; advised to keep {MD} visit.",
    "RPh {GIVEN} at the {CITY} co-op pharmacy ({PHONE}) flagged interaction warfarin/bactrim; changed to nitrofurantoin.",
    "HH agency ({CITY}) reports via fax {FAX}: pt declined SN visit {MD}, states 'too busy branding'.",
    # Nursing.
    "0245 delirium screen positive; spouse {WGIVEN} stayed overnight, reorienting; mitts not needed.",
    "Transfusion 2-RN check: band {CAPSNAME} / {DOB} matches unit tag; verified by {GIVEN}, RN.",
    "Valuables envelope #44 (wallet, tribal ID, rosary) released to grandson {NAME}; hearing aid {DEVICE} kept at bedside.",
    "SBAR to oncoming charge {GIVEN}, RN; 1:1 observer {GIVEN} for elopement risk.",
    "Pt tearful, wants her husband {GIVEN}; he is 3 hours out, hauling cattle near {CITY}.",
    # PT, OT, speech.
    "PT: ambulated 120 ft with FWW; pt's goal is to return to the ranch at {RANCH} and feed cattle.",
    "OT: home eval at {STREET} on {MD}; recommend grab bars and tub bench.",
    "Speech: bedside swallow {MD}; son {GIVEN} educated on thickened liquids.",
    "PT home visit, {RURAL}: gravel drive, 3 steps, no rail.",
    # Behavioural health and social work.
    "BH note: pt seen via video from home in {CITY}; partner {GIVEN} in next room. PHQ-9 18.",
    "Mother {NAME} called ({PHONE}) worried; says he quit the quetiapine about the {DAYTH} and is up all night welding.",
    "SW: pt lives with her grandmother {NAME} at {TRIBAL}; no running water since {MONYEAR}.",
    "SW: CPS case {OTHER}; caseworker {NAME}, {PHONE}. Child's placement with aunt {GIVEN} in {CITY}.",
    "Adult Protective Services intake made; worker {NAME} to do welfare check at {STREET}.",
    "Guardian ad litem: {NAME}. Court date {LONGDATE}.",
    "Housing: pt moved from {CITY} to the motel on {STREETNAME} in {MONYEAR}.",
    "Safety: protection order vs {NAME} (last known {STREET}); do not confirm pt is here.",
    "Release of information signed {USDATE} for probation officer {NAME}, {CITY} County.",
    # School and sports forms, excuses.
    "SCHOOL HEALTH FORM\nStudent: {NAME}\nDOB: {DOB}\nSchool: {CITY} Elementary\nParent/guardian: {NAME}   Phone: {PHONE}",
    "Please excuse {NAME} from school {MD} through {MD} due to illness.",
    "{NAME} may return to work on {LONGDATE} without restrictions.",
    "Pre-participation physical: {KID} {SURNAME}, cleared for wrestling on {USDATE}.",
    "School excuse - {NAME} had strep, seen {DATE}; back to school the {DAYTH} if fever-free 24 h.",
    "Medication authorization: {KID} may carry albuterol at school; parent {NAME}, signed {USDATE}.",
    # Immunisations.
    "IMMUNIZATIONS\nDTaP: {USDATE}, {USDATE}, {USDATE}\nMMR: {USDATE}\nVaricella: {USDATE}",
    "Adult vaccines: Shingrix #1 {DATE}, #2 {DATE}; pneumococcal {MONYEAR}; COVID {MD}.",
    "Vaccine record reconciled with state registry on {MD}; mother {GIVEN} provided card.",
    "Hep B #1 given at birth {DOB}; #2 due {MD}.",
    # Med rec.
    "Brown-bag review {USDATE}: 14 bottles, 3 duplicates; granddaughter {GIVEN} sets up the pill box Sundays.",
    "Controlled-substance check: Rx {OTHER} (hydrocodone) filled {MD} in {CITY}, written by Dr. {SURNAME} (DEA {DEA}).",
    "Outside meds list faxed from {FAX} by {GIVEN} at the IHS clinic on {MD}.",
    # Procedures, op notes, radiology, pathology.
    "PROCEDURE NOTE\nDate: {USDATE}\nOperator: {DOC}, MD\nAssistant: {DOC}, PA-C\nIndication: AV fistula creation",
    "OPERATIVE REPORT: laparoscopic appendectomy on {LONGDATE}. Surgeon {DOC}, MD. Anesthesia {DOC}, CRNA.",
    "Universal protocol completed: site marked, consent verified by {DOC}, MD; circulator {GIVEN}; surg tech {GIVEN}.",
    "Device: leadless pacer, SN {DEVICE}, placed {DATE}; remote monitor paired; wife {GIVEN} has the card.",
    "RADIOLOGY\nPatient: {LASTFIRST}   DOB: {DOB}\nExam: CXR 2V   Date: {USDATE}\nComparison: {USDATE}",
    "CT head without contrast ({TS}). Ordering: {DOC}, MD. Read by {DOC}, MD.",
    "PATHOLOGY\nAccession {OTHER}\nCollected {USDATE}  Received {USDATE}\nSubmitting physician: Dr. {SURNAME}",
    "Specimen labeled {CAPSNAME}, {DOB}; received on the {DAYTH}.",
    # Dental and eye.
    "DENTAL: pt {NAME} seen {USDATE}; #19 fractured, crown prep. Next appt {MD}. Guardian {NAME} consented.",
    "Dental hygiene recall: {KID} {SURNAME}, last prophy {MONYEAR}; sealants on #3 and #14.",
    "EYE EXAM {USDATE}: {NAME}, DOB {DOB}. VA sc OD 20/60 OS 20/40. Glasses Rx given. {DOC}, OD",
    "Diabetic eye exam for {LASTFIRST}; images sent to {DOC}, MD, retina, {CITY}.",
    # Hospice and home health.
    "HOSPICE VISIT {USDATE}: pt resting; wife {GIVEN} and daughter {GIVEN} present. Chaplain {NAME} visited.",
    "Death pronounced {TS} at home ({STREET}). Family: {NAME}. Funeral home notified.",
    "Date of death: {LONGDATE}. Time: 0415. Pronounced by {DOC}, RN.",
    "Home health SOC {USDATE}; pt lives at {STREETLINE}, {UNIT}, {CITY}. Caregiver {NAME} ({PHONE}).",
    "HH aide visits MWF; key under mat per pt's son {NICK}.",
    "Bereavement call to {NAME} on {MD}.",
    # Dialysis.
    "DIALYSIS RUN {USDATE}: chair 9. Pre wt 84.2 kg. Machine {DEVICE}. RN {GIVEN}.",
    "Transient dialysis arranged in {CITY} {MDN}-{MDN}; records faxed to {FAX}.",
    "Transportation: pt's nephew {NAME} drives from {CITY}; van plate {PLATE}.",
    "Missed treatment {MD}; pt states road closed at {HWY}.",
    # Prior authorisations.
    "PRIOR AUTHORIZATION REQUEST\nMember: {NAME}\nMember ID: {PLAN}\nDOB: {DOB}\nPrescriber: {DOC}, MD  NPI {NPI}",
    "PA {OTHER} approved through {LONGDATE} for {LASTFIRST}.",
    "Appeal letter for {NAME} (Medicaid {MEDICAID}) regarding denial dated {DATE}.",
    # Family and social history.
    "Family: mom {GIVEN} (ESRD on HD, passed {MONYEAR}); dad alive, 71, HTN; half-brother {NAME} in {CITY}, kidney transplant.",
    "SH: lives with wife {GIVEN} on a ranch off {STREETNAME}; runs cattle; no tobacco; 2 beers on weekends.",
    "SH: Hmong; lives with son {NAME} and his family in {CITY}; clan elder {GIVEN} involved in decisions.",
    "SH: Somali; arrived {MONYEAR}; husband {NAME}; 5 children, youngest {KID}.",
    "SH: Amish, Old Order; lives with husband {GIVEN} and 7 children on {RURAL}; no phone, message via neighbor {NAME}.",
    "SH: Lakota; lives in {CITY} with grandmother {NAME}; attends the tribal college.",
    "SH: moved from {CITY}, {STATE} to {CITY} in {MONYEAR}; works at the meatpacking plant.",
    "ICE #1 {NAME} (partner) cell {PHONE}; ICE #2 {NAME} (cousin, lives on the same section) {PHONE}.",
    "Legal guardian: {LASTFIRST} (maternal grandmother), {STREET}, {CITY} {STATE} {ZIP}, {PHONE}",
    # Identifiers of other kinds.
    "Coverage on file: commercial {PLAN} through employer of {NAME}; state Medicaid {MEDICAID} secondary.",
    "MBI {MBI} run through eligibility {MD}: Part B active, MA plan none.",
    "Responsible party {NAME}, HAR {ACCOUNT}; paper statements only, {POBOX}, {CITY}, {STATE} {ZIP}.",
    "SSDI packet: claimant SSN {SSN}; records since {MONYEAR} copied.",
    "Proxy access granted to parent; login {USER}; invite emailed to {EMAIL}.",
    "Virtual visit: pt physically in {CITY} ({STATE}) per attestation; session IP {IP}.",
    "Family posts a care calendar at {URL}; asked that no photos of the unit be shared.",
    "Rollover on gravel road; pt was restrained driver, vehicle VIN {VIN}; highway patrol case {OTHER}.",
    "Photo ID at registration: DL {LICENSE}, expires 2029.",
    "Remote monitoring kit: CGM {DEVICE}, hub IMEI {IMEI}, shipped to home.",
    "Tribal enrollment {OTHER}; IHS chart {MRN}.",
    # Ages, DOBs and the very old.
    "Pt is {AGE}; picks up her mail in {CITY} herself and splits kindling daily.",
    "{NAME}, age {AGE}, brought by her granddaughter, who notes she is repeating questions and missing pills.",
    "{AGEN}-y/o with HFrEF; POLST comfort measures, reviewed with son {GIVEN}.",
    "Per tribal enrollment card, DOB {DOB}; born at home near {CITY}.",
    # Terse fragments.
    "PSH: appy as a child; hernia repair {MONYEAR}; cataract OD {USDATE}",
    "Prev visit {MD} w/ {DOC}, APRN.",
    "wound check {MD} (nurse visit, {GIVEN})",
    "OB: G4P3003, LMP {USDATE}, EDD by 8-wk US {USDATE}",
    "Draw done at {CITY} CAH lab {USDATE}, courier to reference lab.",
    "Missed {MD} and {MD} (no transport); outreach letter mailed to {STREET}.",
    "Outside records (38 pp) in from {FAX} dated {USDATE}; scanned to media tab.",
    "{NICK} (ride) waiting in the truck; pt asked we call him when done.",
    "Approved visitor list per pt: {NAME}; {NAME}. No others.",
    "DPOA-HC executed {USDATE}: primary {NAME}, backup {NAME}; copy scanned.",
    "Video remote interpreting, Somali, interpreter {NAME} #{OTHER}, full visit.",
    "Spiritual care: {DOC} prayed with family; pt's parish is in {CITY}.",
    "Meds picked up at the {CITY} Drug & Feed counter ({STREET}); they deliver to {CITY} on Tuesdays. Ph {PHONE}.",
    "Demographics confirmed at check-in: {STREET}, {CITY}, {STATE} {ZIP}; cell {PHONE}.",
    "Addr1: {STREETLINE}\nAddr2: {UNIT}\nCity/St/Zip: {CITY}, {STATE} {ZIP}",
    "Mail: {POBOX}, {CITY}, {STATE} {ZIP}\nLocation: {TRIBAL} (no street address)",
    "Ambulance run sheet: scene {LOT}; dispatched 0431, on scene 0458, {USDATE}.",
    "Brought in by tribal police, found walking on {STREETNAME} in the snow the night of the {DAYTH}.",
    "Collateral from spouse {WNAME}: more falls since {MD}, naps most of the day.",
    "Established with Mr. {WFAM} since 2016; last A1c visit {USDATE}.",
    "Mrs. {WFAM} widowed {USDATE} (husband, farm accident); hospice bereavement referral.",
    "Reviewed outside ortho note by Dr. {WFAM} ({MD}): MRI shows full-thickness tear.",
    "Weight check: {NAME} (DOB {DOB}) up 40 g/day; breastfeeding, mom {GIVEN} pumping at work.",
    'NB male "Baby {SURNAME}" delivered {USDATE}, NSVD, to {NAME}, 24 y/o G1.',
    "TRIAGE (urgent care, {CITY}): {AGEN} y/o F with dizziness since {MD}; daughter {NAME} drove her.",
    "UC visit {USDATE}: pt {NAME} with ankle sprain at work (employer contact {NAME}, {PHONE}). Work note through {MD}.",
    "Telehealth visit {TS}; pt located at home, {STREET}, {CITY}, {STATE}; consent verbal. Daughter {GIVEN} assisted with video.",
    "Telehealth: connection via {URL}; pt on cell {PHONE} after video dropped.",
    "Peds well child 18 mo: {KID} accompanied by father {NAME}; next visit {MD}.",
    "Newborn {SURNAME} (baby girl), DOB {DOB}, 6 lb 11 oz; parents {NAME} and {NAME}.",
    "Lead screen per Medicaid ({MEDICAID}); home at {STREETLINE} built before 1978.",
    "Foster care initial health assessment: child {NAME}, DOB {DOB}, placed {USDATE} with {NAME} ({PHONE}).",
    "School nurse {NAME} reports {KID} has missed 12 days since {MONYEAR}.",
    "Sports concussion: injured {MD} at practice; coach {NAME}; return-to-learn letter to {CITY} High.",
    "BH intake {USDATE}: pt self-referred; lives with boyfriend {GIVEN} on {STREETNAME}; CSSRS low risk.",
    "Crisis line note {TS}: caller {NAME} at {PHONE} re: sister {GIVEN}; mobile crisis dispatched to {STREET}.",
    "MAT visit: UDS appropriate; next pickup {MD}; pharmacy {CITY} Drug, {PHONE}.",
    "Group therapy attendance {USDATE}: {NAME}, {NAME}, {NAME} present.",
    "Hospice IDT {USDATE}: pt {LASTFIRST}, PPS 30%; daughter {NAME} is primary caregiver; chaplain {DOC}.",
    "Home health recert {USDATE}-{USDATE}; homebound due to dyspnea; lives at {RURAL}.",
    "Dialysis care plan {USDATE}: dry weight 72 kg; access L AVF created {MONYEAR} by Dr. {SURNAME}.",
    "Transplant referral to {CITY}; coordinator {NAME}, {PHONE}, fax {FAX}.",
    "DENTAL EXAM {USDATE}\nPatient: {NAME}  DOB: {DOB}\nProvider: {DOC}, DDS\nFindings: #30 periapical abscess",
    "Ortho consult for {KID} {SURNAME}; parent {NAME}; insurance {PLAN}.",
    "OPTOMETRY {USDATE}: {LASTFIRST}; contact lens fit; trial lenses dispensed; f/u {MD} with {DOC}, OD.",
    "Glaucoma suspect; OCT {USDATE} compared with {USDATE}.",
    "PRIOR AUTH: CGM for {NAME}, Medicaid {MEDICAID}, DOB {DOB}; submitted {USDATE} by {GIVEN}.",
    "Work excuse: {NAME} was under my care {MDN}-{MDN} and may return {MD}. {DOC}, PA-C",
    "Jury duty excuse for {NAME}, DOB {DOB}, on {LONGDATE}.",
    "Immunization record for {NAME} ({DOB}): HepA {USDATE}, HepA {USDATE}, Tdap {USDATE}, HPV {USDATE}.",
    "TB skin test placed {USDATE} 0900, read {USDATE}: 0 mm. {DOC}, RN",
    "Radiology: US renal {USDATE}; comparison CT from {CITY} Regional {MONYEAR}.",
    "Path: skin shave L cheek, collected {USDATE} by Dr. {SURNAME}; BCC, margins clear.",
    "Op note: ORIF R distal radius {LONGDATE}; surgeon {DOC}, MD; pt fell from horse on {MD}.",
    "ED course: intubated at 0312; family ({NAME}, {PHONE}) updated by Dr. {SURNAME}.",
    "Admit H&P {USDATE}: {AGEN}M from {CITY} with urosepsis; wife {GIVEN}, son {GIVEN}.",
    "Ward note: pt wants to go home to {TRIBAL}; daughter {NAME} arranging ride.",
    "Interpreter note: K'iche' interpreter {NAME} by phone; pt {NAME}; visit {USDATE}.",
    "FH: paternal grandfather {GIVEN} with diabetes; maternal aunt {NAME} in {CITY} with lupus.",
    "SH: works at the grain elevator in {CITY}; wife {GIVEN}; 4 kids at {CITY} school.",
    "Pt's son {NAME}, {EMAIL}, is authorized to receive results.",
    "Death certificate: decedent {NAME}, DOB {DOB}, DOD {USDATE}, residence {STREET}, {CITY}.",
    "Med list brought by caregiver {NAME}; pill organizer filled {MD}.",
    "cc: {DOC}, FNP ({CITY}); {DOC}, MD (nephrology); pt",
    "Nursing home report to {GIVEN}, LPN at {PHONE}; transfer {TS}.",
]

# System text. A whole timestamp is one DATE; the clock after an access-log or syslog date is not.
LOGS = [
    # key=value
    '{TS} [scheduler] slot HELD for "{NAME}" (dob {ISODATE}) at {TS}, provider pool=rural-rotation',
    "{TS} twilio status_callback MessageStatus=failed To={E164} ErrorCode=30003 chart={MRN}",
    "urgent-care tablet: self check-in complete given_name={GIVEN} family_name={SURNAME} birth={USDATE} home_zip={ZIP} wait_est=40m",
    'elig271 payer=MEDICAID-ND sub_id={PLAN} sub_nm="{LASTFIRST}" sub_dob={YMD} coverage=inactive since={ISODATE}',
    'event=address.update old="{STREET}" new="{STREET}" city={CITY} by={USER}',
    'evt=dialysis.run chair=9 machine={DEVICE} pt="{LASTFIRST}" start={TS}',
    'transport.trip rider="{NAME}" pickup="{RURAL}, {CITY}" dropoff=dialysis van={PLATE} at={TS}',
    'hospice.visit nurse={USER} pt_mrn={MRN} addr="{STREET}" arrived={TS}',
    'school.form.received student="{NAME}" dob={ISODATE} school="{CITY} Middle" fax={FAX}',
    'foster.placement case={OTHER} child="{KID} {SURNAME}" caregiver="{NAME}" addr="{STREET}, {CITY}"',
    'dental.recall pt="{NAME}" last_prophy={ISODATE} phone={PHONE} status=queued',
    'optical.order rx_date={ISODATE} pt="{LASTFIRST}" lab=vision-west job={OTHER}',
    'tele.join room={REQID} participant="{NAME}" ip={IP} ua="Android 14" at={TS}',
    "tele.license_check pt_loc_city={CITY} pt_loc_state={STATE} provider_npi={NPI} ok=true",
    'urgentcare.queue site=west-4 pos=7 name="{GIVEN} {SURNAME}" phone={PHONE} eta_min=55',
    "deid.preview mrn={MRN} age={AGEN} rule=HIPAA-90 dob_in={ISODATE} dob_out=[year-only]",
    # JSON
    '{{"ts":"{TS}","event":"portal.register","email":"{EMAIL}","phone":"{PHONE}","ip":"{IP}"}}',
    '{{"sev":"E","component":"addr-verify","reason":"no delivery point","in":{{"a1":"{STREETLINE}","a2":"{UNIT}","town":"{CITY}","st":"{STATE}","pc":"{ZIP}"}},"fallback":"PO"}}',
    '{{"patient":{{"given":"{FIRST}","family":"{SURNAME}","dob":"{ISODATE}"}},"guardian":{{"name":"{NAME}","phone":"{PHONE}"}},"src":"peds-kiosk"}}',
    '{{"msg":"rural address geocode miss","addr":"{HWY}","city":"{CITY}","confidence":0.21}}',
    '{{"direction":"inbound","msisdn":"{E164}","text":"this is {GIVEN}s mom, she has a fever","received":"{TS}","thread":"peds-triage"}}',
    '{{"evt":"appt.cancel","pt":"{LASTFIRST}","appt":"{TS}","reason":"weather","site":"{CITY}"}}',
    '{{"contacts":[{{"role":"EC","full":"{NAME}","cell":"{PHONE}","okToText":true}}],"chart":"{MRN}","unit":"peds"}}',
    '{{"member":{{"id":"{MEDICAID}","name":"{CAPSNAME}","dob":"{YMD}"}},"program":"CHIP","status":"active"}}',
    '{{"bt":{{"addr":"{MAC}","sn":"{DEVICE}"}},"assigned_to":"{NAME}","bonded_at":"{TS}","kind":"bp-cuff"}}',
    '{{"age":{AGEN},"dob":"{USDATE}","name":"{NAME}","flag":"over89"}}',
    '{{"caseworker":"{NAME}","agency":"county DSS","child":"{KID}","case":"{OTHER}","email":"{EMAIL}"}}',
    '{{"visit":{{"type":"dental","tooth":19,"date":"{ISODATE}"}},"patient":"{NAME}","guarantor":"{NAME}"}}',
    '{{"pager":"on-call","to":"{DOC}","text":"ED bed 4 pt {LASTFIRST} {AGEN}F K 6.8 pls call {PHONE}"}}',
    '{{"nemt":{{"vehicle_vin":"{VIN}","tag":"{PLATE}","driver_name":"{NAME}","origin":"{TRIBAL}","miles":64}}}}',
    # Query strings and paths
    "GET /v3/mpi/lookup?ln={LNLOW}&fn={FNLOW}&dob={ISODATE}&fuzzy=1 -> 200 ({MS} ms)",
    "GET /files/peds/{MRN}/immunizations_{LNLOW}-{FNLOW}_{YMD}.pdf -> 403 (user {USER})",
    "POST /hooks/textline?sender=%2B{PHONEDIGITS}&msg=running+late+-+{FNLOW} -> 204",
    "PATCH /v3/guardians?notify={EMAILENC}&optout=1 -> 200 ({MS} ms)",
    "GET /gis/resolve?line={STREET}&place={CITY}&postcode={ZIP}&source=e911 -> 200",
    "GET /telehealth/join?room={REQID}&name={FNLOW}+{LNLOW}&dob={USDATE} 302",
    # nginx and apache
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /inbox/thread?author={USER}&page=2 HTTP/1.1" {STATUS} {BYTES} "https://portal.example/" "Mozilla/5.0 (Linux; Android 14; SM-A156U)"',
    '{IP} - {USER} [{CLFDATE}:{CLOCK} -0700] "GET /docs/{LNLOW}-{FNLOW}-school-form.pdf HTTP/2.0" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} +0000] "POST /api/urgentcare/checkin?name={FNLOW}%20{LNLOW}&phone={PHONEDIGITS} HTTP/1.1" 201 {BYTES} "-" "okhttp/4.12.0"',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "GET /r4/Patient?name={LNLOW}&address-city={CITY}&_count=5 HTTP/1.1" 200 {BYTES}',
    '[{CLFDATE}:{CLOCK} -0700] apache2 {IP} "GET /eyeclinic/rx/{MRN}?dob={ISODATE} HTTP/1.1" 404',
    # Python, Java, Node
    'Traceback (most recent call last):\n  File "/opt/peds/wellchild.py", line 140, in due_vaccines\n    born = datetime.strptime(dob, "%m/%d/%Y")\nValueError: time data \'{DATE}\' does not match format (child {KID} {SURNAME})',
    "Traceback (most recent call last):\n  File \"/srv/peds/school.py\", line 41, in render\n    student = roster[mrn]\nKeyError: '{MRN}'\n  locals: name='{NAME}', guardian='{NAME}', fax='{FAX}'",
    "Traceback (most recent call last):\n  File \"/opt/hh/route.py\", line 33, in plan\n    stops.append(geo[p.addr])\nKeyError: '{RURAL}'  # nurse={USER} patient={LASTFIRST}",
    "org.hibernate.NonUniqueResultException: 2 rows for mrn={MRN} (first={GIVUP}, last={FAMUP}, dob={ISODATE})\n	at com.plains.registry.PatientDao.byMrn(PatientDao.java:88)",
    'java.text.ParseException: Unparseable date: "{DATE}" (patient {MRN}, {NAME})\n\tat java.base/java.text.DateFormat.parse(DateFormat.java:399)',
    'Error: invalid phone "{PHONE}" for contact {NAME}\n    at normalize (/app/src/contacts.js:44:11)\n    at async Promise.all (index 3)',
    "UnhandledPromiseRejection: SMTP 550 mailbox unavailable <{EMAIL}> (reminder for {NAME} on {MD})",
    "TypeError: Cannot read properties of undefined (reading 'zip') at addr=\"{STREET}, {CITY}\" pt={MRN}",
    "aiosmtplib.errors.SMTPRecipientRefused: (550, '5.7.1 rejected') recipient={EMAIL} job=discharge_packet pt={MRN}",
    "ValidationError: {{'guardian_phone': ['\"{PHONE}\" is not a valid US number']}} child={KID}",
    # Celery, cron, systemd, Kubernetes
    "[{TS}: INFO/ForkPoolWorker-6] outreach.recall_dental[{REQID}] ok -> sent=1 to={E164} name={GIVEN} last_visit={ISODATE}",
    "[{TS}: ERROR/ForkPoolWorker-1] school_forms.fax_out[{REQID}] gave up after 5 tries: dest={FAX} student={KID} {SURNAME}",
    "[{TS}: WARNING/MainProcess] Task hl7.ingest[{REQID}] retry in 30s: args=('{MRN}', '{YMD}')",
    'CRON[{PIDN}]: (hospice) CMD (/opt/jobs/bereavement_letters.py --family "{NAME}" --dod {ISODATE})',
    "{SYSDATE} {CLOCK} clinic-app1 systemd[1]: reminder-worker.service: sent reminder to {NAME} <{EMAIL}>",
    "{SYSDATE} {CLOCK} fax01 faxq[{PIDN}]: job {OTHER} (dest {FAX}, Dr. {SURNAME} office) requeued: no answer after 90s",
    "{SYSDATE} {CLOCK} bastion-2 sshd[{PIDN}]: Invalid user {USER} from {IP} port 40110",
    "{SYSDATE} {CLOCK} vpn1 openvpn[{PIDN}]: {USER}/{IP}:49152 MULTI: Learn: {IP}",
    'kubectl logs intake-7c9f-x2: {TS} ERROR addr_validate failed for "{STREET}" ({CITY}, {ZIP})',
    "pod=telehealth-5f8d container=api {TS} WARN participant {NAME} ({EMAIL}) reconnected from {IP}",
    "k8s event: Job bulk-export-{REQID} completed; rows=1 file=/exports/{LNLOW}_{FNLOW}_{YMD}.csv",
    # Audit trails
    'AUDIT {TS} user={USER} role=RN action=VIEW pt="{LASTFIRST}" mrn={MRN} ws=ED-14 ip={IP}',
    'AUDIT {TS} user={USER} action=BREAK_GLASS pt="{NAME}" reason="unconscious, MVA on {HWY}"',
    'PRINTQ job={PIDN} owner={USER} doc="AVS {LASTFIRST}" dest=UC-FRONT-1 at={TS} pages=3',
    "{TS};{USER};OPEN_ENCOUNTER;{MRN};{LASTFIRST};{USDATE};ws=DIAL-07",
    'change_log field=address before="{STREET}" after="{STREET}" editor={USER} at={TS}',
    'access.denied user={USER} pt_mrn={MRN} reason="VIP/employee" ip={IP}',
    # HL7 v2
    "MSH|^~\\&|MEDITECH|CAH01|IHS-RPMS|SVC04|{HLTS}||ORU^R01|{OTHER}|P|2.3",
    "PID|1|{ACCOUNT}|{MRN}^^^CAH01^MR~{SSN}^^^SSA^SS||{FAMUP}^{GIVUP}^{MIDUP}^^^^B||{YMD}|F|||{STREETUP}^{UNIT}^{CITYUP}^{STATE}^{ZIPNINE}^^M",
    "PID|1||{MRN}^^^IHS-SU^HRN~{MEDICAID}^^^ST-MCD^MA||{FAMUP}^{GIVUP}||{YMD}|M||1002-5^American Indian|{TRIBAL}^^{CITYUP}^{STATE}^{ZIP}^^L||^^PH^^^^^^^^^{PHONE}",
    "PID|||{MRN}^^^CAH01||{FAMUP}^{GIVUP}^{MIDUP}^JR||{YMD}|M||N|{HWY}^^{CITYUP}^{STATE}^{ZIP}^^P||{PHONE}^PRN^CP",
    "NK1|1|{FAMUP}^{GIVUP}^{MIDUP}|MTH^Mother|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}",
    "NK1|1|{FAMUP}^{GIVUP}|CGV^Caregiver^HL70063||{PHONE}^^CP~^NET^Internet^{EMAIL}",
    "PV1||O|DIAL^CHAIR09^^CAH01||||{NPI}^{FAMUP}^{GIVUP}|||NEP||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "OBR|1|{OTHER}|{OTHER}|24323-8^CMP^LN|||{HLTS}|||||||||{NPI}^{FAMUP}^{GIVUP}^{MIDUP}",
    "IN1|1|MCD01|{OTHER}|STATE MEDICAID||||||||||||{FAMUP}^{GIVUP}|01^Self|{YMD}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|1|IHS|IHS01|INDIAN HEALTH SERVICE|||||||||||{FAMUP}^{GIVUP}|18^Self||{TRIBAL}^^{CITYUP}^{STATE}|||||||||||||||||{OTHER}",
    "GT1||{ACCOUNT}|{FAMUP}^{GIVUP}||{RURAL}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}|||||MTH^Mother",
    "OBX|3|TX|NOTE^Hospice||Pt comfortable, wife {FIRST} at bedside; death pronounced {HLTS}||||||F",
    "EVN||{HLTS}||REG|{USER}^{FAMUP}^{GIVUP}^^^^^^CAH01",
    "MRG|{MRN}^^^CAH01~{MRN}^^^IHS|||{ACCOUNT}||||{FAMUP}^{GIVUP}^{MIDUP}",
    "mirth[ORU_IN] filter rejected {OTHER}: OBR-7 {HLTS} precedes PID-7 {YMD} (pt {FAMUP}, {GIVUP})",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"use":"usual","text":"{NAME}"}},{{"use":"nickname","given":["{NICK}"]}}],"birthDate":"{ISODATE}","address":[{{"line":["{RURAL}"],"city":"{CITY}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","relationship":[{{"coding":[{{"code":"FOSTERPAR"}}]}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"telecom":[{{"system":"sms","value":"{PHONE}"}}],"active":true}}',
    '{{"resourceType":"Encounter","class":{{"code":"VR"}},"actualPeriod":{{"start":"{TS}"}},"subject":{{"display":"{LASTFIRST}"}},"serviceProvider":{{"display":"{CITY} Telehealth Hub"}}}}',
    '{{"resourceType":"Coverage","identifier":[{{"value":"{MEDICAID}"}}],"policyHolder":{{"display":"{NAME}"}},"dependent":"02","period":{{"end":"{ISODATE}"}}}}',
    '{{"resourceType":"Patient","deceasedDateTime":"{TS}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"extension":[{{"url":"tribal-affiliation","valueString":"enrolled"}}]}}',
    '{{"resourceType":"ImmunizationRecommendation","patient":{{"display":"{NAME}"}},"recommendation":[{{"vaccineCode":[{{"text":"HPV #2"}}],"dateCriterion":[{{"value":"{ISODATE}"}}]}}]}}',
    '{{"resourceType":"Device","status":"active","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"serialNumber":"{DEVICE}","owner":{{"display":"{NAME}"}},"type":{{"text":"home hemodialysis machine"}}}}',
    'HAPI-0450: Invalid date/time format: "{DATE}" at Patient.birthDate (resource Patient/{PTUUID}, name={NAME})',
    # CSV
    "HRN|PT_LAST|PT_FIRST|BIRTH|CHAPTER|PO_BOX|TOWN\n{MRN}|{FAMUP}|{GIVUP}|{USDATE}|{TRIBAL}|{POBOX}|{CITYUP}",
    'student,dob,grade,guardian,guardian_phone\n"{LASTFIRST}",{USDATE},3,"{NAME}",{PHONE}',
    'chair,shift,patient,mrn,ride\n9,MWF-AM,"{LASTFIRST}",{MRN},"{NAME} {PHONE}"',
    "row 211 rejected: {MRN};{FAMUP};{GIVUP};{DMON};{AGEN};{CITY}",
    '"{OTHER}","{NAME}","{DMON}","{CITY}","{ZIP}","no show"',
    "recall_list.csv: {LASTFIRST},{PHONE},{EMAIL},last_exam={USDATE}",
    # SQL in slow-query logs
    "# Query_time: 3.81  Rows_examined: 402118\nSELECT * FROM patient WHERE last_name = '{SURNAME}' AND dob = '{ISODATE}';",
    "{TS} UTC [{PIDN}] LOG:  duration: {MS}.7 ms  statement: UPDATE guarantor SET addr1 = '{STREETLINE}', city = '{CITY}', zip = '{ZIP}' WHERE acct = '{ACCOUNT}'",
    "{TS} MST [{PIDN}] ERROR:  value too long for type character varying(9)\n{TS} MST [{PIDN}] STATEMENT:  UPDATE person SET ssn = '{SSN}' WHERE last_nm = '{SURNAME}'",
    "{TS} UTC [{PIDN}] STATEMENT:  INSERT INTO contact (name, phone, email) VALUES ('{NAME}', '{PHONE}', '{EMAIL}')",
    "slowlog: 2211ms SELECT id FROM appt WHERE pt_name ILIKE '%{LNLOW}%' AND city = '{CITY}'",
    # E-mail gateway and fax server
    'exim[{PIDN}]: 1tXyZq-000Abc-7Q => {EMAIL} R=dnslookup T=remote_smtp H=mx.example.org [{IP}] C="250 queued"',
    "Date: Fri, {HTTPDATE} -0700\nFrom: {EMAIL}\nTo: peds-frontdesk@clinic.example\nSubject: {KID} {SURNAME} sick note for {MD}",
    "Subject: School form - {NAME}\nReply-To: {EMAIL}\nX-Fax-From: {FAX}",
    'mimecast: held message from {EMAIL} to {EMAIL} subject="{NAME} discharge summary" reason=PHI-policy',
    'rightfax IN csid="{FAX}" pages=9 barcode=none route=HIM ocr_hint="{CAPSNAME} {USDATE}" matched={MRN}',
    "capi4hylafax[{PIDN}]: recvq/fax{PIDN}.tif from {FAX} ({CITYUP} HOSPICE) 3 pages",
    'coverpage.build attn="{NAME}" company="{CITY} Public Schools" to_fax={FAX} re="{KID}" pages=2',
    # X12 270/271, 837
    "INS*Y*18*030*XN*A~REF*0F*{MEDICAID}~NM1*IL*1*{FAMUP}*{GIVUP}*{MIDUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{YMD}*F~",
    "EB*1*IND*30**CHIP~DTP*291*RD8*{YMD}-{YMD}~MSG*Member {FAMUP} {GIVUP} active~",
    "CLM*{ACCOUNT}*312.5***02:B:1*Y*A*Y*Y~HI*ABK:E1165~DTP*472*D8*{YMD}~REF*G1*{OTHER}~",
    "NM1*DN*1*{FAMUP}*{GIVUP}****XX*{NPI}~NM1*77*2*{CITYUP} RHC*****XX*{NPI}~",
    "SBR*P*18*******MC~NM1*IL*1*{FAMUP}*{GIVUP}*{MIDUP}***MI*{MEDICAID}~N3*{TRIBAL}~N4*{CITYUP}*{STATE}*{ZIP}~",
    "HL*3*2*23*0~PAT*19~NM1*QC*1*{FAMUP}*{GIVUP}~DMG*D8*{YMD}*F~",
    "ST*271*0001*005010X279A1~TRN*2*{OTHER}*9PLAINSMED~NM1*IL*1*{FAMUP}*{GIVUP}****MI*{MEDICAID}~DMG*D8*{YMD}~",
    # DICOM
    "dcmdump: (0010,0010) PN [{FAMUP}^{GIVUP}^{MIDUP}] (0010,0030) DA [{YMD}] (0010,1010) AS [{AGEN}Y] (0008,0050) SH [{OTHER}]",
    "storescp: received CT from AE=MOBILE_CT study_date={YMD} patient_id={MRN} referring={FAMUP}^{GIVUP} site={CITYUP}",
    "dcm.store ok SOP=1.2.840.113619.2.55 pt={FAMUP}^{GIVUP} acc={OTHER} from=CR-{CITYUP}",
    # Pager and on-call
    "PAGE to {DOC} (peds on call): {KID} {SURNAME} 4mo, temp 100.9, mom {GIVEN} cb {PHONE}",
    'oncall.escalate from={USER} to={DOC} msg="dialysis pt {LASTFIRST} K 6.4" at={TS}',
    "pager.ack by={USER} page_id={OTHER} pt={MRN} at={TS}",
    "amion: {DOC} on call {MDN}-{MDN} for {CITY} and {CITY}",
    # Portal, identity, network
    'auth ok principal={USER} src={IP} factor=totp device="{GIVEN}\'s Pixel"',
    "auth FAIL principal={USER} src={IP} reason=bad_password streak=7 lockout=900s",
    "password.reset user={USER} email={EMAIL} ip={IP}",
    "jwt.issued aud=patient-app sub={USER} email_verified={EMAIL} nbf={TS}",
    'ad.sync sAMAccountName={USER} displayName="{NAME}" userPrincipalName={EMAIL} dept=HomeHealth',
    "dnsmasq-dhcp[{PIDN}]: DHCPACK(wlan0) {IP} {MAC} {FNLOW}s-ipad",
    'wifi.assoc mac={MAC} ssid=clinic-guest device="{GIVEN}\'s Galaxy"',
    'intune.checkin imei={IMEI} primary_user="{NAME}" compliance=ok os=iPadOS',
    "redirect.tracked dest={URL} account={USER} campaign=hospice-family",
    "signup.source http_referer={URL} landing=/enroll/telehealth",
    'helpdesk.ticket agent={USER}: "{NAME} cant open the meal calendar {URL}, sent instructions"',
    "suricata alert: ET SCAN from {IP} to vpn-gw:443 session user={USER}",
    # Billing, claims, mail
    'usps.nixie acct={ACCOUNT} addressee="{NAME}" line="{RURAL}" city={CITY} code=ANK',
    'ar.credit_balance acct={ACCOUNT} refund_to="{NAME}" via=check addr="{POBOX}, {CITY} {STATE} {ZIP}"',
    "835.CAS claim={OTHER} patient_ctl={ACCOUNT} mbi={MBI} svc_dt={ISODATE} CO-97 adj=48.20",
    'sliding_fee.apply pt="{NAME}" ssn={SSN} household=6 tier=B',
    'collections.hold acct={ACCOUNT} guarantor="{LASTFIRST}" reason=hospice',
    "rx.vial.print {OTHER} | {CAPSNAME} | {STREETUP} | fill {USDATE} | Dr {SURNAME} {DEA} | qty 30",
    'caqh.pull provider="{DOC}" npi={NPI} state_lic={LICENSE} board=ABFM expires=2027',
    'kiosk.ocr_license name="{CAPSNAME}" num={LICENSE} dob={USDATE} street="{STREETUP}" town={CITYUP}',
    'fleet.telematics unit=van-11 vin={VIN} tag={PLATE} driver="{NAME}" odometer=182210',
    "gate.cam lane=2 read={PLATE} conf=0.97 ts={TS} permit=none",
    # Misc structured
    'memcached set tele:{REQID} 0 1800 {{"participant":"{NAME}","mrn":"{MRN}"}}',
    'nats pub hl7.adt.a04 {{"mrn":"{MRN}","fam":"{FAMUP}","giv":"{GIVUP}","at":"{HLTS}"}}',
    'opensearch _bulk index=mpi-v3 _id={PTUUID} src={{"nm":"{NAME}","twn":"{CITY}","pc":"{ZIP}","dob":"{ISODATE}"}}',
    "azcopy copy ./xray/{FNLOW}_{LNLOW}_{YMD}_bitewing.dcm https://pacs.blob.core.windows.net/dental/ by {USER}",
    'letters.merge tpl=immunization_overdue to="{NAME}" parent_of="{KID}" addr1="{STREETLINE}" addr2="{UNIT}" city={CITY}',
    'docusign.envelope sent recipient="{NAME}" <{EMAIL}> subject="Hospice election - {LONGDATE}"',
    'ocr.form name="{CAPSNAME}" dob="{DATE}" school="{CITYUP} HIGH" parent_phone={PHONE}',
    "zip2place {ZIP} -> town={CITY} state={STATE} rucc=9",
    'smartystreets in="{STREET}" std="{STREETUP}" plus4={ZIPNINE} rdi=residential',
    'returnmail.scan name="{NAME}" addr="{TRIBAL}" town={CITY} reason="insufficient address"',
    'bedboard 3S-14 occupant="{LASTFIRST}" age={AGEN} admit={ISODATE} iso=contact',
    'engagement.birthday list={PIDN} recipient="{NAME}" age_turning={AGEN} date={MD} channel=postcard',
    "carequality.xcpd given={GIVUP} family={FAMUP} birth={YMD} postal={ZIP} result=no_match",
    'mpi.link action=merge keep={MRN} retire={MRN} names="{LASTFIRST} / {LASTFIRST}" dobs={USDATE},{USDATE} steward={USER}',
    'interpreter.booked lang=mam pt="{NAME}" appt={TS} interp="{NAME}"',
    'wic.referral child="{KID} {SURNAME}" dob={ISODATE} parent="{NAME}" phone={PHONE}',
    'immunization.registry.sent pt="{LASTFIRST}" dob={YMD} vaccine=DTaP given={ISODATE}',
    'death.notice mrn={MRN} dod={ISODATE} informant="{NAME}" phone={PHONE}',
    'cron.bereavement letter_to="{NAME}" addr="{STREET}, {CITY}" dod={USDATE}',
    'home_health.visit.missed pt={MRN} addr="{LOT}" reason="road washed out" at={TS}',
    'ranch_route.geocode addr="{RANCH}" county_rd=true match=partial',
    '{TS} INFO urgentcare.checkin site="{CITY}" name="{NAME}" dob={USDATE} reason="cough" phone={PHONE}',
    '{TS} INFO tele.session.start pt="{NAME}" loc="{CITY}, {STATE}" provider="{DOC}" ip={IP}',
    "{TS} WARN tele.audio_only pt_phone={PHONE} pt_mrn={MRN}",
    '{TS} INFO dental.claim cdt=D2740 tooth=19 member={PLAN} pt="{LASTFIRST}" dos={ISODATE}',
    '{TS} INFO optical.rx pt="{NAME}" od=-2.25 os=-2.00 expires={ISODATE} emailed={EMAIL}',
    '{TS} INFO school.portal.upload student="{NAME}" nurse="{NAME}" file={LNLOW}_{FNLOW}_asthma_plan.pdf',
    '{TS} INFO bh.noshow pt={MRN} name="{NAME}" outreach_phone={PHONE} attempt=2',
    '{TS} ERROR hospice.dme order={OTHER} item=hospital_bed deliver_to="{STREET}, {CITY}" contact="{NAME}"',
    '{TS} INFO dialysis.transient pt="{LASTFIRST}" dest="{CITY} Kidney Center" from={ISODATE} to={ISODATE}',
    '{{"evt":"rx.sent","pt":"{NAME}","dob":"{ISODATE}","pharmacy":"{CITY} Drug","prescriber_npi":"{NPI}"}}',
    '{{"msg":"duplicate patient suspected","a":{{"name":"{NAME}","dob":"{ISODATE}"}},"b":{{"name":"{NAME}","dob":"{ISODATE}"}},"score":0.93}}',
    '{{"child":{{"name":"{KID} {SURNAME}","dob":"{ISODATE}"}},"school":"{CITY} Elementary","nurse_fax":"{FAX}"}}',
    '{{"hospice":{{"patient":"{NAME}","dod":"{ISODATE}","informant":"{NAME}"}},"funeral_home_phone":"{PHONE}"}}',
    '{{"ride":{{"member":"{MEDICAID}","pickup":"{TRIBAL}","dest":"{CITY} Dialysis","when":"{TS}"}}}}',
    '{{"ts":"{TS}","lvl":"warn","msg":"PO box not allowed for DME","addr":"{POBOX}","pt":"{MRN}"}}',
    "PID|1||{MRN}^^^URGCARE^PI||{FAMUP}^{GIVUP}^^^^^L~{FAMUP}^{GIVUP}^^^^^A||{YMD}|U|||{HWY}^^{CITYUP}^{STATE}^{ZIP}^^C|||{PHONE}",
    "NK1|1|{FAMUP}^{GIVUP}|FCH^Foster child|||{PHONE}",
    "OBR|1||{OTHER}|71046^XR CHEST 2V|||{HLTS}||||||||{NPI}^{FAMUP}^{GIVUP}",
    '{IP} - - [{CLFDATE}:{CLOCK} -0700] "GET /telehealth/room/{LNLOW}-{FNLOW} HTTP/1.1" 200 {BYTES}',
    '{IP} - - [{CLFDATE}:{CLOCK} -0600] "POST /api/dental/recall?email={EMAILENC} HTTP/1.1" 202 {BYTES}',
    "{SYSDATE} {CLOCK} pager01 amion[{PIDN}]: page to {DOC}: {LASTFIRST} rm 12 BP 78/40",
    "{SYSDATE} {CLOCK} mx2 postfix/cleanup[{PIDN}]: message-id=<{REQID}@clinic> from=<{EMAIL}>",
    "Traceback (most recent call last):\n  File \"/srv/hospice/letters.py\", line 17, in main\n    send(to=family)\n  locals: family='{NAME}', addr='{STREET}', dod='{ISODATE}'\nConnectionError: smtp timeout",
    "at com.clinic.edi.X12Parser.parseNM1(X12Parser.java:301) NM1 value '{FAMUP}*{GIVUP}' member {MEDICAID}",
    "node[{PIDN}]: [telehealth] peer {NAME} <{EMAIL}> left room {REQID}",
    "SELECT * FROM foster_case WHERE child_name = '{KID} {SURNAME}' AND dob = '{ISODATE}';  -- 2.9s",
    'audit {TS} user={USER} viewed school form for "{NAME}" (DOB {USDATE})',
    "audit {TS} user={USER} exported dental x-rays for {LASTFIRST} to {EMAIL}",
    "csv: {LASTFIRST},{DOB},{STREETLINE},{UNIT},{CITY},{STATE},{ZIP},{PHONE}",
    "x12.271 EB*6**30~MSG*COVERAGE ENDED {YMD} FOR {FAMUP} {GIVUP}~",
    "dicom: (0010,0010) {FAMUP}^{GIVUP} (0010,0030) {YMD} (0008,0080) {CITYUP} DENTAL",
    'k8s job cgm-import: pt={MRN} transmitter={DEVICE} owner="{NAME}" rows=288',
]

# Lines with no PHI at all, full of what looks like it. Three groups (patients, notes, logs),
# interleaved below so that any prefix of PHI_FREE mixes all three.
_PHI_FREE_CHAT = [
    "ok ty, thursday after the sale barn closes then",
    "sugar was 212 before breakfast, 168 after",
    "bp 152 over 94 on the machine at the feed store",
    "can i take tylenol on the eliquis or just nothing",
    "can i eat before the fasting labs or just black coffee",
    "the baby has white patches in her mouth, is that thrush",
    "sleet all night, roads are glare ice, we wont make it in today",
    "is relish ok on the low salt diet or is it too much sodium",
    "does mead count as alcohol for the liver doctor lol",
    "my hobby is welding, could the fumes cause the cough",
    "the rodeo is this weekend, can i ride with a cracked rib",
    "my suede boots rubbed a blister and now its red and hot",
    "took the lasso off the calf and got rope burn on my palm",
    "he has the tenacity of a mule, wont stop working",
    "calving season starts in early march so i'll be busy till mid-april",
    "we are 70 miles from town so video visits are a lifesaver",
    "my mother in law is 86 and still bakes kolaches for the whole parish",
    "papa is 88 and still checks his own cows on the 4-wheeler",
    "grandma turned 78 in june",
    "we found out in 2021 and started dialysis in 2022",
    "iron infusion on dialysis days is easier than a separate trip",
    "pain is about a 7 out of 10 tonight",
    "the water pill makes me pee every 20 min, can i take it at noon instead",
    "can i crush the metformin for the kids? no sorry for grandpa",
    "the trulicity pen was left in the pickup in the sun, is it still good",
    "can the kids get flu mist or does it have to be the shot this year",
    "the cough sounds like a seal barking at night, 2 nights now",
    "heart was racing after i moved the irrigation pipe, slowed down after an hour",
    "r u guys open monday or is it the holiday",
    "the 2 year old is 26 lbs, is the infant tylenol or the kids one",
    "rash on both arms, no fever, no new soap",
    "he is in 3rd grade and the teacher says he cant sit still",
    "school nurse says she needs a note for the inhaler",
    "the dentist said 2 cavities and a sealant",
    "my glasses broke, can i get the same frames",
    "the dialysis van was 40 min late again",
    "hospice said morphine every 2 hours as needed for breathing",
    "the oxygen tank is at 500 psi, when do i switch",
    "cant get a signal out at the ranch, will text when in town",
    "joyful news, the biopsy was benign!!",
    "the velour blanket from the chemo room was so soft",
    "my grandson got a magnum of champagne for graduation lol",
    "the ashes from the wildfire are making my asthma bad",
    "is a stag party ok 2 weeks after knee surgery",
    "milk, creamer or black coffee before the ultrasound?",
    "the speedwell and mallow in the yard give me a rash when i mow",
    "ate gammon steak and now my feet are swollen",
    "i used treacle in the baking, is that ok for my sugar",
    "he feels blunt pressure in his chest when he lifts hay",
    "it was a peaceful night, no coughing",
    "the stellar jay keeps waking me at 5 am",
    "rainy weather makes my knees ache",
    "is the argyle sock too tight for my swollen ankle",
    "we went to everest base camp in 2019, could that be the cough",
    "finches and robins at the feeder, love it",
    "mayday, the insulin got left in the truck overnight and froze",
    "is it normal for the fistula to buzz like that",
    "my retainer cracked, is that an emergency",
    "the eye drops burn for like a minute",
    "can the school give her the inhaler without a form",
    "my tooth hurts when i drink cold stuff",
    "telehealth worked great, thanks",
    "wind chill is 30 below, we're staying home",
    "the chapter house has wifi if i need a video visit",
    "the van comes at 5 am on dialysis days",
    "its branding day so no phone till evening",
    "sleeping better on the new cpap mask",
    "he gets his braces off in the spring",
]
_PHI_FREE_NOTE = [
    "Orthostatics: supine 138/82 HR 70, standing 112/70 HR 96 at 3 min",
    "Oropharynx: white plaques on buccal mucosa c/w oral thrush; nystatin swish and swallow",
    "Lungs: scattered wheezes bilaterally; no rales",
    "Heart: RRR, 2/6 systolic ejection murmur at LUSB",
    "Abdomen soft, nontender; bowel sounds present",
    "Neuro: A&O x3, CN II-XII grossly intact, strength 5/5 x4",
    "Skin: 2 cm laceration dorsum of left hand, clean edges, no tendon involvement",
    "Parkinson's disease with freezing of gait; rasagiline added, OT for cueing strategies",
    "Bell's palsy, right, day 4; prednisone 60 mg daily x 5 days then taper",
    "Foley catheter removed POD 1, voiding spontaneously",
    "Newborn hearing screen pass bilaterally; CCHD screen pass; bili 9.1 at 36 h, low risk",
    "GCS 14 on arrival (E4 V4 M6), 15 at one hour",
    "Snellen 20/40 OD, 20/25 OS, 20/20 OU with correction",
    "IOP 16 mmHg OD, 18 mmHg OS by applanation",
    "Tooth #19 MOD composite; CDT D2393",
    "CDT D1120 prophylaxis, D1206 fluoride varnish, D1351 sealant",
    "Growth: weight 45th percentile, length 60th, head circumference 50th",
    "Denver II passed all sectors; M-CHAT low risk",
    "PHQ-9 score 14, GAD-7 11; no SI or HI",
    "AUDIT-C 6; brief intervention given",
    "Kt/V 1.4, URR 72%, dry weight 78.5 kg",
    "AV fistula with good thrill and bruit, left forearm",
    "Hgb 9.8, ferritin 410, TSAT 22%; epoetin per protocol",
    "K 6.1 pre-dialysis; repeat post-run 4.2",
    "PPS 40%, FAST 7a; comfort-focused care",
    "Morphine 2.5 mg SL q2h prn dyspnea; lorazepam 0.5 mg SL q4h prn anxiety",
    "Morse 65 after two falls this admission; bed alarm, low bed, mats",
    "Stage 2 pressure injury sacrum 2 x 1.5 cm",
    "Wound VAC at 125 mmHg continuous; change MWF",
    "Prednisone taper: 40 mg x 3 days, 30 mg x 3 days, 20 mg x 3 days, 10 mg x 3 days, stop",
    "Cefdinir 14 mg/kg/day once daily x 10 days (PCN rash as toddler)",
    "Budesonide-formoterol 160/4.5 as SMART, max 12 puffs/day",
    "Insulin glargine 18 units at bedtime; lispro sliding scale",
    "Semaglutide 0.5 mg weekly; hold if vomiting; dulaglutide shortage noted",
    "Apixaban 2.5 mg BID (age and Cr criteria); no bridging for the fistulagram",
    "Sertraline 50 mg daily; recheck in 6 weeks",
    "Buprenorphine-naloxone 8/2 mg SL daily; PDMP reviewed",
    "A1c 9.4% (prior 8.1%); LDL 131; eGFR 38",
    "WBC 13.2, Hgb 11.0, Plt 402; lactate 2.4",
    "Troponin <0.01 x 2; ECG sinus rhythm, no ST changes",
    "Problem list codes: N18.6, D63.1, E83.39, T82.858A",
    "ICD-10 J45.31, Z00.129; CPT 99393, 90460, 90700",
    "CPT 99214-25, 12002, 90715",
    "LOINC 4548-4 HbA1c, 2160-0 creatinine, 2823-3 potassium",
    "NDC 0002-1433-80 insulin lispro KwikPen, 5 pens",
    "Tanner stage 2; scoliosis screen negative",
    "68-year-old man with 3 days of productive cough",
    "pt is 89, lives in a basement apartment under her grandson's house",
    "eighty-seven-year-old widow, walks with a four-wheeled walker",
    "Smokeless tobacco, 1 can per week since age 16",
    "RTC after harvest (about 10 weeks); sooner if chest pain",
    "Return after calving season, around mid-May, unless worse",
    "Wound clinic Mondays and Thursdays until the diabetic foot ulcer closes",
    "Symptoms worse since early March; better by mid-June",
    "Diagnosed in 2018; dialysis started 2022",
    "Transferred from the ED to 4 West, telemetry",
    "Dialysis unit, chair assignment per charge nurse",
    "Mobile clinic, Pod B",
    "Hutterite colony; communal kitchen; no tobacco",
    "Language: Mam; interpreter used by phone",
    "Calving season; works 16-hour days",
    "Thrush resolved; mucosa pink and moist",
    "Mild sleet-like papules on the shins, nonpruritic",
    "Ashes and smoke exposure from the range fire",
    "Plume of dust from the feedlot; mask advised",
    "Pt reports joyful mood after grandson's birth",
    "Rodeo injury: thrown from a bronc, helmet on",
    "Chenille bedspread noted on home visit; no trip hazards",
    "Tenacity and good family support noted",
    "Derringer-type handgun in the home; locked, ammunition separate",
    "Caliber of stool normal; no melena",
    "Allergies: sulfa (rash), codeine (nausea)",
    "Code status: full code, confirmed with pt at bedside",
    "Dental: generalized gingivitis; OHI given; fluoride varnish applied",
    "Caries risk high; CDT D0150, D0210, D1330",
    "VA cc 20/25 OU; pupils PERRL, no APD",
    "Dilated fundus exam: mild NPDR OU, no CSME",
    "Well child 4 years: BMI 85th percentile; hearing and vision screen passed",
    "Concussion: SCAT6 symptom score 12; graded return to play",
    "MAT: buprenorphine 16 mg daily; UDS positive for buprenorphine only",
    "Hospice: 2 L NC, scopolamine patch for secretions",
    "Dialysis: 4 hours, Qb 400, Qd 600, UF 2.8 L",
    "Home health: 2 visits/week x 4 weeks, then 1 visit/week x 4 weeks",
    "Telehealth visit, audio and video, 25 minutes",
    "Urgent care: ankle x-ray negative for fracture; Ottawa rules applied",
]
_PHI_FREE_LOG = [
    "beat: dispatching 7 periodic tasks (dialysis_census, hospice_oncall, ...)",
    "GET /livez 200 1ms node=k8s-w3",
    "GET /api/v2/formulary?drug=nystatin&form=suspension 200 18ms",
    "POST /rpm/readings 201 device_type=scale weight_lb=211.4 delta=+3.2",
    '{"event":"renal_dose_adjust","drug":"gabapentin","crcl":24,"max_mg_day":700}',
    '{"code":"N18.4","system":"ICD-10-CM","display":"Chronic kidney disease, stage 4"}',
    '{"job":"uds_report","measure":"CMS122","denominator":1408,"numerator":402}',
    "pg_stat_statements: mean 1840 ms on vaccine_forecast(), calls=212",
    "ERROR ihs-gateway TLS handshake failed (cert expired), queued 41 messages",
    "OBX|4|NM|1963-8^Bicarbonate^LN||17|mmol/L|22-29|L|||F",
    "OBX|6|NM|2777-1^Phosphorus^LN||6.8|mg/dL|2.5-4.5|H|||F",
    "hcpcs=G0438 units=1 pos=10 telehealth=true",
    "cdt=D1120 units=1 tooth=NA",
    "ndc=50090-5612-0 qty=1 kit naloxone dispensed=true",
    "loinc=14959-1 uacr=412 unit=mg/g flag=H",
    "rq worker hospice-q: job bereavement_batch finished (18 letters)",
    "lru evict key=cdt:D2740 size=412b",
    "alembic upgrade 4f2a91 -> 7c1d03 (add interpreter_lang)",
    "feature_flag rural_video=true rollout=1.0",
    "crontab: 45 4 * * 1,3,5 dialysis_van_manifest.sh",
    "throttle bucket=sms-outbound capacity=300 refill_per_min=60",
    "backoff 16s before redial (fax line busy, try 3 of 6)",
    "inference svc=symptom-checker p50_ms=310 p99_ms=2200",
    "stack: mirth 4.5, dcm4chee 5.31, orthanc 1.12",
    "release rural-ehr 41.2.0+hf3, db migration 0312",
    "jwt ttl=600s refresh_ttl=8h aud=clinician-app",
    "fax inbound backlog=4 oldest=2m route=HIM",
    "monthly UDS: patients=6112 uninsured=0.19 tribal=0.31",
    '{"cohort":"ckd4","n":77,"quarter":"Q3","avg_egfr":22.4}',
    '{"unit":"Dialysis","chairs":18,"in_use":16,"shift":"MWF-AM"}',
    '{"clinic":"mobile-unit-2","stops":6,"miles":212}',
    "SELECT chair, shift FROM dialysis_schedule WHERE shift = 'TTS-PM'",
    "registry extract (state IIS) rows=388 format=HL7 VXU",
    "site=mobile-unit stop=grain-elevator-lot hours=0900-1500",
    "firmware 3.8.2 on dialysis machines, library 2026-Q1",
    "kiosk firmware 2.14 (ipad) language packs en, es, so, ne, mam",
    "HTTP 504 on /api/telehealth/join after 30s",
    "locale=es_US fallback=en",
    "utc_offset=-07:00 dst=true",
    "legal hold flag set on 0 encounters; retention policy 10y adults, age 21+3y minors",
    "WARN pacs tier-2 at 91% capacity, pruning 2019 studies to cold storage",
    "alert.rule k>6.0 fired=false",
    "vault snapshot ok objects=88211 size=0.9TB",
    "pager.test ok latency_ms=211",
    "hl7.listener up port=6661 msgs_per_min=44",
    "x12.parse segments=218 errors=0 version=005010X279A1",
    "dicom.echo ok ae=PACS01 latency_ms=12",
    "fax.queue pending=3 retries=1",
    "sms.rate 42/min carrier=all",
    "kube: scaled deployment/telehealth-api from 3 to 5 replicas",
    "systemd: Started reminder-worker.service.",
    "nginx: worker process 4 exited with code 0",
    "request_id=9f2c41ab7e0d11ee status=200 took_ms=33",
    "thrush_screen rule=v2 enabled=true",
    "relish.min.js loaded in 41ms",
    "mead-proxy: upstream healthy (3/3)",
    "rodeo-cluster: node drained for patching",
    '{"ashes":false,"smoke_index":182,"advisory":"air quality"}',
    "stellar-sync: 0 conflicts",
    "calypso-worker: idle",
    "magnum-cache: hit ratio 0.94",
    "derringer: feature disabled",
    '{"cdt":"D1120","fee":82.00,"units":1}',
    '{"va_od":"20/40","va_os":"20/30"}',
    "tele.session duration_s=1512 quality=good",
    "dialysis.batch runs=64 alarms=3",
    "school_forms.queue pending=17",
    "hospice.census active=48 admits_today=2",
    "urgentcare.wait median_min=38 p90_min=71",
    "GET /api/v2/optical/frames?brand=generic 200 9ms",
    "POST /api/v2/dental/claims 202 batch=31",
    "pager.test weekly ok",
    "cron 30 2 * * 0 vacuum_analyze",
    "tls cert renewed expires_in_days=89",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
