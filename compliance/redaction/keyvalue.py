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

from compliance.redaction.spans import Candidate

_KEYS: dict[str, tuple[str, ...]] = {
    "NAME": ("name", "firstname", "lastname", "fullname", "givenname", "familyname", "surname",
             "middlename", "maidenname", "patientname", "patient", "contactname", "displayname",
             "fname", "lname", "emergencycontact", "guardian", "nextofkin", "caregiver",
             "recipientname", "sendername", "spouse", "mothername", "fathername", "given", "family",
             "signedby", "author", "realname", "legalname", "preferredname", "nickname"),
    "ADDRESS": ("address", "streetaddress", "street", "addr", "address1", "address2", "addressline1",
                "addressline2", "line1", "line2", "homeaddress", "mailingaddress", "billingaddress",
                "shippingaddress", "residence"),
    "CITY": ("city", "town", "municipality", "hometown", "birthplace", "county"),
    "ZIP": ("zip", "zipcode", "postal", "postalcode", "postcode", "zip5"),
    "DATE": ("dob", "birthdate", "dateofbirth", "birthday", "dod", "deathdate", "dateofdeath",
             "admitdate", "admissiondate", "admitted", "dischargedate", "discharged", "visitdate",
             "appointmentdate", "apptdate", "servicedate", "dos", "surgerydate", "procedure_date",
             "date", "scheduledfor", "appointmentat", "collectedat", "collecteddate", "deliverydate",
             "lmp", "edd", "duedate", "injurydate", "onsetdate", "datetime"),
    "AGE_OVER_89": ("age", "patientage", "ageyears"),
    "PHONE": ("phone", "phonenumber", "mobile", "cell", "cellphone", "tel", "telephone", "homephone",
              "workphone", "contactphone", "msisdn", "mobilenumber", "callbacknumber", "sms", "to",
              "from"),
    "FAX": ("fax", "faxnumber", "faxno"),
    "EMAIL": ("email", "emailaddress", "mail", "contactemail", "recipient", "replyto", "cc", "bcc"),
    "SSN": ("ssn", "socialsecurity", "socialsecuritynumber", "ssnlast4", "taxid", "tin", "itin"),
    "MRN": ("mrn", "medicalrecordnumber", "medicalrecord", "chartnumber", "chartno", "mrnumber",
            "recordnumber", "patientmrn", "hospitalnumber"),
    "HEALTH_PLAN_ID": ("memberid", "membernumber", "subscriberid", "policynumber", "policyid",
                       "policyno", "insuranceid", "insurancenumber", "planid", "healthplanid",
                       "groupnumber", "medicaidid", "medicareid", "mbi", "beneficiaryid", "payerid"),
    "ACCOUNT_NUMBER": ("account", "accountnumber", "accountno", "acct", "acctno", "accountid",
                       "billingaccount", "cardnumber", "pan", "iban", "bankaccount", "claimnumber",
                       "invoicenumber", "guarantoraccount"),
    "LICENSE_NUMBER": ("license", "licensenumber", "licence", "licencenumber", "dl", "dlnumber",
                       "driverslicense", "dea", "deanumber", "npi", "certificate", "certnumber",
                       "passport", "passportnumber", "permit"),
    "VEHICLE_ID": ("vin", "plate", "licenseplate", "plateno", "platenumber", "vehicleid", "tag"),
    "DEVICE_ID": ("deviceid", "deviceserial", "serial", "serialnumber", "serialno", "sn", "imei",
                  "udi", "macaddress", "mac", "implantid", "pumpid", "meterid", "sensorid",
                  "hardwareid", "devicetoken", "pushtoken"),
    "URL": ("url", "website", "homepage", "profileurl", "link", "referer", "referrer"),
    "IP_ADDRESS": ("ip", "ipaddress", "clientip", "remoteaddr", "remoteip", "xforwardedfor",
                   "forwardedfor", "sourceip", "srcip", "peer", "host_ip", "clientaddress"),
    "USERNAME": ("user", "username", "login", "loginname", "handle", "screenname", "userlogin",
                 "accountname", "principal", "portaluser", "uid", "actor"),
    "OTHER_ID": ("patientid", "pid", "personid", "memberkey", "caseid", "encounterid", "claimid",
                 "subjectid", "employeeid", "badgeid", "studentid", "externalid", "ehrid", "fhirid",
                 "patientuuid", "guid"),
}  # fmt: skip
_EXACT = {key: label for label, keys in _KEYS.items() for key in keys}
_SUFFIXES = sorted(
    ((key, label) for key, label in _EXACT.items() if len(key) >= 5 and key != "patient"),
    key=lambda kv: -len(kv[0]),
)
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
        "userid",
        "useragent",
        "usertype",
        "userrole",
    ]
)
_PAIR_RE = re.compile(
    r"(?P<kq>[\"']?)(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{0,48})(?P=kq)\s*(?P<sep>=|:)\s*"
    r"(?P<val>\"(?:[^\"\\]|\\.)*\"|'[^']*'|[^\s&,;|}\])\"'?=]+)"
)
_EMPTY = frozenset(
    {"", "null", "none", "nil", "-", "n/a", "na", "true", "false", "undefined", "***", "redacted"}
)
_NAME_VALUE = re.compile(r"^[^\W\d_]+(?:(?:['\u2019.\- ]|, |\+|%20)+[^\W\d_]+){0,5}\.?$")
_FREE_TEXT_LABELS = ("NAME", "ADDRESS", "CITY")
_CAPITALISED_RUN = re.compile(r" (?:[A-Z][\w'.-]*)(?= |$)")
_FREE_TEXT_END = re.compile(r"[,;|\n]|\s+[A-Za-z_]+\s*[:=]|\s+-\s")


