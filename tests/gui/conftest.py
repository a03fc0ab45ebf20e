"""GUI fixtures: isolated QSettings, Indonesian by default, small Banten databases."""

from __future__ import annotations

import gc
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from commandpost.gui import dialog_keys, i18n, look
from commandpost.gui import settings as cfg
from commandpost.store import changelog
from commandpost.store.database import open_database
from commandpost.store.models import Meta
from tests.fixtures_store import banten_path, banten_template  # noqa: F401
from tests.gui.util import make_window
from tests.helpers import ON_DUTY, add_tps, copy_db, load_province, put_on_duty

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items):
    # The offscreen platform warns that it cannot pass size hints on to a real window
    # system; that says nothing about the program.
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def no_waiting_file_chooser():
    """A file chooser would wait for an officer who is not there: a test that reaches one
    must answer it (monkeypatch file_chooser.get_*), or fail at once instead of hanging.
    Its own MonkeyPatch, so that the tests' ``monkeypatch`` is still undone before their
    other fixtures (a database) are torn down."""
    from commandpost.gui import file_chooser

    def refuse(dialog):
        dialog.deleteLater()
        raise AssertionError(f"a file chooser opened unanswered: {dialog.windowTitle()!r}")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(file_chooser, "_run", refuse)
        yield


@pytest.fixture(autouse=True)
def gui_settings(qapp, tmp_path):
    """Each test gets empty settings in its own folder and starts in Indonesian."""
    QCoreApplication.setOrganizationName(cfg.ORGANIZATION)
    QCoreApplication.setApplicationName(cfg.APPLICATION)
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    i18n.apply_language(cfg.DEFAULT_LANGUAGE)
    # A verified backup when a window closes costs a few tenths of a second; the tests of
    # backups turn it on, the rest close hundreds of windows without it.
    cfg.settings().setValue("backup/on_close", False)
    # A dialog used on its own names the officer the fixture databases have on duty; a
    # window names its own database's (gui.duty.feature).
    cfg.set_operator_name(ON_DUTY)
    look.set_post_zone(None)  # the post's clock: WIB (the fixtures are Banten) until a window's
    yield folder
    look.set_post_zone(None)
    # Windows of this test that sit in reference cycles (signal lambdas) are freed here, at a
    # quiet moment, not by a later garbage collection in the middle of Qt delivering events.
    gc.collect()
    dialog_keys.uninstall(qapp)  # application() installs it; only tests that ask keep it
    i18n.apply_language("en")
    qapp.processEvents()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """Banten regions, a few TPS and a demo operation (what `commandpost demo` marks so)."""
    path = tmp_path_factory.mktemp("gui-tpl") / "banten-demo.sqlite"
    db = open_database(path, "Posko Uji", create=True)
    op_id = str(uuid.uuid4())
    changelog.record(
        db,
        actor="uji",
        entity="operation",
        entity_id=op_id,
        op="create",
        values={
            "name": "Operasi Latihan 2024",
            "kind": "pilkada",
            "province_code": "36",
            "voting_day": "2024-11-27",
            "is_demo": True,
        },
    )
    with db.session() as session, session.begin():
        session.add(Meta(key="operation_id", value=op_id))
    load_province(db)
    add_tps(db, [("36.02.01.2002", n, f"Jl. Uji {n}", 250 + n) for n in (1, 2, 3)])
    put_on_duty(db)
    db.close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    return copy_db(demo_template, tmp_path / "banten-demo.sqlite")


@pytest.fixture
def banten_db(banten_path):  # noqa: F811
    db = open_database(banten_path)
    yield db
    db.close()


@pytest.fixture
def window(qtbot, banten_path):  # noqa: F811
    win = make_window(qtbot, banten_path)
    yield win
    win.close()
    win.close_database()
