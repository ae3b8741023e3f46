"""The "blind" split: templates, PHI-free lines and value pools written by someone who never
looked at the redaction engine, its tests or its misses, so that its figures are an honest
held-out measure. Whoever tunes the engine must not read this file or its output either: a
split you have looked at is a split you have tuned on.

Nothing here is derived from templates.py or values.py. The sentences are new, and no name
(nor any part of a multi-part name, apart from particles such as "de" or "Mac"), street, city
or e-mail domain appears in the tune or heldout pools; identifiers come in other formats.
The value functions keep the signatures of values.py (``_split`` is accepted and ignored) so
that generate.py can use either module.
"""

from __future__ import annotations

import random
import string
import unicodedata

# --- templates ------------------------------------------------------------------------------
# Same slots as templates.py. Chat is written the way people type into a phone: lowercase,
# run-on, misspelt; generate.fill() adds more lowercasing, typos and dropped punctuation.

CHAT = [
    "hey its {NAME} again i called yesterday and nobody called back i need my bp meds refilled before {DATE} pls",
    "moving out of my moms place next week so mail goes to {STREET} {CITY} {STATE} {ZIP} after that ok",
    "this is {FIRST} his wife he cant type right now because of the stroke his cell is {PHONE}",
    "can somebody email the xray results to {EMAIL} i dont have a printer at home",
    "ssn {SSN} dob {DATE} thats everything thats on the card",
    "tried logging in as {USER} like five times and now it says account locked wtf",
    "my grandma turned {AGE} last week and keeps getting dizzy when she gets up from bed is that normal",
    "whats the fax number for dr {SURNAME}s office mine is {FAX} if they need to send me anything",
    "member id on my insurance card is {PLAN} does that cover physical therapy or no",
    "i paid acct {ACCOUNT} online last nite but the portal still says i owe money",
    "my cgm sensor {DEVICE} keeps losing signal overnight and beeping at 3am",
    "my sons car got towed from ur lot plate {VEHICLE} we were inside at the er the whole time",
    "hi my friend {FIRST} sent me this {URL} about ur diabetes class is it still running",
    "portal keeps blocking me says suspicious login from {IP} but thats my home wifi",
    "ticket number {OTHER} nobody ever answered it and its been weeks",
    "im a home health aide my license number is {LICENSE} and i take care of {NAME} on weekdays",
    "mrn {MRN} thats mine not my dads his is different plz dont mix them up again",
    "we just moved to {CITY} from out of state do u have a doctor anywhere near there",
    "{NAME} here my mom passed out at church and shes {AGE} should i call 911 or bring her in",
    "can u send the referal to dr {NAME} fax {FAX} phone {PHONE}",
    "hello?? been on hold forever its {FIRST} {SURNAME} birthday {DATE} i need to cancel tomorow",
    "my email changed its {EMAIL} now the old one got hacked",
    "whos {NAME} and why did they call me from {PHONE} about my labs",
    "lab says they need my insurance {PLAN} and my acct number {ACCOUNT} before they run anything",
    "how do i reset my password username {USER} email {EMAIL}",
    "the pharmacy on {STREET} says they never got the script for {NAME}",
    "im staying with my daughter in {CITY} {STATE} until {DATE} so send stuff to {STREET} {ZIP}",
    "my husbands pacemaker {DEVICE} beeped twice last night hes {AGE} and sleeping alot",
    "got rear ended driving to my appt car vin is {VEHICLE} do u need that for the form",
    "pls stop texting {PHONE} that was my old number new one is {PHONE}",
    "saw ur post at {URL} and want to book flu shots for me and {FIRST}",
    "reference {OTHER} from the billing call and my ssn is {SSN} if u need to look me up",
    "my ip is {IP} the it guy said to send it to u bc the video visit keeps dropping",
    "do u guys take walk ins my name is {NAME} dob {DATE}",
    "tell dr {SURNAME} i cant make it {DATE} can we do the week after",
    "my daughters mrn is {MRN} shes the one with the rash not me",
    "lisence {LICENSE} expired last month do i need a new one for the id check",
]

