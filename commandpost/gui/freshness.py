"""The window shows what the file holds, also after another program wrote to it.

An officer may set a class from a terminal (``commandpost threat set``), a second window may
save an update, an undo may meet a value changed since: the tree, the details pane and the
history must then show the database, not what they read before. Reading the whole tree again
would cost seconds at the national size, so the window looks cheaply and reads only what
changed:

- SQLite's ``PRAGMA data_version`` on a connection of its own (it changes only when another
  connection commits) when the window is activated and every :data:`CHECK_MS`: one pragma,
  no tree walk; about 3.5 µs on a laptop core.
- When it moved, the change-log rows after the window's mark (store.audit.changes_since),
  leaving out the changes this program wrote itself (noted as they are inserted, so an
  officer's own save is not announced as someone else's), and the tree nodes they touched.
- Those rows and their ancestors are re-read in the loaded part of the tree
  (``RegionTreeModel.refresh_nodes``: ``dataChanged``, never a reset; expansion, selection and
  scroll stay); a village whose TPS list an import changed gets its rows re-read
  (``sync_children``); the details pane and the history when they show an affected node; the
  filter and incident lists and the features' panels through their own reload methods.
- The status bar says so: "Updated from changes made elsewhere: 3 TPS".

The undo of a step whose values were changed since (gui/undo.py) runs the same catch-up.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from commandpost.core.regions import Level, level_of
from commandpost.gui.models.region_tree import format_count
from commandpost.store import audit
from commandpost.store.database import Database, read_only_uri

log = logging.getLogger(__name__)

CHECK_MS = 2500
STATUS_MS = 8000
# Changes that move figures of many regions at once (people, posts, patterns, units): every
# loaded row is read again, as after the officer's own change of them (gui/undo.py).
_EVERYWHERE = frozenset({"assignment", "person", "pattern", "unit", "post", "support"})
# Batch changes whose effect is not listed node by node: regions loaded, demo TPS made.
_REBUILDS = frozenset({"load_regions", "demo_tps"})
_PLAIN_OPS = frozenset({"set", "create", "set_many", "create_many", "import_tps", "remove_tps"})


def _parent(code: str) -> str | None:
    head, dot, _tail = code.rpartition(".")
    return head if dot else None


class FreshnessFeature(QObject):
    """Keeps the main window's views equal to the file when others write to it."""

    # After a catch-up that found changes from elsewhere: how many (for tests and features).
    refreshed = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._db: Database | None = None
        self._probe: sqlite3.Connection | None = None
        self._version: int | None = None
        self._mark = 0
        self._own: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setObjectName("freshnessTimer")
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        window.installEventFilter(self)

    # --- the file ---------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        """The window reads ``db`` from now on: the mark is where its log ends now, so call
        this before the window reads the file."""
        self._drop()
        self._db = db
        if db is None:
            return
        from sqlalchemy import event

        event.listen(db.engine, "after_cursor_execute", self._note_own)
        self._mark = audit.change_mark(db)
        self._open_probe()
        self._timer.start()

    def _open_probe(self) -> None:
        """A connection of our own, only for ``PRAGMA data_version`` (read-only)."""
        db = self._db
        if db is None or self._probe is not None:
            return
        try:
            probe = sqlite3.connect(
                read_only_uri(db.path, immutable=False), uri=True, check_same_thread=True
            )
            self._version = probe.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:  # a file we cannot watch: it is still shown
            log.warning("cannot watch %s for changes by others: %s", db.path, exc)
            with contextlib.suppress(UnboundLocalError):
                probe.close()
            return
        self._probe = probe

    def _close_probe(self) -> None:
        if self._probe is not None:
            self._probe.close()
            self._probe = None

    def _drop(self) -> None:
        self._timer.stop()
        self._close_probe()
        if self._db is not None:
            with contextlib.suppress(Exception):  # an engine already disposed
                from sqlalchemy import event

                event.remove(self._db.engine, "after_cursor_execute", self._note_own)
        self._db = None
        self._own.clear()

    def _note_own(self, _conn, _cursor, _statement, _params, context, _many) -> None:
        """A change this program appends (any thread): it shows it itself, so a catch-up
        leaves it out and never announces it as someone else's."""
        if context is None or not context.isinsert or context.compiled is None:
            return
        table = getattr(context.compiled.statement, "table", None)
        if table is None or table.name != "change_log":
            return
        for params in context.compiled_parameters:
            if params.get("id"):
                self._own.add(params["id"])

    # --- looking ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, ev: QEvent) -> bool:
        if watched is self.window:
            kind = ev.type()
            if kind == QEvent.Type.WindowActivate:
                if self._probe is None and self._db is not None:  # a close was refused
                    self._open_probe()
                    self.catch_up()
                    self._timer.start()
                self.check()
            elif kind == QEvent.Type.Close:
                # The window is going away (or hides): no connection of ours stays open.
                self._timer.stop()
                self._close_probe()
            elif kind == QEvent.Type.Show and self._db is not None:
                if self._probe is None:
                    self._open_probe()
                    self.catch_up()  # what came while it was closed
                self._timer.start()
        return False

    def check(self) -> bool:
        """One ``PRAGMA data_version``: when another connection committed since the last
        look, catch up (:meth:`catch_up`). True when it did."""
        if self._db is None or self._db is not self.window.db or self._probe is None:
            return False
        try:
            version = self._probe.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:
            log.warning("data_version check failed: %s", exc)
            return False
        if version == self._version:
            return False
        self._version = version
        self.catch_up()
        return True

    def catch_up(self) -> int:
        """Show what other programs wrote since the mark: re-read the nodes they touched
        (and their ancestors) that are loaded, the current node's details and history when
        affected, the lists; say so in the status bar. Returns how many changes it followed
        (0: none from elsewhere)."""
        window, db = self.window, self._db
        if db is None or db is not window.db or window.model is None:
            return 0
        news = audit.changes_since(db, self._mark, skip=self._own)
        self._mark = news.mark
        self._own.difference_update(news.skipped)
        if news.everything or any(c.op in _REBUILDS for c in news.changes):
            window._reload_tree()
            self._after(set(), everything=True, incidents=True, classes=True)
            self._announce(None, len(news.changes))
            self.refreshed.emit(max(1, len(news.changes)))
            return max(1, len(news.changes))
        if not news.changes:
            return 0
        model = window.model
        codes = set(news.codes)
        # New or vanished rows: their parents' children are read again where they are open.
        parents = set(news.villages)
        parents.update(
            p for c in codes if not model.index_of(c).isValid() and (p := _parent(c)) is not None
        )
        if any(c.op not in _PLAIN_OPS for c in news.changes):
            parents.update(codes)  # a batch with nodes (e.g. a roster): their rows too
        model.sync_children(parents)
        everywhere = any(c.entity in _EVERYWHERE for c in news.changes)
        model.refresh_nodes(["*"] if everywhere else sorted(codes | parents))
        entities = {c.entity for c in news.changes}
        self._after(
            codes | parents,
            everything=everywhere,
            incidents="incident" in entities,
            classes=bool(entities & {"tps", "threat"}) or bool(parents),
        )
        self._announce(codes, len(news.changes))
        self.refreshed.emit(len(news.changes))
        return len(news.changes)

    def _after(self, codes: set[str], *, everything: bool, incidents: bool, classes: bool) -> None:
        """The panes beside the tree: details and history when they show an affected node
        (the node itself, one above it or one below it changed); the filter list when
        classes or threats changed, the incident list when incidents did; the features."""
        window = self.window
        current = window.ui.regionTree.currentIndex()
        info = window.model.node_info(current) if current.isValid() else None
        shown = window.ui.detailsPane.current()
        if info is not None and (everything or _affects(info.code, codes)):
            window._show_node(info)
        elif shown is not None and info is None and (everything or _affects(shown.code, codes)):
            window._show_node(None)  # the shown node went away
        if classes or everything:
            window.ui.filterPanel.refresh()
        if incidents or everything:
            window.ui.incidentPanel.refresh()
            window._update_incident_count()
        for feature in ("stages", "strength", "personnel_board"):
            part = getattr(window, feature, None)
            if part is not None:
                part.after_change()

    def _announce(self, codes: set[str] | None, changes: int) -> None:
        """ "Updated from changes made elsewhere: 3 TPS, 1 area" in the status bar."""
        parts: list[str] = []
        if codes:
            tps = sum(1 for c in codes if level_of(c) == Level.TPS)
            areas = len(codes) - tps
            if tps:
                parts.append(
                    QCoreApplication.translate("Freshness", "%1 TPS").replace(
                        "%1", format_count(tps)
                    )
                )
            if areas:
                parts.append(
                    QCoreApplication.translate("Freshness", "%1 area(s)").replace(
                        "%1", format_count(areas)
                    )
                )
        if not parts:
            parts.append(
                QCoreApplication.translate("Freshness", "%1 change(s)").replace(
                    "%1", format_count(changes)
                )
            )
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "Freshness", "Updated from changes made elsewhere: %1"
            ).replace("%1", ", ".join(parts)),
            STATUS_MS,
        )


def _affects(shown: str, codes: set[str]) -> bool:
    """Whether a change at any of ``codes`` shows on the pane of ``shown``: the node itself,
    anything below it (its roll-ups, its history), or an area above it (its threats)."""
    if shown in codes:
        return True
    prefix = shown + "."
    parts = shown.split(".")
    above = {".".join(parts[:i]) for i in range(1, len(parts))}
    return any(c.startswith(prefix) or c in above for c in codes)
