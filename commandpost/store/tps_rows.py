"""Checking each row of a TPS list (what :func:`commandpost.store.tps_import.plan_tps_import`
reads), kept compact: a national list has 820,161 rows.

The columns and messages of the TPS import live here too (re-exported by
``store.tps_import``). Every cell goes through the parsers of :mod:`commandpost.tabular.values`;
the plain cells almost every row has (a 10-digit village code, ``001``, ``262``, ASCII
text) are taken by those parsers' own first step, written inline or looked up in a table,
which gives the same value as the parser without a call per cell.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from commandpost.core.regions import MAX_TPS_NUMBER, tps_code
from commandpost.store.changelog import Progress
from commandpost.tabular import (
    NOTE,
    WARNING,
    CellProblem,
    Column,
    Problem,
    Problems,
    Table,
)
from commandpost.tabular.problems import Msg as TableMsg
from commandpost.tabular.values import (
    clean_text,
    is_blank,
    parse_code,
    parse_count,
    parse_tps_number,
)

MAX_ADDRESS = 500
# No TPS has this many voters; a larger number is a typing or export error, not a warning.
MAX_TPS_DPT = 5_000

_DPT = ("pemilih", "dpt")
COLUMNS: tuple[Column, ...] = (
    Column(
        "village_code",
        (
            "village_code",
            "kode_desa",
            "kode_kelurahan",
            "kode_desa_kelurahan",
            "kode_kelurahan_desa",
            "kode_desa_kel",
            "kode_kel_desa",
            "kode_kel",
            "kd_desa",
            "kd_kel",
            "kode_wilayah",
        ),
    ),
    Column("tps_code", ("tps_code", "kode_tps", "kd_tps", "id_tps", "kode")),
    Column("tps_number", ("tps_number", "no_tps", "nomor_tps", "tps", "nomor", "no_urut_tps")),
    Column("address", ("address", "alamat", "alamat_tps", "lokasi", "lokasi_tps")),
    Column(
        "dpt",
        (
            "dpt",
            "jumlah_dpt",
            "jml_dpt",
            "total_dpt",
            "dpt_total",
            "dpt_l_p",
            "voters",
            "jumlah_pemilih",
            "jumlah_pemilih_dpt",
        ),
        sub_names=("l_p", "lp", "jumlah", "jml", "total"),
        parent_words=_DPT,
    ),
    Column(
        "dpt_l",
        ("dpt_l", "dpt_laki_laki", "dpt_lk", "pemilih_l", "pemilih_laki_laki", "laki_laki"),
        sub_names=("l", "lk", "laki_laki"),
        parent_words=_DPT,
    ),
    Column(
        "dpt_p",
        ("dpt_p", "dpt_perempuan", "dpt_pr", "pemilih_p", "pemilih_perempuan", "perempuan"),
        sub_names=("p", "pr", "perempuan"),
        parent_words=_DPT,
    ),
    Column(
        "village_name",
        (
            "village_name",
            "nama_desa",
            "nama_kelurahan",
            "nama_desa_kelurahan",
            "nama_desa_kel",
            "nama_kel",
            "desa",
            "kelurahan",
            "desa_kelurahan",
            "desa_kel",
            "kel",
            "kel_desa",
        ),
        check_only=True,
    ),
    Column("province_code", ("kode_prov", "kode_provinsi", "kd_prov"), check_only=True),
    Column(
        "regency_code",
        ("kode_kab", "kode_kabupaten", "kode_kab_kota", "kode_kabkota", "kd_kab"),
        check_only=True,
    ),
    Column("district_code", ("kode_kec", "kode_kecamatan", "kd_kec"), check_only=True),
)
IDENTITY = ("village_code", "tps_code", "tps_number")
AREA_COLUMNS = {"province_code": 0, "regency_code": 1, "district_code": 2}


class Msg(TableMsg):
    """Messages of the TPS and mapping imports, beside the reader's own."""

    NEED_CODE = "missing column: a village code (kode_desa) or a TPS code (kode_tps) is needed"
    NEED_NUMBER = "missing column: the TPS number (no_tps), or 13-digit TPS codes (kode_tps)"
    NEED_DPT = "missing column: DPT (jumlah_dpt), or DPT L and DPT P"
    CODE_NOT_VILLAGE = "{value!r} is a {level} code, not a village or TPS code"
    CODES_DISAGREE = "the TPS code {tps} is not in the village {village} of the same row"
    NUMBERS_DISAGREE = "the TPS code {tps} says TPS {coded}, the TPS number column says {number}"
    NO_NUMBER = "no TPS number: the village code needs a TPS number beside it"
    DPT_NOT_SUM = "{total} is not {l_field} + {p_field} = {sum}"
    DPT_ABOVE_CAP = (
        "DPT {dpt} is above the legal maximum of {cap} voters per TPS for a {kind}; "
        "kept as it is (real lists have such TPS)"
    )
    OUTSIDE_AREA = "TPS {tps} is not in {area} (the file's {column} on this row)"
    TPS_TWICE = "TPS {number} of {village} is already on row {earlier}"
    UNKNOWN_VILLAGE = "unknown village code {village}"
    OTHER_PROVINCE = (
        "village code {village} lies in province {province}, which this operation's region "
        "data does not hold; import it into an operation that covers that province"
    )
    UNKNOWN_VILLAGE_NAMED = (
        "unknown village code {village}; {name} in {regency} has the code {suggestion}: "
        "if that is the village meant, correct the code in the file"
    )
    NAME_DIFFERS = "village code {village} is {tree_name} in the region data, the file says {name}"
    NAMES_OTHER_VILLAGE = (
        "village code {village} is {tree_name} in the region data, but the file names {name}, "
        "whose code is {suggestion}; correct the code or the name (nothing is remapped)"
    )
    BPS_CODES = (
        "{count} of {rows} village codes name other villages than the file's names (e.g. "
        "{example}); these look like BPS (statistics office) codes, not Kemendagri codes. "
        "Ask for the list with Kemendagri codes"
    )
    VOTER_LIST = (
        "this looks like a voter list (names of voters, {sheets} sheet(s), one per TPS), not a "
        "TPS list. The TPS import needs one row per TPS with the village code, the TPS number "
        "and its DPT, as in KPU's DPT recapitulation per TPS"
    )
    REGION_INDEX = (
        "this looks like a list of areas with their TPS counts, not a TPS list. The TPS import "
        "needs one row per TPS with the village code, the TPS number and its DPT"
    )
    DPT_SUM_DIFFERS = "the DPT of the rows adds up to {sum}, the file's JUMLAH row says {total}"
    REJECTED = "row left out: {reason}"
    REJECTS_FILE = (
        "a rejects file (alasan_ditolak): it lists only the rows left out before, so the TPS "
        "of its villages that it does not list are kept and not offered for deletion"
    )


