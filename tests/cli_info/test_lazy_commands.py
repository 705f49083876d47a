"""`issuedesk CMD …` imports the module of CMD only; `issuedesk --help` still lists every command
with its line, in the order of cli.md."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from editor.cli.commands import COMMANDS, command_help, command_name
from editor.cli.main import main


def _loaded_after(code: str) -> dict:
    """Run `code` in a fresh interpreter; which editor modules it left imported."""
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('editor'))))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_export_imports_only_its_own_command_module():
    mods = _loaded_after("from editor.cli.main import build_parser\n"
                         "build_parser(['export', 'DIR', '-o', 'OUT.pdf']).parse_args(['export', 'DIR', '-o', 'OUT.pdf'])")
    assert {m for m in mods if m.startswith("editor.cli.cmd_")} == {"editor.cli.cmd_export"}
    assert not {"editor.store", "editor.checks", "editor.gui", "editor.importers"} & mods


def test_help_imports_no_command_module(capsys):
    mods = _loaded_after("from editor.cli.main import main\n"
                         "try:\n    main(['--help'])\nexcept SystemExit:\n    pass")
    assert not [m for m in mods if m.startswith("editor.cli.cmd_")]
    assert "editor.store" not in mods and "editor.model" not in mods


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_lists_every_command_with_its_line(capsys, monkeypatch, lang):
    monkeypatch.setenv("ISSUEDESK_LANG", lang)
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    positions = []
    for name in COMMANDS:
        cmd = command_name(name)
        listed = [line for line in out.splitlines() if line.split() and line.split()[0] == cmd]
        assert listed, f"{cmd} missing from --help"
        at = out.index(listed[0])
        assert command_help(name) in out[at:at + 200]
        positions.append(at)
    assert positions == sorted(positions)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_command_registers_itself_with_the_listed_line(name):
    """The line --help shows for a command stays the one its module gives when it runs
    (`issuedesk -h CMD` lists the command from its module)."""
    from editor.cli.main import build_parser
    parser = build_parser([command_name(name)])
    sub = next(a for a in parser._actions if a.dest == "command")
    helps = {a.dest: a.help for a in sub._choices_actions}
    assert helps[command_name(name)] == command_help(name)
    # and the chosen command has its arguments: it sets the function that runs it
    assert sub.choices[command_name(name)].get_default("func") is not None


def test_unknown_command_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["bogus"])
    assert exit_.value.code == 2
    assert "bogus" in capsys.readouterr().err


def test_a_command_runs_without_the_cyclic_collector_and_gives_it_back(monkeypatch, tmp_path):
    """One-shot commands switch Python's cyclic collector off while they run (speed, see main.py);
    a caller that goes on living (a script, these tests) gets it back afterwards."""
    import gc

    from editor.cli import cmd_demo
    seen = {}

    def run(args):
        seen["enabled"] = gc.isenabled()
        return 0

    monkeypatch.setattr(cmd_demo, "run", run)
    assert gc.isenabled()
    assert main(["demo", str(tmp_path / "d")]) == 0
    assert seen == {"enabled": False}
    assert gc.isenabled()
