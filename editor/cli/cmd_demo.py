"""`issuedesk demo DIR`: write the bundled demo issue (texts and painted photos) to DIR."""
from __future__ import annotations

from pathlib import Path

from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo", help=command_help("demo"),
        description=t("把自带的示例期刊《青溪科技》2026年第11期（原创文章、栏目、封面和图片）写入一个新的或空的文件夹。",
                      "Write the bundled demo issue, 《青溪科技》 2026 no. 11 (original articles, sections, cover and "
                      "pictures), to a new or empty folder."))
    parser.add_argument("folder", metavar="DIR", type=Path, help=t("目标文件夹：不存在或为空", "the folder to write: new or empty"))
    parser.set_defaults(func=run)


def run(args) -> int:
    from editor.demo import write_demo
    folder = write_demo(args.folder)
    print(t("示例期刊已写入 {folder}", "Demo issue written to {folder}", folder=str(folder)))
    return 0
