"""Comparing two alternative plans, and carrying chosen differences from one into the other.

``compare(a, b)`` matches the entities of the two plans, lists every way they
differ (:class:`Difference`) and lines up their key figures (:class:`FigureRow`).
``adoption_changes(a, b, differences)`` turns chosen differences from B into a
:class:`~reformdesk.domain.changes.ChangeSet` over A (without changing A), so
the GUI can push it as one undo step; ``adopt`` builds and applies it.

Matching:

* ``"id"`` when both plans share ``info.lineage_id`` (one was saved as an
  alternative of the other): entities are the same when their stable ids are.
* ``"key"`` when they were drafted apart: units by name, people by staff id,
  powers by code, bodies by name; a body left over on both sides is paired
  with the body holding most of the same units and individually placed people
  (a strict majority of both sides' members), so a renamed body is a 变更,
  not 删除 + 新增.

Speed: each pair of entities is compared as one tuple of its fields (the
references mapped into B's ids in key matching); only pairs whose tuples
differ are looked at field by field, and only differing values are formatted.

After an edit of A (an adoption, its undo, any edit while the compare window is
open), ``recompare(previous, a, b, touched)`` gives what ``compare(a, b,
figures=False)`` would, at a cost in proportion to what the change set touched:
the touched entities, those whose partner changed, and the entities whose
differences name them (found by C-level scans of the referring fields).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from itertools import compress, repeat
from operator import attrgetter, is_not, ne, not_, or_
from typing import Any

from reformdesk.domain.changes import ChangeSet, Touched
from reformdesk.domain.document_text import LEVEL_LABELS
from reformdesk.domain.model import (
    LEADER_TIERS,
    TIERS_AFTER,
    TIERS_BEFORE,
    Body,
    Person,
    Plan,
    PostCounts,
    Tier,
    cn_date,
    new_id,
)
from reformdesk.domain.registry import BY_ATTR, ENTITY_KINDS, KINDS, EntityKind, FieldSpec, ValueType, referrers
from reformdesk.domain.service_hall import hall_figures, ordered_windows, window_loads
from reformdesk.domain.validation import Problem, Severity, person_label, validate


class Action(StrEnum):
    ADDED = "added"  # only in B
    REMOVED = "removed"  # only in A
    MOVED = "moved"  # a unit or person placed in another body
    CHANGED = "changed"  # any other field

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {Action.ADDED: "新增", Action.REMOVED: "删除", Action.MOVED: "移动", Action.CHANGED: "变更"}

#: ``Difference.field`` of a person's move: their unit and own body placement together.
PLACEMENT = "placement"


@dataclass(frozen=True, slots=True)
class Difference:
    """One way plan B differs from plan A.

    ``a_value``/``b_value`` are what it is in A and in B as Chinese text (empty
    for the missing side of an addition or removal); ``a_id``/``b_id`` are the
    raw entity ids (None for plan settings and for the missing side), kept so
    the difference can be adopted and shown in both plans.  ``field`` is the
    entity attribute that differs (``PLACEMENT`` for a person's move, empty for
    additions and removals).
    """

    kind: EntityKind
    action: Action
    key: str  # natural key: body name, unit name, staff id, power code, plan field
    label: str  # what people read: the entity's name
    a_value: str
    b_value: str
    a_id: str | None
    b_id: str | None
    field: str = ""

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get((self.kind, self.field), "")

    @property
    def ident(self) -> tuple[str, str, str, str]:
        """What identifies the difference across comparisons (not the values)."""
        return (self.kind.value, self.action.value, self.key, self.field)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A key figure of both plans; ``a``/``b`` are None where the row does not exist in that plan."""

    section: str
    label: str
    a: int | None
    b: int | None

    @property
    def diff(self) -> int | None:
        return None if self.a is None or self.b is None else self.b - self.a


@dataclass(slots=True)
class Matching:
    """Which entity of A is which of B: per kind, A id → B id (and back)."""

    mode: str  # "id" or "key"
    a2b: dict[EntityKind, dict[str, str]]
    b2a: dict[EntityKind, dict[str, str]]
    #: Key matching: A's natural keys when it was paired (per kind, A id → key), so an edit
    #: that changes no key, adds and removes nothing, is seen to leave the pairs as they are.
    keys: dict[EntityKind, dict[str, str]] = dataclasses.field(default_factory=dict, compare=False)


@dataclass(slots=True)
class Comparison:
    matching: str  # "id" or "key"
    differences: list[Difference]
    figures: list[FigureRow]
    pairs: Matching
    #: The differences per kind (PLAN first), each in the list's order: what ``recompare`` updates.
    segments: dict[EntityKind, list[Difference]] = dataclasses.field(default_factory=dict)

    @property
    def same(self) -> bool:
        return not self.differences

    @property
    def matching_label(self) -> str:
        return MATCHING_LABELS[self.matching]

    def counts(self) -> Counter[tuple[EntityKind, Action]]:
        return Counter((d.kind, d.action) for d in self.differences)


MATCHING_LABELS = {
    "id": "按标识匹配（方案二为方案一的备选方案）",
    "key": "按自然键匹配（事项编码、原科室名称、工号、机构名称）",
}

