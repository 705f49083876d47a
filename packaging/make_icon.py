"""Draw the IssueDesk icons with Pillow: the program icon (a red magazine cover with 刊) and the
icon of an issue file (a white page with the same mark), as PNG and as a Windows .ico.

    python packaging/make_icon.py            # writes resources/icons/, keeps existing files
    python packaging/make_icon.py --force    # redraws them

The outputs are committed; the build only checks they are there. The 刊 is drawn in the
program's own bold sans (the prepared Noto Sans SC Bold), so the fonts must be prepared.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents as bc  # noqa: E402

RED = (178, 34, 34, 255)
DARK_RED = (120, 18, 18, 255)
PAPER = (252, 250, 244, 255)
INK = (40, 40, 40, 255)

APP_PNG = "issuedesk.png"
APP_ICO = "issuedesk.ico"
DOC_PNG = "issuedesk-document.png"
DOC_ICO = "issuedesk-document.ico"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
PNG_SIZES = (16, 32, 48, 64, 128, 256)   # the hicolor theme sizes the .deb installs


def _bold_font(size: int) -> ImageFont.FreeTypeFont:
    from editor.layout.fonts import font_file
    return ImageFont.truetype(str(font_file("sans", bold=True)), size)


def _centered_char(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], char: str,
                   size: int, fill) -> None:
    font = _bold_font(size)
    left, top, right, bottom = draw.textbbox((0, 0), char, font=font)
    x = (box[0] + box[2] - (right - left)) / 2 - left
    y = (box[1] + box[3] - (bottom - top)) / 2 - top
    draw.text((x, y), char, font=font, fill=fill)


def app_icon(size: int = 1024) -> Image.Image:
    """A cover: red rounded square, a paper band at the foot like a contents strip, 刊 in white."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = size // 16
    radius = size // 7
    d.rounded_rectangle((pad, pad, size - pad, size - pad), radius, fill=RED)
    spine = size // 9   # the darker band on the left reads as a bound spine
    d.rounded_rectangle((pad, pad, pad + spine + radius, size - pad), radius, fill=DARK_RED)
    d.rectangle((pad + spine, pad, pad + spine + radius, size - pad), fill=RED)
    band_top = int(size * 0.70)
    d.rectangle((pad + spine, band_top, size - pad - radius // 3, band_top + size // 9), fill=PAPER)
    for i in range(3):   # contents lines on the band
        y = band_top + size // 36 + i * size // 40
        d.line((pad + spine + size // 20, y, size - pad - size // 6 + (i % 2) * size // 14, y),
               fill=INK, width=max(1, size // 200))
    _centered_char(d, (pad + spine, pad, size - pad, band_top), "刊", int(size * 0.52), PAPER)
    return img


def document_icon(size: int = 1024) -> Image.Image:
    """An issue file: a white page with a folded corner and a small red cover mark."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    left, right = int(size * 0.16), int(size * 0.84)
    top, bottom = int(size * 0.06), int(size * 0.94)
    fold = int(size * 0.20)
    page = [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)]
    d.polygon(page, fill=PAPER, outline=(120, 120, 120, 255), width=max(1, size // 96))
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)],
              fill=(220, 216, 206, 255), outline=(120, 120, 120, 255), width=max(1, size // 96))
    mark = (int(size * 0.26), int(size * 0.34), int(size * 0.74), int(size * 0.82))
    d.rounded_rectangle(mark, size // 18, fill=RED)
    _centered_char(d, mark, "刊", int(size * 0.34), PAPER)
    return img


def write_icons(folder: Path, force: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for base, draw in ((APP_PNG, app_icon), (DOC_PNG, document_icon)):
        png, ico = folder / base, folder / base.replace(".png", ".ico")
        if not force and png.is_file() and ico.is_file():
            continue
        big = draw()
        big.resize((256, 256), Image.LANCZOS).save(png)
        big.save(ico, sizes=ICO_SIZES)
        written += [png, ico]
    return written


def sized_png(source: Path, size: int, target: Path) -> Path:
    """A copy of an icon PNG at one size (the .deb's hicolor folders want each size)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(source) as img:
        img.convert("RGBA").resize((size, size), Image.LANCZOS).save(target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description="Draw the IssueDesk icons into resources/icons/.")
    parser.add_argument("--force", action="store_true", help="redraw existing icons")
    args = parser.parse_args()
    for path in write_icons(bc.ICONS, args.force):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
