"""``info``, ``validate``, ``export``, ``diff`` and ``import`` on a county enforcement plan (``.rdcounty``).

:func:`reformdesk.cli.main` sends a subcommand here when its file is an enforcement
plan (by ``PRAGMA application_id``, not by name), so the town plan's subcommands
stay as they are.  Exit codes as for town plans.
"""

from __future__ import annotations

import argparse
import json

from reformdesk.cli.common import FOUND, OK, check_output, fail, import_into, report_problems
from reformdesk.domain.enforcement.checks import check, summary
from reformdesk.store.enforcement_file import is_enforcement_file, open_enforcement

#: The subcommands that handle an enforcement plan here.
HANDLED = ("info", "validate", "export", "diff", "import", "new")


def handles(args: argparse.Namespace) -> bool:
    if args.command not in HANDLED:
        return False
    if args.command == "new":  # by the suffix, as for catalogues: the file does not exist yet
        from reformdesk.store.enforcement_file import SUFFIX

        return str(args.plan).lower().endswith(SUFFIX)
    path = args.a if args.command == "diff" else args.plan
    return is_enforcement_file(path)


def run(args: argparse.Namespace) -> int:
    commands = {"info": _info, "validate": _validate, "export": _export, "diff": _diff, "import": _import, "new": _new}
    return commands[args.command](args)


def _new(args: argparse.Namespace) -> int:
    """An empty county enforcement plan with its settings (the townships, zones … are added in the
    window); ``new X.rdcounty`` had written a town plan under the enforcement plan's suffix."""
    from pathlib import Path

    from reformdesk.domain.enforcement.model import CountyInfo, EnforcementPlan
    from reformdesk.store.enforcement_file import save_enforcement

    path = Path(args.plan)
    if path.exists():
        return fail(f"文件已存在，未覆盖：{path}")
    name = args.name or f"{args.county}乡镇综合行政执法改革方案"
    info = CountyInfo(name=name, county=args.county, office=args.office, date=args.date, author=args.author)
    save_enforcement(EnforcementPlan(info=info), path)
    print(f"已新建执法体系方案“{name}”：{path}")
    return OK


def _info(args: argparse.Namespace) -> int:
    s = summary(open_enforcement(args.plan))
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return OK
    problems = s["problems"]
    assert isinstance(problems, dict)
    print(f"执法体系方案 {s['name']}")
    print(f"领导小组成员 {s['leading_group']}")
    print(f"乡镇 {s['townships']}  片区（执法中心） {s['zones']}")
    print(f"村（社区） {s['villages']}  执法服务站 {s['stations']}")
    print(f"执法人员 {s['officers']}（持有效执法证 {s['certified_officers']}）")
    print(f"执法事项 {s['items']}（已明确执法中心 {s['items_assigned']}）")
    print(f"问题 错误 {problems['error']}  警告 {problems['warning']}")
    return OK


def _validate(args: argparse.Namespace) -> int:
    problems = check(open_enforcement(args.plan))
    return report_problems(problems, args.json)


def _export(args: argparse.Namespace) -> int:
    from reformdesk.formats.enforcement_export import export_enforcement
    from reformdesk.formats.export import ExportError

    output = str(args.output)
    if not output.lower().endswith(".xlsx"):
        return fail(f"执法体系方案只能导出为 .xlsx：{output}")
    check_output(output, args.plan)
    plan = open_enforcement(args.plan)
    try:
        export_enforcement(plan, output)
    except ExportError as exc:
        return fail(exc)
    print(f"{output}: 片区 {len(plan.zones)} 个，执法人员 {len(plan.officers)} 名，执法服务站 {plan.stations()} 个")
    return OK


def _diff(args: argparse.Namespace) -> int:
    from reformdesk.domain.enforcement.comparison import compare

    if not is_enforcement_file(args.b):
        return fail(f"{args.b} 不是执法体系方案文件，无法与 {args.a} 比较")
    a, b = open_enforcement(args.a), open_enforcement(args.b)
    diffs = compare(a, b)
    if args.output:
        from reformdesk.formats.enforcement_export import export_comparison
        from reformdesk.formats.export import ExportError

        check_output(args.output, args.a, args.b)
        try:
            export_comparison(a, b, diffs, args.output)
        except ExportError as exc:
            return fail(exc)
    if args.json:
        print(json.dumps({"differences": [d.as_dict() for d in diffs]}, ensure_ascii=False, indent=2))
    else:
        for d in diffs:
            print(d.line())
        print(f"共 {len(diffs)} 处不同" if diffs else "没有不同")
    return FOUND if diffs else OK


def _import(args: argparse.Namespace) -> int:
    """Enforcement items from a county power list; saved before anything is printed."""
    from reformdesk.formats.enforcement_import import import_items
    from reformdesk.store.enforcement_file import save_enforcement

    return import_into(args, open_enforcement, import_items, save_enforcement, "方案")
