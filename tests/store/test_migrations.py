from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from commandpost.store import migrate
from commandpost.store.database import make_engine, open_database
from commandpost.store.models import Base


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def test_one_head_and_it_is_the_schema_the_code_expects():
    script = _script()
    assert script.get_heads() == [migrate.HEAD]
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(revisions) == migrate.KNOWN_REVISIONS


def test_revision_files_are_date_prefixed():
    for revision in migrate.KNOWN_REVISIONS:
        assert revision[:8].isdigit() and revision[8] == "_"


def test_models_and_migrations_do_not_drift(tmp_path):
    db = open_database(tmp_path / "drift.sqlite", create=True)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []


def test_upgrade_downgrade_round_trip(tmp_path):
    engine = make_engine(tmp_path / "round.sqlite")
    with engine.begin() as conn:
        migrate.upgrade(conn)
    tables = set(inspect(engine).get_table_names())
    assert {"node", "tps", "change_log", "station", "field_version", "cp_meta"} <= tables
    with engine.begin() as conn:
        migrate.downgrade(conn, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    with engine.begin() as conn:
        migrate.upgrade(conn)
    assert set(inspect(engine).get_table_names()) == tables
    engine.dispose()
