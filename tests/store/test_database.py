import sqlite3

import pytest
from sqlalchemy import text

from commandpost.store.database import StoreError, StoreErrorKind, open_database
from tests.helpers import file_digest


def test_new_database_gets_a_station_identity_that_persists(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(path, "Posko Polres Lebak", create=True)
    station = db.station_id
    db.close()
    again = open_database(path)
    assert again.station_id == station
    with again.engine.connect() as conn:
        name = conn.execute(text("SELECT name FROM station WHERE id = :i"), {"i": station})
        assert name.scalar_one() == "Posko Polres Lebak"
    again.close()


def test_every_connection_has_the_durability_pragmas(tmp_path):
    db = open_database(tmp_path / "p.sqlite", create=True)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    db.close()


def _refused(path, kind):
    before = file_digest(path)
    with pytest.raises(StoreError) as info:
        open_database(path)
    assert info.value.kind is kind
    assert str(path) in str(info.value)
    assert file_digest(path) == before, "a refused file must be left exactly as it was"
    assert not path.with_name(path.name + "-wal").exists()


def test_a_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("kode_desa,no_tps\n36.04.01.2001,1\n" * 20)
    _refused(path, StoreErrorKind.NOT_SQLITE)


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, StoreErrorKind.NOT_COMMANDPOST)


def test_a_truncated_database_is_damaged(banten_path):
    data = banten_path.read_bytes()
    banten_path.write_bytes(data[: len(data) // 2])
    _refused(banten_path, StoreErrorKind.DAMAGED)


def test_a_database_with_garbage_pages_is_damaged(banten_path):
    data = bytearray(banten_path.read_bytes())
    data[4096 : 4096 * 6] = b"\xa5" * (4096 * 5)  # clobber the pages after the first
    banten_path.write_bytes(bytes(data))
    _refused(banten_path, StoreErrorKind.DAMAGED)


def test_a_database_from_a_newer_version_is_refused(banten_path):
    conn = sqlite3.connect(banten_path)
    conn.execute("UPDATE alembic_version SET version_num = '29991231_0001'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _refused(banten_path, StoreErrorKind.TOO_NEW)


def test_an_empty_file_is_refused_unless_a_new_database_is_asked_for(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(StoreError) as info:
        open_database(path)
    assert info.value.kind is StoreErrorKind.EMPTY
    assert "is an empty file, not a CommandPost database" in str(info.value)
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]

    db = open_database(path, create=True)
    assert db.station_id
    db.close()


def test_a_missing_file_is_refused_unless_a_new_database_is_asked_for(tmp_path):
    path = tmp_path / "baru" / "posko.sqlite"
    with pytest.raises(StoreError) as info:
        open_database(path)
    assert info.value.kind is StoreErrorKind.MISSING
    assert not path.parent.exists()


def test_a_closed_database_keeps_no_file_open(banten_path):
    # A read after closing (a closed window's widget redrawing) still answers, read-only,
    # and gives its connection back at once: the process holds nothing of the file.
    import os

    from commandpost.store import queries

    db = open_database(banten_path)
    assert queries.children(db, None)
    db.close()
    assert [r.name for r in queries.children(db, None)] == ["Banten"]

    def held() -> list[str]:
        found = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith(str(banten_path)):
                found.append(target)
        return found

    assert held() == []
