"""One open plan: the domain objects, their undo stack and where the plan lives.

Data flows one way: a view asks for an edit → ``reformdesk.gui.edits`` builds
a change set in the domain and pushes it as a named undo command → the
command applies (or reverts) it through :meth:`Document.apply` → the document
signals which entities of which :class:`EntityKind` changed, were added or
removed → item models emit precise ``dataChanged``/row signals.
Nothing else changes the plan, so undo, the modified flag and autosave all
follow from the undo stack.
"""

from __future__ import annotations

import contextlib
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from reformdesk.domain.changes import ChangeSet, Touched
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind
from reformdesk.domain.validation import Problem, validate
from reformdesk.store.plan_store import PlanLocation

#: Whole-plan validation waits this long after the last change, so a burst of edits validates once.
VALIDATION_DELAY_MS = 300


class _Delivery(QObject):
    """Carries a worker's result to the GUI thread (a queued signal into the document)."""

    #: (generation the worker validated, its problems or the exception it met)
    done = Signal(int, object)


class _Validation(QRunnable):
    """validate() of the live plan on a pool thread.

    The plan is read, never written, here.  An edit on the GUI thread may change it
    meanwhile: the result (or the error such a change caused, a dict changed during
    iteration) is then judged stale by its generation and thrown away.
    """

    def __init__(self, plan: Plan, generation: int, delivery: _Delivery) -> None:
        super().__init__()
        self.plan = plan
        self.generation = generation
        self.delivery = delivery

    def run(self) -> None:
        try:
            result: object = validate(self.plan)
        except Exception as exc:  # judged on the GUI thread, which knows whether the plan moved meanwhile
            result = exc
        # RuntimeError: the document is gone (its window closed, the program ending): nobody waits.
        with contextlib.suppress(RuntimeError):
            self.delivery.done.emit(self.generation, result)


def _block(stack: QUndoStack) -> None:
    # RuntimeError: its C++ object is gone already, so there is nothing left to emit.
    with contextlib.suppress(RuntimeError):
        stack.blockSignals(True)


def quiet_when_released(owner: object, stack: QUndoStack) -> None:
    """Silence ``stack`` once ``owner`` is released by Python.

    When the garbage collector frees an unreachable document, clearing its
    ``__dict__`` deletes the stack, and ~QUndoStack emits cleanChanged and
    indexChanged to receivers (the document itself, a compare window) whose
    Python objects are already half torn down: PySide then dereferences a NULL
    receiver and the process segfaults (seen in the test suite).  The weakref
    callback runs before the collector clears anything, so the stack dies mute.
    """
    weakref.finalize(owner, _block, stack)


