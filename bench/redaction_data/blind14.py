"""The "blind14" split: a blind judge, written without looking at the engine, its tests, its
benchmark code, its documentation or its output.

Only these files were read to write it: generate.py, templates.py, values.py, tune4.py, tune5.py,
tune15.py and pyproject.toml, for the module interface (CHAT, LOGS, NOTES, PHI_FREE; the value
functions with generate.py's signatures; EXTRA_SLOTS) and for the style of a split module. The
other data modules were imported only by a throwaway script that collected their words for the
overlap check below; their templates were never printed or read.

It models a Texas and Oklahoma health system: an academic medical centre and cancer centre on the
Gulf Coast, hospitals in the Dallas-Fort Worth and San Antonio areas, border clinics in El Paso
and the Rio Grande Valley (colonias, bridge crossings, promotoras), occupational health for
refinery and petrochemical workers (caustic splashes, benzene surveillance, fit tests, TWIC
cards), oilfield and ranch injuries in the Permian Basin and West Texas (lease roads, frac crews,
man camps, H2S alarms, horses and cattle guards), clinics in central and eastern Oklahoma,
tribal health (Cherokee, Choctaw, Chickasaw, Muscogee, Kiowa, Comanche and Osage citizens, CHR
home visits, PRC referrals, CDIB cards), a Vietnamese clinic, South Asian, Nigerian and Ghanaian
families, Afghan, Chin, Karen, Burmese, Congolese and Venezuelan newcomers, a children's
hospital, dialysis, hurricane and freeze evacuations, telehealth and a nurse line. CHAT is
patients and family typing on phones (lowercase, emoji, Spanglish and Tex-Mex, words of
Vietnamese, Tagalog, Urdu, Hindi, Gujarati, Telugu, Yoruba, Igbo, Twi, Pashto, Dari, Burmese,
Chin, Karen, Swahili, Lingala, French, Venezuelan Spanish, Cherokee, Choctaw, Muscogee, Korean,
Persian and Arabic; relatives named in passing, names alone on a line, sign-offs, nicknames,
several identifiers in one message, relatives' numbers abroad). LOGS is HL7 v2 (PID, NK1, PV1,
IN1, GT1, OBX, ORC, MRG, SCH, TXA), FHIR JSON, key=value and JSON events, nginx and Apache lines
with query strings, Python, Java, Node and .NET traces, SQL errors, SSO, LDAP and audit lines,
fax and IVR, pharmacy, NCPDP and PDMP, X12 837/835/270/271, DICOM tags, device telemetry, CSV
rows and file names. NOTES is HPI, A/P, SOAP, SBAR, handoffs, ED, occupational-health, home
health, hospice, social work, case management, pharmacy, billing, registration, interpreter,
tribal-clinic, paediatric and telehealth notes, letters and phone notes, with signatures and cc
lines. PHI_FREE is the same kinds of text with no identifier (vitals, doses, lab values, ICD-10,
LOINC, CPT and NDC codes, eponyms such as Parkinson's disease or Cushing syndrome, ages under 90,
weekdays, years alone, durations, room numbers, versions), interleaved so that any prefix mixes
the kinds.

Names come from 50 weighted origins (ORIGINS): Mexican, Tejano, Salvadoran and Honduran,
Guatemalan Maya, Venezuelan, Colombian, Cuban, Vietnamese, Chinese, Korean (family name first at
times; Vietnamese and Korean given names and some Vietnamese family names written run together,
as US records often hold them), Filipino, Pakistani, Bangladeshi, Gujarati, Telugu, Tamil,
Malayali, Punjabi, Yoruba, Igbo, Edo, Hausa, Ghanaian, Cameroonian, Ethiopian, Eritrean,
Congolese, Afghan, Chin, Karen, Burmese, Lhotshampa Nepali, Cherokee, Choctaw, Chickasaw,
Muscogee, Kiowa, Comanche, Osage, German Texan, Czech Texan, Silesian Texan, Norwegian Texan,
Low German Mennonite from Chihuahua, Anglo Texan, African American, Cajun, Lebanese, Iraqi and
Iranian. They come as "First Last", "Last, First", "LAST,FIRST M", lowercase in chat, query
strings and file names, as initials, with generational suffixes, quoted nicknames and double
surnames, and as one span per HL7, X12, DICOM or FHIR name part. About one name in seven is an
ordinary English word (WORD_GIVEN, WORD_FAMILY), and PHI_FREE uses those words, and town and
street names that are words, in their ordinary sense. Addresses are street lines, farm-to-market,
county, ranch and private roads, Oklahoma section-line roads, highway contract and rural route
boxes, PO boxes, colonia lots and calles, and oilfield lease and pad locations.

Overlap check: no given name, family name, nickname, street name, road, colonia, city or e-mail
domain here (folded to ASCII and lower case, word by word) is in values.py's pools (with the
Faker names it draws for both its splits), Faker's en_US first and last name lists, the
templates of templates.py, or the pools, templates and docstrings of blind.py, blind2.py to
blind13.py and tune2.py to tune16.py. A throwaway script collected every word of their string
constants, lists, dicts, tuples and sets, recursively (69,487 words), and checked the 1,779
entries of this module's pools against them; every colliding entry was dropped or replaced, and
the final run reported zero collisions. Generic address and place words (Street, Road, Ave,
Route, Box, Lot, City, Park, Pass, Fort, Calle, Colonia, compass directions and the like),
particles (la, las, los, von, de, del, al, bin, ibn) and top-level domains were exempt.

Annotation: a US state is not scored ({STATE}, label None); a title (Dr., Mrs., Ms., dra,
oga) or a credential (MD, DO, RN, NP, PA-C, LCSW, PharmD) and a possessive "'s" stay outside
NAME; each HL7, X12, DICOM and FHIR name component is its own NAME span; initials that stand for a
person are NAME; a weekday or clock time beside a date stays outside the DATE, while a whole ISO,
HL7 or log timestamp is one DATE; a year, a month or a weekday alone is not PHI; only ages over 89
are AGE_OVER_89; kin terms used as address (mama, abuela, tia, ba, ba ngoai, ong noi, anh, lola,
tita, kuya, ate, ammi, abbu, dadi, nani, amma, nanna, bhabhi, chacha, iya, nne, madar, plar, pa,
nu, mo, koko, teta, baba, elisi, edudu, mamaw, papaw, mamere) are not names; a street address, PO
box, rural or county road, colonia lot or lease road named as where someone lives or was hurt is
ADDRESS, a city CITY and a ZIP code ZIP; a relative's number abroad is PHONE; tribal enrollment,
CDIB, A-numbers, claim, prescription and accession numbers are OTHER_ID; driver's licences, TWIC
cards, NPI and DEA numbers are LICENSE_NUMBER. Organisations, languages, countries, drugs,
eponyms, device models and facility names are literal text. Filler slots (request ids,
latencies, status codes, clock times, weekdays, queue names) carry the label None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "mexican": (9, [
        "Dositeo", "Itzia", "Ihuicatl", "Daleyza", "Aladino", "Alamiro", "Clodomiro",
        "Eleodoro", "Rudecindo", "Anunciación", "Adoración", "Emperatriz", "Bienvenida",
        "Sandalio", "Eutropio", "Floridor", "Nibaldo", "Rosamel", "Zunilda", "Orfelina",
        "Celinda", "Clorinda", "Herminda", "Luzmira", "Doralisa", "Eulalio", "Viviano",
        "Velia",
    ], [
        "Tlapanco", "Buentello", "Iracheta", "Pompa", "Resendez", "Miramontes",
        "Menchaca", "Riojas", "Soliz", "Zedillo", "Valles", "Granado", "Montez",
        "Arancibia", "Apablaza", "Elgueta", "Galdames", "Jorquera", "Marambio",
        "Pincheira", "Retamal", "Urra", "Vejar", "Villagra", "Almonacid", "Bahamonde",
        "Cancino", "Cisterna", "Gajardo", "Hormazábal", "Inostroza", "Letelier",
        "Maureira", "Mondaca", "Oyarzún", "Rebolledo", "Toloza", "Troncoso", "Vivanco",
        "Abascal", "Almazán", "Anguita", "Arjona", "Ayllón", "Bejarano", "Berrocal",
        "Cabanillas", "Campoy", "Carbajo", "Cerezo", "Alberdi", "Aramburu", "Arnaiz",
        "Azcona", "Cazorla",
    ]),
    "tejano": (8, [
        "Dositeo", "Itzia", "Ihuicatl", "Daleyza", "Aladino", "Alamiro", "Clodomiro",
        "Eleodoro", "Rudecindo", "Anunciación", "Adoración", "Emperatriz", "Bienvenida",
        "Sandalio", "Eutropio", "Floridor", "Nibaldo", "Rosamel", "Zunilda", "Orfelina",
        "Celinda", "Clorinda", "Herminda", "Luzmira", "Doralisa", "Eulalio", "Viviano",
        "Velia",
    ], [
        "Tanguma", "Reséndez", "Canalez", "Idrogo", "Jalomo", "Carabajal", "Delagarza",
        "Elizalde", "Riojas", "Soliz", "Menchaca", "Buentello", "Iracheta", "Resendez",
    ]),
    "salvadoran_honduran": (3, [
        "Jeymi", "Nuvia", "Yency", "Herson", "Jakelin", "Suyapita", "Jeffry", "Yonny",
        "Yorleny", "Fernan", "Ilich",
    ], [
        "Canjura", "Chévez", "Zelada", "Welchez", "Hawit",
    ]),
    "guatemalan_maya": (1, [
        "Saqik", "Tepeu", "Ixkem", "Ixkamey", "Ixtz'unun", "Floricelda", "Ixquik",
    ], [
        "Pichiyá", "Tucubal", "Rucal", "Ujpán", "Tzián", "Tux", "Ajcot",
    ]),
    "venezuelan": (3, [
        "Nakarid", "Keiber", "Yenni", "Yoraida", "Maigualida", "Nelitza", "Yurimar",
        "Yusneidy", "Yenderson", "Endrina", "Yackeline", "Neiro",
    ], [
        "Urribarrí", "Piñango", "Fereira", "Boscán", "Larreal", "Montiel", "Semprún",
    ]),
    "colombian": (1, [
        "Alveiro", "Ancizar", "Edier", "Esneider", "Herney", "Jaider", "Leider",
        "Yamid", "Yerson", "Aleida", "Emilse", "Enith", "Liceth", "Margoth", "Yina",
        "Yuly",
    ], [
        "Ardila", "Burbano", "Cantillo", "Espitia", "Galvis", "Molano", "Orjuela",
        "Rengifo", "Rosero", "Mantilla", "Corredor", "Triana",
    ]),
    "cuban": (1, [
        "Yordenis", "Yoannis", "Yuderkis", "Daylin", "Leyanis", "Lisbet", "Mailen",
        "Oslaidy", "Yanetsy", "Yohanka", "Zulendy", "Adiel", "Leosvany", "Yosmel",
    ], [
        "Milanés", "Lahera", "Bestard", "Duvergel", "Lescay", "Veranes", "Dopico",
        "Machín", "Cancio", "Mustelier", "Tarrau", "Grau", "Uría",
    ]),
    "vietnamese": (4, [
        "Thanhtruc", "Hoaiphuong", "Tuyetnhung", "Kimyen", "Thuhuong", "Ducthinh",
        "Minhtriet", "Thienan", "Tuankiet", "Khanhduy", "Nhatminh", "Phuocloc",
        "Thuyduong", "Diemthuy", "Hoaithu", "Lehang", "Phuongvy", "Duchuy",
    ], [
        "Nguyenvan", "Nguyenthi", "Phamvan", "Huynhthi", "Buithi", "Dangvan",
        "Hoangthi", "Duongvan", "Tranthi", "Vothi", "Dothi", "Truongthi", "Vuvan",
        "Dinhthi", "Lamthi",
    ]),
    "chinese": (1, [
        "Hsiumei", "Chihhao", "Chiahui", "Manyee", "Chiwai", "Kinming", "Yeefun",
        "Suiwah", "Shiqi", "Yiyun",
    ], [
        "Siauw", "Teoh", "Khaw", "Cheah", "Loh", "Beh", "Lye", "Pek", "Voon", "Shieh",
    ]),
    "korean": (1, [
        "Haein", "Namgil", "Pilsung", "Yeongae", "Soondeok", "Chunhwa", "Cheolsu",
        "Donghyuk", "Mansik",
    ], [
        "Moh", "Eoh", "Lhim", "Yeun", "Hwangpo", "Somun", "Sakong", "Chon", "Hoh",
        "Ghil", "Yuck", "Myoung",
    ]),
    "filipino": (3, [
        "Lucresia", "Rhey", "Lutgarda", "Ascuncion", "Jingjing", "Jorel", "Johnrey",
        "Joanalyn", "Rizaldy", "Lakambini", "Bagwis",
    ], [
        "Macaspac", "Dimapilis", "Dimatulac", "Sangalang", "Manaloto", "Bagsik",
        "Cabalquinto", "Calumpang", "Guanzon", "Labayen", "Lacanilao", "Liwanag",
        "Manalili", "Marasigan", "Maturan", "Palad", "Pinlac", "Punzalan", "Sotto",
        "Talusan", "Bungay", "Gutib", "Lopena", "Maglalang", "Umandap", "Manahan",
        "Binuya", "Salunga", "Icban", "Lacap", "Macam", "Nunag", "Tuason",
    ]),
    "pakistani": (2, [
        "Areeba", "Aafiya", "Aahil", "Aamirah", "Aariz", "Aatif", "Baasim", "Daanish",
        "Daanyaal", "Ehsaas", "Eijaz", "Faizan", "Gulfam", "Gulzar", "Huzaifa",
        "Kaleem", "Kaleema", "Liyaqat", "Naeem", "Rafay", "Rohaan", "Saajid", "Saaqib",
        "Sabeeh", "Taaj",
    ], [
        "Tanoli", "Jiwani", "Dossa", "Virani", "Charania", "Momin", "Maredia",
        "Budhwani", "Panjwani", "Ladhani", "Kassamali", "Noorani", "Rajani", "Sayani",
        "Surani", "Dhanani", "Tejani", "Karmali",
    ]),
    "bangladeshi": (1, [
        "Masud", "Mofizul", "Mominul", "Khadiza", "Rokshana", "Tahmid", "Nafis",
        "Fardin",
    ], [
        "Khondaker", "Mullick",
    ]),
    "gujarati": (2, [
        "Parimal", "Mayur", "Chaitaly", "Damyanti", "Bhavini", "Hemani", "Mugdha",
        "Nirja", "Pushti", "Rajeshri", "Triveni", "Bhanumati", "Ketul", "Maulik",
        "Tapan", "Grishma", "Jalpa", "Krupa", "Payal", "Hiren", "Minesh", "Shailesh",
        "Hansa", "Taraben", "Vimlaben", "Hasmukhbhai", "Manilal", "Natvarlal",
        "Vallabhbhai", "Jashvantbhai", "Dhirubhai",
    ], [
        "Parekh", "Dalwadi", "Lakhia", "Raninga", "Rawal", "Topiwala", "Vasavada",
        "Chotai", "Javia", "Lukhi", "Savalia", "Thummar", "Vadodaria", "Dudhat",
        "Gajera", "Kakadiya", "Kathiriya", "Malaviya", "Pansuriya", "Ramani", "Sojitra",
        "Sutariya", "Kotadia", "Bhadresa", "Samani", "Bhanderi", "Lathiya", "Navadiya",
        "Patoliya", "Rakholiya", "Talaviya", "Vachhani",
    ]),
    "telugu": (2, [
        "Sashank", "Pranathi", "Kameswari", "Lakshmikanth", "Umamaheswari",
        "Bhanuprakash", "Gangadhar", "Hymavathi", "Jagannadh", "Kondal", "Leelavathi",
        "Narasimha", "Veerabhadra", "Sivaprasad", "Rambabu", "Venkatalakshmi",
        "Kanakadurga",
    ], [
        "Ravipati", "Bodapati", "Gudapati", "Mullapudi", "Gottipati", "Kilaru",
        "Atluri", "Dhulipala", "Garikapati", "Jasthi", "Lakkaraju", "Malineni",
        "Paladugu", "Anumolu", "Bathula", "Edupuganti", "Kandula", "Medikonda",
        "Somisetty", "Veeravalli",
    ]),
    "tamil": (1, [
        "Kalaiselvan", "Ilavarasan", "Thamarai", "Malar", "Kani", "Inba", "Kavin",
        "Mugil", "Nilavan", "Pugazh", "Sezhiyan", "Vaanathi", "Yazhan", "Kurinji",
        "Mullai", "Neithal", "Marutham", "Iniyan", "Magizh", "Agaran", "Akilan",
        "Cheran", "Pandian", "Chozhan", "Valluvan", "Kamban", "Avvai", "Kannagi",
    ], [
        "Kumarasamy", "Sivagnanam", "Sivaraman", "Venkatachalam", "Somasundaram",
        "Kalyanasundaram", "Duraiswamy", "Velayudham", "Marimuthu", "Pandiyan",
        "Sellamuthu", "Azhagappan", "Chockalingam", "Ilayaraja", "Karuppasamy",
        "Muthukumar", "Ponnambalam", "Vairamuthu",
    ]),
    "malayali": (2, [
        "Kunjumol", "Liji", "Kochumol", "Kunjoonjamma", "Annakutty", "Marykutty",
        "Kunjuvareed", "Pailo", "Lonappan", "Ittoop", "Sojan", "Shino", "Tinto",
        "Jinson", "Bijo", "Nibu", "Rinu", "Remya",
    ], [
        "Puthenpurayil", "Kunnathottam", "Vellappally", "Pullolickal", "Kallivayalil",
        "Chemmanur", "Kochuparambil", "Manimala", "Kaithakulangara", "Thalakkottur",
        "Vettikattu", "Kalappurakal", "Kottoor", "Thayyil", "Elavinamannil",
        "Chettupuzha", "Kodiyan",
    ]),
    "punjabi": (1, [
        "Harjeet", "Daljeet", "Harcharan", "Gurwinder", "Harmandeep", "Veerpal",
        "Barinder", "Dilpreet", "Manvir", "Nirvair", "Pardeep", "Agampreet",
        "Ravinderjit",
    ], [
        "Parhar", "Sandhawalia", "Bindra", "Gujral", "Ghag", "Khehra", "Raikhy",
        "Sooch", "Sembhi", "Bhachu", "Mudhar",
    ]),
    "yoruba": (3, [
        "Oluwatofunmi", "Titilope", "Apinke", "Ibiyemi", "Labake", "Sijibomi",
        "Adedamola", "Akinwunmi", "Asake", "Atinuke", "Awero", "Ogooluwa", "Omobobola",
        "Osunleke",
    ], [
        "Adegboyega", "Ayoade", "Fasanya", "Okesola", "Omisore", "Oyediran", "Ogungbe",
        "Adejumobi", "Oyetunde",
    ]),
    "igbo": (3, [
        "Chiagoziem", "Olisaemeka", "Nkemjika", "Chinaecherem", "Ndidi", "Azuka",
        "Osita", "Ozichukwu",
    ], [
        "Akunyili", "Ibeabuchi", "Ikpeazu", "Mbonu", "Ngige", "Nnabuife", "Nwakaeme",
        "Nwankwere", "Obiorah", "Unaegbu", "Uwazuruike", "Eneh", "Okeahialam",
        "Ekwunife",
    ]),
    "edo": (1, [
        "Osas", "Osaretin", "Eghosa", "Osamudiamen", "Efosa", "Uyi", "Nosa", "Ehis",
        "Eseosa", "Itohan", "Omosede", "Idemudia", "Eki", "Iyobosa", "Ogiemwonyi",
        "Osayande", "Imuetinyan", "Enoma", "Ekinadose", "Oghogho", "Uwa", "Edosa",
        "Ofure", "Izoduwa",
    ], [
        "Omoregie", "Igbinedion", "Aigbe", "Ehigiator", "Uwaifo", "Idahosa", "Ogbebor",
        "Iyamu", "Ekhator", "Osunde", "Obaseki", "Edokpolo", "Igbinosun", "Aiwerioba",
        "Omorogbe", "Ighodaro", "Osemwegie", "Eweka", "Iyoha", "Asemota", "Ogiemwonyi",
        "Erhunmwunse", "Ehigie", "Okundaye", "Ekhaguere",
    ]),
    "hausa": (1, [
        "Sadiya", "Balarabe", "Zulaihat", "Rahama", "Maimuna", "Saadatu", "Tasiu",
        "Murtala", "Auwalu", "Ladidi", "Talatu",
    ], [
        "Maitama", "Yerima", "Dangote", "Gumel", "Inuwa", "Jega", "Maikudi",
    ]),
    "ghanaian": (1, [
        "Akosuwa", "Obenewa", "Ampem", "Bempong", "Kusiwaa", "Afrakoma",
    ], [
        "Adutwum", "Agyare", "Akyeampong", "Andorful", "Ankra", "Asamoa", "Asiama",
        "Boahen", "Boaten", "Opuku", "Tawia", "Bortey", "Amarteifio",
    ]),
    "cameroonian": (1, [
        "Nchang", "Njang", "Mbuh", "Neba", "Tangang", "Wirba", "Bobga", "Ndang",
        "Akwen", "Manka",
    ], [
        "Fonkem", "Nkengafac", "Ndi", "Fomunyoh", "Mbianyor", "Mukete", "Ebude",
        "Tangwa",
    ]),
    "ethiopian": (1, [
        "Tesfanesh", "Yeshareg", "Gedion", "Lulseged", "Aynalem", "Betelhem", "Fikerte",
        "Genzebe", "Konjit", "Mestawet", "Tewabech", "Tirsit", "Yenenesh", "Zenash",
        "Aschalew", "Ephrem", "Lidetu", "Tekalegn", "Ganet", "Hibret", "Wubalem",
        "Zewdinesh",
    ], [
        "Aberra", "Andargachew", "Asefa", "Bahiru", "Bantayehu", "Demissew", "Gelaw",
        "Getnet", "Kebebe", "Mitiku", "Tesema", "Alemseged", "Haileyesus", "Tekalign",
        "Woldegebriel", "Bekure", "Tesfamichael",
    ]),
    "eritrean": (1, [
        "Teame", "Futsum", "Robiel", "Samiel", "Merhawit",
    ], [
        "Tesfamichael", "Haileyesus", "Woldegebriel", "Tekalign", "Alemseged",
    ]),
    "congolese": (2, [
        "Kabedi", "Aganze", "Kanyere", "Mbambu", "Sikuzani", "Asukulu", "Lukogo",
        "Mulume", "Kibibi", "Kipenzi", "Almasi", "Jasiri", "Hekima", "Fanaka",
    ], [
        "Kabila", "Mukadi", "Nshombo", "Kalumuna", "Chishibanji", "Kabesha", "Lubala",
        "Mukengere", "Rubambiza", "Kyakimwa", "Mbuyu", "Kayumba",
    ]),
    "afghan": (3, [
        "Nazaneen", "Sodaba", "Benafsha", "Mahjabeen", "Gulsoom", "Sibghatullah",
        "Mujeeb", "Aminullah", "Hedayatullah", "Fazel", "Kifayatullah", "Wasiullah",
    ], [
        "Alikozai", "Muhammadzai", "Musazai", "Suleimankhel", "Sediqi", "Gailani",
        "Spanta", "Atmar", "Sarwary", "Kohdamani", "Jawzjani", "Samangani",
    ]),
    "chin": (2, [
        "Cungnunpar", "Hrangkhawl", "Lalruatsangi", "Mangthang", "Sangpi", "Thawngkhai",
        "Vanlalpeka", "Zamawia", "Biakmawi", "Cinpar", "Khuangcer", "Lalhnin",
        "Parmawi", "Sangzuala", "Thangbik",
    ], [
        "Hrangchin", "Lianthang", "Mangpi", "Tluangsang", "Hlawncheu", "Lalnunthara",
        "Lungpi", "Thawnghmung", "Tlaisun", "Zathlin", "Hmunrua", "Cintling",
    ]),
    "karen": (1, [
        "Ywa", "Tamlaw", "Hsertaw", "Lerlah", "Nawpaw", "Thaweh", "Dahpaw", "Gaypaw",
        "Pawlah", "Hserwah", "Kluh", "Nyahtoo", "Bluhtoo", "Soeler", "Thaler",
    ], [
        "Ywa", "Tamlaw", "Hsertaw", "Lerlah", "Nawpaw", "Thaweh", "Dahpaw", "Gaypaw",
        "Pawlah", "Hserwah", "Nyahtoo", "Bluhtoo",
    ]),
    "burmese": (1, [
        "Yupar", "Yadana", "Shwesin", "Padonmar", "Kyawswar", "Hlaingmin", "Shunlei",
        "Kyawzin", "Minkhant", "Heinhtet", "Paingphyo", "Sanlin", "Sawyan", "Waiyan",
        "Yehtet", "Zawmin", "Thetpaing", "Myomin", "Naylin", "Kaunghtet", "Swanhtet",
        "Arkar",
    ], [
        "Thwin", "Kyawswar", "Hlaingmin", "Kyawzin", "Minkhant", "Heinhtet", "Sanlin",
        "Waiyan", "Zawmin", "Myomin", "Naylin",
    ]),
    "bhutanese_nepali": (1, [
        "Deu", "Kalimaya", "Pabisara", "Tulmaya", "Dhankumari", "Bhimkumari",
        "Ganeshmaya", "Jasmaya", "Kumaya", "Rupmaya", "Bhagiman", "Gajendra",
        "Harkabahadur", "Jitbahadur", "Lokendra", "Purnabahadur", "Ratnabahadur",
        "Sukbir", "Tilbahadur", "Yagyaraj",
    ], [
        "Yonghang", "Limboo", "Angdembe", "Chemjong", "Dungel", "Kalikotey", "Rasaili",
    ]),
    "cherokee": (3, [
        "Degataga", "Ahuli", "Dayunisi", "Oukonunaka", "Tooantuh", "Utsala", "Walela",
    ], [
        "Dreadfulwater", "Sequichie", "Goback", "Littledave", "Dirteater", "Oosahwe",
        "Chewey", "Nofire", "Oakball", "Scraper", "Thirsty", "Ummerteskee", "Waterdown",
        "Oosahwee", "Sawney", "Redcorn", "Littlehead", "Beartrack", "Blackwolf",
    ]),
    "choctaw": (2, [
        "Hushi", "Pisachi", "Koi", "Sakti", "Hopaii", "Isi", "Ahlapi", "Lusa",
        "Pakanli",
    ], [
        "Hokubbi", "Bohanan", "Belvin", "Carnes", "Tonihka",
    ]),
    "chickasaw": (1, [
        "Pashofa", "Hoyo", "Tishu",
    ], [
        "Shecco", "Humes", "Imotichey", "Alberson",
    ]),
    "muscogee": (2, [
        "Cokv", "Efv", "Yvhv", "Holahta", "Hvtke", "Tastanagi",
    ], [
        "Cumsey", "Gouge", "Emartha", "Hulbutta", "Jimboy", "Nuppa", "Thlocco", "Hutke",
        "Yarholar", "Harjoche", "Chalakee", "Littlehead",
    ]),
    "kiowa": (1, [
        "Sahmaunt", "Aunko", "Doyeto", "Bointy", "Kodaseet", "Toyebo",
    ], [
        "Momaday", "Tointigh", "Auchiah", "Hokeah", "Geimausaddle", "Tongkeamha",
        "Aunko", "Botone", "Doyeto", "Quoetone", "Kodaseet", "Toyebo", "Bointy",
        "Mopope", "Zotigh", "Ahtone", "Keahbone", "Tartsah",
    ]),
    "comanche": (1, [
        "Tabbytite", "Nauni", "Pekah", "Tosee", "Sovo", "Karty", "Niyah", "Kwihnai",
        "Tekwaru",
    ], [
        "Tahmahkera", "Tabbytite", "Pahdopony", "Kassanavoid", "Tahchawwickah",
        "Mahsetky", "Wockmetooah", "Tosee", "Poafpybitty", "Attocknie", "Chebahtah",
        "Nauni", "Yackeyonny", "Pekah", "Saupitty", "Monetatchi", "Tonips", "Wermy",
        "Ototivo", "Karty",
    ]),
    "osage": (1, [
        "Wahkontah", "Wazhazhe", "Mashunka", "Hompahsah",
    ], [
        "Redcorn", "Pipestem", "Lookout", "Mashunkashey", "Bighorse", "Tallchief",
        "Whitehorn", "Shunkamolah", "Revard", "Kekahbah", "Wahsinka", "Cheshewalla",
        "Oberly", "Mongrain", "Horsechief",
    ]),
    "german_texan": (3, [
        "Alwine", "Arno", "Leberecht", "Fürchtegott", "Christlieb", "Gottlob",
        "Lienhard", "Fridolin", "Laurenz", "Leander", "Timon", "Florentin", "Nikolaus",
        "Edda",
    ], [
        "Knippa", "Wiedenfeld", "Schlameus", "Behrends", "Stieler", "Meusebach",
        "Bierschwale", "Ebeling", "Froehner", "Grobe", "Heinemeyer", "Kleck", "Roeder",
        "Zenner", "Achleitner", "Aichholzer", "Aigner", "Artner", "Aschauer", "Auinger",
        "Bachinger", "Bachler", "Baldauf", "Berchtold", "Bichler", "Bitschnau",
        "Blauensteiner", "Bodner", "Brandstetter", "Buchberger", "Buchegger",
        "Burgstaller", "Burtscher", "Dallinger", "Dangl", "Danninger", "Dengg",
        "Dirnberger", "Draxler", "Edlinger", "Eichberger", "Eisl", "Enzinger",
        "Erlacher", "Fankhauser", "Feichtinger", "Fellinger", "Fercher", "Ferstl",
        "Fichtinger", "Foidl", "Forstner", "Froschauer", "Frühwirth", "Füreder",
        "Gahleitner", "Gattringer",
    ]),
    "czech_texan": (3, [
        "Věnceslav", "Anděla", "Apolena", "Blahoslav", "Bohumír", "Ctirad", "Danuše",
        "Drahoslav", "Drahoslava", "Ignác", "Judita", "Květa", "Luděk", "Lumír",
        "Matouš", "Naděžda", "Slavěna", "Tadeáš", "Štěpánka",
    ], [
        "Kubeček", "Hlavinka", "Jezek", "Kolacek", "Rozypal", "Stavinoha", "Beránková",
        "Brož", "Bílek", "Horáček", "Jaroš", "Ježek", "Liška", "Matoušek", "Moravec",
        "Němeček", "Staněk", "Strnad", "Tesař", "Valenta", "Vítek", "Ševčík", "Šmíd",
    ]),
    "silesian_texan": (1, [
        "Ignac", "Walek", "Hanys", "Zefel", "Francik", "Tonik", "Antek", "Jorg",
        "Zeflik", "Ecik", "Hanka", "Truda", "Lojzik", "Wikta", "Gustlik", "Achim",
        "Ludka", "Hedla", "Trudka", "Benedykt",
    ], [
        "Moczygemba", "Kyrish", "Dziuk", "Kotzur", "Pawelek", "Jaroszewski",
        "Kiolbassa", "Opiela", "Mzyk", "Korzekwa", "Snoga", "Pollok", "Kosub",
        "Ruckman",
    ]),
    "norwegian_texan": (1, [
        "Arild", "Bente", "Egil", "Kjetil", "Reidun", "Vegard", "Sindre", "Wenche",
        "Øystein", "Håvard", "Kjersti", "Torill", "Sissel", "Malin", "Espen", "Roar",
        "Simen", "Sondre", "Stian", "Svein", "Trine", "Grete",
    ], [
        "Dahl", "Hoff", "Finstad", "Rystad", "Ringness", "Hogstad", "Skaug",
        "Tergerson", "Brogdon",
    ]),
    "mennonite_mx": (1, [
        "Tienche", "Trientje", "Gredel", "Sush", "Nietje", "Tjnals", "Jehaun",
        "Oabraum",
    ], [
        "Blatz", "Bueckert", "Knelsen", "Heide", "Neudorf", "Olfert", "Redekop",
    ]),
    "anglo_texan": (7, [
        "Lindy", "Hud", "Dallin", "Gaynell", "Kaycee", "Odis", "Dwain", "Erbie",
        "Jeral", "Olan", "Shelburn", "Weldon", "Delma", "Floy", "Rheba", "Billye",
        "Joetta", "Kelton", "Lometa", "Peggie", "Wyvonne",
    ], [
        "Cardwell", "Haltom", "Tascosa", "Kleberg", "Rusk", "Choate", "Denney",
        "Gattis", "Hefley", "Kimbro", "Lacewell", "Nall",
    ]),
    "african_american": (7, [
        "Raneisha", "Ledarrius", "Daijah", "Shenika", "Kedarius", "Cordarrius",
        "Labrandon", "Cherelle", "Classie", "Kemarion", "Zavion", "Deontae", "Kewon",
        "Traveon", "Quadarius", "Jadarius", "Montavious", "Rakeem", "Tashonda",
        "Kierra", "Anaiya", "Kawanda", "Sharika", "Arlevia", "Oradell",
    ], [
        "Kinchen", "Leverett", "Rideaux", "Spikes", "Fambro", "Kirven", "Lewter",
        "Carrothers", "Kimble", "Ballou", "Chatman", "Kelsaw", "Mabin", "Odum", "Rucks",
        "Yeldell", "Ambers", "Dorch", "Feagin", "Outley", "Pouncy", "Wimbley",
    ]),
    "cajun": (2, [
        "Symphorien", "Léonise", "Aveline",
    ], [
        "Arnaudet", "Héroux", "Nezat", "Ory", "Hulin", "Gonsoulin", "Archambault",
        "Boutin", "Charest", "Drolet", "Gingras", "Lachapelle", "Pouliot", "Robitaille",
    ]),
    "lebanese": (1, [
        "Chaker", "Raghida", "Chawki", "Ilham", "Jamileh", "Ramia", "Toufik", "Mikhael",
        "Jirjis", "Rabie", "Ghinwa", "Mayssa", "Nouhad", "Assi",
    ], [
        "Jumblatt", "Hajjar", "Baaklini", "Maatouk", "Feghali", "Lteif", "Mattar",
        "Saade", "Tawk",
    ]),
    "iraqi": (1, [
        "Safa", "Faten", "Mayada",
    ], [
        "Kubba", "Hasso", "Kayyali", "Juburi", "Alousi", "Kaddouri", "Shabo",
    ]),
    "iranian": (1, [
        "Sanaz", "Tahereh", "Davood", "Fariborz", "Houshang",
    ], [
        "Yazdi", "Hashemzadeh", "Khalili", "Sarrafzadeh", "Behnam", "Zarrinkoob",
        "Ashtiani", "Ettehadieh", "Jalili", "Mazandarani", "Sabzevari", "Tafreshi",
        "Lahiji",
    ]),
}  # fmt: skip

# Given and family names that are also ordinary English words (PHI_FREE uses them plainly).
WORD_GIVEN = [
    "Hopeful", "Joyous", "Reverie", "Sunbeam", "Moonlight", "Stardust", "Buckshot", "Godsgrace",
    "Trustgod", "Fineboy",
]  # fmt: skip
WORD_FAMILY = [
    "Scraper", "Thirsty", "Lookout", "Snowdrift", "Stallion", "Lancer", "Juggler", "Grocer",
    "Capper", "Comber", "Carder", "Cowman", "Goatherd", "Handsaw", "Hammerhead", "Flatiron",
    "Cookstove", "Hitchrail", "Cowpen", "Ricefield", "Pipestem",
]  # fmt: skip

# Names people go by, in chat and in quotes inside a chart name.
NICKNAMES = [
    "Guddu", "Munna", "Tinku", "Bubu", "Pochis", "Tatin", "Kulot", "Pitoy", "Dudong", "Gogoy",
    "Tonyo", "Pappu", "Dabloo", "Golu", "Chunnu", "Chotu", "Kaku", "Gbolly", "Kachi", "Nano",
    "Chamaco", "Pelona", "Bubber", "Chivis", "Lupillo", "Pato", "Beba", "Choco", "Bhaiyu",
    "Pinku", "Kunju", "Motu", "Chikki", "Bayo", "Shola", "Ayo",
]  # fmt: skip

FAMILY_FIRST = {"vietnamese", "chinese", "korean"}
DOUBLE_SURNAME = {"mexican", "salvadoran_honduran", "guatemalan_maya", "venezuelan", "colombian",
                  "cuban"}  # fmt: skip
GEN_SUFFIX = ["Jr", "Sr", "II", "III", "IV"]

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "\u0131": "i", "æ": "ae", "'": ""})  # fmt: skip


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
    if roll < 0.12:  # about one name in seven is an ordinary word
        last = rng.choice(WORD_FAMILY)
    elif roll < 0.2:
        first = rng.choice(WORD_GIVEN)
    elif origin in DOUBLE_SURNAME and roll < 0.45:
        other = rng.choice(lasts)
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    if rng.random() < 0.15:  # typed without accents
        first, last = _fold(first), _fold(last)
    return first, last


def person(rng: random.Random, _split: str = "blind14") -> tuple[str, str]:
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "blind14") -> str:
    return person(rng)[1]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNOPRSTVWYZ")


def _given_part(first: str) -> str:
    return first.split(" ")[0].split("-")[0]


def full_name(rng: random.Random, _split: str = "blind14") -> str:
    origin = _origin(rng)
    first, last = _person_from(rng, origin)
    mid = _initial(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return rng.choice([f"{last} {first}", f"{_fold(last).upper()} {first}"])
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
    return _handle(_given_part(person(rng)[0])) or "walela"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "tointigh"


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
    """A staff name as signatures carry it: "T. Kalumuna", "Arild Knippa", "Soliz, Velia"."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{_given_part(first)[0]}. {last}", f"{last}, {first}",
                       f"{first} {_initial(rng)}. {last}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Windfern", "Silber", "Crosstimbers", "Gears", "Richey", "Treaschwig", "Hirschfield", "Fuzzel",
    "Stuebner", "Birnham", "Grogans", "Tamina", "Budde", "Huffsmith", "Kohrville", "Mueschke",
    "Telge", "Schiel", "Hegar", "Zube", "Betka", "Rosehill", "Clodine", "Westpark", "Dulles",
    "Peek", "Cypresswood", "Louetta", "Josey", "Coit", "Marbach", "Pinn", "Wetmore", "Rittiman",
    "Walzem", "Trawood", "Viscount", "Nolana", "Closner", "Shary", "Bentsen", "Southmost", "Coria",
    "Mines", "Classen", "Hefner", "Rockwell", "Wallisville", "Cavalcade", "Dashwood", "Addicks",
    "Greenhouse", "Bamore", "Yale",
]  # fmt: skip
NUMBERED = ["NW 23rd", "SE 29th", "NE 36th", "SW 44th", "N 4th", "E 11th", "S 129th E Ave",
            "W 71st", "NW 10th", "SE 15th", "E 61st"]  # fmt: skip
