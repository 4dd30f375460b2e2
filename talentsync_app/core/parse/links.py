"""Find, normalise and classify links (LinkedIn, GitHub, portfolio, other)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from talentsync_app.core.types import Link

_TLDS = (
    "com|io|dev|me|org|net|ai|app|co|xyz|tech|site|page|info|in|de|es|ru|cn|fr|uk|"
    "eu|cc|ly|so|sh|blog|design|online|codes|cloud|studio|works|website|ca|au|nl"
)
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s,;|<>\"'()]+"
    r"|(?i:(?<![@\w.-])(?:linkedin\.com|github\.com|gitlab\.com)/[^\s,;|<>\"'()]+)"
    rf"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:{_TLDS})(?:/[^\s,;|<>\"'()]*)?(?![\w@.-])"
)
_MAYBE_URL = re.compile(rf"://|www\.|linkedin|github|gitlab|\.(?:{_TLDS})\b", re.I)
_NOT_WEB = re.compile(r"^(?:mailto|tel|javascript):", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_WEB_SCHEMES = ("http://", "https://")
_NOT_URLS = {"asp.net", "vb.net", "ado.net", "ml.net", "socket.io"}
_SOCIAL_HOST_NAMES = (
    "twitter.com x.com facebook.com fb.com instagram.com youtube.com youtu.be "
    "medium.com stackoverflow.com stackexchange.com gitlab.com bitbucket.org "
    "kaggle.com leetcode.com hackerrank.com codechef.com codeforces.com codepen.io "
    "t.me telegram.me vk.com xing.com weibo.com zhihu.com researchgate.net "
    "scholar.google.com orcid.org dev.to hashnode.com tiktok.com reddit.com "
    "behance.net dribbble.com wa.me discord.gg discord.com npmjs.com pypi.org "
    "huggingface.co"
)
_SOCIAL_HOSTS = tuple(_SOCIAL_HOST_NAMES.split())
_TRAILING = ".,;:)]}>'\""


def normalise_url(raw: str) -> str | None:
    """Return ``raw`` as an https URL without "www." or a trailing slash.

    Args:
        raw: A link as printed or as stored in the document.

    Returns:
        The normalised URL, or None for mailto:, tel:, non-web schemes
        (javascript:, file://), malformed and host-less values.

    """
    text = raw.strip().rstrip(_TRAILING)
    if not text or _NOT_WEB.match(text):
        return None
    scheme = _SCHEME.match(text)
    if scheme and scheme.group().lower() not in _WEB_SCHEMES:
        return None  # file://, ftp://, smb://: never turned into a web link
    if not scheme:
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:  # "https://[broken" and other malformed hosts
        return None
    host = host.removeprefix("www.")
    if "." not in host or host in _NOT_URLS:
        return None
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"https://{host}{path}{query}"


def link_kind(url: str, *, in_contact_block: bool = True) -> str:
    """Classify a normalised URL.

    Args:
        url: A URL from :func:`normalise_url`.
        in_contact_block: Whether the URL sits with the candidate's contact
            details (a personal site there is a portfolio; elsewhere "other").

    Returns:
        "linkedin", "github", "portfolio" or "other".

    """
    host = urlsplit(url).hostname or ""
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        return "linkedin"
    if host == "github.com":
        return "github"
    if any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS):
        return "other"
    return "portfolio" if in_contact_block else "other"


def find_links(
    contact_lines: list[str], body_lines: list[str], targets: list[str]
) -> list[Link]:
    """Collect links from document link targets and URLs printed in the text.

    Args:
        contact_lines: Lines of the contact block (top of the resume).
        body_lines: Other lines that may print URLs (never references).
        targets: Link targets from PDF annotations or DOCX hyperlinks.

    Returns:
        Deduplicated links in order of appearance.

    """
    contact_text = " ".join(contact_lines).casefold()
    body_text = " ".join(body_lines).casefold()
    found: dict[str, Link] = {}
    candidates = [(t, _target_in_contact(t, contact_text, body_text)) for t in targets]
    for lines, in_contact in ((contact_lines, True), (body_lines, False)):
        for line in lines:
            if _MAYBE_URL.search(line):
                candidates += [(m.group(), in_contact) for m in URL_RE.finditer(line)]
    for raw, in_contact in candidates:
        url = normalise_url(raw)
        if url and url.casefold() not in found:
            kind = link_kind(url, in_contact_block=in_contact)
            found[url.casefold()] = Link(kind=kind, url=url)
    return list(found.values())


def _target_in_contact(target: str, contact_text: str, body_text: str) -> bool:
    """Treat a link target as the candidate's unless only the body prints its host."""
    host = (urlsplit(normalise_url(target) or "").hostname or "").casefold()
    return not host or host in contact_text or host not in body_text
