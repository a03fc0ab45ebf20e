"""Loading the national region list (idn-area-data 4.0.1, ODbL) and keeping roll-ups."""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterator

from sqlalchemy import insert, select, text

from commandpost.core.changes import Change
from commandpost.core.regions import Level, village_kind
from commandpost.core.text import normalise
from commandpost.paths import RESOURCES
from commandpost.store.changelog import ROLLUP_COLUMNS, ChangeError, Executor, Progress, batch_op
from commandpost.store.models import Node
from commandpost.store.strength import people_at, rebuild_area_share, village_required

DATASET = "idn-area-data-4.0.1"
REGION_DIR = RESOURCES / "regions"
FILES = (
    ("provinces", Level.PROVINCE),
    ("regencies", Level.REGENCY),
    ("districts", Level.DISTRICT),
    ("villages", Level.VILLAGE),
)


def read_regions(province: str | None = None) -> Iterator[tuple[str, str | None, Level, str]]:
    """(code, parent code, level, name) for one province or the whole country, top down."""
    for stem, level in FILES:
        with gzip.open(REGION_DIR / f"{stem}.csv.gz", "rb") as raw:
            reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
            next(reader)
            for row in reader:
                code = row[0]
                if province is not None and code.split(".")[0] != province:
                    continue
                parent = row[1] if level > Level.PROVINCE else None
                yield code, parent, level, row[-1]


def province_name(code: str) -> str | None:
    for row_code, _parent, _level, name in read_regions(code):
        if row_code == code:
            return name
    return None


def node_row(code: str, parent: str | None, level: Level, name: str) -> dict:
    return {
        "code": code,
        "parent_code": parent,
        "level": int(level),
        "name": name,
        "name_norm": normalise(name),
        "village_kind": village_kind(code).value if level == Level.VILLAGE else None,
        "child_count": 0,
        "tps_count": 0,
        "dpt": 0,
    }


@batch_op("load_regions")
def apply_load_regions(session: Executor, change: Change, progress: Progress | None) -> None:
    """values: {"dataset": DATASET, "province": "36" or None for the whole country}."""
    if change.values.get("dataset") != DATASET:
        raise ChangeError(f"unknown region dataset {change.values.get('dataset')!r}")
    province = change.values.get("province")
    rows = [node_row(*r) for r in read_regions(province)]
    if not rows:
        raise ChangeError(f"no province with code {province!r} in {DATASET}")
    codes = [r["code"] for r in rows if r["level"] == Level.PROVINCE]
    existing = session.scalars(select(Node.code).where(Node.code.in_(codes))).all()
    if existing:
        raise ChangeError(f"regions already loaded for province {', '.join(existing)}")
    step = 20_000
    for start in range(0, len(rows), step):
        session.execute(insert(Node), rows[start : start + step])
        if progress:
            progress(min(1.0, (start + step) / len(rows)), "regions")
    rebuild_area_share(session)
    recount(session, codes)


_SUMMED = ("tps_count", *ROLLUP_COLUMNS)
# People on the operation's plan at posts of the region itself (a village, a kecamatan
# command post), added to what its children hold; see changelog._assignment_changed.
_OWN_ASSIGNED = text(
    "UPDATE node SET assigned = assigned + own.n "
    "FROM (SELECT p.node_code, count(*) AS n FROM assignment a JOIN post p ON p.id = a.post_id "
    "      WHERE a.active AND a.shift = '' AND p.node_code >= :low AND p.node_code < :high "
    "      GROUP BY p.node_code) AS own "
    "WHERE node.code = own.node_code AND node.level = :level"
)


def recount(session: Executor, provinces: list[str] | None = None) -> None:
    """Recompute every region's roll-ups from the level below, bottom up.

    A TPS node counts itself (tps_count 1, its own DPT, its class), so each level is the sum
    of its children plus the threats recorded on, and the people assigned to posts at, the
    region itself; a village's required strength comes from its class counts
    (store.strength). ``provinces`` limits the
    work to those subtrees. TPS nodes themselves are kept up to date by every change.
    """
    ranges = [(p, p + "/") for p in provinces] if provinces else [("", "\uffff")]
    sums = ", ".join(f"coalesce(sum({c}), 0) AS {c}" for c in _SUMMED)
    own = ", ".join(f"coalesce(sum(level = {n}), 0) AS own_l{n}" for n in (1, 2, 3))
    for level in (Level.VILLAGE, Level.DISTRICT, Level.REGENCY, Level.PROVINCE):
        for low, high in ranges:
            bounds = {"level": int(level), "low": low, "high": high}
            session.execute(
                text(
                    "UPDATE node SET child_count = 0, "
                    + ", ".join(f"{c} = 0" for c in _SUMMED)
                    + " WHERE level = :level AND code >= :low AND code < :high"
                ),
                bounds,
            )
            session.execute(
                text(
                    "UPDATE node SET child_count = agg.n, "
                    + ", ".join(f"{c} = agg.{c}" for c in _SUMMED)
                    + f" FROM (SELECT parent_code, count(*) AS n, {sums} FROM node "
                    "      WHERE level = :level + 1 AND code >= :low AND code < :high "
                    "      GROUP BY parent_code) AS agg "
                    "WHERE node.code = agg.parent_code"
                ),
                bounds,
            )
            session.execute(
                text(
                    "UPDATE node SET threat_l1 = threat_l1 + own.own_l1, "
                    "threat_l2 = threat_l2 + own.own_l2, threat_l3 = threat_l3 + own.own_l3 "
                    f"FROM (SELECT node_code, {own} FROM threat "
                    "      WHERE node_code >= :low AND node_code < :high GROUP BY node_code)"
                    " AS own WHERE node.code = own.node_code AND node.level = :level"
                ),
                bounds,
            )
            session.execute(_OWN_ASSIGNED, bounds)
            if level == Level.VILLAGE:
                village_required(session, low, high)
            people_at(session, level, low, high)
