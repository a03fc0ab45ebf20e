"""What the main window gets for starting an operation without a terminal.

- Berkas › Operasi baru… (Ctrl+N): the new-operation wizard
  (:mod:`commandpost.gui.operation.wizard`); the new file opens in the window, then the TPS
  list import is offered and, after it, the vulnerability mapping import.
- The File menu in the order an officer works: Operasi baru…, Buka…, Impor daftar TPS…,
  Impor pemetaan kerawanan…, (Cadangkan sekarang, Pulihkan… from the safety feature), Keluar.
- The links of the empty-database invitation in the details pane open the wizard, the Open
  dialog or the TPS import.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from commandpost.gui.dialogs.import_texts import fill

NEW_SHORTCUT = "Ctrl+N"
# Links in the details pane's empty-database text.
LINK_NEW = "new-operation"
LINK_OPEN = "open-database"
LINK_IMPORT_TPS = "import-tps"


class OperationFeature(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui = window.ui
        self.new_action = QAction(window)
        self.new_action.setObjectName("actionNewOperation")
        self.new_action.setShortcut(QKeySequence(NEW_SHORTCUT))
        self.new_action.triggered.connect(self.new_operation)
        menu = ui.menuFile
        menu.insertAction(ui.actionOpen, self.new_action)
        # The imports belong in the File menu, right after Open (the form puts them there;
        # this keeps them there should the form change).
        after_open = menu.actions()[menu.actions().index(ui.actionOpen) + 1 :]
        for action in (ui.actionImportMapping, ui.actionImportTps):
            if action not in menu.actions():
                menu.insertAction(after_open[0] if after_open else None, action)
        ui.detailsPane.subtitle.linkActivated.connect(self.follow_link)
        window.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        self.new_action.setText(self.tr("&New operation…"))
        self.new_action.setToolTip(
            self.tr(
                "Make a new database for an operation: kind, voting day, area, post and "
                "units, then the TPS list (Ctrl+N)"
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def follow_link(self, link: str) -> None:
        if link == LINK_NEW:
            self.new_operation()
        elif link == LINK_OPEN:
            self.window.choose_database()
        elif link == LINK_IMPORT_TPS:
            self.window.import_tps_list()

    def new_operation(self) -> bool:
        """Run the wizard; open the file it made and offer the imports. True when made."""
        # Imported when asked for: the wizard needs the ORM, which the first paint must not.
        from commandpost.gui.operation.wizard import OperationWizard
        from commandpost.store import duty

        window = self.window
        db = window.db
        wizard = OperationWizard(
            window,
            open_path=db.path if db is not None else None,
            officer=duty.officer_on_duty(db) if db is not None else None,
        )
        try:
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.created_path is None:
                return False
            path, name = wizard.created_path, wizard.plan.name
        finally:
            wizard.deleteLater()
        if not window.open_database_file(path):
            return True
        window.statusBar().showMessage(
            fill(self.tr("New operation %1 made in %2"), name, str(path)), 10000
        )
        self.offer_imports()
        return True

    def offer_imports(self) -> None:
        """Offer the TPS list import and, once TPS are in, the vulnerability mapping."""
        from commandpost.gui.operation.plan import ask

        window = self.window
        if not ask(
            window,
            "offerTpsImportBox",
            self.tr("CommandPost — operation made"),
            self.tr(
                "The operation's database is ready: regions, stages and units are in. "
                "Next comes the TPS list."
            ),
            self.tr(
                "Import the TPS list now (CSV or XLSX, as KPU hands it out)? You can also do it "
                "later from File › Import TPS list… (Ctrl+Shift+I)."
            ),
            self.tr("Import the &TPS list…"),
        ):
            return
        if not window.import_tps_list():
            return
        if ask(
            window,
            "offerMappingBox",
            self.tr("CommandPost — TPS list imported"),
            self.tr("Import a TPS vulnerability mapping too (such as Bawaslu's)?"),
            self.tr("You can also do it later from File › Import vulnerability mapping… (Ctrl+I)."),
            self.tr("Import the &mapping…"),
        ):
            window.import_mapping()
