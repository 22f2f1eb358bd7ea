"""recompare(): the comparison updated for what a change set touched equals comparing again.

Random sequences of adoptions, undos, redos and other edits of plan A (renames,
moves, removals, new entities), matched by id (an alternative) and by natural key
(drafted apart); after every step the incrementally updated comparison must be
exactly ``compare(a, b, figures=False)``: the same differences in the same order,
the same matching.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from reformdesk.domain.changes import ChangeSet, Touched
from reformdesk.domain.comparison import Comparison, adoption_changes, compare, recompare
from reformdesk.domain.model import Plan, Tier, new_id
from reformdesk.domain.registry import EntityKind
from reformdesk.samples.synthetic import generate_plan
from tests.domain.comparison_plans import alternative, edit, redraft, small_plan


def _same(got: Comparison, a: Plan, b: Plan) -> None:
    want = compare(a, b, figures=False)
    assert got.matching == want.matching
    assert got.pairs.a2b == want.pairs.a2b
    assert got.pairs.b2a == want.pairs.b2a
    assert got.differences == want.differences
    assert got.segments == want.segments


def _edited(plan: Plan, rnd: random.Random) -> None:
    """Plan B: B's own edits of every kind (as an alternative drafted further)."""
    bodies = list(plan.bodies.values())
    for p in rnd.sample(list(plan.powers.values()), 12):
        p.deadline = dt.date(2027, rnd.randint(1, 12), 1)
    for p in rnd.sample(list(plan.powers.values()), 8):
        p.body_id = rnd.choice(bodies).id
    for p in rnd.sample(list(plan.powers.values()), 5):
        del plan.powers[p.id]
    for i in range(5):
        plan.add_power(f"NEW-{i:03d}", f"新增事项{i}", body_id=rnd.choice(bodies).id)
    for u in rnd.sample(list(plan.units.values()), 3):
        u.body_id = rnd.choice(bodies).id
    for person in rnd.sample(list(plan.people.values()), 4):
        person.body_id = rnd.choice(bodies).id
    for person in rnd.sample(list(plan.people.values()), 2):
        person.tier_after = Tier.STAFF
    bodies[0].name += "（更名）"
    bodies[1].authorized_posts += 2
    plan.add_body("新设机构", authorized_posts=3, leadership_posts=1)
    plan.add_unit("新设站所", body_id=bodies[2].id)
    plan.info.name = "方案二"


def _other_edit(a: Plan, rnd: random.Random) -> ChangeSet:
    """An edit of A that is no adoption: what the main window may do while comparing."""
    bodies, units = list(a.bodies.values()), list(a.units.values())
    people, powers = list(a.people.values()), list(a.powers.values())
    choice = rnd.randrange(9)
    if choice == 0 and bodies:
        body = rnd.choice(bodies)
        return ChangeSet().set(EntityKind.BODY, {body.id: {"name": body.name + "改"}})
    if choice == 1 and units and bodies:
        return ChangeSet().set(EntityKind.UNIT, {rnd.choice(units).id: {"body_id": rnd.choice(bodies).id}})
    if choice == 2 and people:
        return ChangeSet().set(EntityKind.PERSON, {rnd.choice(people).id: {"tier_after": Tier.DEPUTY_IN_CHARGE}})
    if choice == 3 and powers and bodies:
        chosen = rnd.sample(powers, min(len(powers), rnd.randint(1, 30)))
        return ChangeSet().set(EntityKind.POWER, {p.id: {"body_id": rnd.choice(bodies).id} for p in chosen})
    if choice == 4 and powers:
        return ChangeSet().remove(EntityKind.POWER, [rnd.choice(powers).id])
    if choice == 5 and people:
        # A staff id changed: key matching pairs this person differently.
        person = rnd.choice(people)
        return ChangeSet().set(EntityKind.PERSON, {person.id: {"staff_id": rnd.choice(people).staff_id}})
    if choice == 6 and units:
        unit = rnd.choice(units)
        return ChangeSet().set(EntityKind.UNIT, {unit.id: {"name": rnd.choice(units).name}})
    if choice == 7 and bodies:
        body = dataclasses.replace(rnd.choice(bodies), id=new_id(), name=f"机构{rnd.randrange(99)}")
        return ChangeSet().add(EntityKind.BODY, [body])
    return ChangeSet().set_info({"town": f"某镇{rnd.randrange(9)}"})


