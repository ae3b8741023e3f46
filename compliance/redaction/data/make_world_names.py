"""Regenerate world_first_names.txt and world_last_names.txt from Faker's locale name lists.

    python compliance/redaction/data/make_world_names.py     # needs Faker (a dev dependency)

Run once, offline; the output is committed and read by ``lexicon.py``. Faker is MIT-licensed;
its person providers hold given names and surnames of ~80 locales. Names in Latin script are
taken as they are, Chinese and Japanese names in their romanised forms, Cyrillic names
transliterated (a plain table below). Each name is folded the way the detector folds a token
(lower case, accents dropped); multi-word surnames ("Mac an Airchinnigh", "da Rosa") give each
word and the words run together (the form usernames take).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
_LATIN_SPELLINGS = [
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
    "ye", "g",
]  # fmt: skip
_CYRILLIC = dict(zip(_CYRILLIC_LETTERS, _LATIN_SPELLINGS, strict=True))


def _translit(name: str) -> str:
    out = []
    for ch in name:
        low = ch.lower()
        if low in _CYRILLIC:
            out.append(_CYRILLIC[low])
        else:
            out.append(low)
    return "".join(out)


def _fold(name: str) -> str:
    name = _translit(name.lower().replace("\u2019", "'"))
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(name: str) -> set[str]:
    folded = _fold(name)
    if not re.fullmatch(r"[a-z][a-z' .-]*", folded):
        return set()  # another script (Arabic, Devanagari, Hangul ...): no romanisation here
    parts = [p for p in re.split(r"[\s.]+", folded) if p]
    words = {w.strip("'-") for p in parts for w in [p, *p.split("-")]}
    words = {w for w in words if len(w) >= 2}
    if len(parts) > 1:
        words.add("".join(parts).replace("'", ""))
    words |= {w.replace("'", "") for w in words if "'" in w}
    return {w for w in words if w.strip("'-")}


def _names(provider: type, kind: str) -> set[str]:
    """Every list attribute of the provider whose name says it holds ``kind`` names."""
    found: set[str] = set()
    for attr in dir(provider):
        if not re.search(rf"{kind}_(?:romanized_)?names", attr):
            continue
        value = getattr(provider, attr)
        if isinstance(value, dict | list | tuple):
            for name in value:
                if isinstance(name, str):
                    found |= _words(name)
    return found


def main() -> None:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        first |= _names(provider, "first")
        last |= _names(provider, "last")
    here = Path(__file__).resolve().parent
    (here / "world_first_names.txt").write_text("\n".join(sorted(first)) + "\n", encoding="utf-8")
    (here / "world_last_names.txt").write_text("\n".join(sorted(last)) + "\n", encoding="utf-8")
    print(f"{len(first)} given names, {len(last)} surnames")


if __name__ == "__main__":
    main()
