"""The assistant parts this app calls, behind one small function each.

Triage (``assistant.triage``), the model client (``assistant.llm``), retrieval
(``assistant.knowledge``) and answer writing (``assistant.answers``) belong to other modules.
Calling them through these functions keeps the pipeline readable, gives tests one place to
substitute a fake model, and decides in one place what happens when a part is missing or
failing: the model and retrieval degrade (the deterministic floor answers); triage failing is
logged loudly and the turn goes on, because refusing to answer at all would not make an
emergency safer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from assistant.llm.errors import LLMError

logger = logging.getLogger(__name__)


def llm_client() -> Any | None:
    """The model client, or None when no model server is configured."""
    from django.conf import settings

    if not settings.LLM_ENDPOINTS:
        return None
    try:
        from assistant.llm import get_client
    except ImportError:
        logger.error("assistant.llm.get_client is not available")
        return None
    try:
        return get_client()
    except LLMError:
        return None


@dataclass(frozen=True)
class TriageHit:
    text: str


def triage(text: str) -> TriageHit | None:
    """The emergency reply if triage flags ``text``, else None."""
    try:
        from assistant.triage import check, detect_language, emergency_reply
    except ImportError:
        logger.error("assistant.triage is not available: emergency check skipped")
        return None
    try:
        result = check(text)
        if not result.emergency:
            return None
        reply = emergency_reply(result.category, language=detect_language(text))
    except Exception:  # a triage bug must not silence the rest of the assistant
        logger.exception("triage failed: emergency check skipped for this message")
        return None
    return TriageHit(text=reply)


@dataclass(frozen=True)
class Passage:
    text: str
    source: str
    title: str = ""

    def citation(self) -> dict[str, str]:
        return {"source": self.source, "title": self.title}


def search(query: str, k: int = 3) -> list[Passage]:
    """Passages from the clinic's vetted content, best first; [] when retrieval is missing."""
    try:
        from assistant.knowledge import search as knowledge_search
    except ImportError:
        logger.error("assistant.knowledge.search is not available")
        return []
    try:
        hits = knowledge_search(query, k=k)
    except Exception:
        logger.exception("knowledge search failed")
        return []
    return [
        Passage(
            text=hit.text,
            source=hit.url or hit.anchor,
            title=" - ".join(x for x in (hit.document_title, hit.heading) if x),
        )
        for hit in hits
        if hit.text
    ]


ANSWER_SYSTEM = (
    "You are a clinic's assistant. Answer the patient's question in at most three short "
    "sentences using only the passages given. If they do not answer it, say you do not know "
    "and suggest asking the clinic. Never diagnose, never name doses."
)


def answer_messages(question: str, passages: list[Passage]) -> list[dict[str, str]]:
    context = "\n\n".join(f"[{i}] {p.title}\n{p.text[:1200]}" for i, p in enumerate(passages, 1))
    return [
        {"role": "system", "content": ANSWER_SYSTEM},
        {
            "role": "user",
            "content": f"Passages:\n{context or '(none)'}\n\nQuestion: {question[:1000]}",
        },
    ]


def stream_text(client: Any, messages: list[dict[str, str]], *, max_tokens: int) -> Iterator[str]:
    """Text pieces from the model's stream (raises ``LLMError`` when it is down)."""
    for chunk in client.stream_chat(messages, max_tokens=max_tokens, temperature=0.2):
        piece = (
            chunk
            if isinstance(chunk, str)
            else (
                getattr(chunk, "text", None)
                or getattr(chunk, "delta", None)
                or getattr(chunk, "content", "")
            )
        )
        if piece:
            yield str(piece)


def chat_text(client: Any, messages: list[dict[str, str]], *, max_tokens: int) -> str:
    result = client.chat(messages, max_tokens=max_tokens, temperature=0)
    return result if isinstance(result, str) else result.text
