"""Skill taxonomy and skill extraction from resumes and job descriptions."""

from talentsync_app.core.skills.extract import extract_skills
from talentsync_app.core.skills.taxonomy import Taxonomy, load_taxonomy

__all__ = ["Taxonomy", "extract_skills", "load_taxonomy"]
