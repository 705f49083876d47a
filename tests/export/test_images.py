"""Pictures for print become CMYK through the colour profile; proofs stay RGB and light."""
from __future__ import annotations

import os

import pytest
from PIL import Image

from editor.export.images import ImagePreparer, cmyk_profile_path, prepare_image


def _open(note):
    return Image.open(note.output)


def test_profile_ships_and_is_cmyk():
    from PIL import ImageCms
    profile = ImageCms.getOpenProfile(str(cmyk_profile_path()))
    assert profile.profile.xcolor_space.strip() == "CMYK"
    assert (cmyk_profile_path().parent / "LICENCE").is_file()


def test_rgb_jpeg_becomes_cmyk_with_sane_values(tmp_path):
    src = tmp_path / "flag.jpg"
    im = Image.new("RGB", (400, 300), (230, 20, 20))            # red left half
    im.paste((255, 255, 255), (200, 0, 400, 150))              # white top right
    im.paste((20, 20, 20), (200, 150, 400, 300))               # near black bottom right
    im.save(src, quality=95)
    note = prepare_image(src, "print", 30, 22.5, tmp_path / "cache")
    out = _open(note)
    assert out.mode == "CMYK" and out.format == "JPEG" and out.size == (400, 300)
    c, m, y, k = out.getpixel((50, 150))
    assert m > 200 and y > 180 and c < 40 and k < 40           # red is magenta + yellow
    assert max(out.getpixel((350, 40))) < 12                   # white is no ink
    dark = out.getpixel((350, 250))
    assert dark[3] > 150 and sum(dark) / 2.55 <= 305           # black carries K, within the 300% limit


def test_png_with_alpha_is_flattened_on_white(tmp_path):
    src = tmp_path / "logo.png"
    im = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    im.paste((0, 0, 255, 255), (0, 0, 150, 300))
    im.save(src)
    out = _open(prepare_image(src, "print", 25, 25, tmp_path / "cache"))
    assert out.mode == "CMYK"
    assert max(out.getpixel((250, 150))) < 12                  # transparent -> paper white
    c, m, y, k = out.getpixel((50, 150))
    assert c > 200 and m > 100                                 # blue


def test_exif_rotation_is_applied(tmp_path):
    src = tmp_path / "rotated.jpg"
    im = Image.new("RGB", (400, 200), (255, 255, 255))
    im.paste((0, 0, 0), (0, 0, 100, 200))                      # black stripe on the left of the stored pixels
    exif = Image.Exif()
    exif[0x0112] = 6                                           # display rotated 90° clockwise
    im.save(src, exif=exif, quality=95)
    note = prepare_image(src, "print", 20, 40, tmp_path / "cache")
    out = _open(note)
    assert out.size == (200, 400) and note.source_px == (200, 400)
    assert out.getpixel((100, 20))[3] > 150                    # the stripe is now on top
    assert out.getpixel((100, 380))[3] < 20


def test_grey_stays_grey(tmp_path):
    src = tmp_path / "grey.png"
    Image.new("L", (300, 300), 128).save(src)
    out = _open(prepare_image(src, "print", 25, 25, tmp_path / "cache"))
    assert out.mode == "L"


def test_far_too_sharp_is_downsampled_low_res_reported(tmp_path):
    src = tmp_path / "big.jpg"
    Image.new("RGB", (2000, 1000), (10, 120, 60)).save(src)
    big = prepare_image(src, "print", 50, 25, tmp_path / "cache")      # 1016 ppi placed
    assert round(big.ppi) == 1016 and not big.low_res
    assert abs(_open(big).size[0] / (50 / 25.4) - 350) < 2            # down to 350 ppi
    small = prepare_image(src, "print", 200, 100, tmp_path / "cache")  # 254 ppi placed
    assert small.low_res and _open(small).size == (2000, 1000)


