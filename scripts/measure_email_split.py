"""Print how well printed email threads are split into messages.

For each set: header recall (labelled messages found with the right sender and the date to the
minute), subject accuracy and page-span accuracy of the messages found, and phantom messages (split
messages matching no label). A message known only from a quoted copy ("On ... wrote:" quoting a
message the document prints nowhere else; kind "quoted") that matches no label is no phantom: it is
counted apart as "quoted-only unlabelled". Label sets differ on such messages (the shared corpus
labels one, a held-out set may not): where they are not messages, read the phantoms; where they
are, add the quoted-only count to the phantoms (and recall counts them when labelled). Sets:

- the development threads of tests/printed_threads.py (one per layout: Outlook with redacted
  addresses, Gmail, Lotus Notes columnar, forwarded chain, request portal, Apple Mail, Outlook Web,
  Exchange with a memo, GroupWise, Outlook for Mac, Thunderbird, Lotus Notes internet reply, Notes
  history as a narrow table, a portal log, Apple Mail across zones, Gmail with two messages in one
  minute): as page text, as a text-layer PDF, as a 200-dpi scan OCR'd by tesseract and as a 200-dpi
  scan of a photocopy (grain, toner specks, a streak, a skew: OCR reads specks as marks), the last
  three through the importer's own reading path;
- the short cases of tests/email_cases.py, as text and as a text-layer PDF;
- the real labelled excerpts in ../shared/corpus/real (as text and as a PDF) when present.

It also times splitting a megabyte of ordinary thread text and of hostile text (labels, dates,
quote markers and line breaks repeated), with the ratio of 1 MB to 0.5 MB to show the time is linear.

    python scripts/measure_email_split.py [--no-ocr] [--only NAME] [--labels LABELS.json]

With --labels, only that labelled set is scored (the shared corpus's format; a held-out set may add
`pdf`/`scan` files per record and `page_start`/`page_end` per email).
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

from foia.analysis import analyse  # noqa: E402
from foia.extract.entities import Gazetteer  # noqa: E402
from foia.ingest import PageText  # noqa: E402
from foia.messages import SplitMessage  # noqa: E402
from foia.messages.evaluation import LabelledHeader, Score, score, score_messages  # noqa: E402
from foia.messages.printed import split_printed_thread  # noqa: E402
from foia.orchestration.files import file_info  # noqa: E402
from foia.orchestration.process import process_file  # noqa: E402
from tests.email_cases import CASES  # noqa: E402
from tests.pdfs import PdfPage, PrintedPage, write_pdf, write_print_pdf  # noqa: E402
from tests.printed_threads import THREADS, PrintedThread  # noqa: E402

REAL = next((folder / "shared" / "corpus" / "real" for folder in ROOT.parents
             if (folder / "shared" / "corpus" / "real").is_dir()), ROOT / "no-shared-corpus")


def _line(name: str, result: Score, verbose: bool) -> str:
    figures = (f"{name:<34} sender+minute {result.recovered:>3}/{result.labelled:<3} = {100 * result.recall:5.1f}%   "
               f"subject {100 * result.subject_accuracy:5.1f}%   pages {100 * result.span_accuracy:5.1f}%   "
               f"phantoms {result.phantoms}   quoted-only unlabelled {len(result.quoted)}")
    details = [f"    missed: {miss}" for miss in result.misses or []]
    details += [f"    phantom: {extra}" for extra in result.extra]
    details += [f"    quoted-only: {quoted}" for quoted in result.quoted]
    if verbose:
        details += [f"    wrong:  {wrong}" for wrong in result.wrong]
    return "\n".join([figures, *details])


def _latin1(text: str) -> str:
    """The text in the PDF core font's character set (curly quotes and dashes made plain)."""
    plain = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "‐": "-", "–": "-", "—": "-", "•": "*"}))
    return plain.encode("latin-1", errors="replace").decode("latin-1")


