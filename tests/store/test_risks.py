"""The risk register per stage: lines added, changed, done and deleted as changes, undo of
each, every refusal naming its field and leaving nothing behind, the filters, overdue, the
agencies, and the demo's register."""

import datetime as dt

import pytest

from commandpost.store import changelog, risks, stages, units
from commandpost.store.database import open_database
from commandpost.store.risks import RiskRefused
from commandpost.store.setup import create_operation_database
from commandpost.store.threats import compensate_all
from tests.helpers import add_tps, copy_db, dump

D = dt.date
OFFICER = "Bripka Uji"
TPS1 = "36.02.01.2002.001"


@pytest.fixture(scope="module")
def pilkada_template(tmp_path_factory):
    """Banten's regions in a Pilkada operation with the Pilkada 2024 stages, three TPS in
    Malingping (Lebak) and an empty register; closed."""
    path = create_operation_database(
        tmp_path_factory.mktemp("risk") / "pilkada.sqlite",
        station="Posko Uji",
        province="36",
        operation="Pilkada Uji",
        kind="pilkada",
        actor="uji",
    )
    db = open_database(path)
    add_tps(db, [("36.02.01.2002", n, f"Jl. Uji {n}", 250 + n) for n in (1, 2, 3)])
    db.close()
    return path


@pytest.fixture
def db_path(pilkada_template, tmp_path):
    return copy_db(pilkada_template, tmp_path / "pilkada.sqlite")


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo(demo_path, tmp_path):
    """A private copy of the Banten demo (the session's demo is shared, read-only)."""
    database = open_database(copy_db(demo_path, tmp_path / "demo.sqlite"))
    yield database
    database.close()


def stage_id(db, name: str) -> str:
    return risks.find_stage(db, name).id


def add(db, **kw):
    values = {
        "stage_id": stage_id(db, "Masa tenang"),
        "node_code": "36.02",
        "threat": "politik_uang",
        "level": 3,
        "mitigation": "Patroli dini hari di desa rawan serangan fajar",
        "agency": "polri",
        "actor": OFFICER,
        "due": D(2024, 11, 24),
    } | kw
    return risks.add_risk(db, **values)


