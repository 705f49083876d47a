"""Entry point of `issuedesk`. Each subcommand lives in its own module `editor.cli.cmd_<name>`
with `register(subparsers)`; the module sets `func` on its parser. Only the module of the command
being run is imported: the others are listed for --help from editor.cli.commands. A UserError
anywhere becomes a message in the user's language and exit status 2, never a traceback."""
from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import os
import sys

from editor import __version__
from editor.errors import UserError
from editor.i18n import t

from .commands import COMMANDS, command_help, command_name, module_name


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage already; make its message speak the user's language."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(2, t("{prog}: 参数错误：{msg}\n", "{prog}: error: {msg}\n", prog=self.prog, msg=message))


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser of `issuedesk` for these arguments (default: the command line). The command
    argv names is imported and given its arguments; the others are listed as a name and a help
    line, so `issuedesk export …` does not import the GUI, the importers … Listed only where
    the parser may print them (_lists_commands): each listing is a parser of its own."""
    argv = sys.argv[1:] if argv is None else argv
    parser = _Parser(prog="issuedesk",
                     description=t("期刊编排台：编排月刊并导出可付印的 PDF。",
                                   "IssueDesk: assemble a monthly magazine issue and export a print-ready PDF."))
    parser.add_argument("--version", action="version", version=f"issuedesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    chosen = _command_in(argv)
    listing = _lists_commands(argv, chosen)
    for name in COMMANDS:
        module = f"editor.cli.cmd_{name}"
        if name == chosen:
            importlib.import_module(module).register(sub)
        elif listing and importlib.util.find_spec(module) is not None:
            sub.add_parser(command_name(name), help=command_help(name))
        # else: not printed for these arguments, or not part of this build (a bundle without it)
    return parser


def _lists_commands(argv: list[str], chosen: str | None) -> bool:
    """May the top-level parser print the list of commands for these arguments? It does in its
    help and its usage errors. It cannot when argv starts with the command (what follows goes to
    that command's parser) or with --version (argparse prints the version and exits at once).
    The ten other parsers, each asking gettext for its captions, cost 2.5 ms of every command."""
    if argv[:1] == ["--version"]:
        return False
    return chosen is None or module_name(argv[0]) != chosen


def _command_in(argv: list[str]) -> str | None:
    """The module name of the command argv names, if it names one of this build. The options
    before it (-h, --version) take no values, so the command is the first other argument."""
    arg = next((a for a in argv if not a.startswith("-")), None)
    name = module_name(arg) if arg is not None else None
    if name in COMMANDS and importlib.util.find_spec(f"editor.cli.cmd_{name}") is not None:
        return name
    return None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        # No subcommand: the GUI, as cli.md says, where the GUI is part of this build.
        try:
            from editor.cli import cmd_gui
        except ModuleNotFoundError:
            parser.print_help()
            return 0
        return cmd_gui.run(build_parser(["gui"]).parse_args(["gui"]))
    collecting = gc.isenabled()
    if args.command != "gui":
        # A command runs once and ends: the objects it makes (a laid-out issue is some 10^5 of
        # them) live until then anyway, and the cyclic collector only walks them again and again
        # (export of the demo 0.44 → 0.31 s, of the sample 0.46 → 0.41 s, same peak memory:
        # benchmarks/export.py). The GUI keeps its own rule (editor/gui/main_thread_gc.py).
        gc.disable()
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
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        if collecting:          # main() called in a longer-lived process (tests, scripts)
            gc.enable()


def run() -> None:
    """The `issuedesk` command (console script, `python -m editor`, the installer's entry): main(),
    then, after a one-shot command, end the process at once. Python's orderly shutdown frees a
    laid-out issue object by object (~80 ms after an export, a fifth of the whole run) only for
    the operating system to drop the memory anyway; every file the command wrote is closed by
    then. The GUI ends the ordinary way (Qt's own clean-up)."""
    status = main()
    if _command_in(sys.argv[1:]) in (None, "gui"):
        raise SystemExit(status)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a closed pipe or stream: nothing left to say on it
            pass
    os._exit(status)


if __name__ == "__main__":
    run()
