"""`commandpost stage ...`: the operation's stages (tahapan)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

DbOption = Callable[[argparse.ArgumentParser], None]


def add_parsers(sub, db_option: DbOption) -> None:
    """Register the stage commands (filled in below as they land)."""
