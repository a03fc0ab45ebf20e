"""Database fixtures shared with the other Qt-free test folders."""

from tests.fixtures_store import *  # noqa: F403

import pytest

from commandpost.store.setup import create_operation_database
from tests.helpers import copy_db


@pytest.fixture(scope="session")
def national_template(tmp_path_factory):
    """The whole country's regions (no TPS), for lists of villages outside Banten."""
    path = tmp_path_factory.mktemp("national") / "national.sqlite"
    create_operation_database(
        path,
        station="Posko Uji",
        province=None,
        operation="Uji nasional",
        kind="pemilu",
        voting_day="2024-02-14",
        actor="uji",
    )
    return path


@pytest.fixture
def national_path(national_template, tmp_path):
    return copy_db(national_template, tmp_path / "national.sqlite")
