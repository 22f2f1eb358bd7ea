"""The comparison of two plans as an Excel workbook, in the official look.

Two sheets: 关键数据 (the two plans' names, then their key figures side by side
with the difference, in the order compared: A, then B) and 差异明细 (every difference with its action column).  Written
with the same table writer as the handover workbook (reformdesk.formats.style),
so both look alike and user text is never taken for a formula.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

from reformdesk.domain.alternative import short_name
from reformdesk.domain.comparison import Comparison
from reformdesk.domain.model import Plan
from reformdesk.formats.export import write_tables
from reformdesk.formats.style import Align, Column, TableSheet

SHEET_FIGURES = "关键数据"
SHEET_DIFFERENCES = "差异明细"
_C, _L = Align.CENTER, Align.LEFT


def _figure_rows(comparison: Comparison, a: Plan, b: Plan) -> Iterator[tuple[object, ...]]:
    # The plans compared, in the order compared (A, then B), by their full names.
    yield "比较的方案", "方案名称", a.info.name or "（未命名）", b.info.name or "（未命名）", ""
    for fig in comparison.figures:
        yield fig.section, fig.label, fig.a, fig.b, fig.diff


def _difference_rows(comparison: Comparison) -> Iterator[tuple[object, ...]]:
    for i, d in enumerate(comparison.differences, start=1):
        yield i, d.kind.label, d.action.label, d.label, d.field_label, d.a_value, d.b_value
    if not comparison.differences:
        yield "", "", "", "两个方案没有差异", "", "", ""


def export_comparison(
    comparison: Comparison,
    a: Plan,
    b: Plan,
    path: str | os.PathLike[str],
    *,
    office: str | None = None,
    date: dt.date | None = None,
) -> None:
    """Write the comparison workbook to ``path`` (raises ExportError when it cannot)."""
    office = office if office is not None else (a.info.office or b.info.office)
    date = date or dt.date.today()
    name_a = a.info.name or "方案A"
    name_b = b.info.name or "方案B"
    head_a, head_b = short_name(a, "方案A"), short_name(b, "方案B")
    if head_a == head_b:
        head_a, head_b = f"A：{head_a}", f"B：{head_b}"
    # The plans' full names are long: they stand in the differences (方案名称), not in the titles.
    town = a.info.town or b.info.town
    tables = [
        TableSheet(
            SHEET_FIGURES,
            f"{town}改革方案比较：关键数据",
            (
                Column("类别", _L, max_width=30),
                Column("项目", _L, max_width=18),
                Column(head_a, _C, min_width=10, max_width=30),
                Column(head_b, _C, min_width=10, max_width=30),
                Column("差异", _C, min_width=10),
            ),
            _figure_rows(comparison, a, b),
        ),
        TableSheet(
            SHEET_DIFFERENCES,
            f"{town}改革方案比较：差异明细",
            (
                Column("序号", _C),
                Column("类别", _C, max_width=12),
                Column("操作", _C, max_width=8),
                Column("对象", _L, max_width=30),
                Column("项目", _L, max_width=14),
                Column(head_a, _L, min_width=20, max_width=36),
                Column(head_b, _L, min_width=20, max_width=36),
            ),
            _difference_rows(comparison),
        ),
    ]
    write_tables(tables, path, office=office, date=date, title=f"{name_a} / {name_b}")
