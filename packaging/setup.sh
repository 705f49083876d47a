#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine to run, test and package IssueDesk from this checkout:
# the system libraries Qt needs (also offscreen), poppler-utils for looking at PDFs, what the
# installer build and its smoke test use (nsis, xvfb, Qt's X11 libraries to bundle, …),
# the Python packages, and the Chinese fonts prepared once (about a minute, with progress).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
if command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends \
    libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 poppler-utils \
    nsis xvfb x11-utils scrot strace shared-mime-info desktop-file-utils binutils \
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 >/dev/null
fi

PY="${PYTHON:-python3}"
"$PY" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# The default editable mode, whose import finder site loads in every process: it costs ~1 ms
# a command, as what it imports (pathlib, importlib.util) we import anyway. editable_mode=compat
# (a plain path in a .pth) measured no faster, would put the whole checkout on sys.path, and
# setuptools calls it transitional, to be removed.
"$PY" -m pip install -q -e ".[test,build]"
# An editable install leaves our modules uncompiled, and a shell with PYTHONDONTWRITEBYTECODE
# would compile them again on every start (~0.1 s of each command): compile them once here.
"$PY" -m compileall -q editor >/dev/null
"$PY" -m editor fonts prepare
