"""Resume lines and ZIP builders for hostile upload inputs, all in memory.

PDF builders live in ``hostile_pdf.py`` and DOCX builders in ``hostile_docx.py``.
"""

import io
import stat
import struct
import zipfile
import zlib

RESUME_LINES = [
    "Jane Example",
    "jane@example.org | +1 415 555 0100",
    "EXPERIENCE",
    "Data Engineer, Example Corp, 2019 - 2023",
    "Built pipelines with Python and SQL for analytics teams.",
    "EDUCATION",
    "BSc Computer Science, Example University, 2018",
    "SKILLS",
    "Python, SQL, Airflow, Kafka",
]


def zip_bytes(members: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP archive of the given members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buffer.getvalue()


def symlink_zip(
    name: str, target: str, *, others: dict[str, bytes] | None = None
) -> bytes:
    """A ZIP with a Unix symlink member pointing at ``target``, then ``others``."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, target)
        for other, data in (others or {}).items():
            archive.writestr(other, data)
    return buffer.getvalue()


def many_members_zip(count: int) -> bytes:
    """A stored ZIP with ``count`` tiny members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for index in range(count):
            archive.writestr(f"r{index}.txt", b"x")
    return buffer.getvalue()


def overlapping_zip(members: int, kernel: int = 900 * 1024) -> bytes:
    """Central-directory entries that all point at one compressed local file.

    Each entry claims the same ``kernel``-byte text, so a reader that does not
    notice the overlap unpacks ``members`` times the kernel from one copy.
    """
    text = (b"Python SQL engineer resume line\n" * (kernel // 32 + 1))[:kernel]
    compressed = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = compressed.compress(text) + compressed.flush()
    crc = zlib.crc32(text)
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(payload), kernel, 5, 0
    )
    out = bytearray(local + b"a.txt" + payload)
    central = bytearray()
    name = b"a.txt"
    for _ in range(members):
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(payload),
            kernel,
            len(name),
            0,
            0,
            0,
            0,
            0,
            0,
        )
        central += name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, members, members, len(central), len(out), 0
    )
    return bytes(out + central + end)


def lying_size_zip(real: int, claimed: int) -> bytes:
    """A ZIP whose member header claims ``claimed`` bytes but inflates to ``real``."""
    data = zip_bytes({"resume.txt": b" " * real})
    fake = struct.pack("<L", claimed)
    real_size = struct.pack("<L", real)
    return data.replace(real_size, fake)
