"""Rows and columns sized so every line prints whole in 宋体 (Excel, WPS) and where 宋体 is
missing (LibreOffice on Linux and 信创 desktops substitutes Noto Sans CJK and DejaVu Sans).

The figures are measured: 宋体 11 pt is 14.25 pt a line in Excel and WPS; LibreOffice gave 11 pt
text in its substitute 16.02 pt a line (3 to 30 lines, PDF glyph positions), its digits 0.636 em
and an 18-character 统一社会信用代码 0.647 em a character.  These tests check the workbook
against them without LibreOffice; test_export_pdf prints through it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from reformdesk.formats.enforcement_export import OFFICER_COLUMNS
from reformdesk.formats.export import write_tables
from reformdesk.formats.style import (
    LO_UNIT_PX,
    ROW_HEIGHT,
    UNIT_PX,
    Align,
    Column,
    TableSheet,
    body_row_height,
)

SONG_LINE_PT = 14.25  # 宋体 11 pt in Excel / WPS
SUBSTITUTE_LINE_PT = 16.02  # LibreOffice, 11 pt, 宋体 missing (measured)
EM_PX = 11 * 96 / 72  # 11 pt at 96 dpi
CJK_PX = EM_PX  # a CJK character is 1 em in both
DIGIT_PX = 0.636 * EM_PX  # DejaVu Sans' digit (宋体's: 0.5 em)
CODE_CHAR_PX = 0.647 * EM_PX  # an 18-character code's average character in DejaVu Sans
CELL_PADDING_PX = 4  # LibreOffice's text inset, both sides together


def _substitute_lines(text: str, column_px: float) -> int:
    """Lines LibreOffice wraps ``text`` into in a column ``column_px`` wide: at whole characters,
    CJK 1 em, Latin as wide as DejaVu's codes (a wider estimate than the writer's)."""
    room = column_px - CELL_PADDING_PX
    lines = 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0.0
        for ch in paragraph:
            w = CODE_CHAR_PX if ch < "\x80" else CJK_PX
            if used + w > room:
                lines, used = lines + 1, 0.0
            used += w
    return lines


@pytest.mark.parametrize("lines", [*range(1, 31), 50, 100, 200])
def test_a_row_holds_its_lines_in_both_fonts_and_is_not_loose_in_excel(lines: int) -> None:
    height = body_row_height(lines)
    assert height >= SUBSTITUTE_LINE_PT * lines + 2  # whole in LibreOffice, with its borders
    assert height / 0.75 == int(height / 0.75)  # whole pixels: what the pages are counted in
    if lines > 1:
        # Excel shows the room the substitute needs as white around the text: at most 2 pt a line.
        white = height - SONG_LINE_PT * lines - 6
        assert white / lines <= 2.0, white


BASIS = "《中华人民共和国行政处罚法》第十八条、《青海省乡镇综合行政执法条例》第12条规定的"


def _write(tmp_path: Path, columns: list[Column], rows: list[list[object]], notes: tuple[str, ...] = ()):
    out = tmp_path / "t.xlsx"
    sheet = TableSheet("表", "测试表", columns, rows, notes=notes, signature=[["填表人：", "审核人："]])
    write_tables([sheet], out, office="中共和县委机构编制委员会办公室", date=dt.date(2026, 12, 1))
    return openpyxl.load_workbook(out).worksheets[0]


def _px(ws, col: int) -> float:
    """The narrower of the column's widths in LibreOffice and in Excel (pixels)."""
    width = ws.column_dimensions[get_column_letter(col)].width
    return min(width * LO_UNIT_PX, width * UNIT_PX + 5)


@pytest.mark.parametrize("lines", [1, 3, 10, 19, 30])
def test_long_texts_get_rows_for_every_line_the_substitute_wraps(lines: int, tmp_path: Path) -> None:
    """A 说明 / 实施依据 of about ``lines`` lines, with digits in it, in a 40-character column."""
    columns = [Column("序号", Align.CENTER, 5, 6), Column("事项名称", min_width=12), Column("说明", max_width=40)]
    text = (BASIS * 60)[: 20 * lines]
    ws = _write(tmp_path, columns, [[1, "行政处罚", text], [2, "行政检查", BASIS[:20]]])
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == 1)
    need = _substitute_lines(text, _px(ws, 3))
    assert need >= lines - 1
    height = ws.row_dimensions[row].height or ROW_HEIGHT
    assert height >= SUBSTITUTE_LINE_PT * need + 2, (need, height)


def test_codes_and_numbers_stay_on_one_line_in_the_substitute(tmp_path: Path) -> None:
    """A 12-digit 执法证号 (it wrapped onto two lines), an 18-character 统一社会信用代码 / 事项编码."""
    columns = [*OFFICER_COLUMNS, Column("统一社会信用代码", min_width=10), Column("事项编码", min_width=12)]
    rows: list[list[object]] = [
        [
            i,
            "王建军",
            "县市场监督管理局执法大队",
            "行政编制",
            f"6301200000{i:02d}",
            dt.date(2027, 6, 30),
            "市场监管",
            "2020年12月1日至2023年11月30日",
            "桥头片区",
            f"12630121MB1234{i:03d}X",
            f"630121-SJ-CF-{i:04d}",
        ]
        for i in range(1, 30)
    ]
    ws = _write(tmp_path, columns, rows)
    for col, longest in ((5, "630120000029"), (8, "2020年12月1日至2023年11月30日"), (10, "12630121MB1234029X")):
        assert _substitute_lines(longest, _px(ws, col)) == 1, (columns[col - 1].header, _px(ws, col))
    assert _substitute_lines("630121-SJ-CF-0029", _px(ws, 11)) == 1
    body = [r for r in range(1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]
    assert len(body) == 29 and all((ws.row_dimensions[r].height or ROW_HEIGHT) == ROW_HEIGHT for r in body)
