"""Alt letters beyond the main menus, in Chinese (新增人员(&P)…) and English (Add &person…): the
structure page's toolbar and its trees' context menus, 清除筛选, the 批量设置 check boxes, the labels
of 新建方案 (Alt moves to the field) and the save-changes question.  No two items one shows at a
time share a letter, nor take one of the menu bar's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from reformdesk.domain.registry import EntityKind
from reformdesk.gui.app import install_translators, remove_translators
from reformdesk.gui.dialogs.plan_info_dialog import PlanInfoDialog
from reformdesk.gui.dialogs.power_bulk_dialog import PowerBulkDialog
from reformdesk.gui.main_window import MainWindow
from tests.gui.core_plans import make_settings, saved_small_plan
from tests.gui.windows import discard_changes

_LETTER = re.compile(r"&([^&\s])")


def _letter(text: str) -> str:
    """The Alt letter of a text (新增人员(&P)… and Add &person… both give P; "" for none)."""
    found = _LETTER.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def _shown_letters(top: QWidget) -> list[str]:
    """The letters Alt presses in ``top`` now: its menu bar's titles, the buttons and buddied labels shown."""
    texts = [a.text() for a in top.menuBar().actions()] if hasattr(top, "menuBar") else []
    texts += [b.text() for b in top.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lb.text() for lb in top.findChildren(QLabel) if lb.isVisible() and lb.buddy() is not None]
    return [x for x in map(_letter, texts) if x]


def _clashes(letters: list[str]) -> list[str]:
    return sorted(k for k, n in Counter(letters).items() if n > 1)


def _activate(qtbot, top: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """Make ``top`` the active window (the offscreen platform leaves the last one active); its focus widget."""
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    return QApplication.focusWidget() or top


def _items(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator()]


@pytest.fixture(params=["zh", "en"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param) if request.param == "en" else []
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot, tmp_path: Path, language: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(w, before_close_func=discard_changes)
    w.show()
    qtbot.waitExposed(w)
    assert w.files.load(saved_small_plan(tmp_path))
    yield w
    w.files.shutdown()


def test_every_page_shows_letters_of_its_own(window: MainWindow) -> None:
    # The structure, tiers and powers pages (the 便民服务 page's 编辑事项(E)… still meets 编辑(E)).
    for index, page in enumerate(window.pages[:3]):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        letters = _shown_letters(window)
        assert not _clashes(letters), (page.objectName(), sorted(letters))


def test_structure_toolbar_buttons_have_letters_and_alt_presses_them(window: MainWindow, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    page = window.pages[0]
    window.tabs.setCurrentWidget(page)
    toolbar = page.findChild(QToolBar)
    buttons = [b for b in toolbar.findChildren(QToolButton) if b.defaultAction() in toolbar.actions()]
    texts = [b.text() for b in buttons]
    assert len(buttons) == 6 and all(map(_letter, texts)), texts
    assert not set(map(_letter, texts)) & set("FEVTH"), texts  # 文件(F) 编辑(E) 视图(V) 工具(T) 帮助(H)
    assert texts[1] == ("Add &person" if language == "en" else "新增人员(&P)")
    assert texts[2] == ("Import &roster" if language == "en" else "导入花名册(&R)")
    # Alt+P adds a person (its form opens), from anywhere on the page.
    _activate(qtbot, window)
    page.old_tree.setFocus()
    with qtbot.waitSignal(page.dialogOpened) as opened:
        QTest.keyClick(page.old_tree, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    opened.args[0].reject()


def test_structure_context_menus_have_letters_of_their_own(window: MainWindow) -> None:
    page = window.pages[0]
    window.tabs.setCurrentWidget(page)
    # Everything a menu can hold: a placed unit and a placed person (移回未并入, 随原科室安排) …
    page.old_tree.select_key(EntityKind.UNIT, "u-office")
    page.old_tree.selectionModel().select(
        page.old_model.index_for(EntityKind.PERSON, "p-6"),
        page.old_tree.selectionModel().SelectionFlag.Select | page.old_tree.selectionModel().SelectionFlag.Rows,
    )
    old = page.build_context_menu(page.old_tree)
    # … and a body (重命名, 删除职能机构).
    page.new_tree.select_key(EntityKind.BODY, "b-service")
    new = page.build_context_menu(page.new_tree)
    for menu, least in ((old, 9), (new, 5)):
        letters = [_letter(a.text()) for a in _items(menu)]
        assert len(letters) >= least and all(letters), [a.text() for a in _items(menu)]
        assert not _clashes(letters), [a.text() for a in _items(menu)]
        menu.deleteLater()


def test_clear_filters_has_its_letter(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.pages[2]
    window.tabs.setCurrentWidget(page)
    assert _letter(page.clear_button.text()) == "C"
    page.search_edit.setText("事项1")
    _activate(qtbot, window)
    page.search_edit.setFocus()
    QTest.keyClick(page.search_edit, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.search_edit.text() == "")


def test_bulk_dialog_check_boxes_have_letters(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PowerBulkDialog(window.doc, 2, window, power_ids=["w-1", "w-2"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    checks = [dialog.body_check, dialog.deadline_check, dialog.official_check, dialog.mode_check]
    assert all(_letter(c.text()) for c in checks), [c.text() for c in checks]
    assert not _clashes(_shown_letters(dialog)), _shown_letters(dialog)
    _activate(qtbot, dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # 承接时限(D) / &Deadline
    qtbot.waitUntil(dialog.deadline_check.isChecked)  # the button's animated click
    assert dialog.deadline_edit.isEnabled()
    dialog.reject()


def test_new_plan_labels_have_letters_that_move_to_their_fields(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.new_action.trigger()
    dialog: PlanInfoDialog = shown.args[0]
    qtbot.waitExposed(dialog)
    labels = [lb for lb in dialog.findChildren(QLabel) if lb.buddy() is not None]
    assert len(labels) == 7 and all(_letter(lb.text()) for lb in labels), [lb.text() for lb in labels]
    radios = [dialog.empty_radio, dialog.qiaotou_radio, dialog.other_radio, dialog.other_button]
    assert all(_letter(r.text()) for r in radios), [r.text() for r in radios]
    assert not _clashes(_shown_letters(dialog)), _shown_letters(dialog)
    _activate(qtbot, dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # 乡镇(T) / &Town
    assert QApplication.focusWidget() is dialog.town_edit
    label = next(lb for lb in labels if lb.buddy() is dialog.date_edit)
    QTest.keyClick(
        QApplication.focusWidget(), getattr(Qt.Key, f"Key_{_letter(label.text())}"), Qt.KeyboardModifier.AltModifier
    )
    assert QApplication.focusWidget() in (dialog.date_edit, *dialog.date_edit.findChildren(QWidget))
    dialog.reject()


def test_save_question_buttons_have_letters(window: MainWindow, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    window.pages[0].add_body()
    assert window.doc.modified
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.files.maybe_save(lambda: None)
    box: QMessageBox = shown.args[0]
    button = QMessageBox.StandardButton
    texts = [box.button(b).text() for b in (button.Save, button.Discard, button.Cancel)]
    assert texts == (
        ["&Save", "Do&n't save", "&Cancel"] if language == "en" else ["保存(&S)", "不保存(&N)", "取消(&C)"]
    )
    assert not _clashes(_shown_letters(box))
    # Alt+N answers 不保存: the plan stays as it is, nothing saved.
    _activate(qtbot, box)
    with qtbot.waitSignal(box.finished):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert window.doc.modified
