"""Whole-text checks: length in words and pages, pronouns, long paragraphs."""

from __future__ import annotations

import re

from talentsync_app.core.quality.base import (
    BULLET_MARK_RE,
    CheckResult,
    finding,
    plural,
    words,
)

# Most recruiters expect 1-2 pages and roughly 300-1000 words.
TYPICAL_WORDS = (300, 1000)
TOO_FEW_WORDS = 150
MAX_PAGES = 2
MAX_PARAGRAPH_WORDS = 80
# A line this long that does not end a sentence is taken as wrapped: the next
# line continues the same paragraph.
WRAPPED_LINE_WORDS = 8
# "I" only in capitals (a lower-case "i" is a typo or a list marker) and "me" only
# in lower case ("ME" is a Master of Engineering).
FIRST_PERSON_RE = re.compile(r"\bI\b|\b[Mm]y(?:self)?\b|\bmine\b|\bme\b")


def check_length(text: str, pages: int) -> CheckResult:
    """Check the word count (300-1000 typical) and the page count (1-2).

    Args:
        text: The resume text.
        pages: Page count of the document (1 for formats without pages).

    Returns:
        Findings and passed labels.
    """
    count = len(words(text))
    low, high = TYPICAL_WORDS
    findings = []
    if count < low:
        findings.append(
            finding(
                "too_short",
                "medium" if count < TOO_FEW_WORDS else "low",
                f"The resume has {count} words; most strong resumes have {low}-{high}.",
                "Describe each job with 3-5 bullets of what you did and the result.",
            )
        )
    elif count > high:
        findings.append(
            finding(
                "too_many_words",
                "low",
                f"The resume has {count} words; recruiters skim {low}-{high}.",
                "Cut older jobs to one line and keep the most relevant work.",
            )
        )
    if pages > MAX_PAGES:
        findings.append(
            finding(
                "too_many_pages",
                "medium",
                f"The resume runs to {pages} pages; {MAX_PAGES} is the usual maximum.",
                "Keep the last 10-15 years and the most relevant work on 1-2 pages.",
            )
        )
    if findings:
        return findings, []
    return [], [f"length typical ({count} words, {plural(pages, 'page')})"]


def check_style(text: str) -> CheckResult:
    """Check for first-person pronouns and wall-of-text paragraphs.

    Args:
        text: The resume text, one logical line per line.

    Returns:
        Findings and passed labels.
    """
    findings, passed = [], []
    pronouns = FIRST_PERSON_RE.findall(text)
    if pronouns:
        findings.append(
            finding(
                "first_person",
                "low",
                f"First-person pronouns appear {plural(len(pronouns), 'time')} "
                f"({_pronoun_counts(pronouns)}).",
                "Drop 'I', 'my' and 'me': start each line with the verb instead.",
            )
        )
    else:
        passed.append("no first-person pronouns")
    long_ones = [n for n in paragraph_lengths(text) if n > MAX_PARAGRAPH_WORDS]
    if long_ones:
        findings.append(
            finding(
                "long_paragraphs",
                "low",
                f"{plural(len(long_ones), 'paragraph')} longer than "
                f"{MAX_PARAGRAPH_WORDS} words (longest: {max(long_ones)}).",
                "Break long paragraphs into short bullets; readers skim.",
            )
        )
    else:
        passed.append(f"no paragraph over {MAX_PARAGRAPH_WORDS} words")
    return findings, passed


def paragraph_lengths(text: str) -> list[int]:
    """Return the word count of each prose paragraph (bullets excluded).

    Lines are joined while the previous line looks wrapped (long, no final
    punctuation) and the next one is not a bullet; blank lines always split.
    """
    lengths: list[int] = []
    current, is_bullet, wrapped = 0, False, False
    for line in text.splitlines():
        starts_bullet = bool(BULLET_MARK_RE.match(line))
        if not line.strip() or starts_bullet or not wrapped:
            if current and not is_bullet:
                lengths.append(current)
            current, is_bullet = 0, starts_bullet
        count = len(words(line))
        current += count
        stripped = line.rstrip()
        wrapped = count >= WRAPPED_LINE_WORDS and not stripped.endswith((".", ":"))
    if current and not is_bullet:
        lengths.append(current)
    return lengths


def _pronoun_counts(pronouns: list[str]) -> str:
    """Return "'I' 3, 'my' 2" from the matched pronouns."""
    counts: dict[str, int] = {}
    for word in pronouns:
        key = "I" if word == "I" else word.lower()
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"'{word}' {n}" for word, n in counts.items())
