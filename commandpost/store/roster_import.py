"""Importing a personnel list (daftar personel) and a TPS security roster (PAM TPS) from
CSV/XLSX through the common reader.

What arrives (case C14): a workbook with a PERSONEL sheet (name, rank, NRP/NIP, unit,
position) and a PAM TPS sheet (village, unit, name, rank and NRP in one cell, position,
phone, the TPS each person guards written as ranges, ``1-5, 7``). Every sheet whose header
fits is read; a CSV is one sheet. Ranks are made canonical from the rank list
(``Brigpol`` = ``Brigadir``); NRP and NIP stay text. The same NRP on two sheets is one
person; twice on one sheet is refused. A PAM TPS row becomes an assignment to the cluster
of those TPS in that village; a unit written ``(BKO)``, or a position that says BKO, places
the person BKO to the unit that answers for the village.

Everything is checked before anything is written; any refused row refuses the whole file
(file, sheet, row and field named) and the database stays as it was. The plan is applied
as one change (batch operation ``import_roster``), in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commandpost.core.changes import Change
from commandpost.core.ranks import Rank, UnknownRank, split_rank_id
from commandpost.core.regions import Level
from commandpost.core.text import normalise
from commandpost.core.units import subtree
from commandpost.store import changelog
from commandpost.store.changelog import (
    ChangeError,
    Executor,
    Progress,
    add_to_lineage,
    batch_op,
)
from commandpost.store.database import Database
from commandpost.store.personnel import rank_book, tps_post_id, tps_post_name
from commandpost.store.sql import bindparam, text
from commandpost.store.units import UnitInfo, unit_key, units
from commandpost.tabular import (
    ERROR,
    CellProblem,
    Column,
    Problem,
    Problems,
    TableError,
    read_table,
    sheet_names,
)
from commandpost.tabular.values import (
    cell_text,
    clean_text,
    is_blank,
    parse_nrp,
    parse_tps_ranges,
)


class RosterMsg:
    """Messages of the roster import (English, {named} values; translated in the window)."""

    NEED_ID = "missing column: an NRP/NIP column, or rank and NRP in one column, is needed"
    NO_NUMBER = "{value!r} has no NRP or NIP after the rank (like BRIPKA/85011234)"
    NO_RANK = "{value!r} has no rank before the NRP (like BRIPKA/85011234)"
    UNKNOWN_RANK = "{value!r} is not a Polri or PNS rank"
    UNKNOWN_RANK_CLOSE = "{value!r} is not a Polri or PNS rank (did you mean {close}?)"
    NRP_FOR_PNS = "{rank} is a civil servant's rank: a NIP of 18 digits is expected, not {value}"
    NIP_FOR_POLRI = "{rank} is a Polri rank: an NRP of 8 digits is expected, not {value}"
    UNKNOWN_UNIT = "unit {value!r} is not in the unit list; add it there first"
    UNKNOWN_UNIT_CLOSE = (
        "unit {value!r} is not in the unit list (did you mean {close}?); add it there first"
    )
    TWICE_IN_SHEET = "NRP {nrp} is already on row {first_row}"
    OTHER_PERSON = "NRP {nrp} is {name} on row {first_row} of sheet {first_sheet}"
    OTHER_IN_DATABASE = "NRP {nrp} belongs to {name} in the database"
    NO_VILLAGE = "no village {value!r} in the database"
    VILLAGE_TWICE = "{value!r} names several villages ({codes}); add a village code column"
    NO_SUCH_TPS = "{village} has no TPS {numbers} in the database (it has {have})"
    NO_TPS_AT_ALL = "{village} has no TPS in the database yet; import its TPS list first"
    NO_ROWS = "the file holds no people"
    OUTSIDE = "{unit} does not answer for {village}: recorded as BKO to {target}"

    @classmethod
    def all(cls) -> list[str]:
        return [v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str)]


COLUMNS = (
    Column(
        "name", ("nama", "nama_lengkap", "name", "nama_personel", "nama_anggota"), required=True
    ),
    Column("rank", ("pangkat", "pangkat_golongan", "pangkat_gol", "pkt", "rank", "gol_pangkat")),
    Column("nrp", ("nrp", "nrp_nip", "nip", "nip_nrp", "no_nrp", "nomor_nrp")),
    Column(
        "rank_nrp",
        ("pangkat_nrp", "pangkat_nrp_nip", "pkt_nrp", "rank_nrp", "pangkat_dan_nrp", "pangkat_nip"),
    ),
    Column(
        "unit",
        ("satuan", "satker", "kesatuan", "unit", "satuan_asal", "asal_satuan", "satwil"),
        required=True,
    ),
    Column("position", ("jabatan", "jab", "position", "tugas")),
    Column(
        "phone",
        ("no_hp", "hp", "no_telp", "telepon", "no_telepon", "phone", "nomor_hp", "no_handphone"),
    ),
    Column("village", ("desa_kel", "desa", "kelurahan", "desa_kelurahan", "village", "kel_desa")),
    Column("village_code", ("kode_desa", "kode_desa_kel", "kode_wilayah", "kode_kel")),
    Column("tps", ("tps", "no_tps", "nomor_tps", "tps_no", "lokasi_tps")),
)
IDENTITY = ("nrp", "rank_nrp", "name")
_BKO = re.compile(r"\bbko\b", re.IGNORECASE)


@dataclass
class PlannedPerson:
    nrp: str
    name: str
    rank: str
    position: str
    unit_id: str
    phone: str
    bko_unit_id: str | None = None
    where: str = ""  # sheet and row, for the preview


@dataclass
class PlannedAssignment:
    nrp: str
    post_id: str
    post_name: str
    village: str
    tps: tuple[int, ...]


@dataclass
class RosterPlan:
    """A checked roster: people to add or update, posts and assignments to make, notes."""

    file: str
    people: list[PlannedPerson]
    assignments: list[PlannedAssignment]
    new: int = 0
    updated: int = 0
    notes: list[Problem] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)


class _Context:
    """What the checks look up once per import: units, villages, TPS, people on file."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.units: list[UnitInfo] = units(db)
        self.by_key = {unit_key(u.name): u for u in self.units}
        self._areas: dict[str, list[str]] = {}
        with db.engine.connect() as conn:
            self.villages: dict[str, list[tuple[str, str]]] = {}
            for code, name, norm in conn.execute(
                text("SELECT code, name, name_norm FROM node WHERE level = :l"),
                {"l": int(Level.VILLAGE)},
            ):
                self.villages.setdefault(norm, []).append((code, name))
            self.answering = dict(
                conn.execute(text("SELECT district_code, unit_id FROM area_share")).all()
            )
        self._tps: dict[str, set[int]] = {}

    def areas(self, unit_id: str) -> list[str]:
        """The areas a unit answers for, with those of the units below it (once per unit:
        the national bench calls this for every row)."""
        if unit_id not in self._areas:
            below = subtree(unit_id, {u.id: u.parent_id for u in self.units})
            self._areas[unit_id] = sorted({a for u in self.units if u.id in below for a in u.areas})
        return self._areas[unit_id]

    def unit(self, written: str) -> UnitInfo | None:
        return self.by_key.get(unit_key(written))

    def close_units(self, written: str) -> list[str]:
        import difflib

        keys = difflib.get_close_matches(unit_key(written), list(self.by_key), n=3, cutoff=0.6)
        return [self.by_key[k].name for k in keys]

    def tps_of(self, village: str) -> set[int]:
        if village not in self._tps:
            with self.db.engine.connect() as conn:
                self._tps[village] = set(
                    conn.execute(
                        text("SELECT number FROM tps WHERE village_code = :v"), {"v": village}
                    ).scalars()
                )
        return self._tps[village]


