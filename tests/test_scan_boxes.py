"""Redaction bars found in page images with array operations give the boxes the per-pixel flood fill
they replaced gave (kept here as the reference), on generated pages."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw, ImageFont

from foia.ingest import scan_boxes
from foia.ingest.scan_boxes import dark_boxes, dark_rects


def _flood_fill_rects(image: Image.Image, dpi: float) -> list[tuple[int, int, int, int]]:
    """The former implementation: a stack over the pixels of the reduced image."""
    small = image.convert("L").reduce(scan_boxes.REDUCE)
    width, height = small.size
    dark = bytearray(1 if value < scan_boxes.DARK else 0 for value in small.tobytes())
    scale = dpi / scan_boxes.REDUCE
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
        if (box_w >= scan_boxes.MIN_WIDTH_IN * scale and box_h >= scan_boxes.MIN_HEIGHT_IN * scale
                and count >= scan_boxes.MIN_FILL * box_w * box_h
                and box_w * box_h <= scan_boxes.MAX_PAGE_SHARE * width * height):
            boxes.append((left * scan_boxes.REDUCE, top * scan_boxes.REDUCE, (right + 1) * scan_boxes.REDUCE,
                          (bottom + 1) * scan_boxes.REDUCE))
    return boxes


def _scanned_page(seed: int) -> Image.Image:
    """A letter page at 150 dpi: lines of text, redaction bars (some touching, one L-shaped, one at the
    page's edge), ink blots and a dark band, in places a seed chooses."""
    rng = random.Random(seed)
    image = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=24)
    for line in range(30):
        draw.text((100, 100 + 45 * line), "Invoice 4471: face search licences $12,500.00 a year", fill=0, font=font)
    for _ in range(6):
        x, y = rng.randrange(0, 1100), rng.randrange(0, 1550)
        draw.rectangle((x, y, x + rng.randrange(20, 300), y + rng.randrange(10, 80)), fill=rng.choice((0, 20, 60)))
    draw.rectangle((300, 700, 700, 740), fill=0)
    draw.rectangle((300, 740, 340, 900), fill=0)  # an L: one component, not solid enough
    draw.rectangle((0, 1600, 500, 1649), fill=0)  # at the page's edge
    for _ in range(200):
        x, y = rng.randrange(0, 1270), rng.randrange(0, 1645)
        draw.ellipse((x, y, x + rng.randrange(2, 40), y + rng.randrange(2, 40)), fill=rng.randrange(0, 120))
    return image


@pytest.mark.parametrize("seed", range(6))
def test_dark_rects_match_the_flood_fill_on_generated_pages(seed: int) -> None:
    page = _scanned_page(seed)
    assert dark_rects(page, 150) == _flood_fill_rects(page, 150)


def test_dark_rects_match_the_flood_fill_on_noise() -> None:
    rng = random.Random(7)
    noise = Image.frombytes("L", (400, 320), bytes(rng.choice((0, 0, 0, 255)) for _ in range(400 * 320)))
    assert dark_rects(noise, 24) == _flood_fill_rects(noise, 24)


def test_blank_and_black_pages() -> None:
    assert dark_boxes(Image.new("L", (800, 1000), 255), 300) == 0
    assert dark_boxes(Image.new("L", (800, 1000), 0), 300) == 0  # the whole page is no redaction bar
    page = Image.new("RGB", (800, 1000), "white")
    ImageDraw.Draw(page).rectangle((80, 80, 400, 160), fill="black")
    assert dark_rects(page, 300) == _flood_fill_rects(page, 300) == [(80, 80, 400, 160)]
