from __future__ import annotations

from pathlib import Path

import pytest

from commandpost.store.database import open_database
from commandpost.store.demo import build_demo
from tests.helpers import add_tps, copy_db, load_province, put_on_duty


@pytest.fixture(scope="session")
def banten_template(tmp_path_factory) -> Path:
    """Banten regions plus three TPS in Malingping's first village; closed and checkpointed."""
    path = tmp_path_factory.mktemp("tpl") / "banten.sqlite"
    db = open_database(path, "Posko Uji", create=True)
    load_province(db)
    add_tps(db, [("36.02.01.2002", n, f"Jl. Uji {n}", 250 + n) for n in (1, 2, 3)])
    put_on_duty(db)
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


@pytest.fixture(scope="session")
def country_template(tmp_path_factory) -> Path:
    """The whole country's regions in a Pilkada operation, no TPS (as ``commandpost init
    --province all`` makes it); closed."""
    from commandpost.store.setup import create_operation_database

    path = tmp_path_factory.mktemp("country") / "country.sqlite"
    create_operation_database(
        path, station="Posko Uji", province=None, operation="Uji", kind="pilkada", actor="uji"
    )
    put_on_duty(path)
    return path


@pytest.fixture
def country_path(country_template, tmp_path) -> Path:
    return copy_db(country_template, tmp_path / "country.sqlite")


@pytest.fixture
def country_db(country_path):
    db = open_database(country_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def pemilu_template(tmp_path_factory) -> Path:
    """Banten's regions in a Pemilu operation (300 voters per TPS at most), no TPS."""
    from commandpost.store.setup import create_operation_database

    path = tmp_path_factory.mktemp("pemilu") / "pemilu.sqlite"
    create_operation_database(
        path, station="Posko Uji", province="36", operation="Uji", kind="pemilu", actor="uji"
    )
    put_on_duty(path)
    return path


@pytest.fixture
def pemilu_path(pemilu_template, tmp_path) -> Path:
    return copy_db(pemilu_template, tmp_path / "pemilu.sqlite")


@pytest.fixture
def pemilu_db(pemilu_path):
    db = open_database(pemilu_path)
    yield db
    db.close()


KIBIN_TAMBAK = "36.04.16.2008"  # Desa Tambak, Kecamatan Kibin, Kabupaten Serang
ACTOR = "Uji Coba (Bripka, 85010001)"


@pytest.fixture(scope="session")
def kibin_template(tmp_path_factory) -> Path:
    """Banten with its units, Tambak (Kibin) holding TPS 1-18 and 901-904, and the units
    the C14 roster names: Polsek Kibin (covering Kibin), Sat Brimob, Sat Samapta."""
    from commandpost.store import units

    path = tmp_path_factory.mktemp("kibin") / "kibin.sqlite"
    db = open_database(path, "Posko Uji", create=True)
    load_province(db)
    units.load_units(db, units.read_units_template(), actor=ACTOR, reason="uji")
    add_tps(db, [(KIBIN_TAMBAK, n, "", 200) for n in [*range(1, 19), *range(901, 905)]])
    known = {u.name for u in units.units(db)}  # the shipped list may already hold them
    for name, kind, parent in (
        ("Polsek Kibin", "polsek", "Polres Serang"),
        ("Sat Brimob", "satuan", "Polda Banten"),
        ("Sat Samapta", "satuan", "Polda Banten"),
    ):
        if name not in known:
            units.add_unit(db, name=name, kind=kind, parent=parent, actor=ACTOR)
    units.set_jurisdiction(db, "Polsek Kibin", ["36.04.16"], actor=ACTOR)
    put_on_duty(db)
    db.close()
    return path


@pytest.fixture
def kibin_path(kibin_template, tmp_path) -> Path:
    return copy_db(kibin_template, tmp_path / "kibin.sqlite")


@pytest.fixture
def kibin_db(kibin_path):
    db = open_database(kibin_path)
    yield db
    db.close()


@pytest.fixture
def kibin_voting(kibin_db) -> str:
    """Kibin with the voting stage (27 November 2024, one day); returns its id."""
    import datetime as dt

    from commandpost.store import stages

    edit = stages.add_stage(
        kibin_db,
        name="Pemungutan suara",
        start=dt.date(2024, 11, 27),
        end=dt.date(2024, 11, 27),
        kind="voting",
        actor=ACTOR,
    )
    return edit.change.entity_id


def kibin_people(db, count: int) -> list[str]:
    """``count`` people of Polsek Kibin, each posted in the plan on one TPS of Tambak (001,
    002, ...); their NRPs."""
    from commandpost.store import personnel

    nrps = []
    for i in range(count):
        nrp = f"0201{i:04d}"
        personnel.add_person(
            db, nrp=nrp, name=f"Anggota {i}", rank="Bripda", unit="Polsek Kibin", actor=ACTOR
        )
        personnel.assign(db, nrp, f"{KIBIN_TAMBAK}.{i + 1:03d}", actor=ACTOR)
        nrps.append(nrp)
    return nrps
