"""Draw the app's icons into ``assets/icons/`` (run by hand; the PNGs are committed).

Two speech bubbles, the second in front with a check mark: "a second
conversation, and you are sure". Drawn large and scaled down for smooth
edges. Maskable icons keep the picture inside the central 80% safe zone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))  # the app's brand colour, also when run as a script

from second_opinion.content.brand import brand_rgb  # noqa: E402

ICONS = ROOT / "assets" / "icons"
BRAND = brand_rgb()
BACK_BUBBLE = (164, 214, 230)
FRONT_BUBBLE = (255, 255, 255)
SIZE = 1024


def _bubble(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int],
            fill: tuple[int, int, int], tail_left: bool) -> None:
    left, top, right, bottom = box
    radius = (bottom - top) // 3
    draw.rounded_rectangle(box, radius=radius, fill=fill)
    width = right - left
    if tail_left:
        tail = [(left + width * 0.18, bottom - 2), (left + width * 0.08, bottom + width * 0.18),
                (left + width * 0.38, bottom - 2)]
    else:
        tail = [(right - width * 0.18, bottom - 2), (right - width * 0.08, bottom + width * 0.18),
                (right - width * 0.38, bottom - 2)]
    draw.polygon(tail, fill=fill)


def draw_picture(scale: float) -> Image.Image:
    """The bubbles on a transparent square; ``scale`` shrinks toward the centre."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        def at(v: float) -> int:
            return round(SIZE / 2 + (v - SIZE / 2) * scale)
        return at(x0), at(y0), at(x1), at(y1)

    _bubble(draw, box(150, 170, 700, 540), BACK_BUBBLE, tail_left=True)
    _bubble(draw, box(330, 400, 880, 770), FRONT_BUBBLE, tail_left=False)
    check = [box(470, 590, 0, 0)[:2], box(570, 680, 0, 0)[:2], box(750, 500, 0, 0)[:2]]
    draw.line(check, fill=BRAND, width=round(56 * scale), joint="curve")
    return image


def icon(size: int, maskable: bool) -> Image.Image:
    """A square icon: rounded for "any", full-bleed for "maskable"."""
    canvas = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    shape = ImageDraw.Draw(canvas)
    if maskable:
        shape.rectangle((0, 0, SIZE, SIZE), fill=BRAND)
    else:
        shape.rounded_rectangle((0, 0, SIZE - 1, SIZE - 1), radius=SIZE // 5, fill=BRAND)
    canvas.alpha_composite(draw_picture(0.72 if maskable else 0.92))
    return canvas.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        icon(size, maskable=False).save(ICONS / f"icon-{size}.png", optimize=True)
        icon(size, maskable=True).save(ICONS / f"icon-maskable-{size}.png", optimize=True)
    icon(180, maskable=True).convert("RGB").save(ICONS / "apple-touch-icon.png", optimize=True)
    icon(48, maskable=False).save(ICONS / "favicon.png", optimize=True)


if __name__ == "__main__":
    main()
