"""Why the store refuses an edit of units, people, posts or patterns, in words both the
command line and the window can use.

Every refusal is an English template with ``{named}`` values (:class:`RefusalMsg`), raised
as :class:`Refused`: ``str(exc)`` is the English text the command line prints, and the
window translates the template and fills in the values (``gui/dialogs/refusal_texts.py``
lists each one for the translation; a test keeps that list equal to this class). Names,
codes and numbers are values; words (a duty state, a level, a pattern's part) are in the
template, so that a translation can say them in its own language. Codes a command line
takes as they are (unit kinds, duty states, TPS classes) stay values.
"""

from __future__ import annotations

from typing import Any

from commandpost.core.strength import FORMS
from commandpost.store.changelog import ChangeError


class RefusalMsg:
    """Every refusal of the unit, personnel and strength edits, in English with {named}
    values."""

    # -- units
    UNKNOWN_UNIT = "unknown unit {name!r}"
    UNKNOWN_UNIT_CLOSE = "unknown unit {name!r}; did you mean {close}?"
    UNIT_NEEDS_NAME = "a unit needs a name"
    UNKNOWN_UNIT_KIND = "unknown unit kind {kind!r}; use one of {kinds}"
    UNIT_NAME_TAKEN = "a unit named {name!r} already exists"
    UNIT_UNDER_ITSELF = "{unit} cannot be placed under itself or a unit below it"
    UNIT_HAS_PEOPLE = "{unit} still has {people} people; move them before retiring it"
    NOTHING_TO_CHANGE = "nothing to change"
    NOT_AN_AREA = "{area!r} is not a kabupaten/kota or kecamatan code"
    AREA_INSIDE_LISTED = "{area} is inside {regency}, which is already in the list"
    # -- people
    NRP_NOT_ON_ROSTER = "NRP {nrp} is not on the roster"
    NRP_ZERO_LOST = (
        "NRP {nrp} is not on the roster: an NRP has 8 digits; a leading zero may have been "
        "lost (0{nrp}?)"
    )
    UNKNOWN_RANK = "unknown rank {rank!r}"
    UNKNOWN_RANK_CLOSE = "unknown rank {rank!r}; did you mean {close}?"
    NOT_NRP = "{nrp!r} is not an NRP (8 digits) or a NIP (18 digits)"
    NOT_NRP_ZERO_LOST = (
        "{nrp!r} is not an NRP (8 digits) or a NIP (18 digits); a leading zero was probably "
        "lost (format the column as Text)"
    )
    PERSON_NEEDS_NAME = "a person needs a name"
    NRP_TAKEN = "NRP {nrp} is already on the roster"
    UNKNOWN_DUTY = "unknown duty state {duty!r}; use one of {duties}"
    UNKNOWN_MOVE = "unknown move {kind!r}; use one of {kinds}"
    NOT_BKO = "{name} is not BKO anywhere"
    MOVE_WHERE = "say which unit the person moves to"
    ALREADY_IN_UNIT = "{name} is already in that unit"
    # -- posts and assignments
    NOT_A_POST = "{where!r} is neither a post nor a TPS, village or kecamatan code"
    NOT_IN_DATABASE = "{where} is not in the database"
    POST_AT_PROVINCE = "{where} is a province; posts are TPS, villages or kecamatan"
    POST_AT_REGENCY = "{where} is a regency; posts are TPS, villages or kecamatan"
    OFF_ROSTER = "{name} is no longer on the roster"
    ON_LEAVE = "{name} is on leave; change their state first"
    SICK = "{name} is sick; change their state first"
    ALREADY_ON_POST = "{name} is already on {post}"
    ALREADY_POSTED = "{name} is already on {post} in this shift; end that first (or replace it)"
    OUTSIDE_REACH = (
        "{name} ({unit}): {post} is outside the unit's jurisdiction ({answering} answers "
        "there); place them BKO there first"
    )
    NO_UNIT_ANSWERS = "no unit answers for {code}; it cannot take a BKO"
    NO_ASSIGNMENT = "NRP {nrp} has no assignment"
    NO_ASSIGNMENT_IN_SHIFT = "NRP {nrp} has no assignment in that shift"
    # -- patterns, support and proposals
    UNKNOWN_TPS_CLASS = "unknown TPS class {tps_class!r}; use {classes}"
    NO_PATTERN_TO_CLEAR = "no pattern is set there to clear"
    NOT_A_PATTERN = "{text!r} is not a TPS security pattern; write " + FORMS
    POLICE_OUT_OF_RANGE = "{text!r}: {value} police is outside {low} to {high}; write " + FORMS
    TPS_OUT_OF_RANGE = "{text!r}: {value} TPS is outside {low} to {high}; write " + FORMS
    LINMAS_OUT_OF_RANGE = "{text!r}: {value} Linmas is outside {low} to {high}; write " + FORMS
    UNKNOWN_SUPPORT = "unknown support force {kind!r}; use {kinds}"
    NOT_PEOPLE_COUNT = "{count} is not a number of people"
    PROPOSAL_TAKEN = "the people proposed are no longer free; look at the gaps again"
    # -- shifts and check-in
    UNKNOWN_SHIFT = "unknown shift {shift!r}"
    SHIFT_FITS_SEVERAL = "{shift!r} fits several shifts ({names}); give its id"
    SHIFT_NEEDS_NAME = "a shift needs a name"
    SHIFT_NAME_TAKEN = "there is already a shift named {name!r} here; give this one another name"
    SHIFT_END_BEFORE_START = "shift {name!r} ends ({end}) at or before its start ({start})"
    SHIFT_TOO_LONG = (
        "shift {name!r} runs from {start} to {end}, {hours} hours; a shift lasts at most 24 hours"
    )
    UNKNOWN_STAGE = "unknown stage {stage!r}"
    SHIFT_OUTSIDE_STAGE = (
        "shift {name!r} starts on {day}, outside the stage {stage} ({first} to {last})"
    )
    COPY_INTO_ITSELF = "{shift} cannot be copied into itself"
    NOT_POSTED_IN_SHIFT = "{name} has no post in {shift}; assign them first"
    ALREADY_CHECKED_IN = "{name} already checked in to {shift} at {time}"
    NOT_CHECKED_IN = "{name} has not checked in to {shift}; check them in first"
    ALREADY_CHECKED_OUT = "{name} already checked out of {shift} at {time}"
    CHECK_OUT_BEFORE_CHECK_IN = (
        "{name} checked in to {shift} at {checked_in}; a check-out at {time} would be earlier"
    )
    TIME_IN_FUTURE = "{time} is in the future"
    SHIFT_SAME_TIMES = (
        "{other!r} already runs from {start} to {end}; a second shift at the same times "
        "would count everyone twice"
    )
    CHECK_IN_OUTSIDE_SHIFT = (
        "{time} is outside {shift} ({start} to {end}); a check-in counts from 4 hours "
        "before the shift starts until it ends"
    )
    # -- voting-day progress (states are the codes `tps-progress set --state` takes)
    STEP_BEFORE_EARLIER = "{tps}: {state} at {time} would be before {earlier} at {earlier_time}"
    STEPS_BEFORE_EARLIER = (
        "{count} of {total} TPS: {state} at {time} would be before an earlier step; "
        "nothing was saved:\n{listing}"
    )
    PROGRESS_NOTHING_TO_CHANGE = "nothing to change: the {count} TPS are already {state}"
    PROBLEM_ALREADY_FLAGGED = "nothing to change: the selected TPS are already flagged so"
    PROBLEM_NONE_FLAGGED = "nothing to change: none of the selected TPS has a problem flagged"

    @classmethod
    def all(cls) -> list[str]:
        return [v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str)]


class Refused(ChangeError):
    """An edit the store refuses: ``template`` (a :class:`RefusalMsg`) with its ``values``.
    ``str(exc)`` is the English text. (Not ``args``: an exception's ``args`` is the tuple
    its message is made from.)"""

    def __init__(self, template: str, **values: Any) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.template, self.values)


def _rebuild(cls: type[Refused], template: str, values: dict[str, Any]) -> Refused:
    return cls(template, **values)
