"""Street addresses: a grammar of US address lines.

    number  [direction]  name words  street type  [direction]  [unit [unit]]
    "1475 NW Loblolly Spur, Apt 5-F", "149-92 72nd Ave Spc 42", "866B SW Osprey Spur"

- the number: digits with an optional letter or a second number ("866B", "149-92"), or a
  direction and digits in grid towns ("N2845");
- numbered roads need no street type: "Hwy 136 E", "State Route 2", "County Road 486",
  "County Rd D", "FM 1780", "CR 110", "Rural Route 4 Box 503";
- grid addresses: "1250 W 2200 N";
- a road and a mile marker where homes have no number: "BIA Route 23, mile 4.6";
- units: "Apt 3R", "Bldg C Apt 210", "Lot 17", "Trlr 4", "Spc 42", "# 9", "Rear", "Basement";
- post office boxes.

Street types that are also ordinary words ("park", "run", "bend", "hollow") need more: a
capitalised street name, a numbered one ("9th path"), or a word before that says an address
follows ("mail goes to", "lives at", "pickup at").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from compliance.redaction import lexicon
from compliance.redaction.lowercase import lower_text
from compliance.redaction.spans import Candidate
from compliance.redaction.states import STATE_ABBRS

_I = re.IGNORECASE

_STRONG_SUFFIX = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|"
    r"terrace|ter|parkway|pkwy|highway|hwy|circle|cir|way|trail|trl|square|sq|plaza|pike|"
    r"alley|aly|route|rte|expressway|expy|turnpike|tpke|freeway|fwy|broadway|spur|mews|"
    r"causeway|cswy|crescent|cres|gade"
)
_WEAK_SUFFIX = (
    r"park|run|point|view|hill|hills|walk|path|loop|row|ridge|heights|hts|cove|creek|glen|"
    r"grove|harbor|landing|commons|meadow|meadows|crossing|xing|bend|green|gardens?|estates|"
    r"hollow|pass|trace|ext|extension|close|mews|gardens|crescent|knoll|rise|vale|gate"
)
# Unit words that only an address holds (a room or a flat is also a room in a building).
_UNIT_NAMES = r"apt|apartment|unit|suite|ste|fl|floor|bldg|lot|trlr|trailer|spc|pmb|box"
# A word only an address holds, to tell a street from words taken for one: the street
# types, unit words, and the words of Spanish, Portuguese and Filipino addresses.
STREET_WORD_RE = re.compile(
    rf"\b(?:{_STRONG_SUFFIX}|{_WEAK_SUFFIX}|{_UNIT_NAMES}|"
    r"bx|drawer|pob|po|rr|hc|hcr|calle|rua|avenida|carretera|carr|"
    r"camino|urb|urbanizaci[o\u00f3]n|barrio|bo|cond|blk|brgy|purok|sitio)\b",
    re.IGNORECASE,
)
_DIR = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|ne|nw|se|sw|[nsew])"
_UNIT_WORD = rf"(?:{_UNIT_NAMES}|room|rm|building|space|dept|flat|cabin)(?![a-z])|#"
_UNIT = (
    rf"(?:\s*,?\s*(?:(?:{_UNIT_WORD})\.?\s*#?\s*[a-z0-9][a-z0-9-]{{0,5}}\b"
    # A walk-up's floor: "1027 Crossbay Blvd, top floor", "64 Dyre Ave., 2nd floor front".
    r"|(?:top|ground|\d{1,2}(?:st|nd|rd|th))\s+(?:floor|fl)\b\.?)){0,2}"
    r"(?:\s*,?\s*(?:rear|front|upper|lower|upstairs|downstairs|basement|bsmt|penthouse|ph)\b"
    # "Apt 1 (back)", "#2 (upstairs)": which door, in brackets
    r"|\s*\((?:back|rear|front|side|upstairs|downstairs|upper|lower|basement|bsmt|garage)\))?"
)
# "866B", "149-92", "119-A", "3969 1/2", "N2845", "W250N7018" (grid towns).
_NUMBER = (
    r"(?:\b[nsew]\d{1,6}(?:[nsew]\d{1,6})?"
    r"|\b\d{1,6}[a-z]?(?:-\d{1,4}[a-z]?|-[a-z]\b)?(?:\s+1/2\b|\u00bd)?)"
)
# "One Redbud Sq", "Three West Kestrel Ln", "two east blacksmith st": a number in words,
# then at least one word of a street name.
_NUMBER_WORD = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ADDRESS_TEMPLATE = (
    rf"{_NUMBER}\s+"
    rf"(?P<words>(?:{_DIR}\.?\s+)?"
    # A street's words may have accents and Hawaiian's okina, U+02BB ("Kapu'ilima", "Niño").
    rf"(?:(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z\u00c0-\u024f\u02bb][a-z\u00c0-\u024f\u02bb\u2019'.-]*)\s+){{0,3}}?)"
    r"(?P<suffix>SUFFIX)\b\.?"
    # "24833 Lovers Lane Ct": a street named for a lane, then its own type.
    r"(?:\s+(?-i:Ct|Court|Cir|Circle|Pl|Place|Way|Dr|Drive|Loop)\b\.?)?"
    rf"(?:\s+{_DIR}\b\.?)?"
    rf"{_UNIT}"
)
# Strong suffixes first, so "520 grove rd" is not cut at "grove".
_NUMBER_WORD_RE = re.compile(_NUMBER_WORD, _I)
ADDRESS_RES = [
    re.compile(_ADDRESS_TEMPLATE.replace("SUFFIX", _STRONG_SUFFIX), _I),
    re.compile(_ADDRESS_TEMPLATE.replace("SUFFIX", _WEAK_SUFFIX), _I),
    re.compile(
        _ADDRESS_TEMPLATE.replace("SUFFIX", _STRONG_SUFFIX)
        .replace(_NUMBER, _NUMBER_WORD, 1)
        .replace("{0,3}?)", "{1,3}?)", 1),
        _I,
    ),
]
_NUMBERED_ROAD = (
    r"(?:state\s+(?:route|road|rd|highway|hwy)|(?:us|u\.s\.)\s+(?:route|highway|hwy)|"
    r"county\s+(?:road|rd|route|highway|hwy)|farm\s+to\s+market(?:\s+road)?|fm|cr|sr|"
    r"highway|hwy|route|rte|interstate|"
    # Texas: "Ranch Road 620", "RM 1431", "Private Road 5832", "Loop 289", "Spur 326", "Bus 83",
    # "Park Road 4", "SH 6", "US 59".
    # Not "PR" or "rm" ("HR 72 PR 160", "bed 2 rm 14"), and "US", "SH", "RM" in capitals.
    r"ranch\s+(?:to\s+market\s+)?road|private\s+road|park\s+road|loop|spur|"
    r"bus(?:iness)?(?:\s+(?:us|hwy|highway))?|(?-i:US|SH|RM)|"
    # The numbered avenues and roads of a county grid (Tulare, Fresno): "8397 Ave 197".
    r"(?-i:Avenue|Ave|Road|Rd))"
)
_SHORT_WORDS = r"(?:on|at|in|to|of|is|or|up|an|as|by|if|it|no|so|me|my|he|be|do|go|am|pm)"
NUMBERED_ROAD_RE = re.compile(
    rf"{_NUMBER}\s+(?:{_DIR}\.?\s+)?(?:old\s+)?{_NUMBERED_ROAD}\s*"
    # "County Road 486", "CR 99.2" (a county road numbered by tenths), "County Rd D".
    # A lettered road is no short word: "72 SR on monitor" is a rhythm.
    # The letter after a space: "9 busy" is no Bus Y.
    rf"(?:\d{{1,4}}(?:\.\d(?!\d))?[a-z]?\b|(?<=\s)(?!{_SHORT_WORDS}\b)[a-z]{{1,2}}\b)"
    rf"(?:\s+{_DIR}\b\.?)?{_UNIT}",
    _I,
)
RURAL_ROUTE_RE = re.compile(
    # "RR 2 Box 41", and the highway-contract and star routes: "HCR 11 Box 112", "HC 3 Box 9"
    r"\b(?:(?:rural\s+route|rr|hcr|hc|rte?|route)\s*#?\s*\d{1,4}|star\s+route)\s*,?\s*box\s*#?\s*"
    r"\d{1,6}\b",
    _I,
)
GRID_RE = re.compile(r"\b\d{1,5}\s+[NSEW]\.?\s+\d{1,5}\s+[NSEW]\b\.?")
# Where rural and reservation homes have no house number, a road and its mile marker:
# "BIA Route 23, mile 4.6", "Navajo Route 70, mile 34.4", "N45 mile 34.9", "CR 12 at MP 3".
MILE_MARKER_RE = re.compile(
    r"\b(?:(?:BIA|Navajo|Indian|Tribal|County|State|US|Farm)\s+)?"
    r"(?:route|rte|road|rd|highway|hwy|n|nr|ir|cr|sr|fm)\s*\d{1,4}[a-z]?\s*,?\s+"
    r"(?:at\s+|near\s+|by\s+)?(?:mile(?:\s*(?:marker|post))?|mp|mm)\s*#?\s*\d{1,3}(?:\.\d{1,2})?\b",
    _I,
)
_MILE_TAIL_RE = re.compile(r"(?:mile|marker|post|mp|mm)\s*#?\s*\d")
# Where a rural home has no number, the road it is up or off: "lives alone up SR 402", "second
# trailer up route 197", "on old 76", "road closed at SR 714". Not a route travelled ("walked 2
# miles on route 66"): only "up", "off" and "out" say where someone is on any route; "on" and
# "at" only before a state route's "SR" or an "old" road's number.
ROAD_MENTION_RE = re.compile(
    r"(?<!\bmiles )(?<!\bmile )\b(?:"
    r"(?:up|off|out)\s+(?:old\s+)?(?:sr|state\s+route|route|rte|rt|hwy|highway|[a-z]{2}-(?=\d))"
    r"\s*\d{1,4}\b"
    r"|(?:on|at)\s+(?:sr|s\.r\.)\s*\d{1,4}\b"
    r"|(?:on|up|off)\s+old\s+\d{1,3}\b"
    r"(?!\s*(?:mg|mcg|%|units?|years?|yrs?|days?|weeks?|lbs?|kg)\b))",
    _I,
)
_ROAD_NUMBER_RE = re.compile(r"(?:sr|s\.r\.|route|rte|rt|hwy|highway|old|[a-z]{2}-)\s*\d")
# "9896 KY-480", "12 US-23": a house number on a route named by its state's code (not an
# amount and a claim's adjustment code: "125.00 CO-45").
STATE_ROUTE_RE = re.compile(
    r"(?<![\w.,$])\d{1,6} (?:(?-i:[A-Z]{2})|us)-\d{1,4}\b(?!-)",
    _I,
)
_ROUTE_STATES = frozenset([*STATE_ABBRS, "US"])
# "PO Box 12", "P.O. Bx 12", "POB 12", "PO Drawer 12", "Post Office Box 12"; Guam's, the
# Marianas' and American Samoa's "Caller Box 12" and "PMB 31 Box 10024".
PO_BOX_RE = re.compile(
    r"\b(?:p\.?\s?o\.?\s*(?:box|bx|drawer)|pob|post\s+office\s+box|caller\s+box|"
    r"pmb\s*#?\s*\d+\s*,?\s*box)\s*#?\s*\d+\b",
    _I,
)
_NOT_STREET_WORDS = frozenset(
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "down", "up",
        "into", "onto", "over", "my", "your", "his", "her", "their", "our", "this", "that", "these",
        "those", "more", "less", "times", "time", "minutes", "minute", "hours", "hour", "days",
        "day", "weeks", "week", "months", "years", "blocks", "block", "miles", "mile", "feet",
        "tablets", "tablet", "pills", "pill", "mg", "ml", "units", "doses", "and", "or", "but",
        "is", "was", "are", "be", "it", "its", "me", "him", "them", "us", "you", "i", "we", "they",
        "all", "any", "some", "each", "per", "every", "across", "along", "around", "near", "past",
        "via"
    ]
)  # fmt: skip
_DIR_RE = re.compile(rf"{_DIR}\.?", _I)
_WEAK_SUFFIX_RE = re.compile(rf"^(?:{_WEAK_SUFFIX})$", _I)
# Words before an address: "mail goes to", "lives at", "pickup at", "ship to", "address is".
_ADDRESS_CUE = re.compile(
    r"\b(?:address\w*|addr|live[sd]?|living|reside[sd]?|residing|resides|moving|moved|move|"
    r"ship|send|mail|deliver\w*|pickup|pick\s+up|located|home|at|to|from|is|be)\b\W*$"
    r"|\b(?:address\w*|addr)\b(?:\W+\w+){1,2}\W*$",
    _I,
)


# "Apt 11F, 3722 Staghorn Fwy", "PMB 698, 2953 Waxwing Ave": the unit may come first.
_UNIT_BEFORE_RE = re.compile(
    rf"(?<![\w#])(?:{_UNIT_WORD})\.?\s*#?\s*[a-z0-9][a-z0-9-]{{0,5}},?\s+$", _I
)
_UNIT_AFTER_RE = re.compile(rf"\.?(?:\s+{_DIR}\b\.?)?\s*,?\s*(?:{_UNIT_WORD})\.?\s*#?\s*\d", _I)
# French and Spanish streets: "180 rue Mouffetard", "Av. Insurgentes Sur 1234, Int. 5",
# "Calle 5 #123", "Carrera 12 # 34-56", "Urb. Las Lomas, Calle 3 B-12".
FRENCH_STREET_RE = re.compile(
    r"\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|chemin|all[e\u00e9]e|"
    r"impasse|quai|place|route)\s+(?:(?i:de|du|des|la|le|l['\u2019])\s*)*"
    r"[A-Z\u00c0-\u00dd][\w'\u2019-]+(?:\s+[A-Z\u00c0-\u00dd][\w'\u2019-]+)?"
)
# Most text names no French or Spanish street: a cheap look before the two patterns.
_ROMANCE_STREET_WORD_RE = re.compile(
    r"\b(?:rue|av|avenue|avenida|avda|bd|boulevard|chemin|all[e\u00e9]e|impasse|quai|place|route|"
    r"urb|urbanizaci[o\u00f3]n|calle|c/|calz|calzada|carrera|cra|paseo|camino|carretera|chalan)\b",
    _I,
)
_ROMANCE_STREET_WORD_LOWER = re.compile(_ROMANCE_STREET_WORD_RE.pattern)
SPANISH_STREET_RE = re.compile(
    r"(?:\b(?:urb\.?|urbanizaci[o\u00f3]n)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+,?\s+)?"
    r"\b(?:calle|c/|avenida|avda\.?|av\.|calz\.|calzada|carrera|cra\.|paseo|camino|carretera)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,4}?(?:#\s*)?\d{1,5}[a-z]?"
    r"(?:\s*[-#]\s*\d{1,4}(?:-\d{1,4})?|\s+[a-z]-\d{1,4})?"
    r"(?:,?\s*(?:int\.?|interior|depto\.?|apt\.?|piso)\s*\d{1,4})?"
    # "Calle Mabí #137, Urb. Valle Guabina": the urbanización after the calle.
    r"(?:,?\s*(?:urb\.?|urbanizaci[o\u00f3]n)\s+(?:(?:de|del|la|las|los|el)\s+)?"
    r"(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]+(?:\s+(?:(?:de|del|la|las|los|el)\s+)?"
    r"(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]+){0,2})?"
    # "807 Calle Guadalupe", "3215 camino del rey": a US house number before a Spanish street;
    # Guam's and the Marianas' "chalan" (road) likewise, or a lot's number ("Lot 512 Chalan X").
    r"|(?<![\w.,$])(?:lot\s+)?\d{1,6}\s+(?:calle|avenida|camino|paseo|privada|cerrada|circulo|"
    r"chalan)\s+"
    r"(?:(?:de|del|la|las|los|el)\s+){0,2}[^\W\d_][\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?",
    _I,
)


# "869 carissa run, chuluota 33260": a town and a ZIP code after say the words are a street.
_CITY_ZIP_AFTER_RE = re.compile(r",\s*[^\W\d_]+(?:\s[^\W\d_]+)?,?\s+\d{5}(?![\w-])")


def _street_name_ok(m: re.Match, text: str) -> bool:
    words = m.group("words").split()
    if any(w.lower().strip(".") in _NOT_STREET_WORDS for w in words):
        # "5 minutes down the road": a street name is not made of function words.
        return False
    if not _WEAK_SUFFIX_RE.match(m.group("suffix")):
        return True
    if _UNIT_AFTER_RE.match(text, m.end("suffix")):
        return True  # "30282 lamar knoll ste. 450": a unit says the weak suffix is a street
    names = [w for w in words if not _DIR_RE.fullmatch(w)]
    return (
        bool(names)
        and (
            all(w[0].isupper() or w[0].isdigit() for w in names)
            or any(w[0].isdigit() for w in names)  # "9th path"
            or bool(_ADDRESS_CUE.search(text[max(0, m.start() - 25) : m.start()]))
            or bool(_CITY_ZIP_AFTER_RE.match(text, m.end()))
        )
    )


# Cross streets, where someone stays, was found or was picked up: "Mifflin and 11th",
# "Elden St & 60th St", "rte 73 & tusculum rd", "63rd & Manayunk SE", "corner of tasker and
# 18th", "intersection (Buist Ave and Ardleigh)". A side is a route, an ordinal street, a street
# with its type, or a bare street name; which pairs are taken is ``_cross_streets``' choice.
# The street types here are those no clinical phrase ends with ("drive", "place" and "court"
# only capitalised: "sex drive and", "in place and").
_CROSS_TYPE = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|parkway|pkwy|highway|hwy|pike|"
    r"terrace|broadway|(?-i:Drive|Dr|Place|Pl|Court|Ct)"
)
_CROSS_SIDE = (
    r"(?P<{g}route>(?:route|rte|rt|hwy|highway|sr|cr|county\s+(?:road|rd|route)|"
    r"(?-i:Avenue|Ave|Road|Rd))\s*\d{{1,4}}[a-z]?\b)"
    rf"|(?P<{{g}}typed>(?:[^\W\d_][\w'\u2019-]*\s+)?(?:\d{{{{1,3}}}}(?:st|nd|rd|th)|[^\W\d_][\w'\u2019-]*)"
    rf"\s+(?:{_CROSS_TYPE})\b\.?)"
    r"|(?P<{g}ordinal>\d{{1,3}}(?:st|nd|rd|th)\b)"
    r"|(?P<{g}bare>[^\W\d_][\w'\u2019-]{{2,}})"
)
_INTERSECTION = (
    r"(?<![\w-])(?:" + _CROSS_SIDE.format(g="a") + r")\s*(?:CONJ)\s*"
    r"(?:" + _CROSS_SIDE.format(g="b") + r")(?:\s+(?P<q>(?-i:NE|NW|SE|SW))\b)?"
)
INTERSECTION_RE = re.compile(_INTERSECTION.replace("CONJ", r"&|\band\b|\by\b"), _I)
# "kissengen blvd/kirkman ave": looked for only around a slash after a street's type.
SLASH_INTERSECTION_RE = re.compile(_INTERSECTION.replace("CONJ", r"(?<=[a-z.])/"), _I)
# Before two bare street names: a word that says a crossing is meant.
_CROSSING_CUE_RE = re.compile(
    r"(?:corner\s+of|intersection(?:\s+of)?|cross\s*streets?|esquina(?:\s+de)?|"
    r"entre)\s*[(:\"']?\s*(?:the\s+)?$",
    _I,
)
# Before a bare street name and an ordinal one: where someone is.
_AT_CUE_RE = re.compile(
    r"\b(?:(?:at|on|near|by|from|off|behind|stay|stays|staying|en|de|del)\s+"
    r"|location\s*[:=]?\s*[\"']?)$",
    _I,
)
# "the 2nd and 3rd doses", "Mifflin and 5th metatarsal": what an ordinal counts.
_ORDINAL_NOUN_RE = re.compile(
    r"\s+(?:dose|doses|time|times|trimester|grade|floor|fl|year|years|yr|day|days|week|weeks|"
    r"visit|visits|degree|toe|toes|finger|fingers|digit|digits|rib|ribs|ventricle|nerve|nerves|"
    r"percentile|generation|cycle|cycles|round|line|attempt|shift|place|birthday|child|baby|"
    r"pregnancy|month|months|period|session|sessions|metatarsal|metacarpal|intercostal|ics|"
    r"lumbar|cervical|thoracic|sacral|heart\s+sound|party|opinion|shot|shots|booster)\b",
    _I,
)


def _bare_street(text: str, value: str, *, strong_cue: bool) -> bool:
    """A bare word read as a street's name: capitalised in cased text, no ordinary word in
    lower case (after a crossing's own cue, any word that is no function word)."""
    word = value.lower()
    if word in lexicon.function_words() or word in lexicon.CLINICAL_WORDS:
        return False
    if value[:1].isupper():
        return not value.isupper() or len(value) > 3
    return text.islower() and (strong_cue or word not in lexicon.common_words())


def _typed_street(value: str) -> bool:
    """ "Elden St", "60th St", "tusculum rd": no function or clinical word before the type, and
    not "ST" of an ECG ("no ST and T wave changes")."""
    *names, kind = value.rstrip(".").split()
    if kind == "ST":
        return False
    return not any(
        n.lower() in lexicon.function_words() or n.lower() in lexicon.CLINICAL_WORDS for n in names
    )


_CONJ_RE = re.compile(r"\s*(?:&|\band\b|\by\b|(?<=[a-z.])/(?=[a-z0-9]))\s*", _I)
# "on kissengen blvd/kirkman ave": a slash joins two streets only after a street's type.
_TYPE_BEFORE_SLASH_RE = re.compile(rf"\b(?:{_CROSS_TYPE})\.?$", _I)


def _cross_streets(text: str) -> Iterator[tuple[int, int]]:
    if (
        " and " not in text
        and "&" not in text
        and " y " not in text
        and " AND " not in text
        and "/" not in text
    ):
        return
    done = 0
    # Most lines join words with "and" and name no street: look only around each "and".
    for conj in _CONJ_RE.finditer(text):
        if conj.start() < done:
            continue
        if conj.group() == "/" and not _TYPE_BEFORE_SLASH_RE.search(
            text, max(0, conj.start() - 12), conj.start()
        ):
            continue
        pos = max(done, conj.start() - 48)
        pattern = SLASH_INTERSECTION_RE if conj.group() == "/" else INTERSECTION_RE
        while (m := pattern.search(text, pos, conj.end() + 48)) is not None:
            if m.start() > conj.start():
                break
            if m.end() > conj.end() and _crossing(text, m):
                yield m.span()
                done = m.end()
                break
            # "at Bridesburg Ave and McKean": the first side may have taken a word before the
            # street's name; try again from the next word.
            space = text.find(" ", m.start(), conj.start())
            if space < 0:
                break
            pos = space + 1


def _plain_word(word: str) -> bool:
    """A word of ordinary English or a function word: no place's name, in lower case."""
    word = word.lower()
    return (
        word in lexicon.function_words()
        or word in lexicon.common_words()
        or word in lexicon.CLINICAL_WORDS
        or lexicon.is_english(word)
    )


def _capitalised_name(value: str) -> bool:
    """A capitalised word that is no ordinary one: a street's or a place's own name."""
    return value[:1].isupper() and not _plain_word(value)


def _crossing(text: str, m: re.Match[str]) -> bool:
    """Whether the two sides ``m`` found name a crossing (see ``INTERSECTION_RE``, and
    ``SLASH_INTERSECTION_RE`` for a slash)."""
    before = text[max(0, m.start() - 30) : m.start()]
    crossing = bool(_CROSSING_CUE_RE.search(before))
    at = crossing or bool(_AT_CUE_RE.search(before))
    quadrant = m.group("q") is not None
    kinds = []
    sides = []
    for g in "ab":
        kind = next(k for k in ("route", "typed", "ordinal", "bare") if m.group(g + k))
        value = m.group(g + kind)
        if kind == "typed":
            ok = _typed_street(value)
        elif kind == "bare":
            ok = _bare_street(text, value, strong_cue=crossing or quadrant)
        elif kind == "ordinal":
            ok = not _ORDINAL_NOUN_RE.match(text, m.end(g + kind))
        else:
            ok = True
        kinds.append(kind if ok else "bad")
        sides.append(m.span(g + kind))
    if "bad" in kinds or kinds == ["ordinal", "ordinal"]:
        return False
    strong = sum(k in ("route", "typed") for k in kinds)
    if "/" in text[sides[0][1] : sides[1][0]]:
        # "kissengen blvd/kirkman ave", "corner of soursop ave/mamey"; not "w/o", "n/v".
        return kinds[0] == "typed" and (strong == 2 or at or crossing)
    # "picked up at Suitland and Printz": after "at", two capitalised names that are no
    # English words (not "at Barnes and Noble").
    names_at = (
        at
        and kinds == ["bare", "bare"]
        and all(_capitalised_name(m.group(g + "bare")) for g in "ab")
    )
    # "Plimpton & 171st", "Undercliff and 176th St": a street's name that is no ordinary word,
    # capitalised, beside a numbered street.
    named_numbered = any(
        kind == "bare" and _capitalised_name(m.group(g + "bare"))
        for g, kind in zip("ab", kinds, strict=True)
    ) and any(
        kind == "ordinal" or (kind == "typed" and m.group(g + "typed")[:1].isdigit())
        for g, kind in zip("ab", kinds, strict=True)
    )
    return (
        strong == 2
        or named_numbered
        or (strong == 1 and (at or quadrant or "ordinal" in kinds))
        or ("ordinal" in kinds and (at or quadrant))
        or crossing
        or quadrant
        or names_at
    )


# A street named without its number, where someone lives or comes from: "she lives on
# Wynnewood st", "its pesha from hartranft ave", "moved to 11th st".
_NAMED_TYPES = (
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "terrace",
    "pike", "parkway", "pkwy", "way", "trail", "trl", "circle", "cir",
)  # fmt: skip
STREET_NAMED_RE = re.compile(
    r"\b(?:(?:lives?|living|stays?|staying|moved|move|moving|house|home|apartment|from|over)\s+"
    r"(?:(?:on|off|at|to|in)\s+)?"
    # "the motel on soutel rd", "the pharmacy on kirkman ave": a place on the street.
    r"|(?:motel|hotel|inn|shelter|trailer|pharmacy|office|clinic|store|church)\s+(?:on|off)\s+)"
    r"(?P<street>(?:[^\W\d_][\w'\u2019-]*\s+)?(?:\d{1,3}(?:st|nd|rd|th)|[^\W\d_][\w'\u2019-]*)\s+"
    rf"(?:{'|'.join(_NAMED_TYPES)})\b\.?)",
    _I,
)
_NAMED_TYPE_NEEDLES = tuple(f" {word}" for word in _NAMED_TYPES)
# "Bldg 14 Apt 3D, Tulpehocken Gardens", "Sligo Manor #232": a flat in a named complex.
_COMPLEX_WORDS = (
    "Gardens", "Manor", "Apartments", "Apts", "Towers", "Village", "Homes", "Estates", "Houses",
    "Court", "Terrace", "Commons",
)  # fmt: skip
COMPLEX_RE = re.compile(
    r"\b(?i:bldg|building)\.?\s*#?\s*[A-Za-z0-9]{1,4}\s*,?\s*(?i:apt|apartment|unit|#)\.?\s*#?\s*"
    r"[A-Za-z0-9-]{1,5}\b"
    rf"(?:,\s*(?:[A-Z][\w'\u2019-]+\s+){{1,2}}(?:{'|'.join(_COMPLEX_WORDS)}|Plaza|Park)\b)?"
    rf"|\b(?:[A-Z][\w'\u2019-]+\s+){{1,2}}(?:{'|'.join(_COMPLEX_WORDS)})"
    r"\s*,?\s*(?:#|(?i:apt|unit)\.?\s*#?)\s*[A-Za-z0-9-]{1,5}\b"
)


# A home in a park or a village, by its lot or site: "sandspur estates site d43", "Lot 411,
# Cocoplum Isles", "Palmetto Shores MHP lot 12".
# Farmworker housing the same way: "Las Palmas camp cabin 5", "El Mirador Migrant Center #45",
# "Unit 79, Los Arcos Farm Labor Center".
_PARK_WORDS = (
    r"estates|park|mhp|mobile\s+home\s+park|rv\s+park|isles|shores|acres|villas|village|"
    r"(?:labor\s+)?camp|migrant\s+center|(?:farm\s+)?labor\s+center"
)
_PARK_UNIT = r"(?:lot|site|space|spc|cabin|unit|#)\s*#?\s*[a-z0-9][a-z0-9-]{0,4}\b"
# One or two words that name a place (not "the", "from", "near" or a short word).
_PLACE_NAME_WORDS = rf"(?:(?!{_SHORT_WORDS}\b|the\b|from\b|near\b)[^\W\d_][\w'\u2019-]*\s+){{1,2}}"
MOBILE_HOME_RE = re.compile(
    rf"\b{_PLACE_NAME_WORDS}"
    rf"(?:{_PARK_WORDS})\s*,?\s*{_PARK_UNIT}"
    rf"|\b{_PARK_UNIT}\s*,\s*(?:[A-Z][\w'\u2019-]*\s+){{1,2}}(?i:{_PARK_WORDS})\b",
    _I,
)
_PARK_UNIT_NEEDLES = ("lot", "site", "space", "spc", "cabin", "unit", "#")
_PARK_NEEDLES = (
    "estates", "park", "mhp", "isles", "shores", "acres", "villas", "village", "camp", "center",
)  # fmt: skip
# A road named without a number where someone is: "near the Geer canal road".
CANAL_ROAD_RE = re.compile(
    rf"\b(?:the\s+)?{_PLACE_NAME_WORDS}(?:canal|levee|ditch|frontage)\s+(?:road|rd)\b\.?",
    _I,
)
_CANAL_NEEDLES = ("canal", "levee", "ditch", "frontage")
# A grid road alone after a word or mark that says where: "at Avenue 352", ",Road 217,".
GRID_ROAD_RE = re.compile(
    r"(?:(?<=\bon )|(?<=\bat )|(?<=\bnear )|(?<=\boff )|(?<=,)|(?<=, )|(?<=: ))"
    r"(?-i:Avenue|Ave|Road|Rd)\.?\s+\d{1,3}\b(?![\w.%/-])"
)
# Puerto Rico. A mountain home has no number: the road and its kilometre, "Carr. 152 Km 3.4",
# "PR-155 km 26.2", "Carretera 803 kilómetro 3.1", "Carr 10 K17.8", with the barrio and sector
# around it ("Carr. 123 Km 33.4, Bo. Jobos", "Bo. Anones, Sector Chivi, Carr. 123 Km 24.6"),
# which are also named alone as where someone lives ("Sector Los Mauras", "sector el cobo, bo
# portugués"); a public housing block, "Res. Magueyes, Edif. 4 Apt 983"; a calle without a number,
# "C/ Jobillo", "la Calle Almendro".
_PR_ARTICLE = r"(?:(?:el|la|los|las|de|del)\s+)"
_PR_AREA = (
    rf"(?P<kind>\bbo\.|\bbarrio\b|\bsector\b|\bsect\.|(?<=, )bo\b|(?-i:\bBo\b))\s*"
    rf"(?P<place>{_PR_ARTICLE}?(?P<name>[^\W\d_][\w'\u2019-]*)"
    r"(?:\s+(?:abajo|arriba|(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]*))?)"
)
PR_AREA_RE = re.compile(_PR_AREA, _I)
KM_ROAD_RE = re.compile(
    r"\b(?:(?:carr(?:etera)?|ruta)\.?\s*#?\s*|pr-?\s*)\d{1,4}[a-z]?\s*,?\s*"
    r"(?:km\.?|k(?=\d)|kil[o\u00f3]metro)\s*\d{1,3}(?:[.,]\d{1,2})?(?!\d)"
    r"(?:\s+int(?:erior)?\b\.?)?",
    _I,
)
# Most text names no barrio and no kilometre: a cheap look before the patterns.
_KM_HINT_RE = re.compile(r"km|kil|\bk\d")
_PR_AREA_HINT_RE = re.compile(r"\bbo\b|barrio|sector|\bsect\.")
RESIDENCIAL_RE = re.compile(
    r"\b(?P<kind>res\.|residencial|cond\.|condominio)\s+"
    rf"{_PR_ARTICLE}?[^\W\d_][\w'\u2019-]*(?:\s+(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]*)?"
    r"(?P<tail>(?:\s*,?\s*(?:edif\.?|edificio|bldg\.?|building)\s*#?\s*\d{1,3}[a-z]?)?"
    r"(?:\s*,?\s*(?:apt\.?|apto\.?|apartamento|#)\s*#?\s*\d{1,4}[a-z]?\b)?)",
    _I,
)
_RESIDENCIAL_HINT_RE = re.compile(r"\bres\.|residencial|\bcond\.|condominio")
CALLE_NAME_RE = re.compile(
    r"\b(?:c/\s*|(?-i:C)alle\s+)(?!" + _PR_ARTICLE + r")"
    r"(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]+(?:\s+(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]+)?"
    r"|\bc/\s*[^\W\d_][\w'\u2019-]+",
    _I,
)
# New York's public housing, by its development: "the Marmion Houses, building 2", "beekman
# houses 8e", "(popham houses)".
HOUSES_RE = re.compile(
    r"(?:\bthe\s+)?\b(?P<name>[^\W\d_][\w'\u2019-]*)\s+houses\b"
    r"(?P<unit>(?:\s*,?\s*(?:bldg\.?|building)\s*#?\s*\d{1,3}[a-z]?)?"
    r"(?:\s*,?\s*(?:(?:apt\.?|apartment|#)\s*#?\s*)?\d{1,2}[a-h]\b)?)",
    _I,
)
# The Virgin Islands: an estate and the plot or house in it, "Plot 161 Estate Solitude",
# "No. 209-C Estate Welgunst", "17-14 Estate Wintberg", "Estate Nisky, plot 150".
ESTATE_RE = re.compile(
    r"(?P<lead>\b(?:plot|parcel|no\.|(?-i:No))\s*#?\s*)?\b\d{1,4}(?:-\d{1,3})?(?:-?[a-d])?\s*,?\s+"
    r"(?P<estate>estate)\s+(?P<name>[^\W\d_][\w'\u2019-]*)"
    r"|\b(?-i:Estate)\s+(?-i:[A-Z])[\w'\u2019-]*\s*,?\s*(?:plot|parcel|lot|no\.?|#)\s*#?\s*"
    r"\d{1,4}(?:-[a-d])?\b",
    _I,
)


def _island_addresses(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Puerto Rico's and the Virgin Islands' addresses, and New York's housing developments
    (the patterns above); each runs only where a word it needs is in the text."""
    if _KM_HINT_RE.search(lowered):
        yield from (m.span() for m in KM_ROAD_RE.finditer(text))
    if _PR_AREA_HINT_RE.search(lowered):
        for m in PR_AREA_RE.finditer(text):
            name = m.group("name")
            # "the private sector", "sector scan", "Bo Jackson": a capitalised name, or after
            # an article or a barrio's "Bo.", a word that is no ordinary English word.
            named = name[:1].isupper() and m.group("kind") != "Bo"
            after_article = len(m.group("place").split()) > 1 or m.group("kind").lower() != "sector"
            if named or (after_article and not _plain_word(name)):
                yield m.span()
    if _RESIDENCIAL_HINT_RE.search(lowered):
        for m in RESIDENCIAL_RE.finditer(text):
            if m.group("tail") or m.group("kind").lower() in ("residencial", "condominio"):
                yield m.span()
    if "c/" in lowered or "Calle " in text:
        yield from (m.span() for m in CALLE_NAME_RE.finditer(text))
    if "houses" in lowered:
        for m in HOUSES_RE.finditer(text):
            name = m.group("name")
            if not _plain_word(name) or (name[:1].isupper() and m.group("unit")):
                yield m.span()
    if "estate" in lowered:
        for m in ESTATE_RE.finditer(text):
            if m.group("estate") is None or m.group("lead"):
                yield m.span()
            elif m.group("estate") == "Estate" and m.group("name")[:1].isupper():
                yield m.span()  # "14 Estate Nadir"
            elif not _plain_word(m.group("name")):
                yield m.span()  # "17-14 estate wintberg", not "2 estate sales"


# "No. 21 Dronningens Gade": the word before a house number.
_NO_BEFORE_RE = re.compile(r"(?:\bNo\.?|\bno\.)\s*$")
# "Village of Tequesta, 1703 Boniato Trl", "1493 Normandy Trl, Village of Mayaimi": the
# retirement village a street is in, named beside it.
_VILLAGE_BEFORE_RE = re.compile(r"\b(?:the\s+)?villages?\s+of\s+[^\W\d_][\w'\u2019-]*\s*,\s*$", _I)
_VILLAGE_AFTER_RE = re.compile(r"\s*,\s*(?:the\s+)?villages?\s+of\s+[^\W\d_][\w'\u2019-]*", _I)


def _with_village(text: str, start: int, end: int) -> tuple[int, int]:
    if before := _VILLAGE_BEFORE_RE.search(text, max(0, start - 40), start):
        start = before.start()
    if after := _VILLAGE_AFTER_RE.match(text, end):
        end = after.end()
    return start, end


@lru_cache(maxsize=64)
def street_addresses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every street address line in the text (the city and ZIP detector
    asks again for the same text, so the answer is kept)."""
    found = list(_cross_streets(text))
    lowered = text.lower()
    # The two patterns run only where a word they need is in the text.
    named = any(needle in lowered for needle in _NAMED_TYPE_NEEDLES)
    for m in STREET_NAMED_RE.finditer(text) if named else ():
        if _typed_street(m.group("street")):
            found.append(m.span("street"))
    if any(needle in lowered for needle in _CANAL_NEEDLES):
        found += [m.span() for m in CANAL_ROAD_RE.finditer(text)]
    found += _island_addresses(text, lowered)
    if not any(map(str.isdigit, text)) and not _NUMBER_WORD_RE.search(text):
        return tuple(found)
    for pattern in ADDRESS_RES:
        for m in pattern.finditer(text):
            if _street_name_ok(m, text):
                unit = _UNIT_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
                found.append((unit.start() if unit else m.start(), m.end()))
    for pattern in (NUMBERED_ROAD_RE, RURAL_ROUTE_RE, GRID_RE, PO_BOX_RE):
        found += [m.span() for m in pattern.finditer(text)]
    # Two patterns that run only where the words and digit they end on are in the text.
    simple_lower = lower_text(text)
    if simple_lower is None or _MILE_TAIL_RE.search(simple_lower):
        found += [m.span() for m in MILE_MARKER_RE.finditer(text)]
    if "bldg" in lowered or "building" in lowered or any(w in text for w in _COMPLEX_WORDS):
        found += [m.span() for m in COMPLEX_RE.finditer(text)]
    road_mention = simple_lower is None or _ROAD_NUMBER_RE.search(simple_lower)
    for m in ROAD_MENTION_RE.finditer(text) if road_mention else ():
        # The road, without the word that says where on it: "up [SR 402]".
        found.append((m.start() + len(m.group().split(None, 1)[0]) + 1, m.end()))
    for m in STATE_ROUTE_RE.finditer(text):
        if m.group().split()[-1].split("-")[0].upper() in _ROUTE_STATES:
            found.append(m.span())
    if _ROMANCE_STREET_WORD_LOWER.search(lowered):
        for pattern in (FRENCH_STREET_RE, SPANISH_STREET_RE):
            found += [m.span() for m in pattern.finditer(text)]
    if any(needle in lowered for needle in _PARK_UNIT_NEEDLES) and any(
        needle in lowered for needle in _PARK_NEEDLES
    ):
        found += [m.span() for m in MOBILE_HOME_RE.finditer(text)]
    if "Av" in text or "Rd" in text or "Road" in text:
        found += [m.span() for m in GRID_ROAD_RE.finditer(text)]
    if "village" in lowered:
        found = [_with_village(text, start, end) for start, end in found]
    if found and ("No" in text or "no." in lowered):
        # "No. 21 Dronningens Gade": the number's own word.
        found = [
            (
                m.start() if (m := _NO_BEFORE_RE.search(text, max(0, start - 5), start)) else start,
                end,
            )
            for start, end in found
        ]
    return tuple(found)


def find_address(text: str) -> Iterator[Candidate]:
    for start, end in street_addresses(text):
        if text[end : end + 1] == "=":
            continue  # "202 src=10.0.0.1": a status code and a log key
        yield Candidate(start, end, "ADDRESS", 0.85)
