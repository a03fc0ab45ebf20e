"""Taking TPS out of the tree: the undo of a TPS-list import, and the TPS a newer list no
longer has, when the officer chooses to delete them.

Only a TPS that carries nothing an officer recorded can go. A TPS is *kept*, with the reason,
when it has a class or a voting-day step set by anyone (a ``field_version`` of a field that
is not a list field, or a class other than kurang rawan, or a progress step), a threat, an
incident, a risk-register line, or a post of people (a TPS post at its village naming its
number). Nothing an officer saved is ever lost that way: they move or clear those first.

A removal is one ``remove_tps`` change whose values hold the removed rows exactly as the list
had them (village, number, address, DPT, DPT L, DPT P), so that its undo is an ``import_tps``
change of the same rows, and the undo of an import a ``remove_tps`` of the rows it added.
Their edits carry one :class:`FieldWrite` per TPS (field ``exists``, :func:`writes_of`) so
that the window's undo history counts and repaints them like any other edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from commandpost.core.changes import Change
from commandpost.core.regions import tps_code
from commandpost.store.changelog import (
    ChangeError,
    ChangeSpec,
    Executor,
    FieldWrite,
    Progress,
    batch_op,
)
from commandpost.store.sql import text

# The fields a TPS list sets; any other field written by a change is an officer's record.
LIST_FIELDS = ("address", "dpt", "dpt_l", "dpt_p")
EXISTS = "exists"  # the pseudo-field of the writes a removal or an import returns

# Why a TPS is kept (the window and the command line word them).
KEPT_CLASS = "class"
KEPT_PROGRESS = "progress"
KEPT_THREAT = "threat"
KEPT_INCIDENT = "incident"
KEPT_RISK = "risk"
KEPT_POST = "post"
KEPT_ORDER = (KEPT_INCIDENT, KEPT_POST, KEPT_THREAT, KEPT_CLASS, KEPT_PROGRESS, KEPT_RISK)

TpsRow = tuple[str, int, str, int, int | None, int | None]  # village, no, address, DPT, L, P
_CHUNK = 5000


@dataclass
class Removal:
    """Which of the asked TPS can be removed (their rows as they are now) and which are kept:
    ``kept`` names each one's first reason in :data:`KEPT_ORDER`, ``reasons`` all of them in
    that order; codes not in the database are ``gone``."""

    rows: list[TpsRow] = field(default_factory=list)
    kept: dict[str, str] = field(default_factory=dict)
    gone: list[str] = field(default_factory=list)
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def codes(self) -> list[str]:
        return [tps_code(r[0], r[1]) for r in self.rows]

    def kept_by_reason(self) -> dict[str, int]:
        """How many TPS are kept for each reason, in :data:`KEPT_ORDER`."""
        counts = {r: 0 for r in KEPT_ORDER}
        for why in self.kept.values():
            counts[why] += 1
        return {r: n for r, n in counts.items() if n}


def _chunks(codes: list[str]):
    for start in range(0, len(codes), _CHUNK):
        yield codes[start : start + _CHUNK]


def _driver(conn: Executor):
    """The Connection under a Session, or the Connection itself (no import of the ORM:
    the window imports this module before its first paint)."""
    return conn if hasattr(conn, "exec_driver_sql") else conn.connection()


def _each(conn: Executor, sql: str, codes: list[str]):
    """Rows of ``sql`` (its ``{}`` the ``?`` of one chunk of ``codes``), chunk after chunk:
    plain placeholders, because SQLAlchemy's expanding parameters cost 20 s to compile for a
    whole country's 820,161 codes (measured on an import's undo)."""
    driver = _driver(conn)
    for chunk in _chunks(codes):
        yield from driver.exec_driver_sql(sql.format(", ".join("?" * len(chunk))), tuple(chunk))


_TPS_ROWS = (
    "SELECT code, village_code, number, address, dpt, dpt_l, dpt_p, tps_class, progress, "
    "problem FROM tps WHERE code IN ({})"
)
_TPS_STATE = "SELECT code, village_code, tps_class, progress, problem FROM tps WHERE code IN ({})"
_OFFICER_FIELDS = (
    "SELECT entity_id, field FROM field_version WHERE entity = 'tps' AND entity_id IN ({}) "
    f"AND field NOT IN ({', '.join(repr(f) for f in LIST_FIELDS)})"
)
_THREATS = "SELECT DISTINCT node_code FROM threat WHERE node_code IN ({})"
_INCIDENTS = "SELECT DISTINCT node_code FROM incident WHERE node_code IN ({})"
_RISKS = "SELECT DISTINCT node_code FROM risk WHERE node_code IN ({})"
_TPS_POSTS = "SELECT node_code, tps FROM post WHERE kind = 'tps' AND node_code IN ({})"


def _post_numbers(spec: str) -> set[int]:
    """The TPS numbers a TPS post names ("1,2,3,7"; ranges "1-3" too)."""
    out: set[int] = set()
    for part in (spec or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        low, _dash, high = part.partition("-")
        try:
            first = int(low)
            last = int(high) if high.strip() else first
        except ValueError:
            continue
        out.update(range(first, min(last, first + 1000) + 1))
    return out


def check_removal(conn: Executor, codes: list[str], *, rows: bool = True) -> Removal:
    """Which of ``codes`` (TPS codes) can be removed now, and which must stay and why.

    Reads only; a few chunked queries (a whole country's 820,161 TPS in seconds). With
    ``rows=False`` only ``kept`` and ``gone`` are filled (the check a removal repeats inside
    its own transaction)."""
    asked = sorted(set(codes))
    found: dict[str, str] = {}  # code → village
    values: dict[str, TpsRow] = {}
    why_kept: dict[str, set[str]] = {}

    def keep(code: str, why: str) -> None:
        if code in found:
            why_kept.setdefault(code, set()).add(why)

    for row in _each(conn, _TPS_ROWS if rows else _TPS_STATE, asked):
        code, village = row[0], row[1]
        found[code] = village
        tps_class, progress, problem = row[-3:]
        if rows:
            values[code] = (village, int(row[2]), row[3] or "", int(row[4]), row[5], row[6])
        if tps_class != "kurang_rawan":
            keep(code, KEPT_CLASS)
        if progress != "none" or problem:
            keep(code, KEPT_PROGRESS)
    present = sorted(found)
    for code, fld in _each(conn, _OFFICER_FIELDS, present):
        keep(code, KEPT_PROGRESS if fld.startswith(("progress", "problem")) else KEPT_CLASS)
    for sql, why in ((_THREATS, KEPT_THREAT), (_INCIDENTS, KEPT_INCIDENT), (_RISKS, KEPT_RISK)):
        for (code,) in _each(conn, sql, present):
            keep(code, why)
    for village, numbers in _each(conn, _TPS_POSTS, sorted(set(found.values()))):
        for number in _post_numbers(numbers):
            keep(tps_code(village, number), KEPT_POST)
    reasons = {code: tuple(r for r in KEPT_ORDER if r in whys) for code, whys in why_kept.items()}
    kept = {code: whys[0] for code, whys in reasons.items()}
    removable = [values[code] for code in present if code not in kept] if rows else []
    return Removal(removable, kept, [c for c in asked if c not in found], reasons)


def removal_spec(
    removal: Removal,
    actor: str,
    reason: str,
    *,
    source: str | None = None,
    compensates: str | None = None,
    extra: dict[str, Any] | None = None,
) -> ChangeSpec | None:
    """The ``remove_tps`` change for the removable rows of ``removal`` (``extra``: more
    values, e.g. the import's file digest and batch key); None when none."""
    if not removal.rows:
        return None
    values: dict[str, Any] = {"rows": removal.rows, **(extra or {})}
    if source:
        values["source"] = source
    if compensates:
        values["compensates"] = compensates
    return ChangeSpec(
        actor, "tps", source or f"{len(removal.rows)} TPS", "remove_tps", values, reason
    )


def restore_spec(
    rows: list[list[Any]], actor: str, reason: str, *, compensates: str, source: str = ""
) -> ChangeSpec:
    """The ``import_tps`` change that puts removed rows back (the undo of a removal)."""
    values: dict[str, Any] = {"source": source, "rows": rows, "compensates": compensates}
    return ChangeSpec(actor, "tps", source or f"{len(rows)} TPS", "import_tps", values, reason)


class RowWrites(Sequence[FieldWrite]):
    """The ``exists`` writes of an import (``now=True``) or a removal (``now=False``) of
    ``rows``, made one at a time when read: a whole country's list is 820,161 rows, and a
    FieldWrite each would hold about 190 MB for as long as the step can be undone. The rows
    are the change's own list, not a copy. ``villages``: the villages they lie in."""

    def __init__(self, rows: Sequence[Any], *, now: bool) -> None:
        self.rows = rows
        self.now = now

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> FieldWrite: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FieldWrite]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._write(r) for r in self.rows[index]]
        return self._write(self.rows[index])

    def __iter__(self) -> Iterator[FieldWrite]:
        return (self._write(r) for r in self.rows)

    def _write(self, row: Any) -> FieldWrite:
        return FieldWrite(tps_code(str(row[0]), int(row[1])), EXISTS, not self.now, self.now)

    @property
    def villages(self) -> set[str]:
        return {str(r[0]) for r in self.rows}


