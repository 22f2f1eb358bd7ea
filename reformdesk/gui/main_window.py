"""The main window: an assembly of the pages, panels, menus and status bar.

It owns no logic of its own: file actions live in :mod:`file_actions`, edits
in the pages and their models, problems in the problems model.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import Plan
from reformdesk.domain.tiers import leadership
from reformdesk.gui import icons
from reformdesk.gui.document import Document
from reformdesk.gui.document_export_action import DocumentExportAction
from reformdesk.gui.export_action import ExportAction
from reformdesk.gui.file_actions import FileActions
from reformdesk.gui.pages import PAGES, page_factory, page_title
from reformdesk.gui.pending_edit import commit_pending_edit
from reformdesk.gui.settings import AppSettings
from reformdesk.gui.shared_actions import SharedActions
from reformdesk.gui.views.problems_view import ProblemsView
from reformdesk.gui.window_title import set_document_title
from reformdesk.store.plan_store import PlanLocation, RecoveryFile, recovery_area

if TYPE_CHECKING:  # imported when first shown: a start without recovery files needs neither
    from reformdesk.gui.dialogs.recovery_dialog import RecoveryDialog
    from reformdesk.gui.dialogs.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or AppSettings()
        plan = Plan()
        plan.info.name = self.tr("新方案")
        self.doc = Document(plan, parent=self)
        self.files = FileActions(self.doc, self.settings, self)
        self.shared = SharedActions(self.files, self)
        self.files.on_conflict = self.shared.conflict
        self.exporter = ExportAction(self.doc, self)
        self.exporter.exported.connect(
            lambda path: self.statusBar().showMessage(self.tr("已导出到 %1").replace("%1", path), 8000)
        )
        self.document_exporter = DocumentExportAction(self.doc, self)
        self.document_exporter.exported.connect(self._document_exported)
        from reformdesk.gui.roster_action import RosterImportAction

        self.roster = RosterImportAction(self.doc, self)
        from reformdesk.gui.service_import_action import ServiceImportAction

        self.service_import = ServiceImportAction(self.doc, self)
        from reformdesk.gui.import_action import PowerImportAction

        self.power_import = PowerImportAction(self.doc, self)
        from reformdesk.gui.catalogue_link_actions import CatalogueLinkActions

        self.catalogue_link = CatalogueLinkActions(self.doc, self)
        self.catalogue_link.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._closing = False
        self.setWindowIcon(icons.icon("app"))
        self.setObjectName("MainWindow")

        # Pages are built the first time their tab is shown (or a caller asks for them):
        # start-up imports and fills only the page the user sees.
        self._specs = list(PAGES)
        self._built: dict[int, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for key, _spec in self._specs:
            placeholder = QWidget()
            placeholder.setObjectName(f"pending_{key}")
            self.tabs.addTab(placeholder, page_title(key))
        self.tabs.currentChanged.connect(self._page_shown)
        # Before the pages: the structure and powers pages show these very actions.
        self._make_import_actions()
        if self._specs:
            self.page(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4cc; color: #5a4300; padding: 4px 8px; }")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        # The pages, or (after 关闭方案) a page saying how to go on: hidden pages take
        # no keys, so no shortcut of theirs edits the empty stand-in plan.
        self.central_stack = QStackedWidget()
        if self._specs:
            self.central_stack.addWidget(self.tabs)
        else:
            empty = QLabel(self.tr("没有可显示的页面。"))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.central_stack.addWidget(empty)
        self.no_plan_label = QLabel(
            self.tr("没有打开的方案。\n\n新建方案（Ctrl+N）、打开方案（Ctrl+O），或从“文件 → 最近打开”中选择。")
        )
        self.no_plan_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_plan_label.setObjectName("noPlanLabel")
        self.central_stack.addWidget(self.no_plan_label)
        layout.addWidget(self.central_stack, 1)
        self.setCentralWidget(central)

        self.problems = ProblemsView(self.doc)
        self.problems.entityActivated.connect(self.select_entity)
        self.problems_dock = self._dock(
            "problems", self.tr("问题"), self.problems, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.undo_view = QUndoView(self.doc.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("<打开时的状态>"))
        self.undo_dock = self._dock(
            "history", self.tr("操作历史"), self.undo_view, Qt.DockWidgetArea.RightDockWidgetArea
        )

        self._make_actions()
        self._make_menus()
        self._make_status_bar()

        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.fileChanged.connect(self._update_title)
        self.doc.infoChanged.connect(self._update_title)
        self.doc.planReset.connect(self._update_title)
        self.doc.fileChanged.connect(self._update_actions)
        self.doc.planReset.connect(self._update_counts)
        for signal in (self.doc.entitiesChanged, self.doc.entitiesAdded, self.doc.entitiesRemoved):
            signal.connect(self._update_counts)
        self.problems.problems.countsChanged.connect(self._update_counts)
        self._update_title()
        self._update_actions()
        self._update_counts()
        self.resize(1280, 720)
        # Defaults that leave the structure page most of a 1366×768 screen.
        self.resizeDocks([self.problems_dock], [140], Qt.Orientation.Vertical)
        self.resizeDocks([self.undo_dock], [200], Qt.Orientation.Horizontal)
        self._restore_layout()

    # -- assembly -------------------------------------------------------------------
    @property
    def pages(self) -> list[QWidget]:
        """Every page, in tab order (those not shown yet are built now)."""
        return [self.page(i) for i in range(len(self._specs))]

    def page(self, index: int) -> QWidget:
        """The page of tab ``index``, built on first use in place of its placeholder."""
        page = self._built.get(index)
        if page is not None:
            return page
        key, spec = self._specs[index]
        page = page_factory(spec)(self.doc, self, **self._page_actions(key))
        page.setObjectName(f"page_{key}")
        self._built[index] = page
        requested = getattr(page, "rosterImportRequested", None)
        if requested is not None:
            requested.connect(self.roster.ask)
        service_requested = getattr(page, "serviceImportRequested", None)
        if service_requested is not None:
            service_requested.connect(self.service_import.ask)
        title = page.page_title() if hasattr(page, "page_title") else self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        # Swapped without telling _page_shown: the tab shown stays the one shown.
        self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return page

    @Slot(int)
    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(self._specs):
            self.page(index)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, icon: str | None, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Every binding of the platform, not only its first: Close is Ctrl+F4 *and* Ctrl+W
            # on Windows, and setShortcut would keep Ctrl+F4 alone.
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)
        return action

    def _make_import_actions(self) -> None:
        """文件 → 导入: one action per import, the same the pages' toolbars show (one QAction each,
        so its text, shortcut and enabled state are one)."""
        self.power_import_action = self._action(
            None,
            self.tr("导入权力清单(&P)…"),
            self.power_import.ask,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I),  # as 导入清单 in the catalogue window
        )
        self.power_import_action.setIconText(self.tr("导入权力清单"))
        self.power_import_action.setStatusTip(
            self.tr("从县权力清单（各部门一张工作表亦可）导入下放事项：先预览新增和更新，再确认导入")
        )
        self.roster_action = self._action(None, self.tr("导入花名册(&R)…"), self.roster.ask)
        # With its letter on the structure page's toolbar (Alt+R there), unlike the other imports'.
        self.roster_action.setIconText(self.tr("导入花名册(&R)"))
        self.roster_action.setToolTip(self.tr("从花名册导入原科室站所和人员"))
        self.roster_action.setStatusTip(self.tr("从机构编制实名制系统或乡镇导出的花名册导入原科室站所和人员"))
        self.service_import_action = self._action(None, self.tr("导入审批服务事项(&S)…"), self.service_import.ask)
        self.service_import_action.setIconText(self.tr("导入审批服务事项"))
        self.service_import_action.setStatusTip(self.tr("从表格导入便民大厅的审批服务事项（进驻事项清单）"))

    def _page_actions(self, key: str) -> dict[str, object]:
        """What page ``key`` is built with beside the document: the window's actions it shows."""
        if key == "powers":
            return {"importer": self.power_import, "import_action": self.power_import_action}
        if key == "structure":
            return {"roster_action": self.roster_action}
        if key == "service":
            return {"import_action": self.service_import_action}
        return {}

    def import_actions(self) -> list[QAction]:
        """文件 → 导入, in menu order."""
        return [self.power_import_action, self.roster_action, self.service_import_action]

    def _make_actions(self) -> None:
        f = self.files
        self.new_action = self._action("new", self.tr("新建方案(&N)…"), f.ask_new_plan, QKeySequence.StandardKey.New)
        self.new_action.setStatusTip(
            self.tr("填写方案名称、乡镇、县、填表单位、日期和编制人，从空白、桥头镇模板或另一个方案开始")
        )
        self.info_action = self._action(None, self.tr("方案信息(&P)…"), f.ask_plan_info)
        self.info_action.setStatusTip(self.tr("修改方案名称、乡镇、县、填表单位、日期和编制人"))
        self.open_action = self._action("open", self.tr("打开(&O)…"), f.ask_open, QKeySequence.StandardKey.Open)
        self.open_shared_action = self._action(None, self.tr("打开共享方案(&H)…"), self.shared.ask_open)
        self.open_shared_action.setStatusTip(self.tr("打开单位共享方案库（PostgreSQL）中的方案"))
        self.history_action = self._action(None, self.tr("方案历史(&Y)…"), self.shared.show_history)
        self.history_action.setStatusTip(
            self.tr("共享方案每次保存的保存人、时间和修改内容；可导出，或将早先版本恢复为备选方案")
        )
        self.save_action = self._action("save", self.tr("保存(&S)"), lambda: f.save(), QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(
            None, self.tr("另存为(&A)…"), lambda: f.ask_save_as(), QKeySequence.StandardKey.SaveAs
        )
        self.alternative_action = self._action(None, self.tr("另存为备选方案(&L)…"), f.ask_save_alternative)
        self.compare_action = self._action(
            None,
            self.tr("比较方案(&M)…"),
            self.compare_plans,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_C),
        )
        self.compare_action.setStatusTip(self.tr("选择另一个方案，与当前方案逐项比较，并可采纳差异"))
        self.export_action = self._action(
            None,
            self.tr("导出Excel(&E)…"),
            self.exporter.ask_and_export,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
        )
        self.export_action.setStatusTip(self.tr("导出方案概况、机构设置、人员及层级、县级权限承接方案和交接清单"))
        self.document_export_action = self._action(
            None, self.tr("导出方案文本（Word）(&W)…"), self.document_exporter.ask_and_export
        )
        self.document_export_action.setStatusTip(
            self.tr("按党政机关公文格式导出实施方案（含机构设置、管理层级、权限承接、人员安排和附件）")
        )
        self.close_action = self._action(None, self.tr("关闭方案(&C)"), f.close_plan, QKeySequence.StandardKey.Close)
        self.quit_action = self._action(None, self.tr("退出(&X)"), self._quit, QKeySequence.StandardKey.Quit)
        self.undo_action = self.doc.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action = self.doc.undo_stack.createRedoAction(self, self.tr("重做"))
        # Ctrl+Y (as in Excel and WPS) and Ctrl+Shift+Z redo on every platform; Linux's
        # standard Redo is only Ctrl+Shift+Z.
        redo_keys = [QKeySequence(QKeySequence.StandardKey.Redo)]
        for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):
            if QKeySequence(keys) not in redo_keys:
                redo_keys.append(QKeySequence(keys))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(icons.icon("redo"))
        # The toolbar says 撤销 / 重做 alone; what they would undo is in the 编辑 menu and the
        # tooltip (the action's text): a roster import's whole text pushed the toolbar wider.
        self.undo_action.setIconText(self.tr("撤销"))
        self.redo_action.setIconText(self.tr("重做"))
        self.find_action = self._action(None, self.tr("查找(&F)…"), self.focus_search, QKeySequence.StandardKey.Find)
        self.find_action.setStatusTip(self.tr("转到本页的查找框"))
        self.settings_action = self._action(None, self.tr("设置(&S)…"), self.show_settings)
        self.about_action = self._action(None, self.tr("关于(&A)"), self.show_about)
        # The toolbar's buttons without the menus' Alt letters (新建方案, not 新建方案(N)).
        self.new_action.setIconText(self.tr("新建方案"))
        self.open_action.setIconText(self.tr("打开"))
        self.save_action.setIconText(self.tr("保存"))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addActions([self.new_action, self.open_action, self.open_shared_action])
        self.recent_menu = QMenu(self.tr("最近打开(&R)"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.alternative_action])
        file_menu.addSeparator()
        file_menu.addAction(self.info_action)
        file_menu.addActions(self.catalogue_link.actions())
        file_menu.addAction(self.compare_action)
        file_menu.addAction(self.history_action)
        file_menu.addSeparator()
        # Where a WPS or Excel user looks for them: 导入 beside 导出.
        self.import_menu = QMenu(self.tr("导入(&I)"), self)
        self.import_menu.addActions(self.import_actions())
        file_menu.addMenu(self.import_menu)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.document_export_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addActions([self.problems_dock.toggleViewAction(), self.undo_dock.toggleViewAction()])
        tools_menu = bar.addMenu(self.tr("工具(&T)"))
        tools_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("主工具栏"))
        toolbar.setObjectName("toolbar_main")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])

    def _make_status_bar(self) -> None:
        self.units_label = QLabel()
        self.people_label = QLabel()
        self.problems_label = QLabel()
        for label in (self.units_label, self.people_label, self.problems_label):
            self.statusBar().addPermanentWidget(label)

    @Slot()
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_path(PlanLocation.parse(p)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    # -- state shown ------------------------------------------------------------------
    @Slot()
    def _update_title(self) -> None:
        if not self.doc.is_open:
            self.setWindowTitle(self.tr("改革方案编制助手"))
            self.setWindowModified(False)
            return
        # The plan's name, then its file, as every document window is titled (window_title.py):
        # two alternatives of one town may share a name and differ by their file.
        location = self.doc.location
        if location is None:
            file_name = ""
        elif location.path is not None:
            file_name = location.path.name
        else:
            file_name = location.display_name
        parts = [self.doc.display_name(), file_name] if file_name != self.doc.display_name() else [file_name]
        set_document_title(self, parts, read_only=self.doc.read_only, modified=self.doc.modified)

    @Slot(str)
    def _document_exported(self, path: str) -> None:
        # The document says 草稿 on every page while the plan has problems; say so here too, so
        # nobody sends it out unread (the problem list names each 待补充 section).
        count = len(self.doc.problems())
        text = (
            self.tr("已导出草稿到 %1：存在 %n 项问题（见问题清单），未填写的章节标为“待补充”", "", count)
            if count
            else self.tr("已导出到 %1")
        )
        self.statusBar().showMessage(text.replace("%1", path), 15000)

    def plan_actions(self) -> list[QAction]:
        """The actions that need a plan: all disabled after 关闭方案, enabled again on open."""
        return [
            self.info_action,
            *self.import_actions(),
            self.history_action,
            self.save_action,
            self.save_as_action,
            self.alternative_action,
            self.compare_action,
            self.export_action,
            self.document_export_action,
            self.close_action,
            self.find_action,
        ]

    @Slot()
    def _update_actions(self) -> None:
        is_open = self.doc.is_open
        for action in self.plan_actions():
            action.setEnabled(is_open)
        writable = is_open and not self.doc.read_only
        self.save_action.setEnabled(writable)
        self.history_action.setEnabled(is_open and self.doc.location is not None and not self.doc.location.is_file)
        for action in self.import_actions():
            action.setEnabled(writable)
        self.catalogue_link.check_action.setEnabled(writable)
        self.catalogue_link.pick_action.setEnabled(writable)
        self.banner.setText(self.doc.read_only_reason)
        self.banner.setVisible(is_open and self.doc.read_only)
        self.central_stack.setCurrentIndex(0 if is_open else 1)
        self.central_stack.widget(0).setEnabled(is_open)
        for label in (self.units_label, self.people_label, self.problems_label):
            label.setVisible(is_open)
        if not writable:
            # The stack re-enables them when it changes; with no plan or read-only it never does.
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    @Slot()
    def _update_counts(self) -> None:
        plan = self.doc.plan
        placed = sum(1 for u in plan.units.values() if u.body_id in plan.bodies)
        # The head leads the whole town and a deputy in charge leads bodies from
        # outside them: both have their place in the new structure (领导班子, as the structure page shows).
        people = sum(1 for p in plan.people.values() if plan.body_of(p) in plan.bodies) + len(leadership(plan))
        errors, warnings = self.problems.problems.counts()
        self.units_label.setText(
            self.tr("原科室已并入 %1/%2").replace("%1", str(placed)).replace("%2", str(len(plan.units)))
        )
        self.people_label.setText(
            self.tr("人员已安排 %1/%2").replace("%1", str(people)).replace("%2", str(len(plan.people)))
        )
        if self.problems.problems.pending:
            self.problems_label.setText(self.tr("问题：检查中…"))
        else:
            self.problems_label.setText(
                self.tr("问题 %1（错误 %2）").replace("%1", str(errors + warnings)).replace("%2", str(errors))
            )

    # -- navigation ------------------------------------------------------------------
    @Slot()
    def focus_search(self) -> bool:
        """Ctrl+F: the current page's search field (each page names its own)."""
        focus = getattr(self.tabs.currentWidget(), "focus_search", None)
        if focus is None:
            return False
        focus()
        return True

    @Slot(str, str)
    def select_entity(self, kind: str, entity_id: str) -> bool:
        """Show the entity on the first page that knows it (problems panel, comparison)."""
        for index in range(len(self._specs)):
            page = self.page(index)
            show = getattr(page, "show_entity", None)
            if show is not None and show(kind, entity_id):
                self.tabs.setCurrentWidget(page)
                return True
        return False

    # -- dialogs ------------------------------------------------------------------
    def show_settings(self) -> SettingsDialog:
        from reformdesk.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.open()
        self.files.dialog = dialog
        self.files.dialogShown.emit(dialog)
        return dialog

    def compare_plans(self) -> QFileDialog:
        """File → 比较方案…: ask for plan B (non-blocking); the compare window follows this window's document."""
        # Imported here: the compare window is not needed to start the application.
        from reformdesk.gui.compare_actions import open_compare

        commit_pending_edit(self)
        return open_compare(self, self.doc)

    def compare_windows(self) -> list[QWidget]:
        """The compare windows open on this window's document."""
        from reformdesk.gui.views.compare_view import CompareWindow

        return [w for w in self.findChildren(CompareWindow) if w.isVisible()]

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("关于"),
            self.tr("改革方案编制助手 ReformDesk\n为县委编办编制乡镇行政管理体制改革方案。"),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()
        self.files.dialog = box
        self.files.dialogShown.emit(box)
        return box

    def offer_recovery(self) -> RecoveryDialog | None:
        """Offer the recovery files a crash left behind (non-blocking)."""
        files = recovery_area(self.settings.recovery_dir).left_behind()
        if not files:
            return None
        from reformdesk.gui.dialogs.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(files, self)

        def finished(result: int) -> None:
            if result == RecoveryDialog.DialogCode.Accepted:
                chosen = dialog.selected()
                if chosen is not None:
                    self.restore(chosen)
            elif result == RecoveryDialog.DISCARD_ALL:
                for entry in files:
                    entry.discard()

        dialog.finished.connect(finished)
        dialog.open()
        self.files.dialog = dialog
        self.files.dialogShown.emit(dialog)
        return dialog

    def restore(self, entry: RecoveryFile) -> None:
        self.files.maybe_save(lambda: self.files.restore(entry))

    # -- closing ------------------------------------------------------------------
    def _quit(self) -> None:
        """退出: every window's unsaved changes are asked about (enforcement plans and catalogues too)."""
        from reformdesk.gui.quit_action import quit_application

        quit_application(first=self)

    def settle_changes(self, then: Callable[[], None]) -> None:
        """Ask about this plan's unsaved changes: ``then`` once saved or discarded, not on 取消."""
        self.files.maybe_save(then)

    def close_settled(self) -> None:
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            commit_pending_edit(self)  # a field still being typed in counts as a change
        if self._closing or not self.doc.modified or self.doc.read_only:
            self._shutdown()
            event.accept()
            return
        event.ignore()

        def really_close() -> None:
            self._closing = True
            self.close()

        self.files.maybe_save(really_close)

    def _shutdown(self) -> None:
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.files.shutdown()

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