def _imported(path: Path, gazetteer: Gazetteer) -> list[SplitMessage]:
    processed = process_file(path, file_info(path), gazetteer)
    return processed.analysis.messages if processed.analysis else []


def _threads_as_text(threads: list[PrintedThread], gazetteer: Gazetteer) -> Score:
    cases = []
    for thread in threads:
        pages = [PageText(number, text, "layer") for number, text in enumerate(thread.page_texts(), start=1)]
        cases.append((analyse(pages, gazetteer).messages, list(thread.messages)))
    return score_messages(cases)


def _threads_as_pdf(threads: list[PrintedThread], gazetteer: Gazetteer, scanned: bool, photocopy: bool = False) -> Score:
    cases = []
    with tempfile.TemporaryDirectory() as folder:
        for number, thread in enumerate(threads):
            pages = [PrintedPage(_latin1(page), _latin1(thread.furniture(thread.header, index) or "") or None,
                                 _latin1(thread.furniture(thread.footer, index) or "") or None)
                     for index, page in enumerate(thread.pages, start=1)]
            path = write_print_pdf(Path(folder) / f"thread-{number}.pdf", pages, scanned=scanned, photocopy=photocopy)
            cases.append((_imported(path, gazetteer), list(thread.messages)))
    return score_messages(cases)


def _texts_as_pdf(labelled: list[tuple[str, list[LabelledHeader]]], gazetteer: Gazetteer) -> Score:
    cases: list[tuple[list[SplitMessage], list[LabelledHeader]]] = []
    with tempfile.TemporaryDirectory() as folder:
        for number, (text, labels) in enumerate(labelled):
            path = write_pdf(Path(folder) / f"case-{number}.pdf", [PdfPage(_latin1(text))])
            cases.append((_imported(path, gazetteer), labels))
    return score_messages(cases)


def _labelled_headers(record: dict[str, object]) -> list[LabelledHeader]:
    """A labels.json record's `emails` (the shared corpus's format, or a held-out set's with
    from_address, page_start and page_end) as headers to score."""
    headers = []
    for email in record.get("emails", []):  # type: ignore[attr-defined]
        pages = (email["page_start"], email["page_end"]) if "page_start" in email else None
        headers.append(LabelledHeader(email.get("from") or email.get("from_address") or "", email.get("date"),
                                      email.get("subject"), pages))
    return headers


