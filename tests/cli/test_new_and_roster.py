"""`reformdesk new`, `reformdesk import` of a roster (and of a workbook holding a roster and a power list), `info --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.samples import liuxi
from reformdesk.store.plan_store import PlanLocation, store_for
from tests.conftest import SAMPLES
from tests.formats.import_helpers import HEADER, write_xlsx

ROSTER = SAMPLES / liuxi.ROSTER_FILE


def _read(path: Path):
    location = PlanLocation.file(path)
    return store_for(location).read(location)


def test_new_writes_the_settings_and_refuses_an_existing_file(tmp_path: Path, capsys) -> None:
    plan = tmp_path / "new.rdplan"
    args = ["new", str(plan), "--town", "柳溪镇", "--county", "示例县", "--office", "示例编办", "--date", "2026-12-01"]
    assert main([*args, "--author", "甲", "--template", "qiaotou"]) == 0
    info = _read(plan).info
    assert (info.name, info.town, info.county, info.office, info.author) == (
        "柳溪镇行政管理体制改革方案",
        "柳溪镇",
        "示例县",
        "示例编办",
        "甲",
    )
    assert str(info.date) == "2026-12-01" and len(_read(plan).bodies) == 6
    capsys.readouterr()
    assert main(["new", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reformdesk: ") and err.count("\n") == 1 and "已存在" in err
    assert main(["new", str(tmp_path / "missing" / "x.rdplan")]) == 2


def test_new_then_roster_then_info_json(tmp_path: Path, capsys) -> None:
    plan = tmp_path / "liuxi.rdplan"
    assert main(["new", str(plan), "--town", liuxi.TOWN]) == 0
    assert main(["import", str(plan), str(ROSTER)]) == 0
    out = capsys.readouterr().out
    assert "识别到：工作表“机构”是花名册（机构）；工作表“人员”是花名册（人员）" in out
    assert "原科室站所 新增 6 个、更新 0 个；人员 新增 26 人" in out
    assert main(["info", str(plan), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["units"]["total"] == 6 and info["people"]["total"] == 26
    assert info["people"]["tiers_before"] == {"head": 1, "deputy_leader": 6, "section_chief": 6, "staff": 13}
    assert info["people"]["by_post_type"] == {
        "administrative": 15,
        "institution": 9,
        "civil_service_reference": 0,
        "worker": 1,
        "outside": 1,
        "unset": 0,
    }
    assert info["posts"]["total"] == 0 and info["posts"]["mixed"] == 0
    # Importing the same roster again changes nothing and duplicates nobody.
    assert main(["import", str(plan), str(ROSTER)]) == 0
    assert "人员 新增 0 人、更新 0 人、无变化 26 人" in capsys.readouterr().out
    assert len(_read(plan).people) == 26


def test_the_sample_town_validates_clean_with_posts_per_type(capsys) -> None:
    assert main(["info", str(SAMPLES / liuxi.PLAN_FILE), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["posts"]["by_type"] == {
        "administrative": 11,
        "institution": 9,
        "civil_service_reference": 0,
        "worker": 1,
    }
    assert info["posts"]["vacant_by_type"] == {
        "administrative": 3,
        "institution": 0,
        "civil_service_reference": 0,
        "worker": 0,
    }
    assert info["problems"] == {"error": 0, "warning": 0}
    assert info["powers"] == {"total": 8, "sub_items": 0, "assigned": 8, "complete": 8}


def test_a_bad_roster_row_exits_1_and_saves_nothing(tmp_path: Path, capsys) -> None:
    plan = tmp_path / "p.rdplan"
    assert main(["new", str(plan)]) == 0
    sheet = write_xlsx(
        tmp_path / "r.xlsx",
        [
            ["姓名", "所在单位", "职务", "编制类型"],
            ["甲", "党政办", "主任", "行政"],
            ["乙", "党政办", "科员", "合同工"],
        ],
    )
    before = plan.read_bytes()
    assert main(["import", str(plan), str(sheet)]) == 1
    out = capsys.readouterr().out
    assert "工作表“Sheet”第 3 行（乙）：编制类型“合同工”无法识别" in out
    assert "方案未作任何修改" in out
    assert plan.read_bytes() == before


def test_one_workbook_with_a_roster_and_a_power_list(tmp_path: Path, capsys) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    people = wb.active
    people.title = "人员"
    for row in (["姓名", "所在单位", "职务", "编制类型"], ["张三", "党政办", "主任", "行政"]):
        people.append(row)
    powers = wb.create_sheet("清单")
    for row in (HEADER, [1, "630300", "新事项", "许可", "", "", "", "", "", "张三"]):
        powers.append(row)
    book = tmp_path / "both.xlsx"
    wb.save(book)
    plan = tmp_path / "p.rdplan"
    assert main(["new", str(plan)]) == 0
    assert main(["import", str(plan), str(book)]) == 0
    out = capsys.readouterr().out
    assert "工作表“人员”是花名册（人员）；工作表“清单”是权力清单" in out
    # The report opens with the workbook's name (the power list's first line), the roster after it.
    assert out.index("导入 both.xlsx：") < out.index("工作表“人员”：人员花名册") < out.index("已导入并保存")
    result = _read(plan)
    (power,) = result.powers.values()
    assert result.people[power.official_id].name == "张三", "the power's official came with the roster"


@pytest.mark.parametrize("content", [b"", b"not a workbook"])
def test_unreadable_file_exits_2(tmp_path: Path, content: bytes) -> None:
    plan = tmp_path / "p.rdplan"
    assert main(["new", str(plan)]) == 0
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    assert main(["import", str(plan), str(bad)]) == 2


def test_a_power_list_without_codes_is_recognised_and_imported(tmp_path: Path, capsys) -> None:
    """A province 指导目录 has no 事项编码: the import recognises it as a power list all the same."""
    rows = [
        ["青海省乡镇（街道）赋权事项指导目录"],
        ["序号", "事项名称", "事项类型", "实施依据", "原实施部门"],
        [1, "食品经营许可", "行政许可", "《食品安全法》", "县市场监管局"],
        [2, "乡村建设规划许可", "行政许可", "《城乡规划法》", "县自然资源局"],
    ]
    book = write_xlsx(tmp_path / "guide.xlsx", rows, merges=["A1:E1"], title="指导目录")
    plan = tmp_path / "p.rdplan"
    assert main(["new", str(plan)]) == 0
    assert main(["import", str(plan), str(book)]) == 0
    assert "识别到：工作表“指导目录”是权力清单" in capsys.readouterr().out
    assert sorted(p.name for p in _read(plan).powers.values()) == ["乡村建设规划许可", "食品经营许可"]


def test_a_mixed_workbook_is_read_once_and_each_sheet_by_its_own_reader(tmp_path: Path, capsys) -> None:
    """Powers, roster and service items from one workbook; the service list is no power list."""
    from tests.formats.test_workbook import mixed_workbook

    book = mixed_workbook(tmp_path / "book.xlsx")
    plan = tmp_path / "p.rdplan"
    assert main(["new", str(plan), "--template", "qiaotou"]) == 0
    capsys.readouterr()
    assert main(["import", str(plan), str(book)]) == 0
    out = capsys.readouterr().out
    assert "工作表“进驻事项”是审批服务事项清单" in out and "工作表“清单”是权力清单" in out
    assert "未读取工作表“机构”" not in out, "imported as the roster: not listed as a sheet not read"
    result = _read(plan)
    assert [p.name for p in result.powers.values()] == ["新事项"]  # 老年人助餐服务登记 is a service item only
    assert [s.name for s in result.service_items.values()] == ["老年人助餐服务登记"]
    assert [p.name for p in result.people.values()] == ["张三"]
    # 序号/名称/类别 are power-list synonyms too; with 核定编制 the sheet is the roster's units.
    assert {"党政办", "财政所"} <= {u.name for u in result.units.values()}


def test_the_import_report_opens_with_the_workbook_it_read(tmp_path: Path, capsys) -> None:
    """A roster's report named no file at all, and a power list's named it on its second line:
    the first line of every import report says which workbook was read."""
    plan = tmp_path / "town.rdplan"
    assert main(["new", str(plan), "--town", liuxi.TOWN]) == 0
    capsys.readouterr()
    assert main(["import", str(plan), str(ROSTER)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"读取 {ROSTER.name}，识别到：工作表“机构”是花名册（机构）；工作表“人员”是花名册（人员）"
