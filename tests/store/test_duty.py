"""The officer on duty in the store: recorded as changes, the actor of what follows, undone
like any change, and a handover as one change naming both officers."""

from __future__ import annotations

import pytest

from commandpost.core.duty import Officer
from commandpost.store import changelog, duty, threats
from commandpost.store.database import open_database
from tests.helpers import ON_DUTY, add_tps, load_province

TPS1 = "36.02.01.2002.001"


@pytest.fixture
def nobody_db(tmp_path):
    db = open_database(tmp_path / "baru.sqlite", "Posko", create=True)
    load_province(db)
    add_tps(db, [("36.02.01.2002", 1, "Jl. Uji 1", 251)])
    yield db
    db.close()


def test_officers_are_read_however_rosters_write_their_rank_and_number():
    officer = duty.check_officer("Ajun Inspektur Polisi Satu", "  Budi   Santoso ", "7805 0123")
    assert officer == Officer("aiptu", "AIPTU", "Budi Santoso", "78050123")
    assert officer.label == "AIPTU Budi Santoso · NRP 78050123"
    assert duty.check_officer("kombes", "Ahmad", "70010203").short == "KOMBES POL Ahmad"
    pns = duty.check_officer("Penata Tk. I", "Sri", "198501012010012001")
    assert pns.label == "PENATA TK. I Sri · NIP 198501012010012001"
    for rank, name, nrp, message in (
        ("Aiptu", " ", "78050123", "name is empty"),
        ("", "Budi", "78050123", r"rank \(pangkat\) is empty"),
        ("Kapten", "Budi", "78050123", "not a Polri or PNS Polri rank"),
        ("Aiptu", "Budi", "7805012", "7 digits"),
        ("Aiptu", "Budi", "", "NRP is empty"),
    ):
        with pytest.raises(ValueError, match=message):
            duty.check_officer(rank, name, nrp)


def test_a_new_database_names_nobody_and_refuses_to_name_an_actor(nobody_db):
    now = duty.current(nobody_db)
    assert (now.officer, now.post, now.zone, now.zone_set) == (None, "Posko", "WIB", False)
    with pytest.raises(duty.NoOfficerOnDuty, match="commandpost duty set --name"):
        duty.actor(nobody_db)


def test_setting_the_officer_is_one_change_and_names_the_actor_of_what_follows(nobody_db):
    budi = duty.check_officer("Aiptu", "Budi Santoso", "78050123")
    edit = duty.set_duty(nobody_db, budi, post="Posko Pam Pilkada Polres Lebak", zone="wita")
    assert (edit.change.entity, edit.change.actor) == ("station", budi.label)
    now = duty.current(nobody_db)
    assert (now.officer, now.post, now.zone, now.zone_set) == (
        budi,
        "Posko Pam Pilkada Polres Lebak",
        "WITA",
        True,
    )
    assert duty.actor(nobody_db) == budi.label
    changed = threats.set_tps_class(
        nobody_db, [TPS1], "rawan", reason="laporan", actor=duty.actor(nobody_db)
    )
    assert changed.change.actor == "AIPTU Budi Santoso · NRP 78050123"
    # The same officer again keeps the time he came on duty; the zone back to the province's.
    since = now.since
    duty.set_duty(nobody_db, Officer("aiptu", "AIPTU", "Budi Santoso S.", "78050123"))
    assert duty.current(nobody_db).since == since
    assert duty.set_post(nobody_db, zone="", actor=budi.label) is not None
    assert duty.current(nobody_db).zone_set is False
    assert duty.set_post(nobody_db, post="Posko Pam Pilkada Polres Lebak", actor="x") is None
    with pytest.raises(ValueError, match="not one of WIB, WITA, WIT"):
        duty.set_post(nobody_db, zone="UTC", actor="x")
    with pytest.raises(ValueError, match="post's name is empty"):
        duty.set_duty(nobody_db, budi, post="  ")


def test_a_handover_is_one_change_naming_both_officers(banten_db):
    before = len(changelog.load_changes(banten_db))
    rina = duty.check_officer("Bripka", "Rina Wati", "85010002")
    edit = duty.handover(banten_db, rina, note="  situasi   aman ")
    changes = changelog.load_changes(banten_db)
    assert len(changes) == before + 1
    assert edit.change.actor == ON_DUTY  # the outgoing officer hands over
    assert edit.change.values["duty_from"] == ON_DUTY
    assert edit.change.values["duty_nrp"] == "85010002"
    now = duty.current(banten_db)
    assert (now.officer, now.handed_over_by, now.note) == (rina, ON_DUTY, "situasi aman")
    assert duty.actor(banten_db) == rina.label
    [entry, first, *_] = duty.duty_log(banten_db)
    assert (entry.kind, entry.outgoing, entry.officer, entry.note, entry.actor) == (
        "handover",
        ON_DUTY,
        rina.label,
        "situasi aman",
        ON_DUTY,
    )
    assert (first.kind, first.officer) == ("set", ON_DUTY)
    with pytest.raises(ValueError, match="already on duty"):
        duty.handover(banten_db, rina)


def test_a_handover_needs_somebody_to_hand_over(nobody_db):
    with pytest.raises(duty.NoOfficerOnDuty):
        duty.handover(nobody_db, duty.check_officer("Bripka", "Rina", "85010002"))


def test_a_handover_is_undone_by_a_compensating_change(banten_db):
    rina = duty.check_officer("Bripka", "Rina Wati", "85010002")
    edit = duty.handover(banten_db, rina)
    count = len(changelog.load_changes(banten_db))
    [undone] = threats.compensate_all(banten_db, [edit], actor=rina.label, reason="salah input")
    assert undone.change.values["compensates"] == edit.change.id
    assert len(changelog.load_changes(banten_db)) == count + 1  # nothing erased
    now = duty.current(banten_db)
    assert now.officer.label == ON_DUTY and now.handed_over_by == ""
    assert duty.duty_log(banten_db)[0].kind == "undo"
