"""The top-level parser lists the other commands only where it may print them (main.py,
_lists_commands): whatever it prints must still name every command of this build."""
from __future__ import annotations

import pytest

from editor import __version__
from editor.cli.commands import COMMANDS, command_name
from editor.cli.main import build_parser, main


def _listed(text: str) -> list[str]:
    return [command_name(n) for n in COMMANDS if f" {command_name(n)} " in text.replace("\n", " ")]


@pytest.mark.parametrize("flag", ["-h", "--help", "--he"])
def test_help_before_a_command_lists_every_command(capsys, flag):
    with pytest.raises(SystemExit) as exit_:
        main([flag, "export", "DIR", "-o", "OUT.pdf"])
    assert exit_.value.code == 0
    assert _listed(capsys.readouterr().out) == [command_name(n) for n in COMMANDS]


def test_an_unknown_command_is_told_every_choice(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["exprot", "DIR"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "exprot" in err
    assert [command_name(n) for n in COMMANDS if f"'{command_name(n)}'" in err] == [command_name(n) for n in COMMANDS]


@pytest.mark.parametrize("argv", [["--version"], ["--version", "export"], ["--version", "--help"]])
def test_version_prints_the_version_only(capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"issuedesk {__version__}"


def test_a_named_command_parses_as_before_and_its_help_is_its_own(capsys):
    args = build_parser(["export", "DIR", "-o", "OUT.pdf", "--pad"]).parse_args(
        ["export", "DIR", "-o", "OUT.pdf", "--pad"])
    assert (args.command, args.issue, args.output, args.pad, args.force) == ("export", "DIR", "OUT.pdf", True, False)
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "--preflight" in out and "import-docx" not in out


def test_an_option_the_top_level_does_not_know_is_refused_before_the_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--bogus", "export", "DIR", "-o", "OUT.pdf"])
    assert exit_.value.code == 2
    assert "--bogus" in capsys.readouterr().err
