"""Creating a database for a real operation: station, regions, operation."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

from commandpost.store import changelog
from commandpost.store.changelog import Progress
from commandpost.store.database import open_database
from commandpost.store.models import Meta
from commandpost.store.regions import DATASET, province_name

KINDS = ("pilkada", "pemilu", "psu", "exercise")


def create_operation_database(
    path: Path,
    *,
    station: str,
    province: str | None,
    operation: str,
    kind: str = "pilkada",
    voting_day: str | None = None,
    actor: str,
    progress: Progress | None = None,
    stage_template: str | None = "auto",
) -> Path:
    """Build the database in a side file and move it into place only when complete.

    ``stage_template`` gives the operation its stages: a key of store.stages.TEMPLATES,
    ``"auto"`` for the template of the operation's kind (Pilkada 2024, Pemilu 2024), or None
    for no stages. A template without a voting day given brings its own.
    """
    from commandpost.store import stages

    if stage_template == "auto":
        stage_template = stages.TEMPLATE_FOR_KIND.get(kind)
    if stage_template is not None:
        tmpl = stages.template(stage_template)
        if voting_day is None:
            voting_day = tmpl.voting_day.isoformat()
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    if not station.strip() or not operation.strip():
        raise ValueError("station and operation names must not be empty")
    if kind not in KINDS:
        raise ValueError(f"operation kind must be one of {', '.join(KINDS)}")
    if voting_day is not None:
        try:
            voting_day = date.fromisoformat(voting_day).isoformat()
        except ValueError:
            raise ValueError(f"voting day {voting_day!r} is not a date (YYYY-MM-DD)") from None
    if province is not None and province_name(province) is None:
        raise ValueError(f"no province with code {province!r}")
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal")):
        leftover.unlink(missing_ok=True)
    db = open_database(partial, station.strip(), create=True)
    try:
        op_id = str(uuid.uuid4())
        changelog.record(
            db,
            actor=actor,
            entity="operation",
            entity_id=op_id,
            op="create",
            values={
                "name": operation.strip(),
                "kind": kind,
                "province_code": province,
                "voting_day": voting_day,
                "is_demo": False,
            },
            reason="new operation",
        )
        with db.session() as session, session.begin():
            session.add(Meta(key="operation_id", value=op_id))
        changelog.record(
            db,
            actor=actor,
            entity="region",
            entity_id=province or "*",
            op="load_regions",
            values={"dataset": DATASET, "province": province},
            reason="reference data",
            progress=progress,
        )
        if stage_template is not None:
            stages.apply_template(db, stage_template, actor=actor)
    except BaseException:
        db.close()
        for leftover in (partial, partial.with_name(partial.name + "-wal")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(partial, path)
    return path
