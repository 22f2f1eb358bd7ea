"""GUI figures, measured in a real Qt event loop (offscreen) in fresh processes.

- start to a painted window with the sample plan, against an empty PySide6
  QMainWindow started the same way (the baseline);
- open a plan to a usable window: the main window shown, the plan loaded, every
  page's models filled and the window painted;
- peak memory (resident set size) with the plan open in the window.

Each run is a new Python process, so imports and Qt start-up count as they do
for a user.  The child reports wall-clock time since just before it was
spawned, and its peak RSS.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from benchmarks.harness import Result, plan_file

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_plans" / "qiaotou_plan1.rdplan"

_CHILD = textwrap.dedent(
    """
    import json, os, resource, sys, time
    spawned = float(sys.argv[1]); mode = sys.argv[2]; plan = sys.argv[3]
    from PySide6.QtCore import QEvent, QObject, QCoreApplication
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__()
            self.at = None
        def eventFilter(self, obj, event):
            if self.at is None and event.type() == QEvent.Type.Paint:
                self.at = time.time()
            return False

    QCoreApplication.setOrganizationName("ReformDeskBench")
    QCoreApplication.setApplicationName("ReformDeskBench")
    app = QApplication(sys.argv[:1])
    painted = FirstPaint()
    loaded_at = None
    if mode == "empty":
        window = QMainWindow()
        window.resize(1280, 720)
        window.installEventFilter(painted)
        window.show()
    else:
        from pathlib import Path
        from reformdesk.gui.app import install_translators
        from reformdesk.gui.main_window import MainWindow
        from reformdesk.gui.settings import AppSettings
        settings = AppSettings()
        keep = install_translators(app, "zh_CN")
        window = MainWindow(settings)
        window.resize(1280, 720)
        window.installEventFilter(painted)
        window.show()
        loaded_at = time.time()
        window.files.load(Path(plan))
    while painted.at is None:
        app.processEvents()
    # Models filled and the pages painted with them: process what the load queued.
    window.repaint()
    app.processEvents()
    done = time.time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    opened = done - loaded_at if loaded_at else 0.0
    print(json.dumps({"painted": done - spawned, "opened": opened, "peak_mb": peak}))
    """
)


def _run_child(mode: str, plan: Path, settings_dir: Path) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(settings_dir / "config"),
        XDG_DATA_HOME=str(settings_dir / "data"),
        PYTHONPATH=str(ROOT),
    )
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, repr(spawned), mode, str(plan)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    plan = SAMPLE if size == "sample" else plan_file(size, workdir)
    settings_dir = workdir / "gui-settings"
    settings_dir.mkdir(exist_ok=True)
    runs = max(1, repeat)
    results: list[Result] = []
    window = [_run_child("window", plan, settings_dir) for _ in range(runs)]
    painted = statistics.median(r["painted"] for r in window)
    peak = max(r["peak_mb"] for r in window)
    if size == "sample":
        empty = statistics.median(_run_child("empty", plan, settings_dir)["painted"] for _ in range(runs))
        results.append(
            Result("start to a painted window with the sample plan", size, painted, baseline=empty, target=1.0)
        )
    else:
        opened = statistics.median(r["opened"] for r in window)
        results.append(Result("open the plan to a usable window (app running)", size, opened, target=1.5))
        results.append(Result("start the app and open the plan to a usable window", size, painted))
    results.append(
        Result(
            "peak memory with the plan open in the window",
            size,
            peak,
            unit="MB",
            target=500 if size == "province" else None,
        )
    )
    return results
