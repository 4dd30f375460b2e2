"""The README's run command works from a clean clone, as a new user runs it."""

import os
import signal
import socket
import subprocess
import time

import httpx
import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

STARTUP_TIMEOUT_S = 900


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serves(url: str) -> bool:
    try:
        return httpx.get(url, timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


def test_run_command_from_clean_clone_serves_the_app(tmp_path):
    clone = tmp_path / "talentsync"
    subprocess.run(["git", "clone", "-q", str(REPO_ROOT), str(clone)], check=True)
    frontend, backend = _free_port(), _free_port()
    env = {
        **os.environ,
        "TALENTSYNC_FRONTEND_PORT": str(frontend),
        "TALENTSYNC_BACKEND_PORT": str(backend),
        "TALENTSYNC_API_URL": f"http://localhost:{backend}",
    }
    env.pop("VIRTUAL_ENV", None)
    log_path = tmp_path / "run-app.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            ["./scripts/run-app.sh"],
            cwd=clone,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline and proc.poll() is None:
            if _serves(f"http://localhost:{backend}/ping") and _serves(
                f"http://localhost:{frontend}/"
            ):
                break
            time.sleep(2)
        log_tail = log_path.read_text()[-3000:]
        assert proc.poll() is None, f"run-app.sh exited:\n{log_tail}"
        assert _serves(f"http://localhost:{frontend}/"), f"no frontend:\n{log_tail}"
        assert (clone / ".tools/node_modules/.bin/bun").exists()
        assert (clone / "talentsync.db").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
