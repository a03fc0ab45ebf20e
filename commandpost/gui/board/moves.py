"""Moving people on the personnel board: a drop (or a key) onto a post or a lane, with the
questions and refusals a Kabag Ops would give, check-in and check-out, each action one
step of the main window's undo. Part of :class:`~commandpost.gui.board.window.BoardWindow`
(its texts are the window's: context ``BoardWindow``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from commandpost.gui import settings as cfg
from commandpost.gui.board.model import figures_text, lane_title
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.gui.errors import failure_text
from commandpost.store import board as board_store
from commandpost.store import personnel
from commandpost.store.board import PLAN
from commandpost.store.changelog import ChangeError
from commandpost.store.database import StoreError
from commandpost.store.threats import Edit


class BoardMoves:
    """The moving half of the board window (a mixin of :class:`BoardWindow`)."""

    # -- moving people --------------------------------------------------------------------------

    def _views(self) -> list:
        focused = self.focusWidget()
        views = [self.lanes_view, self.posts_view]
        return sorted(views, key=lambda v: v is not focused)

    def selected_nrps(self) -> list[str]:
        """The selected cards of the half that has the focus (else of either)."""
        for view in self._views():
            found = view.selected_nrps()
            if found:
                return found
        return []

    def assign_selected(self) -> None:
        """Ctrl+T: the selected people to a post chosen by typing."""
        nrps = self.selected_nrps()
        if not nrps:
            self.say(
                QCoreApplication.translate("BoardWindow", "Select one or more people first."),
                refused=True,
            )
            return
        from commandpost.gui.board.post_chooser import PostChooser

        model = self.posts_model
        figures = {
            post.id: figures_text(model.post_count(row), post.required)
            for row, post in enumerate(model.board.posts)
        }
        chooser = PostChooser(model.board, self, figures)
        if chooser.exec() and chooser.chosen:
            self.drop(nrps, "post", chooser.chosen)

    def send_selected(self, lane: str) -> None:
        nrps = self.selected_nrps()
        if not nrps:
            self.say(
                QCoreApplication.translate("BoardWindow", "Select one or more people first."),
                refused=True,
            )
            return
        self.drop(nrps, "lane", lane)

    def drop(self, nrps: list[str], kind: str, key: str) -> None:
        """Cards dropped onto a post or a lane (or sent there from the keyboard): one step
        of undo for all of them. A refusal for one person stops before anything is saved
        for them; the others already moved stay moved and the message says who was not."""
        self.say("")  # a refusal said before is not this action's
        if kind == "post":
            self._to_post(nrps, key)
        else:
            self._to_lane(nrps, key)

    def _to_post(self, nrps: list[str], post_id: str) -> None:
        post_name = self._post_name(post_id)
        edits: list[Edit] = []
        moved: list[str] = []
        placed_bko = 0
        options = {"replace": None}
        board = self.lanes_model.board
        for nrp in nrps:
            person_options = {"replace": False, "bko": False}
            row = board.row_of.get(nrp)
            if row is not None and board.duty[row] == "resting":
                if not self.ask_resting(self._name(nrp), post_name):
                    self.say(
                        QCoreApplication.translate(
                            "BoardWindow", "Not saved for %1: resting."
                        ).replace("%1", self._name(nrp)),
                        refused=True,
                    )
                    continue
                try:
                    edits += self._write(
                        lambda actor, nrp=nrp: [
                            personnel.set_person(self.db, nrp, duty="available", actor=actor)
                        ]
                    )
                except ChangeError as exc:
                    self._refused_for(nrp, exc)
                    continue
            while True:
                try:
                    edits += self._write(
                        lambda actor, nrp=nrp, o=person_options: personnel.assign(
                            self.db, nrp, post_id, shift=self.shift, actor=actor, **o
                        )
                    )
                    moved.append(nrp)
                    placed_bko += person_options["bko"]
                    break
                except personnel.AlreadyPosted as exc:
                    if options["replace"] is None:
                        options["replace"] = self.ask_replace(
                            self._name(nrp), exc.post, post_name, len(nrps)
                        )
                    if options["replace"] and not person_options["replace"]:
                        person_options["replace"] = True
                        continue
                    self._refused_for(nrp, exc)
                    break
                except personnel.OutsideReach as exc:
                    # asked for each person: the unit they leave differs from one to another
                    if not person_options["bko"] and self.ask_bko(
                        self._name(nrp), exc.unit, post_name
                    ):
                        person_options["bko"] = True
                        continue
                    self._refused_for(nrp, exc)
                    break
                except ChangeError as exc:
                    self._refused_for(nrp, exc)
                    break
        if edits:
            who = self._who(moved)
            text = (
                QCoreApplication.translate("BoardWindow", "%1 assigned to %2")
                .replace("%1", who)
                .replace("%2", post_name)
            )
            if placed_bko:
                text += " " + QCoreApplication.translate("BoardWindow", "(%1 placed BKO)").replace(
                    "%1", str(placed_bko)
                )
            self._done(edits, text, nrps)

    def _to_lane(self, nrps: list[str], lane: str) -> None:
        if lane == "bko":
            self.say(
                QCoreApplication.translate(
                    "BoardWindow",
                    "BKO is set by choosing the unit: use Personnel and assignments "
                    "(Ctrl+Shift+N), or drop the person on a post outside their unit.",
                ),
                refused=True,
            )
            return
        if lane == "unavailable":
            lane = self.ask_leave_or_sick()
            if lane is None:
                return
        edits: list[Edit] = []
        moved: list[str] = []
        board = self.lanes_model.board
        for nrp in nrps:
            row = board.row_of.get(nrp)
            if row is None:
                continue
            try:
                work = []
                if board.post[row] >= 0 and lane in ("available", "reserve", "resting"):
                    work.append(
                        lambda actor, nrp=nrp: [
                            personnel.unassign(self.db, nrp, shift=self.shift, actor=actor)
                        ]
                    )
                if board.duty[row] != lane:
                    work.append(
                        lambda actor, nrp=nrp: [
                            personnel.set_person(self.db, nrp, duty=lane, actor=actor)
                        ]
                    )
                for step in work:
                    edits += self._write(step)
                if work:
                    moved.append(nrp)
            except ChangeError as exc:
                self._refused_for(nrp, exc)
        if edits:
            who = self._who(moved)
            title = lane_title("unavailable") if lane in ("leave", "sick") else lane_title(lane)
            text = (
                QCoreApplication.translate("BoardWindow", "%1 to %2")
                .replace("%1", who)
                .replace("%2", title)
            )
            self._done(edits, text, nrps)

    def check(self, arriving: bool) -> None:
        """Ctrl+I / Ctrl+Shift+I: the selected people checked in (or out) now."""
        from commandpost.store import shifts as shift_store

        nrps = self.selected_nrps()
        if not nrps:
            self.say(
                QCoreApplication.translate("BoardWindow", "Select one or more people first."),
                refused=True,
            )
            return
        edits: list[Edit] = []
        done: list[str] = []
        at = self.now()
        act = shift_store.check_in if arriving else shift_store.check_out
        for nrp in nrps:
            try:
                edits.append(
                    self._write(
                        lambda actor, nrp=nrp: act(self.db, nrp, self.shift, at=at, actor=actor)
                    )
                )
                done.append(nrp)
            except ChangeError as exc:
                self._refused_for(nrp, exc)
        if edits:
            who = self._who(done)
            what = (
                QCoreApplication.translate("BoardWindow", "%1 checked in")
                if arriving
                else QCoreApplication.translate("BoardWindow", "%1 checked out")
            )
            self._done(edits, what.replace("%1", who), nrps)

    def _write(self, work):
        """One store action as the officer; ChangeError when refused or unwritable."""
        try:
            return work(cfg.operator_name())
        except (StoreError, SQLAlchemyError, OSError) as exc:
            raise ChangeError(failure_text(exc)) from exc

    def _done(self, edits: list[Edit], text: str, nrps: list[str]) -> None:
        """Record one step of undo and move the cards of ``nrps`` where they now belong."""
        self._own = True
        try:
            self._record(edits, text)
        finally:
            self._own = False
        self.show_people(nrps)
        if self.shift != PLAN:
            self.tick()  # the late count in the header
        if not self.message.property("refused"):
            self.say(QCoreApplication.translate("BoardWindow", "Saved: %1").replace("%1", text))

    def show_people(self, nrps: list[str]) -> None:
        """Read ``nrps`` again and move their cards (the rest of the board stays)."""
        rows = board_store.people_rows(self.db, self.lanes_model.board, nrps)
        self.lanes_model.refresh_rows(rows)
        self.posts_model.refresh_rows(rows)
        self._retitle()

    # -- asking and saying ---------------------------------------------------------------------

    def _ask(self, name: str, title: str, text: str, buttons, default) -> int:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self)
        box.setObjectName(name)
        box.setDefaultButton(default)
        return box.exec()

    def _ask_yes(self, name: str, title: str, text: str) -> bool:
        """A yes-or-no question whose safe answer, No, is the default."""
        button = QMessageBox.StandardButton
        return self._ask(name, title, text, button.Yes | button.No, button.No) == button.Yes

    def ask_replace(self, name: str, other: str, post: str, count: int = 1) -> bool:
        """Yes: end their post in this shift and assign them here (tests may replace)."""
        if count > 1:
            text = QCoreApplication.translate(
                "BoardWindow",
                "Some of the people are already on another post in this shift (%1 on %2). "
                "End those posts and assign them to %3?",
            )
        else:
            text = QCoreApplication.translate(
                "BoardWindow", "%1 is already on %2 in this shift. End that and assign them to %3?"
            )
        text = text.replace("%1", name).replace("%2", other).replace("%3", post)
        return self._ask_yes(
            "replaceBox", QCoreApplication.translate("BoardWindow", "Replace post"), text
        )

    def ask_bko(self, name: str, unit: str, post: str) -> bool:
        """Yes: place them BKO to ``unit`` and assign them (tests may replace)."""
        text = QCoreApplication.translate(
            "BoardWindow",
            "%1 is outside the unit's jurisdiction: %2 answers for %3. Place %1 BKO to %2 "
            "and assign them there?",
        )
        text = text.replace("%1", name).replace("%2", unit).replace("%3", post)
        return self._ask_yes("bkoBox", QCoreApplication.translate("BoardWindow", "Place BKO"), text)

    def ask_resting(self, name: str, post: str) -> bool:
        """Yes: end their rest and post them (tests may replace)."""
        text = QCoreApplication.translate(
            "BoardWindow", "%1 is resting. End the rest and assign them to %2?"
        )
        text = text.replace("%1", name).replace("%2", post)
        return self._ask_yes(
            "restingBox", QCoreApplication.translate("BoardWindow", "Resting"), text
        )

    def ask_leave_or_sick(self) -> str | None:
        """ "leave", "sick" or None (tests may replace)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("BoardWindow", "On leave or sick"),
            "",
            parent=self,
        )
        box.setObjectName("leaveOrSickBox")
        box.setText(
            QCoreApplication.translate(
                "BoardWindow", "Is the person on leave or sick? Their posts end."
            )
        )
        leave = box.addButton(
            QCoreApplication.translate("BoardWindow", "On &leave"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        sick = box.addButton(
            QCoreApplication.translate("BoardWindow", "&Sick"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {leave: "leave", sick: "sick"}.get(box.clickedButton())

    def _refused_for(self, nrp: str, exc: Exception) -> None:
        reason = refusal_text(exc)
        board = self.lanes_model.board
        row = board.row_of.get(nrp)
        if row is not None and board.name[row] in reason:
            text = QCoreApplication.translate("BoardWindow", "Not saved: %1").replace(
                "%1", reason
            )  # the reason names them
        else:
            text = QCoreApplication.translate("BoardWindow", "Not saved for %1: %2").replace(
                "%1", self._name(nrp)
            )
            text = text.replace("%2", reason)
        self.say(text, refused=True)

    def _who(self, nrps: list[str]) -> str:
        """One person by rank and name, several as "3 orang"."""
        if len(nrps) == 1:
            return self._name(nrps[0])
        return QCoreApplication.translate("BoardWindow", "%1 people").replace("%1", str(len(nrps)))

    def _name(self, nrp: str) -> str:
        board = self.lanes_model.board
        row = board.row_of.get(nrp)
        return f"{board.rank[row]} {board.name[row]}" if row is not None else nrp

    def _post_name(self, post_id: str) -> str:
        """A post as the officer reads it: its name and place; a region code dropped on
        (from the tree, or typed) as the post it names."""
        board = self.posts_model.board
        row = board.post_row.get(post_id)
        if row is None:
            try:
                found, _create = personnel.resolve_post(self.db, post_id)
            except ChangeError:
                return post_id
            row = board.post_row.get(found.id)
            if row is None:
                return found.name
        post = board.posts[row]
        return f"{post.name} ({post.place})" if post.place else post.name
