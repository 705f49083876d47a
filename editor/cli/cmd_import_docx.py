"""`issuedesk import-docx FILE.docx… --issue DIR [--section NAME]`: Word files become articles.

Every file is read and checked first; only when all of them are fine is the issue opened for
writing, the pictures copied and the issue saved once. A refused file leaves the issue as it was."""
from __future__ import annotations

from pathlib import Path

from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import-docx", help=command_help("import_docx"),
        description=t("把一个或多个 Word 文档（.docx）各作为一篇文章加入期刊，连同图片、图注、链接框、附注和表格。"
                      "任一文件无法读取时不做任何改动。",
                      "Add each Word file (.docx) to the issue as an article, with its pictures, captions, "
                      "sidebars, notes and tables. If any file cannot be read, nothing is changed."))
    parser.add_argument("files", metavar="FILE.docx", nargs="+", type=Path, help=t("要导入的 Word 文档", "the Word files to import"))
    parser.add_argument("--issue", metavar="DIR", type=Path, required=True, help=t("期刊文件夹", "the issue folder"))
    parser.add_argument("--section", metavar="NAME", default=None,
                        help=t("放入的栏目名（不存在则新建；默认“待分栏”）", "the section to put them in (made if missing; default 待分栏, unsorted)"))
    parser.set_defaults(func=run)


def run(args) -> int:
    from editor.importers.docx import attach, read_docx
    from editor.store import IssueFolder, load_issue

    load_issue(args.issue)   # an unreadable issue is reported before the Word files are read
    docs = [read_docx(path) for path in args.files]
    added: list[Path] = []
    with IssueFolder(args.issue) as folder:
        def add_image(data: bytes, name_hint: str) -> str:
            rel = folder.add_image(data, name_hint)
            added.append(folder.path / rel)
            return rel
        try:
            ids = attach(folder.issue, docs, args.section, add_image)
            folder.save()
        except BaseException:
            for path in added:   # the issue file was not replaced: take the copied pictures back
                path.unlink(missing_ok=True)
            raise
    for doc, article_id in zip(docs, ids):
        _report(doc, article_id)
    return 0


def _report(doc, article_id: str) -> None:
    from editor.model import Figure, Note, Paragraph, Sidebar, Subhead, Table

    art = doc.article
    count = lambda kind: sum(1 for b in art.blocks if isinstance(b, kind))  # noqa: E731
    print(t("{file} → {id}《{title}》：{p} 段，{h} 个小标题，{f} 幅图，{s} 个链接框，{n} 个注释，{tb} 个表格",
            "{file} → {id} “{title}”: {p} paragraphs, {h} sub-heads, {f} figures, {s} sidebars, "
            "{n} notes, {tb} tables",
            file=doc.path.name, id=article_id, title=art.title.replace("\n", " "),
            p=count(Paragraph), h=count(Subhead), f=count(Figure), s=count(Sidebar), n=count(Note),
            tb=count(Table)))
    for finding in doc.findings:
        print(f"  [{finding.code}] {finding.message}")
