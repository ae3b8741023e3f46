"""The "blind5" split: a fifth blind judge, written without looking at the redaction engine, its
tests, its docs, its benchmark code, its commit history or its output on any data. Whoever tunes
the engine must not read this file or samples built from it: a split that has been looked at has
been tuned on, and it no longer judges anything.

What was read to write it, and nothing else: generate.py, templates.py and values.py (the
interface: how templates are filled and spans recorded), and blind.py, blind2.py, blind3.py,
blind4.py, tune2.py, tune3.py, tune4.py and tune5.py (for the interface, for the annotation
conventions in their docstrings, and so that the pools and templates here reuse none of theirs).

How the pools were checked: every word of every given name, family name, nickname, street name,
city and e-mail domain here was folded (accents dropped, lower case, apostrophes both dropped and
split on) and compared, with a small script, against every word of those ten files (string
literals, templates and comments alike) and against the Faker names values.py draws for both its
"tune" and "heldout" splits; overlaps were removed. Particles (de, del, la, van, von, al, bin,
...), generic address and place words (St, Ave, Rd, City, Falls, Lake, Springs, Fort, Mount, ...)
and top-level domains were left out of that comparison. Many candidates came from Faker locales
that values.py does not draw from and from hand-written lists; only the survivors are here.

What it aims at: the text a US outpatient clinic's assistant backend sees. Patient chat typed on
phones (lowercase, typos, no punctuation, relatives writing for a parent or a child, some
Spanish); log lines from a Python, Django, Celery, gunicorn, nginx and Postgres stack and from EHR
integrations (key=value, JSON, query strings, HL7 v2, CSV, tracebacks, audit lines); and clinical
notes of every kind (HPI, assessment and plan, discharge summaries, referral letters, phone notes,
nursing notes, social history, signatures, cc lines). Names of many origins, in every way people
mention them (full, given only, surname with or without a title, nicknames, initials, "Last,
First", possessives, names that are ordinary words); dates in every way people and systems write
them. PHI-free lines are look-alikes in all three kinds.

The value functions keep the names and signatures of values.py (``_split`` is accepted and
ignored); the templates also use slots of their own, listed in ``EXTRA_SLOTS``. A few of those
carry non-PHI filler (request ids, latencies) and have no label.

Annotation conventions, as in the other splits: a state is not scored (its slot has no label);
titles and credentials (Dr., Mrs., MD, RN, NP) stay outside a NAME, and so does a possessive "'s";
a weekday next to a date stays outside the DATE, and so does "the" before "14th"; a day of the
month alone such as "the 14th" IS a DATE when it means a calendar day; a month with a year is a
DATE, while a month alone or a year alone is not PHI; a whole ISO or logging timestamp (Python
logging, Postgres, ISO 8601 with its zone, HL7 TS) is one DATE, while the clock time after an nginx
access-log date is left outside it; only ages over 89 are AGE_OVER_89 (digits or words); in HL7
each name component is its own NAME span; a provider's NPI, DEA or licence number is a
LICENSE_NUMBER; a card used to pay a bill is an ACCOUNT_NUMBER; claim, authorization, case,
encounter, referral, prescription and accession numbers and patient ids are OTHER_ID, while
request and trace ids that identify nobody are not PHI.
"""

from __future__ import annotations

import datetime
import random
import string
import unicodedata
from collections.abc import Callable

# --- templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format; generate.fill
# lowercases, misspells and strips punctuation from chat on top of what is written here.

CHAT = [
    "hey its {FIRST} from the 3pm slot, running behind bc the bus broke down",
    "my grandson {FIRST} set this app up for me so excuse the typing",
    "can i switch from dr {SURNAME} to somebody else, we dont get along",
    "this is {NAME} i got a letter saying i owe money but insurance was supposed to cover it",
    "wrote down my appt as {MONTHDAY} but the app shows a different day, which one is right",
    "im writing for my dad he is {AGE} and his feet are real swollen since the weekend",
    "pls update my address to {STREET}, {CITY} {STATE} {ZIP}",
    "born on {DOB}, last name {SURNAME}. did my xray come back",
    "my sister {NAME} is gonna bring me thursday, is that ok if she comes in the room",
    "buenos dias, habla {FIRST}, mi cita era el {ESDATE} y nadie me llamo",
    "mi papa {NAME} tiene {AGE} años, se cayó en el baño anoche",
    "me pueden llamar al {PHONE} despues de las 5 por favor",
    "vivimos en {STREET} ahora, en {CITY}",
    "the pharmacist {WGIVEN} said the doctor has to call them, number is {PHONE}",
    "is there any way to get the receipt sent to {EMAIL}",
    "username {USER}, it wont let me reset the password",
    "text {PHONE} not the house phone, nobody picks that up",
    "we had the baby on {MDYY}!! her name is {FIRST}, when is her first checkup",
    "i think my last tetanus was {MONYEAR} maybe, i stepped on a nail",
    "can i see {PROV} instead, my friend said she's good with anxiety stuff",
    "ms {SURNAME} at the front desk told me to message about the copay",
    "my moms name is {LF} on the chart, she goes by {NICK}",
    "its {INIT}, i was in yesterday for the ear thing",
    "grandpa is {AGEW} and we just want him comfortable, who do we talk to about hospice",
    "missed the call from {PHONE}, was that yall",
    "lab slip says drawn {MD}, but i went on a different day i think",
    "the card in my wallet has {PLAN} on the front, is that the one u need",
    "medicare card number {MBI}, just got the new one in the mail",
    "my daughters medicaid is {MEDICAID}, she's 11",
    "bill says account {ACCOUNT}, i put it on my card ending in 4 but it still says due",
    "can i pay over the phone with card {CARD}",
    "my license number is {DL} if you need it for the sleep study paperwork",
    "i parked in the doctors spot by mistake plate {PLATE}, sorry!!",
    "dexcom says sensor {DEVICE} failed after 2 days, can i get a replacement",
    "my hearing aid app wont pair, phone imei {IMEI}",
    "did the nurse send a link? i got {URL} from an unknown number",
    "case number {OTHER} from the billing call",
    "the refill number on the bottle is {OTHER}",
    "{SURNAME}, {FIRST}. checking on my MRI auth",
    "my husband {WGIVEN} {WFAM} has a fever of 101.8 should he come in or go to urgent care",
    "dr {WFAM} helped me so much last year, is he still there",
    "hi im {FIRST}'s mom, he has a rash all over his belly since last night",
    "yes my address is still {HOUSE}, nothing changed",
    "mail my stuff to {POBOX}, {CITY}, the mailbox at the house is broken",
    "we're on {RURAL}, tell the home nurse to look for the green mailbox",
    "i'll be out of town from {MD} to {MD} so i need the refill early",
    "will the office be open on the {DAYTH}? i have a half day",
    "my son {NAME} turns 18 on {MONTHDAY}, do i still have access to his portal",
    "i got my covid shot at the pharmacy on {DATE}, can u add that",
    "my mom {FIRST} is {AGE} and still drives to church every sunday, should she get her eyes checked",
    "can someone call my caregiver {NAME} at {PHONE}? she knows all my meds",
    "the address on file is wrong, its {STREET} not {STREET}",
    "im in {CITY} visiting family till next month, can i do a video visit from here",
    "my old clinic in {CITY} is sending my records, their fax is {FAX}",
    "email me the lab results please {EMAIL}",
    "new email {EMAIL}, dont use the aol one anymore",
    "someone from {IP} tried to log in to my account, i got an alert",
    "the doctors note has to go to my boss {NAME}, can i give u his email {EMAIL}",
    "my ssn ends wrong on the form, it should be {SSN}",
    "is my medical record number {MRN}? thats what the wristband said",
    "im {FIRST}, {AGE} years young lol, need my flu shot",
    "ok so dr {SURNAME} wants me back on {WEEKDAY} {MONTHDAY} but i work, any later times",
    "the {DMON} appointment works for me",
    "i was seen {DATE} and the bill came for {DATE}, somebody put the wrong day",
    "my wife {NAME} is pregnant again, due {MONTHDAY}, does she need a referral for the ob",
    "my brother {FIRST} {SURNAME} needs a new pcp, do you take new patients",
    "sorry this is {NICK} again, forgot to ask about the cream",
    "this is {NAME} from the school office, {FIRST} threw up in class, mom is not answering",
    "pastor {SURNAME} brought me last time but he's out of town",
    "dad's neighbor {NAME} found him on the porch, we're heading to the er",
    "auntie lives at {STREET} in {CITY}, could the nurse visit there instead",
    "yes {SURNAME} with two Ls, first name {FIRST}",
    "the home health lady {FIRST} didnt come today",
    "i live with my boyfriend {FIRST} and he can pick up my meds, is that allowed",
    "insurance changed to {PLAN}, effective {MONTHDAY}",
    "my daughter {NAME} has autism and does better with morning appts",
    "my cpap serial # is {DEVICE}, the supply company needs an order",
    "we drove in from {CITY}, where do we park",
    "the vin of my car is {VIN}, the accident claim is asking for medical records",
    "tried calling the number on the website {PHONE} and it rang forever",
    "my portal name is {USER}, can you merge it with my kids accounts",
    "my last period was {MD} and the test is positive",
    "hola, mi nombre es {NAME} y necesito una carta para el trabajo",
    "la cita de mi hija {FIRST} es el {ESDATE}, verdad?",
    "mi correo es {EMAIL} para mandar los papeles",
    "my mom is {AGE} this year and refuses the walker, any tips",
    "hi this is {PROV}, social worker at the county, calling about our mutual client {NAME}",
    "he passed on {DATE}, please stop sending him letters",
    "the wheelchair van company needs my address, its {STREET}, apt around back",
    "her dob is {DOB}, her name is {NAME}, i'm her son",
    "ok {FIRST} thanks for the help today",
    "can i get my shot records faxed to the daycare at {FAX}",
    "plate number {PLATE} for the parking pass please",
    "my pacemaker id card says {DEVICE}, does the office have that",
    "my lawyer {PROV} will send a records request, pls dont ignore it",
    "its {FIRST} {SURNAME}s mom again, the school form is due friday",
    "we moved from {CITY} to {CITY} last month",
    "i'm in room 12 at {CITY} rehab and want my own doctor to know",
    "is {WGIVEN} still the nurse for dr {SURNAME}",
    "my old address {STREET} still shows on the bills",
    "birthday {MDYY} if u need to find me",
    "my mom {WGIVEN} wants to know if she can get the rsv shot, she's {AGE}",
    "{NAME} here, i need to cancel the {DAYTH}",
    "the signup page rejects {ZIP} as my postal code but thats where i live",
    "uploaded my id from {IP} but it says error",
    "go to {URL} to see the pics of the wound",
    "she has been confused since {WEEKDAY} and keeps asking for {FIRST}",
]

