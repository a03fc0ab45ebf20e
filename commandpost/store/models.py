"""Typed SQLAlchemy 2 models. The GUI never sees these: queries return core dataclasses."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from commandpost.core.threats import (
    REGION_CLASS_CONDITIONS,
    REGION_THREAT_CONDITIONS,
    ThreatLevel,
    TpsClass,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Meta(Base):
    """Key/value facts about this database: that it is CommandPost's, its station, operation."""

    __tablename__ = "cp_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Station(Base):
    """A laptop or post that records changes; one is this database's own (cp_meta.station_id)."""

    __tablename__ = "station"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    # The officer on duty at this post (store.duty): rank key (resources/templates/
    # ranks_polri.json), name, NRP (8 digits) or NIP (18); since when (UTC ISO); at the last
    # handover, who handed over (the outgoing officer as changes name them) and the note.
    duty_rank: Mapped[str | None] = mapped_column(String(40))
    duty_name: Mapped[str | None] = mapped_column(String(200))
    duty_nrp: Mapped[str | None] = mapped_column(String(18))
    duty_since: Mapped[str | None] = mapped_column(String(40))
    duty_from: Mapped[str | None] = mapped_column(String(300))
    duty_note: Mapped[str | None] = mapped_column(Text)
    # The post's time zone (WIB, WITA, WIT); None: the operation province's (core.zones).
    time_zone: Mapped[str | None] = mapped_column(String(4))


class Operation(Base):
    __tablename__ = "operation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # pilkada | pemilu | psu | exercise
    province_code: Mapped[str | None] = mapped_column(String(2))
    voting_day: Mapped[str | None] = mapped_column(String(10))  # ISO date, as in changes
    is_demo: Mapped[bool] = mapped_column(default=False)
    # The share of each unit's strength deployed for the operation ("2/3": the Polri rule
    # of thumb in the domain brief), written as core.strength.parse_share reads it.
    deploy_share: Mapped[str] = mapped_column(String(10), default="2/3", server_default="2/3")
    # The operation's own class rule (JSON as core.class_rule reads it); None: the shipped
    # resources/templates/class_rule.json (store.suggest).
    class_rule: Mapped[str | None] = mapped_column(Text)


def _attention_indexes() -> tuple[Index, ...]:
    """Small partial indexes over the nodes that have rawan TPS or threats below them, so
    that "regions rawan or worse" reads only those (see core.threats)."""
    names = {
        TpsClass.RAWAN: "ix_node_rawan_plus",
        TpsClass.SANGAT_RAWAN: "ix_node_sangat_rawan",
        TpsClass.KHUSUS: "ix_node_khusus",
        ThreatLevel.RENDAH: "ix_node_threat_l1_plus",
        ThreatLevel.SEDANG: "ix_node_threat_l2_plus",
        ThreatLevel.TINGGI: "ix_node_threat_l3",
    }
    conditions = {**REGION_CLASS_CONDITIONS, **REGION_THREAT_CONDITIONS}
    return tuple(Index(names[k], "code", sqlite_where=text(c)) for k, c in conditions.items())


