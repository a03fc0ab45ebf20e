"""What the main window gets for the officer on duty.

- Every change the window records names the officer on duty in its database as its actor
  (gui.settings.operator_name reads it afresh through :meth:`DutyFeature.actor`).
- The status bar says who: "Petugas: AIPTU Budi Santoso" (narrow, elided; the tooltip has
  the NRP, the post and since when).
- File › Handover of duty… (Ctrl+Shift+D) records a serah terima tugas.
- The post's time zone (WIB, WITA, WIT; a setting of the post, else its province's) is the
  clock every time on screen speaks (gui.look.set_post_zone); the status bar names it once
  ("Waktu: WITA").
- :meth:`ask_when_nobody` (the app's start, after the first paint) asks who is on duty
  when the database names nobody, before the window can be used.
"""

from __future__ import annotations

import logging
import weakref

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMainWindow

from commandpost.core.stages import ZONES
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.status_room import ElidedLabel
from commandpost.store import duty as store
from commandpost.store.database import Database

log = logging.getLogger(__name__)

HANDOVER_SHORTCUT = "Ctrl+Shift+D"
LABEL_WIDTH = 230  # px: the status bar has little room (operation, station, file...)


class DutyFeature(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        # Set by the app's start (never in tests): another database opened later that names
        # nobody on duty asks too.
        self.ask = False
        self.handover_action = QAction(window)
        self.handover_action.setObjectName("actionHandover")
        self.handover_action.setShortcut(QKeySequence(HANDOVER_SHORTCUT))
        self.handover_action.triggered.connect(self.hand_over)
        menu = window.ui.menuFile
        menu.insertAction(window.ui.actionQuit, self.handover_action)
        menu.insertSeparator(window.ui.actionQuit)
        # Ends in "…" when the bar is short of room (the tooltip names the officer whole).
        self.label = ElidedLabel(window)
        self.label.setObjectName("dutyLabel")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.setMaximumWidth(LABEL_WIDTH)
        self.zone_label = QLabel(window)
        self.zone_label.setObjectName("postZoneLabel")
        self.zone_label.setContentsMargins(8, 0, 8, 0)
        window.ui.statusbar.addPermanentWidget(self.zone_label)
        window.ui.statusbar.addPermanentWidget(self.label)
        self._retranslate()
        window.installEventFilter(self)
        # Weakly, so that a closed window is not kept alive by the settings module.
        ref = weakref.WeakMethod(self.actor)
        cfg.set_operator_name(lambda: (m() if (m := ref()) is not None else "") or "")

    # --- who ----------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.refresh()
        if self.ask and db is not None and self.window.isVisible():
            QTimer.singleShot(0, self, self.ask_when_nobody)

    def actor(self) -> str:
        """The officer on duty as changes name him; "" when nobody is recorded."""
        if self.db is None:
            return ""
        officer = store.officer_on_duty(self.db)
        return officer.label if officer is not None else ""

    def refresh(self) -> None:
        """Show who is on duty now (after a handover here or elsewhere)."""
        if self.db is None:
            self.label.clear()
            self.zone_label.clear()
            return
        try:
            now = store.current(self.db)
        except Exception:  # a damaged file: the safety feature says so
            log.warning("cannot read the officer on duty", exc_info=True)
            return
        self._show_zone(now.zone)
        self.handover_action.setEnabled(self.db.read_only is None)
        if now.officer is None:
            full = self.tr("Officer: nobody on duty")
            tip = self.tr("No officer on duty is recorded: Settings › Officer on duty")
        else:
            full = self.tr("Officer: %1").replace("%1", now.officer.short)
            from commandpost.gui.duty.dialogs import since_text

            tip = (
                self.tr("%1\n%2, on duty since %3")
                .replace("%1", now.officer.label)
                .replace("%2", now.post)
                .replace("%3", since_text(now.since, now.zone))
            )
        self.label.setText(full)  # an ElidedLabel: ends in "…" when short of room
        self.label.setToolTip(tip)

    def _show_zone(self, zone: str) -> None:
        """Every time on screen speaks the post's clock; lists already drawn are redrawn in
        it when it changed (after the settings or a change made elsewhere)."""
        changed = zone != look.post_zone()
        look.set_post_zone(zone)
        self.zone_label.setText(self.tr("Time: %1").replace("%1", zone))
        self.zone_label.setToolTip(
            self.tr("Times in this window are the post's: %1 (UTC+%2)")
            .replace("%1", zone)
            .replace("%2", str(ZONES.get(zone, 7)))
        )
        if changed:
            for view in self.window.findChildren(QAbstractItemView):
                view.viewport().update()
            details = self.window.ui.detailsPane  # its texts are written when a node shows
            if details.current() is not None:
                details.show_node(details.current())

    # --- actions ------------------------------------------------------------------------

    def ask_when_nobody(self) -> bool:
        """The first start on this database: when it names no officer on duty, ask for one
        before anything can be done (a modal dialog over the window). False when the
        officer closed it instead: the window closes, nothing can be recorded without.
        A read-only file (nothing can be written) is not asked about."""
        if self.db is None or self.db.read_only is not None:
            return True
        if store.officer_on_duty(self.db) is not None:
            return True
        from commandpost.gui.duty.dialogs import IdentityDialog

        dialog = IdentityDialog(self.db, self.window, first_start=True)
        accepted = dialog.exec() == IdentityDialog.DialogCode.Accepted
        dialog.deleteLater()
        self._after_change(accepted)
        if not accepted:
            self.window.close()
        return accepted

    def edit_identity(self) -> bool:
        """Pengaturan › Officer on duty: correct the officer, the post or its zone."""
        if self.db is None:
            return False
        from commandpost.gui.duty.dialogs import IdentityDialog

        dialog = IdentityDialog(self.db, self.window)
        accepted = dialog.exec() == IdentityDialog.DialogCode.Accepted
        dialog.deleteLater()
        self._after_change(accepted)
        return accepted

    def hand_over(self) -> bool:
        """File › Handover of duty…: one recorded change; the status bar names the
        incoming officer, and every change after it carries him."""
        if self.db is None:
            return False
        from commandpost.gui.duty.dialogs import HandoverDialog

        dialog = HandoverDialog(self.db, self.window)
        accepted = dialog.exec() == HandoverDialog.DialogCode.Accepted
        incoming = dialog.fields.officer()[0] if accepted else None
        dialog.deleteLater()
        self._after_change(accepted)
        if incoming is not None:
            self.window.statusBar().showMessage(
                self.tr("Handed over: %1 is on duty").replace("%1", incoming.short), 8000
            )
        return accepted

    def _after_change(self, accepted: bool) -> None:
        self.refresh()
        if accepted and hasattr(self.window, "_update_texts"):
            self.window.station_name = store.current(self.db).post
            self.window._update_texts()

    # --- events -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.handover_action.setText(self.tr("&Handover of duty…"))
        self.handover_action.setStatusTip(
            self.tr("Another officer takes over duty at this post (serah terima tugas)")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
                self.refresh()
            elif event.type() == QEvent.Type.WindowActivate:
                self.refresh()  # a handover made elsewhere (the command line) shows
        return False
