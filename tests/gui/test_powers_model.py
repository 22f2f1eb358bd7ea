"""PowersModel: model contract, filters, sorting, edits as commands, drag, problems."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPersistentModelIndex, Qt

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import DelegationMode, PowerType
from reformdesk.domain.powers import NO_BODY, PowerFilter, PowerStatus
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.mime import POWERS_MIME, decode_ids
from reformdesk.gui.models.powers_model import COLUMN_OF, COLUMNS, SUB_ITEM_PREFIX, PowerIdRole, PowersModel
from tests.domain.test_powers import TODAY, make_plan


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Models start timers: every test needs the application's event loop."""


def _model() -> tuple[Document, PowersModel]:
    doc = Document(make_plan())
    return doc, PowersModel(doc, today=TODAY)


def _ids(model: PowersModel) -> list[str]:
    return [model.index(r, 0).data(PowerIdRole) for r in range(model.rowCount())]


def _cell(model: PowersModel, pid: str, field: str) -> object:
    return model.index(model.row_of(pid), COLUMN_OF[field]).data()


def test_modeltester_with_sub_items_filter_and_sort(qtmodeltester) -> None:
    doc, model = _model()
    qtmodeltester.check(model)
    model.set_filter(PowerFilter(text="食品"))
    qtmodeltester.check(model)
    model.sort(COLUMN_OF["name"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {"p2": {"body_id": "b1"}}), "x")
    qtmodeltester.check(model)


def test_columns_and_display() -> None:
    _doc, model = _model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "序号",
        "事项编码",
        "事项名称",
        "事项类型",
        "实施依据",
        "原实施部门",
        "下放方式",
        "承接机构",
        "承接时限",
        "责任人",
        "备注",
        "状态",
    ]
    assert _ids(model) == ["p1", "p1a", "p2", "p3", "p4"]
    assert _cell(model, "p1a", "name") == SUB_ITEM_PREFIX + "食品经营许可（新办）"
    assert _cell(model, "p1", "deadline") == "2030年12月31日"
    assert _cell(model, "p1", "body_id") == "公共服务中心"
    assert _cell(model, "p1", "official_id") == "张三"
    assert _cell(model, "p2", "status") == "未分配（已逾期）"
    # A sub-item shows what it takes over from its main item, greyed, with a note why.
    index = model.index(model.row_of("p1a"), COLUMN_OF["body_id"])
    assert index.data() == "公共服务中心"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert index.data(Qt.ItemDataRole.EditRole) == ""
    status = model.index(model.row_of("p2"), COLUMN_OF["status"])
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not (status.flags() & Qt.ItemFlag.ItemIsEditable)


def test_filters_reset_visible_rows_once(qtbot) -> None:
    _doc, model = _model()
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(PowerFilter(text="处罚"))
    assert _ids(model) == ["p2", "p3"]
    model.set_filter(PowerFilter(type=PowerType.INSPECTION))
    assert _ids(model) == ["p4"]
    model.set_filter(PowerFilter(source_department="县市场监管局"))
    assert _ids(model) == ["p1", "p1a", "p2"]
    model.set_filter(PowerFilter(body_id="b2"))
    assert _ids(model) == ["p3"]
    model.set_filter(PowerFilter(body_id=NO_BODY))
    assert _ids(model) == ["p2", "p4"]
    model.set_filter(PowerFilter(status=PowerStatus.OVERDUE))
    assert _ids(model) == ["p2"]
    model.set_filter(PowerFilter(status=PowerStatus.INCOMPLETE))
    assert _ids(model) == ["p3"]
    model.set_filter(PowerFilter())
    assert len(_ids(model)) == 5


def test_sort_is_a_layout_change_that_keeps_persistent_indexes(qtbot) -> None:
    _doc, model = _model()
    keep = QPersistentModelIndex(model.index(model.row_of("p3"), 2))
    with qtbot.waitSignal(model.layoutChanged):
        model.sort(COLUMN_OF["code"], Qt.SortOrder.DescendingOrder)
    assert _ids(model) == ["p1", "p1a", "p4", "p3", "p2"]  # XK > JC > CF; the sub-item stays under its main item
    assert keep.row() == model.row_of("p3") and keep.data() == "对违法建设的处罚"
    model.sort(COLUMN_OF["status"], Qt.SortOrder.AscendingOrder)
    assert _ids(model)[:2] == ["p2", "p4"]


