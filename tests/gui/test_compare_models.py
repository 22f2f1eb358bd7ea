"""Item models of the compare window: aligned trees, differences list, key figures."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from reformdesk.domain.alternative import as_alternative
from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.comparison import Action, compare
from reformdesk.domain.model import Plan, PlanInfo, Tier
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.models.compare_tree_model import (
    ACTION_COLOURS,
    COL_MARK,
    COL_NAME,
    GROUP,
    SIDE_A,
    SIDE_B,
    SIDE_COLUMNS,
    CompareTreeModel,
)
from reformdesk.gui.models.diff_model import COL_ACTION, COL_B, COL_OBJECT, DifferenceRole, DiffModel, FiguresModel
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE, PLAN_TWO


def _small() -> Plan:
    plan = Plan(info=PlanInfo(name="方案一", office="大通县委编办", date=dt.date(2026, 11, 27)))
    service = plan.add_body("公共服务中心", authorized_posts=6, leadership_posts=2)
    enforce = plan.add_body("综合行政执法中队", authorized_posts=5, leadership_posts=2)
    office = plan.add_unit("党政办", head_count=3, body_id=service.id)
    plan.add_unit("文化站", head_count=2, body_id=service.id)
    law = plan.add_unit("司法所", head_count=2, body_id=enforce.id)
    plan.add_unit("安监站", head_count=2)  # not placed yet
    plan.add_person("Q001", "李明", tier_before=Tier.HEAD, tier_after=Tier.HEAD, unit_id=office.id)
    plan.add_person("Q002", "王芳", unit_id=office.id)
    plan.add_person("Q003", "陈静", unit_id=law.id)
    plan.add_power("XK-001", "食品经营许可", body_id=service.id)
    plan.add_power("CF-001", "占道经营处罚", body_id=enforce.id)
    return plan


def _edited(a: Plan) -> Plan:
    b = as_alternative(a, "方案二")
    enforce = b.body_by_name("综合行政执法中队")
    service = b.body_by_name("公共服务中心")
    assert enforce and service
    b.unit_by_name("文化站").body_id = enforce.id  # type: ignore[union-attr]
    b.person_by_staff_id("Q002").body_id = enforce.id  # type: ignore[union-attr]
    service.authorized_posts = 7
    b.add_unit("农业站", body_id=service.id)
    del b.units[b.unit_by_name("安监站").id]  # type: ignore[union-attr]
    next(p for p in b.powers.values() if p.code == "CF-001").body_id = service.id
    return b


@pytest.fixture(scope="module")
def samples() -> tuple[Plan, Plan]:
    return open_plan(PLAN_ONE), open_plan(PLAN_TWO)


def _rows(model: CompareTreeModel, parent: QModelIndex = QModelIndex()) -> list[tuple[str, str]]:  # noqa: B008
    return [
        (model.index(r, COL_NAME, parent).data(), model.index(r, SIDE_COLUMNS + COL_NAME, parent).data())
        for r in range(model.rowCount(parent))
    ]


def test_tree_model_passes_modeltester(qtmodeltester, samples) -> None:
    a, b = samples
    model = CompareTreeModel()
    model.set_comparison(a, b, compare(a, b))
    qtmodeltester.check(model)


def test_tree_aligns_same_entities_on_same_rows() -> None:
    a = _small()
    b = _edited(a)
    model = CompareTreeModel()
    model.set_comparison(a, b, compare(a, b))
    # Bodies in A's order, the not-placed group last (A has an unplaced unit).
    assert _rows(model) == [
        ("公共服务中心", "公共服务中心"),
        ("综合行政执法中队", "综合行政执法中队"),
        ("未安排职能机构", "未安排职能机构"),
    ]
    service = model.index(0, 0)
    # 文化站 moved: where it was in A (B side says where it went), and where it is in B.
    # 农业站 only in B, right after the B sibling before it.
    assert _rows(model, service) == [
        ("党政办", "党政办"),
        ("", "农业站"),
        ("文化站", "（移至 综合行政执法中队）"),
    ]
    enforce = model.index(1, 0)
    names = _rows(model, enforce)
    assert ("（原在 公共服务中心）", "文化站") in names
    # 王芳 placed individually in the enforcement team: directly under the body in B.
    assert ("（原在 党政办）", "王芳（Q002）") in names
    group = model.index(2, 0)
    assert _rows(model, group) == [("安监站", "")]
    assert model.node(group).kind == GROUP


def test_tree_marks_actions_in_words_and_colour() -> None:
    a = _small()
    b = _edited(a)
    model = CompareTreeModel()
    model.set_comparison(a, b, compare(a, b))
    service = model.index(0, 0)
    mark = model.index(0, COL_MARK).data()
    assert mark.startswith("变更")  # 编制数 6 → 7
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.BackgroundRole).color() == ACTION_COLOURS[Action.CHANGED]
    culture = model.index(2, COL_MARK, service)
    assert culture.data() == "移动"
    assert culture.data(Qt.ItemDataRole.BackgroundRole).color() == ACTION_COLOURS[Action.MOVED]
    added = model.index(1, SIDE_COLUMNS + COL_MARK, service)
    assert added.data() == "新增"
    assert added.data(Qt.ItemDataRole.BackgroundRole).color() == ACTION_COLOURS[Action.ADDED]
    group = model.index(2, 0)
    removed = model.index(0, COL_MARK, group)
    assert removed.data() == "删除"
    assert removed.data(Qt.ItemDataRole.BackgroundRole).color() == ACTION_COLOURS[Action.REMOVED]
    # The changed body says what changed in its tooltip.
    assert "编制数：6 → 7" in model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)


def test_tree_locates_differences_in_both_plans() -> None:
    a = _small()
    b = _edited(a)
    comparison = compare(a, b)
    model = CompareTreeModel()
    model.set_comparison(a, b, comparison)
    moved = next(d for d in comparison.differences if d.kind is EntityKind.UNIT and d.action is Action.MOVED)
    rows = model.indexes_for(moved)
    assert [model.node(i).a_id for i in rows] == [moved.a_id, None]
    assert [model.node(i).b_id for i in rows] == [None, moved.b_id]
    # A power is shown at its receiving body in each plan.
    power = next(d for d in comparison.differences if d.kind is EntityKind.POWER)
    shown = model.indexes_for(power)
    assert [i.data() for i in shown] == ["综合行政执法中队", "公共服务中心"]
    assert model.index_of(EntityKind.BODY, SIDE_B, b.body_by_name("公共服务中心").id).row() == 0  # type: ignore[union-attr]
    assert not model.index_of(EntityKind.UNIT, SIDE_A, "no such id").isValid()


def test_sample_plans_tree_shows_rename_and_moves(samples) -> None:
    a, b = samples
    comparison = compare(a, b)
    model = CompareTreeModel()
    model.set_comparison(a, b, comparison)
    top = _rows(model)
    assert ("经济发展办公室", "经济发展和乡村振兴办公室") in top  # renamed: one row, not delete + add
    moves = [d for d in comparison.differences if d.kind is EntityKind.UNIT and d.action is Action.MOVED]
    assert len(moves) == 3
    for d in moves:
        left = model.index_of(EntityKind.UNIT, SIDE_A, d.a_id)
        right = model.index_of(EntityKind.UNIT, SIDE_B, d.b_id)
        assert left.parent().data() == d.a_value
        assert right.parent().siblingAtColumn(SIDE_COLUMNS + COL_NAME).data() == d.b_value
        assert model.index(right.row(), SIDE_COLUMNS + COL_MARK, right.parent()).data().startswith("移动")


def test_diff_model_passes_modeltester_and_filters(qtmodeltester, samples) -> None:
    a, b = samples
    comparison = compare(a, b)
    model = DiffModel()
    model.set_differences(comparison.differences)
    qtmodeltester.check(model)
    assert model.rowCount() == len(comparison.differences) == model.total()
    model.set_filter(EntityKind.UNIT, Action.MOVED)
    assert model.rowCount() == 3
    assert {model.index(r, COL_ACTION).data() for r in range(3)} == {"移动"}
    model.set_filter(None, None, "乡村振兴")
    assert model.rowCount() >= 1
    assert all("乡村振兴" in model.index(r, COL_B).data() for r in range(model.rowCount()))
    model.set_filter(EntityKind.PLAN, Action.ADDED)
    assert model.rowCount() == 0
    model.set_filter()
    model.sort(COL_OBJECT, Qt.SortOrder.DescendingOrder)
    labels = [model.index(r, COL_OBJECT).data(DifferenceRole).key for r in range(model.rowCount())]
    assert labels == sorted(labels, reverse=True)
    qtmodeltester.check(model)


def test_diff_model_sort_keeps_selection_on_same_difference() -> None:
    a = _small()
    b = _edited(a)
    model = DiffModel()
    model.set_differences(compare(a, b).differences)
    first = model.difference(0)
    keep = model.index(0, 0)
    persistent = QPersistentModelIndex(keep)
    model.sort(COL_OBJECT, Qt.SortOrder.DescendingOrder)
    assert model.difference(persistent.row()) == first


def test_figures_model(qtmodeltester, samples) -> None:
    a, b = samples
    comparison = compare(a, b)
    model = FiguresModel()
    model.set_figures(comparison.figures)
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "方案一"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "差异"
    rows = {(f.section, f.label): r for r, f in enumerate(comparison.figures)}
    chiefs = rows[("改革后人员层级", "科室长")]
    assert model.index(chiefs, FiguresModel.COL_DIFF).data() == "+2"  # two section chiefs kept in 方案二
    assert model.index(chiefs, FiguresModel.COL_A).data(Qt.ItemDataRole.BackgroundRole) is not None
    same = rows[("改革后人员层级", "负责人")]
    assert model.index(same, FiguresModel.COL_DIFF).data() == "0"
    assert model.index(same, FiguresModel.COL_A).data(Qt.ItemDataRole.BackgroundRole) is None


def test_identical_plans_have_no_marks() -> None:
    a = _small()
    b = copy.deepcopy(a)
    model = CompareTreeModel()
    model.set_comparison(a, b, compare(a, b))
    for node in model.all_nodes():
        assert node.marks == (frozenset(), frozenset())
        assert node.a_id == node.b_id


def _structure_edit(plan: Plan, rnd) -> ChangeSet:
    """An edit of A's structure: units and people moved, added, removed, their units changed."""
    import dataclasses

    from reformdesk.domain.model import new_id

    bodies, units, people = list(plan.bodies), list(plan.units.values()), list(plan.people.values())
    choice = rnd.randrange(7)
    if choice == 0 and units:
        return ChangeSet().set(EntityKind.UNIT, {rnd.choice(units).id: {"body_id": rnd.choice([*bodies, None])}})
    if choice == 1 and people:
        return ChangeSet().set(EntityKind.PERSON, {rnd.choice(people).id: {"body_id": rnd.choice([*bodies, None])}})
    if choice == 2 and people and units:
        return ChangeSet().set(EntityKind.PERSON, {rnd.choice(people).id: {"unit_id": rnd.choice(units).id}})
    if choice == 3 and units:
        return ChangeSet().remove(EntityKind.UNIT, [rnd.choice(units).id])
    if choice == 4 and people:
        return ChangeSet().remove(EntityKind.PERSON, [p.id for p in rnd.sample(people, min(3, len(people)))])
    if choice == 5 and units:
        unit = dataclasses.replace(rnd.choice(units), id=new_id(), name="新站所")
        return ChangeSet().add(EntityKind.UNIT, [unit])
    if people:
        person = dataclasses.replace(rnd.choice(people), id=new_id(), staff_id=f"N{rnd.randrange(999)}")
        return ChangeSet().add(EntityKind.PERSON, [person])
    return ChangeSet()


