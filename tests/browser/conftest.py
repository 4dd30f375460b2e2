"""Start one production build of the app for all browser tests, and a Chromium."""

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO_ROOT

logger = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_TIMEOUT_S = 600


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app exited early:\n{log_path.read_text()[-4000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"app did not start in time:\n{log_path.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def running_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build and serve the app once (production mode, single port); yield its URL."""
    from talentsync_app.db.migrate import upgrade_database

    workdir = tmp_path_factory.mktemp("app")
    port = _free_port()
    base_url = f"http://localhost:{port}"
    database_url = f"sqlite:///{workdir / 'browser.db'}"
    upgrade_database(database_url)
    env = {
        **os.environ,
        "TALENTSYNC_DATABASE_URL": database_url,
        "TALENTSYNC_UPLOAD_DIR": str(workdir / "uploads"),
        "TALENTSYNC_API_URL": base_url,
        "TALENTSYNC_BACKEND_PORT": str(port),
        "TALENTSYNC_FRONTEND_PORT": str(port),
        "REFLEX_UPLOADED_FILES_DIR": str(workdir / "reflex-uploads"),
    }
    log_path = workdir / "app.log"
    command = [
        str(Path(sys.executable).parent / "reflex"),
        "run",
        "--env",
        "prod",
        "--single-port",
        "--backend-port",
        str(port),
    ]
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_until_up(f"{base_url}/ping", proc, log_path)
        _wait_until_up(base_url, proc, log_path)
        yield base_url
    finally:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)


@pytest.fixture(scope="session")
def browser():
    """A headless Debian Chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure-browser.sh")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page per test."""
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
