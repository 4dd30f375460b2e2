"""Upload a real resume in headless Chromium and read the analysis page."""

import re

import pytest

from talentsync_app.core.pipeline import analyze_bytes

pytestmark = pytest.mark.browser


def test_upload_pdf_shows_name_email_and_category(running_app, page, realdata):
    pdf = realdata / "open-resume" / "openresume-resume.pdf"
    expected = analyze_bytes(pdf.read_bytes(), pdf.name)

    page.goto(f"{running_app}/analyze")
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_text("openresume-resume.pdf").wait_for()
    page.get_by_role("button", name="Analyze").click()

    page.wait_for_url(re.compile(r".*/analysis/\d+"), timeout=30_000)
    page.locator("#candidate-name").wait_for()
    assert page.locator("#candidate-name").inner_text() == "John Doe"
    assert page.get_by_text("hello@openresume.com").count() >= 1
    shown = page.locator("#category-label").inner_text()
    category = expected["category"]
    assert shown == ("Uncertain" if category["uncertain"] else category["label"])


def test_bad_file_gets_a_clear_message_and_nothing_saved(running_app, page, tmp_path):
    fake = tmp_path / "photo.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)

    page.goto(f"{running_app}/analyze")
    page.locator("input[type=file]").set_input_files(str(fake))
    page.get_by_text("photo.pdf").first.wait_for()
    page.get_by_role("button", name="Analyze").click()

    alert = page.get_by_role("alert").filter(has_text="photo.pdf")
    alert.wait_for(timeout=30_000)
    assert "PNG" in alert.inner_text()

    page.goto(f"{running_app}/history")
    page.get_by_text("No analyses yet.").wait_for(timeout=15_000)
