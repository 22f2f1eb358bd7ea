"""Core figures: open, validate, save, save as alternative (no Qt)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import Result, median_time, plan_file, synthetic_plan
from reformdesk.domain.alternative import as_alternative
from reformdesk.domain.validation import validate
from reformdesk.store.planfile import open_plan, save_plan


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    plan = synthetic_plan(size)
    path = plan_file(size, workdir)
    out = workdir / f"{size}-saved.rdplan"
    alt = workdir / f"{size}-alternative.rdplan"
    return [
        Result("open a plan file (read only)", size, median_time(lambda: open_plan(path), repeat)),
        Result("validate the whole plan", size, median_time(lambda: validate(plan), repeat), target=0.5),
        Result("save", size, median_time(lambda: save_plan(plan, out), repeat), target=1.0),
        Result(
            "save as alternative",
            size,
            median_time(lambda: save_plan(as_alternative(plan, "方案二"), alt), repeat),
            target=1.0,
        ),
    ]
