"""Composed paragraphs kept on disk, so that a fresh process sets only the paragraphs that changed.

An office exports, checks and opens the same issue many times with few paragraphs changed in
between, and every new process used to set every paragraph again (~70 ms of a cold export of
the sample). setting.py memoises the lines in memory by their content, style and width; this
keeps the same lines in one file under the user cache, read once per process and written back
(whole, to a temporary file renamed over the old one: two processes writing at once leave one
of their files, never a torn one) at the end of a layout that set new paragraphs.

An entry's key is setting's memo key and the identity of each face its spans are set in (the
ReportLab face, the file's path, size and modification time, as the face cache keys it); the
file carries COMPOSER_VERSION, the program's and ReportLab's versions and the size and time of
the composer's own modules, so lines set by another composer are never reused.

Each paragraph's lines are kept as their columns (lists of floats: marshal gives back the same
bits), marshalled on their own so that only the paragraphs a layout asks for are unpacked;
texts are cut from the paragraph's own text. marshal, not pickle: loading a damaged or foreign
file cannot run code, and such a file is ignored (and replaced by the next write). A folder
that cannot be written only means no caching."""
from __future__ import annotations

import marshal
import os
import threading
from itertools import repeat
from math import copysign
from pathlib import Path

from editor.cachefile import keep

from .lines import Line, style

COMPOSER_VERSION = 1            # bump when the composer sets any line differently
FORMAT = 1                      # of the file
MAGIC = "issuedesk-lines"
MAX_ENTRIES = 6000              # paragraphs kept: those of the latest layouts, then the newest
FILE_NAME = "lines.marshal"
# the modules whose code shapes a line: an edited composer must not reuse its old lines
_COMPOSER_MODULES = ("linebreak", "textunits", "breaking", "metrics", "lines", "composecache")


class _Cache:
    def __init__(self):
        self.lock = threading.Lock()
        self.loaded = False
        self.entries: dict = {}     # disk key -> packed lines
        self.used: dict = {}        # disk keys looked up or added since the last write, in order
        self.new = False            # entries added since the last write
        self.faces: dict = {}       # (family, bold) -> the face identity in disk keys
        self.stamp = None           # _stamp()
        self.ready: set = set()     # faces of kept lines known to be registered with ReportLab


_CACHE = _Cache()


def cache_file() -> Path | None:
    try:
        from editor.paths import user_data_dir
        return user_data_dir() / "cache" / "compose" / FILE_NAME
    except Exception:           # no user folder to be had: no cache
        return None


def lookup(key: tuple) -> list | None:
    """The lines kept for setting.set_spans's memo key, or None."""
    disk_key = _disk_key(key)
    c = _CACHE
    with c.lock:
        if not c.loaded:
            _load(c)
        packed = c.entries.get(disk_key)
        if packed is None:
            return None
        c.used[disk_key] = True
    try:
        return unpack(packed, _paragraph_text(key))
    except Exception:           # a damaged entry: set the paragraph again (and keep that)
        with c.lock:
            c.entries.pop(disk_key, None)
        return None


def store(key: tuple, lines: list) -> None:
    """Keep the lines set for a memo key (written at the next flush())."""
    packed = pack(lines, _paragraph_text(key))
    if packed is None:
        return
    disk_key = _disk_key(key)
    c = _CACHE
    with c.lock:
        if not c.loaded:
            _load(c)
        c.entries[disk_key] = packed
        c.used[disk_key] = True
        c.new = True


def flush() -> None:
    """Write the cache if paragraphs were set since it was read or written. The entries used
    since go last; beyond MAX_ENTRIES the others go, oldest first."""
    c = _CACHE
    with c.lock:
        if not c.new:
            return
        entries = {k: v for k, v in c.entries.items() if k not in c.used}
        entries.update((k, c.entries[k]) for k in c.used if k in c.entries)
        while len(entries) > MAX_ENTRIES:
            del entries[next(iter(entries))]
        c.entries, c.used, c.new = entries, {}, False
        try:
            blob = marshal.dumps((MAGIC, _stamp(), entries))
        except ValueError:      # a key marshal cannot write (not one set_spans makes): no cache
            return
    path = cache_file()
    if path is None:
        return
    keep(path, blob)            # a folder we cannot write only costs time


def forget() -> None:
    """Drop what this process read or set (tests): the next lookup reads the file again."""
    c = _CACHE
    with c.lock:
        c.loaded, c.entries, c.used, c.new = False, {}, {}, False
        c.faces, c.stamp, c.ready = {}, None, set()


def _load(c: _Cache) -> None:
    c.loaded = True
    path = cache_file()
    if path is None:
        return
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return
    if isinstance(data, tuple) and len(data) == 3 and data[0] == MAGIC and data[1] == _stamp() \
            and isinstance(data[2], dict):
        c.entries = data[2]


