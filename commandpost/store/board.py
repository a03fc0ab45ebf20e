"""The personnel board's data: every person of a unit in one lane for one shift, and the
posts with their required, assigned and gap figures.

One person, one lane, so that person, unit and post status always agree (peers keep them
apart and users complain they disagree). The lane follows from the roster's duty state, the
BKO placement and the assignment in the shift:

==============  =========================================================================
``assigned``    on a post in this shift (the operation's plan when the shift is ``''``)
``bko``         placed BKO to another unit and not yet on a post
``available``   on duty, not on a post
``reserve``     kept back as the reserve (cadangan)
``resting``     off duty between shifts
``unavailable`` on leave or sick: cannot be assigned
==============  =========================================================================

The board is kept as columns (one list per field) so that a national roster of 300,000
people filters in a fraction of a second; :class:`Board` gives a person by row number.
Times: check-ins are UTC; shift times are aware datetimes in the operation's zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from commandpost.core.strength import SHARE_SCALE
from commandpost.store import personnel
from commandpost.store import units as unit_store
from commandpost.store.database import Database
from commandpost.store.sql import bindparam, text
from commandpost.store.strength import CLASSES

LANES = ("assigned", "available", "bko", "reserve", "resting", "unavailable")
PLAN = ""  # the shift key of the operation's plan (assignments without a shift)
_UNAVAILABLE = frozenset(personnel.UNAVAILABLE)


def lane_of(duty: str, bko: bool, post: int) -> str:
    """The lane of a person: ``duty`` as on the roster, ``bko`` whether placed BKO,
    ``post`` the board's post row (-1: none)."""
    if duty in _UNAVAILABLE:
        return "unavailable"
    if post >= 0:
        return "assigned"
    if duty in ("reserve", "resting"):
        return duty
    return "bko" if bko else "available"


@dataclass
class BoardPost:
    """A post on the board: ``required`` whole police for its TPS (None for a village,
    kecamatan or security post, which no pattern sizes), ``place`` its village and
    kecamatan, ``unit`` the name of the unit that answers there."""

    id: str
    kind: str
    name: str
    node_code: str
    place: str
    unit: str
    required: int | None


@dataclass
class Board:
    """People as columns (row ``i`` of every list is one person) and the posts.

    ``post`` is a row of :attr:`posts` or -1; ``checked_in``/``checked_out`` the
    assignment's times in this shift and ``last_in`` the latest check-in in any shift,
    UTC ISO strings or None.
    """

    shift: str = PLAN
    nrp: list[str] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    name_norm: list[str] = field(default_factory=list)
    rank: list[str] = field(default_factory=list)  # as printed: "Bripka"
    seniority: list[int] = field(default_factory=list)  # higher = more senior
    unit: list[str] = field(default_factory=list)  # the unit that commands them (BKO, else home)
    home_unit: list[str] = field(default_factory=list)
    bko: list[bool] = field(default_factory=list)
    duty: list[str] = field(default_factory=list)
    post: list[int] = field(default_factory=list)
    checked_in: list[str | None] = field(default_factory=list)
    checked_out: list[str | None] = field(default_factory=list)
    last_in: list[str | None] = field(default_factory=list)
    lanes: list[str] = field(default_factory=list)  # lane_of each row, kept by put()
    posts: list[BoardPost] = field(default_factory=list)
    post_row: dict[str, int] = field(default_factory=dict)
    row_of: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.nrp)

    def lane(self, row: int) -> str:
        return self.lanes[row]

    def add_post(self, post: BoardPost) -> int:
        row = self.post_row.get(post.id)
        if row is None:
            row = self.post_row[post.id] = len(self.posts)
            self.posts.append(post)
        return row

    def put(self, values: dict) -> int:
        """Add a person, or replace the one with the same NRP; returns the row."""
        row = self.row_of.get(values["nrp"])
        if row is None:
            row = self.row_of[values["nrp"]] = len(self.nrp)
            for name, value in values.items():
                getattr(self, name).append(value)
            self.lanes.append("")
        else:
            for name, value in values.items():
                getattr(self, name)[row] = value
        self.lanes[row] = lane_of(self.duty[row], self.bko[row], self.post[row])
        return row


