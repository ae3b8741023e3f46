"""Person names without a language model.

Patient chat is lower case ("hi this is maria gonzalez"), where a model trained on edited text
sees no name; log lines and notes are full of capitalised words that are not names. One module
per idea:

- ``words``: the tokens of a text, their folded form, what a capital letter says about them;
- ``cues``: the words around a name (titles, introductions, kinship and roles, greetings,
  sign-offs before it; "here", a credential, an e-mail address, ", dob" after it);
- ``detect``: where a name starts, given its cue and what the word is (``lexicon``: census and
  world name lists, common English words, WordNet lemmas);
- ``extend``: growing a name over initials, particles and surnames, "Surname, First";
- ``after``: names found from the cue after them, and a note's opening line;
- ``eponyms``: "Parkinson's disease" names a disease, not a person;
- ``comma``: "Surname, Given" between a cue before and one after ("keen, ridge here");
- ``roles``: ordinary words as names by role and verb ("my wife verity said"), initials first;
- ``marks``: quoted nicknames, "initials A.B.C.", quoted log values shaped like a person;
- ``pairs``: names beside names ("my twins X and Y"), an initial before a surname in chat.
- ``repeats``: a name found once, masked where the same text says it again without a cue
  (the engine asks it after the spans are resolved).
"""

from __future__ import annotations

from compliance.redaction.names.detect import find_names
from compliance.redaction.names.eponyms import EPONYM_AFTER_RE, is_eponym
from compliance.redaction.names.words import TOKEN_RE, fold

__all__ = ["EPONYM_AFTER_RE", "TOKEN_RE", "find_names", "fold", "is_eponym"]
