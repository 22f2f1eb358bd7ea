"""The synthetic plan generator: deterministic, valid structure, a few open items."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.domain.model import Tier
from reformdesk.domain.validation import validate
from reformdesk.samples.synthetic import OPEN_SHARE, generate_plan
from reformdesk.store.planfile import open_plan

OPEN_CODES = {"power.no_body", "power.no_deadline", "power.no_official"}


def test_same_seed_same_plan() -> None:
    assert generate_plan(400, seed=7) == generate_plan(400, seed=7)


def test_other_seed_other_plan() -> None:
    a, b = generate_plan(400, seed=1), generate_plan(400, seed=2)
    assert a.powers.keys().isdisjoint(b.powers.keys())
    assert [p.name for p in a.people.values()] != [p.name for p in b.people.values()]


def test_default_sizes() -> None:
    plan = generate_plan(2000)
    assert (len(plan.powers), len(plan.people), len(plan.units)) == (2000, 200, 80)
    small = generate_plan(100)
    assert (len(small.people), len(small.units)) == (60, 15)
    sized = generate_plan(300, people=90, units=30, seed=4)
    assert (len(sized.powers), len(sized.people), len(sized.units), len(sized.bodies)) == (300, 90, 30, 10)


def test_structure_is_valid_and_only_powers_are_open() -> None:
    plan = generate_plan(3000, seed=5)
    problems = validate(plan)
    assert {p.code for p in problems} == OPEN_CODES
    share = len({p.entity_id for p in problems}) / len(plan.powers)
    assert OPEN_SHARE / 2 < share < OPEN_SHARE * 1.5
    tiers = Counter(p.tier_after for p in plan.people.values())
    assert set(tiers) == {Tier.HEAD, Tier.DEPUTY_IN_CHARGE, Tier.STAFF}
    assert Counter(p.tier_before for p in plan.people.values())[Tier.SECTION_CHIEF] > 0
    assert all(u.body_id in plan.bodies for u in plan.units.values())


def test_powers_look_real() -> None:
    plan = generate_plan(1500, seed=3)
    powers = list(plan.powers.values())
    assert len({w.code for w in powers}) == len(powers)
    assert [w.seq for w in powers] == list(range(1, 1501))
    assert all(w.legal_basis.startswith("《") and w.source_department for w in powers)
    subs = [w for w in powers if w.parent_id]
    assert subs and all(w.code.startswith(plan.powers[w.parent_id or ""].code + "-") for w in subs)
    assert len({w.type for w in powers}) >= 8
    assert all(len(i) == 32 for i in plan.powers)


@pytest.mark.parametrize("bad", [{"powers": -1}, {"powers": 10, "people": 1}, {"powers": 10, "units": 0}])
def test_rejects_impossible_sizes(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        generate_plan(**bad)


def test_generate_cli_writes_a_plan_that_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "synthetic.rdplan"
    assert main(["generate", "--powers", "500", "--people", "70", "--units", "20", "--seed", "9", "-o", str(out)]) == 0
    assert "500 powers, 70 people, 20 units" in capsys.readouterr().out
    assert open_plan(out) == generate_plan(500, people=70, units=20, seed=9)


def test_the_hall_scales_and_validates_clean() -> None:
    from reformdesk.domain import service_hall

    assert not generate_plan(113).windows  # only when asked: the benchmarks' plans stay as they were
    small = generate_plan(113, hall=True)
    f = service_hall.hall_figures(small)
    assert (f.items, f.town, f.delegated) == (67, 38, 29) and f.windows == f.staffed == f.staff
    big = generate_plan(3000, people=400, hall=True)
    g = service_hall.hall_figures(big)
    assert g.windows > 10 * f.windows // 2 and g.items == g.in_windows > 10 * f.items
    assert all(i.power_id in big.powers for i in big.service_items.values() if i.source.value == "县级下放")
    assert not [p for p in validate(big) if p.code.startswith(("window.", "service_item."))]  # none from the hall
    assert generate_plan(300, seed=3, hall=True) == generate_plan(300, seed=3, hall=True)
