"""``reformdesk validate PLAN [--json]``: the plan's problems; 0 none, 1 some, 2 unreadable file."""

from __future__ import annotations

import argparse

from reformdesk.cli.common import read_plan, report_problems
from reformdesk.domain.validation import validate

NAME = "validate"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="list the plan's problems; exit 1 when there are any")
    p.add_argument("plan", help="a plan file, or postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")


def run(args: argparse.Namespace) -> int:
    problems = validate(read_plan(args.plan))
    return report_problems(problems, args.json)
