"""Layout templates: the data files in layouts/<name>/layout.toml read into a Layout.

A layout is data only (TOML, never executed). One layout may refine another with
`base = "<name>"`: the base is read first and the file's tables are merged over it. Every key is
checked against SCHEMA so a typo is reported with its name instead of being ignored."""
from __future__ import annotations

import hashlib
import marshal
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor.cachefile import keep
from editor.errors import UserError
from editor.paths import layouts_dir, user_data_dir

CMYK = tuple[float, float, float, float]
LAYOUT_FILE = "layout.toml"
ALIGNS = ("justify", "left", "center", "right")


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style of the layout file's [styles] table (sizes in points)."""
    name: str
    font: str = "serif"              # a key of Layout.fonts
    bold: bool = False
    size_pt: float = 9.5
    leading_pt: float = 15.0
    color: CMYK = (0, 0, 0, 100)
    align: str = "justify"
    first_indent_em: float = 0.0
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0


@dataclass(frozen=True)
class Margins:
    """The type area's margins in mm; inner is the binding side."""
    top: float
    bottom: float
    inner: float
    outer: float


@dataclass
class Layout:
    """A layout file read: page, margins, columns, fonts, styles and colours (see layout.toml)."""
    name: str
    trim_w_mm: float
    trim_h_mm: float
    bleed_mm: float
    margins: Margins
    columns: int = 2
    news_columns: int = 3
    gutter_mm: float = 5.0
    fonts: dict[str, str] = field(default_factory=lambda: {"serif": "serif", "sans": "sans"})
    styles: dict[str, ParaStyle] = field(default_factory=dict)
    colours: dict[str, CMYK] = field(default_factory=dict)
    folio_start: int | None = None   # physical page with folio 1; None: the first article page
    crop_mark_mm: float = 5.0
    crop_offset_mm: float = 3.0
    crop_weight_pt: float = 0.25
    section_colours: list[CMYK] = field(default_factory=list)
    description: str = ""
    path: Path | None = None
    # page furniture and spacing (see the comments in layout.toml)
    running_head_mm: float = 12.0
    folio_mm: float = 11.0
    head_rule_pt: float = 0.5
    title_gap_mm: float = 5.0
    article_gap_mm: float = 8.0
    min_body_lines: int = 4
    box_padding_mm: float = 2.5
    figure_max_height: float = 0.55
    cover_masthead_mm: float = 70.0
    cover_lines_mm: float = 42.0
    board_width_mm: float = 58.0
    photo_columns: int = 2

    def style(self, name: str) -> ParaStyle:
        return self.styles.get(name) or self.styles.get("body") or ParaStyle(name)

    def colour(self, name: str) -> CMYK:
        return self.colours.get(name, (0, 0, 0, 100))

    def section_colour(self, i: int) -> CMYK:
        cycle = self.section_colours or [self.colour("accent")]
        return cycle[i % len(cycle)]

    def font_name(self, family: str) -> str:
        """The font a style's family key stands for: "serif", "sans" or a system font name."""
        return self.fonts.get(family, family)

    @property
    def body_w_mm(self) -> float:
        return self.trim_w_mm - self.margins.inner - self.margins.outer

    @property
    def body_h_mm(self) -> float:
        return self.trim_h_mm - self.margins.top - self.margins.bottom

    def column_width(self, n: int) -> float:
        return (self.body_w_mm - (n - 1) * self.gutter_mm) / n

    def fingerprint(self) -> str:
        """A key for caches: changes whenever anything that shapes the pages changes."""
        return repr((self.name, self.trim_w_mm, self.trim_h_mm, self.margins, self.columns,
                     self.news_columns, self.gutter_mm, sorted(self.fonts.items()),
                     sorted((k, v) for k, v in self.styles.items()), sorted(self.colours.items()),
                     self.box_padding_mm, self.figure_max_height))


# -- schema ---------------------------------------------------------------------------------------
# key -> kind: "num", "int", "str", "bool", "cmyk", "colour" (cmyk or a colour name)
_STYLE_KEYS = {"font": "str", "bold": "bool", "size_pt": "num", "leading_pt": "num",
               "color": "colour", "align": "str", "first_indent_em": "num",
               "space_before_pt": "num", "space_after_pt": "num"}
