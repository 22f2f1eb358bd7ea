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
from reformdesk.domain.registry import QT_TRANSLATE_NOOP
from reformdesk.domain.validation import Names, Problem, Severity, Subject, Term, render

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


#: An item with neither name nor code, as messages name it.
NO_NAME = Term(QT_TRANSLATE_NOOP("Problems", "（无名称）"))


def check(cat: Catalogue) -> list[Problem]:
    """Every problem, subjects first, then items in catalogue order.  Linear in the items.

    Messages are templates (context "Problems", as in domain/validation.py) with named
    parameters: the CLI prints them in Chinese, the window in the user's language.
    """
    out: list[Problem] = []

    def add(code: str, template: str, kind: K, eid: str | None, /, **params: object) -> None:
        out.append(Problem(code, CODES[code], render(template, params), kind, eid, template, params))  # type: ignore[arg-type]

    names = Counter(s.name.strip() for s in cat.subjects.values())
    used = Counter(i.subject_id for i in cat.items.values())
    for sid, s in cat.subjects.items():
        if names[s.name.strip()] > 1:
            add(
                "subject.duplicate_name",
                QT_TRANSLATE_NOOP("Problems", "实施主体“{name}”重复"),
                K.SUBJECT,
                sid,
                name=s.name,
            )
        if not used[sid]:
            add(
                "subject.no_items",
                QT_TRANSLATE_NOOP("Problems", "实施主体“{name}”没有权责事项"),
                K.SUBJECT,
                sid,
                name=s.name,
            )
    codes = Counter(i.code.strip() for i in cat.items.values() if i.code.strip())
    levels = set(LEVELS)
    named = Counter((i.subject_id, i.name.strip(), i.type) for i in cat.items.values() if i.name.strip())
    for iid, i in cat.items.items():
        label = i.name or i.code or NO_NAME
        where = Subject(cat.subject_name(i))
        code = i.code.strip()
        if not code:
            add(
                "item.no_code",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”没有职权编码"),
                K.ITEM,
                iid,
                where=where,
                label=label,
            )
        elif codes[code] > 1:
            add(
                "item.duplicate_code",
                QT_TRANSLATE_NOOP("Problems", "职权编码{code}重复（{label}）"),
                K.ITEM,
                iid,
                code=code,
                label=label,
            )
        if not i.name.strip():
            add(
                "item.no_name",
                QT_TRANSLATE_NOOP("Problems", "{where}职权编码{code}的事项没有职权名称"),
                K.ITEM,
                iid,
                where=where,
                code=code,
            )
        elif named[(i.subject_id, i.name.strip(), i.type)] > 1:
            add(
                "item.duplicate_name",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”（{type}）列了不止一次"),
                K.ITEM,
                iid,
                where=where,
                label=label,
                type=i.type,
            )
        if i.subject_id not in cat.subjects:
            add("item.no_subject", QT_TRANSLATE_NOOP("Problems", "“{label}”没有实施主体"), K.ITEM, iid, label=label)
        if not i.legal_basis.strip():
            add(
                "item.no_basis",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”没有法律法规依据"),
                K.ITEM,
                iid,
                where=where,
                label=label,
            )
        elif not i.basis_clause.strip() and "第" not in i.legal_basis:
            add(
                "item.no_clause",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”的依据没有具体条款"),
                K.ITEM,
                iid,
                where=where,
                label=label,
            )
        if not i.levels:
            add(
                "item.no_levels",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”没有行使层级"),
                K.ITEM,
                iid,
                where=where,
                label=label,
            )
        bad = [v for v in i.levels if v not in levels]
        if bad:
            add(
                "item.bad_level",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”的行使层级“{levels}”不是省级、市级、县级或乡级"),
                K.ITEM,
                iid,
                where=where,
                label=label,
                levels=Names(bad),
            )
        if not any(s.strip() for s in i.responsibility_steps):
            add(
                "item.no_steps",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”没有责任事项"),
                K.ITEM,
                iid,
                where=where,
                label=label,
            )
        if not i.accountability_cases.strip() or not i.accountability_basis.strip():
            add(
                "item.no_accountability",
                QT_TRANSLATE_NOOP("Problems", "{where}“{label}”缺少追责情形或问责依据"),
                K.ITEM,
                iid,
                where=where,
                label=label,
            )
        parent = cat.items.get(i.parent_id or "")
        if parent is not None:
            if parent.subject_id != i.subject_id:
                add(
                    "item.sub_item_subject",
                    QT_TRANSLATE_NOOP("Problems", "子项“{label}”的实施主体与主项“{main}”不同"),
                    K.ITEM,
                    iid,
                    label=label,
                    main=parent.name,
                )
            if parent.parent_id is not None:
                add(
                    "item.nested_sub_item",
                    QT_TRANSLATE_NOOP("Problems", "“{label}”是子项“{main}”的子项（清单只有主项和子项两级）"),
                    K.ITEM,
                    iid,
                    label=label,
                    main=parent.name,
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