# Log lines from the app stack and its integrations. A whole logging or ISO timestamp is one DATE;
# the clock time after an nginx access-log date is not part of it.
LOGS = [
    '{PYTS} INFO appointments.api booking created appt_date={ISODATE} patient_id={OTHER} provider="{PROV}" req={REQID}',
    '{PYTS} WARNING appointments.api slot taken patient="{LF}" requested={TS} took_ms={MS}',
    "{PYTS} ERROR patients.views demographics update failed for mrn={MRN}: zip {ZIP} does not match city {CITY}",
    "{PYTS} DEBUG chat.ingest message from user={USER} ip={IP} len=188 req={REQID}",
    "{PYTS} INFO notify.sms queued to={PHONE} kind=appointment_reminder appt={TS}",
    '{PYTS} INFO notify.email sent to={EMAIL} subject="Your visit summary" msg_id={REQID}',
    "{PYTS} WARNING notify.email soft bounce rcpt={EMAIL} attempt=2",
    "{PYTS} ERROR notify.fax transmission failed dest={FAX} pages=4 reason=no_answer",
    "{PYTS} INFO auth.login success user={USER} remote_addr={IP} mfa=sms",
    "{PYTS} WARNING auth.login locked user={USER} remote_addr={IPSIX} failures=6",
    "[{PYTS}: INFO/ForkPoolWorker-2] Task outreach.tasks.call_list[{REQID}] received: patient={NAME} phone={PHONE}",
    "[{PYTS}: ERROR/ForkPoolWorker-5] Task eligibility.tasks.check[{REQID}] raised: Timeout member={PLAN} dob={ISODATE}",
    '[{PYTS}: WARNING/MainProcess] outreach.tasks.mail_letter retry 3/5: bad address "{STREET}" {CITY} {STATE}',
    "[{PYTS}: INFO/ForkPoolWorker-1] Task statements.tasks.render succeeded in {MS}ms: {{'account': '{ACCOUNT}', 'guarantor': '{NAME}'}}",
    '{IP} - - [{CLFDATE}:08:14:52 -0500] "GET /api/v2/patients/?mrn={MRN} HTTP/1.1" 200 2214 "-" "Dalvik/2.1.0"',
    '{IP} - {USER} [{CLFDATE}:17:03:29 +0000] "POST /portal/messages/ HTTP/1.1" 201 88 "-" "Mozilla/5.0 (Macintosh)"',
    '{IP} - - [{CLFDATE}:11:40:06 -0600] "GET /api/v2/lookup?name={LNLOW}%2C{FNLOW}&birth={ISODATE} HTTP/1.1" 200 301 "-" "curl/8.4.0"',
    '{IPSIX} - - [{CLFDATE}:23:55:10 -0700] "GET /portal/records/{OTHER}/pdf HTTP/2.0" 403 0 "-" "Mozilla/5.0"',
    '{NGXERR} 06:41:19 [warn] 882#882: *1201 an upstream response is buffered to a temporary file, client: {IP}, request: "GET /api/v2/patients/{MRN}/documents HTTP/1.1"',
    "{PGTS} [4410] LOG:  statement: INSERT INTO patients_contact (patient_id, phone, email) VALUES ({OTHER}, '{PHONE}', '{EMAIL}')",
    '{PGTS} [4411] ERROR:  null value in column "dob" violates not-null constraint\n{PGTS} [4411] DETAIL:  Failing row contains ({OTHER}, {LNLOW}, {FNLOW}, null, {ZIP}).',
    "{PGTS} [5120] LOG:  duration: 2204.118 ms  execute <unnamed>: SELECT * FROM scheduling_appt WHERE patient_name ILIKE '%{LNLOW}%'",
    '{PGTS} [5191] ERROR:  invalid input syntax for type date: "{DATE}"',
    "MSH|^~\\&|REGADT|NORTHCLINIC|BOT|CHAT|{HLTS}||ADT^A04|{REQID}|P|2.5.1\nPID|1||{MRN}^^^NORTH^MR||{LNUP}^{FNUP}^^^^^L||{HLDATE}|M|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}",
    "PID|1||{MRN}^^^NORTH^MR||{LNUP}^{FNUP}^{MIDUP}||{HLDATE}|F||2054-5|{STREET}^^{CITY}^{STATE}^{ZIP}^USA||{PHONE}^PRN^CP~^NET^Internet^{EMAIL}",
    "NK1|1|{LNUP}^{FNUP}|DAU^Daughter^HL70063||{PHONE}||N",
    "PV1|1|O|FAMMED^EXAM4^^NORTH||||{NPI}^{LNUP}^{FNUP}^{MIDUP}^^^MD||||||||||V|{OTHER}^^^NORTH^VN|||||||||||||||||||||||||{HLTS}|{HLTS}",
    "IN1|1|MCR|00401|MEDICARE||||||||||||{LNUP}^{FNUP}|SEL|{HLDATE}|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|||||||||||||||||{MBI}",
    "OBR|1|{OTHER}||57021-8^CBC W Auto Differential^LN|||{HLTS}|||||||||{NPI}^{LNUP}^{FNUP}",
    "patient_id,last_name,first_name,dob,phone\n{OTHER},{SURNAME},{FIRST},{MDYY},{PHONE}",
    'mrn,name,address,city,state,zip\n{MRN},"{LF}","{STREET}",{CITY},{STATE},{ZIP}',
    "recall_export.csv row 118: {MRN};{NAME};{DOB};{EMAIL};overdue_a1c",
    '{{"ts": "{TS}", "level": "INFO", "event": "intake_submitted", "patient": {{"given": "{FIRST}", "family": "{SURNAME}", "birthDate": "{ISODATE}"}}}}',
    '{{"ts": "{TS}", "event": "address_verify", "input": "{STREET}, {CITY}, {STATE} {ZIP}", "result": "unmatched"}}',
    '{{"event": "proxy_invite", "inviter": "{NAME}", "invitee_email": "{EMAIL}", "relationship": "son", "ts": "{TS}"}}',
    '{{"level": "warning", "msg": "age over form max", "age": {AGE}, "patientId": "{PTUUID}"}}',
    '{{"resourceType": "Patient", "id": "{PTUUID}", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"]}}], "birthDate": "{ISODATE}", "telecom": [{{"system": "phone", "value": "{PHONE}"}}]}}',
    '{{"resourceType": "Coverage", "subscriberId": "{PLAN}", "beneficiary": {{"display": "{NAME}"}}, "relationship": {{"coding": [{{"code": "self"}}]}}, "period": {{"start": "{ISODATE}", "end": "{ISODATE}"}}}}',
    '{{"resourceType": "Device", "serialNumber": "{DEVICE}", "patient": {{"display": "{LF}"}}}}',
    '{{"event": "payment_captured", "account": "{ACCOUNT}", "amount": "45.00", "payer": "{NAME}", "card": "{CARD}"}}',
    '{{"event": "telehealth_join", "room": "fm-7", "display_name": "{FIRST}", "ip": "{IP}", "ua": "iPad"}}',
    'audit user={USER} action=VIEW object=Patient:{OTHER} name="{NAME}" ip={IP} at={TS}',
    "audit user={USER} action=PRINT document=after_visit_summary patient_mrn={MRN} at={TS}",
    'audit user={USER} action=EXPORT rows=1 filter="dob={ISODATE}&zip={ZIP}"',
    'audit break_the_glass user={USER} patient="{LF}" reason="covering for Dr. {SURNAME}"',
    "GET /internal/mpi/match?family={LNLOW}&given={FNLOW}&birthdate={URLDATE}&limit=5 200 {MS}ms",
    "GET /api/v2/geo/validate?street={STREETQ}&city={CITYQ}&zip={ZIP} 422 {MS}ms",
    "POST /api/v2/sms/inbound From=%2B{PHONEDIG}&Body=running+late 200",
    "GET /portal/verify?email={EMAILQ}&token={REQID} 302",
    "Traceback (most recent call last):\n  File \"/app/intake/parsers.py\", line 77, in parse_dob\n    return datetime.strptime(raw, \"%Y-%m-%d\")\nValueError: time data '{DATE}' does not match format '%Y-%m-%d'",
    "Traceback (most recent call last):\n  File \"/app/billing/guarantor.py\", line 140, in resolve\n    acct = Account.objects.get(number=number)\nbilling.models.Account.DoesNotExist: no account {ACCOUNT} for guarantor '{NAME}'",
    "Traceback (most recent call last):\n  File \"/app/hl7/adt.py\", line 58, in on_a08\n    p.address = parse_xad(seg[11])\nhl7.errors.ParseError: unexpected component in '{STREETUP}^^{CITYUP}'",
    "django.core.exceptions.ValidationError: ['Enter a valid phone number.'] value='{PHONE}' field=emergency_contact_phone",
    "KeyError: 'zip' (payload keys: name={NAME}, street={STREET}, city={CITY})",
    "sentry event {REQID}: IntegrityError duplicate key (email)=({EMAIL}) user={USER}",
    "WARN eligibility 271 AAA*N**72 subscriber={LNUP}*{FNUP} member={PLAN}",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~DMG*D8*{COMPACT}*F~",
    "NM1*85*1*{LNUP}*{FNUP}****XX*{NPI}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~",
    "CLM*{CLAIM}*240***11:B:1*Y*A*Y*Y~DTP*472*D8*{COMPACT}~",
    'INFO rx.erx sent rx={OTHER} prescriber_dea={DEA} patient="{NAME}" pharmacy_fax={FAX}',
    'INFO rx.pdmp query patient="{LF}" dob={ISODATE} prescriber_npi={NPI} results=2',
    'INFO credentialing verified license={LICENSE} provider="{PROV}" expires={ISODATE}',
    'WARNING transport.ride pickup="{STREET}, {CITY}" rider={NAME} vehicle={PLATE} eta_min=18',
    'INFO parking.permit issued plate={PLATE} vin={VIN} holder="{NAME}"',
    "INFO valet.ticket vehicle={VEHICLE} owner_phone={PHONE} lot=C",
    "INFO rpm.upload device={DEVICE} mrn={MRN} weight_kg=92.4 at={TS}",
    "WARNING rpm.pairing failed imei={IMEI} mac={MAC} owner={USER}",
    "INFO wifi.dhcp lease ip={IP} mac={MAC} host=Galaxy-A15 ttl=3600",
    "INFO portal.signup user={USER} email={EMAIL} dob={ISODATE} zip={ZIP} ip={IP}",
    "INFO portal.profile phone changed from {PHONE} to {PHONE} user={USER}",
    "INFO portal.link_shared url={URL} by={USER}",
    "WARNING linkfilter blocked {URL} in thread {OTHER}",
    'INFO scheduling.reminder patient={FIRST} appt_local="{WEEKDAY} {MONTHDAY} 9:40 AM" channel=sms',
    "INFO scheduling.waitlist offer sent to {NAME} ({PHONE}) for {ISODATE}",
    'INFO referrals.outbound id={OTHER} to="{PROV}, MD" fax={FAX} re="{LF}" dob={MDYY}',
    'INFO referrals.inbound from_fax={FAX} pages=7 patient_guess="{NAME}" confidence=0.62',
    "INFO labs.result accession={OTHER} mrn={MRN} collected={TS} flag=H",
    "WARNING labs.unmatched last={LNUP} first={FNUP} dob={HLDATE} sending_facility=QUESTLAB",
    'INFO docs.ocr card parsed member={PLAN} name="{NAME}" group=77120',
    'INFO docs.ocr id parsed dl={DL} address="{STREET}" exp={MDYY}',
    "ERROR docs.ocr ssn field low confidence value={SSN} doc={REQID}",
    'INFO registration.ssn_verified ssn={SSN} result=match name="{LNUP}, {FNUP}"',
    "INFO hie.push ccd for {MRN} ({NAME}, born {DOB}) to state registry",
    "INFO immunization.vxu sent patient={LNUP}^{FNUP} dob={HLDATE} vaccine=FLU given={ISODATE}",
    "WARNING dedupe candidate pair {MRN}/{MRN} score=0.91 name={NAME} dob={ISODATE}",
    "INFO merge.completed survivor={MRN} retired={MRN} by={USER}",
    'INFO consent.esign signer="{NAME}" on_behalf_of="{NAME}" ip={IPSIX} at={TS}',
    'INFO release.roi request={OTHER} requester="{PROV}" address="{STREET}, {CITY}, {STATE} {ZIP}"',
    "INFO billing.statement mailed to {POBOX}, {CITY} {STATE} {ZIP} account={ACCOUNT}",
    'INFO billing.payment_plan account={ACCOUNT} guarantor="{LF}" start={ISODATE}',
    'INFO collections.placed account={ACCOUNT} debtor="{NAME}" last_stmt={MDYY}',
    "INFO geri.mask patient_id={OTHER} age={AGE} rule=age_over_89",
    'DEBUG triage.features age={AGE} sex=F cc="fall" lives_alone=true city={CITY}',
    '{PYTS} INFO search.autocomplete q="{FNLOW} {LNLOW}" hits=4 user={USER}',
    "{PYTS} INFO chart.open mrn={MRN} by={USER} from={IP}",
    "{PYTS} WARNING address.geocode low precision for {RURAL}, {CITY} {STATE}",
    '{PYTS} INFO address.update mrn={MRN} old="{STREET}" new="{STREET}"',
    '{PYTS} INFO contact.emergency set name="{NAME}" phone={PHONE} relation=spouse',
    '{PYTS} INFO claims.status claim={CLAIM} patient="{LF}" dos={ISODATE} status=denied CO-16',
    "{PYTS} INFO priorauth.approved auth={OTHER} member={PLAN} valid_through={ISODATE}",
    "{PYTS} ERROR pharmacy.webhook missing field dob for rx={OTHER} patient={NAME}",
    '{PYTS} INFO video.visit ended patient={FIRST} provider="Dr. {SURNAME}" duration_s=912',
    '{PYTS} INFO kiosk.checkin name="{NAME}" dob={MDYY} kiosk=lobby-2',
    "{PYTS} WARNING kiosk.checkin dob mismatch entered={MDYY} on_file={MDYY}",
    "{PYTS} INFO medicaid.verify id={MEDICAID} status=active plan=CHIP",
    "{PYTS} INFO devices.assign serial={DEVICE} patient={MRN} model=HolterX",
    "{PYTS} INFO patient.deceased mrn={MRN} date_of_death={ISODATE} source=family_call",
]

