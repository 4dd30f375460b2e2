from datetime import timedelta

import pytest

from talentsync_app.auth import admin, metrics, sessions
from talentsync_app.auth.errors import Forbidden, InvalidInput
from talentsync_app.db.models import Analysis, utcnow


def _analysis(user_id, category, created_at):
    return Analysis(
        user_id=user_id,
        title="t",
        filename="cv.pdf",
        file_kind="pdf",
        category=category,
        created_at=created_at,
        result={},
    )


def test_only_admins_manage_users(db, make_user):
    boss = make_user("boss@example.org", "Boss Person", role="admin")
    seeker = make_user("sam@example.org", "Sam Seeker", role="seeker")
    recruiter = make_user("rita@example.org", "Rita Recruiter", role="recruiter")

    for actor in (seeker, recruiter, None):
        with pytest.raises(Forbidden):
            admin.list_users(db, actor)
        with pytest.raises(Forbidden):
            admin.set_user_role(db, actor, seeker.id, "admin")
        with pytest.raises(Forbidden):
            metrics.users_by_role(db, actor)

    assert {u.email for u in admin.list_users(db, boss, search="RITA")} == {
        "rita@example.org"
    }
    admin.set_user_role(db, boss, seeker.id, "recruiter")
    assert seeker.role == "recruiter"
    with pytest.raises(InvalidInput):
        admin.set_user_role(db, boss, seeker.id, "overlord")
    with pytest.raises(Forbidden):
        admin.set_user_role(db, boss, boss.id, "seeker")
    with pytest.raises(InvalidInput):
        admin.set_user_role(db, boss, 99999, "seeker")


def test_disable_signs_the_user_out(db, make_user):
    boss = make_user("boss@example.org", "Boss Person", role="admin")
    sam = make_user("sam@example.org", "Sam Seeker", role="seeker")
    token = sessions.start_session(db, sam, lifetime=timedelta(hours=1))
    db.commit()

    admin.set_user_disabled(db, boss, sam.id, True)
    db.commit()
    assert sessions.resolve_session(db, token) is None
    with pytest.raises(Forbidden):
        admin.set_user_disabled(db, boss, boss.id, True)
    admin.set_user_disabled(db, boss, sam.id, False)
    assert not sam.is_disabled


def test_metrics_count_real_rows(any_db):
    from talentsync_app.auth.accounts import register

    boss = register(
        any_db, name="Boss", email="boss@example.org", password="correct horse battery"
    )
    boss.role = "admin"
    for i, role in enumerate(["seeker", "seeker", "recruiter", None]):
        user = register(
            any_db,
            name=f"User {i}",
            email=f"u{i}@example.org",
            password="correct horse battery",
        )
        user.role = role
    now = utcnow()
    rows = [
        ("Data Science", now),
        ("Data Science", now - timedelta(days=7)),
        ("Java Developer", now - timedelta(days=7)),
        ("Data Science", now - timedelta(days=30)),
        ("HR", now - timedelta(days=400)),
    ]
    for category, created in rows:
        any_db.add(_analysis(boss.id, category, created))
    any_db.commit()

    assert metrics.users_by_role(any_db, boss) == {
        "admin": 1,
        "seeker": 2,
        "recruiter": 1,
        metrics.NO_ROLE: 1,
    }
    weeks = metrics.analyses_per_week(any_db, boss, weeks=12, now=now)
    assert len(weeks) == 12
    assert weeks[-1]["analyses"] == 1
    assert weeks[-2]["analyses"] == 2
    assert sum(w["analyses"] for w in weeks) == 4  # the 400-day-old one is out
    assert metrics.top_categories(any_db, boss)[:2] == [
        {"category": "Data Science", "analyses": 3},
        {"category": "HR", "analyses": 1},
    ]
    assert metrics.total_analyses(any_db, boss) == 5
    assert [u.email for u in metrics.recent_signups(any_db, boss, limit=2)] == [
        "u3@example.org",
        "u2@example.org",
    ]
