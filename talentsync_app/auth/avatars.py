"""Profile pictures: check size and real type, re-encode, store under a random name."""

import base64
import io
import logging
import secrets
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from talentsync_app.auth.errors import InvalidInput

logger = logging.getLogger(__name__)

AVATAR_FOLDER = "avatars"
ALLOWED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF"}
MAX_SIDE_PIXELS = 256
MAX_SOURCE_PIXELS = 40_000_000
STORED_SUFFIX = ".png"


def avatar_dir(upload_dir: Path) -> Path:
    """Folder of the stored avatars (created on demand)."""
    folder = Path(upload_dir) / AVATAR_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_avatar(data: bytes, upload_dir: Path, *, max_bytes: int) -> str:
    """Validate an uploaded picture and store a re-encoded square-ish copy.

    The type is read from the content, never from the name the browser sent;
    re-encoding drops metadata (such as GPS positions) and anything hidden
    after the image data.

    Returns:
        The stored file name (random, no client-supplied part).

    Raises:
        InvalidInput: For empty, oversized or non-image data, or other formats.

    """
    if not data:
        raise InvalidInput("The picture is empty.")
    if len(data) > max_bytes:
        raise InvalidInput(f"Pictures may be at most {max_bytes // 1024} KB.")
    image = _open_image(data)
    image.thumbnail((MAX_SIDE_PIXELS, MAX_SIDE_PIXELS))
    name = secrets.token_hex(16) + STORED_SUFFIX
    image.convert("RGBA").save(avatar_dir(upload_dir) / name, format="PNG")
    logger.info("stored avatar %s (%d bytes uploaded)", name, len(data))
    return name


def avatar_data_url(name: str | None, upload_dir: Path) -> str:
    """Return a stored avatar as a ``data:`` URL, or "" when there is none."""
    path = _stored_path(name, upload_dir)
    if path is None or not path.is_file():
        return ""
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return f"data:image/png;base64,{encoded}"


def remove_avatar(name: str | None, upload_dir: Path) -> None:
    """Delete a stored avatar, if present."""
    path = _stored_path(name, upload_dir)
    if path is not None:
        path.unlink(missing_ok=True)


def _open_image(data: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            width, height = probe.size
            probe.verify()
        if kind not in ALLOWED_FORMATS:
            raise InvalidInput("Use a PNG, JPEG, WebP or GIF picture.")
        if width * height > MAX_SOURCE_PIXELS:
            raise InvalidInput("The picture has too many pixels.")
        image = Image.open(io.BytesIO(data))
        image.load()
        return image
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        logger.info("avatar upload rejected: not a readable image")
        raise InvalidInput("This file is not a picture TalentSync can read.") from None


def _stored_path(name: str | None, upload_dir: Path) -> Path | None:
    # Names are generated here, so anything else (a path) is refused outright.
    if not name or not name.endswith(STORED_SUFFIX) or not name[:-4].isalnum():
        return None
    return Path(upload_dir) / AVATAR_FOLDER / name
