"""Every edit of a county enforcement plan, named: each pushes one undo command.

The change sets come from :mod:`reformdesk.domain.enforcement.edits`; the commands
are the town plan's :class:`~reformdesk.gui.edits.commands.ChangeCommand` (it only
needs a document with ``apply``/``revert``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.enforcement import edits as domain
from reformdesk.gui.edits.commands import ChangeCommand

if TYPE_CHECKING:
    from reformdesk.gui.enforcement.document import EnforcementDocument

__all__ = ["assign_items", "move_officers", "move_township", "set_stations"]


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
        who = QCoreApplication.translate("EnforcementEdits", "%1 名执法人员").replace("%1", str(len(officer_ids)))
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
    n = str(len(village_ids))
    if not station:
        text = QCoreApplication.translate("EnforcementEdits", "撤销 %1 个执法服务站").replace("%1", n)
    elif grid_workers is not None or assistants is not None:
        text = QCoreApplication.translate("EnforcementEdits", "设置 %1 个执法服务站的人员").replace("%1", n)
    else:
        text = QCoreApplication.translate("EnforcementEdits", "为 %1 个村（社区）设立执法服务站").replace("%1", n)
    changes = domain.set_stations(
        doc.plan, village_ids, station=station, grid_workers=grid_workers, assistants=assistants
    )
    return _push(doc, changes, text)


def assign_items(doc: EnforcementDocument, item_ids: Sequence[str], zone_ids: Sequence[str]) -> bool:
    """Assign enforcement items to zone centres (replacing theirs): one undo step."""
    if len(zone_ids) == 1:
        where = _zone_name(doc, zone_ids[0])
    elif zone_ids:
        where = QCoreApplication.translate("EnforcementEdits", "%1 个片区").replace("%1", str(len(zone_ids)))
    else:
        where = QCoreApplication.translate("EnforcementEdits", "未分配")
    text = (
        QCoreApplication.translate("EnforcementEdits", "将 %1 项执法事项交由 %2 承接")
        .replace("%1", str(len(item_ids)))
        .replace("%2", where)
    )
    return _push(doc, domain.set_items_zones(doc.plan, item_ids, list(zone_ids)), text)
