"""Set-up shared by every test folder: headless Qt and a private data directory."""

import os

# Before anything imports Qt: no window may appear, on a desktop or on CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(scope="session", autouse=True)
def _private_data_dir(tmp_path_factory):
    """Logs, default and demo databases go to a temporary folder, never the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMMANDPOST_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        yield
