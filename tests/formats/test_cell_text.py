"""Exported text is the text typed: CR and NUL survive (as Excel writes them), long text is cut visibly."""

from __future__ import annotations

from pathlib import Path

from reformdesk.formats.export import export_workbook
from reformdesk.formats.import_guard import read_tables
from reformdesk.formats.style import CELL_TEXT_MAX, cell_text, safe_sheet_name
from reformdesk.store.plan_store import PlanLocation, store_for

SAMPLE = Path(__file__).resolve().parents[2] / "sample_plans" / "qiaotou_plan1.rdplan"


def test_cell_text_escapes_as_excel_does() -> None:
    assert cell_text("普通文字") == "普通文字"
    assert cell_text("a\rb") == "a_x000D_b"
    assert cell_text("a\x00b") == "a_x0000_b"
    assert cell_text("a\nb\tc") == "a\nb\tc"  # XML keeps these
    assert cell_text("literal _x000D_ text") == "literal _x005F_x000D_ text"
    long = cell_text("长" * 40_000)
    assert len(long) == CELL_TEXT_MAX and "40000" in long and "截断" in long


def test_sheet_names_have_no_line_breaks() -> None:
    assert safe_sheet_name("公共\n服务\t中心\r", set()) == "公共 服务 中心"


def test_text_round_trips_through_the_workbook(tmp_path: Path) -> None:
    location = PlanLocation.file(SAMPLE)
    plan = store_for(location).read(location)
    power = next(iter(plan.powers.values()))
    power.name = "甲\r\n乙\x00丙_x000D_丁"
    body = plan.bodies[power.body_id] if power.body_id in plan.bodies else next(iter(plan.bodies.values()))
    body.name = "公共\n服务中心"
    out = tmp_path / "out.xlsx"
    export_workbook(plan, out)
    tables = list(read_tables(out, first="县级权限承接方案"))
    assert not [t.name for t in tables if "\n" in t.name]
    names = [v for t in tables[:1] for row in t.rows for v in row if isinstance(v, str) and v.startswith("甲")]
    assert names == ["甲\r\n乙\x00丙_x000D_丁"]
