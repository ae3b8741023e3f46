"""Usernames without a context word, by their shape: built from a listed name.

"lgriffith29", "alisha_patterson", "dupont.hadassa", "maria.g", "k_smith_1990", "griffithl",
"jane1962": a given name or surname with an initial, another name, or digits. Log keys
("cache.hit", "user_agent", "sha256") and ordinary words ("cooker" is not Cooke + r) are not
made that way, so they stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.names.romance import creole_words, reads_romance
from compliance.redaction.names.words import typo_of
from compliance.redaction.spans import Candidate

_SHAPE_RE = re.compile(
    r"(?<![\w.@/:-])(?P<a>[a-z]{1,20})(?:(?P<sep>[._])(?P<b>[a-z]{1,20}))?"
    r"(?:[._]?(?P<d>\d{1,4}))?(?![\w@/=-]|\.\w|[\"']?\s*:\s)"
)
# A dotted word that starts a log line, follows its level or sits in brackets names the event
# or the logger: "pdf.render template=...", "INFO [portal.auth] ...".
_EVENT_NAME_BEFORE = re.compile(r"(?:^|\[|(?:DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL)\s+)$")
_YEAR_RE = re.compile(r"(?:19[3-9]\d|20[0-2]\d)$")
# Words of log lines and codes that no English word list has ("sha256", "covid19").
_SOFTWARE_WORDS = frozenset(
    [
        "login", "logout", "logon", "logoff", "signin", "signup", "signon", "online", "offline",
        "inbox", "email", "website", "webpage", "username", "userid", "password", "passcode",
        "timeout", "localhost", "healthz", "readyz", "livez", "webhook", "backend", "frontend",
        "async", "config", "cron", "stdout", "stderr", "json", "yaml", "html", "http", "https",
        "oauth", "openid", "saml", "ldap", "redis", "celery", "django", "postgres", "sqlite",
        "nginx", "gunicorn", "uwsgi", "pytest", "admin", "sysadmin", "noreply", "malloc", "sha", "md",
        "utf", "ipv", "base", "int", "uint", "float", "arm", "amd", "win", "py", "node", "tls",
        "ssl", "aes", "rsa", "gzip", "api", "db", "pg", "ec", "gpt", "llama", "qwen", "mistral",
        "phi", "bert", "fhir", "hl", "icd", "loinc", "cpt", "snomed", "ndc", "covid", "sars",
        "cov", "mmr", "tdap", "dtap", "hpv"
    ]
)  # fmt: skip


class _Names:
    def __init__(self) -> None:
        self.first = lexicon.first_names()
        self.last = lexicon.last_names()
        self.common = lexicon.common_words()

    def name(self, word: str) -> bool:
        return len(word) >= 3 and (word in self.first or word in self.last)

    def rare(self, word: str) -> bool:
        """A listed name that is not an ordinary word: enough alone, with an initial."""
        return len(word) >= 4 and self.name(word) and word not in self.common

    def surname(self, word: str) -> bool:
        return len(word) >= 4 and word in self.last and word not in self.first

    def foreign(self, word: str) -> bool:
        """Three letters or more, and no English or software word nor a slip for one."""
        return len(word) >= 3 and not self.word(word) and word not in _SOFTWARE_WORDS

    def word(self, word: str) -> bool:
        return word in self.common or lexicon.is_english(word) or typo_of(word, self.common)


def username_shaped(
    a: str, b: str | None, digits: str | None, names: _Names, *, romance: bool = False
) -> bool:
    if a in _SOFTWARE_WORDS or b in _SOFTWARE_WORDS:
        return False
    if b is not None:
        if len(a) == 1 or len(b) == 1:
            # "maria.g", "k_smith_1990"
            return names.rare(b if len(a) == 1 else a)
        if names.name(a) and names.name(b):
            return not (a in names.common and b in names.common)
        # "bhattacharya.adaeze": one listed name and one word that is no English word.
        # Not a listed surname that is also an English word ("pdf.render" is an event).
        return (names.rare(a) and names.foreign(b) and not lexicon.is_english(a)) or (
            names.rare(b) and names.foreign(a) and not lexicon.is_english(b)
        )
    if digits is not None:
        if len(digits) == 4 and _YEAR_RE.match(digits) and (names.name(a) or names.foreign(a)):
            return True  # "mark1986", "temitope1968"
        return (
            (a in names.first and a not in names.common and len(a) >= 3)
            or names.rare(a)
            or names.rare(a[1:])  # "lgriffith29"
            or names.rare(a[:-1])  # "kavyal64"
        )
    # "griffithl", "brownl": a surname and an initial, and no word of its own ("pelas" is a
    # slip for "please", not Pela + s). An initial first ("jsmith") is left to the context
    # words: "vacuna" would be V. Acuna.
    # In Spanish or French text a word is not Surname + initial ("semana", "appelle").
    return (
        not romance
        and len(a) >= 5
        and (len(a) > 5 or a[-1] not in "aeiou")  # "tengo" is Spanish, not Teng + o
        and not a.endswith("s")
        and a not in _SOFTWARE_WORDS
        # "grann mwen", "madanm mwen": a relation in Haitian Creole, not Gran + n
        and a not in lexicon.KIN_WORDS_ELSEWHERE
        and a not in lexicon.foreign_words()
        and a not in creole_words()  # "bondye beni w": God, not Bondy + e
        and a not in lexicon.GREETINGS  # "mahalo": thanks, not Mahal + o
        and names.surname(a[:-1])  # before the word tests: they try every slip of the word
        and not names.name(a)
        and not names.word(a)
    )


def find_username_shapes(text: str) -> Iterator[Candidate]:
    names = _Names()
    romance = reads_romance(text)
    for m in _SHAPE_RE.finditer(text):
        if m.group("sep") == "." and _EVENT_NAME_BEFORE.search(
            text[max(0, m.start() - 10) : m.start()]
        ):
            continue
        if text[m.end() : m.end() + 2] in ('":', "':") or text[m.end() : m.end() + 1] == "=":
            continue  # '"van_plate":"9HSX870"': a key, not an account
        if username_shaped(m.group("a"), m.group("b"), m.group("d"), names, romance=romance):
            yield Candidate(m.start(), m.end(), "USERNAME", 0.75)


# Where a log line or a message puts an account name: "session opened for X", "Failed password
# for X", "logging in as X", "/u/X/inbox", "10.0.0.1 - X [date]" (the common log format).
_LOGIN_PHRASE_RE = re.compile(
    r"\b(?:session\s+(?:opened|closed)\s+for(?:\s+user)?|(?:failed|accepted)\s+(?:password|"
    r"publickey|keyboard-interactive)\s+for(?:\s+invalid\s+user)?|invalid\s+user|"
    r"(?:logging|logged|log|signing|signed|sign)\s+(?:in|on)\s+as|login\s+(?:for|as))\s+"
    r"(?P<u>[A-Za-z0-9][\w.@-]{1,40}[A-Za-z0-9])",
    re.IGNORECASE,
)
# "it used to be X", "i changed it to X": only where a user name is the subject.
_RENAMED_RE = re.compile(
    r"\b(?:used\s+to\s+be|changed\s+it\s+to|change\s+it\s+to|now\s+it'?s)\s+"
    r"(?P<u>[A-Za-z0-9][\w.-]{1,40}[A-Za-z0-9])",
    re.IGNORECASE,
)
_LOGIN_MORE_RE = re.compile(
    r"\s*,?\s+(?:and|or)\s+(?:as\s+)?(?P<u>[A-Za-z0-9][\w.@-]{1,40}[A-Za-z0-9])", re.IGNORECASE
)
_USER_TOPIC_RE = re.compile(r"\b(?:user\s*name|login|handle|screen\s*name|user\s*id)\b", re.I)
_PROFILE_PATH_RE = re.compile(
    r"/(?:u|users?|profiles?|members?|~)/(?P<u>[A-Za-z][\w.-]{2,40})(?=[/?#\s\"']|$)"
)
_ACCESS_LOG_RE = re.compile(
    r"(?:^|\s)(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+)\s+-\s+"
    r"(?P<u>[^\s\[\]\"-][^\s\[\]\"]{1,40})\s+\["
)
_NOT_USERS = frozenset(
    ["me", "self", "current", "new", "search", "login", "logout", "admin", "root", "the", "a",
     "an", "my", "his", "her", "it", "them", "this", "that", "and", "or", "settings", "profile",
     "edit", "list", "all", "inbox", "user", "guest", "anonymous", "unknown", "none", "null",
     "invalid", "mychart", "portal", "app", "site", "website"]
)  # fmt: skip


def find_login_names(text: str) -> Iterator[Candidate]:
    """Account names by where a log line or a message puts them, whatever their shape."""
    found = []
    for m in _LOGIN_PHRASE_RE.finditer(text):
        found.append(m)
        # "tried logging in as bcermak and as temhor1": the second name of the same phrase.
        more = _LOGIN_MORE_RE.match(text, m.end())
        if more and (
            re.search(r"[\d._]", more.group("u")) or not lexicon.is_english(more.group("u").lower())
        ):
            found.append(more)
    found += [m for m in _PROFILE_PATH_RE.finditer(text)]
    found += [m for m in _ACCESS_LOG_RE.finditer(text)]
    if _USER_TOPIC_RE.search(text):
        found += [m for m in _RENAMED_RE.finditer(text)]
    for m in found:
        value = m.group("u")
        if value.lower() in _NOT_USERS or value.isdigit():
            continue
        yield Candidate(m.start("u"), m.end("u"), "USERNAME", 0.8)
