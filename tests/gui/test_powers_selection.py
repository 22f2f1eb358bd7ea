"""Selecting thousands of powers asks the model for flags a few times, not once per cell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt

from reformdesk.gui.document import Document
from reformdesk.gui.models.powers_model import COLUMN_OF, COLUMNS, PowersModel
from reformdesk.gui.views.powers_view import PowersPage
from reformdesk.samples.synthetic import generate_plan


def test_selecting_3000_rows_does_not_ask_flags_of_every_cell(qtbot, tmp_path: Path, monkeypatch) -> None:
    calls = [0]
    original = PowersModel.flags

    def counting(self, index):
        calls[0] += 1
        return original(self, index)

    monkeypatch.setattr(PowersModel, "flags", counting)
    doc = Document(generate_plan(powers=3000, units=50, people=100, seed=1))
    page = PowersPage(doc, None, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    calls[0] = 0
    rows = page.model.rowCount()
    selection = QItemSelection(page.model.index(0, 0), page.model.index(rows - 1, len(COLUMNS) - 1))
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.table.viewport().repaint()
    page.table.horizontalHeader().viewport().repaint()
    qtbot.wait(10)
    assert len(page.selected_ids()) == rows
    assert calls[0] < rows, calls[0]  # was rows × columns (the column header's isColumnSelected)


def test_flags_per_column_follow_read_only(qtbot) -> None:
    doc = Document(generate_plan(powers=5, units=2, people=2, seed=1))
    model = PowersModel(doc)
    status, name = model.index(0, COLUMN_OF["status"]), model.index(0, COLUMN_OF["name"])
    base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(status) == base
    assert model.flags(name) == base | Qt.ItemFlag.ItemIsEditable
    doc.set_read_only(True, "只读")
    assert model.flags(name) == base
    assert model.flags(model.index(-1, 0)) == Qt.ItemFlag.NoItemFlags