def change_count(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar_one()


# --- adding, changing, deleting, undo ------------------------------------------------------


def test_a_line_is_added_as_one_change_and_listed_with_its_names(db):
    before = change_count(db)
    edit = add(db, note="Serangan fajar", status="in_progress")
    assert change_count(db) == before + 1
    assert (edit.entity, edit.change.op, edit.change.actor) == ("risk", "create", OFFICER)
    assert edit.label == "Politik uang · Kabupaten Lebak"
    [item] = risks.list_risks(db, today=D(2024, 11, 20))
    assert item.id == edit.change.entity_id
    assert (item.stage_name, item.node_name, item.threat_label, item.agency_label) == (
        "Masa tenang",
        "Kabupaten Lebak",
        "Politik uang",
        "Polri",
    )
    assert (item.level, item.status, item.due, item.note, item.overdue) == (
        3,
        "in_progress",
        D(2024, 11, 24),
        "Serangan fajar",
        False,
    )


def test_due_dates_are_read_as_offices_write_them(db):
    for text in ("27 November 2024", "27/11/2024", "2024-11-27", "Rabu, 27 Nov 2024"):
        edit = add(db, due=text)
        assert risks.get_risk(db, edit.change.entity_id).due == D(2024, 11, 27)
    edit = add(db, due=None, node_code=None)
    item = risks.get_risk(db, edit.change.entity_id)
    assert (item.due, item.overdue, item.node_code) == (None, False, None)


def test_set_changes_only_what_differs_and_none_when_nothing_does(db):
    risk_id = add(db).change.entity_id
    edit = risks.set_risk(db, risk_id, actor="Ipda Budi", status="done", level=3)
    assert edit.change.values == {"status": "done"}
    assert risks.set_risk(db, risk_id, actor="Ipda Budi", status="selesai") is None
    edit = risks.set_risk(db, risk_id, actor="Ipda Budi", due="30/11/2024", note=" pos ")
    assert edit.change.values == {"due": "2024-11-30", "note": "pos"}
    assert risks.get_risk(db, risk_id).status == "done"


def test_delete_then_undo_brings_the_line_back(db):
    risk_id = add(db).change.entity_id
    deleted = risks.delete_risk(db, risk_id, actor=OFFICER, reason="rangkap")
    assert deleted.change.reason == "rangkap"
    assert risks.list_risks(db) == []
    assert risks.get_risk(db, risk_id) is None
    compensate_all(db, [deleted], actor=OFFICER, reason="batal hapus")
    assert [r.id for r in risks.list_risks(db)] == [risk_id]


def test_undo_of_an_add_takes_the_line_away_and_redo_brings_it_back(db):
    edit = add(db)
    [undone] = compensate_all(db, [edit], actor=OFFICER, reason="batal")
    assert risks.list_risks(db) == []
    compensate_all(db, [undone], actor=OFFICER, reason="ulang")
    [item] = risks.list_risks(db)
    assert (item.threat, item.level, item.mitigation) == (
        "politik_uang",
        3,
        "Patroli dini hari di desa rawan serangan fajar",
    )


def test_undo_of_mark_done_restores_the_status(db):
    risk_id = add(db, status="in_progress").change.entity_id
    edit = risks.set_risk(db, risk_id, actor=OFFICER, status="done")
    compensate_all(db, [edit], actor=OFFICER, reason="batal")
    assert risks.get_risk(db, risk_id).status == "in_progress"


def test_undo_of_giving_a_due_date_or_an_area_takes_it_away_again(db):
    risk_id = add(db, due=None, node_code=None).change.entity_id
    edit = risks.set_risk(db, risk_id, actor=OFFICER, due="27/11/2024", node_code=TPS1)
    assert risks.get_risk(db, risk_id).node_name == "TPS 001"
    compensate_all(db, [edit], actor=OFFICER, reason="batal")
    item = risks.get_risk(db, risk_id)
    assert (item.due, item.node_code, item.node_name) == (None, None, "")
    assert risks.list_risks(db, overdue_on=D(2030, 1, 1)) == []  # no date: never overdue
    assert risks.list_risks(db, under="36") == []  # no area: in no area's list


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "field", "words"),
    [
        ({"stage_id": "no-such-stage"}, "stage", "no stage"),
        ({"stage_id": ""}, "stage", "no stage"),
        ({"node_code": "36.99"}, "node", "unknown area or TPS '36.99'"),
        ({"node_code": "36.02.01.2002.009"}, "node", "unknown area or TPS"),
        ({"threat": "tawuran"}, "threat", "unknown threat category 'tawuran'"),
        ({"level": 4}, "level", "outside 0-3"),
        ({"level": -1}, "level", "outside 0-3"),
        ({"level": True}, "level", "not a level"),
        ({"level": "parah"}, "level", "not a level"),
        ({"status": "beres"}, "status", "unknown status 'beres'"),
        ({"agency": "polisi"}, "agency", "unknown agency 'polisi'"),
        ({"agency": ""}, "agency", "unknown agency"),
        ({"due": "31/11/2024"}, "due", "no such day"),
        ({"due": "besok"}, "due", "not a date"),
        ({"due": "1/1/1850"}, "due", "not a date"),
        ({"due": dt.datetime(2024, 11, 27, 7, 0)}, "due", "a time, not a date"),
        ({"mitigation": "   "}, "mitigation", "mitigation is required"),
        ({"mitigation": "x" * 4001}, "mitigation", "at most 4000"),
        ({"note": 5}, "note", "not text"),
    ],
)
def test_a_bad_field_is_refused_by_name_and_nothing_is_written(db, db_path, kw, field, words):
    add(db)
    before = dump(db_path)
    with pytest.raises(RiskRefused, match=words) as caught:
        add(db, **kw)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert dump(db_path) == before


