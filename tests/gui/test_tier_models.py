"""Tier editor models: modeltester, filters, sort, edits and drops as undoable commands."""

from __future__ import annotations

import copy

from PySide6.QtCore import QModelIndex, Qt

from reformdesk.domain.model import Tier
from reformdesk.domain.validation import validate
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.mime import BODIES_MIME, PEOPLE_MIME, encode_ids
from reformdesk.gui.models.people_model import (
    NONE_FILTER,
    BodyListModel,
    ChoicesRole,
    DeputyListModel,
    IdRole,
    PeopleModel,
    ValueRole,
)
from tests.domain.test_tiers import TIER_CODES, four_tier_plan


def _doc(proposed: bool = False) -> Document:
    doc = Document(four_tier_plan())
    if proposed:
        edits.three_tier_proposal(doc)
        doc.undo_stack.clear()
    return doc


def _names(model: PeopleModel) -> list[str]:
    return [model.index(r, PeopleModel.NAME).data() for r in range(model.rowCount())]


def test_models_pass_modeltester(qtmodeltester) -> None:
    doc = _doc()
    people, bodies, deputies = PeopleModel(doc), BodyListModel(doc), DeputyListModel(doc)
    for model in (people, bodies, deputies):
        qtmodeltester.check(model)
    # and while the plan changes under them (rows join and leave the filter, order changes)
    people.set_filters(tier=Tier.STAFF)
    people.sort(PeopleModel.NAME)
    edits.three_tier_proposal(doc)
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    for model in (people, bodies, deputies):
        qtmodeltester.check(model)


def test_proposal_is_one_undo_step_and_undo_restores_exactly(qtbot) -> None:
    doc = _doc()
    before = copy.deepcopy(doc.plan)
    model = PeopleModel(doc)
    assert edits.three_tier_proposal(doc)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "转为三级管理"
    assert not {p.code for p in validate(doc.plan)} & TIER_CODES
    row = model.row_of(doc.plan.person_by_staff_id("C001").id)
    assert model.index(row, PeopleModel.TIER_AFTER).data() == "干部"
    assert model.index(row, PeopleModel.REPORTS_TO).data() == "李副镇长"
    doc.undo_stack.undo()
    assert doc.plan == before
    assert model.index(row, PeopleModel.TIER_AFTER).data() == "科室长"


def test_people_filters_and_search(qtbot) -> None:
    doc = _doc(proposed=True)
    model = PeopleModel(doc)
    assert model.rowCount() == 30
    service = doc.plan.body_by_name("公共服务中心")
    model.set_filters(body=service.id)
    assert model.rowCount() == 9
    assert set(_names(model)) >= {"民政办主任", "社保所主任"}
    model.set_filters(tier=Tier.DEPUTY_IN_CHARGE)
    assert sorted(_names(model)) == sorted(["李副镇长", "张副镇长", "赵副镇长"])
    model.set_filters(unit=doc.plan.unit_by_name("文化站").id)
    assert _names(model) == ["文化站主任", "文化站干部1", "文化站干部2"]
    model.set_filters(unit=NONE_FILTER)  # head and deputies belong to no unit
    assert model.rowCount() == 4
    model.set_filters(search="干部1")
    assert len(_names(model)) == 8 and all("干部1" in n for n in _names(model))
    model.set_filters(body=service.id, search="文化")
    assert model.rowCount() == 3


def test_filtered_row_leaves_when_edit_moves_it_out(qtbot) -> None:
    doc = _doc(proposed=True)
    model = PeopleModel(doc)
    service = doc.plan.body_by_name("公共服务中心")
    model.set_filters(body=service.id)
    row = model.row_of(doc.plan.person_by_staff_id("D013").id)
    finance = doc.plan.body_by_name("财政管理所")
    with qtbot.waitSignal(model.rowsRemoved):
        assert model.setData(model.index(row, PeopleModel.BODY), finance.id)
    assert model.rowCount() == 8
    doc.undo_stack.undo()
    assert model.rowCount() == 9