# Colonias of the border counties and the little streets inside them.
COLONIAS = [
    "Relampago", "Las Pampas", "Balli", "Cuevitas", "Los Ebanos", "Lopezville", "Perezville",
    "Doffing", "Faysville", "La Puerta", "Garceno", "Ranchitos", "Lasana", "Chapeño", "Botines",
    "Tanquecitos", "Las Lomitas",
]  # fmt: skip
COLONIA_STREETS = ["Tulipan", "Ebano", "Pitaya", "Tuna", "Buganvilia", "Alcatraz", "Lirio",
                   "Gladiola", "Geranio", "Cempasuchil", "Bugambilia"]  # fmt: skip
CITIES = [
    "Coppell", "DeSoto", "Duncanville", "Sachse", "Wylie", "Benbrook", "Olmito", "Bayview",
    "Heidelberg", "Laredito", "Tivoli", "Austwell", "Needville", "Anahuac", "Hamshire", "Silsbee",
    "Kountze", "Groves", "Mauriceville", "Kirbyville", "Coldspring", "Hearne", "Weimar", "Hostyn",
    "Ellinger", "Frelsburg", "Taiton", "Lenorah", "Tarzan", "Idalou", "Wolfforth", "Shallowater",
    "Notrees", "Penwell", "Gardendale", "Verhalen", "Girvin", "Forsan", "Vealmoor", "Hermleigh",
    "Bronte", "Bacliff", "Surfside", "Sweeny", "Matagorda", "Ingleside", "Odem", "Westway",
    "Acala", "Elmendorf", "Macdona", "Pandora", "Poth", "Cestohowa", "Hobson", "Forney",
    "Seagoville", "Hutchins", "Ovilla", "Midlothian", "Everman", "Kennedale", "Pantego",
    "Colleyville", "Grapevine", "Southlake", "Haslet", "Azle", "Aledo", "Fate", "Rockwall",
    "Crandall", "Aransas Pass", "Von Ormy", "La Vernia", "Royse City", "Sansom Park", "Hockley",
    "Owasso", "Skiatook", "Carnegie", "Coweta", "Maud", "Bristow", "Kiefer", "Beggs", "Porum",
    "Spiro", "Bokoshe", "Keota", "Haileyville", "Stringtown", "Kenefic", "Calera", "Bokchito",
    "Soper", "Eagletown", "Haworth", "Smithville", "Moyers", "Honobia", "Kosoma", "Welling",
    "Cookson", "Colcord", "Catoosa", "Oologah", "Talala", "Lenapah", "Copan", "Ochelata",
    "Barnsdall", "Shidler", "Foraker", "Grainola", "Mannford", "Oilton", "Gracemont", "Binger",
    "Lookeba", "Faxon", "Devol", "Grandfield", "Newcastle", "Slaughterville", "Fort Towson",
    "Nicoma Park",
]  # fmt: skip
DOMAINS = [
    "ykc.com", "brazoria.net", "fullnet.net", "cotc.net", "pctc.net", "texoma.net", "wf.net",
    "satyam.net.in", "glo.com", "nitel.net", "ghanatel.com", "telmex.net", "infinitummail.com",
    "nctv.com", "ectisp.net", "xfone.com", "ranchoweb.com", "rtol.net", "nts.net", "ntin.net",
    "sbtc.net", "valorcom.net", "digitalpath.net", "cyberonic.net", "brightok.net", "opin.net",
    "pvtn.net", "chickasawtel.net", "cherokeetel.com", "atlinkwireless.net", "panhandletel.net",
    "sstelco.net", "pioneerwireless.net", "tulsaconnect.com", "icon.net", "oklahomafarm.com",
    "osagewireless.net", "lawtonnet.com",
]  # fmt: skip
STAFF_DOMAINS = ["bluebonnetmed.org", "llanoestacado.org", "tejasmed.org", "permianmed.org",
                 "mesquitemed.org", "caddoclinic.org", "washitahealth.org", "texokmed.org",
                 "huisachemed.org"]  # fmt: skip

