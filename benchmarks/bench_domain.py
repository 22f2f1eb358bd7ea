"""Domain operations at province and 200k size, and how each scales between them.

At each size: 转为三级管理 (propose_three_tiers), spans and loads, validation,
comparison with an alternative, the autosave copy (snapshot) and save as
alternative's copy, timed as process CPU time (``time.process_time``: other
work on a shared machine inflates wall time 2–4×).  At the 200k size the
province plan is timed again in the same run and each operation's scaling
exponent between 50k and 200k powers is printed: log(t₂₀₀ₖ / t₅₀ₖ) / log 4;
n log n over that range is 1.09, n² is 2.

The cyclic collector is controlled the same way at every size: the heap that
exists before an operation (both plans) is frozen (``gc.freeze``), as the window
does once a plan is loaded (``gui/heap.py``), so a collection walks only what the
operation makes.  Left running over the whole heap, collections grow with it and
made validation and the copies look like n^1.5–1.6 (measured: the copy for save as
alternative 1.64 with the collector as it is, 1.22–1.24 frozen or disabled).  Beside
each time exponent, the exponent of the operation's count of Python calls (cProfile,
deterministic) says whether the algorithm itself grows faster than n.

The two sizes are timed alternately, run by run, with both plans in memory (the
order of the pair changing each round), so the load of a shared machine and the
state of its caches fall on both alike.  Each run counts the collection of the young
objects the operation leaves behind (``gc.collect(0)`` inside the clock: the GUI
thread would pay for it at its next allocation) and not the freeing of what it
returns (the window keeps it).  The 200k figures are medians of ``EXPONENT_RUNS``
runs at least (``--repeat`` when more).

Each exponent is the median over the rounds of the two sizes' ratio in that round:
the pair is timed back to back, so a slower stretch of a loaded machine (co-tenants
on the other core, their cache traffic) falls on both of them and cancels out.  On
this 2-core machine, at load 3–4, single runs of one operation vary 2× (a copy of
the 200k plan 278–499 ms in one process), and exponents taken from the medians of 9
runs per size moved by ±0.2 between back-to-back runs of unchanged code (1.07–1.39
for the same copy).  Beside it the exponent of the medians (``note``) for comparison.

In the same rounds, the machine's floor (``FLOOR``, no target): a tuple of each power's
fields and a dict of them by id, in C with no Python call per entity.  On this VM it scales
faster than n by itself (its two halves n^1.21–1.26 and n^1.30–1.34 in one run at load 5.5,
the whole n^1.53 in a run of this benchmark at load 5.8: a dict of 200,000 ids and 200,000
fresh tuples no longer fit the 2 MB L2 cache that 50,000 nearly do): an operation's exponent
near it is the memory's, not its algorithm's.

The heap that exists before the runs (both plans) is frozen once and stays so; each
run starts after a collection of what the last one left.  (A full collection before
each run walked both plans, a few million objects, and left the caches cold for the
operation that followed: 9 rounds took 57 s of CPU that way, 25 rounds take 54 s.)
"""

from __future__ import annotations

import cProfile
import dataclasses
import gc
import math
import operator
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Result, synthetic_plan
from reformdesk.domain.alternative import as_alternative, snapshot
from reformdesk.domain.comparison import compare
from reformdesk.domain.model import Plan, Power
from reformdesk.domain.tiers import propose_three_tiers, spans
from reformdesk.domain.validation import validate

#: n log n between 50k and 200k powers, with room for the noise of a shared machine.
EXPONENT_TARGET = 1.2
#: Rounds (a run at each size) for the exponents, at least: a median of 3, 5 or 9 runs of a
#: 10–400 ms operation on a loaded machine moved an exponent by ±0.2 between back-to-back runs.
EXPONENT_RUNS = 25


def _operations(plan: Plan) -> dict[str, Callable[[], object]]:
    alternative = as_alternative(plan, "方案二")
    return {
        "转为三级管理 (propose_three_tiers)": lambda: propose_three_tiers(plan),
        "spans and loads of the tiers": lambda: spans(plan),
        "validate the whole plan": lambda: validate(plan),
        "compare with an alternative (by id)": lambda: compare(plan, alternative, figures=False),
        "autosave copy (snapshot)": lambda: snapshot(plan),
        "copy for save as alternative": lambda: as_alternative(plan, "方案二"),
    }


