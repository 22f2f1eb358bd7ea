"""Preview of a power-list import: rows to add and to update, the value mappings (which the user
can change before confirming), rows to check, rows skipped on purpose and rows that cannot be read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import DelegationMode, Plan, Power, PowerType
from reformdesk.domain.validation import person_label
from reformdesk.formats.import_values import ImportField
from reformdesk.formats.importer import Choices, FieldChange, ImportPreview, ValueMapping
from reformdesk.gui.models.domain_text import reason_text
from reformdesk.gui.models.labels import display_date, enum_label, mode_label, power_type_label
from reformdesk.gui.models.powers_model import COLUMN_OF, COLUMNS

_FLAGGED_BACKGROUND = QColor(255, 240, 200)

#: The 新增 tab's columns after 行, 事项编码 and 事项名称, in the powers table's order.
ADDED_FIELDS = (
    ImportField.TYPE,
    ImportField.SOURCE_DEPARTMENT,
    ImportField.LEGAL_BASIS,
    ImportField.MODE,
    ImportField.BODY,
    ImportField.DEADLINE,
    ImportField.OFFICIAL,
)
_ALWAYS_SHOWN = (ImportField.TYPE, ImportField.SOURCE_DEPARTMENT)


def _columns_read(preview: ImportPreview) -> set[ImportField]:
    """The fields some sheet of the list has a column for (a column not read is not shown empty)."""
    read = preview.read
    return set(read.columns).union(*(part.columns for part in read.parts))


#: Sheets named one by one in the summary; more are shortened to the first ones, … the last.
SHEETS_LISTED = 6


class RowsModel(QAbstractTableModel):
    """A read-only table of strings (the preview can list tens of thousands of rows)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows = [tuple(r) for r in rows]

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self.rows = [tuple(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


def _field_label(column: ImportField) -> str:
    at = COLUMN_OF.get(column.value)
    return COLUMNS[at].text() if at is not None else column.label


class MappingsModel(QAbstractTableModel):
    """The value mappings: column, value as written, 映射为 (editable), rule, rows.

    Editing 映射为 records the user's choice (``choice_made``); the dialog matches the
    list again with the choices and updates the mapped values in place.
    """

    FIELD, WRITTEN, VALUE, RULE, ROWS, CHECK = range(6)
    choice_made = Signal(tuple, str)  # (field, written), value ("" = none)

    def __init__(self, plan: Plan | None, mappings: Sequence[ValueMapping], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.mappings = list(mappings)
        self.headers = [
            self.tr("列"),
            self.tr("原值"),
            self.tr("映射为"),
            self.tr("规则"),
            self.tr("行数"),
            self.tr("核对"),
        ]

    def update(self, mappings: Sequence[ValueMapping]) -> None:
        """New mapped values for the same written values (after a choice)."""
        by_key = {m.key: m for m in mappings}
        self.mappings = [by_key.get(m.key, m) for m in self.mappings]
        if self.mappings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.mappings) - 1, self.CHECK))

    def options(self, row: int) -> list[tuple[str, str]]:
        """(shown text, choice value) the user can map a written value to; "" is none."""
        m = self.mappings[row]
        none = (self.tr("（无）"), "")
        if m.field is ImportField.BODY:
            bodies = self.plan.bodies.values() if self.plan else ()
            return [none, *((b.name, b.id) for b in bodies)]
        if m.field is ImportField.OFFICIAL:
            people = self.plan.people.values() if self.plan else ()
            return [none, *((person_label(p.name, p.staff_id), p.id) for p in people)]
        if m.field is ImportField.TYPE:
            return [(enum_label(t), t.value) for t in PowerType]
        if m.field is ImportField.MODE:
            return [(enum_label(d), d.value) for d in DelegationMode]
        current = m.value.isoformat() if hasattr(m.value, "isoformat") else ""  # type: ignore[union-attr]
        return [none, *([(m.value_text, current)] if current else [])]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.mappings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.VALUE else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.mappings[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            if column == self.FIELD:
                return _field_label(m.field)
            if column == self.WRITTEN:
                return m.written
            if column == self.VALUE:
                return m.value_text or self.tr("（无）")
            if column == self.RULE:
                return reason_text(m.rule)  # the import's own words, like the reasons of unreadable rows
            if column == self.ROWS:
                return str(m.rows)
            return self.tr("请选择") if m.flagged else ""
        if role == Qt.ItemDataRole.BackgroundRole and m.flagged:
            return _FLAGGED_BACKGROUND
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != self.VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        self.choice_made.emit(self.mappings[index.row()].key, str(value or ""))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class _MappingCombo(QComboBox):
    """The 映射为 editor: Enter commits the choice (the delegate sees it first) and goes no further,
    so it never reaches the dialog's default button and imports by accident."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (self.isEditable() and self.view().isVisible()):
            event.accept()
            return
        super().keyPressEvent(event)


class MappingDelegate(QStyledItemDelegate):
    """映射为 as a combo of what the value can map to; a deadline can also be typed (2027-06-30)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, MappingsModel)
        combo = _MappingCombo(parent)
        for text, value in model.options(index.row()):
            combo.addItem(text, value)
        combo.setEditable(model.mappings[index.row()].field is ImportField.DEADLINE)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        at = editor.findText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if editor.isEditable() and editor.currentText() != editor.itemText(editor.currentIndex()):
            value = _typed_date(editor.currentText())
            if value is None:
                return  # not a date: keep the mapping as it was
        model.setData(index, value, Qt.ItemDataRole.EditRole)


