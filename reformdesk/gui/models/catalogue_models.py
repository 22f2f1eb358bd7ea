"""Item models of the catalogue window's 清单 page: 实施主体, their items (main items with sub-items), problems.

Columns come from the catalogue registry (domain/catalogue/registry.py): a column's
title is its field's label, translated in the context "Fields"; no title is written
twice.  The models rebuild from the document after each edit, which is linear and fast
at county size; when the rows stay the same they emit one ``dataChanged`` over the range
instead of a reset, so the view keeps its selection and scroll position.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont

from reformdesk.domain.catalogue.model import CatalogueItem, SubjectKind
from reformdesk.domain.catalogue.registry import ITEM_FIELDS, SUBJECT_FIELDS, CatalogueKind
from reformdesk.domain.model import PowerType
from reformdesk.domain.registry import FIELDS_CONTEXT, FieldSpec, ValueType
from reformdesk.domain.validation import Problem, Severity
from reformdesk.gui import icons
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.models.domain_text import problem_text
from reformdesk.gui.models.labels import join_list, power_type_label, severity_label

Index = QModelIndex | QPersistentModelIndex
#: The entity a row shows: (CatalogueKind, id), or None (the 全部 row).
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
#: internalId of a main item's row; a sub-item's is its main item's row + 1.
_TOP = 0

_SUBJECT_KIND_LABELS = {
    SubjectKind.DEPARTMENT: QT_TRANSLATE_NOOP("SubjectKind", "部门"),
    SubjectKind.TOWNSHIP: QT_TRANSLATE_NOOP("SubjectKind", "乡镇"),
}
_LEVEL_LABELS = {
    "省级": QT_TRANSLATE_NOOP("ExerciseLevel", "省级"),
    "市级": QT_TRANSLATE_NOOP("ExerciseLevel", "市级"),
    "县级": QT_TRANSLATE_NOOP("ExerciseLevel", "县级"),
    "乡级": QT_TRANSLATE_NOOP("ExerciseLevel", "乡级"),
}
#: Fields the item table leaves out: the tree shows the main item, and 备注 goes in the dialog.
_HIDDEN = {"parent_id"}
#: The item table's columns: the registry's fields, in its order.
ITEM_COLUMNS: tuple[FieldSpec, ...] = tuple(f for f in ITEM_FIELDS if f.name not in _HIDDEN)
#: Fields the filter box searches.
_SEARCHED = ("name", "code")


def subject_kind_label(kind: SubjectKind) -> str:
    return QCoreApplication.translate("SubjectKind", _SUBJECT_KIND_LABELS[kind])


def level_label(level: str) -> str:
    """A 行使层级 as shown; a value that is none of the four stays as written."""
    source = _LEVEL_LABELS.get(level)
    return QCoreApplication.translate("ExerciseLevel", source) if source else level


def field_title(spec: FieldSpec) -> str:
    return QCoreApplication.translate(FIELDS_CONTEXT, spec.label)


def steps_text(steps: list[str]) -> str:
    """责任事项 on one line: 受理→审查→决定→送达."""
    return "→".join(s for s in steps if s.strip())


class SubjectsModel(QAbstractTableModel):
    """Row 0: 全部实施主体; then each 实施主体 with its kind and item count."""

    COLUMNS = ("name", "kind", "count")

    def __init__(self, doc: CatalogueDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ids: list[str] = []
        self.counts: dict[str | None, int] = {}
        self._build()
        doc.catalogueReset.connect(self.refresh)
        doc.entitiesChanged.connect(self._changed)

    def _build(self) -> None:
        cat = self.doc.cat
        self.ids = list(cat.subjects)
        self.counts = {sid: len(items) for sid, items in cat.by_subject().items()}
        #: item id → its subject when counted: a field edit recounts only when one moved.
        self.subject_of = {iid: i.subject_id for iid, i in cat.items.items()}

    @Slot(object, list)
    def _changed(self, kind: object, ids: list[str]) -> None:
        items = self.doc.cat.items
        if kind is CatalogueKind.ITEM and all(self.subject_of.get(i) == items[i].subject_id for i in ids if i in items):
            return  # no item changed its 实施主体: the counts stand
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        old = self.ids
        if list(self.doc.cat.subjects) != old:
            self.beginResetModel()
            self._build()
            self.endResetModel()
            return
        self._build()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids), len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def subject_id(self, row: int) -> str | None:
        return self.ids[row - 1] if 0 < row <= len(self.ids) else None

    def row_of(self, subject_id: str | None) -> int:
        return 0 if subject_id is None else self.ids.index(subject_id) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if column == "count":
            return self.tr("事项")
        return field_title(next(f for f in SUBJECT_FIELDS if f.name == column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self.COLUMNS[index.column()]
        sid = self.subject_id(row)
        if role == ENTITY_ROLE:
            return None if sid is None else (CatalogueKind.SUBJECT, sid)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and sid is None:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if sid is None:
            if column == "name":
                return self.tr("全部实施主体")
            if column == "count":
                return str(len(self.doc.cat.items))
            return ""
        subject = self.doc.cat.subjects[sid]
        if column == "name":
            return subject.name
        if column == "kind":
            return subject_kind_label(subject.kind)
        return str(self.counts.get(sid, 0))


class ItemsModel(QAbstractItemModel):
    """The items of one 实施主体 (or all), main items with their sub-items as children; filtered.

    Shown: items matching the filter box (name or code) and the type filter, each main
    item with its matching sub-items (all of them when the main item itself matches).  A
    sub-item whose main item is not shown with it (another 实施主体, or gone) is a row of
    its own at the top level, so nothing is hidden.
    """

    def __init__(self, doc: CatalogueDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.subject_id: str | None = None
        self.search = ""
        self.power_type: PowerType | None = None
        #: The column sorted by (-1: the catalogue's own order) and how.
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.top: list[str] = []
        self.kids: list[list[str]] = []
        #: id → (parent row or -1, row)
        self.where: dict[str, tuple[int, int]] = {}
        self._build()
        doc.catalogueReset.connect(self.refresh)
        doc.entitiesChanged.connect(self._changed)

    # -- filtering ---------------------------------------------------------------------------
    def set_filter(self, subject_id: str | None = None, text: str = "", power_type: PowerType | None = None) -> None:
        self.subject_id, self.search, self.power_type = subject_id, text.strip().lower(), power_type
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _matches(self, item: CatalogueItem) -> bool:
        if self.power_type is not None and item.type is not self.power_type:
            return False
        if not self.search:
            return True
        return any(self.search in getattr(item, f).lower() for f in _SEARCHED)

    def _structure(self) -> tuple[list[str], list[list[str]]]:
        cat = self.doc.cat
        items = cat.items
        if self.subject_id is None:
            mine = list(items)
        else:
            mine = [iid for iid, i in items.items() if i.subject_id == self.subject_id]
        members = set(mine)
        children: dict[str, list[str]] = {}
        for iid in mine:
            parent = items[iid].parent_id
            if parent is not None and parent in members and items[parent].parent_id is None:
                children.setdefault(parent, []).append(iid)
        top: list[str] = []
        kids: list[list[str]] = []
        nested = {c for cs in children.values() for c in cs}
        for iid in mine:
            if iid in nested:
                continue
            item = items[iid]
            own = self._matches(item)
            shown = children.get(iid, []) if own else [c for c in children.get(iid, []) if self._matches(items[c])]
            if own or shown:
                top.append(iid)
                kids.append(shown)
        if self.sort_column >= 0:
            # A key sort here, not a QSortFilterProxyModel (DESIGN.md: 0.05 s against 11 s at 100k
            # rows); sub-items stay under their main item, sorted among themselves.
            spec = ITEM_COLUMNS[self.sort_column]
            reverse = self.sort_order == Qt.SortOrder.DescendingOrder

            def key(iid: str) -> str:
                return self.text(items[iid], spec)

            pairs = sorted(zip(top, kids, strict=True), key=lambda p: key(p[0]), reverse=reverse)
            top = [p[0] for p in pairs]
            kids = [sorted(p[1], key=key, reverse=reverse) for p in pairs]
        return top, kids

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (-1: catalogue order); the catalogue itself keeps its order."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.item_id(i), i.column()) for i in persistent]
        self.sort_column, self.sort_order = column, order
        self._build()
        self.changePersistentIndexList(
            persistent, [self.index_of(iid, col) if iid else QModelIndex() for iid, col in kept]
        )
        self.layoutChanged.emit()

    def _key(self, item: CatalogueItem) -> tuple[object, ...]:
        """What places an item in the tree: a field edit that keeps it needs no rebuild."""
        return (item.parent_id, item.subject_id, self._matches(item))

    def _build(self) -> None:
        self.top, self.kids = self._structure()
        items = self.doc.cat.items
        self.keys = {iid: self._key(i) for iid, i in items.items()}
        where: dict[str, tuple[int, int]] = {}
        for row, (iid, children) in enumerate(zip(self.top, self.kids, strict=True)):
            where[iid] = (-1, row)
            for crow, cid in enumerate(children):
                where[cid] = (row, crow)
        self.where = where

    @Slot(object, list)
    def _changed(self, kind: object, ids: list[str]) -> None:
        items = self.doc.cat.items
        if kind is CatalogueKind.ITEM and all(i in items and self.keys.get(i) == self._key(items[i]) for i in ids):
            # Fields changed, places did not: repaint those rows (one signal over 50,000 rows
            # costs the view a flags() call per row).
            last = len(ITEM_COLUMNS) - 1
            for iid in ids:
                index = self.index_of(iid)
                if index.isValid():
                    self.dataChanged.emit(index, self.index(index.row(), last, index.parent()))
            return
        if kind is CatalogueKind.ITEM or kind is CatalogueKind.SUBJECT:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        top, kids = self._structure()
        if top == self.top and kids == self.kids:
            last = len(ITEM_COLUMNS) - 1
            if top:
                self.dataChanged.emit(self.index(0, 0), self.index(len(top) - 1, last))
            for row, children in enumerate(kids):
                if children:
                    parent = self.index(row, 0)
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(len(children) - 1, last, parent))
            return
        self.beginResetModel()
        self._build()
        self.endResetModel()

    # -- the tree ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.top)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.kids[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(ITEM_COLUMNS)

    def item_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self.top[index.row()]
        return self.kids[int(index.internalId()) - 1][index.row()]

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        place = self.where.get(item_id)
        if place is None:
            return QModelIndex()
        parent_row, row = place
        parent = QModelIndex() if parent_row < 0 else self.index(parent_row, 0)
        return self.index(row, column, parent)

    def shown_count(self) -> int:
        return len(self.where)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(ITEM_COLUMNS):
            return field_title(ITEM_COLUMNS[section])
        return None

    def text(self, item: CatalogueItem, spec: FieldSpec) -> str:
        value = getattr(item, spec.name)
        if spec.name == "subject_id":
            return self.doc.cat.subject_name(item)
        if spec.name == "responsibility_steps":
            return steps_text(value)
        if spec.name == "levels":
            return join_list([level_label(v) for v in value])
        if spec.type is ValueType.TEXT_LIST:
            return join_list(list(value))
        if isinstance(value, PowerType):
            return power_type_label(value)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        iid = self.item_id(index)
        if iid is None:
            return None
        if role == ENTITY_ROLE:
            return (CatalogueKind.ITEM, iid)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            item = self.doc.cat.items[iid]
            text = self.text(item, ITEM_COLUMNS[index.column()])
            if role == Qt.ItemDataRole.DisplayRole:
                return text.replace("\n", " ")
            return text or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CatalogueProblemsModel(QAbstractTableModel):
    """The catalogue's problems (domain/catalogue/checks.py): severity and message."""

    def __init__(self, doc: CatalogueDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.problems: list[Problem] = doc.problems()
        doc.problemsChanged.connect(self.refresh)

    @Slot()
    def refresh(self) -> None:
        new = self.doc.problems()
        if new == self.problems:
            return
        self.beginResetModel()
        self.problems = new
        self.endResetModel()

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        return errors, len(self.problems) - errors

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("级别"), self.tr("问题"))[section] if 0 <= section < 2 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == ENTITY_ROLE:
            return None if problem.entity_id is None else (problem.entity_kind, problem.entity_id)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return icons.icon("error" if problem.severity is Severity.ERROR else "warning")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return severity_label(problem.severity) if index.column() == 0 else problem_text(problem)
        return None
