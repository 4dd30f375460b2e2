"""Find taxonomy skills in text with a longest-match token n-gram lookup."""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentsync_app.core.skills.taxonomy import Taxonomy, normalize_text

# Words: letters/digits, optionally ending in "++", "+" or "#" (C++, C#, F#).
# Any other non-space character is a token of its own ("." "/" "&" ...).
TOKEN_RE = re.compile(r"[^\W_]+(?:\+\+|\+|#)?|[^\w\s]")
# Characters after which (or before which) a bare list item may stand.
_LIST_BEFORE = frozenset(",;/|(:•·*\n[{")
_LIST_AFTER = frozenset(",;/|):\n]}")
# A capitalised word used as a verb or noun is followed by these ("Go to market").
_NOT_A_SKILL_NEXT = frozenset(
    {"to", "ahead", "live", "for", "back", "through", "beyond", "out", "on", "up"}
    | {"into", "get", "with", "from", "by", "in", "at", "the", "a", "an", "is"}
    | {"was", "are", "of", "it", "this", "that"}
)


@dataclass(frozen=True)
class Span:
    """A matched occurrence: canonical name and character offsets."""

    name: str
    start: int
    end: int


@dataclass
class Tokens:
    """Tokens of a normalised text as parallel lists (fast to build and scan).

    Attributes:
        text: Token strings as written.
        lower: Lower-cased token strings.
        start: Start offset of each token.
        end: End offset of each token.
        spaced: Whether whitespace separates each token from the one before.

    """

    text: list[str]
    lower: list[str]
    start: list[int]
    end: list[int]
    spaced: list[bool]

    def __len__(self) -> int:
        return len(self.text)


def tokenize(text: str) -> Tokens:
    """Split normalised text into tokens, remembering which follow a space.

    Args:
        text: Text already passed through ``normalize_text``.

    Returns:
        The tokens.

    """
    matches = list(TOKEN_RE.finditer(text))
    pieces = [m.group() for m in matches]
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    spaced = [a > b for a, b in zip(starts, [0, *ends][:-1], strict=True)]
    return Tokens(pieces, [p.lower() for p in pieces], starts, ends, spaced)


def _keys(tokens: Tokens) -> tuple[str, str]:
    """Return the (lower-case, as-written) lookup keys of a whole token list."""
    lower, cased = "", ""
    for i in range(len(tokens)):
        sep = " " if i and tokens.spaced[i] else ""
        lower += sep + tokens.lower[i]
        cased += sep + tokens.text[i]
    return lower, cased


class SkillIndex:
    """Lookup tables built once from a taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        """Index every surface form of the taxonomy by its token key.

        Args:
            taxonomy: The taxonomy to index.

        """
        self.any_case: dict[str, str] = {}
        self.exact: dict[str, tuple[str, str]] = {}
        self.prefixes: set[str] = set()
        self.kinds: dict[str, str] = {}
        self.max_len = 1
        for skill in taxonomy.skills():
            self.kinds[skill.name] = skill.kind
            for form, rule in skill.forms:
                self._add(skill.name, form, rule)

    def _add(self, name: str, form: str, rule: str) -> None:
        """Index one surface form and every token prefix of its key."""
        tokens = tokenize(normalize_text(form))
        if not len(tokens):
            return
        self.max_len = max(self.max_len, len(tokens))
        lower, cased = _keys(tokens)
        if rule == "any":
            self.any_case[lower] = name
        else:
            self.exact[cased] = (name, rule)
        prefix = ""
        for i in range(len(tokens)):
            prefix += (" " if i and tokens.spaced[i] else "") + tokens.lower[i]
            self.prefixes.add(prefix)

    def find(self, text: str) -> list[Span]:
        """Return non-overlapping skill occurrences, longest match first.

        Args:
            text: Text already passed through ``normalize_text``.

        Returns:
            Matches in reading order.

        """
        tokens = tokenize(text)
        lower, starts, ends = tokens.lower, tokens.start, tokens.end
        prefixes = self.prefixes
        spans: list[Span] = []
        i, count = 0, len(lower)
        while i < count:
            found = None
            if lower[i] in prefixes:
                found = self._longest_at(text, tokens, i)
            if found is None:
                i += 1
                continue
            name, stop = found
            spans.append(Span(name, starts[i], ends[stop - 1]))
            i = stop
        return spans

    def _longest_at(self, text: str, tokens: Tokens, i: int) -> tuple[str, int] | None:
        """Return (canonical name, end token index) of the longest match at token i."""
        best = None
        lowers, texts, spaced = tokens.lower, tokens.text, tokens.spaced
        lower, cased = "", ""
        for j in range(i, min(i + self.max_len, len(lowers))):
            sep = " " if j > i and spaced[j] else ""
            lower += sep + lowers[j]
            if lower not in self.prefixes:
                break
            cased += sep + texts[j]
            hit = self.exact.get(cased)
            if hit is not None and (
                hit[1] == "case" or _listed(text, tokens, i, j + 1)
            ):
                best = (hit[0], j + 1)
            elif lower in self.any_case:
                best = (self.any_case[lower], j + 1)
        return best


def _listed(text: str, tokens: Tokens, first: int, stop: int) -> bool:
    """Tell whether tokens[first:stop] stand like an item of a list.

    A bare "Go", "R" or "C" counts only next to a list separator or a line end,
    and never when the next word shows it is prose ("Go to market", "R&D") or
    a date ("Spring 2023").
    """
    if stop < len(tokens):
        after = tokens.text[stop]
        if tokens.lower[stop] in _NOT_A_SKILL_NEXT or after.isdigit():
            return False
        if not tokens.spaced[stop] and after not in _LIST_AFTER and after != ".":
            return False
    glued_before = first > 0 and not tokens.spaced[first]
    if glued_before and tokens.text[first - 1] not in _LIST_BEFORE:
        return False
    before_char = _neighbour(text, tokens.start[first] - 1, step=-1)
    after_char = _neighbour(text, tokens.end[stop - 1], step=1)
    if after_char == ".":
        following = _neighbour(text, tokens.end[stop - 1] + 1, step=1)
        return following in ("", "\n")
    return before_char in ("", *_LIST_BEFORE) or after_char in ("", *_LIST_AFTER)


def _neighbour(text: str, index: int, step: int) -> str:
    """Return the nearest non-blank character from index in one direction.

    A line break counts as a character; "" means the edge of the text.
    """
    while 0 <= index < len(text):
        char = text[index]
        if char == "\n" or not char.isspace():
            return char
        index += step
    return ""
