"""Ruling lines out of a scanned table before it is read again: Tesseract reads a cell border as a
run of junk characters ("——SSCSC~*~") and can drop the words beside it.

Found from projections of the ink (PIL's box filter averages whole pixel rows and columns in C):
a pixel row inked over a quarter of the page's width is a candidate, and a horizontal rule when that ink
is one unbroken run; between the first and the last of those, a pixel column inked in one run over
most of that height is a vertical one."""

from __future__ import annotations

import re

from PIL import Image, ImageDraw

INK = 128  # grey level below which a pixel is ink
# A rule is one unbroken run of ink this long (a share of the page width, or of the ruled band's height);
# a line of text inks many short runs, never one long one.
MIN_RUN_SHARE = 0.25
_RUN = re.compile(rb"\xff+")


def _longest_run(pixels: bytes) -> int:
    return max((len(run) for run in _RUN.findall(pixels)), default=0)


def without_rules(image: Image.Image) -> Image.Image:
    """A grey copy of the page with its table rules painted white (the page itself when it has none)."""
    grey = image.convert("L")
    ink = grey.point(lambda value: 255 if value < INK else 0)
    width, height = ink.size
    row_ink = ink.resize((1, height), Image.Resampling.BOX).tobytes()
    rules = [y for y, value in enumerate(row_ink) if value >= MIN_RUN_SHARE * 255
             and _longest_run(ink.crop((0, y, width, y + 1)).tobytes()) >= MIN_RUN_SHARE * width]
    if not rules:
        return grey
    cleaned = grey.copy()
    draw = ImageDraw.Draw(cleaned)
    for y in rules:
        draw.line([(0, y), (width, y)], fill=255)
    top, bottom = rules[0], rules[-1]
    band = bottom - top + 1
    if band > 1:
        column_ink = ink.crop((0, top, width, bottom + 1)).resize((width, 1), Image.Resampling.BOX).tobytes()
        for x, value in enumerate(column_ink):
            if value >= 2 * MIN_RUN_SHARE * 255 and _longest_run(ink.crop((x, top, x + 1,
                                                                           bottom + 1)).tobytes()) >= 2 * MIN_RUN_SHARE * band:
                draw.line([(x, top), (x, bottom)], fill=255)
    return cleaned
