"""The "blind3" split: a third blind judge, written by someone who never looked at the redaction
engine, its tests, its docs, its benchmark code or its misses, nor at the engine's output on any
data. Whoever tunes the engine must not read this file or its output either: a split you have
looked at is a split you have tuned on, and it stops being a judge.

Only the data files were read to write it (generate.py, templates.py, values.py, blind.py,
blind2.py, tune2.py, tune3.py), for the interface and for the pools it must not reuse. No name (nor
any part of a multi-part name, apart from particles such as "van", "de", "du", "le", "ter" or
"ap"), street name, city or e-mail domain here is in the pools of those files: every word was
checked after folding accents and case, with a small script, against every string in those
modules outside their templates and against the Faker names values.py draws for both of its
splits. Generic address words (St, Calle, Urb., Box, County Road, ...) and top-level
domains were left out of that check.

What is new here: patient chat with Tagalog, Spanish, French and Portuguese code-switching and
relatives writing; log lines as syslog, nginx access and error lines, HL7 v2 segments, FHIR JSON,
X12, AAMVA barcodes, SQL, CSV and stack traces of five languages; referral letters, discharge
summaries and terse notes. Names from origins the other splits barely touch (Filipino, Armenian,
Persian, Greek, Somali and Eritrean, Cape Verdean and Azorean, Puerto Rican and Dominican,
Albanian and Romanian, Icelandic and Finnish, Karen and Burmese, Central Asian, Jewish, Welsh and
Scottish, Congolese, Marshallese and Palauan, Afrikaans and Zulu, Maltese, Sardinian, Okinawan),
names that are words ("Ember Legg", "Sincere Fogg", "Tex Shinn", "Brooklyn Chin"), particle
and hyphenated surnames, nicknames ("Dodong", "Yiayia"), initials. Dates such as "the 3rd", "3/4",
"Sept. 3rd '21", "2021-W09", "le 3 mars", "el tres de marzo", "3 de março", "03-MAR-2021",
"03032021" and HL7 "20210303"; syslog "Mar  3" and nginx "03/Mar/2021"; French, UK, Mexican,
Philippine, Brazilian and other phone numbers, extensions and dialer pauses; Puerto Rico
urbanizaciones, barrios and highway-contract boxes, PO boxes, rural routes, Philippine block-and-lot
addresses; NHS, OHIP, PhilHealth and SUS numbers; IBANs and card numbers; UK driving licences
built from the surname; Mercosur, French, German, Quebec and Philippine plates; UDIs, ICCIDs,
MEIDs, Android ids, MAC addresses in three notations; IPv6 in several shapes.

The value functions keep the signatures of values.py (``_split`` is accepted and ignored) and the
templates use a few slots of their own, listed in ``EXTRA_SLOTS`` (letters only: generate.py's
slot pattern does not match digits). A state is not scored. A weekday next to a date and the
clock time after a syslog or nginx date are left outside the identifier; a whole ISO or logging
timestamp is one DATE, as in tune3.py.
"""

# Accented letters in names and in Spanish, French and Portuguese text are intended.
# ruff: noqa: RUF001

from __future__ import annotations

import datetime
import random
import string
import unicodedata
from collections.abc import Callable

# --- templates ------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.
# generate.fill() lowercases, misspells and strips punctuation from chat on top of this.

CHAT = [
    "hi po, this is {FIRST}, {SURNAME}s daughter. si lola is {AGE} na and she fell sa banyo kagabi, can we come in today",
    "gud pm po, pwede po ba magpa-schedule for my tatay {NAME}? his bday is {DATE}",
    "ok so my number is {PHONEPH} pero i only have data at night, text lang po",
    "hey its {NICK} from the 4th floor lol, the nurse said to message {NAME} about my discharge papers",
    "mi mamá {NAME} tiene {AGEES} años y no quiere comer desde el {ESDATE}, qué hacemos",
    "vivimos en {PRADDR}, {CITY} PR {PRZIP}, can the home nurse come out here or only in the states",
    "cambié de número, ahora es {PHONEMX}, el viejo {PHONE} ya no sirve",
    "salut, c'est {FIRST}, la petite-fille de madame {SURNAME}. elle aura {AGEFR} ans le {FRDATE}, elle peut garder son rdv?",
    "mon portable c'est le {PHONEFR}, pas le fixe svp",
    "oi, sou {NAME}, minha avó tem {AGEPT} anos e precisa da receita renovada, meu email é {EMAIL}",
    "anyway {WNAME} is my aunt and she needs a ride to dialysis on the {DAYONLY}",
    "my brother {WFIRST} {SURNAME} got a new phone {PHONE}, can u add him as my emergency contact",
    "whos dr {WLAST}? the letter says he's my new pcp now",
    "ugh the portal says user {USER} not found, i KNOW thats my username",
    "it was {MD} i think, or maybe the week after, the visit where they did the ekg",
    "can i just send my ss# here? its {SSN}",
    "the bill says guarantor {NAME} acct {ACCOUNT} but thats my ex, he hasnt lived at {STREET} in years",
    "my card says member {PLAN}, the group number is on the back, do u take it",
    "{MRN}? or is that the visit number, the paper has both on it",
    "is the clinic on {STREET} the one by the {CITY} walmart or the other one",
    "pls mail it to {POBOX}, {CITY} {STATE} {ZIP}. mail doesnt come to the house out here",
    "we're on {RURAL}, the ambulance couldnt find us last time, tell them the blue mailbox",
    "sorry my daughter {NAME} types for me, my eyes are bad. i am {AGE} years young haha",
    "grandpa's turning {AGEORD} next month!! can he still get the rsv shot",
    "parked on level 2 of the garage, plate {PLATE}, got a ticket even w the handicap tag",
    "the insurance needs the vin, its {VIN}, the ambulance backed into my parked car",
    "app shows transmitter {DEVICE} expired?? i just put it on yesterday",
    "hearing aid serial # {DEVICE}, the left one, it whistles all the time",
    "heres the fundraiser for my dad {URL} if any of the nurses wanna share lol",
    "i can open the portal from home ({IP}) but not from my phone, weird",
    "claim {OTHER} got denied AGAIN, third time now",
    "the pharmacy says the prior auth number is {OTHER}, does that help",
    "im {FIRST} and i go by they/them, my legal name on the chart is {NAME}, can u fix it",
    "{INITIALS} here (the one from thursday group). is the fax still {FAX}?",
    "can u fax my work note to my boss at {FAX}, attn {NAME}",
    "email bounced?? its {EMAIL}, with a dot not an underscore",
    "im staying at my sons place in {CITY} until the {DAYONLY}, his landline is {PHONE}",
    "new address:\n{STREET}\n{CITY}, {STATE} {ZIP}",
    "my licence number is {LICENSE} if u need it for the id check",
    "lost my wallet w my drivers lic {LICENSE} and my medicaid card {PLAN}, what do i bring tmrw",
    "hi! {NAME} (she/her). appt on {DATE} at 9:40, can i bring my mom {NAME} with me?",
    "whats my account # again? the robot voice said {ACCOUNT} but the letter says something else",
    "school needs the form faxed to {FAX} by friday, kid's name is {FIRST}, dob {DATE}",
    "is {FIRST} working today? the tall nurse with the tattoos, she said to ask for her",
    "hola, mi cuñado {NAME} no tiene seguro, vive en {STREET}, {CITY}, lo pueden atender?",
    "ma mère {NAME} est hospitalisée chez vous depuis le {FRDATE}, numéro de dossier {MRN}",
    "tita {NICK} said u guys lost her referral? her number is {PHONE}",
    "dm me on insta {USER}, i never check my email",
    "uploaded the pic of the rash to {URL} idk if it worked",
    "i was born {DATE} in {CITY}, does that matter for the hep b test",
    "moms ss is {SSN} and dads is {SSN}, both need the medicare forms",
    "sent from {EMAIL}: pls cancel my appt on {DATE}, i will reschedule",
    "the wifi at the shelter is {IP}?? idk the lady wrote it down bc the video visit failed",
    "tatay's pacemaker card says {DEVICE}, the airport wants a letter from the doctor",
    "the reminder said week {ISOWEEK}?? what does that even mean lol",
    "everyone calls me {NICK} but the chart should say {NAME}",
    "this is {NAME}'s daughter, he passed on {DATE}, pls stop sending reminders to {STREET}",
    "{NAME} - {PHONE} - call after 5 pls",
    "hey its {WNAME}, the one w the broken wrist, the cast feels tight",
    "my insurance app says {PLAN} but the card says {PLAN}, which one do i put",
    "pick up my refill at the pharmacy on {STREET}? not the one in {CITY}",
    "mi esposo maneja una troca placa {PLATE}, lo dejan entrar al parking de emergencias?",
    "ang email ko po ay {EMAIL}, paki send na lang po yung results, salamat",
    "lola {FIRST} is {AGEN} yrs old but the form only lets me pick up to 89",
    "ya estamos en {CITY}, la dirección es {STREET}, código postal {CP}",
    "hi, writing for my yiayia {NAME}, her phone is {PHONE} but she doesnt hear it, call me instead {PHONE}",
    "my nhs number is {NHS}, im here on holiday and need my inhaler",
    "sou eu de novo, {FIRST}. a consulta era {PTDATE}, certo? meu zap é {PHONEBR}",
    "can u send the receipt to {EMAIL} and cc my son {EMAIL}",
    "the id on the back of my phone case is {IMEI}, is that what the remote monitor thing needs",
    "my ohip is {OHIP}, do u bill ontario directly or do i pay and get paid back",
    "she's {AGE}, sharp as a tack, but she cant do video, can {WFIRST} sit in for her",
    "my car got towed from the er lot while i was inside, its {VEHICLE}, who do i even call",
    "the social worker asked for my blog about moms recovery, its {URL}",
    "dr {SURNAME} said to text this number after hours, is that right?",
    "my great aunt is {AGE} and just moved in with us, how do we make her a new patient here",
    "can u put my new acct {ACCOUNT} on autopay, the old card expired",
    "the home health nurse {NAME} left her card, it says {LICENSE} on it, is she legit",
]

