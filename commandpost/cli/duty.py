"""`commandpost duty`: the officer on duty at this post (set, show, handover).

Every change a command records names the officer on duty as its actor (``--actor``
overrides); a database without one refuses writes until ``duty set`` names one.
"""

from __future__ import annotations

import argparse
import json

from commandpost.cli.common import EXIT_OK, _database

ZONE_CHOICES = ("WIB", "WITA", "WIT")


def _officer(args: argparse.Namespace):
    from commandpost.store.duty import check_officer

    return check_officer(args.rank, args.name, args.nrp)


def cmd_duty_set(args: argparse.Namespace) -> int:
    from commandpost.store import duty

    officer = _officer(args)
    with _database(args) as db:
        duty.set_duty(
            db,
            officer,
            post=args.post,
            zone=args.zone,
            actor=" ".join((args.actor or "").split()) or None,
        )
        now = duty.current(db)
    print(f"on duty at {now.post}: {officer.label} (time zone {now.zone})")
    return EXIT_OK


def cmd_duty_handover(args: argparse.Namespace) -> int:
    from commandpost.store import duty

    incoming = _officer(args)
    with _database(args) as db:
        outgoing = duty.officer_on_duty(db)
        duty.handover(
            db,
            incoming,
            note=args.note or "",
            actor=" ".join((args.actor or "").split()) or None,
        )
    print(f"handed over: {outgoing.label if outgoing else '-'} -> {incoming.label}")
    return EXIT_OK


def cmd_duty_show(args: argparse.Namespace) -> int:
    from commandpost.store import duty

    with _database(args) as db:
        now = duty.current(db)
        log = duty.duty_log(db, limit=args.limit)
    officer = now.officer
    data = {
        "post": now.post,
        "time_zone": now.zone,
        "time_zone_from_province": not now.zone_set,
        "officer": None
        if officer is None
        else {
            "rank": officer.rank,
            "rank_key": officer.rank_key,
            "name": officer.name,
            "nrp": officer.nrp,
            "label": officer.label,
        },
        "since": now.since,
        "handed_over_by": now.handed_over_by or None,
        "note": now.note or None,
        "history": [
            {
                "at": e.at,
                "kind": e.kind,
                "actor": e.actor,
                "officer": e.officer or None,
                "outgoing": e.outgoing or None,
                "note": e.note or None,
                "post": e.post or None,
                "time_zone": e.zone or None,
            }
            for e in log
        ],
    }
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"post       {now.post}")
    print(f"time zone  {now.zone}{'' if now.zone_set else ' (from the province)'}")
    if officer is None:
        print(f"on duty    nobody recorded; set one: {duty.SET_HINT}")
    else:
        print(f"on duty    {officer.label}")
        print(f"since      {now.since}")
    if now.handed_over_by:
        print(f"taken over from {now.handed_over_by}" + (f": {now.note}" if now.note else ""))
    if log:
        print("history (newest first):")
    for e in log:
        what = {
            "handover": f"handover {e.outgoing} -> {e.officer}"
            + (f" ({e.note})" if e.note else ""),
            "set": f"on duty: {e.officer}",
            "post": "post: " + ", ".join(x for x in (e.post, e.zone) if x),
            "undo": "undone",
        }[e.kind]
        print(f"  {e.at}  {what}  [by {e.actor}]")
    return EXIT_OK


def _officer_options(q: argparse.ArgumentParser, who: str) -> None:
    q.add_argument("--name", required=True, help=f"the {who}'s name")
    q.add_argument("--rank", required=True, help="rank (pangkat), e.g. AIPTU, Bripka, AKP")
    q.add_argument("--nrp", required=True, help="NRP, 8 digits (a PNS Polri officer: NIP)")


def add_parsers(sub, db_option) -> None:
    p = sub.add_parser(
        "duty",
        help="the officer on duty at this post: set, show, hand over",
        description="The officer on duty (petugas jaga) at this post. Every change recorded "
        "names the officer on duty, unless --actor is given; without one, writes are refused.",
    )
    duty_sub = p.add_subparsers(title="duty commands", metavar="ACTION", required=True)
    q = duty_sub.add_parser(
        "set",
        help="record the officer on duty (and the post's name and time zone)",
        description="Record who is on duty at this post, and optionally the post's name "
        "and time zone (default: the operation province's). One change is recorded.",
    )
    db_option(q)
    _officer_options(q, "officer on duty")
    q.add_argument("--post", help="the post's name, e.g. 'Posko Pam Pilkada Polres Lebak'")
    q.add_argument("--zone", choices=ZONE_CHOICES, help="the post's time zone")
    q.add_argument("--actor", help="who records it (default: the officer named)")
    q.set_defaults(func=cmd_duty_set)
    q = duty_sub.add_parser(
        "show",
        help="who is on duty, the post, and the history of handovers",
        description="Show the officer on duty, the post and its time zone, and every "
        "officer and handover recorded, newest first.",
    )
    db_option(q)
    q.add_argument("--limit", type=int, default=50, help="history lines (default 50)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_duty_show)
    q = duty_sub.add_parser(
        "handover",
        help="hand over duty (serah terima tugas) to another officer",
        description="The officer on duty hands over to the incoming officer: one change "
        "naming both, the time and the note. Later changes name the incoming officer.",
    )
    db_option(q)
    _officer_options(q, "incoming officer")
    q.add_argument("--note", help="handover note (situation, open matters)")
    q.add_argument("--actor", help="who records it (default: the outgoing officer)")
    q.set_defaults(func=cmd_duty_handover)


# Who the set-up changes of `commandpost init` name when no officer is given: the tool
# itself, never the computer's login name. Later writes need an officer on duty.
INIT_ACTOR = "commandpost init"


def init_officer(args: argparse.Namespace):
    """`init`'s officer options, checked before the database is made: (Officer or None,
    the actor of the set-up changes). Raises ValueError for a bad or incomplete officer."""
    from commandpost.store.duty import check_officer

    given = [args.officer_name, args.rank, args.nrp]
    officer = None
    if any(given):
        if not all(given):
            raise ValueError("give the officer on duty whole: --officer-name, --rank and --nrp")
        officer = check_officer(args.rank, args.officer_name, args.nrp)
    actor = " ".join((args.actor or "").split()) or (officer.label if officer else INIT_ACTOR)
    return officer, actor


def record_init_officer(args: argparse.Namespace, path, officer, actor: str) -> None:
    """After `init` made the database: record the officer on duty and the time zone when
    given, else say how to name an officer (writes are refused until then)."""
    import sys

    from commandpost.store import duty
    from commandpost.store.database import open_database

    if officer is None:
        print(
            f"no officer on duty yet: changes are refused until one is set ({duty.SET_HINT})",
            file=sys.stderr,
        )
        if not args.zone:
            return
    db = open_database(path)
    try:
        if officer is not None:
            duty.set_duty(db, officer, zone=args.zone, actor=actor)
        else:
            duty.set_post(db, zone=args.zone, actor=actor)
    finally:
        db.close()