@pytest.mark.parametrize("seed", range(3))
def test_side_rows_worked_out_for_what_an_edit_touched_equal_those_from_scratch(seed: int) -> None:
    import random

    from reformdesk.gui.models.compare_tree_model import _parents_of, _side_children, _side_children_after
    from reformdesk.samples.synthetic import generate_plan

    rnd = random.Random(seed)
    plan = generate_plan(powers=40, people=40, units=12, seed=seed)
    children = _side_children(plan)
    parents = _parents_of(children)
    done: list[ChangeSet] = []
    for _ in range(60):
        if done and rnd.random() < 0.3:
            touched = done.pop().revert(plan)  # an undo puts entities back where they were
        else:
            changes = _structure_edit(plan, rnd)
            touched = changes.apply(plan)
            done.append(changes)
        after = _side_children_after(plan, children, parents, touched)
        assert after is not None
        fresh = _side_children(plan)
        new_children, new_parents, changed = after
        assert {k: v for k, v in new_children.items() if v} == {k: v for k, v in fresh.items() if v}
        assert new_parents == _parents_of(fresh)
        assert changed == {k for k in children.keys() | fresh.keys() if children.get(k, []) != fresh.get(k, [])}
        children, parents = new_children, new_parents


def test_a_person_without_staff_id_is_named_alone_in_the_tree() -> None:
    a = _small()
    person = next(iter(a.people.values()))
    person.staff_id = ""
    b = as_alternative(a, "方案二")
    model = CompareTreeModel()
    model.set_comparison(a, b, compare(a, b))
    index = model.index_of(EntityKind.PERSON, SIDE_A, person.id, COL_NAME)
    assert index.isValid()
    assert model.data(index) == person.name


