"""The shared store in the window: 文件 → 打开共享方案…, 方案历史…, and a refused save.

* 打开共享方案… lists the plans of a server (the URL is remembered) and opens
  the chosen one through the file actions (its lease, read-only when held).
* 方案历史… shows every save of the open shared plan; 导出… writes it as a
  workbook, 恢复为备选方案… writes an earlier revision as an alternative (same
  ids, a new name in the same store) and opens it.
* A save the store refuses because someone saved since (SaveConflict)
  writes nothing: the compare window opens with your version (A, the
  window's plan, still unsaved) and theirs (B), so you adopt what you want of
  theirs; the next save then builds on their revision.

All store calls go through ``store.plan_store``; nothing here blocks in a
nested event loop (dialogs are opened with ``open()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from reformdesk.domain.alternative import alternative_name
from reformdesk.gui.models.labels import display_date
from reformdesk.store.plan_store import PlanFileError, PlanLocation, SaveConflict, exists, shared_store

if TYPE_CHECKING:
    from reformdesk.gui.dialogs.shared_plans_dialog import SharedPlansDialog
    from reformdesk.gui.file_actions import FileActions
    from reformdesk.gui.views.compare_view import CompareWindow
    from reformdesk.gui.views.history_view import HistoryWindow

#: QSettings key of the last server URL typed in 打开共享方案….
URL_KEY = "shared/url"


def _when(moment: object) -> str:
    import datetime as dt

    if not isinstance(moment, dt.datetime):
        return ""
    local = moment.astimezone()
    return f"{display_date(local.date())} {local:%H:%M}"


def location_of(url: str, name: str) -> PlanLocation:
    """The location of plan ``name`` in the store at ``url`` (any ``?plan=`` in ``url`` replaced)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "plan"]
    query.append(("plan", name))
    return PlanLocation.parse(urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), "")))


