"""ReportLab's reading of a TrueType file, kept on disk so that a fresh process need not read it
again.

Making a ReportLab TTFont parses the font's cmap, hmtx and loca tables in Python: 0.05-0.1 s for
each of our CJK faces (30,000 glyphs), on every start of the program, three faces an export.
What it keeps is plain numbers, strings, lists and dicts; marshal brings them back in a fraction
of the time. The font file is needed too: ReportLab cuts the embedded subsets out of it.

A cache entry names the file's path, size and modification time, the face index and
ReportLab's version; anything that does not match, or cannot be read, is parsed afresh and the
entry rewritten. marshal, not pickle: loading a damaged or foreign file cannot run code.

A face made from an entry also spares work when a PDF is written: glyphs are cut out of the
file's bytes rather than out of a fresh copy of the glyph table for every subset, and a subset
made before in the session (same characters) is not made again.

The font file's bytes, and the entry's, are mapped into memory, not read (except on Windows, see
_contents): a page of fresh memory costs ~2.5 µs to touch on the 2-core machine we measure on
(10-20 MB of font file read: 7 ms a face), and the mapping is only touched where it is used. For
the same reason an entry is laid out so that making a face touches little fresh memory: see
_write; registering our three faces in a fresh process 22.4 -> 14.7 ms (5,800 -> 2,900 page
faults)."""
from __future__ import annotations

import functools
import hashlib
import marshal
import mmap
import os
from array import array
from pathlib import Path
from weakref import WeakKeyDictionary

from editor.cachefile import keep

FORMAT = 5
_SKIP = ("_ttf_data", "_pdfScale")          # the file's bytes, and a function made from unitsPerEm
NAME_KEY = "\0names"                       # which attributes were TTFNameBytes
LATER_KEY = "\0later"                      # tables left in the entry's tail until first asked for
# Needed to write a subset (hmetrics, glyphPos; glyphPos also for the ink of a few marks) or to
# shape text (glyphToChar, the slowest to load, which we never do): unpacked when first used.
LATER = ("glyphToChar", "hmetrics", "glyphPos")
CODES_KEY = "\0codes"                      # where charToGlyph is in the tail, and its digest
WIDTHS_KEY = "\0widths"                    # charWidths as values in charToGlyph's order
SUBSETS_KEY = "\0subsets"                  # font files made of this face, by their characters
FILE_KEY = "\0file"                        # the open file behind a mapping, its size and mtime
MAX_SUBSETS = 64
_HEAD_AT = 8                               # after the head's length
_ALIGN = 8                                 # the tail's tables start on a multiple of this

# charToGlyph by its digest: faces that map the same characters to the same glyphs (a family's
# regular and bold) share one dict (ReportLab only reads it, as it does a twin's, metrics.py)
_SHARED_CODES: dict[bytes, dict] = {}


def load_ttfont(name: str, path: Path, index: int, cache_dir: Path | None):
    """A ReportLab TTFont named `name` for face `index` of the file, from the cache when it is
    fresh. `cache_dir` None: no cache, parse as ReportLab does."""
    from reportlab.pdfbase.ttfonts import TTFont

    if cache_dir is None:
        return TTFont(name, str(path), subfontIndex=index)
    entry = cache_dir / _entry_name(path, index)
    stamp = _stamp(path, index)
    found = _read(entry, stamp)
    if found is not None:
        try:
            data = _file_bytes(path, stamp)
            if data is not None:
                return _rebuild(name, *found, *data)
        except Exception:       # an entry our ReportLab cannot use: parse as if there were none
            pass
    font = TTFont(name, str(path), subfontIndex=index)
    _write(entry, stamp, font.face)
    return font


def _entry_name(path: Path, index: int) -> str:
    digest = hashlib.sha1(f"{Path(path).resolve()}#{index}".encode()).hexdigest()[:16]
    return f"{Path(path).stem[:40]}-{digest}.rlface"


def _stamp(path: Path, index: int) -> tuple:
    import reportlab

    st = os.stat(path)
    return (FORMAT, reportlab.Version, str(Path(path).resolve()), index, st.st_size, st.st_mtime_ns)


def _read(entry: Path, stamp: tuple) -> tuple[dict, memoryview] | None:
    """(the entry's state, its tail) when it is whole and stamped `stamp`."""
    try:
        with open(entry, "rb") as fh:
            data = _contents(fh)
        view = memoryview(data)
        end = _HEAD_AT + int.from_bytes(view[:_HEAD_AT], "little")
        if len(view) < end:
            return None
        head = marshal.loads(view[_HEAD_AT:end])
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(head, tuple) or len(head) != 2 or head[0] != stamp or not isinstance(head[1], dict):
        return None
    return head[1], view[end + -end % _ALIGN:]


