"""Password hashing with Argon2id and the password policy."""

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from talentsync_app.auth.errors import WeakPassword

logger = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 128
MIN_DISTINCT_CHARACTERS = 5
# A few of the most used passwords; long enough to pass the length rule.
COMMON_PASSWORDS = frozenset(
    {
        "1234567890",
        "12345678910",
        "0123456789",
        "qwertyuiop",
        "password123",
        "password1234",
        "passw0rd123",
        "iloveyou123",
        "qwerty12345",
        "abcdefghij",
        "letmein1234",
        "welcome123",
        "administrator",
        "football123",
        "1q2w3e4r5t",
        "qwertyuiop123",
        "changeme123",
        "talentsync",
        "talentsync123",
    }
)

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """Return an Argon2id hash of ``password`` (salt and parameters included)."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check ``password`` against a stored hash; False for any mismatch."""
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except VerificationError:
        return False
    except InvalidHashError:
        logger.warning("stored password hash is not a valid Argon2 hash")
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)


def dummy_verify(password: str) -> None:
    """Spend the time of one verification, so unknown e-mails answer as slowly."""
    verify_password(_DUMMY_HASH, password)


def password_problems(password: str, *, email: str = "", name: str = "") -> list[str]:
    """Return every reason ``password`` breaks the policy (empty when it passes).

    The policy favours length and a block list over character-class rules.
    """
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"Use at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"Use at most {MAX_PASSWORD_LENGTH} characters.")
    if len(set(password)) < MIN_DISTINCT_CHARACTERS:
        problems.append("Use more different characters.")
    lowered = password.lower()
    if lowered in COMMON_PASSWORDS:
        problems.append("This password is too common.")
    if _contains_identity(lowered, email=email, name=name):
        problems.append("Do not use your name or e-mail in the password.")
    return problems


def check_password_policy(password: str, *, email: str = "", name: str = "") -> None:
    """Raise when ``password`` breaks the policy.

    Raises:
        WeakPassword: With every problem in one message.

    """
    problems = password_problems(password, email=email, name=name)
    if problems:
        raise WeakPassword(" ".join(problems))


def _contains_identity(lowered: str, *, email: str, name: str) -> bool:
    local_part = email.split("@", 1)[0].lower()
    parts = [local_part, *name.lower().split()]
    return any(len(part) >= 4 and part in lowered for part in parts)


_DUMMY_HASH = hash_password("dummy password used only to even out timing")
