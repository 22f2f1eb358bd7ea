"""The handover lists on paper, checked in the workbook: where the pages break, how full they
are, that the signature block keeps rows of its list, that long names wrap whole.

The pages are measured as the writer's readers print them: rows of the heights in the file,
shrunk to the page width (formats.style.sheet_width_px: the narrower of Excel's and
LibreOffice's column widths, so the tallest print).  test_export_pdf prints through
LibreOffice and checks the same on the PDF.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from reformdesk.domain.model import DelegationMode, Plan, PlanInfo, PowerType, Tier
from reformdesk.formats.export import HANDOVER_CLOSING, export_workbook
from reformdesk.formats.style import (
    KEEP_WITH_TAIL,
    PAGE_HEIGHT_PT,
    PAGE_MIN_FILL,
    PAGE_WIDTH_PT,
    ROW_HEIGHT,
    column_px,
    sheet_width_px,
    text_width,
)

LONG_DEPARTMENT = "县农业农村和乡村振兴局（县畜牧兽医水产服务中心）"
LONG_BODY = "综合行政执法队（自然资源、林业草原、生态环境、市场监管联合执法）"


def list_plan(
    items: int,
    *,
    county: str = "平安县",
    department: str = "县市场监督管理局",
    body_name: str = "公共服务中心",
    staff_ids: bool = True,
) -> Plan:
    """A town whose one department hands ``items`` powers to one body (one 移交清单)."""
    plan = Plan(
        info=PlanInfo(
            name="三合镇行政管理体制改革方案",
            town="三合镇",
            county=county,
            office=f"中共{county}委机构编制委员会办公室",
            date=dt.date(2026, 12, 1),
        )
    )
    body = plan.add_body(body_name, kind="事业", authorized_posts=10, leadership_posts=2)
    unit = plan.add_unit("原站所", head_count=3, body_id=body.id)
    deputy = plan.add_person(
        "D1" if staff_ids else "",
        "王副职",
        tier_before=Tier.DEPUTY_LEADER,
        tier_after=Tier.DEPUTY_IN_CHARGE,
        unit_id=unit.id,
    )
    body.deputy_id = deputy.id
    official = plan.add_person("S1" if staff_ids else "", "李干部", unit_id=unit.id, reports_to_id=deputy.id)
    for i in range(items):
        plan.add_power(
            f"PA-XK-{i:04d}",
            f"对违法占用道路行为的行政处罚{i}" + ("（含子项及其他相关情形）" if i % 5 == 0 else ""),
            type=PowerType.PENALTY,
            legal_basis="《中华人民共和国公路法》第七十六条"
            + ("、《公路安全保护条例》第六十二条" if i % 3 == 0 else ""),
            source_department=department,
            mode=DelegationMode.ENTRUST if i % 4 == 0 else DelegationMode.TRANSFER,
            body_id=body.id,
            deadline=dt.date(2027, 3, 31),
            official_id=official.id,
        )
    return plan


def _sheet(plan: Plan, tmp_path: Path, prefix: str = "移交清单-"):
    out = tmp_path / "paper.xlsx"
    export_workbook(plan, out)
    wb = openpyxl.load_workbook(out)
    return next(ws for ws in wb.worksheets if ws.title.startswith(prefix))


def _widths(ws) -> list[float]:
    return [ws.column_dimensions[get_column_letter(i)].width for i in range(1, ws.max_column + 1)]


def _page_room(ws) -> float:
    """A page's height in the sheet's points (before fit-to-width shrinks the rows)."""
    scale = min(1.0, PAGE_WIDTH_PT / (sheet_width_px(_widths(ws)) * 0.75))
    return PAGE_HEIGHT_PT / scale


def _pages(ws) -> list[list[int]]:
    """The sheet's rows, page by page, as its manual breaks cut them."""
    breaks = [b.id for b in ws.row_breaks.brk]
    bounds = [0, *breaks, ws.max_row]
    return [list(range(bounds[i] + 1, bounds[i + 1] + 1)) for i in range(len(bounds) - 1)]


def _height(ws, row: int) -> float:
    return ws.row_dimensions[row].height or ROW_HEIGHT


def _item_rows(ws, rows: list[int]) -> list[int]:
    """The list's body rows among ``rows``: 序号 a number or 2.1 under a 事项编码."""
    return [r for r in rows if ws.cell(r, 2).value and str(ws.cell(r, 2).value).startswith("PA-")]


