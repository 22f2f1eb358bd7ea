"""The 方案文本 page: the plan document's prose, section by section.

Left, the outline (编号 · 标题 · 生成内容) with buttons to add, remove and
move sections; right, the selected section: its level (正文 or 一、 （一） 1.
（1）), title, generated part and paragraphs (one a line), and a read-only
preview of what the generated part will write from the plan.  Above both,
the document's title.  Every change goes through :mod:`reformdesk.gui.edits`
(one undo step each); fields commit on leaving them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.document_text import MAX_LEVEL, GeneratedPart, Section, prompt_when_empty
from reformdesk.domain.plan_document import Heading, Paragraph, Table, document_title, generated_blocks
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.models.sections_model import (
    COL_NUMBER,
    COL_PART,
    COL_TITLE,
    SectionsModel,
    level_label,
    part_label,
)


class DocumentTextPage(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = SectionsModel(doc, self)
        self._current: str | None = None

        self.doc_title = QLineEdit()
        self.doc_title.setObjectName("doc_title")
        self.doc_title.editingFinished.connect(self._doc_title_edited)

        self.outline = QTableView()
        self.outline.setObjectName("outline")
        self.outline.setModel(self.model)
        self.outline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.outline.verticalHeader().hide()
        header = self.outline.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PART, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.selectionModel().currentRowChanged.connect(self._current_changed)

        self.add_button = QPushButton(self.tr("添加"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.add_button.clicked.connect(self.add_section)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.outline, 1)
        left_layout.addLayout(buttons)

        self.level = QComboBox()
        for level in range(MAX_LEVEL + 1):
            self.level.addItem(level_label(level), level)
        self.level.activated.connect(self._level_edited)
        self.title = QLineEdit()
        self.title.editingFinished.connect(self._title_edited)
        self.part = QComboBox()
        for part in GeneratedPart:
            self.part.addItem(part_label(part) or self.tr("（无）"), part.value)
        self.part.activated.connect(self._part_edited)
        self.text = QPlainTextEdit()
        self.text.setObjectName("section_text")
        self._text_hint = self.tr("每行一段")
        self.text.setPlaceholderText(self._text_hint)
        self.text.installEventFilter(self)  # commits on leaving the field
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("preview")
        self.preview_label = QLabel(self.tr("生成内容预览（由方案数据生成，随方案更新）"))

        self.editor = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("级别"), self.level)
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("生成内容"), self.part)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(QLabel(self.tr("正文")))
        editor_layout.addWidget(self.text, 2)
        editor_layout.addWidget(self.preview_label)
        editor_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        top = QFormLayout()
        top.addRow(self.tr("方案文本标题"), self.doc_title)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        doc.entitiesChanged.connect(self._refresh)
        doc.entitiesAdded.connect(self._refresh)
        doc.entitiesRemoved.connect(self._refresh)
        doc.infoChanged.connect(self._refresh_title)
        doc.planReset.connect(self._on_reset)
        doc.fileChanged.connect(self._update_enabled)
        self._refresh_title()
        self._select_row(0)
        self._show_current()

    def page_title(self) -> str:
        return self.tr("方案文本")

    # -- state shown --------------------------------------------------------------------
    def current_section(self) -> Section | None:
        return self.doc.plan.sections.get(self._current) if self._current else None

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, COL_TITLE)
            self.outline.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    @Slot()
    def _current_changed(self, current: object, _previous: object = None) -> None:
        self._commit_text()
        section = self.model.section_at(current.row()) if current is not None else None  # type: ignore[attr-defined]
        self._current = section.id if section is not None else None
        self._show_current()

    def _show_current(self) -> None:
        section = self.current_section()
        self.editor.setEnabled(section is not None and not self.doc.read_only)
        if section is None:
            for widget in (self.title, self.text, self.preview):
                widget.clear()
            return
        self.level.setCurrentIndex(self.level.findData(section.level))
        self.title.setText(section.title)
        self.part.setCurrentIndex(self.part.findData(section.part.value))
        if self.text.toPlainText() != section.text:
            self.text.setPlainText(section.text)
        # The empty box shows what the document prints there until it is written: （待补充：…）.
        prompt = prompt_when_empty(list(self.doc.plan.sections.values()), section)
        hint = f"{prompt}\n{self._text_hint}" if prompt else self._text_hint
        if hint != self.text.placeholderText():
            self.text.setPlaceholderText(hint)
            # Qt repaints the placeholder only when it starts or stops showing, so from one empty
            # heading to the next the old prompt stayed on screen.
            self.text.viewport().update()
        self._show_preview(section)
        self._update_enabled()

    def _show_preview(self, section: Section) -> None:
        if section.part is GeneratedPart.NONE:
            self.preview.setPlainText("")
            self.preview.setEnabled(False)
            return
        self.preview.setEnabled(True)
        level = section.level + 1 if section.level > 0 else 3
        lines = []
        for block in generated_blocks(self.doc.plan, section.part, level):
            if isinstance(block, Heading):
                lines.append("  " * (block.level - 1) + block.full)
            elif isinstance(block, Paragraph):
                lines.append("    " + block.text)
            elif isinstance(block, Table):
                lines.append(self.tr("（表格 %n 行）", "", len(block.rows)))
        self.preview.setPlainText("\n".join(lines))

    @Slot()
    def _refresh(self, kind: object = None, _ids: object = None) -> None:
        if self._current is not None and self._current not in self.doc.plan.sections:
            self._current = None
        if self._current is not None:
            row = self.model.row_of(self._current)
            if row >= 0 and self.outline.currentIndex().row() != row:
                self._select_row(row)
        elif self.model.rowCount():
            self._select_row(0)
        self._show_current()

    @Slot()
    def _refresh_title(self) -> None:
        self.doc_title.setText(self.doc.plan.info.doc_title)
        self.doc_title.setPlaceholderText(document_title(self.doc.plan))

    @Slot()
    def _on_reset(self) -> None:
        self._current = None
        self._refresh_title()
        self._select_row(0)
        self._show_current()

    @Slot()
    def _update_enabled(self) -> None:
        editable = not self.doc.read_only
        for widget in (self.add_button, self.doc_title):
            widget.setEnabled(editable)
        has = self.current_section() is not None and editable
        for widget in (self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(has)
        self.editor.setEnabled(has)

    # -- editing ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self._commit_text()
        return super().eventFilter(watched, event)

    def _commit_text(self) -> None:
        section = self.current_section()
        if section is not None and self.text.toPlainText() != section.text:
            edits.set_section_fields(self.doc, section.id, text=self.text.toPlainText())

    @Slot()
    def _doc_title_edited(self) -> None:
        edits.set_doc_title(self.doc, self.doc_title.text())

    @Slot()
    def _title_edited(self) -> None:
        section = self.current_section()
        if section is not None:
            edits.set_section_fields(self.doc, section.id, title=self.title.text().strip())

    @Slot(int)
    def _level_edited(self, _index: int) -> None:
        section = self.current_section()
        if section is not None:
            edits.set_section_fields(self.doc, section.id, level=int(self.level.currentData()))

    @Slot(int)
    def _part_edited(self, _index: int) -> None:
        section = self.current_section()
        if section is not None:
            edits.set_section_fields(self.doc, section.id, part=GeneratedPart(self.part.currentData()))

    @Slot()
    def add_section(self) -> Section | None:
        """A new section after the current one, at its level (level 1 at the end of an empty text)."""
        self._commit_text()
        current = self.current_section()
        level = current.level if current is not None and current.level > 0 else 1
        section = edits.add_section(self.doc, current.id if current else None, level=level, title=self.tr("新章节"))
        if section is not None:
            # Selecting it makes it current (and commits nothing: the old text is already saved).
            self._select_row(self.model.row_of(section.id))
            self.title.setFocus()
            self.title.selectAll()
        return section

    @Slot()
    def remove_selected(self) -> bool:
        rows = sorted({i.row() for i in self.outline.selectionModel().selectedRows()})
        ids = [s.id for r in rows if (s := self.model.section_at(r)) is not None]
        if not ids and self._current:
            ids = [self._current]
        first = rows[0] if rows else 0
        done = edits.remove_sections(self.doc, ids)
        if done:
            self._select_row(min(first, self.model.rowCount() - 1))
        return done

    def move_current(self, delta: int) -> bool:
        self._commit_text()
        return bool(self._current) and edits.move_section(self.doc, self._current, delta)  # type: ignore[arg-type]

    # -- navigation ---------------------------------------------------------------------------------
    def show_entity(self, kind: str, entity_id: str) -> bool:
        if kind != EntityKind.SECTION or entity_id not in self.doc.plan.sections:
            return False
        self._select_row(self.model.row_of(entity_id))
        return True
