import pytest

from commandpost.store import incidents, threats, timeline
from commandpost.store.changelog import ChangeError
from commandpost.store.threats import history
from tests.helpers import dump

VILLAGE = "36.02.01.2002"


def _add(db, **kw):
    values = {
        "node_code": VILLAGE,
        "type": "bentrok",
        "description": "Bentrok pendukung",
        "actor": "Bripka Andi",
        "occurred_at": "2024-11-27T09:15+07:00",
    } | kw
    return incidents.add_incident(db, **values)


def test_incident_moves_reported_handled_closed_with_each_step_logged(banten_db):
    incident_id = _add(banten_db, people="dua kelompok pemuda", damage="-")
    assert incidents.get_incident(banten_db, incident_id).status == "dilaporkan"
    assert incidents.open_incident_count(banten_db) == 1
    incidents.advance_incident(
        banten_db,
        incident_id,
        "ditangani",
        actor="Ipda Budi",
        note="massa dibubarkan",
        actions="dilerai, mediasi tokoh masyarakat",
    )
    incidents.advance_incident(banten_db, incident_id, "selesai", actor="Ipda Budi", note="aman")
    info = incidents.get_incident(banten_db, incident_id)
    assert (info.status, info.actions) == ("selesai", "dilerai, mediasi tokoh masyarakat")
    assert incidents.open_incident_count(banten_db) == 0
    steps = [(h.actor, h.what.get("status"), h.reason) for h in history(banten_db, VILLAGE)]
    assert steps == [
        ("Ipda Budi", "selesai", "aman"),
        ("Ipda Budi", "ditangani", "massa dibubarkan"),
        ("Bripka Andi", "dilaporkan", "kejadian dilaporkan"),
        ("uji", None, ""),  # the TPS list that brought the village's three TPS
    ]


def test_status_cannot_skip_or_go_back(banten_db, banten_path):
    incident_id = _add(banten_db)
    before = dump(banten_path)
    with pytest.raises(ChangeError, match="cannot become 'selesai'"):
        incidents.advance_incident(banten_db, incident_id, "selesai", actor="a", note="n")
    with pytest.raises(ChangeError, match="reason is required"):
        incidents.advance_incident(banten_db, incident_id, "ditangani", actor="a", note="")
    assert dump(banten_path) == before


@pytest.mark.parametrize(
    ("kw", "words"),
    [
        ({"node_code": "36.99"}, "unknown node"),
        ({"type": "tawuran"}, "unknown incident type"),
        ({"description": " "}, "description of what happened is required"),
        ({"type": ""}, "incident type is required"),
    ],
)
def test_bad_incidents_are_refused(banten_db, banten_path, kw, words):
    before = dump(banten_path)
    with pytest.raises((ChangeError, ValueError), match=words):
        _add(banten_db, **kw)
    assert dump(banten_path) == before


def test_list_filters_by_period_area_type_and_status(banten_db):
    a = _add(banten_db, occurred_at="2024-11-26T20:00+07:00", type="politik_uang")
    b = _add(banten_db, occurred_at="2024-11-27T10:00+07:00")
    c = _add(banten_db, node_code="36.01.01.2001", occurred_at="2024-11-27T11:00+07:00")
    incidents.advance_incident(banten_db, b, "ditangani", actor="a", note="n")

    def ids(**kw):
        return [i.id for i in incidents.list_incidents(banten_db, **kw)]

    assert ids() == [c, b, a]
    assert ids(since="2024-11-27T00:00+07:00") == [c, b]
    assert ids(under="36.02") == [b, a]
    assert ids(types=["politik_uang"]) == [a]
    assert ids(statuses=["ditangani"]) == [b]


def test_times_from_different_time_zones_sort_and_filter_correctly(banten_db):
    """A laptop in WIB and one in UTC record the same moment the same way."""
    early = incidents.add_incident(
        banten_db,
        node_code="36.02",
        type="lainnya",
        description="pagi",
        actor="a",
        occurred_at="2024-11-27T01:00+00:00",  # 08:00 WIB
    )
    late = incidents.add_incident(
        banten_db,
        node_code="36.02",
        type="lainnya",
        description="siang",
        actor="a",
        occurred_at="2024-11-27T07:30+07:00",  # 00:30 UTC: earlier than the first
    )
    listed = incidents.list_incidents(banten_db)
    assert [i.id for i in listed] == [early, late]  # newest first
    assert incidents.get_incident(banten_db, late).occurred_at == "2024-11-27T00:30+00:00"
    since = incidents.list_incidents(banten_db, since="2024-11-27T07:45+07:00")
    assert [i.id for i in since] == [early]
    with pytest.raises(ChangeError, match="not a date"):
        incidents.list_incidents(banten_db, since="kemarin")


