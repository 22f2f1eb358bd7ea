"""The window of a county enforcement plan (.rdcounty): the 执法体系 page, undo, save, exports.

Opened for a file whose ``PRAGMA application_id`` is an enforcement plan's (app.run
and the town window's 打开 both check), so each document kind gets its own window.
File I/O lives here, not in the page.  The window holds the file's lock (the plan
files' OS lock) while it is open; a file another window, program or
``reformdesk import`` holds opens read-only, saying who has it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from reformdesk.gui.enforcement.document import EnforcementDocument
from reformdesk.gui.save_buttons import name_save_buttons
from reformdesk.gui.scene_export import write_png, write_svg
from reformdesk.gui.views.enforcement_page import EnforcementPage
from reformdesk.gui.window_title import set_document_title
from reformdesk.store.enforcement_file import PlanFileError, acquire_enforcement, open_enforcement, save_enforcement
from reformdesk.store.plan_store import Lease, Locked


class EnforcementWindow(QMainWindow):
    def __init__(self, doc: EnforcementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        #: The file's lock while this window has it open (None: read-only, or no file).
        self.lease: Lease | None = None
        #: Why the window is read-only ("" when it is not).
        self.read_only_reason = ""
        #: The question about unsaved changes was answered: close without asking again.
        self._closing = False
        #: The last question or message shown (non-blocking; tests answer it).
        self.message: QMessageBox | None = None
        self.page = EnforcementPage(doc, self)
        # Above the page, as in the town window: why nothing here can be changed.
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4cc; color: #5a4300; padding: 4px 8px; }")
        self.banner.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.page, 1)
        self.setCentralWidget(central)
        self.page.exportDiagramRequested.connect(self.ask_export_diagram)
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        save = QAction(self.tr("保存"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        menu.addAction(save)
        self.save_action = save
        export = QAction(self.tr("导出执法体系表格…"), self)
        export.triggered.connect(self.ask_export_sheets)
        menu.addAction(export)
        menu.addSeparator()
        close = QAction(self.tr("关闭"), self)
        close.setShortcuts(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu.addAction(close)
        quit_ = QAction(self.tr("退出"), self)
        quit_.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self._quit)
        menu.addAction(quit_)
        self.quit_action = quit_
        edit = self.menuBar().addMenu(self.tr("编辑(&E)"))
        undo = doc.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = doc.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        doc.modifiedChanged.connect(self._title)
        doc.infoChanged.connect(self._title)  # the plan's name is in the title
        doc.entitiesChanged.connect(self._status)
        doc.planReset.connect(self._status)
        self._title()
        self._status()
        self.resize(1280, 800)

    @classmethod
    def open(cls, path: str | Path, parent: QWidget | None = None) -> EnforcementWindow:
        """A window on the enforcement plan at ``path``, holding its lock (read-only when someone
        else holds it); raises PlanFileError (one line)."""
        from reformdesk.gui.file_actions import lock_reason

        p = Path(path)
        window = cls(EnforcementDocument(open_enforcement(p), p), parent)
        held = acquire_enforcement(p)
        if isinstance(held, Locked):
            window.set_read_only(lock_reason(held))
        elif held is not None:
            window.lease = held
            # Also when the window is deleted unclosed (with the town window that opened it).
            window.destroyed.connect(lambda *_args, lease=held: lease.release())
        return window

    def set_read_only(self, reason: str) -> None:
        """Show the plan without letting it be changed or saved, and say why (a banner above the page)."""
        self.doc.read_only = True
        self.read_only_reason = reason
        self.save_action.setEnabled(False)
        self.page.set_editable(False)
        self.banner.setText(reason)
        self.banner.show()
        self._title()

    def release(self) -> None:
        """Give the file's lock up (on close)."""
        lease, self.lease = self.lease, None
        if lease is not None:
            lease.release()

    def _title(self, *_args: object) -> None:
        name = self.doc.plan.info.name or self.tr("执法体系方案")
        file = self.doc.path.name if self.doc.path is not None else self.tr("未保存")
        set_document_title(self, [name, file], read_only=self.doc.read_only, modified=self.doc.modified)

    def _status(self, *_args: object) -> None:
        plan = self.doc.plan
        problems = self.doc.problems()
        text = (
            # The "1" of 1+7+311 is the one leading group: its member count is what varies.
            self.tr("领导小组成员 %7 人 · 片区 %1 · 乡镇 %2 · 服务站 %3 · 执法人员 %4 · 事项 %5 · 问题 %6")
            .replace("%7", str(len(plan.members)))
            .replace("%1", str(len(plan.zones)))
            .replace("%2", str(len(plan.townships)))
            .replace("%3", str(plan.stations()))
            .replace("%4", str(len(plan.officers)))
            .replace("%5", str(len(plan.items)))
            .replace("%6", str(len(problems)))
        )
        self.statusBar().showMessage(text)

    def save(self) -> bool:
        if self.doc.path is None or self.doc.read_only:
            return False
        try:
            save_enforcement(self.doc.plan, self.doc.path)
        except PlanFileError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return False
        self.doc.mark_saved(self.doc.path)
        return True

    def export_diagram(self, path: str | Path, fmt: str) -> bool:
        if fmt == "svg":
            write_svg(self.page.scene, path, title=self.doc.plan.info.name)
            return True
        return write_png(self.page.scene, path)

    def ask_export_diagram(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出体系图"), "", f"*.{fmt}")
        if path:
            self.export_diagram(path, fmt)

    def export_sheets(self, path: str | Path) -> None:
        from reformdesk.formats.enforcement_export import export_enforcement

        export_enforcement(self.doc.plan, path)

    def ask_export_sheets(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出执法体系表格"), "", "*.xlsx")
        if path:
            self.export_sheets(path)

    def _quit(self) -> None:
        from reformdesk.gui.quit_action import quit_application

        quit_application(first=self)

    # -- closing ----------------------------------------------------------------------
    def settle_changes(self, then: Callable[[], None]) -> None:
        """Ask about unsaved changes (non-blocking): ``then`` once saved or discarded, not on 取消."""
        if not self.doc.modified or self.doc.read_only:
            then()
            return
        self.ask_save_before_close(then)

    def close_settled(self) -> None:
        self._closing = True
        self.close()

    def ask_save_before_close(self, then: Callable[[], None] | None = None) -> QMessageBox:
        """保存修改? (non-blocking): 保存 saves then goes on, 不保存 goes on, 取消 keeps the window.
        Going on is closing this window, unless ``then`` says otherwise (退出 asks every window first)."""
        go_on = then if then is not None else self.close_settled
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("保存修改"),
            # Named: 退出 asks every window in turn, and the clerk must know which one this is.
            self.tr("执法体系方案“%1”已修改，是否保存？").replace(
                "%1", self.doc.plan.info.name or self.tr("执法体系方案")
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        name_save_buttons(box)
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def finished(_result: int) -> None:
            answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
            if answer == QMessageBox.StandardButton.Discard or (
                answer == QMessageBox.StandardButton.Save and self.save()
            ):
                go_on()

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        box.open()
        self.message = box
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or not self.doc.modified or self.doc.read_only:
            super().closeEvent(event)
            self.release()
            return
        event.ignore()
        self.ask_save_before_close()