class Node(Base):
    """The whole tree in one table; ``code`` doubles as the sortable materialised path."""

    __tablename__ = "node"
    __table_args__ = (
        Index("ix_node_parent_code", "parent_code", "code"),
        Index("ix_node_search", "name_norm", sqlite_where=text("level < 4")),
        *_attention_indexes(),
    )

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("node.code"))
    level: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    name_norm: Mapped[str] = mapped_column(String(200))
    village_kind: Mapped[str | None] = mapped_column(String(10))
    child_count: Mapped[int] = mapped_column(Integer, default=0)
    tps_count: Mapped[int] = mapped_column(Integer, default=0)
    dpt: Mapped[int] = mapped_column(BigInteger, default=0)
    # Roll-ups over the subtree (a TPS counts itself): TPS per class, threats per level.
    n_rawan: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_sangat_rawan: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_khusus: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    threat_l1: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    threat_l2: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    threat_l3: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Voting-day progress: TPS in the subtree whose latest step is each state (core.progress).
    p_arrived: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    p_opened: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    p_voting: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    p_counting: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    p_finished: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    p_escorted: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    p_problem: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Strength: police and Linmas the TPS security patterns require in the subtree, in
    # core.strength.SHARE_SCALE units (a village computes them from its class counts, TPS
    # rows hold 0), and the people assigned to posts in the subtree.
    req_police: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    req_linmas: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # Whole police required, as plans and reports give them: a village or kecamatan its own
    # need rounded up; a kabupaten/kota or province the sum of its kecamatan's, so that
    # every level, and every unit's table, adds up.
    req_people: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    assigned: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Tps(Base):
    __tablename__ = "tps"
    __table_args__ = (
        UniqueConstraint("village_code", "number"),
        Index("ix_tps_tps_class", "tps_class", "code"),
    )

    code: Mapped[str] = mapped_column(ForeignKey("node.code"), primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("node.code"))
    number: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(Text, default="")
    dpt: Mapped[int] = mapped_column(Integer, default=0)
    # Voters by sex when the list gives them (KPU's DPT L / P); None when it gives a total only.
    dpt_l: Mapped[int | None] = mapped_column(Integer)
    dpt_p: Mapped[int | None] = mapped_column(Integer)
    tps_class: Mapped[str] = mapped_column(
        String(20), default="kurang_rawan", server_default="kurang_rawan"
    )
    # Voting day: the latest progress step, when it was reported (UTC), and a problem flag
    # with the incident that describes it.
    progress: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    progress_at: Mapped[str] = mapped_column(String(40), default="", server_default="")
    problem: Mapped[bool] = mapped_column(default=False, server_default="0")
    problem_incident: Mapped[str | None] = mapped_column(String(36))


class Threat(Base):
    """The current threat level of one category at one node; history is in the change log."""

    __tablename__ = "threat"
    __table_args__ = (
        Index("ix_threat_node_code", "node_code"),
        Index("ix_threat_category", "category", "level", "node_code"),
    )

    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # "<node code>|<category>"
    node_code: Mapped[str] = mapped_column(ForeignKey("node.code"))
    category: Mapped[str] = mapped_column(String(40))
    level: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(80), default="")
    observed_at: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")


class Incident(Base):
    """A kejadian at a node; each status step, correction and void is a change with its
    time, actor and reason (store.incidents)."""

    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_node_code", "node_code"),
        Index("ix_incident_occurred_at", "occurred_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    node_code: Mapped[str] = mapped_column(ForeignKey("node.code"))
    occurred_at: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    people: Mapped[str] = mapped_column(Text, default="")
    damage: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="dilaporkan")
    reported_by: Mapped[str] = mapped_column(String(200), default="")  # who typed it (actor)
    # Who reported it from the field, when the officer typing it is not that person.
    reporter_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    reporter_unit: Mapped[str] = mapped_column(String(200), default="", server_default="")
    reporter_contact: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # A voided incident (dibatalkan) stays listed but is counted nowhere.
    voided: Mapped[bool] = mapped_column(default=False, server_default="0")
    void_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Stage(Base):
    """A stage (tahapan) of the operation; ``active`` is false for a deleted one (and for
    one never created, so that undoing a creation takes it away again)."""

    __tablename__ = "stage"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[str | None] = mapped_column(String(10))  # local date, ISO
    end: Mapped[str | None] = mapped_column(String(10))  # local date, ISO, inclusive
    kind: Mapped[str] = mapped_column(String(20), default="other", server_default="other")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    threats: Mapped[str] = mapped_column(Text, default="", server_default="")
    active: Mapped[bool] = mapped_column(default=False, server_default="0")