# --- reporter, correction, void ---------------------------------------------------------------


def test_the_field_reporter_is_kept_apart_from_who_typed_it(banten_db):
    incident_id = _add(
        banten_db,
        actor="Aipda Rudi (operator)",
        reporter_name="  Bripka  Andi ",
        reporter_unit="Polsek Cikeusal",
        reporter_contact="0812 3456 7890",
    )
    info = incidents.get_incident(banten_db, incident_id)
    assert (info.reported_by, info.reporter_name, info.reporter_unit, info.reporter_contact) == (
        "Aipda Rudi (operator)",
        "Bripka Andi",
        "Polsek Cikeusal",
        "0812 3456 7890",
    )
    assert info.reporter == "Bripka Andi (Polsek Cikeusal, 0812 3456 7890)"
    plain = incidents.get_incident(banten_db, _add(banten_db))
    assert (plain.reporter, plain.reporter_name, plain.voided) == ("", "", False)


def test_too_long_reporter_is_refused(banten_db, banten_path):
    before = dump(banten_path)
    with pytest.raises(ChangeError, match="reporter contact is longer than 100"):
        _add(banten_db, reporter_contact="0" * 101)
    assert dump(banten_path) == before


def _log(db, incident_id):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT op, reason FROM change_log WHERE entity_id = ? ORDER BY seq", (incident_id,)
        ).all()


def test_a_correction_is_a_new_change_with_old_values_kept_and_undo_takes_it_back(banten_db):
    incident_id = _add(banten_db, reporter_name="Bripka Andi")
    edit = incidents.correct_incident(
        banten_db,
        incident_id,
        actor="Ipda Budi",
        reason="pelapor meralat lewat telepon",
        type="unjuk_rasa",
        occurred_at="2024-11-27T08:45+07:00",
        node_code="36.02.01",
        description="Unjuk rasa damai",
        reporter_name="Bripka Andi",  # unchanged: not written
        reporter_unit="Polsek Malingping",
    )
    assert {w.field for w in edit.writes} == {
        "type",
        "occurred_at",
        "node_code",
        "description",
        "reporter_unit",
    }
    info = incidents.get_incident(banten_db, incident_id)
    assert (info.type, info.occurred_at, info.node_code, info.description) == (
        "unjuk_rasa",
        "2024-11-27T01:45+00:00",
        "36.02.01",
        "Unjuk rasa damai",
    )
    assert info.reporter == "Bripka Andi (Polsek Malingping)"
    assert _log(banten_db, incident_id) == [
        ("create", "kejadian dilaporkan"),
        ("set", "pelapor meralat lewat telepon"),
    ]
    [reported, corrected] = incidents.incident_steps(banten_db, incident_id)
    assert reported.kind == incidents.STEP_REPORTED
    assert (corrected.kind, corrected.actor, corrected.note) == (
        incidents.STEP_CORRECTED,
        "Ipda Budi",
        "pelapor meralat lewat telepon",
    )
    assert [(c.field, c.old, c.new) for c in corrected.changes] == [
        ("type", "bentrok", "unjuk_rasa"),
        ("occurred_at", "2024-11-27T02:15+00:00", "2024-11-27T01:45+00:00"),
        ("node_code", VILLAGE, "36.02.01"),
        ("description", "Bentrok pendukung", "Unjuk rasa damai"),
        ("reporter_unit", "", "Polsek Malingping"),
    ]

    threats.compensate(banten_db, edit, actor="Ipda Budi", reason="Urungkan: koreksi")
    back = incidents.get_incident(banten_db, incident_id)
    assert (back.type, back.node_code, back.description, back.reporter_unit) == (
        "bentrok",
        VILLAGE,
        "Bentrok pendukung",
        "",
    )
    undone = incidents.incident_steps(banten_db, incident_id)[-1]
    assert undone.kind == incidents.STEP_CORRECTED  # a correction back, with its reason
    assert ("type", "unjuk_rasa", "bentrok") in [(c.field, c.old, c.new) for c in undone.changes]
    assert len(_log(banten_db, incident_id)) == 3  # nothing erased


