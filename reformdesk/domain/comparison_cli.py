"""``reformdesk diff A B [--json] [-o DIFF.xlsx]``: compare two plan files.

Exit codes: 0 the plans are the same, 1 they differ, 2 a file cannot be read
(or the workbook cannot be written).  The JSON shape is documented in
docs/diff-json.md (and the README).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from reformdesk.domain.comparison import Action, Comparison, compare
from reformdesk.domain.registry import EntityKind
from reformdesk.store.planfile import open_plan


def comparison_json(comparison: Comparison) -> dict[str, object]:
    """The ``--json`` document (stable keys; see docs/diff-json.md)."""
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


def run_cli(args: argparse.Namespace) -> int:
    # PlanFileError: one line and exit 2 in cli.main.
    a = open_plan(args.a)
    b = open_plan(args.b)
    comparison = compare(a, b)
    if args.json:
        print(json.dumps(comparison_json(comparison), ensure_ascii=False, indent=2))
    else:
        _print_text(comparison)
    if args.output:
        from reformdesk.formats.comparison_export import export_comparison
        from reformdesk.formats.export import ExportError

        try:
            export_comparison(comparison, a, b, args.output)
        except ExportError as exc:
            print(f"reformdesk: {exc}", file=sys.stderr)
            return 2
    return 0 if comparison.same else 1


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
