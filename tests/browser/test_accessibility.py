"""axe-core finds no serious or critical accessibility violations on main pages."""

import re
import uuid

import pytest
from sqlmodel import select

from talentsync_app.db.account_models import User
from talentsync_app.db.engine import session_scope
from tests.browser.test_account_flows import _register
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser

AXE_JS = REPO_ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


def _violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in BLOCKING_IMPACTS]


SIGNED_OUT_PAGES = [
    "/",
    "/analyze",
    "/history",
    "/login",
    "/register",
    "/forgot-password",
    "/no-such-page",
]
PHONE = {"width": 390, "height": 844}


def _report(found: list[dict]) -> list[tuple]:
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in found]


@pytest.mark.parametrize("path", SIGNED_OUT_PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_page_has_no_serious_violations(running_app, browser, path, scheme, width):
    context = browser.new_context(
        color_scheme=scheme, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{running_app}{path}")
    page.locator("main h1").first.wait_for()
    found = _violations(page)
    context.close()
    assert found == [], _report(found)


def test_analysis_page_has_no_serious_violations(running_app, page, realdata):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    page.goto(f"{running_app}/analyze")
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_role("button", name="Analyze").click()
    page.locator("#candidate-name").wait_for(timeout=30_000)
    found = _violations(page)
    assert found == [], [(v["id"], v["help"]) for v in found]


def _app_database(tmp_path_factory) -> str:
    found = sorted(tmp_path_factory.getbasetemp().glob("app*/browser.db"))
    assert found, "running_app database not found"
    return f"sqlite:///{found[-1]}"


def _check(page, base: str, path: str) -> list[tuple]:
    page.goto(f"{base}{path}")
    page.locator("main h1").first.wait_for()
    page.wait_for_load_state("networkidle")
    return [(path, *row) for row in _report(_violations(page))]


def test_signed_in_pages_have_no_serious_violations(
    running_app, browser, realdata, tmp_path_factory
):
    """Seeker, recruiter and admin pages, with data in them, on a phone."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    email = f"axe-{uuid.uuid4().hex[:8]}@example.org"
    _register(page, running_app, email)
    found = _check(page, running_app, "/welcome/role")
    page.locator("#pick-seeker").click()
    page.wait_for_url(re.compile(r".*/dashboard/?$"), timeout=20_000)

    page.goto(f"{running_app}/analyze")
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_role("button", name="Analyze", exact=True).click()
    page.locator("#candidate-name").wait_for(timeout=30_000)
    page.goto(f"{running_app}/dashboard")
    page.get_by_role("switch").first.click()
    for path in ("/dashboard", "/history", "/account"):
        found += _check(page, running_app, path)

    with session_scope(_app_database(tmp_path_factory)) as db:
        user = db.exec(select(User).where(User.email == email)).one()
        user.role = "admin"
        db.add(user)
    for path in ("/admin", "/recruiter"):
        found += _check(page, running_app, path)
    context.close()
    assert found == []