# Clinical notes of every kind.
NOTES = [
    "Pt: {LF} | DOB {DOB} | MRN {MRN} | Visit {DATE} | PCP {PROV}, MD",
    "Name: {NAME}\nDOB: {MDYY}\nHome: {STREET}, {CITY}, {STATE} {ZIP}\nCell: {PHONE}\nEmail: {EMAIL}",
    "HPI: {FIRST} is a 34 y/o G2P1 at 28 weeks here with headache and swelling since {MONTHDAY}; BP 148/96 in triage.",
    "HPI: Mrs. {SURNAME} is a {AGE} y/o F with AFib on apixaban, sent from {CITY} after a fall at home on {DATE}.",
    "HPI: {NAME}, a 58-year-old long-haul driver, reports exertional chest tightness for 3 weeks. Last stress test {MONYEAR}.",
    "HPI: Pt's son {NAME} provides history; pt is {AGEW} and has been eating less since the {DAYTH}.",
    "History obtained from pt and wife {FIRST}, who keeps a log of his sugars since {MD}.",
    "Mr. {SURNAME}'s daughter called in on his behalf; he is hard of hearing.",
    "Assessment and plan:\n1. CKD stage 4 - nephrology referral to Dr. {SURNAME}; BMP in 1 week.\n2. Anemia - iron studies, recheck {MONTHDAY}.",
    "A/P: COPD exacerbation, improving. Finish prednisone. F/u with {PROV}, NP on {WEEKDAY} {MONTHDAY}.",
    "Plan discussed with pt and her husband {NAME}, who will drive her to the infusion center on {DATE}.",
    "Plan: Hold metformin until {MONTHDAY} (contrast study). Pt's niece {WGIVEN} will call with readings.",
    "DISCHARGE SUMMARY\nName: {LF}\nMRN: {MRN}\nAdmitted: {MDYY}\nDischarged: {MDYY}\nDischarging physician: {PROV}, MD",
    "Discharged home to {STREET}, {CITY} with daughter {NAME}; home O2 2 L via NC; f/u PCP within 7 days.",
    "Discharge instructions reviewed with pt and her grandson {FIRST}; both verbalized understanding.",
    "Hospital course: admitted {DATE} with urosepsis; blood cultures grew E. coli; transitioned to oral cefpodoxime on {DMON}.",
    "Dear Dr. {SURNAME},\n\nI had the pleasure of seeing your patient {NAME} on {DATE} for evaluation of chronic cough.",
    "Dear {PROV}, MD:\nThank you for referring {LF} (DOB {DOB}). Below are my findings and recommendations.",
    "To whom it may concern:\n{NAME} has been under my care since {MONYEAR} and is unable to work until {DATE}.",
    "Letter to school: {FIRST} {SURNAME} was seen today and may return to class on {WEEKDAY}, {MONTHDAY}.",
    "Respectfully,\n{PROV}, DO\nFamily Medicine",
    "Warm regards,\n\n{PROV}, PA-C",
    "Signed electronically: {PROV}, MD {TS}",
    "Co-signed by {PROV}, MD on {MDYY} 16:20",
    "Note authored by {PROV}, RN; reviewed by Dr. {SURNAME}.",
    "cc: {PROV}, MD (cardiology); {PROV}, NP\nfax {FAX}",
    "CC: Dr. {SURNAME}, {STREET}, {CITY}, {STATE} {ZIP}",
    "Phone encounter {DATE}: pt's husband {FIRST} called from {PHONE} - she has had vomiting x2 days. Advised urgent care.",
    "Phone note: LVM at {PHONE} re: abnormal Pap; asked pt to call back. Second attempt {MD}.",
    "Tel: spoke with {NAME} (HIPAA-authorized sister) about pt's upcoming biopsy on the {DAYTH}.",
    "Call from pharmacist {NAME} at {PHONE}: interaction alert on clarithromycin and simvastatin; Rx changed.",
    "Called pt at the number on file; number belongs to someone else. Updated to {PHONE} per pt's daughter {NAME}.",
    "Nursing: pt resting, pain 4/10. Wife {WGIVEN} at bedside overnight.",
    "RN: IV site L FA clean. Pt asking for {NICK} (his brother); brother updated at {PHONE}.",
    "Nurse visit: B12 injection given R deltoid. Next due {MONTHDAY}.",
    "Home visit at {STREET}: home cluttered, trip hazards noted; daughter {FIRST} agrees to remove rugs.",
    "Fall risk high; pt is {AGE}, on furosemide and tamsulosin, lives alone on {RURAL}.",
    "Social hx: lives with partner {FIRST} in {CITY}; works nights at a poultry plant. Vapes daily.",
    "Social history: retired from the railroad, widowed {MONYEAR}, lives with son {NAME} at {STREET}.",
    "SH: recently moved from {CITY}, {STATE} to be near her daughter {NAME}.",
    "SH: unhoused; mail at {POBOX}, {CITY}. Case manager {NAME}, {PHONE}.",
    "Family hx: father d. at {AGE} (CHF); brother {FIRST} with colon cancer at 52.",
    "FHx reviewed with pt's mother, {NAME}; no known bleeding disorders.",
    "Emergency contact: {NAME}, daughter, {PHONE} (cell).",
    "Health care proxy: {NAME}. Alternate: {NAME} ({PHONE}).",
    "POLST reviewed with pt and son {FIRST} {SURNAME}; DNR/DNI confirmed.",
    "Pt prefers to be called {NICK}; legal name {NAME}.",
    "Patient identified by name ({NAME}) and DOB ({DOB}) prior to procedure.",
    "Two identifiers confirmed: {LF}, {MDYY}.",
    "Time out performed; pt {INIT} confirmed site and procedure.",
    "Pt's spouse, {WGIVEN} {WFAM}, present for the visit and asked about driving restrictions.",
    "Pt referred by Dr. {WFAM} in {CITY} for evaluation of a pigmented lesion.",
    "Records received from {PROV}, MD, {CITY}; scanned {DATE}.",
    "Outside imaging from {CITY} Regional dated {DATE} reviewed: no acute findings.",
    "Prior A1c 9.4% on {MDYY}; today 7.8%.",
    "Colonoscopy {MONYEAR} with 2 tubular adenomas; repeat due.",
    "Last mammogram {DATE} BI-RADS 2.",
    "LMP {MD}. UPT negative.",
    "EDD {DATE} by LMP; dating US on {DATE} consistent.",
    "Vaccines: Tdap {MDYY}, PCV20 {MDYY}, shingles series completed {MONYEAR}.",
    "Surgery scheduled for {WEEKDAY} {DATE} with Dr. {SURNAME}; hold aspirin 5 days prior.",
    "Post-op day 1 call: spoke with pt's son {NAME}; pt tolerating diet, no fever.",
    "Wound check on the {DAYTH}: incision clean and dry, staples out.",
    "Follow-up scheduled {DMON} at 10:15 with {PROV}, NP.",
    "Returns {MONTHDAY} for repeat INR.",
    "Pt is {AGE} years old and independent in ADLs; walks to the corner store daily.",
    "{AGE} yo M presents with dysuria and confusion, accompanied by caregiver {NAME}.",
    "Goals of care: pt ({AGEW}) wants to stay home; daughter {FIRST} in agreement.",
    "Ms. {SURNAME} declined the flu vaccine again this year.",
    "Dr. {SURNAME} was notified of critical potassium 6.4 at 14:10; orders received.",
    "Discussed with {PROV}, MD (on call), who recommends ED evaluation.",
    "Consulted {SURNAME}, PharmD, re: renal dosing of enoxaparin.",
    "Interpreter ({WGIVEN}, Spanish) present for entire visit.",
    "Nota de enfermería: la paciente {NAME} refiere mareo desde el {ESDATE}; su hijo {FIRST} la acompaña.",
    "Insurance: primary {PLAN}; secondary Medicaid {MEDICAID}.",
    "Medicare MBI {MBI} verified; ABN signed for screening labs.",
    "SSN {SSN} provided by pt for disability forms only.",
    "Guarantor: {LF}, {STREET}, {CITY}, {STATE} {ZIP}; account {ACCOUNT}.",
    "Pt paid copay by card ({CARD}); receipt emailed to {EMAIL}.",
    "Pt requests all correspondence by email only ({EMAIL}).",
    "Portal: username {USER} linked; proxy access granted to daughter {NAME}.",
    "Pt shared a link to her symptom diary ({URL}).",
    "Video visit from IP {IP}; pt located at {STREET}, {CITY} during the visit.",
    "ICD interrogation: device S/N {DEVICE}; 1 episode of NSVT, no therapies.",
    "Insulin pump serial {DEVICE}; CGM transmitter {DEVICE}.",
    "BP cuff loaned: asset tag {DEVICE}; pt to return by {MONTHDAY}.",
    "Phone used for RPM uploads: IMEI {IMEI}.",
    "MVA {DATE}: pt was the passenger in vehicle VIN {VIN}; airbag deployed.",
    "Disability parking form signed; plate {PLATE}.",
    "Photo ID: driver's license {DL}.",
    "Ordering provider: {PROV}, MD, NPI {NPI}.",
    "Controlled substance agreement signed; prescriber DEA {DEA}.",
    "Visiting nurse {NAME}, RN, license {LICENSE}, will see pt twice weekly.",
    "APS report filed, case {OTHER}; worker {NAME} will visit {STREET} tomorrow.",
    "Claim {CLAIM} denied for missing DOB; corrected DOB {DOB} and resubmitted.",
    "Prior auth {OTHER} for adalimumab approved through {MONYEAR}.",
    "Referral {OTHER} sent to {PROV}, MD (ENT), fax {FAX}.",
    "Rx {OTHER} for amoxicillin sent to the pharmacy on {STREET}.",
    "Pathology accession {OTHER}: benign seborrheic keratosis.",
    "Registration: pt moved to {STREET}, {CITY}, {STATE} {ZIP}; phone updated to {PHONE}.",
    "Transport: pt lives at {HOUSE} and has no car; ride scheduled through Medicaid.",
    "Pt born {DOB} in {CITY}; moved here at age 6.",
    "Widowed since her husband {FIRST} died in {MONYEAR}.",
    "Pt's late wife, {NAME}, was also a patient here.",
    "ED triage: {NAME}, {AGE} y/o F, from {CITY} assisted living, c/o SOB.",
    "Peds: {FIRST} (age 2) seen with dad {NAME} for ear pulling x3 days.",
    "Well child: {NAME}, 15 mo; lives with mom and grandma {WGIVEN} in {CITY}.",
    "Sports physical for {FIRST} {SURNAME}; cleared for soccer.",
    "Addendum {MDYY}: spoke with Dr. {SURNAME} re: imaging; no change to plan.",
    "Addendum: correct pt address is {STREET}, not {STREET}.",
    "Alert: two patients named {NAME}; verify DOB {DOB} before releasing results.",
    "HEADER: {CITYUP} COMMUNITY HEALTH | {LF} | MRN {MRN} | {DATE}",
    "Death pronounced {DATE} at 03:12; family ({NAME}, son) notified by phone.",
    "Chaplain {SURNAME} visited at the request of pt's wife.",
]

