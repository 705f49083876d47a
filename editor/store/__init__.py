"""The issue folder on disk: the issue file (XML, validated against resources/schema),
images/, lock, autosave, backups, format version and migration. Imports the model only."""
from .issue_folder import (AUTOSAVE_FILENAME, IMAGES_DIRNAME, ISSUE_FILENAME, ISSUE_SUFFIX,
                           IssueFolder, create_issue_folder, issue_folder_of, load_issue)
from .safe_parse import issue_from_xml
from .to_xml import FORMAT_VERSION, issue_to_xml

__all__ = [
    "ISSUE_FILENAME", "ISSUE_SUFFIX", "FORMAT_VERSION", "AUTOSAVE_FILENAME", "IMAGES_DIRNAME",
    "LOCK_FILENAME", "load_issue", "create_issue_folder", "issue_to_xml", "issue_from_xml",
    "issue_folder_of", "IssueFolder", "LockInfo", "break_lock", "read_lock",
]

# The lock's names are imported when first asked for: loading an issue to read it (export,
# checks, info) takes no lock, and the lock module brings json, socket and getpass.
_LOCK_NAMES = {"LOCK_FILENAME", "LockInfo", "break_lock", "read_lock"}


def __getattr__(name: str):
    if name in _LOCK_NAMES:
        from . import lock
        return getattr(lock, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