def test_set_refuses_bad_values_unknown_fields_and_deleted_lines(db, db_path):
    risk_id = add(db).change.entity_id
    before = dump(db_path)
    with pytest.raises(RiskRefused, match="status"):
        risks.set_risk(db, risk_id, actor=OFFICER, status="x")
    with pytest.raises(RiskRefused, match="has no field"):
        risks.set_risk(db, risk_id, actor=OFFICER, colour="red")
    with pytest.raises(RiskRefused, match="no risk") as caught:
        risks.set_risk(db, "0000-none", actor=OFFICER, status="done")
    assert caught.value.field == "id"
    assert dump(db_path) == before
    risks.delete_risk(db, risk_id, actor=OFFICER)
    with pytest.raises(RiskRefused, match="deleted"):
        risks.set_risk(db, risk_id, actor=OFFICER, status="done")
    with pytest.raises(RiskRefused, match="no risk"):
        risks.delete_risk(db, risk_id, actor=OFFICER)


def test_a_deleted_stage_is_refused_for_new_lines(db):
    stage = risks.find_stage(db, "Pelantikan")
    stages.delete_stage(db, stage.id, actor=OFFICER, reason="tidak dipakai")
    with pytest.raises(RiskRefused, match="no stage") as caught:
        add(db, stage_id=stage.id)
    assert caught.value.field == "stage"


# --- finding stages and lines --------------------------------------------------------------


def test_stages_are_found_by_id_name_or_a_unique_start(db):
    quiet = stages.list_stages(db)
    masa = next(s for s in quiet if s.name == "Masa tenang")
    assert risks.find_stage(db, masa.id) == masa
    assert risks.find_stage(db, "MASA TENANG") == masa
    assert risks.find_stage(db, "masa") == masa
    assert risks.find_stage(db, "Rekapitulasi di PPK").name.startswith("Rekapitulasi di PPK")
    with pytest.raises(RiskRefused, match="fits several stages"):
        risks.find_stage(db, "Rekapitulasi")
    with pytest.raises(RiskRefused, match="no stage 'Debat'"):
        risks.find_stage(db, "Debat")


def test_lines_are_found_by_a_unique_start_of_their_id(db):
    risk_id = add(db).change.entity_id
    assert risks.find_risk(db, risk_id[:8]).id == risk_id
    assert risks.find_risk(db, risk_id.upper()).id == risk_id
    with pytest.raises(RiskRefused, match="at least 4"):
        risks.find_risk(db, risk_id[:3])
    with pytest.raises(RiskRefused, match="no risk"):
        risks.find_risk(db, "zzzzzzzz")


# --- filters and overdue --------------------------------------------------------------------


def test_filters_combine_in_sql(db):
    kampanye = stage_id(db, "Kampanye")
    rekap = stage_id(db, "Penghitungan dan rekapitulasi suara")
    ppk = stage_id(db, "Rekapitulasi di PPK")
    a = add(db, stage_id=kampanye, node_code="36.02.01", agency="tni").change.entity_id
    b = add(db, stage_id=kampanye, node_code="36.01", status="done").change.entity_id
    c = add(db, stage_id=ppk, node_code=TPS1, threat="konflik_massa").change.entity_id
    d = add(db, node_code=None, agency="bawaslu", status="in_progress").change.entity_id

    def ids(**kw):
        return {r.id for r in risks.list_risks(db, **kw)}

    assert ids() == {a, b, c, d}
    assert ids(stage_id=kampanye) == {a, b}
    assert ids(stage_id=rekap) == {c}  # a stage shows its sub-stages' lines
    assert ids(stage_id=rekap, substages=False) == set()
    assert ids(under="36.02") == {a, c}
    assert ids(under="36.02.01.2002") == {c}
    assert ids(areas=["36.01", "36.02.01"]) == {a, b, c}
    assert ids(areas=[]) == set()
    assert ids(agency="tni") == {a}
    assert ids(status="done") == {b}
    assert ids(status=["planned", "berjalan"]) == {a, c, d}
    assert ids(stage_id=kampanye, under="36.02", agency="tni", status="planned") == {a}
    with pytest.raises(RiskRefused, match="unknown status"):
        risks.list_risks(db, status="x")


