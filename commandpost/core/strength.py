"""Strength (kekuatan) and TPS security patterns (pola pengamanan TPS): the arithmetic.

Plain Python, whole numbers only. A pattern is written "police-TPS-Linmas": ``2-12-24`` is
2 police and 24 Linmas for 12 TPS (domain brief, "Strength and TPS security patterns").
There is no national 2024 rule: each Polres sets its own pattern per TPS class (kurang
rawan, rawan, sangat rawan), so a pattern is data, never a constant here.

A pattern's share per TPS (2/12 of an officer) is kept as an integer in units of
1/:data:`SHARE_SCALE` of a person, so that the shares of thousands of TPS add up without
floating-point drift and :func:`people` turns a sum into whole people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fractions import Fraction

# lcm(1, 2, …, 16): a pattern for up to 16 TPS gives an exact integer share per TPS.
SHARE_SCALE = 720720
MAX_POLICE, MAX_TPS, MAX_LINMAS = 50, 100, 200

FORMS = (
    "police-TPS-Linmas like 2-12-24, police-TPS like 2-6, "
    "'2 per TPS', '2 police per TPS' or '2 police / 6 TPS'"
)
_DASH = r"\s*[-–—]\s*"
_NUMBER = r"(\d{1,4})"
_POLICE_WORD = r"(?:police|polisi|polri|personel|pers|anggota|org|orang)"


@cache
def _forms() -> dict[str, re.Pattern[str]]:
    """The pattern and share forms, compiled on first use (not on the window's start-up)."""
    return {
        # 2-12-24, 2-6, 2 – 12 – 24
        "dashed": re.compile(rf"^{_NUMBER}{_DASH}{_NUMBER}(?:{_DASH}{_NUMBER})?$"),
        # 2/6, 2 : 6, 2 police / 6 TPS, 2 polisi : 6 TPS
        "slashed": re.compile(
            rf"^{_NUMBER}\s*(?:{_POLICE_WORD}\.?)?\s*[/:]\s*{_NUMBER}\s*(?:tps)?$",
            re.IGNORECASE,
        ),
        # 2 per TPS, 2 police per TPS, 2 polisi per 6 TPS, … + Linmas, … + 4 Linmas
        "per": re.compile(
            rf"^{_NUMBER}\s*(?:{_POLICE_WORD}\.?)?\s*(?:per|/)\s*{_NUMBER}?\s*tps"
            rf"(?:\s*\+\s*{_NUMBER}?\s*linmas)?$",
            re.IGNORECASE,
        ),
        "fraction": re.compile(r"^(\d{1,6})\s*/\s*(\d{1,6})$"),
        "decimal": re.compile(r"^(\d{1,6}(?:[.,]\d{1,6})?)\s*(%?)$"),
    }


class PatternError(ValueError):
    """A TPS security pattern that cannot be read: ``text`` as written. When it is read but
    a number lies outside its range, ``what`` is the part ("police", "TPS" or "Linmas"),
    with the ``value`` written and the range ``low`` to ``high``; else ``what`` is None."""

    def __init__(
        self,
        text: str,
        message: str,
        *,
        what: str | None = None,
        value: int | None = None,
        low: int | None = None,
        high: int | None = None,
    ) -> None:
        self.text = text
        self.what, self.value, self.low, self.high = what, value, low, high
        super().__init__(message)


@dataclass(frozen=True)
class Pattern:
    """``police`` officers (and ``linmas`` Linmas, None when not given) for ``tps`` TPS."""

    police: int
    tps: int
    linmas: int | None

    @property
    def text(self) -> str:
        """As a Polres writes it: ``2-12-24``, or ``2-6`` when Linmas are not given."""
        if self.linmas is None:
            return f"{self.police}-{self.tps}"
        return f"{self.police}-{self.tps}-{self.linmas}"

    @property
    def police_share(self) -> int:
        """Police per TPS in units of 1/SHARE_SCALE: ``round(police * SHARE_SCALE / tps)``.
        Exact for up to 16 TPS (SHARE_SCALE is divisible by 1..16); for more TPS it is
        rounded to the nearest unit (a 2-17 pattern gives 84791, not 84790.6), so a sum
        over many such TPS can be a few units off, which :func:`people` may round up to
        one person more than the exact figure."""
        return _share(self.police, self.tps)

    @property
    def linmas_share(self) -> int:
        """Linmas per TPS in units of 1/SHARE_SCALE, as :attr:`police_share`; 0 when the
        pattern gives no Linmas."""
        return 0 if self.linmas is None else _share(self.linmas, self.tps)


def _share(count: int, tps: int) -> int:
    from fractions import Fraction  # 20 ms to import: kept off the window's start-up

    return round(Fraction(count * SHARE_SCALE, tps))


def parse_pattern(text: str) -> Pattern:
    """A pattern as Polres orders write it → :class:`Pattern`: ``2-12-24``, ``2-2-4``,
    ``1-3-2`` (police-TPS-Linmas), ``2-1`` (police-TPS), ``2 per TPS``, ``2 police per TPS``,
    ``2 polisi per TPS``, ``2 police per TPS + Linmas``, ``2/6``, ``2 : 6``,
    ``2 police / 6 TPS`` (the forms in the domain brief's pattern table). Police 1 to 50,
    TPS 1 to 100, Linmas 0 to 200. Raises :class:`PatternError` naming the text and the
    accepted forms."""
    raw = str(text)
    clean = " ".join(raw.split())
    linmas: str | None = None
    match = _forms()["dashed"].match(clean)
    if match:
        police, tps, linmas = match.groups()
    elif match := _forms()["slashed"].match(clean):
        police, tps = match.groups()
    elif match := _forms()["per"].match(clean):
        police, tps, linmas = match.groups()
        tps = tps or "1"
    else:
        raise PatternError(raw, f"{raw!r} is not a TPS security pattern; write {FORMS}")
    pattern = Pattern(int(police), int(tps), None if linmas is None else int(linmas))
    for what, value, low, high in (
        ("police", pattern.police, 1, MAX_POLICE),
        ("TPS", pattern.tps, 1, MAX_TPS),
        ("Linmas", pattern.linmas, 0, MAX_LINMAS),
    ):
        if value is not None and not low <= value <= high:
            raise PatternError(
                raw,
                f"{raw!r}: {value} {what} is outside {low} to {high}; write {FORMS}",
                what=what,
                value=value,
                low=low,
                high=high,
            )
    return pattern


def people(scaled: int) -> int:
    """Whole people needed for a sum of scaled shares (units of 1/SHARE_SCALE): the least
    integer not below ``scaled / SHARE_SCALE`` (exact integer arithmetic; 0 for 0). Half an
    officer at a TPS is still one officer sent. Raises ValueError for a negative sum."""
    if scaled < 0:
        raise ValueError(f"a share sum cannot be negative ({scaled})")
    return -(-scaled // SHARE_SCALE)


def parse_share(text: str) -> Fraction:
    """The share of a strength deployed (domain brief: "2/3 of the strength of each
    Polda/Polres"; Siaga I: 3/4) → a Fraction in (0, 1]: ``2/3``, ``3/4``, ``0.67``,
    ``0,67``, ``67%``, ``67 %``, ``1``. Raises ValueError for anything else, and for 0 or
    more than the whole strength."""
    from fractions import Fraction

    raw = str(text)
    clean = raw.strip()
    share: Fraction | None = None
    if match := _forms()["fraction"].match(clean):
        top, bottom = (int(g) for g in match.groups())
        if bottom:
            share = Fraction(top, bottom)
    elif match := _forms()["decimal"].match(clean):
        number, percent = match.groups()
        share = Fraction(number.replace(",", "."))
        if percent:
            share /= 100
    if share is None:
        raise ValueError(f"{raw!r} is not a share of the strength like 2/3, 0.67 or 67%")
    if not 0 < share <= 1:
        raise ValueError(f"{raw!r}: a share of the strength must be above 0 and at most 1")
    return share


def share_text(share: Fraction) -> str:
    """A share as officers write it: ``2/3`` and ``3/4`` for a fraction with a denominator
    up to 12, otherwise a percentage (``67%``, ``66.7%``, at most two decimals); the whole
    strength is ``100%``."""
    from fractions import Fraction

    share = Fraction(share)
    if share == 1:
        return "100%"
    if share.denominator <= 12:
        return f"{share.numerator}/{share.denominator}"
    text = f"{float(share * 100):.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def deployable(total: int, share: Fraction) -> int:
    """People deployed from a strength of ``total`` at ``share`` (domain brief: "2/3 of the
    strength of each Polda/Polres"): ``total * share`` rounded to the nearest person, halves
    up (900 at 2/3 → 600; 1,000 → 667). Raises ValueError for a negative total."""
    from fractions import Fraction

    if total < 0:
        raise ValueError(f"a strength cannot be negative ({total})")
    exact = total * Fraction(share)
    return (2 * exact.numerator + exact.denominator) // (2 * exact.denominator)


@dataclass
class Strength:
    """A unit's strength for an operation, as a situation report gives it (own, BKO in/out,
    reserve, TNI, Linmas): whole people, except ``required_police`` and ``required_linmas``,
    sums of pattern shares in units of 1/SHARE_SCALE.

    ``total`` is the unit's own Polri personnel. BKO (placed under another unit's
    operational control) is counted once: for the operation at the receiving unit
    (``bko_in``), for administration at the home unit (still in its ``total``, and in its
    ``bko_out``). So :attr:`operational` ``= total - bko_out + bko_in``, and adding the
    strengths of a Polda and its Polres counts each person sent BKO once: the Polda's
    ``bko_out`` and the Polres' ``bko_in`` cancel in the sum. ``reserve`` (POH/cadangan)
    and ``assigned`` (on TPS security) are parts of the operational strength; ``tni``,
    ``linmas`` and ``satpol_pp`` are the other forces beside it.
    """

    total: int = 0
    bko_in: int = 0
    bko_out: int = 0
    reserve: int = 0
    assigned: int = 0
    tni: int = 0
    linmas: int = 0
    satpol_pp: int = 0
    required_police: int = 0
    required_linmas: int = 0

    @property
    def operational(self) -> int:
        """Polri personnel under the unit's control for the operation:
        ``total - bko_out + bko_in``."""
        return self.total - self.bko_out + self.bko_in

    @property
    def gap(self) -> int:
        """Police on TPS security minus police the patterns need (:func:`people` of
        ``required_police``): negative when the unit is short."""
        return self.assigned - people(self.required_police)

    def __add__(self, other: object) -> Strength:
        """Field by field: the strength of several units together."""
        if not isinstance(other, Strength):
            return NotImplemented
        return Strength(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    def __radd__(self, other: object) -> Strength:
        """``sum(strengths)`` starts from 0."""
        if other == 0:
            return self + Strength()
        return NotImplemented
