"""The "blind2" split: a second blind judge, written by someone who never looked at the redaction
engine, its tests, its docs or its misses, nor at the engine's output on this data. Whoever
tunes the engine must not read this file or its output either (bench/redaction.py refuses
--show-errors for it): a split you have looked at is a split you have tuned on.

Nothing here is taken from templates.py, values.py, tune2.py or blind.py. The sentences are new
(patient chat with Spanish and French code-switching, log lines of many shapes, clinical notes),
and no name (nor any part of a multi-part name, apart from particles such as "van", "de" or
"al"), street, city or e-mail domain appears in the pools of those files, nor in those of
tune3.py as it stood when this was written, checked word by word after folding accents and case. Identifiers come in formats those files mostly do not use:
"3rd of March 1941", "03.04.21", "Mar-3-2021", "2021/3/4", "+44 20 ..." numbers, "ninety-three",
state licence shapes, UK and Mexican plates, IMEIs, IPv6, URLs with paths and query strings.

The value functions keep the signatures of values.py (``_split`` is accepted and ignored), so
generate.py fills templates from this module the way it does from blind.py. Some formats only
make sense in one place (an HL7 date, a bare JSON age, a Spanish date), so the templates also use
a few slots of their own, listed in ``EXTRA_SLOTS`` as tune2.py does. A state is not scored.
"""

# Accented and non-Latin letters in names and in Spanish/French text are intended.
# ruff: noqa: RUF001

from __future__ import annotations

import datetime
import random
import string
import unicodedata
from collections.abc import Callable

# --- templates ------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON and dict braces are doubled for str.format.
# generate.fill() lowercases, misspells and strips punctuation from chat on top of this.

CHAT = [
    "hola buenas, soy {NAME}, necesito cita para mi mamá she's {AGE} and hasnt eaten in 2 days",
    "ok so the pharmacy lady said to call dr {SURNAME} but the number on the bottle {PHONE} just rings and rings",
    "bonjour c'est {NAME}, ma fille a de la fièvre since last night, on peut passer ce matin?",
    "address change pls {STREET}, {CITY} {ZIP}, the one on my bill is wrong",
    "can my son {NAME} pick up my results? his cell is {PHONE} and his email {EMAIL}",
    "i keep getting letters for {NAME} at my house, no idea who that is, pls take my address off her file",
    "its me again lol the guy w the sprained ankle, birthday {DATE} if u need it to find me",
    "the er gave me a paper with visit number {OTHER} but my insurance says they never heard of it",
    "mi abuelita tiene {EDAD} años y se cayó en el baño, estamos en {CITY}, which hospital is closest",
    "login is {USER} pero no me deja entrar, dice que la contraseña expiró",
    "got the bill for acct {ACCOUNT}, why is it 800 dollars for a ten minute visit",
    "the tag on my insulin pump says {DEVICE}, tech support wants that plus my mrn {MRN}",
    "i think somebody used my social {SSN} to open an account at ur clinic, i have never been there",
    "its {NICK}, {FIRST}s brother, he said to message here bc his phone died",
    "is dr. {SURNAME} still at the {CITY} office or did she leave",
    "the link u sent {URL} says page not found",
    "my girlfriends grandma {NAME} wants to be a new patient, she's on medicare, number is {MBI}",
    "moving back to {CITY} from {CITY} on {DATE}, can u transfer my records over",
    "writing from a friends phone {PHONE}, mine got stolen with my license {LICENSE} in the case",
    "car died on the way to my appt, plate {PLATE}, can the shuttle come get me",
    "why does my chart say i live at {STREET}?? never lived there in my life",
    "video visit keeps kicking me out, the speed test site says my ip is {IPV6}",
    "je suis {FIRST}, la fille de {NAME}, elle a {AGEFR} ans et elle tousse beaucoup depuis lundi",
    "ok i faxed the form from the library, their fax # is {FAX}",
    "ur email bounced from {EMAIL} so try my work one instead",
    "my dads medicare number is {MBI} and dob {DATE}, he lives at {STREET} {CITY}",
    "pls dont call {PHONE} after 8pm my husband works nights and sleeps days",
    "im {FIRST} {SURNAME}s neighbor, she asked me to tell u she cant make it thursday",
    "mi esposo {FIRST} tiene cita el {FECHA} pero no habla inglés, hay intérprete?",
    "found an old appointment card that says {NAME}, mrn {MRN}, is that number still good",
    "my number changed from {PHONE} to {PHONE}, please fix it in the system",
    "they said my drivers lic {LICENSE} wouldnt scan at check in, is that a problem",
    "sorry to bother u, its {NAME} ({EMAIL}), i still havent gotten the mri report",
    "uncle {NICK} is {AGE} and wont wear his hearing aids lol, can the audiology lady call {PHONE}",
    "i uploaded the pics on ur site {URL} did they come thru",
    "complaint reference {OTHER}, nobody ever replied to it",
    "pretty sure my account {USER} got hacked, someone logged in from {IP} at 3 in the morning",
    "cpap supplies should ship to {STREET} in {CITY} ({STATE} {ZIP}) not my old place",
    "the tow yard says the vin is {VIN}, the hospital wants it for the police report",
    "{NAME} passed away last month, how do i close out her account {ACCOUNT}",
    "is {FIRST} the nurse working today? she helped me so much on {DATE}",
    "hi its mrs {SURNAME}, the one who called about the rash on her arm",
    "pour la facture mon numéro de compte est {ACCOUNT}, merci beaucoup",
    "my grandpas hearing aid serial {DEVICE} got lost in the ambulance, who do we ask",
    "the insurance form wants the npi for dr {NAME}, is it {NPI}?",
    "necesito mis resultados, me llamo {NAME} y nací el {FECHA}",
    "hey, {NAME} here. turned {AGE} on {DATE} and the dmv wants a doctor's note to renew",
    "text {PHONE} not the landline, nobody checks the landline",
    "my wife {FIRST} saw dr {SURNAME} in {CITY} last year, can u get those notes",
    "member id {PLAN} is for me and my kids, do they need separate ones",
    "acabo de mudarme a {STREET}, {CITY}, pueden cambiar mi dirección porfa",
    "grandma {NICK} ({AGEN}yo) is confused again and keeps asking for her sister",
    "salut c'est {FIRST}, mon rendez-vous du {DATEFR} est annulé? personne ne m'a rappelé",
    "billing lady wants my ss# {SSN} AGAIN?? i gave it last time, also my work fax is {FAX}",
    "cant open the portal from {IP}, maybe the work wifi blocks it",
    "my niece made me a page about my surgery {URL} can the nurses see it",
]

