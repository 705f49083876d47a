"""Walking one page's content streams for preflight: colour spaces, placed images and their
resolution, fonts. The graphics state matrix is followed through q/Q/cm and into form XObjects,
so an image's size on paper is known where it is drawn."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pikepdf

# Only these operators matter here; pikepdf skips the rest (text runs are most of a page).
_OPERATORS = "q Q cm Do rg RG k K cs CS sh BI ID EI"
_MAX_DEPTH = 12          # nested forms deeper than this are malformed or hostile
_RGB_NAMES = {"/DeviceRGB", "/RGB", "/CalRGB"}

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass
class PlacedImage:
    width_px: int
    height_px: int
    width_pt: float
    height_pt: float

    @property
    def ppi(self) -> float:
        if self.width_pt <= 0 or self.height_pt <= 0:
            return math.inf
        return min(self.width_px * 72 / self.width_pt, self.height_px * 72 / self.height_pt)


@dataclass
class PageScan:
    images: list[PlacedImage] = field(default_factory=list)
    rgb_images: int = 0
    rgb_operators: int = 0
    max_vector_ink: float = 0.0      # highest C+M+Y+K of a k/K colour, registration colour aside
    image_objects: list = field(default_factory=list)   # the image XObjects drawn, for the ink check
    unembedded_fonts: list[str] = field(default_factory=list)
    _seen_fonts: set = field(default_factory=set)


def scan_page(page: pikepdf.Page) -> PageScan:
    scan = PageScan()
    resources = page.obj.get("/Resources") or _inherited_resources(page)
    _walk(page, resources, _IDENTITY, scan, 0)
    return scan


def _inherited_resources(page: pikepdf.Page):
    node = page.obj.get("/Parent")
    while node is not None:
        if "/Resources" in node:
            return node.Resources
        node = node.get("/Parent")
    return pikepdf.Dictionary()


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n in PDF's row-vector convention: apply m first, then n."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _walk(content, resources, ctm: Matrix, scan: PageScan, depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    _check_fonts(resources, scan)
    stack: list[Matrix] = []
    for inst in pikepdf.parse_content_stream(content, _OPERATORS):
        if isinstance(inst, pikepdf.ContentStreamInlineImage):
            _inline_image(inst.iimage, ctm, scan, resources)
            continue
        op = str(inst.operator)
        operands = inst.operands
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            if stack:
                ctm = stack.pop()
        elif op == "cm" and len(operands) == 6:
            try:
                ctm = _mul(tuple(float(v) for v in operands), ctm)
            except (TypeError, ValueError):
                pass
        elif op in ("rg", "RG"):
            scan.rgb_operators += 1
        elif op in ("k", "K") and len(operands) == 4:
            try:
                inks = [float(v) for v in operands]
            except (TypeError, ValueError):
                continue
            if min(inks) < 0.99:      # C=M=Y=K=100 is the registration colour of crop marks
                scan.max_vector_ink = max(scan.max_vector_ink, sum(inks) * 100)
        elif op in ("cs", "CS") and operands:
            if _is_rgb(operands[0], resources):
                scan.rgb_operators += 1
        elif op == "sh" and operands:
            shading = _lookup(resources, "/Shading", operands[0])
            if shading is not None and _is_rgb(shading.get("/ColorSpace"), resources):
                scan.rgb_operators += 1
        elif op == "Do" and operands:
            xobj = _lookup(resources, "/XObject", operands[0])
            if xobj is None:
                continue
            subtype = xobj.get("/Subtype")
            if subtype == "/Image":
                _image(xobj, ctm, scan, resources)
            elif subtype == "/Form":
                matrix = _IDENTITY
                if "/Matrix" in xobj:
                    try:
                        matrix = tuple(float(v) for v in xobj.Matrix)
                    except (TypeError, ValueError):
                        pass
                _walk(xobj, xobj.get("/Resources") or resources, _mul(matrix, ctm), scan, depth + 1)


def _lookup(resources, category: str, name):
    try:
        group = resources.get(category)
        return group.get(name) if group is not None else None
    except (AttributeError, TypeError, pikepdf.PdfError):
        return None


def _placed(width_px: int, height_px: int, ctm: Matrix) -> PlacedImage:
    a, b, c, d, _, _ = ctm
    return PlacedImage(width_px, height_px, math.hypot(a, b), math.hypot(c, d))


def _image(xobj, ctm: Matrix, scan: PageScan, resources) -> None:
    if xobj.get("/ImageMask", False):
        return    # a stencil: painted in the current fill colour, which the operators show
    if _is_rgb(xobj.get("/ColorSpace"), resources):
        scan.rgb_images += 1
    scan.image_objects.append(xobj)
    try:
        scan.images.append(_placed(int(xobj.Width), int(xobj.Height), ctm))
    except (AttributeError, TypeError, ValueError):
        pass


def _inline_image(iimage, ctm: Matrix, scan: PageScan, resources) -> None:
    obj = iimage.obj
    if obj.get("/IM", obj.get("/ImageMask", False)):
        return
    cs = obj.get("/CS", obj.get("/ColorSpace"))
    if _is_rgb(cs, resources):
        scan.rgb_images += 1
    try:
        w = int(obj.get("/W", obj.get("/Width")))
        h = int(obj.get("/H", obj.get("/Height")))
        scan.images.append(_placed(w, h, ctm))
    except (TypeError, ValueError):
        pass


def _is_rgb(cs, resources, depth: int = 0) -> bool:
    if cs is None or depth > 4:
        return False
    if isinstance(cs, pikepdf.Name):
        if str(cs) in _RGB_NAMES:
            return True
        named = _lookup(resources, "/ColorSpace", cs)
        return named is not None and _is_rgb(named, resources, depth + 1)
    if isinstance(cs, pikepdf.Array) and len(cs):
        family = str(cs[0])
        if family == "/CalRGB":
            return True
        if family == "/ICCBased" and len(cs) > 1:
            try:
                return int(cs[1].get("/N", 0)) == 3
            except (TypeError, ValueError, AttributeError):
                return False
        if family in ("/Indexed", "/I", "/Pattern") and len(cs) > 1:
            return _is_rgb(cs[1], resources, depth + 1)
    return False


def _check_fonts(resources, scan: PageScan) -> None:
    fonts = resources.get("/Font") if resources is not None else None
    if fonts is None:
        return
    for _, font in fonts.items():
        key = font.objgen if font.is_indirect else id(font)
        if key in scan._seen_fonts:
            continue
        scan._seen_fonts.add(key)
        if not _embedded(font):
            name = str(font.get("/BaseFont", "/?"))[1:]
            scan.unembedded_fonts.append(name.split("+", 1)[-1])


def _embedded(font) -> bool:
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True   # its glyphs are drawing procedures inside the file
    if subtype == "/Type0":
        kids = font.get("/DescendantFonts")
        if not kids:
            return False
        font = kids[0]
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
