"""Say which system library is missing when Qt cannot load its platform plugin.

On a bare Debian/Ubuntu desktop Qt's xcb plugin needs X11 libraries that are not always
installed (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, ...). Qt then
says only "Could not load the Qt platform plugin "xcb" even though it was found" and, since
6.5, names libxcb-cursor0 whatever is really missing. Nothing here runs on a normal start:
:func:`explain` is called from the Qt message handler when Qt reports that failure, just
before it aborts, and asks the dynamic linker which libraries the plugin cannot load.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
from pathlib import Path

_PLUGIN_FAILED = re.compile(r'Could not load the Qt platform plugin "([^"]+)"')
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_LOAD_ERROR = re.compile(r"([^/\s:]+\.so(?:\.\d+)*)[^:]*:\s*(.+)$")

# Debian/Ubuntu packages whose names do not follow "soname without .so + version".
_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
}


def plugin_name(message: str) -> str | None:
    """The platform plugin Qt failed to load, from its warning text; None for other text."""
    found = _PLUGIN_FAILED.search(message)
    return found.group(1) if found else None


def plugin_path(name: str) -> Path:
    """The plugin library Qt loads for platform ``name`` (e.g. ``xcb``)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / f"libq{name}.so"


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that usually ships ``soname``: ``libxcb-icccm.so.4`` →
    ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0``."""
    if soname in _PACKAGES:
        return _PACKAGES[soname]
    base, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    base = base.lower()
    if not version:
        return base
    return f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"


def missing_libraries(plugin: Path) -> list[tuple[str, str]]:
    """``(library, why)`` for each library ``plugin`` cannot load: every "not found" the
    dynamic linker lists (``ldd``), then the error of actually loading it (which also
    catches a library that is present but unusable). Empty when it loads."""
    missing: list[tuple[str, str]] = []
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            listing = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        missing += [(name, "not found") for name in _NOT_FOUND.findall(listing)]
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = _LOAD_ERROR.search(str(exc))
        if found and found.group(1) not in {name for name, _ in missing}:
            name = found.group(1)
            if name != plugin.name:
                missing.append((name, found.group(2).strip()))
        elif not missing:
            missing.append((plugin.name, str(exc)))
    return missing


def advice(name: str, missing: list[tuple[str, str]]) -> str:
    """The text that replaces Qt's: which libraries are missing and the apt-get line."""
    if not missing:
        return (
            f'CommandPost cannot open its window: Qt could not start its "{name}" platform '
            "plugin. Check that a graphical session is running (DISPLAY is set)."
        )
    libraries = ", ".join(f"{library} ({why})" for library, why in missing)
    packages = " ".join(dict.fromkeys(debian_package(library) for library, _ in missing))
    return (
        f'CommandPost cannot open its window: Qt\'s "{name}" platform plugin needs system '
        f"libraries that are missing or broken: {libraries}. On Debian/Ubuntu install them "
        f"with: sudo apt-get install {packages}"
    )


def explain(message: str) -> str | None:
    """For Qt's "Could not load the Qt platform plugin" warning, the text that says what is
    missing; None for any other message."""
    name = plugin_name(message)
    if name is None:
        return None
    path = plugin_path(name)
    return advice(name, missing_libraries(path) if path.exists() else [])