def test_edit_is_one_named_command_with_one_data_changed(qtbot) -> None:
    doc, model = _model()
    index = model.index(model.row_of("p2"), COLUMN_OF["body_id"])
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.setData(index, "b1")
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (model.row_of("p2"), model.row_of("p2"))
    assert doc.plan.powers["p2"].body_id == "b1"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "修改承接机构（对未取得许可从事食品经营的处罚）"
    assert _cell(model, "p2", "status") == "信息不全（已逾期）"
    assert not model.setData(index, "b1")  # unchanged: no command
    assert not model.setData(model.index(0, COLUMN_OF["name"]), "  ")  # a name is required
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.powers["p2"].body_id is None
    assert _cell(model, "p2", "status") == "未分配（已逾期）"


def test_editing_a_main_item_repaints_its_sub_items(qtbot) -> None:
    doc, model = _model()
    with qtbot.waitSignal(model.dataChanged) as blocker:
        edits.push(doc, ChangeSet().set(EntityKind.POWER, {"p1": {"body_id": None}}), "x")
    assert blocker.args[1].row() >= model.row_of("p1a")
    assert model.status("p1a").state is PowerStatus.UNASSIGNED


def test_convert_values_from_editors() -> None:
    doc, model = _model()
    row = model.row_of("p4")
    assert model.setData(model.index(row, COLUMN_OF["deadline"]), QDate(2027, 3, 1))
    assert model.setData(model.index(row, COLUMN_OF["mode"]), DelegationMode.ENTRUST.value)
    assert model.setData(model.index(row, COLUMN_OF["type"]), PowerType.PENALTY.value)
    assert model.setData(model.index(row, COLUMN_OF["official_id"]), "li")
    assert model.setData(model.index(row, COLUMN_OF["note"]), " 试点 ")
    assert model.setData(model.index(row, COLUMN_OF["seq"]), 42)
    p4 = doc.plan.powers["p4"]
    assert (p4.deadline, p4.mode, p4.type, p4.official_id, p4.note, p4.seq) == (
        dt.date(2027, 3, 1),
        DelegationMode.ENTRUST,
        PowerType.PENALTY,
        "li",
        "试点",
        42,
    )
    assert model.setData(model.index(row, COLUMN_OF["deadline"]), QDate())  # cleared
    assert p4.deadline is None
    assert not model.setData(model.index(row, COLUMN_OF["mode"]), "不是方式")
    assert doc.undo_stack.count() == 7


