"""The approval catalogue (行政审批事项目录): what became of each base-year approval item.

The approval items are the 行政许可 of the base-year (基期) catalogue, and any other item
the user marked 审批 (``CatalogueItem.approval``); a 行政许可 marked 非审批 is not one.
Each is, in the current catalogue:

* 取消 — gone (no item of its natural key, not merged or split into another);
* 调整 — 下放 (moved to a township or its lowest 行使层级 lowered), 合并 / 分设 (named in a
  current item's 合并自/分设自), 改为备案 (still listed but no longer an approval, or a
  record says 改为备案), 其他 (no longer an approval for another reason);
* 保留 — still an approval item of the county.

The status comes from the version comparison (domain/catalogue/versions.py); the
reasons and documents come from the current catalogue's 动态调整 records of the years
after the base year, matched by code (else name).  A 取消 record whose 调整后 says 改为备案
makes the item 调整 (改为备案): the approval was replaced by filing, not dropped.

精简率 = (取消 + 下放) ÷ 基期事项数, kept as numerator and denominator so it is always
shown with both (精简率 51.1%（取消 62 + 下放 28）÷ 176).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from reformdesk.domain.catalogue.model import (
    Adjustment,
    AdjustmentType,
    ApprovalMark,
    Catalogue,
    CatalogueItem,
    SubjectKind,
)
from reformdesk.domain.catalogue.versions import VersionChange, compare_versions
from reformdesk.domain.model import PowerType

A = AdjustmentType


class ApprovalStatus(StrEnum):
    CANCELLED = "取消"
    ADJUSTED = "调整"
    KEPT = "保留"


class AdjustMode(StrEnum):
    """调整方式 of an adjusted approval item."""

    DELEGATED = "下放"
    MERGED = "合并"
    SPLIT = "分设"
    FILING = "改为备案"
    OTHER = "其他"


def is_approval(item: CatalogueItem) -> bool:
    """An approval item: marked 审批, or a 行政许可 not marked 非审批."""
    if item.approval is ApprovalMark.YES:
        return True
    return item.approval is ApprovalMark.BY_TYPE and item.type is PowerType.LICENSING


@dataclass(slots=True)
class ApprovalEntry:
    """One base-year approval item and what became of it."""

    status: ApprovalStatus
    code: str
    name: str
    basis: str  # 设定依据 (the base year's; the current one for kept items)
    department: str  # 原实施部门 (the base year's 实施主体)
    mode: AdjustMode | None = None  # 调整方式, for 调整
    now_by: str = ""  # 调整后实施机关 / 实施机关 (kept)
    reason: str = ""  # 取消理由 / 调整理由
    document: str = ""  # 文件依据（文号）
    year: int = 0  # the record's 年度, when there is one

    def as_dict(self) -> dict[str, object]:
        return {
            "status": self.status.value,
            "mode": self.mode.value if self.mode else "",
            "code": self.code,
            "name": self.name,
            "basis": self.basis,
            "department": self.department,
            "now_by": self.now_by,
            "reason": self.reason,
            "document": self.document,
            "year": self.year,
        }


@dataclass(slots=True)
class ApprovalCatalogue:
    base_year: int
    year: int
    entries: list[ApprovalEntry] = field(default_factory=list)

    def of(self, status: ApprovalStatus) -> list[ApprovalEntry]:
        return [e for e in self.entries if e.status is status]

    @property
    def base_count(self) -> int:
        return len(self.entries)

    @property
    def cancelled(self) -> int:
        return sum(1 for e in self.entries if e.status is ApprovalStatus.CANCELLED)

    @property
    def adjusted(self) -> int:
        return sum(1 for e in self.entries if e.status is ApprovalStatus.ADJUSTED)

    @property
    def kept(self) -> int:
        return sum(1 for e in self.entries if e.status is ApprovalStatus.KEPT)

    @property
    def delegated(self) -> int:
        return sum(1 for e in self.entries if e.mode is AdjustMode.DELEGATED)

    @property
    def numerator(self) -> int:
        """取消 + 下放: what the 精简率 counts."""
        return self.cancelled + self.delegated

    @property
    def rate(self) -> float | None:
        """精简率 as a fraction; None without base-year approval items."""
        return self.numerator / self.base_count if self.base_count else None

    def rate_text(self) -> str:
        """精简率 51.1%（取消 62 + 下放 28）÷ 176 — always with numerator and denominator."""
        if self.rate is None:
            return "精简率 —（基期没有行政审批事项）"
        return f"精简率 {self.rate * 100:.1f}%（取消 {self.cancelled} + 下放 {self.delegated}）÷ {self.base_count}"

    def as_dict(self) -> dict[str, object]:
        return {
            "base_year": self.base_year,
            "year": self.year,
            "base_items": self.base_count,
            "cancelled": self.cancelled,
            "adjusted": self.adjusted,
            "delegated": self.delegated,
            "kept": self.kept,
            "rate": None if self.rate is None else round(self.rate, 4),
            "rate_text": self.rate_text(),
            "by_mode": {m.value: sum(1 for e in self.entries if e.mode is m) for m in AdjustMode},
            "entries": [e.as_dict() for e in self.entries],
        }


def _document(record: Adjustment) -> str:
    basis, no = record.basis.strip(), record.doc_no.strip()
    if basis and no and no not in basis:
        return f"{basis}（{no}）"
    return basis or no


def _records(current: Catalogue, base_year: int) -> tuple[dict[str, Adjustment], dict[str, Adjustment]]:
    """The latest record since the base year per code and per name."""
    by_code: dict[str, Adjustment] = {}
    by_name: dict[str, Adjustment] = {}
    for r in sorted(current.adjustments.values(), key=lambda r: r.year):
        if r.year <= base_year:
            continue
        if r.code.strip():
            by_code[r.code.strip()] = r
        by_name[r.name.strip()] = r
    return by_code, by_name


def _delegated_to(cat: Catalogue, item: CatalogueItem, townships: list[str]) -> str:
    """调整后实施机关 of a delegated item: its township, or the townships its 备注 names, or 乡级."""
    subject = cat.subjects.get(item.subject_id or "")
    if subject is not None and subject.kind is SubjectKind.TOWNSHIP:
        return subject.name
    named = [t for t in townships if t in item.note]
    if named:
        return "、".join(named)
    return f"乡镇人民政府（{cat.subject_name(item)}下放）"


def approval_catalogue(base: Catalogue, current: Catalogue) -> ApprovalCatalogue:
    """Every approval item of ``base`` with its status in ``current`` (base-year list order)."""
    changes = compare_versions(base, current)
    by_old: dict[str, VersionChange] = {}
    for c in changes:
        for oid in c.old_ids:
            by_old.setdefault(oid, c)
    new_by_key = {current.natural_key(i): i for i in current.items.values()}
    rec_code, rec_name = _records(current, base.info.year)
    townships = [s.name for s in current.subjects.values() if s.kind is SubjectKind.TOWNSHIP]
    out = ApprovalCatalogue(base.info.year, current.info.year)
    for item in base.items.values():
        if not is_approval(item):
            continue
        entry = ApprovalEntry(ApprovalStatus.KEPT, item.code, item.name, base.basis(item), base.subject_name(item))
        change = by_old.get(item.id)
        now = new_by_key.get(base.natural_key(item))
        record = rec_code.get(item.code.strip()) if item.code.strip() else None
        record = record or rec_name.get(item.name.strip())
        if record is None and change is not None and change.action is A.MERGE:
            # A merge is recorded under the item it made (the old ones are its 调整前).
            merged = current.items[change.new_ids[0]]
            record = rec_code.get(merged.code.strip()) or rec_name.get(merged.name.strip())
        if change is not None and change.action is A.CANCEL:
            filing = record is not None and "备案" in record.after
            entry.status = ApprovalStatus.ADJUSTED if filing else ApprovalStatus.CANCELLED
            entry.mode = AdjustMode.FILING if filing else None
        elif change is not None and change.action in (A.MERGE, A.SPLIT):
            entry.status = ApprovalStatus.ADJUSTED
            entry.mode = AdjustMode.MERGED if change.action is A.MERGE else AdjustMode.SPLIT
            entry.now_by = "、".join(dict.fromkeys(current.subject_name(current.items[i]) for i in change.new_ids))
        elif change is not None and change.action is A.DELEGATE:
            entry.status = ApprovalStatus.ADJUSTED
            entry.mode = AdjustMode.DELEGATED
            entry.now_by = _delegated_to(current, current.items[change.new_ids[0]], townships)
        elif now is not None and not is_approval(now):
            entry.status = ApprovalStatus.ADJUSTED
            filing = "备案" in now.name or (record is not None and "备案" in record.after)
            entry.mode = AdjustMode.FILING if filing else AdjustMode.OTHER
            entry.now_by = current.subject_name(now)
        elif now is not None:
            entry.now_by = current.subject_name(now)
            entry.basis = current.basis(now)
        if record is not None and entry.status is not ApprovalStatus.KEPT:
            entry.reason, entry.document, entry.year = record.reason, _document(record), record.year
        out.entries.append(entry)
    return out