# key=value, JSON, query strings, syslog and nginx lines, HL7/FHIR/X12, SQL, CSV, stack traces.
# No dates or other unlabelled identifiers in the literal text; clock times stay outside dates.
LOGS = [
    "<134>1 {TS} ehr-app-02 portal 4412 - - login failed user={USER} src={IP}",
    "{SYSDATE} 02:14:51 intake-7 sshd[2231]: Accepted publickey for {USER} from {IP} port 52144 ssh2",
    "{SYSDATE} 23:05:09 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={IP} PROTO=TCP SPT=51022 DPT=3389",
    '{IP} - {USER} [{CLFDATE}:14:02:11 -0500] "GET /patients/{MRN}/summary HTTP/1.1" 200 5121 "-" "okhttp/4.12.0"',
    '{IP} - - [{CLFDATE}:09:41:07 +0000] "POST /api/appointments?dob={HLDATE}&last={LNLOW} HTTP/2.0" 422 88 "-" "Mozilla/5.0"',
    '{IPSIX} - - [{CLFDATE}:22:18:40 +0100] "GET /share/photo?u={USER} HTTP/1.1" 200 901 "{URL}" "Mozilla/5.0 (iPhone)"',
    '{SLASHDATE} 03:12:44 [error] 1191#1191: *5567 open() "/var/www/portal/uploads/{LNLOW}_{FNLOW}_id.jpg" failed (2: No such file or directory), client: {IP}',
    "PID|1||{MRN}^^^MAIN^MR~{SSN}^^^USSSA^SS||{LNUP}^{FNUP}^^^^^L||{HLDATE}|F|||{STREET}^^{CITY}^{STATE}^{ZIP}^USA^H||{PHONE}^PRN^PH",
    "NK1|1|{LNUP}^{FNUP}|DAU^Daughter^HL70063|{STREET}^^{CITY}^{STATE}^{ZIP}|{PHONE}||EC^Emergency Contact",
    "IN1|1|MCD01|77|STATE MEDICAID||||||||||||{LNUP}^{FNUP}|18^Self|{HLDATE}|||||||||||||||||{PLAN}",
    "PV1|1|E|ED^12^B^MAIN||||{NPI}^{LNUP}^{FNUP}^^^^MD||||||||||||{OTHER}|||||||||||||||||||||||||{HLDATE}",
    "OBX|3|TX|NOTE^Free text||Pt's son {NAME} called from {PHONE}, wants callback||||||F",
    '{{"resourceType":"Patient","id":"{UUID}","identifier":[{{"system":"urn:oid:2.16.840.1.113883.4.1","value":"{SSN}"}}],"name":[{{"family":"{SURNAME}","given":["{FIRST}"]}}],"birthDate":"{ISODATE}"}}',
    '{{"resourceType":"Patient","telecom":[{{"system":"phone","value":"{PHONE}","use":"mobile"}},{{"system":"email","value":"{EMAIL}"}}],"address":[{{"line":["{STREET}"],"city":"{CITY}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","beneficiary":{{"reference":"Patient/{OTHER}"}},"payor":[{{"display":"State Medicaid"}}]}}',
    '{{"resourceType":"Device","serialNumber":"{DEVICE}","udiCarrier":[{{"carrierHRF":"{UDI}"}}],"patient":{{"display":"{NAME}"}}}}',
    "GET /fhir/r4/Patient?family={LNLOW}&given={FNLOW}&birthdate=eq{ISODATE}&_count=5 200 41ms",
    'ts={TS} level=warn msg="duplicate patient suspected" mrn_a={MRN} mrn_b={MRN} name="{NAME}" dob={ISODATE}',
    'event=rx.sent rx={OTHER} pharmacy_fax={FAX} prescriber_dea={DEA} patient="{LASTFIRST}"',
    'event=ride.booked rider_phone={PHONE} pickup="{STREET}, {CITY}" vehicle={PLATE} driver_lic={LICENSE}',
    "{MRN},{LNUP},{FNUP},{HLDATE},{SSN},{ZIP},{PHONE}",
    '"{LASTFIRST}",{AGEN},"{STREET}","{CITY}",{ZIP},{PLAN}',
    'csv.import row=214 error="invalid date" raw="{NAME};{DATE};{EMAIL}"',
    "com.vendor.hie.MatchException: no unique match for [{LNUP}, {FNUP}, {ISODATE}]\n\tat com.vendor.hie.Matcher.resolve(Matcher.java:188)\n\tat com.vendor.hie.Inbound.handle(Inbound.java:61)",
    'Traceback (most recent call last):\n  File "/opt/sched/notify.py", line 142, in send\n    sms.send(to=patient.phone, body=msg)\nsched.errors.SmsRejected: carrier rejected {PHONE} for patient {MRN}',
    "UnhandledPromiseRejection: Error: invalid email '{EMAIL}'\n    at validate (/app/src/intake/form.js:88:11)\n    at async submit (/app/src/intake/form.js:140:5)",
    "System.FormatException: String '{SSN}' was not recognized as a valid SSN.\n   at Billing.Ssn.Parse(String s) in C:\\src\\Billing\\Ssn.cs:line 41",
    'level=error caller=addr.go:77 err="unparseable address" input="{STREET} {CITY} {STATE} {ZIP}"',
    "thread 'main' panicked at src/claims.rs:212:9: member id {PLAN} has no active span for dos {ISODATE}",
    "mdm: device {IMEI} enrolled owner={EMAIL} model=SM-A146U os=14",
    "wifi.assoc mac={MAC} ap=4w-east-2 ssid=Guest user={USER} ip={IP}",
    "dhcpd: DHCPACK on {IP} to {MAC} ({FIRST}'s iPhone) via eth1",
    'bt.pair name="{FIRST}\'s hearing aids" addr={MAC} rssi=-61 bonded=true',
    "toll.read plate={PLATE} state={STATE} vin_lookup={VIN} match=true",
    "telematics vin={VIN} crash_detected=true occupants=2 notify={PHONE}",
    'sms.out to={PHONE} tmpl=appt_reminder vars={{"name":"{FIRST}","when":"{MD}"}}',
    'email.out to="{NAME} <{EMAIL}>" subject="Your lab results are ready" status=250',
    "postfix/smtp[8812]: to=<{EMAIL}>, relay=none, dsn=5.1.1, status=bounced (user unknown)",
    'ldap: search base="ou=staff" filter="(uid={USER})" -> cn="{NAME}" telephoneNumber="{PHONE}"',
    "EventID=4625 An account failed to log on. Account Name: {USER} Source Network Address: {IP} Logon Type: 10",
    "pay.charge acct={ACCOUNT} card={CARD} amount=45.00 result=declined code=51",
    'statement.gen guarantor="{LASTFIRST}" acct={ACCOUNT} addr="{POBOX}, {CITY}, {STATE} {ZIP}" balance=212.40',
    "refund.issue iban={IBAN} acct={ACCOUNT} amount=88.10 reason=overpayment",
    "eligibility.270 subscriber={PLAN} last={LNUP} dob={HLDATE} -> 271 active coverage",
    "NM1*QC*1*{LNUP}*{FNUP}****MI*{PLAN}~N3*{STREET}~N4*{CITY}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    'credentialing.check npi={NPI} license={LICENSE} state={STATE} status=active name="{NAME}"',
    'dea.verify dea={DEA} prescriber="{NAME}" schedules=2,2N,3 ok',
    "dl.scan ok: DAQ{LICENSE} DCS{LNUP} DAC{FNUP} DBB{MMDDYYYY} DAG{STREET} DAI{CITY} DAK{ZIP}",
    'idv.result doc=passport number={PASSPORT} name="{NAME}" dob={ISODATE} score=0.97',
    "slow query 2.3s: SELECT * FROM patients WHERE ssn = '{SSN}' OR mrn = '{MRN}'",
    "UPDATE patient SET email='{EMAIL}', phone='{PHONE}' WHERE id={OTHER}; -- 1 row affected",
    'redis GET patient:{UUID} -> {{"user":"{USER}","ip":"{IP}"}}',
    "fax.outbound job={OTHER} to={FAX} pages=4 status=busy retry_in=300s",
    'fax.inbound ani={FAX} csid="DR {LNUP} OFFICE" pages=3 routed=hie',
    "voip.cdr src={PHONE} dst={PHONE} dur=00:04:12 disposition=ANSWERED",
    "POST /hooks/sms From=%2B{PHONEDIGITS}&To=%2B{PHONEDIGITS}&Body=STOP 204",
    "cdn.purge url={URL} by={USER} ok",
    "device.heartbeat serial={DEVICE} fw=3.2.7 battery=71% paired_phone={IMEI}",
    "cgm.upload sensor={DEVICE} readings=288 patient_mrn={MRN} week={ISOWEEK}",
    "census.snapshot week={ISOWEEK} unit=4W bed=12 pt={LASTFIRST} age={AGEN}",
    "lab.result accession={OTHER} collected={ORADATE} pt={LNUP},{FNUP} test=K value=5.9 flag=H",
    "ORA-01400: cannot insert NULL into (\"EHR\".\"PATIENT\".\"SEX\") values ({MRN}, '{LNUP}', '{FNUP}', '{ORADATE}')",
    '{{"patient":{{"age":{AGEN},"dob":"{ISODATE}","zip":"{ZIP}"}},"risk":0.82,"model":"readmit-v3"}}',
    'geo.lookup zip={ZIP} city="{CITY}" ok',
    "WARN pobox.detected addr='{POBOX}' rule=no_po_box_for_dme member={PLAN}",
    "addr.normalize in='{STREET}' out='{STREET}' changed=true",
    'consent.revoked by="{NAME}" relation=son email={EMAIL} ip={IP}',
    "mrn={MRN} acct={ACCOUNT} plan={PLAN} dl={LICENSE} veh={VEHICLE} dev={DEVICE}",
    "proxy: X-Forwarded-For: {IP}, {IP} path=/portal/messages user={USER}",
    "nhs.pds lookup nhs_number={NHS} result=match home_postcode={POSTUK}",
    'claims.ph philhealth_pin={PHILHEALTH} member="{NAME}" status=eligible',
    "sus.cadastro cns={CNS} nome={LNUP} {FNUP} nasc={DMY} cep={CEP}",
    "sim.swap iccid_old={ICCID} iccid_new={ICCID} msisdn={PHONE} by={USER}",
    "ble.scan found {MAC} name=CGM-{DEVICE} rssi=-70",
    "export.pdf file=discharge_{LNLOW}_{HLDATE}.pdf to={EMAIL} ok",
    'tele.join room=peds-3 participant="{NAME}" from={IPSIX} ua=Chrome/126',
    "parking.validate plate={PLATE} ticket={OTHER} minutes=95 fee=0.00",
    'valet.checkin vehicle={VEHICLE} owner="{NAME}" phone={PHONE} slot=B14',
    'signup referer="{URL}" landing=/signup utm=fb user={USER}',
    "geri.flag mrn={MRN} age_text='{AGE}' rule=age_over_89 action=review",
    'lic.expiring license={LICENSE} holder="{SURNAME}" days_left=30 notify={EMAIL}',
    'collections.assign acct={ACCOUNT} agency=7 guarantor="{LASTFIRST}" dob={ISODATE}',
    'tow.request vehicle={VEHICLE} location="{STREET}, {CITY}" caller={PHONE}',
]

# Clinical notes, referral letters, discharge summaries, terse fragments.
NOTES = [
    "Dear Dr. {SURNAME},\nThank you for seeing {NAME} (DOB {DATE}), a {AGEN}-year-old woman with worsening exertional dyspnea.",
    "Re: {LASTFIRST} | MRN {MRN} | DOB {DATE}\nI am referring this patient for evaluation of a right renal mass.",
    "DISCHARGE SUMMARY\nPatient: {NAME}    Admitted: {DATE}    Discharged: {DATE}\nAttending: {NAME}, MD",
    "Discharge disposition: home with daughter {NAME} at {STREET}, {CITY}, {STATE} {ZIP}.",
    "Follow-up: PCP Dr. {WLAST} in 1 week; call {PHONE} to schedule. Summary faxed to {FAX}.",
    "HPI: {AGE} y/o M, retired longshoreman, BIBA from {CITY} after an unwitnessed fall at home.",
    "Family celebrating pt's {AGEORD} birthday on the unit today; pt in good spirits, ate 75% of lunch.",
    "Collateral obtained by phone from son {FIRST} ({PHONEUK}), who lives in {CITY}.",
    "Social hx: widowed, lives alone at {RURAL}; neighbor {NAME} checks on her daily.",
    "Two identifiers confirmed: name and DOB {DATE}; MRN {MRN} on wristband scanned.",
    "Insurance: Medicare {MBI}; secondary {PLAN} (subscriber: spouse {NAME}).",
    "NHS number {NHS}. Pt visiting from the UK, where she lives in {CITY}.",
    "Canadian visitor, OHIP {OHIP}; travel insurer claim {OTHER} opened by registration.",
    "Financial: self-pay account {ACCOUNT}; pt asks that statements go to {POBOX}, {CITY} {ZIP}.",
    "ED triage: MVC, restrained driver. Vehicle {VEHICLE} per EMS run sheet; airbags deployed.",
    "DL {LICENSE} copied to chart for identity verification per registration policy.",
    "PMH: CHB s/p dual-chamber PPM (serial {DEVICE}, implanted {DATE}), HTN, CKD 3a.",
    "Pt brought home CPAP (S/N {DEVICE}); data card downloaded, AHI 3.1, usage 6.4 h/night.",
    "Pt's daughter keeps an online update page ({URL}) and asked the team not to share details.",
    "Portal message sent from IP {IP}, flagged as outside the US; pt confirmed she is traveling.",
    "Pt reports her portal username {USER} was shared with a neighbor; password reset done.",
    "SW: SSN {SSN} needed for the Medicaid application; copy of card scanned to media tab.",
    "Spoke with pt's niece {WNAME} (HCPOA) at {PHONE}; she agrees with transition to comfort care.",
    "Pt {INITIALS}, {AGEN}F, seen at bedside with a Tagalog interpreter.",
    "Nota: paciente {NAME}, {AGEES} años, refiere dolor torácico desde el {ESDATE}; vive en {PRADDR}.",
    "Compte rendu : Mme {SURNAME}, née le {FRDATE}, adressée par le Dr {SURNAME} pour bilan de chutes.",
    "Resumo: paciente {NAME}, {AGEPT} anos, internada em {PTDATE}; contato da filha {PHONEBR}.",
    "Addendum: pt's correct e-mail is {EMAIL}; the address previously on file belonged to another pt.",
    "Please send your reply to our office fax {FAX}, marked for the attention of {NAME}.",
    "Seen again on the {DAYONLY}; incision healing well per Dr. {WLAST}, staples out.",
    "Pt last seen {MD} by covering NP {NAME}; no changes made at that visit.",
    'Problem list reviewed. Pt is {AGE} and declines colonoscopy: "I\'ve had enough scopes."',
    "Home health: agency RN {NAME}, ph {PHONE}, fax {FAX}.",
    "Hospice: {NAME} ({AGE}) enrolled; hospital bed and O2 delivered to {STREET}, {CITY}.",
    "Pathology accession {OTHER} (collected {ORADATE}): invasive ductal carcinoma, grade 2.",
    "Radiology: compared with outside study of {DATE} from {CITY}; nodule unchanged.",
    "Transfer: accepted by Dr. {NAME} at {CITY}; nurse-to-nurse report called to {PHONE}.",
    "Home address verified as {STREET}, {CITY}, {STATE} {ZIP} (previously {STREET}).",
    "Guardian: {NAME}, probate case {OTHER}; letters of guardianship scanned.",
    "Immunization card from {CITY} reviewed; BCG scar L deltoid, MMR x2 documented.",
    "Med rec via pt's pharmacy (tel {PHONE}); Rx {OTHER} last filled {DATE}.",
    "Wife {NAME} prefers updates by e-mail ({EMAIL}) rather than phone.",
    "Identity theft reported: SSN {SSN} and Medicare {MBI} used by someone else, FTC case {OTHER}.",
    "Capacity: oriented to self only; believes she lives at {STREET}, her childhood home.",
    "Pt (goes by {NICK}) is a {AGEN} yo retired seamstress originally from {CITY}.",
    "CGM transmitter {DEVICE}; 14-day report reviewed, TIR 62%, TBR 3%.",
    "Remote BP cuff paired to pt's phone (IMEI {IMEI}); readings uploading daily.",
    "Police at bedside asked for DOB ({DATE}) and plate {PLATE}; released only per policy after ROI.",
    "Dear {WFIRST},\nYour test results from {DATE} are normal. Please call {PHONE} with any questions.\nSincerely, {NAME}, RN",
    "cc: Dr. {NAME}, {STREET}, {CITY} {ZIP}; fax {FAX}",
    "To whom it may concern: {NAME} (DOB {DATE}) was under my care from {DATE} to {DATE} and may return to work.",
    "Account {ACCOUNT} placed on hold pending charity care application; guarantor {NAME}.",
    "Phone updated to {PHONEFR}; pt spends six months a year in France.",
    "Emergency contact: {NAME} (brother) {PHONEMX}, lives in {CITY}; prefers WhatsApp.",
    "Video visit; pt connected from {IPSIX} and confirmed her location as {CITY}.",
    "Occupational: long-haul trucker, CDL {LICENSE}; DOT medical card due {MD}.",
    "Pt states DOB is {DATE}, but ID shows {DATE}; registration to reconcile.",
    "Name alert: two pts named {SURNAME} on 5 North; use two identifiers.",
    "Wheelchair van (plate {PLATE}) booked for discharge to {PHADDR}.",
    "Next of kin: {LASTFIRST}, {PHONE}, {EMAIL}.",
    "Visitor log: {NAME}, badge {OTHER}, relationship grandson.",
    "UK driving licence {UKDL} and passport {PASSPORT} presented at registration.",
    "Bank details for the refund (IBAN {IBAN}) given by pt's son {NAME}; forwarded to PFS.",
    "Pt is {AGE}; lives at {STREET} with her granddaughter {WFIRST}, who manages her meds.",
    "Ortho clinic {DATE}: {FIRST} reports the knee gives way on stairs; MRI ordered.",
    "PhilHealth {PHILHEALTH} verified; OFW daughter {NAME} reachable at {PHONEPH}.",
    "Consent obtained from mother {NAME} by phone ({PHONE}), witnessed by RN {WNAME}.",
    "Seen in {ISOWEEK} clinic block per schedule; next review {MD}.",
    "Hx obtained from pt and partner {FIRST} {WLAST}; pt is {AGEN} and still drives.",
    "SUS card {CNS}; pt arrived from {CITY} last month and has no US insurance yet.",
    "Pt's vehicle ({VEHICLE}) left in the ambulance bay; security notified and keys bagged.",
    "Pt shares a public blog about her transplant ({URL}); discussed what to post.",
    "Pt is {AGE}, lives independently, drives in daylight only; daughter {FIRST} nearby.",
    "Referred by Dr. {SURNAME} (license {LICENSE}) for second opinion on AAA repair.",
    "Parking pass issued for {VEHICLE} for the duration of radiation therapy.",
    "Mrs. {SURNAME} was seen with her son {NAME}; statements to acct {ACCOUNT} paused.",
]