def _labelled_set(labels: Path, gazetteer: Gazetteer, scans: bool, verbose: bool) -> None:
    """Score a labels.json (text files, and their 'pdf' and 'scan' through the import path)."""
    records = [r for r in json.loads(labels.read_text("utf-8")) if r.get("emails")]
    folder = labels.parent
    as_text = [([PageText(n, page, "layer") for n, page in enumerate((folder / r["file"]).read_text("utf-8").split("\f"), 1)],
                _labelled_headers(r)) for r in records]
    print(_line(f"{labels.parent.name}, text", score_messages((analyse(p, gazetteer).messages, h) for p, h in as_text), verbose))
    for kind in ("pdf", "scan") if scans else ("pdf",):
        cases = [(_imported(folder / r[kind], gazetteer), _labelled_headers(r)) for r in records if r.get(kind)]
        print(_line(f"{labels.parent.name}, {kind}", score_messages(cases), verbose))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-ocr", action="store_true", help="skip the scanned (OCR) variant")
    parser.add_argument("--only", help="only the development threads whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="also list wrong subjects and page spans")
    parser.add_argument("--labels", type=Path, help="score only this labels.json (a held-out set: text, 'pdf', 'scan')")
    args = parser.parse_args()
    gazetteer = Gazetteer.load()
    if args.labels:
        _labelled_set(args.labels, gazetteer, not args.no_ocr, args.verbose)
        return
    threads = [thread for thread in THREADS if not args.only or args.only in thread.name]
    print(_line("threads, page text", _threads_as_text(threads, gazetteer), args.verbose))
    print(_line("threads, text-layer PDF", _threads_as_pdf(threads, gazetteer, scanned=False), args.verbose))
    if not args.no_ocr:
        print(_line("threads, 200-dpi scan + OCR", _threads_as_pdf(threads, gazetteer, scanned=True), args.verbose))
        print(_line("threads, 200-dpi photocopy + OCR", _threads_as_pdf(threads, gazetteer, scanned=True, photocopy=True),
                    args.verbose))
    if args.only:
        return
    invented = [(text, labels) for _, text, labels in CASES]
    print(_line("short cases, text", score(invented), args.verbose))
    print(_line("short cases, PDF text layer", _texts_as_pdf(invented, gazetteer), args.verbose))
    if (REAL / "labels.json").exists():
        items = json.loads((REAL / "labels.json").read_text("utf-8"))
        real = [((REAL / i["file"]).read_text("utf-8"), [LabelledHeader(e["from"], e["date"]) for e in i["emails"]])
                for i in items]
        print(_line("real excerpts, text", score(real), args.verbose))
        print(_line("real excerpts, PDF text layer", _texts_as_pdf(real, gazetteer), args.verbose))
    else:
        print("real excerpts: ../shared/corpus/real not found, skipped")
    _speed()


# Text built to be hard for the splitter, 1 MB each: what the labels, dates, quotes and line breaks of
# a header look like, repeated with nothing else (and on one line where that is harder).
HOSTILE = {
    "From: on one line": "From: ",
    "labelled fields on one line": "From: a Sent: b To: c Cc: d Subject: e ",
    "labelled headers": "From: a\nSent: Tue, Mar 6, 2018 9:14 AM\nTo: c\nSubject: e\n",
    "On ... wrote: on one line": "On Tue, Mar 6, 2018 at 9:14 AM Dana Reyes wrote: ",
    "dates on one line": "Tue, Mar 6, 2018 at 9:14 AM ",
    "times of day": "1:11 ",
    "quote markers": "> ",
    "empty lines": "\n",
    "Lotus Notes headers": "Dana Reyes/IT/X To Sam\ncc\n03/06/2018 09:14 AM bcc\nSubject x\n",
    "Gmail headers": "Dana <d@x.gov> Tue, Mar 6, 2018 at 9:14 AM\nTo: Sam <s@y.com>\nbody\n",
    "Notes narrow tables": "Dana Reyes\n<d@\nx.gov>   To\n   Sam/X\n03/06/2018 09:14   cc\nAM   Lee/X\n   Subject\n   Pilot\n",
    "portal stamps": "6/15/2021 8:47:33 AM\nFrom: a@x.gov\nTo: b\n",
    "Gmail banners": "Pilot\n7 messages\n",
    "OCR specks": "‘To : cc _ Subject. ~ - ",
    "OCR specks on one line": "Dana <d@x.gov> * : ; ",
}
MEGABYTE = 1_000_000


def _seconds(text: str) -> float:
    """The best of two runs: a shared machine only ever adds time."""
    times = []
    for _ in range(2):
        started = time.perf_counter()
        split_printed_thread(text)
        times.append(time.perf_counter() - started)
    return min(times)


def _speed() -> None:
    """Seconds per MB on ordinary thread text and on hostile text, and the ratio of 1 MB to 0.5 MB
    (about 2 when the time is linear in the length)."""
    release = "\n".join(thread.text for thread in THREADS)
    ordinary = (release * (MEGABYTE // len(release) + 1))[:MEGABYTE]
    baseline = _seconds(ordinary)
    print(f"splitting speed: ordinary threads {baseline:.2f} s per MB")
    for name, piece in HOSTILE.items():
        text = (piece * (MEGABYTE // len(piece) + 1))[:MEGABYTE]
        whole, half = _seconds(text), _seconds(text[: MEGABYTE // 2])
        print(f"  {name:<30} {whole:5.2f} s per MB ({whole / baseline:4.1f} x ordinary), 1 MB / 0.5 MB = {whole / half:.1f}")


if __name__ == "__main__":
    main()
