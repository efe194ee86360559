"""The README's main command works on the committed sample, and the sample is what the script makes."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "records" / "sample-cedar-county-rekognition-emails.pdf"


def test_sample_release_is_reproducible(tmp_path: Path) -> None:
    from scripts import make_sample_records
    from tests.pdfs import write_text_pdf

    rebuilt = write_text_pdf(
        tmp_path / SAMPLE.name, make_sample_records.THREAD, header=make_sample_records.MARK, footer="CCSO {page:06d}"
    )
    assert rebuilt.read_bytes() == SAMPLE.read_bytes()


def test_main_command_on_the_sample_via_python_m(tmp_path: Path) -> None:
    env = {**os.environ, "FOIA_DATABASE_URL": f"sqlite:///{tmp_path / 'foia.db'}"}
    imported = subprocess.run(
        [sys.executable, "-m", "foia", "import", str(ROOT / "records")], env=env, capture_output=True, text=True
    )
    assert imported.returncode == 0, imported.stderr
    exported = subprocess.run(
        [sys.executable, "-m", "foia", "export", "costs"], env=env, capture_output=True, text=True, check=True
    )
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    monthly = [r for r in rows if r["quote"].replace("\n", " ") == "between $6 and $12 a month"]
    assert len(monthly) == 1
    assert (monthly[0]["amount_min"], monthly[0]["amount_max"], monthly[0]["period"]) == ("6", "12", "month")
    assert monthly[0]["document"] == SAMPLE.name
