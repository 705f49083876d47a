"""editor.cachefile.keep: a cache file is written whole or not at all, and a failure is no error."""
from __future__ import annotations

import os

import pytest

from editor.cachefile import keep


def test_keep_makes_the_folders_and_replaces_the_old_file(tmp_path):
    target = tmp_path / "a" / "b" / "c.bin"
    assert keep(target, b"first") and target.read_bytes() == b"first"
    assert keep(target, b"second") and target.read_bytes() == b"second"
    assert os.listdir(target.parent) == ["c.bin"]                 # no temp file left


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_folder_that_cannot_be_written_is_only_a_false(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert keep(folder / "c.bin", b"x") is False
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_target_that_is_a_folder_leaves_no_temp_file(tmp_path):
    (tmp_path / "c.bin").mkdir()                                 # os.replace onto a folder fails
    assert keep(tmp_path / "c.bin", b"x") is False
    assert sorted(os.listdir(tmp_path)) == ["c.bin"]
