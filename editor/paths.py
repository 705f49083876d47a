"""Where the program's own files are: resources/ and layouts/ beside the package in a checkout,
inside the bundle when frozen by PyInstaller."""
from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def layouts_dir() -> Path:
    return app_root() / "layouts"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data (prepared fonts, settings): ISSUEDESK_DATA overrides, for tests and CI."""
    import os
    override = os.environ.get("ISSUEDESK_DATA")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _udd
    return Path(_udd("IssueDesk", "IssueDesk"))
