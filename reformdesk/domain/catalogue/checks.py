"""Checks of a catalogue: problems with stable codes (``validate`` on a .rdcatalog file).

Codes (stable; tests, JSON):

* ``subject.duplicate_name`` — two 实施主体 with one name;
* ``subject.no_items`` — a 实施主体 without items;
* ``item.no_code`` — an item without 职权编码 (a warning: codes come from the province's
  list and are never invented here);
* ``item.duplicate_code`` — two items with one code;
* ``item.no_name`` — an item without 职权名称;
* ``item.duplicate_name`` — two items of one 实施主体 with one name and type (one item listed twice);
* ``item.no_subject`` — an item without 实施主体;
* ``item.no_basis`` — an item without 法律法规依据 (职权法定: no power without a law);
* ``item.no_clause`` — a basis without 具体条款;
* ``item.no_levels`` — no 行使层级;
* ``item.bad_level`` — a 行使层级 that is not 省级, 市级, 县级 or 乡级;
* ``item.no_steps`` — no 责任事项 (the responsibility list of 两单融合);
* ``item.no_accountability`` — no 追责情形 or no 问责依据;
* ``item.sub_item_subject`` — a sub-item under another 实施主体 than its main item;
* ``item.nested_sub_item`` — a sub-item of a sub-item (the list has two levels: 主项 and 子项).
"""

from __future__ import annotations

from collections import Counter

from reformdesk.domain.catalogue.model import LEVELS, Catalogue
from reformdesk.domain.catalogue.registry import CatalogueKind as K
from reformdesk.domain.model import PowerType
from reformdesk.domain.validation import Problem, Severity

E, W = Severity.ERROR, Severity.WARNING
CODES: dict[str, Severity] = {
    "subject.duplicate_name": E,
    "subject.no_items": W,
    "item.no_code": W,
    "item.duplicate_code": E,
    "item.no_name": E,
    "item.duplicate_name": W,
    "item.no_subject": E,
    "item.no_basis": E,
    "item.no_clause": W,
    "item.no_levels": W,
    "item.bad_level": E,
    "item.no_steps": W,
    "item.no_accountability": W,
    "item.sub_item_subject": E,
    "item.nested_sub_item": E,
}


def check(cat: Catalogue) -> list[Problem]:
    """Every problem, subjects first, then items in catalogue order.  Linear in the items."""
    out: list[Problem] = []

    def add(code: str, message: str, kind: K, eid: str | None) -> None:
        out.append(Problem(code, CODES[code], message, kind, eid))  # type: ignore[arg-type]

    names = Counter(s.name.strip() for s in cat.subjects.values())
    used = Counter(i.subject_id for i in cat.items.values())
    for sid, s in cat.subjects.items():
        if names[s.name.strip()] > 1:
            add("subject.duplicate_name", f"实施主体“{s.name}”重复", K.SUBJECT, sid)
        if not used[sid]:
            add("subject.no_items", f"实施主体“{s.name}”没有权责事项", K.SUBJECT, sid)
    codes = Counter(i.code.strip() for i in cat.items.values() if i.code.strip())
    levels = set(LEVELS)
    named = Counter((i.subject_id, i.name.strip(), i.type) for i in cat.items.values() if i.name.strip())
    for iid, i in cat.items.items():
        label = i.name or i.code or "（无名称）"
        subject = cat.subject_name(i)
        where = f"{subject}：" if subject else ""
        code = i.code.strip()
        if not code:
            add("item.no_code", f"{where}“{label}”没有职权编码", K.ITEM, iid)
        elif codes[code] > 1:
            add("item.duplicate_code", f"职权编码{code}重复（{label}）", K.ITEM, iid)
        if not i.name.strip():
            add("item.no_name", f"{where}职权编码{code}的事项没有职权名称", K.ITEM, iid)
        elif named[(i.subject_id, i.name.strip(), i.type)] > 1:
            add("item.duplicate_name", f"{where}“{label}”（{i.type.value}）列了不止一次", K.ITEM, iid)
        if i.subject_id not in cat.subjects:
            add("item.no_subject", f"“{label}”没有实施主体", K.ITEM, iid)
        if not i.legal_basis.strip():
            add("item.no_basis", f"{where}“{label}”没有法律法规依据", K.ITEM, iid)
        elif not i.basis_clause.strip() and "第" not in i.legal_basis:
            add("item.no_clause", f"{where}“{label}”的依据没有具体条款", K.ITEM, iid)
        if not i.levels:
            add("item.no_levels", f"{where}“{label}”没有行使层级", K.ITEM, iid)
        bad = [v for v in i.levels if v not in levels]
        if bad:
            add(
                "item.bad_level", f"{where}“{label}”的行使层级“{'、'.join(bad)}”不是省级、市级、县级或乡级", K.ITEM, iid
            )
        if not any(s.strip() for s in i.responsibility_steps):
            add("item.no_steps", f"{where}“{label}”没有责任事项", K.ITEM, iid)
        if not i.accountability_cases.strip() or not i.accountability_basis.strip():
            add("item.no_accountability", f"{where}“{label}”缺少追责情形或问责依据", K.ITEM, iid)
        parent = cat.items.get(i.parent_id or "")
        if parent is not None:
            if parent.subject_id != i.subject_id:
                add(
                    "item.sub_item_subject",
                    f"子项“{label}”的实施主体与主项“{parent.name}”不同",
                    K.ITEM,
                    iid,
                )
            if parent.parent_id is not None:
                add(
                    "item.nested_sub_item",
                    f"“{label}”是子项“{parent.name}”的子项（清单只有主项和子项两级）",
                    K.ITEM,
                    iid,
                )
    return out


def summary(cat: Catalogue) -> dict[str, object]:
    """``info --json`` of a catalogue (README)."""
    problems = check(cat)
    sev = Counter(p.severity for p in problems)
    types = Counter(i.type.value for i in cat.items.values())
    kinds = Counter(s.kind.value for s in cat.subjects.values())
    return {
        "kind": "catalogue",
        "title": cat.info.title,
        "county": cat.info.county,
        "year": cat.info.year,
        "subjects": len(cat.subjects),
        "subjects_by_kind": dict(sorted(kinds.items())),
        "items": len(cat.items),
        "sub_items": sum(1 for i in cat.items.values() if i.parent_id is not None),
        "items_by_type": {t: types[t] for t in sorted(types, key=_type_order)},
        "with_code": sum(1 for i in cat.items.values() if i.code.strip()),
        "with_steps": sum(1 for i in cat.items.values() if i.responsibility_steps),
        "problems": {"error": sev[Severity.ERROR], "warning": sev[Severity.WARNING]},
    }


_TYPE_ORDER = {t.value: n for n, t in enumerate(PowerType)}


def _type_order(value: str) -> int:
    return _TYPE_ORDER[value]
