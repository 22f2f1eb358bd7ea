"""adopt(): carrying differences from B into A, and reverting exactly."""

from __future__ import annotations

import copy

import pytest

from reformdesk.domain.comparison import Action, adopt, compare
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind
from tests.domain.comparison_plans import alternative, edit, redraft, small_plan


def idents(plan_a: Plan, plan_b: Plan) -> set[tuple[str, str, str, str]]:
    return {d.ident for d in compare(plan_a, plan_b).differences}


def orders(plan: Plan) -> tuple[list[str], ...]:
    return (list(plan.bodies), list(plan.units), list(plan.people), list(plan.powers))


@pytest.mark.parametrize("drafting", [alternative, redraft], ids=["id", "key"])
def test_adopting_everything_leaves_no_difference(drafting):
    a = small_plan()
    b = drafting(a)
    edit(b)
    c = compare(a, b)
    assert c.differences
    adopt(a, b, c.differences, c)
    assert compare(a, b).differences == []


@pytest.mark.parametrize("drafting", [alternative, redraft], ids=["id", "key"])
def test_adopting_some_removes_exactly_those(drafting):
    a = small_plan()
    b = drafting(a)
    expected = edit(b)
    c = compare(a, b)
    chosen = [d for d in c.differences if d.kind in (EntityKind.POWER, EntityKind.PERSON)]
    adopt(a, b, chosen)
    assert idents(a, b) == expected - {d.ident for d in chosen}


@pytest.mark.parametrize("drafting", [alternative, redraft], ids=["id", "key"])
def test_revert_restores_exactly_and_apply_redoes(drafting):
    a = small_plan()
    before = copy.deepcopy(a)
    b = drafting(a)
    edit(b)
    c = compare(a, b)
    adoption = adopt(a, b, c.differences)
    after = copy.deepcopy(a)
    assert a != before
    adoption.revert(a)
    assert a == before
    assert orders(a) == orders(before)
    adoption.apply(a)
    assert a == after
    assert orders(a) == orders(after)
    adoption.revert(a)
    assert a == before


def test_added_entities_keep_b_ids_when_matching_by_id():
    a = small_plan()
    b = alternative(a)
    edit(b)
    added = [d for d in compare(a, b).differences if d.action is Action.ADDED]
    adopt(a, b, added)
    for d in added:
        table = a.powers if d.kind is EntityKind.POWER else a.units
        assert d.b_id in table


def test_added_entity_references_are_mapped_when_matching_by_key():
    a = small_plan()
    b = redraft(a)
    b.add_power(
        "XK-009", "新增许可", body_id=b.body_by_name("财政管理所").id, official_id=b.person_by_staff_id("Q008").id
    )  # type: ignore[union-attr]
    c = compare(a, b)
    [d] = c.differences
    adopt(a, b, [d], c)
    power = next(p for p in a.powers.values() if p.code == "XK-009")
    assert power.body_id == a.body_by_name("财政管理所").id  # type: ignore[union-attr]
    assert power.official_id == a.person_by_staff_id("Q008").id  # type: ignore[union-attr]
    assert power.seq == max(p.seq for p in a.powers.values())


def test_added_body_and_its_power_adopted_together():
    a = small_plan()
    b = redraft(a)
    body = b.add_body("党建工作办公室", authorized_posts=2)
    b.add_power("QT-001", "党建事项", body_id=body.id)
    adopt(a, b, compare(a, b).differences)
    power = next(p for p in a.powers.values() if p.code == "QT-001")
    assert a.bodies[power.body_id].name == "党建工作办公室"  # type: ignore[index]
    assert compare(a, b).same


def test_reference_to_entity_not_adopted_stays_a_difference():
    a = small_plan()
    b = redraft(a)
    body = b.add_body("党建工作办公室", authorized_posts=2)
    b.add_power("QT-001", "党建事项", body_id=body.id)
    power_added = [d for d in compare(a, b).differences if d.kind is EntityKind.POWER]
    adopt(a, b, power_added)
    left = {d.ident for d in compare(a, b).differences}
    assert left == {("body", "added", "党建工作办公室", ""), ("power", "changed", "QT-001", "body_id")}


def test_removing_a_body_empties_references_to_it():
    a = small_plan()
    b = alternative(a)
    finance = b.body_by_name("财政管理所")
    assert finance
    del b.bodies[finance.id]
    for unit in b.units.values():
        if unit.body_id == finance.id:
            unit.body_id = None
    for power in b.powers.values():
        if power.body_id == finance.id:
            power.body_id = None
    before = copy.deepcopy(a)
    c = compare(a, b)
    assert {(d.kind, d.action) for d in c.differences} == {
        (EntityKind.BODY, Action.REMOVED),
        (EntityKind.UNIT, Action.MOVED),  # its people follow the unit: no person move of their own
        (EntityKind.POWER, Action.CHANGED),
    }
    removal = [d for d in c.differences if d.action is Action.REMOVED]
    adoption = adopt(a, b, removal)
    assert finance.id not in a.bodies
    assert all(x.body_id != finance.id for x in (*a.units.values(), *a.powers.values()))
    assert compare(a, b).same  # the references emptied are exactly B's
    adoption.revert(a)
    assert a == before and orders(a) == orders(before)


def test_stale_difference_is_refused():
    a = small_plan()
    b = alternative(a)
    edit(b)
    c = compare(a, b)
    removed = [d for d in c.differences if d.action is Action.REMOVED]
    adopt(a, b, removed)
    with pytest.raises(ValueError, match="no longer applies"):
        adopt(a, b, removed)


def test_plan_settings_are_adopted_and_reverted():
    a = small_plan()
    b = alternative(a)
    b.info.name = "方案二"
    adoption = adopt(a, b, compare(a, b).differences)
    assert a.info.name == "方案二"
    adoption.revert(a)
    assert a.info.name == "方案一"
    assert adoption.info_values() == {"name": "方案二"} and not adoption.kinds()
