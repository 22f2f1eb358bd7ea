"""The 便民服务 page's models: the hall (windows holding their items) and the staff list.

:class:`HallModel` is a tree: one top-level row per window (in the hall's order)
and a last row 未进入窗口 for items in no window; each item is a child row of
its window.  The page shows each window as a card, a list view rooted at the
window's row, so dragging an item from one card onto another is a drop on the
other window's row.  Drag and drop lives here (DESIGN.md): ``mimeData``
carries item ids, the staff model's ``mimeData`` person ids, and
``dropMimeData`` calls :mod:`reformdesk.gui.edits` (items into the window,
staff onto its front desk).

Following the document: an item into another window is one ``rowsRemoved``
from its old window and one ``rowsInserted`` into the new one (the cards keep
their roots and selections elsewhere); a changed field is a ``dataChanged``
of its row; windows added or removed reset the model (the page rebuilds its
cards).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
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
from PySide6.QtGui import QColor

from reformdesk.domain import service_hall as hall
from reformdesk.domain.model import InHall, Person, ServiceItem, ServiceSource, Window
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.contexts import Hall
from reformdesk.gui.document import Document
from reformdesk.gui.mime import PEOPLE_MIME, SERVICE_ITEMS_MIME, decode_ids, encode_ids
from reformdesk.gui.models.labels import hall_label, join_list

Index = QModelIndex | QPersistentModelIndex
#: Role returning (EntityKind, id) of a row (the 未进入窗口 row: (WINDOW, None)).
EntityRole = Qt.ItemDataRole.UserRole + 1
#: Role returning the text a filter matches (name, code, source, handling, handler).
FilterTextRole = Qt.ItemDataRole.UserRole + 2

#: Internal id of top-level rows (items carry their window row + 1).
_TOP = 0
COL_NAME, COL_SOURCE, COL_HANDLING, COL_LIMIT, COL_VOLUME, COL_HANDLER, COL_IN_HALL = range(7)
COLUMNS = 7


def window_title(window: Window) -> str:
    number = QCoreApplication.translate("Hall", "%1号窗口").replace("%1", window.number)
    return f"{number} {window.name}" if window.name else number


def unplaced_title() -> str:
    return QCoreApplication.translate("Hall", "未进入窗口")


class HallModel(QAbstractItemModel):
    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.windows: list[str] = []
        self.items: dict[str | None, list[str]] = {}
        self.staff: dict[str, list[Person]] = {}
        self._load()
        doc.planReset.connect(self._reset)
        doc.entitiesAdded.connect(self._on_rows)
        doc.entitiesRemoved.connect(self._on_rows)
        doc.entitiesChanged.connect(self._on_changed)

    # -- state ----------------------------------------------------------------------------------
    def _groups(self) -> dict[str | None, list[str]]:
        plan = self.doc.plan
        groups: dict[str | None, list[str]] = {w: [] for w in self.windows}
        groups[None] = []
        for item in hall.ordered_items(plan):
            key = item.window_id if item.window_id in groups else None
            groups[key].append(item.id)
        return groups

    def _load(self) -> None:
        self.windows = [w.id for w in hall.ordered_windows(self.doc.plan)]
        self.items = self._groups()
        self.staff = hall.window_staff(self.doc.plan)

    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    @Slot(object, list)
    def _on_rows(self, kind: object, _ids: list) -> None:
        if kind is EntityKind.WINDOW:
            self._reset()
        elif kind is EntityKind.SERVICE_ITEM:
            self._regroup()
        elif kind is EntityKind.PERSON:
            self.staff = hall.window_staff(self.doc.plan)
            self._all_changed()

    @Slot(object, list)
    def _on_changed(self, kind: object, ids: list) -> None:
        if kind is EntityKind.WINDOW:
            if [w.id for w in hall.ordered_windows(self.doc.plan)] != self.windows:
                self._reset()
            else:
                self._all_changed()
        elif kind is EntityKind.SERVICE_ITEM:
            self._regroup()
            for iid in ids:
                index = self.index_of_item(iid)
                if index.isValid():
                    self.dataChanged.emit(index, index.siblingAtColumn(COLUMNS - 1))
            self._windows_changed()
        elif kind in (EntityKind.PERSON, EntityKind.BODY, EntityKind.POWER):
            self.staff = hall.window_staff(self.doc.plan)
            self._all_changed()

    def _regroup(self) -> None:
        """Rows removed from the windows items left and inserted where they went."""
        new = self._groups()
        for group in [*self.windows, None]:
            parent = self._group_index(group)
            old = self.items[group]
            keep = set(new[group])
            for row in range(len(old) - 1, -1, -1):
                if old[row] not in keep:
                    self.beginRemoveRows(parent, row, row)
                    del old[row]
                    self.endRemoveRows()
        for group in [*self.windows, None]:
            parent = self._group_index(group)
            cur = self.items[group]
            for row, iid in enumerate(new[group]):
                if row < len(cur) and cur[row] == iid:
                    continue
                if iid in cur:  # reordered within the window (seq changed)
                    at = cur.index(iid)
                    self.beginMoveRows(parent, at, at, parent, row)
                    cur.insert(row, cur.pop(at))
                    self.endMoveRows()
                else:
                    self.beginInsertRows(parent, row, row)
                    cur.insert(row, iid)
                    self.endInsertRows()
        self._windows_changed()

    def _windows_changed(self) -> None:
        count = self.rowCount()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, COLUMNS - 1))

    def _all_changed(self) -> None:
        self._windows_changed()
        for row in range(self.rowCount()):
            parent = self.index(row, 0)
            n = self.rowCount(parent)
            if n:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(n - 1, COLUMNS - 1, parent))

    # -- structure -------------------------------------------------------------------------------
    def _group_index(self, window_id: str | None) -> QModelIndex:
        row = len(self.windows) if window_id is None else self.windows.index(window_id)
        return self.createIndex(row, 0, _TOP)

    def _group_of_row(self, row: int) -> str | None:
        return self.windows[row] if row < len(self.windows) else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.windows) + 1
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        return len(self.items[self._group_of_row(parent.row())])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def window_index(self, window_id: str | None) -> QModelIndex:
        """The top-level row of a window (None: 未进入窗口)."""
        if window_id is not None and window_id not in self.windows:
            return QModelIndex()
        return self._group_index(window_id)

    def index_of_item(self, item_id: str) -> QModelIndex:
        for group, ids in self.items.items():
            if item_id in ids:
                return self.index(ids.index(item_id), 0, self._group_index(group))
        return QModelIndex()

    def entity(self, index: Index) -> tuple[EntityKind, str | None]:
        if index.internalId() == _TOP:
            return EntityKind.WINDOW, self._group_of_row(index.row())
        group = self._group_of_row(index.internalId() - 1)
        return EntityKind.SERVICE_ITEM, self.items[group][index.row()]

    def window_at(self, index: Index) -> str | None:
        """The window a row is or belongs to (None: 未进入窗口 or invalid)."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._group_of_row(row)

    # -- reading -----------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, eid = self.entity(index)
        if role == EntityRole:
            return (kind, eid)
        plan = self.doc.plan
        if kind is EntityKind.WINDOW:
            return self._window_data(eid, index.column(), role)
        item = plan.service_items[eid or ""]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._item_text(item, index.column())
        if role == FilterTextRole:
            handler = plan.people.get(item.handler_id or "")
            return " ".join(
                (
                    item.name,
                    hall.item_code(plan, item),
                    item.source.value,
                    item.handling.value,
                    handler.name if handler else "",
                )
            )
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NAME:
            return self._item_tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.in_hall is InHall.NO:
            return QColor("#8a6d00")  # not handled through in the hall
        return None

    def _item_text(self, item: ServiceItem, column: int) -> str:
        plan = self.doc.plan
        if column == COL_NAME:
            mark = "◆ " if item.source is ServiceSource.COUNTY else ""
            return f"{mark}{item.name}"
        if column == COL_SOURCE:
            return hall_label(item.source)
        if column == COL_HANDLING:
            return hall_label(item.handling)
        if column == COL_LIMIT:
            return str(item.time_limit) if item.time_limit else ""
        if column == COL_VOLUME:
            return str(item.volume) if item.volume else ""
        if column == COL_HANDLER:
            handler = plan.people.get(item.handler_id or "")
            return handler.name if handler else ""
        return hall_label(item.in_hall)

    def _item_tooltip(self, item: ServiceItem) -> str:
        plan = self.doc.plan
        handler = plan.people.get(item.handler_id or "")
        rows = (
            (QCoreApplication.translate("Hall", "事项编码"), hall.item_code(plan, item) or "—"),
            (QCoreApplication.translate("Hall", "来源"), hall_label(item.source)),
            (QCoreApplication.translate("Hall", "办理类型"), hall_label(item.handling)),
            (QCoreApplication.translate("Hall", "承诺时限（工作日）"), str(item.time_limit)),
            (QCoreApplication.translate("Hall", "年办件量"), str(item.volume or "—")),
            (QCoreApplication.translate("Hall", "后台办理人"), handler.name if handler else "—"),
            (QCoreApplication.translate("Hall", "进驻"), hall_label(item.in_hall)),
        )
        pair = QCoreApplication.translate("Hall", "%1：%2")
        lines = [item.name, *(pair.replace("%1", label).replace("%2", value) for label, value in rows)]
        return "\n".join(lines)

    def window_summary(self, window_id: str | None) -> str:
        """A card's header: body, kind, front desk, items and yearly 办件量."""
        plan = self.doc.plan
        ids = self.items.get(window_id, [])
        volume = sum(plan.service_items[i].volume for i in ids)
        counts = Hall.tr("%n 项 · 年办件量 %2", "", len(ids)).replace("%2", str(volume))
        if window_id is None:
            return counts
        window = plan.windows[window_id]
        body = plan.bodies.get(window.body_id or "")
        staff = join_list([p.name for p in self.staff.get(window_id, [])]) or QCoreApplication.translate(
            "Hall", "（无前台人员）"
        )
        body_text = body.name if body else QCoreApplication.translate("Hall", "（未定所属机构）")
        front = QCoreApplication.translate("Hall", "前台")
        desk = QCoreApplication.translate("Hall", "%1：%2").replace("%1", front).replace("%2", staff)
        return f"{body_text} · {hall_label(window.kind)}\n{desk}\n{counts}"

    def _window_data(self, window_id: str | None, column: int, role: int) -> Any:
        plan = self.doc.plan
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return unplaced_title() if window_id is None else window_title(plan.windows[window_id])
            if column == COL_SOURCE and window_id is not None:
                body = plan.bodies.get(plan.windows[window_id].body_id or "")
                return body.name if body else ""
            if column == COL_HANDLING and window_id is not None:
                return join_list([p.name for p in self.staff.get(window_id, [])])
            if column == COL_LIMIT:
                return str(len(self.items.get(window_id, [])))
            if column == COL_VOLUME:
                return str(sum(plan.service_items[i].volume for i in self.items.get(window_id, [])))
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return self.window_summary(window_id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            QCoreApplication.translate("Hall", "窗口 / 事项"),
            QCoreApplication.translate("Hall", "来源 / 所属机构"),
            QCoreApplication.translate("Hall", "办理类型 / 前台"),
            QCoreApplication.translate("Hall", "承诺时限 / 事项数"),
            QCoreApplication.translate("Hall", "年办件量"),
            QCoreApplication.translate("Hall", "后台办理人"),
            QCoreApplication.translate("Hall", "进驻"),
        )
        return names[section] if 0 <= section < COLUMNS else None

    # -- drag and drop ----------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.doc.read_only:
            return flags
        if index.internalId() == _TOP:
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [SERVICE_ITEMS_MIME, PEOPLE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        ids: list[str] = []
        for index in indexes:
            if index.isValid() and index.column() == 0 and index.internalId() != _TOP:
                _kind, eid = self.entity(index)
                if eid is not None and eid not in ids:
                    ids.append(eid)
        return encode_ids(SERVICE_ITEMS_MIME, ids) if ids else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if self.doc.read_only or data is None:
            return False
        if not parent.isValid():
            return False  # between cards: no window
        window = self.window_at(parent)
        plan = self.doc.plan
        if data.hasFormat(SERVICE_ITEMS_MIME):
            # Refused when nothing would change (every item already in that window).
            ids = [i for i in decode_ids(data, SERVICE_ITEMS_MIME) if i in plan.service_items]
            return any(plan.service_items[i].window_id != window for i in ids)
        if data.hasFormat(PEOPLE_MIME):
            ids = [p for p in decode_ids(data, PEOPLE_MIME) if p in plan.people]
            return window is not None and any(plan.people[p].window_id != window for p in ids)
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        window = self.window_at(parent)
        # The edit moves the rows itself (the model has no removeRows for a view to call).
        if data.hasFormat(SERVICE_ITEMS_MIME):
            return edits.move_service_items(self.doc, decode_ids(data, SERVICE_ITEMS_MIME), window)
        return edits.assign_window_staff(self.doc, decode_ids(data, PEOPLE_MIME), window)


class StaffModel(QAbstractTableModel):
    """Everyone who can work a front desk: name, staff id, body and window; people drag onto windows."""

    COLS = 4

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.people: list[str] = []
        self.body_of: dict[str, str | None] = {}
        self._load()
        doc.planReset.connect(self._reset)
        doc.entitiesAdded.connect(self._on_rows)
        doc.entitiesRemoved.connect(self._on_rows)
        doc.entitiesChanged.connect(self._on_changed)

    def _load(self) -> None:
        plan = self.doc.plan
        self.people = list(plan.people)
        self.body_of = {m.id: b for b, members in plan.people_by_body().items() for m in members}

    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    @Slot(object, list)
    def _on_rows(self, kind: object, _ids: list) -> None:
        if kind is EntityKind.PERSON:
            self._reset()
        elif kind in (EntityKind.WINDOW, EntityKind.BODY, EntityKind.UNIT):
            self._changed_all()

    @Slot(object, list)
    def _on_changed(self, kind: object, _ids: list) -> None:
        if kind in (EntityKind.PERSON, EntityKind.WINDOW, EntityKind.BODY, EntityKind.UNIT):
            self.body_of = {m.id: b for b, members in self.doc.plan.people_by_body().items() for m in members}
            self._changed_all()

    def _changed_all(self) -> None:
        if self.people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.people) - 1, self.COLS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLS

    def person_at(self, row: int) -> str | None:
        return self.people[row] if 0 <= row < len(self.people) else None

    def row_of(self, person_id: str) -> int:
        return self.people.index(person_id) if person_id in self.people else -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan = self.doc.plan
        person = plan.people[self.people[index.row()]]
        if role == EntityRole:
            return (EntityKind.PERSON, person.id)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return person.name
            if column == 1:
                return person.staff_id
            if column == 2:
                body = plan.bodies.get(self.body_of.get(person.id) or "")
                return body.name if body else ""
            window = plan.windows.get(person.window_id or "")
            return window_title(window) if window else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            QCoreApplication.translate("Hall", "姓名"),
            QCoreApplication.translate("Hall", "工号"),
            QCoreApplication.translate("Hall", "职能机构"),
            QCoreApplication.translate("Hall", "窗口"),
        )
        return names[section] if 0 <= section < self.COLS else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.doc.read_only else flags | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        ids = list(dict.fromkeys(self.people[i.row()] for i in indexes if i.isValid()))
        return encode_ids(PEOPLE_MIME, ids) if ids else None
