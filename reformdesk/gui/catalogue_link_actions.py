"""从权责清单选取… and 与权责清单核对…: the town plan's link to the county catalogue.

The controller: it asks for the catalogue file (non-blocking), reads it through the
store (a message when it cannot), shows the dialogs and pushes their edits through
gui/edits/catalogue_link_edits.py.  The catalogue is only read, never written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reformdesk.gui.document import Document

if TYPE_CHECKING:
    from reformdesk.domain.catalogue.model import Catalogue
    from reformdesk.gui.dialogs.catalogue_link_dialogs import CatalogueCheckDialog, CataloguePickDialog


class CatalogueLinkActions(QObject):
    """The two actions and what they open; ``message`` says what was done (for the status bar)."""

    message = Signal(str)

    def __init__(self, doc: Document, window: QWidget) -> None:
        super().__init__(window)
        self.doc = doc
        self.window = window
        self.pick_action = QAction(self.tr("从权责清单选取(&K)…"), window)
        self.pick_action.setStatusTip(
            self.tr("打开县权责清单（.rdcatalog），按实施主体和类型勾选事项，加入本方案的下放事项")
        )
        self.pick_action.triggered.connect(lambda: self.ask(self.pick_from))
        self.check_action = QAction(self.tr("与权责清单核对(&G)…"), window)
        self.check_action.setStatusTip(self.tr("权责清单更新后，逐项列出方案事项与清单的不同之处，并可采用清单的值"))
        self.check_action.triggered.connect(lambda: self.ask(self.check_against))
        self.last_dialog: QWidget | None = None

    def actions(self) -> list[QAction]:
        return [self.pick_action, self.check_action]

    def _folder(self) -> str:
        location = self.doc.location
        folder = location.folder if location is not None else None
        return str(folder or Path.home())

    def ask(self, then: object) -> QFileDialog:
        dialog = QFileDialog(
            self.window, self.tr("选择权责清单"), self._folder(), self.tr("权责清单 (*.rdcatalog);;所有文件 (*)")
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.finished.connect(dialog.deleteLater)
        dialog.fileSelected.connect(then)
        dialog.open()
        return dialog

    def _read(self, path: str | Path) -> Catalogue | None:
        from reformdesk.store.catalogue_file import PlanFileError, open_catalogue

        try:
            return open_catalogue(path)
        except PlanFileError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("无法打开权责清单"),
                str(exc),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.finished.connect(box.deleteLater)
            box.open()
            self.last_dialog = box
            return None

    def pick_from(self, path: str | Path) -> CataloguePickDialog | None:
        """Read the catalogue at ``path`` and show its items to pick (non-blocking)."""
        from reformdesk.gui.dialogs.catalogue_link_dialogs import CataloguePickDialog
        from reformdesk.gui.edits.catalogue_link_edits import add_from_catalogue

        cat = self._read(path)
        if cat is None:
            return None
        dialog = CataloguePickDialog(cat, self.doc.plan, Path(path).name, self.window)

        def accepted() -> None:
            picked = add_from_catalogue(self.doc, cat, dialog.chosen())
            text = self.tr("已从权责清单加入 %n 项事项", "", len(picked.added))
            if picked.already:
                text += self.tr("（%n 项方案中已有，未重复加入）", "", len(picked.already))
            self.message.emit(text)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def check_against(self, path: str | Path) -> CatalogueCheckDialog | None:
        """Read the catalogue at ``path`` and show how the plan's powers differ from it."""
        from reformdesk.domain.catalogue.town_link import differences
        from reformdesk.gui.dialogs.catalogue_link_dialogs import CatalogueCheckDialog
        from reformdesk.gui.edits.catalogue_link_edits import adopt_catalogue_values

        cat = self._read(path)
        if cat is None:
            return None
        dialog = CatalogueCheckDialog(Path(path).name, self.window)

        def refresh() -> None:
            dialog.show_check(differences(self.doc.plan, cat))

        def adopt(chosen: dict[str, list[object]]) -> None:
            if adopt_catalogue_values(self.doc, chosen):  # type: ignore[arg-type]
                self.message.emit(self.tr("已采用权责清单的值；可用“撤销”恢复"))

        dialog.adoptRequested.connect(adopt)
        undo = self.doc.undo_stack.createUndoAction(dialog, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.doc.undo_stack.createRedoAction(dialog, self.tr("重做"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        dialog.add_undo_actions(undo, redo)
        # Undo and redo change the plan too: the list follows whatever it is now.
        self.doc.undo_stack.indexChanged.connect(refresh)
        dialog.finished.connect(lambda _r: self.doc.undo_stack.indexChanged.disconnect(refresh))
        dialog.finished.connect(dialog.deleteLater)
        refresh()
        dialog.open()
        self.last_dialog = dialog
        return dialog
