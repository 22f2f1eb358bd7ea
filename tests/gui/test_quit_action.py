"""退出 and closing windows: each document window is top-level, and quitting asks about every one.

The town plan's window, an enforcement plan's and a catalogue's: closing the town window
leaves the others open with their changes; 退出 asks each window in turn and closes them
all only when none was cancelled.  The questions are real non-blocking boxes answered by
clicks in the event loop.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reformdesk.gui import edits
from reformdesk.gui.catalogue.window import CatalogueWindow
from reformdesk.gui.catalogue_actions import open_if_catalogue
from reformdesk.gui.catalogue_actions import open_windows as catalogue_windows
from reformdesk.gui.edits import catalogue_edits, enforcement_edits
from reformdesk.gui.enforcement.actions import open_if_enforcement
from reformdesk.gui.enforcement.actions import open_windows as enforcement_windows
from reformdesk.gui.enforcement.window import EnforcementWindow
from reformdesk.gui.main_window import MainWindow
from reformdesk.samples.datong_enforcement import build
from reformdesk.store.enforcement_file import acquire_enforcement, open_enforcement, save_enforcement
from reformdesk.store.lock import PlanLock
from tests.conftest import SAMPLES
from tests.gui.core_plans import make_settings, saved_small_plan
from tests.gui.windows import discard_changes

Button = QMessageBox.StandardButton


def _drop(window: QWidget) -> None:
    if shiboken6.isValid(window):
        doc = getattr(window, "doc", None)
        stack = getattr(doc, "undo_stack", None)
        if stack is not None:
            stack.setClean()
        discard_changes(window)


@pytest.fixture
def tracked() -> Iterator[None]:
    """Closes what a test left of the windows that delete themselves on close (not given to qtbot)."""
    yield
    for window in (*enforcement_windows(), *catalogue_windows()):
        if shiboken6.isValid(window):
            _drop(window)
            window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert enforcement_windows() == [] and catalogue_windows() == []


@pytest.fixture
def county(tmp_path: Path) -> Path:
    path = tmp_path / "datong.rdcounty"
    save_enforcement(build(), path)
    return path


def _question(qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    """The one question open now (each window asks with its own non-blocking box)."""

    def shown() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def _answer(qtbot, button: Button) -> QWidget | None:  # type: ignore[no-untyped-def]
    """Click ``button`` of the open question; the window it asked for."""
    box = _question(qtbot)
    asked_for = box.parentWidget()
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    return asked_for.window() if asked_for is not None else None


def _town(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    town = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(town, before_close_func=discard_changes)
    town.show()
    assert town.files.load(saved_small_plan(tmp_path))
    return town


def _enforcement(town: MainWindow, path: Path) -> EnforcementWindow:
    assert open_if_enforcement(path, town)
    [window] = enforcement_windows()
    return window


def test_the_enforcement_window_is_top_level_raised_again_and_outlives_the_town_window(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, county: Path, tracked: None
) -> None:
    town = _town(qtbot, tmp_path)
    window = _enforcement(town, county)
    assert window.parent() is None and window.isVisible() and window.doc.plan.stations() == 311
    assert town.files.load(county) and enforcement_windows() == [window], "opened again: the same window"
    assert town.findChildren(EnforcementWindow) == []
    first_village = next(iter(window.doc.plan.villages))
    assert enforcement_edits.set_stations(window.doc, [first_village], station=False)
    town.close()
    qtbot.waitUntil(lambda: not town.isVisible())
    assert shiboken6.isValid(window) and window.isVisible() and window.doc.modified, "its changes are still there"
    window.close()  # asks: 取消 keeps it, 放弃 closes it and lets the file go
    assert _answer(qtbot, Button.Cancel) is window
    assert window.isVisible() and window.lease is not None
    window.close()
    _answer(qtbot, Button.Discard)
    qtbot.waitUntil(lambda: enforcement_windows() == [])  # deleted on close, its lock released
    assert open_enforcement(county).stations() == 311, "discarded: the file as it was"
    held = acquire_enforcement(county)
    assert isinstance(held, PlanLock), "the closed window let the file go"
    held.release()


def test_quit_asks_every_window_and_a_cancel_keeps_them_all(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, county: Path, tracked: None
) -> None:
    town = _town(qtbot, tmp_path)
    edits.move_units(town.doc, ["u-farm"], "b-service")
    enforcement = _enforcement(town, county)
    assert enforcement_edits.set_stations(enforcement.doc, [next(iter(enforcement.doc.plan.villages))], station=False)
    catalogue_file = tmp_path / "datong.rdcatalog"
    shutil.copy(SAMPLES / "datong_catalogue.rdcatalog", catalogue_file)
    assert open_if_catalogue(catalogue_file, town)
    [catalogue] = catalogue_windows()
    assert isinstance(catalogue, CatalogueWindow)
    assert catalogue_edits.add_subject(catalogue.doc, "县应急管理局") is not None
    windows = (town, enforcement, catalogue)
    assert all(w.isVisible() and w.doc.modified for w in windows)

    town.quit_action.trigger()  # 退出: this window first, then each of the others
    asked = [_answer(qtbot, Button.Discard), _answer(qtbot, Button.Discard), _answer(qtbot, Button.Cancel)]
    assert asked[0] is town and set(asked) == set(windows)
    qtbot.wait(20)
    assert all(w.isVisible() and w.doc.modified for w in windows), "one 取消: nothing closes"

    enforcement.quit_action.trigger()  # the same from any window's 退出
    assert _answer(qtbot, Button.Save) is enforcement
    asked = [_answer(qtbot, Button.Discard), _answer(qtbot, Button.Discard)]
    assert set(asked) == {town, catalogue}
    qtbot.waitUntil(lambda: enforcement_windows() == [] and catalogue_windows() == [])
    assert not town.isVisible()
    assert open_enforcement(county).stations() == 310, "保存 saved the enforcement plan"


# -- quitting is all-or-nothing: a 放弃 counts only once every window has answered ---------------


def _other(kind: str, town: MainWindow, tmp_path: Path, county: Path) -> QWidget:
    """An enforcement plan's or a catalogue's window beside ``town``, with an unsaved change."""
    if kind == "enforcement":
        window: QWidget = _enforcement(town, county)
        assert enforcement_edits.set_stations(window.doc, [next(iter(window.doc.plan.villages))], station=False)
        return window
    catalogue_file = tmp_path / "datong.rdcatalog"
    shutil.copy(SAMPLES / "datong_catalogue.rdcatalog", catalogue_file)
    assert open_if_catalogue(catalogue_file, town)
    [window] = catalogue_windows()
    assert catalogue_edits.add_subject(window.doc, "县应急管理局") is not None
    return window


def _town_with_recovery_copy(qtbot, tmp_path: Path) -> tuple[MainWindow, Path]:  # type: ignore[no-untyped-def]
    town = _town(qtbot, tmp_path)
    edits.move_units(town.doc, ["u-farm"], "b-service")
    assert town.files.autosave()
    town.files.wait_autosave()
    copy = town.files.recovery.path
    assert copy.exists()
    return town, copy


@pytest.mark.parametrize("kind", ["enforcement", "catalogue"])
@pytest.mark.parametrize(
    ("first", "answers"),
    [
        ("town", (Button.Discard, Button.Cancel)),  # the clerk's report: the town's copy was gone
        ("town", (Button.Cancel,)),  # cancelled at once: the other window is never asked
        ("other", (Button.Discard, Button.Cancel)),
        ("other", (Button.Cancel,)),
    ],
    ids=["town-discard-other-cancel", "town-cancel", "other-discard-town-cancel", "other-cancel"],
)
def test_a_cancel_after_a_discard_keeps_every_window_and_the_recovery_copy(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, county: Path, tracked: None, kind: str, first: str, answers: tuple[Button, ...]
) -> None:
    town, copy = _town_with_recovery_copy(qtbot, tmp_path)
    other = _other(kind, town, tmp_path, county)
    other_copy = None
    if kind == "catalogue":  # the catalogue's own recovery copy is kept too
        qtbot.wait(20)  # after the window's check for copies a crash left (at its first event loop)
        assert other.files.autosave.write()  # type: ignore[attr-defined]
        other_copy = other.files.autosave.slot  # type: ignore[attr-defined]
        assert other_copy.exists()
    (town if first == "town" else other).quit_action.trigger()  # type: ignore[attr-defined]
    asked = [_answer(qtbot, answer) for answer in answers]
    assert asked[0] is (town if first == "town" else other)
    assert len(set(asked)) == len(asked), "each window asked once"
    qtbot.wait(20)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()] == []
    assert town.isVisible() and other.isVisible(), "a 取消: no window closes"
    assert town.doc.modified and other.doc.modified, "a 取消: every change is still there"
    assert copy.exists(), "a 取消: the town plan's recovery copy is kept"
    assert other_copy is None or other_copy.exists(), "and the catalogue's"
    town.files.autosave()  # and autosave goes on for the work still open
    town.files.wait_autosave()
    assert copy.exists()


@pytest.mark.parametrize("kind", ["enforcement", "catalogue"])
@pytest.mark.parametrize("first", ["town", "other"])
def test_discarding_every_window_quits_and_drops_the_recovery_copy(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, county: Path, tracked: None, kind: str, first: str
) -> None:
    town, copy = _town_with_recovery_copy(qtbot, tmp_path)
    other = _other(kind, town, tmp_path, county)
    (town if first == "town" else other).quit_action.trigger()  # type: ignore[attr-defined]
    _answer(qtbot, Button.Discard)
    assert copy.exists() and town.isVisible() and other.isVisible(), "nothing discarded before the last answer"
    _answer(qtbot, Button.Discard)
    qtbot.waitUntil(lambda: enforcement_windows() == [] and catalogue_windows() == [])
    assert not town.isVisible()
    assert not copy.exists(), "discarded: the town plan's copy goes with its window"


def test_a_save_then_a_cancel_keeps_the_saved_plan_saved_and_every_window_open(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, county: Path, tracked: None
) -> None:
    town, copy = _town_with_recovery_copy(qtbot, tmp_path)
    other = _other("enforcement", town, tmp_path, county)
    town.quit_action.trigger()
    assert _answer(qtbot, Button.Save) is town
    assert _answer(qtbot, Button.Cancel) is other
    qtbot.wait(20)
    assert town.isVisible() and other.isVisible() and other.doc.modified
    assert not town.doc.modified and not copy.exists(), "保存 saved at once: no copy needed"
