"""Import a folder of documents into the knowledge base, idempotently.

``kb_import`` hashes each file; unchanged files are skipped, changed ones have their chunks
replaced, and documents whose file has gone are deleted. All of it happens in one
transaction together with the version bump, so retrieval sees either the old knowledge base
or the new one.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from assistant.knowledge.parsing import SUFFIXES, parse_file
from assistant.models import KnowledgeBaseState, KnowledgeChunk, KnowledgeDocument
from config.errors import InvalidInput

logger = logging.getLogger(__name__)


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    version: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def _slug_for(root: Path, path: Path) -> str:
    relative = path.relative_to(root).with_suffix("")
    return "-".join(slugify(part) for part in relative.parts)[:200]


def _files(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


@transaction.atomic
def kb_import(*, path: Path) -> ImportReport:
    root = Path(path).resolve()
    if not root.is_dir():
        raise InvalidInput("The knowledge base path is not a folder.")
    report = ImportReport()
    existing = {doc.slug: doc for doc in KnowledgeDocument.objects.all()}
    seen: set[str] = set()
    for file in _files(root):
        slug = _slug_for(root, file)
        if slug in seen:
            raise InvalidInput(f"Two documents map to the same slug: {slug}")
        seen.add(slug)
        raw = file.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        document = existing.get(slug)
        if document is not None and document.content_hash == digest:
            report.unchanged.append(slug)
            continue
        parsed = parse_file(file, raw.decode("utf-8", errors="replace"))
        if document is None:
            document = KnowledgeDocument(slug=slug)
            report.created.append(slug)
        else:
            document.chunks.all().delete()
            report.updated.append(slug)
        document.title = parsed.title[:300]
        document.source_path = str(file.relative_to(root))[:500]
        document.content_hash = digest
        document.save()
        KnowledgeChunk.objects.bulk_create(
            KnowledgeChunk(
                document=document,
                position=i,
                heading=section.heading[:300],
                anchor=section.anchor,
                text=section.text,
            )
            for i, section in enumerate(parsed.sections)
        )
    for slug, document in existing.items():
        if slug not in seen:
            document.delete()
            report.deleted.append(slug)
    state, _ = KnowledgeBaseState.objects.get_or_create(pk=1)
    if report.changed:
        KnowledgeBaseState.objects.filter(pk=1).update(
            version=F("version") + 1, updated_at=timezone.now()
        )
        state.refresh_from_db()
    report.version = state.version
    logger.info(
        "knowledge base imported",
        extra={
            "documents_created": len(report.created),
            "documents_updated": len(report.updated),
            "documents_deleted": len(report.deleted),
            "documents_unchanged": len(report.unchanged),
            "kb_version": report.version,
        },
    )
    return report
