"""Every edit of a county catalogue, named: each pushes one undo command.

The change sets come from :mod:`reformdesk.domain.catalogue.edits` (and, for 三级四同,
:mod:`reformdesk.domain.catalogue.conformity`); the command is the town plan's
:class:`~reformdesk.gui.edits.commands.ChangeCommand`, which needs only a document with
``apply``/``revert``.  Each step is named after its subject, so 编辑 → 撤销 says what it undoes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reformdesk.domain.catalogue import edits as domain
from reformdesk.domain.catalogue.conformity import COMPARED
from reformdesk.domain.catalogue.missing import add_missing as missing_changes
from reformdesk.domain.catalogue.model import CatalogueItem, Subject, SubjectKind
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.registry import FIELDS_CONTEXT
from reformdesk.gui.contexts import CatalogueEdits
from reformdesk.gui.edits.commands import ChangeCommand
from reformdesk.gui.edits.plan_edits import _fill
from reformdesk.gui.models.labels import join_list

if TYPE_CHECKING:
    from reformdesk.gui.catalogue.document import CatalogueDocument

__all__ = [
    "add_item",
    "add_missing",
    "add_subject",
    "adopt_reference",
    "apply_changes",
    "apply_template",
    "remove_items",
    "remove_subjects",
    "set_info",
    "set_item_fields",
    "set_subject_fields",
]

#: More names than this and an undo text counts instead of listing.
NAMED = 3


def _push(doc: CatalogueDocument, changes: ChangeSet, text: str) -> bool:
    if not changes or doc.read_only:
        return False
    return doc.push(ChangeCommand(doc, changes, text))  # type: ignore[arg-type]


def _item_name(item: CatalogueItem) -> str:
    return item.name or item.code or QCoreApplication.translate("CatalogueEdits", "（无名称）")


def _item_names(doc: CatalogueDocument, ids: Sequence[str]) -> str:
    if len(ids) > NAMED:
        return CatalogueEdits.tr("%n 项事项", "", len(ids))
    return join_list([_item_name(doc.cat.items[i]) for i in ids if i in doc.cat.items])


def _labels(names: Sequence[str]) -> str:
    spec = CatalogueKind.ITEM.spec
    return join_list([QCoreApplication.translate(FIELDS_CONTEXT, spec.field(f).label) for f in names])


def add_subject(doc: CatalogueDocument, name: str, kind: SubjectKind = SubjectKind.DEPARTMENT) -> Subject | None:
    """A new 实施主体 at the end; None when the name is empty or the catalogue read-only."""
    name = name.strip()
    if not name:
        return None
    subject = domain.new_subject(name, kind, code="", note="")
    ok = _push(
        doc,
        domain.add_subjects([subject]),
        _fill(QCoreApplication.translate("CatalogueEdits", "新增实施主体 %1"), name),
    )
    return subject if ok else None


def remove_subjects(doc: CatalogueDocument, subject_ids: Sequence[str]) -> bool:
    """Remove 实施主体 with their items: one step that puts all of them back."""
    names = [doc.cat.subjects[s].name for s in subject_ids if s in doc.cat.subjects]
    text = _fill(
        QCoreApplication.translate("CatalogueEdits", "删除实施主体 %1"),
        join_list(names) if len(names) <= NAMED else CatalogueEdits.tr("%n 个", "", len(names)),
    )
    return _push(doc, domain.remove_subjects(doc.cat, subject_ids), text)


def set_subject_fields(doc: CatalogueDocument, subject_id: str, values: Mapping[str, Any]) -> bool:
    subject = doc.cat.subjects.get(subject_id)
    if subject is None:
        return False
    changes = domain.set_subject_fields(doc.cat, {subject_id: values})
    return _push(doc, changes, _fill(QCoreApplication.translate("CatalogueEdits", "修改实施主体 %1"), subject.name))


def add_item(doc: CatalogueDocument, item: CatalogueItem) -> bool:
    """Add a new item (a main item, or a sub-item when it has a parent) after its main item's last sub-item."""
    position: int | None = None
    if item.parent_id is not None and item.parent_id in doc.cat.items:
        ids = list(doc.cat.items)
        siblings = doc.cat.children().get(item.parent_id, [])
        position = ids.index(siblings[-1] if siblings else item.parent_id) + 1
    text = _fill(
        QCoreApplication.translate("CatalogueEdits", "新增子项 %1")
        if item.parent_id
        else QCoreApplication.translate("CatalogueEdits", "新增事项 %1"),
        _item_name(item),
    )
    return _push(doc, domain.add_items(doc.cat, [item], position), text)


