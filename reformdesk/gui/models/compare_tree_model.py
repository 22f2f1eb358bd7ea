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
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from reformdesk.domain.comparison import Action, Comparison, Difference
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind, difference_field
from reformdesk.gui.models.labels import action_label, field_label, join_list, tier_label

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


def align(a: Plan, b: Plan, comparison: Comparison) -> AlignedNode:
    """The aligned tree of ``a`` and ``b`` (see the module docstring)."""
    a2b, b2a = comparison.pairs.a2b, comparison.pairs.b2a
    ca, cb = _side_children(a), _side_children(b)
    by_a: dict[tuple[EntityKind, str], set[Action]] = defaultdict(set)
    by_b: dict[tuple[EntityKind, str], set[Action]] = defaultdict(set)
    for d in comparison.differences:
        if d.a_id is not None:
            by_a[(d.kind, d.a_id)].add(d.action)
        if d.b_id is not None:
            by_b[(d.kind, d.b_id)].add(d.action)

    root = AlignedNode(None, None, None)
    # Iterative, so deep or wide plans cannot hit the recursion limit.
    stack: list[tuple[AlignedNode, _Key | None, _Key | None]] = [(root, _ROOT, _ROOT)]
    while stack:
        node, key_a, key_b = stack.pop()
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
        if node is root and (ca.get(_GROUP) or cb.get(_GROUP)):
            rows.append(AlignedNode(GROUP, None, None))
        for i, child in enumerate(rows):
            child.parent = node
            child.row = i
            if child.kind == GROUP:
                stack.append((child, _GROUP, _GROUP))
                continue
            kind = child.kind
            assert isinstance(kind, EntityKind)
            child.marks = (
                _marks(kind, child.a_id, child.b_id, a2b, by_a, Action.REMOVED),
                _marks(kind, child.b_id, child.a_id, b2a, by_b, Action.ADDED),
            )
            stack.append(
                (
                    child,
                    (kind, child.a_id) if child.a_id else None,
                    (kind, child.b_id) if child.b_id else None,
                )
            )
        node.children = rows
    return root


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
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- content ----------------------------------------------------------------
    def set_comparison(self, a: Plan, b: Plan, comparison: Comparison, names: tuple[str, str] | None = None) -> None:
        """Show a new comparison (the whole structure is recomputed: a reset)."""
        self.beginResetModel()
        self._plans = (a, b)
        if names is not None:
            self._names = names
        self._root = align(a, b, comparison)
        nodes: tuple[dict[tuple[EntityKind, str], AlignedNode], dict[tuple[EntityKind, str], AlignedNode]] = ({}, {})
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if isinstance(node.kind, EntityKind):
                if node.a_id is not None:
                    nodes[SIDE_A][(node.kind, node.a_id)] = node
                if node.b_id is not None:
                    nodes[SIDE_B][(node.kind, node.b_id)] = node
        self._nodes = nodes
        diffs: tuple[dict[tuple[EntityKind, str], list[Difference]], dict[tuple[EntityKind, str], list[Difference]]] = (
            {},
            {},
        )
        for d in comparison.differences:
            if d.kind in (EntityKind.BODY, EntityKind.UNIT, EntityKind.PERSON):
                if d.a_id is not None:
                    diffs[SIDE_A].setdefault((d.kind, d.a_id), []).append(d)
                if d.b_id is not None:
                    diffs[SIDE_B].setdefault((d.kind, d.b_id), []).append(d)
        self._diffs = diffs
        self._details = (self._body_details(a), self._body_details(b))
        self._fill_moves(comparison)
        _count_inner(self._root, self._diffs)
        self.endResetModel()

    def _body_details(self, plan: Plan) -> dict[str, str]:
        """Per body: 编制, people working there and powers received, as one short text."""
        people = Counter(plan.body_of(p) for p in plan.people.values())
        powers = Counter(w.body_id for w in plan.powers.values())
        text = self.tr("编制%1 · 在岗%2 · 事项%3")
        return {
            i: text.replace("%1", str(body.authorized_posts))
            .replace("%2", str(people.get(i, 0)))
            .replace("%3", str(powers.get(i, 0)))
            for i, body in plan.bodies.items()
        }

    def _fill_moves(self, comparison: Comparison) -> None:
        """Placeholders that are half of a move say where the entity is in that plan."""
        to_b, to_a = self.tr("（移至 %1）"), self.tr("（原在 %1）")
        for side, other, maps in ((SIDE_A, SIDE_B, comparison.pairs.a2b), (SIDE_B, SIDE_A, comparison.pairs.b2a)):
            for (kind, eid), node in self._nodes[side].items():
                if node.side_id(other) is not None:
                    continue
                partner = maps[kind].get(eid)
                there = self._nodes[other].get((kind, partner)) if partner else None
                if there is None or there.parent is None:
                    continue
                where = self._name(there.parent, other)
                text = (to_b if other == SIDE_B else to_a).replace("%1", where)
                moved = list(node.moved_to)
                moved[other] = text
                node.moved_to = (moved[0], moved[1])

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

    # -- Qt model interface -----------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = parent.internalPointer() if parent.isValid() else self._root
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if 0 <= row < len(node.children) and 0 <= column < 2 * SIDE_COLUMNS:
            return self.createIndex(row, column, node.children[row])
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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


def _count_inner(root: AlignedNode, diffs: tuple[dict[tuple[EntityKind, str], list[Difference]], ...]) -> None:
    """Fill ``inner``: per side, how many rows below each node show a difference of their own
    (people inside a moved unit are moved along with it, but are not differences themselves)."""

    def own(node: AlignedNode, side: int) -> int:
        eid = node.side_id(side)
        if eid is None or not isinstance(node.kind, EntityKind):
            return 0
        if (node.kind, eid) in diffs[side]:
            return 1
        return 1 if node.marks[side] & {Action.ADDED, Action.REMOVED} else 0

    order: list[AlignedNode] = []
    stack = list(root.children)
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):  # children before their parents
        up = node.parent
        if up is None or up is root:
            continue
        a = up.inner[0] + node.inner[0] + own(node, 0)
        b = up.inner[1] + node.inner[1] + own(node, 1)
        up.inner = (a, b)
