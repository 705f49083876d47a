"""The desktop GUI (PySide6): a thin shell over the model, store, layout, checks and export.
It never writes the issue file itself and never lays pages out itself."""

from . import pyside_guard  # noqa: F401,E402 - before any signal is emitted (see that module)
