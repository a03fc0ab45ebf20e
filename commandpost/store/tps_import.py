"""Importing a TPS list as KPU and its offices hand it out (CSV or XLSX).

The file is read by the common reader (:mod:`commandpost.tabular`): title rows, two-row
headers, column-number rows, JUMLAH rows and signature blocks are skipped and said so;
columns we do not use are listed. Then every row is checked against the region data:

- the village code, dotted or as 10 digits, or a 13-digit KPU TPS code (village + number);
  a code Excel damaged is refused with how to export again;
- the TPS number (``TPS 001``, ``001``, ``1``; 901 and up allowed; KSK/POS refused);
- DPT as a total, or as L and P (both kept; a total that is not L + P is an error);
  a DPT above the legal cap (PKPU: 300 per TPS for a Pemilu, 600 for a Pilkada) is a warning;
- a village code that is not in the tree is refused with the village the row probably means
  (same name in the same kabupaten/kota), never remapped; when the file has a village-name
  column each code is checked against the tree's name, and a file whose codes mostly name
  other villages gets one hint that they look like BPS codes.

The row checks, the columns and the messages are in :mod:`commandpost.store.tps_rows`.
:func:`plan_tps_import` checks everything and returns a :class:`TpsPlan` (new TPS, changed
TPS, TPS of the file's villages that the file does not list, notes and warnings);
:func:`apply_tps_import` records it as one transaction. By default any bad row refuses the
whole file; with ``skip_bad_rows`` the good rows are planned and the bad ones are listed
(and can be written to a rejects file by :func:`write_rejects`).
"""

from __future__ import annotations

import csv
import hashlib
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commandpost.core.regions import tps_code
from commandpost.core.text import normalise
from commandpost.store import changelog
from commandpost.store.changelog import ChangeSpec, Progress
from commandpost.store.database import Database
from commandpost.store.sql import text
from commandpost.store.threats import Edit
from commandpost.store.tps_remove import (
    STRUCTURAL_OPS,
    Removal,
    RowWrites,
    exists_writes,
    remember,
    removal_spec,
    writes_of,
)
from commandpost.store.tps_rows import AREA_COLUMNS as AREA_COLUMNS
from commandpost.store.tps_rows import COLUMNS, IDENTITY, BadRows, Msg, TpsRow, read_rows
from commandpost.store.tps_rows import MAX_ADDRESS as MAX_ADDRESS
from commandpost.store.tps_rows import MAX_TPS_DPT as MAX_TPS_DPT
from commandpost.tabular import (
    ERROR,
    NOTE,
    WARNING,
    CellProblem,
    Problem,
    Problems,
    TableError,
    WrongKind,
    header_key,
    read_table,
)
from commandpost.tabular.values import parse_count

# Legal maximum voters per TPS: PKPU 25/2023 (Pemilu, 300) and PKPU 7/2024 (Pilkada, 600).
DPT_CAP = {"pemilu": 300, "pilkada": 600, "psu": 600}
# A file whose codes name other villages this often is not using Kemendagri codes.
BPS_SHARE = 0.3
BPS_MIN_ROWS = 3

WRONG_KINDS = (
    WrongKind(
        Msg.VOTER_LIST,
        lambda keys, _sheets: (
            "nama" in keys
            and bool(keys & {"jenis_kelamin", "usia", "umur", "nik", "nkk", "tanggal_lahir"})
        ),
    ),
    WrongKind(
        Msg.REGION_INDEX,
        lambda keys, _sheets: bool(keys & {"jumlah_tps", "jml_tps", "jumlah_tps_dpt"}),
    ),
)


@dataclass(frozen=True)
class TpsUpdate:
    code: str
    old: dict[str, Any]
    new: dict[str, Any]


@dataclass
class TpsPlan:
    """What importing a TPS list would do; nothing is written until it is applied."""

    source: str
    sha256: str
    rows_read: int
    new: list[TpsRow]
    updates: list[TpsUpdate]
    unchanged: int
    not_in_file: list[str]  # TPS codes of the file's villages that the file does not list
    rejected: list[Problem]  # the first problem of each row left out (skip_bad_rows only)
    notes: list[Problem]  # what was skipped or not used, warnings
    columns: dict[str, str]  # column key → the file's header
    encoding: str | None = None
    sheet: str | None = None
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.new and not self.updates

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.notes if p.severity == WARNING]


