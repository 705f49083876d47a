"""Pictures made ready for the page: CMYK at a sensible resolution for print, light RGB for proofs.

The renderer asks `ImagePreparer(abs_path, mode, w_mm, h_mm)` for the file to place. We convert
with a real colour profile (ReportLab passes JPEGs through untouched, so an RGB photo would
reach the printer as RGB), flatten transparency on white, apply the EXIF rotation, and cap the
resolution so a 40-megapixel photo does not bloat the PDF. Results go to a cache keyed by the
source file's identity, the mode and the placed size, so a re-export reuses them."""
from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

from editor.errors import UserError
from editor.i18n import t
from editor.paths import user_data_dir

from .print_condition import cmyk_profile_path

MM_PER_INCH = 25.4
MIN_PRINT_PPI = 300          # below this a placed picture is reported
MAX_PRINT_PPI = 450          # above this it is resampled ...
TARGET_PRINT_PPI = 350       # ... down to this
PROOF_PPI = 150
PRINT_QUALITY = 92
PROOF_QUALITY = 85
# Bump when the conversion changes, so old cache entries are not reused.
_RECIPE = "1"



def default_cache_dir() -> Path:
    return user_data_dir() / "cache" / "images"


@dataclass
class ImageNote:
    """What happened to one placed picture: for the export report and the resolution warnings."""
    source: str
    mode: str                      # "print" | "proof"
    placed_w_mm: float
    placed_h_mm: float
    source_px: tuple[int, int]     # after EXIF rotation
    ppi: float                     # effective resolution of the source at placed size
    output: str
    output_px: tuple[int, int]
    source_mode: str               # Pillow mode of the source, e.g. RGB, RGBA, P, CMYK, L
    cached: bool = False

    @property
    def low_res(self) -> bool:
        return self.mode == "print" and self.ppi < MIN_PRINT_PPI


def effective_ppi(px: tuple[int, int], w_mm: float, h_mm: float) -> float:
    """Resolution at placed size when the picture fills its frame (the layout crops to fill, so
    the shorter side by scale decides)."""
    if w_mm <= 0 or h_mm <= 0:
        return float("inf")
    return min(px[0] / (w_mm / MM_PER_INCH), px[1] / (h_mm / MM_PER_INCH))


@dataclass
class ImagePreparer:
    """The `image_source` the renderer calls. Remembers what it prepared, so the exporter can
    warm it up picture by picture (with progress) before the renderer asks again."""
    cache_dir: Path = field(default_factory=default_cache_dir)
    _done: dict[tuple, ImageNote] = field(default_factory=dict)

    def __call__(self, abs_path, mode: str, w_mm: float, h_mm: float) -> str:
        key = (str(abs_path), mode, round(w_mm, 1), round(h_mm, 1))
        note = self._done.get(key)
        if note is None:
            note = prepare_image(Path(abs_path), mode, w_mm, h_mm, self.cache_dir)
            self._done[key] = note
        return note.output

    @property
    def notes(self) -> list[ImageNote]:
        return list(self._done.values())

    def low_res(self) -> list[ImageNote]:
        return [n for n in self.notes if n.low_res]


def prepare_image(src: Path, mode: str, w_mm: float, h_mm: float, cache_dir: Path) -> ImageNote:
    if mode not in ("print", "proof"):
        raise ValueError(f"mode must be print or proof, not {mode!r}")
    try:
        st = src.stat()
    except OSError as exc:
        raise UserError("找不到图片 {path}：{err}", "Cannot read the picture {path}: {err}",
                        path=str(src), err=exc.strerror or str(exc)) from None
    key = hashlib.sha1(repr((_RECIPE, str(src.resolve()), st.st_mtime_ns, st.st_size, mode,
                             round(w_mm, 1), round(h_mm, 1))).encode()).hexdigest()[:20]
    cache_dir = Path(cache_dir)
    out = cache_dir / f"{key}-{mode}.jpg"
    meta = cache_dir / f"{key}-{mode}.txt"
    if out.is_file() and meta.is_file():
        fields = meta.read_text(encoding="utf-8").split()
        if len(fields) == 5:
            sw, sh, ow, oh, smode = fields
            _touch(meta)
            px = (int(sw), int(sh))
            return ImageNote(str(src), mode, w_mm, h_mm, px, effective_ppi(px, w_mm, h_mm),
                             str(out), (int(ow), int(oh)), smode, cached=True)
    note = _convert(src, mode, w_mm, h_mm, out)
    _atomic_write_text(meta, f"{note.source_px[0]} {note.source_px[1]} {note.output_px[0]} "
                             f"{note.output_px[1]} {note.source_mode}\n")
    return note


def _convert(src: Path, mode: str, w_mm: float, h_mm: float, out: Path) -> ImageNote:
    try:
        im = Image.open(src)
        size = _oriented_size(im)
        ppi = effective_ppi(size, w_mm, h_mm)
        target = TARGET_PRINT_PPI if mode == "print" else PROOF_PPI
        limit = MAX_PRINT_PPI if mode == "print" else PROOF_PPI * 1.2
        scale = target / ppi if ppi > limit else 1.0
        want = (max(1, round(size[0] * scale)), max(1, round(size[1] * scale)))
        if scale < 1.0 and im.format == "JPEG":
            # Let the JPEG decoder skip detail we would throw away anyway: far faster on big photos.
            rotated = _exif_orientation(im) in (5, 6, 7, 8)
            im.draft(None, (want[1], want[0]) if rotated else want)
        source_mode = im.mode
        icc = im.info.get("icc_profile")
        im = ImageOps.exif_transpose(im)
        im = _flatten(im)
        if im.size != want:
            im = im.resize(want, Image.Resampling.LANCZOS)
        im = _to_print(im, icc) if mode == "print" else _to_proof(im, icc)
        quality = PRINT_QUALITY if mode == "print" else PROOF_QUALITY
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".img-", suffix=".jpg", dir=out.parent)
        os.close(fd)
        try:
            im.save(tmp, "JPEG", quality=quality, optimize=mode == "proof")
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, Image.DecompressionBombError, ImageCms.PyCMSError) as exc:
        raise UserError("无法处理图片 {path}：{err}", "Cannot prepare the picture {path}: {err}",
                        path=str(src), err=str(exc)) from None
    return ImageNote(str(src), mode, w_mm, h_mm, size, ppi, str(out), im.size, source_mode)


