"""Individual rule-based quality checks; each returns findings and passed labels."""

from __future__ import annotations

import re
from datetime import date

from talentsync_app.core.quality.verbs import ACTION_VERBS
from talentsync_app.core.types import ParsedResume, QualityFinding

CheckResult = tuple[list[QualityFinding], list[str]]

NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b")
FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|mine|myself)\b")
WORD_RE = re.compile(r"\w+")
MIN_WORDS, MAX_WORDS = 250, 1000
MAX_BULLET_WORDS = 35
MAX_PARAGRAPH_WORDS = 80
ACTION_VERB_TARGET = 0.6
QUANTIFIED_TARGET = 0.3


def _finding(code: str, severity: str, message: str, fix: str) -> QualityFinding:
    return QualityFinding(code=code, severity=severity, message=message, fix=fix)


def check_contact(parsed: ParsedResume) -> CheckResult:
    """Name, email, phone and LinkedIn must be in the resume text."""
    findings, passed = [], []
    required = (
        ("name", parsed.name, "high", "Put your full name on the first line."),
        ("email", parsed.email, "high", "Add a professional email address."),
        ("phone", parsed.phone, "medium", "Add a phone number with country code."),
    )
    for field, value, severity, fix in required:
        if value:
            passed.append(f"{field} found")
        else:
            message = f"No {field} was found in the resume text."
            findings.append(_finding(f"missing_{field}", severity, message, fix))
    if any(link.kind == "linkedin" for link in parsed.links):
        passed.append("LinkedIn profile linked")
    else:
        findings.append(
            _finding(
                "missing_linkedin",
                "low",
                "No LinkedIn profile link was found.",
                "Add your LinkedIn URL as text (not only as an icon link).",
            )
        )
    return findings, passed


def check_sections(parsed: ParsedResume) -> CheckResult:
    """Experience, education and skills under recognisable headings."""
    findings, passed = [], []
    expected = (
        ("experience", "high", "an 'Experience' heading"),
        ("education", "medium", "an 'Education' heading"),
        ("skills", "medium", "a 'Skills' heading listing your key skills"),
        ("summary", "low", "a two- or three-line 'Summary' at the top"),
    )
    for key, severity, fix_text in expected:
        if key in parsed.sections:
            passed.append(f"{key} section found")
        else:
            findings.append(
                _finding(
                    f"missing_{key}_section",
                    severity,
                    f"No {key} section was recognised.",
                    f"Add {fix_text}; applicant tracking systems look for it.",
                )
            )
    return findings, passed


def check_dates(parsed: ParsedResume, today: date | None = None) -> CheckResult:
    """Every job dated, ends after it starts, and none starts in the future."""
    if not parsed.experience:
        return [], []
    this_month = (today or date.today()).strftime("%Y-%m")
    undated = [job for job in parsed.experience if not job.start]
    reversed_ = [
        job
        for job in parsed.experience
        if job.start and job.end and job.end != "present" and job.end < job.start
    ]
    future = [job for job in parsed.experience if job.start and job.start > this_month]
    findings = []
    if undated:
        findings.append(
            _finding(
                "undated_jobs",
                "medium",
                f"{len(undated)} of {len(parsed.experience)} jobs have no dates.",
                "Give every job a start and end as 'Mon YYYY – Mon YYYY' or 'Present'.",
            )
        )
    if reversed_:
        findings.append(
            _finding(
                "end_before_start",
                "high",
                f"{len(reversed_)} job(s) end before they start.",
                "Check the order of the start and end dates.",
            )
        )
    if future:
        findings.append(
            _finding(
                "future_start",
                "medium",
                f"{len(future)} job(s) start after this month.",
                "Correct the start date or mark an accepted offer as upcoming.",
            )
        )
    return findings, [] if findings else ["job dates consistent"]


def _bullets(parsed: ParsedResume) -> list[str]:
    return [bullet for job in parsed.experience for bullet in job.bullets]


def _starts_with_action_verb(bullet: str) -> bool:
    words = WORD_RE.findall(bullet.lower())
    return bool(words) and words[0] in ACTION_VERBS


def check_bullets(parsed: ParsedResume) -> CheckResult:
    """Bullets open with action verbs, carry numbers and stay short."""
    bullets = _bullets(parsed)
    if not bullets:
        if not parsed.experience:
            return [], []
        return [
            _finding(
                "no_bullets",
                "medium",
                "Your jobs have no bullet points describing what you did.",
                "Add 3-5 bullets per job: action verb, what you did, the result.",
            )
        ], []
    findings, passed = [], []
    total = len(bullets)
    verbs = sum(_starts_with_action_verb(b) for b in bullets)
    numbers = sum(bool(NUMBER_RE.search(b)) for b in bullets)
    long_ones = sum(len(WORD_RE.findall(b)) > MAX_BULLET_WORDS for b in bullets)
    if verbs / total < ACTION_VERB_TARGET:
        findings.append(
            _finding(
                "weak_bullet_openings",
                "medium",
                f"{verbs} of {total} bullets start with an action verb.",
                "Start each bullet with a verb such as Led, Built, Reduced, Launched.",
            )
        )
    else:
        passed.append(f"{verbs} of {total} bullets start with an action verb")
    if numbers / total < QUANTIFIED_TARGET:
        findings.append(
            _finding(
                "few_numbers",
                "medium",
                f"Only {numbers} of {total} bullets contain a number.",
                "Quantify impact: percentages, money, time saved, users, team size.",
            )
        )
    else:
        passed.append(f"{numbers} of {total} bullets are quantified")
    if long_ones:
        findings.append(
            _finding(
                "long_bullets",
                "low",
                f"{long_ones} bullet(s) are longer than {MAX_BULLET_WORDS} words.",
                "Keep each bullet to one or two lines.",
            )
        )
    return findings, passed


def check_length(text: str, pages: int) -> CheckResult:
    """Word count and page count within what recruiters read."""
    words = len(WORD_RE.findall(text))
    if words < MIN_WORDS:
        return [
            _finding(
                "too_short",
                "medium",
                f"The resume has {words} words; most strong resumes have 300-1000.",
                "Describe your work and results in more detail.",
            )
        ], []
    if words > MAX_WORDS and pages > 2:
        return [
            _finding(
                "too_long",
                "medium",
                f"The resume has {words} words on {pages} pages.",
                "Keep the last 10-15 years and the most relevant work: 1-2 pages.",
            )
        ], []
    return [], [f"length fine ({words} words, {pages} page(s))"]


def check_style(parsed: ParsedResume, text: str) -> CheckResult:
    """No first-person pronouns in bullets and no wall-of-text paragraphs."""
    findings = []
    pronouns = sum(len(FIRST_PERSON_RE.findall(b)) for b in _bullets(parsed))
    if pronouns:
        findings.append(
            _finding(
                "first_person",
                "low",
                f"Bullets use first-person pronouns {pronouns} time(s).",
                "Drop 'I', 'my' and 'me': start with the verb instead.",
            )
        )
    long_paragraphs = [
        line
        for line in text.splitlines()
        if len(WORD_RE.findall(line)) > MAX_PARAGRAPH_WORDS
    ]
    if long_paragraphs:
        findings.append(
            _finding(
                "long_paragraphs",
                "low",
                f"{len(long_paragraphs)} paragraph(s) have more than "
                f"{MAX_PARAGRAPH_WORDS} words.",
                "Break long paragraphs into short bullets; scanners and people skim.",
            )
        )
    return findings, [] if findings else ["concise, impersonal style"]
