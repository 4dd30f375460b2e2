"""Server-side product analytics: key actions sent to PostHog without personal data.

``capture`` is safe to call from any request handler: with no ``POSTHOG_KEY`` it
does nothing; otherwise the event is queued for the PostHog client's background
thread, so a request never waits for the network. User keys are replaced by a
keyed hash and only short scalar properties pass, so resume text, names,
e-mail addresses and file names never leave the server.
"""

import hashlib
import hmac
import logging
import threading
from numbers import Number

from talentsync_app.settings import get_settings

logger = logging.getLogger(__name__)

MAX_PROPERTY_TEXT = 64
HASHED_ID_HEX_CHARS = 32
BLOCKED_PROPERTY_KEYS = frozenset(
    {
        "text",
        "raw_text",
        "content",
        "resume",
        "resume_text",
        "body",
        "email",
        "name",
        "candidate_name",
        "phone",
        "filename",
        "file_name",
        "title",
        "password",
    }
)

_client_lock = threading.Lock()
_client = None
_client_config: tuple[str, str] | None = None


def hash_user_key(user_key: str, secret: str) -> str:
    """Return a stable pseudonymous id for ``user_key`` (HMAC-SHA256, hex)."""
    digest = hmac.new(secret.encode(), user_key.encode(), hashlib.sha256).hexdigest()
    return digest[:HASHED_ID_HEX_CHARS]


def _is_safe_value(value: object) -> bool:
    """True for numbers, booleans, None and short strings."""
    if isinstance(value, str):
        return len(value) <= MAX_PROPERTY_TEXT
    return value is None or isinstance(value, bool | Number)


def safe_properties(properties: dict | None) -> dict:
    """Keep only short scalar properties whose names do not suggest personal data."""
    kept: dict = {}
    for key, value in (properties or {}).items():
        if str(key).lower() in BLOCKED_PROPERTY_KEYS:
            continue
        if _is_safe_value(value):
            kept[key] = value
    dropped = set(properties or {}) - set(kept)
    if dropped:
        logger.debug("analytics: dropped properties %s", sorted(dropped))
    return kept


def _get_client():
    """Return the shared PostHog client for the current settings (or None)."""
    global _client, _client_config
    settings = get_settings()
    if not settings.posthog_key:
        return None
    config = (settings.posthog_key, settings.posthog_host)
    with _client_lock:
        if _client is None or _client_config != config:
            from posthog import Posthog

            if _client is not None:
                _client.shutdown()
            _client = Posthog(
                settings.posthog_key,
                host=settings.posthog_host,
                disable_geoip=True,
                timeout=5,
            )
            _client_config = config
        return _client


def capture(event: str, user_key: str | None, properties: dict | None = None) -> None:
    """Queue an analytics event; a no-op when analytics are off.

    Args:
        event: Event name, e.g. ``"analysis completed"``.
        user_key: Any stable user identifier (user id or owner token); it is
            hashed before leaving the process. None sends a personless event.
        properties: Extra facts; only short scalars without personal names pass.

    """
    try:
        client = _get_client()
        if client is None:
            return
        distinct_id = (
            hash_user_key(user_key, get_settings().secret_key) if user_key else None
        )
        props = safe_properties(properties)
        if distinct_id is None:
            props["$process_person_profile"] = False
        client.capture(event, distinct_id=distinct_id, properties=props)
    except Exception:  # noqa: BLE001 - analytics must never break a request
        logger.warning("analytics: could not queue %r", event, exc_info=True)


def flush(timeout_seconds: float = 10.0) -> None:
    """Send queued events now (used at shutdown and by tests)."""
    with _client_lock:
        client = _client
    if client is not None:
        client.flush(timeout_seconds)


def shutdown() -> None:
    """Flush and stop the background sender."""
    global _client, _client_config
    with _client_lock:
        client, _client, _client_config = _client, None, None
    if client is not None:
        client.shutdown()
