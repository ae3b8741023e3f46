"""Message-level context: an episode that is over, a long-standing complaint, an animal.

``context.py`` judges one clause at a time. Two kinds of look-alike only show across the
whole message:

- An episode told in the past and said to be over elsewhere in the message: "I had some
  chest pain last week after the gym but it went away", "j'ai eu une petite douleur à la
  poitrine hier, ça va maintenant", "tuvo un ataque de pánico ayer, ya está bien". The clause
  with the red flag is in the past; another clause says it passed. Any sign that it goes on
  ("still", "again", "worse", "encore", "todavía") keeps the alarm, and so does a red flag
  told in the present in any clause.
- A complaint that has gone on for months or years ("chest pain on and off for two months
  when I exercise", "des migraines depuis 20 ans") is a reason to book, unless the clause is
  about wanting to die: thoughts of suicide for months are no less urgent.
- A pet, with the vet named: "the dog ate chocolate, is that poisoning? which vet is open".
"""

from __future__ import annotations

from assistant.triage.rules import rx

# Said to be over: it went away, it passed, fine now.
_OVER = rx(
    r"went away|goes away|gone now|(?:it|its|it s|that) (?:passed|stopped|settled|resolved)|"
    r"(?:all|feel|feeling|im|i m|hes|shes|he is|she is|is|seems|were|we re|everyone s|everyone is) (?:fine|ok|okay|better|good|normal|back to normal|all good) now|better now|fine now|ok now|okay now|(?:has|have|s|is|fully|shes|hes|ive|theyve|hes now|shes now) recovered|back to (?:normal|herself|himself)",
    r"(?:ca|c est|c etait) (?:passe|parti|fini|reparti)|ca va (?:mieux|bien|maintenant)|(?:je|il|elle|on) va (?:mieux|bien)|va mieux|tout va bien maintenant|c est correct maintenant|(?:s est|s etait) (?:remis|remise|retabli\w*)",
    r"ya (?:paso|se (?:le|me) paso|se (?:le|me) quito|esta bien|estoy bien|se siente bien|esta mejor|estoy mejor)|(?:ahora|ya) (?:esta|estoy|se siente|me siento) (?:bien|mejor)|se (?:le|me) (?:quito|paso)|ya se (?:recupero|repuso)",
)
# Goes on, or came back: the episode is not over, whatever else is said.
_ONGOING = rx(
    r"still|again|worse|worsening|keeps|keep|wont stop|hasnt stopped|not stopping|right now",
    # A first ever seizure or faint is not routine, even once it is over.
    r"first (?:ever|time|one)|premiere (?:fois|crise)|primera (?:vez|convulsion|crisis)",
    # Something new since: "it went away but now my arm is numb".
    r"(?:but|and) now|now (?:my|his|her|i|im|he|she|hes|shes|it|its|there|theres|the)(?! (?:fine|ok|okay|better|good))",
    r"mais (?:maintenant|la)|et (?:maintenant|la)|pero ahora|y ahora|ahora (?:tengo|tiene|me|le|se)",
    r"toujours|encore|pire|recommence\w*|(?:s arrete|arrete) pas|en ce moment|de plus en plus",
    r"todavia|aun|sigue|siguen|otra vez|de nuevo|peor|no (?:para|se quita|se va)|cada vez",
)
# Told in the past: "I had", "she felt", "j'ai eu", "il a fait", "tuve", "le dio".
_PAST_EPISODE = rx(
    r"(?:i|he|she|we|they|my \S+|his \S+|her \S+|our \S+) (?:had|got|felt|was|were|went|nearly|almost)|had (?:a|an|some|her|his|my|their)",
    r"(?:j ai|il a|elle a|on a|j avais|il avait|elle avait) (?:eu|fait|ete|senti|ressenti|cru)|(?:j ai|il a|elle a) (?:failli|presque)",
    r"tuve|tuvo|tuvimos|me dio|le dio|senti|sintio|estuve|estuvo|casi (?:me|se|le)",
)

_FOR_MONTHS = rx(
    r"for (?:the (?:past|last) )?(?:\d+|two|three|four|five|six|several|a few|many|some|a couple of) (?:months|years|yrs)|for (?:months|years)",
    r"depuis (?:\d+|deux|trois|quatre|cinq|six|quelques|plusieurs|des) (?:mois|ans|annees)",
    r"desde hace (?:(?:\d+|dos|tres|cuatro|cinco|seis|unos|varios|muchos) )?(?:meses|anos)|(?:hace|por) (?:\d+|dos|tres|varios) (?:meses|anos)",
)
_WISH_TO_DIE = rx(
    r"suicid\w*|die|dying|dead|kill\w*|end (?:it|my life)|hurt\w* (?:myself|himself|herself)|self ?harm\w*|cut\w* (?:myself|himself|herself)|"
    r"mourir|tuer|en finir|morir\w*|matar\w*|quitar\w* la vida"
)

_VET = rx(r"vet|vets|veterinar\w*|veto|veterinaire|clinique veterinaire|veterinari[oa]")
_PET = rx(
    r"(?:my|the|our|his|her) (?:dog|cat|puppy|kitten|pet|rabbit|hamster|parrot|horse)|"
    r"(?:mon|ma|le|la|notre) (?:chien|chienne|chat|chatte|chiot|chaton|lapin)|"
    r"(?:mi|el|la|nuestro|nuestra) (?:perro|perra|gato|gata|perrito|gatito|conejo)"
)


def is_over(message: str) -> bool:
    """The message says an episode passed, and nothing says it goes on."""
    return bool(_OVER.search(message)) and not _ONGOING.search(message)


def is_past_episode(clause: str) -> bool:
    return bool(_PAST_EPISODE.search(clause))


def is_long_standing(clause: str) -> bool:
    return bool(_FOR_MONTHS.search(clause)) and not _WISH_TO_DIE.search(clause)


def is_about_an_animal(message: str) -> bool:
    return bool(_VET.search(message) and _PET.search(message))


def mentions_a_pet(message: str) -> bool:
    """A pet is named: the rules still judge (a dog bite can bleed), the classifier does not
    (it cannot tell "my dog ate chocolate and is vomiting" from a child who did)."""
    return bool(_PET.search(message))
