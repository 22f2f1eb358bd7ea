"""Handover workbook export: time against bare openpyxl, and peak memory at two sizes.

    python benchmarks/bench_export.py                    # 10,000 and 50,000 powers, 3 runs
    python benchmarks/bench_export.py --sizes 2000 --repeat 1

For each size, in the same run and alternating so machine noise hits both:
- ``export``: :func:`reformdesk.formats.export.export_workbook` (styles, widths,
  row heights, text cleaning, temporary file and rename);
- ``bare``: an openpyxl write-only loop appending the same cell values (the same
  sheets, titles, headers and rows, generated the same way) with no styles.
The ratio export/bare is the figure with a target (≤ 1.6×).  Peak memory is
measured with tracemalloc in a separate run (it slows Python down) and counts
only what the export allocates, not the plan it is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reformdesk.domain.model import DelegationMode, Plan, PlanInfo, PowerType, Tier  # noqa: E402
from reformdesk.domain.validation import validate  # noqa: E402
from reformdesk.formats.export import export_workbook, workbook_sheets  # noqa: E402
from reformdesk.formats.style import safe_sheet_name  # noqa: E402

RATIO_TARGET = 1.6


def make_plan(powers: int, seed: int = 1, fixed_bodies: bool = False) -> Plan:
    """A synthetic plan: the shared generator (bodies grow with the plan: one handover
    sheet each) or, with ``fixed_bodies``, a local one with six bodies at every size."""
    if fixed_bodies:
        return _local_plan(powers, seed)
    try:
        from reformdesk.samples.synthetic import generate_plan
    except ImportError:
        return _local_plan(powers, seed)
    return generate_plan(powers=powers, seed=seed)


def _local_plan(powers: int, seed: int) -> Plan:
    rnd = random.Random(seed)
    plan = Plan(
        info=PlanInfo(
            name="桥头镇机构改革方案（合成）",
            town="桥头镇",
            county="大通县",
            office="中共大通县委机构编制委员会办公室",
            date=dt.date(2026, 11, 27),
        )
    )
    bodies = [
        plan.add_body(name, authorized_posts=60, leadership_posts=3)
        for name in (
            "党政综合办公室",
            "经济发展办公室",
            "社会事务办公室",
            "综合行政执法队",
            "公共服务中心",
            "社会治理中心",
        )
    ]
    units = [
        plan.add_unit(f"原科室站所{i:03d}", body_id=bodies[i % len(bodies)].id) for i in range(max(10, powers // 250))
    ]
    people = []
    for i in range(max(50, powers // 10)):
        people.append(
            plan.add_person(
                f"S{i:05d}", f"干部{i:05d}", post="科员", tier_before=Tier.STAFF, unit_id=units[i % len(units)].id
            )
        )
    verbs = ("对", "关于", "")
    acts = ("未经批准擅自", "违反规定", "不按要求")
    things = ("占用道路", "开采矿产资源", "砍伐林木", "排放污水", "建设施工", "经营食品", "设置广告", "饲养畜禽")
    depts = ("县自然资源局", "县林业和草原局", "县市场监督管理局", "县住房和城乡建设局", "县生态环境局", "县农业农村局")
    staff_of: dict[str, list[str]] = {}
    for person in people:
        staff_of.setdefault(plan.body_of(person) or "", []).append(person.id)
    types, modes = list(PowerType), list(DelegationMode)
    last_main = None
    for i in range(powers):
        thing = rnd.choice(things)
        name = f"{rnd.choice(verbs)}{rnd.choice(acts)}{thing}行为的{rnd.choice(('行政处罚', '行政检查', '行政强制'))}"
        body = bodies[rnd.randrange(len(bodies))]
        sub = last_main is not None and rnd.random() < 0.1
        power = plan.add_power(
            f"QH{i:07d}",
            name + (f"（子项{i}）" if sub else ""),
            type=rnd.choice(types),
            legal_basis=f"《中华人民共和国{thing[2:]}管理条例》第{rnd.randint(1, 90)}条",
            source_department=rnd.choice(depts),
            mode=rnd.choice(modes),
            body_id=body.id,
            deadline=dt.date(2027, rnd.randint(1, 12), rnd.randint(1, 28)),
            official_id=rnd.choice(staff_of[body.id]),
            note="" if rnd.random() < 0.7 else "需配套人员和经费保障",
            parent_id=last_main.id if sub and last_main is not None else None,
        )
        if not sub:
            last_main = power
    return plan


def bare_export(plan: Plan, path: Path) -> None:
    """The same cells, appended as plain values (no styles, no page set-up)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    taken: set[str] = set()
    for sheet in workbook_sheets(plan, validate(plan)):
        ws = wb.create_sheet(safe_sheet_name(sheet.name, taken))
        ws.append([sheet.title])
        ws.append(["填表单位：" + plan.info.office, plan.info.date])
        ws.append([c.header for c in sheet.columns])
        for row in sheet.rows:
            ws.append(row)
        for texts in sheet.signature:
            ws.append(list(texts))
    wb.save(path)


