"""The risk register per stage: what a Forkopimda coordination meeting maps.

Each line names a stage (tahapan), an area or TPS, a threat category of the taxonomy and
its level, the mitigation, the agency that carries it out, a due date and how far it has
come (planned, in progress, done). Every edit is a change in the change log (entity
``risk``); deleting sets ``active`` to false, so undo brings a line back, and undoing a
creation takes it away again (a risk row is inactive until a change says otherwise).
Every edit is checked in full first: a refused edit names the field and writes nothing.

The agencies a line can be given to are the defaults below plus the operation's own list
(table ``agency``: added, renamed or hidden ones), edited as changes like the sources of
threat information are.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from commandpost.core.stages import EARLIEST, LATEST, Stage, local_day, subtree
from commandpost.core.threats import ThreatLevel
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError, ChangeSpec
from commandpost.store.database import Database
from commandpost.store.queries import area_clause, nodes
from commandpost.store.sql import bindparam, text
from commandpost.store.stages import list_stages
from commandpost.store.threats import Edit, taxonomy

PLANNED, IN_PROGRESS, DONE = "planned", "in_progress", "done"
RISK_STATUSES = (PLANNED, IN_PROGRESS, DONE)
# What officers write for a status, besides the keys themselves.
_STATUS_WORDS = {
    "direncanakan": PLANNED,
    "rencana": PLANNED,
    "berjalan": IN_PROGRESS,
    "dalam_proses": IN_PROGRESS,
    "in-progress": IN_PROGRESS,
    "progress": IN_PROGRESS,
    "selesai": DONE,
}
# The agencies a Forkopimda meeting gives mitigations to; keys are stable, labels editable.
DEFAULT_AGENCIES = (
    ("polri", "Polri"),
    ("tni", "TNI"),
    ("bpbd", "BPBD"),
    ("dinkes", "Dinkes"),
    ("kpu", "KPU"),
    ("bawaslu", "Bawaslu"),
    ("pemda", "Pemda"),
)
# "No area" (the whole operation) and "no due date" are written as "", never NULL: undo
# (threats.compensate_all) writes back only old values that are not None, so giving a line
# a due date or an area could otherwise never be undone.
_NONE_AS_EMPTY = ("node_code", "due")
FIELDS = (
    "stage_id",
    "node_code",
    "threat",
    "level",
    "mitigation",
    "agency",
    "status",
    "due",
    "note",
)
MAX_TEXT = 4000
MAX_LABEL = 200


class RiskRefused(ChangeError):
    """An edit of the register that is refused; ``field`` names what is wrong."""

    def __init__(self, field: str, message: str, **values: Any) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.values = values


def wib_today() -> dt.date:
    """Today in the post's zone (WIB): what "overdue" is measured against."""
    return local_day(dt.datetime.now(dt.UTC), "WIB")


# --- agencies -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyInfo:
    key: str
    label: str
    hidden: bool = False
    shipped: bool = True  # one of DEFAULT_AGENCIES, not added for this operation


def agencies(db: Database, *, include_hidden: bool = False) -> list[AgencyInfo]:
    """The operation's agencies: the defaults (renamed or hidden as edited), then its own."""
    with db.engine.connect() as conn:
        rows = {
            r[0]: (r[1], bool(r[2]))
            for r in conn.execute(text("SELECT key, label, hidden FROM agency"))
        }
    result = []
    for key, label in DEFAULT_AGENCIES:
        hidden = False
        if key in rows:
            own, hidden = rows.pop(key)
            label = own or label
        result.append(AgencyInfo(key, label, hidden, shipped=True))
    for key, (own, hidden) in sorted(rows.items(), key=lambda kv: kv[1][0].lower()):
        result.append(AgencyInfo(key, own or key, hidden, shipped=False))
    return [a for a in result if include_hidden or not a.hidden]


def agency_labels(db: Database) -> dict[str, str]:
    """Key → label of every agency, hidden ones too (old lines still name them)."""
    return {a.key: a.label for a in agencies(db, include_hidden=True)}


class AgencyExists(RiskRefused):
    def __init__(self, label: str) -> None:
        super().__init__("agency", f"the agency {label!r} is already on the list", label=label)


def _agency_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise RiskRefused("agency", "an agency needs a name")
    if len(label) > MAX_LABEL:
        raise RiskRefused("agency", f"an agency's name may have at most {MAX_LABEL} characters")
    return label