# -- what is compared ----------------------------------------------------------
# Everything comes from the registry: the compared fields of each kind (Power.seq
# is not compared: one item inserted in the middle would show every later item
# as changed), which of them are moves and which refer to other entities.
#
# Field order only decides the order of one entity's 变更 rows.  Moves are
# reported after the changes of their entity whatever their place, so a
# person's unit_id/body_id (moves) standing before or after reports_to_id
# does not change the list.


def _specs(kind: EntityKind) -> tuple[FieldSpec, ...]:
    return KINDS[kind].compared_fields


#: (kind, field) → Chinese label of every compared field, and a person's placement.
FIELD_LABELS: dict[tuple[EntityKind, str], str] = {(kind, f.name): f.label for kind in EntityKind for f in _specs(kind)}
FIELD_LABELS[(EntityKind.PERSON, PLACEMENT)] = "所在机构"

_NONE = "（无）"


def _table(plan: Plan, kind: EntityKind) -> dict[str, Any]:
    return KINDS[kind].entities(plan)


def _key_name(kind: EntityKind) -> str:
    """The attribute holding the natural key (unit name, staff id, power code, body name)."""
    (spec,) = KINDS[kind].key_fields
    return spec.name


# -- matching ------------------------------------------------------------------


def match(a: Plan, b: Plan) -> Matching:
    """Pair the entities of ``a`` and ``b`` (see the module docstring)."""
    kinds = ENTITY_KINDS
    if a.info.lineage_id == b.info.lineage_id:
        a2b = {k: _same_ids(_table(a, k), _table(b, k)) for k in kinds}
        # Each id paired with itself is its own inverse: B → A is the same dicts (no copy of a
        # plan's worth of pairs; nothing changes them in place, _rematch edits copies).
        return Matching("id", a2b, dict(a2b))
    a2b = {k: _match_by(_table(a, k), _table(b, k), attrgetter(_key_name(k))) for k in kinds}
    _match_renamed_bodies(a, b, a2b)
    b2a = {k: dict(zip(a2b[k].values(), a2b[k], strict=True)) for k in kinds}
    return Matching("key", a2b, b2a, {k: _keys(_table(a, k), k) for k in kinds})


def _keys(table: dict[str, Any], kind: EntityKind) -> dict[str, str]:
    return dict(zip(table, map(attrgetter(_key_name(kind)), table.values()), strict=True))


def _same_ids(a: dict[str, Any], b: dict[str, Any]) -> dict[str, str]:
    """A id → the same id, for A's entities (in A's order) that B also holds."""
    ids = list(a)
    if len(a) != len(b) or ids != list(b):  # else B holds them all (and in A's order): no lookups
        ids = list(filter(b.__contains__, a))
    return dict(zip(ids, ids, strict=True))


def _match_by(a: dict[str, Any], b: dict[str, Any], key: Callable[[Any], str]) -> dict[str, str]:
    """A id → B id for entities with equal keys; duplicated keys pair up in list order."""
    keys_a = list(map(key, a.values()))
    b_by_key = dict(zip(map(key, b.values()), b, strict=True))
    if len(b_by_key) == len(b) and len(set(keys_a)) == len(keys_a):
        # Every key once on each side (the usual case): pairs found in C, no list per key.
        partners = list(map(b_by_key.get, keys_a))
        return dict(compress(zip(a, partners, strict=True), partners))
    return _match_duplicates(a, b, key)


def _match_duplicates(a: dict[str, Any], b: dict[str, Any], key: Callable[[Any], str]) -> dict[str, str]:
    b_by_key: dict[str, list[str]] = {}
    for bid, ent in b.items():
        b_by_key.setdefault(key(ent), []).append(bid)
    out: dict[str, str] = {}
    for aid, ent in a.items():
        ids = b_by_key.get(key(ent))
        if ids:
            out[aid] = ids.pop(0) if len(ids) > 1 else ids.pop()
    return out


def _match_renamed_bodies(a: Plan, b: Plan, a2b: dict[EntityKind, dict[str, str]]) -> None:
    """Pair leftover bodies whose members (units, individually placed people) mostly coincide."""
    bodies = a2b[EntityKind.BODY]
    left_a = [i for i in a.bodies if i not in bodies]
    taken = set(bodies.values())
    left_b = [i for i in b.bodies if i not in taken]
    if not left_a or not left_b:
        return
    units, people = a2b[EntityKind.UNIT], a2b[EntityKind.PERSON]

    def members(plan: Plan, wanted: list[str], umap: dict[str, str] | None, pmap: dict[str, str] | None):
        out: dict[str, set[tuple[str, str]]] = {i: set() for i in wanted}
        for u in plan.units.values():
            if u.body_id in out:
                uid = u.id if umap is None else umap.get(u.id)
                if uid is not None:
                    out[u.body_id].add(("u", uid))
        for p in plan.people.values():
            if p.body_id in out:
                pid = p.id if pmap is None else pmap.get(p.id)
                if pid is not None:
                    out[p.body_id].add(("p", pid))
        return out

    ma = members(a, left_a, units, people)
    mb = members(b, left_b, None, None)
    candidates = []
    for i, aid in enumerate(left_a):
        for j, bid in enumerate(left_b):
            common = len(ma[aid] & mb[bid])
            if common and 2 * common > max(len(ma[aid]), len(mb[bid])):
                candidates.append((-common, i, j, aid, bid))
    candidates.sort()
    used_a: set[str] = set()
    used_b: set[str] = set()
    for _neg, _i, _j, aid, bid in candidates:
        if aid not in used_a and bid not in used_b:
            bodies[aid] = bid
            used_a.add(aid)
            used_b.add(bid)


