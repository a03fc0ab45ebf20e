"""`run_gui(..., bench_startup=True)` in a fresh process: what `commandpost bench` relies on."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from commandpost.paths import PROJECT_ROOT

SCRIPT = """
import json, sys
from pathlib import Path
from commandpost.gui.app import run_gui
code = run_gui(Path(sys.argv[1]), bench_startup=True)
heavy = sorted(m for m in ("pyqtgraph", "alembic") if m in sys.modules)
print("RESULT " + json.dumps({"code": code, "heavy": heavy}))
"""


def test_bench_startup_reports_ready_and_stays_light(banten_path, tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        COMMANDPOST_DATA_DIR=str(tmp_path / "data"),
    )
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(banten_path)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    ready = [line for line in lines if line.startswith("CP_READY ")]
    assert len(ready) == 1, proc.stdout
    data = json.loads(ready[0].removeprefix("CP_READY "))
    assert set(data) == {"t", "rss_kb"}
    assert data["rss_kb"] > 0
    [result] = [line for line in lines if line.startswith("RESULT ")]
    assert json.loads(result.removeprefix("RESULT ")) == {"code": 0, "heavy": []}
    assert "Traceback" not in proc.stderr
