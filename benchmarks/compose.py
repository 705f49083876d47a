"""How fast the line composer sets the real sample, and how its lines compare with ReportLab's.

    python benchmarks/compose.py [--font STSong-Light] [--width-mm 85] [--size 9.5] [--stock] [--cache]

Prints lines, characters, CPU seconds and lines/s for compose_paragraph over the sample's body
paragraphs, and the lines that break the GB/T 15834 rules (line_violations). With --stock it
sets the same paragraphs with ReportLab's Paragraph(wordWrap='CJK') and counts its violations;
with --cache it times keeping the lines on disk for the next process (composecache.py)."""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO.parent / "shared" / "samples" / "changzhou-keji-2021-03.md"
PT_PER_MM = 72 / 25.4

_BOLD = re.compile(r"\*\*(.*?)\*\*")


def sample_paragraphs(path: Path = SAMPLE) -> list[tuple[str, str]]:
    """Body paragraphs of the sample as (run-in head, text): lines that are not headings (#),
    section marks (■) or list items (-), with the ** of run-in heads taken off."""
    paras = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", "■", "-")):
            continue
        m = re.match(r"\*\*(.*?)\*\*", line)
        head = m.group(1) if m else ""
        rest = _BOLD.sub(r"\1", line[m.end():] if m else line)
        paras.append((head, rest))
    return paras


def compose_all(paras, font: str, size: float, width: float):
    from editor.layout.compose import Span, compose_paragraph
    out = []
    for head, text in paras:
        spans = ([Span(head, font, size, bold=True)] if head else []) + ([Span(text, font, size)] if text else [])
        out.append(compose_paragraph(spans, width, first_indent=2 * size))
    return out


def stock_lines(paras, font: str, size: float, width: float) -> list[list[str]]:
    """The lines ReportLab's own CJK wrapping makes of the same paragraphs, per paragraph."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    style = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.6,
                           firstLineIndent=2 * size, wordWrap="CJK")
    out = []
    for head, text in paras:
        p = Paragraph(escape(head + text), style)
        p.wrap(width, 1e9)
        lines = []
        for line in p.blPara.lines:
            words = line[1] if isinstance(line, tuple) else line.words
            lines.append("".join(w if isinstance(w, str) else getattr(w, "text", "") for w in words))
        out.append(lines)
    return out


def draw_all(result, path, width: float, leading: float, font: str) -> int:
    """Draw composed paragraphs one column per page, A4; returns the number of pages."""
    from reportlab.pdfgen.canvas import Canvas

    from editor.layout.compose import draw_lines
    c = Canvas(str(path), pagesize=(595.28, 841.89), initialFontName=font)
    top, bottom, pages = 800.0, 40.0, 1
    y = top
    for lines in result:
        for line in lines:
            if y - leading < bottom:
                c.showPage()
                pages += 1
                y = top
            y = draw_lines(c, [line], 60.0, y, leading)
    c.showPage()
    c.save()
    return pages


def cache_times(paras, result) -> None:
    """What the composition cache costs for these paragraphs: packing the lines (in the process
    that composed them) and unpacking them (in every later one), best of 5 CPU times."""
    from editor.layout import composecache
    texts = [head + text for head, text in paras]
    best_pack = best_unpack = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        packed = [composecache.pack(lines, text) for lines, text in zip(result, texts)]
        t1 = time.process_time()
        back = [composecache.unpack(p, text) for p, text in zip(packed, texts)]
        t2 = time.process_time()
        best_pack, best_unpack = min(best_pack, t1 - t0), min(best_unpack, t2 - t1)
    assert back == result
    print(f"cache: pack {best_pack * 1000:.1f} ms, unpack {best_unpack * 1000:.1f} ms CPU, "
          f"{sum(map(len, packed)):,} bytes")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", default="STSong-Light")
    ap.add_argument("--width-mm", type=float, default=85.0)
    ap.add_argument("--size", type=float, default=9.5)
    ap.add_argument("--stock", action="store_true", help="also count ReportLab's own violations")
    ap.add_argument("--pdf", help="also draw the lines into this PDF (one column per page) and time it")
    ap.add_argument("--cache", action="store_true",
                    help="also time keeping the lines for the next process (composecache pack/unpack)")
    args = ap.parse_args(argv)
    if not SAMPLE.is_file():
        print(f"sample missing: {SAMPLE}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(REPO))
    from editor.layout.compose import resolve_font
    from editor.layout.linebreak import paragraph_violations
    font = resolve_font(args.font, False)[0]
    paras = sample_paragraphs()
    width = args.width_mm * PT_PER_MM
    compose_all(paras[:3], font, args.size, width)       # fonts registered, nothing else warmed
    from editor.layout import compose, textunits
    compose._WIDTHS.clear()
    textunits._ADVANCES.clear()     # the composer's per-font tables of advances, built from _WIDTHS
    t0 = time.process_time()
    result = compose_all(paras, font, args.size, width)
    cpu = time.process_time() - t0
    lines = [line for para in result for line in para]
    chars = sum(len(line.text) for line in lines)
    bad = [v for para in result for v in paragraph_violations([line.text for line in para])]
    print(f"ours:  {len(paras)} paragraphs, {len(lines)} lines, {chars} chars, {cpu:.3f} s CPU, "
          f"{len(lines) / cpu:,.0f} lines/s, {len(bad)} violations")
    for v in bad[:10]:
        print("   ", v)
    if args.pdf:
        t0 = time.process_time()
        pages = draw_all(result, args.pdf, width, args.size * 1.6, font)
        cpu = time.process_time() - t0
        print(f"draw:  {pages} pages, {cpu:.3f} s CPU, {Path(args.pdf).stat().st_size:,} bytes")
    if args.cache:
        cache_times(paras, result)
    if args.stock:
        t0 = time.process_time()
        stock = stock_lines(paras, font, args.size, width)
        cpu = time.process_time() - t0
        sbad = [v for para in stock for v in paragraph_violations(para)]
        starts = sum(1 for v in sbad if v.startswith("行首"))
        ends = sum(1 for v in sbad if v.startswith("行尾"))
        print(f"stock: {sum(map(len, stock))} lines, {cpu:.3f} s CPU, {len(sbad)} violations "
              f"({starts} lines start badly, {ends} end badly, {len(sbad) - starts - ends} split pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