SCHEMA: dict[str, dict[str, str] | str] = {
    "name": "str", "base": "str", "description": "str",
    "page": {"trim_w_mm": "num", "trim_h_mm": "num", "bleed_mm": "num", "folio_start": "int"},
    "margins": {"top_mm": "num", "bottom_mm": "num", "inner_mm": "num", "outer_mm": "num"},
    "columns": {"body": "int", "news": "int", "gutter_mm": "num"},
    "marks": {"length_mm": "num", "offset_mm": "num", "weight_pt": "num"},
    "heads": {"running_head_mm": "num", "folio_mm": "num", "rule_pt": "num"},
    "article": {"title_gap_mm": "num", "article_gap_mm": "num", "min_body_lines": "int",
                "box_padding_mm": "num", "figure_max_height": "num"},
    "cover": {"masthead_band_mm": "num", "lines_band_mm": "num"},
    "contents": {"board_width_mm": "num"},
    "photos": {"columns": "int"},
    "fonts": "str-table", "colours": "cmyk-table", "section_colours": {"cycle": "cmyk-list"},
    "styles": "style-table",
}
REQUIRED_STYLES = ("body", "kicker", "title", "subtitle", "subhead", "runin", "caption", "credit",
                   "source", "sidebar", "sidebar_title", "note", "folio", "running_head",
                   "contents_entry", "contents_section", "section_banner", "masthead")


def layout_roots() -> list[Path]:
    """Where named layouts live: the office's own (user data folder) first, then the shipped ones."""
    return [user_data_dir() / "layouts", layouts_dir()]


def available_layouts() -> list[str]:
    names = {p.parent.name for root in layout_roots() if root.is_dir() for p in root.glob(f"*/{LAYOUT_FILE}")}
    return sorted(names)


def load_layout(name_or_path: str | Path) -> Layout:
    """A layout by name (a folder in the user's layouts folder or the shipped layouts/) or by the
    path of a folder or a layout.toml."""
    path = _find(name_or_path)
    raw = _read_merged(path, seen=())
    return _build(raw, path)


def _find(name_or_path: str | Path) -> Path:
    p = Path(name_or_path)
    if p.is_file():
        return p
    if p.is_dir() and (p / LAYOUT_FILE).is_file():
        return p / LAYOUT_FILE
    for root in layout_roots():
        named = root / str(name_or_path) / LAYOUT_FILE
        if named.is_file():
            return named
    raise UserError("找不到版式“{name}”。可用的版式：{names}",
                    "No layout called \"{name}\". Available: {names}",
                    name=str(name_or_path), names="、".join(available_layouts()) or "-")


def _read_merged(path: Path, seen: tuple[Path, ...]) -> dict:
    if path in seen:
        raise UserError("版式文件 {file} 的 base 形成循环", "Layout file {file}: base refers back to itself",
                        file=str(path))
    raw = _read_toml(path)
    _validate(raw, path)
    base = raw.pop("base", None)
    if base is None:
        return raw
    sibling = path.parent.parent / base / LAYOUT_FILE
    base_path = sibling if sibling.is_file() else _find(base)
    merged = _read_merged(base_path, seen + (path,))
    return _merge(merged, raw)


def _read_toml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("无法读取版式文件 {file}：{why}", "Cannot read layout file {file}: {why}",
                        file=str(path), why=str(exc)) from exc
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    kept = _parsed_copy(path, digest)
    if kept is not None:
        return kept
    import tomllib

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = m.group(1) if m else "?"
        raise UserError("版式文件 {file} 第 {line} 行有错：{why}",
                        "Layout file {file}, line {line}: {why}",
                        file=str(path), line=line, why=str(exc)) from exc
    _keep_parsed(path, digest, raw)
    return raw


# A layout file is read at every export; importing tomllib and parsing it take ~5 ms, so what it
# parsed to is kept (marshal) in the user's cache, under the file's path, with the digest of the
# text it came from: an edited file is parsed again.
def _parsed_file(path: Path) -> Path:
    name = hashlib.sha1(str(path).encode()).hexdigest()[:16]
    return user_data_dir() / "cache" / "layouts" / f"{name}.marshal"


def _parsed_copy(path: Path, digest: str) -> dict | None:
    try:
        kept_digest, raw = marshal.loads(_parsed_file(path).read_bytes())
    except Exception:       # none yet, unreadable or damaged: parse the file
        return None
    return raw if kept_digest == digest and isinstance(raw, dict) else None


