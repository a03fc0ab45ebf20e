"""The wizard's last page: where the file goes; Create makes it in a worker thread."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost import paths
from commandpost.gui import file_chooser, look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.import_texts import fill, number
from commandpost.gui.dialogs.import_views import ProgressRelay
from commandpost.gui.operation.plan import (
    LAST_FOLDER,
    SUFFIX,
    aside_path,
    ask,
    build,
    free_path,
)
from commandpost.gui.worker import run_in_background
from commandpost.store import setup, stages
from commandpost.store.changelog import ChangeError


class FilePage(QWizardPage):
    """(f) Where the file goes; Finish builds it."""

    def __init__(self, wizard: QWizard) -> None:
        """``wizard``: the OperationWizard (its ``plan``, ``open_path``, and the
        ``created_path``/``replaced_path`` this page sets)."""
        super().__init__(wizard)
        self.owner = wizard
        self.plan = wizard.plan
        self.setTitle(self.tr("Where to save the file"))
        self.setSubTitle(
            self.tr("Check the summary, then Create: the file opens in the window when ready.")
        )
        self.setCommitPage(False)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&File:"), self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("filePath")
        self.path_edit.textChanged.connect(self.completeChanged)
        self.path_edit.textEdited.connect(self._touched)
        label.setBuddy(self.path_edit)
        self.choose_button = QPushButton(self.tr("&Save as…"), self)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout.addWidget(label)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setVisible(False)
        layout.addWidget(self.progress_bar)
        self.progress = ProgressRelay(self.progress_bar, self._stage_text)
        self._path_touched = False

    def _touched(self, _text: str) -> None:
        self._path_touched = True

    def _stage_text(self, stage: str) -> str:
        return {
            "regions": self.tr("Loading the regions…"),
            "units": self.tr("Loading the units…"),
        }.get(stage, self.tr("Making the file…"))

    def initializePage(self) -> None:
        if not self._path_touched:
            folder = cfg.settings().value(LAST_FOLDER, "")
            folder = Path(folder) if isinstance(folder, str) and folder else paths.data_dir()
            if not folder.is_dir():
                folder = paths.data_dir()
            self.path_edit.setText(str(free_path(folder, self.plan.name)))
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        plan = self.plan
        kinds = {
            "pilkada": "Pilkada",
            "pemilu": "Pemilu",
            "psu": "PSU",
            "exercise": self.tr("Exercise"),
        }
        area = (
            self.tr("the whole country")
            if plan.province is None
            else dict(setup.provinces()).get(plan.province, plan.province)
        )
        template = (
            stages.template(plan.stage_template).name
            if plan.stage_template
            else self.tr("none (add them later)")
        )
        units = plan.units
        polres = [u["name"] for u in units if u["kind"] in setup.POLRES_KINDS]
        unit_text = (
            fill(
                self.tr("%1 Polres (%2), %3 Polsek"),
                number(len(polres)),
                ", ".join(polres[:4]) + (", …" if len(polres) > 4 else ""),
                number(sum(u["kind"] == "polsek" for u in units)),
            )
            if units
            else self.tr("none (add them later)")
        )
        rows = [
            (self.tr("Operation:"), f"{plan.name} ({kinds[plan.kind]})"),
            (self.tr("Voting day:"), look.day_text(plan.voting_day)),
            (self.tr("Stages:"), template),
            (self.tr("Area:"), area),
            (self.tr("Post:"), plan.post),
            (self.tr("Officer on duty:"), plan.officer.label if plan.officer else ""),
            (self.tr("Units:"), unit_text),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:12px'><b>{_html(k)}</b></td><td>{_html(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table>{cells}</table>"

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.name or path.name in (".", "..") or text.endswith(("/", os.sep)):
            return None  # a folder, not a file (also while the officer is typing)
        if path.suffix.lower() not in (".sqlite", ".db"):
            path = path.with_name(path.name + SUFFIX)
        return path

    def choose_file(self) -> None:
        current = self.chosen_path()
        path, _ = file_chooser.get_save_file_name(
            self,
            self.tr("Save the new database as"),
            str(current) if current else str(paths.data_dir()),
            self.tr("CommandPost databases (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked on Create, in our words
        )
        if path:
            self._path_touched = True
            self.path_edit.setText(path)
            self.path_edit.setText(str(self.chosen_path()))

    def isComplete(self) -> bool:
        return self.chosen_path() is not None

    def validatePage(self) -> bool:
        path = self.chosen_path()
        if path is None:
            return False
        if not path.parent.is_dir():
            self._warn(fill(self.tr("The folder %1 does not exist."), str(path.parent)))
            return False
        aside = None
        if path.exists():
            if self.owner.open_path is not None and _same(path, self.owner.open_path):
                self._warn(
                    self.tr("This file is the database open in the window. Choose another name.")
                )
                return False
            aside = aside_path(path)
            if not ask(
                self,
                "replaceDatabaseBox",
                self.tr("CommandPost — the file exists"),
                fill(self.tr("This file exists already:\n%1"), str(path)),
                fill(
                    self.tr(
                        "Put the new operation's database in its place? The old file is kept "
                        "beside it as %1."
                    ),
                    aside.name,
                ),
                self.tr("&Replace it"),
            ):
                return False
        self.plan.path = path
        return self._create(aside)

    def _create(self, aside: Path | None) -> bool:
        plan, progress = self.plan, self.progress
        self.progress.start("regions")
        self.owner.setEnabled(False)
        try:
            run_in_background(
                self.owner,
                self.tr("Making the operation's database…"),
                lambda: build(plan, aside, progress),
            )
        except (ChangeError, ValueError, OSError, SQLAlchemyError) as error:
            from commandpost.gui.errors import failure_text

            self._warn(self.tr("No file was made.") + "\n\n" + failure_text(error))
            return False
        finally:
            self.owner.setEnabled(True)
            self.progress.stop()
        cfg.settings().setValue(LAST_FOLDER, str(plan.path.parent))
        officer = plan.officer
        cfg.set_last_officer(rank=officer.rank, name=officer.name, nrp=officer.nrp, post=plan.post)
        self.owner.created_path = plan.path
        self.owner.replaced_path = aside
        return True

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("CommandPost — operation not made"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("operationNotMadeBox")
        box.exec()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return False


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