# key=value, JSON, query strings, access logs, HL7 and stack-trace fragments.
LOGS = [
    'level=warn msg="duplicate patient suspected" candidate="{NAME}" candidate_dob={DATE} mrn={MRN}',
    '{{"severity":"ERROR","logger":"clinic.intake","message":"address validation failed","street":"{STREET}","city":"{CITY}","state":"{STATE}","postal_code":"{ZIP}"}}',
    "GET /fhir/Patient?family={SURNAME}&given={FIRST}&birthdate={DATE}&_count=5 HTTP/1.1 200 1843",
    '{IP} - {USER} [14/Mar/2024:08:15:02 +0000] "GET /portal/messages HTTP/1.1" 200 5120',
    'django.db.utils.IntegrityError: duplicate key value violates unique constraint "clinic_patient_email_key" DETAIL: Key (email)=({EMAIL}) already exists.',
    "sms_gateway status=REJECTED dest={PHONE} carrier_code=30007 segments=2",
    "payments.charge_failed acct={ACCOUNT} member={PLAN} reason=card_declined cents=4500",
    '{{"evt":"device.sync","serial":"{DEVICE}","owner":"{USER}","src_ip":"{IP}","readings":288}}',
    "POST /api/v3/referrals?fax_to={FAX}&patient={MRN} -> 502 upstream timeout after 30000ms",
    "KeyError: 'insurance' while serializing {{'name': '{NAME}', 'ssn': '{SSN}', 'age': '{AGE}'}}",
    "auth: session opened for {USER} from {IP} (mfa=totp, ttl=900s)",
    'worker-3 | reminder.dispatch to="{NAME}" email={EMAIL} appt={DATE} -> ok',
    "ValueError: could not convert string to float: '{OTHER}' (field=visit_ref, row=1182)",
    "[hl7] PID|1||{MRN}^^^RBH^MR||{SURNAME}^{FIRST}||{DATE}|F|||{STREET}^^{CITY}^{STATE}^{ZIP}||{PHONE}",
    'transport.booked vehicle={VEHICLE} driver_license={LICENSE} pickup_city="{CITY}"',
    "WARNING urllib3.connectionpool Retrying (total=2) after connection broken: GET {URL}",
    'csv import line 4417 rejected: "{SURNAME}","{FIRST}","{DATE}","{PHONE}" -> expected 6 columns',
    '{{"audit":{{"actor":"{USER}","action":"chart.export","subject_mrn":"{MRN}","subject":"{NAME}"}},"remote":"{IP}"}}',
    'eligibility.response plan_id={PLAN} subscriber="{NAME}" dob={DATE} status=ACTIVE',
    "identity.ssn_lookup ssn={SSN} matches=0 elapsed=14ms",
    'geocode.miss addr="{STREET}, {CITY} {ZIP}" provider=nominatim',
    "export.deid patient_age={AGE} bucketed=true rule=age_over_89",
    "device_registry: unknown device id {DEVICE} reported by gateway {IP}",
    "claims.sftp.upload file=batch_0412.x12 claim_ref={OTHER} acct={ACCOUNT} bytes=20480",
    "  at com.clinic.fax.Sender.dial(Sender.java:142) caused by FaxBusyException: line {FAX} busy",
    "page.view path=/u/{USER}/inbox referrer={URL} status=200",
    "ERROR parking.permit lookup failed plate={VEHICLE}, notice e-mailed to {EMAIL}",
    'provider.sync npi={LICENSE} display="Dr. {NAME}" office_phone={PHONE} fax={FAX}',
    "GET /api/v2/appointments?mrn={MRN}&from={DATE}&email={EMAIL} 403 forbidden (scope=clinic:2)",
    '{{"level":"warning","event":"age_mismatch","declared_age":"{AGE}","dob":"{DATE}","patient":"{FIRST} {SURNAME}"}}',
]

# Clinical-note style: section headers, abbreviations, terse fragments.
NOTES = [
    "CC: fall at home. HPI: {AGE}yo F w/ hx afib on apixaban, found on floor by neighbor {NAME} this AM, +head strike",
    "Pt {NAME} (DOB {DATE}; MRN {MRN}) s/p R TKA POD#2, ambulating w/ walker, pain controlled",
    "SH: lives w/ grandson {FIRST} at {STREET}, {CITY}, {STATE} {ZIP}. Former smoker, quit 2009, no EtOH",
    "Dispo: d/c home w/ VNA. F/u Dr. {SURNAME} 2 wks. D/c summary faxed to PCP at {FAX}",
    "ID verified x2 (name/DOB): {NAME} / {DATE}. Consent signed",
    "HCP is son {NAME}; reach on cell {PHONE}, texts preferred over calls",
    "Ins: primary {PLAN}; guarantor acct {ACCOUNT}; copay collected",
    "ICD interrogation: device {DEVICE}, battery 6.1 yrs, no VT/VF events since last check",
    "Pt's DL {LICENSE} scanned at registration; photo matches",
    "MVC, restrained driver, airbag deployed. Vehicle VIN {VEHICLE} per EMS run sheet",
    "Pt asks that imaging reports be e-mailed to {EMAIL}; release on file",
    "SW note: pt's family started a fundraiser ({URL}) to cover transport costs",
    "Telehealth: pt connected from {IP}; A/V adequate; pt located at home in {CITY}",
    "Portal: proxy access for daughter approved; her login is {USER}",
    "Registration: SSN {SSN} confirmed w/ card. Prior auth ref {OTHER}",
    "A/P: {AGE} y.o. M w/ CKD3b, HTN. Cont amlodipine; recheck BMP {DATE}",
    "HPI: Mr. {SURNAME} is a {AGE}-year-old retired machinist presenting w/ 3 days of productive cough",
    "Pt {FIRST} reports she ran out of levothyroxine ~1 wk ago; her pharmacy on {STREET} has closed",
    "Called pt at {PHONE}, no answer; LVM re: abnormal CT. Also sent secure msg to {EMAIL}",
    "Nursing: pt's wife {NAME} at bedside asking about d/c date. Pt A&Ox3",
    "PMH: DM2, OSA on CPAP (serial {DEVICE}), s/p lap chole. Lives in {CITY}, {STATE}",
    "Billing: acct {ACCOUNT} sent to collections in error per pt; escalated as case {OTHER}",
    "Transfer from OSH; records from Dr. {NAME} (ph {PHONE}, fax {FAX}) reviewed",
    "Pt {NAME}, MRN {MRN}, arrived by EMS; pt's car (plate {VEHICLE}) left at {STREET}",
    "Referring provider Dr. {SURNAME}, NPI {LICENSE}, verified",
    "Plan: RTC {DATE}. Niece {FIRST} will drive; pt is {AGE} and no longer drives",
    "Addr updated per pt: {STREET}, {CITY} {ZIP}. Member ID {PLAN} unchanged",
    "Pt uploaded outside records via portal (user {USER}, from {IP})",
    "Home O2 vendor reached at {PHONE}; concentrator S/N {DEVICE}. Dtr's blog {URL} has pt's med list",
    "Interpreter used. Pt {NAME} is {AGE}, widowed, lives alone in {CITY}; SSN on file {SSN}",
]