# No PHI at all, but full of look-alikes: vitals, doses, labs, codes, eponyms, ages under 90,
# weekdays, years alone, durations, drug names, log lines and chat with no identifiers.
PHI_FREE = [
    "BP 142/88, HR 58, T 36.9, RR 16, SpO2 95% RA, wt 71.4 kg",
    "glucose 287 at 2200, 6 units lispro given per sliding scale",
    "vancomycin trough 14.2, next dose 1250 mg IV q12h",
    "metoprolol succinate 25 mg daily, hold for HR < 55",
    "amoxicillin-clavulanate 875/125 mg bid x 10 days",
    "prednisone taper 40-30-20-10 mg, 3 days each",
    "Na 131, K 5.6, Cl 99, CO2 19, BUN 48, Cr 2.3, eGFR 27",
    "WBC 14.8, Hgb 9.1, Plt 512, ANC 12.1, bands 8%",
    "HbA1c 9.4% (was 8.1% in 2022), LDL 162, TSH 6.2",
    "troponin I 0.04 -> 0.31 -> 1.12 ng/mL",
    "ICD-10 E11.65, I10, N18.31, Z79.4",
    "ICD-10 G20.C Parkinson's disease, unspecified; R26.81 unsteady gait",
    "ICD-10 E24.9 Cushing syndrome, unspecified",
    "LOINC 4548-4 HbA1c, LOINC 2345-7 glucose, LOINC 14682-9 creatinine",
    "CPT 99214 established pt, 93000 ECG, 36415 venipuncture",
    "CPT 27447 total knee arthroplasty, modifier RT",
    "NDC 0002-8215-01 insulin lispro, 3 mL pen",
    "Parkinson's disease, Hoehn and Yahr stage 2, carbidopa-levodopa 25/100 tid",
    "Cushing syndrome workup: late-night salivary cortisol x2, 1 mg dex suppression test",
    "Hunter syndrome (MPS II) on enzyme replacement weekly",
    "Graves' disease, methimazole 10 mg daily, TRAb positive",
    "Bell's palsy, right, House-Brackmann III, valacyclovir and prednisone",
    "Guillain-Barré suspected, LP shows albuminocytologic dissociation",
    "Raynaud's phenomenon, nifedipine ER 30 mg at bedtime",
    "Sjögren's syndrome, SSA positive, pilocarpine 5 mg tid",
    "Barrett's esophagus without dysplasia, EGD every 3 years",
    "Baker's cyst, 4 cm, on popliteal ultrasound",
    "Colles fracture, closed reduction and sugar-tong splint",
    "Kawasaki disease, IVIG 2 g/kg, aspirin high dose",
    "Murphy's sign positive, RUQ ultrasound ordered",
    "Homans sign negative, Wells score 1",
    "Babinski downgoing bilaterally, Romberg negative",
    "Tinel's and Phalen's positive at the right wrist",
    "Lachman 2+, McMurray negative, effusion small",
    "Kussmaul respirations, anion gap 24, beta-hydroxybutyrate 5.8",
    "CHA2DS2-VASc 4, HAS-BLED 2, apixaban 5 mg bid",
    "Apgar 8 and 9, birth weight 3.4 kg",
    "she is 89 and still walks to church every Sunday",
    "pt is 88, lives with her son, uses a rollator",
    "67 y/o M, 40 pack-years, quit in 2015",
    "my dad is 84 and his feet are swollen since Tuesday",
    "appointment moved to Thursday afternoon, second floor",
    "every other Wednesday for the next 6 weeks",
    "diagnosed in 1998, on insulin since 2004",
    "symptoms for 3 weeks, worse over the last 48 hours",
    "Eliquis 5 mg twice a day, Lipitor 40 mg at night",
    "can i take Tylenol with Keppra? head hurts since this morning",
    "the Ozempic pen clicked but i dont think it went in",
    "the fever rose to 39.2 then broke after ibuprofen",
    "hope you feel better, call us if the rash spreads",
    "grant approved for the mobile clinic van, starts next quarter",
    "chase the potassium, recheck BMP at 1800",
    "INFO scheduler tick jobs=14 queued=3 took_ms=212",
    "WARN cache eviction policy=lru evicted=5120 heap_mb=913",
    "GET /api/v2/formulary?drug=metformin&strength=500mg 200 18ms",
    "POST /api/v2/triage/score 201 model=esi-v4 latency_ms=77",
    "ERROR timeout upstream=lab-gateway after 30s (attempt 3/3)",
    "Traceback (most recent call last):\n  File \"/opt/app/rules.py\", line 88, in evaluate\nKeyError: 'egfr_threshold'",
    '{"level":"info","msg":"vitals batch processed","count":340,"dropped":0}',
    "build 2024.3.1 (4471), schema v57, migrations ok",
    "firmware 2.4.1.7 on infusion pumps, library 2023-Q4",
    "Room 4B bed 2, telemetry box 17",
    "ok thx see u thursday",
    "will do, ill bring the pill bottles next time",
    "lol no worries, the 2nd floor lab right?",
    "took my bp this morning 128 over 84, pulse 72",
    "Mini-Cog 3/5, MoCA 22/30, PHQ-9 score 11",
    "Braden 13, Morse 55, fall precautions",
    "IV 20g L AC, NS at 75 mL/h, I/O +1.2 L",
    "O2 weaned to 2 L NC, incentive spirometer 1250 mL",
]