def _walk(a: Plan, b: Plan, seed: int, steps: int) -> None:
    rnd = random.Random(seed)
    comparison = compare(a, b)
    done: list[ChangeSet] = []
    undone: list[ChangeSet] = []
    for _ in range(steps):
        roll = rnd.random()
        touched: Touched
        if roll < 0.45 and comparison.differences:
            many = rnd.random() < 0.2
            k = rnd.randint(1, len(comparison.differences)) if many else rnd.randint(1, 3)
            chosen = rnd.sample(comparison.differences, min(k, len(comparison.differences)))
            changes = adoption_changes(a, b, chosen, comparison)
            touched = changes.apply(a)
            done.append(changes)
            undone.clear()
        elif roll < 0.7 and done:
            changes = done.pop()
            touched = changes.revert(a)
            undone.append(changes)
        elif roll < 0.8 and undone:
            changes = undone.pop()
            touched = changes.apply(a)
            done.append(changes)
        else:
            changes = _other_edit(a, rnd)
            touched = changes.apply(a)
            done.append(changes)
            undone.clear()
        comparison = recompare(comparison, a, b, touched)
        _same(comparison, a, b)


@pytest.mark.parametrize("drafting", [alternative, redraft], ids=["id", "key"])
@pytest.mark.parametrize("seed", range(6))
def test_random_adopt_and_undo_match_a_full_compare(drafting, seed: int) -> None:
    a = generate_plan(powers=240, people=60, units=24, seed=seed)
    b = drafting(a)
    _edited(b, random.Random(seed + 100))
    _walk(a, b, seed, steps=40)


@pytest.mark.parametrize("drafting", [alternative, redraft], ids=["id", "key"])
def test_small_plan_adopt_one_by_one_then_undo_all(drafting) -> None:
    a = small_plan()
    b = drafting(a)
    edit(b)
    comparison = compare(a, b)
    applied = []
    while comparison.differences:
        changes = adoption_changes(a, b, comparison.differences[:1], comparison)
        applied.append(changes)
        comparison = recompare(comparison, a, b, changes.apply(a))
        _same(comparison, a, b)
    for changes in reversed(applied):
        comparison = recompare(comparison, a, b, changes.revert(a))
        _same(comparison, a, b)


def test_a_body_renamed_renames_the_differences_that_name_it() -> None:
    # A power's 承接机构 difference names the body; renaming it in A changes that text.
    a = small_plan()
    b = alternative(a)
    edit(b)
    comparison = compare(a, b)
    enforce = a.body_by_name("综合行政执法中队")
    assert enforce is not None
    before = [d for d in comparison.differences if d.field == "body_id" and "综合行政执法中队" in d.a_value]
    assert before
    touched = ChangeSet().set(EntityKind.BODY, {enforce.id: {"name": "执法队"}}).apply(a)
    comparison = recompare(comparison, a, b, touched)
    _same(comparison, a, b)
    assert [d.a_value for d in comparison.differences if d.field == "body_id" and d.a_id == before[0].a_id] == [
        "执法队"
    ]


def test_figures_are_kept_until_asked_for() -> None:
    a = small_plan()
    b = alternative(a)
    edit(b)
    comparison = compare(a, b)
    chosen = [d for d in comparison.differences if d.kind is EntityKind.POWER][:1]
    updated = recompare(comparison, a, b, adoption_changes(a, b, chosen, comparison).apply(a))
    assert updated.figures == comparison.figures
    assert len(updated.differences) == len(comparison.differences) - 1


def test_moving_units_out_of_a_renamed_body_unpairs_it() -> None:
    # Drafted apart, B renamed 公共服务中心: paired by its units.  Moving them away in A
    # (no key changed) leaves the bodies with nothing in common: 删除 + 新增.
    a = small_plan()
    b = redraft(a)
    renamed = b.body_by_name("公共服务中心")
    assert renamed is not None
    renamed.name = "政务服务中心"
    comparison = compare(a, b)
    service, finance = a.body_by_name("公共服务中心"), a.body_by_name("财政管理所")
    assert service is not None and finance is not None
    assert comparison.pairs.a2b[EntityKind.BODY][service.id] == renamed.id
    moved = {u.id: {"body_id": finance.id} for u in a.units.values() if u.body_id == service.id}
    touched = ChangeSet().set(EntityKind.UNIT, moved).apply(a)
    comparison = recompare(comparison, a, b, touched)
    _same(comparison, a, b)
    assert service.id not in comparison.pairs.a2b[EntityKind.BODY]
