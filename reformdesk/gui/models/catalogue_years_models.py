"""Item models of the catalogue window's 动态调整 and 审批事项目录 pages.

:class:`AdjustmentsModel` lists one year's records (the catalogue's own year unless told
otherwise); 调整理由, 文件依据, 文号, 日期 and 备注 are edited in place, each edit one undo
step through gui/edits/catalogue_years_edits.py.  :class:`ApprovalsModel` lists the
base-year approval items with their status; it is read-only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from reformdesk.domain.catalogue.approvals import AdjustMode, ApprovalCatalogue, ApprovalEntry, ApprovalStatus
from reformdesk.domain.catalogue.model import Adjustment, AdjustmentType
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.catalogue.versions import year_records
from reformdesk.domain.registry import FIELDS_CONTEXT, QT_TRANSLATE_NOOP
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.edits.catalogue_years_edits import fill_records, set_record_field
from reformdesk.gui.models.labels import display_date

_Index = QModelIndex | QPersistentModelIndex
SPEC = CatalogueKind.ADJUSTMENT.spec
#: The record columns after 序号, in the 年度动态调整表's order, then 备注.
RECORD_FIELDS = ("subject", "code", "name", "action", "before", "after", "reason", "basis", "doc_no", "date", "note")
EDITABLE = frozenset({"reason", "basis", "doc_no", "date", "note"})
_MISSING = QColor(255, 244, 204)
# 调整类型, 审批 status and 调整方式 as the pages show them (the English UI read 新增, 取消, 合并 …).
ENUM_SOURCES = (
    QT_TRANSLATE_NOOP("AdjustmentType", "新增"),
    QT_TRANSLATE_NOOP("AdjustmentType", "取消"),
    QT_TRANSLATE_NOOP("AdjustmentType", "下放"),
    QT_TRANSLATE_NOOP("AdjustmentType", "变更"),
    QT_TRANSLATE_NOOP("AdjustmentType", "合并"),
    QT_TRANSLATE_NOOP("AdjustmentType", "分设"),
    QT_TRANSLATE_NOOP("ApprovalStatus", "取消"),
    QT_TRANSLATE_NOOP("ApprovalStatus", "调整"),
    QT_TRANSLATE_NOOP("ApprovalStatus", "保留"),
    QT_TRANSLATE_NOOP("AdjustMode", "下放"),
    QT_TRANSLATE_NOOP("AdjustMode", "合并"),
    QT_TRANSLATE_NOOP("AdjustMode", "分设"),
    QT_TRANSLATE_NOOP("AdjustMode", "改为备案"),
    QT_TRANSLATE_NOOP("AdjustMode", "其他"),
)


def enum_text(value: AdjustmentType | ApprovalStatus | AdjustMode | None) -> str:
    """A catalogue years enum member as shown, in the context named after its class."""
    return QCoreApplication.translate(type(value).__name__, value.value) if value is not None else ""


class AdjustmentsModel(QAbstractTableModel):
    def __init__(self, doc: CatalogueDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.year: int | None = None  # None: the catalogue's own 年度
        self._rows: list[Adjustment] = []
        self._row_of: dict[str, int] = {}
        self._flags = self._make_flags()
        self.refresh()
        doc.catalogueReset.connect(self.refresh)
        doc.infoChanged.connect(self.refresh)
        doc.entitiesChanged.connect(self._changed)

    @staticmethod
    def _make_flags() -> tuple[Qt.ItemFlag, ...]:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return (base, *(base | Qt.ItemFlag.ItemIsEditable if f in EDITABLE else base for f in RECORD_FIELDS))

    def shown_year(self) -> int:
        return self.doc.cat.info.year if self.year is None else self.year

    def set_year(self, year: int | None) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = year_records(self.doc.cat, self.shown_year())
        self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        self.endResetModel()

    def _changed(self, kind: object, ids: list[str]) -> None:
        if kind is not CatalogueKind.ADJUSTMENT:
            return
        rows = [self._row_of[i] for i in ids if i in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(RECORD_FIELDS)))

    def record_at(self, row: int) -> Adjustment:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return self._row_of.get(record_id, -1)

    def incomplete(self) -> int:
        """Records still without 调整理由 or 文件依据/文号."""
        return sum(1 for r in self._rows if not r.reason.strip() or not (r.basis.strip() or r.doc_no.strip()))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RECORD_FIELDS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("CatalogueYears", "序号")
        if 1 <= section <= len(RECORD_FIELDS):
            return QCoreApplication.translate(FIELDS_CONTEXT, SPEC.field(RECORD_FIELDS[section - 1]).label)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._flags[index.column()] if not self.doc.read_only else self._flags[0]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        field = RECORD_FIELDS[col - 1] if col else ""
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return index.row() + 1
            value = getattr(r, field)
            if field == "date":
                return display_date(value)
            if field == "action":
                return enum_text(value)
            return value
        if role == Qt.ItemDataRole.EditRole and col:
            value = getattr(r, field)
            if field == "date":
                return QDate(value.year, value.month, value.day) if value else QDate.currentDate()
            return value
        if role == Qt.ItemDataRole.BackgroundRole and field in ("reason", "basis", "doc_no"):
            if field == "reason" and not r.reason.strip():
                return _MISSING
            if field in ("basis", "doc_no") and not (r.basis.strip() or r.doc_no.strip()):
                return _MISSING
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        field = RECORD_FIELDS[index.column() - 1]
        if field not in EDITABLE or self.doc.read_only:
            return False
        if field == "date":
            if isinstance(value, QDate):
                value = dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
            elif not isinstance(value, dt.date):
                return False
        else:
            value = str(value).strip()
        return set_record_field(self.doc, self._rows[index.row()].id, field, value)

    def fill_down(self, indexes: list[QModelIndex]) -> bool:
        """向下填充 (Ctrl+D, as in a spreadsheet): per editable column, the top selected cell's value
        into the other selected cells; a single cell takes the value of the one above. One undo step."""
        if self.doc.read_only:
            return False
        rows_by_column: dict[int, list[int]] = {}
        for index in indexes:
            if index.isValid() and index.column() and 0 <= index.row() < len(self._rows):
                rows_by_column.setdefault(index.column(), []).append(index.row())
        values: dict[str, dict[str, Any]] = {}
        for col, rows in rows_by_column.items():
            field = RECORD_FIELDS[col - 1]
            rows = sorted(set(rows))
            if field not in EDITABLE or rows == [0]:
                continue
            source, targets = (rows[0] - 1, rows) if len(rows) == 1 else (rows[0], rows[1:])
            value = getattr(self._rows[source], field)
            for row in targets:
                record = self._rows[row]
                if getattr(record, field) != value:
                    values.setdefault(record.id, {})[field] = value
        return bool(values) and fill_records(self.doc, values)


APPROVAL_HEADERS = (
    QT_TRANSLATE_NOOP("CatalogueYears", "序号"),
    QT_TRANSLATE_NOOP("CatalogueYears", "状态"),
    QT_TRANSLATE_NOOP("CatalogueYears", "调整方式"),
    QT_TRANSLATE_NOOP("CatalogueYears", "事项编码"),
    QT_TRANSLATE_NOOP("CatalogueYears", "事项名称"),
    QT_TRANSLATE_NOOP("CatalogueYears", "原实施部门"),
    QT_TRANSLATE_NOOP("CatalogueYears", "现实施机关"),
    QT_TRANSLATE_NOOP("CatalogueYears", "设定依据"),
    QT_TRANSLATE_NOOP("CatalogueYears", "理由/文件"),
)
_STATUS_COLOUR = {
    ApprovalStatus.CANCELLED: QColor(170, 0, 0),
    ApprovalStatus.ADJUSTED: QColor(150, 100, 0),
    ApprovalStatus.KEPT: QColor(0, 110, 40),
}


class ApprovalsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ApprovalEntry] = []
        self.status: ApprovalStatus | None = None

    def set_result(self, result: ApprovalCatalogue | None, status: ApprovalStatus | None = None) -> None:
        self.beginResetModel()
        self.status = status
        entries = [] if result is None else result.entries
        self._rows = [e for e in entries if status is None or e.status is status]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(APPROVAL_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(APPROVAL_HEADERS):
            return QCoreApplication.translate("CatalogueYears", APPROVAL_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reason = "；".join(t for t in (e.reason, e.document) if t)
            values = (index.row() + 1, enum_text(e.status), enum_text(e.mode), e.code, e.name)
            values += (e.department, e.now_by, e.basis, reason)
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return _STATUS_COLOUR[e.status]
        return None
