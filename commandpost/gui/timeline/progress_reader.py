"""The timeline's voting-day progress row, read without holding up the chart.

store.timeline.voting_progress reads the whole change log (store.progress): about a second
per day on 50,000 logged progress steps. The timeline is drawn again after every edit, so
the reader keeps the last answer while no TPS changed (store.timeline.progress_version, a few
milliseconds) and the hour is the same; a large operation's new answer is read in a worker
thread and drawn when it arrives, the chart showing the previous one meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from commandpost.core.stages import zone as zone_of
from commandpost.store import timeline
from commandpost.store.database import Database
from commandpost.store.timeline import PROGRESS_DAYS, VotingProgress

log = logging.getLogger(__name__)
# Up to this many TPS the series is read at once (a Polres or a small Polda: well under a
# second even on a busy voting day); larger operations read it in a worker thread.
SYNC_TPS = 5000
# Reads under way, kept here as well as by their reader: a panel deleted mid-read must not
# delete a running thread (a read whose reader is gone stays here, finished, until exit).
_RUNNING: set[QThread] = set()


class _Job(QThread):
    def __init__(self, key: tuple, func: Callable[[], Any]) -> None:
        super().__init__()
        self.key = key
        self.func = func
        self.result: Any = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = self.func()
        except Exception as exc:  # handed to the GUI thread, logged there
            self.error = exc


class ProgressReader(QObject):
    """``read(db, day, zone, now)`` gives the series to draw now; ``ready`` is emitted when a
    newer one read in the background has arrived (``latest()`` holds it)."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key: tuple | None = None
        self._value: VotingProgress | None = None
        self._jobs: set[_Job] = set()
        self._wanted: tuple | None = None
        self.sync_tps = SYNC_TPS
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.forget)

    def latest(self) -> VotingProgress | None:
        return self._value

    def reading(self) -> bool:
        """Whether a newer series is being read in the background."""
        return self._wanted is not None and self._wanted != self._key

    def read(
        self, db: Database, day: dt.date, zone: str, now: dt.datetime
    ) -> VotingProgress | None:
        """The series of voting day ``day`` (and the day after) on the post's clock ``zone``
        up to ``now``: the kept one while nothing changed, else read now (a small operation)
        or in the background (then the kept one, possibly of before the change, or None)."""
        start = dt.datetime.combine(day, dt.time(0), tzinfo=zone_of(zone))
        end = start + dt.timedelta(days=PROGRESS_DAYS)
        until = min(now, end).replace(minute=0, second=0, microsecond=0)
        key = (id(db), day, zone, until, timeline.progress_version(db))
        if key == self._key:
            return self._value

        # Every hour begun by ``until`` (the current one counts what is in so far).
        upto = until + dt.timedelta(seconds=1) if now < end else None

        def work() -> VotingProgress:
            return timeline.voting_progress(db, day, zone, until=upto)

        if timeline.tps_total(db) <= self.sync_tps:
            self._wanted = key
            self._key, self._value = key, work()
            return self._value
        if self._wanted != key:
            self._wanted = key
            job = _Job(key, work)
            self._jobs.add(job)
            _RUNNING.add(job)
            job.finished.connect(self._finished)  # queued: this object lives in the GUI thread
            job.start()
        same = self._key is not None and self._key[:3] == key[:3]
        return self._value if same else None

    def _finished(self) -> None:
        job = self.sender()
        if not isinstance(job, _Job):
            return
        self._jobs.discard(job)
        _RUNNING.discard(job)
        job.deleteLater()
        if job.key != self._wanted:
            return  # asked again since: a newer read is on its way
        if job.error is not None:
            log.warning("voting-day progress could not be read: %s", job.error)
            self._wanted = self._key
            return
        self._key, self._value = job.key, job.result
        self.ready.emit()

    def forget(self) -> None:
        """Another database: wait for reads under way, keep nothing."""
        for job in list(self._jobs):
            job.wait()
        self._key = self._value = self._wanted = None