def _write(entry: Path, stamp: tuple, face) -> None:
    """The entry: the length of its head, the marshalled head, then a tail of tables the head
    locates (_put_codes, _packed). Only the head is unmarshalled when a face is made; the tail
    is used where it lies, or unmarshalled when first used."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    state = {}
    names = []
    for key, value in vars(face).items():
        if key in _SKIP:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(key)
            value = bytes(value)
        state[key] = value
    state[NAME_KEY] = names
    tail = bytearray()

    def put(blob: bytes) -> tuple[int, int]:
        tail.extend(b"\0" * (-len(tail) % _ALIGN))
        tail.extend(blob)
        return len(tail) - len(blob), len(blob)

    try:
        _put_codes(state, put)
        state[LATER_KEY] = {key: _packed(state.pop(key), put) for key in LATER if key in state}
        head = marshal.dumps((stamp, state))
    except (ValueError, TypeError, OverflowError):   # what marshal or an array cannot hold: no entry
        return
    end = _HEAD_AT + len(head)
    keep(entry, len(head).to_bytes(_HEAD_AT, "little") + head + b"\0" * (-end % _ALIGN) + tail)


def _put_codes(state: dict, put) -> None:
    """charToGlyph marshalled on its own into the tail, to be shared (_SHARED_CODES), a glyph
    number equal to a code point written as that code point's object (1-2 ms a face less of
    making 30,000 ints); charWidths, whose keys are among charToGlyph's, as a list of its values
    in charToGlyph's order (one object for each width) and the code points it lacks: _rebuild
    gives them to a copy of charToGlyph. A dict copied is laid out at once; one filled by marshal
    grows through ever larger tables, all fresh memory, and makes its keys again."""
    codes, widths = state.get("charToGlyph"), state.get("charWidths")
    if not (isinstance(codes, dict) and isinstance(widths, dict) and widths.keys() <= codes.keys()):
        return          # kept in the head as they are
    same = {code: code for code in codes}
    blob = marshal.dumps({code: same.get(glyph, glyph) for code, glyph in codes.items()})
    state[CODES_KEY] = (*put(blob), hashlib.sha1(blob).digest())
    one: dict = {}
    state[WIDTHS_KEY] = ([one.setdefault((type(w), w), w) for w in (widths.get(code, 0) for code in codes)],
                         [code for code in codes if code not in widths])
    del state["charToGlyph"], state["charWidths"]


def _contents(fh):
    """The open file's bytes: mapped where the system lets a mapped file be replaced (POSIX: our
    entries and `fonts prepare`'s files are renamed over the old ones, and a mapping keeps the
    old one), else read. Mapping costs a few page faults where reading into fresh memory costs
    one for every 4 KB."""
    if os.name != "nt":
        try:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):     # an empty file, a file system without mappings: read it
            pass
    return fh.read()


def _file_bytes(path: Path, stamp: tuple):
    """(the font file's bytes, FILE_KEY's value) for a face made from an entry stamped `stamp`;
    None when the file on disk is no longer the one stamped (replaced since the stat).

    Mapped where it can be (_contents); the open file stays with the face so that a subset can
    tell that the file was rewritten in place since (FILE_KEY, _unchanged). On Windows a mapped
    file cannot be replaced, and the GUI may prepare fonts while faces are loaded: there the
    file is read."""
    fh = open(path, "rb")               # noqa: SIM115 - kept open with the mapping, see above
    try:
        st = os.fstat(fh.fileno())
        if (st.st_size, st.st_mtime_ns) != stamp[-2:]:
            fh.close()
            return None
        data = _contents(fh)
        if isinstance(data, mmap.mmap):
            return data, (fh, st.st_size, st.st_mtime_ns)
        fh.close()
        return data, None
    except BaseException:
        fh.close()
        raise


def _rebuild(name: str, state: dict, tail: memoryview, data, file):
    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont

    state = dict(state)
    for key in state.pop(NAME_KEY):
        state[key] = TTFNameBytes(state[key])
    if CODES_KEY in state:             # see _put_codes
        at, length, digest = state.pop(CODES_KEY)
        codes = _SHARED_CODES.get(digest)
        if codes is None:
            codes = marshal.loads(_table(tail, at, length))
            if not isinstance(codes, dict):
                raise ValueError("charToGlyph")
            _SHARED_CODES[digest] = codes
        values, unmeasured = state.pop(WIDTHS_KEY)
        widths = codes.copy()
        widths.update(zip(codes, values, strict=True))
        for code in unmeasured:
            del widths[code]
        state["charToGlyph"], state["charWidths"] = codes, widths
    state[LATER_KEY] = {key: (packed[0], *(_table(tail, *at) for at in packed[1:]))
                        for key, packed in state[LATER_KEY].items()}
    face = object.__new__(_face_class())
    face.__dict__.update(state)
    face._ttf_data = data
    if file is not None:
        face.__dict__[FILE_KEY] = file
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, k=1000 / units: x * k)
    # what TTFont.__init__ does once it has its face
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = _shapable(name)
    return font


def _table(tail: memoryview, at: int, length: int) -> memoryview:
    """The table at `at` in the tail, without a copy; ValueError past its end (a damaged entry)."""
    if not 0 <= at <= at + length <= len(tail):
        raise ValueError("table outside the entry")
    return tail[at:at + length]


@functools.cache
def _face_class():
    """TTFontFace, with the LATER tables unpacked from the entry on first use (made on first call:
    ReportLab is imported only when a font is needed)."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    class CachedFace(TTFontFace):
        def __getattr__(self, name):
            # only reached for attributes the instance lacks; the tables' places stay, so a copy
            # of the face (the half-width twin) can unpack its own
            later = self.__dict__.get(LATER_KEY)
            if later is None or name not in later:
                raise AttributeError(name)
            value = _unpacked(later[name])
            setattr(self, name, value)
            return value

        def makeSubset(self, subset):
            _unchanged(self)
            # a session's exports carry their character codes from one to the next (redraw.py),
            # so most subsets come again unchanged: the same glyphs give the same font file
            memo = self.__dict__.setdefault(SUBSETS_KEY, {})
            key = tuple(subset)
            made = memo.get(key)
            if made is None:
                if len(memo) >= MAX_SUBSETS:
                    memo.clear()
                made = memo[key] = _subset_file(self, subset) or super().makeSubset(subset)
            return made

        def get_table(self, tag):
            if tag != "glyf":
                return super().get_table(tag)
            # ReportLab copies the whole table (10-12 MB here) for each subset it writes, only to
            # cut single glyphs out of the copy: cut them out of the file's bytes instead
            pos, length = self.get_table_pos(tag)
            return _Window(self._ttf_data, pos, length)

    return CachedFace


