"""The assistant parts this app calls, behind one small function each.

Triage (``assistant.triage``), the model client (``assistant.llm``), retrieval
(``assistant.knowledge``) and answer writing (``assistant.answers``: the prompt, the
groundedness check, deferral) belong to other modules.
Calling them through these functions keeps the pipeline readable, gives tests one place to
substitute a fake model, and decides in one place what happens when a part is missing or
failing: the model and retrieval degrade (the deterministic floor answers); triage failing is
logged loudly and the turn goes on, because refusing to answer at all would not make an
emergency safer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from assistant.answers import build_messages
from assistant.knowledge.search import Passage
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
    return [hit for hit in hits if hit.text]


def citation(passage: Passage) -> dict[str, str]:
    """What a reply stores and shows for a source: its link and title, never its text."""
    title = " - ".join(x for x in (passage.document_title, passage.heading) if x)
    return {"source": passage.url or passage.anchor, "title": title}


def answer_messages(question: str, passages: list[Passage]) -> list[dict[str, str]]:
    """The answer prompt, which lives in ``assistant.answers`` (kept here for bench/chat.py)."""
    return build_messages(question, passages)


def chat_text(client: Any, messages: list[dict[str, str]], *, max_tokens: int) -> str:
    result = client.chat(messages, max_tokens=max_tokens, temperature=0)
    return result if isinstance(result, str) else result.text
