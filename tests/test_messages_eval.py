"""Header recovery on the labelled invented cases (every layout) must stay at or above 95% with no
phantom messages; on the real labelled excerpts (../shared/corpus, when present) no phantoms either.
`python scripts/measure_email_split.py` prints the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foia.messages.evaluation import LabelledHeader, score
from tests.email_cases import CASES

REAL = next((folder / "shared" / "corpus" / "real" for folder in Path(__file__).resolve().parents
             if (folder / "shared" / "corpus" / "real").is_dir()), Path("/nonexistent"))


def test_invented_cases_recover_95_percent_of_headers_without_phantoms() -> None:
    result = score((text, labels) for _, text, labels in CASES)
    assert result.labelled >= 20
    assert result.recall >= 0.95, result.misses
    assert result.phantoms == 0


def test_real_excerpts_give_no_phantoms() -> None:
    if not (REAL / "labels.json").exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    cases = [
        ((REAL / item["file"]).read_text("utf-8"), [LabelledHeader(e["from"], e["date"]) for e in item["emails"]])
        for item in json.loads((REAL / "labels.json").read_text("utf-8"))
    ]
    result = score(cases)
    assert result.phantoms == 0
    assert result.recall >= 0.8, result.misses


def test_labels_that_print_a_notes_name_or_an_exemption_code_as_the_sender() -> None:
    thread = ("Karen Lindqvist/Purchasing/SRSU\n04/22/2025 02:31 PM\nTo Tom Aldana/UPD/SRSU@SRSU\ncc\n"
              "Subject Re: SAFR renewal\n\nTom, the renewal is approved.\n\n"
              "From: (b)(6)\nSent: Wednesday, April 6, 2022 4:48 PM\nTo: Records Unit <records@pd.example.gov>\n"
              "Subject: Face search request\n\nPlease run the attached probe.\n")
    labels = [LabelledHeader("Karen Lindqvist/Purchasing/SRSU", "2025-04-22 14:31"),
              LabelledHeader("(b)(6)", "2022-04-06 16:48")]
    result = score([(thread, labels)])
    assert (result.recovered, result.labelled, result.phantoms) == (2, 2, 0)
