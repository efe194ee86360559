"""Robustness run on real-world test files (by hand; not part of the test suite):

    python scripts/robustness.py /work/realworld                 # a fresh SQLite database in a temp dir
    python scripts/robustness.py /work/realworld --workers 2 --timeout 60 --ocr never

Point it at a directory of other projects' public regression files (a PDF engine's test PDFs, an
email parser's test messages, a document-ingest pipeline's fixtures, an Outlook parser's examples;
keep them out of this repository). It runs the real `foia import` on the directory, then again, and
prints:

- files, imported, duplicates, failed (top-level), and children (attachments, archive members);
- failures grouped by reason, and those whose reason is not specific (an unexpected exception caught
  by the importer's last line of defence, or a library's words that say nothing, like "success");
- tracebacks in the output, whether the batch finished (its summary line) or was aborted, hangs (the
  run killed after --wall seconds) and files that hit the per-file time limit;
- PDFs whose stored page count disagrees with `qpdf --show-npages`;
- the peak memory of the importer and its workers;
- what the re-run imported (must be nothing new).

Exits 1 when a must-be-zero figure (tracebacks, aborted batches, hangs, unspecific reasons, new
imports on the re-run) is not zero."""

from __future__ import annotations

import argparse
import collections
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from foia.models import Document  # noqa: E402
from foia.orchestration.files import iter_input_files  # noqa: E402

SUMMARY = re.compile(r"imported (\d+), duplicates skipped (\d+), failed (\d+) \((\d+) pages\); "
                     r"attachments and archive members: imported (\d+), failed (\d+)")
# Reasons that name no cause a reader can act on: a bug caught by the importer, or empty words.
UNSPECIFIC = re.compile(r"the reader failed on this file|extraction failed|the import failed|could not be stored|"
                        r"\(success\)|unknown error|\(\)$", re.IGNORECASE)


def run_import(db_url: str, root: Path, args: argparse.Namespace) -> tuple[str, float, bool]:
    """The CLI's output, its wall time, and whether it had to be killed (a hang)."""
    command = [sys.executable, "-m", "foia", "--db", db_url, "import", str(root), "--workers", str(args.workers),
               "--timeout", str(args.timeout), "--ocr", args.ocr]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=args.wall)
        hung = False
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        hung = True
    return output, time.monotonic() - started, hung


def qpdf_pages(path: Path) -> int | None:
    if shutil.which("qpdf") is None:
        return None
    result = subprocess.run(["qpdf", "--show-npages", str(path)], capture_output=True, text=True, timeout=60, check=False)
    first = result.stdout.strip().splitlines()
    return int(first[0]) if result.returncode in (0, 3) and first and first[0].isdigit() else None


def _reason_kind(reason: str) -> str:
    """A failure reason without the details that differ file by file (numbers, quoted names)."""
    kind = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", reason)
    return re.sub(r"\d[\d,.]*", "N", kind)[:150]


def report(db_url: str, root: Path, output: str, elapsed: float, hung: bool) -> dict[str, int]:
    files = [item for item in iter_input_files([root]) if isinstance(item, Path)]
    summary = SUMMARY.search(output)
    engine = create_engine(db_url)
    with Session(engine) as session:
        documents = list(session.scalars(select(Document)))
    engine.dispose()
    top = [d for d in documents if d.parent_id is None]
    children = [d for d in documents if d.parent_id is not None]
    failed = [d for d in documents if d.status == "failed"]
    unspecific = [d for d in failed if not d.error or UNSPECIFIC.search(d.error)]
    timed_out = [d for d in failed if "time limit" in (d.error or "")]
    disagree = []
    for document in top:
        if document.status == "imported" and document.media_type == "application/pdf" and document.source_path:
            expected = qpdf_pages(Path(document.source_path))
            if expected is not None and expected != document.page_count:
                disagree.append((document.source_path, document.page_count, expected))
    figures = {
        "tracebacks": output.count("Traceback (most recent call last)"),
        "aborted batches": 0 if summary or hung else 1,
        "hangs": int(hung),
        "unspecific reasons": len(unspecific),
    }
    print(f"files {len(files)}; documents recorded {len(top)} top-level, {len(children)} children; "
          f"wall {elapsed:.0f} s")
    if summary:
        imported, duplicates, failures, pages, child_ok, child_failed = (int(g) for g in summary.groups())
        print(f"imported {imported}, duplicates {duplicates}, failed {failures} ({pages} pages); "
              f"children imported {child_ok}, failed {child_failed}")
    print(f"tracebacks {figures['tracebacks']}, aborted batches {figures['aborted batches']}, hangs {figures['hangs']}, "
          f"per-file time limit reached {len(timed_out)}, failures without a specific reason {len(unspecific)}")
    print(f"PDF page counts disagreeing with qpdf --show-npages: {len(disagree)}")
    for path, ours, theirs in disagree[:20]:
        print(f"  {path}: foia {ours}, qpdf {theirs}")
    print("failures by reason (top-level and children):")
    for kind, count in collections.Counter(_reason_kind(d.error or "") for d in failed).most_common():
        print(f"  {count:4d}  {kind}")
    for document in unspecific:
        print(f"  unspecific: {document.source_path}: {document.error}")
    if figures["tracebacks"]:
        start = output.index("Traceback (most recent call last)")
        print(output[start : start + 3000])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path, help="directory of real-world test files")
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file in a temporary directory)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60, help="per-file time limit passed to foia import")
    parser.add_argument("--ocr", default="auto", choices=["auto", "always", "never"])
    parser.add_argument("--wall", type=float, default=3600, help="seconds before the whole run counts as hung")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_url = args.db or f"sqlite:///{Path(folder) / 'foia.db'}"
        output, elapsed, hung = run_import(db_url, args.root, args)
        figures = report(db_url, args.root, output, elapsed, hung)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory of the largest importer process: {peak:,.0f} MB")
        rerun, _, rerun_hung = run_import(db_url, args.root, args)
        summary = SUMMARY.search(rerun)
        new = int(summary.group(1)) if summary else -1
        print(f"re-run: {summary.group(0) if summary else 'no summary line (aborted)'}")
        figures["re-run imports"] = new if new >= 0 else 1
        figures["hangs"] += int(rerun_hung)
        figures["tracebacks"] += rerun.count("Traceback (most recent call last)")
    bad = {name: value for name, value in figures.items() if value}
    print("must be zero:", ", ".join(f"{name} {value}" for name, value in figures.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