def _agency_key(label: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:36] or "instansi"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def edit_agencies(
    db: Database,
    *,
    actor: str,
    add: Sequence[str] = (),
    rename: dict[str, str] | None = None,
    hide: Sequence[str] = (),
    show: Sequence[str] = (),
) -> list[Edit]:
    """Add, rename, hide and show agencies in ONE transaction, or none of it (everything
    is checked first). An added name that is on the list but hidden is shown again. Hiding
    keeps the agency on the lines that name it; it is only no longer offered."""
    every = {a.key: a for a in agencies(db, include_hidden=True)}
    with db.engine.connect() as conn:
        own_rows = set(conn.execute(text("SELECT key FROM agency")).scalars())
    names = {a.label.lower(): k for k, a in every.items()} | {k: k for k in every}
    changes: dict[str, dict[str, Any]] = {}
    for label in add:
        label = _agency_label(label)
        existing = names.get(label.lower())
        if existing is not None and not every[existing].hidden:
            raise AgencyExists(label)
        if existing is not None:
            changes.setdefault(existing, {})["hidden"] = False
            continue
        key = _agency_key(label, set(every) | set(changes))
        changes[key] = {"label": label, "hidden": False}
        names[label.lower()] = key
    for key, label in (rename or {}).items():
        if key not in every:
            raise RiskRefused("agency", f"unknown agency {key!r}", key=key)
        label = _agency_label(label)
        if names.get(label.lower(), key) != key:
            raise AgencyExists(label)
        changes.setdefault(key, {})["label"] = label
    for keys, hidden in ((hide, True), (show, False)):
        for key in keys:
            if key not in every and key not in changes:
                raise RiskRefused("agency", f"unknown agency {key!r}", key=key)
            changes.setdefault(key, {})["hidden"] = hidden
    specs = []
    for key, values in changes.items():
        if key in own_rows:
            # Only the fields that change: a rename made elsewhere must survive a hide.
            specs.append(ChangeSpec(actor, "agency", key, "set", values, "instansi diubah"))
        else:
            # A default never edited here, or a new one: its row ("" keeps the default name).
            row = {"label": "", "hidden": False, **values}
            specs.append(ChangeSpec(actor, "agency", key, "create", row, "instansi diubah"))
    if not specs:
        return []
    recorded = changelog.record_many(db, specs)
    return [
        Edit(change, "agency", tuple(writes), spec.entity_id)
        for spec, (change, writes) in zip(specs, recorded, strict=True)
    ]


def add_agency(db: Database, label: str, *, actor: str) -> str:
    """Add an agency to this operation's list; returns its key."""
    [edit] = edit_agencies(db, actor=actor, add=[label])
    return edit.change.entity_id


def find_agency(db: Database, key_or_label: str) -> AgencyInfo:
    """An agency by key or name, any case (hidden ones too)."""
    wanted = key_or_label.strip().lower()
    for agency in agencies(db, include_hidden=True):
        if wanted in (agency.key, agency.label.lower()):
            return agency
    raise RiskRefused(
        "agency",
        f"unknown agency {key_or_label!r}; use one of " + ", ".join(a.key for a in agencies(db)),
        agency=key_or_label,
    )


# --- values and their checks ------------------------------------------------------------


def parse_status(value: str) -> str:
    """``planned``/``in_progress``/``done``, or Indonesian (direncanakan, berjalan, selesai)."""
    key = value.strip().lower().replace(" ", "_")
    key = _STATUS_WORDS.get(key, key)
    if key not in RISK_STATUSES:
        raise RiskRefused(
            "status",
            f"unknown status {value!r}; use planned, in_progress or done "
            "(direncanakan, berjalan, selesai)",
            status=value,
        )
    return key


def parse_due(value: Any) -> dt.date | None:
    """A due date: a ``datetime.date``, None, or text as offices write it (27 November
    2024, 27/11/2024, 2024-11-27)."""
    from commandpost.tabular.dates import parse_date

    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        raise RiskRefused("due", f"{value!r} is a time, not a date", due=value)
    try:
        day = parse_date(value) if not isinstance(value, dt.date) else value
    except ValueError as exc:  # the reader's own words: "not a date like ...", "no such day"
        raise RiskRefused("due", str(exc), due=value) from None
    if not EARLIEST <= day <= LATEST:
        raise RiskRefused("due", f"{day.isoformat()} is not a plausible date", due=day)
    return day


