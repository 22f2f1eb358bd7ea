"""A damaged plan opens read-only with a banner saying what is wrong; nothing saves over it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reformdesk.gui.main_window import MainWindow
from reformdesk.store.plan_store import PlanLocation
from tests.gui.core_plans import make_settings, saved_small_plan
from tests.gui.windows import discard_changes


def _silently_changed(path: Path) -> None:
    """A value changed behind the program's back: SQLite sees nothing wrong, the checksum does."""
    con = sqlite3.connect(path)
    con.execute("UPDATE unit SET name = name || '改'")
    con.commit()
    con.close()


def test_damaged_plan_opens_read_only_and_saves_only_elsewhere(qtbot, tmp_path: Path) -> None:
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    path = saved_small_plan(tmp_path)
    _silently_changed(path)
    before = path.read_bytes()
    assert window.files.load(path)
    assert window.doc.read_only
    assert "校验和" in window.doc.read_only_reason and "另存为" in window.doc.read_only_reason
    assert not window.banner.isHidden() and "校验和" in window.banner.text()
    assert window.files.lease is None
    # Choosing the damaged file itself in 另存为 is refused with a message; the file is untouched.
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        assert not window.files.save_to(PlanLocation.file(path))
    box: QMessageBox = shown.args[0]
    assert "已损坏" in box.text()
    box.close()
    assert path.read_bytes() == before
    copy = tmp_path / "repaired.rdplan"
    assert window.files.save_to(PlanLocation.file(copy))
    assert not window.doc.read_only
    window.files.shutdown()


def test_read_only_plan_file_opens_read_only_and_save_offers_save_as(qtbot, tmp_path: Path) -> None:
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    path = saved_small_plan(tmp_path)
    path.chmod(0o444)
    try:
        assert window.files.load(path)
        assert window.doc.read_only and "只读" in window.banner.text()
        chosen: list[str] = []
        window.files.file_chooser = lambda _w, _t, start, _f: chosen.append(start) or ""
        assert not window.files.save()  # 保存 asks for another file (cancelled here)
        assert chosen
    finally:
        path.chmod(0o644)
        window.files.shutdown()
