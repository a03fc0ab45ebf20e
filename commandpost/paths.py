"""Where things live: shipped resources beside the package, user data per platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
MIGRATIONS = PROJECT_ROOT / "db"

APP_NAME = "CommandPost"
DEMO_DB_NAME = "demo-banten-pilkada-2024.sqlite"


def data_dir() -> Path:
    """The user data directory; COMMANDPOST_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("COMMANDPOST_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> Path:
    return data_dir() / "commandpost.sqlite"


def demo_db() -> Path:
    return data_dir() / DEMO_DB_NAME
