from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from assistant.knowledge import analyze, kb_import, search
from assistant.models import KnowledgeBaseState, KnowledgeChunk, KnowledgeDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_kb() -> None:
    kb_import(path=settings.KB_DIR)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_import_reads_markdown_html_and_text_with_titles_and_anchors(demo_kb: None) -> None:
    titles = dict(KnowledgeDocument.objects.values_list("slug", "title"))
    assert titles["policies-cancellation"] == "Cancellation and missed appointment policy"
    assert titles["portal-using-the-patient-portal"] == "Using the patient portal"
    assert titles["policies-privacy"] == "Your privacy at Maple Street Family Clinic"
    anchors = set(
        KnowledgeChunk.objects.filter(document__slug="policies-cancellation").values_list(
            "anchor", flat=True
        )
    )
    assert {"cancelling-or-rescheduling", "late-arrivals", "missed-appointments"} <= anchors
    portal_text = " ".join(
        KnowledgeChunk.objects.filter(document__slug="portal-using-the-patient-portal").values_list(
            "text", flat=True
        )
    )
    assert "activation code" in portal_text
    assert "Home | Portal" not in portal_text  # navigation is not content


def test_reimport_updates_changed_documents_and_removes_deleted_ones(tmp_path: Path) -> None:
    _write(tmp_path, "hours.md", "# Hours\n\n## Weekdays\n\nOpen 8 to 6.\n")
    _write(tmp_path, "parking.md", "# Parking\n\nFree parking behind the building.\n")
    first = kb_import(path=tmp_path)
    assert sorted(first.created) == ["hours", "parking"]

    again = kb_import(path=tmp_path)
    assert again.unchanged == ["hours", "parking"]
    assert again.version == first.version  # nothing changed, index stays valid

    _write(tmp_path, "hours.md", "# Hours\n\n## Weekdays\n\nOpen 9 to 5.\n")
    (tmp_path / "parking.md").unlink()
    third = kb_import(path=tmp_path)
    assert third.updated == ["hours"]
    assert third.deleted == ["parking"]
    assert third.version == first.version + 1
    assert not KnowledgeDocument.objects.filter(slug="parking").exists()
    assert KnowledgeChunk.objects.get(document__slug="hours").text == "Open 9 to 5."


def test_search_index_follows_a_reimport_in_the_same_process(tmp_path: Path) -> None:
    _write(tmp_path, "parking.md", "# Parking\n\nFree parking behind the building.\n")
    kb_import(path=tmp_path)
    assert search("where can I park")[0].document_title == "Parking"
    (tmp_path / "parking.md").unlink()
    _write(tmp_path, "vaccines.md", "# Vaccines\n\nFlu vaccines on Saturdays.\n")
    kb_import(path=tmp_path)
    assert search("where can I park") == []
    assert search("flu vaccine")[0].document_title == "Vaccines"


@pytest.mark.parametrize(
    ("question", "url"),
    [
        (
            "Can I cancel my appointment the day before?",
            "/kb/policies-cancellation#cancelling-or-rescheduling",
        ),
        ("what happens if I miss my appointment", "/kb/policies-cancellation#missed-appointments"),
        ("Is there parking downtown?", "/kb/clinic-locations#parking"),
        ("are you open on saturday", "/kb/clinic-hours#regular-hours"),
        (
            "do I need to fast before my blood test",
            "/kb/visits-preparing-for-your-visit#fasting-blood-tests",
        ),
        (
            "how much is a visit without insurance",
            "/kb/billing-billing-and-insurance#self-pay-prices",
        ),
        ("quels sont vos horaires le samedi ?", "/kb/clinic-hours#regular-hours"),
        ("comment annuler mon rendez-vous", "/kb/policies-cancellation#cancelling-or-rescheduling"),
        ("¿dónde puedo estacionar?", "/kb/clinic-locations#parking"),
        ("¿cuánto cuesta la vacuna de la gripe?", "/kb/education-flu-vaccine#cost"),
    ],
)
def test_search_finds_the_answering_section(demo_kb: None, question: str, url: str) -> None:
    urls = [p.url for p in search(question, k=3)]
    assert url in urls


def test_search_results_carry_citation_fields_and_sorted_scores(demo_kb: None) -> None:
    results = search("no-show fee", k=3)
    assert results[0].document_title == "Cancellation and missed appointment policy"
    assert results[0].url.startswith("/kb/policies-cancellation#")
    assert "$25" in results[0].text
    assert results[0].chunk_id == KnowledgeChunk.objects.get(pk=results[0].chunk_id).pk
    assert [p.score for p in results] == sorted((p.score for p in results), reverse=True)


def test_search_with_no_shared_terms_returns_nothing(demo_kb: None) -> None:
    assert search("quantum chromodynamics lattice") == []


def test_analyze_folds_accents_stems_and_maps_other_languages() -> None:
    assert analyze("Annuler mon rendez-vous") == analyze("cancel appointment")
    assert analyze("Horários") != []
    assert analyze("cancelling") == analyze("cancel")


def test_kb_import_command_reports_counts(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "# A\n\ntext\n")
    out = io.StringIO()
    call_command("kb_import", str(tmp_path), stdout=out)
    assert "1 created" in out.getvalue()
    assert KnowledgeBaseState.current_version() == 1
    with pytest.raises(CommandError):
        call_command("kb_import", str(tmp_path / "missing"))