def _in_areas(code: str, areas: list[str]) -> bool:
    return any(code == a or code.startswith(a + ".") for a in areas)


def _ranges_text(numbers: list[int]) -> str:
    return tps_post_name(tuple(numbers)).removeprefix("TPS ")


def plan_roster_import(
    db: Database, path: Path | str, *, encoding: str | None = None
) -> RosterPlan:
    """Read and check a roster; raises ``TableError`` listing every refused row (file,
    sheet, row, field) so that nothing is applied, or returns the plan to preview."""
    path = Path(path)
    sheets = sheet_names(path) or [None]
    ctx = _Context(db)
    book = rank_book()
    errors: list[Problem] = []
    notes: list[Problem] = []
    found_any = False
    people: dict[str, PlannedPerson] = {}
    first_seen: dict[str, tuple[str | None, int, str]] = {}  # nrp → sheet, row, name
    assignments: list[PlannedAssignment] = []
    read_sheets: list[str] = []
    last_error: TableError | None = None
    for sheet in sheets:
        try:
            table = read_table(
                path,
                COLUMNS,
                kind="personnel list",
                identity=IDENTITY,
                encoding=encoding,
                sheet=sheet,
            )
        except TableError as exc:
            if sheet is None or len(sheets) == 1:
                raise
            last_error = exc
            continue
        if not (table.has("nrp") or table.has("rank_nrp")):
            errors.append(Problem.of(table.file, table.header_first, None, RosterMsg.NEED_ID))
            continue
        found_any = True
        read_sheets.append(sheet or table.file)
        problems = Problems(table.file, table.sheet)
        notes.extend(table.report())
        pos = table.positions
        in_sheet: dict[str, int] = {}
        rows = list(table.rows())
        # The areas of the units this sheet names (not BKO): where its villages are.
        sheet_areas: list[str] = []
        for _line, row in rows:
            i = pos.get("unit")
            written = cell_text(row[i]) if i is not None and i < len(row) else ""
            unit = ctx.unit(written) if written and not _BKO.search(written) else None
            if unit is not None:
                sheet_areas += ctx.areas(unit.id)
        for line, row in rows:

            def cell(key: str, row: list[Any] = row, pos: dict[str, int] = pos) -> Any:
                i = pos.get(key)
                return row[i] if i is not None and i < len(row) else None

            def fail(
                key: str | None,
                template: str,
                line: int = line,
                problems: Problems = problems,
                table: Any = table,
                **args: Any,
            ) -> None:
                problems.add(line, table.field(key) if key else None, template, **args)

            def fail_cell(
                key: str,
                exc: CellProblem,
                line: int = line,
                problems: Problems = problems,
                table: Any = table,
            ) -> None:
                problems.add_cell(line, table.field(key), exc)

            ok = True
            name = clean_text(cell("name")) if not is_blank(cell("name")) else ""
            if not name:
                fail("name", "empty; a value is needed")
                ok = False
            rank_text, nrp_raw, rank_key_col, nrp_col = "", None, "rank", "nrp"
            if table.has("rank_nrp") and not is_blank(cell("rank_nrp")):
                try:
                    rank_text, nrp_raw = split_rank_id(cell_text(cell("rank_nrp")))
                except ValueError:
                    written = cell_text(cell("rank_nrp"))
                    digits_only = written.replace(" ", "").isdigit()
                    template = RosterMsg.NO_RANK if digits_only else RosterMsg.NO_NUMBER
                    fail("rank_nrp", template, value=written)
                    ok = False
                rank_key_col = nrp_col = "rank_nrp"
            else:
                rank_text = cell_text(cell("rank"))
                nrp_raw = cell("nrp")
            if table.has("rank") and not is_blank(cell("rank")):
                rank_text, rank_key_col = cell_text(cell("rank")), "rank"
            nrp = ""
            if ok or nrp_raw is not None:
                if is_blank(nrp_raw):
                    fail(nrp_col if table.has(nrp_col) else "rank_nrp", "empty; a value is needed")
                    ok = False
                else:
                    try:
                        nrp = parse_nrp(nrp_raw)
                    except CellProblem as exc:
                        fail_cell(nrp_col, exc)
                        ok = False
            rank: Rank | None = None
            if not rank_text:
                if ok:
                    fail(rank_key_col, "empty; a value is needed")
                ok = False
            else:
                try:
                    rank = book.find(rank_text)
                except UnknownRank as exc:
                    if exc.suggestions:
                        close = ", ".join(exc.suggestions)
                        fail(
                            rank_key_col, RosterMsg.UNKNOWN_RANK_CLOSE, value=rank_text, close=close
                        )
                    else:
                        fail(rank_key_col, RosterMsg.UNKNOWN_RANK, value=rank_text)
                    ok = False
            if rank is not None and nrp:
                if rank.kind == "pns" and len(nrp) != 18:
                    fail(nrp_col, RosterMsg.NRP_FOR_PNS, rank=rank.short, value=nrp)
                    ok = False
                elif rank.kind == "polri" and len(nrp) != 8:
                    fail(nrp_col, RosterMsg.NIP_FOR_POLRI, rank=rank.short, value=nrp)
                    ok = False
            written_unit = cell_text(cell("unit"))
            position = clean_text(cell("position")) if not is_blank(cell("position")) else ""
            is_bko = bool(_BKO.search(written_unit) or _BKO.search(position))
            unit = ctx.unit(written_unit) if written_unit else None
            if not written_unit:
                fail("unit", "empty; a value is needed")
                ok = False
            elif unit is None:
                close = ctx.close_units(written_unit)
                if close:
                    fail(
                        "unit",
                        RosterMsg.UNKNOWN_UNIT_CLOSE,
                        value=written_unit,
                        close=", ".join(close),
                    )
                else:
                    fail("unit", RosterMsg.UNKNOWN_UNIT, value=written_unit)
                ok = False
            if nrp:
                if nrp in in_sheet:
                    fail(nrp_col, RosterMsg.TWICE_IN_SHEET, nrp=nrp, first_row=in_sheet[nrp])
                    ok = False
                else:
                    in_sheet[nrp] = line
                    earlier = first_seen.get(nrp)
                    if earlier and normalise(earlier[2]) != normalise(name) and name:
                        fail(
                            nrp_col,
                            RosterMsg.OTHER_PERSON,
                            nrp=nrp,
                            name=earlier[2],
                            first_row=earlier[1],
                            first_sheet=earlier[0] or table.file,
                        )
                        ok = False
                    elif not earlier and name:
                        first_seen[nrp] = (table.sheet, line, name)
            # A PAM TPS row: the village and its TPS.
            village: tuple[str, str] | None = None
            numbers: tuple[int, ...] = ()
            if table.has("tps") and not is_blank(cell("tps")):
                try:
                    numbers = parse_tps_ranges(cell("tps"))
                except CellProblem as exc:
                    fail_cell("tps", exc)
                    ok = False
                village = _village(ctx, cell, fail, unit, sheet_areas)
                if village is None:
                    ok = False
                elif numbers:
                    have = ctx.tps_of(village[0])
                    missing = [n for n in numbers if n not in have]
                    if missing and not have:
                        fail("tps", RosterMsg.NO_TPS_AT_ALL, village=f"{village[1]} ({village[0]})")
                        ok = False
                    elif missing:
                        fail(
                            "tps",
                            RosterMsg.NO_SUCH_TPS,
                            village=f"{village[1]} ({village[0]})",
                            numbers=_ranges_text(missing),
                            have=_ranges_text(sorted(have)),
                        )
                        ok = False
            if not ok or rank is None or unit is None:
                continue
            planned = people.get(nrp)
            if planned is None:
                planned = people[nrp] = PlannedPerson(
                    nrp,
                    name,
                    rank.key,
                    position,
                    unit.id,
                    cell_text(cell("phone")),
                    where=f"{table.sheet or table.file}:{line}",
                )
            else:  # the same person on another sheet: fill what that sheet lacked
                planned.position = planned.position or position
                planned.phone = planned.phone or cell_text(cell("phone"))
            if village is not None and numbers:
                answering = ctx.answering.get(village[0][:8])
                mine = _in_areas(village[0], ctx.areas(unit.id))
                if answering and not mine and answering != unit.id:
                    target = next((u.name for u in ctx.units if u.id == answering), answering)
                    if is_bko:
                        planned.bko_unit_id = answering
                    else:
                        planned.bko_unit_id = answering
                        problems.add(
                            line,
                            table.field("unit"),
                            RosterMsg.OUTSIDE,
                            severity="warning",
                            unit=unit.name,
                            village=village[1],
                            target=target,
                        )
                assignments.append(
                    PlannedAssignment(
                        nrp,
                        tps_post_id(village[0], numbers),
                        f"{village[1]} {tps_post_name(numbers)}",
                        village[0],
                        numbers,
                    )
                )
        errors.extend(p for p in problems.sorted() if p.severity == ERROR)
        notes.extend(p for p in problems.sorted() if p.severity != ERROR)
    if not found_any:
        if last_error is not None:
            raise last_error
        raise TableError([*errors, Problem.of(path.name, None, None, RosterMsg.NO_ROWS)])
    # Against the database: an NRP that is someone else there.
    existing = _existing(db, list(people))
    for nrp, planned in people.items():
        known = existing.get(nrp)
        if known is not None and normalise(known) != normalise(planned.name):
            sheet, _, line = planned.where.rpartition(":")
            errors.append(
                Problem.of(
                    path.name,
                    int(line),
                    "NRP",
                    RosterMsg.OTHER_IN_DATABASE,
                    sheet=sheet if sheets != [None] else None,
                    nrp=nrp,
                    name=known,
                )
            )
    if errors:
        raise TableError(sorted(errors, key=lambda p: (p.sheet or "", p.row or 0)))
    if not people:
        raise TableError([Problem.of(path.name, None, None, RosterMsg.NO_ROWS)])
    new = sum(1 for n in people if n not in existing)
    return RosterPlan(
        path.name,
        list(people.values()),
        assignments,
        new=new,
        updated=len(people) - new,
        notes=notes,
        sheets=[s for s in read_sheets if s],
    )


