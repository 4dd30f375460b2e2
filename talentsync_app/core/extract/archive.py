"""Safe expansion of ZIP uploads into their resume files."""

from __future__ import annotations

import io
import logging
import posixpath
import stat
import zipfile
import zlib
from dataclasses import dataclass, field

from talentsync_app.core.extract.detect import (
    CROWDED_ZIP,
    DAMAGED_ZIP,
    MAX_UPLOAD_BYTES,
    format_size,
    sniff,
)
from talentsync_app.core.extract.names import display_filename
from talentsync_app.core.types import InputRejected

logger = logging.getLogger(__name__)

MAX_TOTAL_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
# Small members may compress extremely well (repeated spaces) without harm.
RATIO_CHECK_MIN_BYTES = 1024 * 1024
# The whole archive gets the same ratio check once it unpacks to this much,
# so a flood of small, extremely compressible members is caught too.
ARCHIVE_RATIO_MIN_BYTES = 10 * 1024 * 1024
_LOCAL_HEADER_BYTES = 30
_READ_CHUNK = 64 * 1024
_KEPT_KINDS = ("pdf", "docx", "text")
# Names users give resumes. Members named so are returned whatever they hold, so
# extraction can tell the user what is wrong with each one (empty, a PNG, .doc).
RESUME_SUFFIXES = frozenset(
    {".pdf", ".docx", ".txt", ".md", ".markdown", ".text", ".doc", ".rtf", ".odt"}
)
DAMAGED_REASON = "the ZIP archive is damaged or incomplete"


