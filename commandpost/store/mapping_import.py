"""Importing a TPS vulnerability mapping (CSV or XLSX), such as a Bawaslu TPS-rawan list.

The file is read by the common reader (:mod:`commandpost.tabular`), so title rows, two-row
headers and JUMLAH rows are handled as for a TPS list. Columns: the TPS (village code and TPS
number, or a 13-digit TPS code, named as for a TPS list), optionally its class (``kelas``,
``kategori``, ``status``, …: kurang rawan / rawan / sangat rawan / khusus, in any case), and
any number of threat columns named by the taxonomy:

- a **category** key (``banjir``, ``politik_uang``, ``keamanan``…) holds a level: ``none``,
  ``rendah``, ``sedang``, ``tinggi`` or 0–3;
- an **indicator** key (``rawan_bencana``, ``dpt_tms``, ``riwayat_psu``…) holds yes or no
  (``ya``/``tidak``, ``Y``, ``1``/``0``, ``x``); a category with any indicator marked yes gets
  the level ``sedang``, one whose indicators are all no gets ``none``. ``T`` is "tidak" on
  Indonesian forms and "true" in English exports: the officer is asked which.

A column the taxonomy does not know is never dropped silently: the officer maps it to an
indicator or leaves it out (:class:`MappingQuestion`). A blank cell is unknown and leaves
that value as it is. :func:`plan_mapping` checks the whole file and says
what would change; :func:`apply_mapping` records it in one transaction, or nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commandpost.core.regions import tps_code
from commandpost.core.threats import ThreatLevel, parse_class, parse_level
from commandpost.store import changelog
from commandpost.store.changelog import ChangeSpec
from commandpost.store.database import Database
from commandpost.store.sql import bindparam, text
from commandpost.store.threats import (
    Edit,
    _check_time,
    _need_reason,
    _new_source_spec,
    taxonomy,
)
from commandpost.store.tps_import import COLUMNS as TPS_COLUMNS
from commandpost.store.tps_import import Msg
from commandpost.tabular import (
    CellProblem,
    Column,
    Problem,
    Problems,
    TableError,
    header_key,
    read_table,
)
from commandpost.tabular.problems import KEEP
from commandpost.tabular.values import cell_text, is_blank, parse_code, parse_tps_number, shown

CLASS_NAMES = (
    "tps_class",
    "kelas",
    "kelas_tps",
    "kerawanan",
    "status_kerawanan",
    "kategori",
    "kategori_kerawanan",
    "kategori_tps",
    "status",
)
INDICATOR_LEVEL = ThreatLevel.SEDANG
_YES = {"ya", "y", "yes", "1", "x", "v", "true", "benar", "ada"}
_NO = {"tidak", "no", "n", "0", "false", "-", "tdk", "tidak ada", "salah"}
T_MEANINGS = ("tidak", "ya")  # what "T" stands for: Indonesian "tidak", English "true"
DROP = ""  # a column mapped to this is left out by the officer's choice


class MappingMsg:
    UNKNOWN_MAPPING_COLUMN = (
        "unknown column: not a TPS column, a class column, or a threat category or "
        "indicator of the taxonomy; map it to an indicator or leave it out"
    )
    NO_CLASS_OR_THREATS = "no class column and no threat columns"
    NOT_A_CODE = "{value!r} is not a code"
    UNKNOWN_CLASS = "unknown TPS class {value!r}; use kurang rawan, rawan, sangat rawan or khusus"
    UNKNOWN_LEVEL = "unknown threat level {value!r}; use none, rendah, sedang or tinggi (0-3)"
    NOT_YES_NO = "{value!r} is not ya or tidak"
    T_AMBIGUOUS = (
        "'T' in a yes/no column: 'tidak' on Indonesian forms, 'true' in English exports; "
        "say which this file means"
    )
    NO_SUCH_TPS = "no TPS {code} in the database"
    MAPPED = "column mapped to the indicator {key}"
    LEFT_OUT = "column left out by choice"


class MappingQuestion(TableError):
    """The file can be read only once the officer answers: what unknown columns mean
    (``columns``: header → None, to be mapped to an indicator key or ``DROP``) and what
    ``T`` means in a yes/no column (``t_rows``: rows where it was seen)."""

    def __init__(
        self, problems: list[Problem], columns: list[str], t_rows: list[int], more: int = 0
    ) -> None:
        super().__init__(problems, more)
        self.columns = columns
        self.t_rows = t_rows


@dataclass(frozen=True)
class MappingPlan:
    source: str
    rows: int
    class_changes: list[tuple[str, str, str]]  # code, old, new
    threat_changes: list[tuple[str, str, int, int]]  # code, category, old, new
    notes: tuple[Problem, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.class_changes and not self.threat_changes


def _columns() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Header keys of threat columns: category key → category, indicator key → the categories
    it marks (its own, and the one named by its 'also')."""
    categories = {c.key: c.key for c in taxonomy().categories}
    indicators = {
        i.key: (c.key, i.also) if i.also else (c.key,)
        for c in taxonomy().categories
        for i in c.indicators
        if i.key not in categories
    }
    return categories, indicators


