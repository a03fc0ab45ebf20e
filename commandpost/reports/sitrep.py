"""The situation report (laporan situasi) as a printable document, in Indonesian.

Sections follow the police report a Polres or Polda posko sends up each day (the domain
brief, "What a situation report holds"): header with unit, operation and period; 1. general
situation; 2. stage and stage clock; 3. strength; 4. TPS by class per unit below; 5.
vulnerability changes in the period; 6. significant incidents (and those logged late, and
the running total since the operation began); 7. mitigation and the stage's risk register;
8. obstacles; 9. prediction (24 and 48 hours) and recommendation; the signature block.
A section whose data does not exist says so on paper, never blank.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from commandpost.core.stages import stage_clock
from commandpost.core.strength import SHARE_SCALE
from commandpost.core.threats import INCIDENT_FLOW
from commandpost.reports import words
from commandpost.reports.document import (
    Column,
    Document,
    Fields,
    Heading,
    Paragraph,
    Picture,
    Row,
    Signature,
    Table,
)
from commandpost.reports.period import Period
from commandpost.reports.scope import Scope
from commandpost.reports.sitrep_data import CLASSES, SitrepData, incident_label
from commandpost.store.threats import taxonomy

# The phrases a posko uses for the general situation, mildest first. The default comes from
# the data (see :func:`default_status`); the officer may choose another.
STATUS_PHRASES = (
    "aman dan terkendali",
    "kondusif",
    "kondusif, dengan kejadian menonjol yang masih ditangani",
    "perlu peningkatan kewaspadaan",
    "tidak kondusif",
)
# Incidents that make a period "not merely kondusif" while they are still open.
SERIOUS = frozenset({"bentrok", "perusakan", "penolakan_hasil", "intimidasi"})
_STATUS_WORDS = {"dilaporkan": "dilaporkan", "ditangani": "ditangani", "selesai": "selesai"}
_RISK_STATUS = {"planned": "direncanakan", "in_progress": "berjalan", "done": "selesai"}
TITLE = "LAPORAN SITUASI"


@dataclass(frozen=True)
class Signer:
    """Who signs: the post ("KAPOLRES LEBAK", "KAPOSKO PAM PILKADA"), name, rank, NRP."""

    post: str = ""
    name: str = ""
    rank: str = ""
    nrp: str = ""


@dataclass(frozen=True)
class SitrepOptions:
    """What the officer chooses or writes for a report; kept with an issued report."""

    status: str = ""  # "" → default_status(data)
    classification: str = ""  # "", BIASA, TERBATAS, RAHASIA
    number: str = ""  # the document number; "" leaves the field to be filled by hand
    obstacles: str = ""  # kendala
    outlook_24: str = ""  # prediksi 24 jam (added to what the stage calendar says)
    outlook_48: str = ""
    recommendation: str = ""
    place: str = ""  # where it is signed; "" → the unit's place
    signer: Signer = field(default_factory=Signer)
    charts: bool = True
    # The figures of the last issued report of this unit (store.issued_reports), to say
    # what changed since; None: no earlier report.
    previous: dict | None = None


def previous_figures(db, unit_id: str | None, period: Period) -> dict | None:
    """The figures of the last situation report this unit issued before ``period`` ended
    (what section 1 compares with), or None."""
    from commandpost.store.issued_reports import previous_report

    before = previous_report(db, "sitrep", unit_id, period.until)
    return before.figures if before else None


def issue_sitrep(
    db,
    document: Document,
    *,
    unit_id: str | None,
    unit_name: str,
    period: Period,
    number: str,
    actor: str,
) -> str:
    """Keep ``document`` as an issued situation report (a change by ``actor``); returns its
    id. Raises ChangeError (store.issued_reports) when it cannot be kept."""
    from commandpost.store.issued_reports import issue_report

    return issue_report(
        db,
        kind="sitrep",
        unit_id=unit_id,
        since=period.since,
        until=period.until,
        number=number,
        title=f"Laporan situasi {unit_name} per {period.local_end:%Y-%m-%d %H:%M}",
        document=document.to_json(),
        figures=document.meta,
        actor=actor,
    )


def default_status(data: SitrepData) -> str:
    """The general-situation phrase the data suggests: no incident → aman dan terkendali;
    a serious incident (clash, damage, rejection of results, intimidation) not yet closed →
    kondusif, with incidents still being handled; otherwise kondusif."""
    if not data.incidents:
        return STATUS_PHRASES[0]
    if any(i.type in SERIOUS and i.status != INCIDENT_FLOW[-1] for i in data.incidents):
        return STATUS_PHRASES[2]
    return STATUS_PHRASES[1]


def _class_label(key: str) -> str:
    try:
        return taxonomy().tps_class(key).label.text("id")
    except ValueError:
        return key


def _what(field_: str) -> str:
    if field_ == "tps_class":
        return "Kelas TPS"
    try:
        return "Ancaman " + taxonomy().category(field_).label.text("id").lower()
    except ValueError:
        return field_


def _value(field_: str, value: str | int) -> str:
    if field_ == "tps_class":
        return _class_label(str(value))
    return taxonomy().level(int(value)).label.text("id")


def _scope_words(scope: Scope) -> str:
    return f"wilayah hukum {scope.unit.name}" if scope.unit else "seluruh wilayah hukum Polda"


def _time(iso: str, period: Period) -> str:
    when = words.local_time(iso, period)
    return "" if when is None else f"{words.short_day(when.date())}\n{words.clock(when)}"


def build_sitrep(
    data: SitrepData,
    options: SitrepOptions,
    *,
    made_at: dt.datetime,
    made_by: str = "",
) -> Document:
    """The situation report of ``data`` as a Document; ``made_at`` (aware) and ``made_by``
    go on the foot of every page."""
    scope, period = data.scope, data.period
    op = scope.operation
    chain = [(u.kind, u.name) for u in scope.chain]
    letterhead = (
        words.letterhead(chain)
        if scope.unit
        else ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "MARKAS BESAR")
    )
    end = period.local_end
    number = options.number.strip() or (f"R/LAPSIT/{'…' * 3}/{_roman(end.month)}/{end.year}")
    status = options.status.strip() or default_status(data)
    blocks: list = [
        Fields(
            (
                ("Satuan", scope.name),
                ("Operasi", op.name if op else "belum ada operasi"),
                ("Periode", words.span(period)),
                ("Waktu", words.clock_note(period)),
            )
        ),
    ]
    blocks += _general(data, status)
    if options.previous:
        blocks.append(_since_previous(figures(data, status), options.previous, period))
    blocks += _stage(data)
    blocks += _strength(data)
    blocks += _classes(data, options.charts)
    blocks += _changes(data)
    blocks += _incidents(data, options.charts)
    blocks += _risks(data)
    blocks += [Heading("8. KENDALA"), Paragraph(options.obstacles.strip() or "Nihil.")]
    blocks += _outlook(data, options)
    # Where it is signed: the officer says; left as a line to fill in by hand otherwise.
    place = options.place.strip() or "…" * 8
    signer = options.signer
    rank_nrp = " ".join(
        p for p in (signer.rank.upper(), f"NRP {signer.nrp}" if signer.nrp else "") if p
    )
    blocks.append(
        Signature(
            place_date=f"{place}, {words.day(end.date())}",
            post=(signer.post or _head_of(scope)).upper(),
            name=signer.name.upper() or "(nama)",
            rank_nrp=rank_nrp or "(pangkat, NRP)",
        )
    )
    classification = options.classification.strip().upper()
    return Document(
        title=TITLE,
        letterhead=letterhead,
        subtitle=(f"Nomor: {number}", words.per(period)),
        running=f"Laporan situasi · {scope.name} · per {words.moment(end, period.zone)}",
        classification=classification,
        footer=words.footer(made_at, made_by, period),
        blocks=tuple(blocks),
        meta=figures(data, status),
    )


_HEADS = {"polda": "KAPOLDA", "polres": "KAPOLRES", "polresta": "KAPOLRESTA", "polsek": "KAPOLSEK"}


def _head_of(scope: Scope) -> str:
    """The commander who signs by default (KAPOLRES LEBAK); a detachment's or the national
    roll-up's signer is left as a line to fill in."""
    unit = scope.unit
    if unit is None or unit.kind not in _HEADS:
        return "…" * 12
    return f"{_HEADS[unit.kind]} {words.unit_place(unit.name)}"


