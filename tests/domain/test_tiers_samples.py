"""The proposal on both Qiaotou sample plans, made four-tier again, checked person by person."""

from __future__ import annotations

import copy
import itertools
import random

import pytest

from reformdesk.domain.model import Plan, Tier
from reformdesk.domain.tiers import _max_profit_assignment, apply_changes, propose_three_tiers, spans
from reformdesk.domain.validation import validate
from reformdesk.samples.qiaotou import read_csv
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE, PLAN_TWO
from tests.domain.test_tiers import TIER_CODES


def four_tier(plan: Plan) -> Plan:
    """The plan as it was before the reform: old tiers, the four-tier reporting lines, no deputies."""
    out = copy.deepcopy(plan)
    before = {r["staff_id"]: r["reports_to_before"] for r in read_csv("people.csv")}
    for person in out.people.values():
        person.tier_after = person.tier_before
        boss = out.person_by_staff_id(before[person.staff_id]) if before.get(person.staff_id) else None
        person.reports_to_id = boss.id if boss else None
    for body in out.bodies.values():
        body.deputy_id = None
    return out


@pytest.mark.parametrize("path", [PLAN_ONE, PLAN_TWO], ids=["方案一", "方案二"])
def test_proposal_on_sample_person_by_person(path) -> None:
    four = four_tier(open_plan(path))
    assert {p.code for p in validate(four)} >= {"person.old_tier", "body.no_deputy"}
    after = copy.deepcopy(four)
    apply_changes(after, propose_three_tiers(after))
    head = next(p for p in after.people.values() if p.tier_after is Tier.HEAD)
    deputies = {p.id for p in after.people.values() if p.tier_before is Tier.DEPUTY_LEADER}
    for person in after.people.values():
        old = four.people[person.id]
        assert person.tier_after in (Tier.HEAD, Tier.DEPUTY_IN_CHARGE, Tier.STAFF), person.name
        if old.tier_before is Tier.SECTION_CHIEF:
            assert person.tier_after is Tier.STAFF
            assert after.body_of(person) == four.body_of(old)
        if old.tier_before is Tier.DEPUTY_LEADER:
            assert person.tier_after is Tier.DEPUTY_IN_CHARGE and person.reports_to_id == head.id
        if person.tier_after is Tier.STAFF:
            assert person.reports_to_id == after.bodies[after.body_of(person)].deputy_id, person.name
    assert all(b.deputy_id in deputies for b in after.bodies.values())
    # every deputy leader leads at least one body (5 deputies, 6 bodies)
    assert {b.deputy_id for b in after.bodies.values()} == deputies
    assert not {p.code for p in validate(after)} & TIER_CODES
    assert len(spans(after).deputies) == len(deputies)


def test_max_profit_assignment_matches_brute_force() -> None:
    rng = random.Random(4)
    for _ in range(60):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        profit = [[rng.choice([0, 0, 3, 7, 12]) for _ in range(cols)] for _ in range(rows)]
        pairs = _max_profit_assignment(profit)
        assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs}) == min(rows, cols)
        got = sum(profit[r][c] for r, c in pairs)
        if rows <= cols:
            best = max(sum(profit[r][c] for r, c in enumerate(p)) for p in itertools.permutations(range(cols), rows))
        else:
            best = max(sum(profit[r][c] for c, r in enumerate(p)) for p in itertools.permutations(range(rows), cols))
        assert got == best
