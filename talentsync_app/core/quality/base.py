"""Shared pieces of the quality checks: the result type and small text helpers."""

from __future__ import annotations

import re

from talentsync_app.core.types import ParsedResume, QualityFinding

# Each check returns its findings and the labels of what it found in order.
CheckResult = tuple[list[QualityFinding], list[str]]

WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
BULLET_MARK_RE = re.compile(r"^\s*[•·▪■◆►❖➢✓\-–—*]\s*")


def finding(code: str, severity: str, message: str, fix: str) -> QualityFinding:
    """Build one finding; severity is "high", "medium" or "low"."""
    return QualityFinding(code=code, severity=severity, message=message, fix=fix)


def words(text: str) -> list[str]:
    """Return the words of a text (letters and digits, inner apostrophes/hyphens)."""
    return WORD_RE.findall(text)


def all_bullets(parsed: ParsedResume) -> list[str]:
    """Return every job bullet in resume order."""
    return [bullet for job in parsed.experience for bullet in job.bullets]


def plural(count: int, noun: str, many: str | None = None) -> str:
    """Return "1 job" or "3 jobs" (or the given plural)."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"
