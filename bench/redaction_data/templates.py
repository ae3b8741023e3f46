"""Sentence templates per kind of text and split. Slots: {NAME} {FIRST} {SURNAME} {STREET}
{CITY} {STATE} {ZIP} {DATE} {AGE} {PHONE} {FAX} {EMAIL} {SSN} {MRN} {PLAN} {ACCOUNT} {LICENSE}
{VEHICLE} {DEVICE} {URL} {IP} {USER} {OTHER}; {STATE} is not PHI and is not scored. The tune
and heldout splits share no template; the blind split's templates live in blind.py, the blind2
split's in blind2.py, the blind3 split's in blind3.py, and the tune2 and tune3 splits' in tune2.py
and tune3.py (tune2, tune3, blind2 and blind3 also use a few slots of their own, listed in each
module's EXTRA_SLOTS). A split written as a module of its own (SPLIT_MODULES) is found by name:
its CHAT, LOGS, NOTES and PHI_FREE lists are read from it when the split is first asked for.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Splits that live in a module of the same name beside this file.
SPLIT_MODULES = (
    "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "blind11", "tune12", "tune13", "tune14", "blind12", "tune15", "blind13", "tune16", "blind14", "tune17", "blind15", "tune18", "blind16", "tune19", "blind17", "tune20", "blind18", "tune21", "blind19", "tune22"
)  # fmt: skip


def split_module(split: str) -> ModuleType | None:
    """The module holding ``split``'s templates and value functions, or None for the two
    splits whose templates are here and whose values come from values.py."""
    if split not in SPLIT_MODULES:
        return None
    return importlib.import_module(f"{__package__}.{split}")


class _BySplit(dict):
    """Templates keyed by split; a module split's list is loaded on first use."""

    def __init__(self, attr: str, inline: dict[str, list[str]]) -> None:
        super().__init__(inline)
        self._attr = attr

    def __missing__(self, split: str) -> list[str]:
        module = split_module(split)
        if module is None:
            raise KeyError(split)
        self[split] = getattr(module, self._attr)
        return self[split]


CHAT = _BySplit(
    "CHAT",
    {
        "tune": [
            "hi this is {NAME}, i need to reschedule my appointment on {DATE}",
            "my name is {NAME} and my date of birth is {DATE}",
            "can you call me back at {PHONE}? thanks",
            "it's {FIRST} again, the pharmacy said my refill isnt ready",
            "my mom {NAME} is {AGE} years old and fell yesterday, what should we do",
            "i moved to {STREET}, {CITY}, {STATE} {ZIP} so please update my address",
            "please send the forms to {EMAIL}",
            "my ssn is {SSN} if you need it for billing",
            "my mrn is {MRN} and i cant log in",
            "insurance member id {PLAN}, is that covered",
            "i live in {CITY} now, is there a clinic closer to me",
            "dr {SURNAME} told me to take it twice a day, is that right",
            "my username is {USER} and the portal says locked",
            "can you fax my records to {FAX}",
            "my wife {FIRST} has a fever of 101 since tuesday",
            "is my account {ACCOUNT} paid off",
            "the pharmacy needs your npi, mine is {LICENSE}",
            "my glucose meter serial number is {DEVICE} and it reads error",
            "parking ticket for plate {VEHICLE}, can the clinic validate",
            "i sent a message from {IP} but it didnt go through",
            "here is my blog {URL} where i track my sugars",
            "case # {OTHER} was never answered",
            "im {AGE} and my knees hurt all the time",
            "tell {NAME} i will be 10 minutes late",
            "text me at {PHONE} instead of calling",
            "born {DATE}, my name is {FIRST} {SURNAME}",
        ],
        "heldout": [
            "hello its {NAME} calling about my lab results from {DATE}",
            "please update my number to {PHONE}",
            "my daughter {NAME} needs a refill of her inhaler",
            "new address is {STREET} {CITY} {STATE} {ZIP}",
            "dob {DATE} name {NAME}",
            "could you email me at {EMAIL} instead",
            "social security {SSN}",
            "medical record number {MRN}, can you check my chart",
            "my policy number is {PLAN}",
            "we relocated to {CITY} last month",
            "i saw dr. {SURNAME} on {DATE} and still feel dizzy",
            "login {USER} doesnt work",
            "fax number for my cardiologist is {FAX}",
            "grandpa is {AGE} yrs old, should he get the flu shot",
            "my husband {NAME} will pick up the prescription",
            "billing acct {ACCOUNT} shows a balance",
            "my pump serial {DEVICE} keeps alarming",
            "vin {VEHICLE} for the accident report",
            "the link {URL} is my profile",
            "reference number {OTHER} from last call",
            "ip {IP} got blocked from the portal",
            "drivers license {LICENSE} for the id check",
            "{NAME} here, is the clinic open on saturday",
        ],
    },
)

