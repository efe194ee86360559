"""OCR through the Tesseract command line, one single-threaded process per page.

Tesseract's OpenMP threads fight each other when several pages run at once (one 300-dpi page took
18 s with default threading and 5 s with OMP_THREAD_LIMIT=1 on the development machine), so every
call is limited to one thread and parallelism comes from running several pages side by side."""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field, replace

from PIL import Image

from foia.errors import ExtractionError
from foia.ingest.columns import Table, Word, tables_from_words, typeset_misaligned_tables
from foia.ingest.scan_rules import without_rules
from foia.ingest.tables import likely_table

OCR_MODES = ("auto", "always", "never")
RENDER_DPI = 300
PAGE_TIMEOUT_S = 120.0


class OcrError(ExtractionError):
    """One page could not be OCR'd (timeout, crash); the page is kept as needing OCR."""


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None  # mean word confidence, 0-100; None when no word was read
    tables: list[Table] = field(default_factory=list)  # price tables, rows of cell strings


@dataclass(frozen=True)
class OcrSettings:
    mode: str = "auto"  # auto: only pages without a usable text layer | always | never
    language: str = "eng"
    timeout_s: float = PAGE_TIMEOUT_S
    parallel_pages: int = 1  # tesseract processes one worker runs side by side

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"OCR mode must be one of {', '.join(OCR_MODES)}, not {self.mode!r}")


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def tesseract_version() -> str | None:
    path = tesseract_path()
    if path is None:
        return None
    result = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    first = (result.stdout or result.stderr).splitlines()
    return first[0].removeprefix("tesseract ").strip() if first else None


def tesseract_languages() -> list[str]:
    path = tesseract_path()
    if path is None:
        return []
    result = subprocess.run([path, "--list-langs"], capture_output=True, text=True, check=False)
    lines = (result.stdout or result.stderr).splitlines()
    return [line.strip() for line in lines[1:] if line.strip() and not line.startswith("List of")]


# Tesseract processes running now, started by any thread of this process (see stop_running).
_running: set[subprocess.Popen[bytes]] = set()
_running_lock = threading.Lock()
# How many times stop_running has run: a page's second (table) reading is not started after a stop
# that came while the page was being read.
_stops = 0


def _single_thread_env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _image_bytes(image: Image.Image) -> bytes:
    """Grey PNG at the fastest compression: measured here, Tesseract read it faster from stdin than
    an uncompressed PGM (about 2.0 s against 2.7 s a page), and it costs a few milliseconds to encode."""
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def ocr_image(image: Image.Image, settings: OcrSettings) -> OcrResult:
    """Run Tesseract on one page image and rebuild its text from the TSV word table, so one run gives
    both the text and the per-word confidences. A page that looks like a price table is read again
    as one (see `_as_table`)."""
    stops = _stops
    result = text_from_tsv(_tesseract_tsv(_image_bytes(image), settings))
    if likely_table(result.text) and _stops == stops:
        result = _as_table(image, settings, result, stops)
    return result


def ocr_tsv(image: Image.Image, settings: OcrSettings) -> str:
    """Tesseract's TSV word table for one page image: each word with its box and confidence. `foia
    serve` reads the boxes to highlight a quote on a scanned page."""
    return _tesseract_tsv(_image_bytes(image), settings)


def _as_table(image: Image.Image, settings: OcrSettings, first: OcrResult, stops: int) -> OcrResult:
    """Tesseract's default page segmentation reads a table's columns as separate blocks, one under the
    other, and can drop a column of short numbers; "a single column of text" (--psm 4) keeps each row
    on one line, and reads it better with the ruling lines taken out. That reading, and the tables its
    word boxes align into, replace the first one only when a table is found in it."""
    try:
        tsv = _tesseract_tsv(_image_bytes(without_rules(image)), settings, "--psm", "4", unless_stopped_since=stops)
    except OcrError:
        return first
    tables = tables_from_words(words_from_tsv(tsv))
    return replace(text_from_tsv(tsv), tables=tables) if tables else first


