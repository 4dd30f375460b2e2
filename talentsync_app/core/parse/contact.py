"""Candidate contact details: email, phone number and location."""

from __future__ import annotations

import re

import phonenumbers

from talentsync_app.core.parse.links import URL_RE
from talentsync_app.core.parse.places import LANGUAGE_REGIONS, city_region, region_of
from talentsync_app.core.types import Phone

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
_SEGMENTS = re.compile(r"\s*(?:[|•·—–]|\s-\s|;|\t|\s{3,})\s*")
_YEARISH = re.compile(
    r"(?<!\d)(?:19|20)\d\d\s*(?:[-–—/.]|to)\s*(?:(?:19|20)\d\d|\d\d?)(?!\d)"
    r"|(?<!\d)\d\d?\s*[/.]\s*(?:19|20)\d\d(?!\d)"
)
_ZIP = re.compile(
    r"(?<![\d+])\d{5}(?=\s+[^\W\d])|(?<=\b[A-Z]{2} )\d{5}(?:-\d{4})?(?!\d)"
)
_LABEL = re.compile(
    r"^(?:location|address|adresse|dirección|direccion|ort|wohnort|ubicación|"
    r"адрес|город|地址|所在地|住址)\s*[:：]\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")
_MAX_EMAIL_CHARS = 254
_MAX_LOCAL_CHARS = 64
_MIN_DIGITS = 7
_PHONE_LIKE = re.compile(r"\+?\(?\d[\d\s().-]{6,}\d")
# Seven digits with at most a few separators between them: a phone candidate.
_DIGIT_RUN = re.compile(r"\d(?:[\s().+/-]{0,3}\d){6}")
# A printed number: optional "+", then digits and separators, at most 30 chars.
_CANDIDATE = re.compile(r"\+?\(?\d(?:[\s().\-/]{0,3}\d){6,17}\)?")
# Digit runs read before giving up; a resume's own number comes early.
_MAX_CANDIDATES = 40


def find_email(lines: list[str]) -> str | None:
    """Return the first email address in the lines, lower-cased.

    Args:
        lines: Lines to search, contact block first.

    Returns:
        The address, or None. Longer than SMTP allows is not an address.

    """
    for line in lines:
        for match in EMAIL_RE.finditer(line):
            if _deliverable_length(match.group()):
                return match.group().lower()
    return None


def _deliverable_length(address: str) -> bool:
    """Apply the SMTP limits: 64 characters before the "@", 254 in all."""
    return len(address) <= _MAX_EMAIL_CHARS and address.index("@") <= _MAX_LOCAL_CHARS


def _mask(line: str) -> str:
    """Blank out emails, URLs, dates and zip codes so they never read as phones."""
    for pattern in (EMAIL_RE, URL_RE, _YEARISH, _ZIP):
        line = pattern.sub(lambda m: " " * len(m.group()), line)
    return line


def find_phone(lines: list[str], region: str) -> Phone | None:
    """Return the first phone number in the lines.

    Each line is cut into contact segments, masked (dates, years, zip codes,
    emails, URLs) and read with ``phonenumbers.PhoneNumberMatcher`` at POSSIBLE
    leniency, because template numbers like 123-456-7890 are not "valid".

    Args:
        lines: Lines to search, contact block first.
        region: Default ISO region for numbers printed without "+country".

    Returns:
        The number as printed and in E.164 form, or None.

    """
    budget = _MAX_CANDIDATES
    for line in lines:
        if not _DIGIT_RUN.search(line):
            continue
        for segment in _SEGMENTS.split(_mask(line)):
            for candidate in _CANDIDATE.finditer(segment):
                phone = _phone_in(candidate.group(), region)
                budget -= 1
                if phone or budget == 0:
                    return phone
    return None


def _phone_in(candidate: str, region: str) -> Phone | None:
    """Return the first plausible phone number in one digit run."""
    matcher = phonenumbers.PhoneNumberMatcher(
        candidate, region, leniency=phonenumbers.Leniency.POSSIBLE
    )
    for match in matcher:
        raw = match.raw_string.strip()
        if sum(ch.isdigit() for ch in raw) < _MIN_DIGITS:
            continue
        e164 = phonenumbers.format_number(
            match.number, phonenumbers.PhoneNumberFormat.E164
        )
        return Phone(raw=raw, e164=e164)
    return None


def find_location(lines: list[str]) -> str | None:
    """Return the first "City, Region[, Country]" found in the lines.

    Args:
        lines: Lines to search, contact block first.

    Returns:
        The location as printed, e.g. "NYC, NY" or "Berlin, Germany", or None.

    """
    for line in lines:
        for segment in _SEGMENTS.split(_strip_contacts(line)):
            location = _location_in(_LABEL.sub("", segment.strip()))
            if location:
                return location
    return None


def _strip_contacts(line: str) -> str:
    """Remove emails and URLs and phone-like digit runs from a line."""
    line = EMAIL_RE.sub("   ", line)
    line = URL_RE.sub("   ", line)
    return _PHONE_LIKE.sub("   ", line)


def _location_in(segment: str) -> str | None:
    """Find "City, Region" inside one segment of a contact line."""
    parts = [p.strip() for p in segment.replace("，", ",").split(",")]
    for index in range(1, len(parts)):
        if not region_of(parts[index]):
            continue
        city = _trailing_place_words(parts[index - 1])
        if not city:
            continue
        found = [city, parts[index]]
        if index + 1 < len(parts) and region_of(parts[index + 1]):
            found.append(parts[index + 1])
        return ", ".join(found)
    if len(parts) == 1 and city_region(parts[0]):
        return parts[0]
    return None


def _trailing_place_words(text: str) -> str | None:
    """Return up to three capitalised words ending ``text`` (a city name)."""
    words: list[str] = []
    for word in reversed(text.split()):
        if not _WORD.match(word) or word.endswith(":") or word[0].islower():
            break
        words.insert(0, word)
        if len(words) == 3:
            break
    return " ".join(words) if words else None


def phone_region(location: str | None, language: str) -> str:
    """Pick the default phone region from the location, then the language.

    Args:
        location: The location found in the contact block, if any.
        language: Detected resume language code.

    Returns:
        An ISO 3166 region code; "US" when nothing else is known.

    """
    if location:
        parts = [p.strip() for p in location.split(",")]
        city = city_region(parts[0])
        if city and len(parts[-1]) == 2:
            return city
        for part in reversed(parts):
            region = region_of(part) or city_region(part)
            if region:
                return region
    return LANGUAGE_REGIONS.get(language, "US")
