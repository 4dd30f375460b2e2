"""Fixtures for operations tests: settings from the environment, a fake PostHog."""

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import scratch_postgres

FAKE_ARRAY_JS = b"/* fake posthog-js served by the test server */ window.__fakePH = 1;"


@pytest.fixture
def configure(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """Set TALENTSYNC_* variables and re-read the settings; undone afterwards."""
    from talentsync_app.db.engine import get_engine
    from talentsync_app.settings import get_settings

    def _configure(**values: str) -> None:
        for key, value in values.items():
            monkeypatch.setenv(f"TALENTSYNC_{key.upper()}", value)
        get_settings.cache_clear()
        get_engine.cache_clear()

    yield _configure
    monkeypatch.undo()
    get_settings.cache_clear()
    get_engine.cache_clear()


@dataclass
class FakePostHog:
    """A local HTTP server that answers like PostHog and records every request."""

    url: str
    requests: list[dict] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    received: threading.Event = field(default_factory=threading.Event)

    def bodies(self, path_prefix: str) -> list[bytes]:
        """Raw bodies of the requests whose path starts with ``path_prefix``."""
        return [r["body"] for r in self.requests if r["path"].startswith(path_prefix)]


def _handler(fake: FakePostHog) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _record(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            path, _, query = self.path.partition("?")
            fake.requests.append(
                {
                    "method": self.command,
                    "path": path,
                    "query": query,
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": self.rfile.read(length) if length else b"",
                }
            )
            fake.received.set()
            fake.release.wait(timeout=30)

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            self._record()
            if self.path.startswith("/static/array.js"):
                self._reply(200, FAKE_ARRAY_JS, "application/javascript")
            else:
                self._reply(404, b"not found", "text/plain")

        def do_POST(self) -> None:  # noqa: N802 - http.server naming
            self._record()
            self._reply(200, json.dumps({"status": 1}).encode(), "application/json")

        def log_message(self, *_args) -> None:
            return

    return Handler


@pytest.fixture
def fake_posthog() -> Iterator[FakePostHog]:
    """A fake PostHog on 127.0.0.1 (answers at once unless ``release`` is cleared)."""
    fake = FakePostHog(url="")
    fake.release.set()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def empty_postgres_url() -> Iterator[str]:
    """A new, empty (not migrated) PostgreSQL database, dropped afterwards."""
    with scratch_postgres("ts_ops") as url:
        yield url
