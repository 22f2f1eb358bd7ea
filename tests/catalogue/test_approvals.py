"""The approval catalogue: 取消 / 调整 / 保留 against the base year, and the 精简率 with its parts."""

from __future__ import annotations

from reformdesk.domain.catalogue.approvals import AdjustMode, ApprovalStatus, approval_catalogue, is_approval
from reformdesk.domain.catalogue.edits import new_item
from reformdesk.domain.catalogue.model import ApprovalMark
from reformdesk.domain.catalogue.versions import as_record, compare_versions
from reformdesk.domain.model import PowerType
from tests.catalogue.test_versions import two_years

S = ApprovalStatus


def test_status_of_each_base_year_approval_item() -> None:
    base, current = two_years()
    dept = next(iter(base.subjects))
    filed = new_item("丙登记", dept, PowerType.LICENSING, code="C-12", levels=["县级"])
    base.items[filed.id] = filed
    marked = new_item("专项审核", dept, PowerType.OTHER, code="C-13", levels=["县级"], approval=ApprovalMark.YES)
    base.items[marked.id] = marked
    for change in compare_versions(base, current):
        if change.code == "C-02":
            record = as_record(
                change, 2026, reason="上级取消或下放", basis="《关于取消一批事项的决定》", doc_no="大政〔2026〕3号"
            )
            current.adjustments[record.id] = record
    filed_record = as_record(
        next(c for c in compare_versions(base, current) if c.code == "C-12"),
        2026,
        after="改为备案管理",
        reason="职能调整",
    )
    current.adjustments[filed_record.id] = filed_record
    result = approval_catalogue(base, current)
    status = {e.code: (e.status, e.mode) for e in result.entries}
    assert status == {
        "C-01": (S.KEPT, None),
        "C-02": (S.CANCELLED, None),
        "C-03": (S.ADJUSTED, AdjustMode.DELEGATED),
        "C-04": (S.ADJUSTED, AdjustMode.MERGED),
        "C-05": (S.ADJUSTED, AdjustMode.MERGED),
        "C-06": (S.ADJUSTED, AdjustMode.SPLIT),
        "C-12": (S.ADJUSTED, AdjustMode.FILING),
        "C-13": (S.CANCELLED, None),  # marked 审批 though not a 行政许可
    }  # C-07 is a 行政检查: not an approval item
    cancelled = next(e for e in result.entries if e.code == "C-02")
    assert (
        cancelled.reason == "上级取消或下放" and cancelled.document == "《关于取消一批事项的决定》（大政〔2026〕3号）"
    )
    assert next(e for e in result.entries if e.code == "C-03").now_by == "乡镇人民政府（县市场监管局下放）"
    assert next(e for e in result.entries if e.code == "C-01").now_by == "县市场监管局"
    assert (result.base_count, result.cancelled, result.delegated, result.kept) == (8, 2, 1, 1)
    assert result.rate_text() == "精简率 37.5%（取消 2 + 下放 1）÷ 8"
    assert result.as_dict()["by_mode"] == {"下放": 1, "合并": 2, "分设": 1, "改为备案": 1, "其他": 0}


def test_an_item_no_longer_an_approval_is_adjusted() -> None:
    base, current = two_years()
    licence = next(i for i in current.items.values() if i.code == "C-01")
    licence.approval = ApprovalMark.NO
    assert not is_approval(licence)
    entry = next(e for e in approval_catalogue(base, current).entries if e.code == "C-01")
    assert (entry.status, entry.mode) == (S.ADJUSTED, AdjustMode.OTHER)


def test_no_base_items_no_rate() -> None:
    base, current = two_years()
    base.items.clear()
    result = approval_catalogue(base, current)
    assert result.rate is None and "基期没有" in result.rate_text()
