"""Importing a stage schedule (jadwal tahapan) from CSV/XLSX through the common reader.

KPU offices pass schedules around as spreadsheets: an id, the stage's name, a start and an
end date written the Indonesian way (``27 Nopember 2024``, ``27/11/2024``, ISO), and a
parent id for sub-stages (0 or empty for a top-level stage). A row whose dates cannot be
read, that ends before it starts, or whose parent is not in the file is refused with file,
row and field; by default the whole file is then refused and nothing changes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from commandpost.core.stages import (
    Stage,
    StageError,
    check_stage,
    dated_ancestor,
    span,
    subtree,
)
from commandpost.store.database import Database
from commandpost.store.stages import add_schedule
from commandpost.store.threats import Edit
from commandpost.tabular import (
    ERROR,
    CellProblem,
    Column,
    Msg,
    Problem,
    Problems,
    TableError,
    read_table,
)
from commandpost.tabular.dates import parse_date
from commandpost.tabular.values import clean_text, is_blank


class StageMsg:
    """Messages of the stage import (English, {named} values; translated in the window)."""

    NEED_NAME = "a stage needs a name"
    ONE_DATE = "a stage needs both a start and an end date, or neither (a group of sub-stages)"
    END_BEFORE_START = "ends ({end}) before it starts ({start})"
    NO_PARENT = "parent {parent} is not a stage in this file"
    PARENT_REFUSED = "its parent (row {parent_row}) was refused"
    OUTSIDE_PARENT = "lies outside its parent {parent} ({start} – {end})"
    DUPLICATE_ID = "id {value} is used again (first on row {first_row})"
    CYCLE = "parent {parent} is the stage itself or one of its sub-stages"
    NO_STAGES = "the file holds no stages"

    @classmethod
    def all(cls) -> list[str]:
        return [v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str)]


COLUMNS = (
    Column("id", ("id", "no", "nomor", "kode", "id_tahapan", "kode_tahapan")),
    Column(
        "name",
        ("name", "nama", "tahapan", "nama_tahapan", "kegiatan", "uraian", "uraian_kegiatan"),
        required=True,
    ),
    Column(
        "start",
        ("start", "mulai", "tanggal_mulai", "tgl_mulai", "awal", "dari", "start_date"),
        required=True,
    ),
    Column(
        "end",
        (
            "end",
            "selesai",  # the first Indonesian name is the one messages show
            "finish",
            "tanggal_selesai",
            "tgl_selesai",
            "akhir",
            "sampai",
            "end_date",
        ),
        required=True,
    ),
    Column("parent", ("parent_id", "parent", "induk", "id_induk", "sub_dari")),
)
# A row with a date is a stage; rows without one are kept only when a dated row follows
# (a group above its sub-stages), so a signature block below the table ("Serang, 1 Agustus
# 2024" in the name column) is skipped and said so, never imported as a stage.
IDENTITY = ("start", "end")

# What a stage is for, from the words of its name (first match wins; order matters:
# "penghitungan dan rekapitulasi" is recapitulation, "pemungutan dan penghitungan" voting).
_KIND_WORDS = (
    ("rekapitulasi", "recapitulation"),
    ("pemungutan", "voting"),
    ("penghitungan", "counting"),
    ("masa tenang", "quiet"),
    ("kampanye", "campaign"),
    ("pendaftaran", "registration"),
    ("penetapan", "determination"),
    ("pengundian", "determination"),
    ("pencalonan", "candidacy"),
    ("pemutakhiran", "voter_list"),
    ("data pemilih", "voter_list"),
    ("pembentukan", "formation"),
    ("sengketa", "dispute"),
    ("perselisihan", "dispute"),
    ("pelantikan", "inauguration"),
)


def guess_kind(name: str) -> str:
    """The stage kind a schedule's wording implies (``KAMPANYE`` → campaign), else other."""
    low = " ".join(name.lower().split())
    return next((kind for word, kind in _KIND_WORDS if word in low), "other")