class SharedActions(QObject):
    #: A dialog or window was shown (open, not exec'd).
    dialogShown = Signal(QWidget)

    def __init__(self, files: FileActions, window: QWidget) -> None:
        super().__init__(window)
        self.files = files
        self.window = window
        self.dialog: QWidget | None = None

    def _show(self, widget: QWidget) -> None:
        self.dialog = widget
        widget.open() if hasattr(widget, "open") else widget.show()
        self.dialogShown.emit(widget)

    def _error(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        self._show(box)
        return box

    # -- 打开共享方案… -----------------------------------------------------------------------
    def ask_open(self) -> SharedPlansDialog:
        settings = self.files.settings.qsettings
        url = str(settings.value(URL_KEY, "") or "")
        # Imported on first use: most offices never open a shared plan.
        from reformdesk.gui.dialogs.shared_plans_dialog import SharedPlansDialog

        dialog = SharedPlansDialog(url, self.window)
        dialog.refreshRequested.connect(lambda text: self.refresh(dialog, text))

        def finished(result: int) -> None:
            chosen = dialog.chosen()
            if result == SharedPlansDialog.DialogCode.Accepted and chosen is not None:
                self.files.open_path(location_of(*chosen))

        dialog.finished.connect(finished)
        self._show(dialog)
        if url:
            self.refresh(dialog, url)
        return dialog

    def refresh(self, dialog: SharedPlansDialog, url: str) -> bool:
        """Fill ``dialog`` with the plans at ``url``; False (and the reason in the dialog) when unreachable."""
        if not url:
            dialog.set_error(self.tr("请填写方案库地址，如 postgresql://用户名@服务器/数据库"))
            return False
        try:
            location = PlanLocation.parse(url)
            if location.is_file:
                raise PlanFileError(self.tr("不是共享方案库的地址：%1").replace("%1", url))
            plans = shared_store(location).plans()
        except PlanFileError as exc:
            dialog.set_error(str(exc))
            return False
        self.files.settings.qsettings.setValue(URL_KEY, location.public.split("?", 1)[0])
        dialog.set_plans([(p.name, p.town, p.author, p.saved_by, _when(p.saved_at), p.holder) for p in plans])
        return True

    # -- 方案历史… -----------------------------------------------------------------------------
    def show_history(self) -> HistoryWindow | None:
        from reformdesk.gui.views.history_view import HistoryWindow

        location = self.files.doc.location
        if location is None or location.is_file:
            self._error(self.tr("方案历史"), self.tr("方案历史只在共享方案库中记录；请先打开共享方案。"))
            return None
        try:
            rows = self._history_rows(location)
        except PlanFileError as exc:
            self._error(self.tr("无法读取方案历史"), str(exc))
            return None
        window = HistoryWindow(location.display_name, rows, self.window)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.exportRequested.connect(lambda: self.ask_export_history(window, location))
        window.restoreRequested.connect(lambda revision: self.ask_restore(window, location, revision))
        window.show()
        self.dialogShown.emit(window)
        return window

    @staticmethod
    def _history_rows(location: PlanLocation) -> list[dict[str, object]]:
        return [
            {
                "revision": r.revision,
                "saved_by": r.saved_by,
                "db_user": r.db_user,
                "saved_at": r.saved_at.astimezone().isoformat(sep=" ", timespec="seconds"),
                "note": r.note,
                "changes": r.changes,
            }
            for r in shared_store(location).history(location)
        ]

    #: Tests replace this to answer the file dialog (Qt's is modal and native).
    file_chooser = None

    def ask_export_history(self, window: QWidget, location: PlanLocation) -> bool:
        title = self.tr("导出方案历史")
        start = f"{location.display_name}-方案历史.xlsx"
        chooser = self.file_chooser
        if chooser is not None:
            path = chooser(window, title, start, "Excel (*.xlsx)")
        else:
            path, _f = QFileDialog.getSaveFileName(window, title, start, "Excel (*.xlsx)")
        return bool(path) and self.export_history(location, path)

    def export_history(self, location: PlanLocation, path: str) -> bool:
        from reformdesk.formats.export import ExportError
        from reformdesk.formats.history_sheet import write_history

        try:
            write_history(self._history_rows(location), location.display_name, path)
        except (PlanFileError, ExportError) as exc:
            self._error(self.tr("无法导出方案历史"), str(exc))
            return False
        return True

    def ask_restore(self, window: QWidget, location: PlanLocation, revision: int) -> QInputDialog:
        dialog = QInputDialog(window)
        dialog.setWindowTitle(self.tr("恢复为备选方案"))
        dialog.setLabelText(self.tr("第%1版另存为共享方案库中的备选方案，名称：").replace("%1", str(revision)))
        dialog.setTextValue(f"{location.plan_name}（第{revision}版）")

        def finished(result: int) -> None:
            name = dialog.textValue().strip()
            if result and name:
                self.restore(location, revision, name)

        dialog.finished.connect(finished)
        self._show(dialog)
        return dialog

    def restore(self, location: PlanLocation, revision: int, name: str) -> bool:
        """Write revision ``revision`` as the alternative ``name`` in the same store, and open it."""
        target = location_of(location.target, name)
        try:
            if exists(target):
                raise PlanFileError(self.tr("共享方案库中已有方案“%1”，未覆盖").replace("%1", name))
            store = shared_store(location)
            plan = store.read_revision(location, revision)
            store.save_alternative(plan, alternative_name(plan.info.name), target)
        except PlanFileError as exc:
            self._error(self.tr("无法恢复"), str(exc))
            return False
        self.files.open_path(target)
        return True

    # -- a refused save -----------------------------------------------------------------------------
    def conflict(self, refused: SaveConflict, location: PlanLocation) -> CompareWindow | None:
        """Someone saved since: compare yours (unsaved, left) with theirs (right); the next save builds on theirs."""
        try:
            store = shared_store(location)
            theirs = store.read_revision(location, refused.revision)
        except PlanFileError as exc:
            self._error(self.tr("无法保存方案"), f"{refused}\n{exc}")
            return None
        store.rebase(location, refused.revision, theirs)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("他人已保存此方案"),
            self.tr("%1 于 %2 保存了此方案（第%3版），您的保存未写入，您的修改仍在本窗口中。")
            .replace("%1", refused.saved_by)
            .replace("%2", _when(refused.saved_at))
            .replace("%3", str(refused.revision)),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(
            self.tr("比较窗口左侧是您的版本，右侧是对方的版本：采纳需要的差异后再次保存，即以对方的版本为基础保存。")
        )
        from reformdesk.gui.compare_actions import show_compare

        window = show_compare(self.window, self.files.doc, theirs, location)
        self._show(box)
        return window
