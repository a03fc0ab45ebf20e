"""`commandpost threat why`: why a TPS has its class, and what the class rule suggests.

For a TPS: the indicators and threats recorded at it (level, source, who, when) and the
suggestion of the operation's class rule (resources/templates/class_rule.json) beside the
current class. For a region: its TPS whose class is lower than suggested. Reads only.
"""

from __future__ import annotations

import argparse
import datetime as dt

from commandpost.cli.common import EXIT_OK, _database, _print_json_or_table


def _local(iso: str | dt.datetime, zone_name: str) -> str:
    """A stored UTC time in the post's zone, as the command line prints every moment:
    ``2024-11-26 19:05 WIB`` (core.zones.moment_text); "" stays ""."""
    from commandpost.core.zones import moment_text

    return moment_text(iso, zone_name)


def _suggestion(found) -> dict:
    return {
        "class": found.tps_class.value,
        "rule": found.rule.key if found.rule else None,
        "because": found.rule.label.id if found.rule else "tidak ada aturan yang terpenuhi",
        "counted": list(found.because),
    }


def cmd_threat_why(args: argparse.Namespace) -> int:
    from commandpost.core.regions import Level
    from commandpost.store import duty, queries, suggest, threats

    with _database(args) as db:
        info = queries.nodes(db, [args.node]).get(args.node)
        if info is None:
            raise ValueError(f"unknown node {args.node}")
        if info.level != Level.TPS:
            lower = suggest.lower_than_suggested(db, args.node, limit=args.limit)
            data = [
                {"code": item.code, "current": item.tps_class, **_suggestion(item.suggestion)}
                for item in lower
            ]
            if args.json:
                _print_json_or_table(data, True, [])
            else:
                print(
                    f"{info.name} ({info.code}): {len(data)} TPS with a class lower than suggested"
                )
                if data:
                    _print_json_or_table(data, False, ["code", "current", "class", "because"])
            return EXIT_OK
        why = suggest.why(db, args.node)
        names = {s.key: s.label.id for s in threats.sources(db, include_hidden=True)}
        zone_name = duty.post_zone(db)
    taxonomy = threats.taxonomy()
    recorded = [
        {
            "category": t.category,
            "label": taxonomy.category(t.category).label.id,
            "level": taxonomy.level(t.level).label.id,
            "source": names.get(t.source, t.source),
            "actor": t.actor,
            "observed_at": t.observed_at,
            "reason": t.reason,
            "counted": t.category in why.suggestion.because,
        }
        for t in why.threats
    ]
    result = {
        "code": why.code,
        "name": info.name,
        "current": why.tps_class,
        "suggested": _suggestion(why.suggestion),
        "lower_than_suggested": why.lower,
        "recorded": recorded,
    }
    if args.json:
        _print_json_or_table([result], True, [])
        return EXIT_OK
    print(f"{info.name} ({why.code}): class {why.tps_class}")
    found = result["suggested"]
    print(f"suggested by the class rule: {found['class']} ({found['because']})")
    if why.lower:
        print("the current class is LOWER than suggested: check it (nothing was changed)")
    if not recorded:
        print("no indicator or threat recorded")
    for row in recorded:
        mark = "*" if row["counted"] else "-"
        when = _local(row["observed_at"], zone_name)
        who = ", ".join(p for p in (row["source"], row["actor"], when) if p)
        print(f"  {mark} {row['label']}: {row['level']} — {who}")
        if row["reason"]:
            print(f"      {row['reason']}")
    if any(row["counted"] for row in recorded):
        print("  (* counted by the class rule)")
    return EXIT_OK


def add_threat_why(threat_sub, db_option) -> None:
    q = threat_sub.add_parser(
        "why",
        help="why a TPS has its class; the class rule's suggestion",
        description="For a TPS: the indicators and threats recorded at it (level, source, "
        "who, when) and the class the operation's class rule suggests beside the current "
        "one. For a region: its TPS whose class is lower than suggested. Changes nothing.",
    )
    db_option(q)
    q.add_argument("--node", required=True, metavar="CODE", help="a TPS or region code")
    q.add_argument("--limit", type=int, default=5000, help="at most this many TPS (region)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_threat_why)
