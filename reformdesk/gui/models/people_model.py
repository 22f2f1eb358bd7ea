"""Item models of the tier editor: people, bodies (with their deputy) and deputies.

Each model keeps its own row → id list, filters and sorts inside itself (a
key sort, not a proxy), and follows the document's signals: rows that leave
or join the filter are removed or inserted, a new order is a layoutChanged,
and changed cells get one dataChanged over the range.  Edits and drops push
named edits of ``reformdesk.gui.edits`` (change sets from ``reformdesk.domain.tiers``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor

from reformdesk.domain import tiers
from reformdesk.domain.model import LEADER_TIERS, TIERS_AFTER, TIERS_BEFORE, Person, Plan, PostType, Tier
from reformdesk.domain.registry import KINDS, EntityKind, FieldSpec
from reformdesk.gui import edits
from reformdesk.gui.contexts import TierEdits
from reformdesk.gui.document import Document
from reformdesk.gui.mime import BODIES_MIME, PEOPLE_MIME, decode_ids, encode_ids
from reformdesk.gui.models import labels
from reformdesk.gui.models.collation import collator

Index = QModelIndex | QPersistentModelIndex

#: A list of (label, value) an editor offers for a cell.
ChoicesRole = Qt.ItemDataRole.UserRole + 1
#: The raw value of a cell (a Tier, an id or None), for editors and tests.
ValueRole = Qt.ItemDataRole.UserRole + 2
#: The entity id of the row.
IdRole = Qt.ItemDataRole.UserRole + 3

#: Filter value meaning "no body" / "no unit".
NONE_FILTER = "__none__"

BUSY_BRUSH = QBrush(QColor(255, 205, 205))
IDLE_BRUSH = QBrush(QColor(255, 236, 190))
PROBLEM_BRUSH = QBrush(QColor(255, 225, 225))

_collator = collator()


def tier_label(tier: Tier | None) -> str:
    return labels.tier_label(tier)


class _IdTableModel(QAbstractTableModel):
    """A table whose rows are entity ids, kept in sync with a document."""

    #: Column titles: a registry field (titled by its label, as every table of that kind) or,
    #: for a figure the model computes, a source text of the model's own context.
    HEADERS: tuple[FieldSpec | str, ...] = ()

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._ids: list[str] = []
        self._row: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._ids = self._compute_ids()
        self._reindex()
        doc.entitiesChanged.connect(self._on_changed)
        doc.entitiesAdded.connect(self._on_added_or_removed)
        doc.entitiesRemoved.connect(self._on_added_or_removed)
        doc.planReset.connect(self._on_reset)

    # -- to define ---------------------------------------------------------------
    def _all_ids(self) -> list[str]:
        raise NotImplementedError

    def _accepts(self, entity_id: str) -> bool:
        return True

    def _sort_key(self, column: int) -> Callable[[str], Any]:
        return lambda eid: self._display(eid, column)

    def _display(self, entity_id: str, column: int) -> str:
        raise NotImplementedError

    # -- rows ----------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self.doc.plan

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, entity_id: str) -> int:
        return self._row.get(entity_id, -1)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _compute_ids(self) -> list[str]:
        ids = [eid for eid in self._all_ids() if self._accepts(eid)]
        if self._sort is not None:
            column, order = self._sort
            ids.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return ids

    def _reindex(self) -> None:
        self._row = {eid: i for i, eid in enumerate(self._ids)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            header = self.HEADERS[section]
            if isinstance(header, FieldSpec):
                return labels.field_label(header.label)
            return QCoreApplication.translate(type(self).__name__, header)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < len(self.HEADERS) else None
        self.refresh()

    def refresh(self, changed: Sequence[str] | None = None) -> None:
        """Bring rows in line with the plan and filters; ``changed``: ids whose cells changed (None = all)."""
        new = self._compute_ids()
        new_set = set(new)
        # 1. rows that left: remove in contiguous runs from the bottom up
        gone = [i for i, eid in enumerate(self._ids) if eid not in new_set]
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            self.endRemoveRows()
        self._reindex()
        # 2. rows that joined: append, then let the layout step put them in place
        joined = [eid for eid in new if eid not in self._row]
        if joined:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(joined) - 1)
            self._ids.extend(joined)
            self._reindex()
            self.endInsertRows()
        # 3. a new order
        if self._ids != new:
            self.layoutAboutToBeChanged.emit()
            old_persistent = self.persistentIndexList()
            old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in old_persistent]
            self._ids = new
            self._reindex()
            self.changePersistentIndexList(
                old_persistent,
                [
                    self.index(self._row[eid], i.column()) if eid in self._row else QModelIndex()
                    for eid, i in zip(old_ids, old_persistent, strict=True)
                ],
            )
            self.layoutChanged.emit()
        # 4. changed cells: one signal over the rows concerned
        if not self._ids or not self.HEADERS:
            return
        rows = [0, len(self._ids) - 1] if changed is None else [self._row[eid] for eid in changed if eid in self._row]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self.HEADERS) - 1))

    # -- document signals ------------------------------------------------------------
    @Slot(object, list)
    def _on_changed(self, kind: str, ids: list) -> None:
        self.refresh(ids if kind == self._kind() else None)

    @Slot(object, list)
    def _on_added_or_removed(self, kind: str, ids: list) -> None:
        self.refresh(None)

    @Slot()
    def _on_reset(self) -> None:
        self.beginResetModel()
        self._ids = self._compute_ids()
        self._reindex()
        self.endResetModel()

    def _kind(self) -> str:
        raise NotImplementedError


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


class PeopleModel(_IdTableModel):
    """The people of a plan: old post and tier, new tier, body, reports-to."""

    NAME, STAFF_ID, POST, TIER_BEFORE, TIER_AFTER, BODY, REPORTS_TO, UNIT, GRADE, POST_TYPE = range(10)
    HEADERS = tuple(
        KINDS[EntityKind.PERSON].field(f)
        for f in (
            "name",
            "staff_id",
            "post",
            "tier_before",
            "tier_after",
            "body_id",
            "reports_to_id",
            "unit_id",
            "grade",
            "post_type",
        )
    )
    #: Cells edited with a combo of choices (ChoicesRole) …
    CHOICE_COLUMNS = (TIER_BEFORE, TIER_AFTER, BODY, REPORTS_TO, UNIT, POST_TYPE)
    #: … and cells edited as text.
    TEXT_COLUMNS = (NAME, STAFF_ID, POST, GRADE)
    EDITABLE = CHOICE_COLUMNS + TEXT_COLUMNS
    _TEXT_FIELDS: ClassVar[dict[int, str]] = {NAME: "name", STAFF_ID: "staff_id", POST: "post", GRADE: "grade"}

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        self.body_filter: str | None = None  # a body id, NONE_FILTER, or None = all
        self.tier_filter: Tier | None = None  # matches the new tier
        self.unit_filter: str | None = None  # a unit id, NONE_FILTER, or None = all
        self.search = ""
        super().__init__(doc, parent)

    def _kind(self) -> str:
        return EntityKind.PERSON

    def set_filters(
        self,
        body: str | None = None,
        tier: Tier | None = None,
        unit: str | None = None,
        search: str = "",
    ) -> None:
        self.body_filter, self.tier_filter, self.unit_filter, self.search = body, tier, unit, search.strip()
        self.refresh([])

    def _all_ids(self) -> list[str]:
        return list(self.plan.people)

    def _accepts(self, entity_id: str) -> bool:
        p = self.plan.people[entity_id]
        if self.tier_filter is not None and p.tier_after is not self.tier_filter:
            return False
        if self.body_filter is not None:
            body = self.plan.body_of(p)
            if (body or NONE_FILTER) != self.body_filter:
                return False
        if self.unit_filter is not None and (p.unit_id or NONE_FILTER) != self.unit_filter:
            return False
        return not self.search or self.search in p.name or self.search in p.staff_id

    def _sort_key(self, column: int) -> Callable[[str], Any]:
        people = self.plan.people
        if column == self.TIER_BEFORE:
            order = {t: i for i, t in enumerate(Tier)}
            return lambda eid: order[people[eid].tier_before]
        if column == self.TIER_AFTER:
            order = {t: i for i, t in enumerate(Tier)}
            return lambda eid: order[people[eid].tier_after]
        return lambda eid: _collator.sortKey(self._display(eid, column))

    def _person_name(self, person_id: str | None) -> str:
        person = self.plan.people.get(person_id or "")
        return person.name if person is not None else ""

    def _display(self, entity_id: str, column: int) -> str:
        p = self.plan.people[entity_id]
        if column == self.NAME:
            return p.name
        if column == self.STAFF_ID:
            return p.staff_id
        if column == self.POST:
            return p.post
        if column == self.TIER_BEFORE:
            return tier_label(p.tier_before)
        if column == self.TIER_AFTER:
            return tier_label(p.tier_after)
        if column == self.BODY:
            body = self.plan.bodies.get(self.plan.body_of(p) or "")
            return body.name if body is not None else ""
        if column == self.REPORTS_TO:
            return self._person_name(p.reports_to_id)
        if column == self.UNIT:
            unit = self.plan.units.get(p.unit_id or "")
            return unit.name if unit is not None else ""
        if column == self.GRADE:
            return p.grade
        if column == self.POST_TYPE:
            return labels.post_type_label(p.post_type) if p.post_type is not PostType.UNSET else ""
        return ""

    def _value(self, p: Person, column: int) -> Any:
        if column == self.TIER_AFTER:
            return p.tier_after
        if column == self.BODY:
            return p.body_id
        if column == self.REPORTS_TO:
            return p.reports_to_id
        if column == self.TIER_BEFORE:
            return p.tier_before
        if column == self.UNIT:
            return p.unit_id
        if column == self.POST_TYPE:
            return p.post_type
        return None

    def choices(self, row: int, column: int) -> list[tuple[str, Any]]:
        """What the editor of a cell offers, as (label, value)."""
        pid = self.id_at(row)
        if pid is None:
            return []
        person = self.plan.people[pid]
        if column == self.TIER_AFTER:
            tiers_offered = list(TIERS_AFTER)
            if person.tier_after not in tiers_offered:
                tiers_offered.append(person.tier_after)
            return [(tier_label(t), t) for t in tiers_offered]
        if column == self.TIER_BEFORE:
            return [(tier_label(t), t) for t in TIERS_BEFORE]
        if column == self.UNIT:
            none = QCoreApplication.translate("TierEdits", "（无原科室）")
            return [(none, None)] + [(u.name, u.id) for u in self.plan.units.values()]
        if column == self.POST_TYPE:
            return [(labels.post_type_label(t), t) for t in PostType]
        if column == self.BODY:
            unit = self.plan.units.get(person.unit_id or "")
            unit_body = self.plan.bodies.get(unit.body_id or "") if unit is not None else None
            follow = QCoreApplication.translate("TierEdits", "（随原科室）")
            if unit_body is not None:
                follow = QCoreApplication.translate("TierEdits", "（随原科室：%1）").replace("%1", unit_body.name)
            return [(follow, None)] + [(b.name, b.id) for b in self.plan.bodies.values()]
        if column == self.REPORTS_TO:
            # Leaders only: offering 2,000 names in a combo helps nobody.
            out: list[tuple[str, Any]] = [(QCoreApplication.translate("TierEdits", "（无）"), None)]
            for q in self.plan.people.values():
                if q.id != pid and (q.tier_after in LEADER_TIERS or q.id == person.reports_to_id):
                    text = QCoreApplication.translate("TierEdits", "%1（%2）")
                    out.append((text.replace("%1", q.name).replace("%2", tier_label(q.tier_after)), q.id))
            return out
        return []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        pid = self._ids[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(pid, column)
        if role == ValueRole:
            return self._value(self.plan.people[pid], column)
        if role == IdRole:
            return pid
        if role == ChoicesRole:
            return self.choices(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.TIER_AFTER:
            tier = self.plan.people[pid].tier_after
            return PROBLEM_BRUSH if tier in (Tier.SECTION_CHIEF, Tier.DEPUTY_LEADER) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.BODY:
            p = self.plan.people[pid]
            return (
                QCoreApplication.translate("TierEdits", "随原科室并入")
                if p.body_id is None and self._display(pid, column)
                else None
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in self.EDITABLE and not self.doc.read_only:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        pid = self._ids[index.row()]
        column = index.column()
        if column == self.TIER_AFTER:
            return edits.set_tier_after(self.doc, [pid], Tier(value))
        if column == self.BODY:
            return edits.move_to_body(self.doc, [pid], value if value in self.plan.bodies else None)
        if column == self.REPORTS_TO:
            return edits.set_reports_to(self.doc, [pid], value if value in self.plan.people else None)
        if column == self.TIER_BEFORE:
            return edits.edit_person(self.doc, pid, {"tier_before": Tier(value)})
        if column == self.UNIT:
            return edits.edit_person(self.doc, pid, {"unit_id": value if value in self.plan.units else None})
        if column == self.POST_TYPE:
            return edits.edit_person(self.doc, pid, {"post_type": PostType(value)})
        if column in self._TEXT_FIELDS:
            return edits.edit_person(self.doc, pid, {self._TEXT_FIELDS[column]: str(value or "").strip()})
        return False

    # -- drag ------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(PEOPLE_MIME, [self._ids[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.LinkAction


class BodyListModel(_IdTableModel):
    """Bodies with their deputy in charge and load; drop people to move them in,
    drop a deputy in charge to make them lead the body."""

    NAME, DEPUTY, PEOPLE_COL, LEADERS = range(4)
    HEADERS = (
        KINDS[EntityKind.BODY].field("name"),
        KINDS[EntityKind.BODY].field("deputy_id"),
        QT_TRANSLATE_NOOP("BodyListModel", "人数/编制数"),
        QT_TRANSLATE_NOOP("BodyListModel", "领导/领导职数"),
    )

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        self._report = tiers.spans(doc.plan)
        self._load: dict[str, tiers.BodyLoad] = {b.body_id: b for b in self._report.bodies}
        super().__init__(doc, parent)

    def _kind(self) -> str:
        return EntityKind.BODY

    def _all_ids(self) -> list[str]:
        return list(self.plan.bodies)

    def refresh(self, changed: Sequence[str] | None = None) -> None:
        # Loads depend on people, units and bodies alike: recompute, repaint all rows.
        self._report = tiers.spans(self.plan)
        self._load = {b.body_id: b for b in self._report.bodies}
        super().refresh(None)

    @Slot(object, list)
    def _on_changed(self, kind: str, ids: list) -> None:
        self.refresh(None)

    def _on_reset(self) -> None:
        self._report = tiers.spans(self.plan)
        self._load = {b.body_id: b for b in self._report.bodies}
        super()._on_reset()

    def _display(self, entity_id: str, column: int) -> str:
        body = self.plan.bodies[entity_id]
        load = self._load.get(entity_id)
        if column == self.NAME:
            return body.name
        if column == self.DEPUTY:
            deputy = self.plan.people.get(body.deputy_id or "")
            return deputy.name if deputy is not None else ""
        if load is None:
            return ""
        if column == self.PEOPLE_COL:
            return f"{load.people}/{load.authorized_posts}"
        if column == self.LEADERS:
            return f"{load.leaders_after}/{load.leadership_posts}"
        return ""

    def choices(self, row: int, column: int) -> list[tuple[str, Any]]:
        if column != self.DEPUTY:
            return []
        out: list[tuple[str, Any]] = [(QCoreApplication.translate("TierEdits", "（无）"), None)]
        out += [(p.name, p.id) for p in self.plan.people.values() if p.tier_after is Tier.DEPUTY_IN_CHARGE]
        return out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        bid = self._ids[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(bid, column)
        if role == IdRole:
            return bid
        if role == ValueRole:
            return self.plan.bodies[bid].deputy_id if column == self.DEPUTY else None
        if role == ChoicesRole:
            return self.choices(index.row(), column)
        load = self._load.get(bid)
        if role == Qt.ItemDataRole.BackgroundRole and load is not None:
            if column == self.DEPUTY and load.deputy_id is None:
                return PROBLEM_BRUSH
            if column == self.PEOPLE_COL and (load.people > load.authorized_posts or load.level == "busy"):
                return BUSY_BRUSH
            if column == self.PEOPLE_COL and load.level == "idle":
                return IDLE_BRUSH
            if column == self.LEADERS and load.leaders_after > load.leadership_posts:
                return BUSY_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and load is not None and column == self.PEOPLE_COL:
            if load.ratio is None:
                return QCoreApplication.translate("TierEdits", "未核定编制数")
            return (
                QCoreApplication.translate("TierEdits", "负荷 %1%（各机构平均 %2%）")
                .replace("%1", f"{load.ratio * 100:.0f}")
                .replace("%2", f"{self._report.mean_ratio * 100:.0f}")
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        f = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == self.DEPUTY and not self.doc.read_only:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.DEPUTY:
            return False
        return edits.assign_deputy(self.doc, self._ids[index.row()], value if value in self.plan.people else None)

    # -- drag and drop -----------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [BODIES_MIME, PEOPLE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(BODIES_MIME, [self._ids[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def _target(self, row: int, parent: QModelIndex) -> str | None:
        # Only a drop onto a body row means something (not between rows).
        return self.id_at(parent.row()) if parent.isValid() else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        if self.doc.read_only or self._target(row, parent) is None:
            return False
        return bool([i for i in decode_ids(data, PEOPLE_MIME) if i in self.plan.people])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        body_id = self._target(row, parent)
        assert body_id is not None
        ids = [i for i in decode_ids(data, PEOPLE_MIME) if i in self.plan.people]
        # One deputy in charge dropped on a body: they lead it.  Anyone else: they move in.
        if len(ids) == 1 and self.plan.people[ids[0]].tier_after is Tier.DEPUTY_IN_CHARGE:
            return edits.assign_deputy(self.doc, body_id, ids[0])
        return edits.move_to_body(self.doc, ids, body_id)


class DeputyListModel(_IdTableModel):
    """Deputies in charge with their span; drop people to make them report to one,
    drop bodies to make them lead them."""

    NAME, BODIES_COL, BODY_COUNT, PEOPLE_LED, DIRECT = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("DeputyListModel", "分管副职"),
        QT_TRANSLATE_NOOP("DeputyListModel", "分管机构"),
        QT_TRANSLATE_NOOP("DeputyListModel", "机构数"),
        QT_TRANSLATE_NOOP("DeputyListModel", "分管人数"),
        QT_TRANSLATE_NOOP("DeputyListModel", "直接汇报"),
    )

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        self._report = tiers.spans(doc.plan)
        self._span: dict[str, tiers.DeputySpan] = {d.person_id: d for d in self._report.deputies}
        super().__init__(doc, parent)

    def _kind(self) -> str:
        return EntityKind.PERSON

    def _recompute(self) -> None:
        self._report = tiers.spans(self.plan)
        self._span = {d.person_id: d for d in self._report.deputies}

    def _all_ids(self) -> list[str]:
        return [d.person_id for d in self._report.deputies]

    def refresh(self, changed: Sequence[str] | None = None) -> None:
        self._recompute()
        super().refresh(changed)

    @Slot(object, list)
    def _on_changed(self, kind: str, ids: list) -> None:
        self.refresh(None)

    def _on_reset(self) -> None:
        self._recompute()
        super()._on_reset()

    @property
    def report(self) -> tiers.SpanReport:
        return self._report

    def _sort_key(self, column: int) -> Callable[[str], Any]:
        if column in (self.BODY_COUNT, self.PEOPLE_LED, self.DIRECT):
            return lambda eid: int(self._display(eid, column) or 0)
        return lambda eid: _collator.sortKey(self._display(eid, column))

    def _display(self, entity_id: str, column: int) -> str:
        span = self._span.get(entity_id)
        if span is None:
            return ""
        if column == self.NAME:
            return span.name
        if column == self.BODIES_COL:
            return labels.join_list([self.plan.bodies[b].name for b in span.body_ids])
        if column == self.BODY_COUNT:
            return str(len(span.body_ids))
        if column == self.PEOPLE_LED:
            return str(span.people_led)
        if column == self.DIRECT:
            return str(span.direct_reports)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        pid = self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pid, index.column())
        if role == IdRole:
            return pid
        span = self._span.get(pid)
        if role == Qt.ItemDataRole.BackgroundRole and span is not None and index.column() == self.PEOPLE_LED:
            return {"busy": BUSY_BRUSH, "idle": IDLE_BRUSH}.get(span.level)
        if role == Qt.ItemDataRole.ToolTipRole and span is not None and span.level:
            word = (
                QCoreApplication.translate("TierEdits", "偏忙")
                if span.level == "busy"
                else QCoreApplication.translate("TierEdits", "偏闲")
            )
            led = TierEdits.tr("%1：分管%n人，平均%3人", "", span.people_led)
            return led.replace("%1", word).replace("%3", f"{self._report.mean_people_led:.1f}")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME, BODIES_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(PEOPLE_MIME, [self._ids[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        if self.doc.read_only or not parent.isValid() or self.id_at(parent.row()) is None:
            return False
        target = self.id_at(parent.row())
        people = [i for i in decode_ids(data, PEOPLE_MIME) if i in self.plan.people and i != target]
        bodies = [i for i in decode_ids(data, BODIES_MIME) if i in self.plan.bodies]
        return bool(people or bodies)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        deputy_id = self.id_at(parent.row())
        assert deputy_id is not None
        bodies = [i for i in decode_ids(data, BODIES_MIME) if i in self.plan.bodies]
        if bodies:
            return edits.assign_deputy(self.doc, bodies, deputy_id)
        people = [i for i in decode_ids(data, PEOPLE_MIME) if i in self.plan.people and i != deputy_id]
        return edits.set_reports_to(self.doc, people, deputy_id)
