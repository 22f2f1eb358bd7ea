"""Table models of a comparison: the differences (filtered and sorted inside the
model, so 50,000 rows stay cheap) and the key figures side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from reformdesk.domain.comparison import Action, Difference, FigureRow
from reformdesk.domain.registry import EntityKind, difference_field
from reformdesk.gui.models.compare_tree_model import ACTION_COLOURS
from reformdesk.gui.models.labels import (
    action_label,
    difference_label,
    difference_value,
    field_label,
    figure_text,
    kind_label,
)

Index = QModelIndex | QPersistentModelIndex

#: The Difference of a row (DiffModel).
DifferenceRole = Qt.ItemDataRole.UserRole + 1

COL_ACTION, COL_KIND, COL_OBJECT, COL_FIELD, COL_A, COL_B = range(6)
_ACTION_ORDER = {a: i for i, a in enumerate(Action)}
_KIND_ORDER = {k: i for i, k in enumerate(EntityKind)}


class DiffModel(QAbstractTableModel):
    """Every difference of a comparison; ``set_filter`` narrows the rows shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Difference] = []
        self._rows: list[int] = []  # row → index into _all
        self._haystack: list[str] | None = None  # lower-cased searchable text, built on first text filter
        self._kind: EntityKind | None = None
        self._action: Action | None = None
        self._text = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = tuple(
            field_label(difference_field(f).label) for f in ("action", "kind", "label", "field", "a_value", "b_value")
        )

    # -- content ----------------------------------------------------------------
    def set_differences(self, differences: Sequence[Difference]) -> None:
        self.beginResetModel()
        self._all = list(differences)
        self._haystack = None
        self._rows = self._filtered()
        self._sort_rows()
        self.endResetModel()

    def set_column_names(self, a: str, b: str) -> None:
        self._headers = (*self._headers[:COL_A], a, b)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_A, COL_B)

    def set_filter(self, kind: EntityKind | None = None, action: Action | None = None, text: str = "") -> None:
        """Show only differences of ``kind`` and ``action`` whose text contains ``text``."""
        text = text.strip().lower()
        if (kind, action, text) == (self._kind, self._action, self._text):
            return
        self.beginResetModel()
        self._kind, self._action, self._text = kind, action, text
        self._rows = self._filtered()
        self._sort_rows()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        kind, action, text = self._kind, self._action, self._text
        if kind is None and action is None and not text:
            return list(range(len(self._all)))
        if text and self._haystack is None:
            self._haystack = [
                f"{d.key}\n{d.label}\n{d.field_label}\n{d.a_value}\n{d.b_value}".lower() for d in self._all
            ]
        hay = self._haystack
        return [
            i
            for i, d in enumerate(self._all)
            if (kind is None or d.kind is kind)
            and (action is None or d.action is action)
            and (not text or text in hay[i])  # type: ignore[index]
        ]

    def difference(self, row: int) -> Difference:
        return self._all[self._rows[row]]

    def differences(self, rows: Sequence[int] | None = None) -> list[Difference]:
        """The differences on ``rows`` (all shown rows when None), in row order."""
        if rows is None:
            return [self._all[i] for i in self._rows]
        return [self._all[self._rows[r]] for r in sorted(set(rows))]

    def row_of(self, difference: Difference) -> int:
        """The row showing ``difference`` (matched by ident), or -1."""
        ident = difference.ident
        for row, i in enumerate(self._rows):
            if self._all[i].ident == ident:
                return row
        return -1

    def total(self) -> int:
        return len(self._all)

    # -- sorting (a key sort inside the model: no proxy over 50k rows) ------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = list(self._rows)
        self._sort = (column, order)
        self._sort_rows()
        if persistent:
            # Keep the selection and the current row on the same differences.
            where = {i: r for r, i in enumerate(self._rows)}
            for idx in persistent:
                if idx.isValid():
                    self.changePersistentIndex(idx, self.index(where[before[idx.row()]], idx.column()))
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        d = self._all
        keys = {
            COL_ACTION: lambda i: _ACTION_ORDER[d[i].action],
            COL_KIND: lambda i: _KIND_ORDER[d[i].kind],
            COL_OBJECT: lambda i: d[i].key,
            COL_FIELD: lambda i: d[i].field_label,
            COL_A: lambda i: d[i].a_value,
            COL_B: lambda i: d[i].b_value,
        }
        key = keys.get(column)
        if key is None:
            return
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt model interface (flags(): the table model's own, enabled and selectable) ------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._all[self._rows[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ACTION:
                return action_label(d.action)
            if col == COL_KIND:
                return kind_label(d.kind)
            if col == COL_OBJECT:
                return difference_label(d)  # names the entity: body, unit, "name（staff id）", "code name"
            if col == COL_FIELD:
                return field_label(d.field_label)
            return difference_value(d.a_value if col == COL_A else d.b_value)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_ACTION:
            return QBrush(ACTION_COLOURS[d.action])
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_A, COL_B, COL_OBJECT):
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == DifferenceRole:
            return d
        return None


class FiguresModel(QAbstractTableModel):
    """Key figures of both plans and their difference (方案一 / 方案二 / 差异)."""

    COL_SECTION, COL_LABEL, COL_A, COL_B, COL_DIFF = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FigureRow] = []
        self._headers = (self.tr("类别"), self.tr("项目"), self.tr("方案一"), self.tr("方案二"), self.tr("差异"))
        self._changed = QBrush(QColor("#fbe6bd"))

    def set_figures(self, rows: Sequence[FigureRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_column_names(self, a: str, b: str) -> None:
        self._headers = (*self._headers[: self.COL_A], a, b, self._headers[self.COL_DIFF])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COL_A, self.COL_B)

    def figure(self, row: int) -> FigureRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        fig = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SECTION:
                # The section only on its first row: the table reads as groups.
                return figure_text(fig.section) if row == 0 or self._rows[row - 1].section != fig.section else ""
            if col == self.COL_LABEL:
                return figure_text(fig.label)
            if col == self.COL_DIFF:
                diff = fig.diff
                return "—" if diff is None else f"{diff:+d}" if diff else "0"
            value = fig.a if col == self.COL_A else fig.b
            return "—" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.COL_A:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col >= self.COL_A and fig.a != fig.b:
            return self._changed
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_SECTION:
            return figure_text(fig.section)
        return None
