"""The trend chart's arithmetic and the knowledge-base page that citations link to."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from assistant.models import KnowledgeChunk, KnowledgeDocument
from portal.charts import parse_range, trend_chart

DAY = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.0-5.6", (4.0, 5.6)),
        ("70 to 99", (70.0, 99.0)),
        ("<200", (None, 200.0)),
        (">40", (40.0, None)),
        ("negative", (None, None)),
    ],
)
def test_reference_ranges_are_read_from_their_usual_spellings(text, expected):
    assert parse_range(text) == expected


def test_a_chart_needs_two_numeric_results():
    assert trend_chart([(DAY, "6.1")], "4.0-5.6") is None
    assert trend_chart([(DAY, "positive"), (DAY, "negative")], "") is None


def test_the_chart_runs_left_to_right_in_time_and_marks_values_outside_the_range():
    chart = trend_chart(
        [(DAY + datetime.timedelta(days=30), "5.0"), (DAY, "7.0")], reference_range="4.0-5.6"
    )
    first, last = chart.points
    assert first.value == "7.0"
    assert first.x < last.x
    assert first.y < last.y  # higher value, higher on the page (smaller y)
    assert first.out_of_range
    assert not last.out_of_range
    band_top, band_height = chart.band
    assert band_top < last.y < band_top + band_height


@pytest.mark.django_db
def test_the_knowledge_base_page_shows_each_section_at_its_anchor_and_escapes_html(client):
    document = KnowledgeDocument.objects.create(
        slug="clinic-hours", title="Opening hours", source_path="clinic/hours.md", content_hash="x"
    )
    KnowledgeChunk.objects.create(
        document=document,
        position=0,
        heading="Regular hours",
        anchor="regular-hours",
        text="Monday to Friday <script>alert(1)</script> 8 to 6",
    )
    response = client.get(reverse("portal:kb-document", args=["clinic-hours"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="regular-hours"' in html
    assert "Regular hours" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_an_unknown_knowledge_base_document_is_not_found(client):
    assert client.get(reverse("portal:kb-document", args=["nope"])).status_code == 404
