import pytest

from commandpost.store import incidents
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
        ({"description": " "}, "reason is required"),
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