def _village(
    ctx: _Context,
    cell: Callable[[str], Any],
    fail: Callable[..., None],
    unit: UnitInfo | None,
    sheet_areas: list[str],
) -> tuple[str, str] | None:
    """The village a PAM TPS row names, by code if given, else by name: among villages of
    that name, those in the row's unit's areas, then in the sheet's units' areas."""
    from commandpost.tabular.values import parse_code

    if not is_blank(cell("village_code")):
        try:
            code, _note = parse_code(cell("village_code"))
        except CellProblem as exc:
            fail("village_code", exc.template, **exc.args_)
            return None
        for candidates in ctx.villages.values():
            for found in candidates:
                if found[0] == code:
                    return found
        fail("village_code", RosterMsg.NO_VILLAGE, value=code)
        return None
    written = cell_text(cell("village"))
    if not written:
        fail("village", "empty; a value is needed")
        return None
    candidates = ctx.villages.get(normalise(written), [])
    if not candidates:
        fail("village", RosterMsg.NO_VILLAGE, value=written)
        return None
    if len(candidates) > 1 and unit is not None:
        mine = [c for c in candidates if _in_areas(c[0], ctx.areas(unit.id))]
        candidates = mine or candidates
    if len(candidates) > 1 and sheet_areas:
        near = [c for c in candidates if _in_areas(c[0], sheet_areas)]
        candidates = near or candidates
    if len(candidates) > 1:
        fail(
            "village",
            RosterMsg.VILLAGE_TWICE,
            value=written,
            codes=", ".join(c[0] for c in candidates[:5]),
        )
        return None
    return candidates[0]


