"""`issuedesk package DIR -o OUT.zip`: the printer hand-off in one zip."""
from __future__ import annotations

from editor.cli.cmd_export import add_export_options, drive
from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    p = subparsers.add_parser("package", help=command_help("package"),
                              description=t("导出付印 PDF 并打包：PDF、预检报告、目录核对、期刊文件夹及图片，写成一个 zip。",
                                            "Export the print PDF and pack it with its preflight report, the contents "
                                            "check and the issue folder with its images into one zip."))
    p.add_argument("issue", metavar="DIR", help=t("期刊文件夹", "the issue folder"))
    p.add_argument("-o", "--output", metavar="OUT.zip", required=True, help=t("输出的 zip 文件", "the zip to write"))
    add_export_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.export.package import make_package

    status, result = drive(lambda progress: make_package(
        args.issue, args.output, layout=args.layout, force=args.force, pad_to_4=args.pad,
        on_progress=progress))
    if result is not None:
        print(t("已打包：{path}（{n} 个文件）", "Packaged: {path} ({n} files)", path=result.path, n=len(result.files)))
        print(result.preflight.to_text(result.export.path.name))
    return status