# No PHI at all, but full of what looks like it: vitals, doses, labs, codes, eponyms, ages
# under 90, weekdays, years alone, durations, drug names, ids that identify nobody.
PHI_FREE = [
    "BP 128/82 sitting, 118/70 standing; HR 96 irregularly irregular",
    "vancomycin 1.25 g IV q12h, trough 14.2 mcg/mL drawn before the 4th dose",
    "Na 131 (L), K 5.6 (H), Cl 99, CO2 19, anion gap 13",
    "ICD-10 M54.50 low back pain; CPT 97110 x 2 units, modifier GP",
    "LOINC 4548-4 hemoglobin A1c 6.9% (ref 4.0-5.6)",
    "s/p CABG x3 in 2016, EF 35-40% on last echo",
    "Hashimoto's thyroiditis on levothyroxine 88 mcg daily",
    "Raynaud's phenomenon, worse in winter, nifedipine ER 30 mg",
    "hx Guillain-Barre after the flu in 2011, full recovery",
    "pt is 89 and still drives to church on Sundays",
    "88-year-old with Paget's disease of bone, alk phos 412",
    "Barrett's esophagus, surveillance EGD every 3 years",
    "Murphy's sign positive, McBurney's point nontender",
    "GCS 15, pupils 3 mm PERRL, Babinski downgoing bilaterally",
    "Wells score 4.5, CHA2DS2-VASc 3, HAS-BLED 2",
    "Gleason 3+4=7, PSA 6.2 ng/mL, cT2a",
    "NDC 0002-8215-01 insulin lispro 100 units/mL pen",
    "INR 2.6 on warfarin 5 mg Mon/Wed/Fri and 2.5 mg other days",
    "pH 7.31 / pCO2 52 / pO2 64 / HCO3 26 on 2 L NC",
    "Apgar 8 and 9, birth weight 3.4 kg, 39 weeks by LMP",
    "Kawasaki disease at age 4, coronary aneurysm follow-up yearly",
    "Cushing's syndrome workup: 24 h urine free cortisol 212 mcg",
    "Dupuytren's contracture of the R ring finger",
    "Ozempic 0.5 mg subq weekly, started 3 months ago",
    "keppra 750 mg bid, last seizure over a year ago",
    "my sugar was 312 after lunch and 145 this morning",
    "been taking zyrtec every morning for 2 weeks and still sneezing",
    "can i take 2 tylenol 325 with my eliquis",
    "had covid in 2022 and my sense of smell never came back",
    "im 67 and my doctor said my a1c is 7.2 is that ok",
    "any tuesday or thursday after 3 works for me",
    "GET /static/js/app.4f2a9c.js 304 1ms",
    "celery beat: scheduled kb.refresh every 3600s, next run in 1187s",
    '{"event": "rate_limited", "bucket": "chat", "retry_after_s": 12, "limit": 30}',
    "db pool size=20 in_use=7 wait_ms=0 shard=2",
    "trace=4bf92f3577b34da6 span=00f067aa0ba902b7 POST /api/kb/search 200 23ms",
    "Meniere's disease, low-salt diet, betahistine 16 mg tid",
    "Charcot foot L, offloading boot x 8 weeks",
    "Stevens-Johnson syndrome after lamotrigine, listed as allergy",
    "troponin I <0.01 x2 six hours apart, ECG NSR 72",
    "smoked 1 ppd x 30 years, quit 2015, 30 pack-years",
    "WBC 14.3 with 82% neutrophils, lactate 2.1 mmol/L",
    "take 1 tab by mouth every 8 hours as needed for pain, max 3 per day",
    "Lyme disease treated with doxycycline 100 mg bid x 21 days",
    "Wilson's disease ruled out, ceruloplasmin 28 mg/dL",
    "Tdap given today, next booster due in 10 years",
]

# --- names ----------------------------------------------------------------------------------

