"""Drawing a line that was drawn before, in a running session, without setting its text again.

An export after a small edit draws every page anew although most lines are the very same Line
objects as last time (setting.py memoises them). What the line writer puts in the content stream
for a line is one string; it depends on the line, its place, and one thing outside it: the codes
ReportLab gave each character in each font subset of the document, and the names (/F1, /F2 ...)
of the fonts. A new document normally starts those afresh, in the order characters first appear.

So each new document here starts from the codes and names the previous one ended with (a
ReportLab font keeps them per document), and new characters get new codes after them. Every
string written in an earlier document of the session then means the same in this one, and a line
drawn before is copied from the memo. The PDF differs from a fresh one only in that its font
subsets may hold characters an edit has since removed; the ink and the text are the same.

One document at a time carries the codes (a second one rendered meanwhile, e.g. a preview while
exporting, is drawn the ordinary way); anything unusual (a standard PDF font in the document, a
font registered again under its name) starts the session's memo afresh."""
from __future__ import annotations

import copy
import threading

from .drawing import writer_for

MAX_LINES = 20000               # memo entries before it is emptied (a monster issue)


class _Carry:
    def __init__(self):
        self.lock = threading.Lock()
        self.fonts: list[tuple[str, object, object]] = []   # (name, font object, its state)
        self.lines: dict = {}

    def reset(self) -> None:
        self.fonts = []
        self.lines = {}


_CARRY = _Carry()


class LineDrawer:
    """Lines drawn onto one document, through the session memo when this document holds it.
    Use as a context manager around the whole document, and save the canvas with save():
    ReportLab drops a font's codes for a document once it has written the document."""

    def __init__(self, canvas, key: str = ""):
        self.canvas = canvas
        self.key = key              # what else shapes the strings (print or proof)
        self.held = False
        self.kept = False
        self.used = set()           # memo keys this document drew

    def __enter__(self) -> "LineDrawer":
        self.held = _CARRY.lock.acquire(blocking=False)
        if self.held and self.canvas._doc.fontMapping:
            # fonts named already (a standard PDF font as the canvas's first): our names would clash
            self.held = False
            _CARRY.lock.release()
        if self.held:
            try:
                self._seed()
            except Exception:       # the font objects are not what we carried: start afresh
                doc = self.canvas._doc
                for _, font, _ in _CARRY.fonts:
                    font.state.pop(doc, None)
                doc.fontMapping.clear()
                doc.delayedFonts.clear()
                _CARRY.reset()
        return self

    def __exit__(self, *exc) -> None:
        if not self.held:
            return
        try:
            self._keep_once()
        finally:
            self.held = False
            _CARRY.lock.release()

    def save(self) -> None:
        """canvas.save(), the codes kept for the next document first."""
        if self.held:
            self._keep_once()
        self.canvas.save()

    def _keep_once(self) -> None:
        if self.kept:
            return
        self.kept = True
        try:
            self._keep()
        except Exception:
            _CARRY.reset()

    def draw(self, target, line, x: float, baseline: float) -> None:
        """Draw `line` on `target` (the canvas, or a stand-in for it that writes to it)."""
        writer = writer_for(target)
        if not self.held:
            writer.draw(line, x, baseline)
            return
        key = (id(line), x, baseline, self.key)
        self.used.add(key)
        hit = _CARRY.lines.get(key)
        if hit is not None and hit[0] is line:
            if hit[1]:
                self.canvas._code.append(hit[1])
            return
        written = writer.draw(line, x, baseline)
        if len(_CARRY.lines) >= MAX_LINES:
            _CARRY.lines.clear()
        # the Line is kept in the entry so that its id cannot be taken by another meanwhile
        _CARRY.lines[key] = (line, written)

    # -- the fonts' codes, from one document to the next --------------------------------------
    def _seed(self) -> None:
        from reportlab.pdfbase import pdfmetrics

        doc = self.canvas._doc
        for name, font, state in _CARRY.fonts:
            if pdfmetrics.getFont(name) is not font:
                raise LookupError(name)
        for name, font, state in _CARRY.fonts:
            mine = _snapshot(state)
            mine.frozen = 0             # ReportLab froze the one it wrote
            font.state[doc] = mine
            doc.fontMapping[name] = "/" + mine.internalName
            doc.delayedFonts.append(font)

    def _keep(self) -> None:
        from reportlab.pdfbase import pdfmetrics

        doc = self.canvas._doc
        kept = []
        for name, internal in doc.fontMapping.items():
            font = pdfmetrics.getFont(name)
            state = getattr(font, "state", {}).get(doc) if getattr(font, "_dynamicFont", 0) else None
            if state is None or internal != f"/{state.internalName}":
                _CARRY.reset()          # numbering a later document could not reproduce
                return
            kept.append((name, font, state))
        # a later document seeds the names in this order: they must be F1, F2 ... with no gap
        prefix = kept[0][2].namePrefix if kept else ""
        expected = [f"{prefix}{n}" for n in range(1, len(kept) + 1)]
        if sorted((s.internalName for _, _, s in kept), key=_number) != expected:
            _CARRY.reset()
            return
        kept.sort(key=lambda k: _number(k[2].internalName))
        now = {name: state for name, _, state in kept}
        for name, _, old in _CARRY.fonts:
            # the memo's strings stay true only while every code they use keeps its meaning
            new = now.get(name)
            if new is None or new.internalName != old.internalName \
                    or not old.assignments.items() <= new.assignments.items():
                _CARRY.lines = {}
                break
        _CARRY.fonts = [(name, font, _snapshot(state)) for name, font, state in kept]
        # lines of older versions of the issue go: the memo holds about one issue per mode
        _CARRY.lines = {k: v for k, v in _CARRY.lines.items() if k in self.used or k[3] != self.key}


def _number(internal: str) -> int:
    digits = "".join(ch for ch in internal if ch.isdigit())
    return int(digits) if digits else 0


def _snapshot(state):
    copied = copy.copy(state)
    copied.assignments = dict(state.assignments)
    copied.subsets = [list(s) for s in state.subsets]
    return copied


def forget() -> None:
    """Empty the session memo (tests; a change of fonts)."""
    with _CARRY.lock:
        _CARRY.reset()
