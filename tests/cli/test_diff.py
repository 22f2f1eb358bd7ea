"""``reformdesk diff``: exit codes, text and JSON output, the comparison workbook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reformdesk.cli import main
from reformdesk.domain.comparison import compare
from reformdesk.formats.comparison_export import export_comparison
from reformdesk.store.planfile import save_plan
from tests.domain.comparison_plans import alternative, edit, small_plan


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path, Path]:
    a = small_plan()
    b = alternative(a)
    edit(b)
    pa, pb, same = tmp_path / "a.rdplan", tmp_path / "b.rdplan", tmp_path / "same.rdplan"
    save_plan(a, pa)
    save_plan(b, pb)
    save_plan(a, same)
    return pa, pb, same


def test_same_plans_exit_0(plans, capsys):
    pa, _pb, same = plans
    assert main(["diff", str(pa), str(same)]) == 0
    assert "没有差异" in capsys.readouterr().out


def test_different_plans_exit_1_with_text(plans, capsys):
    pa, pb, _ = plans
    assert main(["diff", str(pa), str(pb)]) == 1
    out = capsys.readouterr().out
    assert "变更\t权力事项\tXK-001 食品经营许可 承接时限\t2027年3月31日 → 2027年6月30日" in out
    assert "共 12 处差异" in out


def test_unreadable_file_exit_2(plans, tmp_path, capsys):
    pa, _, _ = plans
    bad = tmp_path / "bad.rdplan"
    bad.write_bytes(b"not a plan")
    assert main(["diff", str(pa), str(bad)]) == 2
    assert main(["diff", str(pa), str(tmp_path / "missing.rdplan")]) == 2
    assert "reformdesk:" in capsys.readouterr().err


def test_json_shape(plans, capsys):
    pa, pb, _ = plans
    assert main(["diff", str(pa), str(pb), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"matching", "differences", "figures"}
    assert doc["matching"] == "id"
    assert len(doc["differences"]) == 12
    for d in doc["differences"]:
        assert set(d) == {"kind", "action", "key", "label", "field", "a", "b"}
    deadline = next(d for d in doc["differences"] if d["key"] == "XK-001")
    assert deadline == {
        "kind": "power",
        "action": "changed",
        "key": "XK-001",
        "label": "XK-001 食品经营许可",
        "field": "deadline",
        "a": "2027年3月31日",
        "b": "2027年6月30日",
    }
    fig = next(f for f in doc["figures"] if f["section"] == "权力事项" and f["label"] == "事项总数")
    assert fig == {"section": "权力事项", "label": "事项总数", "a": 4, "b": 4, "diff": 0}


def test_output_workbook_reads_back(plans, tmp_path, capsys):
    pa, pb, _ = plans
    out = tmp_path / "diff.xlsx"
    assert main(["diff", str(pa), str(pb), "-o", str(out)]) == 1
    wb = load_workbook(out)
    assert wb.sheetnames == ["关键数据", "差异明细"]
    summary, details = wb["关键数据"], wb["差异明细"]
    assert [c.value for c in summary[3]] == ["类别", "项目", "方案一", "方案二", "差异"]
    assert [c.value for c in details[3]] == ["序号", "类别", "操作", "对象", "项目", "方案一", "方案二"]
    rows = list(details.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 12
    assert rows[1] == (2, "职能机构", "变更", "公共服务中心", "编制数", "6", "7")
    assert {r[2] for r in rows} == {"新增", "删除", "移动", "变更"}
    # Official look: merged title, unit/date row, bold SimSun header, frozen header, A4 landscape.
    assert "A1:G1" in {str(r) for r in details.merged_cells.ranges}
    assert str(details["A2"].value).startswith("填表单位（盖章）：大通县委编办")
    assert details["A3"].font.b and details["A3"].font.name == "宋体"
    assert details.freeze_panes == "A4"
    assert details.page_setup.orientation == "landscape"
    assert "&P" in details.oddFooter.center.text


def test_workbook_names_the_plans_in_the_order_compared(plans, tmp_path, capsys):
    pa, pb, _ = plans
    out = tmp_path / "diff.xlsx"
    assert main(["diff", str(pb), str(pa), "-o", str(out)]) == 1  # 方案二 is A here
    wb = load_workbook(out)
    summary, details = wb["关键数据"], wb["差异明细"]
    assert [c.value for c in summary[3]][2:4] == ["方案二", "方案一"]
    assert [c.value for c in details[3]][5:] == ["方案二", "方案一"]
    assert next(summary.iter_rows(min_row=4, max_row=4, values_only=True)) == (
        "比较的方案",
        "方案名称",
        "方案二",
        "方案一",
        None,
    )


def test_workbook_keeps_formula_like_text_as_text(tmp_path):
    a = small_plan()
    b = alternative(a)
    b.powers[next(iter(b.powers))].name = '=HYPERLINK("http://x")'
    out = tmp_path / "diff.xlsx"
    export_comparison(compare(a, b), a, b, out)
    ws = load_workbook(out)["差异明细"]
    value = ws["G4"]
    assert value.data_type == "s"
    assert value.value == '=HYPERLINK("http://x")'


def test_unwritable_output_exit_2(plans, tmp_path, capsys):
    pa, pb, _ = plans
    assert main(["diff", str(pa), str(pb), "-o", str(tmp_path / "no" / "such" / "dir.xlsx")]) == 2


def test_the_sample_halls_differ_by_moves(capsys):
    """方案二 moves three items and two staff into other windows (移动) and two windows to other bodies."""
    import json

    from reformdesk.cli import main
    from tests.conftest import PLAN_ONE, PLAN_TWO

    assert main(["diff", str(PLAN_ONE), str(PLAN_TWO), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    hall = [d for d in out["differences"] if d["kind"] in ("window", "service_item") or d["field"] == "window_id"]
    moved = {(d["kind"], d["key"], d["a"], d["b"]) for d in hall if d["action"] == "moved"}
    assert ("service_item", "个体工商户登记", "2号窗口（市场准入窗口）", "1号窗口（综合受理窗口）") in moved
    assert ("person", "QT051", "3号窗口（社会保障窗口）", "4号窗口（就业创业窗口）") in moved
    assert {(d["key"], d["field"], d["b"]) for d in hall if d["kind"] == "window"} == {
        ("6", "body_id", "综合行政执法中队"),
        ("7", "body_id", "社会事务办公室"),
    }
    figures = {(f["section"], f["label"]): f for f in out["figures"]}
    assert figures[("便民服务", "窗口数")]["a"] == figures[("便民服务", "窗口数")]["b"] == 14
    assert figures[("窗口：1号窗口", "事项数")]["diff"] == 1