FIRST_NAMES = {
    "hispanic": [
        "Xiomara", "Yesenia", "Maricela", "Anahí", "Yadira", "Rigoberto", "Heriberto",
        "Wilfredo", "Yahir", "Dulce", "Brisa", "Jacinta", "Evaristo", "Ulises", "Nahuel",
        "Fermín", "Eusebio", "Paloma", "Zulema", "Nereida", "Migdalia", "Deyanira", "Edelmira",
        "Betzabé", "Yuridia", "Ximena", "Ruperto", "Anselmo", "Teófilo", "Abundio", "Lupita",
        "Rocío", "Consuelo",
    ],
    "south_asian": [
        "Sushila", "Venkatesh", "Lakshmi", "Raghunath", "Sreeja", "Thenmozhi", "Kavitha",
        "Murugan", "Saravanan", "Jaspreet", "Harpreet", "Gurpreet", "Manpreet", "Navdeep",
        "Parminder", "Tanvir", "Farhana", "Nusrat", "Rubina", "Shahid", "Anirban", "Sourav",
        "Debashish", "Madhuri", "Yamini", "Vaishnavi", "Keerthana", "Dinesh", "Suresh",
        "Lalitha", "Padma", "Revathi", "Bhuvana", "Sai Kiran", "Sri Vidya",
    ],
    "east_asian": [
        "Wei", "Xiaoming", "Jing", "Mei-Ling", "Zhiwei", "Haoran", "Yuxuan", "Jiayi", "Xinyi",
        "Shu-fen", "Chia-Hao", "Hyun-woo", "Ji-yeon", "Seo-yeon", "Min-jun", "Eun-ji",
        "Jae-hyun", "Soo-ah", "Hiroshi", "Yuki", "Haruto", "Sakura", "Kenji", "Aiko",
        "Takeshi", "Naoko", "Ryota", "Emiko", "Daisuke", "Keiko", "Tomoko", "Anh Thu",
        "Ngoc Lan", "Xiao Mei",
    ],
    "west_african": [
        "Kwame", "Kofi", "Akosua", "Ama", "Yaw", "Abena", "Kwabena", "Efua", "Adjoa", "Nana",
        "Kojo", "Ekow", "Esi", "Afua", "Chinedu", "Ngozi", "Chiamaka", "Obinna", "Uchenna",
        "Ifeoma", "Nnamdi", "Chukwuemeka", "Adaeze", "Amadou", "Fatoumata", "Mamadou",
        "Aminata", "Ousmane", "Awa", "Moussa", "Seydou", "Binta", "Mariama", "Ebere", "Oluchi",
        "Kelechi", "Emeka", "Ikenna", "Nkechi", "Sekou", "Issa",
    ],
    "arabic": [
        "Youssef", "Khaled", "Fatima", "Layla", "Nour", "Rania", "Samir", "Tariq", "Hamza",
        "Karim", "Mariam", "Ahmad", "Zainab", "Hussein", "Rashid", "Jamila", "Salma", "Amira",
        "Bilal", "Faisal", "Walid", "Huda", "Dalia", "Hala", "Mahmoud", "Abdul Rahman",
        "Nur Aisyah",
    ],
    "eastern_european": [
        "Oleksandr", "Oksana", "Dmytro", "Taras", "Halyna", "Svetlana", "Nadezhda", "Yevgeny",
        "Anastasia", "Irina", "Sergei", "Mikhail", "Lyudmila", "Radu", "Ioana", "Mihai",
        "Florin", "Vesna", "Dragan", "Milica", "Nikola", "Jelena", "Tomáš", "Jiří", "Lenka",
        "Zdeněk", "Miroslava", "Ondřej", "Gergely", "Zsófia", "Lajos", "Dragoș",
    ],
    "irish": [
        "Saoirse", "Caoimhe", "Oisín", "Padraig", "Tadhg", "Ruairí", "Sorcha", "Fiachra",
        "Orlaith", "Éabha", "Siobhán",
    ],
    "american": [
        "Tyrone", "Latoya", "Shaniqua", "DeShawn", "Jamal", "Keisha", "Lakisha", "Darnell",
        "Marquis", "Tamika", "Ebony", "Jaylen", "Kiara", "Bryce", "Kayden", "Brantley",
        "Paisley", "Everly", "Waylon", "Colt", "Remington", "Kinsley", "Maverick", "Mildred",
        "Wilma", "Herschel", "Beulah", "Myrtle", "Ethel", "Vernon", "Gladys", "Clarence",
        "Opal", "Irma", "Orville", "Billy Ray", "Bobby Joe", "Pua", "Keanu", "Leilani",
        "Kalani", "Makana", "Nizhoni", "Ahiga", "Dakota", "Tallulah", "Chenoa", "Nou", "Tou",
        "Xee", "Yer",
    ],
}  # fmt: skip
# Given names that are also ordinary words; drawn now and then whatever the origin.
WORD_FIRST_NAMES = [
    "Summer", "Dawn", "Sky", "Pearl", "Ivy", "Honor", "Mercy", "Precious", "Goodness", "Gift",
    "Justice", "Royal", "Major", "Rusty", "Sunny", "Destiny", "Harmony", "Melody", "Chance",
    "Story", "Sterling", "Crystal", "Sandy", "Lucky", "Will", "Pat", "Iris", "Lily", "Daisy",
    "Angel", "Star", "Felicity", "Prudence",
]  # fmt: skip

