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
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from benchmarks.harness import SIZES, Result, median_cpu
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