# No PHI at all, but full of look-alikes.
PHI_FREE = [
    # notes
    "BP 138/86 left arm seated, HR 81 regular, RR 14, T 97.9 F oral, SpO2 97% RA",
    "Orthostatics: supine 126/78 HR 70, standing 3 min 110/70 HR 94",
    "Wt 71.3 kg, down 2.4 kg from last visit; BMI 24.6",
    "Ht 162 cm, wt 96 kg, waist 108 cm",
    "Tmax 102.4 F overnight, now afebrile after acetaminophen 1 g",
    "Pain 3/10 at rest, 8/10 with weight bearing",
    "Peak flow 310 L/min, 68% of predicted",
    "Fingerstick glucose 58 mg/dL; 15 g oral glucose given, recheck 96",
    "A1c 6.4%, fasting glucose 118, fructosamine 290",
    "Na 131, K 3.2, Cl 94, CO2 29, BUN 9, Cr 0.7, Ca 8.6, Mg 1.5",
    "Hgb 13.9, Hct 41, MCV 102, RDW 15.8, Plt 412",
    "WBC 3.1 with ANC 1.2; repeat CBC with diff in 1 week",
    "AST 88, ALT 121, alk phos 140, T bili 1.9, albumin 3.1",
    "INR 1.9 on warfarin 7.5 mg; no change, recheck in 2 weeks",
    "TSH 7.8 mIU/L, free T4 0.8; repeat in 6-8 weeks",
    "Lipase 412 U/L; CT abdomen ordered",
    "D-dimer 1.84 mcg/mL FEU; CTA negative for PE",
    "Troponin I 0.03 -> 0.02 ng/mL, ECG without ischemic changes",
    "Urine culture > 100,000 CFU/mL Klebsiella, sensitive to ceftriaxone",
    "HIV 1/2 Ag/Ab nonreactive; RPR nonreactive",
    "Hep C Ab reactive, HCV RNA 1.2 million IU/mL, genotype 1a",
    "25-OH vitamin D 14 ng/mL; start cholecalciferol 2000 IU daily",
    "Ferritin 612, iron sat 18%, TIBC 210",
    "Uric acid 9.2 mg/dL during flare",
    "Spirometry: FEV1 1.42 L (54%), FEV1/FVC 0.61, post-BD +9%",
    "Echo: LVEF 55-60%, grade 1 diastolic dysfunction, mild AS (AVA 1.6 cm2)",
    "ECG: sinus rhythm 62, PR 210 ms, QRS 96 ms, QTc 448 ms",
    "CXR: RLL opacity, small right effusion",
    "DEXA T-score -2.7 at L1-L4, -2.1 at femoral neck",
    "ABI 0.72 right, 0.88 left",
    "PHQ-2 positive; PHQ-9 scored 17",
    "AUDIT-C 6, positive screen",
    "MoCA 22/30, lost points on delayed recall and cube copy",
    "STOP-BANG 6; sleep study ordered",
    "Timed up and go 16 seconds",
    "ASCVD 10-year risk 14.2%",
    "Wells criteria low; PERC negative",
    "Monospot negative; throat culture pending",
    "Ankle: tender over ATFL only, bears weight 4 steps; x-ray deferred",
    "Newborn: 39 weeks, 3,180 g, length 49 cm, HC 34 cm",
    "Glasgow-Blatchford score 4",
    "Dx: K21.9 GERD, R10.13 epigastric pain",
    "Dx: N39.0 UTI, site not specified; B96.20 E. coli",
    "Dx: L40.0 psoriasis vulgaris, BSA 6%",
    "Dx: G43.909 migraine, unspecified, not intractable",
    "Dx: I48.91 AFib; I11.0 hypertensive heart disease with HF",
    "Dx: E78.5 hyperlipidemia; Z72.0 tobacco use",
    "Dx: M54.50 low back pain; M51.26 lumbar disc displacement",
    "Dx: F10.20 alcohol use disorder, moderate",
    "Dx: O24.419 gestational diabetes, diet controlled",
    "Dx: H40.1131 POAG bilateral, mild stage",
    "CPT 99204 new patient; 96127 depression screen",
    "CPT 17110 destruction of benign lesions, up to 14",
    "CPT 11102 tangential biopsy, single lesion",
    "CPT 69210 cerumen removal with instrumentation, unilateral",
    "CPT 90686 influenza vaccine, 90471 admin",
    "HCPCS J0696 ceftriaxone 250 mg x4 units",
    "HCPCS G2211 visit complexity add-on",
    "LOINC 4548-4 hemoglobin A1c 6.9%",
    "LOINC 2093-3 cholesterol 204 mg/dL",
    "NDC 0169-7501-11 insulin aspart 100 units/mL, 10 mL vial",
    "SNOMED 38341003 hypertensive disorder",
    "RxNorm 310965 ibuprofen 200 mg oral tablet",
    "metoprolol succinate 25 mg daily, increase to 50 mg if HR > 80",
    "losartan 50 mg daily; hold for SBP < 105",
    "hydrochlorothiazide 12.5 mg every morning",
    "spironolactone 25 mg daily, check K in 1 week",
    "empagliflozin 10 mg daily with breakfast",
    "glipizide 5 mg bid before meals; hold if not eating",
    "insulin detemir 18 units at 2100",
    "dulaglutide 1.5 mg SC weekly",
    "pantoprazole 40 mg daily before breakfast x 8 weeks",
    "promethazine 12.5 mg PO q6h prn nausea, #12",
    "cephalexin 500 mg qid x 7 days",
    "doxycycline 100 mg bid x 10 days, take with a full glass of water",
    "azithromycin 500 mg day 1 then 250 mg days 2-5",
    "valacyclovir 1 g tid x 7 days",
    "fluticasone nasal 2 sprays each nostril daily",
    "montelukast 10 mg at bedtime",
    "budesonide-formoterol 160/4.5 two puffs bid",
    "tiotropium 18 mcg inhaled daily",
    "escitalopram 10 mg daily; follow up in 4 weeks",
    "bupropion XL 150 mg every morning",
    "trazodone 50 mg at bedtime prn insomnia",
    "buspirone 7.5 mg bid",
    "quetiapine 25 mg qhs",
    "cyclobenzaprine 5 mg tid prn spasm, max 7 days",
    "meloxicam 7.5 mg daily with food",
    "naproxen 500 mg bid x 5 days",
    "oxycodone 5 mg q6h prn severe pain, #8, no refills",
    "methotrexate 15 mg weekly with folic acid 1 mg daily",
    "allopurinol 100 mg daily, titrate by 100 mg q2-4 weeks",
    "colchicine 0.6 mg bid during flare",
    "clopidogrel 75 mg daily for 12 months",
    "rivaroxaban 20 mg with evening meal",
    "potassium chloride 20 mEq daily",
    "ferrous sulfate 325 mg every other day",
    "vitamin B12 1000 mcg IM monthly",
    "prenatal vitamin daily; folic acid 0.4 mg",
    "medroxyprogesterone 150 mg IM every 12 weeks",
    "Kawasaki disease in childhood, no aneurysms on follow-up echo",
    "Raynaud phenomenon; digital ulcers absent; nifedipine ER 30 mg",
    "Barrett esophagus without dysplasia",
    "remote Guillain-Barre, residual foot drop, uses AFO",
    "Hirschsprung disease repaired in infancy",
    "Legg-Calve-Perthes disease, right hip, as a child",
    "Tietze syndrome suspected; costochondral tenderness",
    "Paget disease of bone on alendronate",
    "Reiter syndrome history; HLA-B27 positive",
    "Takayasu arteritis in remission",
    "Ehlers-Danlos, hypermobile type",
    "Marfan features; echo shows aortic root 4.1 cm",
    "Stevens-Johnson after lamotrigine, 2012",
    "Charcot foot, left, in CAM boot",
    "Baker cyst behind the right knee on ultrasound",
    "Morton neuroma, 3rd interspace",
    "thumb spica splint for radial styloid tenosynovitis",
    "Colles fracture, casted in ortho clinic",
    "Bartholin cyst, I&D with Word catheter",
    "McMurray test positive medially; Lachman firm",
    "EMG 2021 showed moderate median neuropathy at both wrists",
    "Homans sign not relied upon; duplex ordered",
    "Cullen and Grey Turner signs absent",
    "Kussmaul respirations on arrival, pH 7.12",
    "Cheyne-Stokes breathing overnight per nursing",
    "Korotkoff sounds faint; BP by doppler 88 systolic",
    "76 y/o F with hx of breast cancer, s/p lumpectomy in 2010",
    "pt is 84 and walks with a cane",
    "63-year-old man, retired mechanic, here for annual exam",
    "19 yo college student with sore throat x 4 days",
    "infant 6 weeks old, feeding well, 2 oz every 3 hours",
    "88 y/o M, lives with wife, independent with ADLs",
    "symptoms began in October and peaked around the holidays",
    "seen every Wednesday for wound care",
    "last hospitalization was in 2022 for pneumonia",
    "quit smoking in 1998 after 20 pack-years",
    "hysterectomy 2005, cholecystectomy 2011",
    "visits every 3 months; next labs in the spring",
    "Room 218, bed A; telemetry monitor 14",
    "Exam room 6; procedure room 2 at 1330",
    "Given 1 L LR bolus over 30 minutes",
    "Foley removed at 0600, voided 350 mL by 1000",
    "Drain output 45 mL serosanguinous over 8 hours",
    "Ambulated 300 feet in the hall x2 with standby assist",
    "Diet advanced to regular; tolerating without nausea",
    "Fluid restriction 1.8 L/day; daily weights",
    "Follow up in 3 months with fasting labs a week prior",
    "Return to clinic in 10-14 days for suture removal",
    "Full code; health care proxy document on file",
    "Red flag symptoms reviewed; pt to call with fever > 100.4",
    "Vaccine given IM right deltoid, VIS provided",
    # chat
    "my sugar was 64 when i woke up and i felt shaky",
    "i took 2 of the 500mg tylenol at 8 and nothing",
    "is the 20 mg one ok to crush in applesauce",
    "the cough gets worse when i lay down at night",
    "my back has been hurting for about 2 weeks",
    "bp was 150 over 95 at the grocery store machine",
    "do i need to stop eating before the ultrasound",
    "what are your hours on friday",
    "can we move it to the afternoon? mornings are hard",
    "the cream isnt working, the spots are spreading",
    "i have diarrhea since tuesday and cramps",
    "he has a fever of 100.9 and is pulling at his ear",
    "my daughter is 9 and has a sore throat and headache",
    "grandma is 87 and wont drink enough water",
    "dad is 72 and his legs are swollen again",
    "she turned 65 in april does she need a new card",
    "i threw up after the new pill, should i stop it",
    "is it safe to take benadryl with my sleep meds",
    "how much ibuprofen can i take in a day",
    "i need a refill on my inhaler, the blue one",
    "the pharmacy says they need a new prescription",
    "i'm on day 5 of the antibiotic and feel better",
    "can i get the shingles shot at the same time as the flu shot",
    "i walked 4000 steps today",
    "lost 8 lbs this month!!",
    "my heart was racing for about 10 minutes last night",
    "do yall take walk ins",
    "where do i go for the blood draw, first floor?",
    "how long will the results take",
    "thank u so much, have a good weekend",
    "ok got it",
    "never mind i found it",
    "yes please",
    "no thats all for now",
    "see you monday",
    "can i bring my 2 kids with me",
    "is there a charge for the portal",
    "the app crashed again",
    "my insurance card is in my other purse",
    "i need a work note for 3 days",
    "my eye has been twitching for a week",
    "is 99.8 a fever",
    "i feel dizzy when i stand up fast",
    "my feet are numb at night",
    "the metformin makes my stomach hurt",
    "i ran out of my blood pressure pills 2 days ago",
    "my period has been heavy for 10 days",
    "pregnancy test was positive this morning",
    "how many weeks until i can drive after surgery",
    "is it ok to shower with the bandage",
    "we will be there around 2:30",
    "running 10 min late sorry",
    "do you have anything open next week",
    "can the doctor call in something for a uti",
    "my throat hurts when i swallow",
    "i got stung by a bee and my hand is swollen",
    "the baby has a diaper rash that wont go away",
    "my toddler has had a runny nose since last week",
    "my kid needs a sports physical before august",
    "i am 45 and never had a colonoscopy",
    "should i still get the mammogram at 78",
    "he is 8 months old and not sleeping through the night",
    # logs
    "INFO gunicorn.error Using worker: gthread, threads=4",
    "INFO gunicorn.error Worker exiting (pid: 57)",
    "INFO celery.worker.strategy prefetch_multiplier=4 concurrency=8",
    "WARNING celery.worker.consumer Connection to broker lost. Trying to re-establish the connection...",
    "INFO celery.app.trace Task reports.tasks.daily_census succeeded in 4.12s: 'ok'",
    'INFO django.server "POST /api/v2/chat/ HTTP/1.1" 201 512',
    "WARNING django.security.csrf Forbidden (CSRF token missing.): /api/v2/feedback/",
    "GET /api/v2/formulary?q=lisinopril&page=2 200 34ms",
    "GET /api/v2/clinics/7/hours 200 12ms",
    "POST /api/v2/triage/score 200 188ms",
    "PATCH /api/v2/settings/notifications 204 19ms",
    "GET /metrics 200 3ms",
    "INFO task=reminders.schedule window_h=48 scheduled=311 skipped=27 took_s=2.1",
    "INFO task=fax.poll inbound=6 processed=6 errors=0",
    "WARNING task=eligibility.batch rows=842 retries=12 took_s=91.4",
    "ERROR task=labs.import file=results_0417.hl7 segments=0 reason=empty_file",
    "WARNING slow request path=/api/v2/search duration_ms=2412 threshold_ms=1000",
    "INFO deploy: version 4.8.0 (git 9c1e2af) rolled out to 3/3 pods",
    "INFO model=intent-v12 warmup complete in 884 ms",
    '{"level": "info", "event": "embedding_cache", "size": 18211, "hit_rate": 0.93}',
    '{"level": "warning", "event": "llm_timeout", "timeout_s": 20, "retry": 1}',
    '{"level": "info", "event": "redaction_stats", "messages": 120, "spans": 0, "ms_p95": 41}',
    '{"event": "queue", "name": "fax", "depth": 3, "oldest_age_s": 18}',
    '{"event": "feature_flag", "flag": "symptom_checker_v3", "rollout": 0.4}',
    "trace_id=7d2e91f0c4ab4f3a span=db.query took=12ms rows=30",
    "request_id=c93b0e1d-5f7a-4e2b-a8c4-1f06d9e27b55 status=499 duration_ms=30001",
    'LOG:  autovacuum: processing database "clinic"',
    "LOG:  checkpoint starting: time",
    "ERROR:  deadlock detected; Process 3121 waits for ShareLock on transaction 88123",
    "FATAL:  remaining connection slots are reserved for non-replication superuser connections",
    'nginx: [warn] conflicting server name "_" on 0.0.0.0:80, ignored',
    "upstream prematurely closed connection while reading response header from upstream",
    "MSH|^~\\&|PHARM|MAIN|EHR|MAIN||RDS^O13|CTL7781|P|2.5.1",
    "OBX|3|NM|2951-2^Sodium^LN||139|mmol/L|136-145|N|||F",
    "OBX|4|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.1|H|||F",
    "ORC|NW|||||||||||||||||||",
    "loinc,display,value,unit\n6690-2,WBC,7.4,10*3/uL",
    "drug,strength,form,qty\natorvastatin,20 mg,tablet,90",
    'Traceback (most recent call last):\n  File "/app/chat/consumers.py", line 212, in receive\nTimeoutError: LLM backend did not respond in 20s',
    "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.",
    "psycopg.OperationalError: server closed the connection unexpectedly",
    "HTTP 503 from eligibility vendor, circuit open for 60s",
    "cron[212]: (root) CMD (/app/bin/rotate_logs.sh)",
    "INFO disk usage /var/log 62%",
    "INFO certbot: certificate renewed, expires in 89 days",
    "INFO sms.stats sent=1402 delivered=1371 failed=31",
    "INFO portal.stats active_sessions=211 peak=388",
    "INFO appointments.stats booked=96 cancelled=11 rescheduled=14",
    "Python 3.12.3; Django 5.1.1; celery 5.4.0; psycopg 3.2.1",
    "pytest: 1204 passed, 6 skipped, 2 xfailed in 141.77s",
    "ruff: All checks passed!",
    "INFO node-exporter up, 16 CPUs, 62.8 GiB RAM",
    "WARNING memory usage 87% on worker-3",
]