def key_label(key: str) -> str | None:
    norm = re.sub(r"[_\-]", "", key.rsplit(".", 1)[-1]).lower()
    if norm in _NOT_KEYS:
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    for suffix, label in _SUFFIXES:
        if norm.endswith(suffix):
            return label
    return None


def _value_fits(label: str, value: str) -> bool:
    plain = unquote_plus(value).strip()
    if plain.lower() in _EMPTY or plain.startswith("[") or plain.startswith("{"):
        return False
    digits = sum(ch.isdigit() for ch in plain)
    if label == "NAME":
        return bool(_NAME_VALUE.match(plain)) and "_" not in value
    if label == "CITY":
        return bool(_NAME_VALUE.match(plain))
    if label == "AGE_OVER_89":
        return plain.isdigit() and int(plain) >= 90
    if label in ("PHONE", "FAX"):
        return digits >= 7
    if label == "DATE":
        return digits >= 3
    if label == "ZIP":
        return 3 <= digits <= 9
    if label == "EMAIL":
        return "@" in plain
    if label == "IP_ADDRESS":
        return digits >= 2 and ("." in plain or ":" in plain)
    if label in ("USERNAME", "URL", "ADDRESS"):
        return (len(plain) >= 2 and not plain.isdigit()) or (label == "ADDRESS" and digits > 0)
    return len(plain) >= 3 and (digits > 0 or label in ("VEHICLE_ID", "OTHER_ID"))


def find_key_values(text: str) -> Iterator[Candidate]:
    pos = 0
    while m := _PAIR_RE.search(text, pos):
        # "billing: acct_no=123": the value of one pair may be the key of the next, so the
        # scan goes on from the value rather than past it.
        pos = m.start("val")
        label = key_label(m.group("key"))
        if label is None:
            continue
        pos = m.end("val")
        start, end = m.start("val"), m.end("val")
        value = m.group("val")
        if value[:1] in "\"'":
            start, end = start + 1, end - 1
            value = value[1:-1]
        elif label in _FREE_TEXT_LABELS and (
            m.group("sep") == ":" or _CAPITALISED_RUN.match(text, end)
        ):
            # "patient=Vikram E. Menon room=4": a name with spaces in an unquoted value.
            # "Name: John A. Smith, DOB ..." in a note: the value runs to the next separator.
            rest = _FREE_TEXT_END.search(text, start)
            end = min(rest.start() if rest else len(text), start + 80)
            value = text[start:end].rstrip()
            end = start + len(value)
        if not _value_fits(label, value):
            continue
        yield Candidate(start, end, label, 0.85)
