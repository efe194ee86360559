"""Redaction bars in a scanned page image: solid dark rectangles, found on a reduced copy of the
image rendered for OCR (a scan has no drawing objects to inspect, only pixels)."""

from __future__ import annotations

from PIL import Image

REDUCE = 8  # 300 dpi becomes 37.5 dpi: letters turn grey, bars stay black
DARK = 70  # grey level below which a reduced pixel counts as ink
MIN_FILL = 0.85  # share of a component's bounding box that is dark: bars are solid, text is not
MIN_WIDTH_IN, MIN_HEIGHT_IN, MAX_PAGE_SHARE = 0.15, 0.06, 0.6


def dark_boxes(image: Image.Image, dpi: float) -> int:
    """How many solid dark rectangles the page image holds."""
    return len(dark_rects(image, dpi))


def dark_rects(image: Image.Image, dpi: float) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) in the image's pixels of each solid dark rectangle it holds; `foia
    serve` draws them over the page image."""
    small = image.convert("L").reduce(REDUCE)
    width, height = small.size
    dark = bytearray(1 if value < DARK else 0 for value in small.tobytes())
    scale = dpi / REDUCE
    boxes: list[tuple[int, int, int, int]] = []
    for start in range(len(dark)):
        if not dark[start]:
            continue
        dark[start] = 0
        stack, count = [start], 0
        left, right, top, bottom = width, -1, height, -1
        while stack:
            index = stack.pop()
            count += 1
            y, x = divmod(index, width)
            left, right, top, bottom = min(left, x), max(right, x), min(top, y), max(bottom, y)
            for neighbour in (index - 1 if x else -1, index + 1 if x + 1 < width else -1, index - width, index + width):
                if 0 <= neighbour < len(dark) and dark[neighbour]:
                    dark[neighbour] = 0
                    stack.append(neighbour)
        box_w, box_h = right - left + 1, bottom - top + 1
        if (box_w >= MIN_WIDTH_IN * scale and box_h >= MIN_HEIGHT_IN * scale
                and count >= MIN_FILL * box_w * box_h and box_w * box_h <= MAX_PAGE_SHARE * width * height):
            boxes.append((left * REDUCE, top * REDUCE, (right + 1) * REDUCE, (bottom + 1) * REDUCE))
    return boxes
