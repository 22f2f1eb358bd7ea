"""Item models of the town plan's catalogue link: the items to pick, the fields that differ.

Both are flat tables with a check box in the first column; they adapt, the dialogs
show them, the edits (gui/edits/catalogue_link_edits.py) change the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem
from reformdesk.domain.catalogue.town_link import LINKED, LinkDifference, PowerDifference
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import QT_TRANSLATE_NOOP
from reformdesk.gui.models.labels import enum_label

_Index = QModelIndex | QPersistentModelIndex
_GREY = QColor(128, 128, 128)
_CTX = "CatalogueLink"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


PICK_HEADERS = (
    QT_TRANSLATE_NOOP("CatalogueLink", "职权编码"),
    QT_TRANSLATE_NOOP("CatalogueLink", "职权名称"),
    QT_TRANSLATE_NOOP("CatalogueLink", "职权类型"),
    QT_TRANSLATE_NOOP("CatalogueLink", "实施主体"),
    QT_TRANSLATE_NOOP("CatalogueLink", "实施依据"),
)


class CatalogueItemsModel(QAbstractTableModel):
    """The catalogue's items, filtered by 实施主体, type and text; checkable unless the plan has the code."""

    def __init__(self, cat: Catalogue, plan: Plan, parent: Any = None) -> None:
        super().__init__(parent)
        self.cat = cat
        self._names = {sid: s.name for sid, s in cat.subjects.items()}
        self._have = {p.code.strip() for p in plan.powers.values() if p.code.strip()}
        self._all = list(cat.items.values())
        self._rows: list[CatalogueItem] = list(self._all)
        self.checked: dict[str, None] = {}  # item ids, in the order checked

    # -- filtering --------------------------------------------------------------------
    def set_filter(self, subject_id: str | None, power_type: str | None, text: str) -> None:
        needle = text.strip().lower()
        self.beginResetModel()
        self._rows = [
            i
            for i in self._all
            if (subject_id is None or i.subject_id == subject_id)
            and (power_type is None or i.type.value == power_type)
            and (not needle or needle in i.name.lower() or needle in i.code.lower())
        ]
        self.endResetModel()

    def in_plan(self, item: CatalogueItem) -> bool:
        return item.code.strip() in self._have

    def set_all_checked(self, checked: bool) -> None:
        """Check (or uncheck) every shown item the plan does not have yet."""
        for item in self._rows:
            if checked and not self.in_plan(item):
                self.checked[item.id] = None
            elif not checked:
                self.checked.pop(item.id, None)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )

    def item_at(self, row: int) -> CatalogueItem:
        return self._rows[row]

    # -- the model ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PICK_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(PICK_HEADERS)
        ):
            return _tr(PICK_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == 0 and not self.in_plan(self._rows[index.row()]):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.code + (
                    QCoreApplication.translate("CatalogueLink", "（已在方案中）") if self.in_plan(item) else ""
                )
            if col == 1:
                return ("　└ " if item.parent_id else "") + item.name
            if col == 2:
                return enum_label(item.type)
            if col == 3:
                return self._names.get(item.subject_id or "", "")
            if col == 4:
                return self.cat.basis(item)
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            if self.in_plan(item):
                return None
            return Qt.CheckState.Checked if item.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and self.in_plan(item):
            return _GREY
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return self.cat.basis(item)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        item = self._rows[index.row()]
        if self.in_plan(item):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked[item.id] = None
        else:
            self.checked.pop(item.id, None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


CHECK_HEADERS = (
    QT_TRANSLATE_NOOP("CatalogueLink", "事项编码"),
    QT_TRANSLATE_NOOP("CatalogueLink", "事项名称"),
    QT_TRANSLATE_NOOP("CatalogueLink", "字段"),
    QT_TRANSLATE_NOOP("CatalogueLink", "方案中的值"),
    QT_TRANSLATE_NOOP("CatalogueLink", "权责清单中的值"),
)


def _value(value: object) -> str:
    if isinstance(value, list):
        return " → ".join(str(v) for v in value)
    if hasattr(value, "value"):
        return enum_label(value)  # type: ignore[arg-type]
    return "" if value is None else str(value)


class LinkDifferencesModel(QAbstractTableModel):
    """One row per differing field of a plan power, grouped by field (in the order a difference
    lists them, then by code), optionally of one field only; checked rows are the values to adopt.

    Checks are kept by (power, field), so they survive a change of the field shown.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._every: list[tuple[PowerDifference, LinkDifference]] = []
        self._rows: list[tuple[PowerDifference, LinkDifference]] = []
        self.field: str | None = None
        self.checked: set[tuple[str, str]] = set()

    def set_differences(self, differing: Sequence[PowerDifference]) -> None:
        order = {f: n for n, f in enumerate(LINKED)}
        self.beginResetModel()
        self._every = sorted(
            ((d, f) for d in differing for f in d.fields),
            key=lambda row: (order.get(row[1].field, len(order)), row[0].code),
        )
        self.checked = set()
        if self.field is not None and not any(f.field == self.field for _d, f in self._every):
            self.field = None  # nothing left of that field (all adopted): show every field again
        self._filter()
        self.endResetModel()

    def set_field(self, field: str | None) -> None:
        """Show only the differences in ``field`` (None: every field)."""
        if field == self.field:
            return
        self.beginResetModel()
        self.field = field
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._rows = [row for row in self._every if self.field is None or row[1].field == self.field]

    def chosen(self, everything: bool = False) -> dict[str, list[LinkDifference]]:
        """``everything``: the rows listed now (the field shown); else the checked rows of any field."""
        out: dict[str, list[LinkDifference]] = {}
        rows = self._rows if everything else self._every
        for d, f in rows:
            if everything or (d.power_id, f.field) in self.checked:
                out.setdefault(d.power_id, []).append(f)
        return out

    def power_at(self, row: int) -> str:
        return self._rows[row][0].power_id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHECK_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(CHECK_HEADERS)
        ):
            return _tr(CHECK_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d, f = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return d.code
            if col == 1:
                return d.name
            if col == 2:
                return QCoreApplication.translate("Fields", f.label)
            if col == 3:
                return _value(f.plan) or QCoreApplication.translate("CatalogueLink", "（空）")
            if col == 4:
                return _value(f.catalogue) or QCoreApplication.translate("CatalogueLink", "（空）")
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if (d.power_id, f.field) in self.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        d, f = self._rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add((d.power_id, f.field))
        else:
            self.checked.discard((d.power_id, f.field))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
