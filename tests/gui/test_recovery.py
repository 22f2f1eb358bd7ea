"""Crash recovery: a real child process edits, autosaves and is killed; the next start restores."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.main_window import MainWindow
from reformdesk.store.planfile import open_plan
from reformdesk.store.recovery import left_behind
from tests.gui.core_plans import make_settings, saved_small_plan
from tests.gui.windows import discard_changes

ROOT = Path(__file__).resolve().parents[2]

EDITOR = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from reformdesk.gui import edits
from reformdesk.gui.main_window import MainWindow
from tests.gui.core_plans import make_settings

app = QApplication([])
window = MainWindow(make_settings(Path(sys.argv[2])))
assert window.files.load(Path(sys.argv[1]))
edits.move_units(window.doc, ["u-farm"], "b-service")
edits.rename_body(window.doc, "b-finance", "财政管理中心")
assert window.files.autosave()
window.files.wait_autosave()
print("autosaved", flush=True)
time.sleep(60)
"""


def _expected(path: Path):
    doc = Document(open_plan(path))
    edits.move_units(doc, ["u-farm"], "b-service")
    edits.rename_body(doc, "b-finance", "财政管理中心")
    return copy.deepcopy(doc.plan)


def test_killed_editor_is_recovered_at_next_start(qtbot, tmp_path: Path) -> None:
    plan_path = saved_small_plan(tmp_path)
    original = open_plan(plan_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(plan_path), str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "autosaved", child.stderr.read() if child.stderr else ""
    finally:
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        child.wait()
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert open_plan(plan_path) == original  # the plan file itself was never written

    settings = make_settings(tmp_path)
    found = left_behind(settings.recovery_dir)
    assert [(f.source, f.name) for f in found] == [(plan_path, "测试方案")]

    window = MainWindow(settings)
    qtbot.addWidget(window, before_close_func=discard_changes)
    dialog = window.offer_recovery()
    assert dialog is not None and dialog.list.count() == 1
    dialog.accept()
    assert window.doc.plan == _expected(plan_path)
    assert window.doc.path == plan_path
    assert window.doc.modified and not window.doc.read_only  # the dead editor's lock was stale
    window.undo_action.trigger()
    assert window.doc.plan == original  # one step back: the file as last saved
    window.redo_action.trigger()
    assert window.files.save()
    assert open_plan(plan_path) == _expected(plan_path)
    assert left_behind(settings.recovery_dir) == []
    window.files.shutdown()


def test_discard_all_removes_recovery_files(qtbot, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    window = MainWindow(settings)
    qtbot.addWidget(window, before_close_func=discard_changes)
    plan_path = saved_small_plan(tmp_path)
    window.files.load(plan_path)
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.files.autosave()
    window.files.wait_autosave()
    written = window.files.recovery.path
    # Pretend the writer died: rewrite its note with a pid that is not running.
    note = written.with_suffix(".json")
    note.write_text(note.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', '"pid": 999999999'), "utf-8")
    later = MainWindow(settings)
    qtbot.addWidget(later, before_close_func=discard_changes)
    dialog = later.offer_recovery()
    assert dialog is not None
    dialog.done(dialog.DISCARD_ALL)
    assert not written.exists()
    assert later.offer_recovery() is None
    window.files.shutdown()
    later.files.shutdown()


def test_autosave_only_with_unsaved_changes_and_removed_on_save(qtbot, tmp_path: Path) -> None:
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.files.load(saved_small_plan(tmp_path))
    assert not window.files.autosave()
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.files.soon.isActive()  # a few seconds after the edit
    assert window.files.autosave()
    window.files.wait_autosave()
    assert window.files.recovery.exists()
    window.files.save()
    assert not window.files.recovery.exists()
    window.files.shutdown()


def test_autosave_skips_an_unchanged_plan_and_writes_off_the_gui_thread(qtbot, tmp_path: Path, monkeypatch) -> None:
    import threading

    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.files.load(saved_small_plan(tmp_path))
    slot = window.files.recovery
    writes: list[tuple[str, str]] = []
    original = type(slot).write

    def spy(self, plan, source) -> None:
        writes.append((threading.current_thread().name, plan.units["u-farm"].body_id))
        original(self, plan, source)

    monkeypatch.setattr(type(slot), "write", spy)
    edits.move_units(window.doc, ["u-farm"], "b-service")
    with qtbot.waitSignal(window.files.autosaved):
        assert window.files.autosave()
    assert writes and writes[0][0] != threading.main_thread().name
    assert writes[0][1] == "b-service"
    mtime = slot.path.stat().st_mtime_ns
    # Nothing done since: not rewritten (the periodic timer finds nothing to do).
    assert not window.files.autosave()
    window.files.wait_autosave()
    assert len(writes) == 1 and slot.path.stat().st_mtime_ns == mtime
    # Undo and redo back to the same index is a change all the same.
    window.doc.undo_stack.undo()
    window.doc.undo_stack.redo()
    assert window.files.autosave()
    window.files.wait_autosave()
    assert len(writes) == 2
    window.files.shutdown()


def test_autosave_copy_is_taken_before_later_edits_and_a_save_drops_a_write_in_flight(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    import threading

    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.files.load(saved_small_plan(tmp_path))
    slot = window.files.recovery
    release = threading.Event()
    written: list[str] = []
    original = type(slot).write

    def slow(self, plan, source) -> None:
        release.wait(10)
        written.append(plan.units["u-farm"].body_id)
        original(self, plan, source)

    monkeypatch.setattr(type(slot), "write", slow)
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.files.autosave()
    edits.move_units(window.doc, ["u-farm"], "b-finance")  # while the write waits
    assert not window.files.autosave()  # one write at a time; the next follows it
    release.set()
    window.files.wait_autosave()
    assert written[0] == "b-service"  # the snapshot, not the plan edited meanwhile
    window.files.wait_autosave()  # the follow-up write of the later edit
    assert written[-1] == "b-finance"
    # A write in flight when the plan is saved never brings the recovery file back.
    release.clear()
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.files.autosave()
    threading.Timer(0.2, release.set).start()
    assert window.files.save()
    window.files.wait_autosave()
    assert not slot.path.exists()
    window.files.shutdown()


def test_autosave_error_is_reported_on_the_gui_thread(qtbot, tmp_path: Path, monkeypatch) -> None:
    import threading

    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.files.load(saved_small_plan(tmp_path))
    slot = window.files.recovery

    def fail(self, plan, source) -> None:
        raise OSError("磁盘已满")

    monkeypatch.setattr(type(slot), "write", fail)
    shown: list[str] = []
    bar = window.statusBar()
    bar.messageChanged.connect(lambda text: shown.append((text, threading.current_thread() is threading.main_thread())))
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.files.autosave()
    window.files.wait_autosave()
    assert any("磁盘已满" in text and main for text, main in shown)
    monkeypatch.undo()
    assert window.files.autosave()  # a failed autosave is tried again
    window.files.wait_autosave()
    assert slot.path.exists()
    window.files.shutdown()


def test_the_collector_waits_for_the_autosave_and_runs_again_after_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    """From the snapshot until the write has ended (or failed) the collector is off; then on again."""
    import gc
    import threading

    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.files.load(saved_small_plan(tmp_path))
    slot = window.files.recovery
    original = type(slot).write
    seen: list[bool] = []
    release = threading.Event()

    def watched(self, plan, source) -> None:
        seen.append(gc.isenabled())
        release.wait(10)
        original(self, plan, source)

    monkeypatch.setattr(type(slot), "write", watched)
    assert gc.isenabled()
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.files.autosave()
    assert not gc.isenabled()  # back on this thread, the write still under way
    release.set()
    window.files.wait_autosave()
    assert seen == [False] and gc.isenabled()

    def fail(self, plan, source) -> None:
        raise OSError("磁盘已满")

    monkeypatch.setattr(type(slot), "write", fail)
    edits.move_units(window.doc, ["u-farm"], "b-finance")
    assert window.files.autosave()
    window.files.wait_autosave()
    assert gc.isenabled()  # a failed write turns it back on too
    window.files.shutdown()


def test_the_recovery_dialog_shows_its_entries_whole(qtbot, tmp_path: Path) -> None:
    from reformdesk.gui.dialogs.recovery_dialog import RecoveryDialog

    settings = make_settings(tmp_path)
    window = MainWindow(settings)
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.files.load(saved_small_plan(tmp_path))
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.files.autosave()
    window.files.wait_autosave()
    note = window.files.recovery.path.with_suffix(".json")
    note.write_text(note.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', '"pid": 999999999'), "utf-8")
    from reformdesk.store.plan_store import recovery_area

    dialog = RecoveryDialog(list(recovery_area(settings.recovery_dir).left_behind()), window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.viewport().width() >= dialog.list.sizeHintForColumn(0)  # no line cut off
    dialog.reject()
    window.files.shutdown()
