"""The 便民服务 page: hall and staff models (model tester), drag and drop on the real views,
the keyboard path, filters, per-window counts and 进驻率, undo texts naming their subject."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reformdesk.domain.model import Handling, ServiceSource
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.mime import PEOPLE_MIME, SERVICE_ITEMS_MIME, encode_ids
from reformdesk.gui.models.hall_model import HallModel, StaffModel
from reformdesk.gui.views.service_view import ServicePage
from reformdesk.samples.qiaotou import stable_id
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE
from tests.gui.windows import discard_changes


@pytest.fixture
def doc() -> Document:
    return Document(open_plan(PLAN_ONE))


def _item(doc: Document, name: str) -> str:
    return next(i.id for i in doc.plan.service_items.values() if i.name == name)


def _window(number: str) -> str:
    return stable_id("window", number)


@pytest.fixture
def page(qtbot, doc: Document) -> ServicePage:
    page = ServicePage(doc)
    qtbot.addWidget(page, before_close_func=discard_changes)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _drag(view, mime: QMimeData, pos: QPoint) -> tuple[bool, bool]:
    """Enter, move and drop on the view's viewport, as QDrag.exec would (no blocking exec)."""
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


def test_models_pass_the_model_tester_through_edits(qtmodeltester, doc: Document) -> None:
    model, staff = HallModel(doc), StaffModel(doc)
    qtmodeltester.check(model)
    qtmodeltester.check(staff)
    assert model.rowCount() == 15  # 14 windows and 未进入窗口
    assert sum(model.rowCount(model.index(r, 0)) for r in range(15)) == 67
    item = _item(doc, "居住证明开具")
    edits.move_service_items(doc, [item], _window("3"))
    qtmodeltester.check(model)
    edits.move_service_items(doc, [item], None)
    assert model.rowCount(model.window_index(None)) == 1
    edits.assign_window_staff(doc, [stable_id("person", "QT045")], _window("1"))
    window = edits.add_window(doc, name="新窗口")
    assert window is not None and model.rowCount() == 16
    qtmodeltester.check(model)
    qtmodeltester.check(staff)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert model.rowCount() == 15 and model.rowCount(model.window_index(None)) == 0


def test_undo_texts_name_the_subject(doc: Document) -> None:
    assert edits.move_service_items(doc, [_item(doc, "食品小作坊登记证核发")], _window("3"))
    assert doc.undo_stack.undoText() == "将 食品小作坊登记证核发 移到 3号窗口"
    assert edits.assign_window_staff(doc, [stable_id("person", "QT045")], _window("1"))
    assert doc.undo_stack.undoText() == "将 田玉珍 安排到 1号窗口"
    assert not edits.move_service_items(doc, [_item(doc, "食品小作坊登记证核发")], _window("3"))  # no empty step
    assert edits.remove_windows(doc, [_window("14")])
    assert doc.undo_stack.undoText() == "删除 14号窗口"
    assert edits.set_service_item_fields(doc, _item(doc, "居住证明开具"), volume=10)
    assert doc.undo_stack.undoText() == "居住证明开具 的年办件量改为 10"


def test_drag_an_item_onto_another_window_card(page: ServicePage) -> None:
    doc = page.doc
    before = copy.deepcopy(doc.plan)
    card = next(c for c in page.cards if c.window_id == _window("3"))
    item = _item(doc, "个体工商户登记")
    moved, dropped = _drag(
        card.list, encode_ids(SERVICE_ITEMS_MIME, [item]), QPoint(20, card.list.viewport().height() - 8)
    )
    assert moved and dropped
    assert doc.plan.service_items[item].window_id == _window("3")
    assert doc.undo_stack.undoText() == "将 个体工商户登记 移到 3号窗口"
    assert "6 项" in card.summary.text()
    doc.undo_stack.undo()
    assert doc.plan == before
    # Onto the window it is in: refused, nothing pushed.
    home = next(c for c in page.cards if c.window_id == _window("2"))
    assert _drag(home.list, encode_ids(SERVICE_ITEMS_MIME, [item]), QPoint(20, 20)) == (False, False)
    foreign = QMimeData()
    foreign.setText("x")
    assert _drag(home.list, foreign, QPoint(20, 20)) == (False, False)


def test_drag_staff_onto_a_window(page: ServicePage) -> None:
    doc = page.doc
    card = next(c for c in page.cards if c.window_id == _window("1"))
    person = stable_id("person", "QT045")
    moved, dropped = _drag(card.list, encode_ids(PEOPLE_MIME, [person]), QPoint(20, 20))
    assert moved and dropped
    assert doc.plan.people[person].window_id == _window("1")
    assert doc.plan.people[stable_id("person", "QT046")].window_id is None  # "111+N": one person per window
    assert "田玉珍" in card.summary.text()
    # The staff list drags person ids.
    staff = page.staff_model
    mime = staff.mimeData([staff.index(staff.row_of(person), 0)])
    assert mime is not None and mime.hasFormat(PEOPLE_MIME)
    doc.undo_stack.undo()
    assert doc.plan.people[stable_id("person", "QT046")].window_id == _window("1")
    # No staff onto 未进入窗口.
    none = next(c for c in page.cards if c.window_id is None)
    assert _drag(none.list, encode_ids(PEOPLE_MIME, [person]), QPoint(20, 20)) == (False, False)