# component flags of a composite glyph (TrueType glyf table)
_MORE_COMPONENTS, _ARGS_ARE_WORDS = 0x20, 0x01
_SCALE, _XY_SCALE, _TWO_BY_TWO = 0x08, 0x40, 0x80


def _subset_file(face, subset) -> bytes | None:
    """The font file ReportLab's TTFontFile.makeSubset makes of `subset`, byte for byte, at a
    third of its cost: each glyph is cut out of the file once (ReportLab reads its first bytes
    through seek and read_short, then slices it through get_table), and the metrics come
    straight from the arrays the entry unpacked (_Pairs), not pair by pair. None for a glyph
    ReportLab's code would read past (a damaged composite glyph): ReportLab makes that subset."""
    from struct import error as StructError, pack, pack_into, unpack_from

    from reportlab.pdfbase.ttfonts import TTFontMaker, _set_ushort

    data, glyph_pos, char_to_glyph = face._ttf_data, face.glyphPos, face.charToGlyph
    glyf = face.get_table_pos("glyf")[0]
    # new glyph number by old: 0 (the missing glyph) first, then in order of first use
    glyph_map, glyph_set, cmap_glyphs = [0], {0: 0}, []
    for code in subset:
        old = char_to_glyph.get(code, 0)
        new = glyph_set.get(old)
        if new is None:
            new = glyph_set[old] = len(glyph_map)
            glyph_map.append(old)
        cmap_glyphs.append(new)
    # glyf and loca; a composite glyph's components join the subset as they are met, as in
    # ReportLab's walk, and its references are renumbered
    glyphs, offsets, pos, n = [], [], 0, 0
    while n < len(glyph_map):
        start, end = glyph_pos[glyph_map[n]], glyph_pos[glyph_map[n] + 1]
        n += 1
        glyph = data[glyf + start:glyf + end]
        size = end - start
        if size and glyph[0] & 0x80:            # numberOfContours < 0: composite
            if size < 12:
                return None
            glyph, at, flags = bytearray(glyph), 10, _MORE_COMPONENTS
            try:
                while flags & _MORE_COMPONENTS:
                    flags, old = unpack_from(">HH", glyph, at)
                    if old not in glyph_set:
                        glyph_set[old] = len(glyph_map)
                        glyph_map.append(old)
                    pack_into(">H", glyph, at + 2, glyph_set[old])
                    at += (8 if flags & _ARGS_ARE_WORDS else 6) + (
                        2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0)
            except StructError:
                return None
            glyph = bytes(glyph)
        offsets.append(pos)
        glyphs.append(glyph)
        pos += size
        if pos % 4:
            glyphs.append(b"\0" * (4 - pos % 4))
            pos += 4 - pos % 4
    offsets.append(pos)
    # hmtx: full pairs up to the last change of advance, then side bearings only
    metrics = face.hmetrics
    if isinstance(metrics, _Pairs):
        advances = [metrics.first[g] for g in glyph_map]
        bearings = [metrics.second[g] for g in glyph_map]
    else:
        advances = [int(metrics[g][0]) for g in glyph_map]
        bearings = [int(metrics[g][1]) for g in glyph_map]
    full = len(advances) - 1
    while full and advances[full] == advances[full - 1]:
        full -= 1
    full += 1
    hmtx = [v for pair in zip(advances[:full], bearings[:full]) for v in pair] + bearings[full:]

    output = TTFontMaker()
    for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
        if tag in face.table:
            output.add(tag, face.get_table(tag))
    post = face.get_table_pos("post")[0]        # the table's glyph names (340 KB in serif) are left out
    output.add("post", b"\x00\x03\x00\x00" + data[post + 4:post + 16] + b"\x00" * 16)
    output.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
    output.add("hhea", _set_ushort(face.get_table("hhea"), 34, full))
    output.add("maxp", _set_ushort(face.get_table("maxp"), 4, len(glyph_map)))
    cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset), *cmap_glyphs]
    output.add("cmap", pack(f">{len(cmap)}H", *cmap))
    output.add("glyf", b"".join(glyphs))
    long_loca = (pos + 1) >> 1 > 0xFFFF
    output.add("loca", pack(f">{len(offsets)}L", *offsets) if long_loca
               else pack(f">{len(offsets)}H", *(o >> 1 for o in offsets)))
    output.add("head", _set_ushort(face.get_table("head"), 50, 1 if long_loca else 0))
    return output.makeStream()


