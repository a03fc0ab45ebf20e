"""Who a report is for: a unit, the units below it and the kecamatan it answers for (no Qt).

Every figure on paper is counted within the unit's jurisdiction: the kecamatan whose
answering unit (``area_share``, the deepest unit covering it) is the unit or one below it.
So Polda Banten does not count the kecamatan of Kabupaten Tangerang that Polres Metro
Tangerang Kota (Polda Metro Jaya) covers. With no unit, the scope is every Polda: the
national roll-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from commandpost.core.units import subtree
from commandpost.reports.period import ReportError
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.duty import post_zone
from commandpost.store.queries import OperationInfo, operation
from commandpost.store.units import UnitInfo, find_unit, units

NATIONAL = "nasional"


@dataclass(frozen=True)
class Scope:
    unit: UnitInfo | None  # None: every Polda (the national roll-up)
    chain: tuple[UnitInfo, ...]  # from the top unit down to this one
    members: frozenset[str]  # the unit and every active unit below it
    parts: tuple[tuple[UnitInfo, frozenset[str]], ...]  # each unit directly below, with its own
    districts: tuple[str, ...]  # kecamatan codes answered for within the scope, sorted
    district_unit: dict[str, str]  # kecamatan code -> answering unit id
    operation: OperationInfo | None
    zone: str  # WIB | WITA | WIT

    @property
    def name(self) -> str:
        return self.unit.name if self.unit else "Seluruh Polda"

    def part_of(self, unit_id: str | None) -> str | None:
        """The unit directly below the scope's unit whose subtree holds ``unit_id`` (the
        unit's own HQ: the unit itself)."""
        if unit_id is None:
            return None
        for part, members in self.parts:
            if unit_id in members:
                return part.id
        return self.unit.id if self.unit and unit_id in self.members else None


def scope_of(db: Database, unit: str | None) -> Scope:
    """The scope of ``unit`` (a name or key; None or ``nasional`` for every Polda).
    Raises ReportError naming the closest units when there is no such unit."""
    listed = units(db)
    parents = {u.id: u.parent_id for u in listed}
    by_id = {u.id: u for u in listed}
    top: UnitInfo | None = None
    if unit and unit.strip().lower() != NATIONAL:
        try:
            top = find_unit(db, unit)
        except ChangeError as exc:
            raise ReportError(str(exc)) from None
    if top is None:
        members = frozenset(by_id)
        below = [u for u in listed if u.parent_id is None]
        chain: tuple[UnitInfo, ...] = ()
    else:
        members = frozenset(subtree(top.id, parents) & set(by_id))
        below = [u for u in listed if u.parent_id == top.id]
        up, cursor = [], top
        while cursor is not None:
            up.append(cursor)
            cursor = by_id.get(cursor.parent_id) if cursor.parent_id else None
        chain = tuple(reversed(up))
    parts = tuple(
        (u, frozenset(subtree(u.id, parents) & set(by_id)))
        for u in sorted(below, key=lambda u: u.name)
    )
    with db.engine.connect() as conn:
        shares = conn.execute(
            text("SELECT district_code, unit_id FROM area_share WHERE unit_id IS NOT NULL")
        ).all()
    district_unit = {code: unit_id for code, unit_id in shares if unit_id in members}
    op = operation(db)
    return Scope(
        unit=top,
        chain=chain,
        members=members,
        parts=parts,
        districts=tuple(sorted(district_unit)),
        district_unit=district_unit,
        operation=op,
        zone=post_zone(db),
    )