def _existing(db: Database, nrps: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(nrps), 5000):
            chunk = nrps[start : start + 5000]
            found.update(
                conn.execute(
                    text("SELECT nrp, name FROM person WHERE nrp IN :n").bindparams(
                        bindparam("n", expanding=True)
                    ),
                    {"n": chunk},
                ).all()
            )
    return found


def apply_roster_import(
    db: Database, plan: RosterPlan, *, actor: str, progress: Progress | None = None
) -> Change:
    """Apply a checked plan as one change in one transaction: people added or updated,
    posts created, assignments made (a person's earlier plan assignment ends)."""
    return changelog.record(
        db,
        actor=actor,
        entity="person",
        entity_id=f"{len(plan.people)} people",
        op="import_roster",
        values={
            "file": plan.file,
            "people": [
                [p.nrp, p.name, p.rank, p.position, p.unit_id, p.bko_unit_id, p.phone]
                for p in plan.people
            ],
            "assignments": [
                [a.nrp, a.post_id, a.post_name, a.village, ",".join(map(str, a.tps))]
                for a in plan.assignments
            ],
        },
        reason=f"daftar personel diimpor dari {plan.file}",
        progress=progress,
    )


_UPSERT_PERSON = (
    "INSERT INTO person (nrp, name, name_norm, rank, position, unit_id, bko_unit_id, phone, "
    "duty, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'available', 1) "
    "ON CONFLICT (nrp) DO UPDATE SET name = excluded.name, name_norm = excluded.name_norm, "
    "rank = excluded.rank, position = CASE WHEN excluded.position = '' THEN person.position "
    "ELSE excluded.position END, unit_id = excluded.unit_id, "
    "bko_unit_id = coalesce(excluded.bko_unit_id, person.bko_unit_id), "
    "phone = CASE WHEN excluded.phone = '' THEN person.phone ELSE excluded.phone END, "
    "active = 1"
)


