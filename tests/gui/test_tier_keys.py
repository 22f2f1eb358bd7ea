"""The tier page without a mouse: F2, a choice with the arrow keys, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from reformdesk.domain.model import Tier
from reformdesk.gui.document import Document
from reformdesk.gui.models.people_model import BodyListModel, PeopleModel
from reformdesk.gui.views.tier_view import TierPage
from tests.gui.core_plans import small_plan


def _page(qtbot) -> TierPage:
    plan = small_plan()
    plan.people["p-2"].tier_after = Tier.DEPUTY_IN_CHARGE  # a deputy to choose for a body
    page = TierPage(Document(plan))
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _choose_next(qtbot, view, index) -> None:
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    assert editor.count() > 1
    last = editor.currentIndex() == editor.count() - 1
    qtbot.keyClick(editor, Qt.Key.Key_Up if last else Qt.Key.Key_Down)
    # Enter commits; with one delegate shared by two views the other view was
    # told to commit a foreign editor too (a Qt warning, which fails the test).
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # the delegate commits in a queued call


def test_people_table_cell_changes_by_keyboard_in_one_undo_step(qtbot) -> None:
    page = _page(qtbot)
    model = page.people_model
    row = next(r for r in range(model.rowCount()) if model.index(r, PeopleModel.NAME).data() == "李娜")
    before = model.index(row, PeopleModel.TIER_AFTER).data()
    _choose_next(qtbot, page.people_view, model.index(row, PeopleModel.TIER_AFTER))
    assert model.index(row, PeopleModel.TIER_AFTER).data() != before
    assert page.doc.undo_stack.count() == 1


def test_body_deputy_changes_by_keyboard(qtbot) -> None:
    page = _page(qtbot)
    _choose_next(qtbot, page.body_view, page.body_model.index(0, BodyListModel.DEPUTY))
    assert page.doc.undo_stack.count() == 1
    assert page.doc.plan.bodies["b-service"].deputy_id is not None
