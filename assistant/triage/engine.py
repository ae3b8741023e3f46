"""The emergency check: deterministic, before any model call, no I/O after the first call.

``check`` runs every rule of ``rules/`` on every clause of the message, drops matches that
``context.py`` recognises as harmless (negated, historical, hypothetical, a topic question)
or that ``episodes.py`` finds over or about an animal, and returns the most specific category
that is left. When no rule fires, the learned classifier of ``learned.py`` reads the clauses
context left live and may still raise the alarm (rule id ``learned.<category>``). It never
logs or returns the message text: the result names the rule that fired, which is enough to
audit a decision.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from assistant.triage import context, episodes, learned
from assistant.triage.language import clear_language
from assistant.triage.rules import (
    PRIORITY,
    RULES,
    Rule,
    pattern_stems,
    pattern_words,
    stems,
    vocabulary,
)
from assistant.triage.text import Corrector, clauses, fold, sentences

logger = logging.getLogger(__name__)

# Longer messages are cut: a chat message is short, and the cost stays bounded. The cut
# keeps both ends, where an emergency buried after routine talk usually sits.
MAX_CHARS = 8000


@dataclass(frozen=True)
class TriageResult:
    emergency: bool
    category: str  # one of rules.CATEGORIES, or "none"
    matched_rule: str  # a rule id such as "cardiac.chest_pain"; never message text

    def as_dict(self) -> dict[str, object]:
        return {"emergency": self.emergency, "category": self.category}


NOT_AN_EMERGENCY = TriageResult(emergency=False, category="none", matched_rule="")


@cache
def _corrector() -> Corrector:
    # The rule words, and the words that make a mention harmless: a typo in "aucune" or in
    # "rehab" must not turn a look-alike into an alarm.
    words = vocabulary() | {word for word in context.NEGATIONS if len(word) >= 5}
    word_stems = stems()
    for pattern in (
        context.HYPERBOLE,
        context.SERVICE_OR_TREATMENT,
        context.HISTORY,
        context.TOPIC_QUESTION,
        context.HYPOTHETICAL,
        context.PRESENT_REPORT,
    ):
        words |= pattern_words(pattern.pattern)
        word_stems |= pattern_stems(pattern.pattern)
    return Corrector(words, word_stems)


def _prepare(text: str) -> list[list[str]]:
    """Sentences of clauses: folded, typo-corrected, idioms removed."""
    if len(text) > MAX_CHARS:
        half = MAX_CHARS // 2
        text = f"{text[:half]}.\n{text[-half:]}"
    corrector = _corrector()
    language = clear_language(text)
    prepared = []
    for sentence in sentences(fold(text)):
        parts = []
        for clause in clauses(sentence):
            corrected = corrector.sentence(clause, language)
            cleaned = " ".join(context.strip_hyperbole(f" {corrected} ").split())
            if cleaned:
                parts.append(cleaned)
        if parts:
            prepared.append(parts)
    return prepared


def _rule_fires(rule: Rule, clause: str, sentence: str, message: str, *, history: bool) -> bool:
    if rule.unless is not None and rule.unless.search(message):
        return False
    if rule.unless_clause is not None and rule.unless_clause.search(clause):
        return False
    scope = message if rule.needs_scope == "message" else sentence
    if not all(_said(need, scope) for need in rule.needs):
        return False
    reporting = context.is_present_report(clause)
    return any(
        not context.is_negated(clause, m.start())
        and (reporting or not context.topic_covers(clause, m.start(), m.end()))
        and not (history and context.history_covers(clause, m.start(), m.end()))
        for m in rule.pattern.finditer(clause)
    )


def _said(need: re.Pattern[str], scope: str) -> bool:
    """A needed sign that is there and not denied: "no fever" does not supply a fever."""
    return any(not context.is_denied(scope, m.start()) for m in need.finditer(scope))


def _harmless(clause: str, *, after_topic: bool) -> bool:
    if context.is_hypothetical(clause):
        return True
    return after_topic and not context.is_present_report(clause)


def _mentions_a_red_flag(clause: str) -> bool:
    return any(rule.pattern.search(clause) for rule in RULES)


def _clauses_to_check(prepared: list[list[str]], message: str) -> Iterator[tuple[str, str, bool]]:
    """(clause, its sentence, whether it speaks of the past) for each clause that context
    does not make harmless; nothing at all for a message about an animal."""
    if episodes.is_about_an_animal(message):
        return
    over = episodes.is_over(message)
    for parts in prepared:
        sentence = " ".join(parts)
        after_topic = False
        for clause in parts:
            harmless = (
                _harmless(clause, after_topic=after_topic)
                or episodes.is_long_standing(clause)
                or (over and episodes.is_past_episode(clause))
            )
            # A question about a red flag ("what are the signs of a stroke, slurred speech?")
            # carries over to the clauses after it; one about parking or opening hours does not.
            asks = context.is_topic_question(clause) or context.is_hypothetical(clause)
            after_topic = after_topic or (asks and _mentions_a_red_flag(clause))
            if not harmless:
                yield clause, sentence, context.is_history(clause)


def _evaluate(text: str) -> tuple[list[Rule], str]:
    """The rules that fire, and the live text: the clauses left once context has dropped the
    harmless and historical ones (what the learned classifier reads; nothing when a pet is
    named)."""
    prepared = _prepare(text)
    message = " ".join(" ".join(parts) for parts in prepared)
    fired: list[Rule] = []
    live: list[str] = []
    for clause, sentence, history in _clauses_to_check(prepared, message):
        if not history:
            live.append(clause)
        fired.extend(
            rule
            for rule in RULES
            if rule not in fired and _rule_fires(rule, clause, sentence, message, history=history)
        )
    return fired, "" if episodes.mentions_a_pet(message) else " ".join(live)


def matching_rules(text: str) -> list[Rule]:
    """Every rule that fires on the message, in rule order (for tests and the benchmark)."""
    return _evaluate(text or "")[0]


def live_text(text: str) -> str:
    """The prepared text the learned classifier reads (for training and tests)."""
    return _evaluate(text or "")[1]


def check(text: str) -> TriageResult:
    """Is this message an emergency, and of which kind? See the module docstring."""
    fired, live = _evaluate(text or "")
    if fired:
        best = min(fired, key=lambda rule: PRIORITY.index(rule.category))
        category, rule_id = best.category, best.id
    else:
        # No rule: the learned classifier reads what context left live (learned.py).
        category, probability = learned.opinion(live)
        if probability < learned.THRESHOLD:
            return NOT_AN_EMERGENCY
        rule_id = f"learned.{category}"
    logger.info("emergency check fired", extra={"triage_category": category, "rule": rule_id})
    return TriageResult(emergency=True, category=category, matched_rule=rule_id)