def test_lines_come_in_stage_order_worst_first(db):
    add(db, stage_id=stage_id(db, "Pemungutan suara"), level=1)
    add(db, stage_id=stage_id(db, "Pemungutan suara"), level=3)
    add(db, stage_id=stage_id(db, "Kampanye"), level=2)
    order = [(r.stage_name, r.level) for r in risks.list_risks(db)]
    assert order == [("Kampanye", 2), ("Pemungutan suara", 3), ("Pemungutan suara", 1)]


def test_overdue_is_due_before_today_and_not_done(db):
    late = add(db, due=D(2024, 11, 24), status="in_progress").change.entity_id
    done = add(db, due=D(2024, 11, 24), status="done").change.entity_id
    today = add(db, due=D(2024, 11, 25)).change.entity_id
    add(db, due=None)
    found = {r.id: r.overdue for r in risks.list_risks(db, today=D(2024, 11, 25))}
    assert found[late] and not found[done] and not found[today]
    assert [r.id for r in risks.list_risks(db, overdue_on=D(2024, 11, 25))] == [late]
    assert {r.id for r in risks.list_risks(db, overdue_on=D(2024, 11, 26))} == {late, today}
    risks.set_risk(db, late, actor=OFFICER, status="done")
    assert risks.list_risks(db, overdue_on=D(2024, 11, 25)) == []


def test_overdue_without_a_day_counts_from_today_in_wib(db, monkeypatch):
    add(db, due=D(2024, 11, 24))
    monkeypatch.setattr(risks, "wib_today", lambda: D(2024, 11, 24))
    assert not risks.list_risks(db)[0].overdue
    monkeypatch.setattr(risks, "wib_today", lambda: D(2024, 11, 25))
    assert risks.list_risks(db)[0].overdue


def test_wib_today_is_the_day_in_banten():
    def banten_day():
        return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=7)).date()

    before = banten_day()
    assert risks.wib_today() in {before, banten_day()}


# --- agencies -------------------------------------------------------------------------------


def test_default_agencies_then_added_renamed_hidden_as_changes(db, db_path):
    assert [a.key for a in risks.agencies(db)] == [
        "polri",
        "tni",
        "bpbd",
        "dinkes",
        "kpu",
        "bawaslu",
        "pemda",
    ]
    key = risks.add_agency(db, "Satpol PP", actor=OFFICER)
    assert key == "satpol_pp"
    risks.edit_agencies(db, actor=OFFICER, rename={"pemda": "Pemprov Banten"}, hide=["dinkes"])
    listed = {a.key: a for a in risks.agencies(db)}
    assert listed["pemda"].label == "Pemprov Banten" and "dinkes" not in listed
    assert listed["satpol_pp"].shipped is False
    assert risks.agency_labels(db)["dinkes"] == "Dinkes"  # hidden, still named
    add(db, agency="satpol_pp")
    before = dump(db_path)
    with pytest.raises(RiskRefused, match="already on the list"):
        risks.edit_agencies(db, actor=OFFICER, add=["Linmas", "polri"])
    with pytest.raises(RiskRefused, match="unknown agency 'nope'"):
        risks.edit_agencies(db, actor=OFFICER, add=["Linmas"], hide=["nope"])
    with pytest.raises(RiskRefused, match="needs a name"):
        risks.edit_agencies(db, actor=OFFICER, rename={"tni": "  "})
    assert dump(db_path) == before  # all or nothing


def test_a_hidden_agency_stays_on_its_lines_but_is_not_offered_for_new_ones(db):
    risk_id = add(db, agency="dinkes").change.entity_id
    risks.edit_agencies(db, actor=OFFICER, hide=["dinkes"])
    with pytest.raises(RiskRefused, match="hidden") as caught:
        add(db, agency="dinkes")
    assert caught.value.field == "agency"
    edit = risks.set_risk(db, risk_id, actor=OFFICER, agency="dinkes", status="done")
    assert edit.change.values == {"status": "done"}
    assert risks.get_risk(db, risk_id).agency_label == "Dinkes"
    risks.edit_agencies(db, actor=OFFICER, add=["Dinkes"])  # shown again
    assert "dinkes" in {a.key for a in risks.agencies(db)}


