"""axe-core finds no serious or critical accessibility violations on main pages."""

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser

AXE_JS = REPO_ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


def _violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in BLOCKING_IMPACTS]


@pytest.mark.parametrize("path", ["/", "/analyze", "/history"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_has_no_serious_violations(running_app, browser, path, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{running_app}{path}")
    page.locator("main h1").first.wait_for()
    found = _violations(page)
    context.close()
    assert found == [], [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in found
    ]


def test_analysis_page_has_no_serious_violations(running_app, page, realdata):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    page.goto(f"{running_app}/analyze")
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_role("button", name="Analyze").click()
    page.locator("#candidate-name").wait_for(timeout=30_000)
    found = _violations(page)
    assert found == [], [(v["id"], v["help"]) for v in found]
