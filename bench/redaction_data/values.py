"""Fake identifier values, one generator per label, with disjoint pools for the two splits.

Every pool that a detector could learn (names, streets, cities, e-mail domains, key names) is
split by a stable hash: the "heldout" split only ever sees values the "tune" split never does.
"""

from __future__ import annotations

import hashlib
import random
import string
from functools import cache

from faker import Faker

LOCALES = [("en_US", 6), ("es_MX", 3), ("en_IN", 2), ("vi_VN", 1), ("de_DE", 1), ("fr_FR", 1),
           ("it_IT", 1), ("pl_PL", 1), ("pt_BR", 1), ("yo_NG", 1), ("en_GB", 1), ("tr_TR", 1),
           ("ga_IE", 1), ("en_NG", 1)]  # fmt: skip


def in_split(value: str, split: str) -> bool:
    bucket = int(hashlib.sha1(value.lower().encode(), usedforsecurity=False).hexdigest(), 16) % 4
    return (bucket == 0) == (split == "heldout")


@cache
def _name_pools(
    split: str,
) -> tuple[list[tuple[str, int]], dict[str, list[str]], dict[str, list[str]]]:
    firsts: dict[str, list[str]] = {}
    lasts: dict[str, list[str]] = {}
    for locale, _ in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(7)
        f = {fake.first_name() for _ in range(400)}
        ln = {fake.last_name() for _ in range(400)}
        firsts[locale] = sorted(x for x in f if in_split(x, split) and " " not in x)
        lasts[locale] = sorted(x for x in ln if in_split(x, split))
    return LOCALES, firsts, lasts


def person(rng: random.Random, split: str) -> tuple[str, str]:
    locales, firsts, lasts = _name_pools(split)
    usable = [(loc, w) for loc, w in locales if firsts[loc] and lasts[loc]]
    locale = rng.choices([loc for loc, _ in usable], [w for _, w in usable])[0]
    return rng.choice(firsts[locale]), rng.choice(lasts[locale])


def full_name(rng: random.Random, split: str) -> str:
    first, last = person(rng, split)
    form = rng.random()
    if form < 0.6:
        return f"{first} {last}"
    if form < 0.75:
        return f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
    if form < 0.85:
        return first
    return f"{last}, {first}"


def surname(rng: random.Random, split: str) -> str:
    return person(rng, split)[1]


STREETS = ["Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park",
           "Walnut", "Spring", "Church", "Highland", "Sunset", "Lincoln", "Jackson", "Franklin",
           "Willow", "Madison", "Ridge", "Cherry", "Jefferson", "Meadow", "River", "Chestnut",
           "Mill", "Center", "Forest", "Adams", "Hickory", "Dogwood", "Birch", "Magnolia",
           "Sycamore", "Lakeview", "Woodland", "Fairview", "Broad", "Market", "Water", "Grove",
           "Liberty", "Prospect", "Union", "Jefferson Davis", "Martin Luther King Jr", "Old Mill",
           "Green Valley", "Fullerton", "Belmont", "Halsted", "Peachtree", "Congress", "Dauphine",
           "Lombard", "Mission", "Alvarado", "Figueroa", "Bissonnet", "Westheimer", "Colfax",
           "Euclid", "Kingsbury", "Tremont", "Boylston", "Commonwealth", "Ocean", "Bay", "Beacon",
           "5th", "12th", "42nd", "3rd", "101st", "2nd", "1st", "19th"]  # fmt: skip
SUFFIXES = [("St", 10), ("Street", 6), ("Ave", 8), ("Avenue", 4), ("Rd", 6), ("Road", 3),
            ("Dr", 5), ("Drive", 3), ("Ln", 3), ("Lane", 2), ("Blvd", 3), ("Ct", 2), ("Court", 1),
            ("Way", 2), ("Pl", 1), ("Place", 1), ("Ter", 1), ("Terrace", 1), ("Cir", 1),
            ("Circle", 1), ("Pkwy", 1), ("Hwy", 1), ("Trail", 1), ("Loop", 1), ("Pike", 1),
            ("Row", 1), ("Run", 1), ("Point", 1), ("Crossing", 1), ("Sq", 1)]  # fmt: skip
UNITS = ["Apt 4B", "Apt. 12", "Unit 3", "Suite 210", "#7", "Apt 2", "Ste 100", "Fl 3", "Unit B"]


def street_address(rng: random.Random, split: str) -> str:
    name = rng.choice([s for s in STREETS if in_split(s, split)])
    suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
    number = str(
        rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 99999)])
    )
    direction = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "North ", "NE "])
    unit = rng.choice(["", "", ""] + [", " + u for u in UNITS] + [" " + u for u in UNITS])
    return f"{number} {direction}{name} {suffix}{unit}"


CITIES = ["Springfield", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
          "Dallas", "Austin", "Jacksonville", "Columbus", "Charlotte", "Indianapolis", "Seattle",
          "Denver", "Nashville", "Oklahoma City", "El Paso", "Boston", "Portland", "Las Vegas",
          "Detroit", "Memphis", "Louisville", "Baltimore", "Milwaukee", "Albuquerque", "Tucson",
          "Fresno", "Sacramento", "Mesa", "Atlanta", "Omaha", "Raleigh", "Miami", "Oakland",
          "Minneapolis", "Tulsa", "Wichita", "Cleveland", "Tampa", "Aurora", "Anaheim", "Honolulu",
          "Lexington", "Stockton", "Henderson", "Riverside", "Newark", "Saint Paul", "Cincinnati",
          "Orlando", "Pittsburgh", "Greensboro", "Toledo", "Lincoln", "Durham", "Chandler", "Madison",
          "Lubbock", "Laredo", "Buffalo", "Reno", "Gilbert", "Boise", "Richmond", "Spokane",
          "Des Moines", "Tacoma", "Modesto", "Fayetteville", "Worcester", "Kalamazoo", "Provo",
          "Yonkers", "Hialeah", "Syracuse", "Savannah", "Dayton", "Rockford", "Joliet", "Paterson",
          "Bridgeport", "Naperville", "Pasadena", "Cary", "Macon", "Killeen", "Salinas", "Hartford",
          "Brownsville", "Fort Wayne", "Grand Rapids", "Little Rock", "Chattanooga", "Knoxville",
          "Shreveport", "Mobile", "Amarillo", "Huntsville", "Akron", "Fort Lauderdale", "Ann Arbor",
          "Scranton", "Bakersfield", "Eugene", "Burlington", "Bangor", "Billings", "Duluth"]  # fmt: skip
