"""Hostile ZIP uploads: traversal, links, overlaps, floods of entries."""

import hostile_inputs as hostile
import pytest

from talentsync_app.core.extract import expand_archive, extract_document
from talentsync_app.core.extract.archive import safe_member_name
from talentsync_app.core.types import InputRejected

RESUME = "\n".join(hostile.RESUME_LINES).encode()


def _rejected(data: bytes, filename: str = "batch.zip") -> str:
    with pytest.raises(InputRejected) as caught:
        expand_archive(data, filename)
    assert caught.value.filename == filename
    return caught.value.reason


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/cron.d/evil.txt",
        "/etc/passwd.txt",
        "C:\\Windows\\evil.txt",
        "..\\..\\evil.txt",
        "ok/../../evil.txt",
        "C:evil.txt",
    ],
)
def test_member_paths_that_could_escape_are_skipped(name):
    contents = expand_archive(
        hostile.zip_bytes({name: RESUME, "good.txt": RESUME}), "batch.zip"
    )
    assert contents.members == [("good.txt", RESUME)]
    assert contents.skipped == [f"{name}: unsafe path (it points outside the archive)"]
    assert safe_member_name(name) is None


def test_kept_member_names_are_relative_and_normalised():
    contents = expand_archive(hostile.zip_bytes({"a/./b//c.txt": RESUME}), "z.zip")
    assert [name for name, _ in contents.members] == ["a/b/c.txt"]


def test_symlink_member_is_skipped_not_followed():
    data = hostile.symlink_zip("link.txt", "/etc/passwd", others={"cv.txt": RESUME})
    contents = expand_archive(data, "z.zip")
    assert contents.members == [("cv.txt", RESUME)]
    assert contents.skipped == ["link.txt: a symbolic link, not a file"]


def test_overlapping_entries_are_refused():
    data = hostile.overlapping_zip(50, kernel=100 * 1024)  # 5 MB from 10 KB
    reason = _rejected(data)
    assert reason.startswith("the ZIP archive is malformed: a.txt shares its data")


def test_overlap_bomb_is_refused_by_its_ratio():
    data = hostile.overlapping_zip(200)  # 180 MB from 12 KB
    assert "looks like a zip bomb (it expands" in _rejected(data)


def test_flood_of_small_compressible_members_is_refused():
    members = {f"cv{i}.txt": b" " * (200 * 1024) for i in range(100)}  # 20 MB
    assert "looks like a zip bomb (it expands" in _rejected(hostile.zip_bytes(members))


def test_tens_of_thousands_of_entries_are_refused_before_reading_them():
    data = hostile.many_members_zip(20_000)
    reason = _rejected(data)
    assert reason == "the file is a ZIP archive with more than 10,000 entries"
    with pytest.raises(InputRejected) as caught:
        extract_document(data, "lots.docx")
    assert "more than 10,000 entries" in caught.value.reason


def test_lying_size_header_never_unpacks_past_the_claim():
    data = hostile.lying_size_zip(real=50_000_000, claimed=1000)
    assert _rejected(data) == "the ZIP archive contains no PDF, DOCX or text files"


def test_nul_in_member_name_is_cut_by_the_reader():
    contents = expand_archive(hostile.zip_bytes({"cv\x00.exe.txt": RESUME}), "z.zip")
    assert [name for name, _ in contents.members] == ["cv"]
