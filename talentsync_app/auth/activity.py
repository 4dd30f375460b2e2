"""Recent activity per user, and server-side analytics events without personal data."""

import hashlib
import importlib
import logging

from sqlmodel import Session, col, select

from talentsync_app.db.account_models import ActivityEvent

logger = logging.getLogger(__name__)

MAX_DETAIL_LENGTH = 200
ANALYTICS_MODULE = "talentsync_app.ops.analytics"


def record_activity(
    session: Session, user_id: int, kind: str, detail: str = ""
) -> None:
    """Add one line to a user's recent activity."""
    session.add(
        ActivityEvent(user_id=user_id, kind=kind, detail=detail[:MAX_DETAIL_LENGTH])
    )


def recent_activity(
    session: Session, user_id: int, *, limit: int = 10
) -> list[ActivityEvent]:
    """Return a user's newest activity first."""
    query = (
        select(ActivityEvent)
        .where(ActivityEvent.user_id == user_id)
        .order_by(col(ActivityEvent.created_at).desc(), col(ActivityEvent.id).desc())
        .limit(limit)
    )
    return list(session.exec(query))


def anonymous_key(user_id: int) -> str:
    """A stable pseudonymous key for analytics, not reversible to the user id."""
    return hashlib.sha256(f"talentsync-user:{user_id}".encode()).hexdigest()[:24]


def capture(event: str, user_id: int, properties: dict | None = None) -> None:
    """Send a server-side analytics event if the analytics module is installed.

    Never raises: analytics must not break an account action.
    """
    try:
        analytics = importlib.import_module(ANALYTICS_MODULE)
    except ImportError:
        return
    try:
        analytics.capture(event, anonymous_key(user_id), properties or {})
    except Exception:  # analytics is best effort
        logger.warning("analytics event %s failed", event, exc_info=True)
