"""Refuse PDFs whose compressed streams unpack to far more than any resume."""

from __future__ import annotations

import itertools
import logging
import re
import zlib
from collections.abc import Iterator

from talentsync_app.core.extract.detect import format_size
from talentsync_app.core.types import InputRejected

logger = logging.getLogger(__name__)

# pdfium inflates a page's content streams whole, using 2-3 bytes of memory per
# unpacked byte and about 0.1 s per MB of drawing operators: a 1 MB upload
# holding a 1 GB stream took 6-11 s and 2.1 GB. Resumes unpack to well under
# 1 MB of page content (a 500-page manual to 12 MB).
MAX_CONTENT_BYTES = 16 * 1024 * 1024
# Every stream together, images and fonts included (images are not decoded for
# text, but a content stream could claim to be one).
MAX_STREAM_BYTES = 128 * 1024 * 1024
# [/FlateDecode /FlateDecode] multiplies the ratio; deeper nesting is refused.
_MAX_NESTING = 4
_CHUNK = 64 * 1024
_HEADER_WINDOW = 4096
_KEYWORD = b"stream"
# After the keyword pdfium skips to the next line, as here.
_REST_OF_LINE_RE = re.compile(rb"[^\r\n]{0,256}?(?:\r\n|\r|\n)")
_NOT_CONTENT_RE = re.compile(
    rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b|/Length[123]\b"
)


def check_stream_sizes(data: bytes, filename: str) -> None:
    """Reject a PDF whose Flate streams would unpack to an unsafe size.

    Each stream is inflated in bounded chunks (nested Flate layers too) and
    counting stops as soon as a limit is passed, so a bomb costs at most the
    limit, never its full size.

    Args:
        data: The PDF bytes.
        filename: Name shown in the message.

    Raises:
        InputRejected: When page content passes ``MAX_CONTENT_BYTES`` or all
            streams together pass ``MAX_STREAM_BYTES``.

    """
    # TODO(2): pdfium also decodes a stream again for every /Contents entry
    # naming it and parses a form XObject again for every "Do" (3 KB drawing a
    # 1 MB form 100 times: 10 s, 1.9 GB), and streams behind ASCIIHex/ASCII85/
    # LZW/RunLength filters or encryption are not inflated here. Only running
    # pdfium in a memory- and time-limited worker process closes all of these.
    view = memoryview(data)
    content = total = 0
    for keyword, start in _stream_starts(data):
        header = data[max(0, keyword - _HEADER_WINDOW) : keyword]
        is_content = _NOT_CONTENT_RE.search(header[header.rfind(b"obj") + 1 :]) is None
        room = MAX_STREAM_BYTES - total
        if is_content:
            room = min(room, MAX_CONTENT_BYTES - content)
        size = inflated_size(view[start:], room + 1)
        total += size
        content += size if is_content else 0
        if content > MAX_CONTENT_BYTES or total > MAX_STREAM_BYTES:
            _reject(filename, content > MAX_CONTENT_BYTES)


def _stream_starts(data: bytes) -> Iterator[tuple[int, int]]:
    """Yield the offsets of each "stream" keyword and of the data after it."""
    keyword = data.find(_KEYWORD)
    while keyword >= 0:
        if not data[keyword - 1 : keyword].isalpha():  # not "endstream"
            line_end = _REST_OF_LINE_RE.match(data, keyword + len(_KEYWORD))
            if line_end is not None:
                yield keyword, line_end.end()
        keyword = data.find(_KEYWORD, keyword + len(_KEYWORD))


def _reject(filename: str, content: bool) -> None:
    limit = MAX_CONTENT_BYTES if content else MAX_STREAM_BYTES
    what = "page content" if content else "data"
    logger.warning("PDF %s refused: over %s of %s", filename, format_size(limit), what)
    raise InputRejected(
        filename,
        f"the PDF unpacks to more than {format_size(limit)} of {what}, far more "
        "than a resume; save it again from the original document",
    )


def inflated_size(view: memoryview, limit: int) -> int:
    """Count the bytes a zlib stream at the start of ``view`` inflates to.

    Output that is itself a zlib stream is inflated too and counted as well;
    more than ``_MAX_NESTING`` nested layers count as over the limit.

    Args:
        view: Bytes starting where the stream's data starts.
        limit: Counting stops once this many bytes were produced.

    Returns:
        The inflated size (0 when ``view`` does not start with zlib data), or a
        number over ``limit`` when the limit was reached.

    """
    total = [0]
    pieces = _counted(_inflate(_slices(view)), total, limit)
    for _ in range(_MAX_NESTING):
        first = next(pieces, b"")
        pieces = itertools.chain([first], pieces)
        if not _is_zlib_header(first):
            break
        pieces = _counted(_inflate(pieces), total, limit)
    else:  # still compressed after the deepest layer read: refuse, never guess
        return limit + 1
    for _ in pieces:
        pass
    return total[0]


def _slices(view: memoryview) -> Iterator[memoryview]:
    for start in range(0, len(view), _CHUNK):
        yield view[start : start + _CHUNK]


def _inflate(chunks: Iterator[bytes | memoryview]) -> Iterator[bytes]:
    """Yield the output of the zlib stream fed as chunks, in bounded pieces."""
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            while chunk:
                piece = inflater.decompress(chunk, _CHUNK)
                chunk = inflater.unconsumed_tail
                if piece:
                    yield piece
                if inflater.eof:
                    return
    except zlib.error:  # not zlib data, or damaged: pdfium reads no more either
        return


def _counted(pieces: Iterator[bytes], total: list[int], limit: int) -> Iterator[bytes]:
    for piece in pieces:
        total[0] += len(piece)
        yield piece
        if total[0] > limit:
            return


def _is_zlib_header(head: bytes) -> bool:
    """Tell whether bytes start a zlib stream (deflate, valid check bits)."""
    return (
        len(head) >= 2
        and head[0] & 0x0F == 8
        and head[0] >> 4 <= 7
        and not head[1] & 0x20
        and ((head[0] << 8) | head[1]) % 31 == 0
    )
