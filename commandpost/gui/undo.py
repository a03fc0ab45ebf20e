"""Undo and redo of the officer's own updates in this window (Ctrl+Z, Ctrl+Shift+Z).

An undo never deletes anything: it records a compensating change that writes the old values
back (store.threats.compensate_all), and a redo compensates that one again. Only what this
window recorded can be undone, newest first; opening another database clears the history.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from commandpost.store import threats
from commandpost.store.database import Database
from commandpost.store.threats import Edit

MAX_STEPS = 100


def touched_codes(edits: list[Edit]) -> list[str]:
    """Tree nodes whose rows an edit changed: TPS for classes, nodes for threats."""
    codes: set[str] = set()
    for edit in edits:
        for write in edit.writes:
            codes.add(write.entity_id.split("|")[0])
    return sorted(codes)


@dataclass(frozen=True)
class Step:
    edits: tuple[Edit, ...]
    text: str  # what the officer did, as the Edit menu says it


class UndoHistory(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo: list[Step] = []
        self._redo: list[Step] = []

    def push(self, edits: list[Edit], text: str) -> None:
        if not edits:
            return
        self._undo.append(Step(tuple(edits), text))
        del self._undo[:-MAX_STEPS]
        self._redo.clear()
        self.changed.emit()

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()

    def undo_text(self) -> str | None:
        return self._undo[-1].text if self._undo else None

    def redo_text(self) -> str | None:
        return self._redo[-1].text if self._redo else None

    def undo(self, db: Database, *, actor: str, reason: str) -> Step:
        """Take back the newest step; on ChangeError the step is dropped (it cannot be undone)."""
        step = self._undo.pop()
        try:
            done = threats.compensate_all(db, list(step.edits), actor=actor, reason=reason)
        except Exception:
            self.changed.emit()
            raise
        self._redo.append(Step(tuple(done), step.text))
        self.changed.emit()
        return step

    def redo(self, db: Database, *, actor: str, reason: str) -> Step:
        step = self._redo.pop()
        try:
            done = threats.compensate_all(db, list(step.edits), actor=actor, reason=reason)
        except Exception:
            self.changed.emit()
            raise
        self._undo.append(Step(tuple(done), step.text))
        self.changed.emit()
        return step
