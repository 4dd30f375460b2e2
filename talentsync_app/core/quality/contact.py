"""Contact details: present, and written in the text an ATS reads."""

from __future__ import annotations

import re

from talentsync_app.core.quality.base import CheckResult, finding
from talentsync_app.core.types import ParsedResume

_NON_DIGIT = re.compile(r"\D")
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
# Shortest digit run that still identifies a phone number in the text.
_MIN_PHONE_DIGITS = 7


def check_contact(parsed: ParsedResume, text: str) -> CheckResult:
    """Check name, email, phone and LinkedIn, each in the body text.

    Only the extracted text is visible here, so a detail that the parser took
    from a link annotation (an icon linking to ``mailto:``) but that is not in
    the text is reported as a problem: applicant tracking systems read text.

    Args:
        parsed: The parsed resume.
        text: The resume text the parser read.

    Returns:
        Findings and passed labels.
    """
    findings, passed = [], []
    if parsed.name:
        passed.append("name at the top")
    else:
        findings.append(
            finding(
                "missing_name",
                "high",
                "No name was found at the top of the resume text.",
                "Put your full name alone on the first line, as plain text.",
            )
        )
    for check in (_email, _phone, _linkedin):
        found, label = check(parsed, text)
        findings.extend(found)
        passed.extend(label)
    return findings, passed


def _email(parsed: ParsedResume, text: str) -> CheckResult:
    """Email present and typed in the body."""
    if not parsed.email:
        return [
            finding(
                "missing_email",
                "high",
                "No email address was found in the resume.",
                "Add a professional email address under your name.",
            )
        ], []
    if parsed.email.casefold() not in text.casefold():
        return [
            finding(
                "email_not_in_text",
                "high",
                f"The email address {parsed.email} is only a link target, not "
                "text; applicant tracking systems will not see it.",
                f"Type {parsed.email} in the body under your name.",
            )
        ], []
    return [], ["email in the text"]


def _phone(parsed: ParsedResume, text: str) -> CheckResult:
    """Phone present and typed in the body."""
    if parsed.phone is None:
        return [
            finding(
                "missing_phone",
                "medium",
                "No phone number was found in the resume.",
                "Add a phone number with the country code, e.g. +44 20 7946 0958.",
            )
        ], []
    digits = _NON_DIGIT.sub("", parsed.phone.raw)
    if len(digits) >= _MIN_PHONE_DIGITS and digits not in _NON_DIGIT.sub("", text):
        return [
            finding(
                "phone_not_in_text",
                "medium",
                f"The phone number {parsed.phone.raw} is only a link target, not text.",
                f"Type {parsed.phone.raw} in the body under your name.",
            )
        ], []
    return [], ["phone in the text"]


def _linkedin(parsed: ParsedResume, text: str) -> CheckResult:
    """LinkedIn profile present and its address typed in the body."""
    urls = [link.url for link in parsed.links if link.kind == "linkedin"]
    if not urls:
        return [
            finding(
                "missing_linkedin",
                "low",
                "No LinkedIn profile address was found.",
                "Add your profile address, e.g. linkedin.com/in/your-name, as text.",
            )
        ], []
    bare = _URL_PREFIX.sub("", urls[0]).rstrip("/").casefold()
    if bare not in text.casefold():
        return [
            finding(
                "linkedin_not_in_text",
                "low",
                f"The LinkedIn profile {bare} is only behind an icon or link, "
                "not in the text.",
                f"Write {bare} in the contact line as plain text.",
            )
        ], []
    return [], ["LinkedIn address in the text"]
