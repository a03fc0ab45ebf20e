"""Choosing files and folders without touching the open database's locks.

Qt's own file dialog (the one used on Linux) names each file's type by its MIME type, and for
a file whose extension says nothing (``posko.sqlite``, ``posko.sqlite-wal``, ``-shm``) it
opens the file to sniff its first bytes, even when a name filter hides it. On Linux, closing
any handle on a file drops every POSIX lock the process holds on it: the window's SQLite
connection silently lost its WAL locks, the next command-line run on the same file then
took itself for the last user and deleted the WAL, and the window went on writing into a
deleted file until the database was damaged (found by a new user's trial, reproduced with
``/proc/locks``).

So every file chooser of the program comes from here: the same arguments and results as
``QFileDialog.getOpenFileName``, ``getSaveFileName`` and ``getExistingDirectory``, but a
dialog whose type column and icons come from the file's extension only (:class:`ExtensionOnly`;
under X11 Qt also chose icons by the sniffed type: checked with ``/proc/locks`` under Xvfb), and
on Linux always Qt's own dialog (a GTK one would sniff the files the same way). Windows and
macOS keep their native dialogs: their file locks do not fall when another handle closes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QTreeView,
    QWidget,
)

Options = QFileDialog.Option


class ExtensionOnly(QFileIconProvider):
    """Icons and type names from a file's name alone: never opens the file."""

    _mime = QMimeDatabase()

    def _by_name(self, info: QFileInfo):
        return self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)

    def type(self, info: QFileInfo) -> str:
        if not info.isFile():
            return super().type(info)
        mime = self._by_name(info)
        return mime.comment() or mime.name()

    def icon(self, what):  # icon(IconType) or icon(QFileInfo), as in Qt
        if not isinstance(what, QFileInfo) or not what.isFile():
            return super().icon(what)
        # Under a desktop theme Qt looks the icon up by the file's sniffed MIME type.
        mime = self._by_name(what)
        plain = super().icon(QAbstractFileIconProvider.IconType.File)
        return QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), plain))


_PROVIDER: ExtensionOnly | None = None


def provider() -> ExtensionOnly:
    """One provider for every dialog (created once a QApplication exists)."""
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = ExtensionOnly()
    return _PROVIDER


def make_dialog(
    parent: QWidget | None,
    caption: str,
    folder: str,
    name_filter: str,
    *,
    mode: QFileDialog.FileMode,
    save: bool = False,
    selected_filter: str = "",
    options: Options | None = None,
) -> QFileDialog:
    """The dialog, not yet shown: for the functions below, and for tests."""
    dialog = QFileDialog(parent, caption, folder, name_filter)
    if sys.platform.startswith("linux"):
        dialog.setOption(Options.DontUseNativeDialog, True)
    if options is not None:
        dialog.setOptions(dialog.options() | options)
    dialog.setIconProvider(provider())
    dialog.setFileMode(mode)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    # Qt's own dialog cuts its columns ("CSV…ent", "30 11 2…6"): the name takes the room
    # left, size, type and date show whole.
    listing = dialog.findChild(QTreeView, "treeView")
    if listing is not None:
        header = listing.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    filter: str = "",
    selectedFilter: str = "",
) -> tuple[str, str]:
    """As ``QFileDialog.getOpenFileName``: (path or "", the filter chosen)."""
    return _run(
        make_dialog(
            parent,
            caption,
            dir,
            filter,
            mode=QFileDialog.FileMode.ExistingFile,
            selected_filter=selectedFilter,
        )
    )


def get_save_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    filter: str = "",
    selectedFilter: str = "",
    options: Options | None = None,
) -> tuple[str, str]:
    """As ``QFileDialog.getSaveFileName``: (path or "", the filter chosen); replacing an
    existing file is asked about by the dialog unless ``options`` has DontConfirmOverwrite."""
    return _run(
        make_dialog(
            parent,
            caption,
            dir,
            filter,
            mode=QFileDialog.FileMode.AnyFile,
            save=True,
            selected_filter=selectedFilter,
            options=options,
        )
    )


def get_existing_directory(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
) -> str:
    """As ``QFileDialog.getExistingDirectory``: the folder, or ""."""
    dialog = make_dialog(
        parent,
        caption,
        dir,
        "",
        mode=QFileDialog.FileMode.Directory,
        options=Options.ShowDirsOnly,
    )
    path, _filter = _run(dialog)
    return path
