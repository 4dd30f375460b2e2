"""The same-origin /ph proxy forwards scripts and events to a fake PostHog."""

import gzip
import json
import socket

from starlette.testclient import TestClient

from talentsync_app.ops.api import build_backend_api
from talentsync_app.ops.browser_analytics import posthog_loader_source
from talentsync_app.ops.posthog_proxy import assets_host, upstream_url
from tests.ops.conftest import FAKE_ARRAY_JS


def _client() -> TestClient:
    return TestClient(build_backend_api(), client=("203.0.113.7", 5555))


def test_without_a_key_the_proxy_is_off(configure, fake_posthog):
    configure(posthog_key="", posthog_host=fake_posthog.url)

    response = _client().get("/ph/static/array.js")

    assert response.status_code == 404
    assert fake_posthog.requests == []


def test_script_assets_are_served_through_our_origin(configure, fake_posthog):
    configure(posthog_key="phc_test", posthog_host=fake_posthog.url)

    response = _client().get("/ph/static/array.js?v=1")

    assert response.status_code == 200
    assert response.content == FAKE_ARRAY_JS
    assert response.headers["content-type"] == "application/javascript"
    assert fake_posthog.requests[0]["path"] == "/static/array.js"
    assert fake_posthog.requests[0]["query"] == "v=1"


def test_events_reach_posthog_with_body_query_and_client_address(
    configure, fake_posthog
):
    configure(posthog_key="phc_test", posthog_host=fake_posthog.url)
    event = {"event": "$pageview", "properties": {"distinct_id": "abc"}}
    body = gzip.compress(json.dumps([event]).encode())

    response = _client().post(
        "/ph/e/?compression=gzip-js&ver=1.0",
        content=body,
        headers={"content-type": "text/plain", "cookie": "session=secret"},
    )

    assert response.status_code == 200
    assert response.json() == {"status": 1}
    sent = fake_posthog.requests[0]
    assert (sent["method"], sent["path"]) == ("POST", "/e/")
    assert sent["query"] == "compression=gzip-js&ver=1.0"
    assert json.loads(gzip.decompress(sent["body"])) == [event]
    assert sent["headers"]["x-forwarded-for"] == "203.0.113.7"
    assert "cookie" not in sent["headers"]


def test_unreachable_posthog_answers_502(configure):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    configure(posthog_key="phc_test", posthog_host=f"http://127.0.0.1:{port}")

    assert _client().post("/ph/e/", content=b"{}").status_code == 502


def test_cloud_hosts_map_static_files_to_the_assets_host():
    assert assets_host("https://eu.i.posthog.com") == "https://eu-assets.i.posthog.com"
    assert assets_host("https://us.i.posthog.com") == "https://us-assets.i.posthog.com"
    assert assets_host("http://127.0.0.1:9000/") == "http://127.0.0.1:9000"
    assert (
        upstream_url("static/array.js", "", "https://eu.i.posthog.com")
        == "https://eu-assets.i.posthog.com/static/array.js"
    )
    assert (
        upstream_url("e/", "ver=1", "https://eu.i.posthog.com")
        == "https://eu.i.posthog.com/e/?ver=1"
    )


def test_browser_loader_uses_the_proxy_and_masks_text():
    source = posthog_loader_source("phc_public", "https://eu.posthog.com")
    config = json.loads(source.split("var config = ", 1)[1].split(";\n", 1)[0])

    assert config["key"] == "phc_public"
    assert config["options"]["api_host"] == "/ph"
    assert config["options"]["mask_all_text"] is True
    assert config["options"]["disable_session_recording"] is True
    assert 'config.options.api_host + "/static/array.js"' in source
