"""Rules on figures: caption, image file, resolution at placed size, colour mode."""
from __future__ import annotations

from pathlib import Path, PurePosixPath

from editor.i18n import t

from .fold import short
from .registry import finding, rule

# (path, size, mtime) -> problem text or None: the GUI re-runs the checks after every edit, and
# opening every picture each time would be slow.
_VERIFIED: dict[tuple, str | None] = {}


def _owner_name(owner) -> str:
    return short(getattr(owner, "title", "") or owner.id)


def _where(owner, fig) -> dict:
    from editor.model import Article
    if isinstance(owner, Article):
        block = next((i for i, b in enumerate(owner.blocks) if b is fig), None)
        return {"article": owner.id, "block": block, "figure": fig.id}
    return {"figure": fig.id, "field": f"photo_page:{owner.id}"}


def _label(fig) -> str:
    return short(fig.caption, 20) if fig.caption.strip() else fig.id


@rule("FIGURE-CAPTION", "warning", "figures",
      title=("图片没有图注", "Figure without a caption"),
      explain=("刊内每幅图片都应有图注（说明图中是谁、什么事），摄影者署名另起。为图片写上图注。",
               "Every figure of the issue needs a caption (who or what is shown); the "
               "photographer's credit goes apart. Write a caption."))
def figure_caption(ctx):
    cover = ctx.issue.meta.cover
    if cover.image and not (cover.description or "").strip():
        yield finding("FIGURE-CAPTION", t("封面照片没有封面说明", "The cover photo has no description (封面说明)"),
                      field="cover.description")
    for owner, fig in ctx.issue.figures():
        if not fig.caption.strip():
            yield finding("FIGURE-CAPTION", t("“{owner}”中的图片 {fig} 没有图注",
                                              "The figure {fig} in “{owner}” has no caption",
                                              owner=_owner_name(owner), fig=fig.id), **_where(owner, fig))


def _problem(folder: Path, rel: str) -> str | None:
    p = PurePosixPath(rel.replace("\\", "/"))
    if p.is_absolute() or ".." in p.parts or ":" in rel:
        return t("路径不在期刊文件夹内", "the path leaves the issue folder")
    path = folder.joinpath(*p.parts)
    try:
        st = path.stat()
    except OSError:
        return t("文件不存在", "the file is not there")
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _VERIFIED:
        _VERIFIED[key] = _verify(path)
    return _VERIFIED[key]


def _verify(path: Path) -> str | None:
    from PIL import Image
    try:
        with Image.open(path) as im:
            im.verify()
    except Exception as exc:   # Pillow raises many kinds for a broken file
        return t("文件无法读取（{err}）", "the file cannot be read ({err})", err=type(exc).__name__)
    return None


@rule("FIGURE-MISSING", "error", "figures",
      title=("图片文件缺失或损坏", "Image file missing or unreadable"),
      explain=("图片指向的文件在期刊文件夹中不存在，或打不开。重新导入图片，或把文件放回 images/ 文件夹。",
               "The figure's image file is not in the issue folder, or cannot be opened. Import "
               "the picture again, or put the file back into images/."))
def figure_missing(ctx):
    if ctx.folder is None:
        return
    cover = ctx.issue.meta.cover.image
    problem = _problem(ctx.folder, cover) if cover else None
    if problem:
        yield finding("FIGURE-MISSING", t("封面照片（{file}）：{problem}", "The cover photo ({file}): {problem}",
                                          file=cover, problem=problem), field="cover.image", data={"image": cover})
    for owner, fig in ctx.issue.figures():
        if not fig.image:
            continue
        problem = _problem(ctx.folder, fig.image)
        if problem:
            yield finding("FIGURE-MISSING", t("图片“{fig}”（{file}）：{problem}", "Figure “{fig}” ({file}): {problem}",
                                              fig=_label(fig), file=fig.image, problem=problem),
                          **_where(owner, fig), data={"image": fig.image})


