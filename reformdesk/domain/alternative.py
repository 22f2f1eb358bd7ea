"""Alternatives (备选方案): a copy of a plan that keeps every id."""

from __future__ import annotations

import copy
import dataclasses
import gc
import operator
import re
from typing import Any, TypeVar

from reformdesk.domain import collector
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, ValueType

_T = TypeVar("_T")

_VARIANT = re.compile(r"（([^（）]+)）$")


def short_name(plan: Plan, fallback: str) -> str:
    """What a plan is called beside another: its variant in brackets (方案二 of "…方案（方案二）"),
    else its whole name, else ``fallback``."""
    name = plan.info.name.strip()
    match = _VARIANT.search(name)
    return match.group(1) if match else (name or fallback)


def copy_entities(table: dict[str, _T]) -> dict[str, _T]:
    """A copy of an entity table whose entities can change without touching the original.

    Entities hold only immutable values except their text lists (a body's
    ``sites`` and ``duties``: the registry's TEXT_LIST fields), so a shallow
    copy of each plus those lists is a full copy, at a tenth of the cost of
    ``copy.deepcopy`` for a 50,000-power plan.
    """
    if not table:
        return {}
    cls = type(next(iter(table.values())))
    # attrgetter + the constructor: C-speed, 3x faster than copy.copy per entity.
    values = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
    out: dict[str, Any] = {eid: cls(*values(entity)) for eid, entity in table.items()}
    lists = [f.name for spec in KINDS.values() if spec.cls is cls for f in spec.fields if f.type is ValueType.TEXT_LIST]
    for name in lists:
        for clone in out.values():
            setattr(clone, name, list(getattr(clone, name)))
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class PlanSnapshot:
    """A plan frozen as columns of values: cheap to take, made into a :class:`Plan` elsewhere.

    Taking it is C-speed and makes no object per entity: each field of each
    table is one list of the entities' values (``attrgetter`` mapped over the
    table), and :meth:`thaw` builds the entities from those columns, e.g. in the
    autosave worker thread.  The mutable lists (the registry's TEXT_LIST fields:
    a body's ``sites`` and ``duties``, a power's 责任事项) are taken as tuples, so
    later edits cannot reach them (an empty one is the shared ``()``, no new
    object), and each thawed plan gets lists of its own.  (Rows of values, a tuple
    per entity, made the collector walk 200,000 fresh tuples right after the copy
    of a 200k plan: 40 % of its time, growing faster than the plan.)
    """

    info: object
    #: plan attribute -> (entity class, ids, one column per field, (index, name) of the list columns).
    tables: dict[str, tuple[type, list[str], list[list[Any]], tuple[tuple[int, str], ...]]]

    def thaw(self) -> Plan:
        plan = Plan(info=copy.copy(self.info))  # type: ignore[arg-type]
        for name, (cls, ids, columns, lists) in self.tables.items():
            entities = list(map(cls, *columns))
            for index, field in lists:
                for entity, value in zip(entities, columns[index], strict=True):
                    setattr(entity, field, list(value))  # each thawed plan its own lists
            setattr(plan, name, dict(zip(ids, entities, strict=True)))
        return plan


def snapshot(plan: Plan) -> PlanSnapshot:
    """The whole plan (info, every kind of entity the registry names) as later edits cannot touch it.

    Its columns are lists of a plan's worth of pointers into the whole plan, and no reference
    cycle; the first young collection after it would walk every one of them and look at each
    value they point to (at 200k powers 39 ms of the 228 ms copy, growing as n^1.3: the values
    are spread over the plan), in the GUI thread, at whatever allocation came next.  Like the
    copy of :func:`as_alternative` it is made with the collector paused and left frozen: it is
    freed by reference counting once the autosave has written it, as before.
    """
    with collector.paused():
        out = _snapshot(plan)
        gc.freeze()
    return out


def _snapshot(plan: Plan) -> PlanSnapshot:
    tables: dict[str, Any] = {}
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        table = spec.entities(plan)
        if not table:
            continue  # a new Plan's own empty table
        cls = type(next(iter(table.values())))
        names = [f.name for f in dataclasses.fields(cls)]  # the constructor's order: thaw passes them so
        text_lists = {f.name for f in spec.fields if f.type is ValueType.TEXT_LIST}
        entities = table.values()
        columns = [
            list(map(tuple, map(operator.attrgetter(n), entities)))
            if n in text_lists
            else list(map(operator.attrgetter(n), entities))
            for n in names
        ]
        lists = tuple((i, n) for i, n in enumerate(names) if n in text_lists)
        tables[spec.attr] = (cls, list(table), columns, lists)  # type: ignore[index]
    return PlanSnapshot(info=copy.copy(plan.info), tables=tables)


def as_alternative(plan: Plan, name: str) -> Plan:
    """A copy of ``plan`` named ``name``, with the same entity ids and lineage.

    Sharing ids and ``info.lineage_id`` is what lets the comparison match the
    two plans entity by entity instead of by natural keys.

    The copy is a plan put in place (the window switches to it, the command line
    saves it), so like a plan just loaded (``gui/heap.py``) it ends frozen for the
    cyclic collector, with everything that existed before it (``gc.freeze``).
    """
    info = copy.copy(plan.info)
    info.name = name
    out = Plan(info=info)
    # The copy makes one object per entity and no reference cycle: collections run over
    # them meanwhile only cost (at 200k powers the copy grew as n^1.46 with them, n^1.24
    # without), so the collector waits until it is done.  Then its first pass would walk
    # every fresh entity (100 ms at 200k, n^1.5: the values they point to are spread over
    # the original plan); frozen, they are left alone, as the window would leave them.
    with collector.paused():
        # Every kind the registry names (the plan document's sections too): a kind
        # added later is copied without this function knowing it.
        for kind in ENTITY_KINDS:
            spec = KINDS[kind]
            setattr(out, spec.attr, copy_entities(spec.entities(plan)))  # type: ignore[arg-type]
        gc.freeze()
    return out


def alternative_name(name: str) -> str:
    """A proposed name for the next alternative: 方案一 → 方案二, else + （备选）."""
    numerals = "一二三四五六七八九十"
    for i, numeral in enumerate(numerals[:-1]):
        marker = f"方案{numeral}"
        if marker in name:
            return name.replace(marker, f"方案{numerals[i + 1]}")
    return f"{name}（备选）" if name else "备选方案"
