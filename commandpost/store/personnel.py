"""The roster: people, their moves between units, posts and assignments.

A person's home unit (``unit_id``) is where they belong for administration; a BKO placement
(``bko_unit_id``) is the unit that commands them for the operation. Every edit is a change
in the change log, so it can be undone and merged; a move also leaves a dated record.

Phone numbers are personal details: :func:`people` leaves them out unless asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import replace as with_changes
from functools import cache
from typing import Any

from commandpost.core.ids import uuid7
from commandpost.core.ranks import RankBook, UnknownRank, load_ranks
from commandpost.core.regions import Level, is_valid_code, level_of
from commandpost.core.text import normalise
from commandpost.core.units import subtree
from commandpost.paths import RESOURCES
from commandpost.store import changelog
from commandpost.store import units as unit_store
from commandpost.store.changelog import ChangeSpec
from commandpost.store.database import Database
from commandpost.store.refusals import RefusalMsg, Refused
from commandpost.store.sql import bindparam, text
from commandpost.store.threats import Edit
from commandpost.store.units import find_unit

RANKS_FILE = RESOURCES / "templates" / "ranks_polri.json"
DUTIES = ("available", "reserve", "resting", "leave", "sick")
UNAVAILABLE = ("leave", "sick")
MOVE_KINDS = ("transfer", "bko", "bko_end")
POST_KINDS = ("tps", "village", "district", "security")


class AlreadyPosted(Refused):
    """The person is on another post in the same shift; ``post`` names it. Retrying with
    ``replace=True`` ends that assignment."""

    @property
    def post(self) -> str:
        return self.values["post"]


class OutsideReach(Refused):
    """The post lies outside the reach of the person's unit; ``unit`` names the units that
    answer there. Retrying with ``bko=True`` places the person BKO to it."""

    @property
    def unit(self) -> str:
        return self.values["answering"]


@cache
def rank_book() -> RankBook:
    """The Polri and PNS ranks with the spellings rosters use (resources/templates)."""
    return load_ranks(RANKS_FILE)


@dataclass(frozen=True)
class PersonInfo:
    nrp: str
    name: str
    rank: str  # the rank's key
    rank_short: str  # as printed: "Brigpol", "Kombes Pol"
    position: str
    unit_id: str
    unit_name: str
    bko_unit_id: str | None
    bko_unit_name: str | None
    duty: str
    active: bool
    post_id: str | None  # the operation plan's post (assignment without a shift)
    post_name: str | None
    phone: str = ""  # only when asked for

    @property
    def operational_unit(self) -> str:
        """The unit that commands the person for the operation (BKO, else home)."""
        return self.bko_unit_id or self.unit_id


_PEOPLE = (
    "SELECT p.nrp, p.name, p.rank, p.position, p.unit_id, u.name, p.bko_unit_id, b.name, "
    "p.duty, p.active, a.post_id, po.name, p.phone "
    "FROM person p JOIN unit u ON u.id = p.unit_id LEFT JOIN unit b ON b.id = p.bko_unit_id "
    "LEFT JOIN assignment a ON a.nrp = p.nrp AND a.active AND a.shift = '' "
    "LEFT JOIN post po ON po.id = a.post_id "
)


def _info(row: Any, phone: bool) -> PersonInfo:
    book = rank_book()
    try:
        short = book.by_key(row[2]).short
    except KeyError:
        short = row[2]
    return PersonInfo(
        nrp=row[0],
        name=row[1],
        rank=row[2],
        rank_short=short,
        position=row[3],
        unit_id=row[4],
        unit_name=row[5],
        bko_unit_id=row[6],
        bko_unit_name=row[7],
        duty=row[8],
        active=bool(row[9]),
        post_id=row[10],
        post_name=row[11],
        phone=row[12] if phone else "",
    )


def people(
    db: Database,
    *,
    unit: str | None = None,
    search: str | None = None,
    phone: bool = False,
    retired: bool = False,
    limit: int | None = None,
) -> list[PersonInfo]:
    """People in name order. ``unit`` (key or name): those it commands for the operation
    (home there and not BKO elsewhere, or BKO to it), with the units below it. ``search``:
    part of a name or the start of an NRP. ``phone``: include phone numbers."""
    where, params = [], {}
    if not retired:
        where.append("p.active")
    if unit:
        ids = sorted(unit_store.subtree_ids(db, find_unit(db, unit).id))
        where.append("((p.bko_unit_id IS NULL AND p.unit_id IN :units) OR p.bko_unit_id IN :units)")
        params["units"] = ids
    if search and search.strip():
        where.append("(p.name_norm LIKE :name OR p.nrp LIKE :nrp)")
        params["name"] = f"%{normalise(search)}%"
        params["nrp"] = f"{search.strip()}%"
    sql = _PEOPLE + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.name_norm"
    if limit:
        sql += f" LIMIT {int(limit)}"
    query = text(sql)
    if unit:
        query = query.bindparams(bindparam("units", expanding=True))
    with db.engine.connect() as conn:
        return [_info(r, phone) for r in conn.execute(query, params)]


def person(db: Database, nrp: str) -> PersonInfo:
    """One person with their phone; raises :class:`Refused` when the NRP is not on the
    roster."""
    with db.engine.connect() as conn:
        row = conn.execute(text(_PEOPLE + "WHERE p.nrp = :n"), {"n": nrp.strip()}).first()
    if row is None:
        wanted = nrp.strip()
        if wanted.isdigit() and len(wanted) == 7:
            raise Refused(RefusalMsg.NRP_ZERO_LOST, nrp=wanted)
        raise Refused(RefusalMsg.NRP_NOT_ON_ROSTER, nrp=nrp)
    return _info(row, True)


def _rank_key(rank: str) -> str:
    try:
        return rank_book().find(rank).key
    except UnknownRank as exc:
        if exc.suggestions:
            close = ", ".join(exc.suggestions)
            raise Refused(RefusalMsg.UNKNOWN_RANK_CLOSE, rank=rank, close=close) from None
        raise Refused(RefusalMsg.UNKNOWN_RANK, rank=rank) from None


def _check_nrp(nrp: str) -> str:
    nrp = nrp.strip()
    if not nrp.isascii() or not nrp.isdigit() or len(nrp) not in (8, 18):
        if nrp.isdigit() and len(nrp) == 7:
            raise Refused(RefusalMsg.NOT_NRP_ZERO_LOST, nrp=nrp)
        raise Refused(RefusalMsg.NOT_NRP, nrp=nrp)
    return nrp


def add_person(
    db: Database,
    *,
    nrp: str,
    name: str,
    rank: str,
    unit: str,
    position: str = "",
    phone: str = "",
    actor: str,
    reason: str = "",
) -> Edit:
    """Put one person on the roster (one change; undo takes them off again)."""
    nrp = _check_nrp(nrp)
    name = " ".join(name.split())
    if not name:
        raise Refused(RefusalMsg.PERSON_NEEDS_NAME)
    values = {
        "name": name,
        "name_norm": normalise(name),
        "rank": _rank_key(rank),
        "position": position.strip(),
        "unit_id": find_unit(db, unit).id,
        "phone": phone.strip(),
        "duty": "available",
        "active": True,
    }
    with db.engine.connect() as conn:
        if conn.execute(text("SELECT 1 FROM person WHERE nrp = :n"), {"n": nrp}).first():
            raise Refused(RefusalMsg.NRP_TAKEN, nrp=nrp)
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="person",
        entity_id=nrp,
        op="create",
        values=values,
        reason=reason or "person added",
    )
    return Edit(change, "person", tuple(writes), name)


def set_person(
    db: Database,
    nrp: str,
    *,
    actor: str,
    name: str | None = None,
    rank: str | None = None,
    position: str | None = None,
    phone: str | None = None,
    duty: str | None = None,
    active: bool | None = None,
    reason: str = "",
) -> Edit:
    """Correct a person's details or duty state (one change). Taking a person off the
    roster (``active=False``) also ends their assignments, in the same transaction."""
    current = person(db, nrp)
    values: dict[str, Any] = {}
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise Refused(RefusalMsg.PERSON_NEEDS_NAME)
        values.update(name=name, name_norm=normalise(name))
    if rank is not None:
        values["rank"] = _rank_key(rank)
    if position is not None:
        values["position"] = position.strip()
    if phone is not None:
        values["phone"] = phone.strip()
    if duty is not None:
        if duty not in DUTIES:
            raise Refused(RefusalMsg.UNKNOWN_DUTY, duty=duty, duties=", ".join(DUTIES))
        values["duty"] = duty
    if active is not None:
        values["active"] = active
    if not values:
        raise Refused(RefusalMsg.NOTHING_TO_CHANGE)
    specs = [ChangeSpec(actor, "person", current.nrp, "set", values, reason or "person changed")]
    if active is False or duty in UNAVAILABLE:
        specs += _end_assignments(db, current.nrp, actor, reason or "person unavailable")
    recorded = changelog.record_many(db, specs)
    change, writes = recorded[0]
    return Edit(change, "person", tuple(writes), current.name)


def _end_assignments(db: Database, nrp: str, actor: str, reason: str) -> list[ChangeSpec]:
    with db.engine.connect() as conn:
        ids = conn.execute(
            text("SELECT id FROM assignment WHERE nrp = :n AND active"), {"n": nrp}
        ).scalars()
        items = {i: {"active": False} for i in ids}
    if not items:
        return []
    return [ChangeSpec(actor, "assignment", nrp, "set_many", {"items": items}, reason)]


def move_person(
    db: Database,
    nrp: str,
    *,
    to_unit: str | None,
    kind: str = "transfer",
    on: dt.date | None = None,
    actor: str,
    note: str = "",
) -> Edit:
    """Move a person, with a dated record: ``transfer`` changes the home unit, ``bko``
    places them under ``to_unit`` for the operation, ``bko_end`` ends a BKO placement
    (``to_unit`` ignored). One transaction; the returned edit undoes the unit change."""
    if kind not in MOVE_KINDS:
        raise Refused(RefusalMsg.UNKNOWN_MOVE, kind=kind, kinds=", ".join(MOVE_KINDS))
    current = person(db, nrp)
    day = (on or dt.date.today()).isoformat()
    if kind == "bko_end":
        if current.bko_unit_id is None:
            raise Refused(RefusalMsg.NOT_BKO, name=current.name)
        target, field, before = None, "bko_unit_id", current.bko_unit_id
    else:
        if not to_unit:
            raise Refused(RefusalMsg.MOVE_WHERE)
        target = find_unit(db, to_unit).id
        field = "unit_id" if kind == "transfer" else "bko_unit_id"
        before = current.unit_id if kind == "transfer" else current.bko_unit_id
        if target == before or (kind == "bko" and target == current.unit_id):
            raise Refused(RefusalMsg.ALREADY_IN_UNIT, name=current.name)
    values: dict[str, Any] = {field: target}
    if kind == "transfer" and current.bko_unit_id == target:
        values["bko_unit_id"] = None  # moving for good into the unit they were BKO to
    specs = [
        ChangeSpec(actor, "person", current.nrp, "set", values, note or f"person {kind}"),
        ChangeSpec(
            actor,
            "person_move",
            str(uuid7()),
            "create",
            {
                "nrp": current.nrp,
                "kind": kind,
                "from_unit": before,
                "to_unit": target,
                "moved_on": day,
                "note": note,
            },
            note or f"person {kind}",
        ),
    ]
    change, writes = changelog.record_many(db, specs)[0]
    return Edit(change, "person", tuple(writes), current.name)


@dataclass(frozen=True)
class Move:
    moved_on: str
    kind: str
    from_unit: str | None
    to_unit: str | None
    note: str


def moves(db: Database, nrp: str) -> list[Move]:
    """A person's moves, oldest first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.moved_on, m.kind, f.name, t.name, m.note FROM person_move m "
                "LEFT JOIN unit f ON f.id = m.from_unit LEFT JOIN unit t ON t.id = m.to_unit "
                "WHERE m.nrp = :n ORDER BY m.moved_on, m.id"
            ),
            {"n": nrp},
        ).all()
    return [Move(*r) for r in rows]


