"""Photo-like pictures for the demo issue, painted with Pillow.

They only need to look like photographs from across the room (sky, buildings, a workshop, a
greenhouse) and to carry real print resolution, so the layout and the resolution checks have
something honest to work on. Everything is drawn from a seeded random.Random: the same seed
gives the same pixels on every machine (Pillow's own effect_noise is not seedable)."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageOps

RGB = tuple[int, int, int]


def _vertical(w: int, h: int, top: RGB, bottom: RGB) -> Image.Image:
    ramp = Image.linear_gradient("L").resize((w, h), Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, top, bottom)


def _horizontal(w: int, h: int, left: RGB, right: RGB) -> Image.Image:
    ramp = Image.linear_gradient("L").rotate(90).resize((w, h), Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, right, left)


def _shade(c: RGB, f: float) -> RGB:
    return tuple(max(0, min(255, int(v * f))) for v in c)  # type: ignore[return-value]


def _block(img: Image.Image, box: tuple[int, int, int, int], colour: RGB, lit: float = 1.25) -> None:
    """A solid with light from the left: a horizontal gradient instead of a flat fill."""
    x0, y0, x1, y1 = (int(v) for v in box)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    img.paste(_horizontal(x1 - x0, y1 - y0, _shade(colour, lit), _shade(colour, 0.7)), (x0, y0))


def _grain(img: Image.Image, rng: random.Random, strength: float = 0.07) -> Image.Image:
    """Film grain and a soft focus: seeded noise blended in, then a slight blur."""
    w, h = img.size
    tw, th = max(8, w // 3), max(8, h // 3)
    noise = Image.frombytes("L", (tw, th), rng.randbytes(tw * th))
    noise = noise.resize((w, h), Image.Resampling.BILINEAR).convert("RGB")
    out = Image.blend(img, noise, strength)
    return out.filter(ImageFilter.BoxBlur(max(1, w // 1200)))


def _vignette(img: Image.Image) -> Image.Image:
    w, h = img.size
    mask = Image.radial_gradient("L").resize((w, h), Image.Resampling.BILINEAR)
    mask = mask.point(lambda v: max(0, v - 90) * 255 // 165)
    dark = img.point(lambda v: int(v * 0.55))
    return Image.composite(dark, img, mask)


# -- scenes ---------------------------------------------------------------------------------------

def _skyline(img: Image.Image, rng: random.Random, base: int, tall: float, lit: float) -> None:
    w, h = img.size
    d = ImageDraw.Draw(img)
    x = -rng.randint(0, w // 20)
    while x < w:
        bw = rng.randint(w // 22, w // 9)
        bh = int(h * rng.uniform(0.12, tall))
        tone = rng.choice([(120, 130, 150), (150, 155, 165), (95, 110, 135), (170, 165, 150)])
        _block(img, (x, base - bh, x + bw, base), tone)
        step_x, step_y = max(6, bw // 7), max(8, h // 45)
        for wy in range(base - bh + step_y, base - step_y, step_y):
            for wx in range(x + step_x // 2, x + bw - step_x // 2, step_x):
                on = rng.random() < lit
                d.rectangle((wx, wy, wx + step_x // 2, wy + step_y // 2),
                            fill=(250, 220, 150) if on else _shade(tone, 0.6))
        x += bw + rng.randint(0, w // 60)


def paint_city(w: int, h: int, rng: random.Random) -> Image.Image:
    """Dawn over a riverside new town: the cover picture."""
    img = _vertical(w, h, (70, 110, 170), (250, 200, 150))
    d = ImageDraw.Draw(img)
    horizon = int(h * 0.62)
    sun_x, sun_r = int(w * 0.72), h // 14
    d.ellipse((sun_x - sun_r, horizon - 3 * sun_r, sun_x + sun_r, horizon - sun_r), fill=(255, 236, 200))
    hills = [(0, horizon)] + [(i * w // 8, horizon - rng.randint(h // 30, h // 9)) for i in range(9)] + [(w, horizon)]
    d.polygon(hills, fill=(110, 130, 150))
    _skyline(img, rng, horizon, 0.38, 0.35)
    water = _vertical(w, h - horizon, (120, 150, 175), (40, 70, 95))
    reflection = img.crop((0, horizon - (h - horizon), w, horizon)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    img.paste(Image.blend(water, reflection, 0.35), (0, horizon))
    for _ in range(60):
        y = rng.randint(horizon + 4, h - 4)
        x = rng.randint(0, w)
        d.line((x, y, x + rng.randint(w // 40, w // 10), y), fill=(200, 210, 220), width=max(1, h // 600))
    return _vignette(_grain(img, rng))


def paint_hall(w: int, h: int, rng: random.Random) -> Image.Image:
    """A meeting hall seen from the back rows: stage, red backdrop, heads."""
    img = _vertical(w, h, (60, 50, 50), (120, 100, 90))
    d = ImageDraw.Draw(img)
    stage_top, stage_bottom = int(h * 0.12), int(h * 0.55)
    img.paste(_vertical(int(w * 0.8), stage_bottom - stage_top, (190, 40, 40), (140, 25, 30)), (int(w * 0.1), stage_top))
    d.rectangle((int(w * 0.2), int(h * 0.18), int(w * 0.8), int(h * 0.26)), fill=(230, 200, 120))
    _block(img, (int(w * 0.1), stage_bottom, int(w * 0.9), int(h * 0.62)), (200, 190, 180))
    for i in range(7):   # people at the table on the stage
        cx = int(w * (0.2 + i * 0.1))
        d.ellipse((cx - w // 90, int(h * 0.42), cx + w // 90, int(h * 0.47)), fill=(40, 35, 35))
        d.rectangle((cx - w // 50, int(h * 0.47), cx + w // 50, int(h * 0.55)), fill=(30, 30, 40))
    for row in range(4):   # the audience, larger as they come nearer
        y = int(h * (0.68 + row * 0.09))
        r = int(w * (0.016 + row * 0.006))
        x = rng.randint(-r, r)
        while x < w + r:
            tone = rng.randint(20, 55)
            d.ellipse((x - r, y - r, x + r, y + r), fill=(tone, tone - 5 if tone > 5 else 0, tone))
            d.rectangle((x - int(r * 1.6), min(y + r, h), x + int(r * 1.6), h), fill=(tone + 10, tone + 12, tone + 25))
            x += int(r * rng.uniform(3.0, 3.8))
    return _vignette(_grain(img, rng))


def paint_lab(w: int, h: int, rng: random.Random) -> Image.Image:
    """A pilot plant: steel tanks, pipes and a work bench under strip lights."""
    img = _vertical(w, h, (215, 222, 228), (150, 160, 168))
    d = ImageDraw.Draw(img)
    floor = int(h * 0.72)
    img.paste(_vertical(w, h - floor, (170, 175, 170), (95, 100, 100)), (0, floor))
    for i in range(5):   # strip lights
        x = int(w * (0.1 + i * 0.18))
        d.rectangle((x, int(h * 0.04), x + w // 9, int(h * 0.06)), fill=(255, 255, 245))
    for i in range(4):   # tanks
        cx, tw = int(w * (0.14 + i * 0.22)), int(w * rng.uniform(0.08, 0.12))
        top = int(h * rng.uniform(0.2, 0.35))
        _block(img, (cx - tw, top, cx + tw, floor), (185, 190, 198), lit=1.3)
        d.ellipse((cx - tw, top - tw // 3, cx + tw, top + tw // 3), fill=(205, 210, 215))
        d.rectangle((cx + tw, int(h * 0.3), cx + tw + w // 12, int(h * 0.3) + h // 60), fill=(90, 120, 160))
        d.rectangle((cx - tw // 3, top + h // 10, cx + tw // 3, top + h // 6), fill=(40, 80, 60))
    _block(img, (int(w * 0.05), int(h * 0.62), int(w * 0.55), int(h * 0.68)), (230, 230, 225))
    for i in range(6):   # flasks on the bench
        x = int(w * (0.08 + i * 0.07))
        d.polygon([(x, int(h * 0.62)), (x + w // 30, int(h * 0.62)), (x + w // 60 + w // 200, int(h * 0.55)),
                   (x + w // 60 - w // 200, int(h * 0.55))], fill=rng.choice([(90, 160, 200), (200, 120, 60), (120, 190, 120)]))
    # a worker in a blue coat
    px = int(w * 0.7)
    d.ellipse((px - w // 45, int(h * 0.36), px + w // 45, int(h * 0.43)), fill=(225, 190, 160))
    d.rectangle((px - w // 28, int(h * 0.43), px + w // 28, int(h * 0.65)), fill=(40, 80, 150))
    d.rectangle((px - w // 40, int(h * 0.65), px + w // 40, floor + h // 20), fill=(50, 50, 60))
    return _vignette(_grain(img, rng))


def paint_factory(w: int, h: int, rng: random.Random) -> Image.Image:
    """A workshop hall: roof trusses, rows of machines, yellow floor lines, an orange robot arm."""
    img = _vertical(w, h, (120, 130, 140), (200, 200, 195))
    d = ImageDraw.Draw(img)
    vanish = (w // 2, int(h * 0.45))
    for i in range(0, w + 1, w // 10):   # trusses converging on the far wall
        d.line((i, 0, vanish[0] + (i - w // 2) // 4, vanish[1] - h // 8), fill=(90, 95, 100), width=max(2, w // 400))
    floor = int(h * 0.6)
    img.paste(_vertical(w, h - floor, (150, 160, 150), (80, 95, 85)), (0, floor))
    d.line((int(w * 0.1), h, vanish[0] - w // 20, floor), fill=(230, 200, 40), width=max(3, w // 200))
    d.line((int(w * 0.9), h, vanish[0] + w // 20, floor), fill=(230, 200, 40), width=max(3, w // 200))
    for side in (-1, 1):
        for k in range(5):
            scale = 1 - k * 0.17
            mw, mh = int(w * 0.12 * scale), int(h * 0.22 * scale)
            cx = vanish[0] + side * int(w * (0.36 - k * 0.06))
            base = floor + int((h - floor) * 0.7 * scale)
            tone = rng.choice([(70, 120, 160), (200, 200, 205), (80, 140, 110)])
            _block(img, (cx - mw // 2, base - mh, cx + mw // 2, base), tone)
            d.rectangle((cx - mw // 4, base - mh + mh // 6, cx + mw // 6, base - mh // 2), fill=(30, 40, 50))
    ax, ay = int(w * 0.55), int(h * 0.82)   # robot arm
    d.line((ax, ay, ax + w // 14, ay - h // 5, ax + w // 6, ay - h // 6), fill=(235, 120, 30), width=max(6, w // 70), joint="curve")
    d.ellipse((ax - w // 50, ay - w // 50, ax + w // 50, ay + w // 50), fill=(60, 60, 60))
    return _vignette(_grain(img, rng))


def paint_field(w: int, h: int, rng: random.Random) -> Image.Image:
    """Inside a greenhouse: arched roof, rows of green plants with red fruit."""
    img = _vertical(w, h, (200, 225, 240), (235, 240, 230))
    d = ImageDraw.Draw(img)
    for i in range(-2, 14):   # arches of the roof
        x = int(i * w / 10)
        d.arc((x - w // 6, -h // 3, x + w // 6, int(h * 0.5)), 180, 360, fill=(160, 170, 175), width=max(2, w // 500))
    ground = int(h * 0.45)
    img.paste(_vertical(w, h - ground, (140, 120, 90), (90, 70, 50)), (0, ground))
    for row in range(6):
        y0 = ground + int((h - ground) * row / 6)
        depth = 0.5 + row * 0.12
        for _ in range(int(40 * depth)):
            x = rng.randint(0, w)
            r = int(w * 0.02 * depth * rng.uniform(0.6, 1.2))
            g = rng.randint(90, 150)
            d.ellipse((x - r, y0 - 3 * r, x + r, y0), fill=(40, g, 50))
            if rng.random() < 0.5:
                fr = max(3, r // 3)
                fx, fy = x + rng.randint(-r, r), y0 - rng.randint(r, 2 * r)
                d.ellipse((fx - fr, fy - fr, fx + fr, fy + fr), fill=(rng.randint(190, 230), 40, 30))
    px, py = int(w * 0.28), int(h * 0.5)   # a researcher in a white coat
    d.ellipse((px - w // 40, py - h // 6, px + w // 40, py - h // 9), fill=(225, 190, 160))
    d.rectangle((px - w // 28, py - h // 9, px + w // 28, py + h // 7), fill=(245, 245, 240))
    return _vignette(_grain(img, rng))


def paint_solar(w: int, h: int, rng: random.Random) -> Image.Image:
    """A solar farm with a row of white battery cabinets."""
    img = _vertical(w, h, (90, 150, 215), (210, 230, 245))
    d = ImageDraw.Draw(img)
    for _ in range(6):   # clouds
        cx, cy, r = rng.randint(0, w), rng.randint(0, h // 4), rng.randint(w // 30, w // 12)
        for k in range(5):
            ox = cx + (k - 2) * r // 2
            d.ellipse((ox - r, cy - r // 2, ox + r, cy + r // 2), fill=(245, 248, 252))
    horizon = int(h * 0.4)
    img.paste(_vertical(w, h - horizon, (130, 160, 90), (80, 110, 60)), (0, horizon))
    for row in range(5):
        y = horizon + int((h - horizon) * (0.08 + row * 0.11))
        ph = int(h * (0.03 + row * 0.012))
        x = -rng.randint(0, w // 10)
        pw = int(w * (0.05 + row * 0.015))
        while x < w:
            d.polygon([(x, y + ph), (x + pw, y + ph), (x + pw + ph // 2, y), (x + ph // 2, y)], fill=(30, 50, 110))
            for k in range(1, 4):
                d.line((x + k * pw // 4, y + ph, x + k * pw // 4 + ph // 2, y), fill=(120, 140, 190), width=1)
            x += pw + max(4, pw // 10)
    base = int(h * 0.97)
    for i in range(5):
        x = int(w * (0.42 + i * 0.11))
        _block(img, (x, base - int(h * 0.22), x + int(w * 0.09), base), (235, 238, 240), lit=1.05)
        d.rectangle((x + w // 80, base - int(h * 0.18), x + w // 40, base - int(h * 0.15)), fill=(60, 170, 90))
    return _vignette(_grain(img, rng))


SCENES = {"city": paint_city, "hall": paint_hall, "lab": paint_lab, "factory": paint_factory,
          "field": paint_field, "solar": paint_solar}


def paint(scene: str, w: int, h: int, seed: int) -> Image.Image:
    return SCENES[scene](w, h, random.Random(seed))


def jpeg_bytes(img: Image.Image, ppi: int, cmyk: bool = False) -> bytes:
    """The picture as a JPEG that records its resolution; CMYK on request (one of the demo photos
    comes as a printer would send it, so the colour handling has both kinds to work on)."""
    if cmyk:
        img = img.convert("CMYK")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88, dpi=(ppi, ppi), optimize=False)
    return buf.getvalue()
