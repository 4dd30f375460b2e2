"""Standard sections under headings an applicant tracking system recognises."""

from __future__ import annotations

from talentsync_app.core.quality.base import CheckResult, finding
from talentsync_app.core.types import ParsedResume

# (section, severity when missing, heading to suggest)
EXPECTED_SECTIONS = (
    ("experience", "high", "Experience"),
    ("education", "medium", "Education"),
    ("skills", "medium", "Skills"),
)


def check_sections(parsed: ParsedResume) -> CheckResult:
    """Check experience, education, skills and summary sections.

    A section counts when the parser found it under a heading it recognises
    (e.g. "Work Experience", "Education", "Technical Skills").

    Args:
        parsed: The parsed resume.

    Returns:
        Findings and passed labels.
    """
    findings, passed = [], []
    for key, severity, heading in EXPECTED_SECTIONS:
        if key in parsed.sections:
            passed.append(f"{key} section under a standard heading")
            continue
        findings.append(
            finding(
                f"missing_{key}_section",
                severity,
                f"No {key} section was found under a standard heading "
                f"(headings found: {_heading_list(parsed)}).",
                f"Add a section headed '{heading}'; applicant tracking systems "
                "look for that word.",
            )
        )
    found, label = _summary(parsed)
    return findings + found, passed + label


def _summary(parsed: ParsedResume) -> CheckResult:
    """A summary under a heading, or at least a summary line under the name."""
    if "summary" in parsed.sections:
        return [], ["summary section under a standard heading"]
    if parsed.summary:
        return [], ["summary line under the name"]
    return [
        finding(
            "missing_summary_section",
            "low",
            "There is no summary at the top of the resume.",
            "Add a 'Summary' of two or three lines: your role, years of "
            "experience and strongest skills.",
        )
    ], []


def _heading_list(parsed: ParsedResume) -> str:
    """Return the recognised headings as a quoted list, or "none"."""
    if not parsed.headings:
        return "none"
    return ", ".join(f"'{heading}'" for heading in parsed.headings)
