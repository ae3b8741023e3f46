"""How a rule is written: the pattern shorthand, the ``Rule`` record, and the words in it.

Patterns run on folded clauses (see ``text.py``): lowercase, no accents, apostrophes
resolved ("can't" -> "cant", "j'ai" -> "j ai"), one space between tokens. In a pattern,
``~`` stands for "up to three other words" and ``~N`` for "up to N other words" (both
between spaces; anything else fails when the rules load).

The words spelled out in patterns are also the targets of typo repair, so
``pattern_words`` and ``pattern_stems`` read them back out of the pattern sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def _expand(pattern: str) -> str:
    expanded = re.sub(r" ~(\d+) ", lambda m: rf"(?: \S+){{0,{m.group(1)}}} ", pattern)
    expanded = expanded.replace(" ~ ", r"(?: \S+){0,3} ")
    # A "~" left over was not space-delimited ("chest~3 pain", "~3)") and would silently
    # match a literal tilde, which no folded message contains: fail at load time instead.
    if "~" in expanded:
        raise ValueError(f"'~' must stand between spaces in a rule pattern: {pattern!r}")
    return expanded


def rx(*alternatives: str) -> re.Pattern[str]:
    body = "|".join(f"(?:{_expand(a)})" for a in alternatives)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    pattern: re.Pattern[str]
    needs: tuple[re.Pattern[str], ...] = ()
    needs_scope: str = "sentence"  # or "message"
    unless: re.Pattern[str] | None = None  # checked against the whole message
    # Checked against the clause where the rule matched: "a bit short of breath on the
    # stairs" is a reason to book, not an emergency.
    unless_clause: re.Pattern[str] | None = None
    vocabulary: frozenset[str] = field(default=frozenset(), compare=False)


def rule(
    rule_id: str,
    *alternatives: str,
    needs: tuple[re.Pattern[str], ...] = (),
    needs_scope: str = "sentence",
    unless: re.Pattern[str] | None = None,
    unless_clause: re.Pattern[str] | None = None,
) -> Rule:
    return Rule(
        id=rule_id,
        category=rule_id.split(".")[0],
        pattern=rx(*alternatives),
        needs=needs,
        needs_scope=needs_scope,
        unless=unless,
        unless_clause=unless_clause,
        vocabulary=frozenset(pattern_words(*alternatives)),
    )


_ENDINGS = re.compile(r"(?<![a-z\\])([a-z]+)\(\?:([a-z|]+)\)(\?)?")
_LAST_LETTERS = re.compile(r"(?<![a-z\\])([a-z]+)\[([a-z]+)\](?![a-z\\*+?{])")


def _spelled_out(sources: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each run of five letters or more in the patterns, with the character after it."""
    runs = []
    for source in sources:
        for match in re.finditer(r"[a-z]{5,}", source):
            before = source[match.start() - 1] if match.start() else " "
            after = source[match.end()] if match.end() < len(source) else " "
            if before != "\\":
                runs.append((match.group(), after))
    return runs


# A group of alternatives that a pattern extends: "(?:atorad|atascad|trabad)\\w*".
_GROUP_OF_STEMS = re.compile(r"\(\?:([a-z| ]+)\)\\w[*+]")


def _group_stems(sources: tuple[str, ...]) -> set[str]:
    return {
        alternative
        for source in sources
        for match in _GROUP_OF_STEMS.finditer(source)
        for alternative in match.group(1).split("|")
        if re.fullmatch(r"[a-z]{5,}", alternative)
    }


def pattern_words(*sources: str) -> set[str]:
    """Whole words spelled out in patterns (not stems like ``suicid\\w*``), five letters up.

    A word with an optional last letter ("attacks?") counts with and without it.
    """
    words = set()
    for word, after in _spelled_out(sources):
        if after == "?":
            words.update(w for w in (word, word[:-1]) if len(w) >= 5)
        elif after not in "\\([*+{":
            words.add(word)
    # A stem with a group of endings: "short(?:ness)?" spells "shortness" (and "short"),
    # "pequen[oa]" spells "pequeno" and "pequena".
    for source in sources:
        for match in _ENDINGS.finditer(source):
            stem, endings, optional = match.groups()
            forms = [stem + ending for ending in endings.split("|")] + [stem] * bool(optional)
            words.update(form for form in forms if len(form) >= 5)
        for match in _LAST_LETTERS.finditer(source):
            stem, letters = match.groups()
            words.update(stem + letter for letter in letters if len(stem) >= 4)
    return words - _group_stems(sources)


def pattern_stems(*sources: str) -> set[str]:
    """Stems that patterns extend ("saign" in ``saign\\w*``, "short" in ``short(?:ness)?``)."""
    spelled = {word for word, after in _spelled_out(sources) if after in "\\("}
    return spelled | _group_stems(sources)
