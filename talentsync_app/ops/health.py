"""Readiness checks of the database and Redis behind the ``/health`` endpoint."""

import logging
import time
from dataclasses import asdict, dataclass

import sqlalchemy as sa
from starlette.requests import Request
from starlette.responses import JSONResponse

from talentsync_app.db.engine import get_engine
from talentsync_app.settings import get_settings

logger = logging.getLogger(__name__)

REDIS_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class CheckResult:
    """Outcome of one dependency check.

    Attributes:
        ok: Whether the dependency answered correctly.
        latency_ms: Time the check took, in milliseconds.
        detail: "ok", "not configured" or a short error description.

    """

    ok: bool
    latency_ms: float
    detail: str


def _timed(check) -> CheckResult:
    """Run ``check`` and turn its outcome into a :class:`CheckResult`."""
    start = time.perf_counter()
    try:
        detail = check()
        ok = True
    except Exception as exc:  # noqa: BLE001 - any failure means "unhealthy"
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        ok = False
    return CheckResult(ok, round((time.perf_counter() - start) * 1000, 1), detail)


def check_database(url: str | None = None) -> CheckResult:
    """Run ``SELECT 1`` against the configured (or given) database."""

    def _select_one() -> str:
        with get_engine(url).connect() as connection:
            connection.execute(sa.text("SELECT 1")).scalar_one()
        return "ok"

    return _timed(_select_one)


def check_redis(url: str | None = None) -> CheckResult:
    """Ping Redis; an unset Redis URL counts as healthy ("not configured")."""
    redis_url = get_settings().redis_url if url is None else url

    def _ping() -> str:
        if not redis_url:
            return "not configured"
        import redis

        client = redis.Redis.from_url(
            redis_url,
            socket_timeout=REDIS_TIMEOUT_SECONDS,
            socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        )
        try:
            client.ping()
        finally:
            client.close()
        return "ok"

    return _timed(_ping)


def health_report(
    database_url: str | None = None, redis_url: str | None = None
) -> tuple[bool, dict]:
    """Check every dependency and return (healthy, JSON-ready details)."""
    checks = {
        "database": check_database(database_url),
        "redis": check_redis(redis_url),
    }
    healthy = all(result.ok for result in checks.values())
    body = {
        "status": "ok" if healthy else "unavailable",
        "checks": {name: asdict(result) for name, result in checks.items()},
    }
    if not healthy:
        logger.warning("health check failed: %s", body["checks"])
    return healthy, body


async def health_endpoint(_request: Request) -> JSONResponse:
    """Answer 200 when the database and Redis respond, 503 with details otherwise."""
    from starlette.concurrency import run_in_threadpool

    healthy, body = await run_in_threadpool(health_report)
    return JSONResponse(
        body,
        status_code=200 if healthy else 503,
        headers={"Cache-Control": "no-store"},
    )
