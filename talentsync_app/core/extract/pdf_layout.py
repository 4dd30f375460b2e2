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
_SINGLE_CHAR_TOKEN_RE = re.compile(r"(?<!\S)\S(?!\S)")
_LINE_BREAK_RE = re.compile(r"\r?\n")
MIN_GUTTER_WIDTH = 10.0
# Dense resume pages hold 5,000-10,000 characters. Far beyond that the page is
# hostile or not a resume, and the per-character work (icon fonts, boxes)
# would take seconds, so such a page is read in pdfium's plain order.
MAX_LAYOUT_CHARS = 30_000
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
    first, then right column. Pages over ``MAX_LAYOUT_CHARS`` characters keep
    pdfium's order as they are.

    Args:
        textpage: A loaded pdfium text page.

    Returns:
        The page text with LF line breaks.

    """
    count = textpage.count_chars()
    if count > MAX_LAYOUT_CHARS:
        logger.info("page has %d characters; reading it in plain order", count)
        return textpage.get_text_range().replace("\r\n", "\n")
    text = _page_text(textpage, count)
    if text is None:
        logger.debug("pdfium text indices do not match chars; using plain order")
        return textpage.get_text_range().replace("\r\n", "\n")
    chars = _replace_icons(textpage, text)
    spans = _line_spans(text)
    gutter = find_gutter(text_rects(textpage))
    if gutter is None:
        texts = ["".join(chars[start:end]) for start, end in spans]
    else:
        lines = [
            PageLine(start, end, text_rects(textpage, start, end - start))
            for start, end in spans
        ]
        texts = _columns_in_order(textpage, chars, lines, gutter)
    return _merge_surrogates("\n".join(texts))


def _page_text(textpage: pdfium.PdfTextPage, count: int) -> str | None:
    """Return the page text with exactly one character per pdfium char index.

    Returns None when pdfium's text output does not line up with its char list.
    """
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    if written - 1 != count:
        return None
    raw = bytes(buffer)[: 2 * count]
    text = raw.decode("utf-16-le", "surrogatepass")
    if len(text) != count:  # astral characters: keep one code unit per index
        text = "".join(map(chr, array("H", raw)))
    return text


def _merge_surrogates(text: str) -> str:
    """Join UTF-16 surrogate pairs left by per-unit decoding."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _font_name(textpage: pdfium.PdfTextPage, index: int) -> str:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    return buffer.value.decode("utf-8", "replace")


def _replace_icons(textpage: pdfium.PdfTextPage, text: str) -> list[str]:
    """Blank icon-font glyphs; a dingbat at a line start becomes a bullet.

    Only one-character tokens are checked, which is how icons are drawn, so the
    font lookup stays cheap.

    Returns:
        One string per char index ("" where an icon was dropped).

    """
    chars = list(text)
    for match in _SINGLE_CHAR_TOKEN_RE.finditer(text):
        index = match.start()
        font = _font_name(textpage, index)
        if not ICON_FONT_RE.search(font):
            continue
        at_line_start = index == 0 or text[index - 1] == "\n"
        bullet = at_line_start and _BULLET_FONT_RE.search(font)
        chars[index] = "•" if bullet else ""
    return chars


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) char indices of each non-empty line of pdfium's text."""
    spans = []
    start = 0
    for match in _LINE_BREAK_RE.finditer(text + "\n"):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    return spans


def text_rects(
    textpage: pdfium.PdfTextPage, start: int = 0, count: int = -1
) -> list[Rect]:
    """Return pdfium's text rectangles for a range of characters.

    Args:
        textpage: A loaded pdfium text page.
        start: Index of the first character.
        count: Number of characters, -1 for all the rest.

    Returns:
        (left, bottom, right, top) of each run of text on one line.

    """
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    rects = []
    for index in range(pdfium_c.FPDFText_CountRects(textpage, start, count)):
        pdfium_c.FPDFText_GetRect(textpage, index, left, top, right, bottom)
        rects.append((left.value, bottom.value, right.value, top.value))
    return rects


# TODO(2): only one gutter per page is found, so a three-column page reads as
# two columns; resumes rarely use three.
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
    usable = low.copy()
    usable[:margin] = False
    usable[len(low) - margin + 1 :] = False
    edges = np.flatnonzero(np.diff(np.concatenate(([0], usable.astype(np.int8), [0]))))
    runs = zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True)
    return [(lo, hi) for lo, hi in runs if hi - lo >= min_width]


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
    if len(sides) <= 1:
        return [(sides.pop() if sides else "left", line.top, text)]
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
