"""The "blind4" split: a fourth blind judge, written by someone who never looked at the redaction
engine, its tests, its docs, its benchmark code, its commit history or its misses, nor at the
engine's output on any data. Whoever tunes the engine must not read this file or its output
either: a split you have looked at is a split you have tuned on, and it stops being a judge.

Only the data files were read to write it: generate.py, templates.py and values.py for the
interface, and blind.py, blind2.py, blind3.py, tune2.py and tune3.py for the interface, their
annotation conventions and the pools it must not reuse. No name (nor any part of a multi-part
name, apart from particles such as "de", "van", "la" or "al" and generational suffixes such as
"Jr." or "III"), street name, city or e-mail domain here appears in those files: every word of
every pool here was checked, after folding accents and case (with apostrophes both dropped and
split on), with a small script, against every word of every string literal and comment in
values.py, templates.py, blind.py, blind2.py, blind3.py, tune2.py and tune3.py (their templates
included) and against the Faker names values.py draws for both its "tune" and "heldout" splits.
Generic address words (St, Ave, Apt, Box, Route, County Rd, ...), numbered-street and house-number
words and top-level domains were left out of that check.

What it aims at: text a US outpatient clinic's assistant backend actually sees. Patient chat typed
on phones by patients and by relatives writing for a parent, with a little Spanish; log lines
from a Django, Celery, gunicorn, nginx and Postgres stack and its integrations (key=value,
structured JSON, FHIR, query strings, HL7 v2, X12, CSV, tracebacks, audit lines, webhooks);
clinical notes (HPI, assessment and plan, discharge summaries, referral letters, phone notes,
nursing notes, med rec, social history, signatures, cc lines, headers). Names of the mix of
origins a large US city has, names that are also words or places, hyphenated and two-part
surnames, initials, nicknames and generational suffixes; street addresses with units,
directionals, PO boxes, rural routes, highway and grid addresses and written-out house numbers;
dates as people and systems write them. Its PHI-free lines are look-alikes in all three kinds.

The value functions keep the signatures of values.py (``_split`` is accepted and ignored) and
the templates use a few slots of their own, listed in ``EXTRA_SLOTS``.

Annotation conventions, as in the other splits: a state is not scored (its slot has no label);
titles and credentials ("Dr.", "Mr.", "MD", "RN") stay outside a NAME, and so does a possessive
"'s"; a weekday next to a date stays outside the DATE, and so does "the" before "14th"; a month
with a year is a DATE, a month alone or a year alone is not PHI; a whole ISO or logging
timestamp (Python logging, gunicorn, Postgres, with its zone) is one DATE, while the clock time
after an nginx access-log date or an nginx error-log date is left outside it, as in blind3.py;
ages over 89 only are AGE_OVER_89 (digits or words), and an age of 89 or under is not PHI; a
provider's NPI, DEA or licence number is a LICENSE_NUMBER; a card number used to pay an account
is an ACCOUNT_NUMBER; claim, prior-authorization, case, encounter, referral, prescription and
accession numbers and patient ids are OTHER_ID, while request, trace and task ids that identify
no person are not PHI.
"""

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
    "hi its {FIRST}, can i move my appt from the {DAYTH} to next tues the {DAYTH}? i work doubles this week",
    "my neighbor {NAME} drove me last time but she cant this time, do yall have rides",
    "dr {SURNAME} said come back in 2 weeks so that would be {MONTHDAY} right?",
    "this is {NAME}'s daughter. mom is {AGE} and she slid off the bed last night, no bump on the head but her hip is purple",
    "im at {CASUAL} now can u update that on my file",
    "new address is {STREET}, {CITY}, {STATE} {ZIP}. the one on {STREET} is old",
    "can the nurse call me back on {PHONE}? my other phone got cut off",
    "i was born {DOB} if you need to look me up",
    "appointment was on {MDYY} and i still havent gotten the results back",
    "my husband {FIRST} has the same insurance, his member id is {PLAN}",
    "writing for my dad {NAME}, he doesnt do computers. his birthday is {DOB} and he needs the bp pills refilled",
    "hola buenas tardes, soy {NAME}, tengo cita el {ESDATE} pero no voy a poder ir, se puede cambiar?",
    "mi mamá tiene {AGE} años y casi no come desde el domingo, la podemos traer hoy?",
    "mi numero nuevo es {PHONE}, el otro ya no lo uso",
    "ahora vivo en {STREET}, {CITY}, mándenme la carta ahí por favor",
    "is {WFIRST} working today? she helped me at the front desk last time",
    "pls send the paperwork to {EMAIL} not my work email",
    "my portal login is {USER} and it keeps saying account locked",
    "typing for my grandma {NAME}, she is {AGEW} and cant hear on the phone so text is better, {PHONE}",
    "the pharmacy on {STREET} says they never got the script from yall",
    "can u fax the work note to my job at {FAX}, attn {NAME} in HR",
    "its {NICK} lol the name on the chart is {NAME}",
    "my mrn is {MRN} i think, its on the bracelet from the er",
    "we moved to {CITY} over the summer so we need a referral somewhere closer",
    "mail comes to {POBOX}, {CITY} {STATE} {ZIP} cause we dont get delivery out here",
    "we live out on {RURAL}, gps sends people the wrong way, look for the red gate",
    "she's gonna be {AGE} on the {DAYTH}!! can she still get the shingles shot",
    "i think the last visit was {MD}? or maybe the week before that",
    "ssn is {SSN}, the billing lady asked me for it",
    "my medicare number is {MBI}, its the new card with no ss number",
    "medicaid id for my son is {MEDICAID}, he's 7",
    "the bill says acct {ACCOUNT} but i paid that off in full already",
    "my drivers lic # is {DL} for the id thing",
    "got towed from yalls lot, plate {PLATE}, who do i even call",
    "my cgm transmitter {DEVICE} keeps losing signal at night",
    "the link the nurse texted me {PORTALURL} doesnt open",
    "my brother set up a page for my surgery {URL}, can the doctor post an update there",
    "reference # {OTHER} from when i called yesterday",
    "pharmacy said the prior auth number is {OTHER} and they need it from you",
    "ok so {WNAME} is my caseworker and she needs a copy of the letter too",
    "my son {FIRST} {WLAST} is picking me up after the colonoscopy, he has my keys",
    "this is {INITIALS} from the diabetes class, is it still thursday",
    "{SURNAME} here, last name, first name {FIRST}, calling about my moms bill",
    "can i get the visit summary from {MONTHDAY} sent to {EMAIL}",
    "i am {AGE} years old and i dont need anybody telling me to stop driving",
    "the home health nurse {NAME} said to message here, her cell is {PHONE}",
    "grandpa {FIRST} passed away on {DATE}, please take him off the reminder calls",
    "need a letter for court saying i was seen on {DATE}, my lawyer is {PNAME}",
    "school nurse fax is {FAX}, its for {FIRST}'s inhaler form",
    "can u send my records to dr {SURNAME} over in {CITY}",
    "{NAME}, dob {MDYY}. need a refill on the metformin 500",
    "i live w my daughter {FIRST} at {STREET} now, same town",
    "my home wifi ip is {IP} if that helps the it guy, the video visit wont load",
    "the vin is {VIN}, the insurance wants it for the claim from the er visit",
    "she got her hearing aids, serial {DEVICE}, and the right one keeps buzzing",
    "my phones imei is {IMEI}, the bp cuff app says device not authorized",
    "we're at {CASUAL}, buzzer is broke so call when ur outside",
    "the {DMON} appt, can it be earlier in the day? i have the kids after 3",
    "my mom {NAME} ({AGE}) is staying with us in {CITY} till spring",
    "pls call my sister {NAME} at {PHONE}, she has power of attorney",
    "lost my card, the member # is {PLAN} and the group number is on the back i think",
    "u guys sent the letter to {STREET} but i moved to {STREET} in {CITY}",
    "i was in the er at the other hospital on {DATE}, can u get those records",
    "hey this is {FIRST} again sorry, forgot to say my zip changed to {ZIP}",
    "my father {NAME} is {AGEW} years old, he cannot sit 3 hours in the lobby",
    "dob {DOB}, last name {SURNAME}, first {FIRST}, can u check if my labs are back",
    "tell dr {WLAST} thank you from the whole family",
    "my username is {USER} and the reset email goes to {EMAIL} which i cant get into",
    "the nurse {FIRST} was so sweet, can i leave her a review somewhere",
    "necesito los resultados para mi trabajo, mi correo es {EMAIL}",
    "mi hijo {FIRST} nació el {ESDATE}, ya le toca la vacuna?",
    "the address on my license is still {STREET}, is that a problem for the form",
    "can i pay acct {ACCOUNT} on here? card is {CARD}",
    "my auntie {NAME} lives alone at {STREET}, she's {AGE}, can someone check on her",
    "heading to the clinic from {CITY} now, probably 40 min with traffic",
    "it says my appt is {DATE} at 2:15 but i asked for a morning one",
    "i got a text from {PHONE} saying its the clinic, is that real or a scam",
    "the specialist wants the mri disc mailed to {STREET}, {CITY} {STATE} {ZIP}",
    "the appt is for my husband {NAME} not me, im his wife {FIRST}",
    "i had covid around {MONTHDAY} so thats why i missed the visit",
    "can {FIRST} pick up my prescription? she's my roommate",
    "plate is {PLATE} for the handicap parking form",
    "during the week we stay at the {SURNAME} place on {RURAL}",
    "i dont have email, just mail it to {STREET} {ZIP}",
    "it was either {MDYY} or {MDYY}, i cant remember which",
    "hi, {NAME} here, i'm the legal guardian for {NAME}, do u need the court papers",
    "my kids dad {NAME} is NOT allowed to get any info, please put that in the chart",
    "can u tell me if {NAME} made it to her appt today? i'm her daughter and she isnt answering",
    "need a note for work, i was out sick {MD} thru {MD}",
    "sent a pic of my insurance card from {EMAIL} last night, did it come thru",
    "ok my new cell is {PHONE}, home is {PHONE}",
    "this is {NAME} writing for my client {NAME}, i'm with the county aging office",
    "heart monitor serial {DEVICE} came in the mail, where do the stickers go",
    "is the lab on {STREET} open saturdays",
    "my mother {WNAME} needs a wheelchair at the door, we're coming at 10",
    "court date is {MONTHDAY}, can dr {SURNAME} write the letter before then",
    "got an alert that someone logged in from {IP}, that wasnt me",
    "my fiance {FIRST} {SURNAME} is coming too, can he be in the room",
    "{FIRST} from {CITY} here, is the flu clinic walk-in",
    "mi esposo {NAME} tiene cita con la doctora {SURNAME} el {ESDATE}, puedo ir yo en su lugar?",
    "la dirección es {CASUAL}, {CITY}, es la casa azul",
    "grandma turns {AGE} next month and wants to know if she still needs the mammogram lol",
    "my ex {NAME} keeps calling the office pretending to be me, his number is {PHONE}, dont give him anything",
    "the paper says the visit was {DATE} but i was at work that day??",
    "we're staying at a motel in {CITY} till the apartment on {STREET} is ready",
    "fyi pop is {AGE} now, still mows the lawn, still wont wear his hearing aids",
    "doctor {SURNAME}'s office in {CITY} said they faxed it to you, their fax is {FAX}",
    "if u need me text {PHONE}, im at work til 6",
    "my daughter {FIRST}s birthday is the {DAYTH}, is she due for her 4 year shots",
    "my church set up a meal sign up for us while im recovering {URL}, can i give that to the social worker",
]

