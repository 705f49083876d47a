"""Entry point of `issuedesk`. Each subcommand lives in its own module `editor.cli.cmd_<name>`
with `register(subparsers)`; the module sets `func` on its parser. A UserError anywhere becomes
a message in the user's language and exit status 2, never a traceback."""
from __future__ import annotations

import argparse
import importlib
import sys

from editor import __version__
from editor.errors import UserError
from editor.i18n import t

# Order of the commands in --help, as in cli.md.
COMMANDS = ["gui", "demo", "new", "info", "import_text", "import_docx", "check", "toc",
            "export", "preflight", "package", "fonts"]


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage already; make its message speak the user's language."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(2, t("{prog}: 参数错误：{msg}\n", "{prog}: error: {msg}\n", prog=self.prog, msg=message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="issuedesk",
                     description=t("期刊编排台：编排月刊并导出可付印的 PDF。",
                                   "IssueDesk: assemble a monthly magazine issue and export a print-ready PDF."))
    parser.add_argument("--version", action="version", version=f"issuedesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"editor.cli.cmd_{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"editor.cli.cmd_{name}":
                continue   # command not part of this build
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        # No subcommand: the GUI, as cli.md says, where the GUI is part of this build.
        try:
            from editor.cli import cmd_gui
        except ModuleNotFoundError:
            parser.print_help()
            return 0
        return cmd_gui.run(parser.parse_args(["gui"]))
    try:
        return int(func(args) or 0)
    except UserError as exc:
        print(t("错误：{msg}", "Error: {msg}", msg=exc.message), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(t("已中断。", "Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `issuedesk info … | head` closed the pipe: not an error of ours. Point stdout at
        # devnull so the interpreter's final flush does not raise again.
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
