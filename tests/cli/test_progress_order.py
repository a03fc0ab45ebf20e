"""`commandpost tps-progress set` refuses a step earlier than the TPS's earlier state: the
message names the TPS, both states and both times; exit 1 and nothing changed."""

from __future__ import annotations

from commandpost.cli import main
from tests.cli.test_progress import T1, T2, T3, VILLAGE, changes, run
from tests.helpers import dump


def test_a_step_before_the_earlier_state_is_refused_with_nothing_changed(banten_path, capsys):
    db = str(banten_path)
    # "07.05" is hour.minute, as officers write it (not 07 h and 0.05 s).
    assert main(["tps-progress", "set", "--db", db, "--node", T1, "--state", "opened",
                 "--at", "2024-11-27 07.05"]) == 0  # fmt: skip
    assert main(["tps-progress", "set", "--db", db, "--node", T2, "--state", "opened",
                 "--at", "2024-11-27 06.20"]) == 0  # fmt: skip
    capsys.readouterr()
    before, count = dump(banten_path), changes(banten_path)

    code, out, err = run(
        capsys, "tps-progress", "set", "--db", db, "--node", T1, "--state", "counting",
        "--at", "27/11/2024 06.30",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err.strip() == (
        "error: TPS 001 Desa Cilangkahan: counting at 06.30 WIB would be before opened at 07.05 WIB"
    )
    # A selection: refused whole, the TPS that stop it listed; T2 and T3 not changed either.
    code, out, err = run(
        capsys, "tps-progress", "set", "--db", db, "--node", VILLAGE, "--state", "counting",
        "--at", "27/11/2024 06.30",
    )  # fmt: skip
    assert code == 1
    assert err.splitlines() == [
        "error: 1 of 3 TPS: counting at 06.30 WIB would be before an earlier step; nothing "
        "was saved:",
        "  TPS 001 Desa Cilangkahan: opened 07.05 WIB",
    ]
    assert changes(banten_path) == count and dump(banten_path) == before

    code, out, _ = run(
        capsys, "tps-progress", "set", "--db", db, "--node", VILLAGE, "--state", "counting",
        "--at", "27/11/2024 13.10",
    )  # fmt: skip
    assert code == 0 and out.strip() == "counting: recorded for 3 TPS, at 2024-11-27 13:10 WIB"
    assert T3  # every TPS of the village moved
