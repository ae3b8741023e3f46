"""The red-flag rules: what an emergency looks like, per category, in en/fr/es.

One module per family of categories; ``dsl.py`` says how a pattern is written (folded text,
``~`` for "up to three other words").

Each rule has a stable id (``category.name``) that is logged and returned instead of the
message text. ``needs`` are extra patterns that must also match in the same sentence or the
whole message (a danger sign counts as a pregnancy emergency only if the message says the
writer is pregnant); ``unless`` vetoes a rule on message-level context and
``unless_clause`` on the clause where it matched.

Wording of the rules leans towards recall: a false alarm costs a patient a minute of reading,
a missed emergency can cost a life. Context that makes a mention harmless (history, topic
questions, hyperbole, negation) is handled once for all rules in ``context.py``.
"""

from __future__ import annotations

from assistant.triage.rules import (
    airway,
    injury,
    maternity,
    neuro,
    poisoning,
    suicide,
    vascular,
)
from assistant.triage.rules.dsl import Rule, pattern_stems, pattern_words, rx
from assistant.triage.rules.vocabulary import rule_stems, rule_vocabulary

CATEGORIES = (
    "cardiac",
    "stroke",
    "breathing",
    "anaphylaxis",
    "bleeding",
    "suicide_self_harm",
    "overdose_poisoning",
    "seizure_unconscious",
    "pregnancy",
    "infant_fever",
    "headache",
    "burn",
    "choking",
)
# When one message matches several categories, the most specific guidance wins: a pregnant
# patient who bleeds needs the pregnancy advice, a choking child the choking advice, etc.
PRIORITY = (
    "suicide_self_harm",
    "overdose_poisoning",
    "infant_fever",
    "pregnancy",
    "anaphylaxis",
    "choking",
    "cardiac",
    "stroke",
    "seizure_unconscious",
    "headache",
    "bleeding",
    "burn",
    "breathing",
)

# Within a category, the first rule that fires is the one reported.
RULES: tuple[Rule, ...] = (
    *vascular.RULES,
    *airway.RULES,
    *injury.RULES,
    *suicide.RULES,
    *poisoning.RULES,
    *neuro.RULES,
    *maternity.RULES,
)

# assistant/answers.py imports the pattern builder under its old private name.
_rx = rx


def stems() -> set[str]:
    """Stems the rules extend; typos are repaired towards these too."""
    return rule_stems(RULES)


def vocabulary() -> set[str]:
    """Words the rules are written with; typos are repaired towards these."""
    return rule_vocabulary(RULES)


__all__ = [
    "CATEGORIES",
    "PRIORITY",
    "RULES",
    "Rule",
    "_rx",
    "pattern_stems",
    "pattern_words",
    "rx",
    "stems",
    "vocabulary",
]
