"""Random secrets for sessions and e-mail links; only their hashes are stored."""

import hashlib
import secrets

TOKEN_BYTES = 32
MIN_TOKEN_LENGTH = 32
MAX_TOKEN_LENGTH = 128


def new_token() -> str:
    """Return a fresh URL-safe random token (256 bits)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    """Return the SHA-256 hex digest stored in place of ``token``.

    A fast hash is enough here: tokens carry 256 random bits, so there is
    nothing to brute-force, unlike passwords.
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def is_well_formed(token: str | None) -> bool:
    """Cheap shape check before touching the database."""
    return (
        bool(token)
        and MIN_TOKEN_LENGTH <= len(token) <= MAX_TOKEN_LENGTH
        and token.isascii()
        and all(ch.isalnum() or ch in "-_" for ch in token)
    )
