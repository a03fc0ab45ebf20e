"""Database fixtures shared with the other Qt-free test folders."""

from tests.fixtures_store import *  # noqa: F403
