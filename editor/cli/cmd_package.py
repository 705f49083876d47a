"""`issuedesk package DIR -o OUT.zip`: the printer hand-off in one zip."""
from __future__ import annotations

import sys

from editor.i18n import t


def register(subparsers) -> None:
    p = subparsers.add_parser("package", help=t("打包交付印刷厂", "package the issue for the printer"),
                              description=t("导出付印 PDF 并打包：PDF、预检报告、目录核对、期刊文件夹及图片，写成一个 zip。",
                                            "Export the print PDF and pack it with its preflight report, the contents "
                                            "check and the issue folder with its images into one zip."))
    p.add_argument("issue", metavar="DIR", help=t("期刊文件夹", "the issue folder"))
    p.add_argument("-o", "--output", metavar="OUT.zip", required=True, help=t("输出的 zip 文件", "the zip to write"))
    p.add_argument("--layout", metavar="NAME", help=t("版式名称（默认用期刊设定的版式）", "layout name (default: the issue's)"))
    p.add_argument("--force", action="store_true", help=t("即使检查有错误也导出", "export even while errors stand"))
    p.add_argument("--pad", action="store_true", help=t("补空白页使总页数为 4 的倍数",
                                                       "add blank pages up to a multiple of 4"))
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.cli.cmd_export import ProgressLine
    from editor.export.exporter import ExportRefused
    from editor.export.package import make_package

    line = ProgressLine(sys.stderr)
    try:
        result = make_package(args.issue, args.output, layout=args.layout, force=args.force,
                              pad_to_4=args.pad, on_progress=line.show)
    except ExportRefused as exc:
        line.end()
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        line.end()
    report = result.preflight
    print(t("已打包：{path}（{n} 个文件）", "Packaged: {path} ({n} files)", path=result.path, n=len(result.files)))
    print(report.to_text(result.export.path.name))
    return 0
