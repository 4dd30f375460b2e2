"""Job dates: every job dated, in order, none in the future, one format."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from talentsync_app.core.parse.dates import find_dates
from talentsync_app.core.quality.base import BULLET_MARK_RE, CheckResult, finding
from talentsync_app.core.types import ExperienceEntry, ParsedResume

# How a printed date looks, checked in this order on the matched text.
DATE_STYLES = (
    ("'MM/YYYY'", re.compile(r"^\d{1,2}\s*[/.]\s*\d{4}")),
    ("'YYYY-MM'", re.compile(r"^\d{4}\s*[/.\-]\s*\d{1,2}(?!\d)")),
    ("'Month YYYY'", re.compile(r"^[^\W\d_]+\.?,?\s*'?\d{4}")),
    ("'YYYY'", re.compile(r"^\d{4}")),
)
_SINCE = re.compile(r"^(?:since|from|seit|desde|depuis|с|自)\s+", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")
MAX_NAMED_JOBS = 3
YearMonth = tuple[int, int]


def check_dates(parsed: ParsedResume, today: date | None = None) -> CheckResult:
    """Check that every job has a start and an end in order and one date format.

    Args:
        parsed: The parsed resume.
        today: The date "future" is measured against (defaults to today).

    Returns:
        Findings and passed labels (nothing when there are no jobs).
    """
    jobs = parsed.experience
    if not jobs:
        return [], []
    now = today or date.today()
    findings = [
        *_missing(jobs),
        *_out_of_order(jobs),
        *_future(jobs, (now.year, now.month)),
        *_mixed_formats(parsed.sections.get("experience", "")),
    ]
    return findings, [] if findings else [f"dates of {len(jobs)} job(s) consistent"]


def _missing(jobs: list[ExperienceEntry]) -> list:
    """Jobs without any date, and jobs with a start but no end."""
    found = []
    undated = [job for job in jobs if not job.start]
    open_ended = [job for job in jobs if job.start and not job.end]
    if undated:
        found.append(
            finding(
                "undated_jobs",
                "medium",
                f"{len(undated)} of {len(jobs)} jobs have no dates: {_names(undated)}.",
                "Give every job a start and an end, e.g. 'Mar 2021 – Present'.",
            )
        )
    if open_ended:
        found.append(
            finding(
                "missing_end_dates",
                "medium",
                f"{len(open_ended)} of {len(jobs)} jobs have a start but no end "
                f"date: {_names(open_ended)}.",
                "Add the end month, or 'Present' for the job you hold now.",
            )
        )
    return found


def _out_of_order(jobs: list[ExperienceEntry]) -> list:
    """Jobs whose end is before their start."""
    reversed_jobs = [job for job in jobs if _ends_before_start(job)]
    if not reversed_jobs:
        return []
    return [
        finding(
            "end_before_start",
            "high",
            f"{len(reversed_jobs)} of {len(jobs)} jobs end before they start: "
            f"{_names(reversed_jobs)}.",
            "Check the order of the start and end dates of these jobs.",
        )
    ]


def _future(jobs: list[ExperienceEntry], now: YearMonth) -> list:
    """Jobs that start after the current month."""
    upcoming = [job for job in jobs if (_earliest(job.start) or now) > now]
    if not upcoming:
        return []
    return [
        finding(
            "future_start",
            "medium",
            f"{len(upcoming)} of {len(jobs)} jobs start after this month: "
            f"{_names(upcoming)}.",
            "Correct the start date, or label an accepted offer as 'Starting <month>'.",
        )
    ]


def _ends_before_start(job: ExperienceEntry) -> bool:
    """Return True when a dated end is earlier than the start."""
    start, end = _earliest(job.start), _latest(job.end)
    return start is not None and end is not None and end < start


def _mixed_formats(experience_text: str) -> list:
    """More than one date style in the job header lines."""
    styles = date_styles(experience_text)
    if len(styles) < 2:
        return []
    listed = ", ".join(f"{style} ({count})" for style, count in styles.most_common())
    return [
        finding(
            "mixed_date_formats",
            "low",
            f"Job dates use {len(styles)} formats: {listed}.",
            "Write every date the same way, e.g. 'Jan 2020 – Mar 2022'.",
        )
    ]


def date_styles(experience_text: str) -> Counter[str]:
    """Count the date styles of the dated, non-bullet lines of a section.

    Args:
        experience_text: Text of the experience section.

    Returns:
        Style name ("'Month YYYY'", "'MM/YYYY'", "'YYYY-MM'", "'YYYY'") to count.
    """
    styles: Counter[str] = Counter()
    for line in experience_text.splitlines():
        if BULLET_MARK_RE.match(line):
            continue
        span = find_dates(line)
        if span is None:
            continue
        printed = _SINCE.sub("", line[span.begin : span.stop].strip())
        style = next((name for name, rx in DATE_STYLES if rx.match(printed)), None)
        if style:
            styles[style] += 1
    return styles


def _earliest(value: str | None) -> YearMonth | None:
    """Return the first month a "YYYY" or "YYYY-MM" value can mean, else None."""
    return _year_month(value, 1)


def _latest(value: str | None) -> YearMonth | None:
    """Return the last month a "YYYY" or "YYYY-MM" value can mean, else None."""
    return _year_month(value, 12)


def _year_month(value: str | None, default_month: int) -> YearMonth | None:
    """Parse "YYYY" or "YYYY-MM"; anything else (None, "present") gives None."""
    match = _YEAR_MONTH.match(value or "")
    if match is None:
        return None
    return int(match[1]), int(match[2] or default_month)


def _names(jobs: list[ExperienceEntry]) -> str:
    """Return up to three job labels, quoted."""
    labels = [
        " at ".join(part for part in (job.title, job.company) if part) or "untitled"
        for job in jobs
    ]
    shown = ", ".join(f"'{label}'" for label in labels[:MAX_NAMED_JOBS])
    extra = len(labels) - MAX_NAMED_JOBS
    return shown + (f" and {extra} more" if extra > 0 else "")
