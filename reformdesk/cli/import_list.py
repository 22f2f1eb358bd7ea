"""``reformdesk import PLAN FILE [--skip-bad-rows] [--verbose]``: import a county power list, a town roster (花名册),
a service-item list (审批服务事项 / 进驻事项清单), or a workbook holding several; 0 imported and saved, 1 unreadable rows (nothing changed), 2 unreadable file, or PLAN open elsewhere
(a window, another command: the holder is named and nothing is written, so the
window's work is never overwritten; ``--save-as NEW`` writes the result to a new
alternative instead and leaves PLAN to the window).

Each sheet is recognised from its header: a service-item list (事项名称 with two of
办理类型, 承诺时限, 年办件量, 窗口, 后台办理人, 进驻), a power list (事项名称 + 事项编码), a
roster's people (姓名 + 所在单位/职务/性别 …) or its units (机构名称 + 核定编制 …).
The roster goes in first (units and people), then the powers, whose
responsible officials may be people the roster brought; nothing is saved
unless every part can be imported.
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from reformdesk.cli.common import FOUND, OK, check_new, fail, read_plan, save_plan, writing

NAME = "import"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        NAME, help="import a county power list or a town roster (.xlsx/.xls/.ods) into a plan and save it"
    )
    p.add_argument("plan", help="a plan file, or postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("sheet", help="the power list, the roster (花名册), or a workbook holding both")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the readable rows, skip the others")
    p.add_argument(
        "--save-as",
        metavar="NEW",
        help="save the result as a new plan file NEW (an alternative of PLAN: same ids) and leave PLAN as it is; "
        "works while PLAN is open in a window, whose work is untouched (PLAN is read as last saved)",
    )
    p.add_argument(
        "--head",
        choices=("secretary", "mayor", "both"),
        default="secretary",
        help="roster: who is the 负责人 — the 党委书记 (default), the 镇长, or both; the other is a 副职领导",
    )
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="name every sheet, department and item (a workbook of many sheets is otherwise summarised)",
    )


def run(args: argparse.Namespace) -> int:
    if args.save_as:
        # PLAN is only read (a window holding it keeps its work); the result is a new file.
        check_new(args.save_as, args.plan)
        with writing(args.save_as):
            return _run(args)
    with writing(args.plan):  # refuses a plan open elsewhere; serialises with other writers
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from reformdesk.formats import roster, service_items
    from reformdesk.formats.importer import SheetReadError, apply_import, describe, plan_import, read_power_sheet
    from reformdesk.formats.workbook import SheetUse, Workbook, read_workbook

    # The sheet is read (in its sandboxed reader) while the plan is opened; once: each
    # reader below takes its sheets from it.
    result: list[Workbook | SheetReadError] = []

    def read() -> None:
        try:
            result.append(read_workbook(args.sheet))
        except SheetReadError as exc:
            result.append(exc)

    reader = threading.Thread(target=read, name="read-sheet", daemon=True)
    reader.start()
    plan = read_plan(args.plan)
    reader.join()
    book = result[0]
    if isinstance(book, SheetReadError):
        return fail(book)
    tables = book.tables
    service_sheets = book.sheets(SheetUse.SERVICE_ITEMS)
    has_roster, has_powers = book.has_roster, book.has_powers
    # What is reported is collected first and printed after the save: output cut
    # short (| head) can no longer leave the import unsaved, and "已导入并保存" is
    # only ever printed after the save.
    lines: list[str] = []
    recognised = book.recognised() if args.verbose else book.recognised_brief()
    if recognised:
        # The report opens with the workbook it read (a roster's own lines never name it).
        lines.append(f"读取 {Path(args.sheet).name}，识别到：" + "；".join(recognised))
    if not has_roster and not has_powers and not service_sheets:
        # No header recognised: the power importer says what it expected, as before.
        try:
            read_power_sheet(args.sheet, tables=tables)
        except SheetReadError as exc:
            return fail(exc)
    bad = 0
    roster_lines: list[str] = []  # printed after the power list's part, which names the file first
    if has_roster:
        try:
            read = roster.read_roster(args.sheet, tables=tables)
        except SheetReadError as exc:
            return fail(exc)
        preview = roster.plan_roster(plan, read, roster.HeadChoice(args.head))
        roster_lines = roster.describe(preview)
        bad += len(preview.bad)
        if not preview.bad or args.skip_bad_rows:
            roster.apply_roster(plan, preview, skip_bad_rows=args.skip_bad_rows)
    if has_powers:
        try:
            # The rule of formats/workbook.py: no roster or service-item sheet is read as powers.
            power_read = read_power_sheet(args.sheet, sheets=book.power_sheets, tables=tables)
            # The roster's and the service list's sheets are imported below, and said so above.
            power_read.skipped_sheets = [s for s in power_read.skipped_sheets if s.name not in book.elsewhere()]
        except SheetReadError as exc:
            return fail(exc)
        power_preview = plan_import(plan, power_read)  # the mapping step: its rules and the plan's remembered choices
        lines += describe(power_preview, verbose=args.verbose, plan=plan)
        bad += len(power_preview.bad)
        if not power_preview.bad or args.skip_bad_rows:
            apply_import(plan, power_preview, skip_bad_rows=args.skip_bad_rows)
    # The roster is applied first (the powers' officials are its people) but reported after the
    # power list, whose first line names the workbook: "导入 X.xlsx：…" opens the report.
    lines += roster_lines
    if service_sheets:
        try:
            rows, bad_rows, _skipped = service_items.read_service_items(args.sheet, tables=tables)
        except SheetReadError as exc:
            return fail(exc)
        service_preview = service_items.plan_service_import(plan, rows, bad_rows)
        lines += service_items.describe_service_import(service_preview)
        bad += len(service_preview.bad)
        if not service_preview.bad or args.skip_bad_rows:
            service_items.apply_service_import(plan, service_preview, skip_bad_rows=True)
    if bad and not args.skip_bad_rows:
        for line in lines:
            print(line)
        print(f"有 {bad} 行无法读取，方案未作任何修改。修正这些行，或加 --skip-bad-rows 只导入可读的行。")
        return FOUND
    if args.save_as:
        from reformdesk.store.plan_store import PlanLocation, store_for

        location = PlanLocation.parse(args.save_as)
        store_for(location).save_alternative(plan, f"{plan.info.name}（导入{Path(args.sheet).name}）", location)
    else:
        save_plan(plan, args.plan)
    for line in lines:
        print(line)
    print(f"已导入并保存：{args.save_as or args.plan}")
    return OK