def _tesseract_tsv(data: bytes, settings: OcrSettings, *options: str, unless_stopped_since: int | None = None) -> str:
    path = tesseract_path()
    if path is None:
        raise OcrError("tesseract is not installed")
    command = [path, "stdin", "stdout", "-l", settings.language, *options, "tsv"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=_single_thread_env())
    with _running_lock:
        if unless_stopped_since is not None and _stops != unless_stopped_since:
            process.kill()  # stop_running came after this page began: its processes are not to be waited for
        _running.add(process)
    try:
        stdout, stderr = process.communicate(data, timeout=settings.timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise OcrError(f"OCR timed out after {settings.timeout_s:.0f} s") from None
    finally:
        with _running_lock:
            _running.discard(process)
    if process.returncode != 0:
        message = stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed ({message[-1] if message else f'exit {process.returncode}'})")
    return stdout.decode("utf-8", "replace")


def stop_running() -> None:
    """Kill every Tesseract this process started that is still at work: the file's time limit ran out,
    and one dense page can keep Tesseract busy for minutes."""
    global _stops
    with _running_lock:
        _stops += 1
        for process in _running:
            process.kill()


@dataclass
class _Line:
    """One line of words as Tesseract grouped them, with its block and its box on the page."""

    block: tuple[int, int, int]  # (block, paragraph, line) numbers: Tesseract's reading order
    words: list[str]
    left: int
    top: int
    right: int
    bottom: int
    spans: list[tuple[int, int]] = field(default_factory=list)  # each word's left and right on the page

    def beside(self, other: _Line) -> bool:
        """On the same row of the page, side by side."""
        overlap = min(self.bottom, other.bottom) - max(self.top, other.top)
        height = min(self.bottom - self.top, other.bottom - other.top)
        return overlap * 2 >= height > 0 and (self.right <= other.left or other.right <= self.left)


def _tsv_lines(tsv: str) -> tuple[list[_Line], list[float]]:
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    lines: dict[tuple[int, int, int], _Line] = {}
    confidences: list[float] = []
    for row in rows:
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        left, top = int(row["left"]), int(row["top"])
        right, bottom = left + int(row["width"]), top + int(row["height"])
        line = lines.setdefault(key, _Line(key, [], left, top, right, bottom))
        line.words.append(word)
        line.spans.append((left, right))
        line.left, line.top = min(line.left, left), min(line.top, top)
        line.right, line.bottom = max(line.right, right), max(line.bottom, bottom)
        confidence = float(row["conf"])
        if confidence >= 0:
            confidences.append(confidence)
    return [lines[key] for key in sorted(lines)], confidences


# A piece of an email header: a field label (Lotus Notes prints "To", "cc", "bcc", "Subject" with no
# colon, and OCR reads "cc" as "oc", "bcc" as "bec"), or a time of day (a header's date).
_HEADER_PART = re.compile(
    r"(?:(?:To|cc|oc|ce|bcc|bec|bce|Subject|Subiect)(?:\s*:)?(?:\s.*)?|(?i:from|sent|date|to|cc|subject)\s*:.*"
    r"|.*\b\d{1,2}\s?[:.]\s?\d{2}\s*[AaPp]\.?[Mm]\b.*)"
)


def _header_in_columns(lines: list[_Line]) -> bool:
    """Whether Tesseract read an email header's columns as separate blocks: a label or a time in one
    block sits beside a line of another (Lotus Notes' "To / cc / Subject" column, a right-aligned
    Gmail date). Read block by block, the labels would end up far from their values."""
    by_top = sorted(lines, key=lambda line: line.top)
    for index, line in enumerate(by_top):
        for other in by_top[index + 1 :]:
            if other.top > line.bottom:
                break
            if other.block[0] != line.block[0] and line.beside(other) and (
                _HEADER_PART.fullmatch(" ".join(line.words)) or _HEADER_PART.fullmatch(" ".join(other.words))
            ):
                return True
    return False


def _fits(row: list[_Line], line: _Line) -> bool:
    first = row[0]
    overlap = min(first.bottom, line.bottom) - max(first.top, line.top)
    if overlap * 2 < min(first.bottom - first.top, line.bottom - line.top):
        return False
    return all(line.right <= member.left or member.right <= line.left for member in row)


def _rows(lines: list[_Line]) -> list[_Line]:
    """The page read row by row across its columns, as it is printed."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda line: (line.top, line.left)):
        row = next((row for row in reversed(rows[-3:]) if _fits(row, line)), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    merged = []
    for row in rows:
        row.sort(key=lambda line: line.left)
        merged.append(_Line(row[0].block, [word for line in row for word in line.words], row[0].left,
                            min(line.top for line in row), row[-1].right, max(line.bottom for line in row),
                            [span for line in row for span in line.spans]))
    return merged


# Tesseract splits a figure at its thousands separator when the print leaves a gap there ("$19, 150"):
# an amount's comma, one space and exactly three digits, or a head before groups that go on ("1, 948,310"),
# is one figure again; "in 2019, 150 officers" is left alone.
_DIGIT_GROUP_SPLIT = re.compile(r"((?<![\w.,])(?:[$€£][ ]?\d{1,3}(?:,\d{3})*,(?= \d{3}(?!\d))|\d{1,3},(?= \d{3},\d{3}))) ")


# A gap between two words of a line this many character widths wide or more is a column gap, kept as
# that many spaces (as a text layer's is); a narrower one is a word space. In a proportional font a space
# is much narrower than a character, so a gap this many times the page's word space is a column gap too
# ("Searches   Possible" printed in a proportional font is three spaces, not one).
_COLUMN_GAP = 1.8
_COLUMN_GAP_IN_SPACES = 1.8
_MIN_SPACES_MEASURED = 20
_MAX_INDENT = 80


def _character_width(lines: list[_Line]) -> float:
    """The page's typical character width: the median of its words' widths per character."""
    widths = sorted((right - left) / len(word)
                    for line in lines for word, (left, right) in zip(line.words, line.spans, strict=True)
                    if len(word) >= 3)
    return widths[len(widths) // 2] if widths else 0.0


def _table_gap(lines: list[_Line], character: float) -> float:
    """The narrowest gap between two words that parts columns on a line of a table (one with a column gap
    of `_COLUMN_GAP` characters already): `_COLUMN_GAP_IN_SPACES` times the page's typical word space, where
    that is less (a proportional font), else `_COLUMN_GAP` characters."""
    gaps = sorted(left - previous_right for line in lines
                  for (_, previous_right), (left, _) in itertools.pairwise(line.spans) if left > previous_right)
    column_gap = _COLUMN_GAP * character
    if len(gaps) >= _MIN_SPACES_MEASURED:
        column_gap = min(column_gap, _COLUMN_GAP_IN_SPACES * gaps[len(gaps) // 2])
    return column_gap


def _laid_out(line: _Line, character: float, table_gap: float) -> str:
    """A line's words, a column gap kept as that many spaces (two at least), figures split at a separator
    made one again. A speck read as a lone mark (":", "’") out in a gap is dropped: laid out, it would
    stand where a column starts."""
    words = list(zip(line.words, line.spans, strict=True))
    if character > 0:
        words = [(word, span) for index, (word, span) in enumerate(words)
                 if not (_SPECK.fullmatch(word) and _apart(words, index, _COLUMN_GAP * character))]
    gaps = [left - words[index - 1][1][1] for index, (_, (left, _)) in enumerate(words) if index]
    column_gap = _COLUMN_GAP * character
    if any(gap >= column_gap for gap in gaps):
        column_gap = table_gap  # a table's line: its narrower gaps part columns too ("Searches   Possible")
    pieces: list[str] = []
    for index, word in enumerate(word for word, _ in words):
        if index:
            wide = character > 0 and gaps[index - 1] >= column_gap
            pieces.append(" " * max(2, round(gaps[index - 1] / character)) if wide else " ")
        pieces.append(word)
    return _ZERO_MISREAD.sub(_zero, _DIGIT_GROUP_SPLIT.sub(r"\1", "".join(pieces)))


# A lone zero in a column of figures, as Tesseract misreads it ("15    15    )", "19   ¢)", "12   0)"): after
# a figure and a column gap, before another column gap and a figure or the line's end.
_ZERO_MISREAD = re.compile(r"(?<=\d {2})(?: *)(?P<zero>\)|©|¢\)|0\)|C\)|O|o|Q)(?= {2,}\d| *$)")


def _zero(match: re.Match[str]) -> str:
    return match.group()[: match.start("zero") - match.start()] + "0".rjust(len(match["zero"]))


_SPECK = re.compile(r"[:;’'`_.,~‘]{1,2}")


def _apart(words: list[tuple[str, tuple[int, int]]], index: int, gap: float) -> bool:
    """The word stands alone: a column gap (or the line's start or end) on both sides."""
    left, right = words[index][1]
    before = index == 0 or left - words[index - 1][1][1] >= gap
    after = index == len(words) - 1 or words[index + 1][1][0] - right >= gap
    return before and after


def text_from_tsv(tsv: str) -> OcrResult:
    """Words joined into lines in reading order, with a blank line only where the page shows a gap
    taller than a line: Tesseract's own paragraphs also split an email header in two. A gap between
    words wider than two characters is kept as that many spaces and each line keeps its indent within
    its block, as a text layer keeps them, so that a table's columns stay apart. Tesseract's reading
    order goes block by block; where that tears an email header's columns apart, the page is read row
    by row instead, its words single-spaced. A table whose columns do not line up (typed with spaces,
    printed in a proportional font) is set again in lined-up columns (`typeset_misaligned_tables`)."""
    lines, confidences = _tsv_lines(tsv)
    character = _character_width(lines)
    if _header_in_columns(lines):
        lines = _rows(lines)
        character = 0.0  # a header's columns put back beside each other: its labels next to their values
    table_gap = _table_gap(lines, character)
    margins: dict[int, int] = {}
    for line in lines:
        margins[line.block[0]] = min(margins.get(line.block[0], line.left), line.left)
    heights = sorted(line.bottom - line.top for line in lines)
    line_height = heights[len(heights) // 2] if heights else 0  # a line of figures alone is shorter than a line of words
    typeset = typeset_misaligned_tables(words_from_tsv(tsv))
    set_already: set[int] = set()
    previous_row: int | None = None
    parts: list[str] = []
    previous: _Line | None = None
    for line in lines:
        middle = (line.top + line.bottom) / 2
        row = next((index for index, set_line in enumerate(typeset) if set_line.top <= middle <= set_line.bottom), None)
        if row in set_already:
            continue  # a piece of a table row already set in its columns
        in_table = row is not None and previous_row is not None and typeset[previous_row].table == typeset[row].table
        gap = line.top - previous.bottom if previous is not None else 0
        if previous is not None and gap > max(previous.bottom - previous.top, line_height) and not in_table:
            parts.append("")
        previous_row = row
        if row is not None:
            set_already.add(row)
            parts.append(typeset[row].text)
        else:
            indent = round((line.left - margins[line.block[0]]) / character) if character else 0
            parts.append(" " * min(indent, _MAX_INDENT) * (indent >= 2) + _laid_out(line, character, table_gap))
        previous = line
    mean = round(sum(confidences) / len(confidences), 2) if confidences else None
    return OcrResult(text="\n".join(parts), confidence=mean)


def words_from_tsv(tsv: str) -> list[Word]:
    """Tesseract's word boxes (pixels), for reading tables by column alignment."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top, width, height = (int(row[key]) for key in ("left", "top", "width", "height"))
        words.append(Word(text, left, left + width, top, top + height))
    return words


@dataclass(frozen=True)
class ExternalTool:
    name: str
    path: str | None
    version: str | None
    detail: str  # what it is for, or what is missing without it


def _pdftotext_version(path: str) -> str | None:
    result = subprocess.run([path, "-v"], capture_output=True, text=True, check=False)
    first = (result.stderr or result.stdout).splitlines()
    return first[0].removeprefix("pdftotext version ").strip() if first else None


def optional_tools() -> list[ExternalTool]:
    """The optional programs foia uses, whether each is installed, and what it is for."""
    tesseract = tesseract_path()
    languages = ", ".join(tesseract_languages()) or "none"
    pdftotext = shutil.which("pdftotext")
    return [
        ExternalTool(
            "tesseract", tesseract, tesseract_version(),
            f"OCR of scanned pages; languages: {languages}" if tesseract
            else "missing: scanned pages are stored as needing OCR (Debian: apt-get install tesseract-ocr)",
        ),
        ExternalTool(
            "pdftotext", pdftotext, _pdftotext_version(pdftotext) if pdftotext else None,
            "poppler; the import benchmark compares against it" if pdftotext
            else "missing: only scripts/bench_import.py uses it (Debian: apt-get install poppler-utils)",
        ),
    ]