# Python/Django/Celery/gunicorn/nginx/Postgres lines and integration traffic (HL7 v2, CSV,
# webhooks). A whole logging timestamp is one DATE; the clock time after an nginx date is not.
LOGS = [
    "{PYTS} INFO scheduling.views appointment rescheduled patient_id={OTHER} old={ISODATE} new={ISODATE} by={USER}",
    '{PYTS} WARNING intake.forms address_unverified patient="{NAME}" line1="{STREET}" city="{CITY}" zip={ZIP}',
    '{PYTS} ERROR django.request Internal Server Error: /api/v2/patients/{OTHER}/contact/\nTraceback (most recent call last):\n  File "/srv/app/patients/serializers.py", line 212, in validate_phone\n    raise ValidationError(f"bad phone {{value!r}}")\nrest_framework.exceptions.ValidationError: [ErrorDetail(string="bad phone \'{PHONE}\'", code=\'invalid\')]',
    "[{PYTS}: INFO/ForkPoolWorker-3] Task reminders.tasks.send_sms[9f1c2e7a-44b0-4c1e-8a55-0d2f6b1e9c30] succeeded in 0.412s: {{'to': '{PHONE}', 'template': 'appt_24h'}}",
    "[{PYTS}: WARNING/ForkPoolWorker-1] reminders.tasks.send_email: bounce for {EMAIL} (550 5.1.1 user unknown), patient {MRN}",
    "[{PYTS}: ERROR/MainProcess] Task billing.tasks.post_statement raised: KeyError('guarantor') account={ACCOUNT} guarantor_name='{LASTFIRST}'",
    "[{GUTS}] [41] [INFO] POST /api/intake/ 201 user={USER} remote={IP}",
    '{IP} - - [{CLFDATE}:14:02:11 -0500] "GET /api/v1/patients/{MRN}/appointments?from={ISODATE} HTTP/1.1" 200 1834 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"',
    '{IP} - {USER} [{CLFDATE}:09:41:07 +0000] "POST /portal/login/ HTTP/2.0" 302 0 "-" "okhttp/4.12.0"',
    '{IP} - - [{CLFDATE}:22:18:40 -0600] "GET /api/v1/search?last={LNLOW}&first={FNLOW}&dob={URLDATE} HTTP/1.1" 200 412 "-" "python-requests/2.31.0"',
    '{SLASHDATE} 03:12:44 [error] 1191#1191: *5567 open() "/srv/media/uploads/{LNLOW}_{FNLOW}_insurance_card.jpg" failed (2: No such file or directory), client: {IP}, server: portal',
    "{PGTS} [2231] LOG:  duration: 1812.447 ms  statement: SELECT id FROM patients_patient WHERE lower(last_name) = '{LNLOW}' AND birth_date = '{ISODATE}'",
    '{PGTS} [2240] ERROR:  duplicate key value violates unique constraint "patients_patient_email_key"\n{PGTS} [2240] DETAIL:  Key (email)=({EMAIL}) already exists.',
    "{PGTS} [3307] ERROR:  value too long for type character varying(40)\n{PGTS} [3307] STATEMENT:  UPDATE patients_address SET line1 = '{STREET}', city = '{CITY}' WHERE patient_id = {OTHER}",
    "MSH|^~\\&|EPICADT|MAINCLINIC|ASSISTANT|CHAT|{HLTS}||ADT^A08|MSG00412|P|2.5.1\nPID|1||{MRN}^^^MAIN^MR||{LNUP}^{FNUP}^^^^^L||{HLDATE}|F|||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}^USA^H||{PHONE}^PRN^PH",
    "PID|1||{MRN}^^^MAIN^MR~{SSN}^^^SSA^SS||{LNUP}^{FNUP}^M^^^^L||{HLDATE}|M||2106-3|{STREETUP}^^{CITYUP}^{STATE}^{ZIP}||{PHONE}|||M",
    "NK1|1|{LNUP}^{FNUP}|SPO^Spouse^HL70063|{STREET}^^{CITY}^{STATE}^{ZIP}|{PHONE}||EC",
    "GT1|1||{LNUP}^{FNUP}||{STREETUP}^^{CITYUP}^{STATE}^{ZIP}|{PHONE}||{HLDATE}|F||SEL|{SSN}",
    "IN1|1|BCBS01|00391|BLUE CROSS BLUE SHIELD||||||||||||{LNUP}^{FNUP}|01|{HLDATE}|||||||||||||||||{PLAN}",
    "PV1|1|O|CLINIC^204^1||||{NPI}^{LNUP}^{FNUP}^^^DR|||||||||||{OTHER}||||||||||||||||||||||||{HLTS}",
    "OBX|4|TX|NOTE^Telephone note||Daughter {NAME} called from {PHONE} re: mother's confusion since {MONTHDAY}||||||F",
    "ORC|NW|{OTHER}||||||^^^{HLTS}||||{NPI}^{LNUP}^{FNUP}",
    'mrn,last_name,first_name,dob,phone,address,city,state,zip\n{MRN},{SURNAME},{FIRST},{DOB},{PHONE},"{STREET}",{CITY},{STATE},{ZIP}',
    '{MRN},"{LASTFIRST}",{DOB},{PHONE},{EMAIL}',
    "row 214 skipped: could not parse dob '{DATE}' for \"{NAME}\" (expected MM/DD/YYYY)",
    "import.recall_list: {FNUP} {LNUP} | {ISODATE} | {PHONE} | {CITY} | last A1c 8.9",
    '{{"timestamp": "{TS}", "level": "info", "event": "appointment_booked", "patient": {{"name": "{NAME}", "dob": "{ISODATE}"}}, "slot": "{TS}"}}',
    '{{"ts": "{TS}", "level": "warning", "logger": "chat.guard", "msg": "identifier typed in chat", "user": "{USER}", "ip": "{IP}"}}',
    '{{"event": "contact.updated", "patient_id": "{UUID}", "changes": {{"phone": ["{PHONE}", "{PHONE}"], "email": [null, "{EMAIL}"]}}}}',
    '{{"event": "address.changed", "patient_id": {OTHER}, "old": "{STREET}", "new": {{"line1": "{STREET}", "city": "{CITY}", "state": "{STATE}", "postal_code": "{ZIP}"}}}}',
    '{{"resourceType": "Patient", "id": "{UUID}", "name": [{{"family": "{SURNAME}", "given": ["{FIRST}"]}}], "birthDate": "{ISODATE}", "address": [{{"line": ["{STREET}"], "city": "{CITY}", "postalCode": "{ZIP}"}}]}}',
    '{{"resourceType": "RelatedPerson", "relationship": "daughter", "name": {{"text": "{NAME}"}}, "telecom": [{{"system": "phone", "value": "{PHONE}"}}]}}',
    '{{"resourceType": "Coverage", "subscriberId": "{PLAN}", "beneficiary": {{"display": "{NAME}"}}, "period": {{"start": "{ISODATE}"}}}}',
    '{{"level": "error", "msg": "eligibility check failed", "member_id": "{PLAN}", "dob": "{ISODATE}", "payer": "medicaid", "status": 504}}',
    '{{"event": "device.paired", "serial": "{DEVICE}", "patient_mrn": "{MRN}", "kind": "cgm", "phone_model": "Pixel 7"}}',
    "GET /api/v1/patients/?search={LNLOW}&dob={ISODATE}&page=1 200 38ms user={USER}",
    "GET /portal/records/{OTHER}/download?name={FNLOW}-{LNLOW}.pdf 403 6ms ip={IP}",
    "POST /webhooks/twilio/sms/ From=%2B{PHONEDIGITS}&Body=CANCEL&NumMedia=0 200 12ms",
    "POST /webhooks/twilio/voice/status/ From=%2B{PHONEDIGITS}&CallStatus=no-answer&CallDuration=0 204 9ms",
    'DEBUG urllib3.connectionpool https://api.eligibility.example:443 "GET /v3/members/{PLAN}?dob={ISODATE} HTTP/1.1" 200 None',
    'INFO fax.outbound job=fx_8812 to={FAX} pages=3 patient="{NAME}" status=delivered',
    'WARNING fax.inbound from={FAX} csid="DR {LNUP} OFFICE" pages=7 routed=unmatched',
    "INFO sms.outbound to={PHONE} template=lab_ready name={FIRST} status=queued",
    "ERROR sms.outbound to={PHONE} error=21610 (unsubscribed recipient) patient_id={OTHER}",
    'INFO email.outbound to="{NAME}" <{EMAIL}> subject="Appointment reminder" message_id=<a81f2c@mail>',
    'AUDIT user={USER} action=VIEW resource=Patient/{OTHER} patient="{NAME}" reason=treatment ip={IP} at={TS}',
    "AUDIT user={USER} action=EXPORT resource=ChartPDF patient_mrn={MRN} dest={EMAIL} at={TS}",
    'AUDIT break_glass user={USER} patient="{LASTFIRST}" dob={DOB} justification="ED transfer" at={TS}',
    "django.security.login_failed username={USER} ip={IP} attempts=5 lockout=true",
    'INFO accounts.password_reset requested email={EMAIL} ip={IP} ua="Mozilla/5.0 (Linux; Android 14)"',
    "WARNING portal.mfa sms code sent to {PHONE} for user {USER} from new device {IP}",
    'INFO address.verify input="{STREET}, {CITY}, {STATE} {ZIP}" dpv_match=N suggestion=none',
    'INFO address.verify input="{RURAL}" city="{CITY}" zip={ZIP} dpv_match=Y rdi=Residential',
    'WARNING geocode.miss address="{POBOX}" city="{CITY}" zip={ZIP} reason=po_box_no_rooftop',
    'ERROR transport.ride_booking failed pickup="{STREET}" city={CITY} rider_phone={PHONE} reason=outside_zone',
    'INFO billing.statement generated account={ACCOUNT} guarantor="{NAME}" mail_to="{STREET}, {CITY} {STATE} {ZIP}" balance=184.20',
    "WARNING billing.payment declined account={ACCOUNT} card={CARD} amount=40.00 code=05",
    "INFO billing.collections referral account={ACCOUNT} guarantor_dob={DOB} agency=3",
    'INFO claims.837 submitted claim={CLAIM} member={PLAN} patient="{LASTFIRST}" dos={ISODATE} total=212.00',
    "WARNING claims.835 denial claim={CLAIM} carc=CO-22 member={PLAN}",
    "NM1*IL*1*{LNUP}*{FNUP}****MI*{PLAN}~N3*{STREETUP}~N4*{CITYUP}*{STATE}*{ZIP}~DMG*D8*{HLDATE}*F~",
    'INFO erx.newrx sent rx={OTHER} patient="{LNUP}, {FNUP}" dob={HLDATE} zip={ZIP} prescriber_npi={NPI} dea={DEA}',
    'WARNING erx.pdmp lookup patient="{NAME}" dob={ISODATE} dl={DL} matches=2',
    'INFO provider.credentialing npi={NPI} license={LICENSE} name="{PNAME}" status=verified',
    "INFO parking.validation plate={PLATE} minutes=95 clinic=peds",
    'INFO transport.vehicle_assigned vin={VIN} plate={PLATE} rider="{NAME}" pickup={TS}',
    "INFO rpm.reading device={DEVICE} patient_mrn={MRN} systolic=162 diastolic=94 pulse=88",
    "WARNING rpm.device_offline serial={DEVICE} last_seen={TS} owner_phone={PHONE}",
    "INFO mdm.enroll imei={IMEI} user={USER} model=SM-A156U os=14",
    "INFO wifi.guest assoc mac={MAC} ip={IP} ssid=Clinic-Guest",
    'WARNING cgm.sync gap_minutes=95 transmitter={DEVICE} patient="{NAME}"',
    'INFO telehealth.join room=peds-2 participant="{NAME}" ip={IPSIX} browser=Safari/17',
    "WARNING security.geo login user={USER} ip={IP} country=RO previous_ip={IP}",
    'INFO portal.proxy_access granted grantor="{NAME}" proxy="{NAME}" relation=daughter expires={ISODATE}',
    "INFO chat.session started user={USER} patient_id={UUID} ip={IP}",
    "DEBUG chat.redaction input_len=212 spans=4 user={USER}",
    'INFO referral.sent ref={OTHER} to="Dr. {SURNAME}" fax={FAX} patient="{NAME}" dob={DOB}',
    'INFO records.request from="{NAME}" email={EMAIL} for_patient="{NAME}" relationship=guardian',
    'WARNING records.release blocked: requester "{NAME}" not on proxy list for {MRN}',
    'INFO scheduling.waitlist added patient="{FIRST} {SURNAME}" phone={PHONE} preferred={MONYEAR}',
    'INFO scheduling.no_show patient_id={OTHER} appt={TS} provider="Dr. {SURNAME}"',
    'ERROR scheduling.sync conflict mrn={MRN} slot={TS} existing_patient="{LASTFIRST}"',
    'INFO intake.completed patient_id={OTHER} age={AGE} flags=[fall_risk,lives_alone] city="{CITY}"',
    "WARNING intake.validation age={AGE} exceeds_form_max=89 patient_id={OTHER}",
    "ValueError: time data '{DATE}' does not match format '%m/%d/%Y' (patient {MRN})",
    'Traceback (most recent call last):\n  File "/srv/app/billing/statements.py", line 88, in render\n    addr = format_address(guarantor)\n  File "/srv/app/billing/address.py", line 31, in format_address\n    raise AddressError(line1)\nbilling.address.AddressError: {STREET}',
    'Traceback (most recent call last):\n  File "/srv/app/integrations/hl7/inbound.py", line 140, in handle\n    patient = Patient.objects.get(mrn=pid[3])\npatients.models.Patient.MultipleObjectsReturned: get() returned more than one Patient -- it returned 2! (mrn={MRN}, name={LNUP}^{FNUP})',
    "KeyError: 'ssn' while building 270 for member {PLAN} (subscriber {NAME}, dob {ISODATE})",
    "sentry: captured exception IntegrityError user.email={EMAIL} user.ip_address={IP} user.username={USER}",
    'redis SETEX session:{UUID} 3600 \'{{"user": "{USER}", "mrn": "{MRN}"}}\'',
    "celery beat: sending due task nightly_recalls (recalls.tasks.build) for clinic=4 first_patient={MRN}",
    "{PYTS} INFO recalls.build queued 1 of 212: {NAME} {PHONE} due={ISODATE}",
    '{PYTS} DEBUG search.query q="{NAME}" results=3 took_ms=44 user={USER}',
    '{PYTS} INFO labs.inbound accession={OTHER} patient="{LASTFIRST}" collected={TS} test=CMP',
    '{PYTS} WARNING labs.match no patient for name="{NAME}" dob={ISODATE} zip={ZIP}',
    "{PYTS} INFO pharmacy.callback rx={OTHER} patient_phone={PHONE} status=ready_for_pickup",
    "{PYTS} ERROR documents.ocr low confidence field=ssn value='{SSN}' file=scan_0412.pdf",
    '{PYTS} INFO documents.ocr extracted name="{NAME}" dob="{DATE}" member_id="{PLAN}" from insurance card',
    '{PYTS} INFO consent.signed by="{NAME}" for="{NAME}" relation=parent ip={IP}',
    "{PYTS} WARNING dup.detect possible duplicate: {MRN} ({LASTFIRST}, {DOB}) vs {MRN} ({LASTFIRST}, {DOB})",
    "{PYTS} INFO portal.signup email={EMAIL} username={USER} dob={ISODATE} zip={ZIP}",
    '{PYTS} INFO portal.profile_update user={USER} field=mailing_address value="{POBOX}, {CITY}, {STATE} {ZIP}"',
    '{PYTS} INFO portal.profile_update user={USER} field=emergency_contact value="{NAME} {PHONE}"',
    '{PYTS} WARNING crm.merge contact="{NAME}" phone={PHONE} email={EMAIL} merged_into={OTHER}',
    '{PYTS} INFO hie.query patient="{FNUP} {LNUP}" dob={HLDATE} gender=F zip={ZIP} docs_found=6',
    "{PYTS} INFO url.preview fetched={URL} status=200 user={USER}",
    '{IP} - - [{CLFDATE}:16:44:09 -0500] "GET /portal/signup/?src=share HTTP/1.1" 200 5120 "{URL}" "Mozilla/5.0 (Linux; Android 14)"',
    "{PYTS} WARNING linkcheck blocked url={URL} in message from patient {MRN}",
    "{PYTS} INFO sms.outbound to={PHONE} body_template=statement_ready link={PORTALURL} status=sent",
    "{PYTS} INFO geri.flag mrn={MRN} age={AGE} rule=over_89 action=mask_age",
    '{PYTS} INFO ssa.verify ssn={SSN} name="{LNUP}, {FNUP}" dob={HLDATE} result=match',
]

