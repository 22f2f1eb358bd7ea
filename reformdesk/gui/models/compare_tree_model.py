"""The structures of two compared plans, aligned row by row, as one tree model.

Rows are *pairs*: the same body, unit or person of plan A and plan B sits on
one row (bodies → units → people, and people placed individually directly
under their body).  Where only one plan has an entity on that spot, the other
side is an empty placeholder: an addition or removal, or one half of a move
(a moved unit or person appears twice, where it was in A and where it is in B).

One model serves both trees of the compare window: columns 0–2 are plan A
(名称, 差异, 说明) and 3–5 plan B.  Each view hides the other side's columns,
so both trees have the same rows and can share one selection model and be
scrolled together.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from reformdesk.domain.changes import Touched
from reformdesk.domain.comparison import Action, Comparison, Difference, Matching
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind, difference_field
from reformdesk.gui.models.labels import action_label, field_label, join_list, tier_label
from reformdesk.gui.models.tree_rows import rows_by_depth

Index = QModelIndex | QPersistentModelIndex

SIDE_A, SIDE_B = 0, 1
#: Columns of one side, and how many there are.
COL_NAME, COL_MARK, COL_DETAIL = 0, 1, 2
SIDE_COLUMNS = 3

#: Background per action; the 差异 column always says it in words too.
ACTION_COLOURS: dict[Action, QColor] = {
    Action.ADDED: QColor("#d4f2d4"),
    Action.REMOVED: QColor("#f8d3d3"),
    Action.MOVED: QColor("#d3e2fa"),
    Action.CHANGED: QColor("#fbe6bd"),
}
PLACEHOLDER_COLOUR = QColor("#f2f2f2")
PLACEHOLDER_TEXT = QColor("#808080")
# Which colour wins when an entity both moved and changed.
_PRIORITY = (Action.ADDED, Action.REMOVED, Action.MOVED, Action.CHANGED)

#: The kinds the tree shows as rows: an edit of any other kind leaves the rows as they are.
ROW_KINDS = frozenset({EntityKind.BODY, EntityKind.UNIT, EntityKind.PERSON})

#: Custom roles.
NodeRole = Qt.ItemDataRole.UserRole + 1  # the AlignedNode of a row
GROUP = "group"  # node kind of the "not placed" group (units and people in no body)


@dataclass(slots=True, eq=False)
class AlignedNode:
    """One aligned row: an entity of A, of B, or the same entity of both."""

    kind: EntityKind | str | None  # EntityKind.BODY/UNIT/PERSON, GROUP, or None for the root
    a_id: str | None
    b_id: str | None
    parent: AlignedNode | None = None
    row: int = 0
    children: list[AlignedNode] = field(default_factory=list)
    #: Per side: the actions shown ("" side empty = placeholder).
    marks: tuple[frozenset[Action], frozenset[Action]] = (frozenset(), frozenset())
    #: Per side, for a placeholder that is half of a move: where the entity is in that plan.
    moved_to: tuple[str, str] = ("", "")
    #: Per side: rows below this one that show a difference (so a collapsed body still says so).
    inner: tuple[int, int] = (0, 0)

    def side_id(self, side: int) -> str | None:
        return self.a_id if side == SIDE_A else self.b_id

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        """What identifies the row across recomputations (to keep rows expanded)."""
        return (str(self.kind), self.a_id, self.b_id)


_Key = tuple[Any, str | None]  # (EntityKind or GROUP/"root", id)
_ROOT: _Key = ("root", None)
_GROUP: _Key = (GROUP, None)


def _side_children(plan: Plan) -> dict[_Key, list[_Key]]:
    """Each parent's children in one plan: root → bodies (+ group), body → units then
    individually placed people, unit → its people, group → unplaced units and people."""
    out: dict[_Key, list[_Key]] = defaultdict(list)
    bodies, units = plan.bodies, plan.units
    out[_ROOT] = [(EntityKind.BODY, i) for i in bodies]

    def body_key(body_id: str | None) -> _Key:
        return (EntityKind.BODY, body_id) if body_id in bodies else _GROUP

    for unit in units.values():
        out[body_key(unit.body_id)].append((EntityKind.UNIT, unit.id))
    for person in plan.people.values():
        unit = units.get(person.unit_id) if person.unit_id else None
        if unit is not None and person.body_id in (None, unit.body_id):
            out[(EntityKind.UNIT, unit.id)].append((EntityKind.PERSON, person.id))
        else:
            out[body_key(plan.body_of(person))].append((EntityKind.PERSON, person.id))
    return out


def _parent_key(plan: Plan, kind: EntityKind, eid: str) -> _Key | None:
    """The parent ``_side_children`` puts an entity under (None: not in ``plan``)."""
    bodies, units = plan.bodies, plan.units

    def body_key(body_id: str | None) -> _Key:
        return (EntityKind.BODY, body_id) if body_id in bodies else _GROUP

    if kind is EntityKind.BODY:
        return _ROOT if eid in bodies else None
    if kind is EntityKind.UNIT:
        unit = units.get(eid)
        return body_key(unit.body_id) if unit is not None else None
    person = plan.people.get(eid)
    if person is None:
        return None
    unit = units.get(person.unit_id) if person.unit_id else None
    if unit is not None and person.body_id in (None, unit.body_id):
        return (EntityKind.UNIT, unit.id)
    return body_key(plan.body_of(person))


def _parents_of(children: dict[_Key, list[_Key]]) -> dict[_Key, _Key]:
    return {child: parent for parent, kids in children.items() for child in kids}


def _side_children_after(
    plan: Plan, before: dict[_Key, list[_Key]], parents: dict[_Key, _Key], touched: Touched
) -> tuple[dict[_Key, list[_Key]], dict[_Key, _Key], set[_Key]] | None:
    """``_side_children(plan)`` after ``touched`` changed it, from what it was ``before``
    (``parents``: each child's parent there): (children, parents, the parents whose rows
    changed), or None when bodies came or went (every unit's and person's parent can change).

    Only the rows of the parents a touched unit or person left or joined are worked out
    again, in the plan's order, so an edit costs what it touched, not the plan's size.
    """
    if EntityKind.BODY in touched.added or EntityKind.BODY in touched.removed:
        return None
    ids = touched.ids()
    units = ids.get(EntityKind.UNIT, set())
    people = set(ids.get(EntityKind.PERSON, ()))
    if not units and not people:
        return before, parents, set()
    if units:
        # A person's row follows their unit's body: those of a touched unit can move with it.
        people.update(_people_of_units(plan, units))
        people.update(
            key[1] for uid in units for key in before.get((EntityKind.UNIT, uid), ()) if key[0] is EntityKind.PERSON
        )
    moving = [(EntityKind.UNIT, uid) for uid in units] + [(EntityKind.PERSON, pid) for pid in people]
    children = dict(before)
    parents = dict(parents)
    redo: set[_Key] = set()  # the parents whose rows are worked out again
    for key in moving:
        old = parents.pop(key, None)
        if old is not None:
            redo.add(old)
        new = _parent_key(plan, key[0], key[1])  # type: ignore[arg-type]
        if new is not None:
            parents[key] = new
            redo.add(new)
    # A unit gone takes its key with it; one new has none yet.
    redo.update((EntityKind.UNIT, uid) for uid in units)
    order = {
        EntityKind.UNIT: {uid: i for i, uid in enumerate(plan.units)},
        EntityKind.PERSON: {pid: i for i, pid in enumerate(plan.people)},
    }
    moved = set(moving)
    changed: set[_Key] = set()
    joined: dict[_Key, list[_Key]] = defaultdict(list)
    for key in moving:
        if key in parents:
            joined[parents[key]].append(key)
    for parent in redo:
        kept = [k for k in before.get(parent, ()) if k not in moved]
        rows = kept + joined.get(parent, [])
        if len(rows) > 1:
            # Units before people (as _side_children puts them), each in the plan's order.
            rows.sort(key=lambda k: (k[0] is EntityKind.PERSON, order[k[0]][k[1]]))  # type: ignore[index]
        if rows != before.get(parent, []):
            changed.add(parent)
        if rows:
            children[parent] = rows
        else:
            children.pop(parent, None)
    return children, parents, changed


_Actions = dict[tuple[EntityKind, str], set[Action]]


def align(a: Plan, b: Plan, comparison: Comparison, children_b: dict[_Key, list[_Key]] | None = None) -> AlignedNode:
    """The aligned tree of ``a`` and ``b`` (see the module docstring); ``children_b``: B's
    ``_side_children`` when the caller keeps them (plan B does not change in the window)."""
    ca, cb = _side_children(a), children_b if children_b is not None else _side_children(b)
    by_a: _Actions = defaultdict(set)
    by_b: _Actions = defaultdict(set)
    for d in comparison.differences:
        if d.a_id is not None:
            by_a[(d.kind, d.a_id)].add(d.action)
        if d.b_id is not None:
            by_b[(d.kind, d.b_id)].add(d.action)
    root = AlignedNode(None, None, None)
    _grow(root, ca, cb, comparison.pairs.a2b, comparison.pairs.b2a, (by_a, by_b))
    return root


def _side_keys(node: AlignedNode) -> tuple[_Key | None, _Key | None]:
    """The parents whose children ``node``'s rows show, in A and in B."""
    if node.kind is None:
        return _ROOT, _ROOT
    if node.kind == GROUP:
        return _GROUP, _GROUP
    return (
        (node.kind, node.a_id) if node.a_id else None,  # type: ignore[return-value]
        (node.kind, node.b_id) if node.b_id else None,
    )


