"""Total ink of CMYK pictures in a PDF, for preflight: the printer's limit (about 300 % on coated
sheet-fed offset) is exceeded where a picture was separated for another press, or not at all.

Pictures are decoded at a fraction of their size (JPEG's own 1/8 scaling, or every 4th pixel):
an 8 × 8 average stays over the limit where a real area does, while single noisy pixels do not."""
from __future__ import annotations

import io

import pikepdf
from PIL import Image, ImageMath


def image_ink_percent(xobj) -> float | None:
    """Highest C+M+Y+K in percent of an 8-bit CMYK image; None where it cannot be measured
    (not CMYK, another filter or bit depth)."""
    if not _is_cmyk(xobj.get("/ColorSpace")) or int(xobj.get("/BitsPerComponent", 8)) != 8:
        return None
    filters = xobj.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)] if filters else []
    try:
        if names and names[-1] == "/DCTDecode":
            # Outer ASCII85 or Flate layers come off; the JPEG itself stays for Pillow.
            data = (xobj.read_raw_bytes() if len(names) == 1 else
                    xobj.read_bytes(decode_level=pikepdf.StreamDecodeLevel.generalized))
            im = Image.open(io.BytesIO(data))
            if im.mode != "CMYK":
                return None
            im.draft("CMYK", (max(1, im.width // 8), max(1, im.height // 8)))
            im.load()
            # Pillow undoes the Adobe inversion itself; the PDF undoes it with /Decode [1 0 …].
            flip = ("adobe" in im.info) != _inverted(xobj)
        elif all(n == "/FlateDecode" for n in names):
            w, h = int(xobj.Width), int(xobj.Height)
            data = xobj.read_bytes()
            if len(data) < w * h * 4:
                return None
            im = Image.frombytes("CMYK", (w, h), data[: w * h * 4])
            if w > 64 and h > 64:
                im = im.reduce(4)
            flip = _inverted(xobj)
        else:
            return None
    except (OSError, ValueError, pikepdf.PdfError, Image.UnidentifiedImageError):
        return None
    c, m, y, k = im.split()
    total = ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"], c=c, m=m, y=y, k=k)
    lo, hi = total.getextrema()
    return (4 * 255 - lo if flip else hi) / 2.55


def _inverted(xobj) -> bool:
    decode = xobj.get("/Decode")
    try:
        return decode is not None and float(decode[0]) == 1 and float(decode[1]) == 0
    except (TypeError, ValueError, IndexError):
        return False


def _is_cmyk(cs) -> bool:
    if cs == pikepdf.Name.DeviceCMYK:
        return True
    if isinstance(cs, pikepdf.Array) and len(cs) > 1 and cs[0] == pikepdf.Name.ICCBased:
        try:
            return int(cs[1].get("/N", 0)) == 4
        except (TypeError, ValueError, AttributeError):
            return False
    return False
