"""Windows and dialogs that fit the post's laptop.

The most common government laptop shows 1366×768 pixels, less a task bar: a window must never
be taller or wider than the screen's available area, and a dialog's buttons must stay on
screen. A dialog asks :func:`fit_to_screen` for the size it would like; it gets at most the
available area (less a margin for the window frame), and its content scrolls beyond that.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and frame around a top-level window, in pixels.
FRAME_MARGIN = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen area a window of ``widget`` may use (without the task bar), in logical
    pixels: the screen of ``widget`` (or of its parent), else the primary screen."""
    screen = None
    while widget is not None and screen is None:
        handle = widget.windowHandle()
        screen = handle.screen() if handle is not None else None
        widget = widget.parentWidget()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(widget: QWidget, wanted: QSize) -> QSize:
    """Resize the top-level ``widget`` to ``wanted``, but no bigger than the available screen
    area less the frame (never smaller than its minimum size hint); returns the new size."""
    area = available_geometry(widget).size() - FRAME_MARGIN
    size = wanted.boundedTo(area).expandedTo(widget.minimumSizeHint())
    widget.resize(size)
    return size