def indicator_keys() -> list[str]:
    """Every indicator a column can be mapped to, in taxonomy order."""
    return [i.key for c in taxonomy().categories for i in c.indicators]


def plan_mapping(
    db: Database,
    path: Path | str,
    *,
    column_map: dict[str, str] | None = None,
    t_means: str | None = None,
    encoding: str | None = None,
) -> MappingPlan:
    """Check a mapping file and say what it would change; nothing is written.

    ``column_map``: the officer's answer for columns the taxonomy does not know (header as
    written → indicator or category key, or ``DROP``). ``t_means``: ``"tidak"`` or ``"ya"``
    for a ``T`` in yes/no columns. Raises :class:`MappingQuestion` while either is needed,
    ``TableError`` for bad rows (file, row and field named).
    """
    path = Path(path)
    column_map = {header_key(k): v for k, v in (column_map or {}).items()}
    categories, indicators = _columns()
    ids = tuple(c for c in TPS_COLUMNS if c.key in ("village_code", "tps_code", "tps_number"))
    table = read_table(
        path,
        (*ids, Column("tps_class", CLASS_NAMES)),
        kind="vulnerability mapping",
        identity=("village_code", "tps_code", "tps_number"),
        encoding=encoding,
    )
    name = table.file
    problems = Problems(name, table.sheet)
    notes: list[Problem] = [p for p in table.report() if p.template != Msg.NOT_USED]
    # index, header, category (an indicator: the categories it marks), indicator?
    threat_cols: list[tuple[int, str, Any, bool]] = []
    unknown: list[str] = []
    for index, raw in enumerate(table.headers):
        if index in table.positions.values() or not raw:
            continue
        key = header_key(raw)
        mapped = column_map.get(key)
        if mapped == DROP:
            notes.append(
                Problem.of(
                    name,
                    table.header_first,
                    raw,
                    MappingMsg.LEFT_OUT,
                    sheet=table.sheet,
                    severity="note",
                )
            )
            continue
        if mapped is not None:
            if mapped in categories or mapped in indicators:
                key = mapped
            else:
                raise ValueError(f"{mapped!r} is not a category or indicator of the taxonomy")
            notes.append(
                Problem.of(
                    name,
                    table.header_first,
                    raw,
                    MappingMsg.MAPPED,
                    sheet=table.sheet,
                    severity="note",
                    key=mapped,
                )
            )
        if key in categories:
            threat_cols.append((index, raw, categories[key], False))
        elif key in indicators:
            threat_cols.append((index, raw, indicators[key], True))
        else:
            unknown.append(raw)
            problems.add(table.header_first, raw, MappingMsg.UNKNOWN_MAPPING_COLUMN)
    if not table.has("village_code") and not table.has("tps_code"):
        problems.add(table.header_first, None, Msg.NEED_CODE)
    if not table.has("tps_number") and not table.has("tps_code"):
        problems.add(table.header_first, None, Msg.NEED_NUMBER)
    if "tps_class" not in table.positions and not threat_cols and not unknown:
        problems.add(table.header_first, None, MappingMsg.NO_CLASS_OR_THREATS)
    if problems.errors and not unknown:
        raise TableError.from_problems(problems)

    wanted_class: dict[str, tuple[int, str]] = {}
    wanted_threat: dict[tuple[str, str], tuple[int, int]] = {}
    seen: dict[str, int] = {}
    t_rows: list[int] = []
    t_fields: list[str] = []
    count = 0
    pos = table.positions
    for line, row in table.rows():
        count += 1

        def cell(i: int | None, row: list[Any] = row) -> Any:
            return row[i] if i is not None and i < len(row) else None

        code = None
        village, number = None, None
        try:
            for key in ("tps_code", "village_code"):
                raw = cell(pos.get(key))
                if is_blank(raw):
                    continue
                parsed, _note = parse_code(raw)
                if parsed.count(".") == 4:
                    village, number = parsed.rsplit(".", 1)[0], int(parsed.rsplit(".", 1)[1])
                elif parsed.count(".") == 3:
                    village = parsed
                else:
                    raise CellProblem(MappingMsg.NOT_A_CODE, value=shown(raw))
        except CellProblem as exc:
            problems.add_cell(line, table.field(key), exc)
            continue
        if not is_blank(cell(pos.get("tps_number"))):
            try:
                number = parse_tps_number(cell(pos["tps_number"]))
            except CellProblem as exc:
                problems.add_cell(line, table.field("tps_number"), exc)
                continue
        if village is None or number is None:
            fld = "village_code" if village is None else "tps_number"
            problems.add(line, table.field(fld), Msg.REQUIRED)
            continue
        code = tps_code(village, number)
        if code in seen:
            problems.add(
                line,
                table.field("tps_number" if table.has("tps_number") else "tps_code"),
                Msg.TPS_TWICE,
                number=number,
                village=village,
                earlier=seen[code],
            )
            continue
        seen[code] = line
        raw_class = cell_text(cell(pos.get("tps_class")))
        if raw_class:
            try:
                wanted_class[code] = (line, parse_class(raw_class).value)
            except ValueError:
                problems.add(
                    line, table.field("tps_class"), MappingMsg.UNKNOWN_CLASS, value=shown(raw_class)
                )
        indicator_votes: dict[str, bool] = {}
        for index, raw, category, is_indicator in threat_cols:
            value = cell_text(cell(index)).lower()
            if not value:
                continue  # an empty cell is unknown, not "no"
            if is_indicator:
                if value == "t":
                    if t_means is None:
                        if len(t_rows) < KEEP:  # the first few are enough to ask
                            t_rows.append(line)
                            t_fields.append(raw)
                        continue
                    yes = t_means == "ya"
                elif value in _YES or value in _NO:
                    yes = value in _YES
                else:
                    problems.add(line, raw, MappingMsg.NOT_YES_NO, value=shown(value))
                    continue
                for marked in category:
                    if yes:
                        indicator_votes[marked] = True
                    else:
                        indicator_votes.setdefault(marked, False)
                continue
            try:
                wanted_threat[(code, category)] = (line, int(parse_level(value)))
            except ValueError:
                problems.add(line, raw, MappingMsg.UNKNOWN_LEVEL, value=shown(value))
        for category, yes in indicator_votes.items():
            level = int(INDICATOR_LEVEL) if yes else 0
            previous = wanted_threat.get((code, category), (line, 0))[1]
            wanted_threat[(code, category)] = (line, max(previous, level))
    if unknown or t_rows:
        if t_rows:
            problems.add(t_rows[0], t_fields[0], MappingMsg.T_AMBIGUOUS)
        kept = sum(1 for p in problems.kept if p.is_error)
        raise MappingQuestion(problems.sorted(), unknown, t_rows, problems.errors - kept)
    if not count and not problems.errors:
        problems.add(None, None, Msg.NO_ROWS)

    codes = sorted(seen)
    current_class: dict[str, str] = {}
    current_threat: dict[tuple[str, str], int] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(codes), 5000):
            chunk = codes[start : start + 5000]
            current_class.update(
                conn.execute(
                    text("SELECT code, tps_class FROM tps WHERE code IN :c").bindparams(
                        bindparam("c", expanding=True)
                    ),
                    {"c": chunk},
                ).all()
            )
            for node_code, category, level in conn.execute(
                text(
                    "SELECT node_code, category, level FROM threat WHERE node_code IN :c"
                ).bindparams(bindparam("c", expanding=True)),
                {"c": chunk},
            ):
                current_threat[(node_code, category)] = level
    for code, line in seen.items():
        if code not in current_class:
            problems.add(
                line,
                table.field("tps_number" if table.has("tps_number") else "tps_code"),
                MappingMsg.NO_SUCH_TPS,
                code=code,
            )
    if problems.errors:
        raise TableError.from_problems(problems)
    class_changes = [
        (code, current_class[code], new)
        for code, (_line, new) in sorted(wanted_class.items())
        if current_class[code] != new
    ]
    threat_changes = [
        (code, category, current_threat.get((code, category), 0), new)
        for (code, category), (_line, new) in sorted(wanted_threat.items())
        if current_threat.get((code, category), 0) != new
    ]
    return MappingPlan(name, count, class_changes, threat_changes, tuple(notes))


