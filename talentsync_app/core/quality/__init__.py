"""Rule-based resume quality report: ATS readability and bullet impact, no LLM.

Score: start at 100 and subtract 15 per high, 8 per medium and 3 per low
finding, never below 0. Findings come sorted high to low: that order is the
list of recommendations.
"""

from __future__ import annotations

from talentsync_app.core.quality.checks import (
    check_bullets,
    check_contact,
    check_dates,
    check_length,
    check_sections,
    check_style,
)
from talentsync_app.core.types import ParsedResume, QualityReport

SEVERITY_PENALTY = {"high": 15, "medium": 8, "low": 3}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

__all__ = ["SEVERITY_PENALTY", "assess_quality"]


def assess_quality(parsed: ParsedResume, text: str, *, pages: int = 1) -> QualityReport:
    """Check a parsed resume and return its score, findings and passed checks."""
    findings, passed = [], []
    for found, ok in (
        check_contact(parsed),
        check_sections(parsed),
        check_dates(parsed),
        check_bullets(parsed),
        check_length(text, pages),
        check_style(parsed, text),
    ):
        findings.extend(found)
        passed.extend(ok)
    findings.sort(key=lambda finding: SEVERITY_ORDER[finding.severity])
    penalty = sum(SEVERITY_PENALTY[finding.severity] for finding in findings)
    return QualityReport(score=max(0, 100 - penalty), findings=findings, passed=passed)
