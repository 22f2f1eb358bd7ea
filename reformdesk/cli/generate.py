"""``reformdesk generate --powers N [--people M] [--units U] [--seed S] [--hall] -o PLAN``."""

from __future__ import annotations

import argparse

from reformdesk.cli.common import OK, fail, save_plan

NAME = "generate"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="write a large synthetic plan for tests and benchmarks")
    p.add_argument("--powers", type=int, required=True, help="number of power items")
    p.add_argument("--people", type=int, default=None, help="number of people (default: scaled from powers)")
    p.add_argument("--units", type=int, default=None, help="number of source units (default: scaled)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same plan)")
    p.add_argument(
        "--hall", action="store_true", help="add a service hall (windows, staff, service items) scaled like Qiaotou's"
    )
    p.add_argument("-o", "--output", required=True, help="plan file to write")


def run(args: argparse.Namespace) -> int:
    from reformdesk.samples.synthetic import generate_plan

    try:
        plan = generate_plan(powers=args.powers, people=args.people, units=args.units, seed=args.seed, hall=args.hall)
    except ValueError as exc:  # sizes it cannot build (negative, too few people or units)
        return fail(f"无法生成方案：{exc}")
    save_plan(plan, args.output)
    hall = f", {len(plan.windows)} windows, {len(plan.service_items)} service items" if args.hall else ""
    print(f"{args.output}: {len(plan.powers)} powers, {len(plan.people)} people, {len(plan.units)} units{hall}")
    return OK
