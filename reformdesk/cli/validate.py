"""``reformdesk validate PLAN [--json]``: the plan's problems; 0 none, 1 some, 2 unreadable file."""

from __future__ import annotations

import argparse
import json

from reformdesk.cli.common import FOUND, OK, read_plan
from reformdesk.domain.validation import validate

NAME = "validate"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="list the plan's problems; exit 1 when there are any")
    p.add_argument("plan", help="a plan file, or postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")


def run(args: argparse.Namespace) -> int:
    problems = validate(read_plan(args.plan))
    if args.json:
        print(json.dumps({"problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(f"{p.severity.label}\t{p.code}\t{p.message}")
        print(f"共 {len(problems)} 个问题" if problems else "没有问题")
    return FOUND if problems else OK
