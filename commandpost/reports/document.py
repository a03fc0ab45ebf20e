"""A printable document as plain data: what every report and list is made of.

Reports are composed as a :class:`Document` (headings, paragraphs, label/value fields,
tables with group, subtotal and total rows, pictures, a signature block) and handed to the
one renderer (:mod:`commandpost.reports.render`) for the preview, the printer and PDF. A
document holds finished text, never live data, so an issued report kept as JSON
(:meth:`Document.to_json`) prints again identically after the data has changed.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Align = Literal["left", "right", "center"]
RowKind = Literal["data", "group", "subtotal", "total"]


@dataclass(frozen=True)
class Column:
    """A table column: its title, relative width and alignment."""

    title: str
    width: float = 1.0
    align: Align = "left"


@dataclass(frozen=True)
class Row:
    """One table row. ``group`` rows name a group (one cell spanning the table), ``subtotal``
    and ``total`` rows are printed bold over a rule."""

    cells: tuple[str, ...]
    kind: RowKind = "data"


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    caption: str = ""
    empty: str = "Nihil."  # printed instead of the table when it has no rows

    def __post_init__(self) -> None:
        for row in self.rows:
            if row.kind != "group" and len(row.cells) != len(self.columns):
                raise ValueError(
                    f"row {row.cells!r} has {len(row.cells)} cells, "
                    f"the table {len(self.columns)} columns"
                )


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a numbered section, 2: a part of one


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Literal["body", "note", "quote"] = "body"


@dataclass(frozen=True)
class Fields:
    """Label : value lines (the header block, a report's figures in words)."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Picture:
    """A chart or image, as PNG bytes, printed ``width_mm`` wide."""

    png: bytes
    width_mm: float
    caption: str = ""


@dataclass(frozen=True)
class Signature:
    """The signature block at the right: place and date, the post, a space to sign, the
    name (underlined), rank and NRP."""

    place_date: str
    post: str
    name: str
    rank_nrp: str


Block = Heading | Paragraph | Fields | Table | Picture | Signature
_KINDS: dict[str, type] = {
    "heading": Heading,
    "paragraph": Paragraph,
    "fields": Fields,
    "table": Table,
    "picture": Picture,
    "signature": Signature,
}


@dataclass(frozen=True)
class Document:
    """A report or list, ready to print.

    ``letterhead``: the kop lines at the top left ("KEPOLISIAN NEGARA REPUBLIK INDONESIA",
    "DAERAH BANTEN"); ``title`` and ``subtitle`` lines centred under it; ``running``: the
    running header printed on every page after the first; ``classification``: the marking
    printed at the top and foot of every page ("TERBATAS"), empty for none; ``footer``: a
    small line at the foot of every page (when and from what it was made).
    """

    title: str
    blocks: tuple[Block, ...]
    letterhead: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    running: str = ""
    classification: str = ""
    footer: str = ""
    landscape: bool = False
    meta: dict[str, Any] = field(default_factory=dict)  # figures kept with an issued report

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def to_json(self) -> str:
        """The whole document as JSON (pictures base64), for keeping an issued report."""
        blocks = []
        for block in self.blocks:
            kind = next(k for k, t in _KINDS.items() if isinstance(block, t))
            data = asdict(block)
            if isinstance(block, Picture):
                data["png"] = base64.b64encode(block.png).decode("ascii")
            blocks.append({"kind": kind, **data})
        head = asdict(self)
        head["blocks"] = blocks
        return json.dumps(head, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Document:
        """The document :meth:`to_json` wrote. Raises ValueError on anything else."""
        try:
            data = json.loads(text)
            blocks: list[Block] = []
            for item in data.pop("blocks"):
                kind = _KINDS[item.pop("kind")]
                if kind is Table:
                    item["columns"] = tuple(Column(**c) for c in item["columns"])
                    item["rows"] = tuple(Row(tuple(r["cells"]), r["kind"]) for r in item["rows"])
                elif kind is Fields:
                    item["items"] = tuple(tuple(pair) for pair in item["items"])
                elif kind is Picture:
                    item["png"] = base64.b64decode(item["png"])
                blocks.append(kind(**item))
            for key in ("letterhead", "subtitle"):
                data[key] = tuple(data.get(key, ()))
            return cls(blocks=tuple(blocks), **data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a kept report: {exc}") from None
