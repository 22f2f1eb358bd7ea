"""PowersPage: filter bar, delegate editors, bulk edit, add/edit/delete, counts, columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QMessageBox, QStyleOptionViewItem

from reformdesk.domain.model import DelegationMode, PowerType
from reformdesk.domain.powers import PowerStatus
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.dialogs.power_bulk_dialog import PowerBulkDialog
from reformdesk.gui.dialogs.power_edit_dialog import PowerEditDialog
from reformdesk.gui.document import Document
from reformdesk.gui.mime import POWERS_MIME, decode_ids
from reformdesk.gui.models.powers_model import COLUMN_OF, PowerIdRole
from reformdesk.gui.pages import PAGES, page_factory
from reformdesk.gui.views.powers_view import FILTER_DELAY_MS, PowersPage
from tests.domain.test_powers import make_plan
from tests.gui.windows import discard_changes


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot, settings: QSettings) -> PowersPage:
    doc = Document(make_plan())
    widget = PowersPage(doc, None, settings=settings)
    qtbot.addWidget(widget, before_close_func=discard_changes)
    widget.model.today = dt.date(2026, 11, 27)
    widget.model.set_filter(widget.model.current_filter)
    return widget


def _ids(page: PowersPage) -> list[str]:
    return page.model.visible_ids()


def _select(page: PowersPage, ids: list[str]) -> None:
    sel = page.table.selectionModel()
    sel.clearSelection()
    for pid in ids:
        sel.select(
            page.model.index(page.model.row_of(pid), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_registered_and_constructed_standalone(page: PowersPage) -> None:
    assert ("powers", "reformdesk.gui.views.powers_view:PowersPage") in PAGES
    assert page_factory(dict(PAGES)["powers"]) is PowersPage
    assert page.page_title() == "权限承接"
    assert page.table.model() is page.model
    assert len(_ids(page)) == 5


def test_typing_filters_after_the_debounce(qtbot, page: PowersPage) -> None:
    qtbot.keyClicks(page.search_edit, "cf-00")  # QTest types ASCII only; IME text arrives the same way
    assert len(_ids(page)) == 5  # not yet: the user is still typing
    with qtbot.waitSignal(page.model.filterApplied, timeout=FILTER_DELAY_MS * 10):
        pass
    assert _ids(page) == ["p2", "p3"]
    assert "显示 2 项" in page.counts_label.text()


def test_combo_filters_and_clear(page: PowersPage) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findData(PowerStatus.UNASSIGNED.value))
    assert _ids(page) == ["p2", "p4"]
    page.type_combo.setCurrentIndex(page.type_combo.findData(PowerType.INSPECTION.value))
    assert _ids(page) == ["p4"]
    page.clear_filter()
    page.dept_combo.setCurrentIndex(page.dept_combo.findText("县住建局"))
    assert _ids(page) == ["p3", "p4"]
    page.clear_filter()
    page.body_filter_combo.setCurrentIndex(page.body_filter_combo.findText("公共服务中心"))
    assert _ids(page) == ["p1", "p1a"]
    page.clear_filter()
    assert len(_ids(page)) == 5


def test_counts_label(qtbot, page: PowersPage) -> None:
    text = page.counts_label.text()
    assert "已分配 3/5" in text and "未分配 2" in text and "信息不全 1" in text and "已完成 2" in text
    assert "已逾期 1" in text
    assert page.bodies_summary == "各承接机构：公共服务中心 2　综合行政执法中队 1"
    page.bulk_set(["p2", "p4"], {"body_id": "b2"})
    qtbot.waitUntil(lambda: "已分配 5/5" in page.counts_label.text(), timeout=2000)
    assert "综合行政执法中队 3" in page.bodies_summary
    _select(page, ["p1", "p3"])
    assert "已选 2 项" in page.counts_label.text()


def _edit_with_delegate(page: PowersPage, pid: str, field: str, set_editor) -> None:  # type: ignore[no-untyped-def]
    index = page.model.index(page.model.row_of(pid), COLUMN_OF[field])
    delegate = page.table.itemDelegate()
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    set_editor(editor)
    delegate.setModelData(editor, page.model, index)
    editor.deleteLater()


def test_delegate_editors_push_named_commands(page: PowersPage) -> None:
    doc = page.doc
    # Receiving body: a combo of the plan's bodies.
    _edit_with_delegate(page, "p4", "body_id", lambda e: e.setCurrentIndex(e.findText("公共服务中心")))
    assert doc.plan.powers["p4"].body_id == "b1"
    assert doc.undo_stack.undoText() == "修改承接机构（对燃气经营的检查）"

    # Deadline: a date editor with calendar popup and Chinese format.
    def set_date(editor: QDateEdit) -> None:
        assert editor.calendarPopup() and editor.displayFormat() == "yyyy年M月d日"
        editor.setDate(QDate(2027, 5, 1))

    _edit_with_delegate(page, "p4", "deadline", set_date)
    assert doc.plan.powers["p4"].deadline == dt.date(2027, 5, 1)
    # Official: the body's people first, then a separator, then the others flagged.
    seen: list[list[str]] = []

    def pick_official(editor: QComboBox) -> None:
        seen.append([editor.itemText(i) for i in range(editor.count())])
        editor.setCurrentIndex(editor.findData("zhang"))

    _edit_with_delegate(page, "p4", "official_id", pick_official)
    items = seen[0]
    assert items[0] == "（未定）" and items[1] == "张三（主任）" and items[2] == ""  # separator
    assert "李四（综合行政执法中队，不在承接机构）" in items and "王五（未安排，不在承接机构）" in items
    assert doc.plan.powers["p4"].official_id == "zhang"
    _edit_with_delegate(page, "p4", "mode", lambda e: e.setCurrentIndex(e.findData(DelegationMode.AUTHORISE.value)))
    assert doc.plan.powers["p4"].mode is DelegationMode.AUTHORISE
    _edit_with_delegate(page, "p4", "type", lambda e: e.setCurrentIndex(e.findData(PowerType.LEVY.value)))
    assert doc.plan.powers["p4"].type is PowerType.LEVY
    _edit_with_delegate(page, "p4", "name", lambda e: e.setText("对燃气经营活动的检查"))
    assert doc.plan.powers["p4"].name == "对燃气经营活动的检查"
    assert doc.undo_stack.count() == 6
    assert page.model.status("p4").state is PowerStatus.DONE


def test_delegate_body_editor_of_a_sub_item_offers_the_main_item(page: PowersPage) -> None:
    index = page.model.index(page.model.row_of("p1a"), COLUMN_OF["body_id"])
    editor = page.table.itemDelegate().createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    assert editor.itemText(0) == "（同主项）"
    editor.deleteLater()


def test_select_all_filtered_then_bulk_dialog_is_one_undo_step(qtbot, page: PowersPage) -> None:
    doc = page.doc
    page.status_combo.setCurrentIndex(page.status_combo.findData(PowerStatus.UNASSIGNED.value))
    page.select_all_filtered()
    assert page.selected_ids() == ["p2", "p4"]
    page.bulk_action.trigger()
    dialog = page._dialog
    assert isinstance(dialog, PowerBulkDialog) and dialog.isVisible()
    dialog.body_check.setChecked(True)
    dialog.body_combo.setCurrentIndex(dialog.body_combo.findText("综合行政执法中队"))
    # The official list now offers the chosen body's people first.
    assert dialog.official_combo.itemData(1) == "li"
    dialog.official_check.setChecked(True)
    dialog.official_combo.setCurrentIndex(1)
    dialog.deadline_check.setChecked(True)
    dialog.deadline_edit.setDate(QDate(2027, 1, 31))
    dialog.accept()
    powers = doc.plan.powers
    assert all(
        (powers[p].body_id, powers[p].official_id, powers[p].deadline) == ("b2", "li", dt.date(2027, 1, 31))
        for p in ("p2", "p4")
    )
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "批量设置承接机构、承接时限、责任人（2项事项）"
    doc.undo_stack.undo()
    assert all(powers[p].body_id is None and powers[p].official_id is None for p in ("p2", "p4"))
    assert powers["p2"].deadline == dt.date(2026, 6, 30)


def test_bulk_dialog_needs_a_checked_field(page: PowersPage) -> None:
    dialog = PowerBulkDialog(page.doc, 3, page)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled() and dialog.changes() == {}
    dialog.mode_check.setChecked(True)
    assert ok.isEnabled() and dialog.changes() == {"mode": DelegationMode.TRANSFER}
    dialog.deleteLater()


def test_drag_from_the_view_carries_selected_ids(page: PowersPage) -> None:
    _select(page, ["p3", "p1"])
    indexes = page.table.selectionModel().selectedIndexes()
    assert decode_ids(page.model.mimeData(indexes), POWERS_MIME) == ["p1", "p3"]
    assert page.table.dragEnabled()


def test_add_power_and_sub_item_then_undo(page: PowersPage) -> None:
    doc = page.doc
    page.add_action.trigger()
    dialog = page._dialog
    assert isinstance(dialog, PowerEditDialog)
    assert not dialog.buttons.buttons()[0].isEnabled()  # no code, no name yet
    dialog.code_edit.setText("630121-QR-005")
    dialog.name_edit.setText("农村宅基地审批确认")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(PowerType.CONFIRMATION.value))
    dialog.accept()
    new = next(p for p in doc.plan.powers.values() if p.code == "630121-QR-005")
    assert new.seq == 6 and new.type is PowerType.CONFIRMATION
    assert doc.undo_stack.undoText() == "添加事项 农村宅基地审批确认"
    assert page.selected_ids() == [new.id]
    # A sub-item of the current row's main item, taking over its assignment.
    page.show_entity(EntityKind.POWER, "p1a")
    page.add_sub_action.trigger()
    dialog = page._dialog
    dialog.code_edit.setText("630121-XK-001-2")
    dialog.name_edit.setText("食品经营许可（变更）")
    dialog.accept()
    sub = next(p for p in doc.plan.powers.values() if p.code == "630121-XK-001-2")
    assert sub.parent_id == "p1" and sub.body_id is None
    assert _ids(page)[:3] == ["p1", "p1a", sub.id]
    assert page.model.status(sub.id).state is PowerStatus.DONE
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert len(doc.plan.powers) == 5 and len(_ids(page)) == 5


def test_edit_dialog_changes_only_changed_fields(page: PowersPage) -> None:
    doc = page.doc
    page.show_entity(EntityKind.POWER, "p3")
    page.edit_action.trigger()
    dialog = page._dialog
    assert isinstance(dialog, PowerEditDialog) and dialog.code_edit.text() == "630121-CF-003"
    dialog.code_edit.setText("630121-CF-002")  # taken: warned, still allowed
    assert "已被其他事项使用" in dialog.warning.text()
    dialog.code_edit.setText("630121-CF-003")
    dialog.note_edit.setText("需培训")
    dialog.official_combo.setCurrentIndex(dialog.official_combo.findData("li"))
    assert dialog.changed_values() == {"note": "需培训", "official_id": "li"}
    dialog.accept()
    assert doc.undo_stack.undoText() == "编辑事项 对违法建设的处罚"
    assert doc.plan.powers["p3"].official_id == "li"
    doc.undo_stack.undo()
    assert doc.plan.powers["p3"].note == ""


def test_delete_removes_sub_items_and_undo_restores(page: PowersPage) -> None:
    doc = page.doc
    _select(page, ["p1"])
    page.delete_action.trigger()
    assert set(doc.plan.powers) == {"p2", "p3", "p4"}
    assert doc.undo_stack.undoText() == "删除2项事项"
    doc.undo_stack.undo()
    assert list(doc.plan.powers) == ["p1", "p1a", "p2", "p3", "p4"]
    assert _ids(page) == ["p1", "p1a", "p2", "p3", "p4"]


def test_problem_tooltip_in_the_view(page: PowersPage) -> None:
    index = page.model.index(page.model.row_of("p3"), COLUMN_OF["code"])
    assert "警告：事项“630121-CF-003 对违法建设的处罚”未确定承接时限" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_hidden_columns_and_widths_are_remembered(qtbot, settings: QSettings) -> None:
    first = PowersPage(Document(make_plan()), None, settings=settings)
    qtbot.addWidget(first)
    menu = first.header_menu()
    actions = menu.actions()
    assert [a.text() for a in actions][:3] == ["序号", "事项编码", "事项名称"]
    actions[COLUMN_OF["note"]].setChecked(False)
    assert first.table.horizontalHeader().isSectionHidden(COLUMN_OF["note"])
    first.table.horizontalHeader().resizeSection(COLUMN_OF["name"], 333)
    first.save_header()
    menu.deleteLater()
    second = PowersPage(Document(make_plan()), None, settings=settings)
    qtbot.addWidget(second)
    header = second.table.horizontalHeader()
    assert header.isSectionHidden(COLUMN_OF["note"])
    assert header.sectionSize(COLUMN_OF["name"]) == 333


def test_show_entity_clears_a_hiding_filter(page: PowersPage) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findData(PowerStatus.DONE.value))
    assert page.model.row_of("p4") == -1
    assert page.show_entity(EntityKind.POWER, "p4")
    assert page.table.currentIndex().data(PowerIdRole) == "p4"
    assert not page.show_entity(EntityKind.POWER, "nope") and not page.show_entity(EntityKind.BODY, "b1")


def test_read_only_disables_edit_actions(page: PowersPage) -> None:
    _select(page, ["p1"])
    assert page.bulk_action.isEnabled()
    page.doc.set_read_only(True, "locked")
    assert not page.bulk_action.isEnabled() and not page.add_action.isEnabled()


def test_sample_plan_two_filtered_to_unassigned(qtbot, settings: QSettings, plan_two_path: Path) -> None:
    from reformdesk.store.planfile import open_plan

    page = PowersPage(Document(open_plan(plan_two_path)), None, settings=settings)
    qtbot.addWidget(page)
    total = len(page.doc.plan.powers)
    page.status_combo.setCurrentIndex(page.status_combo.findData(PowerStatus.UNASSIGNED.value))
    shown = _ids(page)
    assert shown and all(page.model.status(pid).state is PowerStatus.UNASSIGNED for pid in shown)
    assert all(page.model.problems(pid) for pid in shown)  # marked, with a reason on hover
    assert f"已分配 {total - len(shown)}/{total}" in page.counts_label.text()


def _sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    from tests.formats.import_helpers import HEADER, write_xlsx

    return write_xlsx(tmp_path / "清单.xlsx", [["大通县下放桥头镇权力清单"], HEADER, *rows], merges=["A1:K1"])


def test_import_preview_then_one_undoable_step(qtbot, page: PowersPage, tmp_path: Path, qtmodeltester) -> None:
    doc = page.doc
    path = _sheet(
        tmp_path,
        [
            [
                6,
                "630121-QR-006",
                "村民建房审批确认",
                "行政确认",
                "",
                "县自然资源局",
                "委托",
                "公共服务中心",
                "",
                "",
                "",
            ],
            [4, "630121-CF-003", "对违法建设的处罚", "行政处罚", "", "县住建局", "", "", "2027-03-31", "李四", ""],
            [7, "630121-XX-007", "无类型事项", "", "", "", "", "不存在的机构", "", "", ""],
        ],
    )
    dialog = page.import_file(path)
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.bad_model)
    assert (dialog.added_model.rowCount(), dialog.updated_model.rowCount(), dialog.bad_model.rowCount()) == (1, 1, 1)
    assert "承接时限：（空） → 2027年3月31日" in dialog.updated_model.rows[0][3]
    assert "缺少事项类型" in dialog.bad_model.rows[0][3]  # the unknown body alone would only be flagged
    assert not dialog.import_button.isEnabled()  # all or nothing …
    dialog.skip_check.setChecked(True)  # … unless the bad rows are skipped on purpose
    assert dialog.import_button.isEnabled()
    dialog.accept()
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText().startswith("导入权力清单 清单.xlsx")
    assert doc.plan.powers["p3"].deadline == dt.date(2027, 3, 31)
    new = next(p for p in doc.plan.powers.values() if p.code == "630121-QR-006")
    assert page.model.row_of(new.id) >= 0
    doc.undo_stack.undo()
    assert len(doc.plan.powers) == 5 and doc.plan.powers["p3"].deadline is None
    assert len(_ids(page)) == 5


def test_import_refuses_a_broken_file_with_a_message(page: PowersPage, tmp_path: Path) -> None:
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"not a spreadsheet at all")
    box = page.import_file(bad)
    assert isinstance(box, QMessageBox) and box is page.importer.dialog and "坏.xlsx" in box.text()
    assert page.doc.undo_stack.count() == 0


def test_the_table_keeps_the_page_at_province_size(qtbot, settings: QSettings) -> None:
    """667 bodies: the per-body summary stays one line (the list on demand); the table keeps the page."""
    from reformdesk.samples.synthetic import generate_plan

    plan = generate_plan(3000, 600, 2000)
    assert len(plan.bodies) > 300
    widget = PowersPage(Document(plan), None, settings=settings)
    qtbot.addWidget(widget, before_close_func=discard_changes)
    widget.resize(1920, 900)
    widget.show()
    qtbot.waitExposed(widget)
    line = widget.fontMetrics().height()
    assert widget.bodies_label.height() < 3 * line
    rows = widget.table.viewport().height() // widget.table.verticalHeader().defaultSectionSize()
    assert rows >= 25
    assert widget.bodies_label.text().endswith("…")
    assert widget.bodies_label.toolTip().count("\n") == len(plan.bodies) - 1
    widget.bodies_button.click()  # the whole list, scrolling, under the summary
    assert widget.bodies_list.isVisible()
    assert widget.bodies_list.height() < 8 * line
    assert widget.table.viewport().height() // widget.table.verticalHeader().defaultSectionSize() >= 20


def test_bulk_date_editor_takes_a_typed_year_after_a_double_click(qtbot, page: PowersPage) -> None:
    dialog = PowerBulkDialog(page.doc, 2, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.deadline_check.setChecked(True)
    edit = dialog.deadline_edit
    line = edit.lineEdit()
    x = line.cursorRect().width() + line.fontMetrics().horizontalAdvance("20")  # on the year's digits
    from PySide6.QtCore import QPoint

    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.keyClicks(edit, "2028")
    assert dialog.changes()["deadline"].year == 2028


def _focused(qtbot, widget) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow())


def test_tab_in_a_date_cell_goes_to_the_next_cell_and_arrows_edit_the_parts(qtbot, page: PowersPage) -> None:
    from PySide6.QtWidgets import QApplication, QDateTimeEdit

    page.resize(1400, 500)
    page.show()
    qtbot.waitExposed(page)
    _focused(qtbot, page)
    table = page.table
    row = page.model.row_of("p4")
    table.setCurrentIndex(page.model.index(row, COLUMN_OF["deadline"]))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    while editor is not None and not isinstance(editor, QDateEdit):
        editor = editor.parentWidget()
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2027, 5, 1))
    editor.setSelectedSection(QDateTimeEdit.Section.YearSection)
    target = QApplication.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_Up)  # ↑ changes the part: the year
    assert editor.date() == QDate(2028, 5, 1)
    line = editor.lineEdit()
    line.setCursorPosition(0)
    qtbot.keyClick(target, Qt.Key.Key_Right)  # → moves within the date, it does not leave the cell
    assert line.cursorPosition() == 1 and table.state() == table.State.EditingState
    editor.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClick(target, Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Tab: on to the next cell, as in Excel
    assert page.doc.plan.powers["p4"].deadline == dt.date(2028, 6, 1)
    assert table.currentIndex().row() == row and table.currentIndex().column() == COLUMN_OF["deadline"] + 1
    assert not isinstance(QApplication.focusWidget(), QDateEdit)  # the next cell's editor has the keys
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    # Shift+Tab from the next cell's editor comes back to the date.
    table.setCurrentIndex(page.model.index(row, COLUMN_OF["deadline"]))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.currentIndex().column() == COLUMN_OF["deadline"] - 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_bulk_dialog_never_offers_a_past_deadline() -> None:
    from reformdesk.gui.dialogs.power_bulk_dialog import default_deadline

    today = dt.date(2026, 12, 1)
    assert default_deadline(dt.date(2026, 11, 27), today) == today
    assert default_deadline(dt.date(2027, 3, 31), today) == dt.date(2027, 3, 31)
    assert default_deadline(None, today) == today


def test_bulk_dialog_starts_its_deadline_no_earlier_than_today(page: PowersPage) -> None:
    dialog = PowerBulkDialog(page.doc, 3, page)
    assert dialog.deadline_edit.date().toPython() >= dt.date.today()
    dialog.deleteLater()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen plugin, on showPopup
def test_bulk_dialog_shows_each_official_whole_with_their_unit(qtbot) -> None:
    """The 责任人 list read "冶学军（综合行政执…队，不在承接机构）": the list and the field fit the entries."""
    from reformdesk.samples.qiaotou import build_plan_one

    plan = build_plan_one()
    # Wider than any screen: cut, so it says itself in a tooltip.
    endless = plan.add_body("县" + "综合行政执法" * 40 + "中队")
    plan.add_person("9001", "欧阳春花", body_id=endless.id)
    doc = Document(plan)
    dialog = PowerBulkDialog(doc, 3)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.official_check.setChecked(True)
    combo = dialog.official_combo
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # Each row has the room its delegate asks for (icon, whole text, margins); the one wider
    # than the screen is cut, and only it, with its whole text as a tooltip.
    model = view.model()
    room = combo.screen().availableGeometry().width()
    assert view.width() <= room
    for row in range(1, combo.count()):
        text = combo.itemText(row)
        tip = combo.itemData(row, Qt.ItemDataRole.ToolTipRole)
        if endless.name in text:
            assert tip == text
        elif text:
            assert view.viewport().width() >= view.sizeHintForIndex(model.index(row, 0)).width(), text
            assert tip is None
    combo.hidePopup()
    row = next(r for r in range(combo.count()) if "综合行政执法中队" in combo.itemText(r))
    combo.setCurrentIndex(row)
    text = combo.itemText(row)
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(text)
    assert combo.toolTip() == text
    dialog.reject()


def test_bulk_officials_serve_the_selected_items_own_body_while_it_is_kept(qtbot, page: PowersPage) -> None:
    """承接机构 left unchecked: the items keep their body, so its people are not flagged 不在承接机构."""
    _select(page, ["p3"])  # received by 综合行政执法中队, whose officer is 李四
    page.bulk_action.trigger()
    dialog = page._dialog
    assert isinstance(dialog, PowerBulkDialog)
    combo = dialog.official_combo
    assert combo.itemData(1) == "li" and combo.itemText(1) == "李四（S2）"
    assert all(
        "不在承接机构" in combo.itemText(row) for row in range(2, combo.count()) if combo.itemData(row) is not None
    )
    # Choosing a body for them offers that body's people first, and unchecking it again its own.
    dialog.body_check.setChecked(True)
    dialog.body_combo.setCurrentIndex(dialog.body_combo.findText("公共服务中心"))
    assert combo.itemData(1) == "zhang"
    dialog.body_check.setChecked(False)
    assert combo.itemData(1) == "li"
    dialog.reject()

    # Items of two bodies (or none) have no one body: nobody serves all of them.
    _select(page, ["p1", "p3"])
    page.bulk_action.trigger()
    mixed = page._dialog
    assert isinstance(mixed, PowerBulkDialog)
    assert all("不在承接机构" in mixed.official_combo.itemText(row) for row in range(2, mixed.official_combo.count()))
    mixed.reject()


def test_every_toolbar_button_has_its_alt_letter(qtbot, page: PowersPage) -> None:
    """Only Tab and the context menu reached 批量设置: the tool buttons showed no letter (Qt drops
    the "&" from the text it derives for them), and there were none to show."""
    import re

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QToolButton

    page.show()
    qtbot.waitExposed(page)
    buttons = {b.defaultAction(): b for b in page.toolbar.findChildren(QToolButton) if b.defaultAction()}
    own = [buttons[a] for a in page.toolbar.actions() if a in buttons and a is not page.import_action]
    assert len(own) == 6 and all(re.search(r"\(&[A-Z]\)", b.text()) for b in own), [b.text() for b in own]
    letters = [re.search(r"&([A-Z])", b.text()).group(1) for b in own]  # type: ignore[union-attr]
    assert len(set(letters)) == len(letters) and not set(letters) & set("FEVTH")  # the menu bar's
    bulk = buttons[page.bulk_action]
    assert QKeySequence.mnemonic(bulk.text()) == QKeySequence("Alt+B")
    _select(page, ["p2", "p4"])
    assert bulk.isEnabled()
    bulk.click()
    assert isinstance(page._dialog, PowerBulkDialog) and page._dialog.isVisible()
    page._dialog.reject()
