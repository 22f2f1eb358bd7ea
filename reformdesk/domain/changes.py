"""Change sets: every edit of a plan as data that applies and reverts exactly.

A :class:`ChangeSet` is an ordered list of primitive steps over a
:class:`~reformdesk.domain.model.Plan`:

* :meth:`ChangeSet.set` — set fields of entities of one kind
  (``{id: {field: new value}}``; the old values are read when the step is
  applied, so revert restores whatever was there);
* :meth:`ChangeSet.add` — add entities, at the end or at given positions;
* :meth:`ChangeSet.remove` — remove entities, remembering their positions, so
  revert puts them back in the same order (the same objects);
* :meth:`ChangeSet.set_info` — set fields of the plan's own settings.

``apply(plan)`` runs the steps in order, ``revert(plan)`` undoes them in
reverse order; both return a :class:`Touched`: which ids of which kind were
changed, added or removed (net: an entity added and changed in one set is
"added"), and whether the plan info changed, so a document can emit precise
signals.  ``revert`` after ``apply`` restores the plan exactly: the same field
values, the same objects and the same order of every table.

Every domain operation returns a change set and changes nothing itself; the
GUI wraps one in an undo command, the command line simply applies it.
An empty change set is falsy, so no empty undo step is ever pushed.

Pure Python, no Qt.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import attrgetter, is_, ne
from typing import Any

from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind

#: {entity id: {field name: value}}
FieldValues = Mapping[str, Mapping[str, Any]]


def _copy(value: Any) -> Any:
    # Lists (a body's sites) must not be shared between the plan and a change set.
    return list(value) if isinstance(value, list) else value


@dataclass(slots=True)
class Touched:
    """What applying or reverting a change set touched, per kind (ids in first-touch order)."""

    changed: dict[EntityKind, list[str]] = field(default_factory=dict)
    added: dict[EntityKind, list[str]] = field(default_factory=dict)
    removed: dict[EntityKind, list[str]] = field(default_factory=dict)
    info: bool = False

    def __bool__(self) -> bool:
        return bool(self.changed or self.added or self.removed or self.info)

    def kinds(self) -> set[EntityKind]:
        return set(self.changed) | set(self.added) | set(self.removed)

    def ids(self) -> dict[EntityKind, set[str]]:
        """Per kind, every id touched: changed, added or removed."""
        out: dict[EntityKind, set[str]] = {}
        for part in (self.changed, self.added, self.removed):
            for kind, ids in part.items():
                out.setdefault(kind, set()).update(ids)
        return out


class _Tracker:
    """Net effect of a run of steps: presence before vs. after, and field changes."""

    def __init__(self) -> None:
        # kind -> {id: was present before the run}; insertion order = first touch
        self.present_before: dict[EntityKind, dict[str, bool]] = {}
        self.present_after: dict[EntityKind, dict[str, bool]] = {}
        self.changed: dict[EntityKind, dict[str, None]] = {}
        self.info = False

    def presence(self, kind: EntityKind, eid: str, before: bool, after: bool) -> None:
        self.present_before.setdefault(kind, {}).setdefault(eid, before)
        self.present_after.setdefault(kind, {})[eid] = after

    def change(self, kind: EntityKind, ids: Iterable[str]) -> None:
        self.changed.setdefault(kind, {}).update(dict.fromkeys(ids))

    def result(self) -> Touched:
        out = Touched(info=self.info)
        for kind, before in self.present_before.items():
            after = self.present_after[kind]
            added = [eid for eid, was in before.items() if not was and after[eid]]
            removed = [eid for eid, was in before.items() if was and not after[eid]]
            if added:
                out.added[kind] = added
            if removed:
                out.removed[kind] = removed
        for kind, ids in self.changed.items():
            before = self.present_before.get(kind, {})
            after = self.present_after.get(kind, {})
            # Only entities there before and after count as changed.
            if before or after:
                kept = [eid for eid in ids if before.get(eid, True) and after.get(eid, True)]
            else:  # none of this kind added or removed (a bulk set): all of them
                kept = list(ids)
            if kept:
                out.changed[kind] = kept
        return out


class _Step:
    def apply(self, plan: Plan, t: _Tracker) -> None:
        raise NotImplementedError

    def revert(self, plan: Plan, t: _Tracker) -> None:
        raise NotImplementedError

    def __bool__(self) -> bool:
        raise NotImplementedError


def _consume(it: Iterable[object]) -> None:
    deque(it, maxlen=0)


def _values(value: Any, n: int) -> Iterable[Any]:
    """``value`` for ``n`` entities, each list its own copy."""
    return (list(value) for _ in range(n)) if isinstance(value, list) else repeat(value, n)


class _SetFields(_Step):
    """Set fields of entities of one kind.

    Entities given the same values (a bulk assignment: one mapping for
    10,000 powers) form one group, applied and reverted a field at a time
    with C-level ``map``s: no Python frame per entity.  ``new`` maps each id
    to its values; ids of a group share one (read-only) dict.
    """

    __slots__ = ("groups", "kind", "new", "old")

    def __init__(self, kind: EntityKind, values: FieldValues) -> None:
        self.kind = kind
        mappings = list(values.values())
        self.groups: list[tuple[dict[str, Any], list[str]]] = []
        self.new: dict[str, dict[str, Any]] = {}
        if mappings and len(set(map(id, mappings))) == 1:  # one mapping for all
            if mappings[0]:
                shared = {f: _copy(v) for f, v in mappings[0].items()}
                self.groups.append((shared, list(values)))
                self.new = dict.fromkeys(values, shared)
        else:
            by_mapping: dict[int, tuple[dict[str, Any], list[str]]] = {}
            for eid, fields in values.items():
                if not fields:
                    continue
                group = by_mapping.get(id(fields))
                if group is None:
                    group = by_mapping[id(fields)] = ({f: _copy(v) for f, v in fields.items()}, [])
                    self.groups.append(group)
                group[1].append(eid)
                self.new[eid] = group[0]
        # Per group: its ids and each field's old values, in the group's id order.
        self.old: list[tuple[list[str], dict[str, list[Any]]]] = []

    def __bool__(self) -> bool:
        return bool(self.new)

    def apply(self, plan: Plan, t: _Tracker) -> None:
        table = self.kind.spec.entities(plan)
        old = []
        for fields, ids in self.groups:
            before: dict[str, list[Any]] = {}
            if len(ids) == 1:  # one entity (an edit, an adopted difference): no maps to set up
                entity = table[ids[0]]
                for name, value in fields.items():
                    before[name] = [_copy(getattr(entity, name))]
                    setattr(entity, name, _copy(value))
                old.append((ids, before))
                continue
            entities = list(map(table.__getitem__, ids))
            for name, value in fields.items():
                column = list(map(attrgetter(name), entities))
                if any(map(isinstance, column, repeat(list))):
                    column = list(map(_copy, column))
                before[name] = column
                _consume(map(setattr, entities, repeat(name), _values(value, len(entities))))
            old.append((ids, before))
        self.old = old
        t.change(self.kind, self.new)

    def revert(self, plan: Plan, t: _Tracker) -> None:
        table = self.kind.spec.entities(plan)
        for ids, before in self.old:
            if len(ids) == 1:
                entity = table[ids[0]]
                for name, (value,) in before.items():
                    setattr(entity, name, _copy(value))
                continue
            entities = list(map(table.__getitem__, ids))
            for name, column in before.items():
                values = map(_copy, column) if any(map(isinstance, column, repeat(list))) else column
                _consume(map(setattr, entities, repeat(name), values))
        t.change(self.kind, self.new)


class _SetInfo(_Step):
    __slots__ = ("new", "old")

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.new = {f: _copy(v) for f, v in values.items()}
        self.old: dict[str, Any] = {}

    def __bool__(self) -> bool:
        return bool(self.new)

    def apply(self, plan: Plan, t: _Tracker) -> None:
        self.old = {f: _copy(getattr(plan.info, f)) for f in self.new}
        for name, value in self.new.items():
            setattr(plan.info, name, _copy(value))
        t.info = True

    def revert(self, plan: Plan, t: _Tracker) -> None:
        for name, value in self.old.items():
            setattr(plan.info, name, _copy(value))
        t.info = True


def _insert(table: dict[str, Any], placed: Sequence[tuple[int, str, Any]]) -> None:
    """Insert (position, id, entity) — ascending final positions — into an ordered dict."""
    n = len(table)
    if all(pos == n + i for i, (pos, _eid, _e) in enumerate(placed)):
        for _pos, eid, entity in placed:  # all at the end: the common case, no rebuild
            table[eid] = entity
        return
    # Rebuilt from slices of the present keys and values (C-level copies, no
    # tuple per entity), so the Python loop runs once per inserted entity, not
    # once per entity of the table.
    keys, values = list(table), list(table.values())
    out_keys: list[str] = []
    out_values: list[Any] = []
    start = 0
    for j, (pos, eid, entity) in enumerate(placed):
        stop = max(start, pos - j)  # present items before this one; past the end: all that are left
        out_keys += keys[start:stop]
        out_values += values[start:stop]
        out_keys.append(eid)
        out_values.append(entity)
        start = stop
    out_keys += keys[start:]
    out_values += values[start:]
    table.clear()
    table.update(zip(out_keys, out_values, strict=True))


class _Add(_Step):
    __slots__ = ("entities", "kind", "positions")

    def __init__(self, kind: EntityKind, entities: Sequence[Any], positions: Sequence[int] | None) -> None:
        self.kind = kind
        self.entities = list(entities)
        if positions is not None and len(positions) != len(self.entities):
            raise ValueError("one position per added entity")
        self.positions = list(positions) if positions is not None else None

    def __bool__(self) -> bool:
        return bool(self.entities)

    def apply(self, plan: Plan, t: _Tracker) -> None:
        table = self.kind.spec.entities(plan)
        for e in self.entities:
            if e.id in table:
                raise ValueError(f"{self.kind.value} {e.id} is already in the plan")
        if self.positions is None:
            placed = [(len(table) + i, e.id, e) for i, e in enumerate(self.entities)]
        else:
            placed = sorted(
                ((p, e.id, e) for p, e in zip(self.positions, self.entities, strict=True)), key=lambda x: x[0]
            )
        _insert(table, placed)
        for e in self.entities:
            t.presence(self.kind, e.id, False, True)

    def revert(self, plan: Plan, t: _Tracker) -> None:
        table = self.kind.spec.entities(plan)
        for e in self.entities:
            del table[e.id]
            t.presence(self.kind, e.id, True, False)


class _Remove(_Step):
    __slots__ = ("ids", "kind", "removed")

    def __init__(self, kind: EntityKind, ids: Iterable[str]) -> None:
        self.kind = kind
        self.ids = list(dict.fromkeys(ids))
        self.removed: list[tuple[int, str, Any]] = []

    def __bool__(self) -> bool:
        return bool(self.ids)

    def apply(self, plan: Plan, t: _Tracker) -> None:
        table = self.kind.spec.entities(plan)
        wanted = set(self.ids)
        missing = wanted.difference(table)
        if missing:
            raise KeyError(f"{self.kind.value} {sorted(missing)[0]} is not in the plan")
        keys = list(table)
        # Positions found in C (compress over a membership mask): a Python loop over
        # 50,000 powers to remove a few took longer than the rest of the step.
        self.removed = [(p, keys[p], table[keys[p]]) for p in compress(count(), map(wanted.__contains__, keys))]
        for _p, eid, _e in self.removed:
            del table[eid]
            t.presence(self.kind, eid, True, False)

    def revert(self, plan: Plan, t: _Tracker) -> None:
        table = self.kind.spec.entities(plan)
        _insert(table, self.removed)
        for _p, eid, _e in self.removed:
            t.presence(self.kind, eid, False, True)


class ChangeSet:
    """An ordered list of steps over a plan; see the module docstring.

    The builder methods return ``self`` so a change set reads as one
    expression; empty steps are not kept.
    """

    __slots__ = ("steps",)

    def __init__(self) -> None:
        self.steps: list[_Step] = []

    def _keep(self, step: _Step) -> ChangeSet:
        if step:
            self.steps.append(step)
        return self

    # -- building --------------------------------------------------------------------
    def set(self, kind: EntityKind, values: FieldValues) -> ChangeSet:
        """Set fields of entities of ``kind``: ``{id: {field: new value}}``."""
        if kind is EntityKind.PLAN:
            raise ValueError("the plan's settings are set with set_info()")
        return self._keep(_SetFields(kind, values))

    def set_info(self, values: Mapping[str, Any]) -> ChangeSet:
        """Set fields of the plan info (name, town, date …)."""
        return self._keep(_SetInfo(values))

    def add(self, kind: EntityKind, entities: Iterable[Any], positions: Sequence[int] | None = None) -> ChangeSet:
        """Add new entities (with their ids) at the end, or at ``positions`` (their final places)."""
        return self._keep(_Add(kind, list(entities), positions))

    def remove(self, kind: EntityKind, ids: Iterable[str]) -> ChangeSet:
        """Remove entities; revert puts them back where they were."""
        return self._keep(_Remove(kind, ids))

    def extend(self, other: ChangeSet) -> ChangeSet:
        """Append the steps of ``other`` (not yet applied)."""
        self.steps.extend(other.steps)
        return self

    # -- running ---------------------------------------------------------------------------
    def apply(self, plan: Plan) -> Touched:
        t = _Tracker()
        for step in self.steps:
            step.apply(plan, t)
        return t.result()

    def revert(self, plan: Plan) -> Touched:
        t = _Tracker()
        for step in reversed(self.steps):
            step.revert(plan, t)
        return t.result()

    # -- reading -----------------------------------------------------------------------------
    def __bool__(self) -> bool:
        return bool(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def added(self, kind: EntityKind) -> list[Any]:
        """Entities this change set adds of ``kind``."""
        return [e for s in self.steps if isinstance(s, _Add) and s.kind is kind for e in s.entities]

    def removed_ids(self, kind: EntityKind) -> list[str]:
        return [eid for s in self.steps if isinstance(s, _Remove) and s.kind is kind for eid in s.ids]

    def field_values(self, kind: EntityKind) -> dict[str, dict[str, Any]]:
        """New field values this change set sets on entities of ``kind`` (later steps win)."""
        out: dict[str, dict[str, Any]] = {}
        for s in self.steps:
            if isinstance(s, _SetFields) and s.kind is kind:
                for eid, fields in s.new.items():
                    out.setdefault(eid, {}).update(fields)
        return out

    def info_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for s in self.steps:
            if isinstance(s, _SetInfo):
                out.update(s.new)
        return out

    def kinds(self) -> set[EntityKind]:
        return {s.kind for s in self.steps if not isinstance(s, _SetInfo)}  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        parts = []
        for s in self.steps:
            if isinstance(s, _SetFields):
                parts.append(f"set {s.kind.value}×{len(s.new)}")
            elif isinstance(s, _Add):
                parts.append(f"add {s.kind.value}×{len(s.entities)}")
            elif isinstance(s, _Remove):
                parts.append(f"remove {s.kind.value}×{len(s.ids)}")
            else:
                parts.append("set info")
        return f"ChangeSet({', '.join(parts)})"


def changed_fields(plan: Plan, kind: EntityKind, values: FieldValues) -> dict[str, dict[str, Any]]:
    """``values`` without the fields that already hold their value (and without unknown ids).

    The same values for many entities (a bulk assignment) are compared a field
    at a time in C; entities left with the same fields share one dict.
    """
    table = kind.spec.entities(plan)
    mappings = list(values.values())
    if len(mappings) > 1 and len(set(map(id, mappings))) == 1:
        fields = mappings[0]
        ids = list(values)
        entities = list(map(table.get, ids))
        if not any(map(is_, entities, repeat(None))):
            items = list(fields.items())
            differs = [list(map(ne, map(attrgetter(f), entities), repeat(v))) for f, v in items]
            if len(items) == 1:
                # One shared dict on purpose: read-only, and _SetFields then groups them.
                return dict.fromkeys(compress(ids, differs[0]), dict(items))  # noqa: RUF024
            subsets: dict[tuple[bool, ...], dict[str, Any]] = {}
            fast: dict[str, dict[str, Any]] = {}
            for eid, row in zip(ids, zip(*differs, strict=True), strict=True):
                if any(row):
                    sub = subsets.get(row)
                    if sub is None:
                        sub = subsets[row] = {f: v for (f, v), d in zip(items, row, strict=True) if d}
                    fast[eid] = sub
            return fast
    out: dict[str, dict[str, Any]] = {}
    for eid, fields in values.items():
        entity = table.get(eid)
        if entity is None:
            continue
        diff = {f: v for f, v in fields.items() if getattr(entity, f) != v}
        if diff:
            out[eid] = diff
    return out


def set_fields(plan: Plan, kind: EntityKind, values: FieldValues) -> ChangeSet:
    """A change set setting ``values`` where they differ from the plan (empty when nothing does)."""
    if kind is EntityKind.PLAN:
        info = {f: v for f, v in next(iter(values.values()), {}).items() if getattr(plan.info, f) != v}
        return ChangeSet().set_info(info)
    return ChangeSet().set(kind, changed_fields(plan, kind, values))
