"""GUI figures, measured in a real Qt event loop (offscreen) in fresh processes.

- start to a painted window with the sample plan, the way a user starts it
  (``python -m reformdesk PLAN``: the command line, then the window), against an
  empty PySide6 QMainWindow started the same way (the baseline), run interleaved;
- open a plan to a usable window (app running): the app started without a plan
  and painted, then 打开 the plan as from the menu (``FileActions.load``) until the
  page is shown filled (the other pages are built when first shown) and the window
  repainted; and the same plan given on the command line, from the spawn to its
  first paint (the window's own first paint then falls inside the open: until
  2026-12-01 15:45 that was the "app running" figure, which it is not);
- peak memory (resident set size) with the plan open in the window.

Each run is a new Python process, so imports and Qt start-up count as they do
for a user.  The child reports wall-clock time since just before it was
spawned, and its peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
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
    import importlib.abc, importlib.util, json, resource, sys, time
    spawned = float(sys.argv[1]); mode = sys.argv[2]; plan = sys.argv[3]
    marks = {}

    def run_loop(app):
        # Instead of app.exec(): run the event loop until the first paint, then until
        # what the start queued is done and every window has repainted with it.
        from PySide6.QtCore import QEvent, QObject

        class FirstPaint(QObject):
            at = None
            def eventFilter(self, obj, event):
                if self.at is None and event.type() == QEvent.Type.Paint:
                    self.at = time.time()
                return False

        painted = FirstPaint()
        app.installEventFilter(painted)
        while painted.at is None:
            app.processEvents()
        if mode == "open":
            # The app is up and painted with no plan: now 打开 the plan, as a user does from the menu.
            app.processEvents()
            window = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow")
            marks["load"] = time.time()
            window.files.load(plan)
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                widget.repaint()
        app.processEvents()
        marks["done"] = time.time()
        marks["first_paint"] = painted.at
        return 0

    if mode == "empty":
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMainWindow
        QCoreApplication.setOrganizationName("ReformDeskBench")
        QCoreApplication.setApplicationName("ReformDeskBench")
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 720)
        window.show()
        run_loop(app)
    else:
        # The user's way in: `python -m reformdesk PLAN` (the command line, then the window).
        # Hooks are set as the modules load, so the import order stays the program's own.
        class Hooks(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name not in ("reformdesk.gui.app", "reformdesk.gui.file_actions"):
                    return None
                sys.meta_path.remove(self)
                spec = importlib.util.find_spec(name)
                sys.meta_path.insert(0, self)
                run_module = spec.loader.exec_module
                def exec_module(module):
                    run_module(module)
                    if name == "reformdesk.gui.app":
                        from PySide6.QtWidgets import QApplication
                        QApplication.exec = lambda self=None: run_loop(QApplication.instance())
                    else:
                        load = module.FileActions.load
                        def timed_load(self, location):
                            marks.setdefault("load", time.time())
                            return load(self, location)
                        module.FileActions.load = timed_load
                spec.loader.exec_module = exec_module
                return spec

        sys.meta_path.insert(0, Hooks())
        from reformdesk.cli import main
        main([plan] if mode == "window" else [])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    opened = marks["done"] - marks["load"] if "load" in marks else 0.0
    print(json.dumps({"painted": marks["done"] - spawned, "first_paint": marks["first_paint"] - spawned,
                      "opened": opened, "peak_mb": peak}))
    """
)


def _run_child(mode: str, plan: Path, settings_dir: Path) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(settings_dir / "config"),
        XDG_DATA_HOME=str(settings_dir / "data"),
        PYTHONPATH=str(ROOT),
        # With bytecode caches, as an installed program has them (pip compiles a wheel's
        # modules): kept in the run's temporary folder, written by the warm-up run.
        PYTHONPYCACHEPREFIX=str(settings_dir / "pycache"),
    )
    # Set on the development machines; without caches every start compiles ~70 modules (~0.13 s).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    got: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    # The child's CPU time (user + system) until it exited: steadier than the wall clock
    # on a shared machine (it leaves out waiting for the cores).
    got["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return got


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    if size == "sample":
        # A copy: the window takes the plan's lock (FILE.rdplan.lock beside it), and the
        # repository's own sample must not be locked or touched by a benchmark.
        plan = workdir / SAMPLE.name
        shutil.copyfile(SAMPLE, plan)
    else:
        plan = plan_file(size, workdir)
    settings_dir = workdir / "gui-settings"
    settings_dir.mkdir(exist_ok=True)
    runs = max(1, repeat)
    results: list[Result] = []
    window: list[dict[str, float]] = []
    empty: list[dict[str, float]] = []
    _run_child("window", plan, settings_dir)  # warm-up: bytecode caches, font caches
    _run_child("empty", plan, settings_dir)
    opening: list[dict[str, float]] = []
    if size != "sample":
        _run_child("open", plan, settings_dir)
    for _ in range(runs):
        # Interleaved, so both see the same load of the shared machine.
        window.append(_run_child("window", plan, settings_dir))
        if size == "sample":
            empty.append(_run_child("empty", plan, settings_dir))
        else:
            opening.append(_run_child("open", plan, settings_dir))
    painted = statistics.median(r["painted"] for r in window)
    peak = max(r["peak_mb"] for r in window)
    if size == "sample":
        baseline = statistics.median(r["painted"] for r in empty)
        results.append(
            Result(
                "start to a painted window with the sample plan, CPU time of the process",
                size,
                statistics.median(r["cpu"] for r in window),
                baseline=statistics.median(r["cpu"] for r in empty),
                ratio_target=3.0,
                note="user + system CPU of the child, to its exit; the empty QMainWindow's likewise",
            )
        )
        results.append(
            Result(
                "start to a painted window with the sample plan (python -m reformdesk PLAN)",
                size,
                painted,
                baseline=baseline,
                target=1.0,
                ratio_target=3.0,
                note="baseline: an empty PySide6 QMainWindow, started the same way, interleaved",
            )
        )
    else:
        opened = statistics.median(r["opened"] for r in opening)
        results.append(
            Result(
                "open the plan to a usable window (app running)",
                size,
                opened,
                target=1.0 if size == "province" else None,
                note="打开 in a window started without a plan and painted: from FileActions.load until repainted",
            )
        )
        results.append(
            Result(
                "start the app and open the plan to a usable window",
                size,
                painted,
                note="`python -m reformdesk PLAN`: the window's first paint, with the plan in it",
            )
        )
        results.append(
            Result(
                "the same, from FileActions.load during start-up until painted",
                size,
                statistics.median(r["opened"] for r in window),
                note="the open during start-up: the window's own first paint falls inside it",
            )
        )
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