# Clinical notes: HPI, assessment and plan, discharge summaries, referral letters, phone notes,
# nursing notes, med rec, social history, signatures, cc lines and headers.
NOTES = [
    "PATIENT: {LASTFIRST}    DOB: {DOB}    MRN: {MRN}    DOS: {DATE}",
    "Patient Name: {NAME}\nDate of Birth: {DOB}\nAddress: {STREET}, {CITY}, {STATE} {ZIP}\nHome Phone: {PHONE}",
    "HPI: {NAME} is a {AGE} y/o F with HFpEF and CKD 3b who presents with 4 days of worsening orthopnea; daughter {FIRST} reports she slept in the recliner since {MONTHDAY}.",
    "HPI: Mr. {SURNAME} is a 67 y/o M seen for follow-up of T2DM. Last visit {DATE}. Reports adherence to metformin 1000 mg bid; home readings 140s-180s fasting.",
    "Ms. {SURNAME} returns today accompanied by her son {NAME}, who manages her medications.",
    "Pt is a {AGE} year old retired schoolteacher who lives independently at {STREET} in {CITY}.",
    "Social history: Lives with daughter {NAME} at {STREET}, {CITY}. Never smoker. No alcohol. Ambulates with a cane.",
    "SH: widowed, lives alone in a mobile home ({STREET}); nephew {FIRST} checks on him weekly. Former roofer.",
    "Social: moved from {CITY} in {MONYEAR}; staying with a cousin at {CASUAL} until housing is approved.",
    "Lives on a farm at {RURAL}, about 40 minutes from clinic; wife {FIRST} drives him to visits.",
    "Mailing address is {POBOX}, {CITY}, {STATE} {ZIP}; pt does not receive mail at the house.",
    "Assessment/Plan:\n1. HTN, uncontrolled - increase amlodipine to 10 mg daily; recheck BP in 2 weeks with RN.\n2. Follow up with Dr. {SURNAME} (cardiology) as scheduled on {DATE}.",
    "Plan: RTC {MONTHDAY} for suture removal. Pt's husband {NAME} to help with dressing changes.",
    "A/P: Fall with L wrist fracture. Pt is {AGE}; lives alone. PT/OT consult. Daughter {NAME} ({PHONE}) aware and will stay with her for 2 weeks.",
    "DISCHARGE SUMMARY\nPatient: {NAME}\nAdmission Date: {DATE}\nDischarge Date: {DATE}\nAttending: {PNAME}, MD\nPCP: Dr. {SURNAME}",
    "Discharge disposition: home with home health; agency RN {NAME}, phone {PHONE}, fax {FAX}.",
    "Discharged to {STREET}, {CITY}, {STATE} {ZIP} (daughter's home) with walker and 3-in-1 commode.",
    "Dear Dr. {SURNAME},\n\nThank you for seeing {NAME} (DOB {DOB}), a 58-year-old man with new-onset atrial fibrillation.",
    "Dear Dr. {PNAME}:\nI am referring my patient, {NAME}, for evaluation of a 2.1 cm thyroid nodule noted on ultrasound of {DATE}.",
    "RE: {NAME}\nDOB: {DOB}\nTo Whom It May Concern:\n{FIRST} was seen in our clinic on {DATE} and may return to school on {MONTHDAY}.",
    "Please direct any questions to our office at {PHONE} or fax records to {FAX}.",
    "Sincerely,\n\n{PNAME}, MD\nInternal Medicine",
    "Electronically signed by {PNAME}, MD on {DATE} at 4:52 PM",
    "Electronically signed by: {PNAME}, FNP-C {TS}",
    "Signed: {PNAME}, RN  {MDYY} 0715",
    "Dictated by: {PNAME}, PA-C. Transcribed {DATE}.",
    "cc: {PNAME}, MD; {PNAME}, DO\n    {STREET}, {CITY}, {STATE} {ZIP}",
    "cc: Dr. {SURNAME}, fax {FAX}",
    "Telephone encounter: Pt's daughter {NAME} called at 10:40 from {PHONE} to report pt confused since last night. Advised ED evaluation; she agreed.",
    "Phone note: Spoke with pt's wife {FIRST} (HIPAA form on file). Reviewed lab results from {MD}. Will call back with biopsy result.",
    "Returned call to {PHONE}; left voicemail with callback number per pt preference.",
    "Pt called from a new number, {PHONE}; updated in chart. Confirmed identity with DOB {DOB} and address {STREET}.",
    "Nursing note: Pt ambulated 150 ft with walker, SBA. Son {NAME} at bedside, requests update from Dr. {SURNAME}.",
    "RN note 0300: pt restless, pulling at IV. Called daughter {FIRST} at {PHONE}, who came in to sit with him.",
    "Fall risk: HIGH. Pt is {AGEW} years old, on two sedating meds, uses a rollator at home.",
    "Med rec completed with pt and his granddaughter {NAME}; pharmacy is on {STREET}, {CITY} (ph {PHONE}).",
    "Medication reconciliation: pt brought bottles; lisinopril filled {DATE} by Dr. {SURNAME}, 30-day supply, 4 tabs left.",
    "Outside records from Dr. {PNAME} in {CITY} received by fax ({FAX}) and reviewed.",
    "Prior auth {OTHER} approved for ustekinumab through {MONYEAR}.",
    "Insurance: {PLAN} (primary); Medicare MBI {MBI} (secondary).",
    "Medicaid ID {MEDICAID} verified at check-in; transportation benefit requested for next visit.",
    "SSN {SSN} obtained for SSI disability paperwork per pt request; form faxed to {FAX}.",
    "Billing note: account {ACCOUNT} set up on 12-month payment plan; guarantor {NAME}.",
    "Financial counseling: pt is self-pay; statements to go to {POBOX}, {CITY} {ZIP}.",
    "Pt requests records be released to attorney {PNAME}, {STREET}, {CITY}, {STATE} {ZIP}. ROI signed.",
    "Emergency contact: {NAME} (son) {PHONE}; alternate {NAME} (neighbor) {PHONE}.",
    "HCPOA: {NAME}, {PHONE}. Copy of document scanned to chart.",
    "Advance directive on file; surrogate decision maker is her niece {WNAME}.",
    "Pt goes by {NICK}. Legal name {NAME}. Pronouns she/her.",
    "Interpreter used: Spanish, ID on file. Pt's son {FIRST} also present and helped with history.",
    "Nota: paciente {NAME} acompañada por su hija {FIRST}; refiere dolor en rodilla derecha desde el {ESDATE}.",
    "Pt reports her portal username ({USER}) was used by her ex-partner; password reset and proxy access removed.",
    "Pt asked that results be sent only to {EMAIL} and not to the email on file.",
    "Pt shares an online journal about her treatment at {URL}; discussed privacy settings.",
    "Family posted a fundraiser for pt's transplant costs ({URL}); SW aware and will discuss financial assistance.",
    "Video visit; pt connected from IP {IP} and confirmed she is at home in {CITY}.",
    "ICD pt with device serial {DEVICE} (implanted {DATE}); remote transmission reviewed, no events.",
    "Insulin pump S/N {DEVICE}; basal rates reviewed, settings printed for pt.",
    "CPAP serial {DEVICE}, compliance download: 6.2 h/night average, AHI 2.8.",
    "Pt's home BP monitor (paired phone IMEI {IMEI}) uploads daily readings to the portal.",
    "MVC: restrained driver; vehicle VIN {VIN} per police report; other driver cited.",
    "Handicap placard form completed; vehicle plate {PLATE}.",
    "DL {DL} scanned at registration as photo ID.",
    "Referring provider: {PNAME}, NPI {NPI}.",
    "Rx written by Dr. {SURNAME}, DEA {DEA}, for oxycodone 5 mg #12; PDMP reviewed.",
    "Home health RN license {LICENSE} verified per agency policy.",
    "Case number {OTHER} opened with Adult Protective Services; caseworker {NAME}, {PHONE}.",
    "Claim {CLAIM} resubmitted with corrected DOB {DOB}.",
    "Work note given: excused from work {MD} through {MD}.",
    "Pt last seen {MDYY} by Dr. {SURNAME}; lost to follow-up after move to {CITY}.",
    "Next appointment: {DATE} with {PNAME}, NP.",
    "Seen on the {DAYTH} by covering physician; no medication changes.",
    "Wound clinic visit {DMON}: stage 3 sacral ulcer, 3.2 x 2.1 cm, granulating.",
    "Pt born {DOB} in {CITY}; immunization records from that state requested.",
    "Tdap given today; last tetanus per pt was {MONYEAR}.",
    "Family hx: mother died at {AGE} of stroke; father had MI at 52. Sister {NAME} has breast cancer.",
    "Family meeting held with pt's children {FIRST}, {FIRST} and {FIRST}; agreed on hospice referral.",
    "Pt is {AGE}, oriented x3, independent in ADLs, still gardens daily.",
    "Goals of care: pt, who is {AGEW}, states she does not want to return to the hospital.",
    "Chaplain visit requested by wife {NAME}.",
    "Collateral from pt's roommate {NAME}, who found him on the floor at {CASUAL} around 0630.",
    "Pt was brought in by EMS from {STREET}, {CITY}; found by neighbor {NAME}.",
    "Transfer accepted by Dr. {PNAME} at the tertiary center; report called to {PHONE}.",
    "Outside hospital: admitted {DATE} to {DATE} for CAP; discharge summary scanned.",
    "Pregnancy: LMP {DATE}, EDD {DATE} by 8-week ultrasound. Partner {NAME} present.",
    "Peds: {FIRST} is a 4 y/o here with mom ({NAME}) for well-child visit; lives at {STREET}, {CITY}.",
    "School form completed for {NAME}; faxed to school nurse at {FAX}.",
    "WIC referral sent; mother's contact {PHONE}, address {STREET}, {CITY} {ZIP}.",
    "Pt recently moved to {STREET}, {CITY}, {STATE} {ZIP}; demographics updated.",
    "Homeless; receives mail at {POBOX}, {CITY}. Shelter phone {PHONE}.",
    "Pt lives at {STREET} with husband {NAME}, who has dementia; she is his primary caregiver.",
    "Guardian present: {PNAME}, court-appointed; letters of guardianship dated {DATE}.",
    "ED note: {AGE} yo M, from {CITY} nursing facility, altered mental status x1 day.",
    'Chief complaint: "I can\'t catch my breath." Pt is a {AGE}-year-old woman brought by granddaughter {FIRST}.',
    "Triage: {NAME}, {AGE} y/o, arrived by private vehicle from {CITY}; ESI 3.",
    "Preop: surgery scheduled {DATE} with Dr. {SURNAME}; pt to stop apixaban 2 days prior.",
    "Post-op call: spoke with pt's wife {NAME} at {PHONE}; pt eating, voiding, pain controlled.",
    "Pt requests copy of records mailed to {STREET} and emailed to {EMAIL}.",
    "Addendum {DATE}: corrected pt's phone to {PHONE}; prior number belonged to a relative.",
    "Addendum: spoke with pharmacist {NAME}; Rx {OTHER} transferred to the pharmacy near pt's new home.",
    "Alert: another pt named {NAME} with similar DOB ({DOB}); verify two identifiers.",
    "Dx: Parkinson's disease. Neurologist Dr. {WLAST}, seen {MONTHDAY}.",
    "Visit summary mailed to {LASTFIRST}, {STREET}, {CITY}, {STATE} {ZIP}.",
    "Header: {CITYUP} FAMILY MEDICINE | Provider: {PNAME}, MD | Patient: {LASTFIRST} | MRN {MRN}",
    "Pt's sister {WNAME} drove her from {CITY}; they plan to stay at a hotel near {STREET} overnight.",
    "Pt's daughter, {NAME}, is listed as proxy; portal invite sent to {EMAIL}.",
    "Visit conducted with pt's caregiver {NAME} via phone {PHONE}; pt is {AGE} and bedbound.",
    "Dr. {SURNAME} consulted; recommends CT chest. Pt consents; son {NAME} updated by phone.",
]

# No PHI at all, but full of what looks like it: vitals, doses, labs, codes, eponyms, ages under
# 90, weekdays, months without a day, years alone, durations, times, rooms, versions, counts.
PHI_FREE = [
    # notes: vitals, labs, doses, codes
    "BP 148/92, HR 64, RR 18, T 98.4 F, SpO2 94% on RA, wt 88.2 kg (194 lb)",
    "Vitals: BP 104/62 sitting, 88/54 standing; HR 72 -> 96 on standing",
    "Temp 101.3 F at 1400, Tylenol 650 mg PO given, recheck 100.1 F at 1530",
    "Pain 7/10, sharp, radiates to L scapula, worse with inspiration",
    "Glucose 312 mg/dL at 2100; 8 units insulin aspart per correction scale",
    "A1c 7.9% (goal < 7%), down from 9.2% in 2023",
    "Na 128, K 5.9, Cl 96, HCO3 18, BUN 61, Cr 3.4 (baseline 1.8), glucose 144",
    "WBC 16.2 (4.0-11.0), Hgb 8.7 (12.0-16.0), Plt 98 (150-400)",
    "INR 3.8 on warfarin 5 mg daily; hold tonight, then 2.5 mg, recheck INR in 5 days",
    "TSH 0.02 mIU/L (0.4-4.0), free T4 3.1 ng/dL",
    "LDL 171 mg/dL, HDL 38, TG 240, total cholesterol 251",
    "BNP 1,240 pg/mL, troponin T < 0.01 ng/mL",
    "UA: SG 1.025, nitrite +, LE 2+, WBC > 50/hpf, bacteria many",
    "eGFR 34 mL/min/1.73m2, urine albumin/creatinine 412 mg/g",
    "Vitamin B12 180 pg/mL, folate 4.1 ng/mL, ferritin 9 ng/mL",
    "PSA 6.8 ng/mL, up from 4.1 last year",
    "CRP 88 mg/L, ESR 72 mm/h, procalcitonin 0.9 ng/mL",
    "ABG 7.29/58/62/27 on 2 L NC",
    "Lactate 4.2 mmol/L -> 2.1 after 30 mL/kg fluids",
    "QTc 512 ms on ECG; hold ondansetron, replete magnesium",
    "EF 35-40% on echo, moderate MR, RVSP 48 mmHg",
    "metformin ER 500 mg, 2 tabs PO with supper",
    "lisinopril 20 mg PO daily; hold if SBP < 100",
    "atorvastatin 80 mg PO nightly",
    "apixaban 5 mg PO bid",
    "furosemide 40 mg PO bid x 3 days, then 40 mg daily",
    "sertraline 50 mg daily, increase to 100 mg in 2 weeks if tolerated",
    "gabapentin 300 mg tid; renally dose for CrCl 35",
    "levothyroxine 88 mcg daily on an empty stomach",
    "insulin glargine 24 units SC at bedtime, lispro 6 units with meals",
    "amoxicillin 875 mg PO bid x 7 days",
    "prednisone 40 mg daily x 5 days, no taper",
    "albuterol HFA 2 puffs q4h prn wheeze",
    "ceftriaxone 1 g IV q24h, azithromycin 500 mg IV daily",
    "enoxaparin 40 mg SC daily for DVT prophylaxis",
    "nitrofurantoin 100 mg bid x 5 days",
    "semaglutide 0.5 mg SC weekly, titrate to 1 mg after 4 weeks",
    "tamsulosin 0.4 mg at bedtime",
    "donepezil 10 mg daily, memantine 10 mg bid",
    "hydroxychloroquine 200 mg bid, eye exam yearly",
    "ICD-10: I50.32, N18.4, E11.22, Z79.01",
    "ICD-10 J44.1 COPD with acute exacerbation; J96.01 acute hypoxic respiratory failure",
    "ICD-10 M17.11 unilateral primary OA, right knee",
    "ICD-10 F32.1 MDD, single episode, moderate; F41.1 GAD",
    "ICD-10 R55 syncope and collapse; R42 dizziness",
    "ICD-10 Z00.00 encounter for general adult exam without abnormal findings",
    "CPT 99215, 93000, 36415, 85025, 80053",
    "CPT 20610 arthrocentesis, major joint, with J3301 triamcinolone 40 mg",
    "CPT 99497 advance care planning, first 30 minutes",
    "HCPCS G0439 annual wellness visit, subsequent",
    "LOINC 2160-0 creatinine, 33914-3 eGFR, 2823-3 potassium",
    "LOINC 718-7 hemoglobin 10.4 g/dL",
    "NDC 0169-4132-12 semaglutide pen",
    "NDC 0093-7146-56 amoxicillin 875 mg",
    "RxNorm 197361 amlodipine 5 mg oral tablet",
    "SNOMED 44054006 diabetes mellitus type 2",
    # notes: eponyms and scales
    "History of Parkinson's disease on carbidopa-levodopa 25/100 qid",
    "Bell's palsy, left, onset 3 days ago; valacyclovir and prednisone started",
    "Foley catheter placed, 16 Fr, 10 mL balloon, clear yellow urine",
    "Glasgow coma scale 14 (E4 V4 M6)",
    "Apgar 7 at 1 minute, 9 at 5 minutes",
    "Hashimoto's thyroiditis, TPO antibodies elevated",
    "Crohn's disease, ileocolonic, on infliximab q8 weeks",
    "Sjogren's syndrome with dry eyes; artificial tears qid",
    "Addison's disease on hydrocortisone 15 mg AM, 5 mg PM",
    "Cushing's syndrome ruled out with normal dexamethasone suppression test",
    "Alzheimer's dementia, moderate; MMSE 16/30",
    "Huntington's disease, family history, genetic counseling offered",
    "Meniere's disease with episodic vertigo and tinnitus",
    "Dupuytren's contracture of the right ring finger",
    "Osgood-Schlatter disease, bilateral, activity as tolerated",
    "Kaposi sarcoma lesion on left shin, biopsy pending",
    "Tourette syndrome, tics well controlled",
    "Wilson's disease, on penicillamine",
    "Swan-Ganz catheter removed, site clean",
    "Whipple procedure in 2019 for pancreatic adenocarcinoma",
    "Nissen fundoplication 2016; Roux-en-Y gastric bypass 2012",
    "Epley maneuver performed for right posterior canal BPPV",
    "Heimlich maneuver performed by bystander per EMS",
    "Trendelenburg positioning for central line placement",
    "Murphy's sign negative; McBurney point nontender",
    "Kernig and Brudzinski signs negative",
    "Romberg positive; Babinski upgoing on the left",
    "Wells score 4.5, PERC positive, CTA ordered",
    "CURB-65 score 2; admit to medicine",
    "PHQ-9 14, GAD-7 11, C-SSRS negative",
    "Morse fall scale 65, Braden 14",
    "CHA2DS2-VASc 5; HAS-BLED 3",
    "MELD-Na 18, Child-Pugh B",
    "NIHSS 4 on arrival, 1 at 24 hours",
    "ASA class III, Mallampati 2",
    "Tanner stage 3, growth at 60th percentile",
    # notes: ages under 90, times, durations, rooms
    "68 y/o M with HTN, HLD, T2DM presents with chest pressure x 2 hours",
    "pt is 89 and lives with her son; uses a walker indoors",
    "45-year-old female G3P2 at 34 weeks",
    "newborn, 3 days old, jaundice noted on day 2",
    "72 yo F, 18 months post-op left TKA, doing well",
    "patient is 81, still drives during the day",
    "seen in clinic Tuesday; follow-up on Friday with nurse",
    "symptoms since March, worse over the last month",
    "diagnosed in 2017, insulin started in 2020",
    "surgery in 2009, recurrence in 2014",
    "last colonoscopy 2021, normal, repeat in 10 years",
    "smoked 1 ppd x 30 years, quit in 2015",
    "drinks 2-3 beers on weekends",
    "sleeps 5 hours a night, naps in the afternoon",
    "given at 0830; next dose due at 2030",
    "NPO after midnight; arrive at 6 AM for 7:30 case",
    "Room 412, bed B; telemetry box 22",
    "bed 14 in the observation unit, transferred to room 3 West",
    "ED bay 7, then CT at 1415",
    "O2 weaned from 4 L to 2 L NC over 6 hours",
    "I/O: 1850 in, 2400 out; net -550 mL",
    "IV 18g R AC placed on first attempt",
    "wound 3.0 x 1.5 x 0.4 cm, 20% slough",
    "PT: ambulated 200 ft with rolling walker, min assist",
    "OT: needs setup for grooming, supervision for LB dressing",
    "Diet: 2 g sodium, 1.5 L fluid restriction, carb consistent",
    "Code status: full code; discussed with patient today",
    "Return precautions reviewed; patient verbalized understanding",
    "Follow up in 4-6 weeks or sooner if symptoms worsen",
    "Mammogram due next year; Pap not indicated after 65",
    "Flu vaccine given left deltoid, lot on file",
    "COVID booster declined; will reconsider in the fall",
    # chat: ordinary symptoms and logistics
    "my blood sugar was 287 this morning, is that too high",
    "took 2 advil at 3pm and the headache is still there",
    "is it ok to take tylenol with my blood pressure pills",
    "the rash is on both arms and it itches worse at night",
    "i have been coughing for like 3 weeks now and its green",
    "my bp was 162 over 98 on the machine at walgreens",
    "what time do yall open on saturday",
    "can i come in tomorrow morning instead",
    "my knee has been swollen since monday",
    "the pharmacy said my refill is too early, i only have 2 pills left",
    "do i need to fast for the blood work",
    "how long does the covid test take to come back",
    "i threw up twice after taking the antibiotic",
    "is the flu shot free with medicare",
    "my son is 4 and has a fever of 102, should i bring him in",
    "she is 85 and keeps forgetting to take her pills",
    "my mom is 78 and her ankles are swollen",
    "dad is 89 next month, does he still need the colonoscopy",
    "the inhaler isnt helping much, i use it like 5 times a day",
    "ok thank you so much",
    "yes that works",
    "sorry wrong chat",
    "thanks, see you thursday",
    "can i get a 90 day supply instead of 30",
    "how do i upload a picture",
    "the parking lot was full so i parked on the street, is that ok",
    "my chest feels tight when i climb stairs",
    "been dizzy since i started the new pill",
    "i lost 12 pounds since january without trying",
    "i feel better after the steroids but cant sleep",
    "where is the lab, 2nd floor?",
    "can my husband come in with me",
    "i forgot my insurance card at home",
    "does the doctor do telehealth on fridays",
    "the app keeps logging me out",
    "i need a note for work saying i was sick 2 days",
    "my period is 2 weeks late and the test was negative",
    "my toddler swallowed a penny, he seems fine",
    "I have had diarrhea for 3 days and I feel weak",
    "Is 140 over 90 high for someone my age (64)?",
    "hope you have a good weekend",
    "the nurse said to drink lots of water",
    "we will be about 15 min late",
    "do you have any appointments next week in the afternoon",
    "my prescription says take 1/2 tab but the pill is tiny",
    "is it normal to bleed a little after the biopsy",
    "no fever, just tired",
    "i am allergic to penicillin and sulfa",
    "the ozempic makes me nauseous for a day after the shot",
    "my eye is red and crusty since this morning",
    "i walked 30 minutes every day this week",
    "my glucose monitor reads LO but i feel fine",
    "my insurance changed in january, do i need a new referral",
    "should i still take my water pill before the appointment",
    "ok ill be there at 9:30",
    # logs: counts, timings, versions, request ids
    "INFO gunicorn.error Booting worker with pid: 41",
    "INFO celery.worker.consumer Connected to redis://redis:6379/0",
    "INFO celery.beat Scheduler: Sending due task nightly_recalls (recalls.tasks.build)",
    'INFO django.server "GET /healthz HTTP/1.1" 200 2',
    "WARNING django.request Not Found: /favicon.ico",
    "GET /api/v1/formulary?drug=metformin&strength=500mg 200 21ms",
    "POST /api/v1/chat/messages 201 148ms",
    "GET /static/js/app.4f1c9e.js 304 1ms",
    "INFO task=recalls.build clinic=4 queued=212 skipped=9 took_s=3.8",
    "INFO task=labs.import files=3 rows=1840 matched=1822 unmatched=18",
    "WARNING slow query took_ms=912 table=scheduling_slot rows=44120",
    "ERROR upstream timed out (110: Connection timed out) while reading response header from upstream",
    "INFO migrations: applied patients.0042_add_preferred_language",
    "INFO release v3.14.2 (build 1871) deployed to prod-2",
    "INFO model=triage-v7 loaded in 1532 ms, 2 workers",
    '{"level": "info", "event": "retrieval", "k": 8, "hits": 5, "latency_ms": 33}',
    '{"level": "warning", "event": "rate_limited", "route": "/api/v1/chat", "limit": "60/min"}',
    '{"level": "info", "event": "cache_stats", "hits": 9120, "misses": 311, "evictions": 0}',
    '{"event": "queue_depth", "queue": "sms", "depth": 14, "oldest_s": 42}',
    "request_id=4b7e0c1f9a2d trace_id=af91c2e07d3b4e15 status=200 duration_ms=87",
    "x-request-id: 2c6e8f14-7d0a-4b8e-9f51-b3a07c9d2e66 upstream=chat-api took=211ms",
    "LOG:  checkpoint complete: wrote 1843 buffers (11.2%); 0 WAL file(s) added, 2 removed",
    'LOG:  automatic vacuum of table "clinic.public.scheduling_slot": index scans: 1',
    "ERROR:  canceling statement due to statement timeout",
    "nginx: worker process 3412 exited on signal 9",
    "upstream: chat-api:8000 max_fails=3 fail_timeout=30s",
    "MSH|^~\\&|LAB|MAIN|EHR|MAIN||ORU^R01|CTRL0001|P|2.5.1",
    "OBX|1|NM|2345-7^Glucose^LN||112|mg/dL|70-99|H|||F",
    "OBX|2|NM|718-7^Hemoglobin^LN||13.1|g/dL|12.0-16.0|N|||F",
    "OBR|1|||80053^Comprehensive metabolic panel^CPT",
    "test_name,result,units,ref_low,ref_high\nPotassium,5.6,mmol/L,3.5,5.1",
    "celery.app.trace Task reports.tasks.weekly_counts succeeded in 12.7s: 48 rows",
    "WARNING pip: urllib3 1.26.18 is installed but 2.x is required",
    "Python 3.11.8, Django 5.0.4, Celery 5.3.6, PostgreSQL 15.6",
    "DEBUG redaction: 0 spans in 1 message (212 chars)",
    "INFO sms.delivery_rate last_hour=97.8% failed=3",
    "INFO fax.queue pending=2 sent_today=41",
    "INFO backups: nightly snapshot 14.2 GB completed in 8m12s",
    "WARNING disk /var/lib/postgresql 81% full",
    "ERROR ConnectionRefusedError: [Errno 111] Connection refused (retry 3/5 in 30s)",
    "Traceback (most recent call last):\n  File \"/srv/app/chat/views.py\", line 57, in post\nKeyError: 'message'",
    'django.db.utils.OperationalError: could not translate host name "db" to address',
    "HTTP 429 Too Many Requests from eligibility gateway, backing off 120s",
    "cron: 0 2 * * * /srv/app/bin/nightly.sh completed exit=0",
    "firmware 4.2.1 on BP cuffs, 3.0.7 on scales",
    "INFO feature_flag chat_v2 enabled for 25% of sessions",
    "INFO auth: 1,204 logins today, 17 failed, 2 lockouts",
    "INFO appointments: 318 booked, 41 cancelled, 12 no-shows this week",
    "pytest: 812 passed, 3 skipped in 94.21s",
]


