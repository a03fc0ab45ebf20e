"""The police unit tree as plain data: unit id → parent id (None for a Polda).

One walk for everything that asks "which units are below this one" (a Polda's table, a
unit's jurisdiction, who may be posted where) and "which units are above" (the pattern that
applies, the reserve that can be sent). A parent loop in damaged data ends the walk rather
than looping for ever.
"""

from __future__ import annotations

from collections.abc import Mapping

Parents = Mapping[str, "str | None"]


def chain(unit: str | None, parents: Parents) -> list[str]:
    """The unit and the units above it, nearest first (Polsek, Polres, Polda)."""
    out: list[str] = []
    while unit is not None and unit not in out:
        out.append(unit)
        unit = parents.get(unit)
    return out


def subtree(unit: str, parents: Parents) -> set[str]:
    """The unit and every unit below it, at any depth."""
    children: dict[str | None, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    out: set[str] = set()
    todo = [unit]
    while todo:
        current = todo.pop()
        if current not in out:
            out.add(current)
            todo.extend(children.get(current, []))
    return out
