"""``reformdesk diff A B [--json] [-o DIFF.xlsx]``: compare two plans.

Exit codes: 0 the plans are the same, 1 they differ, 2 a plan cannot be read
(or the workbook cannot be written).  The JSON shape is documented in the
README (``diff --json``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from reformdesk.cli.common import FOUND, OK, check_output, fail, read_plan
from reformdesk.domain.comparison import Action, Comparison, compare
from reformdesk.domain.registry import EntityKind

NAME = "diff"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="compare two plans; exit 1 when they differ")
    p.add_argument("a", help="plan A: a file, or postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("b", help="plan B, likewise")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.add_argument("-o", "--output", help="also write the comparison workbook (.xlsx)")
    p.add_argument(
        "--record",
        action="store_true",
        help="catalogues (.rdcatalog) only: add the changes not yet recorded to B's 动态调整 records and save B",
    )


def comparison_json(comparison: Comparison) -> dict[str, object]:
    """The ``--json`` document (stable keys; see the README)."""
    return {
        "matching": comparison.matching,
        "differences": [
            {
                "kind": d.kind.value,
                "action": d.action.value,
                "key": d.key,
                "label": d.label,
                "field": d.field,
                "a": d.a_value,
                "b": d.b_value,
            }
            for d in comparison.differences
        ],
        "figures": [
            {"section": r.section, "label": r.label, "a": r.a, "b": r.b, "diff": r.diff} for r in comparison.figures
        ],
    }


def run(args: argparse.Namespace) -> int:
    if args.output:
        check_output(args.output, args.a, args.b)
    a = read_plan(args.a)
    b = read_plan(args.b)
    comparison = compare(a, b)
    if args.json:
        print(json.dumps(comparison_json(comparison), ensure_ascii=False, indent=2))
    else:
        _print_text(comparison)
    if args.output:
        from reformdesk.formats.export import ExportError
        from reformdesk.formats.sheets import ComparisonWorkbook

        try:
            ComparisonWorkbook(comparison, a, b).write(args.output)
        except ExportError as exc:
            return fail(exc)
    return OK if comparison.same else FOUND


def _print_text(comparison: Comparison) -> None:
    print(comparison.matching_label)
    for d in comparison.differences:
        # A plan setting's label already is the setting's name.
        what = d.label if d.kind is EntityKind.PLAN else f"{d.label} {d.field_label}".strip()
        if d.action is Action.ADDED:
            detail = d.b_value
        elif d.action is Action.REMOVED:
            detail = d.a_value
        else:
            detail = f"{d.a_value} → {d.b_value}"
        print(f"{d.action.label}\t{d.kind.label}\t{what}\t{detail}")
    if comparison.same:
        print("两个方案没有差异")
    else:
        counts = Counter(d.action for d in comparison.differences)
        parts = "，".join(f"{a.label} {counts[a]}" for a in Action if counts[a])
        print(f"共 {len(comparison.differences)} 处差异（{parts}）")
