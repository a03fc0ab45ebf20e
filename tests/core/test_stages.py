"""The stage clock and the schedule's rules, on the shipped 2024 templates and on made-up
schedules: what the clock says is what the officer reads in the window and the report."""

import datetime as dt
import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commandpost.core.stages import (
    Stage,
    StageError,
    check_schedule,
    h_label,
    load_template,
    local_day,
    ordered,
    schedule_problems,
    span,
    stage_clock,
)
from commandpost.paths import RESOURCES

D = dt.date
UTC = dt.UTC
TEMPLATES = RESOURCES / "templates"
PILKADA_DAY = D(2024, 11, 27)


def _stages(template) -> list[Stage]:
    return [
        Stage(t.key, t.name, t.start, t.end, t.parent, t.kind, i, t.threats)
        for i, t in enumerate(template.stages)
    ]


@pytest.fixture(scope="module")
def pilkada():
    return load_template(TEMPLATES / "stages_pilkada_2024.json")


@pytest.fixture(scope="module")
def pemilu():
    return load_template(TEMPLATES / "stages_pemilu_2024.json")


@pytest.fixture(scope="module")
def pilkada_stages(pilkada):
    return _stages(pilkada)


def _text(stages, day, voting_day=PILKADA_DAY, zone="WIB"):
    return stage_clock(stages, voting_day, day, zone).text()


# -- around voting day and at the edges of stages --------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2024, 11, 15), "Kampanye, H-12"),
        (D(2024, 11, 26), "Masa tenang, H-1"),
        (D(2024, 11, 27), "Pemungutan suara, hari H"),
        (D(2024, 11, 28), "Penghitungan suara di TPS, H+1"),
        (D(2024, 11, 30), "Rekapitulasi di PPK (kecamatan), H+3"),
        (D(2024, 12, 16), "Rekapitulasi di KPU provinsi, H+19"),
        (D(2025, 2, 20), "Pelantikan, H+85"),
    ],
)
def test_clock_text_around_voting_day(pilkada_stages, day, expected):
    assert _text(pilkada_stages, day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2024, 9, 24), "Pembentukan PPK, PPS dan KPPS, H-64"),  # the day before Kampanye
        (D(2024, 9, 25), "Kampanye, H-63"),  # its first day
        (D(2024, 11, 23), "Kampanye, H-4"),  # its last day: the end is included
        (D(2024, 11, 24), "Masa tenang, H-3"),  # the day after
    ],
)
def test_first_and_last_day_belong_to_the_stage(pilkada_stages, day, expected):
    assert _text(pilkada_stages, day) == expected


def test_voting_day_inside_counting_and_recapitulation_shows_the_vote_first(pilkada_stages):
    clock = stage_clock(pilkada_stages, PILKADA_DAY, D(2024, 11, 27))
    assert [s.name for s in clock.current] == [
        "Pemungutan suara",
        "Penghitungan suara di TPS",
        "Penghitungan dan rekapitulasi suara",
    ]
    assert clock.stage.kind == "voting"
    assert (clock.day_offset, clock.h) == (0, "hari H")


def test_a_sub_stage_wins_over_its_longer_parent(pilkada_stages):
    clock = stage_clock(pilkada_stages, PILKADA_DAY, D(2024, 8, 28))
    names = [s.name for s in clock.current]
    assert names[0] == "Pendaftaran pasangan calon"
    assert names.index("Penelitian persyaratan calon") < names.index("Pencalonan")
    # Overlapping sub-stages of the recapitulation: the shorter one is shown.
    assert _text(pilkada_stages, D(2024, 12, 2)) == "Rekapitulasi di KPU kabupaten/kota, H+5"


def test_equal_spans_go_to_the_deeper_stage_then_to_the_later_start():
    parent = Stage("p", "Rekapitulasi", D(2024, 12, 1), D(2024, 12, 5))
    same = Stage("c", "Rekapitulasi kabupaten", D(2024, 12, 1), D(2024, 12, 5), parent_id="p")
    assert stage_clock([parent, same], None, D(2024, 12, 3)).current == (same, parent)
    assert stage_clock([same, parent], None, D(2024, 12, 3)).current == (same, parent)

    early = Stage("a", "Patroli A", D(2024, 12, 1), D(2024, 12, 3))
    late = Stage("b", "Patroli B", D(2024, 12, 2), D(2024, 12, 4))
    assert stage_clock([late, early], None, D(2024, 12, 3)).current == (late, early)
    assert stage_clock([early, late], None, D(2024, 12, 3)).current == (late, early)

    # Depth comes before the start: a sub-stage beats an equally long stage begun later.
    outer = Stage("o", "Pengamanan", D(2024, 12, 1), D(2024, 12, 10))
    sub = Stage("s", "Pengawalan logistik", D(2024, 12, 2), D(2024, 12, 4), parent_id="o")
    other = Stage("x", "Patroli", D(2024, 12, 3), D(2024, 12, 5))
    clock = stage_clock([outer, other, sub], None, D(2024, 12, 3))
    assert clock.current == (sub, other, outer)


