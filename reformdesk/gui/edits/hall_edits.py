"""Edits of the service hall (便民服务): items into windows, staff onto windows, windows and items
added, changed and removed — each one named undo step ("将 食品经营许可 移到 3号窗口")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reformdesk.domain import edits as domain
from reformdesk.domain import service_hall as hall
from reformdesk.domain.changes import set_fields
from reformdesk.domain.model import ServiceItem, Window
from reformdesk.domain.registry import FIELDS_CONTEXT, EntityKind
from reformdesk.gui.contexts import Edits
from reformdesk.gui.edits.plan_edits import _fill, _names, _people_names, push
from reformdesk.gui.models.labels import join_list

if TYPE_CHECKING:
    from reformdesk.gui.document import Document

__all__ = [
    "add_service_item",
    "add_window",
    "assign_window_staff",
    "import_service_items",
    "move_service_items",
    "remove_service_items",
    "remove_windows",
    "set_service_item_fields",
    "set_window_fields",
]


def window_label(window: Window) -> str:
    return _fill(QCoreApplication.translate("Edits", "%1号窗口"), window.number)


def _item_names(doc: Document, ids: Iterable[str]) -> str:
    names = [doc.plan.service_items[i].name for i in ids]
    return _names(names, Edits.tr("%n 项事项", "", len(names)))


def move_service_items(doc: Document, item_ids: Iterable[str], window_id: str | None) -> bool:
    """Items into ``window_id`` (None = out of every window): "将 食品经营许可 移到 3号窗口"."""
    changes = hall.move_items(doc.plan, item_ids, window_id)
    moved = list(changes.field_values(EntityKind.SERVICE_ITEM))
    if not moved:
        return False
    names = _item_names(doc, moved)
    if window_id is None:
        text = _fill(QCoreApplication.translate("Edits", "将 %1 移出窗口"), names)
    else:
        text = _fill(
            QCoreApplication.translate("Edits", "将 %1 移到 %2"), names, window_label(doc.plan.windows[window_id])
        )
    return push(doc, changes, text)


def assign_window_staff(doc: Document, person_ids: Iterable[str], window_id: str | None) -> bool:
    """Staff to the front desk of ``window_id`` ("111+N": whoever was there leaves it); None = off their window."""
    ids = [p for p in person_ids if p in doc.plan.people]
    changes = hall.assign_staff(doc.plan, ids, window_id)
    if not changes:
        return False
    who = _people_names(doc.plan, ids)
    if window_id is None:
        text = _fill(QCoreApplication.translate("Edits", "%1 不再在窗口"), who)
    else:
        text = _fill(
            QCoreApplication.translate("Edits", "将 %1 安排到 %2"), who, window_label(doc.plan.windows[window_id])
        )
    return push(doc, changes, text)


def add_window(doc: Document, number: str | None = None, name: str = "", **fields: Any) -> Window | None:
    number = number or hall.next_window_number(doc.plan)
    changes, window = hall.add_window(doc.plan, number, name, **fields)
    text = _fill(QCoreApplication.translate("Edits", "新增 %1"), window_label(window))
    return window if push(doc, changes, text) else None


def remove_windows(doc: Document, window_ids: Iterable[str]) -> bool:
    """Remove windows; their items leave every window and their staff their desk (one step)."""
    ids = [w for w in window_ids if w in doc.plan.windows]
    names = join_list([window_label(doc.plan.windows[w]) for w in ids])
    changes = domain.remove(doc.plan, EntityKind.WINDOW, ids)
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "删除 %1"), names))


def add_service_item(doc: Document, name: str, **fields: Any) -> ServiceItem | None:
    changes, item = hall.add_service_item(doc.plan, name, **fields)
    text = _fill(QCoreApplication.translate("Edits", "新增事项 %1"), name)
    return item if push(doc, changes, text) else None


def remove_service_items(doc: Document, item_ids: Iterable[str]) -> bool:
    ids = [i for i in item_ids if i in doc.plan.service_items]
    if not ids:
        return False
    names = _item_names(doc, ids)
    changes = domain.remove(doc.plan, EntityKind.SERVICE_ITEM, ids)
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "删除事项 %1"), names))


def _fields_text(kind: EntityKind, subject: str, changed: dict[str, Any]) -> str:
    spec = kind.spec
    labels = join_list([QCoreApplication.translate(FIELDS_CONTEXT, spec.field(f).label) for f in changed])
    if len(changed) == 1:
        value = next(iter(changed.values()))
        if isinstance(value, (int, str)) and not isinstance(value, bool):
            shown = getattr(value, "label", value)
            return _fill(QCoreApplication.translate("Edits", "%1 的%2改为 %3"), subject, labels, shown)
    return _fill(QCoreApplication.translate("Edits", "修改 %1 的%2"), subject, labels)


def set_window_fields(doc: Document, window_id: str, **fields: Any) -> bool:
    window = doc.plan.windows.get(window_id)
    if window is None:
        return False
    changes = set_fields(doc.plan, EntityKind.WINDOW, {window_id: fields})
    changed = changes.field_values(EntityKind.WINDOW).get(window_id, {})
    if not changed:
        return False
    return push(doc, changes, _fields_text(EntityKind.WINDOW, window_label(window), changed))


def set_service_item_fields(doc: Document, item_ids: str | Iterable[str], **fields: Any) -> bool:
    ids = [item_ids] if isinstance(item_ids, str) else [i for i in item_ids]
    ids = [i for i in ids if i in doc.plan.service_items]
    if not ids:
        return False
    changes = set_fields(doc.plan, EntityKind.SERVICE_ITEM, {i: fields for i in ids})
    values = changes.field_values(EntityKind.SERVICE_ITEM)
    if not values:
        return False
    changed: dict[str, Any] = {}
    for v in values.values():
        changed.update(v)
    return push(doc, changes, _fields_text(EntityKind.SERVICE_ITEM, _item_names(doc, list(values)), changed))


def import_service_items(doc: Document, changes: Any, added: int, updated: int) -> bool:
    """A service-item list's import (formats.service_items) as one step."""
    text = _fill(QCoreApplication.translate("Edits", "导入审批服务事项（新增 %1 项，更新 %2 项）"), added, updated)
    return push(doc, changes, text)
