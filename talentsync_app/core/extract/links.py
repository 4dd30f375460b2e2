"""Find web addresses in text and merge them with embedded link targets."""

from __future__ import annotations

import re

_TLDS = (
    "com|org|net|io|dev|ai|co|me|app|edu|gov|info|xyz|tech|page|site|us|uk|in|de"
    "|fr|ca|au|eu|nl|ch|se|es|it|pl|br|jp|cn|ru|sg|blog|cloud|online|design|github"
)
_URL_RE = re.compile(
    r"(?<![@\w.-])(?:https?://|www\.)[^\s<>()\"'`,;]+"
    rf"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:{_TLDS})(?:/[^\s<>()\"'`,;]*)?(?![\w@-])",
    re.IGNORECASE,
)
# Technology names that look like bare domains.
_NOT_DOMAINS = frozenset(
    {"asp.net", "ado.net", "vb.net", "socket.io", "dot.net", "node.io", "ml.net"}
)
_PROFILE_HOSTS = frozenset(
    {"linkedin.com", "github.com", "gitlab.com", "bitbucket.org", "behance.net"}
)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\""
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_LINK_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.-]*):(?!\d)", re.IGNORECASE)
# Browsers ignore ASCII whitespace and controls inside a scheme ("java\tscript:").
_IGNORED_IN_SCHEME_RE = re.compile(r"[\x00-\x20\x7f]+")


def find_urls(text: str) -> list[str]:
    """Return the web addresses written in a text, in order, without duplicates.

    Bare domains ("github.com/jane") get an "https://" scheme; technology names
    such as "ASP.NET" are not taken for domains.

    Args:
        text: Clean document text.

    Returns:
        Absolute URLs.

    """
    urls = []
    # Scanning only the words that contain a dot keeps this fast on long texts.
    words = [word for word in text.split() if "." in word]
    for match in (m for word in words for m in _URL_RE.finditer(word)):
        candidate = match.group(0).rstrip(_TRAILING_PUNCTUATION)
        if _is_false_domain(candidate):
            continue
        if not candidate.lower().startswith(("http://", "https://")):
            candidate = "https://" + candidate
        urls.append(candidate)
    return merge_links(urls)


def _is_false_domain(candidate: str) -> bool:
    """Spot abbreviations and tech names that only look like a bare domain.

    A bare host must be lower case unless it is a well-known profile site, so
    "B.Tech" and "B.tech/MCA" are not links while "janedoe.dev" and
    "GitHub.com/jane" are.
    """
    lowered = candidate.lower()
    if lowered in _NOT_DOMAINS or "." not in candidate:
        return True
    if lowered.startswith(("http://", "https://", "www.")):
        return False
    host = candidate.split("/")[0]
    return host != host.lower() and host.lower() not in _PROFILE_HOSTS


def _link_key(url: str) -> str:
    """Reduce a URL to what identifies it: no scheme, "www." or trailing slash."""
    key = re.sub(r"^[a-z]+://", "", url.strip().lower())
    key = key.removeprefix("www.")
    return key.rstrip("/")


def merge_links(*groups: list[str]) -> list[str]:
    """Concatenate link lists, keeping the first spelling of each target.

    Args:
        *groups: Link lists, most trusted first.

    Returns:
        The links in order without duplicates (scheme, "www." and trailing slash
        are ignored when comparing).

    """
    seen: set[str] = set()
    merged = []
    for group in groups:
        for url in group:
            key = _link_key(url)
            if url and key not in seen:
                seen.add(key)
                merged.append(url.strip())
    return merged


def safe_link_targets(links: list[str]) -> list[str]:
    """Keep only web, mailto: and tel: link targets.

    Document links come from the file and are attacker-controlled: targets
    such as ``javascript:``, ``data:`` or ``file:`` must never reach a page as
    a clickable link.

    Args:
        links: Link targets as read from a document or its text.

    Returns:
        The targets with an http(s), mailto or tel scheme, or no scheme at all
        ("linkedin.com/in/jane"), in order.

    """
    kept = []
    for link in links:
        match = _LINK_SCHEME_RE.match(_IGNORED_IN_SCHEME_RE.sub("", link))
        if match is None or match.group(1).lower() in _SAFE_SCHEMES:
            kept.append(link)
    return kept
