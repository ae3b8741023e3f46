"""Structured log text: ``key=value``, JSON ``"key": "value"`` and query strings.

In a log line the key says what the value is, so ``dob=1961-04-02`` or ``"last_name": "Nguyen"``
is found by its key, whatever the value looks like. The key is normalised (lower case, no
``_``/``-``/``.``, last dotted component) and looked up, first exactly and then by its ending
("patientFirstName" ends in "firstname"). "name" alone is not a suffix: ``hostname`` and
``queue_name`` are not people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote_plus

from compliance.redaction import ages, lexicon
from compliance.redaction.identifiers import imei_check_digit
from compliance.redaction.names.marks import person_value
from compliance.redaction.spans import Candidate
from compliance.redaction.states import STATE_RE

_KEYS: dict[str, tuple[str, ...]] = {
    "NAME": ("name", "firstname", "lastname", "fullname", "givenname", "familyname", "surname",
             "middlename", "maidenname", "patientname", "patient", "contactname", "displayname",
             "fname", "lname", "emergencycontact", "guardian", "nextofkin", "caregiver",
             "recipientname", "sendername", "spouse", "mothername", "fathername", "given", "family",
             "signedby", "author", "realname", "legalname", "preferredname", "nickname",
             "guarantor", "payer", "subscriber", "insured", "policyholder", "beneficiary",
             "prescriber", "addressee", "attn", "first", "last", "rider", "passenger", "candidate",
             "callername", "nokname"),
    "ADDRESS": ("address", "streetaddress", "street", "addr", "address1", "address2", "addressline1",
                "addressline2", "line1", "line2", "homeaddress", "mailingaddress", "billingaddress",
                "shippingaddress", "residence"),
    "CITY": ("city", "town", "municipality", "hometown", "birthplace", "county"),
    "ZIP": ("zip", "zipcode", "postal", "postalcode", "postcode", "zip5"),
    "DATE": ("dob", "birthdate", "dateofbirth", "birthday", "dod", "deathdate", "dateofdeath",
             "admitdate", "admissiondate", "admitted", "dischargedate", "discharged", "visitdate",
             "appointmentdate", "apptdate", "servicedate", "dos", "surgerydate", "procedure_date",
             "date", "scheduledfor", "appointmentat", "collectedat", "collecteddate", "deliverydate",
             "lmp", "edd", "duedate", "injurydate", "onsetdate", "datetime", "when"),
    "AGE_OVER_89": ("age", "patientage", "ageyears"),
    "PHONE": ("phone", "phonenumber", "mobile", "cell", "cellphone", "tel", "telephone", "homephone",
              "workphone", "contactphone", "msisdn", "mobilenumber", "callbacknumber", "sms", "to",
              "from"),
    "FAX": ("fax", "faxnumber", "faxno"),
    "EMAIL": ("email", "emailaddress", "mail", "contactemail", "recipient", "replyto", "cc", "bcc"),
    "SSN": ("ssn", "socialsecurity", "socialsecuritynumber", "ssnlast4", "taxid", "tin", "itin"),
    "MRN": ("mrn", "medicalrecordnumber", "medicalrecord", "chartnumber", "chartno", "mrnumber",
            "recordnumber", "patientmrn", "hospitalnumber", "hrn", "healthrecordnumber"),
    "HEALTH_PLAN_ID": ("memberid", "membernumber", "subscriberid", "policynumber", "policyid",
                       "policyno", "insuranceid", "insurancenumber", "planid", "healthplanid",
                       "groupnumber", "groupno", "groupid", "grp", "mbr", "memberno", "medicaidid",
                       "medicareid", "mbi", "beneficiaryid", "subscriberno", "insuredid"),
    "ACCOUNT_NUMBER": ("account", "accountnumber", "accountno", "acct", "acctno", "accountid",
                       "billingaccount", "cardnumber", "pan", "iban", "bankaccount", "claimnumber",
                       "invoicenumber", "guarantoraccount", "claimno", "acctnum", "har"),
    "LICENSE_NUMBER": ("license", "licensenumber", "licence", "licencenumber", "dl", "dlnumber",
                       "driverslicense", "dea", "deanumber", "npi", "certificate", "certnumber",
                       "passport", "passportnumber", "permit", "statelicense", "stateid", "npinumber"),
    "VEHICLE_ID": ("vin", "plate", "licenseplate", "plateno", "platenumber", "vehicleid", "tag"),
    "DEVICE_ID": ("deviceid", "deviceserial", "serial", "serialnumber", "serialno", "sn", "imei",
                  "udi", "macaddress", "mac", "implantid", "pumpid", "meterid", "sensorid",
                  "hardwareid", "devicetoken", "pushtoken", "iccid", "meid", "esn", "simid"),
    "URL": ("url", "website", "homepage", "profileurl", "link", "referer", "referrer"),
    "IP_ADDRESS": ("ip", "ipaddress", "clientip", "remoteaddr", "remoteip", "xforwardedfor",
                   "forwardedfor", "sourceip", "srcip", "peer", "host_ip", "clientaddress"),
    "USERNAME": ("user", "username", "login", "loginname", "handle", "screenname", "userlogin",
                 "accountname", "principal", "portaluser", "uid", "actor", "owner", "createdby",
                 "updatedby", "modifiedby", "deletedby", "requestedby", "approvedby", "assignee",
                 "operator", "performedby", "enteredby", "reviewer", "assignedto", "by", "sub",
                 "approver", "requester", "requestor", "tech", "technician", "verifier"),
    "OTHER_ID": ("patientid", "ptid", "pid", "personid", "memberkey", "caseid", "encounterid",
                 "claimid", "subjectid", "employeeid", "badgeid", "studentid", "externalid",
                 "ehrid", "fhirid", "patientuuid", "guid", "userid", "accession", "caseno",
                 "refno", "confirmation"),
}  # fmt: skip
_EXACT = {key: label for label, keys in _KEYS.items() for key in keys}
# A single-word key that ends with an identifier key ("patientphone", "homeaddress") is one
# when what comes before is one of these; "template" does not end in "plate" that way.
_KEY_PREFIXES = frozenset(
    [
        "patient", "pt", "home", "work", "mobile", "cell", "contact", "member", "billing",
        "mailing", "emergency", "primary", "secondary", "guarantor", "subscriber", "insured",
        "user", "customer", "client", "person", "provider", "ordering", "referring", "attending",
        "prescriber", "last", "first", "current", "new", "old", "alt", "other", "parent", "mother",
        "father", "spouse", "caller", "callback", "reply", "sender", "recipient", "owner",
        "beneficiary", "dest", "src", "remote", "client"
    ]
)  # fmt: skip
# "guarantor_name", "insured_name": "name" alone ends a key for a person only after one of
# these ("queue_name", "file_name" are not people).
_PERSON_WORDS = frozenset(
    [
        "patient", "pt", "guarantor", "subscriber", "insured", "member", "contact", "emergency",
        "caller", "recipient", "sender", "provider", "doctor", "physician", "prescriber", "parent",
        "mother", "father", "spouse", "guardian", "caregiver", "kin", "beneficiary", "policyholder",
        "holder", "payer", "full", "given", "family", "first", "last", "middle", "maiden", "legal",
        "preferred", "user", "member"
    ]
)  # fmt: skip
# AAMVA driver's licence barcode elements, in capitals as the standard writes them.
_AAMVA = {
    "DAQ": "LICENSE_NUMBER", "DCS": "NAME", "DAC": "NAME", "DAD": "NAME", "DCT": "NAME",
    "DAA": "NAME", "DBB": "DATE", "DBA": "DATE", "DBD": "DATE", "DAG": "ADDRESS",
    "DAH": "ADDRESS", "DAI": "CITY", "DAK": "ZIP", "DCF": "OTHER_ID",
}  # fmt: skip
# Keys that end like an identifier key but are not one.
_NOT_KEYS = frozenset(
    [
        "hostname",
        "servicename",
        "queuename",
        "filename",
        "modelname",
        "eventname",
        "taskname",
        "drugname",
        "medicationname",
        "testname",
        "labname",
        "codename",
        "appname",
        "tablename",
        "fieldname",
        "viewname",
        "loggername",
        "classname",
        "funcname",
        "displayurl",
        "staticurl",
        "baseurl",
        "endpointurl",
        "apiurl",
        "requesturl",
        "healthurl",
        "statusurl",
        "mediaurl",
        "updatedate",
        "createdate",
        "createddate",
        "updateddate",
        "modifieddate",
        "lastlogindate",
        "timestampdate",
        "requestid",
        "traceid",
        "spanid",
        "correlationid",
        "sessionid",
        "jobid",
        "taskid",
        "messageid",
        "eventid",
        "deviceos",
        "devicetype",
        "devicemodel",
        "useragent",
        "usertype",
        "userrole",
    ]
)
_PAIR_RE = re.compile(
    r"(?P<kq>[\"']?)(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{0,48})(?P=kq)\s*(?P<sep>=|:)\s*"
    r"(?P<val>\"(?:[^\"\\]|\\.)*\"|'[^']*'|(?P<array>\[\s*\")(?:[^\"\\]|\\.)*\"|[^\s&,;|}\])\"'?=]+)"
)
# XML elements: <familyName>Smith</familyName>, <dob>1950-03-04</dob>.
_XML_RE = re.compile(
    r"<(?P<key>[A-Za-z_][\w.:-]{0,40})(?:\s[^<>]*)?>(?P<val>[^<>]{1,120})</(?P=key)>"
)
# FHIR identifiers and contact points: {"system": "...", "value": "..."}.
_FHIR_RE = re.compile(
    r"\"system\"\s*:\s*\"(?P<system>[^\"]+)\"\s*,\s*\"value\"\s*:\s*\"(?P<val>[^\"]+)\""
    r"|\"value\"\s*:\s*\"(?P<val2>[^\"]+)\"\s*,\s*\"system\"\s*:\s*\"(?P<system2>[^\"]+)\""
)
_FHIR_SYSTEMS = [
    (re.compile(r"2\.16\.840\.1\.113883\.4\.1$|us-ssn|ssn", re.I), "SSN"),
    (re.compile(r"2\.16\.840\.1\.113883\.4\.6$|us-npi|npi", re.I), "LICENSE_NUMBER"),
    (re.compile(r"mbi|medicare|medicaid|member|coverage", re.I), "HEALTH_PLAN_ID"),
    (re.compile(r"\bmrn?\b|medical.?record|/mrn", re.I), "MRN"),
    (re.compile(r"^(?:phone|sms|pager)$", re.I), "PHONE"),
    (re.compile(r"^fax$", re.I), "FAX"),
    (re.compile(r"^email$", re.I), "EMAIL"),
    (re.compile(r"^url$", re.I), "URL"),
]
# A field named beside its value: {"field":"subscriber.memberId","value":"H44-9187-906"}.
_FIELD_VALUE_RE = re.compile(
    r"\"(?:field|name|key|attribute|attr|path|param|column)\"\s*:\s*\"(?P<key>[\w.-]{1,60})\"\s*,"
    r"\s*\"value\"\s*:\s*\"(?P<val>[^\"]{1,120})\""
)
_EMPTY = frozenset(
    {"", "null", "none", "nil", "-", "n/a", "na", "true", "false", "undefined", "***", "redacted"}
)
# The next string of a JSON array: '"given":["Ogbonnaya", "G"]'.
_ARRAY_MORE = re.compile(r"\s*,\s*\"(?P<v>[^\"\\]{1,60})\"")
# "PROUD^SHAMPA": DICOM and HL7 join a person's name parts with carets.
_NAME_VALUE = re.compile(r"^[^\W\d_]+(?:(?:['\u2019.\- ^]|,\s?|\+|%20)+[^\W\d_]+){0,5}\.?\^*$")
# "q=Lubna+Fonseka": a search for a person, two or more capitalised words.
# A video visit's join link names who joins: "join?room=...&display=Hangxiong%2C+Mouachee".
_SEARCH_KEYS = frozenset(["q", "query", "search", "term", "searchterm", "lookup", "display"])
_SEARCHED_PERSON = re.compile(r"^[A-Z][a-z'\u2019-]+(?:(?:\+|%20|\s)+[A-Z][a-z'\u2019-]+){1,3}$")
# "q=perozo%2cyonathan": a search for "surname,given", in any case.
_SEARCHED_SURNAME_GIVEN = re.compile(
    r"^[^\W\d_][^\W\d_'\u2019-]+(?:,|%2[cC])(?:\+|%20)?[^\W\d_][^\W\d_'\u2019-]+$"
)
# DICOM age strings: "095Y" is 95 years.
_DICOM_AGE = re.compile(r"^0?(\d{2,3})Y$")
# "by=hetal-rajapaksha-17": after a bare "by", only a value with the marks of a login.
_BY_USERNAME = re.compile(r"^[A-Za-z][\w.\\-]*[\d._\\-][\w.-]*$")
# Keys after which only a value with the marks of a login is one: "approver=lmastaki2",
# "tech=ngwe_shwezin"; not "tech=ultrasound", "requester=portal".
_SHAPED_LOGIN_KEYS = frozenset(
    ["by", "approver", "requester", "requestor", "tech", "technician", "verifier"]
)
# Keys that are an identifier key only as the whole key: "by=jdoe", but not "sort_by".
_WHOLE_KEY_ONLY = frozenset(["by", "sub"])
_FREE_TEXT_LABELS = ("NAME", "ADDRESS", "CITY")
_CAPITALISED_RUN = re.compile(r" (?:[A-Z][\w'.-]*)(?= |$)")
_FREE_TEXT_END = re.compile(r"[,;|\n]|\s+[A-Za-z_]+\s*[:=]|\s+-\s")
# "Surname, First" after a name key, up to the next comma or the end of the field.
_GIVEN_AFTER_COMMA = re.compile(r", [A-Z][\w'\u2019.-]+(?=\s*(?:[,;|\n]|$|\s{2}|\s-))")
# An identifier's value ends at the first word of a sentence: "92 exceeds 120", "200328307 is
# not a valid SSN".
_SENTENCE_WORD = re.compile(r"\s+[a-z]{2,}\b")
_MORE_DIGITS = re.compile(r" \d{2,10}(?=[\s|,;&]|$)")
_AGE_WORDS = re.compile(r"^(?:ninety|one hundred|a hundred)(?:[\s-]+(?:and\s+)?[a-z]+)?$", re.I)
# Keys that say whose record a line is about: their value is an id ("pt=E5774867") or a name.
# A name there is "Surname, Given" up to the end of the field: "pt=Luitel, Eiderdown | ...",
# whatever its words are.
_PERSON_KEYS = frozenset(["pt", "patient", "resident", "client"])
_SURNAME_COMMA_GIVEN = re.compile(
    r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?, ?[A-Z][\w'\u2019-]+(?: [A-Z]\.?)?"
    r"(?=\s*(?:[,;|&\n]|$)|\s{2}|\s-\s|\s+\w+[=:])"
)


def _some_name_word(value: str) -> bool:
    """A word a name list knows or no dictionary does: "Luitel, Eiderdown", not "Stable,
    Improving"."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", value)]
    return any(
        w in lexicon.first_names() or w in lexicon.last_names() or w not in lexicon.common_words()
        for w in words
    )