def test_proof_is_rgb_and_lighter(tmp_path):
    src = tmp_path / "photo.jpg"
    Image.effect_noise((1600, 1200), 60).convert("RGB").save(src, quality=95)
    proof = prepare_image(src, "proof", 80, 60, tmp_path / "cache")
    printed = prepare_image(src, "print", 80, 60, tmp_path / "cache")
    assert _open(proof).mode == "RGB" and abs(_open(proof).size[0] / (80 / 25.4) - 150) < 2
    assert os.path.getsize(proof.output) < os.path.getsize(printed.output) / 2


def test_cache_is_reused_and_invalidated(tmp_path):
    src = tmp_path / "c.jpg"
    Image.new("RGB", (400, 400), (200, 100, 0)).save(src)
    first = prepare_image(src, "print", 30, 30, tmp_path / "cache")
    again = prepare_image(src, "print", 30, 30, tmp_path / "cache")
    assert again.cached and again.output == first.output and again.ppi == first.ppi
    Image.new("RGB", (500, 500), (0, 100, 200)).save(src)
    os.utime(src, ns=(1, 1))
    changed = prepare_image(src, "print", 30, 30, tmp_path / "cache")
    assert not changed.cached and changed.output != first.output and changed.source_px == (500, 500)


def test_preparer_remembers_and_reports(tmp_path):
    src = tmp_path / "p.jpg"
    Image.new("RGB", (300, 300), (0, 0, 0)).save(src)
    prep = ImagePreparer(tmp_path / "cache")
    out1 = prep(str(src), "print", 50, 50)
    out2 = prep(str(src), "print", 50, 50)
    assert out1 == out2 and len(prep.notes) == 1 and len(prep.low_res()) == 1


def test_unreadable_picture_is_a_user_error(tmp_path):
    from editor.errors import UserError
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a picture")
    with pytest.raises(UserError):
        prepare_image(bad, "print", 10, 10, tmp_path / "cache")


def test_cmyk_source_keeps_its_inks_and_proofs_as_rgb(tmp_path):
    src = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (300, 300), (0, 255, 255, 0)).save(src, quality=95)     # pure red in inks
    printed = _open(prepare_image(src, "print", 25, 25, tmp_path / "cache"))
    c, m, y, k = printed.getpixel((150, 150))
    assert printed.mode == "CMYK" and m > 240 and y > 240 and c < 10 and k < 10
    proof = _open(prepare_image(src, "proof", 25, 25, tmp_path / "cache"))
    r, g, b = proof.getpixel((proof.width // 2, proof.height // 2))
    assert proof.mode == "RGB" and r > 180 and g < 90 and b < 90


def test_prune_cache_drops_only_old_entries(tmp_path):
    from editor.export.images import prune_cache
    src = tmp_path / "a.jpg"
    Image.new("RGB", (100, 100)).save(src)
    cache = tmp_path / "cache"
    old = prepare_image(src, "print", 10, 10, cache)
    new = prepare_image(src, "proof", 10, 10, cache)
    long_ago = 1_000_000_000
    os.utime(old.output, (long_ago, long_ago))
    os.utime(old.output[:-4] + ".txt", (long_ago, long_ago))
    assert prune_cache(cache) == 2
    assert not os.path.exists(old.output) and os.path.exists(new.output)
    again = prepare_image(src, "proof", 10, 10, cache)
    assert again.cached                                 # a hit marks the entry as used


def test_prune_cache_lists_the_cache_at_most_once_a_day(tmp_path):
    from editor.export.images import prune_cache
    src = tmp_path / "a.jpg"
    Image.new("RGB", (100, 100)).save(src)
    cache = tmp_path / "cache"
    entry = prepare_image(src, "print", 10, 10, cache)
    assert prune_cache(cache) == 0                      # nothing old yet; the stamp is set
    long_ago = 1_000_000_000
    os.utime(entry.output, (long_ago, long_ago))
    os.utime(entry.output[:-4] + ".txt", (long_ago, long_ago))
    assert prune_cache(cache) == 0 and os.path.exists(entry.output)   # pruned today already
    stamp = cache / ".pruned"
    os.utime(stamp, (long_ago, long_ago))                              # a day (and more) later
    assert prune_cache(cache) == 2 and not os.path.exists(entry.output)
