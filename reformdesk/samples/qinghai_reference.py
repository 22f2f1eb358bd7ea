"""The sample reference list (通用目录) for 三级四同: ``python -m reformdesk.samples.qinghai_reference [DIR]``.

Illustrative, and titled so: a province's county-level 通用目录 as it would apply to
大通县, built from the county sample (samples/datong_catalogue.py) with the differences
real lists show (:data:`DIFFERENCES`): names worded otherwise, codes that differ, a
type, bases and clauses, differences of spelling only (full-width brackets, 〈〉 for 《》)
that the check must not count, county items the reference lacks (县级独有) and
reference items the county lacks.  Written as a plain workbook the way provinces
publish theirs (a title row, then 序号 · 实施主体 · 职权编码 · 职权名称 · 职权类型 ·
法律法规依据 · 具体条款 · 行使层级, sub-items numbered 3.1), so reading it exercises the
importer too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem
from reformdesk.samples import datong_catalogue

SAMPLE_FILE = "qinghai_reference.xlsx"
TITLE = "青海省县级权责清单通用目录（大通县适用，示例）"
HEADERS = ("序号", "实施主体", "职权编码", "职权名称", "职权类型", "法律法规依据", "具体条款", "行使层级")

#: County item (by name) → what the reference says instead, field by field.
DIFFERENCES: dict[str, dict[str, str]] = {
    # names worded differently
    "食品生产许可": {"name": "食品生产许可证核发"},
    "企业投资项目核准": {"name": "企业投资项目核准（含外商投资项目）"},
    "婚姻登记": {"name": "内地居民婚姻登记"},
    # codes differing (matched by name and type)
    "取水许可": {"code": "630121-SL-XK-0101"},
    "使用林地审核": {"code": "630121-LC-XK-0011"},
    # a type
    "企业投资项目备案": {"type": "行政确认"},
    # bases and clauses
    "对生产经营单位未建立事故隐患排查治理制度的处罚": {"basis_clause": "第一百零一条"},
    "建设项目环境影响评价文件审批": {"legal_basis": "《中华人民共和国环境影响评价法》《建设项目环境保护管理条例》"},
    # a clause, and a name that differs only in width: the name conforms, the clause does not
    "民办学校（幼儿园）设立审批": {"name": "民办学校(幼儿园)设立审批", "basis_clause": "第十二条、第十四条"},
    # spelling only: conforms
    "动物防疫条件合格证核发": {"legal_basis": "〈中华人民共和国动物防疫法〉"},
    "农作物种子生产经营许可证核发": {"name": "农作物种子生产经营许可证核发 "},
}
#: County items the reference has not (县级独有).
COUNTY_ONLY = ("雨露计划职业教育补助发放", "防止返贫监测对象认定", "政务服务“好差评”受理")
#: Reference items the county lacks: subject, code, name, type, law, clause.
MISSING: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "县市场监督管理局",
        "630121-SJ-XK-0101",
        "药品零售企业经营许可",
        "行政许可",
        "《中华人民共和国药品管理法》",
        "第五十二条",
    ),
    ("县交通运输局", "630121-JT-XK-0101", "出租汽车经营许可", "行政许可", "《巡游出租汽车经营服务管理规定》", "第八条"),
    ("县卫生健康局", "630121-WJ-XK-0101", "放射诊疗许可", "行政许可", "《放射诊疗管理规定》", "第十一条"),
)


def _row(cat: Catalogue, item: CatalogueItem) -> dict[str, str]:
    return {
        "subject": cat.subject_name(item),
        "code": item.code,
        "name": item.name,
        "type": item.type.value,
        "legal_basis": item.legal_basis,
        "basis_clause": item.basis_clause,
        "levels": "、".join(("省级", "市级", *item.levels)),
    }


def reference_rows() -> list[tuple[str, dict[str, str]]]:
    """(序号, row) of the reference list, in the county's order with the missing items after their subjects'."""
    cat = datong_catalogue.build()
    assert set(DIFFERENCES) | set(COUNTY_ONLY) <= {i.name for i in cat.items.values()}
    out: list[tuple[str, dict[str, str]]] = []
    main_number, sub_number = 0, 0
    by_subject: dict[str, list[tuple[str, str, str, str, str, str]]] = {}
    for m in MISSING:
        by_subject.setdefault(m[0], []).append(m)
    items = list(cat.items.values())
    for n, item in enumerate(items):
        if item.name in COUNTY_ONLY:
            continue
        row = _row(cat, item)
        row.update(DIFFERENCES.get(item.name, {}))
        if item.parent_id is None:
            main_number, sub_number = main_number + 1, 0
            out.append((str(main_number), row))
        else:
            sub_number += 1
            out.append((f"{main_number}.{sub_number}", row))
        last_of_subject = n + 1 == len(items) or items[n + 1].subject_id != item.subject_id
        if last_of_subject:
            for subject, code, name, ptype, law, clause in by_subject.pop(row["subject"], []):
                main_number += 1
                out.append(
                    (
                        str(main_number),
                        {
                            "subject": subject,
                            "code": code,
                            "name": name,
                            "type": ptype,
                            "legal_basis": law,
                            "basis_clause": clause,
                            "levels": "省级、市级、县级",
                        },
                    )
                )
    assert not by_subject
    return out


def write(path: Path) -> int:
    """Write the workbook; returns the number of items."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "通用目录"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(list(HEADERS))
    rows = reference_rows()
    keys = ("subject", "code", "name", "type", "legal_basis", "basis_clause", "levels")
    for seq, row in rows:
        ws.append([seq, *(row[k] for k in keys)])
    ws.append([])
    ws.append(["注：本目录为示例数据，用于演示三级四同比对，不是青海省实际公布的通用目录。"])
    for letter, width in zip("ABCDEFGH", (6, 22, 20, 40, 12, 36, 16, 16), strict=True):
        ws.column_dimensions[letter].width = width
    wb.properties.creator = "ReformDesk"
    wb.properties.title = TITLE
    wb.save(path)
    return len(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reformdesk.samples.qinghai_reference", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=datong_catalogue.DEFAULT_DIR)
    args = parser.parse_args(argv)
    out: Path = args.directory
    out.mkdir(parents=True, exist_ok=True)
    n = write(out / SAMPLE_FILE)
    print(f"{out / SAMPLE_FILE}: {n} 事项")
    return 0


if __name__ == "__main__":
    sys.exit(main())
