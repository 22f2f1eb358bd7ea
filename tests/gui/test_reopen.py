"""Opening the plan the window already has open (File → 最近打开, a usual way to revert)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reformdesk.gui import edits
from reformdesk.gui.main_window import MainWindow
from reformdesk.store import lock as plan_lock
from tests.gui.core_plans import make_settings, saved_small_plan
from tests.gui.windows import discard_changes


def test_reopening_the_open_plan_keeps_it_writable_and_locked(qtbot, tmp_path: Path) -> None:
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    path = saved_small_plan(tmp_path)
    assert window.files.load(path)
    edits.move_units(window.doc, ["u-farm"], "b-service")
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.files.open_path(path)
    box: QMessageBox = shown.args[0]
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Discard).click()
    assert not window.doc.read_only, window.doc.read_only_reason
    assert window.doc.plan.units["u-farm"].body_id is None  # the file as saved
    assert isinstance(plan_lock.acquire(path), plan_lock.Locked)  # still this window's
    window.files.shutdown()
