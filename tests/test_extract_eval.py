"""Extraction measured against labelled records: the invented set in tests/data/extraction must stay
above precision 0.95 and recall 0.90 per fact kind; the shared real corpus is scored when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from foia.extract.entities import Gazetteer
from scripts.eval_extraction import LabelError, _qualifier, _same_name, evaluate, main
from scripts.eval_extraction import _measure as label_measure

LABELS = Path(__file__).parent / "data" / "extraction" / "labels.json"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "labels.json"
ATTRIBUTION = Path(__file__).parent / "data" / "corpus_attribution.json"


def test_own_labelled_set_meets_the_bar() -> None:
    evaluation = evaluate(LABELS)
    for kind, score in evaluation.facts.items():
        assert score.tp > 0, kind
        assert score.precision >= 0.95, (kind, score, evaluation.errors)
        assert score.recall >= 0.90, (kind, score, evaluation.errors)
    _attribution_meets_the_bar(evaluation, checked=15)


def _attribution_meets_the_bar(evaluation, checked: int) -> None:  # type: ignore[no-untyped-def]
    """Issue 12's goals: agency right on >= 90% of correctly extracted facts and wrong on <= 2%; vendor
    right on >= 95% and wrong on <= 2%."""
    agency, vendor = evaluation.attribution_total("agency"), evaluation.attribution_total("vendor")
    assert agency.checked >= checked, agency
    assert agency.share(agency.right) >= 0.90 and agency.share(agency.wrong) <= 0.02, (agency, evaluation.errors)
    assert vendor.share(vendor.right) >= 0.95 and vendor.share(vendor.wrong) <= 0.02, (vendor, evaluation.errors)


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not present (a fresh clone)")
def test_real_corpus_is_read_precisely_and_attributed() -> None:
    """On real excerpts (the shared corpus, which this code was tuned on: a floor, not evidence) costs and
    counts stay precise; three costs whose period only another sentence gives ("signed year-long contracts"
    over the paragraph of amounts) are read without it, each a miss and a false positive, so cost precision
    and recall are held at 0.8."""
    evaluation = evaluate(CORPUS, attribution=ATTRIBUTION)
    assert evaluation.facts["costs"].precision >= 0.8, (evaluation.facts["costs"], evaluation.errors)
    assert evaluation.facts["usage"].precision >= 0.95, (evaluation.facts["usage"], evaluation.errors)
    assert evaluation.facts["costs"].recall >= 0.8, evaluation.errors
    assert evaluation.facts["usage"].recall >= 0.9, evaluation.errors
    assert evaluation.facts["policies"].precision >= 0.9 and evaluation.facts["policies"].recall >= 0.8
    _attribution_meets_the_bar(evaluation, checked=60)


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


def test_labels_in_their_own_words_are_read_through_foias_vocabulary() -> None:
    gazetteer = Gazetteer.load()
    assert _same_name("vendor", "Vigilant Solutions", "Motorola Solutions", gazetteer)  # its owner since 2019
    assert not _same_name("vendor", "Vigilant Solutions", "Clearview AI", gazetteer)
    assert _same_name("vendor", "Pangiam", "Trueface", gazetteer)  # Pangiam bought Trueface in 2021
    assert _same_name("vendor", "RealNetworks", "SAFR", gazetteer)  # a product line labelled as the seller
    assert not _same_name("vendor", "Clearview AI", "SAFR", gazetteer)
    assert _same_name("agency", "Waukesha County Sheriff's Office", "Waukesha County Sheriff's Department", gazetteer)
    assert _same_name("agency", "Louisiana State Analytical & Fusion Exchange",
                      "Louisiana State Analytical and Fusion Exchange", gazetteer)
    assert not _same_name("agency", "City of Tulsa", "Tulsa Police Department", gazetteer)
    assert not _same_name("agency", "Waukesha County Sheriff's Office", "Waukesha Police Department", gazetteer)
    assert (_qualifier("more than"), _qualifier(None), _qualifier(None, ranged=True)) == ("at least", "exact", "range")
    assert (label_measure("licenses"), label_measure("possible matches"), label_measure("streams")) == (
        "users", "matches", "cameras")


def test_a_label_on_another_printing_of_a_figure_foia_lists_once_is_found(tmp_path: Path) -> None:
    """Labels carry one entry per distinct amount and may quote its later printing (a vendor's quote under
    the reply that restates it); foia lists the first printing and marks the later one as restating it."""
    (tmp_path / "a.txt").write_text(
        "Approved for three users of Clearview AI at $2,400 a year per user.\n\n"
        "From: Dana Ruiz, Clearview AI\nSubject: Quote\n\n"
        "Clearview AI licence: $2,400 a year per user.\n", "utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text('[{"file": "a.txt", "costs": [{"amount_min": 2400, "amount_max": 2400, "period": "year", '
                      '"unit": "per user", "quote": "Clearview AI licence: $2,400 a year per user"}]}]', "utf-8")
    costs = evaluate(labels).facts["costs"]
    assert (costs.tp, costs.fp, costs.fn) == (1, 0, 0), costs


def test_a_seat_a_licence_and_an_account_are_each_one_users_access() -> None:
    from scripts.eval_extraction import _unit
    assert _unit("per seat") == _unit("user") == _unit("per licence") == _unit("accounts") == "user"
    assert _unit("per camera") != _unit("per user") and _unit("per workstation") == "workstation"
    assert _unit(None) is None
