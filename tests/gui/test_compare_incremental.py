"""The compare window kept up to date incrementally shows what comparing from scratch shows.

Random adoptions, undos and redos on the compare window of two generated plans
(matched by id and by natural key): after each step the differences list, the
aligned tree (every row, both sides, every role shown) and the key figures must
equal a window that compares the same plans afresh; the tree model passes the
model tester throughout, and the main window's pages show the adopted values.
"""

from __future__ import annotations

import copy
import random

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.models.compare_tree_model import CompareTreeModel
from reformdesk.gui.models.powers_model import COLUMN_OF
from reformdesk.gui.views.compare_view import CompareWindow
from reformdesk.samples.synthetic import generate_plan
from tests.domain.comparison_plans import alternative, redraft
from tests.domain.test_recompare import _edited
from tests.gui.windows import discard_changes

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
)


def _rows(model: CompareTreeModel, parent: QModelIndex | None = None) -> list[object]:
    """Everything the tree shows, row by row, depth first."""
    parent = parent if parent is not None else QModelIndex()
    out: list[object] = []
    for row in range(model.rowCount(parent)):
        cells = []
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            values = []
            for role in _ROLES:
                value = model.data(index, role)
                values.append(value.color().name() if hasattr(value, "color") else value)
            cells.append(tuple(values))
        first = model.index(row, 0, parent)
        node = model.node(first)
        assert node is not None and node.row == row and model.parent(first) == parent
        out.append((node.key, tuple(cells), _rows(model, first)))
    return out


def _fresh(window: CompareWindow) -> CompareWindow:
    other = CompareWindow(Document(window.doc.plan), window.right_plan, None)
    other.refresh_figures()
    return other


def _same_as_fresh(window: CompareWindow, qtbot) -> None:
    fresh = _fresh(window)
    qtbot.addWidget(fresh)
    assert window.comparison is not None and fresh.comparison is not None
    assert window.comparison.differences == fresh.comparison.differences
    assert window.diff_model.differences() == fresh.diff_model.differences()
    assert _rows(window.tree_model) == _rows(fresh.tree_model)
    window.refresh_figures()
    assert window.comparison.figures == fresh.comparison.figures
    fresh.close()


def _adopt_rows(window: CompareWindow, rows: list[int]) -> None:
    selection = window.diff_view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.diff_model.index(row, 0), flags)
    window.adopt_selected()


@pytest.mark.parametrize("drafting", [alternative, redraft], ids=["id", "key"])
@pytest.mark.parametrize("seed", range(2))
def test_adopt_undo_redo_show_what_a_fresh_comparison_shows(qtbot, qtmodeltester, drafting, seed: int) -> None:
    a = generate_plan(powers=60, people=30, units=12, seed=seed)
    b = drafting(a)
    _edited(b, random.Random(seed))
    doc = Document(copy.deepcopy(a))
    window = CompareWindow(doc, b, None)
    qtbot.addWidget(window)
    qtmodeltester.check(window.tree_model)
    rnd = random.Random(seed)
    for _ in range(10):
        roll = rnd.random()
        if roll < 0.5 and window.diff_model.rowCount():
            count = window.diff_model.rowCount()
            k = rnd.randint(1, count) if rnd.random() < 0.2 else rnd.randint(1, min(3, count))
            _adopt_rows(window, rnd.sample(range(count), k))
        elif roll < 0.8 and doc.undo_stack.canUndo():
            doc.undo_stack.undo()
        elif doc.undo_stack.canRedo():
            doc.undo_stack.redo()
        else:
            body = rnd.choice(list(doc.plan.bodies.values()))
            unit = rnd.choice(list(doc.plan.units.values()))
            # A plain edit while comparing: a unit moved.
            edits.push(doc, ChangeSet().set(EntityKind.UNIT, {unit.id: {"body_id": body.id}}), "移动")
        qtbot.waitUntil(lambda: not window.stale, timeout=2000)
        _same_as_fresh(window, qtbot)
    window.close()