def exists_writes(rows: Sequence[Any], *, now: bool) -> RowWrites:
    """The writes an import (``now=True``) or a removal (``now=False``) of ``rows`` made."""
    return RowWrites(rows, now=now)


_DELETES = (
    "DELETE FROM field_version WHERE entity = 'tps' AND entity_id IN ({})",
    "DELETE FROM tps WHERE code IN ({})",
    "DELETE FROM node WHERE code IN ({}) AND level = 4",
)
_LINK = "INSERT OR IGNORE INTO change_node (change_id, node_code) VALUES (?, ?)"


@batch_op("remove_tps")
def apply_remove_tps(session: Executor, change: Change, progress: Progress | None) -> None:
    """values: {"rows": [[village, no, address, dpt, dpt_l, dpt_p]], and "source" (the file
    whose list no longer has them) or "compensates" (the import this undoes)}.

    Refuses (ChangeError, nothing changed) when a TPS is missing or an officer has recorded
    something on it since the removal was checked: a replay never half-applies."""
    from commandpost.store.regions import recount

    rows = change.values.get("rows")
    if not isinstance(rows, list | tuple) or not rows:
        raise ChangeError("remove_tps needs a non-empty 'rows' list")
    codes = [tps_code(str(r[0]), int(r[1])) for r in rows]
    if len(set(codes)) != len(codes):
        raise ChangeError("a TPS twice in one removal")
    check = check_removal(session, codes, rows=False)
    if check.gone:
        raise ChangeError(f"no TPS {', '.join(check.gone[:5])}")
    if check.kept:
        first = sorted(check.kept)[:5]
        raise ChangeError(
            f"TPS {', '.join(first)} carry officers' records ({check.kept[first[0]]}); not removed"
        )
    driver = _driver(session)
    total = max(1, len(codes))
    for start in range(0, len(codes), _CHUNK):
        chunk = tuple(codes[start : start + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        for sql in _DELETES:
            driver.exec_driver_sql(sql.format(marks), chunk)
        if progress:
            progress(min(1.0, (start + _CHUNK) / total), "tps")
    villages = sorted({c.rsplit(".", 1)[0] for c in codes})
    driver.exec_driver_sql(_LINK, [(change.id, v) for v in villages])
    recount(session, sorted({v.split(".")[0] for v in villages}))


STRUCTURAL_OPS = frozenset({"import_tps", "remove_tps"})


def _json(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else json.loads(value)


def compensation(conn: Executor, change: Change, actor: str, reason: str) -> ChangeSpec | None:
    """The change that takes back an import (``remove_tps`` of the TPS it added that still
    hold exactly what it gave them and carry no officer's record) or a removal
    (``import_tps`` of the removed rows that are still absent). None when nothing is left
    to take back: every TPS was changed or recorded on since, or is back already."""
    rows = change.values.get("rows") or []
    if change.op == "import_tps":
        removal, _changed = _as_imported(conn, rows)
        return removal_spec(removal, actor, reason, compensates=change.id)
    if change.op == "remove_tps":
        absent, _back = _still_removed(conn, rows)
        if not absent:
            return None
        return restore_spec([list(r) for r in absent], actor, reason, compensates=change.id)
    raise ChangeError(f"{change.op} is not a TPS import or removal")


def _as_imported(conn: Executor, rows: Sequence[Any]) -> tuple[Removal, list[str]]:
    """Of an import's rows, the TPS that can be removed because they still hold exactly
    what the import gave them (``Removal.rows``; kept and gone as check_removal says), and
    the codes changed since."""
    given = {tps_code(str(r[0]), int(r[1])): _list_values(r) for r in rows}
    removal = check_removal(conn, list(given))
    same, changed = [], []
    for r in removal.rows:
        code = tps_code(r[0], r[1])
        (same if given[code] == _list_values(r) else changed).append(r)
    removal.rows = same
    return removal, [tps_code(r[0], r[1]) for r in changed]


def _still_removed(conn: Executor, rows: Sequence[Any]) -> tuple[list[Any], list[str]]:
    """Of a removal's rows, those still absent (to restore), and the codes back since."""
    codes = [tps_code(str(r[0]), int(r[1])) for r in rows]
    back = {c for (c,) in _each(conn, "SELECT code FROM tps WHERE code IN ({})", codes)}
    absent = [r for r, code in zip(rows, codes, strict=True) if code not in back]
    return absent, sorted(back)


def _list_values(row: Any) -> tuple:
    """What a TPS list gave a TPS: address, DPT, DPT L, DPT P (L and P None when absent)."""
    by_sex = list(row[4:6]) + [None] * (2 - len(row[4:6]))
    return (
        str(row[2] or ""),
        int(row[3]),
        *(None if v is None else int(v) for v in by_sex),
    )


def writes_of(spec: ChangeSpec) -> RowWrites:
    """The ``exists`` writes of a recorded import or removal spec (for the undo history)."""
    return exists_writes(spec.values["rows"], now=spec.op == "import_tps")


class NoImport(ChangeError):
    """There is no TPS-list import to take back (or not the one named)."""


_IMPORTS = text(
    "SELECT c.id, json_extract(c.[values], '$.batch') "
    "FROM change_log c WHERE c.op IN ('import_tps', 'set_many', 'remove_tps') "
    "AND json_extract(c.[values], '$.batch') IS NOT NULL "
    "AND json_extract(c.[values], '$.compensates') IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM change_log u "
    "  WHERE json_extract(u.[values], '$.compensates') = c.id) "
    "ORDER BY c.rowid DESC"
)
_SAME_IMPORT = text(
    "SELECT c.id, c.station_id, c.seq, c.hlc, c.actor, c.entity, c.entity_id, c.op, "
    "c.[values], c.reason, c.prev_hash, c.hash FROM change_log c "
    "WHERE c.op IN ('import_tps', 'set_many', 'remove_tps') "
    "AND json_extract(c.[values], '$.batch') = :batch "
    "AND NOT EXISTS (SELECT 1 FROM change_log u "
    "  WHERE json_extract(u.[values], '$.compensates') = c.id) ORDER BY c.seq"
)


def import_step(db, change_id: str | None = None) -> list:
    """The edits of one TPS-list import as the window's undo would hold them, rebuilt from
    the log: the newest import not yet taken back, or the one whose change id starts with
    ``change_id``. An import is the ``import_tps``, ``set_many`` and ``remove_tps`` changes
    recorded together, which share a ``batch`` key (imports recorded before that key
    existed cannot be found). Returns [store.threats.Edit]; raises :class:`NoImport`."""
    from commandpost.store.threats import Edit

    with db.engine.connect() as conn:
        found = None
        for cid, batch in conn.execute(_IMPORTS):
            if change_id is None or cid.startswith(change_id):
                found = batch
                break
        if found is None:
            raise NoImport(
                f"no TPS-list import {change_id} to take back"
                if change_id
                else "no TPS-list import to take back"
            )
        run = [
            Change(*row[:8], _json(row[8]), *row[9:])
            for row in conn.execute(_SAME_IMPORT, {"batch": found})
        ]
    edits = []
    for change in run:
        if change.op in STRUCTURAL_OPS:
            writes = exists_writes(change.values.get("rows") or [], now=change.op == "import_tps")
        else:
            before = change.values.get("before")
            if before is None:
                raise NoImport(
                    "this import's DPT changes were recorded before the log kept what they "
                    "overwrote; they cannot be taken back from the command line"
                )
            writes = [
                FieldWrite(code, fld, before[code].get(fld), value)
                for code, fields in change.values["items"].items()
                for fld, value in fields.items()
            ]
        edits.append(Edit(change, "tps", tuple(writes), change.entity_id))
    return edits


CHANGED_SINCE = "changed"  # a value the import gave was changed again since
ALREADY_BACK = "back"  # a removed TPS is in the database again
NOT_THERE = "gone"  # a TPS the import added is no longer in the database


@dataclass
class UndoPart:
    """What taking back one change of an import would do: ``op`` its kind (import_tps: new
    TPS removed; set_many: DPT and addresses written back; remove_tps: deleted TPS
    restored), ``taken`` the TPS it takes back, ``left`` those it leaves, each with why
    (a KEPT_* reason, :data:`CHANGED_SINCE`, :data:`ALREADY_BACK` or :data:`NOT_THERE`)."""

    op: str
    taken: list[str]
    left: dict[str, tuple[str, ...]]


def undo_preview(conn: Executor, edits: list) -> list[UndoPart]:
    """Read only: what :func:`store.threats.compensate_all` would take back of an import's
    edits (from :func:`import_step`) now, TPS by TPS."""
    from commandpost.store.changelog import current_values

    parts = []
    for edit in edits:
        change = edit.change
        rows = change.values.get("rows") or []
        left: dict[str, tuple[str, ...]] = {}
        if change.op == "import_tps":
            removal, changed = _as_imported(conn, rows)
            taken = removal.codes
            left = {c: (CHANGED_SINCE,) for c in changed}
            left.update(removal.reasons)
            left.update({c: (NOT_THERE,) for c in removal.gone})
        elif change.op == "remove_tps":
            absent, back = _still_removed(conn, rows)
            taken = [tps_code(str(r[0]), int(r[1])) for r in absent]
            left = {c: (ALREADY_BACK,) for c in back}
        else:
            wanted: dict[str, set[str]] = {}
            for w in edit.writes:
                wanted.setdefault(w.entity_id, set()).add(w.field)
            now = current_values(conn, "tps", wanted)
            still = {w.entity_id for w in edit.writes if now.get((w.entity_id, w.field)) == w.new}
            taken = sorted(still)
            left = {c: (CHANGED_SINCE,) for c in sorted(set(wanted) - still)}
        parts.append(UndoPart(change.op, sorted(taken), dict(sorted(left.items()))))
    return parts


@dataclass(frozen=True)
class ListSummary:
    """What a region's history needs of a TPS import or removal, without its rows: the file,
    the change it takes back (if any), and its TPS per village."""

    source: str
    compensates: str | None
    per_village: dict[str, int]

    def count_under(self, code: str) -> int:
        """TPS of the change at ``code`` (a region) or below it."""
        if code in self.per_village:
            return self.per_village[code]
        prefix = code + "."
        return sum(n for v, n in self.per_village.items() if v.startswith(prefix))


# Changes never change: a summary once made serves every later history view. A whole
# country's import is 30 MB of JSON, about a second to read; a few are kept.
_SUMMARIES: dict[str, ListSummary] = {}
_SUMMARIES_KEPT = 8


def remember(change_id: str, values: dict[str, Any]) -> ListSummary:
    """Summarise an import's or removal's values (when recorded, or when first read)."""
    per_village: dict[str, int] = {}
    for r in values.get("rows") or ():
        village = str(r[0])
        per_village[village] = per_village.get(village, 0) + 1
    summary = ListSummary(str(values.get("source") or ""), values.get("compensates"), per_village)
    _SUMMARIES[change_id] = summary
    while len(_SUMMARIES) > _SUMMARIES_KEPT:
        del _SUMMARIES[next(iter(_SUMMARIES))]
    return summary


def list_summary(conn: Executor, change_id: str) -> ListSummary:
    """The summary of a recorded import or removal, read from the log once."""
    found = _SUMMARIES.get(change_id)
    if found is not None:
        return found
    raw = (
        _driver(conn)
        .exec_driver_sql("SELECT [values] FROM change_log WHERE id = ?", (change_id,))
        .scalar_one()
    )
    return remember(change_id, _json(raw))
