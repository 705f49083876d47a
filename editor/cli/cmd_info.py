"""`issuedesk info DIR`: what an issue holds, for an editor (text) or a script (JSON, cli.md)."""
from __future__ import annotations

import json

from editor.cli.commands import command_help
from editor.i18n import t
from editor.model import Issue
from editor.store import load_issue


def register(subparsers) -> None:
    p = subparsers.add_parser("info", help=command_help("info"),
                              description=t("显示期刊的基本信息、栏目、文章、图片和目录。",
                                            "Show an issue's metadata, sections, articles, figures and contents."))
    p.add_argument("issue", metavar="DIR", help=t("期刊文件夹或其中的 .issuedesk 文件",
                                                  "the issue folder or its .issuedesk file"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=t("输出格式（默认 text）", "output format (default text)"))
    p.set_defaults(func=run)


def run(args) -> int:
    issue = load_issue(args.issue)
    if args.format == "json":
        print(json.dumps(info_dict(issue), ensure_ascii=False, indent=2))
    else:
        print(info_text(issue))
    return 0


def info_dict(issue: Issue) -> dict:
    """The JSON shape of cli.md; keys never change with the locale."""
    m = issue.meta
    return {
        "title": m.title, "year": m.year, "number": m.number, "cumulative": m.cumulative,
        "sections": [{
            "name": s.name,
            "articles": [{
                "id": a.id, "kicker": a.kicker, "title": a.title, "subtitle": a.subtitle,
                "chars": a.body_chars(),
                "figures": [{"image": f.image, "caption": f.caption} for f in a.figures()],
                "sidebars": len(a.sidebars()), "notes": len(a.notes()), "source": a.source,
            } for a in s.articles],
        } for s in issue.sections],
        "contents": [{"section": e.section, "title": e.title, "page": e.page, "article": e.article}
                     for e in issue.contents],
    }


def info_text(issue: Issue) -> str:
    m = issue.meta
    articles = list(issue.articles())
    figures = sum(1 for _ in issue.figures())
    head = m.label + (t("（总第{n}期）", " (no. {n} overall)", n=m.cumulative) if m.cumulative is not None else "")
    lines = [head, t("栏目 {s} 个，文章 {a} 篇，图片 {f} 幅，目录 {c} 条",
                     "{s} sections, {a} articles, {f} figures, {c} contents entries",
                     s=len(issue.sections), a=len(articles), f=figures, c=len(issue.contents))]
    for s in issue.sections:
        lines.append("")
        lines.append(f"■ {s.name}" + ("" if s.articles else t("（本期无文章）", " (no articles this issue)")))
        for a in s.articles:
            lines.extend(_article_lines(a))
    if issue.contents:
        lines += ["", t("目录：", "Contents:")]
        for e in issue.contents:
            page = f"{e.page:02d}" if e.page is not None else "--"
            title = e.title.replace("\n", " / ")
            link = e.article or t("（未对应文章）", "(no article)")
            lines.append(f"  {page}  [{e.section}] {title}  → {link}")
    return "\n".join(lines)


def _article_lines(a) -> list[str]:
    out = []
    if a.kicker:
        out.append(f"        {a.kicker}")
    out.append(f"  {a.id:<5} {a.title}")
    if a.subtitle:
        out.append(f"        —— {a.subtitle}")
    parts = [t("{n} 字", "{n} chars", n=a.body_chars())]
    figs = list(a.figures())
    if figs:
        missing = sum(1 for f in figs if f.image is None)
        parts.append(t("图 {n} 幅", "{n} figures", n=len(figs))
                     + (t("（缺图 {m}）", " ({m} missing)", m=missing) if missing else ""))
    if a.sidebars():
        parts.append(t("链接 {n}", "{n} sidebars", n=len(a.sidebars())))
    if a.notes():
        parts.append(t("附注 {n}", "{n} notes", n=len(a.notes())))
    if a.source:
        parts.append(t("来源：{s}", "source: {s}", s=a.source))
    out.append("        " + t("，", ", ").join(parts))
    return out
