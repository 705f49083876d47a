"""`issuedesk new DIR --from PREV`: next month's issue started from the previous one."""
from __future__ import annotations

from editor.cli.commands import command_help
from editor.i18n import t
from editor.model import next_issue
from editor.store import create_issue_folder, load_issue


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "new", help=command_help("new"),
        description=t("由上一期新建下一期：期号和总期号加一，沿用栏目、编委会和版权信息，不带文章、目录和图片。",
                      "Start the next issue from the previous one: number and cumulative number +1, same "
                      "sections, board and colophon; no articles, contents or images."))
    p.add_argument("folder", metavar="DIR", help=t("新期刊文件夹（不存在或为空）", "the new issue folder (absent or empty)"))
    p.add_argument("--from", dest="prev", metavar="PREV", required=True,
                   help=t("上一期的期刊文件夹或 .issuedesk 文件", "the previous issue's folder or .issuedesk file"))
    p.add_argument("--numbers-per-year", type=int, default=12, metavar="N",
                   help=t("每年期数（默认 12，月刊）", "issues per year (default 12, monthly)"))
    p.set_defaults(func=run)


def run(args) -> int:
    prev = load_issue(args.prev)
    issue = next_issue(prev, numbers_per_year=args.numbers_per_year)
    folder = create_issue_folder(issue, args.folder)
    m = issue.meta
    total = t("（总第{n}期）", " (no. {n} overall)", n=m.cumulative) if m.cumulative is not None else ""
    print(t("已新建 {label}{total}：{folder}（栏目 {s} 个）", "Created {label}{total}: {folder} ({s} sections)",
            label=m.label, total=total, folder=str(folder), s=len(issue.sections)))
    return 0
