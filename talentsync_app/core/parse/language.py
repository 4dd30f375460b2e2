"""Resume language detection from writing system and common function words."""

from __future__ import annotations

import re

# Scripts that name one language outright: (language, first, last code point).
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("ru", 0x0400, 0x04FF),
    ("ja", 0x3040, 0x30FF),
    ("ko", 0xAC00, 0xD7AF),
    ("zh", 0x4E00, 0x9FFF),
    ("ar", 0x0600, 0x06FF),
    ("he", 0x0590, 0x05FF),
    ("el", 0x0370, 0x03FF),
    ("hi", 0x0900, 0x097F),
    ("th", 0x0E00, 0x0E7F),
)
_NON_LATIN = re.compile(r"[^\u0000-\u036f]")
_WORDS = re.compile(r"[^\W\d_]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
# Frequent function words per Latin-script language; a word shared by several
# languages (e.g. "la") counts for each of them.
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
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {
    word: tuple(code for code, words in _STOPWORDS.items() if word in words)
    for word in frozenset().union(*_STOPWORDS.values())
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
    letters = len(_NOT_LETTER.sub("", text)) or 1
    script = _main_script(_NON_LATIN.findall(text))
    if script and script[1] / letters >= _MIN_SHARE:
        code = script[0]
        if code == "ru" and len(_UKRAINIAN_LETTERS.findall(text)) > 3:
            return "uk"
        return code
    return _latin_language(text)


def _main_script(chars: list[str]) -> tuple[str, int] | None:
    """Return the most frequent non-Latin script's language and its count."""
    counts: dict[str, int] = {}
    for ch in chars:
        point = ord(ch)
        for code, first, last in _SCRIPTS:
            if first <= point <= last:
                counts[code] = counts.get(code, 0) + 1
                break
    if not counts:
        return None
    # Kana marks Japanese even though Japanese text also uses Han characters.
    if counts.get("ja", 0) * 10 >= sum(counts.values()):
        return "ja", sum(counts.get(c, 0) for c in ("ja", "zh"))
    best = max(counts, key=lambda code: counts[code])
    return best, counts[best]


def _latin_language(text: str) -> str:
    """Score Latin-script text against each language's function words."""
    scores = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORDS.findall(text.casefold()):
        for code in _WORD_LANGUAGES.get(word, ()):
            scores[code] += 1
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < _MIN_HITS or scores[best] <= scores["en"]:
        return "en"
    return best