# key=value, JSON, query strings, access lines, HL7/X12/DICOM, CSV, stack traces. No timestamps
# or other unlabelled identifiers in the literal text.
LOGS = [
    'appt.reminder.sent channel=sms to="{PHONE}" patient_ref={OTHER} lang=es',
    '{{"level":"ERROR","svc":"intake-api","err":"ssn checksum failed","input_ssn":"{SSN}","mrn":"{MRN}"}}',
    "GET /api/v4/patients?q={FIRST}+{SURNAME}&born={DOBISO}&limit=20 200 57ms",
    "PID|1|{OTHER}|{MRN}^^^HOSP^MR||{LNUP}^{FNUP}^^^^^L||{DTM}|F|||{STREET}^^{CITY}^^{ZIP}^US^H||^PRN^PH^^^{PHONE}",
    "MRG|{MRN}^^^HOSP^MR||{ACCOUNT}|||||{LNUP}^{FNUP}",
    "ORC|NW|{OTHER}||||||||||{NPI}^{LNUP}^{FNUP}^^^^MD|||||OBX|4|ST|ECONTACT||{NAME} {PHONE}||||||F",
    "row 118: {MRN};{LNUP};{FNUP};{DOBISO};{EMAIL};{PHONE} -> ValueError: too many fields",
    "File \"/srv/clinic/billing/statements.py\", line 77, in render\n    addr = f\"{{p.street}}, {{p.city}}\"\nAttributeError: 'NoneType' object has no attribute 'street' (patient {NAME}, acct {ACCOUNT})",
    "java.lang.IllegalStateException: plan {PLAN} inactive for subscriber {NAME}\n\tat org.clinic.elig.Checker.verify(Checker.java:311)\n\tat org.clinic.elig.Job.run(Job.java:58)",
    '{IP} - - "POST /portal/login HTTP/2.0" 401 38 "-" "Mozilla/5.0 (Linux; Android 14)" user={USER}',
    '{{"event":"consent.signed","signer":{{"name":"{NAME}","relationship":"daughter","email":"{EMAIL}"}},"patient_mrn":"{MRN}"}}',
    "otp.issue channel=voice dest={PHONE} ttl=300 ok",
    'audit action=VIEW user={USER} target_patient="{NAME}" reason=treatment ws=[{IPV6}]:443',
    "sftp put ./outbound/{LNUP}_{FNUP}_{DTM}.pdf -> fax {FAX} ok pages=4",
    "ehr.merge primary_mrn={MRN} secondary_mrn={MRN} by={USER} result=conflict field=dob a={DATE} b={DATE}",
    'WARN addr.normalize fallback used input="{STREET} {CITY} {STATE}" zip5={ZIP}',
    "billing.webhook invoice.payment_failed customer_email={EMAIL} acct_ref={ACCOUNT} attempt=3",
    "nemt.trip.assign lic={LICENSE} tag={PLATE} from_addr='{STREET}' member='{NAME}' leg=1/2",
    'kafka topic=vitals partition=3 key={DEVICE} value={{"hr":71,"spo2":97,"owner_age":{AGEN}}}',
    "dicom.store PatientName={LNUP}^{FNUP} PatientID={MRN} PatientBirthDate={DTM} PatientAge=0{AGEN}Y Modality=CR",
    'sms.inbound from={PHONE} body="soy {FIRST}, no puedo ir el {FECHA}"',
    'POST /v1/claims 400 {{"field":"subscriber.memberId","value":"{PLAN}","error":"format"}}',
    "cron.purge skipped patient {OTHER}: legal hold, contact {EMAIL}",
    "geoip ip={IP} city={CITY} region={STATE} -> differs from home zip {ZIP}",
    "ValueError: time data '{DATE}' does not match format '%Y-%m-%d' (field=birth_date, patient_id={OTHER})",
    "TypeError: Cannot read properties of undefined (reading 'zip')\n    at formatAddress (address.js:44:17) {{ street: '{STREET}', city: '{CITY}' }}",
    "ldap bind ok dn=uid={USER},ou=patients,dc=clinic,dc=local src={IP}",
    "device.firmware.update imei={IMEI} from=4.2.0 to=4.3.1 result=ok",
    'mdm.enroll serial={DEVICE} assigned_to="{NAME}" notify={EMAIL}',
    'voice.call from={PHONE} dur=184s voicemail=true transcript="hi this is {NAME} calling about my son"',
    "pdmp.query prescriber_npi={NPI} patient_dob={DOBISO} patient_last={SURNAME} fills=3",
    'export.csv line 92: "{SURNAME}, {FIRST}","{DATE}","{STREET}","{CITY}","{ZIP}","{PHONE}"',
    'reminder.skip reason=deceased patient="{NAME}" age={AGEN}',
    "GET /share/v/{OTHER}?next={URL} 302",
    "oauth.callback sub={USER} email_verified=true email={EMAIL}",
    "WARN parking.lpr low confidence read={PLATE} conf=0.58 lane=2",
    'card.ocr fields={{"member":"{PLAN}","name":"{NAME}","dob":"{DATE}"}}',
    'claims.auto vin={VIN} insured="{NAME}" acct={ACCOUNT} status=open',
    'fax.received from={FAX} pages=6 matched_patient="{LNUP}, {FNUP}" confidence=0.87',
    "portal.profile.update user={USER} phone {PHONE} -> {PHONE}",
    "EB*1*IND*30*HM~NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~DMG*D8*{DTM}*M~",
    'tele.session joined participant="{NAME}" addr={IPV6} browser=Safari/17.4',
    'chat.route text="tengo {EDAD} años y mi doctor es {SURNAME}" intent=provider_lookup',
    '"{NAME}" <{EMAIL}> unsubscribed list=diabetes-ed',
    "geocode ok q={STREET}|{CITY}|{ZIP} precision=rooftop",
    'ERROR upload rejected: "{URL}" is not an allowed host (user {USER})',
    "ssn.verify input={SSN} name={LNUP},{FNUP} result=NO_MATCH",
    "AttributeError: 'NoneType' object has no attribute 'mrn'\n  while linking device {DEVICE} to patient {NAME} (license {LICENSE})",
    "WARN dlp.match type=ssn value={SSN} channel=chat_upload user={USER}",
    "fw.block src={IP} dst=portal reason=geo policy=us-only",
    'link.preview url="{URL}" status=200 bytes=18233',
    "fax.outbound to={FAX} job=77 status=failed reason=no_answer retry_in=600s",
]

# Clinical notes: headers, abbreviations, SOAP, terse fragments.
NOTES = [
    "S: {AGEN}yo M c/o BLE edema x2 wks. O: 2+ pitting bilat. A: CHF exac. P: diurese, daily wts",
    "Pt: {LNUP}, {FIRST} | DOB {DATE} | MRN {MRN} | Attending: Dr. {SURNAME}",
    "CC per pt's wife {NAME}: \"he's not himself.\" Pt is {AGE} and normally independent with ADLs.",
    "Social: lives w/ partner {FIRST} at {STREET}, {CITY}. Retired welder. Denies IVDU.",
    "Contacts: daughter {NAME} {PHONE} (primary); son {NAME} {PHONE} (alt)",
    "Registration: pt presented Medicare card {MBI}; secondary coverage {PLAN}.",
    "Pre-op: implant card shows pacemaker S/N {DEVICE}; device rep notified.",
    "Pt requests copy of records be e-mailed to {EMAIL}; ROI form signed and scanned.",
    "ED course: BIBA from home ({STREET}, {CITY} {ZIP}) after witnessed syncope in kitchen.",
    "Addendum: correct DOB is {DATE}, not {DATE} as entered at registration.",
    "D/c instructions reviewed w/ pt and niece {FIRST} {SURNAME}; f/u w/ PCP on {DATE}.",
    "Consult requested by Dr. {NAME} (cell {PHONE}) for AKI on CKD.",
    "Pt drives, DL {LICENSE}. Counseled no driving x6 mo after seizure per state law.",
    "Wound care: visiting RN {NAME} to see pt 3x/wk; agency fax {FAX}.",
    "Financial counseling: acct {ACCOUNT}, self-pay, payment plan discussed and accepted.",
    "Hx via Spanish interpreter. Pt {NAME}, {AGEN} y/o, recently arrived from {CITY}.",
    "S: {FIRST} reports sleeping better. O: BP 124/78. A: HTN, controlled. P: cont meds, RTC {DATE}.",
    "Collateral from group home staff member {NAME} ({EMAIL}).",
    "Pt wears CGM (transmitter {DEVICE}); readings shared with clinic via {URL}.",
    "Time-out: pt initials {INITIAL}, MRN {MRN}; two identifiers confirmed prior to transfusion.",
    "{AGE} year old retired schoolteacher referred by {NAME}, NP, for progressive memory loss.",
    "Security note: portal account {USER} accessed from {IP} while pt was inpatient; IT ticket {OTHER}.",
    "Police at bedside re: MVC. Pt's vehicle plate {PLATE}, VIN {VIN}.",
    "Med rec completed w/ outpatient pharmacy ({PHONE}); no discrepancies.",
    "Surrogate decision-maker {NAME} ({PHONE}) resides at {STREET}, {CITY} {STATE} {ZIP}.",
    "Assessment: {AGEN}F, frail, lives alone in {CITY}; high fall risk, Morse 65.",
    "Pt reports SSN {SSN} was stolen; registration flagged the chart (case {OTHER}).",
    "PT eval: {FIRST} ambulated 150 ft w/ RW, CGA. Goal is d/c home to {STREET}.",
    "Birth hx from mother {NAME}: pt born {DATE} at 38 wks via SVD, no NICU stay.",
    "Transfer: accepting physician Dr. {SURNAME}, NPI {NPI}, at {CITY} Regional.",
    "Telehealth: pt at daughter's home in {CITY}, {STATE}; connected from {IPV6}.",
    "Pt's son goes by {NICK}; he is the primary caregiver, reachable at {PHONE}.",
    "Chart correction: e-mail on file ({EMAIL}) belongs to ex-spouse, removed per pt.",
    'Mr. {SURNAME} declined flu vaccine; states he is {AGE} and has "never needed it."',
    "Hospice referral faxed to {FAX}; intake RN {NAME} will call pt's daughter.",
    "MRN {MRN} / Acct {ACCOUNT} / Adm {DATE} / Disch {DATE}",
    "Fell at {STREET} (a friend's house) on {DATE}; no LOC, no anticoagulants.",
    "ROS neg except per HPI. Husband {NAME} reports loud snoring and witnessed apneas.",
    "Outside labs from Dr. {NAME}'s office (fax {FAX}) reviewed: Cr 1.9, K 5.2.",
    "Home health orders for {NAME}, {STREET}, {CITY} {ZIP}; Medicaid {PLAN}.",
    "Chaplain visit: pt {NAME} ({AGE}) asked that her pastor be called at {PHONE}.",
    "Device clinic: remote monitor IMEI {IMEI} paired to portal account {USER}.",
    "Paciente {NAME}, {EDAD} años, acompañada por su hijo {FIRST}; refiere mareo desde el {FECHA}.",
    "Identity verified by DL {LICENSE} and DOB {DATE}; pt uses the name {NICK}.",
    "Pt {NAME} (née {SURNAME}) returned from abroad on {DATEFR}; notes from the clinic there, in French, scanned.",
    "Guarantor: {LNUP}, {FNUP}; account {ACCOUNT}; billing address {STREET}, {CITY} {ZIP}.",
    "Pt's social security # {SSN} obtained for disability paperwork; copy to SW.",
    "Records released to attorney's office by fax to {FAX} per signed authorization.",
    "Pt says family follows her recovery blog ({URL}); privacy settings discussed.",
    "Video visit audit: session IP {IP}; pt confirmed physical location at start.",
]