SURNAMES = {
    "hispanic": [
        "Villaseñor", "Cervantes", "Echeverría", "Ibarra", "Jaramillo", "Landeros", "Montoya",
        "Olivares", "Peralta", "Quezada", "Rentería", "Saucedo", "Tovar", "Arreola", "Escobedo",
        "Maldonado", "Najera", "de la Garza", "del Real",
    ],
    "south_asian": [
        "Venkataraman", "Raghavan", "Chatterjee", "Mukherjee", "Bhattacharya", "Sandhu",
        "Grewal", "Desai", "Mehta", "Pillai", "Menon", "Reddy", "Naidu", "Qureshi", "Siddiqui",
        "Rahman", "Chaudhry",
    ],
    "east_asian": [
        "Zhang", "Liu", "Chen", "Zhao", "Xu", "Zhou", "Wu", "Lin", "Tsai", "Hsu", "Cheng", "Kwon",
        "Jeong", "Yoon", "Choi", "Kang", "Shin", "Han", "Oh", "Lim", "Tanaka", "Watanabe",
        "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito", "Takahashi", "Matsumoto", "Inoue",
        "Kimura", "Song", "Ng", "Ly", "Vang", "Xiong", "Thao", "Moua", "Lor",
    ],
    "west_african": [
        "Mensah", "Owusu", "Boateng", "Asante", "Adjei", "Appiah", "Osei", "Acheampong",
        "Nwosu", "Nwachukwu", "Onyekachi", "Keita", "Coulibaly", "Touré", "Sow", "Ndiaye",
        "Diop", "Konaté", "Kamara", "Sesay", "Bangura", "Conteh",
    ],
    "arabic": [
        "Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Abdallah", "Hamdan", "Barakat", "Aziz",
        "Darwish", "Kassab", "Shalhoub", "Qasim", "Zaidan", "Al-Masri", "El-Sayed",
    ],
    "eastern_european": [
        "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Petrov",
        "Ivanova", "Volkov", "Sokolova", "Popescu", "Ionescu", "Dumitrescu", "Stoica",
        "Horváth", "Nagy", "Szabó", "Kovács", "Tóth", "Novák", "Dvořák", "Svoboda", "Procházka",
        "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Kuznetsov", "Smirnov",
    ],
    "irish": [
        "O'Donoghue", "O'Shaughnessy", "O'Dwyer", "O'Callaghan", "O'Halloran", "D'Arcy",
        "O'Keefe", "O'Rourke", "O'Loughlin", "O'Flaherty", "O'Driscoll", "O'Mahony", "O'Toole",
        "McNamara", "McGillicuddy", "MacLeod", "McAllister", "Brennan", "Cleary", "Hanlon",
    ],
    "american": [
        "Papadopoulos", "Georgiou", "Konstantinidis", "Petrosyan", "Hakobyan", "Sargsyan",
        "Kahananui", "Kealoha", "Akana", "Bautista", "Macapagal", "Begay", "Yazzie", "Tsosie",
        "Benally", "Goldberg", "Rosenthal", "Katz", "Shapiro", "Weinstein", "Carpenter",
        "Wheeler", "Abbott", "Shepherd",
    ],
}  # fmt: skip
# Surnames that are also ordinary words.
WORD_SURNAMES = [
    "Stone", "Frost", "Sharp", "Strong", "Moon", "Snow", "Love", "Wise", "Best", "Rich", "Small",
    "Golden", "Silver", "Lamb", "Bean", "Meadows", "Rivers", "Waters", "Church", "Judge", "Noble",
    "Duke", "Lord", "Pope", "Prior", "Potter", "Weaver", "Porter",
]  # fmt: skip
ORIGIN_WEIGHTS = {
    "hispanic": 5, "south_asian": 3, "east_asian": 3, "west_african": 3, "arabic": 2,
    "eastern_european": 2, "irish": 2, "american": 5,
}  # fmt: skip


def _origin(rng: random.Random) -> str:
    return rng.choices(list(ORIGIN_WEIGHTS), list(ORIGIN_WEIGHTS.values()))[0]


