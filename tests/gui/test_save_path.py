"""Where the save and export dialogs open: the plan's folder, else the folder its roster came from."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from reformdesk.gui.main_window import MainWindow
from reformdesk.samples import liuxi
from tests.conftest import SAMPLES
from tests.gui.core_plans import make_settings
from tests.gui.windows import discard_changes


def _asked(action: object) -> list[str]:
    """Answer ``action``'s save dialog with Cancel, keeping the folder it opened in."""
    starts: list[str] = []
    action.file_chooser = lambda _w, _title, start, _f: starts.append(start) or ""  # type: ignore[attr-defined]
    return starts


def test_a_new_plan_made_from_a_roster_is_saved_beside_the_roster(qtbot, tmp_path: Path) -> None:
    # The clerk's path: 新建方案 (empty), 导入花名册 from the town's folder, 保存 — the dialog
    # opened in the home folder, far from the roster; now it opens in the roster's folder.
    town = tmp_path / "乡镇" / "柳溪镇"
    town.mkdir(parents=True)
    roster = town / liuxi.ROSTER_FILE
    shutil.copy(SAMPLES / liuxi.ROSTER_FILE, roster)
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    assert window.files.create_plan({"town": liuxi.TOWN})
    # Before any import there is no folder of the plan's own: the home folder (no recent plan).
    saves = _asked(window.files)
    window.files.ask_save_as()
    assert Path(saves.pop()).parent == Path.home()

    with qtbot.waitSignal(window.roster.dialogOpened) as shown:
        window.roster.import_file(roster)
    shown.args[0].accept()
    assert len(window.doc.plan.people) == 26 and window.doc.location is None

    window.files.ask_save_as()
    assert Path(saves.pop()).parent == town
    exports = _asked(window.exporter)
    window.exporter.ask_and_export()
    assert Path(exports.pop()).parent == town
    words = _asked(window.document_exporter)
    window.document_exporter.ask_and_export()
    assert Path(words.pop()).parent == town
    # The next import's file dialog starts there too.
    chooser = window.roster.ask()
    assert isinstance(chooser, QFileDialog) and Path(chooser.directory().absolutePath()) == town
    chooser.reject()

    # Once saved, the plan's own folder wins.
    elsewhere = tmp_path / "方案"
    elsewhere.mkdir()
    assert window.files.save_to(elsewhere / "liuxi.rdplan")
    window.files.ask_save_as()
    assert Path(saves.pop()).parent == elsewhere
    window.files.shutdown()
