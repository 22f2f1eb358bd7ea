"""Builders shared by the import tests: a small plan and awkward power sheets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reformdesk.domain.model import DelegationMode, Plan, PowerType
from reformdesk.formats.export import POWER_HEADERS

HEADER = list(POWER_HEADERS)  # the columns the export writes and counties publish


def small_plan() -> Plan:
    plan = Plan()
    plan.info.name = "方案一"
    service = plan.add_body("公共服务中心", id="b-service")
    enforce = plan.add_body("综合行政执法中队", id="b-enforce")
    plan.add_person("0001", "张三", id="p-zhang", body_id=service.id)
    plan.add_person("0002", "李四", id="p-li", body_id=enforce.id)
    plan.add_person("0003", "王五", id="p-wang1", body_id=service.id)
    plan.add_person("0004", "王五", id="p-wang2", body_id=enforce.id)
    plan.add_power(
        "630100",
        "既有许可",
        id="w-existing",
        type=PowerType.LICENSING,
        source_department="县市场监管局",
        mode=DelegationMode.ENTRUST,
        body_id=service.id,
        deadline=dt.date(2026, 12, 31),
        official_id="p-zhang",
        note="原备注",
    )
    plan.add_power("630200", "既有处罚", id="w-penalty", type=PowerType.PENALTY)
    return plan


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], merges: Sequence[str] = (), title: str = "Sheet") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path
