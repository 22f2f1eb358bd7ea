"""The compare window on the two sample plans: differences shown, filters,
selection that follows between the trees, adoption as one undo step, export."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.comparison import Action, compare
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.compare_actions import open_compare, open_compare_file
from reformdesk.gui.document import Document
from reformdesk.gui.models.compare_tree_model import SIDE_A, SIDE_B, SIDE_COLUMNS
from reformdesk.gui.models.diff_model import DifferenceRole
from reformdesk.gui.models.labels import difference_label
from reformdesk.gui.views.compare_view import CompareWindow
from reformdesk.store.plan_store import PlanLocation
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE, PLAN_TWO
from tests.gui.windows import discard_changes


@pytest.fixture(scope="module")
def plans() -> tuple[Plan, Plan]:
    return open_plan(PLAN_ONE), open_plan(PLAN_TWO)


@pytest.fixture
def window(qtbot, plans) -> CompareWindow:
    a, b = plans
    doc = Document(copy.deepcopy(a), PLAN_ONE)
    win = CompareWindow(doc, b, PlanLocation.file(PLAN_TWO))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _select_diffs(win: CompareWindow, rows: list[int]) -> None:
    sel = win.diff_view.selectionModel()
    sel.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        sel.select(win.diff_model.index(row, 0), flags)


def test_window_shows_every_difference_and_the_matching(window, plans) -> None:
    a, b = plans
    expected = compare(a, b)
    assert window.diff_model.rowCount() == len(expected.differences) > 0
    shown = {window.diff_model.difference(r).ident for r in range(window.diff_model.rowCount())}
    assert shown == {d.ident for d in expected.differences}
    assert "按标识匹配（备选方案）" in window.title_label.text()  # 方案二 is an alternative of 方案一
    assert f"共 {len(expected.differences)} 项差异" in window.summary_label.text()
    assert window.figures_model.rowCount() == len(expected.figures)
    assert window.count_label.text() == f"显示 {len(expected.differences)} / {len(expected.differences)} 项"


def test_filters_by_kind_action_and_text(window) -> None:
    window.kind_combo.setCurrentIndex(window.kind_combo.findData(EntityKind.UNIT))
    window.action_combo.setCurrentIndex(window.action_combo.findData(Action.MOVED))
    rows = [window.diff_model.difference(r) for r in range(window.diff_model.rowCount())]
    assert len(rows) == 3
    assert all(d.kind is EntityKind.UNIT and d.action is Action.MOVED for d in rows)
    window.filter_edit.setText("综治办")
    assert [window.diff_model.difference(r).key for r in range(window.diff_model.rowCount())] == ["综治办"]
    assert window.count_label.text().startswith("显示 1 /")
    window.kind_combo.setCurrentIndex(0)
    window.action_combo.setCurrentIndex(0)
    window.filter_edit.clear()
    assert window.diff_model.rowCount() == window.diff_model.total()


def test_selection_and_scrolling_follow_between_trees(window, qtbot) -> None:
    left, right = window.left_tree, window.right_tree
    model = window.tree_model
    body = model.index(1, 0)  # a body row: the same body on both sides
    left.selectionModel().select(
        body, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert right.selectionModel().isSelected(body.siblingAtColumn(SIDE_COLUMNS))
    node = model.node(body)
    assert node.a_id is not None and node.b_id is not None
    # Expanding or collapsing one tree does the same in the other.
    left.collapse(body)
    assert not right.isExpanded(body)
    right.expand(body)
    assert left.isExpanded(body)
    # Scrolling one scrolls the other.
    left.expandAll()
    window.resize(900, 500)
    qtbot.waitUntil(lambda: left.verticalScrollBar().maximum() > 0)
    left.verticalScrollBar().setValue(left.verticalScrollBar().maximum())
    assert right.verticalScrollBar().value() == left.verticalScrollBar().value() > 0
    right.verticalScrollBar().setValue(0)
    assert left.verticalScrollBar().value() == 0


def _moved_unit(win: CompareWindow) -> int:
    """The row of the first difference that moves a unit."""
    model = win.diff_model
    return next(
        r
        for r in range(model.rowCount())
        if model.difference(r).kind is EntityKind.UNIT and model.difference(r).action is Action.MOVED
    )


def test_selecting_a_difference_shows_it_in_both_plans(window) -> None:
    row = _moved_unit(window)
    d = window.diff_model.difference(row)
    window.diff_view.selectRow(row)
    model = window.tree_model
    selected = window.tree_selection.selectedRows()
    ids = {(model.node(i).a_id, model.node(i).b_id) for i in selected}
    assert ids == {(d.a_id, None), (None, d.b_id)}  # where it was in A, where it is in B
    assert window.left_tree.isExpanded(model.index_of(EntityKind.UNIT, SIDE_A, d.a_id).parent())
    assert window.right_tree.isExpanded(model.index_of(EntityKind.UNIT, SIDE_B, d.b_id).parent())
    assert d.label in window.detail_label.text()
    # A power: its receiving body in each plan, and its details in the side panel.
    prow = next(
        r for r in range(window.diff_model.rowCount()) if window.diff_model.difference(r).kind is EntityKind.POWER
    )
    window.diff_view.selectRow(prow)
    power = window.diff_model.difference(prow)
    assert window.tree_selection.selectedRows()
    assert "承接机构" in window.detail_label.text()
    assert window.diff_model.index(prow, 0).data(DifferenceRole) == power


def test_a_large_tree_opens_folded_and_a_difference_unfolds_its_place(qtbot, plans, monkeypatch) -> None:
    """The trees open with the bodies showing their units where that stays within the rows a
    tree lays out at once (tree_expansion); beyond it folded, and a selected difference still
    opens the rows that hold it."""
    from reformdesk.gui.views import tree_expansion

    a, b = plans
    opened = []
    default = tree_expansion.OPEN_EXPANDED_ROWS
    for limit in (default, 10):
        monkeypatch.setattr(tree_expansion, "OPEN_EXPANDED_ROWS", limit)
        win = CompareWindow(Document(copy.deepcopy(a), PLAN_ONE), b, PlanLocation.file(PLAN_TWO))
        qtbot.addWidget(win)
        model = win.tree_model
        counts = model.rows_by_depth()
        tops = [model.index(r, 0) for r in range(model.rowCount())]
        assert len(tops) == counts[0]
        opened.append([win.left_tree.isExpanded(i) for i in tops if model.rowCount(i)])
        assert [win.right_tree.isExpanded(i) for i in tops if model.rowCount(i)] == opened[-1]
        if limit == 10:
            row = _moved_unit(win)
            d = win.diff_model.difference(row)
            win.diff_view.selectRow(row)
            assert win.left_tree.isExpanded(model.index_of(EntityKind.UNIT, SIDE_A, d.a_id).parent())
            assert win.right_tree.isExpanded(model.index_of(EntityKind.UNIT, SIDE_B, d.b_id).parent())
        win.close()
    assert counts[0] + counts[1] <= default
    assert all(opened[0]) and not any(opened[1])  # the sample's bodies open; folded past 10 rows


def test_adopt_is_one_undo_step_and_refreshes(window, qtbot) -> None:
    doc = window.doc
    moved = [
        r
        for r in range(window.diff_model.rowCount())
        if window.diff_model.difference(r).action is Action.MOVED
        and window.diff_model.difference(r).kind is EntityKind.UNIT
    ]
    chosen = [window.diff_model.difference(r) for r in moved]
    before = window.diff_model.total()
    assert not window.adopt_action.isEnabled()
    _select_diffs(window, moved)
    assert window.adopt_action.isEnabled()
    with qtbot.waitSignal(window.comparisonUpdated):
        window.adopt_action.trigger()
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "采纳 3 项差异"
    idents = {d.ident for d in window.comparison.differences}
    assert not idents & {d.ident for d in chosen}
    assert window.diff_model.total() < before
    # Undo (from the main window's Edit menu): the comparison refreshes by itself.
    with qtbot.waitSignal(window.comparisonUpdated, timeout=2000):
        doc.undo_stack.undo()
    assert {d.ident for d in chosen} <= {d.ident for d in window.comparison.differences}
    assert window.diff_model.total() == before
    with qtbot.waitSignal(window.comparisonUpdated, timeout=2000):
        doc.undo_stack.redo()
    assert window.diff_model.total() == before - len(chosen)


def test_adopt_everything_leaves_no_difference(window, qtbot) -> None:
    window.diff_view.selectAll()
    with qtbot.waitSignal(window.comparisonUpdated):
        window.adopt_selected()
    assert window.comparison.same
    assert window.summary_label.text() == "两个方案没有差异。"
    assert window.doc.undo_stack.count() == 1


def test_read_only_document_cannot_adopt(window) -> None:
    window.doc.set_read_only(True, "只读打开")
    window.diff_view.selectRow(0)
    assert not window.adopt_action.isEnabled()
    window.adopt_selected()
    assert window.doc.undo_stack.count() == 0


def test_export_writes_workbook(window, tmp_path: Path) -> None:
    path = tmp_path / "比较.xlsx"
    assert window.export_to(path)
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["关键数据", "差异明细"]
    wb.close()
    dialog = window.ask_export()
    assert isinstance(dialog, QFileDialog)
    dialog.reject()


def test_export_failure_is_reported_without_blocking(window, tmp_path: Path, qtbot) -> None:
    assert not window.export_to(tmp_path / "missing" / "x.xlsx")
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "无法写入" in boxes[0].text()
    boxes[0].accept()


def test_open_compare_asks_for_plan_b_and_opens_window(qtbot, tmp_path: Path, plans) -> None:
    main = QMainWindow()
    qtbot.addWidget(main, before_close_func=discard_changes)
    doc = Document(open_plan(PLAN_ONE), PLAN_ONE)
    dialog = open_compare(main, doc)
    assert dialog.isVisible()
    path = Path(shutil.copy(PLAN_TWO, tmp_path / PLAN_TWO.name))
    dialog.fileSelected.emit(str(path))
    dialog.reject()
    windows = main.findChildren(CompareWindow)
    assert len(windows) == 1 and windows[0].isVisible()
    assert windows[0].right_path == path
    windows[0].close()
    # A file that is not a plan: a message, no window.
    bad = tmp_path / "bad.rdplan"
    bad.write_bytes(b"not a plan")
    assert open_compare_file(main, doc, bad) is None
    assert any(box.isVisible() for box in main.findChildren(QMessageBox))


def test_refresh_after_edit_of_left_plan_is_debounced(window, qtbot) -> None:
    from reformdesk.domain.registry import EntityKind

    doc = window.doc
    body = next(iter(doc.plan.bodies.values()))
    before = window.diff_model.total()
    with qtbot.waitSignal(window.comparisonUpdated, timeout=2000):
        edits.push(
            doc, ChangeSet().set(EntityKind.BODY, {body.id: {"authorized_posts": body.authorized_posts + 5}}), "改编制"
        )
        edits.push(
            doc, ChangeSet().set(EntityKind.BODY, {body.id: {"leadership_posts": body.leadership_posts + 1}}), "改职数"
        )
        assert window.stale
    assert not window.stale
    changed = {(d.field, d.a_value) for d in window.comparison.differences if d.a_id == body.id}
    assert ("authorized_posts", str(body.authorized_posts)) in changed
    assert ("leadership_posts", str(body.leadership_posts)) in changed
    assert window.diff_model.total() > before


def test_opened_from_plan_two_the_labels_name_the_real_plans(qtbot, plans) -> None:
    """方案二 open, compared with 方案一: the left columns and adopting are 方案二's."""
    a, b = plans
    doc = Document(copy.deepcopy(b), PLAN_TWO)
    win = CompareWindow(doc, a, PlanLocation.file(PLAN_ONE))
    qtbot.addWidget(win)
    from reformdesk.gui.models.diff_model import COL_A, COL_B

    assert (
        win.diff_model.headerData(COL_A, Qt.Orientation.Horizontal),
        win.diff_model.headerData(COL_B, Qt.Orientation.Horizontal),
    ) == ("方案二", "方案一")
    figures = win.figures_model
    assert [figures.headerData(c, Qt.Orientation.Horizontal) for c in (figures.COL_A, figures.COL_B)] == [
        "方案二",
        "方案一",
    ]
    assert win.adopt_action.text() == "采纳到当前方案（方案二）"
    assert "按方案一改入当前方案（方案二）" in win.adopt_action.toolTip()
    row = next(r for r in range(win.diff_model.rowCount()) if win.diff_model.difference(r).kind is not EntityKind.POWER)
    _select_diffs(win, [row])
    d = win.diff_model.difference(row)
    lines = win.detail_label.text().splitlines()
    assert lines[1] == f"方案二：{d.a_value or '—'}" and lines[2] == f"方案一：{d.b_value or '—'}"


