"""The store's refusals of unit, personnel and pattern edits: English on the command line,
the interface language in the window, with their values filled in."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from commandpost.gui import i18n
from commandpost.gui.dialogs.refusal_texts import CONTEXT, REFUSAL_TEXTS, refusal_text
from commandpost.store import strength, units
from commandpost.store.changelog import ChangeError
from commandpost.store.refusals import RefusalMsg, Refused
from tests import fixtures_store
from tests.fixtures_store import ACTOR

kibin_template = fixtures_store.kibin_template
kibin_path = fixtures_store.kibin_path
kibin_db = fixtures_store.kibin_db

FIELD = re.compile(r"\{[^}]*\}")


def test_every_refusal_has_a_translatable_text():
    assert list(REFUSAL_TEXTS) == RefusalMsg.all()
    assert len(set(REFUSAL_TEXTS)) == len(REFUSAL_TEXTS)


def test_every_refusal_is_translated_with_its_values():
    for template in RefusalMsg.all():
        translated = QCoreApplication.translate(CONTEXT, template)
        assert translated != template, template
        assert set(FIELD.findall(translated)) == set(FIELD.findall(template)), template


def _refusal(call) -> Refused:
    with pytest.raises(Refused) as caught:
        call()
    return caught.value


def _taken_name(db) -> Refused:
    return _refusal(
        lambda: units.add_unit(db, name="polsek  kibin", kind="polsek", parent=None, actor=ACTOR)
    )


def _pattern(db, written: str) -> Refused:
    return _refusal(
        lambda: strength.set_pattern(db, unit=None, tps_class="rawan", pattern=written, actor=ACTOR)
    )


def test_a_refusal_is_shown_in_indonesian_with_its_values(kibin_db):
    exc = _taken_name(kibin_db)
    assert str(exc) == "a unit named 'polsek kibin' already exists"  # the command line's
    assert refusal_text(exc) == "satuan bernama 'polsek kibin' sudah ada"


def test_a_bad_pattern_is_shown_in_indonesian(kibin_db):
    text = refusal_text(_pattern(kibin_db, "0-6"))
    assert text.startswith("'0-6': 0 personel Polri di luar rentang 1 sampai 50; tulis ")
    assert "'2 polisi per TPS'" in text
    text = refusal_text(_pattern(kibin_db, "dua"))
    assert text.startswith("'dua' bukan pola pengamanan TPS")


def test_in_english_a_refusal_reads_as_the_command_line_prints_it(kibin_db):
    i18n.apply_language("en")
    for exc in (_taken_name(kibin_db), _pattern(kibin_db, "0-6"), _pattern(kibin_db, "dua")):
        assert refusal_text(exc) == str(exc)
    assert refusal_text(_pattern(kibin_db, "2-6-500")).startswith(
        "'2-6-500': 500 Linmas is outside 0 to 200; write police-TPS-Linmas like 2-12-24"
    )


def test_other_errors_are_shown_as_they_are():
    assert refusal_text(ChangeError("the database could not be written (disk full)")) == (
        "the database could not be written (disk full)"
    )
