"""Application set-up: Qt's own messages reach Python logging."""

from __future__ import annotations

import logging

from PySide6.QtCore import qInfo

from commandpost.gui import app as gui_app


def test_qt_messages_go_to_logging(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(gui_app, "_handler_installed", False)
    gui_app.install_qt_message_handler()
    with caplog.at_level(logging.INFO, logger="commandpost.qt"):
        qInfo("posko siap")
    assert [r.getMessage() for r in caplog.records if r.name == "commandpost.qt"] == ["posko siap"]


def test_application_names_settings_scope(qapp):
    gui_app.application()
    assert qapp.organizationName() == "CommandPost"
    assert qapp.applicationName() == "CommandPost"


def test_window_icon_is_set(qapp):
    gui_app.application()
    assert gui_app.ICON.exists()
    assert not qapp.windowIcon().isNull()
