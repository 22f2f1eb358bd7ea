"""`reformdesk import PLAN LIST.xlsx`: output, exit codes, nothing saved on bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.store.planfile import open_plan, save_plan
from tests.formats.import_helpers import HEADER, small_plan, write_xlsx


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.rdplan"
    save_plan(small_plan(), path)
    return path


def test_import_saves_the_plan(tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_xlsx(
        tmp_path / "list.xlsx",
        [
            HEADER,
            [1, "630300", "新事项", "许可", "", "", "", "公共服务中心"],
            [2, "630200", "既有处罚", "处罚", "", "", "委托"],
        ],
    )
    assert main(["import", str(plan_path), str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "新增 1 项，更新 1 项，无变化 0 项，无法读取 0 行" in out
    assert "第 2 行  630300  新事项" in out
    assert "第 3 行  630200  既有处罚：下放方式：直接下放 → 委托" in out
    plan = open_plan(plan_path)
    assert {p.code for p in plan.powers.values()} == {"630100", "630200", "630300"}


def test_bad_rows_exit_1_and_change_nothing(
    tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_xlsx(tmp_path / "list.xlsx", [HEADER, [1, "630300", "新事项", "许可"], [2, "630301", "", "行政许可"]])
    before = plan_path.read_bytes()
    assert main(["import", str(plan_path), str(sheet)]) == 1
    out = capsys.readouterr().out
    assert "第 3 行：缺少事项名称" in out
    assert "方案未作任何修改" in out
    assert plan_path.read_bytes() == before

    assert main(["import", str(plan_path), str(sheet), "--skip-bad-rows"]) == 0
    assert "630300" in {p.code for p in open_plan(plan_path).powers.values()}


def test_unreadable_sheet_or_plan_exit_2_with_one_line(
    tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "list.xlsx"
    junk.write_text("这不是表格", encoding="utf-8")
    before = plan_path.read_bytes()
    assert main(["import", str(plan_path), str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "文件不是表格文件" in err
    assert plan_path.read_bytes() == before

    sheet = write_xlsx(tmp_path / "ok.xlsx", [HEADER, [1, "1", "甲", "许可"]])
    bad_plan = tmp_path / "bad.rdplan"
    bad_plan.write_bytes(b"not a plan")
    assert main(["import", str(bad_plan), str(sheet)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def _county_workbook(path: Path, departments: int, notes: int) -> Path:
    """A county's list as counties send it: one sheet per department, and some sheets of notes."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    department_column = HEADER.index("原实施部门")
    for d in range(departments):
        ws = wb.create_sheet(f"县部门{d:03d}")
        ws.append(HEADER)
        for i in range(2 if d % 10 else 3):  # two counts, so two groups
            row: list[object] = [i + 1, f"9{d:03d}{i:02d}", f"事项{d}-{i}", "许可"] + [""] * (len(HEADER) - 4)
            row[department_column] = f"县部门{d:03d}"
            ws.append(row)
    for k in range(notes):
        ws = wb.create_sheet(f"填表说明{k}")
        ws.append(["填表说明"])
    wb.save(path)
    return path


def test_a_workbook_of_many_sheets_is_summarised(
    tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """320 sheets: a few grouped lines, not a line (or a name) per sheet; --verbose names them all."""
    sheet = _county_workbook(tmp_path / "county.xlsx", departments=300, notes=20)
    assert main(["import", str(plan_path), str(sheet), "--save-as", str(tmp_path / "a.rdplan")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) < 40, len(out)
    assert max(len(line) for line in out) < 200
    assert out[0] == "读取 county.xlsx，识别到：300 个工作表是权力清单（“县部门000”、“县部门001”、“县部门002”等）"
    assert "未读取 20 个工作表：前 30 行中没有表头（“填表说明0”、“填表说明1”、“填表说明2”等）" in out
    assert "新增 630 项，更新 0 项，无变化 0 项，无法读取 0 行" in out[3]
    assert "按原实施部门（300 个）：" in out
    assert "  新增 3 项：“县部门000”、“县部门010”、“县部门020”等（30 个部门）" in out
    assert "  新增 2 项：“县部门001”、“县部门002”、“县部门003”等（270 个部门）" in out
    assert out[-1] == f"已导入并保存：{tmp_path / 'a.rdplan'}"

    assert main(["import", str(plan_path), str(sheet), "--save-as", str(tmp_path / "b.rdplan"), "--verbose"]) == 0
    verbose = capsys.readouterr().out
    assert all(f"工作表“县部门{d:03d}”是权力清单" in verbose for d in range(300))
    assert all(f"未读取工作表“填表说明{k}”" in verbose for k in range(20))
    assert "  县部门299：新增 2 项" in verbose and "事项299-1" in verbose
