"""Benchmark: edits through the undo stack with the whole main window open (every page).

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_edits.py [--size province]``

Timed (each until the event loop is idle again): bulk-assigning 10,000 selected
powers on the powers page and its undo; adopting one difference from an
alternative in the compare window and its undo; importing a 10,000-row county
list (accept of the preview: match + apply + refresh) and its undo.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QApplication


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def timed(app: QApplication, fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    settle(app)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="province")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    QCoreApplication.setOrganizationName("ReformDeskBench")
    QCoreApplication.setApplicationName("ReformDeskBenchEdits")
    from benchmarks.harness import qt_app

    app = qt_app()
    from benchmarks.bench_compare import edited_copy
    from benchmarks.bench_import import write_sheet
    from benchmarks.harness import synthetic_plan
    from reformdesk.gui.main_window import MainWindow
    from reformdesk.gui.settings import AppSettings
    from reformdesk.gui.views.compare_view import CompareWindow
    from reformdesk.gui.views.powers_view import PowersPage

    tmp = Path(tempfile.mkdtemp())
    plan = synthetic_plan(args.size)
    other = edited_copy(plan, seed=2)
    window = MainWindow(AppSettings())
    window.resize(1280, 800)
    window.show()
    window.doc.replace_plan(plan)
    settle(app)
    doc = window.doc
    page = next(p for p in window.pages if isinstance(p, PowersPage))
    out: dict[str, list[float]] = {}

    body = list(doc.plan.bodies)[-1]
    ids = list(doc.plan.powers)[:10_000]
    for _ in range(args.runs):
        out.setdefault("bulk-assign 10,000 powers", []).append(
            timed(app, lambda: page.bulk_set(ids, {"body_id": body}))
        )
        out.setdefault("  undo", []).append(timed(app, doc.undo_stack.undo))
        doc.undo_stack.clear()

    compare = CompareWindow(doc, other, None)
    compare.show()
    settle(app)
    for _ in range(args.runs):
        compare.refresh()
        settle(app)
        sel = compare.diff_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        sel.select(compare.diff_model.index(0, 0), flags)
        out.setdefault("adopt 1 difference", []).append(timed(app, compare.adopt_selected))
        out.setdefault("  undo ", []).append(timed(app, doc.undo_stack.undo))
        doc.undo_stack.clear()
    compare.close()
    settle(app)

    from reformdesk.formats.importer import plan_import, read_power_sheet

    sheet = tmp / "清单.xlsx"
    write_sheet(sheet, 10_000)
    read = read_power_sheet(sheet)

    from reformdesk.gui.import_action import import_into

    # What the import dialog's accept runs (PowersPage._apply_import is gone since imports
    # became change sets: the controller applies the preview).
    for _ in range(args.runs):
        preview = plan_import(doc.plan, read)
        out.setdefault("import 10,000 rows (accept)", []).append(
            timed(app, lambda: import_into(doc, preview, skip_bad_rows=True))  # noqa: B023
        )
        out.setdefault("  undo  ", []).append(timed(app, doc.undo_stack.undo))
        doc.undo_stack.clear()

    print(f"{args.size}: {len(plan.powers)} powers, {len(plan.people)} people, {len(plan.units)} units")
    for name, values in out.items():
        print(f"  {name.strip() if name.startswith('  ') else name:<32} {statistics.median(values) * 1000:8.0f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