def test_agencies_are_found_by_key_or_name(db):
    assert risks.find_agency(db, "BPBD").key == "bpbd"
    assert risks.find_agency(db, " Polri ").key == "polri"
    with pytest.raises(RiskRefused, match="unknown agency 'polisi'; use one of polri"):
        risks.find_agency(db, "polisi")


# --- statuses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("planned", "planned"),
        ("Direncanakan", "planned"),
        ("in progress", "in_progress"),
        ("berjalan", "in_progress"),
        ("SELESAI", "done"),
    ],
)
def test_statuses_in_english_or_indonesian(typed, key):
    assert risks.parse_status(typed) == key


# --- the demo register ----------------------------------------------------------------------


def test_the_demo_has_a_register_of_the_five_situations_in_one_change(demo):
    found = risks.list_risks(demo, today=D(2024, 11, 25))
    assert 12 <= len(found) <= 20
    with demo.engine.connect() as conn:
        logged = conn.exec_driver_sql(
            "SELECT op, reason FROM change_log WHERE entity = 'risk'"
        ).all()
    assert len(logged) == 1 and logged[0][0] == "create_many"
    assert "data demo" in logged[0][1]

    def lines(stage_name, threats, under=None):
        return [
            r
            for r in found
            if r.stage_name.startswith(stage_name)
            and r.threat in threats
            and (under is None or (r.node_code or "").startswith(under))
        ]

    # Crowds at KPU offices at registration, in Kota Serang.
    assert lines("Pendaftaran pasangan calon", {"konflik_massa", "unjuk_rasa"}, "36.73")
    # Supporter clashes in the campaign, in several kabupaten.
    clashes = lines("Kampanye", {"bentrok_pendukung"})
    assert len({r.node_code[:5] for r in clashes}) >= 3
    # Dawn money politics in the quiet period.
    dawn = lines("Masa tenang", {"politik_uang"})
    assert dawn and any("serangan fajar" in (r.mitigation + r.note).lower() for r in dawn)
    # Floods and landslides at TPS in Lebak and Pandeglang on voting day.
    for under, threat in (("36.02", "banjir"), ("36.02", "longsor"), ("36.01", "banjir")):
        [tps] = lines("Pemungutan suara", {threat}, under + ".")
        assert len(tps.node_code) == len(TPS1), tps.node_code
    # Crowds at PPK offices during recapitulation.
    assert lines("Rekapitulasi di PPK", {"konflik_massa", "penolakan_hasil"})

    assert {r.status for r in found} == {"planned", "in_progress", "done"}
    assert len({r.agency for r in found}) >= 5
    assert 2 <= sum(r.overdue for r in found) < len(found)
    assert all(r.mitigation and r.stage_name and r.node_name for r in found)


def test_the_demo_register_follows_the_unit_jurisdiction(demo):
    lebak = units.unit_areas(demo, units.find_unit(demo, "Polres Lebak").id)
    found = risks.list_risks(demo, areas=lebak)
    assert found and all(r.node_code.startswith("36.02") for r in found)


def test_the_demo_register_needs_the_pilkada_stages(db):
    for stage in stages.list_stages(db):
        if stage.parent_id is None:
            stages.delete_stage(db, stage.id, actor=OFFICER, reason="kosong")
    before = change_count(db)
    with pytest.raises(RiskRefused, match="needs the stage"):
        risks.load_demo_register(db, actor="demo")
    assert change_count(db) == before


def test_the_demo_register_can_be_loaded_on_a_new_pilkada_database(db):
    edit = risks.load_demo_register(db, actor="demo")
    assert edit.change.op == "create_many"
    found = risks.list_risks(db)
    assert len(found) == len(edit.change.values["items"])
    # Without mapped disasters or TPS there, voting-day lines fall back to a TPS or kecamatan.
    assert all(r.node_name for r in found)
    [undone] = compensate_all(db, [edit], actor="demo", reason="batal")
    assert risks.list_risks(db) == []
    assert changelog.load_changes(db)[-1].id == undone.change.id
