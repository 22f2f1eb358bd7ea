"""Yearly versions of a catalogue (动态调整): a new year's version, and the changes between two.

Each year's catalogue is a version: one .rdcatalog per year, its 年度 in the catalogue's
info.  :func:`new_year_version` makes next year's from the last (新建年度版本): a copy with
the same item ids and the records so far, so the record history travels with the list.

:func:`compare_versions` lists what changed between an older and a newer version, each a
:class:`VersionChange`:

* 新增 — an item only in the new version; 取消 — only in the old;
* 下放 — in both, and moved from a county department to a township, or its lowest
  行使层级 lowered (县级 → 乡级; none given is the 实施主体's own level);
* 变更 — in both, other fields changed (each with before and after);
* 合并 — a new item whose 合并自 (``origins``) names several old items;
* 分设 — one old item named in the ``origins`` of several new items.

Items match by natural key (code, else 实施主体 · name), never by id, so versions drafted
apart compare.  Linear: dicts and one tuple comparison per item pair; a pair whose
compared values are equal as a tuple is not looked at field by field.

:func:`propose_adjustments` turns the changes into 动态调整 records the user completes
with 调整理由, 文件依据 and 文号 — a change set, so the GUI can undo it.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from reformdesk.domain.catalogue.model import (
    LEVELS,
    Adjustment,
    AdjustmentType,
    Catalogue,
    CatalogueItem,
    ExerciseLevel,
    SubjectKind,
)
from reformdesk.domain.catalogue.registry import CATALOGUE_KINDS, ENTITY_KINDS, CatalogueKind
from reformdesk.domain.changes import ChangeSet, set_fields
from reformdesk.domain.model import new_id
from reformdesk.domain.registry import ValueType

A = AdjustmentType
ITEM_SPEC = CATALOGUE_KINDS[CatalogueKind.ITEM]

#: Item fields compared between versions, in the order a change lists them.  The subject
#: and the main item are compared by name (ids may differ between versions drafted
#: apart); 备注 is left out: it notes the year's work ("已下放桥头镇"), not the list.
COMPARED: tuple[str, ...] = tuple(
    f.name for f in ITEM_SPEC.compared_fields if f.name not in ("code", "note", "parent_id", "subject_id")
)
_VALUES = attrgetter(*COMPARED)
#: Order of the changes in a listing (and in the 年度动态调整表).
ORDER: tuple[AdjustmentType, ...] = (A.ADD, A.CANCEL, A.DELEGATE, A.MERGE, A.SPLIT, A.CHANGE)
_YEAR_IN_TITLE = re.compile(r"(\d{4})(年版|年度)")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # the item attribute ("subject" for 实施主体)
    before: str
    after: str

    @property
    def label(self) -> str:
        return "实施主体" if self.field == "subject" else ITEM_SPEC.field(self.field).label

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "label": self.label, "before": self.before, "after": self.after}


@dataclass(slots=True)
class VersionChange:
    """One change between two versions; ``old_ids``/``new_ids`` name the items on each side."""

    action: AdjustmentType
    subject: str
    code: str
    name: str
    before: str
    after: str
    old_ids: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    fields: list[FieldChange] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "action": self.action.value,
            "subject": self.subject,
            "code": self.code,
            "name": self.name,
            "before": self.before,
            "after": self.after,
            "fields": [f.as_dict() for f in self.fields],
        }


def new_year_version(cat: Catalogue, year: int, date: dt.date | None = None) -> Catalogue:
    """Next year's version (新建年度版本): a copy of ``cat`` with its 年度 and title set to ``year``.

    Ids stay (the same items in the next year), the records so far are copied, the
    publication date is the one given (None until published).
    """
    out = Catalogue(info=copy.copy(cat.info))
    for kind in ENTITY_KINDS:
        spec = CATALOGUE_KINDS[kind]
        getter = attrgetter("id", *(f.name for f in spec.fields))
        lists = [n for n, f in enumerate(spec.fields, start=1) if f.type is ValueType.TEXT_LIST]
        table = spec.entities(out)
        for eid, ent in spec.entities(cat).items():
            values = list(getter(ent))
            for n in lists:  # not shared with last year's version
                values[n] = list(values[n])
            table[eid] = spec.cls(*values)
    out.info.year = year
    out.info.date = date
    title, n = _YEAR_IN_TITLE.subn(lambda m: f"{year}{m.group(2)}", out.info.title, count=1)
    out.info.title = title if n else f"{out.info.title or out.info.county + '权力清单和责任清单'}（{year}年版）"
    return out


def _keyed(cat: Catalogue) -> dict[str, CatalogueItem]:
    """Natural key → item; a repeated key gets a serial (the second of two same items is still an item)."""
    names = {sid: s.name for sid, s in cat.subjects.items()}
    out: dict[str, CatalogueItem] = {}
    for item in cat.items.values():
        code = item.code.strip()
        key = code if code else f"{names.get(item.subject_id or '', '')}·{item.name.strip()}"
        if key in out:
            n = 2
            while f"{key}#{n}" in out:
                n += 1
            key = f"{key}#{n}"
        out[key] = item
    return out


def _text(value: object) -> str:
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if hasattr(value, "value"):
        return str(value.value) or "按类型"  # type: ignore[attr-defined]
    return "" if value is None else str(value)


def _lowest(levels: list[str], kind: SubjectKind | None = None) -> int:
    """Index of the lowest level in LEVELS (省级 0 … 乡级 3).

    An item without 行使层级 is exercised at its 实施主体's own level — a county department's
    县级, a township's 乡级 — (a county list often leaves the column empty, and a clerk
    ticking 县级 and 乡级 next year delegates the item); -1 when neither says.
    """
    given = max((LEVELS.index(v) for v in levels if v in LEVELS), default=-1)
    if given >= 0 or kind is None:
        return given
    return LEVELS.index(ExerciseLevel.TOWNSHIP if kind is SubjectKind.TOWNSHIP else ExerciseLevel.COUNTY)


def _where(cat: Catalogue, item: CatalogueItem) -> str:
    levels = "、".join(item.levels)
    subject = cat.subject_name(item)
    return f"{subject}（{levels}）" if levels else subject


def _summary(cat: Catalogue, item: CatalogueItem) -> str:
    return f"{item.name}（{item.type.value}；{cat.subject_name(item)}）"


def compare_versions(old: Catalogue, new: Catalogue) -> list[VersionChange]:
    """The changes from ``old`` to ``new``, in :data:`ORDER`, each group in the new (or old) list's order."""
    old_by, new_by = _keyed(old), _keyed(new)
    old_kind = {sid: s.kind for sid, s in old.subjects.items()}
    new_kind = {sid: s.kind for sid, s in new.subjects.items()}
    old_names = {sid: s.name for sid, s in old.subjects.items()}
    new_names = {sid: s.name for sid, s in new.subjects.items()}
    out: dict[AdjustmentType, list[VersionChange]] = {a: [] for a in ORDER}
    consumed_old: set[str] = set()
    consumed_new: set[str] = set()

    # 合并 and 分设 first: they say which items on each side belong together.
    derived: dict[str, list[str]] = {}  # old key → new keys naming it in 合并自/分设自
    for key, item in new_by.items():
        for origin in item.origins:
            origin = origin.strip()
            if origin in old_by and origin != key:
                derived.setdefault(origin, []).append(key)
    for old_key, new_keys in derived.items():
        if len(new_keys) > 1 and old_key not in new_by:
            o = old_by[old_key]
            news = [new_by[k] for k in new_keys]
            out[A.SPLIT].append(
                VersionChange(
                    A.SPLIT,
                    old_names.get(o.subject_id or "", ""),
                    o.code,
                    o.name,
                    _summary(old, o),
                    "；".join(f"{n.code} {n.name}".strip() for n in news),
                    [o.id],
                    [n.id for n in news],
                )
            )
            consumed_old.add(old_key)
            consumed_new.update(new_keys)
    for key, item in new_by.items():
        if key in consumed_new:
            continue
        sources = [o.strip() for o in item.origins if o.strip() in old_by and o.strip() not in consumed_old]
        if len(sources) > 1 or (sources and key not in old_by):
            olds = [old_by[s] for s in sources]
            action = A.MERGE if len(sources) > 1 else A.CHANGE
            out[action].append(
                VersionChange(
                    action,
                    new_names.get(item.subject_id or "", ""),
                    item.code,
                    item.name,
                    "；".join(f"{o.code} {o.name}".strip() for o in olds),
                    _summary(new, item),
                    [o.id for o in olds],
                    [item.id],
                    [] if len(sources) > 1 else [FieldChange("code", olds[0].code, item.code)],
                )
            )
            consumed_old.update(sources)
            consumed_new.add(key)

    for key, item in new_by.items():
        if key in consumed_new:
            continue
        o = old_by.get(key)
        if o is None or key in consumed_old:
            out[A.ADD].append(
                VersionChange(
                    A.ADD,
                    new_names.get(item.subject_id or "", ""),
                    item.code,
                    item.name,
                    "",
                    _summary(new, item),
                    [],
                    [item.id],
                )
            )
            continue
        os_, ns = old_names.get(o.subject_id or "", ""), new_names.get(item.subject_id or "", "")
        same_values = _VALUES(o) == _VALUES(item)
        if same_values and os_ == ns and _parent_key(old, o) == _parent_key(new, item):
            continue
        fields: list[FieldChange] = []
        if os_ != ns:
            fields.append(FieldChange("subject", os_, ns))
        if _parent_key(old, o) != _parent_key(new, item):
            fields.append(FieldChange("parent_id", _parent_key(old, o), _parent_key(new, item)))
        if not same_values:
            for name in COMPARED:
                a, b = getattr(o, name), getattr(item, name)
                if a != b:
                    fields.append(FieldChange(name, _text(a), _text(b)))
        to_township = old_kind.get(o.subject_id or "") is SubjectKind.DEPARTMENT and (
            new_kind.get(item.subject_id or "") is SubjectKind.TOWNSHIP
        )
        lowered = (
            _lowest(item.levels, new_kind.get(item.subject_id or ""))
            > _lowest(o.levels, old_kind.get(o.subject_id or ""))
            >= 0
        )
        if to_township or lowered:
            out[A.DELEGATE].append(
                VersionChange(
                    A.DELEGATE,
                    os_ or ns,
                    item.code,
                    item.name,
                    _where(old, o),
                    _where(new, item),
                    [o.id],
                    [item.id],
                    fields,
                )
            )
        else:
            before = "；".join(f"{f.label}：{f.before or '（空）'}" for f in fields)
            after = "；".join(f"{f.label}：{f.after or '（空）'}" for f in fields)
            out[A.CHANGE].append(
                VersionChange(A.CHANGE, ns, item.code, item.name, before, after, [o.id], [item.id], fields)
            )
    for key, o in old_by.items():
        if key not in new_by and key not in consumed_old:
            out[A.CANCEL].append(
                VersionChange(
                    A.CANCEL,
                    old_names.get(o.subject_id or "", ""),
                    o.code,
                    o.name,
                    _summary(old, o),
                    "取消",
                    [o.id],
                    [],
                )
            )
    return [c for a in ORDER for c in out[a]]