SUFFIXES = [("St", 8), ("Ave", 5), ("Rd", 8), ("Dr", 6), ("Ln", 4), ("Blvd", 3), ("Way", 1),
            ("Ct", 2), ("Cir", 1), ("Pkwy", 1), ("Street", 2), ("Road", 2), ("Drive", 2),
            ("Loop", 1), ("Trl", 1), ("Fwy", 1)]  # fmt: skip
UNITS = ["Apt 214", "Apt. 3B", "Apt 1107", "Unit 12", "#B", "Bldg 4 Apt 207", "Ste 300", "Apt C",
         "Trlr 9", "Space 31", "#1402", "Apt 6", "Lot 22"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "North ", "South ", "East ", "West "]


def _house_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                       str(rng.randint(10000, 29999)), f"{rng.randint(100, 999)}{rng.choice('AB')}",
                       f"{rng.randint(100, 999)} 1/2"])  # fmt: skip


def street_line(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return (
            f"{_house_number(rng)} {rng.choice(NUMBERED)} {rng.choice(['St', 'Pl', 'Ter', 'Ave'])}"
        )
    name = rng.choice(STREETS)
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    direction = rng.choice(["", "", "", "", *DIRECTIONS])
    return f"{_house_number(rng)} {direction}{name} {suffix}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice([f"PO Box {n}", f"P.O. Box {n}", f"Box {n}", f"POB {n}", f"P O Box {n}"])


def rural_route(rng: random.Random) -> str:
    """Farm-to-market and county roads, Oklahoma section-line roads, highway contract boxes."""
    return rng.choice([
        f"{rng.randint(100, 29999)} FM {rng.randint(50, 3500)}", f"{rng.randint(100, 9999)} Farm to Market Rd {rng.randint(50, 3500)}",
        f"{rng.randint(100, 9999)} CR {rng.randint(1, 4999)}", f"{rng.randint(100, 9999)} County Road {rng.randint(100, 999)}",
        f"{rng.randint(100, 9999)} Ranch Rd {rng.randint(150, 3400)}", f"{rng.randint(100, 9999)} PR {rng.randint(1000, 7999)}",
        f"{rng.randint(10000, 49999)} S {rng.randint(3900, 4700)} Rd", f"{rng.randint(1000, 29999)} E {rng.randint(100, 1200):04d} Rd",
        f"{rng.randint(100, 29999)} N {rng.randint(3900, 4700)} Rd", f"{rng.randint(100, 9999)} State Hwy {rng.randint(3, 359)}",
        f"HC {rng.randint(60, 89)} Box {rng.randint(1, 499)}", f"RR {rng.randint(1, 6)} Box {rng.randint(1, 499)}",
        f"{rng.randint(100, 9999)} Mile {rng.randint(1, 19)} {rng.choice(['N', 'W', 'E', 'S'])} Rd",
        f"{rng.randint(100, 9999)} US Hwy {rng.choice([59, 83, 87, 190, 281, 285, 385, 69, 75, 259, 271])}",
    ])  # fmt: skip


def colonia_address(rng: random.Random) -> str:
    col = rng.choice(COLONIAS)
    street = rng.choice(COLONIA_STREETS)
    return rng.choice([f"{rng.randint(100, 9999)} Calle {street}", f"{rng.randint(100, 9999)} {street} St, Colonia {col}",
                       f"Lot {rng.randint(1, 140)} Colonia {col}", f"{rng.randint(100, 999)} Privada {street}",
                       f"Colonia {col} Lot {rng.randint(1, 140)}", f"{rng.randint(100, 9999)} {street} Dr, {col}"])  # fmt: skip


def road(rng: random.Random) -> str:
    """A road named without a house number, as people give directions."""
    return rng.choice([f"FM {rng.randint(50, 3500)}", f"CR {rng.randint(1, 4999)}", f"county road {rng.randint(100, 999)}",
                       f"{rng.choice(STREETS)} Rd", f"Mile {rng.randint(1, 19)} {rng.choice(['N', 'W'])}",
                       f"S {rng.randint(3900, 4700)} Rd", f"E {rng.randint(100, 1200):04d} Rd",
                       f"Calle {rng.choice(COLONIA_STREETS)}", f"{rng.choice(COLONIAS)} Rd"])  # fmt: skip


def lease_site(rng: random.Random) -> str:
    """An oilfield lease or pad location, which pins a worker to a place smaller than a county."""
    return rng.choice([f"lease road {rng.randint(1, 40)} off FM {rng.randint(50, 3500)}", f"Pad {rng.randint(1, 60)}{rng.choice('ABCD')} off CR {rng.randint(100, 999)}",
                       f"the {rng.choice(STREETS)} {rng.randint(1, 60)}H pad off FM {rng.randint(50, 3500)}",
                       f"mile marker {rng.randint(2, 190)} on State Hwy {rng.randint(3, 359)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind14") -> str:
    kind = rng.random()
    if kind < 0.07:
        return po_box(rng)
    if kind < 0.17:
        return rural_route(rng)
    if kind < 0.23:
        return colonia_address(rng)
    line = street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


def street_upper(rng: random.Random) -> str:
    return _fold(street_line(rng)).upper()


def city(rng: random.Random, _split: str = "blind14") -> str:
    name = rng.choice(CITIES)
    return name.upper() if rng.random() < 0.05 else name


def city_upper(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).upper()


STATES = ["TX", "OK", "Tex.", "Okla.", "Texas", "Oklahoma", "tx", "TX", "OK", "NM", "LA", "AR"]
_ZIP3 = ["750", "751", "752", "753", "754", "760", "761", "762", "765", "770", "773", "774", "775",
         "776", "777", "778", "779", "780", "781", "782", "783", "785", "786", "788", "790", "793",
         "797", "798", "799", "730", "731", "734", "735", "740", "741", "743", "744", "745", "747",
         "748"]  # fmt: skip


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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon",
            "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]  # fmt: skip
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    pick = rng.random()
    y = (
        rng.randint(1921, 1935)
        if pick < 0.15
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
        f"{d} de {MESES[m - 1]} de {y}", f"{d} de {MESES[m - 1]}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
    ])  # fmt: skip


def dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1925, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}",
                       f"{m}-{d}-{y % 100:02d}", f"{d}/{m}/{y}"])  # fmt: skip


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
    return rng.choice([base, f"{base}{ss:02d}", f"{base}{ss:02d}-0{rng.choice('56')}00"])


def timestamp(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999):03d}-06:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randint(0, 999):03d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-05:00",
    ])  # fmt: skip


def clf_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = _hms(rng)
    return f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d} -0{rng.choice('56')}00"


def month_day(rng: random.Random) -> str:
    _, m, d = _ymd(rng)
    return rng.choice([f"{ABBR[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MONTHS[m - 1].lower()} {d}{_ordinal(d)}",
                       f"{d} de {MESES[m - 1]}"])  # fmt: skip


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


def weekday(rng: random.Random) -> str:
    return rng.choice(WEEKDAYS)


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

_AREA = [713, 281, 832, 346, 214, 469, 972, 817, 682, 210, 726, 915, 956, 409, 361, 432, 806,
         325, 254, 903, 936, 979, 405, 572, 918, 539, 580]  # fmt: skip
# Country code, then a maker for the national number as families type it.
_ABROAD: list[tuple[str, Callable[[random.Random], str]]] = [
    ("+52", lambda r: f"{r.choice([81, 899, 868, 867, 656, 55, 33, 844])} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+84", lambda r: f"{r.choice([90, 91, 93, 97, 98, 70, 77])} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+63", lambda r: f"9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+92", lambda r: f"3{r.randint(0, 4)}{r.randint(0, 9)} {r.randint(1000000, 9999999)}"),
    ("+91", lambda r: f"{r.choice([98, 99, 94, 97, 70, 63])}{r.randint(100, 999)} {r.randint(10000, 99999)}"),
    ("+234", lambda r: f"{r.choice([803, 806, 813, 816, 703, 805, 807, 909])} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+233", lambda r: f"{r.choice([24, 54, 20, 27])} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+58", lambda r: f"{r.choice([412, 414, 424, 416, 426])}-{r.randint(1000000, 9999999)}"),
    ("+243", lambda r: f"{r.choice([81, 82, 97, 99, 89])} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+93", lambda r: f"7{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+95", lambda r: f"9 {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"),
    ("+251", lambda r: f"9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"),
    ("+503", lambda r: f"7{r.randint(100, 999)}-{r.randint(1000, 9999)}"),
    ("+504", lambda r: f"9{r.randint(100, 999)}-{r.randint(1000, 9999)}"),
    ("+502", lambda r: f"5{r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+57", lambda r: f"3{r.randint(0, 2)}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+961", lambda r: f"{r.choice([3, 70, 71, 76])} {r.randint(100, 999)} {r.randint(100, 999)}"),
    ("+964", lambda r: f"7{r.randint(70, 90)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+977", lambda r: f"98{r.randint(0, 9)}-{r.randint(1000000, 9999999)}"),
    ("+237", lambda r: f"6 {r.randint(70, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"),
    ("+53", lambda r: f"5 {r.randint(100, 999)} {r.randint(1000, 9999)}"),
]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), rng.randint(201, 989), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                       f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} x{rng.randint(2, 9999)}",
                       f"{b}-{c}", f"+1 ({a}) {b}-{c}"])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(_AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"


def phone_abroad(rng: random.Random) -> str:
    code, national = rng.choice(_ABROAD)
    number = national(rng)
    return rng.choice([f"{code} {number}", f"{code}{number.replace(' ', '').replace('-', '')}",
                       f"00{code[1:]} {number}", f"{code}-{number}"])  # fmt: skip


def _name_handles(rng: random.Random) -> tuple[str, str]:
    first, last = person(rng)
    return _handle(_given_part(first)) or "walela", _handle(last) or "tointigh"


def email(rng: random.Random, _split: str = "blind14") -> str:
    f, ln = _name_handles(rng)
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{n}", f"{ln}{f[0]}", f"{f}_{ln}{rng.randint(1940, 2012)}",
                        f"{ln}.{f}", f"{f}{n}", f"{f[0]}.{ln}", f"{f}.{ln}{n}", f"{ln}family", f"{f}{ln[:3]}{n}",
                        f"mama{ln}", f"{f}.{ln}.tx"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def staff_email(rng: random.Random) -> str:
    f, ln = _name_handles(rng)
    return f"{rng.choice([f'{f}.{ln}', f'{f[0]}{ln}', f'{ln}{f[0]}{rng.randint(1, 9)}'])}@{rng.choice(STAFF_DOMAINS)}"


def username(rng: random.Random, _split: str = "blind14") -> str:
    f, ln = _name_handles(rng)
    return rng.choice([f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}.{ln}", f"{f[0]}{ln[:7]}{rng.randint(1, 9)}",
                       f"{ln.upper()}{f[0].upper()}", f"{f}{ln[0]}{rng.randint(10, 99)}", f"{f}_{ln}",
                       f"{ln[:5]}{f[:2]}", f"{f}{rng.randint(1950, 2012)}", f"svc-{ln[:6]}{f[0]}",
                       f"TXOK\\{ln[:6]}{f[0]}"])  # fmt: skip


def url(rng: random.Random, _split: str = "blind14") -> str:
    f, ln = _name_handles(rng)
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.gofundme.com/f/help-{f}-{ln}-cancer-fight",
        f"https://www.caringbridge.org/site/{f}{ln}", f"https://www.tiktok.com/@{f}{ln}{rng.randint(1, 99)}",
        f"https://wa.me/{rng.choice(['52', '84', '234', '92', '58', '63'])}{_digits(rng, 10)}",
        f"https://mychart.bluebonnetmed.example/visit/{_digits(rng, 8)}",
        f"https://fhir.texokmed.example/R4/Patient/{_digits(rng, 9)}", f"https://www.instagram.com/{ln}.{f}",
        f"https://cash.app/${f}{ln[:4]}", f"https://account.venmo.com/u/{f}-{ln}-{rng.randint(1, 9)}",
        f"https://photos.app.goo.gl/{_letters(rng, 17, string.ascii_letters + string.digits)}",
        f"https://{f}{ln}.wixsite.com/obituary",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.25:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form < 0.35:
        return f"2605:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 2)}"
    return (
        f"{rng.randint(24, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice(
        [rng.randint(449, 467), rng.randint(627, 645), rng.randint(440, 448), rng.randint(1, 665)]
    )
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choices([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"],
                       [7, 2, 1])[0]  # fmt: skip


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"M{_digits(rng, 9)}",
                       _digits(rng, 7), f"0{_digits(rng, 8)}", f"CH{_digits(rng, 7)}", f"IHS{_digits(rng, 6)}",
                       f"{_digits(rng, 10)}", f"BV{_digits(rng, 6)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    return (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
            + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA) + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip


def medicaid_id(rng: random.Random) -> str:
    """Texas Medicaid and CHIP numbers are nine digits; SoonerCare ids run longer."""
    return rng.choice([_digits(rng, 9), f"5{_digits(rng, 8)}", f"{_digits(rng, 9)}0{_digits(rng, 1)}",
                       f"B{_digits(rng, 8)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"ZG{_letters(rng, 1)}{_digits(rng, 9)}", mbi(rng), medicaid_id(rng),
                       f"U{_digits(rng, 10)}", f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}-{_digits(rng, 2)}",
                       f"H{_digits(rng, 8)}-{_digits(rng, 2)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 9), f"V{_digits(rng, 10)}", f"{_digits(rng, 4)}-{_digits(rng, 7)}", f"PB{_digits(rng, 8)}",
                       f"GUAR{_digits(rng, 7)}", _digits(rng, 12), f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}"])  # fmt: skip


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


def drivers_license(rng: random.Random) -> str:
    """Texas licences are eight digits; Oklahoma ones a letter and nine digits."""
    return rng.choice([_digits(rng, 8), f"{_letters(rng, 1)}{_digits(rng, 9)}", f"TX DL {_digits(rng, 8)}",
                       f"OK {_letters(rng, 1)}{_digits(rng, 9)}", f"{_digits(rng, 8)} TX"])  # fmt: skip


def license_number(rng: random.Random) -> str:
    return rng.choice([npi(rng), dea(rng), drivers_license(rng), f"RN{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 4)}",
                       f"LVN {_digits(rng, 6)}", f"CDL {_digits(rng, 8)}", f"TWIC {_digits(rng, 12)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return (
        rng.choice(["1G1", "1FT", "3GC", "5TD", "1HG", "3N1", "1C6", "2T1", "3TM", "1N6"])
        + "".join(rng.choice(_VIN_CHARS) for _ in range(5))
        + rng.choice("0123456789X")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(8))
    )


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 4)}", f"{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 1)}{_digits(rng, 3)}",
                       f"{_letters(rng, 3)}-{_digits(rng, 3)}", f"{_digits(rng, 3)}-{_letters(rng, 3)}",
                       f"{_letters(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return body + _luhn(body)


def mac_address(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(_hex(rng, 2).upper() for _ in range(6))


def udi(rng: random.Random) -> str:
    return f"(01){_digits(rng, 14)}(17){_digits(rng, 6)}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"SN {_digits(rng, 10)}", imei(rng), mac_address(rng),
                       f"{_letters(rng, 3)}-{_digits(rng, 6)}", f"8G{_letters(rng, 4, string.ascii_uppercase + string.digits)}",
                       f"CYC{_digits(rng, 7)}", f"PJN{_digits(rng, 6)}{_letters(rng, 1)}", udi(rng),
                       f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 5)}"])  # fmt: skip


