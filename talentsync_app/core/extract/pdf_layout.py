"""Reading order for one PDF page: lines, icon glyphs and column gutters."""

from __future__ import annotations

import ctypes
import logging
import math
import re
from array import array
from dataclasses import dataclass, field

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

logger = logging.getLogger(__name__)

Rect = tuple[float, float, float, float]  # left, bottom, right, top

ICON_FONT_RE = re.compile(
    r"awesome|icon|glyph|material.?symbols|fontello|octicon|academicons|feather"
    r"|remixicon|typicons|entypo|linearicons|dingbat|wingding|webding",
    re.IGNORECASE,
)
_BULLET_FONT_RE = re.compile(r"dingbat|wingding|webding", re.IGNORECASE)
MIN_GUTTER_WIDTH = 10.0
MAX_GUTTER_COVER = 0.25
MIN_COLUMN_SHARE = 0.15
_EDGE_MARGIN = 0.15


@dataclass
class PageLine:
    """One line of pdfium's text in character-index space.

    Attributes:
        start: Index of the first character.
        end: Index after the last character (the line break is excluded).
        rects: Text rectangles pdfium reports for the line.

    """

    start: int
    end: int
    rects: list[Rect] = field(default_factory=list)

    @property
    def top(self) -> float:
        """Return the highest top edge of the line's rectangles."""
        return max((rect[3] for rect in self.rects), default=0.0)


def read_page_text(textpage: pdfium.PdfTextPage) -> str:
    """Return the text of one page in reading order, without icon glyphs.

    Single-column pages keep pdfium's natural order; when a vertical gutter
    splits the page, each band between full-width lines is read left column
    first, then right column.

    Args:
        textpage: A loaded pdfium text page.

    Returns:
        The page text with LF line breaks.

    """
    count = textpage.count_chars()
    chars = _page_chars(textpage, count)
    if chars is None:
        logger.debug("pdfium text indices do not match chars; using plain order")
        return textpage.get_text_range().replace("\r\n", "\n")
    chars = _replace_icons(textpage, chars)
    lines = _split_lines(textpage, chars)
    gutter = find_gutter([rect for line in lines for rect in line.rects])
    if gutter is None:
        texts = ["".join(chars[line.start : line.end]) for line in lines]
    else:
        texts = _columns_in_order(textpage, chars, lines, gutter)
    return _merge_surrogates("\n".join(texts))


def _page_chars(textpage: pdfium.PdfTextPage, count: int) -> list[str] | None:
    """Return one string per pdfium character, or None when indices do not align."""
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    if written - 1 != count:
        return None
    return [chr(unit) for unit in array("H", bytes(buffer))[:count]]


def _merge_surrogates(text: str) -> str:
    """Join UTF-16 surrogate pairs left by per-unit decoding."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _font_name(textpage: pdfium.PdfTextPage, index: int) -> str:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    return buffer.value.decode("utf-8", "replace")


def _replace_icons(textpage: pdfium.PdfTextPage, chars: list[str]) -> list[str]:
    """Blank icon-font glyphs; a dingbat at a line start becomes a bullet.

    Only one-character tokens are checked, which is how icons are drawn, so the
    font lookup stays cheap.
    """
    chars = list(chars)
    for index in _single_char_tokens(chars):
        font = _font_name(textpage, index)
        if not ICON_FONT_RE.search(font):
            continue
        at_line_start = index == 0 or chars[index - 1] == "\n"
        bullet = at_line_start and _BULLET_FONT_RE.search(font)
        chars[index] = "•" if bullet else ""
    return chars


def _single_char_tokens(chars: list[str]) -> list[int]:
    """Return indices of characters with whitespace (or an edge) on both sides."""
    last = len(chars) - 1
    return [
        i
        for i, char in enumerate(chars)
        if not char.isspace()
        and (i == 0 or chars[i - 1].isspace())
        and (i == last or chars[i + 1].isspace())
    ]


def _split_lines(textpage: pdfium.PdfTextPage, chars: list[str]) -> list[PageLine]:
    """Cut the character list at pdfium's line breaks and measure each line."""
    lines = []
    start = 0
    for index, char in enumerate(chars + ["\n"]):
        if char != "\n":
            continue
        end = index - 1 if index > start and chars[index - 1] == "\r" else index
        if end > start:
            lines.append(PageLine(start, end, _line_rects(textpage, start, end)))
        start = index + 1
    return lines


def _line_rects(textpage: pdfium.PdfTextPage, start: int, end: int) -> list[Rect]:
    count = textpage.count_rects(start, end - start)
    return [textpage.get_rect(i) for i in range(count)]