# No PHI at all, but full of what looks like it: vitals, doses, labs, codes, eponyms, ages
# under 90, weekdays, years alone, durations, drug names, room numbers, versions, log lines.
PHI_FREE = [
    "T 38.4 C, HR 112, BP 98/61, RR 22, SpO2 91% on 4 L NC",
    "orthostatics: lying 138/80 HR 70, standing 112/68 HR 96",
    "ceftriaxone 2 g IV q24h, day 3 of 7",
    "heparin drip at 18 units/kg/h, aPTT goal 60-85 s",
    "gabapentin 300 mg qhs, titrate by 300 mg every 3 days to 900 mg tid",
    "Na 128, K 3.1, Mg 1.4, phos 2.0, glucose 214",
    "Hgb 7.8 g/dL, Plt 61, INR 1.9, fibrinogen 140",
    "AST 212, ALT 340, alk phos 180, T bili 3.4, lipase 48",
    "NT-proBNP 4120 pg/mL, troponin T 38 ng/L (delta 4)",
    "ICD-10 K50.90 Crohn's disease, unspecified; CPT 45378 colonoscopy",
    "ICD-10 G20.A1 Parkinson's disease without dyskinesia, F02.80",
    "LOINC 718-7 hemoglobin, LOINC 2160-0 creatinine, LOINC 33762-6 NT-proBNP",
    "CPT 99285, 93010, 71046; HCPCS G0439 annual wellness visit",
    "SNOMED 38341003 hypertensive disorder; RxNorm 617314 atorvastatin 10 MG",
    "non-Hodgkin lymphoma, R-CHOP x6, PET negative after cycle 4",
    "Wolff-Parkinson-White pattern on ECG, delta waves in V1-V3",
    "Brown-Sequard syndrome after stab wound, motor 3/5 RLE",
    "Ramsay Hunt syndrome, valacyclovir 1 g tid x 7 days",
    "Austin Flint murmur with severe AR, Quincke's pulses noted",
    "Sister Mary Joseph nodule palpated at umbilicus, CT ordered",
    "Philadelphia chromosome positive ALL, on dasatinib",
    "Bence Jones proteinuria, M-spike 2.1 g/dL",
    "Todd's paralysis resolved within 6 hours",
    "Trendelenburg sign positive L, hip abductors 4-/5",
    "Salter-Harris II fracture of distal radius, closed reduction",
    "Weber B ankle fracture, non-weight-bearing x 6 weeks",
    "Hill-Sachs lesion and Bankart tear on MRI",
    "de Quervain's tenosynovitis, Finkelstein positive",
    "Osgood-Schlatter disease, 13 y/o soccer player",
    "Gilbert's syndrome, indirect bili 2.2, no workup needed",
    "von Willebrand disease type 1, DDAVP before dental work",
    "Mallory-Weiss tear on EGD, no active bleeding",
    "Bishop score 8, Pitocin started at 2 mU/min",
    "Child-Pugh B, MELD-Na 17",
    "NIHSS 4 on arrival, 1 at 24 hours",
    "Ottawa ankle rules negative, no imaging",
    "Centor score 3, rapid strep negative",
    "Glasgow 14 (E4 V4 M6), pupils 4 mm reactive",
    "Snellen 20/40 OD, 20/25 OS",
    "Tanner stage 3, growth velocity 7 cm/yr",
    "pt is 86, lives in assisted living, ambulates with a cane",
    "72 y/o F, G3P3, postmenopausal bleeding x 2 weeks",
    "daughter turns 15 next month, migraines off and on since age 9",
    "he's 81 and on Eliquis and Lasix, is that ok with Advil",
    "my mom is in her eighties and keeps forgetting her Aricept",
    "can i take Sudafed with Lexapro, congested for 5 days",
    "Mounjaro 5 mg weekly, down 9 lbs in 3 months",
    "Humira 40 mg every other week, last TB test 2023",
    "pharmacy said Ozempic is on backorder until next month",
    "took 2 Benadryl at bedtime and still up at 3am",
    "Suboxone 8/2 mg film daily, PDMP reviewed",
    "Narcan kit given, teaching done",
    "Flonase 2 sprays each nostril daily and Claritin 10 mg",
    "sugar 58 this morning, drank juice, now 112",
    "pain is a 6 now, was 9 when i woke up",
    "every monday wednesday and friday for PT, 6 weeks total",
    "smoke-free since 2018, vapes occasionally",
    "diagnosed in 1994, insulin since 2003",
    "transferred to Rm 412B, bed 2, telemetry",
    "ICU bed 7 to step-down 3 East",
    "allergies: PCN (hives), sulfa (rash), latex",
    "Foley d/c'd, JP drain 40 mL serosanguinous",
    "nothing by mouth after midnight, arrive 90 min early",
    "tdap and flu given today, shingrix #2 due in 2 months",
    "fluoxetine 20 mg, taper over 4 weeks",
    "Windows 10.0.19045.4291, Chrome 124.0.6367.91",
    "iOS 17.5.1 app build 3.14.2 (881)",
    "INFO kb.reindex docs=1284 chunks=9921 took_s=41.7",
    "WARN retrying upstream=llm attempt=2/5 backoff_ms=800",
    '{"event": "cache_miss", "key": "formulary:v12", "fallback": "db", "took_ms": 19}',
    "GET /api/v1/kb/articles?topic=asthma&page=2 200 34ms",
    "POST /api/v1/triage 202 queued=true priority=3",
    "psycopg.OperationalError: connection timeout after 5.0s (pool=default, attempt 1/3)",
    '  File "/srv/app/assistant/router.py", line 214, in route\n    raise RouteNotFound(intent)',
    "worker-4 heartbeat ok rss_mb=412 tasks_done=118",
    "HTTP 413 payload too large, limit 10 MiB",
    "migrate portal 0031_message_read_at ... OK",
    "lot EW0198 Pfizer, 0.3 mL IM left deltoid",
    "NDC 0173-0682-20 Advair 250/50, 1 puff bid",
    "PHQ-2 score 1, C-SSRS negative",
    "Morse fall score 45, bed alarm on",
    "Braden 14, reposition q2h",
    "i have Crohn's and Hashimoto's, is the new med ok",
    "Lou Gehrig's disease in the family, genetic counseling offered",
    "Marfan habitus, ectopia lentis OU, echo every 12 months",
    "Ehlers-Danlos hypermobile type, frequent subluxations",
]

