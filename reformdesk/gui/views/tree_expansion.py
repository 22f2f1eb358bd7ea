"""How far a tree opens expanded: the levels that keep the rows it lays out few enough.

QTreeView lays out every expanded row at once, asking the model (Python) about each: on
opening a plan and after every change that moves rows.  A town's trees open wholly expanded;
a province plan's would hold 7,000 rows each and opens with its top rows folded instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTreeView

# The rows a tree shows expanded when it opens: a tree that fits (a town's; a county's 1,301
# and 1,402 rows on the structure page) opens wholly expanded; a larger one opens with the
# levels that keep it within (a province plan: its 2,001 units and 669 bodies, each folded, as
# the next level would show 5,000 and 2,402 rows more).  expandAll over the 7,000 rows of each
# province structure tree was ~180 ms of the open (medians of 8 fresh opens: 728 ms with it,
# 552 ms without); in the compare window the province tree's 3,140 rows with its bodies open
# were laid out again after each adoption.  全部展开 in a tree's context menu, the arrow keys
# and * unfold the rest.
OPEN_EXPANDED_ROWS = 3000


def levels_within(counts: Sequence[int], limit: int = OPEN_EXPANDED_ROWS, most: int | None = None) -> int:
    """How many levels below the top to show expanded: ``counts`` are the rows at each depth
    (the top first); at most ``most`` levels (None: as many as fit)."""
    shown = counts[0] if counts else 0
    levels = 0
    while levels + 1 < len(counts) and (most is None or levels < most) and shown + counts[levels + 1] <= limit:
        levels += 1
        shown += counts[levels]
    return levels


def expand_within(view: QTreeView, counts: Sequence[int], most: int | None = None) -> int:
    """Expand ``view`` (just reset: nothing expanded) as far as :func:`levels_within` allows;
    returns how many levels are shown expanded (``len(counts)``: all of them)."""
    levels = levels_within(counts, OPEN_EXPANDED_ROWS, most)
    if levels and levels == len(counts) - 1:
        view.expandAll()
        return len(counts)
    if levels:
        view.expandToDepth(levels - 1)
    return levels


__all__ = ["OPEN_EXPANDED_ROWS", "expand_within", "levels_within"]
