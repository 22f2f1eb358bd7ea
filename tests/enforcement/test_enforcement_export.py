"""The enforcement workbook: four sheets in the official layout (FORMS.md, 综合行政执法)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from reformdesk.cli import main
from reformdesk.formats.enforcement_export import (
    SHEET_ITEMS,
    SHEET_OFFICERS,
    SHEET_STATIONS,
    SHEET_ZONES,
    export_enforcement,
)
from reformdesk.samples.datong_enforcement import build
from reformdesk.store.enforcement_file import save_enforcement


def _texts(ws: object) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]  # type: ignore[attr-defined]


def test_four_sheets(tmp_path: Path) -> None:
    plan = build()
    next(iter(plan.officers.values())).name = "=HYPERLINK(1)"
    out = tmp_path / "enf.xlsx"
    export_enforcement(plan, out)
    wb = load_workbook(out)
    assert wb.sheetnames == [SHEET_ZONES, SHEET_OFFICERS, SHEET_ITEMS, SHEET_STATIONS]
    zones = wb[SHEET_ZONES]
    assert zones["A1"].value == "大通县乡镇综合行政执法片区划分表"
    header = [c.value for c in zones[3]]
    assert header[:4] == ["序号", "片区", "执法中心驻地", "涵盖乡镇"] and "执法人员数" in header
    assert zones.page_setup.orientation == "landscape" and zones.print_title_rows == "$3:$3"
    total = [c.value for c in zones[3 + 7 + 1]]
    assert total[1] == "合计" and total[4] == 311 and total[5] == 311
    officers = _texts(wb[SHEET_OFFICERS])
    assert "抽调单位（盖章）：" in officers and "=HYPERLINK(1)" in officers
    cell = next(c for row in wb[SHEET_OFFICERS].iter_rows() for c in row if c.value == "=HYPERLINK(1)")
    assert cell.data_type == "s"
    items = _texts(wb[SHEET_ITEMS])
    assert sum(t.endswith("执法事项目录") for t in items) == 7  # one block per zone
    stations = wb[SHEET_STATIONS]
    assert stations.max_row >= 3 + 311


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "d.rdcounty"
    save_enforcement(build(), src)
    assert main(["export", str(src), "-o", str(tmp_path / "o.xlsx")]) == 0
    assert "执法服务站 311" in capsys.readouterr().out
    assert main(["export", str(src), "-o", str(tmp_path / "o.docx")]) == 2