# --- names ----------------------------------------------------------------------------------
# Per origin: weight, given names, family names. None of these words (particles aside) is in
# values.py's Faker pools, tune2.py, tune3.py or blind.py.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "latin_american": (4, [
        "Yoselin", "Dayana", "Kenia", "Brayan", "Wilmer", "Yovani", "Osmín", "Marleny", "Dilcia",
        "Lesbia", "Nohemí", "Belkis", "Yeimi", "Mirna", "Yanira", "Cándida", "Herminia", "Tránsito",
        "Lázaro", "Filiberto", "Crisanto", "Macaria", "Eleuteria", "Zyanya", "Yareli", "Itzayana",
        "Yulissa", "Sulma", "Maynor", "Selvin", "Wualter", "Ingris", "Yensy", "Ovidio", "Nery",
        "Abelino", "Dagoberto", "Candelario", "Wendolyne", "Yadhira", "Arely", "Jhonatan",
        "Maryori", "Yurani", "Leidy", "Duberney", "Arbey", "Yeison", "Jhair", "Yeferson",
        "Edilberto", "Ananías", "Rosaura", "Clotilde", "Anacleto", "Primitivo", "Zoila", "Yanet",
        "Nidia", "Gumercindo",
    ], [
        "Quispe", "Mamani", "Huamán", "Condori", "Choque", "Ticona", "Apaza", "Cálix", "Zelaya",
        "Funes", "Argueta", "Alvarenga", "Menjívar", "Solórzano", "Barahona", "Turcios",
        "Villatoro", "Amaya", "Chicas", "Tzoc", "Xicará", "Ajú", "Cutzal", "Ixcoy", "Batz", "Caal",
        "Canché", "Uicab", "Chinchilla", "Mazariegos", "Cojulún", "Sazo", "Ical", "Tiul", "Choc",
        "Xol", "Cucul", "Quej", "Huanca", "Ccori", "Yupanqui", "Ccahuana", "Quisbert", "Gualpa",
        "Cayllahua", "Ayma", "Chambi", "Challco", "Tintaya", "Guamán", "Lliuyacc",
    ]),
    "south_asian": (3, [
        "Rafiqul", "Subhash", "Prasanta", "Moumita", "Tanushree", "Indrajit", "Sabyasachi",
        "Sushma", "Nirmala", "Chaminda", "Dilrukshi", "Nuwan", "Thilini", "Kasun", "Ruwan",
        "Nabeel", "Humaira", "Zubair", "Uzma", "Hemant", "Jignesh", "Bhavesh", "Hetal", "Falguni",
        "Kinjal", "Chirag", "Nimisha", "Mrinalini", "Gitanjali", "Sharmila", "Anjum", "Rehana",
        "Mahfuz", "Shampa", "Tenzin", "Sonam", "Dorji", "Yangchen", "Mahbub", "Shamima", "Nasima",
        "Rokeya", "Moinul", "Shafiqul", "Tasnim", "Debjani", "Sudeshna", "Paromita", "Arindam",
        "Somnath", "Bikash", "Pradip", "Laxmi", "Jyoti", "Rashed", "Anbarasan", "Kalaiselvi",
        "Senthil", "Muthulakshmi", "Ilango", "Vetrivel", "Tamilarasi", "Pugazhendhi", "Sowmya",
        "Haritha", "Tirupathi", "Venkanna", "Nagamani", "Jayalakshmi", "Shyamala", "Aneesh", "Jinu",
        "Sajeev", "Biju", "Reji", "Shiny", "Sindhu", "Manjunath", "Nagaraj", "Shivakumar", "Girija",
        "Hemalatha", "Nilanthi", "Chathura", "Sanduni", "Lahiru", "Dulani", "Tharindu", "Kavinda",
        "Ishara", "Jayesh", "Nilesh", "Bhumika", "Dhaval", "Parul", "Rupal", "Hiral",
    ], [
        "Jayasuriya", "Wickramasinghe", "Senanayake", "Bandara", "Dissanayake", "Talukdar",
        "Majumdar", "Pandya", "Jadeja", "Vaghela", "Kiyani", "Lamichhane", "Rathnayake",
        "Gunawardena", "Pathirana", "Dasgupta", "Ganguly", "Deshpande", "Apte", "Bhosale", "Paudel",
        "Ghimire", "Dahal", "Koirala", "Basnet", "Subba", "Weerasinghe", "Ranasinghe", "Fonseka",
        "Samarasinghe", "Munasinghe", "Arumugam", "Murugesan", "Palaniswamy", "Kandasamy",
        "Velusamy", "Thangavel", "Annamalai", "Ramasamy", "Periyasamy", "Kothapalli", "Yarlagadda",
        "Nallapati", "Chennupati", "Gorantla", "Kodali", "Vemuri", "Thottathil", "Kunjumon",
        "Puthenveetil", "Kallarackal", "Mathai", "Gowda", "Hegde", "Kamath", "Upadhyaya", "Herath",
        "Abeysekera", "Karunaratne", "Jayawardena", "Wijesinghe", "Rajapaksha", "Kapadia", "Dalal",
        "Zaveri", "Contractor", "Engineer", "Daruwala", "Batliwala",
    ]),
    "east_asian": (3, [
        "Haruka", "Kaito", "Riko", "Shota", "Mayumi", "Hideo", "Masato", "Chieko", "Shinji",
        "Somchai", "Siriporn", "Nattapong", "Kanokwan", "Thanawat", "Hsin-Yi", "Chien-Ming",
        "Guanyu", "Ruoxi", "Zixuan", "Yaqin", "Shufang", "Wenjun", "Jiho", "Seunghoon", "Hyewon",
        "Daeun", "Yeongja", "Chulsoo", "Myunghee", "Gyuri", "Taeyang", "Sooyoung", "Eunbi",
        "Hyojin", "Youa", "Choua", "Yeng", "Xiuhua", "Yuzhen", "Shulan", "Guiying", "Baozhu",
        "Jinlong", "Deming", "Zhenhua", "Fenglan", "Wai Man", "Chun Kit", "Seulgi", "Nayeon",
        "Dohyun", "Hyunjoo", "Jungsoo", "Kyunghee", "Myungsoo", "Pornthip", "Wanida", "Kittisak",
        "Supaporn", "Apinya", "Chatchai", "Thandar", "Wulandari", "Budi", "Agus", "Rini", "Bambang",
        "Hendra", "Yuliani", "Fitriani", "Ratna", "Oyunchimeg", "Enkhtuya", "Ganbaatar", "Bolormaa",
        "Altangerel",
    ], [
        "Srisuk", "Chaiyaporn", "Wongsakul", "Rattanakorn", "Boonmee", "Phromma", "Chan", "Cheung",
        "Lau", "Tse", "Yeung", "Siu", "Mak", "Lam", "Ngai", "Tsao", "Hsieh", "Kuo", "Chiang", "Pan",
        "Jia", "Hou", "Meng", "Yan", "Lei", "Shi", "Tao", "Qin", "Yin", "Gao", "Liang", "Xue", "Fu",
        "Niu", "Pei", "Lung", "Zou", "Geng", "Kuang", "Shao", "Xiang", "Ruan", "Ou", "Zhan", "Qi",
        "Zhuang", "Lou", "Pang", "Weng", "Bang", "Suh", "Byun", "Pyun", "Eom", "Kook", "Gong",
        "Saetang", "Sukprasert", "Thongchai", "Kaewkla", "Setiawan", "Kusuma", "Hidayat", "Wibowo",
        "Saputra", "Nugroho", "Halim",
    ]),
    "african_caribbean": (3, [
        "Thandeka", "Lwazi", "Ayanda", "Nakato", "Babirye", "Akello", "Baraka", "Neema", "Rehema",
        "Chipo", "Rudo", "Kudzai", "Mbali", "Kagiso", "Mpho", "Naledi", "Dineo", "Rodeline",
        "Islande", "Kerline", "Dieula", "Kadiatou", "Djeneba", "Oumou", "Yacouba", "Boubacar",
        "Tidiane", "Cheikh", "Moustapha", "Aissatou", "Saliou", "Roselaure", "Jeannot", "Dieudonné",
        "Emmanuella", "Woodly", "Mugisha", "Uwimana", "Niyonzima", "Ineza", "Kwizera", "Keza",
        "Hirwa", "Tumaini", "Zawadi", "Amani", "Mwajuma", "Mwanaisha", "Fanja", "Haingo", "Rivo",
        "Mamy", "Hery", "Nomena", "Fara", "Jummai", "Ladi", "Lami", "Kabiru", "Nasiru", "Ishraga",
        "Awadia", "Tagwa", "Mohanad",
    ], [
        "Sithole", "Kariuki", "Kiplagat", "Cheruiyot", "Mukasa", "Ssempala", "Okello", "Opio",
        "Mwakyusa", "Tshibangu", "Chikwanha", "Banda", "Phiri", "Mwale", "Tembo", "Dorvil",
        "Célestin", "Bernadin", "Jameson", "Nshimiyimana", "Habimana", "Uwase", "Mutesi",
        "Nsengiyumva", "Hakizimana", "Bizimana", "Ndayisaba", "Rakotomalala", "Randriamampionona",
        "Andriamihaja", "Rasoanaivo", "Razafindrakoto", "Kiwelu", "Mrema", "Massawe", "Swai",
        "Lyimo", "Shirima", "Temba", "Kimaro", "Mushi", "Mollel", "Laizer", "Fotso", "Tchoua",
        "Nkwenti", "Ngono", "Essomba", "Mbarga", "Ateba", "Onana",
    ]),
    "arab_kurdish": (2, [
        "Rami", "Ziad", "Nadim", "Ghassan", "Issam", "Bassam", "Maha", "Rasha", "Ruba", "Abeer",
        "Hiba", "Nisreen", "Mounir", "Driss", "Abdelkader", "Fatiha", "Malika", "Hakim", "Mehdi",
        "Othman", "Soufiane", "Imane", "Zineb", "Houda", "Wafa", "Sanaa", "Yasser", "Anas", "Majed",
        "Reem", "Ghada", "Suha", "Tamer", "Hisham", "Lubna", "Dunya", "Rawan", "Shadi", "Fadi",
        "Wissam", "Naji", "Munir", "Bushra", "Manal", "Rula", "Najat", "Bilel", "Yassine", "Ayoub",
        "Nassim", "Shirwan", "Rebwar", "Zhilwan", "Hemin", "Avin", "Nazdar", "Kawa", "Shilan",
        "Berivan", "Rojda", "Sirwan", "Mishaal", "Nouf", "Hessa", "Maitha", "Shamma",
    ], [
        "Bakri", "Jaber", "Hijazi", "Halabi", "Tamimi", "Khalil", "Farouk", "Ghanem", "Karam",
        "Sabbagh", "Touma", "Bitar", "Chahine", "Bennani", "El Idrissi", "Benjelloun", "Ouali",
        "Amrani", "Benali", "Zerrouki", "al-Hashimi", "al-Khatib", "Abu-Ghazaleh", "al-Otaibi",
        "al-Dosari", "Haddadin", "Chakroun", "Trabelsi", "Belhadj", "Mahjoub", "Saadi", "Hawrami",
        "Shwani", "Jaff", "Dizayee", "Botani", "Zebari", "al-Mansoori", "al-Suwaidi", "al-Ketbi",
        "al-Marri", "al-Qahtani",
    ]),
    "slavic_baltic_caucasus": (2, [
        "Yaroslava", "Bohdana", "Ostap", "Zlata", "Kateryna", "Lyubomyr", "Snizhana", "Nadiya",
        "Hryhoriy", "Stoyan", "Tsvetana", "Hristo", "Dimitar", "Boyana", "Radoslav", "Zvonimir",
        "Mateja", "Vuk", "Dušan", "Branka", "Slavica", "Goran", "Snežana", "Aleš", "Tjaša", "Matej",
        "Ljiljana", "Blagoja", "Anatoliy", "Valentyna", "Vadym", "Uliana", "Zoriana", "Oleh",
        "Svyatoslav", "Bozhidar", "Yordan", "Ognyan", "Slavko", "Borislav", "Vesela", "Desislava",
        "Rūta", "Gintarė", "Vytautas", "Mindaugas", "Aušra", "Dainius", "Žydrūnas", "Jānis", "Ilze",
        "Māris", "Baiba", "Kristaps", "Liene", "Tõnu", "Kadri", "Märt", "Triin", "Urmas", "Tiiu",
        "Giorgi", "Levan", "Ketevan", "Nodar", "Tamaz", "Eka", "Zurab",
    ], [
        "Yatsenko", "Pavlyuk", "Dimitrov", "Georgiev", "Stoyanov", "Todorova", "Hristova",
        "Angelov", "Babić", "Kovačević", "Perić", "Knežević", "Vuković", "Zupančič", "Kranjc",
        "Potočnik", "Mlakar", "Tkachuk", "Sydorenko", "Zhuravel", "Ignatenko", "Karpenko", "Bilyk",
        "Kuzmenko", "Hnatyuk", "Ostapenko", "Trajkovski", "Stojanovska", "Kazlauskas", "Jankauskas",
        "Petrauskienė", "Žukauskas", "Butkus", "Bērziņš", "Kalniņš", "Ozoliņa", "Liepiņš", "Tamm",
        "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Beridze", "Kapanadze", "Gelashvili", "Tsiklauri",
        "Lomidze", "Chkheidze", "Japaridze", "Dolidze",
    ]),
    "celtic_iberian_nordic": (2, [
        "Ingvild", "Torbjørn", "Håkon", "Kjell", "Birgitta", "Eero", "Aino", "Päivi", "Jukka",
        "Tuomas", "Sini", "Hallgrímur", "Guðrún", "Sölvi", "Freyja", "Ylva", "Maarten", "Femke",
        "Sanne", "Wouter", "Gerrit", "Hendrika", "Gwenllian", "Iolo", "Dafydd", "Eleri", "Hywel",
        "Llinos", "Meinir", "Aneurin", "Gruffydd", "Nerys", "Iñaki", "Aitor", "Amaia", "Itziar",
        "Garazi", "Unai", "Ainhoa", "Jordi", "Montserrat", "Núria", "Pau", "Oriol", "Meritxell",
        "Gwenaëlle", "Yannick", "Maëlys", "Erwan",
    ], [
        "Sjöberg", "Holmgren", "Åkesson", "Nyström", "Bakke", "Solberg", "Virtanen", "Korhonen",
        "Mäkinen", "Nieminen", "Heikkinen", "Jónsdóttir", "Sigurðsson", "Gunnarsdóttir",
        "Mikkelsen", "Kjær", "de Wit", "ter Haar", "Mulder", "Smit", "Veenstra", "Pugh",
        "Prytherch", "Llewellyn", "Gruffudd", "Etxeberria", "Goikoetxea", "Agirre", "Zubizarreta",
        "Arrieta", "Olazabal", "Vilanova", "Casals", "Puig", "Roig", "Batlle", "Sabaté", "Quéméner",
        "Tanguy",
    ]),
    "anglo": (4, [
        "Dwight", "Darlene", "Wanda", "Lyle", "Colby", "Trey", "Earline", "Verna", "Wilbur",
        "Delbert", "Lavern", "Orval", "Dewey", "Homer", "Floyd", "Lonnie", "Jolene", "Charlene",
        "Darla", "Kaylee", "Brayden", "Jaxon", "Ryker", "Tatum", "Harlow", "Dixie", "Lottie",
        "Nettie", "Otis", "Amos", "Rufus", "Virgil", "Lemuel", "Thaddeus", "Alastair", "Imogen",
        "Tamsin", "Rupert", "Crispin", "Barnaby", "Bronwyn", "Dilys", "Gwilym", "Rhys", "Emrys",
        "Branwen", "Cerys", "Menno", "Lavina", "Malinda", "Orpha", "Ammon", "Reuben", "Levi",
        "Lydia", "Ezekiel",
    ], [
        "Tickle", "Bedwell", "Ramsbottom", "Sidebottom", "Pickett", "Spratt", "Haddock", "Bunce",
        "Pidgeon", "Twigg", "Catchpole", "Whitlock", "Oldham", "Pruitt", "Tolliver", "Honeycutt",
        "Shifflett", "Stidham", "Yarbrough", "Brumley", "Vickery", "Satterwhite", "Huckabee",
        "Dinwiddie", "Pettibone", "Winterbottom", "Higginbotham", "Blankenship", "Bledsoe",
        "Crabtree", "Puckett", "Stoltzfus", "Beiler", "Zook", "Yoder", "Hostetler", "Lapp", "Esh",
        "Glick", "Kauffman", "Troyer", "Hochstetler", "Swartzentruber", "Borntrager", "Wellbeloved",
        "Goodenough", "Gotobed", "Doolittle", "Sweetapple",
    ]),
    "pacific": (1, [
        "Losa", "Siaosi", "Tavita", "Vailea", "Ofa", "Pita", "Wiremu", "Aroha", "Hemi", "Mere",
        "Rawiri", "Ngaire", "Whetu", "Keala", "Kawika", "Iolani", "Kaimana", "Jione", "Litia",
        "Mereoni", "Sakiusa", "Vilimaina",
    ], [
        "Vaipulu", "Aumua", "Te Whata", "Ngata", "Parata", "Tamihana", "Ravouvou", "Qalo",
        "Naivalu", "Taitano", "Quitugua", "Aguon",
    ]),
}  # fmt: skip

