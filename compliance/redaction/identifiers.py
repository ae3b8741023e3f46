"""Record, plan, account, licence, vehicle, device and user identifiers, found by their key.

Most of these have no shape of their own (an MRN is a run of digits, like a dose or a lab
value), so they are found by the word in front of them. The grammar:

    key word   filler              value
    "MRN"      "-" / ":" / "#"     "00482913"
    "mrn"      "is it"             "13-32-13"
    "mbr"      ""                  "FGL327313790"
    "DL"       ""                  "N 065 031 444 374"
    "car"      "was"               "TXD 9530"

- the key: any word of an identifier family (mrn, chart, member, mbr, grp, plan, acct, claim,
  case, ref, serial, sn, udi, imei, licence, dl, dea, npi, plate, vin, car, login ...);
- the filler: "#", "no.", "number", "id", ":", "=", "-", "is", "it", "was", "should be",
  "on file is", "ending in", a bracket or a quote;
- the value: letters and digits with "-", ".", "/" or "_" inside, then more groups after a
  space when they continue a number ("679 7259", "06336644 05", "FFZ 110639980") or a plate
  ("754 LLX"). It needs a digit and four letters or digits, and is not a year alone.

A username needs no digit, but must not be an ordinary word. "X as the login" and "signed up
as X" find it from the other side. FHIR references and REST paths name the record they point
to: "Patient/00377457", "/api/v1/devices/ABC123/readings".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.lowercase import lower_case_form, lower_text
from compliance.redaction.names.romance import romance_words
from compliance.redaction.spans import Candidate
from compliance.redaction.states import STATE_ABBRS

_I = re.IGNORECASE
_NO = r"(?:\s+(?:id|number|no|num|nbr|#|card))?"

# (label, key words). Earlier families win where keys share words: "license plate" before
# "license", "state id" before "id".
_CONTEXTS: list[tuple[str, str]] = [
    ("VEHICLE_ID",
     r"(?:licen[sc]e\s+)?plates?" + _NO + r"|tag" + _NO + r"|vin|vehicle(?:\s+(?:id|identification(?:\s+number)?|plate))?"
     r"|car|van|truck|suv|motorcycle|ride|(?:a?lpr|plate\s+reader)(?:\s+\w+){0,2}\s+read"
     r"|placas?|plaque(?:\s+d['\u2019]immatriculation)?|immatriculation|matr[i\u00ed]cula"),
    ("SSN", r"ssn|social\s+security(?:\s+(?:number|no|card))?|social|ss#?|ss\s+no"
            r"|(?:seguro|seguridad)\s+social|s[e\u00e9]curit[e\u00e9]\s+sociale|nss"),
    ("MRN",
     r"mrn|mr\s*#|mr(?=\s*:)|medical\s+record" + _NO + r"|med\s+rec|(?:hospital\s+|patient\s+)?record" + _NO
     + r"|chart" + _NO + r"|(?:patient|pt)(?:\s+(?:id|number|no)|\s*#)?|hospital\s+(?:number|no)"
     r"|unit\s+(?:number|no)|emr(?:\s+id)?|expediente|historia\s+cl[i\u00ed]nica|dossier"
     # The Indian Health Service's health record number.
     r"|hrn|health\s+record" + _NO
     # A master patient index merging or linking two records: "survivor=X victim=Y", "merged
     # into X", "potential duplicate X", "matched X".
     + r"|survivor|victim|merged\s+into|(?:potential\s+)?duplicate(?:\s+of)?|matched(?:\s+to)?"),
    ("HEALTH_PLAN_ID",
     r"member(?:ship)?" + _NO + r"|mbr|subscriber" + _NO + r"|policy" + _NO + r"|insurance" + _NO
     + r"|(?:health\s+)?plan" + _NO + r"|group" + _NO + r"|grp|medicaid" + _NO + r"|medicare" + _NO
     + r"|mbi|beneficiary\s+(?:id|number)|rx\s*(?:bin|pcn|grp|group)|pcn|payer\s+id"
     r"|medi-?\s?cal|masshealth|tricare|champva|chip|ins(?=\s*:)|carte\s+vitale|coverage"
     r"|p[o\u00f3]liza|afiliaci[o\u00f3]n|mutuelle"),
    ("ACCOUNT_NUMBER",
     r"account(?!\s+name)|acct|a/c|bill|billing" + _NO + r"|invoice" + _NO + r"|claim" + _NO + r"|statement" + _NO
     + r"|card\s+(?:number|no|ending(?:\s+in)?)|routing(?:\s+number)?|iban|har|fin"
     r"|(?:num[e\u00e9]ro\s+de\s+)?compte|(?:n[u\u00fa]mero\s+de\s+)?cuenta"),
    ("LICENSE_NUMBER",
     r"(?:driver'?s?\s+)?licen[sc]e" + _NO + r"|lic|dl|dea" + _NO + r"|npi|certificate" + _NO
     + r"|cert|permit" + _NO + r"|passport" + _NO + r"|registration" + _NO + r"|state\s+id"
     r"|permis(?:\s+de\s+conduire)?|licencia(?:\s+de\s+conducir)?|pasaporte|passeport"),
    ("DEVICE_ID",
     r"serial" + _NO + r"|s/n|sn|device" + _NO + r"|imei|udi|implant" + _NO + r"|pacemaker" + _NO
     + r"|pump" + _NO + r"|(?:glucose\s+)?meter(?:\s+(?:id|serial))|monitor\s+(?:id|serial)|cgm" + _NO
     + r"|sensor" + _NO + r"|transmitter" + _NO + r"|receiver" + _NO + r"|watch|pdm|controller|iccid|meid"
     r"|hearing\s+aids?"),
    ("USERNAME",
     r"user(?:name|\s+name|\s+id)?|login(?:\s+(?:id|name))?|handle|screen\s*name|portal(?:\s+(?:id|user|username))?"
     r"|account\s+name|alias"
     # Who did something, in a log line: "closed by jkosz21", "logged in as maria.g".
     r"|(?:requested|opened|closed|cancell?ed|canceled|created|updated|modified|deleted|edited|viewed|accessed|approved|reviewed|assigned|changed|reset|submitted|booked|entered|initiated|completed|exported|printed|downloaded)\s+by"
     r"|(?:logged|log|signed|sign)(?:\s+in|\s+on|\s+up)?\s+as|registered\s+as|as\s+user|by"),
    ("OTHER_ID",
     r"case|ticket|reference|ref|confirmation(?:\s+code)?|(?:booking|reservation|access)\s+code|encounter|enc|visit(?:\s+(?:id|number|no|num)|(?=\s*#))|accession|specimen"
     r"|order" + _NO + r"|requisition|referral|auth(?:orization)?|prior\s+auth|pa(?=\s*#)|employee|badge"
     r"|student|request|incident|tracking|prescription" + _NO + r"|rx" + _NO + r"|id"),
]  # fmt: skip
_FILLER = (
    r"(?:\s*(?:#|(?:no|nbr|num|number|id|is|it|was|be|should|would|of|mine|on\s+file|primary|"
    r"secondary|est|es|"
    # "my handle on the app is ...", "login for mychart:".
    r"(?:on|for|in)\s+(?:the\s+|my\s+)?(?:app|portal|site|website|mychart)|"
    r"ending\s+in|reads|says)\b\.?|=|:|-|,|\(|\"|')\s*)*\s*"
)
_ID_VALUE = r"[A-Za-z0-9](?:[A-Za-z0-9_./-]{0,62}[A-Za-z0-9])?"
_CONTEXT_RE = re.compile(
    r"(?<![\w/-])(?:" + "|".join(f"(?P<{label}>{words})" for label, words in _CONTEXTS) + r")"
    r"(?!\w|\.[A-Za-z])\.?" + _FILLER + rf"(?P<v>{_ID_VALUE})",
    _I,
)
_CONTEXT_LOWER = lower_case_form(_CONTEXT_RE)
# More groups of a value after a space: digits ("679 7259"), or a plate's letters ("754 LLX").
_MORE_DIGITS = re.compile(r" (\d{2,10})(?![\w-])")
_CHECK_DIGIT = re.compile(r" \d(?![\w.-])")
# A two-digit suffix after a plan or record number: "W123456789 01" (the person on the plan).
_SUFFIX = re.compile(r" (\d{2})(?![\w.-]|\s*(?:%|mg|mcg|ml|units?|tabs?|pills?)\b)")
_MORE_PLATE = re.compile(r" ([A-Za-z0-9]{1,5})(?![\w-])")
# A plate of letters alone ("NRSJOY", "MAMABEAR"): in capitals, after a plate's own key word.
_PLATE_KEY_RE = re.compile(r"plate|tag|read", _I)
_LETTER_PLATE_RE = re.compile(r"^(?=(?:[A-Z] ?){4,8}$)[A-Z]{2,8}(?: [A-Z]{2,5})?$")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
# "(ref 4.0-5.6)": a reference range of a lab value, not a reference number.
_RANGE = re.compile(r"^\d{1,4}\.\d{1,3}-\d{1,4}(?:\.\d{1,3})?$|^\d{1,4}-\d{1,4}\.\d{1,3}$")
# After the value: "rr_admin as the login", "queenbee as my username".
_USERNAME_AFTER_RE = re.compile(
    rf"(?<![\w.@/-])(?P<v>{_ID_VALUE})\s+as\s+(?:the|my|his|her|their|a)\s+"
    r"(?:login|username|user\s*name|user\s*id|handle)\b",
    _I,
)
# A Hawaii tax map key, the number of a land parcel: "(3) 1-5-083:298" by its shape (zone in
# brackets, section, plat, then parcel after a colon), "TMK 1-3-1-004-159" or "tmk=3-3-5-013-002"
# after its name.
_TMK_SHAPE_RE = re.compile(r"(?<![\w-])\([1-4]\)\s*\d-\d-\d{3}:\d{3}(?::\d{4})?(?![\w-])")
_TMK_KEY_RE = re.compile(
    r"\b(?:tmk|tax\s+map\s+key)(?:\s*(?:#|no\.?|number))?\s*[:=]?\s*['\"]?"
    r"(?P<v>(?:\([1-4]\)\s*)?\d[\d:-]{6,22}\d)(?![\w-])",
    _I,
)
_USERNAME_STOP = frozenset(
    [
        "the", "a", "an", "is", "was", "has", "have", "had", "and", "or", "not", "name", "id",
        "login", "logged", "account", "if", "who", "with", "from", "for", "in", "on", "at", "to",
        "of", "null", "none", "true", "false", "unknown", "n/a", "na", "my", "his", "her", "their",
        "your", "our", "new", "old", "same", "wrong", "email", "aint", "isnt", "wont", "dont",
        "cant", "doesnt", "didnt"
    ]
)  # fmt: skip
# Who one signs in as that is not a person's account ("logged in as admin").
_ROLES = frozenset(
    [
        "admin", "administrator", "guest", "patient", "caregiver", "parent", "staff", "user",
        "someone", "root", "system", "anonymous", "proxy", "nurse", "doctor", "provider",
        "myself", "me", "him", "her", "them", "well", "usual", "before", "shown", "follows"
    ]
)  # fmt: skip
# FHIR references ("Patient/00377457") and REST paths ("/devices/ABC123/readings").
_RESOURCE_LABELS = {
    "patient": "MRN", "patients": "MRN", "person": "MRN", "device": "DEVICE_ID",
    "devices": "DEVICE_ID", "coverage": "HEALTH_PLAN_ID", "member": "HEALTH_PLAN_ID",
    "members": "HEALTH_PLAN_ID", "account": "ACCOUNT_NUMBER", "accounts": "ACCOUNT_NUMBER",
    "claim": "ACCOUNT_NUMBER", "claims": "ACCOUNT_NUMBER", "encounter": "OTHER_ID",
    "encounters": "OTHER_ID", "relatedperson": "OTHER_ID", "user": "USERNAME", "users": "USERNAME",
    "records": "MRN", "record": "MRN", "charts": "MRN", "chart": "MRN", "plates": "VEHICLE_ID",
    "plate": "VEHICLE_ID", "vehicles": "VEHICLE_ID",
}  # fmt: skip
_RESOURCE_RE = re.compile(
    r"(?<![\w.-])(?P<r>" + "|".join(_RESOURCE_LABELS) + r")/(?P<v>[A-Za-z0-9][A-Za-z0-9.-]{0,63}"
    r"(?: \d{2,10}(?![\w/-]))?)",
    _I,
)


# A request line's path ("GET /share/v/9408X6980?next=..."): a segment of letters and digits
# that no route spells is the record it points to; versions and file names are not.
_REQUEST_PATH_RE = re.compile(r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+(?P<path>/[^\s?#]*)")
_PATH_SEGMENT_RE = re.compile(r"(?<=/)[A-Za-z0-9][A-Za-z0-9._-]{3,62}(?=/|$)")
_NOT_A_RECORD_RE = re.compile(r"^v?\d{1,3}(?:\.\d+)*$|\.[a-z]{2,4}$")


def _path_ids(text: str) -> Iterator[Candidate]:
    for request in _REQUEST_PATH_RE.finditer(text):
        path, offset = request.group("path"), request.start("path")
        for m in _PATH_SEGMENT_RE.finditer(path):
            value = m.group()
            digits = sum(ch.isdigit() for ch in value)
            letters = sum(ch.isalpha() for ch in value)
            if ((digits >= 3 and letters) or digits >= 6) and not _NOT_A_RECORD_RE.search(value):
                yield Candidate(offset + m.start(), offset + m.end(), "OTHER_ID", 0.5)


def _ordinary_word(word: str, common_words: frozenset[str], *, compounds: bool) -> bool:
    """An English word, or (``compounds``) two run together ("timeout"): not a username."""
    if word in common_words or lexicon.is_english(word):
        return True
    if not compounds:
        return False
    english = lexicon.english_words()
    return any(word[:k] in english and word[k:] in english for k in range(3, len(word) - 2))


def _value_end(text: str, start: int, end: int, label: str) -> int:
    """Where the value ends once groups after a space are taken in: digit groups after a
    number or a short letter prefix ("N 065 031 444 374"), one group after a plate."""
    value = text[start:end]
    if label == "VEHICLE_ID":
        m = _MORE_PLATE.match(text, end)
        if m and len(value) <= 4 and len(m.group(1)) >= 2:
            more = m.group(1)
            # "car 754 LLX", not "car 45 min"
            if value.isalpha() and value.islower() and value in romance_words():
                return end  # "ya van como 30 minutos": Spanish, not a van's plate
            return m.end() if more.isupper() or more.lower() not in lexicon.common_words() else end
        return end
    if label == "USERNAME":
        return end
    if not (
        value.isdigit()
        or (value.isalpha() and len(value) <= 4)
        # "C9438 60957 00999": a letter and digits, then digit groups (New Jersey)
        or re.fullmatch(r"[A-Za-z]\d{3,6}", value)
    ):
        m = _SUFFIX.match(text, end)
        return m.end() if m and any(ch.isdigit() for ch in value) else end
    while m := _MORE_DIGITS.match(text, end):
        end = m.end()
    return imei_check_digit(text, start, end)


def imei_check_digit(text: str, start: int, end: int) -> int:
    """ "49 680604 196442 1": fourteen digits in groups, then the IMEI's check digit alone."""
    if sum(ch.isdigit() for ch in text[start:end]) == 14 and (m := _CHECK_DIGIT.match(text, end)):
        return m.end()
    return end


