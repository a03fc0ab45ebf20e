"""PySide6 6.12.0 lost a reference to None on every call of a void method (we pin <6.12)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for n in range(20_000):
        widget.setWindowTitle("Posko" if n % 2 else "CommandPost")
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"
