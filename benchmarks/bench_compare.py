"""Benchmark: compare two province-size plans (and adopt/revert their differences).

Run: ``python benchmarks/bench_compare.py [--powers 50000] [--people 5000] [--units 2000] [--runs 5]``

Plan B is an edited copy of plan A: a few hundred powers re-dated, re-assigned
or removed, new ones added, units and people moved, a body renamed.  Timed:
``compare`` as the alternative (matching by id) and as a plan drafted apart
(new ids, matching by natural key), each with and without the key figures
(which include validating both plans), and ``adopt`` + ``revert`` of every
difference.  Median of ``--runs`` runs with ``time.perf_counter``; then one
more run under ``tracemalloc`` for the peak memory of the comparison.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reformdesk.domain.comparison import adopt, compare
from reformdesk.domain.model import DelegationMode, Plan, PlanInfo, PowerType, Tier, new_id


def _local_plan(powers: int, people: int, units: int, seed: int) -> Plan:
    """A big plan when reformdesk.samples.synthetic is not available yet."""
    rnd = random.Random(seed)
    plan = Plan(info=PlanInfo(name="方案一", town="某镇", date=dt.date(2026, 11, 27)))
    bodies = [
        plan.add_body(f"职能机构{i:03d}", authorized_posts=40, leadership_posts=4) for i in range(max(6, units // 10))
    ]
    unit_list = [plan.add_unit(f"原科室{i:04d}", head_count=3, body_id=rnd.choice(bodies).id) for i in range(units)]
    deputies = [
        plan.add_person(f"D{i:05d}", f"副职{i}", tier_before=Tier.DEPUTY_LEADER, tier_after=Tier.DEPUTY_IN_CHARGE)
        for i in range(len(bodies) // 2 + 1)
    ]
    for i, body in enumerate(bodies):
        body.deputy_id = deputies[i // 2].id
    staff = [
        plan.add_person(f"S{i:06d}", f"干部{i}", unit_id=rnd.choice(unit_list).id)
        for i in range(people - len(deputies))
    ]
    types, modes = list(PowerType), list(DelegationMode)
    for i in range(powers):
        plan.add_power(
            f"{i:06d}",
            f"事项{i}",
            type=rnd.choice(types),
            mode=rnd.choice(modes),
            body_id=rnd.choice(bodies).id,
            deadline=dt.date(2027, rnd.randint(1, 12), 1),
            official_id=rnd.choice(staff).id,
            legal_basis="《某某条例》第十条",
            source_department="县市场监管局",
        )
    return plan


def make_plan(powers: int, people: int, units: int, seed: int) -> tuple[Plan, str]:
    try:
        from reformdesk.samples.synthetic import generate_plan
    except ImportError:
        return _local_plan(
            powers, people, units, seed
        ), "local generator (reformdesk.samples.synthetic not on main yet)"
    return generate_plan(powers, people=people, units=units, seed=seed), "reformdesk.samples.synthetic.generate_plan"


def edited_copy(a: Plan, seed: int) -> Plan:
    rnd = random.Random(seed)
    b = copy.deepcopy(a)
    b.info.name = "方案二"
    bodies = list(b.bodies.values())
    powers = list(b.powers.values())
    # 50,000 powers: 300 re-dated, 200 re-assigned, 100 removed, 100 added; 20 units and 50 people moved.
    n = max(1, len(powers) // 500)
    for p in rnd.sample(powers, 3 * n):
        p.deadline = dt.date(2027, 12, 31)
    for p in rnd.sample(powers, 2 * n):
        p.body_id = rnd.choice(bodies).id
    for p in rnd.sample(powers, n):
        del b.powers[p.id]
    for i in range(n):
        b.add_power(f"NEW{i:04d}", f"新增事项{i}", body_id=rnd.choice(bodies).id)
    for u in rnd.sample(list(b.units.values()), max(1, len(b.units) // 100)):
        u.body_id = rnd.choice(bodies).id
    for person in rnd.sample(list(b.people.values()), max(1, len(b.people) // 100)):
        person.body_id = rnd.choice(bodies).id
    bodies[0].name += "（更名）"
    bodies[1].authorized_posts += 2
    return b


def redraft(plan: Plan) -> Plan:
    """The same plan with every id new and another lineage (matching by natural key)."""
    ids: dict[str | None, str | None] = {None: None}

    def new(old: str | None) -> str | None:
        if old not in ids:
            ids[old] = new_id()
        return ids[old]

    out = copy.deepcopy(plan)
    out.info.lineage_id = new_id()
    for name, refs in (
        ("bodies", ("deputy_id",)),
        ("units", ("body_id",)),
        ("people", ("unit_id", "body_id", "reports_to_id")),
        ("powers", ("body_id", "official_id", "parent_id")),
    ):
        table = getattr(out, name)
        items = list(table.values())
        table.clear()
        for ent in items:
            ent.id = new(ent.id)
            for ref in refs:
                setattr(ent, ref, new(getattr(ent, ref)))
            table[ent.id] = ent
    return out


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def figures(size: str, repeat: int, workdir: Path) -> list[object]:
    """Figures for benchmarks/run.py (add "benchmarks.bench_compare" to its MODULES)."""
    from benchmarks.harness import SIZES, Result, median_time

    powers, units, people = SIZES[size]
    a, _ = make_plan(powers, people, units, seed=1)
    b = edited_copy(a, seed=2)
    b_apart = redraft(b)
    target = 1.0 if size == "province" else None
    c = compare(a, b_apart, figures=False)

    def adopt_revert() -> None:
        adopt(a, b_apart, c.differences, c).revert(a)

    return [
        Result(
            "compare alternatives (by id)",
            size,
            median_time(lambda: compare(a, b, figures=False), repeat),
            target=target,
        ),
        Result(
            "compare drafted apart (by key)",
            size,
            median_time(lambda: compare(a, b_apart, figures=False), repeat),
            target=target,
        ),
        Result(
            "compare by key with key figures", size, median_time(lambda: compare(a, b_apart), repeat), target=target
        ),
        Result(f"adopt + revert {len(c.differences)} differences", size, median_time(adopt_revert, repeat)),
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--powers", type=int, default=50_000)
    ap.add_argument("--people", type=int, default=5_000)
    ap.add_argument("--units", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    a, source = make_plan(args.powers, args.people, args.units, seed=1)
    b = edited_copy(a, seed=2)
    b_apart = redraft(b)
    print(f"plans: {len(a.powers)} powers, {len(a.people)} people, {len(a.units)} units, {len(a.bodies)} bodies")
    print(f"  built with {source} in {time.perf_counter() - t0:.1f} s")

    for label, other in (("alternative, by id", b), ("drafted apart, by key", b_apart)):
        t, c = timed(lambda other=other: compare(a, other, figures=False), args.runs)
        tf, cf = timed(lambda other=other: compare(a, other), args.runs)
        assert c.differences == cf.differences  # type: ignore[union-attr]
        print(
            f"compare ({label}): {len(c.differences)} differences, "  # type: ignore[union-attr]
            f"median {t * 1000:.0f} ms without figures, {tf * 1000:.0f} ms with figures "
            f"({len(cf.figures)} figure rows)"  # type: ignore[union-attr]
        )

    tracemalloc.start()
    compare(a, b_apart)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"tracemalloc peak of one compare (by key, with figures): {peak / 2**20:.1f} MiB")

    snapshot = copy.deepcopy(a)
    c = compare(a, b_apart, figures=False)
    t0 = time.perf_counter()
    adoption = adopt(a, b_apart, c.differences, c)
    t_adopt = time.perf_counter() - t0
    left = len(compare(a, b_apart, figures=False).differences)
    t0 = time.perf_counter()
    adoption.revert(a)
    t_revert = time.perf_counter() - t0
    assert a == snapshot
    print(
        f"adopt all {len(c.differences)} differences: {t_adopt * 1000:.0f} ms (left after: {left}); "
        f"revert: {t_revert * 1000:.0f} ms, plan restored exactly"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