# Keys for the people of a care team: their value is a name unless it is a role or a service
# ("attending=JOIYA", "interpreter=Amaryllis"; not "attending=hospitalist", "aide=none").
_CARE_TEAM_KEYS = frozenset(
    ["attending", "attendingphysician", "attendingmd", "pcp", "physician", "doctor", "nurse",
     "aide", "interpreter", "driver", "chaplain", "clinician", "surgeon", "midwife",
     "caseworker", "socialworker", "pca", "scribe", "therapist", "resident", "fellow",
     "coordinator", "navigator", "dietitian", "pharmacist", "chw", "caller", "familycontact"]
)  # fmt: skip


# A device named after its owner: "hostname=tilla-ipad", "host: Marcos-MacBook-Pro".
_OWNED_HOST_RE = re.compile(
    r"(?i:host(?:_?name)?)[\"']?\s*[=:]\s*[\"']?(?P<owner>[^\W\d_]{2,})(?:['\u2019]?s)?[-_]"
    r"(?i:ipad|iphone|macbook|mbp|laptop|pc|phone|android|galaxy|pixel|surface|desktop|"
    r"chromebook|tablet|kindle|imac|mac|thinkpad|dell|hp|lenovo)(?![^\W\d_])"
)
# Roles, services and vendors no dictionary holds: the value of a care-team key, not a name.
_CARE_TEAM_ROLES = frozenset(
    ["hospitalist", "intensivist", "nocturnist", "laborist", "locum", "locums", "oncall", "tbd",
     "unassigned", "uber", "lyft", "medicab", "cyracom", "lionbridge", "languageline", "vri",
     "opi", "ems", "inhouse", "prn", "moonlighter"]
)  # fmt: skip


