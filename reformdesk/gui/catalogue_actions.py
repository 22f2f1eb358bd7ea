"""File actions of the catalogue window: open, save, save as, import a list, import a reference list, export.

All the catalogue window's file I/O lives here (views show and forward).  Opening takes
the file's lock through the plan store (the same OS lock as a plan file): a catalogue open
in another window or on another machine opens read-only, saying who holds it.  Saves are
the store's atomic save (store/catalogue_file.py).  Questions and messages are
non-blocking (``open()``; ``dialogShown`` tells tests), and file dialogs go through
``file_chooser`` / ``open_chooser`` so tests can answer them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.catalogue_recovery import CatalogueAutosave, pending_copy, read_copy, replace_contents
from reformdesk.gui.edits import catalogue_edits as edits
from reformdesk.gui.models.labels import display_date
from reformdesk.gui.pending_edit import commit_pending_edit
from reformdesk.gui.save_path import Chooser, ask_save_path, safe_stem
from reformdesk.store.catalogue_file import SUFFIX, PlanFileError, is_catalogue_file, open_catalogue, save_catalogue
from reformdesk.store.plan_store import Locked, PlanLocation, store_for

#: The file dialog's filter for catalogues (the town window's 打开 lists it too).
SUFFIX_FILTER = f"*{SUFFIX}"
SHEET_FILTER = "*.xlsx *.xls *.ods"


def lock_reason(held: Locked) -> str:
    info = held.holder
    if held.same_process:
        return QCoreApplication.translate("CatalogueActions", "此权责清单已在本程序的另一个窗口中打开，本窗口只读。")
    if not info.known:
        return QCoreApplication.translate("CatalogueActions", "此权责清单已在其他程序或窗口中打开，本窗口只读。")
    since = f"{display_date(info.since.date())} {info.since:%H:%M}"
    return (
        QCoreApplication.translate(
            "CatalogueActions", "此权责清单已由 %1 在 %2 上打开（进程 %3，自 %4 起），本窗口只读。"
        )
        .replace("%1", info.user)
        .replace("%2", info.host)
        .replace("%3", str(info.pid))
        .replace("%4", since)
    )


def open_document(path: Path) -> CatalogueDocument:
    """The catalogue at ``path`` with its lock held, or read-only saying why; raises PlanFileError."""
    doc = CatalogueDocument(open_catalogue(path), path)
    held = store_for(PlanLocation.file(path)).acquire(PlanLocation.file(path))
    if isinstance(held, Locked):
        doc.read_only, doc.read_only_reason = True, lock_reason(held)
    elif held is None:
        doc.read_only = True
        doc.read_only_reason = QCoreApplication.translate(
            "CatalogueActions", "此文件所在的文件夹不能写入，本窗口只读；请用“另存为”保存到其他位置。"
        )
    else:
        doc.lease = held
    return doc


#: Catalogue windows opened from the town window: top-level windows of their own (not its
#: children), so closing the town window neither closes them nor quits the program under
#: unsaved changes; each asks on its own close.
_OPEN: list[QWidget] = []


def open_windows() -> list[QWidget]:
    return list(_OPEN)


def open_if_catalogue(path: Path | None, parent: QWidget) -> bool:
    """Open ``path`` in a catalogue window when it is a catalogue (or raise the window it is open in);
    False when it is not one."""
    if path is None or not is_catalogue_file(path):
        return False
    from reformdesk.gui.catalogue.window import CatalogueWindow

    real = os.path.realpath(path)
    for window in _OPEN:
        doc_path = getattr(window, "doc", None) and window.doc.path  # type: ignore[attr-defined]
        if doc_path is not None and os.path.realpath(doc_path) == real:
            window.show()
            window.raise_()
            window.activateWindow()
            return True
    try:
        window = CatalogueWindow(open_document(Path(path)))
    except PlanFileError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("CatalogueActions", "无法打开权责清单"), str(exc))
        return True
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN.append(window)
    window.destroyed.connect(lambda _obj=None, w=window: _OPEN.remove(w) if w in _OPEN else None)
    window.show()
    return True


class CatalogueActions(QObject):
    #: A question or message was shown (the box is open, not exec'd).
    dialogShown = Signal(QWidget)
    #: A file was written (its path).
    saved = Signal(str)
    exported = Signal(str)
    #: The reference list remembered for this catalogue changed (one was imported).
    lastReferenceChanged = Signal()

    #: Tests answer the save dialog here: (parent, title, start, filter) -> path or "".
    file_chooser: Chooser | None = None
    #: … and the open dialog.
    open_chooser: Chooser | None = None

    def __init__(self, doc: CatalogueDocument, widget: QWidget, recovery_dir: Path | None = None) -> None:
        super().__init__(widget)
        self.doc = doc
        self.widget = widget
        self.message: QMessageBox | None = None
        from reformdesk.gui.settings import AppSettings

        self.settings = AppSettings()
        if recovery_dir is None:
            # A folder of their own: the town plans' recovery scan (store/recovery.py) never sees them.
            recovery_dir = self.settings.recovery_dir / "catalogues"
        self.recovery_dir = recovery_dir
        self.autosave = CatalogueAutosave(doc, recovery_dir, self)

    # -- recovery -------------------------------------------------------------------------------
    def offer_recovery(self) -> QMessageBox | None:
        """A copy of unsaved changes left by a crash: restore it (one undo step) or drop it (non-blocking)."""
        if self.doc.path is None or self.doc.read_only:
            return None
        slot = pending_copy(self.recovery_dir, self.doc.path)
        if slot is None:
            return None
        when = dt.datetime.fromtimestamp(slot.stat().st_mtime)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("CatalogueActions", "恢复未保存的修改"),
            QCoreApplication.translate(
                "CatalogueActions", "%1 有上次未保存的修改（自动保存于 %2），可能是程序意外退出时留下的。是否恢复？"
            )
            .replace("%1", self.doc.path.name)
            .replace("%2", f"{display_date(when.date())} {when:%H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            self.widget,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("CatalogueActions", "恢复"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.restore(slot)
            else:
                self.autosave.remove()

        box.finished.connect(finished)
        box.open()
        self.message = box
        self.dialogShown.emit(box)
        return box

    def restore(self, slot: Path) -> bool:
        try:
            copy = read_copy(slot)
        except PlanFileError as exc:
            self.error(QCoreApplication.translate("CatalogueActions", "无法恢复"), str(exc))
            return False
        text = QCoreApplication.translate("CatalogueActions", "恢复未保存的修改")
        ok = edits.apply_changes(self.doc, replace_contents(self.doc.cat, copy), text)
        self.autosave.write()
        return ok

    # -- messages -------------------------------------------------------------------------------
    def error(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.widget)
        self.message = box
        box.open()
        self.dialogShown.emit(box)
        return box

    def _status(self, text: str) -> None:
        bar = getattr(self.widget, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 5000)

    def _start(self) -> Path:
        return self.doc.path.parent if self.doc.path is not None else Path.home()

    def _ask_open(self, title: str, filter_: str) -> Path | None:
        if self.open_chooser is not None:
            chosen = self.open_chooser(self.widget, title, str(self._start()), filter_)
        else:
            chosen, _f = QFileDialog.getOpenFileName(self.widget, title, str(self._start()), filter_)
        return Path(chosen) if chosen else None

    # -- save -----------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save to the catalogue's file; without one (or read-only), ask for a file."""
        commit_pending_edit(self.widget)
        if self.doc.path is None or self.doc.read_only:
            return self.ask_save_as(then=then)
        ok = self.save_to(self.doc.path)
        if ok and then is not None:
            then()
        return ok

    def ask_save_as(self, then: Callable[[], None] | None = None) -> bool:
        commit_pending_edit(self.widget)
        name = safe_stem(self.doc.cat.info.title or self.doc.cat.info.county) or QCoreApplication.translate(
            "CatalogueActions", "权责清单"
        )
        start = self._start() / f"{name}{SUFFIX}"
        filter_ = QCoreApplication.translate("CatalogueActions", "权责清单 (*%1)").replace("%1", SUFFIX)
        path = ask_save_path(
            self.widget,
            self.file_chooser,
            QCoreApplication.translate("CatalogueActions", "另存为"),
            start,
            filter_,
            SUFFIX,
        )
        if path is None:
            return False
        ok = self.save_to(path)
        if ok and then is not None:
            then()
        return ok

    def save_to(self, path: Path) -> bool:
        """Write the catalogue to ``path`` (atomic) and make it the window's file, with its lock."""
        target = PlanLocation.file(path)
        same = self.doc.path is not None and PlanLocation.file(self.doc.path) == target and self.doc.lease is not None
        new_lease = None
        if not same:
            held = store_for(target).acquire(target)
            if isinstance(held, Locked):
                self.error(
                    QCoreApplication.translate("CatalogueActions", "无法保存"),
                    lock_reason(held).replace(QCoreApplication.translate("CatalogueActions", "本窗口只读。"), ""),
                )
                return False
            new_lease = held
        try:
            save_catalogue(self.doc.cat, path)
        except PlanFileError as exc:
            if new_lease is not None:
                new_lease.release()
            self.error(QCoreApplication.translate("CatalogueActions", "无法保存权责清单"), str(exc))
            return False
        if new_lease is not None:
            self.release()
            self.doc.lease = new_lease
        # The save put a new file under the name: the lock follows it (PlanLock.rebind), so a
        # hard link to the catalogue still finds it held.
        rebind = getattr(self.doc.lease, "rebind", None)
        if callable(rebind):
            rebind()
        if self.doc.read_only:
            self.doc.read_only, self.doc.read_only_reason = False, ""
        self.autosave.remove()  # saved: the copy of the unsaved changes is not needed
        self.doc.mark_saved(path)
        self._status(QCoreApplication.translate("CatalogueActions", "已保存到 %1").replace("%1", str(path)))
        self.saved.emit(str(path))
        return True

    def shutdown(self) -> None:
        """The window closes for good, saved or with its changes discarded: no autosave, no copy, no lock."""
        self.autosave.stop()
        self.autosave.remove()
        self.release()

    def release(self) -> None:
        """Give up the file's lock (the window closes, or saved elsewhere)."""
        lease, self.doc.lease = self.doc.lease, None
        release = getattr(lease, "release", None)
        if callable(release):
            with contextlib.suppress(OSError):
                release()

    # -- import ---------------------------------------------------------------------------------
    def ask_import_list(self) -> QWidget | None:
        """导入清单…: a department's or the county's list; shows what comes in before anything changes."""
        commit_pending_edit(self.widget)
        path = self._ask_open(
            QCoreApplication.translate("CatalogueActions", "导入清单"),
            QCoreApplication.translate("CatalogueActions", "电子表格 (%1)").replace("%1", SHEET_FILTER),
        )
        return self.import_list(path) if path is not None else None

    def import_list(self, path: Path) -> QWidget | None:
        """Read ``path`` and open the preview (non-blocking); its OK applies the import as one undo step."""
        from reformdesk.formats.catalogue_import import import_catalogue
        from reformdesk.formats.import_guard import SheetReadError
        from reformdesk.gui.dialogs.catalogue_import_dialog import CatalogueImportDialog

        if self.doc.read_only:
            return self.error(
                QCoreApplication.translate("CatalogueActions", "无法导入"),
                QCoreApplication.translate("CatalogueActions", "本窗口只读，不能导入。"),
            )
        try:
            result = import_catalogue(self.doc.cat, path)
        except SheetReadError as exc:
            return self.error(
                QCoreApplication.translate("CatalogueActions", "无法导入清单"),
                QCoreApplication.translate("CatalogueActions", "%1 无法读取：%2")
                .replace("%1", path.name)
                .replace("%2", str(exc)),
            )
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return self.error(
                QCoreApplication.translate("CatalogueActions", "无法导入清单"),
                QCoreApplication.translate("CatalogueActions", "%1 无法读取：%2")
                .replace("%1", path.name)
                .replace("%2", reason),
            )
        dialog = CatalogueImportDialog(self.doc.cat, result, path.name, self.widget)

        def finished(code: int) -> None:
            if code == CatalogueImportDialog.DialogCode.Accepted:
                edits.apply_changes(
                    self.doc,
                    result.changes,
                    QCoreApplication.translate("CatalogueActions", "导入清单 %1").replace("%1", path.name),
                )

        dialog.finished.connect(finished)
        dialog.open()
        self.dialogShown.emit(dialog)
        return dialog

    def ask_import_reference(self) -> QWidget | None:
        """导入参照目录…: the province's or city's 通用目录 (a spreadsheet or a catalogue) for 三级四同."""
        commit_pending_edit(self.widget)
        filter_ = (
            QCoreApplication.translate("CatalogueActions", "电子表格或权责清单 (%1)").replace(
                "%1", f"{SHEET_FILTER} {SUFFIX_FILTER}"
            )
            + ";;"
            + QCoreApplication.translate("CatalogueActions", "电子表格 (%1)").replace("%1", SHEET_FILTER)
            + ";;"
            + QCoreApplication.translate("CatalogueActions", "权责清单 (%1)").replace("%1", SUFFIX_FILTER)
        )
        path = self._ask_open(QCoreApplication.translate("CatalogueActions", "导入参照目录"), filter_)
        if path is not None:
            self.import_reference(path)
        return self.message

    def last_reference(self) -> Path | None:
        """The reference list this catalogue was last compared with, if its file is still there."""
        if self.doc.path is None:
            return None
        path = self.settings.reference_for(self.doc.path)
        return path if path is not None and path.is_file() else None

    def reload_reference(self) -> bool:
        """载入上次的参照目录: the remembered reference list imported again, without a file dialog."""
        path = self.last_reference()
        if path is None:
            self.lastReferenceChanged.emit()  # gone meanwhile: the page stops offering it
            return False
        return self.import_reference(path)

    def import_reference(self, path: Path) -> bool:
        """Load ``path`` as the reference list (not an edit of the catalogue: nothing to undo or save)."""
        from reformdesk.formats.catalogue_import import read_catalogue
        from reformdesk.formats.import_guard import SheetReadError
        from reformdesk.store.document_file import file_kind

        kind = file_kind(path)
        skipped: list[str] = []
        try:
            if kind == "catalogue":
                reference = open_catalogue(path)
            elif kind is not None:
                self.error(
                    QCoreApplication.translate("CatalogueActions", "无法导入参照目录"),
                    QCoreApplication.translate("CatalogueActions", "%1 不是权责清单或电子表格。").replace(
                        "%1", path.name
                    ),
                )
                return False
            else:
                reference, result = read_catalogue(path)
                skipped = result.unreadable
        except (PlanFileError, SheetReadError) as exc:
            self.error(
                QCoreApplication.translate("CatalogueActions", "无法导入参照目录"),
                QCoreApplication.translate("CatalogueActions", "%1 无法读取：%2")
                .replace("%1", path.name)
                .replace("%2", str(exc)),
            )
            return False
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.error(
                QCoreApplication.translate("CatalogueActions", "无法导入参照目录"),
                QCoreApplication.translate("CatalogueActions", "%1 无法读取：%2")
                .replace("%1", path.name)
                .replace("%2", reason),
            )
            return False
        if not reference.items:
            self.error(
                QCoreApplication.translate("CatalogueActions", "无法导入参照目录"),
                QCoreApplication.translate("CatalogueActions", "%1 中没有读到事项。").replace("%1", path.name),
            )
            return False
        self.doc.set_reference(reference, path.name)
        if self.doc.path is not None:
            self.settings.remember_reference(self.doc.path, path)
            self.lastReferenceChanged.emit()
        show = getattr(self.widget, "show_page", None)
        if callable(show):
            show("conformity")
        if skipped:
            head = CatalogueActions.tr("参照目录 %1 有 %n 行无法读取，未参加比对：", "", len(skipped)).replace(
                "%1", path.name
            )
            box = self.error(QCoreApplication.translate("CatalogueActions", "参照目录已导入"), head)
            box.setIcon(QMessageBox.Icon.Information)
            box.setDetailedText("\n".join(skipped))
        return True

    # -- export ---------------------------------------------------------------------------------
    def ask_export(self) -> bool:
        """导出权力清单和责任清单…: the published workbook (a summary by type, a sheet per 实施主体)."""
        commit_pending_edit(self.widget)
        info = self.doc.cat.info
        stem = safe_stem(info.title) or QCoreApplication.translate("CatalogueActions", "权力清单和责任清单")
        start = self._start() / f"{stem}.xlsx"
        filter_ = QCoreApplication.translate("CatalogueActions", "Excel 工作簿 (*.xlsx)")
        path = ask_save_path(
            self.widget,
            self.file_chooser,
            QCoreApplication.translate("CatalogueActions", "导出权力清单和责任清单"),
            start,
            filter_,
            ".xlsx",
        )
        return self.export(path) if path is not None else False

    def export(self, path: Path) -> bool:
        from reformdesk.formats.catalogue_export import export_catalogue

        try:
            export_catalogue(self.doc.cat, path)
        except Exception as exc:  # any failure becomes one clear message; the catalogue is untouched
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.error(
                QCoreApplication.translate("CatalogueActions", "无法导出"),
                QCoreApplication.translate("CatalogueActions", "无法导出到 %1：%2")
                .replace("%1", str(path))
                .replace("%2", reason),
            )
            return False
        self._status(QCoreApplication.translate("CatalogueActions", "已导出到 %1").replace("%1", str(path)))
        self.exported.emit(str(path))
        return True
