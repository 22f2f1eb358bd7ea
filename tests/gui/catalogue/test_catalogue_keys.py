"""The catalogue window from the keyboard: unique accelerators and shortcuts per page, Tab order, pages by Ctrl+N."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from reformdesk.gui.catalogue.window import CatalogueWindow, open_window
from tests.conftest import SAMPLES
from tests.gui.catalogue.test_catalogue_window import _discard

_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> CatalogueWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(SAMPLES / "datong_catalogue.rdcatalog", path)
    w = open_window(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    qtbot.waitExposed(w)
    return w


def _mnemonics(window: CatalogueWindow) -> list[str]:
    """Alt+letter accelerators active in the window: menu titles, visible buttons and labels with a buddy."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lb.text() for lb in window.findChildren(QLabel) if lb.isVisible() and lb.buddy() is not None]
    return [m.group(1).lower() for t in texts for m in [_MNEMONIC.search(t)] if m]


def _shortcuts(window: CatalogueWindow, page: object) -> list[str]:
    actions = [a for a in window.actions() if isinstance(a, QAction)]
    actions += [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    actions = [
        a for a in dict.fromkeys(actions) if a.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut
    ]
    actions += list(getattr(page, "menu_actions", []))
    return [s.toString() for a in dict.fromkeys(actions) for s in a.shortcuts() if not s.isEmpty()]


def test_accelerators_and_shortcuts_do_not_clash_on_any_page(window: CatalogueWindow) -> None:
    window.files.import_reference(SAMPLES / "qinghai_reference.xlsx")  # the full 三级四同 page
    for name in window.pages:
        page = window.show_page(name)
        QApplication.processEvents()
        letters = _mnemonics(window)
        assert letters and not [k for k, n in Counter(letters).items() if n > 1], (name, sorted(letters))
        keys = _shortcuts(window, page)
        assert not [k for k, n in Counter(keys).items() if n > 1], (name, sorted(keys))


def test_pages_by_ctrl_number_and_tab_order_of_the_list_page(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["list"]
    window.activateWindow()
    page.subjects.setFocus()
    qtbot.keyClick(page.subjects, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.pages["conformity"]
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is page
    page.subjects.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.add_subject_button, page.filter_box, page.type_box, page.tree, page.problems]
    # Ctrl+F from anywhere on the page goes to the filter box.
    qtbot.keyClick(page.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter_box


def test_right_click_menus_offer_the_page_actions(window: CatalogueWindow) -> None:
    page, conformity = window.pages["list"], window.pages["conformity"]
    assert page.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert page.edit_action in page.tree.actions() and page.delete_action in page.tree.actions()
    assert page.edit_subject_action in page.subjects.actions()
    assert conformity.adopt_action in conformity.table.actions()
    assert conformity.add_missing_action in conformity.missing.actions()


def test_tool_buttons_keep_their_accelerator_and_alt_presses_them(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The page buttons read 全部采用参照值(H), 新增事项(N) …, but QToolButton drops the action's & and
    # Alt+H did nothing (nor did the uniqueness check above see those letters, so 删除(D) hid
    # beside the 动态调整(D) menu).
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QToolButton

    window.files.import_reference(SAMPLES / "qinghai_reference.xlsx")
    for name in window.pages:
        window.show_page(name)
        QApplication.processEvents()
        for button in window.findChildren(QToolButton):
            action = button.defaultAction()
            if button.isVisible() and action is not None and _MNEMONIC.search(action.text()):
                assert _MNEMONIC.search(button.text()), (name, action.text(), button.text())
    page = window.show_page("conformity")
    window.activateWindow()
    qtbot.waitActive(window)
    page.filter_box.setFocus()
    assert window.doc.conformity().mismatches  # type: ignore[union-attr]
    QTest.keyClick(page.filter_box, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.doc.undo_stack.count() == 1)  # the button's animated click
    assert window.doc.conformity().mismatches == []  # type: ignore[union-attr]


def test_every_button_of_the_yearly_pages_has_an_accelerator(window: CatalogueWindow) -> None:
    # 与上一版本比较…, 导出年度动态调整表…, 删除记录, 新建年度版本… and the 审批事项目录 page's two had
    # none: from the keyboard only Tab reached them (the clash check above keeps the letters apart).
    from PySide6.QtWidgets import QPushButton

    for name in ("adjustments", "approvals"):
        page = window.show_page(name)
        QApplication.processEvents()
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
        assert buttons and all(_MNEMONIC.search(b.text()) for b in buttons), [b.text() for b in buttons]
