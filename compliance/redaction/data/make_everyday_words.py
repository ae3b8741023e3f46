"""Regenerate everyday_words.txt: the commonest words of Spanish, Portuguese and French.

    pip download pyspellchecker==0.9.1 --no-deps -d /tmp/psc && unzip -o /tmp/psc/*.whl -d /tmp/psc
    python compliance/redaction/data/make_everyday_words.py /tmp/psc/spellchecker/resources

Run once, offline; the output is committed and read by ``lexicon.everyday_words``. The source is
the word-frequency dictionaries that pyspellchecker 0.9.1 (MIT) ships, built from OpenSubtitles:
the 20,000 most frequent words of each language ("anoche", "telefono", "dormir", "placas").
Each word is folded the way the detector folds a token (lower case, accents dropped); words of
fewer than three letters, words with digits or marks, English words (the common-word list or
WordNet) and every word a name list holds (``lexicon.first_names``, ``lexicon.last_names``:
"rosa", "cruz", "luz", "santos") are left out, so the list says "a word patients write in
another language", which a name in lower-case chat is not.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
LANGUAGES = ("es", "pt", "fr")
PER_LANGUAGE = 20_000


def main(resources: str) -> None:
    sys.path.insert(0, str(_HERE.parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from compliance.redaction import gazetteer, lexicon

    common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
    words = set()
    for language in LANGUAGES:
        with gzip.open(Path(resources) / f"{language}.json.gz", "rt", encoding="utf-8") as f:
            counts = json.load(f)
        for entry in sorted(counts, key=lambda w: (-counts[w], w))[:PER_LANGUAGE]:
            word = gazetteer.fold(entry)
            if (
                len(word) > 2
                and word.isalpha()
                and word not in common
                and not lexicon.is_english(word)
                and word not in first
                and word not in last
            ):
                words.add(word)
    out = _HERE / "everyday_words.txt"
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