@rule("FIGURE-PENDING", "info", "figures",
      title=("图片尚未提供", "Pictures not supplied yet"),
      explain=("这些图片只有图注，还没有图像文件（例如从印刷版导入时照片已丢失）。付印前为它们配上图片，或删去。"
               "同类情况合并为一条。",
               "These figures have a caption but no picture yet (an import from print loses the "
               "photos). Supply the pictures before printing, or remove the figures. All such "
               "figures are reported together."))
def figure_pending(ctx):
    pending = [(owner, fig) for owner, fig in ctx.issue.figures() if not fig.image]
    cover = ctx.issue.meta.cover
    cover_pending = bool(cover.description and not cover.image)    # described, but the photo is gone
    if not pending and not cover_pending:
        return
    loc = _where(*pending[0]) if pending else {"field": "cover.image"}
    ids = [f.id for _, f in pending] + (["cover"] if cover_pending else [])
    yield finding("FIGURE-PENDING", t("{n} 幅图片还没有图像文件（只有图注{cover}），付印前需配图或删去",
                                      "{n} pictures are not there yet (caption only{cover_en}): supply or remove "
                                      "them before printing", n=len(ids),
                                      cover="，含封面照片" if cover_pending else "",
                                      cover_en=", the cover photo among them" if cover_pending else ""),
                  **loc, data={"figures": ids})


def _ppi(ctx, fig) -> float | None:
    if ctx.pagemap is not None:
        placed = next((p for p in ctx.pagemap.figures if p.figure == fig.id), None)
        if placed is not None and placed.ppi:
            return placed.ppi
    info = fig.info
    if info is None or not fig.width_mm:
        return None
    values = [info.width_px / (fig.width_mm / 25.4)]
    if fig.height_mm:
        values.append(info.height_px / (fig.height_mm / 25.4))
    return min(values)


@rule("FIGURE-RES", "warning", "figures",
      title=("图片分辨率不足", "Image resolution too low"),
      explain=("按排版尺寸计算，图片的有效分辨率应不低于 300 ppi；低于 150 ppi 印出来会明显发虚（错误）。"
               "换用更大的原图，或把图片排小。",
               "At its placed size a picture needs at least 300 ppi; below 150 ppi it prints "
               "visibly soft (an error). Use a larger original, or place it smaller."))
def figure_res(ctx):
    for owner, fig in ctx.issue.figures():
        if not fig.image:
            continue
        ppi = _ppi(ctx, fig)
        # whole ppi: a placed size kept to 0.1 mm makes 300 ppi come out as 299.8
        if ppi is None or round(ppi) >= 300:
            continue
        yield finding("FIGURE-RES", t("图片“{fig}”按排版尺寸只有 {ppi} ppi（应不低于 300）",
                                      "Figure “{fig}” has {ppi} ppi at its placed size (300 needed)",
                                      fig=_label(fig), ppi=round(ppi)),
                      severity="error" if round(ppi) < 150 else "warning", **_where(owner, fig),
                      data={"ppi": round(ppi, 1)})


_CONVERTED = {"RGB": ("RGB", "RGB"), "RGBA": ("RGB", "RGB"), "P": ("索引色", "indexed"),
              "PA": ("索引色", "indexed")}


@rule("FIGURE-COLOR", "info", "figures",
      title=("图片将转换为 CMYK", "Image will be converted to CMYK"),
      explain=("印刷用 CMYK。RGB 或索引色图片在付印导出时会自动转换，颜色可能略有变化；讲究颜色的图片请提供 CMYK 原图。",
               "Print uses CMYK. RGB and indexed pictures are converted by the print export and "
               "their colours may shift a little; supply CMYK originals where colour matters."))
def figure_color(ctx):
    for owner, fig in ctx.issue.figures():
        mode = fig.info.mode if fig.info else None
        if fig.image and mode in _CONVERTED:
            yield finding("FIGURE-COLOR", t("图片“{fig}”是 {mode}，付印时将转为 CMYK",
                                            "Figure “{fig}” is {mode}; the print export converts it to CMYK",
                                            fig=_label(fig), mode=t(*_CONVERTED[mode])),
                          **_where(owner, fig), data={"mode": mode})
