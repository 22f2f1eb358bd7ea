"""share_bodies solves the matching per connected part: the same proposal as one dense matrix."""

from __future__ import annotations

from reformdesk.domain.model import Plan, Tier
from reformdesk.domain.tiers import _max_profit_assignment, former_bodies, propose_three_tiers, share_bodies
from reformdesk.samples.synthetic import generate_plan


def _dense_share_bodies(plan: Plan) -> dict[str, str]:
    """The former algorithm: one Hungarian over all deputies × all bodies (O(n³))."""
    weights = former_bodies(plan)
    deputies = list(weights)
    bodies = [b for b in plan.bodies if any(weights[d].get(b) for d in deputies)]
    out: dict[str, str] = {}
    if not deputies or not bodies:
        return out
    big = 1 + sum(sum(c.values()) for c in weights.values())
    profit = [[(big + weights[d][b]) if weights[d].get(b) else 0 for b in bodies] for d in deputies]
    for d, b in _max_profit_assignment(profit):
        if profit[d][b] > 0:
            out[bodies[b]] = deputies[d]
    for b in bodies:
        if b not in out:
            out[b] = max(deputies, key=lambda d, b=b: (weights[d].get(b, 0), -deputies.index(d)))
    return out


def test_same_shares_as_one_dense_matrix_on_generated_plans() -> None:
    for powers, seed in ((113, 1), (2000, 2), (5000, 3)):
        plan = generate_plan(powers=powers, seed=seed)
        got = share_bodies(plan)
        assert list(got.items()) == list(_dense_share_bodies(plan).items())
        assert len(set(got.values())) > 1


def test_deputies_of_separate_parts_do_not_compete() -> None:
    plan = Plan()
    head = plan.add_person("0", "负责人", tier_before=Tier.HEAD)
    out = {}
    for part in range(3):
        bodies = [plan.add_body(f"机构{part}{i}").id for i in range(2)]
        units = [plan.add_unit(f"科室{part}{i}", body_id=b).id for i, b in enumerate(bodies)]
        busy = plan.add_person(
            f"{part}a", f"副职{part}甲", tier_before=Tier.DEPUTY_LEADER, reports_to_id=head.id, unit_id=units[0]
        )
        other = plan.add_person(
            f"{part}b", f"副职{part}乙", tier_before=Tier.DEPUTY_LEADER, reports_to_id=head.id, unit_id=units[0]
        )
        for n in range(3):  # the first deputy led people in both bodies, the second only in the first
            plan.add_person(
                f"{part}s{n}", f"员{part}{n}", tier_before=Tier.STAFF, reports_to_id=busy.id, unit_id=units[1]
            )
        out[bodies[0]], out[bodies[1]] = other.id, busy.id
    assert share_bodies(plan) == out
    assert share_bodies(plan) == _dense_share_bodies(plan)
    assert propose_three_tiers(plan)["bodies"] == {b: {"deputy_id": d} for b, d in out.items()}
