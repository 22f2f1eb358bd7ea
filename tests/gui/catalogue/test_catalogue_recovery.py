"""Autosave and crash recovery of a catalogue: the copy while unsaved, the offer on reopening, undoable."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reformdesk.gui.catalogue.window import CatalogueWindow, open_window
from reformdesk.gui.catalogue_recovery import pending_copy
from reformdesk.gui.edits import catalogue_edits as edits
from tests.conftest import SAMPLES
from tests.gui.catalogue.test_catalogue_window import _discard


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(SAMPLES / "datong_catalogue.rdcatalog", path)
    return path


def _open(qtbot, path: Path) -> CatalogueWindow:  # type: ignore[no-untyped-def]
    w = open_window(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    return w


def _crash(window: CatalogueWindow) -> None:
    """What a crash leaves: the copy on disk, the lock gone with the process (nothing else cleaned up)."""
    window.files.autosave.stop()
    window.files.release()


def test_an_edit_is_autosaved_and_offered_after_a_crash(qtbot, sample: Path) -> None:  # type: ignore[no-untyped-def]
    first = _open(qtbot, sample)
    iid = next(iter(first.doc.cat.items))
    assert edits.set_item_fields(first.doc, iid, {"note": "未保存的修改"})
    assert first.files.autosave.soon.isActive()  # written 3 s after the edit
    assert first.files.autosave.write()
    slot = pending_copy(first.files.recovery_dir, sample)
    assert slot is not None and first.files.autosave.write() is False  # nothing new since
    _crash(first)

    second = _open(qtbot, sample)
    with qtbot.waitSignal(second.files.dialogShown, timeout=3000) as shown:
        pass  # offered as soon as the window is up
    box: QMessageBox = shown.args[0]
    assert "datong.rdcatalog 有上次未保存的修改" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    doc = second.doc
    assert doc.cat.items[iid].note == "未保存的修改" and doc.modified
    assert doc.undo_stack.undoText() == "恢复未保存的修改"
    doc.undo_stack.undo()
    assert doc.cat.items[iid].note != "未保存的修改"  # the file as last saved
    doc.undo_stack.redo()
    assert second.files.save()
    assert pending_copy(second.files.recovery_dir, sample) is None and not slot.exists()


def test_discarding_on_close_or_on_the_offer_removes_the_copy(qtbot, sample: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, sample)
    edits.set_item_fields(window.doc, next(iter(window.doc.cat.items)), {"note": "x"})
    assert window.files.autosave.write()
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.close()
    shown.args[0].button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible() and pending_copy(window.files.recovery_dir, sample) is None

    again = _open(qtbot, sample)
    edits.set_item_fields(again.doc, next(iter(again.doc.cat.items)), {"note": "y"})
    assert again.files.autosave.write()
    _crash(again)
    third = _open(qtbot, sample)
    with qtbot.waitSignal(third.files.dialogShown, timeout=3000) as shown:
        pass
    shown.args[0].button(QMessageBox.StandardButton.Discard).click()
    assert pending_copy(third.files.recovery_dir, sample) is None and not third.doc.modified


def test_a_copy_older_than_the_file_is_not_offered(qtbot, sample: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, sample)
    edits.set_item_fields(window.doc, next(iter(window.doc.cat.items)), {"note": "z"})
    assert window.files.autosave.write()
    slot = window.files.autosave.slot
    _crash(window)
    stat = sample.stat()
    os.utime(slot, (stat.st_atime, stat.st_mtime - 60))  # the file was saved (elsewhere) after the copy
    assert pending_copy(window.files.recovery_dir, sample) is None
    other = _open(qtbot, sample)
    assert other.files.offer_recovery() is None


def test_a_copy_of_a_catalogue_opened_by_a_relative_path_is_offered_from_another_folder(
    qtbot, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # `reformdesk datong.rdcatalog` typed in the plan's folder, then the program started again
    # from somewhere else: the copy must still be found for the same file.
    monkeypatch.chdir(sample.parent)
    first = _open(qtbot, Path(sample.name))
    iid = next(iter(first.doc.cat.items))
    assert edits.set_item_fields(first.doc, iid, {"note": "未保存的修改"})
    assert first.files.autosave.write()
    _crash(first)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert pending_copy(first.files.recovery_dir, sample) is not None
