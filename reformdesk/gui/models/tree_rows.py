"""Counting a Python-held tree's rows by depth, for views deciding how far to expand it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def rows_by_depth(top: Sequence[Any]) -> list[int]:
    """How many rows there are at each depth below ``top`` (nodes with ``children``), the top
    level first, without any Qt call."""
    counts: list[int] = []
    level = list(top)
    while level:
        counts.append(len(level))
        level = [child for node in level for child in node.children]
    return counts