STATES = ["IL", "TX", "AZ", "PA", "CA", "FL", "OH", "NC", "IN", "WA", "CO", "TN", "OK", "MA", "OR",
          "NV", "MI", "KY", "MD", "WI", "NM", "GA", "NE", "MN", "KS", "NY", "NJ", "VA", "HI", "ID"]  # fmt: skip


def city(rng: random.Random, split: str) -> str:
    return rng.choice([c for c in CITIES if in_split(c, split)])


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    return z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else "")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(1925, 2025), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[m - 1]
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{month} {d}, {y}", f"{month} {d}", f"{d} {month} {y}", f"{month[:3]} {d}",
        f"{month[:3]}. {d}, {y}", f"{month} {d}{_ordinal(d)}", f"{month} {y}", f"{m}-{d}-{y}",
    ])  # fmt: skip


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def age_over_89(rng: random.Random) -> str:
    return str(rng.randint(90, 106))


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    return rng.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}",
                       f"+1 {a} {b} {c:04d}", f"1-{a}-{b}-{c:04d}", f"{a} {b} {c:04d}",
                       f"{a}{b}{c:04d}", f"({a}){b}-{c:04d}"])  # fmt: skip


DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
           "comcast.net", "protonmail.com", "example.org", "mail.com", "att.net", "verizon.net",
           "live.com", "msn.com", "me.com", "ymail.com"]  # fmt: skip


def email(rng: random.Random, split: str) -> str:
    first, last = person(rng, split)
    first = _ascii(first).lower() or "pat"
    last = _ascii(last).lower().replace(" ", "") or "lee"
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}",
                        f"{last}_{first}", f"{first}.{last}{rng.randint(50, 2005)}"])  # fmt: skip
    return f"{local}@{rng.choice([d for d in DOMAINS if in_split(d, split)] or DOMAINS)}"


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii() and ch.isalpha()
    )


def username(rng: random.Random, split: str) -> str:
    first, last = person(rng, split)
    first, last = _ascii(first).lower() or "sam", _ascii(last).lower() or "ng"
    return rng.choice([f"{first[0]}{last}{rng.randint(1, 99)}", f"{first}_{last}", f"{first}.{last}",
                       f"{last}{first[0]}", f"{first}{rng.randint(1950, 2010)}"])  # fmt: skip


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def alnum_id(rng: random.Random, prefix_letters: int, n_digits: int, sep: str = "") -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(prefix_letters))
    return f"{letters}{sep}{digits(rng, n_digits)}"


def mrn(rng: random.Random) -> str:
    return rng.choice([digits(rng, rng.randint(6, 10)), alnum_id(rng, 1, 7), alnum_id(rng, 2, 6, "-"),
                       f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([alnum_id(rng, 3, 9), alnum_id(rng, 1, 8), f"{digits(rng, 1)}EG4-TE5-MK73",
                       alnum_id(rng, 2, 10), digits(rng, 11)])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice(
        [digits(rng, 8), digits(rng, 10), alnum_id(rng, 2, 8), f"{digits(rng, 4)}-{digits(rng, 6)}"]
    )


def license_number(rng: random.Random) -> str:
    return rng.choice(
        [alnum_id(rng, 1, 7), alnum_id(rng, 2, 7), digits(rng, 9), alnum_id(rng, 1, 12)]
    )


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vehicle_id(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return (
            "".join(rng.choice(VIN_CHARS) for _ in range(8))
            + str(rng.randint(0, 9))
            + "".join(rng.choice(VIN_CHARS) for _ in range(8))
        )
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{alnum_id(rng, 3, 3)}",
            alnum_id(rng, 3, 4),
            f"{alnum_id(rng, 3, 0)}-{digits(rng, 4)}",
        ]
    )


def device_id(rng: random.Random) -> str:
    return rng.choice([alnum_id(rng, 2, 8), f"{alnum_id(rng, 3, 0)}-{digits(rng, 5)}-{rng.choice('ABCX')}",
                       digits(rng, 15), ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6)),
                       alnum_id(rng, 1, 10)])  # fmt: skip


def url(rng: random.Random, split: str) -> str:
    first, last = person(rng, split)
    handle = (_ascii(first) + _ascii(last)).lower() or "patient"
    return rng.choice([
        f"https://www.facebook.com/{handle}", f"https://portal.examplehealth.org/patients/{digits(rng, 6)}",
        f"http://{handle}.blogspot.com", f"www.{handle}.com", f"https://instagram.com/{handle}{rng.randint(1, 99)}",
        f"https://myclinic.example.com/chart?id={digits(rng, 7)}", f"https://linkedin.com/in/{handle}",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def other_id(rng: random.Random) -> str:
    return rng.choice(
        [
            alnum_id(rng, 3, 7, "-"),
            digits(rng, 8),
            alnum_id(rng, 2, 9),
            f"{alnum_id(rng, 1, 4)}-{digits(rng, 4)}",
        ]
    )
