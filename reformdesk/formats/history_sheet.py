"""方案历史 as a workbook: one row per change of each save of a shared plan (and one for a save without any).

Columns: 版本, 保存时间, 保存人, 数据库用户, 说明, 对象, 操作, 名称, 字段, 原值, 新值.
Text is written as text, never as a formula (as every export here).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from reformdesk.domain.comparison import Action
from reformdesk.domain.registry import EntityKind
from reformdesk.formats.export import save_workbook

HEADERS = ("版本", "保存时间", "保存人", "数据库用户", "说明", "对象", "操作", "名称", "字段", "原值", "新值")


def kind_label(value: object) -> str:
    """The Chinese name of a change's entity kind (the raw value for a kind this version does not know)."""
    try:
        return EntityKind(str(value)).label
    except (ValueError, KeyError):  # a kind a newer client saved
        return str(value)


def action_label(value: object) -> str:
    """新增 / 删除 / 修改 … for a change's action (the raw value when unknown)."""
    try:
        return Action(str(value)).label
    except (ValueError, KeyError):
        return str(value)


def history_rows(revisions: Sequence[Mapping[str, object]]) -> list[tuple[object, ...]]:
    """The sheet's rows (``revisions`` as ``reformdesk history --json`` prints them)."""
    out: list[tuple[object, ...]] = []
    for r in revisions:
        head = (r["revision"], str(r["saved_at"]).replace("T", " "), r["saved_by"], r["db_user"], r["note"])
        changes = r["changes"]
        assert isinstance(changes, list)
        if not changes:
            out.append((*head, "", "", "", "", "", ""))
        for c in changes:
            out.append(
                (
                    *head,
                    kind_label(c["kind"]),
                    action_label(c["action"]),
                    c["label"],
                    c["field_label"],
                    c["before"],
                    c["after"],
                )
            )
    return out


def write_history(revisions: Sequence[Mapping[str, object]], plan_name: str, path: str | os.PathLike[str]) -> None:
    """Write 方案历史 of ``plan_name`` to ``path`` (.xlsx), atomically; ExportError when it cannot be written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "方案历史"
    ws.append([f"{plan_name} 方案历史"])
    ws["A1"].font = Font(name="宋体", bold=True, size=14)
    ws.append(list(HEADERS))
    for cell in ws[2]:
        cell.font = Font(name="宋体", bold=True)
    for row in history_rows(revisions):
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                if cell.value[:1] in "=+-@":
                    cell.quotePrefix = True
    ws.freeze_panes = "A3"
    for letter, width in zip("ABCDEFGHIJK", (6, 20, 18, 14, 20, 10, 8, 30, 14, 30, 30), strict=True):
        ws.column_dimensions[letter].width = width
    save_workbook(wb, path, "方案历史")