# -- comparing -----------------------------------------------------------------


def compare(a: Plan, b: Plan, *, figures: bool = True) -> Comparison:
    """Every difference from ``a`` to ``b``, in a stable order, and (unless
    ``figures=False``) their key figures side by side."""
    m = match(a, b)
    segments = {EntityKind.PLAN: _compare_info(a, b)}
    for kind in ENTITY_KINDS:
        segments[kind] = _compare_kind(a, b, kind, m)
    rows = key_figures(a, b, m) if figures else []
    return Comparison(m.mode, _joined(segments), rows, m, segments)


def _joined(segments: dict[EntityKind, list[Difference]]) -> list[Difference]:
    out = list(segments.get(EntityKind.PLAN, ()))
    for kind in ENTITY_KINDS:
        out += segments.get(kind, ())
    return out


def recompare(previous: Comparison, a: Plan, b: Plan, touched: Touched) -> Comparison:
    """The comparison of ``a`` and ``b`` after ``touched`` changed A (B as it was for ``previous``).

    The same differences and matching as ``compare(a, b, figures=False)``, in the same
    order, worked out for what can have changed: the touched entities, those whose
    partner in B changed (key matching pairs by natural key), and the entities whose
    differences name one of those (a power names its receiving body; a person's
    placement names their unit's body).  ``figures`` are ``previous``'s: recompute them
    with :func:`key_figures` when they are wanted (they validate both plans).
    """
    if not previous.segments:  # built by hand, not by compare(): nothing to update from
        return dataclasses.replace(compare(a, b, figures=False), figures=previous.figures)
    old = previous.pairs
    ids = touched.ids()
    m, repaired_a, repaired_b = _rematch(old, a, b, ids)

    # What must be compared again: the touched, the re-paired, and those naming them.
    seeds = {kind: ids.get(kind, set()) | repaired_a.get(kind, set()) for kind in ENTITY_KINDS}
    again = {kind: set(seed) for kind, seed in seeds.items()}
    units_named: set[str] = set()
    for kind, seed in seeds.items():
        if not seed:
            continue
        for other, spec in referrers(kind):
            table = _table(a, other)
            found = set(compress(table, map(seed.__contains__, map(attrgetter(spec.name), table.values()))))
            again[other] |= found
            if other is EntityKind.UNIT:
                units_named |= found
    if units_named:
        # A person's placement text names the body of their unit (two steps away).
        people = a.people
        again[EntityKind.PERSON] |= set(
            compress(people, map(units_named.__contains__, map(attrgetter("unit_id"), people.values())))
        )

    segments = dict(previous.segments)
    if touched.info:
        segments[EntityKind.PLAN] = _compare_info(a, b)
    for kind in ENTITY_KINDS:
        redo_a, redo_b = again[kind], repaired_b.get(kind, set())
        if redo_a or redo_b:
            segments[kind] = _resegment(a, b, kind, m, previous.segments.get(kind, []), redo_a, redo_b)
    return Comparison(m.mode, _joined(segments), previous.figures, m, segments)


def _rematch(
    old: Matching, a: Plan, b: Plan, ids: dict[EntityKind, set[str]]
) -> tuple[Matching, dict[EntityKind, set[str]], dict[EntityKind, set[str]]]:
    """The matching after A's entities ``ids`` changed, and the A and B ids whose partner changed."""
    a2b = dict(old.a2b)
    b2a = dict(old.b2a)
    repaired_a: dict[EntityKind, set[str]] = defaultdict(set)
    repaired_b: dict[EntityKind, set[str]] = defaultdict(set)
    if old.mode == "id":
        for kind, changed in ids.items():
            if kind not in a2b:
                continue
            ta, tb = _table(a, kind), _table(b, kind)
            # Copied only when a pair comes or goes: most edits change fields, and a kind's
            # matching left as it was stays the same object (so nothing else need check it).
            pairs_now = a2b[kind]
            forward = back = None
            for eid in changed:
                now, was = eid in ta and eid in tb, eid in pairs_now
                if now == was:
                    continue
                if forward is None or back is None:
                    forward, back = dict(a2b[kind]), dict(b2a[kind])
                if now:
                    forward[eid] = back[eid] = eid
                else:
                    del forward[eid], back[eid]
                repaired_a[kind].add(eid)
                repaired_b[kind].add(eid)
            if forward is not None and back is not None:
                a2b[kind], b2a[kind] = forward, back
        return Matching("id", a2b, b2a), repaired_a, repaired_b
    # Key matching: pairs by natural key (duplicates in list order) and renamed bodies by
    # their members, so the touched kinds are paired again whole (a C-speed dict build each).
    keys = dict(old.keys)
    kinds = {kind for kind, changed in ids.items() if kind in a2b and not _same_keys(a, kind, changed, old)}
    if ids.keys() & {EntityKind.BODY, EntityKind.UNIT, EntityKind.PERSON}:
        # A renamed body is recognised by its units and people: any move can pair it anew.
        kinds.add(EntityKind.BODY)
    for kind in kinds:
        table = _table(a, kind)
        a2b[kind] = _match_by(table, _table(b, kind), attrgetter(_key_name(kind)))
        keys[kind] = _keys(table, kind)
    if EntityKind.BODY in kinds:
        _match_renamed_bodies(a, b, a2b)
    for kind in kinds:
        b2a[kind] = dict(zip(a2b[kind].values(), a2b[kind], strict=True))
        repaired_a[kind] = {i for i, _ in old.a2b[kind].items() ^ a2b[kind].items()}
        repaired_b[kind] = {i for i, _ in old.b2a[kind].items() ^ b2a[kind].items()}
    return Matching("key", a2b, b2a, keys), repaired_a, repaired_b


