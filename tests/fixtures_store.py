from __future__ import annotations

from pathlib import Path

import pytest

from commandpost.store.database import open_database
from commandpost.store.demo import build_demo
from tests.helpers import add_tps, copy_db, load_province


@pytest.fixture(scope="session")
def banten_template(tmp_path_factory) -> Path:
    """Banten regions plus three TPS in Malingping's first village; closed and checkpointed."""
    path = tmp_path_factory.mktemp("tpl") / "banten.sqlite"
    db = open_database(path, "Posko Uji")
    load_province(db)
    add_tps(db, [("36.02.01.2002", n, f"Jl. Uji {n}", 250 + n) for n in (1, 2, 3)])
    db.close()
    return path


@pytest.fixture
def banten_path(banten_template, tmp_path) -> Path:
    return copy_db(banten_template, tmp_path / "banten.sqlite")


@pytest.fixture
def banten_db(banten_path):
    db = open_database(banten_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite", seed=2024)
