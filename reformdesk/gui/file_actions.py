"""File actions of a window: new, open, save, save as, save as alternative, close.

All file I/O of the window lives here, not in the main window.  Questions
(save changes? which name?) are non-blocking dialogs opened with ``open()``;
their ``finished`` signal continues the action, so tests drive them with
``qtbot.waitSignal`` and nothing spins a nested event loop.

The controller holds a plan *location*, not a path, and talks only to the
:class:`~reformdesk.store.plan_store.PlanStore` that serves it: it keeps the
plan's lease (one writer per plan), and autosaves to a recovery slot 30 s
periodically and 3 s after an edit while there are unsaved changes.

Autosave copies the plan on the GUI thread (:func:`snapshot`, tens of
milliseconds at province size) and writes the copy in a worker thread, so
editing never waits for the disk; it is skipped when nothing was done or
undone since the last autosave.  One lock orders the recovery writes, real
saves and the removal of the recovery file: a save waits for a write in
flight, and a write started before a save or a close never brings the
recovery file back.  Results (and errors) arrive on the GUI thread through a
queued signal.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from reformdesk.domain.alternative import PlanSnapshot, alternative_name, snapshot
from reformdesk.domain.model import Plan
from reformdesk.domain.templates import qiaotou_template
from reformdesk.gui import edits, heap
from reformdesk.gui.document import Document
from reformdesk.gui.models.labels import display_date
from reformdesk.gui.pending_edit import commit_pending_edit
from reformdesk.gui.save_buttons import name_save_buttons
from reformdesk.gui.save_path import ask_save_path, safe_stem, start_folder
from reformdesk.gui.settings import AppSettings
from reformdesk.store.file_kind import file_kind
from reformdesk.store.plan_store import (
    SUFFIX,
    Lease,
    Locked,
    PlanFileError,
    PlanLocation,
    RecoveryFile,
    SaveConflict,
    recovery_area,
    store_for,
)

AUTOSAVE_INTERVAL_MS = 30_000
AUTOSAVE_AFTER_EDIT_MS = 3_000


def open_elsewhere(path: Path | None, parent: QWidget) -> bool:
    """Open a county enforcement plan or catalogue in a window of its own (or raise the one it
    is open in); False for anything else, a town plan first of all.

    The file's header tells the kind; the county kinds' windows, documents and stores are
    imported only for such a file, so a town plan's start does not load them.
    """
    kind = file_kind(path) if path is not None else None
    if kind == "enforcement":
        from reformdesk.gui.enforcement.actions import open_if_enforcement

        return open_if_enforcement(path, parent)
    if kind == "catalogue":
        from reformdesk.gui.catalogue_actions import open_if_catalogue

        return open_if_catalogue(path, parent)
    return False


def lock_reason(held: Locked) -> str:
    """Why a window opened a plan read-only: who holds it (for town and enforcement plans alike)."""
    info = held.holder
    if held.same_process:
        return QCoreApplication.translate("FileActions", "此方案已在本程序的另一个窗口中打开，本窗口只读。")
    if not info.known:
        return QCoreApplication.translate(
            "FileActions", "此方案已在其他程序或窗口中打开（可能经由另一个文件名或链接），本窗口只读。"
        )
    since = f"{display_date(info.since.date())} {info.since:%H:%M}"
    return (
        QCoreApplication.translate("FileActions", "此方案已由 %1 在 %2 上打开（进程 %3，自 %4 起），本窗口只读。")
        .replace("%1", info.user)
        .replace("%2", info.host)
        .replace("%3", str(info.pid))
        .replace("%4", since)
    )


class FileActions(QObject):
    #: A question or message was shown (the box is open, not exec'd).
    dialogShown = Signal(QWidget)
    #: A recovery file was written.
    autosaved = Signal(str)
    #: From the autosave worker: generation, error text ("" when written).
    _written = Signal(int, str)

    def __init__(self, doc: Document, settings: AppSettings, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.doc = doc
        self.settings = settings
        self.widget = parent_widget
        #: The lease of the open plan (None: unsaved, or read-only).
        self.lease: Lease | None = None
        self.recovery = recovery_area(settings.recovery_dir).slot()
        self.dialog: QWidget | None = None
        #: Shows a save the shared store refused (someone saved since); set by the window.
        self.on_conflict: Callable[[SaveConflict, PlanLocation], object] | None = None
        self.periodic = QTimer(self)
        self.periodic.setInterval(AUTOSAVE_INTERVAL_MS)
        self.periodic.timeout.connect(self.autosave)
        self.periodic.start()
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AUTOSAVE_AFTER_EDIT_MS)
        self.soon.timeout.connect(self.autosave)
        doc.undo_stack.indexChanged.connect(self._edited)
        doc.planReset.connect(self._changed)
        #: Orders recovery writes (worker), real saves and the recovery file's removal.
        self._write_lock = threading.Lock()
        #: Bumped whenever the recovery file is dropped: a write of an older generation is void.
        self._generation = 0
        #: Bumped on every push, undo, redo and plan swap: what "changed since" means.
        self._serial = 0
        self._autosaved_serial: int | None = None
        self._worker: threading.Thread | None = None
        self._again = False
        self._written.connect(self._on_written)

    # -- autosave ---------------------------------------------------------------------
    @Slot(int)
    def _edited(self, _index: int) -> None:
        self._serial += 1
        if self.doc.modified:
            self.soon.start()
        else:
            self.soon.stop()

    @Slot()
    def _changed(self) -> None:
        self._serial += 1

    @Slot()
    def autosave(self) -> bool:
        """Start writing the recovery file if there is unsaved work changed since the last
        autosave; True when a write was started (it ends in :attr:`autosaved`)."""
        self.soon.stop()
        if not self.doc.modified or self.doc.read_only:
            return False
        if self._autosaved_serial == self._serial:
            return False  # nothing done or undone since the last autosave
        if self._worker is not None:
            self._again = True  # one write at a time: the next starts when this one ends
            return False
        # The collector waits from the snapshot until the write is done (the worker turns it
        # back on): a full collection over a province plan's objects holds the GIL for
        # 0.2–0.3 s, and the one the snapshot's tuples set off the moment it returned ran here,
        # on this thread: ~40% of the autosave's CPU time on it (measured).
        collecting = gc.isenabled()
        gc.disable()
        try:
            plan = snapshot(self.doc.plan)
            worker = threading.Thread(
                target=self._write,
                args=(self._generation, self.recovery, plan, self.doc.location, collecting),
                name="reformdesk-autosave",
                daemon=True,
            )
            self._worker = worker
            worker.start()
        except BaseException:
            self._worker = None
            if collecting:
                gc.enable()
            raise
        self._autosaved_serial = self._serial
        return True

    def _write(
        self, generation: int, slot: object, frozen: PlanSnapshot, location: PlanLocation | None, collecting: bool
    ) -> None:
        """In the worker thread: write the plan ``frozen`` holds to ``slot`` unless the slot was
        dropped meanwhile; then turn the collector back on when ``collecting`` (autosave paused it)."""
        error = ""
        try:
            with self._write_lock:
                if generation == self._generation:
                    try:
                        slot.write(frozen.thaw(), location)  # type: ignore[attr-defined]
                    except (PlanFileError, OSError) as exc:
                        error = str(exc) or type(exc).__name__
        finally:
            if collecting:
                gc.enable()
        self._written.emit(generation, error)

    @Slot(int, str)
    def _on_written(self, generation: int, error: str) -> None:
        self._worker = None
        if error:
            # Autosave must never interrupt the user; the next attempt may succeed.
            self._autosaved_serial = None
            self._status(self.tr("自动保存失败：%1").replace("%1", error))
        elif generation == self._generation:
            self.autosaved.emit(str(self.recovery.path))
        if self._again:
            self._again = False
            self.autosave()

    def wait_autosave(self) -> None:
        """Block until the autosave in flight (if any) has ended and been reported."""
        worker = self._worker
        if worker is not None:
            worker.join()
            QCoreApplication.sendPostedEvents(self)

    def _drop_recovery(self) -> None:
        with self._write_lock:  # waits for a write in flight, which then sees the new generation
            self._generation += 1
            self.recovery.remove()
        self._autosaved_serial = None

    # -- messages ---------------------------------------------------------------------
    def _status(self, text: str) -> None:
        bar = getattr(self.widget, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    def _show(self, box: QWidget) -> None:
        # Dialogs are not WA_DeleteOnClose: a pending deferred delete of a child
        # whose parent window is then destroyed from Python crashes PySide 6.11
        # (seen in tests).  A closed dialog is a small hidden child until the window goes.
        self.dialog = box
        box.open()
        self.dialogShown.emit(box)

    def error(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.widget)
        self._show(box)
        return box

    # -- unsaved changes ------------------------------------------------------------------
    def maybe_save(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved changes are saved or discarded; not at all on Cancel."""
        commit_pending_edit(self.widget)
        if not self.doc.modified or self.doc.read_only:
            then()
            return
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("保存更改"))
        box.setText(self.tr("方案“%1”有未保存的更改。").replace("%1", self.doc.display_name() or self.tr("未命名")))
        box.setInformativeText(self.tr("关闭前要保存吗？"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        name_save_buttons(box)
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def finished(_result: int) -> None:
            button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
            if button == QMessageBox.StandardButton.Save:
                self.save(then=then)
            elif button == QMessageBox.StandardButton.Discard:
                # The recovery copy stays until the work is really replaced (install) or the
                # window closes (shutdown): ``then`` may still stop short — 退出 cancelled at a
                # later window, a plan that cannot be opened — and leave this work open.
                then()

        box.finished.connect(finished)
        self._show(box)

    # -- new / open / close -------------------------------------------------------------------
    def new_plan(self, template: bool = False) -> None:
        def go() -> None:
            plan = qiaotou_template() if template else Plan()
            if not template:
                plan.info.name = self.tr("新方案")
            self.install(plan, None, read_only=False, reason="")

        self.maybe_save(go)

    def ask_new_plan(self) -> QWidget:
        """文件 → 新建方案…: the new plan's settings and where it starts (non-blocking)."""
        from reformdesk.domain.model import PlanInfo
        from reformdesk.gui.dialogs.plan_info_dialog import PlanInfoDialog

        commit_pending_edit(self.widget)
        dialog = PlanInfoDialog(PlanInfo(), new=True, parent=self.widget)

        def finished(result: int) -> None:
            if result == PlanInfoDialog.DialogCode.Accepted:
                values, start, other = dialog.values(), dialog.start(), dialog.other_path
                self.maybe_save(lambda: self.create_plan(values, start, other))

        dialog.finished.connect(finished)
        self._show(dialog)
        return dialog

    def create_plan(self, values: dict, start: str = "empty", other: str | PlanLocation = "") -> bool:
        """Make a new, never-saved plan with these settings the window's plan (no question asked)."""
        from reformdesk.domain.templates import new_plan

        template: str | Plan = start
        if start == "other":
            try:
                location = PlanLocation.of(other)
                template = store_for(location).read(location)
            except PlanFileError as exc:
                self.error(self.tr("无法打开方案"), str(exc))
                return False
        fields = {k: v for k, v in values.items() if k != "notes"}
        plan = new_plan(template, **fields)
        plan.info.notes = values.get("notes", "")
        if not plan.info.name:
            plan.info.name = self.tr("新方案")
        self.install(plan, None, read_only=False, reason="")
        return True

    def ask_plan_info(self) -> QWidget:
        """文件 → 方案信息…: the open plan's settings; the changes are one undo step."""
        from reformdesk.gui.dialogs.plan_info_dialog import PlanInfoDialog

        commit_pending_edit(self.widget)
        dialog = PlanInfoDialog(self.doc.plan.info, new=False, parent=self.widget)
        for child in dialog.findChildren(QWidget):
            if hasattr(child, "setReadOnly") and self.doc.read_only:
                child.setReadOnly(True)

        def finished(result: int) -> None:
            if result == PlanInfoDialog.DialogCode.Accepted and not self.doc.read_only:
                edits.set_info(self.doc, dialog.values())

        dialog.finished.connect(finished)
        self._show(dialog)
        return dialog

    def ask_open(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.widget, self.tr("打开方案"), self._start_dir(), self.open_filters()
        )
        if path:
            self.open_path(PlanLocation.file(path))

    def open_filters(self) -> str:
        """The 打开 dialog's file types: first every kind this window opens, so none is hidden at first."""
        from reformdesk.gui.catalogue_actions import SUFFIX_FILTER as CATALOGUE_FILTER
        from reformdesk.gui.enforcement.actions import SUFFIX_FILTER

        every = f"*{SUFFIX} {SUFFIX_FILTER} {CATALOGUE_FILTER}"
        return ";;".join(
            (
                self.tr("方案和清单 (%1)").replace("%1", every),
                self.tr("改革方案 (*%1)").replace("%1", SUFFIX),
                self.tr("执法体系方案 (%1)").replace("%1", SUFFIX_FILTER),
                self.tr("权责清单 (%1)").replace("%1", CATALOGUE_FILTER),
                self.tr("所有文件 (*)"),
            )
        )

    def open_path(self, location: PlanLocation | Path | str) -> None:
        target = PlanLocation.of(location)
        if open_elsewhere(target.path, self.widget):
            return  # its own window; this plan stays
        self.maybe_save(lambda: self.load(target))

    def load(self, location: PlanLocation | Path | str) -> bool:
        """Open ``location`` now (no question about the current plan); False and a message on failure."""
        target = PlanLocation.of(location)
        if open_elsewhere(target.path, self.widget):
            return True
        with heap.paused():  # until install() has frozen what the read made
            return self._load(target)

    def _load(self, target: PlanLocation) -> bool:
        lease: Lease | None
        held: Locked | None = None
        damage = ""
        try:
            store = store_for(target)
            if self.lease is not None and self.doc.location == target:
                # Reopening this window's own plan: its lease carries over (acquiring it
                # again would find it held "by another window" and open read-only).
                plan, lease = store.read(target), self.lease
                self.lease = None  # install() must not release it
            else:
                opened = store.open(target)
                plan, lease, held, damage = opened.plan, opened.lease, opened.held, opened.damage
        except PlanFileError as exc:
            self.error(self.tr("无法打开方案"), str(exc))
            return False
        reason = self.lock_reason(held) if held is not None else ""
        if lease is None and held is None and not damage:
            reason = self.tr("此方案文件不能写入（只读文件或只读文件夹），本窗口只读；请用“另存为”保存到其他位置。")
        if damage:
            # Shown read-only; 保存 asks for another file, and the store never writes over this one.
            reason = self.tr("%1。本窗口只读：请用“另存为”把读出的内容保存为修复后的副本（不会覆盖原文件）。").replace(
                "%1", damage.rstrip("。")
            )
        self.install(plan, target, read_only=lease is None, reason=reason, lease=lease)
        self._add_recent(target)
        return True

    def lock_reason(self, held: Locked) -> str:
        return lock_reason(held)

    def install(
        self,
        plan: Plan,
        location: PlanLocation | None,
        read_only: bool,
        reason: str,
        lease: Lease | None = None,
        is_open: bool = True,
    ) -> None:
        """Make ``plan`` the window's plan (after any question was answered).

        ``is_open`` False: no plan at all (关闭方案); ``plan`` is an empty stand-in.
        """
        self._release()
        self._drop_recovery()
        self.recovery = recovery_area(self.settings.recovery_dir).slot()
        self.lease = lease
        self.doc.is_open = is_open  # before the reset, so every model and view sees it
        self.doc.replace_plan(plan)
        self.doc.location = location
        self.doc.set_read_only(read_only, reason)
        heap.settle()

    def restore(self, recovered: RecoveryFile) -> bool:
        """Open an autosaved plan as unsaved work.

        On top of its original file when that still exists and is free, as one
        undoable step (Ctrl+Z shows the file as last saved); else as a new,
        never-saved plan.  A shared plan keeps its address even when the server
        cannot be reached now or someone else edits it: 保存 then goes to the
        server (and says why it cannot, or shows the conflict), never to a new file
        the clerk did not ask for.
        """
        try:
            plan = recovered.load()
        except PlanFileError as exc:
            self.error(self.tr("无法恢复方案"), str(exc))
            return False
        base, location, lease = Plan(), None, None
        source = recovered.source_location
        if source is not None:
            try:
                opened = store_for(source).open(source)
            except PlanFileError:
                pass  # gone or unreadable: restore as a new plan (a shared one keeps its address below)
            else:
                if opened.lease is not None:
                    base, location, lease = opened.plan, source, opened.lease
            if location is None and not source.is_file:
                location = source
        self.install(base, location, read_only=False, reason="", lease=lease)

        edits.restore_contents(self.doc, plan)
        recovered.discard()
        self.autosave()
        return True

    def close_plan(self) -> None:
        self.maybe_save(lambda: self.install(Plan(), None, read_only=False, reason="", is_open=False))

    def shutdown(self) -> None:
        """The window is closing for good (after any question)."""
        self.periodic.stop()
        self.soon.stop()
        self.wait_autosave()
        self._release()
        self._drop_recovery()

    def _release(self) -> None:
        if self.lease is not None:
            self.lease.release()
            self.lease = None

    def _add_recent(self, location: PlanLocation) -> None:
        if location.path is not None:
            self.settings.add_recent(location.path)

    # -- save ------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save to the plan's file; without one (or read-only), ask for a file."""
        if not self.doc.is_open:
            return False  # nothing to save after 关闭方案
        commit_pending_edit(self.widget)
        if self.doc.location is None or self.doc.read_only:
            return self.ask_save_as(then=then)
        ok = self.save_to(self.doc.location)
        if ok and then is not None:
            then()
        return ok

    def ask_save_as(self, then: Callable[[], None] | None = None) -> bool:
        if not self.doc.is_open:
            return False
        commit_pending_edit(self.widget)
        path = self._ask_file(self.tr("另存为"), self.doc.display_name())
        if path is None:
            return False
        ok = self.save_to(path)
        if ok and then is not None:
            then()
        return ok

    def save_to(self, location: PlanLocation | Path | str) -> bool:
        """Save the plan to ``location`` and make it the window's plan (taking its lease)."""
        target = PlanLocation.of(location)
        new_lease: Lease | None = None
        try:
            store = store_for(target)
            if not (self.lease is not None and self.doc.location == target):
                held = store.acquire(target)
                if isinstance(held, Locked):
                    self.error(self.tr("无法保存"), self.lock_reason(held).replace(self.tr("本窗口只读。"), ""))
                    return False
                new_lease = held
            with self._write_lock:  # never beside an autosave in flight
                store.save(self.doc.plan, target)
        except SaveConflict as exc:
            # Nothing written: their version and yours side by side, never an overwrite.
            if new_lease is not None:
                new_lease.release()
            if self.on_conflict is not None:
                self.on_conflict(exc, target)
            else:
                self.error(self.tr("无法保存方案"), str(exc))
            return False
        except PlanFileError as exc:
            if new_lease is not None:
                new_lease.release()
            self.error(self.tr("无法保存方案"), str(exc))
            return False
        if new_lease is not None:
            self._release()
            self.lease = new_lease
        self.doc.mark_saved(target)
        if self.doc.read_only:
            self.doc.set_read_only(False)
        self._drop_recovery()
        self._add_recent(target)
        self._status(self.tr("已保存到 %1").replace("%1", str(target)))
        return True

    def ask_save_alternative(self) -> QInputDialog:
        """Ask for the alternative's name (non-blocking), then for its file."""
        commit_pending_edit(self.widget)
        dialog = QInputDialog(self.widget)
        dialog.setWindowTitle(self.tr("另存为备选方案"))
        dialog.setLabelText(self.tr("备选方案名称："))
        dialog.setTextValue(alternative_name(self.doc.plan.info.name))

        def finished(result: int) -> None:
            name = dialog.textValue().strip()
            if result and name:
                path = self._ask_file(self.tr("另存为备选方案"), name)
                if path is not None:
                    self.save_alternative(name, path)

        dialog.finished.connect(finished)
        self._show(dialog)
        return dialog

    def save_alternative(self, name: str, location: PlanLocation | Path | str) -> bool:
        """Write an alternative (same ids and lineage, new name) to ``location`` and switch to it."""
        target = PlanLocation.of(location)
        if self.doc.location is not None and target == self.doc.location:
            # Overwriting the open plan with its own alternative would lose the original.
            self.error(self.tr("无法保存"), self.tr("备选方案要保存为另一个文件，不能覆盖当前方案。"))
            return False
        held: Lease | Locked | None = None
        try:
            store = store_for(target)
            held = store.acquire(target)
            if isinstance(held, Locked):
                self.error(self.tr("无法保存"), self.lock_reason(held))
                return False
            alternative = store.save_alternative(self.doc.plan, name, target)
        except PlanFileError as exc:
            if held is not None and not isinstance(held, Locked):  # None: a place we cannot write to
                held.release()
            self.error(self.tr("无法保存方案"), str(exc))
            return False
        self.install(alternative, target, read_only=False, reason="", lease=held)
        self.doc.mark_saved(target)
        self._add_recent(target)
        self._status(self.tr("备选方案已保存到 %1").replace("%1", str(target)))
        return True

    # -- helpers ----------------------------------------------------------------------------------
    #: Tests replace this to answer file dialogs (Qt's file dialog is modal and native).
    file_chooser: Callable[[QWidget, str, str, str], str] | None = None

    def _ask_file(self, title: str, name: str) -> PlanLocation | None:
        stem = safe_stem(name) or self.tr("方案")  # outside the f-string, where lupdate finds it
        start = Path(self._start_dir()) / f"{stem}{SUFFIX}"
        filter_ = self.tr("改革方案 (*%1)").replace("%1", SUFFIX)
        path = ask_save_path(self.widget, self.file_chooser, title, start, filter_, SUFFIX)
        return PlanLocation.file(path) if path is not None else None

    def _start_dir(self) -> str:
        return str(start_folder(self.doc, self.settings.recent_files))
