"""File → 导出Excel…: the workbook is written; cancel leaves nothing; failures say why."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from reformdesk.gui.main_window import MainWindow
from tests.conftest import PLAN_ONE
from tests.gui.core_plans import make_settings
from tests.gui.windows import discard_changes


@pytest.fixture
def window(qtbot, tmp_path: Path, plan_one_path: Path) -> MainWindow:
    win = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(win, before_close_func=discard_changes)
    assert win.files.load(plan_one_path)
    yield win
    win.files.shutdown()


def test_menu_action_exports_the_plan(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "导出" / "方案一"
    target.parent.mkdir()
    asked: list[str] = []

    def chooser(_parent, title, start, _filter) -> str:
        asked.append(start)
        return str(target)  # no suffix: the action adds .xlsx

    window.exporter.file_chooser = chooser
    assert window.export_action.text() == "导出Excel(&E)…"
    with qtbot.waitSignal(window.exporter.exported) as done:
        window.export_action.trigger()
    written = Path(done.args[0])
    assert written == target.with_name("方案一.xlsx")
    assert asked and asked[0].endswith(".xlsx")
    book = load_workbook(written, read_only=True)
    assert "县级权限承接方案" in book.sheetnames
    book.close()
    assert "已导出到" in window.statusBar().currentMessage()


def test_cancel_leaves_no_file(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "cancelled.xlsx"
    # The user presses 取消 as soon as the dialog reports progress.
    monkeypatch.setattr("PySide6.QtWidgets.QProgressDialog.wasCanceled", lambda self: True)
    with qtbot.waitSignal(window.exporter.cancelled):
        assert not window.exporter.export_to(target)
    assert not target.exists()
    assert list(tmp_path.glob("*.xlsx*")) == []


def test_unwritable_target_gives_a_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "x.xlsx"
    assert not window.exporter.export_to(target)
    box = window.exporter.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "无法导出" in box.text() and "x.xlsx" in box.text()
    box.close()


def test_export_does_not_touch_the_plan(qtbot, window: MainWindow, tmp_path: Path) -> None:
    before = PLAN_ONE.read_bytes()
    assert window.exporter.export_to(tmp_path / "a.xlsx")
    assert not window.isWindowModified()
    assert PLAN_ONE.read_bytes() == before
