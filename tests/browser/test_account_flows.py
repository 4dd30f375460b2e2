"""Register, verify, pick a role, use the dashboard, sign out and in, in Chromium."""

import re
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "violet anchor mountain 42"
LINK = re.compile(r"/verify\?token=([\w-]+)")


def _app_log(tmp_path_factory) -> Path:
    """The running app's log (where links go when SMTP is not configured)."""
    logs = sorted(tmp_path_factory.getbasetemp().glob("app*/app.log"))
    assert logs, "running_app log not found"
    return logs[-1]


def _verification_token(log: Path, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = LINK.findall(log.read_text(errors="replace"))
        if found:
            return found[-1]
        time.sleep(0.25)
    raise AssertionError("no verification link in the app log")


def _register(page, base: str, email: str) -> None:
    page.goto(f"{base}/register")
    page.locator("#name").fill("Browser Tester")
    page.locator("#email").fill(email)
    page.locator("#password").fill(PASSWORD)
    page.locator("#main").get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r".*/welcome/role$"), timeout=30_000)


def _sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(PASSWORD)
    page.locator("#main").get_by_role("button", name="Sign in").click()


def test_register_verify_pick_role_dashboard_logout_login(
    running_app, page, tmp_path_factory
):
    email = f"tester-{uuid.uuid4().hex[:8]}@example.org"
    _register(page, running_app, email)

    token = _verification_token(_app_log(tmp_path_factory))
    page.goto(f"{running_app}/verify?token={token}")
    page.get_by_text("Your e-mail address is confirmed.").wait_for(timeout=20_000)

    page.goto(f"{running_app}/welcome/role")
    page.locator("#pick-seeker").click()
    page.wait_for_url(re.compile(r".*/dashboard$"), timeout=20_000)
    page.get_by_role("heading", name="Your resumes").wait_for()
    page.get_by_text("No resumes yet.").wait_for()

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r".*/login$"), timeout=20_000)
    page.goto(f"{running_app}/dashboard")
    page.wait_for_url(re.compile(r".*/login$"), timeout=20_000)

    _sign_in(page, running_app, email)
    page.wait_for_url(re.compile(r".*/dashboard$"), timeout=20_000)
    page.get_by_role("heading", name="Your resumes").wait_for()


def test_wrong_password_and_seeker_on_admin_page(running_app, page):
    email = f"seeker-{uuid.uuid4().hex[:8]}@example.org"
    _register(page, running_app, email)
    page.locator("#pick-seeker").click()
    page.wait_for_url(re.compile(r".*/dashboard$"), timeout=20_000)

    page.goto(f"{running_app}/admin")
    page.wait_for_url(re.compile(r".*/dashboard$"), timeout=20_000)

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r".*/login$"), timeout=20_000)
    page.locator("#email").fill(email)
    page.locator("#password").fill("not the password")
    page.locator("#main").get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").filter(has_text="Wrong e-mail or password").wait_for(
        timeout=20_000
    )
