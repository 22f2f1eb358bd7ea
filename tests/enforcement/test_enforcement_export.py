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


def test_the_draft_mark_prints_once_on_the_first_page_and_in_the_header_after_it(tmp_path: Path) -> None:
    from tests.enforcement.every_problem import every_problem

    out = tmp_path / "enf.xlsx"
    export_enforcement(every_problem(), out)
    for ws in load_workbook(out).worksheets:
        mark = ws["A2"].value
        assert str(mark).startswith("草稿（存在") and mark.endswith("不可签署）"), ws.title
        # Page 1 shows it in row 2; the print header carries it from page 2 on.
        assert ws.HeaderFooter.differentFirst, ws.title
        assert not ws.firstHeader.center.text and ws.oddHeader.center.text.endswith(mark), ws.title
        assert ws.firstFooter.center.text == ws.oddFooter.center.text, ws.title


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "d.rdcounty"
    save_enforcement(build(), src)
    assert main(["export", str(src), "-o", str(tmp_path / "o.xlsx")]) == 0
    assert "执法服务站 311" in capsys.readouterr().out
    assert main(["export", str(src), "-o", str(tmp_path / "o.docx")]) == 2


def test_import_items_from_a_power_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    from reformdesk.store.enforcement_file import open_enforcement

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "事项编码", "事项名称", "事项类型", "实施依据", "原实施部门"])
    ws.append([1, "DT-ZF-001", "对无证经营食品的处罚（修订）", "行政处罚", "《食品安全法》", "县市场监督管理局"])
    ws.append([2, "DT-ZF-900", "对违规设置户外广告的处罚", "行政处罚", "《广告法》", "县城市管理综合执法局"])
    ws.append([3, "DT-XK-001", "食品经营许可", "行政许可", "《食品安全法》", "县市场监督管理局"])
    sheet = tmp_path / "list.xlsx"
    wb.save(sheet)
    src = tmp_path / "d.rdcounty"
    save_enforcement(build(), src)
    assert main(["import", str(src), str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "新增 1 项，更新 1 项" in out and "其他类型的事项 1 项未导入" in out
    plan = open_enforcement(src)
    by_code = {i.code: i for i in plan.items.values()}
    assert by_code["DT-ZF-001"].name == "对无证经营食品的处罚（修订）"
    assert by_code["DT-ZF-900"].source == "导入" and by_code["DT-ZF-900"].zone_ids == list(plan.zones)
    assert "DT-XK-001" not in by_code


def test_diff_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.rdcounty", tmp_path / "b.rdcounty"
    save_enforcement(build(), a)
    other = build()
    next(iter(other.officers.values())).zone_id = list(other.zones)[6]
    next(iter(other.items.values())).zone_ids = []
    save_enforcement(other, b)
    out = tmp_path / "diff.xlsx"
    assert main(["diff", str(a), str(b), "-o", str(out)]) == 1
    texts = _texts(load_workbook(out)["方案比较"])
    assert "派驻片区" in texts and "承接片区" in texts and "执法人员" in texts and "执法事项" in texts