def _same_keys(a: Plan, kind: EntityKind, changed: set[str], old: Matching) -> bool:
    """True when the entities ``changed`` are all still in A with the keys they were paired by."""
    before = old.keys.get(kind)
    if before is None:
        return False
    table, name = _table(a, kind), _key_name(kind)
    return all(eid in table and eid in before and getattr(table[eid], name) == before[eid] for eid in changed)


def _resegment(
    a: Plan,
    b: Plan,
    kind: EntityKind,
    m: Matching,
    old: list[Difference],
    redo_a: set[str],
    redo_b: set[str],
) -> list[Difference]:
    """``kind``'s differences with those of A's ``redo_a`` and B's ``redo_b`` worked out again."""
    table_a, table_b = _table(a, kind), _table(b, kind)
    fresh = _compare_kind(a, b, kind, m, [i for i in redo_a if i in table_a], [i for i in redo_b if i in table_b])
    own: dict[str, list[Difference]] = defaultdict(list)  # A id -> its differences, in order
    added: dict[str, Difference] = {}  # B id -> its 新增
    for d in old:
        if d.action is Action.ADDED:
            if d.b_id not in redo_b:
                added[d.b_id] = d  # type: ignore[index]
        elif d.a_id not in redo_a:
            own[d.a_id].append(d)  # type: ignore[index]
    for d in fresh:
        if d.action is Action.ADDED:
            added[d.b_id] = d  # type: ignore[index]
        else:
            own[d.a_id].append(d)  # type: ignore[index]
    # In A's order, then the additions in B's order (as compare() lists them).
    out = [d for aid in compress(table_a, map(own.__contains__, table_a)) for d in own[aid]]
    out += map(added.__getitem__, compress(table_b, map(added.__contains__, table_b)))
    return out


def _compare_info(a: Plan, b: Plan) -> list[Difference]:
    out = []
    for spec in _specs(EntityKind.PLAN):
        name, label = spec.name, spec.label
        va, vb = getattr(a.info, name), getattr(b.info, name)
        if va != vb:
            out.append(Difference(EntityKind.PLAN, Action.CHANGED, name, label, _text(va), _text(vb), None, None, name))
    return out


