from __future__ import annotations

import pytest
from django.conf import settings

from assistant.answers import compose_answer, deferral_reply, is_out_of_scope, model_generate
from assistant.grounding import check_grounded
from assistant.knowledge import Passage, kb_import, search

CANCEL = Passage(
    chunk_id=1,
    document_title="Cancellation and missed appointment policy",
    heading="Missed appointments",
    anchor="missed-appointments",
    url="/kb/policies-cancellation#missed-appointments",
    text="An appointment missed without 24 hours' notice is a no-show. The first no-show in a "
    "year has no fee. After that, a no-show fee of $25 is charged; insurance does not cover it.",
    score=3.2,
)
MEDS = Passage(
    chunk_id=2,
    document_title="Medication safety",
    heading="Changing a dose",
    anchor="changing-a-dose",
    url="/kb/medications-medication-safety#changing-a-dose",
    text="Do not change the dose of a prescribed medicine, or stop it, without talking to the "
    "clinician who prescribed it.",
    score=2.0,
)


def test_a_faithful_answer_with_citation_is_grounded() -> None:
    report = check_grounded(
        "After the first no-show in a year, a no-show fee of $25 is charged [1].", [CANCEL]
    )
    assert report.grounded
    assert report.cited == [0]


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("A no-show fee of $40 is charged [1].", "a number is not in the sources"),
        ("Ibuprofen is safe to take with lisinopril [1].", "not enough support in the sources"),
        (
            "You can change the dose of a prescribed medicine or stop it [2].",
            "the source says the opposite",
        ),
        ("The no-show fee is charged [3].", "cites a source that does not exist"),
    ],
)
def test_unsupported_answers_fail_the_check(answer: str, reason: str) -> None:
    report = check_grounded(answer, [CANCEL, MEDS])
    assert not report.grounded
    assert reason in report.reasons


def test_an_empty_answer_or_no_source_is_never_grounded() -> None:
    assert not check_grounded("", [CANCEL]).grounded
    assert not check_grounded("Thank you.", [CANCEL]).grounded
    assert not check_grounded("The no-show fee is $25.", []).grounded


def test_a_grounded_draft_is_returned_with_its_citation() -> None:
    def generate(messages: list[dict[str, str]]) -> str:
        assert "[1] Cancellation and missed appointment policy" in messages[-1]["content"]
        return "A no-show fee of $25 is charged after the first no-show in a year [1]."

    answer = compose_answer("What is the no-show fee?", [CANCEL], generate=generate)
    assert answer.grounded
    assert not answer.fallback
    assert not answer.deferred
    assert answer.citations == [CANCEL]
    assert "/kb/policies-cancellation#missed-appointments" in answer.text


def test_an_ungrounded_draft_falls_back_to_quoting_the_best_passage() -> None:
    answer = compose_answer(
        "What is the no-show fee?",
        [CANCEL],
        generate=lambda messages: "The no-show fee is $50 and it is covered by insurance.",
    )
    assert answer.fallback
    assert answer.grounded
    assert "$50" not in answer.text
    assert CANCEL.text in answer.text
    assert CANCEL.url in answer.text
    assert answer.citations == [CANCEL]


def test_no_model_or_a_failing_model_falls_back_to_quoting() -> None:
    def broken(messages: list[dict[str, str]]) -> str:
        raise ConnectionError("model server down")

    for generate in (None, broken):
        answer = compose_answer("What is the no-show fee?", [CANCEL], generate=generate)
        assert answer.fallback
        assert CANCEL.url in answer.text


def test_no_passage_means_no_answer_but_an_offer_to_hand_over() -> None:
    called = []
    answer = compose_answer(
        "What is the capital of Peru?", [], generate=lambda m: called.append(m) or "Lima."
    )
    assert answer.deferred
    assert not answer.citations
    assert "care team" in answer.text
    assert called == []


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is ibuprofen fine with lisinopril?", "drug_interaction"),
        ("can i take advil and tylenol together", "drug_interaction"),
        ("puis-je prendre du doliprane avec de l'ibuprofène ?", "drug_interaction"),
        ("¿puedo tomar ibuprofeno con lisinopril?", "drug_interaction"),
        ("Should I double my metformin dose?", "dose_change"),
        ("can I stop taking my blood pressure pills", "dose_change"),
        ("Can you prescribe me antibiotics for my sinus infection?", "prescribing"),
        ("what should I take for a sore throat", "prescribing"),
        ("Do I have diabetes?", "diagnosis"),
        ("is this lump cancer", "diagnosis"),
        ("est-ce que j'ai une infection ?", "diagnosis"),
    ],
)
def test_out_of_scope_questions_are_recognised(question: str, category: str) -> None:
    assert is_out_of_scope(question) == category


@pytest.mark.parametrize(
    "question",
    [
        "Can I renew my prescription for lisinopril?",
        "What are your opening hours?",
        "How much does a flu vaccine cost?",
        "Do I need to fast before my blood test?",
    ],
)
def test_clinic_questions_are_in_scope(question: str) -> None:
    assert is_out_of_scope(question) is None


def test_an_interaction_question_is_deferred_without_asking_the_model() -> None:
    called = []
    answer = compose_answer(
        "Is ibuprofen fine with lisinopril?",
        [MEDS],
        generate=lambda m: called.append(m) or "Yes, that is fine.",
    )
    assert answer.deferred
    assert answer.deferral_category == "drug_interaction"
    assert "pharmacist" in answer.text
    assert "book" in answer.text
    assert called == []


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_deferral_replies_exist_in_three_languages(language: str) -> None:
    for category in ("drug_interaction", "dose_change", "prescribing", "diagnosis", "no_source"):
        text = deferral_reply(category, language=language)
        assert "{" not in text
        assert len(text) > 40


@pytest.mark.django_db
@pytest.mark.llm
def test_the_real_model_answers_a_clinic_question_with_a_citation() -> None:
    if not settings.LLM_ENDPOINTS:
        pytest.skip("LLM_ENDPOINTS is not set: no model server")
    kb_import(path=settings.KB_DIR)
    question = "How much is the no-show fee?"
    passages = search(question, k=3)
    answer = compose_answer(question, passages, generate=model_generate())
    assert answer.citations, answer.text
    assert answer.citations[0].url.startswith("/kb/policies-cancellation#")
    assert "$25" in answer.text or "25" in answer.text
    assert answer.grounded
