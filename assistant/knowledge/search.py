"""Retrieval over the knowledge base: BM25 (bm25s) on folded, stemmed, synonym-mapped text.

Why BM25 and not embeddings: the knowledge base is small (tens to hundreds of chunks) and
written by the clinic; patients ask with the same words the documents use ("cancel",
"parking", "fasting"). BM25 finds those exactly, explains itself (shared terms), needs no
weights and adds ~1 MB (bm25s + numpy) instead of torch (~1 GB) for the only PyPI-shipped
embedding model. What embeddings would add, paraphrase and other languages, is covered here
by a small synonym table that maps French and Spanish clinic vocabulary and common
paraphrases onto the documents' English terms, plus accent folding, stop words of the three
languages and the Snowball English stemmer.

The index is built from the database and kept per process; ``search`` rebuilds it when
``KnowledgeBaseState.version`` differs from the version it was built at.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

import bm25s
import numpy as np

from assistant.models import KnowledgeBaseState, KnowledgeChunk
from assistant.triage.text import fold, tokens

STOP_WORDS = frozenset(
    # English
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "how",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "not",
        "no",
        "yes",
        "so",
        "than",
        "then",
        "too",
        "very",
        "just",
        "about",
        "into",
        "over",
        "under",
        "again",
        "also",
        "any",
        "all",
        "some",
        "such",
        "only",
        "own",
        "same",
        "other",
        "more",
        "most",
        "each",
        "im",
        "ive",
        "id",
        "dont",
        "cant",
        "wont",
        "please",
        "thanks",
        "thank",
        "hello",
        "hi",
        "get",
        "got",
        "need",
        "want",
        "like",
        "know",
        "tell",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "l",
        "et",
        "ou",
        "mais",
        "donc",
        "car",
        "ni",
        "que",
        "qui",
        "quoi",
        "dont",
        "ou",
        "ce",
        "cet",
        "cette",
        "ces",
        "je",
        "j",
        "tu",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
        "me",
        "m",
        "te",
        "t",
        "se",
        "s",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "votre",
        "leur",
        "leurs",
        "est",
        "sont",
        "etre",
        "avoir",
        "ai",
        "as",
        "a",
        "avez",
        "ont",
        "suis",
        "es",
        "sommes",
        "etes",
        "fait",
        "pour",
        "par",
        "avec",
        "sans",
        "sur",
        "sous",
        "dans",
        "en",
        "au",
        "aux",
        "pas",
        "ne",
        "plus",
        "tres",
        "bien",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "comment",
        "pourquoi",
        "quand",
        "est-ce",
        "bonjour",
        "merci",
        "peux",
        "peut",
        "puis",
        "voudrais",
        "veux",
        "el",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "y",
        "o",
        "pero",
        "que",
        "quien",
        "cual",
        "cuales",
        "como",
        "cuando",
        "donde",
        "por",
        "para",
        "con",
        "sin",
        "sobre",
        "en",
        "del",
        "al",
        "lo",
        "le",
        "les",
        "se",
        "me",
        "te",
        "nos",
        "mi",
        "mis",
        "tu",
        "tus",
        "su",
        "sus",
        "es",
        "son",
        "esta",
        "estan",
        "estoy",
        "ser",
        "estar",
        "hay",
        "tengo",
        "tiene",
        "tienen",
        "hola",
        "gracias",
        "puedo",
        "puede",
        "quiero",
        "quisiera",
        "muy",
        "mas",
    ]
)

# Clinic vocabulary in French and Spanish, and common paraphrases, onto the documents' terms.
SYNONYMS = {
    # French
    "horaires": "hours",
    "horaire": "hours",
    "ouvert": "hours",
    "ouverte": "hours",
    "ouverture": "hours",
    "ferme": "closed",
    "fermeture": "closed",
    "samedi": "saturday",
    "dimanche": "sunday",
    "lundi": "monday",
    "vendredi": "friday",
    "rendez": "appointment",
    "vous": "",
    "rdv": "appointment",
    "consultation": "visit",
    "annuler": "cancel",
    "annulation": "cancel",
    "retard": "late",
    "adresse": "address",
    "parking": "parking",
    "stationnement": "parking",
    "garer": "parking",
    "facture": "bill",
    "facturation": "billing",
    "assurance": "insurance",
    "mutuelle": "insurance",
    "paiement": "payment",
    "payer": "pay",
    "prix": "cost",
    "cout": "cost",
    "tarif": "cost",
    "jeun": "fasting",
    "prise": "draw",
    "sang": "blood",
    "analyse": "test",
    "analyses": "test",
    "ordonnance": "prescription",
    "renouvellement": "refill",
    "medicament": "medication",
    "medicaments": "medication",
    "pharmacien": "pharmacist",
    "vaccin": "vaccine",
    "vaccins": "vaccine",
    "grippe": "flu",
    "fievre": "fever",
    "rhume": "cold",
    "toux": "cough",
    "enfant": "child",
    "apporter": "bring",
    "preparer": "prepare",
    "visite": "visit",
    "urgence": "emergency",
    # Spanish
    "horario": "hours",
    "abren": "hours",
    "abierto": "hours",
    "cierran": "closed",
    "sabado": "saturday",
    "sabados": "saturday",
    "domingo": "sunday",
    "cita": "appointment",
    "citas": "appointment",
    "consulta": "visit",
    "cancelar": "cancel",
    "cancelacion": "cancel",
    "tarde": "late",
    "direccion": "address",
    "estacionamiento": "parking",
    "aparcamiento": "parking",
    "estacionar": "parking",
    "aparcar": "parking",
    "donde": "address",
    "factura": "bill",
    "seguro": "insurance",
    "pago": "payment",
    "pagar": "pay",
    "precio": "cost",
    "costo": "cost",
    "cuesta": "cost",
    "cuanto": "cost",
    "ayunas": "fasting",
    "ayuno": "fasting",
    "analisis": "test",
    "receta": "prescription",
    "renovar": "refill",
    "medicamento": "medication",
    "medicamentos": "medication",
    "farmaceutico": "pharmacist",
    "vacuna": "vaccine",
    "vacunas": "vaccine",
    "gripe": "flu",
    "fiebre": "fever",
    "resfriado": "cold",
    "tos": "cough",
    "nino": "child",
    "hijo": "child",
    "hija": "child",
    "traer": "bring",
    "preparar": "prepare",
    "llevar": "bring",
    # English paraphrases
    "reschedule": "cancel",
    "rebook": "cancel",
    "booking": "appointment",
    "book": "appointment",
    "doctor": "clinician",
    "physician": "clinician",
    "price": "cost",
    "fee": "cost",
    "fees": "cost",
    "charge": "cost",
    "pay": "payment",
    "invoice": "bill",
    "statement": "bill",
    "copay": "copayment",
    "refills": "refill",
    "renew": "refill",
    "meds": "medication",
    "medicine": "medication",
    "medicines": "medication",
    "drugs": "medication",
    "jab": "vaccine",
    "shot": "vaccine",
    "shots": "vaccine",
    "vaccination": "vaccine",
    "eat": "fasting",
    "eating": "fasting",
    "fast": "fasting",
    "bloodwork": "blood",
    "labs": "test",
    "lab": "test",
    "open": "hours",
    "opening": "hours",
    "close": "hours",
    "closing": "hours",
    "located": "address",
    "location": "address",
    "where": "address",
    "car": "parking",
    "park": "parking",
}


@cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def analyze(text: str) -> list[str]:
    """Fold, drop stop words, map synonyms, stem. Shared by indexing and querying."""
    words = []
    for token in tokens(fold(text)):
        token = SYNONYMS.get(token, token)
        if token and token not in STOP_WORDS and (len(token) > 1 or token.isdigit()):
            words.append(token)
    return _stemmer().stemWords(words)


@dataclass(frozen=True)
class Passage:
    chunk_id: int
    document_title: str
    heading: str
    anchor: str
    url: str
    text: str
    score: float


@dataclass
class _Index:
    version: tuple[int, object]
    retriever: bm25s.BM25 | None
    chunks: list[Passage]
    vocabulary: frozenset[str]


_lock = threading.Lock()
_index: _Index | None = None


def _build(version: tuple[int, object]) -> _Index:
    rows = list(
        KnowledgeChunk.objects.select_related("document").order_by("document__slug", "position")
    )
    chunks = [
        Passage(
            chunk_id=row.pk,
            document_title=row.document.title,
            heading=row.heading,
            anchor=row.anchor,
            url=f"/kb/{row.document.slug}#{row.anchor}",
            text=row.text,
            score=0.0,
        )
        for row in rows
    ]
    if not chunks:
        return _Index(version, None, [], frozenset())
    # Title and heading are indexed with the text: "Cancellation policy" answers "cancel".
    corpus = [analyze(f"{c.document_title} {c.heading} {c.heading} {c.text}") for c in chunks]
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    vocabulary = frozenset(word for doc in corpus for word in doc)
    return _Index(version, retriever, chunks, vocabulary)


def _current_index() -> _Index:
    global _index
    version = KnowledgeBaseState.current_stamp()
    index = _index
    if index is None or index.version != version:
        with _lock:
            if _index is None or _index.version != version:
                _index = _build(version)
            index = _index
    return index


def search(query: str, *, k: int = 3) -> list[Passage]:
    """The ``k`` best passages for ``query``, best first; only passages sharing a term."""
    index = _current_index()
    terms = [t for t in analyze(query) if t in index.vocabulary]
    if index.retriever is None or not terms:
        return []
    scores = index.retriever.get_scores(terms)
    order = np.argsort(-scores, kind="stable")[:k]
    return [_with_score(index.chunks[i], float(scores[i])) for i in order if scores[i] > 0]


def _with_score(passage: Passage, score: float) -> Passage:
    return Passage(**{**passage.__dict__, "score": round(score, 4)})
