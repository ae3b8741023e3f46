"""Dates: a small grammar of the ways people and systems write a day.

Safe Harbor removes every date element finer than the year, so a month with a year ("March
1950") is masked and a year alone ("since 2019") is not. The grammar:

- month names: full, three-letter or "Sept", with or without a full stop, any case;
- days with or without an ordinal ("4", "4th"), "the 4th of March";
- years of four digits, or two after an apostrophe ("Sept 4 '50");
- the numeric orders month-day-year, day-month-year and year-month-day with "/", "-", "." or
  a space between, and a clock time after them (ISO 8601 timestamps, log lines);
- day-month-year with a month abbreviation ("04-MAR-1950", "05/Mar/2024:10:22:01").

Forms that other numbers share are dates only after a word that says so ("dob", "born",
"seen", "on", "since" ...): a month and day without a year ("4/12"), eight digits run together
("03041950", "19500304"), and dotted dates with a two-digit year ("3.1.19" is also a version).
HL7 and X12 dates are found by their field (``segments``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction.lowercase import finditer, lower_text, search
from compliance.redaction.names.romance import reads_romance
from compliance.redaction.patterns import VERSION_BEFORE_RE
from compliance.redaction.spans import Candidate

_I = re.IGNORECASE

MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH = MONTH_NAME + r"\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:s|n|r|rs|day|sday|nesday|rsday|urday)?\.?"
# "Tuesday, March 12", "tues 4/9": a weekday before a date is part of it.
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY},?\s*(?:the\s+)?$", _I)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DAY_ORD = _DAY + r"(?:st|nd|rd|th)?"
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
_YEAR4 = r"(?:1[89]\d\d|20\d\d)"
# A quote after the year may close a quoted value: "time data '16th of June 1949'".
_YEAR = rf"(?:{_YEAR4}|['\u2019]\d\d)(?!\d|['\u2019]\w)"
_CLOCK = (
    r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?(?i:[ap]\.?m\.?))?(?:\s?(?:[Zz]|[+-]\d{2}:?\d{2}))?"
)
_TIME = rf"(?:(?:[Tt ]|,?\s+(?:at\s+)?){_CLOCK})?"
# A number followed by one of these is an amount, not a day: "may 10 mg", "mar 4 units".
_UNIT_AFTER = re.compile(
    r"\s*(?:of\b|%|mg|mcg|ml|units?|pills?|tabs?|tablets?|times|x\b|hours?|hrs?|min|minutes|days?"
    r"|weeks?|wks?|months?|years?|yrs?|lbs?|kg|miles|percent|am\b|pm\b|o'?clock)"
    r"(?![a-z])",  # "nov 24th minor laceration": "min" of "minor" is no unit
    _I,
)

_NAMED = re.compile(
    "|".join(
        [
            # "Jun-08-06", "oct-9-2018", "May/31/2020"
            rf"(?P<mdy>\b{MONTH_NAME}(?P<msep>[-/.]){_DAY}(?P=msep)(?:{_YEAR4}|\d\d)(?![\d/-]){_TIME})",
            # "13 Aug 78", "15 Nov 20 @ 10:30": a day, a month and a two-digit year
            rf"(?P<dmyy>\b{_DAY}\s+{MONTH_NAME}\.?\s+\d\d(?![\d:/-]|[.,]\d|\s*(?:mg|mcg|ml|units?|%)))",
            # "22-Nov", "3-mar": a day and a month abbreviation joined
            rf"(?P<dmon>\b{_DAY}-{MONTH_NAME}\b(?![-/]))",
            # "the 4th of March, 1950", "4 Mar 1950", "4th March", "the fourth of July"
            rf"(?P<dm>(?:\bthe\s+)?(?<!#)\b(?:{_DAY_ORD}|(?:{_ORDINAL_WORD})(?=\s+of\b))\s+(?:of\s+)?"
            rf"{_MONTH}(?![a-z])(?:,?\s+{_YEAR})?)",
            # "March 4th, 1950", "mar 4", "Sept 4 '50", "Apr. 4th", "march the 4th"
            rf"(?P<md>\b{_MONTH}(?:\s+|-(?=\d\d\b))(?:the\s+)?(?:{_DAY_ORD}(?![\d:]|\.\d)|(?:{_ORDINAL_WORD})\b)"
            rf"(?:(?:,\s*|\s+){_YEAR})?)",
            # "March 1950", "march of 1950", "Jan '22"
            rf"(?P<my>\b{_MONTH}\s*,?\s+(?:of\s+)?(?:{_YEAR4}\b|['\u2019]\d\d\b))",
            # "01AUG89", "15mar2023": day, month abbreviation and year run together
            rf"(?P<dmonyy>\b{_DAY}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            rf"(?:{_YEAR4}|\d\d)\b)",
            # "4-iii-1976", "25.x.2024": the month in Roman numerals, with a four-digit year
            rf"(?P<roman>\b{_DAY}(?P<rsep>[-/.])(?:i{{1,3}}|iv|vi{{0,3}}|ix|xi{{0,2}})(?P=rsep)"
            rf"{_YEAR4}\b)",
            # "04-MAR-1950", "2-Jan-26", "05/Mar/2024:10:22:01 +0000" (an access log's time)
            rf"(?P<dmy>\b{_DAY}(?P<dsep>[-/.]){MONTH_NAME}\.?(?P=dsep)(?:{_YEAR4}|\d\d)(?!\d)"
            rf"(?::\d{{2}}:\d{{2}}:\d{{2}}(?:\s[+-]\d{{4}}\b)?|{_TIME}))",
        ]
    ),
    _I,
)
# Every named form has a month's name at the start of a word or just after a day's digits
# ("15mar2023"), or a Roman month after a day ("4-iii-1976"). Most lines have none, and this
# pattern says so in a fifth of the time ``_NAMED`` takes.
_MONTH_HINT = re.compile(
    r"(?:\b|(?<=\d))(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[-/.][ivx]", _I
)
# Spanish and French dates: "12 de diciembre de 2021", "le 13 mai", "1er mars 1950".
_ROMANCE_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|"
    r"diciembre|janvier|f[e\u00e9]vrier|mars|avril|mai|juin|juillet|ao[u\u00fb]t|septembre|"
    r"octobre|novembre|d[e\u00e9]cembre|janeiro|fevereiro|mar[c\u00e7]o|maio|junho|julho|"
    r"setembro|outubro|novembro|dezembro|"
    # Haitian Creole: "4 fevriye 1926", "29 desanm" (not "mas", "me", "out": English words).
    r"janvye|fevriye|jiy[e\u00e8]|septanm|okt[o\u00f2]b|novanm|desanm)"
)
# A day in Spanish or Portuguese words before "de" and a month: "el cinco de diciembre",
# "treinta y uno de marzo", "vinte e dois de maio de 1950".
_ROMANCE_DAY_WORD = (
    r"(?:primero|primeiro|dos|dois|tr[e\u00ea]s|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|"
    r"nueve|nove|diez|dez|once|onze|doce|doze|trece|treze|catorce|quatorze|catorze|quince|"
    r"quinze|diecis[e\u00e9]is|dieciseis|diecisiete|dieciocho|diecinueve|dezesseis|dezessete|"
    r"dezoito|dezenove|veinte|vinte|veinti(?:uno|d[o\u00f3]s|tr[e\u00e9]s|cuatro|cinco|"
    r"s[e\u00e9]is|siete|ocho|nueve)|vinte\s+e\s+(?:um|dois|tr[e\u00ea]s|quatro|cinco|seis|"
    r"sete|oito|nove)|treinta(?:\s+y\s+uno?)?|trinta(?:\s+e\s+um)?)"
)
_ROMANCE_WORDS = re.compile(
    rf"\b{_ROMANCE_DAY_WORD}\s+de\s+{_ROMANCE_MONTH}\b(?:\s+(?:de\s+|del\s+)?{_YEAR4}\b)?",
    _I,
)
# An ISO week: "2021-W42", "1998w38", "2024-W09-3". A week is finer than the year.
_ISO_WEEK = re.compile(
    r"(?<![\w-])(?:19|20)\d\d-?[Ww](?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?(?![\w-])"
)
# "el 13 de noviembre": the article before the day is taken with it.
_ROMANCE = re.compile(
    rf"\b(?:el\s+)?{_DAY}(?:er|\u00ba|o)?\s+(?:de\s+)?{_ROMANCE_MONTH}\b(?:\s+(?:de\s+|del\s+)?{_YEAR4}\b)?",
    _I,
)
# A month and a year: "diciembre del 1937", "en mars 2020". Read back from each year: the
# months' alternation tried at every word costs more than the rest of the date patterns.
_FOUR_DIGITS = re.compile(r"(?<![\w/.:-])(?:1[89]|20)\d\d\b")
_ROMANCE_MONTH_BEFORE = re.compile(rf"\b{_ROMANCE_MONTH}\s+(?P<de>de\s+|del\s+)?$", _I)
# Numbers in three parts: month-day-year or day-month-year, then year-month-day.
_NUMERIC = re.compile(
    rf"(?<![\w/.:-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<y>{_YEAR4}|\d\d)(?![\w/-]|[.:]\d){_TIME}"
    rf"|(?<![\w/.:-]){_YEAR4}(?P<isep>[/.-])(?P<m>\d{{1,2}})(?P=isep)(?P<d>\d{{1,2}})"
    rf"(?![\d/]|\.\d){_TIME}"
)
# Month and year: "12/2019" alone, "1/2020" and "2020-01" after a cue.
_MONTH_YEAR = re.compile(
    rf"(?<![\w/.:-])(?:(?P<mm>0[1-9]|1[0-2])|(?P<m>[1-9]))[/-]{_YEAR4}(?![\w/-]|\.\d)"
)
_YEAR_MONTH = re.compile(rf"(?<![\w/.:-]){_YEAR4}-(?:0[1-9]|1[0-2])(?![\w/:-]|\.\d)")
_MONTH_DAY = re.compile(r"(?<![\w/.:-])(\d{1,2})([/-])(\d{1,2})(?![\w/]|[-.]\d)")
# "thurs 2.13", "EDD 3.25", "coming 2.3": month and day with a full stop, only after the
# words below (a dose "from 2.5 to 5" has the shape too).
_MONTH_DAY_DOT = re.compile(r"(?<![\w/.:-])(\d{1,2})\.(\d{1,2})(?![\w/]|[-.]\d)")
_DOT_CUE = re.compile(
    rf"\b(?:{_WEEKDAY}|lmp|edd|dos|dob|appt|appointment|due|scheduled|seen|admitted|"
    r"discharged|surgery|coming|come|interrogated|note|(?:work|back|in|here|visit|appt)\s+on)"
    r"\s*[:=-]?\s*$",
    _I,
)
# A month glued to its day: "apr30", "EDD june21".
_MONTH_GLUED = re.compile(
    r"(?<![\w/.:=@-])(?:jan|feb|mar|apr|may|jun|june|jul|july|aug|sep|sept|oct|nov|dec)"
    r"(?P<d>[1-9]|[12]\d|3[01])(?![\w/]|[-.]\d)",
    _I,
)
# "3/4-3/7", "3/4 to 3/7": a range of two days is a date without a cue.
_MD = r"\d{1,2}/\d{1,2}"
_MD_RANGE = re.compile(
    rf"(?<![\w/.:-])(?P<a>{_MD})\s*(?:-|\u2013|to|thru|through|until)\s*(?P<b>{_MD})(?![\w/]|[-.]\d)",
    _I,
)
# "on the 3rd", "by the 21st.": a day of the month alone, after a cue and before no noun.
_DAY_ALONE = re.compile(
    rf"\b(?:on|by|to|until|till|since|before|after|from|around|about|circa|{_WEEKDAY})\s+the\s+"
    rf"(?P<d>{_DAY}(?:st|nd|rd|th)|(?:{_ORDINAL_WORD}))\b"
    r"(?=\s*(?:$|[,.;:!?){]|(?:at|in|or|and|to|for|if|please|then|instead|works?|is|would|"
    r"can|so|but|when|we|i|he|she|they|d/c|discharged|because|after|its|it's|it|thru|through|"
    r"until|till|morning|afternoon|evening|night|ok|okay|right|maybe|with|as|no|not)\b))",
    _I,
)
# An underscore may join it to a file name's other parts: "DOE_JANE_19410303.pdf".
_COMPACT = re.compile(r"(?<![A-Za-z0-9.:/-])(\d{8}|\d{12}|\d{14})(?![A-Za-z0-9:/-]|\.\d)")

# Words after which a number that could be something else is a date.
_CUE = re.compile(
    r"(?:\b(?:dob|d\.?o\.?b\.?|birth\w*|born|b|date[ds]?|dated|on|since|from|until|till|thru|"
    r"through|by|seen|admit\w*|discharg\w*|disch|visit\w*|appt|appointment|surgery|procedure|due|"
    r"scheduled|last|next|before|after|expires?|expiry|exp|effective|eff|collected|received|"
    r"performed|started|start|starting|stopped|onset|lmp|edd|dos|dod|died|deceased|dx|diagnosed|"
    r"(?:changed|corrected|moved|rescheduled|updated|postponed|pushed)\s+to|"
    r"mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|"
    r"saturday|sun|sunday|week\s+of|out|off|away|ooo|between|adm|enrolled|registered|"
    r"injured|injury|le|el|para\s+el|desde\s+el|mine\s+is|signed|called|transferred|returned|fell|"
    r"happened|occurred|when|vaccinated|booster|tdap|implanted|explanted|"
    r"(?:seen|visit|admitted)\s+in\s+(?:clinic|ed|er|the\s+ed|office))"
    r"\b\.?(?:\s*(?:is|was|of|=|:|-|#|\(|\\?\"|')\s*)*\s*$)",
    _I,
)


_HOURS_BEFORE = re.compile(rf"\b{_WEEKDAY}\s*$|\bhours?\b[^.]{{0,30}}$", _I)
_RATIO_AFTER = re.compile(
    r"\s*(?:dilution|ratio|odds|chance|risk|incidence|people|persons|births|patients|cases)", _I
)
_SPAN_BEFORE = re.compile(r"(?:\bfrom|\bbetween|\byears?|\bseasons?|\bFY|\bAY)\s*$", _I)
_ID_BEFORE = re.compile(
    r"(?<![a-z])(?:mrn|id|acct|account|member|mbr|npi|ref|order|claim|case|serial|sn|policy|"
    r"group|invoice|ticket|confirmation|record|chart|no|number|batch|build|version|lot)"
    r"(?:[_\s-]?(?:no|num|number|id))?[\W_]*$|#\s*$",
    _I,
)
_DIGIT_RE = re.compile(r"\d")
_ANY_DATE_RE = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|th\b|first|second|third|\sde\s", _I
)


def _cued(text: str, start: int) -> bool:
    return bool(_CUE.search(text[max(0, start - 30) : start]))


def valid_ymd(year: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if month == 2:
        return day <= 29
    return day <= 30 or month in (1, 3, 5, 7, 8, 10, 12)


def compact_date(value: str) -> bool:
    """Eight digits as YYYYMMDD, MMDDYYYY or DDMMYYYY (then an optional HHMM[SS])."""
    head = value[:8]
    year, month, day = int(head[:4]), int(head[4:6]), int(head[6:8])
    if 1850 <= year <= 2099 and valid_ymd(year, month, day):
        return len(value) == 8 or _clock_ok(value[8:])
    if len(value) != 8:
        return False
    year = int(head[4:])
    if not 1850 <= year <= 2099:
        return False
    a, b = int(head[:2]), int(head[2:4])
    return valid_ymd(year, a, b) or valid_ymd(year, b, a)


def _clock_ok(digits: str) -> bool:
    return (
        int(digits[:2]) < 24 and int(digits[2:4]) < 60 and (len(digits) < 6 or int(digits[4:]) < 60)
    )


def find_date(text: str) -> Iterator[Candidate]:
    for c in _find_date(text):
        m = _WEEKDAY_BEFORE.search(text, max(0, c.start - 16), c.start)
        yield Candidate(m.start(), c.end, c.label, c.score) if m else c


def _find_date(text: str) -> Iterator[Candidate]:
    if not _ANY_DATE_RE.search(text):
        return
    lowered = lower_text(text)
    month_hint = search(_MONTH_HINT, text, lowered)
    for m in finditer(_NAMED, text, lowered) if month_hint else ():
        value = text[m.start() : m.end()]
        if m.group("md") or m.group("dm"):
            # "you may 5", "2 may be": "may" is a month only with a year, an ordinal or a cue.
            if (
                re.search(r"\bmay\b", value, _I)
                and not re.search(r"\d(?:st|nd|rd|th)|\d{4}|'\d\d", value)
                and not _cued(text, m.start())
            ):
                continue
            if not re.search(r"\d{4}|'\d\d", value) and _UNIT_AFTER.match(text, m.end()):
                continue  # "mar 4 units", "may 10 mg"
        yield Candidate(m.start(), m.end(), "DATE", 0.9)
    for m in finditer(_ROMANCE_WORDS, text, lowered):
        yield Candidate(m.start(), m.end(), "DATE", 0.8)
    if not _DIGIT_RE.search(text):
        # Without a digit only a day in words is left: "the fourth of July", "on the 3rd".
        for m in finditer(_DAY_ALONE, text, lowered):
            yield Candidate(m.start("d"), m.end("d"), "DATE", 0.7)
        return
    for m in _ISO_WEEK.finditer(text):
        yield Candidate(m.start(), m.end(), "DATE", 0.8)
    for m in _NUMERIC.finditer(text):
        if m.group("a") is not None:
            a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
            if not (valid_ymd(2000, a, b) or valid_ymd(2000, b, a)):
                continue
            if m.group("sep") == "." and len(y) == 2 and not _cued(text, m.start()):
                continue  # "psycopg 3.1.19" is a version, "dob 2.9.95" a date
        elif not valid_ymd(2000, int(m.group("m")), int(m.group("d"))):
            continue
        elif m.group("isep") == "." and VERSION_BEFORE_RE.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            continue  # "build 2024.3.1": a version
        yield Candidate(m.start(), m.end(), "DATE", 0.9)
    for m in _MONTH_DAY.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if m.group(2) == "-" and a <= 12 and b <= 12 and _HOURS_BEFORE.search(text, 0, m.start()):
            continue  # "mon wed fri 9-5": opening hours
        if (valid_ymd(2000, a, b) or (m.group(2) == "/" and valid_ymd(2000, b, a))) and (
            _cued(text, m.start()) and not _UNIT_AFTER.match(text, m.end())
        ):
            yield Candidate(m.start(), m.end(), "DATE", 0.7)
    for m in _MONTH_DAY_DOT.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if (
            valid_ymd(2000, a, b)
            and _DOT_CUE.search(text[max(0, m.start() - 30) : m.start()])
            and not _UNIT_AFTER.match(text, m.end())
        ):
            yield Candidate(m.start(), m.end(), "DATE", 0.7)
    for m in finditer(_MONTH_GLUED, text, lowered):
        if not VERSION_BEFORE_RE.search(text[max(0, m.start() - 20) : m.start()]):
            yield Candidate(m.start(), m.end(), "DATE", 0.7)  # "version jun2" is a release
    for m in _MD_RANGE.finditer(text):
        days = [tuple(int(x) for x in m.group(g).split("/")) for g in ("a", "b")]
        if all(valid_ymd(2000, *d) for d in days) and not _UNIT_AFTER.match(text, m.end()):
            yield Candidate(m.start("a"), m.end("a"), "DATE", 0.7)
            yield Candidate(m.start("b"), m.end("b"), "DATE", 0.7)
    for m in finditer(_DAY_ALONE, text, lowered):
        yield Candidate(m.start("d"), m.end("d"), "DATE", 0.7)
    for m in _ROMANCE.finditer(text):
        yield Candidate(m.start(), m.end(), "DATE", 0.8)
    for year in _FOUR_DIGITS.finditer(text):
        month = _ROMANCE_MONTH_BEFORE.search(text, max(0, year.start() - 20), year.start())
        # Not "the Mars 2020 rover": a month without "de" only in Spanish or French text.
        if month and (month.group("de") or reads_romance(text)):
            yield Candidate(month.start(), year.end(), "DATE", 0.8)
    for m in _MONTH_YEAR.finditer(text):
        # "R TKA 1/1927": a month and a four-digit year, unless a ratio ("1/2000 dilution").
        if m.group("mm") or _cued(text, m.start()) or not _RATIO_AFTER.match(text, m.end()):
            yield Candidate(m.start(), m.end(), "DATE", 0.7)
    for m in _YEAR_MONTH.finditer(text):
        # "TAVR 2021-08": a year and a month; "2010-12" after "from" or "years" is a span.
        if _cued(text, m.start()) or not _SPAN_BEFORE.search(text[: m.start()]):
            yield Candidate(m.start(), m.end(), "DATE", 0.7)
    for m in _COMPACT.finditer(text):
        value = m.group(1)
        if not compact_date(value):
            continue
        # "seen 19220811", "adm 20261130": eight digits that read year first need no cue,
        # unless a word says they are an identifier.
        year_first = len(value) == 8 and 1900 <= int(value[:4]) <= 2039
        if _cued(text, m.start()) or (
            year_first and not _ID_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
        ):
            yield Candidate(m.start(), m.end(), "DATE", 0.85)