def find_gutter(
    rects: list[Rect],
    *,
    min_width: float = MIN_GUTTER_WIDTH,
    max_cover: float = MAX_GUTTER_COVER,
    min_share: float = MIN_COLUMN_SHARE,
) -> float | None:
    """Find the x of a vertical gap that splits a page into two columns.

    A gutter is a band at least ``min_width`` wide, away from the page edges,
    crossed by text for at most ``max_cover`` of the total text height, with at
    least ``min_share`` of that height entirely on each side.

    Args:
        rects: Text rectangles (left, bottom, right, top) of the page.
        min_width: Narrowest gap taken for a gutter, in points.
        max_cover: Largest share of text height allowed to cross the gap.
        min_share: Smallest share of text height required in each column.

    Returns:
        The x coordinate of the gutter's middle, or None for single-column pages.

    """
    rects = [rect for rect in rects if rect[2] > rect[0] and rect[3] > rect[1]]
    if len(rects) < 4:
        return None
    x0 = min(rect[0] for rect in rects)
    x1 = max(rect[2] for rect in rects)
    total = sum(rect[3] - rect[1] for rect in rects)
    if x1 - x0 < 4 * min_width:
        return None
    cover = _coverage(rects, x0, x1)
    best = None
    for lo, hi in _low_runs(cover <= max_cover * total, min_width, x1 - x0):
        left = sum(r[3] - r[1] for r in rects if r[2] <= x0 + lo + 1)
        right = sum(r[3] - r[1] for r in rects if r[0] >= x0 + hi - 1)
        if min(left, right) < min_share * total:
            continue
        score = (float(cover[lo:hi].max()), -(hi - lo))
        if best is None or score < best[0]:
            best = (score, x0 + (lo + hi) / 2)
    return None if best is None else best[1]


def _coverage(rects: list[Rect], x0: float, x1: float) -> np.ndarray:
    """Sum of rectangle heights over each 1-point column between x0 and x1."""
    width = int(math.ceil(x1 - x0)) + 1
    diff = np.zeros(width + 1)
    for left, bottom, right, top in rects:
        diff[int(left - x0)] += top - bottom
        diff[int(math.ceil(right - x0))] -= top - bottom
    return np.cumsum(diff)[:width]


def _low_runs(low: np.ndarray, min_width: float, span: float) -> list[tuple[int, int]]:
    """Return [lo, hi) runs of True at least min_width long, off the page edges."""
    margin = int(span * _EDGE_MARGIN)
    runs = []
    start = None
    for x, is_low in enumerate(low.tolist() + [False]):
        inside = margin <= x <= len(low) - margin
        if is_low and inside and start is None:
            start = x
        elif (not is_low or not inside) and start is not None:
            if x - start >= min_width:
                runs.append((start, x))
            start = None
    return runs


def _columns_in_order(
    textpage: pdfium.PdfTextPage,
    chars: list[str],
    lines: list[PageLine],
    gutter: float,
) -> list[str]:
    """Read bands between full-width lines, left column first, then right."""
    entries = []
    for order, line in enumerate(lines):
        for side, top, text in _line_parts(textpage, chars, line, gutter):
            entries.append((-top, order, side, text))
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    texts: list[str] = []
    band: dict[str, list[str]] = {"left": [], "right": []}
    for _, _, side, text in entries:
        if side == "span":
            texts += band["left"] + band["right"] + [text]
            band = {"left": [], "right": []}
        else:
            band[side].append(text)
    return texts + band["left"] + band["right"]


def _line_parts(
    textpage: pdfium.PdfTextPage, chars: list[str], line: PageLine, gutter: float
) -> list[tuple[str, float, str]]:
    """Classify a line as spanning the gutter, left, right, or split it in two."""
    text = "".join(chars[line.start : line.end])
    if any(left < gutter - 1 < gutter + 1 < right for left, _, right, _ in line.rects):
        return [("span", line.top, text)]
    sides = {"left" if rect[2] <= gutter else "right" for rect in line.rects}
    if len(sides) == 1:
        return [(sides.pop(), line.top, text)]
    left_chars, right_chars = [], []
    side = left_chars
    for index in range(line.start, line.end):
        box_left, _, box_right, _ = textpage.get_charbox(index)
        if box_right > box_left:
            side = left_chars if (box_left + box_right) / 2 < gutter else right_chars
        side.append(chars[index])
    return [
        ("left", line.top, "".join(left_chars)),
        ("right", line.top, "".join(right_chars)),
    ]
