"""The service hall's sheets: 窗口设置表 and 进驻事项清单 in the official layout (FORMS.md), 进驻率 in
方案概况, and both sheets printed through LibreOffice (skipped without it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from reformdesk.formats.export import (
    HALL_ITEM_COLUMNS,
    SHEET_HALL_ITEMS,
    SHEET_OVERVIEW,
    SHEET_POWERS,
    SHEET_WINDOWS,
    WINDOW_COLUMNS,
    export_workbook,
)
from reformdesk.samples.qiaotou import build_plan_one
from tests.formats.test_export import _clean_plan


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hall") / "plan.xlsx"
    export_workbook(build_plan_one(), out)
    return out


def _values(path: Path, sheet: str) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    return [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]


def test_sheets_follow_the_delegation_table(workbook: Path) -> None:
    names = openpyxl.load_workbook(workbook, read_only=True).sheetnames
    assert names.index(SHEET_WINDOWS) == names.index(SHEET_POWERS) + 1
    assert names.index(SHEET_HALL_ITEMS) == names.index(SHEET_WINDOWS) + 1


def test_window_sheet(workbook: Path) -> None:
    rows = _values(workbook, SHEET_WINDOWS)
    assert rows[0][0] == "桥头镇便民服务大厅窗口设置表"
    header = next(i for i, r in enumerate(rows) if r[0] == "窗口编号")
    assert rows[header][: len(WINDOW_COLUMNS)] == (
        "窗口编号", "窗口名称", "所属职能机构", "窗口类型", "前台工作人员", "进驻事项数", "年办件量", "地点",
    )  # fmt: skip
    body = rows[header + 1 : header + 15]
    assert body[0][:5] == ("1号窗口", "综合受理窗口", "公共服务中心", "综合窗口", "鲍丽娜")
    total = rows[header + 15]
    assert total[0] == "合计" and total[4:7] == (14, 67, sum(r[6] for r in body))
    assert any(isinstance(r[0], str) and r[0].startswith("注：按“111+N”机制") for r in rows)


def test_item_sheet(workbook: Path) -> None:
    rows = _values(workbook, SHEET_HALL_ITEMS)
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert rows[header][: len(HALL_ITEM_COLUMNS)] == (
        "序号", "事项名称", "来源", "办理类型", "承诺时限（工作日）", "窗口", "前台受理人", "后台办理人", "备注",
    )  # fmt: skip
    items = [r for r in rows[header + 1 :] if isinstance(r[0], int)]
    assert len(items) == 67 and [r[0] for r in items] == list(range(1, 68))
    delegated = next(r for r in items if r[1] == "最低生活保障金给付")
    assert delegated[2:8] == ("县级下放", "上报件", 30, "8号窗口", "彭志军", "石秀英")
    assert delegated[8] == "县民政局委托"
    assert any(r[8] and "不在大厅办结" in r[8] for r in items)
    assert any(isinstance(r[0], str) and "进驻率 = 大厅办结事项 ÷ 事项总数 = 62 ÷ 67 = 92.5%" in r[0] for r in rows)


def test_overview_gains_hall_coverage(workbook: Path) -> None:
    rows = _values(workbook, SHEET_OVERVIEW)
    hall = {r[1]: r[2] for r in rows if r[0] == "便民服务"}
    assert hall["服务窗口（个）"] == 14 and hall["审批服务事项（项）"] == 67
    assert hall["其中本镇事项（项）"] == 38 and hall["其中县级下放事项（项）"] == 29
    assert hall["进驻率（大厅办结事项÷事项总数）"] == "92.5%（62÷67）"


def test_a_plan_without_a_hall_has_neither_sheet(tmp_path: Path) -> None:
    out = tmp_path / "small.xlsx"
    export_workbook(_clean_plan(powers=3), out)
    names = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert SHEET_WINDOWS not in names and SHEET_HALL_ITEMS not in names
    assert not [r for r in _values(out, SHEET_OVERVIEW) if r[0] == "便民服务"]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="LibreOffice or pdftotext not installed")
def test_both_sheets_print(workbook: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    for name in wb.sheetnames:
        if name not in (SHEET_WINDOWS, SHEET_HALL_ITEMS):
            del wb[name]
    path = tmp_path / "hall.xlsx"
    wb.save(path)
    profile = (tmp_path / "lo").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(tmp_path / "hall.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    footers = [tuple(map(int, m)) for p in pages for m in re.findall(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页", p)]
    assert "桥头镇便民服务大厅窗口设置表" in pages[0] and footers[0] == (1, 1)
    assert "桥头镇便民服务大厅进驻事项清单" in pages[1]
    n = len(pages) - 1
    assert n > 1 and footers[1:] == [(i, n) for i in range(1, n + 1)]  # the list counts its own pages
    assert all("序号" in p for p in pages[1:])  # the header repeats on every printed page
    assert "62 ÷ 67" in text.replace("\n", "")