def _parent_key(cat: Catalogue, item: CatalogueItem) -> str:
    parent = cat.items.get(item.parent_id or "")
    return "" if parent is None else cat.natural_key(parent)


def counts(changes: Iterable[VersionChange]) -> dict[str, int]:
    """调整类型 → number of changes, every type listed (0 where none)."""
    out = {a.value: 0 for a in ORDER}
    for c in changes:
        out[c.action.value] += 1
    return out


def record_key(action: str, code: str, subject: str, name: str) -> tuple[str, ...]:
    """Which record a change is: its 调整类型 and item by natural key (code, else 实施主体 · name).

    Not the name when there is a code, so an item renamed after its change was recorded
    (a 三级四同 name adopted later in the year) is the same record, not a second one.
    """
    return (action, code) if code else (action, subject, name)


def _change_key(change: VersionChange) -> tuple[str, ...]:
    return record_key(change.action.value, change.code, change.subject, change.name)


def recorded(cat: Catalogue, year: int) -> dict[tuple[str, ...], Adjustment]:
    """:func:`record_key` → record, of the records of ``year`` already in ``cat``."""
    return {
        record_key(a.action.value, a.code, a.subject, a.name): a for a in cat.adjustments.values() if a.year == year
    }


def stale_fields(record: Adjustment, change: VersionChange) -> dict[str, object]:
    """The texts of ``record`` that no longer describe ``change`` (事项名称, 实施主体, 调整前, 调整后)."""
    now = {"subject": change.subject, "name": change.name, "before": change.before, "after": change.after}
    return {k: v for k, v in now.items() if getattr(record, k) != v}


