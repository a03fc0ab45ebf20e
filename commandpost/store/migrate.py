"""Schema versions. Start-up checks the version with one query and runs Alembic only when an
upgrade is due (importing Alembic costs about a quarter of a second)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commandpost.paths import MIGRATIONS

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# Every revision in db/versions, oldest first; a test keeps this list equal to Alembic's.
KNOWN_REVISIONS: tuple[str, ...] = (
    "20261123_0001",
    "20261123_0002",
    "20261124_0003",
    "20261129_0004",
    "20261129_0005",
    "20261129_0006",
    "20261129_0007",
    "20261129_0008",
    "20261129_0010",  # incidents: reporter, voided
    "20261129_0011",  # the officer on duty and the post's time zone
    "20261129_0012",  # the operation's own class rule
    "20261130_0013",  # voting-day progress steps kept beside the change log
)
HEAD = KNOWN_REVISIONS[-1]


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(connection), revision)
