"""Add or edit one entity in a form built from its kind's registry fields.

Each :class:`~reformdesk.domain.registry.FieldSpec` gives its row: the label (the
registry's, translated as every table of the kind titles it), and an editor by its
value type — text, a number, a date (Tab goes on to the next field), a choice of
the enum's members, a choice of the referred entities (``choices``), or for a list
either checkable entries (``list_choices``: ids, such as a zone's townships) or text
separated by 、.  The dialog never changes the plan: the caller reads
:meth:`values` or :meth:`changed` after ``accepted`` and pushes the edit through
:mod:`reformdesk.gui.edits`.  What would be refused (an empty name, a taken key)
is said under the form by ``check``, and OK stays disabled until it is fixed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import (
    DelegationMode,
    HallMode,
    Handling,
    InHall,
    PostType,
    PowerType,
    ServiceSource,
    Tier,
    WindowKind,
)
from reformdesk.domain.registry import FieldSpec, ValueType
from reformdesk.gui.dialogs.power_editors import date_edit, get_date, set_combo_data, set_date
from reformdesk.gui.models.labels import (
    field_label,
    hall_label,
    mode_label,
    post_type_label,
    power_type_label,
    tier_label,
)

#: How the list of short texts (a TEXT_LIST without choices) is split when typed.
_LIST_SEPARATORS = re.compile(r"[、，,；;\n]+")


def enum_text(member: Enum) -> str:
    """An enum member as shown, in the user's language where the app translates it."""
    if isinstance(member, (HallMode, ServiceSource, Handling, WindowKind, InHall)):
        return hall_label(member)
    if isinstance(member, PowerType):
        return power_type_label(member)
    if isinstance(member, DelegationMode):
        return mode_label(member)
    if isinstance(member, PostType):
        return post_type_label(member)
    if isinstance(member, Tier):
        return tier_label(member)
    return str(getattr(member, "label", None) or member.value)


class RecordDialog(QDialog):
    """The fields ``fields`` of one entity, filled from ``values`` (a new entity: defaults)."""

    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        values: Mapping[str, Any],
        *,
        choices: Mapping[str, Sequence[tuple[str, Any]]] | None = None,
        list_choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        check: Callable[[dict[str, Any]], list[str]] | None = None,
        notes: Mapping[str, Callable[[dict[str, Any]], str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = list(fields)
        self.initial = {f.name: values.get(f.name, f.default()) for f in self.fields}
        self._check_values = check
        self._notes = dict(notes or {})
        self.editors: dict[str, QWidget] = {}
        self.note_labels: dict[str, QLabel] = {}
        choices = choices or {}
        list_choices = list_choices or {}
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        for spec in self.fields:
            editor = self._editor(spec, self.initial[spec.name], choices.get(spec.name), list_choices.get(spec.name))
            editor.setObjectName(f"field_{spec.name}")
            self.editors[spec.name] = editor
            self.form.addRow(field_label(spec.label), editor)
            if spec.name in self._notes:
                note = QLabel(self)
                note.setWordWrap(True)
                note.setStyleSheet("QLabel { color: #555555; }")
                self.note_labels[spec.name] = note
                self.form.addRow("", note)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("QLabel { color: #b00000; }")
        self.problem_label.setWordWrap(True)
        # Its line is kept, empty or not: a form that jumps as the message comes and goes
        # (at every key typed into an empty name) moves the field being typed into.
        self.problem_label.setMinimumHeight(self.problem_label.fontMetrics().lineSpacing())
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())

    # -- editors ------------------------------------------------------------------------
    def _editor(
        self,
        spec: FieldSpec,
        value: Any,
        choices: Sequence[tuple[str, Any]] | None,
        list_choices: Sequence[tuple[str, str]] | None,
    ) -> QWidget:
        if spec.type is ValueType.INT:
            spin = QSpinBox(self)
            spin.setRange(0, 10_000_000)
            spin.setValue(int(value or 0))
            spin.valueChanged.connect(self._update)
            return spin
        if spec.type is ValueType.DATE:
            edit = date_edit(self)
            set_date(edit, value)
            edit.dateChanged.connect(self._update)
            return edit
        if spec.type is ValueType.ENUM and spec.enum is not None:
            combo = QComboBox(self)
            for member in spec.enum:
                combo.addItem(enum_text(member), member)
            set_combo_data(combo, value)
            combo.currentIndexChanged.connect(self._update)
            return combo
        if spec.type is ValueType.REF or choices is not None:
            combo = QComboBox(self)
            combo.addItem(self.tr("（无）"), None)
            for text, data in choices or ():
                combo.addItem(text, data)
            set_combo_data(combo, value)
            combo.currentIndexChanged.connect(self._update)
            return combo
        if spec.type is ValueType.TEXT_LIST and list_choices is not None:
            box = QListWidget(self)
            box.setItemDelegate(_ToggleOnClick(box))
            chosen = set(value or ())
            for text, data in list_choices:
                item = QListWidgetItem(text, box)
                item.setData(Qt.ItemDataRole.UserRole, data)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)
            box.setMaximumHeight(box.sizeHintForRow(0) * min(max(len(list_choices), 3), 8) + 6)
            box.itemChanged.connect(self._update)
            return box
        edit = QLineEdit(self)
        if spec.type is ValueType.TEXT_LIST:
            edit.setText("、".join(value or ()))
            edit.setPlaceholderText(self.tr("多项以“、”分隔"))
        else:
            edit.setText(str(value or ""))
        edit.textChanged.connect(self._update)
        return edit

    def _value(self, spec: FieldSpec) -> Any:
        editor = self.editors[spec.name]
        if isinstance(editor, QSpinBox):
            return editor.value()
        if spec.type is ValueType.DATE:
            return get_date(editor)  # type: ignore[arg-type]
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            # Qt hands a StrEnum member back as a plain str: make it the member again.
            return spec.enum(data) if spec.type is ValueType.ENUM and spec.enum is not None else data
        if isinstance(editor, QListWidget):
            return [
                editor.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(editor.count())
                if editor.item(i).checkState() == Qt.CheckState.Checked
            ]
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if spec.type is ValueType.TEXT_LIST:
            return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]
        return text

    # -- results ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field's value as entered."""
        return {spec.name: self._value(spec) for spec in self.fields}

    def changed(self) -> dict[str, Any]:
        """The fields whose value differs from what the dialog was opened with."""
        return {name: value for name, value in self.values().items() if _differs(value, self.initial[name])}

    def problems(self) -> list[str]:
        return self._check_values(self.values()) if self._check_values is not None else []

    def _update(self, *_args: object) -> None:
        values = self.values()
        for name, label in self.note_labels.items():
            text = self._notes[name](values)
            label.setText(text)
            label.setVisible(bool(text))
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def accept(self) -> None:
        if not self.problems():
            super().accept()


class _ToggleOnClick(QStyledItemDelegate):
    """A checklist's entry ticks or unticks on a click anywhere on it, not only on its box.

    A clerk reads a list of check boxes as a checklist and clicks the name; a click that
    only selected the row looked like the tick had been lost.  Space (the delegate's own
    key handling) ticks the current entry.
    """

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: QModelIndex
    ) -> bool:
        flags = index.flags()
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
            and flags & Qt.ItemFlag.ItemIsUserCheckable
            and flags & Qt.ItemFlag.ItemIsEnabled
        ):
            checked = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
            state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            return model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
        return super().editorEvent(event, model, option, index)


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, dt.date) or isinstance(b, dt.date):
        return a != b
    if isinstance(a, list) or isinstance(b, list):
        return list(a or []) != list(b or [])
    return bool(a != b)
