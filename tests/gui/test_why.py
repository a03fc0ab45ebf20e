"""The picture says why: the details pane's "Mengapa kelas ini" (what is recorded, with
source, who and when, and the class rule's suggestion beside the current class), and the
tree's threat and khusus columns."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from commandpost.gui import look
from commandpost.gui.models.region_tree import COL_KHUSUS, COL_THREAT, RegionTreeModel
from commandpost.store import queries, threats
from commandpost.store.database import open_database
from tests.gui.util import make_window

TPS1, TPS2, TPS3 = (f"36.02.01.2002.00{n}" for n in (1, 2, 3))
VILLAGE = "36.02.01.2002"
SEEN_AT = "2024-11-26T19:05+07:00"  # stored as 2024-11-26T12:05+00:00


def record(path, code, levels, cls=None, source="bhabinkamtibmas"):
    db = open_database(path)
    try:
        threats.update_status(
            db,
            [code],
            tps_class=cls,
            levels=levels,
            reason="laporan warga",
            actor="Aiptu Budi Santoso",
            source=source,
            observed_at=SEEN_AT,
        )
    finally:
        db.close()


def plain(label) -> str:
    """What the officer reads in a rich-text label."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", label.text())).replace(" :", ":").strip()


def cell(window, code, column, role=Qt.ItemDataRole.DisplayRole):
    return window.model.index_of(code, column).data(role)


def close(window) -> None:
    """Close the window and its database; the details pane forgets its node (so the language
    switch in the fixtures' teardown does not restyle a closed window's labels)."""
    window.close()
    window.close_database()
    window.ui.detailsPane.set_database(None)


def test_details_say_why_a_tps_has_its_class(qtbot, banten_path):
    record(banten_path, TPS1, {"keamanan": 2, "konflik_massa": 3}, cls="rawan")
    window = make_window(qtbot, banten_path)
    details = window.ui.detailsPane
    assert window.select_code(TPS1)
    assert details.threats_heading.text() == "Mengapa kelas ini"
    assert details.suggestion.isVisible()
    suggestion = plain(details.suggestion)
    assert (
        "Saran menurut aturan kelas: Sangat rawan (riwayat kekerasan + ancaman kamtibmas tinggi)"
        in suggestion
    )
    assert "Kelas sekarang (Rawan) lebih rendah dari saran: periksa kembali." in suggestion
    listed = plain(details.threats_list)
    when = look.format_time("2024-11-26T12:05+00:00")
    assert (
        f"Konflik antar kelompok massa: Tinggi \u2014 Laporan Bhabinkamtibmas, "
        f"Aiptu Budi Santoso, {when}" in listed
    )
    assert f"Keamanan: Sedang \u2014 Laporan Bhabinkamtibmas, Aiptu Budi Santoso, {when}" in listed
    assert "laporan warga" in listed and "dihitung oleh aturan kelas" in listed
    # The class stays what the officer set: the suggestion is shown, never applied.
    assert details.values["tps_class"].text() == "Rawan"

    # A TPS with nothing recorded: kurang rawan, no flag.
    assert window.select_code(TPS2)
    assert plain(details.suggestion) == (
        "Saran menurut aturan kelas: Kurang rawan (tidak ada aturan yang terpenuhi)"
    )
    assert "Belum ada indikator atau ancaman" in plain(details.threats_list)

    # A region counts its TPS below the suggestion.
    assert window.select_code("36.02.01")
    assert not details.suggestion.isVisible()
    assert details.labels["lower"].text() == "Di bawah saran:"
    assert details.values["lower"].text() == "1 TPS dengan kelas di bawah saran"
    assert window.select_code("36.01")
    assert details.values["lower"].text() == "tidak ada"
    close(window)


def test_raising_the_class_clears_the_flag(qtbot, banten_path):
    record(banten_path, TPS1, {"hak_pilih": 2, "politik_uang": 2})
    window = make_window(qtbot, banten_path)
    details = window.ui.detailsPane
    assert window.select_code(TPS1)
    assert "lebih rendah dari saran" in plain(details.suggestion)

    # Saved as the update dialog saves (its own path: tests/gui/test_vulnerability.py).
    edit = threats.set_tps_class(
        window.db, [TPS1], "rawan", reason="sesuai saran aturan kelas", actor="Aiptu Budi"
    )
    window.record_edits([edit], "kelas Rawan")
    qtbot.waitUntil(lambda: details.values["tps_class"].text() == "Rawan")
    assert "lebih rendah" not in plain(details.suggestion)
    assert "Saran menurut aturan kelas: Rawan (dua variabel kerawanan Bawaslu atau lebih)" in (
        plain(details.suggestion)
    )
    close(window)


