"""Spreadsheet habits for every table and tree (Excel and WPS users expect them).

``install(view, doc)`` gives an item view:

* **Ctrl+C**: the selected cells as tab-separated text (rows by line, columns by tab, in
  the order shown; a tree's indent marks left out), so it pastes into Excel or WPS as cells;
* **Ctrl+V**: such a block pasted from the current cell into editable columns, through the
  view's own editors (a combo takes one of its entries, a date editor a date): all the cells
  as one undo step (``edits.paste_cells``), or nothing with the reason why (a read-only cell,
  a value the column does not know); one copied cell fills every selected cell;
* **Enter** after editing a cell moves down a row (as in Excel); **F2** edits;
* **type-to-search**: typing letters, digits or Chinese jumps to the next row whose text
  starts with or contains what was typed, or whose pinyin initials do ("zxl" finds 张秀兰).

Views only show and forward: values reach the plan through the models' ``setData`` and
the delegates' ``setModelData``, like an edit typed in place.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import (
    QDate,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QStyleOptionViewItem,
    QWidget,
)

from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.search import INDENT_MARKS, matches


def find_row(
    view: QAbstractItemView, typed: str, start: QModelIndex, column: int = 0, all_rows: bool = False
) -> QModelIndex:
    """The next row after ``start`` (wrapping) matching ``typed`` in ``column``, else in any of its
    columns, in the order shown; the index returned is in the column that matched."""
    rows = visible_rows(view, column, all_rows)
    if not rows:
        return QModelIndex()
    at = next(
        (i for i, index in enumerate(rows) if index.row() == start.row() and index.parent() == start.parent()), -1
    )
    order = [rows[(at + k) % len(rows)] for k in range(1, len(rows) + 1)]
    for index in order:
        if matches(str(index.data() or ""), typed):
            return index
    model = view.model()
    for index in order:
        for c in range(model.columnCount(index.parent())):
            cell = index.siblingAtColumn(c)
            if c != column and not _hidden_column(view, c) and matches(str(cell.data() or ""), typed):
                return cell
    return QModelIndex()


def visible_rows(view: QAbstractItemView, column: int = 0, all_rows: bool = False) -> list[QModelIndex]:
    """Every row's index in ``column``, in the order shown (a tree's expanded rows, depth first;
    with ``all_rows`` collapsed branches too)."""
    model = view.model()
    if model is None:
        return []
    out: list[QModelIndex] = []
    is_tree = hasattr(view, "isExpanded")

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, column, parent)
            out.append(index)
            first = index.siblingAtColumn(0)
            if is_tree and model.rowCount(first) and (all_rows or view.isExpanded(first)):  # type: ignore[attr-defined]
                walk(first)

    walk(QModelIndex())
    return out


# -- copy ------------------------------------------------------------------------------------
def cell_text(index: QModelIndex) -> str:
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    if index.column() == 0 or text[:1] in INDENT_MARKS:
        text = text.lstrip(INDENT_MARKS)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def selection_text(view: QAbstractItemView) -> str:
    """The selected cells as tab-separated lines, rows and columns in the order shown."""
    selection = view.selectionModel()
    if selection is None:
        return ""
    indexes = [i for i in selection.selectedIndexes() if not _hidden_column(view, i.column())]
    if not indexes:
        current = view.currentIndex()
        indexes = [current] if current.isValid() else []
    if not indexes:
        return ""
    header = _header(view)
    order = header.visualIndex if header is not None else (lambda c: c)
    rows: dict[tuple[int, int], dict[int, str]] = {}
    tree = hasattr(view, "isExpanded")
    for index in indexes:
        # A tree's rows in the order shown (their position on screen); a table's by row.
        key = (view.visualRect(index.siblingAtColumn(0)).top() if tree else index.row(), index.row())
        rows.setdefault(key, {})[index.column()] = cell_text(index)
    columns = sorted({c for cells in rows.values() for c in cells}, key=order)
    lines = ["\t".join(cells.get(c, "") for c in columns) for _k, cells in sorted(rows.items())]
    return "\n".join(lines)


def _header(view: QAbstractItemView) -> QHeaderView | None:
    getter = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    return getter() if getter is not None else None


def _hidden_column(view: QAbstractItemView, column: int) -> bool:
    hidden = getattr(view, "isColumnHidden", None)
    return bool(hidden(column)) if hidden is not None else False


def copy_selection(view: QAbstractItemView) -> str:
    text = selection_text(view)
    if text:
        QGuiApplication.clipboard().setText(text)
    return text


# -- paste -----------------------------------------------------------------------------------
def parse_block(text: str) -> list[list[str]]:
    """Tab-separated text as rows of cells (Excel's clipboard: a trailing line break, CR LF)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.split("\t") for line in text.split("\n")]


_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def parse_date(text: str, editor: QDateEdit) -> QDate | None:
    """A date as people type or copy it: 2027-03-31, 2027/3/31, 2027年3月31日 or the editor's format."""
    match = _DATE.match(text)
    if match:
        try:
            value = dt.date(*map(int, match.groups()))
        except ValueError:
            return None
        return QDate(value)
    value = QDate.fromString(text.strip(), editor.displayFormat())
    return value if value.isValid() else None


class PasteRefused(Exception):
    """Why a block cannot be pasted (shown to the user; nothing was changed)."""


class SheetKeys(QObject):
    """The event filter giving one view the spreadsheet habits (see the module)."""

    #: A paste was refused: the reason, for the page to show (status bar or message).
    refused = Signal(str)

    def __init__(self, view: QAbstractItemView, doc: Document | None, enter_moves_down: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self.doc = doc
        self.enter_moves_down = enter_moves_down
        self._typed = ""
        self._clock = QElapsedTimer()
        self.last_refusal = ""
        self.message: QMessageBox | None = None
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._delegates: set[int] = set()
        self._watch_delegates()
        model = view.model()
        if model is not None:
            model.modelReset.connect(self._watch_delegates)

    # -- wiring ------------------------------------------------------------------------------
    def _watch_delegates(self) -> None:
        model = self.view.model()
        delegates = [self.view.itemDelegate()]
        if model is not None:
            delegates += [self.view.itemDelegateForColumn(c) for c in range(model.columnCount())]
        for delegate in delegates:
            if delegate is not None and id(delegate) not in self._delegates:
                self._delegates.add(id(delegate))
                delegate.closeEditor.connect(self._editor_closed)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in an editor (SubmitModelCache): the next row, as in Excel.
        if self.enter_moves_down and hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            QTimer.singleShot(0, self.move_down)

    def open_context_menu(self) -> None:
        """Shift+F10: the view's context menu at the current row, as the Menu key opens it (Qt maps
        only that key; Windows and WPS users press Shift+F10)."""
        view = self.view
        current = view.currentIndex()
        viewport = view.viewport()
        at = view.visualRect(current).center() if current.isValid() else viewport.rect().topLeft()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, viewport.mapToGlobal(at))
        QApplication.sendEvent(view, event)

    def move_down(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        below = getattr(self.view, "indexBelow", None)
        target = below(current) if below is not None else current.sibling(current.row() + 1, current.column())
        if target.isValid():
            target = target.siblingAtColumn(current.column())
            self.view.selectionModel().setCurrentIndex(
                target, QItemSelectionModel.SelectionFlag.ClearAndSelect | self._rows_flag()
            )
            self.view.scrollTo(target)

    def _rows_flag(self) -> QItemSelectionModel.SelectionFlag:
        rows = self.view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
        return QItemSelectionModel.SelectionFlag.Rows if rows else QItemSelectionModel.SelectionFlag.NoUpdate

    # -- keys --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_ours(event):
            event.accept()  # our keys, before a window-wide shortcut takes them
            return True
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if self.view.state() == QAbstractItemView.State.EditingState:
            return False
        if event.matches(QKeySequence.StandardKey.Copy):
            copy_selection(self.view)
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return True
        key = event.key()
        if key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            self.open_context_menu()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() and self.enter_moves_down:
            if self._opens_on_enter():
                return False
            self.move_down()
            return True
        if key == Qt.Key.Key_F2 and not event.modifiers():
            current = self.view.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.view.edit(current)
                return True
            return False
        text = event.text()
        # Where typing edits the cell (a table's editable cells, as in Excel), typing edits.
        current = self.view.currentIndex()
        typing_edits = (
            bool(self.view.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed)
            and bool(current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable)
            and not self._searching()  # a search under way goes on, wherever it landed
        )
        if (
            text
            and not typing_edits
            and text.isprintable()
            and not text.isspace()
            and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):
            self.search(text)
            return True
        return False

    def _is_ours(self, event: QKeyEvent) -> bool:
        if self.view.state() == QAbstractItemView.State.EditingState:
            return False
        return event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Paste)

    def _opens_on_enter(self) -> bool:
        # A view whose Enter opens a form (the people table, the old structure) keeps it.
        return bool(self.view.property("enterOpens"))

    def _searching(self) -> bool:
        return (
            bool(self._typed)
            and self._clock.isValid()
            and self._clock.elapsed() <= max(QApplication.keyboardInputInterval(), 800)
        )

    def search(self, text: str) -> QModelIndex:
        """Type-to-search: what was typed within the keyboard interval, matched from the next row."""
        if not self._searching():
            self._typed = ""
        self._clock.restart()
        self._typed += text
        current = self.view.currentIndex()
        column = current.column() if current.isValid() else 0
        start = (
            current
            if len(self._typed) == 1
            else current.sibling(current.row() - 1, column)
            if current.row() > 0
            else QModelIndex()
        )
        found = find_row(self.view, self._typed, start if start.isValid() else current, column)
        if found.isValid():
            self.view.selectionModel().setCurrentIndex(
                found, QItemSelectionModel.SelectionFlag.ClearAndSelect | self._rows_flag()
            )
            self.view.scrollTo(found)
        return found

    # -- paste -------------------------------------------------------------------------------
    def paste(self, text: str) -> bool:
        """Paste a tab-separated block at the current cell: one undo step, or a refusal (False)."""
        self.last_refusal = ""
        try:
            cells = self._targets(text)
            editors = [self._editor_for(index, value) for index, value in cells]
        except PasteRefused as why:
            self.last_refusal = str(why)
            self.refused.emit(str(why))
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("粘贴"), str(why), QMessageBox.StandardButton.Ok, self.view
            )
            box.finished.connect(box.deleteLater)
            box.open()  # non-blocking: the window stays responsive, tests read last_refusal
            self.message = box
            return False
        # Persistent: each cell's edit may re-sort or re-filter the rows before the next one.
        changed = [
            (QPersistentModelIndex(index), editor)
            for (index, value), editor in zip(cells, editors, strict=True)
            if editor is not None and cell_text(index) != value.strip()
        ]
        labels = sorted(
            {str(self.view.model().headerData(i.column(), Qt.Orientation.Horizontal) or "") for i, _e in changed}
        )
        done = False
        if changed and self.doc is not None:

            def apply() -> None:
                for persistent, editor in changed:
                    if not persistent.isValid():
                        continue
                    index = self.view.model().index(persistent.row(), persistent.column(), persistent.parent())
                    delegate = self.view.itemDelegateForIndex(index)
                    delegate.setModelData(editor, self.view.model(), index)

            done = edits.paste_cells(self.doc, len(changed), labels, apply)
        for editor in editors:
            if editor is not None:
                editor.deleteLater()
        return done

    def _targets(self, text: str) -> list[tuple[QModelIndex, str]]:
        if self.doc is not None and self.doc.read_only:
            raise PasteRefused(self.tr("方案为只读，不能粘贴"))
        block = parse_block(text)
        if not block or block == [[""]]:
            raise PasteRefused(self.tr("剪贴板中没有可粘贴的内容"))
        current = self.view.currentIndex()
        if not current.isValid():
            raise PasteRefused(self.tr("请先选择要粘贴到的单元格"))
        model = self.view.model()
        if len(block) == 1 and len(block[0]) == 1:
            # One value: into every selected cell of the current column (or the current cell).
            selected = [i for i in self.view.selectionModel().selectedIndexes() if i.column() == current.column()]
            return [(i, block[0][0]) for i in (selected or [current])]
        rows = visible_rows(self.view, current.column())
        at = next((n for n, i in enumerate(rows) if i.row() == current.row() and i.parent() == current.parent()), -1)
        if at < 0:
            raise PasteRefused(self.tr("请先选择要粘贴到的单元格"))
        out = []
        header = _header(self.view)
        visual = header.visualIndex(current.column()) if header is not None else current.column()
        for r, line in enumerate(block):
            if at + r >= len(rows):
                raise PasteRefused(self.tr("粘贴的内容有 %n 行，超出了表格末尾", "", len(block)))
            row_index = rows[at + r]
            for c, value in enumerate(line):
                logical = header.logicalIndex(visual + c) if header is not None else visual + c
                if logical < 0 or logical >= model.columnCount(row_index.parent()):
                    raise PasteRefused(self.tr("粘贴的内容有 %n 列，超出了表格右边", "", len(line)))
                out.append((row_index.siblingAtColumn(logical), value))
        return out

    def _where(self, index: QModelIndex) -> str:
        column = str(self.view.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
        name = cell_text(index.siblingAtColumn(0)) if index.column() else cell_text(index)
        return self.tr("“%1”的%2").replace("%2", column).replace("%1", name)

    def _editor_for(self, index: QModelIndex, value: str) -> QWidget | None:
        """The view's own editor for ``index`` holding ``value``; None when the cell already shows it."""
        if cell_text(index) == value.strip():
            return None
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            raise PasteRefused(self.tr("%1不能编辑，未粘贴任何内容").replace("%1", self._where(index)))
        delegate = self.view.itemDelegateForIndex(index)
        option = QStyleOptionViewItem()
        editor = delegate.createEditor(self.view.viewport(), option, index)
        if editor is None:
            raise PasteRefused(self.tr("%1不能编辑，未粘贴任何内容").replace("%1", self._where(index)))
        editor.hide()
        delegate.setEditorData(editor, index)
        ok = self._fill(editor, value.strip())
        if not ok:
            editor.deleteLater()
            raise PasteRefused(
                self.tr("“%1”不是%2可选的值，未粘贴任何内容")
                .replace("%2", self._where(index))
                .replace("%1", value.strip())
            )
        return editor

    @staticmethod
    def _fill(editor: QWidget, value: str) -> bool:
        if isinstance(editor, QComboBox):
            found = editor.findText(value, Qt.MatchFlag.MatchFixedString)
            if found < 0 and value == "":
                found = editor.findData(None)
            if found < 0:
                # "张三" for the entry "张三（主任）": the name alone, when one entry has it.
                named = [i for i in range(editor.count()) if editor.itemText(i).split("（")[0] == value]
                found = named[0] if len(named) == 1 else -1
            if found < 0:
                if editor.isEditable() and editor.completer() is None:
                    editor.setEditText(value)
                    return True
                return False
            editor.setCurrentIndex(found)
            return True
        if isinstance(editor, QDateEdit):
            if value == "":
                editor.setDate(editor.minimumDate())
                return True
            date = parse_date(value, editor)
            if date is None:
                return False
            editor.setDate(date)
            return True
        if isinstance(editor, QSpinBox):
            try:
                number = int(value)
            except ValueError:
                return False
            if not editor.minimum() <= number <= editor.maximum():
                return False
            editor.setValue(number)
            return True
        if isinstance(editor, QAbstractSpinBox):
            return False
        if isinstance(editor, QLineEdit):
            editor.setText(value)
            return True
        return False


def install(view: QAbstractItemView, doc: Document | None, enter_moves_down: bool = True) -> SheetKeys:
    """Give ``view`` the spreadsheet habits; the returned filter lives as long as the view."""
    keys = SheetKeys(view, doc, enter_moves_down)
    view.setProperty("sheetKeys", True)
    return keys


def find_in(views: list[QAbstractItemView], typed: str) -> tuple[QAbstractItemView, QModelIndex] | None:
    """The next row matching ``typed`` (after the current one) in ``views``, collapsed rows included:
    a page's search over its trees."""
    for view in views:
        found = find_row(view, typed, view.currentIndex(), 0, all_rows=True)
        if found.isValid():
            return view, found
    return None
