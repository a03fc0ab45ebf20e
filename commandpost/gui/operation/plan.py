"""What the new-operation wizard collects and how the file is made (no pages here)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from commandpost.core.duty import Officer
from commandpost.core.text import normalise
from commandpost.store import duty, setup

SUFFIX = ".sqlite"
LAST_FOLDER = "operation/last_folder"


@dataclass
class OperationPlan:
    """What the officer chose; the arguments of create_operation_database."""

    kind: str = "pilkada"
    name: str = ""
    voting_day: date | None = None
    stage_template: str | None = None
    province: str | None = None  # None: the whole country
    post: str = ""
    officer: Officer | None = None  # the officer on duty recorded in the new file
    units: list[dict] = field(default_factory=list)
    path: Path | None = None


def ask(parent: QWidget | None, name: str, title: str, text: str, info: str, yes: str) -> bool:
    """A yes/no question whose Yes button says what happens; No is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(name)
    box.setInformativeText(info)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(
        QCoreApplication.translate("OperationWizard", "No"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def free_path(folder: Path, name: str) -> Path:
    """``folder``/<name as a file name>.sqlite, numbered when that file exists already."""
    stem = "-".join(re.findall(r"[a-z0-9]+", normalise(name))) or "operasi"
    path, n = folder / f"{stem}{SUFFIX}", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}{SUFFIX}", n + 1
    return path


def aside_path(path: Path, now: datetime | None = None) -> Path:
    """Where a replaced database is kept: beside it, named with the time it was replaced."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.diganti-{stamp}{path.suffix}")


def build(plan: OperationPlan, aside: Path | None, progress) -> Path:
    """Create the database (worker thread) with the officer on duty recorded in it; the
    set-up changes name that officer. An existing file at ``plan.path`` is first moved to
    ``aside`` and moved back if the new one cannot be made."""
    from commandpost.store.database import open_database

    assert plan.path is not None and plan.officer is not None
    actor = plan.officer.label
    moved: list[tuple[Path, Path]] = []
    if aside is not None:
        for end in ("", "-wal"):
            old = Path(str(plan.path) + end)
            if old.exists():
                os.replace(old, Path(str(aside) + end))
                moved.append((Path(str(aside) + end), old))
        Path(str(plan.path) + "-shm").unlink(missing_ok=True)
    made = False
    try:
        setup.create_operation_database(
            plan.path,
            station=plan.post,
            province=plan.province,
            operation=plan.name,
            kind=plan.kind,
            voting_day=plan.voting_day.isoformat() if plan.voting_day else None,
            actor=actor,
            progress=progress,
            stage_template=plan.stage_template,
            units=plan.units or None,
        )
        made = True
        db = open_database(plan.path)
        try:
            duty.set_duty(db, plan.officer, actor=actor)
        finally:
            db.close()
        return plan.path
    except BaseException:
        if made:  # no file without its officer: nothing could be recorded in it
            for end in ("", "-wal", "-shm"):
                Path(str(plan.path) + end).unlink(missing_ok=True)
        for kept, original in moved:
            os.replace(kept, original)
        raise
