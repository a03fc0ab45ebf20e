"""Keys every dialog shares, implemented once for the whole application.

- **Ctrl+Enter saves** (Ctrl+Return, and Ctrl+Enter on the keypad) from any field of a
  dialog, also from a multi-line text field where plain Enter starts a new line: it clicks
  the dialog's accept button (the Save/OK/Import button of its button box, else its default
  button). A disabled accept button leaves the dialog as it is (its hint says what is missing).
- **Nothing typed is lost silently**: Esc, Batal and the window's close button on an editing
  dialog (:data:`GUARDED`, or any dialog class with ``discard_guard = True``) ask "Buang isian
  yang belum disimpan?" (Buang / Kembali ke isian, Kembali the default) when any input differs
  from what the dialog showed when it opened. An untouched dialog closes without a question.
  A dialog whose pages are built as it goes (the imports) says itself what would be lost,
  with a method ``unsaved_input() -> bool``.

:func:`install` puts one event filter on the application (``commandpost.gui.app.application``
does it at start-up); no dialog carries code of its own for either rule.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)

# The editing dialogs whose unsaved input is worth a question (module.Class). Dialogs that
# keep their own guard (personnel, unit editor) are not listed; the imports set
# ``discard_guard`` and answer ``unsaved_input()`` themselves.
GUARDED = frozenset(
    {
        "commandpost.gui.dialogs.status_dialog.StatusDialog",
        "commandpost.gui.dialogs.incident_dialog.IncidentDialog",
        "commandpost.gui.dialogs.incident_dialog.IncidentStepDialog",
        "commandpost.gui.strength.person_parts.NewPersonForm",
        "commandpost.gui.strength.unit_dialog.UnitForm",
        "commandpost.gui.timeline.stage_dialog.StageDialog",
        "commandpost.gui.risks.dialog.RiskDialog",
        "commandpost.gui.voting.problem_dialog.ProblemDialog",
        "commandpost.gui.voting.dialog.ProgressDialog",
    }
)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ACCEPT_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
_SNAPSHOT = "_discard_guard_snapshot"


def is_guarded(dialog: QDialog) -> bool:
    """Whether ``dialog`` asks before its unsaved input is discarded."""
    kind = type(dialog)
    if getattr(kind, "discard_guard", False):
        return True
    return f"{kind.__module__}.{kind.__qualname__}" in GUARDED


# --- Ctrl+Enter ---------------------------------------------------------------------------


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    """The button Ctrl+Enter clicks: an accept-role button of the dialog's own button box
    (not one of a dialog inside it), else its default push button; None when it has none."""
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is not dialog or not box.isVisibleTo(dialog):
            continue
        for button in box.buttons():
            if box.buttonRole(button) in _ACCEPT_ROLES and button.isVisibleTo(dialog):
                return button
    for button in dialog.findChildren(QPushButton):
        if button.window() is dialog and button.isDefault() and button.isVisibleTo(dialog):
            return button
    return None


def _ctrl_enter(widget: QWidget) -> bool:
    """Handle Ctrl+Enter typed in ``widget``; True when the key was used."""
    dialog = widget.window()
    if not isinstance(dialog, QDialog) or isinstance(dialog, QMessageBox):
        return False
    button = accept_button(dialog)
    if button is None:
        return False
    if button.isEnabled():
        button.click()
    return True


# --- asking before discarding ---------------------------------------------------------------


def _value(widget: QWidget) -> object:
    """What the officer can change in ``widget``, comparable; None for non-input widgets."""
    if isinstance(widget, QLineEdit):
        return None if widget.isReadOnly() else widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractSlider) and not isinstance(widget, QScrollBar):
        return widget.value()
    return None


def snapshot(dialog: QDialog) -> list[tuple[str, object]]:
    """The values of every input widget of ``dialog`` (not of dialogs inside it), in order."""
    values = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog:
            continue
        value = _value(widget)
        if value is not None:
            values.append((widget.objectName(), value))
    return values


def has_unsaved_input(dialog: QDialog) -> bool:
    """Whether an input of ``dialog`` differs from the values it showed when it opened."""
    before = getattr(dialog, _SNAPSHOT, None)
    return before is not None and before != snapshot(dialog)


def ask_discard(dialog: QDialog) -> bool:
    """Ask whether to throw away what was typed; True for Buang, False for Kembali (the
    default, also Esc or closing the question)."""
    box = QMessageBox(dialog)
    box.setObjectName("discardQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(dialog.windowTitle())
    box.setText(
        QCoreApplication.translate("DialogKeys", "Discard what you entered and have not saved?")
    )
    discard = box.addButton(
        QCoreApplication.translate("DialogKeys", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    back = box.addButton(
        QCoreApplication.translate("DialogKeys", "Back to the form"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    answer = box.clickedButton() is discard
    box.deleteLater()
    return answer


def _arm(dialog: QDialog) -> None:
    """Remember the dialog's values now; route its reject() through the question once."""
    setattr(dialog, _SNAPSHOT, snapshot(dialog))
    if getattr(dialog, "_discard_guard_armed", False):
        return
    dialog._discard_guard_armed = True
    kind = type(dialog)
    ref = weakref.ref(dialog)

    def reject() -> None:
        target = ref()
        if target is None:
            return
        own = getattr(target, "unsaved_input", None)
        unsaved = own() if callable(own) else has_unsaved_input(target)
        if unsaved and not ask_discard(target):
            return  # back to the form: what was typed stays
        kind.reject(target)

    # An instance attribute overrides the C++ virtual: Esc (keyPressEvent), the close button
    # (closeEvent) and a button box's rejected() signal all come through it.
    dialog.reject = reject


# --- the filter ---------------------------------------------------------------------------


class DialogKeys(QObject):
    """The application-wide event filter behind both rules (one per application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if (
                event.key() in _ENTER_KEYS
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and isinstance(watched, QWidget)
                and _ctrl_enter(watched)
            ):
                return True
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog) and is_guarded(watched):
            _arm(watched)
        return False


def install(app: QApplication | None = None) -> DialogKeys:
    """Put the filter on ``app`` (default: the running application); a second call returns
    the filter already there."""
    app = app or QApplication.instance()
    found = app.findChild(DialogKeys, "dialogKeys")
    if found is not None:
        return found
    keys = DialogKeys(app)
    keys.setObjectName("dialogKeys")
    app.installEventFilter(keys)
    return keys


def uninstall(app: QApplication | None = None) -> None:
    """Take the filter off again (tests that do not exercise these keys)."""
    app = app or QApplication.instance()
    found = app.findChild(DialogKeys, "dialogKeys")
    if found is not None:
        app.removeEventFilter(found)
        found.deleteLater()
        found.setObjectName("")
