"""Grounded, cited answers from the vetted knowledge base, and deferral of what it cannot answer.

The model may phrase, never be the source of a medical fact (issue 7). So:

1. ``is_out_of_scope`` recognises requests for a diagnosis, a prescription, a dose change or
   advice on combining medicines; those get a fixed deferral to a clinician or pharmacist
   with an offer to book or hand over, and no model call.
2. Otherwise the model drafts an answer from the retrieved passages only, citing them as
   ``[1]``, ``[2]``. ``assistant.grounding.check_grounded`` verifies the draft.
3. If there is no model, the model fails, or the draft is not grounded, the reply quotes the
   best passage word for word with its source. No passage, no answer: the reply offers the
   care team instead.

Passages may also come from the patient's own records (built by the caller as ``Passage``
objects with a portal URL); they are treated exactly like knowledge-base passages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from django.conf import settings

from assistant.grounding import check_grounded
from assistant.knowledge.search import Passage
from assistant.triage.language import detect_language
from assistant.triage.rules import _rx
from assistant.triage.text import fold

logger = logging.getLogger(__name__)

Generate = Callable[[list[dict[str, str]]], str]
StreamGenerate = Callable[[list[dict[str, str]]], Iterable[str]]
MAX_QUOTE_CHARS = 700
MAX_SOURCES = 3


@dataclass(frozen=True)
class Answer:
    text: str
    citations: list[Passage] = field(default_factory=list)
    grounded: bool = False
    fallback: bool = False
    deferred: bool = False
    deferral_category: str = ""


# --- out of scope ------------------------------------------------------------------------
_DRUG = (
    r"(?:ibuprof\w*|advil|motrin|naproxen\w*|aleve|aspirin\w*|tylenol|acetaminoph\w*|paracetamol\w*|"
    r"doliprane|lisinopril|metformin|warfarin|statin\w*|antibiotic\w*|amoxicillin|insulin|"
    r"medicine\w*|medication\w*|meds|pills?|tablets?|drugs?|supplements?|alcohol|"
    r"medicament\w*|comprimes?|medicamentos?|pastillas?|\w+(?:pril|olol|sartan|statin|azole|cillin|mycin))"
)
SCOPE_RULES: tuple[tuple[str, object], ...] = (
    (
        "drug_interaction",
        _rx(
            rf"{_DRUG} ~4 (?:with|and|together|alongside|while|plus|or) ~4 {_DRUG}",
            r"interact\w*|interaction\w*|mix\w* ~3 (?:with|and)|combin\w* ~3 (?:with|and)",
            rf"{_DRUG} ~4 (?:avec|et|en meme temps) ~4 {_DRUG}|melanger|interagi\w*",
            rf"{_DRUG} ~4 (?:con|y|junto con|al mismo tiempo) ~4 {_DRUG}|mezclar|interaccion\w*",
        ),
    ),
    (
        "dose_change",
        _rx(
            r"(?:double|increase|decrease|reduce|lower|raise|change|adjust|skip|stop|halve|split) ~3 (?:dose|dosage|doses|medication|medicine|meds|pills?|tablets?|insulin|\w+pril|\w+olol)",
            r"how (?:much|many) ~4 (?:take|give|should)|(?:stop|quit) taking|extra (?:dose|pill)",
            r"(?:doubler|augmenter|diminuer|reduire|arreter|changer) ~3 (?:dose|traitement|medicament\w*)|quelle dose|combien de ~3 (?:prendre|comprimes)",
            r"(?:duplicar|aumentar|disminuir|reducir|dejar|cambiar|suspender) ~3 (?:dosis|medicamento\w*|pastillas?|tratamiento)|cuant[oa]s? ~3 (?:tomar|debo tomar)",
        ),
    ),
    (
        "prescribing",
        _rx(
            r"prescribe|prescription for|(?:give|get) me (?:some |an? )?(?:antibiotics?|medicine|medication|pills|something for)",
            r"what (?:medicine|medication|drug|pill|antibiotic) ~3 (?:take|use|should)|what (?:should|can) i take for",
            r"quel (?:medicament|traitement|antibiotique) ~3 prendre|que (?:dois|peux) je prendre|prescri\w+",
            r"que (?:medicamento|pastilla|antibiotico) ~3 tomar|que (?:debo|puedo) tomar|recet\w+ ~3 (?:para|algo)",
        ),
    ),
    (
        "diagnosis",
        _rx(
            r"do i have|have i got|could (?:it|this) be|is (?:it|this|that) ~2 (?:cancer|serious|infected|an infection|broken|a tumou?r)|what (?:do i have|is wrong with me|s wrong with me|is this rash|is this lump)",
            r"diagnos\w*|am i (?:sick|ill|pregnant|diabetic)",
            r"est ce que j ai|ai je (?:un|une|le|la)|qu est ce que j ai|c est grave|est ce grave",
            r"tengo (?:cancer|diabetes|una infeccion|covid)|que tengo|es grave|sera (?:cancer|grave)",
        ),
    ),
)
# "Can I renew my prescription?" is a refill, which the clinic handles: not a prescribing ask.
_REFILL = _rx(r"refill|renew|renouvel\w*|renovar|repeat prescription")
# "Do I have an appointment / a balance?" asks about the clinic's records, not a diagnosis.
_ADMIN = _rx(
    r"appointments?|appt|booking|booked|visits?|slots?|bills?|invoices?|balance|payments?|"
    r"copay|insurance|referrals?|results?|records?|messages?|rendez vous|cita|factura"
)


def is_out_of_scope(question: str) -> str | None:
    """The deferral category of a question the assistant must not answer itself, or None."""
    text = " ".join(fold(question or "").split())
    text = re.sub(r"[^\w\s]", " ", text)
    text = " ".join(text.split())
    for category, pattern in SCOPE_RULES:
        if pattern.search(text):  # type: ignore[attr-defined]
            if category == "prescribing" and _REFILL.search(text):
                continue
            if category == "diagnosis" and _ADMIN.search(text) and "diagnos" not in text:
                continue
            return category
    return None


_DEFERRAL = {
    "en": {
        "drug_interaction": "whether medicines are safe to take together",
        "dose_change": "changing, stopping or choosing a dose",
        "prescribing": "which medicine to take",
        "diagnosis": "what a symptom means for you",
        "no_source": "this",
        "text": "I can't safely answer questions about {topic}: a clinician or pharmacist needs "
        "to look at your own situation. I can book you an appointment, ask the clinic "
        "pharmacist to call you back, or pass your question to the care team now. Which would "
        "you prefer?",
        "no_source_text": "I don't have vetted clinic information that answers this, so I won't "
        "guess. I can pass your question to the care team or book you an appointment. Which "
        "would you prefer?",
        "quote": 'Here is what our clinic information says ("{title}"):',
        "source": "Source",
    },
    "fr": {
        "drug_interaction": "l'association de médicaments",
        "dose_change": "le choix ou le changement d'une dose",
        "prescribing": "le choix d'un médicament",
        "diagnosis": "ce que signifie un symptôme pour vous",
        "text": "Je ne peux pas répondre sans risque aux questions sur {topic} : un médecin ou un "
        "pharmacien doit examiner votre situation. Je peux vous prendre un rendez-vous, "
        "demander au pharmacien de la clinique de vous rappeler, ou transmettre votre question "
        "à l'équipe soignante. Que préférez-vous ?",
        "no_source_text": "Je n'ai pas d'information validée par la clinique pour répondre, et je "
        "préfère ne pas deviner. Je peux transmettre votre question à l'équipe soignante ou "
        "vous prendre un rendez-vous. Que préférez-vous ?",
        "quote": "Voici ce que disent les informations de la clinique (« {title} ») :",
        "source": "Source",
    },
    "es": {
        "drug_interaction": "si es seguro tomar medicamentos juntos",
        "dose_change": "cambiar, suspender o elegir una dosis",
        "prescribing": "qué medicamento tomar",
        "diagnosis": "lo que un síntoma significa en su caso",
        "text": "No puedo responder con seguridad preguntas sobre {topic}: un médico o un "
        "farmacéutico debe valorar su situación. Puedo darle una cita, pedir al farmacéutico "
        "de la clínica que le llame o pasar su pregunta al equipo de atención. ¿Qué prefiere?",
        "no_source_text": "No tengo información verificada de la clínica que responda a esto, y "
        "no voy a adivinar. Puedo pasar su pregunta al equipo de atención o darle una cita. "
        "¿Qué prefiere?",
        "quote": "Esto dice la información de la clínica («{title}»):",
        "source": "Fuente",
    },
}


def deferral_reply(category: str, *, language: str = "en") -> str:
    words = _DEFERRAL.get(language, _DEFERRAL["en"])
    if category not in words or category == "no_source":
        return words["no_source_text"]
    return words["text"].format(topic=words[category])


# --- composition -------------------------------------------------------------------------
SYSTEM_PROMPT = (
    "You are the front-desk assistant of a medical clinic. Answer the patient's question "
    "using ONLY the numbered sources. Keep the sources' facts, numbers and wording; do not add "
    "anything that is not in them. After each sentence, cite its source like [1]. Never give "
    "medical advice of your own. Answer in English, in at most three short sentences."
)
# One worked example, on made-up sources, shows the shape wanted: the source's own words, a
# citation after each sentence, no yes/no in front. (An earlier prompt asked for the reply
# "NO ANSWER" when the sources did not answer; the default 0.5B model then put it in front of
# nearly every answer, and bench/retrieval.py measured 2 of 42 drafts grounded. A draft that
# the sources do not support is caught by the groundedness check either way.)
_EXAMPLE_SOURCES = (
    "[1] Parking - Visitor parking\nThe clinic car park is free for patients for up to two "
    "hours. Show your appointment card at the desk.\n\n[2] Opening hours - Regular hours\nWe "
    "are open Monday to Friday, 8:00 am to 6:00 pm."
)
_EXAMPLE_QUESTION = "is parking free?"
_EXAMPLE_ANSWER = (
    "The clinic car park is free for patients for up to two hours [1]. Show your appointment "
    "card at the desk [1]."
)


def build_messages(question: str, passages: Sequence[Passage]) -> list[dict[str, str]]:
    sources = "\n\n".join(
        f"[{i}] {p.document_title} - {p.heading}\n{p.text}" for i, p in enumerate(passages, 1)
    )
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {
            "role": "user",
            "content": f"Sources:\n\n{_EXAMPLE_SOURCES}\n\nQuestion: {_EXAMPLE_QUESTION}",
        },
        {"role": "assistant", "content": _EXAMPLE_ANSWER},
        {"role": "user", "content": f"Sources:\n\n{sources}\n\nQuestion: {question}"},
    ]


def _cite(passages: Sequence[Passage], language: str) -> str:
    label = _DEFERRAL.get(language, _DEFERRAL["en"])["source"]
    return "\n".join(
        f"{label} [{i}]: {p.document_title} - {p.heading} ({p.url})"
        for i, p in enumerate(passages, 1)
    )


def quote_best(passages: Sequence[Passage], *, language: str = "en") -> Answer:
    best = passages[0]
    text = best.text
    if len(text) > MAX_QUOTE_CHARS:
        text = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " ..."
    intro = _DEFERRAL.get(language, _DEFERRAL["en"])["quote"].format(title=best.document_title)
    body = f'{intro}\n\n"{text}"\n\n{_cite([best], language)}'
    return Answer(text=body, citations=[best], grounded=True, fallback=True)


def _before_the_model(
    question: str, passages: Sequence[Passage], language: str
) -> tuple[Answer | None, list[Passage]]:
    """The answer that needs no model (a deferral), or None and the sources to draft from."""
    category = is_out_of_scope(question)
    if category:
        return (
            Answer(
                deferral_reply(category, language=language),
                grounded=True,
                deferred=True,
                deferral_category=category,
            ),
            [],
        )
    sources = list(passages)[:MAX_SOURCES]
    if not sources:
        return (
            Answer(
                deferral_reply("no_source", language=language),
                grounded=True,
                deferred=True,
                deferral_category="no_source",
            ),
            [],
        )
    return None, sources


def finish_draft(draft: str, sources: Sequence[Passage], *, language: str = "en") -> Answer:
    """The model's complete ``draft`` if ``check_grounded`` passes it (renumbered, with its
    sources listed), otherwise the best passage quoted with its source."""
    draft = draft.strip()
    if not draft or "NO ANSWER" in draft.upper():
        return quote_best(sources, language=language)
    report = check_grounded(draft, sources)
    if not report.grounded:
        logger.info(
            "draft answer not grounded, quoting instead",
            extra={"reasons": ",".join(report.reasons)},
        )
        return quote_best(sources, language=language)
    cited = [sources[i] for i in report.cited] or list(sources[:1])
    renumbered = draft
    if report.cited:
        mapping = {i + 1: n for n, i in enumerate(report.cited, 1)}
        renumbered = re.sub(
            r"\[(\d{1,2})\]", lambda m: f"[{mapping.get(int(m.group(1)), m.group(1))}]", draft
        )
    return Answer(f"{renumbered}\n\n{_cite(cited, language)}", citations=cited, grounded=True)


def compose_answer(
    question: str,
    passages: Sequence[Passage],
    *,
    generate: Generate | None,
    language: str | None = None,
) -> Answer:
    """Answer ``question`` from ``passages`` (see the module docstring for the steps)."""
    language = language or detect_language(question)
    early, sources = _before_the_model(question, passages, language)
    if early is not None:
        return early
    if generate is None:
        return quote_best(sources, language=language)
    try:
        draft = generate(build_messages(question, sources))
    except Exception as exc:  # the model is optional: any failure falls back to quoting
        logger.warning(
            "answer generation failed, quoting instead", extra={"error": type(exc).__name__}
        )
        return quote_best(sources, language=language)
    return finish_draft(draft, sources, language=language)


class StreamedAnswer:
    """``compose_answer`` for a chat that shows the draft as the model writes it.

    Iterating yields the draft piece by piece; once exhausted, ``answer`` is the final
    ``Answer``: the draft checked by ``check_grounded`` when it passes, else the quoted
    passage. ``replaced`` says the patient saw a draft that was then thrown away, so the
    caller must show (and store) ``answer.text`` in its place. ``model_failed`` says the
    model broke off or could not be reached (the reply then quotes, as without a model).
    Nothing is yielded when no model call is needed (deferral, no source, no model).
    """

    def __init__(
        self,
        question: str,
        passages: Sequence[Passage],
        *,
        stream: StreamGenerate | None,
        language: str | None = None,
    ) -> None:
        self.question = question
        self.passages = list(passages)
        self.stream = stream
        self.language = language or detect_language(question)
        self.draft = ""
        self.model_failed = False
        self.answer: Answer | None = None

    @property
    def replaced(self) -> bool:
        return bool(self.draft) and self.answer is not None and self.answer.fallback

    def __iter__(self) -> Iterator[str]:
        early, sources = _before_the_model(self.question, self.passages, self.language)
        if early is not None:
            self.answer = early
            return
        if self.stream is None:
            self.answer = quote_best(sources, language=self.language)
            return
        try:
            for piece in self.stream(build_messages(self.question, sources)):
                if piece:
                    self.draft += piece
                    yield piece
        except Exception as exc:  # a half-written draft is never checked: quote instead
            logger.warning(
                "answer stream failed, quoting instead", extra={"error": type(exc).__name__}
            )
            self.model_failed = True
            self.answer = quote_best(sources, language=self.language)
            return
        self.answer = finish_draft(self.draft, sources, language=self.language)


def model_generate(*, max_tokens: int = 200) -> Generate | None:
    """The configured model as a ``generate`` callable, or None when there is no model."""
    if not settings.LLM_ENDPOINTS:
        return None
    try:
        from assistant.llm import get_client
    except ImportError:
        return None

    def generate(messages: list[dict[str, str]]) -> str:
        return get_client().chat(messages, max_tokens=max_tokens, temperature=0.0).text

    return generate