def _grow(
    top: AlignedNode,
    ca: dict[_Key, list[_Key]],
    cb: dict[_Key, list[_Key]],
    a2b: dict[EntityKind, dict[str, str]],
    b2a: dict[EntityKind, dict[str, str]],
    actions: tuple[_Actions, _Actions],
) -> None:
    """(Re)build every row below ``top`` (the root, or a row whose rows are redone)."""
    # Iterative, so deep or wide plans cannot hit the recursion limit.
    stack = [top]
    while stack:
        node = stack.pop()
        node.children = _level(node, ca, cb, a2b, b2a, actions)
        stack.extend(node.children)


def _level(
    node: AlignedNode,
    ca: dict[_Key, list[_Key]],
    cb: dict[_Key, list[_Key]],
    a2b: dict[EntityKind, dict[str, str]],
    b2a: dict[EntityKind, dict[str, str]],
    actions: tuple[_Actions, _Actions],
) -> list[AlignedNode]:
    """The rows directly below ``node`` (new nodes, without rows of their own yet)."""
    by_a, by_b = actions
    key_a, key_b = _side_keys(node)
    kids_a = ca.get(key_a, []) if key_a else []
    kids_b = cb.get(key_b, []) if key_b else []
    set_b = set(kids_b)
    rows: list[AlignedNode] = []
    placed_b: set[_Key] = set()
    for kind, aid in kids_a:
        bid = a2b[kind].get(aid)
        if bid is not None and (kind, bid) in set_b:
            rows.append(AlignedNode(kind, aid, bid))
            placed_b.add((kind, bid))
        else:
            rows.append(AlignedNode(kind, aid, None))
    # B-only children go right after the B sibling that precedes them in B.
    position = {(n.kind, n.b_id): i for i, n in enumerate(rows) if n.b_id is not None}
    after: dict[int, list[AlignedNode]] = defaultdict(list)
    last = -1
    for kind, bid in kids_b:
        if (kind, bid) in placed_b:
            last = position[(kind, bid)]
        else:
            after[last].append(AlignedNode(kind, None, bid))
    if after:
        merged = list(after.get(-1, []))
        for i, n in enumerate(rows):
            merged.append(n)
            merged.extend(after.get(i, []))
        rows = merged
    if node.kind is None and (ca.get(_GROUP) or cb.get(_GROUP)):
        rows.append(AlignedNode(GROUP, None, None))
    for i, child in enumerate(rows):
        child.parent = node
        child.row = i
        kind = child.kind
        if isinstance(kind, EntityKind):
            child.marks = (
                _marks(kind, child.a_id, child.b_id, a2b, by_a, Action.REMOVED),
                _marks(kind, child.b_id, child.a_id, b2a, by_b, Action.ADDED),
            )
    return rows


