"""Undo and redo of the officer's own updates in this window (Ctrl+Z, Ctrl+Shift+Z).

An undo never deletes anything: it records a compensating change that writes the old values
back (store.threats.compensate_all), and a redo compensates that one again. Only what this
window recorded can be undone, newest first; opening another database clears the history.
A value changed again since (by anyone) is left as it is, and the caller learns how many.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from commandpost.store import threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.threats import Edit
from commandpost.store.tps_remove import STRUCTURAL_OPS, RowWrites

log = logging.getLogger(__name__)
MAX_STEPS = 100
# Runs the store's work and returns its result, e.g. in a worker thread with a progress dialog.
Runner = Callable[[Callable[[], Any]], Any]


# Edits whose effect on the tree is not one row: people and posts move the assigned
# figures, patterns and units the required ones, of many regions at once.
EVERYWHERE = frozenset({"assignment", "person", "pattern", "unit", "post", "support"})
# Edits that change no row of the tree: a shift's name and times (its entity id is no code).
NO_ROW = frozenset({"shift"})
ALL_LOADED = "*"  # for RegionTreeModel.refresh_nodes: every loaded row


def touched_codes(edits: list[Edit]) -> list[str]:
    """Tree nodes whose rows an edit changed: TPS for classes, nodes for threats. The edits
    riding along with one (``more``: a deleted shift's assignments) count as well."""
    codes: set[str] = set()
    for edit in (part for whole in edits for part in (whole, *whole.more)):
        if edit.entity in EVERYWHERE:
            return [ALL_LOADED]
        if edit.entity in NO_ROW:
            continue
        if edit.change.op in STRUCTURAL_OPS:
            # TPS added or taken away: their villages (rows come and go, see
            # structural_villages), not hundreds of thousands of codes.
            codes.update(structural_villages([edit]))
            continue
        for write in edit.writes:
            codes.add(write.entity_id.split("|")[0])
    return sorted(codes)


def structural_villages(edits: list[Edit]) -> list[str]:
    """The villages whose TPS rows an import or a removal among ``edits`` added or took away
    (their children must be read again, ``RegionTreeModel.sync_children``)."""
    villages: set[str] = set()
    for edit in edits:
        if edit.change.op not in STRUCTURAL_OPS:
            continue
        if isinstance(edit.writes, RowWrites):
            villages |= edit.writes.villages
        else:
            villages.update(w.entity_id.rsplit(".", 1)[0] for w in edit.writes)
    return sorted(villages)


def _undoable(edits: tuple[Edit, ...]) -> int:
    """How many field values an undo of these edits would write back (with the edits each
    carries in ``more``, which the undo takes back too: a deleted shift's assignments)."""
    return sum(
        (
            len(e.writes)  # TPS added or taken away: every one counts
            if isinstance(e.writes, RowWrites)
            else sum(1 for w in e.writes if w.old is not None or not w.created)
        )
        + _undoable(e.more)
        for e in edits
    )


@dataclass(frozen=True)
class Step:
    edits: tuple[Edit, ...]
    text: str  # what the officer did, as the Edit menu says it


@dataclass(frozen=True)
class Outcome:
    step: Step
    left_alone: int  # values not taken back because they were changed again since


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

    def next_edits(self, *, redo: bool) -> list[Edit]:
        """The edits of the step the next undo (or redo) would take back; [] when none."""
        stack = self._redo if redo else self._undo
        return list(stack[-1].edits) if stack else []

    def next_size(self, *, redo: bool) -> int:
        """How many values the next undo (or redo) would write: big ones run in the background."""
        stack = self._redo if redo else self._undo
        return _undoable(stack[-1].edits) if stack else 0

    def undo(self, db: Database, *, actor: str, reason: str, run: Runner | None = None) -> Outcome:
        return self._move(self._undo, self._redo, db, actor, reason, run)

    def redo(self, db: Database, *, actor: str, reason: str, run: Runner | None = None) -> Outcome:
        return self._move(self._redo, self._undo, db, actor, reason, run)

    def _move(
        self,
        source: list[Step],
        target: list[Step],
        db: Database,
        actor: str,
        reason: str,
        run: Runner | None,
    ) -> Outcome:
        """Compensate the newest step of ``source`` and offer the result on ``target``.

        A step that can no longer be taken back at all (ChangeError) is dropped; any other
        failure (the file locked by another program, a full disk) leaves the step in place
        so the officer can try again.
        """
        step = source[-1]

        def work() -> list[Edit]:
            return threats.compensate_all(db, list(step.edits), actor=actor, reason=reason)

        try:
            done = run(work) if run is not None else work()
        except ChangeError:
            source.pop()
            self.changed.emit()
            raise
        source.pop()
        target.append(Step(tuple(done), step.text))
        self.changed.emit()
        return Outcome(step, _undoable(step.edits) - _undoable(tuple(done)))


def undo_in_window(window: Any, *, redo: bool, background_over: int) -> None:
    """Edit › Undo (Ctrl+Z) or Redo in the main window: compensate the newest step (in the
    background with a progress dialog when it writes more than ``background_over`` values),
    then show the result everywhere; a refusal or a failed write is said in a message box
    and changes nothing."""
    from functools import partial

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.exc import SQLAlchemyError

    from commandpost.gui import settings as cfg
    from commandpost.gui.errors import failure_text
    from commandpost.gui.models.region_tree import format_count
    from commandpost.gui.worker import run_in_background
    from commandpost.store.database import StoreError

    history = window.undo_history
    text = history.redo_text() if redo else history.undo_text()
    if window.db is None or text is None:
        return
    reason = (
        QCoreApplication.translate("MainWindow", "Redo: %1")
        if redo
        else QCoreApplication.translate("MainWindow", "Undo: %1")
    ).replace("%1", text)
    edits = history.next_edits(redo=redo)
    run = None
    if history.next_size(redo=redo) > background_over:
        run = partial(run_in_background, window, reason + "…")
    try:
        outcome = (history.redo if redo else history.undo)(
            window.db, actor=cfg.operator_name(), reason=reason, run=run
        )
    except ChangeError:
        # The values were changed since (by another program, or in this one behind the
        # window's back): show what the file holds before saying so.
        after_conflict(window, edits)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Cannot redo")
            if redo
            else QCoreApplication.translate("MainWindow", "Cannot undo"),
            QCoreApplication.translate(
                "MainWindow",
                "“%1” cannot be taken back: the same TPS or threats have been changed "
                "again since. Nothing was changed.",
            ).replace("%1", text),
        )
        return
    except (StoreError, SQLAlchemyError, OSError) as error:
        log.exception("undo/redo failed")
        QMessageBox.critical(
            window,
            QCoreApplication.translate("MainWindow", "Not saved"),
            QCoreApplication.translate("MainWindow", "Nothing was changed.")
            + "\n\n"
            + failure_text(error),
        )
        return
    villages = structural_villages(list(outcome.step.edits))
    if villages:  # TPS rows taken away or put back under open villages
        window.model.sync_children(villages)
    window._after_change(touched_codes(list(outcome.step.edits)))
    window.statusBar().showMessage(reason, 8000)
    if outcome.left_alone:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Partly taken back"),
            QCoreApplication.translate(
                "MainWindow",
                "%1 value(s) of “%2” were left as they are: they have been changed again "
                "since, by you or another officer. The rest was taken back.",
            )
            .replace("%1", format_count(outcome.left_alone))
            .replace("%2", text),
        )


def after_conflict(window: Any, edits: list[Edit]) -> None:
    """An undo or redo met values changed since: catch up with what other programs wrote
    (gui/freshness.py) and read the step's own rows again, so that the tree, the details and
    the history all show what the database holds."""
    freshness = getattr(window, "freshness", None)
    if freshness is not None:
        freshness.catch_up()
    window._after_change(touched_codes(edits))
