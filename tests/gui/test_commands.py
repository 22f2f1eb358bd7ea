"""Generic commands: redo applies, undo restores exactly, signals say what changed."""

from __future__ import annotations

import copy

from reformdesk.domain.model import Plan
from reformdesk.gui.commands import AddEntitiesCommand, RemoveEntitiesCommand, SetFieldsCommand, SnapshotCommand
from reformdesk.gui.document import BODIES, POWERS, UNITS, Document


def _plan() -> Plan:
    plan = Plan()
    body = plan.add_body("公共服务中心", sites=["镇政府一楼"])
    plan.add_body("财政管理所")
    plan.add_unit("党政办", body_id=body.id)
    plan.add_unit("文化站")
    for i in range(5):
        plan.add_power(f"630121-SJ-XK-{i:04d}", f"事项{i}")
    return plan


def test_set_fields_undo_redo_and_signal(qtbot) -> None:
    doc = Document(_plan())
    before = copy.deepcopy(doc.plan)
    body = next(iter(doc.plan.bodies.values()))
    ids = list(doc.plan.powers)[:3]
    with qtbot.waitSignal(doc.entitiesChanged) as blocker:
        doc.push(SetFieldsCommand(doc, POWERS, {i: {"body_id": body.id} for i in ids}, "分配"))
    assert blocker.args == [POWERS, ids]
    assert all(doc.plan.powers[i].body_id == body.id for i in ids)
    assert doc.modified
    doc.undo_stack.undo()
    assert doc.plan == before
    assert not doc.modified


def test_list_fields_are_not_shared(qtbot) -> None:
    doc = Document(_plan())
    body = next(iter(doc.plan.bodies.values()))
    doc.push(SetFieldsCommand(doc, BODIES, {body.id: {"sites": ["甲", "乙"]}}, "场所"))
    body.sites.append("丙")  # a careless caller must not corrupt the undo history
    doc.undo_stack.undo()
    assert body.sites == ["镇政府一楼"]


def test_remove_then_undo_restores_order(qtbot) -> None:
    doc = Document(_plan())
    before = copy.deepcopy(doc.plan)
    ids = list(doc.plan.powers)
    doc.push(RemoveEntitiesCommand(doc, POWERS, [ids[1], ids[3]], "删除"))
    assert list(doc.plan.powers) == [ids[0], ids[2], ids[4]]
    doc.undo_stack.undo()
    assert list(doc.plan.powers) == ids
    assert doc.plan == before


def test_add_then_undo(qtbot) -> None:
    doc = Document(_plan())
    extra = Plan().add_unit("林业站")
    doc.push(AddEntitiesCommand(doc, UNITS, [extra], "新增"))
    assert extra.id in doc.plan.units
    doc.undo_stack.undo()
    assert extra.id not in doc.plan.units
    doc.undo_stack.redo()
    assert list(doc.plan.units)[-1] == extra.id


def test_snapshot_command_redo_restores_same_ids(qtbot) -> None:
    doc = Document(_plan())
    before = copy.deepcopy(doc.plan)

    def add_two(plan: Plan) -> None:
        plan.add_power("NEW-1", "新事项一")
        plan.add_power("NEW-2", "新事项二")

    doc.push(SnapshotCommand(doc, [POWERS], add_two, "导入"))
    after = copy.deepcopy(doc.plan)
    doc.undo_stack.undo()
    assert doc.plan == before
    doc.undo_stack.redo()
    assert doc.plan == after
    # an edit after the snapshot survives undo/redo of itself
    new_id = list(doc.plan.powers)[-1]
    doc.push(SetFieldsCommand(doc, POWERS, {new_id: {"note": "备注"}}, "备注"))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.plan.powers[new_id].note == "备注"


def test_many_signal_emits_do_not_crash(qtbot) -> None:
    # PySide6 6.12.0 aborted CPython 3.11 after a few hundred emits (bool_dealloc).
    doc = Document(_plan())
    seen = []
    doc.modifiedChanged.connect(seen.append)
    for _ in range(2500):
        doc.modifiedChanged.emit(True)
        doc.modifiedChanged.emit(False)
    assert len(seen) == 5000
