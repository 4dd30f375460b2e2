import zipfile

import pytest
from extract_builders import png_bytes, resume_docx, zip_bytes

from talentsync_app.core.extract import archive, expand_archive, expand_upload
from talentsync_app.core.types import InputRejected

TEXT = b"Jane Example\nData engineer with Python and SQL"


def test_non_zip_upload_is_returned_as_is(realdata):
    pdf = (realdata / "open-resume" / "openresume-resume.pdf").read_bytes()
    assert expand_upload(pdf, "cv.pdf") == [("cv.pdf", pdf)]
    docx = resume_docx()
    assert expand_upload(docx, "cv.docx") == [("cv.docx", docx)]


def test_zip_gives_resume_members_and_skips_the_rest(realdata):
    pdf = (realdata / "open-resume" / "openresume-resume.pdf").read_bytes()
    docx = resume_docx()
    data = zip_bytes(
        {
            "batch/": b"",
            "batch/open.pdf": pdf,
            "batch/jane.docx": docx,
            "batch/notes.txt": TEXT,
            "batch/README": TEXT,
            "batch/scan": png_bytes(),
            "photo.pdf": png_bytes(),
            "empty.txt": b"",
            "logo.png": png_bytes(),
            "__MACOSX/batch/._open.pdf": b"\x00\x05\x16\x07",
            "batch/.DS_Store": b"\x00\x00\x00\x01Bud1",
            "../../evil.txt": TEXT,
            "/etc/passwd.txt": TEXT,
            "C:/windows/x.txt": TEXT,
            "inner.zip": zip_bytes({"a.txt": TEXT}),
        }
    )
    contents = expand_archive(data, "batch.zip")
    assert contents.members == [
        ("batch/open.pdf", pdf),
        ("batch/jane.docx", docx),
        ("batch/notes.txt", TEXT),
        ("batch/README", TEXT),
        ("photo.pdf", png_bytes()),
        ("empty.txt", b""),
    ]
    assert contents.skipped == [
        "batch/scan: a PNG image, not a PDF, DOCX or text file",
        "logo.png: not a resume file type (.png)",
        "__MACOSX/batch/._open.pdf: hidden or system file",
        "batch/.DS_Store: hidden or system file",
        "../../evil.txt: unsafe path (it points outside the archive)",
        "/etc/passwd.txt: unsafe path (it points outside the archive)",
        "C:/windows/x.txt: unsafe path (it points outside the archive)",
        "inner.zip: nested ZIP archives are not opened",
    ]
    assert expand_upload(data, "batch.zip") == contents.members


def test_stored_zip_holding_a_pdf_is_still_a_zip(realdata):
    pdf = (realdata / "open-resume" / "openresume-resume.pdf").read_bytes()
    data = zip_bytes(
        {"good.pdf": pdf, "empty.txt": b""}, compression=zipfile.ZIP_STORED
    )
    assert expand_upload(data, "batch.zip") == [("good.pdf", pdf), ("empty.txt", b"")]


def test_traversal_member_never_escapes():
    data = zip_bytes(
        {"../../evil.txt": TEXT, "ok/../../evil2.txt": TEXT, "good.txt": TEXT}
    )
    assert expand_upload(data, "t.zip") == [("good.txt", TEXT)]


def test_zip_bomb_is_refused():
    data = zip_bytes({"cv.txt": TEXT, "bomb.txt": b"A" * (20 * 1024 * 1024)})
    assert len(data) < 100_000
    with pytest.raises(InputRejected) as caught:
        expand_upload(data, "bomb.zip")
    assert "looks like a zip bomb (bomb.txt expands" in caught.value.reason


def test_total_unpacked_size_is_limited(monkeypatch):
    monkeypatch.setattr(archive, "MAX_TOTAL_UNPACKED_BYTES", 100)
    data = zip_bytes(
        {f"cv{i}.txt": TEXT for i in range(5)}, compression=zipfile.ZIP_STORED
    )
    with pytest.raises(InputRejected) as caught:
        expand_upload(data, "many.zip")
    assert "unpacks to" in caught.value.reason and "over the" in caught.value.reason


def test_member_count_is_limited():
    data = zip_bytes({f"cv{i}.txt": TEXT for i in range(4)})
    assert len(expand_upload(data, "four.zip", max_members=4)) == 4
    with pytest.raises(InputRejected) as caught:
        expand_upload(data, "four.zip", max_members=3)
    assert caught.value.reason == "the ZIP archive has 4 files, over the limit of 3"


def test_oversized_member_is_skipped():
    big = b"Jane " * 300
    contents = expand_archive(
        zip_bytes({"big.txt": big, "ok.txt": TEXT}), "z.zip", max_bytes=1000
    )
    assert contents.members == [("ok.txt", TEXT)]
    assert contents.skipped == ["big.txt: 1.5 KB, over the 1.0 KB limit"]


def test_lying_size_header_is_caught_while_reading():
    members = {"cv.txt": b"x" * 5000, "ok.txt": TEXT}
    data = bytearray(zip_bytes(members))
    # Shrink the declared size of cv.txt: reading must not trust it.
    data = data.replace((5000).to_bytes(4, "little"), (10).to_bytes(4, "little"))
    contents = expand_archive(bytes(data), "liar.zip", max_bytes=1000)
    assert contents.members == [("ok.txt", TEXT)]
    assert contents.skipped == ["cv.txt: damaged or uses an unsupported compression"]


def test_archive_without_supported_files_is_rejected():
    with pytest.raises(InputRejected) as caught:
        expand_upload(zip_bytes({"a.png": png_bytes()}), "pics.zip")
    assert caught.value.reason == "the ZIP archive contains no PDF, DOCX or text files"


def test_damaged_archive_is_rejected():
    data = zip_bytes({"a.txt": TEXT, "b.txt": TEXT})
    with pytest.raises(InputRejected) as caught:
        expand_upload(data[: len(data) - 30], "cut.zip")
    assert caught.value.reason == "the ZIP archive is damaged or incomplete"
