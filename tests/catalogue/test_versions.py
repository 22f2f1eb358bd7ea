"""Yearly versions: 新建年度版本, the changes between two versions, proposed records, older files."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

from reformdesk.domain.catalogue.edits import new_item, new_subject
from reformdesk.domain.catalogue.model import AdjustmentType, Catalogue, CatalogueInfo, SubjectKind
from reformdesk.domain.catalogue.registry import CatalogueKind, check_registry
from reformdesk.domain.catalogue.versions import (
    compare_versions,
    counts,
    new_year_version,
    propose_adjustments,
    set_adjustment_fields,
    year_records,
)
from reformdesk.domain.model import PowerType
from reformdesk.store.catalogue_file import open_catalogue, save_catalogue

A = AdjustmentType
T = PowerType


def two_years() -> tuple[Catalogue, Catalogue]:
    old = Catalogue(info=CatalogueInfo(title="大通县权力清单和责任清单（2025年版）", county="大通县", year=2025))
    dept = new_subject("县市场监管局")
    town = new_subject("桥头镇", SubjectKind.TOWNSHIP)
    old.subjects = {dept.id: dept, town.id: town}

    def add(cat: Catalogue, code: str, name: str, subject_id: str, t: PowerType = T.LICENSING, **kw: object) -> str:
        item = new_item(name, subject_id, t, code=code, levels=["县级"], legal_basis="《某法》", **kw)
        cat.items[item.id] = item
        return item.id

    add(old, "C-01", "食品经营许可", dept.id)
    add(old, "C-02", "小餐饮登记", dept.id)
    add(old, "C-03", "个体工商户登记", dept.id)
    add(old, "C-04", "甲证核发", dept.id)
    add(old, "C-05", "乙证核发", dept.id)
    add(old, "C-06", "广告发布登记", dept.id)
    add(old, "C-07", "检查事项", dept.id, T.INSPECTION)
    new = new_year_version(old, 2026)
    by_code = {i.code: i for i in new.items.values()}
    # 取消 C-02; 下放 C-03 (乡级 added); 变更 C-01's basis; 合并 C-04 + C-05 → C-08;
    # 分设 C-06 → C-09, C-10; 新增 C-11; C-07 moves to the township (下放).
    del new.items[by_code["C-02"].id]
    by_code["C-03"].levels = ["县级", "乡级"]
    by_code["C-01"].legal_basis = "《某法（2025年修正）》"
    for code in ("C-04", "C-05", "C-06"):
        del new.items[by_code[code].id]
    add(new, "C-08", "甲乙证核发", dept.id, origins=["C-04", "C-05"])
    add(new, "C-09", "户外广告登记", dept.id, origins=["C-06"])
    add(new, "C-10", "网络广告登记", dept.id, origins=["C-06"])
    add(new, "C-11", "新设许可", dept.id)
    by_code["C-07"].subject_id = town.id
    return old, new


def test_registry_names_the_adjustment_fields() -> None:
    check_registry()


def test_new_year_version_copies_the_list_and_sets_the_year() -> None:
    old, _ = two_years()
    nxt = new_year_version(old, 2026)
    assert nxt.info.year == 2026 and nxt.info.title == "大通县权力清单和责任清单（2026年版）"
    assert list(nxt.items) == list(old.items) and nxt.items is not old.items
    first = next(iter(nxt.items.values()))
    first.levels.append("乡级")
    assert next(iter(old.items.values())).levels == ["县级"]  # a copy, not shared lists
    assert compare_versions(old, new_year_version(old, 2026)) == []


def test_compare_versions_lists_each_kind_of_change() -> None:
    old, new = two_years()
    changes = compare_versions(old, new)
    by = {(c.action, c.code) for c in changes}
    assert by == {
        (A.ADD, "C-11"),
        (A.CANCEL, "C-02"),
        (A.DELEGATE, "C-03"),
        (A.DELEGATE, "C-07"),
        (A.MERGE, "C-08"),
        (A.SPLIT, "C-06"),
        (A.CHANGE, "C-01"),
    }
    assert counts(changes) == {"新增": 1, "取消": 1, "下放": 2, "合并": 1, "分设": 1, "变更": 1}
    change = next(c for c in changes if c.action is A.CHANGE)
    assert [(f.label, f.before, f.after) for f in change.fields] == [
        ("法律法规依据", "《某法》", "《某法（2025年修正）》")
    ]
    assert change.before == "法律法规依据：《某法》" and change.after == "法律法规依据：《某法（2025年修正）》"
    delegated = next(c for c in changes if c.code == "C-07")
    assert delegated.before == "县市场监管局（县级）" and delegated.after == "桥头镇（县级）"
    merge = next(c for c in changes if c.action is A.MERGE)
    assert merge.before == "C-04 甲证核发；C-05 乙证核发" and len(merge.old_ids) == 2
    split = next(c for c in changes if c.action is A.SPLIT)
    assert split.after == "C-09 户外广告登记；C-10 网络广告登记" and len(split.new_ids) == 2
    assert changes[0].action is A.ADD  # in ORDER


def test_items_without_codes_match_by_subject_and_name() -> None:
    old, new = two_years()
    for cat in (old, new):
        for i in cat.items.values():
            if i.code == "C-01":
                i.code = ""
    assert {c.code for c in compare_versions(old, new) if c.action is A.CHANGE} == {""}


def test_proposed_records_are_one_undoable_change_set_and_not_proposed_twice() -> None:
    old, new = two_years()
    changes = compare_versions(old, new)
    before = copy.deepcopy(new)
    cs = propose_adjustments(new, changes)
    cs.apply(new)
    records = year_records(new)
    assert len(records) == 7 and all(r.year == 2026 and not r.reason for r in records)
    assert [r.action for r in records][:2] == [A.ADD, A.CANCEL]
    assert not propose_adjustments(new, changes)  # already recorded
    done = set_adjustment_fields(new, {records[0].id: {"reason": "职能调整", "doc_no": "大政〔2026〕3号"}})
    done.apply(new)
    assert new.adjustments[records[0].id].reason == "职能调整"
    done.revert(new)
    cs.revert(new)
    assert new == before


def test_an_item_renamed_after_its_change_was_recorded_refreshes_the_record_not_a_second_one() -> None:
    # 变更 of C-01's basis recorded with its reason; later in the year the clerk adopts the
    # province's name (三级四同): the same record, its 调整前/调整后 brought up to date, the
    # reason kept — the basis change is not listed twice in the 年度动态调整表.
    old, new = two_years()
    propose_adjustments(new, compare_versions(old, new)).apply(new)
    record = next(r for r in year_records(new) if r.code == "C-01")
    set_adjustment_fields(new, {record.id: {"reason": "法律法规立改废"}}).apply(new)
    item = next(i for i in new.items.values() if i.code == "C-01")
    item.name = "食品经营许可证核发"
    count = len(new.adjustments)
    before = copy.deepcopy(new)
    cs = propose_adjustments(new, compare_versions(old, new))
    assert not cs.added(CatalogueKind.ADJUSTMENT)
    cs.apply(new)
    assert len(new.adjustments) == count
    refreshed = new.adjustments[record.id]
    assert refreshed.name == "食品经营许可证核发" and refreshed.reason == "法律法规立改废"
    assert "职权名称：食品经营许可" in refreshed.before and "职权名称：食品经营许可证核发" in refreshed.after
    assert not propose_adjustments(new, compare_versions(old, new))
    cs.revert(new)
    assert new == before


def test_records_survive_the_file_and_an_older_file_opens(tmp_path: Path) -> None:
    old, new = two_years()
    propose_adjustments(new, compare_versions(old, new)).apply(new)
    path = tmp_path / "2026.rdcatalog"
    save_catalogue(new, path)
    assert open_catalogue(path) == new
    # A format-1 file: no adjustment table, no 审批事项 / 合并自 columns.
    con = sqlite3.connect(path)
    con.execute("DROP TABLE adjustment")
    con.execute("ALTER TABLE catalogue_item DROP COLUMN approval")
    con.execute("ALTER TABLE catalogue_item DROP COLUMN origins")
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()
    from reformdesk.store import planfile

    planfile._seal(path)  # as a version-1 save would have sealed it
    older = open_catalogue(path)
    assert older.adjustments == {}
    assert all(i.origins == [] and i.approval.value == "" for i in older.items.values())
    assert [i.name for i in older.items.values()] == [i.name for i in new.items.values()]
    save_catalogue(older, path)  # saved in the current version
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2


def test_levels_ticked_where_the_list_gave_none_is_a_delegation() -> None:
    # A county list imported without a 行使层级 column: next year the clerk ticks 县级 and 乡级 on
    # 乡村建设规划许可证核发 for the townships. It was listed as 变更 (from （空）), so neither the
    # 动态调整 record nor the 精简率 counted the delegation.
    old, _ = two_years()
    for item in old.items.values():
        item.levels = []
    new = new_year_version(old, 2026)
    by_code = {i.code: i for i in new.items.values()}
    by_code["C-03"].levels = ["县级", "乡级"]
    by_code["C-01"].levels = ["县级"]  # the department's own level, written out: no change of level
    town = next(s for s in new.subjects.values() if s.kind is SubjectKind.TOWNSHIP)
    by_code["C-07"].subject_id = town.id
    by_code["C-07"].levels = ["乡级"]
    actions = {c.code: c.action for c in compare_versions(old, new)}
    assert actions == {"C-03": A.DELEGATE, "C-01": A.CHANGE, "C-07": A.DELEGATE}
