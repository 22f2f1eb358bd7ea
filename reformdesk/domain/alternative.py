"""Alternatives (备选方案): a copy of a plan that keeps every id."""

from __future__ import annotations

import copy

from reformdesk.domain.model import Plan


def as_alternative(plan: Plan, name: str) -> Plan:
    """A deep copy of ``plan`` named ``name``, with the same entity ids and lineage.

    Sharing ids and ``info.lineage_id`` is what lets the comparison match the
    two plans entity by entity instead of by natural keys.
    """
    alternative = copy.deepcopy(plan)
    alternative.info.name = name
    return alternative


def alternative_name(name: str) -> str:
    """A proposed name for the next alternative: 方案一 → 方案二, else + （备选）."""
    numerals = "一二三四五六七八九十"
    for i, numeral in enumerate(numerals[:-1]):
        marker = f"方案{numeral}"
        if marker in name:
            return name.replace(marker, f"方案{numerals[i + 1]}")
    return f"{name}（备选）" if name else "备选方案"
