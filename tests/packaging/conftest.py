"""The packaging scripts live outside the package (packaging/), so tests load them by path."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))   # the scripts import each other by plain name
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bc():
    return load("bundle_contents")


@pytest.fixture(scope="session")
def build():
    return load("build")


@pytest.fixture(scope="session")
def smoke():
    return load("smoke")


@pytest.fixture(scope="session")
def fonts_prepared(bc):
    from editor.layout.fonts import fonts_ready
    if not fonts_ready():
        pytest.skip("the fonts are not prepared here (run: issuedesk fonts prepare)")
    return bc.fonts_source()