def a_number(rng: random.Random) -> str:
    n = _digits(rng, 9)
    return rng.choice([f"A{n}", f"A-{n}", f"A{n[:3]}-{n[3:6]}-{n[6:]}", f"A# {n}"])


def tribal_id(rng: random.Random) -> str:
    """Tribal citizenship and CDIB card numbers, in the shapes a registration clerk keys them."""
    return rng.choice([f"CN-{_digits(rng, 6)}", f"{_digits(rng, 6)}", f"CDIB {_digits(rng, 7)}", f"MCN{_digits(rng, 5)}",
                       f"{_digits(rng, 3)}-{_digits(rng, 6)}", f"OSN {_digits(rng, 5)}"])  # fmt: skip


def claim_number(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 11)}", f"WC-{_digits(rng, 2)}-{_digits(rng, 6)}", f"{_digits(rng, 13)}",
                       f"ICN {_digits(rng, 12)}"])  # fmt: skip


def rx_number(rng: random.Random) -> str:
    return rng.choice(
        [f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"Rx# {_digits(rng, 6)}-{_digits(rng, 2)}"]
    )


def accession(rng: random.Random) -> str:
    return rng.choice(
        [
            f"ACC{_digits(rng, 9)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"RAD{_digits(rng, 8)}",
        ]
    )


def other_id(rng: random.Random) -> str:
    return rng.choice([claim_number(rng), rx_number(rng), a_number(rng), tribal_id(rng), f"PDMP-{_digits(rng, 9)}",
                       f"FAX{_digits(rng, 8)}", f"TKT-{_digits(rng, 7)}", f"CASE-{_digits(rng, 2)}-{_digits(rng, 5)}",
                       f"PA{_digits(rng, 10)}", f"REF{_digits(rng, 7)}", accession(rng)])  # fmt: skip


def patient_uuid(rng: random.Random) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


def study_uid(rng: random.Random) -> str:
    return f"1.2.840.{rng.randint(10000, 999999)}.{rng.randint(1, 9)}.{_digits(rng, 8)}.{_digits(rng, 10)}"


# --- Filler that is not PHI --------------------------------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"req-{_hex(rng, 12)}", _hex(rng, 16)])


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 60), rng.randint(61, 900), rng.randint(901, 15000)]))


def status(rng: random.Random) -> str:
    return rng.choice(
        ["200", "200", "201", "204", "302", "400", "401", "403", "404", "409", "500", "502", "504"]
    )


def clock(rng: random.Random) -> str:
    hh, mi, ss = _hms(rng)
    return rng.choice(
        [
            f"{hh:02d}:{mi:02d}:{ss:02d}",
            f"{hh:02d}{mi:02d}",
            f"{hh % 12 or 12}:{mi:02d} {'am' if hh < 12 else 'pm'}",
            f"{hh % 12 or 12}{'am' if hh < 12 else 'pm'}",
        ]
    )


def pid(rng: random.Random) -> str:
    return str(rng.randint(100, 65000))


def size(rng: random.Random) -> str:
    return str(rng.randint(0, 480000))


def queue(rng: random.Random) -> str:
    return rng.choice(["Q_ADT_IN", "rx-refill", "ivr-main", "fax-inbound", "claims-837", "pdmp-lookup",
                       "portal-msg", "dialysis-tx", "nurse-line", "elig-270", "tele-peds", "occ-health"])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI (request ids, latencies, clock times, weekdays, queues).
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
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "COLONIA": ("ADDRESS", colonia_address),
    "ROAD": ("ADDRESS", road),
    "LEASE": ("ADDRESS", lease_site),
    "CITYUP": ("CITY", city_upper),
    "ZIPNINE": ("ZIP", zip9),
    "DOB": ("DATE", dob),
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
    "ABROAD": ("PHONE", phone_abroad),
    "STAFFEMAIL": ("EMAIL", staff_email),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "DL": ("LICENSE_NUMBER", drivers_license),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "UDI": ("DEVICE_ID", udi),
    "ANUM": ("OTHER_ID", a_number),
    "TRIBAL": ("OTHER_ID", tribal_id),
    "CLAIM": ("OTHER_ID", claim_number),
    "RXNUM": ("OTHER_ID", rx_number),
    "ACCESSION": ("OTHER_ID", accession),
    "PTUUID": ("OTHER_ID", patient_uuid),
    "STUDYUID": ("OTHER_ID", study_uid),
    "REQID": (None, request_id),
    "MS": (None, latency),
    "STATUS": (None, status),
    "CLOCK": (None, clock),
    "WEEKDAY": (None, weekday),
    "PIDN": (None, pid),
    "BYTES": (None, size),
    "QUEUE": (None, queue),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.

CHAT = [
    # Border clinics, colonias, Spanglish and Tex-Mex
    "hola buenas, soy {NAME} y necesito cita pa mi mama, ella vive en {COLONIA} cerca de {CITY}",
    "mija {FIRST} is gonna drive me to the clinic on {MD} bc my truck broke down again 😩",
    "oiga the promotora said to text this number, me llamo {FIRST} {SURNAME} y tengo la azucar alta",
    "my abuela {NAME} is {AGE} and she fell in the kitchen, we're in {COLONIA}, no hay calle pavimentada",
    "ya mande los papeles, mi numero es {PHONE} y el de mi esposo {FIRST} es {PHONE}",
    "fijese que the water in {COLONIA} was brown again and my kids got diarrhea, soy {NAME}",
    "buenas tardes, {NAME} here, dob {DOB}, quiero saber si ya llegaron mis labs",
    "my tia {FIRST} lives in tamaulipas, her number is {ABROAD}, she needs to know about the surgery",
    "can u call my compadre {FIRST} at {PHONE}? he speaks english better than me",
    "no tengo seguro pero tengo la tarjeta del county, el numero es {MEDICAID}",
    "mi nieta {FIRST} {SURNAME} nacio {DOB} y no le han dado su shot de los 2 meses",
    "órale gracias nurse!! tell dra {SURNAME} que ya me siento mejor 🙏",
    "ando en la pisca en {CITY} hasta {MD}, can i do the visit on video",
    "ps la direccion nueva es {COLONIA}, {CITY} {STATE} {ZIP}, pa que manden la carta",
    "{FIRST}\nsoy yo otra vez, the pharmacy in {CITY} says the rx is not there",
    "bueno pues my husband {NAME} got hurt at the packing shed, his boss is {FIRST} {SURNAME}",
    "my kid {NICK} has fever 102 since last night, we live on {ROAD} past the water tower",
    "tell {FIRST} i said gracias for the ride to dialysis, she's an angel 😇",
    "el doctor dijo que llamara a este numero. paciente {LASTFIRST} fecha de nacimiento {USDATE}",
    "sorry im texting from my cousins phone, its {NAME}, my phone got cut off",
    "mi papa {FIRST} {SURNAME} {AGEN} años, ya no quiere comer, que hacemos",
    "hi its {FIRST} from the clinic in the colonia, can someone call my suegra {NAME} at {PHONE}",
    "chale the bridge line was 3 hours, i missed my appt {MD}, can i come {WEEKDAY}",
    "my cousin started a gofundme for my dad {NAME} {URL} pls share 🙏",
    "they towed my car from the clinic lot, plate {PLATE}, its a silver camry",
    "we crossed at the bridge this morning, my mom {NAME} has her laser visa, can she still be seen",
    # The Vietnamese clinic
    "chào bác sĩ, con là {FIRST}, ba con {NAME} bị té hôm qua, số con {PHONE}",
    "ba noi em {FIRST} {SURNAME} {AGEN} tuổi rồi, cần hẹn khám mắt",
    "cảm ơn chị nhiều! my mom {NAME} is feeling better after the new med",
    "my ba ngoai lives with us at {STREETLINE} {UNIT}, she only speaks vietnamese, dob {DOB}",
    "em oi can you send the paper to my email {EMAIL}, tên con là {FIRST}",
    "hi its {FIRST}, can u call my anh {FIRST} at {PHONE}, he is the one who drives ba to dialysis",
    "ông nội {FIRST} needs refill metformin, pharmacy on {STREET}, thank you ạ",
    "my aunt in vietnam {NAME} wants to know the results, her zalo is {ABROAD}",
    "this is my facebook {URL}, message me there if the text dont go thru",
    "xin lỗi my english not good. im {NAME}, the nail salon gave me rash on hands",
    # Filipino
    "hello po, this is {FIRST}, my lola {NAME} is {AGE} na and she is so weak today",
    "tita {FIRST} said to message here po, my tito {FIRST} {SURNAME} had chest pain last night",
    "salamat po! i am a nurse at the hospital too, my badge name is {FIRST} {SURNAME}",
    "can u update my address po {STREETLINE}, {CITY} {STATE} {ZIP}, ingat kayo",
    "{FIRST} here, ate of {FIRST}. our nanay in the philippines {NAME} number is {ABROAD}",
    "kuya {NICK} will pick up the meds, his real name is {NAME}",
    # Pakistani and Indian families
    "assalam o alaikum, my ammi {NAME} has sugar 380, she is {AGEN}, please call {PHONE}",
    "abbu {FIRST} {SURNAME} needs an urdu interpreter for {MD} appointment",
    "shukriya doctor sahab. my wife {FIRST} is feeling better. her mrn is {MRN}",
    "my dadi lives with us at {STREETLINE}, her name is {NAME}, she is {AGE} years",
    "namaste, i am {FIRST} {SURNAME}, my ba needs BP refill, she is at the motel on {STREET}",
    "kem cho, my husband {NAME} cut his hand at the motel laundry, is urgent care open",
    "our family page for nani {URL}, she is {AGEN} and loves the pictures",
    "parking permit for my van vin {VIN}, i drive my mom {FIRST} to dialysis",
    "please call my bhabhi {FIRST} at {PHONE} not me, i am in india till {MD}, my number there is {ABROAD}",
    "namaskaram amma, sorry i typed in the wrong chat. this is {FIRST} {SURNAME}, patient id {MRN}",
    "my amma {NAME} came from india on visitor visa, can she get seen? her passport dob is {DOB}",
    "ayyo the portal says wrong dob, mine is {DOB}, name {LASTFIRST}",
    "nanna {FIRST} had stent last year, now chest pain again, we are driving from {CITY}",
    "sat sri akal, {NAME} here, truck driver, need DOT physical, my cdl is {DL}",
    "my chacha {NICK} (real name {NAME}) missed his dialysis today",
    "mummy ki report kab aayegi? mummy is {NAME}, dob {DOB}",
    "achha ok thank you. {FIRST} {SURNAME} 🙏",
    # Nigerian and Ghanaian families in DFW
    "good morning ma, this is {NAME}, my mummy is visiting from nigeria and her BP is 190",
    "e kaaro, my iya {FIRST} {SURNAME} needs to see the eye doctor, her number {PHONE}",
    "biko help me, my nne {NAME} is {AGE} and confused since yesterday",
    "my brother {FIRST} back home in nigeria said his number is {ABROAD} if you need him to consent",
    "ehen, so the lab sent bill to {STREETLINE} {UNIT} but i moved to {CITY} last month",
    "thank you so much nurse, God bless you. {FIRST} {SURNAME}",
    "its {FIRST} again, my husband {FIRST} {SURNAME} wants his sickle cell results",
    "medaase. my auntie {NAME} flew in from ghana, can she use my insurance {PLAN}",
    "oga {SURNAME} at the clinic told me to email {EMAIL}",
    "the pastor {NAME} will bring her to the appointment on {MD}, his number is {PHONE}",
    "my name is {WNAME} and i need a refill on amlodipine",
    "pls it's {WFIRST} {SURNAME}, my son has malaria symptoms after our trip",
    # Refugee families: Afghan, Burmese/Chin/Karen, Congolese
    "salam, my madar {NAME} has pain in stomach, we live at {STREETLINE} {UNIT}, {CITY}",
    "tashakor. my case worker is {NAME}, her phone {PHONE}, my a number is {ANUM}",
    "my plar {FIRST} {SURNAME} cant walk to the bus, can someone come to {STREETLINE}",
    "I am {FIRST}. my brother {FIRST} still in afghanistan, phone {ABROAD}, he need paper from doctor",
    "manana, i have appointment with dr {SURNAME} but i need dari interpreter",
    "mingalaba, my name {NAME}, my daughter {FIRST} fever and cough 3 days",
    "ka lawm e! nu {FIRST} {SURNAME} is better now. thank you for the chin interpreter",
    "pa {FIRST} needs the eye surgery, we live {STREETLINE}, apartment {UNIT}",
    "ta blut, my mo {FIRST} {SURNAME} has pain in knee, karen interpreter please",
    "{NAME}\nmy baby not drinking milk since morning",
    "jambo, my name is {NAME}, my husband {FIRST} {SURNAME} had surgery on {MD}",
    "mbote, mama {FIRST} needs the lingala interpreter for {MD}, her number {PHONE}",
    "asante sana. my kids {FIRST} and {FIRST} need school shots, we came {MONYEAR}",
    "bonjour, je suis {NAME}, my papa in congo {ABROAD} wants to send money for my surgery",
    "koko {FIRST} is {AGE} years, he stay with us, can he get a walker",
    "the caseworker {FIRST} from the resettlement office said call you, im {NAME}, arrived {DATE}",
    "merci beaucoup docteur {SURNAME}! my daughter {FIRST} is playing again",
    # Venezuelan and other Latin American newcomers
    "epa chamo, soy {NAME}, llegue hace 3 meses y necesito un medico para mi hija",
    "mi pana {FIRST} me dijo que aqui atienden sin seguro, mi numero es {PHONE}",
    "chévere gracias!! mi mamá en venezuela {NAME} tiene el numero {ABROAD}",
    "vale, entonces el dia {MD} a las 3? mi nombre es {FIRST} {SURNAME}",
    "disculpe, la cita de mi esposa {NAME} era el {DATE} pero nadie llamo",
    "hola, soy {FIRST}, trabajo en construccion en {CITY} y me corte con la sierra",
    "mi hermano {FIRST} vive en honduras, su cel es {ABROAD}",
    "buenas, {NAME} de {CITY}, tengo parole hasta {MONYEAR} y necesito el examen de inmigracion",
    # Tribal health, Oklahoma
    "osiyo, this is {FIRST} {SURNAME}, my elisi {NAME} needs a ride to the clinic {MD}",
    "wado! my edudu {FIRST} is doing better, his tribal id is {TRIBAL}",
    "halito, my name is {NAME}, i moved from {CITY} to {CITY} and need to change my clinic",
    "my cdib number is {TRIBAL} and the pharmacy says i'm not in the system",
    "can u tell the CHR {FIRST} to come by the house on {ROAD}, we're the trailer past the church",
    "its {NICK}. grandma {FIRST} {SURNAME} wants to know when the diabetes van comes to {CITY}",
    "mvto, my son {NAME} got his sports physical, can u fax it to the school {FAX}",
    "aho, {FIRST} here, im at the powwow in {CITY} this weekend, can i get my refill early",
    "my uncle {NAME} passed {DATE}, please stop sending letters to {POBOX}",
    "grandpa {NAME} is {AGEN} today!! 🎉 can the clinic staff sign his card",
    "he's a citizen of the nation, number {TRIBAL}, name {LASTFIRST}, dob {USDATE}",
    "cousin {FIRST} said the contract health paperwork goes to {EMAIL}",
    # Permian Basin, West Texas ranch and oilfield
    "hey this is {FIRST}, got my hand pinched between pipe on {LEASE}, company man is {NAME}",
    "im on a frac crew out by {CITY}, can i do telehealth, my number is {PHONE}",
    "my husband {NAME} got kicked by a horse at the ranch, hes at {RURAL}",
    "the cattle guard on {ROAD} is out so the home health nurse needs to come in the back gate",
    "yall i got H2S alarm exposure at {LEASE}, my supervisor {FIRST} {SURNAME} said go get checked",
    "daddy {NAME} is {AGE} and still feeding cows, he fell off the feed truck this morning",
    "we're at {RURAL}, {CITY}, about 40 miles out, can the ambulance find us",
    "man camp address is {STREETLINE} {UNIT}, {CITY} {STATE} {ZIP}, send the workers comp forms there",
    "my truck is a white f250 plate {PLATE}, they towed it from the clinic lot",
    "pumper {FIRST} found me, thank god, tell dr {SURNAME} im ok",
    "{FIRST} {SURNAME} jr here, need my dot card renewed before {MD}",
    # Gulf Coast refinery and petrochemical
    "got splashed with caustic in the unit, im {NAME}, badge {OTHER}, supervisor says occ health first",
    "refinery turnaround starts {MD}, can i get my fit test before, its {FIRST} {SURNAME}",
    "my twic expired and the plant wont let me in, its {LICENSE}, name {NAME}",
    "the benzene exposure letter needs to go to my lawyer {NAME} at {EMAIL}",
    "contract worker here, {FIRST}, the plant nurse {FIRST} said call {PHONE}",
    "flare went off near {CITY} and my kids are coughing, we live at {STREETLINE}",
    # Hurricane, freeze and evacuation
    "we evacuated to my sisters in {CITY}, her address is {STREETLINE} {CITY} {STATE} {ZIP}, my oxygen is almost out",
    "power out since the freeze, my mom {NAME} is on home dialysis, cycler serial {DEVICE}",
    "pipes busted at {STREETLINE} so we're at the shelter in {CITY}, my insulin got warm",
    "after the hurricane we lost everything, its {NAME}, dob {DOB}, can i get new glucometer",
    "the generator is running the concentrator, call my son {FIRST} at {PHONE} if you cant reach me",
    "we're in a hotel in {CITY} till {MD}, room 214, my daughter {FIRST} has asthma",
    "fema inspector {NAME} needs a letter saying my husband needs the hospital bed",
    "evacuee from the coast, im {NAME}, my meds list is in my portal {USER}",
    # Children's hospital, pediatrics
    "my son {FIRST} {SURNAME} has the bloody diarrhea, he's 4, we're in {CITY}",
    "baby {FIRST} born {DOB} at 31 weeks, nicu discharge was {MD}, when is the eye check",
    "my daughter {NAME} has her leukemia chemo {WEEKDAY} {MD}, can her dad {FIRST} come too",
    "the school nurse {NAME} said {FIRST} needs an inhaler at school, fax {FAX}",
    "{FIRST} threw up 4 times and wont drink, she's 2, we live at {STREETLINE}",
    "hi this is {FIRST}'s mom, the child life lady {FIRST} was amazing ❤️",
    "my twins {FIRST} and {FIRST} need their 12 month shots, medicaid {MEDICAID}",
    "the pediatric cardiologist dr {SURNAME} wants an echo, my number is {PHONE}",
    "can you send the g tube supply order to {STREETLINE}, {CITY}? patient is {NAME}",
    # Cancer centre
    "chemo cycle 3 was {MD}, im {NAME} and my mouth sores are bad",
    "my wife {FIRST} is at the cancer center, her mrn is {MRN}, can i get parking validated for plate {PLATE}",
    "the oncology social worker {NAME} said the gofundme is ok to share {URL}",
    "please tell dr {SURNAME} that {NAME} had fever 101.2 after the infusion",
    "my port is red, its {FIRST} {SURNAME}, dob {DOB}",
    "im staying at the hope lodge, room 305, my caregiver is my brother {NAME}, {PHONE}",
    # Dialysis
    "dialysis chair time changed? im {NAME}, i go mon wed fri at {CITY}",
    "my fistula is not buzzing, its {FIRST}, call {PHONE} asap",
    "missed treatment because the van didnt come to {STREETLINE}, driver was {FIRST}",
    "my dad {NAME} home hemo machine {DEVICE} keeps alarming",
    # Telehealth and nurse line
    "the video visit link isnt working, my email is {EMAIL}",
    "my portal username is {USER}, it says account locked",
    "can the nurse line call {PHONE}, i have chest tightness, its {NAME}",
    "i was on the nurse line with {FIRST} and it dropped, im {NAME}",
    "my ip is {IP} if that helps the it people, portal wont load",
    "reset link went to my old email {EMAIL}, new one is {EMAIL}",
    "the kiosk printed someone elses name, {NAME}, on my wristband 😬",
    "{NAME} {PHONE} {EMAIL} pls update",
    "dob {DOB} mrn {MRN} name {NAME} — need refill",
    # DFW South Asian and others
    "my husband's name is {NAME} and his insurance id is {PLAN}",
    "hello, i am {FIRST} {SURNAME} from {CITY}, my father {NAME} {AGEN} years, has pneumonia",
    "is dr {SURNAME} still at the {CITY} office? my mom {FIRST} liked her",
    "my grandma turns {AGEN} next week, she's {NAME}, can we get a home visit",
    "sorry wrong number, looking for {FIRST} {SURNAME}",
    # Arabic, Persian, Lebanese
    "marhaba, my teta {NAME} is {AGE} and needs a wheelchair",
    "shukran, my husband {FIRST} {SURNAME} will bring the papers, his phone {PHONE}",
    "salam, baba {FIRST} in iraq, {ABROAD}, wants to talk to doctor about my surgery",
    "merci khanum, my mother {NAME} needs farsi interpreter for {MD}",
    "yalla i'm outside, its {FIRST}, room 4?",
    # German and Czech Texans, Hill Country, Cajuns
    "this is {NAME} out on {RURAL}, my wife {FIRST} fell in the barn",
    "ma {FIRST} {SURNAME} is {AGEN} and still makes kolaches for the church, she needs her flu shot",
    "my deda {FIRST} speaks czech mostly, can someone come to {RURAL}, {CITY}",
    "yall this is {FIRST} {SURNAME}, born {DOB}, need my records sent to {FAX}",
    "cher, my mamere {NAME} is {AGE} and confused, we're in {CITY}",
    "mamaw {FIRST} says thank you for the christmas card 🎄",
    "papaw {NAME} needs his oxygen delivered to {STREETLINE}, the old address was {STREETLINE}",
    "the vet bill got sent to us by mistake lol, its for {FIRST} the dog not {FIRST} {SURNAME}",
    # Korean and Chinese
    "annyeonghaseyo, my halmeoni {NAME} needs a korean interpreter {MD}",
    "my ahma {FIRST} {SURNAME} lives alone at {STREETLINE}, she is {AGEN}",
    "xie xie, my father {NAME} will come with me, his phone {PHONE}",
    # Names alone, sign-offs, mid-sentence with no cue word
    "{NAME}",
    "{FIRST} {SURNAME}\n{DOB}\n{PHONE}",
    "thank you!! - {FIRST}",
    "ok gracias\n{NAME}",
    "see u {WEEKDAY}. {FIRST}",
    "call {FIRST} {PHONE} she knows everything about mom's meds",
    "{SURNAME} family here, we need the forms",
    "ask {FIRST} she was there when it happened",
    "{FIRST} and {FIRST} both have the flu now 🤒",
    "{LASTFIRST} {DOB}",
    "{NICK} fell off the trampoline again lol he is ok but his wrist is swollen",
    "pls tell {FIRST} i love her and ill be there after work",
    "{FIRST} {SURNAME} {MRN} {PHONE}",
    "me and {FIRST} are coming at 3",
    "love you {FIRST} ❤️ ok sorry wrong chat",
    "{INITS} - the one with the knee replacement - can i shower yet",
    "sent from {NAME}'s iphone",
    "regards,\n{NAME}\n{PHONE}",
    "{FIRST} here. {FIRST} {SURNAME} is my dad.",
    "God bless, {NAME} and family",
    "att: {NAME}, {STREETLINE}, {CITY}, {STATE} {ZIP}",
    # Several identifiers in one message
    "patient {NAME} dob {DOB} ssn {SSN} address {STREETLINE} {CITY} {STATE} {ZIP} phone {PHONE}",
    "im {NAME}, medicare {MBI}, medicaid {MEDICAID}, dob {USDATE}",
    "here is my info: {NAME}, {STREET}, {CITY}, {ZIP}, cell {PHONE}, email {EMAIL}",
    "for the disability form: name {LASTFIRST}, ssn {SSN}, dl {DL}, phone {PHONE}",
    "my son {NAME} dob {DOB} mrn {MRN} needs his shot records for school",
    "insurance card says member {PLAN}, subscriber {NAME}",
    "hospital bill account {ACCOUNT} for {NAME}, i already paid on {DATE}",
    "claim number {CLAIM} for my work injury on {DATE}, adjuster is {NAME}",
    "can you fax the form to {FAX} attn {NAME}",
    "rx number {RXNUM} for {NAME} at the pharmacy on {STREET}",
    "my car is a {VIN} vin if the handicap placard form needs it",
    "the pump serial is {DEVICE} and the phone app is on {IMEI}",
    "my cgm transmitter is {DEVICE}, the rep {FIRST} {SURNAME} said call you",
    "here's my linkedin {URL} for the volunteer application",
    "my blog about my transplant {URL}",
    "my daughter made this for my surgery {URL}",
    "wifi at the hospital blocked me, ip {IP}",
    "i work at the plant, my employee id is {OTHER}",
    "my green card number is {ANUM}, name {NAME}",
    # More relatives, in passing
    "my sister in law {FIRST} said you need the paper from immigration",
    "me and my esposo {FIRST} live with his parents on {ROAD}",
    "my stepdad {NAME} is the one on the insurance, his dob {DOB}",
    "my ex {FIRST} {SURNAME} is NOT allowed to get info about my kids",
    "grandson {FIRST} helps me with the phone, he is 12",
    "neighbor {FIRST} found her on the floor, called 911",
    "my roommate {NAME} has my spare key, she can let the nurse in",
    "call my daughter in law {FIRST}, {PHONE}, not my son",
    "my godmother {NAME} raised me, can she be my emergency contact, her number {PHONE}",
    "my padrino {FIRST} took me to the er in {CITY} on {MD}",
    "primo {FIRST} {SURNAME} works at the clinic too, he said ask for {FIRST}",
    # Word names in passing
    "my granddaughter {WFIRST} is 16 and wants birth control, can she come alone",
    "{WFIRST} {WLAST} here, need my refill of the eliquis",
    "mr {WLAST} from the church will bring me",
    "my husband {FIRST} {WLAST} passed last year, please update the account",
    "the social worker ms {WLAST} said the ride is set",
    "{WNAME} called about the bill",
    "tell {WFIRST} the test was negative 🙌",
    # Misc everyday
    "hey its {FIRST} my bp was 168/101 this morning, should i double the pill",
    "i am {NAME}, i got the covid shot at the {CITY} library, can u add it to my chart",
    "the urgent care in {CITY} said to follow up, im {FIRST} {SURNAME}",
    "my new address: {STREETLINE}\n{CITY}, {STATE} {ZIP}",
    "pharmacy moved to {STREETLINE} in {CITY}, can u send it there",
    "i need a note for work, boss is {NAME}, fax {FAX}",
    "my lawyer {NAME} needs all records from {MONYEAR} to now",
    "the collection agency keeps calling about {ACCOUNT}, its a mistake",
    "my old mrn was {MRN} before the merge, new one is {MRN}",
    "born {DOB} in {CITY}, need birth record for passport",
    "he is {AGEN} and sharp as a tack, just hard of hearing, name is {NAME}",
    "dr {SURNAME} np {FIRST} both said different things 🤷‍♀️",
    "{FIRST} from billing said to text {PHONE}",
    "lost my wallet w my dl {DL} and insurance card, what do i do",
    "i sold my truck, remove plate {PLATE} from the parking permit",
    "the mobile clinic was at the church on {STREET} {WEEKDAY}, i missed it",
    "we moved out to {RURAL} so the closer clinic is in {CITY} right?",
    "cómo está {FIRST}? dile a tu mamá {FIRST} que la cita es el {MD}",
    "our address for the home nurse: {COLONIA}, {CITY} {STATE} {ZIP} (the blue house with the chickens)",
    "{FIRST} {SURNAME} aka {NICK} lol, thats me, i need my shot record",
    "my wife {FIRST} and my mother in law {NAME} both got covid, we live at {STREETLINE}",
    "hi dr {SURNAME}!! {FIRST} here, the baby is smiling now 😊",
    "my father {NAME} worked at the plant 30 yrs, his retiree id {OTHER}",
    "this is {FIRST}, nurse {FIRST} told me to send pics to {EMAIL}",
    "we are staying at {STREETLINE} {UNIT} with my cousin {FIRST} till the house is fixed",
    "im {AGEN} years young 😂 and i still drive myself, name {NAME}",
    "pls call my son {FIRST} up north or my daughter {FIRST}, {PHONE}",
    "ty ms {SURNAME}, {FIRST} is home from the nicu!!",
    "{NAME} dob {DOB} tribal {TRIBAL} need my glasses voucher",
]

