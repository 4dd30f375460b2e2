"""Login throttling: slow down, then refuse, repeated failures per account or address.

Failures are counted in the database, so every backend worker sees the same
numbers. After ``free`` failures inside the window each further attempt must
wait twice as long as the one before; after ``lock`` failures the key is
refused until the lock runs out.
"""

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session, col, select

from talentsync_app.auth.errors import Throttled
from talentsync_app.db.account_models import LoginAttempt
from talentsync_app.db.models import utcnow

logger = logging.getLogger(__name__)

WINDOW = timedelta(minutes=15)
MAX_DELAY_SECONDS = 60


@dataclass(frozen=True)
class Limit:
    """How many failures a key may have before it is slowed and then locked."""

    free: int
    lock: int
    lock_for: timedelta


ACCOUNT_LIMIT = Limit(free=3, lock=8, lock_for=timedelta(minutes=15))
ADDRESS_LIMIT = Limit(free=10, lock=30, lock_for=timedelta(minutes=15))


def account_key(email: str) -> str:
    """Throttle key of an e-mail address (hashed: the table holds no addresses)."""
    digest = hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
    return f"acct:{digest[:40]}"


def address_key(client_ip: str) -> str:
    """Throttle key of a client address."""
    return f"ip:{client_ip[:64]}"


def keys_for(email: str, client_ip: str | None) -> list[tuple[str, Limit]]:
    """Every throttle key one sign-in attempt counts against."""
    keys = [(account_key(email), ACCOUNT_LIMIT)]
    if client_ip:
        keys.append((address_key(client_ip), ADDRESS_LIMIT))
    return keys


def check_allowed(
    session: Session, keys: list[tuple[str, Limit]], *, now: datetime | None = None
) -> None:
    """Refuse the attempt when any key is being slowed or is locked.

    Raises:
        Throttled: With the number of seconds to wait.

    """
    now = now or utcnow()
    wait = max((_wait_seconds(session, key, limit, now) for key, limit in keys))
    if wait > 0:
        logger.warning("sign-in throttled for %ss", wait)
        raise Throttled(wait)


def record_attempt(
    session: Session,
    keys: list[tuple[str, Limit]],
    *,
    succeeded: bool,
    now: datetime | None = None,
) -> None:
    """Store one attempt; a success clears the account key's failures."""
    now = now or utcnow()
    for key, _limit in keys:
        if succeeded and key.startswith("acct:"):
            session.exec(delete(LoginAttempt).where(col(LoginAttempt.key) == key))
        session.add(LoginAttempt(key=key, succeeded=succeeded, created_at=now))


def forget_account(session: Session, email: str) -> None:
    """Remove the throttle history of an e-mail address (account deletion)."""
    key = account_key(email)
    session.exec(delete(LoginAttempt).where(col(LoginAttempt.key) == key))


def _wait_seconds(session: Session, key: str, limit: Limit, now: datetime) -> int:
    failures = _recent_failures(session, key, now - max(WINDOW, limit.lock_for))
    if len(failures) >= limit.lock:
        ends = failures[-1] + limit.lock_for
        return max(0, _ceil_seconds(ends - now))
    in_window = [t for t in failures if t >= now - WINDOW]
    if len(in_window) < limit.free:
        return 0
    delay = min(MAX_DELAY_SECONDS, 2 ** (len(in_window) - limit.free + 1))
    return max(0, _ceil_seconds(in_window[-1] + timedelta(seconds=delay) - now))


def _recent_failures(session: Session, key: str, since: datetime) -> list[datetime]:
    query = (
        select(LoginAttempt.created_at)
        .where(
            LoginAttempt.key == key,
            col(LoginAttempt.succeeded).is_(False),
            LoginAttempt.created_at >= since,
        )
        .order_by(col(LoginAttempt.created_at))
    )
    return list(session.exec(query))


def _ceil_seconds(delta: timedelta) -> int:
    seconds = delta.total_seconds()
    return int(seconds) + (1 if seconds > int(seconds) else 0)
