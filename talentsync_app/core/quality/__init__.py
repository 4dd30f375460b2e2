"""Rule-based resume quality report (ATS readability and bullet impact), no LLM.

Scoring is transparent: start at 100 and subtract a fixed penalty per finding,
15 for high, 8 for medium and 3 for low severity, never going below 0. A resume
with no findings scores 100; one high and two low findings give 100 - 15 - 6 = 79.
Findings are sorted high to medium to low (stable within a severity), so the list
doubles as the prioritised recommendations.
"""

from __future__ import annotations

from talentsync_app.core.quality.bullets import check_bullets
from talentsync_app.core.quality.contact import check_contact
from talentsync_app.core.quality.dates import check_dates
from talentsync_app.core.quality.sections import check_sections
from talentsync_app.core.quality.text import check_length, check_style
from talentsync_app.core.types import ParsedResume, QualityReport

SEVERITY_PENALTY = {"high": 15, "medium": 8, "low": 3}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

__all__ = ["SEVERITY_PENALTY", "assess_quality", "score_findings"]


def assess_quality(parsed: ParsedResume, text: str, *, pages: int = 1) -> QualityReport:
    """Check a parsed resume and return its score, findings and passed checks.

    Args:
        parsed: Fields parsed from ``text``.
        text: The resume text as extracted (what an ATS reads).
        pages: Page count of the document.

    Returns:
        The score (0-100), findings sorted by severity and passed-check labels.
    """
    findings, passed = [], []
    for found, ok in (
        check_contact(parsed, text),
        check_sections(parsed),
        check_dates(parsed),
        check_bullets(parsed),
        check_length(text, pages),
        check_style(text),
    ):
        findings.extend(found)
        passed.extend(ok)
    findings.sort(key=lambda item: SEVERITY_ORDER[item.severity])
    return QualityReport(
        score=score_findings(findings), findings=findings, passed=passed
    )


def score_findings(findings: list) -> int:
    """Return 100 minus the severity penalties of the findings, floored at 0."""
    return max(0, 100 - sum(SEVERITY_PENALTY[f.severity] for f in findings))