def _last_name(origin: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:
        return rng.choice(WORD_SURNAMES)
    last = rng.choice(SURNAMES[origin] if roll < 0.85 else SURNAMES[_origin(rng)])
    roll = rng.random()
    if origin == "hispanic" and roll < 0.3:  # apellido paterno + materno
        other = rng.choice(SURNAMES["hispanic"])
        return last if other == last else f"{last} {other}"
    if roll < 0.08:
        other = rng.choice(SURNAMES[_origin(rng)])
        return last if other == last else f"{last}-{other}"
    return last


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = _origin(rng)
    pool = WORD_FIRST_NAMES if rng.random() < 0.06 else FIRST_NAMES[origin]
    return rng.choice(pool), _last_name(origin, rng), origin


def person(rng: random.Random, _split: str) -> tuple[str, str]:
    first, last, _ = _person(rng)
    return first, last


def surname(rng: random.Random, _split: str) -> str:
    return _person(rng)[1]


def full_name(rng: random.Random, _split: str) -> str:
    first, last, origin = _person(rng)
    form = rng.random()
    if form < 0.42:
        return f"{first} {last}"
    if form < 0.50:
        return f"{first} {rng.choice(string.ascii_uppercase)} {last}"
    if form < 0.57:
        middle = rng.choice(FIRST_NAMES[origin])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.64:
        return f"{first[0]}. {last}"
    if form < 0.72:
        return first
    if form < 0.80:
        return f"{last}, {first}"
    if form < 0.85:
        return f"{last.upper()}, {first}"
    if origin == "east_asian" and form < 0.95:
        return f"{last} {first}"  # family name first
    if form < 0.90:
        return f"{first} {last} {rng.choice(['Jr.', 'Sr.', 'III', 'Jr'])}"
    return f"{first} {last}"


def _ascii(text: str) -> str:
    """Letters only, accents stripped: what people type in e-mail addresses and logins."""
    folded = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalpha()).lower()


def username(rng: random.Random, _split: str) -> str:
    first, last = person(rng, _split)
    f, ln = _ascii(first) or "jo", _ascii(last) or "ng"
    year = rng.randint(1948, 2009)
    return rng.choice([
        f"{f[0]}{ln}{rng.randint(2, 99)}", f"{f}.{ln[0]}", f"{f[0]}_{ln}_{year}", f"{f}{ln}",
        f"{ln.capitalize()}{f[0].upper()}", f"{f}-{ln}", f"{ln}.{f}", f"{f}_{rng.randint(1, 999)}",
        f"the_real_{f}", f"{f}{ln[:3]}{year % 100:02d}",
    ])  # fmt: skip


DOMAINS = ["fastmail.com", "zoho.com", "gmx.com", "sbcglobal.net", "bellsouth.net", "cox.net",
           "charter.net", "earthlink.net", "frontier.com", "optonline.net", "rocketmail.com",
           "hey.com", "tutanota.com", "pm.me", "mac.com", "windstream.net", "centurylink.net",
           "rediffmail.com", "naver.com", "qq.com", "163.com", "web.de", "orange.fr", "libero.it",
           "uol.com.br", "yandex.ru", "student.riverbend.edu", "lakeshore-ortho.example"]  # fmt: skip


