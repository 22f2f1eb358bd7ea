"""Matching a sheet with a plan, applying all-or-nothing, and reverting exactly."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from reformdesk.domain.model import DelegationMode, Plan, PowerType
from reformdesk.domain.registry import EntityKind
from reformdesk.formats.importer import ImportPreview, ImportRefused, apply_import, plan_import, read_power_sheet
from tests.formats.import_helpers import HEADER, small_plan, write_xlsx


def _snapshot(plan: Plan) -> list[tuple[str, object]]:
    return [(pid, copy.copy(p)) for pid, p in plan.powers.items()]


def _preview(tmp_path: Path, plan: Plan, rows: list[list[object]]) -> ImportPreview:
    return plan_import(plan, read_power_sheet(write_xlsx(tmp_path / "list.xlsx", [HEADER, *rows])))


def test_preview_adds_updates_and_leaves_unchanged(tmp_path: Path) -> None:
    plan = small_plan()
    preview = _preview(
        tmp_path,
        plan,
        [
            [1, "630100", "既有许可", "行政许可", "", "县市场监管局", "委托", "公共服务中心", "2026-12-31", "张三"],
            [2, "630200", "既有处罚（改名）", "处罚", "", "", "", "综合行政执法中队", "2027年6月30日", "李四（0002）"],
            [3, "630300", "新事项", "检查", "《某法》", "县林草局", "", "公共服务中心", "", "王五（0003）"],
            ["3.1", "630301", "新事项的子项", "检查"],
            ["3.2", "630100", "重复编码", "检查"],
        ],
    )
    assert preview.unchanged == [2]
    (update,) = preview.updated
    assert (update.row, update.power_id) == (3, "w-penalty")
    assert {c.label: (c.old_text, c.new_text) for c in update.changes} == {
        "事项名称": ("既有处罚", "既有处罚（改名）"),
        "承接机构": ("", "综合行政执法中队"),
        "承接时限": ("", "2027年6月30日"),
        "责任人": ("", "李四（0002）"),
    }
    (row_a, added), (row_b, sub) = preview.added
    assert (row_a, added.code, added.type, added.body_id, added.official_id, added.mode) == (
        4,
        "630300",
        PowerType.INSPECTION,
        "b-service",
        "p-wang1",
        DelegationMode.TRANSFER,
    )
    assert (row_b, sub.parent_id, sub.seq) == (5, added.id, added.seq + 1)
    assert [(b.row, b.reason) for b in preview.bad] == [(6, "编码在表中重复（与第 2 行相同）")]
    assert preview.summary().startswith("新增 2 项，更新 1 项，无变化 1 项，无法读取 1 行")


def test_plan_reasons_body_official_and_missing_type(tmp_path: Path) -> None:
    preview = _preview(
        tmp_path,
        small_plan(),
        [
            [1, "1", "甲", "许可", "", "", "", "便民服务站"],
            [2, "2", "乙", "许可", "", "", "", "", "", "赵六"],
            [3, "3", "丙", "许可", "", "", "", "", "", "王五"],
            [4, "4", "丁", "许可", "", "", "", "综合行政执法中队", "", "王五"],
            [5, "5", "戊", "许可", "", "", "", "", "", "张三（0002）"],
            [6, "6", "己"],
            ["6.1", "7", "己的子项", "许可"],
        ],
    )
    # An unknown body or official no longer rejects the row: it imports without them, flagged.
    assert [(b.row, b.reason) for b in preview.bad] == [(7, "缺少事项类型"), (8, "所属主项（第 7 行）无法导入")]
    assert [(f.row, f.reason) for f in preview.flagged] == [
        (2, "承接机构“便民服务站”：本方案中没有此承接机构：请选择"),
        (3, "责任人“赵六”不在本方案中"),
        (4, "责任人“王五”在本方案中有 2 人同名，请写成“姓名（工号）”"),
        (6, "责任人“张三（0002）”不在本方案中（工号与姓名不符）"),
    ]
    # The same name is fine once the receiving body tells the two apart.
    assert [p.official_id for _row, p in preview.added] == [None, None, None, "p-wang2", None]
    assert preview.added[0][1].body_id is None


def test_empty_cells_never_clear_existing_values(tmp_path: Path) -> None:
    plan = small_plan()
    preview = _preview(tmp_path, plan, [[1, "630100", "既有许可", "", "", "", "", "", "", "", ""]])
    assert preview.unchanged == [2]
    assert not preview.updated


def test_apply_and_revert_restore_exactly(tmp_path: Path) -> None:
    plan = small_plan()
    before = _snapshot(plan)
    preview = _preview(
        tmp_path,
        plan,
        [
            [
                1,
                "630100",
                "既有许可",
                "行政许可",
                "",
                "",
                "直接下放",
                "综合行政执法中队",
                "2027-01-01",
                "李四",
                "新备注",
            ],
            [2, "630300", "新事项", "许可"],
            ["2.1", "630200", "既有处罚", "处罚"],
        ],
    )
    change = apply_import(plan, preview)
    existing = plan.powers["w-existing"]
    assert (existing.body_id, existing.mode, existing.deadline, existing.official_id, existing.note) == (
        "b-enforce",
        DelegationMode.TRANSFER,
        dt.date(2027, 1, 1),
        "p-li",
        "新备注",
    )
    new = plan.powers[preview.added[0][1].id]
    assert list(plan.powers)[-1] == new.id and new.seq == 3
    assert plan.powers["w-penalty"].parent_id == new.id
    after = _snapshot(plan)

    change.revert(plan)
    assert _snapshot(plan) == before
    change.apply(plan)  # redo: same ids, same values
    assert _snapshot(plan) == after
    change.revert(plan)
    assert _snapshot(plan) == before


def test_bad_rows_refuse_everything_unless_skipped(tmp_path: Path) -> None:
    plan = small_plan()
    before = _snapshot(plan)
    preview = _preview(tmp_path, plan, [[1, "630300", "新事项", "许可"], [2, "630301", "", "许可"]])
    with pytest.raises(ImportRefused, match=r"有 1 行无法读取，未导入任何内容（第 3 行：缺少事项名称）"):
        apply_import(plan, preview)
    assert _snapshot(plan) == before
    change = apply_import(plan, preview, skip_bad_rows=True)
    assert [p.code for p in change.added(EntityKind.POWER)] == ["630300"]
    assert len(plan.powers) == 3


def test_stale_preview_is_refused(tmp_path: Path) -> None:
    plan = small_plan()
    preview = _preview(tmp_path, plan, [[1, "630300", "新事项", "许可"]])
    plan.add_power("630300", "同时手工添加")
    before = _snapshot(plan)
    with pytest.raises(ImportRefused, match="预览之后已被修改"):
        apply_import(plan, preview)
    assert _snapshot(plan) == before


def test_text_is_stored_as_written_and_spacing_alone_is_no_change(tmp_path: Path) -> None:
    # Joint documents name their issuers with a space (《财政部 农业部关于…》) and notes
    # hold line breaks: the import keeps them; only matching ignores spacing.
    plan = small_plan()
    basis = "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》"
    preview = _preview(
        tmp_path,
        plan,
        [
            [1, "630100", "既有 许可", "行政许可", "", "县市场监管局", "委托", "公共 服务中心", "2026-12-31", "张 三"],
            [2, "630300", " 新事项 ", "检查", basis, "县林草局 ", "", "", "", "", "第一行\n第二行"],
        ],
    )
    assert preview.bad == [] and preview.updated == [] and preview.unchanged == [2]
    ((_row, added),) = preview.added
    assert (added.name, added.legal_basis, added.source_department, added.note) == (
        "新事项",
        basis,
        "县林草局",
        "第一行\n第二行",
    )
