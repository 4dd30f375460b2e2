"""Caps that keep extraction and parsing fast on huge or hostile documents."""

from __future__ import annotations

# Long resumes run to about 20,000 characters (the longest of the 962 Kaggle
# resumes has 14,614); parsing cost grows with the text, so more is not read.
MAX_TEXT_CHARS = 50_000
# Enough bytes for MAX_TEXT_CHARS characters in any encoding (UTF-32 at worst).
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
TRUNCATED_WARNING = (
    f"the document is very long: only its first {MAX_TEXT_CHARS:,} characters were read"
)


def cap_text(text: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, bool]:
    """Cut a text to at most ``limit`` characters, at a line break if possible.

    Args:
        text: Decoded or extracted text.
        limit: Most characters kept.

    Returns:
        The kept text and whether anything was cut off.

    """
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    line_end = head.rfind("\n")
    return (head[:line_end] if line_end > limit // 2 else head), True


def head_bytes(data: bytes, limit: int = MAX_TEXT_BYTES) -> bytes:
    """Return the first ``limit`` bytes without splitting a UTF-8 character.

    Args:
        data: Raw text bytes.
        limit: Most bytes kept.

    Returns:
        A prefix of ``data`` ending on a UTF-8 character boundary.

    """
    if len(data) <= limit:
        return data
    end = limit
    while end > limit - 3 and 0x80 <= data[end] <= 0xBF:  # continuation byte
        end -= 1
    return data[:end]


def add_warning(warnings: list[str], warning: str) -> None:
    """Append a warning once."""
    if warning not in warnings:
        warnings.append(warning)