def _typed_date(text: str) -> str | None:
    from reformdesk.formats import import_values as v

    try:
        date = v.date(text)
    except ValueError:
        return None
    return date.isoformat() if date else ""


class PowerImportDialog(QDialog):
    """Shows what importing ``preview`` would do; nothing changes until the caller applies it.

    Import is all-or-nothing: with unreadable rows the import button stays
    disabled unless the user chooses to skip those rows.  With ``plan`` (the
    plan it was matched with) the user can change the value mappings; the
    preview is matched again at once and :attr:`choices` holds what was chosen.
    """

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None, plan: Plan | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.plan = plan
        self.choices: Choices = dict(preview.choices)
        self.setWindowTitle(self.tr("导入权力清单：%1").replace("%1", preview.read.path.name))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        row, code, name = self.tr("行"), self.tr("事项编码"), self.tr("事项名称")
        sheet = [self.tr("工作表")] if preview.read.several_sheets else []
        #: What a clerk checks of an item to add, as the powers table names it: a department
        #: read wrong showed only after importing.  Type and department always; the others when read.
        self.added_fields = [f for f in ADDED_FIELDS if f in _ALWAYS_SHOWN or f in _columns_read(preview)]
        self.added_model = RowsModel([row, code, name, *map(_field_label, self.added_fields), *sheet], [], self)
        self.updated_model = RowsModel([row, code, name, self.tr("变化"), *sheet], [], self)
        self.mappings_model = MappingsModel(plan, preview.mappings, self)
        self.flagged_model = RowsModel([row, code, name, self.tr("需核对"), *sheet], [], self)
        self.skipped_model = RowsModel([row, self.tr("原因"), self.tr("内容"), *sheet], [], self)
        self.bad_model = RowsModel([row, code, name, self.tr("原因"), *sheet], [], self)
        self.tabs = QTabWidget(self)
        self._titles: list[tuple[QAbstractTableModel, str]] = [
            (self.added_model, self.tr("新增 %1")),
            (self.updated_model, self.tr("更新 %1")),
            (self.mappings_model, self.tr("值映射 %1")),
            (self.flagged_model, self.tr("需核对 %1")),
            (self.skipped_model, self.tr("跳过的行 %1")),
            (self.bad_model, self.tr("无法读取 %1")),
        ]
        self.views: list[QTableView] = []
        for model, _title in self._titles:
            view = QTableView(self.tabs)
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setWordWrap(False)
            view.setTabKeyNavigation(False)  # Tab leaves the table: the dialog stays usable by keyboard
            if model is self.mappings_model:
                view.setItemDelegateForColumn(MappingsModel.VALUE, MappingDelegate(view))
                view.setEditTriggers(
                    QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.SelectedClicked
                    | QAbstractItemView.EditTrigger.AnyKeyPressed
                )
                view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
                view.setColumnWidth(MappingsModel.WRITTEN, 180)
                view.setColumnWidth(MappingsModel.VALUE, 180)
                view.setColumnWidth(MappingsModel.RULE, 300)
                if plan is None:
                    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            else:
                view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.views.append(view)
            self.tabs.addTab(view, "")
        self.mappings_view = self.views[2]
        # 新增's columns as wide as what they hold ("综合行政执法中队" read "综合行政执法…"), measured
        # on the first rows only: a province's 50,000 rows are never measured.
        self.views[0].horizontalHeader().setResizeContentsPrecision(50)
        self.mappings_model.choice_made.connect(self.choose)
        layout.addWidget(self.tabs, 1)
        self.mappings_hint = QLabel(
            self.tr("在“值映射”中选中“映射为”一格，按 F2 或直接键入即可改选；所作选择会记在本方案中，下次导入时沿用。"),
            self,
        )
        self.mappings_hint.setWordWrap(True)
        self.mappings_hint.setVisible(bool(preview.mappings) and plan is not None)
        layout.addWidget(self.mappings_hint)

        self.skip_check = QCheckBox(self.tr("跳过无法读取的行，导入其余各行"), self)
        layout.addWidget(self.skip_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.skip_check.toggled.connect(self._update_button)
        self._show(preview)
        if preview.bad:
            self.tabs.setCurrentIndex(5)  # what needs fixing first
        elif preview.flagged or any(m.flagged for m in preview.mappings):
            self.tabs.setCurrentIndex(2)  # then what the user must choose
        elif preview.read.count_checks:
            self.tabs.setCurrentIndex(3)  # then the rows a total says may be missing
        self.resize(900, 520)

    # -- the preview, shown and matched again -----------------------------------------------
    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        read = preview.read
        several = read.several_sheets

        def sheet(name: str) -> tuple[str, ...]:
            return (name,) if several else ()

        if several:
            names = [f"“{p.name}”" for p in read.parts]
            if len(names) > SHEETS_LISTED:
                # A workbook of 300 departments' sheets: the whole list filled the dialog and
                # pushed it off the screen; each row's sheet is in the tables below anyway.
                listed = "、".join(names[: SHEETS_LISTED - 1])
                names = [
                    self.tr("%1 … %2（共 %3 个）")
                    .replace("%1", listed)
                    .replace("%2", names[-1])
                    .replace("%3", str(len(names)))
                ]
            where = self.tr("工作表 %1").replace("%1", "、".join(names))
        else:
            where = self.tr("工作表“%1”，表头在第 %2 行").replace("%1", read.sheet).replace("%2", str(read.header_row))
        summary = self.tr("%1。新增 %2 项，更新 %3 项，无变化 %4 项，无法读取 %n 行。", "", len(preview.bad))
        # From the right, so a sheet name holding "%2" stays as it is.
        for n, value in reversed(
            list(enumerate((where, len(preview.added), len(preview.updated), len(preview.unchanged)), start=1))
        ):
            summary = summary.replace(f"%{n}", str(value))
        extra = []
        if read.skipped_sheets:
            extra.append(
                self.tr("未读取的工作表：%1。").replace(
                    "%1", self.tr("；").join(f"“{s.name}”（{reason_text(s.reason)}）" for s in read.skipped_sheets)
                )
            )
        if not read.has_codes:
            extra.append(self.tr("清单没有事项编码列：按原实施部门和事项名称匹配，新增事项的编码留空（校验会提示）。"))
        for check in read.count_checks:
            # A total row or caption stating another count than was read: rows may be missing.
            text = self.tr("请核对：工作表“%1”第 %2 行“%3”写明 %n 项，读到 %5 项（不含子项）。", "", check.stated)
            for n, value in ((5, check.found), (3, check.text), (2, check.row), (1, check.sheet)):
                text = text.replace(f"%{n}", str(value))
            extra.append(text)
        self.summary_label.setText(" ".join([summary, *extra]))

        self.added_model.set_rows(
            [
                (
                    str(r),
                    p.code,
                    p.name,
                    *(self._added_text(p, f) for f in self.added_fields),
                    *sheet(preview.sheet_of.get(p.id, "")),
                )
                for r, p in preview.added
            ]
        )
        self.updated_model.set_rows(
            [
                (
                    str(u.row),
                    u.code,
                    u.name,
                    self.tr("；").join(self._change_text(c) for c in u.changes),
                    *sheet(u.sheet),
                )
                for u in preview.updated
            ]
        )
        self.views[0].resizeColumnsToContents()
        self.mappings_model.update(preview.mappings)
        # A total the sheet states against the rows read is one more row to check: the summary
        # said 请核对 while this tab read 需核对 0 and showed nothing.
        counts = []
        for check in read.count_checks:
            stated = self.tr("写明 %n 项，读到 %1 项（不含子项），请核对是否有遗漏或多余的行", "", check.stated)
            counts.append((str(check.row), "", check.text, stated.replace("%1", str(check.found)), *sheet(check.sheet)))
        self.flagged_model.set_rows(
            [(str(f.row), f.code, f.name, reason_text(f.reason), *sheet(f.sheet)) for f in preview.flagged] + counts
        )
        self.skipped_model.set_rows(
            [(str(s.row), reason_text(s.reason), s.text, *sheet(s.sheet)) for s in read.skipped]
        )
        self.bad_model.set_rows(
            [(str(b.row), b.code, b.name, reason_text(b.reason), *sheet(b.sheet)) for b in preview.bad]
        )
        for i, (model, title) in enumerate(self._titles):
            self.tabs.setTabText(i, title.replace("%1", str(model.rowCount())))
        self.skip_check.setVisible(bool(preview.bad))
        self._update_button()

    def choose(self, key: tuple[str, str], value: str) -> None:
        """The user mapped a written value to ``value``: match the list again with every choice."""
        if self.plan is None:
            return
        from reformdesk.gui.import_action import plan_import

        self.choices[key] = value
        self._show(plan_import(self.plan, self.preview.read, self.choices))

    def _added_text(self, power: Power, field: ImportField) -> str:
        """One column of an item to add, as the powers table shows it (a body and a person by name)."""
        if field is ImportField.TYPE:
            return power_type_label(power.type)
        if field is ImportField.MODE:
            return mode_label(power.mode)
        if field is ImportField.DEADLINE:
            return display_date(power.deadline)
        if field is ImportField.BODY:
            body = self.plan.bodies.get(power.body_id or "") if self.plan is not None else None
            return body.name if body is not None else ""
        if field is ImportField.OFFICIAL:
            person = self.plan.people.get(power.official_id or "") if self.plan is not None else None
            return person.name if person is not None else ""
        return str(getattr(power, field.value) or "")

    def _change_text(self, change: FieldChange) -> str:
        """One changed field: its column name (as the powers table shows it), old → new value."""
        column = COLUMN_OF.get(change.field)
        label = COLUMNS[column].text() if column is not None else self.tr("所属主项")
        empty = self.tr("（空）")
        return (
            self.tr("%1：%2 → %3")
            .replace("%1", label)
            .replace("%2", change.old_text or empty)
            .replace("%3", change.new_text or empty)
        )

    @property
    def skip_bad_rows(self) -> bool:
        return self.skip_check.isChecked()

    def _update_button(self) -> None:
        has_work = bool(self.preview.added or self.preview.updated)
        self.import_button.setEnabled(has_work and (not self.preview.bad or self.skip_bad_rows))


__all__ = ["MappingDelegate", "MappingsModel", "PowerImportDialog", "RowsModel"]
