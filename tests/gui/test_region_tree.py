"""The lazy region tree model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from commandpost.core.regions import Level
from commandpost.gui.models.region_tree import (
    COL_CLASS,
    COL_CODE,
    COL_DPT,
    COL_NAME,
    COL_PROGRESS,
    COL_RAWAN,
    COL_SANGAT,
    COL_THREAT,
    COL_TPS,
    COLUMN_COUNT,
    ClassRole,
    CodeRole,
    LevelRole,
    NodeInfoRole,
    RegionTreeModel,
    format_count,
)


def test_top_level_is_loaded_and_the_rest_waits(banten_db):
    model = RegionTreeModel(banten_db)
    assert model.rowCount() == 1
    banten = model.index(0, 0)
    assert banten.data() == "Banten"
    assert model.hasChildren(banten)
    assert model.rowCount(banten) == 0
    assert model.canFetchMore(banten)
    model.fetchMore(banten)
    assert model.rowCount(banten) == 8
    assert not model.canFetchMore(banten)


def test_model_tester_passes(qtmodeltester, banten_db):
    model = RegionTreeModel(banten_db)
    # Load a path down to the TPS so the tester sees every level, then let it walk the rest.
    assert model.reveal("36.02.01.2002.003").isValid()
    qtmodeltester.check(model)


def test_columns_and_roles(banten_db):
    model = RegionTreeModel(banten_db)
    index = model.reveal("36.02.01")
    row = index.row()
    parent = index.parent()
    assert model.index(row, COL_NAME, parent).data() == "Malingping"
    assert model.index(row, COL_CODE, parent).data() == "36.02.01"
    assert model.index(row, COL_TPS, parent).data() == "3"
    assert model.index(row, COL_DPT, parent).data() == format_count(251 + 252 + 253)
    assert index.data(CodeRole) == "36.02.01"
    assert index.data(LevelRole) == int(Level.DISTRICT)
    assert index.data(NodeInfoRole).name == "Malingping"
    assert "Kecamatan" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(ClassRole) == "kurang_rawan"
    assert index.data(Qt.ItemDataRole.FontRole) is None
    # No rawan TPS and no threat yet: those cells stay empty rather than say 0.
    for column in (COL_CLASS, COL_RAWAN, COL_SANGAT, COL_THREAT):
        assert model.index(row, column, parent).data() is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    # The voting-day progress column comes last (tests/gui/test_voting.py).
    assert headers[:COL_PROGRESS] == [
        "Wilayah",
        "Kelas",
        "Rawan",
        "S. rawan",
        "Ancaman",
        "Kode",
        "TPS",
        "DPT",
    ]


def test_numbers_use_indonesian_grouping():
    assert format_count(17231) == "17.231"
    assert format_count(8926662) == "8.926.662"


def test_reveal_loads_only_the_ancestors(banten_db):
    model = RegionTreeModel(banten_db)
    index = model.reveal("36.02.01.2002.001")
    assert index.isValid()
    assert index.data() == "TPS 001"
    chain = []
    up = index.parent()
    while up.isValid():
        chain.append(up.data(CodeRole))
        up = up.parent()
    assert chain == ["36.02.01.2002", "36.02.01", "36.02", "36"]
    # Siblings of the ancestors stay unloaded.
    pandeglang = model.index_of("36.01")
    assert model.canFetchMore(pandeglang)
    assert not model.reveal("99.99").isValid()
    assert not model.reveal("36.02.99.2001").isValid()


def test_refresh_emits_data_changed_for_row_and_ancestors(banten_db):
    model = RegionTreeModel(banten_db)
    model.reveal("36.02.01.2002.001")
    seen = []
    model.dataChanged.connect(
        lambda a, b, roles: seen.append((a.data(CodeRole), b.column(), roles))
    )
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.refresh_nodes(["36.02.01.2002.001"])
    codes = [code for code, _col, _roles in seen]
    assert codes == ["36.02.01.2002.001", "36.02.01.2002", "36.02.01", "36.02", "36"]
    assert all(
        col == COLUMN_COUNT - 1
        and Qt.ItemDataRole.DisplayRole in roles
        and Qt.ItemDataRole.DecorationRole in roles
        and Qt.ItemDataRole.BackgroundRole in roles
        for _c, col, roles in seen
    )
    assert resets == []
    # A change below an unloaded node still moves the totals of its loaded ancestors.
    model.refresh_nodes(["36.04.01.2001.001"])
    assert [code for code, _col, _roles in seen[5:]] == ["36.04", "36"]
    model.refresh_nodes(["31.71.01"])  # nothing of it loaded: nothing to tell
    assert len(seen) == 7


def test_no_sql_in_data(banten_db, monkeypatch):
    model = RegionTreeModel(banten_db)
    model.reveal("36.02.01.2002.001")
    monkeypatch.setattr(banten_db, "engine", None)  # any query would fail now

    def walk(parent: QModelIndex) -> int:
        count = 0
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CodeRole):
                    index.data(role)
            count += 1 + walk(model.index(row, 0, parent))
        return count

    assert walk(QModelIndex()) == 1 + 8 + 28 + 14 + 3  # Banten, kab/kota, Lebak, Malingping