def _moved_units(win: CompareWindow) -> list[int]:
    return [
        r
        for r in range(win.diff_model.rowCount())
        if win.diff_model.difference(r).action is Action.MOVED and win.diff_model.difference(r).kind is EntityKind.UNIT
    ]


def test_undo_and_redo_name_this_windows_adoptions_not_the_main_plans_edits(window, qtbot) -> None:
    doc = window.doc
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "撤销"
    # An edit made in the main window: not this window's to undo or redo, nor to name.
    edits.rename_body(doc, next(iter(doc.plan.bodies)), "主窗口改的名称")
    doc.undo_stack.undo()
    assert doc.undo_stack.canRedo()
    assert window.redo_action.text() == "重做" and not window.redo_action.isEnabled()
    with qtbot.waitSignal(window.comparisonUpdated, timeout=2000):
        doc.undo_stack.redo()
    assert not window.undo_action.isEnabled() and "主窗口" in window.undo_action.toolTip()
    _select_diffs(window, _moved_units(window))
    with qtbot.waitSignal(window.comparisonUpdated):
        window.adopt_action.trigger()
    assert window.undo_action.isEnabled() and window.undo_action.text() == "撤销 采纳 3 项差异"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.diff_view.setFocus()
    with qtbot.waitSignal(window.comparisonUpdated, timeout=2000):
        qtbot.keyClick(window.diff_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.undo_stack.undoText() == "重命名 " + doc.undo_stack.undoText().split(" ", 1)[1]  # the main edit is next
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled() and window.redo_action.text() == "重做 采纳 3 项差异"
    with qtbot.waitSignal(window.comparisonUpdated, timeout=2000):
        qtbot.keyClick(window.diff_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert doc.undo_stack.undoText() == "采纳 3 项差异"
    doc.undo_stack.undo()
    edits.rename_body(doc, next(iter(doc.plan.bodies)), "又改了名称")  # the redo of the adoption is gone
    assert not window.redo_action.isEnabled() and window.redo_action.text() == "重做"


def test_escape_clears_the_filter_first_then_closes_the_window(qtbot, plans) -> None:
    a, b = plans
    doc = Document(copy.deepcopy(a), PLAN_ONE)
    win = CompareWindow(doc, b, PlanLocation.file(PLAN_TWO))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.focus_search()
    qtbot.keyClicks(win.filter_edit, "QT0")
    qtbot.keyClick(win.filter_edit, Qt.Key.Key_Escape)
    assert win.filter_edit.text() == "" and win.isVisible()
    win.diff_view.setFocus()
    qtbot.keyClick(win.diff_view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isVisible())


def test_ctrl_enter_adopts_and_the_cursor_stays_on_the_row(window, qtbot) -> None:
    """As a row deleted in a sheet leaves the cursor where it was: the difference that moves up
    into the adopted one's row has the cursor (nothing selected, so a second Ctrl+Enter adopts
    nothing by mistake), and Space selects it from the keyboard."""
    model = window.diff_model
    before = model.total()
    row = 2
    following = model.difference(row + 1)
    window.diff_view.setFocus()
    window.diff_view.selectRow(row)
    with qtbot.waitSignal(window.comparisonUpdated, timeout=2000):
        QTest.keyClick(window.diff_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert model.total() == before - 1
    qtbot.waitUntil(lambda: window.diff_view.currentIndex().row() == row, timeout=2000)
    assert window.selected_differences() == []
    assert not window.adopt_action.isEnabled()
    QTest.keyClick(window.diff_view, Qt.Key.Key_Space)
    assert window.selected_differences() == [following]
    assert window.adopt_action.isEnabled()
    assert difference_label(following) in window.detail_label.text()


def test_the_detail_below_the_list_shows_values_in_the_uis_language(window, qapp) -> None:
    """The list showed "Staff → Section chief" in English; the detail under it read 干部 / 科室长."""
    from reformdesk.gui.app import install_translators, remove_translators

    model = window.diff_model
    row = next(r for r in range(model.rowCount()) if model.difference(r).field == "tier_after")
    translators = install_translators(qapp, "en")
    try:
        window.diff_view.selectRow(row)
        text = window.detail_label.text()
        assert "干部" not in text and "科室长" not in text
        assert "Staff" in text and "Section chief" in text
    finally:
        remove_translators(qapp, translators)
