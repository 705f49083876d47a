"""Rules on what the printer gets: text that did not fit, the page count, characters the fonts
cannot print."""
from __future__ import annotations

from editor.errors import UserError
from editor.i18n import t

from .fold import short
from .registry import finding, rule

# Text set in the 黑体-style face (fonts.md); the rest is body text in the 宋体-style face.
_SANS_KINDS = {"title", "kicker", "subtitle", "subhead", "caption", "credit", "table title",
               "cover-line", "section"}


@rule("TEXT-OVERSET", "error", "print", needs_pages=True,
      title=("文字排不下", "Text does not fit"),
      explain=("文章的文字超出了分给它的版面，多出的部分不会印出。删减文字、缩小图片，或给文章多分一页（或设转页）。",
               "The article's text runs past the pages given to it; what does not fit would not "
               "print. Cut text, make pictures smaller, or give the article another page (or a jump)."))
def text_overset(ctx):
    for o in ctx.pagemap.overset:
        art = ctx.article_by_id.get(o.article)
        yield finding("TEXT-OVERSET", t("“{title}”有 {chars} 字排不下（{blocks} 段）",
                                        "“{title}”: {chars} characters do not fit ({blocks} blocks)",
                                        title=short(art.title) if art else o.article, chars=o.chars,
                                        blocks=o.blocks),
                      article=o.article, data={"chars": o.chars, "blocks": o.blocks})


@rule("PAGE-COUNT", "error", "print", needs_pages=True,
      title=("总页数不是 4 的倍数", "Page count not a multiple of 4"),
      explain=("骑马订的期刊总页数（含封面、封底）必须是 4 的倍数。增删内容，或加空白页/广告页补足"
               "（导出时加 --pad 可自动补空白页）。",
               "A saddle-stitched issue needs a page count, covers included, that is a multiple of "
               "4. Add or cut material, or fill with a blank or advertisement page."))
def page_count(ctx):
    n = ctx.pagemap.page_count
    if n % 4:
        yield finding("PAGE-COUNT", t("共 {n} 页（含封面），不是 4 的倍数；还差 {more} 页",
                                      "{n} pages (covers included), not a multiple of 4; {more} more needed",
                                      n=n, more=4 - n % 4), data={"pages": n})


@rule("GLYPH-MISSING", "error", "print",
      title=("字体缺字", "Character missing from the fonts"),
      explain=("所用字体里没有这个字，印出来会是空白。改用常用字形（如把异体字改为规范字），或在版式中换用包含该字的字体。",
               "The chosen font has no glyph for this character: it would print as a blank. Use "
               "the standard form of the character, or pick a font in the layout that has it."))
def glyph_missing(ctx):
    if ctx.pagemap is not None:
        # Layout records every character its fonts lack while it sets the text (paginate's
        # _missing_glyphs): the page map is the authority, also when it found none. Asking the
        # fonts again cost ~4 ms of an export.
        for ch, arts in sorted(ctx.pagemap.missing_glyphs.items()):
            yield _missing(ch, arts[0] if arts else None, None, len(arts))
        return
    try:
        from editor.layout import fonts
        ready = fonts.fonts_ready()
    except ImportError:
        ready = False
    if not ready:
        yield finding("GLYPH-MISSING", t("字体尚未准备好，未能检查缺字（运行 issuedesk fonts prepare）",
                                         "The fonts are not prepared: missing characters were not checked "
                                         "(run issuedesk fonts prepare)"), severity="info")
        return
    by_family = {"serif": [], "sans": []}
    for piece in ctx.texts:
        by_family["sans" if piece.kind in _SANS_KINDS else "serif"].append(piece)
    faces = _layout_fonts(ctx.issue.meta.layout)
    for family, pieces in by_family.items():
        try:
            missing = fonts.missing_chars("".join(p.text for p in pieces), faces.get(family, family))
        except UserError as exc:      # a system font the layout names is not on this machine
            yield finding("GLYPH-MISSING", t("未能检查缺字：{msg}", "Missing characters not checked: {msg}",
                                             msg=exc.message), severity="info")
            continue
        for ch in sorted(missing):
            piece = next(p for p in pieces if ch in p.text)
            yield _missing(ch, piece.article, piece, None)


def _layout_fonts(name: str) -> dict[str, str]:
    """The fonts the issue's layout prints its serif and sans text in (an office's layout may
    name SimSun or SimHei); ours when the layout cannot be read."""
    try:
        from editor.layout.template import load_layout
        return dict(load_layout(name).fonts)
    except (ImportError, UserError):
        return {}


def _missing(ch, article, piece, count):
    loc = piece.location if piece is not None else {"article": article}
    return finding("GLYPH-MISSING", t("字体中没有“{ch}”（U+{code:04X}），会印成空白",
                                      "The fonts lack “{ch}” (U+{code:04X}): it would print blank",
                                      ch=ch, code=ord(ch)), **loc, data={"char": ch, "articles": count})


_NO_START = set("、，。．；：？！”’）］｝〕〉》」』】〗〙·～")
_NO_END = set("“‘（［｛〔〈《「『【〖〘")


def _bad_break(text: str) -> str | None:
    """What is wrong with a set line under GB/T 15834 and clreq, or None."""
    body = text.strip()
    if not body.strip("…—"):
        return None      # a line of nothing but …… stands for left-out items (the sample has one)
    if body[0] in _NO_START or body.startswith(("——", "……")):
        return t("行首是“{ch}”", "the line starts with “{ch}”", ch=body[0])
    if body[-1] in _NO_END:
        return t("行末是“{ch}”", "the line ends with “{ch}”", ch=body[-1])
    return None


@rule("LINE-BREAK", "warning", "print", needs_pages=True,
      title=("断行不合标点规范", "Line break against the punctuation rules"),
      explain=("点号、后引号、后括号等不能出现在行首，前引号、前括号等不能出现在行末，破折号和省略号不能拆开"
               "（GB/T 15834，clreq）。通常是排版引擎的问题；可微调该段文字或字距。",
               "A stop, closing quote or closing bracket must not begin a line, an opening quote or "
               "bracket must not end one, and —— and …… stay whole (GB/T 15834, clreq). Usually the "
               "layout engine's fault; adjust the paragraph or its spacing."))
def line_break(ctx):
    lines = ctx.pagemap.lines
    for i, line in enumerate(lines):
        problem = _bad_break(line.text)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if problem is None and nxt is not None and nxt.index == line.index and nxt.column == line.column:
            if line.text.rstrip().endswith(("—", "…")) and nxt.text.lstrip().startswith(("—", "…")):
                problem = t("破折号或省略号被拆开", "a dash or ellipsis is split")
        if problem:
            page = ctx.pagemap.pages[line.index - 1].folio if 0 < line.index <= len(ctx.pagemap.pages) else None
            yield finding("LINE-BREAK", t("{problem}：{line}", "{problem}: {line}", problem=problem,
                                          line=short(line.text, 20)),
                          article=line.article, page=page, data={"index": line.index, "column": line.column})
