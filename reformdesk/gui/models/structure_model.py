"""Tree models of the structure page: the old structure and the new one.

Both trees are derived from the plan: after each document signal the model
computes the tree the plan asks for (parent → ordered children) and brings
its own tree there with precise row removals and insertions, one run at a
time, so views keep their expansion and selection and only the rows that
moved repaint.  Only ``planReset`` resets the model.

Drag and drop lives here (DESIGN.md): ``mimeData`` carries unit and person
ids; ``canDropMimeData`` says where they may go; ``dropMimeData`` pushes one
command through :mod:`reformdesk.gui.edits`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reformdesk.domain.model import LEADER_TIERS, Tier
from reformdesk.domain.posts import BodyPosts, all_body_posts
from reformdesk.domain.registry import EntityKind
from reformdesk.domain.tiers import leadership
from reformdesk.gui import edits, icons
from reformdesk.gui.document import Document
from reformdesk.gui.mime import PEOPLE_MIME, POWERS_MIME, UNITS_MIME, decode_ids, encode_ids
from reformdesk.gui.models.labels import join_list, post_type_label, tier_label
from reformdesk.gui.models.tree_rows import rows_by_depth

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, str]  # (kind, id); kinds: units, bodies, people, plus "group"

ROOT: Key = ("root", "")
UNPLACED: Key = ("group", "unplaced")
#: The head and deputies in charge who lead from outside the bodies (领导班子).
LEADERSHIP: Key = ("group", "leadership")
NO_UNIT: Key = ("group", "no_unit")
_ENTITY_KINDS = frozenset({EntityKind.UNIT, EntityKind.BODY, EntityKind.PERSON})

#: Role returning (kind, id) of a row.
KeyRole = Qt.ItemDataRole.UserRole + 1

_ALERT = QColor(200, 30, 30)
_UNPLACED_COLOUR = QColor(176, 96, 0)


# Item flags made once: QTreeView asks at every row it lays out (expandAll over a province
# plan: 22,000 calls), and each Python enum "|" cost ~3 µs there.
_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DROP = _READ | Qt.ItemFlag.ItemIsDropEnabled
_DRAG = _DROP | Qt.ItemFlag.ItemIsDragEnabled
_DRAG_EDIT = _DRAG | Qt.ItemFlag.ItemIsEditable
_MOVABLE = frozenset({EntityKind.UNIT, EntityKind.PERSON})


class _Node:
    __slots__ = ("children", "key", "parent")

    def __init__(self, key: Key, parent: _Node | None) -> None:
        self.key = key
        self.parent = parent
        self.children: list[_Node] = []

    def row(self) -> int:
        assert self.parent is not None
        return self.parent.children.index(self)


class _StructureTreeModel(QAbstractItemModel):
    """The common machinery: a tree synchronised with the plan."""

    COLUMNS = 2

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._root = _Node(ROOT, None)
        self._where: dict[Key, _Node] = {}
        # Removed nodes stay referenced: an index a view still holds must
        # never point at freed memory (internalPointer is not ref-counted).
        self._graveyard: list[_Node] = []
        self._desired: dict[Key, list[Key]] = {}
        self._rebuild()
        doc.entitiesChanged.connect(self._on_changed)
        doc.entitiesAdded.connect(self._on_changed)
        doc.entitiesRemoved.connect(self._on_changed)
        doc.planReset.connect(self._on_reset)
        self._read_only = doc.read_only
        doc.fileChanged.connect(self._on_file_changed)

    # -- what the plan asks for (subclasses) ---------------------------------
    def _compute(self) -> dict[Key, list[Key]]:
        raise NotImplementedError

    def _display(self, key: Key, column: int) -> str:
        raise NotImplementedError

    # -- synchronisation -------------------------------------------------------
    def _rebuild(self) -> None:
        self._graveyard.clear()
        self._desired = self._compute()
        self._root.children = []
        self._where = {}
        self._build_children(self._root)

    def _build_children(self, node: _Node) -> None:
        for key in self._desired.get(node.key, []):
            child = _Node(key, node)
            node.children.append(child)
            self._where[key] = child
            self._build_children(child)

    @Slot()
    def _on_reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    @Slot()
    def _on_file_changed(self) -> None:
        # Read-only changes the flags (drag and drop) of every row, but views
        # ask for flags when a drag or edit starts and cache none, so a repaint
        # of the top level is enough.  (A dataChanged per branch made opening a
        # 1,000-person plan take 40 s: each one re-measured a content-sized column.)
        if self.doc.read_only != self._read_only:
            self._read_only = self.doc.read_only
            self._emit_top_changed()

    @Slot(object, list)
    def _on_changed(self, kind: str, ids: list[str]) -> None:
        if kind == EntityKind.POWER:
            return
        self._desired = self._compute()
        self._remove_pass(self._root)
        self._insert_pass(self._root)
        self._emit_changed(kind, ids)

    def _remove_pass(self, node: _Node) -> None:
        wanted = self._desired.get(node.key, [])
        wanted_set = set(wanted)
        children = node.children
        i = len(children) - 1
        while i >= 0:
            if children[i].key in wanted_set:
                i -= 1
                continue
            j = i
            while j > 0 and children[j - 1].key not in wanted_set:
                j -= 1
            self._remove_rows(node, j, i)
            i = j - 1
        # Kept children must already be in the wanted order; if not (rare), drop them too.
        order = {k: n for n, k in enumerate(wanted)}
        positions = [order[c.key] for c in children]
        if positions != sorted(positions):
            self._remove_rows(node, 0, len(children) - 1)
        for child in node.children:
            self._remove_pass(child)

    def _remove_rows(self, node: _Node, first: int, last: int) -> None:
        if last < first:
            return
        self.beginRemoveRows(self._index_of(node), first, last)
        gone = node.children[first : last + 1]
        del node.children[first : last + 1]
        for child in gone:
            self._forget(child)
        self.endRemoveRows()

    def _forget(self, node: _Node) -> None:
        if self._where.get(node.key) is node:
            del self._where[node.key]
        self._graveyard.append(node)
        for child in node.children:
            self._forget(child)

    def _insert_pass(self, node: _Node) -> None:
        wanted = self._desired.get(node.key, [])
        children = node.children
        pos = k = 0
        while k < len(wanted):
            if pos < len(children) and children[pos].key == wanted[k]:
                self._insert_pass(children[pos])
                pos += 1
                k += 1
                continue
            start = k
            while k < len(wanted) and not (pos < len(children) and children[pos].key == wanted[k]):
                k += 1
            new_nodes = []
            for key in wanted[start:k]:
                child = _Node(key, node)
                self._where[key] = child
                self._build_children(child)
                new_nodes.append(child)
            self.beginInsertRows(self._index_of(node), pos, pos + len(new_nodes) - 1)
            children[pos:pos] = new_nodes
            self.endInsertRows()
            pos += len(new_nodes)

    def _emit_changed(self, kind: str, ids: Sequence[str]) -> None:
        # Loads and markings of the top rows depend on any move: repaint them
        # in one range; then the rows of the changed entities, one range per parent.
        self._emit_top_changed()
        rows_by_parent: dict[int, tuple[_Node, list[int]]] = {}
        for eid in ids:
            node = self._where.get((kind, eid))
            if node is None or node.parent is None or node.parent is self._root:
                continue
            entry = rows_by_parent.setdefault(id(node.parent), (node.parent, []))
            entry[1].append(node.row())
        for parent, rows in rows_by_parent.values():
            pidx = self._index_of(parent)
            self.dataChanged.emit(self.index(min(rows), 0, pidx), self.index(max(rows), self.COLUMNS - 1, pidx))

    def _emit_top_changed(self) -> None:
        n = len(self._root.children)
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, self.COLUMNS - 1))

    # -- Qt model API ----------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        return index.internalPointer()  # type: ignore[no-any-return]

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    # index, rowCount and hasChildren are what QTreeView.expandAll asks of every row it lays
    # out (some 15,000 rows of a province plan, twice at an open): each reads the node in
    # one isValid and no helper call.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < self.COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self._index_of(parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0 if parent.column() else len(parent.internalPointer().children)
        return len(self._root.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return not parent.column() and bool(parent.internalPointer().children)
        return bool(self._root.children)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._node(index).key
        if key[0] in _ENTITY_KINDS and key[1] not in self.doc.entities(key[0]):
            # The plan changes before the document signals: while a removal is
            # being announced, views may still ask about the vanished entity.
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, column)
        if role == KeyRole:
            return key
        return self._other_data(key, column, role)

    def _other_data(self, key: Key, column: int, role: int) -> Any:
        return None

    # -- look-ups for views -----------------------------------------------------
    def rows_by_depth(self) -> list[int]:
        """How many rows the tree has at each depth (the top level first), without any Qt call."""
        return rows_by_depth(self._root.children)

    def shown_cells(self, column: int, levels: int, limit: int) -> list[tuple[str, Any]]:
        """The text and font (None: the view's) of ``column`` in the first ``limit`` rows a view
        shows with ``levels`` levels open, top down, without any Qt call: what the view measures
        to size the column (QTreeView's resizeColumnToContents asks data() of each row ~8 times)."""
        cells: list[tuple[str, Any]] = []
        font = Qt.ItemDataRole.FontRole
        entities = self.doc.entities
        stack = [(node, 0) for node in reversed(self._root.children)]
        while stack and len(cells) < limit:
            node, depth = stack.pop()
            key = node.key
            if key[0] in _ENTITY_KINDS and key[1] not in entities(key[0]):
                continue  # vanishing (see data())
            cells.append((self._display(key, column), self._other_data(key, column, font)))
            if depth < levels:
                stack.extend((child, depth + 1) for child in reversed(node.children))
        return cells

    def key_of(self, index: Index) -> Key | None:
        return None if not index.isValid() else self._node(index).key

    def index_for(self, kind: str, entity_id: str, column: int = 0) -> QModelIndex:
        node = self._where.get((kind, entity_id))
        return QModelIndex() if node is None else self._index_of(node, column)

    # -- drag and drop: common parts ---------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [UNITS_MIME, PEOPLE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        units: list[str] = []
        people: list[str] = []
        for index in indexes:
            if index.column() != 0:
                continue
            kind, eid = self._node(index).key
            if kind == EntityKind.UNIT and eid not in units:
                units.append(eid)
            elif kind == EntityKind.PERSON and eid not in people:
                people.append(eid)
        if not units and not people:
            return None
        mime = QMimeData()
        if units:
            encode_ids(UNITS_MIME, units, mime)
        if people:
            encode_ids(PEOPLE_MIME, people, mime)
        return mime

    def _flags_for(self, key: Key) -> Qt.ItemFlag:
        if self.doc.read_only:
            return _READ
        # Both trees take drops (which ones, canDropMimeData decides); units and people drag.
        return _DRAG if key[0] in _MOVABLE else _DROP

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._flags_for(index.internalPointer().key)

    # -- shared display helpers ----------------------------------------------------
    @staticmethod
    def _entity_style(kind: str, column: int, role: int, unplaced: bool) -> Any:
        """Icon of units and people; unplaced units in orange italics (both trees alike)."""
        if kind == EntityKind.UNIT:
            if unplaced and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if unplaced and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_UNPLACED_COLOUR)
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return icons.icon("unit")
        elif kind == EntityKind.PERSON and role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icons.icon("person")
        return None

    def _person_text(self, pid: str, column: int) -> str:
        person = self.doc.plan.people[pid]
        if column == 0:
            return person.name
        tier = tier_label(person.tier_after)
        return f"{person.post} · {tier}" if person.post else tier


class OldStructureModel(_StructureTreeModel):
    """The town before the reform: units with their people.

    Dropping units here returns them to unplaced; dropping people here lets
    them follow their unit again.
    """

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("原科室、站所"), self.tr("并入"))[section]
        return None

    def _compute(self) -> dict[Key, list[Key]]:
        plan = self.doc.plan
        tree: dict[Key, list[Key]] = {ROOT: [(EntityKind.UNIT, uid) for uid in plan.units]}
        loose: list[Key] = []
        for person in plan.people.values():
            if person.unit_id in plan.units:
                tree.setdefault((EntityKind.UNIT, person.unit_id), []).append((EntityKind.PERSON, person.id))  # type: ignore[arg-type]
            else:
                loose.append((EntityKind.PERSON, person.id))
        if loose:
            tree[ROOT].append(NO_UNIT)
            tree[NO_UNIT] = loose
        return tree

    def _display(self, key: Key, column: int) -> str:
        kind, eid = key
        plan = self.doc.plan
        if kind == EntityKind.UNIT:
            unit = plan.units[eid]
            if column == 0:
                return unit.name
            body = plan.bodies.get(unit.body_id or "")
            return body.name if body else self.tr("未并入")
        if kind == EntityKind.PERSON:
            if column == 1:
                person = plan.people[eid]
                body = plan.bodies.get(person.body_id or "")
                if body is not None:
                    return self.tr("单独安排到 %1").replace("%1", body.name)
            return self._person_text(eid, column)
        if key == NO_UNIT:
            return self.tr("无原科室人员") if column == 0 else ""
        return ""

    def _other_data(self, key: Key, column: int, role: int) -> Any:
        kind, eid = key
        if role == Qt.ItemDataRole.EditRole and column == 0 and kind in (EntityKind.UNIT, EntityKind.PERSON):
            return self._display(key, 0)
        unplaced = kind == EntityKind.UNIT and self.doc.plan.units[eid].body_id not in self.doc.plan.bodies
        return self._entity_style(kind, column, role, unplaced)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.doc.read_only:
            return _READ
        if index.internalPointer().key[0] in _MOVABLE:
            return _DRAG_EDIT if index.column() == 0 else _DRAG  # F2 renames a unit or a person
        return _DROP

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """F2 on a unit or a person renames it in place (one undo step)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 0:
            return False
        kind, eid = self._node(index).key
        name = str(value or "").strip()
        if kind == EntityKind.UNIT:
            return edits.edit_unit(self.doc, eid, {"name": name})
        if kind == EntityKind.PERSON:
            return edits.edit_person(self.doc, eid, {"name": name})
        return False

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if self.doc.read_only or data is None:
            return False
        plan = self.doc.plan
        units = decode_ids(data, UNITS_MIME)
        people = decode_ids(data, PEOPLE_MIME)
        return any(plan.units[u].body_id is not None for u in units if u in plan.units) or any(
            plan.people[p].body_id is not None for p in people if p in plan.people
        )

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return drop_on(self.doc, data, None)


class NewStructureModel(_StructureTreeModel):
    """The town after the reform: bodies, the units merged into each, their people.

    The last top row, "未并入", holds the units no body has taken yet.
    """

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        self._loads: dict[str, tuple[int, int]] = {}
        self._posts: dict[str, BodyPosts] = {}
        super().__init__(doc, parent)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("职能机构"), self.tr("人员 · 领导"))[section]
        return None

    def mimeTypes(self) -> list[str]:
        return [UNITS_MIME, PEOPLE_MIME, POWERS_MIME]

    def _compute(self) -> dict[Key, list[Key]]:
        plan = self.doc.plan
        bodies = plan.bodies
        tree: dict[Key, list[Key]] = {ROOT: [(EntityKind.BODY, bid) for bid in bodies]}
        leaders = [(EntityKind.PERSON, p.id) for p in leadership(plan)]
        leader_ids = {pid for _k, pid in leaders}
        if leaders:
            tree[ROOT].append(LEADERSHIP)
            tree[LEADERSHIP] = leaders  # type: ignore[assignment]
        tree[ROOT].append(UNPLACED)
        unplaced: list[Key] = []
        for unit in plan.units.values():
            if unit.body_id in bodies:
                tree.setdefault((EntityKind.BODY, unit.body_id), []).append((EntityKind.UNIT, unit.id))  # type: ignore[arg-type]
            else:
                unplaced.append((EntityKind.UNIT, unit.id))
        individually: dict[str, list[Key]] = {}
        loose: list[Key] = []
        for person in plan.people.values():
            if person.id in leader_ids:
                continue
            if person.body_id in bodies:
                individually.setdefault(person.body_id, []).append((EntityKind.PERSON, person.id))  # type: ignore[arg-type]
            elif person.unit_id in plan.units:
                tree.setdefault((EntityKind.UNIT, person.unit_id), []).append((EntityKind.PERSON, person.id))  # type: ignore[arg-type]
            else:
                loose.append((EntityKind.PERSON, person.id))
        for bid, keys in individually.items():
            tree.setdefault((EntityKind.BODY, bid), []).extend(keys)
        tree[UNPLACED] = unplaced + loose
        self._loads = self._compute_loads()
        self._posts = all_body_posts(plan)
        return tree

    def _compute_loads(self) -> dict[str, tuple[int, int]]:
        # Same counting as validation's body.over_posts / body.over_leaders:
        # leaders are members in a leader tier (or a leftover 科室长) plus the deputy in charge.
        plan = self.doc.plan
        by_body = plan.people_by_body()
        loads: dict[str, tuple[int, int]] = {}
        for bid, body in plan.bodies.items():
            members = by_body.get(bid, [])
            leaders = {p.id for p in members if p.tier_after in LEADER_TIERS or p.tier_after is Tier.SECTION_CHIEF}
            if body.deputy_id in plan.people:
                leaders.add(body.deputy_id)  # type: ignore[arg-type]
            loads[bid] = (len(members), len(leaders))
        return loads

    def load(self, body_id: str) -> tuple[int, int]:
        """(people placed, leaders) of a body, as shown in the tree."""
        return self._loads.get(body_id, (0, 0))

    def posts(self, body_id: str) -> BodyPosts | None:
        """How the body's people hold its posts per 编制类型 (as shown in the tree)."""
        return self._posts.get(body_id)

    def _over(self, body_id: str) -> bool:
        body = self.doc.plan.bodies[body_id]
        people, leaders = self.load(body_id)
        posts = self._posts.get(body_id)
        over_type = posts is not None and posts.by_type and any(u.over for u in posts.uses)
        return people > body.authorized_posts or leaders > body.leadership_posts or over_type

    def _type_text(self, body_id: str) -> str:
        """ " · 空编 行政编制 2" / " · 超编 事业编制 1" for a body whose posts are split by type."""
        posts = self._posts.get(body_id)
        if posts is None or not posts.by_type:
            return ""
        parts = []
        over = [f"{post_type_label(u.post_type)} {u.over}" for u in posts.uses if u.over]
        vacant = [f"{post_type_label(u.post_type)} {u.vacant}" for u in posts.uses if u.vacant]
        if over:
            parts.append(self.tr("超编 %1").replace("%1", join_list(over)))
        if vacant:
            parts.append(self.tr("空编 %1").replace("%1", join_list(vacant)))
        if posts.mixed:
            parts.append(self.tr("混岗 %1 人").replace("%1", str(len(posts.mixed))))
        return "".join(" · " + p for p in parts)

    def _type_tooltip(self, body_id: str) -> str:
        posts = self._posts.get(body_id)
        if posts is None or not posts.by_type:
            return ""
        lines = []
        for u in posts.uses:
            line = (
                self.tr("%1：在岗 %2，编制 %n", "", u.posts)
                .replace("%1", post_type_label(u.post_type))
                .replace("%2", str(u.people))
            )
            if u.over:
                line += self.tr("，超编 %1").replace("%1", str(u.over))
            elif u.vacant:
                line += self.tr("，空编 %1").replace("%1", str(u.vacant))
            lines.append(line)
        return "\n" + "\n".join(lines)

    def _display(self, key: Key, column: int) -> str:
        kind, eid = key
        plan = self.doc.plan
        if kind == EntityKind.BODY:
            body = plan.bodies[eid]
            if column == 0:
                return body.name
            people, leaders = self.load(eid)
            return (
                self.tr("%1/%n 人 · 领导 %3/%4", "", body.authorized_posts)
                .replace("%1", str(people))
                .replace("%3", str(leaders))
                .replace("%4", str(body.leadership_posts))
            ) + self._type_text(eid)
        if kind == EntityKind.UNIT:
            unit = plan.units[eid]
            if column == 0:
                return unit.name
            node = self._where.get(key)
            count = len(node.children) if node else 0
            return self.tr("%n 人", "", count)
        if kind == EntityKind.PERSON:
            if column == 1 and plan.people[eid].body_id in plan.bodies:
                return self._person_text(eid, 1) + self.tr("（单独安排）")
            return self._person_text(eid, column)
        if key == LEADERSHIP:
            if column == 0:
                return self.tr("领导班子")
            node = self._where.get(key)
            return self.tr("%n 人", "", len(node.children) if node else 0)
        if key == UNPLACED:
            if column == 0:
                return self.tr("未并入")
            node = self._where.get(key)
            return self.tr("%n 项", "", len(node.children) if node else 0)
        return ""

    def _other_data(self, key: Key, column: int, role: int) -> Any:
        kind, eid = key
        if kind == EntityKind.BODY:
            if role == Qt.ItemDataRole.ForegroundRole and column == 1 and self._over(eid):
                return QBrush(_ALERT)
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return icons.icon("body")
            if role == Qt.ItemDataRole.ToolTipRole:
                body = self.doc.plan.bodies[eid]
                sites = join_list(body.sites) if body.sites else self.tr("无")
                return (
                    self.tr("编制数 %1，领导职数 %2；办公场所：%3")
                    .replace("%1", str(body.authorized_posts))
                    .replace("%2", str(body.leadership_posts))
                    .replace("%3", sites)
                ) + self._type_tooltip(eid)
        elif key == LEADERSHIP:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("负责人和分管副职：从职能机构之外领导，已安排")
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return icons.icon("person")
        elif key == UNPLACED:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_UNPLACED_COLOUR)
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return icons.icon("unplaced")
        else:
            node = self._where.get(key)
            unplaced = node is not None and node.parent is not None and node.parent.key == UNPLACED
            return self._entity_style(kind, column, role, unplaced)
        return None

    def drop_target(self, parent: Index) -> Key | None:
        """The body (or the unplaced group) a drop on ``parent`` lands in."""
        if not parent.isValid():
            return None
        node = self._node(parent)
        while node.parent is not None and node.parent is not self._root:
            node = node.parent
        return node.key if node.key[0] == EntityKind.BODY or node.key == UNPLACED else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if self.doc.read_only or data is None:
            return False
        target = self.drop_target(parent)
        if target is None:
            return False
        body_id = target[1] if target[0] == EntityKind.BODY else None
        return can_drop_on(self.doc, data, body_id)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.drop_target(parent)
        assert target is not None
        return drop_on(self.doc, data, target[1] if target[0] == EntityKind.BODY else None)


def can_drop_on(doc: Document, data: QMimeData, body_id: str | None) -> bool:
    """Would dropping ``data`` on ``body_id`` (None = unplaced) change anything?"""
    plan = doc.plan
    units = [u for u in decode_ids(data, UNITS_MIME) if u in plan.units]
    people = [p for p in decode_ids(data, PEOPLE_MIME) if p in plan.people]
    powers = [w for w in decode_ids(data, POWERS_MIME) if w in plan.powers]
    if powers and body_id is None:
        return False  # a power's receiving body must be a body
    return (
        any(plan.units[u].body_id != body_id for u in units)
        or any(plan.people[p].body_id != body_id for p in people)
        or any(plan.powers[w].body_id != body_id for w in powers)
    )


def drop_on(doc: Document, data: QMimeData, body_id: str | None) -> bool:
    """Apply a drop as one undoable step (units, people and powers together)."""
    units = decode_ids(data, UNITS_MIME)
    people = decode_ids(data, PEOPLE_MIME)
    powers = decode_ids(data, POWERS_MIME) if body_id is not None else []
    return edits.move(doc, units, people, powers, body_id)