def _marks(
    kind: EntityKind,
    own: str | None,
    other: str | None,
    own2other: dict[EntityKind, dict[str, str]],
    actions: dict[tuple[EntityKind, str], set[Action]],
    only_here: Action,
) -> frozenset[Action]:
    if own is None:
        return frozenset()
    found = set(actions.get((kind, own), ()))
    if other is None:
        # Alone on this row: either half of a move, or only in this plan.
        found.discard(Action.MOVED)
        found.add(Action.MOVED if own in own2other[kind] else only_here)
    return frozenset(found)


class CompareTreeModel(QAbstractItemModel):
    """Both plans' structures aligned; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = AlignedNode(None, None, None)
        self._plans: tuple[Plan, Plan] = (Plan(), Plan())
        self._names: tuple[str, str] = (
            field_label(difference_field("a_value").label),
            field_label(difference_field("b_value").label),
        )
        self._nodes: tuple[dict[tuple[EntityKind, str], AlignedNode], dict[tuple[EntityKind, str], AlignedNode]] = (
            {},
            {},
        )
        self._diffs: tuple[
            dict[tuple[EntityKind, str], list[Difference]], dict[tuple[EntityKind, str], list[Difference]]
        ] = (
            {},
            {},
        )
        self._details: tuple[dict[str, str], dict[str, str]] = ({}, {})
        #: The rows with an entity of one plan only (by id): the only ones that can be half of a move.
        self._lonely: dict[int, AlignedNode] = {}
        # Plan B does not change while compared: its side of the tree is worked out once.
        self._b_cache: tuple[Plan | None, dict[_Key, list[_Key]], dict[str, str]] = (None, {}, {})
        self._b_parents: dict[_Key, _Key] = {}
        self._a_parents: dict[_Key, _Key] = {}
        #: What the rows were last built from: A's side of the tree, the matching, powers per body.
        self._children_a: dict[_Key, list[_Key]] = {}
        self._pairs = Matching("id", {}, {})
        self._power_counts: Counter[str | None] = Counter()
        #: Each power of A's receiving body when the powers were last counted (to count only what changed).
        self._power_body: dict[str, str | None] = {}
        #: Likewise each person's body (their own, else their unit's) and the people per body.
        self._person_body: dict[str, str | None] = {}
        self._people_counts: Counter[str | None] = Counter()
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- content ----------------------------------------------------------------
    def set_comparison(self, a: Plan, b: Plan, comparison: Comparison, names: tuple[str, str] | None = None) -> None:
        """Show a new comparison (the whole structure is recomputed: a reset)."""
        self.beginResetModel()
        self._plans = (a, b)
        if names is not None:
            self._names = names
        cached, children_b, details_b = self._b_cache
        if cached is not b:
            children_b, details_b = _side_children(b), self._body_details(b)
            self._b_cache = (b, children_b, details_b)
            self._b_parents = _parents_of(children_b)
        self._children_a = _side_children(a)
        self._a_parents = _parents_of(self._children_a)
        self._root = align(a, b, comparison, children_b)
        self._nodes = ({}, {})
        self._lonely = {}
        self._index_nodes(self._root)
        self._diffs = _row_differences(comparison)
        self._power_body = dict(zip(a.powers, map(attrgetter("body_id"), a.powers.values()), strict=True))
        self._power_counts = Counter(self._power_body.values())
        self._person_body = {pid: a.body_of(p) for pid, p in a.people.items()}
        self._people_counts = Counter(self._person_body.values())
        self._details = (self._body_details(a, self._power_counts, self._people_counts), details_b)
        self._pairs = comparison.pairs
        self._fill_moves(comparison)
        _count_inner(self._root, self._diffs)
        self.endResetModel()

    def _index_nodes(self, top: AlignedNode, itself: bool = False) -> None:
        """Index the rows below ``top`` (and ``top`` too when ``itself``)."""
        nodes, lonely = self._nodes, self._lonely
        stack = [top] if itself else list(top.children)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if isinstance(node.kind, EntityKind):
                if node.a_id is not None:
                    nodes[SIDE_A][(node.kind, node.a_id)] = node
                if node.b_id is not None:
                    nodes[SIDE_B][(node.kind, node.b_id)] = node
                if node.a_id is None or node.b_id is None:
                    lonely[id(node)] = node

    def set_names(self, names: tuple[str, str]) -> None:
        """The plans' names heading the two sides."""
        if names != self._names:
            self._names = names
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2 * SIDE_COLUMNS - 1)

    def update(self, a: Plan, b: Plan, comparison: Comparison, touched: Touched) -> None:
        """Show ``comparison`` after ``touched`` changed plan A, at a cost in proportion to it.

        Only the rows whose children changed (in A, or in how A's and B's pair up) are
        built again, as row removes and inserts under them; rows whose marks, counts or
        "moved to" texts changed are repainted.  An edit of no body, unit or person
        leaves the rows and repaints the bodies whose details changed.
        """
        if self._plans[SIDE_A] is not a or self._plans[SIDE_B] is not b or not self._pairs.a2b:
            self.set_comparison(a, b, comparison)
            return
        kinds = touched.kinds()
        old_details = self._details[SIDE_A]
        if EntityKind.POWER in kinds:
            self._count_powers(a, touched)
        if kinds & {EntityKind.PERSON, EntityKind.UNIT}:
            self._count_people(a, touched)
        diffs = _row_differences(comparison)
        old_diffs, self._diffs = self._diffs, diffs
        if kinds & ROW_KINDS or any(diffs[side].keys() != old_diffs[side].keys() for side in (SIDE_A, SIDE_B)):
            self._realign(a, comparison, old_diffs, touched)
        self._pairs = comparison.pairs
        if kinds & (ROW_KINDS | {EntityKind.POWER}):
            self._details = (self._body_details(a, self._power_counts, self._people_counts), self._details[SIDE_B])
            for body_id, text in self._details[SIDE_A].items():
                if old_details.get(body_id) != text:
                    node = self._nodes[SIDE_A].get((EntityKind.BODY, body_id))
                    if node is not None:
                        self._repaint(node, SIDE_A * SIDE_COLUMNS + COL_DETAIL)

    def _count_people(self, a: Plan, touched: Touched) -> None:
        """People per body of A again, for the people touched and those of the units touched
        (a person without a body of their own works in their unit's)."""
        ids = touched.ids()
        people = set(ids.get(EntityKind.PERSON, ()))
        units = ids.get(EntityKind.UNIT)
        if units:
            people.update(_people_of_units(a, units))
        counts, bodies = self._people_counts, self._person_body
        for pid in people:
            if pid in bodies:
                counts[bodies.pop(pid)] -= 1
            person = a.people.get(pid)
            if person is not None:
                body = bodies[pid] = a.body_of(person)
                counts[body] += 1

    def _count_powers(self, a: Plan, touched: Touched) -> None:
        """Powers per body of A again, for the powers ``touched`` says changed, came or went."""
        kind = EntityKind.POWER
        ids = [*touched.changed.get(kind, ()), *touched.added.get(kind, ()), *touched.removed.get(kind, ())]
        counts, bodies, powers = self._power_counts, self._power_body, a.powers
        for pid in dict.fromkeys(ids):
            if pid in bodies:
                counts[bodies.pop(pid)] -= 1
            power = powers.get(pid)
            if power is not None:
                bodies[pid] = power.body_id
                counts[power.body_id] += 1

    def _realign(self, a: Plan, comparison: Comparison, old_diffs: tuple[dict, dict], touched: Touched) -> None:
        cb = self._b_cache[1]
        old_ca = self._children_a
        after = _side_children_after(a, old_ca, self._a_parents, touched)
        if after is None:
            ca = _side_children(a)
            self._a_parents = _parents_of(ca)
            regrown = {key for key in old_ca.keys() | ca.keys() if old_ca.get(key, []) != ca.get(key, [])}
        else:
            ca, self._a_parents, regrown = after
        pairs, old = comparison.pairs, self._pairs
        parent_b = self._b_parents
        # Ids whose partner can have changed: matching by id pairs again only what was touched.
        suspects = touched.ids() if pairs.mode == "id" and old.mode == "id" else None

        targets: list[AlignedNode] = []

        def holder(side: int, key: _Key | None) -> AlignedNode:
            if key is None or key == _ROOT:
                return self._root
            if key == _GROUP:
                return next((n for n in self._root.children if n.kind == GROUP), self._root)
            return self._nodes[side].get(key) or self._root  # a parent new to the tree: a new root row

        for key in regrown:
            targets.append(holder(SIDE_A, key))
        repaired: dict[tuple[int, EntityKind], set[str]] = {}
        for kind in ROW_KINDS:
            candidates = suspects.get(kind, set()) if suspects is not None else None
            repaired[SIDE_A, kind] = _repaired(old.a2b[kind], pairs.a2b[kind], candidates)
            repaired[SIDE_B, kind] = _repaired(old.b2a[kind], pairs.b2a[kind], candidates)
            for aid in repaired[SIDE_A, kind]:
                targets.append(holder(SIDE_A, _parent_key(a, kind, aid)))
                # Where its row is now (the root when it has none: a row new to the tree).
                shown = self._nodes[SIDE_A].get((kind, aid))
                targets.append(shown.parent if shown is not None and shown.parent is not None else self._root)
            for bid in repaired[SIDE_B, kind]:
                targets.append(holder(SIDE_B, parent_b.get((kind, bid))))
        # Marks come from the rows' own differences.
        actions: tuple[_Actions, _Actions] = (defaultdict(set), defaultdict(set))
        for side in (SIDE_A, SIDE_B):
            for key, found in self._diffs[side].items():
                actions[side][key].update(d.action for d in found)
        self._children_a = ca

        # One layout change for all of it: a row removal makes QTreeView lay out every
        # expanded row again before the next one (~0.1 s each at province size, measured).
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.node(index), index.column()) for index in persistent]
        gone: set[int] = set()
        fresh: dict[tuple[str, str | None, str | None], AlignedNode] = {}
        done: set[int] = set()
        grown: list[AlignedNode] = []
        # Parents first: a row kept by its parent's rebuild is rebuilt itself when it is a
        # target; one its parent replaced was built afresh with everything below it.
        for node in sorted({id(n): n for n in targets}.values(), key=_depth):
            if id(node) in gone:
                continue
            done.add(id(node))
            grown += self._rebuild(node, ca, cb, pairs, actions, gone, fresh)
        # Marks come from a row's own differences and pairing: worked out again for the rows
        # whose differences or pairing changed (new rows got theirs when they were grown).
        changed: list[AlignedNode] = []
        for side in (SIDE_A, SIDE_B):
            now, before = self._diffs[side], old_diffs[side]
            keys = [key for key in now.keys() | before.keys() if now.get(key) != before.get(key)]
            for kind in ROW_KINDS:
                keys += [(kind, eid) for eid in repaired[side, kind]]
            for key in keys:
                n = self._nodes[side].get(key)
                if n is not None:
                    n.marks = (
                        _marks(n.kind, n.a_id, n.b_id, pairs.a2b, actions[SIDE_A], Action.REMOVED),  # type: ignore[arg-type]
                        _marks(n.kind, n.b_id, n.a_id, pairs.b2a, actions[SIDE_B], Action.ADDED),  # type: ignore[arg-type]
                    )
                    changed.append(n)
        # Counts of differences below: in the rows grown (every row new), then up from the rows
        # whose own rows were built again and from the parents of rows whose marks changed.
        for top in grown:
            _count_inner(top, self._diffs, self._root)
        _recount(
            [n for n in targets if id(n) in done] + [n.parent for n in changed if n.parent is not None],
            self._diffs,
            self._root,
        )
        self._fill_moves(comparison)
        # Expanded and selected rows stay so: a row built again is the one with its key.
        moved_to: list[QModelIndex] = []
        for node, column in held:
            if node is not None and id(node) in gone:
                node = fresh.get(node.key)
            moved_to.append(self.node_index(node, column) if node is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved_to)
        self.layoutChanged.emit()

    def _rebuild(
        self,
        node: AlignedNode,
        ca: dict[_Key, list[_Key]],
        cb: dict[_Key, list[_Key]],
        pairs: Matching,
        actions: tuple[_Actions, _Actions],
        gone: set[int],
        fresh: dict[tuple[str, str | None, str | None], AlignedNode],
    ) -> list[AlignedNode]:
        """Build the rows directly below ``node`` again (inside a layout change); the new rows.

        A row whose key (its entity in A and in B) is still there is kept with the rows below
        it: a row whose own rows changed is a target of its own.  Only new rows are grown.
        """
        kept = {child.key: child for child in node.children}
        rows = _level(node, ca, cb, pairs.a2b, pairs.b2a, actions)
        new: list[AlignedNode] = []
        for i, row in enumerate(rows):
            old = kept.pop(row.key, None)
            if old is None:
                new.append(row)
                continue
            old.row = i
            old.marks = row.marks
            rows[i] = old
        stack = list(kept.values())  # rows no longer there, with everything below them
        while stack:
            old = stack.pop()
            stack.extend(old.children)
            gone.add(id(old))
            self._lonely.pop(id(old), None)
            if isinstance(old.kind, EntityKind):
                for side, eid in ((SIDE_A, old.a_id), (SIDE_B, old.b_id)):
                    if eid is not None and self._nodes[side].get((old.kind, eid)) is old:
                        del self._nodes[side][(old.kind, eid)]
        node.children = rows
        for row in new:
            _grow(row, ca, cb, pairs.a2b, pairs.b2a, actions)
            self._index_nodes(row, True)
            stack = [row]
            while stack:
                built = stack.pop()
                stack.extend(built.children)
                fresh[built.key] = built
        return new

    def _repaint(self, node: AlignedNode, column: int | None = None) -> None:
        first = self.node_index(node, 0 if column is None else column)
        if first.isValid():
            last = first if column is not None else first.siblingAtColumn(2 * SIDE_COLUMNS - 1)
            self.dataChanged.emit(first, last)

    def _body_details(
        self, plan: Plan, powers: Counter[str | None] | None = None, people: Counter[str | None] | None = None
    ) -> dict[str, str]:
        """Per body: 编制, people working there and powers received, as one short text."""
        people = Counter(plan.body_of(p) for p in plan.people.values()) if people is None else people
        powers = _power_counts(plan) if powers is None else powers
        text = self.tr("编制%1 · 在岗%2 · 事项%3")
        return {
            i: text.replace("%1", str(body.authorized_posts))
            .replace("%2", str(people.get(i, 0)))
            .replace("%3", str(powers.get(i, 0)))
            for i, body in plan.bodies.items()
        }

    def _fill_moves(self, comparison: Comparison) -> None:
        """Placeholders that are half of a move say where the entity is in that plan.

        Only rows with one side empty can be: a row with both sides never says so, and its
        entities never change (a change of pairing makes new rows).
        """
        to_b, to_a = self.tr("（移至 %1）"), self.tr("（原在 %1）")
        a2b, b2a = comparison.pairs.a2b, comparison.pairs.b2a
        nodes_a, nodes_b = self._nodes
        for node in self._lonely.values():
            kind = node.kind
            assert isinstance(kind, EntityKind)
            if node.a_id is not None:
                partner, there_nodes, other, text = a2b[kind].get(node.a_id), nodes_b, SIDE_B, to_b
            else:
                partner, there_nodes, other, text = b2a[kind].get(node.b_id), nodes_a, SIDE_A, to_a  # type: ignore[arg-type]
            there = there_nodes.get((kind, partner)) if partner else None
            if there is None or there.parent is None:
                node.moved_to = ("", "")
                continue
            said = text.replace("%1", self._name(there.parent, other))
            node.moved_to = (said, "") if other == SIDE_A else ("", said)

    # -- lookups ----------------------------------------------------------------
    def node_index(self, node: AlignedNode, column: int = 0) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def index_of(self, kind: EntityKind, side: int, entity_id: str | None, column: int = 0) -> QModelIndex:
        """The row of an entity of plan A (``SIDE_A``) or B, or an invalid index."""
        if entity_id is None:
            return QModelIndex()
        node = self._nodes[side].get((kind, entity_id))
        return self.node_index(node, column) if node is not None else QModelIndex()

    def indexes_for(self, difference: Difference) -> list[QModelIndex]:
        """The rows that show a difference in the two plans (a power: its receiving bodies)."""
        out: list[QModelIndex] = []
        if difference.kind is EntityKind.PLAN:
            return out
        for side, eid in ((SIDE_A, difference.a_id), (SIDE_B, difference.b_id)):
            if eid is None:
                continue
            kind = difference.kind
            if kind is EntityKind.POWER:
                power = self._plans[side].powers.get(eid)
                if power is None:
                    continue
                kind, eid = EntityKind.BODY, self._plans[side].assignment(power)[0]
            index = self.index_of(kind, side, eid)
            if index.isValid() and index not in out:
                out.append(index)
        return out

    def node(self, index: Index) -> AlignedNode | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[no-any-return]

    def all_nodes(self) -> list[AlignedNode]:
        out: list[AlignedNode] = []
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out

    def rows_by_depth(self) -> list[int]:
        """How many rows the tree has at each depth (the top level first), without any Qt call."""
        return rows_by_depth(self._root.children)

    # -- Qt model interface -----------------------------------------------------
    # flags() is Qt's own (enabled, selectable, as wanted): a view asks for it at every row
    # it lays out, and a Python override was 11,000 calls per layout at province size.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Called for every row each time a tree lays itself out: as few calls into Qt as can be
        # (an invalid index has no pointer: no isValid() needed).
        node = parent.internalPointer()
        if node is None:
            children = self._root.children
        elif parent.column():
            return QModelIndex()
        else:
            children = node.children
        if 0 <= row < len(children) and 0 <= column < 2 * SIDE_COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: AlignedNode = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._root.children)
        if parent.column() != 0:  # children hang off column 0 only (QTreeView asks there for both sides)
            return 0
        return len(parent.internalPointer().children)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # Qt's own asks rowCount and columnCount: two calls into Python per row a tree lays out.
        node = parent.internalPointer()
        if node is None:
            return bool(self._root.children)
        return not parent.column() and bool(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2 * SIDE_COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 2 * SIDE_COLUMNS:
            return None
        side, col = divmod(section, SIDE_COLUMNS)
        if col == COL_NAME:
            return self._names[side]
        return field_label(difference_field("action" if col == COL_MARK else "detail").label)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: AlignedNode = index.internalPointer()
        side, col = divmod(index.column(), SIDE_COLUMNS)
        if role == NodeRole:
            return node
        present = node.kind == GROUP or node.side_id(side) is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if not present:
                return node.moved_to[side] if col == COL_NAME else ""
            if col == COL_NAME:
                return self._name(node, side)
            if col == COL_MARK:
                text = join_list([action_label(a) for a in _PRIORITY if a in node.marks[side]])
                if node.inner[side]:
                    text += self.tr("（下级%1处）").replace("%1", str(node.inner[side]))
                return text
            return self._detail(node, side)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not present:
                return QBrush(PLACEHOLDER_COLOUR)
            for action in _PRIORITY:
                if action in node.marks[side]:
                    return QBrush(ACTION_COLOURS[action])
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if present else QBrush(PLACEHOLDER_TEXT)
        if role == Qt.ItemDataRole.FontRole:
            return None if present else self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, side) if present else (node.moved_to[side] or None)
        return None

    # -- text -------------------------------------------------------------------
    def _name(self, node: AlignedNode, side: int) -> str:
        if node.kind == GROUP:
            return self.tr("未安排职能机构")
        plan = self._plans[side]
        eid = node.side_id(side)
        if node.kind is EntityKind.BODY:
            return plan.bodies[eid].name  # type: ignore[index]
        if node.kind is EntityKind.UNIT:
            return plan.units[eid].name  # type: ignore[index]
        if node.kind is EntityKind.PERSON:
            person = plan.people[eid]  # type: ignore[index]
            if not person.staff_id:  # 赵明, never 赵明（）: as the lists and the problems write them
                return person.name
            return self.tr("%1（%2）").replace("%1", person.name).replace("%2", person.staff_id)
        return ""

    def _detail(self, node: AlignedNode, side: int) -> str:
        plan = self._plans[side]
        eid = node.side_id(side)
        if node.kind is EntityKind.BODY:
            return self._details[side].get(eid, "")  # type: ignore[arg-type]
        if node.kind is EntityKind.UNIT:
            return self.tr("原有%1人").replace("%1", str(plan.units[eid].head_count))  # type: ignore[index]
        if node.kind is EntityKind.PERSON:
            person = plan.people[eid]  # type: ignore[index]
            return tier_label(person.tier_after) + (f" · {person.post}" if person.post else "")
        return ""

    def _tooltip(self, node: AlignedNode, side: int) -> str | None:
        if not isinstance(node.kind, EntityKind):
            return None
        eid = node.side_id(side)
        diffs = self._diffs[side].get((node.kind, eid), []) if eid else []
        lines = [self._name(node, side)]
        for d in diffs:
            what = field_label(d.field_label) or action_label(d.action)
            lines.append(
                self.tr("%1 %2：%3 → %4")
                .replace("%1", action_label(d.action))
                .replace("%2", what)
                .replace("%3", d.a_value or "—")
                .replace("%4", d.b_value or "—")
            )
        if not diffs and node.marks[side]:
            lines.append(join_list([action_label(a) for a in _PRIORITY if a in node.marks[side]]))
        return "\n".join(lines)


