from datetime import timedelta

import pytest

from talentsync_app.auth import accounts, throttle
from talentsync_app.auth.errors import InvalidCredentials, Throttled
from talentsync_app.db.models import utcnow

GOOD_PASSWORD = "correct horse battery"


def _fail(db, now, email="ada@example.org", ip="203.0.113.5"):
    with pytest.raises(InvalidCredentials):
        accounts.authenticate(
            db, email=email, password="wrong password!", client_ip=ip, now=now
        )
    db.commit()


def test_failures_are_slowed_then_locked(db, make_user):
    make_user()
    start = utcnow()
    for i in range(throttle.ACCOUNT_LIMIT.free):
        _fail(db, start + timedelta(seconds=i))

    # Slowed: the next attempt right away is refused, even with the right password.
    just_after = start + timedelta(seconds=throttle.ACCOUNT_LIMIT.free)
    with pytest.raises(Throttled) as slowed:
        accounts.authenticate(
            db, email="ada@example.org", password=GOOD_PASSWORD, now=just_after
        )
    assert 0 < slowed.value.retry_after <= 2
    assert "Try again in" in str(slowed.value)

    # Keep failing after each wait until the lock.
    moment, refusal = just_after, None
    for _ in range(throttle.ACCOUNT_LIMIT.lock * 2):
        try:
            throttle.check_allowed(
                db, throttle.keys_for("ada@example.org", None), now=moment
            )
        except Throttled as exc:
            refusal = exc
            if exc.retry_after > throttle.MAX_DELAY_SECONDS:
                break
            moment += timedelta(seconds=exc.retry_after)
            continue
        _fail(db, moment)
    locked = refusal.retry_after
    assert locked == throttle.ACCOUNT_LIMIT.lock_for.total_seconds()
    assert "15 minutes" in str(refusal)

    after_lock = moment + timedelta(seconds=locked + 1)
    user = accounts.authenticate(
        db, email="ada@example.org", password=GOOD_PASSWORD, now=after_lock
    )
    assert user.email == "ada@example.org"


def test_address_limit_covers_many_accounts(db):
    start = utcnow()
    for i in range(throttle.ADDRESS_LIMIT.free):
        _fail(db, start + timedelta(seconds=i), email=f"user{i}@example.org")
    with pytest.raises(Throttled):
        accounts.authenticate(
            db,
            email="fresh@example.org",
            password="whatever it is",
            client_ip="203.0.113.5",
            now=start + timedelta(seconds=throttle.ADDRESS_LIMIT.free),
        )
    # Another address is not affected.
    _fail(db, start, email="fresh@example.org", ip="198.51.100.7")


def test_success_clears_account_failures(db, make_user):
    make_user()
    now = utcnow()
    for i in range(throttle.ACCOUNT_LIMIT.free - 1):
        _fail(db, now + timedelta(seconds=i))
    accounts.authenticate(
        db,
        email="ada@example.org",
        password=GOOD_PASSWORD,
        now=now + timedelta(seconds=5),
    )
    db.commit()
    _fail(db, now + timedelta(seconds=6))
    # Without the reset this would be the third failure in the window: slowed.
    keys = throttle.keys_for("ada@example.org", None)
    throttle.check_allowed(db, keys, now=now + timedelta(seconds=6))