# --- names ----------------------------------------------------------------------------------
# Per origin: weight, given names, family names. None of these words (particles aside) is in the
# pools of values.py, templates.py, blind.py, blind2.py, tune2.py or tune3.py.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "filipino": (4, [
        "Rizalina", "Jerico", "Lorelie", "Jhunrey", "Erlinda", "Perlita", "Bienvenido", "Teodora",
        "Girlie", "Honeylyn", "Jennilyn", "Arvin", "Randolf", "Crisostomo", "Leonila", "Jesusa",
        "Emelita", "Zenaida", "Rogelio", "Marilou", "Jonalyn", "Mericris", "Joemar", "Rhodora",
        "Editha", "Rosalinda", "Nenita", "Florante", "Jovelyn", "Jinky", "Cresencia", "Elpidio",
        "Remedios",
    ], [
        "Dalisay", "Cayabyab", "Esguerra", "Villaraza", "Baluyot", "Sumalinog", "Tabuena",
        "Catacutan", "Malabanan", "Pangan", "Galang", "Manansala", "Dumlao", "Mabini", "Basco",
        "Bacani", "Lagman", "Sarmiento", "Tiongson", "Ybañez", "Pabalan", "Lapuz", "Abaya",
        "Magtanggol", "Sagun", "Caballes", "Tagle",
    ]),
    "armenian": (2, [
        "Gohar", "Nairi", "Arpine", "Ashot", "Shushan", "Vahe", "Sevak", "Knarik", "Mher", "Hayk",
        "Karine", "Zabel", "Vrezh", "Taline", "Sarkis", "Nvard", "Lilit", "Hripsime", "Garnik",
    ], [
        "Hovsepian", "Kalashian", "Mardirossian", "Manukyan", "Gasparyan", "Kazarian", "Nalbandian",
        "Zakarian", "Yeghiazaryan", "Papazian", "Tashjian", "Keshishian", "Sarkissian", "Ohanian",
        "Demirjian", "Kouyoumdjian", "Hagopian", "Minasian", "Der Ohanessian", "Baghdasaryan",
        "Arzoumanian", "Babikian",
    ]),
    "persian_afghan": (3, [
        "Mojgan", "Siamak", "Khatera", "Wahida", "Fereshteh", "Mahtab", "Laleh", "Nilufar", "Ghazal",
        "Shahram", "Bahareh", "Setareh", "Kianoush", "Homa", "Nooshin", "Simin", "Forough",
        "Anahita", "Azita", "Jamshid", "Zohreh",
    ], [
        "Karimzadeh", "Hosseinzadeh", "Popalzai", "Sharifi", "Mohseni", "Ghaffari", "Nazari",
        "Sohrabi", "Bakhtiari", "Kashani", "Mashhadi", "Yazdani", "Soltani", "Firouzabadi",
        "Naderi", "Mirzaei", "Akbari",
    ]),
    "greek_cypriot": (2, [
        "Eleftheria", "Stavroula", "Kyriakos", "Evangelos", "Theofanis", "Ourania", "Dimitra",
        "Athanasia", "Sotiris", "Stelios", "Froso", "Panayiota", "Anastasios", "Evdokia",
        "Vangelis", "Stamatia", "Dionysios", "Lambros", "Argyro",
    ], [
        "Hatzidakis", "Konstantopoulos", "Vlachos", "Mavromatis", "Kyriacou", "Antoniadou",
        "Panayiotou", "Charalambous", "Theodorakis", "Kouris", "Stylianou", "Psaltis", "Lambrakis",
        "Mitsotakis", "Demetriou", "Galanis", "Sfakianakis", "Haralambidis", "Economides", "Tsiolis",
    ]),
    "horn_of_africa": (3, [
        "Genet", "Haben", "Yordanos", "Almaz", "Kidane", "Kowsar", "Abdiweli", "Filsan", "Nimco",
        "Sagal", "Deqa", "Sucaad", "Khadar", "Hibaaq", "Abdikarim", "Ifrah", "Luul", "Saynab",
        "Shukri", "Tirhas", "Semhar", "Mebrat", "Yemane", "Filmon", "Mussie", "Etenesh", "Lemlem",
        "Tsega",
    ], [
        "Hirsi", "Tesfamariam", "Haile", "Berhane", "Gebreyesus", "Gure", "Guled", "Elmi", "Dualeh",
        "Gedi", "Ghebremichael", "Habtemariam", "Zerai", "Kahsay", "Tsegai", "Asfaha", "Weldu",
        "Teklehaimanot", "Ghebreselassie", "Mesfin", "Gebru", "Tekle",
    ]),
    "lusophone": (3, [
        "Edivaldo", "Claudinei", "Natércia", "Deolinda", "Amílcar", "Djamila", "Hélio", "Zulmira",
        "Anísio", "Leocádia", "Jucélia", "Gervásio", "Arlindo", "Odete", "Jandira", "Valdemar",
        "Cleonice", "Ivanildo", "Filomena", "Idalina", "Adelino", "Ermelinda", "Custódio", "Nilza",
        "Edileuza",
    ], [
        "Medeiros", "Mascarenhas", "Furtado", "Semedo", "Fontes", "Sequeira", "Bettencourt",
        "Quaresma", "Ornelas", "Cabral", "Amaral", "Rebelo", "Pimentel", "Goulart", "Resendes",
        "Brum", "Évora", "Fortes", "Couto", "Valadão",
    ]),
    "caribbean": (4, [
        "Nilda", "Ismael", "Eneida", "Nitza", "Coralys", "Johanny", "Franklyn", "Wascar", "Ynés",
        "Yokasta", "Dulcina", "Milagros", "Awilda", "Nelsida", "Yanelis", "Zuleyka", "Keishla",
        "Jadiel", "Nayelis", "Yeiry", "Deivy", "Anyelo", "Ramoncito", "Leocadio", "Fefita",
    ], [
        "Pagán", "Rosado", "Vélez", "Acevedo", "Betancourt", "Tejeda", "Polanco", "Alicea",
        "Arocho", "Bonilla", "Echevarría", "Oquendo", "Rentas", "Vázquez", "Zayas", "Encarnación",
        "Mercedes", "Paulino", "Tavárez", "Frías",
    ]),
    "balkan_romanian": (2, [
        "Ionela", "Costel", "Doina", "Arben", "Blerina", "Dritan", "Valbona", "Ilir", "Mimoza",
        "Besnik", "Lumturie", "Fatmir", "Gheorghița", "Ileana", "Mirela", "Cătălin", "Ovidiu",
        "Răzvan", "Luminița", "Vasilica", "Arjeta", "Shpresa", "Flutura", "Agron", "Teuta",
        "Liridon", "Vlora",
    ], [
        "Hoxha", "Berisha", "Krasniqi", "Gashi", "Shehu", "Dervishi", "Bytyqi", "Zeqiri",
        "Cojocaru", "Cebotari", "Ursu", "Botnari", "Rotaru", "Stanciu", "Bălan", "Nistor", "Lupu",
        "Mazilu", "Tănase", "Preda", "Kelmendi", "Rexhepi", "Morina", "Kastrati", "Thaçi", "Sejdiu",
        "Basha",
    ]),
    "nordic": (2, [
        "Sigríður", "Þórunn", "Hjördís", "Ragnheiður", "Pirkko", "Tuula", "Sirpa", "Leevi",
        "Ingebjørg", "Åsa", "Eyvind", "Sigrún", "Auður", "Ásdís", "Kolbrún", "Halldóra", "Ragnar",
        "Snorri", "Arnfinn", "Oddvar", "Torunn", "Marjatta", "Raili", "Seppo", "Kalevi", "Ilkka",
        "Riikka", "Onni", "Väinö",
    ], [
        "Guðmundsdóttir", "Bjørnstad", "Lehtonen", "Järvinen", "Thorvaldsen", "Øvergaard",
        "Einarsdóttir", "Kristjánsson", "Þórðarson", "Hallgrímsson", "Ólafsdóttir",
        "Stefánsdóttir", "Sveinsson", "Haraldsen", "Fjeld", "Tveit", "Sandvik", "Myhre", "Rønning",
        "Lunde", "Aaltonen", "Salminen", "Laaksonen", "Hämäläinen", "Koskinen", "Rantanen",
        "Tuominen", "Karjalainen", "Ahonen", "Kinnunen", "Peltola",
    ]),
    "burmese_karen": (2, [
        "Htoo", "Paw", "Naw", "Eh Say", "Hser Nay", "Ku Paw", "Mya", "Aung", "Zaw", "Khin", "Thiha",
        "Nyein", "Say Wah", "Lah Htoo", "Eh Htoo", "Hsa Moo", "Ner Moo", "Paw Wah", "Ei Ei", "Hla",
        "Kyi", "Nandar", "Htet", "Pyae", "Phyo",
    ], [
        "Soe", "Myint", "Kyaw", "Htun", "Thein", "Naing", "Lwin", "Paw Htoo", "Moo", "Oo", "Win",
        "Aye", "Maung", "Tun", "Shwe", "Thant", "Hlaing", "Nyunt", "Khaing", "Swe",
    ]),
    "central_asian": (2, [
        "Dilnoza", "Gulnara", "Nodira", "Sherzod", "Bakhtiyor", "Aigerim", "Nurlan", "Yerlan",
        "Madina", "Zarina", "Farrukh", "Ulugbek", "Gulchehra", "Askar", "Dinara", "Firuza",
        "Rustam", "Davlat", "Parvina", "Shahlo", "Mihrigul", "Abdurehim", "Gulbahar", "Dildora",
        "Jasur", "Aizhan", "Dauren", "Bekzat", "Ainura", "Kanat", "Gulzhan", "Aytan", "Gunay",
        "Elchin", "Rashad", "Sevinj", "Nargiz", "Tural",
    ], [
        "Tursunov", "Rakhimov", "Abdullayeva", "Yusupova", "Kenzhebekov", "Seitkali",
        "Zhaksybekova", "Nurmatov", "Ismoilova", "Khodjaev", "Baimukhanov", "Sultanbekova",
        "Rahmonov", "Saidov", "Nazarov", "Karimova", "Sharipov", "Tohti", "Kurban", "Memet",
        "Aliyeva", "Mammadov", "Huseynov", "Guliyev", "Hasanova", "Ismayilov", "Babayev", "Jafarov",
        "Abenov", "Omarova", "Zhumabayev", "Tokayeva", "Akhmetova",
    ]),
    "jewish_celtic": (2, [
        "Dov", "Mendel", "Faigy", "Rhiannon", "Eirlys", "Bronwen", "Fergus", "Seonaid", "Zalman",
        "Shprintza", "Gittel", "Yehuda", "Pinchas", "Baila", "Tzivia", "Fraidy", "Chaim", "Leib",
        "Osnat", "Ilana", "Eluned", "Gethin", "Ffion", "Angharad", "Eilidh", "Murdo", "Torquil",
        "Ishbel", "Struan",
    ], [
        "Lefkowitz", "Rabinowitz", "Zuckerman", "Grossberg", "Halberstam", "Prosser", "Bevan",
        "Gwynne", "Urquhart", "Drummond", "Farquharson", "McIlwraith", "Gottlieb", "Lichtenstein",
        "Perlmutter", "Rosenzweig", "Teitelman", "Kornblum", "Feldstein", "Schechter", "Mandelbaum",
        "Weisberger", "Abergel", "Peretz", "Ohana", "Dahan", "Amsalem", "MacGillivray",
        "Cruickshank", "Auchinleck", "Ogilvie", "Buchan", "Crichton", "Menzies", "Lamont", "Pryce",
        "Jenkyn", "Gittins",
    ]),
    "congolese": (2, [
        "Bijou", "Merveille", "Exaucé", "Dieumerci", "Espoir", "Fiston", "Gloire", "Trésor", "Glodie",
        "Béni", "Rachidi", "Fabrice", "Blaise", "Chancelvie", "Héritier", "Prisca", "Plamedi",
        "Sephora", "Bénédicte", "Arsène", "Ruphin",
    ], [
        "Nsimba", "Kabeya", "Tshilombo", "Mulumba", "Mpiana", "Ngoy", "Tshisekedi", "Kapinga",
        "Kazadi", "Lumbala", "Kayembe", "Nkulu", "Bakajika", "Tshimanga", "Mukuna", "Makiese",
        "Luzolo", "Nlandu", "Kiala", "Mavinga", "Masamba", "Lokwa",
    ]),
    "micronesian_hawaiian": (1, [
        "Kiele", "Nohea", "Lemari", "Kalena", "Kanoa", "Pono", "Alapaki", "Kapena", "Leimomi",
        "Palani", "Kamalei", "Kahiau", "Hinano", "Kasiano", "Simiram", "Mikaele", "Ngirmang",
    ], [
        "Langrine", "Kabua", "Jibas", "deBrum", "Kapule", "Ngiraked", "Remengesau", "Tellei", "Ehsa",
        "Panuelo", "Makua", "Kanahele", "Keliihananui", "Lanakila", "Haleamau", "Lautaimi",
        "Leiataua", "Mataafa",
    ]),
    "south_african": (1, [
        "Riaan", "Marelize", "Wynand", "Annelie", "Hennie", "Suné", "Ansie", "Jacobus", "Marthinus",
        "Anrich", "Elmarie", "Sarel", "Lize", "Tshepo", "Refilwe", "Thulani", "Khanyisile", "Mandla",
    ], [
        "van Rensburg", "du Toit", "le Roux", "Venter", "Steyn", "Pretorius", "Oosthuizen",
        "Bezuidenhout", "Coetzee", "Swanepoel", "Viljoen", "Fourie", "Kruger", "Erasmus",
        "Groenewald", "van der Merwe", "Nel", "Botha", "du Plessis", "Malan", "Snyman", "Cilliers",
        "Potgieter", "Ngcobo", "Molefe",
    ]),
    "maltese_sardinian": (1, [
        "Censu", "Ġużeppi", "Marthese", "Doris", "Ninu", "Pawlu", "Ċetta", "Godwin", "Salvu",
        "Marija", "Spiru",
    ], [
        "Borg", "Zammit", "Farrugia", "Grech", "Vella", "Galea", "Micallef", "Spiteri", "Azzopardi",
        "Cassar", "Mifsud", "Xuereb", "Caruana", "Abela", "Bonello", "Debono", "Agius", "Sciberras",
        "Attard", "Fenech", "Bugeja", "Tabone", "Schembri", "Mizzi", "Psaila", "Porcu", "Piras",
        "Pinna", "Atzori", "Murgia", "Deiana", "Melis", "Cocco", "Sanna", "Usai", "Floris", "Manca",
        "Loi", "Mura", "Pisano", "Cadeddu", "Ledda", "Sechi", "Marongiu", "Puddu", "Scanu",
    ]),
    "okinawan": (1, [
        "Kamado", "Ushi", "Tsuru", "Kame", "Matsu", "Kikue", "Tomiko", "Shizue", "Haruko", "Tatsuo",
        "Seiko", "Hatsue", "Misao", "Sadao", "Masaru", "Chiyoko", "Toshio", "Kimiyo",
    ], [
        "Chinen", "Kinjo", "Nakandakari", "Shimabukuro", "Arakaki", "Miyagi", "Yonamine", "Tokeshi",
        "Uehara", "Zukeran", "Chibana", "Kyan", "Taira", "Yamashiro", "Gushiken", "Teruya", "Kochi",
        "Irei", "Agena",
    ]),
}  # fmt: skip