def _unchanged(face) -> None:
    """UserError when the mapped file was rewritten in place since the face was made: its glyphs
    would no longer be those the widths were read from. (A file replaced by a rename, as `fonts
    prepare` does, leaves the mapping on the old file: nothing to see here.)"""
    file = face.__dict__.get(FILE_KEY)
    if file is None:
        return
    st = os.fstat(file[0].fileno())
    if (st.st_size, st.st_mtime_ns) != file[1:]:
        from editor.errors import UserError
        raise UserError("字体文件 {path} 在程序运行期间被改写：请重新启动 IssueDesk 后再导出",
                        "The font file {path} was rewritten while IssueDesk was running: "
                        "start IssueDesk again, then export", path=face.filename)


def _packed(value, put) -> tuple:
    """(kind, place of each part in the tail) for a LATER table: lists of numbers as machine
    arrays, used where they lie (31,000 (advance, side bearing) pairs unmarshal as tuples in
    8 ms); anything else marshalled."""
    if isinstance(value, list) and value and all(type(v) is int for v in value):
        return ("ints", put(array("q", value).tobytes()))
    if isinstance(value, list) and value and all(
            type(v) is tuple and len(v) == 2 and type(v[0]) is int and type(v[1]) is int for v in value):
        return ("pairs", put(array("q", (a for a, _ in value)).tobytes()),
                put(array("q", (b for _, b in value)).tobytes()))
    return ("plain", put(marshal.dumps(value)))


def _unpacked(packed):
    if packed[0] == "ints":
        return packed[1].cast("q")
    if packed[0] == "pairs":
        return _Pairs(packed[1].cast("q"), packed[2].cast("q"))
    return marshal.loads(packed[1])


class _Pairs:
    """A read-only list of pairs kept as two sequences of numbers (ReportLab only indexes
    hmetrics)."""

    __slots__ = ("first", "second")

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __len__(self) -> int:
        return len(self.first)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(zip(self.first[i], self.second[i]))
        return self.first[i], self.second[i]

    def __iter__(self):
        return zip(self.first, self.second)

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


class _Window:
    """A stretch of a bytes object that slices like a copy of it, without the copy."""

    __slots__ = ("data", "start", "length")

    def __init__(self, data: bytes, start: int, length: int):
        self.data, self.start, self.length = data, start, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, item):
        if not isinstance(item, slice):
            item = slice(item, item + 1) if item >= 0 else slice(self.length + item, self.length + item + 1)
            return self[item][0]
        a, b, step = item.indices(self.length)
        if step != 1:
            return bytes(self)[item]
        return self.data[self.start + a:self.start + max(a, b)]

    def __bytes__(self) -> bytes:
        return self.data[self.start:self.start + self.length]


def _shapable(name: str) -> bool:
    try:
        from fnmatch import fnmatch

        from reportlab.pdfbase.ttfonts import unShapedFontGlob
    except ImportError:
        return True
    return not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
