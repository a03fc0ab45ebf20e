"""The store's refusals of unit, personnel and pattern edits, in the interface language.

The store refuses with an English template and its values
(:class:`commandpost.store.refusals.Refused`, templates in :class:`RefusalMsg`); each
template is listed here so that lupdate offers it for translation, and
:func:`refusal_text` shows a refusal in the interface language. A test keeps this list
equal to :class:`RefusalMsg`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from commandpost.gui.dialogs.import_texts import number
from commandpost.store.refusals import Refused

CONTEXT = "Refusal"

REFUSAL_TEXTS = (
    # units
    QT_TRANSLATE_NOOP("Refusal", "unknown unit {name!r}"),
    QT_TRANSLATE_NOOP("Refusal", "unknown unit {name!r}; did you mean {close}?"),
    QT_TRANSLATE_NOOP("Refusal", "a unit needs a name"),
    QT_TRANSLATE_NOOP("Refusal", "unknown unit kind {kind!r}; use one of {kinds}"),
    QT_TRANSLATE_NOOP("Refusal", "a unit named {name!r} already exists"),
    QT_TRANSLATE_NOOP("Refusal", "{unit} cannot be placed under itself or a unit below it"),
    QT_TRANSLATE_NOOP("Refusal", "{unit} still has {people} people; move them before retiring it"),
    QT_TRANSLATE_NOOP("Refusal", "nothing to change"),
    QT_TRANSLATE_NOOP("Refusal", "{area!r} is not a kabupaten/kota or kecamatan code"),
    QT_TRANSLATE_NOOP("Refusal", "{area} is inside {regency}, which is already in the list"),
    # people
    QT_TRANSLATE_NOOP("Refusal", "NRP {nrp} is not on the roster"),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "NRP {nrp} is not on the roster: an NRP has 8 digits; a leading zero may have been "
        "lost (0{nrp}?)",
    ),
    QT_TRANSLATE_NOOP("Refusal", "unknown rank {rank!r}"),
    QT_TRANSLATE_NOOP("Refusal", "unknown rank {rank!r}; did you mean {close}?"),
    QT_TRANSLATE_NOOP("Refusal", "{nrp!r} is not an NRP (8 digits) or a NIP (18 digits)"),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{nrp!r} is not an NRP (8 digits) or a NIP (18 digits); a leading zero was probably "
        "lost (format the column as Text)",
    ),
    QT_TRANSLATE_NOOP("Refusal", "a person needs a name"),
    QT_TRANSLATE_NOOP("Refusal", "NRP {nrp} is already on the roster"),
    QT_TRANSLATE_NOOP("Refusal", "unknown duty state {duty!r}; use one of {duties}"),
    QT_TRANSLATE_NOOP("Refusal", "unknown move {kind!r}; use one of {kinds}"),
    QT_TRANSLATE_NOOP("Refusal", "{name} is not BKO anywhere"),
    QT_TRANSLATE_NOOP("Refusal", "say which unit the person moves to"),
    QT_TRANSLATE_NOOP("Refusal", "{name} is already in that unit"),
    # posts and assignments
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{where!r} is neither a post nor a TPS, village or kecamatan code",
    ),
    QT_TRANSLATE_NOOP("Refusal", "{where} is not in the database"),
    QT_TRANSLATE_NOOP("Refusal", "{where} is a province; posts are TPS, villages or kecamatan"),
    QT_TRANSLATE_NOOP("Refusal", "{where} is a regency; posts are TPS, villages or kecamatan"),
    QT_TRANSLATE_NOOP("Refusal", "{name} is no longer on the roster"),
    QT_TRANSLATE_NOOP("Refusal", "{name} is on leave; change their state first"),
    QT_TRANSLATE_NOOP("Refusal", "{name} is sick; change their state first"),
    QT_TRANSLATE_NOOP("Refusal", "{name} is already on {post}"),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} is already on {post} in this shift; end that first (or replace it)",
    ),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} ({unit}): {post} is outside the unit's jurisdiction ({answering} answers "
        "there); place them BKO there first",
    ),
    QT_TRANSLATE_NOOP("Refusal", "no unit answers for {code}; it cannot take a BKO"),
    QT_TRANSLATE_NOOP("Refusal", "NRP {nrp} has no assignment"),
    QT_TRANSLATE_NOOP("Refusal", "NRP {nrp} has no assignment in that shift"),
    # patterns, support and proposals
    QT_TRANSLATE_NOOP("Refusal", "unknown TPS class {tps_class!r}; use {classes}"),
    QT_TRANSLATE_NOOP("Refusal", "no pattern is set there to clear"),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{text!r} is not a TPS security pattern; write police-TPS-Linmas like 2-12-24, "
        "police-TPS like 2-6, '2 per TPS', '2 police per TPS' or '2 police / 6 TPS'",
    ),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{text!r}: {value} police is outside {low} to {high}; write police-TPS-Linmas like "
        "2-12-24, police-TPS like 2-6, '2 per TPS', '2 police per TPS' or '2 police / 6 TPS'",
    ),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{text!r}: {value} TPS is outside {low} to {high}; write police-TPS-Linmas like "
        "2-12-24, police-TPS like 2-6, '2 per TPS', '2 police per TPS' or '2 police / 6 TPS'",
    ),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{text!r}: {value} Linmas is outside {low} to {high}; write police-TPS-Linmas like "
        "2-12-24, police-TPS like 2-6, '2 per TPS', '2 police per TPS' or '2 police / 6 TPS'",
    ),
    QT_TRANSLATE_NOOP("Refusal", "unknown support force {kind!r}; use {kinds}"),
    QT_TRANSLATE_NOOP("Refusal", "{count} is not a number of people"),
    QT_TRANSLATE_NOOP("Refusal", "the people proposed are no longer free; look at the gaps again"),
    # shifts and check-in
    QT_TRANSLATE_NOOP("Refusal", "unknown shift {shift!r}"),
    QT_TRANSLATE_NOOP("Refusal", "{shift!r} fits several shifts ({names}); give its id"),
    QT_TRANSLATE_NOOP("Refusal", "a shift needs a name"),
    QT_TRANSLATE_NOOP(
        "Refusal", "there is already a shift named {name!r} here; give this one another name"
    ),
    QT_TRANSLATE_NOOP("Refusal", "shift {name!r} ends ({end}) at or before its start ({start})"),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "shift {name!r} runs from {start} to {end}, {hours} hours; a shift lasts at most 24 hours",
    ),
    QT_TRANSLATE_NOOP("Refusal", "unknown stage {stage!r}"),
    QT_TRANSLATE_NOOP(
        "Refusal", "shift {name!r} starts on {day}, outside the stage {stage} ({first} to {last})"
    ),
    QT_TRANSLATE_NOOP("Refusal", "{shift} cannot be copied into itself"),
    QT_TRANSLATE_NOOP("Refusal", "{name} has no post in {shift}; assign them first"),
    QT_TRANSLATE_NOOP("Refusal", "{name} already checked in to {shift} at {time}"),
    QT_TRANSLATE_NOOP("Refusal", "{name} has not checked in to {shift}; check them in first"),
    QT_TRANSLATE_NOOP("Refusal", "{name} already checked out of {shift} at {time}"),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} checked in to {shift} at {checked_in}; a check-out at {time} would be earlier",
    ),
    QT_TRANSLATE_NOOP("Refusal", "{time} is in the future"),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{other!r} already runs from {start} to {end}; a second shift at the same times "
        "would count everyone twice",
    ),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{time} is outside {shift} ({start} to {end}); a check-in counts from 4 hours "
        "before the shift starts until it ends",
    ),
    # voting-day progress
    QT_TRANSLATE_NOOP(
        "Refusal", "{tps}: {state} at {time} would be before {earlier} at {earlier_time}"
    ),
    QT_TRANSLATE_NOOP(
        "Refusal",
        "{count} of {total} TPS: {state} at {time} would be before an earlier step; "
        "nothing was saved:\n{listing}",
    ),
    QT_TRANSLATE_NOOP("Refusal", "nothing to change: the {count} TPS are already {state}"),
    QT_TRANSLATE_NOOP("Refusal", "nothing to change: the selected TPS are already flagged so"),
    QT_TRANSLATE_NOOP(
        "Refusal", "nothing to change: none of the selected TPS has a problem flagged"
    ),
)


def refusal_text(exc: Exception) -> str:
    """A refusal in the interface language, its values filled in (counts as officers write
    them: 1.592); anything but a :class:`Refused` as it is."""
    if not isinstance(exc, Refused):
        return str(exc)
    text = QCoreApplication.translate(CONTEXT, exc.template)
    values = {
        k: number(v) if isinstance(v, int) and not isinstance(v, bool) else v
        for k, v in exc.values.items()
    }
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {name}
        return str(exc)