def _keep_parsed(path: Path, digest: str, raw: dict) -> None:
    try:
        blob = marshal.dumps((digest, raw))
        target = _parsed_file(path)
    except (OSError, ValueError):     # a value marshal cannot hold (a TOML date), no user folder
        return
    keep(target, blob)


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _bad(path: Path, key: str, zh_why: str, en_why: str) -> UserError:
    return UserError("版式文件 {file}：键 {key} {why}", "Layout file {file}: key {key} {why_en}",
                     file=str(path), key=key, why=zh_why, why_en=en_why)


def _validate(raw: dict, path: Path) -> None:
    for key, value in raw.items():
        kind = SCHEMA.get(key)
        if kind is None:
            raise _bad(path, key, "不认识（拼写错误？）", "is unknown (a typo?)")
        if isinstance(kind, dict):
            if not isinstance(value, dict):
                raise _bad(path, key, "应是一个表 [..]", "must be a table [..]")
            for sub, subval in value.items():
                if sub not in kind:
                    raise _bad(path, f"{key}.{sub}", "不认识（拼写错误？）", "is unknown (a typo?)")
                _check_value(subval, kind[sub], f"{key}.{sub}", path)
        elif kind == "str-table":
            for sub, subval in _table(value, key, path).items():
                _check_value(subval, "str", f"{key}.{sub}", path)
        elif kind == "cmyk-table":
            for sub, subval in _table(value, key, path).items():
                _check_value(subval, "cmyk", f"{key}.{sub}", path)
        elif kind == "style-table":
            for style, body in _table(value, key, path).items():
                for sub, subval in _table(body, f"styles.{style}", path).items():
                    if sub not in _STYLE_KEYS:
                        raise _bad(path, f"styles.{style}.{sub}", "不认识（拼写错误？）",
                                   "is unknown (a typo?)")
                    _check_value(subval, _STYLE_KEYS[sub], f"styles.{style}.{sub}", path)
        else:
            _check_value(value, kind, key, path)


def _table(value, key: str, path: Path) -> dict:
    if not isinstance(value, dict):
        raise _bad(path, key, "应是一个表 [..]", "must be a table [..]")
    return value


def _check_value(value, kind: str, key: str, path: Path) -> None:
    ok = {
        "num": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0,
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        "str": lambda v: isinstance(v, str),
        "bool": lambda v: isinstance(v, bool),
        "cmyk": _is_cmyk,
        "colour": lambda v: isinstance(v, str) or _is_cmyk(v),
        "cmyk-list": lambda v: isinstance(v, list) and all(_is_cmyk(x) for x in v),
    }[kind]
    if not ok(value):
        zh, en = {
            "num": ("应是不小于 0 的数", "must be a number, 0 or more"),
            "int": ("应是不小于 0 的整数", "must be a whole number, 0 or more"),
            "str": ("应是文字（加引号）", "must be text in quotes"),
            "bool": ("应是 true 或 false", "must be true or false"),
            "cmyk": ("应是四个 0–100 的数 [C, M, Y, K]", "must be four numbers 0–100 [C, M, Y, K]"),
            "colour": ("应是颜色名或 [C, M, Y, K]", "must be a colour name or [C, M, Y, K]"),
            "cmyk-list": ("应是 [C, M, Y, K] 的列表", "must be a list of [C, M, Y, K]"),
        }[kind]
        raise _bad(path, key, f"{zh}（现为 {value!r}）", f"{en} (is {value!r})")


def _is_cmyk(v) -> bool:
    return (isinstance(v, list) and len(v) == 4
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) and 0 <= x <= 100 for x in v))


