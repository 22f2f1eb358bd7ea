"""Edits of the plan document's sections as change sets (pure, no Qt).

Sections are kept in ``seq`` order; inserting one renumbers the ``seq`` of the
sections after it and moving one swaps ``seq`` with its neighbour, so every
edit is a field change the document signals (and one undo step).
Removing uses :func:`reformdesk.domain.edits.remove` (sections are referred to by nothing).
"""

from __future__ import annotations

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.document_text import MAX_LEVEL, GeneratedPart, Section, plan_sections
from reformdesk.domain.model import Plan, new_id
from reformdesk.domain.registry import EntityKind


def add_section(
    plan: Plan,
    after_id: str | None = None,
    *,
    level: int = 1,
    title: str = "",
    text: str = "",
    part: GeneratedPart = GeneratedPart.NONE,
) -> tuple[ChangeSet, Section]:
    """A new section right after ``after_id`` (at the end when None or unknown) and the change set adding it."""
    order = plan_sections(plan)
    ids = [s.id for s in order]
    at = ids.index(after_id) + 1 if after_id in ids else len(order)
    section = Section(id=new_id(), seq=at + 1, level=max(0, min(level, MAX_LEVEL)), title=title, text=text, part=part)
    renumber: dict[str, dict[str, int]] = {}
    for i, s in enumerate(order):
        want = i + 1 if i < at else i + 2
        if s.seq != want:
            renumber[s.id] = {"seq": want}
    return ChangeSet().set(EntityKind.SECTION, renumber).add(EntityKind.SECTION, [section]), section


def move_section(plan: Plan, section_id: str, delta: int) -> ChangeSet:
    """Move a section ``delta`` places up (negative) or down; empty at either end."""
    order = plan_sections(plan)
    ids = [s.id for s in order]
    if section_id not in ids:
        return ChangeSet()
    i = ids.index(section_id)
    j = i + delta
    if delta == 0 or not 0 <= j < len(order):
        return ChangeSet()
    ids.insert(j, ids.pop(i))
    by_id = {s.id: s for s in order}
    values = {sid: {"seq": n} for n, sid in enumerate(ids, 1) if by_id[sid].seq != n}
    return ChangeSet().set(EntityKind.SECTION, values)


__all__ = ["add_section", "move_section"]