def test_keyboard_path_moves_items_and_staff(qtbot, page: ServicePage) -> None:
    doc = page.doc
    item = _item(doc, "居住证明开具")
    page.select_items([item])
    page.target.setCurrentIndex(page.target.findData(_window("4")))
    qtbot.keyClick(page.cards[0].list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert doc.plan.service_items[item].window_id == _window("4")
    assert page.selected_items() == [item]  # the moved item stays selected in its new card
    person = stable_id("person", "QT045")
    page.staff.setFocus()
    page.staff.selectRow(page.staff_model.row_of(person))
    page.target.setCurrentIndex(page.target.findData(_window("2")))
    page.staff.setFocus()
    qtbot.keyClick(page.staff, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert doc.plan.people[person].window_id == _window("2")
    qtbot.keyClick(page.staff, Qt.Key.Key_Insert)
    assert (len(doc.plan.windows) == 15 and "15号窗口" in page.figures.text()) or len(page.cards) == 16
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.service_items[item].window_id == _window("1") and len(page.cards) == 15


def test_filters_and_figures(page: ServicePage) -> None:
    assert "进驻率 92.5%" in page.figures.text() and "窗口 14（已配备人员 14）" in page.figures.text()
    assert len(page.visible_items()) == 67
    page.source_filter.setCurrentIndex(page.source_filter.findData(ServiceSource.COUNTY))
    assert len(page.visible_items()) == 29
    page.handling_filter.setCurrentIndex(page.handling_filter.findData(Handling.IMMEDIATE))
    shown = page.visible_items()
    assert shown and all(page.doc.plan.service_items[i].handling is Handling.IMMEDIATE for i in shown)
    page.source_filter.setCurrentIndex(0)
    page.handling_filter.setCurrentIndex(0)
    page.filter.setText("低保")
    assert [page.doc.plan.service_items[i].name for i in page.visible_items()] == ["低保对象动态复核"]
    page.filter.setText("630121-MZ-JF-0001")  # a delegated item by its power's code
    assert [page.doc.plan.service_items[i].name for i in page.visible_items()] == ["最低生活保障金给付"]


def test_item_fields_edit_and_show_entity(page: ServicePage) -> None:
    doc = page.doc
    item = _item(doc, "居住证明开具")
    assert page.show_entity(EntityKind.SERVICE_ITEM, item)
    assert page.item_form.isEnabled() and "居住证明开具" in page.item_name.text()
    page.volume.setValue(999)
    page.volume.editingFinished.emit()
    assert doc.plan.service_items[item].volume == 999
    assert page.show_entity(EntityKind.WINDOW, _window("5"))
    assert page.target.currentData() == _window("5")
    doc.undo_stack.undo()
    assert doc.plan.service_items[item].volume == 200


def test_import_a_service_list_through_the_page(qtbot, page: ServicePage, tmp_path) -> None:
    import openpyxl
    from PySide6.QtWidgets import QMessageBox, QWidget

    from reformdesk.gui.service_import_action import ServiceImportAction

    host = QWidget()
    qtbot.addWidget(host, before_close_func=discard_changes)
    action = ServiceImportAction(page.doc, host)
    page.serviceImportRequested.connect(action.ask)
    with qtbot.waitSignal(action.dialogOpened):
        page.import_button.click()
    action.dialog.reject()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "事项名称", "来源", "办理类型", "承诺时限", "受理窗口"])
    ws.append([1, "老年人助餐服务登记", "本镇", "即办件", 0, "1号窗口"])
    ws.append([2, "坏行", "本镇", "快办件", 0, "1号窗口"])
    wb.save(tmp_path / "list.xlsx")
    box = action.import_file(tmp_path / "list.xlsx")
    assert isinstance(box, QMessageBox) and "新增 1 项" in box.text() and "第 3 行" in box.text()
    box.accept()
    doc = page.doc
    assert len(doc.plan.service_items) == 68
    assert doc.undo_stack.undoText() == "导入审批服务事项（新增 1 项，更新 0 项）"
    assert "事项 68" in page.figures.text()
    doc.undo_stack.undo()
    assert len(doc.plan.service_items) == 67
    assert action.import_file(tmp_path / "missing.xlsx").icon() is QMessageBox.Icon.Warning  # says why, changes nothing
    action.dialog.close()


