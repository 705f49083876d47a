"""`issuedesk gui [ISSUE]` (and `issuedesk` alone): the desktop editor."""
from __future__ import annotations

from pathlib import Path

from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "gui", help=command_help("gui"),
        description=t("打开期刊编排台的图形界面。不指定期刊时打开最近编辑的期刊；首次使用时打开示例期刊。",
                      "Open the IssueDesk window. Without an issue it opens the one edited last; on first use, the demo issue."))
    parser.add_argument("issue", metavar="ISSUE", nargs="?", type=Path, default=None,
                        help=t("期刊文件夹（或其中的 .issuedesk 文件）", "the issue folder (or the .issuedesk file in it)"))
    parser.set_defaults(func=run)


def run(args) -> int:
    from editor.gui.app import run as run_gui
    return run_gui(getattr(args, "issue", None))