class _Names:
    """Formats referenced entities of one plan as text, on demand."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def ref(self, kind: EntityKind, ref: str | None) -> str:
        if ref is None:
            return _NONE
        ent = _table(self.plan, kind).get(ref)
        if ent is None:
            return "（无效引用）"
        return _short_label(kind, ent)


def _short_label(kind: EntityKind, ent: Any) -> str:
    if kind is EntityKind.POWER:
        return f"{ent.code} {ent.name}"
    if kind is EntityKind.SECTION:
        return ent.display_title()  # type: ignore[no-any-return]
    if kind is EntityKind.WINDOW:
        return f"{ent.label}（{ent.name}）" if ent.name else ent.label  # type: ignore[no-any-return]
    return getattr(ent, KINDS[kind].title)  # type: ignore[no-any-return]


def _label(kind: EntityKind, ent: Any) -> str:
    if kind is EntityKind.PERSON:
        return person_label(ent.name, ent.staff_id)
    return _short_label(kind, ent)


def _key(kind: EntityKind, ent: Any) -> str:
    return getattr(ent, _key_name(kind))  # type: ignore[no-any-return]


def _text(value: object) -> str:
    """A field value as people read it."""
    if value is None or value == "":
        return _NONE
    if isinstance(value, Enum):
        return value.label  # type: ignore[attr-defined]
    if isinstance(value, dt.date):
        return cn_date(value)
    if isinstance(value, list):
        return "、".join(value) if value else _NONE
    if isinstance(value, PostCounts):
        return str(value) or _NONE
    return str(value)


def _compare_kind(
    a: Plan,
    b: Plan,
    kind: EntityKind,
    m: Matching,
    only_a: Sequence[str] | None = None,
    only_b: Sequence[str] | None = None,
) -> list[Difference]:
    """``kind``'s differences: of every entity, or only of A's ``only_a`` and B's ``only_b``."""
    specs = [(f.name, f.ref) for f in _specs(kind)]
    get = attrgetter(*(name for name, _ in specs))
    refs = [(i, rk) for i, (_, rk) in enumerate(specs) if rk is not None]
    table_a, table_b = _table(a, kind), _table(b, kind)
    a2b = m.a2b[kind]
    maps = m.a2b
    out: list[Difference] = []
    na, nb = _Names(a), _Names(b)
    moves = KINDS[kind].move_fields

    if only_a is not None:
        entities_a: Iterable[tuple[str, Any]] = [(i, table_a[i]) for i in only_a]
    elif m.mode == "id":
        entities_a = _unequal_by_id(table_a, table_b, a2b, get)
    else:
        entities_a = table_a.items()
    for aid, ea in entities_a:
        bid = a2b.get(aid)
        if bid is None:
            out.append(
                Difference(
                    kind, Action.REMOVED, _key(kind, ea), _label(kind, ea), _describe(kind, ea, a), "", aid, None
                )
            )
            continue
        eb = table_b[bid]
        ta = get(ea)
        tb = get(eb)
        if m.mode == "key":
            # References are compared in B's id space; an A reference with no
            # counterpart becomes a tuple, which never equals a B id.
            ta = list(ta)
            for i, rk in refs:
                v = ta[i]
                if v is not None:
                    ta[i] = maps[rk].get(v, ("a", v))  # type: ignore[call-overload]
            tb = list(tb)
        if ta == tb:
            continue
        key, label = _key(kind, ea), _label(kind, ea)
        moved = False
        own_moves: list[tuple[str, EntityKind]] = []
        for i, (name, rk) in enumerate(specs):
            if ta[i] == tb[i]:
                continue
            if name in moves:
                if name in _PLACEMENT_FIELDS.get(kind, ()):
                    moved = True
                else:
                    assert rk is not None
                    own_moves.append((name, rk))
                continue
            if rk is None:
                va, vb = _text(ta[i]), _text(tb[i])
            else:
                va, vb = na.ref(rk, getattr(ea, name)), nb.ref(rk, getattr(eb, name))
            out.append(Difference(kind, Action.CHANGED, key, label, va, vb, aid, bid, name))
        if moved:
            if kind is EntityKind.UNIT:
                va, vb = na.ref(EntityKind.BODY, ea.body_id), nb.ref(EntityKind.BODY, eb.body_id)
                fname = "body_id"
            else:
                va, vb = _placement(a, ea), _placement(b, eb)
                fname = PLACEMENT
            out.append(Difference(kind, Action.MOVED, key, label, va, vb, aid, bid, fname))
        for name, rk in own_moves:
            # Into another window (a service item, a front-desk staff member): 移动 of that field.
            va, vb = na.ref(rk, getattr(ea, name)), nb.ref(rk, getattr(eb, name))
            out.append(Difference(kind, Action.MOVED, key, label, va, vb, aid, bid, name))

    b2a = m.b2a[kind]
    entities_b = table_b.items() if only_b is None else [(i, table_b[i]) for i in only_b]
    for bid, eb in entities_b:
        if bid not in b2a:
            out.append(
                Difference(kind, Action.ADDED, _key(kind, eb), _label(kind, eb), "", _describe(kind, eb, b), None, bid)
            )
    return out


def _unequal_by_id(
    table_a: dict[str, Any], table_b: dict[str, Any], a2b: dict[str, str], get: Callable[[Any], tuple[Any, ...]]
) -> list[tuple[str, Any]]:
    """A's entities that have no partner or whose compared fields differ from it, in A's order.

    Id matching compares references as they are, so the pairs that are the same,
    nearly all of them, are told apart in C (one tuple comparison per pair) and
    only the rest go through :func:`_compare_kind`'s loop.
    """
    ids = list(table_a)
    entities = list(table_a.values())
    positions = range(len(ids))
    if len(a2b) == len(ids) == len(table_b) and ids == list(table_b):
        # The same entities in the same order (an alternative, edited in place): pairs by
        # position, with no lookup by id into tables far larger than the processor's caches.
        return [
            (ids[i], entities[i]) for i in compress(positions, map(ne, map(get, entities), map(get, table_b.values())))
        ]
    partners = list(map(a2b.get, ids))
    paired = list(map(is_not, partners, repeat(None)))
    others = map(table_b.__getitem__, compress(partners, paired))
    unequal = map(ne, map(get, compress(entities, paired)), map(get, others))
    look = list(compress(compress(positions, paired), unequal))
    removed = list(compress(positions, map(not_, paired)))
    if removed:
        look = sorted(look + removed)
    return [(ids[i], entities[i]) for i in look]


#: Move fields reported together as one placement (a unit's body; a person's unit and body).
_PLACEMENT_FIELDS: dict[EntityKind, tuple[str, ...]] = {
    EntityKind.UNIT: ("body_id",),
    EntityKind.PERSON: ("unit_id", "body_id"),
}


def _placement(plan: Plan, person: Person) -> str:
    body_id = plan.body_of(person)
    body = plan.bodies.get(body_id) if body_id else None
    unit = plan.units.get(person.unit_id) if person.unit_id else None
    text = body.name if body else "未安排职能机构"
    return f"{text}（原科室：{unit.name}）" if unit else text