@batch_op("import_roster")
def apply_import_roster(session: Executor, change: Change, progress: Progress | None) -> None:
    """values: {"people": [[nrp, name, rank, position, unit, bko unit, phone]],
    "assignments": [[nrp, post id, post name, village code, "1,2,3"]]}."""
    people = change.values.get("people")
    placed = change.values.get("assignments", [])
    if not isinstance(people, list) or not isinstance(placed, list):
        raise ChangeError("import_roster needs 'people' and 'assignments' lists")
    known_units = set(session.execute(text("SELECT id FROM unit")).scalars())
    book = rank_book()
    rows = []
    for item in people:
        nrp, name, rank, position, unit, bko, phone = item
        if unit not in known_units or (bko is not None and bko not in known_units):
            raise ChangeError(
                f"person {nrp}: unknown unit {unit if unit not in known_units else bko}"
            )
        try:
            book.by_key(rank)
        except KeyError:
            raise ChangeError(f"person {nrp}: unknown rank {rank!r}") from None
        rows.append((nrp, name, normalise(name), rank, position, unit, bko, phone))
    from sqlalchemy.orm import Session

    conn = session.connection() if isinstance(session, Session) else session
    step = 20_000
    for start in range(0, len(rows), step):
        conn.exec_driver_sql(_UPSERT_PERSON, rows[start : start + step])
        if progress:
            progress(min(1.0, (start + step) / max(1, len(rows))) * 0.8, "people")
    if not placed:
        return
    nrps = sorted({a[0] for a in placed})
    # A person's earlier plan assignment ends: the roster says where they are now.
    ended: list[tuple[str, str]] = []
    for start in range(0, len(nrps), 5000):
        ended += conn.execute(
            text(
                "SELECT a.id, p.node_code FROM assignment a JOIN post p ON p.id = a.post_id "
                "WHERE a.active AND a.shift = '' AND a.nrp IN :n"
            ).bindparams(bindparam("n", expanding=True)),
            {"n": nrps[start : start + 5000]},
        ).all()
    deltas: dict[str, dict[str, int]] = {}
    if ended:
        conn.exec_driver_sql(
            "UPDATE assignment SET active = 0 WHERE id = ?", [(i,) for i, _ in ended]
        )
        for _id, node in ended:
            deltas.setdefault(node, {"assigned": 0})["assigned"] -= 1
    posts = {a[1]: a for a in placed}
    villages = sorted({a[3] for a in placed})
    found = set(
        conn.execute(
            text("SELECT code FROM node WHERE code IN :c AND level = :l").bindparams(
                bindparam("c", expanding=True)
            ),
            {"c": villages, "l": int(Level.VILLAGE)},
        ).scalars()
    )
    if set(villages) - found:
        raise ChangeError(f"unknown villages: {', '.join(sorted(set(villages) - found)[:5])}")
    conn.exec_driver_sql(
        "INSERT INTO post (id, kind, name, node_code, tps, active) VALUES (?, 'tps', ?, ?, ?, 1) "
        "ON CONFLICT (id) DO UPDATE SET active = 1",
        [(pid, name, village, tps) for pid, (_n, _p, name, village, tps) in posts.items()],
    )
    # Assignment ids derive from the change, so a replay makes the same rows.
    conn.exec_driver_sql(
        "INSERT INTO assignment (id, nrp, post_id, shift, note, active) "
        "VALUES (?, ?, ?, '', '', 1)",
        [(f"{change.id}:{i}", a[0], a[1]) for i, a in enumerate(placed)],
    )
    for a in placed:
        deltas.setdefault(a[3], {"assigned": 0})["assigned"] += 1
    add_to_lineage(session, deltas)
    if progress:
        progress(1.0, "assignments")


__all__ = [
    "COLUMNS",
    "RosterMsg",
    "RosterPlan",
    "apply_roster_import",
    "plan_roster_import",
]
