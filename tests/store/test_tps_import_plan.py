"""plan_tps_import's bookkeeping on the paths a national list takes: TPS listed twice (each
repeat names the row the TPS is already on), rows left out after reading, ragged rows, and
a newer list against the database, in code order."""

import pytest

from commandpost.store.tps_import import Msg, TpsUpdate, plan_tps_import
from commandpost.tabular import TableError


def _errors(error):
    return [(p.row, p.field, p.message) for p in error.problems if p.is_error]


def test_each_repeat_names_the_first_row_of_its_tps(banten_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text(
        "kode_desa;no_tps;dpt\n"
        "3602012003;1;10\n"  # row 2
        "3602012004;1;10\n"  # row 3
        "3602012003;1;11\n"  # row 4: TPS 1 of 2003 again
        "3602012005;1;10\n"
        "3602012004;001;12\n"  # row 6: TPS 1 of 2004 again
        "3602012003;TPS 1;13\n"  # row 7: and 2003's a third time
    )
    with pytest.raises(TableError) as info:
        plan_tps_import(banten_db, path)
    assert _errors(info.value) == [
        (4, "no_tps", Msg.TPS_TWICE.format(number=1, village="36.02.01.2003", earlier=2)),
        (6, "no_tps", Msg.TPS_TWICE.format(number=1, village="36.02.01.2004", earlier=3)),
        (7, "no_tps", Msg.TPS_TWICE.format(number=1, village="36.02.01.2003", earlier=2)),
    ]
    plan = plan_tps_import(banten_db, path, skip_bad_rows=True)
    assert [r.row for r in plan.rejected] == [4, 6, 7]
    assert [(r[0], r[1], r[3]) for r in plan.new] == [
        ("36.02.01.2003", 1, 10),
        ("36.02.01.2004", 1, 10),
        ("36.02.01.2005", 1, 10),
    ]


def test_rows_left_out_after_reading_and_a_newer_list_in_code_order(banten_db, tmp_path):
    # The database has 36.02.01.2002 TPS 1-3 (Jl. Uji n, DPT 251-253).
    path = tmp_path / "tps.csv"
    path.write_text(
        "kode_desa,no_tps,alamat,dpt,catatan\n"
        "36.02.01.2004,2,Jl. B,20\n"
        "36.02.01.2002,2,Jl. Uji 2,260,x,y\n"  # longer than the header: changed DPT
        "36.02.01.9999,1,Jl. Z,30\n"  # unknown village: left out
        "36.02.01.2004,1\n"  # shorter: no DPT
        "36.02.01.2002,1,Jl. Uji 1,251\n"  # unchanged
        "36.02.01.2004,1,Jl. A,10\n"
    )
    plan = plan_tps_import(banten_db, path, skip_bad_rows=True)
    assert [(r.row, r.field) for r in plan.rejected] == [(4, "kode_desa"), (5, "dpt")]
    assert plan.new == [
        ("36.02.01.2004", 1, "Jl. A", 10, None, None),
        ("36.02.01.2004", 2, "Jl. B", 20, None, None),
    ]
    assert plan.updates == [TpsUpdate("36.02.01.2002.002", {"dpt": 252}, {"dpt": 260})]
    assert plan.unchanged == 1
    assert plan.not_in_file == ["36.02.01.2002.003"]
    assert plan.rows_read == 6


def test_a_village_whose_every_row_names_another_village_is_not_compared(banten_db, tmp_path):
    # 36.02.01.2002 is listed only with the name of another village of the kabupaten: its
    # row is left out, so the database's TPS of that village are not "missing from the file".
    from commandpost.store import queries

    other = queries.node(banten_db, "36.02.01.2003").name
    path = tmp_path / "tps.csv"
    path.write_text(
        f"kode_desa;nama_desa;no_tps;dpt\n36.02.01.2002;{other};9;10\n36.02.01.2003;{other};1;10\n"
    )
    plan = plan_tps_import(banten_db, path, skip_bad_rows=True)
    assert [(r.row, r.template) for r in plan.rejected] == [(2, Msg.NAMES_OTHER_VILLAGE)]
    assert plan.new == [("36.02.01.2003", 1, "", 10, None, None)]
    assert plan.not_in_file == []
