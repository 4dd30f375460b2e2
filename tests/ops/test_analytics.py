"""Server-side analytics: hashed ids, no resume content, off without a key."""

import gzip
import json
import time

import pytest

from talentsync_app.ops import analytics

RESUME_TEXT = "Jane Doe\njane@example.org\nSenior Python developer, 8 years at Acme"


@pytest.fixture(autouse=True)
def fresh_client():
    analytics.shutdown()
    yield
    analytics.shutdown()


def _batches(fake) -> list[dict]:
    events = []
    for body in fake.bodies("/batch"):
        try:
            payload = json.loads(body)
        except UnicodeDecodeError:
            payload = json.loads(gzip.decompress(body))
        events.extend(payload["batch"])
    return events


def test_without_a_key_nothing_is_sent(configure, fake_posthog):
    configure(posthog_key="", posthog_host=fake_posthog.url)

    analytics.capture("analysis completed", "owner-token", {"category": "Data"})
    analytics.flush()

    assert analytics._client is None
    assert fake_posthog.requests == []


def test_event_has_hashed_id_and_no_resume_content(configure, fake_posthog):
    configure(
        posthog_key="phc_test",
        posthog_host=fake_posthog.url,
        secret_key="k" * 40,
    )

    analytics.capture(
        "analysis completed",
        "user-42",
        {
            "category": "Data Science",
            "skill_count": 17,
            "quality_score": 81,
            "text": RESUME_TEXT,
            "candidate_name": "Jane Doe",
            "summary": RESUME_TEXT,
        },
    )
    analytics.flush()

    events = _batches(fake_posthog)
    assert [e["event"] for e in events] == ["analysis completed"]
    event = events[0]
    assert event["distinct_id"] == analytics.hash_user_key("user-42", "k" * 40)
    assert event["distinct_id"] != "user-42"
    assert event["properties"]["category"] == "Data Science"
    assert event["properties"]["skill_count"] == 17
    sent = b"".join(fake_posthog.bodies("/batch"))
    for secret in (b"Jane", b"jane@example.org", b"Acme", b"user-42"):
        assert secret not in sent


def test_anonymous_events_have_no_person_profile(configure, fake_posthog):
    configure(posthog_key="phc_test", posthog_host=fake_posthog.url)

    analytics.capture("export", None, {"format": "csv"})
    analytics.flush()

    event = _batches(fake_posthog)[0]
    assert event["properties"]["$process_person_profile"] is False
    assert event["properties"]["format"] == "csv"


def test_capture_returns_while_posthog_is_still_busy(configure, fake_posthog):
    configure(posthog_key="phc_test", posthog_host=fake_posthog.url)
    fake_posthog.release.clear()  # the fake holds every request until released
    analytics.capture("sign-up", "user-1")
    analytics.flush(timeout_seconds=0.01)  # hand the event to the sender thread
    assert fake_posthog.received.wait(timeout=10)

    started = time.perf_counter()
    analytics.capture("sign-up", "user-2")
    returned_while_blocked = not fake_posthog.release.is_set()
    fake_posthog.release.set()

    assert returned_while_blocked
    assert time.perf_counter() - started < 5


def test_hash_is_stable_and_keyed():
    assert analytics.hash_user_key("u", "a") == analytics.hash_user_key("u", "a")
    assert analytics.hash_user_key("u", "a") != analytics.hash_user_key("u", "b")
    assert len(analytics.hash_user_key("u", "a")) == 32


def test_only_short_scalars_without_personal_names_pass():
    kept = analytics.safe_properties(
        {
            "n": 3,
            "ok": True,
            "ratio": 0.5,
            "label": "x" * 64,
            "long": "x" * 65,
            "email": "a@b.c",
            "items": [1, 2],
            "none": None,
        }
    )

    assert kept == {"n": 3, "ok": True, "ratio": 0.5, "label": "x" * 64, "none": None}