# --- names --------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "us_general": (20, [
        "Alvah", "Archibald", "Ardell", "Augustine", "Benedict", "Carlisle", "Dewitt", "Ephraim",
        "Horace", "Newt", "Philo", "Phineas", "Sherwood", "Zachariah", "Arabella", "Beatrix",
        "Drusilla", "Matilda", "Rosalind", "Rosamund", "Sophronia", "Theodora", "Vesta", "Zerelda",
        "Brody", "Emersyn", "Kamryn", "Saylor", "Teagan", "Ensley", "Jaycee", "Haisley", "Kaysen",
        "Oaklee", "Vernie", "Lovie", "Ocie", "Orbie", "Zettie", "Ples", "Cleatus", "Virgie",
        "Omie", "Vester", "Lonzo", "Ervin", "Alec", "Alexa", "Angie", "Bailey", "Becky", "Betty",
        "Briana", "Brittney", "Caitlin", "Calvin", "Carla", "Carolyn", "Cassidy", "Cathy",
        "Chelsey", "Christie", "Collin", "Connie", "Cory", "Damon", "Dana", "Darryl", "Debbie",
        "Devin", "Dillon", "Don", "Dorothy", "Duane", "Eddie", "Ellen", "Erik", "Ethan",
        "Geoffrey", "Gina", "Gregg", "Hailey", "Heidi", "Helen", "Herbert", "Ivan", "Jaclyn",
        "Jared", "Jeffery", "Jimmy", "Joann", "Jody", "Jon", "Joyce", "Kaitlin", "Katelyn",
        "Katrina", "Kelli", "Kellie", "Kerri", "Kirsten", "Krista", "Kristi", "Kristin",
        "Kristopher", "Kristy", "Marcia", "Meagan", "Meghan", "Michaela", "Mindy", "Nichole",
        "Preston", "Rebekah", "Ricardo", "Rick", "Rickey", "Roberta", "Robyn", "Selena", "Shari",
        "Sheena", "Shelia", "Sheryl", "Stefanie", "Steve", "Tami", "Tanya", "Terri", "Tim",
        "Tracie", "Vickie", "Wesley", "Aiden", "Ava", "Awhina", "Brendon", "Ellie", "Kay",
        "Leanne", "Mahi", "Millie", "Rex", "Tama", "Tamati", "Tayla", "Tia", "Tiare", "Wikitoria",
        "Zara",
    ], [
        "Ackley", "Aldridge", "Brockman", "Critchfield", "Edgerton", "Featherstone", "Fitzhugh",
        "Follett", "Goodpasture", "Halliburton", "Haverty", "Hunnicutt", "Middlebrook", "Nettles",
        "Pritchett", "Rasberry", "Southerland", "Woolridge", "Amburgey", "Slone", "Gabbard",
        "Profitt", "Maggard", "Roark", "Dotson", "Hoskins", "Andersen", "Avery", "Bailey", "Baird",
        "Barker", "Baxter", "Berg", "Blackburn", "Blair", "Brock", "Burch", "Callahan", "Carney",
        "Carrillo", "Castillo", "Clements", "Cochran", "Cooke", "Copeland", "Cowan", "Curry",
        "Decker", "Delacruz", "Deleon", "Dickson", "Dillon", "Dodson", "Donovan", "Ellison",
        "Estes", "Farley", "Forbes", "Galloway", "Gibson", "Gilmore", "Haney", "Hines", "Hoffman",
        "Holt", "Horton", "Howell", "Huff", "Hull", "Humphrey", "Jacobson", "Johns", "Joyce",
        "Kemp", "Kline", "Knapp", "Larson", "Malone", "Massey", "Maxwell", "Mcbride", "Mcclure",
        "Mcconnell", "Mccullough", "Mcintyre", "Mckee", "Mcneil", "Meyers", "Miranda",
        "Montgomery", "Mooney", "Morales", "Morton", "Moyer", "Mueller", "Nicholson", "Nielsen",
        "Norris", "Odom", "Olson", "Oneal", "Orr", "Pace", "Petty", "Phelps", "Preston",
        "Randolph", "Reeves", "Roberson", "Rubio", "Schultz", "Solomon", "Stephens", "Suarez",
        "Swanson", "Townsend", "Vaughn", "Wallace", "Walsh", "Wilcox", "Wilkerson", "Willis",
        "Zimmerman", "Alve", "Bassett", "Berkahn", "Bowden", "Christiansen", "Cooksley", "Corbett",
        "Corlett", "Costello", "Cumming", "Dalziel", "Esson", "Ewart", "Flood", "Gifford",
        "Gledhill", "Greig", "Gunn", "Hodson", "Holdaway", "Huddleston", "Jellyman", "Manson",
        "McCallum", "McDowall", "McIntyre", "McKay", "McKinnon", "McLachlan", "McMahon",
        "McManaway", "McMillan", "Mears", "Middlemiss", "Millar", "Nicol", "Patchett", "Robson",
        "Simmonds", "Sinclair", "Strawbridge", "Stubbs", "Tapp", "Trask", "Vercoe", "Waghorn",
        "Woolley",
    ]),
    "african_american": (12, [
        "Travon", "Latisha", "Shontae", "Takisha", "Dejah", "Zaria", "Kairo", "Roshawn",
        "Javontae", "Dequan", "Jaleesa", "Lavell", "Marcellus", "Willis", "Zenobia", "Ardella",
        "Ocie", "Deloris", "Jessie", "Lenora", "Maebell", "Gage", "Crew", "Bodie", "Regal",
        "Zealand", "Symphony", "Ballad", "Psalm", "Gospel", "Hymn", "Righteous", "Nobility",
        "Armani", "Chanel", "Porsche", "Lexus",
    ], [
        "Pettiford", "Bythewood", "Huger", "Gatling", "Pridgen", "Worrell", "Capers", "Dargan",
        "Scriven", "Vanterpool", "Frierson", "Ingraham", "Myrick", "Wardlaw", "Boddie", "Futrell",
        "Respass", "Speight", "Streeter", "Benbow", "Faulcon", "Gilchrist", "Hargrave", "Joyner",
        "Adkins", "Barker", "Barron", "Bender", "Blackburn", "Bray", "Burch", "Carlson",
        "Castillo", "Cline", "Conner", "Copeland", "Curry", "Ellison", "Frazier", "Garner",
        "Gibson", "Gomez", "Hines", "Hogan", "Horton", "Hurley", "Joyce", "Kramer", "Mathews",
        "Mcbride", "Mcclure", "Mcguire", "Mcmillan", "Melton", "Moyer", "Navarro", "Nielsen",
        "Olsen", "Patton", "Preston", "Rasmussen", "Roberson", "Schultz", "Sloan", "Spears",
        "Suarez", "Townsend", "Wallace", "Wilcox", "Woodard",
    ]),
    "hispanic": (18, [
        "Arcelia", "Bernardino", "Leónides", "Pascuala", "Prisciliano", "Serafina", "Wilmarie",
        "Osiris", "Alcira", "Alirio", "Angie", "Campo", "Dahiana", "Deicy", "Elver", "Ferney",
        "Flor", "Gina", "Heidy", "Iván", "Jhon", "Lida", "Ligia", "Liseth", "Marlén", "Mireya",
        "Moisés", "Piedad", "Roberto", "Yaneth", "Yenny", "Yesid", "Yuli", "Óscar", "Cintia",
        "Constanza", "Cristopher", "Edinson", "Edmundo", "Elcira", "Elsa", "Ema", "Freddy",
        "Ivonne", "Javiera", "Johana", "Katerine", "Katherinne", "Leontina", "Leyla", "Luciano",
        "Macarena", "Marcelo", "Marcia", "Maximiliano", "Nora", "Oscar", "Roxana", "Tabita",
        "Vivian", "Agostina", "Agustín", "Ambar", "Candela", "Constantino", "Lautaro", "Luana",
        "Malena", "Nahiara", "Oriana", "Priscila", "Valentino", "Alcides", "Almudena", "Ambrosio",
        "Angelino", "Angelita", "Armida", "Aroa", "Arsenio", "Asdrubal", "Calixto", "Carlito",
        "Cecilio", "Chus", "Cloe", "Cosme", "Custodia", "Dafne", "Encarna", "Fanny", "Felipa",
        "Felisa", "Fidela", "Florentina", "Florina", "Gala", "Glauco", "Haroldo", "Heliodoro",
        "Herminio", "Isaura", "Isidoro", "Jacobo", "Leandra", "Lino", "Lope", "Lorenza", "Mamen",
        "Marianela", "Maristela", "Maxi", "Melisa", "Mirta", "Máxima", "Natalio", "Nazaret",
        "Nico", "Nicodemo", "Olimpia", "Ricarda", "Rosenda", "Salud", "Sigfrido", "Teresita",
        "Vasco", "Visitación", "Yaiza", "Zaira", "Águeda",
    ], [
        "Alcántara", "Maysonet", "Cabello", "Camarena", "Rodarte", "Agudelo", "Bedoya", "Caicedo",
        "Castillo", "Gallego", "Garzón", "Giraldo", "Henao", "Londoño", "Manrique", "Marín",
        "Ospina", "Oviedo", "Parada", "Patiño", "Restrepo", "Sanabria", "Albornoz", "Ampuero",
        "Arriagada", "Avendaño", "Barría", "Bruna", "Bugueño", "Cabezas", "Carrillo", "Donoso",
        "Fuenzalida", "Jofré", "Leal", "Lizama", "Lorca", "Mardones", "Maturana", "Matus",
        "Millán", "Moncada", "Orrego", "Ovalle", "Pavez", "Peñaloza", "Poblete", "Saldivia",
        "Sáez", "Valdebenito", "Valderrama", "Aguero", "Carrizo", "Cordoba", "Mansilla", "Olivera",
        "Pereyra", "Villalba", "Agustín", "Amo", "Amores", "Amorós", "Ayuso", "Azorin", "Baena",
        "Barranco", "Benavente", "Blanch", "Blasco", "Bonet", "Cabrero", "Calatayud", "Carballo",
        "Carbonell", "Carbó", "Carnero", "Cases", "Castejón", "Cañete", "Cañizares", "Checa",
        "Clavero", "Cobos", "Crespo", "Criado", "Escudero", "Espejo", "Falcó", "Ferrera",
        "Ferreras", "Gabaldón", "Galvez", "Gilabert", "Giménez", "Giralt", "Goicoechea", "Heras",
        "Hervás", "Hoyos", "Hoz", "Iglesia", "Jordá", "Llanos", "Lledó", "Luque", "Manso",
        "Mateos", "Maza", "Milla", "Miró", "Molins", "Montesinos", "Morell", "Nadal", "Navas",
        "Palomar", "Pazos", "Peinado", "Peiró", "Pellicer", "Peñalver", "Peñas", "Portero", "Poza",
        "Puga", "Pujadas", "Querol", "Quevedo", "Rebollo", "Reguera", "Ricart", "Roca", "Rocamora",
        "Ropero", "Sacristán", "Salvà", "Sarabia", "Segarra", "Solera", "Somoza", "Sureda",
        "Tejedor", "Teruel", "Tomé", "Torrents", "Tudela", "Ugarte", "Valbuena", "Vaquero",
        "Zabaleta",
    ]),
    "irish": (3, [
        "Aislinn", "Alanna", "Alannah", "Alistair", "Alister", "Antoin", "Anton", "Arran",
        "Bailey", "Bailie", "Cahal", "Caitriona", "Calvin", "Carla", "Cianan", "Ciarrai", "Dillon",
        "Edel", "Eimer", "Eimhear", "Frances", "Heidi", "Helen", "Jared", "Jasmin", "Jayde",
        "Kayleigh", "Keeva", "Lyndsey", "Micheal", "Odhran", "Orfhlaith", "Patrice", "Rebekah",
        "Rhian", "Ruari", "Seanan", "Selina", "Shauneen", "Sheree",
    ], [
        "Blanch", "Brassil", "Canniffe", "Cogley", "Colfer", "Corridan", "Cosgrave", "Crahan",
        "Cranly", "Crossan", "Cummins", "Curry", "Deegan", "Dunning", "Fealy", "Finlay",
        "Fitzsimons", "Garrahy", "Gerarghty", "Ginnitty", "Gleeson", "Igoe", "Kinlen", "Kneafsey",
        "Kyne", "Lacy", "Lambe", "Largey", "Loughnane", "Luddy", "Lynchehaun", "MacNeill",
        "Mackesey", "Mahoney", "McAnulty", "McArdle", "McCausland", "McConaghey", "McCullough",
        "McElduff", "McMenamin", "Monahan", "Mulqueeny", "Nolty", "Pender", "Rowley", "Shaffrey",
        "Silk", "Teahan", "Wrenn",
    ]),
    "german": (4, [
        "Alena", "Alexa", "Benedikt", "Calvin", "Clemens", "Constanze", "Ela", "Florentina",
        "Frederik", "Johann", "Julius", "Leah", "Lennard", "Lora", "Maksim", "Michaela", "Nikolas",
        "Nils", "Patrik", "Romy", "Sonja", "Adelbert", "Alicja", "Anica", "Corinna", "Dagobert",
        "Danica", "Emilia", "Felizitas", "Filiz", "Folker", "Friedo", "Gisbert", "Hanife", "Hanno",
        "Hildburg", "Imke", "Jaroslav", "Katerina", "Knut", "Michail", "Rouven", "Silke",
        "Swantje", "Sylvana",
    ], [
        "Angerer", "Bock", "Denk", "Deutschmann", "Dorfer", "Eberharter", "Erber", "Gamsjäger",
        "Gosch", "Grünwald", "Hagen", "Kainz", "Kaltenegger", "Kerschbaumer", "Kocher", "Krall",
        "Krenn", "Laimer", "Maurer", "Neuhold", "Pesendorfer", "Prinz", "Pölzl", "Pühringer",
        "Reischl", "Rottensteiner", "Schindler", "Schranz", "Seiler", "Siegl", "Steindl", "Strauß",
        "Strohmaier", "Wurm", "Zeilinger", "Zeller", "Zöchling", "Bieri", "Burri", "Bühler",
        "Hotz", "Jenni", "Kern", "Lustenberger", "Moser", "Portmann", "Schuler", "Siegrist",
        "Steiner", "Tobler", "Zollinger", "Buchholz", "Dietz", "Dörr", "Fliegner", "Klingelhöfer",
        "Mälzer", "Nerger", "Sager", "Zorbach",
    ]),
    "italian": (3, [
        "Adriano", "Agnolo", "Alderano", "Alessandro", "Alfio", "Antonello", "Benvenuto", "Carla",
        "Corrado", "Durante", "Federica", "Fiorino", "Flavia", "Giacobbe", "Giada", "Giorgio",
        "Girolamo", "Guarino", "Guglielmo", "Lando", "Leopoldo", "Lilla", "Luchino", "Margherita",
        "Nanni", "Pier", "Pierangelo", "Piergiuseppe", "Piermaria", "Pomponio", "Roberto",
        "Rossana", "Silvestro", "Telemaco", "Temistocle", "Tiziana", "Torquato", "Umberto",
        "Vincentio", "Zaira",
    ], [
        "Aloisio", "Angeli", "Armani", "Berlusconi", "Blasi", "Bodoni", "Bramante", "Cabibbo",
        "Cadorna", "Cafarchia", "Capone", "Cendron", "Chindamo", "Cianciolo", "Crispi", "Cutuli",
        "Farina", "Ferraris", "Folliero", "Fusani", "Guinizzelli", "Jilani", "Mascagni", "Meucci",
        "Micheletti", "Monteverdi", "Nolcini", "Nordio", "Opizzi", "Pagnotto", "Panzera",
        "Pedrazzini", "Pennetta", "Pizziol", "Polani", "Rastelli", "Rienzo", "Romagnoli",
        "Salgari", "Simeoni", "Smirnoff", "Solari", "Taliercio", "Trentin", "Tuzzolino", "Udinese",
        "Venier", "Zacco", "Zanichelli", "Zoppetto",
    ]),
    "polish": (2, [
        "Cezary", "Filip", "Gustaw", "Juliusz", "Klara", "Mateusz", "Helmut", "Ulrich", "Spiros",
        "Graça", "Rui", "Nuno",
    ], [
        "Chmielak", "Czuj", "Dejneka", "Dudkowiak", "Dydak", "Gleba", "Gowin", "Graboń",
        "Gronkiewicz", "Grund", "Guściora", "Hapka", "Hornik", "Hus", "Kapciak", "Kapinos",
        "Kolek", "Kolonko", "Kucewicz", "Kurtyka", "Matyjaszek", "Michnik", "Mroczko", "Pikula",
        "Prygiel", "Rogacz", "Romańczyk", "Sapała", "Siwczak", "Solich", "Sondej", "Stosik",
        "Szczypiór", "Szymała", "Słomian", "Wochna", "Wojsa", "Zawartka", "Zimniak", "Żymełka",
    ]),
    "czech_slovak_hungarian": (2, [
        "Alois", "Anastázie", "Arnošt", "Bohumila", "Ema", "Horymír", "Irena", "Johana", "Jolana",
        "Klaudie", "Klement", "Klára", "Kryštof", "Ludvík", "Mahulena", "Milada", "Miloslava",
        "Otýlie", "Patrik", "Pavlína", "Radim", "Sabina", "Svatoslav", "Vilém", "Šárka", "Adrienn",
        "Borbála", "Bálint", "Gizella", "Mariann", "Márta", "Nikolett", "Rebeka", "Tímea",
        "Zsanett",
    ], [
        "Beránek", "Bureš", "Fišer", "Havel", "Hrubá", "Sedlák", "Bednárik", "Capko", "Gašpar",
        "Gažo", "Greguš", "Hanak", "Haščák", "Holíček", "Hraško", "Janečka", "Junáš", "Jánošík",
        "Klapka", "Kostka", "Krasnohorský", "Kuffa", "Martinkovič", "Masná", "Matiaško", "Mauréry",
        "Móric", "Ondruš", "Očenáš", "Paulíček", "Paško", "Podkonická", "Romančík", "Černoch",
        "Ďurka", "Ďuro", "Štrba", "Ťapák", "Bakos", "Barna", "Budai", "Fehér", "Lukács", "Máté",
        "Székely",
    ]),
    "south_slavic_romanian": (1, [
        "Barica", "Filip", "Karlo", "Marijan", "Marijana", "Matija", "Petar", "Tatjana", "Alistar",
        "Amza", "Antonie", "Artemisa", "Blanduzia", "Caterina", "Crenguța", "Decebal", "Dorina",
        "Eftimie", "Emanoil", "Ina", "Iuliu", "Laurenția", "Lică", "Otilia", "Rafila", "Sandu",
        "Simi", "Simion", "Teohari", "Veniamin",
    ], [
        "Cukon", "Cvetković", "Filipčić", "Gabud", "Glasnović", "Glavor", "Grgić", "Grgurević",
        "Grgurovac", "Gržinčić", "Horvatek", "Jagarinec", "Jakovac", "Jaković", "Jukić", "Kaniški",
        "Komljenović", "Kukučka", "Lakošeljac", "Magić", "Milovac", "Modrić", "Odobašić", "Palić",
        "Papak", "Peharda", "Petrić", "Radošević", "Staničić", "Tudić", "Ušić", "Valjetić",
        "Volarić", "Šantić", "Škara", "Škrtić", "Šurina", "Barbu", "Cristea", "Marin",
    ]),
    "nordic_dutch": (3, [
        "Andréas", "Bertil", "Carina", "Gudrun", "Kerstin", "Kristin", "Miranda", "Moa", "Oscar",
        "Patrik", "Rut", "Stellan", "Sten", "Vilma", "Åse", "Erling", "Janne", "Siv", "Synnøve",
        "Thea", "Tonje", "Trond", "Connie", "Jasmin", "Jeppe", "Kaspar", "Merete", "Nicolaj",
        "Rikke", "Tanja", "Tim", "Alisa", "Eino", "Jaakko", "Jarno", "Jonna", "Juha", "Katariina",
        "Kimmo", "Kristiina", "Maija", "Marjukka", "Milla", "Piia", "Pirjo", "Rasmus", "Terhi",
        "Tuulikki", "Viivi", "Vilho",
    ], [
        "Blomqvist", "Bäckström", "Danielsson", "Forsman", "Hedlund", "Holmberg", "Holmström",
        "Jacobsson", "Jansson", "Jönsson", "Kling", "Lindfors", "Lundberg", "Nordström", "Persson",
        "Sahlin", "Svensson", "Wallin", "Wennberg", "Åberg", "Åsberg", "Antonsen", "Eriksen",
        "Gundersen", "Haugland", "Jørgensen", "Knutsen", "Lie", "Nilsen", "Vik", "Harju",
        "Holopainen", "Huotari", "Härkönen", "Ihalainen", "Juntunen", "Luoma", "Lähteenmäki",
        "Martikainen", "Niemelä", "Pekkarinen", "Rytkönen", "Silvennoinen", "Valkonen", "Eerden",
        "Elberts", "Feltzer", "Jdotte", "Jekel", "Jorrisen", "Kleibrink", "Molen", "Osterhoudt",
        "Passchiers", "Pieters", "Prinsen", "Scheer", "Stamrood", "Wolffel", "Wolters",
    ]),
    "french_canadian_cajun": (2, [
        "Alain", "Anouk", "Céline", "Jérôme", "Mathilde", "Maxime", "Noémie", "Raphaël", "Rosalie",
        "Virginie", "Alfred", "Capucine", "Franck", "Thibaut",
    ], [
        "Beaudry", "Beaulieu", "Blouin", "Bolduc", "Brassard", "Bérubé", "Chabot", "Chartrand",
        "Chouinard", "Desbiens", "Deschênes", "Desjardins", "Dion", "Gagné", "Gervais", "Gosselin",
        "Goulet", "Grenier", "Gélinas", "Houle", "Laliberté", "Lamontagne", "Lapierre", "Lapointe",
        "Larouche", "Létourneau", "Nadeau", "Paquin", "Picard", "Simard", "Tessier", "Turgeon",
        "Veilleux", "Émond", "Besson", "Blin", "Bourdon", "Bruneau", "Didier", "Guibert",
        "Lacroix", "Lebrun", "Legros", "Lejeune", "Lemaire", "Marin", "Navarro", "Pottier",
        "Renault", "Roche",
    ]),
    "portuguese_brazilian": (2, [
        "Afonso", "Andreia", "Caetana", "Carlota", "Constança", "Emília", "Fabiana", "Filipa",
        "Filipe", "Frederico", "Gaspar", "Gonçalo", "Henrique", "Iara", "Joana", "Kyara", "Kévim",
        "Luana", "Madalena", "Mara", "Marcos", "Margarida", "Marta", "Martim", "Matias", "Matilde",
        "Márcio", "Ricardo", "Rui", "Salvador", "Tiago", "Tomé", "Vasco", "Vítor", "Álvaro",
    ], [
        "Amorim", "Anjos", "Antunes", "Baptista", "Branco", "Carneiro", "Coelho", "Domingues",
        "Esteves", "Faria", "Gaspar", "Guerreiro", "Henriques", "Leal", "Leite", "Loureiro",
        "Lourenço", "Macedo", "Maia", "Matias", "Miranda", "Morais", "Neto", "Paiva", "Pinho",
        "Reis", "Simões", "Vaz",
    ]),
    "west_african": (4, [
        "Farhiya", "Abdiwali", "Nasteho", "Chioma", "Aba", "Akos", "Akwesi", "Awesi", "Baaba",
        "Colins", "Dorothy", "Eliabeth", "Gifty", "Hannabel", "Helen", "Joojo", "Josh", "Josiah",
        "Joyce", "Kujoe", "Kwamena", "Kwasi", "Kweku", "Lawrencia", "Millicent", "Nimakoah",
        "Roselyn", "Salomey",
    ], [
        "Hailu", "Adoma", "Adusei", "Adutwumwaa", "Agyemang", "Ahortor", "Akoto", "Akyeampomaa",
        "Amoa", "Amoakowaa", "Amoanimaa", "Amoasi", "Ampofowaa", "Anokye", "Asenso", "Asieduwaa",
        "Awuah", "Baafi", "Baah", "Boadu", "Boakye", "Bona", "Bonsra", "Danso", "Donkor", "Dufie",
        "Fosu", "Frema", "Karikari", "Kusi", "Kwaakye", "Kwaakyewaa", "Kwartemaa", "Kyerewaa",
        "Mansa", "Nkrumah", "Nti", "Ntim", "Nyaakoaa", "Nyantakyi", "Ofosu", "Okyere", "Prempeh",
        "Safo", "Takyi", "Tiwaa", "Tutu", "Yawson", "Yeboa", "Yirenkyi",
    ]),
    "south_asian": (4, [
        "Shaurya", "Rudra", "Aarohi", "Avni", "Anvi", "Vani", "Lokesh", "Satish", "Umesh",
        "Yogesh", "Madhu", "Baljit", "Venkat", "Sandeep", "Deepa", "Malini", "Swathi", "Asad",
        "Danish", "Fahad", "Nadeem", "Rizwan", "Tahir", "Huma", "Nazia", "Najibullah", "Freshta",
        "Khalida", "Monira", "Saiful",
    ], [
        "Parmar", "Murthy", "Rangan", "Khawaja", "Niazi", "Stanekzai", "Hussaini", "Sarker",
        "Mridha", "Sikder", "Akanda", "Sarwar", "Rauf",
    ]),
    "arab_persian_turkish": (3, [
        "Layal", "Golnar", "Kambiz", "Aram", "Armen", "Hagop", "Kevork", "Anoush", "Sevan", "Ece",
        "Kerem", "Onur",
    ], [
        "Amirpour", "Karapetyan", "Mkrtchyan", "Babayan", "Ghazaryan", "Bedrosian", "Kalajian",
        "Terzian", "Qassem",
    ]),
    "japanese": (2, [
        "Akane", "Natsuki", "Mitsuo", "Kimiko", "Hoiling", "Akemi", "Hanako", "Hideki", "Kazuya",
        "Kenichi", "Kyosuke", "Manabu", "Mikako", "Naoki", "Ryohei", "Satomi", "Shohei", "Takuma",
        "Tsubasa", "Yasuhiro", "Yoichi", "Yumiko",
    ], [
        "Nakayama", "Takagi", "Taniguchi", "Kawano", "Shiroma", "Ogata", "Takemoto", "Uyeda",
        "Yoshimura", "Kawamoto", "Morikawa", "Okimoto", "Umemoto", "Watanuki", "Yamasaki",
        "Kurokawa", "Minami", "Uchiyama", "Yokota", "Abe", "Suzuki", "Yamashita",
    ]),
    "chinese": (2, [
        "Wenjie", "Ziyi", "Yuming", "Chunmei", "Kwokwai", "Siuming", "Kayan", "Wingsze",
        "Chikeung", "Mankit", "Yuklin", "Waiman",
    ], [
        "Jue", "Mah", "Gin", "Owyang", "Ginn", "Quock", "Hing",
    ]),
    "korean": (1, [
        "Doyoon", "Jongsu", "Eunhee", "Taehyun", "Seungwoo", "Sojin",
    ], [
        "Lyu", "Rim", "Nahm", "Chey", "Kahng",
    ]),
    "caribbean": (3, [
        "Widlyne", "Rosemond", "Dieunie", "Myrlande", "Sauveur", "Everton", "Kareen", "Omari",
        "Tavian",
    ], [
        "Dorcelus", "Pierrot", "Ambroise", "Bellevue", "Cenatus", "Dessources", "Gaspard",
        "Pluviose", "Brathwaite", "Goulbourne", "Samuels", "Forbes", "Bailey",
    ]),
    "southeast_asian": (2, [
        "Pheng", "Kanya", "Phonesavanh", "Vannak", "Lualhati",
    ], [
        "Keovongsa", "Chhay", "Bumatay", "Matibag",
    ]),
    "native_pacific": (2, [
        "Catori", "Kanti", "Koda", "Seini",
    ], [
        "Begaye", "Manuelito", "Lonewolf", "Bearshield", "Blackfeather", "Oldcrow", "Snowbird",
        "Kamakana", "Nakamoto", "Lolohea", "Kaufusi", "Kaupu",
    ]),
}  # fmt: skip