LOGS = [
    # HL7 v2
    "MSH|^~\\&|EPIC|BBMC|CLOVERLEAF|TXOK|{HLTS}||ADT^A04|{REQID}|P|2.5.1\rPID|1||{MRN}^^^BBMC^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^BBMC^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}||{HLDATE}|M|||{STREETLINE}^{UNIT}^{CITY}^{STATE}^{ZIP}^USA||{PHONE}^PRN^PH~{EMAIL}^NET^Internet",
    "PID|1||{MRN}^^^CHILDRENS^MR||{LNUP}^{FNUP}^^^^^L~{LNUP}^{NICK}^^^^^N||{HLDATE}|F||2106-3|{RURAL}^^{CITY}^{STATE}^{ZIPNINE}",
    "PID|1||{MRN}^^^IHS^MR~{TRIBAL}^^^TRIBE^TN||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|M||1002-5^American Indian|{POBOX}^^{CITYUP}^{STATE}^{ZIP}",
    "PID|1||{MRN}^^^VCLINIC^MR||{LNUP}^{FNUP}||{HLDATE}|F|||{STREETLINE}^^{CITY}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|||||||||vie",
    "NK1|1|{LNUP}^{FNUP}|MTH^Mother|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "NK1|2|{SURNAME}^{FIRST}^^^^|BRO^Brother|||{ABROAD}||EC",
    "NK1|1|{LNUP}^{FNUP}^{MIDUP}|SPO^Spouse||{E164}|{PHONE}|C^Emergency Contact",
    "PV1|1|I|7N^712^A^BBMC||||{NPI}^{LNUP}^{FNUP}^^^DR|{NPI}^{LNUP}^{FNUP}|||MED||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "PV1|1|O|DIALYSIS^CH14^01||||{NPI}^{LNUP}^{FNUP}^^^MD|||NEP||||||||{ACCOUNT}",
    "PV1|1|E|PEDS-ED^BAY3||||{NPI}^{LNUP}^{FNUP}^^^^MD||||||||||{ACCOUNT}|||||||||||||||||||||||||{HLTS}",
    "IN1|1|TXMCD|TMHP|TEXAS MEDICAID|||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETLINE}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    "IN1|1|BCBSTX|BC|BLUE CROSS BLUE SHIELD OF TEXAS|||||GRP88||||||{LNUP}^{FNUP}^{MIDUP}|01|{HLDATE}|||||||||||||||||||{PLAN}",
    "IN1|2|MCR|CMS|MEDICARE PART B||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}||||||||||||||||||||{MBI}",
    "GT1|1|{ACCOUNT}|{LNUP}^{FNUP}^{MIDUP}||{STREETLINE}^^{CITY}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|F|P/F|SEL|{SSN}",
    "OBX|1|TX|COMMENT||Interpreter {LNUP}^{FNUP} (Dari) present by video on {HLDATE}||||||F",
    "OBX|4|ST|18748-4^Diagnostic imaging study^LN||Read by {LNUP}^{FNUP} MD {HLTS}||||||F",
    "OBX|2|NM|8867-4^Heart rate^LN||112|/min|60-100|H|||F|||{HLTS}||{NPI}^{LNUP}^{FNUP}",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||{HLTS}",
    "ORC|RE|{RXNUM}|||CM||||{HLTS}|||{DEA}^{LNUP}^{FNUP}",
    "MRG|{MRN}^^^BBMC^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "SCH|{OTHER}||||||FOLLOWUP|||30|min|^^30^{HLTS}|||||{LNUP}^{FNUP}||||{LNUP}^{FNUP}",
    "TXA|1|DS|TX|{HLTS}|{NPI}^{LNUP}^{FNUP}||||||{OTHER}||||||AU|||||{LNUP}^{FNUP}",
    "AL1|1|DA|70618^PENICILLIN|SV|ANAPHYLAXIS||{HLDATE}",
    "portal: social link {URL} added to profile of {MRN} by {USER}",
    "parking: plate {PLATE} vin {VIN} registered to visitor {NAME} for dialysis pickups",
    "ADT A08 rejected: PID-5 '{LNUP}^{FNUP}' does not match EMPI record {MRN} (dob {HLDATE})",
    "hl7-listener[{PIDN}]: ACK AE for MSH-10={REQID} err='PID-11 zip {ZIP} not valid for {CITYUP}'",
    "interface engine: MRG processed prior={MRN} survivor={MRN} name={LNUP}^{FNUP}",
    "ORU^R01 from REFLAB routed to inbox of {NPI}^{LNUP}^{FNUP}; patient {LNUP}^{FNUP} {HLDATE}",
    # FHIR
    '{{"resourceType":"Patient","id":"{PTUUID}","name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","identifier":[{{"system":"urn:oid:2.16.840.1.113883.4.1","value":"{SSN}"}}],"telecom":[{{"system":"phone","value":"{PHONE}"}}]}}',
    '{{"resourceType":"Patient","address":[{{"line":["{STREETLINE}","{UNIT}"],"city":"{CITY}","state":"{STATE}","postalCode":"{ZIP}"}}],"communication":[{{"language":{{"text":"Vietnamese"}}}}]}}',
    '{{"resourceType":"RelatedPerson","patient":{{"reference":"Patient/{PTUUID}"}},"name":[{{"family":"{SURNAME}","given":["{FIRST}","{MIDUP}"]}}],"telecom":[{{"value":"{ABROAD}"}}]}}',
    '{{"resourceType":"Practitioner","identifier":[{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{NPI}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"],"prefix":["Dr."]}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    '{{"resourceType":"Encounter","subject":{{"reference":"Patient/{MRN}","display":"{LASTFIRST}"}},"period":{{"start":"{TS}"}},"location":[{{"location":{{"display":"Border Clinic 2"}}}}]}}',
    '{{"resourceType":"Observation","subject":{{"display":"{NAME}"}},"device":{{"display":"home dialysis cycler {DEVICE}"}},"effectiveDateTime":"{TS}"}}',
    '{{"resourceType":"MedicationRequest","subject":{{"display":"{NAME}"}},"requester":{{"display":"{DOC}"}},"authoredOn":"{ISODATE}"}}',
    '{{"resourceType":"Patient","extension":[{{"url":"tribal-affiliation","valueString":"{TRIBAL}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}]}}',
    "GET /fhir/R4/Patient?family={LNLOW}&given={FNLOW}&birthdate={ISODATE} {STATUS} {MS}ms",
    "fhir-proxy WARN search returned 4 matches for name={NAMEQ}&address-postalcode={ZIP}",
    "FHIR $match score=0.62 candidate Patient/{PTUUID} ({NAME}, {ISODATE}) below threshold",
    # key=value and JSON app events
    "level=info ts={TS} svc=portal event=login_ok user={USER} ip={IP} mrn={MRN}",
    "level=warn ts={TS} svc=portal event=login_fail user={USER} ip={IP} reason=bad_password attempts=5",
    'level=error ts={TS} svc=scheduler msg="no chair available" patient="{NAME}" unit=dialysis-4 req={REQID}',
    'ts={TS} app=ivr call_from={PHONE} menu=2 lang=spa caller_id_name="{NAMEUP}" dur={MS}',
    "ts={TS} app=ivr event=callback_requested phone={E164} lang=vie queue={QUEUE}",
    "ts={TS} app=sms dir=out to={E164} template=appt_reminder pt_first={FIRST} appt={ISODATE}",
    'ts={TS} app=sms dir=in from={E164} body="soy {FIRST} no puedo ir {MD}"',
    '{{"ts":"{TS}","level":"INFO","event":"address_change","mrn":"{MRN}","old":"{STREET}","new":"{COLONIA}","by":"{USER}"}}',
    '{{"ts":"{TS}","event":"portal_signup","email":"{EMAIL}","dob":"{ISODATE}","first":"{FIRST}","last":"{SURNAME}"}}',
    '{{"ts":"{TS}","event":"proxy_access_granted","patient":"{NAME}","proxy":"{NAME}","relationship":"daughter"}}',
    '{{"level":"warn","msg":"duplicate patient suspected","a":{{"mrn":"{MRN}","dob":"{ISODATE}"}},"b":{{"mrn":"{MRN}","dob":"{ISODATE}"}}}}',
    '{{"event":"telehealth_join","room":"peds-{REQID}","participant":"{NAME}","ip":"{IP}","ua":"Mozilla/5.0 (iPhone)"}}',
    "svc=nurseline ts={TS} caller={PHONE} protocol=chest-pain disposition=ED nurse={USER} pt={LASTFIRST}",
    "svc=transport ts={TS} ride_id={REQID} pickup='{STREETLINE}, {CITY}' rider='{NAME}' status=no_show",
    "svc=evac ts={TS} event=shelter_checkin name='{NAME}' dob={ISODATE} shelter=Convention Center B cot=212",
    "svc=dialysis ts={TS} event=missed_tx pt={MRN} reason=freeze_roads contact={PHONE}",
    "svc=occhealth ts={TS} event=exposure type=H2S worker='{NAME}' employer_id={OTHER} site='{LEASE}'",
    "svc=occhealth ts={TS} event=fit_test result=pass worker={LNLOW} respirator=3M-7502 twic={LICENSE}",
    "svc=interp ts={TS} lang=prs minutes=42 interpreter={USER} patient_mrn={MRN}",
    "svc=interp ts={TS} lang=cnh event=no_interpreter_available patient='{NAME}' callback={PHONE}",
    "svc=chw ts={TS} visit=home address='{RURAL}' worker='{NAME}' tribe_id={TRIBAL}",
    # nginx / apache
    '{IP} - - [{CLFDATE}] "GET /portal/appointments?patient={NAMEQ}&dob={ISODATE} HTTP/1.1" {STATUS} {BYTES} "-" "Mozilla/5.0"',
    '{IP} - {USER} [{CLFDATE}] "POST /api/v2/messages HTTP/2.0" {STATUS} {BYTES} {MS}ms',
    '{IP} - - [{CLFDATE}] "GET /reset?email={EMAIL} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /search?q={FNLOW}+{LNLOW}&mrn={MRN} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /docs/{LNLOW}_{FNLOW}_consent.pdf HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /api/eligibility?member={PLAN}&dob={HLDATE} HTTP/1.1" {STATUS} {BYTES} "-" "okhttp/4.9.3"',
    '{IP} - - [{CLFDATE}] "GET /telehealth/join?name={NAMEQ}&phone={E164} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "GET /kiosk/checkin?last={LNLOW}&zip={ZIP} HTTP/1.1" {STATUS} {BYTES}',
    '{IP} - - [{CLFDATE}] "POST /forms/fema-letter?patient={NAMEQ} HTTP/1.1" {STATUS} {BYTES}',
    'nginx: [error] {PIDN}#0: *12 upstream timed out, client: {IP}, request: "GET /chart/{MRN} HTTP/1.1"',
    "apache: [client {IP}] File does not exist: /var/www/uploads/{LNLOW}-{FNLOW}-id.jpg",
    # Stack traces
    'Traceback (most recent call last):\n  File "portal/views.py", line 88, in update_address\n    validate_zip(zip_code="{ZIP}", city="{CITY}")\nValueError: zip {ZIP} does not match city {CITY} for patient {MRN}',
    'Traceback (most recent call last):\n  File "sms/send.py", line 41, in send\n    client.send(to="{E164}", body=msg)\ntwilio.TwilioRestException: unsubscribed recipient {E164} ({NAME})',
    "KeyError: 'preferred_language' for patient {NAME} (mrn={MRN}) in interp_router.py line 212",
    "java.lang.IllegalStateException: Patient[name={NAME}, dob={ISODATE}, mrn={MRN}] already enrolled\n\tat org.bbmc.enroll.Service.add(Service.java:77)",
    "org.hibernate.exception.ConstraintViolationException: duplicate key value (ssn)=({SSN}) for {LASTFIRST}",
    "com.fasterxml.jackson.databind.JsonMappingException: Unexpected character in field 'phone' value '{PHONE}' for {NAME}",
    "java.lang.NullPointerException: guarantor is null for account {ACCOUNT} (patient {LNUP},{FNUP})",
    "UnhandledPromiseRejectionWarning: Error: no match for email {EMAIL} at /srv/portal/auth.js:118",
    "TypeError: Cannot read properties of undefined (reading 'zip') at formatAddress ({STREETLINE}) app.js:231",
    "Error: ENOENT: no such file or directory, open '/data/scans/{LNLOW}_{FNLOW}_{HLDATE}.tif'",
    "System.InvalidOperationException: Guarantor '{NAME}' has no address; MRN {MRN}\n   at Billing.Statements.Build()",
    "System.FormatException: '{DOB}' is not a valid DOB for patient {LASTFIRST} at Registration.Parse()",
    "Microsoft.Data.SqlClient.SqlException: Violation of UNIQUE KEY constraint 'UQ_member'. Duplicate key ({PLAN}) for {NAME}",
    # SQL
    'ERROR:  duplicate key value violates unique constraint "patient_mrn_key" DETAIL:  Key (mrn)=({MRN}) already exists.',
    "ERROR:  value too long for type character varying(40) STATEMENT: UPDATE patient SET address='{STREETLINE}, {CITY}' WHERE mrn='{MRN}'",
    "ERROR 1062 (23000): Duplicate entry '{EMAIL}' for key 'users.email'",
    "slow query ({MS} ms): SELECT * FROM patients WHERE last_name='{LNUP}' AND dob='{ISODATE}'",
    "ORA-00001: unique constraint (EHR.PAT_SSN_UK) violated for {SSN}",
    "deadlock detected while updating guarantor {ACCOUNT} (name={NAME})",
    # Auth, SSO, LDAP, audit
    "sshd[{PIDN}]: Failed password for {USER} from {IP} port 52211 ssh2",
    "sso: SAML assertion accepted subject={STAFFEMAIL} idp=bluebonnet-adfs session={REQID}",
    "oidc: token refresh failed for {USER} ({STAFFEMAIL}) from {IP}",
    "ldap: bind failed dn=uid={USER},ou=staff,dc=bluebonnet,dc=org err=49",
    'ldap: user {USER} cn="{LASTFIRST}" mail={STAFFEMAIL} disabled',
    'AUDIT {TS} user={USER} action=VIEW chart={MRN} patient="{NAME}" reason=treatment',
    'AUDIT {TS} user={USER} action=BREAK_GLASS chart={MRN} reason="ED trauma" ip={IP}',
    "AUDIT {TS} user={USER} action=PRINT doc=AVS patient={LASTFIRST} printer=peds-2",
    "AUDIT {TS} user={USER} action=EXPORT rows=312 file=dialysis_roster_{HLDATE}.csv",
    'AUDIT {TS} vip_flag_access user={USER} patient="{NAME}" dept=oncology',
    "mfa: push approved for {USER} device={IMEI} ip={IP}",
    "vpn: session start user={USER} assigned_ip={IP} client_mac={MAC}",
    # Fax and IVR
    'fax-in: from={FAX} pages=6 to=HIM subject="records request {NAME} dob {USDATE}" id={OTHER}',
    "fax-out: to={FAX} status=busy retries=3 doc=referral_{LNLOW}.pdf",
    'fax-out: to={FAX} status=sent pages=2 cover="ATTN {NAME}" job={OTHER}',
    "ivr: caller {PHONE} entered dob {HLDATE} and mrn {MRN}, match=false",
    'ivr: voicemail from {PHONE} transcribed: "this is {FIRST} {SURNAME} calling about my mom {FIRST}"',
    'ivr: lang=spa caller={PHONE} said_name="{NAME}" intent=refill',
    "ivr: callback queue={QUEUE} number={E164} name_on_file={NAMEUP} wait={MS}s",
    # Pharmacy, NCPDP, PDMP
    "NCPDP B1 request: BIN 610014 PCN TXMCD cardholder {PLAN} patient {LNUP},{FNUP} dob {HLDATE} rx {RXNUM}",
    "NCPDP reject 75 (prior auth) for {RXNUM} patient {NAME} member {MEDICAID}",
    "NCPDP response: paid claim {CLAIM} patient {LNUP}^{FNUP} prescriber {NPI}",
    "pharmacy: refill {RXNUM} ready for {NAME} at pickup window 3, phone {PHONE}",
    "pharmacy: delivery to {STREETLINE}, {CITY} {ZIP} failed, recipient {NAME} not home",
    "PMP AWARxE query by {USER} for {LASTFIRST} dob {ISODATE} results=2 req={OTHER}",
    "PDMP alert: {NAME} {DOB} filled 4 prescribers in 90 days, ref {OTHER}",
    "erx: NewRx from {DEA} ({LASTFIRST}) to the retail pharmacy on file for {NAME}",
    "erx: CancelRx {RXNUM} denied, patient {FIRST} {SURNAME} already picked up",
    # X12
    "ST*837*0001*005010X222A1~BHT*0019*00*{REQID}~NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~",
    "NM1*QC*1*{LNUP}*{FNUP}*{MIDUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIPNINE}~DMG*D8*{HLDATE}*F~",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~REF*SY*{SSN}~",
    "NM1*82*1*{LNUP}*{FNUP}****XX*{NPI}~PRV*PE*PXC*207Q00000X~",
    "CLM*{ACCOUNT}*1450***11:B:1*Y*A*Y*Y~DTP*472*D8*{HLDATE}~",
    "270 inquiry: NM1*IL*1*{LNUP}*{FNUP}****MI*{MBI}~DMG*D8*{HLDATE}~",
    "271 response: EB*1*IND*30*MC~NM1*IL*1*{LNUP}*{FNUP}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~",
    "835: CLP*{ACCOUNT}*1*1450*980*120*MC*{CLAIM}*11~NM1*QC*1*{LNUP}*{FNUP}~",
    "NM1*GB*1*{LNUP}*{FNUP}****34*{SSN}~N3*{RURAL}~N4*{CITYUP}*{STATE}*{ZIP}~",
    # DICOM
    "(0010,0010) PN [{LNUP}^{FNUP}^{MIDUP}]\n(0010,0020) LO [{MRN}]\n(0010,0030) DA [{HLDATE}]",
    "(0008,0090) PN [{LNUP}^{FNUP}]\n(0008,0050) SH [{ACCESSION}]\n(0020,000D) UI [{STUDYUID}]",
    "dicom-router: C-STORE from MAMMO-VAN-2 PatientName={LNUP}^{FNUP} PatientID={MRN} AccessionNumber={ACCESSION}",
    "dcm4chee WARN patient id conflict {MRN} name {LNUP}^{FNUP} vs {LNUP}^{FNUP}",
    "PACS: study {STUDYUID} for {NAMEUP} (dob {HLDATE}) moved to archive",
    "(0010,1040) LO [{STREETUP} {CITYUP} {STATE}]\n(0010,2154) SH [{PHONE}]",
    # Device telemetry
    "cgm: transmitter={DEVICE} user={USER} glucose=54 trend=down alert=urgent_low phone={E164}",
    "pump: serial={DEVICE} patient={MRN} event=occlusion basal=0.8",
    "cycler: sn={DEVICE} site=home pt='{NAME}' alarm=drain_low ts={TS}",
    "bpcuff: mac={MAC} reading=182/104 patient={MRN} phone_imei={IMEI}",
    "o2 concentrator {DEVICE} offline since {TS}, address on file {STREETLINE}, {CITY}",
    "pacemaker remote: device={DEVICE} patient={LASTFIRST} transmission=scheduled battery=7.2y",
    "udi scan {UDI} implanted in {MRN} by {USER}",
    "fleet: vehicle={VIN} plate={PLATE} driver={USER} trip=dialysis pickup={STREETLINE}",
    "mobile-unit: gps ping unit=MU-3 parked at {COLONIA} driver={USER}",
    # CSV rows and file names
    "mrn,last,first,dob,phone\n{MRN},{LNUP},{FNUP},{USDATE},{PHONE}",
    "{MRN},{SURNAME},{FIRST},{ISODATE},{STREETLINE},{CITY},{STATE},{ZIP}",
    '"{LASTFIRST}",{DOB},{MEDICAID},{PHONE},dialysis MWF',
    "export written: /exports/occhealth/{LNLOW}_{FNLOW}_audiogram_{HLDATE}.pdf",
    "upload ok: {LNLOW}.{FNLOW}.insurance_front.jpg ({BYTES} bytes) by {USER}",
    "scanned: /him/inbound/{HLDATE}_{LNLOW}_{FNLOW}_records.tif pages=14",
    "s3 put s3://peds-photos/{MRN}/{LNLOW}_{FNLOW}_wound.jpg",
    "report sent: flu_roster_{LNLOW}.xlsx to {STAFFEMAIL}",
    "backup: copied {LNUP}_{FNUP}_{HLDATE}.pdf to /mnt/nas/archive",
    # Registration, scheduling, billing systems
    "reg: new patient {NAME} dob {DOB} ssn {SSN} phone {PHONE} created by {USER}",
    "reg: address verified {STREETLINE}, {CITY} {STATE} {ZIPNINE} (usps match)",
    'reg: guarantor {NAME} relationship=father employer="refinery contractor" phone {PHONE}',
    "reg: emergency contact {NAME} {ABROAD} (abroad) added to {MRN}",
    "reg: id scanned dl={DL} name={NAMEUP} dob={USDATE}",
    "reg: immigration doc {ANUM} on file for {LASTFIRST}",
    "sched: appt {REQID} booked {ISODATE} {CLOCK} for {NAME} with {DOC} (interpreter: tl)",
    "sched: waitlist add {LASTFIRST} phone {PHONE} reason=peds cardiology",
    "billing: statement printed for {ACCOUNT} to {STREETLINE} {CITY} {STATE} {ZIP}",
    "billing: payment plan {ACCOUNT} guarantor {NAME} $50/mo",
    "billing: returned mail for {NAME} at {POBOX}, {CITY}",
    "billing: charity care approved for {ACCOUNT} ({NAME}) income 180% FPL",
    "collections: account {ACCOUNT} placed, debtor {NAMEUP}, ssn last4 on file",
    'workers comp: claim {CLAIM} employer "drilling contractor" injured {NAME} doi {USDATE}',
    "mpi: link {MRN} <-> {MRN} by {USER} score=0.91 name={NAMEUP} dob={HLDATE}",
    "mpi: overlay suspected {MRN} names '{NAME}' vs '{NAME}'",
    "hie: query for {LNUP},{FNUP} dob {HLDATE} zip {ZIP} returned 3 docs",
    "hie: consent on file for {NAME}, sharing=yes",
    "cancer-registry: case {OTHER} abstracted for {LASTFIRST} dob {ISODATE} site C50.9",
    "tumor-board: added {NAME} ({MRN}) to {WEEKDAY} list by {USER}",
    "lab: critical K 6.8 for {NAME} called to {DOC} at {CLOCK} by {USER}",
    "lab: specimen {ACCESSION} label mismatch: tube says {LNUP},{FNUP}",
    "radiology: mammo van booked at {COLONIA} for {NAME} {ISODATE}",
    "tele-peds: session {REQID} child={NAME} guardian={NAME} ip={IP}",
    "nurse-line: call {REQID} from {PHONE} re: {NAME}, {AGEN} y/o, fall, advised ED",
    "home-health: visit scheduled {ISODATE} at {RURAL}, pt {NAME}, nurse {USER}",
    "hospice: DME delivery {STREETLINE} {UNIT} for {NAME}, contact {PHONE}",
    "case-mgmt: referral {OTHER} for {NAME} to resettlement agency caseworker {NAME}",
    "portal: proxy request from {EMAIL} for minor {NAME} dob {ISODATE}",
    'portal: message from {USER}: "my dad {FIRST} is {AGEN}, needs a home visit"',
    "sms-gateway: STOP from {E164} ({NAME})",
    "email-bounce: {EMAIL} 550 mailbox unavailable (patient {MRN})",
    "print: wristband {NAMEUP} {MRN} {USDATE} printed at ED-TRIAGE-1",
    "kiosk: checkin {LNUP},{FNUP} dob {HLDATE} zip {ZIP} matched {MRN}",
    "parking: validated plate {PLATE} for visitor of {MRN}",
    "security: visitor badge issued to {NAME} (dl {DL}) for room 7N-712",
    "chaplain: visit request for {NAME}, family prefers Catholic priest, call {PHONE}",
    "evac-tracker: {NAME} transferred from coastal unit to {CITY} facility {TS}",
    "freeze-ops: welfare check list: {NAME} {STREETLINE} {PHONE} on home O2",
    "refinery-clinic: drug screen chain {OTHER} donor {NAME} employer id {OTHER}",
    "occ-health: audiogram {NAME} baseline shift 15 dB, employer notified {STAFFEMAIL}",
    "tribal-clinic: PRC referral {OTHER} for {LASTFIRST} citizen {TRIBAL}",
    "tribal-clinic: eligibility verified {NAME} cdib {TRIBAL} tribe=Chickasaw",
    "dialysis: transport {NAME} from {STREETLINE} to unit 4, driver {USER}",
    "immunization: VFC dose given to {NAME} dob {ISODATE} lot recorded by {USER}",
    "ImmTrac2 submission accepted for {LNUP},{FNUP} dob {HLDATE}",
    "vital-records: birth {LNUP},{FNUP} born {HLTS} mother {LNUP},{FNUP}",
    "lost+found: wallet with dl {DL} for {NAME} at security desk",
    "fmla: form faxed to employer {FAX} for {NAME}",
    "records-release: {NAME} authorized release to attorney {NAME}, fax {FAX}",
    "interpreter-vendor: invoice line lang=ctd pt={MRN} interpreter={NAME} mins=55",
    "telehealth: device {IMEI} joined as {NAME} from {IP}",
    "crash: ios app user={USER} device={DEVICE} os=17.4",
    "GET /api/patients/{MRN}/contacts?name={NAMEQ} {STATUS} {MS}ms",
    'POST /api/referrals body={{"patient":"{NAME}","dob":"{ISODATE}","to":"{DOC}"}} {STATUS}',
    "webhook: gofundme link {URL} attached to social work note {OTHER}",
    "crm: contact {NAME} <{EMAIL}> tagged donor",
    "mdm: device {IMEI} enrolled to {USER} mac {MAC}",
    "wifi: guest {MAC} ({NAME}'s phone) assigned {IP}",
    "ehr-sync: photo for {MRN} uploaded from {URL}",
    "remit: EFT trace {CLAIM} applied to {ACCOUNT} patient {LNUP}",
    'svc=portal event=pw_reset email={EMAIL} ip={IP} ua="Android 14"',
    "svc=kiosk event=id_scan dl={DL} name={NAMEUP} result=match",
    "PID|1||{MRN}^^^BBMC^MR||{LNUP}^{FNUP}^{MIDUP}^JR||{HLDATE}|M",
    "NK1|3|{LNUP}^{FNUP}|GRD^Guardian|{COLONIA}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "IN1|1|OKHCA|SOONER|SOONERCARE||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{RURAL}^^{CITY}^{STATE}^{ZIP}|||||||||||||||||{MEDICAID}",
    '{{"event":"chw_visit","elder":"{NAME}","age":"{AGEN}","road":"{ROAD}"}}',
    "2024 annual report row: {LNUP},{FNUP},{ISODATE},{CITY},{ZIP}",
    "ERROR guardian_consent_missing child={NAME} guardian={NAME} phone={PHONE}",
]

