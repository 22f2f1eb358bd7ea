"""One rule for which sheets of a workbook are what (formats/workbook.py): the window and the CLI alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformdesk.formats.importer import read_power_sheet
from reformdesk.formats.workbook import SheetUse, read_workbook
from tests.formats.import_helpers import HEADER


def mixed_workbook(path: Path) -> Path:
    """A county's workbook: a roster's unit and people sheets, a power list, a service-item list."""
    from openpyxl import Workbook

    wb = Workbook()
    units = wb.active
    units.title = "机构"
    # 序号/名称/类别 are power-list synonyms too; with 核定编制 the sheet is the roster's units.
    for row in (["序号", "名称", "类别", "核定编制"], [1, "党政办", "内设机构", 5], [2, "财政所", "站所", 3]):
        units.append(row)
    people = wb.create_sheet("人员")
    for row in (["序号", "姓名", "所在单位", "职务", "性别"], [1, "张三", "党政办", "科员", "男"]):
        people.append(row)
    powers = wb.create_sheet("清单")
    for row in (HEADER, [1, "630300", "新事项", "许可", "", "县市场监管局", "", "", "", "", ""]):
        powers.append(row)
    hall = wb.create_sheet("进驻事项")
    for row in (["序号", "事项名称", "办理类型", "承诺时限", "年办件量"], [1, "老年人助餐服务登记", "即办件", 0, 120]):
        hall.append(row)
    wb.create_sheet("填报说明").append(["请按表头填写"])
    wb.save(path)
    return path


def test_each_sheet_is_told_by_its_header(tmp_path: Path) -> None:
    book = read_workbook(mixed_workbook(tmp_path / "book.xlsx"))
    assert book.uses == {
        "机构": SheetUse.UNITS,
        "人员": SheetUse.PEOPLE,
        "清单": SheetUse.POWERS,
        "进驻事项": SheetUse.SERVICE_ITEMS,
        "填报说明": None,
    }
    assert book.power_sheets == {"清单", "填报说明"}  # the sheet without a header is listed as skipped
    assert book.has_roster and book.has_powers and book.has_service_items
    assert "工作表“机构”是花名册（机构）" in book.recognised()


def test_the_power_reader_reads_only_the_power_sheets_of_tables_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reformdesk.formats import sandbox

    starts: list[Path] = []
    real_start = sandbox.start
    monkeypatch.setattr(sandbox, "start", lambda path, first: starts.append(path) or real_start(path, first))
    path = mixed_workbook(tmp_path / "book.xlsx")
    book = read_workbook(path)
    read = read_power_sheet(path, sheets=book.power_sheets, tables=book.tables)
    assert len(starts) == 1, "the file is read once"
    assert [(r.sheet, r.name) for r in read.rows] == [("清单", "新事项")]
    skipped = {s.name: s.reason for s in read.skipped_sheets}
    assert set(skipped) == {"机构", "人员", "进驻事项", "填报说明"}
    assert skipped["机构"] == "未读取（不是权力清单）"