def as_record(change: VersionChange, year: int, **values: object) -> Adjustment:
    """The 动态调整 record of a change, for the user to complete (reason, document, date)."""
    spec = CATALOGUE_KINDS[CatalogueKind.ADJUSTMENT]
    fields: dict[str, object] = {
        "year": year,
        "action": change.action,
        "subject": change.subject,
        "code": change.code,
        "name": change.name,
        "before": change.before,
        "after": change.after,
    }
    fields.update(values)
    fields.setdefault("id", new_id())
    return spec.new(**fields)  # type: ignore[no-any-return]


def pending_records(
    cat: Catalogue, changes: Iterable[VersionChange], year: int | None = None
) -> tuple[list[Adjustment], dict[str, dict[str, object]]]:
    """New records for the changes not yet recorded for the year, and the texts to refresh
    (record id → fields) of records whose change has since grown (the item changed again)."""
    year = cat.info.year if year is None else year
    have = recorded(cat, year)
    added: list[Adjustment] = []
    refresh: dict[str, dict[str, object]] = {}
    for c in changes:
        record = have.get(_change_key(c))
        if record is None:
            added.append(as_record(c, year))
        elif stale := stale_fields(record, c):
            refresh[record.id] = stale
    return added, refresh


def propose_adjustments(cat: Catalogue, changes: Iterable[VersionChange], year: int | None = None) -> ChangeSet:
    """Add to ``cat`` a record per change not yet recorded for the year (its 年度 unless given),
    and bring a recorded change's 调整前/调整后 up to date (its reason and document are kept)."""
    added, refresh = pending_records(cat, changes, year)
    out = set_adjustment_fields(cat, refresh) if refresh else ChangeSet()
    if added:
        out = out.add(CatalogueKind.ADJUSTMENT, added)  # type: ignore[arg-type]
    return out


def year_records(cat: Catalogue, year: int | None = None) -> list[Adjustment]:
    """The records of one year (the catalogue's own by default), in :data:`ORDER` then file order."""
    year = cat.info.year if year is None else year
    rank = {a: n for n, a in enumerate(ORDER)}
    return sorted((a for a in cat.adjustments.values() if a.year == year), key=lambda a: rank[a.action])


def set_adjustment_fields(cat: Catalogue, values: dict[str, dict[str, object]]) -> ChangeSet:
    """Complete records (调整理由, 文件依据, 文号, 日期 …): ``{record id: {field: value}}``."""
    return set_fields(cat, CatalogueKind.ADJUSTMENT, values)  # type: ignore[arg-type]


def remove_adjustments(cat: Catalogue, ids: Iterable[str]) -> ChangeSet:
    doomed = [i for i in ids if i in cat.adjustments]
    return ChangeSet().remove(CatalogueKind.ADJUSTMENT, doomed) if doomed else ChangeSet()  # type: ignore[arg-type]
