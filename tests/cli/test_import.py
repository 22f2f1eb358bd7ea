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
