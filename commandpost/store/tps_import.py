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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text

from commandpost.core.regions import tps_code
from commandpost.core.text import normalise
from commandpost.store import changelog
from commandpost.store.changelog import ChangeSpec, Progress
from commandpost.store.database import Database
from commandpost.tabular import (
    ERROR,
    NOTE,
    WARNING,
    CellProblem,
    Column,
    Problem,
    Problems,
    TableError,
    WrongKind,
    read_table,
)
from commandpost.tabular.problems import Msg as TableMsg
from commandpost.tabular.values import (
    clean_text,
    is_blank,
    parse_code,
    parse_count,
    parse_tps_number,
)

MAX_ADDRESS = 500
# No TPS has this many voters; a larger number is a typing or export error, not a warning.
MAX_TPS_DPT = 5_000
# Legal maximum voters per TPS: PKPU 25/2023 (Pemilu, 300) and PKPU 7/2024 (Pilkada, 600).
DPT_CAP = {"pemilu": 300, "pilkada": 600, "psu": 600}
# A file whose codes name other villages this often is not using Kemendagri codes.
BPS_SHARE = 0.3
BPS_MIN_ROWS = 3

_DPT = ("pemilih", "dpt")
COLUMNS: tuple[Column, ...] = (
    Column(
        "village_code",
        (
            "village_code",
            "kode_desa",
            "kode_kelurahan",
            "kode_desa_kelurahan",
            "kode_kelurahan_desa",
            "kode_desa_kel",
            "kode_kel_desa",
            "kode_kel",
            "kd_desa",
            "kd_kel",
            "kode_wilayah",
        ),
    ),
    Column("tps_code", ("tps_code", "kode_tps", "kd_tps", "id_tps", "kode")),
    Column("tps_number", ("tps_number", "no_tps", "nomor_tps", "tps", "nomor", "no_urut_tps")),
    Column("address", ("address", "alamat", "alamat_tps", "lokasi", "lokasi_tps")),
    Column(
        "dpt",
        (
            "dpt",
            "jumlah_dpt",
            "jml_dpt",
            "total_dpt",
            "dpt_total",
            "dpt_l_p",
            "voters",
            "jumlah_pemilih",
            "jumlah_pemilih_dpt",
        ),
        sub_names=("l_p", "lp", "jumlah", "jml", "total"),
        parent_words=_DPT,
    ),
    Column(
        "dpt_l",
        ("dpt_l", "dpt_laki_laki", "dpt_lk", "pemilih_l", "pemilih_laki_laki", "laki_laki"),
        sub_names=("l", "lk", "laki_laki"),
        parent_words=_DPT,
    ),
    Column(
        "dpt_p",
        ("dpt_p", "dpt_perempuan", "dpt_pr", "pemilih_p", "pemilih_perempuan", "perempuan"),
        sub_names=("p", "pr", "perempuan"),
        parent_words=_DPT,
    ),
    Column(
        "village_name",
        (
            "village_name",
            "nama_desa",
            "nama_kelurahan",
            "nama_desa_kelurahan",
            "nama_desa_kel",
            "nama_kel",
            "desa",
            "kelurahan",
            "desa_kelurahan",
            "desa_kel",
            "kel",
            "kel_desa",
        ),
        check_only=True,
    ),
    Column("province_code", ("kode_prov", "kode_provinsi", "kd_prov"), check_only=True),
    Column(
        "regency_code",
        ("kode_kab", "kode_kabupaten", "kode_kab_kota", "kode_kabkota", "kd_kab"),
        check_only=True,
    ),
    Column("district_code", ("kode_kec", "kode_kecamatan", "kd_kec"), check_only=True),
)
IDENTITY = ("village_code", "tps_code", "tps_number")
AREA_COLUMNS = {"province_code": 0, "regency_code": 1, "district_code": 2}


