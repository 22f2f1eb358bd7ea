"""Structure tree models: model tester, tree shape, drag and drop at the model level, undo."""

from __future__ import annotations

import copy

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.mime import PEOPLE_MIME, POWERS_MIME, UNITS_MIME, encode_ids
from reformdesk.gui.models.structure_model import UNPLACED, NewStructureModel, OldStructureModel
from tests.gui.core_plans import small_plan


def _texts(model, parent: QModelIndex | None = None) -> list:
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append((model.data(index), _texts(model, index)))
    return out


def _body_index(model: NewStructureModel, body_id: str) -> QModelIndex:
    index = model.index_for(EntityKind.BODY, body_id)
    assert index.isValid()
    return index


def test_models_pass_model_tester_through_edits(qtmodeltester) -> None:
    doc = Document(small_plan())
    new, old = NewStructureModel(doc), OldStructureModel(doc)
    qtmodeltester.check(new)
    qtmodeltester.check(old)
    edits.move_units(doc, ["u-farm", "u-office"], "b-finance")
    edits.place_people(doc, ["p-3"], "b-finance")
    body = edits.add_body(doc, "社会事务办公室")
    edits.move_units(doc, ["u-culture"], body.id)
    edits.remove_bodies(doc, ["b-service"])
    for _ in range(5):
        doc.undo_stack.undo()
    for _ in range(5):
        doc.undo_stack.redo()
    doc.replace_plan(small_plan())
    qtmodeltester.check(new)
    qtmodeltester.check(old)


def test_new_tree_shape_marks_unplaced() -> None:
    doc = Document(small_plan())
    model = NewStructureModel(doc)
    assert _texts(model) == [
        ("公共服务中心", [("党政办", [("张伟", []), ("李娜", [])]), ("文化站", [("王芳", [])])]),
        ("财政管理所", [("财政所", [("刘洋", [])]), ("杨磊", [])]),
        ("未并入", [("农牧站", [("陈静", [])]), ("赵敏", [])]),
    ]
    farm = model.index_for(EntityKind.UNIT, "u-farm")
    assert model.key_of(farm.parent()) == UNPLACED
    assert model.data(farm, Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index_for(EntityKind.UNIT, "u-office"), Qt.ItemDataRole.FontRole) is None


def test_body_load_text_and_over_limit_colour() -> None:
    doc = Document(small_plan())
    model = NewStructureModel(doc)
    service = _body_index(model, "b-service")
    load = model.index(service.row(), 1)
    assert model.data(load) == "3/3 人 · 领导 1/1"
    assert model.data(load, Qt.ItemDataRole.ForegroundRole) is None
    edits.move_units(doc, ["u-farm"], "b-service")
    assert model.data(load) == "4/3 人 · 领导 1/1"
    brush = model.data(load, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().red() > 150


def test_drop_units_on_body_is_one_undoable_command() -> None:
    doc = Document(small_plan())
    before = copy.deepcopy(doc.plan)
    model = NewStructureModel(doc)
    mime = encode_ids(UNITS_MIME, ["u-farm", "u-culture"])
    target = _body_index(model, "b-finance")
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert doc.plan.units["u-farm"].body_id == "b-finance"
    assert doc.plan.units["u-culture"].body_id == "b-finance"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "将 农牧站、文化站 并入 财政管理所"
    # People follow their unit, except the one placed individually.
    assert doc.plan.body_of(doc.plan.people["p-5"]) == "b-finance"
    assert doc.plan.body_of(doc.plan.people["p-3"]) == "b-finance"
    doc.undo_stack.undo()
    assert doc.plan == before
    doc.undo_stack.redo()
    assert doc.plan.units["u-farm"].body_id == "b-finance"


def test_drop_on_a_unit_row_lands_in_its_body_and_refuses_no_ops() -> None:
    doc = Document(small_plan())
    model = NewStructureModel(doc)
    office = model.index_for(EntityKind.UNIT, "u-office")  # inside 公共服务中心
    mime = encode_ids(UNITS_MIME, ["u-money"])
    assert model.drop_target(office) == (EntityKind.BODY, "b-service")
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, office)
    assert doc.plan.units["u-money"].body_id == "b-service"
    # Dropping it again where it already is changes nothing: refused.
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, office)


def test_drop_back_to_unplaced_and_onto_old_tree() -> None:
    doc = Document(small_plan())
    new, old = NewStructureModel(doc), OldStructureModel(doc)
    group = new.index(new.rowCount() - 1, 0)
    assert new.key_of(group) == UNPLACED
    mime = encode_ids(UNITS_MIME, ["u-office"])
    assert new.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, group)
    assert doc.plan.units["u-office"].body_id is None
    assert doc.undo_stack.undoText() == "将 党政办 移回未并入"
    mime = encode_ids(UNITS_MIME, ["u-culture"])
    anywhere = old.index(0, 0)
    assert old.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, anywhere)
    assert old.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, anywhere)
    assert doc.plan.units["u-culture"].body_id is None
    # An unplaced unit dropped on the old tree again: nothing to do, refused.
    assert not old.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, anywhere)


