"""Import of a service-item list (审批服务事项): headers by synonyms past title rows and merged
cells, linked delegated items, windows and handlers by name or number, bad rows by row and reason;
our own 进驻事项清单 imports back unchanged; the command line recognises the list."""

from __future__ import annotations

import copy
from pathlib import Path

import openpyxl
import pytest

from reformdesk.cli import main
from reformdesk.domain.model import Handling, InHall, Plan, ServiceSource
from reformdesk.formats.export import export_workbook
from reformdesk.formats.import_guard import SheetReadError
from reformdesk.formats.service_items import (
    apply_service_import,
    plan_service_import,
    read_service_items,
    service_import_changes,
)
from reformdesk.samples.qiaotou import build_plan_one, stable_id
from reformdesk.store.planfile import open_plan, save_plan


@pytest.fixture(scope="module")
def sample() -> Plan:
    return build_plan_one()


def _county_list(path: Path) -> Path:
    """A list as a town office keeps it: a merged title, a 填报单位 line, headers in its own order
    and words, a 合计 row, a footnote — and one row the import cannot read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "便民大厅事项"
    ws.append(["桥头镇便民服务中心进驻事项一览表"])
    ws.merge_cells("A1:H1")
    ws.append(["填报单位：桥头镇人民政府", "", "", "", "", "", "", "日期：2026年11月"])
    ws.append(
        [
            "编号",
            "受理窗口",
            "服务事项名称",
            "事项来源",
            "办件类型",
            "承诺办结时限",
            "后台人员",
            "年均办件量",
            "是否进驻",
        ]
    )
    ws.append([1, "2号窗口", "食品小作坊登记证核发", "县级下放", "承诺件", "10个工作日", "杜明华", 30, "是"])
    ws.append([2, "综合受理窗口", "老年人助餐服务登记", "本镇", "即办", "即办", "田玉珍", "120", "是"])
    ws.append([3, "8", "临时救助", "县级委托", "上报件", 5, "", "", "否"])
    ws.append([4, "3号窗口", "失业保险金申领", "本镇", "快办件", 3, "", "", ""])
    ws.append([5, "99号窗口", "不存在的窗口的事项", "本镇", "即办件", 0, "", "", ""])
    ws.append(["合计", "", "", "", "", "", "", "150", ""])
    ws.append(["注：本表由镇便民服务中心填报。"])
    ws.merge_cells("A10:H10")
    out = path / "list.xlsx"
    wb.save(out)
    return out


def test_a_county_list_reads_with_bad_rows_by_row_and_reason(tmp_path: Path, sample: Plan) -> None:
    rows, bad, _skipped = read_service_items(_county_list(tmp_path))
    assert [r.row for r in rows] == [4, 5, 6, 8]
    assert [(b.row, b.name) for b in bad] == [(7, "失业保险金申领")] and "快办件" in bad[0].reason
    plan = copy.deepcopy(sample)
    preview = plan_service_import(plan, rows, bad)
    assert [(b.row, "99号窗口" in b.reason) for b in preview.bad] == [(7, False), (8, True)]
    assert [item.name for _r, item in preview.added] == ["老年人助餐服务登记"]
    added = preview.added[0][1]
    assert added.source is ServiceSource.TOWN and added.handling is Handling.IMMEDIATE and added.time_limit == 0
    assert added.window_id == stable_id("window", "1") and added.volume == 120
    assert added.handler_id == stable_id("person", "QT045")
    # 食品小作坊登记证核发 and 临时救助 are the plan's (linked to their powers): updated, not copied.
    updated = {plan.service_items[iid].name: changes for _r, iid, changes in preview.updated}
    assert updated["食品小作坊登记证核发"] == {"volume": 30}
    assert updated["临时救助"] == {"handling": Handling.REPORTED, "in_hall": InHall.NO}
    before = copy.deepcopy(plan)
    with pytest.raises(ValueError):
        apply_service_import(plan, preview)
    assert plan == before
    changes = apply_service_import(plan, preview, skip_bad_rows=True)
    assert len(plan.service_items) == 68
    changes.revert(plan)
    assert plan == before


def test_a_delegated_row_is_linked_to_its_power(sample: Plan, tmp_path: Path) -> None:
    plan = copy.deepcopy(sample)
    plan.service_items.clear()
    rows, bad, _ = read_service_items(_county_list(tmp_path))
    preview = plan_service_import(plan, rows, bad)
    food = next(item for _r, item in preview.added if item.name == "食品小作坊登记证核发")
    assert food.power_id == stable_id("power", "630121-SJ-XK-0001") and food.code == ""
    assert food.source is ServiceSource.COUNTY
    assert service_import_changes(preview)


def test_our_own_list_imports_back_unchanged(sample: Plan, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(sample, out)
    rows, bad, _ = read_service_items(out)
    assert len(rows) == 67 and not bad
    preview = plan_service_import(sample, rows)
    assert not preview.added and not preview.updated and preview.unchanged == 67
    empty = copy.deepcopy(sample)
    empty.service_items.clear()
    preview = plan_service_import(empty, rows)
    apply_service_import(empty, preview)
    got = {
        (i.name, i.window_id, i.handler_id, i.power_id, i.handling, i.time_limit, i.in_hall)
        for i in empty.service_items.values()
    }
    want = {
        (i.name, i.window_id, i.handler_id, i.power_id, i.handling, i.time_limit, i.in_hall)
        for i in sample.service_items.values()
    }
    assert got == want


def test_a_file_without_a_service_list_is_refused(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "性别"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(SheetReadError, match="审批服务事项清单"):
        read_service_items(tmp_path / "x.xlsx")


def test_the_command_line_imports_a_service_list(tmp_path: Path, sample: Plan, capsys) -> None:
    plan_path = tmp_path / "p.rdplan"
    save_plan(sample, plan_path)
    sheet = _county_list(tmp_path)
    assert main(["import", str(plan_path), str(sheet)]) == 1  # unreadable rows: nothing changed
    assert "第 7 行" in capsys.readouterr().out
    assert main(["import", str(plan_path), str(sheet), "--skip-bad-rows"]) == 0
    out = capsys.readouterr().out
    assert "审批服务事项清单" in out and "新增 1 项" in out
    assert len(open_plan(plan_path).service_items) == 68


def test_the_front_desk_column_staffs_the_windows(sample: Plan, tmp_path: Path) -> None:
    # A town's 进驻事项清单 names each window's 前台受理人 (our own export writes the column too); the
    # import read 窗口 and 后台办理人 but dropped it, so every window of the imported hall had no one.
    from reformdesk.domain.service_hall import window_staff

    out = tmp_path / "out.xlsx"
    export_workbook(sample, out)
    want = {w: [p.id for p in people] for w, people in window_staff(sample).items()}
    assert any(want.values())
    bare = copy.deepcopy(sample)
    for person in bare.people.values():
        person.window_id = None
    rows, bad, _ = read_service_items(out)
    preview = plan_service_import(bare, rows)
    assert not preview.bad and preview.has_work and not preview.added and not preview.updated
    changes = service_import_changes(preview)
    changes.apply(bare)
    assert {w: [p.id for p in people] for w, people in window_staff(bare).items()} == want
    changes.revert(bare)
    assert not any(window_staff(bare).values())
    # "111+N": a second person named for one window is a row that cannot be read, with the reason.
    staffed = next(w for w, people in want.items() if people)
    first = sample.people[want[staffed][0]]
    other = next(p for p in sample.people.values() if p.window_id is None and p.id not in want[staffed])
    number = sample.windows[staffed].number
    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "事项名称", "办理类型", "窗口", "前台受理人"])
    ws.append([1, "甲事项", "即办件", f"{number}号窗口", first.name])
    ws.append([2, "乙事项", "即办件", f"{number}号窗口", other.name])
    wb.save(path)
    rows, bad, _ = read_service_items(path)
    assert not bad
    preview = plan_service_import(sample, rows)
    assert [b.row for b in preview.bad] == [3] and "每窗口一人" in preview.bad[0].reason


def test_a_row_without_a_front_desk_leaves_the_windows_staff_alone(sample: Plan, tmp_path: Path) -> None:
    # Rows naming a window and no 前台受理人 must not take its staff member off it ("111+N").
    from reformdesk.domain.service_hall import window_staff

    rows, _bad, _ = read_service_items(_county_list(tmp_path))
    preview = plan_service_import(sample, rows)
    assert not preview.front_desk and not preview.windows_added
    plan = copy.deepcopy(sample)
    before = {w: [p.id for p in people] for w, people in window_staff(plan).items()}
    service_import_changes(preview).apply(plan)
    assert {w: [p.id for p in people] for w, people in window_staff(plan).items()} == before


def test_a_new_hall_gets_the_windows_its_list_names(sample: Plan, tmp_path: Path) -> None:
    # 城关镇 set up its hall from its list: 方案中没有窗口“1号窗口” refused every row until each window
    # had been added by hand. A plan without windows gets them from the list (a hall with windows
    # still refuses an unknown one: 99号窗口 above).
    plan = copy.deepcopy(sample)
    plan.windows.clear()
    for item in plan.service_items.values():
        item.window_id = None
    for person in plan.people.values():
        person.window_id = None
    someone = next(iter(plan.people.values()))
    path = tmp_path / "hall.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "事项名称", "办理类型", "窗口", "前台受理人"])
    ws.append([1, "甲事项", "即办件", "1号窗口", someone.name])
    ws.append([2, "乙事项", "即办件", "2号窗口 社会保障", ""])
    ws.append([3, "丙事项", "承诺件", "1号", ""])
    wb.save(path)
    rows, bad, _ = read_service_items(path)
    assert not bad
    preview = plan_service_import(plan, rows)
    assert not preview.bad and [(w.number, w.name) for w in preview.windows_added] == [("1", ""), ("2", "社会保障")]
    changes = service_import_changes(preview)
    changes.apply(plan)
    by_number = {w.number: w.id for w in plan.windows.values()}
    placed = {i.name: i.window_id for i in plan.service_items.values() if i.name in ("甲事项", "乙事项", "丙事项")}
    assert placed == {"甲事项": by_number["1"], "乙事项": by_number["2"], "丙事项": by_number["1"]}
    assert plan.people[someone.id].window_id == by_number["1"]
    changes.revert(plan)
    assert not plan.windows
