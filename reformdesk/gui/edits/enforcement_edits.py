"""Every edit of a county enforcement plan, named: each pushes one undo command.

The change sets come from :mod:`reformdesk.domain.enforcement.edits`; the commands
are the town plan's :class:`~reformdesk.gui.edits.commands.ChangeCommand` (it only
needs a document with ``apply``/``revert``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.enforcement import edits as domain
from reformdesk.domain.enforcement.registry import EnforcementKind
from reformdesk.domain.registry import FIELDS_CONTEXT
from reformdesk.gui.contexts import EnforcementEdits
from reformdesk.gui.edits.commands import ChangeCommand

if TYPE_CHECKING:
    from reformdesk.gui.enforcement.document import EnforcementDocument

__all__ = [
    "add_entity",
    "assign_items",
    "edit_entity",
    "move_officers",
    "move_township",
    "remove_entities",
    "set_stations",
]


def _push(doc: EnforcementDocument, changes: ChangeSet, text: str) -> bool:
    if not changes:
        return False
    return doc.push(ChangeCommand(doc, changes, text))  # type: ignore[arg-type]


def _zone_name(doc: EnforcementDocument, zone_id: str | None) -> str:
    zone = doc.plan.zones.get(zone_id or "")
    return zone.name if zone else QCoreApplication.translate("EnforcementEdits", "未分配")


def move_township(doc: EnforcementDocument, township_id: str, zone_id: str | None, position: int = -1) -> bool:
    """Put a township into a zone (out of every other), at ``position``."""
    name = doc.plan.townships[township_id].name
    text = (
        QCoreApplication.translate("EnforcementEdits", "将 %1 划入 %2")
        .replace("%1", name)
        .replace("%2", _zone_name(doc, zone_id))
    )
    return _push(doc, domain.move_township(doc.plan, township_id, zone_id, position), text)


def move_officers(doc: EnforcementDocument, officer_ids: Sequence[str], zone_id: str | None) -> bool:
    """Post officers to a zone centre."""
    if len(officer_ids) == 1:
        who = doc.plan.officers[officer_ids[0]].name
    else:
        who = EnforcementEdits.tr("%n 名执法人员", "", len(officer_ids))
    text = (
        QCoreApplication.translate("EnforcementEdits", "将 %1 派驻 %2")
        .replace("%1", who)
        .replace("%2", _zone_name(doc, zone_id))
    )
    return _push(doc, domain.move_officers(doc.plan, officer_ids, zone_id), text)


def set_stations(
    doc: EnforcementDocument,
    village_ids: Sequence[str],
    *,
    station: bool = True,
    grid_workers: int | None = None,
    assistants: int | None = None,
) -> bool:
    """Bulk assignment of villages to stations (set up or closed), with staff counts: one undo step."""
    n = len(village_ids)
    if not station:
        text = EnforcementEdits.tr("撤销 %n 个执法服务站", "", n)
    elif grid_workers is not None or assistants is not None:
        text = EnforcementEdits.tr("设置 %n 个执法服务站的人员", "", n)
    else:
        text = EnforcementEdits.tr("为 %n 个村（社区）设立执法服务站", "", n)
    changes = domain.set_stations(
        doc.plan, village_ids, station=station, grid_workers=grid_workers, assistants=assistants
    )
    return _push(doc, changes, text)


def assign_items(doc: EnforcementDocument, item_ids: Sequence[str], zone_ids: Sequence[str]) -> bool:
    """Assign enforcement items to zone centres (replacing theirs): one undo step."""
    if len(zone_ids) == 1:
        where = _zone_name(doc, zone_ids[0])
    elif zone_ids:
        where = EnforcementEdits.tr("%n 个片区", "", len(zone_ids))
    else:
        where = QCoreApplication.translate("EnforcementEdits", "未分配")
    text = EnforcementEdits.tr("将 %n 项执法事项交由 %2 承接", "", len(item_ids)).replace("%2", where)
    return _push(doc, domain.set_items_zones(doc.plan, item_ids, list(zone_ids)), text)


def _kind_label(kind: EnforcementKind) -> str:
    return QCoreApplication.translate(FIELDS_CONTEXT, kind.label)


def _title(kind: EnforcementKind, entity: Any) -> str:
    """What an entity is called in an undo text: its name (an item: its name, else its code)."""
    return str(getattr(entity, "name", "") or getattr(entity, "code", "") or "")


def add_entity(doc: EnforcementDocument, kind: EnforcementKind, values: dict[str, Any]) -> Any | None:
    """A new zone, officer, item or leading-group member: 新增片区 东片区."""
    changes, entity = domain.add_entity(doc.plan, kind, values)
    text = (
        QCoreApplication.translate("EnforcementEdits", "新增%1 %2")
        .replace("%1", _kind_label(kind))
        .replace("%2", _title(kind, entity))
    )
    return entity if _push(doc, changes, text) else None


def edit_entity(doc: EnforcementDocument, kind: EnforcementKind, entity_id: str, values: dict[str, Any]) -> bool:
    """Change fields of one entity: 修改 东片区 的核定编制、领导职数."""
    entity = kind.spec.entities(doc.plan).get(entity_id)
    if entity is None:
        return False
    changes = domain.set_entity_fields(doc.plan, kind, entity_id, values)
    changed = changes.field_values(kind).get(entity_id, {})  # type: ignore[arg-type]
    labels = "、".join(QCoreApplication.translate(FIELDS_CONTEXT, kind.spec.field(f).label) for f in changed)
    text = (
        QCoreApplication.translate("EnforcementEdits", "修改 %1 的%2")
        .replace("%1", _title(kind, entity))
        .replace("%2", labels)
    )
    return _push(doc, changes, text)


def remove_entities(doc: EnforcementDocument, kind: EnforcementKind, ids: Sequence[str]) -> bool:
    """Remove entities and the references to them (a zone's officers and items lose it): one step."""
    table = kind.spec.entities(doc.plan)
    names = [_title(kind, table[i]) for i in ids if i in table]
    if len(names) == 1:
        text = (
            QCoreApplication.translate("EnforcementEdits", "删除%1 %2")
            .replace("%1", _kind_label(kind))
            .replace("%2", names[0])
        )
    else:
        text = (
            QCoreApplication.translate("EnforcementEdits", "删除 %1 个%2")
            .replace("%1", str(len(names)))
            .replace("%2", _kind_label(kind))
        )
    return _push(doc, domain.remove_entities(doc.plan, kind, ids), text)
