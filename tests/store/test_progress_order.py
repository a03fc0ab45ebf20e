"""Voting-day steps keep the order of their times: a step earlier than the time the TPS
reached an earlier state is refused, for one TPS and for a selection, with the TPS, both
states and both times on the post's clock; corrections and undo follow the curve's rule."""

from __future__ import annotations

import datetime as dt

import pytest

from commandpost.store import duty, progress, threats
from commandpost.store.refusals import RefusalMsg, Refused
from tests.helpers import dump
from tests.store import test_progress
from tests.store.test_progress import T1, T2, T3, VILLAGE_1, wib

progress_template = test_progress.progress_template
db = test_progress.db


def state_and_time(db, code: str) -> tuple[str, str]:
    [row] = progress.list_progress(db, code)
    return row.state, row.progress_at


def refused(call) -> Refused:
    with pytest.raises(Refused) as caught:
        call()
    return caught.value


def test_one_tps_step_before_its_earlier_state_is_refused(db):
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 5))
    before = dump(db.path)
    exc = refused(lambda: progress.set_progress(db, [T1], "counting", actor="a", at=wib(6, 30)))
    assert exc.template == RefusalMsg.STEP_BEFORE_EARLIER
    assert str(exc) == (
        "TPS 001 Desa Cilangkahan: counting at 06.30 WIB would be before opened at 07.05 WIB"
    )
    assert exc.values["state"] == "counting" and exc.values["earlier"] == "opened"
    assert dump(db.path) == before  # nothing changed
    # The same minute is fine (reports come to the minute), and so is any later one.
    progress.set_progress(db, [T1], "voting", actor="a", at=wib(7, 5))
    progress.set_progress(db, [T1], "counting", actor="a", at=wib(13, 0))
    assert state_and_time(db, T1) == ("counting", "2024-11-27T06:00+00:00")


def test_a_selection_is_refused_whole_naming_the_tps_refused(db):
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 15))
    progress.set_progress(db, [T2], "voting", actor="a", at=wib(7, 20))
    progress.set_progress(db, [T3], "opened", actor="a", at=wib(6, 50))
    before = dump(db.path)
    exc = refused(
        lambda: progress.set_progress(db, [VILLAGE_1], "counting", actor="a", at=wib(7, 10))
    )
    assert exc.template == RefusalMsg.STEPS_BEFORE_EARLIER
    assert (exc.values["count"], exc.values["total"]) == (2, 3)
    assert str(exc) == (
        "2 of 3 TPS: counting at 07.10 WIB would be before an earlier step; nothing was saved:\n"
        "  TPS 001 Desa Cilangkahan: opened 07.15 WIB\n"
        "  TPS 002 Desa Cilangkahan: voting 07.20 WIB"
    )
    assert [c[0] for c in exc.values["conflicts"]] == [T1, T2]
    assert dump(db.path) == before  # T3, which could take the step, is not changed either
    progress.set_progress(db, [VILLAGE_1], "counting", actor="a", at=wib(7, 20))
    assert {state_and_time(db, t)[0] for t in (T1, T2, T3)} == {"counting"}


def test_a_long_list_names_the_first_few_and_counts_the_rest(db, monkeypatch):
    monkeypatch.setattr(progress, "NAMED_TPS", 3)
    codes = [f"{VILLAGE_1}.{n:03d}" for n in (1, 2, 3)] + ["36.02.01.2003.001", "36.02.01.2003.002"]
    progress.set_progress(db, codes, "opened", actor="a", at=wib(7, 5))
    exc = refused(lambda: progress.set_progress(db, codes, "voting", actor="a", at=wib(7)))
    assert (exc.values["count"], exc.values["more"], len(exc.values["conflicts"])) == (5, 2, 3)
    assert str(exc).splitlines()[1:] == [
        "  TPS 001 Desa Cilangkahan: opened 07.05 WIB",
        "  TPS 002 Desa Cilangkahan: opened 07.05 WIB",
        "  TPS 003 Desa Cilangkahan: opened 07.05 WIB",
        "  and 2 more",
    ]


