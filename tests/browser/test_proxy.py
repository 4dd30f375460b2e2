"""The production Caddyfile in front of the running app: pages, /health with the
proxy's request id, the /_event websocket and /_upload all pass through it."""

import json
import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser

CADDYFILE = REPO_ROOT / "deploy" / "Caddyfile"
PROXY_URL = "https://localhost"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
RESUME_TEXT = """Jane Roe
jane.roe@example.org | +44 20 7946 0000

EXPERIENCE
Data Analyst, Northwind Traders, 2019 - 2024
- Built Python and SQL reports used by 40 managers

EDUCATION
BSc Statistics, University of Leeds, 2019

SKILLS
Python, SQL, Tableau, statistics
"""


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _access_log(path: Path) -> list[dict]:
    entries = []
    for line in path.read_text().splitlines():
        if line.startswith("{") and '"http.log.access' in line:
            entries.append(json.loads(line))
    return entries


@pytest.fixture
def caddy_proxy(running_app, tmp_path):
    """Caddy with the production Caddyfile on https://localhost (its internal CA).

    HTTPS on port 443 matters: the browser then sends the websocket and uploads
    to the page's own origin, so they pass through the proxy as in production.
    """
    caddy = shutil.which("caddy")
    if caddy is None:
        pytest.skip("caddy is not installed (scripts/ensure-tools.sh installs it)")
    if not _port_free(443):
        pytest.skip("port 443 is busy; the proxied run needs it")
    upstream = running_app.removeprefix("http://")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CADDY_ADMIN": "off",
        "TALENTSYNC_CADDY_OPTIONS": f"skip_install_trust\nhttp_port {_free_port()}",
        "TALENTSYNC_DOMAIN": "localhost",
        "TALENTSYNC_UPSTREAM": upstream,
    }
    log_path = tmp_path / "caddy.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [caddy, "run", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{PROXY_URL}/health", verify=False).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"caddy did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.5)
        yield log_path
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_pages_and_health_pass_through_with_the_proxy_request_id(caddy_proxy):
    page = httpx.get(f"{PROXY_URL}/", verify=False)
    health = httpx.get(f"{PROXY_URL}/health", verify=False)

    assert page.status_code == 200
    assert "TalentSync" in page.text
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    assert UUID.match(health.headers["x-request-id"])
    assert health.headers["strict-transport-security"].startswith("max-age=")
    assert "server" not in health.headers


def test_websocket_and_upload_go_through_the_proxy(caddy_proxy, browser, tmp_path):
    resume = tmp_path / "jane-roe.txt"
    resume.write_text(RESUME_TEXT)
    context = browser.new_context(ignore_https_errors=True)
    page = context.new_page()
    try:
        page.goto(f"{PROXY_URL}/analyze")
        page.locator("input[type=file]").set_input_files(str(resume))
        page.get_by_text("jane-roe.txt").first.wait_for()
        page.get_by_role("button", name="Analyze").click()
        page.wait_for_url(re.compile(r".*/analysis/\d+"), timeout=60_000)
    finally:
        context.close()
    time.sleep(1)  # Caddy logs a websocket when it closes

    entries = _access_log(caddy_proxy)
    seen = {
        (e["request"]["method"], e["request"]["uri"].split("?")[0], e["status"])
        for e in entries
    }
    assert ("POST", "/_upload", 200) in seen
    assert any(
        uri.startswith("/_event") and status in (101, 0) for _, uri, status in seen
    )
