"""Turn taxonomy matches in a text into counted ``SkillMatch`` results with evidence."""

from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache

from talentsync_app.core.skills.matcher import SkillIndex, Span
from talentsync_app.core.skills.taxonomy import Taxonomy, load_taxonomy, normalize_text
from talentsync_app.core.types import SkillMatch

logger = logging.getLogger(__name__)

MAX_EVIDENCE = 3
EVIDENCE_CONTEXT = 25  # characters kept on each side of an occurrence


@lru_cache(maxsize=4)
def skill_index(taxonomy: Taxonomy) -> SkillIndex:
    """Return the lookup index of a taxonomy, built once per taxonomy object."""
    return SkillIndex(taxonomy)


def snippet(text: str, start: int, end: int, context: int = EVIDENCE_CONTEXT) -> str:
    """Return a short one-line excerpt of text around [start, end).

    Args:
        text: The text the offsets refer to.
        start: Start offset of the occurrence.
        end: End offset of the occurrence.
        context: Characters to keep on each side.

    Returns:
        The excerpt with whitespace collapsed and "..." where text was cut.

    """
    left = max(0, start - context)
    right = min(len(text), end + context)
    while 0 < left < start and not text[left - 1].isspace():
        left += 1  # never show half a word
    while end < right < len(text) and not text[right].isspace():
        right -= 1
    body = " ".join(text[left:right].split())
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(text) else ""
    return f"{prefix}{body}{suffix}"


def collect(
    spans: list[Span], text: str, taxonomy: Taxonomy, learned_kind: str = "hard"
) -> list[SkillMatch]:
    """Group occurrences by skill into sorted SkillMatch records.

    Args:
        spans: Occurrences; names not in the taxonomy are learned skills.
        text: Text the span offsets point into (used for evidence).
        taxonomy: Taxonomy giving kinds and categories.
        learned_kind: Kind given to skills that are not in the taxonomy.

    Returns:
        Matches sorted by count (descending) then name.

    """
    matches: dict[str, SkillMatch] = {}
    for span in spans:
        match = matches.get(span.name)
        if match is None:
            known = span.name in taxonomy
            match = SkillMatch(
                name=span.name,
                kind=taxonomy.kind(span.name) if known else learned_kind,
                categories=taxonomy.categories(span.name) if known else [],
                learned=not known,
            )
            matches[span.name] = match
        match.count += 1
        if len(match.evidence) < MAX_EVIDENCE:
            match.evidence.append(snippet(text, span.start, span.end))
    return sorted(matches.values(), key=lambda m: (-m.count, m.name.lower()))


def extract_skills(
    text: str, *, taxonomy: Taxonomy | None = None, learned: bool = False
) -> list[SkillMatch]:
    """Find the skills named in a text.

    Args:
        text: Resume or job-description text.
        taxonomy: Taxonomy to use; the shipped one when None.
        learned: Also add skills the learned span tagger finds outside the
            taxonomy (kind "hard", ``learned=True``). Off by default because the
            tagger was trained on job postings, not resumes.

    Returns:
        One SkillMatch per canonical skill, sorted by count descending then name.

    """
    taxonomy = taxonomy or load_taxonomy()
    shown = unicodedata.normalize("NFKC", text)
    work = normalize_text(shown)  # same length as shown: dashes become spaces
    spans = skill_index(taxonomy).find(work)
    if learned:
        from talentsync_app.core.skills.tagger import learned_spans

        spans = sorted(spans + learned_spans(work, spans), key=lambda s: s.start)
    return collect(spans, shown, taxonomy)
