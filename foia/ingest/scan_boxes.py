"""Redaction bars in a scanned page image: solid dark rectangles, found on a reduced copy of the
image rendered for OCR (a scan has no drawing objects to inspect, only pixels).

The dark pixels are grouped by rows into runs with NumPy, and runs that touch from one row to the next
(4-connectivity) are joined with a union-find over runs: Python touches each run, never each pixel (a
stack over pixels cost 13 million generator calls for 100 pages). NumPy is imported on the first
scan, not with this module: a text PDF's import never needs it, and it costs a tenth of a second."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

REDUCE = 8  # 300 dpi becomes 37.5 dpi: letters turn grey, bars stay black
DARK = 70  # grey level below which a reduced pixel counts as ink
MIN_FILL = 0.85  # share of a component's bounding box that is dark: bars are solid, text is not
MIN_WIDTH_IN, MIN_HEIGHT_IN, MAX_PAGE_SHARE = 0.15, 0.06, 0.6


def dark_boxes(image: Image.Image, dpi: float) -> int:
    """How many solid dark rectangles the page image holds."""
    return len(dark_rects(image, dpi))


def _runs(dark: np.ndarray) -> tuple[list[int], list[int], list[int]]:
    """(row, first column, column after the last) of each horizontal run of dark pixels, in raster order."""
    import numpy as np

    height, width = dark.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    edges = np.diff(padded, axis=1)  # +1 where a run starts, -1 just after it ends
    start_rows, start_columns = np.nonzero(edges == 1)
    _, end_columns = np.nonzero(edges == -1)  # the same rows, in the same order: each run has one of each
    return start_rows.tolist(), start_columns.tolist(), end_columns.tolist()


def _components(rows: list[int], starts: list[int], ends: list[int]) -> list[int]:
    """The root run of each run's component; runs of adjacent rows that share a column touch."""
    parent = list(range(len(rows)))

    def root(run: int) -> int:
        while parent[run] != run:
            parent[run] = parent[parent[run]]
            run = parent[run]
        return run

    previous_first, previous_end = 0, 0  # the runs of the row above: [previous_first, previous_end)
    index = 0
    while index < len(rows):
        row, first = rows[index], index
        while index < len(rows) and rows[index] == row:
            index += 1
        if previous_end > previous_first and rows[previous_first] == row - 1:
            above = previous_first
            for run in range(first, index):
                while above < previous_end and ends[above] <= starts[run]:
                    above += 1
                touching = above
                while touching < previous_end and starts[touching] < ends[run]:
                    a, b = root(run), root(touching)
                    if a != b:
                        parent[max(a, b)] = min(a, b)  # the earliest run stays the root: raster order
                    touching += 1
        previous_first, previous_end = first, index
    return [root(run) for run in range(len(rows))]


def dark_rects(image: Image.Image, dpi: float) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) in the image's pixels of each solid dark rectangle it holds, in the
    raster order of their first pixel; `foia serve` draws them over the page image."""
    import numpy as np

    small = image.convert("L").reduce(REDUCE)
    width, height = small.size
    dark = np.asarray(small) < DARK
    rows, starts, ends = _runs(dark)
    roots = _components(rows, starts, ends)
    # root run -> [left, right (exclusive), top, bottom, dark pixels]
    found: dict[int, list[int]] = {}
    for run, root_run in enumerate(roots):
        box = found.get(root_run)
        if box is None:
            found[root_run] = [starts[run], ends[run], rows[run], rows[run], ends[run] - starts[run]]
        else:
            box[0], box[1] = min(box[0], starts[run]), max(box[1], ends[run])
            box[3] = rows[run]  # runs come in raster order: the last is the lowest
            box[4] += ends[run] - starts[run]
    scale = dpi / REDUCE
    boxes: list[tuple[int, int, int, int]] = []
    for left, right, top, bottom, count in found.values():  # roots are first runs: raster order of first pixel
        box_w, box_h = right - left, bottom - top + 1
        if (box_w >= MIN_WIDTH_IN * scale and box_h >= MIN_HEIGHT_IN * scale
                and count >= MIN_FILL * box_w * box_h and box_w * box_h <= MAX_PAGE_SHARE * width * height):
            boxes.append((left * REDUCE, top * REDUCE, right * REDUCE, (bottom + 1) * REDUCE))
    return boxes
