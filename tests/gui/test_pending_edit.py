"""A field still being typed in is part of the plan for save, close, export and compare.

Ctrl+S (or closing) while the cursor is still in a field used to save the plan
without the typed value, and the save's refresh then wiped the field: the
edit was lost although the save reported success.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reformdesk.domain.registry import EntityKind
from reformdesk.gui.main_window import MainWindow
from reformdesk.store.planfile import open_plan
from tests.gui.core_plans import make_settings, saved_small_plan
from tests.gui.windows import discard_changes


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(win, before_close_func=discard_changes)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.files.shutdown()


def _body_name_typed(qtbot, window: MainWindow, text: str) -> None:
    page = window.pages[0]
    page.new_tree.select_key(EntityKind.BODY, "b-service")
    page.rename_action.trigger()  # F2: the cursor goes to the name field
    assert QApplication.focusWidget() is page.panel.name
    qtbot.keyClicks(page.panel.name, text)  # QTest types ASCII only


def test_ctrl_s_while_typing_a_body_name_saves_the_name(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = saved_small_plan(tmp_path)
    assert window.files.load(path)
    _body_name_typed(qtbot, window, "Service Hub")
    qtbot.keyClick(window.pages[0].panel.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert open_plan(path).bodies["b-service"].name == "Service Hub"
    assert window.doc.plan.bodies["b-service"].name == "Service Hub"
    assert window.pages[0].panel.name.text() == "Service Hub"
    assert not window.doc.modified
    assert QApplication.focusWidget() is window.pages[0].panel.name  # typing can go on


def test_ctrl_s_while_changing_posts_saves_the_posts(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = saved_small_plan(tmp_path)
    assert window.files.load(path)
    page = window.pages[0]
    page.new_tree.select_key(EntityKind.BODY, "b-service")
    page.panel.show_body("b-service")
    page.panel.posts.setFocus()
    qtbot.keyClick(page.panel.posts, Qt.Key.Key_Up)
    qtbot.keyClick(page.panel.posts, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert open_plan(path).bodies["b-service"].authorized_posts == 4
    assert page.panel.posts.value() == 4


def test_ctrl_s_with_a_table_editor_open_saves_its_text(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = saved_small_plan(tmp_path)
    assert window.files.load(path)
    page = window.pages[2]
    window.tabs.setCurrentWidget(page)
    index = page.model.index(0, 2)
    pid = page.model.power_id(0)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed power")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert open_plan(path).powers[pid].name == "Renamed power"
    assert QApplication.focusWidget() is page.table


def test_closing_while_typing_asks_to_save(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = saved_small_plan(tmp_path)
    assert window.files.load(path)
    _body_name_typed(qtbot, window, "Service Hub")
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.close()
    box: QMessageBox = shown.args[0]
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Save).click()
    assert not window.isVisible()
    assert open_plan(path).bodies["b-service"].name == "Service Hub"


def test_export_while_typing_exports_the_typed_name(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.files.load(saved_small_plan(tmp_path))
    _body_name_typed(qtbot, window, "Service Hub")
    window.exporter.file_chooser = lambda *_args: str(tmp_path / "out.xlsx")
    window.export_action.trigger()
    assert window.doc.plan.bodies["b-service"].name == "Service Hub"
    assert (tmp_path / "out.xlsx").exists()