# A service's account, not a person: "sched-ui", "rcm-batch", "hl7-worker".
_SYSTEM_WORDS = frozenset(
    ["batch", "ui", "api", "svc", "service", "job", "worker", "cron", "bot", "sync", "scheduler",
     "gateway", "app", "web", "system", "integration", "interface", "engine", "daemon", "queue",
     "ivr", "anonymous", "blocked", "private", "withheld"]
)  # fmt: skip


def _care_team_name(value: str) -> bool:
    """A name rather than a role or a system: a listed name, or a word no dictionary or
    clinical list holds ("JOIYA", "kangi braveheart"; not "hospitalist", "night float",
    "rcm-batch")."""
    raw = re.findall(r"[^\W\d_]{2,}", value)
    words = [w.lower() for w in raw]
    if any(w in lexicon.SERVICES or w in _CARE_TEAM_ROLES or w in _SYSTEM_WORDS for w in words):
        return False
    return any(
        w not in lexicon.CLINICAL_WORDS
        and (
            w in lexicon.first_names()
            or w in lexicon.last_names()
            or not lexicon.is_english(w)
            # "nurse=Nining": capitalised, and no English lemma itself (only a stem is).
            or (
                r[:1].isupper()
                and w not in lexicon.english_words()
                and w not in lexicon.common_words()
            )
        )
        for r, w in zip(raw, words, strict=True)
    )