WORD_GIVEN = [
    "Gage", "Crew", "Bodie", "Regal", "Zealand", "Symphony", "Ballad", "Psalm", "Gospel", "Hymn",
    "Righteous", "Nobility", "Armani", "Chanel", "Porsche", "Lexus",
]  # fmt: skip
WORD_FAMILY = [
    "Batchelor", "Drinkwater", "Makepeace", "Trueman", "Pinch", "Sheriff", "Churchman", "Hooker",
    "Joiner", "Lover", "Pence", "Sleeper", "Stamp", "Stoner", "Goodwater", "Sweetland", "Lovelady",
    "Honeyman", "Cheatwood", "Kindred", "Merryweather", "Faircloth", "Goodrum", "Lard", "Sugarman",
    "Rabbit", "Oxley", "Steer", "Mule", "Mutton", "Boar",
]  # fmt: skip
NICKNAMES = [
    "Chachi", "Checo", "Dodie", "Tippy", "Sweets", "Moe", "Vinny", "Stosh", "Kasia", "Sasha",
    "Misha", "DeeDee", "Fefe",
]  # fmt: skip

# --- places ---
STREETS = [
    "Allspice", "Amberwood", "Applegate", "Audubon", "Bancroft", "Barberry", "Bellflower",
    "Birchwood", "Bluegrass", "Brookhollow", "Canterbury", "Copperfield", "Crabapple", "Crestview",
    "Dandelion", "Deerfield", "Eastgate", "Edgewater", "Emerson", "Falcon", "Fernwood",
    "Fieldstone", "Firethorn", "Foxhall", "Greenbriar", "Lacewood", "Nandina", "Nottingham",
    "Periwinkle", "Rosewood", "Saddlebrook", "Sawgrass", "Shadowlawn", "Timberline", "Wildflower",
    "Wyandotte", "Tarpon", "Manatee", "Coquina", "Cornflower", "Wheatfield", "Turnpike",
    "Las Flores", "Turkey Creek", "Macedonia Church", "Mountain View",
    "Buckthorn", "Coralbell", "Elderwood", "Hazelnut", "Hobblebush", "Jessamine", "Knotweed",
    "Maidenhair", "Mimosa", "Moonflower", "Sugarberry", "Teaberry", "Viburnum", "Winterberry",
    "Baldcypress", "Bunchgrass", "Sandhill", "Redtail", "Flycatcher", "Catbird", "Peregrine",
    "Whitethorn", "Blackthorn", "Mossy", "Sugarloaf", "Cannonball", "Saddlehorn", "Sodbuster",
    "Threshing", "Soybean", "Alfalfa", "Hops", "Sweetbriar", "Trumpetvine", "Pipevine", "Liatris",
    "Boneset", "Goldthread", "Bellwort", "Toadflax", "Foamflower", "Windflower", "Anemone",
    "Penstemon", "Wildrye", "Needlegrass", "Gamagrass", "Pasqueflower", "Hyssop", "Catmint",
    "Spearmint", "Peppermint", "Feverfew", "Comfrey", "Borage", "Lovage", "Chervil", "Caraway",
    "Cilantro", "Tarragon", "Marjoram", "Oregano", "Savory", "Thyme", "Chive",
]  # fmt: skip
CITIES = [
    "Ahoskie", "Dyersburg", "Anacortes", "Centralia", "Los Banos", "Wahpeton", "Chadron",
    "Ogallala", "Gering", "Sallisaw", "Idabel", "Corinth", "Ripley", "Senatobia", "Hernando",
    "Waynesboro", "Cedartown", "Quitman", "Deland", "Marathon", "Chipley", "Crestview",
    "Niceville", "Avenal", "Corcoran", "Mendota", "Chowchilla", "Colusa", "Willows", "Orland",
    "Corning", "Weed", "Robstown", "Hondo", "Cuero", "Yoakum", "Hallettsville", "Waxahachie",
    "Cleburne", "Stephenville", "Brownwood", "Weatherford", "Bonham", "Nederland", "Amsterdam",
    "Dunkirk", "Putnam", "Athol", "Rumford", "Rockland", "Calais", "Marinette", "Ishpeming",
    "Houghton", "Antigo", "Baraboo", "Platteville", "Moberly", "Fulton", "Belvidere", "Mattoon",
    "Vandalia", "Bullhead", "Lovington", "Salida", "Brush", "Rifle", "Gunnison", "Richfield",
    "Tooele", "Preston", "Burley", "Jerome", "Payette", "Weiser", "Prineville", "Madras",
    "Pullman", "Sunnyside", "Toppenish", "Omak", "Chelan", "Shelton", "Hoquiam", "Kelso", "Sequim",
    "Sidney", "Lewistown", "Dillon", "Anaconda", "Libby", "Rawlins", "Wheatland", "Grafton",
    "Aitkin", "Superior", "Menomonie", "Tomah", "Viroqua", "Reedsburg", "Dodgeville", "Ripon",
    "Kewaunee", "Sturgeon", "Shawano", "Clintonville", "Waupaca", "Wautoma", "Chilton", "Plymouth",
    "Ludington", "Manistee", "Cheboygan", "Grayling", "Owosso", "Hillsdale", "Niles", "Dowagiac",
    "Allegan", "Ionia", "Albion", "Wapakoneta", "Bucyrus", "Galion", "Millersburg", "Coshocton",
    "Cambridge", "Gallipolis", "Ironton", "Xenia", "Bellefontaine", "Defiance", "Wauseon",
    "Tiffin", "Bay Minette", "Carrizo Springs", "El Campo", "Port Jervis", "Dos Palos",
    "Bossier City",
]  # fmt: skip
DOMAINS = [
    "163.com", "o2.pl", "126.com", "ezweb.ne.jp", "myway.com", "disroot.org", "riseup.net",
    "startmail.com",
]  # fmt: skip