NOTES = [
    # HPI
    "HPI: {NAME} is a {AGEN} y/o Spanish-speaking woman from {COLONIA} brought by her grandson {FIRST} for 3 days of dysuria and confusion.",
    "HPI: Pt {LASTFIRST}, DOB {DOB}, presents with crush injury to L hand sustained at {LEASE} on {DATE}. Co-worker {FIRST} drove him in.",
    "HPI: {NAME} is a 34 y/o refinery contractor with chemical splash to the face at approx {CLOCK} on {MD}. Eyes irrigated on site by plant EMT {NAME}.",
    "HPI: 6 y/o {FIRST} {SURNAME} with wheeze and cough since the freeze; family without power at {STREETLINE} for 4 days, using gas oven for heat.",
    "HPI: Mr. {SURNAME} ({AGE} y/o) evacuated from the coast before landfall, staying with daughter {FIRST} in {CITY}; ran out of torsemide {MD}.",
    "HPI: {NAME}, Karen-speaking, arrived {MONYEAR}; history via interpreter {NAME}. 2 wks of night sweats and weight loss.",
    "HPI: Ms. {SURNAME} is a Dari-speaking 41 y/o who arrived {DATE} on humanitarian parole; A# {ANUM}. Reports headaches since arrival.",
    "HPI: {FIRST} is a 15 y/o brought by her mother {NAME} for abdominal pain; pt requested to speak alone, mother stepped out.",
    "HPI: Rancher, 67, thrown from horse at {RURAL} on {DATE}. Wife {FIRST} found him at the cattle guard.",
    "HPI: {NAME} presents with fever 39.1 after cycle 2 of FOLFOX given {MD}. Caregiver {NAME} at bedside.",
    "HPI: Vietnamese-speaking {AGEN} y/o woman, history from son {FIRST} {SURNAME} by phone {PHONE}; fell at home {MD}.",
    "HPI: Pt is a Chin refugee, {NAME}, with hx of latent TB treated in Malaysia; seen with Hakha Chin interpreter.",
    "HPI: {FIRST} ({AGE} y/o) lives alone on {ROAD}; CHR {NAME} noted swelling of both legs at home visit on {MD}.",
    "HPI: Truck driver {NAME}, CDL {DL}, here for DOT exam; BP 172/98, no prior diagnosis.",
    "HPI: {NAME} shared a video of the seizure posted at {URL}; reviewed with family.",
    "HPI: Restrained driver of pickup, plate {PLATE}, rollover on {ROAD} near {CITY}; EMS from the county.",
    "HPI: Nail salon technician, {NAME}, with hand dermatitis x 6 wks; works at shop on {STREET}.",
    "HPI: {LASTFIRST} is a 52 y/o Nigerian-born man with sickle trait visiting from Nigeria, staying with brother {FIRST} at {STREETLINE}.",
    "HPI: 3 wk old {FIRST} {SURNAME}, born {DOB} at 36 wks, with poor feeding. Mother {FIRST} reports 4 wet diapers/day.",
    # A/P
    "A/P: Complicated UTI in elderly pt. Admit. Daughter {NAME} is HCPOA, phone {PHONE}. -- {DOC}, MD",
    "A/P: Acid burn to cornea, pH normalized after 2 L. Ophthalmology f/u {MD}. Work status: no duty until cleared. {DOC}, DO",
    "A/P: T2DM, A1c 11.4. Start basal insulin. Promotora {NAME} to visit {COLONIA} on {MD} for teaching.",
    "A/P: Asthma exacerbation, likely CO exposure contributing. Carboxy-Hgb 9%. Social work to help family at {STREETLINE} with power.",
    "A/P: Latent TB, start 3HP. Health dept notified; case {OTHER}. F/u with {DOC} in 4 wks.",
    "A/P: Hypertension, new. DOT card 1 yr. {NAME} counseled. Signed {DOC}, NP",
    "A/P: R distal radius fx. Splint. Ortho f/u {MD} with Dr. {SURNAME}. Workers comp claim {CLAIM}.",
    "A/P: Neutropenic fever. Cefepime. Notify oncology fellow {DOC}. Pt's wife {FIRST} updated at {PHONE}.",
    "Assessment and plan reviewed with pt and son {FIRST} via Vietnamese interpreter ID {OTHER}. {DOC}, MD",
    # SOAP
    "S: {FIRST} reports sugars 250-300 since moving to {CITY}. O: BP 148/92, wt 94 kg. A: T2DM uncontrolled. P: metformin XR 1 g BID. {INITS}",
    "S: Pt {NAME} c/o L ear pain x3d. O: TM bulging. A: AOM. P: amoxicillin. Mother {FIRST} agrees.",
    "S: Knee pain after fall from pipe rack. O: effusion. A: sprain. P: RICE, light duty. Employer contact {NAME}, {PHONE}.",
    "S: {FIRST} {SURNAME} here for diabetic foot check at the tribal clinic. O: monofilament intact. A/P: continue. {DOC}, RN",
    "S: Telehealth from {CITY}; {NAME} reports cough. O: video exam limited. A: URI. P: supportive. Pt located in {STATE} at time of visit.",
    "S: Mom reports {FIRST} has been scratching all night. O: burrows in web spaces. A: scabies. P: permethrin for all 6 household members at {STREETLINE}.",
    # SBAR and handoffs
    "SBAR. S: {NAME} in chair 12 with cramping. B: ESRD on HD MWF. A: BP 86/52. R: stop UF, call {DOC}.",
    "SBAR to on-call: S: {LASTFIRST} rm 7N-712 new confusion. B: {AGEN} y/o, UTI. A: Na 124. R: please evaluate. -- {FIRST} RN",
    "Handoff to {FIRST} RN: pt {SURNAME} rm 412, NPO after midnight, wife {FIRST} at bedside, call {PHONE} with updates.",
    "Handoff: PICU bed 5 {FIRST} {SURNAME}, 2 y/o, bronchiolitis on HFNC 8 L. Dad {FIRST} staying overnight; mom {FIRST} reachable at {PHONE}.",
    "Night handoff: {NAME} (MRN {MRN}) — interpreter Pashto needed for consent in AM. Brother {FIRST} {SURNAME} phone {PHONE}.",
    "ED handoff: 4 pts from the refinery release; {NAME}, {NAME} and {NAME} decontaminated; supervisor {NAME} on scene.",
    # ED notes
    "ED note: {NAME} BIBA from {LEASE}; H2S monitor alarmed per coworker {FIRST}. GCS 15. CO-oximetry normal.",
    "ED note: 9 y/o {FIRST} {SURNAME} with dog bite to face at neighbor's on {ROAD}; animal control case {OTHER}.",
    "ED triage: {NAME}, DOB {DOB}, arrived by POV from {CITY}. Chief complaint: chest pain. Language: Gujarati, son {FIRST} interpreting.",
    "ED: Pt states name is {NAME} but ID shows {NAME}; registration notified. DL {DL}.",
    "ED course: hypothermia 32.4 C; found in unheated trailer at {RURAL} by neighbor {NAME} during the freeze.",
    "ED: Heat exhaustion in farmworker {NAME}, 29, working in the onion fields near {CITY}; crew leader {FIRST} {SURNAME}.",
    "ED disposition: transfer to children's hospital. Accepting {DOC}. Mother {NAME} to drive; ETA 2 hrs.",
    # Occupational health
    "Occ health: post-incident drug screen, chain of custody {OTHER}. Donor {NAME}, employee ID {OTHER}, DL {DL}.",
    "Occ health: annual benzene surveillance for {NAME}; CBC normal. Copy to employer safety manager {NAME}, {STAFFEMAIL}.",
    "Occ health: fit test N95 passed. Worker {LASTFIRST}, TWIC {LICENSE}. Next due {MONYEAR}.",
    "Occ health: audiogram shows STS at 4 kHz; {NAME} works compressor station {LEASE}.",
    "Work status report: {NAME} may return to full duty {MD}. Employer: drilling contractor. Claim {CLAIM}. {DOC}, MD",
    "First report of injury: {NAME}, DOB {USDATE}, SSN {SSN}, injured {DATE} at {LEASE}, witness {NAME}.",
    # Home health and hospice
    "Home visit {DATE}: drove to {RURAL}, {CITY}. Gravel road, cattle guard, dogs. Pt {NAME} in recliner. Daughter {FIRST} present.",
    "Home health: wound vac changed at {STREETLINE} {UNIT}. Pt's husband {FIRST} taught dressing change. {INITS}, RN",
    "Home health: colonia home at {COLONIA}, no running water; pt {NAME} stores insulin in neighbor {FIRST}'s fridge.",
    "Hospice admission: {NAME}, {AGEN}, dx CHF. DNR signed. Primary caregiver granddaughter {NAME}, {PHONE}.",
    "Hospice: family gathered; pt's sons {FIRST} and {FIRST} flew in. Chaplain {NAME} visited. Time of death {CLOCK}, {DATE}.",
    "Hospice bereavement call to {NAME} ({PHONE}) on {MD}; coping, attending church.",
    "Home O2 check during freeze: concentrator {DEVICE} on backup tanks; pt {NAME} at {STREETLINE}. Utility medical priority form faxed to {FAX}.",
    # Social work and case management
    "SW: Met with {NAME} and case worker {NAME} from resettlement agency. Family of 7 at {STREETLINE} {UNIT}; rent due {MD}.",
    "SW: Pt is undocumented; discussed charity care. Son {FIRST} ({PHONE}) will bring pay stubs. Account {ACCOUNT}.",
    "SW: FEMA assistance letter written for {NAME}, displaced from {STREETLINE}, now at {STREETLINE}, {CITY}.",
    "SW: Pt's mother {NAME} in the DRC ({ABROAD}) wishes to be updated; pt consents.",
    "Case mgmt: DME hospital bed delivered to {RURAL}. Medicaid {MEDICAID}. Vendor contact {NAME}.",
    "Case mgmt: transport arranged for dialysis MWF from {STREETLINE}, {CITY}; rider {NAME}, plate of vendor van noted.",
    "CM: pt {LASTFIRST} discharged to SNF in {CITY}. Report called to {NAME}, RN, {PHONE}.",
    "CM note: evacuee {NAME} from coastal nursing home, {AGEN} y/o, records requested from facility fax {FAX}.",
    # Pharmacy
    "Pharmacy: called {NAME} at {PHONE} re: warfarin interaction with new antibiotic. Pt's daughter {FIRST} manages pillbox.",
    "Pharmacy: PDMP reviewed {DATE} for {NAME}; 1 prescriber. Rx {RXNUM} dispensed. {INITS}, PharmD",
    "Pharmacy: prior auth submitted for insulin pump supplies, member {PLAN}, PA {OTHER}.",
    "Pharmacy: med rec with {NAME} via Tagalog interpreter; brought bag of meds from the Philippines incl. unlabeled tablets.",
    "Pharmacy: mail-order insulin shipped to {STREETLINE}, {CITY} {STATE} {ZIP}; cold pack, signature by {NAME}.",
    # Billing and registration
    "Billing: guarantor {NAME}, {STREETLINE}, {CITY} {STATE} {ZIP}, phone {PHONE}. Self-pay discount applied to {ACCOUNT}.",
    "Billing: Medicare {MBI} secondary Medicaid {MEDICAID}. Dual eligible. Pt {LASTFIRST}.",
    "Billing: claim {CLAIM} denied, subscriber DOB mismatch ({DOB} vs {DOB}). Corrected and resubmitted.",
    "Registration: pt prefers name {NICK}; legal name {NAME}. Pronouns she/her. Phone {PHONE}.",
    "Registration: ID = matricula consular; name {NAME}, DOB {DOB}. Address {COLONIA}.",
    "Registration: tribal citizenship {TRIBAL} verified; IHS chart {MRN}. Name {LASTFIRST}.",
    "Registration: new address {RURAL}, {CITY} {STATE} {ZIP}; mailing {POBOX}.",
    "Registration: emergency contact brother {NAME}, Pakistan, {ABROAD}.",
    "Registration: merged duplicate MRNs {MRN} and {MRN} for {NAME} (same DOB {DOB}).",
    # Interpreter notes
    "Interpreter note: Vietnamese interpreter {NAME} (ID {OTHER}) present in person for entire encounter with {NAME}.",
    "Interpreter: Swahili video interpreter {FIRST} used; patient {NAME} understood and signed consent.",
    "Interpreter unavailable for Chin (Falam); pt's nephew {FIRST} {SURNAME} interpreted at pt's request.",
    "Interpreter note: Lingala via phone, interpreter #{OTHER}; pt {NAME} asked that husband {FIRST} not be told results.",
    "Interpreter: Urdu, {NAME}. Family member {FIRST} declined to interpret.",
    # Tribal clinic
    "Tribal clinic: {NAME}, citizen #{TRIBAL}, seen for diabetes. A1c 8.1. Referred to the diabetes prevention program coordinator {NAME}.",
    "Tribal clinic: PRC authorization {OTHER} for cardiology in {CITY}. Pt {LASTFIRST}.",
    "CHR visit: checked BP of elder {NAME} ({AGEN}) at home on {ROAD}. Grandson {FIRST} helps with meds.",
    "Tribal clinic note: pt {NAME} asked for traditional healer referral; discussed with {DOC}.",
    "Tribal pharmacy: {NAME} picked up refills for mother {NAME}; proxy form on file.",
    # Pediatrics, children's hospital
    "Peds well visit: {FIRST} {SURNAME}, 4 y/o, DOB {DOB}. Vaccines given. Mother {NAME}, father {NAME}.",
    "Peds: NICU graduate {FIRST}, born {DOB}; ROP exam {MD}. Parents {FIRST} and {FIRST}.",
    "Peds onc: {NAME}, 7 y/o ALL, day 29 marrow MRD neg. Mom {FIRST} and abuela at bedside.",
    "Child life: {FIRST}, 8 y/o, distracted with bubbles during IV start. Sibling {FIRST} also present.",
    "School note: {FIRST} {SURNAME} may return to school {MD}. Questions to {DOC} at {PHONE}.",
    "Peds telehealth: child {NAME} seen with guardian {NAME}; located at home in {CITY}, {STATE}.",
    "Peds: suspected NAT; CPS intake {OTHER}; caregiver {NAME} (mother's boyfriend).",
    # Dialysis
    "Dialysis note: {NAME}, chair 9, pre-wt 82.4 kg. Missed {WEEKDAY} treatment due to ice on {ROAD}.",
    "Dialysis: home HD training completed for {NAME} with partner {NAME}; machine {DEVICE}.",
    "Dialysis SW: transport vendor to pick up {NAME} at {STREETLINE}, {CITY}; contact {PHONE}.",
    # Cancer center
    "Oncology: {NAME}, stage III NSCLC, C3D1 carboplatin/pemetrexed {MD}. Lives at lodge; husband {FIRST}.",
    "Onc nursing: port accessed; {NAME} reports mouth sores grade 2. Daughter {NAME} taking notes.",
    "Tumor board {MD}: {NAME} (MRN {MRN}) discussed; presenting {DOC}.",
    "Survivorship visit: {LASTFIRST}, 5 yrs from dx; wants records sent to {EMAIL}.",
    # Telehealth and nurse line
    "Nurse line: caller {NAME} ({PHONE}) for mother {NAME}, {AGEN} y/o, fall, no LOC. Advised ED. {INITS}, RN",
    "Nurse line: {FIRST} {SURNAME} called re: 10 mo with fever 103.1. Advised peds ED. Callback {PHONE}.",
    "Telehealth: pt connected from {IP}; verified identity by DOB {DOB} and address {STREETLINE}.",
    "Telehealth: connection dropped; called back {PHONE}; spoke with {NAME}.",
    "Nurse line protocol: chest pain; caller {NAME} at {RURAL}, 45 min from ED; EMS dispatched.",
    # Letters and phone notes, signatures and cc lines
    "Dear {NAME},\nYour results from {DATE} are normal.\nSincerely,\n{DOC}, MD",
    "To whom it may concern: {NAME} (DOB {DOB}) was seen on {DATE} and may return to work {MD}. -- {DOC}, NP",
    "Letter: {NAME} requires a hospital bed and oxygen at {STREETLINE}, {CITY} {STATE} {ZIP}. cc: {NAME}, case manager",
    "Phone note: spoke with {NAME} at {PHONE}; pt's son {FIRST} will bring her {WEEKDAY} {MD}.",
    "Phone note: left VM for {FIRST} {SURNAME} at {PHONE} re: abnormal Pap.",
    "Phone note: pt's wife {NAME} called from Vietnam ({ABROAD}); HIPAA release on file.",
    "Phone note: {NAME} called from {CITY} shelter; lost meds in evacuation. Refills sent to pharmacy on {STREET}.",
    "cc: {NAME}, MD; {NAME}, PA-C; file",
    "Electronically signed by {DOC}, MD on {TS}",
    "Dictated by {DOC}; transcribed by {INITS} {USDATE}",
    "Signed: {NAME}, LCSW. cc: {NAME} (resettlement caseworker), {STAFFEMAIL}",
    "Co-signed {DOC}, MD. Scribe: {NAME}.",
    "Referral letter to Dr. {SURNAME}: Re: {NAME}, DOB {DOB}, MRN {MRN}. Thank you for seeing this pleasant {AGEN} y/o.",
    "Disability letter for {NAME}, SSN {SSN}, to SSA office in {CITY}.",
    "Letter to school: {FIRST} {SURNAME} has type 1 diabetes; pump serial {DEVICE}; CGM {DEVICE}.",
    # More HPI/plans with various identifiers
    "Pt {NAME} requests records be sent to attorney {NAME} at {EMAIL}; signed release {DATE}.",
    "Pt brought photos on phone; asked that we view {URL}.",
    "Pt uses portal account {USER}; password reset by {INITS} at pt request.",
    "Device check: ICD {DEVICE} interrogated; pt {NAME}.",
    "Implant log: {UDI} placed in {NAME} by {DOC}.",
    "MVC: {NAME} driver of pickup VIN {VIN}, plate {PLATE}, rollover on {ROAD}.",
    "MVC: pt was passenger; driver {NAME} taken to other facility. Trooper {NAME} requested BAC.",
    "Police hold: officer {NAME} badge {OTHER} at bedside for {NAME}.",
    "Pt's green card {ANUM}; name on card {NAME}.",
    "Death certificate info: {NAME}, born {DOB} in {CITY}, died {DATE}. Informant {NAME}.",
    "Immunization record reconciled from Mexico cartilla; {FIRST} {SURNAME} DOB {DOB}.",
    "Refugee health screening: {NAME}, A# {ANUM}, arrival {DATE}, caseworker {NAME}.",
    "Refugee screening labs drawn; {NAME} and children {FIRST}, {FIRST}, {FIRST}.",
    "Asylum medical affidavit requested by attorney {NAME}, fax {FAX}.",
    "Pt lives at man camp {STREETLINE} {UNIT}, {CITY}; works 14 on/7 off.",
    "Pt {NAME} from {CITY} drove 3 hours; lodging voucher given.",
    "Hurricane evac: pt {LASTFIRST} arrived by bus from coastal shelter with med list only.",
    "Freeze: pt {NAME} on home dialysis lost water pressure at {STREETLINE}.",
    "Colonia outreach: {NAME} at {COLONIA} screened; BP 162/94; referred.",
    "Mobile clinic at church on {STREET}: seen {NAME}, {NAME}, {NAME}.",
    "Pt's wife {FIRST} is pregnant, due {MD}; referred to OB.",
    "Family meeting: pt {NAME}, daughters {FIRST} and {FIRST}, son-in-law {NAME}, Dr. {SURNAME}.",
    "Goals of care with {NAME} and HCPOA {NAME}; DNR/DNI.",
    "Pt is {AGE} and lives independently; nephew {NAME} checks daily.",
    "Elder, {AGEN} y/o, walks 1 mile daily; wife {FIRST} ({AGE}) also seen.",
    "Dental: {NAME} extraction #30; escort {FIRST}.",
    "Eye clinic: {NAME} cataract OD; drive home by {FIRST} {SURNAME}.",
    "Physical therapy: {NAME} gait training; home at {RURAL} has 4 steps.",
    "Nutrition: {FIRST} follows Ramadan fast; plan adjusted. Husband {FIRST} present.",
    "Behavioral health: {NAME} reports nightmares since leaving Afghanistan; brother {FIRST} {SURNAME} missing.",
    "Lactation: mother {NAME}, infant {FIRST} born {DOB}; latch improved.",
    "OB: {NAME} G3P2 at 32 wks; lives in {COLONIA}; no car; husband {FIRST} works nights.",
    "OB: EDD {DATE}; {NAME} wants to deliver with midwife {NAME}.",
    "Genetics: {NAME} and partner {NAME} are first cousins; counseling provided.",
    "Transplant: living donor {NAME} (brother) evaluated for recipient {NAME}.",
    "Wound clinic: {NAME}, diabetic foot ulcer; works barefoot at the ranch per wife {FIRST}.",
    "Pre-op: {NAME}, consent signed with Telugu interpreter {NAME}.",
    "Post-op call: {NAME} doing well; spoke with daughter {FIRST} at {PHONE}.",
    "Pt's employer {NAME} called asking for diagnosis; not released.",
    "Chaplain: prayed with {NAME} and family; requested imam; contact {NAME} {PHONE}.",
    "Security: {NAME} trespass warning; not to visit {NAME}.",
    "Lost property: {NAME}'s rosary and wallet (dl {DL}) returned to son {FIRST}.",
    "Word-name check: pt {WNAME}, DOB {DOB}, seen for cough.",
    "Pt {WFIRST} {SURNAME} (prefers {WFIRST}) here with her father.",
    "Mr. {WLAST} presents with back pain after lifting at the feed store.",
    "Ms. {WLAST}'s daughter {FIRST} called for refill.",
    "Referred by Dr. {WLAST}; pt {NAME}.",
    "Elder {WFIRST} {WLAST}, {AGEN}, brought by grandson.",
    # Short notes with names in odd places
    "{NAME} here for f/u.",
    "{LASTFIRST} - no show x2.",
    "Called {FIRST}. No answer.",
    "Seen with {FIRST} (daughter), {FIRST} (son).",
    "{SURNAME}, {FIRST}: BP 128/78, doing well.",
    "Pt {INITS} declined flu shot.",
    "{NICK} (nickname) — legal {NAME}.",
    "Per {FIRST} at the front desk, pt moved to {CITY}.",
    "Spoke to {NAME} re: {NAME}'s bill.",
    "RN {FIRST} {SURNAME} witnessed.",
    "Verbal order from Dr. {SURNAME} read back by {FIRST} RN.",
    "Pt requests female provider; scheduled with Dr. {SURNAME}.",
    "Pt's neighbor {NAME} drove her.",
    "Husband {NAME} at bedside, very supportive.",
    "Mother {NAME}, father {NAME}, siblings {FIRST} and {FIRST}.",
    "Case discussed with {DOC}.",
    "Message left with {FIRST} ({PHONE}).",
    "Attending: {DOC}. Resident: {DOC}. Student: {FIRST} {SURNAME}.",
    "Visit on {WEEKDAY}, {DATE} at {CLOCK}; seen by {DOC}.",
    "Pt DOB {DOB}; age {AGEN}.",
    "Note addendum {TS} by {USER}.",
    "Records sent via fax to {FAX} on {DATE} by {INITS}.",
    "Pt email on file {EMAIL} verified.",
    "Plan ID {PLAN}, acct {ACCOUNT}, MRN {MRN}.",
    "License {LICENSE} verified for prescriber {DOC}.",
    "DEA {DEA}, NPI {NPI}: {DOC}.",
    "Pt's home: {STREETLINE}, {CITY}, {STATE} {ZIPNINE}.",
    "Mailing: {POBOX}, {CITY} {STATE} {ZIP}.",
    "Directions: past the church, left on {ROAD}, 3rd house.",
    "Social hx: lives with wife {FIRST} and 3 kids at {COLONIA}; works in construction.",
    "Social hx: works at refinery; lives in {CITY}; married to {NAME}.",
    "Social hx: retired oilfield pumper; widower of {NAME}; lives on {RURAL}.",
    "Social hx: arrived from the DRC {MONYEAR}; lives with cousin {NAME}.",
    "Social hx: Cherokee Nation citizen; lives in {CITY} near grandchildren {FIRST} and {FIRST}.",
    "Family hx: mother {FIRST} (deceased {MONYEAR}) breast ca; father alive, {AGEN}.",
    "HCPOA: {NAME}, {PHONE}; alternate {NAME}, {ABROAD}.",
    "Advance directive on file, witnessed by {NAME} and {NAME} on {DATE}.",
    "Pt {NAME} signed AMA form at {CLOCK}; witnessed by {FIRST} RN.",
    "Telephone consent from father {NAME} ({ABROAD}) for procedure; 2nd witness {FIRST} RN.",
    "HPI: {NAME}, 58, Muscogee citizen, presents from {CITY} with foot ulcer; wife {FIRST} drove 70 miles.",
    "HPI: {FIRST} {SURNAME}, oilfield roustabout, pinned by tubing on {LEASE}; arrived by helicopter.",
    "Refugee health: {NAME} (Congolese, Swahili) arrived {DATE}; children {FIRST} and {FIRST}; caseworker {NAME} {PHONE}.",
    "Telehealth peds: {FIRST}, 5 y/o, seen from grandmother's home at {STREETLINE}, {CITY}; grandma {NAME} present.",
    "Occ health: caustic splash, {NAME}, employee {OTHER}; plant nurse {NAME} called {CLOCK}.",
    "Dialysis transfer: {NAME} relocated after the hurricane from the coast to {CITY}; records from {FAX}.",
    "Discharge: {NAME} to home at {RURAL}; home health agency to call {PHONE}. Follow-up with Dr. {SURNAME} {MD}.",
    "Hospice: pt {NAME} wishes to die at home on the ranch at {RURAL}; sons {FIRST}, {FIRST}.",
    "Pharmacy note: {NAME}'s daughter {FIRST} ({PHONE}) confirmed Vietnamese labels requested.",
    "Letter: To the consulate, re: {NAME}, passport holder, DOB {DOB}, hospitalized since {DATE}. {DOC}, MD",
    "Phone note: grandmother {NAME} ({AGEN}) called re: grandson {FIRST}; guardianship papers on file.",
]