def _operation_kind(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT kind FROM operation LIMIT 1")).scalar()


def _codes_rows(db: Database, sql: str, codes: list[str], size: int = 500) -> Iterator[Any]:
    """The rows of ``sql`` (plain SQLite with one ``IN ({})``) for ``codes``, ``size`` codes
    a statement: no SQL is compiled per chunk, which cost a second on a national list."""
    with db.engine.connect() as conn:
        for start in range(0, len(codes), size):
            chunk = tuple(codes[start : start + size])
            yield from conn.exec_driver_sql(sql.format(", ".join("?" * len(chunk))), chunk)


def _codes_lookup(db: Database, sql: str, codes: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for row in _codes_rows(db, sql, codes):
        out[row[0]] = row[1:] if len(row) > 2 else row[1]
    return out


def _loose(name: str) -> str:
    """A village name for comparison: case, spaces, apostrophe styles and the words
    desa/kelurahan do not matter (``RAWA BUNTU`` = ``Rawabuntu``, ``SOKA'AN`` = ``Soka’an``)."""
    norm = normalise(name.replace("’", "'").replace("‘", "'").replace("`", "'"))
    norm = re.sub(r"^(desa|kelurahan|kel|ds)\s+", "", norm)
    return norm.replace(" ", "")


def plan_tps_import(
    db: Database,
    path: Path | str,
    *,
    encoding: str | None = None,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> TpsPlan:
    """Read and check a TPS list; returns the plan or raises ``TableError`` (nothing changed).

    ``encoding``: ``cp1252`` once the officer confirmed a Windows-1252 CSV. With
    ``skip_bad_rows`` bad rows are left out and listed in ``plan.rejected`` instead of
    refusing the file (problems with the file as a whole still refuse it).
    """
    path = Path(path)
    table = read_table(
        path,
        COLUMNS,
        kind="TPS list",
        identity=IDENTITY,
        encoding=encoding,
        wrong_kinds=WRONG_KINDS,
    )
    name = table.file
    problems = Problems(name, table.sheet)
    header_problems = []
    if not table.has("village_code") and not table.has("tps_code"):
        header_problems.append(Msg.NEED_CODE)
    if not table.has("dpt") and not (table.has("dpt_l") and table.has("dpt_p")):
        header_problems.append(Msg.NEED_DPT)
    if header_problems:
        # A file of another kind whose header still matched a column (a voter list as CSV
        # has a TPS column): say what it looks like, not which columns are missing.
        keys = {header_key(h) for h in table.headers if h}
        for wrong in WRONG_KINDS:
            if wrong.test(keys, [table.sheet or ""]):
                raise TableError(
                    [Problem.of(name, None, None, wrong.template, sheet=table.sheet, sheets=1)]
                )
        raise TableError(
            [
                Problem.of(name, table.header_first, None, t, sheet=table.sheet)
                for t in header_problems
            ]
        )
    rows = BadRows(problems, skip_bad_rows)
    kind = _operation_kind(db)
    cap = DPT_CAP.get(kind or "")
    size = max(1, path.stat().st_size)
    read = read_rows(table, problems, rows, kind=kind, cap=cap, progress=progress, size=size)
    pos = table.positions
    found, lines, village_ids = read.found, read.lines, read.village_ids
    field_of, code_field = read.field_of, read.code_field
    count, dpt_sum, file_names = read.count, read.dpt_sum, read.file_names
    has_names = "village_name" in pos

    if progress:
        progress(0.65, "check")
    if not count:
        raise TableError([Problem.of(name, None, None, Msg.NO_ROWS, sheet=table.sheet)])

    # Villages: known, and named as the file names them?
    known = _codes_lookup(
        db,
        "SELECT code, name FROM node WHERE level = 3 AND code IN ({})",
        sorted(read.village_list),
    )
    regency_names: dict[str, str] = {}
    by_regency: dict[str, dict[str, list[tuple[str, str]]]] = {}

    def suggestions(village: str, file_name: str) -> tuple[str, str, str] | None:
        regency = village[:5]
        if regency not in by_regency:
            index: dict[str, list[tuple[str, str]]] = {}
            with db.engine.connect() as conn:
                for code, vname in conn.execute(
                    text("SELECT code, name FROM node WHERE level = 3 AND code LIKE :p"),
                    {"p": regency + ".%"},
                ):
                    index.setdefault(_loose(vname), []).append((code, vname))
                regency_names[regency] = (
                    conn.execute(
                        text("SELECT name FROM node WHERE code = :c"), {"c": regency}
                    ).scalar()
                    or regency
                )
            by_regency[regency] = index
        hits = by_regency[regency].get(_loose(file_name), [])
        if len(hits) == 1:
            return hits[0][0], hits[0][1], regency_names[regency]
        return None

    held: set[str] | None = None

    def provinces_held() -> set[str]:
        """The provinces whose villages this database holds (read once, when needed)."""
        nonlocal held
        if held is None:
            with db.engine.connect() as conn:
                held = set(conn.execute(text("SELECT code FROM node WHERE level = 0")).scalars())
        return held

    # Counted, and warned about as found (Problems keeps the first few hundred in full).
    mismatches = 0
    first_mismatch: tuple[str, str, str] | None = None
    named_rows = 0
    unknown_done: dict[str, tuple[str, dict[str, Any]]] = {}
    left = len(found)
    for i, values in enumerate(found):
        village = values[0]  # type: ignore[index]
        file_name = file_names[i] if has_names else ""
        if village not in known:
            if village not in unknown_done:
                hint = suggestions(village, file_name) if has_names and file_name else None
                if hint:
                    unknown_done[village] = (
                        Msg.UNKNOWN_VILLAGE_NAMED,
                        {
                            "village": village,
                            "name": hint[1],
                            "regency": hint[2],
                            "suggestion": hint[0],
                        },
                    )
                elif (province := village.split(".")[0]) not in provinces_held():
                    # Another province's village: say so, not just "unknown".
                    unknown_done[village] = (
                        Msg.OTHER_PROVINCE,
                        {"village": village, "province": province},
                    )
                else:
                    unknown_done[village] = (Msg.UNKNOWN_VILLAGE, {"village": village})
            template, args = unknown_done[village]
            rows.error(lines[i], code_field, template, **args)
            read.leave_out(i)
            left -= 1
            continue
        if has_names and file_name:
            named_rows += 1
            if _loose(file_name) != _loose(known[village]):
                mismatches += 1
                first_mismatch = first_mismatch or (village, known[village], file_name)
                other = suggestions(village, file_name)
                if other and other[0] != village:
                    # The file's name is another village of the same kabupaten/kota: the code
                    # or the name is wrong, and importing would put the TPS in the wrong place.
                    rows.error(
                        lines[i],
                        code_field,
                        Msg.NAMES_OTHER_VILLAGE,
                        village=village,
                        tree_name=known[village],
                        name=file_name,
                        suggestion=other[0],
                    )
                    read.leave_out(i)
                    left -= 1
                    continue
                problems.add(
                    lines[i],
                    field_of["village_name"],
                    Msg.NAME_DIFFERS,
                    severity=WARNING,
                    village=village,
                    tree_name=known[village],
                    name=file_name,
                )
    del file_names, known
    if (
        first_mismatch
        and mismatches >= BPS_MIN_ROWS
        and mismatches >= BPS_SHARE * max(1, named_rows)
    ):
        village, tree_name, file_name = first_mismatch
        raise TableError(
            [
                Problem.of(
                    name,
                    None,
                    field_of["village_name"],
                    Msg.BPS_CODES,
                    sheet=table.sheet,
                    count=mismatches,
                    rows=named_rows,
                    example=f"{village} = {tree_name}, the file says {file_name}",
                )
            ]
        )
    if table.total_rows and "dpt" in pos and len(table.total_rows) == 1 and not rows.any_bad:
        total_line, total_row = table.total_rows[0]
        try:
            total = parse_count(total_row[pos["dpt"]], maximum=10**12)
        except (CellProblem, IndexError):
            total = None
        if total is not None and total != dpt_sum:
            problems.add(
                total_line,
                field_of["dpt"],
                Msg.DPT_SUM_DIFFERS,
                severity=WARNING,
                sum=dpt_sum,
                total=total,
            )

    if rows.any_bad and not skip_bad_rows:
        raise TableError.from_problems(problems)

    # What is new, what changes, what the database has that the file does not list: the
    # TPS the database holds in the file's villages, read once.
    file_villages = sorted({values[0] for values in found if values is not None})
    current: dict[int, tuple[Any, ...]] = {}  # key → address, DPT, L, P in the database
    not_in_file: list[str] = []
    for code, village, number, *old in _codes_rows(
        db,
        "SELECT code, village_code, number, address, dpt, dpt_l, dpt_p FROM tps "
        "WHERE village_code IN ({})",
        file_villages,
    ):
        key = village_ids[village] * 1000 + number
        if read.is_listed(key):
            current[key] = tuple(old)
        else:
            not_in_file.append(code)
    # In code order: (village, number) sorts as the TPS code does (codes have fixed widths).
    new: list[TpsRow] = [values for values in found if values is not None]
    del found, read
    new.sort()
    updates: list[TpsUpdate] = []
    unchanged = 0
    if current:
        rows_in_file, new = new, []
        for values in rows_in_file:
            key = village_ids[values[0]] * 1000 + values[1]
            if key not in current:
                new.append(values)
                continue
            old_address, old_dpt, old_l, old_p = current[key]
            wanted: dict[str, Any] = {"dpt": values[3]}
            # An address the file does not give (no column, or an empty cell) is kept.
            if values[2]:
                wanted["address"] = values[2]
            if values[4] is not None:
                wanted |= {"dpt_l": values[4], "dpt_p": values[5]}
            elif old_l is not None and old_dpt != values[3]:
                # A new total without L and P: the old split no longer adds up, so unknown.
                wanted |= {"dpt_l": None, "dpt_p": None}
            old = {"address": old_address, "dpt": old_dpt, "dpt_l": old_l, "dpt_p": old_p}
            diff = {k: v for k, v in wanted.items() if old[k] != v}
            if diff:
                updates.append(
                    TpsUpdate(tps_code(values[0], values[1]), {k: old[k] for k in diff}, diff)
                )
            else:
                unchanged += 1
    del village_ids
    if not_in_file and REJECTS_COLUMN in {header_key(h) for h in table.headers if h}:
        # A rejects file lists only the rows left out before: the rest of its villages'
        # TPS came by the first import, so none of them is offered for deletion.
        problems.add(table.header_first, None, Msg.REJECTS_FILE, severity=NOTE)
        not_in_file = []
    if progress:
        progress(0.8, "check")

    if left == 0 and not rows.any_bad:
        raise TableError([Problem.of(name, None, None, Msg.NO_ROWS, sheet=table.sheet)])
    rejected = [rows.bad[line] for line in sorted(rows.bad)]
    notes = [p for p in problems.sorted() if p.severity != ERROR]
    return TpsPlan(
        source=name,
        sha256=_digest(path),
        rows_read=count,
        new=new,
        updates=updates,
        unchanged=unchanged,
        not_in_file=sorted(not_in_file),
        rejected=rejected,
        notes=table.report() + notes,
        columns={k: table.field(k) for k in pos},
        encoding=table.encoding,
        sheet=table.sheet,
    )


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _where_and_why(problem: Problem) -> str:
    field_part = f", field {problem.field}" if problem.field else ""
    return f"row {problem.row}{field_part}: {problem.message}"


REJECTS_COLUMN = "alasan_ditolak"  # the reason column of a rejects file (write_rejects)


def write_rejects(
    plan: TpsPlan,
    path: Path | str,
    out: Path | str,
    *,
    encoding: str | None = None,
    describe: Callable[[Problem], str] = _where_and_why,
) -> int:
    """Write the rows ``plan`` left out to ``out`` (CSV, UTF-8 with BOM): the file's own
    columns plus ``alasan_ditolak``, the reason as ``describe`` words it (the window passes
    an Indonesian one), ready to be fixed and imported again. Returns the rows written."""
    bad = {p.row: describe(p) for p in plan.rejected}
    table = read_table(Path(path), COLUMNS, identity=IDENTITY, encoding=encoding)
    width = len(table.headers)
    written = 0
    with Path(out).open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([*table.headers, REJECTS_COLUMN])
        for line, row in table.rows():
            if line in bad:
                cells = ["" if v is None else v for v in row[:width]]
                cells += [""] * (width - len(cells))
                writer.writerow([*cells, bad[line]])
                written += 1
    return written


def apply_tps_import(
    db: Database, plan: TpsPlan, actor: str, **options: Any
) -> list[changelog.Change]:
    """Record the plan in one transaction; the options and the rules are those of
    :func:`apply_tps_import_edits`. Returns the recorded changes."""
    return [edit.change for edit in apply_tps_import_edits(db, plan, actor, **options)]


def apply_tps_import_edits(
    db: Database,
    plan: TpsPlan,
    actor: str,
    *,
    rejects_file: str | None = None,
    remove: Removal | None = None,
    progress: Progress | None = None,
) -> list[Edit]:
    """Record the plan in one transaction: the new TPS as one ``import_tps`` change, the
    changed DPT and addresses as one ``set_many`` change (with what they overwrote), and,
    when the officer chose it, the TPS of ``remove`` (store.tps_remove.check_removal of
    ``plan.not_in_file``: only those without an officer's record) as one ``remove_tps``
    change. What was left out is recorded with the import. Returns the edits, one undo step
    for the window (store.threats.compensate_all takes all of them back)."""
    specs: list[ChangeSpec] = []
    writes: list[Sequence[changelog.FieldWrite]] = []
    reason = f"daftar TPS diimpor dari {plan.source}"
    # One key for the changes of this import, so that the log alone finds them together
    # (commandpost import-tps-undo).
    batch = uuid.uuid4().hex
    if plan.new or plan.rejected:
        values: dict[str, Any] = {
            "source": plan.source,
            "sha256": plan.sha256,
            "batch": batch,
            # The plan's own list: the JSON is the same for tuples, and a copy of a whole
            # country's rows would cost about 90 MB.
            "rows": plan.new,
        }
        if plan.rejected:
            values["rejected"] = [[p.row, p.field, p.message] for p in plan.rejected]
            values["rejects_file"] = rejects_file
        specs.append(ChangeSpec(actor, "tps", plan.source, "import_tps", values, reason))
        writes.append(exists_writes(plan.new, now=True))
    if plan.updates:
        specs.append(
            ChangeSpec(
                actor,
                "tps",
                f"{len(plan.updates)} TPS",
                "set_many",
                {
                    "items": {u.code: u.new for u in plan.updates},
                    "file": plan.source,
                    "sha256": plan.sha256,
                    "batch": batch,
                    # What the list overwrote, so that the log alone can take it back.
                    "before": {u.code: u.old for u in plan.updates},
                },
                reason,
            )
        )
        writes.append([])  # set_many reports its own writes
    removal = (
        removal_spec(
            remove,
            actor,
            reason,
            source=plan.source,
            extra={"sha256": plan.sha256, "batch": batch},
        )
        if remove
        else None
    )
    if removal is not None:
        specs.append(removal)
        writes.append(writes_of(removal))
    if not specs:
        return []
    recorded = changelog.record_many(db, specs, progress)
    for spec, (change, _done) in zip(specs, recorded, strict=True):
        if spec.op in STRUCTURAL_OPS:  # the region histories read it without the JSON
            remember(change.id, spec.values)
    return [
        Edit(change, "tps", own if isinstance(own, RowWrites) else tuple(done), plan.source)
        for (change, done), own in zip(recorded, writes, strict=True)
    ]


def import_tps(
    db: Database,
    path: Path | str,
    actor: str,
    progress: Progress | None = None,
    *,
    encoding: str | None = None,
) -> int:
    """Check, then import the whole file (new TPS and changes) as one transaction; returns
    the number of TPS added or changed. Raises ``TableError`` and changes nothing on any
    bad row."""
    plan = plan_tps_import(db, path, encoding=encoding, progress=progress)
    apply_tps_import(db, plan, actor, progress=progress)
    return len(plan.new) + len(plan.updates)


# Kept for callers of the old names.
TpsImportError = TableError
__all__ = [
    "COLUMNS",
    "Msg",
    "Problem",
    "TableError",
    "TpsImportError",
    "TpsPlan",
    "apply_tps_import",
    "apply_tps_import_edits",
    "import_tps",
    "plan_tps_import",
    "write_rejects",
]
