"""``reformdesk export PLAN -o OUT.xlsx|OUT.docx``: the suffix chooses what is written.

``.xlsx`` the handover workbook, ``.docx`` the plan document (实施方案 with its
annexes, GB/T 9704 layout).  Exit 0 written; 2 plan unreadable, output
unwritable or a suffix neither of them.
"""

from __future__ import annotations

import argparse

from reformdesk.cli.common import OK, check_output, fail, read_plan

NAME = "export"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="export the handover workbook (.xlsx) or the plan document (.docx)")
    p.add_argument("plan", help="a plan file, or postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("-o", "--output", required=True, help="file to write: .xlsx workbook or .docx document")
    p.add_argument(
        "--title-font",
        default=None,
        help="font of the document's title (default 方正小标宋简体; any other is set bold, e.g. 宋体)",
    )


def run(args: argparse.Namespace) -> int:
    from reformdesk.formats.export import ExportError
    from reformdesk.formats.sheets import PlanDocument, writer_for

    output = str(args.output)
    suffix = output.lower().rpartition(".")[2]
    if suffix not in ("xlsx", "docx"):
        return fail(f"不支持的导出格式：{output}（文件名须以 .xlsx 或 .docx 结尾）")
    check_output(args.output, args.plan)
    plan = read_plan(args.plan)
    writer = PlanDocument(plan, args.title_font) if suffix == "docx" else writer_for(plan, output)
    try:
        writer.write(output)
    except ExportError as exc:
        return fail(exc)
    if suffix == "docx":
        print(f"{output}: 方案文本 {len(plan.sections)} 节，{len(plan.bodies)} 个职能机构，{len(plan.powers)} 项事项")
        from reformdesk.domain.validation import validate

        # The document says 草稿 on every page while the plan has problems: a script's log says so too.
        problems = validate(plan)
        if problems:
            bare = sum(p.code == "section.bare" for p in problems)
            unwritten = f"，{bare} 节待补充" if bare else ""
            print(f"草稿：存在 {len(problems)} 项问题{unwritten}（reformdesk validate 列出各项）")
    else:
        print(f"{output}: {len(plan.powers)} 项事项，{len(plan.bodies)} 个职能机构")
    return OK