def _power_counts(plan: Plan) -> Counter[str | None]:
    return Counter(map(attrgetter("body_id"), plan.powers.values()))


def _depth(node: AlignedNode) -> int:
    return sum(1 for _ in _ancestors(node))


def _ancestors(node: AlignedNode) -> Iterator[AlignedNode]:
    up = node.parent
    while up is not None:
        yield up
        up = up.parent


def _row_differences(
    comparison: Comparison,
) -> tuple[dict[tuple[EntityKind, str], list[Difference]], dict[tuple[EntityKind, str], list[Difference]]]:
    """Per side, the differences of each body, unit and person (the rows' tooltips)."""
    diffs: tuple[dict[tuple[EntityKind, str], list[Difference]], dict[tuple[EntityKind, str], list[Difference]]] = (
        {},
        {},
    )
    segments = comparison.segments
    rows = (
        [d for kind in ROW_KINDS for d in segments.get(kind, ())]
        if segments
        else [d for d in comparison.differences if d.kind in ROW_KINDS]
    )
    for d in rows:
        if d.a_id is not None:
            diffs[SIDE_A].setdefault((d.kind, d.a_id), []).append(d)
        if d.b_id is not None:
            diffs[SIDE_B].setdefault((d.kind, d.b_id), []).append(d)
    return diffs