def email(rng: random.Random, _split: str) -> str:
    first, last = person(rng, _split)
    f, ln = _ascii(first) or "jo", _ascii(last) or "ng"
    local = rng.choice([
        f"{f}_{ln}", f"{f}{ln[0]}", f"{f[0]}.{ln}", f"{ln}{f}", f"{f}.{ln[0]}.{rng.randint(1, 99)}",
        f"{f}-{ln}", f"{f}.{ln}+portal", f"{ln}{rng.randint(1950, 2008)}", f"{f}{ln}{rng.randint(1, 9)}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def url(rng: random.Random, _split: str) -> str:
    first, last = person(rng, _split)
    f, ln = _ascii(first) or "jo", _ascii(last) or "ng"
    handle = rng.choice([f"{f}{ln}", f"{f}_{ln}", f"{f}.{ln}", f"{ln}{f[0]}"])
    return rng.choice([
        f"https://twitter.com/{handle.replace('.', '_')}", f"https://www.tiktok.com/@{handle}",
        f"https://{handle.replace('.', '').replace('_', '')}.wordpress.com",
        f"https://www.gofundme.com/f/help-{f}-{ln}", f"https://www.caringbridge.org/visit/{f}{ln}",
        f"https://mychart.riverbend-health.example/patient/{_digits(rng, 7)}",
        f"https://www.youtube.com/@{handle}", f"https://medium.com/@{handle}",
        f"http://{f}{ln}.net/about", f"https://photos.app.goo.gl/{_alnum(rng, 12)}",
    ])  # fmt: skip


# --- places ---------------------------------------------------------------------------------

STREET_NAMES = [
    "Aspen", "Juniper", "Poplar", "Laurel", "Hawthorne", "Linden", "Alder", "Cypress",
    "Palmetto", "Mesquite", "Saguaro", "Bluebonnet", "Larkspur", "Primrose", "Cardinal",
    "Heron", "Osprey", "Kestrel", "Whippoorwill", "Cottonwood", "Sassafras", "Tamarack",
    "Buckeye", "Persimmon", "Pecan", "Sweetgum", "Catalpa", "Garfield", "McKinley",
    "Roosevelt", "Bittersweet", "Monroe", "Van Buren", "Polk", "Pierce", "Fillmore", "Coolidge",
    "Eisenhower", "Truman", "Arrowhead", "Chinaberry", "Bienville", "Tchoupitoulas",
    "Wabash", "Kedzie", "Pulaski", "Ashland", "Sunflower", "Wilshire", "Pico", "La Brea",
    "Cahuenga", "El Camino Real", "Quail Hollow", "Foxglove", "Stonebridge", "Shadowbrook",
    "Indian Creek", "Deer Run", "Silverbell", "Orchard", "Vineyard", "Tanglewood",
    "Briarwood", "Applewood", "Chickasaw", "Cherokee", "Seminole", "Shawnee", "Comanche",
    "7th", "23rd", "14th", "31st", "68th", "110th", "4th", "9th", "52nd", "16th",
]  # fmt: skip
STREET_TYPES = [("Street", 5), ("St.", 4), ("Avenue", 4), ("Ave.", 3), ("Av", 1),
                ("Boulevard", 2), ("Blvd.", 1), ("Road", 3), ("Rd.", 2), ("Drive", 3), ("Dr.", 2),
                ("Lane", 2), ("Court", 1), ("Ct.", 1), ("Place", 1), ("Parkway", 1),
                ("Pkwy.", 1), ("Highway", 1), ("Alley", 1), ("Terrace", 1), ("Trail", 1),
                ("Way", 1), ("Circle", 1), ("Plaza", 1), ("Crescent", 1), ("Path", 1),
                ("Walk", 1), ("Cove", 1), ("Bend", 1), ("Hollow", 1)]  # fmt: skip
UNITS = ["Apt #5C", "Bldg 2 Apt 14", "Rm 14", "Lot 22", "Trlr 9", "Unit 12-A", "Apt. 3R",
         "# 402", "Floor 2", "Suite 1100", "Apt 7D", "Spc 31", "Unit 508"]  # fmt: skip


def street_address(rng: random.Random, _split: str) -> str:
    name = rng.choice(STREET_NAMES)
    kind = rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]
    number = str(rng.choice([rng.randint(2, 98), rng.randint(101, 4999), rng.randint(5000, 39999)]))
    form = rng.random()
    if form < 0.05:
        return f"PO Box {rng.randint(10, 9999)}"
    if form < 0.09:
        return f"RR {rng.randint(1, 9)} Box {rng.randint(10, 499)}"
    if form < 0.14:
        return f"{number} {rng.choice(['County Road', 'State Route', 'FM', 'Hwy'])} {rng.randint(2, 999)}"
    if form < 0.18:
        return f"{number} {rng.choice(['Calle', 'Avenida', 'Camino'])} {name}"
    if form < 0.22:
        number = f"{number} 1/2"
    elif form < 0.26:
        number = f"{number}{rng.choice('ABCD')}"
    prefix = rng.choice(["", "", "", "", "S. ", "W. ", "NW ", "Southeast ", "E "])
    postfix = rng.choice(["", "", "", "", "", " NE", " SW", " North"]) if not prefix else ""
    unit = rng.choice(["", "", "", ""] + [" " + u for u in UNITS] + [", " + u for u in UNITS])
    return f"{number} {prefix}{name} {kind}{postfix}{unit}"


CITIES = ["Tallahassee", "Albany", "Flagstaff", "Missoula", "Casper", "Fargo", "Sioux Falls",
          "Rapid City", "Bozeman", "Las Cruces", "Santa Fe", "Yuma", "Pueblo", "Greeley", "Ogden",
          "Moab", "Twin Falls", "Pocatello", "Walla Walla", "Yakima", "Bellingham",
          "Medford", "Redding", "Chico", "Visalia", "Oxnard", "Ventura", "Pomona", "Torrance",
          "Carson City", "Elko", "Houma", "Baton Rouge", "Biloxi", "Gulfport",
          "Tuscaloosa", "Dothan", "Valdosta", "Athens", "Greenville", "Spartanburg",
          "Asheville", "Wilmington", "Norfolk", "Roanoke", "Lynchburg", "Charlottesville",
          "Morgantown", "Wheeling", "Altoona", "Erie", "Allentown", "Lancaster", "Trenton",
          "Camden", "Stamford", "New Haven", "Providence", "Pawtucket", "Lowell", "Nashua",
          "Montpelier", "Utica", "Ithaca", "Binghamton", "Poughkeepsie", "Schenectady",
          "Youngstown", "Zanesville", "Muncie", "Terre Haute", "Evansville", "Peoria",
          "Champaign", "Bloomington", "Dubuque", "Waterloo", "Ottumwa", "Sioux City",
          "Topeka", "Joplin", "Texarkana", "Odessa", "Midland", "Abilene", "Waco", "Beaumont",
          "McAllen", "Harlingen", "Corpus Christi", "Nacogdoches", "Roswell", "Gallup",
          "Kingman", "Prescott", "Hilo", "Kailua", "Anchorage", "Fairbanks", "Juneau",
          "Normal", "Independence", "Commerce", "Eden Prairie"]  # fmt: skip
STATES = ["AL", "AK", "AR", "CT", "DE", "IA", "LA", "ME", "MS", "MO", "MT", "ND", "NH", "RI",
          "SC", "SD", "UT", "VT", "WV", "WY", "Texas", "New Mexico", "Ohio", "Georgia",
          "Pennsylvania", "N.Y.", "Calif.", "Wash."]  # fmt: skip


def city(rng: random.Random, _split: str) -> str:
    return rng.choice(CITIES)


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(1010, 99901):05d}"
    return z + (f"-{rng.randint(10, 9989):04d}" if rng.random() < 0.25 else "")


