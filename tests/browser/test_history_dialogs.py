"""Rename and delete from the history page through their dialogs, by mouse and keys."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ANALYSIS_URL = re.compile(r".*/analysis/\d+$")


def _upload_one(page, base: str, pdf) -> None:
    page.goto(f"{base}/analyze")
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_text(pdf.name).first.wait_for()
    page.get_by_role("button", name="Analyze", exact=True).click()
    page.wait_for_url(ANALYSIS_URL, timeout=30_000)


def _wait_hydrated(page, selector: str) -> None:
    """Wait until React has taken over ``selector`` (its handlers are attached)."""
    page.wait_for_function(
        """(sel) => {
            const el = document.querySelector(sel);
            return !!el && Object.keys(el).some((k) => k.startsWith("__react"));
        }""",
        arg=selector,
    )


def _focused_label(page) -> str:
    return page.evaluate("() => document.activeElement.getAttribute('aria-label')")


def test_rename_then_delete_with_confirmation(running_app, page, realdata):
    pdf = realdata / "resume-matcher" / "resumes_pdf" / "john_doe.pdf"
    _upload_one(page, running_app, pdf)
    page.goto(f"{running_app}/history")
    main = page.locator("#main")

    main.get_by_role("button", name=re.compile(r"^Rename")).click()
    dialog = page.get_by_role("dialog", name="Rename analysis")
    dialog.get_by_role("textbox", name="New title").fill("Tailored for ACME")
    dialog.get_by_role("button", name="Save").click()
    dialog.wait_for(state="hidden")
    main.get_by_role("link", name="Tailored for ACME").wait_for()

    main.get_by_role("button", name="Delete Tailored for ACME").click()
    confirm = page.get_by_role("alertdialog", name="Delete this analysis?")
    confirm.get_by_role("button", name="Cancel").click()
    confirm.wait_for(state="hidden")
    assert main.get_by_role("link", name="Tailored for ACME").is_visible()

    main.get_by_role("button", name="Delete Tailored for ACME").click()
    confirm.get_by_role("button", name="Delete").click()
    main.get_by_text("No analyses yet.").wait_for(timeout=15_000)


def test_rename_and_delete_by_keyboard_only(running_app, page, realdata):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    _upload_one(page, running_app, pdf)
    page.goto(f"{running_app}/history")
    main = page.locator("#main")
    rename = main.get_by_role("button", name=re.compile(r"^Rename"))
    rename.wait_for()

    rename.focus()
    page.keyboard.press("Enter")
    field = page.get_by_role("textbox", name="New title")
    field.wait_for()
    assert _focused_label(page) == "New title"
    page.keyboard.press("Escape")
    field.wait_for(state="hidden")
    assert _focused_label(page).startswith("Rename")

    page.keyboard.press("Enter")
    field.wait_for()
    page.keyboard.press("Control+A")
    page.keyboard.type("Keyboard title")
    page.keyboard.press("Enter")
    main.get_by_role("link", name="Keyboard title").wait_for()
    assert _focused_label(page) == "Rename Keyboard title"

    page.keyboard.press("Tab")
    assert _focused_label(page) == "Delete Keyboard title"
    page.keyboard.press("Enter")
    confirm = page.get_by_role("alertdialog")
    confirm.wait_for()
    page.keyboard.press("Escape")
    confirm.wait_for(state="hidden")
    assert _focused_label(page) == "Delete Keyboard title"

    page.keyboard.press("Enter")
    confirm.wait_for()
    page.keyboard.press("Tab")  # from Cancel, where the dialog starts, to Delete
    page.keyboard.press("Enter")
    main.get_by_text("No analyses yet.").wait_for(timeout=15_000)


def test_file_chooser_opens_from_the_keyboard(running_app, page, realdata):
    pdf = realdata / "resume-matcher" / "resumes_pdf" / "barry_allen_fe.pdf"
    # Playwright turns file-chooser interception on when the first listener
    # is added; adding one early keeps a fast chooser from opening unseen.
    page.on("filechooser", lambda _chooser: None)
    page.goto(f"{running_app}/analyze")
    choose = page.get_by_role("button", name="Choose files", exact=True)
    _wait_hydrated(page, "#resume_upload")

    for _ in range(20):
        page.keyboard.press("Tab")
        if choose.evaluate("(el) => el === document.activeElement"):
            break
    expect(choose).to_be_focused()
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Enter")
    chooser.value.set_files(str(pdf))
    page.get_by_text(pdf.name).first.wait_for()

    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Analyze", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(ANALYSIS_URL, timeout=30_000)
    assert page.locator("#candidate-name").inner_text() == "Barry Allen"


def test_refused_file_type_is_named_with_the_reason(running_app, page, tmp_path):
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not a resume")
    page.goto(f"{running_app}/analyze")
    page.get_by_role("button", name="Choose files", exact=True).wait_for()
    page.locator("input[type=file]").set_input_files(str(sheet))

    alert = page.get_by_role("alert").filter(has_text="budget.xlsx")
    alert.wait_for(timeout=15_000)
    assert "not a PDF, DOCX, TXT, MD or ZIP file" in alert.inner_text()


def test_mobile_menu_works_with_the_keyboard(running_app, browser):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(running_app)
    menu = page.get_by_role("button", name="Open menu")
    menu.wait_for()

    menu.focus()
    page.keyboard.press("Enter")
    page.get_by_role("menu").wait_for()
    page.keyboard.press("Home")  # the first entry, wherever the menu put focus
    expect(page.get_by_role("menuitem", name="Analyze")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("menuitem", name="History")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/history/?$"), timeout=15_000)
    page.locator("main h1").filter(has_text="Past analyses").wait_for()

    menu.focus()
    page.keyboard.press("Enter")
    page.get_by_role("menuitem", name="Create account").click()
    page.wait_for_url(re.compile(r".*/register/?$"), timeout=15_000)
    context.close()
