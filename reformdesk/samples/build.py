"""Write the Qiaotou sample plans: ``python -m reformdesk.samples.build [DIR]``.

The plans are built from ``reformdesk/samples/data/*.csv`` with stable ids,
so running this twice writes the same two plans.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reformdesk.samples.qiaotou import build_plan_one, build_plan_two
from reformdesk.store.plan_store import PlanLocation, store_for

#: Where the sample plans live in the source tree.
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "sample_plans"
PLAN_ONE_FILE = "qiaotou_plan1.rdplan"
PLAN_TWO_FILE = "qiaotou_plan2.rdplan"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reformdesk.samples.build", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR, help="where to write the plans")
    args = parser.parse_args(argv)
    out: Path = args.directory
    out.mkdir(parents=True, exist_ok=True)
    for name, build in ((PLAN_ONE_FILE, build_plan_one), (PLAN_TWO_FILE, build_plan_two)):
        plan = build()
        location = PlanLocation.file(out / name)
        store_for(location).save(plan, location)
        print(
            f"{out / name}: {len(plan.bodies)} bodies, {len(plan.units)} units, "
            f"{len(plan.people)} people, {len(plan.powers)} powers"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
