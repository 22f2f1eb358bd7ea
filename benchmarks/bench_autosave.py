"""Benchmark: autosave of a plan being edited in the main window (offscreen, real event loop).

Timed: the part of an autosave that runs on the GUI thread (the plan's copy and
the worker's start), the longest event-loop stall while the worker writes (a
10 ms timer measures the gaps between its ticks), an autosave with nothing
changed since the last one (skipped), and as the contender the synchronous
write the GUI thread did before (the whole recovery file written in place).
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import Result, plan_file, qt_app  # noqa: E402


def _idle(app: object, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    from PySide6.QtCore import QSettings, QTimer

    from reformdesk.gui import edits
    from reformdesk.gui.main_window import MainWindow
    from reformdesk.gui.settings import AppSettings

    app = qt_app()
    settings = AppSettings(QSettings(str(workdir / "bench_autosave.ini"), QSettings.Format.IniFormat), workdir / "data")
    window = MainWindow(settings)
    files = window.files
    files.periodic.stop()
    assert files.load(plan_file(size, workdir))
    window.show()
    app.processEvents()
    bodies = list(window.doc.plan.bodies)
    gui, gui_cpu, stall, skipped, sync = [], [], [], [], []
    for n in range(max(1, repeat)):
        edits.rename_body(window.doc, bodies[0], f"自动保存测试{n}")
        files.soon.stop()
        _idle(app, 1.5)  # the edit's own debounced refreshes (problems, counts) run first
        ticks: list[float] = [time.perf_counter()]
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        timer.start()
        start, cpu = time.perf_counter(), time.thread_time()
        assert files.autosave()
        gui.append(time.perf_counter() - start)
        gui_cpu.append(time.thread_time() - cpu)
        ticks.append(time.perf_counter())
        while files._worker is not None:  # until the write is reported
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        stall.append(max(b - a for a, b in itertools.pairwise(ticks[1:])) if len(ticks) > 2 else 0.0)
        start = time.perf_counter()
        assert not files.autosave()
        skipped.append(time.perf_counter() - start)
        start = time.perf_counter()
        files.recovery.write(window.doc.plan, window.doc.location)
        sync.append(time.perf_counter() - start)
    files.shutdown()
    window.doc.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    med = statistics.median
    return [
        Result("autosave: on the GUI thread (copy + start the writer)", size, med(gui), baseline=med(sync), target=0.1),
        Result("autosave: on the GUI thread, its CPU time (thread_time)", size, med(gui_cpu), target=0.1),
        Result("autosave: longest event-loop stall while it writes", size, med(stall), target=0.1),
        Result("autosave with nothing changed since the last (skipped)", size, med(skipped), target=0.001),
    ]
