"""Line composition, the composer's one door: styled Chinese text into justified lines
(breaking.py), measured with metrics.py, drawn with drawing.py. The pieces live in modules of
their own; this one keeps the names callers have always imported from here."""
from __future__ import annotations

from .breaking import (DISCOURAGED_COST, LONE_CHAR_COST, PHRASE_MIN_FILL, PUSH_IN_REACH,
                       compose_paragraph)
from .drawing import FAKE_BOLD_STROKE_EM, draw_line, draw_lines
from .lines import Glyph, Line, Span
from .metrics import (_WIDTHS, HALF_BLANK_MIN, HALF_SUFFIX, blanks, char_width, dash_fit,
                      font_metrics, half_face, ink, resolve_font, word_width)
from .textunits import CJK_LATIN_GAP_EM, EPS, NO_GAP_COST, SQUEEZE_MAX_EM, STRETCH_WEIGHT

__all__ = ["Span", "Glyph", "Line", "compose_paragraph", "draw_line", "draw_lines", "resolve_font",
           "char_width", "word_width", "font_metrics", "ink", "blanks", "dash_fit", "half_face",
           "HALF_SUFFIX", "HALF_BLANK_MIN", "EPS", "SQUEEZE_MAX_EM", "CJK_LATIN_GAP_EM",
           "STRETCH_WEIGHT", "NO_GAP_COST", "PUSH_IN_REACH", "DISCOURAGED_COST", "LONE_CHAR_COST",
           "PHRASE_MIN_FILL", "FAKE_BOLD_STROKE_EM", "_WIDTHS"]
