"""Resume language detection from writing system and common function words."""

from __future__ import annotations

import re

# Scripts that name one language outright (ranges of Unicode blocks).
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ja", r"[\u3040-\u30ff]"),
    ("ko", r"[\uac00-\ud7af]"),
    ("zh", r"[\u4e00-\u9fff]"),
    ("ar", r"[\u0600-\u06ff]"),
    ("he", r"[\u0590-\u05ff]"),
    ("el", r"[\u0370-\u03ff]"),
    ("hi", r"[\u0900-\u097f]"),
    ("th", r"[\u0e00-\u0e7f]"),
)
_SCRIPT_RES = [(code, re.compile(pattern)) for code, pattern in _SCRIPTS]
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_LETTER = re.compile(r"[^\W\d_]")

# Frequent function words per Latin-script language; words shared by several
# languages (e.g. "de", "a") are left out so they do not tip the balance.
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the and of to in for with on is are was were by as at an from "
        "this that be have has i my our we you",
        "es": "el la los las y del en con por para que un una es como su sus "
        "al desde sobre más también experiencia",
        "de": "der die das und ist mit für von zu im den dem des ein eine auf "
        "bei als auch nicht sich wir ich",
        "fr": "le la les et des du en avec pour sur une est dans au aux par "
        "qui que ce cette",
        "pt": "o os as e do da dos das em com para por um uma é não na no",
        "it": "il lo gli le e del della dei delle con per che una un è nel alla sono",
        "nl": "de het een en van in met voor op is zijn bij als ook",
    }.items()
}
_MIN_SHARE = 0.15
_MIN_HITS = 3


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the resume's main language.

    Non-Latin scripts decide first (a share of at least 15% of letters);
    Latin-script text is scored by how many of its words are function words
    of each language; English wins ties and texts with fewer than three
    function words of any other language.

    Args:
        text: Resume text.

    Returns:
        A two-letter language code such as "en", "es", "de", "ru" or "zh".

    """
    letters = len(_LETTER.findall(text)) or 1
    for code, pattern in _SCRIPT_RES:
        if len(pattern.findall(text)) / letters >= _MIN_SHARE:
            return code
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic / letters >= _MIN_SHARE:
        return "uk" if len(_UKRAINIAN_LETTERS.findall(text)) > 3 else "ru"
    return _latin_language(text)


def _latin_language(text: str) -> str:
    """Score Latin-script text against each language's function words."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    scores = {
        code: sum(word in stopwords for word in words)
        for code, stopwords in _STOPWORDS.items()
    }
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < _MIN_HITS or scores[best] <= scores["en"]:
        return "en"
    return best