def _value_fits(label: str, value: str, strong: bool, common_words: frozenset[str]) -> bool:
    alnum = sum(ch.isalnum() for ch in value)
    has_digit = any(ch.isdigit() for ch in value)
    if label == "USERNAME":
        folded = value.lower()
        if (
            folded in _USERNAME_STOP
            or folded in _ROLES  # "Portal admin: proxy access granted"
            or len(value) < 3
            or _NUMBERED_SNAKE_CASE.match(value)
        ):
            return False
        return (
            has_digit
            or bool(re.search(r"[._]", value))
            or not _ordinary_word(folded, common_words, compounds=not strong)
            # "signed in as bluebird": after "as" or "username", a noun is a user name.
            or (strong and folded not in lexicon.function_words())
        )
    if label == "VEHICLE_ID" and _LETTER_PLATE_RE.match(value):
        return value.lower() not in common_words
    if not has_digit or _YEAR_ONLY.match(value) or alnum < 4 or _RANGE.match(value):
        return False
    if label == "VEHICLE_ID":
        return any(ch.isalpha() for ch in value) or alnum >= 6
    if label == "SSN":
        return sum(ch.isdigit() for ch in value) >= 9  # "last 4 of my social is 4471"
    return True


# "0031_message_read_at": a numbered migration or file, not a person's login.
_NUMBERED_SNAKE_CASE = re.compile(r"^\d+_[a-z]+(?:_[a-z]+)+$")
# After these a username may be two words run together ("signed up as queenbee", "username
# gymrat"); after the others that is more often a word of the log line ("handle timeout").
_STRONG_USERNAME_KEYS = re.compile(
    r"\bas$|^(?:user\s*name|user\s+id|login\s+(?:id|name)|screen\s*name)$", _I
)
_STATE_BEFORE_KEY_RE = re.compile(r"\b([A-Z]{2})\s+$")
# After a bare "by" only a value with the marks of a username: "by dr_nwachukwu:", not "by 5pm".
_BY_USERNAME = re.compile(r"^[A-Za-z][\w.\\]*[\d._\\][\w.]*$")