# Keys that name a person only when their value is quoted: for="Kourosh A. Tehrani".
_QUOTED_NAME_KEYS = frozenset(["for", "with", "patient_name"])
# 'value="Springfield, Illinois"': a quoted place and its state is a town, not "Surname,
# Given" (unless the state is a given name too: "Richmond, Virginia" may be a person).
_PLACE_STATE_VALUE = re.compile(
    rf"(?P<place>[A-Z][^\W\d_]*(?:[ '-][A-Z][^\W\d_]*){{0,2}}),\s*(?P<state>(?i:{STATE_RE}))"
)
_NOT_AGE_WORDS = frozenset(
    ["max", "min", "cache", "token", "cookie", "file", "page", "data", "log", "retention",
     "session", "password", "key", "record", "message", "msg", "link", "object", "item", "s"]
)  # fmt: skip
_REFERENCE_WORDS = frozenset(["ref", "no", "num", "nbr", "number"])
_NOT_REFERENCES = frozenset(
    ["build", "job", "batch", "page", "line", "row", "version", "port", "step", "retry", "attempt",
     "seq", "sequence", "error", "status", "exit", "run", "task", "worker", "thread", "process",
     "pid", "lot", "commit", "release", "schema", "migration", "shard", "partition", "offset",
     "chunk", "part", "frame", "packet", "col", "column", "field", "item", "count", "max", "min"]
)  # fmt: skip
# Where an error message quotes a value and then names its field: could not convert
# '014548-XS' (field=visit_ref).
_QUOTED_FIELD_RE = re.compile(
    r"(?P<q>['\"])(?P<val>[^'\"\n]{3,60})(?P=q)\s*\(\s*(?:field|column|key|attr\w*|param\w*)"
    r"\s*[=:]\s*(?P<key>[\w.-]+)"
)
# PostgreSQL's constraint errors: DETAIL: Key (mrn)=(623-94-83) already exists.
_PSQL_DETAIL_RE = re.compile(r"\((?P<key>[\w.]{2,40})\)=\((?P<val>[^()\n]{1,80})\)")
# "WHERE lower(last_name)='chhor'": a column inside a SQL function, compared with a literal.
_SQL_FUNCTION_RE = re.compile(
    r"\b(?i:lower|upper|trim|btrim|coalesce|unaccent)\((?P<key>[\w.]{2,40})\)\s*(?:=|(?i:i?like))\s*"
    r"'%?(?P<val>[^'%\n]{1,80})%?'"
)
# "INSERT INTO roster (name, age, phone) VALUES ('latrelle brinson', 97, '3522134363')": each
# value by its column.
_SQL_INSERT_RE = re.compile(
    r"\b(?i:insert\s+into)\s+[\w.\"]+\s*\((?P<cols>[\w\s,\"]{1,400})\)\s*(?i:values)\s*\("
)
_SQL_VALUE_RE = re.compile(r"\s*(?:'(?P<q>(?:[^'\n]|'')*)'|(?P<v>[^,()'\n]*?))\s*(?:,|\))")
# FHIR references to a person: "patient":{"reference":"Patient/9","display":"Hanbyeol Oarlock"}.
_PERSON_REFERENCE_RE = re.compile(
    r"\"(?:patient|subject|requester|performer|author|recorder|asserter|beneficiary|subscriber|"
    r"policyHolder|practitioner|individual)\"\s*:\s*\{[^{}]{0,200}?"
    r"\"display\"\s*:\s*\"(?P<val>[^\"\n]{2,60})\""
)
# "CALLERID(name)=\"NORBERTA WEECH\"": who a call is from, in an Asterisk log.
_CALLER_ID_NAME_RE = re.compile(
    r"\bCALLERID\(name\)\s*=\s*(?:\"(?P<val>[^\"\n]{2,60})\"|(?P<bare>[^\s\"]{2,60}))"
)
_WORD_SPLIT = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


