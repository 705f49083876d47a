"""`issuedesk toc DIR`: the contents as laid out, for proofreaders: printed page beside real page."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from editor.cli.commands import command_help
from editor.errors import UserError
from editor.i18n import t


def register(subparsers) -> None:
    p = subparsers.add_parser("toc", help=command_help("toc"),
                              description=t("排版后列出目录：每条目录的页码与文章实际起始页对照，供校对。"
                                            "--format pdf 生成带打勾栏的核对单（需 -o）。",
                                            "Lay the issue out and list the contents: each entry's printed page beside "
                                            "the page where its article really starts. --format pdf writes a review "
                                            "sheet with a tick column (needs -o)."))
    p.add_argument("issue", metavar="DIR", help=t("期刊文件夹", "the issue folder"))
    p.add_argument("--format", choices=("text", "json", "pdf"), default="text",
                   help=t("输出格式（默认 text）", "output format (default text)"))
    p.add_argument("-o", "--output", metavar="FILE", help=t("写入文件（默认输出到屏幕）", "write to a file (default: the screen)"))
    p.add_argument("--layout", metavar="NAME", help=t("版式名称（默认用期刊设定的版式）", "layout name (default: the issue's)"))
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.export.contents_sheet import toc_entries, toc_json, toc_text, write_contents_sheet
    from editor.layout.paginate import lay_out
    from editor.store import issue_folder_of, load_issue

    if args.format == "pdf" and not args.output:
        raise UserError("--format pdf 需要用 -o 指定输出文件", "--format pdf needs -o FILE")
    folder = issue_folder_of(args.issue)
    issue = load_issue(folder)
    pagemap = lay_out(issue, folder, args.layout).pagemap
    entries = toc_entries(issue, pagemap)
    label = issue.meta.label.strip()
    if args.format == "pdf":
        out = Path(args.output)
        if not out.parent.is_dir():
            raise UserError("输出文件夹不存在：{path}", "The output folder does not exist: {path}", path=str(out.parent))
        write_contents_sheet(entries, out, label=label)
        print(t("目录核对单已写入 {path}", "Contents review sheet written to {path}", path=out))
        return 0
    text = (json.dumps(toc_json(entries), ensure_ascii=False, indent=2) if args.format == "json"
            else toc_text(entries, label))
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0
