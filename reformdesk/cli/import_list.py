"""``reformdesk import PLAN FILE [--skip-bad-rows]``: import a county power list, a town roster (花名册),
a service-item list (审批服务事项 / 进驻事项清单), or a workbook holding several; 0 imported and saved, 1 unreadable rows (nothing changed), 2 unreadable file.

Each sheet is recognised from its header: a service-item list (事项名称 with two of
办理类型, 承诺时限, 年办件量, 窗口, 后台办理人, 进驻), a power list (事项名称 + 事项编码), a
roster's people (姓名 + 所在单位/职务/性别 …) or its units (机构名称 + 核定编制 …).
The roster goes in first (units and people), then the powers, whose
responsible officials may be people the roster brought; nothing is saved
unless every part can be imported.
"""

from __future__ import annotations

import argparse

from reformdesk.cli.common import FOUND, OK, fail, read_plan, save_plan, writing

NAME = "import"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        NAME, help="import a county power list or a town roster (.xlsx/.xls/.ods) into a plan and save it"
    )
    p.add_argument("plan", help="a plan file, or postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("sheet", help="the power list, the roster (花名册), or a workbook holding both")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the readable rows, skip the others")
    p.add_argument(
        "--head",
        choices=("secretary", "mayor", "both"),
        default="secretary",
        help="roster: who is the 负责人 — the 党委书记 (default), the 镇长, or both; the other is a 副职领导",
    )


def run(args: argparse.Namespace) -> int:
    with writing(args.plan):  # refuses a plan open elsewhere; serialises with other writers
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from reformdesk.formats import roster, service_items
    from reformdesk.formats.import_guard import read_tables
    from reformdesk.formats.importer import SheetReadError, apply_import, describe, plan_import, read_power_sheet

    plan = read_plan(args.plan)
    try:
        tables = list(read_tables(args.sheet))
    except SheetReadError as exc:
        return fail(exc)
    # A service-item list (办理类型, 窗口 … columns) first: its 事项名称 would look like a power list's.
    service_sheets = [t.name for t in tables if service_items.is_service_sheet(t)]
    kinds = [(t.name, roster.sheet_kind(t)) for t in tables if t.name not in service_sheets]
    found = {k[0] for _name, k in kinds if k is not None}
    has_roster = bool(found & {roster.SheetKind.PEOPLE, roster.SheetKind.UNITS})
    has_powers = roster.SheetKind.POWERS in found
    labels = {
        roster.SheetKind.POWERS: "权力清单",
        roster.SheetKind.PEOPLE: "花名册（人员）",
        roster.SheetKind.UNITS: "花名册（机构）",
    }
    # What is reported is collected first and printed after the save: output cut
    # short (| head) can no longer leave the import unsaved, and "已导入并保存" is
    # only ever printed after the save.
    lines: list[str] = []
    if service_sheets:
        lines.append("识别到：" + "；".join(f"工作表“{name}”是审批服务事项清单" for name in service_sheets))
    if found:
        lines.append("识别到：" + "；".join(f"工作表“{name}”是{labels[k[0]]}" for name, k in kinds if k is not None))
    if not has_roster and not has_powers and not service_sheets:
        # No header recognised: the power importer says what it expected, as before.
        try:
            read_power_sheet(args.sheet)
        except SheetReadError as exc:
            return fail(exc)
    bad = 0
    if has_roster:
        try:
            read = roster.read_roster(args.sheet)
        except SheetReadError as exc:
            return fail(exc)
        preview = roster.plan_roster(plan, read, roster.HeadChoice(args.head))
        lines += roster.describe(preview)
        bad += len(preview.bad)
        if not preview.bad or args.skip_bad_rows:
            roster.apply_roster(plan, preview, skip_bad_rows=args.skip_bad_rows)
    if has_powers:
        try:
            # Only the sheets recognised as power lists: a roster's unit sheet may look like one.
            power_sheets = {name for name, k in kinds if k is not None and k[0] is roster.SheetKind.POWERS}
            power_read = read_power_sheet(args.sheet, sheets=power_sheets if has_roster else None)
        except SheetReadError as exc:
            return fail(exc)
        power_preview = plan_import(plan, power_read)  # the mapping step: its rules and the plan's remembered choices
        lines += describe(power_preview)
        bad += len(power_preview.bad)
        if not power_preview.bad or args.skip_bad_rows:
            apply_import(plan, power_preview, skip_bad_rows=args.skip_bad_rows)
    if service_sheets:
        try:
            rows, bad_rows, _skipped = service_items.read_service_items(args.sheet)
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
    save_plan(plan, args.plan)
    for line in lines:
        print(line)
    print(f"已导入并保存：{args.plan}")
    return OK
