"""Plain data types shared by extraction, parsing, skills, classification and quality.

Every type converts to JSON-ready dicts with ``dataclasses.asdict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class InputRejected(Exception):
    """A file that cannot be analysed; the message names the file and the reason."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason


@dataclass
class ExtractedDocument:
    """Clean text of one document in reading order.

    Attributes:
        filename: The name the user gave the file.
        kind: Detected content type: "pdf", "docx" or "text".
        text: Cleaned text, one logical line per line, in reading order.
        links: Link targets found in the document (PDF annotations, DOCX hyperlinks).
        pages: Page count (1 for non-paged formats).
        warnings: Non-fatal problems worth telling the user.
    """

    filename: str
    kind: str
    text: str
    links: list[str] = field(default_factory=list)
    pages: int = 1
    warnings: list[str] = field(default_factory=list)


@dataclass
class Phone:
    """A phone number as printed and in E.164 form (None when not parseable)."""

    raw: str
    e164: str | None = None


@dataclass
class Link:
    """A link with its kind: "linkedin", "github", "portfolio" or "other"."""

    kind: str
    url: str


@dataclass
class ExperienceEntry:
    """One job: dates are "YYYY-MM", "YYYY" or "present"; None when not given."""

    title: str | None = None
    company: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    bullets: list[str] = field(default_factory=list)


@dataclass
class EducationEntry:
    """One degree or course of study."""

    degree: str | None = None
    institution: str | None = None
    year: str | None = None
    gpa: str | None = None
    details: list[str] = field(default_factory=list)


@dataclass
class ParsedResume:
    """Structured fields read from resume text.

    ``sections`` maps each canonical section name (summary, experience, education,
    skills, projects, certifications, publications, achievements, positions,
    languages, other) to the raw text found under it.
    """

    name: str | None = None
    email: str | None = None
    phone: Phone | None = None
    links: list[Link] = field(default_factory=list)
    location: str | None = None
    summary: str | None = None
    experience: list[ExperienceEntry] = field(default_factory=list)
    total_experience_years: float = 0.0
    education: list[EducationEntry] = field(default_factory=list)
    skills_listed: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    publications: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)
    language: str = "en"


@dataclass
class SkillMatch:
    """A canonical skill found in a text, with how often and where.

    Attributes:
        name: Canonical skill name.
        kind: "hard", "soft", "tool" or "language".
        categories: Job categories the skill is typical of.
        count: Number of whole-word occurrences (any alias).
        evidence: Short snippets around the first few occurrences.
        learned: True when a learned span tagger found it outside the taxonomy.
    """

    name: str
    kind: str
    categories: list[str] = field(default_factory=list)
    count: int = 0
    evidence: list[str] = field(default_factory=list)
    learned: bool = False


@dataclass
class CategoryPrediction:
    """Predicted job category with calibrated confidence.

    Attributes:
        label: Best label, or "uncertain" when confidence is under the threshold.
        confidence: Probability of the best label (0-1).
        top: Best three labels with probabilities, best first.
        uncertain: True when the model should not be trusted for this text.
        reason: Why the prediction is uncertain, if it is.
    """

    label: str
    confidence: float
    top: list[tuple[str, float]] = field(default_factory=list)
    uncertain: bool = False
    reason: str | None = None


@dataclass
class QualityFinding:
    """One quality check result: severity is "high", "medium" or "low"."""

    code: str
    severity: str
    message: str
    fix: str


@dataclass
class QualityReport:
    """Rule-based quality assessment with a 0-100 score and prioritised findings."""

    score: int
    findings: list[QualityFinding] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
