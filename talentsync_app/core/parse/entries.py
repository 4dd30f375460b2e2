"""Group section lines into entries: header lines (role, school, dates) and a body."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from talentsync_app.core.parse.dates import DateSpan, find_dates
from talentsync_app.core.parse.lines import (
    SENTENCE_BREAK,
    ends_sentence,
    is_bullet,
    is_continuation,
    join_date_breaks,
    strip_bullet,
)

_DATE_TAG = frozenset({"date"})
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_MAX_HEADER_WORDS = 8
_MAX_DATED_HEADER_WORDS = 22

TagFn = Callable[[str], frozenset[str]]


@dataclass
class Block:
    """One entry: its header lines, body items and the tags each header gave.

    Attributes:
        header: Header lines as printed (bullet glyphs removed).
        body: Bullets and paragraphs, wrapped lines rejoined.
        tags: Field tag (e.g. "date", "degree") -> index of the header line that
            introduced it.
        bulleted: For each body item, whether it started with a bullet glyph.

    """

    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    tags: dict[str, int] = field(default_factory=dict)
    bulleted: list[bool] = field(default_factory=list)

    def dates(self) -> tuple[DateSpan, int] | None:
        """Return the first date span in the header and its line index."""
        for index, line in enumerate(self.header):
            span = find_dates(line)
            if span:
                return span, index
        return None


def date_tags(line: str) -> frozenset[str]:
    """Tag a header line with "date" when it carries a date."""
    return _DATE_TAG if find_dates(line) else frozenset()


def is_header(line: str, tags: frozenset[str]) -> bool:
    """Return True when a line reads as an entry header rather than body text.

    Args:
        line: One section line.
        tags: Field tags the line carries (dates, degree, school...).

    Returns:
        True for short title-like lines and for dated lines that are not prose.

    """
    if is_bullet(line):
        return False
    words = len(line.split())
    if tags:
        return words <= _MAX_DATED_HEADER_WORDS and not _is_sentence(line)
    if SENTENCE_BREAK.search(line) or ends_sentence(line):
        return False
    return words <= _MAX_HEADER_WORDS and not line[0].islower()


def _is_sentence(line: str) -> bool:
    """Return True for prose: ends with a full stop after several words."""
    return ends_sentence(line) and len(line.split()) > _MAX_HEADER_WORDS


def group_entries(
    lines: list[str], tag_fn: TagFn = date_tags, *, fold: bool = True
) -> list[Block]:
    """Group section lines into entry blocks.

    A new block starts at a header line after body text, or when a header line
    brings a field (date, degree, ...) the current block already has. When the
    clashing field was not on the block's first line, the lines after it move
    to the new block, so "Company / Title + date" layouts stay paired.

    Args:
        lines: Body lines of one section.
        tag_fn: Returns the field tags of a line.
        fold: Fold blocks with no tagged field into the previous block's body
            when other blocks have one (wrapped text, not a new entry).

    Returns:
        Blocks in reading order.

    """
    lines = join_date_breaks(lines)
    blocks: list[Block] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        block = blocks[-1] if blocks else None
        bullet = is_bullet(line)
        last = block.body[-1] if block and block.body else ""
        if not bullet and is_continuation(last, line, following):
            block.body[-1] = f"{last} {line}"
            continue
        tags = tag_fn(line)
        if is_header(line, tags) or (bullet and "degree" in tags):
            _add_header(blocks, strip_bullet(line), tag_fn)
            continue
        if block is None:
            block = Block()
            blocks.append(block)
        if block.body and not bullet and not block.bulleted[-1]:
            block.body[-1] = f"{block.body[-1]} {line}"
        else:
            block.body.append(strip_bullet(line))
            block.bulleted.append(bullet)
    for block in blocks:
        block.body = _sentences(block)
    return _fold_untagged(blocks) if fold else blocks


def _sentences(block: Block) -> list[str]:
    """Keep bullets whole; split paragraphs into sentences."""
    items: list[str] = []
    for text, bullet in zip(block.body, block.bulleted, strict=False):
        items.extend([text] if bullet else SENTENCE_BREAK.split(text))
    return items


def _add_header(blocks: list[Block], line: str, tag_fn: TagFn) -> None:
    """Append a header line to the current block or open a new block."""
    tags = tag_fn(line)
    block = blocks[-1] if blocks else None
    if block is None or block.body:
        blocks.append(_tagged(Block([line]), tag_fn))
        return
    clash = [block.tags[tag] for tag in tags if tag in block.tags]
    if not clash:
        block.header.append(line)
        _tagged(block, tag_fn)
        return
    cut = max(clash) + 1 if min(clash) > 0 else len(block.header)
    moved = block.header[cut:]
    del block.header[cut:]
    _tagged(block, tag_fn)
    blocks.append(_tagged(Block([*moved, line]), tag_fn))


def _tagged(block: Block, tag_fn: TagFn) -> Block:
    """Recompute which header line introduced each field tag."""
    block.tags = {}
    for index, line in enumerate(block.header):
        for tag in tag_fn(line):
            block.tags.setdefault(tag, index)
    return block


def _fold_untagged(blocks: list[Block]) -> list[Block]:
    """Fold blocks without any field into the previous block's body."""
    if not any(block.tags for block in blocks):
        return blocks
    out: list[Block] = []
    for block in blocks:
        if block.tags or not out:
            out.append(block)
        else:
            out[-1].body.extend(block.header + block.body)
    return out


def clean_header_text(text: str) -> str:
    """Trim separators and empty brackets left after removing dates."""
    text = _EMPTY_BRACKETS.sub(" ", text)
    return " ".join(text.split()).strip(" ,|-–—:;/")