def test_diff_model_shows_values_in_the_uis_language(qapp, samples) -> None:
    """The English list read "Tier after 干部 → 科室长": a value that is an enum's label or a date is
    shown as the UI names it; names and free text as written; the Chinese UI as the domain wrote it."""
    from reformdesk.gui.app import install_translators, remove_translators
    from reformdesk.gui.models.diff_model import COL_A

    a, b = samples
    b.info.date = dt.date(2026, 12, 1)
    comparison = compare(a, b)
    model = DiffModel()
    model.set_differences(comparison.differences)
    tiers = [
        r for r in range(model.rowCount()) if model.index(r, COL_OBJECT).data(DifferenceRole).field == "tier_after"
    ]
    assert tiers and model.index(tiers[0], COL_A).data() == "干部"
    translators = install_translators(qapp, "en")
    try:
        shown = {(model.index(r, COL_A).data(), model.index(r, COL_B).data()) for r in tiers}
        assert ("Staff", "Section chief") in shown
        dates = [r for r in range(model.rowCount()) if model.index(r, COL_OBJECT).data(DifferenceRole).field == "date"]
        assert [(model.index(r, COL_A).data(), model.index(r, COL_B).data()) for r in dates] == [
            ("27 Nov 2026", "1 Dec 2026")
        ]
        units = [
            r
            for r in range(model.rowCount())
            if model.index(r, COL_OBJECT).data(DifferenceRole).kind is EntityKind.UNIT
        ]
        assert {model.index(r, COL_B).data() for r in units} >= {"党政综合办公室"}  # a body's name as written
    finally:
        remove_translators(qapp, translators)