def _stamp() -> tuple:
    """What else shapes the lines: the composer (its version, the program's, its modules'
    files), ReportLab. Worked out once per process."""
    c = _CACHE
    if c.stamp is None:
        import reportlab

        from editor import __version__
        files = []
        for name in _COMPOSER_MODULES:
            try:
                st = os.stat(Path(__file__).with_name(name + ".py"))
                files.append((name, st.st_size, st.st_mtime_ns))
            except OSError:         # no source beside us (a frozen app): the versions say it
                files.append((name, None, None))
        c.stamp = (FORMAT, COMPOSER_VERSION, __version__, reportlab.Version, tuple(files))
    return c.stamp


def _disk_key(key: tuple) -> tuple:
    faces = _CACHE.faces
    ids = []
    for text, family, _, bold, _ in key[0]:
        if not text:
            continue            # not set, so in no face (composing leaves it out too)
        face = faces.get((family, bold))
        if face is None:
            face = faces[(family, bold)] = _face_identity(family, bold)
        ids.append(face)
    return (key, tuple(ids))


def _face_identity(family: str, bold: bool) -> tuple:
    """The ReportLab face a span is set in, and the file it comes from (path, size, time)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from .metrics import resolve_font
    name, fake = resolve_font(family, bold)
    path = getattr(getattr(getFont(name), "face", None), "filename", None)
    try:
        st = os.stat(path)
        return (name, fake, str(path), st.st_size, st.st_mtime_ns)
    except (TypeError, ValueError, OSError):    # a CID or standard font: ReportLab's own data
        return (name, fake)


def _paragraph_text(key: tuple) -> str:
    return "".join(span[0] for span in key[0])


# -- lines as columns, and back -----------------------------------------------------------------

def pack(lines: list, text: str) -> bytes | None:
    """The lines of one paragraph, marshalled: for each line its columns as lists (its texts
    only when a unit is more than a character, its shifts only when one is not +0.0, its styles
    as one style or as a table and indices) and its other fields. None if they cannot be kept so
    (their texts are not the paragraph's text, too many styles in a line)."""
    if "".join(line.text for line in lines) != text:
        return None
    packed = []
    for line in lines:
        texts, shifts, styles = line.texts, line.shifts, line.styles
        n = len(texts)
        if n and styles.count(styles[0]) == n:
            kept_styles = styles[0]
        else:
            table = list(dict.fromkeys(styles))
            if len(table) > 256:
                return None
            kept_styles = [tuple(table), bytes(map(table.index, styles))]
        if not any(shifts) and min(map(copysign, repeat(1.0), shifts), default=1.0) > 0:
            shifts = None               # all +0.0, as most lines
        packed.append((len(line.text), n, None if n == len(line.text) else texts, line.xs,
                       line.widths, shifts, kept_styles, line.width, line.natural, line.ascent,
                       line.descent, line.last, line.leading, line.justified))
    try:
        return marshal.dumps(packed)
    except ValueError:          # something marshal cannot write: not kept
        return None


def unpack(packed: bytes, text: str) -> list:
    """Lines equal to those packed, field for field and bit for bit."""
    lines = []
    at = 0
    ready = _CACHE.ready
    for (nchars, n, texts, xs, widths, shifts, styles, width, natural, ascent, descent, last,
         leading, justified) in marshal.loads(packed):
        line_text = text[at:at + nchars]
        at += nchars
        if texts is None:
            texts = list(line_text)
        elif "".join(texts) != line_text:
            raise ValueError("entry does not fit its paragraph")
        if shifts is None:
            shifts = [0.0] * n
        if isinstance(styles, list):
            table = [style(*st) for st in styles[0]]
            _twins_registered(table)
            styles = list(map(table.__getitem__, styles[1]))
        else:
            styles = style(*styles)
            if styles[0] not in ready:
                _twins_registered((styles,))
            styles = [styles] * n
        if not len(texts) == len(xs) == len(widths) == len(shifts) == len(styles) == n:
            raise ValueError("entry does not fit its paragraph")
        lines.append(Line.of_columns(texts, xs, widths, shifts, styles, width, natural, ascent,
                                     descent, last, leading, justified, line_text))
    if at != len(text):
        raise ValueError("entry does not fit its paragraph")
    return lines


def _twins_registered(styles) -> None:
    """Composing registers a face's half-width twin (metrics.half_face) with ReportLab the first
    time a mark is set in it; lines that come from the file must find it registered too."""
    ready = _CACHE.ready
    for st in styles:
        face = st[0]
        if face not in ready:
            from .metrics import HALF_SUFFIX, half_face
            if face.endswith(HALF_SUFFIX):
                half_face(face[:-len(HALF_SUFFIX)])
            ready.add(face)