def test_pages_follow_an_adoption_and_its_undo(qtbot, tmp_path) -> None:
    from reformdesk.gui.main_window import MainWindow
    from tests.gui.core_plans import make_settings

    a = generate_plan(powers=60, people=30, units=12, seed=3)
    b = alternative(a)
    target = next(iter(b.powers.values()))
    body = next(x for x in b.bodies.values() if x.id != target.body_id)
    target.body_id = body.id
    main = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(main, before_close_func=discard_changes)
    main.doc.replace_plan(copy.deepcopy(a))
    powers_page = next(p for p in main.pages if type(p).__name__ == "PowersPage")
    model = powers_page.model
    window = CompareWindow(main.doc, b, None, main)
    qtbot.addWidget(window)
    row = next(
        r
        for r in range(window.diff_model.rowCount())
        if window.diff_model.difference(r).a_id == target.id and window.diff_model.difference(r).field == "body_id"
    )
    shown = model.index(model.row_of(target.id), COLUMN_OF["body_id"])
    before = model.data(shown)
    assert before != body.name
    _adopt_rows(window, [row])
    assert model.data(model.index(model.row_of(target.id), COLUMN_OF["body_id"])) == body.name
    assert main.doc.plan.powers[target.id].body_id == body.id
    main.doc.undo_stack.undo()
    assert model.data(model.index(model.row_of(target.id), COLUMN_OF["body_id"])) == before
    qtbot.waitUntil(lambda: not window.stale, timeout=2000)
    assert any(d.a_id == target.id and d.field == "body_id" for d in window.comparison.differences)
    window.close()


def _window(qtbot, seed: int = 5) -> CompareWindow:
    a = generate_plan(powers=60, people=30, units=12, seed=seed)
    b = alternative(a)
    window = CompareWindow(Document(copy.deepcopy(a)), b, None)
    qtbot.addWidget(window)
    return window


def test_moving_a_unit_keeps_the_other_rows_of_both_bodies(qtbot, qtmodeltester) -> None:
    window = _window(qtbot)
    doc, model = window.doc, window.tree_model
    unit = next(u for u in doc.plan.units.values() if u.body_id is not None)
    source = unit.body_id
    target = next(x for x in doc.plan.bodies if x != source)
    rows_before = {id(n): n for n in model.all_nodes()}
    kept = [n for n in model.all_nodes() if n.kind is EntityKind.UNIT and n.a_id != unit.id]
    edits.push(doc, ChangeSet().set(EntityKind.UNIT, {unit.id: {"body_id": target}}), "移动")
    qtbot.waitUntil(lambda: not window.stale, timeout=2000)
    now = {id(n) for n in model.all_nodes()}
    # The other units' rows (and everything below them) are the same rows, at their new places.
    assert all(id(n) in now for n in kept)
    assert all(model.node(model.node_index(n)) is n for n in kept)
    # The moved unit is a new row under its new body, and a placeholder under the old one.
    moved = model.index_of(EntityKind.UNIT, 0, unit.id)
    assert id(model.node(moved)) not in rows_before
    assert model.node(moved.parent()).a_id == target
    qtmodeltester.check(model)
    _same_as_fresh(window, qtbot)
    window.close()


def test_powers_counted_per_body_follow_reassignments_additions_and_removals(qtbot) -> None:
    window = _window(qtbot, seed=6)
    doc = window.doc
    power = next(p for p in doc.plan.powers.values() if p.body_id is not None)
    target = next(x for x in doc.plan.bodies if x != power.body_id)
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {power.id: {"body_id": target}}), "划转")
    qtbot.waitUntil(lambda: not window.stale, timeout=2000)
    _same_as_fresh(window, qtbot)
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.stale, timeout=2000)
    _same_as_fresh(window, qtbot)
    doc.undo_stack.redo()
    qtbot.waitUntil(lambda: not window.stale, timeout=2000)
    _same_as_fresh(window, qtbot)
    # A power removed, then brought back by its undo.
    edits.push(doc, ChangeSet().remove(EntityKind.POWER, [power.id]), "删除")
    qtbot.waitUntil(lambda: not window.stale, timeout=2000)
    _same_as_fresh(window, qtbot)
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.stale, timeout=2000)
    _same_as_fresh(window, qtbot)
    window.close()


def test_a_document_deleted_under_the_window_raises_nothing(qtbot) -> None:
    import shiboken6

    window = _window(qtbot, seed=7)
    doc = window.doc
    unit = next(iter(doc.plan.units.values()))
    edits.push(doc, ChangeSet().set(EntityKind.UNIT, {unit.id: {"head_count": unit.head_count + 1}}), "改")
    assert doc.undo_stack.count() == 1
    # Its stack empties itself while it is destroyed and signals the window's undo actions on the
    # way (pytest-qt fails the test on an exception raised in a slot).
    shiboken6.delete(doc.undo_stack)
    assert not shiboken6.isValid(doc.undo_stack)
    window.close()
