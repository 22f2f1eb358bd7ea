"""``reformdesk export PLAN -o OUT.xlsx``: 0 written, 2 plan unreadable or output unwritable."""

from __future__ import annotations

import argparse

from reformdesk.cli.common import OK, check_output, fail, read_plan

NAME = "export"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="export the handover workbook (.xlsx)")
    p.add_argument("plan")
    p.add_argument("-o", "--output", required=True, help="workbook to write")


def run(args: argparse.Namespace) -> int:
    from reformdesk.formats.export import ExportError
    from reformdesk.formats.sheets import HandoverWorkbook

    check_output(args.output, args.plan)
    plan = read_plan(args.plan)
    try:
        HandoverWorkbook(plan).write(args.output)
    except ExportError as exc:
        return fail(exc)
    print(f"{args.output}: {len(plan.powers)} 项事项，{len(plan.bodies)} 个职能机构")
    return OK
