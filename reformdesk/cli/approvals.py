"""``reformdesk approvals BASE CURRENT [--json] [-o 目录.xlsx]``: the approval catalogue against a base year.

BASE is the base-year (基期) catalogue, CURRENT this year's; both .rdcatalog.  Prints each
base-year approval item's status (取消 / 调整 with its 调整方式 / 保留) and the 精簡率 with
numerator and denominator; ``-o`` writes the three published lists (取消目录, 调整目录,
保留目录) in one workbook.  Exit 0, or 2 when a file cannot be read or written.
"""

from __future__ import annotations

import argparse
import json

from reformdesk.cli.common import OK, check_output, fail

NAME = "approvals"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="行政审批事项目录: 取消/调整/保留 against a base year, and the 精简率")
    p.add_argument("base", help="the base-year (基期) catalogue (.rdcatalog)")
    p.add_argument("current", help="the current catalogue (.rdcatalog)")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.add_argument("-o", "--output", help="also write 取消目录, 调整目录 and 保留目录 (.xlsx)")


def run(args: argparse.Namespace) -> int:
    from reformdesk.domain.catalogue.approvals import approval_catalogue
    from reformdesk.store.catalogue_file import is_catalogue_file, open_catalogue

    for path in (args.base, args.current):
        if not is_catalogue_file(path):
            return fail(f"{path} 不是权责清单文件（.rdcatalog）")
    if args.output:
        check_output(args.output, args.base, args.current)
        if not str(args.output).lower().endswith(".xlsx"):
            return fail(f"行政审批事项目录只能导出为 .xlsx：{args.output}")
    base, current = open_catalogue(args.base), open_catalogue(args.current)
    result = approval_catalogue(base, current)
    if args.output:
        from reformdesk.formats.catalogue_years import export_approvals
        from reformdesk.formats.export import ExportError

        try:
            export_approvals(result, current, args.output)
        except ExportError as exc:
            return fail(exc)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return OK
    for e in result.entries:
        mode = f"（{e.mode.value}）" if e.mode else ""
        print(f"{e.status.value}{mode}\t{e.code or '（无编码）'}\t{e.name}\t{e.department}\t{e.now_by}")
    print(
        f"基期 {result.base_year}年 行政审批事项 {result.base_count} 项：取消 {result.cancelled}，"
        f"调整 {result.adjusted}（其中下放 {result.delegated}），保留 {result.kept}"
    )
    print(result.rate_text())
    return OK
