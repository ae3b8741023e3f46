"""Word groups that rules of several families share."""

from __future__ import annotations

from assistant.triage.rules.dsl import rx

SELF_OR_OTHER = r"(?:my|his|her|their|the|your)"
CANT = r"(?:cant|cannot|can not|couldnt|could not|unable to|wont|will not)"

# A fever, by name or by reading (Celsius 38-41.x, Fahrenheit 100.4-106.x), or by touch.
FEVER_WORDS = (
    r"fever|feverish|febrile|temperature|temp|feels ~2 hot|hot to the touch|burning up",
    r"fievre|fievreux|fievreuse|fiebre|calentura|temperatura|febril|brulant|brulante",
    r"(?:est|semble|parait|etait) ~2 (?:tout |toute )?(?:chaud|chaude)|tout chaud|toute chaude",
    r"(?:esta|se siente|lo siento|la siento|siento|lo noto|la noto) ~2 (?:caliente|calientito|calientita|ardiendo|hirviendo)",
    r"3[89](?:\.\d)?|4[01](?:\.\d)?",
    r"100\.[4-9]|10[1-6](?:\.\d)?",
)
FEVER = rx(*FEVER_WORDS)
