"""Item models of the 执法体系 page: zones with their townships and officers, and the villages.

:class:`ZoneTreeModel`: one top-level row per zone (and a last row 未分配 for the
townships and officers in no zone); under each, its townships, then its officers.
Townships and officers are dragged between zones (private MIME types carrying
their ids); a drop pushes an edit (gui/edits/enforcement_edits.py).
:class:`VillagesModel`: one row per village or community, by township.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from reformdesk.domain.enforcement.checks import cert_valid
from reformdesk.domain.enforcement.model import EnforcementType, GroupRole, TownshipKind, VillageKind
from reformdesk.domain.enforcement.registry import EnforcementKind
from reformdesk.gui.edits import enforcement_edits as edits
from reformdesk.gui.enforcement.document import EnforcementDocument
from reformdesk.gui.mime import decode_ids, encode_ids
from reformdesk.gui.models.labels import display_date, join_list

TOWNSHIPS_MIME = "application/x-reformdesk-township-ids"
OFFICERS_MIME = "application/x-reformdesk-officer-ids"
#: Role of an index's (kind, id): kind is "zone", "township" or "officer"; the 未分配 row is ("zone", None).
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
#: internalId of a top-level (zone) row; a child's is its zone's row.
_TOP = 0x7FFFFFFF


# The enforcement plan's enums (TownshipKind, VillageKind, GroupRole), shown in its tables; here, not in
# labels.py, so a town plan's start imports no enforcement module.
ENFORCEMENT_SOURCES = (
    QT_TRANSLATE_NOOP("EnforcementKinds", "镇"),
    QT_TRANSLATE_NOOP("EnforcementKinds", "乡"),
    QT_TRANSLATE_NOOP("EnforcementKinds", "村"),
    QT_TRANSLATE_NOOP("EnforcementKinds", "社区"),
    QT_TRANSLATE_NOOP("EnforcementKinds", "组长"),
    QT_TRANSLATE_NOOP("EnforcementKinds", "副组长"),
    QT_TRANSLATE_NOOP("EnforcementKinds", "成员"),
)


def enforcement_label(value: TownshipKind | VillageKind | GroupRole | EnforcementType) -> str:
    """A township's or village's kind, a leading-group member's role, an enforcement item's type,
    as shown (村 → Village; 行政处罚 as the powers' 事项类型 reads it)."""
    if isinstance(value, EnforcementType):
        return QCoreApplication.translate("PowerType", value.value)
    return QCoreApplication.translate("EnforcementKinds", value.value)


class ZoneTreeModel(QAbstractItemModel):
    COLUMNS = 2

    def __init__(self, doc: EnforcementDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._rebuild()
        doc.entitiesChanged.connect(self._on_changed)
        doc.planReset.connect(self._reset)

    # -- structure: top rows are zones (+ 未分配); child rows (kind, id) ------------------
    def _rebuild(self) -> None:
        plan = self.doc.plan
        self.zones: list[str | None] = [*plan.zones, None]
        placed = {t for z in plan.zones.values() for t in z.township_ids}
        self.children: list[list[tuple[str, str]]] = []
        for zid in self.zones:
            if zid is None:
                towns = [t for t in plan.townships if t not in placed]
            else:
                towns = [t for t in plan.zones[zid].township_ids if t in plan.townships]
            officers = [o.id for o in plan.officers.values() if (o.zone_id if o.zone_id in plan.zones else None) == zid]
            self.children.append([("township", t) for t in towns] + [("officer", o) for o in officers])

    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    @Slot(object, list)
    def _on_changed(self, kind: object, _ids: list[str]) -> None:
        if kind in (EnforcementKind.ZONE, EnforcementKind.OFFICER, EnforcementKind.TOWNSHIP):
            self._reset()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == self._top_id():
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _TOP)

    def _top_id(self) -> int:
        return _TOP

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.zones)
        if parent.internalId() == self._top_id() and parent.column() == 0:
            return len(self.children[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def entity(self, index: Index) -> tuple[str, str | None]:
        if index.internalId() == self._top_id():
            return "zone", self.zones[index.row()]
        kind, eid = self.children[int(index.internalId())][index.row()]
        return kind, eid

    def zone_row(self, zone_id: str | None) -> int:
        return self.zones.index(zone_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, eid = self.entity(index)
        if role == ENTITY_ROLE:
            return (kind, eid)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        plan = self.doc.plan
        if kind == "zone":
            if eid is None:
                return self.tr("未分配") if index.column() == 0 else ""
            z = plan.zones[eid]
            if index.column() == 0:
                return z.name
            officers = sum(1 for o in plan.officers.values() if o.zone_id == eid)
            return (
                self.tr("%1 个乡镇 · %2 名执法人员")
                .replace("%1", str(len(z.township_ids)))
                .replace("%2", str(officers))
            )
        if kind == "township":
            t = plan.townships[eid or ""]
            if index.column() == 0:
                return t.name
            n = sum(1 for v in plan.villages.values() if v.township_id == eid)
            return self.tr("%n 个村（社区）", "", n)
        o = plan.officers[eid or ""]
        if index.column() == 0:
            return o.name
        cert = self.tr("持证") if cert_valid(o, plan.info.date) else self.tr("无有效执法证")
        return f"{o.department} · {join_list(o.fields)} · {cert}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("片区 / 乡镇 / 执法人员"), self.tr("情况"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == self._top_id():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    # -- drag and drop ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TOWNSHIPS_MIME, OFFICERS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        towns: list[str] = []
        officers: list[str] = []
        for i in indexes:
            if i.column() != 0:
                continue
            kind, eid = self.entity(i)
            if kind == "township" and eid:
                towns.append(eid)
            elif kind == "officer" and eid:
                officers.append(eid)
        mime = encode_ids(TOWNSHIPS_MIME, towns)
        return encode_ids(OFFICERS_MIME, officers, mime)

    def _target(self, row: int, parent: Index) -> tuple[bool, str | None, int]:
        """(valid, zone id, position among its townships) of a drop."""
        if not parent.isValid():
            if 0 <= row < len(self.zones):
                return True, self.zones[row], -1
            return False, None, -1
        if parent.internalId() == self._top_id():
            zid = self.zones[parent.row()]
            towns = sum(1 for k, _ in self.children[parent.row()] if k == "township")
            return True, zid, -1 if row < 0 else min(row, towns)
        return True, self.zones[int(parent.internalId())], -1  # onto a child: into its zone

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        ok, _zid, _pos = self._target(row, parent)
        return ok and bool(decode_ids(data, TOWNSHIPS_MIME) or decode_ids(data, OFFICERS_MIME))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        _ok, zid, pos = self._target(row, parent)
        self.move(decode_ids(data, TOWNSHIPS_MIME), decode_ids(data, OFFICERS_MIME), zid, pos)
        return False  # the edit moved them; the view must not remove the dragged rows

    def move(self, township_ids: list[str], officer_ids: list[str], zone_id: str | None, position: int = -1) -> None:
        """The keyboard path and the drop: each township is one undo step, the officers one."""
        plan = self.doc.plan
        for i, tid in enumerate(t for t in township_ids if t in plan.townships):
            edits.move_township(self.doc, tid, zone_id, -1 if position < 0 else position + i)
        officers = [o for o in officer_ids if o in plan.officers]
        if officers:
            edits.move_officers(self.doc, officers, zone_id)


class VillagesModel(QAbstractTableModel):
    """The villages and communities by township, with their stations."""

    def __init__(self, doc: EnforcementDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._rebuild()
        doc.entitiesChanged.connect(self._on_changed)
        doc.planReset.connect(self._reset)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("乡镇"),
            self.tr("村（社区）"),
            self.tr("类别"),
            self.tr("执法服务站"),
            self.tr("网格员"),
            self.tr("协管员"),
            self.tr("备注"),
        )

    def _rebuild(self) -> None:
        plan = self.doc.plan
        order = {tid: i for i, tid in enumerate(plan.townships)}
        self.ids = sorted(plan.villages, key=lambda v: order.get(plan.villages[v].township_id or "", len(order)))
        self.row_of = {vid: i for i, vid in enumerate(self.ids)}

    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    @Slot(object, list)
    def _on_changed(self, kind: object, ids: list[str]) -> None:
        if kind is EnforcementKind.TOWNSHIP:
            self._reset()
        elif kind is EnforcementKind.VILLAGE:
            rows = [self.row_of[i] for i in ids if i in self.row_of]
            if rows:  # one signal over the range (DESIGN.md: per-row signals cost 50×)
                self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def village_id(self, row: int) -> str:
        return self.ids[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v = self.doc.plan.villages[self.ids[index.row()]]
        if role == ENTITY_ROLE:
            return ("village", v.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        town = self.doc.plan.townships.get(v.township_id or "")
        values = (
            town.name if town else "",
            v.name,
            enforcement_label(v.kind),
            v.station or self.tr("（未设）"),
            v.grid_workers,
            v.assistants,
            v.note,
        )
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return section + 1


class ItemsModel(QAbstractTableModel):
    """The enforcement items with the zone centres exercising them, deadline and responsible official."""

    def __init__(self, doc: EnforcementDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ids = list(doc.plan.items)
        self.row_of = {iid: i for i, iid in enumerate(self.ids)}
        doc.entitiesChanged.connect(self._on_changed)
        doc.planReset.connect(self._reset)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("事项编码"),
            self.tr("事项名称"),
            self.tr("事项类型"),
            self.tr("执法领域"),
            self.tr("承接片区"),
            self.tr("承接时限"),
            self.tr("责任人"),
        )

    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self.ids = list(self.doc.plan.items)
        self.row_of = {iid: i for i, iid in enumerate(self.ids)}
        self.endResetModel()

    @Slot(object, list)
    def _on_changed(self, kind: object, ids: list[str]) -> None:
        if kind is EnforcementKind.ZONE:
            self._reset()  # zone names shown
        elif kind is EnforcementKind.ITEM:
            rows = [self.row_of[i] for i in ids if i in self.row_of]
            if rows:
                self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def item_id(self, row: int) -> str:
        return self.ids[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.doc.plan.items[self.ids[index.row()]]
        if role == ENTITY_ROLE:
            return ("enforcement_item", item.id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        zones = self.doc.plan.zones
        where = join_list([zones[z].name for z in item.zone_ids if z in zones]) or self.tr("（未明确）")
        if len(item.zone_ids) == len(zones) and zones:
            where = self.tr("全部片区")
        deadline = display_date(item.deadline)  # 2021年3月31日, as every date people read
        values = (item.code, item.name, enforcement_label(item.type), item.field, where, deadline, item.official)
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return section + 1


class MembersModel(QAbstractTableModel):
    """The leading group (领导小组): the "1" of 1+7+311."""

    def __init__(self, doc: EnforcementDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ids = list(doc.plan.members)
        doc.entitiesChanged.connect(self._on_changed)
        doc.planReset.connect(self._reset)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("姓名"), self.tr("职务"), self.tr("组内职务"), self.tr("单位"))

    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self.ids = list(self.doc.plan.members)
        self.endResetModel()

    @Slot(object, list)
    def _on_changed(self, kind: object, ids: list[str]) -> None:
        if kind is EnforcementKind.MEMBER and self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self.doc.plan.members[self.ids[index.row()]]
        return (m.name, m.post, enforcement_label(m.role), m.unit)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section] if orientation == Qt.Orientation.Horizontal else section + 1