def test_tree_names_the_worst_threat_and_counts_khusus(qtbot, banten_path):
    record(banten_path, TPS1, {"banjir": 3, "longsor": 2}, source="bpbd")
    record(banten_path, TPS2, {"banjir": 3, "intimidasi": 3})
    record(banten_path, TPS3, {"longsor": 3}, cls="khusus", source="bpbd")
    window = make_window(qtbot, banten_path)
    assert window.select_code(TPS1)
    assert cell(window, TPS1, COL_THREAT) == "Banjir: Tinggi"
    # As high at TPS2: the first in the taxonomy's order names it (kamtibmas before disasters).
    assert cell(window, TPS2, COL_THREAT) == "Intimidasi: Tinggi +1"
    assert cell(window, TPS3, COL_THREAT) == "Tanah longsor: Tinggi"
    for region in (VILLAGE, "36.02.01", "36.02", "36"):
        # Banjir is high at two TPS, longsor and intimidasi at one each.
        assert cell(window, region, COL_THREAT) == "Banjir: Tinggi (2)"
        assert cell(window, region, COL_KHUSUS) == "1"
        tip = cell(window, region, COL_THREAT, Qt.ItemDataRole.ToolTipRole)
        assert "Ancaman terburuk: Banjir: Tinggi (2 TPS)" in tip
    assert cell(window, TPS3, COL_KHUSUS) is None  # a TPS shows its class, not a count
    assert cell(window, "36.01", COL_KHUSUS) is None and cell(window, "36.01", COL_THREAT) is None
    header = window.model.headerData(COL_KHUSUS, Qt.Orientation.Horizontal)
    assert header == "Khusus"
    assert not window.ui.regionTree.header().isSectionHidden(COL_KHUSUS)
    assert window.ui.regionTree.columnWidth(COL_THREAT) >= window.fontMetrics().horizontalAdvance(
        "Banjir: Tinggi (88)"
    )
    close(window)


def test_an_update_moves_the_worst_threat_of_the_row_and_its_ancestors(qtbot, banten_path):
    record(banten_path, TPS1, {"banjir": 2}, source="bpbd")
    window = make_window(qtbot, banten_path)
    assert window.select_code(TPS2)
    assert cell(window, VILLAGE, COL_THREAT) == "Banjir: Sedang (1)"

    edit = threats.set_threat(window.db, [TPS2], "longsor", 3, reason="tebing retak", actor="a")
    window.record_edits([edit], "longsor Tinggi")  # as the update dialog's save does
    qtbot.waitUntil(lambda: cell(window, TPS2, COL_THREAT) == "Tanah longsor: Tinggi")
    for region in (VILLAGE, "36.02.01", "36.02", "36"):
        assert cell(window, region, COL_THREAT) == "Tanah longsor: Tinggi (1)"
    close(window)


def test_khusus_column_restores_with_a_header_saved_before_it(qtbot, banten_path):
    """A header state saved by a version without the khusus column still restores the
    others, and the new column shows."""
    window = make_window(qtbot, banten_path)
    header = window.ui.regionTree.header()
    header.setSectionHidden(COL_KHUSUS, True)
    window.save_settings()
    close(window)
    again = make_window(qtbot, banten_path)
    assert again.ui.regionTree.header().isSectionHidden(COL_KHUSUS)
    close(again)


def test_tree_model_with_threat_texts_passes_the_model_tester(qtmodeltester, banten_path):
    record(banten_path, TPS1, {"banjir": 3})
    db = open_database(banten_path)
    try:
        model = RegionTreeModel(db)
        assert model.reveal(TPS1).isValid()
        assert model.index_of(TPS1, COL_THREAT).data() == "Banjir: Tinggi"
        qtmodeltester.check(model)
    finally:
        db.close()


def test_filter_lists_tps_below_the_suggestion(qtbot, banten_path):
    """The filter's "Di bawah saran aturan kelas" lists the TPS whose class is lower than the
    rule suggests; the officer's class is never changed by it."""
    record(banten_path, TPS1, {"keamanan": 2, "konflik_massa": 3}, cls="rawan")
    record(banten_path, TPS2, {"banjir": 3}, cls="rawan")  # rawan, as the rule says
    window = make_window(qtbot, banten_path)
    window.ui.actionShowFilter.trigger()
    panel = window.ui.filterPanel
    assert panel.lower_check.isVisible()
    assert panel.lower_check.text() == "Di bawah saran aturan kelas"
    panel.lower_check.setChecked(True)
    panel.run()
    codes = [panel.model.node(r).code for r in range(panel.model.rowCount())]
    assert codes == [TPS1]
    assert "Di bawah saran aturan kelas" in panel.criteria_text()
    assert queries.node(window.db, TPS1).tps_class == "rawan"
    panel.lower_check.setChecked(False)
    panel.run()
    assert panel.model.rowCount() == 3
    close(window)


def test_a_narrow_threat_column_keeps_the_level(qtbot):
    """Too narrow for "Konflik antar kelompok massa: Tinggi (2)", the column shortens the
    threat's name and keeps ": Tinggi (2)"."""
    from PySide6.QtWidgets import QLabel

    from commandpost.gui.widgets.elide import keep_tail

    metrics = QLabel().fontMetrics()
    text = "Konflik antar kelompok massa: Tinggi (2)"
    width = metrics.horizontalAdvance("Konflik an: Tinggi (2)")
    shown = keep_tail(text, width, metrics)
    assert shown.endswith("…: Tinggi (2)") and shown.startswith("Konflik")
    assert metrics.horizontalAdvance(shown) <= width
    assert keep_tail("Banjir: Sedang", 500, metrics) == "Banjir: Sedang"