def test_window_fields_and_hall_mode(page: ServicePage) -> None:
    from reformdesk.domain.model import HallMode

    doc = page.doc
    page.target.setCurrentIndex(page.target.findData(_window("3")))
    assert page.window_name.text() == "社会保障窗口"
    page.window_name.setText("社保医保窗口")
    page.window_name.editingFinished.emit()
    assert doc.plan.windows[_window("3")].name == "社保医保窗口"
    assert doc.undo_stack.undoText() == "3号窗口 的窗口名称改为 社保医保窗口"
    assert page.target.currentData() == _window("3") and "社保医保窗口" in page.target.currentText()
    finance = doc.plan.body_by_name("财政管理所").id
    page.window_body.setCurrentIndex(page.window_body.findData(finance))
    page.window_body.activated.emit(page.window_body.currentIndex())
    assert doc.plan.windows[_window("3")].body_id == finance
    page.hall_mode.setCurrentIndex(page.hall_mode.findData(HallMode.FREE))
    page.hall_mode.activated.emit(page.hall_mode.currentIndex())
    assert doc.plan.info.hall_mode is HallMode.FREE
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.plan.windows[_window("3")].name == "社会保障窗口" and doc.plan.info.hall_mode is HallMode.ONE_PER_WINDOW


def _active(qtbot, page: ServicePage) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_add_an_item_through_its_form_by_keyboard_then_undo(qtbot, page: ServicePage) -> None:
    from tests.gui.typing_keys import type_text

    doc = page.doc
    before = copy.deepcopy(doc.plan)
    _active(qtbot, page)
    page.target.setCurrentIndex(page.target.findData(_window("3")))
    page.cards[0].list.setFocus()
    qtbot.keyClick(page.cards[0].list, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # 新增事项
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    # Its rows are the registry's fields (but 序号), titled by their labels.
    labels = [
        dialog.form.labelForField(dialog.editors[f.name]).text()
        for f in EntityKind.SERVICE_ITEM.spec.fields
        if f.name != "seq"
    ]
    assert labels[:3] == ["事项名称", "事项编码", "来源"] and "办理类型" in labels and "后台办理人" in labels
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and "不能为空" in dialog.problem_label.text()
    assert dialog.editors["window_id"].currentData() == _window("3")  # the target window
    assert "前台受理人" in dialog.note_labels["window_id"].text()
    name = dialog.editors["name"]
    qtbot.waitUntil(name.hasFocus)
    type_text(name, "居住证明开具")
    assert not ok.isEnabled() and "已有名为" in dialog.problem_label.text()  # one item, one window
    name.clear()
    type_text(name, "临时救助申请受理")
    handling = dialog.editors["handling"]
    handling.setCurrentIndex(handling.findData(Handling.PROMISED))
    dialog.editors["time_limit"].setValue(5)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    (added,) = set(doc.plan.service_items) - set(before.service_items)
    item = doc.plan.service_items[added]
    assert (item.name, item.window_id, item.handling, item.time_limit) == (
        "临时救助申请受理",
        _window("3"),
        Handling.PROMISED,
        5,
    )
    assert item.handling is Handling.PROMISED and item.source is ServiceSource.TOWN  # members, not their text
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "新增事项 临时救助申请受理"
    assert page.selected_items() == [added]
    doc.undo_stack.undo()
    assert doc.plan == before


def test_enter_edits_an_item_and_delete_removes_it(qtbot, page: ServicePage) -> None:
    doc = page.doc
    item = _item(doc, "居住证明开具")
    _active(qtbot, page)
    page.select_items([item])
    card = next(c for c in page.cards if c.list.hasFocus())
    qtbot.keyClick(card.list, Qt.Key.Key_Return)  # Enter: 编辑事项
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and "居住证明开具" in dialog.windowTitle()
    assert dialog.editors["name"].text() == "居住证明开具"
    dialog.editors["note"].setText("需本人到场")
    dialog.editors["window_id"].setCurrentIndex(dialog.editors["window_id"].findData(_window("2")))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    edited = doc.plan.service_items[item]
    assert (edited.note, edited.window_id) == ("需本人到场", _window("2"))
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "修改 居住证明开具 的窗口、备注"
    # Nothing changed: OK pushes nothing.
    dialog = page.edit_item(item)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert doc.undo_stack.count() == 1
    page.select_items([item])
    card = next(c for c in page.cards if c.list.hasFocus())
    qtbot.keyClick(card.list, Qt.Key.Key_Delete)
    assert item not in doc.plan.service_items
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.service_items[item].window_id == _window("1") and doc.plan.service_items[item].note == ""


def test_item_dialogs_are_refused_read_only(page: ServicePage) -> None:
    page.doc.set_read_only(True, "只读")
    assert page.add_item() is None
    assert page.edit_item(_item(page.doc, "居住证明开具")) is None


def test_item_dialog_is_in_english(qtbot, qapp, doc: Document) -> None:
    from reformdesk.gui.app import install_translators, remove_translators
    from tests.gui.i18n_check import chinese_left, plan_data, visible_texts

    translators = install_translators(qapp, "en")
    try:
        page = ServicePage(doc)
        qtbot.addWidget(page, before_close_func=discard_changes)
        page.show()
        texts = visible_texts(page)
        dialog = page.edit_item(_item(doc, "居住证明开具"))
        texts += visible_texts(dialog)
        dialog.reject()
        dialog = page.add_item()
        texts += visible_texts(dialog)
        dialog.reject()
        left = sorted({text for _where, text in chinese_left(texts, plan_data([doc.plan]))})
        assert left == [], "\n".join(left)
    finally:
        remove_translators(qapp, translators)
