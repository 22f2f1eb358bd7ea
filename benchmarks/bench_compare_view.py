"""Benchmark: the compare window on two province-size plans.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_compare_view.py [--powers 50000] [--runs 3]``

Plan B is ``bench_compare.edited_copy`` of a synthetic plan A (an alternative:
matching by id) or that copy redrafted with new ids (matching by key).  Timed:
opening the window until it is shown and painted (compare + aligned tree +
models + first paint), the parts of that (``compare`` alone, the tree model),
a text filter and a sort of the differences list, scrolling both trees to the
end and repainting, and adopting 100 differences (one undo step) with the
refresh that follows.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.bench_compare import edited_copy, make_plan, redraft
from reformdesk.domain.comparison import compare
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.document import Document
from reformdesk.gui.models.compare_tree_model import CompareTreeModel
from reformdesk.gui.models.diff_model import COL_OBJECT
from reformdesk.gui.views.compare_view import CompareWindow


def _app() -> QApplication:
    from benchmarks.harness import qt_app

    return qt_app()  # type: ignore[no-any-return]


def open_window(a: Plan, b: Plan) -> tuple[float, CompareWindow]:
    """Seconds from constructing the window until it is exposed and painted."""
    app = _app()
    start = time.perf_counter()
    window = CompareWindow(Document(a), b, None)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.repaint()  # synchronous paint of every visible child
    app.processEvents()
    return time.perf_counter() - start, window


def _median(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def measure(a: Plan, b: Plan, runs: int) -> dict[str, float]:
    app = _app()
    out: dict[str, float] = {}

    def once() -> float:
        t, w = open_window(copy.deepcopy(a), b)
        w.close()
        w.deleteLater()
        app.processEvents()
        return t

    once()  # warm-up: imports, fonts
    out["open window until painted"] = _median(once, runs)

    def compare_only() -> float:
        t0 = time.perf_counter()
        compare(a, b)
        return time.perf_counter() - t0

    out["  of which compare() with figures"] = _median(compare_only, runs)
    comparison = compare(a, b)

    def tree_only() -> float:
        model = CompareTreeModel()
        t0 = time.perf_counter()
        model.set_comparison(a, b, comparison)
        return time.perf_counter() - t0

    out["  of which aligned tree model"] = _median(tree_only, runs)

    _t, w = open_window(copy.deepcopy(a), b)
    out["differences"] = len(w.comparison.differences)  # type: ignore[union-attr]
    out["tree rows (all levels)"] = len(w.tree_model.all_nodes())

    t0 = time.perf_counter()
    w.filter_edit.setText("新增事项")
    app.processEvents()
    out["text filter of the differences list"] = time.perf_counter() - t0
    w.filter_edit.clear()
    t0 = time.perf_counter()
    w.diff_view.sortByColumn(COL_OBJECT, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    out["sort the differences list"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    w.left_tree.expandAll()
    app.processEvents()
    out["expand all rows of both trees"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    bar = w.left_tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    w.repaint()
    app.processEvents()
    out["scroll both trees to the end and repaint"] = time.perf_counter() - t0

    sel = w.diff_view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(min(100, w.diff_model.rowCount())):
        sel.select(w.diff_model.index(row, 0), flags)
    t0 = time.perf_counter()
    w.adopt_selected()
    app.processEvents()
    out["adopt up to 100 differences + refresh"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    w.doc.undo_stack.undo()
    w.refresh()  # what the debounce timer would run 300 ms later
    app.processEvents()
    out["undo the adoption + refresh"] = time.perf_counter() - t0
    w.close()
    return out


def _select(w: CompareWindow, rows: list[int]) -> None:
    sel = w.diff_view.selectionModel()
    sel.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        sel.select(w.diff_model.index(row, 0), flags)
    _app().processEvents()


def adopting(a: Plan, b: Plan, repeat: int) -> list[tuple[str, float, float, int]]:
    """Adopt and undo in a real event loop: (what, seconds until repainted, longest stall, differences).

    One difference of a power (the commonest), of a unit (a move: rows of the tree are
    built again) and the first 100 of the list (plan settings, bodies, units, people,
    powers), each adopted in one step and undone; the key figures that follow 300 ms
    later (they validate the plan) fall inside the stall's second.
    """
    from benchmarks.harness import median_action
    from reformdesk.gui import heap

    w = CompareWindow(Document(copy.deepcopy(a)), b, None)
    w.resize(1400, 900)
    w.show()
    heap.settle()  # as the app's show_compare does once the window is up
    QTest.qWaitForWindowExposed(w)
    _app().processEvents()
    out: list[tuple[str, float, float, int]] = []
    model = w.diff_model
    cases = {
        "1 difference of a power": lambda: [
            next(r for r in range(model.rowCount()) if model.difference(r).kind is EntityKind.POWER)
        ],
        "1 difference of a unit (its move)": lambda: [
            next(r for r in range(model.rowCount()) if model.difference(r).kind is EntityKind.UNIT)
        ],
        "100 differences": lambda: list(range(min(100, model.rowCount()))),
    }
    for what, rows in cases.items():
        adopt_times, adopt_stalls, undo_times, undo_stalls = [], [], [], []
        count = len(rows())
        for _ in range(max(1, repeat)):
            _select(w, rows())
            took, stall = median_action(w.adopt_selected, 1)
            adopt_times.append(took)
            adopt_stalls.append(stall)
            took, stall = median_action(w.doc.undo_stack.undo, 1)
            undo_times.append(took)
            undo_stalls.append(stall)
        out.append((f"adopt {what}", statistics.median(adopt_times), statistics.median(adopt_stalls), count))
        out.append((f"undo adopting {what}", statistics.median(undo_times), statistics.median(undo_stalls), count))
    # The contender: comparing again from scratch and refilling every model, as the window did.
    full, full_stall = median_action(w.refresh, repeat)
    out.append(("compare again from scratch (the former refresh)", full, full_stall, len(model.differences())))
    w.close()
    return out


def figures(size: str, repeat: int, workdir: Path) -> list[object]:
    """Figures for benchmarks/run.py: the compare window on an alternative (matching by id)."""
    from benchmarks.harness import SIZES, Result

    powers, units, people = SIZES[size]
    _app()
    a, _ = make_plan(powers, people, units, seed=1)
    b = edited_copy(a, seed=2)
    got = measure(a, b, max(1, repeat))
    results = [
        Result(f"compare window: {name.strip()}", size, got[name])
        for name in (
            "open window until painted",
            "text filter of the differences list",
            "scroll both trees to the end and repaint",
        )
    ]
    rows = adopting(a, b, max(1, repeat))
    full = rows[-1][1]
    for what, took, stall, count in rows[:-1]:
        target = 0.3 if count > 1 else 0.1
        results.append(
            Result(
                f"compare window: {what}",
                size,
                took,
                baseline=full,
                target=target,
                stall=stall,
                stall_target=0.1,
                note="baseline: comparing again from scratch, same window, same run",
            )
        )
    results.append(Result(f"compare window: {rows[-1][0]}", size, full, stall=rows[-1][2]))
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--powers", type=int, default=50_000)
    ap.add_argument("--people", type=int, default=5_000)
    ap.add_argument("--units", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    _app()
    a, source = make_plan(args.powers, args.people, args.units, seed=1)
    b = edited_copy(a, seed=2)
    print(f"plans: {len(a.powers)} powers, {len(a.people)} people, {len(a.units)} units, {len(a.bodies)} bodies")
    print(f"  built with {source}")
    for label, other in (("alternative, by id", b), ("drafted apart, by key", redraft(b))):
        print(f"{label}:")
        for name, value in measure(a, other, args.runs).items():
            text = f"{value:.0f}" if name in ("differences", "tree rows (all levels)") else f"{value * 1000:.0f} ms"
            print(f"  {name}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