def _describe(kind: EntityKind, ent: Any, plan: Plan) -> str:
    """An added or removed entity, in one line."""
    if kind is EntityKind.BODY:
        return f"{ent.name}（编制数{ent.authorized_posts}，领导职数{ent.leadership_posts}）"
    if kind is EntityKind.UNIT:
        body = plan.bodies.get(ent.body_id) if ent.body_id else None
        return f"{ent.name}（并入{body.name}）" if body else f"{ent.name}（未并入）"
    if kind is EntityKind.PERSON:
        details = [ent.staff_id, ent.tier_after.label, _placement(plan, ent)]
        return f"{ent.name}（{'，'.join(d for d in details if d)}）"  # no leading "，" without 工号
    if kind is EntityKind.SECTION:
        return f"{ent.display_title()}（{LEVEL_LABELS.get(ent.level, ent.level)}）"
    if kind is EntityKind.WINDOW:
        body = plan.bodies.get(ent.body_id) if ent.body_id else None
        return f"{_short_label(kind, ent)}（{body.name if body else '未确定所属职能机构'}）"
    if kind is EntityKind.SERVICE_ITEM:
        window = plan.windows.get(ent.window_id) if ent.window_id else None
        return f"{ent.name}（{ent.source.label}，{window.label if window else '未进入窗口'}）"
    body = plan.bodies.get(ent.body_id) if ent.body_id else None
    return f"{ent.code} {ent.name}（{body.name if body else '未确定承接机构'}）"


# -- key figures ---------------------------------------------------------------


@dataclass(slots=True)
class _Figures:
    tiers_before: Counter[Tier]
    tiers_after: Counter[Tier]
    members: dict[str, int]  # body id → people working there
    leaders: dict[str, int]  # body id → leaders (as validation counts them)
    powers: Counter[str | None]  # body id → powers received
    deputy_bodies: dict[str, list[str]]  # person id → bodies they lead
    unassigned: int
    problems: Counter[Severity]


def _figures(plan: Plan, problems: Sequence[Problem] | None = None) -> _Figures:
    people = plan.people
    by_body = plan.people_by_body()
    members: dict[str, int] = {}
    leaders: dict[str, int] = {}
    deputy_bodies: dict[str, list[str]] = defaultdict(list)
    for body in plan.bodies.values():
        group = by_body.get(body.id, [])
        members[body.id] = len(group)
        lead = {p.id for p in group if p.tier_after in LEADER_TIERS or p.tier_after is Tier.SECTION_CHIEF}
        if body.deputy_id in people:
            lead.add(body.deputy_id)  # type: ignore[arg-type]
            deputy_bodies[body.deputy_id].append(body.id)  # type: ignore[index]
        leaders[body.id] = len(lead)
    bodies = plan.bodies
    powers = Counter(w.body_id if w.body_id in bodies else None for w in plan.powers.values())
    return _Figures(
        tiers_before=Counter(p.tier_before for p in people.values()),
        tiers_after=Counter(p.tier_after for p in people.values()),
        members=members,
        leaders=leaders,
        powers=powers,
        deputy_bodies=dict(deputy_bodies),
        unassigned=powers.get(None, 0),
        problems=Counter(p.severity for p in (validate(plan) if problems is None else problems)),
    )


