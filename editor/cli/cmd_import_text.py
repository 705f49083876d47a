"""`issuedesk import-text FILE.md -o DIR`: a magazine issue in the markdown form of the sample
(an OCR of a printed issue) into a new issue folder, with every line it could not place."""
from __future__ import annotations

from pathlib import Path

from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import-text", help=command_help("import_text"),
        description=t("把一期杂志的 markdown 文本（样刊 OCR 识别稿的格式：封面、目录、编委会、文章）"
                      "导入为一个新的期刊文件夹，并列出无法归位的行。",
                      "Import the markdown text of a whole issue (as an OCR of a printed issue gives it: cover, "
                      "contents, board, articles) into a new issue folder, and list the lines it could not place."))
    parser.add_argument("source", metavar="FILE.md", type=Path, help=t("markdown 文件（UTF-8 或 GB18030）", "the markdown file (UTF-8 or GB18030)"))
    parser.add_argument("-o", "--output", metavar="DIR", type=Path, required=True,
                        help=t("要创建的期刊文件夹：不存在或为空", "the issue folder to create: new or empty"))
    parser.set_defaults(func=run)


def run(args) -> int:
    from editor.importers.sample_text import import_markdown
    from editor.store import create_issue_folder

    result = import_markdown(args.source)
    # The store refuses an existing non-empty folder before it writes anything.
    folder = create_issue_folder(result.issue, args.output)
    issue = result.issue
    articles = list(issue.articles())
    linked = sum(1 for e in issue.contents if e.article)
    print(t("已导入 {label}：{sections} 个栏目，{articles} 篇文章，目录 {entries} 条（{linked} 条已对应文章），"
            "图片 {figures} 张（均缺图片文件），写入 {folder}",
            "Imported {label}: {sections} sections, {articles} articles, {entries} contents entries "
            "({linked} linked), {figures} figures (image files missing), written to {folder}",
            label=issue.meta.label, sections=len(issue.sections), articles=len(articles),
            entries=len(issue.contents), linked=linked, figures=sum(1 for _ in issue.figures()),
            folder=str(folder)))
    for note in result.notes:
        print(note)
    if result.unplaced:
        print(t("无法归位的内容（{n} 行）：", "Lines that found no place ({n}):", n=len(result.unplaced)))
        for item in result.unplaced:
            print(t("第{line}行：{text}（{reason}）", "line {line}: {text} ({reason})",
                    line=item.line, text=item.text, reason=item.reason))
    return 0
