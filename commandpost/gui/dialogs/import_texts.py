"""The words of every import, in one place for both import dialogs.

The store and the reader report problems as English templates with ``{named}`` values
(:class:`commandpost.tabular.Msg`, :class:`commandpost.store.tps_import.Msg`,
:class:`commandpost.store.mapping_import.MappingMsg`, the stage and roster imports' messages);
each is listed here so that lupdate offers it for translation, and :func:`problem_text` shows
it in the interface language. A test keeps this list equal to those classes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from commandpost.gui import look
from commandpost.tabular import ERROR, NOTE, WARNING, Problem

CONTEXT = "ImportProblem"

PROBLEM_TEXTS = (
    # commandpost.tabular.Msg
    QT_TRANSLATE_NOOP("ImportProblem", "file not found"),
    QT_TRANSLATE_NOOP("ImportProblem", "unsupported file type; use .csv or .xlsx"),
    QT_TRANSLATE_NOOP("ImportProblem", "the file is empty"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a readable XLSX workbook ({detail})"),
    QT_TRANSLATE_NOOP("ImportProblem", "the CSV text cannot be read: {detail}"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "not UTF-8 text (byte 0x{byte} on line {line}); save the file as 'CSV UTF-8', or read"
        " it as {encoding} if that is how it was saved",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "not UTF-8 text (byte 0x{byte} on line {line}); it is probably Windows-1252, as "
        "Windows Excel saves 'CSV (Comma delimited)'. Confirm to read it as Windows-1252 "
        "(command line: --encoding cp1252), or save it as 'CSV UTF-8'",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the text cannot be read as {encoding} (byte 0x{byte} on line {line})",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "read as {encoding}"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "no header row found in the first {rows} rows; the {kind} needs columns such as {names}",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "missing column {column} (accepted names: {names})"),
    QT_TRANSLATE_NOOP("ImportProblem", "missing column: one of {columns} is needed"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "column {column} means the same as column {first}; keep one of them"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "the file has a header but no data rows"),
    QT_TRANSLATE_NOOP("ImportProblem", "title rows above the table skipped"),
    QT_TRANSLATE_NOOP("ImportProblem", "a row of column numbers under the header skipped"),
    QT_TRANSLATE_NOOP("ImportProblem", "a JUMLAH/TOTAL row skipped"),
    QT_TRANSLATE_NOOP("ImportProblem", "rows below the table skipped (signature block, notes)"),
    QT_TRANSLATE_NOOP("ImportProblem", "column not used"),
    QT_TRANSLATE_NOOP("ImportProblem", "used only to check the rows"),
    QT_TRANSLATE_NOOP("ImportProblem", "... and {count} more problems"),
    QT_TRANSLATE_NOOP("ImportProblem", "empty; a value is needed"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "contains a control character (code {code}); remove it from the cell",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "longer than {maximum} characters"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r} has digits that are not 0-9 (another script); type it again",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "a number {length} digits long; no real list holds one"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a region code like 36.02.01.2001"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "village code {village} lies in province {province}, which this operation's region "
        "data does not hold; import it into an operation that covers that province",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "a rejects file (alasan_ditolak): it lists only the rows left out before, so the TPS "
        "of its villages that it does not list are kept and not offered for deletion",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r} has {digits} digits: a village code has 10 (3602012001) and a KPU TPS code "
        "13, the village code and a 3-digit TPS number (3602012001003)",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r} is not a village code like 36.02.01.2001 or 3602012001",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a {level} code"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r}: digits were lost to scientific notation (Excel shows long numbers so); "
        "format the column as Text and export again",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r}: the number has more digits than a spreadsheet number keeps, so digits "
        "were lost; format the column as Text and export again",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r}: a trailing zero was lost (the code was stored as a number); format the "
        "column as Text and export again",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} read as {code} (spaces removed)"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} read as {code} (a trailing .0 removed)"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a whole number"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is far more than any {what} holds (at most {maximum})",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a TPS number from 1 to {maximum}"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r} is a TPS number for voting abroad (KSK/POS), not for a village in Indonesia",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r} is not a date like 27 November 2024 or 27/11/2024",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r}: no such day"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a time like 07.30"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a time zone; use WIB, WITA or WIT"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r} has 7 digits: an NRP has 8, and a leading zero was probably lost when the "
        "column was stored as a number; format the column as Text and export again",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r}: an NRP or NIP stored as a number lost digits (a NIP has 18, a spreadsheet "
        "number keeps 15); format the column as Text and export again",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not an NRP (8 digits) or a NIP (18 digits)"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a list of TPS numbers like 1-5, 7"),
    QT_TRANSLATE_NOOP("ImportProblem", "TPS {number} is listed twice in {value!r}"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r}: the range {first}-{last} runs backwards"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r}: the range {first}-{last} covers {count} TPS; one roster line covers at "
        "most {maximum}",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r}: the spreadsheet turned the TPS numbers into a date; format the column as "
        "Text, type the numbers again and export again",
    ),
    # commandpost.store.tps_import.Msg
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "missing column: a village code (kode_desa) or a TPS code (kode_tps) is needed",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "missing column: the TPS number (no_tps), or 13-digit TPS codes (kode_tps)",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "missing column: DPT (jumlah_dpt), or DPT L and DPT P"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is a {level} code, not a village or TPS code"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the TPS code {tps} is not in the village {village} of the same row",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the TPS code {tps} says TPS {coded}, the TPS number column says {number}",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "no TPS number: the village code needs a TPS number beside it",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{total} is not {l_field} + {p_field} = {sum}"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "DPT {dpt} is above the legal maximum of {cap} voters per TPS for a {kind}; kept as "
        "it is (real lists have such TPS)",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "TPS {tps} is not in {area} (the file's {column} on this row)",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "TPS {number} of {village} is already on row {earlier}"),
    QT_TRANSLATE_NOOP("ImportProblem", "unknown village code {village}"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown village code {village}; {name} in {regency} has the code {suggestion}: if "
        "that is the village meant, correct the code in the file",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "village code {village} is {tree_name} in the region data, the file says {name}",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "village code {village} is {tree_name} in the region data, but the file names {name}, "
        "whose code is {suggestion}; correct the code or the name (nothing is remapped)",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{count} of {rows} village codes name other villages than the file's names (e.g. "
        "{example}); these look like BPS (statistics office) codes, not Kemendagri codes. Ask"
        " for the list with Kemendagri codes",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this looks like a voter list (names of voters, {sheets} sheet(s), one per TPS), not "
        "a TPS list. The TPS import needs one row per TPS with the village code, the TPS "
        "number and its DPT, as in KPU's DPT recapitulation per TPS",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this looks like a list of areas with their TPS counts, not a TPS list. The TPS "
        "import needs one row per TPS with the village code, the TPS number and its DPT",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the DPT of the rows adds up to {sum}, the file's JUMLAH row says {total}",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "row left out: {reason}"),
    # commandpost.store.mapping_import.MappingMsg
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown column: not a TPS column, a class column, or a threat category or indicator "
        "of the taxonomy; map it to an indicator or leave it out",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "no class column and no threat columns"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a code"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown TPS class {value!r}; use kurang rawan, rawan, sangat rawan or khusus",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown threat level {value!r}; use none, rendah, sedang or tinggi (0-3)",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not ya or tidak"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "'T' in a yes/no column: 'tidak' on Indonesian forms, 'true' in English exports; say "
        "which this file means",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "no TPS {code} in the database"),
    QT_TRANSLATE_NOOP("ImportProblem", "column mapped to the indicator {key}"),
    QT_TRANSLATE_NOOP("ImportProblem", "column left out by choice"),
    # commandpost.store.stage_import.StageMsg
    QT_TRANSLATE_NOOP("ImportProblem", "a stage needs a name"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "a stage needs both a start and an end date, or neither (a group of sub-stages)",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "ends ({end}) before it starts ({start})"),
    QT_TRANSLATE_NOOP("ImportProblem", "parent {parent} is not a stage in this file"),
    QT_TRANSLATE_NOOP("ImportProblem", "its parent (row {parent_row}) was refused"),
    QT_TRANSLATE_NOOP("ImportProblem", "lies outside its parent {parent} ({start} – {end})"),
    QT_TRANSLATE_NOOP("ImportProblem", "id {value} is used again (first on row {first_row})"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "parent {parent} is the stage itself or one of its sub-stages"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "the file holds no stages"),
    # commandpost.store.roster_import.RosterMsg
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "missing column: an NRP/NIP column, or rank and NRP in one column, is needed",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "{value!r} has no NRP or NIP after the rank (like BRIPKA/85011234)"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "{value!r} has no rank before the NRP (like BRIPKA/85011234)"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a Polri or PNS rank"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "{value!r} is not a Polri or PNS rank (did you mean {close}?)"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{rank} is a civil servant's rank: a NIP of 18 digits is expected, not {value}",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "{rank} is a Polri rank: an NRP of 8 digits is expected, not {value}"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "unit {value!r} is not in the unit list; add it there first"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unit {value!r} is not in the unit list (did you mean {close}?); add it there first",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "NRP {nrp} is already on row {first_row}"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "NRP {nrp} is {name} on row {first_row} of sheet {first_sheet}"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "NRP {nrp} belongs to {name} in the database"),
    QT_TRANSLATE_NOOP("ImportProblem", "no village {value!r} in the database"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value!r} names several villages ({codes}); add a village code column",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "{village} has no TPS {numbers} in the database (it has {have})"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "{village} has no TPS in the database yet; import its TPS list first"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "the file holds no people"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "{unit} does not answer for {village}: recorded as BKO to {target}"
    ),
)

SEVERITY_TEXTS = {
    ERROR: QT_TRANSLATE_NOOP("ImportProblem", "error"),
    WARNING: QT_TRANSLATE_NOOP("ImportProblem", "warning"),
    NOTE: QT_TRANSLATE_NOOP("ImportProblem", "note"),
}


def problem_text(problem: Problem) -> str:
    """The problem in the interface language (the store's English if it has no template)."""
    if not problem.template:
        return problem.message
    text = QCoreApplication.translate(CONTEXT, problem.template)
    # Counts as officers write them (1.592); codes and cell values are text already.
    args = {
        k: number(v) if isinstance(v, int) and not isinstance(v, bool) else v
        for k, v in problem.args
    }
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {name}
        return problem.message


def severity_text(severity: str) -> str:
    """error / warning / note in the interface language."""
    source = SEVERITY_TEXTS.get(severity)
    return QCoreApplication.translate(CONTEXT, source) if source else severity


def fill(text: str, *args: object) -> str:
    """Put the arguments into %1, %2, … in one pass (a file name may itself hold "%2")."""
    return re.sub(r"%(\d)", lambda m: str(args[int(m.group(1)) - 1]), text)


def number(value: int) -> str:
    """A count as officers write it: 17.231."""
    return look.ID_LOCALE.toString(int(value))