# --- dates and ages -------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(1921, 2025), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[m - 1]
    mon = month[:3]
    th = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return rng.choice([
        f"{d:02d}-{mon.upper()}-{y}", f"{d:02d}-{mon}-{y}", f"{m}.{d}.{y}", f"{y}/{m:02d}/{d:02d}",
        f"{mon} {d} {y}", f"{d}{mon.upper()}{y}", f"{m}/{d}", f"{month.lower()} {d}{th} {y}",
        f"{m}/{d}/{y % 100:02d}", f"the {d}{th} of {month}", f"{mon} '{y % 100:02d}",
        f"{month} {d}{th}, {y}", f"{y}{m:02d}{d:02d}", f"{m:02d}-{d:02d}-{y % 100:02d}",
    ])  # fmt: skip


def age_over_89(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99), rng.randint(90, 99), rng.randint(100, 109)]))


# --- numbers --------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return _letters(rng, n, string.ascii_letters + string.digits)


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(205, 985), rng.randint(201, 989), rng.randint(0, 9999)
    ext = rng.randint(10, 4999)
    return rng.choice([
        f"+1 ({a}) {b}-{c:04d}", f"+1-{a}-{b}-{c:04d}", f"+1{a}{b}{c:04d}", f"{a}/{b}-{c:04d}",
        f"({a}) {b} {c:04d}", f"1 ({a}) {b}-{c:04d}", f"{a} {b}-{c:04d}",
        f"{a}.{b}.{c:04d} x{ext}", f"({a}) {b}-{c:04d} ext. {ext}",
        f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}", f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}",
        f"+52 55 {_digits(rng, 4)} {_digits(rng, 4)}", f"+234 80{rng.randint(2, 9)} {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+63 917 {_digits(rng, 3)} {_digits(rng, 4)}",
    ])  # fmt: skip


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


def mrn(rng: random.Random) -> str:
    return rng.choice([
        f"M{_digits(rng, 9)}", f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"{_digits(rng, 7)}-{rng.randint(0, 9)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}",
        f"{_letters(rng, 2)} {_digits(rng, 7)}", f"000{_digits(rng, 7)}",
    ])  # fmt: skip


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # Medicare Beneficiary Identifier excludes S L O I B Z


def health_plan_id(rng: random.Random) -> str:
    def an() -> str:
        return rng.choice(MBI_LETTERS + string.digits)

    mbi = [str(rng.randint(1, 9)), _letters(rng, 1, MBI_LETTERS), an(), _digits(rng, 1),
           _letters(rng, 1, MBI_LETTERS), an(), _digits(rng, 1), _letters(rng, 2, MBI_LETTERS),
           _digits(rng, 2)]  # fmt: skip
    return rng.choice([
        "".join(mbi), "".join(mbi[:4]) + "-" + "".join(mbi[4:7]) + "-" + "".join(mbi[7:]),
        f"{_letters(rng, 3)}{_digits(rng, 9)} {rng.randint(1, 4):02d}", f"W{_digits(rng, 9)}",
        f"{_letters(rng, 3)}-{_digits(rng, 9)}-{rng.randint(1, 9):02d}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"{_letters(rng, 2)}-{_digits(rng, 6)}",
        _digits(rng, 12), f"{rng.randint(1, 9)}-{_digits(rng, 8)}",
    ])  # fmt: skip


def license_number(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",
        f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"{rng.choice('12')}{_digits(rng, 9)}",  # NPI
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
    ])  # fmt: skip


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vehicle_id(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return _letters(rng, 17, VIN_CHARS)
    return rng.choice([
        f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 2)}-{_digits(rng, 4)}",
        f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_letters(rng, 3)} {_digits(rng, 4)}",
    ])  # fmt: skip


def device_id(rng: random.Random) -> str:
    return rng.choice([
        f"(01){_digits(rng, 14)}(21){_letters(rng, 2)}{_digits(rng, 4)}",
        "-".join(f"{rng.randint(0, 255):02x}" for _ in range(6)),
        f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 6)}-{_digits(rng, 1)}",
        f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    def hextet() -> str:
        return f"{rng.randint(1, 65535):x}"

    return rng.choice([
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ".".join(str(rng.randint(11, 223)) for _ in range(4)),
        ".".join(str(rng.randint(11, 223)) for _ in range(4)),
        f"2600:{hextet()}:{hextet()}::{hextet()}", f"fe80::{hextet()}:{hextet()}:{hextet()}",
        f"::ffff:{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    hexa = "0123456789abcdef"
    uuid = "-".join(_letters(rng, n, hexa) for n in (8, 4, 4, 4, 12))
    return rng.choice([
        uuid, f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 2)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}-{rng.randint(0, 9)}", f"{_digits(rng, 6)}-{_letters(rng, 2)}",
    ])  # fmt: skip