# Given names and surnames that are also ordinary words, drawn now and then whatever the origin.
WORD_FIRST_NAMES = [
    "Ember", "Briar", "Ash", "Teal", "Windy", "Queenie", "Duchess", "Clementine", "Basil",
    "Lavender", "Petunia", "Posy", "Gus", "Tex", "Brooklyn", "Virginia", "London", "Vienna",
    "Sydney", "Milan", "India", "Echo", "Harley", "Nova", "Sincere", "Goodluck", "Godspower",
    "Princewill", "Prosper", "Given", "Modesty", "Clemency", "Marvelous", "Tiger", "Cinnamon",
]  # fmt: skip
WORD_SURNAMES = [
    "Fuller", "Barber", "Cutter", "Bland", "Head", "Hand", "Foot", "Still", "Sprinkle", "Spry",
    "Godsey", "Welcome", "Friend", "Wolfe", "Doe", "Roebuck", "Fish", "Crabb", "Shelley",
    "Gosling", "Duckworth", "Steed", "Kidd", "Bullard", "Baggs", "Parson", "Monk", "Friar",
    "Sexton", "Lawless", "Fairchild", "Goodchild", "Childs", "Younger", "Elder", "Senior",
    "Sergeant", "Money", "Brass", "Tinsley", "Moor", "Pool", "Gale", "Noon", "Starr", "Fogg", "Dew",
    "Chin", "Beard", "Back", "Shanks", "Legg", "Foote", "Armes", "Hands", "Shinn", "Lumpkin",
    "Bloodworth", "Hurtt", "Sickel", "Couch", "Tubb", "Rash", "Sneed", "Tickner", "Heal",
]  # fmt: skip
NICKNAMES = [
    "Nene", "Tata", "Chino", "Flaco", "Toto", "Dodong", "Inday", "Yaya", "Mimi", "Doc", "Sparky",
    "Pip", "Beng", "Tootsie", "Nonie", "Cuca", "Pelusa", "Gogo", "Zozo", "Manny", "Bebe", "Neneng",
    "Totoy", "Ading", "Pochi", "Lalo", "Pepe", "Fifi", "Didi", "Bibi", "Babs", "Trixie", "Sully",
    "Stretch", "Slim", "Skeeter", "Spud", "Doodle", "Dede", "Yiayia", "Papou",
]  # fmt: skip
FAMILY_FIRST = {"central_asian", "okinawan"}  # now and then written family name first
PATRONYMIC = {"nordic"}
PARTICLES = {"van", "der", "de", "du", "le", "ter", "ap", "den", "la"}
GEN_SUFFIXES = ["Jr.", "Sr.", "III", "2nd", "Jr"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o",
                       "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                       "ħ": "h", "Ħ": "H"})  # fmt: skip


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
    return rng.choice(WORD_FIRST_NAMES if rng.random() < 0.08 else ORIGINS[origin][1])


def _family(rng: random.Random, origin: str) -> str:
    if rng.random() < 0.09:
        return rng.choice(WORD_SURNAMES)
    last = rng.choice(ORIGINS[origin][2])
    roll = rng.random()
    # Two family names, spaced or hyphenated.
    if origin in ("caribbean", "lusophone") and roll < 0.3:
        other = rng.choice(ORIGINS[origin][2])
        if other != last:
            return f"{last} {other}" if roll < 0.2 else f"{last}-{other}"
    if roll < 0.06:  # double-barrelled across families
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if other != last and " " not in other and " " not in last:
            return f"{last}-{other}"
    return last


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = _origin(rng)
    first, last = _given(rng, origin), _family(rng, origin)
    if rng.random() < 0.15:
        first, last = _fold(first), _fold(last)
    return first, last, origin


def person(rng: random.Random, _split: str = "blind3") -> tuple[str, str]:
    first, last, _ = _person(rng)
    return first, last


def surname(rng: random.Random, _split: str = "blind3") -> str:
    return _person(rng)[1]


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def _initial(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in PARTICLES]
    return _fold(words[0] if words else name)[:1].upper() or "Q"


def initials(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _initial(first), _initial(last)
    mid = rng.choice(string.ascii_uppercase)
    return rng.choice(
        [f"{f}.{ln}.", f"{f}{ln}", f"{f}{mid}{ln}", f"{f}.{mid}.{ln}.", f"{f}. {ln}."]
    )


def full_name(rng: random.Random, _split: str = "blind3") -> str:
    first, last, origin = _person(rng)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.2:
        return f"{last} {first}"
    if form < 0.32:
        return f"{first} {last}"
    if form < 0.38:
        return f"{last.upper()}, {first}"
    if form < 0.43:
        return f"{last}, {first}"
    if form < 0.48:  # Filipino and Latin American style: a second family name as middle name
        return f"{first} {_family(rng, origin)} {last}"
    if form < 0.53:
        return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVWY')}. {last}"
    if form < 0.57:
        return f"{_initial(first)}. {last}"
    if form < 0.61:
        return f"{first} {_initial(last)}."
    if form < 0.65:
        return f"{first} '{nickname(rng)}' {last}"
    if form < 0.68:
        return f"{first} ({nickname(rng)}) {last}"
    if form < 0.72:
        return f"{nickname(rng)} {last}"
    if form < 0.80:
        return first
    if form < 0.84:
        return f"{first} {last} {rng.choice(GEN_SUFFIXES)}"
    if form < 0.88:
        return f"{last} {_initial(first)}"
    if form < 0.92:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.96:
        return f"{first} {last}".upper()
    return f"{first} {_given(rng, origin)} {last}"


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{last}, {first}", f"{_fold(last).upper()},{_fold(first).upper()}",
                       f"{last},{first}", f"{_fold(last).upper()}, {_fold(first).upper()}"])  # fmt: skip


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_FIRST_NAMES)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_SURNAMES)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.6 else person(rng)[0]
    last = word_last(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{_initial(first)}. {last}"])


def upper_first(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def upper_last(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def query_first(rng: random.Random) -> str:
    return _fold(person(rng)[0]).lower().replace(" ", "%20")


def query_last(rng: random.Random) -> str:
    return _fold(person(rng)[1]).lower().replace(" ", "+")


def username(rng: random.Random, _split: str = "blind3") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kiele", _handle(last) or "kabua"
    fc, lc = _fold(first.split()[0]), _fold(last.split()[-1])
    yy, year, n = rng.randint(0, 99), rng.randint(1932, 2010), rng.randint(2, 9999)
    return rng.choice([
        f"{f[0]}{ln}", f"{f}.{ln[0]}", f"{fc[0].upper()}{lc}{yy:02d}", f"{f}_{ln}_", f"xX_{f}_Xx",
        f"{f}{year}", f"{f[0]}.{ln}{rng.randint(2, 9)}", f"{ln[:3].upper()}{f[:3].upper()}",
        f"{ln[:6]}{f[0]}", f"u{rng.randint(100000, 999999)}", f"dr_{ln}", f"nurse.{f}", f"{f}-{ln[0]}",
        f"lola_{f}", f"tita.{f}", f"the_real_{f}", f"{f}{ln[0]}_rn", f"s{rng.randint(1000000, 9999999)}",
        f"{f}{ln}{n}", f"{ln}.{f}", f"{fc}{lc}", f"{f[:1]}{ln[:7]}", f"{f}.{ln}.{yy:02d}",
        f"mama{f}", f"{f}_{rng.choice(['bakes', 'fishes', 'sews', 'runs', 'prays', 'knits'])}",
    ])  # fmt: skip


DOMAINS = [
    "centrum.cz", "azet.sk", "numericable.fr", "club-internet.fr", "fastwebnet.it", "cytanet.com.cy",
    "forthnet.gr", "ethionet.et", "prtc.net", "coqui.net", "claro.net.do", "codetel.net.do",
    "bellaliant.net", "vodafone.pt", "netcabo.pt", "kabelmail.de", "skynet.be", "pt.lu",
    "iinet.net.au", "optusnet.com.au", "starband.net", "consolidated.net", "ntelos.net", "lumos.net",
    "nemont.net", "nvc.net", "srt.com", "wiktel.com", "onvol.net", "choice.net.pr", "islanet.net",
    "globelines.com.ph", "digitelone.com", "pldt.net", "arminco.com", "netsys.am", "tci.ir",
    "parsonline.net", "hotpop.com", "bigmir.net", "moldtelecom.md", "albmail.al", "abcom.al",
    "ipko.net", "telekom.mk", "cablenet.com.cy", "primetel.com.cy", "telemail.is", "saunalahti.fi",
    "pp.inet.fi", "zahav.net.il", "bezeqint.net", "netvision.net.il", "talktalk.net", "plus.net",
    "virginmedia.com", "orcon.net.nz", "clear.net.nz", "slingshot.co.nz", "vodamail.co.za",
    "telkomsa.net", "mweb.co.za", "webmail.co.za", "acsalaska.net", "mtaonline.net", "mauinet.net",
    "ptialaska.net", "nmhu.edu", "quarrybrook-ps.org", "millrace-legal.com",
    "ridgeback-haulers.net", "oxbow-grange.org", "yellowhammer-crafts.com", "kettleworth-farms.com",
    "bramblecote-vet.co.uk", "pinnacle-roofing.biz", "sagehen-ranch.net",
]  # fmt: skip


def email(rng: random.Random, _split: str = "blind3") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kiele", _handle(last) or "kabua"
    fc, lc = _fold(first.split()[0]), _fold(last.split()[-1])
    local = rng.choice([
        f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}{rng.randint(1, 99)}", f"{ln}.{f}", f"{f}+portal",
        f"{f}_{ln}", f"{f[0]}{ln}", f"{f}.{ln}.{rng.randint(2, 9)}", f"lola.{f}", f"{f}{ln}{rng.randint(1935, 2009)}",
        f"{fc}.{lc}", f"{ln}-{f[0]}", f"{f}.{ln[0]}", f"{ln}{f[:2]}", f"the.{ln}.family",
        f"{f}{rng.choice(['mom', 'dad', 'nana', 'papa'])}{rng.randint(1, 9)}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def url(rng: random.Random, _split: str = "blind3") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kiele", _handle(last) or "kabua"
    fc, lc = _fold(first.split()[0]).replace("'", ""), _fold(last.split()[-1]).replace("'", "")
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.gofundme.com/f/help-{f}-{ln}-recover", f"gofundme.com/f/{f}s-medical-bills",
        f"https://www.caringbridge.org/visit/{f}{ln}", f"https://www.youtube.com/@{f}{ln}{rng.randint(1, 99)}",
        f"https://www.tiktok.com/@{f}.{ln}", f"https://www.reddit.com/user/{f}_{ln[:4]}{rng.randint(10, 99)}",
        f"https://medium.com/@{f}.{ln}", f"https://github.com/{f[0]}{ln}",
        f"https://docs.google.com/document/d/{_letters(rng, 44, an + '-_')}/edit",
        f"https://drive.google.com/file/d/{_letters(rng, 33, an + '-_')}/view?usp=sharing",
        f"https://www.dropbox.com/s/{_letters(rng, 15, string.ascii_lowercase + string.digits)}/labs_{ln}.pdf?dl=0",
        f"https://venmo.com/u/{fc}-{lc}",
        f"https://cash.app/${f}{ln}", f"https://paypal.me/{f}{ln}", f"https://m.me/{f}.{ln}.{rng.randint(1, 9)}",
        f"https://www.tributes.com/obituary/show/{f.capitalize()}-{ln.capitalize()}-{_digits(rng, 9)}",
        f"https://everloved.com/life-of/{f}-{ln}/", f"https://www.amazon.com/hz/wishlist/ls/{_letters(rng, 13, string.ascii_uppercase + string.digits)}",
        f"https://x.com/{f}{ln[:3]}", f"https://www.threads.net/@{f}_{ln}", f"https://vimeo.com/{_digits(rng, 9)}",
        f"https://www.flickr.com/photos/{f}{ln}/", f"https://{f}{ln}.substack.com/p/week-{rng.randint(2, 40)}-of-chemo",
        f"www.{ln}{f[0]}.me", f"https://portal.kettleworth-health.example/pt/{_digits(rng, 8)}?tab=results",
        f"http://{ln}-family.net/photos/{f}", f"https://www.meetup.com/members/{_digits(rng, 9)}/",
    ])  # fmt: skip


# --- places ---------------------------------------------------------------------------------

STREET_NAMES = [
    "Huckleberry", "Elderberry", "Dewberry", "Hornbeam", "Lupine", "Columbine", "Trillium",
    "Bloodroot", "Hepatica", "Mayapple", "Jewelweed", "Ironweed", "Goldenrod", "Phoebe", "Kingbird",
    "Nighthawk", "Bittern", "Gallinule", "Merganser", "Canvasback", "Pintail", "Kosciuszko",
    "Lafitte", "Iberville", "Olympic", "Cass", "Chokeberry", "Pokeberry", "Snowberry", "Bayberry",
    "Inkberry", "Beautyberry", "Partridgeberry", "Wineberry", "Cloudberry", "Lingonberry",
    "Bearberry", "Hawkweed", "Chicory", "Mullein", "Burdock", "Thimbleweed", "Milkweed", "Fireweed",
    "Pickerelweed", "Arrowwood", "Leatherwood", "Blackgum", "Chinquapin", "Shagbark", "Butternut",
    "Hophornbeam", "Pawnee", "Kickapoo", "Potawatomi", "Winnebago", "Menominee", "Oneida",
    "Mohawk", "Seneca", "Cayuga", "Onondaga", "Tuscarora", "Waccamaw", "Yazoo", "Choctaw",
    "Muscogee", "Arapaho", "Kiowa", "Caddo", "Tonkawa", "Karankawa", "Sublette", "Bridger",
    "Laclede", "Chouteau", "Gravois", "Kingshighway", "Broadway", "Lyndhurst", "Tilghman",
    "Conshohocken", "Wyomissing", "Lackawanna", "Susquehanna", "Juniata", "Allegheny",
    "Kiskiminetas", "Loyalsock", "Schuylkill", "Perkiomen", "13th", "55th", "82nd", "109th",
    "131st",
]  # fmt: skip
STREET_TYPES = [("St", 8), ("St.", 4), ("Street", 4), ("Ave", 6), ("Av.", 1), ("Avenue", 3),
                ("Rd", 5), ("Road", 3), ("Dr", 4), ("Dr.", 1), ("Drive", 2), ("Ln", 3),
                ("Blvd", 2), ("Ct", 2), ("Pl", 1), ("Way", 2), ("Ter", 1), ("Cir", 1), ("Trl", 1),
                ("Pkwy", 1), ("Hwy", 1), ("Pike", 1), ("Xing", 1), ("Path", 1), ("Walk", 1),
                ("Aly", 1), ("Bnd", 1), ("Spur", 1), ("Loop", 1), ("Holw", 1)]  # fmt: skip
UNITS = ["Apt 3 Rear", "Apt. 12-B", "#5-D", "Unit C-3", "Fl 2", "Lower", "Upper", "Ste 1-A",
         "Bldg 4 Apt 212", "Rm 7", "Apt 0404", "Apt G", "Unit 19B", "Apt. 2F", "# 610",
         "2nd Floor", "Apt 1 (back)"]  # fmt: skip
DIRECTIONS = ["N ", "S. ", "E ", "W. ", "NE ", "SW ", "North ", "South ", "East "]

PR_CALLES = [
    "Tabonuco", "Flamboyán", "Guayacán", "Ausubo", "Almácigo", "Tamarindo", "Azucena",
    "Trinitaria", "Amapola", "Cayena", "Orquídea", "Jazmín", "Crisantemo", "Girasol", "Clavel",
    "Pomarrosa", "Guanábana", "Acerola", "Quenepa", "Corozo", "Yagrumo", "Ceiba", "Capá Prieto",
    "Maga", "Higüero", "Guaraguao", "Pitirre", "Jilguero", "Zumbador", "Carpintero", "Múcaro",
    "Reinita", "Turpial", "Ruiseñor", "Coquí", "Juey", "Carey", "Carrucho", "Betances", "Hostos",
    "Baldorioty", "Loíza", "Cerra",
]  # fmt: skip
PR_URBS = [
    "Los Flamboyanes", "Los Almendros", "Los Tamarindos", "Brisas del Ausubo", "Alturas de Maga",
    "Estancias del Yagrumo", "Valle Tabonuco", "Mansiones del Pitirre", "Lomas Verdes",
    "Monte Brisas", "Country Club", "Levittown", "Vistas del Océano",
    "Haciendas del Carey", "Paseo Reinita",
]  # fmt: skip
PR_BARRIOS = [
    "Cerro Gordo", "Piñas", "Jagual", "Mameyes", "Sabana Seca", "Cubuy", "Jagüeyes", "Pozas",
    "Helechal", "Culebrinas", "Espino", "Barranquitas Arriba", "Bajura Adentro", "Honduras",
    "Candelaria", "Dajaos",
]  # fmt: skip
PH_STREETS = [
    "Sampaguita", "Ilang-Ilang", "Kamagong", "Narra", "Molave", "Acacia", "Katipunan", "Kalayaan",
    "Mabuhay", "Bonifacio", "Rizal", "Aguinaldo", "Gumamela", "Dama de Noche", "Kalachuchi",
    "Santan", "Adelfa", "Bougainvilla", "Maharlika", "Bayanihan", "Masagana", "Malakas",
    "Maganda", "Kamuning", "Kalantiaw", "Lakandula", "Sikatuna",
]  # fmt: skip
PH_SUBDIVISIONS = ["Sampaguita Homes", "Camella Springville", "BF Resort", "Greenwoods Executive",
                   "Moonwalk Village", "Pacita Complex", "Country Homes", "Dasmariñas Bayan"]  # fmt: skip
UK_STREETS = [
    "Coldharbour", "Cheapside", "Petticoat", "Threadneedle", "Cowcross", "Turnmill", "Ropemaker",
    "Shambles", "Whitefriargate", "Briggate", "Deansgate", "Gallowgate", "Cowgate", "Canongate",
    "Bootham", "Micklegate", "Stonegate", "Grassmarket", "Bramley", "Pippin", "Russet", "Cuckoo",
    "Nightjar", "Stonechat", "Yellowhammer", "Wagtail", "Fieldfare", "Redwing", "Chiffchaff",
]  # fmt: skip
FR_STREETS = ["de la Garenne", "de la Verrerie", "du Chemin Vert", "de la Huchette", "Quincampoix",
              "de la Chaussée", "du Lavoir"]  # fmt: skip
BR_STREETS = ["Sete de Setembro", "Voluntários da Pátria", "Marechal Deodoro", "Barão de Mauá",
              "Visconde de Pirajá", "Conselheiro Lafaiete", "Tiradentes", "dos Andradas",
              "Senador Dantas", "Treze de Maio"]  # fmt: skip
MX_STREETS = ["Independencia", "Hidalgo", "Morelos", "Allende", "Aldama", "Guerrero", "Zaragoza",
              "Matamoros", "Abasolo", "Obregón", "Pípila", "Xicoténcatl", "Netzahualcóyotl",
              "Ahuehuete", "Tabachín", "Jacarandas", "Nogal", "Huizache", "Pirul", "Tepeyac"]  # fmt: skip
MX_COLONIAS = ["Del Valle", "Chapalita", "Providencia", "Analco", "Tlaxcala", "Lomas de Polanco",
               "Oblatos", "Mezquitán"]  # fmt: skip


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:  # Queens-style
        return f"{rng.randint(31, 249)}-{rng.randint(1, 79):02d}"
    if roll < 0.10:
        return f"{rng.randint(2, 3999)}{rng.choice('ABC')}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 98999)]))  # fmt: skip


def _us_street(rng: random.Random) -> str:
    name = rng.choice(STREET_NAMES)
    kind = rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]
    prefix = rng.choice(["", "", "", "", "", "", *DIRECTIONS])
    postfix = rng.choice(["", "", "", "", "", " NE", " SE", " W"]) if not prefix else ""
    unit = rng.choice([""] * 8 + [" " + u for u in UNITS] + [", " + u for u in UNITS])
    return f"{_house_number(rng)} {prefix}{name} {kind}{postfix}{unit}"


def pr_address(rng: random.Random) -> str:
    calle, urb, bo = rng.choice(PR_CALLES), rng.choice(PR_URBS), rng.choice(PR_BARRIOS)
    form = rng.random()
    if form < 0.3:
        return f"Urb. {urb}, Calle {calle} {rng.choice('ABCDEFGHJK')}-{rng.randint(1, 40)}"
    if form < 0.42:
        return f"{urb}, {rng.randint(1, 30)} Calle {calle}"
    if form < 0.57:
        return f"Bo. {bo}, Carr. {rng.randint(2, 998)} Km {rng.randint(0, 40)}.{rng.randint(0, 9)}"
    if form < 0.7:
        return f"HC {rng.randint(1, 9):02d} Box {rng.randint(1000, 99999)}"
    if form < 0.82:
        return f"Calle {calle} #{rng.randint(1, 350)}, Bo. {bo}"
    if form < 0.92:
        return f"Cond. {urb}, Apt. {rng.randint(1, 22)}{rng.randint(1, 12):02d}"
    return f"Apartado {rng.randint(100, 9999)}"


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["P.O. Box", "PO Box", "PO BOX", "Post Office Box", "P. O. Box", "POB",
                       "Box", "PO Drawer", "P.O.Box"])  # fmt: skip
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 99999)])
    return f"{kind} {n}"


