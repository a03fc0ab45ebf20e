"""Polri ranks (pangkat) as rosters write them, and a rank with its NRP/NIP in one cell.

Plain Python. The ranks come from ``resources/templates/ranks_polri.json``: Polri members'
ranks from Peraturan Kapolri No. 3 Tahun 2016 (administrasi kepangkatan), the ranks of
Polri's civil servants (PNS Polri) by golongan from PP 99/2000. A roster writes one rank
many ways (``Brigpol``, ``BRIGADIR``, ``Brigadir Polisi``; ``Kombes``, ``KOMBES POL``;
``PENATA TK. I (III/d)``, ``Penata Tingkat I``, ``III/d``); :meth:`RankBook.find` reads
each of them as the one :class:`Rank`, and refuses what it does not know, with the closest
ranks as suggestions, rather than guess.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

GROUPS = ("tamtama", "bintara", "perwira_pertama", "perwira_menengah", "perwira_tinggi", "pns")
KINDS = ("polri", "pns")
_KIND_OF_GROUP = {group: ("pns" if group == "pns" else "polri") for group in GROUPS}

# A PNS golongan (PP 99/2000): I/a … IV/e, alone or in brackets, perhaps after "Gol.".
_GOLONGAN = re.compile(
    r"\(?\s*(?:\b(?:gol|golongan)\b\.?\s*)?\b(IV|III|II|I)\s*/\s*([a-e])\b\s*\)?",
    re.IGNORECASE,
)
_TINGKAT = {"tk", "tingkat", "tkt"}
_POL = ("pol", "polisi")
# An NRP (8 digits) or NIP (18 digits) at the end of a cell; a NIP may be written in its
# four groups (birth date, appointment month, sex, serial number).
_SPACED_NIP = re.compile(r"(?<![0-9])([0-9]{8}) ([0-9]{6}) ([0-9]) ([0-9]{3})\s*$")
_TRAILING_NUMBER = re.compile(r"(?<![0-9])([0-9]+)\s*$")
_ID_LABEL = re.compile(r"\b(?:NRP|NIP)\b[\s.:]*$", re.IGNORECASE)
_SEPARATORS = " \t/,;:|-"


@dataclass(frozen=True)
class Rank:
    """One rank. ``order`` is seniority within ``kind`` (higher = more senior);
    ``golongan`` is the PNS golongan (``III/d``), None for a Polri rank."""

    key: str
    name: str
    short: str
    group: str
    kind: str
    order: int
    golongan: str | None


class UnknownRank(ValueError):
    """A rank text that matches no rank: ``text`` as written, ``suggestions`` up to three
    short names of close ranks (may be empty)."""

    def __init__(self, text: str, suggestions: tuple[str, ...] = (), detail: str = "") -> None:
        self.text = text
        self.suggestions = suggestions
        message = detail or f"{text!r} is not a Polri or PNS Polri rank"
        if suggestions and not detail:
            message += "; did you mean " + _or_list(suggestions) + "?"
        super().__init__(message)


def _or_list(items: tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _split_golongan(text: str) -> tuple[str, str | None]:
    """``PENATA TK. I (III/d)`` → (``PENATA TK. I``, ``III/d``); no golongan → (text, None)."""
    matches = list(_GOLONGAN.finditer(text))
    if not matches:
        return text, None
    match = matches[-1]  # the last one: the rank's words come first
    golongan = f"{match.group(1).upper()}/{match.group(2).lower()}"
    return (text[: match.start()] + " " + text[match.end() :]).strip(), golongan


def _tokens(text: str) -> list[str]:
    """Words of a rank text: case, dots, commas and spacing ignored; TK. / Tk / Tingkat read
    as one word and the roman I after it as 1."""
    text = unicodedata.normalize("NFKC", text).casefold()
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    out: list[str] = []
    for word in words:
        if word in _TINGKAT:
            word = "tk"
        elif word == "i" and out and out[-1] == "tk":
            word = "1"
        out.append(word)
    return out


def _key(words: list[str]) -> str:
    return "".join(words)


def _alias_keys(alias: str, kind: str) -> list[str]:
    """Lookup keys of one alias; for a Polri rank also with and without Pol/Polisi."""
    words = _tokens(alias)
    keys = [_key(words)]
    if kind == "polri" and words:
        bare = words[:-1] if words[-1] in _POL else words
        if bare:
            keys += [_key(bare), _key([*bare, "pol"]), _key([*bare, "polisi"])]
    return list(dict.fromkeys(keys))


class RankBook:
    """The ranks of one ranks file: :attr:`ranks` lowest first, Polri then PNS."""

    def __init__(self, ranks: list[tuple[Rank, list[str]]], source: str = "ranks") -> None:
        ordered = sorted(ranks, key=lambda item: (KINDS.index(item[0].kind), item[0].order))
        self.ranks: tuple[Rank, ...] = tuple(rank for rank, _ in ordered)
        self._by_key: dict[str, Rank] = {}
        self._by_alias: dict[str, Rank] = {}
        self._by_golongan: dict[str, Rank] = {}
        orders: set[tuple[str, int]] = set()
        for rank, aliases in ordered:
            where = f"{source}: rank {rank.key!r}"
            if rank.key in self._by_key:
                raise ValueError(f"{where} is listed twice")
            if rank.group not in GROUPS or _KIND_OF_GROUP[rank.group] != rank.kind:
                raise ValueError(f"{where}: group {rank.group!r} does not fit kind {rank.kind!r}")
            if (rank.kind, rank.order) in orders:
                raise ValueError(f"{where}: order {rank.order} is used twice in {rank.kind}")
            orders.add((rank.kind, rank.order))
            if (rank.kind == "pns") != (rank.golongan is not None):
                raise ValueError(f"{where}: a golongan is needed for PNS ranks, and only there")
            self._by_key[rank.key] = rank
            if rank.golongan is not None:
                bare, golongan = _split_golongan(rank.golongan)
                if bare or golongan != rank.golongan:
                    raise ValueError(f"{where}: {rank.golongan!r} is not a golongan like III/d")
                if golongan in self._by_golongan:
                    raise ValueError(f"{where}: golongan {golongan} is used twice")
                self._by_golongan[golongan] = rank
            for alias in (rank.name, rank.short, *aliases):
                words, golongan = _split_golongan(alias)
                if golongan is not None and golongan != rank.golongan:
                    raise ValueError(f"{where}: alias {alias!r} names another golongan")
                if not words:
                    continue
                for key in _alias_keys(words, rank.kind):
                    other = self._by_alias.setdefault(key, rank)
                    if other is not rank:
                        raise ValueError(f"{where}: alias {alias!r} is also {other.key!r}")

    def by_key(self, key: str) -> Rank:
        """The rank with this key (``"kombes_pol"``); raises KeyError for an unknown key."""
        return self._by_key[key]

    def find(self, text: str) -> Rank:
        """The rank a roster cell names, however it is spelled (``BRIGADIR``, ``Brigpol``,
        ``Kombes``, ``PENATA TK. I (III/d)``, ``III/d``, ``PNS Penata``): case, dots and
        spaces ignored, TK./Tk/Tingkat alike, Pol/Polisi after a Polri rank optional.
        Raises :class:`UnknownRank` (with close ranks as suggestions) for anything else,
        and when the words and the golongan in brackets name two different ranks."""
        words, golongan = _split_golongan(str(text))
        tokens = _tokens(words)
        key = _key(tokens)
        if key not in self._by_alias and len(tokens) > 1 and tokens[0] == "pns":
            key = _key(tokens[1:])  # "PNS Penata Tk. I"
        if not key:
            if golongan is not None and golongan in self._by_golongan:
                return self._by_golongan[golongan]
            raise UnknownRank(text)
        rank = self._by_alias.get(key)
        if rank is None:
            raise UnknownRank(text, self._suggest(key))
        if golongan is not None and golongan != rank.golongan:
            other = self._by_golongan.get(golongan)
            shorts = tuple(r.short for r in (rank, other) if r is not None)
            detail = (
                f"{text!r}: {rank.short} is golongan {rank.golongan}, not {golongan}"
                if rank.golongan
                else f"{text!r}: {rank.short} is a Polri rank and has no golongan ({golongan})"
            )
            raise UnknownRank(text, shorts, detail)
        return rank

    def _suggest(self, key: str) -> tuple[str, ...]:
        close = difflib.get_close_matches(key, list(self._by_alias), n=12, cutoff=0.6)
        shorts = dict.fromkeys(self._by_alias[match].short for match in close)
        return tuple(shorts)[:3]


def load_ranks(path: Path) -> RankBook:
    """Read a ranks file (``resources/templates/ranks_polri.json``: ``ranks``, each with key,
    name, short, group, kind, order, golongan and aliases) into a :class:`RankBook`; read
    once per path, then cached. Raises ValueError when the file breaks a rule (a key, order,
    golongan or spelling used twice, a group that does not fit its kind)."""
    return _load_ranks(str(path))


@functools.cache
def _load_ranks(path: str) -> RankBook:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    ranks = []
    for item in data["ranks"]:
        rank = Rank(
            key=item["key"],
            name=item["name"],
            short=item["short"],
            group=item["group"],
            kind=item["kind"],
            order=int(item["order"]),
            golongan=item.get("golongan"),
        )
        ranks.append((rank, list(item.get("aliases", ()))))
    return RankBook(ranks, Path(path).name)


def split_rank_id(cell: str) -> tuple[str, str]:
    """A rank and an NRP/NIP written in one roster cell → (rank text, digits), e.g.
    ``BRIPKA/85011234`` → (``BRIPKA``, ``85011234``); also ``BRIGPOL 93050012``,
    ``Bripda / 01020345``, ``Kompol, 80030345``, ``AKBP NRP. 76020234`` and
    ``PENATA TK. I (III/d) / 198501012010012001`` (a NIP may be written in its four groups,
    ``19850101 201001 2 001``). The number stays text, leading zeros kept; the rank text is
    as written, for :meth:`RankBook.find`. Raises ValueError when the cell does not end in
    a number or has no rank before it. (Roster layout of the PAM TPS lists, case C14.)"""
    text = str(cell).strip()
    match = _SPACED_NIP.search(text) or _TRAILING_NUMBER.search(text)
    if match is None:
        raise ValueError(f"{cell!r} does not end in an NRP or NIP (rank/NRP like BRIPKA/85011234)")
    digits = "".join(match.groups())
    rank = _ID_LABEL.sub("", text[: match.start()].rstrip()).rstrip(_SEPARATORS)
    if not rank.strip(_SEPARATORS):
        raise ValueError(f"{cell!r} has no rank before the number (rank/NRP like BRIPKA/85011234)")
    return rank, digits
