"""三级四同's 缺少: the reference items the county lacks, added to the county's list as a change set.

Each item comes with the reference's code, name, type, basis and the rest of its fields
(its own 责任事项, 追责情形 and 问责依据, or the type's template and the usual ones where it has none); its 实施主体 is the county's of the
same name, or a new one of that name and kind.  A sub-item goes under the county item that its
main item matches (``pairs``: county item id → reference item id, from conformity.conform), or
under its main item when that comes along in the same change.  Nothing changes here: the change
set adds the subjects and items, so one undo removes them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from reformdesk.domain.catalogue.edits import add_items, add_subjects, new_subject
from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem, Subject
from reformdesk.domain.catalogue.registry import ITEM_FIELDS, CatalogueKind
from reformdesk.domain.catalogue.responsibilities import accountability_for, steps_for
from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import new_id

_OWN = {"subject_id", "parent_id"}


def add_missing(
    cat: Catalogue, reference: Catalogue, reference_ids: Iterable[str], pairs: Mapping[str, str]
) -> ChangeSet:
    """Copies of the reference items ``reference_ids`` in ``cat`` (see the module docstring); main items first."""
    wanted = [rid for rid in dict.fromkeys(reference_ids) if rid in reference.items]
    # Main items before their sub-items, so a sub-item finds its main item's copy.
    wanted.sort(key=lambda rid: reference.items[rid].parent_id is not None)
    county_of = {rid: iid for iid, rid in pairs.items()}
    subjects = cat.subject_by_name()
    new_subjects: list[Subject] = []
    copies: list[CatalogueItem] = []
    for rid in wanted:
        ref = reference.items[rid]
        subject_id: str | None = None
        source = reference.subjects.get(ref.subject_id or "")
        if source is not None:
            subject_id = subjects.get(source.name)
            if subject_id is None:
                subject = new_subject(source.name, source.kind, code=source.code, note="")
                new_subjects.append(subject)
                subjects[source.name] = subject_id = subject.id
        values: dict[str, Any] = {
            f.name: (list(v) if isinstance(v := getattr(ref, f.name), list) else v)
            for f in ITEM_FIELDS
            if f.name not in _OWN
        }
        if not values["responsibility_steps"]:
            values["responsibility_steps"] = steps_for(ref.type)
        # As 套用模板 does: the usual 追责情形 and 问责依据 where the reference has none (a province's
        # 通用目录 seldom lists them), so an added item is not a new item.no_accountability warning.
        cases, basis = accountability_for(ref.type)
        values["accountability_cases"] = values["accountability_cases"] or cases
        values["accountability_basis"] = values["accountability_basis"] or basis
        parent = county_of.get(ref.parent_id or "") if ref.parent_id else None
        item: CatalogueItem = CatalogueKind.ITEM.spec.new(
            id=new_id(), subject_id=subject_id, parent_id=parent, **values
        )
        copies.append(item)
        county_of[rid] = item.id
    return add_subjects(new_subjects).extend(add_items(cat, copies)) if copies else ChangeSet()
