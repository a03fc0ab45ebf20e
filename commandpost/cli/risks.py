"""`commandpost risks` commands (registered from cli/__init__.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

DbOption = Callable[[argparse.ArgumentParser], None]


def add_parsers(sub, db_option: DbOption) -> None:
    """Register this group's subcommands."""