# -- building the Layout --------------------------------------------------------------------------
def _build(raw: dict, path: Path) -> Layout:
    page, margins = raw.get("page", {}), raw.get("margins", {})
    cols, marks, heads = raw.get("columns", {}), raw.get("marks", {}), raw.get("heads", {})
    art, cover = raw.get("article", {}), raw.get("cover", {})
    colours = {k: tuple(float(x) for x in v) for k, v in raw.get("colours", {}).items()}
    fonts = {"serif": "serif", "sans": "sans", **raw.get("fonts", {})}
    for key in ("trim_w_mm", "trim_h_mm"):
        if not page.get(key):
            raise _bad(path, f"page.{key}", "必须给出且大于 0", "is required and must be above 0")
    layout = Layout(
        name=raw.get("name") or path.parent.name,
        description=raw.get("description", ""),
        path=path.parent,
        trim_w_mm=float(page["trim_w_mm"]), trim_h_mm=float(page["trim_h_mm"]),
        bleed_mm=float(page.get("bleed_mm", 3)),
        folio_start=page.get("folio_start") or None,
        margins=Margins(float(margins.get("top_mm", 20)), float(margins.get("bottom_mm", 20)),
                        float(margins.get("inner_mm", 18)), float(margins.get("outer_mm", 15))),
        columns=int(cols.get("body", 2)), news_columns=int(cols.get("news", 3)),
        gutter_mm=float(cols.get("gutter_mm", 5)),
        fonts=fonts, colours=colours,
        crop_mark_mm=float(marks.get("length_mm", 5)), crop_offset_mm=float(marks.get("offset_mm", 3)),
        crop_weight_pt=float(marks.get("weight_pt", 0.25)),
        section_colours=[tuple(float(x) for x in c) for c in raw.get("section_colours", {}).get("cycle", [])],
        running_head_mm=float(heads.get("running_head_mm", 12)), folio_mm=float(heads.get("folio_mm", 11)),
        head_rule_pt=float(heads.get("rule_pt", 0.5)),
        title_gap_mm=float(art.get("title_gap_mm", 5)), article_gap_mm=float(art.get("article_gap_mm", 8)),
        min_body_lines=int(art.get("min_body_lines", 4)), box_padding_mm=float(art.get("box_padding_mm", 2.5)),
        figure_max_height=float(art.get("figure_max_height", 0.55)),
        cover_masthead_mm=float(cover.get("masthead_band_mm", 70)),
        cover_lines_mm=float(cover.get("lines_band_mm", 42)),
        board_width_mm=float(raw.get("contents", {}).get("board_width_mm", 58)),
        photo_columns=int(raw.get("photos", {}).get("columns", 2)) or 2,
    )
    layout.styles = {name: _style(name, body, layout, path) for name, body in raw.get("styles", {}).items()}
    _check_sense(layout, path)
    return layout


def _style(name: str, body: dict, layout: Layout, path: Path) -> ParaStyle:
    color = body.get("color", "text")
    if isinstance(color, str):
        if color not in layout.colours:
            raise _bad(path, f"styles.{name}.color", f"指向不存在的颜色 {color!r}",
                       f"names a colour that [colours] lacks: {color!r}")
        color = layout.colours[color]
    align = body.get("align", "justify")
    if align not in ALIGNS:
        raise _bad(path, f"styles.{name}.align", f"应是 {'/'.join(ALIGNS)} 之一",
                   f"must be one of {'/'.join(ALIGNS)}")
    font = body.get("font", "serif")
    if font not in layout.fonts:
        raise _bad(path, f"styles.{name}.font", f"指向 [fonts] 中没有的字族 {font!r}",
                   f"names a family that [fonts] lacks: {font!r}")
    size = float(body.get("size_pt", 9.5))
    return ParaStyle(name=name, font=font, bold=bool(body.get("bold", False)), size_pt=size,
                     leading_pt=float(body.get("leading_pt", size * 1.5)),
                     color=tuple(float(x) for x in color), align=align,
                     first_indent_em=float(body.get("first_indent_em", 0)),
                     space_before_pt=float(body.get("space_before_pt", 0)),
                     space_after_pt=float(body.get("space_after_pt", 0)))


def _check_sense(layout: Layout, path: Path) -> None:
    missing = [s for s in REQUIRED_STYLES if s not in layout.styles]
    if missing:
        raise _bad(path, "styles", "缺少样式：" + "、".join(missing), "lacks styles: " + ", ".join(missing))
    if layout.columns < 1 or layout.news_columns < 1:
        raise _bad(path, "columns", "栏数至少为 1", "needs at least one column")
    if layout.column_width(max(layout.columns, layout.news_columns)) < 20:
        raise _bad(path, "columns", "栏太窄（不足 20 毫米）", "makes columns narrower than 20 mm")
    if layout.body_h_mm < 50:
        raise _bad(path, "margins", "版心太矮", "leave too little height for text")
    if layout.crop_offset_mm < layout.bleed_mm:
        raise _bad(path, "marks.offset_mm", "不得小于出血宽度（裁切线须在出血之外）",
                   "must be at least the bleed (crop marks stand outside the bleed)")