# --- names ----------------------------------------------------------------------------------
# Per origin: weight, given names, family names. No word of these (particles and generational
# suffixes aside) is in the pools or templates of values.py, templates.py, blind.py, blind2.py,
# blind3.py, tune2.py or tune3.py, nor among the Faker names values.py draws.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "anglo": (14, [
        "Alton", "Arliss", "Arvel", "Audra", "Avis", "Barton", "Bertram", "Blanche", "Bronson",
        "Burl", "Carleton", "Cecily", "Clarabelle", "Cleda", "Corliss", "Dorcas", "Dudley", "Edris",
        "Elbert", "Eldon", "Elwood", "Eula", "Ferrell", "Gaylord", "Gideon", "Grady", "Harlan",
        "Hollis", "Idella", "Imogene", "Jethro", "Kermit", "Lavonne", "Leland", "Leola", "Lorene",
        "Mabel", "Maynard", "Merritt", "Minnie", "Nolan", "Ollie", "Percival", "Quentin", "Rayburn",
        "Sheldon", "Thurman", "Ulysses", "Waldo", "Wendell", "Willard", "Winifred", "Zelda",
        "Ainsley", "Cason", "Colter", "Emberly", "Hadley", "Wrenley", "Beckett", "Bodhi", "Easton",
        "Hayden", "Weston", "Adalyn", "Brynlee", "Everleigh", "Maddox", "Oaklynn", "Raelynn",
        "Alvie", "Aubra", "Bettye", "Burnell", "Claudette", "Coralee", "Darrow", "Delmer", "Dessie",
        "Elvie", "Ferne", "Gertie", "Glenna", "Harvel", "Hershel", "Hoyt", "Iola", "Jewell",
        "Kenton", "Lanny", "Luella", "Mavis", "Melvina", "Nadine", "Neva", "Noreen", "Norval",
        "Pearlie", "Rhoda", "Tressa", "Twila", "Vada", "Velma", "Wiley", "Cordell", "Denton",
        "Ellery", "Graydon", "Kimball", "Linwood", "Lennox", "Blakely", "Kendrick", "Holden",
        "Crosby", "Baylor", "Callan", "Kyler", "Brodie", "Colson", "Kashton", "Lainey", "Presley",
        "Kenleigh", "Marlowe", "Sloane", "Truett", "Emery", "Philippa", "Cornelia", "Loraine",
        "Marcella", "Clarice", "Ernestine", "Lucille", "Nanette", "Raylene", "Shirlene",
        "Chauncey", "Clifton", "Elmer", "Grover", "Irwin", "Milburn", "Newell", "Prentice",
        "Rodney", "Seymour", "Stanford", "Vance", "Wilfred", "Zane",
    ], [
        "Ackerly", "Applewhite", "Ashby", "Axtell", "Bramlett", "Brinkley", "Burkhalter", "Caudill",
        "Chatfield", "Claxton", "Culpepper", "Dabney", "Easterling", "Goforth", "Hamrick",
        "Hargrove", "Hornsby", "Hutcherson", "Ingram", "Kilgore", "Langston", "Ledbetter",
        "Lockhart", "Lovelace", "Mabry", "McAlister", "Merriweather", "Mobley", "Nance", "Oglesby",
        "Overstreet", "Pettigrew", "Poindexter", "Rutledge", "Shackleford", "Sizemore", "Spurlock",
        "Stallings", "Stubblefield", "Tidwell", "Treadwell", "Truesdale", "Upchurch", "Vinson",
        "Wadsworth", "Witherspoon", "Woodall", "Yancey", "Whitfield", "Thistlewood", "Ashworth",
        "Blakemore", "Cattermole", "Dimmock", "Fothergill", "Greenhalgh", "Hebblethwaite",
        "Illingworth", "Kettlewell", "Leatherbarrow", "Ormerod", "Pilkington", "Thwaite",
        "Wigglesworth", "Abernathy", "Alderman", "Arbuckle", "Atchley", "Babcock", "Bagwell",
        "Barksdale", "Beauchamp", "Bickford", "Birdsong", "Blackwelder", "Boggs", "Bonner",
        "Brewington", "Buckner", "Burchett", "Cantrell", "Cavender", "Chambliss", "Chisholm",
        "Coggins", "Crumpler", "Dalrymple", "Deaton", "Dockery", "Duggins", "Eckhart", "Estep",
        "Fennell", "Fincher", "Flanagan", "Gilley", "Gorham", "Greer", "Grissom", "Hager",
        "Hallman", "Harkins", "Hawley", "Helms", "Hembree", "Hensley", "Hickey", "Hinshaw",
        "Hollifield", "Hough", "Hyatt", "Isbell", "Jarrell", "Kimbrough", "Kincaid", "Lambeth",
        "Lassiter", "Mahaffey", "Marlow", "Massengill", "McCorkle", "Medlin", "Midgett", "Mullis",
        "Murdock", "Nesbitt", "Norwood", "Ogburn", "Padgett", "Partin", "Peckham", "Pendergrass",
        "Pennington", "Pettit", "Plunkett", "Presnell", "Prichard", "Quattlebaum", "Ragland",
        "Ratliff", "Rector", "Rowland", "Shuford", "Slaughter", "Spivey", "Stancil", "Sturgill",
        "Suggs", "Swafford", "Tallent", "Teague", "Thigpen", "Tillery", "Vickers", "Waldrop",
        "Whisnant", "Whitt", "Wilder", "Womack", "Worley",
    ]),
    "irish_cajun": (4, [
        "Alton", "Bertram", "Cecily", "Darrow", "Ellery", "Glenna", "Kenton", "Lorene", "Mavis",
        "Noreen", "Quentin", "Rhoda", "Wendell", "Velma", "Clifton", "Nadine", "Jewell", "Callan",
        "Brodie", "Sloane",
    ], [
        "Fitzgibbon", "Mulcahy", "Geraghty", "Houlihan", "Dunleavy", "Gallagher",
        "Kavanagh", "Moriarty", "Scanlon", "Tierney", "Keohane", "Mullaney", "Cronin", "Sheehan",
        "Dineen", "Costigan", "Heffernan", "Garrity", "O'Leary", "O'Connell", "O'Gorman",
        "O'Meara", "O'Flynn", "O'Hagan", "O'Kane", "O'Malley", "O'Regan", "O'Shea",
        "O'Farrell", "O'Riordan", "Robichaux", "Comeaux", "Theriot",
        "Melancon", "Cormier", "Doucet", "Savoie", "Babineaux", "Prejean", "Guillory", "Trahan",
        "Ardoin", "Fuselier", "Soileau", "LaFleur", "Champagne", "Bergeron", "DuBose", "LaRue",
        "DeShields", "Van Wyk",
    ]),
    "african_american": (13, [
        "Antwan", "Cedric", "Dorothea", "Earnestine", "Eboni", "Fredericka", "Jaquan", "Kenyatta",
        "Lashonda", "Marquise", "Nakia", "Quanisha", "Rashida", "Sharonda", "Tyrell", "Valencia",
        "Wardell", "Zakiya", "Alfreda", "Cleophus", "Delphine", "Ebonee", "Jermaine", "Keandre",
        "LaDonna", "Marquita", "Nehemiah", "Octavia", "Philomena", "Queenetta", "Rayshawn",
        "Shanice", "Taniqua", "Twyla", "Vashti", "Wilhelmina", "Ayanna", "Imani", "Jaliyah",
        "Keyonna", "Laquita", "Shamika", "Tameka", "Tyree", "Demetrius", "Dontae", "Jabari",
        "Terrence", "Antoinette", "Cleotha", "Fannie", "Geneva", "Ozella", "Pinkie", "Rosetta",
        "Viola", "DeAndre", "DaQuan", "LaShawn", "LaTonya", "Shaquille", "Quinton", "Reginald",
        "Jamarcus", "Kenyon", "Ladarius", "Varian", "Bessie", "Essie", "Alberta", "Arnetta",
        "Ernestina", "Florine", "Idabelle", "Juanita", "Lurline", "Mattie", "Ophelia", "Rutha",
        "Shirlean", "Tommie", "Vernice", "Zora", "Aaliyah", "Jazmine", "Nia", "Kiana", "Tiana",
        "Aniyah", "Tamia", "Makayla", "Amari", "Jamir", "Kamari", "Trayvon", "Javon", "Kendrell",
        "Montrell", "Nyla", "Zuri", "Tierra", "Shanelle", "Kenisha", "Latrice", "Sherita",
        "Tawanda", "Yolonda", "Ondrea",
    ], [
        "Beasley", "Blackmon", "Boatwright", "Cephas", "Dukes", "Eubanks", "Fauntleroy", "Gaither",
        "Goins", "Hairston", "Hargett", "Holloman", "Jeffries", "Ledet", "Manigault", "McClendon",
        "McCrary", "Mingo", "Muldrow", "Pettaway", "Pinckney", "Peoples", "Redmond", "Rountree",
        "Shropshire", "Singletary", "Spratley", "Staton", "Toomer", "Truesdell", "Tillman",
        "Upshaw", "Varnado", "Waddell", "Whitaker", "Wigfall", "Wyche", "Gillyard", "Bivens",
        "Blount", "Broadnax", "Chisolm", "Dozier", "Hollins", "Jenifer", "McGhee", "Outlaw",
        "Scarborough", "Threatt", "Weatherspoon", "Alston", "Artis", "Bethea", "Boykin", "Bynum",
        "Cheatham", "Cuffee", "Dandridge", "Dockins", "Faison", "Funderburk", "Gholston",
        "Grandberry", "Hampton", "Hinton", "Kearse", "Lyles", "Merritt", "Mims", "Murchison",
        "Nesmith", "Oliphant", "Pegues", "Pressley", "Purifoy", "Quarles", "Rembert", "Simuel",
        "Smalls", "Spann", "Stukes", "Swinton", "Tisdale", "Vereen", "Wimberly", "Womble",
        "Younge", "Goodwine", "Heyward", "Mazyck", "Middleton", "Geathers", "Brockington",
        "Habersham", "Drayton",
    ]),
    "hispanic": (16, [
        "Alondra", "Belén", "Estrellita", "Evelia", "Jimena", "Lizbeth", "Mayra", "Nallely",
        "Odalys", "Ruperta", "Soledad", "Zoraida", "Baltazar", "Cirilo", "Efraín", "Eleuterio",
        "Fortino", "Hilario", "Isidro", "Leobardo", "Macario", "Nicanor", "Odilón", "Porfirio",
        "Rosendo", "Saturnino", "Severiano", "Teódulo", "Tiburcio", "Wenceslao", "Dariela", "Keyla",
        "Maryuri", "Darwin", "Jonatán", "Yénifer", "Aquilino", "Celedonio", "Dámaso", "Eliseo",
        "Florencio", "Gumersindo", "Inocencio", "Lisandro", "Melquíades", "Onésimo", "Práxedes",
        "Remigio", "Sabino", "Tranquilino", "Aracely", "Cinthia", "Dalila", "Eréndira", "Fidelina",
        "Hortencia", "Ivette", "Karely", "Marbella", "Obdulia", "Quetzalli", "Reina", "Sandibel",
        "Tomasa", "Urania", "Viridiana", "Yamileth", "Abigail", "Amparo", "Delfina", "Elodia",
        "Eufemia", "Faustina", "Herlinda", "Ignacia", "Librada", "Maclovia", "Ofelia", "Petra",
        "Refugio", "Sixta", "Agapito", "Benigno", "Casimiro", "Cayetano", "Demetrio", "Eladio",
        "Emeterio", "Epifanio", "Faustino", "Gaudencio", "Higinio", "Jenaro", "Jeremías",
        "Marcelino", "Margarito", "Maximino", "Nabor", "Prudencio", "Rutilio", "Secundino",
        "Silvestre", "Toribio", "Urbano", "Valente", "Victorino", "Zenón", "Axel", "Giovanni",
        "Jairo", "Jeison", "Yordi", "Yostin", "Wilber", "Fredy", "Misael", "Yonatan", "Aleyda",
        "Sindy", "Yessica",
    ], [
        "Zepeda", "Arellano", "Barajas", "Becerra", "Escamilla", "Espinoza", "Gallegos",
        "Hinojosa", "Ledesma", "Lozano", "Montemayor", "Padilla", "Rangel", "Tamayo", "Urquidi",
        "Villarreal", "Cañas", "Deras", "Galdámez", "Guardado", "Marroquín", "Pineda", "Recinos",
        "Sermeño", "Sorto", "Cojtí", "Chumil", "Mucía", "Almánzar", "Féliz", "Liriano", "Núñez",
        "Ozuna", "Taveras", "Lugo", "Ortiz", "Carrasquillo", "Sostre", "Toro", "Aguayo",
        "Alcántar", "Almaguer", "Amezcua", "Barrientos", "Bocanegra", "Buenrostro", "Calderón",
        "Carbajal", "Castañeda", "Chacón", "Cuevas", "Dávalos", "Del Toro", "Esparza", "Estrada",
        "Granados", "Heredia", "Iñiguez", "Leyva", "Manríquez", "Melgoza", "Muñiz", "Ochoa",
        "Olvera", "Orona", "Palomares", "Pedraza", "Quiroz", "Saavedra", "Urías", "Valadez",
        "Venegas", "Vizcarra", "Yáñez", "Ardón", "Cáceres", "Lainez", "Maradiaga", "Molina",
        "Quintero", "Rodas", "Umanzor", "Velásquez", "Aldana", "Arévalo", "Bolaños", "Castellanos",
        "Grijalva", "Oliva", "Paredes", "Sagastume", "Tobar",
    ]),
    "west_african": (5, [
        "Adebola", "Amaka", "Bolanle", "Chidinma", "Kunle", "Obiageli", "Onyeka", "Tobenna", "Afia",
        "Fatou", "Modou", "Ndeye", "Souleymane", "Fodé", "Djenaba", "Assétou", "Salimata",
        "Issiaka", "Lamine", "Kwadwo", "Nii", "Dzifa", "Selasi", "Senam", "Edem", "Mawuli",
        "Elikem", "Ugochi", "Ijeoma", "Adaobi", "Adanna", "Adeola", "Adesuwa", "Anuli", "Bisola",
        "Chigozie", "Chukwudi", "Dapo", "Ebunoluwa", "Femi", "Ifedayo", "Ikechukwu", "Iyabo",
        "Kayode", "Lanre", "Nkiruka", "Oreoluwa", "Segun", "Tunde", "Uzoamaka", "Adewale",
        "Damilola", "Ebele", "Ifunanya", "Jumoke", "Kemi", "Nonso", "Sade", "Seyi", "Toyin",
        "Akwasi", "Yaaba", "Abenaa", "Ekua", "Araba", "Nhyira", "Kobina", "Fiifi", "Mawunyo",
        "Elorm", "Kafui", "Sena", "Worlali", "Coumba", "Dieynaba", "Khady", "Mame", "Rokhaya",
        "Sokhna", "Yacine", "Alioune", "Babacar", "Demba", "Ibrahima", "Malick", "Pape", "Serigne",
        "Abdoulaye", "Adama", "Fanta", "Hawa", "Kadidia", "Korotoumou", "Nafissatou", "Oumar",
        "Siaka", "Tenin", "Youssouf", "Zoumana",
    ], [
        "Babatunde", "Onwuemene", "Uzoma", "Akintola", "Okonjo", "Nnadi", "Obiora", "Ogbonna",
        "Gyamfi", "Kumi", "Oppong", "Sarpong", "Tetteh", "Ansah", "Amponsah", "Faye", "Gueye",
        "Sarr", "Cissé", "Sylla", "Bamba", "Ouattara", "Dembélé", "Sissoko", "Kanté", "Mbaye",
        "Seck", "Thiam", "Bah", "Jalloh", "Koroma", "Turay", "Mansaray", "Amoako", "Kyei", "Addo",
        "Adomako", "Twumasi", "Madu", "Okorie", "Adewumi", "Ajibola", "Akinyemi", "Aluko", "Bello",
        "Dada", "Durojaiye", "Ekpo", "Eyo", "Fagbemi", "Ilesanmi", "Jegede", "Komolafe", "Lawal",
        "Olaniyan", "Oyebanji", "Popoola", "Sanusi", "Shittu", "Solarin", "Adichie", "Agu",
        "Chukwuma", "Ekwe", "Ezeani", "Ibe", "Iheanacho", "Nwoye", "Obasi", "Odoh", "Ogbu",
        "Onyia", "Orji", "Udeh", "Ugochukwu", "Achebe", "Acquah", "Agyapong", "Danquah", "Dwamena",
        "Effah", "Gyasi", "Kuffour", "Nkansah", "Nyarko", "Obeng", "Ocran", "Pobee", "Wiredu",
        "Yeboah", "Agbeko", "Dzamesi", "Kpodo", "Tsikata", "Dieng", "Diouf", "Fofana", "Gaye",
        "Mbengue", "Ndour", "Niang", "Samb", "Diakité", "Doumbia", "Fané", "Haïdara", "Konaré",
        "Maïga", "Samaké", "Sangaré", "Tangara", "Tounkara",
    ]),
    "chinese": (3, [
        "Meiling", "Xiuying", "Yulan", "Shufen", "Huifang", "Weiming", "Guohua", "Yanping",
        "Dongmei", "Fengying", "Jinhua", "Qiaoling", "Xuemei", "Yingying", "Kaiwen", "Xiaoyan",
        "Yumei", "Lanying", "Guifen", "Suzhen", "Cuiping", "Jinlan", "Ruiying", "Qingshan",
        "Jianhua", "Yongjun", "Hongwei", "Wenbin", "Xiaobo", "Zhenyu", "Chenxi", "Muchen",
        "Ruilin", "Shiyu", "Yiting", "Siqi", "Kexin", "Wanting", "Jiahui", "Pui Yee", "Yuen Ting",
    ], [
        "Guan", "Ouyang", "Situ", "Sima", "Rong", "Miao", "Nie", "Qu", "Lian", "Yue", "Ning",
        "Zhuo", "Gan", "Hua", "Chai", "Sheng", "Teng", "Zuo", "Huo", "Zang", "Quan", "Xin", "Kwan",
        "Yuen", "Kwong", "Poon", "Chung", "Choy", "Leong", "Louie", "Yee", "Gee", "Hom", "Moy",
        "Seto", "Szeto", "Eng", "Yep", "Jow", "Lum", "Chinn", "Toy", "Cui", "Zhong", "Fan",
        "Liao", "Xia", "Duan", "Fung", "Mok", "Chiu",
    ]),
    "korean": (2, [
        "Minjun", "Hyejin", "Soojin", "Eunji", "Jiyeon", "Sunhee", "Youngsoo", "Kyungmin",
        "Dongho", "Sanghoon", "Jaehyun", "Minseo", "Haeun", "Yuna", "Chaewon", "Seoyeon",
        "Hyunwoo", "Byungchul", "Okja", "Soonja", "Malsoon", "Hyesook", "Myungja", "Sungmin",
        "Jinwoo", "Yejin", "Dahye", "Gaeun", "Nayoung", "Sora", "Wonjae", "Jaewon", "Hanbyul",
    ], [
        "Yeom", "Gil", "Maeng", "Seok", "Paik", "Rhee", "Yun", "Koo", "Goh", "Kil", "Myung", "Sohn",
        "Hur", "Shim", "Kwak", "Pi",
    ]),
    "japanese": (2, [
        "Yuto", "Riku", "Hinata", "Aoi", "Mio", "Rin", "Kenta", "Takumi", "Michiyo", "Yasuko",
        "Tadashi", "Toshiko", "Kiyoko", "Yukiko", "Noboru", "Akiko", "Reiko", "Nobuko", "Yoshio",
        "Sho", "Kanon", "Yuzuki", "Hayato",
    ], [
        "Takeda", "Matsumura", "Okabe", "Sugawara", "Kurosawa", "Hasegawa", "Tsukamoto",
        "Morimoto", "Iwasaki", "Sakamoto", "Maeda", "Hirano", "Murakami", "Kondo", "Aoki",
        "Arakawa", "Ebisu", "Fukuda", "Furukawa", "Hamada", "Hattori", "Horiuchi", "Ichikawa",
        "Kanemoto", "Katsura", "Kitagawa", "Kojima", "Kuroda", "Masuda", "Matsuoka", "Mizuno",
        "Nagata", "Nakagawa", "Noguchi", "Ohara", "Onishi", "Ozawa", "Sakai", "Sasaki", "Shibata",
        "Sugimoto", "Tanabe", "Uchida", "Wada", "Yasuda", "Yokoyama",
    ]),
    "vietnamese": (4, [
        "Duy", "Hoai", "Luyen", "Mong", "Nhu", "Quyen", "Sinh", "Tham", "Thuan", "Thuong", "Tinh",
        "Tung", "Hoan", "Huyen", "Khiem", "Lanh", "Manh", "Nhien", "Phong", "Quy", "Thiet", "Thuc",
        "Uy", "Tuyet", "Uyen", "Vy", "Quang", "Hai", "Kiet", "Nhan", "Toan", "Trung", "Diem",
        "Lien", "Suong", "Tuyen", "Binh", "Danh", "Dat", "Khai", "Nghia", "Phat", "Thang", "Thien",
        "Thinh", "Viet", "Hue", "Nhi", "Ngan", "Hien", "Cuc", "Khue", "Nguyet", "Thoa", "Thom",
        "Xuyen", "Tai",
    ], [
        "Phan", "Ngo", "Thach", "Tieu", "Quan", "Giap", "Phung", "Ung", "Kha", "Hua", "Lieu",
        "Banh", "Vien", "Tiet", "Thieu", "Khong", "Nong", "Chu", "Mau", "Khuu", "Trac", "Ninh",
        "Khieu",
    ]),
    "indian": (4, [
        "Ishaan", "Reyansh", "Kabir", "Arnav", "Aadhya", "Ananya", "Pari", "Anika", "Navya",
        "Ishita", "Savitri", "Kamala", "Sarojini", "Vasanthi", "Meenakshi", "Jayanthi", "Shanthi",
        "Murali", "Mahesh", "Rajendra", "Harish", "Aditi", "Anjali", "Arjun", "Chetan", "Deepika",
        "Kavita", "Kunal", "Neha", "Nikhil", "Pooja", "Priyanka", "Rahul", "Rohit", "Sanjay",
        "Shreya", "Tanvi", "Varun", "Vikram", "Yash", "Pradeep", "Rabindra", "Gita", "Kamal",
        "Rajan", "Sarita", "Ganga", "Tulasi", "Harjinder", "Navjot", "Simran", "Kuldeep",
        "Amandeep", "Mohinder", "Rajwinder", "Sarabjit", "Tejinder", "Inderjit",
    ], [
        "Jain", "Khanna", "Malhotra", "Mehra", "Pandey", "Saxena", "Tripathi", "Joshi", "Dutta",
        "Chettiar", "Gounder", "Bhardwaj", "Bhatt", "Mahajan", "Nambiar", "Narayanan", "Oberoi",
        "Prasad", "Rathore", "Sinha", "Srivastava", "Verma", "Basu", "Bhavsar", "Chokshi",
        "Gandhi", "Panchal", "Raval", "Soni", "Vyas", "Kurup", "Panicker", "Thiagarajan",
        "Venkatesan", "Chahal", "Garcha", "Kahlon", "Khaira", "Pannu", "Thind",
        "Aulakh",
    ]),
    "pakistani_bangladeshi": (3, [
        "Farzana", "Kamrul", "Shahidul", "Anwarul", "Rakib", "Arif", "Sana", "Mehwish", "Rahima",
        "Shireen", "Taslima", "Abul", "Jahangir", "Mostafa", "Nazrul", "Shafiq", "Sohel", "Asif",
        "Farhan", "Junaid", "Kashif", "Zeeshan", "Ambreen", "Fozia", "Iqra", "Nabeela", "Samina",
    ], [
        "Ahmed", "Islam", "Rizvi", "Hashmi", "Sheikh", "Baig", "Javed", "Lodhi", "Akhtar", "Alam",
        "Begum", "Haque", "Huq", "Khatun", "Mondal", "Parvin", "Sultana", "Zaman", "Chishti",
        "Farooqui", "Gilani", "Jafri", "Kazmi", "Naqvi", "Paracha", "Shaikh", "Tirmizi", "Zaidi",
    ]),
    "nepali_sri_lankan": (1, [
        "Sanjeewa", "Hemantha", "Chathurika", "Kumudini", "Shehan", "Nadeeka", "Sachini", "Dinuka",
        "Sabitri", "Dilmaya", "Tika", "Purna", "Mina",
    ], [
        "Perera", "Gunasekara", "Rajapaksa", "Amarasinghe", "Ekanayake", "Liyanage", "Karki",
        "Khadka", "Poudel", "Bhandari", "Pokharel", "Sapkota", "Subedi",
    ]),
    "arab": (4, [
        "Abdelrahman", "Abdulaziz", "Abdullah", "Adnan", "Amjad", "Basel", "Ehab", "Hatem", "Hazem",
        "Jihad", "Maher", "Marwan", "Mazen", "Moataz", "Muhannad", "Nizar", "Osama", "Qusai",
        "Raed", "Saad", "Samer", "Yazan", "Zaid", "Amal", "Asmaa", "Dima", "Eman", "Hanan", "Heba",
        "Iman", "Jana", "Nada", "Sahar", "Samar", "Zeina", "Duaa", "Ruqayya", "Safaa", "Shaimaa",
        "Widad", "Latifa", "Mounira", "Naima", "Souad", "Zohra", "Abdelhak", "Brahim", "Hicham",
        "Mourad", "Noureddine", "Rachid", "Hamoud", "Jassim", "Nawaf", "Turki", "Bandar",
    ], [
        "Abboud", "Al-Jabouri", "Al-Shammari", "Al-Zubaidi", "Bazzi", "Beydoun", "Daher", "Eid",
        "Fakhoury", "Farhat", "Hammoud", "Jaafar", "Kassem", "Maalouf", "Nassar", "Qasem", "Rizk",
        "Saab", "Sayegh", "Shaheen", "Srour", "Tannous", "Yassin", "Zaher", "Zoghbi", "Abdelaziz",
        "Abdelnour", "Chami", "Fares", "Hariri", "Jomaa", "Makdisi", "Nader", "Obeid", "Rahal",
        "Tabbara", "Yazbek", "Zein", "Alaoui", "Tazi", "Chraibi", "Ouazzani", "Berrada", "Lahlou",
        "Sefrioui", "Al-Dulaimi", "Al-Obeidi", "Al-Rubaie", "Al-Sudani", "Alkhatib", "Aoun",
        "Assaf", "Atallah", "Awad", "Azar", "Ballout", "Bazzy", "Boulos", "Dagher", "Dib", "Fadel",
        "Fakhry", "Ghosn", "Habib", "Hamad", "Harb", "Hassoun", "Hayek", "Helou", "Kanaan",
        "Karaki", "Khalifeh", "Khouri", "Mahfouz", "Murad", "Najjar", "Nasr", "Qaddoura", "Sabra",
        "Samaha", "Shammas", "Sleiman", "Taha", "Wehbe", "Zahra", "Zreik",
    ]),
    "polish": (2, [
        "Czesław", "Lech", "Danuta", "Bartłomiej", "Dominika", "Feliks", "Henryka", "Izabela",
        "Marzena", "Mirosława", "Patrycja", "Sławomir", "Ireneusz",
    ], [
        "Bąk", "Ciesielski", "Dąbrowska", "Gajewski", "Głowacki", "Jabłoński", "Kubiak",
        "Lewandowska", "Majewski", "Olszewski", "Piątek", "Rutkowski", "Sadowski", "Szczepański",
        "Tomaszewski", "Urbański", "Żak", "Adamczyk", "Baran", "Borkowski", "Cieślak", "Czarnecka",
        "Filipek", "Gołębiowski", "Górecki", "Jankowska", "Kamiński", "Kasprzak", "Kowalewski",
        "Kucharski", "Laskowski", "Makowski", "Mazurek", "Sikora", "Szulc", "Wasilewski",
        "Witkowska", "Wysocki",
    ]),
    "east_slavic": (3, [
        "Petro", "Serhiy", "Yevhen", "Lyudmyla", "Nataliya", "Svitlana", "Tetyana", "Yuliya",
        "Zoryana", "Anatoly", "Boris", "Leonid", "Valery", "Zinaida", "Andriy", "Larysa",
        "Myroslava", "Roksolana", "Stepan", "Evgenia", "Fyodor", "Grigory", "Klavdia", "Matvei",
        "Rimma", "Vadim", "Vsevolod", "Aleksandra",
    ], [
        "Kovalchuk", "Kravets", "Levchenko", "Oliynyk", "Pavlenko", "Savchenko", "Shevchuk",
        "Zinchenko", "Romaniuk", "Antonov", "Fedorov", "Gusev", "Kiselev", "Nikitin", "Petrova",
        "Andrusyshyn", "Danylyuk", "Fedoriv", "Hrynyshyn", "Kachmar", "Ostapchuk", "Prokopenko",
        "Stasiuk", "Tymoshenko", "Vasylyshyn", "Yurchenko", "Zakharchenko", "Danilov", "Egorova",
        "Filatov", "Gromov", "Karpova", "Lazarev", "Medvedeva", "Polyakov", "Rodionova", "Utkin",
        "Yakovleva",
    ]),
    "central_european_balkan": (2, [
        "Nebojša", "Slobodan", "Dragana", "Mirjana", "Radmila", "Stanislava", "Květoslava",
        "Rostislav", "Blagoje", "Ivica", "Mladen", "Predrag", "Radomir", "Živko", "Bohuslav",
        "Drahomíra", "Ladislav", "Vladimíra", "Zuzana", "Ernő", "Zsuzsanna", "Ilona", "Valdas",
        "Rasa", "Gintaras", "Jurgis", "Laima", "Dace", "Ināra", "Juris", "Valdis", "Liis", "Heino",
        "Todor", "Penka", "Radka", "Tsvetan", "Yordanka",
    ], [
        "Stojanović", "Ilić", "Kostić", "Pavlović", "Radovanović", "Lazarević", "Pokorný", "Marek",
        "Fiala", "Sedláček", "Doležal", "Zeman", "Kolář", "Navrátil", "Vaněk", "Ćorić", "Jurić",
        "Milosavljević", "Obradović", "Simić", "Tadić", "Vasić", "Živković", "Bartoš", "Havlíček",
        "Hrubý", "Kratochvíl", "Machala", "Skála", "Šťastný", "Tichý", "Csizmadia", "Halász",
        "Lakatos", "Vörös", "Jankauskaitė", "Petraitis", "Dimitrova", "Petkov",
    ]),
    "haitian": (4, [
        "Jocelyne", "Mirlande", "Widline", "Frantz", "Gesner", "Herold", "Jacquelin", "Lesly",
        "Maxo", "Ricot", "Wilfrid", "Yvrose", "Ketia", "Darline", "Ismène", "Lourdie",
        "Manoucheka", "Sherlande", "Yolène", "Clébert", "Fednel", "Kesner", "Lucner", "Saintilus",
        "Tidjani", "Clervil", "Enock", "Mirlène", "Adeline", "Carline", "Dieuvela", "Edeline",
        "Fedeline", "Guerda", "Immacula", "Jesula", "Kettly", "Lamercie", "Odeline", "Paulna",
        "Rosette", "Sonide", "Vilia", "Wisline", "Yvena", "Dieuveut", "Elie", "Kervens", "Luckner",
        "Nickenson", "Obed", "Réginald", "Thony", "Roselène", "Rosemitha", "Venise", "Magalie",
    ], [
        "Pierrilus", "Valcin", "Dorméus", "Estimé", "Fénelon", "Guerrier", "Hyppolite",
        "Jolicoeur", "Lafortune", "Lamothe", "Mérisier", "Nazaire", "Romélus", "Sanon", "Thélusma",
        "Vilsaint", "Chéry", "Démosthène", "Elysée", "Gédéon", "Lubin", "Moïse", "Osias",
        "Prophète", "Sylvain", "Zéphir", "Beauvais", "Casimir", "Charlot", "Clerveaux", "Delva",
        "Duverger", "Fleurant", "Hector", "Joachim", "Lamour", "Laguerre", "Legagneur", "Lindor",
        "Mathurin", "Milord", "Monestime", "Orélien", "Philogène", "Poteau", "Prévilon",
        "Registre", "Rigaud", "Sainvil", "Sénatus", "Vixamar",
    ]),
    "native_american": (3, [
        "Winona", "Dyani", "Halona", "Leotie", "Onawa", "Tala", "Takoda", "Chaska", "Wynema",
        "Delphina", "Lorinda", "Verlena", "Marvalene", "Arlinda", "Cherilyn", "Rayna", "Kimi",
        "Nita", "Mato", "Tokala", "Magena", "Kele", "Ahanu", "Wanbli", "Yazhi", "Linwood",
        "Leland", "Wiley", "Velma", "Alvie", "Delmer", "Claudette",
    ], [
        "Todacheene", "Yellowhair", "Harjo", "Chee", "Tsinajinnie", "Atcitty", "Bahe", "Clah",
        "Skenandore", "Deschenie", "Lujan", "Naranjo", "Cata", "Swentzell", "Roanhorse",
        "Mousseau", "Twiss", "Pourier", "Yellow Boy", "Goodshield", "Locklear", "Oxendine",
        "Chavis", "Lowry", "Brayboy", "Deese", "Revels", "Hummingbird", "Sixkiller",
        "Walkingstick", "Tehee", "Antone", "Cornsilk", "Crowfeather", "Eagleheart", "Fastwolf",
        "Goodbear", "Greyeyes", "Halfmoon", "Hightower", "Holyan", "Kinlicheenie", "Lonetree",
        "Morningstar", "Nakai", "Plenty Hoops", "Shortbull", "Silversmith", "Smallcanyon",
        "Sweetwater", "Tohee", "Willeto", "Yellowman", "Zah", "Apachito", "Attakai", "Beletso",
        "Cly", "Dayish", "Gishie", "Haskie", "Hosteen", "Jumper", "Kee", "Nockideneh",
        "Tsethlikai", "Yazza", "Pigeon", "Squirrel",
    ]),
}  # fmt: skip

