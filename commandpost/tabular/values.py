"""Cell values as offices write them: region codes, counts, TPS numbers and text.

Each parser takes what the reader hands over (a ``str`` from CSV; ``str``, ``int``,
``float`` or ``None`` from XLSX) and returns the clean value, or raises
:class:`~commandpost.tabular.problems.CellProblem`. Nothing is ever guessed: a code Excel
has damaged is refused with the reason, never repaired.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from commandpost.tabular.problems import CellProblem, Msg

# Region code levels by digit count (Kemendagri): 2 provinsi, 4 kabupaten/kota,
# 6 kecamatan, 10 desa/kelurahan; 13 is KPU's TPS code (village + three-digit number).
_WIDTHS = (2, 2, 2, 4, 3)
_LEVEL_DIGITS = {2: 0, 4: 1, 6: 2, 10: 3, 13: 4}
_DOTTED = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4}(\.\d{3})?)?)?)?$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+([.,]\d+)?[eE][+-]?\d+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_DIGITS = re.compile(r"\d+")
_DECIMAL_ZEROS = re.compile(r"\d+\.0+")
_TPS_NUMBER = re.compile(r"^(?:TPS)?[\s.\-:]*0*(\d{1,4})$")
_ABROAD = re.compile(r"^(KSK|POS|LN)(?![a-z])", re.IGNORECASE)
MAX_DIGITS = 18  # any count or code longer than this is refused before int() sees it
MAX_TPS_NUMBER = 999
# NRP: 8 digits (Polri members); NIP: 18 digits (civil servants, PNS Polri among them).
NRP_DIGITS, NIP_DIGITS = 8, 18
# A spreadsheet number keeps 15 significant digits: from 10**15 on, an identifier stored
# as a number has lost digits.
FLOAT_SAFE = 10**15
MAX_TPS_RANGE = 100  # TPS in one range of a roster line
_RANGE_DASH = r"\s*(?:-|–|—|s\s*/\s*d\.?|s\.\s*d\.?|sd|sampai|hingga)\s*"
_TPS_ITEM = re.compile(
    rf"^(?:TPS\.?\s*)?(\d{{1,6}})(?:{_RANGE_DASH}(?:TPS\.?\s*)?(\d{{1,6}}))?$", re.IGNORECASE
)
_TPS_LIST_SEPARATOR = re.compile(r"\s*(?:[,;&]|\bdan\b)\s*", re.IGNORECASE)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """A cell as the officer sees it, for messages and for text columns."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value).strip()