DOUBLE_SURNAME = {"hispanic"}
FAMILY_FIRST = {"chinese", "korean"}
PARTICLES = {"de", "del", "la", "las", "los", "van", "von", "der", "al", "el", "bin", "y"}
SUFFIXES_GEN = ["Jr.", "Jr", "Sr.", "II", "III"]
_MIDDLE = "ABCDEFGHJKLMNPRSTVW"

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "æ": "ae", "Æ": "AE", "\u0131": "i"})  # fmt: skip


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _origin(rng: random.Random) -> str:
    keys = list(ORIGINS)
    return rng.choices(keys, [ORIGINS[k][0] for k in keys])[0]


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = _origin(rng)
    _, givens, families = ORIGINS[origin]
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.05 else rng.choice(givens)
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.06 else rng.choice(families)
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.2:
        other = rng.choice(families)
        if other != last:
            last = f"{last} {other}" if roll < 0.12 else f"{last}-{other}"
    elif roll < 0.04:
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if other != last and " " not in other:
            last = f"{last}-{other}"
    if rng.random() < 0.15:
        first, last = _fold(first), _fold(last)
    return first, last, origin


def person(rng: random.Random, _split: str = "blind5") -> tuple[str, str]:
    first, last, _ = _person(rng)
    return first, last


def surname(rng: random.Random, _split: str = "blind5") -> str:
    return _person(rng)[1]


def _initial(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in PARTICLES]
    return (_fold(words[0] if words else name)[:1] or "X").upper()


def full_name(rng: random.Random, _split: str = "blind5") -> str:
    first, last, origin = _person(rng)
    mid = rng.choice(_MIDDLE)
    if origin in FAMILY_FIRST and rng.random() < 0.15:
        return f"{last} {first}"
    return rng.choices([
        f"{first} {last}", f"{first} {mid}. {last}", f"{first} {mid} {last}", f"{last}, {first}",
        f"{last}, {first} {mid}.", f"{first}", f"{first} {last} {rng.choice(SUFFIXES_GEN)}",
        f"{_initial(first)}. {last}", f"{first} {_initial(last)}.", f"{nickname(rng)} {last}",
        f"{_fold(first).upper()} {_fold(last).upper()}", f"{last.upper()}, {first.upper()}",
        f"{first} {rng.choice(ORIGINS[origin][1])} {last}",
    ], [34, 9, 3, 7, 2, 14, 5, 3, 2, 3, 3, 2, 3])[0]  # fmt: skip


def last_first(rng: random.Random) -> str:
    first, last, _ = _person(rng)
    mid = rng.choice(_MIDDLE)
    return rng.choice([f"{last}, {first}", f"{last}, {first}", f"{last}, {first} {mid}",
                       f"{last},{first}", f"{_fold(last).upper()}, {_fold(first).upper()}"])  # fmt: skip


def professional_name(rng: random.Random) -> str:
    first, last, _ = _person(rng)
    mid = rng.choice(_MIDDLE)
    return rng.choices([f"{first} {last}", f"{first} {mid}. {last}", f"{_initial(first)}. {last}",
                        f"{_initial(first)}. {mid}. {last}"], [10, 6, 2, 1])[0]  # fmt: skip


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln, m = _initial(first), _initial(last), rng.choice(_MIDDLE)
    return rng.choice([f"{f}.{ln}.", f"{f}{ln}", f"{f}{m}{ln}", f"{f}. {m}. {ln}."])


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def first_upper(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def last_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle_upper(rng: random.Random) -> str:
    return rng.choice(_MIDDLE) if rng.random() < 0.6 else _fold(person(rng)[0]).upper()


def first_lower(rng: random.Random) -> str:
    return _handle(person(rng)[0]) or "jo"


def last_lower(rng: random.Random) -> str:
    return _handle(person(rng)[1]) or "ray"


# --- addresses -----------------------------------------------------------------------------------

SUFFIXES = [("St", 9), ("Street", 4), ("Ave", 7), ("Avenue", 3), ("Rd", 6), ("Road", 3), ("Dr", 5),
            ("Drive", 2), ("Ln", 4), ("Lane", 2), ("Blvd", 2), ("Ct", 3), ("Court", 1), ("Way", 2),
            ("Pl", 1), ("Trl", 1), ("Cir", 2), ("Pkwy", 1), ("Hwy", 1), ("Loop", 1), ("Cv", 1),
            ("Xing", 1), ("Path", 1), ("Bnd", 1)]  # fmt: skip
UNITS = ["Apt 3C", "Apt. 114", "Unit 9", "Ste 205", "#12", "# 4B", "Lot 31", "Trlr 7", "Bldg 2 Apt 6",
         "Apt 1R", "Unit D", "Rm 5"]  # fmt: skip
DIRS = ["N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "East "]


def _house(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 29999)]))  # fmt: skip


def _street_name(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    if rng.random() < 0.08:
        n = rng.randint(2, 60)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        name = f"{n}{suffix}"
    return name


def street_address(rng: random.Random, _split: str = "blind5") -> str:
    direction = rng.choice(DIRS) if rng.random() < 0.2 else ""
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    line = f"{_house(rng)} {direction}{_street_name(rng)} {suffix}"
    roll = rng.random()
    if roll < 0.12:
        line += f", {rng.choice(UNITS)}"
    elif roll < 0.2:
        line += f" {rng.choice(UNITS)}"
    return line


def house_only(rng: random.Random) -> str:
    """A house number and street name with no suffix, as people type it."""
    return f"{_house(rng)} {rng.choice(STREETS)}"


def street_upper(rng: random.Random) -> str:
    return _fold(street_address(rng)).upper()


def street_query(rng: random.Random) -> str:
    return street_address(rng).replace(",", "%2C").replace("#", "%23").replace(" ", "+")


def po_box(rng: random.Random) -> str:
    return rng.choice([f"PO Box {rng.randint(1, 9999)}", f"P.O. Box {rng.randint(1, 2999)}",
                       f"Box {rng.randint(1, 999)}", f"POB {rng.randint(100, 9999)}"])  # fmt: skip


def rural_route(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(100, 29999)} County Road {rng.randint(1, 499)}",
                       f"{rng.randint(100, 9999)} State Hwy {rng.randint(1, 299)}",
                       f"RR {rng.randint(1, 9)} Box {rng.randint(1, 299)}",
                       f"{rng.randint(1000, 9999)} FM {rng.randint(100, 3999)}",
                       f"{rng.randint(100, 9999)} {rng.choice(STREETS)} Rd"])  # fmt: skip


def city(rng: random.Random, _split: str = "blind5") -> str:
    return rng.choice(CITIES)


def city_upper(rng: random.Random) -> str:
    return _fold(city(rng)).upper()


def city_query(rng: random.Random) -> str:
    return city(rng).replace(" ", "+").replace("'", "%27")


STATES = ["NE", "KS", "OK", "AR", "MS", "AL", "GA", "FL", "TX", "CA", "NY", "MA", "VT", "ME", "WI",
          "MI", "IA", "MO", "IL", "OH", "WA", "OR", "MT", "WY", "CO", "UT", "ID", "NV", "NM", "AZ",
          "SD", "ND", "MN", "LA", "NC", "SC", "TN", "KY", "WV", "PA"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99929):05d}"
    return z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.12 else "")


# --- dates ---------------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = [m[:3] for m in MONTHS]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon",
            "Tues", "Wed", "Thurs", "Fri"]  # fmt: skip


def _day(rng: random.Random, birth: bool = False) -> datetime.date:
    lo, hi = (1926, 2024) if birth else (2018, 2026)
    start = datetime.date(lo, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(hi, 12, 31).toordinal()))


