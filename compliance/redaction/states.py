"""US state names and abbreviations: postal codes ("MA"), names ("Massachusetts") and the
older AP-style abbreviations people still write on forms ("Mass.", "N.C.", "Calif.")."""

from __future__ import annotations

import re

STATE_ABBRS = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "PR",
]  # fmt: skip
STATE_NAMES = [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
]  # fmt: skip
# AP style (and the Government Printing Office's), with their full stop.
AP_ABBRS = [
    "ala", "ariz", "ark", "calif", "cal", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr",
    "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "penn", "r.i", "s.c",
    "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wisc", "wyo", "d.c",
]  # fmt: skip

# The other territories a mailing address names like a state ("Masefau, MP 96799", "Alofau,
# Guam 96732"): for the address patterns only. The tagger's features keep to the lists above,
# which it was trained with. Their postal codes in capitals only: "as" and "mp" are words.
TERRITORIES = (
    r"(?-i:VI|GU|MP|AS)|cnmi|guam|american\s+samoa|(?:u\.?s\.?\s+)?virgin\s+islands|"
    r"northern\s+mariana\s+islands"
)

# A state: a postal code (any case: "Tx", "ga"), a name, or an AP abbreviation with its stop.
STATE_RE = (
    r"(?:"
    + "|".join(STATE_NAMES)
    + "|"
    + "|".join(a.replace(".", r"\.") + r"\." for a in sorted(AP_ABBRS, key=len, reverse=True))
    + "|"
    + "|".join(STATE_ABBRS)
    + "|"
    + TERRITORIES
    + r")(?![\w])\.?"
)


# "12 Main St^^Richmond^Virginia^23220", "N4*BROOKSVILLE*Florida*33733~": the state of an HL7
# or X12 address, before its ZIP.
_HL7_ZIP_AFTER_RE = re.compile(r"[\^*]\d{5}(?:-?\d{4})?(?![\w-])")


# "BLADENSBURG Virginia 08551", "linthicum virginia, 08807": a state before its ZIP in text.
_ZIP_AFTER_RE = re.compile(r",?\s+\d{5}(?:-\d{4})?(?![\w-])")


def state_before_zip(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a state's name before a ZIP code, between carets (or X12's
    asterisks) or in text: an address's state, not a person called Virginia."""
    if text[start:end].lower() not in STATE_NAMES:
        return False
    if text[start - 1 : start] in ("^", "*"):
        return bool(_HL7_ZIP_AFTER_RE.match(text, end))
    return bool(_ZIP_AFTER_RE.match(text, end))
