"""The suggested TPS class (core.class_rule) for TPS in the database: why a TPS has its class,
and which TPS have a class lower than the rule suggests.

The rule is the operation's own: a Polres sets it with `commandpost threat rule set FILE`
(kept in the operation row as a change, so it travels with the database and can be undone);
an operation that has none uses the one shipped beside the threat taxonomy
(resources/templates/class_rule.json). The suggestion is only shown; nothing here writes a
TPS class.

Only the threats recorded at the TPS itself count (a flood recorded for a whole kecamatan
does not raise each of its TPS): that is what the officer sees in the details pane.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from commandpost.core.class_rule import (
    ClassRule,
    RuleError,
    Suggestion,
    is_lower,
    load_rule,
    parse_rule,
    suggest,
)
from commandpost.core.regions import Level
from commandpost.paths import RESOURCES
from commandpost.store import changelog, queries
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.queries import area_clause, nodes
from commandpost.store.sql import text
from commandpost.store.threats import TPS_CODE_LENGTH, Edit, ThreatInfo, taxonomy, threats_of

RULE_PATH = RESOURCES / "templates" / "class_rule.json"


OWN_RULE = Path("class_rule (operation)")  # how messages name a rule kept in the database


@cache
def shipped_rule() -> ClassRule:
    """The shipped class rule, checked against the taxonomy (RuleError when wrong)."""
    return load_rule(RULE_PATH, taxonomy())


@cache
def _parsed(text_: str) -> ClassRule:
    return parse_rule(json.loads(text_), taxonomy(), OWN_RULE)


def own_rule_text(db: Database) -> str | None:
    """The operation's own rule as stored (JSON), or None when it uses the shipped one."""
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT class_rule FROM operation LIMIT 1")).scalar()


def class_rule(db: Database | None = None) -> ClassRule:
    """The class rule of ``db``'s operation: its own when set, else the shipped one. Raises
    RuleError when the rule does not fit the taxonomy."""
    own = own_rule_text(db) if db is not None else None
    return _parsed(own) if own else shipped_rule()


def set_class_rule(
    db: Database, path: Path | None, *, actor: str, reason: str
) -> tuple[Edit, ClassRule]:
    """Make the rule in ``path`` (UTF-8 JSON, as resources/templates/class_rule.json) the
    operation's own, or go back to the shipped rule when ``path`` is None: one change on the
    operation, undoable. The file is checked whole first; RuleError names the file, the entry
    and the field at fault, and nothing is written then. Raises ChangeError without an
    operation."""
    if not reason.strip():
        raise ChangeError("a reason is needed")
    operation = queries.operation(db)
    if operation is None:
        raise ChangeError("the database has no operation")
    if path is None:
        value, rule = None, shipped_rule()
    else:
        try:
            rule = load_rule(path, taxonomy())
        except OSError as exc:
            raise RuleError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
        value = json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False)
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="operation",
        entity_id=operation.id,
        op="set",
        values={"class_rule": value},
        reason=reason,
    )
    return Edit(change, "operation", tuple(writes), reason), rule


@dataclass(frozen=True)
class Why:
    """Why one TPS has its class: what is recorded at it, and what the rule suggests."""

    code: str
    tps_class: str
    threats: list[ThreatInfo]  # level above none, worst first
    suggestion: Suggestion

    @property
    def lower(self) -> bool:
        """The officer's class is below the suggestion (worth a second look)."""
        return is_lower(self.tps_class, self.suggestion)


def why(db: Database, code: str) -> Why:
    """Why the TPS ``code`` has its class. Raises ChangeError for an unknown code or a node
    that is not a TPS."""
    info = nodes(db, [code]).get(code)
    if info is None:
        raise ChangeError(f"unknown node {code}")
    if info.level != Level.TPS:
        raise ChangeError(f"{code} is not a TPS; a region's TPS: lower_than_suggested()")
    recorded = threats_of(db, code)
    levels = {t.category: t.level for t in recorded}
    return Why(code, info.tps_class or "kurang_rawan", recorded, suggest(class_rule(db), levels))


@dataclass(frozen=True)
class Lower:
    code: str
    tps_class: str
    suggestion: Suggestion


def _recorded(db: Database, areas: list[str] | None) -> dict[str, tuple[str, dict[str, int]]]:
    """TPS with any threat above none in the areas: code → (class, category → level), in
    ONE query over the threat table (a TPS without threats is never lower than suggested:
    every rule needs at least one recorded category)."""
    params: dict = {"n": TPS_CODE_LENGTH}
    where = area_clause("h.node_code", areas, params)
    found: dict[str, tuple[str, dict[str, int]]] = {}
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT h.node_code, t.tps_class, h.category, h.level FROM threat h "
                "JOIN tps t ON t.code = h.node_code "
                f"WHERE h.level > 0 AND length(h.node_code) = :n AND {where}"
            ),
            params,
        )
        for code, cls, category, level in rows:
            found.setdefault(code, (cls, {}))[1][category] = level
    return found


def lower_than_suggested(
    db: Database,
    under: str | None = None,
    *,
    areas: list[str] | None = None,
    limit: int | None = None,
) -> list[Lower]:
    """TPS whose class is lower than the rule suggests, in code order; ``under`` (a node)
    or ``areas`` (a unit's jurisdiction) limit the area, ``limit`` the number returned.

    One query over the threat rows of the area, evaluated here with the same core rule the
    details pane uses: 0.006 s for the Banten demo's province, 0.19 s for the whole national
    demo (435,296 TPS, 18,673 threat rows), 0.01 s for one province of it.
    """
    if under is not None and areas is not None:
        raise ValueError("give an area or a list of areas, not both")
    wanted = [under] if under else areas
    rule = class_rule(db)
    result = []
    for code, (cls, levels) in sorted(_recorded(db, wanted).items()):
        suggestion = suggest(rule, levels)
        if is_lower(cls, suggestion):
            result.append(Lower(code, cls, suggestion))
            if limit is not None and len(result) >= limit:
                break
    return result


def lower_codes(
    db: Database, under: str | None = None, *, areas: list[str] | None = None
) -> set[str]:
    """The codes of :func:`lower_than_suggested` (for filters that combine it)."""
    return {item.code for item in lower_than_suggested(db, under, areas=areas)}


def count_lower(db: Database, code: str) -> int:
    """How many TPS at or below ``code`` have a class lower than suggested."""
    return len(lower_than_suggested(db, code))