def test_drop_people_places_them_individually() -> None:
    doc = Document(small_plan())
    model = NewStructureModel(doc)
    mime = encode_ids(PEOPLE_MIME, ["p-2"])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, _body_index(model, "b-finance"))
    assert doc.plan.people["p-2"].body_id == "b-finance"
    # The person now shows directly under the body, no longer under their unit.
    person = model.index_for(EntityKind.PERSON, "p-2")
    assert model.key_of(person.parent()) == (EntityKind.BODY, "b-finance")
    # Moving their unit later does not take them along.
    edits.move_units(doc, ["u-office"], None)
    assert doc.plan.body_of(doc.plan.people["p-2"]) == "b-finance"


def test_drop_units_and_people_together_is_one_step() -> None:
    doc = Document(small_plan())
    before = copy.deepcopy(doc.plan)
    model = NewStructureModel(doc)
    mime = encode_ids(UNITS_MIME, ["u-farm"])
    encode_ids(PEOPLE_MIME, ["p-7"], mime)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, _body_index(model, "b-service"))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


def test_drop_powers_assigns_receiving_body_only_on_a_body() -> None:
    doc = Document(small_plan())
    model = NewStructureModel(doc)
    mime = encode_ids(POWERS_MIME, ["w-1", "w-2"])
    group = model.index(model.rowCount() - 1, 0)
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, group)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, _body_index(model, "b-finance"))
    assert doc.plan.powers["w-1"].body_id == "b-finance"
    assert doc.plan.powers["w-2"].body_id == "b-finance"
    assert doc.undo_stack.undoText() == "由 财政管理所 承接 2 项事项"


def test_mime_data_carries_units_and_people() -> None:
    doc = Document(small_plan())
    model = OldStructureModel(doc)
    unit = model.index_for(EntityKind.UNIT, "u-farm")
    person = model.index_for(EntityKind.PERSON, "p-1")
    mime = model.mimeData([unit, person, model.index(unit.row(), 1)])
    from reformdesk.gui.mime import decode_ids

    assert decode_ids(mime, UNITS_MIME) == ["u-farm"]
    assert decode_ids(mime, PEOPLE_MIME) == ["p-1"]


def test_read_only_refuses_drag_and_drop() -> None:
    doc = Document(small_plan())
    model = NewStructureModel(doc)
    doc.set_read_only(True, "locked")
    unit = model.index_for(EntityKind.UNIT, "u-office")
    assert not model.flags(unit) & Qt.ItemFlag.ItemIsDragEnabled
    mime = encode_ids(UNITS_MIME, ["u-farm"])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, _body_index(model, "b-service"))


def test_remove_body_unplaces_its_units_and_clears_references_in_one_step() -> None:
    doc = Document(small_plan())
    before = copy.deepcopy(doc.plan)
    model = NewStructureModel(doc)
    assert edits.remove_bodies(doc, ["b-service"])
    plan = doc.plan
    assert "b-service" not in plan.bodies
    assert plan.units["u-office"].body_id is None and plan.units["u-culture"].body_id is None
    assert plan.powers["w-0"].body_id is None
    assert [t for t, _c in _texts(model)] == ["财政管理所", "领导班子", "未并入"]  # the head, whose unit went back
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "删除职能机构 公共服务中心"
    doc.undo_stack.undo()
    assert doc.plan == before
    assert [t for t, _c in _texts(model)] == ["公共服务中心", "财政管理所", "未并入"]


def test_body_fields_edits_are_undoable() -> None:
    doc = Document(small_plan())
    before = copy.deepcopy(doc.plan)
    assert edits.rename_body(doc, "b-finance", "财政所（新）")
    assert edits.set_body_fields(doc, "b-finance", authorized_posts=5, sites=["一楼", "二楼"])
    assert not edits.rename_body(doc, "b-finance", "  ")
    assert doc.plan.bodies["b-finance"].sites == ["一楼", "二楼"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan == before


def test_model_tester_with_the_leadership_row_coming_and_going(qtmodeltester) -> None:
    doc = Document(small_plan())
    new = NewStructureModel(doc)
    qtmodeltester.check(new)
    assert edits.remove_bodies(doc, ["b-service"])  # the head's unit goes back: 领导班子 appears
    qtmodeltester.check(new)
    doc.undo_stack.undo()  # and goes again
    qtmodeltester.check(new)
