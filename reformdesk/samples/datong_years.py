"""The 大通县 catalogue's years (``python -m reformdesk.samples.datong_years [DIR]``): 基期 2015, 2025, 2026.

Illustrative, and marked so (示例): the seed says "2015年以来，全县累计取消、调整行政审批事项近90项，
精简率均达50%以上"; this builds a history that says the same.  The current catalogue (2026,
samples/datong_catalogue.py) gets its 动态调整 records of 2016–2026 and the 合并自/分设自 codes
of five items (:func:`add_history`, called by its ``build``); from it are derived

* ``datong_catalogue_2015.rdcatalog`` — the base year (基期): 112 approval items, of which
  since then 58 were cancelled, 20 delegated to 桥头镇, 6 merged into 3 and 4 turned into
  filing (改为备案): 88 cancelled or adjusted, 精简率 (58 + 20) ÷ 112 = 69.6%;
* ``datong_catalogue_2025.rdcatalog`` — last year's version: the 2026 changes undone
  (新增 2, 取消 2, 下放 2, 合并 1, 分设 1, 变更 2), records up to 2025.

The cancelled items' names follow the kinds of approvals counties cancelled in those years;
their codes (…-95nn), the 文号 (大政〔2016〕12号 …) and documents are invented, the documents
say 示例.  Ids are uuid5 of natural keys: two builds give the same files.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from reformdesk.domain.catalogue.model import (
    Adjustment,
    AdjustmentType,
    ApprovalMark,
    Catalogue,
    CatalogueItem,
    ExerciseLevel,
    Subject,
)
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.catalogue.responsibilities import accountability_for, steps_for
from reformdesk.domain.catalogue.versions import as_record, compare_versions, new_year_version
from reformdesk.domain.model import PowerType

A = AdjustmentType
BASE_YEAR = 2015
LAST_YEAR = 2025
BASE_FILE = "datong_catalogue_2015.rdcatalog"
LAST_FILE = "datong_catalogue_2025.rdcatalog"
COUNTY_CODE = "630121"
MARK = "（示例）"
CANCEL_DOC = "《大通县人民政府关于取消和调整一批行政审批事项的决定》" + MARK
DELEGATE_DOC = "《大通县人民政府关于向桥头镇下放县级行政权力事项的通知》" + MARK
MERGE_DOC = "《大通县人民政府关于合并调整部分行政审批事项的通知》" + MARK
YEAR_DOC = "《大通县人民政府关于公布{year}年权责清单动态调整事项的通知》" + MARK
GENERIC_BASIS = "《青海省县级行政审批项目目录（2015年）》"

#: Base-year approvals cancelled since (department code, name); the last four were turned
#: into filing (改为备案) rather than dropped.
CANCELLED: tuple[tuple[str, str], ...] = (
    ("FG", "粮食收购资格认定"),
    ("FG", "价格评估机构资质认定"),
    ("FG", "企业债券发行初审"),
    ("FG", "固定资产投资项目节能评估和审查（初审）"),
    ("JY", "民办学校招生简章和广告审查"),
    ("JY", "教师资格定期注册初审"),
    ("GX", "酒类商品批发许可"),
    ("GX", "生产性废旧金属收购业审批"),
    ("GX", "再生资源回收经营者登记审核"),
    ("GA", "典当业特种行业许可"),
    ("GA", "保安培训机构设立初审"),
    ("GA", "旅馆业特种行业许可证变更审批"),
    ("MZ", "地名命名更名初审"),
    ("MZ", "殡仪服务站设立审批"),
    ("MZ", "社会福利机构设置许可"),
    ("SF", "法律援助机构设立审批"),
    ("SF", "基层法律服务所设立初审"),
    ("CZ", "会计从业资格认定"),
    ("CZ", "代理记账机构设立初审"),
    ("CZ", "政府采购代理机构资格认定"),
    ("RS", "职业技能鉴定机构设立审批"),
    ("RS", "民办职业培训学校设立审批（部分）"),
    ("ZR", "乡（镇）村企业使用集体建设用地审批（部分）"),
    ("ZR", "地质灾害危险性评估单位资质认定"),
    ("ZR", "测绘资质初审"),
    ("HB", "排污许可证核发（初审）"),
    ("HB", "建设项目竣工环境保护验收"),
    ("ZJ", "建设工程造价咨询企业资质初审"),
    ("ZJ", "物业服务企业资质核定（三级）"),
    ("ZJ", "城市建筑垃圾运输企业资质核准"),
    ("JT", "出租汽车经营资格证核发"),
    ("JT", "机动车驾驶员培训许可（部分）"),
    ("JT", "道路运输站（场）经营许可（部分）"),
    ("SL", "水利工程建设监理单位资质初审"),
    ("SL", "生产建设项目水土保持设施验收审批"),
    ("SL", "河道采砂许可（部分）"),
    ("NY", "农药经营许可（部分）"),
    ("NY", "兽药经营许可（部分）"),
    ("NY", "拖拉机驾驶培训学校资格认定"),
    ("NY", "农业机械维修技术合格证核发"),
    ("WL", "营业性演出审批（部分）"),
    ("WL", "广播电视视频点播业务审批（初审）"),
    ("WL", "文物保护单位建设控制地带内建设工程设计方案审核（初审）"),
    ("WJ", "医师执业注册（部分）"),
    ("WJ", "消毒产品生产企业卫生许可（初审）"),
    ("WJ", "职业健康检查机构资质审批（初审）"),
    ("YJ", "烟花爆竹零售经营许可（部分）"),
    ("YJ", "安全评价机构资质初审"),
    ("SJ", "企业名称预先核准"),
    ("SJ", "工业产品生产许可证（初审）"),
    ("SJ", "计量器具制造修理许可"),
    ("TJ", "统计调查项目审批"),
    ("TJ", "涉外调查机构资格认定（初审）"),
    ("LC", "森林经营单位修筑林业生产工程设施占用林地审批"),
    ("LC", "猎捕陆生野生动物审批（初审）"),
    ("CG", "城市道路挖掘许可（部分）"),
    ("CG", "临时占用城市绿地审批（部分）"),
    ("QX", "防雷装置设计审核（部分）"),
    # 改为备案
    ("GX", "酒类商品零售许可"),
    ("RS", "企业实行不定时工作制和综合计算工时工作制审批"),
    ("ZJ", "房地产开发企业资质核定（四级）"),
    ("QX", "施放气球单位资质认定"),
)
FILED = 4
#: Years in which the 58 cancellations were decided (the last two in 2026).
CANCEL_YEARS: tuple[tuple[int, int], ...] = (
    (2016, 15),
    (2017, 12),
    (2018, 10),
    (2019, 8),
    (2020, 6),
    (2022, 5),
    (2026, 2),
)
#: Current items merged from two base-year items: (current code, year, [(department, code suffix, name)]).
MERGES: tuple[tuple[str, int, tuple[tuple[str, str, str], ...]], ...] = (
    ("630121-MZ-XK-0001", 2018, (("MZ", "9001", "社会团体成立登记"), ("MZ", "9002", "社会团体变更、注销登记"))),
    ("630121-ZR-XK-0003", 2019, (("ZR", "9001", "建设项目用地预审"), ("ZJ", "9001", "建设项目选址意见书核发"))),
    ("630121-LC-XK-0003", 2026, (("LC", "9001", "林木种子生产许可证核发"), ("LC", "9002", "林木种子经营许可证核发"))),
)
#: One 2025 item split in 2026 into two current ones.
SPLIT_FROM = ("SJ", f"{COUNTY_CODE}-SJ-JC-9001", "对食品生产经营和特种设备使用单位的监督检查")
SPLIT_INTO = ("630121-SJ-JC-0001", "630121-SJ-JC-0002")
ADDED_2026 = ("630121-YB-CF-0001", "630121-YB-JC-0001")
DELEGATED_2026 = ("630121-ZJ-XK-0002", "630121-ZJ-XK-0003")
#: 2026 changes of 具体条款 (the 2025 version's clause).
CHANGED_2026 = {"630121-ZJ-XK-0004": "第七条、第八条", "630121-SJ-XK-0003": "第三十五条、第三十六条"}


def _stable(kind: str, key: str) -> str:
    from reformdesk.samples.datong_catalogue import stable_id

    return stable_id(kind, key)


def _subject_by_code(cat: Catalogue) -> dict[str, Subject]:
    from reformdesk.samples.datong_catalogue import DEPARTMENTS

    by_name = {s.name: s for s in cat.subjects.values()}
    return {part: by_name[name] for name, part, _extra in DEPARTMENTS}


def _synthetic(code: str, name: str, subject: Subject, power_type: PowerType = PowerType.LICENSING) -> CatalogueItem:
    cases, basis = accountability_for(power_type)
    return CatalogueItem(
        id=_stable("item", code),
        code=code,
        name=name,
        parent_id=None,
        subject_id=subject.id,
        type=power_type,
        legal_basis=GENERIC_BASIS,
        basis_clause="",
        levels=[ExerciseLevel.COUNTY.value],
        responsibility_steps=steps_for(power_type),
        accountability_cases=cases,
        accountability_basis=basis,
        supervision="",
        supervision_phone="",
        integrity_risks="",
        note="示例：已取消或调整的事项",
        approval=ApprovalMark.BY_TYPE,
        origins=[],
    )


def _cancelled_items(cat: Catalogue) -> list[tuple[CatalogueItem, int, bool]]:
    """The cancelled (and filed) base-year items: (item, year of the decision, turned into filing)."""
    subjects = _subject_by_code(cat)
    years = [y for y, n in CANCEL_YEARS for _ in range(n)]
    out = []
    for n, (part, name) in enumerate(CANCELLED):
        code = f"{COUNTY_CODE}-{part}-XK-{9501 + n:04d}"
        filed = n >= len(CANCELLED) - FILED
        year = 2021 if filed else years[n]
        out.append((_synthetic(code, name, subjects[part]), year, filed))
    return out


def _record(year: int, action: AdjustmentType, item: CatalogueItem, subject: str, **values: object) -> Adjustment:
    spec_values = {
        "id": _stable("adjustment", f"{year}·{action.value}·{item.code}"),
        "year": year,
        "action": action,
        "subject": subject,
        "code": item.code,
        "name": item.name,
        "note": "示例",
    }
    spec_values.update(values)
    return CatalogueKind.ADJUSTMENT.spec.new(**spec_values)  # type: ignore[no-any-return]


def _doc_no(year: int, n: int) -> str:
    return f"大政〔{year}〕{n}号"


def add_history(cat: Catalogue) -> None:
    """Give the current (2026) catalogue its 合并自/分设自 codes and its records of 2016–2026."""
    by_code = {i.code: i for i in cat.items.values()}
    for target, _year, origins in MERGES:
        by_code[target].origins = [f"{COUNTY_CODE}-{part}-XK-{suffix}" for part, suffix, _ in origins]
    for code in SPLIT_INTO:
        by_code[code].origins = [SPLIT_FROM[1]]
    records: list[Adjustment] = []
    for item, year, filed in _cancelled_items(cat):
        if year == 2026:
            continue  # recorded with the other 2026 changes below
        subject = cat.subjects[item.subject_id or ""].name
        records.append(
            _record(
                year,
                A.CANCEL,
                item,
                subject,
                before=f"{item.name}（行政许可；{subject}）",
                after="取消审批，改为备案管理" if filed else "取消",
                reason="职能调整" if filed else ("上级取消或下放" if year % 2 == 0 else "法律法规立改废"),
                basis=CANCEL_DOC,
                doc_no=_doc_no(year, 12 if not filed else 27),
                date=dt.date(year, 6, 30),
            )
        )
    delegated = [i for i in cat.items.values() if i.type is PowerType.LICENSING and i.note.startswith("已")]
    for item in delegated:
        if item.code in DELEGATED_2026:
            continue
        subject = cat.subject_name(item)
        records.append(
            _record(
                2020,
                A.DELEGATE,
                item,
                subject,
                before=f"{subject}（县级）",
                after=f"{subject}（县级、乡级）：{item.note.removeprefix('已')}",
                reason="职能调整",
                basis=DELEGATE_DOC,
                doc_no=_doc_no(2020, 31),
                date=dt.date(2020, 9, 1),
            )
        )
    for target, year, origins in MERGES:
        if year == 2026:
            continue
        item = by_code[target]
        records.append(
            _record(
                year,
                A.MERGE,
                item,
                cat.subject_name(item),
                before="；".join(f"{COUNTY_CODE}-{part}-XK-{suffix} {name}" for part, suffix, name in origins),
                after=f"{item.name}（行政许可；{cat.subject_name(item)}）",
                reason="合并或拆分",
                basis=MERGE_DOC,
                doc_no=_doc_no(year, 8),
                date=dt.date(year, 4, 15),
            )
        )
    cat.adjustments.update((r.id, r) for r in records)
    last = last_year(cat)
    reasons = {
        A.ADD: "法律法规立改废",
        A.CANCEL: "上级取消或下放",
        A.DELEGATE: "职能调整",
        A.MERGE: "合并或拆分",
        A.SPLIT: "合并或拆分",
        A.CHANGE: "法律法规立改废",
    }
    for n, change in enumerate(compare_versions(last, cat), start=1):
        record = as_record(
            change,
            2026,
            id=_stable("adjustment", f"2026·{change.action.value}·{change.code}"),
            reason=reasons[change.action],
            basis=YEAR_DOC.format(year=2026) if change.action is not A.CANCEL else CANCEL_DOC,
            doc_no=_doc_no(2026, 5 if change.action is not A.CANCEL else 12),
            date=dt.date(2026, 11, 20),
            note=f"示例（第{n}项）",
        )
        cat.adjustments[record.id] = record


def _by_subject(cat: Catalogue) -> None:
    """Items in their subjects' order (an added item joins its department's list)."""
    order = {sid: n for n, sid in enumerate(cat.subjects)}
    cat.items = dict(sorted(cat.items.items(), key=lambda kv: order.get(kv[1].subject_id or "", len(order))))


def last_year(current: Catalogue) -> Catalogue:
    """The 2025 version: the current one with the 2026 changes undone, records up to 2025."""
    cat = copy.deepcopy(current)
    cat.info.year, cat.info.date = LAST_YEAR, dt.date(LAST_YEAR, 12, 1)
    cat.info.title = cat.info.title.replace(f"{current.info.year}年版", f"{LAST_YEAR}年版")
    cat.adjustments = {k: r for k, r in cat.adjustments.items() if r.year <= LAST_YEAR}
    by_code = {i.code: i for i in cat.items.values()}
    subjects = _subject_by_code(cat)
    for code in ADDED_2026 + SPLIT_INTO:
        del cat.items[by_code[code].id]
    split = _synthetic(SPLIT_FROM[1], SPLIT_FROM[2], subjects[SPLIT_FROM[0]], PowerType.INSPECTION)
    split.note, split.levels = "示例", [ExerciseLevel.COUNTY.value, ExerciseLevel.TOWNSHIP.value]
    cat.items[split.id] = split
    for code in DELEGATED_2026:
        by_code[code].levels = [ExerciseLevel.COUNTY.value]
        by_code[code].note = ""
    for code, clause in CHANGED_2026.items():
        by_code[code].basis_clause = clause
    for target, year, origins in MERGES:
        if year == 2026:
            del cat.items[by_code[target].id]
            for part, suffix, name in origins:
                old = _synthetic(f"{COUNTY_CODE}-{part}-XK-{suffix}", name, subjects[part])
                cat.items[old.id] = old
    for item, year, _filed in _cancelled_items(cat):
        if year == 2026:
            cat.items[item.id] = item
    _by_subject(cat)
    return cat


def base_year(current: Catalogue) -> Catalogue:
    """The 2015 base year (基期): before the cancellations, delegations and merges since."""
    cat = new_year_version(last_year(current), BASE_YEAR, dt.date(BASE_YEAR, 12, 31))
    cat.adjustments = {}
    by_code = {i.code: i for i in cat.items.values()}
    subjects = _subject_by_code(cat)
    for item, year, _filed in _cancelled_items(cat):
        if year != 2026:
            cat.items[item.id] = item
    for target, year, origins in MERGES:
        if year != 2026:
            del cat.items[by_code[target].id]
            for part, suffix, name in origins:
                old = _synthetic(f"{COUNTY_CODE}-{part}-XK-{suffix}", name, subjects[part])
                cat.items[old.id] = old
    for item in cat.items.values():
        if item.type is PowerType.LICENSING and ExerciseLevel.COUNTY.value in item.levels:
            item.levels = [ExerciseLevel.COUNTY.value]
            if item.note.startswith("已"):
                item.note = ""
    # The townships' own licences came with the delegations: none in the base year.
    townships = {sid for sid, s in cat.subjects.items() if s.kind.value == "乡镇"}
    for iid in [iid for iid, i in cat.items.items() if i.subject_id in townships and i.type is PowerType.LICENSING]:
        del cat.items[iid]
    _by_subject(cat)
    return cat


def write(directory: Path) -> list[Path]:
    from reformdesk.samples.datong_catalogue import build
    from reformdesk.store.catalogue_file import save_catalogue

    current = build()
    out = []
    for name, cat in ((BASE_FILE, base_year(current)), (LAST_FILE, last_year(current))):
        path = directory / name
        save_catalogue(cat, path)
        out.append(path)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reformdesk.samples.datong_years", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=None)
    args = parser.parse_args(argv)
    from reformdesk.samples.datong_catalogue import DEFAULT_DIR

    for path in write(args.directory or DEFAULT_DIR):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
