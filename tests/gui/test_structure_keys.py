"""The structure page without a mouse: Delete in the new structure tree."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from reformdesk.domain.registry import EntityKind
from reformdesk.gui.document import Document
from reformdesk.gui.views.structure_view import StructurePage
from tests.gui.core_plans import small_plan


def _page(qtbot, read_only: bool = False) -> StructurePage:
    doc = Document(small_plan())
    doc.set_read_only(read_only)
    page = StructurePage(doc)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.new_tree.setFocus()
    return page


def test_delete_key_removes_the_selected_body_in_one_undo_step(qtbot) -> None:
    page = _page(qtbot)
    before = copy.deepcopy(page.doc.plan)
    page.new_tree.select_key(EntityKind.BODY, "b-service")
    qtbot.keyClick(page.new_tree, Qt.Key.Key_Delete)
    assert "b-service" not in page.doc.plan.bodies
    assert page.doc.plan.units["u-office"].body_id is None
    assert page.doc.undo_stack.undoText() == "删除职能机构 公共服务中心"
    page.doc.undo_stack.undo()
    assert page.doc.plan == before


def test_delete_key_on_a_unit_moves_it_back_to_unplaced_not_its_body(qtbot) -> None:
    page = _page(qtbot)
    page.new_tree.select_key(EntityKind.UNIT, "u-office")
    qtbot.keyClick(page.new_tree, Qt.Key.Key_Delete)
    assert "b-service" in page.doc.plan.bodies
    assert page.doc.plan.units["u-office"].body_id is None
    assert page.doc.plan.units["u-culture"].body_id == "b-service"
    assert page.doc.undo_stack.count() == 1


def test_delete_key_on_a_person_placed_on_their_own_lets_them_follow_their_unit(qtbot) -> None:
    page = _page(qtbot)
    page.new_tree.select_key(EntityKind.PERSON, "p-6")
    qtbot.keyClick(page.new_tree, Qt.Key.Key_Delete)
    assert page.doc.plan.people["p-6"].body_id is None
    assert page.doc.undo_stack.count() == 1


def test_delete_key_changes_nothing_when_read_only(qtbot) -> None:
    page = _page(qtbot, read_only=True)
    before = copy.deepcopy(page.doc.plan)
    page.new_tree.select_key(EntityKind.BODY, "b-service")
    qtbot.keyClick(page.new_tree, Qt.Key.Key_Delete)
    assert page.doc.plan == before
    assert page.doc.undo_stack.count() == 0


def test_insert_key_adds_a_body_ready_to_name(qtbot) -> None:
    page = _page(qtbot)
    before = set(page.doc.plan.bodies)
    qtbot.keyClick(page.new_tree, Qt.Key.Key_Insert)
    (added,) = set(page.doc.plan.bodies) - before
    assert page.doc.plan.bodies[added].name == "新职能机构"
    assert page.panel.name.hasFocus()
    page.doc.undo_stack.undo()
    assert set(page.doc.plan.bodies) == before


def test_shift_f10_asks_for_the_context_menu_at_the_current_row(qtbot) -> None:
    # Windows and WPS users open a context menu with Shift+F10 as with the Menu key; Qt maps only the
    # latter. (The menu itself is not popped up here: offscreen Qt cannot grab the keyboard for it.)
    page = _page(qtbot)
    for tree in (page.new_tree, page.old_tree):
        tree.customContextMenuRequested.disconnect(page._context_menu)
        tree.setFocus()
        tree.setCurrentIndex(tree.model().index(1, 0))
        with qtbot.waitSignal(tree.customContextMenuRequested) as asked:
            qtbot.keyClick(tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        assert asked.args[0] == tree.visualRect(tree.currentIndex()).center()  # where the page opens its menu
        menu = page.build_context_menu(tree)  # what it opens there: the tree's own menu
        assert any(a.text() == "全部展开(&X)" for a in menu.actions())
        menu.deleteLater()


def test_a_page_on_its_own_keeps_its_toolbar_letters(qtbot) -> None:
    # The page makes its buttons press on their Alt letters itself, not the window that shows it.
    page = _page(qtbot)
    assert page.add_person_action.iconText() == "新增人员(&P)"
    assert page.add_body_action.iconText() == "新增职能机构(&B)"