# Given names and surnames that are also ordinary (sometimes clinical) English words, drawn now
# and then whatever the origin.
WORD_FIRST_NAMES = [
    "Stormy", "Saffron", "Les", "Val", "Rod", "Norm", "Herb", "Lance", "Miles", "Dash", "Ransom",
    "Temperance", "Unique", "Honesty", "Diamond", "Sapphire", "Garnet", "Jasper", "Velvet", "Tulip",
    "Champ", "Merry", "Glee", "Harbor", "Canyon", "Wisdom", "Treasure", "Kingdom", "Legacy",
    "Promise", "Shadow", "Copper", "Cobalt", "Indigo", "Scarlet", "Crimson", "Peaches", "Valor",
    "Gallant", "Loyal", "Blaze", "Rebel", "Sarge", "Admiral", "Cannon", "Arrow", "Bronco",
]  # fmt: skip
WORD_SURNAMES = [
    "Bowell", "Pain", "Leech", "Physick", "Spittle", "Heale", "Cutts", "Bunyan", "Sickles", "Cramp",
    "Coffey", "Steeple", "Chapel", "Bridges", "Barley", "Thorn", "Good", "Proud", "Handy", "Cheek",
    "Glass", "Cure", "Squire", "Freeman", "Lightfoot", "Rainwater", "Coldwater", "Goodheart",
    "Sweat", "Mould", "Overturf", "Bonebrake", "Smallwood", "Stillwell", "Pretty", "Large", "Seed",
    "Leaf", "Roe", "Hogg", "Oats", "Towers", "Dyer", "Hatter", "Painter", "Spinner", "Steward",
    "Queen", "Coughlin", "Blain", "Bedsole", "Gullet", "Fitt", "Sickler", "Lack",
]  # fmt: skip
NICKNAMES = [
    "Tito", "Vova", "Kolya", "Tolya", "Raju", "Bablu", "Bunty", "Chintu", "Jojo", "Dodo", "Lolo",
    "Bitsy", "Zizi", "Nunu", "Kiko", "Pookie", "Bootsie", "Muffin", "Goose", "Scooter", "Bubbles",
    "Moose", "Smokey",
]  # fmt: skip
FAMILY_FIRST = {"east_asian"}
PARTICLES = {"al", "el", "abu", "van", "der", "de", "ter"}
SUFFIXES_GEN = ["Jr.", "Sr.", "II", "III", "IV"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
                       "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})  # fmt: skip


def _fold(text: str) -> str:
    """Accents dropped, ASCII kept: how names are typed into logins, e-mails and HL7."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _given(rng: random.Random, origin: str) -> str:
    return rng.choice(WORD_FIRST_NAMES if rng.random() < 0.07 else ORIGINS[origin][1])


def _family(rng: random.Random, origin: str) -> str:
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(WORD_SURNAMES)
    last = rng.choice(ORIGINS[origin][2] if roll < 0.9 else ORIGINS[_origin(rng)][2])
    roll = rng.random()
    if origin == "latin_american" and roll < 0.3:  # two apellidos
        other = rng.choice(ORIGINS[origin][2])
        return last if other == last else f"{last} {other}"
    if roll < 0.07:  # hyphenated across families
        other = rng.choice(ORIGINS[_origin(rng)][2])
        return last if other == last else f"{last}-{other}"
    return last


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = _origin(rng)
    first, last = _given(rng, origin), _family(rng, origin)
    if rng.random() < 0.2:
        first, last = _fold(first), _fold(last)
    return first, last, origin


def person(rng: random.Random, _split: str = "blind2") -> tuple[str, str]:
    first, last, _ = _person(rng)
    return first, last


def surname(rng: random.Random, _split: str = "blind2") -> str:
    return _person(rng)[1]


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def _initial(name: str) -> str:
    """First letter of a name, skipping particles: "van der Meulen" -> "M"."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in PARTICLES]
    return _fold(words[0] if words else name)[:1].upper() or "K"


def initials(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _initial(first), _initial(last)
    return rng.choice([f"{f}.{ln}.", f"{f}{ln}", f"{f}. {ln}."])


def full_name(rng: random.Random, _split: str = "blind2") -> str:
    first, last, origin = _person(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.25:
        return f"{last} {first}"
    if form < 0.36:
        return f"{first} {last}"
    if form < 0.44:
        return f"{last}, {first}"
    if form < 0.49:
        return f"{last}, {first} {rng.choice(string.ascii_uppercase)}."
    if form < 0.55:
        return f"{_initial(first)}. {last}"
    if form < 0.60:
        return f"{_initial(first)}.{rng.choice(string.ascii_uppercase)}. {last}"
    if form < 0.66:
        return f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
    if form < 0.71:
        return f'{first} "{nickname(rng)}" {last}'
    if form < 0.75:
        return f"{nickname(rng)} {last}"
    if form < 0.80:
        return f"{first} {_initial(last)}."
    if form < 0.86:
        return first
    if form < 0.90:
        return f"{first} {_given(rng, origin)} {last}"
    if form < 0.94:
        return f"{first} {last} {rng.choice(SUFFIXES_GEN)}"
    return f"{first} {last}".upper()


def username(rng: random.Random, _split: str = "blind2") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kiko", _handle(last) or "mak"
    yy, year = rng.randint(0, 99), rng.randint(1931, 2011)
    return rng.choice([
        f"{f}{ln[0]}{yy:02d}", f"{ln}_{f[:2]}", f"~{f}{ln}", f"{f}{ln}.rn", f"{f[0].upper()}{ln[0].upper()}{rng.randint(1000, 9999)}",
        f"{f}-{ln}-{rng.randint(10, 99)}", f"u_{ln}{f[0]}", f"{ln}{f}{year}", f"HOSP\\{ln}{f[0]}",
        f"{f[:3]}{ln[:3]}", f"{f}.{ln}.{rng.randint(2, 9)}", f"{ln.upper()}.{f[0].upper()}",
        f"{f}_the_{rng.choice(['great', 'nurse', 'gardener', 'welder', 'teacher'])}", f"{f}{ln}{yy:02d}x",
    ])  # fmt: skip


DOMAINS = [
    "cogeco.ca", "eastlink.ca", "telenet.be", "ziggo.nl", "kpnmail.nl", "eircom.net", "tiscali.it",
    "home.nl", "hetnet.nl", "online.no", "telia.com", "tele2.se", "bredband.net", "luukku.com",
    "elisanet.fi", "kolumbus.fi", "simnet.is", "aon.at", "chello.at", "tin.it", "netvigator.com",
    "singnet.com.sg", "xs4all.nl", "bbox.fr", "cegetel.net", "excite.com", "peoplepc.com",
    "atlanticbb.net", "frontiernet.net", "hargray.com", "bresnan.net", "centurytel.net",
    "sparklight.net", "marshfield-vfd.org", "tollivertrucking.example",
]  # fmt: skip


def email(rng: random.Random, _split: str = "blind2") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kiko", _handle(last) or "mak"
    local = rng.choice([
        f"{ln}.{f[0]}{rng.randint(0, 99):02d}", f"{f}_{ln[:4]}", f"{f[0]}{ln}.{rng.randint(1, 999)}",
        f"{f}.{ln}.md", f"{ln}-family", f"{f}{rng.randint(1940, 2010)}", f"{f}.{ln}",
        f"{ln}{f[:1]}", f"{f}+{ln}", f"{f[:1]}_{ln}_{rng.randint(1, 9)}", f"{ln}.{f}",
        f"{rng.choice(NICKNAMES).lower()}.{ln}", f"mrs.{ln}", f"{f}{ln}{rng.choice(['rn', 'md', 'pt'])}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def url(rng: random.Random, _split: str = "blind2") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kiko", _handle(last) or "mak"
    return rng.choice([
        f"https://www.facebook.com/profile.php?id=1000{_digits(rng, 11)}",
        f"https://linktr.ee/{f}{ln}", f"https://www.strava.com/athletes/{_digits(rng, 8)}",
        f"https://sites.google.com/view/{f}-{ln}-recovery", f"https://www.mealtrain.com/trains/{_alnum(rng, 6).lower()}",
        f"https://bsky.app/profile/{f}{ln}.bsky.social", f"https://t.me/{f}_{ln}",
        f"https://calendly.com/{f}-{ln}/30min", f"https://patients.ostrander-imaging.example/records/download?mrn={_digits(rng, 8)}&token={_alnum(rng, 10)}",
        f"https://www.lotsahelpinghands.com/c/{_digits(rng, 6)}/", f"http://{ln}{f[0]}.neocities.org/diary.html",
        f"https://www.spokeo.com/{f.capitalize()}-{ln.capitalize()}", f"https://soundcloud.com/{f}{ln}{rng.randint(1, 99)}",
        f"https://care.vellamo-clinic.example/p/{_alnum(rng, 8)}?ref=sms&lang=fr",
        f"https://www.etsy.com/shop/{f.capitalize()}{ln.capitalize()}Makes", f"https://{f}{ln}.carrd.co",
    ])  # fmt: skip


# --- places ---------------------------------------------------------------------------------

STREET_NAMES = [
    "Gooseberry", "Boxelder", "Hackberry", "Basswood", "Chokecherry", "Serviceberry", "Bergamot",
    "Wintergreen", "Sparrow", "Bobolink", "Hancock", "Revere", "Bradford", "Winthrop", "Coronado",
    "De Anza", "Portola", "Sutter", "Kearny", "Lamar", "Bowie", "Crockett", "Flatbush", "Ditmars",
    "Fordham", "Delancey", "Bleecker", "Nostrand", "Roscoe", "Diversey", "Crenshaw", "Slauson",
    "Normandie", "Sawtelle", "Lankershim", "Telegraph", "Shattuck", "MacArthur", "Fruitvale",
    "Dexter", "Livernois", "Kinnickinnic", "Possum Trot", "Buzzard Roost", "Frog Level", "Kukui",
    "Lehua", "Makiki", "Shenandoah", "Monongahela", "Wissahickon", "Conestoga", "Catoctin",
    "Cuyahoga", "Tippecanoe", "Pawpaw", "Spicebush", "Blackhaw", "Buttonbush", "Coralberry",
    "Nannyberry", "Staghorn", "Yellowwood", "Goldfinch", "Bunting", "Towhee", "Waxwing",
    "Dickcissel", "Veery", "Pipit", "Avocet", "Godwit", "Dunlin", "Atwells", "Bardstown", "Lyndale",
    "Hennepin", "Nicollet", "Rampart", "Esplanade", "Bustleton", "Cottman", "Frankford", "Tujunga",
    "Topanga", "Reseda", "Balboa", "Zelzah", "Vanowen", "17th", "29th", "34th", "45th", "96th",
    "38th", "59th", "71st", "122nd", "177th",
]  # fmt: skip
STREET_TYPES = [("St", 8), ("Street", 5), ("Ave", 6), ("Avenue", 3), ("Rd", 5), ("Road", 3),
                ("Dr", 4), ("Drive", 2), ("Ln", 3), ("Blvd", 2), ("Ct", 2), ("Pl", 1), ("Way", 2),
                ("Close", 1), ("Rise", 1), ("Gardens", 1), ("Vale", 1), ("Gate", 1), ("Run", 1),
                ("Sq", 1), ("Cres", 1), ("Expy", 1), ("Fwy", 1), ("Tpke", 1), ("Knoll", 1)]  # fmt: skip
UNITS = ["Apt 11F", "Unit 2R", "Ste. 450", "#3B", "Bsmt", "Rear", "Flat 4", "Apt 6-C", "Unit 17",
         "Room 12", "Trailer 33", "Apt. 902", "# 1A"]  # fmt: skip
FRENCH_STREETS = ["des Lilas", "Oberkampf", "Mouffetard", "de la Roquette", "des Écoles"]
MEXICAN_STREETS = ["Av. Insurgentes Sur", "Calz. de Tlalpan", "Av. Vallarta", "Av. Chapultepec"]


def street_address(rng: random.Random, _split: str = "blind2") -> str:
    name = rng.choice(STREET_NAMES)
    kind = rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]
    number = str(rng.choice([rng.randint(3, 97), rng.randint(102, 4899), rng.randint(5001, 48999)]))
    form = rng.random()
    if form < 0.04:
        return f"PMB {rng.randint(100, 999)}, {number} {name} {kind}"
    if form < 0.07:
        return f"{rng.randint(2, 199)} rue {rng.choice(FRENCH_STREETS)}"
    if form < 0.10:
        return f"{rng.choice(MEXICAN_STREETS)} {rng.randint(10, 2999)}, Int. {rng.randint(1, 12)}"
    if form < 0.12:
        return f"Carrera {rng.randint(2, 99)} # {rng.randint(10, 150)}-{rng.randint(2, 99)}"
    if form < 0.15:
        return f"Flat {rng.randint(1, 30)}, {rng.randint(2, 180)} {name} {rng.choice(['Close', 'Rise', 'Gardens'])}"
    if form < 0.19:
        return f"{rng.choice(UNITS)}, {number} {name} {kind}"
    if form < 0.22:
        number = f"{number}-{rng.choice('ABCDEF')}"
    prefix = rng.choice(["", "", "", "", "N. ", "S ", "East ", "W ", "SW ", "Old "])
    postfix = rng.choice(["", "", "", "", " E", " NW", " South"]) if not prefix else ""
    unit = rng.choice(["", "", "", "", ""] + [" " + u for u in UNITS] + [", " + u for u in UNITS])
    address = f"{number} {prefix}{name} {kind}{postfix}{unit}"
    return address.upper() if rng.random() < 0.05 else address


CITIES = [
    "Logan", "Rexburg", "Hillsboro", "Gresham", "Renton", "Port Angeles", "Hollister", "Petaluma",
    "Vacaville", "Marysville", "Oroville", "Susanville", "Mansfield", "Alpena", "Escanaba",
    "Sheboygan", "Beloit", "Kankakee", "Galesburg", "Moline", "Carbondale", "Cape Girardeau",
    "Sedalia", "Hannibal", "Rolla", "Hopkinsville", "Pikeville", "Beckley", "Clarksburg",
    "Parkersburg", "Williamsport", "Johnstown", "Hazleton", "Glens Falls", "Fitchburg", "Laconia",
    "Brattleboro", "Biddeford", "Rocky Mount", "Goldsboro", "Tifton", "Selma", "Greenwood",
    "Vicksburg", "Opelousas", "Thibodaux", "Sebring", "Palatka", "Punta Gorda", "Wasilla", "Kodiak",
    "Bethel", "Nome", "Kahului", "Lihue", "Kapolei", "Reading", "Enterprise", "Liberal", "Paris",
    "Opportunity", "Boring", "Humble", "Nice", "Ozark", "Dublin", "Vidalia", "Waycross", "Eufaula",
    "Cordele", "Guadalajara", "Tegucigalpa", "San Pedro Sula", "Oaxaca", "Puebla", "Lyon",
    "Marseille", "Montréal", "Leeds", "Nairobi", "Dhaka", "Lahore", "Lviv", "Kharkiv", "Yreka",
    "Atascadero", "Reedley", "Lemoore", "Coalinga", "Blythe", "Needles",
    "Ridgecrest", "Tonopah", "Winnemucca", "Ely", "Pahrump", "Kanab", "Vernal", "Lander", "Cody",
    "Powell", "Worland", "Williston", "Jamestown", "Devils Lake", "Huron", "Alliance", "McCook",
    "Hays", "Pittsburg", "Coffeyville", "Bartlesville", "Guymon", "Pampa", "Borger", "Plainview",
    "Pecos", "Alpine", "Uvalde", "Kerrville", "Bastrop", "Brenham", "Corsicana", "Ruston",
    "Natchitoches", "Bogalusa", "Crowley", "Picayune", "Starkville", "Oxford",
    "Clarksdale", "Cullman", "Muscle Shoals", "Scottsboro", "Albertville", "Cartersville",
    "Milledgeville", "Americus", "Thomasville", "Bainbridge", "Fitzgerald", "Jesup", "Beaufort",
    "Orangeburg", "Aiken", "Georgetown", "Lumberton", "Kinston",
    "Martinsville", "Galax", "Abingdon", "Bluefield", "Welch", "Elkins", "Fairmont", "Frostburg",
    "Cochabamba", "Arequipa", "Cuenca", "Quetzaltenango", "Mombasa", "Kampala", "Antananarivo",
    "Tbilisi", "Kaunas", "Tartu", "Bilbao", "Girona", "Cardiff", "Swansea", "Tromsø", "Tampere",
]  # fmt: skip
STATES = ["Okla.", "Kans.", "Nebr.", "Ky", "Tenn.", "Minnesota", "Idaho", "Oregon", "Nevada",
          "Arizona", "Colorado", "Florida", "Michigan", "Indiana", "Illinois", "IN", "KY", "TN",
          "OK", "KS", "NE", "NV", "OR", "ID", "MN", "FL", "MI", "IL", "CA", "WA", "NY", "PA"]  # fmt: skip


def city(rng: random.Random, _split: str = "blind2") -> str:
    return rng.choice(CITIES)


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.05:  # Canadian postal code
        a = string.ascii_uppercase
        return f"{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}{rng.choice(a)} {rng.randint(0, 9)}{rng.choice(a)}{rng.randint(0, 9)}"
    if form < 0.08:  # UK postcode
        return f"{_letters(rng, 2)}{rng.randint(1, 20)} {rng.randint(0, 9)}{_letters(rng, 2)}"
    z = f"{rng.randint(1020, 99890):05d}"
    return z + (f"-{rng.randint(1, 9999):04d}" if form < 0.3 else "")


# --- dates and ages -------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _ord(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _day(rng: random.Random) -> datetime.date:
    # Birth dates and dates of service, about half each.
    y = rng.randint(1922, 2014) if rng.random() < 0.5 else rng.randint(2018, 2026)
    start = datetime.date(y, 1, 1).toordinal()
    return datetime.date.fromordinal(start + rng.randint(0, 364))


def date(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d, yy = day.year, day.month, day.day, day.year % 100
    month, mon, th = MONTHS[m - 1], MONTHS[m - 1][:3], _ord(d)
    wd = WEEKDAYS[day.weekday()]
    return rng.choice([
        f"{d}{th} of {month} {y}", f"{d}{th} of {month}", f"{d:02d}.{m:02d}.{yy:02d}", f"{mon}-{d}-{y}",
        f"{y}/{m}/{d}", f"{month} the {d}{th}", f"{d}/{m}/{y}", f"{d} {mon}. {y}",
        f"{mon.upper()} {d:02d} {y}", f"{d:02d}{mon.upper()}{yy:02d}", f"{y}.{m:02d}.{d:02d}",
        f"{d}-{ROMAN[m - 1]}-{y}", f"{wd[:3]} {d} {mon} {y}", f"{wd}, {month} {d}",
        f"{mon} {d}{th} '{yy:02d}", f"{month.upper()} {d}, {y}", f"{m}/{d}/{y}", f"{mon}/{d:02d}/{y}",
        f"{d}.{m}.{y}", f"{y}-{m}-{d}",
    ])  # fmt: skip


def fecha(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d = day.year, day.month, day.day
    return rng.choice([f"{d} de {MESES[m - 1]} de {y}", f"{d} de {MESES[m - 1]}", f"{d:02d}/{m:02d}/{y}",
                       f"{d}/{m}", f"{d}-{MESES[m - 1][:3]}-{y}"])  # fmt: skip


def date_fr(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d = day.year, day.month, day.day
    dd = "1er" if d == 1 else str(d)
    return rng.choice(
        [f"{dd} {MOIS[m - 1]} {y}", f"{dd} {MOIS[m - 1]}", f"{d:02d}/{m:02d}/{y % 100:02d}"]
    )


def dob_iso(rng: random.Random) -> str:
    day = _day(rng)
    return day.isoformat() if rng.random() < 0.7 else f"{day.isoformat()}T00:00:00"


def compact_date(rng: random.Random) -> str:
    return _day(rng).strftime("%Y%m%d")


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_UNOS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_FR = [
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]


def age_number(rng: random.Random) -> int:
    return rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 108)])


def age_digits(rng: random.Random) -> str:
    return str(age_number(rng))


def age_over_89(rng: random.Random) -> str:
    n, form = age_number(rng), rng.random()
    if form < 0.55 or n > 104:
        return str(n)
    if n < 100:
        word = "ninety" + (f"-{_ONES[n - 90]}" if n > 90 else "")
        if form < 0.65:
            word = word.replace("-", " ")
        elif form < 0.7:
            word = word.title()
        return word
    rest = f" and {_ONES[n - 100]}" if n > 100 else ""
    return rng.choice(["a hundred", "one hundred"]) + rest


def edad(rng: random.Random) -> str:
    n = age_number(rng)
    if rng.random() < 0.5:
        return str(n)
    if n < 100:
        return "noventa" + (f" y {_UNOS[n - 90]}" if n > 90 else "")
    return "cien" if n == 100 else f"ciento {_UNOS[n - 100]}"


def age_fr(rng: random.Random) -> str:
    n = age_number(rng)
    if rng.random() < 0.5 or n > 99:
        return str(n)
    return f"quatre-vingt-{_FR[n - 90]}"


# --- numbers --------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return _letters(rng, n, string.ascii_letters + string.digits)


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(202, 979), rng.randint(210, 987), f"{rng.randint(0, 9999):04d}"
    ext = rng.randint(2, 899)
    if rng.random() < 0.3:
        return rng.choice([
            f"+44 20 {_digits(rng, 4)} {_digits(rng, 4)}", f"+44 (0)20 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"+33 6 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
            f"+49 30 {_digits(rng, 8)}", f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"+27 82 {_digits(rng, 3)} {_digits(rng, 4)}", f"+254 7{_digits(rng, 2)} {_digits(rng, 6)}",
            f"+880 1{_digits(rng, 3)}-{_digits(rng, 6)}", f"+20 10 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"+380 67 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}", f"+46 70 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            f"+52 1 33 {_digits(rng, 4)} {_digits(rng, 4)}", f"+503 {_digits(rng, 4)}-{_digits(rng, 4)}",
            f"011 52 55 {_digits(rng, 4)} {_digits(rng, 4)}",
        ])  # fmt: skip
    return rng.choice([
        f"({a}){b}-{c} x{ext}", f"{a}.{b}.{c}", f"+1.{a}.{b}.{c}", f"({a}) {b}-{c}", f"1{a}{b}{c}",
        f"{a} - {b} - {c}", f"+1 {a}-{b}-{c} ext. {ext}", f"{a}-{b}-{c}", f"({a}) {b}.{c}",
        f"{a}/{b}-{c}", f"+1 {a} {b}-{c}", f"{a}-{b}-{c}#{ext}", f"1 {a} {b} {c}",
    ])  # fmt: skip


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}–{g}–{s}", f"{a} - {g} - {s}"],
                       [6, 2, 2, 1, 1])[0]  # fmt: skip


def mrn(rng: random.Random) -> str:
    return rng.choice([
        f"{_digits(rng, 7)}/{_digits(rng, 2)}", f"{_letters(rng, 3)}{_digits(rng, 6)}",
        f"{rng.randint(1, 9)}{_letters(rng, 1)}{_digits(rng, 6)}", f"0{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"{_digits(rng, 6)}{_letters(rng, 2)}", _digits(rng, 10), _digits(rng, 8),
        f"{_letters(rng, 1)}-{_digits(rng, 2)}-{_digits(rng, 6)}", f"{_digits(rng, 4)}.{_digits(rng, 4)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier: C A AN N A AN N A A N N."""
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + _letters(rng, 2, _MBI_ALPHA)
           + _digits(rng, 2))  # fmt: skip
    form = rng.random()
    if form < 0.5:
        return raw
    if form < 0.8:
        return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"
    return f"{raw[:4]} {raw[4:7]} {raw[7:]}"


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)} {_digits(rng, 4)} {_digits(rng, 5)}", f"{rng.randint(1, 9)}{_letters(rng, 2)}{_digits(rng, 7)}",
        f"{_letters(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 2)}", f"MCD{_digits(rng, 8)}{_letters(rng, 1)}",
        f"{_digits(rng, 9)}-{_letters(rng, 2)}", f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
        f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 5)}{_letters(rng, 1)}", mbi(rng),
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        f"ACCT-{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 7)}",
        f"{_digits(rng, 6)}-{_digits(rng, 3)}-{_digits(rng, 2)}", f"00{_digits(rng, 10)}",
        f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}", f"E{_digits(rng, 9)}/{_digits(rng, 2)}",
        f"{_digits(rng, 5)}{_letters(rng, 1)}", f"{_digits(rng, 3)}.{_digits(rng, 6)}",
    ])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def license_number(rng: random.Random) -> str:
    return rng.choice([
        f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",  # PA
        f"{_letters(rng, 1)}{_digits(rng, 4)} {_digits(rng, 5)} {_digits(rng, 5)}",  # NJ
        f"{_letters(rng, 1)}{_digits(rng, 12)}",  # MN
        f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",  # CO
        f"{_digits(rng, 2)}{_letters(rng, 3)}{_digits(rng, 5)}",  # NH
        f"{_digits(rng, 7)}{_letters(rng, 1)}",  # VT
        f"K{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}",  # KS
        f"RN-{_digits(rng, 6)}-{_letters(rng, 2)}", f"LMT.{_digits(rng, 5)}", npi(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 2)}{_digits(rng, 2)} {_letters(rng, 3)}",  # UK
        f"{_letters(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",  # Mexico
        f"{_letters(rng, 1)}{_digits(rng, 2)}-{_letters(rng, 3)}",  # NJ
        f"{_letters(rng, 2)} {_digits(rng, 5)}",  # IL
        f"{_letters(rng, 3)} {_letters(rng, 1)}{_digits(rng, 2)}",  # FL
        _digits(rng, 6),  # DE
        rng.choice(["RUN4FUN", "GRANNY1", "PRAYN4U", "MAMABEAR", "B4GOLF", "NRSJOY", "OLDSKOOL"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.4 else plate(rng)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
    full = body + _luhn(body)
    if rng.random() < 0.4:
        return f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}"
    return full


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        "-".join(_letters(rng, 4, an) for _ in range(3)), f"DX{_letters(rng, 2)}-{_digits(rng, 6)}",
        f"+H{_letters(rng, 3, an)}{_letters(rng, 5, an)}{rng.randint(0, 9)}/$${_digits(rng, 7)}{_letters(rng, 1)}{_digits(rng, 4)}",
        f"{_letters(rng, 2)}{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 5)}", imei(rng),
        f"SN {_digits(rng, 4)}-{_letters(rng, 3)}-{_digits(rng, 3)}", f"{_letters(rng, 1)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
    ])  # fmt: skip