_PHI_FREE_CHAT = [
    "took 2 tylenol at 3pm, still hurts",
    "la presion me salio 158/96 en la farmacia",
    "tengo la azucar en 240, que hago",
    "ya me tome la pastilla de la presion, gracias",
    "no hay agua en la colonia desde el martes",
    "the bridge wait was 3 hours today 😩",
    "my baby is 9 months and has 2 teeth now",
    "is the clinic open on saturdays",
    "my dad is 74 and still works cattle",
    "the oxygen hose is 50 feet, can i get a longer one",
    "i was so thirsty all night, drank like 3 liters",
    "the power came back after 4 days",
    "the freeze busted our pipes, we're boiling water",
    "we evacuated before the hurricane, coming back sunday",
    "is the generator ok to run in the garage? no right",
    "chào chị, em khỏe rồi, cảm ơn",
    "cảm ơn bác sĩ nhiều",
    "shukriya, ab behtar hai",
    "e se o, mo ti gba oogun naa",
    "daalu, ahụrụ m ya",
    "medaase, me ho ye",
    "tashakor, khub astam",
    "manana, za kha yam",
    "asante sana daktari",
    "melesi mingi",
    "chévere, nos vemos el lunes",
    "wado, see you next week",
    "mvto for the ride",
    "shukran habibti",
    "kheili mamnoon",
    "annyeonghaseyo, thank you",
    "👍",
    "no sir, not yet",
    "we'll be there at 9",
    "my son is 6 and weighs 48 pounds",
    "he turned 17 last week",
    "do you take medicaid",
    "is there a spanish speaking doctor",
    "do you have a vietnamese interpreter on saturdays",
    "do you have someone who speaks dari",
    "the elevator in building b is broken again",
    "we're in room 712",
    "the portal says error 502",
    "i need a refill of lisinopril 20 mg",
    "metoprolol 25 twice a day right?",
    "is 500 mg amoxicillin too much for my 8 year old",
    "my inhaler is albuterol 90 mcg",
    "the insulin pen is 100 units/ml",
    "how many hours between doses of motrin",
    "potassium 5.9 is that bad",
    "hemoglobin 9.8 the doctor said low",
    "temp 101.3 since tuesday",
    "oxygen 91% on the finger thing",
    "i've had this cough for 3 weeks",
    "the rash started 2 days ago",
    "hopeful the new med works",
    "we had a joyous weekend, the baby finally slept",
    "lost in a reverie during the lecture lol",
    "a sunbeam came through the window and woke me",
    "we sat outside in the moonlight",
    "my daughter put stardust glitter all over the bathroom",
    "my husband got hit by birdshot not buckshot, just small pellets",
    "by God's grace the surgery went well",
    "we trust God for healing",
    "he is a fine boy, very respectful",
    "i cut my thumb on the paint scraper",
    "the deer stand has a lookout over the creek",
    "the snowdrift was up to the porch during the freeze",
    "the stallion kicked the trailer door",
    "my son plays lancer in the school play",
    "there was a juggler at the health fair",
    "the grocer on the corner sells the low sugar bread",
    "my job is capper on the bottling line",
    "a big comber knocked me down at the beach",
    "my grandma used a carder for wool",
    "the cowman at the sale barn",
    "the goatherd next door lets his goats out",
    "cut my hand with a handsaw",
    "hammerhead shark at the aquarium was cool",
    "burned my palm on the flatiron grill",
    "the old cookstove still works at the ranch",
    "tied the horse at the hitchrail",
    "stepped in a hole in the cowpen",
    "the ricefield by the highway flooded",
    "the pipestem on grandpa's pipe broke",
    "it's fate i guess",
    "pandora station keeps playing the same song",
    "tarzan movie night with the kids",
    "we went to the surfside for shrimp",
    "heard it through the grapevine",
    "the pecan groves are flooded",
    "i have a welling in my eye",
    "we're going to the carnegie hall show on tv",
    "the greenhouse at school has tomatoes",
    "the old mines by the lake are closed",
    "take a peek at the rash photo",
    "my bike gears are stuck",
    "the viscount hotel closed down",
    "he wants to go to yale someday",
    "im thirsty and my mouth is dry all the time",
]
_PHI_FREE_NOTE = [
    "BP 168/102 repeat 160/98. Will recheck in 2 weeks.",
    "Wt 82.4 kg, BMI 31.2.",
    "Pain 6/10, worse with movement.",
    "INR 2.6 on warfarin 5 mg daily.",
    "Lactate 2.1 after 30 mL/kg bolus.",
    "Carboxyhemoglobin 3% in a nonsmoker.",
    "Blood lead 4 mcg/dL.",
    "TSH 0.02, free T4 3.1; consider Graves disease.",
    "Cortisol elevated; rule out Cushing syndrome.",
    "Hx Parkinson's disease on carbidopa-levodopa 25/100 TID.",
    "Hx Crohn disease, on adalimumab.",
    "Hashimoto thyroiditis, on levothyroxine 88 mcg.",
    "Down syndrome, AV canal repaired in infancy.",
    "Bell's palsy, R side, onset 3 days ago.",
    "Guillain-Barre syndrome ruled out; reflexes intact.",
    "Kawasaki disease criteria not met.",
    "Hodgkin lymphoma in remission 6 years.",
    "Murphy's sign negative. McBurney's point nontender.",
    "Romberg negative, Babinski downgoing.",
    "Tinel and Phalen positive at R wrist.",
    "Epley maneuver performed with relief.",
    "Trendelenburg gait noted.",
    "Foley placed, 16 Fr, clear yellow urine.",
    "Osgood-Schlatter disease in a 13 y/o athlete.",
    "Stevens-Johnson syndrome on differential; stopped lamotrigine.",
    "Wells score 1, D-dimer ordered.",
    "ICD-10 T59.6X1A toxic effect of hydrogen sulfide.",
    "ICD-10 X30.XXXA exposure to excessive natural heat.",
    "ICD-10 T33.821A frostbite, R foot.",
    "ICD-10 Z59.01 sheltered homelessness.",
    "CPT 99214, 36415, 81003.",
    "NDC 0002-8215-01 insulin lispro.",
    "Rifapentine and isoniazid weekly x 12 doses (3HP).",
    "Ivermectin and albendazole given per presumptive treatment protocol.",
    "Hydroxyurea 1000 mg daily for sickle cell anemia.",
    "Carboplatin AUC 5 and pemetrexed 500 mg/m2.",
    "Epoetin 4000 units with each treatment.",
    "Heparin 1000 units/mL lock.",
    "Naloxone kit dispensed.",
    "Pt is 67 y/o, lives alone, independent in ADLs.",
    "Pt is a 4 y/o who attends pre-K.",
    "Pt is 88 and walks with a cane.",
    "Symptoms began on a Tuesday, worse by the weekend.",
    "Seen in clinic every Thursday.",
    "Smoked 1 ppd x 20 yrs, quit in 2015.",
    "Moved to the US in 2019.",
    "Hurricane in 2017 flooded the first floor.",
    "Winter storm in 2021 caused 5 days without power.",
    "Transferred to PICU bed 5.",
    "Mobile unit 3 parked at the church.",
    "Interpreter requested: Vietnamese.",
    "Interpreter requested: Spanish (Mexican).",
    "Interpreter requested: Hakha Chin.",
    "Interpreter requested: Karen (S'gaw).",
    "Interpreter requested: Yoruba.",
    "Pt prefers female interpreter.",
    "Religious preference: Muslim; halal diet.",
    "Religious preference: Hindu; vegetarian.",
    "Code status: DNR/DNI, confirmed with family.",
    "Advance directive on file.",
    "Fit test: N95 medium, passed.",
    "Heat index 112 F at time of injury.",
    "Home has no running water; uses hauled water.",
    "Well water, septic system.",
    "Drives 90 minutes each way to dialysis.",
    "No phone signal at the ranch house.",
    "Lives in a mobile home with 5 family members.",
    "Uses a cookstove for heat in winter.",
    "Pt was hopeful about the trial.",
    "Mood joyous per family; pt euthymic on exam.",
    "Pt describes a reverie-like state before seizures.",
    "Works as a grocer; on feet 10 hours.",
    "Works as a capper at the bottling plant.",
    "Juggler at the county fair, shoulder pain.",
    "Injury from a handsaw while building a fence.",
    "Burn from a flatiron griddle.",
    "Thirsty and polyuric x 2 weeks.",
    "Buckshot fragments seen on old x-ray, incidental.",
    "Stallion kick to the thigh, large hematoma.",
    "Lookout tower volunteer, climbs 80 steps daily.",
    "Snowdrift fall during the winter storm, wrist pain.",
    "Tripped in a cowpen, ankle sprain.",
    "Works in a ricefield; leech bites on legs.",
    "Pipestem fibrosis not seen on ultrasound; schistosomiasis serology pending.",
    "Fishing offshore, cut by a hammerhead shark tooth while unhooking it.",
    "Comber wave knocked pt down at the beach; neck strain.",
    "Carder in a textile mill for 30 years; byssinosis considered.",
    "Cowman at the sale barn; brucellosis serology ordered.",
    "Goatherd; Q fever titers pending.",
    "Lancer figurine swallowed? No, parents found it.",
    "Scraper injury to the forearm, superficial.",
    "Sunbeam through the window triggered photophobia.",
    "Moonlight shift worker, sleeps days.",
    "Stardust glitter in the eye, flushed.",
    "By God's grace, per pt, the pain improved.",
    "Hitchrail fall, rib contusion.",
    "Fate of the biopsy specimen: sent to pathology.",
    "Plan discussed with pt and family; all questions answered.",
    "Return precautions reviewed in Spanish.",
    "Teach-back completed.",
]
_PHI_FREE_LOG = [
    "level=info svc=portal event=health_check status=ok ms=12",
    "GET /healthz 200 3ms",
    "POST /api/v1/vitals 201 88ms",
    "nginx: worker process 4 exited on signal 9",
    "celery: 12 tasks in queue dialysis-tx",
    "pg: autovacuum of table claims_837 completed",
    "java.lang.OutOfMemoryError: Java heap space",
    "OBX|1|NM|4548-4^HbA1c^LN||8.9|%|4.0-5.6|H|||F",
    "OBX|3|NM|2823-3^Potassium^LN||5.6|mmol/L|3.5-5.1|H|||F",
    "OBX|4|NM|718-7^Hemoglobin^LN||9.8|g/dL|12.0-16.0|L|||F",
    "AL1|1|DA|70618^PENICILLIN|MO|RASH",
    "EVN|A08",
    "EB*1*IND*30*MC~",
    "SVC*HC:99214*150*110**1~",
    "HI*ABK:E1165*ABF:I10~",
    "(0008,0060) CS [MG]",
    "(0018,0015) CS [BREAST]",
    "(0028,0010) US 3328",
    '{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":142,"unit":"mm[Hg]"}}',
    '{"level":"info","event":"cache_miss","key":"formulary:v12","ms":44}',
    '{"event":"deploy","service":"portal","version":"4.2.1","region":"us-south"}',
    "svc=ivr event=menu_selected option=3 lang=spa",
    "svc=ivr event=queue_full queue=nurse-line depth=27",
    "svc=sms event=batch_sent count=412 template=flu_clinic",
    "svc=transport event=route_optimized vans=6 stops=48",
    "svc=interp event=vendor_timeout lang=cnh",
    "svc=dialysis event=chair_turnover avg_min=34",
    "svc=occhealth event=daily_summary exams=18 drug_screens=9",
    "svc=evac event=bus_departed capacity=44",
    "svc=freeze event=generator_test result=pass",
    "cgm: event=sensor_warmup minutes=120",
    "cycler: event=therapy_complete volume_ml=10000",
    "sshd[2211]: Accepted publickey for deploy",
    "ldap: connection pool exhausted (max=50)",
    "sso: metadata refreshed for idp bluebonnet-adfs",
    "AUDIT action=REPORT_RUN report=daily_census rows=412",
    "cert expires in 14 days for portal.example",
    "rate limit hit: 100 req/min",
    "upstream 504 from scheduling service",
    "retrying in 30 s (attempt 3/5)",
    "feature flag tele_peds_v2 enabled",
    "migration 0042_add_language_pref applied",
    "python 3.11.8, django 5.0.3",
    "node v20.11.1, npm 10.2.4",
    "dotnet 8.0.2 runtime",
    "elevator B out of service",
    "queue fax-inbound depth 0",
    "report: ED arrivals Monday 212, Tuesday 198",
    "dialysis: 3 shifts Mon/Wed/Fri, 2 shifts Tue/Thu/Sat",
    "ICD-10 code set 2025 loaded",
    "CPT 2025 code set loaded",
    "RxNorm release loaded",
    "dicom: C-ECHO ok",
    "hl7: 1024 messages processed in 60 s",
    "email: 3 bounces (mailbox full)",
    "security: door 4 badge reader offline",
    "hvac: OR 3 humidity 48%",
    "lab analyzer 2 QC passed",
    "pharmacy: insulin fridge 4.1 C",
    "pharmacy: 3 drug shortages flagged",
    "nurse-line: average wait 3 min 20 s",
    "evac: 3 buses dispatched to coastal facilities",
    "occ-health: 4 exposures logged this week",
    "refinery-clinic: shift change 0600",
    "children's: NICU census 44",
]
_PHI_FREE_CHAT2 = [
    "the doctor said it's not parkinson's, just a tremor",
    "my cousin has crohn's",
    "is bell's palsy contagious",
    "they said cushing's is rare",
    "my kid has down syndrome and needs a heart check",
    "how many mg of tylenol for 40 lb",
    "bp 118/76 today, best in years",
    "i'm on day 3 of the antibiotic",
    "week 2 of chemo",
    "dialysis is 4 hours 3 times a week",
    "we drive 2 hours to the clinic",
    "we live 40 miles from the nearest hospital",
    "the road floods when it rains",
    "the colonia got paved last year",
    "the church has a food pantry on thursdays",
    "the promotoras are coming on saturday",
    "the tribal clinic opens at 8",
    "powwow is this weekend",
    "rodeo season 🤠",
    "football friday night",
    "it's sunday, is the pharmacy open",
    "in 2019 i had my gallbladder out",
    "i was born in 1975",
    "my son is 12 and diabetic",
    "she's 89 and still cooks tamales",
    "he's 45 years old",
    "my blood type is o positive",
    "allergic to penicillin",
    "i take 20 units at night",
    "the pharmacy is out of amoxicillin",
    "do i need a referral for the cancer center",
    "is it normal to feel tired after dialysis",
    "can i eat before the ultrasound",
    "mosquitoes are bad after the rain",
    "the heat index is 110",
    "my hands crack in the cold",
    "we lost the chickens in the freeze",
    "the ranch road washed out",
    "the oilfield traffic is crazy on the highway",
    "the plant flare was huge last night",
    "the refinery siren is a test on wednesdays",
    "the hurricane turned east",
]


def _interleave(*lists: list[str]) -> list[str]:
    """Round-robin, so that any prefix of PHI_FREE mixes chat, note and log lines."""
    merged: list[str] = []
    for i in range(max(len(x) for x in lists)):
        merged.extend(x[i] for x in lists if i < len(x))
    return merged


PHI_FREE = _interleave(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG, _PHI_FREE_CHAT2)
