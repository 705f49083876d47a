"""Image intake: measurements, EXIF orientation, colour modes, refusals, cached thumbnails."""
from __future__ import annotations

import io
import os

import pytest
from PIL import Image, ImageCms

from editor.errors import UserError
from editor.importers.images import prepare_image, prepare_image_file, thumbnail


def _bytes(im: Image.Image, fmt: str, **save) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **save)
    return out.getvalue()


def test_exif_orientation_is_applied_to_the_pixels():
    im = Image.new("RGB", (80, 120), "white")
    im.paste((255, 0, 0), (0, 0, 80, 20))          # a red band along the stored top edge
    exif = Image.Exif()
    exif[0x0112] = 6                                # shown turned 90° clockwise
    prepared = prepare_image(_bytes(im, "JPEG", exif=exif.tobytes(), dpi=(300, 300)), "p.jpg")
    assert (prepared.info.width_px, prepared.info.height_px) == (120, 80)
    assert prepared.orientation == 6
    upright = Image.open(io.BytesIO(prepared.data))
    assert upright.size == (120, 80)
    assert upright.getexif().get(0x0112) in (None, 1)
    r, g, b = upright.getpixel((110, 40))           # the band is now on the right
    assert r > 200 and g < 80
    assert prepared.info.dpi_x == 300


def test_unrotated_file_kept_byte_for_byte():
    data = _bytes(Image.new("CMYK", (50, 40), (0, 50, 100, 0)), "JPEG")
    prepared = prepare_image(data, "c.jpg")
    assert prepared.data == data and prepared.info.mode == "CMYK" and prepared.ext == ".jpg"


@pytest.mark.parametrize("mode,fmt", [("L", "PNG"), ("P", "PNG"), ("RGBA", "PNG"), ("RGB", "TIFF"),
                                      ("CMYK", "TIFF")])
def test_modes(mode, fmt):
    prepared = prepare_image(_bytes(Image.new(mode, (30, 20)), fmt), f"x.{fmt.lower()}")
    assert prepared.info.mode == mode and prepared.format == fmt
    assert (prepared.info.width_px, prepared.info.height_px) == (30, 20)


def test_icc_profile_recorded():
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    prepared = prepare_image(_bytes(Image.new("RGB", (10, 10)), "JPEG", icc_profile=icc), "s.jpg")
    assert prepared.info.icc and "sRGB" in prepared.info.icc


@pytest.mark.parametrize("data,word", [
    (b"", "空"),
    (b"GIF89a-not-really", "图片格式"),
    (b"plain text, not a picture", "图片格式"),
])
def test_refusals(data, word):
    with pytest.raises(UserError, match=word):
        prepare_image(data, "bad.img")


def test_truncated_png():
    data = _bytes(Image.effect_noise((300, 300), 50).convert("RGB"), "PNG")
    with pytest.raises(UserError, match="不完整"):
        prepare_image(data[: len(data) // 3], "cut.png")


def test_type_pillow_reads_but_print_does_not():
    data = _bytes(Image.new("RGB", (16, 16)), "ICO")
    with pytest.raises(UserError, match="ICO"):
        prepare_image(data, "favicon.ico")


def test_pixel_limit(monkeypatch):
    from editor.importers import images
    monkeypatch.setattr(images, "MAX_PIXELS", 100 * 100)
    with pytest.raises(UserError, match="像素过多"):
        prepare_image(_bytes(Image.new("L", (101, 100)), "PNG"), "big.png")


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="无法读取"):
        prepare_image_file(tmp_path / "nope.jpg")


def test_thumbnail_cached_and_rgb(tmp_path):
    src = tmp_path / "c.jpg"
    src.write_bytes(_bytes(Image.new("CMYK", (1200, 800), (0, 100, 100, 0)), "JPEG"))
    cache = tmp_path / "thumbs"
    first = thumbnail(src, 200, cache_dir=cache)
    with Image.open(first) as im:
        assert im.mode == "RGB" and max(im.size) == 200
    stamp = first.stat().st_mtime_ns
    assert thumbnail(src, 200, cache_dir=cache) == first
    assert first.stat().st_mtime_ns == stamp
    assert len(os.listdir(cache)) == 1


def test_loose_picture_for_a_figure(tmp_path):
    from editor.importers.images import add_to_figure
    from editor.model import Figure

    src = tmp_path / "现场照片.tif"
    Image.new("RGB", (640, 480)).save(src, "TIFF", dpi=(300, 300))
    stored = {}

    def add_image(data, hint):
        stored[hint] = data
        return f"images/{hint}"

    fig = Figure(id="f01", caption="现场")
    assert add_to_figure(fig, src, add_image) == "images/现场照片.tif"
    assert fig.info.width_px == 640 and fig.info.dpi_x == 300
    assert stored["现场照片.tif"] == src.read_bytes()
