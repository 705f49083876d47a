"""`issuedesk export DIR -o OUT.pdf`: the print-ready PDF (or a proof), with a progress line."""
from __future__ import annotations

import sys

from editor.errors import UserError
from editor.cli.commands import command_help
from editor.i18n import t

STAGE_NAMES = {"load": ("读取", "reading"), "layout": ("排版", "layout"), "check": ("检查", "checks"),
               "images": ("图片", "pictures"), "render": ("生成", "writing"), "done": ("完成", "done")}


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help=command_help("export"),
                              description=t("把期刊排版并导出为可付印的 PDF（CMYK、出血、裁切线、PDF/X）；"
                                            "--proof 导出校样（RGB、水印、无裁切线）。检查有错误时拒绝导出，除非加 --force。"
                                            "--preflight 导出后再预检付印 PDF（也可以随时用 issuedesk preflight）。",
                                            "Lay the issue out and export a print-ready PDF (CMYK, bleed, crop marks, "
                                            "PDF/X); --proof exports a proof (RGB, watermark, no marks). Refuses while "
                                            "the checks find errors, unless --force. --preflight checks the print PDF "
                                            "afterwards (as issuedesk preflight does at any time)."))
    p.add_argument("issue", metavar="DIR", help=t("期刊文件夹", "the issue folder"))
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help=t("输出的 PDF 文件", "the PDF to write"))
    p.add_argument("--proof", action="store_true", help=t("导出校样而非付印文件", "export a proof, not the print file"))
    p.add_argument("--preflight", action="store_true",
                   help=t("导出后预检付印 PDF，报告印刷厂会查的问题", "preflight the print PDF once written, "
                                                          "as the printer would"))
    add_export_options(p)
    p.set_defaults(func=run)


def add_export_options(p) -> None:
    """Options shared by export and package."""
    p.add_argument("--layout", metavar="NAME", help=t("版式名称或版式文件夹（默认用期刊设定的版式）",
                                                      "layout name or folder (default: the issue's layout)"))
    p.add_argument("--force", action="store_true", help=t("即使检查有错误也导出", "export even while errors stand"))
    p.add_argument("--pad", action="store_true", help=t("补空白页使总页数为 4 的倍数",
                                                       "add blank pages up to a multiple of 4"))


def drive(work):
    """Run work(on_progress) with a progress line; (exit status, result). Refused: status 1.
    Anything but a UserError (a bug, a full disk) is said plainly with status 2, as cli.md asks."""
    from editor.export.exporter import ExportRefused

    line = ProgressLine(sys.stderr)
    try:
        return 0, work(line.show)
    except ExportRefused as exc:
        line.end()
        print(exc.message, file=sys.stderr)
        return 1, None
    except UserError:
        raise
    except Exception as exc:
        line.end()
        print(t("导出失败：{err}", "Export failed: {err}", err=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 2, None
    finally:
        line.end()


def run(args) -> int:
    from editor.export.exporter import run_export

    status, result = drive(lambda progress: run_export(
        args.issue, args.output, proof=args.proof, layout=args.layout, force=args.force,
        pad_to_4=args.pad, on_progress=progress))
    if result is not None:
        print(export_summary(result))
        if args.preflight and not result.proof:
            # On request only: reading the file back costs ~100 ms (pikepdf), a third of an export.
            from editor.export.preflight import preflight
            print(t("预检：", "Preflight: ") + preflight(result.path).to_text(result.path.name))
    return status


def export_summary(result) -> str:
    kind = t("校样", "proof") if result.proof else t("付印 PDF", "print PDF")
    lines = [t("已导出{kind}：{path}（{pages} 页，{sec:.1f} 秒）", "Exported the {kind}: {path} ({pages} pages, {sec:.1f} s)",
               kind=kind, path=result.path, pages=result.pages, sec=result.seconds)]
    if result.low_res_images:       # images.py imports Pillow: only when there is something to say
        from editor.export.images import resolution_warnings
        lines += resolution_warnings(result.images)
    pm = result.pagemap
    for o in getattr(pm, "overset", []):
        lines.append(t("未排下的文字：文章 {a} 还有 {n} 字", "Overset: article {a} has {n} characters left over",
                       a=o.article, n=o.chars))
    missing = getattr(pm, "missing_glyphs", {}) or {}
    if missing:
        lines.append(t("字体缺字（会印成空白）：{chars}", "Characters the fonts lack (would print blank): {chars}",
                       chars=" ".join(sorted(missing))))
    errors = result.errors
    if errors:
        lines.append(t("注意：带着 {n} 个错误强制导出", "Note: exported with {n} errors standing (--force)",
                       n=len(errors)))
    return "\n".join(lines)


class ProgressLine:
    """One line rewritten in place on a terminal; one line per stage when piped to a log."""

    def __init__(self, stream):
        self.stream = stream
        self.tty = stream.isatty()
        self.last_stage = None
        self.dirty = False

    def show(self, p) -> None:
        zh, en = STAGE_NAMES.get(p.stage, (p.stage, p.stage))
        name = t(zh, en)
        if self.tty:
            count = f" {p.done}/{p.total}" if p.total > 1 else ""
            detail = f" {p.message}" if p.stage == "images" else ""   # the picture's file name
            self.stream.write(f"\r\033[K{name}{count}{detail}"[:100])
            self.stream.flush()
            self.dirty = True
        elif p.stage != self.last_stage and p.stage != "done":
            self.stream.write(f"{name}…\n")
            self.stream.flush()
        self.last_stage = p.stage

    def end(self) -> None:
        if self.dirty:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.dirty = False