def _exif_orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except Exception:   # a broken EXIF block must not stop the export; it just is not applied
        return 1


def _oriented_size(im: Image.Image) -> tuple[int, int]:
    w, h = im.size
    return (h, w) if _exif_orientation(im) in (5, 6, 7, 8) else (w, h)


def _flatten(im: Image.Image) -> Image.Image:
    """Alpha onto white; palette and odd modes to RGB or L. Returns RGB, L or CMYK."""
    if im.mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    elif im.mode == "PA":
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "RGBa", "La"):
        gray = im.mode in ("LA", "La")
        base = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(base, im.convert("RGBA")).convert("L" if gray else "RGB")
    elif im.mode == "1":
        im = im.convert("L")
    elif im.mode.startswith("I") or im.mode == "F":
        # 16-bit or float grey: scale to 8 bits rather than clip.
        im = im.convert("F")
        lo, hi = im.getextrema()
        span = (hi - lo) or 1
        im = im.point(lambda v: (v - lo) * 255.0 / span).convert("L")
    elif im.mode not in ("RGB", "L", "CMYK"):
        im = im.convert("RGB")
    return im


def _to_print(im: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB through a colour profile to CMYK; grey stays grey (DeviceGray prints on K)."""
    if im.mode != "RGB":
        return im
    transform = _rgb_to_cmyk(icc)
    return ImageCms.applyTransform(im, transform)


def _to_proof(im: Image.Image, icc: bytes | None) -> Image.Image:
    if im.mode == "CMYK":
        source = _profile_from(icc) or ImageCms.getOpenProfile(str(cmyk_profile_path()))
        return ImageCms.profileToProfile(im, source, _srgb(), outputMode="RGB")
    if im.mode == "RGB" and icc:
        source = _profile_from(icc)
        if source is not None:
            return ImageCms.profileToProfile(im, source, _srgb(), outputMode="RGB")
    return im


def _profile_from(icc: bytes | None):
    if not icc:
        return None
    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except (OSError, ImageCms.PyCMSError):
        return None


_SRGB = None
_TRANSFORMS: dict[bytes, object] = {}


def _srgb():
    global _SRGB
    if _SRGB is None:
        _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return _SRGB


def _rgb_to_cmyk(icc: bytes | None):
    """A cached transform: building one costs more than converting a small photo."""
    key = hashlib.sha1(icc).digest() if icc else b""
    transform = _TRANSFORMS.get(key)
    if transform is None:
        source = _profile_from(icc)
        if source is None or source.profile.xcolor_space.strip() != "RGB":
            source = _srgb()
        target = ImageCms.getOpenProfile(str(cmyk_profile_path()))
        transform = ImageCms.buildTransform(source, target, "RGB", "CMYK",
                                            renderingIntent=ImageCms.Intent.PERCEPTUAL)
        _TRANSFORMS[key] = transform
    return transform


def _touch(path: Path) -> None:
    """Mark a cache entry as used, for prune_cache (file systems mounted noatime ignore reads)."""
    try:
        os.utime(path)
    except OSError:
        pass


CACHE_KEEP_DAYS = 120
PRUNE_EVERY_S = 86400
_PRUNE_STAMP = ".pruned"


def prune_cache(cache_dir: Path, keep_days: float = CACHE_KEEP_DAYS,
                every_s: float = PRUNE_EVERY_S) -> int:
    """Remove cache entries unused for `keep_days` (a picture replaced or resized leaves its old
    entries behind). Returns how many files went. Done at most once every `every_s` (a stamp file
    records the last time): listing a busy office's cache (tens of thousands of entries) took a
    quarter of a second, more than the rest of an export's start-up."""
    import time
    now = time.time()
    stamp = Path(cache_dir) / _PRUNE_STAMP
    try:
        if now - stamp.stat().st_mtime < every_s:
            return 0
    except OSError:
        pass                    # never pruned (or no cache yet)
    cutoff = now - keep_days * 86400
    removed = 0
    try:
        metas = list(Path(cache_dir).glob("*.txt"))
        stamp.touch()
    except OSError:
        return 0
    for meta in metas:
        try:
            if meta.stat().st_mtime >= cutoff:
                continue
            meta.with_suffix(".jpg").unlink(missing_ok=True)
            meta.unlink()
            removed += 2
        except OSError:
            continue
    return removed


def _atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".meta-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def resolution_warnings(notes: list[ImageNote]) -> list[str]:
    """One line per picture below 300 ppi at placed size, in the user's language."""
    return [t("图片分辨率不足：{src} 在版面尺寸 {w:.0f}×{h:.0f} 毫米下仅 {ppi:.0f} ppi（需 ≥300）",
              "Low resolution: {src} is only {ppi:.0f} ppi at {w:.0f}×{h:.0f} mm (needs ≥300)",
              src=Path(n.source).name, w=n.placed_w_mm, h=n.placed_h_mm, ppi=n.ppi)
            for n in notes if n.low_res]