class Msg(TableMsg):
    """Messages of the TPS and mapping imports, beside the reader's own."""

    NEED_CODE = "missing column: a village code (kode_desa) or a TPS code (kode_tps) is needed"
    NEED_NUMBER = "missing column: the TPS number (no_tps), or 13-digit TPS codes (kode_tps)"
    NEED_DPT = "missing column: DPT (jumlah_dpt), or DPT L and DPT P"
    CODE_NOT_VILLAGE = "{value!r} is a {level} code, not a village or TPS code"
    CODES_DISAGREE = "the TPS code {tps} is not in the village {village} of the same row"
    NUMBERS_DISAGREE = "the TPS code {tps} says TPS {coded}, the TPS number column says {number}"
    NO_NUMBER = "no TPS number: the village code needs a TPS number beside it"
    DPT_NOT_SUM = "{total} is not {l_field} + {p_field} = {sum}"
    DPT_ABOVE_CAP = (
        "DPT {dpt} is above the legal maximum of {cap} voters per TPS for a {kind}; "
        "kept as it is (real lists have such TPS)"
    )
    OUTSIDE_AREA = "TPS {tps} is not in {area} (the file's {column} on this row)"
    TPS_TWICE = "TPS {number} of {village} is already on row {earlier}"
    UNKNOWN_VILLAGE = "unknown village code {village}"
    UNKNOWN_VILLAGE_NAMED = (
        "unknown village code {village}; {name} in {regency} has the code {suggestion}: "
        "if that is the village meant, correct the code in the file"
    )
    NAME_DIFFERS = "village code {village} is {tree_name} in the region data, the file says {name}"
    NAMES_OTHER_VILLAGE = (
        "village code {village} is {tree_name} in the region data, but the file names {name}, "
        "whose code is {suggestion}; correct the code or the name (nothing is remapped)"
    )
    BPS_CODES = (
        "{count} of {rows} village codes name other villages than the file's names (e.g. "
        "{example}); these look like BPS (statistics office) codes, not Kemendagri codes. "
        "Ask for the list with Kemendagri codes"
    )
    VOTER_LIST = (
        "this looks like a voter list (names of voters, {sheets} sheet(s), one per TPS), not a "
        "TPS list. The TPS import needs one row per TPS with the village code, the TPS number "
        "and its DPT, as in KPU's DPT recapitulation per TPS"
    )
    REGION_INDEX = (
        "this looks like a list of areas with their TPS counts, not a TPS list. The TPS import "
        "needs one row per TPS with the village code, the TPS number and its DPT"
    )
    DPT_SUM_DIFFERS = "the DPT of the rows adds up to {sum}, the file's JUMLAH row says {total}"
    REJECTED = "row left out: {reason}"


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

TpsRow = tuple[str, int, str, int, int | None, int | None]  # village, no, address, DPT, L, P


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