def rural_route(rng: random.Random) -> str:
    n, box = rng.randint(1, 9), rng.randint(1, 999)
    return rng.choice([
        f"RR {n} Box {box}", f"Rural Route {n}, Box {box}{rng.choice(['', 'A', 'B'])}",
        f"HC {rng.randint(60, 89)} Box {rng.randint(1000, 9999)}", f"{rng.randint(100, 9999)} County Road {rng.randint(1, 999)}",
        f"{rng.randint(1000, 99999)} CR {rng.randint(10, 4999)}", f"{rng.randint(100, 9999)} FM {rng.randint(50, 3500)}",
        f"{rng.randint(100, 9999)} State Route {rng.randint(2, 299)}", f"Star Route, Box {rng.randint(2, 99)}",
        f"{rng.randint(1000, 9999)} Township Road {rng.randint(10, 400)}", f"{rng.randint(100, 9999)} State Hwy {rng.randint(2, 199)}",
    ])  # fmt: skip


def ph_address(rng: random.Random) -> str:
    blk, lot = rng.randint(1, 60), rng.randint(1, 45)
    st, sub = rng.choice(PH_STREETS), rng.choice(PH_SUBDIVISIONS)
    return rng.choice([
        f"Blk {blk} Lot {lot}, {sub}", f"Blk {blk} Lot {lot} {st} St., {sub} Phase {rng.randint(1, 5)}",
        f"{rng.randint(1, 400)} {st} St., Brgy. {rng.choice(PH_STREETS)}", f"B{blk} L{lot} {st} Ave., {sub}",
    ])  # fmt: skip


def _foreign_street(rng: random.Random) -> str:
    n = rng.randint(1, 480)
    return rng.choice([
        f"Flat {rng.randint(1, 40)}, {n} {rng.choice(UK_STREETS)} Road",
        f"{n} {rng.choice(UK_STREETS)} {rng.choice(['Lane', 'Mews', 'Row', 'Close', 'Walk', 'Street'])}",
        f"{rng.choice(UK_STREETS)} Cottage, {rng.choice(UK_STREETS)} Lane",
        f"{n} rue {rng.choice(FR_STREETS)}", f"{n} bis, rue {rng.choice(FR_STREETS)}",
        f"Rua {rng.choice(BR_STREETS)}, {n}, apto {rng.randint(11, 1804)}",
        f"Av. {rng.choice(BR_STREETS)}, {n} - casa {rng.randint(2, 9)}",
        f"Calle {rng.choice(MX_STREETS)} {n}, Col. {rng.choice(MX_COLONIAS)}",
        f"Av. {rng.choice(MX_STREETS)} #{n} Int. {rng.randint(1, 12)}, Col. {rng.choice(MX_COLONIAS)}",
    ])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind3") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.13:
        return rural_route(rng)
    if roll < 0.23:
        return pr_address(rng)
    if roll < 0.28:
        return ph_address(rng)
    if roll < 0.38:
        return _foreign_street(rng)
    address = _us_street(rng)
    return address.upper() if rng.random() < 0.06 else address


CITIES = [
    "Climax", "Accident", "Why", "Nothing", "Cool", "Protection", "Friendship", "Ordinary",
    "Success", "Peculiar", "Difficult", "Tightwad", "Embarrass", "Marrowbone", "Bigfork",
    "Hurricane", "Chicken", "Toad Suck", "Chillicothe", "Schaumburg", "Humacao", "Aguadilla",
    "Toa Baja", "Puerto Plata", "Cebu", "Iloilo", "Bacolod", "Davao", "Yerevan", "Gyumri",
    "Shiraz", "Tabriz", "Herat", "Thessaloniki", "Larnaca", "Limassol", "Hargeisa", "Mogadishu",
    "Mekelle", "Asmara", "Praia", "Mindelo", "Recife", "Belém", "Fortaleza", "Coimbra",
    "Ponta Delgada", "Cluj-Napoca", "Iași", "Chișinău", "Tirana", "Prizren", "Akureyri", "Oulu",
    "Turku", "Mawlamyine", "Samarkand", "Almaty", "Shymkent", "Bukhara", "Lubumbashi", "Kisangani",
    "Majuro", "Ebeye", "Wailuku", "Bloemfontein", "Stellenbosch", "Pietermaritzburg", "Swakopmund",
    "Aberystwyth", "Llandudno", "Inverness", "Stornoway", "Dundee", "Kirkcaldy", "Wolverhampton",
    "Grimsby", "Scunthorpe", "Besançon", "Perpignan", "Quimper", "Culiacán", "Hermosillo",
    "Zacatecas", "Tlaquepaque", "Irapuato", "Celaya", "Moncton", "Rimouski", "Saskatoon",
    "Lethbridge", "Valletta", "Sliema", "Cagliari", "Sassari", "Naha", "Okinawa", "Cuttack",
    "Guwahati", "Dibrugarh", "Baku", "Ganja", "Kashgar", "Urumqi", "Utqiagvik", "Kotzebue",
    "Kykotsmovi", "Moenkopi", "Hyannis", "Taunton", "Framingham", "Dearborn", "Hamtramck",
    "Berwyn", "Elizabethtown", "Chinle", "Kayenta", "Shiprock", "Tuba", "Clinton", "Pella",
    "Marshalltown", "Worthington", "Willmar", "Faribault", "Westminster", "Milpitas", "Hercules",
    "Cerritos", "Artesia", "Wahiawa", "Waipahu", "Hanapepe", "Kaunakakai", "Pahoa",
]  # fmt: skip
STATES = ["PR", "P.R.", "Puerto Rico", "Mass.", "Calif.", "WV", "AK", "HI", "Wash.", "N.M.",
          "Ariz.", "VT", "ME", "MA", "IA", "Iowa", "Minn.", "Mich.", "NJ", "TX", "Tex.", "Ill."]  # fmt: skip


def city(rng: random.Random, _split: str = "blind3") -> str:
    return rng.choice(CITIES)


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:  # Puerto Rico and New England, with their leading zeros
        z = f"00{rng.randint(601, 988)}" if roll < 0.09 else f"0{rng.randint(1001, 2791)}"
    elif roll < 0.2:
        return postcode_ca(rng)
    else:
        z = f"{rng.randint(10001, 99929):05d}"
    return z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.25 else "")


def postcode_ca(rng: random.Random) -> str:
    a = "ABCEGHJKLMNPRSTVWXYZ"
    return (f"{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}{rng.choice(a)} "
            f"{rng.randint(0, 9)}{rng.choice(a)}{rng.randint(0, 9)}")  # fmt: skip


def postcode_uk(rng: random.Random) -> str:
    area = rng.choice(["SY", "LL", "IV", "HS", "DD", "KY", "WV", "DN", "YO", "EH", "M", "B", "G",
                       "LS", "NE", "CF", "BS"])  # fmt: skip
    return (
        f"{area}{rng.randint(1, 23)} {rng.randint(0, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    )


def cep(rng: random.Random) -> str:
    return f"{rng.randint(1000, 99999):05d}-{rng.randint(0, 999):03d}"


def codigo_postal(rng: random.Random) -> str:
    return f"{rng.randint(1000, 99999):05d}"


def pr_zip(rng: random.Random) -> str:
    z = f"00{rng.randint(601, 988)}"
    return z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.2 else "")


# --- dates and ages -------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOTTED = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
          "Dec."]  # fmt: skip
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
DIAS = ["primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
        "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
        "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve", "treinta",
        "treinta y uno"]  # fmt: skip
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip
MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc."]  # fmt: skip
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip


