"""The county catalogue: 三级四同 (conform) of a list against a reference list of the same size.

The list is ``samples.synthetic_catalogue.generate_catalogue`` with as many items as the size
has powers (province: 50,000), the reference ``reference_for`` it (about 5 % of items
differing in a field, 1 % county-only, 1 % missing).  Timed as process CPU time (medians of
``repeat`` runs; other work on the shared machine inflates wall time): ``conform`` — matching
by code, then by name and type, every compared field normalised where it differs — and,
as the baseline in the same run, the floor of any such check: one dict of the reference by
code and a tuple comparison of the four fields per county item, nothing normalised, no
second matching pass.  Also the catalogue's checks (validate) and adopting every
difference plus undoing it.

The 三级四同 page (gui/views/conformity_page.py) with every item shown: a click on the header
of a text column (职权名称, then 职权编码 and 法律法规依据) in a real offscreen event loop, until
repainted, with the longest stall of the loop then and in the second after (harness.gui_action),
once the page has ranked the texts while idle; the longest slice of that idle-time ranking; and,
without a target, the worst case: a click before the ranking was done (the column ranked on
the click).
"""

from __future__ import annotations

import os
import statistics
import time
from functools import cache
from pathlib import Path

from benchmarks.harness import SIZES, Result, median_cpu, qt_app
from reformdesk.domain.catalogue.checks import check
from reformdesk.domain.catalogue.conformity import adopt_all, conform, normalise
from reformdesk.domain.catalogue.model import Catalogue


@cache
def lists(size: str) -> tuple[Catalogue, Catalogue]:
    from reformdesk.samples.synthetic_catalogue import generate_catalogue, reference_for

    cat = generate_catalogue(SIZES[size][0], seed=1)
    return cat, reference_for(cat, seed=2)


def bare_match(cat: Catalogue, reference: Catalogue) -> int:
    """The baseline: match by code in one dict, compare the fields as they are."""
    by_code = {r.code: r for r in reference.items.values()}
    differing = 0
    for i in cat.items.values():
        r = by_code.get(i.code)
        if r is not None and (i.name, i.type, i.legal_basis, i.basis_clause) != (
            r.name,
            r.type,
            r.legal_basis,
            r.basis_clause,
        ):
            differing += 1
    return differing


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    if size == "200k":
        return []  # the province size is the figure; 200k lists take minutes to build twice
    cat, reference = lists(size)
    n = f"{len(cat.items):,} × {len(reference.items):,}"
    baseline = median_cpu(lambda: bare_match(cat, reference), repeat)
    # Cold: normalise's cache (laws and names recurring across items) emptied before each run.
    conform_t = median_cpu(lambda: conform(cat, reference), repeat, setup=normalise.cache_clear)
    result = conform(cat, reference)

    def adopt_and_undo() -> None:
        changes = adopt_all(cat, reference, result)
        changes.apply(cat)
        changes.revert(cat)

    return [
        *sort_figures(size, repeat),
        Result(
            f"三级四同 conform {n} (CPU; baseline: bare dict match by code)",
            size,
            conform_t,
            baseline=baseline,
            target=1.0,
            note=f"{len(result.mismatches)} differing, {len(result.county_only)} county-only, {len(result.missing)} missing",
        ),
        Result(
            f"catalogue checks (validate) {len(cat.items):,} items (CPU)", size, median_cpu(lambda: check(cat), repeat)
        ),
        Result(
            f"adopt every difference ({len(result.mismatches)}) + undo (CPU)", size, median_cpu(adopt_and_undo, repeat)
        ),
    ]


def sort_figures(size: str, repeat: int) -> list[Result]:
    """Sorting the 三级四同 page by a text column: the header clicked in a real event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from benchmarks.harness import gui_action
    from reformdesk.gui.catalogue.document import CatalogueDocument
    from reformdesk.gui.models.conformity_models import ConformityModel
    from reformdesk.gui.views.conformity_page import ConformityPage

    app = qt_app()
    cat, reference = lists(size)

    def page_with_every_item(ranked: bool) -> ConformityPage:
        """The page shown, all items listed and painted; ``ranked``: its idle-time ranking timed
        slice by slice until done, else not run at all (a click before it)."""
        doc = CatalogueDocument(cat)
        doc.set_reference(reference, "reference.xlsx")
        page = ConformityPage(doc)
        page.resize(1400, 800)
        page.show()
        page.status_box.setCurrentIndex(page.status_box.count() - 1)  # 全部事项
        model = page.model
        if ranked:
            model._idle.timeout.disconnect(model._rank_a_slice)
            model._idle.timeout.connect(lambda: timed_slice(model))
        else:
            model._forget_ranks()
        app.processEvents()
        return page

    slices: list[float] = []

    def timed_slice(model: ConformityModel) -> None:
        start = time.perf_counter()
        model._rank_a_slice()
        slices.append(time.perf_counter() - start)

    def click(page: ConformityPage, column: int) -> None:
        header = page.table.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    # The idle-time ranking: each slice it runs in the event loop timed (the table's first
    # paint, in the same events, is not the ranking's).
    started = time.perf_counter()
    page = page_with_every_item(ranked=True)
    while page.model._ranking:
        app.processEvents()
    ranking_wall = time.perf_counter() - started
    columns = [page.model.COLUMNS.index(("county", f)) for f in ("name", "code", "legal_basis")]
    took, stalls, cpu = [], [], []

    def clicked(column: int) -> None:
        start = time.process_time()
        click(page, column)
        app.processEvents()  # its repaint
        cpu.append(time.process_time() - start)

    for _ in range(max(1, repeat)):
        for column in columns:
            t, stall = gui_action(lambda column=column: clicked(column), settle=0.3)
            took.append(t)
            stalls.append(stall)
    rows = len(page.model.rows)
    page.close()
    page.deleteLater()
    cold = []
    for _ in range(max(1, repeat)):
        fresh = page_with_every_item(ranked=False)  # clicked before the idle-time ranking could run
        cold.append(gui_action(lambda fresh=fresh: click(fresh, columns[1]), settle=0.3)[1])
        fresh.close()
        fresh.deleteLater()
    app.processEvents()
    return [
        Result(
            f"三级四同 page: sort {rows:,} items by a text column (header click, until repainted)",
            size,
            statistics.median(took),
            target=0.1,
            stall=statistics.median(stalls),
            stall_target=0.1,
            note=(
                f"longest stall of {len(stalls)} clicks: {max(stalls) * 1000:.0f} ms; "
                f"CPU of a click until repainted: {statistics.median(cpu) * 1000:.0f} ms; the first click "
                f"on each column (its texts read, kept for the next): {statistics.median(took[: len(columns)]) * 1000:.0f} ms"
            ),
        ),
        Result(
            "三级四同 page: ranking the texts while idle (once per list; from the page shown until done; its longest slice)",
            size,
            ranking_wall,
            stall=max(slices, default=0.0),
            stall_target=0.1,
            note=f"{len(slices)} slices, {sum(slices) * 1000:.0f} ms in all",
        ),
        Result(
            "三级四同 page: sort by 职权编码 clicked before the idle ranking (longest stall)",
            size,
            statistics.median(cold),
            note=(
                "from 5,000 items the click has the column's texts ranked first, in slices, and sorts "
                "when that is done (until 2026-12-01 19:40 they were ranked on the click: 0.26 s)"
            ),
        ),
    ]