def _ord(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _human(day: datetime.date, rng: random.Random) -> str:
    m, d, y = day.month, day.day, day.year
    mon = MONTHS[m - 1]
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{mon} {d}, {y}", f"{ABBR[m - 1]} {d}, {y}", f"{ABBR[m - 1]}. {d}, {y}", f"{d} {mon} {y}",
        f"{d}-{ABBR[m - 1]}-{y}", f"{m}-{d}-{y}", f"{m}.{d}.{y}", f"{mon} {d}{_ord(d)}, {y}",
        f"{d:02d}{ABBR[m - 1].upper()}{y}", f"{mon} {d}", f"{ABBR[m - 1]} {d}", f"{m}/{d}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    return _human(_day(rng, birth=rng.random() < 0.3), rng)


def birth_date(rng: random.Random) -> str:
    day = _day(rng, birth=True)
    m, d, y = day.month, day.day, day.year
    return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                       f"{MONTHS[m - 1]} {d}, {y}", f"{ABBR[m - 1]} {d} {y}", f"{m}-{d}-{y % 100:02d}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    d = rng.randint(1, 31)
    return f"{d}{_ord(d)}"


def month_day_numeric(rng: random.Random) -> str:
    day = _day(rng)
    return rng.choice(
        [f"{day.month}/{day.day}", f"{day.month:02d}/{day.day:02d}", f"{day.month}-{day.day}"]
    )


def mdyy(rng: random.Random) -> str:
    day = _day(rng, birth=rng.random() < 0.4)
    return rng.choice(
        [f"{day.month:02d}/{day.day:02d}/{day.year}", f"{day.month}/{day.day}/{day.year % 100:02d}"]
    )


def day_month(rng: random.Random) -> str:
    day = _day(rng)
    return rng.choice([f"{day.day}-{ABBR[day.month - 1]}", f"{day.day} {ABBR[day.month - 1]}",
                       f"{day.day:02d}-{ABBR[day.month - 1].upper()}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    day = _day(rng)
    mon = rng.choice([MONTHS[day.month - 1], ABBR[day.month - 1], ABBR[day.month - 1] + "."])
    return rng.choice(
        [
            f"{mon} {day.day}",
            f"{mon} {day.day}{_ord(day.day)}",
            f"{MONTHS[day.month - 1]} {day.day}",
        ]
    )


def month_year(rng: random.Random) -> str:
    day = _day(rng, birth=rng.random() < 0.3)
    return rng.choice([f"{MONTHS[day.month - 1]} {day.year}", f"{ABBR[day.month - 1]} {day.year}",
                       f"{day.month}/{day.year}", f"{day.month:02d}/{day.year}"])  # fmt: skip


def fecha(rng: random.Random) -> str:
    day = _day(rng, birth=rng.random() < 0.2)
    mes = MESES[day.month - 1]
    return rng.choice(
        [
            f"{day.day} de {mes}",
            f"{day.day} de {mes} de {day.year}",
            f"{day.day}/{day.month}/{day.year}",
        ]
    )


def iso_date(rng: random.Random) -> str:
    return _day(rng, birth=rng.random() < 0.35).isoformat()


def url_date(rng: random.Random) -> str:
    day = _day(rng, birth=True)
    return rng.choice([day.isoformat(), f"{day.month:02d}%2F{day.day:02d}%2F{day.year}"])


def compact_date(rng: random.Random) -> str:
    return _day(rng, birth=rng.random() < 0.5).strftime("%Y%m%d")


def hl7_date(rng: random.Random) -> str:
    return _day(rng, birth=True).strftime("%Y%m%d")


def _clock(rng: random.Random) -> tuple[int, int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)


def hl7_ts(rng: random.Random) -> str:
    day, (hh, mi, ss, _) = _day(rng), _clock(rng)
    return day.strftime("%Y%m%d") + rng.choice([f"{hh:02d}{mi:02d}", f"{hh:02d}{mi:02d}{ss:02d}",
                                                f"{hh:02d}{mi:02d}{ss:02d}-0500"])  # fmt: skip


def iso_ts(rng: random.Random) -> str:
    day, (hh, mi, ss, ms) = _day(rng), _clock(rng)
    base = f"{day.isoformat()}T{hh:02d}:{mi:02d}:{ss:02d}"
    return rng.choice(
        [
            base + "Z",
            f"{base}.{ms:03d}Z",
            base + "-04:00",
            base + "-07:00",
            f"{base}.{ms:03d}+00:00",
        ]
    )


def py_ts(rng: random.Random) -> str:
    day, (hh, mi, ss, ms) = _day(rng), _clock(rng)
    return f"{day.isoformat()} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}"


def pg_ts(rng: random.Random) -> str:
    day, (hh, mi, ss, ms) = _day(rng), _clock(rng)
    return f"{day.isoformat()} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d} {rng.choice(['UTC', 'CDT', 'EST', 'MST'])}"


def clf_date(rng: random.Random) -> str:
    day = _day(rng)
    return f"{day.day:02d}/{ABBR[day.month - 1]}/{day.year}"


def nginx_err_date(rng: random.Random) -> str:
    return _day(rng).strftime("%Y/%m/%d")


def weekday(rng: random.Random) -> str:
    return rng.choice(WEEKDAYS)


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(rng: random.Random) -> int:
    return rng.choice(
        [rng.randint(90, 93)] * 4 + [rng.randint(94, 99)] * 2 + [rng.randint(100, 104)]
    )


def age_over_89(rng: random.Random) -> str:
    return _age_words(_age(rng), rng) if rng.random() < 0.1 else str(_age(rng))


def _age_words(n: int, rng: random.Random) -> str:
    if n >= 100:
        return "one hundred" + (f" and {_ONES[n - 100]}" if n > 100 else "")
    word = "ninety" + (f"-{_ONES[n - 90]}" if n > 90 else "")
    return rng.choice([word, word.replace("-", " "), word.capitalize()])


def age_words(rng: random.Random) -> str:
    return _age_words(_age(rng), rng)


# --- numbers -------------------------------------------------------------------------------------


def _phone_parts(rng: random.Random) -> tuple[int, int, str]:
    a = rng.choice(
        [n for n in range(205, 990) if n % 100 != 11 and n not in (555, 800, 888, 877, 866)]
    )
    b = rng.choice([n for n in range(202, 999) if n % 100 != 11 and n != 555])
    return a, b, _digits(rng, 4)


def phone(rng: random.Random) -> str:
    a, b, c = _phone_parts(rng)
    return rng.choices([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
        f"+1 ({a}) {b}-{c}", f"1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
        f"({a}) {b} {c}", f"{a}/{b}-{c}",
    ], [10, 9, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1])[0]  # fmt: skip


def phone_digits(rng: random.Random) -> str:
    a, b, c = _phone_parts(rng)
    return f"1{a}{b}{c}"


def email(rng: random.Random, _split: str = "blind5") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kit", _handle(last) or "ames"
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{rng.randint(1, 99)}", f"{ln}.{f[0]}",
                        f"{f}_{rng.randint(1960, 2012)}", f"{f}{ln[:1]}{rng.randint(10, 999)}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email_query(rng: random.Random) -> str:
    return email(rng).replace("@", "%40")


def username(rng: random.Random, _split: str = "blind5") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "kit", _handle(last) or "ames"
    return rng.choice([f"{f}{ln}", f"{f[0]}{ln}{rng.randint(1, 99)}", f"{f}.{ln}", f"{ln}_{f}",
                       f"{f}{rng.randint(70, 99)}", f"{f[0]}.{ln}", f"{ln}{f[:2]}"])  # fmt: skip


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices([f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}"], [8, 2, 1])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), _digits(rng, 9), f"M{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                       f"NC{_digits(rng, 6)}", f"0{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
                       f"K{_digits(rng, 9)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + _letters(rng, 2, _MBI_ALPHA)
           + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.7 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 10), f"{_letters(rng, 2)}{_digits(rng, 6)}{_letters(rng, 1)}",
                       f"{_digits(rng, 9)}{_letters(rng, 1)}", f"{_letters(rng, 1)}{_digits(rng, 9)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return mbi(rng)
    if roll < 0.27:
        return medicaid_id(rng)
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 9)}", f"H{_digits(rng, 8)}",
                       f"{_digits(rng, 9)}-0{rng.randint(1, 4)}", f"{_letters(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 2)}",
                       f"{_digits(rng, 12)}", f"{_letters(rng, 1)}{_digits(rng, 8)}{_letters(rng, 2)}"])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    body = rng.choice(["4", "4", "53", "54", "6011", "34"])
    length = 15 if body == "34" else 16
    body += _digits(rng, length - 1 - len(body))
    full = body + _luhn(body)
    if length == 15:
        return rng.choice([full, f"{full[:4]} {full[4:10]} {full[10:]}"])
    return rng.choice([" ", "-", ""]).join(full[i : i + 4] for i in range(0, 16, 4))


def account_number(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return card_number(rng)
    return rng.choice([_digits(rng, 9), _digits(rng, 11), f"GA{_digits(rng, 7)}", f"{_digits(rng, 5)}-{_digits(rng, 4)}",
                       f"HB{_digits(rng, 8)}", f"{_digits(rng, 6)}-{_digits(rng, 3)}", f"SP{_digits(rng, 6)}"])  # fmt: skip


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + _initial(surname(rng)) + "".join(map(str, d)) + str(check)


def driver_license(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), f"{_letters(rng, 1)}{_digits(rng, 7)}", _digits(rng, 9),
                       f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",
                       f"{_letters(rng, 1)}{_digits(rng, 12)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                       f"{_letters(rng, 2)}{_digits(rng, 6)}", f"{_digits(rng, 2)}{_letters(rng, 3)}{_digits(rng, 5)}"])  # fmt: skip


def license_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return npi(rng)
    if roll < 0.22:
        return dea(rng)
    if roll < 0.65:
        return driver_license(rng)
    return rng.choice([f"RN{_digits(rng, 6)}", f"{_digits(rng, 7)}RN", f"MD.{_digits(rng, 6)}", f"LVN {_digits(rng, 6)}",
                       f"APRN{_digits(rng, 5)}", f"PT-{_digits(rng, 5)}", f"DO{_digits(rng, 5)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[0] = rng.choice("1245JKW3")
    chars[9] = rng.choice("ABCDEFGHJKLMNPRS")
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                       f"{_letters(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 3)}-{_letters(rng, 3)}",
                       f"{_letters(rng, 2)}{_digits(rng, 5)}", f"{_digits(rng, 2)}{_letters(rng, 1)} {_digits(rng, 3)}",
                       rng.choice(["PAWPAW1", "GOTGAS", "MYGIRL3", "NURSE R", "TXMAMA", "FARMBOY"])])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.5 else plate(rng)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
    full = body + _luhn(body)
    return full if rng.random() < 0.7 else f"{full[:8]}-{full[8:14]}-{full[14]}"


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def device_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 7)}", f"SN {_digits(rng, 10)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 6)}",
                       f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_letters(rng, 1)}{_digits(rng, 2)}", _digits(rng, 12),
                       f"{_letters(rng, 1)}{_digits(rng, 8)}{_letters(rng, 1)}", imei(rng), mac_address(rng),
                       _letters(rng, 10, "0123456789ABCDEF")])  # fmt: skip


def ipv6(rng: random.Random) -> str:
    def h() -> str:
        return f"{rng.randint(1, 65535):x}"

    return rng.choice([f"2600:387:{h()}:{h()}::{h()}", f"2604:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                       f"2607:fea8:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2a01:{h()}:{h()}::{h()}:{h()}"])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return ipv6(rng)
    if roll < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    while True:
        a = rng.randint(12, 223)
        if a not in (100, 127, 169, 172, 192):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def url(rng: random.Random, _split: str = "blind5") -> str:
    first, last = person(rng)
    handle = _handle(first + last) or "patient"
    return rng.choice([f"https://www.gofundme.com/f/help-{handle}", f"https://{handle}.wordpress.com",
                       f"https://caringbridge.org/visit/{handle}", f"tiktok.com/@{handle}{rng.randint(1, 99)}",
                       f"https://x.com/{handle}", f"https://portal.northclinic.example/chart/{_digits(rng, 8)}",
                       f"https://www.youtube.com/@{handle}", f"http://{handle}.net"])  # fmt: skip


def uuid_like(rng: random.Random) -> str:
    return "-".join(_letters(rng, n, "0123456789abcdef") for n in (8, 4, 4, 4, 12))


def request_id(rng: random.Random) -> str:
    return rng.choice(
        [
            _letters(rng, 12, "0123456789abcdef"),
            uuid_like(rng),
            f"req-{_letters(rng, 8, '0123456789abcdef')}",
        ]
    )


def latency(rng: random.Random) -> str:
    return str(rng.randint(3, 4200))


def claim_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 8)}",
            f"CL{_digits(rng, 10)}",
            _digits(rng, 13),
        ]
    )


def other_id(rng: random.Random) -> str:
    return rng.choice([claim_number(rng), f"AUTH{_digits(rng, 7)}", _digits(rng, 7), f"RF{_digits(rng, 6)}",
                       f"CASE-{_digits(rng, 6)}", f"E{_digits(rng, 10)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}",
                       f"S{_digits(rng, 2)}-{_digits(rng, 5)}", uuid_like(rng), f"PT{_digits(rng, 7)}"])  # fmt: skip


# Slots only this split's templates use: label (None for filler), then maker.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "LF": ("NAME", last_first),
    "PROV": ("NAME", professional_name),
    "NICK": ("NAME", nickname),
    "INIT": ("NAME", initials),
    "WGIVEN": ("NAME", word_given),
    "WFAM": ("NAME", word_family),
    "FNUP": ("NAME", first_upper),
    "LNUP": ("NAME", last_upper),
    "MIDUP": ("NAME", middle_upper),
    "FNLOW": ("NAME", first_lower),
    "LNLOW": ("NAME", last_lower),
    "HOUSE": ("ADDRESS", house_only),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "STREETUP": ("ADDRESS", street_upper),
    "STREETQ": ("ADDRESS", street_query),
    "CITYUP": ("CITY", city_upper),
    "CITYQ": ("CITY", city_query),
    "DOB": ("DATE", birth_date),
    "DAYTH": ("DATE", day_th),
    "MD": ("DATE", month_day_numeric),
    "MDYY": ("DATE", mdyy),
    "DMON": ("DATE", day_month),
    "MONTHDAY": ("DATE", month_day),
    "MONYEAR": ("DATE", month_year),
    "ESDATE": ("DATE", fecha),
    "ISODATE": ("DATE", iso_date),
    "URLDATE": ("DATE", url_date),
    "COMPACT": ("DATE", compact_date),
    "HLDATE": ("DATE", hl7_date),
    "HLTS": ("DATE", hl7_ts),
    "TS": ("DATE", iso_ts),
    "PYTS": ("DATE", py_ts),
    "PGTS": ("DATE", pg_ts),
    "CLFDATE": ("DATE", clf_date),
    "NGXERR": ("DATE", nginx_err_date),
    "AGEW": ("AGE_OVER_89", age_words),
    "PHONEDIG": ("PHONE", phone_digits),
    "EMAILQ": ("EMAIL", email_query),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "CARD": ("ACCOUNT_NUMBER", card_number),
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "DL": ("LICENSE_NUMBER", driver_license),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "MAC": ("DEVICE_ID", mac_address),
    "IPSIX": ("IP_ADDRESS", ipv6),
    "PTUUID": ("OTHER_ID", uuid_like),
    "CLAIM": ("OTHER_ID", claim_number),
    "WEEKDAY": (None, weekday),
    "REQID": (None, request_id),
    "MS": (None, latency),
}
