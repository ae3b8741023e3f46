"""The vetted knowledge base: import (``kb_import``) and retrieval (``search``)."""

from __future__ import annotations

from assistant.knowledge.importer import ImportReport, kb_import
from assistant.knowledge.search import Passage, analyze, search

__all__ = ["ImportReport", "Passage", "analyze", "kb_import", "search"]