@dataclass
class StagePlan:
    """A checked schedule: ``stages`` ready to add (fresh ids, parents linked), the file's
    row of each, what was refused (with ``skip_bad_rows``) and the reader's notes."""

    file: str
    stages: list[Stage]
    rows: dict[str, int]
    rejected: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)


def _parent_key(value: Any) -> str | None:
    if is_blank(value):
        return None
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return None if text in ("0", "-") else text


def _without_parent_name(name: str, parent: str) -> str:
    """``PENCALONAN : PENETAPAN PASANGAN CALON`` under PENCALONAN → ``PENETAPAN PASANGAN
    CALON``: schedules repeat the parent's name, the timeline shows it once."""
    head, sep, rest = name.partition(":")
    if sep and rest.strip() and " ".join(head.split()).lower() == " ".join(parent.split()).lower():
        return rest.strip()
    return name


def plan_stage_import(
    path: Path | str, *, encoding: str | None = None, skip_bad_rows: bool = False
) -> StagePlan:
    """Read and check a schedule; raises ``TableError`` listing every refused row (file, row,
    field) unless ``skip_bad_rows``, which leaves them out (and their sub-stages) instead."""
    path = Path(path)
    table = read_table(path, COLUMNS, kind="stage schedule", identity=IDENTITY, encoding=encoding)
    problems = Problems(table.file, table.sheet)
    pos = table.positions
    bad: dict[int, Problem] = {}

    def error(line: int, key: str | None, template: str, **args: Any) -> None:
        fld = table.field(key) if key else None
        problems.add(line, fld, template, **args)
        bad.setdefault(line, Problem.of(table.file, line, fld, template, sheet=table.sheet, **args))

    parsed: list[tuple[int, str, Stage, str | None]] = []  # line, file id, stage, parent key
    seen_ids: dict[str, int] = {}
    for line, row in table.rows():

        def cell(key: str, row: list[Any] = row) -> Any:
            i = pos.get(key)
            return row[i] if i is not None and i < len(row) else None

        ok = True
        name = clean_text(cell("name")) if not is_blank(cell("name")) else ""
        if not name:
            error(line, "name", StageMsg.NEED_NAME)
            ok = False
        dates: dict[str, dt.date | None] = {}
        for key in ("start", "end"):
            raw = cell(key)
            dates[key] = None
            if is_blank(raw):
                continue
            try:
                dates[key] = parse_date(raw)
            except CellProblem as exc:
                problems.add_cell(line, table.field(key), exc)
                bad.setdefault(
                    line,
                    Problem.of(
                        table.file,
                        line,
                        table.field(key),
                        exc.template,
                        sheet=table.sheet,
                        **exc.args_,
                    ),
                )
                ok = False
        file_id = _parent_key(cell("id")) or f"row{line}"
        if file_id in seen_ids:
            error(line, "id", StageMsg.DUPLICATE_ID, value=file_id, first_row=seen_ids[file_id])
            ok = False
        else:
            seen_ids[file_id] = line
        if not ok:
            continue
        stage = Stage(
            str(uuid.uuid4()), name, dates["start"], dates["end"], None, guess_kind(name), line
        )
        try:
            check_stage(stage)
        except StageError as exc:
            if exc.code == "end_before_start":
                error(
                    line,
                    "end",
                    StageMsg.END_BEFORE_START,
                    start=stage.start.isoformat(),
                    end=stage.end.isoformat(),
                )
            elif exc.code == "one_date":
                error(line, "start" if stage.start is None else "end", StageMsg.ONE_DATE)
            elif exc.code == "date_range":
                error(line, "start" if exc.values.get("day") == stage.start else "end", str(exc))
            else:
                error(line, None, str(exc))
            continue
        parsed.append((line, file_id, stage, _parent_key(cell("parent"))))

    by_key = {fid: (line, stage) for line, fid, stage, _ in parsed}
    refused_lines = set(bad)
    linked: dict[str, Stage] = {}
    line_of: dict[str, int] = {}
    # Parents first: a row refused makes its sub-stages refused too, whatever the order.
    pending = list(parsed)
    while pending:
        progress = False
        for item in list(pending):
            line, _fid, stage, parent = item
            if parent is None:
                linked[stage.id], line_of[stage.id] = stage, line
            elif parent not in by_key and parent not in seen_ids:
                error(line, "parent", StageMsg.NO_PARENT, parent=parent)
            elif parent in seen_ids and seen_ids[parent] in refused_lines | set(bad):
                error(line, "parent", StageMsg.PARENT_REFUSED, parent_row=seen_ids[parent])
            elif by_key[parent][1].id in linked:
                parent_stage = linked[by_key[parent][1].id]
                stage = replace(
                    stage,
                    parent_id=parent_stage.id,
                    name=_without_parent_name(stage.name, parent_stage.name),
                )
                linked[stage.id], line_of[stage.id] = stage, line
            else:
                continue  # its parent is not placed yet
            pending.remove(item)
            progress = True
        if not progress:  # what is left refers round in a circle
            for line, _fid, _stage, parent in pending:
                error(line, "parent", StageMsg.CYCLE, parent=parent)
            break

    stages = list(linked.values())
    # Sub-stages inside their parents (an undated parent takes its sub-stages' span, so
    # they must lie inside the nearest dated stage above it).
    for stage in stages:
        if stage.parent_id is None or stage.start is None:
            continue
        parent = dated_ancestor(stage, linked)
        if parent is None:
            continue
        assert parent.start is not None and parent.end is not None and stage.end is not None
        if stage.start < parent.start or stage.end > parent.end:
            error(
                line_of[stage.id],
                "start" if stage.start < parent.start else "end",
                StageMsg.OUTSIDE_PARENT,
                parent=parent.name,
                start=parent.start.isoformat(),
                end=parent.end.isoformat(),
            )
    if bad and not skip_bad_rows:
        raise TableError.from_problems(problems)
    # Leave out what was refused late (outside its parent) and everything below it.
    dropped = subtree(stages, [sid for sid, line in line_of.items() if line in bad])
    kept = [s for s in stages if s.id not in dropped]
    if not kept:
        raise TableError(
            [*problems.sorted(), Problem.of(table.file, None, None, StageMsg.NO_STAGES)]
        )
    kept.sort(key=lambda s: line_of[s.id])
    kept = [replace(s, position=i) for i, s in enumerate(kept)]
    rejected = sorted(bad.values(), key=lambda p: p.row or 0)
    return StagePlan(
        table.file,
        kept,
        {s.id: line_of[s.id] for s in kept},
        rejected,
        [*table.report(), *(p for p in problems.sorted() if p.severity != ERROR)],
    )


def apply_stage_import(
    db: Database, plan: StagePlan, *, actor: str, replace_existing: bool = False
) -> Edit:
    """Add the planned stages as one change (undo takes them all away again). With
    ``replace_existing`` the current stages go in the same transaction and the risk
    register's lines move to the new stage of the same kind (store.stage_relink; the move is
    the edit's ``more``; ``stages.schedule_relink_plan`` tells it in advance)."""
    return add_schedule(
        db,
        plan.stages,
        actor=actor,
        reason=f"jadwal tahapan diimpor dari {plan.file}",
        replace_existing=replace_existing,
    )


def spans(plan: StagePlan) -> dict[str, tuple[dt.date, dt.date] | None]:
    """Each planned stage's span (a group's from its sub-stages), for a preview."""
    return {s.id: span(s, plan.stages) for s in plan.stages}


__all__ = [
    "COLUMNS",
    "Msg",
    "StageMsg",
    "StagePlan",
    "apply_stage_import",
    "guess_kind",
    "plan_stage_import",
    "spans",
]
