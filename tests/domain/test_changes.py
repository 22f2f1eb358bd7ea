"""Change sets: apply / revert restore the plan exactly; domain edits as change sets."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from reformdesk.domain import edits
from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import Plan, Tier
from reformdesk.domain.registry import ENTITY_KINDS, EntityKind, ValueType
from reformdesk.samples.qiaotou import build_plan_one
from tests.domain.test_tiers import four_tier_plan


def snapshot(plan: Plan) -> tuple[Any, ...]:
    """Everything a plan holds, order included (dict equality ignores order)."""
    tables = tuple(list(kind.spec.entities(plan).items()) for kind in ENTITY_KINDS)
    return (copy.deepcopy(plan.info), copy.deepcopy(tables))


def random_value(rng: random.Random, plan: Plan, kind: EntityKind, name: str) -> Any:
    spec = kind.spec.field(name)
    if spec.type is ValueType.REF:
        assert spec.ref is not None
        ids = list(spec.ref.spec.entities(plan))
        return rng.choice([None, *ids[:5]])
    if spec.type is ValueType.ENUM:
        assert spec.enum is not None
        return rng.choice(list(spec.enum))
    if spec.type in (ValueType.INT, ValueType.ORDER):
        return rng.randint(0, 50)
    if spec.type is ValueType.TEXT_LIST:
        return [f"地点{rng.randint(0, 3)}"]
    if spec.type is ValueType.DATE:
        return None
    return f"文本{rng.randint(0, 9)}"


def random_changeset(rng: random.Random, plan: Plan) -> ChangeSet:
    """A random run of steps, valid against ``plan`` as it evolves (applied as built, then reverted)."""
    work = plan
    cs = ChangeSet()
    applied: list[ChangeSet] = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(ENTITY_KINDS)
        table = kind.spec.entities(work)
        step = ChangeSet()
        what = rng.random()
        if what < 0.4 and table:
            ids = rng.sample(list(table), min(len(table), rng.randint(1, 4)))
            fields = [f for f in kind.spec.fields if not f.key]
            step.set(
                kind,
                {eid: {f.name: random_value(rng, work, kind, f.name) for f in rng.sample(fields, 2)} for eid in ids},
            )
        elif what < 0.65:
            n = rng.randint(1, 3)
            new = [
                kind.spec.new(id=f"new-{rng.random()}", **{kind.spec.key_fields[0].name: f"k{rng.random()}"})
                for _ in range(n)
            ]
            if rng.random() < 0.5:
                step.add(kind, new)
            else:
                final = len(table) + n
                step.add(kind, new, sorted(rng.sample(range(final), n)))
        elif what < 0.9 and table:
            step.remove(kind, rng.sample(list(table), min(len(table), rng.randint(1, 3))))
        else:
            step.set_info({"name": f"方案{rng.randint(0, 9)}", "date": None})
        step.apply(work)
        applied.append(step)
        cs.extend(step)
    for step in reversed(applied):
        step.revert(work)
    return cs


@pytest.mark.parametrize("seed", range(40))
def test_random_change_sets_revert_exactly(seed: int) -> None:
    rng = random.Random(seed)
    plan = build_plan_one()
    before = snapshot(plan)
    cs = random_changeset(rng, plan)
    assert snapshot(plan) == before
    cs.apply(plan)
    after = snapshot(plan)
    cs.revert(plan)
    assert snapshot(plan) == before
    cs.apply(plan)  # redo gives the same result again
    assert snapshot(plan) == after
    cs.revert(plan)
    assert snapshot(plan) == before


def test_touched_is_net_and_per_kind() -> None:
    plan = build_plan_one()
    unit = next(iter(plan.units))
    body = plan.bodies[next(iter(plan.bodies))]
    cs, new_body = edits.add_body(plan, "新机构")
    cs.set(EntityKind.UNIT, {unit: {"body_id": new_body.id}}).set(EntityKind.BODY, {new_body.id: {"kind": "x"}})
    t = cs.apply(plan)
    assert t.added == {EntityKind.BODY: [new_body.id]}
    assert t.changed == {EntityKind.UNIT: [unit]}  # the new body is added, not "changed"
    assert not t.removed and not t.info
    t = cs.revert(plan)
    assert t.removed == {EntityKind.BODY: [new_body.id]} and t.changed == {EntityKind.UNIT: [unit]}
    assert body.id in plan.bodies


def test_empty_change_sets_are_falsy() -> None:
    plan = build_plan_one()
    assert not ChangeSet()
    assert not ChangeSet().set(EntityKind.UNIT, {}).remove(EntityKind.BODY, []).set_info({})
    unit = next(iter(plan.units.values()))
    assert not edits.move_units(plan, [unit.id], unit.body_id)  # already there
    assert not edits.rename_body(plan, next(iter(plan.bodies)), "  ")
    assert not edits.remove(plan, EntityKind.BODY, ["no-such-body"])
    assert edits.move_units(plan, [unit.id], None if unit.body_id else next(iter(plan.bodies)))


def test_remove_body_clears_every_referrer_and_undo_restores() -> None:
    plan = build_plan_one()
    body_id = next(b for b in plan.bodies if any(u.body_id == b for u in plan.units.values()))
    plan.powers[next(iter(plan.powers))].body_id = body_id
    before = snapshot(plan)
    cs = edits.remove(plan, EntityKind.BODY, [body_id])
    t = cs.apply(plan)
    assert body_id not in plan.bodies
    for kind in (EntityKind.UNIT, EntityKind.PERSON, EntityKind.POWER):
        assert all(e.body_id != body_id for e in kind.spec.entities(plan).values())
    assert t.removed == {EntityKind.BODY: [body_id]} and EntityKind.UNIT in t.changed
    cs.revert(plan)
    assert snapshot(plan) == before


def test_three_tier_proposal_is_one_change_set() -> None:
    plan = four_tier_plan()
    before = snapshot(plan)
    cs = edits.three_tier_proposal(plan)
    assert cs
    cs.apply(plan)
    assert all(p.tier_after is not Tier.SECTION_CHIEF for p in plan.people.values())
    assert not edits.three_tier_proposal(plan)  # applied: nothing left to do
    cs.revert(plan)
    assert snapshot(plan) == before


def test_replace_contents_and_info() -> None:
    plan, other = build_plan_one(), build_plan_one()
    other.info.name = "另一方案"
    other.units.pop(next(iter(other.units)))
    before = snapshot(plan)
    cs = edits.replace_contents(plan, other)
    cs.apply(plan)
    assert snapshot(plan) == snapshot(other)
    cs.revert(plan)
    assert snapshot(plan) == before
    assert not edits.set_info(plan, {"name": plan.info.name})
    assert edits.set_info(plan, {"name": "新名"}).apply(plan).info