LOGS = _BySplit(
    "LOGS",
    {
        "tune": [
            'INFO appointment.booked patient_name="{NAME}" slot={DATE} clinic=3',
            "WARNING sms.failed to={PHONE} reason=undeliverable attempt=2",
            '{{"event": "portal_login_failed", "username": "{USER}", "ip": "{IP}", "attempts": 4}}',
            "GET /api/v1/patients/search?last_name={SURNAME}&dob={DATE} 200 41ms",
            '{{"level": "error", "msg": "fhir sync failed", "mrn": "{MRN}", "retry": true}}',
            "ERROR email.bounce recipient={EMAIL} code=550",
            "DEBUG intake.parsed ssn={SSN} zip={ZIP} age={AGE}",
            "INFO fax.sent fax={FAX} pages=3 status=ok",
            'audit: user "{USER}" viewed chart of {NAME} from {IP}',
            '{{"event": "address_changed", "address": "{STREET}", "city": "{CITY}", "zip": "{ZIP}"}}',
            "claim.submitted member_id={PLAN} account={ACCOUNT} amount=125.00",
            "device.registered serial_number={DEVICE} firmware=2.4.1",
            "webhook.callback url={URL} status=200 latency_ms=88",
            "task=reminders.send patient_id={OTHER} phone={PHONE} result=queued",
            "INFO provider.verified npi={LICENSE} state={STATE}",
            "parking.validated plate={VEHICLE} lot=B duration_min=45",
            "POST /api/chat 200 ip={IP} user_agent=Mozilla/5.0",
            "Traceback: ValueError: invalid date {DATE} for patient {NAME}",
        ],
        "heldout": [
            '{{"ts": "2024-05-01T10:00:00Z", "patientFirstName": "{FIRST}", "patientLastName": "{SURNAME}", "status": "active"}}',
            "notify: sending reminder to {NAME} <{EMAIL}>",
            "PUT /api/v2/contacts?mobile={PHONE}&zip={ZIP} 204",
            "lookup mrn={MRN} by user={USER} ok",
            '{{"msg": "dob mismatch", "dob": "{DATE}", "remote_addr": "{IP}"}}',
            "billing: acct_no={ACCOUNT} policy_number={PLAN} denied",
            "fax queue: faxNumber={FAX} retries=1",
            "WARN geo: home city={CITY} state={STATE} outside service area",
            "INFO ssn verification ssn={SSN} result=match",
            "pump telemetry device_id={DEVICE} battery=40%",
            "redirect to={URL}",
            "encounter_id={OTHER} closed by {USER}",
            "error: could not parse address '{STREET}' for patient age={AGE}",
            "vehicle.vin={VEHICLE} transport booked",
            "license check license_number={LICENSE} result=valid",
        ],
    },
)

