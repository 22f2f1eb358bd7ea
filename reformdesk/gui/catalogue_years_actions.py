"""The file side of the catalogue window's 动态调整 and 审批事项目录 pages.

与上一版本比较… reads last year's version and proposes a record per unrecorded change
(one undo step); 导出年度动态调整表… and 导出取消、调整和保留目录… write the workbooks;
选择基期清单… reads the base year's catalogue; 新建年度版本… writes next year's file and
opens it in a window of its own.  Choosers are attributes so tests can answer them
(``open_chooser``, ``file_chooser``), as in gui/catalogue_actions.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.save_path import Chooser, ask_save_path, safe_stem

if TYPE_CHECKING:
    from reformdesk.domain.catalogue.approvals import ApprovalCatalogue
    from reformdesk.domain.catalogue.model import Catalogue


class YearsActions(QObject):
    """One per catalogue window; ``baseChanged`` carries the approval catalogue (or None)."""

    baseChanged = Signal(object, str)
    message = Signal(str)
    windowOpened = Signal(QWidget)

    open_chooser: Chooser | None = None
    file_chooser: Chooser | None = None

    def __init__(self, doc: CatalogueDocument, widget: QWidget) -> None:
        super().__init__(widget)
        self.doc = doc
        self.widget = widget
        self.base: Catalogue | None = None
        self.base_name = ""
        self.box: QMessageBox | None = None
        # The records and items change with every edit: the statuses follow, after a pause.
        doc.problemsChanged.connect(self._recompute)

    # -- helpers --------------------------------------------------------------------------------
    def _start(self) -> Path:
        return self.doc.path.parent if self.doc.path is not None else Path.home()

    def _ask_open(self, title: str) -> Path | None:
        filter_ = QCoreApplication.translate("CatalogueYearsActions", "权责清单 (*.rdcatalog)")
        if self.open_chooser is not None:
            chosen = self.open_chooser(self.widget, title, str(self._start()), filter_)
        else:
            chosen, _f = QFileDialog.getOpenFileName(self.widget, title, str(self._start()), filter_)
        return Path(chosen) if chosen else None

    def _ask_save(self, title: str, name: str, filter_: str, suffix: str) -> Path | None:
        return ask_save_path(self.widget, self.file_chooser, title, self._start() / name, filter_, suffix)

    def error(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.widget)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()
        return box

    def _read(self, path: Path) -> Catalogue | None:
        from reformdesk.store.catalogue_file import PlanFileError, open_catalogue

        try:
            return open_catalogue(path)
        except PlanFileError as exc:
            self.error(QCoreApplication.translate("CatalogueYearsActions", "无法打开权责清单"), str(exc))
            return None

    # -- 动态调整 ---------------------------------------------------------------------------------
    def ask_compare(self) -> int | None:
        path = self._ask_open(QCoreApplication.translate("CatalogueYearsActions", "选择上一年度的权责清单"))
        return self.compare_with(path) if path is not None else None

    def compare_with(self, path: Path) -> int | None:
        """Propose a record per change from the catalogue at ``path`` to this one; how many were added."""
        from reformdesk.domain.catalogue.versions import compare_versions
        from reformdesk.gui.edits.catalogue_years_edits import propose_records

        old = self._read(path)
        if old is None:
            return None
        if self.doc.read_only:
            self.error(
                QCoreApplication.translate("CatalogueYearsActions", "清单为只读"),
                self.doc.read_only_reason
                or QCoreApplication.translate("CatalogueYearsActions", "清单为只读，不能新增调整记录"),
            )
            return None
        changes = compare_versions(old, self.doc.cat)
        added, updated = propose_records(self.doc, changes, path.name)
        if updated:
            text = QCoreApplication.translate(
                "CatalogueYearsActions",
                "与 %1 比较：共 %2 项调整，新增 %3 条记录，更新 %4 条记录的调整前后（请核对调整理由、文件依据和文号）",
            ).replace("%4", str(updated))
        else:
            text = QCoreApplication.translate(
                "CatalogueYearsActions", "与 %1 比较：共 %2 项调整，新增 %3 条记录（请填写调整理由、文件依据和文号）"
            )
        self.message.emit(text.replace("%1", path.name).replace("%2", str(len(changes))).replace("%3", str(added)))
        return added

    def ask_export_adjustments(self, year: int | None = None) -> bool:
        year = self.doc.cat.info.year if year is None else year
        name = safe_stem(f"{self.doc.cat.info.county}{year}年度动态调整表") + ".xlsx"
        path = self._ask_save(
            QCoreApplication.translate("CatalogueYearsActions", "导出年度动态调整表"),
            name,
            QCoreApplication.translate("CatalogueYearsActions", "Excel 工作簿 (*.xlsx)"),
            ".xlsx",
        )
        return self.export_adjustments(path, year) if path is not None else False

    def export_adjustments(self, path: Path, year: int | None = None) -> bool:
        from reformdesk.domain.catalogue.versions import year_records
        from reformdesk.formats.catalogue_years import export_adjustments

        year = self.doc.cat.info.year if year is None else year
        return self._export(
            path, lambda: export_adjustments(self.doc.cat, year_records(self.doc.cat, year), year, path)
        )

    def _export(self, path: Path, write: object) -> bool:
        try:
            write()  # type: ignore[operator]
        except Exception as exc:  # any failure becomes one message; the catalogue is untouched
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.error(
                QCoreApplication.translate("CatalogueYearsActions", "无法导出"),
                QCoreApplication.translate("CatalogueYearsActions", "无法导出到 %1：%2")
                .replace("%1", str(path))
                .replace("%2", reason),
            )
            return False
        self.message.emit(QCoreApplication.translate("CatalogueYearsActions", "已导出到 %1").replace("%1", str(path)))
        return True

    def ask_new_year(self) -> QWidget | None:
        year = (self.doc.cat.info.year or 0) + 1
        name = safe_stem(f"{self.doc.cat.info.county}权责清单{year}") + ".rdcatalog"
        path = self._ask_save(
            QCoreApplication.translate("CatalogueYearsActions", "新建年度版本"),
            name,
            QCoreApplication.translate("CatalogueYearsActions", "权责清单 (*.rdcatalog)"),
            ".rdcatalog",
        )
        return self.new_year(path, year) if path is not None else None

    def new_year(self, path: Path, year: int) -> QWidget | None:
        """Write next year's version to ``path`` (never over another file) and open it in its own window."""
        from reformdesk.domain.catalogue.versions import new_year_version
        from reformdesk.store.catalogue_file import PlanFileError, save_catalogue

        if path.exists():
            self.error(
                QCoreApplication.translate("CatalogueYearsActions", "文件已存在"),
                QCoreApplication.translate("CatalogueYearsActions", "%1 已存在，未覆盖；请另选文件名").replace(
                    "%1", str(path)
                ),
            )
            return None
        try:
            save_catalogue(new_year_version(self.doc.cat, year), path)
        except PlanFileError as exc:
            self.error(QCoreApplication.translate("CatalogueYearsActions", "无法新建年度版本"), str(exc))
            return None
        # A top-level window of its own, as every catalogue window opened from another is (its
        # close asks to save even when this window closes first).
        from reformdesk.gui import catalogue_actions

        catalogue_actions.open_if_catalogue(path, self.widget)
        real = os.path.realpath(path)
        window = next(
            (w for w in catalogue_actions.open_windows() if os.path.realpath(getattr(w.doc, "path", "") or "") == real),  # type: ignore[attr-defined]
            None,
        )
        if window is not None:
            self.windowOpened.emit(window)
        return window

    # -- 审批事项目录 ------------------------------------------------------------------------------
    def ask_base(self) -> ApprovalCatalogue | None:
        path = self._ask_open(QCoreApplication.translate("CatalogueYearsActions", "选择基期年度的权责清单"))
        return self.load_base(path) if path is not None else None

    def load_base(self, path: Path) -> ApprovalCatalogue | None:
        base = self._read(path)
        if base is None:
            return None
        self.base, self.base_name = base, path.name
        return self._recompute()

    def result(self) -> ApprovalCatalogue | None:
        from reformdesk.domain.catalogue.approvals import approval_catalogue

        return None if self.base is None else approval_catalogue(self.base, self.doc.cat)

    def _recompute(self) -> ApprovalCatalogue | None:
        result = self.result()
        if self.base is not None:
            self.baseChanged.emit(result, self.base_name)
        return result

    def ask_export_approvals(self) -> bool:
        if self.base is None:
            return False
        name = safe_stem(f"{self.doc.cat.info.county}取消、调整和保留的行政审批事项目录") + ".xlsx"
        path = self._ask_save(
            QCoreApplication.translate("CatalogueYearsActions", "导出行政审批事项目录"),
            name,
            QCoreApplication.translate("CatalogueYearsActions", "Excel 工作簿 (*.xlsx)"),
            ".xlsx",
        )
        return self.export_approvals(path) if path is not None else False

    def export_approvals(self, path: Path) -> bool:
        from reformdesk.formats.catalogue_years import export_approvals

        result = self.result()
        if result is None:
            return False
        return self._export(path, lambda: export_approvals(result, self.doc.cat, path))