def _timed(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _peak_mb(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def measure(
    powers: int, repeat: int, workdir: Path, memory: bool = True, fixed_bodies: bool = False
) -> dict[str, float]:
    plan = make_plan(powers, fixed_bodies=fixed_bodies)
    out, bare_out = workdir / f"export-{powers}.xlsx", workdir / f"bare-{powers}.xlsx"
    export_times, bare_times = [], []
    for _ in range(repeat):
        bare_times.append(_timed(lambda: bare_export(plan, bare_out)))
        export_times.append(_timed(lambda: export_workbook(plan, out)))
    nan = float("nan")
    return {
        "powers": powers,
        "export_s": statistics.median(export_times),
        "bare_s": statistics.median(bare_times),
        "export_peak_mb": _peak_mb(lambda: export_workbook(plan, out)) if memory else nan,
        "bare_peak_mb": _peak_mb(lambda: bare_export(plan, bare_out)) if memory else nan,
        "file_mb": out.stat().st_size / 1e6,
    }


def figures(size: str, repeat: int, workdir: Path) -> list[object]:
    """Rows for ``benchmarks/run.py`` (sizes by name, as the rest of the suite)."""
    from benchmarks.harness import SIZES, Result

    m = measure(SIZES[size][0], repeat, workdir)
    return [
        Result(
            "export handover workbook",
            size,
            m["export_s"],
            baseline=m["bare_s"],
            ratio_target=RATIO_TARGET,
            note="baseline: bare openpyxl write-only, same cells",
        ),
        Result("export peak memory (tracemalloc)", size, m["export_peak_mb"], unit="MB"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000], help="power counts")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (median)")
    parser.add_argument("--no-memory", action="store_true", help="skip the (slow) tracemalloc runs")
    parser.add_argument(
        "--fixed-bodies", action="store_true", help="six bodies at every size (memory per row, not per sheet)"
    )
    args = parser.parse_args(argv)
    print(f"{'powers':>8} {'export':>9} {'bare':>9} {'ratio':>6} {'peak export':>12} {'peak bare':>10} {'file':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for powers in args.sizes:
            m = measure(powers, args.repeat, Path(tmp), memory=not args.no_memory, fixed_bodies=args.fixed_bodies)
            ratio = m["export_s"] / m["bare_s"]
            print(
                f"{powers:>8} {m['export_s']:>8.2f}s {m['bare_s']:>8.2f}s {ratio:>5.2f}× "
                f"{m['export_peak_mb']:>9.1f} MB {m['bare_peak_mb']:>7.1f} MB {m['file_mb']:>5.1f} MB",
                flush=True,
            )
    print(f"target: export ≤ {RATIO_TARGET}× bare; peak memory about the same at every size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
