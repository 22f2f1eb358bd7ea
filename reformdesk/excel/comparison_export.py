"""The comparison of two plans as an Excel workbook, in the official look.

Two sheets: 关键数据 (key figures of 方案一 and 方案二 side by side with the
difference) and 差异明细 (every difference with its action column).

The official-form styling here is a minimal local version (merged title,
填表单位/填表时间 rows, bold bordered header in 宋体, frozen header, print
titles, A4 landscape fitted to width, page numbers in the footer); it should
give way to the shared ``reformdesk.excel.style`` once that is on main.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reformdesk.domain.comparison import Comparison
from reformdesk.domain.model import Plan, cn_date

FONT = "宋体"
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
#: Characters that make Excel read a typed text as a formula.
_FORMULA_START = ("=", "+", "-", "@")


def _styles(wb: Workbook) -> None:
    # Registered once and shared by name: far cheaper than a Font/Border per cell.
    body = NamedStyle("rd_cell", font=Font(name=FONT, size=11), border=_BORDER)
    body.alignment = Alignment(vertical="center", wrap_text=True)
    number = NamedStyle("rd_number", font=Font(name=FONT, size=11), border=_BORDER)
    number.alignment = Alignment(horizontal="right", vertical="center")
    header = NamedStyle("rd_header", font=Font(name=FONT, size=11, bold=True), border=_BORDER)
    header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for style in (body, number, header):
        wb.add_named_style(style)


def _text(ws: Worksheet, row: int, col: int, value: str, style: str = "rd_cell") -> None:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        # openpyxl would write "=…" as a formula; keep what people typed as text.
        cell.data_type = "s"
        cell.quotePrefix = True
    cell.style = style


def _sheet(
    wb: Workbook,
    ws: Worksheet,
    title: str,
    office: str,
    date: dt.date,
    headers: Sequence[str],
    widths: Sequence[int],
) -> int:
    """Title, 填表单位/填表时间 and header rows; returns the first data row."""
    n = len(headers)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    cell = ws.cell(row=1, column=1, value=title)
    cell.font = Font(name=FONT, size=16, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    half = max(1, n // 2)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=half)
    ws.merge_cells(start_row=2, start_column=half + 1, end_row=2, end_column=n)
    unit = ws.cell(row=2, column=1, value=f"填表单位：{office}")
    unit.font = Font(name=FONT, size=11)
    when = ws.cell(row=2, column=half + 1, value=f"填表时间：{cn_date(date)}")
    when.font = Font(name=FONT, size=11)
    when.alignment = Alignment(horizontal="right")
    for col, (name, width) in enumerate(zip(headers, widths, strict=True), start=1):
        _text(ws, 3, col, name, "rd_header")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.font = FONT
    return 4


def export_comparison(
    comparison: Comparison,
    a: Plan,
    b: Plan,
    path: str | os.PathLike[str],
    *,
    office: str | None = None,
    date: dt.date | None = None,
) -> None:
    """Write the comparison workbook to ``path`` (raises OSError when it cannot)."""
    office = office if office is not None else (a.info.office or b.info.office)
    date = date or dt.date.today()
    wb = Workbook()
    _styles(wb)
    name_a = a.info.name or "方案一"
    name_b = b.info.name or "方案二"

    ws = wb.active
    ws.title = "关键数据"
    row = _sheet(
        wb,
        ws,
        f"方案比较：关键数据（{name_a} / {name_b}）",
        office,
        date,
        ("类别", "项目", "方案一", "方案二", "差异"),
        (30, 18, 12, 12, 12),
    )
    for fig in comparison.figures:
        _text(ws, row, 1, fig.section)
        _text(ws, row, 2, fig.label)
        for col, value in ((3, fig.a), (4, fig.b), (5, fig.diff)):
            cell = ws.cell(row=row, column=col, value=value)
            cell.style = "rd_number"
        row += 1

    ws = wb.create_sheet("差异明细")
    row = _sheet(
        wb,
        ws,
        f"方案比较：差异明细（{comparison.matching_label}）",
        office,
        date,
        ("序号", "类别", "操作", "对象", "项目", "方案一", "方案二"),
        (8, 12, 8, 30, 14, 36, 36),
    )
    for i, d in enumerate(comparison.differences, start=1):
        cell = ws.cell(row=row, column=1, value=i)
        cell.style = "rd_number"
        _text(ws, row, 2, d.kind.label)
        _text(ws, row, 3, d.action.label)
        _text(ws, row, 4, d.label)
        _text(ws, row, 5, d.field_label)
        _text(ws, row, 6, d.a_value)
        _text(ws, row, 7, d.b_value)
        row += 1
    if not comparison.differences:
        _text(ws, row, 1, "两个方案没有差异")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    wb.save(os.fspath(path))