@pytest.mark.parametrize("items", [1, 2, 3, 5, 8, 12, 19, 60, 200])
def test_a_list_fills_its_pages_and_its_signatures_keep_rows_of_it(items: int, tmp_path: Path) -> None:
    ws = _sheet(list_plan(items), tmp_path)
    room = _page_room(ws)
    pages = _pages(ws)
    used = [sum(_height(ws, r) for r in page) for page in pages]
    # No page overflows (the application would break it again, and 共 N 页 would be wrong).
    assert all(u <= room for u in used), (used, room)
    # Every page but the last two is filled: the next row would not have fitted.  (The one
    # before the last may give rows to the signatures' page.)
    for after, u in zip(pages[1:-1], used[:-2], strict=True):
        nxt = _height(ws, _item_rows(ws, after)[0])  # (after the header the next page repeats)
        assert u + nxt > room * 0.97 and u > room * 0.8, (u, nxt, room)
    # The signature block and the closing line are on the last page, with rows of the list.
    last = pages[-1]
    texts = [str(ws.cell(r, 1).value) for r in last]
    assert HANDOVER_CLOSING in texts and any(t.startswith("移交单位（盖章）") for t in texts)
    carried = _item_rows(ws, last)
    assert carried
    if len(pages) > 1 and len(carried) < min(items, KEEP_WITH_TAIL):
        # Fewer than KEEP_WITH_TAIL only where one more would have left the page before less
        # than PAGE_MIN_FILL full (three taken from an 8-row list's first page left it 60 %).
        before = pages[-2]
        assert used[-2] - _height(ws, _item_rows(ws, before)[-1]) < PAGE_MIN_FILL * room, (used, room)
    assert sum(len(_item_rows(ws, p)) for p in pages) == items
    # A list that fits one page prints on one page.
    if items <= 5:
        assert len(pages) == 1
    # Each page after a break starts with the list's header.
    assert all(ws.cell(page[0], 1).value == "序号" for page in pages[1:])
    assert ws.oddFooter.center.text.endswith(f"共 {len(pages)} 页")


@pytest.mark.parametrize("county", ["和县", "平安县", "互助土族县"])
def test_every_signature_name_prints_whole(county: str, tmp_path: Path) -> None:
    plan = list_plan(3, county=county, department=LONG_DEPARTMENT, body_name=LONG_BODY)
    ws = _sheet(plan, tmp_path)
    widths = _widths(ws)
    office = f"中共{county}委机构编制委员会办公室"
    found = {}
    for merged in ws.merged_cells.ranges:
        cell = ws.cell(merged.min_row, merged.min_col)
        text = str(cell.value or "")
        if "（盖章）：" not in text or text.startswith("填表单位"):
            continue
        found[text.split("（")[0]] = text
        assert cell.alignment.wrap_text
        # Each line fits its share of the width (12 pt 宋体: 8 px a half character) or the row
        # is tall enough for the lines it wraps into.
        span_px = sum(column_px(w) for w in widths[merged.min_col - 1 : merged.max_col])
        lines = sum(max(1, math.ceil(text_width(part) * 8 / (span_px - 8))) for part in text.split("\n"))
        assert ws.row_dimensions[merged.min_row].height >= 30 + 15.75 * (lines - 1) - 0.01
    assert found["移交单位"].replace("：\n", "：") == f"移交单位（盖章）：{LONG_DEPARTMENT}"
    assert found["承接单位"].replace("：\n", "：") == f"承接单位（盖章）：{LONG_BODY}"
    assert found["监交单位"].replace("：\n", "：") == f"监交单位（盖章）：{office}"
    # The long title (department and body) wraps in a row tall enough for two lines.
    assert LONG_DEPARTMENT in ws.cell(1, 1).value and ws.row_dimensions[1].height >= 30 + 21


def test_a_person_without_staff_id_prints_without_empty_brackets(tmp_path: Path) -> None:
    plan = list_plan(2, staff_ids=False)
    plan.add_person("", "李干部", post="科员")  # a namesake of the official, unplaced: a problem
    out = tmp_path / "paper.xlsx"
    export_workbook(plan, out)
    wb = openpyxl.load_workbook(out)
    texts = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    assert not any("（）" in t for t in texts)
    problems = [str(v) for row in wb["问题清单"].iter_rows(values_only=True) for v in row if v]
    assert "李干部尚未安排到职能机构" in problems
