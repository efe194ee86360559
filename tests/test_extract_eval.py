"""Extraction measured against labelled records: the invented set in tests/data/extraction must stay
above precision 0.95 and recall 0.90 per fact kind; the shared real corpus is scored when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.eval_extraction import LabelError, evaluate, main

LABELS = Path(__file__).parent / "data" / "extraction" / "labels.json"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "labels.json"


def test_own_labelled_set_meets_the_bar() -> None:
    evaluation = evaluate(LABELS)
    for kind, score in evaluation.facts.items():
        assert score.tp > 0, kind
        assert score.precision >= 0.95, (kind, score, evaluation.errors)
        assert score.recall >= 0.90, (kind, score, evaluation.errors)
    assert evaluation.attribution_checked >= 30
    assert evaluation.attribution_accuracy >= 0.95, evaluation.errors


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not present (a fresh clone)")
def test_real_corpus_costs_are_precise() -> None:
    evaluation = evaluate(CORPUS)
    assert evaluation.facts["costs"].precision == 1.0
    assert evaluation.facts["costs"].recall == 1.0
    assert evaluation.facts["policies"].precision >= 0.8


def test_a_quote_missing_from_its_text_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("It costs $5 a month for Rekognition.", "utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text('[{"file": "a.txt", "costs": [{"amount_min": 6, "amount_max": 6, "quote": "$6"}]}]', "utf-8")
    with pytest.raises(LabelError, match="a.txt: labelled quote is not in the text"):
        evaluate(labels)
    assert main([str(labels)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_own_labelled_set_through_pdf_rendering_and_import() -> None:
    evaluation = evaluate(LABELS, via_pdf=True)
    for kind, score in evaluation.facts.items():
        assert (score.precision, score.recall) >= (0.95, 0.90), (kind, score, evaluation.errors)