def _own(node: AlignedNode, side: int, diffs: tuple[dict[tuple[EntityKind, str], list[Difference]], ...]) -> int:
    """1 when ``node`` shows a difference of its own on ``side`` (people inside a moved unit are
    moved along with it, but are not differences themselves)."""
    eid = node.side_id(side)
    if eid is None or not isinstance(node.kind, EntityKind):
        return 0
    if (node.kind, eid) in diffs[side]:
        return 1
    return 1 if node.marks[side] & {Action.ADDED, Action.REMOVED} else 0


def _recount(
    starts: list[AlignedNode],
    diffs: tuple[dict[tuple[EntityKind, str], list[Difference]], ...],
    tree_root: AlignedNode,
) -> None:
    """Work out ``inner`` again for ``starts`` and every row above them, from their rows'
    counts (deepest first, so a row is counted after the rows below it)."""
    by_depth: dict[int, dict[int, AlignedNode]] = defaultdict(dict)
    for node in starts:
        if node is not tree_root and node.parent is not None:
            by_depth[_depth(node)][id(node)] = node
    depth = max(by_depth, default=0)
    while depth > 0:
        for node in by_depth.pop(depth, {}).values():
            a = b = 0
            for child in node.children:
                a += child.inner[0] + _own(child, 0, diffs)
                b += child.inner[1] + _own(child, 1, diffs)
            node.inner = (a, b)
            up = node.parent
            if up is not None and up is not tree_root:
                by_depth[depth - 1][id(up)] = up
        depth -= 1


