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
"""

from __future__ import annotations

import cProfile
import gc
import math
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Result, synthetic_plan
from reformdesk.domain.alternative import as_alternative, snapshot
from reformdesk.domain.comparison import compare
from reformdesk.domain.model import Plan
from reformdesk.domain.tiers import propose_three_tiers, spans
from reformdesk.domain.validation import validate

#: n log n between 50k and 200k powers, with room for the noise of a shared machine.
EXPONENT_TARGET = 1.2


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


def _cpu(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(max(1, repeat)):
        gc.collect()
        gc.freeze()  # the plans are the collector's no more (see the module docstring)
        try:
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
        finally:
            gc.unfreeze()
    return statistics.median(times)


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
    timed = {name: _cpu(fn, repeat) for name, fn in _operations(synthetic_plan(size)).items()}
    out = [
        Result(f"{name} (CPU)", size, t, target=1.0 if name.startswith("转为") else None) for name, t in timed.items()
    ]
    if size == "200k":
        small = _operations(synthetic_plan("province"))
        large = _operations(synthetic_plan(size))
        base = {name: _cpu(fn, repeat) for name, fn in small.items()}
        for name, t in timed.items():
            exponent = math.log(t / base[name]) / math.log(4) if base[name] > 0 and t > 0 else 0.0
            calls = math.log(_calls(large[name]) / _calls(small[name])) / math.log(4)
            out.append(
                Result(
                    f"scaling exponent 50k→200k: {name}",
                    size,
                    exponent,
                    target=EXPONENT_TARGET,
                    unit="n^",
                    note=f"Python calls: n^{calls:.2f}",
                )
            )
            out.append(Result(f"scaling exponent 50k→200k of its Python calls: {name}", size, calls, unit="n^"))
    return out
