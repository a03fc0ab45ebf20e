"""What the main window gets for the safety of its file.

- After the window shows, SQLite's page check (``PRAGMA quick_check``) runs in a background
  thread; a save made before it finishes waits for it. A damaged file turns read-only, a red
  label says so, and the officer is offered the newest good backup.
- A file that could only be opened read-only (a write-protected stick, a full disk) says so
  in the same label.
- A save that finds the file locked by another program waits with a dialog (see
  :mod:`commandpost.gui.safety.lock_wait`).
- Verified backups (:mod:`commandpost.store.backup`): every ``backup/every_minutes`` of
  activity (default 10) and when the window closes, in the data directory and, when set, a
  second folder; File › Back up now (Ctrl+Alt+B) and File › Restore from backup…; the status
  bar shows the last good backup's time.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from commandpost.gui import file_chooser, look
from commandpost.gui import settings as cfg
from commandpost.gui.safety.lock_wait import LockWaitDialog
from commandpost.store import backup
from commandpost.store.database import Database, HealthState, StoreErrorKind
from commandpost.store.sql import text

log = logging.getLogger(__name__)

BACKUP_SHORTCUT = "Ctrl+Alt+B"
CHECK_POLL_MS = 100
ACTIVITY_POLL_MS = 30_000

BACKUP_EVERY = "backup/every_minutes"
BACKUP_KEEP = "backup/keep"
BACKUP_ALSO = "backup/second_folder"
BACKUP_ON_CLOSE = "backup/on_close"

BAD_STYLE = (
    "QLabel { background: #b3261e; color: white; font-weight: bold; padding: 1px 8px;"
    " border-radius: 3px; }"
)


def _setting_number(key: str, default: float) -> float:
    try:
        value = float(cfg.settings().value(key, default))
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def backup_every_minutes() -> float:
    return _setting_number(BACKUP_EVERY, 10)


def backup_keep() -> int:
    return int(_setting_number(BACKUP_KEEP, backup.DEFAULT_KEEP))


def second_folder() -> Path | None:
    value = cfg.settings().value(BACKUP_ALSO, "")
    return Path(value) if isinstance(value, str) and value.strip() else None


def backup_on_close() -> bool:
    value = cfg.settings().value(BACKUP_ON_CLOSE, True)
    return value not in (False, "false", "0", 0)


def offer_restore(parent, db_path: Path) -> bool:
    """The file cannot be shown because it is damaged: offer its backups (when there are
    any) and restore the chosen one, the damaged file kept aside. True when restored."""
    from commandpost.gui.safety.restore_dialog import RestoreDialog

    if not backup.list_backups(db_path) and not any(
        backup.list_backups(db_path, [f]) for f in [second_folder()] if f is not None
    ):
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SafetyFeature", "CommandPost — the database file is damaged"),
        QCoreApplication.translate(
            "SafetyFeature", "The database file is damaged and cannot be shown:"
        )
        + f"\n{db_path}\n\n"
        + QCoreApplication.translate(
            "SafetyFeature", "Restore one of its backups now? The damaged file is kept aside."
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    dialog = RestoreDialog(db_path, [second_folder()], parent)
    if not dialog.exec() or dialog.chosen is None:
        return False
    try:
        backup.restore(db_path, dialog.chosen)
    except (backup.BackupError, OSError) as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("SafetyFeature", "Not restored"), str(exc)
        )
        return False
    return True


class _BackupRun(threading.Thread):
    """One backup off the GUI thread; the feature polls ``done``."""

    def __init__(self, db_path: Path, started: datetime) -> None:
        super().__init__(name="backup", daemon=True)
        self.db_path = db_path
        self.started = started
        self.result: backup.BackupResult | None = None
        self.error: Exception | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.result = backup.make_backup(
                self.db_path, also=second_folder(), keep=backup_keep(), now=self.started
            )
        except Exception as exc:  # handed to the GUI thread, said there
            self.error = exc
        finally:
            self.done.set()


class SafetyFeature(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        self.schedule = backup.BackupSchedule(backup_every_minutes())
        self._last_seq: int | None = None
        self._run: _BackupRun | None = None
        self._damage_said = False

        self.backup_action = QAction(window)
        self.backup_action.setObjectName("actionBackupNow")
        self.backup_action.setShortcut(QKeySequence(BACKUP_SHORTCUT))
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(window)
        self.restore_action.setObjectName("actionRestoreBackup")
        self.restore_action.triggered.connect(self.choose_restore)
        self.second_action = QAction(window)
        self.second_action.setObjectName("actionSecondBackupFolder")
        self.second_action.triggered.connect(self.choose_second_folder)
        menu = window.ui.menuFile
        menu.insertAction(window.ui.actionQuit, self.backup_action)
        menu.insertAction(window.ui.actionQuit, self.restore_action)
        menu.insertAction(window.ui.actionQuit, self.second_action)
        menu.insertSeparator(window.ui.actionQuit)

        bar = window.ui.statusbar
        self.state_label = QLabel(window)
        self.state_label.setObjectName("safetyLabel")
        self.state_label.setStyleSheet(BAD_STYLE)
        self.state_label.hide()
        self.backup_label = QLabel(window)
        self.backup_label.setObjectName("backupLabel")
        self.backup_label.setContentsMargins(8, 0, 8, 0)
        self.backup_label.setMinimumWidth(60)
        bar.insertPermanentWidget(0, self.state_label)
        bar.insertPermanentWidget(1, self.backup_label)

        self._check_timer = QTimer(self)
        self._check_timer.setInterval(CHECK_POLL_MS)
        self._check_timer.timeout.connect(self._poll_check)
        self._activity_timer = QTimer(self)
        self._activity_timer.setInterval(ACTIVITY_POLL_MS)
        self._activity_timer.timeout.connect(self.tick)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(CHECK_POLL_MS)
        self._backup_timer.timeout.connect(self._poll_backup)
        window.installEventFilter(self)
        self._retranslate()

    # --- the file -------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self._wait_for_backup()
        self.db = db
        self._damage_said = False
        self._check_timer.stop()
        enabled = db is not None
        self.backup_action.setEnabled(enabled)
        self.restore_action.setEnabled(enabled)
        self.second_action.setEnabled(enabled)
        if db is None:
            self._activity_timer.stop()
            return
        db.lock_waiter = LockWaitDialog(self.window, db)
        newest = backup.list_backups(db.path)
        self.schedule = backup.BackupSchedule(
            backup_every_minutes(), last_backup=newest[0].taken_at if newest else None
        )
        self._last_seq = self._change_count()
        self._show_backup(newest[0] if newest else None)
        self._show_state()
        if db.read_only is None:
            self.window.after_first_paint(self.start_check)
        self._activity_timer.start()

    def start_check(self) -> None:
        """Run the page check in the background (saves wait for it)."""
        if self.db is None or self.db.read_only is not None:
            return
        self.db.health.full = True
        self.db.health.start()
        self._check_timer.start()
        self._show_state()

    def _poll_check(self) -> None:
        db = self.db
        if db is None or db.health.state in (HealthState.UNCHECKED, HealthState.CHECKING):
            return
        self._check_timer.stop()
        if db.health.state is HealthState.DAMAGED:
            with contextlib.suppress(OSError):  # it turns read-only: that is the point
                db.ensure_writable()
        self._show_state()
        if db.health.state is HealthState.DAMAGED and not self._damage_said:
            self._damage_said = True
            self.say_damaged()

    def _show_state(self) -> None:
        db = self.db
        label = self.state_label
        if db is None:
            label.hide()
            return
        if db.read_only is not None:
            if db.read_only.kind is StoreErrorKind.DAMAGED:
                label.setText(self.tr("DAMAGED — read-only"))
            elif db.read_only.kind is StoreErrorKind.DISK_FULL:
                label.setText(self.tr("DISK FULL — read-only"))
            else:
                label.setText(self.tr("READ-ONLY"))
            from commandpost.gui.errors import failure_text

            label.setToolTip(failure_text(db.read_only))
            label.setStyleSheet(BAD_STYLE)
            label.show()
        elif db.health.state is HealthState.CHECKING:
            label.setText(self.tr("Checking the file…"))
            label.setToolTip(
                self.tr("The database file is being checked for damage; saves wait for it.")
            )
            label.setStyleSheet("")
            label.show()
        else:
            label.hide()

    def say_damaged(self) -> None:
        """Tell the officer the file is damaged, offering the newest good backup."""
        db = self.db
        if db is None:
            return
        box = QMessageBox(self.window)
        box.setObjectName("damagedBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("CommandPost — the database file is damaged"))
        box.setText(self.tr("The database file is damaged:") + f"\n{db.path}")
        box.setInformativeText(
            self.tr(
                "CommandPost opened it read-only: you can look at it, but nothing will be "
                "saved to it, so no update is lost into a damaged file. Restore the newest "
                "good backup, or copy the file to an expert before anything else."
            )
        )
        box.setDetailedText("\n".join(db.health.problems))
        restore = box.addButton(self.tr("Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it read-only"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.choose_restore()

    # --- backups --------------------------------------------------------------------------

    def _change_count(self) -> int | None:
        if self.db is None:
            return None
        try:
            with self.db.engine.connect() as conn:
                return conn.execute(text("SELECT max(rowid) FROM change_log")).scalar()
        except Exception:  # a damaged page: the check says so, not this
            log.warning("cannot read the change count", exc_info=True)
            return None

    def tick(self, now: datetime | None = None) -> None:
        """Note activity since the last look (a cheap max(rowid)) and start a backup when
        one is due (not on a read-only file, not while one runs)."""
        if self.db is None or self.db.read_only is not None:
            return
        now = now or datetime.now(UTC)
        seq = self._change_count()
        if seq != self._last_seq:
            self._last_seq = seq
            self.schedule.note_activity(now)
        if self._run is None and self.schedule.due(now):
            self._start_backup(now)

    def _start_backup(self, now: datetime) -> None:
        assert self.db is not None
        self._run = _BackupRun(self.db.path, now)
        self._run.start()
        self._backup_timer.start()
        self._say_backup(self.tr("Backing up…"))

    def _poll_backup(self, *, quiet: bool = True) -> None:
        run = self._run
        if run is None or not run.done.is_set():
            return
        self._backup_timer.stop()
        self._run = None
        result, error = run.result, run.error
        if error is not None or result is None or not result.made:
            self.schedule.failed(datetime.now(UTC))
            why = str(error) if error is not None else "; ".join(r for _, r in result.failed)
            log.warning("backup failed: %s", why)
            self._say_backup(self.tr("Backup FAILED"))
            self.backup_label.setStyleSheet(BAD_STYLE)
            self.backup_label.setToolTip(why)
            if not quiet:
                QMessageBox.warning(
                    self.window,
                    self.tr("Backup failed"),
                    self.tr("No backup was made.") + "\n\n" + why,
                )
            return
        self.schedule.done(run.started)
        self._show_backup(result.made[0], failed=result.failed)
        if not quiet:
            self.window.statusBar().showMessage(
                self.tr("Backup written and verified: %1").replace(
                    "%1", ", ".join(str(i.path) for i in result.made)
                ),
                8000,
            )

    def _show_backup(
        self, info: backup.BackupInfo | None, failed: list[tuple[Path, str]] = ()
    ) -> None:
        if info is None:
            self._say_backup(self.tr("No backup yet"))
            self.backup_label.setToolTip(
                self.tr(
                    "A verified backup is made after changes, every %1 minutes, and on close."
                ).replace("%1", f"{backup_every_minutes():g}")
            )
            return
        when = look.format_time(info.taken_at)
        self._say_backup(self.tr("Last backup: %1").replace("%1", when))
        tip = self.tr("Newest backup: %1").replace("%1", str(info.path))
        for folder, why in failed:
            tip += "\n" + self.tr("Not written to %1: %2").replace("%1", str(folder)).replace(
                "%2", why
            )
        self.backup_label.setToolTip(tip)

    def _say_backup(self, text: str) -> None:
        # Read in full: the status bar squeezes the long labels (operation, path) first.
        self.backup_label.setStyleSheet("")
        self.backup_label.setText(text)
        self.backup_label.setMinimumWidth(self.backup_label.sizeHint().width())

    def _wait_for_backup(self) -> None:
        run = self._run
        if run is not None:
            run.join()
            self._poll_backup()

    def backup_now(self) -> None:
        """File › Back up now: a verified backup at once, with a progress dialog."""
        if self.db is None:
            return
        from commandpost.gui.worker import run_in_background

        self._wait_for_backup()
        now = datetime.now(UTC)
        run = _BackupRun(self.db.path, now)
        run_in_background(self.window, self.tr("Backing up and verifying…"), run.run)
        self._run = run
        self._poll_backup(quiet=False)

    def before_close(self) -> None:
        """The window closes: finish a running backup and, when something changed since the
        last one, make one more (with a progress dialog)."""
        self._activity_timer.stop()
        self._check_timer.stop()
        self._wait_for_backup()
        if self.db is None or self.db.read_only is not None or not backup_on_close():
            return
        self.tick(datetime.now(UTC))  # note the last changes
        self._wait_for_backup()
        if self.schedule.pending:
            from commandpost.gui.worker import run_in_background

            run = _BackupRun(self.db.path, datetime.now(UTC))
            run_in_background(self.window, self.tr("Backing up before closing…"), run.run)
            self._run = run
            self._poll_backup()

    def choose_second_folder(self) -> None:
        """File › Second backup folder…: every backup is also written there (a USB stick);
        an unplugged stick is reported, never replaced by a folder on the laptop."""

        current = second_folder()
        if current is not None:
            box = QMessageBox(self.window)
            box.setObjectName("secondFolderBox")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Second backup folder"))
            box.setText(self.tr("Backups are also written to:") + f"\n{current}")
            change = box.addButton(self.tr("Choose another…"), QMessageBox.ButtonRole.AcceptRole)
            remove = box.addButton(
                self.tr("Stop writing there"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is remove:
                cfg.settings().setValue(BACKUP_ALSO, "")
                self.window.statusBar().showMessage(
                    self.tr("Backups are written to the data folder only"), 8000
                )
                return
            if box.clickedButton() is not change:
                return
        folder = file_chooser.get_existing_directory(
            self.window,
            self.tr("Second backup folder (e.g. a USB stick)"),
            str(current) if current is not None else str(Path.home()),
        )
        if folder:
            cfg.settings().setValue(BACKUP_ALSO, folder)
            self.window.statusBar().showMessage(
                self.tr("Backups are also written to %1").replace("%1", folder), 8000
            )

    def choose_restore(self) -> None:
        """File › Restore from backup…: pick a backup, confirm, put it in place; the current
        file is kept aside, never overwritten."""
        if self.db is None:
            return
        from commandpost.gui.safety.restore_dialog import RestoreDialog

        self._wait_for_backup()
        dialog = RestoreDialog(self.db.path, [second_folder()], self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, chosen: Path) -> bool:
        from commandpost.gui.errors import show_store_error
        from commandpost.store.database import StoreError, open_database

        window = self.window
        path = self.db.path
        window.close_database()
        try:
            result = backup.restore(path, chosen)
        except (backup.BackupError, OSError) as exc:
            why = str(exc)
            if isinstance(exc, backup.BackupError) and exc.kind is backup.BackupErrorKind.IN_USE:
                why = self.tr(
                    "The database is still open in another program or window; close it there first."
                )
            QMessageBox.critical(
                window,
                self.tr("Not restored"),
                self.tr("The backup was not restored; the database is as it was.") + "\n\n" + why,
            )
            result = None
        try:
            db = open_database(path)
        except (StoreError, OSError) as exc:
            show_store_error(window, exc, path=path)
            return False
        window.set_database(db)
        if result is not None:
            QMessageBox.information(
                window,
                self.tr("Backup restored"),
                self.tr(
                    "The backup of %1 is now the database.\n\nThe previous file is kept, "
                    "unchanged, as:\n%2"
                )
                .replace("%1", look.format_time(backup.backup_info(chosen).taken_at.isoformat()))
                .replace("%2", str(result.aside) if result.aside else "—"),
            )
        return result is not None

    # --- language -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.backup_action.setToolTip(self.tr("Write a verified backup of the database now"))
        self.second_action.setText(self.tr("Second backup &folder…"))
        self.second_action.setToolTip(
            self.tr("Also write every backup to a second folder, such as a USB stick")
        )
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.restore_action.setToolTip(
            self.tr("Put a backup in place of the database; the current file is kept aside")
        )
        if self.db is not None:
            self._show_state()
            newest = backup.list_backups(self.db.path)
            self._show_backup(newest[0] if newest else None)