#: Not an operation of the app: the machine's floor for touching a plan's worth of entities,
#: timed in the same rounds.  In C only (no Python call per entity): a tuple of every field of
#: each power and a dict of them by id, what any copy or comparison of the powers does at least.
FLOOR = "floor: a tuple of each power's fields and a dict of them by id (C only)"


def _floor(plan: Plan) -> Callable[[], object]:
    fields = operator.attrgetter(*(f.name for f in dataclasses.fields(Power)))
    return lambda: dict(zip(plan.powers, map(fields, plan.powers.values()), strict=True))


def _cpu(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(_cpu_once(fn) for _ in range(max(1, repeat)))


def _cpu_once(fn: Callable[[], object]) -> float:
    gc.collect()
    gc.freeze()  # the plans are the collector's no more (see the module docstring)
    try:
        return _timed(fn)
    finally:
        gc.unfreeze()


def _timed(fn: Callable[[], object]) -> float:
    """One run's CPU time, with the heap as it is frozen (see the module docstring)."""
    gc.collect()  # what the last run left (the frozen heap is not walked)
    start = time.process_time()
    result = fn()
    gc.collect(0)  # what it left to the collector
    elapsed = time.process_time() - start
    del result  # freed outside the clock
    return elapsed


def _interleaved(
    small: dict[str, Callable[[], object]], large: dict[str, Callable[[], object]], repeat: int
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Each operation's median CPU time at both sizes and the median of its per-round ratio."""
    times: tuple[dict[str, list[float]], dict[str, list[float]]] = ({n: [] for n in small}, {n: [] for n in large})
    gc.collect()
    gc.freeze()
    try:
        for run in range(max(EXPONENT_RUNS, repeat)):
            for name in small:
                sides = (0, 1) if run % 2 == 0 else (1, 0)
                for side in sides:
                    times[side][name].append(_timed((small, large)[side][name]))
    finally:
        gc.unfreeze()
    base, timed = ({n: statistics.median(t) for n, t in side.items()} for side in times)
    ratios = {
        n: statistics.median(b / a for a, b in zip(times[0][n], times[1][n], strict=True) if a > 0) for n in small
    }
    return base, timed, ratios


def _calls(fn: Callable[[], object]) -> int:
    """Python function calls made by ``fn`` (cProfile): a count of its work that no load changes."""
    profile = cProfile.Profile()
    profile.enable()
    fn()
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined,no-any-return]


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    if size not in ("province", "200k"):
        return []
    if size == "200k":
        small = _operations(synthetic_plan("province"))
        large = _operations(synthetic_plan(size))
        small[FLOOR], large[FLOOR] = _floor(synthetic_plan("province")), _floor(synthetic_plan(size))
        base, timed, ratios = _interleaved(small, large, repeat)
        floor = math.log(ratios.pop(FLOOR)) / math.log(4)
        timed.pop(FLOOR)
    else:
        timed = {name: _cpu(fn, repeat) for name, fn in _operations(synthetic_plan(size)).items()}
    out = [
        Result(f"{name} (CPU)", size, t, target=1.0 if name.startswith("转为") else None) for name, t in timed.items()
    ]
    if size == "200k":
        for name, t in timed.items():
            exponent = math.log(ratios[name]) / math.log(4) if ratios[name] > 0 else 0.0
            of_medians = math.log(t / base[name]) / math.log(4) if base[name] > 0 and t > 0 else 0.0
            calls = math.log(_calls(large[name]) / _calls(small[name])) / math.log(4)
            out.append(
                Result(
                    f"scaling exponent 50k→200k: {name}",
                    size,
                    exponent,
                    target=EXPONENT_TARGET,
                    unit="n^",
                    note=f"Python calls: n^{calls:.2f}; of the medians: n^{of_medians:.2f}",
                )
            )
            out.append(Result(f"scaling exponent 50k→200k of its Python calls: {name}", size, calls, unit="n^"))
        out.append(Result(f"scaling exponent 50k→200k of the {FLOOR}", size, floor, unit="n^"))
    return out
