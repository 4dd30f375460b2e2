"""Site metrics for the admin dashboard, computed from the database each time."""

from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

from talentsync_app.auth.admin import require_admin
from talentsync_app.db.account_models import User
from talentsync_app.db.models import Analysis, utcnow

NO_ROLE = "not chosen"
DEFAULT_WEEKS = 12
TOP_CATEGORY_COUNT = 8
RECENT_SIGNUP_COUNT = 10


def users_by_role(session: Session, actor: User | None) -> dict[str, int]:
    """Count users per role (users without a role yet counted apart)."""
    require_admin(actor)
    rows = session.exec(select(User.role, func.count()).group_by(User.role)).all()
    return {role or NO_ROLE: count for role, count in rows}


def analyses_per_week(
    session: Session,
    actor: User | None,
    *,
    weeks: int = DEFAULT_WEEKS,
    now: datetime | None = None,
) -> list[dict[str, int | str]]:
    """Count saved analyses per ISO week for the last ``weeks`` weeks, oldest first.

    Weeks without analyses are included with a zero, so a chart shows gaps.
    Counting happens in Python on the timestamps alone, which keeps the query
    the same on SQLite and PostgreSQL.
    """
    require_admin(actor)
    now = now or utcnow()
    starts = [_week_start(now - timedelta(weeks=back)) for back in range(weeks)][::-1]
    counts = dict.fromkeys(starts, 0)
    stamps = session.exec(
        select(Analysis.created_at).where(Analysis.created_at >= starts[0])
    ).all()
    for stamp in stamps:
        start = _week_start(stamp)
        if start in counts:
            counts[start] += 1
    return [
        {"week": start.strftime("%Y-%m-%d"), "analyses": n}
        for start, n in counts.items()
    ]


def top_categories(
    session: Session, actor: User | None, *, limit: int = TOP_CATEGORY_COUNT
) -> list[dict[str, int | str]]:
    """The most often predicted job categories with their counts."""
    require_admin(actor)
    count = func.count().label("n")
    rows = session.exec(
        select(Analysis.category, count)
        .where(col(Analysis.category).is_not(None))
        .group_by(Analysis.category)
        .order_by(count.desc(), col(Analysis.category))
        .limit(limit)
    ).all()
    return [{"category": category, "analyses": n} for category, n in rows]


def recent_signups(
    session: Session, actor: User | None, *, limit: int = RECENT_SIGNUP_COUNT
) -> list[User]:
    """The newest accounts."""
    require_admin(actor)
    query = select(User).order_by(col(User.created_at).desc(), col(User.id).desc())
    return list(session.exec(query.limit(limit)))


def total_analyses(session: Session, actor: User | None) -> int:
    """How many analyses are stored in all."""
    require_admin(actor)
    return session.exec(select(func.count()).select_from(Analysis)).one()


def _week_start(moment: datetime) -> datetime:
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())
