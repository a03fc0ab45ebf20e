"""`commandpost threat rule`: the operation's class rule, which suggests a TPS class from the
indicators and threats recorded at it (store.suggest; never applied on its own).

`show` prints the rule in effect and whether it is the operation's own or the shipped one
(resources/templates/class_rule.json); `set FILE` makes a rule file the operation's own (one
change, checked whole first: a bad file names the entry and field and changes nothing);
`reset` goes back to the shipped rule.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from commandpost.cli.common import EXIT_OK, _actor, _database


def _describe(rule) -> list[dict]:
    return [{"key": r.key, "class": r.tps_class.value, "label": r.label.id} for r in rule.rules]


def cmd_threat_rule(args: argparse.Namespace) -> int:
    from commandpost.store import suggest

    with _database(args) as db:
        if args.action == "set":
            _edit, rule = suggest.set_class_rule(
                db, Path(args.file), actor=_actor(args), reason=args.reason or ""
            )
            print(f"the operation's class rule is now {Path(args.file).name}")
        elif args.action == "reset":
            _edit, rule = suggest.set_class_rule(
                db, None, actor=_actor(args), reason=args.reason or ""
            )
            print("the operation uses the shipped class rule again")
        else:
            rule = suggest.class_rule(db)
        own = suggest.own_rule_text(db) is not None
    rules = _describe(rule)
    if args.json:
        print(json.dumps({"own": own, "rules": rules}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        "the operation's own class rule"
        if own
        else f"the shipped class rule ({suggest.RULE_PATH.name})"
    )
    for number, entry in enumerate(rules, start=1):
        print(f"  {number}. {entry['class']:<13} {entry['label']}  [{entry['key']}]")
    print("  otherwise kurang_rawan; the first rule that holds wins")
    return EXIT_OK


def add_threat_rule(threat_sub, db_option) -> None:
    q = threat_sub.add_parser(
        "rule",
        help="show, set or reset the operation's class rule",
        description="The class rule suggests a TPS class from what is recorded at the TPS "
        "(shown beside the officer's class, never applied). show: the rule in effect; set "
        "FILE: make a rule file (JSON like resources/templates/class_rule.json) the "
        "operation's own, checked whole first; reset: back to the shipped rule.",
    )
    db_option(q)
    q.add_argument("action", choices=("show", "set", "reset"))
    q.add_argument("file", nargs="?", help="the rule file (set)")
    q.add_argument("--reason", help="why (required for set and reset)")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.add_argument("--json", action="store_true", help="print JSON (show)")
    q.set_defaults(func=_checked)


def _checked(args: argparse.Namespace) -> int:
    if args.action == "set" and not args.file:
        raise ValueError("threat rule set needs the rule FILE")
    if args.action != "set" and args.file:
        raise ValueError(f"threat rule {args.action} takes no FILE")
    if args.action in ("set", "reset") and not (args.reason or "").strip():
        raise ValueError(f"threat rule {args.action} needs --reason")
    return cmd_threat_rule(args)
