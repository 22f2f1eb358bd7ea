"""What `reformdesk PLAN` loads and does before its first paint (a fresh process, as a user starts it)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "sample_plans"

#: Run in the child: the command line's own way in, its event loop stopped after the first paint.
_START = textwrap.dedent(
    """
    import gc, json, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    seen = {}

    def until_first_paint(self=None):
        app = QApplication.instance()
        seen["collector"] = [gc.isenabled(), gc.get_freeze_count()]

        class FirstPaint(QObject):
            painted = False

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        watch = FirstPaint()
        app.installEventFilter(watch)
        while not watch.painted:
            app.processEvents()
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow")
        seen["title"] = window.windowTitle()
        seen["modules"] = sorted(m for m in sys.modules if m.startswith("reformdesk"))
        return 0

    QApplication.exec = until_first_paint
    from reformdesk.gui import main_window

    built = main_window.MainWindow.__init__

    def building(self, *args, **kwargs):
        seen["collector while building"] = gc.isenabled()
        built(self, *args, **kwargs)

    main_window.MainWindow.__init__ = building
    from reformdesk.cli import main

    main([sys.argv[1]])
    print(json.dumps(seen, ensure_ascii=False))
    """
)

#: Needed only for what the first paint of a town plan does not show: county documents and
#: their windows, dialogs that open on request (or only when a crash left recovery files).
_NOT_AT_START = (
    "reformdesk.gui.catalogue",
    "reformdesk.gui.catalogue_actions",
    "reformdesk.gui.enforcement",
    "reformdesk.domain.catalogue",
    "reformdesk.domain.enforcement",
    "reformdesk.store.catalogue_file",
    "reformdesk.store.enforcement_file",
    "reformdesk.gui.dialogs.entity_dialogs",
    "reformdesk.gui.dialogs.power_editors",
    "reformdesk.gui.dialogs.recovery_dialog",
    "reformdesk.gui.dialogs.settings_dialog",
)


def _start(tmp_path: Path) -> dict:
    """`reformdesk PLAN` on a copy of the sample plan, until its first paint: what it saw."""
    plan = tmp_path / "plan.rdplan"
    plan.write_bytes((SAMPLES / "qiaotou_plan1.rdplan").read_bytes())
    out = subprocess.run(
        [sys.executable, "-c", _START, str(plan)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_town_plan_starts_without_the_county_kinds_and_the_dialogs(tmp_path: Path) -> None:
    seen = _start(tmp_path)
    assert "plan.rdplan[*]" in seen["title"], seen["title"]  # the plan is open
    loaded = [m for m in seen["modules"] if any(m == n or m.startswith(f"{n}.") for n in _NOT_AT_START)]
    assert loaded == [], loaded
    # The window itself is all there: its first page, the problems dock, the file actions.
    for needed in ("reformdesk.gui.views.structure_view", "reformdesk.gui.views.problems_view"):
        assert needed in seen["modules"]


def test_the_start_runs_without_the_collector_and_freezes_what_it_made(tmp_path: Path) -> None:
    seen = _start(tmp_path)
    assert seen["collector while building"] is False
    enabled, frozen = seen["collector"]
    assert enabled  # the event loop runs with it
    assert frozen > 10_000  # the modules, classes, window and plan of the start, left alone from then on


def test_the_program_waits_for_its_workers_before_it_ends(qapp: object) -> None:
    """A validation still running when the event loop ends is waited for, not torn down under."""
    import threading
    import time

    from PySide6.QtCore import QRunnable, QThreadPool

    from reformdesk.gui import app as app_module

    finished = threading.Event()

    class Slow(QRunnable):
        def run(self) -> None:
            time.sleep(0.2)
            finished.set()

    QThreadPool.globalInstance().start(Slow())
    app_module._finish(qapp, [])  # type: ignore[arg-type]
    assert finished.is_set()
