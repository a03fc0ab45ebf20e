"""`commandpost import-tps` and `commandpost threat import`: files as offices hand them out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from commandpost.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    ProgressPrinter,
    _actor,
    _database,
    post_time,
)

DbOption = Callable[[argparse.ArgumentParser], None]


def _say_notes(notes, show: int) -> None:
    """Notes (skipped rows, columns not used) and warnings, on stderr, at most ``show``."""
    for problem in notes[:show]:
        print(f"  {problem}", file=sys.stderr)
    if len(notes) > show:
        print(f"  ... and {len(notes) - show} more notes and warnings", file=sys.stderr)


def _shown(value) -> str:
    """A value of a TPS update as the officer reads it: numbers plain, text quoted, none '-'."""
    return "-" if value is None else repr(value) if isinstance(value, str) else str(value)


def _free_name(path: Path) -> Path:
    """``path``, or ``name-2.csv``, ``name-3.csv``… when it exists: a rejects file the officer
    may be fixing is never overwritten."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _encoding_hint(exc) -> int:
    print(f"error: {exc}", file=sys.stderr)
    print(
        f"hint: if the file was saved by Windows Excel, run again with --encoding {exc.encoding}",
        file=sys.stderr,
    )
    return EXIT_BAD_INPUT


def cmd_import_tps(args: argparse.Namespace) -> int:
    from commandpost.store.tps_import import apply_tps_import, plan_tps_import, write_rejects
    from commandpost.store.tps_remove import check_removal
    from commandpost.tabular import EncodingQuestion

    source = Path(args.file)
    with _database(args) as db:
        try:
            plan = plan_tps_import(
                db,
                source,
                encoding=args.encoding,
                skip_bad_rows=args.skip_bad_rows,
                progress=ProgressPrinter("check"),
            )
        except EncodingQuestion as exc:
            return _encoding_hint(exc)
        where = plan.source + (f", sheet {plan.sheet}" if plan.sheet else "")
        print(f"{where}: {plan.rows_read} rows read")
        used = ", ".join(f"{header} = {key}" for key, header in plan.columns.items())
        print(f"  columns: {used}")
        _say_notes(plan.notes, args.show)
        print(f"  {len(plan.new)} new TPS, {len(plan.updates)} changed, {plan.unchanged} unchanged")
        removal = None
        if plan.not_in_file:
            with db.engine.connect() as conn:
                removal = check_removal(conn, plan.not_in_file)
            kept = removal.kept_by_reason()
            why = "; ".join(f"{n} with {KEPT_WORDS[r]}" for r, n in kept.items())
            if args.remove_missing:
                print(
                    f"  {len(plan.not_in_file)} TPS of these villages are in the database but "
                    f"not in the file: {len(removal.rows)} will be deleted (--remove-missing)"
                    + (f", {len(removal.kept)} kept ({why})" if kept else "")
                )
            else:
                print(
                    f"  {len(plan.not_in_file)} TPS of these villages are in the database but "
                    "not in the file; they are kept (--remove-missing deletes "
                    f"{len(removal.rows)} of them"
                    + (f"; {len(removal.kept)} stay in any case: {why}" if kept else "")
                    + ")"
                )
            for code in plan.not_in_file[: args.show]:
                whys = removal.reasons.get(code)
                state = (
                    "kept: " + ", ".join(KEPT_WORDS[w] for w in whys)
                    if whys
                    else ("deleted" if args.remove_missing else "would be deleted")
                )
                print(f"    {code}: {state}")
            if not args.remove_missing:
                removal = None
        for update in plan.updates[: args.show]:
            change = ", ".join(
                f"{k} {_shown(update.old[k])} -> {_shown(update.new[k])}"
                for k in sorted(update.new)
            )
            print(f"  {update.code}: {change}")
        rejects = None
        if plan.rejected:
            print(f"  {len(plan.rejected)} rows left out (--skip-bad-rows):")
            for problem in plan.rejected[: args.show]:
                field = f", field {problem.field}" if problem.field else ""
                print(f"    row {problem.row}{field}: {problem.message}")
            if not args.dry_run:
                rejects = _free_name(
                    Path(args.rejects or source.with_name(f"{source.stem}-ditolak.csv"))
                )
                count = write_rejects(plan, source, rejects, encoding=args.encoding)
                print(f"  the {count} rows left out are in {rejects}: fix them and import it")
        removing = len(removal.rows) if removal is not None else 0
        if plan.empty and plan.rejected and not removing:
            print(
                f"error: every row of {plan.source} is wrong: nothing to import"
                + (f" (the rows are in {rejects})" if rejects else ""),
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        if args.dry_run or (plan.empty and not removing):
            print("nothing applied" + (" (dry run)" if args.dry_run else ""))
            return EXIT_OK
        apply_tps_import(
            db,
            plan,
            _actor(args),
            rejects_file=rejects.name if rejects else None,
            remove=removal if removing else None,
            progress=ProgressPrinter("import"),
        )
        deleted = f", deleted {removing} TPS" if removing else ""
        print(
            f"imported {len(plan.new)} new TPS and {len(plan.updates)} changes{deleted} from "
            f"{plan.source} into {db.path}, as one transaction "
            "(commandpost import-tps-undo takes it back)"
        )
    return EXIT_OK


# How the command line names the records that keep a TPS from being deleted, and why an
# undo leaves a TPS as it is.
KEPT_WORDS = {
    "incident": "incidents",
    "post": "people posted",
    "threat": "threats recorded",
    "class": "a class set by an officer",
    "progress": "voting-day steps",
    "risk": "a risk-register line",
    "changed": "changed since (a newer list or an officer)",
    "back": "in the database again",
    "gone": "no longer in the database",
}
# What taking back each kind of an import's changes does, for N TPS.
UNDO_WORDS = {
    "import_tps": "new TPS removed",
    "set_many": "TPS with their DPT or address written back",
    "remove_tps": "deleted TPS restored",
}


def _say_undo(parts, show: int, *, done: bool) -> None:
    """Print what an undo takes back and leaves, per kind of the import's changes."""
    for part in parts:
        verb = UNDO_WORDS.get(part.op, part.op)
        print(f"  {len(part.taken)} {verb}" + ("" if done else " (would be)"))
        for code, whys in list(part.left.items())[:show]:
            print(f"    left as it is: {code}: {', '.join(KEPT_WORDS.get(w, w) for w in whys)}")
        if len(part.left) > show:
            print(f"    ... and {len(part.left) - show} more left as they are")


def cmd_import_tps_undo(args: argparse.Namespace) -> int:
    """Take back a TPS-list import: its new TPS removed, its DPT and address changes written
    back, the TPS it deleted restored; values changed since are left as they are."""
    from commandpost.store.changelog import ChangeError
    from commandpost.store.threats import compensate_all
    from commandpost.store.tps_remove import import_step, undo_preview

    with _database(args) as db:
        try:
            edits = import_step(db, args.change)
        except ChangeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        first = edits[0].change
        source = first.values.get("source") or first.values.get("file")
        with db.engine.connect() as conn:
            parts = undo_preview(conn, edits)
        if args.dry_run:
            print(f"taking back the import of {source} (change {first.id[:13]}) would give:")
            _say_undo(parts, args.show, done=False)
            print("nothing applied (dry run)")
            return EXIT_OK
        try:
            compensate_all(
                db, edits, actor=_actor(args), reason=args.reason or f"undo: import of {source}"
            )
        except ChangeError as exc:
            print(f"error: nothing taken back: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"took back the import of {source} as one transaction:")
        _say_undo(parts, args.show, done=True)
    return EXIT_OK


def _column_map(pairs: list[str] | None) -> dict[str, str]:
    from commandpost.store.mapping_import import DROP

    out: dict[str, str] = {}
    for pair in pairs or []:
        header, sep, key = pair.partition("=")
        if not sep or not header.strip():
            raise ValueError(f"--map-column {pair!r}: write HEADER=INDICATOR or HEADER=-")
        out[header.strip()] = DROP if key.strip() in ("-", "") else key.strip()
    return out


def cmd_threat_import(args: argparse.Namespace) -> int:
    from commandpost.store.mapping_import import (
        MappingQuestion,
        apply_mapping,
        indicator_keys,
        plan_mapping,
    )
    from commandpost.tabular import EncodingQuestion

    with _database(args) as db:
        try:
            plan = plan_mapping(
                db,
                args.file,
                column_map=_column_map(args.map_column),
                t_means=args.t_means,
                encoding=args.encoding,
            )
        except EncodingQuestion as exc:
            return _encoding_hint(exc)
        except MappingQuestion as question:
            print(f"error: {question}", file=sys.stderr)
            for header in question.columns:
                print(
                    f"hint: say what column {header!r} is: --map-column '{header}=INDICATOR' "
                    f"or --map-column '{header}=-' to leave it out",
                    file=sys.stderr,
                )
            if question.columns:
                print(f"  indicators: {', '.join(indicator_keys())}", file=sys.stderr)
            if question.t_rows:
                print(
                    "hint: say what 'T' means in the yes/no columns: --t-means tidak "
                    "(Indonesian form) or --t-means ya (English 'true')",
                    file=sys.stderr,
                )
            return EXIT_BAD_INPUT
        print(
            f"{plan.source}: {plan.rows} TPS rows; {len(plan.class_changes)} class changes, "
            f"{len(plan.threat_changes)} threat changes"
        )
        _say_notes(list(plan.notes), args.show)
        for code, old, new in plan.class_changes[: args.show]:
            print(f"  {code}  class {old} -> {new}")
        for code, category, old, new in plan.threat_changes[: args.show]:
            print(f"  {code}  {category} {old} -> {new}")
        if args.dry_run or plan.empty:
            print("nothing applied" + (" (dry run)" if args.dry_run else ""))
            return EXIT_OK
        apply_mapping(
            db,
            plan,
            actor=_actor(args),
            source=args.source or "",
            reason=args.reason or "",
            observed_at=post_time(args.observed_at, db),
        )
        print("applied as one transaction")
    return EXIT_OK


def _reading_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoding",
        choices=("cp1252",),
        help="read a CSV that is not UTF-8 as Windows-1252 (Excel 'CSV (Comma delimited)')",
    )
    p.add_argument("--show", type=int, default=20, help="changes and notes to list (default 20)")
    p.add_argument("--actor", help="who is importing (default: the officer on duty)")


def add_import_tps(sub, db_option: DbOption) -> None:
    p = sub.add_parser(
        "import-tps",
        help="import a TPS list (CSV or XLSX) as KPU hands it out",
        description=(
            "Import or update a TPS list. The header is found (title rows, two-row headers, a "
            "row of column numbers, JUMLAH rows and signature blocks are skipped and listed); "
            "columns: village code (kode_desa, kode_kel, 10 digits or dotted) or a 13-digit "
            "TPS code (kode_tps), TPS number (no_tps: TPS 001, 001, 1), DPT (jumlah_dpt, or "
            "DPT L and P), address (alamat, optional); other columns are listed as not used. "
            "Every row is checked first; by default any bad row imports nothing. TPS already "
            "in the database are updated (DPT, address); none is deleted unless "
            "--remove-missing is given, and then never one that carries an officer's record "
            "(class, threat, incident, post, voting-day step, risk line)."
        ),
    )
    p.add_argument("file", metavar="FILE", help=".csv (UTF-8; ; , or tab) or .xlsx")
    db_option(p)
    _reading_options(p)
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and leave the bad ones out (written to a rejects file)",
    )
    p.add_argument(
        "--rejects",
        metavar="PATH",
        help="where to write the rows left out (default: FILE-ditolak.csv beside the file)",
    )
    p.add_argument(
        "--remove-missing",
        action="store_true",
        help="also delete the TPS of the file's villages that the file no longer lists "
        "(those an officer recorded something on are kept)",
    )
    p.add_argument("--dry-run", action="store_true", help="only show what would change")
    p.set_defaults(func=cmd_import_tps)

    u = sub.add_parser(
        "import-tps-undo",
        help="take back a TPS-list import (the newest, or --change ID)",
        description=(
            "Take back a TPS-list import as one transaction: the TPS it added are removed, "
            "the DPT and addresses it changed written back, the TPS it deleted restored. A "
            "TPS changed or recorded on since (a class, threat, incident, post, or a newer "
            "list) is left as it is, and the command says how many."
        ),
    )
    db_option(u)
    u.add_argument("--change", metavar="ID", help="the import's change id (or its start)")
    u.add_argument("--reason", help="why (default: undo: import of FILE)")
    u.add_argument("--actor", help="who (default: the officer on duty)")
    u.add_argument("--dry-run", action="store_true", help="only show what would be taken back")
    u.add_argument("--show", type=int, default=20, help="TPS left as they are to list (default 20)")
    u.set_defaults(func=cmd_import_tps_undo)


