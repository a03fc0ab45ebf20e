"""A voided incident (dibatalkan) is counted in no report figure: the situation report's
incidents and per-type counts, and the incident list's rows, sums and activity."""

from __future__ import annotations

import datetime as dt

import pytest

from commandpost.reports.lists import build_list
from commandpost.reports.period import Period
from commandpost.reports.scope import scope_of
from commandpost.reports.sitrep_data import sitrep_data
from commandpost.store.database import open_database
from commandpost.store.incidents import add_incident, correct_incident, void_incident
from tests.helpers import copy_db

BY = "Bripka Uji (85010001)"


@pytest.fixture
def two_incidents(demo_path, tmp_path):
    """A copy of the demo with two incidents in Lebak an hour ago, one of them wrong."""
    db = open_database(copy_db(demo_path, tmp_path / "voided.sqlite"))
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    ids = [
        add_incident(
            db,
            node_code="36.02.01.2002.001",
            type=kind,
            description=text,
            actor=BY,
            occurred_at=(now - dt.timedelta(hours=1)).isoformat(),
            reporter_name="Bripka Andi",
            reporter_unit="Polsek Malingping",
        )
        for kind, text in (("hoaks", "Hoaks surat suara tercoblos"), ("teror", "Salah catat"))
    ]
    yield db, ids, Period(now - dt.timedelta(hours=6), now + dt.timedelta(hours=1), "WIB")
    db.close()


def test_a_voided_incident_is_not_counted_in_the_situation_report(two_incidents):
    db, (real, wrong), period = two_incidents
    scope = scope_of(db, "Polda Banten")
    before = sitrep_data(db, scope, period)
    assert {real, wrong} <= {i.id for i in before.incidents}
    void_incident(db, wrong, actor=BY, reason="tercatat keliru, bukan kejadian")
    after = sitrep_data(db, scope, period)
    assert wrong not in {i.id for i in after.incidents}
    assert len(after.incidents) == len(before.incidents) - 1
    assert after.in_period.get("teror", 0) == before.in_period["teror"] - 1
    assert after.to_date.get("teror", 0) == before.to_date["teror"] - 1
    assert after.in_period["hoaks"] == before.in_period["hoaks"]
    assert sum(n for _d, n in after.per_day) == sum(n for _d, n in before.per_day) - 1


def test_a_voided_incident_is_not_in_the_incident_list_or_its_sums(qapp, two_incidents):
    db, (real, wrong), period = two_incidents
    scope = scope_of(db, "Polda Banten")

    def made():
        return build_list(db, "incidents", scope, period=period, made_at=period.end, made_by=BY)

    before = made()
    correct_incident(db, real, actor=BY, reason="jenis diralat", type="unjuk_rasa")
    void_incident(db, wrong, actor=BY, reason="tercatat keliru")
    after = made()
    assert after.meta["total"]["incidents"] == before.meta["total"]["incidents"] - 1
    # The wrong incident's creation step is gone from B; the correction is a new step there.
    assert after.meta["total"]["steps"] == before.meta["total"]["steps"]
    cells = [c for t in after.tables() for r in t.rows for c in r.cells]
    assert not any("Salah catat" in c for c in cells)
    assert any("Hoaks surat suara tercoblos" in c for c in cells)
    assert "Koreksi" in cells  # the correction's step is named as such
    # The field reporter first, who typed it below.
    assert f"Bripka Andi (Polsek Malingping)\n(dicatat: {BY})" in cells