def _ord(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _day(rng: random.Random, service_only: bool = False) -> datetime.date:
    if service_only or rng.random() < 0.5:
        start, end = datetime.date(2017, 1, 1), datetime.date(2026, 12, 31)
    else:  # birth dates, the old weighted in
        start = datetime.date(rng.choice([1917, 1925, 1935, 1950, 1970, 1990]), 1, 1)
        end = datetime.date(2014, 12, 31)
    return datetime.date.fromordinal(rng.randint(start.toordinal(), end.toordinal()))


def _iso_week(day: datetime.date, rng: random.Random) -> str:
    y, w, wd = day.isocalendar()
    return rng.choice([f"{y}-W{w:02d}", f"{y}-W{w:02d}", f"{y}W{w:02d}", f"{y}-W{w:02d}-{wd}"])


def date(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d, yy = day.year, day.month, day.day, day.year % 100
    month, ab, dot, th = MONTHS[m - 1], ABBR[m - 1], DOTTED[m - 1], _ord(d)
    return rng.choice([
        f"{dot} {d}{th} '{yy:02d}", f"{d:02d}-{ab.upper()}-{y}", f"{d:02d}-{ab.upper()}-{yy:02d}",
        f"{m}/{d}", f"{d}{th} {month}", f"{d}{th} {month} {y}", f"{month} {d}, '{yy:02d}",
        f"{m:02d}{d:02d}{y}", f"{d}/{m}/{yy:02d}", f"{ab} {d:02d}, {y}", f"{m}/{d}/{y}",
        f"{y}-{m:02d}-{d:02d}", f"{d}-{month}-{y}", f"{month} {d}{th}, {y}", f"{d}.{m}.{yy:02d}",
        f"{y}{m:02d}{d:02d}", f"{month.lower()} {d}", f"{m}-{d}", f"{d:02d} {ab.upper()} {y}",
        _iso_week(day, rng), f"{dot} {d}", f"{m}/{d}/{yy:02d}", f"{ab.lower()}. {d}", f"{d} {dot} {y}",
    ])  # fmt: skip


def day_only(rng: random.Random) -> str:
    """The day of the month alone, after "the": "the 3rd", "the 21st"."""
    d = rng.randint(1, 31)
    return f"{d}{_ord(d)}"


def month_day(rng: random.Random) -> str:
    day = _day(rng, service_only=True)
    m, d = day.month, day.day
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{m}.{d}"])


def iso_date(rng: random.Random) -> str:
    return _day(rng).isoformat()


def hl7_date(rng: random.Random) -> str:
    day = _day(rng)
    if rng.random() < 0.2:
        return day.strftime("%Y%m%d") + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return day.strftime("%Y%m%d")


def mmddyyyy(rng: random.Random) -> str:
    return _day(rng).strftime("%m%d%Y")


def oracle_date(rng: random.Random) -> str:
    day = _day(rng)
    ab = ABBR[day.month - 1].upper()
    return rng.choice(
        [f"{day.day:02d}-{ab}-{day.year}", f"{day.day:02d}-{ab}-{day.year % 100:02d}"]
    )


def iso_week(rng: random.Random) -> str:
    return _iso_week(_day(rng, service_only=True), rng)


def timestamp(rng: random.Random) -> str:
    day = _day(rng, service_only=True)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    iso = day.isoformat()
    h12, ampm = hh % 12 or 12, "AM" if hh < 12 else "PM"
    return rng.choice([
        f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}-05:00",
        f"{iso} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{day.month:02d}/{day.day:02d}/{day.year} {h12}:{mi:02d}:{ss:02d} {ampm}",
        f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}+00:00",
    ])  # fmt: skip


def syslog_date(rng: random.Random) -> str:
    day = _day(rng, service_only=True)
    return f"{ABBR[day.month - 1]} {day.day:>2}"


def clf_date(rng: random.Random) -> str:
    day = _day(rng, service_only=True)
    return f"{day.day:02d}/{ABBR[day.month - 1]}/{day.year}"


def slash_date(rng: random.Random) -> str:
    return _day(rng, service_only=True).strftime("%Y/%m/%d")


def fecha(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d, mes = day.year, day.month, day.day, MESES[day.month - 1]
    return rng.choice([f"{DIAS[d - 1]} de {mes}", f"{DIAS[d - 1]} de {mes}", f"{d} de {mes}",
                       f"{d} de {mes} del {y}", f"{d:02d}-{mes[:3]}-{y % 100:02d}", f"{d}/{m}/{y}"])  # fmt: skip


def date_fr(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d = day.year, day.month, day.day
    jour = "1er" if d == 1 else str(d)
    return rng.choice([f"{jour} {MOIS[m - 1]}", f"{jour} {MOIS[m - 1]} {y}", f"{d} {MOIS_ABBR[m - 1]}",
                       f"{d}/{m:02d}", f"{d:02d}/{m:02d}/{y}"])  # fmt: skip


def dmy(rng: random.Random) -> str:
    return _day(rng).strftime("%d/%m/%Y")


def date_pt(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d, mes = day.year, day.month, day.day, MESES_PT[day.month - 1]
    return rng.choice(
        [f"{d} de {mes}", f"{d} de {mes} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}"]
    )


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]  # fmt: skip
_UNOS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_UNS_PT = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
_FR_90S = ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
           "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize",
           "quatre-vingt-dix-sept", "quatre-vingt-dix-huit", "quatre-vingt-dix-neuf"]  # fmt: skip


def age_number(rng: random.Random) -> int:
    return rng.choice([rng.randint(90, 99)] * 4 + [rng.randint(100, 109)])


def age_digits(rng: random.Random) -> str:
    return str(age_number(rng))


def age_over_89(rng: random.Random) -> str:
    n, form = age_number(rng), rng.random()
    if form < 0.55 or n > 103:
        return str(n)
    if n < 100:
        word = "ninety" + (f"-{_ONES[n - 90]}" if n > 90 else "")
        return rng.choice(
            [word, word.replace("-", " "), word.title(), word.replace("-", " ").title()]
        )
    rest = f" and {_ONES[n - 100]}" if n > 100 else ""
    return rng.choice(["one hundred", "a hundred", "a hundred", "hundred"]) + rest


def age_ordinal(rng: random.Random) -> str:
    n = age_number(rng)
    if n < 100 and rng.random() < 0.3:
        return "ninetieth" if n == 90 else f"ninety-{_ORD_ONES[n - 90]}"
    return f"{n}{_ord(n)}"


def edad(rng: random.Random) -> str:
    n = age_number(rng)
    if rng.random() < 0.45:
        return str(n)
    if n < 100:
        return "noventa" + (f" y {_UNOS[n - 90]}" if n > 90 else "")
    return "cien" if n == 100 else f"ciento {_UNOS[n - 100]}"


def age_fr(rng: random.Random) -> str:
    n = age_number(rng)
    if rng.random() < 0.5 or n > 100:
        return str(n)
    return "cent" if n == 100 else _FR_90S[n - 90]


def idade(rng: random.Random) -> str:
    n = age_number(rng)
    if rng.random() < 0.45:
        return str(n)
    if n < 100:
        return "noventa" + (f" e {_UNS_PT[n - 90]}" if n > 90 else "")
    return "cem" if n == 100 else f"cento e {_UNS_PT[n - 100]}"


# --- numbers --------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _us_parts(rng: random.Random) -> tuple[int, int, str]:
    a = rng.choice([n for n in range(201, 990) if n % 100 != 11 and n not in (555, 800, 888, 900)])
    b = rng.choice([n for n in range(201, 999) if n % 100 != 11 and n != 555])
    return a, b, _digits(rng, 4)


def phone_us(rng: random.Random) -> str:
    a, b, c = _us_parts(rng)
    ext = rng.randint(2, 4999)
    return rng.choice([
        f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}) {b}-{c}", f"{a}{b}{c}", f"+1{a}{b}{c}",
        f"+1 ({a}) {b}-{c}", f"1.{a}.{b}.{c}", f"{a}-{b}-{c} ext. {ext}", f"{a}.{b}.{c} x{ext}",
        f"{a}-{b}-{c},,{ext}", f"{a}/{b}-{c}", f"{a} {b}-{c}", f"1-{a}-{b}-{c}", f"(787) {b}-{c}",
        f"939.{b}.{c}", f"809-{b}-{c}", f"+1 (829) {b}-{c}", f"+1-{a}-{b}-{c}", f"({a}){b}-{c} ext {ext % 100}",
    ])  # fmt: skip


def phone_fr(rng: random.Random) -> str:
    p = [_digits(rng, 2) for _ in range(4)]
    lead = rng.choice("67")
    return rng.choice([f"0{lead} {' '.join(p)}", f"0{lead} {' '.join(p)}", f"+33 {lead} {' '.join(p)}",
                       f"+33 (0){lead} {' '.join(p)}", f"0{lead}.{'.'.join(p)}", f"0033 {lead} {' '.join(p)}",
                       f"0{rng.choice('1234')} {' '.join(p)}"])  # fmt: skip


def phone_uk(rng: random.Random) -> str:
    return rng.choice([
        f"07{_digits(rng, 3)} {_digits(rng, 6)}", f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}",
        f"0161 {_digits(rng, 3)} {_digits(rng, 4)}", f"(0113) {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+44 (0)131 {_digits(rng, 3)} {_digits(rng, 4)}", f"01970 {_digits(rng, 6)}",
        f"+44 1463 {_digits(rng, 6)}",
    ])  # fmt: skip


def phone_mx(rng: random.Random) -> str:
    return rng.choice([
        f"55 {_digits(rng, 4)} {_digits(rng, 4)}", f"+52 55 {_digits(rng, 4)} {_digits(rng, 4)}",
        f"(33) {_digits(rng, 4)} {_digits(rng, 4)}", f"+52 (81) {_digits(rng, 4)}-{_digits(rng, 4)}",
        f"044 33 {_digits(rng, 4)} {_digits(rng, 4)}", f"667-{_digits(rng, 3)}-{_digits(rng, 4)}",
    ])  # fmt: skip


def phone_ph(rng: random.Random) -> str:
    return rng.choice([
        f"+63 917 {_digits(rng, 3)} {_digits(rng, 4)}", f"0917-{_digits(rng, 3)}-{_digits(rng, 4)}",
        f"(02) 8{_digits(rng, 3)} {_digits(rng, 4)}", f"0998 {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+639{_digits(rng, 9)}", f"09{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
    ])  # fmt: skip


def phone_br(rng: random.Random) -> str:
    return rng.choice([
        f"(11) 9{_digits(rng, 4)}-{_digits(rng, 4)}", f"+55 21 9{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"(81) 9 {_digits(rng, 4)}-{_digits(rng, 4)}", f"+55 (85) 9{_digits(rng, 4)}-{_digits(rng, 4)}",
    ])  # fmt: skip


def phone_other(rng: random.Random) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    return rng.choice([
        f"0171 {d(7)}", f"+49 (0)160 {d(3)} {d(4)}", f"+30 69{d(1)} {d(3)} {d(4)}", f"+374 (91) {d(6)}",
        f"+251 91 {d(3)} {d(4)}", f"+252 61 {d(7)}", f"+358 40 {d(3)} {d(4)}", f"+7 701 {d(3)} {d(2)} {d(2)}",
        f"+354 {d(3)} {d(4)}", f"+356 79{d(2)} {d(4)}", f"+972-52-{d(3)}-{d(4)}", f"+27 (0)82 {d(3)} {d(4)}",
        f"+243 81 {d(3)} {d(4)}", f"+95 9 {d(3)} {d(3)} {d(3)}", f"+81 98-{d(3)}-{d(4)}", f"+692 {d(3)}-{d(4)}",
        f"+351 96 {d(3)} {d(4)}", f"+238 9{d(2)} {d(2)} {d(2)}", f"+40 7{d(2)} {d(3)} {d(3)}",
    ])  # fmt: skip


def phone(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.68:
        return phone_us(rng)
    return rng.choice([phone_fr, phone_uk, phone_mx, phone_ph, phone_br, phone_other, phone_other])(
        rng
    )


def e164_digits(rng: random.Random) -> str:
    """A number as it appears URL-encoded after %2B: country code and digits only."""
    a, b, c = _us_parts(rng)
    return rng.choice([f"1{a}{b}{c}", f"1{a}{b}{c}", f"33{rng.choice('67')}{_digits(rng, 8)}",
                       f"639{_digits(rng, 9)}", f"52155{_digits(rng, 8)}", f"447{_digits(rng, 9)}"])  # fmt: skip


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}.{g}.{s}", f"{a}{g}{s}", f"{a}-{g}{s}",
                        f"{a} - {g} - {s}"], [7, 2, 1, 2, 1, 1])[0]  # fmt: skip


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), f"00{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"M{_digits(rng, 8)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"{_digits(rng, 6)}-{_digits(rng, 1)}",
        f"E{_digits(rng, 7)}", f"H{_digits(rng, 3)}-{_digits(rng, 4)}", f"MR{_digits(rng, 7)}",
        f"{_digits(rng, 4)}-{_digits(rng, 5)}", _digits(rng, 9), f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + _letters(rng, 2, _MBI_ALPHA)
           + _digits(rng, 2))  # fmt: skip
    return rng.choice([raw, raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}", raw.lower()])


def nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            break
    s = "".join(map(str, body)) + str(check)
    return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])