# -- posts and assignments -------------------------------------------------------------------


@dataclass(frozen=True)
class PostInfo:
    id: str
    kind: str
    name: str
    node_code: str
    tps: tuple[int, ...]


def tps_post_id(village: str, numbers: tuple[int, ...]) -> str:
    """The key of a TPS cluster post: the village and its TPS numbers, so that the same
    cluster written twice is one post."""
    return f"{village}:{','.join(str(n) for n in sorted(numbers))}"


def tps_post_name(numbers: tuple[int, ...]) -> str:
    """``TPS 1-5, 7`` for (1, 2, 3, 4, 5, 7)."""
    parts: list[str] = []
    ordered = sorted(numbers)
    start = prev = ordered[0]
    for n in [*ordered[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return "TPS " + ", ".join(parts)


def _post_row(conn, post_id: str) -> PostInfo | None:
    row = conn.execute(
        text("SELECT id, kind, name, node_code, tps FROM post WHERE id = :i AND active"),
        {"i": post_id},
    ).first()
    if row is None:
        return None
    numbers = tuple(int(n) for n in row[4].split(",") if n)
    return PostInfo(row[0], row[1], row[2], row[3], numbers)


def resolve_post(db: Database, where: str) -> tuple[PostInfo, ChangeSpec | None]:
    """The post ``where`` names: a post key, a TPS code (the cluster post holding it, else
    its one-TPS post), a village code
    (the village post) or a kecamatan code (its command post). A post that does not exist
    yet comes back with the change that creates it, for the caller's transaction."""
    where = where.strip()
    with db.engine.connect() as conn:
        found = _post_row(conn, where)
        if found is not None:
            return found, None
        if not is_valid_code(where):
            raise Refused(RefusalMsg.NOT_A_POST, where=where)
        level = level_of(where)
        node = conn.execute(text("SELECT name FROM node WHERE code = :c"), {"c": where}).first()
        if node is None:
            raise Refused(RefusalMsg.NOT_IN_DATABASE, where=where)
        if level == Level.TPS:
            village, number = where.rpartition(".")[0], int(where.rpartition(".")[2])
            # a TPS already in a cluster post (a PAM TPS roster's "TPS 1-5") is that post:
            # a second, one-TPS post would count its need twice
            for post_id, numbers in conn.execute(
                text("SELECT id, tps FROM post WHERE node_code = :v AND kind = 'tps' AND active"),
                {"v": village},
            ):
                if str(number) in numbers.split(","):
                    cluster = _post_row(conn, post_id)
                    if cluster is not None:
                        return cluster, None
            village_name = conn.execute(
                text("SELECT name FROM node WHERE code = :c"), {"c": village}
            ).scalar_one()
            info = PostInfo(
                tps_post_id(village, (number,)),
                "tps",
                f"{village_name} {tps_post_name((number,))}",
                village,
                (number,),
            )
        elif level == Level.VILLAGE:
            info = PostInfo(f"{where}:desa", "village", f"Pos desa {node[0]}", where, ())
        elif level == Level.DISTRICT:
            info = PostInfo(f"{where}:posko", "district", f"Posko kecamatan {node[0]}", where, ())
        elif level == Level.REGENCY:
            raise Refused(RefusalMsg.POST_AT_REGENCY, where=where)
        else:
            raise Refused(RefusalMsg.POST_AT_PROVINCE, where=where)
        existing = _post_row(conn, info.id)
        if existing is not None:
            return existing, None
    return info, post_spec(info, "system", "post created for an assignment")


def post_spec(info: PostInfo, actor: str, reason: str) -> ChangeSpec:
    return ChangeSpec(
        actor,
        "post",
        info.id,
        "create",
        {
            "kind": info.kind,
            "name": info.name,
            "node_code": info.node_code,
            "tps": ",".join(str(n) for n in info.tps),
            "active": True,
        },
        reason,
    )


def reach_problem(db: Database, unit_id: str, node_code: str) -> tuple[str, str] | None:
    """Why a person of ``unit_id`` may not be posted at ``node_code`` (None if they may),
    and the units that answer there: the post must lie where the unit, or a unit below it,
    answers for a kecamatan."""
    with db.engine.connect() as conn:
        parents = dict(conn.execute(text("SELECT id, parent_id FROM unit")).all())
        district = node_code[:8] if level_of(node_code) >= Level.DISTRICT else None
        if district:
            rows = conn.execute(
                text("SELECT unit_id FROM area_share WHERE district_code = :d"), {"d": district}
            ).scalars()
        else:
            rows = conn.execute(
                text(
                    "SELECT DISTINCT unit_id FROM area_share "
                    "WHERE district_code > :low AND district_code < :high"
                ),
                {"low": node_code + ".", "high": node_code + "/"},
            ).scalars()
        answering = [u for u in rows if u]
    mine = subtree(unit_id, parents)
    if any(u in mine for u in answering):
        return None
    if not answering:
        return None  # no unit answers there: nobody is outside
    names = []
    with db.engine.connect() as conn:
        for u in sorted(set(answering))[:3]:
            names.append(
                conn.execute(text("SELECT name FROM unit WHERE id = :u"), {"u": u}).scalar_one()
            )
    who = ", ".join(names)
    return f"outside the unit's jurisdiction ({who} answers there)", who


def assign(
    db: Database,
    nrp: str,
    where: str,
    *,
    shift: str = "",
    actor: str,
    bko: bool = False,
    replace: bool = False,
    reason: str = "",
) -> list[Edit]:
    """Assign a person to a post (see :func:`resolve_post`) for the operation's plan
    (``shift`` empty) or one shift (``shift`` its id, see store.shifts), as one transaction.

    Refused, with the reason: a person off the roster, on leave or sick; a person already
    on another post in the same shift (unless ``replace``: that assignment ends); a post
    outside the reach of the person's unit, unless ``bko``: then they are placed BKO to the
    unit that answers there, with a dated record, in the same transaction.
    """
    current = person(db, nrp)
    if not current.active:
        raise Refused(RefusalMsg.OFF_ROSTER, name=current.name)
    if current.duty in UNAVAILABLE:
        unavailable = RefusalMsg.SICK if current.duty == "sick" else RefusalMsg.ON_LEAVE
        raise Refused(unavailable, name=current.name)
    if shift and not shift_exists(db, shift):
        raise Refused(RefusalMsg.UNKNOWN_SHIFT, shift=shift)
    info, create = resolve_post(db, where)
    specs: list[ChangeSpec] = []
    if create is not None:
        specs.append(with_changes(create, actor=actor))
    with db.engine.connect() as conn:
        same = conn.execute(
            text(
                "SELECT a.id, a.post_id, p.name FROM assignment a JOIN post p ON p.id = a.post_id "
                "WHERE a.nrp = :n AND a.active AND a.shift = :s"
            ),
            {"n": current.nrp, "s": shift},
        ).all()
    if any(row[1] == info.id for row in same):
        raise Refused(RefusalMsg.ALREADY_ON_POST, name=current.name, post=info.name)
    if same and not replace:
        raise AlreadyPosted(RefusalMsg.ALREADY_POSTED, name=current.name, post=same[0][2])
    if same:
        specs.append(
            ChangeSpec(
                actor,
                "assignment",
                current.nrp,
                "set_many",
                {"items": {row[0]: {"active": False} for row in same}},
                reason or "assignment replaced",
            )
        )
    problem = reach_problem(db, current.operational_unit, info.node_code)
    if problem and not bko:
        raise OutsideReach(
            RefusalMsg.OUTSIDE_REACH,
            name=current.name,
            unit=current.bko_unit_name or current.unit_name,
            post=info.name,
            answering=problem[1],
        )
    if problem and bko:
        with db.engine.connect() as conn:
            target = conn.execute(
                text("SELECT unit_id FROM area_share WHERE district_code = :d"),
                {"d": info.node_code[:8]},
            ).scalar_one_or_none()
        if target is None:
            raise Refused(RefusalMsg.NO_UNIT_ANSWERS, code=info.node_code)
        specs.append(
            ChangeSpec(actor, "person", current.nrp, "set", {"bko_unit_id": target}, "BKO")
        )
        specs.append(
            ChangeSpec(
                actor,
                "person_move",
                str(uuid7()),
                "create",
                {
                    "nrp": current.nrp,
                    "kind": "bko",
                    "from_unit": current.bko_unit_id,
                    "to_unit": target,
                    "moved_on": dt.date.today().isoformat(),
                    "note": f"BKO for {info.name}",
                },
                "BKO",
            )
        )
    specs.append(
        ChangeSpec(
            actor,
            "assignment",
            str(uuid7()),
            "create",
            {"nrp": current.nrp, "post_id": info.id, "shift": shift, "active": True},
            reason or "assigned",
        )
    )
    recorded = changelog.record_many(db, specs)
    return [
        Edit(change, spec.entity, tuple(writes), current.name)
        for spec, (change, writes) in zip(specs, recorded, strict=True)
        if spec.entity in ("assignment", "person")
    ]


def unassign(db: Database, nrp: str, *, shift: str = "", actor: str, reason: str = "") -> Edit:
    """End a person's assignment in the plan (or one shift, by its id); one change."""
    specs = _end_assignments_in(db, nrp, shift, actor, reason or "assignment ended")
    if not specs:
        if shift and not shift_exists(db, shift):
            raise Refused(RefusalMsg.UNKNOWN_SHIFT, shift=shift)
        refusal = RefusalMsg.NO_ASSIGNMENT_IN_SHIFT if shift else RefusalMsg.NO_ASSIGNMENT
        raise Refused(refusal, nrp=nrp)
    change, writes = changelog.record_many(db, specs)[0]
    return Edit(change, "assignment", tuple(writes), nrp)


def shift_exists(db: Database, shift_id: str) -> bool:
    """Whether ``shift_id`` is a shift of the operation (not deleted)."""
    with db.engine.connect() as conn:
        found = conn.execute(
            text("SELECT 1 FROM shift WHERE id = :s AND active"), {"s": shift_id}
        ).first()
    return found is not None


def _end_assignments_in(
    db: Database, nrp: str, shift: str, actor: str, reason: str
) -> list[ChangeSpec]:
    with db.engine.connect() as conn:
        ids = conn.execute(
            text("SELECT id FROM assignment WHERE nrp = :n AND active AND shift = :s"),
            {"n": nrp.strip(), "s": shift},
        ).scalars()
        items = {i: {"active": False} for i in ids}
    if not items:
        return []
    return [ChangeSpec(actor, "assignment", nrp, "set_many", {"items": items}, reason)]


def posts(db: Database, within: str | None = None) -> list[tuple[PostInfo, int]]:
    """Active posts (optionally under a region code) with how many people are on each in
    the operation's plan."""
    low, high = (within, within + "/") if within else ("", "\uffff")
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT p.id, p.kind, p.name, p.node_code, p.tps, "
                "(SELECT count(*) FROM assignment a WHERE a.post_id = p.id AND a.active "
                " AND a.shift = '') FROM post p WHERE p.active AND p.node_code >= :low "
                "AND p.node_code < :high ORDER BY p.node_code, p.id"
            ),
            {"low": low, "high": high},
        ).all()
    return [
        (PostInfo(r[0], r[1], r[2], r[3], tuple(int(n) for n in r[4].split(",") if n)), r[5])
        for r in rows
    ]