@dataclass
class ArchiveContents:
    """Members taken from an upload and the ones left out, with why.

    Attributes:
        members: (name inside the archive, bytes) of each supported file;
            names pass through :func:`display_filename`.
        skipped: "name: reason" for each member left out.

    """

    members: list[tuple[str, bytes]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def expand_upload(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = MAX_UPLOAD_BYTES,
    max_members: int = 1000,
) -> list[tuple[str, bytes]]:
    """Return the resume files of a ZIP upload, or the upload itself.

    Args:
        data: The uploaded bytes.
        filename: The upload's name.
        max_bytes: Largest accepted member (uncompressed).
        max_members: Most files accepted in one archive.

    Returns:
        (name, bytes) pairs; a non-ZIP upload gives ``[(filename, data)]``.

    Raises:
        InputRejected: For a damaged archive, a zip bomb (by size, ratio or
            overlapping entries), too many members or an archive without any
            supported file.

    """
    return expand_archive(
        data, filename, max_bytes=max_bytes, max_members=max_members
    ).members


def expand_archive(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = MAX_UPLOAD_BYTES,
    max_members: int = 1000,
) -> ArchiveContents:
    """Like :func:`expand_upload`, also reporting skipped members and why.

    Directories, hidden and ``__MACOSX`` files, unsafe paths, symbolic links,
    nested archives, encrypted, damaged and oversized members are skipped, and
    so are files named as something other than a resume (.png, .xlsx). Files
    with a resume-like name are returned whatever they hold, so extraction can
    explain each problem.

    Args:
        data: The uploaded bytes.
        filename: The upload's name.
        max_bytes: Largest accepted member (uncompressed).
        max_members: Most files accepted in one archive.

    Returns:
        The kept members and the skipped ones.

    Raises:
        InputRejected: See :func:`expand_upload`.

    """
    sniffed = sniff(data) if data else None
    if sniffed is not None and sniffed.description == DAMAGED_ZIP:
        raise InputRejected(filename, DAMAGED_REASON)
    if sniffed is not None and sniffed.description == CROWDED_ZIP:
        raise InputRejected(filename, f"the file is {CROWDED_ZIP}")
    if sniffed is None or sniffed.kind != "zip":
        return ArchiveContents(members=[(filename, data)])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = _checked_infos(archive, filename, max_members, len(data))
            contents = _read_members(archive, infos, filename, max_bytes)
    except InputRejected:
        raise
    except Exception as error:  # zipfile raises many types on damaged input
        logger.info("ZIP %s rejected: %r", filename, error)
        raise InputRejected(filename, DAMAGED_REASON) from error
    if not contents.members:
        raise InputRejected(
            filename, "the ZIP archive contains no PDF, DOCX or text files"
        )
    logger.info(
        "expanded %s: %d files kept, %d skipped",
        filename,
        len(contents.members),
        len(contents.skipped),
    )
    return contents


def _checked_infos(
    archive: zipfile.ZipFile, filename: str, max_members: int, archive_size: int
) -> list[zipfile.ZipInfo]:
    """Return file entries after archive-wide zip-bomb checks."""
    infos = [info for info in archive.infolist() if not info.is_dir()]
    if len(infos) > max_members:
        raise InputRejected(
            filename,
            f"the ZIP archive has {len(infos)} files, over the limit of {max_members}",
        )
    _check_sizes(infos, filename, archive_size)
    overlap = _overlapping_member(archive.infolist())
    if overlap is not None:
        raise InputRejected(
            filename,
            f"the ZIP archive is malformed: {display_filename(overlap)} shares its "
            "data with "
            "another entry (a zip bomb trick)",
        )
    return infos


def _check_sizes(
    infos: list[zipfile.ZipInfo], filename: str, archive_size: int
) -> None:
    """Refuse archives that unpack too much, overall or for their size."""
    declared = sum(info.file_size for info in infos)
    if declared > MAX_TOTAL_UNPACKED_BYTES:
        raise _bomb(filename, declared)
    for info in infos:
        if info.file_size >= RATIO_CHECK_MIN_BYTES and info.file_size > (
            MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            raise InputRejected(
                filename,
                "the ZIP archive looks like a zip bomb "
                f"({display_filename(info.filename)} expands "
                f"{info.file_size // max(info.compress_size, 1)} times)",
            )
    if declared >= ARCHIVE_RATIO_MIN_BYTES and (
        declared > MAX_COMPRESSION_RATIO * max(archive_size, 1)
    ):
        raise InputRejected(
            filename,
            f"the ZIP archive looks like a zip bomb (it expands "
            f"{declared // max(archive_size, 1)} times)",
        )


def _overlapping_member(infos: list[zipfile.ZipInfo]) -> str | None:
    """Return the name of an entry whose data overlaps the next one, if any.

    Central-directory entries pointing into the same bytes let a small archive
    unpack the same data many times; honest archives never overlap.
    """
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for current, following in zip(ordered, ordered[1:], strict=False):
        end = current.header_offset + _LOCAL_HEADER_BYTES + current.compress_size
        if following.header_offset < end:
            return following.filename
    return None


def _bomb(filename: str, size: int) -> InputRejected:
    return InputRejected(
        filename,
        f"the ZIP archive unpacks to {format_size(size)}, over the "
        f"{format_size(MAX_TOTAL_UNPACKED_BYTES)} limit",
    )


def _read_members(
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    filename: str,
    max_bytes: int,
) -> ArchiveContents:
    """Read each acceptable member, never more bytes than the limits allow."""
    contents = ArchiveContents()
    total = 0
    for info in infos:
        name = safe_member_name(info.filename)
        reason = _skip_reason(info, name, max_bytes)
        if reason is None:
            member, reason = _read_limited(archive, info, max_bytes)
            total += len(member)
            if total > MAX_TOTAL_UNPACKED_BYTES:
                raise _bomb(filename, total)
            if reason is None and not posixpath.splitext(name)[1]:
                reason = _unnamed_reason(member)
        if reason is None:
            contents.members.append((display_filename(name), member))
        else:
            shown = display_filename(name or info.filename)
            contents.skipped.append(f"{shown}: {reason}")
            logger.info("skipped %s in %s: %s", info.filename, filename, reason)
    return contents


def safe_member_name(name: str) -> str | None:
    """Return a member's relative POSIX path, or None when it could escape.

    Args:
        name: The member name as stored in the archive.

    Returns:
        The normalised name, or None for absolute paths, drive letters and "..".

    """
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = name.split("/")
    if ".." in parts:
        return None
    normalised = posixpath.normpath(name)
    return None if normalised in {".", ""} else normalised


def _skip_reason(info: zipfile.ZipInfo, name: str | None, max_bytes: int) -> str | None:
    """Say why a member is skipped before reading it, or None to read it."""
    if name is None:
        return "unsafe path (it points outside the archive)"
    parts = name.split("/")
    if parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts):
        return "hidden or system file"
    suffix = posixpath.splitext(name)[1].lower()
    if suffix == ".zip":
        return "nested ZIP archives are not opened"
    if suffix and suffix not in RESUME_SUFFIXES:
        return f"not a resume file type ({suffix})"
    if info.flag_bits & 0x1:
        return "password-protected"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a symbolic link, not a file"
    if info.file_size > max_bytes:
        size, limit = format_size(info.file_size), format_size(max_bytes)
        return f"{size}, over the {limit} limit"
    return None


def _read_limited(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int
) -> tuple[bytes, str | None]:
    """Read a member, stopping past max_bytes whatever its header claims.

    Returns:
        The bytes read and, when the member must be skipped, the reason.

    """
    chunks = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_READ_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    return b"", f"over the {format_size(max_bytes)} limit"
                chunks.append(chunk)
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        OSError,
        EOFError,
    ):
        return b"", "damaged or uses an unsupported compression"
    return b"".join(chunks), None


def _unnamed_reason(member: bytes) -> str | None:
    """Say why a member without a file extension is skipped, judging its content."""
    if not member:
        return "empty file"
    sniffed = sniff(member)
    if sniffed.kind == "zip":
        return "nested ZIP archives are not opened"
    if sniffed.kind not in _KEPT_KINDS:
        return f"{sniffed.description}, not a PDF, DOCX or text file"
    return None