def _count_inner(
    root: AlignedNode,
    diffs: tuple[dict[tuple[EntityKind, str], list[Difference]], ...],
    tree_root: AlignedNode | None = None,
) -> None:
    """Fill ``inner`` below ``root`` (and of ``root`` itself when it is a row of the tree whose
    root is ``tree_root``): per side, how many rows below each node show a difference of their
    own (people inside a moved unit are moved along with it, but are not differences themselves)."""
    tree_root = root if tree_root is None else tree_root

    order: list[AlignedNode] = []
    stack = list(root.children)
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):  # children before their parents
        up = node.parent
        if up is None or up is tree_root:
            continue
        a = up.inner[0] + node.inner[0] + _own(node, 0, diffs)
        b = up.inner[1] + node.inner[1] + _own(node, 1, diffs)
        up.inner = (a, b)


def _people_of_units(plan: Plan, units: set[str]) -> Iterator[str]:
    """The ids of the people whose unit is one of ``units`` (one pass in C over the people)."""
    everyone = plan.people
    return compress(everyone, map(units.__contains__, map(attrgetter("unit_id"), everyone.values())))


def _repaired(old: dict[str, str], new: dict[str, str], candidates: set[str] | None) -> set[str]:
    """The ids (keys) whose partner differs between the matchings ``old`` and ``new``.

    ``candidates``: the only ids that can have changed (matching by id pairs again only the
    touched entities), so the check costs what was touched; None: any may have.
    """
    if old is new:
        return set()
    if candidates is not None:
        return {i for i in candidates if old.get(i) != new.get(i)}
    return {i for i, _ in old.items() ^ new.items()}