def remove_items(doc: CatalogueDocument, item_ids: Sequence[str]) -> bool:
    """Remove items and their sub-items: one step."""
    changes = domain.remove_items(doc.cat, item_ids)
    return _push(
        doc, changes, _fill(QCoreApplication.translate("CatalogueEdits", "删除 %1"), _item_names(doc, list(item_ids)))
    )


def set_item_fields(doc: CatalogueDocument, item_id: str, values: Mapping[str, Any]) -> bool:
    """Change fields of one item (the item dialog's OK): one step named after the item and the fields."""
    item = doc.cat.items.get(item_id)
    if item is None:
        return False
    changes = domain.set_item_fields(doc.cat, {item_id: values})
    changed = changes.field_values(CatalogueKind.ITEM).get(item_id, {})  # type: ignore[arg-type]
    if not changed:
        return False
    return _push(
        doc,
        changes,
        _fill(QCoreApplication.translate("CatalogueEdits", "修改 %1 的%2"), _item_name(item), _labels(list(changed))),
    )


def apply_template(doc: CatalogueDocument, item_ids: Sequence[str], *, accountability: bool = False) -> bool:
    """The 责任事项 template of each item's type (and the usual 追责情形/问责依据 when asked)."""
    changes = domain.apply_template(doc.cat, item_ids, accountability=accountability)
    return _push(
        doc,
        changes,
        _fill(QCoreApplication.translate("CatalogueEdits", "为 %1 套用责任事项模板"), _item_names(doc, list(item_ids))),
    )


def adopt_reference(doc: CatalogueDocument, choices: Mapping[str, Sequence[str]]) -> bool:
    """三级四同: take the reference's value of the chosen fields, ``{county item id: [field, …]}``: one step.

    Fields that do not differ are left alone (the change set holds only what differs).
    """
    result, reference = doc.conformity(), doc.reference
    if result is None or reference is None:
        return False
    values: dict[str, dict[str, Any]] = {}
    for iid, names in choices.items():
        rid = result.pairs.get(iid)
        if rid is None:
            continue
        ref = reference.items[rid]
        for name in names:
            if name in COMPARED:
                values.setdefault(iid, {})[name] = getattr(ref, name)
    changes = domain.set_item_fields(doc.cat, values)
    changed = changes.field_values(CatalogueKind.ITEM)  # type: ignore[arg-type]
    if not changed:
        return False
    fields = [f for f in COMPARED if any(f in v for v in changed.values())]
    text = _fill(
        QCoreApplication.translate("CatalogueEdits", "%1 采用参照目录的%2"),
        _item_names(doc, list(changed)),
        _labels(fields),
    )
    return _push(doc, changes, text)


def add_missing(doc: CatalogueDocument, reference_ids: Sequence[str]) -> bool:
    """三级四同's 缺少: reference items added to the county's list (with their 实施主体): one step."""
    result, reference = doc.conformity(), doc.reference
    if result is None or reference is None:
        return False
    changes = missing_changes(doc.cat, reference, reference_ids, result.pairs)
    if len(reference_ids) > NAMED:
        names = CatalogueEdits.tr("%n 项事项", "", len(reference_ids))
    else:
        names = join_list([_item_name(reference.items[r]) for r in reference_ids if r in reference.items])
    return _push(doc, changes, QCoreApplication.translate("CatalogueEdits", "从参照目录加入 %1").replace("%1", names))


def apply_changes(doc: CatalogueDocument, changes: ChangeSet, text: str) -> bool:
    """A change set built elsewhere (an imported list) as one step named ``text``."""
    return _push(doc, changes, text)


def set_info(doc: CatalogueDocument, values: Mapping[str, Any]) -> bool:
    return _push(doc, domain.set_info(doc.cat, values), QCoreApplication.translate("CatalogueEdits", "修改清单信息"))