_QUALIFIERS_AFTER = frozenset(
    ["old", "new", "prev", "previous", "current", "orig", "original", "raw", "alt", "1", "2", "3",
     "a", "b", "guess", "entered", "candidate", "input", "typed", "given", "provided"]
)  # fmt: skip
# "last_patient=23210375", "from_patient=14851071": a patient key whose value is a record number.
_RECORD_NUMBER = re.compile(r"[A-Z]{0,3}\d[\d-]{4,}")


def key_label(key: str) -> str | None:
    if key in _AAMVA:
        return _AAMVA[key]
    last = key.rsplit(".", 1)[-1]
    words = [w.lower() for w in _WORD_SPLIT.findall(last)]
    norm = "".join(words)
    if norm in _NOT_KEYS:
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    # Whole words at the end: "ordering_npi", "adjuster_fax", "ocr_patient", "guarantorName".
    for k in range(1, len(words)):
        tail = "".join(words[k:])
        if tail == "name" and _PERSON_WORDS.isdisjoint(words[:k]):
            continue  # "queue_name", "file_name"; not "PT_DEBUG_NAME"
        if tail == "age" and words[k - 1] in _NOT_AGE_WORDS:
            continue  # "max-age", "cache_age"; "declared_age", "raw_age" are a person's
        if tail in _EXACT and tail not in _NOT_KEYS and tail not in _WHOLE_KEY_ONLY:
            return _EXACT[tail]
    # "iccid_old", "phone_new", "email_2": a qualifier after the key changes nothing.
    if len(words) > 1 and words[-1] in _QUALIFIERS_AFTER:
        return key_label("_".join(words[:-1]))
    # "visit_ref", "claim_no", "rx_num": a reference to one record is an identifier.
    if (
        len(words) > 1
        and words[-1] in _REFERENCE_WORDS
        and norm not in _NOT_KEYS
        and not _NOT_REFERENCES.intersection(words)
    ):
        return "OTHER_ID"
    # One word made of a known prefix and a key: "patientphone", "homeaddress".
    for k in range(2, len(norm) - 1):
        if norm[:k] in _KEY_PREFIXES and norm[k:] in _EXACT and norm[k:] != "name":
            return _EXACT[norm[k:]]
    return None


