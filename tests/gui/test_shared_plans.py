"""The window on a shared store: 打开共享方案…, a refused save opening the compare window, 方案历史 (export, restore).

Uses the session's PostgreSQL test server (skipped, saying why, without one).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from reformdesk.gui import edits
from reformdesk.gui.dialogs.shared_plans_dialog import SharedPlansDialog
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.shared_actions import URL_KEY, location_of
from reformdesk.gui.views.compare_view import CompareWindow
from reformdesk.gui.views.history_view import HistoryWindow
from reformdesk.store.plan_store import PlanLocation, shared_store
from tests.gui.core_plans import make_settings, small_plan
from tests.gui.windows import discard_changes


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(win, before_close_func=discard_changes)
    yield win
    win.files.shutdown()


@pytest.fixture
def shared(pg_url: str) -> PlanLocation:
    location = location_of(pg_url, "桥头镇方案一")
    shared_store(location).save(small_plan(), location)
    return location


def test_open_shared_lists_and_opens(qtbot, window: MainWindow, shared: PlanLocation, pg_url: str) -> None:
    window.settings.qsettings.setValue(URL_KEY, pg_url)
    with qtbot.waitSignal(window.shared.dialogShown) as shown:
        window.open_shared_action.trigger()
    dialog: SharedPlansDialog = shown.args[0]
    assert dialog.table.rowCount() == 1
    texts = [dialog.table.item(0, c).text() for c in range(6)]
    assert texts[0] == "桥头镇方案一" and texts[1] == "桥头镇" and texts[3] and texts[4] and texts[5] == ""
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert window.doc.location == shared and not window.doc.read_only
    assert window.history_action.isEnabled()
    # A bad address says why, in the dialog.
    assert not window.shared.refresh(dialog, "postgresql://127.0.0.1:1/none")
    assert "无法连接" in dialog.message.text()


def test_a_refused_save_opens_the_compare_window(qtbot, window: MainWindow, shared: PlanLocation, pg_url: str) -> None:
    from reformdesk.store.postgres import PostgresStore

    assert window.files.load(shared)
    power_id = next(iter(window.doc.plan.powers))
    assert edits.set_power_field(window.doc, power_id, "note", "我的修改")
    # This window's lease lapsed (a network cut); another client saved meanwhile.
    assert window.files.lease is not None
    window.files.lease.release()
    window.files.lease = None
    other = PostgresStore(pg_url)
    try:
        theirs = other.open(shared)
        theirs.plan.powers[power_id].note = "他人的修改"
        other.save(theirs.plan, shared)
        assert theirs.lease is not None
        theirs.lease.release()
    finally:
        other.dispose()
    with qtbot.waitSignal(window.shared.dialogShown) as shown:
        assert not window.files.save()
    box: QMessageBox = shown.args[0]
    assert "第2版" in box.text() and window.doc.modified  # nothing written, nothing lost
    compares = [w for w in window.findChildren(CompareWindow) if w.isVisible()]
    assert len(compares) == 1
    assert compares[0].right_plan.powers[power_id].note == "他人的修改"
    assert window.doc.plan.powers[power_id].note == "我的修改"
    box.accept()
    # Having compared (adopting nothing), the next save builds on their revision.
    assert window.files.save()
    store = shared_store(shared)
    assert store.revision(shared) == 3
    assert [h.revision for h in store.history(shared)] == [3, 2, 1]
    compares[0].close()


def test_history_window_exports_and_restores(qtbot, window: MainWindow, shared: PlanLocation, tmp_path: Path) -> None:
    assert window.files.load(shared)
    power_id = next(iter(window.doc.plan.powers))
    assert edits.set_power_field(window.doc, power_id, "note", "第二版")
    assert window.files.save()
    with qtbot.waitSignal(window.shared.dialogShown) as shown:
        window.history_action.trigger()
    history: HistoryWindow = shown.args[0]
    assert history.saves.rowCount() == 2 and history.saves.item(0, 0).text() == "2"
    assert history.changes.rowCount() == 1 and "第二版" in history.changes.item(0, 4).text()
    out = tmp_path / "history.xlsx"
    window.shared.file_chooser = lambda *_args: str(out)
    history.export_button.click()
    ws = load_workbook(out).active
    assert ws is not None and ws.max_row == 4
    history.saves.selectRow(1)
    assert history.selected_revision() == 1
    with qtbot.waitSignal(window.shared.dialogShown) as shown:
        history.restore_button.click()
    ask = shown.args[0]
    ask.setTextValue("桥头镇方案一（第1版）")
    with qtbot.waitSignal(ask.finished):
        ask.accept()
    restored = location_of(shared.target, "桥头镇方案一（第1版）")
    assert window.doc.location == restored  # opened (the window's plan was saved)
    assert window.doc.plan.powers[power_id].note != "第二版"
    assert window.doc.plan.info.lineage_id == shared_store(shared).read(shared).info.lineage_id
    history.close()


def _pretend_the_writer_died(window: MainWindow) -> Path:
    """Rewrite the window's recovery note with a pid that is not running (a crash)."""
    import os

    note = window.files.recovery.path.with_suffix(".json")
    note.write_text(note.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', '"pid": 999999999'), "utf-8")
    return note


def test_a_shared_plans_recovery_copy_is_offered_back_to_the_server(
    qtbot, window: MainWindow, shared: PlanLocation, tmp_path: Path
) -> None:
    from reformdesk.store.recovery import left_behind

    assert window.files.load(shared)
    power_id = next(iter(window.doc.plan.powers))
    assert edits.set_power_field(window.doc, power_id, "note", "崩溃前的修改")
    assert window.files.autosave()
    window.files.wait_autosave()
    _pretend_the_writer_died(window)
    window.files.lease.release()  # the dead editor's lease is gone with its connection
    window.files.lease = None
    found = left_behind(window.settings.recovery_dir)
    assert [f.shared for f in found] == [shared.public]
    assert "password" not in found[0].note_path.read_text(encoding="utf-8")

    later = MainWindow(window.settings)
    qtbot.addWidget(later, before_close_func=discard_changes)
    dialog = later.offer_recovery()
    assert dialog is not None and shared.plan_name in dialog.list.item(0).text()
    dialog.accept()
    assert later.doc.location == shared and later.doc.modified
    assert later.doc.plan.powers[power_id].note == "崩溃前的修改"
    assert later.files.save()  # to the server, no file dialog
    assert shared_store(shared).read(shared).powers[power_id].note == "崩溃前的修改"
    assert left_behind(window.settings.recovery_dir) == []
    later.files.shutdown()


def test_a_shared_recovery_keeps_its_address_when_the_server_is_away(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from reformdesk.domain.model import Plan
    from reformdesk.store.plan_store import recovery_area

    away = location_of("postgresql://nobody@127.0.0.1:1/none", "桥头镇方案一")
    slot = recovery_area(window.settings.recovery_dir).slot()
    plan = small_plan()
    slot.write(plan, away)
    note = slot.path.with_suffix(".json")
    import os

    note.write_text(note.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', '"pid": 999999999'), "utf-8")
    (entry,) = recovery_area(window.settings.recovery_dir).left_behind()
    assert entry.source_location == away
    assert window.files.restore(entry)
    assert window.doc.location == away and window.doc.plan == plan and window.doc.plan != Plan()
