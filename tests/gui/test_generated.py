"""Generated files stay in step with their sources: forms with ui/*.ui, .ts with the code."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from commandpost.gui import build

TS_FILES = sorted(build.TRANSLATIONS_DIR.glob("*.ts"))


def test_committed_forms_match_the_ui_files(tmp_path):
    written = build.build_forms(target=tmp_path)
    assert {p.name for p in written} == {build.form_name(ui) for ui in build.UI_DIR.glob("*.ui")}
    for path in written:
        committed = build.FORMS_DIR / path.name
        assert committed.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{committed.name} is stale: run `make forms`"
        )
        assert (
            committed.read_text(encoding="utf-8").startswith("# GENERATED from ui/")
            and "do not edit" in committed.read_text(encoding="utf-8").splitlines()[0]
        )


def test_translation_files_are_there():
    assert {p.name for p in TS_FILES} == {"commandpost_id.ts", "qtbase_id.ts"}


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts_file):
    root = ET.parse(ts_file).getroot()
    assert root.get("language") == "id_ID"
    messages = list(root.iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert (translation.text or "").strip(), f"empty translation for {source!r}"
        # Same placeholders on both sides.
        for marker in ("%1", "%2", "%3", "%4"):
            assert (marker in source) == (marker in translation.text), source
        # Named values of import problems ({village}, {value!r}) must survive translation.
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(
            re.findall(r"\{[^}]*\}", translation.text)
        ), source


def test_every_source_string_is_in_the_ts_file(tmp_path):
    """lupdate over the sources finds nothing new: no tr() string was left out."""
    copy = tmp_path / "commandpost_id.ts"
    shutil.copyfile(build.TRANSLATIONS_DIR / "commandpost_id.ts", copy)
    build.update_ts(copy)
    root = ET.parse(copy).getroot()
    missing = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert missing == [], "run `python -m commandpost.gui.build update-ts` and translate"


def test_compiled_translations_match_the_ts_files(tmp_path):
    for ts_file in TS_FILES:
        shutil.copyfile(ts_file, tmp_path / ts_file.name)
    for qm in build.build_translations(tmp_path):
        committed = build.TRANSLATIONS_DIR / qm.name
        assert committed.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: make translations"