def _codes_lookup(db: Database, sql: str, codes: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    stmt = text(sql).bindparams(bindparam("c", expanding=True))
    with db.engine.connect() as conn:
        for start in range(0, len(codes), 5000):
            for row in conn.execute(stmt, {"c": codes[start : start + 5000]}):
                out[row[0]] = row[1:] if len(row) > 2 else row[1]
    return out


def _loose(name: str) -> str:
    """A village name for comparison: case, spaces, apostrophe styles and the words
    desa/kelurahan do not matter (``RAWA BUNTU`` = ``Rawabuntu``, ``SOKA'AN`` = ``Soka’an``)."""
    norm = normalise(name.replace("’", "'").replace("‘", "'").replace("`", "'"))
    norm = re.sub(r"^(desa|kelurahan|kel|ds)\s+", "", norm)
    return norm.replace(" ", "")


class _Rows:
    """Row-level bookkeeping: with ``skip_bad_rows`` each bad row is kept once, with its
    first reason, for the rejects file; without it only whether any row was bad, so that
    memory does not grow with the number of bad rows."""

    def __init__(self, problems: Problems, skip_bad_rows: bool) -> None:
        self.problems = problems
        self.skip = skip_bad_rows
        self.bad: dict[int, Problem] = {}
        self.any_bad = False

    def error(self, row: int, fld: str, template: str, **args: Any) -> None:
        self.problems.add(row, fld, template, **args)
        self.any_bad = True
        if self.skip and row not in self.bad:
            self.bad[row] = Problem.of(
                self.problems.file, row, fld, template, sheet=self.problems.sheet, **args
            )

    def cell(self, row: int, fld: str, exc: CellProblem) -> None:
        self.error(row, fld, exc.template, **exc.args_)


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
        raise TableError(
            [
                Problem.of(name, table.header_first, None, t, sheet=table.sheet)
                for t in header_problems
            ]
        )
    rows = _Rows(problems, skip_bad_rows)
    kind = _operation_kind(db)
    cap = DPT_CAP.get(kind or "")
    size = max(1, path.stat().st_size)

    parsed: dict[str, tuple[int, TpsRow, str]] = {}  # code → row, values, file name of village
    village_cache: dict[str, str] = {}
    count = 0
    dpt_sum = 0
    pos = table.positions
    get = {k: pos[k] for k in pos}
    for line, row in table.rows():
        count += 1
        if progress and count % 20_000 == 0:
            progress(min(0.6, 0.6 * count * 40 / size), "read")

        def cell(key: str, row: list[Any] = row) -> Any:
            i = get.get(key)
            return row[i] if i is not None and i < len(row) else None

        ok = True
        village = number = None
        for key in ("tps_code", "village_code"):
            raw = cell(key)
            if is_blank(raw):
                continue
            try:
                code, note = parse_code(raw)
            except CellProblem as exc:
                rows.cell(line, table.field(key), exc)
                ok = False
                continue
            if note:
                problems.add(line, table.field(key), note, severity=NOTE, value=str(raw), code=code)
            depth = code.count(".")
            if depth == 4:
                v, n = code.rsplit(".", 1)
                if village and village != v:
                    rows.error(
                        line, table.field(key), Msg.CODES_DISAGREE, tps=code, village=village
                    )
                    ok = False
                village, number = v, int(n)
                if int(n) == 0:
                    rows.error(
                        line, table.field(key), Msg.NOT_TPS_NUMBER, value=str(raw), maximum=999
                    )
                    ok = False
            elif depth == 3:
                if village and village != code:
                    rows.error(
                        line,
                        table.field(key),
                        Msg.CODES_DISAGREE,
                        tps=f"{village}.{number:03d}",
                        village=code,
                    )
                    ok = False
                village = village or code
            else:
                level = ("province", "kabupaten/kota", "kecamatan")[depth]
                rows.error(
                    line, table.field(key), Msg.CODE_NOT_VILLAGE, value=str(raw), level=level
                )
                ok = False
        if village is None and ok:
            fld = table.field("village_code" if table.has("village_code") else "tps_code")
            rows.error(line, fld, Msg.REQUIRED)
            ok = False
        raw_number = cell("tps_number")
        if not is_blank(raw_number):
            try:
                n = parse_tps_number(raw_number)
            except CellProblem as exc:
                rows.cell(line, table.field("tps_number"), exc)
                ok = False
            else:
                if number is not None and n != number:
                    rows.error(
                        line,
                        table.field("tps_number"),
                        Msg.NUMBERS_DISAGREE,
                        tps=f"{village}.{number:03d}",
                        coded=number,
                        number=n,
                    )
                    ok = False
                number = n
        elif number is None and village is not None:
            fld = next(k for k in ("tps_number", "village_code", "tps_code") if table.has(k))
            rows.error(line, table.field(fld), Msg.NO_NUMBER)
            ok = False
        counts: dict[str, int | None] = {"dpt": None, "dpt_l": None, "dpt_p": None}
        for key in counts:
            raw = cell(key)
            if key not in pos or (is_blank(raw) and key != "dpt"):
                continue
            if is_blank(raw):
                if not (table.has("dpt_l") and table.has("dpt_p")):
                    rows.error(line, table.field(key), Msg.REQUIRED)
                    ok = False
                continue
            try:
                counts[key] = parse_count(raw, what="TPS", maximum=MAX_TPS_DPT)
            except CellProblem as exc:
                rows.cell(line, table.field(key), exc)
                ok = False
        dpt, dpt_l, dpt_p = counts["dpt"], counts["dpt_l"], counts["dpt_p"]
        if dpt_l is not None and dpt_p is not None:
            if dpt is None:
                dpt = dpt_l + dpt_p
            elif dpt != dpt_l + dpt_p:
                rows.error(
                    line,
                    table.field("dpt"),
                    Msg.DPT_NOT_SUM,
                    total=dpt,
                    l_field=table.field("dpt_l"),
                    p_field=table.field("dpt_p"),
                    sum=dpt_l + dpt_p,
                )
                ok = False
        elif ok and dpt is None:
            missing = "dpt_l" if dpt_l is None and table.has("dpt_l") else "dpt_p"
            rows.error(line, table.field(missing if table.has(missing) else "dpt"), Msg.REQUIRED)
            ok = False
        address = ""
        try:
            address = clean_text(cell("address"), MAX_ADDRESS)
        except CellProblem as exc:
            rows.cell(line, table.field("address"), exc)
            ok = False
        name_in_file = ""
        try:
            name_in_file = clean_text(cell("village_name"), 200)
        except CellProblem as exc:
            rows.cell(line, table.field("village_name"), exc)
            ok = False
        if ok and village is not None:
            for key, depth in AREA_COLUMNS.items():
                raw = cell(key)
                if is_blank(raw):
                    continue
                try:
                    area, note = parse_code(raw)
                except CellProblem as exc:
                    rows.cell(line, table.field(key), exc)
                    ok = False
                    continue
                if note:
                    problems.add(
                        line, table.field(key), note, severity=NOTE, value=str(raw), code=area
                    )
                if area.count(".") != depth:
                    rows.error(
                        line,
                        table.field(key),
                        TableMsg.NOT_REGION_LEVEL,
                        value=str(raw).strip(),
                        level=("province", "kabupaten/kota", "kecamatan")[depth],
                    )
                    ok = False
                elif not village.startswith(area + "."):
                    rows.error(
                        line,
                        table.field(key),
                        Msg.OUTSIDE_AREA,
                        tps=f"{village}.{number:03d}",
                        area=area,
                        column=table.field(key),
                    )
                    ok = False
        if not ok or village is None or number is None or dpt is None:
            continue
        code = tps_code(village, number)
        if code in parsed:
            rows.error(
                line,
                table.field("tps_number" if table.has("tps_number") else "tps_code"),
                Msg.TPS_TWICE,
                number=number,
                village=village,
                earlier=parsed[code][0],
            )
            continue
        if cap and dpt > cap:
            problems.add(
                line,
                table.field("dpt" if table.has("dpt") else "dpt_l"),
                Msg.DPT_ABOVE_CAP,
                severity=WARNING,
                dpt=dpt,
                cap=cap,
                kind=kind,
            )
        village = village_cache.setdefault(village, village)
        parsed[code] = (line, (village, number, address, dpt, dpt_l, dpt_p), name_in_file)
        dpt_sum += dpt

    if progress:
        progress(0.65, "check")
    if not count:
        raise TableError([Problem.of(name, None, None, Msg.NO_ROWS, sheet=table.sheet)])

    # Villages: known, and named as the file names them?
    villages = sorted({r[0] for _l, r, _n in parsed.values()})
    known = _codes_lookup(
        db, "SELECT code, name FROM node WHERE level = 3 AND code IN :c", villages
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

    has_names = table.has("village_name")
    # Counted, and warned about as found (Problems keeps the first few hundred in full).
    mismatches = 0
    first_mismatch: tuple[str, str, str] | None = None
    named_rows = 0
    unknown_done: dict[str, tuple[str, dict[str, Any]]] = {}
    for code, (line, (village, _n, _a, _d, _l, _p), file_name) in list(parsed.items()):
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
                else:
                    unknown_done[village] = (Msg.UNKNOWN_VILLAGE, {"village": village})
            template, args = unknown_done[village]
            rows.error(
                line,
                table.field("village_code" if table.has("village_code") else "tps_code"),
                template,
                **args,
            )
            del parsed[code]
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
                        line,
                        table.field("village_code" if table.has("village_code") else "tps_code"),
                        Msg.NAMES_OTHER_VILLAGE,
                        village=village,
                        tree_name=known[village],
                        name=file_name,
                        suggestion=other[0],
                    )
                    del parsed[code]
                    continue
                problems.add(
                    line,
                    table.field("village_name"),
                    Msg.NAME_DIFFERS,
                    severity=WARNING,
                    village=village,
                    tree_name=known[village],
                    name=file_name,
                )
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
                    table.field("village_name"),
                    Msg.BPS_CODES,
                    sheet=table.sheet,
                    count=mismatches,
                    rows=named_rows,
                    example=f"{village} = {tree_name}, the file says {file_name}",
                )
            ]
        )
    if table.total_rows and table.has("dpt") and len(table.total_rows) == 1 and not rows.any_bad:
        total_line, total_row = table.total_rows[0]
        try:
            total = parse_count(total_row[pos["dpt"]], maximum=10**12)
        except (CellProblem, IndexError):
            total = None
        if total is not None and total != dpt_sum:
            problems.add(
                total_line,
                table.field("dpt"),
                Msg.DPT_SUM_DIFFERS,
                severity=WARNING,
                sum=dpt_sum,
                total=total,
            )

    if rows.any_bad and not skip_bad_rows:
        raise TableError.from_problems(problems)

    # What is new, what changes, what the database has that the file does not list.
    codes = sorted(parsed)
    current = _codes_lookup(
        db, "SELECT code, address, dpt, dpt_l, dpt_p FROM tps WHERE code IN :c", codes
    )
    new: list[TpsRow] = []
    updates: list[TpsUpdate] = []
    unchanged = 0
    for code in codes:
        _line, values, _name = parsed[code]
        if code not in current:
            new.append(values)
            continue
        old_address, old_dpt, old_l, old_p = current[code]
        wanted: dict[str, Any] = {"dpt": values[3]}
        # An address the file does not give (no column, or an empty cell) is kept.
        if values[2]:
            wanted["address"] = values[2]
        if values[4] is not None:
            wanted |= {"dpt_l": values[4], "dpt_p": values[5]}
        elif old_l is not None and old_dpt != values[3]:
            # A new total without L and P: the old split no longer adds up, so it is unknown.
            wanted |= {"dpt_l": None, "dpt_p": None}
        old = {"address": old_address, "dpt": old_dpt, "dpt_l": old_l, "dpt_p": old_p}
        diff = {k: v for k, v in wanted.items() if old[k] != v}
        if diff:
            updates.append(TpsUpdate(code, {k: old[k] for k in diff}, diff))
        else:
            unchanged += 1
    file_villages = sorted({v for v, *_rest in (p[1] for p in parsed.values())})
    listed = set(parsed)
    not_in_file: list[str] = []
    with db.engine.connect() as conn:
        stmt = text("SELECT code FROM tps WHERE village_code IN :c").bindparams(
            bindparam("c", expanding=True)
        )
        for start in range(0, len(file_villages), 5000):
            for (code,) in conn.execute(stmt, {"c": file_villages[start : start + 5000]}):
                if code not in listed:
                    not_in_file.append(code)
    if progress:
        progress(0.8, "check")

    if not parsed and not rows.any_bad:
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
        writer.writerow([*table.headers, "alasan_ditolak"])
        for line, row in table.rows():
            if line in bad:
                cells = ["" if v is None else v for v in row[:width]]
                cells += [""] * (width - len(cells))
                writer.writerow([*cells, bad[line]])
                written += 1
    return written