# Given names and family names that are also ordinary words or places, drawn now and then
# whatever the origin.
WORD_FIRST_NAMES = [
    "Lyric", "Breeze", "Royalty", "Essence", "Passion", "Kaiser", "Merit", "Sailor", "Shiloh",
    "Egypt", "Kenya", "Asia", "Ireland", "Skye", "Dream", "Hero", "Zephyr", "Onyx", "Topaz",
    "Zion", "Loyalty", "Prosperity", "Delight", "Cherish", "Ryder", "Harlem", "Berlin", "Geneva",
    "Siena", "Verona", "Cairo", "Ghana", "China", "Canaan", "Goshen", "Jubilee", "Halo", "Karma",
    "Harvest", "Starla", "Cosmo", "Atlas", "Orion", "Titan", "Venus", "Neptune", "Mercury",
    "Ivory", "Sable", "Sienna", "Amethyst", "Emerald", "Beryl", "Platinum",
]  # fmt: skip
WORD_SURNAMES = [
    "Carver", "Coward", "Dancer", "Fiddler", "Gamble", "Greenway", "Hatcher", "Hedges", "Kettle",
    "Nobles", "Shields", "Strange", "Tower", "Vines", "Watts", "Worthy", "Cobb", "Dance",
    "Honeywell", "Jewell", "Mayhew", "Meek", "Newcomb", "Pitts", "Pledger", "Redd", "Sellers",
    "Summerall", "Tiller", "Truelove", "Wages", "Whistler", "Gardner", "Glazier", "Sadler",
    "Bowyer", "Squires", "Golightly", "Sturdy", "Hills", "Rhodes", "Fountain", "Winters", "Pease",
    "Wheat", "Elms", "Veal", "Manners", "Virtue", "Faithful", "Grimes", "Mudd", "Nutter",
    "Plowman", "Stroud", "Waite", "Wakefield", "Whaley", "Pounds", "Shilling", "Marrow", "Parrot",
]  # fmt: skip
NICKNAMES = [
    "Missy", "Buster", "Nando", "Paco", "Goyo", "Chepe", "Toño", "Coco", "Betsy", "Patsy", "Peggy",
    "Polly", "Sukie", "Trish", "Fran", "Ted", "Pee Wee", "Nikki", "Shug", "Nu Nu", "Pudge",
    "Lefty", "Güero", "Cheo", "Pipo", "Fito", "Lalito", "Tavo", "Rafa", "Pili", "Concha", "Bebo",
    "Nonny", "Mookie", "Boogie", "Squeaky", "Duffy", "Ginny", "Jinx", "Pinky", "Scout", "Taffy",
    "Tinker", "Zsa Zsa", "Dimples",
]  # fmt: skip
VIET_MIDDLE = ["Huu", "Bich", "Cong", "Gia", "Trong", "Phuoc", "Tan"]
DOUBLE_SURNAME = {"hispanic"}
FAMILY_FIRST = {"vietnamese", "chinese", "korean"}
PARTICLES = {"de", "del", "la", "van", "al", "bin", "st"}
GEN_SUFFIXES = ["Jr.", "Jr", "Sr.", "III", "II", "IV"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "æ": "ae", "Æ": "AE"})  # fmt: skip


