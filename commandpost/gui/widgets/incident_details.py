"""The selected incident as the incident list's details pane shows it: what happened, who
reported it from the field and who logged it, whether it was voided, and every step with
who took it, corrections with their old and new values and the reason.

Texts are in the "IncidentPanel" translation context (the panel they belong to).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from commandpost.core.threats import INCIDENT_FLOW
from commandpost.gui import look
from commandpost.gui.dialogs.incident_dialog import status_label, type_label
from commandpost.store.incidents import (
    STEP_CORRECTED,
    STEP_RESTORED,
    STEP_VOIDED,
    FieldChange,
    IncidentInfo,
    IncidentStep,
)

REPORTED = INCIDENT_FLOW[0]
VOIDED_COLORS = ("#e6e6e6", "#555555")  # background, text of the "Voided" badge


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def voided_label() -> str:
    return QCoreApplication.translate("IncidentPanel", "Voided")


def reporter_line(incident: IncidentInfo) -> str:
    """ "Reporter: Bripka Andi (Polsek Cikeusal, 0812…) · logged by Aipda Rudi", or only
    who logged it when no field reporter was recorded."""
    logged = QCoreApplication.translate("IncidentPanel", "logged by %1")
    if incident.reporter:
        return (
            QCoreApplication.translate("IncidentPanel", "Reporter: %1").replace(
                "%1", incident.reporter
            )
            + " · "
            + logged.replace("%1", incident.reported_by)
        )
    return QCoreApplication.translate("IncidentPanel", "Logged by %1").replace(
        "%1", incident.reported_by
    )


def field_label(field: str) -> str:
    labels = {
        "type": QCoreApplication.translate("IncidentPanel", "type"),
        "occurred_at": QCoreApplication.translate("IncidentPanel", "time"),
        "node_code": QCoreApplication.translate("IncidentPanel", "place"),
        "description": QCoreApplication.translate("IncidentPanel", "description"),
        "reporter_name": QCoreApplication.translate("IncidentPanel", "reporter"),
        "reporter_unit": QCoreApplication.translate("IncidentPanel", "reporter's unit"),
        "reporter_contact": QCoreApplication.translate("IncidentPanel", "reporter's phone"),
    }
    return labels.get(field, field)


def change_text(change: FieldChange, node_name: Callable[[str], str]) -> str:
    """ "type Bentrokan antar pendukung → Unjuk rasa" ("–" for an empty value)."""

    def value(raw) -> str:
        raw = "" if raw is None else str(raw)
        if not raw:
            return "–"
        if change.field == "type":
            return type_label(raw)
        if change.field == "occurred_at":
            return look.format_time(raw)
        if change.field == "node_code":
            return node_name(raw)
        if change.field == "description":
            flat = " ".join(raw.split())
            return f"“{flat[:80]}…”" if len(flat) > 80 else f"“{flat}”"
        return raw

    return f"{field_label(change.field)} {value(change.old)} → {value(change.new)}"


def step_html(step: IncidentStep, node_name: Callable[[str], str]) -> str:
    """One step of the incident, as a list item's content (HTML)."""
    when = _text(look.format_time(step.recorded_at))
    if step.kind == STEP_CORRECTED:
        what = ", ".join(change_text(c, node_name) for c in step.changes)
        line = (
            QCoreApplication.translate("IncidentPanel", "Corrected by %1: %2; reason: %3")
            .replace("%1", step.actor)
            .replace("%3", step.note)
            .replace("%2", what)
        )
        return f"{when} · {_text(line)}"
    if step.kind == STEP_VOIDED:
        line = (
            QCoreApplication.translate("IncidentPanel", "Voided by %1; reason: %2")
            .replace("%1", step.actor)
            .replace("%2", step.note)
        )
        return f"{when} · <b>{_text(line)}</b>"
    if step.kind == STEP_RESTORED:
        line = QCoreApplication.translate(
            "IncidentPanel", "Voiding taken back by %1 (%2); counted again"
        )
        return f"{when} · {_text(line.replace('%1', step.actor).replace('%2', step.note))}"
    what = (
        status_label(step.status)
        if step.status
        else QCoreApplication.translate("IncidentPanel", "Edited")
    )
    line = f"{when} · <b>{_text(what)}</b> · {_text(step.actor)}"
    if step.note:
        line += f"<br>{_text(step.note)}"
    if step.actions and step.status != REPORTED:
        actions = QCoreApplication.translate("IncidentPanel", "Actions: %1")
        line += f"<br><i>{_text(actions.replace('%1', step.actions))}</i>"
    return line


def details_html(
    incident: IncidentInfo,
    where: str,
    steps: list[IncidentStep],
    colors: tuple[str, str],
    node_name: Callable[[str], str],
) -> str:
    """The whole details pane (HTML); ``colors``: the status badge's background and text."""
    background, foreground = VOIDED_COLORS if incident.voided else colors
    badge = voided_label() if incident.voided else status_label(incident.status)
    kind = _text(type_label(incident.type))
    if incident.voided:
        kind = f"<s>{kind}</s>"
    parts = [
        f"<p><b>{kind}</b> &nbsp;"
        f'<span style="background:{background}; color:{foreground};">'
        f"&nbsp;{_text(badge)}&nbsp;</span><br>"
        f"{_text(look.format_time(incident.occurred_at))} · {_text(where)}<br>"
        f"{_text(reporter_line(incident))}</p>",
    ]
    if incident.voided:
        why = QCoreApplication.translate(
            "IncidentPanel", "Voided: %1. It is not counted in any figure."
        ).replace("%1", incident.void_reason)
        parts.append(f'<p style="color:#9b1c1c;"><b>{_text(why)}</b></p>')
    parts.append(f"<p>{_text(incident.description)}</p>")
    for title, value in (
        (QCoreApplication.translate("IncidentPanel", "People involved"), incident.people),
        (QCoreApplication.translate("IncidentPanel", "Damage or losses"), incident.damage),
        (QCoreApplication.translate("IncidentPanel", "Actions taken"), incident.actions),
    ):
        if value.strip():
            parts.append(f"<p><b>{_text(title)}</b><br>{_text(value)}</p>")
    steps_title = QCoreApplication.translate("IncidentPanel", "Steps")
    parts.append(f"<p><b>{_text(steps_title)}</b></p><ul>")
    parts.extend(f"<li>{step_html(step, node_name)}</li>" for step in steps)
    parts.append("</ul>")
    return "".join(parts)