def test_a_correction_back_is_checked_against_the_steps_below_it(db):
    progress.set_progress(db, [T1], "arrived", actor="a", at=wib(6, 0))
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 5))
    progress.set_progress(db, [T1], "counting", actor="a", at=wib(13, 0))
    # Back to voting before the TPS opened: refused, even with a reason.
    exc = refused(
        lambda: progress.set_progress(db, [T1], "voting", actor="a", at=wib(7), reason="salah")
    )
    assert str(exc).endswith("voting at 07.00 WIB would be before opened at 07.05 WIB")
    # Back to voting after it opened: the counting report of 13.00 is what it corrects.
    progress.set_progress(db, [T1], "voting", actor="a", at=wib(7, 30), reason="salah lapor")
    assert state_and_time(db, T1) == ("voting", "2024-11-27T00:30+00:00")
    # From there on, the corrected step is the one to come after.
    exc = refused(lambda: progress.set_progress(db, [T1], "counting", actor="a", at=wib(7, 20)))
    assert str(exc).endswith("counting at 07.20 WIB would be before voting at 07.30 WIB")
    # Correcting a step's own time is checked against the step before it.
    exc = refused(
        lambda: progress.set_progress(db, [T1], "voting", actor="a", at=wib(5, 50), reason="jam")
    )
    assert str(exc).endswith("voting at 05.50 WIB would be before opened at 07.05 WIB")
    # "Never opened at all" takes no time and always stands.
    progress.set_progress(db, [T1], "none", actor="a", reason="TPS dipindah")
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(5, 0))
    assert state_and_time(db, T1) == ("opened", "2024-11-26T22:00+00:00")


def test_a_correction_to_an_earlier_time_overrides_what_came_after_it(db):
    """Opened 07.05, then corrected to "personnel arrived at 07.00": the opened report is
    overridden (the curve's rule), so "opened 07.02" is no longer before anything."""
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 5))
    progress.set_progress(db, [T1], "arrived", actor="a", at=wib(7, 0), reason="belum dibuka")
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 2))
    assert state_and_time(db, T1) == ("opened", "2024-11-27T00:02+00:00")


def test_after_an_undo_the_step_taken_back_no_longer_counts(db):
    progress.set_progress(db, [T1], "arrived", actor="a", at=wib(6, 0))
    opened = progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 5))
    refused(lambda: progress.set_progress(db, [T1], "counting", actor="a", at=wib(6, 30)))
    threats.compensate_all(db, opened, actor="a", reason="batal")
    assert state_and_time(db, T1) == ("arrived", "2024-11-26T23:00+00:00")
    progress.set_progress(db, [T1], "counting", actor="a", at=wib(6, 30))
    # Undo of a correction brings the corrected step back, and with it its time.
    progress.set_progress(db, [T2], "opened", actor="a", at=wib(7, 0))
    progress.set_progress(db, [T2], "counting", actor="a", at=wib(13, 0))
    fix = progress.set_progress(db, [T2], "voting", actor="a", at=wib(8, 0), reason="salah")
    threats.compensate_all(db, fix, actor="a", reason="batal")
    assert state_and_time(db, T2) == ("counting", "2024-11-27T06:00+00:00")
    exc = refused(lambda: progress.set_progress(db, [T2], "finished", actor="a", at=wib(12)))
    assert str(exc).endswith("finished at 12.00 WIB would be before counting at 13.00 WIB")
    # A correction looks past an undone step: T3's opened 07.00 was taken back.
    progress.set_progress(db, [T3], "arrived", actor="a", at=wib(6, 0))
    opened = progress.set_progress(db, [T3], "opened", actor="a", at=wib(7, 0))
    threats.compensate_all(db, opened, actor="a", reason="batal")
    progress.set_progress(db, [T3], "counting", actor="a", at=wib(9, 0))
    progress.set_progress(db, [T3], "voting", actor="a", at=wib(6, 30), reason="salah lapor")
    assert state_and_time(db, T3) == ("voting", "2024-11-26T23:30+00:00")


def test_times_on_another_day_carry_the_date_and_the_post_zone(db):
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 5))
    exc = refused(
        lambda: progress.set_progress(db, [T1], "voting", actor="a", at="2024-11-26T23:00+07:00")
    )
    assert str(exc).endswith(
        "voting at 26/11/2024 23.00 WIB would be before opened at 27/11/2024 07.05 WIB"
    )
    duty.set_post(db, zone="WITA", actor="a")  # the post keeps WITA: one hour later
    exc = refused(lambda: progress.set_progress(db, [T1], "voting", actor="a", at=wib(6)))
    assert str(exc).endswith("voting at 07.00 WITA would be before opened at 08.05 WITA")


def test_a_step_a_few_minutes_ahead_is_taken_further_is_refused(db):
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    ahead = (now + dt.timedelta(minutes=3)).isoformat()
    progress.set_progress(db, [T1], "opened", actor="a", at=ahead)
    assert state_and_time(db, T1)[1] == (now + dt.timedelta(minutes=3)).isoformat(
        timespec="minutes"
    )
    later = now + dt.timedelta(minutes=20)
    exc = refused(lambda: progress.set_progress(db, [T2], "opened", actor="a", at=later))
    assert exc.template == RefusalMsg.TIME_IN_FUTURE
    shown = later.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert str(exc) == f"{shown:%d/%m/%Y %H.%M} WIB is in the future"
