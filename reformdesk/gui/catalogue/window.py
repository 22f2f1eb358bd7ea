"""The window of a county catalogue (.rdcatalog): its pages as tabs, undo, save, import and export.

Opened for a file whose ``PRAGMA application_id`` is a catalogue's (app.run and the town
window's 打开 both check, through gui/catalogue_actions.py), so each document kind has its
own window.  The pages come from one list (gui/catalogue/pages.py); file I/O lives in the
controller (gui/catalogue_actions.py), never here or in a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.catalogue.pages import PAGES
from reformdesk.gui.catalogue_actions import CatalogueActions
from reformdesk.gui.pending_edit import commit_pending_edit
from reformdesk.gui.window_title import set_document_title

_ACCELERATOR = re.compile(r"\(&.\)|&(?=.)")


def tab_text(title: str) -> str:
    """A page title without its menu accelerator: 清单(&L) → 清单, &List → List."""
    return _ACCELERATOR.sub("", title)


class CatalogueWindow(QMainWindow):
    def __init__(self, doc: CatalogueDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        doc.setParent(self)
        self.files = CatalogueActions(doc, self)
        self._closing = False
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        #: Page name (pages.PAGES) → its widget.
        self.pages: dict[str, QWidget] = {}
        for spec in PAGES:
            page = spec.make(doc)
            self.pages[spec.name] = page
            self.tabs.addTab(page, tab_text(spec.translated_title()))
            requested = getattr(page, "actionRequested", None)
            if requested is not None:
                requested.connect(self.run_action)
            wanted = getattr(page, "entityRequested", None)
            if wanted is not None:
                wanted.connect(self.show_entity)
        self._menus()
        # Counts stay in view; messages (已保存到 …) come and go beside them.
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        doc.modifiedChanged.connect(self._title)
        doc.infoChanged.connect(self._title)
        doc.pathChanged.connect(self._title)
        doc.pathChanged.connect(self._offer_last_reference)
        self.files.lastReferenceChanged.connect(self._offer_last_reference)
        self._offer_last_reference()
        doc.catalogueReset.connect(self._status)
        doc.problemsChanged.connect(self._recount)
        self._problem_count = len(doc.problems())
        self._title()
        self._status()
        self.resize(1400, 860)
        # After the window is up, so the question appears over it.
        QTimer.singleShot(0, self, self.files.offer_recovery)

    # -- menus ------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        files = bar.addMenu(self.tr("文件(&F)"))
        # Through lambdas: triggered(bool) would pass its ``checked`` as save's ``then``, called once saved.
        self.save_action = self._action(
            self.tr("保存(&S)"), lambda _c=False: self.files.save(), QKeySequence.StandardKey.Save
        )
        self.save_as_action = self._action(
            self.tr("另存为(&A)…"), lambda _c=False: self.files.ask_save_as(), QKeySequence.StandardKey.SaveAs
        )
        self.import_list_action = self._action(self.tr("导入清单(&I)…"), self.files.ask_import_list, "Ctrl+I")
        self.import_reference_action = self._action(
            self.tr("导入参照目录(&R)…"), self.files.ask_import_reference, "Ctrl+Shift+I"
        )
        self.export_action = self._action(self.tr("导出权力清单和责任清单(&E)…"), self.files.ask_export, "Ctrl+E")
        self.info_action = self._action(self.tr("清单信息(&N)…"), self.ask_info)
        close = self._action(self.tr("关闭(&C)"), self.close, QKeySequence.StandardKey.Close)
        for action in (self.save_action, self.save_as_action):
            files.addAction(action)
        files.addSeparator()
        files.addAction(self.info_action)
        files.addSeparator()
        for action in (self.import_list_action, self.import_reference_action, self.export_action):
            files.addAction(action)
        files.addSeparator()
        files.addAction(close)
        self.quit_action = self._action(self.tr("退出(&X)"), self._quit, QKeySequence.StandardKey.Quit)
        files.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("编辑(&E)"))
        self.undo_action = self.doc.undo_stack.createUndoAction(self, self.tr("撤销(&U)"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.doc.undo_stack.createRedoAction(self, self.tr("重做(&R)"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        # A menu per page (its title's accelerator opens it), starting with 显示此页 (Ctrl+1, Ctrl+2 …):
        # the tabs carry no mnemonic of their own, which would clash with the menu's.
        self.page_actions: list[QAction] = []
        for n, spec in enumerate(PAGES, start=1):
            menu = bar.addMenu(spec.translated_title())
            show = self._action(self.tr("显示此页"), lambda _c=False, name=spec.name: self.show_page(name), f"Ctrl+{n}")
            self.page_actions.append(show)
            menu.addAction(show)
            actions = getattr(self.pages[spec.name], "menu_actions", None)
            if actions:
                menu.addSeparator()
                for action in actions:
                    menu.addAction(action)
        self.save_action.setEnabled(not self.doc.read_only)

    @Slot()
    def _offer_last_reference(self) -> None:
        """Tell the pages which reference list this catalogue was last compared with (if still there)."""
        last = self.files.last_reference()
        for page in self.pages.values():
            offer = getattr(page, "offer_last_reference", None)
            if callable(offer):
                offer(last.name if last is not None else "")

    @Slot(str)
    def run_action(self, name: str) -> None:
        """A page asked for a file action (pages.py names them)."""
        {
            "import_list": self.files.ask_import_list,
            "import_reference": self.files.ask_import_reference,
            "reload_reference": self.files.reload_reference,
            "export": self.files.ask_export,
            "save": self.files.save,
        }[name]()

    @Slot(object, str)
    def show_entity(self, kind: object, entity_id: str) -> bool:
        """Go to an entity on the first page that lists it (the 清单 page), not on the page asking."""
        asking = self.sender()
        for spec in PAGES:
            page = self.pages[spec.name]
            show = getattr(page, "show_entity", None)
            if page is not asking and callable(show) and show(kind, entity_id):
                self.tabs.setCurrentWidget(page)
                return True
        return False

    def ask_info(self) -> QDialog:
        """文件 → 清单信息…: name, county, office, year, date, notes; the changes are one undo step."""
        from reformdesk.gui.dialogs.catalogue_info_dialog import CatalogueInfoDialog
        from reformdesk.gui.edits import catalogue_edits as edits

        dialog = CatalogueInfoDialog(self.doc.cat.info, self)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.doc.read_only)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                edits.set_info(self.doc, dialog.values())

        dialog.finished.connect(finished)
        dialog.open()
        self.files.dialogShown.emit(dialog)
        return dialog

    def show_page(self, name: str) -> QWidget:
        page = self.pages[name]
        self.tabs.setCurrentWidget(page)
        return page

    # -- title and status --------------------------------------------------------------------
    def _title(self, *_args: object) -> None:
        info = self.doc.cat.info
        county = info.county or self.tr("县")
        heading = (
            self.tr("%1 %2年权责清单").replace("%1", county).replace("%2", str(info.year))
            if info.year
            else self.tr("%1 权责清单").replace("%1", county)
        )
        name = self.doc.path.name if self.doc.path is not None else self.tr("未保存")
        set_document_title(self, [heading, name], read_only=self.doc.read_only, modified=self.doc.modified)

    @Slot()
    def _recount(self) -> None:
        self._problem_count = len(self.doc.problems())
        self._status()

    def _status(self, *_args: object) -> None:
        # The problem count is the last checked one: the checks run after a pause (problemsChanged).
        cat = self.doc.cat
        text = (
            self.tr("实施主体 %1 · 事项 %2 · 问题 %3")
            .replace("%1", str(len(cat.subjects)))
            .replace("%2", str(len(cat.items)))
            .replace("%3", str(self._problem_count))
        )
        if self.doc.read_only_reason:
            text = f"{text} · {self.doc.read_only_reason}"
        self.status_label.setText(text)

    # -- closing --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        commit_pending_edit(self)
        if self._closing or not self.doc.modified:
            self.files.shutdown()
            super().closeEvent(event)
            return
        event.ignore()
        self.ask_save_before_close()

    def _quit(self) -> None:
        from reformdesk.gui.quit_action import quit_application

        quit_application(first=self)

    def settle_changes(self, then: Callable[[], None]) -> None:
        """退出 asks every window first: ``then`` once saved or discarded, not on 取消."""
        commit_pending_edit(self)
        if not self.doc.modified:
            then()
            return
        self.ask_save_before_close(then)

    def close_settled(self) -> None:
        self._close_now()

    def ask_save_before_close(self, then: Callable[[], None] | None = None) -> QMessageBox:
        """保存修改? (non-blocking): 保存 saves then closes, 放弃 closes, 取消 keeps the window
        (``then`` instead of closing: 退出 closes every window once all are settled)."""
        go_on = then if then is not None else self._close_now
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("保存修改"),
            # Named by its file: 退出 asks every window in turn, and two years' catalogues look alike.
            self.tr("权责清单“%1”已修改，是否保存？").replace(
                "%1", self.doc.path.name if self.doc.path is not None else self.tr("未保存")
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def finished(_result: int) -> None:
            answer = box.standardButton(box.clickedButton())
            if answer == QMessageBox.StandardButton.Save:
                self.files.save(then=go_on)
            elif answer == QMessageBox.StandardButton.Discard:
                go_on()

        box.finished.connect(finished)
        box.open()
        self.files.dialogShown.emit(box)
        return box

    def _close_now(self) -> None:
        self._closing = True
        self.close()


def open_window(path: str | Path, parent: QWidget | None = None) -> CatalogueWindow:
    """A window on the catalogue at ``path`` (locked, or read-only saying why); raises PlanFileError."""
    from reformdesk.gui.catalogue_actions import open_document

    return CatalogueWindow(open_document(Path(path)), parent)