def ipv6(rng: random.Random) -> str:
    def h() -> str:
        return f"{rng.randint(1, 65535):x}"

    return rng.choice([
        f"2a02:{h()}:{h()}:{h()}::{h()}", f"2607:f8b0:{h()}:{h()}::{h()}",
        f"2001:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2806:{h()}:{h()}::{h()}:{h()}",
        f"2c0f:{h()}:{h()}:{h()}:{h()}::{h()}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.25:
        return ipv6(rng)
    if form < 0.4:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return (
        f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def other_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"V{_digits(rng, 8)}",
        f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 4)}", f"{_digits(rng, 6)}/{_digits(rng, 2)}",
        _letters(rng, 8, "0123456789abcdef"), "01" + _letters(rng, 24, _CROCKFORD),
        f"TKT{_digits(rng, 5)}", f"{_letters(rng, 3)}.{_digits(rng, 5)}.{_letters(rng, 1)}",
    ])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "DTM": ("DATE", compact_date),  # HL7, X12, DICOM: 19410303
    "DOBISO": ("DATE", dob_iso),  # JSON and query strings
    "FECHA": ("DATE", fecha),  # Spanish
    "DATEFR": ("DATE", date_fr),  # French
    "AGEN": ("AGE_OVER_89", age_digits),  # bare numbers: "94yo", JSON, DICOM
    "EDAD": ("AGE_OVER_89", edad),  # Spanish
    "AGEFR": ("AGE_OVER_89", age_fr),  # French
    "FNUP": ("NAME", lambda rng: _fold(person(rng)[0]).upper()),  # HL7 and face-sheet capitals
    "LNUP": ("NAME", lambda rng: _fold(person(rng)[1]).upper()),
    "NICK": ("NAME", nickname),
    "INITIAL": ("NAME", initials),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "NPI": ("LICENSE_NUMBER", npi),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "IMEI": ("DEVICE_ID", imei),
    "IPV6": ("IP_ADDRESS", ipv6),
}