def _roman(month: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[month - 1]


def _general(data: SitrepData, status: str) -> list:
    n = len(data.incidents)
    handled = sum(1 for i in data.incidents if i.status != INCIDENT_FLOW[-1])
    parts = [
        f"Situasi kamtibmas di {_scope_words(data.scope)} selama periode laporan secara umum "
        f"{status}."
    ]
    if n:
        parts.append(
            f"Tercatat {words.number(n)} kejadian menonjol"
            + (
                f", {words.number(handled)} di antaranya masih dalam penanganan."
                if handled
                else ", seluruhnya telah selesai ditangani."
            )
        )
    else:
        parts.append("Tidak terdapat kejadian menonjol.")
    changed = len({(c.node_code, c.field) for c in data.changes})
    parts.append(
        f"Terdapat {words.number(changed)} perubahan tingkat kerawanan."
        if changed
        else "Tidak ada perubahan tingkat kerawanan."
    )
    return [Heading("1. SITUASI UMUM"), Paragraph(" ".join(parts))]


def _since_previous(now: dict, before: dict, period: Period) -> Paragraph:
    """ "Dibanding laporan sebelumnya (per 27 Nov 2024 06.00 WIB): …" from two reports'
    figures (see :func:`figures`)."""
    import datetime as _dt

    try:
        until = _dt.datetime.fromisoformat(before["until"]).astimezone(period.tz)
        when = words.moment(until, period.zone)
    except (KeyError, ValueError):
        when = "tanggal tidak diketahui"
    parts = []

    def compare(label: str, a: int | None, b: int | None) -> None:
        if a is None or b is None:
            return
        change = "tetap" if a == b else words.signed(b - a)
        parts.append(f"{label} {words.number(a)} → {words.number(b)} ({change})")

    compare("kejadian dalam periode", before.get("incidents"), now.get("incidents"))
    compare(
        "kejadian sejak awal operasi", before.get("incidents_to_date"), now.get("incidents_to_date")
    )
    total_a = before.get("classes", {}).get("Jumlah", {})
    total_b = now.get("classes", {}).get("Jumlah", {})
    compare("TPS sangat rawan", total_a.get("sangat_rawan"), total_b.get("sangat_rawan"))
    compare("TPS rawan", total_a.get("rawan"), total_b.get("rawan"))
    compare(
        "personel ditempatkan",
        (before.get("strength") or {}).get("assigned"),
        (now.get("strength") or {}).get("assigned"),
    )
    return Paragraph(f"Dibanding laporan sebelumnya (per {when}): " + "; ".join(parts) + ".")


def _stage(data: SitrepData) -> list:
    out: list = [Heading("2. TAHAPAN PEMILIHAN")]
    clock, op = data.clock, data.scope.operation
    if clock is None or op is None:
        return [*out, Paragraph("Belum ada operasi atau tahapan yang tercatat.")]
    if not clock.current:
        items = [("Tahapan berjalan", "di luar tahapan")]
    else:
        items = [("Tahapan berjalan", clock.stage.name)]  # type: ignore[union-attr]
        others = [s.name for s in clock.current[1:]]
        if others:
            items.append(("Bersamaan dengan", ", ".join(others)))
    if clock.h:
        items.append(
            (
                "Hitungan hari",
                f"{clock.h} (hari pemungutan suara {words.day(op.voting_day, weekday=True)})",
            )
        )
    if clock.next_stage is not None and clock.next_stage.start:
        items.append(
            (
                "Tahapan berikut",
                f"{clock.next_stage.name}, mulai {words.day(clock.next_stage.start, weekday=True)}",
            )
        )
    if not data.scope.operation or (not clock.current and not clock.next_stage):
        items.append(("Catatan", "jadwal tahapan belum diisi"))
    return [*out, Fields(tuple(items))]


def _strength(data: SitrepData) -> list:
    out: list = [Heading("3. KEKUATAN PERSONEL")]
    s, t = data.strength, data.strength_total
    if s is None or t is None:
        return [*out, Paragraph("Belum ada satuan dan personel yang tercatat.")]
    lines = [
        ("Kekuatan Polri (satuan sendiri)", s.total, t.total),
        ("BKO masuk (dari satuan lain)", s.bko_in, t.bko_in),
        ("BKO keluar (ke satuan lain)", s.bko_out, t.bko_out),
        ("Kekuatan operasional", s.operational, t.operational),
        ("    di antaranya cadangan", s.reserve, t.reserve),
        ("    di antaranya ditempatkan di pos", s.assigned, t.assigned),
        (
            "Kebutuhan polisi menurut pola PAM TPS",
            -(-s.required_police // SHARE_SCALE),
            -(-t.required_police // SHARE_SCALE),
        ),
        ("TNI", s.tni, t.tni),
        ("Linmas", s.linmas, t.linmas),
        ("Satpol PP", s.satpol_pp, t.satpol_pp),
    ]
    own = data.scope.name if data.scope.unit else "Seluruh Polda"
    table = Table(
        (Column("Uraian", 3.2), Column(own, 1.3, "right"), Column("Seluruh operasi", 1.3, "right")),
        tuple(Row((label, words.number(a), words.number(b))) for label, a, b in lines),
        caption="Kekuatan pada saat laporan dibuat (orang)",
    )
    note = Paragraph(
        "Kekuatan operasional = kekuatan sendiri − BKO keluar + BKO masuk. Kekuatan dan "
        "penempatan adalah keadaan pada saat laporan dibuat; yang berubah selama periode "
        "tercatat pada riwayat perubahan.",
        "note",
    )
    return [*out, table, note]


def _classes(data: SitrepData, charts: bool) -> list:
    out: list = [Heading("4. TPS MENURUT TINGKAT KERAWANAN")]
    rows = [r for r in data.classes if r.total_row or r.tps]
    unit_word = "Polda" if data.scope.unit is None else "Satuan"
    columns = (
        Column(unit_word, 2.4),
        *(Column(_class_label(k), 1, "right") for k in CLASSES),
        Column("Jumlah TPS", 1, "right"),
        Column("DPT", 1.3, "right"),
    )
    table_rows = tuple(
        Row(
            (
                r.name,
                *(words.number(r.counts[k]) for k in CLASSES),
                words.number(r.tps),
                words.number(r.dpt),
            ),
            "total" if r.total_row else "data",
        )
        for r in rows
    )
    out.append(
        Table(
            columns,
            table_rows,
            caption="TPS per satuan di wilayah hukumnya (keadaan saat laporan dibuat)",
            empty="Belum ada TPS di wilayah hukum satuan ini.",
        )
    )
    if charts and len(rows) > 1:
        from commandpost.reports.charts import MOST_UNITS, chart_rows, class_chart

        shown, cut = chart_rows([r for r in rows if not r.total_row])
        if shown:
            caption = "Grafik TPS rawan (R), sangat rawan (SR) dan khusus (K) per satuan" + (
                f" ({MOST_UNITS} satuan dengan TPS rawan terbanyak)" if cut else ""
            )
            out.append(Picture(class_chart(shown), 160, caption))
    return out


def _changes(data: SitrepData) -> list:
    out: list = [Heading("5. PERUBAHAN TINGKAT KERAWANAN DALAM PERIODE")]
    period = data.period
    rows = []
    for c in data.changes:
        why = c.reason + (f" (sumber: {c.source})" if c.source else "")
        rows.append(
            Row(
                (
                    _time(c.observed_at, period),
                    data.places.get(c.node_code, c.node_code),
                    _what(c.field),
                    _value(c.field, c.before),
                    _value(c.field, c.after),
                    why,
                )
            )
        )
    if rows:
        counts = Counter((_what(c.field), _value(c.field, c.after)) for c in data.changes)
        summary = "; ".join(
            f"{what} menjadi {to}: {words.number(n)}" for (what, to), n in sorted(counts.items())
        )
        out.append(Paragraph(f"{words.number(len(rows))} perubahan ({summary})."))
    out.append(
        Table(
            (
                Column("Waktu", 1.3),
                Column("Tempat", 2.6),
                Column("Uraian", 1.4),
                Column("Semula", 1.1),
                Column("Menjadi", 1.1),
                Column("Alasan / sumber", 2.6),
            ),
            tuple(rows),
            empty="Nihil: tidak ada perubahan tingkat kerawanan dalam periode ini.",
        )
    )
    return out


def _incident_rows(items, data: SitrepData) -> tuple[Row, ...]:
    return tuple(
        Row(
            (
                _time(i.occurred_at, data.period),
                data.places.get(i.node_code, i.node_name),
                incident_label(i.type),
                i.description
                + (f"\nPelaku/korban: {i.people}" if i.people else "")
                + (f"\nKerugian: {i.damage}" if i.damage else ""),
                i.actions or "belum ada tindakan tercatat",
                _STATUS_WORDS.get(i.status, i.status),
            )
        )
        for i in items
    )


_INCIDENT_COLUMNS = (
    Column("Waktu", 1.2),
    Column("Tempat", 1.8),
    Column("Jenis", 1.2),
    Column("Uraian", 2.6),
    Column("Tindakan", 2.6),
    Column("Status", 1.15),
)


def _incidents(data: SitrepData, charts: bool) -> list:
    out: list = [Heading("6. KEJADIAN MENONJOL")]
    out.append(
        Table(
            _INCIDENT_COLUMNS,
            _incident_rows(data.incidents, data),
            caption="6.1 Kejadian yang terjadi dalam periode",
            empty="Nihil.",
        )
    )
    out.append(
        Table(
            _INCIDENT_COLUMNS,
            _incident_rows(data.late_logged, data),
            caption="6.2 Dilaporkan dalam periode, terjadi sebelum periode",
            empty="Nihil.",
        )
    )
    kinds = sorted(set(data.to_date) | set(data.in_period), key=incident_label)
    rows = [
        Row(
            (
                incident_label(k),
                words.number(data.in_period.get(k, 0)),
                words.number(data.to_date.get(k, 0)),
            )
        )
        for k in kinds
    ]
    if rows:
        rows.append(
            Row(
                (
                    "Jumlah",
                    words.number(sum(data.in_period.values())),
                    words.number(sum(data.to_date.values())),
                ),
                "total",
            )
        )
    out.append(
        Table(
            (
                Column("Jenis kejadian", 3),
                Column("Periode ini", 1, "right"),
                Column("Sejak awal operasi", 1.3, "right"),
            ),
            tuple(rows),
            caption="6.3 Rekapitulasi kejadian (sejak awal operasi s.d. akhir periode)",
            empty="Nihil: belum ada kejadian sejak awal operasi.",
        )
    )
    if charts and any(n for _d, n in data.per_day):
        from commandpost.reports.charts import incident_chart

        out.append(
            Picture(
                incident_chart(data.per_day),
                160,
                "Grafik kejadian per hari (hari dihitung dari pukul "
                f"{words.clock(data.period.local_end)} {data.period.zone})",
            )
        )
    return out


def _risks(data: SitrepData) -> list:
    out: list = [Heading("7. LANGKAH MITIGASI DAN REGISTER RISIKO TAHAPAN")]
    if data.clock is None or data.clock.stage is None:
        return [*out, Paragraph("Tidak ada tahapan berjalan pada akhir periode.")]
    rows = tuple(
        Row(
            (
                r.item.threat_label,
                r.place,
                taxonomy().level(r.item.level).label.text("id") if r.item.level else "-",
                r.item.mitigation,
                r.item.agency_label,
                _RISK_STATUS.get(r.item.status, r.item.status)
                + ("\nLEWAT TENGGAT" if r.item.overdue else ""),
                words.short_day(r.item.due) if r.item.due else "-",
            )
        )
        for r in data.risks
    )
    return [
        *out,
        Table(
            (
                Column("Ancaman", 1.5),
                Column("Wilayah", 1.5),
                Column("Tingkat", 1.0),
                Column("Langkah mitigasi", 3.2),
                Column("Instansi", 0.9),
                Column("Status", 1.3),
                Column("Tenggat", 1.0),
            ),
            rows,
            caption=f"Tahapan: {data.clock.stage.name}",
            empty="Nihil: belum ada butir register risiko untuk tahapan ini.",
        ),
    ]


def _outlook(data: SitrepData, options: SitrepOptions) -> list:
    out: list = [Heading("9. PREDIKSI DAN REKOMENDASI")]
    op = data.scope.operation
    calendar = {24: "", 48: ""}
    if op is not None and data.clock is not None:
        # The next 24 hours start at the report's moment: the day they mostly cover is the
        # day the period ends on (with a 06.00 cut-off), and the day after for 48 hours.
        for hours in (24, 48):
            moment = data.period.end + dt.timedelta(hours=hours - 24, minutes=1)
            clock = stage_clock(data.stages, op.voting_day, moment, data.period.zone)
            calendar[hours] = f"Tahapan {clock.text()} pada {words.day(clock.day, weekday=True)}."
    today = data.period.local_end.date()
    horizon = (data.period.local_end + dt.timedelta(hours=48)).date()
    open_items = [r for r in data.risks if r.item.due and r.item.status != "done"]
    late = [r for r in open_items if r.item.due < today]
    due = [r for r in open_items if today <= r.item.due <= horizon]
    risk_text = ""
    if due:
        risk_text += (
            f" {words.number(len(due))} langkah mitigasi bertenggat dalam 48 jam ke depan "
            "belum selesai."
        )
    if late:
        risk_text += f" {words.number(len(late))} langkah mitigasi telah lewat tenggat."
    out.append(
        Fields(
            (
                (
                    "Prakiraan 24 jam",
                    " ".join(p for p in (calendar[24], options.outlook_24.strip()) if p) or "-",
                ),
                (
                    "Prakiraan 48 jam",
                    " ".join(p for p in (calendar[48], options.outlook_48.strip()) if p) + risk_text
                    or "-",
                ),
                ("Rekomendasi", options.recommendation.strip() or "Nihil."),
            )
        )
    )
    return out


def figures(data: SitrepData, status: str) -> dict:
    """The report's figures, kept with an issued report so the next can say what changed."""
    classes = {r.name: dict(r.counts) for r in data.classes}
    return {
        "unit": data.scope.unit.id if data.scope.unit else None,
        "since": data.period.since,
        "until": data.period.until,
        "zone": data.period.zone,
        "status": status,
        "classes": classes,
        "incidents": len(data.incidents),
        "incidents_open": data.open_incidents,
        "incidents_late": len(data.late_logged),
        "incidents_to_date": sum(data.to_date.values()),
        "changes": len(data.changes),
        "strength": None
        if data.strength is None
        else {
            "total": data.strength.total,
            "bko_in": data.strength.bko_in,
            "bko_out": data.strength.bko_out,
            "reserve": data.strength.reserve,
            "assigned": data.strength.assigned,
            "tni": data.strength.tni,
            "linmas": data.strength.linmas,
        },
    }