def find_context_ids(text: str, *, common_words: frozenset[str]) -> Iterator[Candidate]:
    pos = 0
    lowered = lower_text(text)
    context, scanned = (_CONTEXT_RE, text) if lowered is None else (_CONTEXT_LOWER, lowered)
    while m := context.search(scanned, pos):
        # A key whose "value" is another key ("insurance: member ID ...") must not hide the
        # next match: the scan goes on from the value, not past it.
        pos = m.start("v")
        label = next(name for name, _ in _CONTEXTS if m.group(name))
        start = m.start("v")
        end = _value_end(text, start, m.end("v"), label)
        value = text[start:end]
        key = text[m.start(label) : m.end(label)]
        strong = label == "USERNAME" and bool(_STRONG_USERNAME_KEYS.search(key))
        if label == "USERNAME" and key.lower() == "by" and not _BY_USERNAME.match(value):
            continue
        if label == "USERNAME" and key.lower().endswith("by") and value.lower() in lexicon.SERVICES:
            continue  # "entered by ENT": a service, not a login
        if key.lower() in ("patient", "pt") and sum(ch.isdigit() for ch in value) < 6:
            continue  # "patient 2 of 3"; "patient 8722-1707-4034" is a record number
        if (
            label == "ACCOUNT_NUMBER"
            and key.lower() == "account"
            and not any(ch.isdigit() for ch in value)
        ):
            label = "USERNAME"  # "a second account (dr_tunc)": an account by its user name
        if (
            label == "VEHICLE_ID"
            and _LETTER_PLATE_RE.match(value)
            and not _PLATE_KEY_RE.search(key)
        ):
            continue  # "car WASH": only a plate's key word says capitals alone are a plate
        if not _value_fits(label, value, strong, common_words):
            continue
        if (
            label == "VEHICLE_ID"
            and key.lower() in ("car", "van", "truck", "suv", "ride")
            and (
                not (any(ch.isalpha() for ch in value) and any(ch.isdigit() for ch in value))
                or ((head := value.split()[0]).islower() and head in common_words)
            )
        ):
            continue  # "car 2", "van 12": a plate has letters and digits; "ride is at 10:14"
        if label == "LICENSE_NUMBER" and key.lower() == "dl":
            state = _STATE_BEFORE_KEY_RE.search(text, max(0, m.start(label) - 4), m.start(label))
            if state and state.group(1) in STATE_ABBRS:
                start = state.start(1)  # "PA DL 65873606": the state that issued the licence
        score = 0.6 if label == "OTHER_ID" else 0.8
        yield Candidate(start, end, label, score)
    for m in _TMK_SHAPE_RE.finditer(text) if "(" in text else ():
        yield Candidate(m.start(), m.end(), "OTHER_ID", 0.8)
    folded = lowered if lowered is not None else text.lower()
    if "tmk" in folded or "map key" in folded:
        for m in _TMK_KEY_RE.finditer(text):
            yield Candidate(m.start("v"), m.end("v"), "OTHER_ID", 0.8)
    for m in _USERNAME_AFTER_RE.finditer(text):
        if _value_fits("USERNAME", m.group("v"), True, common_words):
            yield Candidate(m.start("v"), m.end("v"), "USERNAME", 0.8)
    if "/" in text:
        yield from _path_ids(text)
    for m in _RESOURCE_RE.finditer(text) if "/" in text else ():
        value = m.group("v")
        if any(ch.isdigit() for ch in value) and not _YEAR_ONLY.match(value):
            label = _RESOURCE_LABELS[m.group("r").lower()]
            yield Candidate(m.start("v"), m.end("v"), label, 0.8)