class Document(QObject):
    """A plan being edited.  Pass it to every model, view and command."""

    # The ids travel as ``object``, not ``list``: a ``list`` argument is converted to a
    # QVariantList and back for every receiver, ~2.7 ms per receiver for the 10,000 ids of a
    # bulk assignment (measured; the main window has a dozen receivers).  Receivers get the
    # one list the edit made and must not change it.
    #: (EntityKind, ids: list[str]): fields of existing entities changed.
    entitiesChanged = Signal(object, object)
    #: (EntityKind, ids: list[str]): entities were added to the plan (already in it).
    entitiesAdded = Signal(object, object)
    #: (EntityKind, ids: list[str]): entities were removed from the plan (already gone).
    entitiesRemoved = Signal(object, object)
    #: Plan metadata (name, town, date …) changed.
    infoChanged = Signal()
    #: The whole plan was replaced (open, close, restore); models reset.
    planReset = Signal()
    #: Modified flag changed (undo stack clean state).
    modifiedChanged = Signal(bool)
    #: Location or read-only state changed.
    fileChanged = Signal()
    #: The background validation finished for the plan as it is now: problems() returns it at once.
    problemsReady = Signal()

    def __init__(
        self,
        plan: Plan | None = None,
        location: PlanLocation | Path | str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan if plan is not None else Plan()
        #: Where the plan lives (None: never saved).  The GUI talks to it only through its PlanStore.
        self.location = PlanLocation.of(location) if location is not None else None
        #: The folder of the workbook last imported here (a roster, a power list): where a plan
        #: never saved is proposed to be saved, beside the files it was made from.
        self.import_folder: Path | None = None
        self.read_only = False
        self.read_only_reason = ""
        #: False after 关闭方案: the window holds no plan (an empty one stands in), so
        #: nothing can be edited, saved or exported until a plan is created or opened.
        self.is_open = True
        # Not parented to self: a child stack emits cleanChanged while Qt
        # destroys the document, after the document's signals are gone.
        self.undo_stack = QUndoStack()
        quiet_when_released(self, self.undo_stack)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Validation is shared by the problems dock, the powers page and the
        # status bar: run it once per change.  Connected first, so the cache
        # is dropped before any other slot sees the change.
        self._problems: list[Problem] | None = None
        #: Bumped on every change of the plan: a background validation of an older one is stale.
        self.generation = 0
        self._followed = False
        self._worker: _Validation | None = None
        self._validation_timer = QTimer(self)
        self._validation_timer.setSingleShot(True)
        self._validation_timer.setInterval(VALIDATION_DELAY_MS)
        self._validation_timer.timeout.connect(self._start_validation)
        self._delivery = _Delivery()
        self._delivery.done.connect(self._validated)
        for signal in (self.entitiesChanged, self.entitiesAdded, self.entitiesRemoved):
            signal.connect(self._drop_problems)
        self.infoChanged.connect(self._drop_problems)
        self.planReset.connect(self._drop_problems)

    def problems(self) -> list[Problem]:
        """The plan's validation problems, computed once per change.

        Computed here, on the calling thread, when the background validation has
        not delivered them yet: for callers that need them now (export, a dialog).
        Views follow :attr:`problemsReady` instead.
        """
        if self._problems is None:
            self._problems = validate(self.plan)
        return self._problems

    @property
    def problems_current(self) -> bool:
        """True when problems() returns without validating."""
        return self._problems is not None

    def follow_problems(self) -> None:
        """Validate in the background after each change and signal problemsReady.

        Called by whatever shows problems; a document nothing shows them for (a
        plan opened for a comparison, a script's) never starts a worker.
        """
        self._followed = True

    def wait_for_validation(self) -> None:
        """Let a running background validation finish (its result still arrives queued)."""
        if self._worker is not None:
            QThreadPool.globalInstance().waitForDone()

    @Slot()
    def _start_validation(self) -> None:
        if self._problems is not None:
            return
        if self._worker is not None:
            # One at a time: the running one is stale already; start again when it ends.
            return
        self._worker = _Validation(self.plan, self.generation, self._delivery)
        QThreadPool.globalInstance().start(self._worker)

    @Slot(int, object)
    def _validated(self, generation: int, result: object) -> None:
        self._worker = None
        if generation != self.generation:
            if self._problems is None and not self._validation_timer.isActive():
                self._validation_timer.start()
            return
        if isinstance(result, Exception):
            # The plan did not change under it: a real fault of validation; meet it here, where it shows.
            self._problems = None
            self.problems()
        elif self._problems is None:
            self._problems = result  # type: ignore[assignment]
        self.problemsReady.emit()

    @Slot()
    @Slot(object, list)
    def _drop_problems(self, *_args: object) -> None:
        self._problems = None
        self.generation += 1
        if self._followed:
            self._validation_timer.start()

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state ----------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def path(self) -> Path | None:
        """The plan file, for a plan that lives in one (kept for callers that still want a path)."""
        return self.location.path if self.location is not None else None

    def mark_saved(self, location: PlanLocation) -> None:
        """Called after a successful save to ``location``."""
        self.location = location
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def set_open(self, is_open: bool) -> None:
        """Whether the window holds a plan (False after 关闭方案); signals fileChanged."""
        self.is_open = is_open
        self.fileChanged.emit()

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        self.read_only = read_only
        self.read_only_reason = reason
        self.fileChanged.emit()

    def display_name(self) -> str:
        return self.plan.info.name or (self.location.display_name if self.location else "")

    # -- editing (for reformdesk.gui.edits only) ----------------------------------
    def push(self, command: object) -> bool:
        """Run an edit through the undo stack; refused (False) when read-only or no plan is open."""
        if self.read_only or not self.is_open:
            return False
        self.undo_stack.push(command)  # type: ignore[arg-type]
        return True

    def apply(self, changes: ChangeSet) -> Touched:
        """Apply a change set to the plan and signal exactly what it touched (redo)."""
        return self._signal(changes.apply(self.plan))

    def revert(self, changes: ChangeSet) -> Touched:
        """Revert an applied change set and signal what it touched (undo)."""
        return self._signal(changes.revert(self.plan))

    def _signal(self, touched: Touched) -> Touched:
        # Removed first, then added, then changed: by then the plan is in its final
        # state, and a model never sees a changed id it does not hold yet.
        for kind, ids in touched.removed.items():
            self.entitiesRemoved.emit(kind, ids)
        for kind, ids in touched.added.items():
            self.entitiesAdded.emit(kind, ids)
        for kind, ids in touched.changed.items():
            self.entitiesChanged.emit(kind, ids)
        if touched.info:
            self.infoChanged.emit()
        return touched

    def replace_plan(self, plan: Plan) -> None:
        """Swap in a whole plan (used by open/restore, not by edits)."""
        self.plan = plan
        self.undo_stack.clear()
        self.planReset.emit()
        if self._validation_timer.isActive():
            # The delay counts from the end of the pages' reset, not its start: a province
            # plan's reset can outlast it on a loaded machine, and the validation then began on
            # its worker while the window painted the plan for the first time, sharing the GIL.
            self._validation_timer.start()

    def entities(self, kind: EntityKind) -> dict[str, object]:
        return kind.spec.entities(self.plan)
