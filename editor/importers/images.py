"""Images coming into an issue, from Word files or loose: measured, checked, oriented.

The file is kept byte for byte (a CMYK JPEG stays the printer's CMYK JPEG, an ICC profile stays
attached) except when its EXIF orientation says the stored pixels are turned: ReportLab and most
PDF tools ignore that tag, so the pixels are turned once here and the tag dropped.
Hostile input is refused before anything is written: a file that is not an image, a type we do
not print, a truncated file, a picture so large it would exhaust memory (a decompression bomb)."""
from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from editor.errors import UserError
from editor.model import ImageInfo

# Formats a print workflow can take in; anything else Pillow may read (icons, PSD) is refused.
ACCEPTED = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif", "BMP": ".bmp", "GIF": ".gif",
            "WEBP": ".webp"}
MAX_BYTES = 200 * 1024 * 1024
# 2 × Pillow's default limit would still be 180 MP; a 300 ppi double-page spread is ~35 MP.
MAX_PIXELS = 89_478_485
ORIENTATION = 0x0112


@dataclass
class PreparedImage:
    data: bytes          # what goes into images/
    ext: str             # file extension for it, with the dot
    info: ImageInfo
    format: str          # JPEG, PNG …
    orientation: int | None = None   # the EXIF tag found (applied when 2–8)


def _refuse(zh: str, en: str, name: str, **values) -> UserError:
    return UserError("图片“{name}”" + zh, "Image {name!r} " + en, name=name, **values)


def prepare_image(data: bytes, name: str) -> PreparedImage:
    """Check and measure image bytes; turn them upright if EXIF asks. UserError when hostile."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data:
        raise _refuse("是空文件。", "is an empty file.", name)
    if len(data) > MAX_BYTES:
        raise _refuse("过大（{mb} MB）。", "is too large ({mb} MB).", name, mb=len(data) // 2**20)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(data))
        except UnidentifiedImageError:
            raise _refuse("不是可识别的图片格式（请用 JPEG、PNG 或 TIFF）。",
                          "is not an image type that can be read (use JPEG, PNG or TIFF).", name) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _bomb(name) from None
        except OSError as exc:
            raise _refuse("无法读取：{err}", "cannot be read: {err}", name, err=exc) from None
        fmt = im.format or ""
        if fmt not in ACCEPTED:
            raise _refuse("的格式 {fmt} 不能用于印刷（请用 JPEG、PNG 或 TIFF）。",
                          "is in {fmt}, which cannot go to print (use JPEG, PNG or TIFF).", name, fmt=fmt or "?")
        width, height = im.size
        if width * height > MAX_PIXELS or width <= 0 or height <= 0:
            raise _bomb(name)
        try:
            im.load()   # decodes everything: a truncated file fails here, not at export
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _bomb(name) from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise _refuse("不完整或已损坏（{err}）。", "is truncated or damaged ({err}).", name, err=exc) from None

    orientation = None
    try:
        orientation = im.getexif().get(ORIENTATION)
    except Exception:   # a broken EXIF block does not make the picture unusable
        orientation = None
    stored = data
    if orientation in (2, 3, 4, 5, 6, 7, 8):
        upright = ImageOps.exif_transpose(im)
        stored = _encode(upright, fmt, im.info)
        im = upright
    dpi_x, dpi_y = _dpi(im.info.get("dpi"))
    info = ImageInfo(width_px=im.size[0], height_px=im.size[1], dpi_x=dpi_x, dpi_y=dpi_y,
                     mode=im.mode, icc=_icc_description(im.info.get("icc_profile")))
    return PreparedImage(stored, ACCEPTED[fmt], info, fmt, orientation)


def prepare_image_file(path) -> PreparedImage:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refuse("过大（{mb} MB）。", "is too large ({mb} MB).", path.name, mb=size // 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("无法读取图片 {path}：{err}", "Cannot read the image {path}: {err}",
                        path=str(path), err=exc.strerror or str(exc)) from None
    return prepare_image(data, path.name)


def add_to_figure(figure, path, add_image) -> str:
    """A loose picture (JPEG, PNG, TIFF) for a figure, checked like those from Word files.
    add_image(data, name_hint) stores it in the issue folder and returns its relative path."""
    prepared = prepare_image_file(path)
    figure.image = add_image(prepared.data, Path(path).stem + prepared.ext)
    figure.info = prepared.info
    return figure.image


def _bomb(name: str) -> UserError:
    return _refuse("像素过多（超过 {mp} 百万像素），可能是恶意文件，拒绝读取。",
                   "has too many pixels (over {mp} megapixels); it may be hostile and is refused.",
                   name, mp=MAX_PIXELS // 1_000_000)


def _encode(im, fmt: str, info: dict) -> bytes:
    out = io.BytesIO()
    keep = {k: info[k] for k in ("icc_profile", "dpi") if info.get(k)}
    if fmt == "JPEG":
        im.save(out, "JPEG", quality=95, **keep)
    elif fmt == "TIFF":
        im.save(out, "TIFF", compression="tiff_lzw", **keep)
    else:
        im.save(out, fmt, **keep)
    return out.getvalue()


def _dpi(value) -> tuple[float | None, float | None]:
    """Resolution as two floats; TIFF gives rationals, files without a unit give nothing."""
    try:
        x, y = (float(v) for v in value[:2])
    except (TypeError, ValueError, ZeroDivisionError):
        return None, None
    if not (x > 0 and y > 0):
        return None, None
    return round(x, 2), round(y, 2)


def _icc_description(icc: bytes | None) -> str | None:
    if not icc:
        return None
    try:
        from PIL import ImageCms
        desc = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
        return desc.strip() or "ICC"
    except Exception:   # an unreadable profile is still a profile the printer should hear of
        return "ICC"


# ---- thumbnails for the GUI ------------------------------------------------------------------

_thumb_memo: dict[tuple, Path] = {}


def thumbnail(path, max_px: int = 256, cache_dir: Path | None = None) -> Path:
    """A small upright RGB(A) PNG of the image, made once and kept in the user's cache:
    the GUI paints from it instead of decoding a 1200-pixel CMYK JPEG on every repaint."""
    from PIL import Image, ImageOps

    path = Path(path)
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns, max_px)
    if key in _thumb_memo and _thumb_memo[key].is_file():
        return _thumb_memo[key]
    if cache_dir is None:
        from editor.paths import user_data_dir
        cache_dir = user_data_dir() / "thumbnails"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    target = cache_dir / f"{digest}-{max_px}.png"
    if not target.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        with Image.open(path) as im:
            if im.format == "JPEG":
                im.draft("RGB", (max_px, max_px))   # decode at reduced size: much faster
            im = ImageOps.exif_transpose(im)
            im = im.convert("RGBA" if im.mode in ("RGBA", "LA", "P", "PA") else "RGB")
            im.thumbnail((max_px, max_px))
            temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            im.save(temp, "PNG")
            os.replace(temp, target)
    _thumb_memo[key] = target
    return target
