"""Assistant models. The knowledge base: vetted documents, their chunks, and a version.

Knowledge documents are clinic content (policies, hours, patient education), never PHI.
The retrieval index lives in memory per process and is rebuilt when
``KnowledgeBaseState.version`` changes; every import that changes anything bumps it in the
same transaction as the change, so a process never serves a half-imported index for long.
"""

from __future__ import annotations

from django.db import models


class KnowledgeDocument(models.Model):
    slug = models.SlugField(max_length=200, unique=True)  # from the file's relative path
    title = models.CharField(max_length=300)
    source_path = models.CharField(max_length=500)
    content_hash = models.CharField(max_length=64)  # sha256 of the file's bytes
    language = models.CharField(max_length=8, default="en")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title


class KnowledgeChunk(models.Model):
    document = models.ForeignKey(KnowledgeDocument, on_delete=models.CASCADE, related_name="chunks")
    position = models.PositiveIntegerField()
    heading = models.CharField(max_length=300, blank=True)
    anchor = models.SlugField(max_length=200, blank=True)
    text = models.TextField()

    class Meta:
        ordering = ["document_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="kb_chunk_position")
        ]

    def __str__(self) -> str:
        return f"{self.document.slug}#{self.anchor}"


class KnowledgeBaseState(models.Model):
    """A single row whose version changes whenever the knowledge base does."""

    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"knowledge base v{self.version}"

    @classmethod
    def current_version(cls) -> int:
        row = cls.objects.filter(pk=1).values_list("version", flat=True).first()
        return row or 0

    @classmethod
    def current_stamp(cls) -> tuple[int, object]:
        """Version and time of the last change: what a cached search index is keyed on.

        The time guards against a version number coming back after a rolled-back import (as
        between tests), which would otherwise let a stale index pass for current."""
        row = cls.objects.filter(pk=1).values_list("version", "updated_at").first()
        return (row[0], row[1]) if row else (0, None)