NOTES = _BySplit(
    "NOTES",
    {
        "tune": [
            "Patient: {NAME}. DOB: {DATE}. MRN: {MRN}.",
            "{NAME} is a {AGE} yo F presenting with shortness of breath.",
            "Pt seen by Dr. {SURNAME} on {DATE} for follow-up of type 2 diabetes.",
            "Address: {STREET}, {CITY}, {STATE} {ZIP}. Phone: {PHONE}.",
            "Spoke with daughter {NAME} at {PHONE} regarding discharge plan.",
            "Records faxed to {FAX} per patient request.",
            "Insurance: member ID {PLAN}; account # {ACCOUNT}.",
            "Pacemaker serial number {DEVICE} interrogated, normal function.",
            "Admitted {DATE}, discharged {DATE}.",
            "Patient email {EMAIL} confirmed for portal access.",
            "Mr. {SURNAME} reports chest pain since {DATE}.",
            "SSN {SSN} verified at registration.",
            "Lives alone in {CITY}; son {FIRST} visits weekly.",
            "Patient portal username {USER}; password reset sent.",
            "Driver's license {LICENSE} copied for chart.",
            "MVA: patient's vehicle VIN {VEHICLE}.",
            "{AGE}-year-old male with dementia, accompanied by wife {NAME}.",
        ],
        "heldout": [
            "Name: {NAME}  Date of birth: {DATE}  Medical record number: {MRN}",
            "Mrs. {SURNAME} is a pleasant {AGE} year old woman seen for hip pain.",
            "Referred by Dr. {NAME}; seen {DATE}.",
            "Home: {STREET}, {CITY}, {STATE} {ZIP}.",
            "Contact: {NAME}, tel {PHONE}, fax {FAX}.",
            "Policy number {PLAN}. Billing account {ACCOUNT}.",
            "Insulin pump S/N {DEVICE}.",
            "Seen in clinic {DATE} with her husband {FIRST}.",
            "Emergency contact: {NAME} ({PHONE}).",
            "Please forward results to {EMAIL}.",
            "Social security number {SSN} on file.",
            "Patient resides in {CITY} with family.",
            "License plate {VEHICLE} noted for disability parking.",
            "NPI {LICENSE}.",
            "Ms. {NAME} is a {AGE} y/o with CHF.",
        ],
    },
)

# Lines with no PHI at all, full of what looks like it: vitals, doses, lab values, codes,
# eponyms, ages under 90, weekdays, years alone, durations, drug names.
PHI_FREE = _BySplit(
    "PHI_FREE",
    {
        "tune": [
            "BP 132/84, HR 78, RR 16, SpO2 96% on room air, temp 99.1 F",
            "metformin 500 mg po bid, atorvastatin 40 mg qhs",
            "A1c 8.1% up from 7.4%, LDL 142 mg/dL",
            "Dx: E11.9, I10, Z79.4; CPT 99214",
            "History of Parkinson's disease and Bell's palsy",
            "67 yo M with COPD exacerbation, on prednisone 40 mg x 5 days",
            "i have had a headache for 3 days and took tylenol 500mg",
            "follow up on monday, labs in 2 weeks",
            "symptoms started in 2019 and got worse over the winter",
            "INFO cache.hit key=formulary ttl=3600",
            "GET /healthz 200 2ms",
            '{"event": "model_loaded", "model": "clinic-slm", "took_ms": 1532}',
            "Hgb 11.2, WBC 9.8, Plt 243, Na 138, K 4.1, Cr 1.02",
            "take 1/2 tablet of lisinopril 10 mg daily",
            "my sugar was 243 this morning is that bad",
            "Crohn's disease in remission on adalimumab 40 mg every 2 weeks",
            "LOINC 2345-7 glucose 112 mg/dL fasting",
            "she is 45 and has had asthma since she was 12",
            "worker=2 queue=default task=kb_reindex duration_s=12.4",
            "can i take ibuprofen with my blood pressure meds",
            "Alzheimer's dementia, MMSE 21/30",
            "walked 2 blocks before getting short of breath",
            "weight 82.5 kg, height 170 cm, BMI 28.5",
        ],
        "heldout": [
            "Pulse 64, BP 118/76, SpO2 99%",
            "amlodipine 5 mg daily; furosemide 20 mg bid",
            "TSH 2.4, free T4 1.1, vitamin D 18 ng/mL",
            "ICD-10 J45.909, CPT 94010 spirometry",
            "Graves disease treated with methimazole 10 mg",
            "52 year old with Addison's disease",
            "is it ok to take advil for 5 days in a row",
            "appointment next thursday or friday works",
            "diagnosed in 2015, surgery in 2018",
            "WARNING slow query took_ms=812 table=clinic_slot",
            '{"event": "retrieval", "k": 5, "index": "bm25", "hits": 3}',
            "eGFR 48, BUN 22, creatinine 1.4",
            "insulin glargine 20 units at bedtime",
            "pain 6/10 for 2 weeks, worse at night",
            "Down syndrome, congenital heart disease repaired 1998",
            "my dad is 78 and takes warfarin",
            "HTTP 500 on /api/chat after 30s timeout",
            "Hodgkin lymphoma in remission since 2010",
        ],
    },
)
