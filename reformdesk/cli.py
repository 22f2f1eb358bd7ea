"""Command line: ``reformdesk [PLAN]`` opens the window; subcommands script the rest.

Heavy modules (Qt, openpyxl) are imported inside the subcommand that needs
them so that ``reformdesk info`` starts fast.

Exit codes: 0 success (and "no problems" / "no differences"), 1 problems or
differences found or rows rejected, 2 a file cannot be read or written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence

from reformdesk.domain.model import TIERS_AFTER, TIERS_BEFORE, Plan
from reformdesk.domain.validation import Severity, validate
from reformdesk.store.planfile import PlanFileError, open_plan, save_plan

SUBCOMMANDS = ("info", "validate", "generate", "import", "export", "diff", "open")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reformdesk",
        description="ReformDesk 改革方案编制助手. Without a subcommand: open PLAN (or nothing) in the window.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the window (the default)")
    p.add_argument("plan", nargs="?", help="plan file to open")

    p = sub.add_parser("info", help="counts of units, bodies, people, powers and problems")
    p.add_argument("plan")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")

    p = sub.add_parser("validate", help="list the plan's problems; exit 1 when there are any")
    p.add_argument("plan")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")

    p = sub.add_parser("generate", help="write a large synthetic plan for tests and benchmarks")
    p.add_argument("--powers", type=int, required=True, help="number of power items")
    p.add_argument("--people", type=int, default=None, help="number of people (default: scaled from powers)")
    p.add_argument("--units", type=int, default=None, help="number of source units (default: scaled)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same plan)")
    p.add_argument("-o", "--output", required=True, help="plan file to write")

    p = sub.add_parser("import", help="import a county power list (.xlsx/.xls/.ods) into a plan and save it")
    p.add_argument("plan")
    p.add_argument("sheet", help="the power list")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the readable rows, skip the others")

    p = sub.add_parser("export", help="export the handover workbook (.xlsx)")
    p.add_argument("plan")
    p.add_argument("-o", "--output", required=True, help="workbook to write")

    p = sub.add_parser("diff", help="compare two plans; exit 1 when they differ")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.add_argument("-o", "--output", help="also write the comparison workbook (.xlsx)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `reformdesk PLAN` is `reformdesk open PLAN`.
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        args_list.insert(0, "open")
    args = _parser().parse_args(args_list)
    try:
        return _dispatch(args)
    except PlanFileError as exc:
        print(f"reformdesk: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Output piped into `head` and cut short: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _dispatch(args: argparse.Namespace) -> int:
    match args.command:
        case "open":
            from reformdesk.gui.app import run

            return run(args.plan)
        case "info":
            return _info(open_plan(args.plan), args.json)
        case "validate":
            return _validate(open_plan(args.plan), args.json)
        case "generate":
            from reformdesk.samples.synthetic import generate_plan

            try:
                plan = generate_plan(powers=args.powers, people=args.people, units=args.units, seed=args.seed)
            except ValueError as exc:  # sizes it cannot build (negative, too few people or units)
                print(f"reformdesk: 无法生成方案：{exc}", file=sys.stderr)
                return 2
            save_plan(plan, args.output)
            print(f"{args.output}: {len(plan.powers)} powers, {len(plan.people)} people, {len(plan.units)} units")
            return 0
        case "import":
            from reformdesk.formats.importer import run_cli as run_import

            return run_import(args)
        case "export":
            from reformdesk.formats.export import run_cli as run_export

            return run_export(args)
        case "diff":
            from reformdesk.domain.comparison_cli import run_cli as run_diff

            return run_diff(args)
    return 2


def plan_summary(plan: Plan) -> dict[str, object]:
    """The figures of ``reformdesk info --json`` (documented in the README)."""
    placed = sum(1 for u in plan.units.values() if u.body_id in plan.bodies)
    powers = plan.powers.values()
    assignments = [plan.assignment(w) for w in powers]
    assigned = sum(1 for body, _d, _o in assignments if body in plan.bodies)
    complete = sum(
        1 for body, deadline, official in assignments if body in plan.bodies and deadline and official in plan.people
    )
    problems = Counter(p.severity.value for p in validate(plan))
    before = Counter(p.tier_before.value for p in plan.people.values())
    after = Counter(p.tier_after.value for p in plan.people.values())
    return {
        "name": plan.info.name,
        "town": plan.info.town,
        "units": {"total": len(plan.units), "placed": placed, "unplaced": len(plan.units) - placed},
        "bodies": len(plan.bodies),
        "people": {
            "total": len(plan.people),
            "tiers_before": {t.value: before.get(t.value, 0) for t in TIERS_BEFORE},
            "tiers_after": {t.value: after.get(t.value, 0) for t in (*TIERS_AFTER, *_leftover(after))},
        },
        "powers": {"total": len(plan.powers), "assigned": assigned, "complete": complete},
        "problems": {s.value: problems.get(s.value, 0) for s in Severity},
    }


def _leftover(after: Counter[str]) -> list[object]:
    from reformdesk.domain.model import Tier

    return [t for t in Tier if t not in TIERS_AFTER and after.get(t.value)]


def _info(plan: Plan, as_json: bool) -> int:
    s = plan_summary(plan)
    if as_json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return 0
    from reformdesk.domain.model import Tier

    units, people, powers, problems = s["units"], s["people"], s["powers"], s["problems"]
    assert isinstance(units, dict) and isinstance(people, dict) and isinstance(powers, dict)
    assert isinstance(problems, dict)
    print(f"方案 {s['name']}")
    print(f"原科室站所 {units['total']}（已并入 {units['placed']}，未并入 {units['unplaced']}）")
    print(f"职能机构 {s['bodies']}")
    print(f"人员 {people['total']}")
    print("  改革前 " + "  ".join(f"{Tier(k).label} {v}" for k, v in people["tiers_before"].items()))
    print("  改革后 " + "  ".join(f"{Tier(k).label} {v}" for k, v in people["tiers_after"].items()))
    print(f"行政权力事项 {powers['total']}（已分配 {powers['assigned']}，信息完整 {powers['complete']}）")
    print(f"问题 错误 {problems['error']}  警告 {problems['warning']}")
    return 0


def _validate(plan: Plan, as_json: bool) -> int:
    problems = validate(plan)
    if as_json:
        print(json.dumps({"problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(f"{p.severity.label}\t{p.code}\t{p.message}")
        print(f"共 {len(problems)} 个问题" if problems else "没有问题")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