def key_figures(
    a: Plan,
    b: Plan,
    m: Matching | None = None,
    *,
    problems_a: Sequence[Problem] | None = None,
    problems_b: Sequence[Problem] | None = None,
) -> list[FigureRow]:
    """The key figures of both plans, aligned through the matching.

    ``problems_a``/``problems_b``: the plans' ``validate()`` results when the caller has
    them already (the window keeps one per edit), so neither plan is validated again.
    """
    m = m or match(a, b)
    fa, fb = _figures(a, problems_a), _figures(b, problems_b)
    rows: list[FigureRow] = []
    sec = "改革前人员层级"
    rows += [FigureRow(sec, t.label, fa.tiers_before.get(t, 0), fb.tiers_before.get(t, 0)) for t in TIERS_BEFORE]
    sec = "改革后人员层级"
    extra = [t for t in Tier if t not in TIERS_AFTER and (fa.tiers_after.get(t) or fb.tiers_after.get(t))]
    rows += [
        FigureRow(sec, t.label, fa.tiers_after.get(t, 0), fb.tiers_after.get(t, 0)) for t in (*TIERS_AFTER, *extra)
    ]

    # Bodies: A's in A's order, then those only in B.
    bmap = m.a2b[EntityKind.BODY]
    pairs: list[tuple[str | None, str | None]] = [(i, bmap.get(i)) for i in a.bodies]
    pairs += [(None, j) for j in b.bodies if j not in m.b2a[EntityKind.BODY]]
    for aid, bid in pairs:
        ba, bb = a.bodies.get(aid) if aid else None, b.bodies.get(bid) if bid else None
        name = _pair_name(ba, bb)
        sec = f"职能机构：{name}"

        va = _body_figures(fa, ba) if ba else (None,) * 5
        vb = _body_figures(fb, bb) if bb else (None,) * 5
        rows += [FigureRow(sec, label, x, y) for label, x, y in zip(_BODY_FIGURES, va, vb, strict=True)]

    # Deputies in charge: their span, in A's order then B's.
    pmap = m.a2b[EntityKind.PERSON]
    deputies: list[tuple[str | None, str | None]] = [(i, pmap.get(i)) for i in fa.deputy_bodies]
    seen_b = {j for _, j in deputies if j}
    deputies += [(m.b2a[EntityKind.PERSON].get(j), j) for j in fb.deputy_bodies if j not in seen_b]
    for aid, bid in deputies:
        pa, pb = a.people.get(aid) if aid else None, b.people.get(bid) if bid else None
        sec = f"分管副职：{_pair_name(pa, pb)}"
        span_a = fa.deputy_bodies.get(aid or "", [])
        span_b = fb.deputy_bodies.get(bid or "", [])
        rows.append(FigureRow(sec, "分管机构数", len(span_a), len(span_b)))
        rows.append(FigureRow(sec, "分管人数", sum(fa.members[i] for i in span_a), sum(fb.members[i] for i in span_b)))
    sec = "权力事项"
    rows.append(FigureRow(sec, "事项总数", len(a.powers), len(b.powers)))
    rows.append(FigureRow(sec, "未确定承接机构", fa.unassigned, fb.unassigned))
    if a.windows or b.windows or a.service_items or b.service_items:
        ha, hb = hall_figures(a), hall_figures(b)
        sec = "便民服务"
        rows += [
            FigureRow(sec, "窗口数", ha.windows, hb.windows),
            FigureRow(sec, "已配备人员窗口", ha.staffed, hb.staffed),
            FigureRow(sec, "审批服务事项", ha.items, hb.items),
            FigureRow(sec, "进入窗口事项", ha.in_windows, hb.in_windows),
            FigureRow(sec, "大厅办结事项（进驻）", ha.in_hall, hb.in_hall),
            FigureRow(sec, "年办件量", ha.volume, hb.volume),
        ]
        wmap = m.a2b[EntityKind.WINDOW]
        la, lb = window_loads(a), window_loads(b)
        wpairs: list[tuple[str | None, str | None]] = [(w.id, wmap.get(w.id)) for w in ordered_windows(a)]
        wpairs += [(None, w.id) for w in ordered_windows(b) if w.id not in m.b2a[EntityKind.WINDOW]]
        for aid, bid in wpairs:
            wa, wb = a.windows.get(aid or ""), b.windows.get(bid or "")
            sec = f"窗口：{(wa or wb).label}"  # type: ignore[union-attr]
            rows.append(FigureRow(sec, "事项数", la[aid].items if aid else None, lb[bid].items if bid else None))
            rows.append(FigureRow(sec, "年办件量", la[aid].volume if aid else None, lb[bid].volume if bid else None))
    sec = "待解决问题"
    rows += [FigureRow(sec, s.label, fa.problems.get(s, 0), fb.problems.get(s, 0)) for s in Severity]
    return rows


_BODY_FIGURES = ("在岗人数", "编制数", "领导人数", "领导职数", "承接事项")


def _body_figures(f: _Figures, body: Body) -> tuple[int, ...]:
    return (
        f.members[body.id],
        body.authorized_posts,
        f.leaders[body.id],
        body.leadership_posts,
        f.powers.get(body.id, 0),
    )


def _pair_name(ea: Any, eb: Any) -> str:
    if ea is not None and eb is not None and ea.name != eb.name:
        return f"{ea.name}／{eb.name}"
    return (ea or eb).name


# -- adopting ------------------------------------------------------------------
# Adoption is a change set over A: nothing is changed while it is worked out.
# The recorder keeps the values set so far (later decisions, such as emptying
# references to a removed entity, see them) and the entities to add.


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


class _Recorder:
    def __init__(self, a: Plan) -> None:
        self.a = a
        self.sets: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)  # table -> id -> field -> value
        self.info: dict[str, Any] = {}
        self.added: dict[str, list[Any]] = defaultdict(list)
        self.added_ids: set[int] = set()
        self.removed: dict[str, list[str]] = defaultdict(list)

    def get(self, table: str, ent: Any, name: str) -> Any:
        pending = self.sets.get(table, {}).get(ent.id)
        return pending[name] if pending is not None and name in pending else getattr(ent, name)

    def set(self, table: str, ent: Any, name: str, value: Any) -> None:
        if id(ent) in self.added_ids:  # not in A yet: set on the new object itself
            setattr(ent, name, _copy(value))
            return
        if self.get(table, ent, name) == value:
            return
        self.sets[table].setdefault(ent.id, {})[name] = _copy(value)

    def add(self, table: str, ent: Any) -> None:
        self.added[table].append(ent)
        self.added_ids.add(id(ent))

    def entities(self, table: str) -> list[Any]:
        """A's entities of ``table`` as they will be: present ones and those being added."""
        return [*getattr(self.a, table).values(), *self.added[table]]

    def remove(self, table: str, eid: str) -> None:
        self.removed[table].append(eid)

    def changeset(self) -> ChangeSet:
        out = ChangeSet().set_info(self.info)
        for table, ents in self.added.items():
            out.add(BY_ATTR[table], ents)
        for table, values in self.sets.items():
            out.set(BY_ATTR[table], values)
        for table, ids in self.removed.items():
            out.remove(BY_ATTR[table], ids)
        return out


