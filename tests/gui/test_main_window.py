"""The main window as an officer uses it: search, reveal, details, keyboard, settings."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox

from commandpost.gui import i18n
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.settings_dialog import SettingsDialog
from tests.gui.util import current_code, make_window


def search(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.ui.searchEdit, text)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)


def test_search_selects_the_district_and_shows_its_details(qtbot, window):
    search(qtbot, window, "malingping")
    assert current_code(window.ui.regionTree) == "36.02.01"
    details = window.ui.detailsPane
    assert details.title.text() == "Malingping"
    assert details.values["level"].text() == "Kecamatan"
    assert details.breadcrumb_text() == "Banten › Kabupaten Lebak"
    assert details.values["children"].text() == "14 desa/kelurahan"
    assert details.values["tps"].text() == "3"
    hits = window.search_hits()
    assert len(hits) >= 3  # the district, Malingping Utara, Malingping Selatan
    assert window.ui.searchStatus.text() == f"1 dari {len(hits)}"


def test_enter_cycles_through_the_hits_and_wraps(qtbot, window):
    search(qtbot, window, "malingping")
    hits = window.search_hits()
    seen = [current_code(window.ui.regionTree)]
    for n in range(2, len(hits) + 1):
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
        assert window.ui.searchStatus.text() == f"{n} dari {len(hits)}"
        seen.append(current_code(window.ui.regionTree))
    assert seen == [hit.code for hit in hits]
    assert window.ui.detailsPane.title.text() == hits[-1].name
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert current_code(window.ui.regionTree) == hits[0].code
    assert window.ui.searchStatus.text() == f"1 dari {len(hits)}"


def test_typing_searches_after_a_pause(qtbot, window):
    with qtbot.waitSignal(window.searchFinished, timeout=3000) as blocker:
        qtbot.keyClicks(window.ui.searchEdit, "cilangkahan")
    assert blocker.args == [1]
    assert current_code(window.ui.regionTree) == "36.02.01.2002"


def test_village_search_expands_its_ancestors(qtbot, window):
    tree = window.ui.regionTree
    model = window.model
    assert not tree.isExpanded(model.index_of("36.02"))
    search(qtbot, window, "cilangkahan")
    assert current_code(tree) == "36.02.01.2002"
    for code in ("36", "36.02", "36.02.01"):
        assert tree.isExpanded(model.index_of(code)), code
    assert tree.visualRect(tree.currentIndex()).intersects(tree.viewport().rect())
    details = window.ui.detailsPane
    assert details.title.text() == "Cilangkahan"
    assert details.values["level"].text() == "Desa"
    assert details.breadcrumb_text() == "Banten › Kabupaten Lebak › Malingping"


def test_search_by_code_and_not_found_and_escape(qtbot, window):
    search(qtbot, window, "36.02.01.2002")
    assert current_code(window.ui.regionTree) == "36.02.01.2002"
    window.ui.searchEdit.clear()
    search(qtbot, window, "zzzqx")
    assert window.ui.searchStatus.text() == "tidak ditemukan"
    assert current_code(window.ui.regionTree) == "36.02.01.2002"  # selection kept
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.ui.searchEdit.text() == ""
    assert window.ui.searchStatus.text() == ""


def test_tps_details(qtbot, window):
    assert window.select_code("36.02.01.2002.002")
    details = window.ui.detailsPane
    assert details.title.text() == "TPS 002"
    assert details.values["number"].text() == "2"
    assert details.values["address"].text() == "Jl. Uji 2"
    assert details.values["dpt"].text() == "252 pemilih"
    assert details.form.isRowVisible(details.values["address"])
    assert not details.form.isRowVisible(details.values["children"])


def test_keyboard_find_shortcut_and_enter_toggles_in_tree(qtbot, window):
    tree = window.ui.regionTree
    tree.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: tree.hasFocus())
    qtbot.keyClick(tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.ui.searchEdit.hasFocus())

    assert window.select_code("36.02")
    tree.setFocus()
    index = window.model.index_of("36.02")
    assert not tree.isExpanded(index)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert tree.isExpanded(index)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not tree.isExpanded(index)


def test_menus_have_indonesian_titles_and_shortcuts(window):
    ui = window.ui
    assert [m.title() for m in (ui.menuFile, ui.menuView, ui.menuSettings, ui.menuHelp)] == [
        "&Berkas",
        "&Lihat",
        "&Pengaturan",
        "Ban&tuan",
    ]
    assert ui.actionOpen.shortcut().toString() == "Ctrl+O"
    assert ui.actionQuit.shortcut().toString() == "Ctrl+Q"
    assert ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert ui.searchEdit.placeholderText() == "Cari desa/kelurahan, kecamatan… (Ctrl+F)"


def test_title_and_status_bar(window, banten_path):
    title = window.windowTitle()
    assert title == f"CommandPost — Posko Uji — {banten_path.name}"
    assert window.station_label.text() == "Posko: Posko Uji"
    assert window.demo_label.isHidden()
    assert not window.ui.detailsPane.demo_banner.isVisible()


def test_demo_database_is_marked_everywhere(qtbot, demo_path):
    window = make_window(qtbot, demo_path)
    assert window.windowTitle() == (
        f"CommandPost — Operasi Latihan 2024 — Posko Uji — {demo_path.name} [DEMO]"
    )
    assert window.demo_label.isVisible()
    assert window.demo_label.text() == "DATA DEMO (sintetis)"
    assert window.operation_label.text() == "Operasi: Operasi Latihan 2024"
    banner = window.ui.detailsPane.demo_banner
    assert banner.isVisible()
    assert banner.text() == "Data demo: jumlah TPS, DPT dan alamat adalah sintetis."
    window.close_database()


def test_language_switch_is_live_and_remembered(qtbot, window, banten_path):
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Pengaturan"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert window.ui.menuHelp.title() == "&Help"
    assert window.station_label.text() == "Station: Posko Uji"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Region"
    window.select_code("36.02.01")
    qtbot.waitUntil(lambda: window.ui.detailsPane.values["level"].text() == "District")
    assert cfg.language() == "en"

    # A new start: the program applies the saved choice before it builds the window.
    window.close()
    window.close_database()
    assert i18n.apply_saved_language() == "en"
    again = make_window(qtbot, banten_path)
    assert again.ui.menuFile.title() == "&File"
    assert again.ui.searchEdit.placeholderText() == "Find village, district… (Ctrl+F)"
    again.close_database()


def test_geometry_splitter_and_selection_are_restored(qtbot, banten_path):
    first = make_window(qtbot, banten_path)
    first.resize(720, 520)  # the offscreen screen is 800 x 600
    first.ui.splitter.setSizes([450, 250])
    sizes = first.ui.splitter.sizes()
    assert first.select_code("36.02.01.2002.003")
    first.close()
    first.close_database()

    second = make_window(qtbot, banten_path)
    assert second.size() == QSize(720, 520)
    assert second.ui.splitter.sizes() == sizes
    assert current_code(second.ui.regionTree) == "36.02.01.2002.003"
    assert second.ui.regionTree.isExpanded(second.model.index_of("36.02.01.2002"))
    assert second.ui.detailsPane.title.text() == "TPS 003"
    second.close_database()


def test_collapse_all(qtbot, window):
    window.select_code("36.02.01.2002")
    window.ui.actionCollapseAll.trigger()
    assert not window.ui.regionTree.isExpanded(window.model.index_of("36"))


def test_new_empty_database_says_how_to_fill_it(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "baru.sqlite", create=True)
    assert window.model.rowCount() == 0
    details = window.ui.detailsPane
    assert details.title.text() == "Basis data ini belum berisi wilayah"
    assert "Operasi baru…" in details.subtitle.text()  # the wizard, not a command
    assert window.windowTitle() == "CommandPost — Posko — baru.sqlite"
    assert window.operation_label.text() == "Belum ada operasi"
    window.close_database()