@pytest.mark.parametrize(
    ("kw", "words"),
    [
        ({"reason": " "}, "reason for the correction is required"),
        ({"type": "tawuran"}, "unknown incident type"),
        ({"type": ""}, "incident type is required"),
        ({"occurred_at": "kemarin"}, "not a date and time"),
        ({"occurred_at": "2999-01-01T00:00+07:00"}, "in the future"),
        ({"node_code": "36.99"}, "unknown node"),
        ({"description": "  "}, "description of what happened is required"),
        ({"type": "bentrok"}, "nothing to correct"),
        ({"id": "tidak-ada"}, "no incident tidak-ada"),
    ],
)
def test_bad_corrections_are_refused_and_change_nothing(banten_db, banten_path, kw, words):
    incident_id = _add(banten_db)
    before = dump(banten_path)
    kw = {"reason": "salah ketik"} | kw
    target = kw.pop("id", incident_id)
    with pytest.raises(ChangeError, match=words):
        incidents.correct_incident(banten_db, target, actor="a", **kw)
    assert dump(banten_path) == before


def test_a_void_keeps_the_incident_uncounted_and_undo_counts_it_again(banten_db, banten_path):
    kept = _add(banten_db, description="Bentrok sungguhan")
    wrong = _add(banten_db, description="Tercatat dua kali")
    assert incidents.open_incident_count(banten_db) == 2
    edit = incidents.void_incident(banten_db, wrong, actor="Ipda Budi", reason="tercatat dua kali")
    info = incidents.get_incident(banten_db, wrong)
    assert (info.voided, info.void_reason, info.description) == (
        True,
        "tercatat dua kali",
        "Tercatat dua kali",
    )
    assert [i.id for i in incidents.list_incidents(banten_db)] == [kept]
    assert {i.id for i in incidents.list_incidents(banten_db, include_voided=True)} == {kept, wrong}
    assert incidents.open_incident_count(banten_db) == 1
    step = incidents.incident_steps(banten_db, wrong)[-1]
    assert (step.kind, step.actor, step.note) == (
        incidents.STEP_VOIDED,
        "Ipda Budi",
        "tercatat dua kali",
    )

    # A voided incident takes no more steps, corrections or voids; nothing is written.
    before = dump(banten_path)
    for refused in (
        lambda: incidents.void_incident(banten_db, wrong, actor="a", reason="lagi"),
        lambda: incidents.correct_incident(banten_db, wrong, actor="a", reason="r", type="lainnya"),
        lambda: incidents.advance_incident(banten_db, wrong, "ditangani", actor="a", note="n"),
    ):
        with pytest.raises(ChangeError, match="is voided"):
            refused()
    with pytest.raises(ChangeError, match="reason for voiding"):
        incidents.void_incident(banten_db, kept, actor="a", reason="")
    assert dump(banten_path) == before

    threats.compensate(banten_db, edit, actor="Ipda Budi", reason="Urungkan: pembatalan")
    assert not incidents.get_incident(banten_db, wrong).voided
    assert incidents.incident_steps(banten_db, wrong)[-1].kind == incidents.STEP_RESTORED
    assert incidents.open_incident_count(banten_db) == 2
    assert len(incidents.list_incidents(banten_db)) == 2


def test_a_voided_incident_is_left_out_of_the_timeline_series(banten_db):
    day = "2024-11-27T09:00+07:00"
    _add(banten_db, occurred_at=day)
    wrong = _add(banten_db, occurred_at=day)
    _add(banten_db, occurred_at="2024-11-26T09:00+07:00")
    assert [(d.day.isoformat(), d.count) for d in timeline.incidents_per_day(banten_db)] == [
        ("2024-11-26", 1),
        ("2024-11-27", 2),
    ]
    incidents.void_incident(banten_db, wrong, actor="a", reason="salah catat")
    assert [(d.day.isoformat(), d.count) for d in timeline.incidents_per_day(banten_db)] == [
        ("2024-11-26", 1),
        ("2024-11-27", 1),
    ]
    assert [d.count for d in timeline.incidents_per_day(banten_db, under="36.02")] == [1, 1]


def test_the_incident_types_are_data_with_the_new_kinds_and_the_old_keys():
    kinds = {t.key: t.label.id for t in threats.taxonomy().incident_types}
    assert {
        "hoaks": "Hoaks / ujaran kebencian",
        "kecelakaan": "Kecelakaan",
        "kebakaran": "Kebakaran",
        "teror": "Teror / ancaman bom",
        "kpps_meninggal": "Petugas KPPS meninggal",
    }.items() <= kinds.items()
    old = ["bentrok", "unjuk_rasa", "intimidasi", "politik_uang", "perusakan"]
    assert set(old) | {"penolakan_hasil", "bencana", "logistik", "kesehatan", "lainnya"} <= set(
        kinds
    )
    assert list(kinds)[-1] == "lainnya"  # "other" stays last
