"""Resume parsing: contact details, sections, jobs, degrees and lists from text."""

from talentsync_app.core.parse.resume import parse_resume

__all__ = ["parse_resume"]