TpsRow = tuple[str, int, str, int, int | None, int | None]  # village, no, address, DPT, L, P

# The cells a row is checked by, in this order (see plan_tps_import).
_CELLS = ("tps_code", "village_code", "tps_number", "dpt", "dpt_l", "dpt_p", "address")
_CELLS += ("village_name",)
_COUNTS = ("dpt", "dpt_l", "dpt_p")
# Counts up to MAX_TPS_DPT as shared int objects: a national list holds 820,161 of each.
_SMALL = list(range(MAX_TPS_DPT + 1))
# The cells that parse_count and parse_tps_number take at their first step (plain ASCII
# digits in range), looked up instead of parsed: the same numbers, a third of the time.
_COUNT_TEXT = {str(n): n for n in _SMALL}
_NUMBER_TEXT = {text: n for n in range(1, 1000) for text in {str(n), f"{n:02d}", f"{n:03d}"}}
# The same address text (often "", "Balai Desa", "SDN 1 ...") is kept once, up to this many.
_ADDRESSES_KEPT = 100_000
_VILLAGE_BITS = bytes(125)  # one bit for each TPS number 0 to 999


class BadRows:
    """Row-level bookkeeping: with ``skip_bad_rows`` each bad row is kept once, with its
    first reason, for the rejects file; without it only whether any row was bad, so that
    memory does not grow with the number of bad rows."""

    def __init__(self, problems: Problems, skip_bad_rows: bool) -> None:
        self.problems = problems
        self.skip = skip_bad_rows
        self.bad: dict[int, Problem] = {}
        self.any_bad = False

    def error(self, row: int, fld: str, template: str, **args: Any) -> None:
        self.problems.add(row, fld, template, **args)
        self.any_bad = True
        if self.skip and row not in self.bad:
            self.bad[row] = Problem.of(
                self.problems.file, row, fld, template, sheet=self.problems.sheet, **args
            )

    def cell(self, row: int, fld: str, exc: CellProblem) -> None:
        self.error(row, fld, exc.template, **exc.args_)


