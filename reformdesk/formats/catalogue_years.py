"""The catalogue's yearly sheets: the 年度动态调整表 and the three approval lists (行政审批事项目录).

Layouts of FORMS.md (年度动态调整表; 行政审批事项目录 取消、调整和保留) in the official look of
formats/style.py: a merged title, 填表单位（盖章） and 填表时间, a bordered header repeated on
every printed page, A4 landscape, 第 N 页 共 M 页.  Each approval list carries the 精简率
line with its numerator and denominator under the title.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence

from reformdesk.domain.catalogue.approvals import ApprovalCatalogue, ApprovalEntry, ApprovalStatus
from reformdesk.domain.catalogue.model import Adjustment, Catalogue
from reformdesk.domain.catalogue.versions import ORDER
from reformdesk.formats.export import write_tables
from reformdesk.formats.style import Align, Block, Column, TableSheet

C = Align.CENTER

SHEET_ADJUSTMENTS = "年度动态调整表"
ADJUSTMENT_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("实施主体", min_width=12, max_width=20),
    Column("事项编码", min_width=12, max_width=30),  # 18 characters on one line
    Column("事项名称", min_width=18, max_width=36),
    Column("调整类型", C, 6, 8),
    Column("调整前", min_width=16, max_width=36),
    Column("调整后", min_width=16, max_width=36),
    Column("调整理由", min_width=10, max_width=18),
    Column("文件依据（文号）", min_width=18, max_width=36),
    Column("日期", C, 11, 14),
)

SHEET_CANCELLED, SHEET_ADJUSTED, SHEET_KEPT = "取消目录", "调整目录", "保留目录"
# The reason with its document runs to some 50 characters: its column is the widest, so a row
# takes two printed lines rather than three.
CANCELLED_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("事项名称", min_width=20, max_width=36),
    Column("设定依据", min_width=18, max_width=34),
    Column("原实施部门", min_width=12, max_width=18),
    Column("取消理由/文件", min_width=24, max_width=60),
)
ADJUSTED_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("事项名称", min_width=20, max_width=40),
    Column("设定依据", min_width=20, max_width=40),
    Column("原实施部门", min_width=12, max_width=20),
    Column("调整方式", C, 8, 10),
    Column("调整后实施机关", min_width=10, max_width=20),
    Column("调整理由/文件", min_width=24, max_width=56),
)
KEPT_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("事项名称", min_width=20, max_width=40),
    Column("实施机关", min_width=12, max_width=24),
    Column("依据", min_width=24, max_width=48),
)


def document_text(record: Adjustment) -> str:
    """文件依据（文号）: the document and its number in one cell."""
    basis, no = record.basis.strip(), record.doc_no.strip()
    if basis and no and no not in basis:
        return f"{basis}（{no}）"
    return basis or no


def adjustment_rows(records: Sequence[Adjustment]) -> Iterator[list[object]]:
    for n, r in enumerate(records, start=1):
        yield [
            n,
            r.subject,
            r.code,
            r.name,
            r.action.value,
            r.before,
            r.after,
            r.reason,
            document_text(r),
            r.date if r.date is not None else "",
        ]


def adjustment_sheet(cat: Catalogue, records: Sequence[Adjustment], year: int) -> TableSheet:
    """The 年度动态调整表 of ``year``: the records given, a 注 line counting them by type."""
    counts = {a.value: 0 for a in ORDER}
    for r in records:
        counts[r.action.value] += 1
    parts = "，".join(f"{k} {v} 项" for k, v in counts.items() if v)
    missing = sum(1 for r in records if not r.reason.strip() or not (r.basis.strip() or r.doc_no.strip()))
    notes = [f"本年度共调整 {len(records)} 项" + (f"（{parts}）" if parts else "") + "。"]
    notes.append("调整理由：法律法规立改废、上级取消或下放、职能调整、合并或拆分、其他。")
    draft = f"草稿（{missing} 项未填调整理由或文件依据）" if missing else ""
    return TableSheet(
        SHEET_ADJUSTMENTS,
        f"{cat.info.county}权责清单{year}年度动态调整表",
        ADJUSTMENT_COLUMNS,
        adjustment_rows(records),
        notes=notes,
        draft=draft,
    )


def export_adjustments(
    cat: Catalogue,
    records: Sequence[Adjustment],
    year: int,
    path: str | os.PathLike[str],
    date: dt.date | None = None,
) -> None:
    """Write the 年度动态调整表 to ``path`` (.xlsx), atomically; ExportError when it cannot."""
    sheet = adjustment_sheet(cat, records, year)
    write_tables([sheet], path, office=cat.info.office, date=date or cat.info.date, title=sheet.title)


def _why(e: ApprovalEntry) -> str:
    if e.reason and e.document:
        return f"{e.reason}；{e.document}"
    return e.reason or e.document


def approval_sheets(result: ApprovalCatalogue, county: str) -> list[TableSheet]:
    """取消目录, 调整目录, 保留目录: each one block whose line under the title is the 精简率."""
    base = f"基期：{result.base_year}年（行政审批事项 {result.base_count} 项）"
    rate = result.rate_text()
    cancelled = [
        [n, e.name, e.basis, e.department, _why(e)] for n, e in enumerate(result.of(ApprovalStatus.CANCELLED), start=1)
    ]
    adjusted = [
        [n, e.name, e.basis, e.department, e.mode.value if e.mode else "", e.now_by, _why(e)]
        for n, e in enumerate(result.of(ApprovalStatus.ADJUSTED), start=1)
    ]
    kept = [[n, e.name, e.now_by, e.basis] for n, e in enumerate(result.of(ApprovalStatus.KEPT), start=1)]
    notes = ("精简率 =（取消事项数 + 下放事项数）÷ 基期行政审批事项数。",)

    def sheet(name: str, what: str, columns: Sequence[Column], rows: list[list[object]]) -> TableSheet:
        title = f"{county}{what}的行政审批事项目录（{result.year}年，共 {len(rows)} 项）"
        # An empty list is published with 无 in it, not as a bare header (a year that cancelled nothing).
        shown = rows or [["", "无", *([""] * (len(columns) - 2))]]
        return TableSheet(name, title, columns, blocks=[Block(title, shown, meta=(base, rate), notes=notes)])

    return [
        sheet(SHEET_CANCELLED, "取消", CANCELLED_COLUMNS, cancelled),
        sheet(SHEET_ADJUSTED, "调整", ADJUSTED_COLUMNS, adjusted),
        sheet(SHEET_KEPT, "保留", KEPT_COLUMNS, kept),
    ]


def export_approvals(
    result: ApprovalCatalogue, current: Catalogue, path: str | os.PathLike[str], date: dt.date | None = None
) -> None:
    """Write the three approval lists to one workbook; ExportError when it cannot."""
    sheets = approval_sheets(result, current.info.county)
    title = f"{current.info.county}取消、调整和保留的行政审批事项目录"
    write_tables(sheets, path, office=current.info.office, date=date or current.info.date, title=title)


__all__ = [
    "SHEET_ADJUSTED",
    "SHEET_ADJUSTMENTS",
    "SHEET_CANCELLED",
    "SHEET_KEPT",
    "adjustment_sheet",
    "approval_sheets",
    "document_text",
    "export_adjustments",
    "export_approvals",
]
