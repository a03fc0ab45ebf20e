"""The printable lists a command post hands out, as :class:`~.document.Document`s.

Four lists, one header: the unit's kop, an upper-case title, the operation and what the
list covers (a moment, a period, a shift or a stage) centred below, a running header and
"Halaman x dari y" on every page, and the footer saying when and by whom it was made.

* ``tps-rawan``: the TPS rawan and sangat rawan of a unit's jurisdiction with address,
  village, kecamatan, voters and the personnel on the post that holds each.
* ``assignments``: who stands on which post in a shift (or the operation's plan); phone
  numbers only when asked for.
* ``incidents``: the incidents that occurred in a period, and what was recorded on the
  scope's incidents in that period (reported, handled, closed).
* ``risks``: the risk register of a stage and its sub-stages.

Each list has a summary per part (the units directly below the unit) when there is more
than one, then one table with a group row per part, the rows, a subtotal per part and a
total that is the sum of the subtotals. An empty list says "Nihil" in words. Numbers are
written the Indonesian way (17.231).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from commandpost.core.stages import Stage
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.risks import DONE, IN_PROGRESS, PLANNED, find_stage
from commandpost.store.shifts import PLAN, PLAN_NAME, find_shift, get_shift
from commandpost.store.stages import list_stages

from . import words
from .document import Column, Document, Paragraph, Row, Table
from .list_data import (
    ALL_CLASSES,
    LISTED_CLASSES,
    Part,
    assignments,
    incident_log,
    parts_of,
    posts_manned,
    risk_items,
    tps_rawan,
)
from .period import Period, ReportError
from .scope import Scope

LIST_KINDS = ("tps-rawan", "tps", "assignments", "incidents", "risks")
NATIONAL_KOP = ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "MARKAS BESAR")
RISK_STATUS_LABELS = {PLANNED: "Rencana", IN_PROGRESS: "Berjalan", DONE: "Selesai"}
LEVEL_LABELS = {0: "Tidak ada", 1: "Rendah", 2: "Sedang", 3: "Tinggi"}
TOTAL_LABEL = "Jumlah seluruhnya"
# A subtotal or total row's label over two cells ("Jumlah" | "Polres Lebak"), so that it
# fits on one or two lines where the first text column is narrow.
TOTAL_SPLIT = ("Jumlah", "seluruhnya")


def build_list(
    db: Database,
    kind: str,
    scope: Scope,
    *,
    period: Period | None = None,
    stage: str | Stage | None = None,
    shift: str | None = None,
    phone: bool = False,
    made_at: dt.datetime,
    made_by: str,
    classification: str = "",
) -> Document:
    """The list ``kind`` (one of :data:`LIST_KINDS`) for ``scope``.

    ``period`` is required for ``incidents``; ``stage`` (a stage, its id or name) for
    ``risks``; ``shift`` (a shift id or name; None or "rencana" the operation's plan) says
    whose posts the ``assignments`` and ``tps-rawan`` lists show; ``phone`` adds phone
    numbers to the assignment list. ``made_at`` (aware) is when the list is made: the
    moment a TPS or assignment list stands at, and the day a risk counts as overdue.
    Raises ReportError for an unknown kind, shift or stage or a missing argument."""
    if kind not in LIST_KINDS:
        raise ReportError(f"unknown list {kind!r}; the lists are: {', '.join(LIST_KINDS)}")
    if made_at.tzinfo is None:
        raise ReportError("the time a list is made needs a zone")
    frame = _Frame(db, scope, made_at, made_by, classification.strip().upper())
    if kind in ("tps-rawan", "tps"):
        return _tps_list(frame, _shift(db, shift), every=kind == "tps")
    if kind == "assignments":
        return _assignment_list(frame, _shift(db, shift), phone)
    if kind == "incidents":
        if period is None:
            raise ReportError("the incident list needs a period (from, until)")
        return _incident_list(frame, period)
    if stage is None:
        raise ReportError("the risk register needs a stage")
    return _risk_list(frame, _stage(db, stage))


# --- the shared header -----------------------------------------------------------------------


@dataclass
class _Frame:
    db: Database
    scope: Scope
    made_at: dt.datetime
    made_by: str
    classification: str

    @property
    def period(self) -> Period:
        """The minute up to the moment the list is made: what a list that stands at a
        moment (not over a period) gives words.footer and words.per."""
        return Period(self.made_at - dt.timedelta(minutes=1), self.made_at, self.scope.zone)

    @property
    def local(self) -> dt.datetime:
        return self.made_at.astimezone(self.period.tz)

    def letterhead(self) -> tuple[str, ...]:
        if self.scope.unit is None:
            return NATIONAL_KOP
        return words.letterhead([(u.kind, u.name) for u in self.scope.chain])

    def operation_line(self) -> str:
        op = self.scope.operation
        where = f"Wilayah {self.scope.name}" if self.scope.unit else "Seluruh Polda"
        return f"{op.name} · {where}" if op else where

    def at_moment(self) -> str:
        """``Keadaan per pukul 14.05 WIB, Rabu 27 November 2024``."""
        return "Keadaan " + words.per(self.period)

    def moment(self) -> str:
        """``per 27 Nov 2024 14.05 WIB`` (the running header)."""
        return "per " + words.moment(self.local, self.scope.zone)

    def document(
        self,
        *,
        title: str,
        covers: tuple[str, ...],
        running: str,
        blocks: Sequence[Any],
        period: Period | None = None,
        landscape: bool = False,
        meta: dict[str, Any] | None = None,
    ) -> Document:
        return Document(
            title=title,
            blocks=tuple(b for b in blocks if b is not None),
            letterhead=self.letterhead(),
            subtitle=(self.operation_line(), *covers),
            running=running,
            classification=self.classification,
            footer=words.footer(self.made_at, self.made_by, period or self.period),
            landscape=landscape,
            meta={"unit": self.scope.unit.id if self.scope.unit else None, **(meta or {})},
        )


def _shift(db: Database, ref: str | None) -> str:
    if ref is None:
        return PLAN
    try:
        return find_shift(db, ref)
    except ChangeError as exc:
        raise ReportError(str(exc)) from None


def _stage(db: Database, ref: str | Stage) -> Stage:
    if isinstance(ref, Stage):
        return ref
    try:
        return find_stage(db, ref)
    except ChangeError as exc:
        raise ReportError(str(exc)) from None


def _shift_text(db: Database, shift: str, *, short: bool = False) -> str:
    """``Sif 1 06.00–14.00, Rabu 27 November 2024`` (``short``: without the day) or
    ``Rencana operasi``."""
    if shift == PLAN:
        return PLAN_NAME
    found = get_shift(db, shift)
    if short:
        return found.name
    return f"{found.name}, {words.day(found.start.date(), weekday=True).replace(',', '')}"


def _n(value: int) -> str:
    return words.number(value)


# --- tables with groups ----------------------------------------------------------------------


def _active_parts(scope: Scope, keys: Iterable[str]) -> list[Part]:
    """The parts that answer for a kecamatan of the scope, and those ``keys`` name, in
    print order."""
    wanted = set(keys) | {scope.part_of(u) for u in scope.district_unit.values()}
    return [p for p in parts_of(scope) if p.key in wanted]


def _grouped(
    columns: Sequence[Column],
    parts: list[Part],
    rows_of: dict[str, list[Row]],
    subtotal: Callable[[Part], tuple[str, ...]],
    total: tuple[str, ...],
    *,
    caption: str,
    empty: str,
    per_part: str = " per satuan",
) -> Table:
    """One table: for each part with rows a group row, its rows and its subtotal; then
    the total. A scope of one part (a Polsek) has its rows and the total only."""
    rows: list[Row] = []
    grouped = len(parts) > 1
    for part in parts:
        if not rows_of.get(part.key):
            continue
        if grouped:
            rows.append(Row((part.name,), "group"))
        rows += rows_of[part.key]
        if grouped:
            rows.append(Row(subtotal(part), "subtotal"))
    if rows:
        rows.append(Row(total, "total"))
    caption = caption + per_part if grouped else caption
    return Table(tuple(columns), tuple(rows), caption=caption, empty=empty)


def _summary(
    columns: Sequence[Column],
    parts: list[Part],
    figures: Callable[[Part], Sequence[int]],
    *,
    caption: str = "Rekapitulasi per satuan",
) -> Table | None:
    """The summary: one row per part (No, name, its figures) and the total; None when
    the scope has a single part (the detail table's total says it all)."""
    if len(parts) < 2:
        return None
    rows = []
    sums = [0] * (len(columns) - 2)
    for i, part in enumerate(parts, start=1):
        values = list(figures(part))
        sums = [a + b for a, b in zip(sums, values, strict=True)]
        rows.append(Row((_n(i), part.name, *(_n(v) for v in values))))
    rows.append(Row(("", TOTAL_LABEL, *(_n(v) for v in sums)), "total"))
    return Table(tuple(columns), tuple(rows), caption=caption)


def _by_part(items: Iterable[Any]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for item in items:
        found.setdefault(item.part, []).append(item)
    return found


# --- TPS rawan and sangat rawan --------------------------------------------------------------

TPS_COLUMNS = (
    Column("No", 0.95, "right"),
    Column("Kecamatan", 1.6),
    Column("Desa/Kel.", 1.7),
    Column("TPS", 0.85, "right"),
    Column("Alamat TPS", 2.3),
    Column("Kelas", 0.95),
    Column("DPT", 1.4, "right"),
    Column("Personel pengamanan", 2.35),
    Column("Pers.", 0.8, "right"),
)
TPS_SUMMARY = (
    Column("No", 0.5, "right"),
    Column("Satuan", 3.4),
    Column("Rawan", 1.1, "right"),
    Column("Sangat rawan", 1.2, "right"),
    Column("Jumlah TPS", 1.2, "right"),
    Column("DPT", 1.3, "right"),
    Column("Personel", 1.2, "right"),
    Column("TPS tanpa personel", 1.5, "right"),
)
TPS_FIGURES = ("rawan", "sangat_rawan", "tps", "dpt", "people", "unguarded")
# The list of every TPS: kurang rawan and khusus counted too.
TPS_SUMMARY_ALL = (
    Column("No", 0.7, "right"),
    Column("Satuan", 2.8),
    Column("Kurang rawan", 1.2, "right"),
    Column("Rawan", 1.0, "right"),
    Column("Sangat rawan", 1.1, "right"),
    Column("Khusus", 1.1, "right"),
    Column("Jumlah TPS", 1.1, "right"),
    Column("DPT", 1.6, "right"),
    Column("Personel", 1.3, "right"),
    Column("TPS tanpa personel", 1.4, "right"),
)
TPS_FIGURES_ALL = (
    "kurang_rawan",
    "rawan",
    "sangat_rawan",
    "khusus",
    "tps",
    "dpt",
    "people",
    "unguarded",
)


def _class_mix(figures: dict[str, int], every: bool = False) -> str:
    mix = f"R {_n(figures['rawan'])}\nSR {_n(figures['sangat_rawan'])}"
    if every:
        mix = f"KR {_n(figures['kurang_rawan'])}\n{mix}"
        if figures["khusus"]:
            mix += f"\nK {_n(figures['khusus'])}"
    return mix


def _tps_list(frame: _Frame, shift: str, every: bool = False) -> Document:
    """The TPS-rawan list, or with ``every`` the list of every TPS of the scope."""
    scope = frame.scope
    found = tps_rawan(
        frame.db, scope, shift=shift, classes=ALL_CLASSES if every else LISTED_CLASSES
    )
    by_part = _by_part(found)
    parts = _active_parts(scope, by_part)
    figures: dict[str, dict[str, int]] = {}
    rows_of: dict[str, list[Row]] = {}
    number = 0
    for part in parts:
        seen: dict[str, int] = {}  # post -> the TPS number its people are listed at
        counts: Counter[str] = Counter()
        rows: list[Row] = []
        for tps in by_part.get(part.key, []):
            number += 1
            counts[tps.tps_class] += 1
            counts["dpt"] += tps.dpt
            if not tps.people:
                people, count = "Belum ada personel", "0"
                counts["unguarded"] += 1
            elif tps.post_id in seen:
                people, count = f"Satu pos dengan TPS {seen[tps.post_id]} di atas", ""
            else:
                seen[tps.post_id] = tps.number
                people = "\n".join(f"{g.rank} {g.name}" for g in tps.people)
                count = _n(len(tps.people))
                counts["people"] += len(tps.people)
            rows.append(
                Row(
                    (
                        _n(number),
                        tps.kecamatan,
                        tps.desa,
                        str(tps.number),
                        tps.address or "–",
                        tps.class_label,
                        _n(tps.dpt),
                        people,
                        count,
                    )
                )
            )
        rows_of[part.key] = rows
        figures[part.key] = {
            "kurang_rawan": counts["kurang_rawan"],
            "rawan": counts["rawan"],
            "sangat_rawan": counts["sangat_rawan"],
            "khusus": counts["khusus"],
            "tps": sum(counts[k] for k in ALL_CLASSES),
            "dpt": counts["dpt"],
            "people": counts["people"],
            "unguarded": counts["unguarded"],
        }
    keys = TPS_FIGURES_ALL if every else TPS_FIGURES
    total = {k: sum(f[k] for f in figures.values()) for k in keys}

    def line(label: tuple[str, str], f: dict[str, int]) -> tuple[str, ...]:
        mix = _class_mix(f, every)
        return ("", *label, _n(f["tps"]), "", mix, _n(f["dpt"]), "", _n(f["people"]))

    detail = _grouped(
        TPS_COLUMNS,
        parts,
        rows_of,
        lambda p: line(("Jumlah", p.name), figures[p.key]),
        line(TOTAL_SPLIT, total),
        caption="Rincian TPS",
        empty=(
            f"Nihil: belum ada TPS di wilayah {scope.name}."
            if every
            else f"Nihil: tidak ada TPS rawan atau sangat rawan di wilayah {scope.name}."
        ),
    )
    summary = (
        _summary(
            TPS_SUMMARY_ALL if every else TPS_SUMMARY,
            parts,
            lambda p: [figures[p.key][k] for k in keys],
        )
        if found
        else None
    )
    shift_words = _shift_text(frame.db, shift)
    note = Paragraph(
        "Keterangan: kelas TPS menurut pemetaan kerawanan yang tercatat saat daftar dibuat. "
        f"Personel: yang ditugaskan pada pos TPS yang memuat TPS itu ({shift_words}); satu "
        "pos dapat menjaga beberapa TPS, personelnya dicatat dan dihitung sekali. Baris "
        "jumlah: kolom TPS memuat banyaknya TPS, kolom Kelas banyaknya TPS "
        + (
            "kurang rawan (KR), rawan (R), sangat rawan (SR) dan khusus (K)."
            if every
            else "rawan (R) dan sangat rawan (SR)."
        ),
        "note",
    )
    return frame.document(
        title="DAFTAR TPS DAN TINGKAT KERAWANAN" if every else "DAFTAR TPS RAWAN DAN SANGAT RAWAN",
        covers=(frame.at_moment(), f"Personel pengamanan: {shift_words}"),
        running=f"Daftar TPS{'' if every else ' rawan'} · {scope.name} · {frame.moment()}",
        blocks=(summary, note if found else None, detail),
        meta={"kind": "tps" if every else "tps-rawan", "shift": shift, "total": total},
    )


# --- assignments -----------------------------------------------------------------------------


def _clock_of(stamp: str, day: dt.date | None) -> str:
    """``2024-11-27 05:52 WIB`` → ``05.52`` (``28/11 05.52`` on another day than ``day``)."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.strptime(stamp[:16], "%Y-%m-%d %H:%M")
    except ValueError:
        return stamp
    clock = words.clock(moment)
    return clock if moment.date() == day else f"{moment:%d/%m} {clock}"


def _assignment_list(frame: _Frame, shift: str, phone: bool) -> Document:
    scope = frame.scope
    placed = assignments(frame.db, scope, shift=shift, phone=phone)
    timed = shift != PLAN
    day = get_shift(frame.db, shift).start.date() if timed else None
    columns = [
        Column("No", 0.6, "right"),
        Column("Kecamatan", 1.55),
        Column("Pos", 2.6),
        Column("Pangkat", 1.1),
        Column("Nama", 2.75),
        Column("NRP", 1.15),
        Column("Satuan asal", 2.2),
    ]
    if timed:
        columns += [Column("Datang", 0.85, "center"), Column("Pulang", 0.85, "center")]
    if phone:
        columns.append(Column("No HP", 1.55))
    by_part = _by_part(placed)
    parts = _active_parts(scope, by_part)
    manned = posts_manned(frame.db, scope, shift=shift)
    figures: dict[str, dict[str, int]] = {}
    rows_of: dict[str, list[Row]] = {}
    number = 0
    for part in parts:
        rows: list[Row] = []
        present = 0
        for item in by_part.get(part.key, []):
            a = item.row
            number += 1
            present += bool(a.checked_in)
            unit = a.home_unit
            if a.bko_unit:  # BKO to the unit the post is in: "(BKO)" says it all
                here = a.bko_unit in (a.polsek, part.name)
                unit += " (BKO)" if here else f" (BKO {a.bko_unit})"
            cells = [_n(number), a.kecamatan or "–", a.post_name, a.rank_short, a.name, a.nrp, unit]
            if timed:
                cells += [_clock_of(a.checked_in, day), _clock_of(a.checked_out, day)]
            if phone:
                cells.append(a.phone or "–")
            rows.append(Row(tuple(cells)))
        rows_of[part.key] = rows
        figures[part.key] = {
            "posts": manned.get(part.key, 0),
            "people": len(rows),
            "present": present,
        }
    total = {k: sum(f[k] for f in figures.values()) for k in ("posts", "people", "present")}

    def line(label: tuple[str, str], f: dict[str, int]) -> tuple[str, ...]:
        people = f"{_n(f['people'])} orang di {_n(f['posts'])} pos"
        cells = ["", *label, "", people, "", ""]
        if timed:
            cells += [_n(f["present"]), ""]
        if phone:
            cells.append("")
        return tuple(cells)

    shift_words = _shift_text(frame.db, shift)
    detail = _grouped(
        columns,
        parts,
        rows_of,
        lambda p: line(("Jumlah", p.name), figures[p.key]),
        line(TOTAL_SPLIT, total),
        caption="Rincian penugasan",
        empty=f"Nihil: belum ada personel ditugaskan di wilayah {scope.name} ({shift_words}).",
    )
    keys = ["posts", "people"] + (["present"] if timed else [])
    summary_columns = [
        Column("No", 0.5, "right"),
        Column("Satuan", 4.0),
        Column("Pos", 1.3, "right"),
        Column("Personel", 1.3, "right"),
    ]
    if timed:
        summary_columns.append(Column("Sudah datang", 1.4, "right"))
    summary = (
        _summary(summary_columns, parts, lambda p: [figures[p.key][k] for k in keys])
        if placed
        else None
    )
    notes = [
        "Keterangan: satuan menurut wilayah pos (Polsek atau Polres yang bertanggung jawab "
        "atas kecamatannya). Satuan asal: satuan induk personel; (BKO): diperbantukan ke "
        "satuan wilayah pos itu."
    ]
    if timed:
        notes.append(f"Datang dan pulang dalam {scope.zone}.")
    if phone:
        notes.append("Daftar ini memuat nomor telepon pribadi: jangan disebarluaskan.")
    return frame.document(
        title="DAFTAR PENUGASAN PERSONEL",
        covers=(f"Penugasan: {shift_words}", frame.at_moment()),
        running=f"Daftar penugasan personel · {scope.name} · "
        f"{_shift_text(frame.db, shift, short=True)} · {frame.moment()}",
        # The times of a shift and the phone numbers need the width of a landscape page.
        landscape=timed or phone,
        blocks=(summary, Paragraph(" ".join(notes), "note") if placed else None, detail),
        meta={"kind": "assignments", "shift": shift, "phone": phone, "total": total},
    )


# --- incidents and activity ------------------------------------------------------------------

INCIDENT_COLUMNS = (
    Column("No", 0.55, "right"),
    Column("Waktu", 1.2),
    Column("Tempat", 2.3),
    Column("Jenis", 1.6),
    Column("Uraian dan tindakan", 4.35),
    Column("Status", 1.45),
    Column("Pelapor / pencatat", 1.7),
)
ACTIVITY_COLUMNS = (
    Column("No", 0.55, "right"),
    Column("Waktu", 1.2),
    Column("Kejadian", 3.2),
    Column("Langkah", 1.45),
    Column("Catatan dan tindakan", 4.4),
    Column("Oleh", 1.9),
)
STATUS_KEYS = ("dilaporkan", "ditangani", "selesai")


def _when(moment: dt.datetime, period: Period) -> str:
    """``27 Nov`` over ``14.30``; with the year when the period spans two years."""
    day = words.short_day(moment.date())
    if period.local_start.year == period.local_end.year:
        day = day.rsplit(" ", 1)[0]
    return f"{day}\n{words.clock(moment)}"


def _incident_list(frame: _Frame, period: Period) -> Document:
    scope = frame.scope
    log = incident_log(frame.db, scope, period)
    parts = _active_parts(scope, {i.part for i in log.incidents} | {a.part for a in log.activity})
    numbers: dict[str, int] = {}
    figures: dict[str, Counter[str]] = {p.key: Counter() for p in parts}
    rows_of: dict[str, list[Row]] = {}
    for i, incident in enumerate(log.incidents, start=1):
        numbers[incident.id] = i
        figures[incident.part][incident.status] += 1
        figures[incident.part]["all"] += 1
        told = incident.description.strip()
        for label, value in (
            ("Orang terlibat", incident.people),
            ("Kerugian", incident.damage),
            ("Tindakan", incident.actions),
        ):
            if value.strip():
                told += f"\n{label}: {value.strip()}"
        rows_of.setdefault(incident.part, []).append(
            Row(
                (
                    _n(i),
                    _when(incident.occurred, period),
                    incident.place,
                    incident.type_label,
                    told,
                    incident.status_label,
                    incident.reporter or "–",
                )
            )
        )
    total: Counter[str] = sum(figures.values(), Counter())

    def incident_line(label: tuple[str, str], f: Counter[str]) -> tuple[str, ...]:
        mix = ", ".join(f"{_n(f[k])} {k}" for k in STATUS_KEYS if f[k])
        return ("", *label, f"{_n(f['all'])} kejadian", mix, "", "")

    incidents = _grouped(
        INCIDENT_COLUMNS,
        parts,
        rows_of,
        lambda p: incident_line(("Jumlah", p.name), figures[p.key]),
        incident_line(TOTAL_SPLIT, total),
        caption="A. Kejadian yang terjadi dalam periode",
        per_part="",
        empty=f"Nihil: tidak ada kejadian di wilayah {scope.name} dalam periode ini.",
    )
    steps: Counter[str] = Counter()
    step_rows: dict[str, list[Row]] = {}
    for i, act in enumerate(log.activity, start=1):
        steps[act.part] += 1
        if act.incident in numbers:
            ref = f" (kejadian no. {_n(numbers[act.incident])})"
        elif act.occurred is not None:
            ref = f" (terjadi {words.moment(act.occurred, period.zone)})"
        else:
            ref = ""
        note = act.note + (f"\nTindakan: {act.actions}" if act.actions else "")
        step_rows.setdefault(act.part, []).append(
            Row(
                (
                    _n(i),
                    _when(act.recorded, period),
                    f"{act.type_label}, {act.place}{ref}",
                    act.status_label or "Perubahan",
                    note,
                    act.actor or "–",
                )
            )
        )

    def step_line(label: tuple[str, str], count: int) -> tuple[str, ...]:
        return ("", *label, f"{_n(count)} langkah", "", "")

    activity = _grouped(
        ACTIVITY_COLUMNS,
        parts,
        step_rows,
        lambda p: step_line(("Jumlah", p.name), steps[p.key]),
        step_line(TOTAL_SPLIT, sum(steps.values())),
        caption="B. Langkah penanganan yang dicatat dalam periode",
        per_part="",
        empty=f"Nihil: tidak ada langkah penanganan kejadian di wilayah {scope.name} yang "
        "dicatat dalam periode ini.",
    )
    summary = (
        _summary(
            (
                Column("No", 0.5, "right"),
                Column("Satuan", 3.6),
                Column("Dilaporkan", 1.3, "right"),
                Column("Ditangani", 1.3, "right"),
                Column("Selesai", 1.3, "right"),
                Column("Jumlah kejadian", 1.5, "right"),
                Column("Langkah dicatat", 1.5, "right"),
            ),
            parts,
            lambda p: [
                *(figures[p.key][k] for k in STATUS_KEYS),
                figures[p.key]["all"],
                steps[p.key],
            ],
        )
        if log.incidents or log.activity
        else None
    )
    note = Paragraph(
        words.clock_note(period) + " Status kejadian: keadaan saat daftar dibuat; kejadian "
        "yang dibatalkan tidak dimuat. Bagian B memuat langkah yang dicatat dalam periode, "
        "juga untuk kejadian sebelum periode.",
        "note",
    )
    return frame.document(
        title="DAFTAR KEJADIAN DAN KEGIATAN",
        covers=(f"Periode {words.span(period)}",),
        running=f"Daftar kejadian · {scope.name} · per "
        f"{words.moment(period.local_end, period.zone)}",
        blocks=(summary, note, incidents, activity),
        period=period,
        meta={
            "kind": "incidents",
            "since": period.since,
            "until": period.until,
            "total": {"incidents": total["all"], "steps": sum(steps.values())},
        },
    )


# --- the risk register -----------------------------------------------------------------------


def _stage_text(stage: Stage) -> str:
    if stage.start is None or stage.end is None:
        return f"Tahapan {stage.name}"
    if stage.start == stage.end:
        return f"Tahapan {stage.name} ({words.day(stage.start)})"
    return f"Tahapan {stage.name} ({words.day(stage.start)} s.d. {words.day(stage.end)})"


def _risk_list(frame: _Frame, stage: Stage) -> Document:
    scope = frame.scope
    today = frame.local.date()
    found = risk_items(frame.db, scope, stage.id, today=today)
    substages = any(s.parent_id == stage.id for s in list_stages(frame.db))
    columns = [
        Column("No", 0.65, "right"),
        Column("Wilayah", 2.0),
        Column("Ancaman", 1.7),
        Column("Tingkat", 1.2),
        Column("Mitigasi", 3.9),
        Column("Instansi", 1.35),
        Column("Status", 1.25),
        Column("Batas waktu", 1.3),
    ]
    if substages:  # room for the sub-stage: the mitigation and area give some
        columns[1] = Column("Wilayah", 1.8)
        columns[4] = Column("Mitigasi", 3.2)
        columns.insert(1, Column("Tahapan", 1.8))
    by_part = _by_part(found)
    parts = _active_parts(scope, by_part)
    figures: dict[str, Counter[str]] = {p.key: Counter() for p in parts}
    rows_of: dict[str, list[Row]] = {}
    number = 0
    for part in parts:
        rows = []
        for r in by_part.get(part.key, []):
            item, f = r.item, figures[part.key]
            number += 1
            f["all"] += 1
            f["high" if item.level >= 3 else ("medium" if item.level == 2 else "low")] += 1
            f[item.status] += 1
            f["overdue"] += item.overdue
            mitigation = item.mitigation + (f"\nCatatan: {item.note}" if item.note else "")
            due = words.short_day(item.due) if item.due else "–"
            if item.overdue:
                due += "\nlewat batas"
            cells = [
                _n(number),
                r.place,
                item.threat_label,
                LEVEL_LABELS.get(item.level, str(item.level)),
                mitigation,
                item.agency_label or "–",
                RISK_STATUS_LABELS.get(item.status, item.status),
                due,
            ]
            if substages:
                cells.insert(1, item.stage_name or "–")
            rows.append(Row(tuple(cells)))
        rows_of[part.key] = rows
    total: Counter[str] = sum(figures.values(), Counter())

    def line(label: tuple[str, str], f: Counter[str]) -> tuple[str, ...]:
        mix = ", ".join(
            f"{_n(f[k])} {RISK_STATUS_LABELS[k].lower()}"
            for k in (PLANNED, IN_PROGRESS, DONE)
            if f[k]
        )
        # No, [Tahapan,] Wilayah, Ancaman, Tingkat, Mitigasi, Instansi, Status, Batas waktu
        if substages:
            return ("", *label, f"{_n(f['all'])} risiko", "", mix, "", "", "")
        return ("", " ".join(label), f"{_n(f['all'])} risiko", "", mix, "", "", "")

    detail = _grouped(
        columns,
        parts,
        rows_of,
        lambda p: line(("Jumlah", p.name), figures[p.key]),
        line(TOTAL_SPLIT, total),
        caption="Rincian risiko",
        empty=f"Nihil: register risiko tahapan {stage.name} tidak memuat risiko di wilayah "
        f"{scope.name}.",
    )
    summary = (
        _summary(
            (
                Column("No", 0.5, "right"),
                Column("Satuan", 3.6),
                Column("Tinggi", 1.1, "right"),
                Column("Sedang", 1.1, "right"),
                Column("Rendah", 1.1, "right"),
                Column("Jumlah risiko", 1.4, "right"),
                Column("Selesai", 1.1, "right"),
                Column("Lewat batas", 1.3, "right"),
            ),
            parts,
            lambda p: [
                figures[p.key][k] for k in ("high", "medium", "low", "all", DONE, "overdue")
            ],
        )
        if found
        else None
    )
    note = Paragraph(
        "Keterangan: risiko tahapan ini dan sub-tahapannya. Risiko untuk satu kabupaten/kota "
        "atau seluruh provinsi dimuat bila satuan bertanggung jawab atas sebagian wilayahnya; "
        "bila wilayah itu dibagi beberapa satuan, risiko dimuat pada kelompok lintas satuan. "
        f"Lewat batas: belum selesai pada {words.day(today)}.",
        "note",
    )
    return frame.document(
        title="REGISTER RISIKO",
        covers=(_stage_text(stage), frame.at_moment()),
        running=f"Register risiko {stage.name} · {scope.name} · {frame.moment()}",
        blocks=(summary, note if found else None, detail),
        meta={"kind": "risks", "stage": stage.id, "total": dict(total)},
    )