def test_an_undated_group_takes_its_sub_stages_span():
    group = Stage("g", "Pencalonan", None, None)
    first = Stage("a", "Pendaftaran", D(2024, 8, 27), D(2024, 8, 29), parent_id="g")
    last = Stage("b", "Penetapan", D(2024, 9, 22), D(2024, 9, 22), parent_id="g")
    empty = Stage("e", "Kosong", None, None)
    stages = [group, first, last, empty]
    assert span(group, stages) == (D(2024, 8, 27), D(2024, 9, 22))
    assert span(empty, stages) is None
    assert stage_clock(stages, None, D(2024, 8, 28)).current == (first, group)
    between = stage_clock(stages, None, D(2024, 9, 1))
    assert between.current == (group,) and between.text() == "Pencalonan"
    assert stage_clock(stages, None, D(2024, 9, 23)).current == ()


# -- time zones --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "zone", "expected"),
    [
        # 16.30 UTC: 23.30 WIB on the 26th, but already past midnight in WITA and WIT.
        (dt.datetime(2024, 11, 26, 16, 30, tzinfo=UTC), "WIB", "Masa tenang, H-1"),
        (dt.datetime(2024, 11, 26, 16, 30, tzinfo=UTC), "WITA", "Pemungutan suara, hari H"),
        (dt.datetime(2024, 11, 26, 16, 30, tzinfo=UTC), "WIT", "Pemungutan suara, hari H"),
        # 17.30 UTC is 00.30 WIB on the 27th.
        (dt.datetime(2024, 11, 26, 17, 30, tzinfo=UTC), "WIB", "Pemungutan suara, hari H"),
        # Midnight exactly in WIT, and the minute before.
        (dt.datetime(2024, 11, 26, 14, 59, tzinfo=UTC), "WIT", "Masa tenang, H-1"),
        (dt.datetime(2024, 11, 26, 15, 0, tzinfo=UTC), "WIT", "Pemungutan suara, hari H"),
        # The end of voting day in WIB: 23.59 WIB is still hari H, 00.00 is H+1.
        (dt.datetime(2024, 11, 27, 16, 59, tzinfo=UTC), "WIB", "Pemungutan suara, hari H"),
        (dt.datetime(2024, 11, 27, 17, 0, tzinfo=UTC), "WIB", "Penghitungan suara di TPS, H+1"),
        # A moment written in WITA, read by a post in WIB: 00.30 WITA is 23.30 WIB.
        (
            dt.datetime(2024, 11, 27, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            "WIB",
            "Masa tenang, H-1",
        ),
        # A local date is taken as it is, whatever the zone.
        (D(2024, 11, 26), "WIT", "Masa tenang, H-1"),
    ],
)
def test_the_post_zone_decides_the_day(pilkada_stages, moment, zone, expected):
    assert _text(pilkada_stages, moment, zone=zone) == expected


