"""The suggested TPS class: a rule kept as data (resources/templates/class_rule.json).

The rule reads the indicators and threats recorded at one TPS (threat category → level
0-3; a Bawaslu indicator marked "yes" is its variable at level sedang) and suggests a
class, with the reasons: which rule matched and which recorded categories made each of
its conditions hold. The suggestion is only ever shown beside the class an officer set;
nothing here changes a class. Where the shipped rule comes from: see the file's "about"
(Bawaslu's TPS-rawan variables and a Polres pattern, domain brief).

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from commandpost.core.threats import Label, Taxonomy, ThreatLevel, TpsClass

# Classes a rule may suggest; anything else suggests nothing (kurang rawan is the default
# and khusus is a kind of location an officer sets, not an outcome of threats).
SUGGESTABLE = (TpsClass.RAWAN, TpsClass.SANGAT_RAWAN)
CLASS_RANK = {
    TpsClass.KURANG_RAWAN: 0,
    TpsClass.RAWAN: 1,
    TpsClass.SANGAT_RAWAN: 2,
    TpsClass.KHUSUS: 3,
}
_LEVELS = {"rendah": ThreatLevel.RENDAH, "sedang": ThreatLevel.SEDANG, "tinggi": ThreatLevel.TINGGI}
_RULE_FIELDS = {"key", "class", "label", "all"}
_CONDITION_FIELDS = {"categories", "group", "min_level", "at_least"}


class RuleError(ValueError):
    """The rule file is wrong; the message names the file, the entry and the field."""


@dataclass(frozen=True)
class Condition:
    """At least ``at_least`` of ``categories`` recorded at ``min_level`` or worse."""

    categories: frozenset[str]
    min_level: ThreatLevel
    at_least: int = 1
    scope: str = ""  # what the categories were given as: "group:kamtibmas", "keamanan", "*"

    def matches(self, levels: Mapping[str, int]) -> tuple[str, ...]:
        """The recorded categories that count towards this condition (sorted), or () when
        fewer than ``at_least`` do."""
        hits = tuple(
            sorted(c for c, lv in levels.items() if c in self.categories and lv >= self.min_level)
        )
        return hits if len(hits) >= self.at_least else ()


@dataclass(frozen=True)
class Rule:
    key: str
    tps_class: TpsClass
    label: Label
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class ClassRule:
    rules: tuple[Rule, ...]
    about: str = ""


@dataclass(frozen=True)
class Suggestion:
    """What the rule suggests for one TPS. ``rule`` is None for kurang rawan (no rule held);
    ``because``: the recorded categories that made the rule hold, in condition order."""

    tps_class: TpsClass
    rule: Rule | None = None
    because: tuple[str, ...] = ()

    @property
    def rank(self) -> int:
        return CLASS_RANK[self.tps_class]


KURANG_RAWAN = Suggestion(TpsClass.KURANG_RAWAN)


def suggest(rule: ClassRule, levels: Mapping[str, int]) -> Suggestion:
    """The suggested class for one TPS from its recorded levels (category key → 0-3).

    Rules are tried in file order; the first whose conditions all hold wins. Levels of
    categories the rule does not name are ignored.
    """
    for candidate in rule.rules:
        because: list[str] = []
        for condition in candidate.conditions:
            hits = condition.matches(levels)
            if not hits:
                break
            because.extend(c for c in hits if c not in because)
        else:
            return Suggestion(candidate.tps_class, candidate, tuple(because))
    return KURANG_RAWAN


def is_lower(current: str, suggestion: Suggestion) -> bool:
    """True when an officer's class is below the suggestion. A khusus TPS never is: it is
    a kind of location (prison, hospital), not a step on the rawan scale."""
    cls = TpsClass(current)
    if cls == TpsClass.KHUSUS:
        return False
    return CLASS_RANK[cls] < suggestion.rank


def _fail(path: Path, where: str, message: str) -> RuleError:
    return RuleError(f"{path.name}: {where}: {message}")


def _condition(raw: object, taxonomy: Taxonomy, path: Path, where: str) -> Condition:
    if not isinstance(raw, dict):
        raise _fail(path, where, "a condition must be an object")
    unknown = sorted(set(raw) - _CONDITION_FIELDS)
    if unknown:
        raise _fail(
            path,
            where,
            f"unknown field {unknown[0]!r}; use {', '.join(sorted(_CONDITION_FIELDS))}",
        )
    known = {c.key for c in taxonomy.categories}
    if "categories" in raw and "group" in raw:
        raise _fail(path, where, "give 'categories' or 'group', not both")
    if "categories" in raw:
        keys = raw["categories"]
        if not isinstance(keys, list) or not keys:
            raise _fail(path, f"{where}, field 'categories'", "a non-empty list of category keys")
        for key in keys:
            if key not in known:
                raise _fail(
                    path,
                    f"{where}, field 'categories'",
                    f"unknown threat category {key!r} (not in the threat taxonomy)",
                )
        categories, scope = frozenset(keys), ",".join(keys)
    elif "group" in raw:
        group = raw["group"]
        if group not in {g.key for g in taxonomy.groups}:
            raise _fail(
                path,
                f"{where}, field 'group'",
                f"unknown group {group!r}; use {', '.join(g.key for g in taxonomy.groups)}",
            )
        categories = frozenset(c.key for c in taxonomy.categories if c.group == group)
        scope = f"group:{group}"
    else:
        categories, scope = frozenset(known), "*"
    level = raw.get("min_level", "rendah")
    if level not in _LEVELS:
        raise _fail(
            path,
            f"{where}, field 'min_level'",
            f"unknown level {level!r}; use rendah, sedang or tinggi",
        )
    at_least = raw.get("at_least", 1)
    if (
        not isinstance(at_least, int)
        or isinstance(at_least, bool)
        or not 1 <= at_least <= len(categories)
    ):
        raise _fail(
            path,
            f"{where}, field 'at_least'",
            f"must be a whole number from 1 to {len(categories)} (the categories it counts)",
        )
    return Condition(categories, _LEVELS[level], at_least, scope)


def parse_rule(data: object, taxonomy: Taxonomy, path: Path) -> ClassRule:
    """A rule from its JSON data, checked against the taxonomy. Raises RuleError naming the
    file, the entry (number and key) and the field at fault."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise _fail(path, "top level", "needs a list 'rules'")
    rules: list[Rule] = []
    seen: set[str] = set()
    for number, raw in enumerate(data["rules"], start=1):
        where = f"rule {number}"
        if not isinstance(raw, dict):
            raise _fail(path, where, "a rule must be an object")
        if isinstance(raw.get("key"), str):
            where += f" ({raw['key']})"
        unknown = sorted(set(raw) - _RULE_FIELDS)
        if unknown:
            raise _fail(
                path, where, f"unknown field {unknown[0]!r}; use {', '.join(sorted(_RULE_FIELDS))}"
            )
        for needed in sorted(_RULE_FIELDS):
            if needed not in raw:
                raise _fail(path, where, f"missing field {needed!r}")
        key = raw["key"]
        if not isinstance(key, str) or not key or key in seen:
            raise _fail(path, f"{where}, field 'key'", "a key must be a text used once")
        seen.add(key)
        if raw["class"] not in {c.value for c in SUGGESTABLE}:
            raise _fail(
                path,
                f"{where}, field 'class'",
                f"a rule suggests rawan or sangat_rawan, not {raw['class']!r}",
            )
        label = raw["label"]
        if not isinstance(label, dict) or set(label) != {"id", "en"}:
            raise _fail(path, f"{where}, field 'label'", "needs exactly 'id' and 'en' texts")
        conditions = raw["all"]
        if not isinstance(conditions, list) or not conditions:
            raise _fail(path, f"{where}, field 'all'", "a non-empty list of conditions")
        rules.append(
            Rule(
                key,
                TpsClass(raw["class"]),
                Label(**label),
                tuple(
                    _condition(c, taxonomy, path, f"{where}, condition {n}")
                    for n, c in enumerate(conditions, start=1)
                ),
            )
        )
    return ClassRule(tuple(rules), str(data.get("about", "")))


def load_rule(path: Path, taxonomy: Taxonomy) -> ClassRule:
    """Read and check a rule file (UTF-8 JSON). Raises RuleError (file, entry, field)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(path, f"line {exc.lineno}", f"not valid JSON ({exc.msg})") from None
    return parse_rule(data, taxonomy, path)
