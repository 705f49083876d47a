"""The real sample issue, body text set at a two-column measure (85 mm at 9.5 pt): no line may
break the rules, and the drawn PDF reads back as composed. (ReportLab's own CJK wrapping on the
same text is counted by `python benchmarks/compose.py --stock`.)"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import time
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "compose.py"
WIDTH = 85 * 72 / 25.4
SIZE = 9.5


def _bench():
    spec = importlib.util.spec_from_file_location("compose_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.sample
def test_whole_sample_sets_without_a_rule_break(sample_md, font, check, capsys):
    from editor.layout.compose import resolve_font
    bench = _bench()
    paras = bench.sample_paragraphs(sample_md)
    assert len(paras) > 250
    rl_font = resolve_font(font, False)[0]
    t0 = time.process_time()
    result = bench.compose_all(paras, rl_font, SIZE, WIDTH)
    cpu = time.process_time() - t0
    faults = []
    for (head, text), lines in zip(paras, result):
        faults += check(lines, head + text, WIDTH)
    n_lines = sum(map(len, result))
    with capsys.disabled():
        print(f"\n[{font}] sample: {len(paras)} paragraphs, {n_lines} lines at 85 mm / 9.5 pt, "
              f"{cpu:.3f} s CPU, {len(faults)} faults")
    assert faults == []
    assert 1000 < n_lines < 2500


@pytest.mark.sample
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler's pdftotext is not installed")
def test_drawn_sample_reads_back_line_for_line(sample_md, font, tmp_path):
    """What the PDF shows is what was composed: `pdftotext -layout` gives back every line, in
    order. (Before marks in half width were drawn in a half-width twin of the face, their boxes
    overlapped the next glyph and pdftotext tore them out onto lines of their own.)"""
    from editor.layout.compose import resolve_font
    if font == "STSong-Light":
        pytest.skip("STSong-Light is not embedded; poppler reads its · back as nothing")
    bench = _bench()
    paras = bench.sample_paragraphs(sample_md)
    rl_font = resolve_font(font, False)[0]
    result = bench.compose_all(paras, rl_font, SIZE, WIDTH)
    pdf = tmp_path / "sample.pdf"
    bench.draw_all(result, pdf, WIDTH, SIZE * 1.6, rl_font)
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    read = ["".join(t.split()) for t in out.stdout.decode("utf-8").splitlines()]
    composed = ["".join(line.text.split()) for lines in result for line in lines]
    assert [t for t in read if t] == [t for t in composed if t]
