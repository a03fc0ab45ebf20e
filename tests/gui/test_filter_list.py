"""The filter list as an officer uses it: sort by any column, copy, save as CSV or Excel, the
settings kept for the next start; and the filter dock never widens the window."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton

from commandpost.gui import file_chooser
from commandpost.gui.widgets.filter_export import write_list
from commandpost.gui.widgets.filter_panel import COL_CLASS, COL_CODE, COL_DPT, COL_NAME
from commandpost.store import threats, units
from commandpost.store.database import open_database
from tests.gui.util import make_window
from tests.helpers import add_tps

VILLAGE = "36.02.01.2002"
TPS = [f"{VILLAGE}.00{n}" for n in (1, 2, 3, 4)]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def listed_path(banten_path):
    """Four TPS in Cilangkahan: DPT 251, 252, 253 and 1.000; classes sangat rawan, kurang
    rawan, rawan and khusus."""
    db = open_database(banten_path)
    add_tps(db, [(VILLAGE, 4, "Jl. Uji 4", 1000)])
    classes = ("sangat_rawan", "kurang_rawan", "rawan", "khusus")
    for code, tps_class in zip(TPS, classes, strict=True):
        threats.set_tps_class(db, [code], tps_class, reason="uji", actor="uji")
    db.close()
    return banten_path


def open_list(qtbot, path):
    window = make_window(qtbot, path)
    window.ui.actionShowFilter.trigger()
    panel = window.ui.filterPanel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)  # TPS of any class, all areas
    return window, panel


def column_codes(panel) -> list[str]:
    return [panel.model.index(r, COL_CODE).data() for r in range(panel.model.rowCount())]


def click_header(qtbot, panel, column: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


@pytest.fixture
def listed(qtbot, listed_path):
    window, panel = open_list(qtbot, listed_path)
    yield window, panel
    window.close()
    window.close_database()


def test_sorts_by_numbers_as_numbers_classes_by_severity_and_back(qtbot, listed):
    _window, panel = listed
    assert column_codes(panel) == TPS  # code order at first
    panel.table.sortByColumn(COL_DPT, Qt.SortOrder.AscendingOrder)
    assert column_codes(panel) == TPS  # 251 < 252 < 253 < 1.000, not "1.000" < "251"
    assert panel.model.index(3, COL_DPT).data() == "1.000"
    panel.table.sortByColumn(COL_DPT, Qt.SortOrder.DescendingOrder)
    assert column_codes(panel) == TPS[::-1]
    # Classes by severity: kurang rawan, khusus, rawan, sangat rawan.
    panel.table.sortByColumn(COL_CLASS, Qt.SortOrder.DescendingOrder)
    assert [panel.model.index(r, COL_CLASS).data() for r in range(4)] == [
        "Sangat rawan",
        "Rawan",
        "Khusus",
        "Kurang rawan",
    ]
    # A click on a header sorts by it; the third click returns to code order.
    panel.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    for clicks, expected in ((1, TPS), (2, TPS[::-1]), (3, TPS)):
        click_header(qtbot, panel, COL_DPT)
        assert column_codes(panel) == expected, clicks
    # A new run keeps the sort: the officer's choice, not the query's.
    panel.table.sortByColumn(COL_DPT, Qt.SortOrder.DescendingOrder)
    panel.run()
    assert column_codes(panel) == TPS[::-1]


def _headers(panel) -> list[str]:
    model, view = panel.model, panel.table
    return [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if not view.isColumnHidden(c)
    ]


def test_ctrl_c_copies_the_selected_rows_or_all_with_the_header(qtbot, listed):
    window, panel = listed
    table = panel.table
    table.sortByColumn(COL_DPT, Qt.SortOrder.DescendingOrder)
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)  # nothing selected: every row
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == _headers(panel)
    assert lines[0].split("\t")[:3] == ["Nama", "Lokasi", "Kelas"]
    assert len(lines) == 5
    first = lines[1].split("\t")
    assert first[0] == "TPS 004" and first[-1] == "1000"  # numbers without the dot
    assert f"{VILLAGE}.004" in first
    assert "Cilangkahan" in first[1]

    table.selectRow(1)
    table.selectionModel().select(
        panel.model.index(3, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    lines = QApplication.clipboard().text().splitlines()
    assert [line.split("\t")[0] for line in lines] == ["Nama", "TPS 003", "TPS 001"]
    assert window.statusBar().currentMessage() == "2 baris disalin (tempelkan ke lembar kerja)"


def test_save_as_csv_with_a_bom_and_as_excel(qtbot, listed, tmp_path, monkeypatch):
    _window, panel = listed
    panel.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    asked = {}

    def answer(parent, title, proposed, filters):
        asked.update(title=title, proposed=proposed, filters=filters)
        return str(tmp_path / "daftar"), "CSV, UTF-8 untuk Excel (*.csv)"

    monkeypatch.setattr(file_chooser, "get_save_file_name", answer)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.save_button.text() == "Simpan sebagai…"
    assert asked["title"] == "Simpan daftar sebagai"
    assert asked["filters"] == "Buku kerja Excel (*.xlsx);;CSV, UTF-8 untuk Excel (*.csv)"
    assert asked["proposed"].endswith("filter-kerawanan.xlsx")
    data = (tmp_path / "daftar.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == _headers(panel)
    assert [r[0] for r in rows[1:]] == ["TPS 001", "TPS 002", "TPS 003", "TPS 004"]
    assert rows[4][-1] == "1000" and rows[4][rows[0].index("Kode")] == f"{VILLAGE}.004"
    assert rows[1][rows[0].index("Kelas")] == "Sangat rawan"

    assert _window.statusBar().currentMessage() == (
        f"Tersimpan 4 baris ke {tmp_path / 'daftar.csv'}"
    )

    # One selected row is the row looked at, not a choice: the file gets the whole list.
    panel.table.selectRow(1)
    path, count = write_list(panel, tmp_path / "daftar.xlsx")
    assert count == 4
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(values) if r[: len(rows[0])] == rows[0])
    body = values[start + 1 : start + 5]
    assert [r[0] for r in body] == ["TPS 001", "TPS 002", "TPS 003", "TPS 004"]
    dpt = rows[0].index(_headers(panel)[-1])
    assert [r[dpt] for r in body] == [251, 252, 253, 1000]  # numbers, not text
    assert body[3][rows[0].index("Kode")] == f"{VILLAGE}.004"  # a code stays text
    assert values[0][0] == "Filter kerawanan"
    assert "4 TPS ditemukan" in values[1][0]  # what the list shows, in words
    assert book.sheetnames == ["Daftar"]


def test_the_list_remembers_criteria_sort_and_widths(qtbot, listed_path):
    window, panel = open_list(qtbot, listed_path)
    panel.class_checks["rawan"].setChecked(True)
    panel.class_checks["sangat_rawan"].setChecked(True)
    panel.run()
    assert sorted(column_codes(panel)) == [TPS[0], TPS[2]]
    panel.table.sortByColumn(COL_DPT, Qt.SortOrder.DescendingOrder)
    panel.table.horizontalHeader().resizeSection(COL_NAME, 217)
    window.close()
    window.close_database()

    again, panel = make_window(qtbot, listed_path), None
    again.ui.actionShowFilter.trigger()
    panel = again.ui.filterPanel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert [k for k, c in panel.class_checks.items() if c.isChecked()] == [
        "rawan",
        "sangat_rawan",
    ]
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL_DPT
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sectionSize(COL_NAME) == 217
    assert column_codes(panel) == [TPS[2], TPS[0]]  # 253, then 251
    again.close()
    again.close_database()


@pytest.mark.parametrize("width", [1366, 1440])
def test_the_filter_dock_never_widens_the_window(qtbot, banten_path, width):
    db = open_database(banten_path)  # Polda Banten's units: long names in the area list
    units.load_units(db, units.read_units_template(), actor="uji", reason="uji")
    db.close()
    window = make_window(qtbot, banten_path)
    window.resize(width, 740)
    qtbot.waitUntil(lambda: window.width() == width)
    window.ui.actionShowFilter.trigger()
    panel = window.ui.filterPanel
    qtbot.waitUntil(lambda: panel.table.isVisible())
    QApplication.processEvents()
    assert window.width() == width
    for button in (panel.preset_regions, panel.preset_sangat, panel.preset_disaster):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert window.width() == width, button.text()
        # Every control is inside the dock, none cut off at its right edge.
        controls = [w for t in (QPushButton, QComboBox, QCheckBox) for w in panel.findChildren(t)]
        for widget in controls:
            if widget.isVisible():
                right = widget.mapTo(panel, widget.rect().topRight()).x()
                assert right <= panel.width(), widget.objectName()
    # The panel asks for no more than its widest group of controls.
    assert panel.minimumSizeHint().width() < 800
    window.close()
    window.close_database()
