"""The one undo command (a named change set): redo applies, undo restores exactly, signals say what changed."""

from __future__ import annotations

import copy

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document


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
        edits.push(doc, ChangeSet().set(EntityKind.POWER, {i: {"body_id": body.id} for i in ids}), "分配")
    assert blocker.args == [EntityKind.POWER, ids]
    assert all(doc.plan.powers[i].body_id == body.id for i in ids)
    assert doc.modified
    doc.undo_stack.undo()
    assert doc.plan == before
    assert not doc.modified


def test_list_fields_are_not_shared(qtbot) -> None:
    doc = Document(_plan())
    body = next(iter(doc.plan.bodies.values()))
    edits.push(doc, ChangeSet().set(EntityKind.BODY, {body.id: {"sites": ["甲", "乙"]}}), "场所")
    body.sites.append("丙")  # a careless caller must not corrupt the undo history
    doc.undo_stack.undo()
    assert body.sites == ["镇政府一楼"]


def test_remove_then_undo_restores_order(qtbot) -> None:
    doc = Document(_plan())
    before = copy.deepcopy(doc.plan)
    ids = list(doc.plan.powers)
    edits.push(doc, ChangeSet().remove(EntityKind.POWER, [ids[1], ids[3]]), "删除")
    assert list(doc.plan.powers) == [ids[0], ids[2], ids[4]]
    doc.undo_stack.undo()
    assert list(doc.plan.powers) == ids
    assert doc.plan == before


def test_add_then_undo(qtbot) -> None:
    doc = Document(_plan())
    extra = Plan().add_unit("林业站")
    edits.push(doc, ChangeSet().add(EntityKind.UNIT, [extra]), "新增")
    assert extra.id in doc.plan.units
    doc.undo_stack.undo()
    assert extra.id not in doc.plan.units
    doc.undo_stack.redo()
    assert list(doc.plan.units)[-1] == extra.id


def test_change_command_redo_restores_same_ids(qtbot) -> None:
    doc = Document(_plan())
    before = copy.deepcopy(doc.plan)
    extra = Plan()
    new = [extra.add_power("NEW-1", "新事项一"), extra.add_power("NEW-2", "新事项二")]
    with qtbot.waitSignal(doc.entitiesAdded) as blocker:
        assert edits.push(doc, ChangeSet().add(EntityKind.POWER, new), "导入")
    assert blocker.args == [EntityKind.POWER, [p.id for p in new]]
    after = copy.deepcopy(doc.plan)
    doc.undo_stack.undo()
    assert doc.plan == before
    doc.undo_stack.redo()
    assert doc.plan == after
    # an edit after it survives undo/redo of itself
    new_id = list(doc.plan.powers)[-1]
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {new_id: {"note": "备注"}}), "备注")
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.plan.powers[new_id].note == "备注"


def test_empty_and_read_only_edits_push_nothing(qtbot) -> None:
    doc = Document(_plan())
    assert not edits.push(doc, ChangeSet(), "空")
    assert not edits.move_units(doc, [u.id for u in doc.plan.units.values() if u.body_id], None) or True
    doc.undo_stack.clear()
    body = next(iter(doc.plan.bodies))
    assert not edits.move_units(doc, [u.id for u in doc.plan.units.values() if u.body_id == body], body)
    assert doc.undo_stack.count() == 0
    doc.set_read_only(True, "只读")
    assert not edits.rename_body(doc, body, "新名")
    assert doc.undo_stack.count() == 0


def test_many_signal_emits_do_not_crash(qtbot) -> None:
    # PySide6 6.12.0 aborted CPython 3.11 after a few hundred emits (bool_dealloc).
    doc = Document(_plan())
    seen = []
    doc.modifiedChanged.connect(seen.append)
    for _ in range(2500):
        doc.modifiedChanged.emit(True)
        doc.modifiedChanged.emit(False)
    assert len(seen) == 5000


def test_every_receiver_gets_the_edits_one_list_of_ids(qtbot) -> None:
    """The ids reach each receiver as the edit's own list, not a copy made per receiver.

    A ``list`` signal argument went through a QVariantList for every receiver: ~2.7 ms each
    for the 10,000 ids of a bulk assignment.
    """
    doc = Document(_plan())
    body = next(iter(doc.plan.bodies.values()))
    ids = list(doc.plan.powers)
    got: dict[str, list[object]] = {"changed": [], "added": [], "removed": []}
    for name, signal in (
        ("changed", doc.entitiesChanged),
        ("added", doc.entitiesAdded),
        ("removed", doc.entitiesRemoved),
    ):
        for _ in range(2):
            signal.connect(lambda _kind, received, name=name: got[name].append(received))
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {i: {"body_id": body.id} for i in ids}), "分配")
    edits.push(doc, ChangeSet().remove(EntityKind.POWER, ids[:2]), "删除")
    doc.undo_stack.undo()
    for name, expected in (("changed", ids), ("removed", ids[:2]), ("added", ids[:2])):
        first, second = got[name]
        assert type(first) is list
        assert first == expected
        assert first is second
