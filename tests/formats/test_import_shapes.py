"""The power lists counties really send (issue #13): one fixture per shape, each as .xlsx, .xls and .ods.

The fixtures are made by ``fixtures/make_fixtures.py`` (openpyxl, then LibreOffice for .xls/.ods).
Each shape must import with the expected items, sub-items and parents in all three formats, with
every skipped row and every mapping in the preview.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reformdesk.domain.model import DelegationMode, Plan, PowerType
from reformdesk.domain.validation import validate
from reformdesk.formats.importer import apply_import, describe, plan_import, read_power_sheet
from reformdesk.formats.table_shape import RowKind

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = ("xlsx", "xls", "ods")


def qiaotou() -> Plan:
    plan = Plan()
    plan.info.town, plan.info.county, plan.info.date = "桥头镇", "大通县", dt.date(2026, 11, 27)
    service = plan.add_body("公共服务中心", id="b-service")
    enforce = plan.add_body("综合行政执法中队", id="b-enforce")
    plan.add_person("0001", "张三", id="p-zhang", body_id=service.id)
    plan.add_person("0002", "李四", id="p-li", body_id=enforce.id)
    plan.add_person("0005", "姚国华", id="p-yao", body_id=service.id)
    plan.add_person("0006", "卢志勇", id="p-lu", body_id=service.id)
    return plan


def _import(shape: str, fmt: str) -> tuple[Plan, object]:
    plan = qiaotou()
    read = read_power_sheet(FIXTURES / f"{shape}.{fmt}")
    preview = plan_import(plan, read)
    assert not preview.bad, preview.bad
    apply_import(plan, preview)
    return plan, preview


def _items(plan: Plan) -> list[tuple[str, str, str | None]]:
    """(code, name, main item's name) of every power, in list order."""
    return [
        (p.code, p.name, plan.powers[p.parent_id].name if p.parent_id else None)
        for p in sorted(plan.powers.values(), key=lambda p: p.seq)
    ]


def _skipped(preview: object) -> list[tuple[int, RowKind]]:
    return [(s.row, s.kind) for s in preview.read.skipped]  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", FORMATS)
def test_department_captions_are_skipped_and_fill_the_department(fmt: str) -> None:
    plan, preview = _import("captions", fmt)
    assert [name for _c, name, _p in _items(plan)] == [
        "食品经营许可",
        "对食品经营的检查",
        "对无证经营的处罚",
        "农村宅基地审批",
    ]
    departments = [p.source_department for p in plan.powers.values()]
    assert departments == ["县市场监督管理局"] * 3 + ["县自然资源局（规划股）"]  # a filled cell wins over the caption
    assert _skipped(preview) == [(4, RowKind.CAPTION), (8, RowKind.CAPTION), (10, RowKind.SUBTOTAL)]
    assert preview.read.skipped[0].text == "一、县市场监督管理局（3项）"  # type: ignore[attr-defined]
    assert "  第 4 行：部门标题行  一、县市场监督管理局（3项）" in describe(preview)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_footnotes_are_skipped(fmt: str) -> None:
    plan, preview = _import("footnotes", fmt)
    assert [c for c, _n, _p in _items(plan)] == ["630131", "630132"]
    assert _skipped(preview) == [(6, RowKind.FOOTNOTE), (7, RowKind.FOOTNOTE)]
    assert all("注" not in p.note and "本表" not in p.name for p in plan.powers.values())


@pytest.mark.parametrize("fmt", FORMATS)
def test_signer_lines_are_skipped(fmt: str) -> None:
    plan, preview = _import("signers", fmt)
    assert [c for c, _n, _p in _items(plan)] == ["630141", "630142"]
    assert _skipped(preview) == [(7, RowKind.SIGNER)]
    assert "填表人：马晓燕" in preview.read.skipped[0].text  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_sheet_with_a_header_is_read_and_the_others_listed(fmt: str) -> None:
    plan, preview = _import("several_sheets", fmt)
    read = preview.read  # type: ignore[attr-defined]
    assert [p.name for p in read.parts] == ["县市场监督管理局", "县自然资源局"]
    assert [s.name for s in read.skipped_sheets] == ["填报说明"]
    assert [c for c, _n, _p in _items(plan)] == ["630151", "630152", "630161"]
    # A department's sheet names the department of its rows.
    assert [p.source_department for p in plan.powers.values()] == ["县市场监督管理局"] * 2 + ["县自然资源局"]
    lines = describe(preview)  # type: ignore[arg-type]
    assert "  工作表“县自然资源局”第 3 行  630161  乡村建设规划许可" in lines
    assert any(line.startswith("未读取工作表“填报说明”") for line in lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_sub_item_column_under_a_merged_main_item(fmt: str) -> None:
    plan, _preview = _import("sub_column", fmt)
    assert _items(plan) == [
        ("630171", "食品经营许可", None),
        ("", "新办", "食品经营许可"),
        ("", "延续", "食品经营许可"),
        ("", "变更", "食品经营许可"),
        ("630172", "对食品经营的检查", None),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_main_and_sub_item_name_headers(fmt: str) -> None:
    plan, _preview = _import("main_sub_headers", fmt)
    assert _items(plan) == [
        ("", "公共场所卫生许可", None),  # the codes are the sub-items': none is invented for the main item
        ("630181001", "新办", "公共场所卫生许可"),
        ("630181002", "延续", "公共场所卫生许可"),
        ("630182", "对公共场所的卫生检查", None),
    ]
    assert [p.code for p in validate(plan) if p.code == "power.no_code"] == ["power.no_code"]


@pytest.mark.parametrize("shape", ["sub_paren", "sub_circled", "sub_dash"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_sub_items_under_a_main_row(shape: str, fmt: str) -> None:
    plan, _preview = _import(shape, fmt)
    assert _items(plan) == [
        ("630191", "建设工程消防验收", None),
        ("630191001", "特殊建设工程消防验收", "建设工程消防验收"),
        ("630191002", "其他建设工程消防验收备案抽查", "建设工程消防验收"),
        ("630192", "对消防违法的处罚", None),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_without_codes(fmt: str) -> None:
    plan, preview = _import("no_codes", fmt)
    assert [(c, n) for c, n, _p in _items(plan)] == [
        ("", "食品经营许可"),
        ("", "乡村建设规划许可"),
        ("", "对违法建设的处罚"),
    ]
    # The group headings give the type; the code stays empty and validation says so.
    assert [p.type for p in plan.powers.values()] == [PowerType.LICENSING, PowerType.LICENSING, PowerType.PENALTY]
    assert _skipped(preview) == [(3, RowKind.GROUP), (6, RowKind.GROUP)]
    no_code = [p for p in validate(plan) if p.code == "power.no_code"]
    assert len(no_code) == 3 and all(p.severity.value == "warning" for p in no_code)
    # Imported again, every row is found by department + name: nothing is added twice.
    again = plan_import(plan, read_power_sheet(FIXTURES / f"no_codes.{fmt}"))
    assert (len(again.added), len(again.updated), len(again.bad), len(again.unchanged)) == (0, 0, 0, 3)


def _mappings(preview: object) -> dict[str, tuple[str, bool]]:
    return {m.written: (m.value_text, m.flagged) for m in preview.mappings}  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", FORMATS)
def test_receivers_as_counties_write_them(fmt: str) -> None:
    plan, preview = _import("receivers", fmt)
    assert _mappings(preview) == {
        "桥头镇人民政府": ("", True),
        "桥头镇综合行政执法中队": ("综合行政执法中队", False),
        "桥头镇": ("", True),
    }
    assert [p.body_id for p in plan.powers.values()] == [None, "b-enforce", None]
    assert [f.row for f in preview.flagged] == [2, 4]  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", FORMATS)
def test_deadlines_as_counties_write_them(fmt: str) -> None:
    plan, preview = _import("deadlines", fmt)
    assert [p.deadline for p in plan.powers.values()] == [
        dt.date(2027, 6, 30),
        dt.date(2026, 11, 27),  # 立即: the plan's date
        dt.date(2026, 12, 31),
        dt.date(2027, 12, 31),
        dt.date(2027, 3, 15),
    ]
    assert len(preview.mappings) == 5  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", FORMATS)
def test_officials_as_counties_write_them(fmt: str) -> None:
    plan, preview = _import("officials", fmt)
    first, second = plan.powers.values()
    assert (first.official_id, second.official_id) == ("p-yao", "p-yao")
    assert second.note == "责任人：姚国华、卢志勇"  # both kept, flagged
    assert _mappings(preview)["姚国华、卢志勇"] == ("姚国华（0005）", True)
    assert _mappings(preview)["姚国华（副镇长）"] == ("姚国华（0005）", False)


@pytest.mark.parametrize("fmt", FORMATS)
def test_types_outside_nine_plus_x(fmt: str) -> None:
    plan, preview = _import("types", fmt)
    assert [p.type for p in plan.powers.values()] == [PowerType.OTHER] * 3
    assert [p.note for p in plan.powers.values()] == ["原事项类型：行政备案", "原事项类型：行政调解", ""]
    assert set(_mappings(preview)) == {"行政备案", "行政调解", "其他职权"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_modes_as_counties_write_them(fmt: str) -> None:
    plan, preview = _import("modes", fmt)
    assert [p.mode for p in plan.powers.values()] == [DelegationMode.TRANSFER, DelegationMode.ENTRUST]
    assert _mappings(preview) == {"下放": ("直接下放", False), "依法委托": ("委托", False)}


def test_a_chosen_mapping_wins_and_is_remembered_for_the_plan() -> None:
    plan = qiaotou()
    read = read_power_sheet(FIXTURES / "receivers.xlsx")
    preview = plan_import(plan, read, {("body_id", "桥头镇人民政府"): "b-service"})
    chosen = {m.written: (m.value_text, m.chosen) for m in preview.mappings}
    assert chosen["桥头镇人民政府"] == ("公共服务中心", True)
    assert [f.row for f in preview.flagged] == [4]
    apply_import(plan, preview)
    assert '"桥头镇人民政府": "b-service"' in plan.info.import_mappings
    # The next import of the plan applies the remembered choice by itself (the command line too).
    again = plan_import(plan, read_power_sheet(FIXTURES / "receivers.ods"))
    remembered = next(m for m in again.mappings if m.written == "桥头镇人民政府")
    assert (remembered.value_text, remembered.chosen, remembered.rule) == ("公共服务中心", True, "本方案记住的选择")


def test_a_row_with_unreadable_cells_imports_the_rest(tmp_path: Path) -> None:
    from tests.formats.import_helpers import HEADER, write_xlsx

    rows = [
        HEADER,
        [1, "630401", "可读部分", "行政许可", "", "", "转交", "不存在的机构", "待定", "赵六"],
        [2, 1.2345678901234567e17, "编码损坏", "行政许可"],
    ]
    plan = qiaotou()
    preview = plan_import(plan, read_power_sheet(write_xlsx(tmp_path / "l.xlsx", rows)))
    ((row, power),) = preview.added
    assert (row, power.name, power.body_id, power.deadline, power.official_id) == (2, "可读部分", None, None, None)
    (flagged,) = preview.flagged
    assert len(flagged.reasons) == 4  # mode, body, deadline, official: each said
    (bad,) = preview.bad
    assert bad.row == 3 and "科学计数法" in bad.reason  # an unreadable code keeps the row out, with its number
