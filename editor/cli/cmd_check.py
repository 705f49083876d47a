"""`issuedesk check DIR [--format text|json] [--layout NAME] [--explain RULE]` (cli.md): every check
over an issue folder. Exit 0 no errors, 1 errors found, 2 unreadable issue."""
from __future__ import annotations

import json
import sys

from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    p = subparsers.add_parser("check", help=command_help("check"),
                              description=t("检查期刊：目录、转页、期号、封面要目、图片、标点、名称、内部资料标注等。"
                                            "有错误时退出码为 1，期刊无法读取时为 2。",
                                            "Check an issue: contents, jumps, numbers, cover lines, figures, "
                                            "punctuation, names, internal-publication markings. Exit status 1 "
                                            "when errors are found, 2 when the issue cannot be read."))
    p.add_argument("issue", metavar="DIR", nargs="?",
                   help=t("期刊文件夹或其中的 .issuedesk 文件", "the issue folder or its .issuedesk file"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=t("输出格式（默认 text）", "output format (default text)"))
    p.add_argument("--layout", metavar="NAME",
                   help=t("按此版式排版后再检查（含页面类检查）；不指定时，字体就绪则按期刊自己的版式排版",
                          "lay the issue out in this layout first and run the page checks too; without it "
                          "the issue's own layout is used when the fonts are ready"))
    p.add_argument("--explain", metavar="RULE",
                   help=t("说明一条规则查什么、怎样改正", "say what a rule looks for and how to fix it"))
    p.set_defaults(func=run, _parser=p)


def run(args) -> int:
    from editor.checks import count_by_severity, explain, run_checks
    from editor.checks.report import text_report
    from editor.store import load_issue
    from editor.store.issue_folder import issue_folder_of

    if args.explain:
        print(explain(args.explain))
        return 0
    if not args.issue:
        args._parser.error(t("请给出期刊文件夹", "an issue folder is needed"))
    issue = load_issue(args.issue)
    folder = issue_folder_of(args.issue)
    pagemap = _pagemap(issue, folder, args.layout)
    findings = run_checks(issue, pagemap, folder=folder)
    counts = count_by_severity(findings)
    if args.format == "json":
        print(json.dumps({"issue": issue.meta.label, "findings": [f.to_json() for f in findings],
                          "counts": counts}, ensure_ascii=False, indent=2))
    else:
        print(text_report(findings, issue, issue.meta.label))
        if pagemap is None:
            print("\n" + t("（未排版：只运行了不需要页面的检查）", "(not laid out: only the checks that need no pages ran)"))
    return 1 if counts["error"] else 0


def _pagemap(issue, folder, layout_name):
    """The PageMap of the issue laid out, or None when it cannot be had. An explicit --layout
    must work (its failure is the user's error); the automatic one only helps when it can."""
    try:
        from editor.layout import fonts
        from editor.layout.paginate import lay_out
    except ImportError:
        if layout_name:
            raise
        return None
    if layout_name is None and not fonts.fonts_ready():
        return None
    if layout_name:
        return lay_out(issue, folder, layout_name).pagemap
    try:
        pagemap = lay_out(issue, folder, None).pagemap
    except Exception as exc:   # noqa: BLE001 - the automatic layout is a bonus: the checks go on without it
        print(t("未能排版（{msg}），只运行不需要页面的检查", "Could not lay out ({msg}); running the checks that need no pages",
                msg=getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return None
    return pagemap if pagemap.pages else None
