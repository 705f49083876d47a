"""The subcommands of `issuedesk`: which module holds each one and the line `issuedesk --help`
gives it. Kept apart from the command modules so that the parser can list every command while
importing only the one that runs (a command's module pulls in the store, the checks, the
layout … whatever that command needs)."""
from __future__ import annotations

from editor.i18n import t

# Module name (editor.cli.cmd_<name>; the command is spelled with "-") -> its line in --help,
# (zh, en). Order of cli.md.
COMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("打开图形界面", "open the desktop program"),
    "demo": ("写出示例期刊（文字和图片）", "write the demo issue (texts and pictures)"),
    "new": ("由上一期新建下一期", "start the next issue from the previous one"),
    "info": ("显示期刊内容概况", "show what an issue holds"),
    "import_text": ("导入 markdown 格式的整期杂志（如 OCR 识别稿）", "import a whole issue from markdown (an OCR transcript, say)"),
    "import_docx": ("从 Word 文档（.docx）导入文章及其图片", "import articles and their pictures from Word (.docx)"),
    "check": ("运行全部检查", "run every check"),
    "toc": ("目录核对：目录页码与实际起始页", "contents check: printed page beside real page"),
    "export": ("导出付印 PDF 或校样", "export the print PDF or a proof"),
    "preflight": ("检查 PDF 是否可以付印", "check a PDF for print readiness"),
    "package": ("打包交付印刷厂", "package the issue for the printer"),
    "fonts": ("准备或查看排版用字体", "prepare or inspect the fonts the issue prints in"),
}


def command_name(module: str) -> str:
    """The command as typed: import_text -> import-text."""
    return module.replace("_", "-")


def module_name(command: str) -> str:
    return command.replace("-", "_")


def command_help(command: str) -> str:
    """The command's line in `issuedesk --help`, in the user's language."""
    zh, en = COMMANDS[module_name(command)]
    return t(zh, en)
