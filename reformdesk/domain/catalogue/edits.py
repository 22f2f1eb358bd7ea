"""Edits of a catalogue, each returned as a change set (nothing is changed here).

The GUI wraps one in an undo command (gui/edits/), the command line applies it.  An edit
that would change nothing returns an empty (falsy) change set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem, Subject, SubjectKind
from reformdesk.domain.catalogue.registry import CatalogueKind as K
from reformdesk.domain.catalogue.responsibilities import accountability_for, steps_for
from reformdesk.domain.changes import ChangeSet, set_fields
from reformdesk.domain.model import PowerType, new_id


def new_subject(name: str, kind: SubjectKind = SubjectKind.DEPARTMENT, **values: Any) -> Subject:
    """A new 实施主体 (not yet in any catalogue)."""
    return K.SUBJECT.spec.new(id=values.pop("id", None) or new_id(), name=name, kind=kind, **values)  # type: ignore[no-any-return]


def new_item(name: str, subject_id: str | None, power_type: PowerType, **values: Any) -> CatalogueItem:
    """A new item; its 责任事项 start from the type's template unless given."""
    values.setdefault("responsibility_steps", steps_for(power_type))
    return K.ITEM.spec.new(  # type: ignore[no-any-return]
        id=values.pop("id", None) or new_id(), name=name, subject_id=subject_id, type=power_type, **values
    )


def add_subjects(subjects: Iterable[Subject]) -> ChangeSet:
    return ChangeSet().add(K.SUBJECT, list(subjects))  # type: ignore[arg-type]


def add_items(cat: Catalogue, items: Iterable[CatalogueItem], position: int | None = None) -> ChangeSet:
    """Add items at the end, or from ``position`` on (their final places)."""
    items = list(items)
    if position is None:
        return ChangeSet().add(K.ITEM, items)  # type: ignore[arg-type]
    start = max(0, min(position, len(cat.items)))
    return ChangeSet().add(K.ITEM, items, list(range(start, start + len(items))))  # type: ignore[arg-type]


def remove_items(cat: Catalogue, item_ids: Iterable[str]) -> ChangeSet:
    """Remove items and their sub-items (a sub-item does not outlive its main item)."""
    doomed = dict.fromkeys(i for i in item_ids if i in cat.items)
    children = cat.children()
    queue = list(doomed)
    while queue:
        for child in children.get(queue.pop(), []):
            if child not in doomed:
                doomed[child] = None
                queue.append(child)
    return ChangeSet().remove(K.ITEM, list(doomed)) if doomed else ChangeSet()  # type: ignore[arg-type]


def remove_subjects(cat: Catalogue, subject_ids: Iterable[str]) -> ChangeSet:
    """Remove subjects with their items: a department's list goes with the department.

    One change set, so one undo step puts the subject and every item back.
    """
    ids = set(subject_ids) & set(cat.subjects)
    if not ids:
        return ChangeSet()
    out = remove_items(cat, [iid for iid, i in cat.items.items() if i.subject_id in ids])
    return out.extend(ChangeSet().remove(K.SUBJECT, [s for s in cat.subjects if s in ids]))  # type: ignore[arg-type]


def set_item_fields(cat: Catalogue, values: Mapping[str, Mapping[str, Any]]) -> ChangeSet:
    """Set fields of items: ``{item id: {field: value}}``; only what differs is set."""
    return set_fields(cat, K.ITEM, values)  # type: ignore[arg-type]


def set_subject_fields(cat: Catalogue, values: Mapping[str, Mapping[str, Any]]) -> ChangeSet:
    return set_fields(cat, K.SUBJECT, values)  # type: ignore[arg-type]


def set_info(cat: Catalogue, values: Mapping[str, Any]) -> ChangeSet:
    changed = {f: v for f, v in values.items() if getattr(cat.info, f) != v}
    return ChangeSet().set_info(changed) if changed else ChangeSet()


def apply_template(cat: Catalogue, item_ids: Iterable[str], *, accountability: bool = False) -> ChangeSet:
    """Give items the 责任事项 template of their type (and, asked, the usual 追责情形 and 问责依据).

    Replaces the steps the items have: the user adapts them from there, and undo
    brings the old ones back.
    """
    values: dict[str, dict[str, Any]] = {}
    for iid in item_ids:
        item = cat.items.get(iid)
        if item is None:
            continue
        fields: dict[str, Any] = {"responsibility_steps": steps_for(item.type)}
        if accountability:
            fields["accountability_cases"], fields["accountability_basis"] = accountability_for(item.type)
        values[iid] = fields
    return set_item_fields(cat, values)


def fill_empty_steps(cat: Catalogue) -> ChangeSet:
    """The template for every item with no 责任事项 yet (an imported list without them)."""
    return apply_template(cat, [iid for iid, i in cat.items.items() if not i.responsibility_steps])
