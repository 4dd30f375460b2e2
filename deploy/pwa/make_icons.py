"""Draw the TalentSync app icons (any and maskable) into assets/icons/.

Run from the repository root: ``.venv/bin/python deploy/pwa/make_icons.py``.
The mark is a white page with text lines under a magnifying glass on the
brand indigo, drawn with shapes only so no font is needed.
"""

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = (62, 99, 221, 255)
WHITE = (255, 255, 255, 255)
LINE = (62, 99, 221, 200)
OUT = Path(__file__).resolve().parents[2] / "assets" / "icons"
SCALE = 4  # draw large, then downsample for smooth edges


def _mark(draw: ImageDraw.ImageDraw, size: int, inset: float) -> None:
    """Draw the page and magnifier inside a square inset by ``inset`` per side."""
    box = size * (1 - 2 * inset)
    x0, y0 = size * inset + box * 0.18, size * inset + box * 0.10
    x1, y1 = x0 + box * 0.50, y0 + box * 0.68
    draw.rounded_rectangle((x0, y0, x1, y1), radius=box * 0.05, fill=WHITE)
    for row in range(4):
        top = y0 + box * (0.12 + row * 0.12)
        right = x1 - box * (0.08 if row % 2 == 0 else 0.18)
        draw.rounded_rectangle(
            (x0 + box * 0.08, top, right, top + box * 0.045),
            radius=box * 0.02,
            fill=LINE,
        )
    cx, cy, r = x0 + box * 0.52, y0 + box * 0.58, box * 0.17
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=WHITE, width=int(box * 0.06))
    draw.line(
        (cx + r * 0.7, cy + r * 0.7, cx + r * 1.9, cy + r * 1.9),
        fill=WHITE,
        width=int(box * 0.08),
    )


def draw_icon(size: int, *, maskable: bool) -> Image.Image:
    """Return one icon; maskable icons fill the square and keep the mark in 80 %."""
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle((0, 0, big, big), fill=BRAND)
        _mark(draw, big, inset=0.14)
    else:
        draw.rounded_rectangle((0, 0, big, big), radius=big * 0.22, fill=BRAND)
        _mark(draw, big, inset=0.06)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    """Write every icon size the manifest lists."""
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        draw_icon(size, maskable=False).save(OUT / f"icon-{size}.png", optimize=True)
        draw_icon(size, maskable=True).save(
            OUT / f"icon-maskable-{size}.png", optimize=True
        )
    draw_icon(96, maskable=False).save(OUT / "shortcut-96.png", optimize=True)


if __name__ == "__main__":
    main()