class Risk(Base):
    """One line of the risk register: the threat expected at an area during a stage, and
    the plan against it (who, what, by when, how far)."""

    __tablename__ = "risk"
    __table_args__ = (Index("ix_risk_stage_id", "stage_id", "node_code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stage_id: Mapped[str | None] = mapped_column(String(36))
    node_code: Mapped[str | None] = mapped_column(String(20))
    threat: Mapped[str] = mapped_column(String(40), default="")
    level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mitigation: Mapped[str] = mapped_column(Text, default="", server_default="")
    agency: Mapped[str] = mapped_column(String(40), default="", server_default="")
    status: Mapped[str] = mapped_column(String(20), default="planned", server_default="planned")
    due: Mapped[str | None] = mapped_column(String(10))  # local date, ISO
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    active: Mapped[bool] = mapped_column(default=False, server_default="0")


class ClassHour(Base):
    """TPS class changes summed per UTC hour of observation (deltas: +1 when a TPS became
    rawan that hour, -1 when it stopped being so), kept by the change log as it applies
    class changes, so the counts over time are a sum over hours, not a read of every change.
    """

    __tablename__ = "class_hour"

    hour: Mapped[str] = mapped_column(String(13), primary_key=True)  # 2024-11-15T03 (UTC)
    rawan: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sangat_rawan: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    khusus: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ProgressStep(Base):
    """Every voting-day progress step the change log holds, one row per TPS and change that
    wrote ``progress`` or ``progress_at`` (either may be None: the change left it as it
    was), kept by the change log as it applies TPS changes. store.progress reads the steps
    from here instead of unpacking every change's JSON (1 s a day on a national log)."""

    __tablename__ = "progress_step"
    __table_args__ = (Index("ix_progress_step_order", "tps", "hlc", "station_id"),)

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tps: Mapped[str] = mapped_column(String(20), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    station_id: Mapped[str] = mapped_column(String(36))
    state: Mapped[str | None] = mapped_column(String(20))
    at: Mapped[str | None] = mapped_column(String(40))


class ProgressInterval(Base):
    """Each TPS's standing voting-day history as intervals (store.progress_log): ``state``
    from ``t`` until ``t_next`` (None: still so; ``t`` "" for a step without a time), the
    times as stored (UTC ISO) and as epoch seconds."""

    __tablename__ = "progress_interval"
    __table_args__ = (Index("ix_progress_interval_tps", "tps"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tps: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    t: Mapped[str] = mapped_column(String(40))
    t_next: Mapped[str | None] = mapped_column(String(40))
    t_s: Mapped[int | None] = mapped_column(Integer)
    t_next_s: Mapped[int | None] = mapped_column(Integer)


class ProgressUndo(Base):
    """The TPS of a change an undo took back (the compensating change's items): their steps
    in :class:`ProgressStep` no longer count."""

    __tablename__ = "progress_undo"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tps: Mapped[str] = mapped_column(String(20), primary_key=True)


class Agency(Base):
    """An agency a mitigation can be given to (Polri, TNI, BPBD, ...); editable per
    operation, like the information sources."""

    __tablename__ = "agency"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    hidden: Mapped[bool] = mapped_column(default=False, server_default="0")


class Unit(Base):
    """A police unit (Polda, Polres/Polresta, Polsek, ...); jurisdiction says what it covers."""

    __tablename__ = "unit"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # a stable key
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # polda | polres | polresta | polsek | ...
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"))
    # Python default False: undoing a unit's creation retires it. Rows loaded as reference
    # data (and those before this column existed) are active.
    active: Mapped[bool] = mapped_column(default=False, server_default="1")  # false: retired
    # Its own areas, sorted and comma separated: the field a change writes (so that setting
    # the jurisdiction can be undone); the jurisdiction table is kept from it as the index.
    areas: Mapped[str] = mapped_column(Text, default="", server_default="")


class Jurisdiction(Base):
    """One area (a kabupaten/kota or kecamatan) that a unit covers."""

    __tablename__ = "jurisdiction"
    __table_args__ = (Index("ix_jurisdiction_node_code", "node_code"),)

    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    node_code: Mapped[str] = mapped_column(ForeignKey("node.code"), primary_key=True)


class AreaShare(Base):
    """Derived, never written by a change: for each kecamatan, the unit that answers for it
    (the most specific one whose jurisdiction covers it) and the police and Linmas each TPS
    class needs there, per TPS, from the nearest pattern up that unit's chain (scaled by
    core.strength.SHARE_SCALE). Rebuilt when units, jurisdiction or patterns change."""

    __tablename__ = "area_share"

    district_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    unit_id: Mapped[str | None] = mapped_column(String(64))
    cover_count: Mapped[int] = mapped_column(Integer, default=0)  # 0: no unit, 2+: twice
    police_kurang_rawan: Mapped[int] = mapped_column(BigInteger, default=0)
    police_rawan: Mapped[int] = mapped_column(BigInteger, default=0)
    police_sangat_rawan: Mapped[int] = mapped_column(BigInteger, default=0)
    police_khusus: Mapped[int] = mapped_column(BigInteger, default=0)
    linmas_kurang_rawan: Mapped[int] = mapped_column(BigInteger, default=0)
    linmas_rawan: Mapped[int] = mapped_column(BigInteger, default=0)
    linmas_sangat_rawan: Mapped[int] = mapped_column(BigInteger, default=0)
    linmas_khusus: Mapped[int] = mapped_column(BigInteger, default=0)


class Pattern(Base):
    """A TPS security pattern (police : TPS : Linmas) for one TPS class, set by a unit
    (``scope`` = its id) or for the whole operation (``scope`` = ``*``). Each Polres sets
    its own; there is no national 2024 rule (domain brief)."""

    __tablename__ = "pattern"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)  # "<scope>|<tps_class>"
    scope: Mapped[str] = mapped_column(String(64))
    tps_class: Mapped[str] = mapped_column(String(20))
    police: Mapped[int] = mapped_column(Integer)
    tps: Mapped[int] = mapped_column(Integer)
    linmas: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=False, server_default="1")  # as Unit.active


class Person(Base):
    """One member of the roster: a Polri officer (NRP, 8 digits) or a civil servant (NIP,
    18 digits), always text. ``unit_id`` is the home unit (administration); ``bko_unit_id``
    the unit they are placed under for the operation (BKO), if any."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_unit_id", "unit_id"),
        Index("ix_person_bko_unit_id", "bko_unit_id"),
        Index("ix_person_name_norm", "name_norm"),
    )

    nrp: Mapped[str] = mapped_column(String(18), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_norm: Mapped[str] = mapped_column(String(200), default="", server_default="")
    rank: Mapped[str] = mapped_column(String(40))  # a key of resources/templates/ranks_polri
    position: Mapped[str] = mapped_column(String(200), default="", server_default="")
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    bko_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"))
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    duty: Mapped[str] = mapped_column(String(20), default="available", server_default="available")
    active: Mapped[bool] = mapped_column(default=False, server_default="1")  # as Unit.active


class PersonMove(Base):
    """A dated record of a person changing home unit or BKO placement."""

    __tablename__ = "person_move"
    __table_args__ = (Index("ix_person_move_nrp", "nrp", "moved_on"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nrp: Mapped[str] = mapped_column(String(18))
    kind: Mapped[str] = mapped_column(String(20))  # transfer | bko | bko_end
    from_unit: Mapped[str | None] = mapped_column(String(64))
    to_unit: Mapped[str | None] = mapped_column(String(64))
    moved_on: Mapped[str] = mapped_column(String(10))  # ISO date
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Post(Base):
    """Where people are assigned: a TPS cluster (``tps``: the numbers, "1,2,3,7"), a
    village, a kecamatan command post or a security post, at a node no deeper than a village."""

    __tablename__ = "post"
    __table_args__ = (Index("ix_post_node_code", "node_code"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # tps | village | district | security
    name: Mapped[str] = mapped_column(String(200))
    node_code: Mapped[str] = mapped_column(ForeignKey("node.code"))
    tps: Mapped[str] = mapped_column(Text, default="", server_default="")
    active: Mapped[bool] = mapped_column(default=False, server_default="1")  # as Unit.active


class Shift(Base):
    """A shift (sif) within a stage, or of the whole operation when ``stage_id`` is None.

    ``start`` and ``end`` are LOCAL times of the operation's zone (WIB, WITA or WIT, from its
    province), written ``2024-11-27T06:00``, so that they read as the post writes them and
    sort as text; core.shifts.Shift holds them as aware datetimes. ``active`` is false for
    a deleted shift (and for one never created, so that undoing a creation takes it away)."""

    __tablename__ = "shift"
    __table_args__ = (Index("ix_shift_stage_id", "stage_id", "start"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stage_id: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(100), default="")
    start: Mapped[str] = mapped_column(String(16))
    end: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(default=False, server_default="1")  # as Unit.active


class Assignment(Base):
    """A person on a post, for the operation's plan (``shift`` empty) or for one shift
    (``shift`` holds the shift's id). ``checked_in`` and ``checked_out`` are when the person
    reported at and left the post, UTC, ``2024-11-26T23:10:00Z``; None until they do."""

    __tablename__ = "assignment"
    __table_args__ = (
        Index("ix_assignment_post_id", "post_id"),
        Index("ix_assignment_nrp", "nrp"),
        Index("ix_assignment_shift", "shift", "post_id"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    nrp: Mapped[str] = mapped_column(ForeignKey("person.nrp"))
    post_id: Mapped[str] = mapped_column(ForeignKey("post.id"))
    shift: Mapped[str] = mapped_column(String(40), default="", server_default="")
    stage_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    active: Mapped[bool] = mapped_column(default=False, server_default="1")  # as Unit.active
    checked_in: Mapped[str | None] = mapped_column(String(25))
    checked_out: Mapped[str | None] = mapped_column(String(25))


class Support(Base):
    """Support forces as counts (TNI, Linmas, Satpol PP) with a unit: people, not names."""

    __tablename__ = "support"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)  # "<kind>|<unit id>"
    kind: Mapped[str] = mapped_column(String(20))  # tni | linmas | satpol_pp
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class InfoSource(Base):
    """A source of threat information added or changed for this operation.

    The shipped taxonomy lists the usual ones; rows here add to them or hide them.
    """

    __tablename__ = "info_source"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    hidden: Mapped[bool] = mapped_column(default=False, server_default="0")


class ChangeRow(Base):
    """The change log: appended to in the same transaction that applies the change."""

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("station_id", "seq"),
        Index("ix_change_log_entity", "entity", "entity_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(BigInteger)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(40))
    values: Mapped[dict] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(40))


class ChangeNode(Base):
    """Which nodes each change touched: the index behind a node's history."""

    __tablename__ = "change_node"
    __table_args__ = (Index("ix_change_node_node_code", "node_code", "change_id"),)

    change_id: Mapped[str] = mapped_column(ForeignKey("change_log.id"), primary_key=True)
    node_code: Mapped[str] = mapped_column(String(20), primary_key=True)


class FieldVersion(Base):
    """Which change last wrote each field, so that applying changes in any order agrees."""

    __tablename__ = "field_version"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    station_id: Mapped[str] = mapped_column(String(36))
    change_id: Mapped[str] = mapped_column(String(36))


class IssuedReport(Base):
    """A report or list as an officer issued it: the printed document (``document``, JSON of
    reports.document.Document) and its figures (JSON), for the period ``since``..``until``
    (UTC ISO; empty for a list without a period). Written only through the change log
    (entity ``issued_report``), so who issued it and when is recorded like every change."""

    __tablename__ = "issued_report"
    __table_args__ = (Index("ix_issued_report_unit", "kind", "unit_id", "until"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[str | None] = mapped_column(String(64))
    since: Mapped[str] = mapped_column(String(25), default="", server_default="")
    until: Mapped[str] = mapped_column(String(25), default="", server_default="")
    issued_at: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(100), default="", server_default="")
    title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    document: Mapped[str] = mapped_column(Text, default="", server_default="")
    figures: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