def ohip(rng: random.Random) -> str:
    return rng.choice([f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_letters(rng, 2)}",
                       f"{_digits(rng, 4)} {_digits(rng, 3)} {_digits(rng, 3)} {_letters(rng, 2)}",
                       _digits(rng, 10)])  # fmt: skip


def philhealth(rng: random.Random) -> str:
    return f"{_digits(rng, 2)}-{_digits(rng, 9)}-{_digits(rng, 1)}"


def cns(rng: random.Random) -> str:
    s = rng.choice("12789") + _digits(rng, 14)
    return rng.choice([s, f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}"])


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)} {_digits(rng, 9)}", f"W{_digits(rng, 9)}",
        f"{_digits(rng, 9)}-00", f"9{_digits(rng, 7)}{_letters(rng, 1)}", mbi(rng), f"U{_digits(rng, 8)} 01",
        f"{_letters(rng, 1)}{_digits(rng, 8)}-{_digits(rng, 2)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-{_letters(rng, 1)}",
        f"XC{_letters(rng, 1)}{_digits(rng, 8)}", f"{_digits(rng, 11)}", f"HP-{_digits(rng, 4)}-{_digits(rng, 6)}",
    ])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:  # Amex, 15 digits
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
        full = body + _luhn(body)
        return f"{full[:4]} {full[4:10]} {full[10:]}"
    body = rng.choice(["4", "51", "53", "55", "6011"])
    body += _digits(rng, 15 - len(body))
    full = body + _luhn(body)
    sep = rng.choice([" ", "-", ""])
    return sep.join(full[i : i + 4] for i in range(0, 16, 4))


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - num % 97:02d}"


def iban(rng: random.Random) -> str:
    country, bban = rng.choice([
        ("GB", _letters(rng, 4) + _digits(rng, 14)), ("DE", _digits(rng, 18)), ("FR", _digits(rng, 23)),
        ("PT", _digits(rng, 21)), ("GR", _digits(rng, 23)), ("MT", _letters(rng, 4) + _digits(rng, 23)),
        ("FI", _digits(rng, 14)), ("AL", _digits(rng, 24)),
    ])  # fmt: skip
    raw = country + _iban_check(country, bban) + bban
    if rng.random() < 0.4:
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def account_number(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return rng.choice([iban, card_number])(rng)
    return rng.choice([
        f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}", _digits(rng, 12), f"PA{_digits(rng, 8)}",
        f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 1)}", f"HAR{_digits(rng, 9)}",
        f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}", f"GT-{_digits(rng, 7)}", f"{_digits(rng, 7)}/{_digits(rng, 3)}",
        f"{_digits(rng, 5)}-{_digits(rng, 2)}", f"SP{_digits(rng, 6)}", _digits(rng, 10),
    ])  # fmt: skip


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    last = _initial(surname(rng))
    return rng.choice("ABFGM") + last + "".join(map(str, d)) + str(check)


def uk_driving_licence(rng: random.Random) -> str:
    """DVLA shape: surname (5, padded with 9), decade, month (+5 for women), day, year, initials."""
    first, last = person(rng)
    sur = "".join(ch for ch in _fold(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    born = _day(rng)
    month = born.month + (50 if rng.random() < 0.5 else 0)
    inits = (_initial(first) + rng.choice(["9", rng.choice(string.ascii_uppercase)]))[:2]
    core = f"{sur}{(born.year // 10) % 10}{month:02d}{born.day:02d}{born.year % 10}{inits}9{_letters(rng, 2)}"
    return core if rng.random() < 0.6 else f"{core} {_digits(rng, 2)}"


def license_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.08:
        return npi(rng)
    if roll < 0.12:
        return uk_driving_licence(rng)
    an = string.ascii_uppercase + string.digits
    return rng.choice([
        f"{_letters(rng, 1)}{_digits(rng, 7)}",  # CA
        f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",  # NY
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",  # FL
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",  # IL
        f"WDL{_letters(rng, 9, an)}",  # WA
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",  # WI
        _digits(rng, 8),  # TX
        f"RN{_digits(rng, 6)}", f"LVN {_digits(rng, 6)}", f"CNA-{_digits(rng, 7)}", f"MD{_digits(rng, 6)}",
        f"DDS-{_digits(rng, 5)}", f"EMT {_digits(rng, 5)}",
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("GHJKLMNPRS")  # model years 2016-2025
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    out = "".join(chars)
    return out if rng.random() < 0.85 else out.lower()


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",  # CA
        f"{_letters(rng, 3)}-{_digits(rng, 4)}",  # PA, NY, TX
        f"{_digits(rng, 3)} {_letters(rng, 3)}",
        f"{_letters(rng, 3)}-{_digits(rng, 3)}",  # PR
        f"{_letters(rng, 4)} {_digits(rng, 3)}",  # ON
        f"{_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 3)}",  # QC
        f"{_letters(rng, 2)}-{_digits(rng, 3)}-{_letters(rng, 2)}",  # FR
        f"{_letters(rng, rng.randint(1, 2))}-{_letters(rng, 2)} {rng.randint(1, 9999)}",  # DE
        f"{_letters(rng, 3)}{rng.randint(0, 9)}{_letters(rng, 1)}{_digits(rng, 2)}",  # Mercosur
        f"{_letters(rng, 3)} {_digits(rng, 4)}",  # PH
        f"{_digits(rng, 2)} {_letters(rng, 2)} {_digits(rng, 3)}",  # AM
        rng.choice(["LOLA1", "ABUELA", "YIAYIA", "NURS3", "RETIRD", "HIBSCUS", "2OLD4U", "KARENS"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.4 else plate(rng)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "49", "99"]) + _digits(rng, 12)
    full = body + _luhn(body)
    return rng.choice([full, full, f"{full[:2]} {full[2:8]} {full[8:14]} {full[14]}",
                       f"{full[:8]}-{full[8:14]}-{full[14]}", f"{full[:2]}-{full[2:8]}-{full[8:14]}/{full[14]}"])  # fmt: skip


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    flat = "".join(octets)
    return rng.choice([":".join(octets), "-".join(octets).upper(), f"{flat[:4]}.{flat[4:8]}.{flat[8:]}",
                       ":".join(octets).upper(), flat.upper()])  # fmt: skip


def udi(rng: random.Random) -> str:
    """GS1 human-readable UDI: GTIN (01), expiry (17), lot (10), serial (21)."""
    gtin_body = "0" + _digits(rng, 12)
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(gtin_body)))
    gtin = gtin_body + str((10 - total % 10) % 10)
    exp = f"{rng.randint(25, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return f"(01){gtin}(17){exp}(10){_letters(rng, 2)}{_digits(rng, 5)}(21){_digits(rng, 8)}"


def iccid(rng: random.Random) -> str:
    body = "89" + rng.choice(["01", "44", "33", "63"]) + _digits(rng, 14)
    return body + _luhn(body)


def device_id(rng: random.Random) -> str:
    hexu = "0123456789ABCDEF"
    return rng.choice([
        imei(rng), mac_address(rng), f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        f"SN{_digits(rng, 10)}", _letters(rng, 12, "CDFGHJKLMNPQRTVWXY0123456789"),
        _letters(rng, 16, "0123456789abcdef"), f"A10000{_letters(rng, 8, hexu)}", iccid(rng),
        f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}", f"NG{_digits(rng, 7)}H",
        f"{_letters(rng, 2)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_letters(rng, 1)}",
        "-".join(_letters(rng, n, hexu) for n in (8, 4, 4, 4, 12)), f"S/N {_letters(rng, 8, hexu)}",
    ])  # fmt: skip


def _h(rng: random.Random) -> str:
    return f"{rng.randint(1, 65535):x}"


def ipv6(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.3:
        out = f"2600:1700:{_h(rng)}:{_h(rng)}::{_h(rng)}"
    elif form < 0.5:
        out = ":".join(f"{rng.randint(0, 65535):04x}" for _ in range(8))
        out = "2603:" + out[5:]
    elif form < 0.65:
        out = f"fe80::{_h(rng)}:{rng.randint(0, 255):02x}ff:fe{rng.randint(0, 255):02x}:{_h(rng)}"
    elif form < 0.8:
        out = f"2a01:cb{rng.randint(0, 255):02x}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}"
    else:
        out = f"2001:4860:{_h(rng)}::{_h(rng)}:{_h(rng)}"
    return out.upper() if rng.random() < 0.15 else out


def ip_address(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.2:
        return ipv6(rng)
    if form < 0.3:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
    while True:
        a = rng.randint(11, 223)
        if a not in (100, 127, 169, 172, 192):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def passport(rng: random.Random) -> str:
    return rng.choice([f"5{_digits(rng, 8)}", f"A{_digits(rng, 8)}", f"P{_digits(rng, 7)}{_letters(rng, 1)}",
                       _digits(rng, 9), f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 5)}"])  # fmt: skip


def uuid_like(rng: random.Random) -> str:
    hexl = "0123456789abcdef"
    return "-".join(_letters(rng, n, hexl) for n in (8, 4, 4, 4, 12))


def other_id(rng: random.Random) -> str:
    return rng.choice([
        f"CLM-{_digits(rng, 10)}", f"{rng.randint(2018, 2026)}-{_digits(rng, 6)}", f"RX{_digits(rng, 7)}",
        uuid_like(rng), f"PA{_digits(rng, 9)}", f"ENC{_digits(rng, 8)}", passport(rng),
        f"S{rng.randint(18, 26)}-{_digits(rng, 5)}", f"INC{_digits(rng, 7)}", f"{rng.randint(18, 26)}-{_digits(rng, 6)}",
        f"{_digits(rng, 3)}-{rng.randint(18, 26)}-{_digits(rng, 6)}", f"V{_digits(rng, 3)}-{_digits(rng, 4)}",
        f"{_letters(rng, 2)}{_digits(rng, 6)}{_letters(rng, 1)}", f"#{_digits(rng, 6)}",
    ])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "WFIRST": ("NAME", word_first),  # given names that are words: Ember, Tex, Sincere
    "WLAST": ("NAME", word_last),  # family names that are words: Legg, Fogg, Chin
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITIALS": ("NAME", initials),
    "LASTFIRST": ("NAME", last_first),  # EHR lists: "DALISAY,JERICO"
    "FNUP": ("NAME", upper_first),  # HL7, X12, AAMVA capitals
    "LNUP": ("NAME", upper_last),
    "FNLOW": ("NAME", query_first),  # query strings and file names
    "LNLOW": ("NAME", query_last),
    "PRADDR": ("ADDRESS", pr_address),
    "PHADDR": ("ADDRESS", ph_address),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "CP": ("ZIP", codigo_postal),  # Mexican código postal
    "PRZIP": ("ZIP", pr_zip),
    "CEP": ("ZIP", cep),  # Brazilian CEP
    "POSTUK": ("ZIP", postcode_uk),
    "ISODATE": ("DATE", iso_date),
    "HLDATE": ("DATE", hl7_date),
    "MMDDYYYY": ("DATE", mmddyyyy),  # AAMVA DBB
    "ORADATE": ("DATE", oracle_date),
    "ISOWEEK": ("DATE", iso_week),
    "TS": ("DATE", timestamp),
    "SYSDATE": ("DATE", syslog_date),
    "CLFDATE": ("DATE", clf_date),
    "SLASHDATE": ("DATE", slash_date),  # nginx error log
    "DAYONLY": ("DATE", day_only),
    "MD": ("DATE", month_day),
    "ESDATE": ("DATE", fecha),
    "FRDATE": ("DATE", date_fr),
    "PTDATE": ("DATE", date_pt),
    "DMY": ("DATE", dmy),
    "AGEN": ("AGE_OVER_89", age_digits),
    "AGEORD": ("AGE_OVER_89", age_ordinal),
    "AGEES": ("AGE_OVER_89", edad),
    "AGEFR": ("AGE_OVER_89", age_fr),
    "AGEPT": ("AGE_OVER_89", idade),
    "PHONEFR": ("PHONE", phone_fr),
    "PHONEUK": ("PHONE", phone_uk),
    "PHONEMX": ("PHONE", phone_mx),
    "PHONEPH": ("PHONE", phone_ph),
    "PHONEBR": ("PHONE", phone_br),
    "PHONEDIGITS": ("PHONE", e164_digits),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "NHS": ("HEALTH_PLAN_ID", nhs_number),
    "OHIP": ("HEALTH_PLAN_ID", ohip),
    "PHILHEALTH": ("HEALTH_PLAN_ID", philhealth),
    "CNS": ("HEALTH_PLAN_ID", cns),
    "IBAN": ("ACCOUNT_NUMBER", iban),
    "CARD": ("ACCOUNT_NUMBER", card_number),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "UKDL": ("LICENSE_NUMBER", uk_driving_licence),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "UDI": ("DEVICE_ID", udi),
    "ICCID": ("DEVICE_ID", iccid),
    "IPSIX": ("IP_ADDRESS", ipv6),
    "PASSPORT": ("OTHER_ID", passport),
    "UUID": ("OTHER_ID", uuid_like),
}
