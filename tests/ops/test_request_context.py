"""Request ids: minted or kept, echoed in the response, stamped on log records."""

import json
import logging

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from talentsync_app.logging_setup import JsonFormatter
from talentsync_app.ops.request_context import (
    NO_REQUEST_ID,
    RequestIdLogFilter,
    RequestIdMiddleware,
    current_request_id,
)

app_logger = logging.getLogger("tests.ops.request_app")


async def _endpoint(_request):
    app_logger.warning("handling")
    return PlainTextResponse(current_request_id() or "")


def _client() -> TestClient:
    app = Starlette(routes=[Route("/x", _endpoint)])
    return TestClient(RequestIdMiddleware(app))


def test_a_new_id_is_minted_and_echoed():
    first = _client().get("/x")
    second = _client().get("/x")

    assert first.headers["x-request-id"] == first.text
    assert len(first.text) == 32
    assert first.text != second.text


def test_a_valid_incoming_id_is_kept():
    response = _client().get("/x", headers={"X-Request-ID": "caddy-0123456789"})

    assert response.headers["x-request-id"] == "caddy-0123456789"


def test_a_malformed_incoming_id_is_replaced():
    response = _client().get("/x", headers={"X-Request-ID": "bad id\twith spaces"})

    assert response.headers["x-request-id"] != "bad id\twith spaces"
    assert len(response.headers["x-request-id"]) == 32


def test_log_records_carry_the_request_id_as_json(caplog):
    caplog.handler.addFilter(RequestIdLogFilter())
    with caplog.at_level(logging.INFO):
        response = _client().get("/x")

    request_id = response.headers["x-request-id"]
    handled = [r for r in caplog.records if r.getMessage() == "handling"]
    access = [r for r in caplog.records if getattr(r, "http_path", None) == "/x"]
    assert handled[0].request_id == request_id
    line = json.loads(JsonFormatter().format(access[0]))
    assert line["request_id"] == request_id
    assert line["http_status"] == 200
    assert line["http_method"] == "GET"
    assert line["duration_ms"] >= 0


def test_records_outside_a_request_get_a_placeholder():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", None, None)

    RequestIdLogFilter().filter(record)

    assert record.request_id == NO_REQUEST_ID
    assert "request_id" not in json.loads(JsonFormatter().format(record))