def adopt(a: Plan, b: Plan, differences: Sequence[Difference], comparison: Comparison | None = None) -> ChangeSet:
    """Apply ``differences`` from B into A; returns the applied change set (``revert`` undoes it)."""
    changes = adoption_changes(a, b, differences, comparison)
    changes.apply(a)
    return changes


def adoption_changes(
    a: Plan, b: Plan, differences: Sequence[Difference], comparison: Comparison | None = None
) -> ChangeSet:
    """The change set carrying ``differences`` (from ``compare(a, b)``) from B into A; A is not changed.

    Added entities keep B's id (a fresh id only if A already uses it);
    references are mapped into A through the matching.  A reference to an
    entity of B that A does not have (and that is not added in the same step)
    becomes empty, so that difference stays visible until its target is
    adopted too.  Removing an entity empties A's references to it.  Raises
    ValueError when a difference no longer applies to A.
    """
    m = comparison.pairs if comparison is not None else match(a, b)
    rec = _Recorder(a)

    # Ids for the entities to add, first, so added entities can refer to each other.
    added: dict[EntityKind, dict[str, str]] = defaultdict(dict)
    for d in differences:
        if d.action is Action.ADDED:
            if d.b_id not in _table(b, d.kind):
                raise ValueError(f"difference no longer applies: {d}")
            aid = d.b_id if d.b_id not in _table(a, d.kind) else new_id()
            added[d.kind][d.b_id] = aid  # type: ignore[index]

    def to_a(kind: EntityKind, ref: str | None) -> str | None:
        if ref is None:
            return None
        return m.b2a[kind].get(ref) or added[kind].get(ref)

    specs = {k: {f.name: f.ref for f in _specs(k)} for k in EntityKind}
    # Added entities go to the end of A's list (per kind with an ORDER field).
    next_seq = {
        k: max(map(attrgetter("seq"), _table(a, k).values()), default=0) + 1
        for k in ENTITY_KINDS
        if any(f.type is ValueType.ORDER for f in KINDS[k].fields)
    }
    removals: dict[EntityKind, set[str]] = defaultdict(set)

    for kind in ENTITY_KINDS:
        table = KINDS[kind].attr
        assert table is not None
        for bid, aid in added[kind].items():
            src = _table(b, kind)[bid]
            changes: dict[str, Any] = {"id": aid}
            for f in KINDS[kind].fields:
                if f.ref is not None:
                    changes[f.name] = to_a(f.ref, getattr(src, f.name))
                elif f.type is ValueType.TEXT_LIST:
                    changes[f.name] = list(getattr(src, f.name))  # A gets its own list
                elif f.type is ValueType.ORDER:
                    changes[f.name] = next_seq[kind]
                    next_seq[kind] += 1
            rec.add(table, dataclasses.replace(src, **changes))

    for d in differences:
        if d.action is Action.ADDED:
            continue
        if d.kind is EntityKind.PLAN:
            new = getattr(b.info, d.field)
            old = getattr(a.info, d.field)
            if old != new:
                rec.info[d.field] = _copy(new)
            continue
        ta = _table(a, d.kind)
        if d.a_id not in ta:
            raise ValueError(f"difference no longer applies: {d}")
        if d.action is Action.REMOVED:
            removals[d.kind].add(d.a_id)  # type: ignore[arg-type]
            continue
        tb = _table(b, d.kind)
        if d.b_id not in tb:
            raise ValueError(f"difference no longer applies: {d}")
        ea, eb = ta[d.a_id], tb[d.b_id]
        names = ("unit_id", "body_id") if d.field == PLACEMENT else (d.field,)
        for name in names:
            rk = specs[d.kind][name]
            value = getattr(eb, name) if rk is None else to_a(rk, getattr(eb, name))
            rec.set(KINDS[d.kind].attr, ea, name, value)  # type: ignore[arg-type]

    # Removals last: empty every reference to a removed entity, then drop it.
    for kind, ids in removals.items():
        for other, spec in referrers(kind):
            table = KINDS[other].attr
            assert table is not None
            name = spec.name
            ents = rec.entities(table)
            # Candidates found in C (a membership mask over the field's values),
            # so the Python loop runs only for the few that refer to a removed
            # entity or have a pending value for the field.
            mask = map(ids.__contains__, map(attrgetter(name), ents))
            pending = {eid for eid, values in rec.sets.get(table, {}).items() if name in values}
            if pending:
                mask = map(or_, mask, map(pending.__contains__, map(attrgetter("id"), ents)))
            for ent in compress(ents, mask):
                if rec.get(table, ent, name) in ids and ent.id not in ids:
                    rec.set(table, ent, name, None)
        for eid in ids:
            rec.remove(KINDS[kind].attr, eid)  # type: ignore[arg-type]
    return rec.changeset()


__all__ = [
    "PLACEMENT",
    "Action",
    "Comparison",
    "Difference",
    "EntityKind",
    "FigureRow",
    "Matching",
    "adopt",
    "adoption_changes",
    "compare",
    "key_figures",
    "match",
    "recompare",
]