_PEOPLE = (
    "SELECT p.nrp, p.name, p.name_norm, p.rank, p.unit_id, u.name, p.bko_unit_id, b.name, "
    "p.duty, a.post_id, a.checked_in, a.checked_out, "
    "(SELECT max(x.checked_in) FROM assignment x WHERE x.nrp = p.nrp) "
    "FROM person p JOIN unit u ON u.id = p.unit_id LEFT JOIN unit b ON b.id = p.bko_unit_id "
    "LEFT JOIN assignment a ON a.nrp = p.nrp AND a.active AND a.shift = :shift "
    "WHERE p.active"
)
_POSTS = (
    "SELECT po.id, po.kind, po.name, po.node_code, po.tps, n.name, d.name, un.name, "
    "s.unit_id FROM post po JOIN node n ON n.code = po.node_code "
    "LEFT JOIN node d ON d.code = substr(po.node_code, 1, 8) "
    "LEFT JOIN area_share s ON s.district_code = substr(po.node_code, 1, 8) "
    "LEFT JOIN unit un ON un.id = s.unit_id WHERE po.active"
)


def load_board(db: Database, *, unit: str | None = None, shift: str = PLAN) -> Board:
    """The board of ``unit`` (a key or name; None: everyone) for ``shift`` (a shift id,
    ``''`` the operation's plan): the people that unit commands for the operation (home
    there and not BKO elsewhere, or BKO to it, with the units below it), the posts where
    it or a unit below it answers, and every post one of its people stands on."""
    units: list[str] | None = None
    if unit:
        units = sorted(unit_store.subtree_ids(db, unit_store.find_unit(db, unit).id))
    board = Board(shift=shift)
    with db.engine.connect() as conn:
        post_sql = _POSTS
        params: dict = {}
        if units is not None:
            post_sql += (
                " AND (s.unit_id IN :units OR po.id IN (SELECT a.post_id FROM assignment a "
                "JOIN person p ON p.nrp = a.nrp WHERE a.active AND a.shift = :shift AND "
                "((p.bko_unit_id IS NULL AND p.unit_id IN :units) OR p.bko_unit_id IN :units)))"
            )
            params = {"units": units, "shift": shift}
        query = text(post_sql + " ORDER BY po.node_code, po.id")
        if units is not None:
            query = query.bindparams(bindparam("units", expanding=True))
        post_rows = conn.execute(query, params).all()
        _add_posts(conn, board, post_rows)
        sql = _PEOPLE
        if units is not None:
            sql += (
                " AND ((p.bko_unit_id IS NULL AND p.unit_id IN :units) OR p.bko_unit_id IN :units)"
            )
        query = text(sql + " ORDER BY p.name_norm, p.nrp")
        if units is not None:
            query = query.bindparams(bindparam("units", expanding=True))
        rows = conn.execute(query, {"shift": shift, "units": units or []}).all()
    _add_people(board, rows)
    return board


def people_rows(db: Database, board: Board, nrps: list[str]) -> list[int]:
    """Read ``nrps`` again into ``board`` (after an edit); returns their rows. A person
    taken off the roster stays on the board as unavailable until it is loaded again."""
    found: list = []
    query = text(_PEOPLE + " AND p.nrp IN :nrps").bindparams(bindparam("nrps", expanding=True))
    with db.engine.connect() as conn:
        for start in range(0, len(nrps), 500):
            chunk = nrps[start : start + 500]
            found += conn.execute(query, {"shift": board.shift, "nrps": chunk}).all()
        missing = {r[9] for r in found if r[9] and r[9] not in board.post_row}
        if missing:
            extra = text(_POSTS + " AND po.id IN :ids").bindparams(bindparam("ids", expanding=True))
            _add_posts(conn, board, conn.execute(extra, {"ids": sorted(missing)}).all())
    rows = _add_people(board, found)
    gone = [n for n in nrps if n not in {r[0] for r in found} and n in board.row_of]
    for nrp in gone:
        row = board.row_of[nrp]
        board.duty[row], board.post[row], board.lanes[row] = "leave", -1, "unavailable"
        rows.append(row)
    return rows


def _add_people(board: Board, rows) -> list[int]:
    book = personnel.rank_book()
    ranks: dict[str, tuple[str, int]] = {}
    done: list[int] = []
    seen: set[str] = set()
    for r in rows:
        if r[3] not in ranks:
            try:
                rank = book.by_key(r[3])
                ranks[r[3]] = (rank.short, rank.order + (1000 if rank.kind == "polri" else 0))
            except KeyError:
                ranks[r[3]] = (r[3], 0)
        short, seniority = ranks[r[3]]
        if r[0] in seen:
            continue  # a second row of the same person (two assignments): keep the first
        seen.add(r[0])
        done.append(
            board.put(
                {
                    "nrp": r[0],
                    "name": r[1],
                    "name_norm": r[2],
                    "rank": short,
                    "seniority": seniority,
                    "unit": r[7] or r[5],
                    "home_unit": r[5],
                    "bko": r[6] is not None,
                    "duty": r[8],
                    "post": board.post_row.get(r[9], -1) if r[9] else -1,
                    "checked_in": r[10],
                    "checked_out": r[11],
                    "last_in": r[12],
                }
            )
        )
    return done