@dataclass
class RowsRead:
    """The rows of a TPS list that passed the row checks, compactly.

    ``found``: (village, number, address, DPT, L, P) in file order, ``None`` once a row is
    left out after reading; ``lines``: their spreadsheet rows; ``file_names``: the file's
    village names (only when it has that column). A TPS is known by its key, village index
    (``village_ids``) * 1000 + TPS number; ``listed`` holds one bit per key (125 bytes a
    village) instead of a dict entry per TPS.
    """

    found: list[TpsRow | None]
    lines: array
    file_names: list[str]
    listed: bytearray
    village_ids: dict[str, int]
    village_list: list[str]
    field_of: dict[str, str]  # column key → the file's header
    code_field: str  # the header to name for a village problem
    count: int  # rows read
    dpt_sum: int

    def is_listed(self, key: int) -> bool:
        return bool(self.listed[key >> 3] & (1 << (key & 7)))

    def leave_out(self, at: int) -> None:
        """The row at ``at`` is refused after it was read (an unknown village)."""
        values = self.found[at]
        assert values is not None
        key = self.village_ids[values[0]] * 1000 + values[1]
        self.listed[key >> 3] &= 0xFF ^ (1 << (key & 7))
        self.found[at] = None


def _code_cell(raw: Any, line: int, fld: str, rows: BadRows, problems: Problems) -> str | None:
    """A region code cell (parse_code): the dotted code, with a note when it was read from
    another spelling; None after recording the row's error."""
    try:
        code, note = parse_code(raw)
    except CellProblem as exc:
        rows.cell(line, fld, exc)
        return None
    if note:
        problems.add(line, fld, note, severity=NOTE, value=str(raw), code=code)
    return code