def _level(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip():
            from commandpost.core.threats import parse_level

            try:
                return int(parse_level(value))
            except ValueError:
                pass
        raise RiskRefused(
            "level", f"{value!r} is not a level; use 0-3 (none, rendah, sedang, tinggi)"
        )
    if value not in ThreatLevel._value2member_map_:
        raise RiskRefused("level", f"level {value} is outside 0-3 (none, rendah, sedang, tinggi)")
    return int(value)


def _text(field: str, value: Any, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RiskRefused(field, f"{value!r} is not text")
    value = value.strip()
    if required and not value:
        raise RiskRefused(field, f"the {field} is required")
    if len(value) > MAX_TEXT:
        raise RiskRefused(field, f"at most {MAX_TEXT} characters")
    return value


def _checked(db: Database, fields: dict[str, Any], *, old_agency: str | None = None) -> dict:
    """The given fields checked and in the form the store keeps; raises RiskRefused."""
    out: dict[str, Any] = {}
    if "stage_id" in fields:
        stage_id = fields["stage_id"]
        if not stage_id or stage_id not in {s.id for s in list_stages(db)}:
            raise RiskRefused(
                "stage", f"no stage {stage_id!r} (deleted, or never created)", stage=stage_id
            )
        out["stage_id"] = stage_id
    if "node_code" in fields:
        code = fields["node_code"]
        code = code.strip() if isinstance(code, str) else code
        if code and not nodes(db, [code]):
            raise RiskRefused("node", f"unknown area or TPS {code!r}", node=code)
        out["node_code"] = code or ""
    if "threat" in fields:
        try:
            out["threat"] = taxonomy().category(str(fields["threat"]).strip()).key
        except ValueError as exc:
            raise RiskRefused("threat", str(exc), threat=fields["threat"]) from None
    if "level" in fields:
        out["level"] = _level(fields["level"])
    if "mitigation" in fields:
        out["mitigation"] = _text("mitigation", fields["mitigation"], required=True)
    if "agency" in fields:
        key = str(fields["agency"] or "").strip()
        if key != old_agency:  # a hidden agency stays on the lines that already name it
            every = agencies(db, include_hidden=True)
            offered = {a.key for a in every if not a.hidden}
            if key in {a.key for a in every if a.hidden}:
                raise RiskRefused(
                    "agency", f"the agency {key!r} is hidden; show it again first", agency=key
                )
            if key not in offered:
                raise RiskRefused(
                    "agency",
                    f"unknown agency {key!r}; use one of {', '.join(sorted(offered))}",
                    agency=key,
                )
        out["agency"] = key
    if "status" in fields:
        out["status"] = parse_status(str(fields["status"]))
    if "due" in fields:
        day = parse_due(fields["due"])
        out["due"] = day.isoformat() if day else ""
    if "note" in fields:
        out["note"] = _text("note", fields["note"])
    return out


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskItem:
    """One line of the register as the window and the command line show it."""

    id: str
    stage_id: str | None
    stage_name: str  # "" when the stage was deleted
    node_code: str | None  # None: the whole operation area
    node_name: str
    threat: str
    threat_label: str  # Indonesian; the window asks the taxonomy in its own language
    level: int
    mitigation: str
    agency: str
    agency_label: str
    status: str
    due: dt.date | None
    note: str
    overdue: bool


_SELECT = (
    "SELECT r.id, r.stage_id, s.name, r.node_code, n.name, r.threat, r.level, r.mitigation, "
    "r.agency, r.status, r.due, r.note FROM risk r "
    "LEFT JOIN stage s ON s.id = r.stage_id AND s.active "
    "LEFT JOIN node n ON n.code = r.node_code "
)
_ORDER = " ORDER BY s.start IS NULL, s.start, s.position, r.level DESC, r.node_code, r.threat, r.id"


def _threat_label(key: str) -> str:
    try:
        return taxonomy().category(key).label.id
    except ValueError:
        return key


def _item(row: Any, labels: dict[str, str], today: dt.date) -> RiskItem:
    due = dt.date.fromisoformat(row[10]) if row[10] else None
    return RiskItem(
        id=row[0],
        stage_id=row[1],
        stage_name=row[2] or "",
        node_code=row[3] or None,
        node_name=row[4] or (row[3] or ""),
        threat=row[5],
        threat_label=_threat_label(row[5]),
        level=int(row[6] or 0),
        mitigation=row[7] or "",
        agency=row[8] or "",
        agency_label=labels.get(row[8], row[8] or ""),
        status=row[9],
        due=due,
        note=row[11] or "",
        overdue=due is not None and due < today and row[9] != DONE,
    )


def substage_ids(stages: Iterable[Stage], stage_id: str) -> list[str]:
    """A stage and every stage below it."""
    return sorted(subtree(stages, [stage_id]))


def list_risks(
    db: Database,
    *,
    stage_id: str | None = None,
    under: str | None = None,
    areas: list[str] | None = None,
    agency: str | None = None,
    status: str | Sequence[str] | None = None,
    overdue_on: dt.date | None = None,
    today: dt.date | None = None,
    substages: bool = True,
) -> list[RiskItem]:
    """The register, filtered in SQL: a stage (with its sub-stages unless ``substages`` is
    false), an area (``under``: a node and everything below it; ``areas``: a unit's
    jurisdiction), an agency, one or more statuses, and with ``overdue_on`` only lines
    due before that day and not done. ``overdue`` on each line is measured against
    ``today`` (default: ``overdue_on``, else today in WIB). In stage order, worst first."""
    where, params = ["r.active"], {}
    stmt_params: list[str] = []
    if stage_id is not None:
        ids = substage_ids(list_stages(db), stage_id) if substages else [stage_id]
        where.append("r.stage_id IN :stage_ids")
        params["stage_ids"] = ids
        stmt_params.append("stage_ids")
    if under:
        where.append(area_clause("r.node_code", [under], params))
    if areas is not None:
        where.append(area_clause("r.node_code", areas, params))
    if agency:
        where.append("r.agency = :agency")
        params["agency"] = agency
    if status:
        statuses = [status] if isinstance(status, str) else list(status)
        where.append("r.status IN :statuses")
        params["statuses"] = [parse_status(s) for s in statuses]
        stmt_params.append("statuses")
    if overdue_on is not None:
        where.append("r.due > '' AND r.due < :overdue_on AND r.status != :done")
        params |= {"overdue_on": overdue_on.isoformat(), "done": DONE}
    stmt = text(_SELECT + "WHERE " + " AND ".join(where) + _ORDER)
    if stmt_params:
        stmt = stmt.bindparams(*(bindparam(p, expanding=True) for p in stmt_params))
    with db.engine.connect() as conn:
        rows = conn.execute(stmt, params).all()
    labels = agency_labels(db)
    day = today or overdue_on or wib_today()
    return [_item(r, labels, day) for r in rows]


def get_risk(db: Database, risk_id: str, *, today: dt.date | None = None) -> RiskItem | None:
    """One active line of the register, or None."""
    with db.engine.connect() as conn:
        row = conn.execute(text(_SELECT + "WHERE r.active AND r.id = :id"), {"id": risk_id}).first()
    if row is None:
        return None
    return _item(row, agency_labels(db), today or wib_today())


def find_risk(db: Database, id_or_prefix: str) -> RiskItem:
    """A line by its id or a unique start of it (the list shows the first 8 characters)."""
    wanted = id_or_prefix.strip().lower()
    if len(wanted) < 4:
        raise RiskRefused("id", f"give at least 4 characters of the risk's id, not {wanted!r}")
    with db.engine.connect() as conn:
        ids = list(
            conn.execute(
                text("SELECT id FROM risk WHERE active AND id >= :lo AND id < :hi LIMIT 2"),
                {"lo": wanted, "hi": wanted + "\uffff"},
            ).scalars()
        )
    if not ids:
        raise RiskRefused("id", f"no risk {id_or_prefix!r} in the register", id=id_or_prefix)
    if len(ids) > 1:
        raise RiskRefused("id", f"{id_or_prefix!r} fits several risks; give more of the id")
    found = get_risk(db, ids[0])
    assert found is not None
    return found


def find_stage(db: Database, name_or_id: str) -> Stage:
    """A stage by id, by name (any case), or by a start of its name that fits only one."""
    wanted = " ".join(name_or_id.split()).lower()
    stages = list_stages(db)
    for stage in stages:
        if wanted == stage.id.lower() or wanted == stage.name.lower():
            return stage
    fits = [s for s in stages if s.name.lower().startswith(wanted)] if wanted else []
    if len(fits) == 1:
        return fits[0]
    if fits:
        raise RiskRefused(
            "stage",
            f"{name_or_id!r} fits several stages: " + "; ".join(s.name for s in fits),
            stage=name_or_id,
        )
    raise RiskRefused(
        "stage",
        f"no stage {name_or_id!r}; the stages are: " + "; ".join(s.name for s in stages),
        stage=name_or_id,
    )


# --- editing ------------------------------------------------------------------------------


def _label(db: Database, item: dict[str, Any]) -> str:
    """How an edit is named in the undo menu: "Banjir · Kabupaten Lebak"."""
    code = item.get("node_code")
    place = ""
    if code:
        found = nodes(db, [code]).get(code)
        place = found.name if found else code
    threat = _threat_label(item.get("threat", ""))
    return f"{threat} · {place}" if place else threat


def add_risk(
    db: Database,
    *,
    stage_id: str,
    node_code: str | None,
    threat: str,
    level: int,
    mitigation: str,
    agency: str,
    actor: str,
    status: str = PLANNED,
    due: dt.date | str | None = None,
    note: str = "",
    reason: str = "risiko ditambah",
) -> Edit:
    """Add one line to the register; returns the edit (for undo). Raises RiskRefused,
    naming the field, before anything is written."""
    values = _checked(
        db,
        {
            "stage_id": stage_id,
            "node_code": node_code,
            "threat": threat,
            "level": level,
            "mitigation": mitigation,
            "agency": agency,
            "status": status,
            "due": due,
            "note": note,
        },
    )
    risk_id = str(uuid.uuid4())
    [(change, writes)] = changelog.record_many(
        db,
        [
            ChangeSpec(
                actor,
                "risk",
                risk_id,
                "create",
                {**values, "active": True},
                reason.strip() or "risiko ditambah",
            )
        ],
    )
    return Edit(change, "risk", tuple(writes), _label(db, values))


def _current_row(db: Database, risk_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        row = (
            conn.execute(text("SELECT * FROM risk WHERE id = :id AND active"), {"id": risk_id})
            .mappings()
            .first()
        )
    if row is None:
        raise RiskRefused("id", f"no risk {risk_id} in the register (deleted?)", id=risk_id)
    return dict(row)


def _none_as_empty(field: str, value: Any) -> Any:
    return "" if value is None and field in _NONE_AS_EMPTY else value


def set_risk(
    db: Database,
    risk_id: str,
    *,
    actor: str,
    reason: str = "risiko diubah",
    **fields: Any,
) -> Edit | None:
    """Change fields of one line (``status="done"``, a new ``due`` date, ...); fields are
    those of :data:`FIELDS`. Returns None when nothing would change."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise RiskRefused(
            sorted(unknown)[0], f"a risk has no field(s) {', '.join(sorted(unknown))}"
        )
    old = _current_row(db, risk_id)
    new = _checked(db, fields, old_agency=old["agency"])
    values = {k: v for k, v in new.items() if _none_as_empty(k, old[k]) != v}
    if not values:
        return None
    [(change, writes)] = changelog.record_many(
        db,
        [ChangeSpec(actor, "risk", risk_id, "set", values, reason.strip() or "risiko diubah")],
    )
    return Edit(change, "risk", tuple(writes), _label(db, {**old, **values}))


def delete_risk(db: Database, risk_id: str, *, actor: str, reason: str = "") -> Edit:
    """Take a line off the register (undo brings it back)."""
    old = _current_row(db, risk_id)
    [(change, writes)] = changelog.record_many(
        db,
        [
            ChangeSpec(
                actor,
                "risk",
                risk_id,
                "set",
                {"active": False},
                reason.strip() or "risiko dihapus",
            )
        ],
    )
    return Edit(change, "risk", tuple(writes), _label(db, old))


# --- the demo register --------------------------------------------------------------------

DEMO_REASON = "register risiko per tahapan dari rapat koordinasi Forkopimda (data demo)"

# (template stage key, area, threat, level, mitigation, agency, status, due, note).
# An area "tps:<kabupaten>:<category>:<kecamatan>" is a TPS there (see _demo_tps). Dates
# follow the Pilkada 2024 schedule.
_DEMO: tuple[tuple[str, str, str, int, str, str, str, str, str], ...] = (
    (
        "pendaftaran",
        "36.73",
        "konflik_massa",
        3,
        "Sterilisasi kantor KPU Provinsi Banten dan KPU Kota Serang; massa pendukung tiap "
        "pasangan calon dibatasi dan ditempatkan terpisah; pengalihan arus lalu lintas.",
        "polri",
        DONE,
        "2024-08-26",
        "Jadwal kedatangan pasangan calon dari KPU.",
    ),
    (
        "pendaftaran",
        "36.73.01",
        "unjuk_rasa",
        2,
        "Koordinasi jadwal kedatangan pasangan calon agar massa tidak bertemu; negosiator "
        "dan pasukan Dalmas siaga di depan kantor KPU.",
        "kpu",
        DONE,
        "2024-08-25",
        "",
    ),
    (
        "pendaftaran",
        "36.73",
        "kesehatan",
        1,
        "Pos kesehatan dan ambulans siaga di kantor KPU selama tiga hari pendaftaran.",
        "dinkes",
        DONE,
        "2024-08-26",
        "",
    ),
    (
        "kampanye",
        "36.04",
        "bentrok_pendukung",
        3,
        "Jadwal dan zona kampanye terbuka diatur agar massa tidak bersinggungan; pengawalan "
        "konvoi; patroli gabungan TNI-Polri di titik rawan bentrokan.",
        "polri",
        IN_PROGRESS,
        "2024-10-15",
        "Dua posko pemenangan berhadapan di Jalan Raya Serang-Cilegon.",
    ),
    (
        "kampanye",
        "36.02",
        "bentrok_pendukung",
        2,
        "Cooling system bersama tokoh masyarakat dan tokoh agama; deklarasi kampanye damai "
        "tingkat kabupaten.",
        "pemda",
        DONE,
        "2024-09-24",
        "",
    ),
    (
        "kampanye",
        "36.01",
        "bentrok_pendukung",
        2,
        "Pemetaan posko pemenangan yang berdekatan; patroli gabungan malam hari.",
        "tni",
        PLANNED,
        "2024-10-31",
        "",
    ),
    (
        "kampanye",
        "36.03",
        "politik_uang",
        2,
        "Sosialisasi tolak politik uang bersama Bawaslu; laporan diteruskan ke Sentra Gakkumdu.",
        "bawaslu",
        IN_PROGRESS,
        "2024-11-20",
        "",
    ),
    (
        "kampanye",
        "36.72",
        "sara",
        1,
        "Patroli siber atas ujaran kebencian; koordinasi dengan FKUB dan tokoh agama.",
        "polri",
        PLANNED,
        "2024-11-15",
        "",
    ),
    (
        "masa_tenang",
        "36.02",
        "politik_uang",
        3,
        "Patroli dini hari di desa rawan serangan fajar bersama Panwascam; Bhabinkamtibmas "
        "siaga di desa; tindak lanjut cepat melalui Sentra Gakkumdu.",
        "polri",
        PLANNED,
        "2024-11-24",
        "Serangan fajar: pembagian uang atau sembako menjelang subuh hari H.",
    ),
    (
        "masa_tenang",
        "36.01",
        "politik_uang",
        3,
        "Patroli subuh di desa rawan serangan fajar; posko pengaduan bersama Bawaslu.",
        "bawaslu",
        IN_PROGRESS,
        "2024-11-24",
        "",
    ),
    (
        "masa_tenang",
        "36.04",
        "logistik_distribusi",
        2,
        "Pengawalan distribusi logistik dari gudang KPU ke PPS dan TPS pada H-1; gudang "
        "dijaga 24 jam.",
        "kpu",
        IN_PROGRESS,
        "2024-11-26",
        "",
    ),
    (
        "pemungutan",
        "tps:36.02:banjir:36.02.14",
        "banjir",
        3,
        "Lokasi TPS cadangan di tempat tinggi disiapkan; perahu karet dan tim SAR BPBD "
        "siaga; kotak suara dipindahkan bila air naik.",
        "bpbd",
        PLANNED,
        "2024-11-25",
        "",
    ),
    (
        "pemungutan",
        "tps:36.02:longsor:36.02.20",
        "longsor",
        3,
        "Jalur menuju TPS di perbukitan diperiksa; alat berat siaga; personel berjalan "
        "kaki bila akses terputus.",
        "bpbd",
        IN_PROGRESS,
        "2024-11-25",
        "",
    ),
    (
        "pemungutan",
        "tps:36.01:banjir:36.01.24",
        "banjir",
        2,
        "Panggung dan tenda TPS ditinggikan; BPBD Pandeglang memantau debit sungai sejak H-1.",
        "bpbd",
        PLANNED,
        "2024-11-26",
        "Kecamatan rawan banjir: Patia, Sukaresmi, Sindangresmi.",
    ),
    (
        "pemungutan",
        "36.02",
        "kesehatan",
        2,
        "Puskesmas siaga 24 jam, layanan PSC 119 dan ambulans di kecamatan rawan bencana.",
        "dinkes",
        DONE,
        "2024-11-26",
        "",
    ),
    (
        "rekap_ppk",
        "36.04.05",
        "konflik_massa",
        2,
        "Pengamanan rapat pleno di kantor PPK: jumlah saksi dan massa dibatasi, Dalmas "
        "siaga, kotak suara dikawal dari PPS ke PPK.",
        "polri",
        PLANNED,
        "2024-11-28",
        "",
    ),
    (
        "rekap_ppk",
        "36.73.02",
        "penolakan_hasil",
        2,
        "Keberatan saksi dimediasi melalui Panwascam; pengamanan kantor PPK Kasemen.",
        "bawaslu",
        PLANNED,
        "2024-11-30",
        "",
    ),
    (
        "rekap_ppk",
        "36.02",
        "konflik_massa",
        1,
        "Pengawalan kotak suara dari PPS ke PPK di 28 kecamatan; patroli di sekitar kantor PPK.",
        "polri",
        IN_PROGRESS,
        "2024-11-29",
        "",
    ),
)


def _demo_tps(db: Database, spec: str) -> str:
    """``tps:<kabupaten>:<category>:<kecamatan>`` → the worst TPS of that category in the
    kabupaten when the threats are mapped already, else the first TPS of the kecamatan,
    else the kecamatan itself."""
    _, regency, category, district = spec.split(":")
    params: dict[str, Any] = {"c": category}
    clause = area_clause("node_code", [regency], params)
    with db.engine.connect() as conn:
        code = conn.execute(
            text(
                f"SELECT node_code FROM threat WHERE category = :c AND level > 0 AND {clause} "
                f"AND length(node_code) = {len('36.02.01.2002.001')} "
                "ORDER BY level DESC, node_code LIMIT 1"
            ),
            params,
        ).scalar()
        if code is None:
            code = conn.execute(
                text("SELECT code FROM tps WHERE code > :lo AND code < :hi ORDER BY code LIMIT 1"),
                {"lo": district + ".", "hi": district + "/"},
            ).scalar()
    return code or district


def load_demo_register(db: Database, actor: str) -> Edit:
    """A realistic Banten register on the Pilkada 2024 stages, as ONE change: crowds at KPU
    offices at registration, supporter clashes in the campaign, dawn money politics in the
    quiet period, floods and landslides at TPS on voting day, crowds at PPK offices during
    recapitulation. Needs the Pilkada 2024 stages (found by their template names)."""
    from commandpost.store.stages import template

    names = {t.key: t.name for t in template("pilkada_2024").stages}
    by_name = {s.name: s.id for s in list_stages(db)}
    items: dict[str, dict[str, Any]] = {}
    for key, area, threat, level, mitigation, agency, status, due, note in _DEMO:
        stage_id = by_name.get(names[key])
        if stage_id is None:
            raise RiskRefused("stage", f"the demo register needs the stage {names[key]!r}")
        code = _demo_tps(db, area) if area.startswith("tps:") else area
        values = _checked(
            db,
            {
                "stage_id": stage_id,
                "node_code": code,
                "threat": threat,
                "level": level,
                "mitigation": mitigation,
                "agency": agency,
                "status": status,
                "due": dt.date.fromisoformat(due),
                "note": note,
            },
        )
        items[str(uuid.uuid4())] = {**values, "active": True}
    [(change, writes)] = changelog.record_many(
        db,
        [ChangeSpec(actor, "risk", "*", "create_many", {"items": items}, DEMO_REASON)],
    )
    return Edit(change, "risk", tuple(writes), DEMO_REASON)
