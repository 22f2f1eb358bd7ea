"""Enforcement items from a county power list (权责清单), where no catalogue is at hand.

The list is read by the power-list reader (through the import guard: sandboxed,
header found by its Chinese names); its 行政处罚, 行政检查 and 行政强制 rows become
enforcement items, matched with the plan's by 事项编码 (the natural key): a known
code is updated, a new one added (to ``zone_ids``: every zone centre, or none).
Rows of other types are counted, not imported.  Returns a change set: nothing
changes until it is applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.enforcement.model import EnforcementItem, EnforcementPlan, EnforcementType
from reformdesk.domain.enforcement.registry import EnforcementKind
from reformdesk.domain.model import new_id
from reformdesk.formats.importer import read_power_sheet

SOURCE = "导入"


@dataclass
class ItemImport:
    changes: ChangeSet
    added: int = 0
    updated: int = 0
    other_types: int = 0
    unreadable: list[str] = field(default_factory=list)

    def describe(self) -> list[str]:
        lines = [f"执法事项：新增 {self.added} 项，更新 {self.updated} 项"]
        if self.other_types:
            lines.append(f"其他类型的事项 {self.other_types} 项未导入（只导入行政处罚、行政检查、行政强制）")
        lines += self.unreadable
        return lines


def import_items(plan: EnforcementPlan, path: str | Path, *, all_zones: bool = True) -> ItemImport:
    """The change set importing the enforcement items of the list at ``path``; SheetReadError when unreadable."""
    read = read_power_sheet(path)
    by_code = {i.code: i for i in plan.items.values() if i.code}
    types = {t.value: t for t in EnforcementType}
    result = ItemImport(ChangeSet())
    new: list[EnforcementItem] = []
    updates: dict[str, dict[str, Any]] = {}
    for row in read.rows:
        if row.problems:
            result.unreadable.append(f"第 {row.row} 行无法读取：{'；'.join(row.problems)}")
            continue
        etype = types.get(row.type.value) if row.type is not None else None
        if etype is None:
            result.other_types += 1
            continue
        values: dict[str, Any] = {
            "name": row.name,
            "type": etype,
            "legal_basis": row.legal_basis,
            "source_department": row.source_department,
        }
        if row.deadline is not None:
            values["deadline"] = row.deadline
        if row.official:
            values["official"] = row.official
        old = by_code.get(row.code) if row.code else None
        if old is not None:
            diff = {k: v for k, v in values.items() if getattr(old, k) != v}
            if diff:
                updates[old.id] = diff
                result.updated += 1
            continue
        item = EnforcementKind.ITEM.spec.new(
            id=new_id(), code=row.code, source=SOURCE, zone_ids=list(plan.zones) if all_zones else [], **values
        )
        new.append(item)
        if row.code:
            by_code[row.code] = item
        result.added += 1
    result.changes.set(EnforcementKind.ITEM, updates)  # type: ignore[arg-type]
    result.changes.add(EnforcementKind.ITEM, new)  # type: ignore[arg-type]
    return result
