"""Date and date-range recognition for resume entries, and total-years arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

PRESENT = "present"

# Month words per month number: English, Spanish, German, French, Russian
# (Russian in the nominative, genitive and prepositional forms).
_MONTH_WORDS = (
    "january jan enero ene januar jänner jän janvier janv январь января январе янв",
    "february feb febrero februar février févr fév fevrier феврал февраль февраля фев",
    "march mar marzo märz mär mrz mars март марта марте",
    "april apr abril abr avril avr апрель апреля апреле апр",
    "may mayo mai май мая мае",
    "june jun junio juni juin июнь июня июне июн",
    "july jul julio juli juillet juil июль июля июле июл",
    "august aug agosto ago août aout август августа августе авг",
    "september sept sep septiembre setiembre set septembre сентябрь сентября сен сент",
    "october oct octubre oktober okt octobre октябрь октября октябре окт",
    "november nov noviembre novembre ноябрь ноября ноябре ноя",
    "december dec diciembre dic dezember dez décembre déc декабрь декабря декабре дек",
)
_MONTHS: dict[str, int] = {
    word: number
    for number, words in enumerate(_MONTH_WORDS, start=1)
    for word in words.split()
}
# Seasons map to (first month, last month) of the same year.
_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
    "winter": (1, 3), "sommer": (6, 8), "verano": (6, 8), "été": (6, 8),
    "лето": (6, 8),
}  # fmt: skip

_MONTH_WORD = (
    "(?P<mon>(?:"
    + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
    + r")\.?)"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter|sommer|verano|été|лето)"
_PRESENT_WORDS = (
    r"(?P<present>present|current(?:ly)?|now|today|ongoing|till date|to date|"
    r"(?:bis )?heute|aktuell|actualidad|presente|actual|la fecha|hoy|"
    r"aujourd'hui|ce jour|(?:по )?настоящее время|н\.\s?в\.|сейчас|至今|现在|今)"
)
_ONE_DATE = (
    rf"(?:{_MONTH_WORD}\s*(?:,|\s+de)?\s*'?(?P<y1>{_YEAR})"
    rf"|(?P<m2>0?[1-9]|1[0-2])\s*[/.]\s*(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})\s*(?:[/.\-]|年)\s*(?P<m3>0?[1-9]|1[0-2])(?!\d)\s*月?"
    rf"|{_SEASON}\s+(?P<y4>{_YEAR})"
    rf"|(?P<y5>{_YEAR})(?:\s*年)?)"
)
_SEP = r"\s*(?:[-–—~―‒]+|to|until|till|bis|hasta|au|à|по|至|a)\s*"
_SINCE = r"(?:since|seit|desde|depuis|с|自)\s+"

_DATE_RE = re.compile(rf"(?<![\w/.]){_ONE_DATE}(?![\w/])", re.IGNORECASE)
_SEP_RE = re.compile(_SEP, re.IGNORECASE)
_PRESENT_RE = re.compile(rf"\s*{_PRESENT_WORDS}(?!\w)", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?:19[5-9]|20\d)\d")
_SINCE_RE = re.compile(rf"{_SINCE}$", re.IGNORECASE)


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in a line.

    Attributes:
        start: "YYYY-MM" or "YYYY".
        end: "YYYY-MM", "YYYY", "present" or None for a single date.
        begin: Index of the first character of the match in the line.
        stop: Index after the last character of the match.

    """

    start: str
    end: str | None
    begin: int
    stop: int


def _month_number(word: str) -> int | None:
    """Return the month number for a month word in any supported language."""
    return _MONTHS.get(word.casefold().rstrip("."))


def _parse_one(match: re.Match[str]) -> tuple[str, str | None]:
    """Turn one date match into (start, end-of-season-or-None)."""
    groups = match.groupdict()
    if groups["y1"]:
        month = _month_number(groups["mon"])
        return (f"{groups['y1']}-{month:02d}" if month else groups["y1"]), None
    if groups["y2"]:
        return f"{groups['y2']}-{int(groups['m2']):02d}", None
    if groups["y3"]:
        return f"{groups['y3']}-{int(groups['m3']):02d}", None
    if groups["y4"]:
        first, last = _SEASONS[groups["season"].casefold()]
        year = groups["y4"]
        return f"{year}-{first:02d}", f"{year}-{last:02d}"
    return groups["y5"], None


@lru_cache(maxsize=4096)
def find_dates(line: str) -> DateSpan | None:
    """Find the first date range (or single date) in a line.

    Recognises "May 2023 - Present", "05/2021 – 08/2022", "2019-2021",
    "Jan. 2020 to Dec 2021", "Summer 2022", "Since 2018" and the like in
    English, Spanish, German, French, Russian and Chinese.

    Args:
        line: One line of resume text.

    Returns:
        The first span found, or None.

    """
    match = _DATE_RE.search(line) if _HAS_YEAR.search(line) else None
    if match is None:
        return None
    start, season_end = _parse_one(match)
    since = _SINCE_RE.search(line[: match.start()])
    begin = since.start() if since else match.start()
    ranged = _range_end(line, match.end())
    if ranged:
        return DateSpan(start, ranged[0], begin, ranged[1])
    if since:
        return DateSpan(start, PRESENT, begin, match.end())
    return DateSpan(start, season_end, match.start(), match.end())


def _range_end(line: str, pos: int) -> tuple[str, int] | None:
    """Read what follows a first date: "- <date>", "- present" or an open "–".

    Returns:
        The end value and the index after it, or None when no range follows.

    """
    sep = _SEP_RE.match(line, pos)
    if not sep or sep.end() == pos:
        return None
    second = _DATE_RE.match(line, sep.end())
    if second:
        end, season_end = _parse_one(second)
        return season_end or end, second.end()
    present = _PRESENT_RE.match(line, sep.end())
    if present:
        return PRESENT, present.end()
    if not line[sep.end() :].strip():
        return PRESENT, sep.end()
    return None


def _month_index(value: str, *, is_end: bool, today: date) -> int:
    """Return months since year 0 for a start or end value (end is exclusive)."""
    if value == PRESENT:
        return today.year * 12 + today.month
    year, _, month = value.partition("-")
    if month:
        return int(year) * 12 + int(month) - 1 + (1 if is_end else 0)
    return int(year) * 12


def total_years(
    spans: list[tuple[str | None, str | None]], today: date | None = None
) -> float:
    """Return the years covered by the union of date intervals.

    Overlapping jobs are counted once. A year-only start begins in January and a
    year-only end stops at the start of that year ("2019 - 2021" is two years);
    a single year on its own counts as one year; "present" means ``today``.

    Args:
        spans: (start, end) pairs as produced by :func:`find_dates`.
        today: The date "present" stands for; defaults to the current date.

    Returns:
        Total years rounded to one decimal.

    """
    today = today or date.today()
    intervals = []
    for start, end in spans:
        if not start:
            continue
        begin = _month_index(start, is_end=False, today=today)
        stop = _month_index(end or start, is_end=True, today=today)
        if stop <= begin:
            stop = begin + (12 if "-" not in (end or start) else 1)
        intervals.append((begin, stop))
    months = 0
    cursor = -1
    for begin, stop in sorted(intervals):
        begin = max(begin, cursor)
        if stop > begin:
            months += stop - begin
            cursor = stop
    return round(months / 12, 1)
