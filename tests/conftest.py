"""Shared test set-up: Qt offscreen, per-test settings folder, and the path of the real sample."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages in tests are checked in Chinese unless a test asks otherwise.
os.environ.setdefault("ISSUEDESK_LANG", "zh")


def _private_data_folder() -> None:
    """Tests write caches (converted pictures, parsed faces) under a data folder of their own, not
    the user's: a test run used to leave gigabytes of picture cache behind. The prepared fonts are
    slow to make, so they are still read from where `issuedesk fonts prepare` put them."""
    if os.environ.get("ISSUEDESK_DATA"):
        return
    import tempfile
    from editor.paths import user_data_dir
    os.environ.setdefault("ISSUEDESK_FONTS", str(user_data_dir() / "fonts"))
    import atexit
    import shutil
    folder = tempfile.mkdtemp(prefix="issuedesk-test-data-")
    os.environ["ISSUEDESK_DATA"] = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


_private_data_folder()

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE_MD = SHARED / "samples" / "changzhou-keji-2021-03.md"
DOCX_DIR = SHARED / "samples" / "docx"


@pytest.fixture
def sample_md() -> Path:
    if not SAMPLE_MD.is_file():
        pytest.skip(f"the real sample is not here: {SAMPLE_MD} (it lives in ../shared/samples beside the checkout)")
    return SAMPLE_MD


@pytest.fixture
def docx_dir() -> Path:
    if not (DOCX_DIR / "manifest.json").is_file():
        pytest.skip(f"the Word samples are not here: {DOCX_DIR}")
    return DOCX_DIR


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    """The demo issue, written once per test session. Tests that change an issue copy it first
    (shutil.copytree) so every test starts from the same pages."""
    from editor.demo import write_demo
    folder = tmp_path_factory.mktemp("demo-master") / "qingxi"
    write_demo(folder)
    return folder


@pytest.fixture(autouse=True)
def _collector_back_on():
    """The GUI runs Python's cyclic collector on its own thread only (editor/gui/main_thread_gc.py)
    and switches the automatic one off; give it back to the tests that follow a GUI test."""
    yield
    import gc
    if not gc.isenabled():
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path_factory, monkeypatch):
    """Settings and recent files go to a temp folder; prepared fonts stay where they are (slow to make)."""
    settings = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("ISSUEDESK_SETTINGS", str(settings))
    yield