def test_read_only_document_is_not_editable() -> None:
    doc, model = _model()
    doc.set_read_only(True, "locked")
    assert not (model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(model.index(0, 1), "NEW")


def test_drag_carries_the_selected_power_ids() -> None:
    _doc, model = _model()
    indexes = [model.index(r, c) for r in (3, 0) for c in range(len(COLUMNS))]
    mime = model.mimeData(indexes)
    assert model.mimeTypes() == [POWERS_MIME]
    assert decode_ids(mime, POWERS_MIME) == ["p1", "p3"]
    assert model.flags(indexes[0]) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.supportedDragActions() & Qt.DropAction.CopyAction


def test_add_and_remove_rows_precisely(qtbot, qtmodeltester) -> None:
    doc, model = _model()
    model.set_filter(PowerFilter(status=PowerStatus.UNASSIGNED))
    ids = ["p1", "p1a"]
    with qtbot.waitSignal(model.rowsRemoved):
        edits.push(doc, ChangeSet().remove(EntityKind.POWER, ["p2"]), "删除")
    assert _ids(model) == ["p4"]
    with qtbot.waitSignal(model.rowsInserted):
        doc.undo_stack.undo()
    assert _ids(model) == ["p2", "p4"]
    # Undoing a delete brings rows back even where the filter would hide them.
    edits.push(doc, ChangeSet().remove(EntityKind.POWER, ids), "删除")
    doc.undo_stack.undo()
    assert _ids(model) == ["p1", "p1a", "p2", "p4"]
    qtmodeltester.check(model)
    power = make_plan().powers["p4"]
    power.id, power.code, power.seq = "new", "NEW-1", 3
    edits.push(doc, ChangeSet().add(EntityKind.POWER, [power]), "添加")
    assert _ids(model) == ["p1", "p1a", "p2", "new", "p4"]


def test_removing_a_main_item_alone_updates_its_sub_item() -> None:
    doc, model = _model()
    edits.push(doc, ChangeSet().remove(EntityKind.POWER, ["p1"]), "删除")
    assert model.status("p1a").state is PowerStatus.UNASSIGNED
    assert _cell(model, "p1a", "name") == "食品经营许可（新办）"
    doc.undo_stack.undo()
    assert model.status("p1a").state is PowerStatus.DONE
    assert _ids(model) == ["p1", "p1a", "p2", "p3", "p4"]


def test_problem_marks_and_tooltip_refresh_only_changed_rows(qtbot) -> None:
    doc, model = _model()
    p3 = model.index(model.row_of("p3"), 0)
    assert p3.data(Qt.ItemDataRole.DecorationRole) is not None
    tip = model.index(model.row_of("p3"), COLUMN_OF["name"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "未确定承接时限" in tip and "不在承接机构“综合行政执法中队”工作" in tip
    assert model.index(model.row_of("p1"), 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(model.row_of("p1"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    # An error (deadline before the plan date) tints the row.
    doc.plan.info.date = dt.date(2031, 1, 1)
    doc.infoChanged.emit()  # what an edit of the plan's date signals
    model.refresh_problems()
    assert model.index(model.row_of("p1"), 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    # After an edit, problems follow on the debounce timer; one dataChanged over the changed rows.
    doc.plan.info.date = dt.date(2026, 1, 1)
    doc.infoChanged.emit()
    model.refresh_problems()
    with qtbot.waitSignal(model.problemsRefreshed, timeout=2000):
        edits.push(
            doc, ChangeSet().set(EntityKind.POWER, {"p3": {"official_id": "li", "deadline": dt.date(2030, 1, 1)}}), "x"
        )
    assert p3.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.problems("p3") == []


def test_body_rename_repaints_and_body_removal_updates_status(qtbot) -> None:
    doc, model = _model()
    with qtbot.waitSignal(model.dataChanged):
        edits.push(doc, ChangeSet().set(EntityKind.BODY, {"b1": {"name": "便民服务中心"}}), "改名")
    assert _cell(model, "p1", "body_id") == "便民服务中心"
    edits.push(doc, ChangeSet().remove(EntityKind.BODY, ["b2"]), "删除机构")
    assert model.status("p3").state is PowerStatus.UNASSIGNED


def test_plan_reset_rebuilds(qtbot) -> None:
    doc, model = _model()
    plan = make_plan()
    del plan.powers["p4"]
    with qtbot.waitSignal(model.modelReset):
        doc.replace_plan(plan)
    assert _ids(model) == ["p1", "p1a", "p2", "p3"]
    assert model.counts().total == 4


def test_seq_column_shows_the_printed_numbers() -> None:
    """序号 on screen is the sheet's: main items 1, 2 …, sub-items 1.1 under their main item."""
    from reformdesk.domain.powers import list_numbers

    doc, model = _model()
    labels = list_numbers(doc.plan)
    assert any(isinstance(v, str) for v in labels.values())  # the plan has sub-items
    for pid in _ids(model):
        assert _cell(model, pid, "seq") == labels[pid]
    main = next(p for p in doc.plan.powers.values() if p.parent_id is None)
    last = max(p.seq for p in doc.plan.powers.values())
    assert edits.set_power_field(doc, main.id, "seq", last + 1)  # moved to the end: the others renumber
    labels = list_numbers(doc.plan)
    assert [_cell(model, pid, "seq") for pid in _ids(model)] == [labels[pid] for pid in _ids(model)]


def test_a_deadline_before_the_plan_date_is_not_shown_done() -> None:
    doc, model = _model()
    assert _cell(model, "p1", "status") == "已完成"
    assert edits.set_info(doc, {"date": dt.date(2031, 1, 1)})  # the deadline 2030-12-31 is now before the plan
    assert _cell(model, "p1", "status") != "已完成"
    assert any(p.code == "power.deadline_before_plan" and p.entity_id == "p1" for p in doc.problems())
    doc.undo_stack.undo()
    assert _cell(model, "p1", "status") == "已完成"


def test_search_follows_edits_of_its_fields_and_only_those(qtbot) -> None:
    """Search keys are made again for the powers whose code, name or legal basis an edit changed."""
    doc, model = _model()
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {"p4": {"name": "对液化气站的检查"}}), "x")
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {"p3": {"legal_basis": "《消防法》"}}), "x")
    bulk = {"body_id": "b2"}
    edits.push(doc, ChangeSet().set(EntityKind.POWER, dict.fromkeys(("p1", "p2", "p4"), bulk)), "x")
    model.set_filter(PowerFilter(text="液化气"))
    assert _ids(model) == ["p4"]
    model.set_filter(PowerFilter(text="燃气"))
    assert _ids(model) == []
    model.set_filter(PowerFilter(text="消防法"))
    assert _ids(model) == ["p3"]
    model.set_filter(PowerFilter(text="城乡规划法"))
    assert _ids(model) == []
    doc.undo_stack.undo()  # the bulk assignment: keys stay right
    doc.undo_stack.undo()  # the legal basis back
    doc.undo_stack.undo()  # the name back
    model.set_filter(PowerFilter(text="燃气"))
    assert _ids(model) == ["p4"]
    model.set_filter(PowerFilter(text="城乡规划法"))
    assert _ids(model) == ["p3"]
    assert model.status("p2").state is PowerStatus.UNASSIGNED  # the bulk assignment's undo reached the statuses


def test_power_ids_of_rows_follow_the_visible_order() -> None:
    _doc, model = _model()
    model.set_filter(PowerFilter(text="处罚"))
    assert model.power_ids([1, 0]) == ["p3", "p2"]
    assert model.power_ids(range(model.rowCount())) == _ids(model)


def test_roles_it_does_not_answer_are_empty_and_the_others_answer_by_enum_or_int() -> None:
    _doc, model = _model()
    pid = _ids(model)[0]
    index = model.index(model.row_of(pid), COLUMN_OF["name"])
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.CheckStateRole):
        assert model.data(index, role) is None
        assert model.data(index, int(role)) is None
    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
    assert shown
    assert model.data(index, int(Qt.ItemDataRole.DisplayRole)) == shown
    assert model.data(index, int(PowerIdRole)) == pid
    assert model.data(index, Qt.ItemDataRole.EditRole) == model.data(index, int(Qt.ItemDataRole.EditRole))
    status = model.index(model.row_of(pid), COLUMN_OF["status"])
    assert model.data(status, int(Qt.ItemDataRole.ForegroundRole)) is not None


def test_added_powers_show_the_printed_numbers_too() -> None:
    """An import (or the undo of a delete) adds powers: they showed their raw seq (1, 2, 3 …) until
    the plan was reopened, while the sheet prints 1, 1.1, 1.2, 2 …"""
    from reformdesk.domain.powers import list_numbers

    doc, model = _model()
    gone = [pid for pid in _ids(model)]
    edits.push(doc, ChangeSet().remove(EntityKind.POWER, gone), "删除")
    assert model.rowCount() == 0
    doc.undo_stack.undo()
    labels = list_numbers(doc.plan)
    assert any(isinstance(v, str) for v in labels.values())
    assert [_cell(model, pid, "seq") for pid in _ids(model)] == [labels[pid] for pid in _ids(model)]
    # A new main item at the front moves every other number on.
    power = make_plan().powers["p4"]
    power.id, power.code, power.seq = "new", "NEW-1", 0
    edits.push(doc, ChangeSet().add(EntityKind.POWER, [power]), "添加")
    labels = list_numbers(doc.plan)
    assert _cell(model, "new", "seq") == labels["new"] == 1
    assert [_cell(model, pid, "seq") for pid in _ids(model)] == [labels[pid] for pid in _ids(model)]
    # A main item added after the last (添加事项) is numbered on from it; a sub-item under it gets .1.
    power = make_plan().powers["p4"]
    power.id, power.code, power.seq = "end", "NEW-2", 99
    edits.push(doc, ChangeSet().add(EntityKind.POWER, [power]), "添加")
    labels = list_numbers(doc.plan)
    assert _cell(model, "end", "seq") == labels["end"] == max(v for v in labels.values() if isinstance(v, int))
    sub = make_plan().powers["p1a"]
    sub.id, sub.code, sub.parent_id = "end-1", "NEW-2-1", "end"
    edits.push(doc, ChangeSet().add(EntityKind.POWER, [sub]), "添加")
    assert _cell(model, "end-1", "seq") == f"{labels['end']}.1"
    labels = list_numbers(doc.plan)
    assert [_cell(model, pid, "seq") for pid in _ids(model)] == [labels[pid] for pid in _ids(model)]