def _value_fits(label: str, value: str) -> bool:
    plain = unquote_plus(value).strip()
    if plain.lower() in _EMPTY or plain.startswith("[") or plain.startswith("{"):
        return False
    if not any(ch.isalnum() for ch in plain):
        return False  # "Address: ________": a blank form field
    if re.search(r"%[A-Za-z]", plain) and not re.search(r"%[0-9A-F]{2}", plain):
        return False  # a format string ("%Y-%m-%d"), not a value
    digits = sum(ch.isdigit() for ch in plain)
    if label == "NAME":
        # "BP-Cuff" names a device: an acronym joined to a word. "payer=HMSA": a health plan.
        return (
            bool(_NAME_VALUE.match(plain))
            and plain.lower() not in lexicon.PAYERS
            and "_" not in value
            and ("^" in plain or not re.search(r"(?:^|-)[A-Z]{2,4}-|-[A-Z]{2,4}$", plain))
        )
    if label == "CITY":
        return bool(_NAME_VALUE.match(plain))
    if label == "AGE_OVER_89":
        if dicom := _DICOM_AGE.match(plain):
            plain = dicom.group(1)
        return (plain.isdigit() and 90 <= int(plain) <= 125) or bool(_AGE_WORDS.match(plain))
    if label in ("PHONE", "FAX"):
        return digits >= 7
    if label == "DATE":
        return digits >= 3 or (any(ch.isalpha() for ch in plain) and len(plain) >= 5)
    if label == "ZIP":
        return 3 <= digits <= 9
    if label == "EMAIL":
        return "@" in plain
    if label == "IP_ADDRESS":
        return digits >= 2 and ("." in plain or ":" in plain)
    if label in ("USERNAME", "URL", "ADDRESS"):
        return (len(plain) >= 2 and not plain.isdigit()) or (label == "ADDRESS" and digits > 0)
    if label == "SSN":
        return digits >= 9
    if label == "VEHICLE_ID":  # "tag=latest" is a release, "tag=7ABC123" a plate
        return 4 <= len(plain) <= 17 and digits > 0 and any(ch.isalpha() for ch in plain)
    return len(plain) >= 3 and digits > 0


