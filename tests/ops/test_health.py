"""The /health endpoint reports the database and Redis: 200 or 503 with details."""

import os
import socket

import pytest
from starlette.testclient import TestClient

from talentsync_app.ops.api import build_backend_api, with_request_ids
from talentsync_app.ops.health import check_redis, health_report

REDIS_URL = os.environ.get("TALENTSYNC_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _client() -> TestClient:
    return TestClient(with_request_ids(build_backend_api()))


def test_healthy_with_sqlite_and_live_redis(configure, sqlite_url):
    configure(database_url=sqlite_url, redis_url=REDIS_URL)

    response = _client().get("/health")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["redis"]["ok"] is True
    assert body["checks"]["redis"]["detail"] == "ok"
    assert response.headers["cache-control"] == "no-store"


def test_redis_down_gives_503_naming_redis(configure, sqlite_url):
    configure(database_url=sqlite_url, redis_url=f"redis://127.0.0.1:{_closed_port()}")

    response = _client().get("/health")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"]["ok"] is True
    assert checks["redis"]["ok"] is False
    assert "ConnectionError" in checks["redis"]["detail"]


def test_database_down_gives_503_naming_the_database(configure):
    url = f"postgresql+psycopg2://postgres@127.0.0.1:{_closed_port()}/nothing"
    configure(database_url=url, redis_url="")

    response = _client().get("/health")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"]["ok"] is False
    assert "OperationalError" in checks["database"]["detail"]
    assert checks["redis"]["detail"] == "not configured"


def test_redis_is_optional_when_not_configured():
    assert check_redis("").ok is True
    assert check_redis("").detail == "not configured"


@pytest.mark.postgres
def test_healthy_on_postgres(postgres_url):
    healthy, body = health_report(postgres_url, REDIS_URL)

    assert healthy, body
    assert body["checks"]["database"]["detail"] == "ok"


def test_other_paths_fall_through_to_the_app_below(configure, sqlite_url):
    configure(database_url=sqlite_url)

    response = _client().get("/not-ours")

    assert response.status_code == 404
