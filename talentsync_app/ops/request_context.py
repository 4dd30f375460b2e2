"""Request ids: accept or mint one per request, echo it, and stamp it on log records."""

import contextvars
import logging
import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "x-request-id"
NO_REQUEST_ID = "-"
_VALID_INCOMING_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "talentsync_request_id", default=None
)


def current_request_id() -> str | None:
    """Return the id of the request being handled, if any."""
    return _request_id.get()


def new_request_id() -> str:
    """Return a fresh random request id."""
    return uuid.uuid4().hex


def _incoming_id(scope: Scope) -> str | None:
    """Return a well-formed request id sent by the proxy, or None."""
    for name, value in scope.get("headers", []):
        if name.decode("latin-1").lower() == REQUEST_ID_HEADER:
            candidate = value.decode("latin-1")
            if _VALID_INCOMING_ID.match(candidate):
                return candidate
    return None


class RequestIdLogFilter(logging.Filter):
    """Copy the current request id onto every log record (``record.request_id``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Stamp the record and let it through."""
        if getattr(record, "request_id", None) is None:
            record.request_id = current_request_id() or NO_REQUEST_ID
        return True


class RequestIdMiddleware:
    """Pure ASGI middleware: request id per HTTP request or websocket, access log.

    A valid ``X-Request-ID`` from the reverse proxy is kept so one id follows a
    request through Caddy and the app; otherwise a new one is minted. The id is
    returned in the response header and attached to every log record written
    while the request runs.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection."""
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = _incoming_id(scope) or new_request_id()
        token = _request_id.set(request_id)
        started = time.perf_counter()
        status = {"code": 0}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((REQUEST_ID_HEADER.encode(), request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if scope["type"] == "http":
                _log_access(scope, status["code"], started)
            _request_id.reset(token)


def _log_access(scope: Scope, status: int, started: float) -> None:
    """Write one access line (method, path, status, duration); never the query."""
    duration_ms = round((time.perf_counter() - started) * 1000, 1)
    logger.info(
        "%s %s %s %.1fms",
        scope.get("method", "-"),
        scope.get("path", "-"),
        status,
        duration_ms,
        extra={
            "http_method": scope.get("method"),
            "http_path": scope.get("path"),
            "http_status": status,
            "duration_ms": duration_ms,
        },
    )
