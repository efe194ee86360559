"""Print how well printed email threads are split: % of labelled headers recovered with the right
sender and the minute-exact date, and phantom messages (split messages matching no label).

Sets: the invented cases of tests/email_cases.py (as text; rendered to a born-digital PDF; rendered
to a scanned PDF and OCR'd with tesseract, through the importer's own reading path), and the real
labelled excerpts in ../shared/corpus/real (as text, and rendered to a PDF in a temporary folder)
when present.

It also times splitting a long release (the invented cases repeated to about 230 kB of text).

    python scripts/measure_email_split.py [--no-ocr]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from foia.extract.entities import Gazetteer  # noqa: E402
from foia.messages import SplitMessage  # noqa: E402
from foia.messages.evaluation import LabelledHeader, Score, score, score_messages  # noqa: E402
from foia.messages.printed import split_printed_thread  # noqa: E402
from foia.orchestration.files import file_info  # noqa: E402
from foia.orchestration.process import process_file  # noqa: E402
from tests.email_cases import CASES  # noqa: E402
from tests.pdfs import PdfPage, write_pdf  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"


def _line(name: str, result: Score) -> str:
    misses = f"  missed: {'; '.join(result.misses)}" if result.misses else ""
    return (f"{name:<36} headers {result.recovered:>3}/{result.labelled:<3} = {100 * result.recall:5.1f}%   "
            f"phantoms {result.phantoms}{misses}")


def _latin1(text: str) -> str:
    """The text in the PDF core font's character set (curly quotes and dashes made plain)."""
    plain = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "‐": "-", "–": "-", "—": "-", "•": "*"}))
    return plain.encode("latin-1", errors="replace").decode("latin-1")


def _through_pdf(labelled: list[tuple[str, list[LabelledHeader]]], scanned: bool) -> Score:
    gazetteer = Gazetteer.load()
    cases: list[tuple[list[SplitMessage], list[LabelledHeader]]] = []
    with tempfile.TemporaryDirectory() as folder:
        for number, (text, labels) in enumerate(labelled):
            path = write_pdf(Path(folder) / f"case-{number}.pdf", [PdfPage(_latin1(text), scanned=scanned)])
            processed = process_file(path, file_info(path), gazetteer)
            cases.append((processed.analysis.messages if processed.analysis else [], labels))
    return score_messages(cases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-ocr", action="store_true", help="skip the scanned (OCR) variant of the invented set")
    args = parser.parse_args()
    invented = [(text, labels) for _, text, labels in CASES]
    print(_line("invented cases, text", score(invented)))
    print(_line("invented cases, PDF text layer", _through_pdf(invented, scanned=False)))
    if not args.no_ocr:
        print(_line("invented cases, scanned PDF + OCR", _through_pdf(invented, scanned=True)))
    release = "\n".join(text for text, _ in invented) * 40
    started = time.perf_counter()
    split_printed_thread(release)
    print(f"splitting speed: {len(release) / 1000:.0f} kB of thread text in {time.perf_counter() - started:.2f} s")
    if (REAL / "labels.json").exists():
        items = json.loads((REAL / "labels.json").read_text("utf-8"))
        real = [((REAL / i["file"]).read_text("utf-8"), [LabelledHeader(e["from"], e["date"]) for e in i["emails"]]) for i in items]
        print(_line("real excerpts, text", score(real)))
        print(_line("real excerpts, PDF text layer", _through_pdf(real, scanned=False)))
    else:
        print("real excerpts: ../shared/corpus/real not found, skipped")


if __name__ == "__main__":
    main()
