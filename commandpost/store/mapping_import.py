"""Importing a TPS vulnerability mapping (CSV or XLSX), such as a Bawaslu TPS-rawan list.

Columns: the TPS (village code and TPS number, named as for a TPS list), optionally its class
(``tps_class``, ``kelas``, ``kelas_tps``, ``kerawanan``: kurang rawan / rawan / sangat rawan /
khusus), and any number of threat columns named by the taxonomy:

- a **category** key (``banjir``, ``politik_uang``, ``keamanan``…) holds a level: ``none``,
  ``rendah``, ``sedang``, ``tinggi`` or 0–3;
- an **indicator** key (``rawan_bencana``, ``dpt_tms``, ``riwayat_psu``…) holds yes or no
  (``ya``/``tidak``, ``1``/``0``, ``x``); a category with any indicator marked yes gets the
  level ``sedang``, one whose indicators are all no gets ``none``.

A blank cell leaves that value as it is. :func:`plan_mapping` checks the whole file and says
what would change; :func:`apply_mapping` records it in one transaction, or nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text

from commandpost.core.regions import MAX_TPS_NUMBER, tps_code
from commandpost.core.threats import ThreatLevel, parse_class, parse_level
from commandpost.store import changelog
from commandpost.store.changelog import ChangeSpec
from commandpost.store.database import Database
from commandpost.store.threats import (
    Edit,
    _check_time,
    _need_reason,
    _new_source_spec,
    taxonomy,
)
from commandpost.store.tps_import import (
    COLUMNS as TPS_COLUMNS,
)
from commandpost.store.tps_import import (
    Msg,
    Problem,
    TpsImportError,
    _header_key,
    _whole_number,
    open_table,
)

CLASS_NAMES = ("tps_class", "kelas", "kelas_tps", "kerawanan", "status_kerawanan")
INDICATOR_LEVEL = ThreatLevel.SEDANG
_YES = {"ya", "y", "yes", "1", "x", "v", "true"}
_NO = {"tidak", "t", "no", "n", "0", "false", "-"}


@dataclass(frozen=True)
class MappingPlan:
    source: str
    rows: int
    class_changes: list[tuple[str, str, str]]  # code, old, new
    threat_changes: list[tuple[str, str, int, int]]  # code, category, old, new

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


def plan_mapping(db: Database, path: Path | str) -> MappingPlan:
    path = Path(path)
    name = path.name
    header, header_line, rows = open_table(path)
    categories, indicators = _columns()
    id_aliases = {a: col for col in ("village_code", "tps_number") for a in TPS_COLUMNS[col]}
    problems: list[Problem] = []
    positions: dict[str, int] = {}
    # index, header, category (an indicator: the categories it marks), indicator?
    threat_cols: list[tuple[int, str, Any, bool]] = []
    for index, raw in enumerate(header):
        key = _header_key(raw)
        if not key:
            continue
        column = id_aliases.get(key) or ("tps_class" if key in CLASS_NAMES else None)
        if column:
            if column in positions:
                problems.append(
                    Problem.of(name, header_line, str(raw), Msg.SECOND_COLUMN, column=column)
                )
            positions[column] = index
        elif key in categories:
            threat_cols.append((index, str(raw), categories[key], False))
        elif key in indicators:
            threat_cols.append((index, str(raw), indicators[key], True))
        else:
            problems.append(Problem.of(name, header_line, str(raw), Msg.UNKNOWN_MAPPING_COLUMN))
    for column in ("village_code", "tps_number"):
        if column not in positions:
            problems.append(
                Problem.of(
                    name,
                    header_line,
                    column,
                    Msg.MISSING_COLUMN,
                    names=", ".join(TPS_COLUMNS[column]),
                )
            )
    if "tps_class" not in positions and not threat_cols:
        problems.append(Problem.of(name, header_line, None, Msg.NO_CLASS_OR_THREATS))
    if problems:
        raise TpsImportError(problems)

    wanted_class: dict[str, tuple[int, str]] = {}
    wanted_threat: dict[tuple[str, str], tuple[int, int]] = {}
    seen: dict[str, int] = {}
    count = 0
    for line, row in rows:
        if not any(str(v).strip() for v in row):
            continue
        count += 1

        def cell(i: int, row: list[Any] = row) -> str:
            return str(row[i]).strip() if i < len(row) else ""

        village = cell(positions["village_code"])
        number = _whole_number(cell(positions["tps_number"]))
        if number is None or not 1 <= number <= MAX_TPS_NUMBER:
            problems.append(
                Problem.of(
                    name,
                    line,
                    "tps_number",
                    Msg.NOT_TPS_NUMBER,
                    value=cell(positions["tps_number"]),
                    maximum=MAX_TPS_NUMBER,
                )
            )
            continue
        try:
            code = tps_code(village, number)
        except ValueError:
            problems.append(Problem.of(name, line, "village_code", Msg.NOT_A_CODE, value=village))
            continue
        if code in seen:
            problems.append(
                Problem.of(
                    name,
                    line,
                    "tps_number",
                    Msg.TPS_TWICE,
                    number=number,
                    village=village,
                    earlier=seen[code],
                )
            )
            continue
        seen[code] = line
        if "tps_class" in positions and cell(positions["tps_class"]):
            try:
                wanted_class[code] = (line, parse_class(cell(positions["tps_class"])).value)
            except ValueError:
                problems.append(
                    Problem.of(
                        name,
                        line,
                        str(header[positions["tps_class"]]),
                        Msg.UNKNOWN_CLASS,
                        value=cell(positions["tps_class"]),
                    )
                )
        indicator_votes: dict[str, bool] = {}
        for index, raw, category, is_indicator in threat_cols:
            value = cell(index).lower()
            if not value:
                continue
            if is_indicator:
                if value not in _YES and value not in _NO:
                    problems.append(Problem.of(name, line, raw, Msg.NOT_YES_NO, value=value))
                    continue
                for marked in category:
                    if value in _YES:
                        indicator_votes[marked] = True
                    else:
                        indicator_votes.setdefault(marked, False)
                continue
            try:
                wanted_threat[(code, category)] = (line, int(parse_level(value)))
            except ValueError:
                problems.append(Problem.of(name, line, raw, Msg.UNKNOWN_LEVEL, value=value))
        for category, yes in indicator_votes.items():
            level = int(INDICATOR_LEVEL) if yes else 0
            previous = wanted_threat.get((code, category), (line, 0))[1]
            wanted_threat[(code, category)] = (line, max(previous, level))
    if not count and not problems:
        problems.append(Problem.of(name, None, None, Msg.NO_ROWS))

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
            problems.append(Problem.of(name, line, "tps_number", Msg.NO_SUCH_TPS, code=code))
    if problems:
        problems.sort(key=lambda p: p.row or 0)
        raise TpsImportError(problems)
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
    return MappingPlan(name, count, class_changes, threat_changes)


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