def _add_posts(conn, board: Board, rows) -> None:
    """Posts with their required police: each TPS of a cluster needs its class's share of
    the pattern where its kecamatan is answered for (store.strength's area_share)."""
    villages = sorted({r[3] for r in rows if r[1] == "tps"})
    classes: dict[tuple[str, int], str] = {}
    query = text(
        "SELECT village_code, number, tps_class FROM tps WHERE village_code IN :v"
    ).bindparams(bindparam("v", expanding=True))
    for start in range(0, len(villages), 500):
        for v, n, c in conn.execute(query, {"v": villages[start : start + 500]}):
            classes[(v, n)] = c
    shares: dict[str, dict[str, int]] = {}
    if villages:
        columns = ", ".join(f"police_{c}" for c in CLASSES)
        for row in conn.execute(text(f"SELECT district_code, {columns} FROM area_share")):
            shares[row[0]] = dict(zip(CLASSES, row[1:], strict=True))
    for r in rows:
        required = None
        if r[1] == "tps":
            share = shares.get(r[3][:8], {})
            numbers = [int(n) for n in r[4].split(",") if n]
            scaled = sum(share.get(classes.get((r[3], n), "kurang_rawan"), 0) for n in numbers)
            required = -(-scaled // SHARE_SCALE)
        village = r[5] if r[1] != "district" else ""
        place = f"{village}, Kec. {r[6]}" if village and r[6] else (f"Kec. {r[6]}" if r[6] else "")
        board.add_post(BoardPost(r[0], r[1], r[2], r[3], place, r[7] or "", required))


def minutes_since(iso: str | None, now: dt.datetime) -> int | None:
    """Whole minutes from a UTC ISO time to ``now`` (aware); None when there is none."""
    if not iso:
        return None
    when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return int((now - when).total_seconds() // 60)


def sort_order(board: Board) -> list[int]:
    """People rows by seniority (most senior first), then name: the order of every lane."""
    return sorted(
        range(len(board)), key=lambda i: (-board.seniority[i], board.name_norm[i], board.nrp[i])
    )


def sort_key(board: Board, row: int) -> tuple[int, str, str]:
    return (-board.seniority[row], board.name_norm[row], board.nrp[row])


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows: ``search`` part of a name or the start of an NRP; ``unit`` a
    unit name (exact); ``rank`` a rank as printed; ``lanes`` the lanes shown (empty: all);
    ``post`` part of a post's name or place; ``short_only`` only the posts with fewer
    people than their TPS require (the people filters are :func:`matching`'s, this one the
    board's)."""

    search: str = ""
    unit: str = ""
    rank: str = ""
    lanes: frozenset[str] = frozenset()
    post: str = ""
    short_only: bool = False

    @property
    def narrows_people(self) -> bool:
        return bool(self.search.strip() or self.unit or self.rank or self.lanes)


def matching(board: Board, order: list[int], wanted: BoardFilter) -> list[int]:
    """The rows of ``order`` that ``wanted`` lets through, in that order."""
    from commandpost.core.text import normalise

    rows = order
    search = wanted.search.strip()
    if search:
        if search.isdigit():
            nrp = board.nrp
            rows = [i for i in rows if nrp[i].startswith(search)]
        else:
            # every word, in any order ("tambunan asep" finds Asep Tambunan)
            words, names = normalise(search).split(), board.name_norm
            if len(words) == 1:
                word = words[0]
                rows = [i for i in rows if word in names[i]]
            else:
                rows = [i for i in rows if all(w in names[i] for w in words)]
    if wanted.unit:
        units = board.unit
        rows = [i for i in rows if units[i] == wanted.unit]
    if wanted.rank:
        ranks = board.rank
        rows = [i for i in rows if ranks[i] == wanted.rank]
    if wanted.lanes:
        lanes = board.lanes
        rows = [i for i in rows if lanes[i] in wanted.lanes]
    if wanted.post:
        from commandpost.core.text import normalise as norm_text

        text_ = norm_text(wanted.post)
        keep = {
            p
            for p, post in enumerate(board.posts)
            if text_ in norm_text(post.name) or text_ in norm_text(post.place)
        }
        posts = board.post
        rows = [i for i in rows if posts[i] in keep]
    return rows
