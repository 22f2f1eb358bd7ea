"""The 方案文本 page's outline: one row per section, in document order.

Columns: 编号 (一、 （一） … computed from the levels), 标题 (indented by
level; the start of the text for a section without heading) and 生成内容.
Follows the document: a section added, removed or moved resets the (short)
list; a changed title or level updates every row's number in one
``dataChanged`` (a level change renumbers the sections after it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Slot

from reformdesk.domain.document_text import GeneratedPart, Section, numbering, plan_sections
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.document import Document

Index = QModelIndex | QPersistentModelIndex
#: Role returning the section id of a row.
SectionIdRole = Qt.ItemDataRole.UserRole + 1

COL_NUMBER, COL_TITLE, COL_PART = range(3)


def part_label(part: GeneratedPart) -> str:
    """The generated part's name, translated (empty for none)."""
    labels = {
        GeneratedPart.NONE: "",
        GeneratedPart.BODIES: QCoreApplication.translate("DocumentText", "机构设置"),
        GeneratedPart.TIERS: QCoreApplication.translate("DocumentText", "管理层级"),
        GeneratedPart.POWERS: QCoreApplication.translate("DocumentText", "权限承接"),
        GeneratedPart.PEOPLE: QCoreApplication.translate("DocumentText", "人员安排"),
        GeneratedPart.HALL: QCoreApplication.translate("DocumentText", "便民服务"),
    }
    return labels[part]


def level_label(level: int) -> str:
    labels = {
        0: QCoreApplication.translate("DocumentText", "正文（无标题）"),
        1: QCoreApplication.translate("DocumentText", "一级标题 一、"),
        2: QCoreApplication.translate("DocumentText", "二级标题 （一）"),
        3: QCoreApplication.translate("DocumentText", "三级标题 1."),
        4: QCoreApplication.translate("DocumentText", "四级标题 （1）"),
    }
    return labels.get(level, str(level))


class SectionsModel(QAbstractTableModel):
    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.sections: list[Section] = []
        self.numbers: dict[str, str] = {}
        self._load()
        doc.planReset.connect(self._reset)
        doc.entitiesAdded.connect(self._on_rows)
        doc.entitiesRemoved.connect(self._on_rows)
        doc.entitiesChanged.connect(self._on_changed)

    def _load(self) -> None:
        self.sections = plan_sections(self.doc.plan)
        self.numbers = numbering(self.sections)

    # -- following the document ------------------------------------------------------------
    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    @Slot(object, list)
    def _on_rows(self, kind: object, _ids: list) -> None:
        if kind is EntityKind.SECTION:
            self._reset()

    @Slot(object, list)
    def _on_changed(self, kind: object, ids: list) -> None:
        if kind is not EntityKind.SECTION:
            return
        order = [s.id for s in plan_sections(self.doc.plan)]
        if order != [s.id for s in self.sections]:  # moved: the rows' order changed
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            old_ids = [self.sections[i.row()].id for i in old]
            self._load()
            new_rows = {s.id: r for r, s in enumerate(self.sections)}
            for index, sid in zip(old, old_ids, strict=True):
                self.changePersistentIndex(index, self.index(new_rows[sid], index.column()))
            self.layoutChanged.emit()
            return
        self.numbers = numbering(self.sections)
        if self.sections:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.sections) - 1, COL_PART))

    # -- reading ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sections)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def section_at(self, row: int) -> Section | None:
        return self.sections[row] if 0 <= row < len(self.sections) else None

    def row_of(self, section_id: str) -> int:
        for row, s in enumerate(self.sections):
            if s.id == section_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section = self.sections[index.row()]
        column = index.column()
        if role == SectionIdRole:
            return section.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return self.numbers.get(section.id, "")
            if column == COL_TITLE:
                indent = "    " * max(section.level - 1, 0)
                return indent + section.display_title()
            return part_label(section.part)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return level_label(section.level)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (
                    QCoreApplication.translate("DocumentText", "编号"),
                    QCoreApplication.translate("DocumentText", "标题"),
                    QCoreApplication.translate("DocumentText", "生成内容"),
                )[section]
                if 0 <= section < 3
                else None
            )
        return None
