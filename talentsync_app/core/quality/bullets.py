"""Bullet impact: action-verb openings, numbers, and length."""

from __future__ import annotations

import re

from talentsync_app.core.quality.base import (
    CheckResult,
    all_bullets,
    finding,
    plural,
    words,
)
from talentsync_app.core.quality.verbs import ACTION_VERBS
from talentsync_app.core.types import ParsedResume

# A bullet shows impact when it holds a figure: digits or a spelled number.
NUMBER_RE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|double|"
    r"doubled|triple|tripled|half)\b",
    re.IGNORECASE,
)
ACTION_VERB_TARGET = 0.6  # share of bullets that should open with a strong verb
QUANTIFIED_TARGET = 0.3  # share of bullets that should carry a number
MAX_BULLET_WORDS = 35
_PREFIXES = ("re", "co", "pre")


def check_bullets(parsed: ParsedResume) -> CheckResult:
    """Check that job bullets open with action verbs, carry numbers, stay short.

    Args:
        parsed: The parsed resume.

    Returns:
        Findings and passed labels (nothing when there are no jobs).
    """
    bullets = all_bullets(parsed)
    if not bullets:
        return _no_bullets(parsed), []
    total = len(bullets)
    verbs = sum(starts_with_action_verb(b) for b in bullets)
    numbers = sum(bool(NUMBER_RE.search(b)) for b in bullets)
    long_ones = [b for b in bullets if len(words(b)) > MAX_BULLET_WORDS]

    findings, passed = [], []
    verb_text = f"{verbs} of {total} bullets start with an action verb"
    if verbs / total < ACTION_VERB_TARGET:
        findings.append(
            finding(
                "weak_bullet_openings",
                "medium",
                f"{verb_text}; aim for at least {ACTION_VERB_TARGET:.0%}.",
                "Open each bullet with a strong verb (Led, Built, Reduced, "
                "Launched) instead of 'Responsible for' or 'Worked on'.",
            )
        )
    else:
        passed.append(verb_text)
    number_text = f"{numbers} of {total} bullets contain a number"
    if numbers / total < QUANTIFIED_TARGET:
        findings.append(
            finding(
                "few_numbers",
                "medium",
                f"Only {number_text}; aim for at least {QUANTIFIED_TARGET:.0%}.",
                "Quantify results: percentages, money, time saved, users, team size.",
            )
        )
    else:
        passed.append(number_text)
    if long_ones:
        findings.append(_long_bullets(long_ones, total))
    else:
        passed.append(f"all {plural(total, 'bullet')} under {MAX_BULLET_WORDS} words")
    return findings, passed


def starts_with_action_verb(bullet: str) -> bool:
    """Return True when the first word is a strong verb in any common form.

    Accepts the base, past, third-person ("leads") and -ing forms, prefixed
    spellings such as "re-architected" or "co-founded", and one leading adverb
    ("Successfully delivered").
    """
    tokens = words(bullet.lower())
    if len(tokens) > 1 and tokens[0].endswith("ly") and tokens[0] not in ACTION_VERBS:
        tokens = tokens[1:]
    if not tokens:
        return False
    first = tokens[0]
    candidates = {first, first.replace("-", "")}
    for prefix in _PREFIXES:
        if first.startswith(prefix + "-"):
            candidates.add(first[len(prefix) + 1 :])
    return any(form in ACTION_VERBS for c in candidates for form in _base_forms(c))


def _base_forms(word: str) -> set[str]:
    """Return the word and its likely base forms (leads, leading -> lead)."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("ing"):
        stem = word[:-3]
        forms.update({stem, stem + "e"})
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.add(stem[:-1])  # running -> run
    return forms


def _no_bullets(parsed: ParsedResume) -> list:
    """A finding when jobs exist but none has bullets."""
    if not parsed.experience:
        return []
    return [
        finding(
            "no_bullets",
            "medium",
            f"None of your {plural(len(parsed.experience), 'job')} has bullet "
            "points describing what you did.",
            "Add 3-5 bullets per job: an action verb, what you did, the result.",
        )
    ]


def _long_bullets(long_ones: list[str], total: int):
    """A finding quoting how many bullets are too long."""
    longest = max(len(words(b)) for b in long_ones)
    return finding(
        "long_bullets",
        "low",
        f"{len(long_ones)} of {total} bullets are longer than {MAX_BULLET_WORDS} "
        f"words (longest: {longest}).",
        "Keep each bullet to one or two lines; split or trim the long ones.",
    )
