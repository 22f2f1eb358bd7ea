"""Shared pieces of the benchmark suite: timing, memory, result rows, plan sizes."""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from reformdesk.domain.model import Plan

#: name -> (powers, units, people) for the synthetic-plan generator.
SIZES: dict[str, tuple[int, int, int]] = {
    "sample": (113, 18, 72),
    "county": (5_000, 300, 1_000),
    "province": (50_000, 2_000, 5_000),
    # A provincial office consolidating its counties: the generator's defaults at 200,000 powers.
    "200k": (200_000, 8_000, 20_000),
}


@dataclass
class Result:
    figure: str
    size: str
    median: float  # seconds, or MB for memory figures
    baseline: float | None = None  # same unit, measured in the same run
    target: float | None = None  # absolute target in the same unit
    ratio_target: float | None = None  # target for median / baseline
    unit: str = "s"
    note: str = ""
    #: GUI actions: the longest event-loop stall during the action and the second after it
    #: (a 10 ms heartbeat timer's largest gap, seconds), measured in the same runs.
    stall: float | None = None
    stall_target: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.median / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        checks = []
        if self.target is not None:
            checks.append(self.median <= self.target)
        if self.ratio_target is not None and self.ratio is not None:
            checks.append(self.ratio <= self.ratio_target)
        if self.stall_target is not None and self.stall is not None:
            checks.append(self.stall <= self.stall_target)
        return all(checks) if checks else None


#: A figure of a few milliseconds is timed more often than ``repeat`` says: until its runs
#: add up to this much (at most ``SHORT_RUNS``), as timeit's autorange does.  A median of 3
#: runs of 5–13 ms moved a ratio between 1.47× and 2.38× from one whole run to the next
#: (the sample's open from PostgreSQL as an editor against the file's open).
SHORT_TOTAL = 0.25
SHORT_RUNS = 25


def median_time(fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs, more for a short ``fn`` (``SHORT_TOTAL``);
    ``setup`` untimed before each."""
    return _median(fn, repeat, setup, time.perf_counter)


def _median(
    fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None, clock: Callable[[], float]
) -> float:
    times: list[float] = []
    while len(times) < max(1, repeat) or (sum(times) < SHORT_TOTAL and len(times) < SHORT_RUNS):
        if setup is not None:
            setup()
        gc.collect()
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def median_cpu(fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> float:
    """Median process CPU time of ``fn`` (``time.process_time``: other work on a shared machine
    inflates wall time), ``setup`` untimed before each run; more runs for a short ``fn``."""
    return _median(fn, repeat, setup, time.process_time)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """Current resident set size (Linux /proc), falling back to the peak."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * resource.getpagesize() / (1024 * 1024)
    except OSError:
        return peak_rss_mb()


@cache
def synthetic_plan(size: str) -> Plan:
    from reformdesk.samples.synthetic import generate_plan

    powers, units, people = SIZES[size]
    return generate_plan(powers=powers, units=units, people=people, seed=1)


def plan_file(size: str, folder: Path) -> Path:
    """The synthetic plan of ``size`` saved once in ``folder``."""
    from reformdesk.store.planfile import save_plan

    path = folder / f"{size}.rdplan"
    if not path.exists():
        save_plan(synthetic_plan(size), path)
    return path


def qt_app() -> Any:
    """The QApplication of the GUI figures, with the font the app gives itself at start
    (gui/fonts.py: Chinese text in a Simplified Chinese font), as a user's window has it."""
    from PySide6.QtWidgets import QApplication

    from reformdesk.gui import fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.install(app)
    return app


def gui_action(action: Callable[[], object], settle: float = 1.0) -> tuple[float, float]:
    """Run ``action`` inside a real Qt event loop: (seconds until it has repainted, longest stall).

    The action is started from the loop (a 0 ms timer); its time runs until it has
    returned and the loop has no more work at hand: every event it posted or set off in
    turn (a 0 ms update, the views' delayed layouts, the repaints) was processed, pass
    after pass, until two passes in a row delivered no event.  Meanwhile and for
    ``settle`` seconds after, a 10 ms heartbeat timer records its ticks: the largest gap
    between two is the longest the loop could not run, the action's own blocking time or
    anything it set off later (debounced validation, figures, autosave).
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    ticks: list[float] = []
    took: list[float] = []
    loop = QEventLoop()
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))

    class _Delivered(QObject):
        """Counts the events the loop delivers, the heartbeat's own aside."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is not beat:
                self.count += 1
            return False

    delivered = _Delivered()

    def run() -> None:
        start = time.perf_counter()
        ticks.append(start)
        action()
        # Work the action deferred runs in later passes of the loop, as it would for a user
        # (the heartbeat ticks between them); the time counts until none is left.
        app.installEventFilter(delivered)
        quiet = 0
        while quiet < 2:
            delivered.count = 0
            app.processEvents()
            quiet = quiet + 1 if delivered.count == 0 else 0
        app.removeEventFilter(delivered)
        took.append(time.perf_counter() - start)
        QTimer.singleShot(int(settle * 1000), loop.quit)

    gc.collect()
    beat.start()
    QTimer.singleShot(0, run)
    loop.exec()
    beat.stop()
    ticks.append(time.perf_counter())
    return took[0], max(b - a for a, b in pairwise(ticks))


def median_action(
    action: Callable[[], object], repeat: int, between: Callable[[], object] | None = None, settle: float = 1.0
) -> tuple[float, float]:
    """Medians of :func:`gui_action` over ``repeat`` runs (``between`` untimed after each)."""
    times, stalls = [], []
    for _ in range(max(1, repeat)):
        took, stall = gui_action(action, settle)
        times.append(took)
        stalls.append(stall)
        if between is not None:
            between()
    return statistics.median(times), statistics.median(stalls)
