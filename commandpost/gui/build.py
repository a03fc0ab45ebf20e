"""Generated files: forms from ui/*.ui and compiled translations (both are committed).

    python -m commandpost.gui.build forms         ui/*.ui -> commandpost/gui/forms/*_ui.py
    python -m commandpost.gui.build translations  resources/translations/*.ts -> *.qm
    python -m commandpost.gui.build update-ts     refresh commandpost_id.ts from the sources

A test regenerates the forms into a temporary folder and compares them with the committed
ones, so a .ui edit without `make forms` fails the suite.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from commandpost.paths import PROJECT_ROOT, RESOURCES

UI_DIR = PROJECT_ROOT / "ui"
FORMS_DIR = PROJECT_ROOT / "commandpost" / "gui" / "forms"
TRANSLATIONS_DIR = RESOURCES / "translations"
GUI_DIR = PROJECT_ROOT / "commandpost" / "gui"


def _header(ui_file: Path) -> str:
    return f"# GENERATED from ui/{ui_file.name} by `make forms` — do not edit.\n"


def _tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found; install PySide6-Essentials")
    return found


def form_name(ui_file: Path) -> str:
    return f"{ui_file.stem}_ui.py"


def generate_form(ui_file: Path) -> str:
    """The Python code of one form, header included."""
    result = subprocess.run(
        [_tool("pyside6-uic"), "--from-imports", "--no-autoconnection", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    code = result.stdout
    # uic names the source file by its absolute path in its own banner; keep it stable.
    code = code.replace(str(ui_file), f"ui/{ui_file.name}")
    return _header(ui_file) + code


def build_forms(target: Path = FORMS_DIR, ui_dir: Path = UI_DIR) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    init = target / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated forms; see commandpost.gui.build."""\n', encoding="utf-8")
    written = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        out = target / form_name(ui_file)
        out.write_text(generate_form(ui_file), encoding="utf-8")
        written.append(out)
    return written


def stale_forms(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[str]:
    """Names of committed forms that differ from what the .ui files generate now."""
    stale = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        committed = forms_dir / form_name(ui_file)
        current = committed.read_text(encoding="utf-8") if committed.exists() else None
        if current != generate_form(ui_file):
            stale.append(committed.name)
    return stale


def build_translations(ts_dir: Path = TRANSLATIONS_DIR) -> list[Path]:
    written = []
    for ts_file in sorted(ts_dir.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
        )
        written.append(qm_file)
    return written


def translation_sources() -> list[Path]:
    """Python sources (without the generated forms) and the .ui files they come from."""
    python = [p for p in sorted(GUI_DIR.rglob("*.py")) if FORMS_DIR not in p.parents]
    return python + sorted(UI_DIR.glob("*.ui"))


def update_ts(ts_file: Path = TRANSLATIONS_DIR / "commandpost_id.ts") -> None:
    sources = [str(p.relative_to(PROJECT_ROOT)) for p in translation_sources()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "id_ID",
            *sources,
            "-ts",
            str(ts_file.resolve()),
        ],
        check=True,
        cwd=PROJECT_ROOT,
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["forms"]:
        for path in build_forms():
            print(path.relative_to(PROJECT_ROOT))
    elif args == ["translations"]:
        for path in build_translations():
            print(path.relative_to(PROJECT_ROOT))
    elif args == ["update-ts"]:
        update_ts()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