def add_threat_import(threat_sub, db_option: DbOption) -> None:
    q = threat_sub.add_parser(
        "import",
        help="import a TPS vulnerability mapping (CSV or XLSX)",
        description="Import a TPS vulnerability mapping: village code and TPS number (or a "
        "13-digit TPS code), class (kelas, kategori, status) and threat columns named by "
        "taxonomy category (levels 0-3) or indicator (ya/tidak). Shows what would change, "
        "then applies it as one transaction (not with --dry-run).",
    )
    q.add_argument("file", metavar="FILE")
    db_option(q)
    _reading_options(q)
    q.add_argument("--reason", help="why (required unless --dry-run)")
    q.add_argument("--source", default="bawaslu", help="source (default bawaslu)")
    q.add_argument("--observed-at", metavar="ISO", help="when mapped (default now)")
    q.add_argument("--dry-run", action="store_true", help="only show what would change")
    q.add_argument(
        "--map-column",
        action="append",
        metavar="HEADER=INDICATOR",
        help="what a column the taxonomy does not know is: an indicator key, or - to leave "
        "it out (repeatable)",
    )
    q.add_argument(
        "--t-means",
        choices=("tidak", "ya"),
        help="what 'T' in a yes/no column means: tidak (Indonesian form) or ya (English true)",
    )
    q.set_defaults(func=cmd_threat_import)
