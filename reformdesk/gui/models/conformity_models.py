"""Item models of the 三级四同 page: county items beside their reference items, and the items the county lacks.

:class:`ConformityModel` has one row per county item (filtered by status: 不一致, 县级独有,
一致, or all) and, for each field 三级四同 compares (conformity.COMPARED: name, code,
type, 法律法规依据, 具体条款), two columns side by side — the county's value and the
reference's — with the differing ones highlighted.  Titles come from the registry's
field labels.  :class:`MissingModel` lists the reference items no county item matches.
Both follow the document's conformity result, recomputed after each edit.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reformdesk.domain.catalogue.conformity import COMPARED
from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.model import PowerType
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.models.catalogue_models import ENTITY_ROLE, Index, field_title
from reformdesk.gui.models.collation import collator
from reformdesk.gui.models.labels import power_type_label

#: A cell's field (a name of COMPARED), or None for the status and 实施主体 columns.
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2
#: Whether a cell's field differs from the reference (bool).
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 3

_DIFFER_BACKGROUND = QBrush(QColor("#ffe3b0"))
_STATUS_COLOURS = {"differs": QColor("#b3261e"), "county_only": QColor("#1f5fa8"), "conforms": QColor("#2e7d32")}


class Status(StrEnum):
    DIFFERS = "differs"  # 不一致
    COUNTY_ONLY = "county_only"  # 县级独有
    CONFORMS = "conforms"  # 一致

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Conformity", _STATUS_LABELS[self])


_STATUS_LABELS = {
    Status.DIFFERS: QT_TRANSLATE_NOOP("Conformity", "不一致"),
    Status.COUNTY_ONLY: QT_TRANSLATE_NOOP("Conformity", "县级独有"),
    Status.CONFORMS: QT_TRANSLATE_NOOP("Conformity", "一致"),
}


#: How the status column sorts: what needs work first.
_STATUS_ORDER = {Status.DIFFERS: 0, Status.COUNTY_ONLY: 1, Status.CONFORMS: 2}
_TYPE_ORDER = {t: n for n, t in enumerate(PowerType)}


def value_text(item: CatalogueItem, name: str) -> str:
    value = getattr(item, name)
    return power_type_label(value) if isinstance(value, PowerType) else str(value)


class _Ranks:
    """Texts of one column in collation order, as numbers per county item id.

    An ICU collation key costs ~4 µs to make and each comparison is a call into Qt, so sorting
    50,000 names by their keys takes ~0.4 s: too long to repeat after every edit while the table
    is sorted.  The first sort ranks every text (equal texts equally); an edited item's text is
    then placed among the ranked ones by bisection (~16 comparisons) with a rank between its
    neighbours', and the rows sort by plain numbers.
    """

    def __init__(self, by: int = 1) -> None:
        #: Which id of a row the texts belong to: 1 the county item's, 2 the reference item's (a
        #: reference text changes only with the reference list, whatever pairs with it).
        self.by = by
        self.rank: dict[str | None, float | None] = {}
        self.keys: list[Any] = []  # collation keys in order (a replaced text's key stays: harmless)
        self.values: list[float] = []  # their ranks, ascending

    def forget(self, ids: Sequence[str]) -> None:
        for iid in ids:
            self.rank.pop(iid, None)

    def keyed(
        self,
        rows: list[tuple[Status, str, str | None, frozenset[str]]],
        text: Callable[[tuple[Status, str, str | None, frozenset[str]]], str | None],
    ) -> Callable[[tuple[Status, str, str | None, frozenset[str]]], float | None]:
        new = [row for row in rows if row[self.by] not in self.rank]
        if new and (not self.keys or len(new) > 64):
            self._rank_all(rows, text)
        else:
            for row in new:
                if not self._place(row[self.by], text(row)):
                    self._rank_all(rows, text)
                    break
        rank, by = self.rank, self.by
        return lambda row: rank[row[by]]

    def _rank_all(
        self, rows: list[tuple[Status, str, str | None, frozenset[str]]], text: Callable[..., str | None]
    ) -> None:
        sort_key = collator().sortKey
        self.rank = {}
        keyed = []
        for row in rows:
            value = text(row)
            if value is None:
                self.rank[row[self.by]] = None
            else:
                keyed.append((sort_key(value), row[self.by]))
        keyed.sort(key=lambda pair: pair[0])
        self.keys, self.values = [], []
        n = -1
        for key, iid in keyed:
            if not self.keys or self.keys[-1] < key:  # a new text (sorted: not less means equal)
                n += 1
                self.keys.append(key)
                self.values.append(float(n))
            self.rank[iid] = float(n)

    def _place(self, iid: str | None, value: str | None) -> bool:
        """Rank one text among the ranked; False when no number fits between its neighbours."""
        if value is None:
            self.rank[iid] = None
            return True
        key = collator().sortKey(value)
        at = bisect.bisect_right(self.keys, key)
        if at > 0 and not self.keys[at - 1] < key:  # equal to a ranked text
            self.rank[iid] = self.values[at - 1]
            return True
        low = self.values[at - 1] if at > 0 else self.values[0] - 1.0 if self.values else 0.0
        high = self.values[at] if at < len(self.values) else low + 2.0
        middle = (low + high) / 2
        if not low < middle < high:
            return False
        self.keys.insert(at, key)
        self.values.insert(at, middle)
        self.rank[iid] = middle
        return True


class ConformityModel(QAbstractTableModel):
    """County items with their reference values side by side (see the module docstring)."""

    #: (column kind, field): "status", "subject", then ("county", f), ("reference", f) per compared field.
    COLUMNS: tuple[tuple[str, str | None], ...] = (
        ("status", None),
        ("subject", None),
        *((side, f) for f in COMPARED for side in ("county", "reference")),
    )

    def __init__(self, doc: CatalogueDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        #: The statuses shown (all by default).
        self.statuses: set[Status] = set(Status)
        self.search = ""
        #: (status, county item id, reference item id or None, differing fields)
        self.rows: list[tuple[Status, str, str | None, frozenset[str]]] = []
        self.counts: dict[Status, int] = dict.fromkeys(Status, 0)
        #: The column the rows are sorted by (-1: catalogue order) and the order.
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        #: While the page is hidden, edits only mark the rows stale (conform is linear in both lists).
        self.active = True
        self._stale = False
        #: Text columns' collation ranks by county item id (see _Ranks), dropped as items change.
        self._ranks: dict[int, _Ranks] = {}
        self._build()
        doc.catalogueReset.connect(self._reset)
        doc.entitiesChanged.connect(self._changed)
        doc.referenceChanged.connect(self._reset)

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self._stale:
            self.refresh()

    def set_filter(self, statuses: set[Status], text: str = "") -> None:
        self.statuses, self.search = set(statuses), text.strip().lower()
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        result = self.doc.conformity()
        self.rows = []
        self.counts = dict.fromkeys(Status, 0)
        if result is None:
            return
        differing = {m.item_id: m for m in result.mismatches}
        county_only = set(result.county_only)
        items = self.doc.cat.items
        for iid, item in items.items():
            if iid in differing:
                status, fields = Status.DIFFERS, frozenset(d.field for d in differing[iid].differences)
            elif iid in county_only:
                status, fields = Status.COUNTY_ONLY, frozenset()
            else:
                status, fields = Status.CONFORMS, frozenset()
            self.counts[status] += 1
            if status not in self.statuses:
                continue
            if self.search and self.search not in item.name.lower() and self.search not in item.code.lower():
                continue
            self.rows.append((status, iid, result.pairs.get(iid), fields))
        self._sort_rows()

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` inside the model (a key sort: a proxy would call data() per comparison).
        The status sorts 不一致 → 县级独有 → 一致, a type in 事项类型 order, text by its characters;
        ties keep the catalogue's order, and the rows stay sorted through edits and filters."""
        if not -1 <= column < len(self.COLUMNS):
            return
        # Without arguments: emitted from Python with ([], VerticalSortHint) it crashed PySide 6.11
        # (a segfault in the table view's setSortingEnabled, seen in the tests).
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()][1] if 0 <= i.row() < len(self.rows) else None for i in before]
        self.sort_column, self.sort_order = column, order
        self._ranks.pop(column, None)  # ranked afresh: ties exactly in the catalogue's order
        # From the catalogue's order, so that equal keys keep it whatever was sorted before
        # (and no sort column, the header's indicator cleared, is the catalogue's order).
        position = {iid: n for n, iid in enumerate(self.doc.cat.items)}
        self.rows.sort(key=lambda row: position[row[1]])
        self._sort_rows()
        where = {iid: row for row, (_s, iid, _r, _f) in enumerate(self.rows)}
        self.changePersistentIndexList(
            before,
            [
                self.index(where[iid], i.column()) if iid in where else QModelIndex()
                for i, iid in zip(before, ids, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self.sort_column < 0:
            return  # _build lists the rows in catalogue order
        key = self._sort_key(self.sort_column)

        def number(row: tuple[Status, str, str | None, frozenset[str]]) -> float:
            value = key(row)
            return math.inf if value is None else value  # no value (no reference item): last, first descending

        # Python's sort is stable, with reverse too: equal keys keep the order they come in.
        self.rows.sort(key=number, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: int) -> Callable[[tuple[Status, str, str | None, frozenset[str]]], Any]:
        """A row's key for ``column`` (None: no value)."""
        side, name = self.COLUMNS[column]
        if side == "status":
            return lambda row: _STATUS_ORDER[row[0]]
        cat, ref = self.doc.cat, self.doc.reference
        if name == "type":
            types = ref.items if side == "reference" and ref is not None else cat.items

            def type_key(row: tuple[Status, str, str | None, frozenset[str]]) -> int | None:
                iid = row[2] if side == "reference" else row[1]
                return None if iid is None or iid not in types else _TYPE_ORDER[types[iid].type]

            return type_key

        def text(row: tuple[Status, str, str | None, frozenset[str]]) -> str | None:
            if side == "subject":
                return cat.subject_name(cat.items[row[1]])
            if side == "reference":
                return None if ref is None or row[2] is None else str(getattr(ref.items[row[2]], name or ""))
            return str(getattr(cat.items[row[1]], name or ""))

        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = self._ranks[column] = _Ranks(2 if side == "reference" else 1)
        return ranks.keyed(self.rows, text)

    @Slot(object, list)
    def _changed(self, kind: object, ids: list[str]) -> None:
        if kind is CatalogueKind.ITEM:
            for ranks in self._ranks.values():
                ranks.forget(ids)  # its values (and its reference item, paired by code) may differ now
            self.refresh()
        elif kind is CatalogueKind.SUBJECT:
            self._ranks.clear()  # a renamed 实施主体 is in many items' keys

    @Slot()
    def _reset(self) -> None:
        self._ranks.clear()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.active:
            self._stale = True
            return
        self._stale = False
        old = self.rows
        before = [(s, i) for s, i, _r, _f in old]
        self._build()
        new = self.rows
        if [(s, i) for s, i, _r, _f in new] == before:
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.COLUMNS) - 1))
            return
        self.rows = old  # the old rows until the views have been told
        self.beginResetModel()
        self.rows = new
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        for row, (_s, iid, _r, _f) in enumerate(self.rows):
            if iid == item_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        side, name = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if side == "status":
                return self.tr("状态")
            if side == "subject":
                return field_title(CatalogueKind.ITEM.spec.field("subject_id"))
            title = field_title(CatalogueKind.ITEM.spec.field(name or ""))
            return title if side == "county" else self.tr("参照%1").replace("%1", title)
        if role == Qt.ItemDataRole.ToolTipRole and side in ("county", "reference"):
            return self.tr("本县清单的值") if side == "county" else self.tr("参照目录的值")
        return None

    def _item(self, row: int, side: str) -> tuple[Catalogue, CatalogueItem] | None:
        _s, iid, rid, _f = self.rows[row]
        if side == "reference":
            ref = self.doc.reference
            if rid is None or ref is None:
                return None
            return ref, ref.items[rid]
        return self.doc.cat, self.doc.cat.items[iid]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        status, iid, _rid, fields = self.rows[index.row()]
        side, name = self.COLUMNS[index.column()]
        differs = name is not None and name in fields
        if role == ENTITY_ROLE:
            return (CatalogueKind.ITEM, iid)
        if role == FIELD_ROLE:
            return name
        if role == DIFFERS_ROLE:
            return differs
        if role == Qt.ItemDataRole.BackgroundRole:
            return _DIFFER_BACKGROUND if differs else None
        if role == Qt.ItemDataRole.FontRole and (differs or side == "status"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and side == "status":
            return QBrush(_STATUS_COLOURS[status.value])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if side == "status":
            return status.label
        if side == "subject":
            return self.doc.cat.subject_name(self.doc.cat.items[iid])
        found = self._item(index.row(), side)
        if found is None:
            return None if role == Qt.ItemDataRole.ToolTipRole else ""
        text = value_text(found[1], name or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text.replace("\n", " ")


class MissingModel(QAbstractTableModel):
    """Reference items no county item matches (缺少): what the county's list lacks."""

    FIELDS = ("code", "name", "type", "legal_basis", "basis_clause", "subject_id")

    def __init__(self, doc: CatalogueDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ids: list[str] = self._ids()
        self.active = True
        self._stale = False
        doc.catalogueReset.connect(self.refresh)
        doc.entitiesChanged.connect(self._changed)
        doc.referenceChanged.connect(self.refresh)

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self._stale:
            self.refresh()

    def _ids(self) -> list[str]:
        result = self.doc.conformity()
        return [] if result is None else list(result.missing)

    @Slot(object, list)
    def _changed(self, _kind: object, _ids: list[str]) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.active:
            self._stale = True
            return
        self._stale = False
        new = self._ids()
        if new == self.ids:
            return
        self.beginResetModel()
        self.ids = new
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.FIELDS):
            title = field_title(CatalogueKind.ITEM.spec.field(self.FIELDS[section]))
            return self.tr("参照%1").replace("%1", title) if self.FIELDS[section] == "subject_id" else title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ref = self.doc.reference
        if not index.isValid() or ref is None:
            return None
        item = ref.items[self.ids[index.row()]]
        name = self.FIELDS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = ref.subject_name(item) if name == "subject_id" else value_text(item, name)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        return None
