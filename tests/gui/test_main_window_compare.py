"""File → 比较方案… in the main window: the compare window on the window's own
document, adoption undone from the main window's Edit menu, and what happens
to an open compare window when another plan is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog

from reformdesk.domain.comparison import Action, compare
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.views.compare_view import CompareWindow
from reformdesk.store.planfile import open_plan
from tests.gui.core_plans import make_settings, saved_small_plan
from tests.gui.windows import discard_changes


@pytest.fixture
def window(qtbot, tmp_path: Path, plan_one_path: Path) -> MainWindow:
    win = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(win, before_close_func=discard_changes)
    win.show()
    assert win.files.load(plan_one_path)
    yield win
    win.files.shutdown()


def _compare_with(qtbot, window: MainWindow, path: Path) -> CompareWindow:
    """Trigger File → 比较方案…, answer the file dialog with ``path``."""
    window.compare_action.trigger()
    dialogs = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    assert dialog.directory().absolutePath() == str(window.doc.path.parent)  # starts beside plan A
    dialog.fileSelected.emit(str(path))
    dialog.reject()
    shown = window.compare_windows()
    assert len(shown) == 1
    compare_window = shown[0]
    qtbot.waitExposed(compare_window)
    return compare_window


def test_compare_action_is_in_the_file_menu(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.compare_action in file_menu.actions()
    assert window.compare_action.text() == "比较方案(&M)…"
    assert window.compare_action.shortcut().toString() == "Ctrl+Shift+C"


def test_compare_opens_on_the_current_document_and_adoption_undoes_from_main_window(
    qtbot, window: MainWindow, plan_two_path: Path
) -> None:
    compare_window = _compare_with(qtbot, window, plan_two_path)
    assert compare_window.doc is window.doc
    assert compare_window.right_path == plan_two_path
    expected = compare(window.doc.plan, open_plan(plan_two_path))
    assert compare_window.diff_model.total() == len(expected.differences) > 0
    name_a, name_b = window.doc.plan.info.name, compare_window.right_plan.info.name
    assert name_a != name_b
    assert compare_window.windowTitle() == f"比较方案 — {name_a} / {name_b}"

    moved = [
        r
        for r in range(compare_window.diff_model.rowCount())
        if compare_window.diff_model.difference(r).kind is EntityKind.UNIT
        and compare_window.diff_model.difference(r).action is Action.MOVED
    ]
    assert moved
    selection = compare_window.diff_view.selectionModel()
    for row in moved:
        selection.select(
            compare_window.diff_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    units_before = {uid: u.body_id for uid, u in window.doc.plan.units.items()}
    with qtbot.waitSignal(compare_window.comparisonUpdated):
        compare_window.adopt_action.trigger()
    assert compare_window.diff_model.total() == len(expected.differences) - len(moved)
    assert window.isWindowModified()
    assert window.undo_action.text() == f"撤销 采纳 {len(moved)} 项差异"
    assert {uid: u.body_id for uid, u in window.doc.plan.units.items()} != units_before

    # Undo from the main window's Edit menu: the plan and the comparison come back.
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.undo_action in edit_menu.actions()
    with qtbot.waitSignal(compare_window.comparisonUpdated, timeout=2000):
        window.undo_action.trigger()
    assert {uid: u.body_id for uid, u in window.doc.plan.units.items()} == units_before
    assert compare_window.diff_model.total() == len(expected.differences)
    assert not window.isWindowModified()


def test_opening_another_plan_closes_the_compare_window(
    qtbot, window: MainWindow, plan_two_path: Path, tmp_path: Path
) -> None:
    compare_window = _compare_with(qtbot, window, plan_two_path)
    assert compare_window.isVisible()
    other = saved_small_plan(tmp_path)
    with qtbot.waitSignal(compare_window.destroyed, timeout=2000):
        assert window.files.load(other)
    assert window.compare_windows() == []
    assert window.doc.plan.info.name == "测试方案"
    # The main window goes on working on the new plan, and can compare again.
    again = _compare_with(qtbot, window, plan_two_path)
    assert again.doc.plan is window.doc.plan
    assert again.diff_model.total() > 0


def test_saving_under_another_name_keeps_the_compare_window(
    qtbot, window: MainWindow, plan_two_path: Path, tmp_path: Path
) -> None:
    compare_window = _compare_with(qtbot, window, plan_two_path)
    target = tmp_path / "renamed.rdplan"
    with qtbot.waitSignal(compare_window.comparisonUpdated, timeout=2000):
        assert window.files.save_to(target)
    assert compare_window.isVisible()
    assert str(target) in compare_window.title_label.text()