def apply_mapping(
    db: Database,
    plan: MappingPlan,
    *,
    actor: str,
    source: str,
    reason: str,
    observed_at: str | None = None,
    new_source: str | None = None,
) -> list[Edit]:
    """Record the plan in one transaction; returns the edits (for undo).

    ``new_source`` adds a source of information with that name and records it as the source.
    """
    reason = _need_reason(reason)
    observed_at = _check_time(observed_at)
    specs = []
    if new_source is not None and not plan.empty:
        source_spec, source = _new_source_spec(db, new_source, actor)
        specs.append(source_spec)
    meta = {"source": source, "observed_at": observed_at, "file": plan.source}
    if plan.class_changes:
        specs.append(
            ChangeSpec(
                actor,
                "tps",
                f"{len(plan.class_changes)} TPS",
                "set_many",
                {"items": {c: {"tps_class": new} for c, _old, new in plan.class_changes}, **meta},
                reason,
            )
        )
    if plan.threat_changes:
        items = {
            f"{code}|{category}": {
                "node_code": code,
                "category": category,
                "level": new,
                "source": source,
                "observed_at": observed_at,
                "reason": reason,
                "actor": actor,
            }
            for code, category, _old, new in plan.threat_changes
        }
        specs.append(
            ChangeSpec(
                actor,
                "threat",
                f"{len(items)} threats",
                "create_many",
                {"items": items, **meta},
                reason,
            )
        )
    if not specs:
        return []
    recorded = changelog.record_many(db, specs)
    return [
        Edit(change, spec.entity, tuple(writes), plan.source)
        for spec, (change, writes) in zip(specs, recorded, strict=True)
        if spec.entity != "info_source"
    ]
