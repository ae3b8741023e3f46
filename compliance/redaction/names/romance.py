"""Spanish, French and Haitian Creole chat: ordinary words that the world name lists also hold.

Faker's Spanish and French locales list "una", "nada", "esta" or "jean" as names; in an
English message they are names, in "necesito una cita" they are words. A text reads as Spanish
or French when two of its words are function words of that language (and not English ones);
then these words are ordinary words, found as names only after a cue or with a capital, like
"hope" or "grant" in English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from compliance.redaction import lexicon
from compliance.redaction.gazetteer import fold

# Words that say "this message is Spanish or French" (none is an English word).
_MARKERS = frozenset(
    [
        "los", "una", "unos", "unas", "por", "que", "necesito", "quiero", "tengo", "puedo",
        "gracias", "hola", "cita", "esta", "está", "estoy", "muy", "pero", "porque", "cuando",
        "donde", "dónde", "tiene", "hija", "hijo", "mañana", "semana", "buenos", "buenas", "dias",
        "días", "señor", "señora", "llamo", "nombre", "usted", "nada", "je", "suis", "pour",
        "avec", "mais", "nous", "vous", "merci", "bonjour", "rendez-vous", "j'ai", "c'est",
        "n'est", "qu'il", "fille", "fils", "demain", "semaine", "médecin", "madame", "monsieur",
        "besoin", "veux", "todo", "bien", "nuevo", "nueva", "appelle", "m'appelle", "puede",
        "hace", "tiene", "tengo", "esposo", "esposa", "mamá", "papá", "abuela", "abuelo",
        "hermano", "hermana", "una", "qué", "cómo", "ça", "mère", "père", "une", "dans", "sur",
        "mari", "fièvre", "dolor", "fiebre", "pastillas", "receta", "aussi", "très", "peut",
        "llevar", "llega"
    ]
)  # fmt: skip
# Words that say "this message is Portuguese or Cape Verdean Kriolu". Such a message is not read
# as Spanish (its lower-case words keep the tagger's reading); only the relation + name + verb
# rule reads it ("meu marido nzube precisa ...").
_PORTUGUESE_MARKERS = frozenset(
    [
        "meu", "minha", "precisa", "não", "você", "vocês", "obrigado", "obrigada", "tudo", "hoje",
        "amanhã", "nha", "mãe", "marido", "sogra", "sogro", "fidju", "mora", "comigo", "dela",
        "dele", "está", "tem"
    ]
)  # fmt: skip
# Ordinary Spanish and French words (accents folded) that may stand where a name does.
_WORDS = frozenset(
    [
        "siempre", "nunca", "todavia", "tampoco", "casi", "ahora", "apenas", "toujours",
        "souvent", "parfois", "una", "uno", "unos", "unas", "nada", "todo", "toda", "todos",
        "todas", "esta", "este",
        "estos", "estas", "eso", "esa", "ese", "aqui", "alli", "cita", "citas", "hoy", "ayer",
        "manana", "tarde", "noche", "dia", "dias", "semana", "mes", "ano", "bien", "mal", "mucho",
        "mucha", "poco", "mas", "menos", "muy", "pero", "como", "cuando", "donde", "quien", "que",
        "cual", "si", "sin", "con", "por", "para", "desde", "hasta", "entre", "sobre", "bajo",
        "ante", "casa", "madre", "padre", "hija", "hijo", "hermana", "hermano", "abuela",
        "abuelo", "esposa", "esposo", "nino", "nina", "amigo", "amiga", "doctora", "doctor",
        "medico", "medica", "enfermera", "clinica", "hospital", "receta", "dolor", "fiebre",
        "tos", "pastilla", "pastillas", "medicina", "salud", "seguro", "pago", "favor", "gracias",
        "hola", "adios", "buenas", "buenos", "claro", "vale", "bueno", "buena", "nuevo", "nueva",
        "mismo", "misma", "otra", "otro", "cada", "ya", "aun", "tambien", "solo", "sola", "luz",
        "paz", "sol", "mar", "flor", "rosa", "blanca", "blanco", "negro", "negra", "alta", "alto",
        "linda", "lindo", "bonita", "bonito", "feliz", "grande", "pequeno", "primera", "primero",
        "segunda", "segundo", "ultima", "ultimo", "mi", "mis", "tu", "tus", "su", "sus",
        "nuestro", "nuestra", "usted", "yo", "ella", "ellos", "ellas", "nosotros", "le", "les",
        "lo", "la", "las", "el", "los", "del", "al", "y", "o", "ni", "e", "u", "es", "son", "era",
        "fue", "ser", "estar", "tiene", "tengo", "hay", "hace", "puedo", "quiero", "necesito",
        "dijo", "dice", "sabe", "saber", "solo", "mama", "papa", "tia", "tio", "prima", "primo",
        "une", "un", "des", "les", "le", "la", "du", "de", "et", "ou", "mais", "donc", "car",
        "ni", "ne", "pas", "plus", "tres", "bien", "mal", "tout", "toute", "tous", "toutes",
        "rien", "jamais", "encore", "deja", "aussi", "avec", "sans", "pour", "par", "sur", "sous",
        "chez", "dans", "entre", "demain", "hier", "aujourd'hui", "soir", "matin", "jour", "nuit",
        "semaine", "mois", "annee", "rendez-vous", "medecin", "docteur", "infirmiere",
        "pharmacie", "ordonnance", "mere", "pere", "fille", "fils", "soeur", "frere", "femme",
        "mari", "ami", "amie", "enfant", "bebe", "merci", "bonjour", "bonsoir", "salut", "oui",
        "non", "peut-etre", "vraiment", "seulement", "belle", "beau", "petit", "petite", "grand",
        "grande", "nouveau", "nouvelle", "meme", "autre", "chaque", "fleur", "rose", "blanche",
        "claire", "douce", "sage", "fidele", "prudence", "constance", "esperance", "patience",
        "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "mon", "ma", "mes", "ton", "ta",
        "tes", "son", "sa", "ses", "notre", "votre", "leur", "est", "sont", "suis", "etait", "ai",
        "as", "avons", "avez", "ont", "fait", "dit", "peux", "veux", "doit", "besoin"
    ]
)  # fmt: skip
# Haitian Creole, which French gave most of its words: patients write it in the same messages
# as Spanish and French, and its lower-case words stand where a name does in the same way
# ("mesi anpil pou tout bagay", "rele m nan 917-...", "mwen pa gen machin"). Markers are words of
# no English word list and no name list, so one is enough (``reads_creole``); the ordinary words
# are the commonest words of patients' messages, less the ones the name lists give to people
# ("li", "kay", "jodi", "ane", "chita"). A Creole message is not read as Spanish or French: a
# given name alone in lower case is still a name there ("mwen se coralie"), unless it is one of
# these words.
_CREOLE_MARKERS = frozenset(
    [
        "mwen", "anpil", "mesi", "mèsi", "bonjou", "bonswa", "kijan", "kounye", "kounya",
        "kounyeya", "tanpri", "genyen", "konnen", "bezwen", "malad", "doktè", "randevou",
        "manman", "pitit", "grann", "fanmi", "lopital", "bagay", "paske", "avèk", "kisa",
        "poukisa", "toujou", "ankò", "lekòl", "aswè", "semèn", "semenn", "medikaman", "grenn",
        "tansyon", "dyabèt", "timoun", "madanm", "matant", "zanmi", "souple", "silvouple",
        "dakò", "kapab", "pral", "telefòn", "nimewo", "adrès", "doulè", "dòmi", "byen", "vle",
        "rele", "bondye", "tonbe", "tonton", "katreven", "eskalye", "lafyèv", "lafyev", "touse",
        "mouri", "blese", "anwo", "gason", "fanm", "pwoblèm", "pwoblem", "jiska", "dwe",
        "granpapa", "granmè", "granmoun", "travay", "maten", "demen", "jodiya", "vini", "nimewo",
        "papye", "asirans", "lajan", "kouman"
    ]
)  # fmt: skip
_CREOLE_WORDS = _CREOLE_MARKERS | frozenset(
    [
        "dokte", "avek", "anko", "lekol", "aswe", "dyabet", "dako", "telefon", "adres", "doule",
        "domi", "ou", "nou", "yo", "pa", "se", "ak", "nan", "sa", "ki", "te", "ap", "pou", "sou",
        "men", "tout", "di", "fe", "bay", "pran", "vini", "rete", "travay", "maten", "jou", "mwa",
        "machin", "wi", "laj", "fet", "tonbe", "vant", "tet", "lafyev", "grip", "piki", "sik",
        "fanm", "gason", "fre", "tonton", "kouzen", "kouzin", "dlo", "vomi", "touse", "mouri",
        "blese", "anba", "anwo", "deye", "kote", "kab", "ka", "dwe", "va", "padon", "eskalye",
        "chanm", "lari", "legliz", "mache", "lajan", "asirans", "papye", "bel", "piti", "gwo",
        "pi", "gade", "leve", "lave", "achte", "voye", "pote", "mande", "reponn", "ede", "sevi",
        "mete", "konprann", "gen", "granmoun", "nenpot", "epi", "apre", "anvan", "lontan",
        "yon", "vre", "kom", "pase", "vin"
    ]
)  # fmt: skip
# Function words English text also has now and then ("de Souza", "La Jolla", "MI"): one alone
# is not enough.
_SHORT = frozenset(["de", "la", "el", "las", "se", "le", "mi", "y", "del", "al", "du", "les", "et"])
_TOKEN_RE = re.compile(r"[^\W\d_][\w'-]*")


@cache
def romance_words() -> frozenset[str]:
    return _WORDS


@lru_cache(maxsize=256)
def reads_romance(text: str) -> bool:
    """The text reads as Spanish or French: a marker counts two, a short function word one
    ("de", "la", "mi"), and it takes two."""
    score = 0
    for m in _TOKEN_RE.finditer(text.lower()):
        word = m.group()
        score += 2 if word in _MARKERS or _fold(word) in _MARKERS else word in _SHORT
        if score >= 2:
            return True
    return False


_LETTERS_RE = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=256)
def reads_everyday(text: str) -> bool:
    """Three words of ``lexicon.everyday_words`` or more ("no pude dormir anoche"): Spanish,
    Portuguese or French that no marker above gives away."""
    words = lexicon.everyday_words()
    found = 0
    for m in _LETTERS_RE.finditer(text):
        found += fold(m.group()) in words
        if found >= 3:
            return True
    return False


@lru_cache(maxsize=256)
def reads_creole(text: str) -> bool:
    """A word of ``_CREOLE_MARKERS`` ("mwen", "mesi", "bonjou")."""
    words = _TOKEN_RE.findall(text.lower())
    if not _CREOLE_MARKERS.isdisjoint(words):
        return True
    return any(_fold(word) in _CREOLE_MARKERS for word in words if not word.isascii())


def creole_words() -> frozenset[str]:
    return _CREOLE_WORDS


@cache
def all_words() -> frozenset[str]:
    """Spanish, French and Creole words: for a message that mixes them."""
    return _WORDS | _CREOLE_WORDS


@lru_cache(maxsize=256)
def reads_portuguese(text: str) -> bool:
    """Two words of ``_PORTUGUESE_MARKERS``."""
    found = 0
    for m in _TOKEN_RE.finditer(text.lower()):
        found += m.group() in _PORTUGUESE_MARKERS
        if found >= 2:
            return True
    return False


def _fold(word: str) -> str:
    if word.isascii():
        return word
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