@pytest.fixture
def laptop_in_new_york(monkeypatch):
    """The laptop's own zone is far from UTC, so a naive time read as local time would show."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_naive_time_is_utc_whatever_the_laptop_zone(pilkada_stages, laptop_in_new_york):
    naive = dt.datetime(2024, 11, 26, 17, 30)
    assert local_day(naive, "WIB") == D(2024, 11, 27)
    assert _text(pilkada_stages, naive, zone="WIB") == "Pemungutan suara, hari H"
    assert local_day(dt.datetime(2024, 11, 26, 16, 30), "WIB") == D(2024, 11, 26)


def test_an_unknown_zone_is_refused(pilkada_stages):
    with pytest.raises(StageError, match="WIB, WITA or WIT") as caught:
        stage_clock(pilkada_stages, PILKADA_DAY, dt.datetime(2024, 11, 27, tzinfo=UTC), "PST")
    assert caught.value.code == "unknown_zone"
    assert local_day(dt.datetime(2024, 11, 26, 16, 30, tzinfo=UTC), " wita ") == PILKADA_DAY


# -- no voting day, outside the stages ---------------------------------------------------------


def test_without_a_voting_day_there_is_no_h(pilkada_stages):
    clock = stage_clock(pilkada_stages, None, D(2024, 11, 15))
    assert (clock.day_offset, clock.h) == (None, None)
    assert clock.text() == "Kampanye"
    assert stage_clock([], None, D(2024, 11, 15)).text() == "di luar tahapan"


def test_h_labels():
    assert [h_label(n) for n in (-12, -1, 0, 1, 3)] == ["H-12", "H-1", "hari H", "H+1", "H+3"]


def test_outside_all_stages_the_clock_says_so_and_names_the_next(pilkada_stages):
    between = stage_clock(pilkada_stages, PILKADA_DAY, D(2025, 1, 1))
    assert between.current == () and between.stage is None
    assert between.text() == "di luar tahapan, H+35"
    assert between.text(outside="outside the stages") == "outside the stages, H+35"
    assert between.next_stage.name == "Perselisihan hasil di MK (putusan dismissal)"

    before = stage_clock(pilkada_stages, PILKADA_DAY, D(2024, 1, 1))
    assert before.text() == "di luar tahapan, H-331"
    assert before.next_stage.name == "Pembentukan PPK, PPS dan KPPS"

    after = stage_clock(pilkada_stages, PILKADA_DAY, D(2025, 3, 1))
    assert after.text() == "di luar tahapan, H+94"
    assert after.next_stage is None


def test_the_next_stage_on_the_eve_of_voting_day(pilkada_stages):
    clock = stage_clock(pilkada_stages, PILKADA_DAY, D(2024, 11, 26))
    assert clock.next_stage.name == "Pemungutan suara"


# -- the schedule's rules ----------------------------------------------------------------------

NOV = [D(2024, 11, d) for d in range(1, 31)]


def _s(id_, start=NOV[0], end=NOV[9], parent=None, name=None, kind="other"):
    return Stage(id_, id_.upper() if name is None else name, start, end, parent, kind)


@pytest.mark.parametrize(
    ("schedule", "code"),
    [
        ([_s("a", name="   ")], "no_name"),
        ([_s("a", end=None)], "one_date"),
        ([_s("a", start=None)], "one_date"),
        ([_s("a", start=D(1999, 12, 31))], "date_range"),
        ([_s("a", end=D(2101, 1, 1))], "date_range"),
        ([_s("a", start=NOV[27], end=NOV[26])], "end_before_start"),
        ([_s("a", kind="pesta")], "unknown_kind"),
        ([_s("a"), _s("b", parent="zz")], "no_parent"),
        ([_s("a", parent="a")], "cycle"),
        ([_s("a", parent="b"), _s("b", parent="a")], "cycle"),
        ([_s("a"), _s("b", start=NOV[5], end=NOV[10], parent="a")], "outside_parent"),
        ([_s("a", start=NOV[5]), _s("b", start=NOV[4], end=NOV[6], parent="a")], "outside_parent"),
        # Through an undated group: the group's span is its sub-stages', inside "a" or not.
        (
            [_s("a"), _s("g", None, None, "a"), _s("b", NOV[8], NOV[12], "g")],
            "outside_parent",
        ),
    ],
)
def test_each_rule_of_the_schedule_is_named(schedule, code):
    with pytest.raises(StageError) as caught:
        check_schedule(schedule)
    assert caught.value.code == code


def test_what_the_rules_allow():
    check_schedule(
        [
            _s("a"),  # 1–10 November
            _s("first", NOV[0], NOV[0], "a"),  # on the parent's first day
            _s("last", NOV[9], NOV[9], "a"),  # on its last day
            _s("g", None, None, "a"),  # an undated group inside a dated stage
            _s("inner", NOV[2], NOV[4], "g"),
            _s("empty", None, None),  # a group without sub-stages yet
            _s("later", NOV[20], NOV[29]),  # overlaps nothing, needs nothing
        ]
    )


def test_end_before_start_says_both_dates():
    with pytest.raises(StageError, match=r"ends \(2024-11-27\) before it starts") as caught:
        check_schedule([_s("a", start=NOV[27], end=NOV[26], name="Rekap")])
    assert caught.value.values == {"start": NOV[27], "end": NOV[26], "stage": "a"}


def test_schedule_problems_lists_every_stage_that_breaks_a_rule():
    schedule = [
        _s("a"),
        _s("b", NOV[5], NOV[12], "a"),  # outside a
        _s("ok", NOV[1], NOV[2], "a"),
        _s("c", NOV[3], NOV[2]),  # ends before it starts
        _s("d", parent="gone"),
    ]
    found = [(p.code, p.values["stage"]) for p in schedule_problems(schedule)]
    assert found == [("outside_parent", "b"), ("end_before_start", "c"), ("no_parent", "d")]
    assert schedule_problems(schedule[:1] + schedule[2:3]) == []


def test_stages_that_loop_round_each_other_are_still_listed_and_spanned():
    # Two posts' edits merged: a group under b, b under the group.
    loop = [
        _s("g", None, None, "b"),
        _s("b", None, None, "g"),
        _s("x", NOV[3], NOV[4], "g"),
        _s("top"),
    ]
    assert span(loop[0], loop) == (NOV[3], NOV[4])
    assert span(loop[1], loop) == (NOV[3], NOV[4])
    assert sorted(s.id for s in ordered(loop)) == ["b", "g", "top", "x"]
    assert ordered(loop)[0].id == "top"
    assert {p.code for p in schedule_problems(loop)} == {"cycle"}
    clock = stage_clock(loop, None, NOV[3])
    ids = [s.id for s in clock.current]
    assert sorted(ids) == ["b", "g", "top", "x"] and ids[-1] == "top"


# -- the shipped templates ---------------------------------------------------------------------


def _taxonomy_categories() -> set[str]:
    data = json.loads((TEMPLATES / "threat_taxonomy.json").read_text(encoding="utf-8"))
    return {c["key"] for c in data["categories"]}


@pytest.mark.parametrize(
    ("name", "key", "kind", "voting_day", "count", "top"),
    [
        ("pilkada", "pilkada_2024", "pilkada", D(2024, 11, 27), 19, 10),
        ("pemilu", "pemilu_2024", "pemilu", D(2024, 2, 14), 10, 8),
    ],
)
def test_shipped_templates(request, name, key, kind, voting_day, count, top):
    tmpl = request.getfixturevalue(name)
    stages = _stages(tmpl)
    assert (tmpl.key, tmpl.kind, tmpl.voting_day) == (key, kind, voting_day)
    assert tmpl.basis.startswith("PKPU")
    assert len(stages) == count
    assert sum(1 for s in stages if s.parent_id is None) == top
    voting = [s for s in stages if s.kind == "voting"]
    assert [(s.name, s.start, s.end) for s in voting] == [
        ("Pemungutan suara", voting_day, voting_day)
    ]
    by_id = {s.id: s for s in stages}
    for s in stages:
        assert s.start is not None and s.end is not None and s.start <= s.end, s.name
        if s.parent_id is not None:
            parent = by_id[s.parent_id]
            assert parent.start <= s.start and s.end <= parent.end, s.name
    categories = _taxonomy_categories()
    unknown = {(s.id, t) for s in stages for t in s.threats if t not in categories}
    assert unknown == set()
    assert all(s.threats for s in stages if s.kind in ("campaign", "quiet", "voting"))
    assert _text(stages, voting_day, voting_day) == "Pemungutan suara, hari H"
    assert _text(stages, voting_day - dt.timedelta(days=1), voting_day) == "Masa tenang, H-1"


def test_pilkada_dates_follow_pkpu_2_2024(pilkada):
    dates = {t.key: (t.start, t.end) for t in pilkada.stages}
    assert dates["pendaftaran"] == (D(2024, 8, 27), D(2024, 8, 29))
    assert dates["penetapan"] == (D(2024, 9, 22), D(2024, 9, 22))
    assert dates["kampanye"] == (D(2024, 9, 25), D(2024, 11, 23))
    assert dates["masa_tenang"] == (D(2024, 11, 24), D(2024, 11, 26))
    assert dates["rekapitulasi"] == (D(2024, 11, 27), D(2024, 12, 16))
    assert dates["pelantikan"] == (D(2025, 2, 20), D(2025, 2, 20))


def test_pemilu_counting_then_recapitulation(pemilu):
    stages = _stages(pemilu)
    day = pemilu.voting_day
    assert _text(stages, D(2024, 2, 15), day) == "Penghitungan suara, H+1"
    assert _text(stages, D(2024, 2, 16), day) == "Rekapitulasi hasil penghitungan suara, H+2"
    assert _text(stages, D(2024, 2, 10), day) == "Kampanye, H-4"


def test_a_broken_template_never_loads(tmp_path):
    data = json.loads((TEMPLATES / "stages_pilkada_2024.json").read_text(encoding="utf-8"))
    rekap = next(s for s in data["stages"] if s["key"] == "rekapitulasi")
    rekap["children"][-1]["end"] = "2024-12-17"  # a day after the recapitulation ends
    broken = tmp_path / "stages_broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StageError, match="Rekapitulasi di KPU provinsi") as caught:
        load_template(broken)
    assert caught.value.code == "outside_parent"

    rekap["children"][-1]["end"] = "2024-12-16"
    rekap["children"][-1]["key"] = "rekap_ppk"  # the key of a sibling
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StageError) as caught:
        load_template(broken)
    assert caught.value.code == "duplicate_key"


def test_ordered_puts_parents_before_their_sub_stages_and_siblings_by_date(pilkada_stages):
    shuffled = list(reversed(pilkada_stages))
    result = ordered(shuffled)
    assert sorted(s.id for s in result) == sorted(s.id for s in pilkada_stages)
    seen: set[str] = set()
    for s in result:
        assert s.parent_id is None or s.parent_id in seen, s.name
        seen.add(s.id)
    top = [s.start for s in result if s.parent_id is None]
    assert top == sorted(top)
    assert [s.id for s in result if s.parent_id == "rekapitulasi"] == [
        "penghitungan_tps",
        "rekap_ppk",
        "rekap_kabkota",
        "rekap_provinsi",
    ]


# -- property: the clock lists exactly the stages that cover the day ---------------------------

BASE = D(2024, 11, 1)


@st.composite
def schedules(draw):
    """Top-level stages (dated, or undated groups), each with up to three sub-stages that
    lie inside a dated parent, and sometimes a sub-sub-stage."""
    stages: list[Stage] = []
    for i in range(draw(st.integers(1, 6))):
        pid = f"s{i}"
        dated = draw(st.booleans())
        if dated:
            start = draw(st.integers(0, 40))
            end = start + draw(st.integers(0, 15))
        else:
            start, end = 0, 60
        stages.append(
            Stage(
                pid,
                f"Tahap {i}",
                BASE + dt.timedelta(days=start) if dated else None,
                BASE + dt.timedelta(days=end) if dated else None,
                position=i,
            )
        )
        for j in range(draw(st.integers(0 if dated else 1, 3))):
            a = draw(st.integers(start, end))
            b = draw(st.integers(a, end))
            cid = f"{pid}.{j}"
            stages.append(
                Stage(
                    cid,
                    f"Sub {i}.{j}",
                    BASE + dt.timedelta(days=a),
                    BASE + dt.timedelta(days=b),
                    pid,
                    position=j,
                )
            )
            if draw(st.booleans()):
                c = draw(st.integers(a, b))
                stages.append(
                    Stage(
                        f"{cid}.x",
                        f"Sub {i}.{j}.x",
                        BASE + dt.timedelta(days=c),
                        BASE + dt.timedelta(days=draw(st.integers(c, b))),
                        cid,
                    )
                )
    return stages


@given(schedules(), st.integers(-5, 70))
def test_the_clock_lists_exactly_the_stages_covering_the_day(stages, offset):
    check_schedule(stages)
    day = BASE + dt.timedelta(days=offset)
    clock = stage_clock(stages, BASE, day)
    spans = {s.id: span(s, stages) for s in stages}
    covering = {sid for sid, sp in spans.items() if sp and sp[0] <= day <= sp[1]}
    assert {s.id for s in clock.current} == covering
    assert len(clock.current) == len(covering)
    lengths = [(spans[s.id][1] - spans[s.id][0]).days for s in clock.current]
    assert lengths == sorted(lengths)
    assert clock.day_offset == offset
    if clock.stage is None:
        assert clock.text().startswith("di luar tahapan")
    else:
        # A sub-stage under way is shown before the stage it belongs to.
        ids = [s.id for s in clock.current]
        for s in clock.current:
            if s.parent_id in ids:
                assert ids.index(s.id) < ids.index(s.parent_id)


def test_subtree_takes_every_level_below_and_survives_a_loop():
    from commandpost.core.stages import Stage, subtree

    day = dt.date(2024, 11, 27)
    stages = [
        Stage("a", "A", day, day),
        Stage("b", "B", day, day, parent_id="a"),
        Stage("c", "C", day, day, parent_id="b"),
        Stage("d", "D", day, day),
        # Two stages that came to contain each other (merged edits) end the walk too.
        Stage("x", "X", None, None, parent_id="y"),
        Stage("y", "Y", None, None, parent_id="x"),
    ]
    assert subtree(stages, ["a"]) == {"a", "b", "c"}
    assert subtree(stages, ["b", "d"]) == {"b", "c", "d"}
    assert subtree(stages, ["x"]) == {"x", "y"}