def test_sort_by_tier_and_name(qtbot) -> None:
    doc = _doc(proposed=True)
    model = PeopleModel(doc)
    model.sort(PeopleModel.TIER_AFTER)
    tiers_shown = [model.index(r, PeopleModel.TIER_AFTER).data() for r in range(model.rowCount())]
    assert tiers_shown[0] == "负责人" and tiers_shown[1:4] == ["分管副职"] * 3 and tiers_shown[-1] == "干部"
    model.sort(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)
    names = _names(model)
    # pinyin order: 安监站… (an) first, 组织办… (zu) last
    assert names[0].startswith("安监站") and names[-1].startswith("组织办")
    model.sort(PeopleModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(model) == names[::-1]


def test_cell_edits_are_commands_with_choices(qtbot) -> None:
    doc = _doc(proposed=True)
    model = PeopleModel(doc)
    clerk = doc.plan.person_by_staff_id("D002")
    row = model.row_of(clerk.id)
    tier_index = model.index(row, PeopleModel.TIER_AFTER)
    assert [v for _l, v in tier_index.data(ChoicesRole)] == [Tier.HEAD, Tier.DEPUTY_IN_CHARGE, Tier.STAFF]
    assert model.flags(tier_index) & Qt.ItemFlag.ItemIsEditable
    name_index = model.index(row, PeopleModel.NAME)
    assert model.flags(name_index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(name_index, " 党政办干部甲 ")
    assert clerk.name == "党政办干部甲"
    assert doc.undo_stack.undoText() == "修改人员 党政办干部1（姓名）"
    doc.undo_stack.undo()
    assert clerk.name == "党政办干部1"

    zhao = doc.plan.person_by_staff_id("B003")
    rt_index = model.index(row, PeopleModel.REPORTS_TO)
    offered = [v for _l, v in rt_index.data(ChoicesRole)]
    assert None in offered and zhao.id in offered and clerk.id not in offered
    assert model.setData(rt_index, zhao.id)
    assert clerk.reports_to_id == zhao.id
    assert doc.undo_stack.undoText() == "党政办干部1 改为向 赵副镇长 报告"
    assert rt_index.data() == "赵副镇长" and rt_index.data(ValueRole) == zhao.id

    body_index = model.index(row, PeopleModel.BODY)
    finance = doc.plan.body_by_name("财政管理所")
    assert model.setData(body_index, finance.id)
    assert doc.plan.body_of(clerk) == finance.id
    assert clerk.reports_to_id == finance.deputy_id  # staff follow their new body's deputy
    assert doc.undo_stack.undoText() == "将 党政办干部1 移入 财政管理所"

    assert model.setData(tier_index, Tier.DEPUTY_IN_CHARGE)
    assert clerk.tier_after is Tier.DEPUTY_IN_CHARGE
    for _ in range(3):
        doc.undo_stack.undo()
    assert clerk.tier_after is Tier.STAFF and clerk.body_id is None


def test_drop_person_on_body_and_deputy(qtbot) -> None:
    doc = _doc(proposed=True)
    people, bodies, deputies = PeopleModel(doc), BodyListModel(doc), DeputyListModel(doc)
    clerk = doc.plan.person_by_staff_id("D002")
    mime = people.mimeData([people.index(people.row_of(clerk.id), 0)])
    assert mime.hasFormat(PEOPLE_MIME)

    finance = doc.plan.body_by_name("财政管理所")
    target = bodies.index(bodies.row_of(finance.id), 0)
    assert not bodies.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert bodies.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert doc.plan.body_of(clerk) == finance.id

    zhao = doc.plan.person_by_staff_id("B003")
    zrow = deputies.row_of(zhao.id)
    assert deputies.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, deputies.index(zrow, 0))
    assert clerk.reports_to_id == zhao.id
    # a deputy dropped on their own row does nothing
    own = encode_ids(PEOPLE_MIME, [zhao.id])
    assert not deputies.canDropMimeData(own, Qt.DropAction.MoveAction, -1, -1, deputies.index(zrow, 0))

    # a deputy in charge dropped on a body: they lead it, its staff report to them
    assert bodies.dropMimeData(own, Qt.DropAction.MoveAction, -1, -1, target)
    assert finance.deputy_id == zhao.id
    assert all(m.reports_to_id == zhao.id for m in doc.plan.people_by_body()[finance.id])
    assert deputies.index(zrow, DeputyListModel.BODY_COUNT).data() == "2"
    assert bodies.index(target.row(), BodyListModel.DEPUTY).data() == "赵副镇长"

    # bodies dragged onto a deputy: one macro
    li = doc.plan.person_by_staff_id("B001")
    both = encode_ids(BODIES_MIME, [finance.id, doc.plan.body_by_name("公共服务中心").id])
    steps = doc.undo_stack.count()
    assert deputies.dropMimeData(both, Qt.DropAction.LinkAction, -1, -1, deputies.index(deputies.row_of(li.id), 0))
    assert doc.undo_stack.count() == steps + 1
    assert deputies.index(deputies.row_of(li.id), DeputyListModel.BODY_COUNT).data() == "3"
    assert not {p.code for p in validate(doc.plan)} & TIER_CODES


def test_body_deputy_picker(qtbot) -> None:
    doc = _doc(proposed=True)
    bodies = BodyListModel(doc)
    finance = doc.plan.body_by_name("财政管理所")
    index = bodies.index(bodies.row_of(finance.id), BodyListModel.DEPUTY)
    labels = [label for label, _v in index.data(ChoicesRole)]
    assert labels == ["（无）", "李副镇长", "张副镇长", "赵副镇长"]
    assert bodies.setData(index, None)
    assert finance.deputy_id is None
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # flagged
    assert "body.no_deputy" in {p.code for p in validate(doc.plan)}
    doc.undo_stack.undo()
    assert index.data() == "李副镇长"
    assert index.data(IdRole) == finance.id


def test_deputy_imbalance_is_highlighted(qtbot) -> None:
    doc = _doc(proposed=True)
    deputies = DeputyListModel(doc)
    zhao = doc.plan.person_by_staff_id("B003")
    everything = encode_ids(BODIES_MIME, list(doc.plan.bodies))
    deputies.dropMimeData(everything, Qt.DropAction.LinkAction, -1, -1, deputies.index(deputies.row_of(zhao.id), 0))
    cell = deputies.index(deputies.row_of(zhao.id), DeputyListModel.PEOPLE_LED)
    assert cell.data() == "26"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "偏忙" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert deputies.report.imbalanced
