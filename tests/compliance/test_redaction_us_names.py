"""The US public-record name lists (lexicon.us_first_names, lexicon.us_surnames): what they hold,
how they are held, and that the tagger sees them."""

from __future__ import annotations

import gzip

import pytest

from compliance.redaction import lexicon, tagger


def test_packed_words_answer_membership_exactly() -> None:
    words = lexicon.PackedWords(["adaeze", "okonkwo", "thi", "adaeze"])
    assert len(words) == 3
    assert "adaeze" in words
    assert "okonkwo" in words
    assert "okonkw" not in words
    assert "Adaeze" not in words  # callers fold first, as the detector does
    assert "" not in words
    assert 7 not in words


def test_an_empty_packed_list_holds_nothing() -> None:
    words = lexicon.PackedWords([])
    assert len(words) == 0
    assert "anything" not in words


@pytest.mark.parametrize(
    "name",
    # Given names that neither the 1990 census list nor the world lists hold.
    ["liam", "everly", "emersyn", "jayceon", "zuri", "briella", "oluwaseun", "nguyet"],
)
def test_the_us_given_names_hold_names_the_older_lists_lack(name: str) -> None:
    assert name not in lexicon.first_names()
    assert name in lexicon.us_first_names()


@pytest.mark.parametrize(
    "name", ["gurung", "shrestha", "qureshi", "tamang", "adhikari", "aung", "oseguera"]
)
def test_the_us_surnames_hold_surnames_the_older_lists_lack(name: str) -> None:
    assert name not in lexicon.last_names()
    assert name in lexicon.us_surnames()


@pytest.mark.parametrize("word", ["unknown", "baby", "fnu", "male"])
def test_record_placeholders_are_not_names(word: str) -> None:
    assert word not in lexicon.us_first_names()
    assert word not in lexicon.us_surnames()


@pytest.mark.parametrize("word", ["metformin", "tachycardia", "q6h", "zzyqxw", "bp"])
def test_the_us_lists_do_not_hold_clinical_words_or_codes(word: str) -> None:
    assert word not in lexicon.us_first_names()
    assert word not in lexicon.us_surnames()


def test_the_list_files_are_sorted_folded_words() -> None:
    for name in ("us_first_names.txt.gz", "us_surnames.txt.gz"):
        with gzip.open(lexicon._DATA / name, "rt", encoding="ascii") as f:
            words = f.read().split("\n")
        assert words[-1] == ""
        words = words[:-1]
        assert words == sorted(set(words))
        assert all(len(w) > 1 and w.isalpha() and w.islower() for w in words)
        assert len(words) > 150_000


def test_the_tagger_sees_the_us_lists() -> None:
    assert "uf" in tagger.word_lists("Tameka")
    assert "ul" in tagger.word_lists("okafor")
    assert "uf" not in tagger.word_lists("metformin")
    # An ordinary word can be a name too: the model weighs "uf" against "cw".
    assert {"uf", "cw"} <= set(tagger.word_lists("will"))
    # A typo of a common word is still marked as one.
    assert "ty" in tagger.word_lists("frdiay")
