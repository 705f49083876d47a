"""Fonts for the line-breaking tests: ReportLab's built-in STSong-Light always (metrics only, no
file needed), and the program's own Noto Serif SC when `issuedesk fonts prepare` has been run."""
from __future__ import annotations

import pytest

from editor.layout import fonts as _fonts

FONTS = ("STSong-Light", "serif")


def real_font_or_skip(name: str) -> str:
    if name != "STSong-Light" and not _fonts.fonts_ready():
        pytest.skip(f"fonts not prepared in {_fonts.fonts_dir()}: run `issuedesk fonts prepare` first")
    return name


@pytest.fixture(params=FONTS)
def font(request) -> str:
    return real_font_or_skip(request.param)


def set_lines(text: str, font: str, width: float, size: float = 10.0, **kw):
    from editor.layout.compose import Span, compose_paragraph
    return compose_paragraph([Span(text, font, size)], width, **kw)


def faults(lines, text: str, width: float, ragged: bool = False) -> list[str]:
    """Everything wrong with a composed paragraph, as readable strings (empty: all good).
    `ragged`: set left, centred or right, so lines need not fill the measure."""
    from editor.layout.linebreak import paragraph_violations
    found = []
    joined = "".join(line.text for line in lines)
    if joined != text:
        found.append(f"text changed: {joined!r} != {text!r}")
    # a line feed in the text starts a fresh run of lines: what follows it is the author's choice
    segment = []
    for line in lines:
        segment.append(line.text)
        if line.text.endswith("\n") or line is lines[-1]:
            found += paragraph_violations(segment)
            segment = []
    for i, line in enumerate(lines):
        if line.end > width + 0.01:
            found.append(f"line {i} overflows: {line.end:.3f} > {width:.3f}: {line.text!r}")
        for g in line.glyphs:
            if g.x < -0.01 or g.width < -1e-9:
                found.append(f"line {i} glyph {g.text!r} out of the measure at {g.x:.3f}")
        xs = [g.x for g in line.glyphs]
        if any(b < a - 1e-6 for a, b in zip(xs, xs[1:])):
            found.append(f"line {i} glyphs go backwards: {line.text!r}")
        if line.justified and abs(line.end - width) > 0.01:
            found.append(f"line {i} justified to {line.end:.3f}, not {width:.3f}: {line.text!r}")
    for i, line in enumerate([] if ragged else lines[:-1]):
        if not line.justified and not line.text.endswith("\n"):
            visible = [g for g in line.glyphs if not g.text.isspace()]
            pair_only = all(g.text in "—…" for g in visible)     # —— or …… alone cannot spread
            if len(visible) > 1 and not pair_only:
                found.append(f"line {i} is not justified: {line.text!r}")
    if lines and not lines[-1].last:
        found.append("the last line is not marked last")
    return found


@pytest.fixture
def check():
    return faults


@pytest.fixture
def setter():
    return set_lines
