"""Shapes a demanding clerk tried beyond issue #13's list, each as .xlsx, .xls and .ods
(fixtures/make_fixtures.py writes them): 承办机构, 序号 restarting per department, 合计：56项,
a hidden sheet, a header under a two-row title, line breaks in the header, full-width codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformdesk.formats.importer import HIDDEN_REASON, apply_import, describe, plan_import, read_power_sheet
from reformdesk.formats.table_shape import RowKind
from tests.formats.import_helpers import write_xlsx
from tests.formats.test_import_shapes import FIXTURES, FORMATS, _import, _items, _skipped, qiaotou


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_departments_organiser_column_is_the_source_department(fmt: str) -> None:
    plan, _preview = _import("organiser", fmt)
    departments = {p.code: p.source_department for p in plan.powers.values()}
    # The sheet is named 赋权事项, so the department can only come from 承办机构 …
    assert departments["630211"] == "县市场监督管理局" and departments["630212"] == "县卫生健康局"
    # … and where 原实施部门 is there too, 承办机构 is the department's office: 原实施部门 wins.
    assert departments["630213"] == "县市场监督管理局"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sequence_restarting_under_each_department(fmt: str) -> None:
    plan, preview = _import("seq_restart", fmt)
    assert [(p.name, p.source_department, p.parent_id) for p in plan.powers.values()] == [
        ("食品小作坊登记", "县市场监督管理局", None),
        ("对无证经营的处罚", "县市场监督管理局", None),
        ("乡村建设规划许可", "县自然资源局", None),
        ("对违法占地的处罚", "县自然资源局", None),
    ]
    assert _skipped(preview) == [(2, RowKind.CAPTION), (5, RowKind.CAPTION)]
    # No codes: imported again, each row is found by department + name, nothing twice.
    again = plan_import(plan, read_power_sheet(FIXTURES / f"seq_restart.{fmt}"))
    assert (len(again.added), len(again.bad), len(again.unchanged)) == (0, 0, 4)


@pytest.mark.parametrize("fmt", FORMATS)
def test_subtotal_and_total_rows_are_skipped(fmt: str) -> None:
    plan, preview = _import("total_rows", fmt)
    assert [c for c, _n, _p in _items(plan)] == ["630221", "630222", "630231"]
    assert _skipped(preview) == [(4, RowKind.SUBTOTAL), (6, RowKind.SUBTOTAL)]
    assert "  第 6 行：合计行  合计：56项" in describe(preview)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_hidden_sheet_is_not_read_but_named(fmt: str) -> None:
    plan, preview = _import("hidden_sheet", fmt)
    assert [c for c, _n, _p in _items(plan)] == ["630241"]  # the drop-down values are no items
    read = preview.read  # type: ignore[attr-defined]
    assert [(s.name, s.reason) for s in read.skipped_sheets] == [("下拉选项", HIDDEN_REASON)]
    assert f"未读取工作表“下拉选项”：{HIDDEN_REASON}" in describe(preview)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_header_on_row_4_under_a_two_row_title(fmt: str) -> None:
    plan, preview = _import("title_rows", fmt)
    assert preview.read.header_row == 4  # type: ignore[attr-defined]
    assert [(c, n) for c, n, _p in _items(plan)] == [("630251", "食品经营许可"), ("630252", "对违法建设的处罚")]
    assert not preview.read.skipped  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", FORMATS)
def test_header_cells_with_line_breaks(fmt: str) -> None:
    plan, _preview = _import("header_breaks", fmt)
    powers = list(plan.powers.values())
    assert [(p.code, p.name, p.source_department) for p in powers] == [
        ("630261", "食品经营许可", "县市场监督管理局"),
        ("630262", "对违法建设的处罚", "县住建局"),
    ]
    assert [p.body_id for p in powers] == ["b-service", "b-enforce"]
    assert [p.deadline.isoformat() for p in powers if p.deadline] == ["2027-06-30", "2027-03-31"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_full_width_digits_in_codes(fmt: str) -> None:
    plan, _preview = _import("fullwidth_codes", fmt)
    assert [c for c, _n, _p in _items(plan)] == ["630271", "630272", "630273"]
    # Typed half-width next time, they are the same items.
    again = plan_import(plan, read_power_sheet(FIXTURES / f"fullwidth_codes.{fmt}"))
    assert (len(again.added), len(again.unchanged)) == (0, 3)
    fresh = qiaotou()
    apply_import(fresh, plan_import(fresh, read_power_sheet(FIXTURES / f"fullwidth_codes.{fmt}")))
    assert sorted(p.code for p in fresh.powers.values()) == ["630271", "630272", "630273"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_total_that_disagrees_with_the_rows_read_is_to_be_checked(fmt: str) -> None:
    """合计：56项 over three items: rows may be missing (a filter left on, a sheet cut short)."""
    _plan, preview = _import("total_rows", fmt)
    checks = preview.read.count_checks  # type: ignore[attr-defined]
    assert [(c.row, c.stated, c.found) for c in checks] == [(6, 56, 3)]
    assert "  第 6 行  合计：56项：写明 56 项，读到 3 项（不含子项），请核对是否有遗漏或多余的行" in describe(preview)  # type: ignore[arg-type]
    # A caption that states its count rightly (一、县市场监督管理局（3项）) raises nothing.
    _plan, preview = _import("captions", fmt)
    assert preview.read.count_checks == []  # type: ignore[attr-defined]


def test_a_plain_department_column_beside_the_organiser_is_the_source_department(tmp_path: Path) -> None:
    """部门 (merged over its items) and 承办机构 (the department's office): 部门 is the department."""
    rows = [
        ["平安县赋权事项清单"],
        ["序号", "部门", "事项编码", "事项名称", "职权类型", "承办机构"],
        [1, "平安县市场监督管理局", "SJ-0001", "食品小作坊登记", "行政许可", "审批股"],
        [2, None, "SJ-0002", "对无证经营的处罚", "行政处罚", "执法科"],
        [3, "平安县自然资源局", "ZR-0001", "乡村建设规划许可", "行政许可", "综合股"],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", rows, merges=["A1:F1", "B3:B4"])
    plan = qiaotou()
    plan.powers.clear()
    apply_import(plan, plan_import(plan, read_power_sheet(path)))
    assert {p.code: p.source_department for p in plan.powers.values()} == {
        "SJ-0001": "平安县市场监督管理局",
        "SJ-0002": "平安县市场监督管理局",
        "ZR-0001": "平安县自然资源局",
    }