def shown(value: Any, limit: int = 40) -> str:
    """A cell for a message: a huge cell is never repeated in full."""
    text = cell_text(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_shown = shown


def _no_other_digits(text: str, value: Any) -> None:
    if text.isascii():
        return
    for ch in text:
        if ch.isdigit() and not "0" <= ch <= "9":
            raise CellProblem(Msg.OTHER_DIGITS, value=_shown(value))


def clean_text(value: Any, maximum: int = 500) -> str:
    """Text of a cell: line breaks and tabs become spaces; other control characters
    (NUL, escape, C1 codes) are refused, since no real list holds them."""
    if type(value) is str and value.isascii() and value.isprintable():
        text = value.strip()  # the common case: plain text, nothing to repair
        if len(text) > maximum:
            raise CellProblem(Msg.TEXT_TOO_LONG, maximum=maximum)
        return text
    if value is None:
        return ""
    text = cell_text(value)
    text = re.sub(r"[\t\r\n]+", " ", text)
    bad = _CONTROL.search(text)
    if bad:
        raise CellProblem(Msg.CONTROL_CHARACTER, code=f"U+{ord(bad.group()):04X}")
    text = unicodedata.normalize("NFC", text).strip()
    if len(text) > maximum:
        raise CellProblem(Msg.TEXT_TOO_LONG, maximum=maximum)
    return text


def parse_code(value: Any) -> tuple[str, str | None]:
    """A region or TPS code written any way offices write it → (dotted code, note template).

    Accepts ``36.02.01.2002``, ``3602012002`` (text or number), a 13-digit TPS code, and, with
    a note, stray spaces (``36. 03``) and a trailing ``.0``. Refuses scientific notation
    (``3.60328E+12``), floats too long to keep every digit, a dotted code whose last part lost
    a trailing zero (``36.1``), and anything else that is not a code.
    """
    if type(value) is str and value.isascii() and value.isdigit() and len(value) in (10, 13):
        # KPU's plain 10-digit village and 13-digit TPS codes: the common case, fast.
        dotted = f"{value[:2]}.{value[2:4]}.{value[4:6]}.{value[6:10]}"
        return (dotted if len(value) == 10 else f"{dotted}.{value[10:]}"), None
    note = None
    if isinstance(value, bool) or value is None:
        raise CellProblem(Msg.NOT_A_CODE, value=cell_text(value))
    if isinstance(value, float):
        if not value.is_integer():
            # 36.1 is how a spreadsheet keeps the code 36.10 typed into a number cell.
            text = repr(value)
            if re.fullmatch(r"\d{2}\.\d", text):
                raise CellProblem(Msg.TRAILING_ZERO_LOST, value=text)
            raise CellProblem(Msg.NOT_A_CODE, value=text)
        if abs(value) >= 2**53:
            raise CellProblem(Msg.FLOAT_DIGITS_LOST, value=f"{value:.15g}")
        value = int(value)
    if isinstance(value, int):
        text = str(value)
    else:
        raw = str(value)
        _no_other_digits(raw, value)
        text = raw.strip()
        if _SCIENTIFIC.match(text):
            raise CellProblem(Msg.SCIENTIFIC, value=text)
        if re.search(r"\s", text):
            squeezed = re.sub(r"\s+", "", text)
            if re.fullmatch(r"[\d.]+", squeezed):
                note = Msg.SPACES_REMOVED
                text = squeezed
        if re.fullmatch(r"\d+\.0", text):
            note = Msg.DECIMAL_REMOVED
            text = text[:-2]
    if len(text) > 2 * MAX_DIGITS:
        raise CellProblem(Msg.NOT_A_CODE, value=_shown(text))
    if text.isdigit():
        if len(text) in (9, 11, 12, 14):
            # One digit off a village code or a TPS code: say which lengths are meant.
            raise CellProblem(Msg.CODE_DIGITS, value=text, digits=len(text))
        if len(text) not in _LEVEL_DIGITS:
            raise CellProblem(Msg.NOT_A_CODE, value=_shown(text))
        parts, at = [], 0
        for width in _WIDTHS:
            if at >= len(text):
                break
            parts.append(text[at : at + width])
            at += width
        return ".".join(parts), note
    if _DOTTED.match(text):
        return text, note
    # A dotted code whose last part is one digit short: a number cell dropped its last zero.
    if re.fullmatch(r"\d{2}(\.\d{2}){0,2}\.\d", text) or re.fullmatch(
        r"\d{2}\.\d{2}\.\d{2}\.\d{1,3}", text
    ):
        raise CellProblem(Msg.TRAILING_ZERO_LOST, value=text)
    raise CellProblem(Msg.NOT_A_CODE, value=_shown(text))


def parse_count(value: Any, *, what: str = "TPS", maximum: int = 1_000_000) -> int:
    """A whole number: ``1592``, ``1.592`` (Indonesian thousands dot), ``1592.0`` from a
    number cell. Refuses fractions, signs, other scripts' digits, absurd lengths, and
    anything above ``maximum``."""
    if type(value) is str and value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS:
        number = int(value)  # the common case: plain digits
        if number <= maximum:
            return number
    if isinstance(value, bool) or value is None:
        raise CellProblem(Msg.NOT_COUNT, value=cell_text(value))
    if isinstance(value, float):
        if not value.is_integer() or value != value:
            raise CellProblem(Msg.NOT_COUNT, value=cell_text(value))
        if abs(value) >= 10**MAX_DIGITS:
            raise CellProblem(Msg.NUMBER_TOO_LONG, length=len(f"{value:.0f}"))
        number = int(value)
    elif isinstance(value, int):
        if abs(value) >= 10**MAX_DIGITS:
            raise CellProblem(Msg.NUMBER_TOO_LONG, length=len(str(abs(value))))
        number = value
    else:
        raw = str(value)
        text = raw.strip()
        if len(text) > MAX_DIGITS + 6:
            digits = sum(ch.isdigit() for ch in text)
            if digits > MAX_DIGITS:
                raise CellProblem(Msg.NUMBER_TOO_LONG, length=digits)
            raise CellProblem(Msg.NOT_COUNT, value=_shown(text))
        _no_other_digits(text, value)
        if _THOUSANDS.match(text):
            text = text.replace(".", "")
        elif _DECIMAL_ZEROS.fullmatch(text):
            text = text.split(".")[0]
        if not _DIGITS.fullmatch(text):
            raise CellProblem(Msg.NOT_COUNT, value=_shown(raw))
        if len(text.lstrip("0")) > MAX_DIGITS:
            raise CellProblem(Msg.NUMBER_TOO_LONG, length=len(text))
        number = int(text)
    if number < 0:
        raise CellProblem(Msg.NOT_COUNT, value=cell_text(value))
    if number > maximum:
        raise CellProblem(
            Msg.COUNT_TOO_BIG,
            value=f"{number:,}".replace(",", "."),
            what=what,
            maximum=f"{maximum:,}".replace(",", "."),
        )
    return number


def parse_tps_number(value: Any) -> int:
    """``TPS 001``, ``TPS001``, ``001``, ``1`` or a number cell → 1; up to 999 (the 901-and-up
    numbers some villages use after their regular run included). ``KSK``/``POS`` numbers
    belong to voting abroad and are refused."""
    if type(value) is str and value.isascii() and value.isdigit() and len(value) <= 3:
        number = int(value)  # the common case: plain digits
        if number >= 1:
            return number
    if isinstance(value, bool) or value is None:
        raise CellProblem(Msg.NOT_TPS_NUMBER, value=cell_text(value), maximum=MAX_TPS_NUMBER)
    if isinstance(value, float):
        if not value.is_integer():
            raise CellProblem(Msg.NOT_TPS_NUMBER, value=cell_text(value), maximum=MAX_TPS_NUMBER)
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        _no_other_digits(text, value)
        if _ABROAD.match(text):
            raise CellProblem(Msg.ABROAD_TPS, value=_shown(text))
        match = _TPS_NUMBER.match(text.upper())
        if not match:
            raise CellProblem(Msg.NOT_TPS_NUMBER, value=_shown(text), maximum=MAX_TPS_NUMBER)
        number = int(match.group(1))
    if not 1 <= number <= MAX_TPS_NUMBER:
        raise CellProblem(Msg.NOT_TPS_NUMBER, value=cell_text(value), maximum=MAX_TPS_NUMBER)
    return number


def parse_nrp(value: Any) -> str:
    """An NRP (a Polri member's number, 8 digits) or a NIP (a civil servant's, 18 digits) as
    text, leading zeros kept: ``"01020345"``, ``70010123`` (a number cell) → ``"70010123"``;
    spaces and dots are dropped when only digits remain (``19850101 201001 2 001``).
    Refuses a 7-digit number (the NRP's leading zero was lost in a number cell), a NIP
    that went through a spreadsheet number (any float from 10**15 on, such as
    1.98501012010012e+17; scientific text; 16 or 17 digits; 18 digits ending in 000, which
    no NIP serial number does) and anything else that is not 8 or 18 digits. (Roster
    cells, case C14; the domain brief's "leading zeros lost from NRP".)"""
    if (
        type(value) is str
        and value.isascii()
        and value.isdigit()
        and (len(value) == NRP_DIGITS or (len(value) == NIP_DIGITS and value[-3:] != "000"))
    ):
        return value  # the common case: a column kept as Text
    if isinstance(value, bool) or value is None:
        raise CellProblem(Msg.NOT_NRP, value=cell_text(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellProblem(Msg.NOT_NRP, value=cell_text(value))
        if abs(value) >= FLOAT_SAFE:
            raise CellProblem(Msg.NIP_DIGITS_LOST, value=f"{value:.15g}")
        if not value.is_integer():
            raise CellProblem(Msg.NOT_NRP, value=cell_text(value))
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise CellProblem(Msg.NOT_NRP, value=cell_text(value))
        digits = str(value)
    else:
        raw = str(value)
        text = raw.strip()
        _no_other_digits(text, value)
        if _SCIENTIFIC.match(text):
            raise CellProblem(Msg.NIP_DIGITS_LOST, value=_shown(text))
        if re.fullmatch(r"\d+\.0+", text):
            text = text.split(".")[0]  # a number cell exported as text: 70010123.0
        digits = re.sub(r"[\s.]+", "", text)
        if not (digits.isascii() and digits.isdigit()):
            raise CellProblem(Msg.NOT_NRP, value=_shown(raw))
    if len(digits) == NRP_DIGITS:
        return digits
    if len(digits) == NRP_DIGITS - 1:
        raise CellProblem(Msg.NRP_ZERO_LOST, value=_shown(value))
    if len(digits) in (NIP_DIGITS - 2, NIP_DIGITS - 1) or (
        len(digits) == NIP_DIGITS and digits.endswith("000")
    ):
        raise CellProblem(Msg.NIP_DIGITS_LOST, value=_shown(value))
    if len(digits) == NIP_DIGITS:
        return digits
    raise CellProblem(Msg.NOT_NRP, value=_shown(value))


def parse_tps_ranges(value: Any) -> tuple[int, ...]:
    """The TPS a roster line covers, in the order written, ranges expanded: ``1-5, 7`` →
    (1, 2, 3, 4, 5, 7); also ``6,8-10``, ``901-904``, ``18`` or a number cell 18,
    ``TPS 1-3``, ``1 s/d 5``, ``1 sd 5``, ``1–5`` (en dash), ``1;2;3``. Each number 1 to 999
    as :func:`parse_tps_number`. Refuses a TPS listed twice, a range that runs backwards
    (``17-15``), a range of more than 100 TPS, a cell the spreadsheet turned into a date
    (``1-5`` typed into a General cell) and anything else. (PAM TPS rosters, case C14.)"""
    if isinstance(value, bool) or value is None:
        raise CellProblem(Msg.NOT_TPS_RANGES, value=cell_text(value))
    if isinstance(value, dt.date | dt.time):
        raise CellProblem(Msg.TPS_RANGES_DATE, value=cell_text(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise CellProblem(Msg.NOT_TPS_RANGES, value=cell_text(value))
        value = int(value)
    if isinstance(value, int):
        return (_tps_in_range(value, str(value)),)
    raw = str(value)
    text = raw.strip()
    _no_other_digits(text, value)
    numbers: list[int] = []
    for item in _TPS_LIST_SEPARATOR.split(text):
        if not item:
            continue
        match = _TPS_ITEM.match(item)
        if not match:
            raise CellProblem(Msg.NOT_TPS_RANGES, value=_shown(raw))
        first = _tps_in_range(int(match.group(1)), match.group(1))
        last = (
            first if match.group(2) is None else _tps_in_range(int(match.group(2)), match.group(2))
        )
        if last < first:
            raise CellProblem(Msg.RANGE_REVERSED, value=_shown(raw), first=first, last=last)
        if last - first + 1 > MAX_TPS_RANGE:
            raise CellProblem(
                Msg.RANGE_TOO_LONG,
                value=_shown(raw),
                first=first,
                last=last,
                count=last - first + 1,
                maximum=MAX_TPS_RANGE,
            )
        numbers.extend(range(first, last + 1))
    if not numbers:
        raise CellProblem(Msg.NOT_TPS_RANGES, value=_shown(raw))
    seen: set[int] = set()
    for number in numbers:
        if number in seen:
            raise CellProblem(Msg.TPS_TWICE, number=number, value=_shown(raw))
        seen.add(number)
    return tuple(numbers)


def _tps_in_range(number: int, shown_as: str) -> int:
    if not 1 <= number <= MAX_TPS_NUMBER:
        raise CellProblem(Msg.NOT_TPS_NUMBER, value=_shown(shown_as), maximum=MAX_TPS_NUMBER)
    return number
