"""A knowledge-base document, the target of the assistant's citations
(``/kb/<slug>#<anchor>``, the ``url`` of ``assistant.knowledge`` passages).

Clinic content, not PHI, so it needs no sign-in. The stored text is plain text from the
importer and is always escaped here: no HTML from a document reaches the page.
"""

from __future__ import annotations

from itertools import groupby

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from assistant.models import KnowledgeDocument


def kb_document(request: HttpRequest, slug: str) -> HttpResponse:
    document = KnowledgeDocument.objects.filter(slug=slug).first()
    if document is None:
        raise Http404("No such document.")
    chunks = document.chunks.order_by("position")
    sections = [
        {
            "anchor": anchor,
            "heading": pieces[0].heading,
            "text": "\n\n".join(piece.text for piece in pieces),
        }
        for anchor, group in groupby(chunks, key=lambda c: c.anchor)
        for pieces in [list(group)]
    ]
    return render(request, "portal/kb_document.html", {"document": document, "sections": sections})