def read_rows(
    table: Table,
    problems: Problems,
    rows: BadRows,
    *,
    kind: str | None,
    cap: int | None,
    progress: Progress | None,
    size: int,
) -> RowsRead:
    """Read and check every row of ``table``: codes, TPS number, DPT, address, area
    columns, a TPS listed twice, DPT above ``cap`` (a warning for an operation of ``kind``).
    Problems go to ``problems`` and ``rows``; ``progress`` is told every 20,000 rows
    (``size``: the file's bytes). The village checks against the database follow in
    plan_tps_import."""
    pos = table.positions
    field_of = {k: table.field(k) for k in (*(c.key for c in COLUMNS),)}
    # Every row is padded with one None, which a column the file lacks reads.
    width = len(table.headers)
    take = itemgetter(*(pos.get(k, width) for k in _CELLS))
    has_l_and_p = "dpt_l" in pos and "dpt_p" in pos
    code_field = field_of["village_code" if "village_code" in pos else "tps_code"]
    twice_field = field_of["tps_number" if "tps_number" in pos else "tps_code"]
    cap_field = field_of["dpt" if "dpt" in pos else "dpt_l"]
    no_number_field = field_of[
        next(k for k in ("tps_number", "village_code", "tps_code") if k in pos)
    ]
    areas = [(k, d) for k, d in AREA_COLUMNS.items() if k in pos]
    has_names = "village_name" in pos
    count_columns = [(i, key) for i, key in enumerate(_COUNTS) if key in pos]

    # The rows that passed, compactly: values in file order (None once left out), their
    # spreadsheet rows, and the file's village names (only when it has the column). A TPS
    # is known by its key, village index * 1000 + TPS number: ``listed`` holds one bit per
    # key (125 bytes a village) instead of a dict entry per TPS; ``where`` (key → position)
    # is only made when a TPS is listed twice, for the row it is already on.
    found: list[TpsRow | None] = []
    lines = array("l")
    file_names: list[str] = []
    listed = bytearray()
    where: dict[int, int] | None = None
    village_ids: dict[str, int] = {}
    village_list: list[str] = []
    plain_villages: dict[str, int] = {}  # 10-digit code text → village index
    addresses: dict[str, str] = {}  # the same address text kept once
    count = 0
    dpt_sum = 0
    for line, row in table.rows():
        count += 1
        if progress and count % 20_000 == 0:
            progress(min(0.6, 0.6 * count * 40 / size), "read")
        n_cells = len(row)
        if n_cells == width:
            row.append(None)
        elif n_cells < width:
            row.extend([None] * (width + 1 - n_cells))
        else:
            row = [*row[:width], None]
        tc, vc, raw_number, raw_dpt, raw_l, raw_p, raw_address, raw_name = take(row)
        raw_counts = (raw_dpt, raw_l, raw_p)

        ok = True
        number = None
        plain = None  # a plain 10-digit village code, for plain_villages
        if tc is None and (vid := plain_villages.get(vc)) is not None:
            village = village_list[vid]  # a code seen before: no parsing
        elif tc is None and type(vc) is str and len(vc) == 10 and vc.isdigit() and vc.isascii():
            # KPU's plain 10-digit village code: what parse_code's first step returns.
            village = f"{vc[:2]}.{vc[2:4]}.{vc[4:6]}.{vc[6:]}"
            plain = vc
        else:
            village = None
            for key, raw in (("tps_code", tc), ("village_code", vc)):
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    continue
                code = _code_cell(raw, line, field_of[key], rows, problems)
                if code is None:
                    ok = False
                    continue
                depth = code.count(".")
                if depth == 3:
                    if village and village != code:
                        rows.error(
                            line,
                            field_of[key],
                            Msg.CODES_DISAGREE,
                            tps=f"{village}.{number:03d}",
                            village=code,
                        )
                        ok = False
                    village = village or code
                elif depth == 4:
                    v, n = code.rsplit(".", 1)
                    if village and village != v:
                        rows.error(
                            line, field_of[key], Msg.CODES_DISAGREE, tps=code, village=village
                        )
                        ok = False
                    village, number = v, int(n)
                    if int(n) == 0:
                        rows.error(
                            line, field_of[key], Msg.NOT_TPS_NUMBER, value=str(raw), maximum=999
                        )
                        ok = False
                else:
                    level = ("province", "kabupaten/kota", "kecamatan")[depth]
                    rows.error(
                        line, field_of[key], Msg.CODE_NOT_VILLAGE, value=str(raw), level=level
                    )
                    ok = False
        if village is None and ok:
            rows.error(line, code_field, Msg.REQUIRED)
            ok = False
        if number is None and (n := _NUMBER_TEXT.get(raw_number)) is not None:
            number = n  # plain digits, as parse_tps_number's first step
        elif not is_blank(raw_number):
            try:
                n = parse_tps_number(raw_number)
            except CellProblem as exc:
                rows.cell(line, field_of["tps_number"], exc)
                ok = False
            else:
                if number is not None and n != number:
                    rows.error(
                        line,
                        field_of["tps_number"],
                        Msg.NUMBERS_DISAGREE,
                        tps=f"{village}.{number:03d}",
                        coded=number,
                        number=n,
                    )
                    ok = False
                number = n
        elif number is None and village is not None:
            rows.error(line, no_number_field, Msg.NO_NUMBER)
            ok = False
        counts: list[int | None] = [None, None, None]  # DPT, L, P
        for i, key in count_columns:
            raw = raw_counts[i]
            value = _COUNT_TEXT.get(raw)
            if value is not None:  # plain digits up to the maximum: parse_count's first step
                counts[i] = value
                continue
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                if key == "dpt" and not has_l_and_p:
                    rows.error(line, field_of[key], Msg.REQUIRED)
                    ok = False
                continue
            try:
                counts[i] = _SMALL[parse_count(raw, what="TPS", maximum=MAX_TPS_DPT)]
            except CellProblem as exc:
                rows.cell(line, field_of[key], exc)
                ok = False
        dpt, dpt_l, dpt_p = counts
        if dpt_l is not None and dpt_p is not None:
            if dpt is None:
                dpt = _SMALL[dpt_l + dpt_p] if dpt_l + dpt_p <= MAX_TPS_DPT else dpt_l + dpt_p
            elif dpt != dpt_l + dpt_p:
                rows.error(
                    line,
                    field_of["dpt"],
                    Msg.DPT_NOT_SUM,
                    total=dpt,
                    l_field=field_of["dpt_l"],
                    p_field=field_of["dpt_p"],
                    sum=dpt_l + dpt_p,
                )
                ok = False
        elif ok and dpt is None:
            missing = "dpt_l" if dpt_l is None and "dpt_l" in pos else "dpt_p"
            rows.error(line, field_of[missing if missing in pos else "dpt"], Msg.REQUIRED)
            ok = False
        if (
            type(raw_address) is str
            and len(raw_address) <= MAX_ADDRESS
            and raw_address.isascii()
            and raw_address.isprintable()
        ):
            address = raw_address.strip()  # plain text, as clean_text's first step
        else:
            address = ""
            try:
                address = clean_text(raw_address, MAX_ADDRESS)
            except CellProblem as exc:
                rows.cell(line, field_of["address"], exc)
                ok = False
        name_in_file = ""
        if raw_name is not None:
            try:
                name_in_file = clean_text(raw_name, 200)
            except CellProblem as exc:
                rows.cell(line, field_of["village_name"], exc)
                ok = False
        if ok and village is not None and areas:
            for key, depth in areas:
                raw = row[pos[key]]
                if is_blank(raw):
                    continue
                area = _code_cell(raw, line, field_of[key], rows, problems)
                if area is None:
                    ok = False
                    continue
                if area.count(".") != depth:
                    rows.error(
                        line,
                        field_of[key],
                        TableMsg.NOT_REGION_LEVEL,
                        value=str(raw).strip(),
                        level=("province", "kabupaten/kota", "kecamatan")[depth],
                    )
                    ok = False
                elif not village.startswith(area + "."):
                    rows.error(
                        line,
                        field_of[key],
                        Msg.OUTSIDE_AREA,
                        tps=f"{village}.{number:03d}",
                        area=area,
                        column=field_of[key],
                    )
                    ok = False
        if not ok or village is None or number is None or dpt is None:
            continue
        if not 1 <= number <= MAX_TPS_NUMBER:
            tps_code(village, number)  # raises, as it always has
        vid = village_ids.get(village)
        if vid is None:
            vid = village_ids[village] = len(village_list)
            village_list.append(village)
            listed.extend(_VILLAGE_BITS)
        if plain is not None:
            plain_villages[plain] = vid
        key = vid * 1000 + number
        if listed[key >> 3] & (1 << (key & 7)):
            if where is None:
                where = {village_ids[v[0]] * 1000 + v[1]: i for i, v in enumerate(found)}  # type: ignore[index]
            rows.error(
                line,
                twice_field,
                Msg.TPS_TWICE,
                number=number,
                village=village,
                earlier=lines[where[key]],
            )
            continue
        if cap and dpt > cap:
            problems.add(
                line,
                cap_field,
                Msg.DPT_ABOVE_CAP,
                severity=WARNING,
                dpt=dpt,
                cap=cap,
                kind=kind,
            )
        if len(addresses) < _ADDRESSES_KEPT:
            address = addresses.setdefault(address, address)
        else:
            address = addresses.get(address, address)
        listed[key >> 3] |= 1 << (key & 7)
        if where is not None:
            where[key] = len(found)
        found.append((village_list[vid], number, address, dpt, dpt_l, dpt_p))
        lines.append(line)
        if has_names:
            file_names.append(name_in_file)
        dpt_sum += dpt
    del addresses, where, plain_villages

    return RowsRead(
        found=found,
        lines=lines,
        file_names=file_names,
        listed=listed,
        village_ids=village_ids,
        village_list=village_list,
        field_of=field_of,
        code_field=code_field,
        count=count,
        dpt_sum=dpt_sum,
    )
