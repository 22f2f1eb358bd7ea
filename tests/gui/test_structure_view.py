"""The structure page: real drag and drop events on the view, keyboard move, properties panel."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reformdesk.domain.model import Tier
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.document import Document
from reformdesk.gui.mime import UNITS_MIME, encode_ids
from reformdesk.gui.views.structure_view import StructurePage
from reformdesk.gui.views.tree_expansion import OPEN_EXPANDED_ROWS
from reformdesk.samples.synthetic import generate_plan
from reformdesk.store.planfile import open_plan
from tests.conftest import SAMPLES
from tests.gui.core_plans import small_plan
from tests.gui.typing_keys import type_text


def _page(qtbot) -> StructurePage:
    page = StructurePage(Document(small_plan()))
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _drag(view, mime: QMimeData, pos: QPoint) -> tuple[bool, bool]:
    """Send enter, move and (if accepted) drop to the view's viewport, as QDrag.exec would.

    Returns (move accepted, drop accepted).  Follows orange-canvas-core's test
    helper: synthetic events need no real mouse and no blocking QDrag.exec.
    """
    viewport = view.viewport()
    action = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(pos, action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos, action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    if not (enter.isAccepted() and move.isAccepted()):
        return False, False
    drop = QDropEvent(QPointF(pos), action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return True, drop.isAccepted()


def test_drag_unit_onto_body_row_on_the_real_view(qtbot) -> None:
    page = _page(qtbot)
    doc = page.doc
    before = copy.deepcopy(doc.plan)
    view = page.new_tree
    target = page.new_model.index_for(EntityKind.BODY, "b-finance")
    pos = view.visualRect(target).center()
    moved, dropped = _drag(view, encode_ids(UNITS_MIME, ["u-farm"]), pos)
    assert moved and dropped
    assert doc.plan.units["u-farm"].body_id == "b-finance"
    assert doc.undo_stack.undoText() == "将 农牧站 并入 财政管理所"
    doc.undo_stack.undo()
    assert doc.plan == before


def test_invalid_drops_are_refused_on_the_real_view(qtbot) -> None:
    page = _page(qtbot)
    view = page.new_tree
    # Below the last row: no body there.
    empty = QPoint(20, view.viewport().height() - 5)
    assert not view.indexAt(empty).isValid()
    assert _drag(view, encode_ids(UNITS_MIME, ["u-farm"]), empty) == (False, False)
    # A unit onto the body it is already in: nothing would change, refused.
    target = page.new_model.index_for(EntityKind.BODY, "b-service")
    assert _drag(view, encode_ids(UNITS_MIME, ["u-office"]), view.visualRect(target).center()) == (False, False)
    # Foreign data: refused.
    foreign = QMimeData()
    foreign.setText("党政办")
    assert _drag(view, foreign, view.visualRect(target).center()) == (False, False)
    assert page.doc.undo_stack.count() == 0


def test_drag_from_old_tree_starts_from_selection(qtbot) -> None:
    page = _page(qtbot)
    view = page.old_tree
    view.select_key(EntityKind.UNIT, "u-farm")
    indexes = view.selectionModel().selectedIndexes()
    mime = page.old_model.mimeData(indexes)
    assert mime is not None and mime.hasFormat(UNITS_MIME)
    target = page.new_model.index_for(EntityKind.BODY, "b-service")
    assert _drag(page.new_tree, mime, page.new_tree.visualRect(target).center()) == (True, True)
    assert page.doc.plan.units["u-farm"].body_id == "b-service"


def test_keyboard_move_asks_for_the_body(qtbot) -> None:
    page = _page(qtbot)
    page.old_tree.setFocus()
    page.old_tree.select_key(EntityKind.UNIT, "u-farm")
    with qtbot.waitSignal(page.dialogOpened) as blocker:
        page.move_action.trigger()
    dialog = blocker.args[0]
    assert dialog.isVisible()
    dialog.choose("b-service")
    dialog.accept()
    assert page.doc.plan.units["u-farm"].body_id == "b-service"
    assert page.doc.undo_stack.undoText() == "将 农牧站 并入 公共服务中心"


def test_keyboard_move_cancelled_changes_nothing(qtbot) -> None:
    page = _page(qtbot)
    page.new_tree.setFocus()
    page.new_tree.select_key(EntityKind.UNIT, "u-office")
    dialog = page.ask_move()
    assert dialog is not None
    dialog.reject()
    assert page.doc.undo_stack.count() == 0


def test_context_menu_offers_moves_and_body_actions(qtbot) -> None:
    page = _page(qtbot)
    page.new_tree.select_key(EntityKind.BODY, "b-service")
    menu = page.build_context_menu(page.new_tree)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["新增职能机构(&B)", "重命名职能机构(&R)", "删除职能机构(&D)", "全部展开(&X)", "全部折叠(&C)"]
    page.old_tree.select_key(EntityKind.UNIT, "u-office")
    menu = page.build_context_menu(page.old_tree)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "移入职能机构(&M)…",
        "移回未并入(&N)",
        "新增原科室站所(&U)…",
        "新增人员(&P)…",
        "编辑(&E)…",
        "删除原科室站所或人员(&D)",
        "全部展开(&X)",
        "全部折叠(&C)",
    ]


def test_properties_panel_edits_are_undoable(qtbot) -> None:
    page = _page(qtbot)
    doc = page.doc
    before = copy.deepcopy(doc.plan)
    page.new_tree.select_key(EntityKind.BODY, "b-finance")
    panel = page.panel
    assert panel.body_id == "b-finance"
    assert panel.name.text() == "财政管理所"
    panel.name.setText("财政管理中心")
    panel.name.editingFinished.emit()
    panel.posts.setValue(9)
    panel.posts.editingFinished.emit()
    panel.leaders.setValue(2)
    panel.leaders.editingFinished.emit()
    panel.add_site()
    assert doc.plan.bodies["b-finance"].sites == ["新场所"]
    panel.sites.item(0).setText("镇政府一楼")  # an in-place edit of the list
    assert doc.plan.bodies["b-finance"].sites == ["镇政府一楼"]
    body = doc.plan.bodies["b-finance"]
    assert (body.name, body.authorized_posts, body.leadership_posts) == ("财政管理中心", 9, 2)
    assert doc.undo_stack.undoText() == "修改 财政管理中心 的办公地点"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan == before
    assert panel.name.text() == "财政管理所"  # the panel follows undo


def test_add_and_remove_body_from_the_page(qtbot) -> None:
    page = _page(qtbot)
    doc = page.doc
    new_id = page.add_body()
    assert new_id in doc.plan.bodies and doc.plan.bodies[new_id].name == "新职能机构"
    page.new_tree.select_key(EntityKind.BODY, "b-service")
    page.remove_bodies()
    assert "b-service" not in doc.plan.bodies
    assert doc.plan.units["u-office"].body_id is None


def _expanded_rows(tree, parent: QModelIndex | None = None) -> int:
    """The rows a tree shows: its top rows and, below each expanded row, its shown rows."""
    model = tree.model()
    parent = QModelIndex() if parent is None else parent
    shown = 0
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        shown += 1
        if tree.isExpanded(index):
            shown += _expanded_rows(tree, index)
    return shown


def test_a_town_opens_wholly_expanded_and_a_large_plan_within_its_rows(qtbot) -> None:
    page = _page(qtbot)
    for tree in (page.old_tree, page.new_tree):
        assert _expanded_rows(tree) == sum(tree.model().rows_by_depth())  # every row shown
    # A county-sized plan: its units with their people are more rows than open expanded.
    plan = generate_plan(powers=4000, units=1200, people=2500)
    big = StructurePage(Document(plan))
    qtbot.addWidget(big)
    big.resize(1200, 600)
    big.show()
    qtbot.waitExposed(big)
    old_counts = big.old_tree.model().rows_by_depth()
    new_counts = big.new_tree.model().rows_by_depth()
    assert old_counts[0] + old_counts[1] > OPEN_EXPANDED_ROWS  # units with their people: too many
    assert _expanded_rows(big.old_tree) == old_counts[0]  # the units, folded
    assert new_counts[0] + new_counts[1] <= OPEN_EXPANDED_ROWS < sum(new_counts[:3])
    assert _expanded_rows(big.new_tree) == new_counts[0] + new_counts[1]  # bodies open on their units
    # The context menu unfolds and folds a whole tree.
    menu = big.build_context_menu(big.old_tree)
    next(a for a in menu.actions() if a.text() == "全部展开(&X)").trigger()
    assert _expanded_rows(big.old_tree) == sum(old_counts)
    next(a for a in menu.actions() if a.text() == "全部折叠(&C)").trigger()
    assert _expanded_rows(big.old_tree) == old_counts[0]
    menu.deleteLater()


def test_rows_added_to_a_town_open_as_the_rest_of_its_tree(qtbot) -> None:
    """A roster imported into an open town plan (units with their people) shows them expanded,
    as the tree opened; in a tree opened folded, added rows stay folded too."""
    from reformdesk.formats.roster import plan_roster, read_roster
    from reformdesk.gui import edits
    from reformdesk.samples import liuxi
    from tests.conftest import SAMPLES

    page = _page(qtbot)
    preview = plan_roster(page.doc.plan, read_roster(SAMPLES / liuxi.ROSTER_FILE))
    assert edits.import_roster(page.doc, preview)
    tree, model = page.old_tree, page.old_model
    assert preview.units_added
    assert _expanded_rows(tree) == sum(model.rows_by_depth())  # every row shown, the new ones too
    for unit in preview.units_added:
        assert tree.isExpanded(model.index_for(EntityKind.UNIT, unit.id))
    page.doc.undo_stack.undo()
    page.doc.undo_stack.redo()
    assert _expanded_rows(tree) == sum(model.rows_by_depth())
    # A tree opened folded (as a province plan's): what is added stays folded.
    tree.collapseAll()
    tree._open_levels = 0
    page.doc.undo_stack.undo()
    page.doc.undo_stack.redo()
    assert _expanded_rows(tree) == model.rowCount()


def test_show_entity_selects_and_expands(qtbot) -> None:
    page = _page(qtbot)
    page.new_tree.collapseAll()
    assert page.show_entity(EntityKind.PERSON, "p-3")
    current = page.new_tree.currentIndex()
    assert page.new_model.key_of(current) == (EntityKind.PERSON, "p-3")
    assert page.new_tree.isExpanded(current.parent())
    assert not page.show_entity(EntityKind.POWER, "w-0")
    assert page.new_tree.uniformRowHeights()
    assert QModelIndex() != current


def test_properties_panel_edits_the_three_determinations(qtbot) -> None:
    """机构规格, 机构类别, 分类编制, 正副职领导职数 and 主要职责: each edit one undo step."""
    page = _page(qtbot)
    doc = page.doc
    before = copy.deepcopy(doc.plan)
    page.new_tree.select_key(EntityKind.BODY, "b-finance")
    panel = page.panel
    panel.rank.setEditText("副科级")
    panel.rank.lineEdit().editingFinished.emit()
    panel.kind.setEditText("事业单位")
    panel.kind.lineEdit().editingFinished.emit()
    panel.type_posts["行政编制"].setValue(2)
    panel.type_posts["事业编制"].setValue(5)
    panel.type_posts["事业编制"].editingFinished.emit()
    panel.chiefs.setValue(1)
    panel.deputies.setValue(1)
    panel.deputies.editingFinished.emit()
    panel.add_duty()
    panel.duties.item(0).setText("负责全镇财政预算编制和执行")
    body = doc.plan.bodies["b-finance"]
    assert (body.rank, body.kind) == ("副科级", "事业单位")
    assert str(body.posts_by_type) == "行政编制 2、事业编制 5" and body.authorized_posts == 7
    assert (body.chief_posts, body.deputy_posts, body.leadership_posts) == (1, 1, 2)
    assert body.duties == ["负责全镇财政预算编制和执行"]
    assert panel.posts.value() == 7 and panel.leaders.value() == 2  # the totals follow
    assert doc.undo_stack.undoText() == "修改 财政管理所 的主要职责"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan == before
    assert panel.rank.currentText() == "" and panel.duties.count() == 0


def test_drop_on_the_last_visible_row_lands_there_though_the_view_scrolls(qtbot) -> None:
    page = _page(qtbot)
    page.resize(1200, 260)
    qtbot.wait(20)
    doc = page.doc
    view = page.new_tree
    pos = QPoint(200, view.viewport().height() - 8)  # the last visible row, in the auto-scroll margin
    bar = view.verticalScrollBar()

    def bottom_target(value: int) -> object:
        bar.setValue(value)
        return page.new_model.drop_target(view.indexAt(pos))

    # Scrolled so that the last visible row is the last of 财政管理所: the next one is 领导班子 or 未并入.
    start = next(
        v
        for v in range(bar.maximum())
        if bottom_target(v) == (EntityKind.BODY, "b-finance") and bottom_target(v + 1) != (EntityKind.BODY, "b-finance")
    )
    bar.setValue(start)
    mime = encode_ids(UNITS_MIME, ["u-office"])
    action, buttons, none = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, action, mime, buttons, none))
    move = QDragMoveEvent(pos, action, mime, buttons, none)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    before = view.verticalScrollBar().value()
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() != before, timeout=3000)  # it scrolled by itself
    drop = QDropEvent(QPointF(pos), action, mime, buttons, none)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert doc.plan.units["u-office"].body_id == "b-finance"  # not 未并入, now under the pointer


def test_leaders_heading_no_body_are_under_the_leadership_not_unplaced(qtbot) -> None:
    from reformdesk.gui.models.structure_model import LEADERSHIP, UNPLACED

    plan = small_plan()
    plan.add_person("008", "周副", id="p-8", tier_after=Tier.DEPUTY_IN_CHARGE)  # leads from outside any body
    page = StructurePage(Document(plan))
    qtbot.addWidget(page)
    model = page.new_model
    rows = [model.key_of(model.index(r, 0)) for r in range(model.rowCount())]
    assert rows[-2:] == [LEADERSHIP, UNPLACED]
    leaders = model.index(len(rows) - 2, 0)
    assert leaders.data() == "领导班子"
    assert [model.key_of(model.index(r, 0, leaders)) for r in range(model.rowCount(leaders))] == [
        (EntityKind.PERSON, "p-8")
    ]
    unplaced = model.index(len(rows) - 1, 0)
    under = [model.key_of(model.index(r, 0, unplaced))[1] for r in range(model.rowCount(unplaced))]
    assert "p-8" not in under


def test_renaming_a_body_to_another_bodys_name_is_refused_with_a_reason(qtbot) -> None:
    page = _page(qtbot)
    doc = page.doc
    page.new_tree.select_key(EntityKind.BODY, "b-finance")
    panel = page.panel
    panel.name.setText("公共服务中心")
    panel.name.editingFinished.emit()
    assert doc.plan.bodies["b-finance"].name == "财政管理所"
    assert doc.undo_stack.count() == 0
    assert panel.name.text() == "财政管理所"
    assert panel.name_error.isVisible() and "公共服务中心" in panel.name_error.text()


def test_adding_and_naming_a_body_is_one_undo_step(qtbot) -> None:
    """Insert (新增职能机构), type the name into the focused field, Enter: one step 新增职能机构 <name>."""
    page = _page(qtbot)
    doc = page.doc
    before = copy.deepcopy(doc.plan)
    page.new_tree.setFocus()
    qtbot.waitUntil(page.new_tree.hasFocus)
    qtbot.keyClick(page.new_tree, Qt.Key.Key_Insert)
    panel = page.panel
    qtbot.waitUntil(panel.name.hasFocus)
    type_text(panel.name, "文旅服务中心")  # replaces the selected proposed name
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    (new_id,) = set(doc.plan.bodies) - set(before.bodies)
    assert doc.plan.bodies[new_id].name == "文旅服务中心"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "新增职能机构 文旅服务中心"
    doc.undo_stack.undo()
    assert doc.plan == before  # one Ctrl+Z: no body, not a body named 新职能机构
    doc.undo_stack.redo()
    assert doc.plan.bodies[new_id].name == "文旅服务中心"
    # A later rename is a step of its own.
    page.new_tree.select_key(EntityKind.BODY, new_id)
    panel.name.selectAll()
    type_text(panel.name, "文化旅游服务中心")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert doc.undo_stack.count() == 2
    assert doc.undo_stack.undoText() == "重命名 文旅服务中心 为 文化旅游服务中心"


def test_a_rename_after_a_save_does_not_join_the_add(qtbot) -> None:
    page = _page(qtbot)
    doc = page.doc
    new_id = page.add_body()
    doc.undo_stack.setClean()  # saved with the proposed name
    page.panel.name.selectAll()
    type_text(page.panel.name, "文旅服务中心")
    qtbot.keyClick(page.panel.name, Qt.Key.Key_Return)
    assert doc.undo_stack.count() == 2 and doc.plan.bodies[new_id].name == "文旅服务中心"
    doc.undo_stack.undo()
    assert doc.plan.bodies[new_id].name == "新职能机构" and not doc.modified


def test_names_keep_room_in_a_narrow_pane(qtbot) -> None:
    # Column 1 sized to its contents ("党政办主任 · Staff" in English, a long body name) left
    # the names in column 0 a sliver when the pane is narrow.
    page = _page(qtbot)
    for view in (page.old_tree, page.new_tree):
        view.setFixedWidth(220)
        qtbot.waitUntil(lambda v=view: v.viewport().width() < 220)
        width = view.viewport().width()
        assert view.columnWidth(1) <= width * 55 // 100
        assert view.columnWidth(0) >= width * 40 // 100
        view.setFixedWidth(1000)  # wide again: column 1 gets its contents' width back
        qtbot.waitUntil(lambda v=view: v.viewport().width() > 900)
        assert view.columnWidth(1) == view._fitted
        view.setColumnWidth(1, 300)  # the user's width is kept
        view.setFixedWidth(400)
        qtbot.waitUntil(lambda v=view: v.viewport().width() < 400)
        assert view.columnWidth(1) == 300


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_column_one_is_as_wide_as_qt_would_make_it(qtbot, qapp, language: str) -> None:
    # The width is measured from the model's texts (no data() call per row and role): it must be
    # the one QTreeView.resizeColumnToContents gives, in Chinese and in English (where Latin and
    # CJK mix in one text), for towns wholly expanded and a plan whose trees open folded.
    from reformdesk.gui.app import install_translators, remove_translators

    translators = install_translators(qapp, language)
    try:
        plans = [open_plan(path) for path in sorted(SAMPLES.glob("*.rdplan"))]
        plans.append(generate_plan(powers=4000, units=1200, people=2500))  # more than 200 rows shown
        for plan in plans:
            page = StructurePage(Document(plan))
            qtbot.addWidget(page)
            page.resize(1600, 600)
            page.show()
            qtbot.waitExposed(page)
            for tree in (page.old_tree, page.new_tree):
                ours = tree._contents_width(1)
                assert ours == tree._fitted
                tree.resizeColumnToContents(1)
                assert tree.columnWidth(1) == ours, (plan.info.name, tree.model().__class__.__name__)
            page.close()
    finally:
        remove_translators(qapp, translators)