def _identifier_end(text: str, start: int, end: int, label: str) -> int:
    """An identifier's value without the sentence after it, with digit groups after a space."""
    if label in _FREE_TEXT_LABELS or label in ("DATE", "PHONE", "FAX"):
        return end
    value = text[start:end]
    if label == "AGE_OVER_89" and _AGE_WORDS.match(value.strip()):
        return end
    m = _SENTENCE_WORD.search(value)
    if m:
        end = start + m.start()
    if re.fullmatch(r"[A-Z]{0,4}\d{6,}", text[start:end]) and (
        suffix := re.compile(r" \d{2}(?![\w.-])").match(text, end)
    ):
        return suffix.end()  # "plan_id=SHT215101390 01": the person's suffix on the plan
    if text[start:end].isdigit() or re.fullmatch(r"[A-Z]{2,4}", text[start:end]):
        # "imei=49 680604 196442 1", "subscriber_id=ETF 809342011"
        while more := _MORE_DIGITS.match(text, end):
            end = more.end()
        end = imei_check_digit(text, start, end)
    return end


def _free_text_end(text: str, start: int, label: str) -> int:
    """ "patient=Vikram E. Menon room=4", "Name: John A. Smith, DOB ...": the value runs to the
    next separator ("Surname, First" keeps its comma)."""
    rest = _FREE_TEXT_END.search(text, start)
    end = min(rest.start() if rest else len(text), start + 80)
    if label == "NAME" and (more := _GIVEN_AFTER_COMMA.match(text, end)):
        end = more.end()
    return start + len(text[start:end].rstrip())


def _inserted_values(text: str, m: re.Match[str]) -> Iterator[Candidate]:
    """The values of a SQL INSERT, each labelled by its column's name."""
    columns = [c.strip().strip('"') for c in m.group("cols").split(",")]
    pos = m.end()
    for column in columns:
        value = _SQL_VALUE_RE.match(text, pos)
        if value is None:
            return
        pos = value.end()
        group = "q" if value.group("q") is not None else "v"
        label = key_label(column)
        if label and _value_fits(label, value.group(group)):
            yield Candidate(value.start(group), value.end(group), label, 0.85)


