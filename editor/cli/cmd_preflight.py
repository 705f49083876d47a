"""`issuedesk preflight FILE.pdf`: is this PDF (ours or anyone's) ready for the printer?"""
from __future__ import annotations

from pathlib import Path

from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    p = subparsers.add_parser("preflight", help=command_help("preflight"),
                              description=t("检查任何 PDF 的付印条件：成品框和出血、字体嵌入、颜色（CMYK）、"
                                            "图片分辨率、页数和 PDF/X 标记。退出码：0 可付印，1 未就绪，2 无法读取。",
                                            "Check any PDF for print: trim and bleed boxes, embedded fonts, colour (CMYK), "
                                            "image resolution, page count and PDF/X markers. Exit 0 ready, 1 not ready, "
                                            "2 unreadable."))
    p.add_argument("pdf", metavar="FILE.pdf", help=t("要检查的 PDF", "the PDF to check"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=t("输出格式（默认 text）", "output format (default text)"))
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.export.preflight import preflight

    report = preflight(args.pdf)
    print(report.to_json() if args.format == "json" else report.to_text(Path(args.pdf).name))
    return 0 if report.ready else 1
