"""PWA in headless Chromium: worker, installability, offline, update prompt, no
backend path in any cache."""

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser

BUILT_FRONTEND = REPO_ROOT / ".web" / "build" / "client"
BACKEND_PATH = re.compile(r"^/(?:_|ph(?:/|$)|health|ping|api/|auth|oauth)")
LANDING_HEADING = "Know what your resume really says"
ALL_CACHED_URLS = """async () => {
  const urls = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) { urls.push([name, request.url]); }
  }
  return urls;
}"""


def _registered(page) -> None:
    """Wait (bounded) until the page has registered the service worker."""
    page.wait_for_function("window.__tsServiceWorker !== undefined", timeout=30_000)
    page.wait_for_function(
        "navigator.serviceWorker.ready.then(r => r.active !== null)", timeout=30_000
    )


def _controlled(page, url: str) -> None:
    """Open ``url``, wait until the service worker controls the page, reload once
    so the page's own scripts and styles go through the worker."""
    page.goto(url)
    page.wait_for_function(
        "navigator.serviceWorker.controller !== null", timeout=30_000
    )
    page.reload()
    page.get_by_role("heading", name=LANDING_HEADING).wait_for(timeout=30_000)


def test_service_worker_registers_for_the_whole_site(running_app, page):
    page.goto(running_app)
    _registered(page)

    script, scope = page.evaluate(
        "navigator.serviceWorker.ready.then(r => [r.active.scriptURL, r.scope])"
    )

    assert script == f"{running_app}/sw.js"
    assert scope == f"{running_app}/"


@pytest.fixture
def profile_page(browser, tmp_path):
    """A page in a persistent (non-incognito) profile: Chrome refuses to install
    apps from incognito windows, which Playwright's normal contexts are."""
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
    )
    yield context.pages[0] if context.pages else context.new_page()
    context.close()


def test_manifest_has_no_installability_errors(running_app, profile_page):
    page = profile_page
    page.goto(running_app)
    _registered(page)
    cdp = page.context.new_cdp_session(page)

    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    manifest = cdp.send("Page.getAppManifest")

    assert errors == []
    assert manifest["url"] == f"{running_app}/manifest.json"
    assert manifest["errors"] == []
    parsed = json.loads(manifest["data"])
    purposes = {(i["sizes"], i["purpose"]) for i in parsed["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= purposes
    assert {s["url"] for s in parsed["shortcuts"]} == {
        "/dashboard",
        "/analyze",
        "/history",
    }


def test_offline_reload_serves_the_cached_shell(running_app, page):
    _controlled(page, running_app)

    page.context.set_offline(True)
    try:
        page.reload()
        heading = page.get_by_role("heading", name=LANDING_HEADING)
        heading.wait_for(timeout=30_000)
    finally:
        page.context.set_offline(False)

    assert heading.is_visible()


def test_offline_unknown_page_gets_the_offline_page(running_app, page):
    _controlled(page, running_app)

    page.context.set_offline(True)
    try:
        page.goto(f"{running_app}/never-visited-before")
        text = page.locator("#offline-page").inner_text(timeout=30_000)
    finally:
        page.context.set_offline(False)

    assert "You are offline" in text


def test_backend_paths_are_never_answered_or_cached(running_app, page):
    _controlled(page, running_app)
    handled = {}

    def remember(response):
        handled[response.url] = response.from_service_worker

    page.on("response", remember)
    page.evaluate(
        """async () => {
          await fetch('/health'); await fetch('/ping'); await fetch('/_health');
          await fetch('/ph/static/array.js'); await fetch('/manifest.json');
        }"""
    )
    cached = page.evaluate(ALL_CACHED_URLS)

    assert handled[f"{running_app}/health"] is False
    assert handled[f"{running_app}/ping"] is False
    assert handled[f"{running_app}/ph/static/array.js"] is False
    assert handled[f"{running_app}/manifest.json"] is True
    names = {name for name, _ in cached}
    assert {"start-url", "static-js-assets"} <= names
    paths = [re.sub(r"^https?://[^/]+", "", url) for _, url in cached]
    assert [p for p in paths if BACKEND_PATH.match(p)] == []


@pytest.fixture
def changed_service_worker() -> Path:
    """Publish a changed sw.js in the running build, restored afterwards."""
    sw = BUILT_FRONTEND / "sw.js"
    backup = sw.with_suffix(".js.orig")
    shutil.copy2(sw, backup)
    compressed = [p for p in BUILT_FRONTEND.glob("sw.js.*") if p != backup]
    moved = [p.rename(p.with_name(p.name + ".hidden")) for p in compressed]
    try:
        yield sw
    finally:
        shutil.move(backup, sw)
        for path in moved:
            path.rename(path.with_name(path.name.removesuffix(".hidden")))


def test_a_waiting_update_shows_a_prompt_that_reloads(
    running_app, page, changed_service_worker
):
    _controlled(page, running_app)
    first = page.evaluate("navigator.serviceWorker.controller.scriptURL")
    changed_service_worker.write_text(
        changed_service_worker.read_text() + "\n// next version\n"
    )

    page.evaluate("window.__tsServiceWorker.update()")
    prompt = page.locator("#ts-update-prompt")
    prompt.wait_for(timeout=30_000)
    assert "new version" in prompt.inner_text()
    with page.expect_navigation(timeout=30_000):
        prompt.get_by_role("button", name="Reload").click()

    page.get_by_role("heading", name=LANDING_HEADING).wait_for(timeout=30_000)
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL") == first
    assert page.evaluate(
        "navigator.serviceWorker.getRegistration().then(r => !r.waiting)"
    )