def find_key_values(text: str) -> Iterator[Candidate]:
    # Every pair has its "=" or ":", a FHIR identifier its "system" key (most chat has neither).
    pos = 0
    pairs = "=" in text or ":" in text
    while pairs and (m := _PAIR_RE.search(text, pos)):
        # "billing: acct_no=123": the value of one pair may be the key of the next, so the
        # scan goes on from the value rather than past it.
        pos = m.start("val")
        label = key_label(m.group("key"))
        if label is None and m.group("key") == "line" and m.group("array"):
            label = "ADDRESS"  # FHIR "line":["23979 W Mowry Rd","Efficiency"], each line
        if label is None and m.group("key") in _QUOTED_NAME_KEYS and m.group("val")[:1] == '"':
            label = "NAME"  # rides.quote for="Kourosh A. Tehrani"
        if (
            label is None
            and m.group("key").lower() in _SEARCH_KEYS
            and (
                _SEARCHED_PERSON.match(m.group("val"))
                or (
                    _SEARCHED_SURNAME_GIVEN.match(m.group("val"))
                    and _some_name_word(unquote_plus(m.group("val")))
                )
            )
        ):
            label = "NAME"
        if (
            label is None
            # A log's key=value or a JSON field; a note's "Attending: ..." is the name pass's.
            and (m.group("sep") == "=" or m.group("val")[:1] == '"')
            and re.sub(r"[_.-]", "", m.group("key").lower()) in _CARE_TEAM_KEYS
            and _value_fits("NAME", m.group("val").strip("\"'"))
            and _care_team_name(m.group("val"))
        ):
            label = "NAME"
        if (
            label is None
            and m.group("key").lower() in _PERSON_KEYS
            and (name := _SURNAME_COMMA_GIVEN.match(text, m.start("val")))
            and _some_name_word(name.group())
        ):
            pos = name.end()
            yield Candidate(name.start(), name.end(), "NAME", 0.8)
            continue
        quoted = m.group("val")[:1] == '"'
        if (
            label is None
            and quoted
            and (place := _PLACE_STATE_VALUE.fullmatch(text, m.start("val") + 1, m.end("val") - 1))
            and place.group("state").lower().rstrip(".") not in lexicon.first_names()
        ):
            pos = m.end("val")
            yield Candidate(place.start("place"), place.end("place"), "CITY", 0.8)
            continue
        if (
            (label is None or (label in ("PHONE", "EMAIL", "USERNAME") and quoted))
            and quoted
            and person_value(m.group("val")[1:-1])
        ):
            pos = m.end("val")
            yield Candidate(m.start("val") + 1, m.end("val") - 1, "NAME", 0.8)
            continue
        if label is None:
            continue
        pos = m.end("val")
        start, end = m.start("val"), m.end("val")
        value = m.group("val")
        if m.group("array"):
            start, end = m.end("array"), end - 1
        elif value[:1] in "\"'":
            start, end = start + 1, end - 1
        elif label == "AGE_OVER_89" and (words := ages.WORDS_RE.match(text, start)):
            end = words.end()  # age_years=a hundred and two
        elif label in _FREE_TEXT_LABELS and (
            m.group("sep") == ":" or _CAPITALISED_RUN.match(text, end)
        ):
            end = _free_text_end(text, start, label)
        end = _identifier_end(text, start, end, label)
        value = text[start:end]
        if m.group("key").lower() == "pid" and value.isdigit() and len(value) <= 5:
            continue  # a process id ("worker pid=412"), not a patient's
        if m.group("key").lower() in _SHAPED_LOGIN_KEYS and not _BY_USERNAME.match(value):
            continue  # "by=ci", "tech=ultrasound": a system or a service, not a person's login
        if (
            label == "NAME"
            and m.group("key").lower().endswith(("patient", "pt"))
            and _RECORD_NUMBER.fullmatch(value)
        ):
            label = "MRN"
        if not _value_fits(label, value):
            continue
        yield Candidate(start, end, label, 0.85)
        # "given":["Ogbonnaya","G"], "line":["12 Elm St","Bsmt"]: every part of the array.
        more = end + 1
        while (
            m.group("array")
            and label in ("NAME", "ADDRESS")
            and (part := _ARRAY_MORE.match(text, more))
        ):
            more = part.end()
            if _value_fits(label, part.group("v")):
                yield Candidate(part.start("v"), part.end("v"), label, 0.85)
    for m in _OWNED_HOST_RE.finditer(text) if "host" in text.lower() else ():
        if _care_team_name(m.group("owner")):
            yield Candidate(m.start("owner"), m.end("owner"), "NAME", 0.8)
    for m in _FIELD_VALUE_RE.finditer(text) if '"value"' in text else ():
        label = key_label(m.group("key"))
        if label and _value_fits(label, m.group("val")):
            yield Candidate(m.start("val"), m.end("val"), label, 0.85)
    for pattern in (_PSQL_DETAIL_RE, _SQL_FUNCTION_RE):
        for m in pattern.finditer(text):
            label = key_label(m.group("key").rsplit(".", 1)[-1])
            if label and _value_fits(label, m.group("val")):
                yield Candidate(m.start("val"), m.end("val"), label, 0.85)
    for m in _SQL_INSERT_RE.finditer(text) if "(" in text else ():
        yield from _inserted_values(text, m)
    for m in _PERSON_REFERENCE_RE.finditer(text) if '"display"' in text else ():
        value = m.group("val").strip()
        if _value_fits("NAME", value) and not value.lower().startswith(("patient/", "urn:")):
            start = m.start("val") + m.group("val").index(value)
            yield Candidate(start, start + len(value), "NAME", 0.85)
    for m in _CALLER_ID_NAME_RE.finditer(text) if "CALLERID" in text else ():
        group = "val" if m.group("val") is not None else "bare"
        if _value_fits("NAME", m.group(group)):
            yield Candidate(m.start(group), m.end(group), "NAME", 0.85)
    for m in _QUOTED_FIELD_RE.finditer(text):
        label = key_label(m.group("key")) or "OTHER_ID"
        value = m.group("val")
        if _value_fits(label, value):
            yield Candidate(m.start("val"), m.end("val"), label, 0.8)
    for m in _XML_RE.finditer(text) if "</" in text else ():
        label = key_label(m.group("key").rsplit(":", 1)[-1])
        value = m.group("val").strip()
        if label and value and _value_fits(label, value):
            start = m.start("val") + m.group("val").index(value)
            yield Candidate(start, start + len(value), label, 0.85)
    for m in _FHIR_RE.finditer(text) if '"system"' in text else ():
        system, group = (
            (m.group("system"), "val") if m.group("system") else (m.group("system2"), "val2")
        )
        label = next((lab for pattern, lab in _FHIR_SYSTEMS if pattern.search(system)), "OTHER_ID")
        yield Candidate(m.start(group), m.end(group), label, 0.85)
