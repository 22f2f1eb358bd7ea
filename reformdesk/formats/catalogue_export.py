"""The published 权力清单和责任清单 (两单融合): a summary by type, then a sheet per 实施主体.

Columns follow FORMS.md: 序号 · 职权编码 · 职权名称 · 子项 · 职权类型 · 实施依据 · 实施主体 ·
责任事项 (numbered steps) · 追责情形 · 问责依据 · 监督方式/电话 · 备注.  A sub-item's row
carries its main item's name under 职权名称 and its own under 子项, numbered 3.1, 3.2 …,
so the sheet reads back through the import as the same main item and sub-items.  Every
sheet has the official look of formats/style.py (title, 填表单位（盖章）/填表时间, a bordered
header repeated on every printed page, A4 landscape, 第 N 页 共 M 页); a catalogue with
errors is marked 草稿 on every page.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from reformdesk.domain.catalogue.checks import check
from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem
from reformdesk.domain.model import PowerType
from reformdesk.domain.validation import Severity
from reformdesk.formats.export import write_tables
from reformdesk.formats.style import Align, Column, TableSheet, Total

SHEET_SUMMARY = "汇总"
NO_SUBJECT = "未明确实施主体"

C = Align.CENTER
# Widths chosen so the twelve columns fit A4 landscape at about 80%: the long texts (追责情形,
# 实施依据) wrap within their columns rather than shrink the whole page.
ITEM_COLUMNS = (
    Column("序号", C, 5, 5),
    # Wide enough for a sub-item's code on one line (630121-SJ-XK-0003-01 is 20 characters).
    Column("职权编码", min_width=10, max_width=32),  # a sub-item's 20-character code on one line
    Column("职权名称", min_width=12, max_width=18),
    Column("子项", min_width=6, max_width=12),
    Column("职权类型", C, 6, 8),
    Column("实施依据", min_width=12, max_width=22),
    Column("实施主体", min_width=8, max_width=10),
    Column("责任事项", min_width=8, max_width=12),
    Column("追责情形", min_width=14, max_width=26),
    Column("问责依据", min_width=10, max_width=18),
    Column("监督方式/电话", min_width=10, max_width=16),
    Column("备注", min_width=4, max_width=6),
)
SUMMARY_COLUMNS = (
    Column("序号", C, 5, 6),
    Column("实施主体", min_width=16, max_width=26),
    *(Column(t.value, C, 5, 9) for t in PowerType),
    Column("合计", C, 5, 8),
)
NOTES = (
    "职权类型按行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、"
    "其他行政权力（“9+X”）和公共服务分类；子项按“主项序号.子项序号”编号。",
    "实施依据列明法律法规名称及具体条款；责任事项按办理环节依次列出。",
)


def responsibility_text(steps: list[str]) -> str:
    """责任事项 as printed: one numbered step a line."""
    return "\n".join(f"{n}.{s}" for n, s in enumerate(steps, start=1))


def supervision_text(item: CatalogueItem) -> str:
    way, phone = item.supervision.strip(), item.supervision_phone.strip()
    if way and phone:
        return f"{way}\n监督电话：{phone}"
    return way or (f"监督电话：{phone}" if phone else "")


def _item_row(cat: Catalogue, seq: str, item: CatalogueItem, main: CatalogueItem | None) -> list[object]:
    return [
        seq,
        item.code,
        main.name if main is not None else item.name,
        item.name if main is not None else "",
        item.type.value,
        cat.basis(item),
        cat.subject_name(item),
        responsibility_text(item.responsibility_steps),
        item.accountability_cases,
        item.accountability_basis,
        supervision_text(item),
        item.note,
    ]


def subject_rows(cat: Catalogue, items: list[CatalogueItem]) -> Iterator[list[object]]:
    """A subject's rows: each main item followed by its sub-items (3, 3.1, 3.2 …)."""
    ids = {i.id for i in items}
    subs: dict[str, list[CatalogueItem]] = {}
    for i in items:
        if i.parent_id in ids:
            subs.setdefault(i.parent_id, []).append(i)  # type: ignore[arg-type]
    n = 0
    for item in items:
        if item.parent_id in ids:
            continue  # under its main item
        n += 1
        yield _item_row(cat, str(n), item, None)
        for k, sub in enumerate(subs.get(item.id, []), start=1):
            yield _item_row(cat, f"{n}.{k}", sub, item)


def _summary_rows(cat: Catalogue, groups: list[tuple[str, list[CatalogueItem]]]) -> Iterator[list[object]]:
    types = list(PowerType)
    total = [0] * (len(types) + 1)
    for n, (name, items) in enumerate(groups, start=1):
        counts = [0] * len(types)
        for i in items:
            counts[types.index(i.type)] += 1
        row = [*counts, len(items)]
        total = [a + b for a, b in zip(total, row, strict=True)]
        yield [n, name, *(c or "" for c in counts), len(items)]
    yield ["", Total("合计"), *total]


def _groups(cat: Catalogue) -> list[tuple[str, list[CatalogueItem]]]:
    """(subject name, items) for every subject with items, in catalogue order; then items without one."""
    by_subject = cat.by_subject()
    out = [(s.name, by_subject[sid]) for sid, s in cat.subjects.items() if by_subject.get(sid)]
    if by_subject.get(None):
        out.append((NO_SUBJECT, by_subject[None]))
    return out


def catalogue_sheets(cat: Catalogue) -> list[TableSheet]:
    errors = sum(1 for p in check(cat) if p.severity is Severity.ERROR)
    draft = f"草稿（存在 {errors} 项错误，不可发布）" if errors else ""
    title = cat.info.title or f"{cat.info.county}权力清单和责任清单"
    groups = _groups(cat)
    sheets = [
        TableSheet(
            SHEET_SUMMARY,
            f"{title}事项汇总表",
            SUMMARY_COLUMNS,
            _summary_rows(cat, groups),
            notes=(f"共 {len(groups)} 个实施主体、{len(cat.items)} 项事项（含子项）。",),
            draft=draft,
        )
    ]
    for name, items in groups:
        sheets.append(
            TableSheet(
                name, f"{name}权力清单和责任清单", ITEM_COLUMNS, subject_rows(cat, items), notes=NOTES, draft=draft
            )
        )
    return sheets


def export_catalogue(cat: Catalogue, path: str | os.PathLike[str]) -> None:
    """Write the summary and one sheet per 实施主体 to ``path`` (.xlsx), atomically; ExportError when it cannot."""
    write_tables(catalogue_sheets(cat), path, office=cat.info.office, date=cat.info.date, title=cat.info.title)


__all__ = ["catalogue_sheets", "export_catalogue", "responsibility_text", "subject_rows"]