def _fold(text: str) -> str:
    """Accents dropped, ASCII kept: how names are typed into logins, e-mails and HL7."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _given(rng: random.Random, origin: str) -> str:
    return rng.choice(WORD_FIRST_NAMES if rng.random() < 0.07 else ORIGINS[origin][1])


def _family(rng: random.Random, origin: str) -> str:
    if rng.random() < 0.08:
        return rng.choice(WORD_SURNAMES)
    last = rng.choice(ORIGINS[origin][2])
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.25:  # both family names, spaced or hyphenated
        other = rng.choice(ORIGINS[origin][2])
        if other != last:
            return f"{last} {other}" if roll < 0.17 else f"{last}-{other}"
    if roll < 0.05:  # married and hyphenated, across families
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if other != last and " " not in other + last:
            return f"{last}-{other}"
    return last


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = _origin(rng)
    first, last = _given(rng, origin), _family(rng, origin)
    if rng.random() < 0.2:  # the EHR or the keyboard dropped the accents
        first, last = _fold(first), _fold(last)
    return first, last, origin


def person(rng: random.Random, _split: str = "blind4") -> tuple[str, str]:
    first, last, _ = _person(rng)
    return first, last


def surname(rng: random.Random, _split: str = "blind4") -> str:
    return _person(rng)[1]


def _initial(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in PARTICLES]
    return (_fold(words[0] if words else name)[:1] or "Q").upper()


def full_name(rng: random.Random, _split: str = "blind4") -> str:
    first, last, origin = _person(rng)
    form = rng.random()
    if origin == "vietnamese" and form < 0.25:
        return f"{last} {rng.choice(VIET_MIDDLE)} {first}"
    if origin in FAMILY_FIRST and form < 0.1:
        return f"{last} {first}"
    if form < 0.36:
        return f"{first} {last}"
    if form < 0.46:
        return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    if form < 0.49:
        return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')} {last}"
    if form < 0.53:
        return f"{first} {_given(rng, origin)} {last}"
    if form < 0.60:
        return f"{last}, {first}"
    if form < 0.63:
        return f"{_fold(last).upper()}, {_fold(first).upper()}"
    if form < 0.69:
        return f"{first} {last} {rng.choice(GEN_SUFFIXES)}"
    if form < 0.71:
        return f"{first} {last}, {rng.choice(['Jr.', 'Sr.', 'III'])}"
    if form < 0.74:
        return f"{_initial(first)}. {last}"
    if form < 0.76:
        return f"{first} {_initial(last)}."
    if form < 0.79:
        return f"{nickname(rng)} {last}"
    if form < 0.81:
        return f'{first} "{nickname(rng)}" {last}'
    if form < 0.92:
        return first
    return f"{first} {last}".upper()


def professional_name(rng: random.Random) -> str:
    """A full name as a signature, letterhead or cc line gives it: never a first name alone."""
    first, last, _ = _person(rng)
    mid = rng.choice("ABCDEFGHJKLMNPRSTVW")
    return rng.choices([f"{first} {last}", f"{first} {mid}. {last}", f"{_initial(first)}. {last}",
                        f"{first} {mid} {last}", f"{_initial(first)}. {mid}. {last}"], [10, 6, 1, 1, 1])[0]  # fmt: skip


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    first, last = person(rng)
    f, ln = _initial(first), _initial(last)
    mid = rng.choice("ABCDEFGHJKLMNPRSTW")
    return rng.choice(
        [f"{f}.{ln}.", f"{f}{ln}", f"{f}{mid}{ln}", f"{f}.{mid}.{ln}.", f"{f}. {ln}."]
    )


def word_first(rng: random.Random) -> str:
    return rng.choice(WORD_FIRST_NAMES)


def word_last(rng: random.Random) -> str:
    return rng.choice(WORD_SURNAMES)


def word_name(rng: random.Random) -> str:
    first = word_first(rng) if rng.random() < 0.5 else person(rng)[0]
    last = word_last(rng) if rng.random() < 0.8 else person(rng)[1]
    return rng.choice([f"{first} {last}"] * 5 + [f"{last}, {first}", f"{_initial(first)}. {last}"])


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    mid = rng.choice("ABCDEFGHJKLMNPRSTW")
    return rng.choice([f"{last}, {first}", f"{_fold(last).upper()},{_fold(first).upper()}",
                       f"{last},{first} {mid}", f"{_fold(last).upper()}, {_fold(first).upper()} {mid}",
                       f"{last}, {first} {mid}."])  # fmt: skip


def upper_first(rng: random.Random) -> str:
    return _fold(person(rng)[0]).upper()


def upper_last(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def query_first(rng: random.Random) -> str:
    return _fold(person(rng)[0]).lower().replace(" ", "+")


def query_last(rng: random.Random) -> str:
    return _fold(person(rng)[1]).lower().replace(" ", "%20").replace("'", "%27")


def username(rng: random.Random, _split: str = "blind4") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "tala", _handle(last) or "kee"
    yy, year = rng.randint(0, 99), rng.randint(1938, 2011)
    return rng.choice([
        f"{f}{ln}", f"{f}.{ln}", f"{f[0]}{ln}", f"{f[0]}{ln}{rng.randint(1, 99)}", f"{f}_{ln}{yy:02d}",
        f"{ln}{f[0]}", f"{ln}.{f}", f"{f}{year}", f"{f}{ln[0]}{rng.randint(1, 999)}",
        f"{f[:3]}{ln[:4]}", f"{ln[:6]}{f[:2]}{rng.randint(1, 9)}", f"{f.capitalize()}{ln.capitalize()}",
        f"{f}-{ln}", f"{f}.{ln}{yy:02d}", f"mr{ln}", f"ms.{ln}", f"{f}sgrandma", f"{ln}family",
        f"{f}{rng.choice(['_nurse', '_rn', 'mom', 'dad', '_tx', '_ga', 'fit', 'bakes'])}",
    ])  # fmt: skip


DOMAINS = [
    "twc.com", "lycos.com", "pacbell.net", "swbell.net", "ameritech.net", "snet.net", "flash.net",
    "insightbb.com", "knology.net", "grandecom.net", "everestkc.net", "epix.net", "atmc.net",
    "chartermi.net", "mchsi.com", "netscape.net", "myself.com", "consultant.com", "126.com",
    "sina.com", "freemail.hu", "metrocast.net", "breezeline.net", "ziply.com", "fuse.net",
    "zoominternet.net", "brightspeed.com", "shentel.net", "citlink.net", "gvtc.com",
    "valornet.com", "optimum.net", "rconnect.com", "nktelco.net", "blomand.net", "mhtc.net",
    "wctel.net", "nemr.net", "epbfi.com", "hotwirecommunications.com", "wavecable.com",
    "astound.net", "altafiber.net", "hbcomm.net", "surewest.net", "wildblue.net",
    "starlinkmail.com", "gmai.com", "hotmial.com", "outlok.com", "kenaf-textiles.com",
    "oxeye-pediatrics.org", "marlinspike.org", "dovetail-cabinets.net", "trestle-academy.org",
    "lanternfly-ento.com", "ticklegrass.net", "sideoats.org", "ninebark-nursery.com",
    "wahoo-bait.com", "crappie-guide.com", "dobsonfly.net",
]  # fmt: skip
SMS_GATEWAYS = ["vtext.com", "tmomail.net", "vzwpix.com", "mymetropcs.com"]


def email(rng: random.Random, _split: str = "blind4") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "tala", _handle(last) or "kee"
    if rng.random() < 0.04:  # e-mail to SMS gateway: the phone number is the mailbox
        a, b, c = _us_parts(rng)
        return f"{a}{b}{c}@{rng.choice(SMS_GATEWAYS)}"
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}{rng.randint(1, 99)}", f"{f}.{ln}{rng.randint(1940, 2012)}",
        f"{ln}.{f}", f"{f}_{ln}", f"{f[0]}.{ln}", f"{ln}{f[0]}{rng.randint(1, 9)}", f"{f}{ln[0]}",
        f"{f}.{ln}.{rng.randint(2, 9)}", f"{f}sgrandma", f"{ln}family", f"{f}{ln}{rng.randint(10, 99)}",
        f"{f}+portal", f"{f.upper()}.{ln.upper()}", f"{f.capitalize()}{ln.capitalize()}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def url(rng: random.Random, _split: str = "blind4") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "tala", _handle(last) or "kee"
    an = string.ascii_lowercase + string.digits
    return rng.choice([
        f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://www.mealtrain.com/trains/{_letters(rng, 6, an)}",
        f"https://www.lotsahelpinghands.com/c/{_digits(rng, 6)}/", f"https://www.spotfund.com/story/{_letters(rng, 8, an)}",
        f"https://givebutter.com/{f}-{ln}-medical", f"https://www.legacy.com/us/obituaries/name/{f}-{ln}-obituary?id={_digits(rng, 8)}",
        f"https://www.findagrave.com/memorial/{_digits(rng, 9)}/{f}-{ln}", f"https://nextdoor.com/profile/{_digits(rng, 8)}/",
        f"https://www.pinterest.com/{f}{ln}/", f"https://www.etsy.com/shop/{f.capitalize()}{ln.capitalize()}Crafts",
        f"https://sites.google.com/view/{f}-{ln}-journey", f"https://linktr.ee/{f}.{ln}", f"https://www.twitch.tv/{f}{ln[:3]}{rng.randint(1, 99)}",
        f"https://www.snapchat.com/add/{f}_{ln}{rng.randint(1, 99)}", f"https://wa.me/1{_digits(rng, 10)}",
        f"https://calendly.com/{f}-{ln}", f"https://{f}{ln}.wordpress.com/", f"https://www.caringbridge.org/site/{f}{ln}",
        f"https://www.youtube.com/@{f}{ln}", f"https://www.instagram.com/{f}.{ln}_/", f"https://x.com/{f}_{ln[:5]}", f"http://www.{ln}{f[0]}.net/",
    ])  # fmt: skip


def portal_url(rng: random.Random) -> str:
    """A link into a patient's own record, as the portal, the EHR or a texted reminder gives it."""
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://portal.northgate-clinic.example/patients/{_digits(rng, 7)}/messages",
        f"https://app.ehr-host.example/chart/{_digits(rng, 8)}/summary",
        f"https://mychart.example-health.org/MyChart/Visits/VisitDetails?csn={_digits(rng, 9)}",
        f"https://pay.example-clinic.com/statement/{_digits(rng, 10)}", f"https://lnk.example/{_letters(rng, 7, an)}",
        f"https://telehealth.example-clinic.com/join/{_letters(rng, 10, an)}?pid={_digits(rng, 7)}",
    ])  # fmt: skip