def apply_tps_import(
    db: Database,
    plan: TpsPlan,
    actor: str,
    *,
    rejects_file: str | None = None,
    progress: Progress | None = None,
) -> list[changelog.Change]:
    """Record the plan in one transaction: the new TPS as one ``import_tps`` change, the
    changed DPT and addresses as one ``set_many`` change (undone like any update). What was
    left out is recorded with the import. Returns the recorded changes."""
    specs = []
    reason = f"daftar TPS diimpor dari {plan.source}"
    if plan.new or plan.rejected:
        values: dict[str, Any] = {
            "source": plan.source,
            "sha256": plan.sha256,
            "rows": [list(r) for r in plan.new],
        }
        if plan.rejected:
            values["rejected"] = [[p.row, p.field, p.message] for p in plan.rejected]
            values["rejects_file"] = rejects_file
        specs.append(ChangeSpec(actor, "tps", plan.source, "import_tps", values, reason))
    if plan.updates:
        specs.append(
            ChangeSpec(
                actor,
                "tps",
                f"{len(plan.updates)} TPS",
                "set_many",
                {"items": {u.code: u.new for u in plan.updates}, "file": plan.source},
                reason,
            )
        )
    if not specs:
        return []
    recorded = changelog.record_many(db, specs, progress)
    return [change for change, _writes in recorded]


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
    "import_tps",
    "plan_tps_import",
    "write_rejects",
]
