"""Full offline analysis of one resume: extract, parse, skills, category, quality."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from talentsync_app.core.classify import predict_category
from talentsync_app.core.extract import (
    MAX_UPLOAD_BYTES,
    display_filename,
    expand_archive,
    extract_document,
)
from talentsync_app.core.parse import parse_resume
from talentsync_app.core.quality import assess_quality
from talentsync_app.core.skills import extract_skills
from talentsync_app.core.types import ExtractedDocument, InputRejected

logger = logging.getLogger(__name__)

NOT_A_RESUME_REASON = (
    "does not look like a resume: no contact details, no recognisable sections "
    "and no skills were found"
)
INTERNAL_ERROR_REASON = (
    "the file could not be analysed because of an internal error; it was not "
    "saved -- try again later or report the problem"
)
LLM_NOTE = (
    "Analysis is rule-based and runs offline. With a language model configured, "
    "TalentSync can add a written narrative and rewrite suggestions."
)


def analyze_document(doc: ExtractedDocument) -> dict[str, Any]:
    """Analyse already extracted text and return a JSON-ready result.

    Raises:
        InputRejected: When the text has no resume structure at all.

    """
    started = time.perf_counter()
    parsed = parse_resume(doc.text, doc.links)
    skills = extract_skills(doc.text)
    if _has_no_resume_structure(parsed, skills):
        raise InputRejected(doc.filename, NOT_A_RESUME_REASON)
    category = predict_category(doc.text)
    quality = assess_quality(parsed, doc.text, pages=doc.pages)
    result = _result_dict(doc, parsed, skills, category, quality)
    result["timing_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return result


def analyze_bytes(
    data: bytes, filename: str, *, max_bytes: int = MAX_UPLOAD_BYTES
) -> dict[str, Any]:
    """Extract and analyse one uploaded file.

    Raises:
        InputRejected: When the file cannot be read or is not a resume.

    """
    doc = extract_document(data, filename, max_bytes=max_bytes)
    return analyze_document(doc)


def analyze_upload(
    data: bytes, filename: str, *, max_bytes: int = MAX_UPLOAD_BYTES
) -> list[dict[str, Any]]:
    """Analyse a file or every resume inside a ZIP; errors become result rows.

    Members a ZIP had to leave out (unsafe paths, nested archives, other file
    types) get an error row each, so nothing disappears silently. The file name
    is cleaned for display first (no control or right-to-left override
    characters, at most 120 characters).
    """
    filename = display_filename(filename)
    try:
        contents = expand_archive(data, filename, max_bytes=max_bytes)
    except InputRejected as exc:
        return [error_result(exc.filename, str(exc))]
    rows = [
        analyze_or_error(body, name, max_bytes=max_bytes)
        for name, body in contents.members
    ]
    for note in contents.skipped:
        member = note.split(": ", 1)[0]
        rows.append(error_result(member, f"{filename}: skipped {note}"))
    return rows


def analyze_or_error(
    data: bytes, filename: str, *, max_bytes: int = MAX_UPLOAD_BYTES
) -> dict[str, Any]:
    """Like :func:`analyze_bytes` but returns an error row instead of raising.

    An unexpected failure (a bug) costs only this file: it is logged with its
    stack trace and the user gets a plain message, never the trace.
    """
    try:
        return analyze_bytes(data, filename, max_bytes=max_bytes)
    except InputRejected as exc:
        logger.info("rejected %s: %s", exc.filename, exc.reason)
        return error_result(filename, str(exc))
    except Exception:  # last line of defence for the rest of the batch
        logger.exception("analysis of %s failed unexpectedly", filename)
        return error_result(filename, f"{filename}: {INTERNAL_ERROR_REASON}")


def analyze_path(path: Path, *, max_bytes: int = MAX_UPLOAD_BYTES) -> list[dict]:
    """Analyse a file on disk (a ZIP yields one row per member)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [
            error_result(path.name, f"{path.name}: cannot be read ({exc.strerror})")
        ]
    return analyze_upload(data, path.name, max_bytes=max_bytes)


def error_result(filename: str, message: str) -> dict[str, Any]:
    """Build the row reported for a file that could not be analysed."""
    return {"file": filename, "error": message, "warnings": []}


def _has_no_resume_structure(parsed, skills) -> bool:
    has_contact = bool(parsed.email or parsed.phone or parsed.links)
    has_sections = len([k for k in parsed.sections if k != "other"]) >= 1
    return not has_contact and not has_sections and len(skills) < 3


def _result_dict(doc, parsed, skills, category, quality) -> dict[str, Any]:
    return {
        "file": doc.filename,
        "kind": doc.kind,
        "pages": doc.pages,
        "name": parsed.name,
        "email": parsed.email,
        "phone": asdict(parsed.phone) if parsed.phone else None,
        "links": [asdict(link) for link in parsed.links],
        "location": parsed.location,
        "summary": parsed.summary,
        "language": parsed.language,
        "skills": [skill.name for skill in skills],
        "skill_details": [asdict(skill) for skill in skills],
        "skills_listed": parsed.skills_listed,
        "category": {
            "label": category.label,
            "confidence": round(category.confidence, 4),
            "top": [[label, round(p, 4)] for label, p in category.top],
            "uncertain": category.uncertain,
            "reason": category.reason,
        },
        "experience": [asdict(entry) for entry in parsed.experience],
        "total_experience_years": parsed.total_experience_years,
        "education": [asdict(entry) for entry in parsed.education],
        "projects": parsed.projects,
        "certifications": parsed.certifications,
        "publications": parsed.publications,
        "achievements": parsed.achievements,
        "positions": parsed.positions,
        "languages": parsed.languages,
        "headings": parsed.headings,
        "quality": asdict(quality),
        "warnings": list(doc.warnings),
        "llm_note": LLM_NOTE,
        "error": None,
    }
