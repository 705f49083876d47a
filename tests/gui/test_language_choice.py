"""Which language the GUI speaks: ISSUEDESK_LANG wins, the locale variables agree with the core
(editor.i18n), Qt's system locale decides only when the environment is silent, and outside
Chinese the English source strings show."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.gui import translator
from editor.i18n import language

REPO = Path(__file__).resolve().parents[2]
VARS = ("ISSUEDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def silent_env(monkeypatch):
    for var in VARS:
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


@pytest.mark.parametrize("env, expected", [
    ({"ISSUEDESK_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"ISSUEDESK_LANG": "zh", "LANG": "de_DE.UTF-8"}, "zh"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "C"}, "zh"),
])
def test_the_environment_decides_as_for_the_core(silent_env, env, expected):
    for var, value in env.items():
        silent_env.setenv(var, value)
    silent_env.setattr(translator, "system_is_chinese", lambda: expected != "zh")   # must not be asked
    assert translator.gui_language() == language() == expected


@pytest.mark.parametrize("chinese, expected", [(True, "zh"), (False, "en")])
def test_a_silent_environment_follows_the_qt_system_locale_and_pins_it(silent_env, qapp, chinese, expected):
    silent_env.setattr(translator, "system_is_chinese", lambda: chinese)
    assert translator.gui_language() == expected
    before = list(translator._installed)
    translator.install_translators(qapp)
    assert os.environ["ISSUEDESK_LANG"] == expected and language() == expected   # core messages agree
    if expected == "en":
        assert translator._installed == before


_SHOW = """
from editor.gui.app import application
from editor.gui.checks_panel import ChecksPanel
application()
panel = ChecksPanel()
print(panel.filter.itemText(0), panel.tree.headerItem().text(1), sep="|")
"""


@pytest.mark.parametrize("lang, expected", [("en", "All|Place"), ("zh", "全部|位置")])
def test_a_panel_speaks_the_chosen_language(lang, expected):
    env = {**os.environ, "ISSUEDESK_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _SHOW], cwd=REPO, env=env, capture_output=True,
                         text=True, encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == expected
