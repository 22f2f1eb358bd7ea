"""The enforcement plan's workbook: 片区划分表, 执法人员抽调表, 执法事项目录 (per zone), 执法服务站名册.

Columns follow FORMS.md (综合行政执法); every sheet has the official look of
formats/style.py (title, 填表单位（盖章）/填表时间, bordered header repeated on every
printed page, A4 landscape, 第 N 页 共 M 页).  The 抽调表 ends with the seconding
departments' signature block.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from reformdesk.domain.enforcement.checks import check
from reformdesk.domain.enforcement.comparison import Difference
from reformdesk.domain.enforcement.model import EnforcementPlan
from reformdesk.domain.model import cn_date
from reformdesk.formats.export import write_tables
from reformdesk.formats.style import Align, Block, Column, TableSheet, Total

SHEET_ZONES = "片区划分表"
SHEET_OFFICERS = "执法人员抽调表"
SHEET_ITEMS = "执法事项目录"
SHEET_STATIONS = "执法服务站名册"

C = Align.CENTER
ZONE_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("片区", min_width=10),
    Column("执法中心驻地", min_width=10),
    Column("涵盖乡镇", min_width=24, max_width=50),
    Column("村（社区）数", C),
    Column("执法服务站数", C),
    Column("执法人员数", C),
    Column("核定编制", C),
    Column("领导职数", C),
)
OFFICER_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("姓名", min_width=8),
    Column("原单位", min_width=16),
    Column("编制类型", C),
    Column("执法证号", min_width=14),
    Column("有效期", min_width=12),
    Column("执法领域", min_width=12),
    Column("抽调期限", min_width=24),
    Column("派驻片区", min_width=10),
)
ITEM_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("事项编码", min_width=12),
    Column("事项名称", min_width=24, max_width=50),
    Column("事项类型", C),
    Column("执法领域"),
    Column("实施依据", min_width=14),
    Column("原实施部门", min_width=14),
    Column("承接时限", min_width=12),
    Column("责任人"),
)
STATION_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("乡镇", min_width=10),
    Column("村（社区）", min_width=10),
    Column("执法服务站", min_width=18),
    Column("网格员", C),
    Column("协管员", C),
    Column("备注"),
)


def _zone_rows(plan: EnforcementPlan) -> Iterator[list[object]]:
    villages_by_town: dict[str | None, list[str]] = {}
    for v in plan.villages.values():
        villages_by_town.setdefault(v.township_id, []).append(v.station)
    total = [0, 0, 0, 0, 0]
    for i, z in enumerate(plan.zones.values(), start=1):
        vs = [s for t in z.township_ids for s in villages_by_town.get(t, [])]
        officers = sum(1 for o in plan.officers.values() if o.zone_id == z.id)
        seat = plan.townships.get(z.seat_id or "")
        towns = "、".join(plan.townships[t].name for t in z.township_ids if t in plan.townships)
        nums = [len(vs), sum(1 for s in vs if s.strip()), officers, z.authorized_posts, z.leadership_posts]
        total = [a + b for a, b in zip(total, nums, strict=True)]
        yield [i, z.name, f"{seat.name if seat else ''}（{z.centre}）", towns, *nums]
    yield ["", Total("合计"), "", f"{len(plan.townships)}个乡镇", *total]


def _officer_rows(plan: EnforcementPlan) -> Iterator[list[object]]:
    for i, o in enumerate(plan.officers.values(), start=1):
        zone = plan.zones.get(o.zone_id or "")
        term = f"{cn_date(o.term_from)}至{cn_date(o.term_to)}" if o.term_from or o.term_to else ""
        yield [
            i,
            o.name,
            f"{o.department}{o.unit}",
            o.post_type.value or "未填",
            o.cert_no,
            cn_date(o.cert_valid_until),
            "、".join(o.fields),
            term,
            zone.name if zone else "",
        ]


def _item_blocks(plan: EnforcementPlan) -> Iterator[Block]:
    for z in plan.zones.values():
        rows = [
            [i.code, i.name, i.type.value, i.field, i.legal_basis, i.source_department, cn_date(i.deadline), i.official]
            for i in plan.items.values()
            if z.id in i.zone_ids
        ]
        yield Block(
            title=f"{z.centre or z.name}执法事项目录",
            rows=[[n, *r] for n, r in enumerate(rows, start=1)],
            meta=(f"片区：{z.name}", f"共 {len(rows)} 项"),
        )


def _station_rows(plan: EnforcementPlan) -> Iterator[list[object]]:
    n = 0
    for t in plan.townships.values():
        for v in plan.villages.values():
            if v.township_id == t.id:
                n += 1
                yield [n, t.name, v.name, v.station or "（未设）", v.grid_workers, v.assistants, v.note]


def enforcement_sheets(plan: EnforcementPlan) -> list[TableSheet]:
    problems = check(plan)
    errors = sum(1 for p in problems if p.severity.value == "error")
    draft = f"草稿（存在 {errors} 项错误，不可签署）" if errors else ""
    county = plan.info.county
    return [
        TableSheet(SHEET_ZONES, f"{county}乡镇综合行政执法片区划分表", ZONE_COLUMNS, _zone_rows(plan), draft=draft),
        TableSheet(
            SHEET_OFFICERS,
            f"{county}乡镇综合行政执法人员抽调表",
            OFFICER_COLUMNS,
            _officer_rows(plan),
            signature=(
                ("抽调单位（盖章）：", "负责人（签字）：", "日期："),
                ("接收片区执法中心（盖章）：", "负责人（签字）：", "日期："),
            ),
            notes=("抽调人员编制保留在原单位的，不得在执法中心重复占编。",),
            draft=draft,
        ),
        TableSheet(
            SHEET_ITEMS, f"{county}乡镇综合行政执法事项目录", ITEM_COLUMNS, blocks=_item_blocks(plan), draft=draft
        ),
        TableSheet(
            SHEET_STATIONS, f"{county}村（社区）执法服务站名册", STATION_COLUMNS, _station_rows(plan), draft=draft
        ),
    ]


def export_enforcement(plan: EnforcementPlan, path: str | os.PathLike[str]) -> None:
    """Write the four sheets to ``path`` (.xlsx), atomically; ExportError when it cannot."""
    write_tables(enforcement_sheets(plan), path, office=plan.info.office, date=plan.info.date, title=plan.info.name)


DIFF_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("类别", min_width=10),
    Column("对象", min_width=20),
    Column("变化", C),
    Column("字段", min_width=10),
)
_CHANGES = {"added": "新增", "removed": "删除", "changed": "变更"}


def export_comparison(
    a: EnforcementPlan, b: EnforcementPlan, diffs: list[Difference], path: str | os.PathLike[str]
) -> None:
    """The comparison of two enforcement plans (zones, officers, items …) as one sheet."""
    from reformdesk.domain.enforcement.registry import ENFORCEMENT_KINDS

    name_a, name_b = a.info.name or "方案A", b.info.name or "方案B"
    columns = [*DIFF_COLUMNS, Column(name_a, min_width=20, max_width=50), Column(name_b, min_width=20, max_width=50)]
    rows = []
    for n, d in enumerate(diffs, start=1):
        label = ENFORCEMENT_KINDS[d.kind].field(d.field).label if d.field else ""
        rows.append([n, d.kind.label, d.key, _CHANGES[d.change], label, d.a, d.b])
    sheet = TableSheet("方案比较", f"{a.info.county}综合行政执法体系方案比较", columns, rows)
    write_tables([sheet], path, office=a.info.office, date=a.info.date, title=f"{name_a} · {name_b}")