# --- places ---------------------------------------------------------------------------------

STREET_NAMES = [
    "Western", "Devon", "Touhy", "Armitage", "Division", "Elston", "Clybourn", "Gessner",
    "Kirby", "Alief", "Hillcroft", "Fondren", "Wilcrest", "Airline", "Aldine", "Tidwell",
    "Wayside", "Vermont", "Atlantic", "Rockaway", "Jamaica", "Hillside", "Pelham", "Westchester",
    "Nereid", "Baychester", "Camelback", "McDowell", "Osborn", "Dunlap", "Thunderbird", "Baseline",
    "Dobson", "Candler", "Cascade", "Campbellton", "Metropolitan", "Biscayne", "Flagler",
    "Kendall", "Krome", "Okeechobee", "Passyunk", "Lehigh", "Germantown", "Castor", "Van Dyke",
    "Schaefer", "Greenfield", "Pinon", "Balsam", "Locust", "Peony", "Hydrangea", "Flamingo",
    "Anhinga", "Limpkin", "Spoonbill", "Grebe", "Turnstone", "Willet", "Kalamath", "Tejon", "Zuni",
    "Quivira", "Alvernon", "Craycroft", "Kolb", "Wilmot", "Speedway", "Magee", "Tangerine",
    "Irvington", "Ajo", "Beechnut", "Bellfort", "Almeda", "Cullen", "Griggs", "Lockwood", "Lyons",
    "Navigation", "Lemmon", "Inwood", "Abrams", "Skillman", "Ferguson", "Kiest", "Westmoreland",
    "Singleton", "Zang", "Zarzamora", "Nogalitos", "Culebra", "Bandera", "Fredericksburg",
    "Wurzbach", "Somerset", "Melrose", "Fairfax", "Van Nuys", "Saticoy", "Victory", "Nordhoff",
    "Devonshire", "Rinaldi", "Foothill", "Glenoaks", "Buford", "Satellite", "Lavista",
    "Briarcliff", "Clairmont", "Shallowford", "Panola", "Covington", "Bouldercrest", "Godby",
    "Delowe", "Stanton", "Pryor", "Edgewood", "Sylvan", "Deckner", "Tuxedo", "Wieuca",
    "Northside", "Bolton", "Bankhead", "Collier", "Peyton", "Fairburn", "Enon", "Chastain", "Delk",
    "Austell", "Thornton", "Skyview", "Nickajack", "Macland", "Stilesboro", "Frey", "Kinglet",
    "Sapsucker", "Verdin", "Thrasher", "Gnatcatcher", "Javelina", "Ringtail", "Chuckwalla", "Gila",
    "Paloverde", "Jojoba", "Creosote", "Brittlebush",
]  # fmt: skip
STREET_TYPES = [("St", 10), ("St.", 3), ("Street", 5), ("Ave", 8), ("Ave.", 2), ("Avenue", 3),
                ("Rd", 7), ("Road", 3), ("Dr", 6), ("Drive", 3), ("Ln", 4), ("Lane", 2),
                ("Blvd", 4), ("Blvd.", 1), ("Ct", 3), ("Court", 1), ("Pl", 1), ("Way", 2),
                ("Ter", 1), ("Cir", 2), ("Pkwy", 1), ("Trl", 1), ("Hwy", 1), ("Xing", 1),
                ("Cv", 1), ("Pt", 1), ("Run", 1), ("Sq", 1), ("Plz", 1), ("Row", 1)]  # fmt: skip
UNITS = ["Apt 4B", "Apt. 12", "Apt 203", "Apt B", "# 3", "#12C", "#208", "Unit 6", "Unit D",
         "Lot 17", "Lot 104", "Trlr 9", "Bsmt", "Rear", "Ste 310", "Fl 2", "Rm 14", "Apt 1F",
         "Bldg 3 Apt 112", "Apt 3-R", "Spc 42", "Apt 2 Up", "Apt. 7C", "Unit 1204"]  # fmt: skip
DIRECTIONS = ["N ", "S ", "E ", "W ", "N. ", "S. ", "E. ", "W. ", "NW ", "SE ", "North ",
              "South ", "West "]  # fmt: skip
POST_DIRECTIONS = [" NE", " NW", " SE", " SW", " N", " E"]
NUMBER_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                "Eleven", "Twelve", "Fourteen", "Sixteen", "Eighteen", "Twenty-Two",
                "Forty-One", "Fifty-Five", "Sixty", "One Hundred"]  # fmt: skip


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.03:
        return f"{rng.randint(2, 2999)} 1/2"
    if roll < 0.06:
        return f"{rng.randint(31, 249)}-{rng.randint(1, 79):02d}"
    if roll < 0.09:
        return f"{rng.randint(2, 2999)}{rng.choice('ABC')}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(100, 999),
                           rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(10000, 39999)]))  # fmt: skip


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def _street_line(rng: random.Random) -> str:
    name, kind = rng.choice(STREET_NAMES), _street_type(rng)
    pre = rng.choice([""] * 9 + DIRECTIONS)
    post = rng.choice([""] * 12 + POST_DIRECTIONS) if not pre else ""
    unit = rng.choice([""] * 14 + [" " + u for u in UNITS] + [", " + u for u in UNITS])
    return f"{_house_number(rng)} {pre}{name} {kind}{post}{unit}"


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["PO Box", "PO Box", "P.O. Box", "P O Box", "PO BOX", "Box", "POB",
                       "Post Office Box", "P.O. Box"])  # fmt: skip
    return f"{kind} {rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 99999)])}"


def rural_route(rng: random.Random) -> str:
    return rng.choice([
        f"RR {rng.randint(1, 9)} Box {rng.randint(1, 399)}", f"Rural Route {rng.randint(1, 6)}, Box {rng.randint(10, 250)}{rng.choice(['', '', 'A'])}",
        f"HC {rng.randint(60, 89)} Box {rng.randint(100, 9999)}", f"Route {rng.randint(1, 7)} Box {rng.randint(2, 180)}",
        f"{rng.randint(100, 19999)} County Rd {rng.randint(1, 899)}", f"{rng.randint(100, 9999)} County Road {rng.randint(100, 3999)} {rng.choice('NSEW')}",
        f"{rng.randint(1000, 29999)} US Hwy {rng.choice([41, 59, 64, 70, 83, 90, 98, 191, 281, 441])}",
        f"{rng.randint(100, 9999)} State Hwy {rng.randint(3, 299)}{rng.choice(['', ' W', ' N'])}",
        f"{rng.choice('NWSE')}{rng.randint(1000, 9999)} County Rd {rng.choice('ABCDGHKMPQTVYZ')}{rng.choice(['', 'K', 'Y'])}",
        f"{rng.randint(1000, 99999)} Old Hwy {rng.randint(5, 99)}", f"Mile Marker {rng.randint(2, 180)}, Hwy {rng.randint(10, 400)}",
    ])  # fmt: skip


def grid_address(rng: random.Random) -> str:
    """Utah and Wisconsin style grid addresses: no street name at all."""
    a, b = rng.choice("NS"), rng.choice("EW")
    return rng.choice([f"{rng.randint(100, 9999)} {a} {rng.randint(1, 99) * 100} {b}",
                       f"{rng.randint(100, 9999)} {b} {rng.randint(1, 99) * 100} {a}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "blind4") -> str:
    roll = rng.random()
    if roll < 0.06:
        return po_box(rng)
    if roll < 0.11:
        return rural_route(rng)
    if roll < 0.13:
        return grid_address(rng)
    if roll < 0.15:
        return f"{rng.choice(NUMBER_WORDS)} {rng.choice(STREET_NAMES)} {_street_type(rng)}"
    if roll < 0.18:
        line = _street_line(rng).split(",")[0]
        return f"{rng.choice(UNITS)}, {line}"
    line = _street_line(rng)
    return line.upper().replace(".", "") if roll < 0.22 else line


def casual_address(rng: random.Random) -> str:
    """As typed on a phone: lowercase, street type often dropped, unit squeezed in."""
    name = rng.choice(STREET_NAMES).lower()
    num = rng.choice(
        [str(rng.randint(2, 99)), str(rng.randint(100, 9999)), str(rng.randint(100, 9999))]
    )
    if rng.random() < 0.08:
        num = rng.choice(NUMBER_WORDS).lower()
    d = rng.choice(["", "", "", "n ", "s ", "e ", "w ", "north ", "west "])
    kind = rng.choice(["", "", "", " st", " ave", " rd", " dr", " ln", " blvd", " street", " road"])
    unit = rng.choice(["", "", "", " apt 2", " apt b", " #4", " unit 12", " lot 9", " upstairs",
                       " apt 310", " trlr 6", " bsmt apt", " #2r"])  # fmt: skip
    return f"{num} {d}{name}{kind}{unit}"


def street_upper(rng: random.Random) -> str:
    return _fold(_street_line(rng)).upper().replace(".", "").replace(",", "")


CITIES = [
    "Skokie", "Evanston", "Fontana", "Rialto", "Hesperia", "Inglewood", "Lynwood", "Downey",
    "Whittier", "Alhambra", "Montebello", "Paramount", "Gardena", "Kingsville", "Beeville",
    "Baytown", "Tomball", "Arlington", "Carrollton", "Denton", "Lewisville", "Pflugerville",
    "Clearwater", "Largo", "Pembroke Pines", "Miramar", "Plantation", "Lauderhill", "Melbourne",
    "Titusville", "Malden", "Somerville", "Perth Amboy", "Vineland", "Norristown",
    "Lawrenceville", "Norcross", "Doraville", "Chamblee", "Clarkston", "Riverdale", "Morrow",
    "Browning", "Tahlequah", "Pembroke", "Anadarko", "Okmulgee", "Belcourt", "Hardin", "Polson",
    "Mobridge", "Cloquet", "Salamanca", "Orem", "Appleton", "Waukesha", "Bentonville",
    "Winchester", "Hempstead", "Brentwood", "Abbeville", "Ville Platte", "Mamou", "Hahnville",
    "Metairie", "Kenner", "Chalmette", "Gretna", "Westwego", "Minden", "Pineville", "Leesville",
    "DeRidder", "Sulphur", "Waveland", "Prattville", "Newnan", "Toccoa", "Moultrie",
    "Kingsland", "Westfield", "Leominster", "Methuen", "Peabody", "Gloucester", "Attleboro",
    "Woburn", "Waltham", "Natick", "Marlborough", "Saco", "Waterville", "Torrington", "Norwich",
    "Willimantic", "Tukwila", "SeaTac", "Burien", "Lakewood", "Puyallup", "Beaverton", "Tigard",
    "Seaside", "Soledad", "Dinuba", "Sanger", "Parlier", "Kerman", "Firebaugh", "Atwater",
    "Livingston", "Ceres", "Lathrop", "Galt", "Roseville", "Rocklin", "Willits", "Avondale",
    "Goodyear", "Maricopa", "Eloy", "Bisbee", "Somerton", "Holbrook", "Safford", "Globe",
    "Payson", "Carlsbad", "Portales", "Tucumcari", "Grants", "Belen", "Mishawaka", "Merrillville",
    "Portage", "Steubenville", "Massillon", "Wooster", "Kettering", "Middletown", "Southfield",
    "Kentwood", "Immokalee", "Pahokee", "Clewiston", "LaBelle", "Arcadia", "Wauchula", "Bartow",
    "Apopka", "Zellwood", "Ruskin", "Wimauma", "Opa-locka", "Sweetwater", "Doral",
    "Raymondville", "Roma", "Hebbronville", "Pearsall", "Dilley", "Cotulla", "Floresville",
    "Pleasanton", "Lockhart", "Luling", "Belton", "Lampasas", "Navasota", "Vidor", "Splendora",
    "Kingwood", "Atascocita", "Channelview", "La Porte", "Seabrook", "La Marque", "Hitchcock",
    "Alvin", "Angleton", "Freeport", "Clute", "Wharton", "Rosenberg", "Stafford",
    "Bellaire", "Waller",
]  # fmt: skip
STATES = ["TX", "Tex.", "Texas", "GA", "Ga.", "FL", "Fla.", "Florida", "LA", "La.", "CA",
          "Calif.", "AZ", "Ariz.", "NM", "OK", "Okla.", "MT", "ND", "SD", "MN", "Minn.", "WI",
          "Wis.", "IN", "Ind.", "OH", "MI", "NY", "N.Y.", "NJ", "PA", "Pa.", "MA", "Mass.", "ME",
          "CT", "Conn.", "WA", "Wash.", "OR", "UT", "AR", "Ark.", "AL", "Ala.", "MS", "NC", "N.C."]  # fmt: skip


def city(rng: random.Random, _split: str = "blind4") -> str:
    return rng.choice(CITIES)


def city_upper(rng: random.Random) -> str:
    return _fold(city(rng)).upper()


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    # New England, New Jersey and Puerto Rico keep their leading zero.
    z = f"0{rng.randint(1001, 8999)}" if rng.random() < 0.12 else f"{rng.randint(10001, 99929):05d}"
    return z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.2 else "")


# --- dates and ages -------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOTTED = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
          "Dec."]  # fmt: skip
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip


def _ord(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _day(rng: random.Random, birth: bool | None = None) -> datetime.date:
    if birth is None:
        birth = rng.random() < 0.4
    if birth:  # the old weighted in: a clinic's panel is older than the population
        start = datetime.date(rng.choice([1921, 1930, 1940, 1950, 1960, 1975, 1990, 2005]), 1, 1)
        end = datetime.date(2023, 12, 31)
    else:
        start, end = datetime.date(2018, 1, 1), datetime.date(2026, 12, 31)
    return datetime.date.fromordinal(rng.randint(start.toordinal(), end.toordinal()))


def date(rng: random.Random) -> str:
    day = _day(rng)
    y, m, d, yy = day.year, day.month, day.day, day.year % 100
    month, ab, dot, th = MONTHS[m - 1], ABBR[m - 1], DOTTED[m - 1], _ord(d)
    return rng.choice([
        f"{m}/{d}/{y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}",
        f"{month} {d}, {y}", f"{month} {d}, {y}", f"{ab} {d}, {y}", f"{dot} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
        f"{month} {d}{th}", f"{month} {d}", f"{d} {month} {y}", f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{yy:02d}",
        f"{d:02d}-{ab}-{y}", f"{d:02d}{ab.upper()}{y}", f"{month} {d}{th}, {y}", f"{m}.{d}.{yy:02d}",
        f"{ab} {d}", f"{month.lower()} {d}", f"{m}/{d}", f"{d}-{ab}-{yy:02d}", f"{month} {y}",
    ])  # fmt: skip


def birth_date(rng: random.Random) -> str:
    day = _day(rng, birth=True)
    y, m, d = day.year, day.month, day.day
    return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}",
                       f"{m}-{d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"])  # fmt: skip


def day_th(rng: random.Random) -> str:
    """The day of the month alone, after "the": "the 14th"."""
    d = rng.randint(1, 31)
    return f"{d}{_ord(d)}"


def month_day_numeric(rng: random.Random) -> str:
    day = _day(rng, birth=False)
    m, d = day.month, day.day
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}"])


def mdyy(rng: random.Random) -> str:
    day = _day(rng)
    m, d, y = day.month, day.day, day.year
    return rng.choice([f"{m:02d}-{d:02d}-{y % 100:02d}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y % 100:02d}",
                       f"{m}-{d}-{y % 100:02d}", f"{m}.{d}.{y % 100:02d}"])  # fmt: skip


def day_month(rng: random.Random) -> str:
    day = _day(rng, birth=False)
    d, month = day.day, MONTHS[day.month - 1]
    return rng.choice([f"{d} {month.lower()}", f"{d} {month}", f"{d} {ABBR[day.month - 1]}",
                       f"{d}{_ord(d)} of {month.lower()}", f"{d}{_ord(d)} of {month}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    day = _day(rng, birth=False)
    d, month, ab = day.day, MONTHS[day.month - 1], ABBR[day.month - 1]
    return rng.choice([f"{month} {d}{_ord(d)}", f"{month.lower()} {d}{_ord(d)}", f"{month.lower()} {d}",
                       f"{ab} {d}{_ord(d)}", f"{DOTTED[day.month - 1]} {d}", f"{month} {d}", f"{ab.lower()} {d}"])  # fmt: skip


def month_year(rng: random.Random) -> str:
    day = _day(rng)
    return rng.choice([f"{MONTHS[day.month - 1]} {day.year}", f"{day.month:02d}/{day.year}",
                       f"{ABBR[day.month - 1]} {day.year}", f"{day.month}/{day.year % 100:02d}"])  # fmt: skip


def fecha(rng: random.Random) -> str:
    day = _day(rng)
    d, mes, y = day.day, MESES[day.month - 1], day.year
    dia = "1ro" if d == 1 else str(d)
    return rng.choice([f"{dia} de {mes}", f"{d} de {mes}", f"{d} de {mes} del {y}", f"{d} de {mes} de {y}",
                       f"{d}/{day.month}/{y}", f"{dia} de {mes.capitalize()}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    return _day(rng).isoformat()


def hl7_date(rng: random.Random) -> str:
    return _day(rng).strftime("%Y%m%d")


def hl7_ts(rng: random.Random) -> str:
    day = _day(rng, birth=False)
    hms = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    return rng.choice([day.strftime("%Y%m%d") + hms, day.strftime("%Y%m%d") + hms[:4],
                       day.strftime("%Y%m%d") + hms + rng.choice(["-0500", "-0600", "-0400"])])  # fmt: skip


def url_date(rng: random.Random) -> str:
    day = _day(rng, birth=True)
    return rng.choice([f"{day.month:02d}%2F{day.day:02d}%2F{day.year}", day.isoformat(),
                       f"{day.month}%2F{day.day}%2F{day.year}"])  # fmt: skip


def _clock(rng: random.Random) -> tuple[int, int, int, int]:
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)


def iso_ts(rng: random.Random) -> str:
    day, (hh, mi, ss, ms) = _day(rng, birth=False), _clock(rng)
    iso = day.isoformat()
    return rng.choice([f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
                       f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}{_digits(rng, 3)}+00:00",
                       f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}-05:00", f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}-06:00"])  # fmt: skip


def py_ts(rng: random.Random) -> str:
    """Python logging's asctime, as Django, Celery and gunicorn workers print it."""
    day, (hh, mi, ss, ms) = _day(rng, birth=False), _clock(rng)
    return f"{day.isoformat()} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}"


def pg_ts(rng: random.Random) -> str:
    day, (hh, mi, ss, ms) = _day(rng, birth=False), _clock(rng)
    return f"{day.isoformat()} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d} {rng.choice(['UTC', 'UTC', 'CST', 'EST'])}"


def gunicorn_ts(rng: random.Random) -> str:
    day, (hh, mi, ss, _) = _day(rng, birth=False), _clock(rng)
    return f"{day.isoformat()} {hh:02d}:{mi:02d}:{ss:02d} {rng.choice(['+0000', '-0500', '-0600'])}"


def clf_date(rng: random.Random) -> str:
    day = _day(rng, birth=False)
    return f"{day.day:02d}/{ABBR[day.month - 1]}/{day.year}"


def slash_date(rng: random.Random) -> str:
    return _day(rng, birth=False).strftime("%Y/%m/%d")


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(rng: random.Random) -> int:
    return rng.choice(
        [rng.randint(90, 94)] * 4 + [rng.randint(95, 99)] * 2 + [rng.randint(100, 106)]
    )


def age_over_89(rng: random.Random) -> str:
    n = _age(rng)
    return age_words_of(n, rng) if rng.random() < 0.12 else str(n)


def age_words_of(n: int, rng: random.Random) -> str:
    if n < 100:
        word = "ninety" + (f"-{_ONES[n - 90]}" if n > 90 else "")
        return rng.choice([word, word, word.replace("-", " "), word.capitalize()])
    rest = f" and {_ONES[n - 100]}" if n > 100 else ""
    return rng.choice(["one hundred", "a hundred", "one hundred"]) + rest


def age_words(rng: random.Random) -> str:
    return age_words_of(_age(rng), rng)


# --- numbers --------------------------------------------------------------------------------


def _us_parts(rng: random.Random) -> tuple[int, int, str]:
    a = rng.choice([n for n in range(201, 990) if n % 100 != 11 and n not in (555, 800, 888, 900)])
    b = rng.choice([n for n in range(201, 999) if n % 100 != 11 and n != 555])
    return a, b, _digits(rng, 4)


def phone(rng: random.Random) -> str:
    a, b, c = _us_parts(rng)
    return rng.choices([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"({a}){b}-{c}",
        f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"{a}-{b}-{c} x{rng.randint(2, 899)}",
        f"({a}) {b}-{c} ext. {rng.randint(10, 4999)}", f"{a}/{b}-{c}", f"1 ({a}) {b}-{c}",
    ], [9, 9, 3, 3, 3, 2, 2, 1, 2, 2, 1, 1, 1, 1])[0]  # fmt: skip


def phone_digits(rng: random.Random) -> str:
    """E.164 digits as they follow a URL-encoded plus sign."""
    a, b, c = _us_parts(rng)
    return f"1{a}{b}{c}"


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"], [8, 2, 3, 1]
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8), _digits(rng, 7), f"00{_digits(rng, 7)}", f"E{_digits(rng, 7)}", f"MR{_digits(rng, 6)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
        f"A{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}", f"Z{_digits(rng, 6)}", _digits(rng, 10),
    ])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + _letters(rng, 2, _MBI_ALPHA)
           + _digits(rng, 2))  # fmt: skip
    return rng.choice(
        [raw, raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}", f"{raw[:4]} {raw[4:7]} {raw[7:]}"]
    )


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), f"{_digits(rng, 8)}{_letters(rng, 1)}", f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
        f"{_digits(rng, 10)}", f"{_digits(rng, 11)}", f"{_letters(rng, 1)}{_digits(rng, 8)}",
    ])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return mbi(rng)
    if roll < 0.3:
        return medicaid_id(rng)
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 8)}{_letters(rng, 1)}",
        f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}-01", f"{_digits(rng, 9)} 01", f"{_letters(rng, 1)}{_digits(rng, 10)}",
        f"{_digits(rng, 11)}", f"{_letters(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 7)}", f"M{_digits(rng, 8)}{rng.randint(1, 4):02d}",
    ])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    body = rng.choice(["4", "4", "51", "52", "55", "6011", "37"])
    length = 15 if body == "37" else 16
    body += _digits(rng, length - 1 - len(body))
    full = body + _luhn(body)
    if length == 15:
        return rng.choice([full, f"{full[:4]} {full[4:10]} {full[10:]}"])
    sep = rng.choice([" ", "-", "", " "])
    return sep.join(full[i : i + 4] for i in range(0, 16, 4))


def account_number(rng: random.Random) -> str:
    if rng.random() < 0.06:
        return card_number(rng)
    return rng.choice([
        _digits(rng, 8), _digits(rng, 10), f"HAR{_digits(rng, 8)}", f"G{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}",
        f"{_digits(rng, 3)}-{_digits(rng, 7)}", f"PF{_digits(rng, 6)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}",
        f"AR-{_digits(rng, 8)}", f"{_digits(rng, 12)}", f"V{_digits(rng, 9)}",
    ])  # fmt: skip


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn("80840" + body)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + _initial(surname(rng)) + "".join(map(str, d)) + str(check)


def driver_license(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 8),  # TX
        f"{_letters(rng, 1)}{_digits(rng, 7)}",  # CA
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",  # FL
        _digits(rng, 9),  # GA, LA
        f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",  # IL
        f"{_letters(rng, 1)}{_digits(rng, 12)}",  # MI, MN
        f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",  # NY
        f"S{_digits(rng, 8)}",  # MA
        f"{_letters(rng, 2)}{_digits(rng, 6)}",  # OK-ish
        f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",  # PA-ish
        f"{_letters(rng, 1)}{_digits(rng, 8)}",  # AZ
    ])  # fmt: skip


def license_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        return npi(rng)
    if roll < 0.18:
        return dea(rng)
    if roll < 0.7:
        return driver_license(rng)
    return rng.choice([f"RN{_digits(rng, 7)}", f"{_digits(rng, 6)}RN", f"LPN {_digits(rng, 6)}", f"MD{_digits(rng, 5)}",
                       f"G{_digits(rng, 5)}", f"PA-{_digits(rng, 5)}", f"LCSW {_digits(rng, 5)}",
                       f"RPH{_digits(rng, 6)}", f"CNA{_digits(rng, 7)}"])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[0] = rng.choice("12345JKLSWY")
    chars[9] = rng.choice("89ABCDEFGHJKLMNPRS")  # model years 2008-2025
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",  # CA
        f"{_letters(rng, 3)}-{_digits(rng, 4)}",  # GA, PA
        f"{_letters(rng, 3)}{_digits(rng, 4)}",  # TX
        f"{_letters(rng, 3)} {_digits(rng, 4)}",
        f"{_letters(rng, 2)}{_digits(rng, 1)} {_letters(rng, 1)}{_digits(rng, 2)}",
        f"{_digits(rng, 3)} {_letters(rng, 3)}",  # LA, AR
        f"{_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 1)}{_digits(rng, 2)}",
        f"{_digits(rng, 1)}{_letters(rng, 2)} {_digits(rng, 3)}",
        f"{_letters(rng, 3)}-{_letters(rng, 1)}{_digits(rng, 2)}",
        rng.choice(["GRMA4EVR", "NANA 2", "MEEMAW1", "RN4LYFE", "DIALYZ", "BLSSD", "OLDSKUL", "HOGWILD"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    full = body + _luhn(body)
    return rng.choice(
        [
            full,
            full,
            f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}",
            f"{full[:8]} {full[8:14]} {full[14]}",
        ]
    )


def mac_address(rng: random.Random) -> str:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def device_id(rng: random.Random) -> str:
    hexu = "0123456789ABCDEF"
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"SN{_digits(rng, 9)}", f"{_digits(rng, 2)}{_letters(rng, 3)}{_digits(rng, 5)}",
        f"{_letters(rng, 1)}{_digits(rng, 9)}", f"{_digits(rng, 11)}", f"{_letters(rng, 2)}-{_digits(rng, 6)}",
        f"8G{_letters(rng, 4, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}", f"{_letters(rng, 4)}{_digits(rng, 4)}{_letters(rng, 2)}",
        imei(rng), mac_address(rng), _letters(rng, 12, hexu), f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"(01){_digits(rng, 14)}(21){_letters(rng, 2)}{_digits(rng, 6)}",
    ])  # fmt: skip


def ipv6(rng: random.Random) -> str:
    h = lambda: f"{rng.randint(1, 65535):x}"  # noqa: E731
    return rng.choice([
        f"2600:1700:{h()}:{h()}::{h()}", f"2601:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
        f"2607:fb90:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2603:6010:{h()}:{h()}::{h()}",
        f"fe80::{h()}:{h()}:{h()}:{h()}", f"2a02:{h()}:{h()}::{h()}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.18:
        return ipv6(rng)
    if roll < 0.28:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 9)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
    while True:
        a = rng.randint(12, 223)
        if a not in (100, 127, 169, 172, 192):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def uuid_like(rng: random.Random) -> str:
    hexl = "0123456789abcdef"
    return "-".join(_letters(rng, n, hexl) for n in (8, 4, 4, 4, 12))


def claim_number(rng: random.Random) -> str:
    return rng.choice([f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 10)}", f"CLM{_digits(rng, 9)}",
                       f"{_digits(rng, 14)}", f"E{_digits(rng, 11)}", f"{_digits(rng, 4)}-{_digits(rng, 7)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([
        claim_number(rng), f"PA{_digits(rng, 8)}", f"{_digits(rng, 7)}", f"REF-{_digits(rng, 6)}",
        f"CS{_digits(rng, 7)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 4)}", f"ENC{_digits(rng, 9)}",
        f"RX{_digits(rng, 7)}", f"{_digits(rng, 6)}-{_digits(rng, 2)}", uuid_like(rng), f"W{_digits(rng, 8)}",
        f"ACC{_digits(rng, 8)}", f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 6)}",
    ])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "WFIRST": ("NAME", word_first),
    "WLAST": ("NAME", word_last),
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "PNAME": ("NAME", professional_name),
    "INITIALS": ("NAME", initials),
    "LASTFIRST": ("NAME", last_first),
    "FNUP": ("NAME", upper_first),
    "LNUP": ("NAME", upper_last),
    "FNLOW": ("NAME", query_first),
    "LNLOW": ("NAME", query_last),
    "CASUAL": ("ADDRESS", casual_address),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "STREETUP": ("ADDRESS", street_upper),
    "CITYUP": ("CITY", city_upper),
    "DOB": ("DATE", birth_date),
    "DAYTH": ("DATE", day_th),
    "MD": ("DATE", month_day_numeric),
    "MDYY": ("DATE", mdyy),
    "DMON": ("DATE", day_month),
    "MONTHDAY": ("DATE", month_day),
    "MONYEAR": ("DATE", month_year),
    "ESDATE": ("DATE", fecha),
    "ISODATE": ("DATE", iso_date),
    "HLDATE": ("DATE", hl7_date),
    "HLTS": ("DATE", hl7_ts),
    "URLDATE": ("DATE", url_date),
    "TS": ("DATE", iso_ts),
    "PYTS": ("DATE", py_ts),
    "PGTS": ("DATE", pg_ts),
    "GUTS": ("DATE", gunicorn_ts),
    "CLFDATE": ("DATE", clf_date),
    "SLASHDATE": ("DATE", slash_date),
    "AGEW": ("AGE_OVER_89", age_words),
    "PHONEDIGITS": ("PHONE", phone_digits),
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
    "PORTALURL": ("URL", portal_url),
    "UUID": ("OTHER_ID", uuid_like),
    "CLAIM": ("OTHER_ID", claim_number),
}
