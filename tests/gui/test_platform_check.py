"""When Qt cannot load its platform plugin, the officer is told which system library is
missing and how to install it, not Qt's guess ("xcb-cursor0 is needed")."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from commandpost.gui import platform_check

LINUX = sys.platform.startswith("linux")


def test_package_names_follow_debian():
    assert platform_check.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert platform_check.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert platform_check.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert platform_check.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert platform_check.debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert platform_check.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert platform_check.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_advice_names_every_missing_library_and_one_install_line():
    text = platform_check.advice(
        "xcb",
        [
            ("libxcb-icccm.so.4", "not found"),
            ("libxcb-keysyms.so.1", "not found"),
        ],
    )
    assert "libxcb-icccm.so.4 (not found), libxcb-keysyms.so.1 (not found)" in text
    assert text.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_only_the_plugin_failure_is_explained():
    assert platform_check.explain("QFont::setPointSize: Point size <= 0 (0)") is None
    assert (
        platform_check.plugin_name(
            'Could not load the Qt platform plugin "xcb" in "" even though it was found.'
        )
        == "xcb"
    )


def test_a_plugin_that_loads_has_nothing_missing():
    plugin = platform_check.plugin_path("offscreen")
    assert plugin.exists()
    assert platform_check.missing_libraries(plugin) == []


def _namespace_unavailable() -> str | None:
    if not LINUX or shutil.which("unshare") is None:
        return "needs Linux and unshare(1) to hide a system library"
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"user namespaces unavailable: `unshare -rm true` failed: {probe.stderr.strip()}"
    return None


def _library_of_plugin(name: str) -> Path | None:
    """Where the xcb plugin's libxcb-icccm.so.4 lives on this machine (None if absent)."""
    listing = subprocess.run(
        ["ldd", str(platform_check.plugin_path("xcb"))], capture_output=True, text=True
    ).stdout
    for line in listing.splitlines():
        parts = line.split()
        if parts and parts[0] == name and len(parts) >= 3 and parts[2].startswith("/"):
            return Path(parts[2])
    return None


def test_window_start_without_libxcb_icccm_names_it(tmp_path, banten_path):
    """The real start-up, with libxcb-icccm.so.4 made unreadable in a private mount namespace
    (as on a desktop that lacks the package): the console names it and the apt-get line."""
    reason = _namespace_unavailable()
    library = _library_of_plugin("libxcb-icccm.so.4")
    if reason is None and library is None:
        reason = "the xcb plugin does not use libxcb-icccm.so.4 here"
    if reason is not None:
        pytest.skip(reason)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": ":77",
        "COMMANDPOST_DATA_DIR": str(tmp_path / "data"),
    }
    script = 'mount --bind /dev/null "$1" && exec "$2" -m commandpost --db "$3"'
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(library), sys.executable, banten_path],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode != 0
    assert (
        'Qt\'s "xcb" platform plugin needs system libraries that are missing or broken: '
        "libxcb-icccm.so.4" in done.stderr
    ), done.stderr
    assert "sudo apt-get install libxcb-icccm4" in done.stderr
    assert "xcb-cursor0 or libxcb-cursor0 is needed" not in done.stderr
