"""``reformdesk import PLAN LIST.xlsx [--skip-bad-rows]``: 0 imported and saved, 1 unreadable rows
(nothing changed), 2 unreadable file."""

from __future__ import annotations

import argparse

from reformdesk.cli.common import FOUND, OK, fail, read_plan, save_plan, writing

NAME = "import"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="import a county power list (.xlsx/.xls/.ods) into a plan and save it")
    p.add_argument("plan")
    p.add_argument("sheet", help="the power list")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the readable rows, skip the others")


def run(args: argparse.Namespace) -> int:
    with writing(args.plan):  # refuses a plan open elsewhere; serialises with other writers
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from reformdesk.formats.importer import SheetReadError, apply_import, describe, plan_import, read_power_sheet

    plan = read_plan(args.plan)
    try:
        read = read_power_sheet(args.sheet)
    except SheetReadError as exc:
        return fail(exc)
    preview = plan_import(plan, read)
    for line in describe(preview):
        print(line)
    if preview.bad and not args.skip_bad_rows:
        print(f"有 {len(preview.bad)} 行无法读取，方案未作任何修改。修正这些行，或加 --skip-bad-rows 只导入可读的行。")
        return FOUND
    apply_import(plan, preview, skip_bad_rows=args.skip_bad_rows)
    save_plan(plan, args.plan)
    print(f"已导入并保存：{args.plan}")
    return OK
